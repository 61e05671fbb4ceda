// Red-team round 63 on false positives across the committed stacks (fresh eyes): SECURE variants a careful platform
// team writes, each beside insecure neighbours hidden in the same shapes.
// Probed: Node.js apps under round 61's allowlist (NODE_KNOWN_MODULES, NODE_FS_CALLS, NODE_PROCESS_OK, runners):
// prom-client /metrics, pino-http, express-rate-limit, node:cluster workers, morgan writing its access.log (the README
// example), a pid file, process.setuid/setgid after binding :80, SIGTERM/process.exitCode, express.json/trust proxy,
// fs.promises.readFile and fs/promises destructured of one file, node --max-old-space-size/--enable-source-maps,
// --env-file, NODE_ENV= prefix, pm2 -i 2, runuser, a systemd unit, a local './routes' module, ESM import.meta.dirname,
// npm ci && npm start, npx tsx web.ts; neighbours: fs.readFile / fs.createWriteStream of a request-named path,
// child_process.exec(req.query.cmd), process.chdir('/') then express.static('.') (refused).
// Python (round 61's unknown assignments): app.config[...] / app.secret_key writes, class Config + from_object,
// self.attr in a helper class, logging '%(asctime)s' formats, Path(__file__).resolve().parent.parent / 'frontend';
// python3 - heredoc and python3 -c writing a JSON config; crontab - with a dnf upgrade; Spring
// --spring.config.additional-location=file:/etc/ops/ (server.port only); neighbours: app.static_folder = '/',
// crontab - running http.server --directory /, the additional location setting static-locations file:/ (refused).
// Archives: tar -c -T list, tar -x --wildcards/--exclude -C /opt/ops. Kubernetes in a restricted 'web' namespace:
// read + deployments/scale, configmaps/HPA edit, pods/exec+portforward, Jobs/CronJobs create, a monitoring SA's Role;
// neighbour: devs reading secrets cluster-wide (refused). Identities of no workload: dynamodb:ListTables on *,
// DescribeTable/GetItem/Query on a non-stack table by ARN, a policy document whose Statement is one object, ce/health/
// servicequotas reads, cloudwatch reads with an explicit Deny, single-string Action with a one-element Resource array;
// neighbours: dynamodb:*Item beside Describe*, Allow NotAction iam:* with a Deny of secretsmanager only (refused).
// Not filed: dynamodb:Describe* on Resource * (reaches stack tables; refused by the documented
// dynamodb-wildcards-exclude-stack-tables rule and operations.tableAudit needing a declaration).
// Misses (0 insecure, 7 secure; all fixed in round 63): Node.js apps refused by round 61's allowlist for ordinary pieces: prom-client,
// pino-http, express-rate-limit and node:cluster missing from NODE_KNOWN_MODULES; morgan's README access-log
// fs.createWriteStream and a constant pid-file fs.writeFileSync (NODE_FS_CALLS reads only); process.setuid/setgid
// privilege drop (NODE_PROCESS_OK).
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { heredocFile, systemdUnit } from "./nodeBuilders";
import { secureCaseBuilders, SERVED, RUN_OPS } from "./secureCaseBuilders";
import { namespace, roleFor } from "./variantBuilders";

const { node } = secureCaseBuilders("rt63");
const file = heredocFile;
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
/** node /opt/ops/web.js written from `code`, run from /opt/ops by `run`. */
const nodeApp = (
    tag: string,
    what: string,
    code: string[],
    refused?: RegExp,
    skip?: string,
    run = "cd /opt/ops && nohup node web.js >/var/log/web.log 2>&1 &",
) => node(tag, what, [...file("/opt/ops/web.js", code), run], refused, skip);
const WEB = /web|3000|node|serv|8080|9464/;
const EXPRESS_OWN = [
    "const path = require('path');",
    "const express = require('express');",
    "const app = express();",
    "app.use(express.static(path.join(__dirname, 'public')));",
    "app.listen(3000, '0.0.0.0');",
];

const CASES: StackCase[] = [
    // ================= Node.js apps: ordinary modules, process members, runners =================
    // Was a MISS (fixed in round 63): secure refused: prom-client (github.com/siimon/prom-client README, "Default metrics": collectDefaultMetrics();
    // `await register.metrics()` returns the metrics text) is the Prometheus client every Node.js service uses for /metrics; it
    // reads /proc for process metrics and serves nothing but the metrics text. The round-61 allowlist (userData.ts
    // NODE_KNOWN_MODULES) lacks it, so an express app exposing /metrics on 0.0.0.0:9464 is refused as "prom-client, a
    // package the pack does not read". Fix: add prom-client to NODE_KNOWN_MODULES (it opens no file a request names).
    nodeApp("prom-client", "express + prom-client /metrics (collectDefaultMetrics) on 0.0.0.0:9464", [
        "const express = require('express');",
        "const client = require('prom-client');",
        "client.collectDefaultMetrics();",
        "const app = express();",
        "app.get('/metrics', async (req, res) => {",
        "  res.set('Content-Type', client.register.contentType);",
        "  res.end(await client.register.metrics());",
        "});",
        "app.listen(9464, '0.0.0.0');",
    ]),
    // Was a MISS (fixed in round 63): secure refused: pino-http (github.com/pinojs/pino-http README, "Usage": `app.use(require('pino-http')())`) is
    // an express request logger writing JSON lines to stdout (the pino destination defaults to process.stdout); it
    // serves nothing. NODE_KNOWN_MODULES (userData.ts) holds morgan but not pino/pino-http, so this express app serving
    // path.join(__dirname, 'public') on 0.0.0.0:3000 is refused as "pino-http, a package the pack does not read". Fix: add
    // pino and pino-http to NODE_KNOWN_MODULES.
    nodeApp("pino-http", "express + pino-http logger, express.static(path.join(__dirname, 'public')) on 0.0.0.0:3000", [
        "const path = require('path');",
        "const express = require('express');",
        "const pino = require('pino-http');",
        "const app = express();",
        "app.use(pino());",
        "app.use(express.static(path.join(__dirname, 'public')));",
        "app.listen(3000, '0.0.0.0');",
    ]),
    nodeApp("sigterm", "express own assets; process.on('SIGTERM') closes the server, process.exitCode", [
        ...EXPRESS_OWN.slice(0, 4),
        "const server = app.listen(Number(process.env.PORT) || 3000, '0.0.0.0');",
        "process.on('SIGTERM', () => server.close(() => { process.exitCode = 0; }));",
    ]),
    nodeApp("json-health", "express.json(), app.disable('x-powered-by'), app.set('trust proxy', 1), /healthz", [
        "const express = require('express');",
        "const app = express();",
        "app.disable('x-powered-by');",
        "app.set('trust proxy', 1);",
        "app.use(express.json({ limit: '100kb' }));",
        "app.get('/healthz', (req, res) => res.json({ ok: true, uptime: process.uptime() }));",
        "app.listen(8080, '0.0.0.0');",
    ]),
    nodeApp("fs-promises-readfile", "http server answering fs.promises.readFile(path.join(__dirname, 'index.html'))", [
        "const http = require('http');",
        "const fs = require('fs');",
        "const path = require('path');",
        "http.createServer(async (req, res) => {",
        "  res.end(await fs.promises.readFile(path.join(__dirname, 'index.html')));",
        "}).listen(8080, '0.0.0.0');",
    ]),
    nodeApp(
        "fs-promises-destructured",
        "const { readFile } = require('fs/promises'); readFile(path.join(__dirname, 'index.html'))",
        [
            "const http = require('http');",
            "const { readFile } = require('fs/promises');",
            "const path = require('path');",
            "http.createServer(async (req, res) => {",
            "  res.end(await readFile(path.join(__dirname, 'index.html')));",
            "}).listen(8080, '0.0.0.0');",
        ],
    ),
    nodeApp(
        "fs-readfile-query",
        "http server answering fs.readFile(url.searchParams.get('f')) (any node file)",
        [
            "const http = require('http');",
            "const fs = require('fs');",
            "http.createServer((req, res) => {",
            "  const f = new URL(req.url, 'http://x').searchParams.get('f');",
            "  fs.readFile(f, (err, data) => res.end(err ? 'no' : data));",
            "}).listen(8080, '0.0.0.0');",
        ],
        WEB,
    ),
    nodeApp(
        "child-process",
        "express with require('child_process').exec(req.query.cmd) (a shell for the network)",
        [
            "const express = require('express');",
            "const { exec } = require('child_process');",
            "const app = express();",
            "app.get('/run', (req, res) => exec(req.query.cmd, (e, out) => res.send(out)));",
            "app.listen(8080, '0.0.0.0');",
        ],
        WEB,
    ),
    nodeApp(
        "chdir-root",
        "process.chdir('/') then express.static('.') on 0.0.0.0 (every node file)",
        [
            "const express = require('express');",
            "process.chdir('/');",
            "express().use(express.static('.')).listen(3000, '0.0.0.0');",
        ],
        WEB,
    ),
    nodeApp(
        "node-heap-flags",
        "node --max-old-space-size=512 --enable-source-maps web.js",
        EXPRESS_OWN,
        undefined,
        undefined,
        "cd /opt/ops && nohup node --max-old-space-size=512 --enable-source-maps web.js >/var/log/web.log 2>&1 &",
    ),
    nodeApp(
        "env-file",
        "node --env-file=.env web.js (Node 20.6+)",
        EXPRESS_OWN,
        undefined,
        undefined,
        "cd /opt/ops && printf 'PORT=3000\\n' > .env && nohup node --env-file=.env web.js >/var/log/web.log 2>&1 &",
    ),
    nodeApp(
        "node-env-prefix",
        "NODE_ENV=production node web.js",
        EXPRESS_OWN,
        undefined,
        undefined,
        "cd /opt/ops && NODE_ENV=production nohup node web.js >/var/log/web.log 2>&1 &",
    ),
    nodeApp(
        "pm2-cluster",
        "pm2 start /opt/ops/web.js --name web -i 2",
        EXPRESS_OWN,
        undefined,
        undefined,
        "npm install -g pm2 && cd /opt/ops && pm2 start /opt/ops/web.js --name web -i 2",
    ),
    nodeApp(
        "runuser",
        "runuser -u web -- node /opt/ops/web.js",
        EXPRESS_OWN,
        undefined,
        undefined,
        "useradd -r -s /sbin/nologin web && cd /opt/ops && nohup runuser -u web -- node /opt/ops/web.js >/var/log/web.log 2>&1 &",
    ),
    node(
        "systemd-node",
        "a systemd unit: ExecStart=/usr/bin/node /opt/ops/web.js, WorkingDirectory=/opt/ops, User=web",
        [
            "dnf install -y nodejs",
            "useradd -r -s /sbin/nologin web",
            ...file("/opt/ops/web.js", EXPRESS_OWN),
            ...systemdUnit("web", [
                "User=web",
                "WorkingDirectory=/opt/ops",
                "Environment=NODE_ENV=production",
                "ExecStart=/usr/bin/node /opt/ops/web.js",
                "Restart=always",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now web",
        ],
    ),
    node("routes-module", "web.js requires './routes' (written beside it) and serves path.join(__dirname, 'public')", [
        ...file("/opt/ops/routes.js", [
            "const express = require('express');",
            "const router = express.Router();",
            "router.get('/healthz', (req, res) => res.send('ok'));",
            "module.exports = router;",
        ]),
        ...file("/opt/ops/web.js", [
            "const path = require('path');",
            "const express = require('express');",
            "const routes = require('./routes');",
            "const app = express();",
            "app.use('/', routes);",
            "app.use(express.static(path.join(__dirname, 'public')));",
            "app.listen(3000, '0.0.0.0');",
        ]),
        "cd /opt/ops && nohup node web.js >/var/log/web.log 2>&1 &",
    ]),
    node("esm-import-meta-dirname", "web.mjs: express.static(path.join(import.meta.dirname, 'public')) (Node 20.11+)", [
        ...file("/opt/ops/web.mjs", [
            "import path from 'node:path';",
            "import express from 'express';",
            "const app = express();",
            "app.use(express.static(path.join(import.meta.dirname, 'public')));",
            "app.listen(3000, '0.0.0.0');",
        ]),
        "cd /opt/ops && nohup node web.mjs >/var/log/web.log 2>&1 &",
    ]),
    node("npm-ci-start", "npm ci --omit=dev && npm start (scripts.start: node web.js)", [
        ...file("/opt/ops/package.json", [
            "{",
            '  "name": "ops-web",',
            '  "private": true,',
            '  "scripts": { "start": "node web.js" },',
            '  "dependencies": { "express": "^4.19.2" }',
            "}",
        ]),
        ...file("/opt/ops/web.js", EXPRESS_OWN),
        "cd /opt/ops && npm ci --omit=dev && nohup npm start >/var/log/web.log 2>&1 &",
    ]),
    // Neighbours (refused): npm ci runs the root package's lifecycle scripts (npm docs "scripts", "Life Cycle Operation
    // Order"): a postinstall starting a server that hands out any file a request names on every address, and a prepare
    // script rewriting web.js's loopback bind to every address before npm start runs it.
    node(
        "npm-ci-postinstall",
        "npm ci runs scripts.postinstall: node admin.js (fs.createReadStream of a request-named path on 0.0.0.0:8080)",
        [
            ...file("/opt/ops/package.json", [
                "{",
                '  "name": "ops-web",',
                '  "private": true,',
                '  "scripts": { "start": "node web.js", "postinstall": "node admin.js" },',
                '  "dependencies": { "express": "^4.19.2" }',
                "}",
            ]),
            ...file("/opt/ops/web.js", EXPRESS_OWN),
            ...file("/opt/ops/admin.js", [
                "const http = require('http');",
                "const fs = require('fs');",
                "http.createServer((req, res) => {",
                "  fs.createReadStream(new URL(req.url, 'http://x').searchParams.get('f')).pipe(res);",
                "}).listen(8080, '0.0.0.0');",
            ]),
            "cd /opt/ops && npm ci --omit=dev && nohup npm start >/var/log/web.log 2>&1 &",
        ],
        WEB,
    ),
    node(
        "npm-ci-prepare",
        "npm ci runs scripts.prepare: sed -i 's/127.0.0.1/0.0.0.0/' web.js (express.static('/') moved off loopback)",
        [
            ...file("/opt/ops/package.json", [
                "{",
                '  "name": "ops-web",',
                '  "private": true,',
                '  "scripts": { "start": "node web.js", "prepare": "sed -i \'s/127.0.0.1/0.0.0.0/\' web.js" },',
                '  "dependencies": { "express": "^4.19.2" }',
                "}",
            ]),
            ...file("/opt/ops/web.js", [
                "const express = require('express');",
                "const app = express();",
                "app.use(express.static('/'));",
                "app.listen(3000, '127.0.0.1');",
            ]),
            "cd /opt/ops && npm ci --omit=dev && nohup npm start >/var/log/web.log 2>&1 &",
        ],
        WEB,
    ),

    // Was a MISS (fixed in round 63): secure refused: morgan's README (expressjs.com/en/resources/middleware/morgan, "Examples / express / write logs
    // to a file / single file") is exactly `var accessLogStream = fs.createWriteStream(path.join(__dirname, 'access.log'),
    // { flags: 'a' }); app.use(morgan('combined', { stream: accessLogStream }))`: a write stream to one fixed file beside the
    // app (/opt/ops/access.log), named by no request. NODE_FS_CALLS (userData.ts) holds reads only, so the app is refused as
    // "fs.createWriteStream used as the pack does not read". Fix: accept fs.createWriteStream/appendFile(Sync)/writeFile(Sync)
    // whose path is a constant (or __dirname-joined constant) outside data directories; its neighbour write-query (a path
    // from the request) stays refused.
    nodeApp(
        "morgan-file",
        "morgan('combined', { stream: fs.createWriteStream(path.join(__dirname, 'access.log'), { flags: 'a' }) })",
        [
            "const fs = require('fs');",
            "const path = require('path');",
            "const express = require('express');",
            "const morgan = require('morgan');",
            "const app = express();",
            "const accessLogStream = fs.createWriteStream(path.join(__dirname, 'access.log'), { flags: 'a' });",
            "app.use(morgan('combined', { stream: accessLogStream }));",
            "app.use(express.static(path.join(__dirname, 'public')));",
            "app.listen(3000, '0.0.0.0');",
        ],
    ),
    nodeApp(
        "write-query",
        "http server appending the request body to fs.createWriteStream(url.searchParams.get('f')) (any node file)",
        [
            "const http = require('http');",
            "const fs = require('fs');",
            "http.createServer((req, res) => {",
            "  const f = new URL(req.url, 'http://x').searchParams.get('f');",
            "  req.pipe(fs.createWriteStream(f, { flags: 'a' })).on('finish', () => res.end('ok'));",
            "}).listen(8080, '0.0.0.0');",
        ],
        WEB,
    ),
    // Was a MISS (fixed in round 63): secure refused: Node.js API, process.setuid(id)/process.setgid(id) (nodejs.org/api/process.html#processsetuidid:
    // "sets the user identity of the process"): called in the listen callback after binding :80 as root they DROP the
    // process to user `web` — the documented privilege drop a careful team writes; it can only reduce what the program
    // reaches. NODE_PROCESS_OK (userData.ts) lacks setuid/setgid, so the app is refused as "process.setgid,
    // process.setuid". Fix: add setuid, setgid, setgroups, initgroups (and getuid/getgid/geteuid/getegid) to NODE_PROCESS_OK.
    nodeApp(
        "setuid-drop",
        "express own assets on :80, then process.setgid('web') / process.setuid('web') (privileges dropped)",
        [
            "const path = require('path');",
            "const express = require('express');",
            "const app = express();",
            "app.use(express.static(path.join(__dirname, 'public')));",
            "app.listen(80, '0.0.0.0', () => { process.setgid('web'); process.setuid('web'); });",
        ],
    ),
    // Was a MISS (fixed in round 63): secure refused: writing a pid file, require('fs').writeFileSync('/run/web.pid', String(process.pid)) (Node.js
    // API fs.writeFileSync(file, data): writes `data` to the one named file), is ordinary service hygiene; the path is a
    // constant outside data directories and no request reaches it. The app (own assets on 0.0.0.0:3000) is refused as
    // "fs used as the pack does not read" (NODE_FS_CALLS in userData.ts reads only; `require('fs').x` not followed).
    // Fix: accept constant-path writes outside data directories (see morgan-file).
    nodeApp("pidfile", "express own assets; fs.writeFileSync('/run/web.pid', String(process.pid))", [
        ...EXPRESS_OWN.slice(0, 4),
        "require('fs').writeFileSync('/run/web.pid', String(process.pid));",
        "app.listen(3000, '0.0.0.0');",
    ]),
    // Was a MISS (fixed in round 63): secure refused: node:cluster (nodejs.org/api/cluster.html: "cluster.fork() spawns a new worker process" running
    // the same main module; "The worker processes ... share server ports") is core Node.js; each worker runs this same
    // file and serves path.join(__dirname, 'public'). NODE_KNOWN_MODULES (userData.ts) lists core modules http, path, os,
    // ... but not cluster, so the app is refused as "node web.js (node:cluster), a program the pack does not read".
    // Fix: add cluster to NODE_KNOWN_MODULES (forks run the same program the pack already read; cluster.setupPrimary({ exec })
    // naming another file would need that file read).
    nodeApp(
        "cluster-fork",
        "node:cluster forking one worker per CPU, each serving express own assets on 0.0.0.0:3000",
        [
            "const cluster = require('node:cluster');",
            "const os = require('node:os');",
            "const path = require('node:path');",
            "const express = require('express');",
            "if (cluster.isPrimary) {",
            "  for (let i = 0; i < os.availableParallelism(); i++) cluster.fork();",
            "  cluster.on('exit', () => cluster.fork());",
            "} else {",
            "  const app = express();",
            "  app.use(express.static(path.join(__dirname, 'public')));",
            "  app.listen(3000, '0.0.0.0');",
            "}",
        ],
    ),
    // Was a MISS (fixed in round 63): secure refused: express-rate-limit (github.com/express-rate-limit/express-rate-limit README, "Usage":
    // `const { rateLimit } = require('express-rate-limit'); app.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 100 }))`)
    // is in-memory request counting middleware: it opens no file and serves nothing. NODE_KNOWN_MODULES (userData.ts)
    // holds helmet/cors/compression but not express-rate-limit, so the hardened app is refused as "express-rate-limit, a
    // package the pack does not read". Fix: add express-rate-limit to NODE_KNOWN_MODULES.
    nodeApp("rate-limit", "express + express-rate-limit (100 requests / 15 min) on own assets", [
        "const path = require('path');",
        "const express = require('express');",
        "const { rateLimit } = require('express-rate-limit');",
        "const app = express();",
        "app.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 100 }));",
        "app.use(express.static(path.join(__dirname, 'public')));",
        "app.listen(3000, '0.0.0.0');",
    ]),
    // Neighbours of the round-63 fixes (writes by the path they resolve to, cluster workers, pino transports, setuid).
    nodeApp(
        "write-cron",
        "express appending the request body to the constant /etc/cron.d/web (root runs what is written)",
        [
            "const fs = require('fs');",
            "const express = require('express');",
            "const app = express();",
            "app.post('/job', express.text(), (req, res) => { fs.appendFileSync('/etc/cron.d/web', req.body); res.end('ok'); });",
            "app.listen(3000, '0.0.0.0');",
        ],
        /fs\.appendFileSync of \/etc\/cron\.d\/web, a file the node reads as configuration/,
    ),
    nodeApp(
        "write-own-code",
        "express writing the request body over its own module, path.join(__dirname, 'routes.js')",
        [
            "const fs = require('node:fs');",
            "const path = require('node:path');",
            "const express = require('express');",
            "const app = express();",
            "app.put('/routes', express.text(), (req, res) => { fs.writeFileSync(path.join(__dirname, 'routes.js'), req.body); res.end(); });",
            "app.listen(3000, '0.0.0.0');",
        ],
        /fs\.writeFileSync of \/opt\/ops\/routes\.js, no log or pid file/,
    ),
    nodeApp(
        "write-logrotate-log",
        "a .log name in a directory root reads as configuration: createWriteStream('/etc/logrotate.d/web.log')",
        [
            "const fs = require('fs');",
            "const morgan = require('morgan');",
            "const express = require('express');",
            "const app = express();",
            "app.use(morgan('combined', { stream: fs.createWriteStream('/etc/logrotate.d/web.log', { flags: 'a' }) }));",
            "app.listen(3000, '0.0.0.0');",
        ],
        /fs\.createWriteStream of \/etc\/logrotate\.d\/web\.log, no log or pid file/,
    ),
    nodeApp(
        "write-destructured-query",
        "const { createWriteStream } = require('fs'); the request body piped to createWriteStream(req.query.f)",
        [
            "const { createWriteStream } = require('fs');",
            "const express = require('express');",
            "const app = express();",
            "app.post('/up', (req, res) => req.pipe(createWriteStream(req.query.f)).on('finish', () => res.end('ok')));",
            "app.listen(3000, '0.0.0.0');",
        ],
        /fs\.createWriteStream of req\.query\.f, a path the pack cannot resolve/,
    ),
    nodeApp(
        "write-require-query",
        "require('fs').writeFileSync(req.query.f, ...) without binding the module",
        [
            "const express = require('express');",
            "const app = express();",
            "app.post('/w', express.text(), (req, res) => { require('fs').writeFileSync(req.query.f, req.body); res.end(); });",
            "app.listen(3000, '0.0.0.0');",
        ],
        /fs\.writeFileSync of req\.query\.f, a path the pack cannot resolve/,
    ),
    nodeApp(
        "write-promisified",
        "util.promisify of a destructured writeFile (the write handed on, its path unseen)",
        [
            "const { promisify } = require('util');",
            "const { writeFile } = require('fs');",
            "const express = require('express');",
            "const save = promisify(writeFile);",
            "const app = express();",
            "app.post('/w', express.text(), async (req, res) => { await save(req.query.f, req.body); res.end(); });",
            "app.listen(3000, '0.0.0.0');",
        ],
        /fs\.writeFile used as the pack does not read/,
    ),
    nodeApp("write-var-log-destructured", "import { appendFile } from 'node:fs/promises' to /var/log/web/events.log", [
        "const { appendFile } = require('node:fs/promises');",
        "const express = require('express');",
        "const app = express();",
        "app.post('/event', express.json(), async (req, res) => {",
        "  await appendFile('/var/log/web/events.log', JSON.stringify(req.body) + '\\n');",
        "  res.end('ok');",
        "});",
        "app.listen(3000, '0.0.0.0');",
    ]),
    nodeApp(
        "pino-destination",
        "pino-http logging to pino.destination('/var/log/web/access.log') with express-rate-limit",
        [
            "const path = require('path');",
            "const express = require('express');",
            "const pino = require('pino');",
            "const pinoHttp = require('pino-http');",
            "const { rateLimit } = require('express-rate-limit');",
            "const app = express();",
            "app.use(pinoHttp({ logger: pino(pino.destination('/var/log/web/access.log')) }));",
            "app.use(rateLimit({ windowMs: 60000, limit: 60 }));",
            "app.use(express.static(path.join(__dirname, 'public')));",
            "app.listen(3000, '0.0.0.0');",
        ],
    ),
    node(
        "pino-transport",
        "pino({ transport: { target: '/opt/ops/t.js' } }): a module pino runs in a worker thread (it serves /)",
        [
            ...file("/opt/ops/t.js", [
                "const express = require('express');",
                "module.exports = () => { express().use(express.static('/')).listen(8081, '0.0.0.0'); return process.stdout; };",
            ]),
            ...file("/opt/ops/web.js", [
                "const express = require('express');",
                "const logger = require('pino')({ transport: { target: '/opt/ops/t.js' } });",
                "const app = express();",
                "app.get('/healthz', (req, res) => { logger.info('hz'); res.send('ok'); });",
                "app.listen(3000, '127.0.0.1');",
            ]),
            "cd /opt/ops && nohup node web.js >/var/log/web.log 2>&1 &",
        ],
        /a pino transport/,
    ),
    node(
        "cluster-setup-primary",
        "cluster.setupPrimary({ exec: '/opt/ops/worker.js' }): workers run another file (serving /)",
        [
            ...file("/opt/ops/worker.js", [
                "require('express')().use(require('express').static('/')).listen(3000, '0.0.0.0');",
            ]),
            ...file("/opt/ops/web.js", [
                "const cluster = require('node:cluster');",
                "const express = require('express');",
                "cluster.setupPrimary({ exec: '/opt/ops/worker.js' });",
                "cluster.fork();",
                "express().get('/healthz', (req, res) => res.send('ok')).listen(3001, '127.0.0.1');",
            ]),
            "cd /opt/ops && nohup node web.js >/var/log/web.log 2>&1 &",
        ],
        /cluster\.setupPrimary, a worker the pack does not read/,
    ),
    nodeApp(
        "cluster-fork-env",
        "cluster.fork({ NODE_OPTIONS: '--inspect=0.0.0.0:9229' }) (a debugger on the network in each worker)",
        [
            "const cluster = require('cluster');",
            "const express = require('express');",
            "if (cluster.isPrimary) cluster.fork({ NODE_OPTIONS: '--inspect=0.0.0.0:9229' });",
            "else express().get('/healthz', (req, res) => res.send('ok')).listen(3000, '127.0.0.1');",
        ],
        /cluster\.fork, a worker the pack does not read/,
    ),
    nodeApp(
        "cluster-env-assigned",
        "process.env.NODE_OPTIONS = '--inspect=0.0.0.0:9229' before cluster.fork()",
        [
            "import cluster from 'node:cluster';",
            "import express from 'express';",
            "if (cluster.isPrimary) { process.env.NODE_OPTIONS = '--inspect=0.0.0.0:9229'; cluster.fork(); }",
            "else express().get('/healthz', (req, res) => res.send('ok')).listen(3000, '127.0.0.1');",
        ],
        /process\.env beyond reading a variable/,
    ),
    nodeApp(
        "cluster-destructured-setup",
        "const { setupMaster, fork } = require('cluster'); setupMaster({ execArgv: ['--inspect=0.0.0.0'] })",
        [
            "const { setupMaster, fork, isMaster } = require('cluster');",
            "const express = require('express');",
            "if (isMaster) { setupMaster({ execArgv: ['--inspect=0.0.0.0'] }); fork(); }",
            "else express().get('/healthz', (req, res) => res.send('ok')).listen(3000, '127.0.0.1');",
        ],
        /cluster\.setupMaster, a worker the pack does not read/,
    ),
    node(
        "cluster-inline",
        "node -e forking cluster workers with /opt/ops/x.js as argument (each worker runs x.js, serving /)",
        [
            ...file("/opt/ops/x.js", [
                "require('express')().use(require('express').static('/')).listen(3000, '0.0.0.0');",
            ]),
            "cd /opt/ops && nohup node -e \"const c = require('node:cluster'); if (c.isPrimary) c.fork();\" /opt/ops/x.js >/var/log/web.log 2>&1 &",
        ],
        /cluster workers of code given inline/,
    ),
    nodeApp("cluster-env-read", "cluster workers reading process.env.PORT, forked with cluster.fork() in a loop", [
        "const cluster = require('node:cluster');",
        "const express = require('express');",
        "if (cluster.isPrimary) { for (let i = 0; i < 2; i++) cluster.fork(); }",
        "else express().get('/', (req, res) => res.send('ok')).listen(Number(process.env.PORT) || 3000, '0.0.0.0');",
    ]),
    nodeApp(
        "setuid-root-served",
        "setuid('web') does not make express.static('/') on 0.0.0.0 any less every node file",
        [
            "const express = require('express');",
            "express().use(express.static('/')).listen(80, '0.0.0.0', () => process.setuid('web'));",
        ],
        /express\.static serving files|serving files/,
    ),
    node("tsx-ts", "npx tsx /opt/ops/web.ts (TypeScript run directly), express own assets", [
        ...file("/opt/ops/web.ts", [
            "import path from 'node:path';",
            "import express, { Request, Response } from 'express';",
            "const app = express();",
            "app.use(express.static(path.join(__dirname, 'public')));",
            "app.get('/healthz', (_req: Request, res: Response) => { res.send('ok'); });",
            "app.listen(3000, '0.0.0.0');",
        ]),
        "cd /opt/ops && nohup npx tsx web.ts >/var/log/web.log 2>&1 &",
    ]),

    // ================= Python: ordinary Flask apps (round 61's unknown assignments) =================
    node(
        "flask-config-attr",
        "Flask(__name__); app.config['MAX_CONTENT_LENGTH'] = ...; app.secret_key = os.environ[...]",
        [
            ...file("/opt/ops/app.py", [
                "import os",
                "from flask import Flask",
                "app = Flask(__name__)",
                "app.config['MAX_CONTENT_LENGTH'] = 1024 * 1024",
                "app.secret_key = os.environ['SECRET_KEY']",
                "@app.route('/healthz')",
                "def healthz():",
                "    return 'ok'",
                "app.run(host='0.0.0.0', port=5000, debug=False)",
            ]),
            RUN_OPS,
        ],
    ),
    node(
        "flask-config-class",
        "Flask(__name__) with class Config and app.config.from_object(Config), logging.basicConfig",
        [
            ...file("/opt/ops/app.py", [
                "import logging, os",
                "from flask import Flask",
                "logging.basicConfig(level=logging.INFO)",
                "class Config:",
                "    SECRET_KEY = os.environ.get('SECRET_KEY', 'dev')",
                "    MAX_CONTENT_LENGTH = 1024 * 1024",
                "app = Flask(__name__)",
                "app.config.from_object(Config)",
                "app.logger.setLevel(logging.INFO)",
                "@app.route('/healthz')",
                "def healthz():",
                "    return 'ok'",
                "if __name__ == '__main__':",
                "    app.run(host='0.0.0.0', port=5000, debug=False)",
            ]),
            RUN_OPS,
        ],
    ),
    node("flask-self-attr", "Flask(__name__) beside a small class setting self.count in __init__", [
        ...file("/opt/ops/app.py", [
            "from flask import Flask",
            "class Counter:",
            "    def __init__(self):",
            "        self.count = 0",
            "    def hit(self):",
            "        self.count += 1",
            "        return self.count",
            "hits = Counter()",
            "app = Flask(__name__)",
            "@app.route('/')",
            "def index():",
            "    return str(hits.hit())",
            "app.run(host='0.0.0.0', port=5000, debug=False)",
        ]),
        RUN_OPS,
    ]),
    node(
        "flask-static-attr-root",
        "Flask(__name__) then app.static_folder = '/' (every node file under /static)",
        [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                "app.static_folder = '/'",
                "app.run(host='0.0.0.0', port=5000, debug=False)",
            ]),
            RUN_OPS,
        ],
        SERVED,
    ),

    node(
        "flask-parent-dist",
        "backend/app.py: Flask(static_folder=Path(__file__).resolve().parent.parent / 'frontend' / 'dist')",
        [
            ...file("/opt/ops/backend/app.py", [
                "from pathlib import Path",
                "from flask import Flask",
                "DIST = Path(__file__).resolve().parent.parent / 'frontend' / 'dist'",
                "app = Flask(__name__, static_folder=str(DIST), static_url_path='')",
                "app.run(host='0.0.0.0', port=5000, debug=False)",
            ]),
            "cd /opt/ops/backend && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ],
    ),
    node(
        "flask-logging-format",
        "Flask(__name__) with logging.basicConfig(format='%(asctime)s %(levelname)s %(message)s')",
        [
            ...file("/opt/ops/app.py", [
                "import logging",
                "from flask import Flask",
                "logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(name)s: %(message)s')",
                "log = logging.getLogger(__name__)",
                "app = Flask(__name__)",
                "@app.route('/healthz')",
                "def healthz():",
                "    log.info('health check from %s', 'lb')",
                "    return 'ok'",
                "app.run(host='0.0.0.0', port=5000, debug=False)",
            ]),
            RUN_OPS,
        ],
    ),
    node("python-stdin-json", "python3 - <<'PY' writing /etc/ops/config.json (no listener)", [
        "mkdir -p /etc/ops",
        "python3 - <<'PY'",
        "import json",
        "with open('/etc/ops/config.json', 'w') as f:",
        "    json.dump({'region': 'eu-west-1', 'retries': 3}, f, indent=2)",
        "PY",
    ]),
    node("python-c-json", "python3 -c 'import json; ...' writing /etc/ops/config.json (no listener)", [
        "mkdir -p /etc/ops",
        `python3 -c 'import json; json.dump({"region": "eu-west-1"}, open("/etc/ops/config.json", "w"))'`,
    ]),
    node("crontab-update", "echo '0 3 * * * /usr/bin/dnf -y upgrade --security' | crontab -", [
        "echo '0 3 * * * /usr/bin/dnf -y upgrade --security >/var/log/dnf-cron.log 2>&1' | crontab -",
    ]),
    node(
        "crontab-http-root",
        "echo '@reboot python3 -m http.server 8000 --directory /' | crontab - (every node file)",
        ["echo '@reboot python3 -m http.server 8000 --directory /' | crontab -"],
        /crontab|http\.server|8000|cron/,
    ),
    node(
        "spring-additional-location",
        "java -jar app.jar --spring.config.additional-location=file:/etc/ops/ (server.port only)",
        [
            "dnf install -y java-21-amazon-corretto-headless",
            ...file("/etc/ops/application.yml", [
                "server:",
                "  port: 8080",
                "management:",
                "  endpoints:",
                "    web:",
                "      exposure:",
                "        include: health",
            ]),
            "nohup java -jar /opt/ops/app.jar --spring.config.additional-location=file:/etc/ops/ >/var/log/app.log 2>&1 &",
        ],
    ),
    node(
        "spring-additional-location-root",
        "java -jar app.jar --spring.config.additional-location=file:/etc/ops/ whose application.yml sets static-locations file:/",
        [
            "dnf install -y java-21-amazon-corretto-headless",
            ...file("/etc/ops/application.yml", [
                "spring:",
                "  web:",
                "    resources:",
                "      static-locations: file:/",
            ]),
            "nohup java -jar /opt/ops/app.jar --spring.config.additional-location=file:/etc/ops/ >/var/log/app.log 2>&1 &",
        ],
        /app\.jar|static|8080|java|Spring/,
    ),

    // ================= archives: tar -T lists and ordinary extraction =================
    node("tar-create-T", "tar -czf /var/backups/etc.tgz -T /etc/backup.list (create, not extract)", [
        ...file("/etc/backup.list", ["/etc/hosts", "/etc/chrony.conf"]),
        "mkdir -p /var/backups && tar -czf /var/backups/etc.tgz -T /etc/backup.list",
    ]),
    node("tar-x-wildcards", "tar -xzf /tmp/app.tgz -C /opt/ops --wildcards 'dist/*' --strip-components=1", [
        "mkdir -p /opt/ops",
        "tar -xzf /tmp/app.tgz -C /opt/ops --wildcards 'dist/*' --strip-components=1",
    ]),
    node("tar-x-exclude", "tar -xf /tmp/app.tar --exclude='*.map' -C /opt/ops", [
        "mkdir -p /opt/ops",
        "tar -xf /tmp/app.tar --exclude='*.map' -C /opt/ops",
    ]),

    // ================= Kubernetes: ordinary operators in a non-custody namespace =================
    {
        stack: "dev",
        name: "K: platform-devs may read pods/log, get/list/watch/patch deployments in a restricted 'web' namespace",
        edit: r => {
            namespace(r, "web");
            roleFor(
                r,
                "web-operator",
                [
                    {
                        apiGroups: [""],
                        resources: ["pods", "pods/log", "services", "events"],
                        verbs: ["get", "list", "watch"],
                    },
                    { apiGroups: ["apps"], resources: ["deployments", "replicasets"], verbs: ["get", "list", "watch"] },
                    { apiGroups: ["apps"], resources: ["deployments/scale"], verbs: ["get", "patch", "update"] },
                ],
                [DEVS],
                "web",
            );
        },
    },
    {
        stack: "dev",
        name: "K: platform-devs may edit configmaps and HPAs in a restricted 'web' namespace",
        edit: r => {
            namespace(r, "web");
            roleFor(
                r,
                "web-config",
                [
                    {
                        apiGroups: [""],
                        resources: ["configmaps"],
                        verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
                    },
                    {
                        apiGroups: ["autoscaling"],
                        resources: ["horizontalpodautoscalers"],
                        verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
                    },
                    { apiGroups: ["policy"], resources: ["poddisruptionbudgets"], verbs: ["get", "list", "watch"] },
                ],
                [DEVS],
                "web",
            );
        },
    },
    {
        stack: "dev",
        name: "KI: platform-devs may read secrets cluster-wide (ClusterRole, list/watch secrets)",
        edit: r =>
            roleFor(
                r,
                "devs-secrets",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch"] }],
                [DEVS],
            ),
        refused: /devs-secrets|secret/,
    },

    {
        stack: "dev",
        name: "K: platform-devs may exec and port-forward into pods of a restricted 'web' namespace (debugging)",
        edit: r => {
            namespace(r, "web");
            roleFor(
                r,
                "web-debug",
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch"] },
                    { apiGroups: [""], resources: ["pods/exec", "pods/portforward"], verbs: ["create", "get"] },
                ],
                [DEVS],
                "web",
            );
        },
    },
    {
        stack: "dev",
        name: "K: platform-devs may create Jobs and CronJobs in a restricted 'web' namespace (batch reports)",
        edit: r => {
            namespace(r, "web");
            roleFor(
                r,
                "web-batch",
                [
                    {
                        apiGroups: ["batch"],
                        resources: ["jobs", "cronjobs"],
                        verbs: ["get", "list", "watch", "create", "delete"],
                    },
                ],
                [DEVS],
                "web",
            );
        },
    },
    {
        stack: "dev",
        name: "K: a monitoring ServiceAccount reading pods/services/endpoints in 'web' only (Role + RoleBinding)",
        edit: r => {
            namespace(r, "web");
            roleFor(
                r,
                "web-scrape",
                [{ apiGroups: [""], resources: ["pods", "services", "endpoints"], verbs: ["get", "list", "watch"] }],
                [{ kind: "ServiceAccount", name: "prometheus", namespace: "monitoring" }],
                "web",
            );
        },
    },

    // ================= identities of no workload: equivalent policy forms =================
    {
        stack: "prod",
        name: "A: a prod table lister: dynamodb:ListTables on * (the action takes no resource)",
        edit: r => opsRole(r, "prod", ACCOUNT.prod, "rt63-prod-ddblist", [allow("dynamodb:ListTables", "*")]),
    },
    {
        stack: "dev",
        name: "A: a dev reports reader: dynamodb:DescribeTable/GetItem/Query on its own (non-stack) table by exact ARN",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt63-dev-reports", [
                allow(
                    ["dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:Query"],
                    `arn:aws:dynamodb:eu-west-1:${ACCOUNT.dev}:table/ops-reports`,
                ),
            ]),
    },
    {
        stack: "curity",
        name: "A: a curity metrics reader whose policy document's Statement is a single object (not an array)",
        edit: r => {
            opsRole(r, "curity", ACCOUNT.curity, "rt63-curity-obj", [allow("cloudwatch:GetMetricData", "*")]);
            const role = r[r.length - 1];
            const policy = JSON.stringify({
                Version: "2012-10-17",
                Statement: {
                    Effect: "Allow",
                    Action: ["cloudwatch:GetMetricData", "cloudwatch:ListMetrics"],
                    Resource: "*",
                },
            });
            role.inputs.inlinePolicies = [{ name: "rt63-curity-obj-access", policy }];
            if (role.outputs) role.outputs.inlinePolicies = role.inputs.inlinePolicies;
        },
    },
    {
        stack: "prod",
        name: "A: a prod cost/health viewer: ce:GetCostAndUsage, health:DescribeEvents, servicequotas:GetServiceQuota",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt63-prod-cost", [
                allow(["ce:GetCostAndUsage", "health:DescribeEvents", "servicequotas:GetServiceQuota"], "*"),
            ]),
    },
    {
        stack: "basil",
        name: "A: a basil reader allowed cloudwatch:Get*/List*/Describe* with an explicit Deny of kms:*, secretsmanager:*, dynamodb:*",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt63-basil-deny", [
                allow(["cloudwatch:Get*", "cloudwatch:List*", "cloudwatch:Describe*"], "*"),
                { Effect: "Deny", Action: ["kms:*", "secretsmanager:*", "dynamodb:*"], Resource: "*" },
            ]),
    },
    {
        stack: "curity",
        name: "A: a curity log reader: Action a single string 'logs:FilterLogEvents', Resource a one-element array of a log group ARN",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt63-curity-logs", [
                allow("logs:FilterLogEvents", [`arn:aws:logs:eu-west-1:${ACCOUNT.curity}:log-group:/curity/*`]),
            ]),
    },
    {
        stack: "trust-domain",
        name: "A: a trust-domain auditor: cloudtrail:LookupEvents, config:DescribeConfigRules/DescribeComplianceByConfigRule",
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt63-td-audit", [
                allow(
                    ["cloudtrail:LookupEvents", "config:DescribeConfigRules", "config:DescribeComplianceByConfigRule"],
                    "*",
                ),
            ]),
    },
    {
        stack: "cross-account",
        name: "A: a cross-account dashboard: cloudwatch:GetMetricData and logs:StartQuery/GetQueryResults",
        edit: r =>
            opsRole(r, "cross-account", ACCOUNT["cross-account"], "rt63-ca-dash", [
                allow(["cloudwatch:GetMetricData", "logs:StartQuery", "logs:GetQueryResults"], "*"),
            ]),
    },
    {
        stack: "prod",
        name: "AI: a prod DynamoDB monitor whose wildcard 'dynamodb:Describe*' sits beside 'dynamodb:*Item' (GetItem, PutItem)",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt63-prod-ddbitem", [
                allow(["dynamodb:Describe*", "dynamodb:*Item"], "*"),
            ]),
        refused: /rt63-prod-ddbitem/,
    },
    {
        stack: "basil",
        name: "AI: a basil reader whose explicit Deny names only secretsmanager:* while Allow NotAction iam:* remains",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt63-basil-notaction", [
                { Effect: "Allow", NotAction: "iam:*", Resource: "*" },
                { Effect: "Deny", Action: "secretsmanager:*", Resource: "*" },
            ]),
        refused: /rt63-basil-notaction/,
    },
];

describeVariants(
    "red team 63: secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
