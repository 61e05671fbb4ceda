// Red-team round 72 (fresh eyes) on EKS NODE security, area nsec: listeners user data starts as root, hardest on
// round 72's fixes (host names read through what the script did to the resolver; a runner's own arguments are the
// program's), both directions.
// Probed: /etc/hosts rebinding localhost written by cp, tee, install, ln -sf, sed s///, `> /etc//hosts`, `cd /etc && >
// hosts`, mount --bind, unshare -m + mount, python open(), cloud-config write_files, cloud-init's manage_etc_hosts
// template, a systemd unit's own BindPaths=/BindReadOnlyPaths=, a JVM's jdk.net.hosts.file; hosts changed AFTER the
// server starts (backgrounded line, unit enabled for boot, cron.d rewriting it); uppercase names and trailing dots,
// localhost6, localhost.localdomain, ::1 names; runner arguments (go run --addr "$ADDR", -addr=$(curl IMDS), go run
// -mod=mod main.go, go run . -- -addr, dotnet run -- --urls / --urls=, cargo run --bin X -- ADDR and "$BIND", java -cp
// . Main "$HOST" / $(hostname -i)); servers nobody tried (Erlang inets httpd, Elixir :gen_tcp, Deno.serve, deno serve,
// Bun.serve, php -S, node --inspect and NODE_OPTIONS=--inspect, python -m pydoc -n, jupyter, code-server, socat
// bind=localhost / UDP-RECVFROM / TCP6-LISTEN ipv6only=0); and their loopback variants.
// Round 73: fixed 7 insecure + 1 secure (GO-FLAG-TERMINATOR); Erlang/Elixir loopback (ok6, ok18) now refused by the
// unread-interpreter rule (Still open); Deno/Bun hostname and Spring stay open.
// Misses (7 insecure accepted, 4 secure refused):
// - insecure, HOSTS-CHANGED-AFTER-START (rootWrites.ts resolving judges a line with the resolver "so far"): a
//   backgrounded node/python listener on `localhost`, then the next line rewrites /etc/hosts (2 cases).
// - insecure, UNIT-MOUNT-NAMESPACE-HOSTS: a unit's BindReadOnlyPaths=/BindPaths=SRC:/etc/hosts (2 cases).
// - insecure, CLOUD-INIT-HOSTS-TEMPLATE: manage_etc_hosts: true renders a written hosts.redhat.tmpl into /etc/hosts.
// - insecure, BEAM-PROGRAM-UNREAD: Erlang (erl -eval inets httpd of /) and Elixir (:gen_tcp root shell) are read by
//   nothing and accepted (2 cases).
// - secure (fail closed): DENO-BUN-UNREAD (Deno.serve / Bun.serve with hostname 127.0.0.1), GO-FLAG-TERMINATOR (go
//   run . -- -addr=:8081 keeps the loopback default), JAVA-PLAIN-CLASS-AS-SPRING (+ round 71's BUILT-BINARY-ARGV:
//   java -cp . Main 127.0.0.1).
// Held: every other insecure case refused (36 of 43: every direct /etc/hosts writer tried, mount/unshare, units and
// cron judged with the final hosts, write_files, uppercase/trailing-dot names, every runner-argument form, php, node
// inspector, pydoc, jupyter, code-server, socat forms, Deno/Bun defaults); loopback php/inspector/pydoc/code-server/
// jupyter/dotnet/cargo/go/::1 names/LOCALHOST.LOCALDOMAIN/localhost6/a later unrelated hosts line accepted (14 of 18).
import {
    al2023Nodes,
    describeNodeCases,
    devNodeCase,
    NodeCase,
    devNodeScript,
    heredocFile,
    systemdUnit,
    withCloudConfig,
} from "./nodeBuilders";

const dev = devNodeCase;
const script = devNodeScript;
const file = heredocFile;

const GO_MOD = ["module example.com/ops", "", "go 1.22"];
const CARGO_TOML = ["[package]", 'name = "ops"', 'version = "0.1.0"', 'edition = "2021"'];
const CSPROJ = ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>'];

/** A Go program /opt/ops/main.go (with go.mod) run by `run` (a line in /opt/ops), `pre` lines first. */
const goApp = (name: string, main: string[], run: string, pre: string[] = []) =>
    script(name, [
        ...pre,
        ...file("/opt/ops/go.mod", GO_MOD),
        ...file("/opt/ops/main.go", ["package main", "", ...main]),
        `cd /opt/ops && ${run}`,
    ]);
/** A Rust package /opt/ops (src/main.rs, a [[bin]] ops) run by `run`, `pre` lines first. */
const rustApp = (name: string, main: string[], run: string, pre: string[] = []) =>
    script(name, [
        ...pre,
        ...file("/opt/ops/Cargo.toml", CARGO_TOML),
        ...file("/opt/ops/src/main.rs", main),
        `cd /opt/ops && ${run}`,
    ]);
/** A Java single-file program /opt/ops/Main.java run by `run`, `pre` lines first. */
const javaApp = (name: string, main: string[], run: string, pre: string[] = []) =>
    script(name, [...pre, ...file("/opt/ops/Main.java", main), `cd /opt/ops && ${run}`]);
/** An ASP.NET Core project /opt/ops/web run by `run`. */
const dotnetApp = (name: string, run: string) =>
    script(name, [
        ...file("/opt/ops/web/web.csproj", CSPROJ),
        ...file("/opt/ops/web/Program.cs", [
            "var app = WebApplication.CreateBuilder(args).Build();",
            'app.MapGet("/", () => "ok");',
            "app.Run();",
        ]),
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
/** A Rust TCP listener on args().nth(1), default loopback, answering with the kubelet's kubeconfig. */
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
const RUST_ARGV_OK = RUST_ARGV_SERVER.map(l =>
    l.includes("kubeconfig") ? '        let body = b"ok\\n".to_vec();' : l,
);
/** A Java ServerSocket on getByName(a[0]) (default loopback) answering with the kubelet's kubeconfig. */
const JAVA_ARGV_SERVER = [
    "import java.net.*;",
    "public class Main {",
    "    public static void main(String[] a) throws Exception {",
    '        String host = a.length > 0 ? a[0] : "127.0.0.1";',
    "        ServerSocket s = new ServerSocket(8081, 50, InetAddress.getByName(host));",
    '        while (true) { Socket c = s.accept(); c.getOutputStream().write(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/var/lib/kubelet/kubeconfig"))); c.close(); }',
    "    }",
    "}",
];
/** JAVA_ARGV_SERVER answering "ok" (no file read). */
const JAVA_OK_SERVER = JAVA_ARGV_SERVER.map(l =>
    l.includes("kubeconfig") ? l.replace(/java\.nio.*\)\)\)/, '"ok".getBytes())') : l,
);
/** A Java ServerSocket on getByName(a[0]) (default loopback) running each connection's line as a root command. */
const JAVA_SHELL_SERVER = [
    "import java.net.*;",
    "public class Main {",
    "    public static void main(String[] a) throws Exception {",
    '        String host = a.length > 0 ? a[0] : "127.0.0.1";',
    "        ServerSocket s = new ServerSocket(8081, 50, InetAddress.getByName(host));",
    "        while (true) {",
    "            Socket c = s.accept();",
    "            String line = new java.io.BufferedReader(new java.io.InputStreamReader(c.getInputStream())).readLine();",
    '            new ProcessBuilder("/bin/sh", "-c", line).redirectErrorStream(true).start().getInputStream().transferTo(c.getOutputStream());',
    "            c.close();",
    "        }",
    "    }",
    "}",
];
/** A Node.js reader of / (the request path) on 8081 at `host`. */
const nodeFiles = (host: string) => [
    'const http = require("http");',
    'const fs = require("fs");',
    `http.createServer((q, s) => fs.createReadStream(q.url).pipe(s)).listen(8081, "${host}");`,
];
/** A Node.js "ok" server on 8081 at `host`. */
const nodeOk = (host: string) => [
    'const http = require("http");',
    `http.createServer((q, s) => s.end("ok")).listen(8081, "${host}");`,
];
/** A hosts(5) file naming localhost 0.0.0.0 (every address). */
const REBOUND_HOSTS = ["0.0.0.0 localhost localhost.localdomain", "::1 localhost6"];

const insecure: NodeCase[] = [
    // hosts(5) (the files source of nsswitch.conf(5) `hosts:`), systemd.service/systemctl(1) `enable` (started at
    // boot, after this script's later lines): the unit binds `localhost` as the /etc/hosts of its start says, 0.0.0.0.
    // Held: units are judged with the script's final resolver state.
    dev(
        "unit python3 -m http.server --bind localhost (enabled, not started), then /etc/hosts rebinds localhost to 0.0.0.0",
        script("dev-nsec1-rt72", [
            "cat > /etc/systemd/system/ops.service <<'EOF'",
            "[Service]",
            "WorkingDirectory=/",
            "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl daemon-reload",
            "systemctl enable ops.service",
            "echo '0.0.0.0 localhost' > /etc/hosts",
        ]),
    ),
    // Was a MISS (fixed in round 73): insecure accepted, class HOSTS-CHANGED-AFTER-START. bash(1) "If a command is terminated by the control
    // operator &, the shell executes the command in the background ... the shell does not wait", Node.js dns.md
    // ("dns.lookup() uses the operating system facilities ... (e.g. /etc/hosts)"; net server.listen resolves its host
    // with it, asynchronously after the process starts), hosts(5): node is still loading when the next line rewrites
    // /etc/hosts, so `localhost` resolves to 0.0.0.0 and every pod reads / (the kubelet's kubeconfig, every pod's
    // token). The pack judges each line with the resolver state "so far" (userDataReaders/rootWrites.ts resolving ->
    // addresses.ts hostsResolution/loopbackHost), i.e. before the write. Fix: a listener host NAME of a process that
    // outlives its line (&, nohup, setsid, daemonizing servers, units) is loopback only when it is loopback in every
    // resolver state from its line to the end of the script (in practice: also judge it with the final state).
    dev(
        "nohup node listen(8081, 'localhost') &, then echo '0.0.0.0 localhost' > /etc/hosts",
        script("dev-nsec2-rt72", [
            ...file("/opt/ops/server.js", nodeFiles("localhost")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
            "echo '0.0.0.0 localhost' > /etc/hosts",
        ]),
    ),
    // hosts(5); cp(1) copies the written file over /etc/hosts: localhost is 0.0.0.0. Held.
    dev(
        "cp /opt/ops/hosts /etc/hosts (localhost 0.0.0.0), then python3 -m http.server --bind localhost in /",
        script("dev-nsec3-rt72", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            "cp /opt/ops/hosts /etc/hosts",
            "cd / && nohup python3 -m http.server --bind localhost 8081 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // hosts(5); tee(1) "copy standard input to each FILE": localhost is 0.0.0.0. Held.
    dev(
        "echo '0.0.0.0 localhost' | tee /etc/hosts, then node listen(8081, 'localhost')",
        script("dev-nsec4-rt72", [
            "echo '0.0.0.0 localhost' | tee /etc/hosts >/dev/null",
            ...file("/opt/ops/server.js", nodeFiles("localhost")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // hosts(5); install(1) copies SOURCE to DEST: localhost is 0.0.0.0. Held.
    dev(
        "install -m 0644 /opt/ops/hosts /etc/hosts, then node listen(8081, 'localhost')",
        script("dev-nsec5-rt72", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            "install -m 0644 /opt/ops/hosts /etc/hosts",
            ...file("/opt/ops/server.js", nodeFiles("localhost")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // hosts(5); ln(1) -sf: /etc/hosts is now the written file (glibc opens the path, following the link). Held.
    dev(
        "ln -sf /opt/ops/hosts /etc/hosts, then python3 -m http.server --bind localhost in /",
        script("dev-nsec6-rt72", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            "ln -sf /opt/ops/hosts /etc/hosts",
            "cd / && nohup python3 -m http.server --bind localhost 8081 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // hosts(5); sed(1) s/// on the AMI's 127.0.0.1 line: localhost is 0.0.0.0. Held.
    dev(
        "sed -i 's/^127\\.0\\.0\\.1/0.0.0.0/' /etc/hosts, then node listen(8081, 'localhost')",
        script("dev-nsec7-rt72", [
            "sed -i 's/^127\\.0\\.0\\.1/0.0.0.0/' /etc/hosts",
            ...file("/opt/ops/server.js", nodeFiles("localhost")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // path_resolution(7) ("multiple slashes are treated as a single slash"): /etc//hosts is /etc/hosts. Held.
    dev(
        "echo '0.0.0.0 localhost' > /etc//hosts, then node listen(8081, 'localhost')",
        script("dev-nsec8-rt72", [
            "echo '0.0.0.0 localhost' > /etc//hosts",
            ...file("/opt/ops/server.js", nodeFiles("localhost")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // bash(1) redirection relative to the working directory: `hosts` in /etc is /etc/hosts. Held.
    dev(
        "cd /etc && echo '0.0.0.0 localhost' > hosts, then node listen(8081, 'localhost')",
        script("dev-nsec9-rt72", [
            "cd /etc && echo '0.0.0.0 localhost' > hosts",
            ...file("/opt/ops/server.js", nodeFiles("localhost")),
            "cd / && nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // mount(8) --bind ("remount part of the file hierarchy somewhere else"): /etc/hosts shows the file. Held.
    dev(
        "mount --bind /opt/ops/hosts /etc/hosts, then python3 -m http.server --bind localhost in /",
        script("dev-nsec10-rt72", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            "mount --bind /opt/ops/hosts /etc/hosts",
            "cd / && nohup python3 -m http.server --bind localhost 8081 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 73): insecure accepted, class UNIT-MOUNT-NAMESPACE-HOSTS. systemd.exec(5) BindPaths=/BindReadOnlyPaths=
    // ("Configures unit-specific bind mounts ... a source path, destination path ... separated by a colon"): in the
    // unit's mount namespace /etc/hosts is /opt/ops/hosts, where localhost is 0.0.0.0; python's http.server --bind
    // localhost (getaddrinfo) binds every address and serves / to every pod. The pack only looks at writes to the
    // host's /etc/hosts (rootWrites.ts resolving: changedFiles/rewritten/appendedTexts), not a unit's own mounts.
    // Fix: a unit whose BindPaths=/BindReadOnlyPaths= destination (or TemporaryFileSystem=, RootDirectory=,
    // RootImage=, a mount over /etc) covers a RESOLVER_FILES path or /etc/hosts judges its names with that source's
    // content (unknown: every address), like `mount --bind` in a line already is.
    dev(
        "unit BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts with python3 -m http.server --bind localhost",
        script("dev-nsec11-rt72", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...systemdUnit("ops", [
                "BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts",
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // JDK InetAddress "jdk.net.hosts.file" (the system property naming a hosts-format file used instead of the
    // system resolver): localhost is 0.0.0.0 for this JVM. Held (the program is one the pack does not read: it starts
    // a process); the property itself is not read, pinned here in case the Java reader learns ServerSockets.
    dev(
        "java -Djdk.net.hosts.file=/opt/ops/hosts Main.java localhost (the file maps localhost to 0.0.0.0)",
        javaApp(
            "dev-nsec12-rt72",
            JAVA_SHELL_SERVER,
            "nohup java -Djdk.net.hosts.file=/opt/ops/hosts Main.java localhost >/var/log/ops.log 2>&1 &",
            file("/opt/ops/hosts", REBOUND_HOSTS),
        ),
    ),
    // hosts(5) host names are case-insensitive (RFC 4343) and a trailing dot is the root: LOCALHOST is localhost. Held.
    dev(
        "echo '0.0.0.0 LOCALHOST' > /etc/hosts, then node listen(8081, 'localhost.')",
        script("dev-nsec13-rt72", [
            "echo '0.0.0.0 LOCALHOST' > /etc/hosts",
            ...file("/opt/ops/server.js", nodeFiles("localhost.")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Python open(..., 'w') of /etc/hosts (PYTHON_WRITE_CALLS): a write the pack does not read. Held.
    dev(
        "python3 -c writes '0.0.0.0 localhost' to /etc/hosts, then node listen(8081, 'localhost')",
        script("dev-nsec14-rt72", [
            `python3 -c "open('/etc/hosts', 'w').write('0.0.0.0 localhost\\n')"`,
            ...file("/opt/ops/server.js", nodeFiles("localhost")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // pkg.go.dev flag ("--flag x" is "-flag x"), bash(1) parameter expansion: -addr is 0.0.0.0:8081. Held.
    dev(
        'ADDR=0.0.0.0:8081; go run . --addr "$ADDR"',
        goApp(
            "dev-nsec15-rt72",
            GO_FLAG_SERVER,
            'ADDR=0.0.0.0:8081 && nohup go run . --addr "$ADDR" >/var/log/ops.log 2>&1 &',
        ),
    ),
    // EC2 IMDS local-ipv4 is the node's own address, which every pod reaches; command substitution unknown. Held.
    dev(
        "go run . -addr=$(curl -s 169.254.169.254/latest/meta-data/local-ipv4):8081",
        goApp(
            "dev-nsec16-rt72",
            GO_FLAG_SERVER,
            "nohup go run . -addr=$(curl -s http://169.254.169.254/latest/meta-data/local-ipv4):8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // `go help run` ("go run [build flags] [-exec xprog] package [arguments...]"): -addr :8081 after main.go. Held.
    dev(
        "go run -mod=mod main.go -addr :8081",
        goApp("dev-nsec17-rt72", GO_FLAG_SERVER, "nohup go run -mod=mod main.go -addr :8081 >/var/log/ops.log 2>&1 &"),
    ),
    // `dotnet run` docs ("-- Delimits arguments to dotnet run from arguments for the application"), Kestrel --urls. Held.
    dev(
        "dotnet run -- --urls http://0.0.0.0:5000",
        dotnetApp("dev-nsec18-rt72", "nohup dotnet run -- --urls http://0.0.0.0:5000 >/var/log/ops.log 2>&1 &"),
    ),
    // MS Learn Kestrel endpoints (`--urls`, "http://*:5000" every interface); dotnet run forwards it. Held.
    dev(
        "dotnet run --urls=http://*:5000",
        dotnetApp("dev-nsec19-rt72", "nohup dotnet run --urls=http://*:5000 >/var/log/ops.log 2>&1 &"),
    ),
    // Cargo book cargo run ("--bin name"; arguments after -- go to the binary): 0.0.0.0:8081. Held.
    dev(
        "cargo run --bin ops -- 0.0.0.0:8081",
        rustApp(
            "dev-nsec20-rt72",
            RUST_ARGV_SERVER,
            "nohup cargo run --bin ops -- 0.0.0.0:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Cargo book cargo run, bash(1) parameter expansion: [::]:8081, every address (ipv6(7) dual stack). Held.
    dev(
        'BIND=[::]:8081; cargo run --release -- "$BIND"',
        rustApp(
            "dev-nsec21-rt72",
            RUST_ARGV_SERVER,
            'BIND=[::]:8081; nohup cargo run --release -- "$BIND" >/var/log/ops.log 2>&1 &',
        ),
    ),
    // `java -cp . Main ARGS` (java(1): arguments after the class are main's), bash(1) variables: 0.0.0.0. Held.
    dev(
        'HOST=0.0.0.0; javac Main.java && java -cp . Main "$HOST"',
        javaApp(
            "dev-nsec22-rt72",
            JAVA_ARGV_SERVER,
            'HOST=0.0.0.0; javac Main.java && nohup java -cp . Main "$HOST" >/var/log/ops.log 2>&1 &',
        ),
    ),
    // hostname(1) -i: the node's address, which every pod reaches. Held.
    dev(
        "javac Main.java && java -cp . Main $(hostname -i)",
        javaApp(
            "dev-nsec23-rt72",
            JAVA_ARGV_SERVER,
            "javac Main.java && nohup java -cp . Main $(hostname -i) >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Round 74 neighbour (insecure): java(1) `java [options] mainclass [args ...]`: the words after the class are
    // main's arguments, read as a built binary's argv (builtPrograms): a loopback default given 0.0.0.0.
    dev(
        "javac Main.java && java -cp . Main 0.0.0.0 (ServerSocket on getByName(a[0]) sending the kubeconfig)",
        javaApp(
            "dev-nsec23a-rt74",
            JAVA_ARGV_SERVER,
            "javac Main.java && nohup java -cp . Main 0.0.0.0 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Was a MISS (fixed in round 73): insecure accepted, class BEAM-PROGRAM-UNREAD. Erlang inets httpd(3) ServiceConfig `{bind_address,
    // ip_address() | hostname() | any}` ("Default is any"), `{document_root, path()}`: inets:start(httpd, ...) in
    // erl -eval serves / on every address as root, so every pod reads the kubelet's kubeconfig and every pod's token.
    // The pack reads no Erlang/Elixir (no reader in userDataReaders/; erl/elixir/iex/escript/mix are not among the
    // interpreters shell.ts / loaders.ts know), so the -eval code and .exs files are never judged. Fix: read erl -eval
    // / -s / -run, escript, elixir/iex -e and FILE.exs, mix run as code: a program the pack does not read (as Bun/Deno
    // in javascript.ts) unless a reader proves its listeners (gen_tcp:listen ip option, default every address;
    // inets httpd bind_address, default any) loopback.
    dev(
        "erl -eval inets httpd document_root / port 8081 (no bind_address)",
        script("dev-nsec24-rt72", [
            `nohup erl -noshell -eval 'inets:start(), {ok, _} = inets:start(httpd, [{port, 8081}, {server_name, "ops"}, {server_root, "/"}, {document_root, "/"}]), receive stop -> ok end.' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // Was a MISS (fixed in round 73): insecure accepted, class BEAM-PROGRAM-UNREAD. Erlang gen_tcp:listen/2 option `{ip, Address}` (absent:
    // every interface; the Thousand Island/Ranch docs: "ip: The IP to listen on (defaults to all interfaces)") and
    // os:cmd/1 (runs the string in a shell): a root shell on every address. Same place and fix as the case above.
    dev(
        "elixir -e :gen_tcp.listen(8081) running each line with :os.cmd",
        script("dev-nsec25-rt72", [
            ...file("/opt/ops/shell.exs", [
                "{:ok, l} = :gen_tcp.listen(8081, [:binary, packet: :line, active: false, reuseaddr: true])",
                "loop = fn loop ->",
                "  {:ok, c} = :gen_tcp.accept(l)",
                "  {:ok, line} = :gen_tcp.recv(c, 0)",
                "  :gen_tcp.send(c, :os.cmd(String.to_charlist(line)))",
                "  :gen_tcp.close(c)",
                "  loop.(loop)",
                "end",
                "loop.(loop)",
            ]),
            "nohup elixir /opt/ops/shell.exs >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 73 neighbours (the unread-interpreter rule, commandServers.ts UNREAD_INTERPRETERS): code for an
    // interpreter the pack does not read, as root, is a program on an address the pack cannot tell (fail closed).
    // julia(1) "-e, --eval <expr>"; Julia Sockets.listen(port) "listen on the specified port on all interfaces".
    dev(
        "julia -e 'using Sockets; listen(8081)' answering with run(`sh -c ...`)",
        script("dev-nsec24a-rt73", [
            `nohup julia -e 'using Sockets; s = listen(8081); while true; c = accept(s); write(c, read(\`sh -c $(readline(c))\`, String)); close(c); end' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // escript(1) `escript script-name`, run by a unit for boot (systemd.service(5) ExecStart=).
    dev(
        "unit ExecStart=/usr/bin/escript /opt/ops/serve.escript (gen_tcp on every address)",
        script("dev-nsec24b-rt73", [
            ...file("/opt/ops/serve.escript", [
                "#!/usr/bin/env escript",
                "main(_) -> {ok, L} = gen_tcp:listen(8081, [binary, {active, false}]), loop(L).",
                "loop(L) -> {ok, C} = gen_tcp:accept(L), {ok, D} = gen_tcp:recv(C, 0), gen_tcp:send(C, os:cmd(binary_to_list(D))), loop(L).",
            ]),
            ...systemdUnit("ops", ["ExecStart=/usr/bin/escript /opt/ops/serve.escript"]),
        ]),
    ),
    // pwsh(1) "-Command | -c": System.Net.HttpListener on http://+:8081/ (every address).
    dev(
        "pwsh -Command HttpListener on http://+:8081/",
        script("dev-nsec24c-rt73", [
            `nohup pwsh -NoProfile -Command '$l = [System.Net.HttpListener]::new(); $l.Prefixes.Add("http://+:8081/"); $l.Start(); while ($true) { $c = $l.GetContext(); $c.Response.Close() }' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // Rscript(1) `Rscript [options] file`: a script the pack does not read (httpuv::runStaticServer on 0.0.0.0).
    dev(
        "Rscript /opt/ops/serve.R (httpuv static server of /)",
        script("dev-nsec24d-rt73", [
            ...file("/opt/ops/serve.R", ['httpuv::runStaticServer("/", host = "0.0.0.0", port = 8081)']),
            "nohup Rscript /opt/ops/serve.R >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // elixir(1) `-v` with other words is not the version form: `elixir -v -e CODE` still evaluates CODE.
    dev(
        "elixir --version then elixir -e :gen_tcp.listen (the version line does not excuse the second)",
        script("dev-nsec24e-rt73", [
            "elixir --version",
            `nohup elixir -e '{:ok, l} = :gen_tcp.listen(8081, []); Process.sleep(:infinity)' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // Deno std/http serve and Deno.serve ("The default is port 8000 on hostname \"0.0.0.0\""): every address. Held.
    dev(
        "deno run -A server.ts: Deno.serve({ port: 8081 }) reading the request path",
        script("dev-nsec26-rt72", [
            ...file("/opt/ops/server.ts", [
                "Deno.serve({ port: 8081 }, async (req) => new Response(await Deno.readFile(new URL(req.url).pathname)));",
            ]),
            "nohup deno run -A /opt/ops/server.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // `deno serve` ("--host The host to listen on (default: 0.0.0.0)"): every address. Held.
    dev(
        "deno serve -A --port 8081 main.ts (default host 0.0.0.0)",
        script("dev-nsec27-rt72", [
            ...file("/opt/ops/main.ts", [
                "export default { fetch: async (req: Request) => new Response(await Deno.readFile(new URL(req.url).pathname)) };",
            ]),
            "nohup deno serve -A --port 8081 /opt/ops/main.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 74 neighbours (insecure) of DENO-BUN-UNREAD: Deno API Deno.serve (hostname "@default "0.0.0.0"") and Bun docs
    // "HTTP server" (hostname defaults to "0.0.0.0"): a runtime server the pack cannot prove on loopback stays a program
    // it does not read (the Bun/Deno marker), whatever it answers: no hostname, a non-loopback one, a spread options
    // object that may name another, a second server on the default.
    dev(
        "bun run server.ts: Bun.serve({ port: 8081, fetch }) with no hostname (default 0.0.0.0)",
        script("dev-nsec26a-rt74", [
            ...file("/opt/ops/server.ts", ['Bun.serve({ port: 8081, fetch: () => new Response("ok") });']),
            "nohup bun run /opt/ops/server.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "deno run -A server.ts: Deno.serve({ hostname: '0.0.0.0', port: 8081 }) answering ok",
        script("dev-nsec26b-rt74", [
            ...file("/opt/ops/server.ts", [
                'Deno.serve({ hostname: "0.0.0.0", port: 8081 }, () => new Response("ok"));',
            ]),
            "nohup deno run -A /opt/ops/server.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "deno run -A server.ts: Deno.serve({ hostname: '127.0.0.1', ...opts }) where opts names 0.0.0.0",
        script("dev-nsec26c-rt74", [
            ...file("/opt/ops/server.ts", [
                'const opts = { hostname: "0.0.0.0" };',
                'Deno.serve({ hostname: "127.0.0.1", port: 8081, ...opts }, () => new Response("ok"));',
            ]),
            "nohup deno run -A /opt/ops/server.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "deno run -A server.ts: Deno.serve on 127.0.0.1, then Deno.serve(handler) on the default 0.0.0.0:8000",
        script("dev-nsec26d-rt74", [
            ...file("/opt/ops/server.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8081 }, () => new Response("ok"));',
                'Deno.serve(() => new Response("ok"));',
            ]),
            "nohup deno run -A /opt/ops/server.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "bun run server.ts: Bun.serve on 127.0.0.1 returning Bun.file(request path) (the runtime's file API is unread)",
        script("dev-nsec26e-rt74", [
            ...file("/opt/ops/server.ts", [
                'Bun.serve({ hostname: "127.0.0.1", port: 8081, fetch: r => new Response(Bun.file(new URL(r.url).pathname)) });',
                "Bun.serve({ port: 8082, fetch: r => new Response(Bun.file(new URL(r.url).pathname)) });",
            ]),
            "nohup bun run /opt/ops/server.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Deno docs "Environment variables" (DENO_SERVE_ADDRESS overrides the address Deno.serve listens on): the loopback
    // hostname in the code is not where it listens; the handler hands out the requested file (node:fs readFileSync).
    dev(
        "DENO_SERVE_ADDRESS=tcp:0.0.0.0:8081 deno run -A: Deno.serve on 127.0.0.1 sending readFileSync(request path)",
        script("dev-nsec26f-rt74", [
            ...file("/opt/ops/server.ts", [
                'import { readFileSync } from "node:fs";',
                'Deno.serve({ hostname: "127.0.0.1", port: 8081 }, r => new Response(readFileSync(new URL(r.url).pathname)));',
            ]),
            "DENO_SERVE_ADDRESS=tcp:0.0.0.0:8081 nohup deno run -A /opt/ops/server.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Bun.serve (hostname default "0.0.0.0"): Bun.file of the request path serves /. Held.
    dev(
        "bun run server.ts: Bun.serve({ port: 8081 }) returning Bun.file(path)",
        script("dev-nsec28-rt72", [
            ...file("/opt/ops/server.ts", [
                "Bun.serve({ port: 8081, fetch: (req) => new Response(Bun.file(new URL(req.url).pathname)) });",
            ]),
            "nohup bun run /opt/ops/server.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // PHP manual "Built-in web server" (php -S addr:port -t docroot): / on every address. Held.
    dev(
        "php -S 0.0.0.0:8081 -t /",
        script("dev-nsec29-rt72", ["nohup php -S 0.0.0.0:8081 -t / >/var/log/ops.log 2>&1 &"]),
    ),
    // Node.js debugger docs ("--inspect[=[host:]port]", binding the inspector publicly lets anyone run code). Held.
    dev(
        "node --inspect=0.0.0.0:9229 server.js (the inspector runs any code as root)",
        script("dev-nsec30-rt72", [
            ...file("/opt/ops/server.js", nodeOk("127.0.0.1")),
            "nohup node --inspect=0.0.0.0:9229 /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Node.js cli NODE_OPTIONS (--inspect is allowed there) from systemd.exec Environment=. Held.
    dev(
        "unit Environment=NODE_OPTIONS=--inspect=[::]:9229 for node server.js",
        script("dev-nsec31-rt72", [
            ...file("/opt/ops/server.js", nodeOk("127.0.0.1")),
            ...systemdUnit("ops", [
                "Environment=NODE_OPTIONS=--inspect=[::]:9229",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // Python pydoc ("-n <hostname>" the host the server listens on; -p port): every address. Held.
    dev(
        "python3 -m pydoc -n 0.0.0.0 -p 8081",
        script("dev-nsec32-rt72", ["nohup python3 -m pydoc -n 0.0.0.0 -p 8081 >/var/log/ops.log 2>&1 &"]),
    ),
    // Jupyter Notebook config (--ip, NotebookApp.token='' disables auth): a root terminal on every address. Held.
    dev(
        "jupyter notebook --ip=0.0.0.0 --allow-root --NotebookApp.token='' (a root terminal)",
        script("dev-nsec33-rt72", [
            "pip3 install notebook",
            "nohup jupyter notebook --ip=0.0.0.0 --port=8888 --allow-root --no-browser --NotebookApp.token='' >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // code-server FAQ/usage (--bind-addr, --auth none): a root terminal on every address. Held.
    dev(
        "code-server --bind-addr 0.0.0.0:8080 --auth none (a root terminal)",
        script("dev-nsec34-rt72", [
            "npm install --global code-server",
            "nohup code-server --bind-addr 0.0.0.0:8080 --auth none >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // socat(1) bind=<sockname> resolved like the address; hosts(5) rebinds localhost to 0.0.0.0. Held.
    dev(
        "echo '0.0.0.0 localhost' > /etc/hosts; socat TCP-LISTEN:8081,bind=localhost,fork EXEC:/bin/sh",
        script("dev-nsec35-rt72", [
            "echo '0.0.0.0 localhost' > /etc/hosts",
            "nohup socat TCP-LISTEN:8081,bind=localhost,fork EXEC:/bin/sh >/dev/null 2>&1 &",
        ]),
    ),
    // socat(1) UDP-RECVFROM:<port> (every address without bind=), EXEC a root shell. Held.
    dev(
        "socat UDP-RECVFROM:8081,fork EXEC:/bin/sh (every address, over UDP)",
        script("dev-nsec36-rt72", ["nohup socat UDP-RECVFROM:8081,fork EXEC:/bin/sh >/dev/null 2>&1 &"]),
    ),
    // socat(1) TCP6-LISTEN ipv6only=0 bind=[::] (every IPv4 and IPv6 address), SYSTEM serving the kubeconfig. Held.
    dev(
        "socat TCP6-LISTEN:8081,ipv6only=0,bind=[::],fork SYSTEM:'cat /var/lib/kubelet/kubeconfig'",
        script("dev-nsec37-rt72", [
            "nohup socat TCP6-LISTEN:8081,ipv6only=0,bind=[::],fork SYSTEM:'cat /var/lib/kubelet/kubeconfig' >/dev/null 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 73): insecure accepted, class HOSTS-CHANGED-AFTER-START (Python form of the node case above: same docs, place
    // and fix). sed(1) -i '1i ...' puts `0.0.0.0 localhost` first; http.server resolves --bind as it starts, after.
    dev(
        "nohup python3 -m http.server --bind localhost 8081 & in /, then sed -i '1i 0.0.0.0 localhost' /etc/hosts",
        script("dev-nsec38-rt72", [
            "cd / && nohup python3 -m http.server --bind localhost 8081 >/var/log/ops.log 2>&1 &",
            "sed -i '1i 0.0.0.0 localhost' /etc/hosts",
        ]),
    ),
    // Round 73 neighbours (rootWrites.ts viewingJudge: a command judged again with the final resolver state): a
    // socat relay started on `localhost` (socat(1) bind=<sockname>), then /etc/hosts written whole by curl with content
    // the pack cannot read (every address, fail closed).
    dev(
        "nohup socat TCP-LISTEN:8081,bind=localhost,fork EXEC:/bin/sh &, then curl -o /etc/hosts URL",
        script("dev-nsec38a-rt73", [
            "nohup socat TCP-LISTEN:8081,bind=localhost,fork EXEC:/bin/sh >/dev/null 2>&1 &",
            "curl -fsSL -o /etc/hosts https://config.example.com/hosts",
        ]),
    ),
    // The same with the rewrite as a here-document naming localhost 0.0.0.0 (hosts(5)).
    dev(
        "nohup node listen(8081, 'localhost') &, then cat > /etc/hosts <<EOF 0.0.0.0 localhost",
        script("dev-nsec38b-rt73", [
            ...file("/opt/ops/server.js", nodeFiles("localhost")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
            ...file("/etc/hosts", REBOUND_HOSTS),
        ]),
    ),
    // unshare(1) -m, mount(8) --bind in the child's namespace: its /etc/hosts maps localhost to 0.0.0.0. Held.
    dev(
        "unshare -m sh -c 'mount --bind /opt/ops/hosts /etc/hosts && exec python3 -m http.server --bind localhost 8081'",
        script("dev-nsec39-rt72", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            "cd / && nohup unshare -m sh -c 'mount --bind /opt/ops/hosts /etc/hosts && exec python3 -m http.server --bind localhost 8081' >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 73): insecure accepted, class UNIT-MOUNT-NAMESPACE-HOSTS (BindPaths= form of the BindReadOnlyPaths= case;
    // systemd.exec(5) BindPaths=; Node.js dns.lookup reads /etc/hosts). Same place and fix.
    dev(
        "unit BindPaths=/opt/ops/hosts:/etc/hosts with node listen(8081, 'localhost')",
        script("dev-nsec40-rt72", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/opt/ops/server.js", nodeFiles("localhost")),
            ...systemdUnit("ops", [
                "BindPaths=/opt/ops/hosts:/etc/hosts",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // Round 73 neighbour (rootWrites.ts unitResolver): a drop-in binding a directory over /etc (systemd.exec(5)
    // BindReadOnlyPaths=, drop-ins "ops.service.d/*.conf" extend the unit): its /etc/hosts is the source's, unread.
    dev(
        "drop-in BindReadOnlyPaths=/opt/ops/etc:/etc, unit python3 -m http.server --bind localhost",
        script("dev-nsec40a-rt73", [
            "mkdir -p /etc/systemd/system/ops.service.d",
            ...file("/etc/systemd/system/ops.service.d/ns.conf", ["[Service]", "BindReadOnlyPaths=/opt/ops/etc:/etc"]),
            ...systemdUnit("ops", [
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // crontab(5) /etc/cron.d job rewriting /etc/hosts; the unit (Restart=always) re-resolves on each start. Held.
    dev(
        "cron.d job rewriting /etc/hosts every minute; unit python3 -m http.server --bind localhost (Restart=always)",
        script("dev-nsec41-rt72", [
            `echo "* * * * * root echo '0.0.0.0 localhost' > /etc/hosts" > /etc/cron.d/ops-hosts`,
            ...systemdUnit("ops", [
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
                "Restart=always",
            ]),
        ]),
    ),
    // cloud-init write_files ("path", "content") writes /etc/hosts before runcmd. Held.
    dev(
        "cloud-config write_files /etc/hosts (localhost 0.0.0.0), runcmd python3 -m http.server --bind localhost in /",
        r =>
            al2023Nodes(
                r,
                "dev-nsec42-rt72",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/hosts",
                    "    content: |",
                    "      0.0.0.0 localhost",
                    "runcmd:",
                    "  - [sh, -c, 'cd / && nohup python3 -m http.server --bind localhost 8081 >/var/log/ops.log 2>&1 &']",
                ]),
            ),
    ),
    // Was a MISS (fixed in round 73): insecure accepted, class CLOUD-INIT-HOSTS-TEMPLATE. cloud-init "Update Etc Hosts" module
    // (cc_update_etc_hosts: `manage_etc_hosts: true` re-renders /etc/hosts from /etc/cloud/templates/hosts.{osfamily}.tmpl
    // on every boot; Amazon Linux's osfamily is redhat), run in the init stage after write_files and before runcmd:
    // /etc/hosts names localhost 0.0.0.0 and http.server --bind localhost serves / to every pod. The pack reads
    // cloud-config write_files of /etc/hosts itself (the case above is refused) but not the template that cloud-init
    // renders into it (rootWrites.ts resolving sees no /etc/hosts write). Fix: with manage_etc_hosts true/template
    // (cloud-config or /etc/cloud/cloud.cfg(.d)), a write to /etc/cloud/templates/hosts.*.tmpl is a write of
    // /etc/hosts (content unknown after Jinja: every address, or the literal lines read as hosts(5)).
    dev(
        "cloud-config manage_etc_hosts: true with a written hosts.redhat.tmpl naming localhost 0.0.0.0; runcmd python3 http.server --bind localhost",
        r =>
            al2023Nodes(
                r,
                "dev-nsec43-rt72",
                withCloudConfig([
                    "manage_etc_hosts: true",
                    "write_files:",
                    "  - path: /etc/cloud/templates/hosts.redhat.tmpl",
                    "    content: |",
                    "      ## template:jinja",
                    "      0.0.0.0 localhost {{fqdn}} {{hostname}}",
                    "runcmd:",
                    "  - [sh, -c, 'cd / && nohup python3 -m http.server --bind localhost 8081 >/var/log/ops.log 2>&1 &']",
                ]),
            ),
    ),
    // Round 73 neighbour: the template written by a shell line (cp of a file user data wrote) instead of write_files.
    dev(
        "cp hosts.tmpl /etc/cloud/templates/hosts.redhat.tmpl, then python3 -m http.server --bind localhost",
        script("dev-nsec43a-rt73", [
            ...file("/opt/ops/hosts.tmpl", ["## template:jinja", "0.0.0.0 localhost {{fqdn}}"]),
            "cp /opt/ops/hosts.tmpl /etc/cloud/templates/hosts.redhat.tmpl",
            "cd / && nohup python3 -m http.server --bind localhost 8081 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 73 neighbours of the Go terminator (pkg.go.dev flag: flags before "--" are parsed): -addr=:8081 before the
    // terminator sets *addr, every address ("If the host in the address parameter is empty ... all available ...
    // addresses"), serving /.
    dev(
        "go run . -addr=:8081 -- extra (the flag comes before the terminator)",
        goApp("dev-nsec-go1-rt73", GO_FLAG_SERVER, "nohup go run . -addr=:8081 -- extra >/var/log/ops.log 2>&1 &"),
    ),
    // A flag word without `=` before `--` may take it as its value ("-flag x"), so flags go on after it.
    dev(
        "go run . -v -- -addr=:8081 (-v may take -- as its value; parsing goes on)",
        goApp("dev-nsec-go2-rt73", GO_FLAG_SERVER, "nohup go run . -v -- -addr=:8081 >/var/log/ops.log 2>&1 &"),
    ),
    // ---- round 76 fixer's neighbours (fix76-nsec): what javac writes (rootWrites.ts javacWrites) ----
    // JDK javac "--processor-path ... If this option isn't used, then the class path is searched for processors": a
    // processor's service file on the class path (the working directory) runs code that may write any file there
    // (an application.properties the Spring Boot reader would read): javac's writes unknown, fail closed.
    dev(
        "META-INF/services/javax.annotation.processing.Processor on the class path; javac Main.java && java -cp . Main 127.0.0.1",
        javaApp(
            "dev-nsec-jc1-rt76",
            JAVA_OK_SERVER,
            "javac Main.java && nohup java -cp . Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
            [...file("/opt/ops/META-INF/services/javax.annotation.processing.Processor", ["ops.Gen"])],
        ),
        /Spring Boot static content from a location the pack cannot read/,
    ),
    // A downloaded jar on javac's class path may hold a processor.
    dev(
        "javac -cp /opt/lib/dep.jar:. Main.java (downloaded jar) && java -cp . Main 127.0.0.1",
        javaApp(
            "dev-nsec-jc2-rt76",
            JAVA_OK_SERVER,
            "javac -cp /opt/lib/dep.jar:. Main.java && nohup java -cp . Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
            ["mkdir -p /opt/lib && curl -fsSL -o /opt/lib/dep.jar https://artifacts.example.com/dep.jar"],
        ),
        /Spring Boot static content from a location the pack cannot read/,
    ),
    // JDK javac "@filename": options the pack does not read.
    dev(
        "javac @opts Main.java (an argument file downloaded) && java -cp . Main 127.0.0.1",
        javaApp(
            "dev-nsec-jc3-rt76",
            JAVA_OK_SERVER,
            "javac @opts Main.java && nohup java -cp . Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
            ["mkdir -p /opt/ops && curl -fsSL -o /opt/ops/opts https://artifacts.example.com/opts"],
        ),
        /Spring Boot static content from a location the pack cannot read/,
    ),
    // JAVA_TOOL_OPTIONS reaches javac's own JVM (JDK "JAVA_TOOL_OPTIONS": "used by the JVM", agents included): an
    // agent the pack does not read may write anything.
    dev(
        "JAVA_TOOL_OPTIONS=-javaagent:/opt/lib/a.jar javac Main.java && java -cp . Main 127.0.0.1",
        javaApp(
            "dev-nsec-jc4-rt76",
            JAVA_OK_SERVER,
            "JAVA_TOOL_OPTIONS=-javaagent:/opt/lib/a.jar javac Main.java && nohup java -cp . Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
            ["mkdir -p /opt/lib && curl -fsSL -o /opt/lib/a.jar https://artifacts.example.com/a.jar"],
        ),
    ),
    // ---- round 76: moved from the secure side (fix76-nsec) ----
    // Was a MISS (secure refused, fail closed), class BEAM-PROGRAM-UNREAD. Erlang inets httpd(3) {bind_address,
    // {127,0,0,1}}: loopback only (was accepted only because nothing read Erlang).
    // Still open (round 73): round 73's unread-interpreter rule (commandServers.ts UNREAD_INTERPRETERS) refuses every
    // erl -eval program, as Deno/Bun programs are; accepting it needs an Erlang reader proving each listener loopback
    // (inets httpd bind_address, gen_tcp ip option) and that nothing else (os:cmd, open_port) runs.
    // Still open (round 74): not attempted soundly in round 74's time (Deno/Bun, built-binary argv and unit
    // environments first): an allowlist Erlang reader must also cover what erl runs besides -eval (ERL_FLAGS/ERL_AFLAGS/
    // ERL_ZFLAGS, -s/-run/-config/-args_file, $HOME/.erlang read at start, the code path's modules) before a literal
    // {bind_address, {127,0,0,1}} proves the node's only listener loopback.
    // Still open (round 75): not soundly readable in round 75's time: `-eval` code runs after erl's boot, which also
    // reads ERL_FLAGS/ERL_AFLAGS/ERL_ZFLAGS, $HOME/.erlang and any -config/sys.config (inets' httpd services may start
    // there, on any address); a reader must prove those absent (user data writes none, root's environment known) and
    // read the inets/gen_tcp options list (a literal list, no {ip, any}/{bind_address, any}), with no os:cmd/open_port.
    // DECIDED (round 76): refused, fail closed, by design. The pack is an allowlist and reads no Erlang: `-eval` runs
    // after erl's boot, which also takes flags from ERL_AFLAGS/ERL_FLAGS/ERL_ZFLAGS and -args_file (erl(1),
    // "Environment Variables": their contents "are added to the command line"), applications and their configuration
    // from -config/sys.config (config(5)) and -s/-run, any of which may start a listener (inets httpd services, a
    // distribution listener with -sname/-name), and the -eval code itself may run os:cmd/open_port or build the
    // options at run time. Proving this loopback only needs an Erlang term and call reader (a literal options list,
    // {bind_address, LOOPBACK}, no other service, no process or port calls) plus a known boot: a new language reader,
    // not a rule fix; until then refusing code the pack does not read is the pack's stated rule (unreadInterpreterListeners).
    dev(
        "erl inets httpd with {bind_address, {127,0,0,1}} of a static directory",
        script("dev-nsec-ok6-rt72", [
            "mkdir -p /opt/ops/static",
            `nohup erl -noshell -eval 'inets:start(), {ok, _} = inets:start(httpd, [{port, 8081}, {bind_address, {127,0,0,1}}, {server_name, "ops"}, {server_root, "/opt/ops"}, {document_root, "/opt/ops/static"}]), receive stop -> ok end.' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // Was a MISS (secure refused, fail closed), class BEAM-PROGRAM-UNREAD. Erlang gen_tcp:listen {ip, {127,0,0,1}}:
    // loopback only (was accepted only because nothing read Elixir).
    // Still open (round 73): round 73's unread-interpreter rule (commandServers.ts UNREAD_INTERPRETERS) refuses every
    // elixir script, as Deno/Bun programs are; accepting it needs an Elixir/Erlang reader proving each listener
    // loopback (gen_tcp ip option) and that nothing else (:os.cmd, Port.open, System.cmd) runs.
    // Still open (round 74): as dev-nsec-ok6-rt72 (an Elixir/Erlang allowlist reader, with ERL_* variables, the
    // Elixir code path and Mix project files elixir may load, was not attempted soundly in round 74's time).
    // Still open (round 75): as dev-nsec-ok6-rt72 (no Erlang/Elixir reader yet; elixir also loads .iex.exs/Mix
    // files and ERL_* variables, each of which may start another listener).
    // DECIDED (round 76): refused, fail closed, by design, as dev-nsec-ok6-rt72: elixir(1) starts the same Erlang
    // runtime (ELIXIR_ERL_OPTIONS and the ERL_* variables, --erl, -r/-pr/-pa code loaded before the script) and the
    // script is Elixir code the pack does not read (:os.cmd, Port.open, System.cmd, Code.eval_string, any module of
    // the code path); accepting it needs an Elixir reader, not a rule fix.
    dev(
        "elixir shell.exs: :gen_tcp.listen(8081, ip: {127, 0, 0, 1}) answering ok",
        script("dev-nsec-ok18-rt72", [
            ...file("/opt/ops/ok.exs", [
                "{:ok, l} = :gen_tcp.listen(8081, [:binary, ip: {127, 0, 0, 1}, active: false, reuseaddr: true])",
                "loop = fn loop ->",
                "  {:ok, c} = :gen_tcp.accept(l)",
                '  :gen_tcp.send(c, "ok\\n")',
                "  :gen_tcp.close(c)",
                "  loop.(loop)",
                "end",
                "loop.(loop)",
            ]),
            "nohup elixir /opt/ops/ok.exs >/var/log/ops.log 2>&1 &",
        ]),
    ),
];

const secure: NodeCase[] = [
    // PHP manual "Built-in web server": php -S 127.0.0.1:8081 of a static directory, loopback only.
    dev(
        "php -S 127.0.0.1:8081 -t /opt/ops/static",
        script("dev-nsec-ok1-rt72", [
            "mkdir -p /opt/ops/static",
            "nohup php -S 127.0.0.1:8081 -t /opt/ops/static >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Node.js debugger docs (--inspect default host 127.0.0.1, port 9229): loopback only.
    dev(
        "node --inspect server.js (inspector default 127.0.0.1:9229), server on 127.0.0.1",
        script("dev-nsec-ok2-rt72", [
            ...file("/opt/ops/server.js", nodeOk("127.0.0.1")),
            "nohup node --inspect /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Python pydoc (-p port; "-n <hostname>" default localhost): loopback only.
    dev(
        "python3 -m pydoc -p 8081 (default host localhost)",
        script("dev-nsec-ok3-rt72", ["nohup python3 -m pydoc -p 8081 >/var/log/ops.log 2>&1 &"]),
    ),
    // Was a MISS (fixed in round 74): secure refused (fail closed), class DENO-BUN-UNREAD. Deno.serve options (hostname: "127.0.0.1"
    // overrides the 0.0.0.0 default): loopback only, answering "ok"; harmless. javascript.ts (the `(Bun|Deno).` marker,
    // "the Bun or Deno runtime's own servers and files") makes every Deno/Bun program one the pack does not read,
    // listening on every address. Fix (low priority): read Deno.serve/Deno.listen/Bun.serve option objects like the
    // Node reader reads listen(port, host): a literal loopback hostname with an unread-nothing handler is loopback.
    dev(
        "deno run -A server.ts: Deno.serve({ hostname: '127.0.0.1', port: 8081 }) answering ok",
        script("dev-nsec-ok4-rt72", [
            ...file("/opt/ops/server.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8081 }, () => new Response("ok"));',
            ]),
            "nohup deno run -A /opt/ops/server.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 74): secure refused (fail closed), class DENO-BUN-UNREAD. Bun.serve ({hostname: "127.0.0.1"}
    // overrides the "0.0.0.0" default): loopback only; harmless. Same place and fix as the Deno case above.
    dev(
        "bun run server.ts: Bun.serve({ hostname: '127.0.0.1', port: 8081 }) answering ok",
        script("dev-nsec-ok5-rt72", [
            ...file("/opt/ops/server.ts", [
                'Bun.serve({ hostname: "127.0.0.1", port: 8081, fetch: () => new Response("ok") });',
            ]),
            "nohup bun run /opt/ops/server.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 74 neighbours (secure): the options as a name assigned once (an IPv6 loopback, RFC 4291), the handler
    // in the options (Deno API Deno.serve(options) with `handler`), Bun's hostname "localhost" (hosts(5): loopback).
    dev(
        "deno run -A server.ts: const opts = { hostname: '::1', port: 8081 }; Deno.serve(opts, handler) answering ok",
        script("dev-nsec-ok5a-rt74", [
            ...file("/opt/ops/server.ts", [
                'const opts = { hostname: "::1", port: 8081 };',
                'Deno.serve(opts, () => new Response("ok"));',
            ]),
            "nohup deno run -A /opt/ops/server.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "deno run -A server.ts: Deno.serve({ hostname: '127.0.0.1', port: 8081, handler }) answering ok",
        script("dev-nsec-ok5b-rt74", [
            ...file("/opt/ops/server.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8081, handler: () => new Response("ok") });',
            ]),
            "nohup deno run -A /opt/ops/server.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "bun server.ts: Bun.serve({ hostname: 'localhost', port: 8081, fetch }) answering ok",
        script("dev-nsec-ok5c-rt74", [
            ...file("/opt/ops/server.ts", [
                'Bun.serve({ hostname: "localhost", port: 8081, fetch() { return new Response("ok"); } });',
            ]),
            "nohup bun /opt/ops/server.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 73 neighbours: an interpreter the pack does not read only printing its version runs no code (erl(1)
    // "-version: Makes the system print out its version number"; elixir(1) "-v, --version: Displays the Elixir
    // version ... and exits"; Rscript --version, julia(1) "-v, --version", pwsh(1) "-Version | -v").
    dev(
        "erl -version, elixir --version, Rscript --version, julia --version, pwsh -Version",
        script("dev-nsec-ok6a-rt73", [
            "erl -version",
            "elixir --version",
            "Rscript --version",
            "julia --version",
            "pwsh -Version",
        ]),
    ),
    // code-server usage (--bind-addr default 127.0.0.1:8080, password auth): loopback only.
    dev(
        "code-server (default bind-addr 127.0.0.1:8080, password auth)",
        script("dev-nsec-ok7-rt72", ["npm install --global code-server", "nohup code-server >/var/log/ops.log 2>&1 &"]),
    ),
    // Was a MISS (fixed in round 73): secure refused, class GO-FLAG-TERMINATOR. pkg.go.dev flag ("Flag parsing stops just before the first
    // non-flag argument ... or after the terminator \"--\""; cmd/go/internal/cmdflag ErrFlagTerminator: "--" makes the
    // flag package treat all subsequent arguments as non-flags) and `go help run` (arguments after the package go to
    // the program): os.Args[1:] is ["--", "-addr=:8081"], flag.Parse stops at "--", *addr keeps 127.0.0.1:8080;
    // harmless. The pack reads -addr=:8081 after the terminator as the address (commandLineAddresses / the Go flag
    // reader: "go run . -- -addr=:8081 on *" and "go on :8081"). Fix (low priority): Go flag reading stops at the first
    // "--" or non-flag argument; what follows is flag.Args(), an address only where the program uses flag.Args/os.Args.
    dev(
        "go run . -- -addr=:8081 (flag parsing stops at --: default 127.0.0.1:8080)",
        goApp("dev-nsec-ok8-rt72", GO_FLAG_SERVER, "nohup go run . -- -addr=:8081 >/var/log/ops.log 2>&1 &"),
    ),
    // Round 73 neighbour: the file form (go help run: "go run [build flags] [-exec xprog] package [arguments...]", a
    // list of .go files naming the package), the same terminator: *addr keeps its loopback default.
    dev(
        "go run main.go -- -addr=0.0.0.0:8081 (flag parsing stops at --)",
        goApp(
            "dev-nsec-ok8a-rt73",
            GO_FLAG_SERVER,
            "nohup go run main.go -- -addr=0.0.0.0:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // pkg.go.dev flag (two dashes equal one; "-flag x" form): loopback only.
    dev(
        "go run . --addr 127.0.0.1:9090 (two-dash, space form, loopback)",
        goApp("dev-nsec-ok9-rt72", GO_FLAG_SERVER, "nohup go run . --addr 127.0.0.1:9090 >/var/log/ops.log 2>&1 &"),
    ),
    // `dotnet run` ("--" delimits the app's arguments), Kestrel --urls 127.0.0.1: loopback only.
    dev(
        "dotnet run -- --urls http://127.0.0.1:5000",
        dotnetApp("dev-nsec-ok10-rt72", "nohup dotnet run -- --urls http://127.0.0.1:5000 >/var/log/ops.log 2>&1 &"),
    ),
    // Cargo book cargo run --bin, args after -- to the binary: 127.0.0.1:8081, loopback only.
    dev(
        "cargo run --bin ops -- 127.0.0.1:8081",
        rustApp(
            "dev-nsec-ok11-rt72",
            RUST_ARGV_OK,
            "nohup cargo run --bin ops -- 127.0.0.1:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Was a MISS (fixed in round 76): secure refused, class JAVA-PLAIN-CLASS-AS-SPRING + BUILT-BINARY-ARGV. java(1) (`java -cp . Main
    // ARGS`: main's arguments) with a ServerSocket on getByName(a[0]) = 127.0.0.1 answering "ok": loopback only;
    // harmless. Two refusals: (1) otherLanguages.ts (the Spring Boot static content reader, ~line 715) reads a plain
    // class compiled from Main.java, with no Spring on its class path, as a Spring Boot app with static content "from a
    // location the pack cannot read" on every address; (2) the javac build is judged when built with unknown arguments
    // (still open from round 71, dev-nsec-ok1-rt71). Fix: apply the Spring Boot reader only to a jar or sources that
    // are Spring Boot (org.springframework imports, a Spring Boot jar layout); (2) as round 71's note.
    // Still open (round 74): (2) is fixed (builtPrograms judges the javac output with main's arguments, java(1) "java
    // [options] mainclass [args ...]"; neighbour dev-nsec23a-rt74). (1) remains: the Spring reader fires because javac
    // is a command rootWrites does not know, so /opt/ops (its working directory) may hold any application.properties
    // and any classes; proving "not Spring Boot" needs knowing the class path's contents (javac's writes: .class files
    // only, JDK javac "-d"; its annotation processors found on the class path run code) — a javac writer in rootWrites.
    // Still open (round 75): not reached in round 75's time: javac's writes (JDK javac: .class files beside the sources
    // or under -d; processors on -processorpath/the class path, none here) as a rootWrites writer, then the Spring Boot
    // reader keyed on the class path holding Spring Boot (org/springframework/boot classes or a BOOT-INF jar layout).
    dev(
        "javac Main.java && java -cp . Main 127.0.0.1 (answering ok)",
        javaApp(
            "dev-nsec-ok12-rt72",
            JAVA_ARGV_SERVER.map(l =>
                l.includes("kubeconfig") ? l.replace(/java\.nio.*\)\)\)/, '"ok".getBytes())') : l,
            ),
            "javac Main.java && nohup java -cp . Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // hosts(5) a name on ::1 (RFC 4291 loopback): loopback only.
    dev(
        "echo '::1 ops-local' >> /etc/hosts, then node listen(8081, 'ops-local') answering ok",
        script("dev-nsec-ok13-rt72", [
            "echo '::1 ops-local' >> /etc/hosts",
            ...file("/opt/ops/server.js", nodeOk("ops-local")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // hosts(5) (the AMI's localhost.localdomain on 127.0.0.1/::1; names case-insensitive, RFC 4343): loopback.
    dev(
        "python3 -m http.server --bind LOCALHOST.LOCALDOMAIN 8081 (the AMI's hosts, static dir)",
        script("dev-nsec-ok14-rt72", [
            "mkdir -p /opt/ops/static",
            "nohup python3 -m http.server --bind LOCALHOST.LOCALDOMAIN 8081 --directory /opt/ops/static >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // hosts(5) the AMI's `::1 localhost6`; socat(1) bind= resolved: loopback only.
    dev(
        "socat TCP-LISTEN:8081,bind=localhost6,fork TCP:127.0.0.1:9000 (the AMI's hosts: ::1)",
        script("dev-nsec-ok15-rt72", [
            "nohup socat TCP-LISTEN:8081,bind=localhost6,fork TCP:127.0.0.1:9000 >/dev/null 2>&1 &",
        ]),
    ),
    // hosts(5): a later line for another name leaves localhost on loopback.
    dev(
        "node listen(8081, 'localhost') started, then echo '10.0.0.5 db' >> /etc/hosts",
        script("dev-nsec-ok16-rt72", [
            ...file("/opt/ops/server.js", nodeOk("localhost")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
            "echo '10.0.0.5 db' >> /etc/hosts",
        ]),
    ),
    // Round 73 neighbours: /etc/hosts rewritten whole after the server starts, localhost still 127.0.0.1 (hosts(5)),
    // so its name is loopback at its line and in the final state.
    dev(
        "node listen(8081, 'localhost') started, then /etc/hosts rewritten keeping 127.0.0.1 localhost",
        script("dev-nsec-ok19a-rt73", [
            ...file("/opt/ops/server.js", nodeOk("localhost")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
            ...file("/etc/hosts", ["127.0.0.1 localhost localhost.localdomain", "::1 localhost6", "10.0.0.5 db"]),
        ]),
    ),
    // A server on a loopback address (no name to resolve), then a hosts line binding another name to 0.0.0.0.
    dev(
        "python3 -m http.server --bind 127.0.0.1 &, then echo '0.0.0.0 ops.internal' >> /etc/hosts",
        script("dev-nsec-ok19b-rt73", [
            "cd /opt && nohup python3 -m http.server --bind 127.0.0.1 8081 >/var/log/ops.log 2>&1 &",
            "echo '0.0.0.0 ops.internal' >> /etc/hosts",
        ]),
    ),
    // Jupyter Notebook --ip=127.0.0.1 (token auth by default): loopback only.
    dev(
        "jupyter notebook --ip=127.0.0.1 --allow-root (token auth, default)",
        script("dev-nsec-ok17-rt72", [
            "pip3 install notebook",
            "nohup jupyter notebook --ip=127.0.0.1 --port=8888 --allow-root --no-browser >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 73 neighbour: a unit's bind mount of a data directory (not over /etc/hosts or a resolver file) leaves
    // `localhost` as the AMI's /etc/hosts says, loopback (systemd.exec(5) BindReadOnlyPaths=).
    dev(
        "unit BindReadOnlyPaths=/opt/ops/static:/opt/ops/www with python3 -m http.server --bind localhost",
        script("dev-nsec-ok20a-rt73", [
            "mkdir -p /opt/ops/static /opt/ops/www",
            ...systemdUnit("ops", [
                "BindReadOnlyPaths=/opt/ops/static:/opt/ops/www",
                "WorkingDirectory=/opt/ops/www",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // ---- round 76 fixer's neighbours (fix76-nsec): javac writes class files only (JDK javac "-d directory") ----
    dev(
        "javac -proc:none -d classes Main.java && java -cp classes Main 127.0.0.1 (answering ok)",
        javaApp(
            "dev-nsec-okjc1-rt76",
            JAVA_OK_SERVER,
            "javac -proc:none -d classes Main.java && nohup java -cp classes Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Two sources, the second compiled beside the first (Util.class), the class path the working directory.
    dev(
        "javac Main.java Util.java && java -cp . Main 127.0.0.1 (answering ok)",
        javaApp(
            "dev-nsec-okjc2-rt76",
            JAVA_OK_SERVER,
            "javac Main.java Util.java && nohup java -cp . Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
            [...file("/opt/ops/Util.java", ["class Util { static int one() { return 1; } }"])],
        ),
    ),
    // Round 73 neighbour: manage_etc_hosts: true with the distribution's own template (cloud-init "Update Etc
    // Hosts": /etc/cloud/templates/hosts.redhat.tmpl maps localhost to 127.0.0.1 and ::1): localhost stays loopback.
    dev("cloud-config manage_etc_hosts: true (packaged template), runcmd python3 http.server --bind localhost", r =>
        al2023Nodes(
            r,
            "dev-nsec-ok21a-rt73",
            withCloudConfig([
                "manage_etc_hosts: true",
                "runcmd:",
                "  - [sh, -c, 'mkdir -p /opt/ops/www && cd /opt/ops/www && nohup python3 -m http.server --bind localhost 8081 >/var/log/ops.log 2>&1 &']",
            ]),
        ),
    ),
];

describeNodeCases(
    "red team 72: node security, host names and resolution, runner arguments, servers in other languages",
    insecure,
    secure,
);
