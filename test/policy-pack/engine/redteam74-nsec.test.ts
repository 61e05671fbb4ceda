// Red-team round 74 (fresh eyes) on EKS NODE security, area nsec: listeners of programs root runs on nodes, hardest
// on round 74's listener fixes (Deno/Bun serve, built binaries' argv, unit Environment= for Node, openssl s_server,
// unread interpreters / shebangs / --eval / source files, Go flag parsing, unit mounts over /etc/hosts, tmpfiles over
// resolver files, archives over /etc), plus address spellings, relays and socket activation, both directions.
// Probed: Bun `export default { fetch }`, Deno.listen, Deno.serve hostnames (reassigned name, localhost rebound,
// --allow-net=localhost rebound), deno serve with/without --host, deno eval, Bun.listen; built binaries (unit
// $ARGS/${ADDR} substitution, installed under another name, systemd-run, `--addr v extra`), gcc-built C, java
// single-file source; unit environment for Node (UnsetEnvironment=, drop-in override, EnvironmentFile=, systemd-run
// --setenv, PassEnvironment= + set-environment, empty-assignment reset, later-wins); openssl s_server (| sh,
// [::]/[::1], unit WorkingDirectory=/, -HTTP, -rev, localhost rebound); binfmt_misc, racket -e, guile -c, printf'd
// #!gforth under setsid; Go flags (-addr= empty, pflag -a:8081 and `--`, string/bool flag arity); TemporaryFileSystem=
// /etc, unshare -m + bind mount, system.control drop-ins, systemd-nspawn -D, non-.conf drop-ins, BindReadOnlyPaths=
// reset; tmpfiles w / stdin `-`; tar from a pipe --directory=/, cpio in /, 7za -o/etc, tar into a new /etc subdir;
// systemd-run --socket-property, systemd-socket-proxyd, ncat --sh-exec relays, ListenStream= reset both ways; 0x0,
// ::ffff:0:0, 0x7f.1, ::ffff:7f00:1, socat range=.
// Misses (5 insecure accepted, 8 secure refused):
// - insecure, DENO-EVAL-UNREAD: `deno eval CODE` (Deno.serve on every address) read by nothing.
// - insecure, COMPILED-SOURCE-UNREAD: gcc-built binary from a C source user data wrote, run by path.
// - insecure, BINFMT-MISC-INTERPRETER: binfmt_misc register write; a .dart file run by path goes to a Dart runner.
// - insecure, TMPFILES-STDIN: systemd-tmpfiles --create - <<EOF (L+ /etc/hosts).
// - insecure, TRANSIENT-SOCKET-PROPERTY: systemd-run --socket-property=ListenStream=8081 (a root shell socket).
// - secure, RUNTIME-SERVE-FILE-API (3): Deno.serve/Bun.serve/deno serve on loopback whose handler uses a runtime file
//   API are judged "on every address".
// - secure, GO-FLAG-VALUE-ARITY (2): `-tag -addr=:8081` (string flag eats the word), `-debug :8081 -addr=:8081`
//   (bool flag, parsing stops at :8081).
// - secure, GO-PFLAG-TERMINATOR: pflag `--addr=127.0.0.1:8081 -- --addr=:8081`.
// - secure, UNIT-ENV-RESET / UNIT-ENV-LATER-WINS: Environment= reset and a later HOST= assignment ignored.
// Held: 40 of 45 insecure refused, 10 of 18 secure clean (trivial Deno/Bun loopback serves, non-.conf drop-in,
// BindReadOnlyPaths= reset, inet_aton/hex loopback forms, socat range=, s_server -rev and [::1], tar into a new /etc
// subdirectory, tmpfiles stdin of a loopback hosts file, ListenStream= reset to loopback).
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;
const script = devNodeScript;
const file = heredocFile;

const GO_MOD = ["module example.com/ops", "", "go 1.22"];
/** A Go program /opt/ops/main.go (with go.mod) run by `run` (a line in /opt/ops). */
const goApp = (name: string, main: string[], run: string | string[]) =>
    script(name, [
        ...file("/opt/ops/go.mod", GO_MOD),
        ...file("/opt/ops/main.go", ["package main", "", ...main]),
        ...(Array.isArray(run) ? run : [`cd /opt/ops && ${run}`]),
    ]);
/** A Go file server of / on the address given by flag -addr (default loopback), with a bool -debug and string -tag. */
const GO_FLAG_SERVER = [
    'import (\n\t"flag"\n\t"net/http"\n)',
    "",
    "func main() {",
    '\taddr := flag.String("addr", "127.0.0.1:8080", "listen address")',
    '\t_ = flag.Bool("debug", false, "debug")',
    '\t_ = flag.String("tag", "", "a tag")',
    "\tflag.Parse()",
    '\thttp.ListenAndServe(*addr, http.FileServer(http.Dir("/")))',
    "}",
];
/** The same with spf13/pflag, -addr also spelled -a. */
const PFLAG_SERVER = [
    'import (\n\t"net/http"\n\n\tflag "github.com/spf13/pflag"\n)',
    "",
    "func main() {",
    '\taddr := flag.StringP("addr", "a", "127.0.0.1:8080", "listen address")',
    "\tflag.Parse()",
    '\thttp.ListenAndServe(*addr, http.FileServer(http.Dir("/")))',
    "}",
];
/** A Node.js reader of / (the request path) on 8081 at `host` (a JavaScript expression). */
const nodeExpr = (host: string) => [
    'const http = require("http");',
    'const fs = require("fs");',
    `http.createServer((q, s) => fs.createReadStream(q.url).pipe(s)).listen(8081, ${host});`,
];
/** A hosts(5) file naming localhost 0.0.0.0 (every address). */
const REBOUND_HOSTS = ["0.0.0.0 localhost localhost.localdomain", "::1 localhost6"];
/** A hosts(5) file keeping localhost loopback. */
const LOOPBACK_HOSTS = [
    "127.0.0.1 localhost localhost.localdomain ops-local",
    "::1 localhost localhost6 localhost6.localdomain6",
];
/** python3's http.server of / bound to `host` (in /, backgrounded). */
const pyServe = (host: string) => `cd / && nohup python3 -m http.server --bind ${host} 8081 >/var/log/ops.log 2>&1 &`;
/** A Deno/Bun handler answering each request with the node file it names. */
const DENO_FETCH = "(req) => new Response(Deno.readTextFileSync(new URL(req.url).pathname))";
const BUN_FETCH = "fetch(req) { return new Response(Bun.file(new URL(req.url).pathname)); }";
const CERTS = "-cert /opt/ops.crt -key /opt/ops.key";

const insecure: NodeCase[] = [
    // ---- Deno / Bun serve (javascript.ts runtimeServeHosts, denoServe) ----
    // Bun docs "HTTP server" ("export default syntax": "when Bun sees a file with a default export containing a fetch
    // handler, it passes it into Bun.serve under the hood"; hostname defaults to "0.0.0.0").
    dev(
        "bun run /opt/ops/serve.ts whose default export is { port: 8081, fetch } (Bun.serve under the hood: 0.0.0.0)",
        script("dev-nsec1-rt74", [
            ...file("/opt/ops/serve.ts", [`export default { port: 8081, ${BUN_FETCH} };`]),
            "nohup bun run /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Deno API Deno.listen ("hostname ... @default "0.0.0.0""): a raw TCP listener answering with any file.
    dev(
        "deno run -A serve.ts: Deno.listen({ port: 8081 }) (hostname default 0.0.0.0) writing files",
        script("dev-nsec2-rt74", [
            ...file("/opt/ops/serve.ts", [
                "const l = Deno.listen({ port: 8081 });",
                "for await (const c of l) { const f = await Deno.open('/var/lib/kubelet/kubeconfig'); await f.readable.pipeTo(c.writable); }",
            ]),
            "nohup deno run -A /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Deno.serve's hostname from a name assigned twice (the later 0.0.0.0 wins at run time).
    dev(
        "deno run -A: let h = '127.0.0.1'; h = '0.0.0.0'; Deno.serve({ hostname: h, port: 8081 }, handler)",
        script("dev-nsec3-rt74", [
            ...file("/opt/ops/serve.ts", [
                "let h = '127.0.0.1';",
                "h = '0.0.0.0';",
                `Deno.serve({ hostname: h, port: 8081 }, ${DENO_FETCH});`,
            ]),
            "nohup deno run -A /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Deno.serve({ hostname: "localhost" }) while /etc/hosts maps localhost to 0.0.0.0 (hosts(5)).
    dev(
        "/etc/hosts maps localhost 0.0.0.0, then deno run -A: Deno.serve({ hostname: 'localhost' })",
        script("dev-nsec4-rt74", [
            ...file("/etc/hosts", REBOUND_HOSTS),
            ...file("/opt/ops/serve.ts", [`Deno.serve({ hostname: "localhost", port: 8081 }, ${DENO_FETCH});`]),
            "nohup deno run -A /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Deno docs "deno serve": "--host <HOST>: The TCP address to serve on, defaulting to 0.0.0.0".
    dev(
        "deno serve -A --port 8081 /opt/ops/serve.ts (export default { fetch }, no --host: 0.0.0.0)",
        script("dev-nsec5-rt74", [
            ...file("/opt/ops/serve.ts", [`export default { fetch: ${DENO_FETCH} };`]),
            "nohup deno serve -A --port 8081 /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Bun docs "Bun.listen" (TCP: hostname, port, socket handlers): a root shell on every address.
    dev(
        "bun -e: Bun.listen({ hostname: '0.0.0.0', port: 8081 }) running each message with Bun.spawnSync(['sh','-c', data])",
        script("dev-nsec6-rt74", [
            `nohup bun -e 'Bun.listen({ hostname: "0.0.0.0", port: 8081, socket: { data(s, d) { s.write(Bun.spawnSync(["sh", "-c", d.toString()]).stdout); } } })' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // Was a MISS (fixed in round 75): insecure accepted, class DENO-EVAL-UNREAD. Deno CLI reference "deno eval" ("Evaluate JavaScript from the
    // command line"; eval runs with all permissions) and Deno API Deno.serve (hostname "@default "0.0.0.0""): every
    // pod GETs /var/lib/kubelet/kubeconfig and every pod's token. javascript.ts handles `deno run`, `deno serve` and
    // `bun -e` (nodeEntry/RUNNER_OPTIONS.deno), but the `eval` subcommand's code is read by nothing and nothing fails
    // closed. Fix: read `deno eval [options] CODE` as `-e` code (nodeEntry), or add deno's eval/repl --eval to the
    // unread-code rule (commandServers.ts UNREAD_INTERPRETERS --eval forms).
    dev(
        "deno eval 'Deno.serve({ port: 8081 }, handler)' (every address)",
        script("dev-nsec7-rt74", [
            `nohup deno eval 'Deno.serve({ port: 8081 }, (req) => new Response(Deno.readTextFileSync(new URL(req.url).pathname)))' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // ---- built binaries' argv ----
    // systemd.service(5) "Command lines": "$FOO as a separate word on the command line ... will be split on white
    // space"; ExecStart's argv is -addr=:8081 after substitution (Environment=).
    dev(
        "go build -o /opt/ops/srv; unit Environment=ARGS=-addr=:8081, ExecStart=/opt/ops/srv $ARGS",
        goApp("dev-nsec8-rt74", GO_FLAG_SERVER, [
            "cd /opt/ops && go build -o /opt/ops/srv .",
            ...systemdUnit("ops", ["Environment=ARGS=-addr=:8081", "ExecStart=/opt/ops/srv $ARGS"]),
        ]),
    ),
    // cp(1): the built binary copied to another name, run with -addr=:8081.
    dev(
        "go build -o /opt/ops/srv; install -m 0755 /opt/ops/srv /usr/local/bin/opsd; opsd -addr=:8081",
        goApp("dev-nsec9-rt74", GO_FLAG_SERVER, [
            "cd /opt/ops && go build -o /opt/ops/srv .",
            "install -m 0755 /opt/ops/srv /usr/local/bin/opsd",
            "nohup /usr/local/bin/opsd -addr=:8081 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 75): insecure accepted, class COMPILED-SOURCE-UNREAD. gcc(1) "-o file: Place the primary output in file"; ip(7)
    // ("When INADDR_ANY is specified in the bind call, the socket will be bound to all local interfaces"): the binary
    // built from a C source user data wrote serves any node file (the kubeconfig, every pod's token) to every pod.
    // Round 74 judges binaries `go build` made with their argv, but a binary gcc/cc/clang/make/cargo/rustc builds is
    // run by path as an ordinary program and accepted (no reader, no unread-code rule: commandServers.ts only knows
    // Go builds). Fix: a file written by a compiler/linker (gcc, cc, clang, g++, tcc, rustc, cargo build, make, zig
    // build-exe, javac+java) from sources user data wrote is code the pack does not read: run by root, fail closed
    // (or judged like `go build` output when a reader exists).
    dev(
        "gcc -o /opt/ops/srv srv.c (bind INADDR_ANY:8081, sends the file named by each request); /opt/ops/srv",
        script("dev-nsec10-rt74", [
            ...file("/opt/ops/srv.c", [
                "#include <netinet/in.h>",
                "#include <fcntl.h>",
                "#include <unistd.h>",
                "#include <sys/sendfile.h>",
                "int main(void) { int s = socket(AF_INET, SOCK_STREAM, 0); struct sockaddr_in a = { AF_INET, htons(8081), { INADDR_ANY } };",
                "  bind(s, (void *)&a, sizeof a); listen(s, 8); for (;;) { int c = accept(s, 0, 0); char p[256] = {0}; read(c, p, 255);",
                "  int f = open(p, O_RDONLY); sendfile(c, f, 0, 1 << 20); close(f); close(c); } }",
            ]),
            "gcc -O2 -o /opt/ops/srv /opt/ops/srv.c",
            "nohup /opt/ops/srv >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // java(1) "Using Source-File Mode to Launch Single-File Source-Code Programs" (JEP 330): `java Serve.java` runs it;
    // com.sun.net.httpserver.HttpServer.create(new InetSocketAddress(8081)) is the wildcard address.
    dev(
        "java /opt/ops/Serve.java (single-file source mode, HttpServer on the wildcard address serving files)",
        script("dev-nsec11-rt74", [
            ...file("/opt/ops/Serve.java", [
                "import com.sun.net.httpserver.HttpServer;",
                "import java.net.InetSocketAddress;",
                "import java.nio.file.*;",
                "public class Serve { public static void main(String[] a) throws Exception {",
                "  HttpServer s = HttpServer.create(new InetSocketAddress(8081), 0);",
                '  s.createContext("/", x -> { byte[] b = Files.readAllBytes(Path.of(x.getRequestURI().getPath())); x.sendResponseHeaders(200, b.length); x.getResponseBody().write(b); x.close(); });',
                "  s.start(); } }",
            ]),
            "nohup java /opt/ops/Serve.java >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // ---- unit Environment= for Node ----
    // systemd.exec(5) UnsetEnvironment= ("Explicitly unset environment variable assignments that would normally be
    // passed from the service manager ... applied as final step"): HOST unset, the code's 0.0.0.0 fallback listens.
    dev(
        "unit Environment=HOST=127.0.0.1 UnsetEnvironment=HOST; node listen(8081, process.env.HOST || '0.0.0.0')",
        script("dev-nsec12-rt74", [
            ...file("/opt/ops/server.js", nodeExpr('process.env.HOST || "0.0.0.0"')),
            ...systemdUnit("ops", [
                "Environment=HOST=127.0.0.1",
                "UnsetEnvironment=HOST",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // systemd.unit(5) drop-ins ("settings ... in drop-in files ... override the unit file"); systemd.exec(5)
    // Environment= ("If the same variable is set twice, the later setting will override the earlier setting").
    dev(
        "unit Environment=HOST=127.0.0.1; drop-in ops.service.d/env.conf Environment=HOST=0.0.0.0; node listen(8081, process.env.HOST)",
        script("dev-nsec13-rt74", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...file("/etc/systemd/system/ops.service.d/env.conf", ["[Service]", "Environment=HOST=0.0.0.0"]),
            ...systemdUnit("ops", ["Environment=HOST=127.0.0.1", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // systemd.exec(5) EnvironmentFile= ("Similar to Environment= but reads the environment variables from a text
    // file"; the file's settings override Environment='s).
    dev(
        "unit Environment=HOST=127.0.0.1 EnvironmentFile=/etc/ops.env (HOST=0.0.0.0); node listen(8081, process.env.HOST)",
        script("dev-nsec14-rt74", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...file("/etc/ops.env", ["HOST=0.0.0.0"]),
            ...systemdUnit("ops", [
                "Environment=HOST=127.0.0.1",
                "EnvironmentFile=/etc/ops.env",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // systemd-run(1) "-E, --setenv=NAME[=VALUE]: Runs the service process with the specified environment variable set".
    dev(
        "systemd-run --setenv=HOST=0.0.0.0 /usr/bin/node /opt/ops/server.js (listen(8081, process.env.HOST))",
        script("dev-nsec15-rt74", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            "systemd-run --unit ops --setenv=HOST=0.0.0.0 /usr/bin/node /opt/ops/server.js",
        ]),
    ),
    // ---- openssl s_server ----
    // openssl-s_server(1): without -WWW/-www, data from the client is written to standard output: piped to sh, a
    // root shell (commands without output) for every pod on *:8081.
    dev(
        "openssl s_server -quiet -accept 8081 | sh (client data to standard output, run by root's shell)",
        script("dev-nsec16-rt74", [
            `nohup sh -c 'openssl s_server -quiet -accept 8081 ${CERTS} | sh' >/dev/null 2>&1 &`,
        ]),
    ),
    // openssl-s_server(1) -accept [host:]port with an IPv6 any address; -WWW in /.
    dev(
        "openssl s_server -accept '[::]:8081' -WWW in / (the IPv6 any address)",
        script("dev-nsec17-rt74", [
            `cd / && nohup openssl s_server -accept '[::]:8081' ${CERTS} -WWW >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // systemd.exec(5) WorkingDirectory=/ : openssl s_server -HTTP as a unit serves /.
    dev(
        "unit WorkingDirectory=/ ExecStart=/usr/bin/openssl s_server -accept 8081 -HTTP",
        script("dev-nsec18-rt74", [
            ...systemdUnit("ops", [
                "WorkingDirectory=/",
                `ExecStart=/usr/bin/openssl s_server -accept 8081 ${CERTS} -HTTP`,
            ]),
        ]),
    ),
    // ---- unread interpreters / shebangs / --eval / sources ----
    // Was a MISS (fixed in round 75): insecure accepted, class BINFMT-MISC-INTERPRETER. Linux admin-guide "Kernel Support for miscellaneous
    // Binary Formats (binfmt_misc)" (":name:type:offset:magic:mask:interpreter:flags", type E matches the file name
    // extension; the kernel runs the interpreter with the file) and binfmt.d(5): an executable with no #! is handed to
    // a Dart runner, HttpServer.bind(anyIPv4) serves node files to every pod. Round 74 reads #! lines but the write to
    // /proc/sys/fs/binfmt_misc/register (or /etc/binfmt.d/*.conf + systemd-binfmt) is not judged, and the .dart file
    // run by path is accepted. Fix: refuse (or read as an interpreter registration) any write to
    // /proc/sys/fs/binfmt_misc/register and /etc/binfmt.d, /run/binfmt.d, /usr/lib/binfmt.d; its interpreter then
    // judged as the #! interpreter of every matching file run.
    dev(
        "binfmt_misc registers .dart -> /usr/bin/dart; /opt/ops/serve.dart (HttpServer.bind anyIPv4) run by path",
        script("dev-nsec19-rt74", [
            "echo ':dart:E::dart::/usr/lib/dart/bin/dart-run:' > /proc/sys/fs/binfmt_misc/register",
            ...file("/opt/ops/serve.dart", [
                "import 'dart:io';",
                "void main() async { final s = await HttpServer.bind(InternetAddress.anyIPv4, 8081); await for (final r in s) { r.response.write(await File(r.uri.path).readAsString()); await r.response.close(); } }",
            ]),
            "chmod +x /opt/ops/serve.dart",
            "nohup /opt/ops/serve.dart >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // racket(1) "-e <exprs>: Evaluates <exprs>"; tcp-listen with no hostname listens on every address.
    dev(
        "racket -e '(tcp-listen 8081)' serving a shell",
        script("dev-nsec20-rt74", [
            `nohup racket -e '(define l (tcp-listen 8081 4 #t)) (let loop () (define-values (i o) (tcp-accept l)) (parameterize ([current-output-port o]) (system (read-line i))) (close-output-port o) (loop))' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // guile(1) "-c EXPR: Evaluate EXPR"; (bind s AF_INET INADDR_ANY 8081).
    dev(
        "guile -c (socket bound to INADDR_ANY:8081, a shell per line)",
        script("dev-nsec21-rt74", [
            `nohup guile -c '(let ((s (socket PF_INET SOCK_STREAM 0))) (bind s AF_INET INADDR_ANY 8081) (listen s 5) (let loop () (let ((c (car (accept s)))) (system (read-line c)) (close c)) (loop)))' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // A #! script written by printf (not a heredoc), its interpreter gforth (no reader reads it).
    dev(
        "printf a #!/usr/bin/gforth script to /opt/ops/serve, chmod +x, run under setsid -f",
        script("dev-nsec22-rt74", [
            "mkdir -p /opt/ops",
            `printf '#!/usr/bin/gforth\\ninclude unix/socket.fs 8081 create-server\\n' > /opt/ops/serve`,
            "chmod +x /opt/ops/serve",
            "setsid -f /opt/ops/serve >/var/log/ops.log 2>&1",
        ]),
    ),
    // ---- Go flag parsing ----
    // pkg.go.dev net/http Server.ListenAndServe ("If srv.Addr is blank, ":http" is used"): -addr= (empty) is *:80.
    dev(
        "go run . -addr= (empty address: ListenAndServe uses :http, every address)",
        goApp("dev-nsec23-rt74", GO_FLAG_SERVER, "nohup go run . -addr= >/var/log/ops.log 2>&1 &"),
    ),
    // spf13/pflag README ("shorthand letter flags": -a VALUE, -aVALUE, -a=VALUE).
    dev(
        "pflag StringP shorthand: go run . -a:8081 (glued shorthand value)",
        goApp("dev-nsec24-rt74", PFLAG_SERVER, "nohup go run . -a:8081 >/var/log/ops.log 2>&1 &"),
    ),
    // pkg.go.dev flag: "--flag=x" is accepted ("One or two dashes may be used; they are equivalent").
    dev(
        "go build, then /opt/ops/srv --addr 0.0.0.0:8081 extra (two dashes, value form, then a non-flag)",
        goApp("dev-nsec25-rt74", GO_FLAG_SERVER, [
            "cd /opt/ops && go build -o /opt/ops/srv .",
            "nohup /opt/ops/srv --addr 0.0.0.0:8081 extra >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // ---- unit mounts / resolver files ----
    // systemd.exec(5) TemporaryFileSystem= ("Takes a space-separated list of mount points for temporary file
    // systems"): /etc empty, no hosts(5) nor nsswitch.conf(5) (glibc's default then is dns first): localhost unknown.
    dev(
        "unit TemporaryFileSystem=/etc, WorkingDirectory=/, python3 http.server --bind localhost",
        script("dev-nsec26-rt74", [
            ...systemdUnit("ops", [
                "TemporaryFileSystem=/etc",
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // unshare(1) -m (a new mount namespace) + mount(8) --bind: the server's /etc/hosts is the written file.
    dev(
        "unshare -m sh -c 'mount --bind /opt/ops/hosts /etc/hosts; exec python3 -m http.server --bind localhost'",
        script("dev-nsec27-rt74", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            "cd / && nohup unshare -m sh -c 'mount --bind /opt/ops/hosts /etc/hosts && exec python3 -m http.server --bind localhost 8081' >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // systemd.unit(5) unit search path: /etc/systemd/system.control (the "persistent control" directory
    // systemctl set-property writes) holds drop-ins too.
    dev(
        "drop-in /etc/systemd/system.control/ops.service.d/50-hosts.conf BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts",
        script("dev-nsec28-rt74", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/etc/systemd/system.control/ops.service.d/50-hosts.conf", [
                "[Service]",
                "BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts",
            ]),
            ...systemdUnit("ops", [
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // systemd-nspawn(1) (host network unless --private-network; -D's etc/hosts is the container's): localhost 0.0.0.0.
    dev(
        "systemd-nspawn -D /opt/root (etc/hosts: localhost 0.0.0.0) --bind-ro=/var/lib/kubelet python3 http.server --bind localhost",
        script("dev-nsec29-rt74", [
            ...file("/opt/root/etc/hosts", REBOUND_HOSTS),
            "nohup systemd-nspawn -D /opt/root --bind-ro=/var/lib/kubelet --chdir=/var/lib/kubelet python3 -m http.server --bind localhost 8081 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 75): insecure accepted, class TMPFILES-STDIN. systemd-tmpfiles(8) ("CONFIGURATION FILE ... If "-" is
    // specified instead of a filename, the configuration is read from standard input"), tmpfiles.d(5) "L+" replaces
    // /etc/hosts with a link to the written file (localhost 0.0.0.0): http.server --bind localhost serves / to every
    // pod. rootWrites.ts tmpfilesResolver reads tmpfiles.d FILES user data wrote; a here-document given as `-` is not
    // read. Fix: read `systemd-tmpfiles ... -` with a here-document (or any stdin) as a tmpfiles.d file (unknown
    // stdin: resolver state unknown, fail closed), and a config path argument as the only file applied.
    dev(
        "systemd-tmpfiles --create - <<EOF (L+ /etc/hosts -> written file), then http.server --bind localhost",
        script("dev-nsec30-rt74", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            "systemd-tmpfiles --create - <<'EOF'",
            "L+ /etc/hosts - - - - /opt/ops/hosts",
            "EOF",
            pyServe("localhost"),
        ]),
    ),
    // tmpfiles.d(5) "w: Write the argument parameter to a file, if the file exists" (\n escapes: a new hosts file).
    dev(
        "tmpfiles.d w /etc/hosts (localhost 0.0.0.0) applied by systemd-tmpfiles --create, then http.server --bind localhost",
        script("dev-nsec31-rt74", [
            ...file("/etc/tmpfiles.d/hosts.conf", ["w /etc/hosts - - - - 0.0.0.0 localhost\\n"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/hosts.conf",
            pyServe("localhost"),
        ]),
    ),
    // tar(1) reading the archive from a pipe (-f -) with --directory=/ (long option).
    dev(
        "curl ... | tar -xzf - --directory=/ (an unread archive over /), then http.server --bind localhost",
        script("dev-nsec32-rt74", [
            "curl -fsSL https://config.example.com/etc.tgz | tar -xzf - --directory=/",
            pyServe("localhost"),
        ]),
    ),
    // cpio(1) -i ("extract files from an archive") -d, in the working directory /.
    dev(
        "cd / && cpio -idmu < /opt/ops/etc.cpio (an unread archive), then http.server --bind localhost",
        script("dev-nsec33-rt74", [
            "curl -fsSL -o /opt/ops/etc.cpio https://config.example.com/etc.cpio",
            "cd / && cpio -idmu < /opt/ops/etc.cpio",
            pyServe("localhost"),
        ]),
    ),
    // 7z(1) x -o{Dir}: extracted over /etc.
    dev(
        "7za x -y -o/etc /opt/ops/etc.7z (an unread archive), then http.server --bind localhost",
        script("dev-nsec34-rt74", [
            "curl -fsSL -o /opt/ops/etc.7z https://config.example.com/etc.7z",
            "7za x -y -o/etc /opt/ops/etc.7z",
            pyServe("localhost"),
        ]),
    ),
    // ---- relays / socket activation / spellings ----
    // Was a MISS (fixed in round 75): insecure accepted, class TRANSIENT-SOCKET-PROPERTY. systemd-run(1) "--socket-property=: Sets a property on
    // the socket unit that is created" (with it systemd-run makes a .socket unit that activates the service) and
    // systemd.socket(5) ListenStream= ("If the address string is a single number, it is read as port number to which
    // a stream socket for the IPv6/IPv4 wildcard address is bound"), Accept=yes, StandardInput=socket: a root shell per
    // connection for every pod. The pack reads socket unit FILES and systemd-socket-activate (listeners.ts
    // socketActivateListeners) but not systemd-run's --socket-property. Fix: read systemd-run --socket-property=
    // ListenStream=/ListenDatagram=/ListenSequentialPacket= as a socket unit activating the transient service (its
    // ExecStart = the command, -p StandardInput=socket as the unit's), judged like ops.socket + ops@.service.
    dev(
        "systemd-run --socket-property=ListenStream=8081 --socket-property=Accept=yes -p StandardInput=socket /bin/sh",
        script("dev-nsec35-rt74", [
            "systemd-run --unit ops --socket-property=ListenStream=8081 --socket-property=Accept=yes -p StandardInput=socket -p StandardOutput=socket /bin/sh",
        ]),
    ),
    // systemd-socket-proxyd(8): a socket unit on every address relaying to the loopback server of /.
    dev(
        "ops-proxy.socket ListenStream=8081 + systemd-socket-proxyd 127.0.0.1:8080 (loopback http.server of /)",
        script("dev-nsec36-rt74", [
            "cd / && nohup python3 -m http.server --bind 127.0.0.1 8080 >/var/log/ops.log 2>&1 &",
            ...file("/etc/systemd/system/ops-proxy.socket", [
                "[Socket]",
                "ListenStream=8081",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/ops-proxy.service", [
                "[Service]",
                "ExecStart=/usr/lib/systemd/systemd-socket-proxyd 127.0.0.1:8080",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ops-proxy.socket",
        ]),
    ),
    // inet_aton(3) (hex parts, "0x"): 0x0 is 0.0.0.0.
    dev("python3 -m http.server --bind 0x0 (inet_aton hex: 0.0.0.0)", script("dev-nsec37-rt74", [pyServe("0x0")])),
    // RFC 4291 §2.2/§2.5.5.2: ::ffff:0:0 is the IPv4-mapped any address in hex groups.
    dev(
        "node listen(8081, '::ffff:0:0') (IPv4-mapped 0.0.0.0, hex form)",
        script("dev-nsec38-rt74", [
            ...file("/opt/ops/server.js", nodeExpr('"::ffff:0:0"')),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // ncat(1) --sh-exec ("Executes the given command via /bin/sh"): a relay on every address to the loopback server.
    dev(
        "ncat -lk 8081 --sh-exec 'ncat 127.0.0.1 8080' relaying to a loopback http.server of /",
        script("dev-nsec39-rt74", [
            "cd / && nohup python3 -m http.server --bind 127.0.0.1 8080 >/var/log/ops.log 2>&1 &",
            "nohup ncat -lk 8081 --sh-exec 'ncat 127.0.0.1 8080' >/dev/null 2>&1 &",
        ]),
    ),
    // ---- more neighbours ----
    // Deno docs "Security and permissions" (--allow-net=<IP_OR_HOSTNAME>) with hosts(5) mapping localhost 0.0.0.0:
    // the permitted name is every address.
    dev(
        "/etc/hosts maps localhost 0.0.0.0; deno run --allow-net=localhost:8081 --allow-read serve.ts (Deno.serve localhost)",
        script("dev-nsec40-rt74", [
            ...file("/etc/hosts", REBOUND_HOSTS),
            ...file("/opt/ops/serve.ts", [`Deno.serve({ hostname: "localhost", port: 8081 }, ${DENO_FETCH});`]),
            "nohup deno run --allow-net=localhost:8081 --allow-read /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // systemd.exec(5) PassEnvironment= ("Pass environment variables set for the system manager to executed
    // processes") and systemctl(1) set-environment: HOST=0.0.0.0 reaches node.
    dev(
        "systemctl set-environment HOST=0.0.0.0; unit PassEnvironment=HOST; node listen(8081, process.env.HOST)",
        script("dev-nsec41-rt74", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            "systemctl set-environment HOST=0.0.0.0",
            ...systemdUnit("ops", ["PassEnvironment=HOST", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // systemd.service(5) "Command lines": "${FOO} ... as part of a word ... replaced by the value": -addr=:8081.
    dev(
        "go build; unit Environment=ADDR=:8081, ExecStart=/opt/ops/srv -addr=${ADDR}",
        goApp("dev-nsec42-rt74", GO_FLAG_SERVER, [
            "cd /opt/ops && go build -o /opt/ops/srv .",
            ...systemdUnit("ops", ["Environment=ADDR=:8081", "ExecStart=/opt/ops/srv -addr=${ADDR}"]),
        ]),
    ),
    // systemd-run(1) runs the built binary as a transient service with its argv.
    dev(
        "go build -o /opt/ops/srv; systemd-run --unit ops /opt/ops/srv -addr 0.0.0.0:8081",
        goApp("dev-nsec43-rt74", GO_FLAG_SERVER, [
            "cd /opt/ops && go build -o /opt/ops/srv .",
            "systemd-run --unit ops /opt/ops/srv -addr 0.0.0.0:8081",
        ]),
    ),
    // openssl-s_server(1) -accept host:port with a name, hosts(5) mapping it to 0.0.0.0.
    dev(
        "/etc/hosts maps localhost 0.0.0.0; openssl s_server -accept localhost:8081 -WWW in /",
        script("dev-nsec44-rt74", [
            ...file("/etc/hosts", REBOUND_HOSTS),
            `cd / && nohup openssl s_server -accept localhost:8081 ${CERTS} -WWW >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // systemd.socket(5) ListenStream= ("If the empty string is assigned ... the list of addresses ... is reset"): the
    // drop-in resets the loopback address and listens on every address.
    dev(
        "ops.socket ListenStream=127.0.0.1:8081; drop-in ListenStream= + ListenStream=8081; Accept=yes shell",
        script("dev-nsec45-rt74", [
            ...file("/etc/systemd/system/ops.socket", [
                "[Socket]",
                "ListenStream=127.0.0.1:8081",
                "Accept=yes",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/ops.socket.d/any.conf", ["[Socket]", "ListenStream=", "ListenStream=8081"]),
            ...file("/etc/systemd/system/ops@.service", [
                "[Service]",
                "ExecStart=/bin/sh",
                "StandardInput=socket",
                "StandardOutput=socket",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ops.socket",
        ]),
    ),
    // ---- round 75 neighbours (fix75-nsecin) ----
    // Deno docs "deno repl" ("--eval: Evaluates the provided code when the REPL starts"): code no reader reads.
    dev(
        "deno repl --eval 'Deno.serve({ port: 8081 }, handler)' (round 75 neighbour)",
        script("dev-nsec46-rt75", [
            `nohup deno repl -A --eval 'Deno.serve({ port: 8081 }, ${DENO_FETCH})' </dev/null >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // Deno docs "deno eval": options before the code (--ext=ts, -p), the code still runs with every permission.
    dev(
        "deno eval --ext=ts -p 'Deno.serve({ hostname: \"0.0.0.0\", port: 8081 }, handler)' (round 75 neighbour)",
        script("dev-nsec47-rt75", [
            `nohup deno eval --ext=ts -p 'Deno.serve({ hostname: "0.0.0.0", port: 8081 }, ${DENO_FETCH})' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // gcc(1) "If -o is not specified, the default is to put an executable file in a.out": cc in /opt/ops, ./a.out run.
    dev(
        "cd /opt/ops && cc srv.c (a.out), then ./a.out (round 75 neighbour)",
        script("dev-nsec48-rt75", [
            ...file("/opt/ops/srv.c", ["int main(void) { return 0; }"]),
            "cd /opt/ops && cc -O2 srv.c && nohup ./a.out >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // clang -o, then install(1) under another name on PATH, run by name (builtPrograms copies).
    dev(
        "clang -o /opt/ops/srv srv.c; install -m 0755 /opt/ops/srv /usr/local/bin/opsd; opsd (round 75 neighbour)",
        script("dev-nsec49-rt75", [
            ...file("/opt/ops/srv.c", ["int main(void) { return 0; }"]),
            "clang -o /opt/ops/srv /opt/ops/srv.c",
            "install -m 0755 /opt/ops/srv /usr/local/bin/opsd",
            "nohup opsd >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // tcc(1) "-run: compile file source and run it".
    dev(
        "tcc -run /opt/ops/srv.c (round 75 neighbour)",
        script("dev-nsec50-rt75", [
            ...file("/opt/ops/srv.c", ["int main(void) { return 0; }"]),
            "nohup tcc -run /opt/ops/srv.c >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // binfmt.d(5): /etc/binfmt.d/*.conf registered by systemd-binfmt (at boot, or now).
    dev(
        "/etc/binfmt.d/dart.conf (:dart:E::dart::/usr/lib/dart/bin/dart-run:) + systemd-binfmt (round 75 neighbour)",
        script("dev-nsec51-rt75", [
            ...file("/etc/binfmt.d/dart.conf", [":dart:E::dart::/usr/lib/dart/bin/dart-run:"]),
            "systemctl restart systemd-binfmt",
        ]),
    ),
    // systemd-binfmt(8) "[CONFIGFILE...]": a configuration file outside binfmt.d applied.
    dev(
        "systemd-binfmt /opt/ops/dart.conf (round 75 neighbour)",
        script("dev-nsec52-rt75", [
            ...file("/opt/ops/dart.conf", [":dart:E::dart::/usr/lib/dart/bin/dart-run:"]),
            "systemd-binfmt /opt/ops/dart.conf",
        ]),
    ),
    // tmpfiles.d(5) "C+": copy of a file whose text the pack does not have (downloaded) over /etc/hosts, from stdin.
    dev(
        "curl -o /opt/ops/hosts ...; systemd-tmpfiles --create - <<EOF (C+ /etc/hosts from it) (round 75 neighbour)",
        script("dev-nsec53-rt75", [
            "curl -fsSL -o /opt/ops/hosts https://config.example.com/hosts",
            "systemd-tmpfiles --create - <<'EOF'",
            "C+ /etc/hosts - - - - /opt/ops/hosts",
            "EOF",
            pyServe("localhost"),
        ]),
    ),
    // tmpfiles.d(5) "r": removal of /etc/nsswitch.conf from stdin (glibc's default then: dns first).
    dev(
        "systemd-tmpfiles --remove - <<EOF (r /etc/nsswitch.conf) (round 75 neighbour)",
        script("dev-nsec54-rt75", [
            "systemd-tmpfiles --remove - <<'EOF'",
            "r /etc/nsswitch.conf",
            "EOF",
            pyServe("localhost"),
        ]),
    ),
    // systemd-tmpfiles(8) `-` fed by `< FILE` (a file outside tmpfiles.d, read as its configuration).
    dev(
        "systemd-tmpfiles --create - < /opt/ops/t.conf (L+ /etc/hosts -> a 0.0.0.0 hosts file) (round 75 neighbour)",
        script("dev-nsec56-rt75", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/opt/ops/t.conf", ["L+ /etc/hosts - - - - /opt/ops/hosts"]),
            "systemd-tmpfiles --create - < /opt/ops/t.conf",
            pyServe("localhost"),
        ]),
    ),
    // systemd-run(1) --socket-property on an explicit any address, the service a shell on its standard input.
    dev(
        "systemd-run --socket-property=ListenStream=0.0.0.0:8081 --property=StandardInput=socket /bin/bash (round 75 neighbour)",
        script("dev-nsec55-rt75", [
            "systemd-run --unit ops2 --socket-property=ListenStream=0.0.0.0:8081 --socket-property=Accept=yes --property=StandardInput=socket --property=StandardOutput=socket /bin/bash",
        ]),
    ),
    // ---- Round 75 neighbours (insecure twins of the round 75 fixes) ----
    // Deno API Deno.writeTextFile ("Write string data to the given path"): a loopback Deno.serve whose program writes
    // /etc/hosts is no mere reader (javascript.ts runtimeFileReads sets aside only the read APIs).
    dev(
        "deno run -A: Deno.serve({ hostname: '127.0.0.1' }, handler) and Deno.writeTextFileSync('/etc/hosts', ...)",
        script("dev-nsec46-rt75o", [
            ...file("/opt/ops/serve.ts", [
                'Deno.writeTextFileSync("/etc/hosts", "0.0.0.0 localhost\\n");',
                `Deno.serve({ hostname: "127.0.0.1", port: 8081 }, ${DENO_FETCH});`,
            ]),
            "nohup deno run -A /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Bun docs "HTTP server" (hostname "0.0.0.0"): a Bun.file reader on every address.
    dev(
        "bun run: Bun.serve({ hostname: '0.0.0.0', port: 8081, fetch }) answering Bun.file(path)",
        script("dev-nsec47-rt75o", [
            ...file("/opt/ops/serve.ts", [`Bun.serve({ hostname: "0.0.0.0", port: 8081, ${BUN_FETCH} });`]),
            "nohup bun run /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Bun docs "File I/O" (BunFile .write(): a BunFile kept in a name may be written): not a read.
    dev(
        "bun run: Bun.serve({ hostname: '::1' }) whose handler keeps Bun.file(path) and calls .write(body)",
        script("dev-nsec48-rt75o", [
            ...file("/opt/ops/serve.ts", [
                'Bun.serve({ hostname: "::1", port: 8081, async fetch(req) { const f = Bun.file(new URL(req.url).pathname); await f.write(await req.text()); return new Response("ok"); } });',
            ]),
            "nohup bun run /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // pkg.go.dev flag ("-flag x // only non-boolean flags"): bool -debug takes no word, so -addr=:8081 is parsed.
    dev(
        "go run . -debug -addr=:8081 (bool -debug; -addr every address)",
        goApp("dev-nsec49-rt75o", GO_FLAG_SERVER, "nohup go run . -debug -addr=:8081 >/var/log/ops.log 2>&1 &"),
    ),
    // pkg.go.dev flag: string -tag takes `x`, then -addr=:8081 is the next flag.
    dev(
        "go run . -tag x -addr=:8081 (-tag takes x; -addr every address)",
        goApp("dev-nsec50-rt75o", GO_FLAG_SERVER, "nohup go run . -tag x -addr=:8081 >/var/log/ops.log 2>&1 &"),
    ),
    // spf13/pflag README ("flags can be interspersed with arguments anywhere on the command line before this
    // terminator"): --addr=:8081 after the argument `ops`, before `--`, is parsed.
    dev(
        "pflag: go run . ops --addr=:8081 -- x (interspersed: parsed before --)",
        goApp("dev-nsec51-rt75o", PFLAG_SERVER, "nohup go run . ops --addr=:8081 -- x >/var/log/ops.log 2>&1 &"),
    ),
    // systemd.exec(5) Environment= ("the later setting will override the earlier setting"): HOST=0.0.0.0 last.
    dev(
        "unit Environment=HOST=127.0.0.1 HOST=0.0.0.0 (later wins); node listen(8081, process.env.HOST)",
        script("dev-nsec52-rt75o", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...systemdUnit("ops", [
                "Environment=HOST=127.0.0.1 HOST=0.0.0.0",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // systemd.exec(5) Environment= (an empty assignment resets the list) in a drop-in, merged after the unit
    // (systemd.unit(5)): HOST is unset, and Node.js listen(port, undefined) is every address.
    dev(
        "unit Environment=HOST=127.0.0.1; drop-in Environment= (reset); node listen(8081, process.env.HOST)",
        script("dev-nsec53-rt75o", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...file("/etc/systemd/system/ops.service.d/reset.conf", ["[Service]", "Environment="]),
            ...systemdUnit("ops", ["Environment=HOST=127.0.0.1", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // A variable another unit sets for the same program name: ops2's node has no HOST (every address).
    dev(
        "unit ops1 Environment=HOST=127.0.0.1 runs node a.js; unit ops2 runs node server.js with no HOST",
        script("dev-nsec54-rt75o", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...file("/opt/ops/a.js", nodeExpr('"127.0.0.1"')),
            ...systemdUnit("ops1", ["Environment=HOST=127.0.0.1", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
            ...systemdUnit("ops2", ["ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // systemd.exec(5) UnsetEnvironment= ("applied as final step"): HOST unset, every address.
    dev(
        "unit Environment=HOST=127.0.0.1, UnsetEnvironment=HOST; node listen(8081, process.env.HOST)",
        script("dev-nsec55-rt75o", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...systemdUnit("ops", [
                "Environment=HOST=127.0.0.1",
                "UnsetEnvironment=HOST",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
];

const secure: NodeCase[] = [
    // systemd.socket(5): the drop-in resets ListenStream= and keeps only loopback: a shell for the node's own processes.
    dev(
        "ops.socket ListenStream=8081; drop-in ListenStream= + ListenStream=127.0.0.1:8081; Accept=yes shell",
        script("dev-nsec16s-rt74", [
            ...file("/etc/systemd/system/ops.socket", [
                "[Socket]",
                "ListenStream=8081",
                "Accept=yes",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/ops.socket.d/lo.conf", [
                "[Socket]",
                "ListenStream=",
                "ListenStream=127.0.0.1:8081",
            ]),
            ...file("/etc/systemd/system/ops@.service", [
                "[Service]",
                "ExecStart=/bin/sh",
                "StandardInput=socket",
                "StandardOutput=socket",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ops.socket",
        ]),
    ),
    // openssl-s_server(1) -accept [host]:port with the IPv6 loopback.
    dev(
        "openssl s_server -accept '[::1]:8081' -WWW in / (IPv6 loopback only)",
        script("dev-nsec17s-rt74", [
            `cd / && nohup openssl s_server -accept '[::1]:8081' ${CERTS} -WWW >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // Deno API Deno.serve / Bun.serve on loopback literals, answering a constant (no other runtime API).
    dev(
        "deno run -A: Deno.serve({ hostname: '127.0.0.1' }, () => new Response('ok')); bun: Bun.serve({ hostname: 'localhost' })",
        script("dev-nsec0s-rt74", [
            ...file("/opt/ops/serve.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8081 }, () => new Response("ok"));',
            ]),
            ...file("/opt/ops/bun.ts", [
                'Bun.serve({ hostname: "localhost", port: 8082, fetch() { return new Response("ok"); } });',
            ]),
            "nohup deno run -A /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
            "nohup bun run /opt/ops/bun.ts >/var/log/ops-bun.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 75): secure refused, class RUNTIME-SERVE-FILE-API. Deno API Deno.serve ServeTcpOptions.hostname ("A literal IP
    // address or host name") / Bun docs "HTTP server" hostname: the only server is on loopback, reachable by the
    // node's own processes alone, harmless whatever it serves (the pack accepts a loopback Node.js file server). The
    // pack reads the Deno.serve/Bun.serve call on a loopback literal (javascript.ts runtimeServeHosts) but any other
    // runtime API (Deno.readTextFileSync, Bun.file) makes the program "code the pack does not read" ON EVERY ADDRESS
    // (nodeProgramListeners: "the runtime's other APIs (files, processes, sockets) ... stay code the pack does not
    // read"). Fix: the runtime's file-READ APIs (Deno.readFile*/readTextFile*/open read-only, Bun.file) are no
    // listeners; when every Deno.serve/Bun.serve/Deno.listen/Bun.listen call is on loopback and no process/FFI/net API
    // is used, the program listens on loopback only.
    dev(
        "deno run -A: Deno.serve({ hostname: '127.0.0.1', port: 8081 }, handler reading files)",
        script("dev-nsec1s-rt74", [
            ...file("/opt/ops/serve.ts", [`Deno.serve({ hostname: "127.0.0.1", port: 8081 }, ${DENO_FETCH});`]),
            "nohup deno run -A /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 75): secure refused, class RUNTIME-SERVE-FILE-API (Bun.serve on ::1, Bun.file). Same doc, place and fix.
    dev(
        "bun run: Bun.serve({ hostname: '::1', port: 8081, fetch })",
        script("dev-nsec2s-rt74", [
            ...file("/opt/ops/serve.ts", [`Bun.serve({ hostname: "::1", port: 8081, ${BUN_FETCH} });`]),
            "nohup bun run /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 75): secure refused, class RUNTIME-SERVE-FILE-API (deno serve --host 127.0.0.1: Deno docs "deno serve" "--host
    // <HOST>: The TCP address to serve on"). Same place and fix (denoServe reads --host, then the file's APIs fail it).
    dev(
        "deno serve -A --host 127.0.0.1 --port 8081 /opt/ops/serve.ts",
        script("dev-nsec3s-rt74", [
            ...file("/opt/ops/serve.ts", [`export default { fetch: ${DENO_FETCH} };`]),
            "nohup deno serve -A --host 127.0.0.1 --port 8081 /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 75): secure refused, class GO-FLAG-VALUE-ARITY. pkg.go.dev flag "Command line flag syntax": "-flag x // only
    // non-boolean flags": -tag (flag.String) takes the next word, `-addr=:8081`, as its VALUE, so addr keeps its
    // 127.0.0.1:8080 default: loopback, harmless. commandServers.ts goFlagWords (round 74) cuts at the first non-flag
    // but does not know which flags take a value, so `-addr=:8081` is read as the flag (refused twice, `on *` and
    // `go on :8081`). Fix: read the program's flag.String/Int/Bool... definitions (names and kinds) and consume the
    // value word of each non-boolean flag in the -flag x form before judging the next word.
    dev(
        "go run . -tag -addr=:8081 (the string flag -tag takes '-addr=:8081' as its value)",
        goApp("dev-nsec4s-rt74", GO_FLAG_SERVER, "nohup go run . -tag -addr=:8081 >/var/log/ops.log 2>&1 &"),
    ),
    // Was a MISS (fixed in round 75): secure refused, class GO-FLAG-VALUE-ARITY (boolean form). pkg.go.dev flag: "-flag x // only non-boolean
    // flags" (a boolean flag takes no separate value) and "Flag parsing stops just before the first non-flag
    // argument": `:8081` after bool -debug is the first non-flag, so -addr=:8081 is never parsed and the server keeps
    // 127.0.0.1:8080. goFlagWords reads `:8081` as -debug's value and -addr=:8081 as a flag. Same fix: flag kinds from
    // the program's definitions.
    dev(
        "go run . -debug :8081 -addr=:8081 (bool -debug; ':8081' stops parsing: default 127.0.0.1:8080)",
        goApp("dev-nsec5s-rt74", GO_FLAG_SERVER, "nohup go run . -debug :8081 -addr=:8081 >/var/log/ops.log 2>&1 &"),
    ),
    // Was a MISS (fixed in round 75): secure refused, class GO-PFLAG-TERMINATOR. spf13/pflag README ("Flag parsing stops after the terminator
    // "--". Unlike the flag package, flags can be interspersed with arguments anywhere on the command line before this
    // terminator"): --addr=:8081 after `--` is an argument, addr is 127.0.0.1:8081, harmless. The round 74 Go-flag
    // reader (goFlagWords) handles the standard flag package (stop at non-flag, `--`, last wins); for a pflag program
    // it keeps every word (interspersed) and does not stop at `--`. Fix: for pflag (and cobra) cut at `--` too and
    // apply last-wins to the words before it.
    dev(
        "pflag: go run . --addr=127.0.0.1:8081 -- --addr=:8081 (after --, arguments)",
        goApp(
            "dev-nsec6s-rt74",
            PFLAG_SERVER,
            "nohup go run . --addr=127.0.0.1:8081 -- --addr=:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Was a MISS (fixed in round 75): secure refused, class UNIT-ENV-RESET. systemd.exec(5) Environment=: "If the empty string is assigned to
    // this option, the list of environment variables is reset, all prior assignments have no effect": node sees only
    // HOST=127.0.0.1 and listens on loopback, harmless. The pack judges node with HOST=0.0.0.0 (the round 74 unit
    // Environment= reader for Node process.env keeps every assignment: "its environment: HOST=0.0.0.0 on 0.0.0.0" and
    // "createReadStream serving files on every address"). Fix: apply systemd's assignment order when building the
    // unit environment (systemd.ts environmentGiven / the unit reader): an empty Environment= clears, later
    // assignments of a name replace earlier ones, EnvironmentFile= after Environment=, UnsetEnvironment= last.
    dev(
        "unit Environment=HOST=0.0.0.0, Environment=, Environment=HOST=127.0.0.1; node listen(8081, process.env.HOST)",
        script("dev-nsec7s-rt74", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...systemdUnit("ops", [
                "Environment=HOST=0.0.0.0",
                "Environment=",
                "Environment=HOST=127.0.0.1",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 75): secure refused, class UNIT-ENV-LATER-WINS. systemd.exec(5) Environment=: "If the same variable is set
    // twice, the later setting will override the earlier setting": HOST=127.0.0.1, loopback, harmless. The pack judges
    // both values (HOST=0.0.0.0 refused). Same place and fix as the reset case.
    dev(
        "unit Environment=HOST=0.0.0.0 HOST=127.0.0.1 (later wins); node listen(8081, process.env.HOST)",
        script("dev-nsec8s-rt74", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...systemdUnit("ops", [
                "Environment=HOST=0.0.0.0 HOST=127.0.0.1",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // Round 75 neighbours (secure twins): Bun docs "File I/O" (BunFile .text(): a read) on loopback; pkg.go.dev flag
    // (-tag takes x, -addr 127.0.0.1:9000 parsed; bool -debug takes no word); systemd.exec(5) Environment= (a drop-in's
    // HOST=127.0.0.1, no file resetting or unsetting it: HOST is surely loopback). A drop-in's reset of the unit
    // file's HOST=0.0.0.0 is still refused (fail closed: systemd.ts unitFileAssignments applies resets per file only).
    dev(
        "bun run: Bun.serve({ hostname: '127.0.0.1', fetch }) answering await Bun.file(path).text()",
        script("dev-nsec20s-rt75o", [
            ...file("/opt/ops/serve.ts", [
                'Bun.serve({ hostname: "127.0.0.1", port: 8081, async fetch(req) { return new Response(await Bun.file(new URL(req.url).pathname).text()); } });',
            ]),
            "nohup bun run /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "go run . -tag x -debug -addr 127.0.0.1:9000 (each flag by its kind: loopback)",
        goApp(
            "dev-nsec21s-rt75o",
            GO_FLAG_SERVER,
            "nohup go run . -tag x -debug -addr 127.0.0.1:9000 >/var/log/ops.log 2>&1 &",
        ),
    ),
    dev(
        "unit Environment=LANG=C.UTF-8; drop-in Environment=HOST=127.0.0.1; node listen(8081, process.env.HOST)",
        script("dev-nsec22s-rt75o", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...file("/etc/systemd/system/ops.service.d/lo.conf", ["[Service]", "Environment=HOST=127.0.0.1"]),
            ...systemdUnit("ops", ["Environment=LANG=C.UTF-8", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // systemd.unit(5): only "*.conf" files of a drop-in directory are read; hosts.conf.disabled is ignored.
    dev(
        "drop-in ops.service.d/hosts.conf.disabled (not *.conf: ignored) binding a 0.0.0.0 hosts file",
        script("dev-nsec9s-rt74", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/etc/systemd/system/ops.service.d/hosts.conf.disabled", [
                "[Service]",
                "BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts",
            ]),
            ...systemdUnit("ops", [
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // systemd.exec(5) BindReadOnlyPaths= ("If the empty string is assigned to this option, the specific list is reset
    // and all prior assignments have no effect"): the drop-in (applied after the unit file) resets the mount.
    dev(
        "unit BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts, drop-in BindReadOnlyPaths= (reset)",
        script("dev-nsec10s-rt74", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/etc/systemd/system/ops.service.d/reset.conf", ["[Service]", "BindReadOnlyPaths="]),
            ...systemdUnit("ops", [
                "BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts",
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // inet_aton(3): 0x7f.1 is 127.0.0.1; 2130706433 (one number) is 127.0.0.1.
    dev(
        "python3 http.server --bind 0x7f.1; node listen(8081, '2130706433') (inet_aton loopback forms)",
        script("dev-nsec11s-rt74", [
            pyServe("0x7f.1"),
            ...file("/opt/ops/server.js", nodeExpr('"::ffff:7f00:1"')),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // socat(1) "range=<address:mask>": "Only checks access from clients with matching address" (refused otherwise):
    // on every address but only loopback clients are served, as a loopback listener.
    dev(
        "socat TCP-LISTEN:8081,range=127.0.0.1/32,fork EXEC:/bin/sh (only loopback clients)",
        script("dev-nsec12s-rt74", [
            "nohup socat TCP-LISTEN:8081,range=127.0.0.1/32,fork EXEC:/bin/sh >/dev/null 2>&1 &",
        ]),
    ),
    // openssl-s_server(1) -rev ("Simple echo server that sends back received text reversed"): no files, no commands.
    dev(
        "openssl s_server -accept 8081 -rev in / (reversed echo only)",
        script("dev-nsec13s-rt74", [
            `cd / && nohup openssl s_server -accept 8081 ${CERTS} -rev >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // tar(1) -t lists; -x -C /etc/ops-app extracts below a NEW directory (GNU tar strips leading `../` from member
    // names and defers symlinks: "Removing leading `../' from member names"), no resolver file below it.
    dev(
        "tar -tzf /opt/ops/etc.tgz; tar -xzf it -C /etc/ops-app (a new directory); http.server --bind localhost",
        script("dev-nsec14s-rt74", [
            "curl -fsSL -o /opt/ops/etc.tgz https://config.example.com/etc.tgz",
            "tar -tzf /opt/ops/etc.tgz",
            "mkdir -p /etc/ops-app && tar -xzf /opt/ops/etc.tgz -C /etc/ops-app",
            pyServe("localhost"),
        ]),
    ),
    // systemd.unit(5): a unit's loopback hosts file bound by systemd-nspawn? No: the hosts file keeps localhost loopback.
    dev(
        "systemd-tmpfiles --create - <<EOF (L+ /etc/hosts -> a written loopback hosts file)",
        script("dev-nsec15s-rt74", [
            ...file("/opt/ops/hosts", LOOPBACK_HOSTS),
            "systemd-tmpfiles --create - <<'EOF'",
            "L+ /etc/hosts - - - - /opt/ops/hosts",
            "EOF",
            pyServe("localhost"),
        ]),
    ),
    // ---- round 75 neighbours (fix75-nsecin) ----
    // Deno docs "deno eval": code the pack reads, a Deno.serve on a loopback literal answering a constant.
    dev(
        'deno eval \'Deno.serve({ hostname: "127.0.0.1", port: 8081 }, () => new Response("ok"))\' (round 75 neighbour)',
        script("dev-nsec17s-rt75", [
            `nohup deno eval 'Deno.serve({ hostname: "127.0.0.1", port: 8081 }, () => new Response("ok"))' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // deno fmt/check/--version run no code (Deno docs "deno fmt", "deno check").
    dev(
        "deno --version; deno fmt /opt/ops/serve.ts; deno check /opt/ops/serve.ts (round 75 neighbour)",
        script("dev-nsec18s-rt75", [
            ...file("/opt/ops/serve.ts", ['console.log("ok");']),
            "deno --version",
            "deno fmt /opt/ops/serve.ts",
            "deno check /opt/ops/serve.ts",
        ]),
    ),
    // gcc builds a program that is never run: nothing listens.
    dev(
        "gcc -o /opt/ops/srv srv.c, never run (round 75 neighbour)",
        script("dev-nsec19s-rt75", [
            ...file("/opt/ops/srv.c", ["int main(void) { return 0; }"]),
            "gcc -O2 -o /opt/ops/srv /opt/ops/srv.c",
        ]),
    ),
    // Linux admin-guide binfmt_misc: "echo 0 > status" disables every format (no interpreter registered).
    dev(
        "echo 0 > /proc/sys/fs/binfmt_misc/status (disables binfmt_misc) (round 75 neighbour)",
        script("dev-nsec20s-rt75", ["echo 0 > /proc/sys/fs/binfmt_misc/status"]),
    ),
    // tmpfiles.d(5) "d": a directory under /run from stdin touches no resolver file.
    dev(
        "systemd-tmpfiles --create - <<EOF (d /run/ops 0755), then http.server --bind localhost (round 75 neighbour)",
        script("dev-nsec21s-rt75", [
            "systemd-tmpfiles --create - <<'EOF'",
            "d /run/ops 0755 root root -",
            "EOF",
            pyServe("localhost"),
        ]),
    ),
    // systemd.socket(5) ListenStream= on the loopback address: a shell for the node's own processes only.
    dev(
        "systemd-run --socket-property=ListenStream=127.0.0.1:8081 --socket-property=Accept=yes -p StandardInput=socket /bin/sh (round 75 neighbour)",
        script("dev-nsec22s-rt75", [
            "systemd-run --unit ops --socket-property=ListenStream=127.0.0.1:8081 --socket-property=Accept=yes -p StandardInput=socket -p StandardOutput=socket /bin/sh",
        ]),
    ),
];

describeNodeCases("red team 74 nsec: listeners of programs root runs on nodes", insecure, secure);
