// Red-team round 64 on EKS NODE user data (fresh eyes): round 63/64's Node.js, package-manager, Spring, SOURCE_RUNNERS and
// web-server-config (configFileServers) readers.
// Probed: SOURCE_RUNNERS source resolution (`go run .`, `go run ./cmd/web`, `cargo run --manifest-path`, `cargo run --bin`,
// `dotnet run --project`, `java --source 21 FILE` without .java); web server configs (nginx alias of /etc/kubernetes, root
// /root, httpd DocumentRoot "/", httpd Define variable, lighttpd document-root of /var/lib/kubelet and via var.basedir);
// npm ci / pnpm install / yarn install lifecycle scripts (postinstall, prepare); node --import, NODE_OPTIONS --inspect
// beyond loopback; deno serving /; Spring Boot's pre-2.4 spring.resources.static-locations; secure neighbours (nginx site
// with includes and a loopback proxy, httpd and lighttpd own roots, npm ci with a prepare build, go/java loopback, deno
// and ts-node of a public app).
// Misses (7 insecure accepted, 5 secure refused; fixed in round 65, the tsc prepare case DECIDED): SOURCE_RUNNERS resolve sources only from FILE operands or the working
// directory: `go run .` and `go run ./cmd/web` (package operands), `cargo run --manifest-path` from another directory, `cargo
// run --bin NAME` (src/bin), `dotnet run --project DIR`, `java --source N FILE` without .java; lighttpd document-root given by
// a `var.` variable. Secure refused: `pnpm install --frozen-lockfile` / `yarn install --frozen-lockfile` before start, npm ci
// with a `tsc` prepare build, `npx ts-node --transpile-only` and deno permission flags read as unknown Node.js options.
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const file = heredocFile;

const SERVED =
    /web|node|3000|serv|unread|yarn|pnpm|npm|8080|go|cargo|dotnet|java|deno|nginx|httpd|lighttpd|inspect|9229/;
const SPRING = /app\.jar|static|8080|java|Spring|logfile|actuator/;

const PUBLIC_APP = ["const express = require('express');", "express().use(express.static('public')).listen(3000);"];
const ROOT_APP = ["const express = require('express');", "express().use(express.static('/')).listen(3000);"];

const GO_ROOT = [
    "package main",
    "",
    'import "net/http"',
    "",
    "func main() {",
    '\thttp.ListenAndServe(":8080", http.FileServer(http.Dir("/")))',
    "}",
];
const RUST_ROOT = [
    "use std::net::TcpListener;",
    "fn main() {",
    '    let l = TcpListener::bind("0.0.0.0:8080").unwrap();',
    '    for s in l.incoming() { ops::serve_files(s.unwrap(), "/"); }',
    "}",
];
const CS_ROOT = [
    "var app = WebApplication.Create(args);",
    'app.UseFileServer(new FileServerOptions { FileProvider = new PhysicalFileProvider("/"), EnableDirectoryBrowsing = true });',
    'app.Run("http://0.0.0.0:8080");',
];
const JAVA_ROOT = [
    "import com.sun.net.httpserver.*;",
    "import java.net.InetSocketAddress;",
    "import java.nio.file.Path;",
    "public class Web {",
    "    public static void main(String[] a) throws Exception {",
    '        SimpleFileServer.createFileServer(new InetSocketAddress(8080), Path.of("/"), SimpleFileServer.OutputLevel.INFO).start();',
    "    }",
    "}",
];

const insecure: NodeCase[] = [
    // SOURCE_RUNNERS: source resolution beyond a FILE operand.
    // Was a MISS (fixed in round 65): insecure accepted. `go help run`: "go run [build flags] [-exec xprog] package [arguments...]" ... "Run compiles and runs
    // the named main Go package. Typically the package is specified as a list of .go source files from a single directory, but
    // it may also be an import path, file system path, or pattern matching a single known package, as in 'go run .' or 'go
    // run my/cmd'." Here the package's main.go serves http.FileServer(http.Dir("/")) on ":8080" (net/http ListenAndServe: an
    // empty host is every address) as root: every pod reads /var/lib/kubelet and /etc/kubernetes. SOURCE_RUNNERS' go entry
    // (userData.ts) takes only operands ending in .go (sourceOperands), so `go run .` / `go run ./cmd/web` yield undefined,
    // no source is read and the command line has no address: accepted. Fix: a `go run` package operand (., ./dir, an import
    // path) reads every .go file user data wrote in that directory (resolved from the working directory); a package the
    // pack cannot resolve fails closed as an unread server beyond loopback.
    dev(
        'go run . (the package in /opt/ops): main.go serves http.Dir("/") on :8080',
        script("dev-node-go-run-dot-nodes", [
            "dnf install -y golang",
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22"]),
            ...file("/opt/ops/main.go", GO_ROOT),
            "cd /opt/ops && nohup go run . >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 65): insecure accepted (as `go run .`). `go help run`: "go run [build flags] [-exec xprog] package [arguments...]" ... "Run compiles and runs
    // the named main Go package. Typically the package is specified as a list of .go source files from a single directory, but
    // it may also be an import path, file system path, or pattern matching a single known package, as in 'go run .' or 'go
    // run my/cmd'." Here the package's main.go serves http.FileServer(http.Dir("/")) on ":8080" (net/http ListenAndServe: an
    // empty host is every address) as root: every pod reads /var/lib/kubelet and /etc/kubernetes. SOURCE_RUNNERS' go entry
    // (userData.ts) takes only operands ending in .go (sourceOperands), so `go run .` / `go run ./cmd/web` yield undefined,
    // no source is read and the command line has no address: accepted. Fix: a `go run` package operand (., ./dir, an import
    // path) reads every .go file user data wrote in that directory (resolved from the working directory); a package the
    // pack cannot resolve fails closed as an unread server beyond loopback.
    dev(
        'go run ./cmd/web: cmd/web/main.go serves http.Dir("/") on :8080',
        script("dev-node-go-run-dir-nodes", [
            "dnf install -y golang",
            "mkdir -p /opt/ops/cmd/web",
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22"]),
            ...file("/opt/ops/cmd/web/main.go", GO_ROOT),
            "cd /opt/ops && nohup go run ./cmd/web >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 65): insecure accepted. Cargo book "cargo run" (--manifest-path PATH: "Path to the Cargo.toml file. By default, Cargo
    // searches for the Cargo.toml file in the current directory or any parent directory") and "Package Layout" (the default
    // executable is src/main.rs beside Cargo.toml): run from /, cargo builds /opt/ops/src/main.rs, which binds 0.0.0.0:8080 and
    // serves / as root. SOURCE_RUNNERS' cargo entry returns "src/main.rs" resolved from the working directory (/src/main.rs,
    // not written), so nothing is read: accepted. Fix: resolve src/main.rs (and src/bin/*) beside --manifest-path's Cargo.toml
    // (or the nearest Cargo.toml above the working directory); an unresolved package fails closed.
    dev(
        "cargo run --manifest-path /opt/ops/Cargo.toml from /: src/main.rs binds 0.0.0.0:8080 serving /",
        script("dev-node-cargo-manifest-nodes", [
            "mkdir -p /opt/ops/src",
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"']),
            ...file("/opt/ops/src/main.rs", RUST_ROOT),
            "cd / && nohup cargo run --manifest-path /opt/ops/Cargo.toml >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 65): insecure accepted. Cargo book "cargo run" (--bin NAME: "Run the specified binary") and "Package Layout"
    // ("Other executables can be placed in src/bin/", target auto-discovery: src/bin/web.rs is binary `web`): `cargo run --bin
    // web` runs src/bin/web.rs, which binds 0.0.0.0:8080 and serves / as root. SOURCE_RUNNERS' cargo entry reads only
    // src/main.rs (here an empty main), whatever --bin/--example/-p name: accepted. Fix: --bin NAME reads src/bin/NAME.rs (or
    // src/bin/NAME/main.rs, or a [[bin]] path in Cargo.toml); --example, -p/--package and workspaces read their targets or fail closed.
    dev(
        "cargo run --bin web: src/bin/web.rs binds 0.0.0.0:8080 serving /",
        script("dev-node-cargo-bin-nodes", [
            "mkdir -p /opt/ops/src/bin",
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"']),
            ...file("/opt/ops/src/main.rs", ["fn main() {}"]),
            ...file("/opt/ops/src/bin/web.rs", RUST_ROOT),
            "cd /opt/ops && nohup cargo run --bin web >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 65): insecure accepted. .NET CLI docs "dotnet run" (--project <PATH>: "Specifies the path of the project file to run
    // (folder name or full path). If not specified, it defaults to the current directory"): run from /, it builds
    // /opt/ops/web/Program.cs, which serves PhysicalFileProvider("/") on http://0.0.0.0:8080 as root. SOURCE_RUNNERS' dotnet entry
    // returns Program.cs resolved from the working directory (/Program.cs, not written): accepted. Fix: resolve the project
    // directory from --project/-p (a folder, or a .csproj's folder) and read its .cs files; an unresolved project fails closed.
    dev(
        'dotnet run --project /opt/ops/web from /: Program.cs serves PhysicalFileProvider("/") on 0.0.0.0:8080',
        script("dev-node-dotnet-project-nodes", [
            "mkdir -p /opt/ops/web",
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>']),
            ...file("/opt/ops/web/Program.cs", CS_ROOT),
            "cd / && nohup dotnet run --project /opt/ops/web >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 65): insecure accepted. JEP 330 / `java` tool reference ("Using Source-File Mode to Launch Source-Code Programs": "In
    // source-file mode ... If the file does not have the .java extension, the --source option must be used to force
    // source-file mode", e.g. `java --source 21 /opt/ops/web`): the file's SimpleFileServer serves / on every address as root.
    // SOURCE_RUNNERS' java entry takes only an operand ending in .java (sourceOperands), so the file is never read and the
    // command line has no address: accepted. Fix: with --source N (or --source=N), the first non-option operand is the
    // source file whatever its name (as `java FILE.java`).
    dev(
        "java --source 21 /opt/ops/web (no .java extension): SimpleFileServer of / on every address",
        script("dev-node-java-source-noext-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            ...file("/opt/ops/web", JAVA_ROOT),
            "cd /opt/ops && nohup java --source 21 /opt/ops/web >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "java Web.java: SimpleFileServer of / on every address (baseline)",
        script("dev-node-java-file-root-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            ...file("/opt/ops/Web.java", JAVA_ROOT),
            "cd /opt/ops && nohup java Web.java >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Neighbours (round 65): other forms of a runner's package, and sources the pack cannot find (fail closed).
    dev(
        'go run -C /opt/ops . from /: main.go serves http.Dir("/") on :8080',
        script("dev-node-go-run-chdir-nodes", [
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22"]),
            ...file("/opt/ops/main.go", GO_ROOT),
            "cd / && nohup go run -C /opt/ops . >/var/log/ops.log 2>&1 &",
        ]),
        /go run -C \/opt\/ops \. \(\/opt\/ops\/main\.go\)/,
    ),
    dev(
        'go run -race ops/cmd/web (an import path of go.mod\'s module): serves http.Dir("/") on :8080',
        script("dev-node-go-run-import-nodes", [
            "mkdir -p /opt/ops/cmd/web",
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22"]),
            ...file("/opt/ops/cmd/web/server.go", GO_ROOT),
            "cd /opt/ops && nohup go run -race ops/cmd/web >/var/log/ops.log 2>&1 &",
        ]),
        /go run -race ops\/cmd\/web \(\/opt\/ops\/cmd\/web\/server\.go\)/,
    ),
    dev(
        "go run github.com/example/web@latest (a module the pack cannot read)",
        script("dev-node-go-run-remote-nodes", ["cd /opt && nohup go run github.com/example/web@latest &"]),
        /its sources: unknown/,
    ),
    dev(
        "git clone an app into /opt/ops, then go run . (sources not user data's text)",
        script("dev-node-go-run-clone-nodes", [
            "git clone https://example.com/ops.git /opt/ops",
            "cd /opt/ops && nohup go run . >/var/log/ops.log 2>&1 &",
        ]),
        /go run \./,
    ),
    dev(
        "cargo run --example web: examples/web.rs binds 0.0.0.0:8080 serving /",
        script("dev-node-cargo-example-nodes", [
            "mkdir -p /opt/ops/src /opt/ops/examples",
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"']),
            ...file("/opt/ops/src/main.rs", ["fn main() {}"]),
            ...file("/opt/ops/examples/web.rs", RUST_ROOT),
            "cd /opt/ops && nohup cargo run --example web >/var/log/ops.log 2>&1 &",
        ]),
        /examples\/web\.rs/,
    ),
    dev(
        'cargo run --release (default-run = "web", a [[bin]] at tools/web.rs): binds 0.0.0.0:8080 serving /',
        script("dev-node-cargo-default-run-nodes", [
            "mkdir -p /opt/ops/src /opt/ops/tools",
            ...file("/opt/ops/Cargo.toml", [
                "[package]",
                'name = "ops"',
                'version = "0.1.0"',
                'default-run = "web"',
                "",
                "[[bin]]",
                'name = "web"',
                'path = "tools/web.rs"',
            ]),
            ...file("/opt/ops/src/main.rs", ["fn main() {}"]),
            ...file("/opt/ops/tools/web.rs", RUST_ROOT),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        /tools\/web\.rs/,
    ),
    dev(
        "cargo run from /opt/ops/src (Cargo.toml in the parent): src/main.rs binds 0.0.0.0:8080 serving /",
        script("dev-node-cargo-parent-nodes", [
            "mkdir -p /opt/ops/src",
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"']),
            ...file("/opt/ops/src/main.rs", RUST_ROOT),
            "cd /opt/ops/src && nohup cargo run >/var/log/ops.log 2>&1 &",
        ]),
        /\/opt\/ops\/src\/main\.rs/,
    ),
    dev(
        "cargo run -p web (a workspace member the pack does not resolve)",
        script("dev-node-cargo-package-nodes", ["cd /opt/ops && nohup cargo run -p web >/var/log/ops.log 2>&1 &"]),
        /its sources: unknown/,
    ),
    dev(
        'dotnet run --project /opt/ops/web/web.csproj: Server/Files.cs serves PhysicalFileProvider("/") on 0.0.0.0:8080',
        script("dev-node-dotnet-csproj-nodes", [
            "mkdir -p /opt/ops/web/Server",
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>']),
            ...file("/opt/ops/web/Server/Files.cs", CS_ROOT),
            "cd / && nohup dotnet run --project /opt/ops/web/web.csproj >/var/log/ops.log 2>&1 &",
        ]),
        /\/opt\/ops\/web\/Server\/Files\.cs/,
    ),
    dev(
        "java --source=21 -cp /opt/lib /opt/ops/web: SimpleFileServer of / on every address",
        script("dev-node-java-source-cp-nodes", [
            ...file("/opt/ops/web", JAVA_ROOT),
            "cd /opt/ops && nohup java --source=21 -cp /opt/lib /opt/ops/web >/var/log/ops.log 2>&1 &",
        ]),
        /java --source=21 -cp \/opt\/lib \/opt\/ops\/web \(\/opt\/ops\/web\)/,
    ),
    // Web server configs.
    dev(
        "nginx conf.d: location /k8s/ { alias /etc/kubernetes/; autoindex on; } on 8080",
        script("dev-node-nginx-alias-k8s-nodes", [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/ops.conf", [
                "server {",
                "    listen 8080;",
                "    location /k8s/ { alias /etc/kubernetes/; autoindex on; }",
                "}",
            ]),
            "systemctl enable --now nginx",
        ]),
        SERVED,
    ),
    dev(
        'nginx conf.d: root "/var"; (holds /var/lib/kubelet) on 8080',
        script("dev-node-nginx-root-var-nodes", [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/ops.conf", ["server {", "    listen 8080;", '    root "/var";', "}"]),
            "systemctl enable --now nginx",
        ]),
        SERVED,
    ),
    dev(
        'httpd conf.d: DocumentRoot "/" (main httpd.conf Listen 80)',
        script("dev-node-httpd-docroot-slash-nodes", [
            "dnf install -y httpd",
            ...file("/etc/httpd/conf.d/ops.conf", [
                'DocumentRoot "/"',
                '<Directory "/">',
                "    Require all granted",
                "</Directory>",
            ]),
            "systemctl enable --now httpd",
        ]),
        SERVED,
    ),
    dev(
        "httpd conf.d: Define OPSROOT /var/lib/kubelet; Alias /k ${OPSROOT}",
        script("dev-node-httpd-define-nodes", [
            "dnf install -y httpd",
            ...file("/etc/httpd/conf.d/ops.conf", [
                "Define OPSROOT /var/lib/kubelet",
                "Alias /k ${OPSROOT}",
                "<Directory ${OPSROOT}>",
                "    Require all granted",
                "</Directory>",
            ]),
            "systemctl enable --now httpd",
        ]),
        SERVED,
    ),
    dev(
        'lighttpd: server.document-root = "/var/lib/kubelet"',
        script("dev-node-lighttpd-kubelet-nodes", [
            "dnf install -y lighttpd",
            ...file("/etc/lighttpd/conf.d/ops.conf", ['server.document-root = "/var/lib/kubelet"']),
            "systemctl enable --now lighttpd",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 65): insecure accepted. lighttpd docs "Configuration File Syntax" (Docs_Configuration; BNF `VALUE : ( <string> | <integer>
    // | <boolean> | <array> | VALUE [ + VALUE ]*)`, `var.NAME = ...` variables usable by bare name, e.g. Fedora/AL2023's shipped
    // lighttpd.conf `var.server_root = "/var/www"` and `server.document-root = server_root + "/lighttpd"`) let
    // server.document-root be a variable: here var.ops = "/etc" and server.document-root = var.ops, so lighttpd (started as
    // root; its worker user is not read) serves /etc (/etc/kubernetes: the kubelet's kubeconfig and PKI) on every address.
    // configFileServers (userData.ts) matches only `server.document-root = "LITERAL"`, so a variable or concatenation is
    // never read: accepted. Fix: a document-root/alias.url value that is not a single quoted literal resolves to undefined
    // (fail closed), or expand `var.` assignments and `+` concatenation before judging.
    dev(
        'lighttpd: var.ops = "/etc"; server.document-root = var.ops (a config variable)',
        script("dev-node-lighttpd-var-nodes", [
            "dnf install -y lighttpd",
            ...file("/etc/lighttpd/conf.d/ops.conf", ['var.ops = "/etc"', "server.document-root = var.ops"]),
            "systemctl enable --now lighttpd",
        ]),
        SERVED,
    ),
    // Neighbours (round 65): lighttpd values computed from variables and concatenation, or not computable.
    dev(
        'lighttpd: var.base = "/var/lib"; server.document-root = base + "/kubelet" # comment',
        script("dev-node-lighttpd-concat-nodes", [
            ...file("/etc/lighttpd/conf.d/ops.conf", [
                'var.base = "/var/lib"',
                'server.document-root = base + "/kubelet" # the kubelet',
            ]),
            "systemctl enable --now lighttpd",
        ]),
        /lighttpd server\.document-root base \+ "\/kubelet"/,
    ),
    dev(
        'lighttpd: var.k = "/etc"; var.k += "/kubernetes"; alias.url = ( "/k/" => var.k + "/" )',
        script("dev-node-lighttpd-alias-var-nodes", [
            ...file("/etc/lighttpd/conf.d/ops.conf", [
                'var.k = "/etc"',
                'var.k += "/kubernetes"',
                'alias.url = ( "/k/" => var.k + "/" )',
            ]),
            "systemctl enable --now lighttpd",
        ]),
        /lighttpd alias\.url var\.k/,
    ),
    dev(
        "lighttpd: server.document-root = env.OPS_ROOT (the server's environment: not computable)",
        script("dev-node-lighttpd-env-nodes", [
            ...file("/etc/lighttpd/conf.d/ops.conf", ["server.document-root = env.OPS_ROOT"]),
            "systemctl enable --now lighttpd",
        ]),
        /lighttpd server\.document-root env\.OPS_ROOT/,
    ),
    // npm / pnpm / yarn install lifecycle scripts.
    dev(
        "npm ci with scripts.postinstall starting http-server on / (root package lifecycle)",
        script("dev-node-npm-ci-postinstall-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "postinstall": "http-server / -p 8080 &", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "npm ci with scripts.prepare node web.js (serves /)",
        script("dev-node-npm-ci-prepare-root-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "prepare": "node web.js &" } }']),
            ...file("/opt/ops/web.js", ROOT_APP),
            "cd /opt/ops && npm ci",
        ]),
        SERVED,
    ),
    dev(
        "pnpm install --frozen-lockfile with scripts.postinstall starting http-server on /",
        script("dev-node-pnpm-install-postinstall-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "postinstall": "http-server / -p 8080 &", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && pnpm install --frozen-lockfile && nohup pnpm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "yarn install --frozen-lockfile with scripts.postinstall starting http-server on /",
        script("dev-node-yarn-install-postinstall-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "postinstall": "http-server / -p 8080 &", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && yarn install --frozen-lockfile && nohup yarn start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "yarn (bare: install) with scripts.postinstall starting http-server on /",
        script("dev-node-yarn-bare-postinstall-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "postinstall": "http-server / -p 8080 &", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && yarn && nohup yarn start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Node's own options.
    dev(
        "node --import ./hooks.mjs web.js: hooks.mjs serves / on 8080",
        script("dev-node-import-hooks-nodes", [
            ...file("/opt/ops/hooks.mjs", [
                "import http from 'node:http';",
                "import fs from 'node:fs';",
                "http.createServer((req, res) => fs.createReadStream('/' + req.url).pipe(res)).listen(8080);",
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup node --import ./hooks.mjs web.js >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "NODE_OPTIONS='--inspect=0.0.0.0:9229' node web.js (inspector on every address)",
        script("dev-node-node-options-inspect-nodes", [
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && NODE_OPTIONS='--inspect=0.0.0.0:9229' nohup node web.js >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "node --inspect-brk=0.0.0.0 web.js (inspector on every address, default port)",
        script("dev-node-inspect-brk-all-nodes", [
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup node --inspect-brk=0.0.0.0 web.js >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "deno run -A web.ts: serveDir fsRoot '/' on 0.0.0.0:8080",
        script("dev-node-deno-root-nodes", [
            ...file("/opt/ops/web.ts", [
                'import { serveDir } from "jsr:@std/http/file-server";',
                'Deno.serve({ hostname: "0.0.0.0", port: 8080 }, req => serveDir(req, { fsRoot: "/" }));',
            ]),
            "cd /opt/ops && nohup deno run -A web.ts >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // DECIDED (round 65): refused, moved here from the secure list. The prepare build itself is read now (tscWrites:
    // TypeScript handbook "tsc CLI Options", a compiler that listens nowhere and writes its outDir), but `tsc -p .` compiles
    // /opt/ops/tsconfig.json, which user data does not write: its outDir (and `include`, sources included) may be dist/,
    // so dist/web.js, the program npm start runs, may be the compiler's output of sources the pack cannot see (fail
    // closed). The secure neighbours write their tsconfig.json (outDir elsewhere, or noEmit). The red team's note: npm docs "scripts" ("Life Cycle Operation Order", npm ci: ... prepare) and the TypeScript handbook
    // "tsc CLI Options" (`tsc -p`/--project compiles the project of a tsconfig.json; a compiler, no listener): a prepare build
    // step is the ordinary way a TypeScript app is built on `npm ci`. The pack refuses it twice: `npm ci: scripts.prepare (tsc
    // -p .)` as "a program the pack does not read, listening beyond loopback", and then `npm start` (node dist/web.js, a
    // public express.static app) as a command line it does not read. Fix: know tsc (and common build tools: tsc, vite build,
    // webpack, esbuild, next build) as compilers that listen nowhere and write their outDir; judge dist/web.js as written by
    // user data when user data wrote it, or by the compiler's sources when it did not (fail closed only then).
    dev(
        "npm ci with scripts.prepare `tsc` (a build), then npm start serving public",
        script("dev-node-npm-ci-prepare-ok64-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prepare": "tsc -p .", "start": "node dist/web.js" } }',
            ]),
            "mkdir -p /opt/ops/dist",
            ...file("/opt/ops/dist/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Round 65 neighbours: the tsconfig.json user data wrote emits beside the sources (outDir "."), over web.js.
    dev(
        'npm ci with scripts.prepare `tsc -p .` (tsconfig.json outDir "."), then npm start of web.js',
        script("dev-node-npm-ci-tsc-outdir-dot-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prepare": "tsc -p .", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/tsconfig.json", ['{ "compilerOptions": { "outDir": "." } }']),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "yarn install --frozen-lockfile, then yarn start: web.js serves /",
        script("dev-node-yarn-install-root65-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/web.js", ROOT_APP),
            "cd /opt/ops && yarn install --frozen-lockfile && nohup yarn start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "pnpm install --modules-dir /opt/mods (an option the pack does not know), then pnpm start",
        script("dev-node-pnpm-install-unknown65-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "postinstall": "node web.js" } }']),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && pnpm install --modules-dir /opt/mods",
        ]),
        SERVED,
    ),
    dev(
        "npx ts-node --transpile-only web.ts: express.static('/') on 3000",
        script("dev-node-ts-node-root65-nodes", [
            ...file("/opt/ops/web.ts", [
                "import express from 'express';",
                "express().use(express.static('/')).listen(3000);",
            ]),
            "cd /opt/ops && nohup npx ts-node --transpile-only web.ts >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "ts-node --compiler ./mycompiler web.ts (a compiler module the pack does not read)",
        script("dev-node-ts-node-compiler65-nodes", [
            ...file("/opt/ops/web.ts", PUBLIC_APP),
            "cd /opt/ops && nohup ts-node --compiler ./mycompiler web.ts >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "ts-node web.ts whose tsconfig.json ts-node.require preloads ./hooks.js serving /",
        script("dev-node-ts-node-require65-nodes", [
            ...file("/opt/ops/tsconfig.json", ['{ "ts-node": { "transpileOnly": true, "require": ["./hooks.js"] } }']),
            ...file("/opt/ops/hooks.js", ROOT_APP),
            ...file("/opt/ops/web.ts", ["export {};"]),
            "cd /opt/ops && nohup ts-node web.ts >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "deno run --allow-net=0.0.0.0:8080 --allow-read web.ts: serveDir fsRoot '/'",
        script("dev-node-deno-net-any65-nodes", [
            ...file("/opt/ops/web.ts", [
                'import { serveDir } from "jsr:@std/http/file-server";',
                'Deno.serve({ hostname: "0.0.0.0", port: 8080 }, req => serveDir(req, { fsRoot: "/" }));',
            ]),
            "cd /opt/ops && nohup deno run --allow-net=0.0.0.0:8080 --allow-read web.ts >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "deno run --allow-net (any host) --allow-read web.ts: serveDir fsRoot '/'",
        script("dev-node-deno-net-bare65-nodes", [
            ...file("/opt/ops/web.ts", [
                'import { serveDir } from "jsr:@std/http/file-server";',
                'Deno.serve({ port: 8080 }, req => serveDir(req, { fsRoot: "/" }));',
            ]),
            "cd /opt/ops && nohup deno run --allow-net --allow-read web.ts >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "deno run --allow-net=127.0.0.1:8080 --allow-run web.ts (a child outside the sandbox)",
        script("dev-node-deno-allow-run65-nodes", [
            ...file("/opt/ops/web.ts", [
                'new Deno.Command("python3", { args: ["-m", "http.server", "--directory", "/", "8081"] }).spawn();',
            ]),
            "cd /opt/ops && nohup deno run --allow-net=127.0.0.1:8080 --allow-run web.ts >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Spring.
    dev(
        "java -jar app.jar --spring.resources.static-locations=file:/ (Spring Boot 2.3 and earlier name)",
        script("dev-node-spring-legacy-name-nodes", [
            "dnf install -y java-11-amazon-corretto-headless",
            "nohup java -jar /opt/ops/app.jar --spring.resources.static-locations=file:/ >/var/log/app.log 2>&1 &",
        ]),
        SPRING,
    ),
];

const secure: NodeCase[] = [
    dev(
        "nginx site in conf.d with includes: root /usr/share/nginx/html, /static alias, /api to 127.0.0.1:3000",
        script("dev-node-nginx-site-ok64-nodes", [
            "dnf install -y nginx",
            "mkdir -p /var/www/static",
            ...file("/etc/nginx/conf.d/ops.conf", [
                "server {",
                "    listen 80;",
                "    server_name _;",
                "    include /etc/nginx/mime.types;",
                "    root /usr/share/nginx/html;",
                "    index index.html;",
                "    location /static/ { alias /var/www/static/; expires 1h; }",
                "    location ~ /\\. { deny all; }",
                "    location /api/ { proxy_pass http://127.0.0.1:3000; proxy_set_header Host $host; }",
                "}",
            ]),
            ...file("/opt/ops/web.js", [
                "const express = require('express');",
                "express().get('/api/health', (req, res) => res.json({ ok: true })).listen(3000, '127.0.0.1');",
            ]),
            "cd /opt/ops && nohup node web.js >/var/log/web.log 2>&1 &",
            "systemctl enable --now nginx",
        ]),
    ),
    dev(
        'httpd conf.d: DocumentRoot "/var/www/html", Alias /static "/var/www/static"',
        script("dev-node-httpd-site-ok64-nodes", [
            "dnf install -y httpd",
            "mkdir -p /var/www/static",
            ...file("/etc/httpd/conf.d/ops.conf", [
                'DocumentRoot "/var/www/html"',
                'Alias /static "/var/www/static"',
                '<Directory "/var/www/static">',
                "    Require all granted",
                "</Directory>",
            ]),
            "systemctl enable --now httpd",
        ]),
    ),
    dev(
        'lighttpd: server.document-root = "/var/www/lighttpd", alias.url /static',
        script("dev-node-lighttpd-site-ok64-nodes", [
            "dnf install -y lighttpd",
            ...file("/etc/lighttpd/conf.d/ops.conf", [
                'server.document-root = "/var/www/lighttpd"',
                'alias.url += ( "/static/" => "/var/www/static/" )',
            ]),
            "systemctl enable --now lighttpd",
        ]),
    ),
    // Round 65 (tscWrites): a prepare `tsc -p .` of a tsconfig.json user data wrote writes only its outDir; with
    // noEmit nothing; the built program is read as any.
    dev(
        "npm ci with scripts.prepare `tsc -p .` (its tsconfig.json: outDir build, src only), then npm start of web.js",
        script("dev-node-npm-ci-tsc-outdir-ok65-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prepare": "tsc -p .", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/tsconfig.json", ['{ "compilerOptions": { "outDir": "build" }, "include": ["src"] }']),
            ...file("/opt/ops/src/jobs.ts", ["export const jobs: string[] = [];"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "npm ci with scripts.prepare `tsc -p .` (tsconfig.json noEmit: a type check), then npm start of dist/web.js",
        script("dev-node-npm-ci-tsc-noemit-ok65-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prepare": "tsc -p .", "start": "node dist/web.js" } }',
            ]),
            ...file("/opt/ops/tsconfig.json", ['{ "compilerOptions": { "noEmit": true, "allowJs": true } }']),
            "mkdir -p /opt/ops/dist",
            ...file("/opt/ops/dist/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "npm ci --omit=dev, then npm start serving public",
        script("dev-node-npm-ci-omit-ok64-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci --omit=dev && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 65): secure refused. pnpm docs "pnpm install" (--frozen-lockfile: "pnpm doesn't generate a lockfile and fails to install
    // if the lockfile needs to be updated"; the CI default) and Yarn 1 docs "yarn install --frozen-lockfile" ("Don't generate a
    // yarn.lock lockfile and fail if an update is needed") are the ordinary reproducible installs; they write node_modules only
    // (package.json here has no lifecycle scripts). The pack refuses the following `pnpm start`/`yarn start` (scripts.start
    // `node web.js`, express.static('public') on 3000, accepted without the install, round 63) as "a command line the pack does
    // not read ... on every address": the install is not read as npm ci is (npmInstallWrites, npm only) and seems to make the
    // package unreadable. Fix: read pnpm install/i and yarn/yarn install (with --frozen-lockfile, --prod, --production,
    // --immutable, --ignore-scripts) as npmInstallWrites does: node_modules writes plus the root package's lifecycle scripts.
    dev(
        "pnpm install --frozen-lockfile, then pnpm start serving public",
        script("dev-node-pnpm-install-ok64-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && pnpm install --frozen-lockfile && nohup pnpm start >/var/log/web.log 2>&1 &",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 65): secure refused. pnpm docs "pnpm install" (--frozen-lockfile: "pnpm doesn't generate a lockfile and fails to install
    // if the lockfile needs to be updated"; the CI default) and Yarn 1 docs "yarn install --frozen-lockfile" ("Don't generate a
    // yarn.lock lockfile and fail if an update is needed") are the ordinary reproducible installs; they write node_modules only
    // (package.json here has no lifecycle scripts). The pack refuses the following `pnpm start`/`yarn start` (scripts.start
    // `node web.js`, express.static('public') on 3000, accepted without the install, round 63) as "a command line the pack does
    // not read ... on every address": the install is not read as npm ci is (npmInstallWrites, npm only) and seems to make the
    // package unreadable. Fix: read pnpm install/i and yarn/yarn install (with --frozen-lockfile, --prod, --production,
    // --immutable, --ignore-scripts) as npmInstallWrites does: node_modules writes plus the root package's lifecycle scripts.
    dev(
        "yarn install --frozen-lockfile, then yarn start serving public",
        script("dev-node-yarn-install-ok64-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && yarn install --frozen-lockfile && nohup yarn start >/var/log/web.log 2>&1 &",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 65): secure refused. ts-node docs "Options" (-T, --transpile-only: "Use TypeScript's faster transpileModule"; ts-node
    // takes its own options, not Node.js's): `npx ts-node --transpile-only web.ts` runs web.ts (express.static('public') on
    // 3000, accepted as `node web.js`). The pack reads the ts-node words with the Node.js option table (NODE_VALUE_OPTIONS/
    // NODE_FLAG_OPTIONS) and refuses "--transpile-only, a Node.js option the pack does not know". Fix: read ts-node/tsx/ts-node-esm
    // with their own option tables (-T/--transpile-only, --swc, -P/--project VALUE, --esm, -r, -O/--compiler-options VALUE, ...).
    dev(
        "npx ts-node --transpile-only web.ts serving public",
        script("dev-node-ts-node-ok64-nodes", [
            ...file("/opt/ops/web.ts", [
                "import express from 'express';",
                "express().use(express.static('public')).listen(3000);",
            ]),
            "cd /opt/ops && nohup npx ts-node --transpile-only web.ts >/var/log/web.log 2>&1 &",
        ]),
        /./,
    ),
    dev(
        "node --import ./tracing.mjs web.js serving public",
        script("dev-node-import-tracing-ok64-nodes", [
            ...file("/opt/ops/tracing.mjs", ["process.env.TRACE = '1';"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup node --import ./tracing.mjs web.js >/var/log/web.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 65): secure refused. Deno docs "Security and permissions" (--allow-net=<host:port>, --allow-read=<path>: permission
    // flags of `deno run`; Deno.serve's hostname option "defaults to 0.0.0.0", here 127.0.0.1): a loopback serveDir of ./public,
    // restricted by Deno's own sandbox. The pack reads deno's flags with the Node.js option table and refuses
    // "--allow-net=127.0.0.1:8080, a Node.js option the pack does not know" (on every address). Fix: a deno option table
    // (-A/--allow-all, --allow-net[=..], --allow-read[=..], --allow-env, --unstable-*, --config VALUE, --import-map VALUE, ...).
    dev(
        "deno run --allow-net=127.0.0.1:8080 --allow-read=./public web.ts: serveDir public on 127.0.0.1",
        script("dev-node-deno-public-ok64-nodes", [
            ...file("/opt/ops/web.ts", [
                'import { serveDir } from "jsr:@std/http/file-server";',
                'Deno.serve({ hostname: "127.0.0.1", port: 8080 }, req => serveDir(req, { fsRoot: "public" }));',
            ]),
            "cd /opt/ops && nohup deno run --allow-net=127.0.0.1:8080 --allow-read=./public web.ts >/var/log/web.log 2>&1 &",
        ]),
        /./,
    ),
    dev(
        "deno run --allow-read web.ts (no net permission: Deno.serve on 0.0.0.0 is denied)",
        script("dev-node-deno-no-net-ok65-nodes", [
            ...file("/opt/ops/web.ts", [
                'import { serveDir } from "jsr:@std/http/file-server";',
                'Deno.serve({ port: 8080 }, req => serveDir(req, { fsRoot: "/" }));',
            ]),
            "cd /opt/ops && nohup deno run --allow-read web.ts >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "ts-node -P tsconfig.json web.ts (its ts-node settings: transpileOnly) serving public",
        script("dev-node-ts-node-config-ok65-nodes", [
            ...file("/opt/ops/tsconfig.json", [
                '{ "compilerOptions": { "esModuleInterop": true }, "ts-node": { "transpileOnly": true } }',
            ]),
            ...file("/opt/ops/web.ts", [
                "import express from 'express';",
                "express().use(express.static('public')).listen(3000);",
            ]),
            "cd /opt/ops && nohup ts-node -P tsconfig.json web.ts >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "yarn (bare: install), then yarn start serving public",
        script("dev-node-yarn-bare-ok65-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && yarn && nohup yarn start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "pnpm i --prod with scripts.postinstall `tsc` (its tsconfig.json: outDir build), then pnpm start serving public",
        script("dev-node-pnpm-i-prod-ok65-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "postinstall": "tsc", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/tsconfig.json", ['{ "compilerOptions": { "outDir": "build" } }']),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && pnpm i --prod && nohup pnpm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "go run . on 127.0.0.1:8080 (own static dir)",
        script("dev-node-go-run-dot-ok64-nodes", [
            "dnf install -y golang",
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22"]),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import "net/http"',
                "",
                "func main() {",
                '\thttp.ListenAndServe("127.0.0.1:8080", http.FileServer(http.Dir("./static")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run . >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "java Web.java: SimpleFileServer of /opt/ops/static on 127.0.0.1:8080",
        script("dev-node-java-file-loopback-ok64-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            "mkdir -p /opt/ops/static",
            ...file("/opt/ops/Web.java", [
                "import com.sun.net.httpserver.*;",
                "import java.net.InetSocketAddress;",
                "import java.nio.file.Path;",
                "public class Web {",
                "    public static void main(String[] a) throws Exception {",
                '        SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", 8080), Path.of("/opt/ops/static"), SimpleFileServer.OutputLevel.INFO).start();',
                "    }",
                "}",
            ]),
            "cd /opt/ops && nohup java Web.java >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Neighbours (round 65): runners' packages on loopback, lighttpd variables naming the server's own root.
    dev(
        "go run -C /opt/ops . from /tmp on 127.0.0.1:8080 (own static dir; a _test.go beside it)",
        script("dev-node-go-run-chdir-ok65-nodes", [
            ...file("/opt/ops/go.mod", ["module ops", "", "go 1.22"]),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import "net/http"',
                "",
                "func main() {",
                '\thttp.ListenAndServe("127.0.0.1:8080", http.FileServer(http.Dir("./static")))',
                "}",
            ]),
            ...file("/opt/ops/main_test.go", ["package main", "", 'const probe = ":8080"']),
            "cd /tmp && nohup go run -C /opt/ops . >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "cargo run --bin web: src/bin/web.rs binds 127.0.0.1:8080 (src/main.rs a CLI)",
        script("dev-node-cargo-bin-ok65-nodes", [
            "mkdir -p /opt/ops/src/bin",
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"']),
            ...file("/opt/ops/src/main.rs", ['fn main() { println!("ops"); }']),
            ...file("/opt/ops/src/bin/web.rs", [
                "use std::net::TcpListener;",
                "fn main() {",
                '    let l = TcpListener::bind("127.0.0.1:8080").unwrap();',
                "    for s in l.incoming() { drop(s); }",
                "}",
            ]),
            "cd /opt/ops && nohup cargo run --bin web >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'dotnet run --project /opt/ops/web from /: Program.cs maps "/" on http://127.0.0.1:8080',
        script("dev-node-dotnet-project-ok65-nodes", [
            "mkdir -p /opt/ops/web",
            ...file("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>']),
            ...file("/opt/ops/web/Program.cs", [
                "var app = WebApplication.Create(args);",
                'app.MapGet("/", () => "ok");',
                'app.Run("http://127.0.0.1:8080");',
            ]),
            "cd / && nohup dotnet run --project /opt/ops/web >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "java --source 21 /opt/ops/web: SimpleFileServer of /opt/ops/static on 127.0.0.1:8080",
        script("dev-node-java-source-ok65-nodes", [
            "mkdir -p /opt/ops/static",
            ...file("/opt/ops/web", [
                "import com.sun.net.httpserver.*;",
                "import java.net.InetSocketAddress;",
                "import java.nio.file.Path;",
                "public class Web {",
                "    public static void main(String[] a) throws Exception {",
                '        SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", 8080), Path.of("/opt/ops/static"), SimpleFileServer.OutputLevel.INFO).start();',
                "    }",
                "}",
            ]),
            "cd /opt/ops && nohup java --source 21 /opt/ops/web >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'lighttpd: var.server_root = "/var/www"; server.document-root = server_root + "/lighttpd" # AL2023\'s own form',
        script("dev-node-lighttpd-var-ok65-nodes", [
            ...file("/etc/lighttpd/conf.d/ops.conf", [
                'var.server_root = "/var/www"',
                'server.document-root = server_root + "/lighttpd" # the site',
                'alias.url += ( "/static/" => var.server_root + "/static/" )',
            ]),
            "systemctl enable --now lighttpd",
        ]),
    ),
];

describeNodeCases("red team 64: node user data, Node.js, source runners and web server configs", insecure, secure);
