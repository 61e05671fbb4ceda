// Red-team round 62 on EKS NODE user data (fresh eyes): round 61's Node.js allowlist (nodeFileServerListeners).
// Probed: static roots reached through a known module other than by a call the reader matches (a serve-static alias,
// express['static'], a static member destructured from the bound express name, @fastify/static's `{ root }`
// shorthand, serve-handler with no `public` option: process.cwd()); runners' module options (--experimental-loader /
// --loader=, not read as preloads), npm's pre-scripts; secure neighbours (express.static('public') from /opt/ops, an
// https server reading its own TLS key, a loopback-only server with an unknown package). Spring Boot: static-locations
// from the environment (canonical and legacy `_`-for-`-` names), the actuator logfile endpoint's external-file (refused),
// an app's own file: directory and a health-only actuator (accepted). Listen hosts from process.env.HOST set by user
// data, a dotenv .env and `node --env-file` (refused), and unset (loopback, accepted).
// Misses (all fixed in round 62; see the `// Was a MISS` comments: insecure accepted: serve-static alias, express['static'], destructured static
// from the express binding, fastify `{ root }` shorthand, serve-handler default cwd root, --experimental-loader and
// --loader= modules unread, npm prestart; SPRING_WEB_RESOURCES_STATIC_LOCATIONS, Spring's legacy env name). Secure: none.
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const file = heredocFile;

const RUN_WEB = "cd /opt/ops && nohup node web.js >/var/log/web.log 2>&1 &";
const SERVED = /web|node|3000|serv|unread/;
const SPRING = /app\.jar|static|8080|java|Spring|logfile|actuator/;

/** /opt/ops/web.js (or `path`) with `lines`, run by `run` (node web.js from /opt/ops). */
const nodeApp = (name: string, lines: string[], run = RUN_WEB, path = "/opt/ops/web.js") =>
    script(name, [...file(path, lines), run]);

const PUBLIC_APP = ["const express = require('express');", "express().use(express.static('public')).listen(3000);"];

const insecure: NodeCase[] = [
    dev(
        "web.js: express.static('/') on every address (control)",
        nodeApp("dev-node-static-root-control62-nodes", [
            "const express = require('express');",
            "express().use(express.static('/')).listen(3000);",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): serve-static README (`serveStatic(root, options)`: "serve files from within a given root directory"): a plain alias
    // `const serve = serveStatic` then serve('/') serves every node file on 0.0.0.0:3000; nodeFileServerListeners binds only
    // `NAME = require('serve-static')` names (and checks `express.static` handed on uncalled, not serve-static's name), so nothing is served, accepted.
    dev(
        "web.js: const serve = serveStatic; app.use(serve('/')) (serve-static under a second name)",
        nodeApp("dev-node-serve-static-alias-nodes", [
            "const express = require('express');",
            "const serveStatic = require('serve-static');",
            "const serve = serveStatic;",
            "express().use(serve('/')).listen(3000);",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): Express API "express.static(root, [options])" is a property: express['static']('/') is the same call, but the
    // call regex matches only `.static(`; no directory served, express a known module, the server on every address accepted.
    dev(
        "web.js: express['static']('/') (bracket member access)",
        nodeApp("dev-node-express-bracket-static-nodes", [
            "const express = require('express');",
            "express().use(express['static']('/')).listen(3000);",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): Express "express.static(root)": destructuring the member from the bound express name (not from require) binds
    // serve-static; `members` reads only `= require('M')`/`import {...} from 'M'`, and the uncalled-`express.static` check
    // needs the literal text, so files('/') serves / on every address accepted.
    dev(
        "web.js: const { static: files } = express; files('/') (destructured from the bound name)",
        nodeApp("dev-node-express-destructure-binding-nodes", [
            "const express = require('express');",
            "const { static: files } = express;",
            "express().use(files('/')).listen(3000);",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): @fastify/static README (`root` option: "The absolute path of the directory that contains the files to serve") and
    // ECMAScript shorthand properties (`{ root }` is `{ root: root }`): / served on 0.0.0.0:3000, but the reader matches only
    // `root:`; no directory served, every module known, accepted.
    dev(
        "web.js: @fastify/static registered with `{ root }` shorthand, root = '/', host 0.0.0.0",
        nodeApp("dev-node-fastify-root-shorthand-nodes", [
            "const fastify = require('fastify')();",
            "const root = '/';",
            "fastify.register(require('@fastify/static'), { root });",
            "fastify.listen({ port: 3000, host: '0.0.0.0' });",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): vercel/serve-handler README, option `public`: "By default, the current working directory will be served"; run from
    // `cd /`, handler(req, res) serves every node file on every address; the reader looks only for a `public:` option, so
    // nothing is served and serve-handler (a known module) is accepted.
    dev(
        "web.js: serve-handler with no options (public = process.cwd()) run from /",
        nodeApp(
            "dev-node-serve-handler-cwd-nodes",
            [
                "const http = require('http');",
                "const handler = require('serve-handler');",
                "http.createServer((req, res) => handler(req, res)).listen(3000);",
            ],
            "cd / && nohup node /opt/ops/web.js >/var/log/web.log 2>&1 &",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): Node.js CLI "--experimental-loader=module": "Specify the module containing exported module customization hooks";
    // the module is imported (its top-level code runs) before the entry point. nodeEntry skips --experimental-loader's value
    // (only -r/--require/--import are preloads), so hooks.mjs, serving / on 8080, is never read: accepted.
    dev(
        "node --experimental-loader ./hooks.mjs web.js: hooks.mjs serves / on 8080",
        script("dev-node-experimental-loader-nodes", [
            ...file("/opt/ops/hooks.mjs", [
                "import { createServer } from 'node:http';",
                "import { createReadStream } from 'node:fs';",
                "createServer((req, res) => createReadStream('/' + req.url).pipe(res)).listen(8080);",
            ]),
            ...file("/opt/ops/web.js", ["console.log('worker');"]),
            "cd /opt/ops && nohup node --experimental-loader ./hooks.mjs web.js >/var/log/web.log 2>&1 &",
        ]),
        /web|node|8080|serv|unread|hooks/,
    ),
    // Was a MISS (fixed in round 62): Node.js CLI "--experimental-loader=module" (alias --loader): the glued `--loader=FILE` form is skipped as an option
    // (only `--require=`/`--import=` glued forms are preloads); hooks.mjs serving / on 8080 is unread and accepted.
    dev(
        "node --loader=./hooks.mjs web.js (glued value): hooks.mjs serves / on 8080",
        script("dev-node-loader-glued-nodes", [
            ...file("/opt/ops/hooks.mjs", [
                "import { createServer } from 'node:http';",
                "import { createReadStream } from 'node:fs';",
                "createServer((req, res) => createReadStream('/' + req.url).pipe(res)).listen(8080);",
            ]),
            ...file("/opt/ops/web.js", ["console.log('worker');"]),
            "cd /opt/ops && nohup node --loader=./hooks.mjs web.js >/var/log/web.log 2>&1 &",
        ]),
        /web|node|8080|serv|unread|hooks/,
    ),
    // Was a MISS (fixed in round 62): npm docs "scripts" (Pre & Post Scripts; `npm start` runs prestart, start, poststart): prestart starts
    // http-server on / at 8080 as root; nodeRunnerArgs reads only scripts.start, so the prestart command is never judged
    // (the program npm start runs is read and clean): accepted.
    dev(
        "npm start with scripts.prestart starting `npx http-server / -p 8080 &`",
        script("dev-node-npm-prestart-nodes", [
            "mkdir -p /opt/ops/public",
            ...file("/opt/ops/package.json", [
                "{",
                '  "name": "ops",',
                '  "scripts": {',
                '    "prestart": "nohup npx http-server / -p 8080 >/dev/null 2>&1 &",',
                '    "start": "node web.js"',
                "  }",
                "}",
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        /web|node|npm|8080|serv|unread|http-server/,
    ),
    dev(
        "SPRING_WEB_RESOURCES_STATICLOCATIONS=file:/ java -jar app.jar (canonical env name, control)",
        script("dev-node-spring-env-canonical-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            "SPRING_WEB_RESOURCES_STATICLOCATIONS=file:/ nohup java -jar /opt/ops/app.jar >/var/log/app.log 2>&1 &",
        ]),
        SPRING,
    ),
    // Was a MISS (fixed in round 62): Spring Boot SystemEnvironmentPropertyMapper maps a property to its canonical env name AND its legacy one
    // (convertLegacyName: each element's `-` replaced by `_`), so SPRING_WEB_RESOURCES_STATIC_LOCATIONS=file:/ sets
    // spring.web.resources.static-locations (every node file on 0.0.0.0:8080); springKey turns every `_` into `.`
    // (spring.web.resources.static.locations), matches no static-locations key, and the jar is accepted.
    dev(
        "SPRING_WEB_RESOURCES_STATIC_LOCATIONS=file:/ java -jar app.jar (the dash as an underscore)",
        script("dev-node-spring-env-legacy-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            "SPRING_WEB_RESOURCES_STATIC_LOCATIONS=file:/ nohup java -jar /opt/ops/app.jar >/var/log/app.log 2>&1 &",
        ]),
        SPRING,
    ),
    dev(
        "java -jar app.jar exposing the actuator logfile endpoint with external-file = the kubelet's client key",
        script("dev-node-spring-actuator-logfile-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            "nohup java -jar /opt/ops/app.jar --management.endpoints.web.exposure.include=health,logfile --management.endpoint.logfile.external-file=/var/lib/kubelet/pki/kubelet-client-current.pem >/var/log/app.log 2>&1 &",
        ]),
        SPRING,
    ),
    dev(
        "web.js: express.static('/') on process.env.HOST || '127.0.0.1', HOST=0.0.0.0 set by user data (control)",
        nodeApp(
            "dev-node-env-host-control62-nodes",
            [
                "const express = require('express');",
                "express().use(express.static('/')).listen(3000, process.env.HOST || '127.0.0.1');",
            ],
            "cd /opt/ops && HOST=0.0.0.0 nohup node web.js >/var/log/web.log 2>&1 &",
        ),
        SERVED,
    ),
    dev(
        "web.js: require('dotenv').config(); .env (HOST=0.0.0.0) written by user data; express.static('/') on HOST",
        script("dev-node-dotenv-host-nodes", [
            ...file("/opt/ops/.env", ["HOST=0.0.0.0"]),
            ...file("/opt/ops/web.js", [
                "require('dotenv').config();",
                "const express = require('express');",
                "express().use(express.static('/')).listen(3000, process.env.HOST || '127.0.0.1');",
            ]),
            RUN_WEB,
        ]),
        SERVED,
    ),
    dev(
        "node --env-file=.env web.js; .env (HOST=0.0.0.0); express.static('/') on HOST",
        script("dev-node-env-file-host-nodes", [
            ...file("/opt/ops/.env", ["HOST=0.0.0.0"]),
            ...file("/opt/ops/web.js", [
                "const express = require('express');",
                "express().use(express.static('/')).listen(3000, process.env.HOST || '127.0.0.1');",
            ]),
            "cd /opt/ops && nohup node --env-file=.env web.js >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Round 62 fixes' neighbours (insecure): the same classes under other spellings.
    dev(
        "web.js: require('express')['static']('/') (bracket access on the module itself)",
        nodeApp("dev-node-require-bracket-static-nodes", [
            "const app = require('express')();",
            "app.use(require('express')['static']('/')).listen(3000);",
        ]),
        SERVED,
    ),
    dev(
        "web.mjs: import { default as serve } from 'serve-static'; serve('/')",
        nodeApp(
            "dev-node-serve-static-default-member-nodes",
            [
                "import express from 'express';",
                "import { default as serve } from 'serve-static';",
                "express().use(serve('/')).listen(3000);",
            ],
            "cd /opt/ops && nohup node web.mjs >/var/log/web.log 2>&1 &",
            "/opt/ops/web.mjs",
        ),
        SERVED,
    ),
    dev(
        "lib.js: module.exports = require('serve-static'); web.js serves lib('/')",
        script("dev-node-serve-static-reexport-nodes", [
            ...file("/opt/ops/lib.js", ["module.exports = require('serve-static');"]),
            ...file("/opt/ops/web.js", [
                "const express = require('express');",
                "const files = require('./lib');",
                "express().use(files('/')).listen(3000);",
            ]),
            RUN_WEB,
        ]),
        SERVED,
    ),
    dev(
        "web.js: @fastify/static with a quoted key { 'root': '/' }",
        nodeApp("dev-node-fastify-quoted-root-nodes", [
            "const fastify = require('fastify')();",
            "fastify.register(require('@fastify/static'), { 'root': '/' });",
            "fastify.listen({ port: 3000, host: '0.0.0.0' });",
        ]),
        SERVED,
    ),
    dev(
        "web.js: serve-handler with an options object lacking `public`, run from /",
        nodeApp(
            "dev-node-serve-handler-options-cwd-nodes",
            [
                "const http = require('http');",
                "const handler = require('serve-handler');",
                "const options = { cleanUrls: true };",
                "http.createServer((req, res) => handler(req, res, options)).listen(3000);",
            ],
            "cd / && nohup node /opt/ops/web.js >/var/log/web.log 2>&1 &",
        ),
        SERVED,
    ),
    dev(
        "NODE_OPTIONS='--experimental-loader=./hooks.mjs' node web.js: hooks.mjs serves / on 8080",
        script("dev-node-node-options-loader-nodes", [
            ...file("/opt/ops/hooks.mjs", [
                "import { createServer } from 'node:http';",
                "import { createReadStream } from 'node:fs';",
                "createServer((req, res) => createReadStream('/' + req.url).pipe(res)).listen(8080);",
            ]),
            ...file("/opt/ops/web.js", ["console.log('worker');"]),
            "cd /opt/ops && NODE_OPTIONS='--experimental-loader=./hooks.mjs' nohup node web.js >/var/log/web.log 2>&1 &",
        ]),
        /web|node|8080|serv|unread|hooks/,
    ),
    dev(
        "node --import=file:///opt/ops/hooks.mjs web.js (a file: URL): hooks.mjs serves / on 8080",
        script("dev-node-import-file-url-nodes", [
            ...file("/opt/ops/hooks.mjs", [
                "import { createServer } from 'node:http';",
                "import { createReadStream } from 'node:fs';",
                "createServer((req, res) => createReadStream('/' + req.url).pipe(res)).listen(8080);",
            ]),
            ...file("/opt/ops/web.js", ["console.log('worker');"]),
            "cd /opt/ops && nohup node --import=file:///opt/ops/hooks.mjs web.js >/var/log/web.log 2>&1 &",
        ]),
        /web|node|8080|serv|unread|hooks/,
    ),
    dev(
        "npm run serve with scripts.postserve starting http-server on /",
        script("dev-node-npm-postserve-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "serve": "node web.js", "postserve": "http-server / -p 8080" } }',
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup npm run serve >/var/log/web.log 2>&1 &",
        ]),
        /web|node|npm|8080|serv|unread|http-server/,
    ),
    dev(
        "npm start with scripts.start `http-server / -p 8080` (no Node.js program the reader follows)",
        script("dev-node-npm-start-unread-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "http-server / -p 8080" } }']),
            "cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        /web|node|npm|8080|serv|unread|http-server/,
    ),
    dev(
        "SPRING_RESOURCES_STATIC_LOCATIONS=file:/ java -jar app.jar (Spring Boot 2.x property, legacy env name)",
        script("dev-node-spring-env-legacy2-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            "SPRING_RESOURCES_STATIC_LOCATIONS=file:/ nohup java -jar /opt/ops/app.jar >/var/log/app.log 2>&1 &",
        ]),
        SPRING,
    ),
];

const secure: NodeCase[] = [
    dev("web.js: express.static('public') from /opt/ops", nodeApp("dev-node-public-ok62-nodes", PUBLIC_APP)),
    dev(
        "web.js: https server reading its TLS key and certificate, express.static('public')",
        nodeApp("dev-node-https-keys-ok62-nodes", [
            "const fs = require('fs');",
            "const https = require('https');",
            "const express = require('express');",
            "const app = express();",
            "app.use(express.static('public'));",
            "const tls = { key: fs.readFileSync('/opt/ops/tls/web.key'), cert: fs.readFileSync('/opt/ops/tls/web.crt') };",
            "https.createServer(tls, app).listen(8443);",
        ]),
    ),
    dev(
        "web.js: an unknown package (prom-client) on a 127.0.0.1 listener",
        nodeApp("dev-node-loopback-unknown-ok62-nodes", [
            "const http = require('http');",
            "const client = require('prom-client');",
            "http.createServer(async (req, res) => res.end(await client.register.metrics())).listen(9100, '127.0.0.1');",
        ]),
    ),
    dev(
        "java -jar app.jar --spring.web.resources.static-locations=file:/opt/ops/static/ (the app's own directory)",
        script("dev-node-spring-own-static-ok62-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            "mkdir -p /opt/ops/static",
            "nohup java -jar /opt/ops/app.jar --spring.web.resources.static-locations=file:/opt/ops/static/ >/var/log/app.log 2>&1 &",
        ]),
    ),
    dev(
        "java -jar app.jar exposing only the actuator health endpoint",
        script("dev-node-spring-actuator-health-ok62-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            "nohup java -jar /opt/ops/app.jar --management.endpoints.web.exposure.include=health >/var/log/app.log 2>&1 &",
        ]),
    ),
    dev(
        "web.js: express.static('/opt/ops/public') on process.env.HOST || '127.0.0.1', no HOST set",
        nodeApp("dev-node-env-host-unset-ok62-nodes", [
            "const express = require('express');",
            "express().use(express.static('/opt/ops/public')).listen(3000, process.env.HOST || '127.0.0.1');",
        ]),
    ),
    // Round 62 fixes' neighbours (secure).
    dev(
        "web.js: serveStatic('public') called under its bound name, express.json() and express.Router() beside",
        nodeApp("dev-node-serve-static-public-ok62-nodes", [
            "const express = require('express');",
            "const serveStatic = require('serve-static');",
            "const router = express.Router();",
            "express().use(express.json()).use(router).use(serveStatic('public')).listen(3000);",
        ]),
    ),
    dev(
        "web.js: @fastify/static `{ root }` shorthand, root = path.join(__dirname, 'public')",
        nodeApp("dev-node-fastify-root-shorthand-ok62-nodes", [
            "const path = require('path');",
            "const fastify = require('fastify')();",
            "const root = path.join(__dirname, 'public');",
            "fastify.register(require('@fastify/static'), { root });",
            "fastify.listen({ port: 3000, host: '0.0.0.0' });",
        ]),
    ),
    dev(
        "web.js: serve-handler with options { public: 'public' } in a variable, run from /opt/ops",
        nodeApp("dev-node-serve-handler-public-ok62-nodes", [
            "const http = require('http');",
            "const handler = require('serve-handler');",
            "const options = { public: 'public' };",
            "http.createServer((req, res) => handler(req, res, options)).listen(3000);",
        ]),
    ),
    dev(
        "node --loader ./hooks.mjs web.js: hooks.mjs only a resolve hook, web.js express.static('public')",
        script("dev-node-loader-clean-ok62-nodes", [
            ...file("/opt/ops/hooks.mjs", [
                "export async function resolve(specifier, context, nextResolve) {",
                "  return nextResolve(specifier, context);",
                "}",
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup node --loader ./hooks.mjs web.js >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "npm start with scripts.prestart `node build.js` (no server) and start `node web.js` (public)",
        script("dev-node-npm-prestart-node-ok62-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prestart": "node build.js", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/build.js", ["const fs = require('fs');", "fs.mkdirSync('public');"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "SPRING_WEB_RESOURCES_STATIC_LOCATIONS=file:/opt/ops/static/ java -jar app.jar (legacy env name, own directory)",
        script("dev-node-spring-env-legacy-ok62-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            "mkdir -p /opt/ops/static",
            "SPRING_WEB_RESOURCES_STATIC_LOCATIONS=file:/opt/ops/static/ nohup java -jar /opt/ops/app.jar >/var/log/app.log 2>&1 &",
        ]),
    ),
];

describeNodeCases("red team 62: node user data, Node.js allowlist", insecure, secure);
