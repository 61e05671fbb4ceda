// Red-team round 63 on EKS NODE user data (fresh eyes): round 62's Node.js reader (nodeEntry's option words,
// NODE_PRELOAD_OPTIONS, npmRunScripts) and Spring relaxed names.
// Probed: Node.js options that take a separate value word the reader does not know (`--env-file FILE`, `--watch-path
// DIR`), read as the entry script; NODE_OPTIONS with `-r` as a separate word; yarn (v1 runs pre/post scripts) and pnpm
// start; `npm --prefix DIR start`; `npm test` (pretest/test); Spring static-locations as a camelCase command-line name,
// SPRING_APPLICATION_JSON and an indexed env name; secure neighbours (glued `--watch-path=`, `yarn start` of a public
// app, loopback serve-handler).
// Misses (7 insecure accepted, 0 secure refused; all fixed in round 63): `node --env-file .env` and `--watch-path DIR` (value word read as
// the entry script), yarn start's prestart, pnpm start, `npm --prefix DIR start`, `npm test`'s pretest, -D Spring name with `_`.
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const file = heredocFile;

const RUN_WEB = "cd /opt/ops && nohup node web.js >/var/log/web.log 2>&1 &";
const SERVED = /web|node|3000|serv|unread|yarn|pnpm|npm|8080/;
const SPRING = /app\.jar|static|8080|java|Spring|logfile|actuator/;

const nodeApp = (name: string, lines: string[], run = RUN_WEB, path = "/opt/ops/web.js") =>
    script(name, [...file(path, lines), run]);

const PUBLIC_APP = ["const express = require('express');", "express().use(express.static('public')).listen(3000);"];
const ROOT_APP = ["const express = require('express');", "express().use(express.static('/')).listen(3000);"];
const HOST_APP = [
    "const express = require('express');",
    "express().use(express.static('/')).listen(3000, process.env.HOST || '127.0.0.1');",
];
const HOOKS = [
    "const http = require('http');",
    "const fs = require('fs');",
    "http.createServer((req, res) => fs.createReadStream('/' + req.url).pipe(res)).listen(8080);",
];

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 63): Node.js CLI docs "--env-file=config" (string options also take their value as the next word, `node --env-file .env app.js`):
    // the .env file sets HOST=0.0.0.0 and web.js serves / (kubelet keys, /etc/kubernetes) on every address as root. nodeEntry
    // does not know --env-file takes a value, so it reads `.env` as the entry script (no listener) and web.js is never judged: accepted.
    // Fix: read every Node.js option that takes a value (--env-file, --env-file-if-exists, --watch-path, --inspect-port, --redirect-warnings,
    // --report-dir, --diagnostic-dir, --openssl-config, --icu-data-dir, ...) as taking the next word; an unknown option word fails closed.
    dev(
        "node --env-file .env web.js (value as the next word); .env HOST=0.0.0.0; express.static('/') on HOST",
        script("dev-node-env-file-space-nodes", [
            ...file("/opt/ops/.env", ["HOST=0.0.0.0"]),
            ...file("/opt/ops/web.js", HOST_APP),
            "cd /opt/ops && nohup node --env-file .env web.js >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 63): Node.js CLI docs "--watch-path" takes a path (next word or `=`); `node --watch-path /opt/ops/src web.js` runs web.js, which
    // serves / on every address as root. nodeEntry takes /opt/ops/src as the entry script (a directory, no index.js) and returns
    // undefined, so nothing is judged and the node is accepted. Fix as for --env-file: value-taking options from Node's option table; fail closed on unknown ones.
    dev(
        "node --watch-path /opt/ops/src web.js: web.js serves / on every address",
        script("dev-node-watch-path-space-nodes", [
            "mkdir -p /opt/ops/src",
            ...file("/opt/ops/web.js", ROOT_APP),
            "cd /opt/ops && nohup node --watch-path /opt/ops/src web.js >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "NODE_OPTIONS='-r ./hooks.js' node web.js: hooks.js serves / on 8080",
        script("dev-node-node-options-r-space-nodes", [
            ...file("/opt/ops/hooks.js", HOOKS),
            ...file("/opt/ops/web.js", ["console.log('worker');"]),
            "cd /opt/ops && NODE_OPTIONS='-r ./hooks.js' nohup node web.js >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 63): Yarn 1 docs "yarn run" / npm "Pre & Post Scripts" semantics: classic yarn (`npm i -g yarn`) runs prestart, start, poststart for
    // `yarn start`; prestart here starts http-server on / at 8080 as root (every node file on every address). The yarn runner is read
    // without npmRunScripts' `around` scripts, so prestart is never judged: accepted. Fix: yarn (and pnpm with enable-pre-post-scripts)
    // start/run/test read through npmRunScripts including pre/post scripts, or unknown runners' scripts fail closed.
    // (pnpm/pnpm#2891: pnpm >= 6 and Yarn 2+ skip user pre/post hooks unless enable-pre-post-scripts=true; Yarn 1 runs them.)
    dev(
        "yarn start with scripts.prestart starting http-server on / (yarn v1 runs pre/post scripts)",
        script("dev-node-yarn-prestart-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prestart": "http-server / -p 8080 &", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup yarn start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 63): pnpm docs "pnpm start": "Runs an arbitrary command specified in the package's start property of its scripts object" (default
    // `node server.js`); here scripts.start is `node web.js`, which serves / on every address as root. nodeRunnerArgs reads pnpm only
    // for dlx/exec, so `pnpm start` (and `pnpm run NAME`) runs a program nobody judges: accepted. Fix: read pnpm start/run/test/restart like npm's.
    dev(
        "pnpm start with scripts.start node web.js serving /",
        script("dev-node-pnpm-start-root-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/web.js", ROOT_APP),
            "cd /opt/ops && nohup pnpm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 63): npm docs config "prefix" (`npm --prefix <dir> start` / `run` uses <dir>/package.json): scripts.start `node web.js` serves / on
    // every address as root. npmRunScripts takes the first non-option word as the command, so `--prefix`'s value /opt/ops is the
    // command, no script is asked, nothing is read: accepted. Fix: npm options taking a value (--prefix, -C, --workspace/-w, --userconfig, ...)
    // consumed with their value and --prefix/-C read as the package directory; unknown npm options fail closed.
    dev(
        "npm --prefix /opt/ops start from /: scripts.start node web.js serving /",
        script("dev-node-npm-prefix-start-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/web.js", ROOT_APP),
            "cd / && nohup npm --prefix /opt/ops start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 63): npm docs "npm test" ("runs a package's test script") and "scripts" Life Cycle Operation Order (npm test runs pretest, test,
    // posttest): pretest starts http-server on / at 8080 as root. npmRunScripts knows only start/restart/run, so `npm test`
    // (also `npm t`, `npm tst`, `npm stop`) reads no script and is accepted. Fix: read test/stop (and aliases) with their pre/post scripts.
    dev(
        "npm test with scripts.pretest starting http-server on /",
        script("dev-node-npm-pretest-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "pretest": "http-server / -p 8080 &", "test": "node web.js" } }',
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup npm test >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "java -jar app.jar --spring.web.resources.staticLocations=file:/ (camelCase relaxed name)",
        script("dev-node-spring-camel-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            "nohup java -jar /opt/ops/app.jar --spring.web.resources.staticLocations=file:/ >/var/log/app.log 2>&1 &",
        ]),
        SPRING,
    ),
    dev(
        "SPRING_APPLICATION_JSON with static-locations file:/",
        script("dev-node-spring-app-json-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            `SPRING_APPLICATION_JSON='{"spring":{"web":{"resources":{"static-locations":"file:/"}}}}' nohup java -jar /opt/ops/app.jar >/var/log/app.log 2>&1 &`,
        ]),
        SPRING,
    ),
    dev(
        "SPRING_WEB_RESOURCES_STATICLOCATIONS_0_=file:/ (indexed env name)",
        script("dev-node-spring-env-indexed-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            "SPRING_WEB_RESOURCES_STATICLOCATIONS_0_=file:/ nohup java -jar /opt/ops/app.jar >/var/log/app.log 2>&1 &",
        ]),
        SPRING,
    ),
    // Was a MISS (fixed in round 63): Spring Boot reference "Relaxed Binding" (wiki Relaxed-Binding-2.0: "bound by removing any special characters and converting to lowercase", spring.JPA.database_platform) table: properties files and system properties accept "Camel case, kebab case, or
    // underscore notation" (e.g. my.main-project.person.first_name), so -Dspring.web.resources.static_locations=file:/ sets static-locations
    // and Spring serves every node file on 0.0.0.0:8080 as root. springEnvironmentNames normalises env names and camelCase but not
    // `_` inside a dotted property name: accepted. Fix: canonicalise each dotted element by dropping `_`/`-` and lowercasing (as Spring's uniform form).
    dev(
        "java -Dspring.web.resources.static_locations=file:/ -jar app.jar (underscore form)",
        script("dev-node-spring-sysprop-underscore-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            "nohup java -Dspring.web.resources.static_locations=file:/ -jar /opt/ops/app.jar >/var/log/app.log 2>&1 &",
        ]),
        SPRING,
    ),
    // Round 63 fix neighbours (insecure).
    dev(
        "node --env-file .env web.js: .env NODE_OPTIONS='-r ./hooks.js' (hooks.js serves / on 8080)",
        script("dev-node-env-file-node-options-nodes", [
            ...file("/opt/ops/.env", ["NODE_OPTIONS='-r ./hooks.js'"]),
            ...file("/opt/ops/hooks.js", HOOKS),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup node --env-file .env web.js >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "node --env-file /etc/ops.env web.js: an env file user data does not write (may set NODE_OPTIONS)",
        script("dev-node-env-file-unwritten-nodes", [
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup node --env-file /etc/ops.env web.js >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "node --some-future-option /opt/ops/src web.js (an option the pack does not know)",
        script("dev-node-unknown-option-nodes", [
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup node --some-future-option /opt/ops/src web.js >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "node --inspect=0.0.0.0:9229 web.js (the V8 inspector on every address)",
        script("dev-node-inspect-all-nodes", [
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup node --inspect=0.0.0.0:9229 web.js >/var/log/web.log 2>&1 &",
        ]),
        /web|node|9229|inspect|unread|shell/,
    ),
    dev(
        "node --max_old_space_size 2048 --title web web.js (underscore V8 name, values as next words): serves /",
        script("dev-node-v8-underscore-nodes", [
            ...file("/opt/ops/web.js", ROOT_APP),
            "cd /opt/ops && nohup node --max_old_space_size 2048 --title web web.js >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "yarn run serve with scripts.serve node web.js serving /",
        script("dev-node-yarn-run-root-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "serve": "node web.js" } }']),
            ...file("/opt/ops/web.js", ROOT_APP),
            "cd /opt/ops && nohup yarn run serve >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "yarn serve (shorthand) with scripts.serve node web.js serving /",
        script("dev-node-yarn-short-root-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "serve": "node web.js" } }']),
            ...file("/opt/ops/web.js", ROOT_APP),
            "cd /opt/ops && nohup yarn serve >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "pnpm run web with scripts.preweb starting http-server on /",
        script("dev-node-pnpm-preweb-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "preweb": "http-server / -p 8080 &", "web": "node web.js" } }',
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup pnpm run web >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "npm -C /opt/ops run web from /: scripts.web node web.js serving /",
        script("dev-node-npm-C-run-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "web": "node web.js" } }']),
            ...file("/opt/ops/web.js", ROOT_APP),
            "cd / && nohup npm -C /opt/ops run web >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "npm --workspace api start (another package's scripts: unread)",
        script("dev-node-npm-workspace-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "workspaces": ["api"], "scripts": { "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup npm --workspace api start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "npm t with scripts.posttest starting http-server on /",
        script("dev-node-npm-t-posttest-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "test": "node web.js", "posttest": "http-server / -p 8080 &" } }',
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup npm t >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "npm stop with scripts.stop node web.js serving /",
        script("dev-node-npm-stop-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "stop": "node web.js" } }']),
            ...file("/opt/ops/web.js", ROOT_APP),
            "cd /opt/ops && nohup npm stop >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "npm start -- web.js with scripts.start `node` (the argument is the script): serves /",
        script("dev-node-npm-start-args-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node" } }']),
            ...file("/opt/ops/web.js", ROOT_APP),
            "cd /opt/ops && nohup npm start -- web.js >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "application.properties spring.web.resources.STATIC_LOCATIONS=file:/ (upper case, underscore)",
        script("dev-node-spring-props-upper-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            ...file("/opt/ops/application.properties", ["spring.web.resources.STATIC_LOCATIONS=file:/"]),
            "cd /opt/ops && nohup java -jar /opt/ops/app.jar >/var/log/app.log 2>&1 &",
        ]),
        SPRING,
    ),
    dev(
        "java -jar app.jar --spring.web.resources.static_locations[0]=file:/ (underscore, indexed)",
        script("dev-node-spring-arg-indexed-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            "nohup java -jar /opt/ops/app.jar --spring.web.resources.static_locations[0]=file:/ >/var/log/app.log 2>&1 &",
        ]),
        SPRING,
    ),
];

const secure: NodeCase[] = [
    dev(
        "node --watch-path=/opt/ops/src web.js (glued) serving public",
        script("dev-node-watch-path-glued-ok63-nodes", [
            "mkdir -p /opt/ops/src",
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup node --watch-path=/opt/ops/src web.js >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "node --env-file=.env web.js: .env PORT=3000, express.static('public')",
        script("dev-node-env-file-port-ok63-nodes", [
            ...file("/opt/ops/.env", ["PORT=3000"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup node --env-file=.env web.js >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "yarn start: scripts.start node web.js serving public",
        script("dev-node-yarn-start-ok63-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup yarn start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "npm start: prestart `node build.js`, start `node --require ./tracing.js web.js` (public)",
        script("dev-node-npm-require-ok63-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prestart": "node build.js", "start": "node --require ./tracing.js web.js" } }',
            ]),
            ...file("/opt/ops/build.js", ["const fs = require('fs');", "fs.mkdirSync('public', { recursive: true });"]),
            ...file("/opt/ops/tracing.js", ["process.env.TRACE = '1';"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "web.js: serve-handler { public: 'public' } on 127.0.0.1 only",
        nodeApp("dev-node-serve-handler-loopback-ok63-nodes", [
            "const http = require('http');",
            "const handler = require('serve-handler');",
            "http.createServer((req, res) => handler(req, res, { public: 'public' })).listen(3000, '127.0.0.1');",
        ]),
    ),
    dev(
        "java -jar app.jar --spring.web.resources.staticLocations=file:/opt/ops/static/ (camelCase, own directory)",
        script("dev-node-spring-camel-ok63-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            "mkdir -p /opt/ops/static",
            "nohup java -jar /opt/ops/app.jar --spring.web.resources.staticLocations=file:/opt/ops/static/ >/var/log/app.log 2>&1 &",
        ]),
    ),
    // Round 63 fix neighbours (secure).
    dev(
        "node --env-file .env --max-old-space-size 2048 web.js: .env PORT=3000, express.static('public')",
        script("dev-node-env-file-space-ok63-nodes", [
            ...file("/opt/ops/.env", ["PORT=3000"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup node --env-file .env --max-old-space-size 2048 web.js >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "node --watch-path /opt/ops/src --enable-source-maps --inspect web.js (loopback inspector) serving public",
        script("dev-node-watch-path-space-ok63-nodes", [
            "mkdir -p /opt/ops/src",
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup node --watch-path /opt/ops/src --enable-source-maps --inspect web.js >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "pnpm start: scripts.start node web.js serving public",
        script("dev-node-pnpm-start-ok63-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup pnpm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "npm --prefix /opt/ops start from /: scripts.start node web.js serving public",
        script("dev-node-npm-prefix-ok63-nodes", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd / && nohup npm --prefix /opt/ops start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "npm test: pretest node build.js, test node web.js serving public",
        script("dev-node-npm-test-ok63-nodes", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "pretest": "node build.js", "test": "node web.js" } }',
            ]),
            ...file("/opt/ops/build.js", ["const fs = require('fs');", "fs.mkdirSync('public', { recursive: true });"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup npm test >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "java -Dspring.web.resources.static_locations=file:/opt/ops/static/ -jar app.jar (underscore, own directory)",
        script("dev-node-spring-sysprop-underscore-ok63-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            "mkdir -p /opt/ops/static",
            "nohup java -Dspring.web.resources.static_locations=file:/opt/ops/static/ -jar /opt/ops/app.jar >/var/log/app.log 2>&1 &",
        ]),
    ),
];

describeNodeCases("red team 63: node user data, Node.js reader", insecure, secure);
