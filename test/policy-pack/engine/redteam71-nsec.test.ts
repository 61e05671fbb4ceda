// Red-team round 71 (fresh eyes) on EKS NODE security, area nsec: listeners user data starts as root, beside round
// 71's fixes (builtAddresses, goListenAddressUnknown/sourceListenAddressUnknown, flag defaults and cargo run argv,
// the Caddy admin API, perl -e/ruby -e), both directions.
// Probed: addresses handed to BUILT binaries (go build -o then the binary with `-addr :8081`, a unit ExecStart with
// -addr=0.0.0.0, cargo build then ./target/release/ops 0.0.0.0:8081, javac then java -cp . Main 0.0.0.0, java -jar
// --server.address, dotnet out/web.dll --urls=http://[::]:5000), two-dash Go flags (--addr=[::]:8081), env-var hosts
// (HOST=:: prefix for Python, unit Environment=HOST for Node, ASPNETCORE_HTTP_PORTS, CADDY_ADMIN drop-in),
// appsettings.json Kestrel endpoints, /etc/hosts rebinding `localhost` to 0.0.0.0, SCTP/TLS listeners (socat
// SCTP-LISTEN/openssl-listen, ncat --sctp), socat bind=0 with TCP4-L abbreviation, busybox httpd [::], systemd
// ListenStream=[::] Accept=yes shells, caddy file-server --listen, Caddy `admin :2019`, ruby -run -e httpd, perl -e
// IO::Socket::INET without LocalAddr, kubectl proxy --address=0.0.0.0 with the kubelet kubeconfig, ssh -g -D, redis
// --bind 0.0.0.0; and their loopback variants.
// Misses (2 insecure accepted, 5 secure refused):
// - insecure, HOSTS-REBOUND-LOOPBACK-NAME (userData.ts LOOPBACK_NAME/loopbackHost): `localhost` is loopback by name
//   even after user data rewrites /etc/hosts to map it to 0.0.0.0 (Node listen(8081, "localhost"), Python
//   http.server --bind localhost).
// - secure (fail closed): BUILT-BINARY-FLAG-DEFAULT (go build then the bare binary), FLAG-VALUE-UNREAD (go run . -addr
//   127.0.0.1:9090), BUILT-BINARY-ARGV (cargo build then ./target/release/ops 127.0.0.1:8081), ENV-DEFAULT-UNREAD
//   (os.environ.get("HOST", "127.0.0.1") with HOST set nowhere), ENV-VALUE-UNREAD (unit Environment=HOST=::1 for Node).
// Held: every other insecure case refused (26 of 28); loopback python --bind=, socat TCP6 bind=[::1], busybox httpd
// 127.0.0.1, ListenStream=127.0.0.1, caddy file-server --listen 127.0.0.1, ruby httpd --bind-address, ASPNETCORE_URLS
// localhost, kubectl proxy default address, an /etc/hosts name mapped to 127.0.0.1 (accepted).
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;
const script = devNodeScript;
const file = heredocFile;

const GO_MOD = ["module example.com/ops", "", "go 1.22"];
const CARGO_TOML = ["[package]", 'name = "ops"', 'version = "0.1.0"', 'edition = "2021"'];
const CSPROJ = ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>'];

/** A Go program /opt/ops/main.go (with go.mod) run by `run` (a line in /opt/ops). */
const goApp = (name: string, main: string[], run: string, pre: string[] = []) =>
    script(name, [
        ...pre,
        ...file("/opt/ops/go.mod", GO_MOD),
        ...file("/opt/ops/main.go", ["package main", "", ...main]),
        `cd /opt/ops && ${run}`,
    ]);
/** A Rust package /opt/ops (src/main.rs) run by `run`. */
const rustApp = (name: string, main: string[], run: string) =>
    script(name, [
        ...file("/opt/ops/Cargo.toml", CARGO_TOML),
        ...file("/opt/ops/src/main.rs", main),
        `cd /opt/ops && ${run}`,
    ]);
/** A Java single-file program /opt/ops/Main.java run by `run`. */
const javaApp = (name: string, main: string[], run: string) =>
    script(name, [...file("/opt/ops/Main.java", main), `cd /opt/ops && ${run}`]);
/** An ASP.NET Core project /opt/ops/web (Program.cs, extra files) run by `run`. */
const dotnetApp = (name: string, program: string[], run: string, extra: string[] = []) =>
    script(name, [
        ...file("/opt/ops/web/web.csproj", CSPROJ),
        ...file("/opt/ops/web/Program.cs", program),
        ...extra,
        `cd /opt/ops/web && ${run}`,
    ]);

/** A Go file server of / on the address given by flag -addr (default loopback). */
const GO_FLAG_SERVER = [
    'import (\n\t"flag"\n\t"net/http"\n)',
    "",
    "func main() {",
    '\taddr := flag.String("addr", "127.0.0.1:8080", "listen address")',
    "\tflag.Parse()",
    '\thttp.ListenAndServe(*addr, http.FileServer(http.Dir("/")))',
    "}",
];
/** A Rust TCP listener on args().nth(1), default loopback, answering with /etc/kubernetes/kubelet.conf. */
const RUST_ARGV_SERVER = [
    "use std::io::Write;",
    "use std::net::TcpListener;",
    "fn main() {",
    '    let addr = std::env::args().nth(1).unwrap_or("127.0.0.1:8080".to_string());',
    "    let l = TcpListener::bind(addr).unwrap();",
    "    for s in l.incoming() {",
    '        let body = std::fs::read("/var/lib/kubelet/kubeconfig").unwrap();',
    "        s.unwrap().write_all(&body).unwrap();",
    "    }",
    "}",
];
/** A Rust TCP listener on args().nth(1), default loopback, answering "ok". */
const RUST_ARGV_OK = RUST_ARGV_SERVER.map(l =>
    l.includes("kubeconfig") ? '        let body = b"ok\\n".to_vec();' : l,
);
/** A Python file server of / on (os.environ.get("HOST", "127.0.0.1"), 8081). */
const PY_ENV_SERVER = [
    "import functools, http.server, os",
    'h = functools.partial(http.server.SimpleHTTPRequestHandler, directory="/")',
    'http.server.ThreadingHTTPServer((os.environ.get("HOST", "127.0.0.1"), 8081), h).serve_forever()',
];
/** A Node.js file reader of / on process.env.HOST || "127.0.0.1". */
const NODE_ENV_SERVER = [
    'const http = require("http");',
    'const fs = require("fs");',
    'const host = process.env.HOST || "127.0.0.1";',
    "http.createServer((q, s) => fs.createReadStream(q.url).pipe(s)).listen(8081, host);",
];

const insecure: NodeCase[] = [
    // pkg.go.dev flag ("-flag=x" / "-flag x" on the command line sets it; Go's `go build -o` makes the binary that
    // then takes the arguments): the built binary is run with `-addr :8081` (space form, empty host: every address,
    // pkg.go.dev net.Listen), so the loopback default is not the address.
    dev(
        "go build -o /usr/local/bin/ops && ops -addr :8081: flag default loopback, file server of /",
        goApp(
            "dev-nsec1-rt71",
            GO_FLAG_SERVER,
            "go build -o /usr/local/bin/ops . && nohup /usr/local/bin/ops -addr :8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // pkg.go.dev flag: "--flag=x" is accepted as "-flag=x" ("One or two dashes may be used; they are equivalent").
    dev(
        "go run . --addr=[::]:8081: flag default loopback, two-dash flag to every IPv6/IPv4 address",
        goApp("dev-nsec2-rt71", GO_FLAG_SERVER, "nohup go run . --addr=[::]:8081 >/var/log/ops.log 2>&1 &"),
    ),
    // pkg.go.dev flag: a built binary run by a systemd unit's ExecStart with the flag (systemd.service ExecStart=).
    dev(
        "go build then a systemd unit ExecStart=/usr/local/bin/ops -addr=0.0.0.0:8081",
        goApp("dev-nsec3-rt71", GO_FLAG_SERVER, "go build -o /usr/local/bin/ops .", [
            ...systemdUnit("ops", ["ExecStart=/usr/local/bin/ops -addr=0.0.0.0:8081"]),
        ]),
    ),
    // Cargo book "cargo build" (target/release/<name>) and Rust std::env::args: the built binary is given the address.
    dev(
        "cargo build --release && ./target/release/ops 0.0.0.0:8081: args().nth(1) default loopback",
        rustApp(
            "dev-nsec4-rt71",
            RUST_ARGV_SERVER,
            "cargo build --release && nohup ./target/release/ops 0.0.0.0:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Cargo book "cargo run" ("All the arguments following the two dashes (--) are passed to the binary") and Rust
    // std::net ToSocketAddrs for (&str, u16)/"host:port" (resolves via getaddrinfo): "[::]:8081" is every address.
    dev(
        "cargo run --release -- [::]:8081: args().nth(1) default loopback",
        rustApp("dev-nsec5-rt71", RUST_ARGV_SERVER, "nohup cargo run --release -- [::]:8081 >/var/log/ops.log 2>&1 &"),
    ),
    // JEP 330 / `java Main ARGS` (javac then java -cp): the host is args[0]; "0.0.0.0" is every address.
    dev(
        "javac Main.java && java -cp . Main 0.0.0.0: ServerSocket on getByName(args[0]) default loopback",
        javaApp(
            "dev-nsec6-rt71",
            [
                "import java.net.*;",
                "public class Main {",
                "    public static void main(String[] a) throws Exception {",
                '        String host = a.length > 0 ? a[0] : "127.0.0.1";',
                "        ServerSocket s = new ServerSocket(8081, 50, InetAddress.getByName(host));",
                '        while (true) { Socket c = s.accept(); c.getOutputStream().write(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/var/lib/kubelet/kubeconfig"))); c.close(); }',
                "    }",
                "}",
            ],
            "javac Main.java && nohup java -cp . Main 0.0.0.0 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Spring Boot reference "Externalized Configuration" (command-line `--server.address`), "server.address: Network
    // address to which the server should bind": a jar the pack cannot read, told to bind every address.
    dev(
        "java -jar /opt/ops/app.jar --server.address=0.0.0.0 --server.port=8081",
        script("dev-nsec7-rt71", [
            "aws s3 cp s3://ops-artifacts/app.jar /opt/ops/app.jar",
            "nohup java -jar /opt/ops/app.jar --server.address=0.0.0.0 --server.port=8081 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // MS Learn "Configure endpoints for the ASP.NET Core Kestrel web server" (.NET 8+: ASPNETCORE_HTTP_PORTS "listen
    // on all interfaces": http://*:{port}); a systemd unit environment.
    dev(
        "dotnet web.dll via a unit with Environment=ASPNETCORE_HTTP_PORTS=5000 (every interface)",
        dotnetApp(
            "dev-nsec8-rt71",
            ["var app = WebApplication.CreateBuilder(args).Build();", 'app.MapGet("/", () => "ok");', "app.Run();"],
            "dotnet publish -o /opt/ops/out",
            systemdUnit("web", [
                "Environment=ASPNETCORE_HTTP_PORTS=5000",
                "WorkingDirectory=/opt/ops/out",
                "ExecStart=/usr/bin/dotnet /opt/ops/out/web.dll",
            ]),
        ),
    ),
    // MS Learn Kestrel endpoints: `--urls` on the command line of the built dll (dotnet web.dll ARGS: "urls" key).
    dev(
        "dotnet publish then dotnet out/web.dll --urls=http://[::]:5000",
        dotnetApp(
            "dev-nsec9-rt71",
            ["var app = WebApplication.CreateBuilder(args).Build();", 'app.MapGet("/", () => "ok");', "app.Run();"],
            "dotnet publish -o /opt/ops/out && nohup dotnet /opt/ops/out/web.dll --urls=http://[::]:5000 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // MS Learn Kestrel endpoints: appsettings.json "Kestrel:Endpoints:Http:Url" http://0.0.0.0:5000 (of the content
    // root, the working directory).
    dev(
        "dotnet run with appsettings.json Kestrel.Endpoints.Http.Url http://0.0.0.0:5000",
        dotnetApp(
            "dev-nsec10-rt71",
            ["var app = WebApplication.CreateBuilder(args).Build();", 'app.MapGet("/", () => "ok");', "app.Run();"],
            "nohup dotnet run >/var/log/ops.log 2>&1 &",
            file("/opt/ops/web/appsettings.json", [
                '{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://0.0.0.0:5000" } } } }',
            ]),
        ),
    ),
    // Python os.environ.get and the shell's NAME=value prefix (bash(1) ENVIRONMENT): HOST=:: (IPv6 every address,
    // dual-stack on Linux: ipv6(7) bindv6only=0).
    dev(
        "HOST=:: python3 srv.py: ThreadingHTTPServer((os.environ.get('HOST', '127.0.0.1'), 8081)) serving /",
        script("dev-nsec11-rt71", [
            ...file("/opt/ops/srv.py", PY_ENV_SERVER),
            "HOST=:: nohup python3 /opt/ops/srv.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // systemd.exec Environment=: the unit gives HOST=0.0.0.0 to the Node.js program (process.env).
    dev(
        "node server.js from a unit with Environment=HOST=0.0.0.0: listen(8081, process.env.HOST || '127.0.0.1')",
        script("dev-nsec12-rt71", [
            ...file("/opt/ops/server.js", NODE_ENV_SERVER),
            ...systemdUnit("ops", ["Environment=HOST=0.0.0.0", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // Round 74 neighbours (insecure): the unit's environment read into process.env (systemd.exec Environment=, every
    // line counts: a later assignment of the same name wins) for a variable no listener rule knows by its name, and a
    // variable the unit does not set (unset: the listen host undefined, every address, Node.js net server.listen).
    dev(
        "node server.js from a unit with Environment=OPS_IFACE=::1 then Environment=OPS_IFACE=10.0.0.5 (process.env.OPS_IFACE)",
        script("dev-nsec12a-rt74", [
            ...file(
                "/opt/ops/server.js",
                NODE_ENV_SERVER.map(l => l.replace("process.env.HOST", "process.env.OPS_IFACE")),
            ),
            ...systemdUnit("ops", [
                "Environment=OPS_IFACE=::1",
                "Environment=OPS_IFACE=10.0.0.5",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    dev(
        "node server.js from a unit with Environment=HOST=::1: listen(8081, process.env.BIND) (BIND unset: every address)",
        script("dev-nsec12b-rt74", [
            ...file(
                "/opt/ops/server.js",
                NODE_ENV_SERVER.map(l => l.replace('process.env.HOST || "127.0.0.1"', "process.env.BIND")),
            ),
            ...systemdUnit("ops", ["Environment=HOST=::1", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // dotenv's README ("loads environment variables from a .env file into process.env"): the unit's environment is
    // not all the program reads; the .env gives OPS_IFACE=10.0.0.5.
    dev(
        "node server.js (require('dotenv').config(), .env OPS_IFACE=10.0.0.5) from a unit with Environment=OPS_IFACE=::1",
        script("dev-nsec12e-rt74", [
            ...file("/opt/ops/.env", ["OPS_IFACE=10.0.0.5"]),
            ...file("/opt/ops/server.js", [
                'require("dotenv").config();',
                ...NODE_ENV_SERVER.map(l => l.replace("process.env.HOST", "process.env.OPS_IFACE")),
            ]),
            ...systemdUnit("ops", [
                "Environment=OPS_IFACE=::1",
                "WorkingDirectory=/opt/ops",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // Round 74 neighbours (insecure) of BUILT-BINARY-ARGV: the binary is what the build compiled (go help build), so a
    // source rewritten to loopback after `go build` does not change it: built with a 0.0.0.0 default, run bare.
    dev(
        "go build (default 0.0.0.0:8080) then main.go rewritten to a loopback default, the binary run with no flags",
        script("dev-nsec12c-rt74", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                ...GO_FLAG_SERVER.map(l => l.replace("127.0.0.1:8080", "0.0.0.0:8080")),
            ]),
            "cd /opt/ops && go build -o /usr/local/bin/ops .",
            ...file("/opt/ops/main.go", ["package main", "", ...GO_FLAG_SERVER]),
            "nohup /usr/local/bin/ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // hosts(5) ("one line per IP address", the first match wins for getaddrinfo's files source, nsswitch.conf
    // `hosts: files dns`) and Node.js net server.listen(port, host) (a host name is resolved with dns.lookup):
    // localhost now names 0.0.0.0, every address.
    // Was a MISS (fixed in round 72): insecure accepted, class HOSTS-REBOUND-LOOPBACK-NAME. Node.js dns.md ("dns.lookup() uses the operating
    // system facilities ... (e.g. /etc/hosts)"; net server.listen resolves a host name with dns.lookup), Python
    // socket.bind via getaddrinfo, hosts(5) (first line naming the host wins with nsswitch `hosts: files dns`): user
    // data rewrites /etc/hosts so localhost is 0.0.0.0, and a listener "on localhost" binds every address; every pod
    // reads / (the kubelet's kubeconfig, every pod's token). The pack reads localhost as loopback by name
    // (userData.ts LOOPBACK_NAME / loopbackHost) whatever /etc/hosts the script wrote. Fix: when user data writes,
    // appends to, seds or links /etc/hosts (or nsswitch.conf / a resolver it cannot read), a listener host that is a
    // NAME is judged by the addresses that file gives it (0.0.0.0/::/a node address: every address; unknown: every
    // address); only numeric loopback stays loopback.
    dev(
        "sed -i '1i 0.0.0.0 localhost' /etc/hosts, then node listen(8081, 'localhost') serving /",
        script("dev-nsec13-rt71", [
            "sed -i '1i 0.0.0.0 localhost' /etc/hosts",
            ...file("/opt/ops/server.js", [
                'const http = require("http");',
                'const fs = require("fs");',
                'http.createServer((q, s) => fs.createReadStream(q.url).pipe(s)).listen(8081, "localhost");',
            ]),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // hosts(5) as above; Python socketserver binds getaddrinfo("localhost") (socket.bind: "the host ... resolved").
    // Was a MISS (fixed in round 72): insecure accepted, class HOSTS-REBOUND-LOOPBACK-NAME (Python form of the case above; same docs and fix).
    dev(
        "echo '0.0.0.0 localhost' > /etc/hosts, then python3 -m http.server --bind localhost 8081 in /",
        script("dev-nsec14-rt71", [
            "echo '0.0.0.0 localhost' > /etc/hosts",
            "cd / && nohup python3 -m http.server --bind localhost 8081 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 72 neighbour (insecure): hosts(5) "127.0.0.1 ops-local" then nsswitch.conf(5) rewritten to ask dns only:
    // the name is what DNS says, not the hosts line; `localhost` likewise unknown (fail closed).
    dev(
        "echo 'hosts: dns' > /etc/nsswitch.conf, then node listen(8081, 'localhost') serving /",
        script("dev-nsec13b-rt72", [
            "echo 'hosts: dns' > /etc/nsswitch.conf",
            ...file("/opt/ops/server.js", [
                'const http = require("http");',
                'const fs = require("fs");',
                'http.createServer((q, s) => fs.createReadStream(q.url).pipe(s)).listen(8081, "localhost");',
            ]),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 72 neighbour (insecure): hosts(5) a name appended as 0.0.0.0 is every address.
    dev(
        "echo '0.0.0.0 ops-local' >> /etc/hosts, then python3 -m http.server --bind ops-local 8081 in /",
        script("dev-nsec14b-rt72", [
            "echo '0.0.0.0 ops-local' >> /etc/hosts",
            "cd / && nohup python3 -m http.server --bind ops-local 8081 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Python os.environ.get default: HOST unset in the script, 127.0.0.1 (loopback only).
    // Was a MISS (secure refused), class ENV-DEFAULT-UNREAD; moved to the refused side in round 72. Python os.environ.get(key, default) ("return
    // the value ... if it exists, or default"): nothing in user data sets HOST, so the server binds 127.0.0.1 only;
    // harmless. pythonSocketServerListeners (userData.ts) reads the non-literal host as every address. Fix (low
    // priority, cloud-init's environment is the pack's to assume): an os.environ.get/getenv default that is
    // loopback, with the variable set nowhere the script or its unit can set it (no NAME= prefix, Environment=,
    // EnvironmentFile=, export, /etc/environment), is the address.
    // DECIDED (round 72): stays refused. A root process user data starts inherits cloud-final.service's environment (systemd.exec "Environment variables in spawned processes": the manager's DefaultEnvironment=, systemd.setenv= on the kernel command line, set-environment, PAM), which the pack cannot see whole; HOST unset is not known, so the address is not.
    dev(
        "python3 srv.py (HOST unset: os.environ.get default 127.0.0.1)",
        script("dev-nsec-ok4-rt71", [
            ...file("/opt/ops/srv.py", PY_ENV_SERVER),
            "nohup python3 /opt/ops/srv.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 72 neighbour (insecure): JEP 330 source-file mode, the argument after Main.java is main's a[0]: 0.0.0.0.
    dev(
        "java Main.java 0.0.0.0: ServerSocket on getByName(a.length > 0 ? a[0] : '127.0.0.1') serving the kubeconfig",
        javaApp(
            "dev-nsec29-rt72",
            [
                "import java.net.*;",
                "public class Main {",
                "    public static void main(String[] a) throws Exception {",
                '        String host = a.length > 0 ? a[0] : "127.0.0.1";',
                "        ServerSocket s = new ServerSocket(8081, 50, InetAddress.getByName(host));",
                '        while (true) { Socket c = s.accept(); c.getOutputStream().write(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/var/lib/kubelet/kubeconfig"))); c.close(); }',
                "    }",
                "}",
            ],
            "nohup java Main.java 0.0.0.0 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Round 72 neighbour (insecure): pkg.go.dev flag, the last -addr wins; a loopback one before it does not help.
    dev(
        "go run . -addr 127.0.0.1:9090 -addr :8081 (last flag wins: every address)",
        goApp(
            "dev-nsec30-rt72",
            GO_FLAG_SERVER,
            "nohup go run . -addr 127.0.0.1:9090 -addr :8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Round 72 neighbour (insecure): the built Rust binary given `localhost:8081` after /etc/hosts maps localhost to
    // 0.0.0.0 (hosts(5)): every address.
    dev(
        "echo '0.0.0.0 localhost' > /etc/hosts; cargo build && ./target/release/ops localhost:8081",
        rustApp(
            "dev-nsec31-rt72",
            RUST_ARGV_SERVER,
            "echo '0.0.0.0 localhost' > /etc/hosts && cargo build --release && nohup ./target/release/ops localhost:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Round 72 neighbour (insecure): Go os.Args[1] given 0.0.0.0:8081 by the built binary's command line.
    dev(
        "go build -o /usr/local/bin/ops && ops 0.0.0.0:8081: ListenAndServe(os.Args[1]) of /",
        goApp(
            "dev-nsec32-rt72",
            [
                'import (\n\t"net/http"\n\t"os"\n)',
                "",
                "func main() {",
                '\taddr := "127.0.0.1:8080"',
                "\tif len(os.Args) > 1 {",
                "\t\taddr = os.Args[1]",
                "\t}",
                '\thttp.ListenAndServe(addr, http.FileServer(http.Dir("/")))',
                "}",
            ],
            "go build -o /usr/local/bin/ops . && nohup /usr/local/bin/ops 0.0.0.0:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // socat(1) "SCTP-LISTEN:<port>": "Listens on <port> [SCTP service] and accepts an SCTP connection"; EXEC gives
    // each connection a root shell (every address without bind=).
    dev(
        "socat SCTP-LISTEN:8081,fork EXEC:/bin/sh (root shell over SCTP)",
        script("dev-nsec15-rt71", ["nohup socat SCTP-LISTEN:8081,fork EXEC:/bin/sh >/dev/null 2>&1 &"]),
    ),
    // socat(1) "OPENSSL-LISTEN:<port>" with verify=0 (no client certificate checked): a root shell over TLS.
    dev(
        "socat openssl-listen:8443,cert=/etc/ops/cert.pem,verify=0,fork EXEC:/bin/bash",
        script("dev-nsec16-rt71", [
            "mkdir -p /etc/ops",
            "openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=ops -keyout /etc/ops/cert.pem -out /etc/ops/cert.pem",
            "nohup socat openssl-listen:8443,cert=/etc/ops/cert.pem,verify=0,fork EXEC:/bin/bash >/dev/null 2>&1 &",
        ]),
    ),
    // socat(1) "bind=<sockname>" (resolved like the address: "0" is inet_aton's 0.0.0.0) and TCP4-L abbreviation.
    dev(
        "socat TCP4-L:8081,bind=0,reuseaddr,fork EXEC:/bin/sh",
        script("dev-nsec17-rt71", ["nohup socat TCP4-L:8081,bind=0,reuseaddr,fork EXEC:/bin/sh >/dev/null 2>&1 &"]),
    ),
    // ncat(1) "--sctp" ("Use SCTP"), -l listen mode, --exec: a root shell on every address over SCTP.
    dev(
        "ncat --sctp -lk 8081 --exec /bin/sh",
        script("dev-nsec18-rt71", ["nohup ncat --sctp -lk 8081 --exec /bin/sh >/dev/null 2>&1 &"]),
    ),
    // BusyBox httpd "-p [IP:]PORT  Bind to IP:PORT (default *:80)", "-h HOME  Home directory (default .)".
    dev(
        "busybox httpd -f -p [::]:8081 -h /",
        script("dev-nsec19-rt71", ["nohup busybox httpd -f -p [::]:8081 -h / >/dev/null 2>&1 &"]),
    ),
    // systemd.socket ListenStream= ("If the address string is a single number, it is read as a port number to
    // which an IPv6 socket is bound... on both IPv4 and IPv6"), Accept=yes: one service instance per connection with
    // StandardInput=socket (systemd.exec): a root shell.
    dev(
        "ops.socket ListenStream=[::]:2323 Accept=yes; ops@.service ExecStart=/bin/sh -i StandardInput=socket",
        script("dev-nsec20-rt71", [
            "cat > /etc/systemd/system/ops.socket <<'EOF'",
            "[Socket]",
            "ListenStream=[::]:2323",
            "Accept=yes",
            "[Install]",
            "WantedBy=sockets.target",
            "EOF",
            "cat > /etc/systemd/system/ops@.service <<'EOF'",
            "[Service]",
            "ExecStart=/bin/sh -i",
            "StandardInput=socket",
            "StandardError=socket",
            "EOF",
            "systemctl daemon-reload",
            "systemctl enable --now ops.socket",
        ]),
    ),
    // Caddy docs "Command line" (`caddy file-server --listen <addr> --root <path> --browse`): every address.
    dev(
        "caddy file-server --listen [::]:8081 --root / --browse",
        script("dev-nsec21-rt71", [
            "dnf install -y caddy",
            "nohup caddy file-server --listen [::]:8081 --root / --browse >/dev/null 2>&1 &",
        ]),
    ),
    // Caddy docs "Global options": `admin [<addr>]`; an empty host (":2019") is every interface.
    dev(
        "Caddyfile global { admin :2019 } (admin API on every interface)",
        script("dev-nsec22-rt71", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                "{",
                "    admin :2019",
                "}",
                ":8080 {",
                "    bind 127.0.0.1",
                '    respond "ok"',
                "}",
            ]),
            "systemctl enable --now caddy",
        ]),
    ),
    // Caddy docs "Environment variables"? (CADDY_ADMIN: "the default admin endpoint"): a drop-in sets it.
    dev(
        "caddy unit drop-in Environment=CADDY_ADMIN=0.0.0.0:2019",
        script("dev-nsec23-rt71", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [":8080 {", "    bind 127.0.0.1", '    respond "ok"', "}"]),
            ...file("/etc/systemd/system/caddy.service.d/admin.conf", [
                "[Service]",
                "Environment=CADDY_ADMIN=0.0.0.0:2019",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now caddy",
        ]),
    ),
    // Ruby un.rb ("ruby -run -e httpd -- [OPTION] [DocumentRoot]", --bind-address default: all, --port 8080):
    // WEBrick serving /.
    dev(
        "ruby -run -e httpd / -p 8081 (un.rb: every address)",
        script("dev-nsec24-rt71", ["nohup ruby -run -e httpd / -p 8081 >/dev/null 2>&1 &"]),
    ),
    // Perl IO::Socket::IP/INET ("LocalAddr ... Local host bind address"; none: INADDR_ANY) in perl -e: a root shell.
    dev(
        "perl -MIO::Socket::INET -e: Listen on LocalPort 8081 (no LocalAddr) running each line with system()",
        script("dev-nsec25-rt71", [
            `nohup perl -MIO::Socket::INET -e '$s=IO::Socket::INET->new(LocalPort=>8081,Listen=>5,ReuseAddr=>1);while($c=$s->accept){while(<$c>){print $c qx($_)}}' >/dev/null 2>&1 &`,
        ]),
    ),
    // kubectl proxy reference: "--address='127.0.0.1': The IP address on which to serve on", "--accept-hosts" a
    // regexp of hosts to accept; with the node's kubelet kubeconfig, every pod gets the node's Kubernetes identity.
    dev(
        "kubectl --kubeconfig /var/lib/kubelet/kubeconfig proxy --address=0.0.0.0 --accept-hosts='.*' --port=8001",
        script("dev-nsec26-rt71", [
            "nohup kubectl --kubeconfig /var/lib/kubelet/kubeconfig proxy --address=0.0.0.0 --accept-hosts='.*' --port=8001 >/dev/null 2>&1 &",
        ]),
    ),
    // ssh(1) "-D [bind_address:]port" dynamic (SOCKS) forwarding; "-g Allows remote hosts to connect to local
    // forwarded ports": a SOCKS proxy on the node reaching instance metadata from the node itself.
    dev(
        "ssh -f -N -g -D 1080 localhost (SOCKS on every address, node's own IMDS access)",
        script("dev-nsec27-rt71", [
            "ssh-keygen -t ed25519 -N '' -f /root/.ssh/ops",
            "cat /root/.ssh/ops.pub >> /root/.ssh/authorized_keys",
            "ssh -i /root/.ssh/ops -o StrictHostKeyChecking=no -f -N -g -D 1080 root@localhost",
        ]),
    ),
    // Redis "protected-mode" / "bind" (redis.conf: "bind 127.0.0.1 -::1" default; `--bind 0.0.0.0 --protected-mode
    // no`: any client, CONFIG SET dir/dbfilename writes files as root).
    dev(
        "redis-server --bind 0.0.0.0 --protected-mode no --daemonize yes (as root)",
        script("dev-nsec28-rt71", [
            "dnf install -y redis6",
            "redis6-server --bind 0.0.0.0 --protected-mode no --daemonize yes",
        ]),
    ),
];

const secure: NodeCase[] = [
    // pkg.go.dev flag: a built binary run with no flags takes the default, 127.0.0.1:8080 (loopback only).
    // Was a MISS (fixed in round 74): secure refused (fail closed), class BUILT-BINARY-FLAG-DEFAULT. pkg.go.dev flag (a flag's value is its
    // default unless "-flag=x"/"-flag x" is on the command line): the built binary run with no arguments listens on
    // 127.0.0.1:8080 only; harmless. goListenAddressUnknown(code, noArguments) gets noArguments only for `go run`
    // with none, not for a binary `go build -o` made and the script then runs bare (userData.ts, the Go source runner).
    // Fix: give a `go build -o PATH` output run with no arguments (script line, ExecStart=) the same noArguments.
    // Still open (round 72): builtPrograms judges a built binary when it is built (its sources then), so the run's arguments cannot reach listenAddressUnknown; making view.built a function of the run's argv (BuiltProgram, tried) read the sources in the script's later state (javac/swiftc/cargo install outputs under them: red team 67 regressions). It would take snapshotting the sources at build time and judging them with the run's argv later.
    dev(
        "go build -o /usr/local/bin/ops && /usr/local/bin/ops (no flags: default 127.0.0.1:8080)",
        goApp(
            "dev-nsec-ok1-rt71",
            GO_FLAG_SERVER,
            "go build -o /usr/local/bin/ops . && nohup /usr/local/bin/ops >/var/log/ops.log 2>&1 &",
        ),
    ),
    // pkg.go.dev flag: `-addr 127.0.0.1:9090` (space form) sets a loopback address.
    // Was a MISS (fixed in round 72): secure refused (fail closed), class FLAG-VALUE-UNREAD. pkg.go.dev flag ("-flag x" sets it): every value
    // the command line gives -addr is loopback (127.0.0.1:9090) and the default is loopback; harmless. The pack reads
    // the flag as unknown whenever arguments exist (goListenAddressUnknown noArguments=false); commandLineAddresses
    // only looks for non-loopback addresses. Fix: when every address-shaped argument on the runner's command line
    // (commandLineAddresses' grammar, host:port included) is loopback and the flag default is loopback, the flag-held
    // address is loopback.
    dev(
        "go run . -addr 127.0.0.1:9090 (flag given a loopback address)",
        goApp("dev-nsec-ok2-rt71", GO_FLAG_SERVER, "nohup go run . -addr 127.0.0.1:9090 >/var/log/ops.log 2>&1 &"),
    ),
    // Cargo book / std::env::args: the built binary given a loopback address.
    // Was a MISS (fixed in round 74): secure refused (fail closed), class BUILT-BINARY-ARGV. Cargo book "cargo build" (the binary in
    // target/release) and Rust std::env::args: the binary is given 127.0.0.1:8081 and its default is loopback;
    // harmless. The pack reads `cargo build` then ./target/release/ops as `cargo run --release --bin ops` without the
    // arguments the binary is run with, so args().nth(1) is unknown (sourceListenAddressUnknown, noArguments false):
    // every address. Fix: carry the built binary's own argv (as `cargo run -- ARGS` is) into the Rust reader.
    // Still open (round 72): same as dev-nsec-ok1-rt71 (built binaries' argv; BuiltProgram is in place, judged at build time with unknown arguments).
    dev(
        "cargo build --release && ./target/release/ops 127.0.0.1:8081",
        rustApp(
            "dev-nsec-ok3-rt71",
            RUST_ARGV_OK,
            "cargo build --release && nohup ./target/release/ops 127.0.0.1:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // systemd.exec Environment=HOST=::1 (IPv6 loopback) for the Node.js program.
    // Was a MISS (fixed in round 74): secure refused (fail closed), class ENV-VALUE-UNREAD. systemd.exec Environment= gives HOST=::1 and the
    // program's fallback is 127.0.0.1: both loopback, harmless. The Node.js reader (userData.ts) reads
    // listen(port, host) with a variable host as every address without looking at the unit's Environment= (which
    // it does read for ASPNETCORE_URLS and the .NET/Caddy variables). Fix: resolve process.env.X (and Python's
    // os.environ[X]) from the unit's/line's environment as the .NET reader does; every value loopback: loopback.
    // Still open (round 72): the Node reader would need the unit's Environment=/EnvironmentFile= (and the manager's) handed in as the .NET reader gets them, with process.env.X read as each value plus the fallback; not done within round 72's time.
    dev(
        "node server.js from a unit with Environment=HOST=::1",
        script("dev-nsec-ok5-rt71", [
            ...file("/opt/ops/server.js", NODE_ENV_SERVER),
            ...systemdUnit("ops", ["Environment=HOST=::1", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // Python http.server: argparse accepts `--bind=ADDR` (Python docs argparse: "--foo=FOO" form) and an IPv4-mapped
    // loopback (RFC 4291 2.5.5.2; ipv6(7)): loopback only.
    dev(
        "python3 -m http.server --bind=127.0.0.1 8081 --directory /opt/ops/static",
        script("dev-nsec-ok6-rt71", [
            "mkdir -p /opt/ops/static",
            "nohup python3 -m http.server --bind=127.0.0.1 8081 --directory /opt/ops/static >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // socat(1) "bind=<sockname>" [::1] on a TCP6 listener and range= (peers only 127.0.0.0/8): loopback only.
    dev(
        "socat TCP6-LISTEN:8081,bind=[::1],fork TCP4:127.0.0.1:9000",
        script("dev-nsec-ok7-rt71", [
            "nohup socat TCP6-LISTEN:8081,bind=[::1],fork TCP4:127.0.0.1:9000 >/dev/null 2>&1 &",
        ]),
    ),
    // BusyBox httpd "-p [IP:]PORT": 127.0.0.1 serving a static directory.
    dev(
        "busybox httpd -f -p 127.0.0.1:8081 -h /opt/ops/static",
        script("dev-nsec-ok8-rt71", [
            "mkdir -p /opt/ops/static",
            "nohup busybox httpd -f -p 127.0.0.1:8081 -h /opt/ops/static >/dev/null 2>&1 &",
        ]),
    ),
    // systemd.socket ListenStream=127.0.0.1:2323 with Accept=yes: only the node's own processes connect.
    dev(
        "ops.socket ListenStream=127.0.0.1:2323 Accept=yes; ops@.service a status script",
        script("dev-nsec-ok9-rt71", [
            "cat > /etc/systemd/system/ops.socket <<'EOF'",
            "[Socket]",
            "ListenStream=127.0.0.1:2323",
            "Accept=yes",
            "[Install]",
            "WantedBy=sockets.target",
            "EOF",
            "cat > /etc/systemd/system/ops@.service <<'EOF'",
            "[Service]",
            "ExecStart=/usr/bin/uptime",
            "StandardOutput=socket",
            "EOF",
            "systemctl daemon-reload",
            "systemctl enable --now ops.socket",
        ]),
    ),
    // Caddy docs "Command line" caddy file-server --listen 127.0.0.1:8081 of a static directory.
    dev(
        "caddy file-server --listen 127.0.0.1:8081 --root /opt/ops/static",
        script("dev-nsec-ok10-rt71", [
            "dnf install -y caddy",
            "mkdir -p /opt/ops/static",
            "nohup caddy file-server --listen 127.0.0.1:8081 --root /opt/ops/static >/dev/null 2>&1 &",
        ]),
    ),
    // Ruby un.rb httpd --bind-address=127.0.0.1 of a static directory.
    dev(
        "ruby -run -e httpd -- --bind-address=127.0.0.1 --port=8081 /opt/ops/static",
        script("dev-nsec-ok11-rt71", [
            "mkdir -p /opt/ops/static",
            "nohup ruby -run -e httpd -- --bind-address=127.0.0.1 --port=8081 /opt/ops/static >/dev/null 2>&1 &",
        ]),
    ),
    // MS Learn Kestrel: ASPNETCORE_URLS=http://localhost:5000 in the unit (localhost: "binds to loopback").
    dev(
        "dotnet web.dll via a unit with Environment=ASPNETCORE_URLS=http://localhost:5000",
        dotnetApp(
            "dev-nsec-ok12-rt71",
            ["var app = WebApplication.CreateBuilder(args).Build();", 'app.MapGet("/", () => "ok");', "app.Run();"],
            "dotnet publish -o /opt/ops/out",
            systemdUnit("web", [
                "Environment=ASPNETCORE_URLS=http://localhost:5000",
                "WorkingDirectory=/opt/ops/out",
                "ExecStart=/usr/bin/dotnet /opt/ops/out/web.dll",
            ]),
        ),
    ),
    // kubectl proxy reference: default --address 127.0.0.1 (loopback only), the node's kubeconfig.
    dev(
        "kubectl --kubeconfig /var/lib/kubelet/kubeconfig proxy --port=8001 (default address 127.0.0.1)",
        script("dev-nsec-ok13-rt71", [
            "nohup kubectl --kubeconfig /var/lib/kubelet/kubeconfig proxy --port=8001 >/dev/null 2>&1 &",
        ]),
    ),
    // hosts(5) and Node.js dns.md (listen's host resolved by dns.lookup, /etc/hosts): a name user data maps to
    // 127.0.0.1 binds loopback only.
    dev(
        "echo '127.0.0.1 ops-local' >> /etc/hosts, then node listen(8081, 'ops-local') answering ok",
        script("dev-nsec-ok14-rt71", [
            "echo '127.0.0.1 ops-local' >> /etc/hosts",
            ...file("/opt/ops/server.js", [
                'const http = require("http");',
                'http.createServer((q, s) => s.end("ok")).listen(8081, "ops-local");',
            ]),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 72 neighbour (secure): hosts(5) appending a line for another name leaves `localhost` on the AMI's
    // loopback lines (127.0.0.1, ::1): loopback only.
    dev(
        "echo '10.0.0.5 db' >> /etc/hosts, then node listen(8081, 'localhost') answering ok",
        script("dev-nsec-ok15-rt72", [
            "echo '10.0.0.5 db' >> /etc/hosts",
            ...file("/opt/ops/server.js", [
                'const http = require("http");',
                'http.createServer((q, s) => s.end("ok")).listen(8081, "localhost");',
            ]),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 72 neighbour (secure): hosts(5) written whole with localhost on 127.0.0.1: loopback only.
    dev(
        "echo '127.0.0.1 localhost' > /etc/hosts, then python3 -m http.server --bind localhost 8081 (static dir)",
        script("dev-nsec-ok16-rt72", [
            "mkdir -p /opt/ops/static",
            "echo '127.0.0.1 localhost' > /etc/hosts",
            "nohup python3 -m http.server --bind localhost 8081 --directory /opt/ops/static >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 74): Round 72 neighbour (secure), still open with dev-nsec-ok1-rt71 (built binaries' argv): a systemd unit runs the built Go binary with a loopback -addr (systemd.service
    // ExecStart=, pkg.go.dev flag): loopback only.
    dev(
        "go build then a unit ExecStart=/usr/local/bin/ops -addr=127.0.0.1:8081",
        goApp("dev-nsec-ok17-rt72", GO_FLAG_SERVER, "go build -o /usr/local/bin/ops .", [
            ...systemdUnit("ops", ["ExecStart=/usr/local/bin/ops -addr=127.0.0.1:8081"]),
        ]),
    ),
    // Round 72 neighbour (secure): Cargo book "cargo run" (arguments after -- go to the binary): [::1]:8081.
    dev(
        "cargo run --release -- [::1]:8081: args().nth(1) loopback",
        rustApp("dev-nsec-ok18-rt72", RUST_ARGV_OK, "nohup cargo run --release -- [::1]:8081 >/var/log/ops.log 2>&1 &"),
    ),
    // Round 74 neighbours (secure): the binary is what `go build` compiled (a loopback default) although main.go is
    // rewritten to 0.0.0.0 after the build and never rebuilt; the unit's EnvironmentFile= user data wrote (systemd.exec)
    // gives process.env.OPS_IFACE ::1; the built Rust binary given [::1]:8081 by a unit's ExecStart=.
    dev(
        "go build (default 127.0.0.1:8080) then main.go rewritten to 0.0.0.0, the built binary run with no flags",
        script("dev-nsec-ok19-rt74", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", ["package main", "", ...GO_FLAG_SERVER]),
            "cd /opt/ops && go build -o /usr/local/bin/ops .",
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                ...GO_FLAG_SERVER.map(l => l.replace("127.0.0.1:8080", "0.0.0.0:8080")),
            ]),
            "nohup /usr/local/bin/ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "node server.js from a unit with EnvironmentFile=/etc/ops.env (OPS_IFACE=::1): process.env.OPS_IFACE || '127.0.0.1'",
        script("dev-nsec-ok20-rt74", [
            ...file(
                "/opt/ops/server.js",
                NODE_ENV_SERVER.map(l => l.replace("process.env.HOST", "process.env.OPS_IFACE")),
            ),
            ...file("/etc/ops.env", ["OPS_IFACE=::1"]),
            ...systemdUnit("ops", ["EnvironmentFile=/etc/ops.env", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    dev(
        "cargo build --release then a unit ExecStart=/opt/ops/target/release/ops [::1]:8081",
        script("dev-nsec-ok21-rt74", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", RUST_ARGV_OK),
            "cd /opt/ops && cargo build --release",
            ...systemdUnit("ops", ["ExecStart=/opt/ops/target/release/ops [::1]:8081"]),
        ]),
    ),
];

describeNodeCases(
    "red team 71: node security, listen addresses from built binaries, environments, hosts, tools and socket units",
    insecure,
    secure,
);
