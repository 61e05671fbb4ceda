// Red-team round 66 on EKS NODE user data (fresh eyes): round 66's SOURCE_RUNNERS fixes (goRunSources module packages,
// replace/go.work; cargoRunSources build.rs and workspaces; dotnetRunSources Compile items and Directory.Build.*;
// javaSources JEP 458 multi-file), configFileServers (lighttpd include/include_shell, httpd RewriteRule, Caddyfile
// root/file_server), packageManagerCode (.npmrc node-options/script-shell, .yarnrc.yml, .pnpmfile.cjs), denoTask/deno
// serve (DENO_SERVE_ADDRESS), tscWrites extends, npmGlobalPrefix.
// Probed: go build flags (-toolexec, -exec, -overlay, -modfile), GOWORK in the environment, process spawns and cgo in Go
// sources; cargo runners (.cargo/config.toml, --config), build.rs without Command, #[path]/include! outside src; MSBuild
// Exec targets (csproj, Directory.Build.targets), F# projects; JEP 458 package source roots; lighttpd `:=`, mod_evhost,
// include of a downloaded file; httpd line continuations; Caddyfile trailing comments and import; npm_config_* env,
// npm's builtin npmrc, NPM_CONFIG_USERCONFIG, YARN_YARN_PATH, ~/.yarnrc.yml, a pnpm workspace root's pnpmfile, bunfig
// preload; deno task dependencies, DENO_SERVE_ADDRESS; tsconfig extends arrays/chains and tsc --outDir; npm global
// prefix from npmrc/env. Secure neighbours: go -ldflags, go.work, cargo root-package workspace, path deps, registry deps,
// dotnet ProjectReference and Directory.Build.props, java packages, Caddyfile comments, lighttpd :=, .npmrc registry,
// deno task objects, tsconfig local base, npm global prefix in /usr/etc/npmrc.
// Misses (25 insecure accepted, 4 secure refused): go -toolexec and -exec programs; cargo runner (.cargo/config.toml,
// --config); go -overlay; GOWORK env; exec.Command in Go sources; build.rs via
// libc::system; <Exec> targets (csproj, Directory.Build.targets); F# projects; JEP 458 package source root; lighttpd `:=`; lighttpd include of an
// unwritten file; Caddyfile trailing comment; Caddyfile import; npm_config_node_options env; npm builtin npmrc;
// NPM_CONFIG_USERCONFIG; YARN_YARN_PATH; pnpm workspace-root .pnpmfile.cjs; bunfig.toml preload; deno task dependencies;
// npm global prefix from /usr/etc/npmrc and npm_config_prefix. Secure refused: cargo root-package workspace, cargo path
// dependency, dotnet ProjectReference, tsconfig extends a written relative base with its own outDir.
// Kept passing: -modfile, cgo, #[path]/include!, evhost,
// RewriteRule continuation, NPM_CONFIG_SCRIPT_SHELL, ~/.yarnrc.yml (writing /root rc files is refused), DENO_SERVE_ADDRESS
// for deno serve (the deno run case is refused even without the variable), tsconfig arrays/chains/--outDir.
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const file = heredocFile;

const SERVED =
    /web|node|3000|serv|unread|yarn|pnpm|npm|8080|8000|go|cargo|dotnet|java|deno|nginx|httpd|lighttpd|caddy|Caddy|tsc|bun|unknown/;

const PUBLIC_APP = ["const express = require('express');", "express().use(express.static('public')).listen(3000);"];
const ROOT_APP = ["const express = require('express');", "express().use(express.static('/')).listen(3000);"];
const GO_MAIN_LOOPBACK = [
    "package main",
    "",
    'import "net/http"',
    "",
    "func main() {",
    '\thttp.ListenAndServe("127.0.0.1:8080", http.FileServer(http.Dir("/opt/ops/static")))',
    "}",
];
const GO_ROOT_PKG = [
    "package web",
    "",
    'import "net/http"',
    "",
    "func Start() {",
    '\thttp.ListenAndServe(":8080", http.FileServer(http.Dir("/")))',
    "}",
];
const RUST_LOOPBACK = [
    "use std::net::TcpListener;",
    'fn main() { let l = TcpListener::bind("127.0.0.1:8080").unwrap(); for s in l.incoming() { drop(s); } }',
];
const DENO_ROOT = [
    'import { serveDir } from "jsr:@std/http/file-server";',
    'Deno.serve({ hostname: "0.0.0.0", port: 8080 }, req => serveDir(req, { fsRoot: "/" }));',
];

const insecure: NodeCase[] = [
    // --- go run: build flags and environment that change what is built or run.
    // Was a MISS (fixed in round 67): insecure accepted. `go help build`: "-toolexec 'cmd args': a program to use to invoke toolchain programs
    // like vet and asm" (every compile/link step runs through it, as root here). tx.sh (downloaded, unread) may start
    // anything: here a file server of / on every address. goRunSources (userData.ts) accepts -toolexec as a valued
    // build flag and judges only the .go sources. Fix: -toolexec (and -exec, GOFLAGS carrying either) runs that
    // program: judge it as a root command (a written script read, anything else unknown: fail closed).
    dev(
        "go run -toolexec=/opt/ops/tx.sh . (the toolexec program starts a file server of /)",
        script("dev-node-go-toolexec-nodes", [
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22"]),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            "curl -fsSL -o /opt/ops/tx.sh https://tools.example.com/ops/wrap.sh",
            "chmod 755 /opt/ops/tx.sh",
            "cd /opt/ops && nohup go run -toolexec=/opt/ops/tx.sh . >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): insecure accepted. `go help run`: "By default, 'go run' runs the compiled binary directly ... If the -exec
    // flag is given, 'go run' invokes the binary using xprog: 'xprog a.out arguments...'". wrap.sh (downloaded,
    // unread) runs as root and may serve anything. goRunSources (userData.ts) skips -exec's value. Fix: judge the
    // -exec program as a root command (written: read it; otherwise unknown, fail closed).
    dev(
        "go run -exec /opt/ops/wrap.sh main.go (the exec wrapper starts a file server of /)",
        script("dev-node-go-exec-nodes", [
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22"]),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            "curl -fsSL -o /opt/ops/wrap.sh https://tools.example.com/ops/wrap.sh",
            "chmod 755 /opt/ops/wrap.sh",
            "cd /opt/ops && nohup go run -exec /opt/ops/wrap.sh main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): insecure accepted. `go help build`: "-overlay file: read a JSON config file that provides an overlay for
    // build operations ... a single field, named 'Replace', that maps each disk file path ... to its backing file
    // path, so that a build will run as if the disk file path exists with the contents given by the backing file
    // paths". main.go (loopback) is built from /opt/ops/alt/root.txt, which serves http.Dir("/") on :8080 (every
    // address) as root. goRunSources (userData.ts) accepts -overlay as a valued flag and reads main.go. Fix: -overlay
    // (and -modfile, GOFLAGS carrying either) makes the sources unknown unless the pack reads the JSON and judges each
    // backing file as the source it replaces.
    dev(
        "go run -overlay=/opt/ops/overlay.json . (main.go replaced by /opt/ops/alt/root.txt, serving / on :8080)",
        script("dev-node-go-overlay-nodes", [
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22"]),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            ...file("/opt/ops/overlay.json", ['{ "Replace": { "/opt/ops/main.go": "/opt/ops/alt/root.txt" } }']),
            ...file("/opt/ops/alt/root.txt", [
                "package main",
                "",
                'import "net/http"',
                "",
                'func main() { http.ListenAndServe(":8080", http.FileServer(http.Dir("/"))) }',
            ]),
            "cd /opt/ops && nohup go run -overlay=/opt/ops/overlay.json . >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "go run -modfile=/opt/ops/alt.mod . (alt.mod replaces example.com/web with /srv/web, serving / on :8080)",
        script("dev-node-go-modfile-nodes", [
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22"]),
            ...file("/opt/ops/alt.mod", [
                "module ops",
                "",
                "go 1.22",
                "",
                "require example.com/web v0.0.0",
                "",
                "replace example.com/web => /srv/web",
            ]),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import "example.com/web"',
                "",
                "func main() { web.Start() }",
            ]),
            ...file("/srv/web/go.mod", ["module example.com/web", "", "go 1.22"]),
            ...file("/srv/web/web.go", GO_ROOT_PKG),
            "cd /opt/ops && nohup go run -modfile=/opt/ops/alt.mod . >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): insecure accepted. `go help environment` GOWORK ("the path to the go.work file"; `go help work`: a
    // workspace's `use` modules satisfy imports): example.com/web resolves to /srv/web, whose Start serves
    // http.Dir("/") on :8080 as root. goRunSources (userData.ts) looks for go.work files only in the module's
    // directories and reads no GOWORK (nor GOFLAGS) in the command's environment; main.go alone has no listen API.
    // Fix: a GOWORK/GOFLAGS assignment (prefix, export, env) before go run makes the sources unknown unless
    // GOWORK=off; likewise a go.work named by GOWORK anywhere.
    dev(
        "GOWORK=/srv/go.work go run . (the workspace adds /srv/web, whose Start serves / on :8080)",
        script("dev-node-go-gowork-env-nodes", [
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22"]),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import "example.com/web"',
                "",
                "func main() { web.Start() }",
            ]),
            ...file("/srv/web/go.mod", ["module example.com/web", "", "go 1.22"]),
            ...file("/srv/web/web.go", GO_ROOT_PKG),
            ...file("/srv/go.work", ["go 1.22", "", "use (", "\t/opt/ops", "\t/srv/web", ")"]),
            "cd /opt/ops && GOWORK=/srv/go.work nohup go run . >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): insecure accepted. Go os/exec docs (Command/Run start a named program): main.go runs `python3 -m
    // http.server -d / 8081` (Python docs http.server: binds every address by default, -d the directory) as root,
    // serving the node's credentials to every pod. sourceRunnerListeners (userData.ts) judges SOURCE_RUNNERS sources
    // only by listen APIs and address literals, and has no spawn check (cargo build.rs has one, the sources do not).
    // Fix: a source that starts a process (Go exec.Command/syscall.Exec/os.StartProcess, Rust Command, Java
    // ProcessBuilder/Runtime.exec, C# Process.Start, libc system/popen) is an unread program: fail closed unless the
    // spawned command line is read as user data's own.
    dev(
        'go run main.go: main spawns exec.Command("python3", "-m", "http.server", "-d", "/", "8081")',
        script("dev-node-go-spawn-nodes", [
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import "os/exec"',
                "",
                "func main() {",
                '\texec.Command("python3", "-m", "http.server", "-d", "/", "8081").Run()',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "go run main.go with a cgo preamble whose constructor runs system(python3 -m http.server -d / 8081)",
        script("dev-node-go-cgo-nodes", [
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                "/*",
                "#include <stdlib.h>",
                'static void __attribute__((constructor)) ops_init(void) { system("python3 -m http.server -d / 8081 &"); }',
                "*/",
                'import "C"',
                "",
                "func main() { select {} }",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // --- cargo run.
    // Was a MISS (fixed in round 67): insecure accepted. Cargo book "Configuration": `target.<triple>.runner` ("If a runner is provided,
    // executables for the target <triple> will be executed by invoking the specified runner with the actual executable
    // passed as an argument. This applies to cargo run"), read from .cargo/config.toml in the working directory and
    // every parent (and $CARGO_HOME). wrap.sh (downloaded, unread) runs as root. cargoRunSources (userData.ts) reads
    // no cargo configuration. Fix: read .cargo/config(.toml) up the tree and /root/.cargo: runner,
    // build.rustc-wrapper, rustc, [env], target.*.linker as programs run (unread → fail closed);
    // CARGO_TARGET_*_RUNNER/RUSTC_WRAPPER env likewise.
    dev(
        ".cargo/config.toml target runner = /opt/ops/wrap.sh (cargo run runs the binary through it)",
        script("dev-node-cargo-runner-nodes", [
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"']),
            ...file("/opt/ops/.cargo/config.toml", [
                "[target.x86_64-unknown-linux-gnu]",
                'runner = "/opt/ops/wrap.sh"',
            ]),
            "curl -fsSL -o /opt/ops/wrap.sh https://tools.example.com/ops/wrap.sh",
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "chmod 755 /opt/ops/wrap.sh && cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): insecure accepted. Cargo book "cargo run"/"Configuration" (--config KEY=VALUE or PATH overrides
    // configuration; target.<triple>.runner runs the executable through the given program for cargo run). wrap.sh
    // (downloaded, unread) runs as root. cargoRunSources (userData.ts) takes --config as a valued option and ignores
    // it. Fix: --config values setting runner/rustc-wrapper/linker (or a --config FILE) are programs run: read or fail
    // closed; any other --config unread fails closed too.
    dev(
        "cargo run --config 'target.x86_64-unknown-linux-gnu.runner=\"/opt/ops/wrap.sh\"' (a runner given inline)",
        script("dev-node-cargo-config-runner-nodes", [
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"']),
            "curl -fsSL -o /opt/ops/wrap.sh https://tools.example.com/ops/wrap.sh",
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "chmod 755 /opt/ops/wrap.sh && cd /opt/ops && nohup cargo run --config 'target.x86_64-unknown-linux-gnu.runner=\"/opt/ops/wrap.sh\"' >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): insecure accepted. Cargo book "Build Scripts" (build.rs is compiled and run before the package); libc
    // crate `system` (POSIX system(3): runs a command through /bin/sh). build.rs starts python3 -m http.server -d /
    // 8081 (every address) as root. cargoRunSources (userData.ts) fails closed on build scripts matching
    // Command|process::|spawn|exec( only, so libc::system passes. Fix: treat any build script as unknown unless it is
    // provably inert (e.g. only println!("cargo:...")), or at least add system/popen/execv/fork/libc/nix/std::os calls
    // and any [build-dependencies] to the spawn check.
    dev(
        "cargo run: build.rs calls libc::system(python3 -m http.server -d / 8081) (no Command)",
        script("dev-node-cargo-buildrs-libc-nodes", [
            ...file("/opt/ops/Cargo.toml", [
                "[package]",
                'name = "ops"',
                'version = "0.1.0"',
                "",
                "[build-dependencies]",
                'libc = "0.2"',
            ]),
            ...file("/opt/ops/build.rs", [
                'fn main() { unsafe { libc::system(c"python3 -m http.server -d / 8081 &".as_ptr()); } }',
            ]),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'cargo run: src/main.rs has #[path = "/srv/web.rs"] mod web; /srv/web.rs binds 0.0.0.0:8080',
        script("dev-node-cargo-path-attr-nodes", [
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"']),
            ...file("/opt/ops/src/main.rs", ['#[path = "/srv/web.rs"]', "mod web;", "fn main() { web::start(); }"]),
            ...file("/srv/web.rs", [
                "use std::net::TcpListener;",
                'pub fn start() { let l = TcpListener::bind("0.0.0.0:8080").unwrap(); for s in l.incoming() { drop(s); } }',
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'cargo run: src/main.rs include!("/srv/web.rs") (binds 0.0.0.0:8080)',
        script("dev-node-cargo-include-nodes", [
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"']),
            ...file("/opt/ops/src/main.rs", ['include!("/srv/web.rs");', "fn main() { start(); }"]),
            ...file("/srv/web.rs", [
                "use std::net::TcpListener;",
                'pub fn start() { let l = TcpListener::bind("0.0.0.0:8080").unwrap(); for s in l.incoming() { drop(s); } }',
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // --- dotnet run.
    // Was a MISS (fixed in round 67): insecure accepted. MS Learn "Exec task" ("Runs the specified program or command by using the specified
    // arguments") and "MSBuild targets" (BeforeTargets="Build" runs it in every build; `dotnet run` builds first, MS
    // Learn "dotnet run"). The csproj's target starts python3 -m http.server -d / 8081 (every address) as root.
    // dotnetRunSources (userData.ts) fails closed on Import/ProjectReference only (Directory.Build.targets with Exec
    // is refused, the project file itself is not). Fix: a <Target>, <Exec>, <UsingTask> or an inline task in the
    // project file (as in Directory.Build.*) makes the sources unknown.
    dev(
        'dotnet run: web.csproj has a Target BeforeTargets=Build with <Exec Command="python3 -m http.server -d / 8081 &amp;"/>',
        script("dev-node-dotnet-exec-target-nodes", [
            ...file("/opt/ops/web/web.csproj", [
                '<Project Sdk="Microsoft.NET.Sdk.Web">',
                '  <Target Name="Files" BeforeTargets="Build">',
                '    <Exec Command="nohup python3 -m http.server -d / 8081 &gt;/dev/null 2&gt;&amp;1 &amp;" />',
                "  </Target>",
                "</Project>",
            ]),
            ...file("/opt/ops/web/Program.cs", [
                "var app = WebApplication.Create(args);",
                'app.MapGet("/healthz", () => "ok");',
                'app.Run("http://127.0.0.1:8080");',
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): insecure accepted. MS Learn "Customize your build" (Directory.Build.targets in the project's directory or
    // any parent is imported into every project) and "Exec task": its Target BeforeTargets="Build" runs
    // /opt/ops/files.sh (downloaded, unread) as root on every `dotnet run` (which builds first). dotnetRunSources
    // (userData.ts) reads Directory.Build.* only for Compile items and fails closed on Import/ProjectReference, not on
    // Target/Exec. Fix: a <Target>/<Exec>/<UsingTask> in the project file or any Directory.Build.props/.targets makes
    // the sources unknown (or judge Exec's command as a root command line).
    dev(
        "dotnet run: Directory.Build.targets above the project runs an Exec before Build (a file server of /)",
        script("dev-node-dotnet-dirtargets-exec-nodes", [
            ...file("/opt/ops/Directory.Build.targets", [
                "<Project>",
                '  <Target Name="Files" BeforeTargets="Build"><Exec Command="/opt/ops/files.sh" /></Target>',
                "</Project>",
            ]),
            "curl -fsSL -o /opt/ops/files.sh https://tools.example.com/ops/files.sh",
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>']),
            ...file("/opt/ops/web/Program.cs", [
                "var app = WebApplication.Create(args);",
                'app.MapGet("/healthz", () => "ok");',
                'app.Run("http://127.0.0.1:8080");',
            ]),
            "chmod 755 /opt/ops/files.sh && cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): insecure accepted. MS Learn "dotnet run" runs any project in the directory (F# .fsproj, VB .vbproj: the F#
    // compiler builds Compile items in order); Program.fs serves PhysicalFileProvider("/") on http://0.0.0.0:8080 as
    // root. dotnetRunSources (userData.ts) returns Program.cs and *.cs only (Program.cs unwritten: nothing read), so
    // nothing is found. Fix: read .fsproj/.vbproj Compile items and *.fs/*.vb sources too, or fail closed when the
    // project directory holds a project file other than .csproj (or no .csproj).
    dev(
        'dotnet run: an F# project (web.fsproj, Program.fs) serving PhysicalFileProvider("/") on http://0.0.0.0:8080',
        script("dev-node-dotnet-fsharp-nodes", [
            ...file("/opt/ops/web/web.fsproj", [
                '<Project Sdk="Microsoft.NET.Sdk.Web">',
                '  <ItemGroup><Compile Include="Program.fs" /></ItemGroup>',
                "</Project>",
            ]),
            ...file("/opt/ops/web/Program.fs", [
                "open Microsoft.AspNetCore.Builder",
                "open Microsoft.Extensions.FileProviders",
                "let app = WebApplication.Create()",
                'app.UseFileServer(FileServerOptions(FileProvider = new PhysicalFileProvider("/"), EnableDirectoryBrowsing = true)) |> ignore',
                'app.Run("http://0.0.0.0:8080")',
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // --- java source-file mode.
    // Was a MISS (fixed in round 67): insecure accepted. JEP 458 ("Launch Multi-File Source-Code Programs"): "the root of the source tree is
    // computed from the package of the launched file" (Web.java declares package ops, so the root is /opt/src) and
    // other packages under it (lib/Files.java) are compiled on demand; Files serves / on every address
    // (InetSocketAddress(port)) as root. javaSources (userData.ts) reads only .java files under the launched file's
    // own directory (/opt/src/ops). Fix: take the source root from the launched file's package declaration (strip one
    // directory per package segment) and read every written .java under it; an unparsable package fails closed.
    dev(
        "java ops/Web.java from /opt/src (package ops; JEP 458 source root /opt/src: lib/Files.java serves / on every address)",
        script("dev-node-java-pkgroot-nodes", [
            "dnf install -y java-22-amazon-corretto-headless",
            ...file("/opt/src/ops/Web.java", [
                "package ops;",
                "public class Web { public static void main(String[] a) throws Exception { lib.Files.start(); } }",
            ]),
            ...file("/opt/src/lib/Files.java", [
                "package lib;",
                "import com.sun.net.httpserver.*;",
                "import java.net.InetSocketAddress;",
                "public class Files {",
                '    public static void start() throws Exception { SimpleFileServer.createFileServer(new InetSocketAddress(8080), java.nio.file.Path.of("/"), SimpleFileServer.OutputLevel.INFO).start(); }',
                "}",
            ]),
            "cd /opt/src && nohup java ops/Web.java >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // --- lighttpd.
    // Was a MISS (fixed in round 67): insecure accepted. lighttpd docs "Configuration File Syntax": `option := value` ("overwrite the
    // value"/force-assign, alongside = and +=). server.document-root := "/" serves / as root on every address.
    // configFileServers (userData.ts) matches `server.document-root\s*\+?=` only (and alias.url/var. likewise). Fix:
    // accept `:=` wherever `=`/`+=` are read in lighttpd configuration (document-root, alias.url, var., server.bind).
    dev(
        'lighttpd: server.document-root := "/" (the := overwrite operator)',
        script("dev-node-lighttpd-force-assign-nodes", [
            "dnf install -y lighttpd",
            ...file("/etc/lighttpd/conf.d/ops.conf", ['server.document-root := "/"']),
            "echo 'include \"conf.d/ops.conf\"' >> /etc/lighttpd/lighttpd.conf",
            "systemctl enable --now lighttpd",
        ]),
        SERVED,
    ),
    dev(
        'lighttpd: mod_evhost evhost.path-pattern = "/etc/kubernetes/" (every host\'s document root)',
        script("dev-node-lighttpd-evhost-nodes", [
            "dnf install -y lighttpd",
            ...file("/etc/lighttpd/conf.d/ops.conf", [
                'server.modules += ( "mod_evhost" )',
                'evhost.path-pattern = "/etc/kubernetes/"',
            ]),
            "echo 'include \"conf.d/ops.conf\"' >> /etc/lighttpd/lighttpd.conf",
            "systemctl enable --now lighttpd",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): insecure accepted (a gap the round-66 fixers named). lighttpd docs "Configuration File Syntax": `include
    // "path"` reads another file as configuration (globs allowed). The included file was downloaded, not written, so
    // its document-root (any directory, / included) is unknown. configFileServers (userData.ts) treats include_shell
    // as unknown but ignores `include` of unwritten files. Fix: an `include` whose target (or a glob match) user data
    // did not write, or wrote in a way the pack cannot compute, makes document roots unknown (fail closed), as
    // include_shell does.
    dev(
        'lighttpd: include "/etc/lighttpd/remote.conf", a file user data downloaded (not wrote)',
        script("dev-node-lighttpd-include-unwritten-nodes", [
            "dnf install -y lighttpd",
            "curl -fsSL -o /etc/lighttpd/remote.conf https://config.example.com/lighttpd/ops.conf",
            ...file("/etc/lighttpd/conf.d/ops.conf", ['include "/etc/lighttpd/remote.conf"']),
            "echo 'include \"conf.d/ops.conf\"' >> /etc/lighttpd/lighttpd.conf",
            "systemctl enable --now lighttpd",
        ]),
        SERVED,
    ),
    // --- httpd.
    dev(
        "httpd conf.d: RewriteRule continued with a backslash onto the next line: ^/k/(.*)$ \\ /etc/kubernetes/$1",
        script("dev-node-httpd-rewrite-continued-nodes", [
            "dnf install -y httpd",
            ...file("/etc/httpd/conf.d/ops.conf", [
                "RewriteEngine On",
                "RewriteRule ^/k/(.*)$ \\",
                "    /etc/kubernetes/$1",
                "<Directory /etc/kubernetes>",
                "    Require all granted",
                "</Directory>",
            ]),
            "systemctl enable --now httpd",
        ]),
        SERVED,
    ),
    // --- Caddyfile.
    // Was a MISS (fixed in round 67): insecure accepted. Caddy docs "Caddyfile Concepts" (Comments: "Comments start with # and proceed until the
    // end of the line"): `root * /etc/kubernetes # node config` sets the root, and file_server serves it on :8080
    // (every address) as root. configFileServers (userData.ts) requires the root line to end after the path (`\s*$`),
    // so the trailing comment hides it. Fix: strip `#` comments (a # starting a token) before reading Caddyfile lines;
    // any root line not fully parsed fails closed.
    dev(
        "Caddyfile: root * /etc/kubernetes # kubelet config (a trailing comment), file_server on :8080",
        script("dev-node-caddyfile-comment-nodes", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                ":8080 {",
                "    root * /etc/kubernetes # node config",
                "    file_server",
                "}",
            ]),
            "systemctl enable --now caddy",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): insecure accepted. Caddy docs "import" directive ("Includes a snippet or file, replacing this token with
    // the contents of the snippet or file"; globs allowed): root.caddy's `root * /etc/kubernetes` is inside the :8080
    // site, and file_server serves it as root. configFileServers (userData.ts) reads each Caddyfile's own lines; the
    // imported file's root at depth 0 is skipped and the import is not followed. Fix: expand `import FILE|GLOB`
    // (written files) into the site block before reading; an import of a file user data did not write (or a snippet
    // with args) fails closed.
    dev(
        "Caddyfile: :8080 { import /etc/caddy/root.caddy; file_server } with root.caddy `root * /etc/kubernetes`",
        script("dev-node-caddyfile-import-nodes", [
            "dnf install -y caddy",
            ...file("/etc/caddy/root.caddy", ["root * /etc/kubernetes"]),
            ...file("/etc/caddy/Caddyfile", [":8080 {", "    import /etc/caddy/root.caddy", "    file_server", "}"]),
            "systemctl enable --now caddy",
        ]),
        SERVED,
    ),
    // --- package-manager configuration.
    // Was a MISS (fixed in round 67): insecure accepted (a gap the round-66 fixers named). npm docs "config" ("Environment Variables: Any
    // environment variables that start with npm_config_ will be interpreted as a configuration parameter",
    // case-insensitive) and `node-options` (passed to every script's node as NODE_OPTIONS; Node.js docs: NODE_OPTIONS
    // allows --require). hooks.js serves / on 3000 as root. packageManagerCode (userData.ts) reads .npmrc files only.
    // Fix: npm_config_node_options/npm_config_script_shell/npm_config_globalconfig/npm_config_userconfig (any case;
    // exported, prefixed, or via env) in the script's environment are code every npm script runs: read them or fail
    // closed.
    dev(
        "export npm_config_node_options='--require /opt/ops/hooks.js', npm start (hooks.js serves /)",
        script("dev-node-npm-config-env-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/hooks.js", ROOT_APP),
            ...file("/opt/ops/web.js", ["setInterval(() => {}, 1000);"]),
            "export npm_config_node_options='--require /opt/ops/hooks.js'",
            "cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "NPM_CONFIG_SCRIPT_SHELL=/opt/ops/shell.sh npm start (the shell starts a file server of /)",
        script("dev-node-npm-config-shell-env-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/shell.sh", [
                "#!/bin/sh",
                "python3 -m http.server -d / 8081 >/dev/null 2>&1 &",
                'exec /bin/sh "$@"',
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "chmod 755 /opt/ops/shell.sh",
            "cd /opt/ops && NPM_CONFIG_SCRIPT_SHELL=/opt/ops/shell.sh nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): insecure accepted. npm docs "npmrc" ("Files: per-project, per-user, global ($PREFIX/etc/npmrc), npm
    // builtin config file (/path/to/npm/npmrc)"): the AL2023 nodejs-npm package installs npm at
    // /usr/lib/node_modules/npm, so its npmrc's node-options (--require hooks.js, serving / on 3000) applies to every
    // npm script. packageManagerCode (userData.ts) reads project, /root, /etc, /usr/etc and /usr/local/etc npmrc only.
    // Fix: also read the builtin npmrc of each npm install location (/usr/lib/node_modules/npm/npmrc,
    // /usr/local/lib/node_modules/npm/npmrc, or any written */node_modules/npm/npmrc).
    dev(
        "npm builtin config /usr/lib/node_modules/npm/npmrc: node-options=--require /opt/ops/hooks.js",
        script("dev-node-npm-builtin-npmrc-nodes", [
            "dnf install -y nodejs npm",
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/usr/lib/node_modules/npm/npmrc", ["node-options=--require /opt/ops/hooks.js"]),
            ...file("/opt/ops/hooks.js", ROOT_APP),
            ...file("/opt/ops/web.js", ["setInterval(() => {}, 1000);"]),
            "cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): insecure accepted. npm docs "config" userconfig ("The location of user-level configuration settings") set
    // by NPM_CONFIG_USERCONFIG (npm_config_* env, case-insensitive): /opt/ops/ops.npmrc's node-options --require
    // hooks.js (serving / on 3000) runs in npm start as root. packageManagerCode (userData.ts) reads /root/.npmrc as
    // the user config regardless. Fix: userconfig/globalconfig from the environment (or --userconfig) name the npmrc
    // files to read; unknown ones fail closed.
    dev(
        "npm start --userconfig=/opt/ops/ops.npmrc (node-options=--require hooks.js)",
        script("dev-node-npm-userconfig-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/ops.npmrc", ["node-options=--require /opt/ops/hooks.js"]),
            ...file("/opt/ops/hooks.js", ROOT_APP),
            ...file("/opt/ops/web.js", ["setInterval(() => {}, 1000);"]),
            "export NPM_CONFIG_USERCONFIG=/opt/ops/ops.npmrc",
            "cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): insecure accepted. Yarn docs ".yarnrc.yml"/"Configuration" ("settings can also be defined through
    // environment variables: YARN_ prefix, the setting name in SCREAMING_SNAKE_CASE"): YARN_YARN_PATH makes yarn run
    // y.cjs as itself; y.cjs serves / on 3000 as root. packageManagerCode (userData.ts) reads .yarnrc.yml/.yarnrc
    // only. Fix: YARN_YARN_PATH, YARN_PLUGINS, YARN_INJECT_ENVIRONMENT_FILES, YARN_RC_FILENAME (and yarn classic
    // YARN_YARN_PATH/npm_config_*) in the command's environment are code yarn runs: read or fail closed.
    dev(
        "YARN_YARN_PATH=/opt/ops/y.cjs yarn start (yarn runs y.cjs as itself; it serves /)",
        script("dev-node-yarn-path-env-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/y.cjs", ROOT_APP),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && YARN_YARN_PATH=/opt/ops/y.cjs nohup yarn start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "/root/.yarnrc.yml (the home folder's yarnrc) yarnPath: /opt/ops/y.cjs, yarn start",
        script("dev-node-yarnrc-home-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/root/.yarnrc.yml", ["yarnPath: /opt/ops/y.cjs"]),
            ...file("/opt/ops/y.cjs", ROOT_APP),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup yarn start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): insecure accepted. pnpm docs ".pnpmfile.cjs" and "pnpm-workspace.yaml"/settings `pnpmfile` (default
    // .pnpmfile.cjs, relative to the workspace root: in a workspace, install runs for the whole workspace from the
    // root holding pnpm-workspace.yaml). The root's .pnpmfile.cjs (serving / on 3000) is loaded by pnpm install run in
    // packages/web, as root. packageManagerCode (userData.ts) looks for .pnpmfile.cjs only in the command's directory.
    // Fix: find the workspace root (nearest pnpm-workspace.yaml up from the directory) and read its .pnpmfile.cjs (and
    // .pnpmfile.mjs, and a pnpmfile set in pnpm-workspace.yaml/.npmrc); unread ones fail closed.
    dev(
        "pnpm workspace: pnpm install in packages/web loads the workspace root's .pnpmfile.cjs (serves /)",
        script("dev-node-pnpmfile-workspace-nodes", [
            ...file("/opt/ops/pnpm-workspace.yaml", ["packages:", "  - 'packages/*'"]),
            ...file("/opt/ops/package.json", ['{ "name": "ops-root", "private": true }']),
            ...file("/opt/ops/.pnpmfile.cjs", [...ROOT_APP, "module.exports = { hooks: {} };"]),
            ...file("/opt/ops/packages/web/package.json", ['{ "name": "web", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/packages/web/web.js", PUBLIC_APP),
            "cd /opt/ops/packages/web && pnpm install --frozen-lockfile && nohup pnpm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): insecure accepted. Bun docs "bunfig.toml" (`preload`: "An array of scripts/plugins to execute before
    // running a file or script"; bunfig.toml in the project root and $HOME/.bunfig.toml / $XDG_CONFIG_HOME). bun run
    // start runs hooks.js (serving / on 3000) first, as root. packageManagerCode (userData.ts) reads npm/pnpm/yarn
    // configuration only. Fix: for bun (run, a file, bunx) read bunfig.toml's preload (top-level and [run]/[test]) as
    // code bun runs; unread files fail closed.
    dev(
        'bun run start with bunfig.toml preload = ["./hooks.ts"] (hooks.ts serves /)',
        script("dev-node-bunfig-preload-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "bun web.js" } }']),
            ...file("/opt/ops/bunfig.toml", ['preload = ["./hooks.js"]']),
            ...file("/opt/ops/hooks.js", ROOT_APP),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup bun run start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // --- deno.
    // Was a MISS (fixed in round 67): insecure accepted. Deno docs "deno task" (task object form: "dependencies": tasks run before the command):
    // `deno task start` first runs `files` (deno run -A root.ts, serving fsRoot / on 0.0.0.0:8080) as root. denoTask
    // (userData.ts) reads only the task's `command`. Fix: also read every task named in `dependencies` (transitively)
    // as a command line run in the same directory; an unknown dependency fails closed.
    dev(
        'deno task start whose object form has dependencies: ["files"] (files: deno run -A root.ts serving / on 0.0.0.0)',
        script("dev-node-deno-task-deps-nodes", [
            ...file("/opt/ops/deno.json", [
                "{",
                '  "tasks": {',
                '    "files": "deno run -A root.ts",',
                '    "start": { "command": "deno run --allow-net=127.0.0.1:8080 main.ts", "dependencies": ["files"] }',
                "  }",
                "}",
            ]),
            ...file("/opt/ops/root.ts", DENO_ROOT),
            ...file("/opt/ops/main.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8080 }, () => new Response("ok"));',
            ]),
            "cd /opt/ops && nohup deno task start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'DENO_SERVE_ADDRESS=tcp:0.0.0.0:8080 deno run: Deno.serve on 127.0.0.1 with fsRoot "/" (the variable overrides the address)',
        script("dev-node-deno-serve-address-nodes", [
            ...file("/opt/ops/web.ts", [
                'import { serveDir } from "jsr:@std/http/file-server";',
                'Deno.serve({ hostname: "127.0.0.1", port: 8080 }, req => serveDir(req, { fsRoot: "/" }));',
            ]),
            "cd /opt/ops && DENO_SERVE_ADDRESS=tcp:0.0.0.0:8080 nohup deno run --allow-net --allow-read web.ts >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'DENO_SERVE_ADDRESS=tcp:0.0.0.0:8080 deno serve --host 127.0.0.1 --allow-read web.ts (fetch serves fsRoot "/")',
        script("dev-node-deno-serve-address-serve-nodes", [
            ...file("/opt/ops/web.ts", [
                'import { serveDir } from "jsr:@std/http/file-server";',
                'export default { fetch: (req: Request) => serveDir(req, { fsRoot: "/" }) };',
            ]),
            "export DENO_SERVE_ADDRESS=tcp:0.0.0.0:8080",
            "cd /opt/ops && nohup deno serve --host 127.0.0.1 --allow-read web.ts >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // --- tsc.
    dev(
        'tsconfig.json extends ["@tsconfig/node20/tsconfig.json", "./out.json"] (out.json: outDir ".", rootDir src)',
        script("dev-node-tsc-extends-array-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prepare": "tsc -p .", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/out.json", ['{ "compilerOptions": { "outDir": ".", "rootDir": "src" } }']),
            ...file("/opt/ops/tsconfig.json", [
                '{ "extends": ["@tsconfig/node20/tsconfig.json", "./out.json"], "include": ["src"] }',
            ]),
            ...file("/opt/ops/src/web.ts", [
                "import express from 'express';",
                "express().use(express.static('/')).listen(3000);",
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'tsconfig.json extends ./a.json, which extends ./b.json (outDir ".", rootDir src): src/web.ts overwrites web.js',
        script("dev-node-tsc-extends-chain-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prepare": "tsc -p .", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/b.json", ['{ "compilerOptions": { "outDir": ".", "rootDir": "src" } }']),
            ...file("/opt/ops/a.json", ['{ "extends": "./b.json", "compilerOptions": { "strict": true } }']),
            ...file("/opt/ops/tsconfig.json", ['{ "extends": "./a.json", "include": ["src"] }']),
            ...file("/opt/ops/src/web.ts", [
                "import express from 'express';",
                "express().use(express.static('/')).listen(3000);",
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "tsconfig extends @tsconfig/node20 with own outDir dist, but `tsc -p . --outDir .` in prepare (src/web.ts overwrites web.js)",
        script("dev-node-tsc-cli-outdir-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prepare": "tsc -p . --outDir . --rootDir src", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/tsconfig.json", [
                '{ "extends": "@tsconfig/node20/tsconfig.json", "compilerOptions": { "outDir": "dist" }, "include": ["src"] }',
            ]),
            ...file("/opt/ops/src/web.ts", [
                "import express from 'express';",
                "express().use(express.static('/')).listen(3000);",
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // --- npm global installs and their prefix.
    // Was a MISS (fixed in round 67): insecure accepted. npm docs "folders" (global installs go to {prefix}/lib/node_modules, bins to
    // {prefix}/bin) and "npmrc" (the global config $PREFIX/etc/npmrc, /usr/etc/npmrc for /usr/bin/node, may set
    // prefix): npm install -g pm2 writes /etc/kubernetes/lib/node_modules/pm2 and /etc/kubernetes/bin, the node's
    // Kubernetes credential directory, which the pack refuses user data writing. npmGlobalPrefix (userData.ts) assumes
    // /usr/local unless --prefix is given. Fix: take prefix from the npmrc files packageManagerCode reads and
    // npm_config_prefix/NPM_CONFIG_PREFIX in the environment; unknown prefix fails closed.
    dev(
        "/usr/etc/npmrc (npm's global config) prefix=/etc/kubernetes, then npm install -g pm2 (writes /etc/kubernetes/lib/node_modules and bin)",
        script("dev-node-npm-global-npmrc-prefix-nodes", [
            ...file("/usr/etc/npmrc", ["prefix=/etc/kubernetes"]),
            "npm install -g pm2",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 67): insecure accepted. npm docs "config" (npm_config_* environment variables set any option) and "folders"
    // (prefix/lib/node_modules, prefix/bin): npm writes into /etc/kubernetes (the node's kubelet credentials
    // directory), a write the pack refuses when named directly. npmGlobalPrefix (userData.ts) ignores
    // npm_config_prefix. Fix: read npm_config_prefix (any case) in the command's environment as the prefix, as
    // --prefix.
    dev(
        "npm_config_prefix=/etc/kubernetes npm install -g pm2 (writes /etc/kubernetes/lib/node_modules and bin)",
        script("dev-node-npm-global-env-prefix-nodes", ["npm_config_prefix=/etc/kubernetes npm install -g pm2"]),
        /./,
    ),
    // Round 67 neighbours (nsec-config).
    dev(
        "Caddyfile without braces (one site): :8080, root * /etc/kubernetes, file_server",
        script("dev-node-caddyfile-bare-site67-nodes", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [":8080", "root * /etc/kubernetes", "file_server"]),
            "systemctl enable --now caddy",
        ]),
        SERVED,
    ),
    dev(
        "/root/.npmrc (npm's user config) prefix=/etc/kubernetes, then npm install -g pm2",
        script("dev-node-npm-user-npmrc-prefix67-nodes", [
            ...file("/root/.npmrc", ["prefix=/etc/kubernetes"]),
            "npm install -g pm2",
        ]),
        /./,
    ),
    dev(
        "deno task start whose dependency names a task deno.json does not have",
        script("dev-node-deno-task-deps-missing67-nodes", [
            ...file("/opt/ops/deno.json", [
                '{ "tasks": { "start": { "command": "deno run --allow-net=127.0.0.1:8080 main.ts", "dependencies": ["files"] } } }',
            ]),
            ...file("/opt/ops/main.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8080 }, () => new Response("ok"));',
            ]),
            "cd /opt/ops && nohup deno task start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "pnpm workspace: pnpm install in packages/web with the workspace root's .pnpmfile.mjs (serves /)",
        script("dev-node-pnpmfile-mjs-workspace67-nodes", [
            ...file("/opt/ops/pnpm-workspace.yaml", ["packages:", "  - 'packages/*'"]),
            ...file("/opt/ops/.pnpmfile.mjs", [
                "import express from 'express';",
                "express().use(express.static('/')).listen(3000);",
            ]),
            ...file("/opt/ops/packages/web/package.json", ['{ "name": "web", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/packages/web/web.js", PUBLIC_APP),
            "cd /opt/ops/packages/web && pnpm install --frozen-lockfile && nohup pnpm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Round 67 neighbours (builds): built programs judged as their sources, copies of them, path dependencies and
    // project references whose code listens beyond loopback, a root package's own main.
    dev(
        "cargo build --release then install target/release/ops /usr/local/bin/ops and run it (binds 0.0.0.0:8080)",
        script("dev-node-cargo-build-install-nodes67", [
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"']),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::TcpListener;",
                'fn main() { let l = TcpListener::bind("0.0.0.0:8080").unwrap(); for s in l.incoming() { drop(s); } }',
            ]),
            "cd /opt/ops && cargo build --release && install -m 0755 target/release/ops /usr/local/bin/ops",
            "nohup ops >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "dotnet build -o /opt/ops/out of a Web project on http://0.0.0.0:8080, then dotnet /opt/ops/out/web.dll",
        script("dev-node-dotnet-build-any-nodes67", [
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>']),
            ...file("/opt/ops/web/Program.cs", [
                "var app = WebApplication.Create(args);",
                'app.MapGet("/healthz", () => "ok");',
                'app.Run("http://0.0.0.0:8080");',
            ]),
            "cd /opt/ops/web && dotnet build -c Release -o /opt/ops/out && nohup dotnet /opt/ops/out/web.dll >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "go build (no -o) of /opt/files serving / on :9000, then ./files",
        script("dev-node-go-build-default-nodes67", [
            ...file("/opt/files/go.mod", ["module example.com/files", "", "go 1.22"]),
            ...file("/opt/files/main.go", [
                "package main",
                "",
                'import "net/http"',
                "",
                'func main() { http.ListenAndServe(":9000", http.FileServer(http.Dir("/"))) }',
            ]),
            "cd /opt/files && go build && nohup ./files >/var/log/files.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'cargo run -p web: web depends on common = { path = "../common" }, whose lib binds 0.0.0.0:8080',
        script("dev-node-cargo-pathdep-any-nodes67", [
            ...file("/opt/ops/Cargo.toml", ["[workspace]", 'members = ["web", "common"]']),
            ...file("/opt/ops/web/Cargo.toml", [
                "[package]",
                'name = "web"',
                'version = "0.1.0"',
                "",
                "[dependencies]",
                'common = { path = "../common" }',
            ]),
            ...file("/opt/ops/web/src/main.rs", ["fn main() { common::start(); }"]),
            ...file("/opt/ops/common/Cargo.toml", ["[package]", 'name = "common"', 'version = "0.1.0"']),
            ...file("/opt/ops/common/src/lib.rs", [
                "use std::net::TcpListener;",
                'pub fn start() { let l = TcpListener::bind("0.0.0.0:8080").unwrap(); for s in l.incoming() { drop(s); } }',
            ]),
            "cd /opt/ops && nohup cargo run -p web --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "cargo: a root package that is also a workspace, cargo run of src/main.rs binding 0.0.0.0:8080",
        script("dev-node-cargo-root-workspace-any-nodes67", [
            ...file("/opt/ops/Cargo.toml", [
                "[package]",
                'name = "ops"',
                'version = "0.1.0"',
                "",
                "[workspace]",
                'members = ["crates/*"]',
            ]),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::TcpListener;",
                'fn main() { let l = TcpListener::bind("0.0.0.0:8080").unwrap(); for s in l.incoming() { drop(s); } }',
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "dotnet run: ProjectReference to ../lib/lib.csproj whose Files.cs serves on http://0.0.0.0:8081",
        script("dev-node-dotnet-projref-any-nodes67", [
            ...file("/opt/ops/web/web.csproj", [
                '<Project Sdk="Microsoft.NET.Sdk.Web">',
                '  <ItemGroup><ProjectReference Include="../lib/lib.csproj" /></ItemGroup>',
                "</Project>",
            ]),
            ...file("/opt/ops/web/Program.cs", ["Lib.Files.Start();"]),
            ...file("/opt/ops/lib/lib.csproj", ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>']),
            ...file("/opt/ops/lib/Files.cs", [
                "namespace Lib;",
                'public static class Files { public static void Start() => WebApplication.Create().Run("http://0.0.0.0:8081"); }',
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "cargo run with CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUNNER=/opt/ops/wrap.sh (a downloaded runner)",
        script("dev-node-cargo-runner-env-nodes67", [
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"']),
            "curl -fsSL -o /opt/ops/wrap.sh https://tools.example.com/ops/wrap.sh",
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "chmod 755 /opt/ops/wrap.sh && cd /opt/ops && CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUNNER=/opt/ops/wrap.sh nohup cargo run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
];

const secure: NodeCase[] = [
    dev(
        'go run -ldflags="-s -w" -trimpath . (main.go on 127.0.0.1:8080)',
        script("dev-node-go-ldflags-ok67-nodes", [
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22"]),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            'cd /opt/ops && nohup go run -ldflags="-s -w" -trimpath . >/var/log/ops.log 2>&1 &',
        ]),
    ),
    dev(
        "go.work workspace (use ./web ./api): go run ./web, web/main.go on 127.0.0.1:8080",
        script("dev-node-go-work-ok67-nodes", [
            ...file("/opt/ops/go.work", ["go 1.22", "", "use (", "\t./web", "\t./api", ")"]),
            ...file("/opt/ops/web/go.mod", ["module example.com/ops/web", "", "go 1.22"]),
            ...file("/opt/ops/web/main.go", GO_MAIN_LOOPBACK),
            ...file("/opt/ops/api/go.mod", ["module example.com/ops/api", "", "go 1.22"]),
            ...file("/opt/ops/api/api.go", ["package api", "", 'func Version() string { return "1" }']),
            "cd /opt/ops && nohup go run ./web >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 67): secure refused. Cargo book "Workspaces" ("Root package": a workspace whose root Cargo.toml also has
    // [package]; "default-members": without it, commands in the root run the root package) and "cargo run":
    // src/main.rs binds 127.0.0.1:8080 only. cargoRunSources (userData.ts) returns unknown for any [workspace]
    // manifest without -p, so it is refused as every address. Fix: a root manifest with [package] and [workspace] and
    // no default-members runs the root package: read it as a single package (members only with -p).
    dev(
        "cargo: a root package that is also a workspace (members crates/*), cargo run --release on 127.0.0.1:8080",
        script("dev-node-cargo-root-workspace-ok67-nodes", [
            ...file("/opt/ops/Cargo.toml", [
                "[package]",
                'name = "ops"',
                'version = "0.1.0"',
                "",
                "[workspace]",
                'members = ["crates/*"]',
            ]),
            ...file("/opt/ops/crates/util/Cargo.toml", ["[package]", 'name = "util"', 'version = "0.1.0"']),
            ...file("/opt/ops/crates/util/src/lib.rs", ['pub fn version() -> &\'static str { "1" }']),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 67): secure refused. Cargo book "Specifying Dependencies" (path dependencies, the usual layout of a workspace:
    // common = { path = "../common" }) and "Workspaces": web binds 127.0.0.1:8080 only; common is a library user data
    // wrote. cargoRunSources (userData.ts) returns unknown for any `path =` dependency. Fix: resolve a path dependency
    // to a package user data wrote and add its src/**/*.rs and build script to the sources (unknown only when the path
    // is not written or not computable).
    dev(
        'cargo workspace: cargo run -p web, web depends on common = { path = "../common" } (127.0.0.1:8080)',
        script("dev-node-cargo-pathdep-ok67-nodes", [
            ...file("/opt/ops/Cargo.toml", ["[workspace]", 'members = ["web", "common"]', 'resolver = "2"']),
            ...file("/opt/ops/web/Cargo.toml", [
                "[package]",
                'name = "web"',
                'version = "0.1.0"',
                "",
                "[dependencies]",
                'common = { path = "../common" }',
            ]),
            ...file("/opt/ops/web/src/main.rs", RUST_LOOPBACK),
            ...file("/opt/ops/common/Cargo.toml", ["[package]", 'name = "common"', 'version = "0.1.0"']),
            ...file("/opt/ops/common/src/lib.rs", ['pub fn version() -> &\'static str { "1" }']),
            "cd /opt/ops && nohup cargo run -p web --release >/var/log/ops.log 2>&1 &",
        ]),
        /./,
    ),
    dev(
        "cargo run: [dependencies] tokio with features, src/main.rs on 127.0.0.1:8080",
        script("dev-node-cargo-deps-ok67-nodes", [
            ...file("/opt/ops/Cargo.toml", [
                "[package]",
                'name = "ops"',
                'version = "0.1.0"',
                'edition = "2021"',
                "",
                "[dependencies]",
                'tokio = { version = "1", features = ["full"] }',
            ]),
            ...file("/opt/ops/src/main.rs", RUST_LOOPBACK),
            "cd /opt/ops && nohup cargo run --release --locked >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 67): secure refused. MS Learn "Common MSBuild project items" ProjectReference (a referenced project is built
    // and its assembly used) and "dotnet run": web binds http://127.0.0.1:8080 only; lib is a class library user data
    // wrote. dotnetRunSources (userData.ts) returns unknown for any ProjectReference. Fix: resolve each
    // ProjectReference to a written project file and add its sources (recursively, same rules as the project); unknown
    // only if unwritten or not computable.
    dev(
        "dotnet run: web.csproj with a ProjectReference to ../lib/lib.csproj (a class library), Program.cs on 127.0.0.1:8080",
        script("dev-node-dotnet-projref-ok67-nodes", [
            ...file("/opt/ops/web/web.csproj", [
                '<Project Sdk="Microsoft.NET.Sdk.Web">',
                '  <ItemGroup><ProjectReference Include="../lib/lib.csproj" /></ItemGroup>',
                "</Project>",
            ]),
            ...file("/opt/ops/web/Program.cs", [
                "var app = WebApplication.Create(args);",
                'app.MapGet("/healthz", () => Lib.Version.Value);',
                'app.Run("http://127.0.0.1:8080");',
            ]),
            ...file("/opt/ops/lib/lib.csproj", ['<Project Sdk="Microsoft.NET.Sdk"></Project>']),
            ...file("/opt/ops/lib/Version.cs", [
                "namespace Lib;",
                'public static class Version { public const string Value = "1"; }',
            ]),
            "cd /opt/ops/web && nohup dotnet run -c Release >/var/log/ops.log 2>&1 &",
        ]),
        /./,
    ),
    dev(
        "dotnet run: Directory.Build.props sets LangVersion/Nullable only, Program.cs on 127.0.0.1:8080",
        script("dev-node-dotnet-dirprops-ok67-nodes", [
            ...file("/opt/ops/Directory.Build.props", [
                "<Project>",
                "  <PropertyGroup><Nullable>enable</Nullable><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup>",
                "</Project>",
            ]),
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>']),
            ...file("/opt/ops/web/Program.cs", [
                "var app = WebApplication.Create(args);",
                'app.MapGet("/healthz", () => "ok");',
                'app.Run("http://127.0.0.1:8080");',
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "java ops/Web.java from /opt/src (package ops; lib/Files.java serves /opt/src/static on 127.0.0.1:8080)",
        script("dev-node-java-pkgroot-ok67-nodes", [
            ...file("/opt/src/ops/Web.java", [
                "package ops;",
                "public class Web { public static void main(String[] a) throws Exception { lib.Files.start(); } }",
            ]),
            ...file("/opt/src/lib/Files.java", [
                "package lib;",
                "import com.sun.net.httpserver.*;",
                "import java.net.InetSocketAddress;",
                "public class Files {",
                '    public static void start() throws Exception { SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", 8080), java.nio.file.Path.of("/opt/src/static"), SimpleFileServer.OutputLevel.INFO).start(); }',
                "}",
            ]),
            "cd /opt/src && nohup java ops/Web.java >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "Caddyfile with comments and encode gzip: :80 { root * /usr/share/caddy  # site; file_server }",
        script("dev-node-caddyfile-comments-ok67-nodes", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                "# ops site",
                ":80 {",
                "    encode gzip",
                "    root * /usr/share/caddy # static site",
                "    file_server",
                "}",
            ]),
            "systemctl enable --now caddy",
        ]),
    ),
    dev(
        'lighttpd: server.document-root := "/var/www/ops" and server.bind = "127.0.0.1"',
        script("dev-node-lighttpd-force-ok67-nodes", [
            "dnf install -y lighttpd",
            ...file("/etc/lighttpd/conf.d/ops.conf", ['server.document-root := "/var/www/ops"']),
            "echo 'include \"conf.d/ops.conf\"' >> /etc/lighttpd/lighttpd.conf",
            "systemctl enable --now lighttpd",
        ]),
    ),
    dev(
        "project .npmrc with registry and an auth token from the environment; npm ci && npm start serving public",
        script("dev-node-npmrc-registry-ok67-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/.npmrc", [
                "registry=https://npm.example.com/",
                "//npm.example.com/:_authToken=${NPM_TOKEN}",
                "fund=false",
                "audit=false",
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        'deno task start, object form { "command": ..., "description": ... } on 127.0.0.1',
        script("dev-node-deno-task-object-ok67-nodes", [
            ...file("/opt/ops/deno.json", [
                '{ "tasks": { "start": { "description": "web", "command": "deno run --allow-net=127.0.0.1:8080 main.ts" } } }',
            ]),
            ...file("/opt/ops/main.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8080 }, () => new Response("ok"));',
            ]),
            "cd /opt/ops && nohup deno task start >/var/log/web.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 67): secure refused. TypeScript docs tsconfig "extends" ("The configuration from the base file are loaded
    // first, then overridden by those in the inheriting config file"): the project's own outDir dist wins over any
    // base, and include ["src"] is its own; tsc writes only under dist, and npm start runs web.js (user data's text,
    // serving public). tscWrites (userData.ts) makes any relative-path base unknown, though the same project with a
    // package base is accepted (round 66). Fix: read a written relative base (recursively) or, as for package bases,
    // let the project's own outDir/outFile decide when it sets one.
    dev(
        "tsconfig.json extends ./tsconfig.base.json (strict only), own outDir dist: npm start of web.js",
        script("dev-node-tsc-extends-local-ok67-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prepare": "tsc -p .", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/tsconfig.base.json", ['{ "compilerOptions": { "strict": true, "target": "ES2022" } }']),
            ...file("/opt/ops/tsconfig.json", [
                '{ "extends": "./tsconfig.base.json", "compilerOptions": { "outDir": "dist" }, "include": ["src"] }',
            ]),
            ...file("/opt/ops/src/jobs.ts", ["export const jobs: string[] = [];"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        /./,
    ),
    dev(
        "/usr/etc/npmrc (npm's global config) prefix=/opt/npm-global, npm install -g pm2@5",
        script("dev-node-npm-global-prefix-ok67-nodes", [
            ...file("/usr/etc/npmrc", ["prefix=/opt/npm-global"]),
            "npm install -g pm2@5",
        ]),
    ),
    dev(
        "npm install -g --prefix /opt/tools typescript@5 pm2",
        script("dev-node-npm-global-cli-prefix-ok67-nodes", ["npm install -g --prefix /opt/tools typescript@5 pm2"]),
    ),
    // Round 67 neighbours (nsec-config): what stays accepted beside each fix.
    dev(
        'lighttpd: include "/etc/lighttpd/site.conf", written whole (server.document-root := "/var/www/ops", bind 127.0.0.1)',
        script("dev-node-lighttpd-include-written-ok67-nodes", [
            "dnf install -y lighttpd",
            ...file("/etc/lighttpd/site.conf", ['server.document-root := "/var/www/ops"', 'server.bind = "127.0.0.1"']),
            ...file("/etc/lighttpd/conf.d/ops.conf", ['include "/etc/lighttpd/site.conf"']),
            "echo 'include \"conf.d/ops.conf\"' >> /etc/lighttpd/lighttpd.conf",
            "systemctl enable --now lighttpd",
        ]),
    ),
    dev(
        "Caddyfile: (common) snippet with encode gzip, :8080 { import common; root * /var/www/ops # site; file_server }",
        script("dev-node-caddyfile-snippet-ok67-nodes", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                "(common) {",
                "    encode gzip",
                "}",
                ":8080 {",
                "    import common",
                "    root * /var/www/ops # site",
                "    file_server",
                "}",
            ]),
            "systemctl enable --now caddy",
        ]),
    ),
    dev(
        "export npm_config_loglevel=warn NPM_CONFIG_FUND=false, npm ci && npm start serving public",
        script("dev-node-npm-config-env-ok67-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "export npm_config_loglevel=warn NPM_CONFIG_FUND=false",
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "npm builtin config /usr/lib/node_modules/npm/npmrc: update-notifier=false, npm start serving public",
        script("dev-node-npm-builtin-npmrc-ok67-nodes", [
            "dnf install -y nodejs npm",
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/usr/lib/node_modules/npm/npmrc", ["update-notifier=false"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "NPM_CONFIG_USERCONFIG=/opt/ops/ops.npmrc (registry only), npm start serving public",
        script("dev-node-npm-userconfig-ok67-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/ops.npmrc", ["registry=https://registry.npmjs.org/"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "export NPM_CONFIG_USERCONFIG=/opt/ops/ops.npmrc",
            "cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "YARN_ENABLE_TELEMETRY=0 yarn start serving public",
        script("dev-node-yarn-env-ok67-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && YARN_ENABLE_TELEMETRY=0 nohup yarn start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        'deno task start with dependencies: ["api"] (api: deno run api.ts on 127.0.0.1:8081), main.ts on 127.0.0.1',
        script("dev-node-deno-task-deps-ok67-nodes", [
            ...file("/opt/ops/deno.json", [
                "{",
                '  "tasks": {',
                '    "api": "deno run --allow-net=127.0.0.1:8081 api.ts",',
                '    "start": { "command": "deno run --allow-net=127.0.0.1:8080 main.ts", "dependencies": ["api"] }',
                "  }",
                "}",
            ]),
            ...file("/opt/ops/main.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8080 }, () => new Response("ok"));',
            ]),
            ...file("/opt/ops/api.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8081 }, () => new Response("api"));',
            ]),
            "cd /opt/ops && nohup deno task start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "npm_config_prefix=/opt/tools npm install -g pm2@5",
        script("dev-node-npm-global-env-prefix-ok67-nodes", ["npm_config_prefix=/opt/tools npm install -g pm2@5"]),
    ),
    // Round 67 neighbours (builds): loopback programs built then run, inert build scripts, async tasks (no process).
    dev(
        "cargo build --release of a tokio loopback server (tokio::spawn tasks), installed to /usr/local/bin and run",
        script("dev-node-cargo-build-tokio-ok67b-nodes", [
            ...file("/opt/ops/Cargo.toml", [
                "[package]",
                'name = "ops"',
                'version = "0.1.0"',
                "",
                "[dependencies]",
                'tokio = { version = "1", features = ["full"] }',
            ]),
            ...file("/opt/ops/src/main.rs", [
                "use tokio::net::TcpListener;",
                "#[tokio::main]",
                "async fn main() {",
                '    let l = TcpListener::bind("127.0.0.1:8080").await.unwrap();',
                "    loop { let (s, _) = l.accept().await.unwrap(); tokio::spawn(async move { drop(s); }); }",
                "}",
            ]),
            "cd /opt/ops && cargo build --release && install -m 0755 target/release/ops /usr/local/bin/ops",
            "nohup ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "go build -o /usr/local/bin/ops of a loopback module, then ops",
        script("dev-node-go-build-loopback-ok67b-nodes", [
            ...file("/opt/ops/go.mod", ["module example.com/ops", "", "go 1.22"]),
            ...file("/opt/ops/main.go", GO_MAIN_LOOPBACK),
            "cd /opt/ops && go build -trimpath -o /usr/local/bin/ops . && nohup ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "dotnet publish -c Release -o /opt/ops/out of a loopback Web project, then dotnet /opt/ops/out/web.dll",
        script("dev-node-dotnet-publish-ok67b-nodes", [
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>']),
            ...file("/opt/ops/web/Program.cs", [
                "var app = WebApplication.Create(args);",
                'app.MapGet("/healthz", () => "ok");',
                'app.Run("http://127.0.0.1:8080");',
            ]),
            "cd /opt/ops/web && dotnet publish -c Release -o /opt/ops/out && cd /opt/ops/out && nohup dotnet web.dll >/var/log/ops.log 2>&1 &",
        ]),
    ),
];

describeNodeCases(
    "red team 66: node user data, source runners, web server and package-manager configs",
    insecure,
    secure,
);
