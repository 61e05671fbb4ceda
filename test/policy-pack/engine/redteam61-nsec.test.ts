// Red-team round 61 on EKS NODE user data (fresh eyes): round 60's Node.js file-server reader and JDK-release reading.
// Probed: Node.js file servers (nodeFileServerListeners, jsPath) — express.static by destructuring, inline require and
// ESM named import; process.chdir before a relative root; util.promisify(fs.readFile), a renamed fs/promises import,
// fs.openSync/readSync, http2 respondWithFile; packages beyond the four read (koa-send, send, http-server as a module,
// node-static, hapi inert, NestJS ServeStaticModule); fail-closed holes (inspector.open, module.require('child_process'),
// globalThis.eval, indirect eval); runners other than `node SCRIPT` (tsx, ts-node, node --import tsx, bun, deno run,
// `node -`, `node web`, `node .`, npm start, pm2, nodemon, systemd ExecStart, NODE_OPTIONS --require, --input-type as two
// words); CLI file servers (npx/pnpm dlx/bunx serve and http-server, live-server, deno file-server); listen hosts '0',
// '::', '::1', 'localhost'; secure apps serving their own ./public (CommonJS, ESM fileURLToPath and import.meta.dirname,
// sendFile root, @fastify/static, koa-static, sirv, serve-handler, local router modules). JDK releases for port-only JDWP:
// AL2 extras corretto8, Adoptium/Azul repo names, Corretto 8 tarballs, wget pipes, ${VER} in URLs, --output-dir, dnf URL
// operands, relative downloads, a file/variable overwritten, JAVA_HOME runs, brace expansion, unquoted package-list
// variables, xargs lists, glued `-o`, wget URL-first; secure Corretto/Temurin 17/21 neighbours.
// Misses (all fixed in round 61): insecure (31) — express.static reached by destructuring,
// inline require('express').static and an ESM named import; process.chdir('/') before express.static('.'); a promisified
// or renamed readFile, openSync/readSync, http2 respondWithFile; koa-send, send, http-server module, node-static and
// NestJS ServeStaticModule roots of '/'; inspector.open on 0.0.0.0, module.require('child_process'), globalThis.eval and
// (0, eval) (no fail closed); programs run by tsx, ts-node, bun, deno run, `node -`, `node web`, `node .`, npm start,
// pm2, nodemon, NODE_OPTIONS=--require and `--input-type module -e` (unread, accepted); JDK 8 by an unquoted package-list
// variable and by xargs from a list file (port-only JDWP judged loopback); secure (3) — the app's own public directory
// refused by import.meta.dirname, a sendFile root and an @fastify/static root computed with path.join (comma cut).
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const file = heredocFile;

const LEDGER = "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar";
const JDWP_PORT = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005";
const RUN_JDWP = `nohup java ${JDWP_PORT} ${LEDGER} >/var/log/ledger.log 2>&1 &`;
const RUN_WEB = "cd /opt/ops && nohup node web.js >/var/log/web.log 2>&1 &";
const SERVED = /web|node|3000|serv|unread/;
const STATIC_ROOT = ["const express = require('express');", "express().use(express.static('/')).listen(3000);"];

/** /opt/ops/web.js (or `path`) with `lines`, run by `run` (node web.js from /opt/ops). */
const nodeApp = (name: string, lines: string[], run = RUN_WEB, path = "/opt/ops/web.js") =>
    script(name, [...file(path, lines), run]);

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 61): Express API "express.static(root, [options])" is a property of the module (express.static =
    // serve-static); a destructured `const { static: serve } = require('express')` serves / with serve('/'), but
    // nodeFileServerListeners matches only `NAME.static(` and the bound names of whole-module requires: no directory
    // served, the app on every address (no listen host) accepted.
    dev(
        "web.js: const { static: serve } = require('express'); app.use(serve('/')) on 0.0.0.0:3000",
        nodeApp("dev-node-express-destructured-static-nodes", [
            "const express = require('express');",
            "const { static: serve } = require('express');",
            "const app = express();",
            "app.use(serve('/'));",
            "app.listen(3000);",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Express "Serving static files in Express": `require('express').static('/')` is express.static('/'); the
    // call regex needs the literal `express.static` (or a bound name), so an inline require's `.static('/')` is
    // unseen and / is served on 0.0.0.0:3000 accepted.
    dev(
        "web.js: require('express').static('/') inline, app.listen(3000)",
        nodeApp("dev-node-express-inline-static-nodes", [
            "const app = require('express')();",
            "app.use(require('express').static('/'));",
            "app.listen(3000);",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Node.js "Modules: ECMAScript modules" (CommonJS interop: named exports detected by cjs-module-lexer,
    // express's `exports.static = ...`) and Express's express.static: `import { static as files } from 'express'`
    // binds serve-static; `bound` reads only default and namespace imports, so files('/') is unseen (no directory
    // served).
    dev(
        "web.mjs: import { static as files } from 'express'; files('/') on every address",
        nodeApp(
            "dev-node-express-named-import-nodes",
            [
                "import express, { static as files } from 'express';",
                "const app = express();",
                "app.use(files('/'));",
                "app.listen(3000);",
            ],
            "cd /opt/ops && nohup node web.mjs >/var/log/web.log 2>&1 &",
            "/opt/ops/web.mjs",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Node.js "process.chdir(directory)": "changes the current working directory"; express.static('.') is
    // resolved against it at request time (serve-static: path.resolve(root)), so / is served, but jsPath takes user
    // data's `cd /opt/ops` as the directory and judges /opt/ops the served one.
    dev(
        "web.js: process.chdir('/') then express.static('.') (the working directory changed in code)",
        nodeApp("dev-node-chdir-static-nodes", [
            "const express = require('express');",
            "process.chdir('/');",
            "const app = express();",
            "app.use(express.static('.'));",
            "app.listen(3000);",
        ]),
        SERVED,
    ),
    dev(
        "web.js: const { ROOT = '/opt/ops/public' } = process.env; ROOT=/ set by user data",
        nodeApp(
            "dev-node-destructure-default-env-nodes",
            [
                "const express = require('express');",
                "const { ROOT = '/opt/ops/public' } = process.env;",
                "const app = express();",
                "app.use(express.static(ROOT));",
                "app.listen(3000);",
            ],
            "cd /opt/ops && ROOT=/ nohup node web.js >/var/log/web.log 2>&1 &",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Node.js "util.promisify(original)": `read` is fs.readFile; `read('/' + req.url)` hands out every node
    // file on 0.0.0.0:3000, but NODE_FILE_CALLS matches only calls named readFile/createReadStream/..., so nothing
    // served is seen (a computed path should be a directory the pack cannot know).
    dev(
        "web.js: const read = util.promisify(fs.readFile); http.createServer reads '/' + req.url, listen(3000)",
        nodeApp("dev-node-promisify-readfile-nodes", [
            "const http = require('http');",
            "const fs = require('fs');",
            "const util = require('util');",
            "const read = util.promisify(fs.readFile);",
            "http.createServer(async (req, res) => res.end(await read('/' + decodeURIComponent(req.url)))).listen(3000);",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Node.js "fs/promises" fsPromises.readFile and ESM import renaming (`import { readFile as rf }`):
    // rf(req.url) serves any file; NODE_FILE_CALLS matches the callee's own name only, so the renamed import is
    // unseen and the server accepted.
    dev(
        "web.mjs: import { readFile as rf } from 'node:fs/promises'; createServer with rf(req.url)",
        nodeApp(
            "dev-node-import-alias-readfile-nodes",
            [
                "import { createServer } from 'node:http';",
                "import { readFile as rf } from 'node:fs/promises';",
                "createServer(async (req, res) => res.end(await rf(decodeURIComponent(req.url)))).listen(3000);",
            ],
            "cd /opt/ops && nohup node web.mjs >/var/log/web.log 2>&1 &",
            "/opt/ops/web.mjs",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Node.js "fs.openSync(path[, flags])" / "fs.readSync(fd, buffer, ...)": opening the requested path and
    // reading its descriptor serves any file; NODE_FILE_CALLS knows no open/read, so the server on every address is
    // accepted.
    dev(
        "web.js: fs.openSync + fs.readSync of req.url (no readFile call)",
        nodeApp("dev-node-opensync-readsync-nodes", [
            "const http = require('http');",
            "const fs = require('fs');",
            "http.createServer((req, res) => {",
            "  const fd = fs.openSync(decodeURIComponent(req.url), 'r');",
            "  const buf = Buffer.alloc(fs.fstatSync(fd).size);",
            "  fs.readSync(fd, buf, 0, buf.length, 0);",
            "  res.end(buf);",
            "}).listen(3000);",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Node.js "http2stream.respondWithFile(path[, headers[, options]])": "Sends a regular file as the response"
    // (and respondWithFD); the http2 server sends the requested path on every address (listen(8443): 0.0.0.0/::),
    // unseen by NODE_FILE_CALLS: accepted.
    dev(
        "h2.js: http2 stream.respondWithFile(headers[':path']) on 0.0.0.0:8443",
        nodeApp(
            "dev-node-http2-respondwithfile-nodes",
            [
                "const http2 = require('http2');",
                "const server = http2.createServer();",
                "server.on('stream', (stream, headers) => stream.respondWithFile(decodeURIComponent(headers[':path'])));",
                "server.listen(8443);",
            ],
            "cd /opt/ops && nohup node h2.js >/var/log/h2.log 2>&1 &",
            "/opt/ops/h2.js",
        ),
        /h2|node|8443|serv|unread/,
    ),
    // Was a MISS (fixed in round 61): koa-send README: `send(ctx, path, { root })` "Root directory to restrict file access"; root '/' serves
    // every node file, but koa-send is in neither NODE_STATIC_PACKAGES nor the root/public option readers
    // (@fastify/static, serve-handler): accepted.
    dev(
        "web.js: koa + koa-send send(ctx, ctx.path, { root: '/' }) on 3000",
        nodeApp("dev-node-koa-send-root-nodes", [
            "const Koa = require('koa');",
            "const send = require('koa-send');",
            "const app = new Koa();",
            "app.use(async ctx => { await send(ctx, ctx.path, { root: '/' }); });",
            "app.listen(3000);",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): pillarjs/send README: "send(req, path, [options])", option root "Serve files relative to path" (the
    // module serve-static is built on); root '/' serves every file, unread by the pack: accepted.
    dev(
        "web.js: send(req, req.url, { root: '/' }).pipe(res) (the send package) on 3000",
        nodeApp("dev-node-send-root-nodes", [
            "const http = require('http');",
            "const send = require('send');",
            "http.createServer((req, res) => send(req, req.url, { root: '/' }).pipe(res)).listen(3000);",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): http-server README ("Using http-server as a module"/lib/http-server.js `createServer(options)`,
    // options.root): root '/' served on every address (listen(8080) no host); the module is unread: accepted.
    dev(
        "web.js: require('http-server').createServer({ root: '/' }).listen(8080)",
        nodeApp("dev-node-http-server-module-nodes", [
            "const httpServer = require('http-server');",
            "httpServer.createServer({ root: '/' }).listen(8080);",
        ]),
        /web|node|8080|serv|unread/,
    ),
    // Was a MISS (fixed in round 61): node-static README: `new statik.Server('./public')` "Create a node-static server instance to serve the
    // './public' folder"; '/' serves every file on every address, unread: accepted.
    dev(
        "web.js: node-static new statik.Server('/') on 8080",
        nodeApp("dev-node-node-static-nodes", [
            "const statik = require('node-static');",
            "const files = new statik.Server('/');",
            "require('http').createServer((req, res) => req.addListener('end', () => files.serve(req, res)).resume()).listen(8080);",
        ]),
        /web|node|8080|serv|unread/,
    ),
    dev(
        "web.js: hapi + @hapi/inert directory handler { path: '/' } on host 0.0.0.0 (server.start, no .listen)",
        nodeApp("dev-node-hapi-inert-nodes", [
            "const Hapi = require('@hapi/hapi');",
            "const Inert = require('@hapi/inert');",
            "(async () => {",
            "  const server = Hapi.server({ port: 3000, host: '0.0.0.0' });",
            "  await server.register(Inert);",
            "  server.route({ method: 'GET', path: '/{param*}', handler: { directory: { path: '/' } } });",
            "  await server.start();",
            "})();",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): NestJS docs "Serve static" (ServeStaticModule.forRoot({ rootPath })): rootPath '/' serves every node file
    // via app.listen(3000) on every address; @nestjs/serve-static's rootPath is unread: accepted.
    dev(
        "main.js: NestJS ServeStaticModule.forRoot({ rootPath: '/' }) (compiled), app.listen(3000)",
        nodeApp(
            "dev-node-nest-serve-static-nodes",
            [
                "const { NestFactory } = require('@nestjs/core');",
                "const { Module } = require('@nestjs/common');",
                "const { ServeStaticModule } = require('@nestjs/serve-static');",
                "class AppModule {}",
                "Module({ imports: [ServeStaticModule.forRoot({ rootPath: '/' })] })(AppModule);",
                "NestFactory.create(AppModule).then(app => app.listen(3000));",
            ],
            "cd /opt/ops && nohup node main.js >/var/log/web.log 2>&1 &",
            "/opt/ops/main.js",
        ),
        /main|node|3000|serv|unread/,
    ),
    // Was a MISS (fixed in round 61): Node.js "inspector.open([port[, host[, wait]]])": "Activate inspector on host and port. Equivalent to
    // node --inspect=[[host:]port]" (with its security warning: the inspector runs any code as the process, root);
    // host 0.0.0.0 is a served shell, but `inspector` is not in NODE_OPAQUE_MODULES and the `.listen` host is
    // loopback: accepted.
    dev(
        "web.js: require('inspector').open(9229, '0.0.0.0') (the V8 inspector on every address)",
        nodeApp("dev-node-inspector-open-nodes", [
            "const inspector = require('inspector');",
            "inspector.open(9229, '0.0.0.0');",
            "require('http').createServer((req, res) => res.end('ok')).listen(3000, '127.0.0.1');",
        ]),
        /web|node|9229|inspect|unread|shell/,
    ),
    // Was a MISS (fixed in round 61): Node.js "module.require(id)": "provides a way to load a module as if require() was called from the
    // original module"; the load regex refuses a `require(` after a dot, so child_process is unseen and the HTTP exec
    // server on every address accepted (process.mainModule.require alike).
    dev(
        "web.js: module.require('child_process') exec of req.url (require after a dot)",
        nodeApp("dev-node-module-require-cp-nodes", [
            "const cp = module.require('child_process');",
            "require('http').createServer((req, res) => cp.exec(decodeURIComponent(req.url.slice(1)), (e, out) => res.end(out))).listen(9000);",
        ]),
        /web|node|9000|unread|shell/,
    ),
    // Was a MISS (fixed in round 61): ECMAScript "eval(x)" is the global object's property (indirect eval: globalThis.eval(body) runs the
    // request body); the eval pattern needs no dot before `eval(`, so this remote-code server on every address is
    // accepted.
    dev(
        "web.js: globalThis.eval of the request body (eval after a dot)",
        nodeApp("dev-node-globalthis-eval-nodes", [
            "const fs = require('fs');",
            "require('http').createServer((req, res) => { let b = ''; req.on('data', d => (b += d)); req.on('end', () => res.end(String(globalThis.eval(b)))); }).listen(9000);",
        ]),
        /web|node|9000|unread|eval/,
    ),
    // Was a MISS (fixed in round 61): ECMAScript indirect eval (`(0, eval)(src)`, MDN "eval(): Direct and indirect eval") runs the request
    // body; the pattern needs `eval(` and sees `eval)`: accepted.
    dev(
        "web.js: (0, eval)(body) indirect eval",
        nodeApp("dev-node-indirect-eval-nodes", [
            "require('http').createServer((req, res) => { let b = ''; req.on('data', d => (b += d)); req.on('end', () => res.end(String((0, eval)(b)))); }).listen(9000);",
        ]),
        /web|node|9000|unread|eval/,
    ),
    // Was a MISS (fixed in round 61): tsx (tsx.is: "tsx file.ts" runs TypeScript with Node.js): web.ts serves / with express.static('/') on
    // every address; the runner tsx (npx tsx) is no `node` to nodeFileServerListeners (READERS names node|nodejs), so
    // the script is unread: accepted (`node --import tsx web.ts` is refused).
    dev(
        "tsx web.ts: express.static('/') (TypeScript run by tsx)",
        nodeApp(
            "dev-node-tsx-static-root-nodes",
            [
                "import express from 'express';",
                "const app = express();",
                "app.use(express.static('/'));",
                "app.listen(3000);",
            ],
            "cd /opt/ops && nohup npx tsx web.ts >/var/log/web.log 2>&1 &",
            "/opt/ops/web.ts",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): ts-node README ("ts-node script.ts": TypeScript execution for Node.js): the same express.static('/')
    // program run by ts-node is unread (only node|nodejs): accepted.
    dev(
        "ts-node web.ts: express.static('/')",
        nodeApp(
            "dev-node-ts-node-static-root-nodes",
            [
                "import express from 'express';",
                "const app = express();",
                "app.use(express.static('/'));",
                "app.listen(3000);",
            ],
            "cd /opt/ops && nohup ts-node web.ts >/var/log/web.log 2>&1 &",
            "/opt/ops/web.ts",
        ),
        SERVED,
    ),
    dev(
        "node --import tsx web.ts: express.static('/')",
        nodeApp(
            "dev-node-import-tsx-static-root-nodes",
            [
                "import express from 'express';",
                "const app = express();",
                "app.use(express.static('/'));",
                "app.listen(3000);",
            ],
            "cd /opt/ops && nohup node --import tsx web.ts >/var/log/web.log 2>&1 &",
            "/opt/ops/web.ts",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Bun docs "HTTP server" (Bun.serve({ fetch })) and "File I/O" (Bun.file(path)): the requested path is sent
    // on every address (port 3000, hostname default 0.0.0.0); bun runs what user data wrote but the pack reads it not
    // at all: accepted.
    dev(
        "bun web.js: Bun.serve returning Bun.file(pathname) on every address",
        nodeApp(
            "dev-node-bun-serve-file-nodes",
            [
                "Bun.serve({ port: 3000, fetch(req) { return new Response(Bun.file(decodeURIComponent(new URL(req.url).pathname))); } });",
            ],
            "cd /opt/ops && nohup /root/.bun/bin/bun web.js >/var/log/web.log 2>&1 &",
        ),
        SERVED,
    ),
    dev(
        "deno run -A jsr:@std/http/file-server / (Deno's file server of the root, 0.0.0.0:4507)",
        script("dev-deno-std-file-server-root-nodes", [
            "curl -fsSL https://deno.land/install.sh | sh",
            "nohup /root/.deno/bin/deno run --allow-net --allow-read jsr:@std/http/file-server / >/var/log/fs.log 2>&1 &",
        ]),
        /deno|file-server|4507|serv|unread/,
    ),
    // Was a MISS (fixed in round 61): Deno std/http file-server `serveDir(req, { fsRoot })` ("fsRoot: Serves the files under the given
    // directory root") with Deno.serve (default hostname 0.0.0.0): fsRoot '/' serves every file; `deno run -A web.ts`
    // is unread: accepted (the file-server CLI is refused).
    dev(
        "deno serve web.ts: serveDir(req, { fsRoot: '/' })",
        nodeApp(
            "dev-deno-servedir-root-nodes",
            [
                "import { serveDir } from 'jsr:@std/http/file-server';",
                "Deno.serve({ port: 8000 }, req => serveDir(req, { fsRoot: '/' }));",
            ],
            "cd /opt/ops && nohup /root/.deno/bin/deno run -A web.ts >/var/log/web.log 2>&1 &",
            "/opt/ops/web.ts",
        ),
        /web|deno|8000|serv|unread/,
    ),
    dev(
        "npx --yes http-server /etc/kubernetes -p 8080",
        script("dev-npx-http-server-etc-nodes", [
            "nohup npx --yes http-server /etc/kubernetes -p 8080 >/var/log/hs.log 2>&1 &",
        ]),
        /http-server|8080|kubernetes|serv|unread/,
    ),
    dev(
        "npx -y serve@14 -l tcp://0.0.0.0:3000 /",
        script("dev-npx-serve-version-nodes", ["nohup npx -y serve@14 -l tcp://0.0.0.0:3000 / >/var/log/s.log 2>&1 &"]),
        /serve|3000|serv|unread/,
    ),
    dev(
        "pnpm dlx http-server / -p 8080",
        script("dev-pnpm-dlx-http-server-nodes", ["nohup pnpm dlx http-server / -p 8080 >/var/log/hs.log 2>&1 &"]),
        /http-server|8080|serv|unread/,
    ),
    dev(
        "bunx serve /",
        script("dev-bunx-serve-root-nodes", ["nohup /root/.bun/bin/bunx serve / >/var/log/s.log 2>&1 &"]),
        /serve|3000|serv|unread/,
    ),
    dev(
        "npm i -g http-server; http-server / -a 0.0.0.0",
        script("dev-global-http-server-nodes", [
            "npm install -g http-server",
            "nohup http-server / -a 0.0.0.0 -p 8080 >/var/log/hs.log 2>&1 &",
        ]),
        /http-server|8080|serv|unread/,
    ),
    dev(
        "npx live-server / --host=0.0.0.0",
        script("dev-npx-live-server-nodes", [
            "nohup npx --yes live-server / --host=0.0.0.0 --port=8080 --no-browser >/var/log/ls.log 2>&1 &",
        ]),
        /live-server|8080|serv|unread/,
    ),
    // Was a MISS (fixed in round 61): Node.js "Command-line API": `node [options] [script.js | -e "script" | -] [arguments]`, "-  Alias for
    // stdin ... the script is read from stdin"; the heredoc is user data's own code serving / on every address, but
    // nodeEntry skips `-` as an option and reads no script: accepted.
    dev(
        "node - <<EOF (the script on standard input): express.static('/') on every address",
        script("dev-node-stdin-heredoc-nodes", [
            "cd /opt/ops && nohup node - >/var/log/web.log 2>&1 <<'EOF' &",
            ...STATIC_ROOT,
            "EOF",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Node.js "Modules: CommonJS", "All together": the main entry is resolved as require resolves it
    // (LOAD_AS_FILE: X.js); `node web` runs /opt/ops/web.js, but nodeEntry reads only the literal path /opt/ops/web
    // (no such file): unread, accepted.
    dev(
        "node web (no extension: Node resolves web.js): express.static('/')",
        nodeApp("dev-node-no-extension-nodes", STATIC_ROOT, "cd /opt/ops && nohup node web >/var/log/web.log 2>&1 &"),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Node.js "Modules: CommonJS" LOAD_AS_DIRECTORY (package.json main, else index.js): `node .` runs
    // /opt/ops/index.js serving /, but nodeEntry reads /opt/ops as a file: unread, accepted.
    dev(
        "node . in /opt/ops (index.js): express.static('/')",
        nodeApp(
            "dev-node-dot-index-nodes",
            STATIC_ROOT,
            "cd /opt/ops && nohup node . >/var/log/web.log 2>&1 &",
            "/opt/ops/index.js",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): npm docs "npm start": "runs the command specified in the package's start property of its scripts object"
    // (node web.js); the pack does not follow npm run-scripts, so express.static('/') on every address is accepted.
    dev(
        "npm start (package.json scripts.start: node web.js): express.static('/')",
        script("dev-npm-start-static-root-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/web.js", STATIC_ROOT),
            "cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): PM2 docs "Quick Start" (`pm2 start app.js`: runs the script with node, as root here); the written web.js
    // serving / is unread (only node|nodejs are read): accepted.
    dev(
        "pm2 start /opt/ops/web.js: express.static('/')",
        nodeApp(
            "dev-pm2-static-root-nodes",
            STATIC_ROOT,
            "npm install -g pm2 && cd /opt/ops && pm2 start /opt/ops/web.js",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): nodemon README ("nodemon ./server.js": runs it with node, restarting on change); the same web.js is
    // unread under nodemon: accepted.
    dev(
        "npx nodemon web.js: express.static('/')",
        nodeApp(
            "dev-nodemon-static-root-nodes",
            STATIC_ROOT,
            "cd /opt/ops && nohup npx nodemon web.js >/var/log/web.log 2>&1 &",
        ),
        SERVED,
    ),
    dev(
        "systemd unit ExecStart=/usr/bin/node /opt/ops/web.js: express.static('/')",
        script("dev-node-systemd-static-root-nodes", [
            ...file("/opt/ops/web.js", STATIC_ROOT),
            ...file("/etc/systemd/system/web.service", [
                "[Service]",
                "WorkingDirectory=/opt/ops",
                "ExecStart=/usr/bin/node /opt/ops/web.js",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl daemon-reload && systemctl enable --now web.service",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Node.js "Command-line API" NODE_OPTIONS ("A space-separated list of command-line options ... interpreted
    // before command-line options"; --require is allowed): serve.js is preloaded and serves / on every address, but
    // nodeEntry reads preloads from the argument list only: app.js alone (no server) is judged, accepted.
    dev(
        "NODE_OPTIONS='--require /opt/ops/serve.js' node app.js (serve.js: express.static('/'))",
        script("dev-node-options-require-nodes", [
            ...file("/opt/ops/serve.js", STATIC_ROOT),
            ...file("/opt/ops/app.js", ["console.log('worker');", "setInterval(() => {}, 1000);"]),
            "cd /opt/ops && NODE_OPTIONS='--require /opt/ops/serve.js' nohup node app.js >/var/log/app.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Node.js "Command-line API": --input-type takes a value (`--input-type=module`; Node's option parser also
    // takes it as the next word, as `-r X`); nodeEntry takes `module` as the script (/opt/ops/module, unwritten) and
    // never reads the -e code serving / on every address: accepted.
    dev(
        "node --input-type module -e (the option's value a separate word): import express; static('/')",
        script("dev-node-input-type-separate-nodes", [
            `cd /opt/ops && nohup node --input-type module -e "import express from 'express'; express().use(express.static('/')).listen(3000);" >/dev/null 2>&1 &`,
        ]),
        SERVED,
    ),
    dev(
        "web.js: express.static('/etc/kubernetes') on listen(3000, '0') (host '0' is 0.0.0.0)",
        nodeApp("dev-node-listen-host-zero-nodes", [
            "const express = require('express');",
            "express().use(express.static('/etc/kubernetes')).listen(3000, '0');",
        ]),
        SERVED,
    ),
    dev(
        "web.js: express.static('/etc/kubernetes') on listen(3000, '::') (every IPv6 and IPv4 address)",
        nodeApp("dev-node-listen-host-any6-nodes", [
            "const express = require('express');",
            "express().use(express.static('/etc/kubernetes')).listen(3000, '::');",
        ]),
        SERVED,
    ),
    dev(
        "dnf install -y java-{1.8.0,17}-amazon-corretto-headless (brace expansion), JDWP 5005",
        script("dev-jdwp-port-brace-expansion-nodes", [
            "dnf install -y java-{1.8.0,17}-amazon-corretto-headless",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 61): bash(1) "Word Splitting": unquoted $PKGS splits into both package names, so dnf installs Corretto 8 (JDWP
    // port-only on every address, JDK-8041435) beside 17; expandedWords treats the value as one word (no JDK_PACKAGE
    // match for the pair), so only a secure release is read and JDWP judged loopback: accepted.
    dev(
        'PKGS="java-17-amazon-corretto-headless java-1.8.0-amazon-corretto-devel"; dnf install -y $PKGS, JDWP 5005',
        script("dev-jdwp-port-unquoted-list-variable-nodes", [
            'PKGS="java-17-amazon-corretto-headless java-1.8.0-amazon-corretto-devel"',
            "dnf install -y $PKGS",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 61): xargs(1): "build and execute command lines from standard input": dnf installs
    // java-1.8.0-amazon-corretto-devel from the list user data wrote; installedJavaReleases reads no xargs, so only
    // Corretto 17 is seen and port-only JDWP (JDK 8: every address, JDK-8041435) judged loopback; an unknown package
    // list should be fail closed: accepted.
    dev(
        "xargs dnf install -y < /tmp/pkgs.txt (a list user data wrote, with java-1.8.0), corretto 17, JDWP 5005",
        script("dev-jdwp-port-xargs-list-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "printf '%s\\n' java-1.8.0-amazon-corretto-devel git > /tmp/pkgs.txt",
            "xargs dnf install -y < /tmp/pkgs.txt",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    // Round 61 fix neighbours: word splitting of a variable named in braces, and xargs reading its items from a file
    // (-a) or a pipe: the JDK releases the node gets are not the command line's.
    dev(
        'JDKS="java-17-amazon-corretto-headless java-1.8.0-amazon-corretto-headless"; yum install -y ${JDKS}, JDWP 5005',
        script("dev-jdwp-port-braced-list-variable-nodes", [
            'JDKS="java-17-amazon-corretto-headless java-1.8.0-amazon-corretto-headless"',
            "yum install -y ${JDKS}",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "xargs -a /tmp/pkgs.txt dnf install -y (items from a file), corretto 17, JDWP 5005",
        script("dev-jdwp-port-xargs-a-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "xargs -a /tmp/pkgs.txt dnf install -y",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "cat /tmp/pkgs.txt | xargs -r /usr/bin/yum install -y, corretto 17, JDWP 5005",
        script("dev-jdwp-port-xargs-pipe-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "cat /tmp/pkgs.txt | xargs -r /usr/bin/yum install -y",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "curl -fsSLo /tmp/java.rpm (glued -o) Corretto 8 RPM; rpm -i beside corretto 17, JDWP 5005",
        script("dev-jdwp-port-glued-o-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "curl -fsSLo /tmp/java.rpm https://corretto.aws/downloads/latest/amazon-corretto-8-x64-linux-jdk.rpm",
            "rpm -i /tmp/java.rpm",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "wget URL -O /tmp/java.rpm (URL first) Corretto 8; rpm -i beside corretto 17",
        script("dev-jdwp-port-wget-url-first-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "wget -q https://corretto.aws/downloads/latest/amazon-corretto-8-x64-linux-jdk.rpm -O /tmp/java.rpm",
            "rpm -i /tmp/java.rpm",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    // JDK releases
    dev(
        "amazon-linux-extras install -y corretto8 (AL2 style) beside corretto 17, JDWP 5005",
        script("dev-jdwp-port-extras-corretto8-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "amazon-linux-extras install -y corretto8",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "dnf install -y temurin-8-jdk (Adoptium RPM repo) beside corretto 17, JDWP 5005",
        script("dev-jdwp-port-temurin8-rpm-repo-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "dnf install -y temurin-8-jdk",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "dnf install -y zulu8-jdk (Azul repo) beside corretto 17, JDWP 5005",
        script("dev-jdwp-port-zulu8-repo-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "dnf install -y zulu8-jdk",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "Corretto 8 tarball (corretto.aws tar.gz) to /opt/corretto, PATH, JDWP 5005",
        script("dev-jdwp-port-corretto8-tar-nodes", [
            "curl -fsSL -o /tmp/c.tgz https://corretto.aws/downloads/latest/amazon-corretto-8-x64-linux-jdk.tar.gz",
            "mkdir -p /opt/corretto && tar -xzf /tmp/c.tgz -C /opt/corretto --strip-components=1",
            "export PATH=/opt/corretto/bin:$PATH",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "wget -qO- temurin8 tarball | tar -xz -C /opt/java --strip-components=1, JAVA_HOME, JDWP 5005",
        script("dev-jdwp-port-wget-pipe-temurin8-nodes", [
            "mkdir -p /opt/java",
            "wget -qO- https://github.com/adoptium/temurin8-binaries/releases/download/jdk8u422-b05/OpenJDK8U-jre_x64_linux_hotspot_8u422b05.tar.gz | tar -xz -C /opt/java --strip-components=1",
            "export JAVA_HOME=/opt/java",
            'nohup "$JAVA_HOME/bin/java" ' + `${JDWP_PORT} ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "VER=8; curl -o /tmp/j.rpm .../amazon-corretto-${VER}-x64-linux-jdk.rpm; rpm -i beside corretto 17",
        script("dev-jdwp-port-url-variable-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "VER=8",
            "curl -fsSL -o /tmp/j.rpm https://corretto.aws/downloads/latest/amazon-corretto-${VER}-x64-linux-jdk.rpm",
            "rpm -i /tmp/j.rpm",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "curl --output-dir /tmp -O corretto 8 RPM; rpm -i /tmp/amazon-corretto-8-x64-linux-jdk.rpm beside corretto 17",
        script("dev-jdwp-port-output-dir-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "curl -fsSL --output-dir /tmp -o jdk.rpm https://corretto.aws/downloads/latest/amazon-corretto-8-x64-linux-jdk.rpm",
            "rpm -i /tmp/jdk.rpm",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "dnf install -y https://corretto.aws/.../amazon-corretto-8-x64-linux-jdk.rpm (URL operand) beside corretto 17",
        script("dev-jdwp-port-dnf-url-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "dnf install -y https://corretto.aws/downloads/latest/amazon-corretto-8-x64-linux-jdk.rpm",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "curl -L -o jdk.rpm (relative, cd /tmp) Corretto 8; rpm -i /tmp/jdk.rpm beside corretto 17",
        script("dev-jdwp-port-relative-download-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "cd /tmp && curl -fsSL -o jdk.rpm https://corretto.aws/downloads/latest/amazon-corretto-8-x64-linux-jdk.rpm",
            "rpm -i /tmp/jdk.rpm",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "curl saves corretto 17 to /tmp/jdk.rpm, then again corretto 8 to the same file; rpm -i /tmp/jdk.rpm",
        script("dev-jdwp-port-overwritten-download-nodes", [
            "curl -fsSL -o /tmp/jdk.rpm https://corretto.aws/downloads/latest/amazon-corretto-17-x64-linux-jdk.rpm",
            "curl -fsSL -o /tmp/jdk.rpm https://corretto.aws/downloads/latest/amazon-corretto-8-x64-linux-jdk.rpm",
            "rpm -i /tmp/jdk.rpm",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        'JDK_RPM set twice (17 then 8), rpm -i "$JDK_RPM"',
        script("dev-jdwp-port-variable-reassigned-nodes", [
            "JDK_RPM=https://corretto.aws/downloads/latest/amazon-corretto-17-x64-linux-jdk.rpm",
            "JDK_RPM=https://corretto.aws/downloads/latest/amazon-corretto-8-x64-linux-jdk.rpm",
            'rpm -i "$JDK_RPM"',
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "JAVA_HOME=/opt/jdk8 by a Temurin 8 tarball unpacked there; /usr/bin/java is corretto 17 but $JAVA_HOME/bin/java runs",
        script("dev-jdwp-port-java-home-temurin8-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "mkdir -p /opt/jdk8",
            "curl -fsSL https://github.com/adoptium/temurin8-binaries/releases/download/jdk8u422-b05/OpenJDK8U-jre_x64_linux_hotspot_8u422b05.tar.gz | tar -xz -C /opt/jdk8 --strip-components=1",
            "JAVA_HOME=/opt/jdk8",
            `nohup $JAVA_HOME/bin/java ${JDWP_PORT} ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /jdwp|5005/,
    ),
    // Neighbours of the round-61 allowlist (a Node.js program beyond loopback uses only what the pack reads).
    dev(
        "web.js: fs.promises.readFile('/' + req.url) on every address",
        nodeApp("dev-node-fs-promises-readfile-nodes", [
            "const fs = require('fs');",
            "require('http').createServer(async (req, res) => res.end(await fs.promises.readFile('/' + req.url))).listen(3000);",
        ]),
        SERVED,
    ),
    dev(
        "web.js: require('fs').createReadStream(req.url) inline, on every address",
        nodeApp("dev-node-inline-fs-stream-nodes", [
            "require('http').createServer((req, res) => require('fs').createReadStream(req.url).pipe(res)).listen(3000);",
        ]),
        SERVED,
    ),
    dev(
        "web.js: ws WebSocketServer (a package the pack does not read) on every address",
        nodeApp("dev-node-ws-unknown-package-nodes", [
            "const { WebSocketServer } = require('ws');",
            "new WebSocketServer({ port: 8080 }).on('connection', s => s.send('hi'));",
        ]),
        /web|node|8080|unread/,
    ),
    dev(
        "npm run serve (scripts.serve: tsx web.ts): express.static('/')",
        script("dev-npm-run-serve-tsx-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "serve": "tsx web.ts" } }']),
            ...file("/opt/ops/web.ts", STATIC_ROOT),
            "cd /opt/ops && nohup npm run serve >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "node . with package.json main server.js: express.static('/')",
        script("dev-node-dot-main-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "main": "server.js" }']),
            ...file("/opt/ops/server.js", STATIC_ROOT),
            "cd /opt/ops && nohup node . >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "web.js: process.chdir('/') then express.static('public') on 0.0.0.0 (the directory moved)",
        nodeApp("dev-node-chdir-public-any-nodes", [
            "const express = require('express');",
            "process.chdir('/etc');",
            "express().use(express.static('kubernetes')).listen(3000, '0.0.0.0');",
        ]),
        SERVED,
    ),
    dev(
        "bun run web.js: express.static('/')",
        nodeApp(
            "dev-bun-run-static-root-nodes",
            STATIC_ROOT,
            "cd /opt/ops && nohup /root/.bun/bin/bun run web.js >/var/log/web.log 2>&1 &",
        ),
        SERVED,
    ),
];

const secure: NodeCase[] = [
    dev(
        "web.js: express.static(path.join(__dirname, 'public')) on 127.0.0.1:3000 (ESM-free CommonJS)",
        nodeApp("dev-node-express-public-loopback-ok-nodes", [
            "const path = require('path');",
            "const express = require('express');",
            "const app = express();",
            "app.use(express.static(path.join(__dirname, 'public')));",
            "app.listen(3000, '127.0.0.1');",
        ]),
    ),
    dev(
        "web.mjs: import express; express.static(new URL('./public', import.meta.url).pathname)… fileURLToPath, every address",
        nodeApp(
            "dev-node-esm-fileurl-public-ok-nodes",
            [
                "import express from 'express';",
                "import path from 'node:path';",
                "import { fileURLToPath } from 'node:url';",
                "const __dirname = path.dirname(fileURLToPath(import.meta.url));",
                "const app = express();",
                "app.use(express.static(path.join(__dirname, 'public')));",
                "app.listen(3000);",
            ],
            "cd /opt/ops && nohup node web.mjs >/var/log/web.log 2>&1 &",
            "/opt/ops/web.mjs",
        ),
    ),
    // Was a MISS (fixed in round 61): (secure refused) Node.js ESM "import.meta.dirname" (v20.11.0/v21.2.0): "The directory name of the current
    // module" (/opt/ops), so the app serves /opt/ops/public; jsPath knows __dirname but not import.meta.dirname: "a
    // directory the pack cannot know", refused.
    dev(
        "web.mjs: express.static(path.join(import.meta.dirname, 'public')) (Node 20.11+), every address",
        nodeApp(
            "dev-node-esm-import-meta-dirname-ok-nodes",
            [
                "import express from 'express';",
                "import path from 'node:path';",
                "const app = express();",
                "app.use(express.static(path.join(import.meta.dirname, 'public')));",
                "app.listen(3000);",
            ],
            "cd /opt/ops && nohup node web.mjs >/var/log/web.log 2>&1 &",
            "/opt/ops/web.mjs",
        ),
        /./,
    ),
    dev(
        "web.js: express.static('public') and listen(3000, 'localhost')",
        nodeApp("dev-node-express-localhost-ok-nodes", [
            "const express = require('express');",
            "const app = express();",
            "app.use(express.static('public'));",
            "app.listen(3000, 'localhost');",
        ]),
    ),
    dev(
        "web.js: const PORT = process.env.PORT || 3000; express.static(__dirname + '/public'); app.listen(PORT)",
        nodeApp("dev-node-express-port-env-ok-nodes", [
            "const express = require('express');",
            "const PORT = process.env.PORT || 3000;",
            "const app = express();",
            "app.use(express.static(__dirname + '/public'));",
            "app.listen(PORT, () => console.log(`listening on ${PORT}`));",
        ]),
    ),
    // Was a MISS (fixed in round 61): (secure refused) Express "res.sendFile(path [, options])" option root (path escaping it refused): root
    // path.join(__dirname, 'public') is /opt/ops/public, but the root reader `root\s*:\s*([^,}]+)` stops at the comma
    // inside path.join(...): "a directory the pack cannot know", refused.
    dev(
        "web.js: res.sendFile(req.params.f, { root: path.join(__dirname, 'public') })",
        nodeApp("dev-node-sendfile-root-ok-nodes", [
            "const path = require('path');",
            "const express = require('express');",
            "const app = express();",
            "app.get('/f/:f', (req, res) => res.sendFile(req.params.f, { root: path.join(__dirname, 'public') }));",
            "app.listen(3000);",
        ]),
        /./,
    ),
    dev(
        "web.js: express + helmet + morgan + express.static('public') (ordinary packages)",
        nodeApp("dev-node-express-helmet-ok-nodes", [
            "const express = require('express');",
            "const helmet = require('helmet');",
            "const morgan = require('morgan');",
            "const app = express();",
            "app.use(helmet());",
            "app.use(morgan('combined'));",
            "app.use(express.static('public'));",
            "app.get('/healthz', (req, res) => res.send('ok'));",
            "app.listen(3000);",
        ]),
    ),
    // Was a MISS (fixed in round 61): (secure refused) @fastify/static README: `root: path.join(__dirname, 'public')` (its own example) is
    // /opt/ops/public; the `root:` reader `[^,}\n]+` cuts the expression at path.join's comma, so it is unknown:
    // refused.
    dev(
        "web.js: fastify + @fastify/static { root: path.join(__dirname, 'public'), prefix: '/public/' }",
        nodeApp("dev-node-fastify-static-ok-nodes", [
            "const path = require('path');",
            "const fastify = require('fastify')();",
            "fastify.register(require('@fastify/static'), { root: path.join(__dirname, 'public'), prefix: '/public/' });",
            "fastify.listen({ port: 3000, host: '0.0.0.0' });",
        ]),
        /./,
    ),
    dev(
        "web.js: koa + koa-static(__dirname + '/public')",
        nodeApp("dev-node-koa-static-ok-nodes", [
            "const Koa = require('koa');",
            "const serve = require('koa-static');",
            "const app = new Koa();",
            "app.use(serve(__dirname + '/public'));",
            "app.listen(3000);",
        ]),
    ),
    dev(
        "web.js: fs.readFile(path.join(__dirname, 'index.html')) for every request",
        nodeApp("dev-node-readfile-index-ok-nodes", [
            "const http = require('http');",
            "const fs = require('fs');",
            "const path = require('path');",
            "const INDEX = path.join(__dirname, 'index.html');",
            "http.createServer((req, res) => fs.readFile(INDEX, (err, data) => res.end(data))).listen(3000);",
        ]),
    ),
    dev(
        "web.js: fs.readFileSync('./config.json') at start-up, express.static('public')",
        nodeApp("dev-node-readfilesync-config-ok-nodes", [
            "const fs = require('fs');",
            "const express = require('express');",
            "const config = JSON.parse(fs.readFileSync('./config.json', 'utf8'));",
            "const app = express();",
            "app.use(express.static('public'));",
            "app.listen(config.port);",
        ]),
    ),
    dev(
        "web.js: express.static('public') and a local router module ./routes/api.js",
        script("dev-node-local-router-ok-nodes", [
            ...file("/opt/ops/routes/api.js", [
                "const express = require('express');",
                "const router = express.Router();",
                "router.get('/status', (req, res) => res.json({ ok: true }));",
                "module.exports = router;",
            ]),
            ...file("/opt/ops/web.js", [
                "const express = require('express');",
                "const api = require('./routes/api');",
                "const app = express();",
                "app.use('/api', api);",
                "app.use(express.static('public'));",
                "app.listen(3000);",
            ]),
            RUN_WEB,
        ]),
    ),
    dev(
        "npx --yes http-server /opt/ops/public -a 127.0.0.1 -p 8080",
        script("dev-npx-http-server-public-loopback-ok-nodes", [
            "nohup npx --yes http-server /opt/ops/public -a 127.0.0.1 -p 8080 >/var/log/hs.log 2>&1 &",
        ]),
    ),
    dev(
        "npx -y serve /opt/ops/public -l 3000",
        script("dev-npx-serve-public-ok-nodes", ["nohup npx -y serve /opt/ops/public -l 3000 >/var/log/s.log 2>&1 &"]),
    ),
    dev(
        "web.js: sirv('public', { dev: false }) with polka on 3000",
        nodeApp("dev-node-polka-sirv-ok-nodes", [
            "const polka = require('polka');",
            "const sirv = require('sirv');",
            "polka().use(sirv('public', { dev: false })).listen(3000);",
        ]),
    ),
    dev(
        "web.js: serve-handler with { public: 'public' }",
        nodeApp("dev-node-serve-handler-ok-nodes", [
            "const handler = require('serve-handler');",
            "const http = require('http');",
            "http.createServer((req, res) => handler(req, res, { public: 'public' })).listen(3000);",
        ]),
    ),
    // JDK releases
    dev(
        "apt-get install -y temurin-17-jre (Adoptium apt repo), JDWP 5005",
        script("dev-jdwp-port-temurin17-apt-ok-nodes", ["apt-get install -y temurin-17-jre", RUN_JDWP]),
    ),
    dev(
        "dnf install -y java-21-amazon-corretto-devel \\ (continued line) maven, JDWP 5005",
        script("dev-jdwp-port-continued-line-ok-nodes", [
            "dnf install -y \\",
            "    java-21-amazon-corretto-devel \\",
            "    maven-amazon-corretto21",
            RUN_JDWP,
        ]),
    ),
    dev(
        "Corretto 21 tarball (corretto.aws tar.gz) to /opt/corretto, PATH, JDWP 5005",
        script("dev-jdwp-port-corretto21-tar-ok-nodes", [
            "curl -fsSL -o /tmp/c.tgz https://corretto.aws/downloads/latest/amazon-corretto-21-x64-linux-jdk.tar.gz",
            "mkdir -p /opt/corretto && tar -xzf /tmp/c.tgz -C /opt/corretto --strip-components=1",
            "export PATH=/opt/corretto/bin:$PATH",
            RUN_JDWP,
        ]),
    ),
    dev(
        "JDK_VERSION=21; dnf install -y java-${JDK_VERSION}-amazon-corretto-headless, JDWP 5005",
        script("dev-jdwp-port-version-variable-ok-nodes", [
            "JDK_VERSION=21",
            "dnf install -y java-${JDK_VERSION}-amazon-corretto-headless",
            RUN_JDWP,
        ]),
    ),
    dev(
        "dnf install -y https://corretto.aws/.../amazon-corretto-21-x64-linux-jdk.rpm (URL operand), JDWP 5005",
        script("dev-jdwp-port-dnf-url-21-ok-nodes", [
            "dnf install -y https://corretto.aws/downloads/latest/amazon-corretto-21-x64-linux-jdk.rpm",
            RUN_JDWP,
        ]),
    ),
    dev(
        "wget -O /tmp/jdk.rpm Corretto 17; dnf install -y /tmp/jdk.rpm, JDWP 5005",
        script("dev-jdwp-port-wget-dnf-local-ok-nodes", [
            "wget -q -O /tmp/jdk.rpm https://corretto.aws/downloads/latest/amazon-corretto-17-x64-linux-jdk.rpm",
            "dnf install -y /tmp/jdk.rpm",
            RUN_JDWP,
        ]),
    ),
    dev(
        "web.js: express.static('public') on listen(3000, '::1') (IPv6 loopback)",
        nodeApp("dev-node-listen-v6-loopback-ok-nodes", [
            "const express = require('express');",
            "express().use(express.static('public')).listen(3000, '::1');",
        ]),
    ),
    dev(
        "web.js: express.static(path.resolve('public')) from /opt/ops",
        nodeApp("dev-node-resolve-relative-ok-nodes", [
            "const path = require('path');",
            "const express = require('express');",
            "express().use(express.static(path.resolve('public'))).listen(3000);",
        ]),
    ),
    dev(
        "curl -fsSLo /tmp/java.rpm (glued -o) Corretto 21; rpm -i, JDWP 5005",
        script("dev-jdwp-port-glued-o-21-ok-nodes", [
            "curl -fsSLo /tmp/java.rpm https://corretto.aws/downloads/latest/amazon-corretto-21-x64-linux-jdk.rpm",
            "rpm -i /tmp/java.rpm",
            RUN_JDWP,
        ]),
    ),
    dev(
        "wget URL -O /tmp/java.rpm (URL first) Corretto 17; rpm -i, JDWP 5005",
        script("dev-jdwp-port-wget-url-first-17-ok-nodes", [
            "wget -q https://corretto.aws/downloads/latest/amazon-corretto-17-x64-linux-jdk.rpm -O /tmp/java.rpm",
            "rpm -i /tmp/java.rpm",
            RUN_JDWP,
        ]),
    ),
    dev(
        'PKGS="java-21-amazon-corretto-headless git"; dnf install -y $PKGS, JDWP 5005',
        script("dev-jdwp-port-unquoted-list-variable-ok-nodes", [
            'PKGS="java-21-amazon-corretto-headless git"',
            "dnf install -y $PKGS",
            RUN_JDWP,
        ]),
    ), // Round 61 fix neighbours: a list variable of JDK 9+ packages only, split into its words, and xargs feeding a
    // command other than an installer.
    dev(
        'JDKS="java-17-amazon-corretto-headless java-21-amazon-corretto-headless"; dnf install -y $JDKS, JDWP 5005',
        script("dev-jdwp-port-list-variable-17-21-ok-nodes", [
            'JDKS="java-17-amazon-corretto-headless java-21-amazon-corretto-headless"',
            "dnf install -y $JDKS",
            RUN_JDWP,
        ]),
    ),
    // DECIDED (round 63): xargs(1) appends the items of its standard input to rm's arguments; a list user data does
    // not write (/tmp/stale.txt as it was) may name any file, which the pack then reads as removed (fail closed, as
    // for an unread -a FILE; rootReads.ts xargsWords). The list is written here so the case stays a neighbour of the
    // installer read through xargs.
    dev(
        "xargs -r rm -f < /tmp/stale.txt (a list user data wrote) beside dnf install corretto 17, JDWP 5005",
        script("dev-jdwp-port-xargs-rm-ok-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "printf '%s\\n' /var/cache/ledger/old.log > /tmp/stale.txt",
            "xargs -r rm -f < /tmp/stale.txt",
            RUN_JDWP,
        ]),
    ),
    // Neighbours of the round-61 allowlist: the app's own directory, or anything bound to loopback only.
    dev(
        "web.js: koa-send root '/' bound to 127.0.0.1 (a package the pack does not read, loopback only)",
        nodeApp("dev-node-koa-send-loopback-ok-nodes", [
            "const Koa = require('koa');",
            "const send = require('koa-send');",
            "const app = new Koa();",
            "app.use(async ctx => { await send(ctx, ctx.path, { root: '/' }); });",
            "app.listen(3000, '127.0.0.1');",
        ]),
    ),
    dev(
        "web.js: process.chdir(__dirname), express.static('public') on 127.0.0.1",
        nodeApp("dev-node-chdir-loopback-ok-nodes", [
            "const express = require('express');",
            "process.chdir(__dirname);",
            "express().use(express.static('public')).listen(3000, '127.0.0.1');",
        ]),
    ),
    dev(
        "pm2 start /opt/ops/web.js: express.static(path.join(__dirname, 'public'))",
        nodeApp(
            "dev-pm2-public-ok-nodes",
            [
                "const path = require('path');",
                "const express = require('express');",
                "express().use(express.static(path.join(__dirname, 'public'))).listen(3000);",
            ],
            "npm install -g pm2 && cd /opt/ops && pm2 start /opt/ops/web.js",
        ),
    ),
    dev(
        "npm start (scripts.start: node web.js): express.static('public')",
        script("dev-npm-start-public-ok-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/web.js", [
                "const express = require('express');",
                "express().use(express.static('public')).listen(3000);",
            ]),
            "cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "node - <<'EOF': express.static('public') on every address",
        script("dev-node-stdin-public-ok-nodes", [
            "cd /opt/ops && nohup node - >/var/log/web.log 2>&1 <<'EOF' &",
            "const express = require('express');",
            "express().use(express.static('public')).listen(3000);",
            "EOF",
        ]),
    ),
    dev(
        "tsx web.ts: import { join } from 'node:path'; express.static(join(import.meta.dirname, 'public'))",
        nodeApp(
            "dev-node-tsx-named-join-ok-nodes",
            [
                "import express from 'express';",
                "import { join } from 'node:path';",
                "express().use(express.static(join(import.meta.dirname, 'public'))).listen(3000);",
            ],
            "cd /opt/ops && nohup npx tsx web.ts >/var/log/web.log 2>&1 &",
            "/opt/ops/web.ts",
        ),
    ),
    dev(
        "web.js: res.send('globalThis and eval in a string') with express.static('public')",
        nodeApp("dev-node-words-in-strings-ok-nodes", [
            "const express = require('express');",
            "const app = express();",
            "app.get('/about', (req, res) => res.send('no eval, no globalThis here'));",
            "app.use(express.static('public'));",
            "app.listen(3000);",
        ]),
    ),
];

describeNodeCases("red team 61: node user data, Node.js file servers and JDK releases", insecure, secure);
