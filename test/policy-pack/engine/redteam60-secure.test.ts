// Red-team round 60 on false positives across the committed stacks (fresh eyes): SECURE variants a careful platform
// team writes, each beside insecure neighbours hidden in the same shapes.
// Node agents: the SSM agent and the CloudWatch agent configured from a user-data file (file:) shipping
// /var/log/messages; node_exporter on 127.0.0.1:9100 (a systemd unit, its own user) and on :9100 with a textfile
// directory. JVMs (round 59): JDK 17 installed by `rpm -ivh` with a port-only JDWP address (accepted), JDK 8 by
// `rpm -Uvh` (refused).
// File servers of their own directory: python3 -m http.server on 127.0.0.1 / ::1 with --directory, `cd static &&`,
// SimpleHTTPRequestHandler(directory=...) through functools.partial with abspath/normpath/str(Path.resolve()),
// Path.with_name, Path.absolute(), Flask static_folder of nested parts; express.static(path.join(__dirname, 'public')),
// npx http-server of its own directory (loopback and every address), jwebserver -b 127.0.0.1 -d, php -S on loopback.
// Neighbours (refused unless marked MISS): --directory /opt/ops/static/../../.., a symlink to / inside the served
// directory, os.pardir x2, an absolute pathlib segment ("/etc"), joinpath("static", "/"), Path.home(),
// expanduser("~"), .parent x4, os.path.join(dir, "/"), npx http-server /, jwebserver -d /, `--dir /`, `-d/`,
// php -S 0.0.0.0 -t /, ruby -run -e httpd /, busybox httpd -h /, twistd web --path /, npx serve /, express.static('/'),
// a `node -e` file streamer on 0.0.0.0.
// The caller's instance (round 59): cabextract --dir (prefix) and uudecode --output-file= into /srv (accepted),
// cabextract --dir /root (refused).
// Identities of no workload: an auditor's cloudtrail/config reads, lower-cased cloudwatch/logs reads in arrays, a
// PutMetricData pinned by cloudwatch:namespace, iam:Get*/List* with a NotAction region Deny guard (all accepted).
// Neighbours (refused): DYNAMODB:GETITEM upper-cased in a dashboard array, dynamodb:GetItem on table/* guarded only by
// aws:SecureTransport and aws:SourceIp, kms:Sign in a key-inventory list, Allow NotAction iam:*.
// Not filed (by design): the CloudWatch agent configured from Parameter Store (ssm:) is refused (README, unread
// configuration); kms:Describe*/GetKeyPolicy on custody keys by an identity the model does not name is refused (the
// model's operations.keyAudit is the way, redteam38-secure).
// Misses (3 insecure, 2 secure; all fixed in round 60): a Node file server written by user data (express.static('/') with app.listen(3000,
// '0.0.0.0') in code) and a `node -e` file streamer on 0.0.0.0 are accepted (the pack reads no JavaScript);
// `python3 -m http.server --dir /` (argparse's unique prefix of --directory) is accepted; Path(__file__).with_name(...)
// and Path(__file__).absolute().parent / "static" are refused as serving /.
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { heredocFile, systemdUnit } from "./nodeBuilders";
import { JDWP, RUN_JDWP, SERVED, secureCaseBuilders } from "./secureCaseBuilders";

const file = heredocFile;

const { node, flask, callerCase } = secureCaseBuilders("rt60");

const SRV = "nohup python3 /opt/ops/srv.py >/var/log/srv.log 2>&1 &";
/** /opt/ops/srv.py: http.server's SimpleHTTPRequestHandler bound to `directory` (functools.partial) on every address. */
const httpServer = (tag: string, what: string, pre: string[], dir: string, refused?: RegExp, skip?: string) =>
    node(
        tag,
        what,
        [
            ...file("/opt/ops/srv.py", [
                "import functools, os",
                "from pathlib import Path",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                ...pre,
                `handler = functools.partial(SimpleHTTPRequestHandler, directory=${dir})`,
                'ThreadingHTTPServer(("0.0.0.0", 8000), handler).serve_forever()',
            ]),
            SRV,
        ],
        refused,
        skip,
    );
const SRVD = /serv|srv\.py|8000/;

const CASES: StackCase[] = [
    // ================= ordinary agents on nodes =================
    node(
        "ssm-cwagent",
        "dnf install amazon-ssm-agent amazon-cloudwatch-agent; agent config (file:) shipping /var/log/messages only",
        [
            "dnf install -y amazon-ssm-agent amazon-cloudwatch-agent",
            "systemctl enable --now amazon-ssm-agent",
            ...file("/opt/aws/amazon-cloudwatch-agent/etc/node.json", [
                '{"agent": {"run_as_user": "cwagent"},',
                ' "logs": {"logs_collected": {"files": {"collect_list": [',
                '   {"file_path": "/var/log/messages", "log_group_name": "/ops/nodes/messages"}]}}},',
                ' "metrics": {"metrics_collected": {"mem": {"measurement": ["mem_used_percent"]}}}}',
            ]),
            "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/node.json",
        ],
    ),
    node("jdwp-rpm-17", "rpm -ivh amazon-corretto-17 x86_64 rpm; java JDWP address=5005 (JDK 17: loopback only)", [
        "curl -fsSLo /tmp/corretto17.rpm https://corretto.aws/downloads/latest/amazon-corretto-17-x64-linux-jdk.rpm",
        "rpm -ivh /tmp/corretto17.rpm",
        RUN_JDWP,
    ]),
    node(
        "jdwp-rpm-8",
        "rpm -Uvh amazon-corretto-8 rpm; java JDWP address=5005 (JDK 8: every address)",
        [
            "curl -fsSLo /tmp/corretto8.rpm https://corretto.aws/downloads/latest/amazon-corretto-8-x64-linux-jdk.rpm",
            "rpm -Uvh /tmp/corretto8.rpm",
            RUN_JDWP,
        ],
        JDWP,
    ),
    callerCase(
        "cabextract-dir-prefix",
        "cd /root && cabextract --dir /srv/notes NOTES.cab (unique prefix of --directory)",
        ["mkdir -p /srv/notes", "cd /root && cabextract --dir /srv/notes /opt/seed/notes.cab"],
    ),
    callerCase("uudecode-output-file", "cd /root && uudecode --output-file=/srv/notes/notes.txt NOTES.uu", [
        "mkdir -p /srv/notes",
        "cd /root && uudecode --output-file=/srv/notes/notes.txt /opt/seed/notes.uu",
    ]),
    callerCase(
        "cabextract-dir-root",
        "cd /srv && cabextract --dir /root NOTES.cab (into /root)",
        ["cd /srv && cabextract --dir /root /opt/seed/notes.cab"],
        true,
    ),
    node("node-exporter-lo", "node_exporter tarball, a systemd unit --web.listen-address=127.0.0.1:9100", [
        "curl -fsSLo /tmp/ne.tar.gz https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-amd64.tar.gz",
        "tar xzf /tmp/ne.tar.gz -C /opt",
        "useradd --system --no-create-home --shell /sbin/nologin node_exporter",
        ...systemdUnit("node_exporter", [
            "User=node_exporter",
            "ExecStart=/opt/node_exporter-1.8.2.linux-amd64/node_exporter --web.listen-address=127.0.0.1:9100",
        ]),
    ]),
    node(
        "node-exporter-textfile",
        "node_exporter on :9100 with --collector.textfile.directory=/var/lib/node_exporter",
        [
            // Round 80: the script downloads the archive itself (a /tmp file it did not write is any local user's:
            // RootReads.planted, plantedCopies).
            "curl -fsSLo /tmp/ne.tar.gz https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-amd64.tar.gz",
            "tar xzf /tmp/ne.tar.gz -C /opt",
            "mkdir -p /var/lib/node_exporter",
            "nohup /opt/node_exporter-1.8.2.linux-amd64/node_exporter --web.listen-address=:9100 --collector.textfile.directory=/var/lib/node_exporter >/var/log/ne.log 2>&1 &",
        ],
    ),

    // ================= Python: servers of their own directory =================
    node("http-server-lo-dir", "python3 -m http.server 8000 --bind 127.0.0.1 --directory /opt/ops/static", [
        "mkdir -p /opt/ops/static",
        "nohup python3 -m http.server 8000 --bind 127.0.0.1 --directory /opt/ops/static >/dev/null 2>&1 &",
    ]),
    node("http-server-cd-static", "cd /opt/ops/static && python3 -m http.server 8000", [
        "mkdir -p /opt/ops/static",
        "cd /opt/ops/static && nohup python3 -m http.server 8000 >/dev/null 2>&1 &",
    ]),
    node(
        "http-server-dotdot",
        "python3 -m http.server 8000 --directory /opt/ops/static/../../.. (= /)",
        ["nohup python3 -m http.server 8000 --directory /opt/ops/static/../../.. >/dev/null 2>&1 &"],
        /serv|8000/,
    ),
    node(
        "http-server-symlink-root",
        "ln -s / /opt/ops/static/host; python3 -m http.server 8000 --directory /opt/ops/static (follows the link)",
        [
            "mkdir -p /opt/ops/static",
            "ln -s / /opt/ops/static/host",
            "nohup python3 -m http.server 8000 --directory /opt/ops/static >/dev/null 2>&1 &",
        ],
        /serv|8000|host|static/,
    ),
    httpServer(
        "partial-abspath-join",
        'SimpleHTTPRequestHandler directory=os.path.abspath(os.path.join(os.path.dirname(__file__), "static"))',
        [],
        'os.path.abspath(os.path.join(os.path.dirname(__file__), "static"))',
    ),
    httpServer(
        "partial-normpath",
        'directory=os.path.normpath(os.path.join(os.path.dirname(__file__), "static"))',
        [],
        'os.path.normpath(os.path.join(os.path.dirname(__file__), "static"))',
    ),
    httpServer(
        "partial-str-path",
        'directory=str(Path(__file__).resolve().parent / "static")',
        [],
        'str(Path(__file__).resolve().parent / "static")',
    ),
    // Was a MISS (fixed in round 60): secure refused: Python docs, pathlib, PurePath.with_name(name): "Return a new path with the name changed"
    // (Path("/opt/ops/srv.py").with_name("static") is /opt/ops/static, checked with Python 3.11). pythonPath takes the
    // expression as / (and as unknown), so a server of its own sibling directory is refused as serving /.
    httpServer(
        "partial-with-name",
        'directory=Path(__file__).with_name("static") (a sibling of srv.py: /opt/ops/static)',
        [],
        'Path(__file__).with_name("static")',
    ),
    // Was a MISS (fixed in round 60): secure refused: Python docs, pathlib, Path.absolute(): "Return an absolute version of this path. This method
    // does not normalize or resolve symlinks" (Path("/opt/ops/srv.py").absolute().parent / "static" is /opt/ops/static,
    // checked with Python 3.11). pythonPath takes it as /, so the server of the script's own directory is refused.
    httpServer(
        "partial-absolute",
        'directory=Path(__file__).absolute().parent / "static"',
        [],
        'Path(__file__).absolute().parent / "static"',
    ),
    httpServer(
        "partial-pardir",
        "directory=os.path.join(os.path.dirname(__file__), os.pardir, os.pardir) (= /)",
        [],
        "os.path.join(os.path.dirname(__file__), os.pardir, os.pardir)",
        SRVD,
    ),
    httpServer(
        "partial-restart",
        'directory=Path(__file__).parent / "static" / "/etc" (an absolute segment restarts: /etc)',
        [],
        'Path(__file__).parent / "static" / "/etc"',
        SRVD,
    ),
    httpServer(
        "partial-joinpath-restart",
        'directory=Path(__file__).parent.joinpath("static", "/") (= /)',
        [],
        'Path(__file__).parent.joinpath("static", "/")',
        SRVD,
    ),
    httpServer("partial-home", "directory=Path.home() (root's home: /root)", [], "Path.home()", SRVD),
    httpServer("partial-expanduser", 'directory=os.path.expanduser("~") (/root)', [], 'os.path.expanduser("~")', SRVD),
    httpServer(
        "partial-parents-dotdot",
        "directory=Path(__file__).parent.parent.parent.parent (= /, beyond /)",
        [],
        "Path(__file__).parent.parent.parent.parent",
        SRVD,
    ),
    flask(
        "flask-static-parent-parts",
        'Flask(__name__, static_folder=Path(__file__).parent / "assets" / "static")',
        [],
        '__name__, static_folder=Path(__file__).parent / "assets" / "static"',
    ),
    flask(
        "flask-static-os-path-restart",
        'Flask(__name__, static_folder=os.path.join(os.path.dirname(__file__), "/"), static_url_path="/f") (= /)',
        [],
        '__name__, static_folder=os.path.join(os.path.dirname(__file__), "/"), static_url_path="/f"',
        SERVED,
    ),

    // ================= Node and Java servers of their own directory =================
    node("express-static", "node /opt/ops/web.js: express.static(path.join(__dirname, 'public')) on 0.0.0.0:3000", [
        ...file("/opt/ops/web.js", [
            "const path = require('path');",
            "const express = require('express');",
            "const app = express();",
            "app.use(express.static(path.join(__dirname, 'public')));",
            "app.listen(3000, '0.0.0.0');",
        ]),
        "cd /opt/ops && nohup node web.js >/var/log/web.log 2>&1 &",
    ]),
    // Was a MISS (fixed in round 60): insecure accepted: Express "Serving static files in Express" (expressjs.com): "express.static(root, [options])
    // ... The root argument specifies the root directory from which to serve static assets": root's Node process serves
    // every node file (the kubelet's key, every pod's projected token) on 0.0.0.0:3000. The pack reads the Python files
    // user data writes (pythonPath) but no JavaScript file, so `node web.js` with its address and root in code passes.
    node(
        "express-static-root",
        "node /opt/ops/web.js: express.static('/') on 0.0.0.0:3000 (every node file)",
        [
            ...file("/opt/ops/web.js", [
                "const express = require('express');",
                "const app = express();",
                "app.use(express.static('/'));",
                "app.listen(3000, '0.0.0.0');",
            ]),
            "cd /opt/ops && nohup node web.js >/var/log/web.log 2>&1 &",
        ],
        /web|3000|express|node/,
    ),
    node("http-server-npx", "npx http-server /opt/ops/public -a 127.0.0.1 -p 8080", [
        "cd /opt/ops && nohup npx --yes http-server /opt/ops/public -a 127.0.0.1 -p 8080 >/dev/null 2>&1 &",
    ]),
    node(
        "http-server-npx-root",
        "npx http-server / -p 8080 (every address, every node file)",
        ["cd /opt/ops && nohup npx --yes http-server / -p 8080 >/dev/null 2>&1 &"],
        /http-server|8080/,
    ),
    node("jwebserver-dir", "dnf install corretto 21; jwebserver -b 127.0.0.1 -p 8000 -d /opt/ops/static", [
        "dnf install -y java-21-amazon-corretto-headless",
        "nohup jwebserver -b 127.0.0.1 -p 8000 -d /opt/ops/static >/var/log/jweb.log 2>&1 &",
    ]),
    node(
        "jwebserver-root",
        "dnf install corretto 21; jwebserver -b 0.0.0.0 -p 8000 -d / (every node file)",
        [
            "dnf install -y java-21-amazon-corretto-headless",
            "nohup jwebserver -b 0.0.0.0 -p 8000 -d / >/var/log/jweb.log 2>&1 &",
        ],
        /jwebserver|8000/,
    ),

    // ================= file servers spelled other ways =================
    node("http-server-npx-any-own", "npx http-server /opt/ops/public -p 8080 (every address, its own directory)", [
        "mkdir -p /opt/ops/public",
        "cd /opt/ops && nohup npx --yes http-server /opt/ops/public -p 8080 >/dev/null 2>&1 &",
    ]),
    node("http-server-v6-lo", "python3 -m http.server 8000 --bind ::1 --directory /opt/ops/static", [
        "nohup python3 -m http.server 8000 --bind ::1 --directory /opt/ops/static >/dev/null 2>&1 &",
    ]),
    // Was a MISS (fixed in round 60): insecure accepted: Python docs, argparse, allow_abbrev: "Allows long options to be abbreviated if the
    // abbreviation is unambiguous (default: True)"; http.server's command line is an argparse parser (--bind, --directory,
    // --protocol, --cgi), so `--dir /` is `--directory /` (checked with Python 3.11: the listing of / is served). The
    // pack reads -d and --directory only; root's server of / is on every address.
    node(
        "http-server-dir-prefix",
        "python3 -m http.server 8000 --dir / (argparse takes a unique prefix of --directory)",
        ["cd /opt/ops && nohup python3 -m http.server 8000 --dir / >/dev/null 2>&1 &"],
        /serv|8000/,
    ),
    node(
        "http-server-direc-eq",
        "python3 -m http.server 8000 --direc=/ (a unique prefix with its value attached)",
        ["cd /opt/ops && nohup python3 -m http.server 8000 --direc=/ >/dev/null 2>&1 &"],
        /serv|8000/,
    ),
    node("http-server-dir-own", "python3 -m http.server 8000 --b 127.0.0.1 --dir / (--b is --bind: loopback only)", [
        "cd /opt/ops && nohup python3 -m http.server 8000 --b 127.0.0.1 --dir / >/dev/null 2>&1 &",
    ]),
    node(
        "http-server-d-eq",
        "python3 -m http.server 8000 -d/ (short option, value attached)",
        ["cd /opt/ops && nohup python3 -m http.server 8000 -d/ >/dev/null 2>&1 &"],
        /serv|8000/,
    ),
    node(
        "php-S-root",
        "php -S 0.0.0.0:8000 -t / (PHP's built-in server, document root /)",
        ["dnf install -y php-cli", "nohup php -S 0.0.0.0:8000 -t / >/dev/null 2>&1 &"],
        /php|8000/,
    ),
    node("php-S-own", "php -S 127.0.0.1:8000 -t /opt/ops/public", [
        "dnf install -y php-cli",
        "nohup php -S 127.0.0.1:8000 -t /opt/ops/public >/dev/null 2>&1 &",
    ]),
    node(
        "ruby-httpd-root",
        "ruby -run -e httpd / -p 8000 (un.rb's WEBrick file server, every address)",
        ["nohup ruby -run -e httpd / -p 8000 >/dev/null 2>&1 &"],
        /ruby|httpd|8000/,
    ),
    node(
        "busybox-httpd-root",
        "busybox httpd -f -p 8000 -h / (document root /)",
        ["nohup busybox httpd -f -p 8000 -h / >/dev/null 2>&1 &"],
        /busybox|httpd|8000/,
    ),
    node(
        "twistd-web-root",
        "twistd -n web --listen tcp:8000 --path / (Twisted's file server)",
        ["nohup twistd -n web --listen tcp:8000 --path / >/dev/null 2>&1 &"],
        /twistd|8000|web/,
    ),
    // Was a MISS (fixed in round 60): insecure accepted: Node.js docs, http.createServer / server.listen(port, host) and fs.createReadStream(path):
    // root's `node -e` program streams any file under / to whoever connects on 0.0.0.0:3000. An interpreter's own server
    // on every address is refused when the address is on the command line (round 45: node server.js --listen [::]:3000),
    // but not when it is in the -e program text.
    node(
        "node-e-root",
        "node -e: http.createServer piping fs.createReadStream('/' + req.url) on 0.0.0.0:3000",
        [
            `nohup node -e "require('http').createServer((q,s)=>require('fs').createReadStream('/'+q.url).pipe(s)).listen(3000,'0.0.0.0')" >/dev/null 2>&1 &`,
        ],
        /node|3000/,
    ),
    // Neighbours of the round 60 Node.js fixes (userData.ts nodeFileServerListeners): what a node program user data gives
    // root serves, read from its code; code the pack cannot follow on a non-loopback address is refused.
    node("node-e-lo", "node -e: the same file streamer on 127.0.0.1:3000 only", [
        `nohup node -e "require('http').createServer((q,s)=>require('fs').createReadStream('/'+q.url).pipe(s)).listen(3000,'127.0.0.1')" >/dev/null 2>&1 &`,
    ]),
    node("express-static-cwd", "node /opt/ops/web.js: express.static('public') run from /opt/ops, on 0.0.0.0:3000", [
        ...file("/opt/ops/web.js", [
            "const express = require('express');",
            "const app = express();",
            "app.use('/assets', express.static('public', { maxAge: '1d' }));",
            "app.listen(3000, '0.0.0.0', () => console.log('up'));",
        ]),
        "cd /opt/ops && nohup node web.js >/var/log/web.log 2>&1 &",
    ]),
    node(
        "node-lo-host-const",
        "node /opt/ops/api.js: const HOST = '127.0.0.1'; server.listen(PORT, HOST) streaming any file",
        [
            ...file("/opt/ops/api.js", [
                "const http = require('http');",
                "const fs = require('fs');",
                "const HOST = '127.0.0.1';",
                "http.createServer((req, res) => fs.createReadStream(req.url).pipe(res)).listen(8080, HOST);",
            ]),
            "nohup node /opt/ops/api.js >/var/log/api.log 2>&1 &",
        ],
    ),
    node(
        "express-static-dotdot",
        "node /opt/ops/web.js: express.static(path.join(__dirname, '../..')) on 0.0.0.0:3000 (the root directory)",
        [
            ...file("/opt/ops/web.js", [
                "const path = require('path');",
                "const express = require('express');",
                "express().use(express.static(path.join(__dirname, '../..'))).listen(3000);",
            ]),
            "cd /opt/ops && nohup node web.js >/var/log/web.log 2>&1 &",
        ],
        /user data serves \/ .*node web\.js: express\.static serving files on every address/,
    ),
    node(
        "serve-static-root",
        "node /opt/ops/web.js: serve-static's serveStatic('/') imported under another name, listen({ port: 3000 })",
        [
            ...file("/opt/ops/web.js", [
                "import http from 'http';",
                "import files from 'serve-static';",
                "const serve = files('/');",
                "http.createServer((req, res) => serve(req, res, () => res.end())).listen({ port: 3000 });",
            ]),
            "nohup node /opt/ops/web.js >/var/log/web.log 2>&1 &",
        ],
        /node \/opt\/ops\/web\.js: serve-static serving files on every address/,
    ),
    node(
        "express-static-env",
        "node /opt/ops/web.js: express.static(process.env.STATIC_ROOT) on 0.0.0.0 (a root the pack cannot know)",
        [
            ...file("/opt/ops/web.js", [
                "const express = require('express');",
                "const app = express();",
                "app.use(express.static(process.env.STATIC_ROOT));",
                "app.listen(3000, '0.0.0.0');",
            ]),
            "STATIC_ROOT=/ nohup node /opt/ops/web.js >/var/log/web.log 2>&1 &",
        ],
        /serves a directory the pack cannot know .*node \/opt\/ops\/web\.js: express\.static serving files/,
    ),
    node(
        "node-child-process",
        "node /opt/ops/run.js: an HTTP server running child_process.exec on each request, on 0.0.0.0 (code the pack cannot follow)",
        [
            ...file("/opt/ops/run.js", [
                "const http = require('http');",
                "const { exec } = require('child_process');",
                "http.createServer((req, res) => exec(decodeURIComponent(req.url.slice(1)), (e, out) => res.end(out))).listen(9000, '0.0.0.0');",
            ]),
            "nohup node /opt/ops/run.js >/var/log/run.log 2>&1 &",
        ],
        /node \/opt\/ops\/run\.js \(child_process\), a program the pack does not read/,
    ),
    node(
        "node-unread-module",
        "node /opt/ops/web.js requiring ./lib/files (a module user data does not write), on 0.0.0.0",
        [
            ...file("/opt/ops/web.js", [
                "const files = require('./lib/files');",
                "require('http').createServer(files.handler).listen(3000, '0.0.0.0');",
            ]),
            "nohup node /opt/ops/web.js >/var/log/web.log 2>&1 &",
        ],
        /node \/opt\/ops\/web\.js \(\/opt\/ops\/lib\/files, a module user data does not write\), a program the pack does not read/,
    ),
    node(
        "npx-serve-root",
        "npx serve / -l tcp://0.0.0.0:3000 (Vercel serve)",
        ["cd /opt/ops && nohup npx --yes serve / -l tcp://0.0.0.0:3000 >/dev/null 2>&1 &"],
        /serve|3000/,
    ),

    // ================= identities of no workload: observability and audit grants =================
    // DECIDED (round 74): refused. config:Get* holds GetResourceConfigHistory and GetAggregateResourceConfig, which
    // return configuration items: AWS Config developer guide, "Components of a Configuration Item", the current
    // configuration is "Information returned through a call to the Describe or List API of the resource", and the
    // managed rule codebuild-project-envvar-awscred-check finds plaintext credentials in a recorded
    // AWS::CodeBuild::Project's environment variables (BatchGetProjects, a secret read). judge.ts SECRET_READS.
    {
        stack: "prod",
        name: "AI: an auditor role allowed cloudtrail:LookupEvents, cloudtrail:Get*, config:Describe*/Get*/List*",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt60-prod-audit", [
                allow(["cloudtrail:LookupEvents", "cloudtrail:Get*", "cloudtrail:Describe*", "cloudtrail:List*"], "*"),
                allow(["config:Describe*", "config:Get*", "config:List*"], "*"),
            ]),
        refused: /rt60-prod-audit/,
    },
    // The secure twin (round 74): compliance reads, no configuration items.
    {
        stack: "prod",
        name: "A: an auditor role allowed cloudtrail:LookupEvents, cloudtrail:Get*, config:Describe*/List* and compliance Gets",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt74-prod-audit", [
                allow(["cloudtrail:LookupEvents", "cloudtrail:Get*", "cloudtrail:Describe*", "cloudtrail:List*"], "*"),
                allow(
                    [
                        "config:Describe*",
                        "config:List*",
                        "config:GetComplianceDetailsByConfigRule",
                        "config:GetComplianceSummaryByConfigRule",
                    ],
                    "*",
                ),
            ]),
    },
    {
        stack: "dev",
        name: "A: a dashboard role allowed lower-cased cloudwatch:getmetricdata, logs:filterlogevents (arrays)",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt60-dev-dash", [
                allow(["cloudwatch:getmetricdata", "cloudwatch:listmetrics"], ["*"]),
                allow(
                    ["logs:filterlogevents", "logs:describeloggroups"],
                    [`arn:aws:logs:eu-west-1:${ACCOUNT.dev}:log-group:*`],
                ),
            ]),
    },
    {
        stack: "curity",
        name: "A: a curity metrics role: cloudwatch:PutMetricData only when cloudwatch:namespace is Ops (condition)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt60-curity-metrics", [
                allow("cloudwatch:PutMetricData", "*", {
                    Condition: { StringEquals: { "cloudwatch:namespace": "Ops" } },
                }),
            ]),
    },
    {
        stack: "trust-domain",
        name: "A: a trust-domain role allowed iam:Get*/List* and a Deny of everything outside eu-west-1 (NotAction guard)",
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt60-td-iamread", [
                allow(["iam:Get*", "iam:List*"], "*"),
                {
                    Effect: "Deny",
                    NotAction: ["iam:*", "sts:*"],
                    Resource: "*",
                    Condition: { StringNotEquals: { "aws:RequestedRegion": "eu-west-1" } },
                },
            ]),
    },
    {
        stack: "prod",
        name: "AI: a prod dashboard role whose array also holds DYNAMODB:GETITEM on * (upper-cased)",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt60-prod-upper", [
                allow(["cloudwatch:GetMetricData", "DYNAMODB:GETITEM"], "*"),
            ]),
        refused: /rt60-prod-upper/,
    },
    {
        stack: "prod",
        name: "AI: a prod role allowed dynamodb:GetItem on table/* only over TLS from 10.0.0.0/8 (conditions that bind no one)",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt60-prod-tls", [
                allow("dynamodb:GetItem", `arn:aws:dynamodb:*:${ACCOUNT.prod}:table/*`, {
                    Condition: { Bool: { "aws:SecureTransport": "true" }, IpAddress: { "aws:SourceIp": "10.0.0.0/8" } },
                }),
            ]),
        refused: /rt60-prod-tls/,
    },
    {
        stack: "basil",
        name: "AI: a basil key-inventory role whose kms list also holds kms:Sign and kms:GetPublicKey on *",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt60-basil-kmssign", [
                allow(["kms:DescribeKey", "kms:ListKeys", "kms:Sign", "kms:GetPublicKey"], "*"),
            ]),
        refused: /rt60-basil-kmssign/,
    },
    {
        stack: "dev",
        name: "AI: a dev observability role: Allow NotAction iam:* on * (everything else)",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt60-dev-notaction", [
                { Effect: "Allow", NotAction: "iam:*", Resource: "*" },
            ]),
        refused: /rt60-dev-notaction/,
    },
];

describeVariants(
    "red team 60: secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
