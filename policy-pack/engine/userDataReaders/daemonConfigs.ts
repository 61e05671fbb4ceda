/**
 * Round 82: listeners of network daemons configured through files of their own (php-fpm pools, snmpd, tgtd targets,
 * NFS-Ganesha exports) and of targetcli's LIO commands, each read by its documented defaults and bind directives into
 * the Listener entries listeners.ts judges (SERVER_CONFIGS, commandServers.ts SERVERS). A value the reader cannot tell
 * (a variable, an unknown address) is kept as the bind, which is no loopback one: refused, never assumed safe.
 */
import { parse as parseYaml } from "yaml";
import { globRegExp } from "../shell";
import { environmentFileVariables, exportedData, getopt, iniSections, type Listener } from "./shared";

/** A configuration value without its surrounding quotes. */
const unquoted = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, "$2");

/** A comma- or blank-separated list's entries. */
const entries = (value: string | undefined) => (value ?? "").split(/[\s,]+/).filter(Boolean);

/** php-fpm's configuration files: php-fpm.conf and its pool directories (Fedora/AL2023, Debian, source installs). */
export const PHP_FPM_CONFIG =
    /^\/(etc|usr\/local\/etc)\/(php-fpm\.conf|php-fpm\.d\/[^/]+\.conf|php\/[^/]+\/fpm\/(php-fpm\.conf|pool\.d\/[^/]+\.conf))$/;

/**
 * php-fpm pools (php-fpm.conf(5), the packaged www.conf): each section but [global] is a pool; `listen` is
 * "'ip.add.re.ss:port' ... '[ip:6:addr:ess]:port' ... 'port' - to listen on a TCP socket to all addresses (IPv6 and
 * IPv4-mapped) on a specific port; '/path/to/unix/socket' - to listen on a unix socket" (a unix socket: no network
 * listener); `listen.allowed_clients` "List of addresses ... of FastCGI clients which are allowed to connect ... Default
 * Value: any". A FastCGI client names SCRIPT_FILENAME and PHP_VALUE (auto_prepend_file=php://input): it runs its own
 * PHP as the pool's `user`. A listen value with a variable (`${VAR}`) is an address the pack cannot tell. A `listen`
 * outside any section (an edit's fragment: `sed -i 's/^listen = 127.0.0.1:9000/listen = 9000/'`) is a pool's:
 * [global] has none.
 */
export function phpFpmListeners(text: string): Listener[] {
    const { global, sections } = iniSections(text);
    const pools = global.has("listen") ? [{ name: "a pool", params: global }, ...sections] : sections;
    return pools.flatMap(({ name, params }): Listener[] => {
        const listen = params.get("listen");
        if (listen === undefined) return [];
        const at = unquoted(listen);
        if (at.startsWith("/")) return [];
        return [
            {
                server: `php-fpm pool [${name}] (listen = ${at})`,
                binds: /^\d+$/.test(at) ? [] : [at],
                allowed: entries(params.get("listen.allowedclients")),
                serves: {
                    code: `FastCGI clients name the script and PHP_VALUE (auto_prepend_file=php://input): PHP as the pool's user, ${unquoted(params.get("user") ?? "") || "php-fpm's"}`,
                },
            },
        ];
    });
}

/** snmpd's configuration files (snmp_config(5): snmpd.conf and snmpd.local.conf, and includeDir's snmpd.conf.d). */
export const SNMPD_CONFIG =
    /^\/(etc|usr\/share|usr\/local\/etc|usr\/local\/share)\/snmp\/(snmpd(\.local)?\.conf|snmpd\.conf\.d\/[^/]+\.conf)$/;

/**
 * A snmpd listening address (snmpd(8) "LISTENING ADDRESSES": `[<transport-specifier>:]<transport-address>`; "a port
 * number, in which case snmpd listens on that UDP port on all IPv4 interfaces"; unix:PATH or a leading `/` a unix
 * socket) as a bind: a socket path, `0.0.0.0:PORT` for a port alone, else the host it names.
 */
function snmpBind(address: string): string {
    const a = address.replace(/^(udp|tcp|udp6|tcp6|udpv6|tcpv6|udpipv6|tcpipv6|tls|dtls|tlstcp|dtlsudp|unix):/i, "");
    if (a.startsWith("/")) return a;
    if (/^\d+$/.test(a)) return `0.0.0.0:${a}`;
    return a;
}

/**
 * snmpd's write access (snmpd.conf(5) "ACCESS CONTROL"): `rwcommunity`/`rwcommunity6 COMMUNITY [SOURCE ...]` (SOURCE
 * `default`, or none: any host), `rwuser USER` (USM: whoever holds the password user data sets), `authcommunity`,
 * `authuser`, `authgroup` with `write` among their TYPES, and a VACM `access` line whose WRITE view is not `none`.
 * Writing is running code as root: NET-SNMP-EXTEND-MIB's nsExtendConfigTable is writable, a SET of nsExtendCommand
 * makes snmpd run that command on the next read. snmpd listens where `agentaddress` says, "The default behaviour is
 * to listen on UDP port 161 on all IPv4 interfaces" (snmpd.conf(5) "AGENT BEHAVIOUR"). Read-only access runs nothing.
 */
export function snmpdListeners(text: string): Listener[] {
    const lines = text
        .split(/\r?\n/)
        .map(l => l.replace(/#.*$/, "").trim().split(/\s+/))
        .filter(w => w[0] !== "");
    const binds = [
        ...new Set(
            lines
                .filter(([d]) => /^agentaddress$/i.test(d))
                .flatMap(w => w.slice(1).join("").split(","))
                .filter(Boolean)
                .map(snmpBind),
        ),
    ];
    const anyHost = (source: string | undefined) => (source === undefined || source === "default" ? [] : [source]);
    const writes = lines.flatMap(([directive, ...rest]): { grant: string; allowed: string[] }[] => {
        const d = directive.toLowerCase();
        const grant = [directive, ...rest].join(" ");
        if (/^rwcommunity6?$/.test(d)) return [{ grant, allowed: anyHost(rest[1]) }];
        if (d === "rwuser") return [{ grant, allowed: [] }];
        if (d === "authcommunity" && /(^|,)write(,|$)/i.test(rest[0] ?? ""))
            return [{ grant, allowed: anyHost(rest[2]) }];
        if (/^auth(user|group)$/.test(d) && /(^|,)write(,|$)/i.test(rest[0] ?? "")) return [{ grant, allowed: [] }];
        if (d === "access" && (rest[6] ?? "none").toLowerCase() !== "none") return [{ grant, allowed: [] }];
        return [];
    });
    return writes.map(({ grant, allowed }) => ({
        server: `snmpd (${grant})`,
        binds,
        allowed,
        serves: {
            code: "an SNMP SET of NET-SNMP-EXTEND-MIB's nsExtendCommand makes snmpd run that command as root",
        },
    }));
}

/** tgtd's targets (tgt-admin reads /etc/tgt/targets.conf, whose packaged `include /etc/tgt/conf.d/*.conf` adds more). */
export const TGT_TARGETS = /^\/etc\/tgt\/(targets\.conf|conf\.d\/[^/]+\.conf)$/;

/**
 * tgtd iSCSI targets (targets.conf(5)): `<target IQN> ... </target>` serves its `backing-store`/`direct-store` devices
 * or files to initiators; `initiator-address` "Allows connections only from the specified IP address. Defaults to ALL
 * if no initiator-address directive is specified" (`initiator-name` is what the initiator says it is, and
 * `incominguser` a CHAP password user data holds: neither changes who connects). tgtd listens on 0.0.0.0:3260 unless
 * its command line's `--iscsi portal=` (tgtd(8)) says otherwise, which this file does not: every address. A node
 * block device served is every file of the node (shared.ts exportedData); any other backing store one the pack cannot
 * know.
 */
export function tgtTargetsListeners(text: string): Listener[] {
    const targets = [...text.replace(/#.*$/gm, "").matchAll(/<target\s+([^>\s]+)\s*>([\s\S]*?)<\/target>/gi)];
    return targets.flatMap(([, name, body]): Listener[] => {
        const values = (key: string) =>
            [...body.matchAll(new RegExp(`^\\s*${key}\\s+(.+?)\\s*$`, "gim"))].flatMap(m => entries(m[1]));
        const stores = [...values("backing-store"), ...values("direct-store")];
        if (stores.length === 0) return [];
        const initiators = values("initiator-address");
        return [
            {
                server: `tgtd iSCSI target ${name} (backing store ${stores.join(", ")})`,
                binds: [],
                allowed: initiators.some(a => /^all$/i.test(a)) ? [] : initiators,
                serves: { files: exportedData(stores) },
            },
        ];
    });
}

/** NFS-Ganesha's configuration (ganesha-config(8): /etc/ganesha/ganesha.conf, and files it `%include`s there). */
export const GANESHA_CONFIG = /^\/etc\/ganesha\/[^/]+\.conf$/;

/** A Ganesha configuration block (ganesha-config(8) "Blocks": a name, then parameters and sub-blocks in braces). */
interface GaneshaBlock {
    name: string;
    params: Map<string, string>;
    blocks: GaneshaBlock[];
}

/**
 * ganesha-config(8)'s blocks, parameters (`Name = value;`, names case-insensitive) and `#` comments; undefined for text
 * whose braces do not balance (a configuration the pack cannot read).
 */
function ganeshaBlocks(text: string): GaneshaBlock | undefined {
    const root: GaneshaBlock = { name: "", params: new Map(), blocks: [] };
    const stack = [root];
    let pending = "";
    // A parameter is `Name = value` before a ";" (or the block's "}"); a block's name is the text before its "{".
    const flush = () => {
        const kv = /^([\w.-]+)\s*=\s*([\s\S]*)$/.exec(pending.trim());
        if (kv) stack[stack.length - 1].params.set(kv[1].toLowerCase(), unquoted(kv[2]));
        const ok = kv !== null || pending.trim() === "";
        pending = "";
        return ok;
    };
    // `%include` / `%url` lines name other files (ganesha-config(8) "Including other config files"), judged where written.
    const body = text.replace(/#.*$/gm, "").replace(/^\s*%(include|url)\b.*$/gim, "");
    for (const token of body.match(/[{};]|[^{};]+/g) ?? []) {
        if (token === "{") {
            const block: GaneshaBlock = { name: pending.trim().toLowerCase(), params: new Map(), blocks: [] };
            pending = "";
            stack[stack.length - 1].blocks.push(block);
            stack.push(block);
        } else if (token === ";") {
            if (!flush()) return undefined;
        } else if (token === "}") {
            if (!flush() || stack.length === 1) return undefined;
            stack.pop();
        } else pending += token;
    }
    if (pending.trim() !== "") return undefined;
    return stack.length === 1 ? root : undefined;
}

/**
 * NFS-Ganesha exports (ganesha-export-config(8)): each EXPORT's `Path` is served with `Access_Type` ("default None";
 * EXPORT_DEFAULTS' value where the export sets none) to every client, and a CLIENT block's `Clients` get its own
 * Access_Type (the export's where it sets none); ganesha-core-config(8) NFS_CORE_PARAM `Bind_addr` "default 0.0.0.0".
 * A pod reaches an export as a pod reaches /etc/exports' (an `nfs` volume, the kubelet mounting it as root). A text
 * the pack cannot parse is an export of data it cannot know, on every address.
 */
export function ganeshaListeners(text: string): Listener[] {
    const root = ganeshaBlocks(text);
    if (root === undefined)
        return [
            { server: "NFS-Ganesha (a configuration the pack cannot parse)", binds: [], serves: { files: undefined } },
        ];
    const named = (name: string) => root.blocks.filter(b => b.name === name);
    const core = named("nfs_core_param").flatMap(b => entries(b.params.get("bind_addr")));
    const byDefault = named("export_defaults")
        .map(b => b.params.get("access_type"))
        .find(a => a !== undefined);
    const grants = (access: string | undefined) => !/^none$/i.test(access ?? "none");
    return named("export").flatMap((exp): Listener[] => {
        const path = exp.params.get("path");
        if (path === undefined) return [];
        const access = exp.params.get("access_type") ?? byDefault;
        const clients = exp.blocks
            .filter(b => b.name === "client" && grants(b.params.get("access_type") ?? access))
            .flatMap(b => entries(b.params.get("clients")));
        const everyone = grants(access) ? ["*"] : [];
        if (everyone.length === 0 && clients.length === 0) return [];
        return [
            {
                server: `an NFS-Ganesha export (Path = ${path})`,
                binds: core,
                allowed: everyone.length > 0 ? [] : clients,
                serves: { files: path },
            },
        ];
    });
}

/**
 * targetcli (targetcli(8), targetcli-fb): `targetcli /iscsi create [WWN]` makes an iSCSI target whose first TPG gets a
 * default portal on every address, 0.0.0.0:3260, unless the global `auto_add_default_portal` is false ("Created
 * default portal listening on all IPs (0.0.0.0), port 3260"); `.../portals create IP [PORT]` adds one on IP. What the
 * target serves is the backstores its LUNs map (a node disk, in another command): data the pack cannot know. The
 * loopback, vhost and other fabrics are local (no network portal). One command per invocation is read; a script fed on
 * standard input (`targetcli < FILE`) is no command line the pack reads.
 */
export function targetcliListeners(args: readonly string[]): Listener[] {
    const { operands } = getopt(args, "", []);
    const [path = "", command = "", ...rest] = operands;
    if (command !== "create") return [];
    const iscsi = /^\/?iscsi\/?$/.test(path);
    const portals = /^\/?iscsi\/.+\/portals\/?$/.test(path);
    if (!iscsi && !portals) return [];
    const ip = portals ? rest.find(w => !/^\d+$/.test(w) && !w.includes("=")) : undefined;
    return [
        {
            server: `targetcli ${operands.join(" ")} (an iSCSI portal)`,
            binds: portals ? [ip ?? "0.0.0.0"] : [],
            serves: { files: undefined },
        },
    ];
}

/**
 * Round 82: daemons whose documented default bind is every address and whose clients gain the node when nothing
 * else guards them, read by their command line and the configuration files it names (readConfig: what user data
 * wrote). A configuration the pack cannot read (not written by user data, changed in a way it cannot compute, not
 * parsing) is, for a root run, a listener on the daemon's default bind serving what the pack cannot know (fail
 * closed); for another user the round 35 rule stands (unread non-root programs are not refused).
 */
type ConfigText = (path: string) => string | null | undefined;

/** A listener on `binds` of a daemon whose configuration the pack cannot read. */
const unreadConfigListener = (server: string, binds: readonly string[], why: string): Listener => ({
    server,
    binds,
    serves: { unread: `${server} (${why})` },
});

/** Redis and its forks read redis.conf (Valkey's valkey.conf, KeyDB's keydb.conf keep its directives). */
export const REDIS_SERVER = /^(redis[0-9]*-server|valkey-server|keydb-server)$/;

/**
 * The configuration files the packages ship (AL2023 redis6: /etc/redis6/redis6.conf; Debian/Fedora /etc/redis/
 * redis.conf, /etc/redis.conf; valkey, keydb), whose `bind 127.0.0.1 -::1` (redis.conf: "by default we uncomment
 * the following bind directive, that would force Redis to listen only on the IPv4 and IPv6 ... loopback") a run of
 * them keeps unless user data writes or edits the file.
 */
const REDIS_PACKAGED_CONFIG = /^\/etc\/(redis[0-9]*\/redis[0-9]*|redis[0-9]*|valkey\/valkey|keydb\/keydb)\.conf$/;

/**
 * redis.conf directives (redis.io "Redis configuration": `keyword argument1 argument2 ...`, the last one processed
 * wins; command-line `--keyword value ...` is appended to the file's) as keyword → the last line's arguments.
 */
function redisDirectives(lines: readonly string[][]): Map<string, string[]> {
    const settings = new Map<string, string[]>();
    for (const [key, ...values] of lines) if (key) settings.set(key.toLowerCase(), values.map(unquoted));
    return settings;
}

/**
 * A Redis server (redis-server [/path/to/redis.conf] [--keyword value ...]) as its clients reach it. redis.conf
 * NETWORK: "By default, if no "bind" configuration directive is specified, Redis listens for connections from all
 * available network interfaces" (`bind * -::*` the same; a leading `-` marks an optional address), `port 0` listens on
 * no TCP socket (a unixsocket only); "protected-mode ... When protected mode is on and if: 1) The server is not binding
 * explicitly to a set of addresses using the "bind" directive. 2) No password is configured. The server only accepts
 * connections from clients connecting from the IPv4 and IPv6 loopback addresses" (Redis 6, AL2023's redis6: an
 * explicit bind beyond loopback and no password is open whatever protected-mode says). A password is `requirepass`,
 * an `aclfile`, or a `user default` rule with a `>password`/`#hash` and no `nopass` (redis.io "ACL"). An open server
 * is a command runner as its user: CONFIG SET dir + dbfilename + SAVE writes a file anywhere that user may (root:
 * /etc/cron.d), replication plus MODULE LOAD loads a shared object (redis.io "Redis security": an exposed Redis "is
 * very simple to exploit").
 */
export function redisListeners(
    args: readonly string[],
    name: string,
    configText: ConfigText,
    root: boolean | undefined,
): Listener[] {
    const file = args[0] !== undefined && !args[0].startsWith("--") ? args[0] : undefined;
    const commandLine: string[][] = [];
    for (const w of args.slice(file === undefined ? 0 : 1))
        if (w.startsWith("--")) commandLine.push([w.slice(2)]);
        else commandLine[commandLine.length - 1]?.push(w);
    const server = `${name}${file === undefined ? "" : ` ${file}`}`;
    const given = redisDirectives(commandLine);
    let text: string | null | undefined = "";
    if (file !== undefined) {
        text = file === "-" ? null : configText(file);
        if (text === undefined && REDIS_PACKAGED_CONFIG.test(file)) text = "bind 127.0.0.1 -::1\nprotected-mode yes";
    }
    const lines = (text ?? "")
        .split(/\r?\n/)
        .map(l =>
            l
                .replace(/^\s*#.*$/, "")
                .trim()
                .split(/\s+/),
        )
        .filter(w => w[0] !== "");
    const settings = new Map([...redisDirectives(lines), ...given]);
    const binds = (settings.get("bind") ?? []).map(b => b.replace(/^-/, "")).filter(b => b !== "*" && b !== "::*");
    const bindGiven = settings.has("bind") && binds.length > 0;
    if (text === null || text === undefined || lines.some(([k]) => k.toLowerCase() === "include")) {
        if (!root || given.get("port")?.[0] === "0") return [];
        return [unreadConfigListener(server, given.has("bind") ? binds : [], "a configuration the pack cannot read")];
    }
    if (settings.get("port")?.[0] === "0") return [];
    const defaultUser = lines.filter(([k, u]) => k.toLowerCase() === "user" && u === "default").flat();
    const password =
        (settings.get("requirepass")?.[0] ?? "") !== "" ||
        settings.has("aclfile") ||
        (defaultUser.some(w => /^[>#]/.test(w)) && !defaultUser.includes("nopass"));
    const protectedMode = (settings.get("protected-mode")?.[0] ?? "yes").toLowerCase() !== "no";
    if (password || (protectedMode && !bindGiven)) return [];
    return [
        {
            server,
            binds: bindGiven ? binds : [],
            serves: {
                code: "Redis with no password: CONFIG SET dir and dbfilename then SAVE writes a file anywhere its user may (root: /etc/cron.d, a root shell), and replication plus MODULE LOAD runs a shared object in it",
            },
        },
    ];
}

/** A JSON configuration that may carry `//` comment lines (V2Ray's and Xray's loaders accept them). */
function jsonWithComments(text: string): unknown {
    try {
        return parseYaml(text.replace(/^\s*\/\/.*$/gm, ""));
    } catch {
        return undefined;
    }
}

const record = (v: unknown): Record<string, unknown> =>
    v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const array = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * The listeners of a V2Ray/Xray configuration's inbounds (v2fly "InboundObject": `listen` "The IP address to listen
 * on ... Default is "0.0.0.0"", a path a unix domain socket). An inbound is a forward proxy to whatever host a client
 * names when it is socks whose `auth` is not "password" (v2fly "Socks" InboundConfigurationObject: "auth: "noauth" |
 * "password" ... default "noauth"") or http with no `accounts` ("HTTP" inbound: no accounts, no authentication), and a
 * `freedom` outbound (v2fly "Freedom": "connects directly") reaches the node's network; vmess, vless, trojan and
 * shadowsocks inbounds authenticate their clients (ids, passwords); dokodemo-door with followRedirect is a transparent
 * proxy; another protocol is one the pack does not read. A configuration that does not parse is unread.
 */
export function v2rayConfigListeners(server: string, text: string): Listener[] | undefined {
    const config = record(jsonWithComments(text));
    if (Object.keys(config).length === 0) return undefined;
    const outbounds = array(config.outbounds).map(o => String(record(o).protocol ?? ""));
    const direct = outbounds.length === 0 || outbounds.includes("freedom");
    return array(config.inbounds).flatMap((raw): Listener[] => {
        const inbound = record(raw);
        const settings = record(inbound.settings);
        const listen = typeof inbound.listen === "string" ? inbound.listen : "0.0.0.0";
        if (listen.startsWith("/") || listen.startsWith("@")) return [];
        const protocol = String(inbound.protocol ?? "");
        const at = `${server}: ${protocol} inbound on ${listen}${inbound.port === undefined ? "" : `:${String(inbound.port)}`}`;
        const open =
            (protocol === "socks" && settings.auth !== "password") ||
            (protocol === "http" && array(settings.accounts).length === 0) ||
            (protocol === "dokodemo-door" && settings.followRedirect === true);
        if (open) return direct ? [{ server: at, binds: [listen], serves: { proxy: true } }] : [];
        if (/^(socks|http|vmess|vless|trojan|shadowsocks|dokodemo-door)$/.test(protocol)) return [];
        return [unreadConfigListener(at, [listen], "an inbound protocol the pack does not read")];
    });
}

/** The configuration files `v2ray|xray [run] -c|-config FILE` (also `--config=FILE`) names. */
const v2rayConfigFiles = (args: readonly string[]) =>
    args.flatMap((w, i) =>
        /^--?(c|config)$/.test(args[i - 1] ?? "") ? [w] : /^--?(c|config)=/.test(w) ? [w.replace(/^[^=]*=/, "")] : [],
    );

/**
 * V2Ray and Xray (v2fly "Command line": `v2ray run -c config.json`; `-confdir`/`-d` a directory of them). With no
 * file named the program reads its default location (v2fly "Environment variables": v2ray.location.config, /usr/local/
 * etc/v2ray/config.json), which user data does not write: unread, as is a -confdir directory or `-format` other than
 * JSON; `test`, `version`, `uuid` and the like serve nothing.
 */
export function v2rayListeners(
    args: readonly string[],
    name: string,
    configText: ConfigText,
    root: boolean | undefined,
): Listener[] {
    const sub = args.find(w => !w.startsWith("-"));
    if (sub !== undefined && args.indexOf(sub) === 0 && sub !== "run") return [];
    const files = v2rayConfigFiles(args);
    const other = args.some(w => /^--?(confdir|d|format)(=|$)/.test(w));
    const read = files.map(f => {
        const text = configText(f);
        return typeof text === "string" ? v2rayConfigListeners(`${name} ${f}`, text) : undefined;
    });
    if (files.length === 0 || other || read.some(r => r === undefined))
        return root ? [unreadConfigListener(name, [], "inbounds in a configuration the pack cannot read")] : [];
    return read.flatMap(r => r ?? []);
}

/** webhook's trigger-rule match types that check a shared secret (adnanh/webhook docs "Hook rules"). */
const HMAC_MATCH = /^payload-hmac-sha(1|256|512)$/;

/** Whether a hook's trigger-rule checks a signature of the request (a `match` of an HMAC type anywhere in it). */
const signedHook = (rule: unknown): boolean =>
    Array.isArray(rule)
        ? rule.some(signedHook)
        : rule !== null && typeof rule === "object"
          ? Object.entries(rule).some(([k, v]) => (k === "type" && HMAC_MATCH.test(String(v))) || signedHook(v))
          : false;

/**
 * adnanh/webhook's hooks (docs "Hook definition": execute-command, pass-arguments-to-command and
 * pass-environment-to-command entries of `source` payload/header/url/query/request/entire-*, pass-file-to-command):
 * a hook handing request data to its command lets any client give that command its arguments, environment or files:
 * the pack cannot say what the command then runs (a shell's `-c` runs it), unless its trigger-rule checks an HMAC
 * signature ("payload-hmac-sha256 ... secret"). A hook of fixed arguments runs only what user data wrote.
 */
export function webhookHooksListeners(server: string, binds: readonly string[], text: string): Listener[] | undefined {
    let hooks: unknown;
    try {
        hooks = parseYaml(text);
    } catch {
        return undefined;
    }
    if (!Array.isArray(hooks) && !Array.isArray(record(hooks).hooks)) return undefined;
    return (Array.isArray(hooks) ? hooks : array(record(hooks).hooks)).flatMap((raw): Listener[] => {
        const hook = record(raw);
        const fromRequest = [
            ...array(hook["pass-arguments-to-command"]),
            ...array(hook["pass-environment-to-command"]),
        ].some(p => record(p).source !== "string");
        const passed = fromRequest || array(hook["pass-file-to-command"]).length > 0;
        if (!passed || signedHook(hook["trigger-rule"])) return [];
        return [
            {
                server: `${server}: hook ${String(hook.id)}`,
                binds,
                serves: {
                    code: `any client's request data reaches ${String(hook["execute-command"])}'s arguments, environment or files, unsigned`,
                },
            },
        ];
    });
}

/**
 * adnanh/webhook (`webhook -help`: "-ip string ip the webhook should serve hooks on (default "0.0.0.0")", "-hooks
 * value path to the json file containing defined hooks", repeatable; "-template parse hooks file as a Go template":
 * unread). Go's flag package takes `-name value`, `-name=value` and `--name`.
 */
export function webhookListeners(
    args: readonly string[],
    configText: ConfigText,
    root: boolean | undefined,
): Listener[] {
    const values = (flag: string) =>
        args.flatMap((w, i) =>
            new RegExp(`^--?${flag}$`).test(args[i - 1] ?? "")
                ? [w]
                : new RegExp(`^--?${flag}=`).test(w)
                  ? [w.replace(/^[^=]*=/, "")]
                  : [],
        );
    const binds = values("ip").slice(-1);
    const files = values("hooks");
    const template = args.some(w => /^--?template(=true)?$/.test(w));
    const read = files.map(f => {
        const text = configText(f);
        return typeof text === "string" && !template
            ? webhookHooksListeners(`webhook -hooks ${f}`, binds, text)
            : undefined;
    });
    if (files.length === 0 || read.some(r => r === undefined))
        return root ? [unreadConfigListener("webhook", binds, "hooks the pack cannot read")] : [];
    return read.flatMap(r => r ?? []);
}

/**
 * Round 83: what one line of a configuration includes: a path (a glob(3) pattern where the format takes one), null for
 * an include the pack cannot follow (a relative path, whose base is the daemon's prefix or working directory; a URL),
 * undefined for a line that includes nothing.
 */
export type IncludeDirective = (line: string) => string | null | undefined;

/** An include's path: an absolute one as written, anything else one the pack cannot follow. */
const includedPath = (path: string | undefined) =>
    path === undefined ? undefined : path.startsWith("/") && !/[$`]/.test(path) ? path : null;

/** php-fpm.conf(5) `include`: "Include one or more files. If glob(3) exists, it is used to include a bunch of files from a glob(3) pattern". */
export const PHP_FPM_INCLUDE: IncludeDirective = line =>
    includedPath(/^\s*include\s*=\s*(.*?)\s*$/i.exec(line)?.[1].replace(/^(["'])(.*)\1$/, "$2"));

/** snmpd.conf(5) `includeFile FILE` and `includeDir DIR` (its files ending in .conf). */
export const SNMPD_INCLUDE: IncludeDirective = line => {
    const m = /^\s*include(File|Dir)\s+(\S+)/i.exec(line);
    return m ? includedPath(/^dir$/i.test(m[1]) ? `${m[2].replace(/\/$/, "")}/*.conf` : m[2]) : undefined;
};

/** targets.conf(5) `include <path>`: "Include the configuration from another configuration file. Wildcards are allowed". */
export const TGT_INCLUDE: IncludeDirective = line => includedPath(/^\s*include\s+(\S+)/.exec(line)?.[1]);

/** ganesha-config(8) "Including other config files": `%include "FILE"`, and `%url URL`, a file fetched from elsewhere. */
export const GANESHA_INCLUDE: IncludeDirective = line => {
    const m = /^\s*%(include|url)\s+"?([^"\s]+)"?/i.exec(line);
    return m ? (/^url$/i.test(m[1]) ? null : includedPath(m[2])) : undefined;
};

/**
 * Round 83: a configuration with its includes followed, as its daemon reads it ("as if they were part of the main
 * config"): each include line replaced by the text of the files it names (a glob: every file user data wrote that
 * matches). An include of the daemon's packaged paths (`packaged`) is judged where written and left out. `followed`:
 * the includes read; `unread`: what the daemon reads that the pack cannot (a file user data did not write, one it
 * changed in a way the pack cannot compute, a directory a copy filled, an include it cannot follow).
 */
export function withIncludes(
    text: string,
    include: IncludeDirective,
    packaged: RegExp,
    read: ConfigText,
    written: () => Iterable<string>,
    depth = 0,
): { text: string; followed: string[]; unread: string[] } {
    const followed: string[] = [];
    const unread: string[] = [];
    const lines = text.split(/\r?\n/).map(line => {
        const target = include(line);
        if (target === undefined) return line;
        if (target === null || depth > 4) {
            unread.push(line.trim());
            return "";
        }
        if (packaged.test(target.replace(/[*?]/g, "x"))) return "";
        followed.push(target);
        const glob = /[*?[]/.test(target);
        const probe = `${target.slice(0, target.lastIndexOf("/"))}/\u0000`;
        const pattern = glob ? globRegExp(target, { path: true }) : undefined;
        const files = pattern ? [...written()].filter(p => pattern.test(p)).sort() : [target];
        if (glob && (pattern === undefined || read(probe) === null)) unread.push(target);
        return files
            .map(f => {
                const t = read(f);
                if (typeof t !== "string") {
                    unread.push(f);
                    return "";
                }
                const inner = withIncludes(t, include, packaged, read, written, depth + 1);
                followed.push(...inner.followed);
                unread.push(...inner.unread);
                return inner.text;
            })
            .join("\n");
    });
    return { text: lines.join("\n"), followed, unread };
}

/**
 * Round 83: a daemon's configuration files on its command line and in its environment, one table, each with its doc:
 * - php-fpm(8) "-y, --fpm-config <file> Specify alternative path to FastCGI process manager config file" (-c php.ini,
 *   -d, -p/--prefix, -g/--pid take values);
 * - snmpd(8) "-c FILE Read FILE(s) as configuration files" (a comma-separated list), and snmp_config(5) "SNMPCONFPATH
 *   ... a colon-separated list of directories to search for" snmpd.conf and snmpd.local.conf;
 * - ganesha.nfsd(8) "-f <config_file>" (-L, -N, -p, -E, -I take values);
 * - tgt-admin(8) "-c, --conf <conf file>", applied by -e/--execute or --update.
 * Each file is read as the packaged one is (its SERVER_CONFIGS reader), its includes followed (withIncludes). The
 * documented default bind of each is every address (php-fpm `listen = port`, snmpd "UDP port 161 on all IPv4
 * interfaces", Ganesha Bind_addr 0.0.0.0, tgtd 0.0.0.0:3260): a file the pack cannot read is, for a root run, a
 * listener there serving what it cannot know (fail closed).
 */
export const DAEMON_CONFIG_OPTIONS: {
    names: RegExp;
    valued: string;
    longValued: string[];
    options: string[];
    /** The option (any of them) that makes the program apply the files; none: every run does. */
    applies?: RegExp;
    split?: RegExp;
    searched?: { variable: string; files: string[] };
    packaged: RegExp;
    include: IncludeDirective;
    read: (text: string) => Listener[];
}[] = [
    {
        names: /^php-fpm[0-9.]*$/,
        valued: "cdypg",
        longValued: ["fpm-config", "php-ini", "define", "prefix", "pid"],
        options: ["-y", "--fpm-config"],
        packaged: PHP_FPM_CONFIG,
        include: PHP_FPM_INCLUDE,
        read: phpFpmListeners,
    },
    {
        names: /^snmpd$/,
        valued: "cILMmpuxgA",
        longValued: [],
        options: ["-c"],
        split: /,/,
        searched: { variable: "SNMPCONFPATH", files: ["snmpd.conf", "snmpd.local.conf"] },
        packaged: SNMPD_CONFIG,
        include: SNMPD_INCLUDE,
        read: snmpdListeners,
    },
    {
        names: /^ganesha\.nfsd$/,
        valued: "LNfpEI",
        longValued: [],
        options: ["-f"],
        packaged: GANESHA_CONFIG,
        include: GANESHA_INCLUDE,
        read: ganeshaListeners,
    },
    {
        names: /^tgt-admin$/,
        valued: "cdorC",
        longValued: ["conf", "delete", "offline", "ready", "update", "control-port"],
        options: ["-c", "--conf"],
        applies: /^(-e|--execute|--update)$/,
        packaged: TGT_TARGETS,
        include: TGT_INCLUDE,
        read: tgtTargetsListeners,
    },
];

/** The programs of DAEMON_CONFIG_OPTIONS. */
export const CONFIGURED_DAEMONS = new RegExp(DAEMON_CONFIG_OPTIONS.map(d => d.names.source).join("|"));

/**
 * Round 83: the listeners of a daemon of DAEMON_CONFIG_OPTIONS given its configuration by its command line or its
 * environment (`environment`: every value the script assigns a variable, undefined one it cannot compute). With
 * neither, it reads its packaged files, judged where written.
 */
export function configuredDaemonListeners(
    args: readonly string[],
    name: string,
    configText: ConfigText,
    written: () => Iterable<string>,
    environment: ReadonlyMap<string, readonly (string | undefined)[]>,
    root: boolean | undefined,
): Listener[] {
    const daemon = DAEMON_CONFIG_OPTIONS.find(d => d.names.test(name));
    if (daemon === undefined) return [];
    const { options } = getopt(args, daemon.valued, daemon.longValued);
    if (daemon.applies !== undefined && !options.some(([k]) => daemon.applies!.test(k))) return [];
    const given = options
        .filter(([k]) => daemon.options.includes(k))
        .flatMap(([, v]) => (daemon.split ? v.split(daemon.split) : [v]))
        .map(f => ({ file: f, required: true }));
    const searched = daemon.searched;
    const dirs = searched === undefined ? [] : (environment.get(searched.variable) ?? []);
    const found = dirs.flatMap(value =>
        value === undefined
            ? [{ file: `$${searched!.variable}`, required: true }]
            : value
                  .split(":")
                  .filter(Boolean)
                  .flatMap(dir =>
                      searched!.files.map(f => ({ file: `${dir.replace(/\/$/, "")}/${f}`, required: false })),
                  ),
    );
    const listeners: Listener[] = [];
    const unread: string[] = [];
    for (const { file, required } of [...given, ...found]) {
        if (daemon.packaged.test(file)) continue;
        const text = file.startsWith("$") ? null : configText(file);
        if (typeof text !== "string") {
            if (required || text === null) unread.push(file);
            continue;
        }
        const all = withIncludes(text, daemon.include, daemon.packaged, configText, written);
        unread.push(...all.unread);
        listeners.push(...daemon.read(all.text).map(l => ({ ...l, server: `${name} ${file}: ${l.server}` })));
    }
    if (unread.length > 0 && root)
        listeners.push(
            unreadConfigListener(`${name} reading ${unread.join(", ")}`, [], "a configuration the pack cannot read"),
        );
    return listeners;
}

/**
 * Round 83: tgtadm(8)'s run-time configuration of tgtd: `--op bind --mode target --tid N -I ADDRESS` (or
 * `--initiator-address`; `ALL` every initiator) lets initiators of ADDRESS log in to target N, whose LUNs (`--op new
 * --mode logicalunit ... -b PATH`, a node disk among them) are data the pack cannot know from this command;
 * `--initiator-name` (-Q) is what an initiator says it is, which any host may say. tgtd serves 0.0.0.0:3260.
 */
export function tgtadmListeners(args: readonly string[]): Listener[] {
    const { options } = getopt(args, "LomtTlbEYIQupnvPCfS", [
        "lld",
        "op",
        "mode",
        "tid",
        "targetname",
        "lun",
        "backing-store",
        "bstype",
        "device-type",
        "initiator-address",
        "initiator-name",
        "user",
        "password",
        "name",
        "value",
        "params",
        "control-port",
        "bsoflags",
        "bsopts",
        "sid",
        "cid",
        "host",
    ]);
    const value = (...names: string[]) => options.filter(([k]) => names.includes(k)).map(([, v]) => v);
    if (value("-o", "--op").at(-1) !== "bind" || value("-m", "--mode").at(-1) !== "target") return [];
    const addresses = value("-I", "--initiator-address");
    const names = value("-Q", "--initiator-name");
    if (addresses.length === 0 && names.length === 0) return [];
    return [
        {
            server: `tgtadm --op bind --mode target --tid ${value("-t", "--tid").at(-1) ?? "?"} (initiators ${[...addresses, ...names].join(", ")})`,
            binds: [],
            allowed: names.length > 0 || addresses.some(a => /^all$/i.test(a)) ? [] : addresses,
            serves: { files: undefined },
        },
    ];
}

/** LIO's saved configuration, which target.service restores at boot (targetcli(8) "saveconfig", "restoreconfig"). */
export const LIO_SAVED_CONFIG = /^\/etc\/target\/saveconfig\.json$/;

/**
 * Round 83: LIO targets in saveconfig.json (rtslib-fb's format: `storage_objects` with their `dev`, `targets` by
 * `fabric` with `tpgs` of `portals` (ip_address), `luns` (storage_object paths), `node_acls` and `attributes`). A TPG
 * lets initiators log in with `generate_node_acls` 1 (demo mode: every initiator) or a node ACL (an initiator name, which
 * any host may say); it serves its LUNs' storage objects (a node block device: the node's data) on its portals
 * (0.0.0.0: every address). Local fabrics (loopback, vhost, usb_gadget, xen-pvscsi) have no network portal. Text that
 * does not parse is a target the pack cannot read, on every address.
 */
export function lioSavedListeners(text: string): Listener[] {
    const config = record(jsonWithComments(text));
    if (Object.keys(config).length === 0)
        return [unreadConfigListener("LIO saveconfig.json", [], "a configuration the pack cannot parse")];
    const devices = new Map(
        array(config.storage_objects).map(o => {
            const so = record(o);
            return [`/backstores/${String(so.plugin)}/${String(so.name)}`, String(so.dev ?? "")];
        }),
    );
    return array(config.targets).flatMap(t => {
        const target = record(t);
        if (/^(loopback|vhost|usb_gadget|xen-pvscsi)$/.test(String(target.fabric))) return [];
        return array(target.tpgs).flatMap((g): Listener[] => {
            const tpg = record(g);
            const open = Number(record(tpg.attributes).generate_node_acls) === 1 || array(tpg.node_acls).length > 0;
            const luns = array(tpg.luns).map(l => devices.get(String(record(l).storage_object)) ?? "");
            const portals = array(tpg.portals).map(p => String(record(p).ip_address ?? "0.0.0.0"));
            if (tpg.enable === false || !open || luns.length === 0 || portals.length === 0) return [];
            return [
                {
                    server: `LIO target ${String(target.wwn)} TPG ${String(tpg.tag)} (LUNs ${luns.join(", ")})`,
                    binds: portals.some(p => /^(0\.0\.0\.0|::|\[::\])$/.test(p)) ? [] : portals,
                    serves: { files: exportedData(luns) },
                },
            ];
        });
    });
}

/**
 * Round 86: libvirt's remote TCP listener, one server however started: root's libvirtd (or, of the modular daemons,
 * virtproxyd, which relays to them) serving qemu:///system, whose clients define and start domains with the node's
 * disks or a passthrough of / (root's qemu). libvirtd(8) "SYSTEM SOCKET ACTIVATION": "In the traditional mode ... If
 * the --listen parameter is given, it will also listen on TCP/IP socket(s), according to the listen_tcp and listen_tls
 * options in /etc/libvirt/libvirtd.conf"; in socket activation mode the packaged DAEMON-tcp.socket units listen on
 * 16509 (libvirtd.conf: listen_tcp "is not required or honoured if using systemd socket activation"). libvirtd.conf:
 * listen_tcp "is disabled by default", listen_addr overrides the every-address default, and "Using the TCP socket
 * requires SASL authentication by default" (auth_tcp = "sasl"); auth_tcp = "none" lets any client in. The TLS
 * listener verifies client certificates unless told not to (round 87: libvirtTlsListeners).
 * `mode`: "socket" (a -tcp.socket unit), "tls-socket" (round 88: a -tls.socket unit), "listen" (--listen given),
 * "maybe" (arguments the pack cannot read).
 * A configuration the pack cannot read (null) may say anything: a listener on every address (fail closed).
 */
export function libvirtTcpListeners(
    daemon: string,
    mode: "socket" | "tls-socket" | "listen" | "maybe",
    file: string,
    text: string | null | undefined,
    how: string,
): Listener[] {
    if (text === null)
        return [unreadConfigListener(`${daemon} (${how}) reading ${file}`, [], "a configuration the pack cannot read")];
    const { global } = iniSections(text ?? "");
    const setting = (key: string) => unquoted(global.get(key) ?? "");
    const tls = mode === "socket" ? [] : libvirtTlsListeners(daemon, file, setting, how, mode === "tls-socket");
    if (mode === "tls-socket") return tls;
    if (mode !== "socket" && setting("listentcp") !== "1") return tls;
    if ((setting("authtcp") || "sasl") !== "none") return tls;
    const address = mode === "socket" ? "" : setting("listenaddr");
    return [
        ...tls,
        {
            server: `${daemon} (${how}) with ${file} auth_tcp = "none"`,
            binds: address === "" ? [] : [address],
            serves: {
                code: `libvirt's qemu:///system API, unauthenticated on TCP ${setting("tcpport") || "16509"}: clients define and start domains with the node's disks or its / as root`,
            },
        },
    ];
}

/**
 * Round 87: libvirt's TLS listener (--listen) that checks no client. libvirtd.conf: listen_tls "is enabled by
 * default" (tls_port 16514); tls_no_verify_certificate = 1 is the "Flag to disable verification of client
 * certificates", the TLS socket's only authentication while auth_tls is "none" (its default: "the TLS client
 * certificate verification is the only authentication"), so any client with any certificate is in, as with auth_tcp =
 * "none". Round 88: in socket activation mode (an enabled DAEMON-tls.socket: `socket`) the packaged unit listens on
 * 16514 whatever listen_tls and listen_addr say (virtproxyd(8) "Socket activation mode": "it will rely on systemd to
 * create and listen on the UNIX, and optionally TCP/IP, sockets"; libvirt wiki "Libvirt daemon is not listening on
 * TCP ports": "with enabled systemd socket activation ... start TCP and/or TLS socket systemd units: systemctl enable
 * --now libvirtd-tcp.socket libvirtd-tls.socket"), its ListenStream=16514 a port alone: every address.
 */
function libvirtTlsListeners(
    daemon: string,
    file: string,
    setting: (key: string) => string,
    how: string,
    socket = false,
): Listener[] {
    if ((!socket && setting("listentls") === "0") || setting("tlsnoverifycertificate") !== "1") return [];
    if ((setting("authtls") || "none") !== "none") return [];
    const address = socket ? "" : setting("listenaddr");
    return [
        {
            server: `${daemon} (${how}) with ${file} tls_no_verify_certificate = 1 and auth_tls = "none"`,
            binds: address === "" ? [] : [address],
            serves: {
                code: `libvirt's qemu:///system API on TLS ${setting("tlsport") || "16514"} checking no client certificate: clients define and start domains with the node's disks or its / as root`,
            },
        },
    ];
}

/** Round 86: the packaged libvirt daemons' configuration files (libvirtd(8), virtproxyd(8) "FILES"). */
const libvirtConfig = (daemon: string) => `/etc/libvirt/${daemon}.conf`;

/**
 * Round 86: `libvirtd`/`virtproxyd` run by a command: `-l`/`--listen` opens the TCP listener of its configuration
 * (`-f`/`--config FILE`, else the packaged path), read by libvirtTcpListeners.
 */
export function libvirtDaemonListeners(args: readonly string[], name: string, configText: ConfigText): Listener[] {
    const { options } = getopt(args, "ftp", ["config", "timeout", "pid-file"]);
    if (!options.some(([k]) => k === "-l" || k === "--listen")) return [];
    const file = options.filter(([k]) => k === "-f" || k === "--config").at(-1)?.[1] ?? libvirtConfig(name);
    return libvirtTcpListeners(name, "listen", file, configText(file), `${name} --listen`);
}

/**
 * Round 86: the packaged libvirt units a started unit opens TCP by (startedUnits' names): libvirtd-tcp.socket and
 * virtproxyd-tcp.socket (socket activation; round 88: their -tls.socket twins, judged for TLS: libvirtTlsListeners), and libvirtd.service, whose packaged unit runs "ExecStart=/usr/sbin/libvirtd
 * $LIBVIRTD_ARGS" with "EnvironmentFile=-/etc/sysconfig/libvirtd" (Debian: /etc/default/libvirtd): --listen there is
 * the traditional mode's. An environment file user data changed so the pack cannot read it may hold --listen.
 */
export function libvirtUnitListeners(unit: string, configText: ConfigText): Listener[] {
    const socket = /^(libvirtd|virtproxyd)-(tcp|tls)\.socket$/.exec(unit);
    if (socket) {
        const file = libvirtConfig(socket[1]);
        const mode = socket[2] === "tcp" ? "socket" : "tls-socket";
        return libvirtTcpListeners(socket[1], mode, file, configText(file), `${unit} enabled`);
    }
    if (!/^libvirtd(\.service)?$/.test(unit)) return [];
    const modes = ["/etc/sysconfig/libvirtd", "/etc/default/libvirtd"].flatMap(
        (env): { env: string; mode: "listen" | "maybe" }[] => {
            const text = configText(env);
            if (text === undefined) return [];
            if (text === null) return [{ env, mode: "maybe" }];
            const args = environmentFileVariables(text)
                .filter(v => v.name === "LIBVIRTD_ARGS")
                .flatMap(v => v.value.split(/\s+/));
            return args.some(w => /^(-l|--listen)$/.test(w)) ? [{ env, mode: "listen" }] : [];
        },
    );
    const file = libvirtConfig("libvirtd");
    return modes.flatMap(({ env, mode }) =>
        libvirtTcpListeners("libvirtd", mode, file, configText(file), `libvirtd.service with ${env} LIBVIRTD_ARGS`),
    );
}

/**
 * Round 86: the Linux NVMe over Fabrics target (nvmet), an in-kernel server configured through configfs
 * (/sys/kernel/config/nvmet: nvmetcli README "manual configuration through configfs") or nvmetcli's saved JSON
 * (nvmetcli(8) "restore [file]", default /etc/nvmet/config.json, which nvmet.service restores at boot). A port
 * (`addr_trtype`/`addr.trtype`) other than `loop` ("the local loopback transport": no network) listens on its
 * `traddr`; a subsystem lets any host connect with `attr_allow_any_host` 1, and its `allowed_hosts` name host NQNs,
 * which a host says of itself (as LIO's node ACLs, lioSavedListeners). It serves its namespaces' `device_path` (a node
 * block device: the node's data).
 */
export interface NvmetTarget {
    ports: { id: string; trtype: string | undefined; traddr: string | undefined; subsystems?: string[] }[];
    subsystems: { nqn: string; open: boolean | undefined; devices: (string | undefined)[] }[];
}

/** Round 86: an nvmet configuration's listeners (NvmetTarget): its network ports serving subsystems open to hosts. */
export function nvmetListeners(target: NvmetTarget, how: string): Listener[] {
    return target.ports.flatMap((port): Listener[] => {
        if (port.trtype === "loop") return [];
        const served = target.subsystems.filter(
            s => s.open !== false && (port.subsystems === undefined || port.subsystems.includes(s.nqn)),
        );
        if (served.length === 0) return [];
        const devices = served.flatMap(s => s.devices);
        const traddr = port.traddr ?? "";
        return [
            {
                server: `the NVMe-oF target (${how}) port ${port.id} (${port.trtype ?? "a transport the pack cannot read"}) serving ${served.map(s => s.nqn).join(", ")}`,
                binds: traddr === "" || /^(0\.0\.0\.0|::|\[::\])$/.test(traddr) ? [] : [traddr],
                serves: {
                    files: devices.every(d => d !== undefined) ? exportedData(devices as string[]) : undefined,
                },
            },
        ];
    });
}

/** Round 86: nvmetcli's saved configuration (nvmetcli(8) "save"/"restore": ports, subsystems, hosts). */
export const NVMET_SAVED_CONFIG = /^\/etc\/nvmet\/config\.json$/;

/** Round 86: nvmetcli's JSON as an NvmetTarget; text that does not parse is a target the pack cannot read. */
export function nvmetSavedListeners(text: string, how = "nvmetcli's saved configuration"): Listener[] {
    const config = record(jsonWithComments(text));
    if (Object.keys(config).length === 0)
        return [unreadConfigListener(`the NVMe-oF target (${how})`, [], "a configuration the pack cannot parse")];
    return nvmetListeners(
        {
            ports: array(config.ports).map(p => {
                const port = record(p);
                const addr = record(port.addr);
                return {
                    id: String(port.portid),
                    trtype: addr.trtype === undefined ? undefined : String(addr.trtype),
                    traddr: addr.traddr === undefined ? undefined : String(addr.traddr),
                    subsystems: array(port.subsystems).map(String),
                };
            }),
            subsystems: array(config.subsystems).map(s => {
                const subsystem = record(s);
                return {
                    nqn: String(subsystem.nqn),
                    open:
                        Number(record(subsystem.attr).allow_any_host) === 1 ||
                        array(subsystem.allowed_hosts).length > 0,
                    devices: array(subsystem.namespaces).map(n => {
                        const path = record(record(n).device).path;
                        return path === undefined ? undefined : String(path);
                    }),
                };
            }),
        },
        how,
    );
}

/**
 * Round 87: the in-kernel targets' restore tools, one table: each replaces the running target with a saved
 * configuration FILE (judged where written when it is the packaged default, which the boot service restores), read
 * with the target's saved-configuration reader. targetcli(8) "restoreconfig [savefile] [clear_existing] [target=]
 * [storage_object=]" ("Restores configuration from a file"); targetctl(8) (rtslib-fb, what target.service runs)
 * "restore [config-file]: Removes any existing configuration and replaces it with the configuration described in the
 * file", default /etc/target/saveconfig.json; nvmetcli(8) "restore [file]", default /etc/nvmet/config.json.
 */
const TARGET_RESTORE_TOOLS: {
    names: RegExp;
    /** The file a command line restores (undefined: none, or not a restore). */
    file: (operands: readonly string[]) => string | undefined;
    defaults: RegExp;
    read: (text: string, how: string) => Listener[];
}[] = [
    {
        names: /^targetcli$/,
        file: operands => {
            const at = operands.indexOf("restoreconfig");
            if (at < 0) return undefined;
            return operands
                .slice(at + 1)
                .map(w => w.replace(/^savefile=/, ""))
                .find(w => !w.includes("=") && w !== "clear_existing");
        },
        defaults: LIO_SAVED_CONFIG,
        read: (text, how) => lioSavedListeners(text).map(l => ({ ...l, server: `${how}: ${l.server}` })),
    },
    {
        names: /^targetctl$/,
        file: operands => (operands[0] === "restore" ? operands[1] : undefined),
        defaults: LIO_SAVED_CONFIG,
        read: (text, how) => lioSavedListeners(text).map(l => ({ ...l, server: `${how}: ${l.server}` })),
    },
    {
        names: /^nvmetcli$/,
        file: operands => (operands[0] === "restore" ? operands[1] : undefined),
        defaults: NVMET_SAVED_CONFIG,
        read: (text, how) => nvmetSavedListeners(text, how),
    },
];

/** Round 87: the restore tools' program names (TARGET_RESTORE_TOOLS). */
export const TARGET_RESTORE_TOOL = new RegExp(TARGET_RESTORE_TOOLS.map(t => t.names.source).join("|"));

/**
 * Round 87: a restore tool's command (TARGET_RESTORE_TOOLS): the restored FILE read as the target's saved
 * configuration; one the pack cannot read is, for a root run, a target on every address serving what it cannot know
 * (fail closed).
 */
export function targetRestoreListeners(
    name: string,
    args: readonly string[],
    configText: ConfigText,
    root: boolean | undefined,
): Listener[] {
    const tool = TARGET_RESTORE_TOOLS.find(t => t.names.test(name));
    const { operands } = getopt(args, "", []);
    const file = tool?.file(operands);
    if (tool === undefined || file === undefined || tool.defaults.test(file)) return [];
    const how = `${name} ${operands[0] === "restoreconfig" ? "restoreconfig" : "restore"} ${file}`;
    const text = configText(file);
    if (typeof text === "string") return tool.read(text, how);
    return root ? [unreadConfigListener(how, [], "a configuration the pack cannot read")] : [];
}

/** Round 86: the in-kernel targets' configfs trees: nvmet's and LIO's (targetcli(8), rtslib's /sys/kernel/config/target). */
export const TARGET_CONFIGFS = /^\/sys\/kernel\/config\/(nvmet|target)\//;

/**
 * Round 86: an attribute file of the targets' configfs trees, not an object's directory (`mkdir`) nor a port's link to a
 * subsystem (`ln -s`), which the pack lists as written without text: nvmet's objects are subsystems/NQN,
 * namespaces/N, allowed_hosts/HOST, ports/N with their subsystems/ and referrals/ entries, hosts/NQN (nvmetcli
 * README); of LIO's tree the TPG attributes (`attrib/NAME`) decide who logs in.
 */
const CONFIGFS_ATTRIBUTE =
    /^\/sys\/kernel\/config\/(nvmet\/(?!(subsystems\/[^/]+(\/namespaces\/[^/]+|\/allowed_hosts\/[^/]+(\/[^/]+)?)?|ports\/[^/]+(\/(subsystems|referrals)\/[^/]+(\/[^/]+)?)?|hosts\/[^/]+)$)|target\/.*\/attrib\/[^/]+$)/;

/**
 * Round 86: the in-kernel targets configured by writes under their configfs trees (TARGET_CONFIGFS), read once the
 * script ends: `text` what user data last wrote whole to a file (undefined: written in a way the pack cannot compute).
 * nvmet: `ports/N/addr_trtype`, `addr_traddr`, `subsystems/NQN/attr_allow_any_host`, `allowed_hosts/*`,
 * `namespaces/N/device_path` (a port's `subsystems/` links are made by `ln -s`, which the pack does not list: each
 * port serves every subsystem). LIO: a TPG's `attrib/generate_node_acls` 1 is demo mode ("every initiator"), serving
 * LUNs the pack does not read from configfs. A file of the tree the pack cannot read may say anything (fail closed).
 */
export function targetConfigfsListeners(
    written: Iterable<string>,
    text: (path: string) => string | undefined,
): Listener[] {
    const files = [...written].filter(p => TARGET_CONFIGFS.test(p));
    if (files.length === 0) return [];
    const value = (p: string) => text(p)?.trim();
    const unread = files.filter(p => value(p) === undefined && CONFIGFS_ATTRIBUTE.test(p));
    if (unread.length > 0)
        return [
            unreadConfigListener(
                `an in-kernel target configured by writing ${unread.join(", ")}`,
                [],
                "configfs writes the pack cannot read",
            ),
        ];
    const nvmet = files.filter(p => p.startsWith("/sys/kernel/config/nvmet/"));
    // A subsystem's attributes are read through any path naming it (a port's subsystems/ link included).
    const subsystemFile = (p: string) => /(?:^|\/)subsystems\/([^/]+)\/([^]+)$/.exec(p.replace(/^.*?\/nvmet\//, "/"));
    const ofSubsystem = (nqn: string, attribute: RegExp) =>
        nvmet.filter(p => subsystemFile(p)?.[1] === nqn && attribute.test(subsystemFile(p)![2]));
    const portIds = [
        ...new Set(nvmet.flatMap(p => /^\/sys\/kernel\/config\/nvmet\/ports\/([^/]+)\/addr_/.exec(p)?.[1] ?? [])),
    ];
    const nqns = [...new Set(nvmet.flatMap(p => subsystemFile(p)?.[1] ?? []))];
    const at = (p: string) => value(`/sys/kernel/config/nvmet/${p}`);
    const lio = files.filter(
        p => /\/attrib\/generate_node_acls$/.test(p) && value(p) === "1" && p.startsWith("/sys/kernel/config/target/"),
    );
    return [
        ...nvmetListeners(
            {
                ports: portIds.map(id => ({
                    id,
                    trtype: at(`ports/${id}/addr_trtype`),
                    traddr: at(`ports/${id}/addr_traddr`),
                })),
                subsystems: nqns.map(nqn => ({
                    nqn,
                    open:
                        ofSubsystem(nqn, /^attr_allow_any_host$/).some(p => value(p) === "1") ||
                        ofSubsystem(nqn, /^allowed_hosts\/[^/]+$/).length > 0,
                    devices: ofSubsystem(nqn, /^namespaces\/[^/]+\/device_path$/).map(value),
                })),
            },
            "writes under /sys/kernel/config/nvmet",
        ),
        ...lio.map(p => ({
            server: `a LIO target in demo mode (${p} = 1: every initiator)`,
            binds: [],
            serves: { files: undefined },
        })),
    ];
}
