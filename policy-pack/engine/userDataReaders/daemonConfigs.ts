/**
 * Round 82: listeners of network daemons configured through files of their own (php-fpm pools, snmpd, tgtd targets,
 * NFS-Ganesha exports) and of targetcli's LIO commands, each read by its documented defaults and bind directives into
 * the Listener entries listeners.ts judges (SERVER_CONFIGS, commandServers.ts SERVERS). A value the reader cannot tell
 * (a variable, an unknown address) is kept as the bind, which is no loopback one: refused, never assumed safe.
 */
import { exportedData } from "./shared";
import type { Listener } from "./listeners";
import { getopt, iniSections } from "./listeners";

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
