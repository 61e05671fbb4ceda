// Red-team round 70 (fresh eyes) on EKS NODE security, area nsec: listen addresses of programs user data runs as root,
// beside round 71's listener fixes (userData.ts builtAddresses: Go net.IPv4/ParseIP/TCPAddr, Rust Ipv4Addr/SocketAddr
// read as the address they spell; round 70's address constants), both directions, plus server configs (Caddy, HAProxy,
// nginx) and nodeadm kubelet flags.
// Probed: a listen address given by a variable beside a loopback literal that is another listener's, a constant, a
// default (Go flag/os.Getenv/JSON config/empty ListenAndServe address, Rust env/args, Java getLocalHost/args/null
// InetSocketAddress, .NET IPAddress.Parse(env)); addresses built by calls builtAddresses does not know (netip, Go
// ParseIP texts Go rejects, IPEndPoint(0), Ipv4Addr::from, [0; 4], "0:8081" resolved by getaddrinfo); the address on the
// command line (`-addr=:8081`, `cargo run -- 0.0.0.0:8081`, `java Main.java 0.0.0.0`, `dotnet run -- --urls`,
// launchSettings.json); Node listen(port), Python ("", port); Caddy site address localhost (no bind) and the admin API;
// HAProxy ipv4@:port; nginx two listens; kubelet.flags value in the next element and a bare boolean.
// Misses (12 insecure accepted, 5 secure refused):
// - insecure, VARIABLE-ADDRESS-BESIDE-LOOPBACK (userData.ts sourcesListeners): a listen call whose address is no literal
//   is read as loopback when ANY loopback literal/TCPAddr sits elsewhere outside a client call: Go pprof +
//   ListenAndServe(os.Getenv), DialTCP raddr variable + Listen(os.Getenv), http.Server{Addr: cfg.Addr} from a JSON file,
//   Rust metrics bind + bind(env), Java getLocalHost(), Java args[0] with a loopback default (ARGV-ADDRESS-UNREAD).
// - insecure, BUILT-ADDRESS-UNREAD / GO-PARSEIP-LAX (builtAddresses): netip.IPv4Unspecified(); ParseIP("127.1") and
//   ParseIP("127.000.000.001") read as 127.0.0.1 where Go returns nil (every address); .NET IPEndPoint(0, port);
//   Java InetSocketAddress((InetAddress) null, port) (NULL-ADDRESS-UNREAD).
// - insecure, CADDY-ADMIN-ENDPOINT: a Caddyfile `admin 0.0.0.0:2019` (remote config API) is not read at all.
// - secure, BUILT-LOOPBACK-UNREAD (fail closed): Go net.IP{127, 0, 0, 1}, IPv4(...).To4(), Rust Ipv4Addr::from([..]),
//   "127.0.0.1".parse::<Ipv4Addr>(), Java InetAddress.getByName(null).
// Held: Go -addr=:8081 and ADDR=0.0.0.0:8081 on the command line, Rust `cargo run -- 0.0.0.0:8081`, "0:8081",
// Ipv4Addr::from(0u32), [0; 4], dotnet --urls / launchSettings applicationUrl, IPAddress.Parse(env) and
// Parse("0:0:0:0:0:0:0:0"), Node listen(8081), Python ("", 8081), Caddy localhost site, HAProxy ipv4@:8081, nginx
// `listen 8081` beside loopback, kubelet.flags ["--read-only-port", "10255"] and ["--anonymous-auth"] (refused); flag
// defaults without flags, netip.MustParseAddrPort loopback, ParseIP("::1"), Rust args default, Java
// InetSocketAddress("127.0.0.1"), IPEndPoint(IPAddress.Loopback), launchSettings/--urls loopback, Node/Python loopback,
// Caddy admin localhost/off, kubelet --read-only-port=0, HAProxy loopback (accepted).
import {
    describeNodeCases,
    devNodeCase,
    NodeCase,
    devNodeScript,
    heredocFile,
    al2023Nodes,
    mime,
    nodeConfig,
} from "./nodeBuilders";

const dev = devNodeCase;
const script = devNodeScript;
const file = heredocFile;

const SERVED =
    /web|node|3000|serv|unread|8080|8081|8000|5000|go|cargo|dotnet|java|python|caddy|Caddy|nginx|HAProxy|haproxy|unknown|process|build|admin|2019/;
const KUBELET = /kubelet|read-only|anonymous|10255/;

const GO_MOD = ["module example.com/ops", "", "go 1.22"];
const CARGO_TOML = ["[package]", 'name = "ops"', 'version = "0.1.0"', 'edition = "2021"'];
const CSPROJ = ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>'];

/** A Go program /opt/ops/main.go (with go.mod) run by `run` (a line in /opt/ops). */
const goApp = (name: string, main: string[], run = "nohup go run main.go >/var/log/ops.log 2>&1 &") =>
    script(name, [
        ...file("/opt/ops/go.mod", GO_MOD),
        ...file("/opt/ops/main.go", ["package main", "", ...main]),
        `cd /opt/ops && ${run}`,
    ]);
/** A Rust package /opt/ops (src/main.rs) run by `run`. */
const rustApp = (name: string, main: string[], run = "nohup cargo run --release >/var/log/ops.log 2>&1 &") =>
    script(name, [
        ...file("/opt/ops/Cargo.toml", CARGO_TOML),
        ...file("/opt/ops/src/main.rs", main),
        `cd /opt/ops && ${run}`,
    ]);
/** A Java single-file program /opt/ops/Main.java run by `run`. */
const javaApp = (name: string, main: string[], run = "nohup java Main.java >/var/log/ops.log 2>&1 &") =>
    script(name, [...file("/opt/ops/Main.java", main), `cd /opt/ops && ${run}`]);
/** An ASP.NET Core project /opt/ops/web (Program.cs, extra files) run by `run`. */
const dotnetApp = (
    name: string,
    program: string[],
    run = "nohup dotnet run >/var/log/ops.log 2>&1 &",
    extra: string[] = [],
) =>
    script(name, [
        ...file("/opt/ops/web/web.csproj", CSPROJ),
        ...file("/opt/ops/web/Program.cs", program),
        ...extra,
        `cd /opt/ops/web && ${run}`,
    ]);

const insecure: NodeCase[] = [
    // Go flag package: pkg.go.dev flag ("String defines a string flag with specified name, default value, and usage
    // string"; "-flag=x" on the command line sets it): the loopback literal is only the default; user data passes
    // -addr=:8081 (net/http ListenAndServe: an empty host is every address). A file server of / on every address.
    dev(
        'go run main.go -addr=:8081: flag.String("addr", "127.0.0.1:8080", ...) then ListenAndServe(*addr, FileServer(/))',
        goApp(
            "dev-nsec1-rt70",
            [
                'import (\n\t"flag"\n\t"net/http"\n)',
                "",
                "func main() {",
                '\taddr := flag.String("addr", "127.0.0.1:8080", "listen address")',
                "\tflag.Parse()",
                '\thttp.ListenAndServe(*addr, http.FileServer(http.Dir("/")))',
                "}",
            ],
            "nohup go run main.go -addr=:8081 >/var/log/ops.log 2>&1 &",
        ),
        SERVED,
    ),
    // pkg.go.dev os.Getenv ("retrieves the value of the environment variable named by the key"); the shell's `NAME=value
    // cmd` prefix puts ADDR in the program's environment (bash(1), "ENVIRONMENT"): the listener is 0.0.0.0:8081.
    dev(
        'ADDR=0.0.0.0:8081 go run main.go: os.Getenv("ADDR") with a loopback fallback, serving /',
        goApp(
            "dev-nsec2-rt70",
            [
                'import (\n\t"net/http"\n\t"os"\n)',
                "",
                "func main() {",
                '\taddr := os.Getenv("ADDR")',
                '\tif addr == "" {',
                '\t\taddr = "127.0.0.1:8080"',
                "\t}",
                '\thttp.ListenAndServe(addr, http.FileServer(http.Dir("/")))',
                "}",
            ],
            "ADDR=0.0.0.0:8081 nohup go run main.go >/var/log/ops.log 2>&1 &",
        ),
        SERVED,
    ),
    // MISS: insecure accepted, class VARIABLE-ADDRESS-BESIDE-LOOPBACK. A file server of / on port 80 of every address as root; every pod reads the node's kubelet credentials. the pack (userData.ts sourcesListeners) takes any loopback literal of the source outside a client call (another listener's, a constant, a default) as evidence the program listens on loopback only, and a listen call whose address is a variable or a call (os.Getenv, a config field, an argument) adds nothing to `beyond`, so the source is a loopback listener. Fix: judge each listen call by its own address argument; one the pack cannot compute (a variable, a call, a field) is every address whatever other literals the source holds (the round 70 rule for constants, extended to every non-literal argument). (Doc: the comment below.)
    // pkg.go.dev net/http Server.ListenAndServe ("If srv.Addr is blank, ":http" is used"): OPS_ADDR unset gives
    // ListenAndServe("") = port 80 on every address; the pprof listener's loopback literal is another listener's.
    dev(
        'go run: pprof on "127.0.0.1:6060" and ListenAndServe(os.Getenv("OPS_ADDR"), FileServer(/)) (unset: ":http")',
        goApp("dev-nsec3-rt70", [
            'import (\n\t"net/http"\n\t"os"\n)',
            "",
            "func main() {",
            '\tgo http.ListenAndServe("127.0.0.1:6060", nil)',
            '\thttp.ListenAndServe(os.Getenv("OPS_ADDR"), http.FileServer(http.Dir("/")))',
            "}",
        ]),
        SERVED,
        true,
    ),
    // MISS: insecure accepted, class BUILT-ADDRESS-UNREAD. A file server of / on every address as root. userData.ts builtAddresses reads net.IPv4/ParseIP/TCPAddr only; netip.IPv4Unspecified()/IPv6Unspecified() (and netip.AddrFrom4, MustParseAddr, AddrPortFrom) are not read, and the pprof loopback literal makes the source a loopback listener (sourcesListeners). Fix: read net/netip constructors as builtAddresses does net's (IPv4Unspecified/IPv6Unspecified every address, IPv6Loopback loopback, MustParseAddr/ParseAddr/AddrFrom4 as their value), and any other listen argument as unknown. (Doc: the comment below.)
    // pkg.go.dev net/netip IPv4Unspecified ("returns the IPv4 unspecified address "0.0.0.0"") and net.TCPAddrFromAddrPort;
    // ListenTCP: "If the IP field of laddr is nil or an unspecified IP address, ListenTCP listens on all available
    // unicast and anycast IP addresses".
    dev(
        "go run: ListenTCP(TCPAddrFromAddrPort(netip.AddrPortFrom(netip.IPv4Unspecified(), 8081))) beside a loopback pprof",
        goApp("dev-nsec4-rt70", [
            'import (\n\t"net"\n\t"net/http"\n\t"net/netip"\n)',
            "",
            "func main() {",
            '\tgo http.ListenAndServe("127.0.0.1:6060", nil)',
            "\tap := netip.AddrPortFrom(netip.IPv4Unspecified(), 8081)",
            '\tl, _ := net.ListenTCP("tcp", net.TCPAddrFromAddrPort(ap))',
            '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
            "}",
        ]),
        SERVED,
        true,
    ),
    // MISS: insecure accepted, class GO-PARSEIP-LAX. A file server of / on every address as root. userData.ts builtAddresses `ip()` keeps a ParseIP text ipAddress() accepts, and ipAddress reads "127.1" the inet_aton way (127.0.0.1, loopback); Go's ParseIP returns nil for it (every address). Fix: for Go ParseIP accept only four-part dotted decimal without leading zeros (Go 1.17+) or an IPv6 text; anything else is nil, every address. (Doc: the comment below.)
    // pkg.go.dev net.ParseIP ("The string s can be in IPv4 dotted decimal ("192.0.2.1"), IPv6 ... If s is not a valid
    // textual representation of an IP address, ParseIP returns nil"): "127.1" is no dotted decimal (four parts) for Go,
    // so the TCPAddr's IP is nil: every address (ListenTCP).
    dev(
        'go run: &net.TCPAddr{IP: net.ParseIP("127.1"), Port: 8081} (Go: no IP, nil: every address) serving /',
        goApp("dev-nsec5-rt70", [
            'import (\n\t"net"\n\t"net/http"\n)',
            "",
            "func main() {",
            '\tl, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.ParseIP("127.1"), Port: 8081})',
            '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
            "}",
        ]),
        SERVED,
        true,
    ),
    // MISS: insecure accepted, class GO-PARSEIP-LAX. A file server of / on every address as root. userData.ts builtAddresses `ip()` keeps a ParseIP text ipAddress() accepts (leading zeros read as 127.0.0.1, loopback); Go 1.17+ ParseIP returns nil (every address). Fix: Go's ParseIP grammar (four decimal parts, no leading zeros) before ipAddress; anything else nil. (Doc: the comment below.)
    // Go 1.17 release notes (net: "The ParseIP and ParseCIDR functions now reject IPv4 addresses which contain decimal
    // components with leading zeros"): ParseIP("127.000.000.001") is nil, the TCPAddr every address.
    dev(
        'go run: &net.TCPAddr{IP: net.ParseIP("127.000.000.001"), Port: 8081} (leading zeros: nil) serving /',
        goApp("dev-nsec6-rt70", [
            'import (\n\t"net"\n\t"net/http"\n)',
            "",
            "func main() {",
            '\tl, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.ParseIP("127.000.000.001"), Port: 8081})',
            '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
            "}",
        ]),
        SERVED,
        true,
    ),
    // MISS: insecure accepted, class VARIABLE-ADDRESS-BESIDE-LOOPBACK (built form). A file server of / on every address (an ephemeral port when BIND is unset) as root. The client's TCPAddr is built into a variable before the DialTCP call, so withoutClientCalls keeps it and builtAddresses reads 127.0.0.1 as loopback evidence; net.Listen("tcp", os.Getenv("BIND")) adds nothing (userData.ts sourcesListeners). Fix: a TCPAddr is evidence only for the listen call it is given to; a listen call with a non-literal address is every address. (Doc: the comment below.)
    // pkg.go.dev net.DialTCP (raddr: the far end) and net.Listen ("If the host in the address parameter is empty ...
    // listens on all available unicast and anycast IP addresses"): the loopback TCPAddr is the client's upstream, bound
    // to a variable before the dial; the listener's address is the environment's (unset: "", every address on an ephemeral port).
    dev(
        'go run: raddr := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)} for DialTCP, Listen("tcp", os.Getenv("BIND")) serving /',
        goApp("dev-nsec7-rt70", [
            'import (\n\t"net"\n\t"net/http"\n\t"os"\n)',
            "",
            "func main() {",
            "\traddr := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 9000}",
            '\tif c, err := net.DialTCP("tcp", nil, raddr); err == nil {',
            "\t\tc.Close()",
            "\t}",
            '\tl, _ := net.Listen("tcp", os.Getenv("BIND"))',
            '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
            "}",
        ]),
        SERVED,
        true,
    ),
    // MISS: insecure accepted, class VARIABLE-ADDRESS-BESIDE-LOOPBACK. The file user data wrote sets 0.0.0.0:8081: a file server of / on every address as root. the pack (userData.ts sourcesListeners) takes any loopback literal of the source outside a client call (another listener's, a constant, a default) as evidence the program listens on loopback only, and a listen call whose address is a variable or a call (os.Getenv, a config field, an argument) adds nothing to `beyond`, so the source is a loopback listener. Fix: judge each listen call by its own address argument; one the pack cannot compute (a variable, a call, a field) is every address whatever other literals the source holds (the round 70 rule for constants, extended to every non-literal argument). (Doc: the comment below.)
    // pkg.go.dev encoding/json Unmarshal and net/http Server.Addr: the address comes from the JSON file user data
    // wrote ("0.0.0.0:8081"), the loopback literal is only the struct's default.
    dev(
        'go run: http.Server{Addr: cfg.Addr} from /etc/ops/config.json {"addr": "0.0.0.0:8081"}, default "127.0.0.1:8080"',
        goApp(
            "dev-nsec8-rt70",
            [
                'import (\n\t"encoding/json"\n\t"net/http"\n\t"os"\n)',
                "",
                'type config struct{ Addr string `json:"addr"` }',
                "",
                "func main() {",
                '\tcfg := config{Addr: "127.0.0.1:8080"}',
                '\tif b, err := os.ReadFile("/etc/ops/config.json"); err == nil {',
                "\t\tjson.Unmarshal(b, &cfg)",
                "\t}",
                '\ts := &http.Server{Addr: cfg.Addr, Handler: http.FileServer(http.Dir("/"))}',
                "\ts.ListenAndServe()",
                "}",
            ],
            'mkdir -p /etc/ops && echo \'{"addr": "0.0.0.0:8081"}\' > /etc/ops/config.json && nohup go run main.go >/var/log/ops.log 2>&1 &',
        ),
        SERVED,
        true,
    ),
    // Rust std::env::args ("Returns the arguments that this program was started with"; `cargo run -- ARGS` passes ARGS
    // to the binary, Cargo book "cargo run") and TcpListener::bind: 0.0.0.0:8081, the loopback text only the default.
    dev(
        'cargo run -- 0.0.0.0:8081: TcpListener::bind(args().nth(1).unwrap_or("127.0.0.1:8080"))',
        rustApp(
            "dev-nsec9-rt70",
            [
                "use std::net::TcpListener;",
                "fn main() {",
                '    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:8080".to_string());',
                "    let l = TcpListener::bind(addr).unwrap();",
                "    for s in l.incoming() { drop(s); }",
                "}",
            ],
            "nohup cargo run --release -- 0.0.0.0:8081 >/var/log/ops.log 2>&1 &",
        ),
        SERVED,
    ),
    // MISS: insecure accepted, class VARIABLE-ADDRESS-BESIDE-LOOPBACK. A root listener where the environment says (every address for 0.0.0.0:PORT). the pack (userData.ts sourcesListeners) takes any loopback literal of the source outside a client call (another listener's, a constant, a default) as evidence the program listens on loopback only, and a listen call whose address is a variable or a call (os.Getenv, a config field, an argument) adds nothing to `beyond`, so the source is a loopback listener. Fix: judge each listen call by its own address argument; one the pack cannot compute (a variable, a call, a field) is every address whatever other literals the source holds (the round 70 rule for constants, extended to every non-literal argument). builtAddresses skips a bind of one non-tuple argument (`judged by the source's literals`). (Doc: the comment below.)
    // Rust std::env::var and TcpListener::bind (ToSocketAddrs of a String): where the environment says, the pack cannot
    // tell; the metrics listener's loopback literal is another listener's.
    dev(
        'cargo run: metrics TcpListener::bind("127.0.0.1:9100") and TcpListener::bind(env OPS_ADDR)',
        rustApp("dev-nsec10-rt70", [
            "use std::net::TcpListener;",
            "fn main() {",
            '    let _metrics = TcpListener::bind("127.0.0.1:9100").unwrap();',
            '    let addr = std::env::var("OPS_ADDR").unwrap_or_default();',
            "    let l = TcpListener::bind(addr.as_str()).unwrap();",
            "    for s in l.incoming() { drop(s); }",
            "}",
        ]),
        SERVED,
        true,
    ),
    // Rust std ToSocketAddrs for str ("the string should be either a string representation of a SocketAddr as expected
    // by its FromStr implementation or a string like <host_name>:<port> pair where <port> is a u16 value"): "0:8081" is
    // resolved by getaddrinfo(3), which reads the numeric host "0" as inet_aton(3) does ("a.b.c.d ... a: the value is
    // stored directly": 0.0.0.0): every address.
    dev(
        'cargo run: TcpListener::bind("0:8081") (getaddrinfo: "0" is 0.0.0.0)',
        rustApp("dev-nsec11-rt70", [
            "use std::net::TcpListener;",
            'fn main() { let l = TcpListener::bind("0:8081").unwrap(); for s in l.incoming() { drop(s); } }',
        ]),
        SERVED,
    ),
    // Rust std From<u32> for Ipv4Addr ("Uses Ipv4Addr::from_bits to convert a host byte order u32 into an IPv4
    // address"): 0 is 0.0.0.0, every address.
    dev(
        "cargo run: TcpListener::bind((Ipv4Addr::from(0u32), 8081)) beside a loopback client",
        rustApp("dev-nsec12-rt70", [
            "use std::net::{Ipv4Addr, TcpListener, TcpStream};",
            "fn main() {",
            '    let _up = TcpStream::connect("127.0.0.1:9000");',
            "    let l = TcpListener::bind((Ipv4Addr::from(0u32), 8081)).unwrap();",
            "    for s in l.incoming() { drop(s); }",
            "}",
        ]),
        SERVED,
    ),
    // The Rust reference "Array expressions" (`[0; 4]`: four zeros) and From<[u8; 4]> for IpAddr: 0.0.0.0.
    dev(
        "cargo run: TcpListener::bind(SocketAddr::from(([0; 4], 8081))) (array repeat: 0.0.0.0)",
        rustApp("dev-nsec13-rt70", [
            "use std::net::{SocketAddr, TcpListener};",
            "fn main() {",
            '    let _h = TcpListener::bind("127.0.0.1:9000").unwrap();',
            "    let l = TcpListener::bind(SocketAddr::from(([0; 4], 8081))).unwrap();",
            "    for s in l.incoming() { drop(s); }",
            "}",
        ]),
        SERVED,
    ),
    // MISS: insecure accepted, class NULL-ADDRESS-UNREAD. A file reader of /etc/kubernetes on every address as root. EVERY_ADDRESS_CONSTANT (userData.ts) reads InetSocketAddress(port) and ServerSocket(..., null) but not InetSocketAddress(null-or-cast-null, port); the "127.0.0.1" constant is loopback evidence (sourcesListeners). Fix: InetSocketAddress(`(InetAddress) null` or `null`, port) is every address; and any non-literal address argument is unknown (VARIABLE-ADDRESS-BESIDE-LOOPBACK). (Doc: the comment below.)
    // Java SE API InetSocketAddress(InetAddress addr, int port) ("A null address will assign the wildcard address"):
    // every address.
    dev(
        'java Main.java: HttpServer.create(new InetSocketAddress((InetAddress) null, 8081)) beside a "127.0.0.1" literal',
        javaApp("dev-nsec14-rt70", [
            "import java.net.*;",
            "import com.sun.net.httpserver.*;",
            "public class Main {",
            '    static final String UPSTREAM = "127.0.0.1";',
            "    public static void main(String[] a) throws Exception {",
            "        HttpServer s = HttpServer.create(new InetSocketAddress((InetAddress) null, 8081), 0);",
            '        s.createContext("/", new SimpleFileServerHandler());',
            "        s.start();",
            "    }",
            "    static class SimpleFileServerHandler implements HttpHandler {",
            "        public void handle(HttpExchange e) throws java.io.IOException {",
            '            byte[] b = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/etc/kubernetes", e.getRequestURI().getPath()));',
            "            e.sendResponseHeaders(200, b.length); e.getResponseBody().write(b); e.close();",
            "        }",
            "    }",
            "}",
        ]),
        SERVED,
        true,
    ),
    // MISS: insecure accepted, class VARIABLE-ADDRESS-BESIDE-LOOPBACK. A root listener on the node's own address; every pod reaches it. the pack (userData.ts sourcesListeners) takes any loopback literal of the source outside a client call (another listener's, a constant, a default) as evidence the program listens on loopback only, and a listen call whose address is a variable or a call (os.Getenv, a config field, an argument) adds nothing to `beyond`, so the source is a loopback listener. Fix: judge each listen call by its own address argument; one the pack cannot compute (a variable, a call, a field) is every address whatever other literals the source holds (the round 70 rule for constants, extended to every non-literal argument). Also read InetAddress.getLocalHost() as a node address. (Doc: the comment below.)
    // Java SE API InetAddress.getLocalHost() ("Returns the address of the local host. This is achieved by retrieving
    // the name of the host from the system, then resolving that name"): the node's own address, which pods reach.
    dev(
        'java Main.java: new ServerSocket(8081, 50, InetAddress.getLocalHost()) beside a "127.0.0.1" literal',
        javaApp("dev-nsec15-rt70", [
            "import java.net.*;",
            "public class Main {",
            '    static final String HEALTH = "127.0.0.1";',
            "    public static void main(String[] a) throws Exception {",
            "        ServerSocket s = new ServerSocket(8081, 50, InetAddress.getLocalHost());",
            "        while (true) s.accept().close();",
            "    }",
            "}",
        ]),
        SERVED,
        true,
    ),
    // MISS: insecure accepted, class ARGV-ADDRESS-UNREAD. A root listener on every address. The program's address is its argument ("0.0.0.0", no port so the command-line address rule does not see it) and the source's only literal is the loopback default (userData.ts sourcesListeners). Fix: a listen call whose address is no literal is every address; at least an address-shaped argument on a source runner's command line (0.0.0.0, ::, a node address) is a bind. (Doc: the comment below.)
    // Java launcher source-file mode (JEP 330: "java Main.java arg1 ...": the arguments after the file are the
    // program's): args[0] is 0.0.0.0, InetAddress.getByName of it the wildcard address.
    dev(
        'java Main.java 0.0.0.0: ServerSocket bound to getByName(args.length > 0 ? args[0] : "127.0.0.1")',
        javaApp(
            "dev-nsec16-rt70",
            [
                "import java.net.*;",
                "public class Main {",
                "    public static void main(String[] a) throws Exception {",
                '        String host = a.length > 0 ? a[0] : "127.0.0.1";',
                "        ServerSocket s = new ServerSocket(8081, 50, InetAddress.getByName(host));",
                "        while (true) s.accept().close();",
                "    }",
                "}",
            ],
            "nohup java Main.java 0.0.0.0 >/var/log/ops.log 2>&1 &",
        ),
        SERVED,
        true,
    ),
    // MS Learn "Configure endpoints for the ASP.NET Core Kestrel web server" (`--urls` command-line argument; the
    // command-line configuration provider of WebApplication.CreateBuilder(args)) and "dotnet run" ("--: Delimits
    // arguments to dotnet run from arguments for the application being run"): every address.
    dev(
        "dotnet run -- --urls http://0.0.0.0:5000 (command-line configuration)",
        dotnetApp(
            "dev-nsec17-rt70",
            ["var app = WebApplication.CreateBuilder(args).Build();", 'app.MapGet("/", () => "ok");', "app.Run();"],
            "nohup dotnet run -- --urls http://0.0.0.0:5000 >/var/log/ops.log 2>&1 &",
        ),
        SERVED,
    ),
    // MS Learn "dotnet run" ("the command uses the launchSettings.json file if it exists ... the first profile"; a
    // profile's applicationUrl sets ASPNETCORE_URLS): http://0.0.0.0:5000, every address.
    dev(
        "dotnet run: Properties/launchSettings.json applicationUrl http://0.0.0.0:5000",
        dotnetApp(
            "dev-nsec18-rt70",
            ["var app = WebApplication.CreateBuilder(args).Build();", 'app.MapGet("/", () => "ok");', "app.Run();"],
            "nohup dotnet run >/var/log/ops.log 2>&1 &",
            file("/opt/ops/web/Properties/launchSettings.json", [
                "{",
                '  "profiles": {',
                '    "web": { "commandName": "Project", "applicationUrl": "http://0.0.0.0:5000" }',
                "  }",
                "}",
            ]),
        ),
        SERVED,
    ),
    // MISS: insecure accepted, class BUILT-ADDRESS-UNREAD (.NET). Port 5000 on every address as root. EVERY_ADDRESS_CONSTANT reads IPAddress.Any but not IPEndPoint(0, port) / new IPAddress(0); IPAddress.Loopback (LOOPBACK_CONSTANT) is loopback evidence, so the source is a loopback listener (userData.ts sourcesListeners). Fix: read IPEndPoint(long, port) and new IPAddress(long) by their value, and any non-literal Listen address as every address. (Doc: the comment below.)
    // MS Learn IPEndPoint(Int64, Int32) ("address: The IP address of the Internet host"; 0 is 0.0.0.0) with Kestrel
    // Listen(IPEndPoint): port 5000 on every address beside a loopback one.
    dev(
        "dotnet run: o.Listen(IPAddress.Loopback, 5001) and o.Listen(new IPEndPoint(0, 5000))",
        dotnetApp("dev-nsec19-rt70", [
            "using System.Net;",
            "var builder = WebApplication.CreateBuilder(args);",
            "builder.WebHost.ConfigureKestrel(o => { o.Listen(IPAddress.Loopback, 5001); o.Listen(new IPEndPoint(0, 5000)); });",
            "var app = builder.Build();",
            'app.MapGet("/", () => "ok");',
            "app.Run();",
        ]),
        SERVED,
        true,
    ),
    // MS Learn IPAddress.Parse and Environment.GetEnvironmentVariable: an address the environment names, where the pack
    // cannot tell, beside a loopback listener.
    dev(
        'dotnet run: o.Listen(IPAddress.Loopback, 5001) and o.Listen(IPAddress.Parse(GetEnvironmentVariable("BIND")), 5000)',
        dotnetApp("dev-nsec20-rt70", [
            "using System.Net;",
            "var builder = WebApplication.CreateBuilder(args);",
            "builder.WebHost.ConfigureKestrel(o =>",
            "{",
            "    o.Listen(IPAddress.Loopback, 5001);",
            '    o.Listen(IPAddress.Parse(Environment.GetEnvironmentVariable("BIND") ?? "::"), 5000);',
            "});",
            "var app = builder.Build();",
            'app.MapGet("/", () => "ok");',
            "app.Run();",
        ]),
        SERVED,
    ),
    // RFC 4291 2.5.2 ("The address 0:0:0:0:0:0:0:0 is called the unspecified address"): IPAddress.Parse("::") is
    // IPv6Any; Kestrel on [::] takes IPv4 too (dual mode).
    dev(
        'dotnet run: o.Listen(IPAddress.Parse("0:0:0:0:0:0:0:0"), 5000) beside a loopback client URL',
        dotnetApp("dev-nsec21-rt70", [
            "using System.Net;",
            "var builder = WebApplication.CreateBuilder(args);",
            'builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Parse("0:0:0:0:0:0:0:0"), 5000));',
            "var app = builder.Build();",
            'app.MapGet("/", async () => await new HttpClient().GetStringAsync("http://127.0.0.1:9000/"));',
            "app.Run();",
        ]),
        SERVED,
    ),
    // Node.js net server.listen([port][, host]) ("If host is omitted, the server will accept connections on the
    // unspecified IPv6 address (::) when IPv6 is available, or the unspecified IPv4 address (0.0.0.0) otherwise").
    dev(
        'node server.js: http.createServer(serve /etc/kubernetes).listen(8081) beside a "127.0.0.1" upstream constant',
        script("dev-nsec22-rt70", [
            ...file("/opt/ops/server.js", [
                'const http = require("http");',
                'const fs = require("fs");',
                'const UPSTREAM = "127.0.0.1";',
                "http.createServer((req, res) => {",
                '  res.end(fs.readFileSync("/etc/kubernetes" + req.url));',
                "}).listen(8081);",
            ]),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Python docs socketserver ("server_address ... For internet services, a tuple (host, port)"; socket(7)/Python
    // "the empty string represents INADDR_ANY"): SimpleHTTPRequestHandler serves the current directory, / here.
    dev(
        'python3 srv.py in /: TCPServer(("", 8081), SimpleHTTPRequestHandler) beside a "127.0.0.1" constant',
        script("dev-nsec23-rt70", [
            ...file("/opt/ops/srv.py", [
                "import http.server, socketserver",
                'HEALTH = "127.0.0.1"',
                'with socketserver.TCPServer(("", 8081), http.server.SimpleHTTPRequestHandler) as s:',
                "    s.serve_forever()",
            ]),
            "cd / && nohup python3 /opt/ops/srv.py >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Caddy docs "bind" ("Normally, the listener binds to the empty (wildcard) interface"): a site address names the
    // host requests are matched on, not where the socket binds: `localhost:8080` listens on every address, and a pod
    // sends `Host: localhost`.
    dev(
        "Caddyfile: site localhost:8080 { root * /etc/kubernetes; file_server } (a site address is no bind)",
        script("dev-nsec24-rt70", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", ["localhost:8080 {", "    root * /etc/kubernetes", "    file_server", "}"]),
            "systemctl enable --now caddy",
        ]),
        SERVED,
    ),
    // MISS: insecure accepted, class CADDY-ADMIN-ENDPOINT. Any pod POSTs /load a config with a file_server of / or a reverse_proxy to 169.254.169.254 (the node role's credentials). The Caddy reader (userData.ts, the served-roots section after caddyExpanded) only reads sites when the file has a file_server or import, and never the global `admin` option; the site is bound to 127.0.0.1 and serves no files. Fix: a Caddyfile global `admin` whose address is not loopback/unix (or CADDY_ADMIN in the unit's environment, or a JSON config's admin.listen) is an unread listener (any root, any relay) on that address; `admin off`/localhost stay clean. (Doc: the comment below.)
    // Caddy docs "Global options" (admin: "Customizes the admin API endpoint ... Default: localhost:2019") and "API"
    // (POST /load: "Sets or replaces the active configuration"): on 0.0.0.0 any pod loads a config with a file_server of
    // / or a reverse_proxy to the node's instance metadata.
    dev(
        "Caddyfile: { admin 0.0.0.0:2019 } and a loopback-bound site (the admin API on every address)",
        script("dev-nsec25-rt70", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                "{",
                "    admin 0.0.0.0:2019",
                "}",
                ":8080 {",
                "    bind 127.0.0.1",
                '    respond "ok"',
                "}",
            ]),
            "systemctl enable --now caddy",
        ]),
        SERVED,
        true,
    ),
    // HAProxy configuration manual "bind" ("[<address>]:<port_range> ... <address> is optional and can be a host name,
    // an IPv4 address, an IPv6 address, or '*'"; "ipv4@<address> -> force the protocol family"; an empty address
    // "all IPv4 addresses of the system"): a relay to the instance metadata endpoint on every address.
    dev(
        "HAProxy: frontend bind ipv4@:8081 relaying to 169.254.169.254:80 (an empty ipv4@ address: every address)",
        script("dev-nsec26-rt70", [
            "dnf install -y haproxy",
            ...file("/etc/haproxy/haproxy.cfg", [
                "defaults",
                "    mode http",
                "    timeout connect 5s",
                "    timeout client 30s",
                "    timeout server 30s",
                "frontend meta",
                "    bind ipv4@:8081",
                "    default_backend imds",
                "backend imds",
                "    server imds 169.254.169.254:80",
            ]),
            "systemctl enable --now haproxy",
        ]),
        /HAProxy|haproxy|169\.254|metadata|relay|8081|./,
    ),
    // nginx docs "listen" ("If only address is given, the port 80 is used"; "If the directive is not present then
    // either *:80 is used"; several listen directives in one server each open a socket): `listen 8081` beside a
    // loopback listen is every address.
    dev(
        "nginx: one server with `listen 127.0.0.1:8080; listen 8081;`, root /etc/kubernetes",
        script("dev-nsec27-rt70", [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/ops.conf", [
                "server {",
                "    listen 127.0.0.1:8080;",
                "    listen 8081;",
                "    root /etc/kubernetes;",
                "}",
            ]),
            "systemctl enable --now nginx",
        ]),
        SERVED,
    ),
    // nodeadm API reference (KubeletOptions.Flags: "Flags are command-line kubelet arguments"; the kubelet's flags
    // parse `--read-only-port 10255` as the value in the next word, spf13/pflag): the unauthenticated read-only port
    // (pods, specs, node data) on every address.
    dev(
        'NodeConfig kubelet.flags: ["--read-only-port", "10255"] (the value in the next list element)',
        r =>
            al2023Nodes(
                r,
                "dev-nsec28-rt70",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig(["  kubelet:", "    flags:", "      - --read-only-port", '      - "10255"']),
                    },
                ]),
            ),
        KUBELET,
    ),
    // kubelet reference (`--anonymous-auth` "Enables anonymous requests to the Kubelet server"; a boolean pflag given
    // alone is true): anonymous requests to the kubelet API.
    dev(
        'NodeConfig kubelet.flags: ["--anonymous-auth"] (a boolean flag alone is true)',
        r =>
            al2023Nodes(
                r,
                "dev-nsec29-rt70",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig(["  kubelet:", "    flags:", "      - --anonymous-auth"]),
                    },
                ]),
            ),
        KUBELET,
    ),
];

const secure: NodeCase[] = [
    // pkg.go.dev flag: without -addr the default "127.0.0.1:8080" is the address: loopback only.
    dev(
        'go run main.go (no flags): flag.String("addr", "127.0.0.1:8080", ...) then ListenAndServe(*addr, ...)',
        goApp("dev-nsec-ok1-rt70", [
            'import (\n\t"flag"\n\t"net/http"\n)',
            "",
            "func main() {",
            '\taddr := flag.String("addr", "127.0.0.1:8080", "listen address")',
            "\tflag.Parse()",
            '\thttp.ListenAndServe(*addr, http.FileServer(http.Dir("/opt/ops/static")))',
            "}",
        ]),
    ),
    // MISS: secure refused, class BUILT-LOOPBACK-UNREAD (fail closed). Harmless: 127.0.0.1 only. userData.ts builtAddresses `ip()` reads net.IPv4/ParseIP/constants but not a net.IP{a, b, c, d} composite (a 4-byte slice), so the TCPAddr's IP is unknown, every address: refused as "a program the pack does not read, listening beyond loopback". Fix: read net.IP{...} of 4 (or 16) integer literals as the address they spell. (Doc: the comment below.)
    // pkg.go.dev net.IP ("An IP is a single IP address, a slice of bytes"; net.IP{127, 0, 0, 1} is the 4-byte form of
    // 127.0.0.1): loopback only.
    dev(
        "go run: &net.TCPAddr{IP: net.IP{127, 0, 0, 1}, Port: 8081}",
        goApp("dev-nsec-ok2-rt70", [
            'import (\n\t"net"\n\t"net/http"\n)',
            "",
            "func main() {",
            '\tl, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.IP{127, 0, 0, 1}, Port: 8081})',
            '\thttp.Serve(l, http.FileServer(http.Dir("/opt/ops/static")))',
            "}",
        ]),
        /./,
        true,
    ),
    // pkg.go.dev net/netip MustParseAddrPort and net.TCPAddrFromAddrPort: 127.0.0.1:8081.
    dev(
        'go run: ListenTCP(TCPAddrFromAddrPort(netip.MustParseAddrPort("127.0.0.1:8081")))',
        goApp("dev-nsec-ok3-rt70", [
            'import (\n\t"net"\n\t"net/http"\n\t"net/netip"\n)',
            "",
            "func main() {",
            '\tl, _ := net.ListenTCP("tcp", net.TCPAddrFromAddrPort(netip.MustParseAddrPort("127.0.0.1:8081")))',
            '\thttp.Serve(l, http.FileServer(http.Dir("/opt/ops/static")))',
            "}",
        ]),
    ),
    // pkg.go.dev net.ParseIP("::1") (RFC 4291 the loopback address).
    dev(
        'go run: &net.TCPAddr{IP: net.ParseIP("::1"), Port: 8081}',
        goApp("dev-nsec-ok4-rt70", [
            'import (\n\t"net"\n\t"net/http"\n)',
            "",
            "func main() {",
            '\tl, _ := net.ListenTCP("tcp6", &net.TCPAddr{IP: net.ParseIP("::1"), Port: 8081})',
            '\thttp.Serve(l, http.FileServer(http.Dir("/opt/ops/static")))',
            "}",
        ]),
    ),
    // MISS: secure refused, class BUILT-LOOPBACK-UNREAD (fail closed). Harmless: 127.0.0.1 only. userData.ts builtAddresses `ip()` needs the call to span the whole element (`whole`), so IPv4(...).To4()/.To16() is unknown, every address. Fix: strip a trailing .To4()/.To16() (same address) before reading. (Doc: the comment below.)
    // pkg.go.dev net.IP.To4 ("converts the IPv4 address ip to a 4-byte representation"): still 127.0.0.1.
    dev(
        "go run: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1).To4(), Port: 8081}",
        goApp("dev-nsec-ok5-rt70", [
            'import (\n\t"net"\n\t"net/http"\n)',
            "",
            "func main() {",
            '\tl, _ := net.ListenTCP("tcp4", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1).To4(), Port: 8081})',
            '\thttp.Serve(l, http.FileServer(http.Dir("/opt/ops/static")))',
            "}",
        ]),
        /./,
        true,
    ),
    // MISS: secure refused, class BUILT-LOOPBACK-UNREAD (fail closed). Harmless: 127.0.0.1 only. userData.ts builtAddresses (Rust `ip()`) reads Ipv4Addr::new and IpAddr::from but not Ipv4Addr::from/Ipv6Addr::from (arrays, u32/u128) or from_bits, so the address is unknown. Fix: read Ipv4Addr::from([..])/from(N)/from_bits(N) (and Ipv6's) as their value (0 every address, 0x7f000001 loopback). (Doc: the comment below.)
    // Rust std From<[u8; 4]> for Ipv4Addr ("Creates an Ipv4Addr from a four element byte array"): 127.0.0.1.
    dev(
        "cargo run: TcpListener::bind((Ipv4Addr::from([127, 0, 0, 1]), 8081))",
        rustApp("dev-nsec-ok6-rt70", [
            "use std::net::{Ipv4Addr, TcpListener};",
            "fn main() {",
            "    let l = TcpListener::bind((Ipv4Addr::from([127, 0, 0, 1]), 8081)).unwrap();",
            "    for s in l.incoming() { drop(s); }",
            "}",
        ]),
        /./,
        true,
    ),
    // MISS: secure refused, class BUILT-LOOPBACK-UNREAD (fail closed). Harmless: 127.0.0.1 only. userData.ts builtAddresses (Rust `ip()`) returns literal(e) only for a bare string; "...".parse::<Ipv4Addr>().unwrap() is unknown, every address. Fix: read `"LIT".parse::<T>()` (with .unwrap()/.expect()/?) as the literal. (Doc: the comment below.)
    // Rust std FromStr for Ipv4Addr: "127.0.0.1".parse() is 127.0.0.1.
    dev(
        'cargo run: TcpListener::bind(("127.0.0.1".parse::<Ipv4Addr>().unwrap(), 8081))',
        rustApp("dev-nsec-ok7-rt70", [
            "use std::net::{Ipv4Addr, TcpListener};",
            "fn main() {",
            '    let l = TcpListener::bind(("127.0.0.1".parse::<Ipv4Addr>().unwrap(), 8081)).unwrap();',
            "    for s in l.incoming() { drop(s); }",
            "}",
        ]),
        /./,
        true,
    ),
    // Rust std::env::args: no argument, so the default "127.0.0.1:8080".
    dev(
        'cargo run (no arguments): TcpListener::bind(args().nth(1).unwrap_or("127.0.0.1:8080"))',
        rustApp("dev-nsec-ok8-rt70", [
            "use std::net::TcpListener;",
            "fn main() {",
            '    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:8080".to_string());',
            "    let l = TcpListener::bind(addr).unwrap();",
            "    for s in l.incoming() { drop(s); }",
            "}",
        ]),
    ),
    // MISS: secure refused, class BUILT-LOOPBACK-UNREAD (fail closed). Harmless: loopback only. LOOPBACK_CONSTANT (userData.ts) reads getLoopbackAddress() but not getByName(null)/getByName(""), and no literal is in the source, so the ServerSocket is read as every address. Fix: read InetAddress.getByName(null|"")/getAllByName(null) as loopback. (Doc: the comment below.)
    // Java SE API InetAddress.getByName ("If the host is null or host.length() is equal to zero, then an InetAddress
    // representing an address of the loopback interface is returned"): loopback only.
    dev(
        "java Main.java: new ServerSocket(8080, 50, InetAddress.getByName(null)) (the loopback address)",
        javaApp("dev-nsec-ok9-rt70", [
            "import java.net.*;",
            "public class Main {",
            "    public static void main(String[] a) throws Exception {",
            "        ServerSocket s = new ServerSocket(8080, 50, InetAddress.getByName(null));",
            "        while (true) s.accept().close();",
            "    }",
            "}",
        ]),
        /./,
        true,
    ),
    // Java SE API InetSocketAddress(String hostname, int port) with "127.0.0.1": loopback only.
    dev(
        'java Main.java: HttpServer.create(new InetSocketAddress("127.0.0.1", 8080), 0)',
        javaApp("dev-nsec-ok10-rt70", [
            "import java.net.*;",
            "import com.sun.net.httpserver.*;",
            "public class Main {",
            "    public static void main(String[] a) throws Exception {",
            '        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 8080), 0);',
            '        s.createContext("/", e -> { e.sendResponseHeaders(204, -1); e.close(); });',
            "        s.start();",
            "    }",
            "}",
        ]),
    ),
    // MS Learn IPEndPoint(IPAddress, Int32) with IPAddress.Loopback: 127.0.0.1:5000.
    dev(
        "dotnet run: o.Listen(new IPEndPoint(IPAddress.Loopback, 5000))",
        dotnetApp("dev-nsec-ok11-rt70", [
            "using System.Net;",
            "var builder = WebApplication.CreateBuilder(args);",
            "builder.WebHost.ConfigureKestrel(o => o.Listen(new IPEndPoint(IPAddress.Loopback, 5000)));",
            "var app = builder.Build();",
            'app.MapGet("/", () => "ok");',
            "app.Run();",
        ]),
    ),
    // MS Learn "dotnet run" (launchSettings.json profile applicationUrl) with http://localhost:5000: loopback only.
    dev(
        "dotnet run: Properties/launchSettings.json applicationUrl http://localhost:5000",
        dotnetApp(
            "dev-nsec-ok12-rt70",
            ["var app = WebApplication.CreateBuilder(args).Build();", 'app.MapGet("/", () => "ok");', "app.Run();"],
            "nohup dotnet run >/var/log/ops.log 2>&1 &",
            file("/opt/ops/web/Properties/launchSettings.json", [
                "{",
                '  "profiles": {',
                '    "web": { "commandName": "Project", "applicationUrl": "http://localhost:5000" }',
                "  }",
                "}",
            ]),
        ),
    ),
    // MS Learn Kestrel `--urls` command-line argument with a loopback URL.
    dev(
        "dotnet run -- --urls http://127.0.0.1:5000",
        dotnetApp(
            "dev-nsec-ok13-rt70",
            ["var app = WebApplication.CreateBuilder(args).Build();", 'app.MapGet("/", () => "ok");', "app.Run();"],
            "nohup dotnet run -- --urls http://127.0.0.1:5000 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Node.js server.listen(port, host) with "127.0.0.1": loopback only.
    dev(
        'node server.js: http.createServer(...).listen(8081, "127.0.0.1")',
        script("dev-nsec-ok14-rt70", [
            ...file("/opt/ops/server.js", [
                'const http = require("http");',
                'http.createServer((req, res) => res.end("ok")).listen(8081, "127.0.0.1");',
            ]),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Python socketserver on ("127.0.0.1", 8081) serving /opt/ops/static.
    dev(
        'python3 srv.py in /opt/ops/static: TCPServer(("127.0.0.1", 8081), SimpleHTTPRequestHandler)',
        script("dev-nsec-ok15-rt70", [
            ...file("/opt/ops/srv.py", [
                "import http.server, socketserver",
                'with socketserver.TCPServer(("127.0.0.1", 8081), http.server.SimpleHTTPRequestHandler) as s:',
                "    s.serve_forever()",
            ]),
            "mkdir -p /opt/ops/static",
            "cd /opt/ops/static && nohup python3 /opt/ops/srv.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Caddy docs "Global options" (admin localhost:2019, the default) and "bind" 127.0.0.1: loopback only.
    dev(
        "Caddyfile: { admin localhost:2019 } and :8080 { bind 127.0.0.1; root * /usr/share/caddy; file_server }",
        script("dev-nsec-ok16-rt70", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                "{",
                "    admin localhost:2019",
                "}",
                ":8080 {",
                "    bind 127.0.0.1",
                "    root * /usr/share/caddy",
                "    file_server",
                "}",
            ]),
            "systemctl enable --now caddy",
        ]),
    ),
    // Caddy docs "Global options" (`admin off`: "turns off the admin endpoint"), a loopback site.
    dev(
        'Caddyfile: { admin off } and :8080 { bind 127.0.0.1; respond "ok" }',
        script("dev-nsec-ok17-rt70", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                "{",
                "    admin off",
                "}",
                ":8080 {",
                "    bind 127.0.0.1",
                '    respond "ok"',
                "}",
            ]),
            "systemctl enable --now caddy",
        ]),
    ),
    // nodeadm KubeletOptions.Flags: --read-only-port=0 disables the read-only port (kubelet reference: "0 for disable").
    dev('NodeConfig kubelet.flags: ["--read-only-port=0"]', r =>
        al2023Nodes(
            r,
            "dev-nsec-ok18-rt70",
            mime([
                {
                    type: "application/node.eks.aws",
                    body: nodeConfig(["  kubelet:", "    flags:", "      - --read-only-port=0"]),
                },
            ]),
        ),
    ),
    // HAProxy "bind" 127.0.0.1 relaying to a loopback backend: loopback only.
    dev(
        "HAProxy: frontend bind 127.0.0.1:8080 relaying to 127.0.0.1:9000",
        script("dev-nsec-ok19-rt70", [
            "dnf install -y haproxy",
            ...file("/etc/haproxy/haproxy.cfg", [
                "defaults",
                "    mode http",
                "    timeout connect 5s",
                "    timeout client 30s",
                "    timeout server 30s",
                "frontend app",
                "    bind 127.0.0.1:8080",
                "    default_backend local",
                "backend local",
                "    server app 127.0.0.1:9000",
            ]),
            "systemctl enable --now haproxy",
        ]),
    ),
];

describeNodeCases(
    "red team 70: node security, listen addresses given by variables, built addresses, server configs",
    insecure,
    secure,
);
