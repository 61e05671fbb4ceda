// Red-team round 65 on false positives across the committed stacks (fresh eyes): SECURE variants a careful platform
// team writes after round 65's node-reader changes, each beside insecure neighbours hidden in the same shapes.
// Probed: (python) module/handler attribute writes a real program makes (socketserver allow_reuse_address,
// sys.dont_write_bytecode, logging config, json/handler extensions_map), imports after `;`/in try blocks,
// importlib.metadata.version; (standard input) `exec > >(tee ...)` logging (the AWS-documented user-data idiom),
// while-read loops over written package lists, groups/functions fed by redirects, xargs from pipes, `set --` loops;
// (written files) configs written to /tmp then cp/install-ed into place (nginx, fluent-bit), node_exporter tarballs
// extracted next to written units; (package managers) pnpm/yarn installs and starts of loopback Node services,
// ts-node and deno on loopback; (source runners) `go run .` with a written go.mod, cargo run --release, dotnet run
// --project; (agents) the SSM agent restarted, the CloudWatch agent, otelcol-contrib release names, a Java app with
// an argfile user data writes, a team script named agent.sh/start.sh. Neighbours: an http.server patched to
// translate_path "/", a deno file server of "/" on 0.0.0.0, a Jenkins agent.jar, a Bitbucket start.sh.
// Identities and Kubernetes: per-stack readers (S3 prefix, SSM parameters under a path, CloudWatch), a key policy
// statement for an ops reader of key metadata, RBAC for workloads in ordinary namespaces.
// Kept (refused by design): SSM parameter reads and ECR reads by identities of no workload (SECRET_BEARING_SERVICES),
// a Deno program beyond loopback (Deno.* and jsr: modules unread, round 61 allowlist), curl | sh installers.
// Misses (0 insecure, 3 secure; all fixed in round 66): `npm install -g PKG`/`--global` run in a package directory is read as an unknown
// option of that package and refused as an unread program beyond loopback (accepted from /; pm2 and typescript
// cases); Deno unzipped into its documented $HOME/.deno/bin (/root/.deno/bin) is refused as unknown content under
// /root while the same unzip into /usr/local/bin is accepted.
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { heredocFile, systemdUnit } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";
import { namespace, roleFor } from "./variantBuilders";

const { node } = secureCaseBuilders("rt65");
const file = heredocFile;
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };

/** A loopback Node.js health service /opt/svc/server.js with its package.json (start script). */
const nodeService = (start = "node server.js") => [
    ...file("/opt/svc/package.json", [
        "{",
        '  "name": "svc",',
        '  "version": "1.0.0",',
        '  "private": true,',
        `  "scripts": { "start": "${start}" },`,
        '  "dependencies": { "express": "^4.19.2" }',
        "}",
    ]),
    ...file("/opt/svc/server.js", [
        "const express = require('express');",
        "const app = express();",
        "app.get('/healthz', (req, res) => res.send('ok'));",
        "app.listen(8080, '127.0.0.1');",
    ]),
];

/** Deno's release zip unpacked to /root/.deno/bin (the install.sh pipe is refused by design: content made at boot). */
const DENO =
    "curl -fsSL -o /tmp/deno.zip https://github.com/denoland/deno/releases/download/v1.46.3/deno-x86_64-unknown-linux-gnu.zip && mkdir -p /root/.deno/bin && unzip -o /tmp/deno.zip -d /root/.deno/bin";

/** A package /opt/svc whose prepare script serves every node file on 0.0.0.0:8000. */
const servingPackage = file("/opt/svc/package.json", [
    "{",
    '  "name": "svc",',
    '  "version": "1.0.0",',
    '  "scripts": { "prepare": "python3 -m http.server 8000 --directory /" }',
    "}",
]);

const CASES: StackCase[] = [
    // ================= python: attribute writes and imports a real program makes =================
    node("py-reuse-address", "http.server on 127.0.0.1 with socketserver.TCPServer.allow_reuse_address = True", [
        ...file("/opt/ops/serve.py", [
            "import functools, http.server, socketserver",
            "socketserver.TCPServer.allow_reuse_address = True",
            'handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory="/opt/ops/site")',
            'with socketserver.TCPServer(("127.0.0.1", 8000), handler) as httpd:',
            "    httpd.serve_forever()",
        ]),
        "mkdir -p /opt/ops/site",
        "nohup python3 /opt/ops/serve.py >/var/log/serve.log 2>&1 &",
    ]),
    node(
        "py-reuse-address-all",
        "http.server of /opt/ops/site on every address, allow_reuse_address and extensions_map['.wasm'] set",
        [
            ...file("/opt/ops/serve.py", [
                "import functools, http.server, socketserver",
                "socketserver.TCPServer.allow_reuse_address = True",
                'http.server.SimpleHTTPRequestHandler.extensions_map[".wasm"] = "application/wasm"',
                'handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory="/opt/ops/site")',
                'with socketserver.TCPServer(("", 8000), handler) as httpd:',
                "    httpd.serve_forever()",
            ]),
            "mkdir -p /opt/ops/site",
            "nohup python3 /opt/ops/serve.py >/var/log/serve.log 2>&1 &",
        ],
    ),
    node("py-health-handler", "a BaseHTTPRequestHandler health endpoint on 0.0.0.0:8081 (protocol_version set)", [
        ...file("/opt/ops/health.py", [
            "import sys",
            "from http.server import BaseHTTPRequestHandler, HTTPServer",
            "sys.dont_write_bytecode = True",
            "class Health(BaseHTTPRequestHandler):",
            '    protocol_version = "HTTP/1.1"',
            "    def do_GET(self):",
            "        body = b'ok'",
            "        self.send_response(200)",
            '        self.send_header("Content-Length", str(len(body)))',
            "        self.end_headers()",
            "        self.wfile.write(body)",
            "    def log_message(self, *args):",
            "        pass",
            'HTTPServer(("0.0.0.0", 8081), Health).serve_forever()',
        ]),
        "nohup python3 /opt/ops/health.py >/var/log/health.log 2>&1 &",
    ]),
    node("py-logging-config", "a Flask health app on 127.0.0.1 that sets logging.root.level and json attributes", [
        ...file("/opt/ops/app.py", [
            "import logging, json; import os",
            "from flask import Flask",
            "logging.basicConfig(level=logging.INFO)",
            "logging.raiseExceptions = False",
            "app = Flask(__name__)",
            "app.config['JSON_SORT_KEYS'] = False",
            "@app.route('/healthz')",
            "def healthz():",
            "    return json.dumps({'ok': True})",
            "if __name__ == '__main__':",
            "    app.run(host='127.0.0.1', port=5000)",
        ]),
        "pip3 install flask",
        "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
    ]),
    node("py-try-import", "a Flask app importing ujson in a try block, version from importlib.metadata", [
        ...file("/opt/ops/app.py", [
            "try: import ujson as json",
            "except ImportError: import json",
            "from importlib.metadata import version",
            "from flask import Flask",
            "app = Flask(__name__)",
            "@app.route('/version')",
            "def v():",
            "    return json.dumps({'flask': version('flask')})",
            "app.run(host='127.0.0.1', port=5000)",
        ]),
        "pip3 install flask",
        "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
    ]),
    node(
        "py-translate-root",
        "http.server on every address with SimpleHTTPRequestHandler.translate_path patched to '/' + path",
        [
            ...file("/opt/ops/serve.py", [
                "import http.server, os",
                "http.server.SimpleHTTPRequestHandler.translate_path = lambda self, p: '/' + p.split('?')[0]",
                'http.server.ThreadingHTTPServer(("", 8000), http.server.SimpleHTTPRequestHandler).serve_forever()',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/serve.log 2>&1 &",
        ],
        /serve\.py|8000|serv/,
    ),

    // ================= standard input through the shell's structure =================
    node("exec-tee-log", "exec > >(tee /var/log/user-data.log | logger -t user-data -s 2>/dev/console) 2>&1", [
        "exec > >(tee /var/log/user-data.log | logger -t user-data -s 2>/dev/console) 2>&1",
        "dnf install -y htop jq",
        "sysctl -w net.ipv4.tcp_keepalive_time=600",
    ]),
    node("while-read-packages", "a written package list installed by a while-read loop", [
        ...file("/tmp/packages.txt", ["htop", "jq", "amazon-cloudwatch-agent"]),
        'while read -r pkg; do dnf install -y "$pkg"; done < /tmp/packages.txt',
    ]),
    node("xargs-packages", "a written package list installed through xargs (pipe and -a)", [
        ...file("/tmp/packages.txt", ["htop", "jq"]),
        "cat /tmp/packages.txt | xargs -r dnf install -y",
        "xargs -a /tmp/packages.txt -r dnf install -y",
    ]),
    node("function-stdin", "a shell function reading its package list from a redirect", [
        ...file("/tmp/packages.txt", ["htop", "jq"]),
        "install_pkgs() { xargs -r dnf install -y; }",
        "install_pkgs < /tmp/packages.txt",
    ]),
    node("group-stdin-sysctl", "a { } group writing a sysctl drop-in, a here-document into a while loop", [
        "{ echo 'net.core.somaxconn = 4096'; echo 'vm.max_map_count = 262144'; } > /etc/sysctl.d/90-tuning.conf",
        "sysctl --system",
        "while read -r unit; do systemctl enable --now \"$unit\"; done <<'EOF'",
        "chronyd",
        "amazon-ssm-agent",
        "EOF",
    ]),
    node("set-words-loop", 'set -- htop jq; for p in "$@"; do dnf install -y "$p"; done', [
        "set -- htop jq tmux",
        'for p in "$@"; do dnf install -y "$p"; done',
    ]),
    node("exec-stdin-rest", "exec < /dev/null for the rest of the script, then ordinary installs", [
        "exec < /dev/null",
        "dnf install -y htop",
        "systemctl enable --now chronyd",
    ]),

    // ================= written files copied into place =================
    node("cp-nginx-conf", "an nginx site written to /tmp then install -m 0644 into conf.d (root /var/www/html)", [
        "dnf install -y nginx",
        ...file("/tmp/site.conf", ["server {", "    listen 80;", "    root /var/www/html;", "}"]),
        "install -m 0644 /tmp/site.conf /etc/nginx/conf.d/site.conf",
        "systemctl enable --now nginx",
    ]),
    node("cp-fluent-bit", "a fluent-bit.conf written to /tmp, cp'd into /etc/fluent-bit (HTTP server on loopback)", [
        "dnf install -y fluent-bit",
        ...file("/tmp/fluent-bit.conf", [
            "[SERVICE]",
            "    HTTP_Server On",
            "    HTTP_Listen 127.0.0.1",
            "    HTTP_Port 2020",
            "[INPUT]",
            "    Name tail",
            "    Path /var/log/containers/*.log",
            "[OUTPUT]",
            "    Name cloudwatch_logs",
            "    Match *",
            "    region eu-west-1",
            "    log_group_name /eks/dev/containers",
            "    auto_create_group On",
        ]),
        "cp /tmp/fluent-bit.conf /etc/fluent-bit/fluent-bit.conf",
        "systemctl enable --now fluent-bit",
    ]),
    node(
        "cp-nginx-root-slash",
        "an nginx site written to /tmp with root / on 8081, then cp'd into conf.d (every node file)",
        [
            "dnf install -y nginx",
            ...file("/tmp/site.conf", ["server {", "    listen 8081;", "    root /;", "}"]),
            "cp /tmp/site.conf /etc/nginx/conf.d/site.conf",
            "systemctl enable --now nginx",
        ],
        /nginx|8081|root|site\.conf/,
    ),
    node("cp-python-app", "a Flask app written to /tmp, cp'd to /opt/ops, run on 127.0.0.1", [
        ...file("/tmp/app.py", [
            "from flask import Flask",
            "app = Flask(__name__)",
            "@app.route('/healthz')",
            "def healthz():",
            "    return 'ok'",
            "app.run(host='127.0.0.1', port=5000)",
        ]),
        "mkdir -p /opt/ops && cp /tmp/app.py /opt/ops/app.py",
        "pip3 install flask",
        "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
    ]),
    node("node-exporter-tar-unit", "node_exporter extracted with tar -xzf into /opt, unit runs it on :9100", [
        "useradd -r -s /sbin/nologin node_exporter",
        "curl -fsSL -o /tmp/ne.tgz https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-amd64.tar.gz",
        "tar -xzf /tmp/ne.tgz -C /opt",
        "ln -sf /opt/node_exporter-1.8.2.linux-amd64/node_exporter /usr/local/bin/node_exporter",
        ...systemdUnit("node_exporter", ["User=node_exporter", "ExecStart=/usr/local/bin/node_exporter"]),
    ]),
    node(
        "otelcol-release",
        "otelcol-contrib_0.98.0_linux_amd64 extracted, run with a written config (receivers on loopback)",
        [
            "curl -fsSL -o /tmp/otel.tgz https://github.com/open-telemetry/opentelemetry-collector-releases/releases/download/v0.98.0/otelcol-contrib_0.98.0_linux_amd64.tar.gz",
            "mkdir -p /opt/otel && tar -xzf /tmp/otel.tgz -C /opt/otel",
            ...file("/etc/otel/config.yaml", [
                "receivers:",
                "  hostmetrics:",
                "    collection_interval: 60s",
                "    scrapers:",
                "      cpu: {}",
                "      memory: {}",
                "exporters:",
                "  awsemf:",
                "    region: eu-west-1",
                "service:",
                "  pipelines:",
                "    metrics:",
                "      receivers: [hostmetrics]",
                "      exporters: [awsemf]",
            ]),
            ...systemdUnit("otelcol", ["ExecStart=/opt/otel/otelcol-contrib --config /etc/otel/config.yaml"]),
        ],
    ),

    // ================= package managers and runners =================
    node("npm-ci-start", "npm ci --omit=dev then npm start of a loopback express health service", [
        "dnf install -y nodejs",
        ...nodeService(),
        "cd /opt/svc && npm ci --omit=dev && nohup npm start >/var/log/svc.log 2>&1 &",
    ]),
    node("pnpm-start", "pnpm install --frozen-lockfile --prod then pnpm start (loopback express)", [
        "dnf install -y nodejs && npm install -g pnpm",
        ...nodeService(),
        "cd /opt/svc && pnpm install --frozen-lockfile --prod && nohup pnpm start >/var/log/svc.log 2>&1 &",
    ]),
    node("yarn-start", "yarn install --frozen-lockfile --production then yarn start (loopback express)", [
        "dnf install -y nodejs && npm install -g yarn",
        ...nodeService(),
        "cd /opt/svc && yarn install --frozen-lockfile --production && nohup yarn start >/var/log/svc.log 2>&1 &",
    ]),
    node("ts-node-loopback", "npx ts-node server.ts: node:http health endpoint on 127.0.0.1:8080", [
        "dnf install -y nodejs",
        ...file("/opt/svc/server.ts", [
            "import { createServer } from 'node:http';",
            "createServer((_req, res) => res.end('ok')).listen(8080, '127.0.0.1');",
        ]),
        "cd /opt/svc && npm install -g ts-node typescript && nohup ts-node server.ts >/var/log/svc.log 2>&1 &",
    ]),
    // Was a MISS (fixed in round 66): secure refused: Deno's documented install location is $HOME/.deno/bin (docs.deno.com "Installation": the
    // install script puts the binary in $HOME/.deno/bin; DENO_INSTALL changes it), so user data unzips the release zip
    // into /root/.deno/bin and runs a Deno.serve health endpoint on 127.0.0.1 (--allow-net=127.0.0.1:8000). The pack
    // refuses "user data writes /root/.deno/bin with content the pack cannot read ... decides who gets into the node or
    // what root runs there", yet the same unzip into /usr/local/bin (case "deno unzipped into /usr/local/bin" below,
    // on root's PATH) is accepted: unzip -d confines entries to the target directory (Info-ZIP unzip(1): leading "/"
    // and "../" components are stripped unless -: is given), and nothing root or sshd reads lives under
    // /root/.deno/bin (no rc file, no .ssh). Fix: judge an extraction target under /root by the files it can reach
    // (rc files, .ssh, .config of programs root runs), not by the /root prefix alone; or treat /root/.deno/bin,
    // /root/.cargo/bin, /root/go/bin like /usr/local/bin.
    node(
        "deno-loopback",
        "deno unzipped into /root/.deno/bin, run --allow-net=127.0.0.1:8000 server.ts (Deno.serve on 127.0.0.1)",
        [
            DENO,
            ...file("/opt/svc/server.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8000 }, () => new Response("ok"));',
            ]),
            "cd /opt/svc && nohup /root/.deno/bin/deno run --allow-net=127.0.0.1:8000 server.ts >/var/log/svc.log 2>&1 &",
        ],
        undefined,
    ),
    node(
        "deno-local-bin",
        "deno unzipped into /root/.local/bin, run --allow-net=127.0.0.1:8000 server.ts (Deno.serve on 127.0.0.1)",
        [
            "curl -fsSL -o /tmp/deno.zip https://github.com/denoland/deno/releases/download/v1.46.3/deno-x86_64-unknown-linux-gnu.zip && mkdir -p /root/.local/bin && unzip -o /tmp/deno.zip -d /root/.local/bin",
            ...file("/opt/svc/server.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8000 }, () => new Response("ok"));',
            ]),
            "cd /opt/svc && nohup /root/.local/bin/deno run --allow-net=127.0.0.1:8000 server.ts >/var/log/svc.log 2>&1 &",
        ],
    ),
    node(
        "unzip-root-home",
        "a release zip unzipped into /root (reaches .bashrc, .ssh)",
        ["curl -fsSL -o /tmp/x.zip https://example.com/x.zip && unzip -o /tmp/x.zip -d /root"],
        /\/root/,
    ),
    node(
        "unzip-root-ssh",
        "a release zip unzipped into /root/.ssh",
        ["curl -fsSL -o /tmp/x.zip https://example.com/x.zip && unzip -o /tmp/x.zip -d /root/.ssh"],
        /\/root\/\.ssh/,
    ),
    node(
        "unzip-root-deno",
        "a release zip unzipped into /root/.deno (beside bin: not a bin directory)",
        ["curl -fsSL -o /tmp/x.zip https://example.com/x.zip && unzip -o /tmp/x.zip -d /root/.deno"],
        /\/root\/\.deno/,
    ),
    node(
        "unzip-root-systemd-user",
        "a release zip unzipped into /root/.config/systemd/user",
        ["curl -fsSL -o /tmp/x.zip https://example.com/x.zip && unzip -o /tmp/x.zip -d /root/.config/systemd/user"],
        /\/root\/\.config/,
    ),
    node(
        "deno-file-server-root",
        "deno run --allow-net --allow-read jsr:@std/http/file-server / (every node file on 0.0.0.0:4507)",
        [
            DENO,
            "nohup /root/.deno/bin/deno run --allow-net --allow-read jsr:@std/http/file-server / >/var/log/fs.log 2>&1 &",
        ],
        /deno|file-server|4507/,
    ),
    node("go-run-dot", "go run . in /opt/ops with a written go.mod (JSON API on 127.0.0.1:8080)", [
        "dnf install -y golang",
        ...file("/opt/ops/go.mod", ["module example.com/ops", "", "go 1.22"]),
        ...file("/opt/ops/main.go", [
            "package main",
            "",
            'import "net/http"',
            "",
            "func main() {",
            '\thttp.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })',
            '\thttp.ListenAndServe("127.0.0.1:8080", nil)',
            "}",
        ]),
        "cd /opt/ops && export HOME=/root GOCACHE=/root/.cache/go-build && nohup go run . >/var/log/ops.log 2>&1 &",
    ]),
    node("cargo-run-release", "cargo run --release of a written crate (std TcpListener on 127.0.0.1:8080)", [
        "dnf install -y cargo",
        ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"', 'edition = "2021"']),
        ...file("/opt/ops/src/main.rs", [
            "use std::io::Write;",
            "use std::net::TcpListener;",
            "fn main() {",
            '    let l = TcpListener::bind("127.0.0.1:8080").unwrap();',
            "    for s in l.incoming() {",
            '        let _ = s.unwrap().write_all(b"HTTP/1.1 200 OK\\r\\nContent-Length: 2\\r\\n\\r\\nok");',
            "    }",
            "}",
        ]),
        "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
    ]),
    node("dotnet-run-project", "dotnet run --project /opt/ops/Ops.csproj --urls http://127.0.0.1:5000", [
        "dnf install -y dotnet-sdk-8.0",
        ...file("/opt/ops/Ops.csproj", [
            '<Project Sdk="Microsoft.NET.Sdk.Web">',
            "  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>",
            "</Project>",
        ]),
        ...file("/opt/ops/Program.cs", [
            "var app = WebApplication.CreateBuilder(args).Build();",
            'app.MapGet("/healthz", () => "ok");',
            'app.Run("http://127.0.0.1:5000");',
        ]),
        "nohup dotnet run --project /opt/ops/Ops.csproj >/var/log/ops.log 2>&1 &",
    ]),

    // ================= agents: ordinary names and options =================
    node("ssm-agent-restart", "systemctl restart amazon-ssm-agent; amazon-ssm-agent -version", [
        "systemctl enable amazon-ssm-agent",
        "systemctl restart amazon-ssm-agent",
        "amazon-ssm-agent -version",
    ]),
    node("java-argfile-written", "java @/opt/app/jvm.args -jar /opt/app/app.jar (argfile user data writes)", [
        "dnf install -y java-21-amazon-corretto-headless",
        ...file("/opt/app/jvm.args", ["-Xms256m", "-Xmx512m", "-XX:+UseG1GC", "-Dserver.address=127.0.0.1"]),
        "nohup java @/opt/app/jvm.args -jar /opt/app/app.jar >/var/log/app.log 2>&1 &",
    ]),
    node("team-agent-sh", "a team monitoring script /opt/monitor/bin/agent.sh start that user data writes", [
        ...file("/opt/monitor/bin/agent.sh", [
            "#!/bin/bash",
            'case "$1" in',
            "  start) nohup /usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100 >/var/log/ne.log 2>&1 & ;;",
            "esac",
        ]),
        "chmod +x /opt/monitor/bin/agent.sh",
        "/opt/monitor/bin/agent.sh start",
    ]),
    node("team-start-sh", "a team script /opt/ops/start.sh that user data writes (logs a marker)", [
        ...file("/opt/ops/start.sh", ["#!/bin/bash", "echo started >> /var/log/ops-start.log"]),
        "chmod +x /opt/ops/start.sh",
        "/opt/ops/start.sh --env prod",
    ]),
    node(
        "jenkins-agent-jar",
        "java -jar /opt/jenkins/agent.jar -url https://ci.example.com -secret @secret -name node-1 (Jenkins agent)",
        [
            "dnf install -y java-21-amazon-corretto-headless",
            "curl -fsSL -o /opt/jenkins/agent.jar https://ci.example.com/jnlpJars/agent.jar",
            "nohup java -jar /opt/jenkins/agent.jar -url https://ci.example.com -secret @/etc/jenkins/secret -name node-1 -workDir /opt/jenkins &",
        ],
        /jenkins|agent|CI server/i,
    ),

    // ================= more round-65 reader shapes =================
    node(
        "py-third-party-imports",
        "http.server of /opt/ops/site on every address, importing yaml/boto3/requests to load settings",
        [
            ...file("/opt/ops/serve.py", [
                "import functools, http.server, os",
                "import boto3, requests, yaml",
                "cfg = yaml.safe_load(open('/etc/ops/serve.yaml'))",
                'handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory="/opt/ops/site")',
                'http.server.ThreadingHTTPServer(("", int(cfg["port"])), handler).serve_forever()',
            ]),
            ...file("/etc/ops/serve.yaml", ["port: 8000"]),
            "mkdir -p /opt/ops/site && pip3 install boto3 requests pyyaml",
            "nohup python3 /opt/ops/serve.py >/var/log/serve.log 2>&1 &",
        ],
    ),
    node("py-environ-tz", "a Flask app on 127.0.0.1 setting os.environ['TZ'] and sys.path for its own lib", [
        ...file("/opt/ops/lib/settings.py", ["PORT = 5000"]),
        ...file("/opt/ops/app.py", [
            "import os, sys",
            "os.environ['TZ'] = 'UTC'",
            "sys.path.insert(0, '/opt/ops/lib')",
            "from settings import PORT",
            "from flask import Flask",
            "app = Flask(__name__)",
            "@app.route('/healthz')",
            "def healthz():",
            "    return 'ok'",
            "app.run(host='127.0.0.1', port=PORT)",
        ]),
        "pip3 install flask",
        "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
    ]),
    node(
        "py-prometheus-client",
        "prometheus_client.start_http_server(9200) exporting a gauge (metrics only, every address)",
        [
            ...file("/opt/ops/exporter.py", [
                "import time",
                "from prometheus_client import Gauge, start_http_server",
                "g = Gauge('ops_up', 'ops up')",
                "start_http_server(9200)",
                "while True:",
                "    g.set(1)",
                "    time.sleep(15)",
            ]),
            "pip3 install prometheus-client",
            "nohup python3 /opt/ops/exporter.py >/var/log/exporter.log 2>&1 &",
        ],
    ),
    // DECIDED (round 80): refused. A value a command printed at boot, put into a root agent's configuration, may carry
    // lines (GNU sed manual "The s Command": `\n` in the replacement is a newline; an echoed variable keeps its own),
    // so the configuration may name an exec plugin the pack never sees (rootReads.ts logAgentConfig); the pack cannot
    // tell instance metadata's answer from a download's. The stack knows its region when it renders the user data:
    // write it literally.
    node(
        "sed-template-region",
        "a written fluent-bit.conf templated with sed -i (region from IMDSv2)",
        [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name tail",
                "    Path /var/log/containers/*.log",
                "[OUTPUT]",
                "    Name cloudwatch_logs",
                "    Match *",
                "    region __REGION__",
                "    log_group_name /eks/dev/containers",
            ]),
            'TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")',
            'REGION=$(curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/placement/region)',
            'sed -i "s/__REGION__/$REGION/" /etc/fluent-bit/fluent-bit.conf',
            "systemctl enable --now fluent-bit",
        ],
        /text a command printed at boot/,
    ),
    node("tee-heredoc-pipe", "cat <<EOF | tee /etc/sysctl.d/90-net.conf (pipe into tee)", [
        "cat <<'EOF' | tee /etc/sysctl.d/90-net.conf >/dev/null",
        "net.core.somaxconn = 4096",
        "EOF",
        "sysctl --system",
    ]),
    node(
        "unit-install-copy",
        "a unit written to /tmp then install -m 0644 into /etc/systemd/system (loopback binary)",
        [
            "curl -fsSL -o /usr/local/bin/ops-api https://artifacts.example.com/ops-api && chmod +x /usr/local/bin/ops-api",
            ...file("/tmp/ops-api.service", [
                "[Unit]",
                "Description=ops-api",
                "[Service]",
                "ExecStart=/usr/local/bin/ops-api -addr 127.0.0.1:8080",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "install -m 0644 /tmp/ops-api.service /etc/systemd/system/ops-api.service",
            "systemctl daemon-reload && systemctl enable --now ops-api",
        ],
    ),
    node("mv-python-app", "a Flask app written to /tmp, mv'd into /opt/ops, run on 127.0.0.1", [
        ...file("/tmp/app.py", [
            "from flask import Flask",
            "app = Flask(__name__)",
            "@app.route('/healthz')",
            "def healthz():",
            "    return 'ok'",
            "app.run(host='127.0.0.1', port=5000)",
        ]),
        "mkdir -p /opt/ops && mv /tmp/app.py /opt/ops/app.py",
        "pip3 install flask",
        "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
    ]),
    // Was a MISS (fixed in round 66): secure refused: `npm install -g PKG` (or --global) run with a package directory as the working directory
    // is refused as "-g, a npm option the pack does not know, a program the pack does not read, listening beyond
    // loopback", while the same command from / is accepted. npm docs (docs.npmjs.com/cli/v10/commands/npm-prefix,
    // config `global`): it "operates in 'global' mode, so that packages are installed into the prefix folder instead of
    // the current working directory" ({prefix}/lib/node_modules, bins linked to {prefix}/bin): the working directory's
    // package.json, its lifecycle scripts and node_modules are not touched, so the command is the same as from /.
    // Fix: in PACKAGE_INSTALLS/npmInstallWrites, read -g/--global/--location=global as a global install (the judgement
    // the pack already gives it outside a package directory), not as an unknown option of the local package.
    node(
        "pm2-start",
        "npm install -g pm2; pm2 start server.js --name svc (loopback express)",
        [
            "dnf install -y nodejs",
            ...nodeService(),
            "cd /opt/svc && npm ci --omit=dev && npm install -g pm2 && pm2 start server.js --name svc",
        ],
        undefined,
    ),
    node("tsx-loopback", "npx tsx server.ts (node:http on 127.0.0.1:8080)", [
        "dnf install -y nodejs",
        ...file("/opt/svc/server.ts", [
            "import { createServer } from 'node:http';",
            "createServer((_req, res) => res.end('ok')).listen(8080, '127.0.0.1');",
        ]),
        "cd /opt/svc && nohup npx --yes tsx server.ts >/var/log/svc.log 2>&1 &",
    ]),
    node("pnpm-run-script", "pnpm run serve (package script: node server.js) after pnpm install", [
        "dnf install -y nodejs && npm install -g pnpm",
        ...nodeService(),
        'cd /opt/svc && sed -i \'s/"start"/"serve"/\' package.json && pnpm install && nohup pnpm run serve >/var/log/svc.log 2>&1 &',
    ]),
    node("yarn-cwd-start", "yarn --cwd /opt/svc install && yarn --cwd /opt/svc start", [
        "dnf install -y nodejs && npm install -g yarn",
        ...nodeService(),
        "yarn --cwd /opt/svc install --frozen-lockfile && nohup yarn --cwd /opt/svc start >/var/log/svc.log 2>&1 &",
    ]),
    // Kept (refused by design, README "node user data", round 61 allowlist): a Deno program beyond loopback using
    // Deno.* or a remote jsr: module is code the pack does not read (NODE_KNOWN_MODULES), whatever --allow-read says.
    node(
        "deno-serve-dir",
        "(refused by design) deno serveDir('/opt/site') via jsr:@std/http on 0.0.0.0:8000 (unread remote module)",
        [
            DENO,
            ...file("/opt/svc/server.ts", [
                'import { serveDir } from "jsr:@std/http/file-server";',
                'Deno.serve({ hostname: "0.0.0.0", port: 8000 }, req => serveDir(req, { fsRoot: "/opt/site" }));',
            ]),
            "mkdir -p /opt/site",
            "cd /opt/svc && nohup /root/.deno/bin/deno run --allow-net --allow-read=/opt/site server.ts >/var/log/svc.log 2>&1 &",
        ],
        /deno server\.ts/,
    ),
    node(
        "go-build-unit",
        "go build -o /usr/local/bin/ops-api . then a unit running it (127.0.0.1:8080 in the source)",
        [
            "dnf install -y golang",
            ...file("/opt/ops/go.mod", ["module example.com/ops", "", "go 1.22"]),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import "net/http"',
                "",
                "func main() {",
                '	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })',
                '	http.ListenAndServe("127.0.0.1:8080", nil)',
                "}",
            ]),
            "cd /opt/ops && HOME=/root go build -o /usr/local/bin/ops-api .",
            ...systemdUnit("ops-api", ["ExecStart=/usr/local/bin/ops-api"]),
        ],
    ),
    node("java-source-loopback", "java --source 21 /opt/ops/Health.java: HttpServer on 127.0.0.1:8081", [
        "dnf install -y java-21-amazon-corretto-headless",
        ...file("/opt/ops/Health.java", [
            "import com.sun.net.httpserver.HttpServer;",
            "import java.net.InetSocketAddress;",
            "public class Health {",
            "    public static void main(String[] a) throws Exception {",
            '        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 8081), 0);',
            '        s.createContext("/healthz", x -> { x.sendResponseHeaders(200, 2); x.getResponseBody().write("ok".getBytes()); x.close(); });',
            "        s.start();",
            "    }",
            "}",
        ]),
        "nohup java --source 21 /opt/ops/Health.java >/var/log/health.log 2>&1 &",
    ]),
    node(
        "vault-consul-agents",
        "vault agent -config=/etc/vault.d/agent.hcl (auto-auth aws) and consul agent with a written config dir",
        [
            "dnf install -y vault consul",
            ...file("/etc/vault.d/agent.hcl", [
                'auto_auth { method "aws" { config = { type = "iam", role = "ops" } } }',
                'template { source = "/etc/vault.d/db.tpl" destination = "/etc/ops/db.env" }',
            ]),
            ...file("/etc/vault.d/db.tpl", ['{{ with secret "kv/data/ops" }}DB_HOST={{ .Data.data.host }}{{ end }}']),
            "nohup vault agent -config=/etc/vault.d/agent.hcl >/var/log/vault-agent.log 2>&1 &",
        ],
    ),
    node("cargo-run-bin", "cargo run --release --bin health with [[bin]] in Cargo.toml (127.0.0.1:8080)", [
        "dnf install -y cargo",
        ...file("/opt/ops/Cargo.toml", [
            "[package]",
            'name = "ops"',
            'version = "0.1.0"',
            'edition = "2021"',
            "[[bin]]",
            'name = "health"',
            'path = "src/bin/health.rs"',
        ]),
        ...file("/opt/ops/src/bin/health.rs", [
            "use std::net::TcpListener;",
            'fn main() { let l = TcpListener::bind("127.0.0.1:8080").unwrap(); for _ in l.incoming() {} }',
        ]),
        "cd /opt/ops && nohup cargo run --release --bin health >/var/log/ops.log 2>&1 &",
    ]),

    node("deno-usr-local", "deno unzipped into /usr/local/bin, deno run --allow-net=127.0.0.1:8000 server.ts", [
        "curl -fsSL -o /tmp/deno.zip https://github.com/denoland/deno/releases/download/v1.46.3/deno-x86_64-unknown-linux-gnu.zip && unzip -o /tmp/deno.zip -d /usr/local/bin",
        ...file("/opt/svc/server.ts", ['Deno.serve({ hostname: "127.0.0.1", port: 8000 }, () => new Response("ok"));']),
        "cd /opt/svc && nohup deno run --allow-net=127.0.0.1:8000 server.ts >/var/log/svc.log 2>&1 &",
    ]),
    node(
        "deno-all-health",
        "(refused by design) deno (in /usr/local/bin) Deno.serve health on 0.0.0.0:8000 (Deno.* unread)",
        [
            "curl -fsSL -o /tmp/deno.zip https://github.com/denoland/deno/releases/download/v1.46.3/deno-x86_64-unknown-linux-gnu.zip && unzip -o /tmp/deno.zip -d /usr/local/bin",
            ...file("/opt/svc/server.ts", [
                'Deno.serve({ hostname: "0.0.0.0", port: 8000 }, () => new Response("ok"));',
            ]),
            "cd /opt/svc && nohup deno run --allow-net server.ts >/var/log/svc.log 2>&1 &",
        ],
        /deno server\.ts/,
    ),
    node("node-all-health", "node server.js: express health on 0.0.0.0:8080", [
        "dnf install -y nodejs",
        ...nodeService(),
        "sed -i \"s/'127.0.0.1'/'0.0.0.0'/\" /opt/svc/server.js",
        "cd /opt/svc && npm ci --omit=dev && nohup node server.js >/var/log/svc.log 2>&1 &",
    ]),
    // Was a MISS (fixed in round 66): secure refused: `cd /opt/svc && npm install --global typescript` (a package directory user data writes as
    // the working directory) is refused as "--global, a npm option the pack does not know, a program the pack does not
    // read, listening beyond loopback"; from / the same install is accepted. npm docs (docs.npmjs.com/cli/v10/commands/
    // npm-prefix, config `global`): global mode installs "into the prefix folder instead of the current working
    // directory" ({prefix}/lib/node_modules), so the working directory's package and its scripts are untouched.
    // Fix: PACKAGE_INSTALLS/npmInstallWrites read -g/--global/--location=global as a global install, not an unknown
    // option of the working directory's package.
    node(
        "npm-global-long",
        "cd /opt/svc (a package dir) && npm install --global typescript",
        ["dnf install -y nodejs", ...nodeService(), "cd /opt/svc && npm install --global typescript"],
        undefined,
    ),
    node("pm2-root", "npm install -g pm2 from /, pm2 start /opt/svc/server.js", [
        "dnf install -y nodejs && npm install -g pm2",
        ...nodeService(),
        "cd /opt/svc && npm ci --omit=dev",
        "pm2 start /opt/svc/server.js --name svc",
    ]),
    // Round 66 neighbours: a global install of registry packages does not read the working directory's package.json;
    // one of the working directory's package (`.`, `file:`, no package) runs its lifecycle scripts.
    node("npm-global-location", "cd /opt/svc (a package dir) && npm install --location=global pm2 --no-fund", [
        "dnf install -y nodejs",
        ...nodeService(),
        "cd /opt/svc && npm install --location=global pm2 --no-fund && pm2 start server.js --name svc",
    ]),
    node("npm-global-beside-prepare", "npm install -g pm2 beside a package.json whose prepare serves / (not run)", [
        "dnf install -y nodejs",
        ...servingPackage,
        "cd /opt/svc && npm install -g pm2",
    ]),
    node(
        "npm-global-dot",
        "npm install -g . of a package whose prepare serves / on 0.0.0.0:8000",
        ["dnf install -y nodejs", ...servingPackage, "cd /opt/svc && npm install -g ."],
        /npm install -g \./,
    ),
    node(
        "npm-global-file",
        "npm install --global file:/opt/svc (from /) of a package whose prepare serves / on 0.0.0.0:8000",
        ["dnf install -y nodejs", ...servingPackage, "npm install --global file:/opt/svc"],
        /file:\/opt\/svc/,
    ),
    node(
        "npm-global-none",
        "cd /opt/svc && npm install -g (no package: the working directory's, its prepare serving /)",
        ["dnf install -y nodejs", ...servingPackage, "cd /opt/svc && npm install -g"],
        /npm install -g/,
    ),
    node(
        "npm-local-prepare",
        "cd /opt/svc && npm install pm2 (local: its prepare serving / runs)",
        ["dnf install -y nodejs", ...servingPackage, "cd /opt/svc && npm install pm2"],
        /npm install pm2/,
    ),

    // ================= Kubernetes: ordinary workloads =================
    {
        stack: "dev",
        name: "K: a 'payments-api' ServiceAccount may read configmaps and its own secret in 'payments'",
        edit: r => {
            namespace(r, "payments");
            roleFor(
                r,
                "payments-config",
                [
                    { apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] },
                    { apiGroups: [""], resources: ["secrets"], resourceNames: ["payments-db"], verbs: ["get"] },
                ],
                [{ kind: "ServiceAccount", name: "payments-api", namespace: "payments" }],
                "payments",
            );
        },
    },
    {
        stack: "prod",
        name: "K: platform-devs may scale deployments and read logs in 'web' (deployments/scale, pods/log)",
        edit: r => {
            namespace(r, "web");
            roleFor(
                r,
                "web-ops",
                [
                    {
                        apiGroups: ["apps"],
                        resources: ["deployments", "deployments/scale"],
                        verbs: ["get", "list", "patch", "update"],
                    },
                    { apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list", "watch"] },
                ],
                [DEVS],
                "web",
            );
        },
    },
    {
        stack: "dev",
        name: "K: a leader-election Role for a controller in 'web' (coordination.k8s.io leases)",
        edit: r => {
            namespace(r, "web");
            roleFor(
                r,
                "web-leases",
                [
                    {
                        apiGroups: ["coordination.k8s.io"],
                        resources: ["leases"],
                        verbs: ["get", "list", "watch", "create", "update", "patch"],
                    },
                    { apiGroups: [""], resources: ["events"], verbs: ["create", "patch"] },
                ],
                [{ kind: "ServiceAccount", name: "web-controller", namespace: "web" }],
                "web",
            );
        },
    },
    // Patching nodes is refused only where a tainted pool keeps custody pods apart (known31.test.ts); dev has none.
    {
        stack: "dev",
        name: "K: platform-devs may cordon and label nodes cluster-wide (nodes get/list/patch; dev has no tainted pool)",
        edit: r =>
            roleFor(
                r,
                "devs-node-patch",
                [{ apiGroups: [""], resources: ["nodes"], verbs: ["get", "list", "patch"] }],
                [DEVS],
            ),
    },

    // ================= identities of no workload: per-stack readers =================
    // Kept (refused by design, README "The verdicts": SSM reads return SecureStrings; SSM is refused until the model
    // names it).
    {
        stack: "pod-identity",
        refused: /rt65-pi-ssm/,
        name: "AI (by design): a pod-identity ops reader of SSM parameters under /ops/* (ssm:GetParameter(s)ByPath)",
        edit: r =>
            opsRole(r, "pod-identity", ACCOUNT["pod-identity"], "rt65-pi-ssm", [
                allow(
                    ["ssm:GetParameter", "ssm:GetParametersByPath"],
                    `arn:aws:ssm:eu-west-1:${ACCOUNT["pod-identity"]}:parameter/ops/*`,
                ),
            ]),
    },
    {
        stack: "trust-domain",
        name: "A: a trust-domain reader of an S3 reports prefix (s3:GetObject on bucket/reports/*, ListBucket with prefix)",
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt65-td-s3", [
                allow("s3:GetObject", "arn:aws:s3:::td-ops-reports/reports/*"),
                allow("s3:ListBucket", "arn:aws:s3:::td-ops-reports", {
                    Condition: { StringLike: { "s3:prefix": ["reports/*"] } },
                }),
            ]),
    },
    {
        stack: "curity",
        name: "A: a curity key-metadata reader (kms:DescribeKey, kms:ListAliases, kms:GetKeyRotationStatus)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt65-curity-kmsmeta", [
                allow(["kms:DescribeKey", "kms:ListAliases", "kms:GetKeyRotationStatus", "kms:ListKeys"], "*"),
            ]),
    },
    {
        stack: "cross-account",
        name: "A: a cross-account CloudWatch alarms manager (PutMetricAlarm, DescribeAlarms, SNS Publish to an ops topic)",
        edit: r =>
            opsRole(r, "cross-account", ACCOUNT["cross-account"], "rt65-ca-alarms", [
                allow(["cloudwatch:PutMetricAlarm", "cloudwatch:DescribeAlarms", "cloudwatch:DeleteAlarms"], "*"),
                allow("sns:Publish", `arn:aws:sns:eu-west-1:${ACCOUNT["cross-account"]}:ops-alerts`),
            ]),
    },
    // Kept (refused by design, judge.ts SECRET_BEARING_SERVICES: ECR's reads return registry tokens and the custody
    // images).
    {
        stack: "basil",
        refused: /rt65-basil-ecr/,
        name: "AI (by design): a basil ECR reader for image scanning (ecr:DescribeImages, DescribeImageScanFindings, GetAuthorizationToken)",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt65-basil-ecr", [
                allow(
                    [
                        "ecr:GetAuthorizationToken",
                        "ecr:DescribeRepositories",
                        "ecr:DescribeImages",
                        "ecr:DescribeImageScanFindings",
                    ],
                    "*",
                ),
            ]),
    },
    {
        stack: "pod-identity",
        name: "AI: a pod-identity reader allowed ssm:GetParameter on * (the custody parameters too)",
        edit: r =>
            opsRole(r, "pod-identity", ACCOUNT["pod-identity"], "rt65-pi-ssm-all", [
                allow(["ssm:GetParameter", "ssm:GetParameters"], "*"),
                allow("kms:Decrypt", "*"),
            ]),
        refused: /rt65-pi-ssm-all/,
    },
];

describeVariants(
    "red team 65: secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
