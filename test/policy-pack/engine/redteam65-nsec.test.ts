// Red-team round 65 on EKS NODE user data (fresh eyes): round 65's SOURCE_RUNNERS package resolution, lighttpdValue,
// PACKAGE_INSTALLS, tscWrites and RUNNER_OPTIONS (ts-node/deno), and the web-server config readers (configFileServers).
// Probed: what a runner builds beyond the files the pack reads (a Go package's imported packages, cargo build.rs, a
// csproj Compile item outside the project, JDK 22 multi-file source programs); lighttpd include_shell; httpd mod_rewrite
// to a filesystem path; a Caddyfile file_server; package-manager configuration that runs code (.npmrc node-options,
// .yarnrc.yml yarnPath, .pnpmfile.cjs); deno.json tasks and `deno serve`; tsconfig extends moving outDir; secure
// neighbours (a cargo workspace, a Go service with internal packages, deno task, tsconfig extends a package base, pnpm with
// an .npmrc, dotnet/go/cargo with common flags) on loopback.
// Misses (12 insecure accepted, 2 secure refused; all fixed in round 66): sources a runner builds beyond the files read (go run's imported
// packages of the written module, cargo build.rs, csproj Compile items outside the project, JDK 22 multi-file source
// programs); lighttpd include_shell; httpd RewriteRule to a filesystem path; a Caddyfile root/file_server under the caddy
// unit; .npmrc node-options, .yarnrc.yml yarnPath, .pnpmfile.cjs; `deno task` (deno.json tasks) and `deno serve`. Secure
// refused: a cargo workspace's `cargo run -p web` on loopback; tsconfig extends a package base (@tsconfig/node20) with its
// own outDir. Kept passing: caddy run --config (refused as unread), tsconfig extends moving outDir to "." (refused), go
// internal package/cargo --locked/dotnet -c Release/deno task and --config/pnpm with .npmrc/a Caddyfile site on loopback.
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const file = heredocFile;

const SERVED =
    /web|node|3000|serv|unread|yarn|pnpm|npm|8080|8000|go|cargo|dotnet|java|deno|nginx|httpd|lighttpd|caddy|Caddy|tsc/;

const PUBLIC_APP = ["const express = require('express');", "express().use(express.static('public')).listen(3000);"];
const ROOT_APP = ["const express = require('express');", "express().use(express.static('/')).listen(3000);"];

const GO_ROOT_PKG = [
    "package web",
    "",
    'import "net/http"',
    "",
    "func Start() {",
    '\thttp.ListenAndServe(":8080", http.FileServer(http.Dir("/")))',
    "}",
];
const GO_MAIN_CALLS = ["package main", "", 'import "ops/internal/web"', "", "func main() {", "\tweb.Start()", "}"];
const DENO_ROOT = [
    'import { serveDir } from "jsr:@std/http/file-server";',
    'Deno.serve({ hostname: "0.0.0.0", port: 8080 }, req => serveDir(req, { fsRoot: "/" }));',
];

const insecure: NodeCase[] = [
    // --- SOURCE_RUNNERS: what the build compiles beyond the files the pack reads.
    // Was a MISS (fixed in round 66): insecure accepted. `go help packages`/the Go spec ("Import declarations"): `go run .` builds the main package
    // AND every package it imports; ops/internal/web (a directory of go.mod's module ops) is compiled in, and its Start()
    // runs http.ListenAndServe(":8080", http.FileServer(http.Dir("/"))) (net/http: an empty host is every address) as root,
    // so every pod reads /var/lib/kubelet and /etc/kubernetes. goRunSources (userData.ts) returns only the .go files of the
    // named package's own directory (main.go: no listen API, no address), so sourceRunnerListeners finds nothing. Fix: also
    // read every package of the written module the sources import (import paths under go.mod's module path, resolved to
    // written directories, transitively), and fail closed on imports of written modules the pack cannot resolve (replace
    // directives, go.work members).
    dev(
        'go run . whose main.go calls ops/internal/web.Start(): internal/web serves http.Dir("/") on :8080',
        script("dev-node-go-run-internal-nodes", [
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22"]),
            ...file("/opt/ops/main.go", GO_MAIN_CALLS),
            ...file("/opt/ops/internal/web/web.go", GO_ROOT_PKG),
            "cd /opt/ops && nohup go run . >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): insecure accepted. Cargo book "Build Scripts": "Placing a file named build.rs in the root of a package will
    // cause Cargo to compile that script and execute it just before building the package" (also `package.build = PATH`).
    // Here build.rs spawns `python3 -m http.server -d / 8081` (every address) as root before the build: every pod reads the
    // node's credentials. cargoRunSources (userData.ts) reads src/main.rs and src/** only (no listen API, no address):
    // accepted. Fix: add the package's build script (build.rs beside Cargo.toml, or [package] build = "PATH") to the
    // sources and judge it as a program the pack does not read (any process spawn or listen API: fail closed); also a
    // path dependency's ([dependencies] x = { path = ".." }) build.rs and sources.
    dev(
        "cargo run: build.rs (run by cargo before the build) starts python3 -m http.server -d / 8081",
        script("dev-node-cargo-buildrs-nodes", [
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"', 'build = "build.rs"']),
            ...file("/opt/ops/build.rs", [
                "fn main() {",
                '    std::process::Command::new("python3").args(["-m", "http.server", "-d", "/", "8081"]).spawn().unwrap();',
                "}",
            ]),
            ...file("/opt/ops/src/main.rs", ['fn main() { println!("ops"); }']),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): insecure accepted. MS Learn "MSBuild items"/"Common MSBuild project items" (Compile: "The source files for the
    // compiler"; Include takes any path or wildcard, also from Directory.Build.props/.targets above the project): web.csproj
    // adds ../shared/*.cs, whose Files.Start serves PhysicalFileProvider("/") on http://0.0.0.0:8080 as root. dotnetRunSources
    // (userData.ts) reads only .cs files under the project's directory (Program.cs: a bare call), so nothing is found.
    // Fix: read the project file's (and every written Directory.Build.props/.targets up the tree's) Compile Include items
    // and resolve them from the project directory; any item the pack cannot resolve (a property, an MSBuild SDK import,
    // a ProjectReference) fails closed as sources unknown.
    dev(
        'dotnet run: web.csproj compiles ../shared/*.cs, whose Files.cs serves PhysicalFileProvider("/") on 0.0.0.0:8080',
        script("dev-node-dotnet-compile-outside-nodes", [
            ...file("/opt/ops/web/web.csproj", [
                '<Project Sdk="Microsoft.NET.Sdk.Web">',
                '  <ItemGroup><Compile Include="../shared/*.cs" /></ItemGroup>',
                "</Project>",
            ]),
            ...file("/opt/ops/web/Program.cs", ["Shared.Files.Start(args);"]),
            ...file("/opt/ops/shared/Files.cs", [
                "namespace Shared;",
                "public static class Files {",
                "    public static void Start(string[] args) {",
                "        var app = WebApplication.Create(args);",
                '        app.UseFileServer(new FileServerOptions { FileProvider = new PhysicalFileProvider("/"), EnableDirectoryBrowsing = true });',
                '        app.Run("http://0.0.0.0:8080");',
                "    }",
                "}",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): insecure accepted. JEP 458 (JDK 22, "Launch Multi-File Source-Code Programs") and the `java` tool reference
    // ("Using Source-File Mode"): in source-file mode the launcher compiles, on demand, other .java files in the source
    // file's directory tree that the program references; Web.java calls Files.start(), and Files.java serves / with
    // SimpleFileServer on every address (InetSocketAddress(port)) as root. javaSources (userData.ts) returns only the
    // launched file (no listen API, no address): accepted. Fix: in source-file mode also read every .java file user data
    // wrote under the launched file's directory (its package root), or fail closed when any exists.
    dev(
        "java Web.java (JDK 22+ multi-file source program): Web calls Files.start(), Files.java serves / on every address",
        script("dev-node-java-multifile-nodes", [
            "dnf install -y java-22-amazon-corretto-headless",
            ...file("/opt/ops/Web.java", [
                "public class Web {",
                "    public static void main(String[] a) throws Exception { Files.start(); }",
                "}",
            ]),
            ...file("/opt/ops/Files.java", [
                "import com.sun.net.httpserver.*;",
                "import java.net.InetSocketAddress;",
                "import java.nio.file.Path;",
                "class Files {",
                "    static void start() throws Exception {",
                '        SimpleFileServer.createFileServer(new InetSocketAddress(8080), Path.of("/"), SimpleFileServer.OutputLevel.INFO).start();',
                "    }",
                "}",
            ]),
            "cd /opt/ops && nohup java Web.java >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // --- Web server configurations.
    // Was a MISS (fixed in round 66): insecure accepted. lighttpd docs "Configuration File Syntax": `include_shell "command"` executes the command
    // and reads its standard output as configuration ("read configuration from output of a command"). Here the output is
    // `server.document-root = "/"`: lighttpd serves / as root on every address (server.bind default). configFileServers
    // (userData.ts) reads only directives written literally in the file, so the include_shell line yields nothing.
    // Fix: an `include_shell` in a lighttpd configuration (and an `include` of a file user data did not write, or a glob)
    // makes its document roots unknown: fail closed as a file server of an unknown directory.
    dev(
        'lighttpd: include_shell "/opt/ops/gen-root.sh" (its output: server.document-root = "/")',
        script("dev-node-lighttpd-include-shell-nodes", [
            "dnf install -y lighttpd",
            ...file("/opt/ops/gen-root.sh", ["#!/bin/sh", "echo 'server.document-root = \"/\"'"]),
            "chmod 755 /opt/ops/gen-root.sh",
            ...file("/etc/lighttpd/conf.d/ops.conf", ['include_shell "/opt/ops/gen-root.sh"']),
            "systemctl enable --now lighttpd",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): insecure accepted. Apache mod_rewrite docs, RewriteRule "Substitution": "A full filesystem path to a resource
    // ... mod_rewrite first checks ... if the first segment of the path exists at the root of the file-system" and then
    // serves that file (in server context). With <Directory /etc/kubernetes> Require all granted, GET /k/admin.conf (any
    // file of /etc/kubernetes: the kubelet's kubeconfig, pki) is served on Listen 80 (every address). configFileServers
    // (userData.ts) reads DocumentRoot/Alias/AliasMatch only. Fix: read RewriteRule substitutions (and RewriteMap, and
    // mod_rewrite in <VirtualHost>/<Directory>) as file servers of the substitution's literal directory prefix; a
    // substitution starting with a variable or back-reference is an unknown directory (fail closed).
    dev(
        "httpd conf.d: RewriteRule ^/k/(.*)$ /etc/kubernetes/$1 (a filesystem path) with <Directory /etc/kubernetes> granted",
        script("dev-node-httpd-rewrite-nodes", [
            "dnf install -y httpd",
            ...file("/etc/httpd/conf.d/ops.conf", [
                "RewriteEngine On",
                "RewriteRule ^/k/(.*)$ /etc/kubernetes/$1",
                "<Directory /etc/kubernetes>",
                "    Require all granted",
                "</Directory>",
            ]),
            "systemctl enable --now httpd",
        ]),
        SERVED,
    ),
    dev(
        "Caddyfile: :8080 { root * /var/lib/kubelet; file_server browse }, caddy run --config /etc/caddy/Caddyfile",
        script("dev-node-caddyfile-root-nodes", [
            ...file("/etc/caddy/Caddyfile", [":8080 {", "    root * /var/lib/kubelet", "    file_server browse", "}"]),
            "nohup caddy run --config /etc/caddy/Caddyfile --adapter caddyfile >/var/log/caddy.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): insecure accepted. Caddy docs "Caddyfile directives: root" ("Sets the root path of the site, used by ...
    // file_server") and "file_server"; the caddy package's systemd unit runs `caddy run --config /etc/caddy/Caddyfile`.
    // Here :8080 (every address) serves /etc/kubernetes as root. The pack reads a Caddyfile only for reverse_proxy
    // upstreams (configForwarders), and `systemctl enable --now caddy` is no command line it reads (`caddy run --config` on
    // the command line is refused, the case above, as an unread caddy). Fix: read Caddyfile `root` (and file_server's own
    // `root`) per site block with the block's address as the listen address, in configFileServers; a placeholder root is
    // unknown (fail closed).
    dev(
        "Caddyfile: :8080 { root * /etc/kubernetes; file_server } and systemctl enable --now caddy (the package's unit)",
        script("dev-node-caddyfile-unit-nodes", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [":8080 {", "    root * /etc/kubernetes", "    file_server", "}"]),
            "systemctl enable --now caddy",
        ]),
        SERVED,
    ),
    // --- Package-manager configuration files that run code.
    // Was a MISS (fixed in round 66): insecure accepted. npm docs "config": `node-options` ("Options to pass through to Node.js via the NODE_OPTIONS
    // environment variable"), read from the project's .npmrc; Node.js docs NODE_OPTIONS allows --require. `npm start` runs
    // `node web.js` with NODE_OPTIONS=--require /opt/ops/hooks.js, and hooks.js serves / on 3000 (every address) as root.
    // packageScripts/the node reader (userData.ts) ignore the project's .npmrc (and /etc/npmrc, ~/.npmrc, npm_config_*
    // env). Fix: read node-options (and script-shell, which replaces the shell running every script) from the .npmrc files
    // npm reads (project, user, global, builtin) and npm_config_node_options, as NODE_OPTIONS of every script's node.
    dev(
        ".npmrc node-options=--require ./hooks.js, npm start (hooks.js serves /)",
        script("dev-node-npmrc-node-options-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/.npmrc", ["node-options=--require /opt/ops/hooks.js"]),
            ...file("/opt/ops/hooks.js", ROOT_APP),
            ...file("/opt/ops/web.js", ["setInterval(() => {}, 1000);"]),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): insecure accepted. Yarn docs ".yarnrc.yml" settings: `yarnPath` ("The path of a Yarn binary to use instead of
    // the global one ... this file will be executed instead of any other (including the global one)"); yarn classic
    // `.yarnrc` yarn-path likewise. Every `yarn` command in /opt/ops runs .yarn/releases/yarn.cjs with node as root; here it
    // serves / on 3000. PACKAGE_INSTALLS (userData.ts) reads `yarn install` as npm ci. Fix: a yarn command whose
    // directory (or a parent) holds a .yarnrc.yml with yarnPath / a .yarnrc with yarn-path runs that file as a node program
    // (read it if user data wrote it, else unknown: fail closed); likewise .yarnrc.yml plugins.
    dev(
        ".yarnrc.yml yarnPath: .yarn/releases/yarn.cjs (yarn runs it as itself), which serves /",
        script("dev-node-yarnrc-yarnpath-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/.yarnrc.yml", ["yarnPath: .yarn/releases/yarn.cjs"]),
            ...file("/opt/ops/.yarn/releases/yarn.cjs", ROOT_APP),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && yarn install --immutable && nohup yarn start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): insecure accepted. pnpm docs ".pnpmfile.cjs" ("pnpm lets you hook directly into the installation process via
    // special functions (hooks). Hooks can be declared in a file called .pnpmfile.cjs" at the project root; loaded with
    // require on every install). Its top-level code starts express.static('/') on 3000 as root. PACKAGE_INSTALLS reads
    // `pnpm install` as npm ci (lifecycle scripts only). Fix: `pnpm install`/`pnpm i`/`pnpm add` in a directory holding
    // .pnpmfile.cjs (or the pnpmfile setting of .npmrc) runs it as a node program: read it (nodeFileServerListeners) or
    // fail closed.
    dev(
        ".pnpmfile.cjs (pnpm install loads it) starts a server of /",
        script("dev-node-pnpmfile-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/.pnpmfile.cjs", [...ROOT_APP, "module.exports = { hooks: {} };"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && pnpm install --frozen-lockfile && nohup pnpm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // --- deno config and subcommands.
    // Was a MISS (fixed in round 66): insecure accepted. Deno docs "deno task" ("Tasks are defined in deno.json under the tasks key"; `deno task
    // NAME` runs that command line with deno's cross-platform shell): here `deno run -A web.ts`, whose serveDir fsRoot "/"
    // listens on 0.0.0.0:8080 as root. The pack does not read deno.json tasks (`deno task` is an unread command with no
    // address). Fix: read `deno task NAME` as packageScripts reads npm scripts (the deno.json/deno.jsonc of the working
    // directory or a parent; package.json scripts as deno falls back to them); an unknown task fails closed.
    dev(
        'deno task start (deno.json tasks.start: "deno run -A web.ts"): serveDir fsRoot "/" on 0.0.0.0:8080',
        script("dev-node-deno-task-nodes", [
            ...file("/opt/ops/deno.json", ['{ "tasks": { "start": "deno run -A web.ts" } }']),
            ...file("/opt/ops/web.ts", DENO_ROOT),
            "cd /opt/ops && nohup deno task start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): insecure accepted. Deno docs "deno serve" (docs.deno.com/runtime/reference/cli/serve: the file must export a
    // default object with fetch; "By default, the server listens on port 8000"; --host default 0.0.0.0, and `deno serve`
    // grants net access to its listen address itself). web.ts's fetch serves serveDir fsRoot "/" as root on every address.
    // RUNNER_OPTIONS/the deno reader (userData.ts) read `deno run`; `deno serve` yields nothing. Fix: read `deno serve
    // [--host H] [--port P] FILE` as a Deno listener on H (default 0.0.0.0) serving what FILE's fetch serves (the node
    // reader on FILE), --allow-read scoping as for deno run.
    dev(
        'deno serve --allow-read web.ts (default 0.0.0.0:8000): export default fetch serving fsRoot "/"',
        script("dev-node-deno-serve-nodes", [
            ...file("/opt/ops/web.ts", [
                'import { serveDir } from "jsr:@std/http/file-server";',
                'export default { fetch: (req: Request) => serveDir(req, { fsRoot: "/" }) };',
            ]),
            "cd /opt/ops && nohup deno serve --allow-read web.ts >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // --- tsc through tsconfig extends.
    dev(
        'npm ci, prepare `tsc -p .`: tsconfig.json extends ./tsconfig.base.json (outDir ".", rootDir src): src/web.ts (serves /) overwrites web.js',
        script("dev-node-tsc-extends-outdir-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prepare": "tsc -p .", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/tsconfig.base.json", ['{ "compilerOptions": { "outDir": ".", "rootDir": "src" } }']),
            ...file("/opt/ops/tsconfig.json", ['{ "extends": "./tsconfig.base.json", "include": ["src"] }']),
            ...file("/opt/ops/src/web.ts", [
                "import express from 'express';",
                "express().use(express.static('/')).listen(3000);",
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // --- Round 66 neighbours.
    dev(
        "go run ./cmd/web (its package calls ops/internal/web.Start(), serving / on :8080)",
        script("dev-node-go-run-cmd-internal-nodes66", [
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22"]),
            ...file("/opt/ops/cmd/web/main.go", GO_MAIN_CALLS),
            ...file("/opt/ops/internal/web/web.go", GO_ROOT_PKG),
            "cd /opt/ops && nohup go run ./cmd/web >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "go run main.go in a module with a replace directive (another module's code compiled in)",
        script("dev-node-go-run-replace-nodes66", [
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22", "", "replace example.com/web => /srv/web"]),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import "example.com/web"',
                "",
                "func main() { web.Start() }",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'cargo run: Cargo.toml build = "tools/gen.rs", a build script user data did not write',
        script("dev-node-cargo-build-unwritten-nodes66", [
            ...file("/opt/ops/Cargo.toml", [
                "[package]",
                'name = "ops"',
                'version = "0.1.0"',
                'build = "tools/gen.rs"',
            ]),
            ...file("/opt/ops/src/main.rs", ['fn main() { println!("ops"); }']),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "cargo workspace: cargo run -p web, web/src/main.rs binds 0.0.0.0:8080",
        script("dev-node-cargo-workspace-any-nodes66", [
            ...file("/opt/ops/Cargo.toml", ["[workspace]", 'members = ["crates/*"]']),
            ...file("/opt/ops/crates/web/Cargo.toml", ["[package]", 'name = "web"', 'version = "0.1.0"']),
            ...file("/opt/ops/crates/web/src/main.rs", [
                "use std::net::TcpListener;",
                'fn main() { let l = TcpListener::bind("0.0.0.0:8080").unwrap(); for s in l.incoming() { drop(s); } }',
            ]),
            "cd /opt/ops && nohup cargo run -p web >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "cargo workspace: cargo run -p api, a member the pack cannot find",
        script("dev-node-cargo-workspace-missing-nodes66", [
            ...file("/opt/ops/Cargo.toml", ["[workspace]", 'members = ["web"]']),
            ...file("/opt/ops/web/Cargo.toml", ["[package]", 'name = "web"', 'version = "0.1.0"']),
            ...file("/opt/ops/web/src/main.rs", ['fn main() { println!("ok"); }']),
            "cd /opt/ops && nohup cargo run -p api >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "dotnet run: ../Directory.Build.props adds Compile Include=../shared/**/*.cs (serves / on 0.0.0.0:8080)",
        script("dev-node-dotnet-dirbuild-nodes66", [
            ...file("/opt/ops/Directory.Build.props", [
                "<Project>",
                '  <ItemGroup><Compile Include="$(MSBuildThisFileDirectory)shared/**/*.cs" /></ItemGroup>',
                "</Project>",
            ]),
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>']),
            ...file("/opt/ops/web/Program.cs", ["Shared.Files.Start(args);"]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "java --source 22 tools/Web (multi-file: tools/lib/Files.java serves / on every address)",
        script("dev-node-java-multifile-sub-nodes66", [
            ...file("/opt/ops/tools/Web", [
                "public class Web { public static void main(String[] a) throws Exception { lib.Files.start(); } }",
            ]),
            ...file("/opt/ops/tools/lib/Files.java", [
                "package lib;",
                "import com.sun.net.httpserver.*;",
                "import java.net.InetSocketAddress;",
                "public class Files {",
                '    public static void start() throws Exception { SimpleFileServer.createFileServer(new InetSocketAddress(8080), java.nio.file.Path.of("/"), SimpleFileServer.OutputLevel.INFO).start(); }',
                "}",
            ]),
            "cd /opt/ops && nohup java --source 22 tools/Web >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "httpd conf.d: RewriteRule ^/(.*)$ $1 (a back-reference substitution: any file)",
        script("dev-node-httpd-rewrite-backref-nodes66", [
            "dnf install -y httpd",
            ...file("/etc/httpd/conf.d/ops.conf", ["RewriteEngine On", "RewriteRule ^/f(/.*)$ $1 [L]"]),
            "systemctl enable --now httpd",
        ]),
        SERVED,
    ),
    dev(
        "Caddyfile: example.internal { file_server { root /var/lib/kubelet } } (the package's unit)",
        script("dev-node-caddyfile-fsroot-nodes66", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                "example.internal {",
                "    file_server {",
                "        root /var/lib/kubelet",
                "    }",
                "}",
            ]),
            "systemctl enable --now caddy",
        ]),
        SERVED,
    ),
    dev(
        "npm start with /root/.npmrc script-shell=/opt/ops/shell.sh",
        script("dev-node-npmrc-script-shell-nodes66", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/root/.npmrc", ["script-shell=/opt/ops/shell.sh"]),
            ...file("/opt/ops/shell.sh", ["#!/bin/sh", "python3 -m http.server -d / 8081 &", 'exec /bin/sh "$@"']),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "chmod 755 /opt/ops/shell.sh && cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        ".yarnrc.yml plugins: a plugin every yarn command loads (it serves /)",
        script("dev-node-yarnrc-plugins-nodes66", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/.yarnrc.yml", ["plugins:", "  - path: .yarn/plugins/ops.cjs"]),
            ...file("/opt/ops/.yarn/plugins/ops.cjs", ROOT_APP),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup yarn start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "deno task web, a task deno.json does not define (package.json is not read past a deno.json)",
        script("dev-node-deno-task-missing-nodes66", [
            ...file("/opt/ops/deno.json", ['{ "tasks": { "start": "deno run main.ts" } }']),
            ...file("/opt/ops/web.ts", DENO_ROOT),
            "cd /opt/ops && nohup deno task web >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'deno serve --port 8080 web.ts whose fetch returns "ok" (every address: a handler the pack does not read)',
        script("dev-node-deno-serve-any-nodes66", [
            ...file("/opt/ops/web.ts", ['export default { fetch: () => new Response("ok") };']),
            "cd /opt/ops && nohup deno serve --port 8080 web.ts >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'npm ci, prepare `tsc -p .`: tsconfig.json extends @tsconfig/node20 with its own outDir "." (src/web.ts overwrites web.js)',
        script("dev-node-tsc-extends-pkg-dot-nodes66", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prepare": "tsc -p .", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/tsconfig.json", [
                '{ "extends": "@tsconfig/node20/tsconfig.json", "compilerOptions": { "outDir": ".", "rootDir": "src" } }',
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
];

const GO_LOOPBACK_PKG = [
    "package web",
    "",
    'import "net/http"',
    "",
    "func Start() {",
    '\thttp.ListenAndServe("127.0.0.1:8080", http.FileServer(http.Dir("/opt/ops/static")))',
    "}",
];

const secure: NodeCase[] = [
    dev(
        "go run -mod=readonly -trimpath . (main.go calls internal/web.Start(), on 127.0.0.1:8080)",
        script("dev-node-go-run-internal-ok66-nodes", [
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22"]),
            ...file("/opt/ops/main.go", GO_MAIN_CALLS),
            ...file("/opt/ops/internal/web/web.go", GO_LOOPBACK_PKG),
            "cd /opt/ops && nohup go run -mod=readonly -trimpath . >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 66): secure refused. Cargo book "Workspaces" (`[workspace] members = ["web"]`) and "cargo run" (-p/--package
    // SPEC: "The package to run"): an ordinary workspace layout; web/src/main.rs binds 127.0.0.1:8080 only. cargoRunSources
    // (userData.ts) returns "unknown" for -p and for any [workspace] manifest, so it is refused as a program listening on
    // every address. Fix: resolve workspace members (members globs, each member's Cargo.toml [package] name) and run the
    // named (or default-members/only binary) package's targets as for a single package; unknown members fail closed.
    dev(
        "cargo workspace: cargo run -p web --release (web/src/main.rs binds 127.0.0.1:8080)",
        script("dev-node-cargo-workspace-ok66-nodes", [
            ...file("/opt/ops/Cargo.toml", ["[workspace]", 'members = ["web"]', 'resolver = "2"']),
            ...file("/opt/ops/web/Cargo.toml", ["[package]", 'name = "web"', 'version = "0.1.0"']),
            ...file("/opt/ops/web/src/main.rs", [
                "use std::net::TcpListener;",
                "fn main() {",
                '    let l = TcpListener::bind("127.0.0.1:8080").unwrap();',
                "    for s in l.incoming() { drop(s); }",
                "}",
            ]),
            "cd /opt/ops && nohup cargo run -p web --release >/var/log/ops.log 2>&1 &",
        ]),
        /./,
    ),
    dev(
        "cargo run --release --locked (src/main.rs binds 127.0.0.1:8080)",
        script("dev-node-cargo-locked-ok66-nodes", [
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"']),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::TcpListener;",
                "fn main() {",
                '    let l = TcpListener::bind("127.0.0.1:8080").unwrap();',
                "    for s in l.incoming() { drop(s); }",
                "}",
            ]),
            "cd /opt/ops && nohup cargo run --release --locked >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "dotnet run -c Release --no-launch-profile --project /opt/ops/web: Program.cs on http://127.0.0.1:8080",
        script("dev-node-dotnet-release-ok66-nodes", [
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>']),
            ...file("/opt/ops/web/Program.cs", [
                "var app = WebApplication.Create(args);",
                'app.MapGet("/healthz", () => "ok");',
                'app.Run("http://127.0.0.1:8080");',
            ]),
            "cd / && nohup dotnet run -c Release --no-launch-profile --project /opt/ops/web >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'deno task start (deno.json tasks.start: "deno run --allow-net=127.0.0.1:8080 main.ts") on 127.0.0.1',
        script("dev-node-deno-task-ok66-nodes", [
            ...file("/opt/ops/deno.json", ['{ "tasks": { "start": "deno run --allow-net=127.0.0.1:8080 main.ts" } }']),
            ...file("/opt/ops/main.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8080 }, () => new Response("ok"));',
            ]),
            "cd /opt/ops && nohup deno task start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "deno run --config deno.json --allow-net=127.0.0.1:8080 --allow-env main.ts on 127.0.0.1",
        script("dev-node-deno-config-ok66-nodes", [
            ...file("/opt/ops/deno.json", ['{ "compilerOptions": { "strict": true } }']),
            ...file("/opt/ops/main.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8080 }, () => new Response("ok"));',
            ]),
            "cd /opt/ops && nohup deno run --config deno.json --allow-net=127.0.0.1:8080 --allow-env main.ts >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "pnpm install --frozen-lockfile with an .npmrc (engine-strict), then pnpm start serving public",
        script("dev-node-pnpm-npmrc-ok66-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/.npmrc", ["engine-strict=true"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && pnpm install --frozen-lockfile && nohup pnpm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 66): secure refused. TypeScript docs tsconfig "extends" ("The configuration from the base file are loaded first,
    // then overridden by those in the inheriting config file"; a package name resolves through node_modules), "outDir",
    // "include". The project's own tsconfig.json sets outDir dist and include ["src"]: tsc writes only under dist, and
    // web.js (user data's own text, serving public) is what npm start runs. The pack refuses npm start as an unread script
    // because the base (@tsconfig/node20, installed by npm ci) is unread. Not the round-65 DECIDED case (that one has no
    // tsconfig at all). Fix: a written tsconfig's own compilerOptions override its base's (outDir here), so tscWrites can
    // take outDir/rootDir/include from the written file; an unread base leaves only options the written file does not set
    // (outFile, declarationDir) unknown: refuse only if one of those could name a file npm start runs (or DECIDE refused).
    dev(
        "npm ci, prepare `tsc -p .`: tsconfig.json extends @tsconfig/node20 (a package base), outDir dist, include src; npm start of web.js",
        script("dev-node-tsc-extends-pkg-ok66-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prepare": "tsc -p .", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/tsconfig.json", [
                '{ "extends": "@tsconfig/node20/tsconfig.json", "compilerOptions": { "outDir": "dist" }, "include": ["src"] }',
            ]),
            ...file("/opt/ops/src/jobs.ts", ["export const jobs: string[] = [];"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        /./,
    ),
    dev(
        "Caddyfile: :80 { root * /usr/share/caddy; file_server; reverse_proxy /api/* 127.0.0.1:3000 }",
        script("dev-node-caddyfile-site-ok66-nodes", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                ":80 {",
                "    root * /usr/share/caddy",
                "    file_server",
                "    reverse_proxy /api/* 127.0.0.1:3000",
                "}",
            ]),
            "systemctl enable --now caddy",
        ]),
    ),
    // --- Round 66 neighbours.
    dev(
        "cargo run with a build.rs that only sets cfg flags (no process), src/main.rs on 127.0.0.1:8080",
        script("dev-node-cargo-buildrs-ok66b-nodes", [
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"']),
            ...file("/opt/ops/build.rs", ['fn main() { println!("cargo:rustc-cfg=ops"); }']),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::TcpListener;",
                'fn main() { let l = TcpListener::bind("127.0.0.1:8080").unwrap(); for s in l.incoming() { drop(s); } }',
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "dotnet run: web.csproj compiles ../shared/*.cs (a health endpoint on http://127.0.0.1:8080)",
        script("dev-node-dotnet-compile-ok66b-nodes", [
            ...file("/opt/ops/web/web.csproj", [
                '<Project Sdk="Microsoft.NET.Sdk.Web">',
                '  <ItemGroup><Compile Include="../shared/*.cs" /></ItemGroup>',
                "</Project>",
            ]),
            ...file("/opt/ops/web/Program.cs", ["Shared.Files.Start(args);"]),
            ...file("/opt/ops/shared/Files.cs", [
                "namespace Shared;",
                "public static class Files {",
                "    public static void Start(string[] args) {",
                "        var app = WebApplication.Create(args);",
                '        app.MapGet("/healthz", () => "ok");',
                '        app.Run("http://127.0.0.1:8080");',
                "    }",
                "}",
            ]),
            "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "java Web.java (multi-file: Files.java serves /opt/ops/static on 127.0.0.1:8080)",
        script("dev-node-java-multifile-ok66b-nodes", [
            ...file("/opt/ops/Web.java", [
                "public class Web { public static void main(String[] a) throws Exception { Files.start(); } }",
            ]),
            ...file("/opt/ops/Files.java", [
                "import com.sun.net.httpserver.*;",
                "import java.net.InetSocketAddress;",
                "class Files {",
                '    static void start() throws Exception { SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", 8080), java.nio.file.Path.of("/opt/ops/static"), SimpleFileServer.OutputLevel.INFO).start(); }',
                "}",
            ]),
            "cd /opt/ops && nohup java Web.java >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "httpd conf.d: RewriteRule ^/old/(.*)$ /new/$1 [R=301] and RewriteRule ^/docs/(.*)$ /var/www/docs/$1",
        script("dev-node-httpd-rewrite-ok66b-nodes", [
            "dnf install -y httpd",
            ...file("/etc/httpd/conf.d/ops.conf", [
                "RewriteEngine On",
                "RewriteRule ^/old/(.*)$ /new/$1 [R=301,L]",
                "RewriteRule ^/docs/(.*)$ /var/www/docs/$1",
            ]),
            "systemctl enable --now httpd",
        ]),
    ),
    dev(
        'lighttpd: include "conf.d/ops.conf" with server.document-root = "/var/www/ops"',
        script("dev-node-lighttpd-include-ok66b-nodes", [
            "dnf install -y lighttpd",
            ...file("/etc/lighttpd/conf.d/ops.conf", ['server.document-root = "/var/www/ops"']),
            ...file("/etc/lighttpd/ops-site.conf", ['include "conf.d/ops.conf"']),
            "systemctl enable --now lighttpd",
        ]),
    ),
    dev(
        ".yarnrc.yml with nodeLinker: node-modules only, yarn install --immutable then yarn start serving public",
        script("dev-node-yarnrc-linker-ok66b-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/.yarnrc.yml", ["nodeLinker: node-modules", "enableTelemetry: false"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && yarn install --immutable && nohup yarn start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "deno serve --host 127.0.0.1 --port 8080 --allow-read=/opt/ops/static web.ts (serveDir fsRoot static)",
        script("dev-node-deno-serve-ok66b-nodes", [
            ...file("/opt/ops/web.ts", [
                'import { serveDir } from "jsr:@std/http/file-server";',
                'export default { fetch: (req: Request) => serveDir(req, { fsRoot: "/opt/ops/static" }) };',
            ]),
            "cd /opt/ops && nohup deno serve --host 127.0.0.1 --port 8080 --allow-read=/opt/ops/static web.ts >/var/log/web.log 2>&1 &",
        ]),
    ),
];

describeNodeCases(
    "red team 65: node user data, source runners, web server and package-manager configs",
    insecure,
    secure,
);
