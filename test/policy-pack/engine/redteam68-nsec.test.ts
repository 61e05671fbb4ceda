// Red-team round 68 on EKS NODE user data (fresh eyes), area nsec: round 68's SPAWN_API under any import name,
// literalExecCommands/literalCommandListeners, build commands judged (GOFLAGS, -toolexec, -ldflags extld, cargo
// config), and web server binds (Caddy per-site binds, default_bind).
// Probed: os/exec literal commands whose Cmd is changed after exec.Command (cmd.Dir, cmd.Args); C# `new Process { ...
// }` object initializer (no parentheses); Swift `Process.init()`; cgo `C.system`; `go env -w GOFLAGS=-toolexec=...`
// (the go env file, not the environment); CC named for a cgo build (a gap the round-68 fixers named); rustup
// rust-toolchain.toml `path` toolchain; MSBuild Directory.Build.rsp `-logger:` assembly; a Caddy site address of
// `localhost:8080` (no bind: every interface); a spawning Cargo dependency (duct). Secure neighbours: literal `exec.Command("systemctl", "reload",
// "nginx")` in a loopback server, `go build -ldflags "-s -w -X main.version=1.2"`, `go env -w GOFLAGS=-mod=readonly`,
// rust-toolchain.toml `channel`, cgo without processes, Caddy `default_bind 127.0.0.1`.
// Misses (7 insecure accepted, 0 secure refused): C# `new Process { StartInfo = {...} }` (object initializer, no
// parentheses); a cargo dependency that spawns (duct `cmd!`); Swift `Process.init()`; cgo `C.system`; `CC=` a downloaded program at a cgo go build; rustup
// rust-toolchain.toml `path` toolchain at cargo build; MSBuild Directory.Build.rsp `-logger:` assembly at dotnet build.
// Kept passing: exec.Command with cmd.Dir / cmd.Args changed (refused), `go env -w GOFLAGS=-toolexec` and a written
// /root/.config/go/env (refused), Caddy `localhost:8080` without bind (refused), and the secure neighbours above
// (accepted).
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const file = heredocFile;

const SERVED = /web|node|3000|serv|unread|8080|8081|8000|go|cargo|dotnet|java|swift|caddy|Caddy|unknown|process|build/;

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
const CARGO_TOML = ["[package]", 'name = "ops"', 'version = "0.1.0"', 'edition = "2021"'];
const RUST_LOOPBACK = [
    "use std::net::TcpListener;",
    'fn main() { let l = TcpListener::bind("127.0.0.1:8080").unwrap(); for s in l.incoming() { drop(s); } }',
];

const insecure: NodeCase[] = [
    dev(
        'go run: exec.Command("python3", "-m", "http.server", "8081") with cmd.Dir = "/" (serves the working directory /)',
        script("dev-node-go-exec-dir-rt68", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import "os/exec"',
                "",
                "func main() {",
                '\tcmd := exec.Command("python3", "-m", "http.server", "8081")',
                '\tcmd.Dir = "/"',
                "\tcmd.Run()",
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'go run: exec.Command("python3", "-m", "http.server", "--bind", "127.0.0.1", "8081") then cmd.Args replaced',
        script("dev-node-go-exec-args-rt68", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import "os/exec"',
                "",
                "func main() {",
                '\tcmd := exec.Command("python3", "-m", "http.server", "--bind", "127.0.0.1", "8081")',
                '\tcmd.Args = []string{"python3", "-m", "http.server", "-d", "/", "8081"}',
                "\tcmd.Run()",
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 69): insecure accepted. MS Learn System.Diagnostics.Process ("Starts (or reuses) the process resource that is
    // specified by the StartInfo property") and C# "Object and collection initializers" (`new T { Prop = { ... } }`:
    // no constructor parentheses, nested initializer sets StartInfo.FileName/Arguments): `new Process { StartInfo = {
    // FileName = "python3", Arguments = "-m http.server -d / 8081" } }` then `p.Start()` runs Python's file server of
    // / on every address (Python docs http.server binds all interfaces) as root. SPAWN_API (userData.ts) needs
    // `new Process(` / `Process()` / `ProcessStartInfo`. Fix: match `new\s+(System.Diagnostics.)?Process\s*[({]` (and
    // any `System.Diagnostics` use with `.Start(`) as spawning.
    dev(
        'dotnet run: `new Process { StartInfo = { FileName = "python3", Arguments = "-m http.server -d / 8081" } }.Start()`',
        script("dev-node-dotnet-process-initializer-rt68", [
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk"></Project>']),
            ...file("/opt/ops/web/Program.cs", [
                "using System.Diagnostics;",
                'var p = new Process { StartInfo = { FileName = "python3", Arguments = "-m http.server -d / 8081" } };',
                "p.Start();",
                "p.WaitForExit();",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 69): insecure accepted. Apple Foundation `Process` ("An object that represents a subprocess of the current
    // process"; init(), executableURL, arguments, run()) and The Swift Programming Language "Initialization" (an
    // initializer may be called explicitly as `Type.init()`): `Process.init()` + run() starts python3 -m http.server
    // -d / 8081 (every address) as root. SPAWN_API (userData.ts) matches `Process()`/`NSTask()` only. Fix: match
    // `\b(Process|NSTask)(\.init)?\s*\(` (or fail closed on any `Process` use in a .swift source importing Foundation).
    dev(
        "swift main.swift: `let p = Process.init()` runs python3 -m http.server -d / 8081",
        script("dev-node-swift-process-init-rt68", [
            ...file("/opt/ops/main.swift", [
                "import Foundation",
                "let p = Process.init()",
                'p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")',
                'p.arguments = ["-m", "http.server", "-d", "/", "8081"]',
                "try p.run()",
                "p.waitUntilExit()",
            ]),
            "cd /opt/ops && nohup swift main.swift >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 69): insecure accepted. cgo docs (pkg.go.dev/cmd/cgo: "Any C function ... may be called as C.name from Go";
    // the preamble `#include <stdlib.h>` declares system(3)) and system(3) ("executes a shell command"): `go run`
    // runs `C.system("python3 -m http.server -d / 8081")`, Python's file server of / on every address, as root.
    // SPAWN_API (userData.ts) excludes `system(` after a `.` (`(^|[^\w.:])system\s*\(`), so `C.system`/`C.popen`/
    // `C.execv`/`C.fork` pass. Fix: a Go source with `import "C"` is spawning (fail closed), or allow the `C.` prefix
    // in that alternative.
    dev(
        'go run: cgo C.system(C.CString("python3 -m http.server -d / 8081"))',
        script("dev-node-go-cgo-system-rt68", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                "// #include <stdlib.h>",
                'import "C"',
                "",
                "func main() {",
                '\tC.system(C.CString("python3 -m http.server -d / 8081"))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "go env -w GOFLAGS=-toolexec=/opt/ops/tx.sh (tx.sh downloaded), then go build -o /usr/local/bin/ops .",
        script("dev-node-go-env-w-toolexec-rt68", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            "curl -fsSL -o /opt/ops/tx.sh https://tools.example.com/ops/wrap.sh && chmod 755 /opt/ops/tx.sh",
            "go env -w GOFLAGS=-toolexec=/opt/ops/tx.sh",
            "cd /opt/ops && go build -o /usr/local/bin/ops .",
        ]),
        SERVED,
    ),
    dev(
        "/root/.config/go/env written with GOFLAGS=-toolexec=/opt/ops/tx.sh (tx.sh downloaded), then go build",
        script("dev-node-go-envfile-toolexec-rt68", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            "curl -fsSL -o /opt/ops/tx.sh https://tools.example.com/ops/wrap.sh && chmod 755 /opt/ops/tx.sh",
            "mkdir -p /root/.config/go",
            ...file("/root/.config/go/env", ["GOFLAGS=-toolexec=/opt/ops/tx.sh"]),
            "cd /opt/ops && go build -o /usr/local/bin/ops .",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 69): insecure accepted (a gap the round-68 fixers named: CC/CGO_LDFLAGS at go build). `go help environment`
    // ("CC: The command to use to compile C code.") and cmd/cgo ("When the Go tool sees that one or more Go files use
    // the special import "C", it will ... invoke the C compiler"): `CC=/opt/ops/cc.sh go build` runs the downloaded,
    // unread cc.sh as root at the build, the output never run. goRunSources (userData.ts) judges GOFLAGS/GOWORK/GOENV
    // and flags, not CC/CXX/CGO_*FLAGS/PKG_CONFIG/AR in the environment. Fix: at go build/install/vet/test/run, CC,
    // CXX, FC, AR, PKG_CONFIG, CGO_CFLAGS/CGO_LDFLAGS etc. set to anything but a system compiler: unknown.
    dev(
        "CC=/opt/ops/cc.sh go build of a cgo package (cc.sh downloaded; the output never run)",
        script("dev-node-go-cc-cgo-rt68", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                "// #include <stdio.h>",
                'import "C"',
                "",
                "func main() {}",
            ]),
            "curl -fsSL -o /opt/ops/cc.sh https://tools.example.com/ops/cc.sh && chmod 755 /opt/ops/cc.sh",
            "cd /opt/ops && CC=/opt/ops/cc.sh go build -o /usr/local/bin/ops .",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 69): insecure accepted. rustup book "Overrides" / "The toolchain file" (`[toolchain] path =
    // "/path/to/local/toolchain"`: "To use a custom local toolchain, you can instead use a path toolchain"; the file
    // is found "by walking up the directory tree"): `cargo build` in /opt/ops runs the downloaded /opt/ops/tc/bin/cargo
    // and rustc as root. cargoConfigured (userData.ts) reads .cargo/config.toml and CARGO_*/RUSTC* env, not
    // rust-toolchain(.toml). Fix: a written rust-toolchain(.toml) with `path` (or a legacy file naming a path), and
    // RUSTUP_TOOLCHAIN/`cargo +PATH`, at the cargo/rustc command: unknown (fail closed); `channel` alone passes.
    dev(
        "cargo build with rust-toolchain.toml [toolchain] path = /opt/ops/tc (a downloaded toolchain)",
        script("dev-node-cargo-toolchain-path-rt68", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "mkdir -p /opt/ops/tc && curl -fsSL https://tools.example.com/ops/tc.tar.gz | tar -xz -C /opt/ops/tc",
            ...file("/opt/ops/rust-toolchain.toml", ["[toolchain]", 'path = "/opt/ops/tc"']),
            "cd /opt/ops && cargo build --release",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 69): insecure accepted. MS Learn "MSBuild response files" ("MSBuild searches parent directories of the project
    // for a file named Directory.Build.rsp"; processed by `dotnet build`; switches such as -logger) and "MSBuild
    // command-line reference" (-logger:CLASS,ASSEMBLY loads the logger assembly into the build): the downloaded,
    // unread /opt/ops/log.dll runs as root during `dotnet build`. dotnetProjectSources (userData.ts) reads
    // Directory.Build.props/.targets, not Directory.Build.rsp. Fix: a written Directory.Build.rsp in the project's
    // directory or a parent (and MSBuild.rsp beside the SDK): unknown at dotnet build/publish/test/run/pack/msbuild.
    dev(
        "dotnet build with Directory.Build.rsp `-logger:/opt/ops/log.dll` (a downloaded logger assembly)",
        script("dev-node-dotnet-build-rsp-logger-rt68", [
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk"></Project>']),
            ...file("/opt/ops/web/Program.cs", ['System.Console.WriteLine("ok");']),
            "curl -fsSL -o /opt/ops/log.dll https://tools.example.com/ops/log.dll",
            ...file("/opt/ops/Directory.Build.rsp", ["-logger:OpsLogger,/opt/ops/log.dll"]),
            "cd /opt/ops/web && dotnet build -c Release",
        ]),
        SERVED,
    ),
    dev(
        "Caddyfile: localhost:8080 { root * /etc/kubernetes; file_server } (no bind: every interface)",
        script("dev-node-caddy-localhost-site-rt68", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", ["localhost:8080 {", "    root * /etc/kubernetes", "    file_server", "}"]),
            "systemctl enable --now caddy",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 69): insecure accepted. docs.rs duct ("cmd! ... Create a command with any number of of positional arguments";
    // `.run()` "Execute the expression and return the Output") and the Cargo book "Specifying Dependencies" (a
    // registry crate's code is compiled into the binary): `cargo run` runs python3 -m http.server -d / 8081 (every
    // address) as root through the duct crate. SPAWN_API (userData.ts) matches std/tokio/async_std process and libc/
    // nix names only, so a dependency crate that spawns (duct, xshell, subprocess, cmd_lib `run_cmd!`, std-like
    // re-exports) passes. Fix: a Rust package with any registry/git dependency is a program the pack does not read
    // (listeners unknown), or a crate allowlist of known non-spawning crates.
    dev(
        'cargo run: [dependencies] duct; src/main.rs `duct::cmd!("python3", "-m", "http.server", "-d", "/", "8081").run()`',
        script("dev-node-cargo-duct-cmd-rt68", [
            ...file("/opt/ops/Cargo.toml", [...CARGO_TOML, "", "[dependencies]", 'duct = "0.13"']),
            ...file("/opt/ops/src/main.rs", [
                'fn main() { duct::cmd!("python3", "-m", "http.server", "-d", "/", "8081").run().unwrap(); }',
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Round 69 neighbours (fix69-builds): the other spellings of a C toolchain, a rustup toolchain, MSBuild switches and
    // a registry crate the pack does not read, HttpListener prefixes of every address, and tests that rewrite the
    // sources a later build compiles.
    dev(
        "CGO_CFLAGS=-B/opt/ops/bin go build (gcc -B: the directory its programs are run from; downloaded)",
        script("dev-node-go-cgo-cflags-b-rt69", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                "// #include <stdio.h>",
                'import "C"',
                "",
                "func main() {}",
            ]),
            "mkdir -p /opt/ops/bin && curl -fsSL -o /opt/ops/bin/cc1 https://tools.example.com/ops/cc1",
            'cd /opt/ops && CGO_CFLAGS="-B/opt/ops/bin" go build -o /usr/local/bin/ops .',
        ]),
        SERVED,
    ),
    dev(
        "export CC=/opt/ops/cc.sh on its own line, then go vet ./... (vet runs cgo too)",
        script("dev-node-go-cc-export-vet-rt69", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            "curl -fsSL -o /opt/ops/cc.sh https://tools.example.com/ops/cc.sh && chmod 755 /opt/ops/cc.sh",
            "export CC=/opt/ops/cc.sh",
            "cd /opt/ops && go vet ./...",
        ]),
        SERVED,
    ),
    dev(
        "go test whose main_test.go (os.WriteFile) rewrites main.go to serve / on :8081, then go build and the binary run",
        script("dev-node-go-test-rewrites-rt69", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            ...file("/opt/ops/main_test.go", [
                "package main",
                "",
                'import "os"',
                'import "testing"',
                "",
                "func TestSetup(t *testing.T) {",
                '	os.WriteFile("main.go", []byte(`package main; import "net/http"; func main() { http.ListenAndServe(":8081", http.FileServer(http.Dir("/"))) }`), 0o644)',
                "}",
            ]),
            "cd /opt/ops && go test ./... && go build -o /usr/local/bin/ops .",
            "nohup /usr/local/bin/ops >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "go test of a module whose TestMain serves / on :8081 (the test binary runs it)",
        script("dev-node-go-test-serves-rt69", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            ...file("/opt/ops/main_test.go", [
                "package main",
                "",
                'import "net/http"',
                'import "testing"',
                "",
                'func TestMain(m *testing.M) { http.ListenAndServe(":8081", http.FileServer(http.Dir("/"))) }',
            ]),
            "cd /opt/ops && nohup go test ./... >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "cargo test whose test (std::fs::write) rewrites src/main.rs to bind 0.0.0.0:8081, then cargo build and the binary run",
        script("dev-node-cargo-test-rewrites-rt69", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            ...file("/opt/ops/tests/setup.rs", [
                '#[test] fn setup() { std::fs::write("src/main.rs", "fn main() { std::net::TcpListener::bind(\\"0.0.0.0:8081\\").unwrap(); }").unwrap(); }',
            ]),
            "cd /opt/ops && cargo test && cargo build --release",
            "nohup /opt/ops/target/release/ops >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "cargo +/opt/ops/tc build (a path toolchain on the command line; downloaded)",
        script("dev-node-cargo-plus-path-rt69", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "mkdir -p /opt/ops/tc && curl -fsSL https://tools.example.com/ops/tc.tar.gz | tar -xz -C /opt/ops/tc",
            "cd /opt/ops && cargo +/opt/ops/tc build --release",
        ]),
        SERVED,
    ),
    dev(
        "cargo build with a legacy rust-toolchain file naming /opt/ops/tc (a downloaded toolchain)",
        script("dev-node-cargo-legacy-toolchain-rt69", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "mkdir -p /opt/ops/tc && curl -fsSL https://tools.example.com/ops/tc.tar.gz | tar -xz -C /opt/ops/tc",
            ...file("/opt/ops/rust-toolchain", ["/opt/ops/tc"]),
            "cd /opt/ops && cargo build --release",
        ]),
        SERVED,
    ),
    dev(
        "RUSTUP_TOOLCHAIN=/opt/ops/tc cargo build (a downloaded toolchain by the environment)",
        script("dev-node-cargo-rustup-env-rt69", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "mkdir -p /opt/ops/tc && curl -fsSL https://tools.example.com/ops/tc.tar.gz | tar -xz -C /opt/ops/tc",
            "cd /opt/ops && RUSTUP_TOOLCHAIN=/opt/ops/tc cargo build --release",
        ]),
        SERVED,
    ),
    dev(
        "dotnet build -logger:OpsLogger,/opt/ops/log.dll on the command line (a downloaded logger assembly)",
        script("dev-node-dotnet-build-logger-arg-rt69", [
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk"></Project>']),
            ...file("/opt/ops/web/Program.cs", ['System.Console.WriteLine("ok");']),
            "curl -fsSL -o /opt/ops/log.dll https://tools.example.com/ops/log.dll",
            "cd /opt/ops/web && dotnet build -c Release -logger:OpsLogger,/opt/ops/log.dll",
        ]),
        SERVED,
    ),
    dev(
        "dotnet build @/opt/ops/build.rsp (a downloaded response file)",
        script("dev-node-dotnet-build-at-rsp-rt69", [
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk"></Project>']),
            ...file("/opt/ops/web/Program.cs", ['System.Console.WriteLine("ok");']),
            "curl -fsSL -o /opt/ops/build.rsp https://tools.example.com/ops/build.rsp",
            "cd /opt/ops/web && dotnet build @/opt/ops/build.rsp",
        ]),
        SERVED,
    ),
    dev(
        "cargo run: [dependencies.xshell] table; src/main.rs runs python3 -m http.server -d / 8081 through xshell",
        script("dev-node-cargo-xshell-table-rt69", [
            ...file("/opt/ops/Cargo.toml", [...CARGO_TOML, "", "[dependencies.xshell]", 'version = "0.2"']),
            ...file("/opt/ops/src/main.rs", [
                'fn main() { let sh = xshell::Shell::new().unwrap(); xshell::cmd!(sh, "python3 -m http.server -d / 8081").run().unwrap(); }',
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'cargo run: tokio = { package = "duct", version = "0.13" } (a known name renaming a spawning crate)',
        script("dev-node-cargo-renamed-duct-rt69", [
            ...file("/opt/ops/Cargo.toml", [
                ...CARGO_TOML,
                "",
                "[dependencies]",
                'tokio = { package = "duct", version = "0.13" }',
            ]),
            ...file("/opt/ops/src/main.rs", [
                'fn main() { tokio::cmd!("python3", "-m", "http.server", "-d", "/", "8081").run().unwrap(); }',
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'cargo run: serde = { git = "https://git.example.com/ops/serde" } (a known name from another source)',
        script("dev-node-cargo-git-dep-rt69", [
            ...file("/opt/ops/Cargo.toml", [
                ...CARGO_TOML,
                "",
                "[dependencies]",
                'serde = { git = "https://git.example.com/ops/serde" }',
            ]),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'dotnet run: HttpListener prefix "http://+:8083/" (every address)',
        script("dev-node-dotnet-httplistener-plus-rt69", [
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk"></Project>']),
            ...file("/opt/ops/web/Program.cs", [
                "using System.Net;",
                "var l = new HttpListener();",
                'l.Prefixes.Add("http://+:8083/");',
                "l.Start();",
                "while (true) { l.GetContext().Response.Close(); }",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'dotnet run: HttpListener prefixes "http://127.0.0.1:8083/" and "http://ops.example.com:8084/" (a name: its address)',
        script("dev-node-dotnet-httplistener-name-rt69", [
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk"></Project>']),
            ...file("/opt/ops/web/Program.cs", [
                "using System.Net;",
                "var l = new HttpListener();",
                'l.Prefixes.Add("http://127.0.0.1:8083/");',
                'l.Prefixes.Add("http://ops.example.com:8084/");',
                "l.Start();",
                "while (true) { l.GetContext().Response.Close(); }",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
];

const secure: NodeCase[] = [
    dev(
        'go run of a loopback server that runs exec.Command("systemctl", "reload", "nginx")',
        script("dev-node-go-exec-reload-ok-rt68", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                "import (",
                '\t"net/http"',
                '\t"os/exec"',
                ")",
                "",
                "func main() {",
                '\texec.Command("systemctl", "reload", "nginx").Run()',
                '\thttp.ListenAndServe("127.0.0.1:8080", http.FileServer(http.Dir("/opt/ops/static")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'go build -ldflags "-s -w -X main.version=1.2" -o /usr/local/bin/ops . (a loopback server), then ops',
        script("dev-node-go-build-ldflags-ok-rt68", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            'cd /opt/ops && go build -ldflags "-s -w -X main.version=1.2" -o /usr/local/bin/ops .',
            "nohup /usr/local/bin/ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "go env -w GOFLAGS=-mod=readonly, then go build of a loopback server",
        script("dev-node-go-env-w-ok-rt68", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            "go env -w GOFLAGS=-mod=readonly",
            "cd /opt/ops && go build -o /usr/local/bin/ops . && nohup /usr/local/bin/ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'cargo build with rust-toolchain.toml channel = "1.79.0", then the loopback binary run',
        script("dev-node-cargo-toolchain-channel-ok-rt68", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            ...file("/opt/ops/rust-toolchain.toml", ["[toolchain]", 'channel = "1.79.0"']),
            "cd /opt/ops && cargo build --release && nohup target/release/ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "go run of a cgo program calling C.puts (no process), loopback server",
        script("dev-node-go-cgo-puts-ok-rt68", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                "// #include <stdio.h>",
                "// #include <stdlib.h>",
                'import "C"',
                "",
                'import "net/http"',
                "",
                "func main() {",
                '\tC.puts(C.CString("starting"))',
                '\thttp.ListenAndServe("127.0.0.1:8080", http.FileServer(http.Dir("/opt/ops/static")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "Caddyfile: { default_bind 127.0.0.1 } then :8080 { root * /usr/share/caddy; file_server }",
        script("dev-node-caddy-default-bind-ok-rt68", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                "{",
                "    default_bind 127.0.0.1",
                "}",
                ":8080 {",
                "    root * /usr/share/caddy",
                "    file_server",
                "}",
            ]),
            "systemctl enable --now caddy",
        ]),
    ),
    // Round 69 neighbours (fix69-builds): system compilers, official toolchains, known crates in each manifest form,
    // loopback HttpListener prefixes, go test with its flags.
    dev(
        "CC=gcc CGO_ENABLED=1 go build of a cgo loopback server (the packaged compiler), then the binary run",
        script("dev-node-go-cc-gcc-ok-rt69", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                "// #include <stdio.h>",
                'import "C"',
                "",
                'import "net/http"',
                "",
                "func main() {",
                '	http.ListenAndServe("127.0.0.1:8080", http.FileServer(http.Dir("/opt/ops/static")))',
                "}",
            ]),
            "dnf install -y golang gcc",
            "cd /opt/ops && CC=gcc CGO_ENABLED=1 go build -o /usr/local/bin/ops . && nohup /usr/local/bin/ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "go test -v -count=1 -run TestOK ./... then go build of a loopback module, the binary run",
        script("dev-node-go-test-flags-ok-rt69", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            ...file("/opt/ops/main_test.go", [
                "package main",
                "",
                'import "testing"',
                "",
                "func TestOK(t *testing.T) {}",
            ]),
            "cd /opt/ops && go test -v -count=1 -run TestOK ./... && go build -o /usr/local/bin/ops .",
            "nohup /usr/local/bin/ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "cargo +stable build with a legacy rust-toolchain file `1.79.0`, then the loopback binary run",
        script("dev-node-cargo-plus-stable-ok-rt69", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            ...file("/opt/ops/rust-toolchain", ["1.79.0"]),
            "cd /opt/ops && cargo +stable build --release && nohup target/release/ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "cargo run: [dependencies.serde] table with features, serde_json inline, src/main.rs on 127.0.0.1:8080",
        script("dev-node-cargo-serde-table-ok-rt69", [
            ...file("/opt/ops/Cargo.toml", [
                ...CARGO_TOML,
                "",
                "[dependencies]",
                'serde_json = "1"',
                "",
                "[dependencies.serde]",
                'version = "1"',
                'features = ["derive"]',
            ]),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'dotnet run: HttpListener prefix "http://localhost:8083/" (loopback)',
        script("dev-node-dotnet-httplistener-localhost-ok-rt69", [
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk"></Project>']),
            ...file("/opt/ops/web/Program.cs", [
                "using System.Net;",
                "var l = new HttpListener();",
                'l.Prefixes.Add("http://localhost:8083/");',
                "l.Start();",
                "while (true) { l.GetContext().Response.Close(); }",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
    ),
];

describeNodeCases("red team 68: node user data, nsec builds, spawn APIs and web server binds", insecure, secure);
