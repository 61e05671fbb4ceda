// Red-team round 67 on EKS NODE user data (fresh eyes), nsec builds: round 67's builtPrograms (go build/install, cargo
// build target/, dotnet build|publish output run as their sources), dotnetBuildWrites, cargoConfigured, SPAWN_API,
// -toolexec/GOFLAGS, workspace.dependencies paths, and the round-67 fixers' named gaps (go generate/-toolexec at build,
// aliased os/exec, Swift Process, cargo workspace.dependencies).
// Probed: aliased/dot imports of os/exec, x/sys/unix.Exec, Rust `use std::process::{Command as Cmd}`, C# `new Process()`
// + Start(), Swift Process(); code that runs at build time with the output never run (go build -toolexec, GOFLAGS,
// cargo build.rs, RUSTC_WRAPPER, dotnet <Exec> target), go generate, go test/cargo test; programs built other ways
// (javac + java -cp, kotlinc + java -jar, swiftc -o, cargo install --path --root); go build + cp + systemd unit;
// [workspace.dependencies] path outside the workspace. Secure neighbours: go build to a unit, default output names,
// ./cmd/web, go install to /root/go/bin, cargo build run from a unit, cargo install --path of a loopback server,
// workspace.dependencies inside the workspace, dotnet build bin/ from a unit, Process.GetCurrentProcess, java --source
// loopback, //go:embed, and ordinary `//` comments in Go/Rust sources.
// Misses (17 insecure accepted, 2 secure refused): aliased/dot-imported os/exec; unix.Exec; Rust aliased Command in a
// use group; C# `new Process()` + Start(); Swift Process(); build-time code with the output never run (go build
// -toolexec, GOFLAGS=-toolexec, cargo build.rs spawning, RUSTC_WRAPPER, dotnet build <Exec> target); go test; cargo
// test; javac + java -cp; swiftc -o; cargo install --path; kotlinc + java -jar. Secure refused: any Go or Rust source
// with a `// ` comment line (nodeJudge.configured reads `//` as a glob of / covering the node's credentials).
// Kept passing: go generate, go build + cp + unit (serving /), cargo workspace.dependencies path outside the workspace,
// and the secure neighbours above.
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const file = heredocFile;

const SERVED = /web|node|3000|serv|unread|8080|8081|8000|go|cargo|dotnet|java|javac|swift|kotlin|unknown|process|build/;

const GO_MOD = ["module example.com/ops", "", "go 1.22"];
const GO_MAIN_LOOPBACK = [
    "package main",
    "",
    'import "net/http"',
    "",
    "func main() {",
    '\thttp.ListenAndServe("127.0.0.1:8080", http.FileServer(http.Dir("/opt/ops/static")))',
    "}",
];
const GO_MAIN_ROOT = [
    "package main",
    "",
    'import "net/http"',
    "",
    "func main() {",
    '\thttp.ListenAndServe(":8080", http.FileServer(http.Dir("/")))',
    "}",
];
const CARGO_TOML = ["[package]", 'name = "ops"', 'version = "0.1.0"', 'edition = "2021"'];
const RUST_LOOPBACK = [
    "use std::net::TcpListener;",
    'fn main() { let l = TcpListener::bind("127.0.0.1:8080").unwrap(); for s in l.incoming() { drop(s); } }',
];

const insecure: NodeCase[] = [
    // --- aliased and other spawn APIs in sources run by go run / cargo run / dotnet run / swift.
    // Was a MISS (fixed in round 68): insecure accepted (a gap the round-67 fixers named). Go spec "Import declarations" (`import m "lib/math"`:
    // the package's exported identifiers are accessed as m.Name) and os/exec docs (Command "returns the Cmd struct to
    // execute the named program"): `run.Command("python3", "-m", "http.server", "-d", "/", "8081").Run()` starts
    // Python's file server of / on every address (Python docs http.server: binds all interfaces by default) as root.
    // SPAWN_API (userData.ts) matches only the literal `exec.Command`. Fix: resolve the import names of os/exec,
    // syscall, os (aliases, `.` imports) and match `<alias>.Command`/`Command(`; or fail closed on any source
    // importing "os/exec"/"syscall"/"golang.org/x/sys/unix".
    dev(
        'go run main.go: os/exec imported as `run` (import run "os/exec"; run.Command("python3", "-m", "http.server", "-d", "/", "8081"))',
        script("dev-node-go-exec-alias-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import run "os/exec"',
                "",
                "func main() {",
                '\trun.Command("python3", "-m", "http.server", "-d", "/", "8081").Run()',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. Go spec "Import declarations": with `import . "os/exec"` the package's exported
    // identifiers are declared in the file block and used without a qualifier, so `Command("python3", ...).Run()`
    // starts python3 -m http.server -d / 8081 (every address, Python docs http.server) as root. SPAWN_API
    // (userData.ts) needs `exec.Command`. Fix: an import of "os/exec" (any name, `.`, or `_`-less) makes the source
    // spawning (fail closed), not only the qualified call text.
    dev(
        'go run main.go: os/exec dot-imported (import . "os/exec"; Command("python3", ...).Run())',
        script("dev-node-go-exec-dot-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import . "os/exec"',
                "",
                "func main() {",
                '\tCommand("python3", "-m", "http.server", "-d", "/", "8081").Run()',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. pkg.go.dev golang.org/x/sys/unix `func Exec(argv0 string, argv []string, envv []string)
    // error` (execve(2): replaces the process with python3 -m http.server -d / 8081, every address, as root).
    // SPAWN_API (userData.ts) lists syscall.Exec/os.StartProcess and lower-case libc names only;
    // `unix.Exec`/`unix.ForkExec`/`unix.Syscall(SYS_EXECVE...)` pass. Fix: add golang.org/x/sys/unix (and windows)
    // Exec/ForkExec/Syscall*, or fail closed on any import of syscall or x/sys/unix.
    dev(
        'go run main.go: golang.org/x/sys/unix.Exec("/usr/bin/python3", [python3 -m http.server -d / 8081], env)',
        script("dev-node-go-unix-exec-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import "golang.org/x/sys/unix"',
                "",
                "func main() {",
                '\tunix.Exec("/usr/bin/python3", []string{"python3", "-m", "http.server", "-d", "/", "8081"}, nil)',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted (aliased imports the round-67 fixers named). Rust reference "Use declarations" (`use
    // a::b::{c as d}` binds d) and std::process::Command ("A process builder ... spawn/status/output"):
    // `Cmd::new("python3").args(["-m", "http.server", "-d", "/", "8081"]).status()` runs Python's file server of / on
    // every address as root. SPAWN_API (userData.ts) matches `Command::new` or `process::Command` but not
    // `process::{Command as Cmd}`. Fix: treat any `std::process` (or `process::{...}`) path in a source as spawning,
    // whatever the bound name.
    dev(
        'cargo run: src/main.rs `use std::process::{Command as Cmd}; Cmd::new("python3")...` (aliased in a use group)',
        script("dev-node-cargo-command-alias-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", [
                "use std::process::{Command as Cmd, Stdio};",
                'fn main() { Cmd::new("python3").args(["-m", "http.server", "-d", "/", "8081"]).stdout(Stdio::null()).status().unwrap(); }',
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. MS Learn System.Diagnostics.Process: `new Process()` with StartInfo.FileName/Arguments
    // then instance `Start()` ("Starts (or reuses) the process resource that is specified by the StartInfo property"):
    // python3 -m http.server -d / 8081 (every address) as root. SPAWN_API (userData.ts) matches only the static
    // `Process.Start`/`ProcessStartInfo` text. Fix: `new Process`, `Process(` constructors, `using System.Diagnostics`
    // with `.Start()`, or any System.Diagnostics.Process use: spawning (fail closed).
    dev(
        'dotnet run: Program.cs `var p = new Process(); p.StartInfo.FileName = "python3"; ...; p.Start();`',
        script("dev-node-dotnet-new-process-nodes", [
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk"></Project>']),
            ...file("/opt/ops/web/Program.cs", [
                "using System.Diagnostics;",
                "var p = new Process();",
                'p.StartInfo.FileName = "python3";',
                'p.StartInfo.Arguments = "-m http.server -d / 8081";',
                "p.Start();",
                "p.WaitForExit();",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted (Swift Process, a gap the round-67 fixers named). Apple Foundation docs `Process` ("An
    // object that represents a subprocess of the current process"; executableURL, arguments, run()): `swift
    // main.swift` runs python3 -m http.server -d / 8081 (every address) as root. SPAWN_API (userData.ts) matches
    // `Process.Start`/`Process.spawn`, not Swift's `Process()` + `run()`/`launch()` (nor NSTask, posix_spawn via Glibc
    // is matched). Fix: `Process()`/`NSTask`/`Subprocess.run` in .swift sources: spawning.
    dev(
        "swift main.swift: Foundation Process() runs python3 -m http.server -d / 8081",
        script("dev-node-swift-process-nodes", [
            ...file("/opt/ops/main.swift", [
                "import Foundation",
                "let p = Process()",
                'p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")',
                'p.arguments = ["-m", "http.server", "-d", "/", "8081"]',
                "try p.run()",
                "p.waitUntilExit()",
            ]),
            "cd /opt/ops && nohup swift main.swift >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // --- code that runs at build time, the built program never run.
    dev(
        "go generate ./... (a //go:generate line starts python3 -m http.server -d / 8081), then go build a loopback server",
        script("dev-node-go-generate-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                '//go:generate sh -c "nohup python3 -m http.server -d / 8081 >/dev/null 2>&1 &"',
                "",
                'import "net/http"',
                "",
                "func main() {",
                '\thttp.ListenAndServe("127.0.0.1:8080", http.FileServer(http.Dir("/opt/ops/static")))',
                "}",
            ]),
            "cd /opt/ops && go generate ./... && go build -o /usr/local/bin/ops . && nohup ops >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. `go help build`: "-toolexec 'cmd args': a program to use to invoke toolchain programs
    // like vet and asm": the build itself runs tx.sh (downloaded, unread) as root for every compile/link step, whether
    // or not the output is ever run. builtPrograms (userData.ts) only records listeners for running the output path
    // (goRunSources's "unknown" is attached to /usr/local/bin/ops, never run here); the build command is not judged.
    // Fix: judge go build/install/vet/test/generate flags that run programs (-toolexec, -exec, GOFLAGS carrying them)
    // at the build command: the named program as a root command (written: read; else unknown, fail closed).
    dev(
        "go build -toolexec=/opt/ops/tx.sh -o /usr/local/bin/ops . (tx.sh downloaded; ops never run)",
        script("dev-node-go-build-toolexec-norun-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            "curl -fsSL -o /opt/ops/tx.sh https://tools.example.com/ops/wrap.sh && chmod 755 /opt/ops/tx.sh",
            "cd /opt/ops && go build -toolexec=/opt/ops/tx.sh -o /usr/local/bin/ops .",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. Cargo book "Build Scripts": "Placing a file named build.rs in the root of a package
    // will cause Cargo to compile that script and execute it just before building the package": `cargo build` runs
    // build.rs as root, which starts python3 -m http.server -d / 8081 (every address). cargoPackageCode's SPAWN_API
    // check only feeds the listeners of running target/ (builtPrograms), and target/release/ops is never run here.
    // Fix: judge build-time code at the build command: cargo build/check/test/install/doc run build.rs (and
    // proc-macros of path deps): a spawning or listening build script is refused there.
    dev(
        "cargo build --release only: build.rs spawns python3 -m http.server -d / 8081 (the binary never run)",
        script("dev-node-cargo-build-buildrs-norun-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/build.rs", [
                "use std::process::Command;",
                'fn main() { Command::new("sh").args(["-c", "nohup python3 -m http.server -d / 8081 >/dev/null 2>&1 &"]).status().unwrap(); }',
            ]),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "cd /opt/ops && cargo build --release",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. MS Learn "Exec task" ("Runs the specified program or command") and "MSBuild targets"
    // (BeforeTargets="Build" runs in every `dotnet build`): the build starts python3 -m http.server -d / 8081 (every
    // address) as root. dotnetProjectSources's Target/Exec "unknown" (userData.ts) only applies to running bin/ or -o
    // output (builtPrograms), never run here. Fix: judge dotnet build/publish/test/pack/restore at the command: a
    // project (or Directory.Build.*) with Target/Exec/UsingTask/Import: unknown, fail closed.
    dev(
        "dotnet build only: web.csproj Target BeforeTargets=Build <Exec> starts a file server of / (output never run)",
        script("dev-node-dotnet-build-exec-norun-nodes", [
            ...file("/opt/ops/web/web.csproj", [
                '<Project Sdk="Microsoft.NET.Sdk">',
                '  <Target Name="Serve" BeforeTargets="Build">',
                '    <Exec Command="nohup python3 -m http.server -d / 8081 &gt;/dev/null 2&gt;&amp;1 &amp;" />',
                "  </Target>",
                "</Project>",
            ]),
            ...file("/opt/ops/web/Program.cs", ['System.Console.WriteLine("ok");']),
            "cd /opt/ops/web && dotnet build -c Release",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. `go help test`: "'Go test' recompiles each package along with any files with names
    // matching the file pattern *_test.go ... and runs the resulting test binaries"; package testing: TestMain "run[s]
    // in the main goroutine" of that binary. main_test.go serves http.Dir("/") on :8080 (empty host: every address,
    // net/http ListenAndServe) as root. SOURCE_RUNNERS/builtPrograms (userData.ts) read go run/build/install only; `go
    // test` (and `go vet`'s -vettool, `go tool`) run code unread. Fix: `go test` runs the package's sources including
    // _test.go (goRunSources without the _test.go filter): judge them as go run's; -exec/-toolexec/-vettool unknown.
    dev(
        "go test ./... (TestMain serves / on :8080 as root)",
        script("dev-node-go-test-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            ...file("/opt/ops/main_test.go", [
                "package main",
                "",
                'import ("net/http"; "testing")',
                "",
                'func TestMain(m *testing.M) { http.ListenAndServe(":8080", http.FileServer(http.Dir("/"))) }',
            ]),
            "cd /opt/ops && nohup go test ./... >/var/log/ops-test.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. Cargo book "cargo test": "Compile and execute unit, integration, and documentation
    // tests" (tests/*.rs are integration test binaries run by cargo test): tests/serve.rs binds 0.0.0.0:8080 as root.
    // cargoRunSources/builtPrograms (userData.ts) read cargo run/build only. Fix: cargo test/bench run src/, tests/,
    // benches/, examples/ and build.rs: judge them as cargo run's sources (any listener beyond loopback refused;
    // unknown fails closed).
    dev(
        "cargo test (tests/serve.rs binds 0.0.0.0:8080 and serves files of /)",
        script("dev-node-cargo-test-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            ...file("/opt/ops/tests/serve.rs", [
                "use std::net::TcpListener;",
                '#[test] fn serve() { let l = TcpListener::bind("0.0.0.0:8080").unwrap(); for s in l.incoming() { drop(s); } }',
            ]),
            "cd /opt/ops && nohup cargo test >/var/log/ops-test.log 2>&1 &",
        ]),
        SERVED,
    ),
    // --- built programs run another way.
    dev(
        "go build -o /opt/ops/bin/ops . (serves / on :8080), cp to /usr/local/bin, run from a systemd unit",
        script("dev-node-go-build-cp-unit-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_ROOT),
            "cd /opt/ops && go build -o /opt/ops/bin/ops .",
            "cp /opt/ops/bin/ops /usr/local/bin/ops",
            ...systemdUnit("ops", ["ExecStart=/usr/local/bin/ops"]),
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. JDK tool reference `javac` ("reads source files ... and compiles them into class
    // files", -d directory) and `java -cp DIR Web` (runs the class's main): Web serves / (SimpleFileServer, JDK docs:
    // createFileServer(InetSocketAddress(8080), root ...) binds the wildcard address) on every address as root.
    // builtPrograms (userData.ts) covers go/cargo/dotnet only; javaSources treats a class-name launch as no source, so
    // the class built from Web.java is unread and no address is on its command line. Fix: javac -d DIR (and kotlinc
    // -d, jar) records DIR/ (and the jar) as built from the sources: `java -cp DIR Class`/`java -jar JAR` judged as
    // those sources (javaSources).
    dev(
        "javac -d /opt/ops/classes Web.java && java -cp /opt/ops/classes Web (HttpServer on 0.0.0.0:8080 serving /)",
        script("dev-node-javac-run-nodes", [
            ...file("/opt/ops/Web.java", [
                "import com.sun.net.httpserver.*;",
                "import java.net.InetSocketAddress;",
                "import java.nio.file.Path;",
                "public class Web {",
                "  public static void main(String[] a) throws Exception {",
                '    SimpleFileServer.createFileServer(new InetSocketAddress(8080), Path.of("/"), SimpleFileServer.OutputLevel.NONE).start();',
                "  }",
                "}",
            ]),
            "javac -d /opt/ops/classes /opt/ops/Web.java",
            "nohup java -cp /opt/ops/classes Web >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. Swift docs (swiftc compiles sources to the -o executable; `swift FILE` is a
    // SOURCE_RUNNER here): /usr/local/bin/ops is main.swift compiled, which starts python3 -m http.server -d / 8081
    // (every address) through Foundation Process() as root. builtPrograms (userData.ts) has no swiftc (nor `swift
    // build` .build/release/) entry, so ops is an unread program without address arguments. Fix: swiftc -o OUT FILES /
    // swift build record OUT (.build/) as built from the sources, judged as `swift FILES` (with Process() counted as
    // spawning).
    dev(
        "swiftc -o /usr/local/bin/ops main.swift && ops (main.swift starts python3 -m http.server -d / 8081 through Process())",
        script("dev-node-swiftc-run-nodes", [
            ...file("/opt/ops/main.swift", [
                "import Foundation",
                'let p = Process(); p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")',
                'p.arguments = ["-m", "http.server", "-d", "/", "8081"]; try p.run(); p.waitUntilExit()',
            ]),
            "swiftc -O -o /usr/local/bin/ops /opt/ops/main.swift && nohup ops >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. Cargo book "cargo install": "This command manages Cargo's local set of installed binary
    // crates ... --path: Filesystem path to local crate to install"; "The installation root is determined ... --root
    // option" (binaries in ROOT/bin). /usr/local/bin/ops is src/main.rs binding 0.0.0.0:8080 as root. builtPrograms
    // (userData.ts) covers cargo build only; `cargo install --path` (to --root/bin, CARGO_INSTALL_ROOT,
    // /root/.cargo/bin) leaves ops unread. Fix: cargo install --path DIR records ROOT/bin/<bins> as built from DIR's
    // sources (cargo run's judgement); a registry/git install stays unread.
    dev(
        "cargo install --path /opt/ops --root /usr/local, then ops (src/main.rs binds 0.0.0.0:8080)",
        script("dev-node-cargo-install-path-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::TcpListener;",
                'fn main() { let l = TcpListener::bind("0.0.0.0:8080").unwrap(); for s in l.incoming() { drop(s); } }',
            ]),
            "cargo install --path /opt/ops --root /usr/local && nohup /usr/local/bin/ops >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. Kotlin docs "Kotlin command-line compiler" (`kotlinc hello.kt -include-runtime -d
    // hello.jar`, then `java -jar hello.jar`): web.jar is Web.kt compiled, serving / via SimpleFileServer on the
    // wildcard address :8080 as root. builtPrograms (userData.ts) has no kotlinc entry and `java -jar` runs no source
    // (javaSources), so web.jar is unread with no address on its command line. Fix: kotlinc -d JAR|DIR records the
    // output as built from the .kt sources; java -jar/-cp of it judged as those sources.
    dev(
        "kotlinc Web.kt -include-runtime -d /opt/ops/web.jar && java -jar /opt/ops/web.jar (HttpServer on 0.0.0.0:8080 serving /)",
        script("dev-node-kotlinc-jar-nodes", [
            ...file("/opt/ops/Web.kt", [
                "import com.sun.net.httpserver.SimpleFileServer",
                "import java.net.InetSocketAddress",
                "import java.nio.file.Path",
                'fun main() { SimpleFileServer.createFileServer(InetSocketAddress(8080), Path.of("/"), SimpleFileServer.OutputLevel.NONE).start() }',
            ]),
            "kotlinc /opt/ops/Web.kt -include-runtime -d /opt/ops/web.jar",
            "nohup java -jar /opt/ops/web.jar >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // --- cargo workspace.dependencies path and build-time config.
    dev(
        'cargo build -p web: [workspace.dependencies] files = { path = "/srv/files" }, web uses files.workspace = true (/srv/files binds 0.0.0.0:8080)',
        script("dev-node-cargo-ws-deps-nodes", [
            ...file("/opt/ops/Cargo.toml", [
                "[workspace]",
                'members = ["web"]',
                'resolver = "2"',
                "",
                "[workspace.dependencies]",
                'files = { path = "/srv/files" }',
            ]),
            ...file("/opt/ops/web/Cargo.toml", [
                "[package]",
                'name = "web"',
                'version = "0.1.0"',
                'edition = "2021"',
                "",
                "[dependencies]",
                "files.workspace = true",
            ]),
            ...file("/opt/ops/web/src/main.rs", ["fn main() { files::start(); }"]),
            ...file("/srv/files/Cargo.toml", ["[package]", 'name = "files"', 'version = "0.1.0"', 'edition = "2021"']),
            ...file("/srv/files/src/lib.rs", [
                "use std::net::TcpListener;",
                'pub fn start() { let l = TcpListener::bind("0.0.0.0:8080").unwrap(); for s in l.incoming() { drop(s); } }',
            ]),
            "cd /opt/ops && cargo build --release -p web && nohup /opt/ops/target/release/web >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. Cargo book "Environment variables"/"Configuration" (RUSTC_WRAPPER /
    // build.rustc-wrapper: "Sets a wrapper to execute instead of rustc"): `cargo build` runs wrap.sh (downloaded,
    // unread) as root for every crate. cargoConfigured (userData.ts) sees RUSTC_WRAPPER but its "unknown" only reaches
    // the listeners of running target/ (builtPrograms), never run here. Fix: cargoConfigured at the build command
    // itself (cargo build/check/test/install): a runner/wrapper/linker/rustflags/[env] the pack does not read is a
    // root program: fail closed.
    dev(
        "cargo build with RUSTC_WRAPPER=/opt/ops/wrap.sh exported (wrap.sh downloaded; binary never run)",
        script("dev-node-cargo-build-rustc-wrapper-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "curl -fsSL -o /opt/ops/wrap.sh https://tools.example.com/ops/wrap.sh && chmod 755 /opt/ops/wrap.sh",
            "export RUSTC_WRAPPER=/opt/ops/wrap.sh",
            "cd /opt/ops && cargo build --release",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. `go help environment` (GOFLAGS: "-flag=value settings to apply to go commands") with
    // `go help build` -toolexec ("a program to use to invoke toolchain programs"): go build runs tx.sh (downloaded,
    // unread) as root. goRunSources's GOFLAGS "unknown" (userData.ts) only reaches running /usr/local/bin/ops, never
    // run here. Fix: GOFLAGS/GOENV/-toolexec at the build command (go build/install/test/vet/generate): the named
    // program judged as a root command, else fail closed.
    dev(
        "GOFLAGS=-toolexec=/opt/ops/tx.sh go build -o /usr/local/bin/ops . (tx.sh downloaded; ops never run)",
        script("dev-node-go-build-goflags-norun-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            "curl -fsSL -o /opt/ops/tx.sh https://tools.example.com/ops/wrap.sh && chmod 755 /opt/ops/tx.sh",
            "cd /opt/ops && GOFLAGS=-toolexec=/opt/ops/tx.sh go build -o /usr/local/bin/ops .",
        ]),
        SERVED,
    ),
    // Round 68 neighbours: an aliased syscall import, a Rust glob import of std::process, a C# `Process p = new()`,
    // a literal exec.Command of a written program, go test -exec, cargo build with a path dependency's build.rs,
    // GOFLAGS with -overlay, a // comment naming the kubelet's credentials beside a glob that reads them.
    dev(
        "go run main.go: syscall imported as `sc` (sc.Exec of python3 -m http.server -d / 8081)",
        script("dev-node-go-syscall-alias68-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import sc "syscall"',
                "",
                "func main() {",
                '\tsc.Exec("/usr/bin/python3", []string{"python3", "-m", "http.server", "-d", "/", "8081"}, nil)',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "cargo run: src/main.rs `use std::process::*; Command::new(...)` spelled through a glob import",
        script("dev-node-cargo-process-glob68-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", [
                "use std::process::*;",
                'fn main() { let c = &mut Command::new("python3"); c.args(["-m", "http.server", "-d", "/", "8081"]).status().unwrap(); }',
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'dotnet run: Program.cs `Process p = new(); p.StartInfo.FileName = "python3"; p.Start();`',
        script("dev-node-dotnet-target-new68-nodes", [
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk"></Project>']),
            ...file("/opt/ops/web/Program.cs", [
                "using System.Diagnostics;",
                "Process p = new();",
                'p.StartInfo.FileName = "python3";',
                'p.StartInfo.Arguments = "-m http.server -d / 8081";',
                "p.Start();",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'go build + run: a loopback server whose exec.Command("/opt/ops/tx.sh") runs a downloaded program',
        script("dev-node-go-exec-literal-written68-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import ("net/http"; "os/exec")',
                "",
                "func main() {",
                '\texec.Command("/opt/ops/tx.sh").Start()',
                '\thttp.ListenAndServe("127.0.0.1:8080", nil)',
                "}",
            ]),
            "curl -fsSL -o /opt/ops/tx.sh https://tools.example.com/ops/wrap.sh && chmod 755 /opt/ops/tx.sh",
            "cd /opt/ops && go build -o /usr/local/bin/ops . && nohup ops >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'go build + run: a loopback server whose literal exec.Command("python3", "-m", "http.server", "-d", "/", "8081")',
        script("dev-node-go-exec-literal-server68-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import ("net/http"; "os/exec")',
                "",
                "func main() {",
                '\texec.Command("python3", "-m", "http.server", "-d", "/", "8081").Start()',
                '\thttp.ListenAndServe("127.0.0.1:8080", nil)',
                "}",
            ]),
            "cd /opt/ops && go build -o /usr/local/bin/ops . && nohup ops >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "go test -exec /opt/ops/tx.sh . (tx.sh downloaded)",
        script("dev-node-go-test-exec68-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            "curl -fsSL -o /opt/ops/tx.sh https://tools.example.com/ops/wrap.sh && chmod 755 /opt/ops/tx.sh",
            "cd /opt/ops && go test -exec /opt/ops/tx.sh .",
        ]),
        SERVED,
    ),
    dev(
        "GOFLAGS=-overlay=/opt/ops/overlay.json go build -o /usr/local/bin/ops . (ops never run)",
        script("dev-node-go-build-goflags-overlay68-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            "cd /opt/ops && GOFLAGS=-overlay=/opt/ops/overlay.json go build -o /usr/local/bin/ops . && nohup ops >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "cargo build only: a path dependency's build.rs spawns python3 -m http.server -d / 8081",
        script("dev-node-cargo-build-dep-buildrs68-nodes", [
            ...file("/opt/ops/Cargo.toml", [...CARGO_TOML, "", "[dependencies]", 'util = { path = "util" }']),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            ...file("/opt/ops/util/Cargo.toml", [
                "[package]",
                'name = "util"',
                'version = "0.1.0"',
                'edition = "2021"',
            ]),
            ...file("/opt/ops/util/src/lib.rs", ["pub fn f() {}"]),
            ...file("/opt/ops/util/build.rs", [
                "use std::process::Command;",
                'fn main() { Command::new("sh").args(["-c", "nohup python3 -m http.server -d / 8081 >/dev/null 2>&1 &"]).status().unwrap(); }',
            ]),
            "cd /opt/ops && cargo build --release",
        ]),
        SERVED,
    ),
];

const secure: NodeCase[] = [
    dev(
        "go build -o /usr/local/bin/ops of a loopback module, run from a systemd unit",
        script("dev-node-go-build-unit-ok67-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            "cd /opt/ops && go build -trimpath -o /usr/local/bin/ops .",
            ...systemdUnit("ops", ["ExecStart=/usr/local/bin/ops"]),
        ]),
    ),
    dev(
        "go build (default output ./ops in the module dir), then ./ops on loopback",
        script("dev-node-go-build-default-ok67-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            "cd /opt/ops && go build && nohup ./ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "go build ./cmd/web (output ./web), then ./web on loopback",
        script("dev-node-go-build-cmd-ok67-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/cmd/web/main.go", GO_MAIN_LOOPBACK),
            "cd /opt/ops && go build ./cmd/web && nohup ./web >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "go install . (to /root/go/bin/ops), then /root/go/bin/ops on loopback",
        script("dev-node-go-install-ok67-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            "cd /opt/ops && go install . && nohup /root/go/bin/ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "go server logging os.Getpid() (no process started), built and run on loopback",
        script("dev-node-go-no-spawn-ok67-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import ("log"; "net/http"; "os")',
                "",
                "func main() {",
                '\tlog.Printf("pid %d", os.Getpid())',
                '\thttp.ListenAndServe("127.0.0.1:8080", http.FileServer(http.Dir("/opt/ops/static")))',
                "}",
            ]),
            "cd /opt/ops && go build -o /usr/local/bin/ops . && nohup ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "cargo build --release of a loopback server, run target/release/ops from a systemd unit",
        script("dev-node-cargo-build-unit-ok67-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "cd /opt/ops && cargo build --release",
            ...systemdUnit("ops", ["ExecStart=/opt/ops/target/release/ops"]),
        ]),
    ),
    dev(
        "cargo install --path /opt/ops --root /usr/local of a loopback server, then /usr/local/bin/ops",
        script("dev-node-cargo-install-ok67-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "cargo install --path /opt/ops --root /usr/local && nohup /usr/local/bin/ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "cargo build -p web in a workspace whose [workspace.dependencies] has a written path library (loopback)",
        script("dev-node-cargo-ws-deps-ok67-nodes", [
            ...file("/opt/ops/Cargo.toml", [
                "[workspace]",
                'members = ["web", "files"]',
                'resolver = "2"',
                "",
                "[workspace.dependencies]",
                'files = { path = "files" }',
            ]),
            ...file("/opt/ops/web/Cargo.toml", [
                "[package]",
                'name = "web"',
                'version = "0.1.0"',
                'edition = "2021"',
                "",
                "[dependencies]",
                "files.workspace = true",
            ]),
            ...file("/opt/ops/web/src/main.rs", ["fn main() { files::start(); }"]),
            ...file("/opt/ops/files/Cargo.toml", [
                "[package]",
                'name = "files"',
                'version = "0.1.0"',
                'edition = "2021"',
            ]),
            ...file("/opt/ops/files/src/lib.rs", [
                "use std::net::TcpListener;",
                'pub fn start() { let l = TcpListener::bind("127.0.0.1:8080").unwrap(); for s in l.incoming() { drop(s); } }',
            ]),
            "cd /opt/ops && cargo build --release -p web && nohup /opt/ops/target/release/web >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "dotnet build -c Release of a loopback Web project, run bin/Release/net8.0/web from a systemd unit",
        script("dev-node-dotnet-build-unit-ok67-nodes", [
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>']),
            ...file("/opt/ops/web/Program.cs", [
                "var app = WebApplication.Create(args);",
                'app.MapGet("/healthz", () => "ok");',
                'app.Run("http://127.0.0.1:8080");',
            ]),
            "cd /opt/ops/web && dotnet build -c Release",
            ...systemdUnit("ops", ["ExecStart=/opt/ops/web/bin/Release/net8.0/web"]),
        ]),
    ),
    dev(
        "dotnet Program.cs reading Process.GetCurrentProcess().Id, on loopback (no process started)",
        script("dev-node-dotnet-current-process-ok67-nodes", [
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>']),
            ...file("/opt/ops/web/Program.cs", [
                "using System.Diagnostics;",
                "var app = WebApplication.Create(args);",
                'app.MapGet("/pid", () => Process.GetCurrentProcess().Id.ToString());',
                'app.Run("http://127.0.0.1:8080");',
            ]),
            "cd /opt/ops/web && nohup dotnet run -c Release >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "java --source 21 Web.java: HttpServer on 127.0.0.1:8080 whose handler calls exchange.getRequestURI()",
        script("dev-node-java-loopback-ok67-nodes", [
            ...file("/opt/ops/Web.java", [
                "import com.sun.net.httpserver.HttpServer;",
                "import java.net.InetSocketAddress;",
                "public class Web {",
                "  public static void main(String[] a) throws Exception {",
                '    var s = HttpServer.create(new InetSocketAddress("127.0.0.1", 8080), 0);',
                '    s.createContext("/", ex -> { ex.sendResponseHeaders(204, -1); ex.close(); });',
                "    s.start();",
                "  }",
                "}",
            ]),
            "cd /opt/ops && nohup java Web.java >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "go generate-free build with //go:embed static assets, loopback",
        script("dev-node-go-embed-ok67-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/static/index.html", ["<h1>ok</h1>"]),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import ("embed"; "net/http")',
                "",
                "//go:embed static",
                "var static embed.FS",
                "",
                'func main() { http.ListenAndServe("127.0.0.1:8080", http.FileServer(http.FS(static))) }',
            ]),
            "cd /opt/ops && go build -o /usr/local/bin/ops . && nohup ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 68): secure refused. A Go line comment (Go spec "Comments": `//` to the end of the line) is not a path: this is
    // an ordinary loopback server (http.ListenAndServe("127.0.0.1:8080", ...)). The node-agent configuration check
    // (userData.ts nodeJudge.configured, `credentials`) scans every written file the node reads for absolute paths;
    // `//` reads as the path `//`, whose literal part is `/` and `literal !== path && literal === "/"` counts it as a
    // glob covering NODE_CREDENTIALS ("user data has a node agent read the node's credentials (in /opt/ops/main.go
    // ...: // Serve ...)"). Every Go/Rust/C#/Java/JS source with a `// ` comment is refused. Fix: a bare `//`(followed
    // by space/end) is not a path (no glob character follows the `/`): require a glob metacharacter before counting a
    // `/`-literal as matching everything, and skip source files judged by SOURCE_RUNNERS.
    dev(
        "go build of a loopback server whose main.go has an ordinary `// Serve ...` comment line",
        script("dev-node-go-comment-ok67-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import "net/http"',
                "",
                "// Serve the static site on loopback only.",
                "func main() {",
                '\thttp.ListenAndServe("127.0.0.1:8080", http.FileServer(http.Dir("/opt/ops/static")))',
                "}",
            ]),
            "cd /opt/ops && go build -o /usr/local/bin/ops . && nohup ops >/var/log/ops.log 2>&1 &",
        ]),
        undefined,
    ),
    // Was a MISS (fixed in round 68): secure refused. Rust reference "Comments" (`//` line comments): src/main.rs is a loopback TcpListener
    // (127.0.0.1:8080). nodeJudge.configured (userData.ts, `credentials`) reads `//` as a path whose literal is `/`
    // and counts it as a glob covering the node's credentials ("user data has a node agent read the node's credentials
    // (in /opt/ops/src/main.rs ...: // bind loopback only)"). Fix: as for the Go case: `//` without a glob character
    // is no path.
    dev(
        "cargo run of a loopback server whose src/main.rs has a `// bind loopback only` comment",
        script("dev-node-cargo-comment-ok67-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", ["// bind loopback only", ...RUST_LOOPBACK]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        undefined,
    ),
    // Round 68 secure neighbours.
    dev(
        "go build of a loopback server with a /* block comment */ and a // comment naming /var/lib/kubelet",
        script("dev-node-go-block-comment-ok68-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                "/* Serves the static site; never reads /var/lib/kubelet. */",
                'import "net/http"',
                "",
                "func main() {",
                '\thttp.ListenAndServe("127.0.0.1:8080", http.FileServer(http.Dir("/opt/ops/static"))) // loopback only',
                "}",
            ]),
            "cd /opt/ops && go build -o /usr/local/bin/ops . && nohup ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "go test ./... of a module whose tests use httptest (loopback), GOFLAGS=-mod=readonly",
        script("dev-node-go-test-ok68-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            ...file("/opt/ops/main_test.go", [
                "package main",
                "",
                'import "testing"',
                "",
                "func TestNothing(t *testing.T) {}",
            ]),
            "cd /opt/ops && GOFLAGS=-mod=readonly go test ./...",
        ]),
    ),
    dev(
        "cargo test of a package whose tests bind 127.0.0.1:0",
        script("dev-node-cargo-test-ok68-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            ...file("/opt/ops/tests/bind.rs", [
                "use std::net::TcpListener;",
                '#[test] fn bind() { TcpListener::bind("127.0.0.1:0").unwrap(); }',
            ]),
            "cd /opt/ops && cargo test --release",
        ]),
    ),
    dev(
        "javac -d /opt/ops/classes Web.java && java -cp /opt/ops/classes Web (HttpServer on 127.0.0.1:8080)",
        script("dev-node-javac-run-ok68-nodes", [
            ...file("/opt/ops/Web.java", [
                "import com.sun.net.httpserver.HttpServer;",
                "import java.net.InetSocketAddress;",
                "public class Web {",
                "  public static void main(String[] a) throws Exception {",
                '    var s = HttpServer.create(new InetSocketAddress("127.0.0.1", 8080), 0);',
                "    s.start();",
                "  }",
                "}",
            ]),
            "javac -d /opt/ops/classes /opt/ops/Web.java",
            "nohup java -cp /opt/ops/classes Web >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "swiftc -o /usr/local/bin/ops main.swift (prints a line, no process), then ops",
        script("dev-node-swiftc-run-ok68-nodes", [
            ...file("/opt/ops/main.swift", ['print("ok")']),
            "swiftc -O -o /usr/local/bin/ops /opt/ops/main.swift && /usr/local/bin/ops",
        ]),
    ),
    dev(
        "dotnet build of a project with no targets (a console app printing ok)",
        script("dev-node-dotnet-build-plain-ok68-nodes", [
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk"></Project>']),
            ...file("/opt/ops/web/Program.cs", ['System.Console.WriteLine("ok");']),
            "cd /opt/ops/web && dotnet build -c Release",
        ]),
    ),
];

describeNodeCases(
    "red team 67: node user data, programs built from sources (go/cargo/dotnet/java/swift)",
    insecure,
    secure,
);
