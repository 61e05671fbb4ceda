// Red-team round 66 on false positives across the committed stacks (fresh eyes): SECURE variants a careful platform
// team writes after round 66's shell/loader/build changes, each beside insecure neighbours hidden in the same shapes.
// Probed: (written scripts run by root) a tuning script written then run by `bash FILE`, `./FILE` after cd, `. FILE`
// env files; (read loops) mapfile/readarray of written package lists, `{fd}` lock descriptors with flock, function
// definitions with redirects (logging); (files) rm -rf of build dirs, cp -r of a written site directory, wget -qO of
// release tarballs, sort -o/-u of written lists then xargs; (package managers) npm install -g of pinned registry names
// and `npm i -g`; (code loaders) perl -MJSON::PP and ruby -rjson one-liners reading instance metadata documents;
// (python) logging/sys usage in a loopback Flask app, logging.config.dictConfig with StreamHandler; (builds) go build
// of a module with a _test.go and a `//go:build ignore` generator, cargo build with a build.rs, dotnet build with
// Directory.Build.props; deno task/serve on loopback; Caddy and nginx static sites.
// Neighbours: a written script that serves / on every address, a Caddyfile `root * /`, a go _test-free module
// serving /, a deno serve default (0.0.0.0:8000) of /, .npmrc node-options.
// Identities and Kubernetes: a DynamoDB reader of a non-custody table, a KMS key for CloudWatch Logs, EKS view access
// scoped to dev-*, RBAC for workloads in ordinary namespaces.
// Kept passing: written scripts run by bash/sh/./. /PATH name (and their serving neighbours refused), mapfile/readarray/
// read -a, {fd} and numbered lock descriptors, function redirects, wget -O/-qO/--output-document, rm -rf, cp -r,
// sort -o then xargs, npm -g pinned/scoped/self-upgrade (an .npmrc node-options neighbour refused), perl -M/-i, ruby -r,
// gawk -i inplace, python -c in a pipe, sys.path to a written lib, dictConfig/fileConfig with StreamHandler (a
// dictConfig '()' factory starting http.server of / refused), cargo build.rs, go _test.go/go:build ignore files,
// dotnet run with Directory.Build.props, deno task/serve on loopback (deno serve default refused), Caddy/nginx sites
// (root * / and alias /etc/ refused), sshd hardening, pipx under /root/.local/bin, EKS View scoped to dev-*.
// Misses (3 insecure accepted, 1 secure refused): `go build -o BIN .` (two cases) and `cargo build --release` of
// written sources that listen beyond loopback (a file server of /, a root shell), the binaries then run as root, are
// accepted while `go run`/`cargo run` of the same sources are refused; a `dotnet build -o OUT` of a loopback Web SDK
// project is refused for appsettings*.json files nothing writes (the same project by `dotnet run` is accepted).
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";
import { aws, namespace, roleFor } from "./variantBuilders";

const { node } = secureCaseBuilders("rt66");
const file = heredocFile;
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };

/** A tuning script: sysctl drop-in, packages, chrony. */
const TUNE = [
    "#!/bin/bash",
    "set -euo pipefail",
    "echo 'net.core.somaxconn = 4096' > /etc/sysctl.d/90-tuning.conf",
    "sysctl --system",
    "dnf install -y htop jq",
    "systemctl enable --now chronyd",
];

/** A script that serves every file of the node on 0.0.0.0:8000. */
const SERVE_ROOT = ["#!/bin/bash", "cd /", "nohup python3 -m http.server 8000 >/var/log/serve.log 2>&1 &"];

const NODE_EXPORTER =
    "https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-amd64.tar.gz";

const CASES: StackCase[] = [
    // ================= written scripts root runs =================
    node("bash-script", "a tuning script written to /opt/bootstrap/tune.sh, run by bash FILE", [
        "mkdir -p /opt/bootstrap",
        ...file("/opt/bootstrap/tune.sh", TUNE),
        "bash /opt/bootstrap/tune.sh",
    ]),
    node("dot-slash-script", "the tuning script chmod +x and run as ./tune.sh after cd", [
        "mkdir -p /opt/bootstrap",
        ...file("/opt/bootstrap/tune.sh", TUNE),
        "chmod 0755 /opt/bootstrap/tune.sh",
        "cd /opt/bootstrap && ./tune.sh",
    ]),
    node("source-env", "an env file written then sourced (. FILE), its package list installed", [
        ...file("/etc/bootstrap.env", ['PKGS="htop jq tmux"', "SOMAXCONN=4096"]),
        ". /etc/bootstrap.env",
        "dnf install -y $PKGS",
        'sysctl -w net.core.somaxconn="$SOMAXCONN"',
    ]),
    node("path-script", "a helper installed to /usr/local/bin and run by name", [
        ...file("/usr/local/bin/node-tune", TUNE),
        "chmod 0755 /usr/local/bin/node-tune",
        "node-tune",
    ]),
    node(
        "bash-script-serve",
        "a written script that serves / on 0.0.0.0:8000, run by bash FILE",
        [...file("/opt/bootstrap/serve.sh", SERVE_ROOT), "bash /opt/bootstrap/serve.sh"],
        /serve|8000|http\.server/,
    ),
    node(
        "sh-script-serve",
        "the same serving script run by `sh FILE` after cd",
        [...file("/opt/bootstrap/serve.sh", SERVE_ROOT), "cd /opt/bootstrap && sh serve.sh"],
        /serve|8000|http\.server/,
    ),
    node(
        "source-script-serve",
        "the serving script sourced (. FILE)",
        [...file("/opt/bootstrap/serve.sh", SERVE_ROOT), ". /opt/bootstrap/serve.sh"],
        /serve|8000|http\.server/,
    ),

    // ================= read/mapfile loops =================
    node("mapfile-packages", 'mapfile -t pkgs < /tmp/packages.txt; dnf install -y "${pkgs[@]}"', [
        ...file("/tmp/packages.txt", ["htop", "jq", "tmux"]),
        "mapfile -t pkgs < /tmp/packages.txt",
        'dnf install -y "${pkgs[@]}"',
    ]),
    node("readarray-units", "readarray -t units from a here-document; systemctl enable each", [
        "readarray -t units <<'EOF'",
        "chronyd",
        "amazon-ssm-agent",
        "EOF",
        'for u in "${units[@]}"; do systemctl enable --now "$u"; done',
    ]),
    node("read-a-words", 'read -ra words <<< "htop jq"; dnf install -y "${words[@]}"', [
        'read -ra words <<< "htop jq"',
        'dnf install -y "${words[@]}"',
    ]),
    node("while-ifs-sysctl", "while IFS='=' read -r k v; apply sysctl pairs from a written file", [
        ...file("/tmp/sysctl.txt", ["net.core.somaxconn=4096", "vm.max_map_count=262144"]),
        "while IFS='=' read -r key value; do sysctl -w \"$key=$value\"; done < /tmp/sysctl.txt",
    ]),
    node(
        "mapfile-serve",
        "mapfile of a written list naming python3 -m http.server run as a command",
        [
            ...file("/tmp/cmd.txt", ["python3", "-m", "http.server", "8000", "--directory", "/"]),
            "mapfile -t cmd < /tmp/cmd.txt",
            'nohup "${cmd[@]}" >/var/log/x.log 2>&1 &',
        ],
        /8000|http\.server|serv|cmd/,
    ),

    // ================= descriptors and function redirects =================
    node("flock-fd", 'exec {lock}>/var/lock/bootstrap.lock; flock -n "$lock" (bash named descriptor)', [
        "exec {lock}>/var/lock/bootstrap.lock",
        'flock -n "$lock"',
        "dnf install -y htop",
    ]),
    node("flock-9", "exec 9>/var/lock/bootstrap.lock; flock -n 9", [
        "exec 9>/var/lock/bootstrap.lock",
        "flock -n 9",
        "dnf install -y htop",
    ]),
    node("log-function", "log() { echo ...; } >> /var/log/bootstrap.log, called around installs", [
        'log() { echo "$(date -Is) $*"; } >> /var/log/bootstrap.log',
        'log "installing packages"',
        "dnf install -y htop jq",
        'log "done"',
    ]),

    // ================= files: rm, cp -r, wget -O, sort -o =================
    node("rm-build", "node_exporter fetched with wget -qO, extracted, installed, build dir rm -rf'd", [
        "mkdir -p /tmp/ne",
        `wget -qO /tmp/ne/ne.tar.gz ${NODE_EXPORTER}`,
        "tar -xzf /tmp/ne/ne.tar.gz -C /tmp/ne --strip-components=1",
        "install -m 0755 /tmp/ne/node_exporter /usr/local/bin/node_exporter",
        "rm -rf /tmp/ne",
        "rm -f /var/cache/dnf/*.solv",
    ]),
    node("wget-output-document", "wget --output-document=/tmp/amazon-cloudwatch-agent.rpm then dnf install it", [
        "wget --output-document=/tmp/amazon-cloudwatch-agent.rpm https://amazoncloudwatch-agent.s3.amazonaws.com/amazon_linux/amd64/latest/amazon-cloudwatch-agent.rpm",
        "dnf install -y /tmp/amazon-cloudwatch-agent.rpm",
        "rm -f /tmp/amazon-cloudwatch-agent.rpm",
    ]),
    node("cp-r-site", "a static site written to /tmp/site then cp -r into /usr/share/nginx/html/ (nginx on 80)", [
        "dnf install -y nginx",
        "mkdir -p /tmp/site",
        ...file("/tmp/site/index.html", ["<h1>node ok</h1>"]),
        "cp -r /tmp/site/. /usr/share/nginx/html/",
        "cp -r /tmp/site /usr/share/nginx/html/",
        "rm -rf /tmp/site",
        "systemctl enable --now nginx",
    ]),
    node("sort-o-packages", "sort -u -o the package list in place, then xargs dnf install", [
        ...file("/tmp/packages.txt", ["jq", "htop", "jq"]),
        "sort -u -o /tmp/packages.txt /tmp/packages.txt",
        "xargs -r -a /tmp/packages.txt dnf install -y",
    ]),
    node("sort-pipe-packages", "sort -u /tmp/packages.txt | xargs dnf install", [
        ...file("/tmp/packages.txt", ["jq", "htop", "jq"]),
        "sort -u /tmp/packages.txt | xargs -r dnf install -y",
    ]),
    node("rm-then-rewrite", "a config removed and written again before the service reads it", [
        "dnf install -y nginx",
        "rm -f /etc/nginx/conf.d/default.conf",
        ...file("/etc/nginx/conf.d/default.conf", [
            "server {",
            "    listen 80;",
            "    root /usr/share/nginx/html;",
            "}",
        ]),
        "systemctl enable --now nginx",
    ]),

    // ================= npm global installs =================
    node("npm-g-pinned", "npm install -g pm2@5.4.2 (pinned registry name) from /", [
        "dnf install -y nodejs",
        "npm install -g pm2@5.4.2",
    ]),
    node("npm-i-g", "npm i -g yarn@1.22.22 and npm install --global typescript", [
        "dnf install -y nodejs",
        "npm i -g yarn@1.22.22",
        "npm install --global typescript@5.5.4",
    ]),
    node("npm-g-scoped", "npm install -g @aws-amplify/cli (a scoped registry name)", [
        "dnf install -y nodejs",
        "npm install -g @aws-amplify/cli",
    ]),
    node(
        "npmrc-node-options",
        "/root/.npmrc with node-options=--require /tmp/hook.js, then npm install -g pm2",
        [
            "dnf install -y nodejs",
            ...file("/tmp/hook.js", ["require('http').createServer((q, s) => s.end('x')).listen(8000, '0.0.0.0');"]),
            ...file("/root/.npmrc", ["node-options=--require /tmp/hook.js"]),
            "npm install -g pm2",
        ],
        /npmrc|hook|8000|node/,
    ),

    // ================= code loaders =================
    node("perl-json", "perl -MJSON::PP reads the region from the instance identity document", [
        "TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 60')",
        'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/dynamic/instance-identity/document > /tmp/id.json',
        "REGION=$(perl -MJSON::PP -0777 -ne 'print decode_json($_)->{region}' /tmp/id.json)",
        'echo "REGION=$REGION" >> /etc/environment',
    ]),
    node("ruby-json", "ruby -rjson reads the region from a written JSON file", [
        ...file("/tmp/cfg.json", ['{"region": "eu-west-1"}']),
        "dnf install -y ruby",
        'REGION=$(ruby -rjson -e \'puts JSON.parse(File.read("/tmp/cfg.json"))["region"]\')',
        'echo "REGION=$REGION" >> /etc/environment',
    ]),
    node(
        "perl-socket-serve",
        "perl -MIO::Socket::INET listening on 0.0.0.0:9000 (a code loader serving)",
        [
            "nohup perl -MIO::Socket::INET -e '$s=IO::Socket::INET->new(LocalAddr=>\"0.0.0.0:9000\",Listen=>5,ReuseAddr=>1);while($c=$s->accept){print $c `cat /etc/kubernetes/pki/ca.crt`;close $c}' >/dev/null 2>&1 &",
        ],
        /perl|9000/,
    ),

    // ================= python logging / sys =================
    node("py-logging-sys", "a loopback Flask app logging to sys.stdout with logging.basicConfig(stream=sys.stdout)", [
        ...file("/opt/ops/app.py", [
            "import logging",
            "import sys",
            "from flask import Flask",
            "logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(asctime)s %(message)s')",
            "log = logging.getLogger('ops')",
            "app = Flask(__name__)",
            "@app.route('/healthz')",
            "def healthz():",
            "    log.info('health')",
            "    return 'ok'",
            "if __name__ == '__main__':",
            "    app.run(host='127.0.0.1', port=int(sys.argv[1]) if len(sys.argv) > 1 else 5000)",
        ]),
        "pip3 install flask",
        "cd /opt/ops && nohup python3 app.py 5000 >/var/log/ops.log 2>&1 &",
    ]),
    node("py-dictconfig", "a loopback Flask app configuring logging.config.dictConfig with logging.StreamHandler", [
        ...file("/opt/ops/app.py", [
            "import logging.config",
            "from flask import Flask",
            "logging.config.dictConfig({",
            "    'version': 1,",
            "    'formatters': {'plain': {'format': '%(asctime)s %(levelname)s %(message)s'}},",
            "    'handlers': {'console': {'class': 'logging.StreamHandler', 'formatter': 'plain'}},",
            "    'root': {'level': 'INFO', 'handlers': ['console']},",
            "})",
            "app = Flask(__name__)",
            "@app.route('/healthz')",
            "def healthz():",
            "    return 'ok'",
            "app.run(host='127.0.0.1', port=5000)",
        ]),
        "pip3 install flask",
        "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
    ]),
    node(
        "py-dictconfig-serve",
        "dictConfig whose handler '()' factory starts http.server of / on every address",
        [
            ...file("/opt/ops/app.py", [
                "import logging.config",
                "logging.config.dictConfig({",
                "    'version': 1,",
                "    'handlers': {'h': {'()': 'http.server.test', 'HandlerClass': 'ext://http.server.SimpleHTTPRequestHandler', 'port': 8000}},",
                "    'root': {'handlers': ['h']},",
                "})",
            ]),
            "cd / && nohup python3 /opt/ops/app.py >/var/log/ops.log 2>&1 &",
        ],
        /app\.py|serv|python/,
    ),

    // ================= builds =================
    node(
        "go-build-test-file",
        "go build of a loopback health module that also has a _test.go and a go:build ignore generator",
        [
            "dnf install -y golang",
            "mkdir -p /opt/health",
            ...file("/opt/health/go.mod", ["module example.com/health", "", "go 1.22"]),
            ...file("/opt/health/main.go", [
                "package main",
                "",
                'import "net/http"',
                "",
                "func main() {",
                '\thttp.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })',
                '\thttp.ListenAndServe("127.0.0.1:8080", nil)',
                "}",
            ]),
            ...file("/opt/health/main_test.go", [
                "package main",
                "",
                'import ("net/http"; "net/http/httptest"; "testing")',
                "",
                "func TestHealth(t *testing.T) {",
                '\tsrv := httptest.NewServer(http.FileServer(http.Dir("/")))',
                "\tdefer srv.Close()",
                "}",
            ]),
            ...file("/opt/health/gen.go", [
                "//go:build ignore",
                "",
                "package main",
                "",
                'import "net/http"',
                "",
                'func main() { http.ListenAndServe(":9000", http.FileServer(http.Dir("/"))) }',
            ]),
            "cd /opt/health && GOCACHE=/tmp/gocache go build -o /usr/local/bin/health . && nohup /usr/local/bin/health >/var/log/health.log 2>&1 &",
        ],
    ),
    // Was a MISS (fixed in round 67): insecure accepted: `go build -o /usr/local/bin/health .` of a module user data writes (main.go calls serve()
    // in serve.go, which runs http.ListenAndServe(":9000", http.FileServer(http.Dir("/")))) and then the binary, as root.
    // `go help build` / go-build(1): "Build compiles the packages named by the import paths, along with their
    // dependencies ... When compiling a single main package, build writes the resulting executable to output" (-o), and
    // "build ignores files that end in '_test.go'": the binary IS the written package, every node file on every address
    // (net/http ListenAndServe: an empty host is every address; http.Dir serves the native file system). Round 66 reads
    // every written .go of the module for `go run .` (SOURCE_RUNNERS/goRunSources, redteam64-secure "go-run-static-root"
    // refused), but a `go build -o BIN` then `BIN` is judged as an unread binary with no listen flags and accepted
    // (round 64's MISS comment already said "and `go build` + the binary"). Fix: record `go build [-o OUT] PKG|FILES`
    // (default output: the directory's base name in the working directory, or the first file's base name) as OUT built
    // from those sources, and judge a run of OUT (path, PATH name, unit ExecStart) as `go run` of the same sources.
    node(
        "go-build-serve",
        "go build of a module whose second file serves / on :9000",
        [
            "dnf install -y golang",
            "mkdir -p /opt/health",
            ...file("/opt/health/go.mod", ["module example.com/health", "", "go 1.22"]),
            ...file("/opt/health/main.go", ["package main", "", "func main() { serve() }"]),
            ...file("/opt/health/serve.go", [
                "package main",
                "",
                'import "net/http"',
                "",
                'func serve() { http.ListenAndServe(":9000", http.FileServer(http.Dir("/"))) }',
            ]),
            "cd /opt/health && GOCACHE=/tmp/gocache go build -o /usr/local/bin/health . && nohup /usr/local/bin/health >/var/log/health.log 2>&1 &",
        ],
        /health|9000|go/,
    ),
    node("cargo-build-rs", "cargo build --release of a loopback service with a build.rs printing rerun-if-changed", [
        "dnf install -y cargo",
        "mkdir -p /opt/health/src",
        ...file("/opt/health/Cargo.toml", ["[package]", 'name = "health"', 'version = "0.1.0"', 'edition = "2021"']),
        ...file("/opt/health/build.rs", ["fn main() {", '    println!("cargo:rerun-if-changed=build.rs");', "}"]),
        ...file("/opt/health/src/main.rs", [
            "use std::io::Write;",
            "use std::net::TcpListener;",
            "fn main() {",
            '    let l = TcpListener::bind("127.0.0.1:8080").unwrap();',
            '    for s in l.incoming() { let _ = s.unwrap().write_all(b"HTTP/1.0 200 OK\\r\\n\\r\\nok"); }',
            "}",
        ]),
        "cd /opt/health && cargo build --release && install -m 0755 target/release/health /usr/local/bin/health",
        "nohup /usr/local/bin/health >/var/log/health.log 2>&1 &",
    ]),
    // Was a MISS (fixed in round 67): secure refused: `dotnet build -c Release -o /opt/health/out` of a Web SDK project user data writes whole
    // (health.csproj, Program.cs with app.Run("http://127.0.0.1:8080"), a Directory.Build.props of Nullable/
    // TreatWarningsAsErrors; no appsettings*.json anywhere), then `dotnet /opt/health/out/health.dll`, is refused as
    // "dotnet, a program the pack does not read, listening beyond loopback ... its /opt/health/appsettings.json (and
    // .Development/.Staging/.Production, in /opt/health and /opt/health/out), which user data changes after writing it or
    // the pack cannot read". Nothing writes those files: the build copies only the project's Content/None items marked
    // CopyToOutputDirectory (MSBuild "Common MSBuild project items"; the Web SDK makes appsettings*.json Content only when
    // they exist in the project directory), and the project has none; with no settings file Kestrel binds what the code
    // names (MS Learn "Configure endpoints for the ASP.NET Core Kestrel web server"; here 127.0.0.1:8080). The same project
    // via `dotnet run --project /opt/health -c Release` (case "dotnet-run-props") is accepted. Fix: let a `dotnet
    // build`/`dotnet publish` of a project user data wrote whole write only bin/, obj/ and -o OUT with the project's own
    // appsettings*.json (none here), instead of marking those trees unknown; or judge `dotnet OUT/NAME.dll` as `dotnet
    // run --project` of the project that built it.
    node(
        "dotnet-build-props",
        "dotnet build of a loopback web app with a Directory.Build.props of common properties",
        [
            "dnf install -y dotnet-sdk-8.0",
            "mkdir -p /opt/health",
            ...file("/opt/health/Directory.Build.props", [
                "<Project>",
                "  <PropertyGroup>",
                "    <Nullable>enable</Nullable>",
                "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>",
                "  </PropertyGroup>",
                "</Project>",
            ]),
            ...file("/opt/health/health.csproj", [
                '<Project Sdk="Microsoft.NET.Sdk.Web">',
                "  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>",
                "</Project>",
            ]),
            ...file("/opt/health/Program.cs", [
                "var app = WebApplication.Create(args);",
                'app.MapGet("/healthz", () => "ok");',
                'app.Run("http://127.0.0.1:8080");',
            ]),
            "cd /opt/health && dotnet build -c Release -o /opt/health/out && nohup dotnet /opt/health/out/health.dll >/var/log/health.log 2>&1 &",
        ],
        undefined,
    ),

    node(
        "dotnet-run-props",
        "dotnet run --project /opt/health -c Release with a Directory.Build.props of common properties",
        [
            "dnf install -y dotnet-sdk-8.0",
            "mkdir -p /opt/health",
            ...file("/opt/health/Directory.Build.props", [
                "<Project>",
                "  <PropertyGroup>",
                "    <Nullable>enable</Nullable>",
                "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>",
                "  </PropertyGroup>",
                "</Project>",
            ]),
            ...file("/opt/health/health.csproj", [
                '<Project Sdk="Microsoft.NET.Sdk.Web">',
                "  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>",
                "</Project>",
            ]),
            ...file("/opt/health/Program.cs", [
                "var app = WebApplication.Create(args);",
                'app.MapGet("/healthz", () => "ok");',
                'app.Run("http://127.0.0.1:8080");',
            ]),
            "cd / && nohup dotnet run --project /opt/health -c Release >/var/log/health.log 2>&1 &",
        ],
    ),
    // Was a MISS (fixed in round 67): insecure accepted: the one-file form of the miss above: main.go serves http.Dir("/") on :9000, built with
    // `go build -o /usr/local/bin/files .` and run as root (go-build(1): the executable is the written main package).
    // `go run .` of the same directory is refused (goRunSources); the built binary is not. Fix as above.
    node(
        "go-build-single-serve",
        'go build of a written main.go serving http.Dir("/") on :9000, the binary run',
        [
            "dnf install -y golang",
            "mkdir -p /opt/files",
            ...file("/opt/files/go.mod", ["module example.com/files", "", "go 1.22"]),
            ...file("/opt/files/main.go", [
                "package main",
                "",
                'import "net/http"',
                "",
                'func main() { http.ListenAndServe(":9000", http.FileServer(http.Dir("/"))) }',
            ]),
            "cd /opt/files && HOME=/root go build -o /usr/local/bin/files . && nohup /usr/local/bin/files >/var/log/files.log 2>&1 &",
        ],
        /files|9000|go/,
    ),
    // Was a MISS (fixed in round 67): insecure accepted: `cargo build --release` of a package user data writes (src/main.rs binds
    // TcpListener 0.0.0.0:9000 and hands each connection to /bin/sh) then runs target/release/rsh as root: a root shell
    // for every pod on the node's network. The Cargo Book ("Cargo Targets", "Package Layout"): src/main.rs is the default
    // binary target, built to target/release/<package name> by `cargo build --release` (`cargo run` = build + run that
    // file). `cargo run` of the same package is read (cargoRunSources, round 65/66) and would be refused; the build +
    // binary is an unread program with no listen words and accepted. Fix: record cargo build outputs
    // (target/{debug,release}/NAME, [[bin]] names, --target-dir/CARGO_TARGET_DIR, build.rs as for run) and judge a run of
    // them as `cargo run` of the same package.
    node(
        "cargo-build-shell",
        "cargo build of a src/main.rs giving /bin/sh to every connection on 0.0.0.0:9000, the binary run",
        [
            "dnf install -y cargo",
            "mkdir -p /opt/rsh/src",
            ...file("/opt/rsh/Cargo.toml", ["[package]", 'name = "rsh"', 'version = "0.1.0"', 'edition = "2021"']),
            ...file("/opt/rsh/src/main.rs", [
                "use std::net::TcpListener;",
                "use std::os::fd::{AsRawFd, FromRawFd};",
                "use std::process::{Command, Stdio};",
                "fn main() {",
                '    let l = TcpListener::bind("0.0.0.0:9000").unwrap();',
                "    for s in l.incoming() {",
                "        let s = s.unwrap();",
                "        let fd = s.as_raw_fd();",
                '        unsafe { Command::new("/bin/sh").stdin(Stdio::from_raw_fd(fd)).stdout(Stdio::from_raw_fd(fd)).spawn().unwrap(); }',
                "    }",
                "}",
            ]),
            "cd /opt/rsh && cargo build --release && nohup /opt/rsh/target/release/rsh >/var/log/rsh.log 2>&1 &",
        ],
        /rsh|9000|cargo/,
    ),

    // ================= deno =================
    node("deno-task", "deno task start (deno.json: deno run --allow-net=127.0.0.1:8000 main.ts)", [
        "curl -fsSL -o /tmp/deno.zip https://github.com/denoland/deno/releases/download/v1.46.3/deno-x86_64-unknown-linux-gnu.zip && unzip -o /tmp/deno.zip -d /usr/local/bin",
        "mkdir -p /opt/svc",
        ...file("/opt/svc/deno.json", ['{ "tasks": { "start": "deno run --allow-net=127.0.0.1:8000 main.ts" } }']),
        ...file("/opt/svc/main.ts", ['Deno.serve({ hostname: "127.0.0.1", port: 8000 }, () => new Response("ok"));']),
        "cd /opt/svc && nohup deno task start >/var/log/svc.log 2>&1 &",
    ]),
    node("deno-serve-host", "deno serve --host 127.0.0.1 --port 8000 main.ts", [
        "curl -fsSL -o /tmp/deno.zip https://github.com/denoland/deno/releases/download/v1.46.3/deno-x86_64-unknown-linux-gnu.zip && unzip -o /tmp/deno.zip -d /usr/local/bin",
        "mkdir -p /opt/svc",
        ...file("/opt/svc/main.ts", ['export default { fetch: () => new Response("ok") };']),
        "cd /opt/svc && nohup deno serve --host 127.0.0.1 --port 8000 main.ts >/var/log/svc.log 2>&1 &",
    ]),
    node(
        "deno-serve-default",
        "deno serve --allow-read=/ of a file server module (default 0.0.0.0:8000)",
        [
            "curl -fsSL -o /tmp/deno.zip https://github.com/denoland/deno/releases/download/v1.46.3/deno-x86_64-unknown-linux-gnu.zip && unzip -o /tmp/deno.zip -d /usr/local/bin",
            "mkdir -p /opt/svc",
            ...file("/opt/svc/main.ts", [
                "export default { fetch: (r: Request) => new Response(Deno.readFileSync(new URL(r.url).pathname)) };",
            ]),
            "cd /opt/svc && nohup deno serve --allow-read main.ts >/var/log/svc.log 2>&1 &",
        ],
        /deno|8000|main\.ts/,
    ),

    // ================= Caddy / nginx =================
    node("caddy-site", "Caddy serving /var/www/html on :80 (root * /var/www/html; file_server)", [
        "dnf install -y caddy",
        "mkdir -p /var/www/html && echo ok > /var/www/html/index.html",
        ...file("/etc/caddy/Caddyfile", [":80 {", "\troot * /var/www/html", "\tfile_server", "\tencode gzip", "}"]),
        "systemctl enable --now caddy",
    ]),
    node(
        "caddy-health-respond",
        "Caddy on :80 with only a respond /healthz directive and a reverse_proxy to 127.0.0.1:8080",
        [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [":80 {", "\trespond /healthz 200", "\treverse_proxy 127.0.0.1:8080", "}"]),
            "systemctl enable --now caddy",
        ],
    ),
    node(
        "caddy-root",
        "Caddy serving / (root * /; file_server browse) on :80",
        [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [":80 {", "\troot * /", "\tfile_server browse", "}"]),
            "systemctl enable --now caddy",
        ],
        /caddy|Caddyfile|root|80/i,
    ),
    node(
        "nginx-include-mime",
        "nginx.conf written whole: include mime.types, root /usr/share/nginx/html, a location block",
        [
            "dnf install -y nginx",
            ...file("/etc/nginx/nginx.conf", [
                "user nginx;",
                "worker_processes auto;",
                "events { worker_connections 1024; }",
                "http {",
                "    include /etc/nginx/mime.types;",
                "    server {",
                "        listen 80;",
                "        root /usr/share/nginx/html;",
                "        location /healthz { return 200 'ok'; }",
                "    }",
                "}",
            ]),
            "systemctl enable --now nginx",
        ],
    ),
    node(
        "nginx-alias-etc",
        "nginx location /x/ { alias /etc/; } on 80",
        [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/x.conf", [
                "server {",
                "    listen 80;",
                "    location /x/ { alias /etc/; }",
                "}",
            ]),
            "systemctl enable --now nginx",
        ],
        /nginx|alias|etc|x\.conf/,
    ),

    // ================= tool bins under /root =================
    node("pipx-local-bin", "pipx install awscli-local into /root/.local/bin (no rc file touched)", [
        "dnf install -y pipx",
        "pipx install cfn-lint",
        "/root/.local/bin/cfn-lint --version",
    ]),
    node("busybox-sh-c", "busybox sh -c 'sysctl -w vm.max_map_count=262144'", [
        "busybox sh -c 'sysctl -w vm.max_map_count=262144'",
    ]),

    // ================= more shell shapes =================
    node("os-release", ". /etc/os-release (not written by user data) to branch on $ID", [
        ". /etc/os-release",
        'if [ "$ID" = "amzn" ]; then dnf install -y htop; fi',
    ]),
    node("script-args", 'a written script given an argument (bash FILE 4096), using "$1"', [
        ...file("/opt/bootstrap/somaxconn.sh", ["#!/bin/bash", 'sysctl -w net.core.somaxconn="$1"']),
        "bash /opt/bootstrap/somaxconn.sh 4096",
    ]),
    node(
        "script-absolute-nohup",
        "a written script run by absolute path in the background (nohup /opt/bootstrap/tune.sh &)",
        [
            "mkdir -p /opt/bootstrap",
            ...file("/opt/bootstrap/tune.sh", TUNE),
            "chmod +x /opt/bootstrap/tune.sh",
            "nohup /opt/bootstrap/tune.sh >/var/log/tune.log 2>&1 &",
        ],
    ),
    node("sshd-sed", "sshd hardening: sed -i PasswordAuthentication no, a written sshd_config.d drop-in", [
        "sed -i 's/^#\\?PasswordAuthentication.*/PasswordAuthentication no/' /etc/ssh/sshd_config",
        ...file("/etc/ssh/sshd_config.d/50-hardening.conf", [
            "PermitRootLogin no",
            "MaxAuthTries 3",
            "X11Forwarding no",
        ]),
        "systemctl restart sshd",
    ]),
    node("wget-pipe-tar", "wget -qO- node_exporter tarball | tar -xz -C /usr/local/bin --strip-components=1", [
        `wget -qO- ${NODE_EXPORTER} | tar -xz -C /usr/local/bin --strip-components=1 node_exporter-1.8.2.linux-amd64/node_exporter`,
    ]),
    node("npm-self-upgrade", "npm install -g npm@10.8.2 (npm upgrading itself)", [
        "dnf install -y nodejs",
        "npm install -g npm@10.8.2",
    ]),
    node("perl-inplace", "perl -i -pe edits /etc/chrony.conf (pool line), chronyd restarted", [
        "perl -i -pe 's/^pool .*/server 169.254.169.123 prefer iburst/' /etc/chrony.conf",
        "systemctl restart chronyd",
    ]),
    node("gawk-inplace", "gawk -i inplace sets vm.swappiness in a written sysctl drop-in", [
        ...file("/etc/sysctl.d/90-tuning.conf", ["vm.swappiness = 60"]),
        "gawk -i inplace '/^vm.swappiness/ { $0 = \"vm.swappiness = 10\" } { print }' /etc/sysctl.d/90-tuning.conf",
        "sysctl --system",
    ]),
    node("perl-strict", "perl -Mstrict -Mwarnings -e reading a written JSON file", [
        ...file("/tmp/cfg.json", ['{"region": "eu-west-1"}']),
        "REGION=$(perl -Mstrict -Mwarnings -MJSON::PP -e 'local $/; open my $f, q{<}, q{/tmp/cfg.json} or die; print decode_json(<$f>)->{region}')",
        'echo "REGION=$REGION" >> /etc/environment',
    ]),
    node("python-c-json", "python3 -c 'import sys, json; ...' reading the identity document from a pipe", [
        "TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 60')",
        'REGION=$(curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/dynamic/instance-identity/document | python3 -c \'import sys, json; print(json.load(sys.stdin)["region"])\')',
        'echo "REGION=$REGION" >> /etc/environment',
    ]),
    node("py-sys-path-lib", "a loopback Flask app that sys.path.insert()s its written lib dir and imports a helper", [
        "mkdir -p /opt/ops/lib",
        ...file("/opt/ops/lib/health.py", ["def status():", "    return {'ok': True}"]),
        ...file("/opt/ops/app.py", [
            "import os, sys",
            "sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lib'))",
            "from flask import Flask, jsonify",
            "import health",
            "app = Flask(__name__)",
            "@app.route('/healthz')",
            "def healthz():",
            "    return jsonify(health.status())",
            "app.run(host='127.0.0.1', port=5000)",
        ]),
        "pip3 install flask",
        "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
    ]),
    node("py-rotating-log", "a loopback Flask app with logging.handlers.RotatingFileHandler", [
        ...file("/opt/ops/app.py", [
            "import logging",
            "from logging.handlers import RotatingFileHandler",
            "from flask import Flask",
            "handler = RotatingFileHandler('/var/log/ops-app.log', maxBytes=10_000_000, backupCount=3)",
            "logging.getLogger().addHandler(handler)",
            "app = Flask(__name__)",
            "@app.route('/healthz')",
            "def healthz():",
            "    return 'ok'",
            "app.run(host='127.0.0.1', port=5000)",
        ]),
        "pip3 install flask",
        "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
    ]),
    node(
        "py-pickle-health",
        "a health endpoint on 0.0.0.0:8081 that pickles its counters to /var/lib/ops (import pickle)",
        [
            ...file("/opt/ops/health.py", [
                "import pickle",
                "from http.server import BaseHTTPRequestHandler, HTTPServer",
                "class Health(BaseHTTPRequestHandler):",
                "    def do_GET(self):",
                "        with open('/var/lib/ops/hits.pickle', 'wb') as f:",
                "            pickle.dump({'hits': 1}, f)",
                "        self.send_response(200)",
                "        self.end_headers()",
                "        self.wfile.write(b'ok')",
                'HTTPServer(("0.0.0.0", 8081), Health).serve_forever()',
            ]),
            "mkdir -p /var/lib/ops",
            "nohup python3 /opt/ops/health.py >/var/log/health.log 2>&1 &",
        ],
    ),
    node("py-logging-fileconfig", "a loopback Flask app with logging.config.fileConfig of a written logging.ini", [
        ...file("/opt/ops/logging.ini", [
            "[loggers]",
            "keys=root",
            "[handlers]",
            "keys=console",
            "[formatters]",
            "keys=plain",
            "[logger_root]",
            "level=INFO",
            "handlers=console",
            "[handler_console]",
            "class=StreamHandler",
            "formatter=plain",
            "args=(sys.stdout,)",
            "[formatter_plain]",
            "format=%(asctime)s %(message)s",
        ]),
        ...file("/opt/ops/app.py", [
            "import logging.config",
            "from flask import Flask",
            "logging.config.fileConfig('/opt/ops/logging.ini')",
            "app = Flask(__name__)",
            "@app.route('/healthz')",
            "def healthz():",
            "    return 'ok'",
            "app.run(host='127.0.0.1', port=5000)",
        ]),
        "pip3 install flask",
        "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
    ]),

    // ================= Kubernetes / EKS =================
    {
        stack: "dev",
        name: "K: a 'web' ServiceAccount may read configmaps and endpoints in 'web'",
        edit: r => {
            namespace(r, "web");
            roleFor(
                r,
                "web-config",
                [
                    {
                        apiGroups: [""],
                        resources: ["configmaps", "endpoints", "services"],
                        verbs: ["get", "list", "watch"],
                    },
                ],
                [{ kind: "ServiceAccount", name: "web", namespace: "web" }],
                "web",
            );
        },
    },
    {
        stack: "prod",
        name: "K: an EKS access entry for platform-ops with AmazonEKSViewPolicy scoped to dev-*",
        edit: r => {
            aws(r, "aws:eks/accessEntry:AccessEntry", "rt66-ops-view", {
                clusterName: "prod-validators",
                principalArn: "arn:aws:iam::111111111111:role/platform-ops",
                type: "STANDARD",
            });
            aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "rt66-ops-view-policy", {
                clusterName: "prod-validators",
                principalArn: "arn:aws:iam::111111111111:role/platform-ops",
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
                accessScope: { type: "namespace", namespaces: ["dev-*"] },
            });
        },
    },
    {
        stack: "dev",
        name: "K: platform-devs may restart deployments in 'web' (deployments patch) and read events",
        edit: r => {
            namespace(r, "web");
            roleFor(
                r,
                "web-restart",
                [
                    { apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "patch"] },
                    { apiGroups: ["events.k8s.io"], resources: ["events"], verbs: ["get", "list", "watch"] },
                ],
                [DEVS],
                "web",
            );
        },
    },

    // ================= identities =================
    {
        stack: "dev",
        name: "A: a dev reader of a non-custody DynamoDB table (GetItem/Query on table/feature-flags and its indexes)",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt66-dev-flags", [
                allow(
                    ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:DescribeTable"],
                    [
                        `arn:aws:dynamodb:eu-west-1:${ACCOUNT.dev}:table/feature-flags`,
                        `arn:aws:dynamodb:eu-west-1:${ACCOUNT.dev}:table/feature-flags/index/*`,
                    ],
                ),
            ]),
    },
    {
        stack: "curity",
        name: "A: a curity CloudWatch Logs reader (logs:FilterLogEvents, GetLogEvents on an ops log group)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt66-curity-logs", [
                allow(
                    ["logs:FilterLogEvents", "logs:GetLogEvents", "logs:DescribeLogStreams"],
                    `arn:aws:logs:eu-west-1:${ACCOUNT.curity}:log-group:/ops/*`,
                ),
            ]),
    },
];

describeVariants(
    "red team 66: secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
