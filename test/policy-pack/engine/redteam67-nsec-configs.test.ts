// Red-team round 67 on EKS NODE user data (fresh eyes), area nsec-configs: round 67's configFileServers fixes (lighttpd
// `:=`, include of downloaded/copied/edited files; Caddyfile trailing comments, import in site blocks) and
// packageManagerCode (npmEnvironment npm_config_*, npmrcFiles builtin/global/userconfig, npmConfig prefix; YARN_*;
// pnpm workspace-root pnpmfiles; bunfig.toml preload; deno task dependencies; tsconfigOptions relative bases).
// Probed: Caddy `bind` in one site leaking to another, top-level import of a downloaded file; httpd/lighttpd extra
// listeners (Listen, $SERVER["socket"]) taken as the only binds; downloaded nginx/httpd conf.d files; lighttpd include
// of a file edited after the include was written; lower-case yarn_* env; Yarn 1 .yarnrc script-shell; pnpm 10
// pnpm-workspace.yaml settings (nodeOptions, pnpmfile); npm workspace-root .npmrc; ini quoted keys; globalconfig set in
// a project .npmrc; bun --preload, bunfig for `bun FILE`, TOML dotted keys, [test] preload; tsc -b references; deno
// import maps; tsconfig base in a subdirectory.
// Misses (14 insecure accepted, 4 secure refused): Caddy per-site bind; httpd conf.d Listen beside the package's
// Listen 80; lighttpd socket conditional as the only bind; yarn_yarn_path lower case; pnpm-workspace.yaml nodeOptions
// and pnpmfile; npm workspace-root .npmrc; quoted npmrc key; project .npmrc globalconfig; bunfig dotted run.preload;
// Caddy top-level import of a downloaded file; downloaded nginx and httpd conf.d files; lighttpd include then sed.
// Secure refused: Caddy import of a written snippet file; bunfig [test] preload under bun run; npm_config_node_options
// and .npmrc node-options of --max-old-space-size.
// Kept passing: .yarnrc script-shell, bun --preload, bunfig with bun FILE, tsc -b, deno import map (refused);
// tsconfig subdirectory base, two loopback-bound Caddy sites, pnpm-workspace.yaml packages/onlyBuiltDependencies,
// loopback lighttpd (accepted).
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const file = heredocFile;

const SERVED =
    /web|node|3000|serv|unread|yarn|pnpm|npm|8080|8000|go|cargo|dotnet|java|deno|nginx|httpd|lighttpd|caddy|Caddy|tsc|bun|unknown/;

const PUBLIC_APP = ["const express = require('express');", "express().use(express.static('public')).listen(3000);"];
const ROOT_APP = ["const express = require('express');", "express().use(express.static('/')).listen(3000);"];
const PKG = ['{ "name": "ops", "scripts": { "start": "node web.js" } }'];

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 68): insecure accepted. Caddy docs "bind" directive ("Overrides the interface to which the server's socket
    // should bind", a site-block directive: it applies to the site it is in) and "Caddyfile Concepts"/Addresses (a
    // site without bind listens on every interface). The :8080 site serving /etc/kubernetes (kubelet credentials) has
    // no bind, so it is on every address. configFileServers (userData.ts) collects `bind` lines from the whole file
    // (caddyBinds) and applies them to every site's root. Fix: take bind per site block (and the global
    // `default_bind` option); a site without its own bind is on every address.
    dev(
        "Caddyfile: 127.0.0.1:9000 { bind 127.0.0.1 } beside :8080 { root * /etc/kubernetes; file_server } (bind is per site)",
        script("dev-node-caddy-bind-other-site-rt67c", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                "127.0.0.1:9000 {",
                "    bind 127.0.0.1",
                '    respond "ok"',
                "}",
                ":8080 {",
                "    root * /etc/kubernetes",
                "    file_server",
                "}",
            ]),
            "systemctl enable --now caddy",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. Apache docs "Listen" (multiple Listen directives add sockets; AL2023's packaged
    // /etc/httpd/conf/httpd.conf already has `Listen 80`) and "Alias" (server config context: applies to the main
    // server on every socket). conf.d/ops.conf's Alias /k /etc/kubernetes is served on :80 on every address too.
    // configFileServers (userData.ts) takes the written file's own Listen lines (httpdListens) as the only binds.
    // Fix: for a conf.d fragment (or any file the packaged httpd.conf includes) add the package's `Listen 80` (every
    // address) unless user data rewrote httpd.conf's Listen; only a <VirtualHost 127.0.0.1:...> block confines its
    // Aliases.
    dev(
        "httpd conf.d/ops.conf: Listen 127.0.0.1:8081 plus a server-wide Alias /k /etc/kubernetes (also on the package's Listen 80)",
        script("dev-node-httpd-listen-extra-rt67c", [
            "dnf install -y httpd",
            ...file("/etc/httpd/conf.d/ops.conf", [
                "Listen 127.0.0.1:8081",
                "Alias /k /etc/kubernetes",
                "<Directory /etc/kubernetes>",
                "    Require all granted",
                "</Directory>",
            ]),
            "systemctl enable --now httpd",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. lighttpd docs "Configuration File Syntax"/"server.bind": `$SERVER["socket"] ==
    // "ip:port" { }` opens an ADDITIONAL listening socket; the main server.bind/server.port (defaults: every address,
    // the package's port 80) still listen, and the global server.document-root /etc/kubernetes is served on both.
    // configFileServers (userData.ts) counts `$SERVER["socket"]` values as the binds (lighttpdBinds), so the root
    // looks loopback-only. Fix: socket conditionals add to server.bind/server.port (default every address when the
    // written text does not set server.bind); a document-root inside a socket block is confined to that socket.
    dev(
        'lighttpd conf.d: $SERVER["socket"] == "127.0.0.1:8081" { } beside server.document-root = "/etc/kubernetes" (port 80 still on every address)',
        script("dev-node-lighttpd-socket-extra-rt67c", [
            "dnf install -y lighttpd",
            ...file("/etc/lighttpd/conf.d/ops.conf", [
                '$SERVER["socket"] == "127.0.0.1:8081" { }',
                'server.document-root = "/etc/kubernetes"',
            ]),
            "echo 'include \"conf.d/ops.conf\"' >> /etc/lighttpd/lighttpd.conf",
            "systemctl enable --now lighttpd",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. Yarn's Configuration (ENVIRONMENT_PREFIX = `yarn_`, environment names compared
    // lower-cased; Yarn docs "Configuration": settings "can also be defined through environment variables"):
    // yarn_yarn_path makes yarn run y.cjs (serving / on 3000) as root, like YARN_YARN_PATH. packageManagerCode
    // (userData.ts) tests `/^YARN_(YARN_PATH|...)$/` case-sensitively, and the environment scanner's regex
    // (YARN_[A-Z0-9_]+) does not collect lower-case names. Fix: match yarn_* names case-insensitively (as
    // npmEnvironment does for npm_config_*).
    dev(
        "yarn_yarn_path=/opt/ops/y.cjs yarn start (Yarn lower-cases environment names: yarn runs y.cjs, serving /)",
        script("dev-node-yarn-path-lower-env-rt67c", [
            ...file("/opt/ops/package.json", PKG),
            ...file("/opt/ops/y.cjs", ROOT_APP),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && yarn_yarn_path=/opt/ops/y.cjs nohup yarn start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'Yarn 1 .yarnrc: script-shell "/opt/ops/shell.sh" (the shell starts a file server of /), yarn start',
        script("dev-node-yarnrc-script-shell-rt67c", [
            "npm install -g yarn@1",
            ...file("/opt/ops/package.json", PKG),
            ...file("/opt/ops/.yarnrc", ['script-shell "/opt/ops/shell.sh"']),
            ...file("/opt/ops/shell.sh", [
                "#!/bin/sh",
                "python3 -m http.server -d / 8081 >/dev/null 2>&1 &",
                'exec /bin/sh "$@"',
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "chmod 755 /opt/ops/shell.sh",
            "cd /opt/ops && nohup yarn start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. pnpm docs "Settings (pnpm-workspace.yaml)" (pnpm 10+: "Only auth and registry settings
    // are read from .npmrc files. All other settings ... in pnpm-workspace.yaml"; `nodeOptions`: passed to every
    // script's node as NODE_OPTIONS): --require hooks.js (serving / on 3000) runs in pnpm start as root.
    // packageManagerCode (userData.ts) reads node-options/script-shell/pnpmfile only from npmrc files. Fix: read
    // pnpm-workspace.yaml (the nearest up from dir, and ~/.config/pnpm/config.yaml) for nodeOptions, scriptShell,
    // pnpmfile, globalPnpmfile (and their kebab forms) as code every pnpm command runs; fail closed.
    dev(
        "pnpm 10 pnpm-workspace.yaml nodeOptions: --require /opt/ops/hooks.js (hooks.js serves /), pnpm start",
        script("dev-node-pnpm-workspace-node-options-rt67c", [
            ...file("/opt/ops/pnpm-workspace.yaml", ["nodeOptions: --require /opt/ops/hooks.js"]),
            ...file("/opt/ops/package.json", PKG),
            ...file("/opt/ops/hooks.js", ROOT_APP),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && pnpm install --frozen-lockfile && nohup pnpm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. pnpm docs "Settings (pnpm-workspace.yaml)" `pnpmfile` (the location of the local
    // pnpmfile, read on every install; pnpm 10 reads settings from pnpm-workspace.yaml, not .npmrc): hooks/pnpm.cjs
    // (serving / on 3000) is required by pnpm install as root. packageManagerCode (userData.ts) looks for a pnpmfile
    // key only in npmrc files and default .pnpmfile.cjs/.mjs names. Fix: read `pnpmfile`/`globalPnpmfile` from
    // pnpm-workspace.yaml (and the global config.yaml) and judge the named file as code pnpm runs (unread: fail
    // closed).
    dev(
        "pnpm 10 pnpm-workspace.yaml pnpmfile: hooks/pnpm.cjs (serves /), pnpm install",
        script("dev-node-pnpm-workspace-pnpmfile-rt67c", [
            ...file("/opt/ops/pnpm-workspace.yaml", ["pnpmfile: hooks/pnpm.cjs"]),
            ...file("/opt/ops/package.json", PKG),
            ...file("/opt/ops/hooks/pnpm.cjs", [...ROOT_APP, "module.exports = { hooks: {} };"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && pnpm install --frozen-lockfile && nohup pnpm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. npm docs "config"/"workspaces" (@npmcli/config localPrefix: inside a workspace
    // package, npm walks up to the root package.json whose `workspaces` lists it, and that root is the project: its
    // .npmrc is the per-project config file) and "npmrc" node-options (NODE_OPTIONS of every script): npm start in
    // packages/web runs node with --require /opt/ops/hooks.js (serving / on 3000) as root. packageManagerCode
    // (userData.ts) reads `${dir}/.npmrc` only for npm (parents only for pnpm). Fix: for npm (and yarn 1, which also
    // reads .npmrc) read every parent's .npmrc up to a package.json with `workspaces`, or simply every parent's
    // .npmrc (fail closed).
    dev(
        "npm workspace: npm start in packages/web reads the workspace root's .npmrc node-options=--require hooks.js",
        script("dev-node-npm-workspace-root-npmrc-rt67c", [
            ...file("/opt/ops/package.json", ['{ "name": "ops-root", "private": true, "workspaces": ["packages/*"] }']),
            ...file("/opt/ops/.npmrc", ["node-options=--require /opt/ops/hooks.js"]),
            ...file("/opt/ops/hooks.js", ROOT_APP),
            ...file("/opt/ops/packages/web/package.json", ['{ "name": "web", "scripts": { "start": "node web.js" } }']),
            ...file("/opt/ops/packages/web/web.js", PUBLIC_APP),
            "cd /opt/ops/packages/web && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. npm parses npmrc with the `ini` package, whose decode unquotes keys as well as values
    // (`"node-options" = X` sets node-options; npm docs "npmrc": "ini-formatted list of key = value parameters"):
    // hooks.js (serving / on 3000) is required by every npm script. packageManagerCode (userData.ts) matches
    // `^\s*node[-_]options\s*=` so a quoted key escapes it. Fix: parse npmrc as ini does (strip quotes around keys,
    // `[section]` headers, `key[]`) before matching
    // node-options/script-shell/pnpmfile/globalconfig/userconfig/prefix.
    dev(
        'project .npmrc: "node-options" = --require /opt/ops/hooks.js (a quoted ini key), npm start',
        script("dev-node-npmrc-quoted-key-rt67c", [
            ...file("/opt/ops/package.json", PKG),
            ...file("/opt/ops/.npmrc", ['"node-options" = --require /opt/ops/hooks.js']),
            ...file("/opt/ops/hooks.js", ROOT_APP),
            ...file("/opt/ops/web.js", ["setInterval(() => {}, 1000);"]),
            "cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. npm docs "npmrc" ("Global config file: $PREFIX/etc/npmrc (or the globalconfig param,
    // if set above)" — the project config is loaded before the global one, so a project .npmrc's globalconfig names
    // the global file): /opt/ops/etc/npmrc's node-options --require hooks.js (serving / on 3000) runs in npm start as
    // root. npmrcFiles (userData.ts) takes globalconfig/userconfig/prefix only from the environment. Fix: also take
    // globalconfig and prefix from the project and user npmrc files read before it (and userconfig from the
    // project's), reading the named files; unknown values fail closed.
    dev(
        "project .npmrc globalconfig=/opt/ops/etc/npmrc, whose node-options=--require hooks.js, npm start",
        script("dev-node-npmrc-globalconfig-rt67c", [
            ...file("/opt/ops/package.json", PKG),
            ...file("/opt/ops/.npmrc", ["globalconfig=/opt/ops/etc/npmrc"]),
            ...file("/opt/ops/etc/npmrc", ["node-options=--require /opt/ops/hooks.js"]),
            ...file("/opt/ops/hooks.js", ROOT_APP),
            ...file("/opt/ops/web.js", ["setInterval(() => {}, 1000);"]),
            "cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "bun --preload /opt/ops/hooks.js web.js (the preload serves /)",
        script("dev-node-bun-preload-flag-rt67c", [
            ...file("/opt/ops/hooks.js", ROOT_APP),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup bun --preload /opt/ops/hooks.js web.js >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'bun web.js (a file, not a run-script) with bunfig.toml preload = ["./hooks.js"]',
        script("dev-node-bunfig-preload-file-rt67c", [
            ...file("/opt/ops/bunfig.toml", ['preload = ["./hooks.js"]']),
            ...file("/opt/ops/hooks.js", ROOT_APP),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup bun web.js >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. TOML v1.0 "Keys" (dotted keys: `run.preload = [...]` at the top level is the [run]
    // table's preload) and Bun docs "bunfig.toml" (preload runs before a file or script): hooks.js (serving / on
    // 3000) runs first under bun run start as root. packageManagerCode (userData.ts) matches
    // `^\s*(preload|plugins)\s*=` only. Fix: parse bunfig.toml as TOML (dotted keys, quoted keys, inline tables `run
    // = { preload = [...] }`) or refuse any line naming preload/plugins.
    dev(
        'bun run start with bunfig.toml dotted key run.preload = ["./hooks.js"]',
        script("dev-node-bunfig-dotted-preload-rt67c", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "bun web.js" } }']),
            ...file("/opt/ops/bunfig.toml", ['run.preload = ["./hooks.js"]']),
            ...file("/opt/ops/hooks.js", ROOT_APP),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup bun run start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "tsc -b in prepare: tsconfig references ./src whose outDir is .. (src/web.ts overwrites web.js)",
        script("dev-node-tsc-build-references-rt67c", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prepare": "tsc -b", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/tsconfig.json", ['{ "files": [], "references": [{ "path": "./src" }] }']),
            ...file("/opt/ops/src/tsconfig.json", ['{ "compilerOptions": { "outDir": "..", "composite": true } }']),
            ...file("/opt/ops/src/web.ts", [
                "import express from 'express';",
                "express().use(express.static('/')).listen(3000);",
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. Caddy docs "import" ("Includes a snippet or file, replacing this token with the
    // contents"; globs allowed; at the top level it adds whole site blocks): the downloaded Caddyfile.d/ops.caddyfile
    // may define `:8080 { root * / ; file_server }`, served as root on every address. configFileServers (userData.ts)
    // flags imports only inside a site block (caddyDepth > 0) and requires a file_server line in the same file. Fix:
    // a top-level import whose target (or a glob match) user data downloaded/copied/edited, or cannot compute, serves
    // an unknown directory (fail closed, as lighttpd's include); written files are read as their own Caddyfiles.
    dev(
        "Caddyfile top-level import Caddyfile.d/*.caddyfile, with a downloaded Caddyfile.d/ops.caddyfile",
        script("dev-node-caddy-toplevel-import-download-rt67c", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", ["import Caddyfile.d/*.caddyfile"]),
            "curl -fsSL -o /etc/caddy/Caddyfile.d/ops.caddyfile https://config.example.com/caddy/ops.caddyfile",
            "systemctl enable --now caddy",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. nginx docs "include" and AL2023's packaged /etc/nginx/nginx.conf (`include
    // /etc/nginx/conf.d/*.conf;` in its http block): the downloaded conf.d/ops.conf may hold `server { listen 8080;
    // root /; }`, served as root on every address. configFileServers (userData.ts) judges only texts user data wrote;
    // a config file downloaded (or copied, or edited unreadably) into a directory the packaged config includes is not
    // judged at all. Fix: a file user data changed without a known text under /etc/nginx/conf.d, /etc/nginx/default.d
    // (or any directory a written nginx config includes) while nginx runs serves an unknown directory (fail closed),
    // as lighttpd's include does.
    dev(
        "nginx: a downloaded /etc/nginx/conf.d/ops.conf (the packaged nginx.conf includes conf.d/*.conf), nginx enabled",
        script("dev-node-nginx-confd-download-rt67c", [
            "dnf install -y nginx",
            "curl -fsSL -o /etc/nginx/conf.d/ops.conf https://config.example.com/nginx/ops.conf",
            "systemctl enable --now nginx",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted. Apache docs "IncludeOptional" and AL2023's packaged /etc/httpd/conf/httpd.conf
    // (`IncludeOptional conf.d/*.conf`): the downloaded conf.d/ops.conf may hold `Alias /k /etc/kubernetes` with
    // `Require all granted`, served on :80 on every address as root. configFileServers (userData.ts) judges only
    // written texts. Fix: a file user data changed without a known text under /etc/httpd/conf.d, conf.modules.d (or a
    // directory a written httpd config includes) while httpd runs serves an unknown directory (fail closed).
    dev(
        "httpd: a downloaded /etc/httpd/conf.d/ops.conf (the packaged httpd.conf has IncludeOptional conf.d/*.conf)",
        script("dev-node-httpd-confd-download-rt67c", [
            "dnf install -y httpd",
            "curl -fsSL -o /etc/httpd/conf.d/ops.conf https://config.example.com/httpd/ops.conf",
            "systemctl enable --now httpd",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): insecure accepted (the round-67 fixers' named gap: lighttpd include changed after config write). lighttpd
    // docs "Configuration File Syntax" (`include` reads the file when lighttpd starts, i.e. its final text) and GNU
    // sed `-i` (edits in place): site.conf ends with server.document-root /etc/kubernetes, served on every address.
    // configFileServers (userData.ts) decides the include when conf.d/ops.conf is written, before site.conf is
    // written and sed-edited, and judges site.conf's written text. Fix: judge includes against the end-of-script
    // state (view.changed after every command), and judge an edited file's final text (or fail closed on it).
    dev(
        'lighttpd: include "/etc/lighttpd/site.conf" written with /var/www, then sed -i rewrites it to /etc/kubernetes',
        script("dev-node-lighttpd-include-sed-rt67c", [
            "dnf install -y lighttpd",
            ...file("/etc/lighttpd/conf.d/ops.conf", ['include "/etc/lighttpd/site.conf"']),
            ...file("/etc/lighttpd/site.conf", ['server.document-root = "/var/www/ops"']),
            "sed -i 's#/var/www/ops#/etc/kubernetes#' /etc/lighttpd/site.conf",
            "echo 'include \"conf.d/ops.conf\"' >> /etc/lighttpd/lighttpd.conf",
            "systemctl enable --now lighttpd",
        ]),
        SERVED,
    ),
    dev(
        "deno task start where deno.json imports maps ./server.ts to ./root.ts (serving / on 0.0.0.0)",
        script("dev-node-deno-import-map-rt67c", [
            ...file("/opt/ops/deno.json", [
                '{ "tasks": { "start": "deno run -A main.ts" }, "imports": { "./server.ts": "./root.ts" } }',
            ]),
            ...file("/opt/ops/main.ts", ['import "./server.ts";']),
            ...file("/opt/ops/server.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8080 }, () => new Response("ok"));',
            ]),
            ...file("/opt/ops/root.ts", [
                'import { serveDir } from "jsr:@std/http/file-server";',
                'Deno.serve({ hostname: "0.0.0.0", port: 8080 }, req => serveDir(req, { fsRoot: "/" }));',
            ]),
            "cd /opt/ops && nohup deno task start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Neighbours (round 68): an import written after the Caddyfile (judged once the script ends), npm node-options
    // mixing a heap limit with --require, a bunfig inline table, pnpm nodeOptions --import.
    dev(
        "Caddyfile :8080 { import /etc/caddy/site.caddy } with site.caddy (root * /etc/kubernetes) written after it",
        script("dev-node-caddy-import-written-later-rt68", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [":8080 {", "    import /etc/caddy/site.caddy", "    file_server", "}"]),
            ...file("/etc/caddy/site.caddy", ["root * /etc/kubernetes"]),
            "systemctl enable --now caddy",
        ]),
        SERVED,
    ),
    dev(
        "export npm_config_node_options='--max-old-space-size=2048 --require /opt/ops/hooks.js', npm start",
        script("dev-node-npm-node-options-mixed-rt68", [
            ...file("/opt/ops/package.json", PKG),
            ...file("/opt/ops/hooks.js", ROOT_APP),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "export npm_config_node_options='--max-old-space-size=2048 --require /opt/ops/hooks.js'",
            "cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'bun run start with bunfig.toml inline table run = { preload = ["./hooks.js"] }',
        script("dev-node-bunfig-inline-preload-rt68", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "bun web.js" } }']),
            ...file("/opt/ops/bunfig.toml", ['run = { preload = ["./hooks.js"] }']),
            ...file("/opt/ops/hooks.js", ROOT_APP),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup bun run start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "pnpm-workspace.yaml nodeOptions: '--import /opt/ops/hooks.mjs', pnpm start",
        script("dev-node-pnpm-workspace-node-import-rt68", [
            ...file("/opt/ops/pnpm-workspace.yaml", ["nodeOptions: '--import /opt/ops/hooks.mjs'"]),
            ...file("/opt/ops/package.json", PKG),
            ...file("/opt/ops/hooks.mjs", [
                "import express from 'express';",
                "express().use(express.static('/')).listen(3000);",
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && pnpm install --frozen-lockfile && nohup pnpm start >/var/log/web.log 2>&1 &",
        ]),
        SERVED,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 68): secure refused (a gap the round-67 fixers named). Caddy docs "import": common.caddy (written whole by
    // user data: `encode gzip`, a header) adds no root and no file_server; the site's own root /var/www/ops is what
    // file_server serves. configFileServers (userData.ts) treats every in-site import of a file as an unknown root.
    // Fix: expand an import of a file user data wrote whole (current text) into the block before reading roots; only
    // downloaded/edited/uncomputable imports fail closed.
    dev(
        "Caddyfile: :8080 { import /etc/caddy/common.caddy (encode gzip, headers); root * /var/www/ops; file_server }",
        script("dev-node-caddy-import-written-ok-rt67c", [
            "dnf install -y caddy",
            ...file("/etc/caddy/common.caddy", ["encode gzip", "header X-Content-Type-Options nosniff"]),
            ...file("/etc/caddy/Caddyfile", [
                ":8080 {",
                "    import /etc/caddy/common.caddy",
                "    root * /var/www/ops",
                "    file_server",
                "}",
            ]),
            "systemctl enable --now caddy",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 68): secure refused. Bun docs "bunfig.toml": `[test] preload` runs only before `bun test` (the documented
    // happy-dom setup); `bun run start` does not load it. packageManagerCode (userData.ts) matches `preload =` on any
    // line, whatever table holds it. Fix: read the TOML table: top-level (and [run]) preload/plugins for bun run/bun
    // FILE, [test] preload only for bun test.
    dev(
        'bunfig.toml [test] preload = ["./happydom.ts"] (bun test only), bun run start serving public',
        script("dev-node-bunfig-test-preload-ok-rt67c", [
            ...file("/opt/ops/package.json", ['{ "name": "ops", "scripts": { "start": "bun web.js" } }']),
            ...file("/opt/ops/bunfig.toml", ["[test]", 'preload = ["./happydom.ts"]']),
            ...file("/opt/ops/happydom.ts", [
                'import { GlobalRegistrator } from "@happy-dom/global-registrator";',
                "GlobalRegistrator.register();",
            ]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && nohup bun run start >/var/log/web.log 2>&1 &",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 68): secure refused. npm docs "config" node-options (passed as NODE_OPTIONS) and Node.js docs "NODE_OPTIONS"
    // (--max-old-space-size is a V8 heap limit that loads no code): the common memory setting changes nothing served.
    // packageManagerCode (userData.ts) refuses any npm_config_node_options. Fix: read the value as NODE_OPTIONS (the
    // pack already reads node's options: NODE_VALUE_OPTIONS/NODE_FLAG_OPTIONS) and refuse only code-loading/inspect
    // options (--require, --import, --loader, --inspect beyond loopback, unknown ones).
    dev(
        "export npm_config_node_options=--max-old-space-size=2048, npm start serving public",
        script("dev-node-npm-node-options-memory-ok-rt67c", [
            ...file("/opt/ops/package.json", PKG),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "export npm_config_node_options=--max-old-space-size=2048",
            "cd /opt/ops && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 68): secure refused. npm docs "npmrc"/"config" node-options and Node.js docs "NODE_OPTIONS":
    // node-options=--max-old-space-size=4096 in the project .npmrc only sizes the V8 heap. packageManagerCode
    // (userData.ts) refuses any node-options line. Fix: judge the value with node's own option tables (as for
    // NODE_OPTIONS), refusing only code-loading options.
    dev(
        "project .npmrc node-options=--max-old-space-size=4096, npm ci && npm start serving public",
        script("dev-node-npmrc-node-options-memory-ok-rt67c", [
            ...file("/opt/ops/package.json", PKG),
            ...file("/opt/ops/.npmrc", ["node-options=--max-old-space-size=4096"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
        /./,
    ),
    dev(
        "tsconfig extends ./config/base.json whose outDir ../dist (resolved from the base: /opt/ops/dist), npm start of web.js",
        script("dev-node-tsc-base-subdir-ok-rt67c", [
            ...file("/opt/ops/package.json", [
                '{ "name": "ops", "scripts": { "prepare": "tsc -p .", "start": "node web.js" } }',
            ]),
            ...file("/opt/ops/config/base.json", ['{ "compilerOptions": { "outDir": "../dist", "strict": true } }']),
            ...file("/opt/ops/tsconfig.json", ['{ "extends": "./config/base.json", "include": ["src"] }']),
            ...file("/opt/ops/src/jobs.ts", ["export const jobs: string[] = [];"]),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && npm ci && nohup npm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "Caddyfile: two sites, each with bind 127.0.0.1, one serving /var/www/ops",
        script("dev-node-caddy-bind-both-ok-rt67c", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                "127.0.0.1:9000 {",
                "    bind 127.0.0.1",
                '    respond "ok"',
                "}",
                ":8080 {",
                "    bind 127.0.0.1",
                "    root * /var/www/ops",
                "    file_server",
                "}",
            ]),
            "systemctl enable --now caddy",
        ]),
    ),
    dev(
        "pnpm-workspace.yaml (packages, onlyBuiltDependencies), pnpm install && pnpm start serving public",
        script("dev-node-pnpm-workspace-settings-ok-rt67c", [
            ...file("/opt/ops/pnpm-workspace.yaml", ["packages:", "  - '.'", "onlyBuiltDependencies:", "  - esbuild"]),
            ...file("/opt/ops/package.json", PKG),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && pnpm install --frozen-lockfile && nohup pnpm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        'lighttpd conf.d/ops.conf: server.bind = "127.0.0.1", server.port = 8080, document-root /var/www/ops',
        script("dev-node-lighttpd-loopback-ok-rt67c", [
            "dnf install -y lighttpd",
            ...file("/etc/lighttpd/conf.d/ops.conf", [
                'server.bind = "127.0.0.1"',
                "server.port = 8080",
                'server.document-root = "/var/www/ops"',
            ]),
            "echo 'include \"conf.d/ops.conf\"' >> /etc/lighttpd/lighttpd.conf",
            "systemctl enable --now lighttpd",
        ]),
    ),
    // Neighbours (round 68): a conf.d file written whole (not downloaded), pnpm nodeOptions of a heap limit, a Caddy
    // global default_bind for a site serving a public directory.
    dev(
        "nginx: /etc/nginx/conf.d/ops.conf written whole (listen 8080; root /usr/share/nginx/html), nginx enabled",
        script("dev-node-nginx-confd-written-ok-rt68", [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/ops.conf", [
                "server {",
                "    listen 8080;",
                "    root /usr/share/nginx/html;",
                "}",
            ]),
            "systemctl enable --now nginx",
        ]),
    ),
    dev(
        "pnpm-workspace.yaml nodeOptions: --max-old-space-size=4096, pnpm install && pnpm start serving public",
        script("dev-node-pnpm-workspace-node-heap-ok-rt68", [
            ...file("/opt/ops/pnpm-workspace.yaml", ["nodeOptions: --max-old-space-size=4096"]),
            ...file("/opt/ops/package.json", PKG),
            ...file("/opt/ops/web.js", PUBLIC_APP),
            "cd /opt/ops && pnpm install --frozen-lockfile && nohup pnpm start >/var/log/web.log 2>&1 &",
        ]),
    ),
    dev(
        "Caddyfile: :8080 { import /etc/caddy/common.caddy; root * /var/www/ops; file_server }, common.caddy written after it",
        script("dev-node-caddy-import-written-later-ok-rt68", [
            "dnf install -y caddy",
            ...file("/etc/caddy/Caddyfile", [
                ":8080 {",
                "    import /etc/caddy/common.caddy",
                "    root * /var/www/ops",
                "    file_server",
                "}",
            ]),
            ...file("/etc/caddy/common.caddy", ["encode gzip"]),
            "systemctl enable --now caddy",
        ]),
    ),
];

describeNodeCases("red team 67: node user data, web server and package-manager configs", insecure, secure);
