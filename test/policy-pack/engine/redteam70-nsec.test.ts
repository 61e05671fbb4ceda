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
    // Was a MISS (fixed in round 71): insecure accepted, class VARIABLE-ADDRESS-BESIDE-LOOPBACK. A file server of / on port 80 of every address as root; every pod reads the node's kubelet credentials. the pack (userData.ts sourcesListeners) takes any loopback literal of the source outside a client call (another listener's, a constant, a default) as evidence the program listens on loopback only, and a listen call whose address is a variable or a call (os.Getenv, a config field, an argument) adds nothing to `beyond`, so the source is a loopback listener. Fix: judge each listen call by its own address argument; one the pack cannot compute (a variable, a call, a field) is every address whatever other literals the source holds (the round 70 rule for constants, extended to every non-literal argument). (Doc: the comment below.)
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
    ),
    // Was a MISS (fixed in round 71): insecure accepted, class BUILT-ADDRESS-UNREAD. A file server of / on every address as root. userData.ts builtAddresses reads net.IPv4/ParseIP/TCPAddr only; netip.IPv4Unspecified()/IPv6Unspecified() (and netip.AddrFrom4, MustParseAddr, AddrPortFrom) are not read, and the pprof loopback literal makes the source a loopback listener (sourcesListeners). Fix: read net/netip constructors as builtAddresses does net's (IPv4Unspecified/IPv6Unspecified every address, IPv6Loopback loopback, MustParseAddr/ParseAddr/AddrFrom4 as their value), and any other listen argument as unknown. (Doc: the comment below.)
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
    ),
    // Was a MISS (fixed in round 71): insecure accepted, class GO-PARSEIP-LAX. A file server of / on every address as root. userData.ts builtAddresses `ip()` keeps a ParseIP text ipAddress() accepts, and ipAddress reads "127.1" the inet_aton way (127.0.0.1, loopback); Go's ParseIP returns nil for it (every address). Fix: for Go ParseIP accept only four-part dotted decimal without leading zeros (Go 1.17+) or an IPv6 text; anything else is nil, every address. (Doc: the comment below.)
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
    ),
    // Was a MISS (fixed in round 71): insecure accepted, class GO-PARSEIP-LAX. A file server of / on every address as root. userData.ts builtAddresses `ip()` keeps a ParseIP text ipAddress() accepts (leading zeros read as 127.0.0.1, loopback); Go 1.17+ ParseIP returns nil (every address). Fix: Go's ParseIP grammar (four decimal parts, no leading zeros) before ipAddress; anything else nil. (Doc: the comment below.)
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
    ),
    // Was a MISS (fixed in round 71): insecure accepted, class VARIABLE-ADDRESS-BESIDE-LOOPBACK (built form). A file server of / on every address (an ephemeral port when BIND is unset) as root. The client's TCPAddr is built into a variable before the DialTCP call, so withoutClientCalls keeps it and builtAddresses reads 127.0.0.1 as loopback evidence; net.Listen("tcp", os.Getenv("BIND")) adds nothing (userData.ts sourcesListeners). Fix: a TCPAddr is evidence only for the listen call it is given to; a listen call with a non-literal address is every address. (Doc: the comment below.)
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
    ),
    // Was a MISS (fixed in round 71): insecure accepted, class VARIABLE-ADDRESS-BESIDE-LOOPBACK. The file user data wrote sets 0.0.0.0:8081: a file server of / on every address as root. the pack (userData.ts sourcesListeners) takes any loopback literal of the source outside a client call (another listener's, a constant, a default) as evidence the program listens on loopback only, and a listen call whose address is a variable or a call (os.Getenv, a config field, an argument) adds nothing to `beyond`, so the source is a loopback listener. Fix: judge each listen call by its own address argument; one the pack cannot compute (a variable, a call, a field) is every address whatever other literals the source holds (the round 70 rule for constants, extended to every non-literal argument). (Doc: the comment below.)
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
    // Was a MISS (fixed in round 71): insecure accepted, class VARIABLE-ADDRESS-BESIDE-LOOPBACK. A root listener where the environment says (every address for 0.0.0.0:PORT). the pack (userData.ts sourcesListeners) takes any loopback literal of the source outside a client call (another listener's, a constant, a default) as evidence the program listens on loopback only, and a listen call whose address is a variable or a call (os.Getenv, a config field, an argument) adds nothing to `beyond`, so the source is a loopback listener. Fix: judge each listen call by its own address argument; one the pack cannot compute (a variable, a call, a field) is every address whatever other literals the source holds (the round 70 rule for constants, extended to every non-literal argument). builtAddresses skips a bind of one non-tuple argument (`judged by the source's literals`). (Doc: the comment below.)
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
    // Was a MISS (fixed in round 71): insecure accepted, class NULL-ADDRESS-UNREAD. A file reader of /etc/kubernetes on every address as root. EVERY_ADDRESS_CONSTANT (userData.ts) reads InetSocketAddress(port) and ServerSocket(..., null) but not InetSocketAddress(null-or-cast-null, port); the "127.0.0.1" constant is loopback evidence (sourcesListeners). Fix: InetSocketAddress(`(InetAddress) null` or `null`, port) is every address; and any non-literal address argument is unknown (VARIABLE-ADDRESS-BESIDE-LOOPBACK). (Doc: the comment below.)
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
    ),
    // Was a MISS (fixed in round 71): insecure accepted, class VARIABLE-ADDRESS-BESIDE-LOOPBACK. A root listener on the node's own address; every pod reaches it. the pack (userData.ts sourcesListeners) takes any loopback literal of the source outside a client call (another listener's, a constant, a default) as evidence the program listens on loopback only, and a listen call whose address is a variable or a call (os.Getenv, a config field, an argument) adds nothing to `beyond`, so the source is a loopback listener. Fix: judge each listen call by its own address argument; one the pack cannot compute (a variable, a call, a field) is every address whatever other literals the source holds (the round 70 rule for constants, extended to every non-literal argument). Also read InetAddress.getLocalHost() as a node address. (Doc: the comment below.)
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
    ),
    // Was a MISS (fixed in round 71): insecure accepted, class ARGV-ADDRESS-UNREAD. A root listener on every address. The program's address is its argument ("0.0.0.0", no port so the command-line address rule does not see it) and the source's only literal is the loopback default (userData.ts sourcesListeners). Fix: a listen call whose address is no literal is every address; at least an address-shaped argument on a source runner's command line (0.0.0.0, ::, a node address) is a bind. (Doc: the comment below.)
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
    // Was a MISS (fixed in round 71): insecure accepted, class BUILT-ADDRESS-UNREAD (.NET). Port 5000 on every address as root. EVERY_ADDRESS_CONSTANT reads IPAddress.Any but not IPEndPoint(0, port) / new IPAddress(0); IPAddress.Loopback (LOOPBACK_CONSTANT) is loopback evidence, so the source is a loopback listener (userData.ts sourcesListeners). Fix: read IPEndPoint(long, port) and new IPAddress(long) by their value, and any non-literal Listen address as every address. (Doc: the comment below.)
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
    // Was a MISS (fixed in round 71): insecure accepted, class CADDY-ADMIN-ENDPOINT. Any pod POSTs /load a config with a file_server of / or a reverse_proxy to 169.254.169.254 (the node role's credentials). The Caddy reader (userData.ts, the served-roots section after caddyExpanded) only reads sites when the file has a file_server or import, and never the global `admin` option; the site is bound to 127.0.0.1 and serves no files. Fix: a Caddyfile global `admin` whose address is not loopback/unix (or CADDY_ADMIN in the unit's environment, or a JSON config's admin.listen) is an unread listener (any root, any relay) on that address; `admin off`/localhost stay clean. (Doc: the comment below.)
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
    ),
    // Round 71 neighbours (built addresses, both directions; the secure twins are in `secure`).
    // pkg.go.dev net.IP.To4 ("If ip is not an IPv4 address, To4 returns nil"): ParseIP("::1").To4() is nil, the
    // TCPAddr's IP nil: every address (ListenTCP).
    dev(
        'go run: &net.TCPAddr{IP: net.ParseIP("::1").To4(), Port: 8081} (To4 of IPv6: nil, every address) serving /',
        goApp("dev-nsec-n1-rt71", [
            'import (\n\t"net"\n\t"net/http"\n)',
            "",
            "func main() {",
            '\tl, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.ParseIP("::1").To4(), Port: 8081})',
            '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
            "}",
        ]),
        SERVED,
    ),
    // pkg.go.dev net.IP (a slice of bytes): net.IP{0, 0, 0, 0} is 0.0.0.0, beside a loopback pprof listener.
    dev(
        "go run: &net.TCPAddr{IP: net.IP{0, 0, 0, 0}, Port: 8081} beside a loopback pprof, serving /",
        goApp("dev-nsec-n2-rt71", [
            'import (\n\t"net"\n\t"net/http"\n)',
            "",
            "func main() {",
            '\tgo http.ListenAndServe("127.0.0.1:6060", nil)',
            '\tl, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.IP{0, 0, 0, 0}, Port: 8081})',
            '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
            "}",
        ]),
        SERVED,
    ),
    // pkg.go.dev net/netip MustParseAddr and AddrFrom4: "0.0.0.0" and [4]byte{0, 0, 0, 0} are the unspecified address.
    dev(
        'go run: TCPAddrFromAddrPort(AddrPortFrom(MustParseAddr("0.0.0.0"), 8081)) and AddrFrom4([4]byte{0,0,0,0})',
        goApp("dev-nsec-n3-rt71", [
            'import (\n\t"net"\n\t"net/http"\n\t"net/netip"\n)',
            "",
            "func main() {",
            '\tgo http.ListenAndServe("127.0.0.1:6060", nil)',
            '\tl, _ := net.ListenTCP("tcp", net.TCPAddrFromAddrPort(netip.AddrPortFrom(netip.MustParseAddr("0.0.0.0"), 8081)))',
            '\tm, _ := net.ListenTCP("tcp", net.TCPAddrFromAddrPort(netip.AddrPortFrom(netip.AddrFrom4([4]byte{0, 0, 0, 0}), 8082)))',
            "\tgo http.Serve(m, nil)",
            '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
            "}",
        ]),
        SERVED,
    ),
    // Go 1.17 release notes (ParseIP rejects leading zeros): "0177.0.0.1" is no address for Go, nil: every address,
    // though inet_aton(3) reads it as 127.0.0.1.
    dev(
        'go run: &net.TCPAddr{IP: net.ParseIP("0177.0.0.1"), Port: 8081} (Go: nil) serving /',
        goApp("dev-nsec-n4-rt71", [
            'import (\n\t"net"\n\t"net/http"\n)',
            "",
            "func main() {",
            '\tl, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.ParseIP("0177.0.0.1"), Port: 8081})',
            '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
            "}",
        ]),
        SERVED,
    ),
    // Rust std From<[u8; 4]> for Ipv4Addr and FromStr: [0, 0, 0, 0] and "0.0.0.0" are the unspecified address, beside
    // a loopback listener.
    dev(
        'cargo run: bind((Ipv4Addr::from([0, 0, 0, 0]), 8081)) and bind(("0.0.0.0".parse::<Ipv4Addr>().unwrap(), 8082))',
        rustApp("dev-nsec-n5-rt71", [
            "use std::net::{Ipv4Addr, TcpListener};",
            "fn main() {",
            '    let _h = TcpListener::bind("127.0.0.1:9000").unwrap();',
            "    let l = TcpListener::bind((Ipv4Addr::from([0, 0, 0, 0]), 8081)).unwrap();",
            '    let _m = TcpListener::bind(("0.0.0.0".parse::<Ipv4Addr>().unwrap(), 8082)).unwrap();',
            "    for s in l.incoming() { drop(s); }",
            "}",
        ]),
        SERVED,
    ),
    // Rust std Ipv4Addr::from_bits ("Converts a host byte order u32 into an Ipv4Addr") and From<u128> for Ipv6Addr:
    // 0 is 0.0.0.0 and ::, every address.
    dev(
        "cargo run: bind((Ipv4Addr::from_bits(0), 8081)) and bind((Ipv6Addr::from(0u128), 8082)) beside a loopback bind",
        rustApp("dev-nsec-n6-rt71", [
            "use std::net::{Ipv4Addr, Ipv6Addr, TcpListener};",
            "fn main() {",
            '    let _h = TcpListener::bind("127.0.0.1:9000").unwrap();',
            "    let l = TcpListener::bind((Ipv4Addr::from_bits(0), 8081)).unwrap();",
            "    let _m = TcpListener::bind((Ipv6Addr::from(0u128), 8082)).unwrap();",
            "    for s in l.incoming() { drop(s); }",
            "}",
        ]),
        SERVED,
    ),
    // MS Learn IPAddress(Int64) ("the value 0x2414188f in big-endian format would be the IP address "143.24.20.36"":
    // the first octet is the low byte): 0x7F000001 is 1.0.0.127, no loopback address.
    dev(
        "dotnet run: o.Listen(IPAddress.Loopback, 5001) and o.Listen(new IPEndPoint(0x7F000001, 5000)) (1.0.0.127)",
        dotnetApp("dev-nsec-n7-rt71", [
            "using System.Net;",
            "var builder = WebApplication.CreateBuilder(args);",
            "builder.WebHost.ConfigureKestrel(o => { o.Listen(IPAddress.Loopback, 5001); o.Listen(new IPEndPoint(0x7F000001, 5000)); });",
            "var app = builder.Build();",
            'app.MapGet("/", () => "ok");',
            "app.Run();",
        ]),
        SERVED,
    ),
    // MS Learn IPAddress(Int64) with 0L and IPAddress.IPv6None (the all-zeros address, "::", as IPv6Any).
    dev(
        "dotnet run: o.Listen(new IPAddress(0L), 5000) and o.Listen(IPAddress.IPv6None, 5002) beside a loopback one",
        dotnetApp("dev-nsec-n8-rt71", [
            "using System.Net;",
            "var builder = WebApplication.CreateBuilder(args);",
            "builder.WebHost.ConfigureKestrel(o => { o.Listen(IPAddress.Loopback, 5001); o.Listen(new IPAddress(0L), 5000); o.Listen(IPAddress.IPv6None, 5002); });",
            "var app = builder.Build();",
            'app.MapGet("/", () => "ok");',
            "app.Run();",
        ]),
        SERVED,
    ),
    // Java SE API InetAddress.getByAddress(byte[]) of four zero bytes: 0.0.0.0, the wildcard address.
    dev(
        'java Main.java: new ServerSocket(8081, 50, InetAddress.getByAddress(new byte[] {0, 0, 0, 0})) beside "127.0.0.1"',
        javaApp("dev-nsec-n9-rt71", [
            "import java.net.*;",
            "public class Main {",
            '    static final String HEALTH = "127.0.0.1";',
            "    public static void main(String[] a) throws Exception {",
            "        ServerSocket s = new ServerSocket(8081, 50, InetAddress.getByAddress(new byte[] {0, 0, 0, 0}));",
            "        while (true) s.accept().close();",
            "    }",
            "}",
        ]),
        SERVED,
    ),
    // JEP 330 (program arguments after the file) and RFC 4291 `::` (the unspecified address): args[0] is "::".
    dev(
        'java Main.java :: : ServerSocket bound to getByName(args.length > 0 ? args[0] : "127.0.0.1")',
        javaApp(
            "dev-nsec-n10-rt71",
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
            "nohup java Main.java :: >/var/log/ops.log 2>&1 &",
        ),
        SERVED,
    ),
    // pkg.go.dev flag (Arg(0), the first argument after the flags) and `go run main.go 0.0.0.0` (go help run: "arguments
    // ... passed to the program"): ParseIP("0.0.0.0"), every address.
    dev(
        'go run main.go 0.0.0.0: TCPAddr{IP: net.ParseIP(flag.Arg(0))} beside a "127.0.0.1" default',
        goApp(
            "dev-nsec-n11-rt71",
            [
                'import (\n\t"flag"\n\t"net"\n\t"net/http"\n)',
                "",
                "func main() {",
                "\tflag.Parse()",
                "\thost := flag.Arg(0)",
                '\tif host == "" {',
                '\t\thost = "127.0.0.1"',
                "\t}",
                '\tl, _ := net.Listen("tcp", net.JoinHostPort(host, "8081"))',
                '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
                "}",
            ],
            "nohup go run main.go 0.0.0.0 >/var/log/ops.log 2>&1 &",
        ),
        SERVED,
    ),
    // Caddy docs "Global options" (admin; a Go listen address ":2019" is every address) : the admin API beyond loopback.
    dev(
        "Caddyfile: { admin :2019 } and a loopback-bound site",
        script("dev-nsec-n12-rt71", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                "{",
                "    admin :2019 {",
                "        origins pods",
                "    }",
                "}",
                ":8080 {",
                "    bind 127.0.0.1",
                '    respond "ok"',
                "}",
            ]),
            "systemctl enable --now caddy",
        ]),
        SERVED,
    ),
    // Caddy docs "JSON Config Structure" (admin.listen: "The address to which the admin endpoint's listener should
    // bind itself"): 0.0.0.0:2019, every address.
    dev(
        'caddy run --config /etc/caddy/caddy.json: {"admin": {"listen": "0.0.0.0:2019"}}',
        script("dev-nsec-n13-rt71", [
            "dnf install -y caddy",
            ...file("/etc/caddy/caddy.json", ['{"admin": {"listen": "0.0.0.0:2019"}, "apps": {}}']),
            "nohup caddy run --config /etc/caddy/caddy.json >/var/log/caddy.log 2>&1 &",
        ]),
        SERVED,
    ),
    // (Held before round 71 by the Python and Node.js readers: a host they cannot compute is every address.)
    // Python docs sys.argv and socketserver: `python3 srv.py 0.0.0.0` makes host 0.0.0.0 (the loopback text only the
    // default): SimpleHTTPRequestHandler serving / on every address.
    dev(
        'python3 srv.py 0.0.0.0 in /: TCPServer((sys.argv[1] if given else "127.0.0.1", 8081), SimpleHTTPRequestHandler)',
        script("dev-nsec-n14-rt71", [
            ...file("/opt/ops/srv.py", [
                "import http.server, socketserver, sys",
                'HOST = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"',
                "with socketserver.TCPServer((HOST, 8081), http.server.SimpleHTTPRequestHandler) as s:",
                "    s.serve_forever()",
            ]),
            "cd / && nohup python3 /opt/ops/srv.py 0.0.0.0 >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Node.js process.argv ("The remaining elements are any additional command-line arguments"): host 0.0.0.0.
    dev(
        'node server.js 0.0.0.0: createServer(serve /etc/kubernetes).listen(8081, process.argv[2] || "127.0.0.1")',
        script("dev-nsec-n15-rt71", [
            ...file("/opt/ops/server.js", [
                'const http = require("http");',
                'const fs = require("fs");',
                "http.createServer((req, res) => {",
                '  res.end(fs.readFileSync("/etc/kubernetes" + req.url));',
                '}).listen(8081, process.argv[2] || "127.0.0.1");',
            ]),
            "nohup node /opt/ops/server.js 0.0.0.0 >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
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
    // Round 71: goListenAddressUnknown reads a flag's default as its value when the runner passes no program argument.
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
    // Was a MISS (fixed in round 71): secure refused, class BUILT-LOOPBACK-UNREAD (fail closed). Harmless: 127.0.0.1 only. userData.ts builtAddresses `ip()` reads net.IPv4/ParseIP/constants but not a net.IP{a, b, c, d} composite (a 4-byte slice), so the TCPAddr's IP is unknown, every address: refused as "a program the pack does not read, listening beyond loopback". Fix: read net.IP{...} of 4 (or 16) integer literals as the address they spell. (Doc: the comment below.)
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
    // Was a MISS (fixed in round 71): secure refused, class BUILT-LOOPBACK-UNREAD (fail closed). Harmless: 127.0.0.1 only. userData.ts builtAddresses `ip()` needs the call to span the whole element (`whole`), so IPv4(...).To4()/.To16() is unknown, every address. Fix: strip a trailing .To4()/.To16() (same address) before reading. (Doc: the comment below.)
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
    ),
    // Was a MISS (fixed in round 71): secure refused, class BUILT-LOOPBACK-UNREAD (fail closed). Harmless: 127.0.0.1 only. userData.ts builtAddresses (Rust `ip()`) reads Ipv4Addr::new and IpAddr::from but not Ipv4Addr::from/Ipv6Addr::from (arrays, u32/u128) or from_bits, so the address is unknown. Fix: read Ipv4Addr::from([..])/from(N)/from_bits(N) (and Ipv6's) as their value (0 every address, 0x7f000001 loopback). (Doc: the comment below.)
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
    ),
    // Was a MISS (fixed in round 71): secure refused, class BUILT-LOOPBACK-UNREAD (fail closed). Harmless: 127.0.0.1 only. userData.ts builtAddresses (Rust `ip()`) returns literal(e) only for a bare string; "...".parse::<Ipv4Addr>().unwrap() is unknown, every address. Fix: read `"LIT".parse::<T>()` (with .unwrap()/.expect()/?) as the literal. (Doc: the comment below.)
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
    // Was a MISS (fixed in round 71): secure refused, class BUILT-LOOPBACK-UNREAD (fail closed). Harmless: loopback only. LOOPBACK_CONSTANT (userData.ts) reads getLoopbackAddress() but not getByName(null)/getByName(""), and no literal is in the source, so the ServerSocket is read as every address. Fix: read InetAddress.getByName(null|"")/getAllByName(null) as loopback. (Doc: the comment below.)
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
    ),
    // Round 71 neighbours (built addresses, both directions; the insecure twins are in `insecure`).
    // pkg.go.dev net.IP (hex byte literals), net/netip IPv6Loopback ("returns the IPv6 loopback address ::1"),
    // AddrFrom4 and IP.To16 ("converts the IP address ip to a 16-byte representation"): loopback only.
    dev(
        "go run: net.IP{0x7f, 0, 0, 1}, netip.IPv6Loopback(), AddrFrom4([4]byte{127, 0, 0, 1}), ParseIP(...).To16()",
        goApp("dev-nsec-ok-n1-rt71", [
            'import (\n\t"net"\n\t"net/http"\n\t"net/netip"\n)',
            "",
            "func main() {",
            '\ta, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.IP{0x7f, 0, 0, 1}, Port: 8081})',
            '\tb, _ := net.ListenTCP("tcp", net.TCPAddrFromAddrPort(netip.AddrPortFrom(netip.IPv6Loopback(), 8082)))',
            '\tc, _ := net.ListenTCP("tcp", net.TCPAddrFromAddrPort(netip.AddrPortFrom(netip.AddrFrom4([4]byte{127, 0, 0, 1}), 8083)))',
            '\td, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.ParseIP("127.0.0.1").To16(), Port: 8084})',
            "\tfor _, l := range []net.Listener{b, c, d} {",
            "\t\tgo http.Serve(l, nil)",
            "\t}",
            '\thttp.Serve(a, http.FileServer(http.Dir("/opt/ops/static")))',
            "}",
        ]),
    ),
    // Rust std From<u32> for Ipv4Addr (host byte order: 0x7f000001 is 127.0.0.1), From<u128> for Ipv6Addr (1 is ::1)
    // and SocketAddr FromStr ("[::1]:8082").
    dev(
        'cargo run: bind((Ipv4Addr::from(0x7f00_0001u32), 8081)), (Ipv6Addr::from(1u128), 8083), "[::1]:8082".parse::<SocketAddr>()',
        rustApp("dev-nsec-ok-n2-rt71", [
            "use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};",
            "fn main() {",
            "    let l = TcpListener::bind((Ipv4Addr::from(0x7f00_0001u32), 8081)).unwrap();",
            '    let _m = TcpListener::bind("[::1]:8082".parse::<SocketAddr>().unwrap()).unwrap();',
            "    let _n = TcpListener::bind((Ipv6Addr::from(1u128), 8083)).unwrap();",
            "    for s in l.incoming() { drop(s); }",
            "}",
        ]),
    ),
    // MS Learn IPAddress(Byte[]) and IPAddress(Int64) (0x0100007F: 127.0.0.1, the first octet in the low byte).
    dev(
        "dotnet run: o.Listen(new IPEndPoint(new IPAddress(new byte[] { 127, 0, 0, 1 }), 5000)) and IPEndPoint(0x0100007F, 5001)",
        dotnetApp("dev-nsec-ok-n3-rt71", [
            "using System.Net;",
            "var builder = WebApplication.CreateBuilder(args);",
            "builder.WebHost.ConfigureKestrel(o => { o.Listen(new IPEndPoint(new IPAddress(new byte[] { 127, 0, 0, 1 }), 5000)); o.Listen(new IPEndPoint(0x0100007F, 5001)); });",
            "var app = builder.Build();",
            'app.MapGet("/", () => "ok");',
            "app.Run();",
        ]),
    ),
    // Java SE API InetAddress.getByAddress(byte[]) of 127.0.0.1 and InetSocketAddress(getByName(null), port): loopback.
    dev(
        "java Main.java: ServerSocket on getByAddress(new byte[] {127, 0, 0, 1}), HttpServer on InetSocketAddress(getByName(null), 8082)",
        javaApp("dev-nsec-ok-n4-rt71", [
            "import java.net.*;",
            "import com.sun.net.httpserver.*;",
            "public class Main {",
            "    public static void main(String[] a) throws Exception {",
            "        HttpServer h = HttpServer.create(new InetSocketAddress(InetAddress.getByName(null), 8082), 0);",
            "        h.start();",
            "        ServerSocket s = new ServerSocket(8081, 50, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));",
            "        while (true) s.accept().close();",
            "    }",
            "}",
        ]),
    ),
    // JEP 330: a loopback argument binds loopback only.
    // Was a MISS (fixed in round 72): secure refused: sourceListenAddressUnknown (userData.ts) reads a host taken from the
    // program's arguments (`a[0]`) as unknown, every address, though commandLineAddresses knows the runner gave only
    // 127.0.0.1. Still open (round 71): it would take handing the runner's arguments to that reader (as Go's flags and
    // cargo run's argv are), so an argument-held host is the addresses the command line gives.
    dev(
        'java Main.java 127.0.0.1: ServerSocket bound to getByName(args.length > 0 ? args[0] : "127.0.0.1")',
        javaApp(
            "dev-nsec-ok-n5-rt71",
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
            "nohup java Main.java 127.0.0.1 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Caddy docs "Global options" (admin on a unix socket: `unix//path`) and JSON admin.listen localhost:2019.
    dev(
        "Caddyfile: { admin unix//run/caddy-admin.sock } and caddy.json admin.listen localhost:2019",
        script("dev-nsec-ok-n6-rt71", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                "{",
                "    admin unix//run/caddy-admin.sock",
                "}",
                ":8080 {",
                "    bind 127.0.0.1",
                '    respond "ok"',
                "}",
            ]),
            ...file("/etc/caddy/caddy.json", ['{"admin": {"listen": "localhost:2019"}, "apps": {}}']),
            "systemctl enable --now caddy",
        ]),
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
