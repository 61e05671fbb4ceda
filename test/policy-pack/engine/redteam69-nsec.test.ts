// Red-team round 69 on EKS NODE user data (fresh eyes), area nsec: listen addresses of compiled/built programs user
// data runs as root (Go, Rust, .NET/Kestrel, Java) where the address is no literal, Kestrel URL hosts, and server
// configs (nginx, Caddy), both directions.
// Probed: a listen call whose address is a constant or a computed value (Ipv4Addr::UNSPECIFIED, net.JoinHostPort("",
// ...), fmt.Sprintf(":%d"), ":http", ServerSocket(port), Kestrel ListenAnyIP) beside an unrelated loopback literal (a
// client's target); Kestrel URLs naming a host (app.Run("http://ops:5000"), UseSetting("urls", ...), an interpolated
// Dns.GetHostName()); nginx `listen 8080;`; Caddy site `bind 0.0.0.0` under `default_bind 127.0.0.1`. Secure: loopback
// constants (Ipv4Addr::LOCALHOST, ListenLocalhost, InetAddress.getLoopbackAddress()), Kestrel localhost/[::1] URLs,
// net.JoinHostPort("127.0.0.1", ...), nginx loopback/localhost listens, IPv6 loopback URLs as upstream/client targets.
// Misses (6 insecure accepted, 6 secure refused):
// - insecure, class LOOPBACK-LITERAL-ELSEWHERE (userData.ts sourcesListeners): a listen call with no address literal
//   beside any loopback literal is read as a loopback listener: Rust Ipv4Addr::UNSPECIFIED, Go net.JoinHostPort("",
//   port), Java ServerSocket(port), Kestrel ListenAnyIP beside a loopback app.Run URL.
// - insecure, class KESTREL-NAME-URL: app.Run("http://NAME:port") / UseSetting("urls", "http://NAME:port") (Kestrel
//   binds every address for a host that is no IP and not localhost) yield no listener (no LISTEN_API match).
// - secure, class LOOPBACK-CONSTANT (fail closed): Ipv4Addr::LOCALHOST, ListenLocalhost, getLoopbackAddress() refused.
// - secure, class IPV6-URL-AS-PATH (userData.ts configured, credentials scan): any written file with `http://[::1]:N`
//   (a Kestrel URL, an nginx proxy_pass, a Go client URL) is refused as "a node agent reads the node's credentials".
// Held: fmt.Sprintf(":%d") and ":http" beside a loopback literal, the
// interpolated Dns.GetHostName() URL, nginx `listen 8080;`, Caddy site bind over default_bind (refused); Kestrel
// http://localhost URL, JoinHostPort("127.0.0.1"), nginx 127.0.0.1/[::1]/localhost listens (accepted).
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const file = heredocFile;

const SERVED =
    /web|node|3000|serv|unread|8080|8081|8000|5000|go|cargo|dotnet|java|swift|caddy|Caddy|nginx|unknown|process|build/;

const GO_MOD = ["module example.com/ops", "", "go 1.22"];
const CARGO_TOML = ["[package]", 'name = "ops"', 'version = "0.1.0"', 'edition = "2021"'];
const CSPROJ = ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>'];

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 70): insecure accepted. Rust std docs Ipv4Addr::UNSPECIFIED ("An IPv4 address representing an unspecified address: 0.0.0.0") and TcpListener::bind: the program listens on every address as root; every pod reaches it. the pack's source reader (userData.ts sourcesListeners) takes a listen API (LISTEN_API) beside any loopback literal of the source (`loopback`, here a client's dial/GET target) as a loopback listener; only address LITERALS beyond loopback count. Fix: a listen call whose address argument is no literal (a constant, a computed value, a port alone) is unknown whatever other literals the source holds; at least read the every-address constants (Ipv4Addr::UNSPECIFIED, IPAddress.Any/IPv6Any, ListenAnyIP, INADDR_ANY, net.JoinHostPort("", ...), ServerSocket(port)/ServerSocket(port, backlog)) as every address.
    dev(
        "cargo run: TcpListener::bind((Ipv4Addr::UNSPECIFIED, 8081)) beside a loopback client literal 127.0.0.1:9000",
        script("dev-node-rust-unspecified-rt69", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::{Ipv4Addr, TcpListener, TcpStream};",
                "fn main() {",
                '    let _up = TcpStream::connect("127.0.0.1:9000");',
                "    let l = TcpListener::bind((Ipv4Addr::UNSPECIFIED, 8081)).unwrap();",
                "    for s in l.incoming() { drop(s); }",
                "}",
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'go run: http.ListenAndServe(fmt.Sprintf(":%d", 8081), FileServer(/)) beside a loopback client literal',
        script("dev-node-go-sprintf-port-rt69", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                "import (",
                '\t"fmt"',
                '\t"net/http"',
                ")",
                "",
                "func main() {",
                '\thttp.Get("http://127.0.0.1:9000/ready")',
                '\thttp.ListenAndServe(fmt.Sprintf(":%d", 8081), http.FileServer(http.Dir("/")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 70): insecure accepted. pkg.go.dev net.Listen ("If the host in the address parameter is empty or a literal unspecified IP address, Listen listens on all available unicast and anycast IP addresses of the local system") and net.JoinHostPort("", "8081") = ":8081": a file server of / on every address as root. the pack's source reader (userData.ts sourcesListeners) takes a listen API (LISTEN_API) beside any loopback literal of the source (`loopback`, here a client's dial/GET target) as a loopback listener; only address LITERALS beyond loopback count. Fix: a listen call whose address argument is no literal (a constant, a computed value, a port alone) is unknown whatever other literals the source holds; at least read the every-address constants (Ipv4Addr::UNSPECIFIED, IPAddress.Any/IPv6Any, ListenAnyIP, INADDR_ANY, net.JoinHostPort("", ...), ServerSocket(port)/ServerSocket(port, backlog)) as every address.
    dev(
        'go run: net.Listen("tcp", net.JoinHostPort("", "8081")) beside a loopback client literal',
        script("dev-node-go-joinhostport-rt69", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                "import (",
                '\t"net"',
                '\t"net/http"',
                ")",
                "",
                "func main() {",
                '\tnet.Dial("tcp", "127.0.0.1:9000")',
                '\tl, _ := net.Listen("tcp", net.JoinHostPort("", "8081"))',
                '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'go run: http.ListenAndServe(":http", FileServer(/)) (a service name port) beside a loopback client literal',
        script("dev-node-go-service-port-rt69", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import "net/http"',
                "",
                "func main() {",
                '\thttp.Get("http://127.0.0.1:9000/ready")',
                '\thttp.ListenAndServe(":http", http.FileServer(http.Dir("/")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 70): insecure accepted. MS Learn "Configure endpoints for the ASP.NET Core Kestrel web server" (URL formats: "Anything not recognized as a valid IP address or localhost binds to all IPv4 and IPv6 IPs"; the `urls` host setting, WebHostDefaults.ServerUrlsKey, is what UseSetting("urls", ...) sets): a host name URL listens on every address as root; every pod reaches it. The pack (userData.ts sourcesListeners) reads a URL-with-a-name only where LISTEN_API matches (HttpListener, UseUrls), and treats a literal DNS name as another host's (OTHER_HOST_NAME: 'fails to bind'), which Kestrel does not do; `app.Run(URL)`/`UseSetting("urls", URL)` match no LISTEN_API, so the source has no listener at all. Fix: in a .cs/.fs/.vb source, `.Run(`, `UseSetting(` and `Urls.Add(` are listen calls, and a Kestrel URL whose host is neither an IP literal nor localhost is every address (kestrelBeyondLoopback), not another host's name.
    dev(
        'dotnet run: minimal API app.Run("http://ops:5000") (Kestrel: a name binds every address)',
        script("dev-node-dotnet-run-name-rt69", [
            ...file("/opt/ops/web/web.csproj", CSPROJ),
            ...file("/opt/ops/web/Program.cs", [
                "var app = WebApplication.CreateBuilder(args).Build();",
                'app.MapGet("/", () => "ok");',
                'app.Run("http://ops:5000");',
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'dotnet run: app.Urls.Add($"http://{Dns.GetHostName()}:5000") (an interpolated host name)',
        script("dev-node-dotnet-urls-interp-rt69", [
            ...file("/opt/ops/web/web.csproj", CSPROJ),
            ...file("/opt/ops/web/Program.cs", [
                "using System.Net;",
                "var app = WebApplication.CreateBuilder(args).Build();",
                'app.MapGet("/", () => "ok");',
                'app.Urls.Add($"http://{Dns.GetHostName()}:5000");',
                "app.Run();",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 70): insecure accepted. MS Learn "Configure endpoints for the ASP.NET Core Kestrel web server" (URL formats: "Anything not recognized as a valid IP address or localhost binds to all IPv4 and IPv6 IPs"; the `urls` host setting, WebHostDefaults.ServerUrlsKey, is what UseSetting("urls", ...) sets): a host name URL listens on every address as root; every pod reaches it. The pack (userData.ts sourcesListeners) reads a URL-with-a-name only where LISTEN_API matches (HttpListener, UseUrls), and treats a literal DNS name as another host's (OTHER_HOST_NAME: 'fails to bind'), which Kestrel does not do; `app.Run(URL)`/`UseSetting("urls", URL)` match no LISTEN_API, so the source has no listener at all. Fix: in a .cs/.fs/.vb source, `.Run(`, `UseSetting(` and `Urls.Add(` are listen calls, and a Kestrel URL whose host is neither an IP literal nor localhost is every address (kestrelBeyondLoopback), not another host's name.
    dev(
        'dotnet run: builder.WebHost.UseSetting("urls", "http://ops.internal:5000") (WebHostDefaults.ServerUrlsKey)',
        script("dev-node-dotnet-usesetting-rt69", [
            ...file("/opt/ops/web/web.csproj", CSPROJ),
            ...file("/opt/ops/web/Program.cs", [
                "var builder = WebApplication.CreateBuilder(args);",
                'builder.WebHost.UseSetting("urls", "http://ops.internal:5000");',
                "var app = builder.Build();",
                'app.MapGet("/", () => "ok");',
                "app.Run();",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 70): insecure accepted. MS Learn KestrelServerOptions.ListenAnyIP ("Listens on all IPs using IPv6 [::], or IPv4 0.0.0.0 if IPv6 is not supported") and Kestrel "Configure endpoints" (endpoints configured in code override the URLs: Kestrel logs "Overriding address(es)"): port 5000 on every address. The loopback app.Run URL is read (sourcesListeners `given`) as the app's only address. the pack's source reader (userData.ts sourcesListeners) takes a listen API (LISTEN_API) beside any loopback literal of the source (`loopback`, here a client's dial/GET target) as a loopback listener; only address LITERALS beyond loopback count. Fix: a listen call whose address argument is no literal (a constant, a computed value, a port alone) is unknown whatever other literals the source holds; at least read the every-address constants (Ipv4Addr::UNSPECIFIED, IPAddress.Any/IPv6Any, ListenAnyIP, INADDR_ANY, net.JoinHostPort("", ...), ServerSocket(port)/ServerSocket(port, backlog)) as every address.
    dev(
        'dotnet run: ConfigureKestrel(o => o.ListenAnyIP(5000)) beside app.Run("http://127.0.0.1:5001")',
        script("dev-node-dotnet-listenanyip-rt69", [
            ...file("/opt/ops/web/web.csproj", CSPROJ),
            ...file("/opt/ops/web/Program.cs", [
                "var builder = WebApplication.CreateBuilder(args);",
                "builder.WebHost.ConfigureKestrel(o => o.ListenAnyIP(5000));",
                "var app = builder.Build();",
                'app.MapGet("/", () => "ok");',
                'app.Run("http://127.0.0.1:5001");',
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 70): insecure accepted. Java SE API java.net.ServerSocket(int port) ("Creates a server socket, bound to the specified port"; the three-argument form: "If bindAddr is null, it will default accepting connections on any/all local addresses"): every address, as root. the pack's source reader (userData.ts sourcesListeners) takes a listen API (LISTEN_API) beside any loopback literal of the source (`loopback`, here a client's dial/GET target) as a loopback listener; only address LITERALS beyond loopback count. Fix: a listen call whose address argument is no literal (a constant, a computed value, a port alone) is unknown whatever other literals the source holds; at least read the every-address constants (Ipv4Addr::UNSPECIFIED, IPAddress.Any/IPv6Any, ListenAnyIP, INADDR_ANY, net.JoinHostPort("", ...), ServerSocket(port)/ServerSocket(port, backlog)) as every address.
    dev(
        'java Main.java: new ServerSocket(8081) (the wildcard address) beside a loopback client literal "127.0.0.1"',
        script("dev-node-java-serversocket-port-rt69", [
            ...file("/opt/ops/Main.java", [
                "import java.net.*;",
                "public class Main {",
                "    public static void main(String[] a) throws Exception {",
                '        try { new Socket("127.0.0.1", 9000).close(); } catch (Exception e) {}',
                "        ServerSocket s = new ServerSocket(8081);",
                "        while (true) s.accept().close();",
                "    }",
                "}",
            ]),
            "cd /opt/ops && nohup java Main.java >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Round 70 neighbours (listen call's own address decides): a loopback CONSTANT given to a client call is no
    // listener's address; ServerSocket's null bindAddr and IPAddress.Any are every address; a Kestrel URL list given as
    // a variable, or UseSetting's WebHostDefaults.ServerUrlsKey with a name, is every address; a file:// URL names the
    // node's own path.
    dev(
        "cargo run: TcpListener::bind(env ADDR) beside a client TcpStream::connect((Ipv4Addr::LOCALHOST, 9000))",
        script("dev-node-rust-env-bind-client-const-rt70", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::{Ipv4Addr, TcpListener, TcpStream};",
                "fn main() {",
                "    let _up = TcpStream::connect((Ipv4Addr::LOCALHOST, 9000));",
                '    let addr = std::env::var("ADDR").unwrap();',
                "    let l = TcpListener::bind(addr).unwrap();",
                "    for s in l.incoming() { drop(s); }",
                "}",
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "java Main.java: new ServerSocket(8081, 50, null) (a null bindAddr: every address)",
        script("dev-node-java-serversocket-null-rt70", [
            ...file("/opt/ops/Main.java", [
                "import java.net.*;",
                "public class Main {",
                "    public static void main(String[] a) throws Exception {",
                '        try { new Socket("127.0.0.1", 9000).close(); } catch (Exception e) {}',
                "        ServerSocket s = new ServerSocket(8081, 50, null);",
                "        while (true) s.accept().close();",
                "    }",
                "}",
            ]),
            "cd /opt/ops && nohup java Main.java >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "dotnet run: ConfigureKestrel(o => o.Listen(IPAddress.Any, 5000)) beside a loopback client URL",
        script("dev-node-dotnet-listen-any-rt70", [
            ...file("/opt/ops/web/web.csproj", CSPROJ),
            ...file("/opt/ops/web/Program.cs", [
                "using System.Net;",
                "var builder = WebApplication.CreateBuilder(args);",
                "builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Any, 5000));",
                "var app = builder.Build();",
                'app.MapGet("/", async () => await new HttpClient().GetStringAsync("http://127.0.0.1:9000/"));',
                "app.Run();",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'dotnet run: builder.WebHost.UseUrls(urls) (a variable) beside a "127.0.0.1:9000" literal',
        script("dev-node-dotnet-useurls-variable-rt70", [
            ...file("/opt/ops/web/web.csproj", CSPROJ),
            ...file("/opt/ops/web/Program.cs", [
                "var builder = WebApplication.CreateBuilder(args);",
                'var upstream = "127.0.0.1:9000";',
                'var urls = Environment.GetEnvironmentVariable("OPS_URLS");',
                "builder.WebHost.UseUrls(urls);",
                "var app = builder.Build();",
                'app.MapGet("/", () => upstream);',
                "app.Run();",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'dotnet run: UseSetting(WebHostDefaults.ServerUrlsKey, "http://ops:5000") (a name: every address)',
        script("dev-node-dotnet-usesetting-key-rt70", [
            ...file("/opt/ops/web/web.csproj", CSPROJ),
            ...file("/opt/ops/web/Program.cs", [
                "var builder = WebApplication.CreateBuilder(args);",
                'builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, "http://ops:5000");',
                "var app = builder.Build();",
                'app.MapGet("/", () => "ok");',
                "app.Run();",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'go run: loopback server whose code reads "file:///var/lib/kubelet/pki/" (a file URL names the node\'s path)',
        script("dev-node-go-file-url-credentials-rt70", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import "net/http"',
                "",
                "func main() {",
                "\tt := &http.Transport{}",
                '\tt.RegisterProtocol("file", http.NewFileTransport(http.Dir("/")))',
                '\t_ = "file:///var/lib/kubelet/pki/"',
                '\thttp.ListenAndServe("127.0.0.1:8080", http.FileServer(http.Dir("/opt/ops/static")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        /credentials/,
    ),
    dev(
        "nginx: conf.d/ops.conf `listen 8080;` (no address: every address), root /etc/kubernetes",
        script("dev-node-nginx-port-only-rt69", [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/ops.conf", ["server {", "    listen 8080;", "    root /etc/kubernetes;", "}"]),
            "systemctl enable --now nginx",
        ]),
        SERVED,
    ),
    dev(
        "Caddyfile: { default_bind 127.0.0.1 } then a site with `bind 0.0.0.0` (the site's bind wins)",
        script("dev-node-caddy-site-bind-over-default-rt69", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                "{",
                "    default_bind 127.0.0.1",
                "}",
                ":8080 {",
                "    bind 0.0.0.0",
                "    root * /etc/kubernetes",
                "    file_server",
                "}",
            ]),
            "systemctl enable --now caddy",
        ]),
        SERVED,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 70): secure refused. Rust std docs Ipv4Addr::LOCALHOST ("An IPv4 address with the address pointing to localhost: 127.0.0.1"): loopback only, yet the pack (userData.ts sourcesListeners) reads a listen API with no loopback address LITERAL as every address (fail closed). Harmless: nothing beyond the node's loopback. Fix: read the loopback constants (Ipv4Addr::LOCALHOST/Ipv6Addr::LOCALHOST, IPAddress.Loopback/IPv6Loopback, ListenLocalhost, InetAddress.getLoopbackAddress()) as loopback addresses, together with the every-address constants (the insecure misses above), so a constant is judged by what it is.
    dev(
        "cargo run: TcpListener::bind((Ipv4Addr::LOCALHOST, 8080)) (127.0.0.1 by constant)",
        script("dev-node-rust-localhost-const-ok-rt69", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::{Ipv4Addr, TcpListener};",
                "fn main() { let l = TcpListener::bind((Ipv4Addr::LOCALHOST, 8080)).unwrap(); for s in l.incoming() { drop(s); } }",
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 70): secure refused. MS Learn KestrelServerOptions.ListenLocalhost ("Listens on ::1 and 127.0.0.1 with the given port"): loopback only, yet the pack (userData.ts sourcesListeners) reads a listen API with no loopback address LITERAL as every address (fail closed). Harmless: nothing beyond the node's loopback. Fix: read the loopback constants (Ipv4Addr::LOCALHOST/Ipv6Addr::LOCALHOST, IPAddress.Loopback/IPv6Loopback, ListenLocalhost, InetAddress.getLoopbackAddress()) as loopback addresses, together with the every-address constants (the insecure misses above), so a constant is judged by what it is.
    dev(
        "dotnet run: ConfigureKestrel(o => o.ListenLocalhost(5000)) (Kestrel: loopback only)",
        script("dev-node-dotnet-listenlocalhost-ok-rt69", [
            ...file("/opt/ops/web/web.csproj", CSPROJ),
            ...file("/opt/ops/web/Program.cs", [
                "var builder = WebApplication.CreateBuilder(args);",
                "builder.WebHost.ConfigureKestrel(o => o.ListenLocalhost(5000));",
                "var app = builder.Build();",
                'app.MapGet("/", () => "ok");',
                "app.Run();",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'dotnet run: minimal API app.Run("http://localhost:5000")',
        script("dev-node-dotnet-run-localhost-ok-rt69", [
            ...file("/opt/ops/web/web.csproj", CSPROJ),
            ...file("/opt/ops/web/Program.cs", [
                "var app = WebApplication.CreateBuilder(args).Build();",
                'app.MapGet("/", () => "ok");',
                'app.Run("http://localhost:5000");',
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 70): secure refused. RFC 3986 section 3.2.2 (an IPv6 literal host is written in brackets: `http://[::1]:9000`) and RFC 4291 (::1 the loopback address): the text names a URL's host, no node path, yet the pack's credentials scan (userData.ts configured(), the `credentials` line search over every file user data writes that the node reads) takes `//[::1]:9000` as a path glob (`[` a glob character), strips it to `/` and finds every node credential under it: "user data has a node agent read the node's credentials". Harmless: no file is read. Fix: skip `//` after a URL scheme (`scheme://authority`, as rootReads.ts pathsIn does) before the path scan, or require the path to start a word, not follow `:`.
    dev(
        'dotnet run: minimal API app.Run("http://[::1]:5000")',
        script("dev-node-dotnet-run-v6-loopback-ok-rt69", [
            ...file("/opt/ops/web/web.csproj", CSPROJ),
            ...file("/opt/ops/web/Program.cs", [
                "var app = WebApplication.CreateBuilder(args).Build();",
                'app.MapGet("/", () => "ok");',
                'app.Run("http://[::1]:5000");',
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 70): secure refused. Java SE API InetAddress.getLoopbackAddress() ("Returns the loopback address") and ServerSocket(port, backlog, bindAddr) ("the local InetAddress the server will bind to"): loopback only, yet the pack (userData.ts sourcesListeners) reads a listen API with no loopback address LITERAL as every address (fail closed). Harmless: nothing beyond the node's loopback. Fix: read the loopback constants (Ipv4Addr::LOCALHOST/Ipv6Addr::LOCALHOST, IPAddress.Loopback/IPv6Loopback, ListenLocalhost, InetAddress.getLoopbackAddress()) as loopback addresses, together with the every-address constants (the insecure misses above), so a constant is judged by what it is.
    dev(
        "java Main.java: new ServerSocket(8080, 50, InetAddress.getLoopbackAddress())",
        script("dev-node-java-serversocket-loopback-ok-rt69", [
            ...file("/opt/ops/Main.java", [
                "import java.net.*;",
                "public class Main {",
                "    public static void main(String[] a) throws Exception {",
                "        ServerSocket s = new ServerSocket(8080, 50, InetAddress.getLoopbackAddress());",
                "        while (true) s.accept().close();",
                "    }",
                "}",
            ]),
            "cd /opt/ops && nohup java Main.java >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'go run: net.Listen("tcp", net.JoinHostPort("127.0.0.1", "8080"))',
        script("dev-node-go-joinhostport-ok-rt69", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                "import (",
                '\t"net"',
                '\t"net/http"',
                ")",
                "",
                "func main() {",
                '\tl, _ := net.Listen("tcp", net.JoinHostPort("127.0.0.1", "8080"))',
                '\thttp.Serve(l, http.FileServer(http.Dir("/opt/ops/static")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "nginx: conf.d/ops.conf `listen 127.0.0.1:8080; listen [::1]:8080;`",
        script("dev-node-nginx-loopback-ok-rt69", [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/ops.conf", [
                "server {",
                "    listen 127.0.0.1:8080;",
                "    listen [::1]:8080;",
                "    root /usr/share/nginx/html;",
                "}",
            ]),
            "systemctl enable --now nginx",
        ]),
    ),
    dev(
        "nginx: conf.d/ops.conf `listen localhost:8080;` (nginx binds each address localhost resolves to)",
        script("dev-node-nginx-localhost-ok-rt69", [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/ops.conf", [
                "server {",
                "    listen localhost:8080;",
                "    root /usr/share/nginx/html;",
                "}",
            ]),
            "systemctl enable --now nginx",
        ]),
    ),
    // Was a MISS (fixed in round 70): secure refused. RFC 3986 section 3.2.2 (an IPv6 literal host is written in brackets: `http://[::1]:9000`) and RFC 4291 (::1 the loopback address): the text names a URL's host, no node path, yet the pack's credentials scan (userData.ts configured(), the `credentials` line search over every file user data writes that the node reads) takes `//[::1]:9000` as a path glob (`[` a glob character), strips it to `/` and finds every node credential under it: "user data has a node agent read the node's credentials". Harmless: no file is read. Fix: skip `//` after a URL scheme (`scheme://authority`, as rootReads.ts pathsIn does) before the path scan, or require the path to start a word, not follow `:`.
    dev(
        "nginx: listen 127.0.0.1:8080; proxy_pass http://[::1]:9000; (an IPv6 loopback upstream URL)",
        script("dev-node-nginx-v6-upstream-ok-rt69", [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/ops.conf", [
                "server {",
                "    listen 127.0.0.1:8080;",
                "    location / { proxy_pass http://[::1]:9000; }",
                "}",
            ]),
            "systemctl enable --now nginx",
        ]),
    ),
    // Was a MISS (fixed in round 70): secure refused. RFC 3986 section 3.2.2 (an IPv6 literal host is written in brackets: `http://[::1]:9000`) and RFC 4291 (::1 the loopback address): the text names a URL's host, no node path, yet the pack's credentials scan (userData.ts configured(), the `credentials` line search over every file user data writes that the node reads) takes `//[::1]:9000` as a path glob (`[` a glob character), strips it to `/` and finds every node credential under it: "user data has a node agent read the node's credentials". Harmless: no file is read. Fix: skip `//` after a URL scheme (`scheme://authority`, as rootReads.ts pathsIn does) before the path scan, or require the path to start a word, not follow `:`.
    dev(
        'go run: loopback server (127.0.0.1:8080) whose client fetches "http://[::1]:9000/ready"',
        script("dev-node-go-v6-client-url-ok-rt69", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import "net/http"',
                "",
                "func main() {",
                '\thttp.Get("http://[::1]:9000/ready")',
                '\thttp.ListenAndServe("127.0.0.1:8080", http.FileServer(http.Dir("/opt/ops/static")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 70 neighbours: loopback constants given to the listen call are loopback whatever client literal sits
    // beside them; Kestrel IPAddress.Loopback and a localhost `urls` setting are loopback.
    dev(
        'cargo run: TcpListener::bind((Ipv6Addr::LOCALHOST, 8080)) beside a client TcpStream::connect("127.0.0.1:9000")',
        script("dev-node-rust-v6-localhost-const-ok-rt70", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::{Ipv6Addr, TcpListener, TcpStream};",
                "fn main() {",
                '    let _up = TcpStream::connect("127.0.0.1:9000");',
                "    let l = TcpListener::bind((Ipv6Addr::LOCALHOST, 8080)).unwrap();",
                "    for s in l.incoming() { drop(s); }",
                "}",
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "dotnet run: ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 5000))",
        script("dev-node-dotnet-listen-loopback-ok-rt70", [
            ...file("/opt/ops/web/web.csproj", CSPROJ),
            ...file("/opt/ops/web/Program.cs", [
                "using System.Net;",
                "var builder = WebApplication.CreateBuilder(args);",
                "builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 5000));",
                "var app = builder.Build();",
                'app.MapGet("/", () => "ok");',
                "app.Run();",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'dotnet run: builder.WebHost.UseSetting("urls", "http://localhost:5000;http://[::1]:5001")',
        script("dev-node-dotnet-usesetting-localhost-ok-rt70", [
            ...file("/opt/ops/web/web.csproj", CSPROJ),
            ...file("/opt/ops/web/Program.cs", [
                "var builder = WebApplication.CreateBuilder(args);",
                'builder.WebHost.UseSetting("urls", "http://localhost:5000;http://[::1]:5001");',
                "var app = builder.Build();",
                'app.MapGet("/", () => "ok");',
                "app.Run();",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'java Main.java: a client Socket("127.0.0.1", 9000) and new ServerSocket(8080, 50, InetAddress.getLoopbackAddress())',
        script("dev-node-java-client-and-loopback-server-ok-rt70", [
            ...file("/opt/ops/Main.java", [
                "import java.net.*;",
                "public class Main {",
                "    public static void main(String[] a) throws Exception {",
                '        try { new Socket("127.0.0.1", 9000).close(); } catch (Exception e) {}',
                "        ServerSocket s = new ServerSocket(8080, 50, InetAddress.getLoopbackAddress());",
                "        while (true) s.accept().close();",
                "    }",
                "}",
            ]),
            "cd /opt/ops && nohup java Main.java >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "nginx: listen 127.0.0.1:8080; proxy_pass http://[::1]:9000/; (an IPv6 loopback upstream with a URI)",
        script("dev-node-nginx-v6-upstream-path-ok-rt70", [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/ops.conf", [
                "server {",
                "    listen 127.0.0.1:8080;",
                "    location / { proxy_pass http://[::1]:9000/; }",
                "}",
            ]),
            "systemctl enable --now nginx",
        ]),
    ),
];

describeNodeCases("red team 69: node user data, nsec builds, listen addresses and server configs", insecure, secure);
