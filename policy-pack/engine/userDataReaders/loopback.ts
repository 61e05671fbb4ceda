/**
 * Round 78: the node's loopback and the numeric addresses its resolver reads (split from addresses.ts, which re-exports
 * them): imported by readers that rootReads.ts imports (logAgents.ts) and by rootReads.ts itself (round 83:
 * namesImds), so it imports nothing of the pack.
 */

/**
 * An IPv4 address read as inet_aton(3) reads it (glibc getaddrinfo takes the same forms for a numeric host): a.b.c.d,
 * a.b.c, a.b or a single number, each part decimal, 0x hex or 0 octal (127.1, 0x7f000001, 2130706433 are 127.0.0.1);
 * undefined when `text` is not one.
 */
export function inetAton(text: string): number | undefined {
    if (!/^(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){0,3}$/i.test(text)) return undefined;
    const parts = text
        .split(".")
        .map(p => (/^0x/i.test(p) ? parseInt(p, 16) : /^0[0-7]+$/.test(p) ? parseInt(p, 8) : Number(p)));
    if (parts.some(n => !Number.isFinite(n))) return undefined;
    const widths = [[32], [8, 24], [8, 8, 16], [8, 8, 8, 8]][parts.length - 1];
    if (parts.some((n, i) => n >= 2 ** widths[i])) return undefined;
    return parts.reduce((acc, n, i) => acc * 2 ** widths[i] + n, 0);
}

/**
 * An IPv6 address read as inet_pton(3) reads it (RFC 4291 §2.2; RFC 5952 only recommends one spelling, every other is
 * the same address): eight groups of one to four hex digits (leading zeros optional), one `::` standing for one or
 * more zero groups, the last 32 bits optionally a dotted IPv4 address (0:0:0:0:0:ffff:127.0.0.1), a `%zone` (RFC 4007
 * §11, getaddrinfo takes it) dropped. Its eight groups, or undefined when `text` is not one.
 */
export function inet6Pton(text: string): number[] | undefined {
    const address = text.replace(/%[\w.-]+$/, "").toLowerCase();
    const v4Tail = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
    if (v4Tail && v4Tail.slice(2).some(n => Number(n) > 255)) return undefined;
    const hex = v4Tail
        ? `${v4Tail[1]}${((Number(v4Tail[2]) << 8) | Number(v4Tail[3])).toString(16)}:${((Number(v4Tail[4]) << 8) | Number(v4Tail[5])).toString(16)}`
        : address;
    const halves = hex.split("::");
    if (halves.length > 2) return undefined;
    const groups = (half: string) => (half === "" ? [] : half.split(":"));
    const [left, right] = [groups(halves[0]), groups(halves[1] ?? "")];
    if (![...left, ...right].every(g => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
    const missing = 8 - left.length - right.length;
    if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
    return [...left, ...Array<string>(halves.length === 1 ? 0 : missing).fill("0"), ...right].map(g => parseInt(g, 16));
}

/**
 * The address a numeric host names, in every spelling the node's resolver takes (getaddrinfo: inet_aton(3)'s IPv4
 * forms, inet_pton(3)'s IPv6 ones; brackets dropped): `v4` an IPv4 address, also one IPv4-mapped (::ffff:a.b.c.d,
 * RFC 4291 §2.5.5.2: a v6 socket connects to and binds the IPv4 address itself); `v6` the eight groups of any other
 * IPv6 address. Undefined: not an address (a name, a variable, a list).
 */
export function ipAddress(host: string): { v4: number } | { v6: number[] } | undefined {
    const text = host.trim().replace(/^\[(.*)\]$/, "$1");
    const v4 = inetAton(text);
    if (v4 !== undefined) return { v4 };
    const v6 = inet6Pton(text);
    if (v6 === undefined) return undefined;
    return v6.slice(0, 5).every(g => g === 0) && v6[5] === 0xffff ? { v4: v6[6] * 0x10000 + v6[7] } : { v6 };
}

/**
 * Names the node resolves to its loopback: the loopback lines of the /etc/hosts the EKS Amazon Linux AMIs ship (the
 * RHEL family's "127.0.0.1 localhost localhost.localdomain localhost4 localhost4.localdomain4" and "::1 localhost
 * localhost.localdomain localhost6 localhost6.localdomain6"; Debian's ip6-localhost, ip6-loopback), and what
 * nss-myhostname(8) and systemd-resolved synthesize: "localhost" and "localhost.localdomain" "as well as any hostname
 * ending in .localhost or .localhost.localdomain" are 127.0.0.1 and ::1. A trailing dot is the same name.
 */
const LOOPBACK_NAME =
    /^(?:(?:[a-z0-9_-]+\.)*localhost(?:\.localdomain)?|localhost4(?:\.localdomain4)?|localhost6(?:\.localdomain6)?|ip6-localhost|ip6-loopback)\.?$/i;

/**
 * Whether a host (a name or a numeric address in any spelling, ipAddress) is the node's loopback: 127.0.0.0/8 (also
 * IPv4-mapped), ::1, a LOOPBACK_NAME.
 */
function loopbackHost(host: string): boolean {
    const address = ipAddress(host);
    if (address === undefined) {
        if (!/^[a-z0-9_.-]+$/i.test(host)) return false;
        const mapped = nameResolution?.(host);
        return mapped === undefined ? LOOPBACK_NAME.test(host) : mapped.length > 0 && mapped.every(loopbackHost);
    }
    return "v4" in address ? address.v4 >>> 24 === 127 : address.v6.every((g, i) => g === (i === 7 ? 1 : 0));
}

/**
 * Round 72: what a host NAME resolves to once user data changed how the node resolves names: undefined while nothing
 * the script did can change it (the AMI's /etc/hosts and nsswitch.conf: LOOPBACK_NAME), else the addresses the
 * written /etc/hosts gives it ([] when the pack cannot tell: every address, fail closed). Set by viewingJudge while it
 * judges a script's lines (resolvingNames). hosts(5): "one line per IP address ... IP_address canonical_hostname
 * [aliases...]", the files source of nsswitch.conf(5) `hosts:`; Node.js dns.md "dns.lookup() uses the operating
 * system facilities ... (e.g. /etc/hosts)" (net server.listen resolves a host with it); Python socket.bind resolves
 * through getaddrinfo. A name is loopback only when every /etc/hosts line naming it gives a loopback address and
 * nothing else the resolver reads (nsswitch.conf, host.conf, gai.conf, systemd-resolved's configuration, HOSTALIASES)
 * was changed.
 */
let nameResolution: ((name: string) => string[] | undefined) | undefined;
/** Runs `judge` with names read by `resolve` (nameResolution), restoring the reader before it after. */
export function resolvingNames<T>(resolve: ((name: string) => string[] | undefined) | undefined, judge: () => T): T {
    const before = nameResolution;
    nameResolution = resolve;
    try {
        return judge();
    } finally {
        nameResolution = before;
    }
}

/**
 * Whether every address a listener binds is the node's loopback (loopbackHost: 127.0.0.0/8, ::1, localhost, in any
 * spelling; a 127/8 prefix or ::1/128) or a unix socket: only
 * the node's own processes and host-network pods connect there, and a host-network pod reaches instance metadata and
 * the node's identity itself (podSpec.ts onHostNetwork, judged where the pod is). A port alone, *, 0.0.0.0, ::, a node
 * address or a value the pack cannot read is every address, which every pod reaches. No address at all is the
 * program's default, which the caller knows.
 */
export function loopbackOnly(addresses: readonly string[]): boolean {
    return (
        addresses.length > 0 &&
        addresses.every(raw => {
            if (/^(unix:|\/)/.test(raw.trim())) return true;
            const host = addressHost(raw);
            const prefix = /^(.*)\/(\d+)$/.exec(host);
            if (prefix === null) return loopbackHost(host);
            const address = ipAddress(prefix[1]);
            return (
                address !== undefined &&
                loopbackHost(prefix[1]) &&
                Number(prefix[2]) >= ("v4" in address && !prefix[1].includes(":") ? 8 : 128)
            );
        })
    );
}

/**
 * The host an address value names: quotes and socat's `ipv4@` dropped, a URL (`scheme://[USERINFO@]HOST[:PORT][/path]`:
 * RFC 3986 "authority", as Vault's `-address`, Consul's `-http-addr` and etcd's `--listen-client-urls` take) read as
 * its host (after the userinfo's last `@`: `http://127.0.0.1:80@0.0.0.0` is 0.0.0.0), then `[V6]:PORT` or `HOST:PORT`
 * as the host. Several colons unbracketed (`::1`, `fe80::1`) is a bare IPv6 address, kept whole; so is any other `@`
 * or a list, which match no host the callers accept.
 */
export function addressHost(raw: string): string {
    const a = raw
        .trim()
        .replace(/^["']|["']$/g, "")
        .replace(/^ipv[46]@/i, "")
        .replace(/^[a-z][\w+.-]*:\/\/(?:[^/?#]*@)?([^/?#@]*).*$/i, "$1");
    if (a.includes("@")) return a;
    const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
    if (bracketed) return bracketed[1];
    if ((a.match(/:/g) ?? []).length > 1) return a;
    return a.includes(":") ? a.slice(0, a.indexOf(":")) : a;
}

/** The instance metadata service's addresses (EC2 user guide, "Instance metadata service"): IPv4 and IPv6. */
const IMDS_V4 = 0xa9fea9fe;

const IMDS_V6 = [0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254];

/**
 * Whether text names instance metadata in any spelling the node's resolver accepts: IPv4 in inet_aton(3)'s forms
 * (a.b.c.d, a.b.c, a.b, a single number; each part decimal, 0x hex or 0 octal: 2852039166, 0xa9fea9fe,
 * 0251.0376.0251.0376), IPv6 fd00:ec2::254 in any spelling, or an IPv4-mapped address (::ffff:a9fe:a9fe) (ipAddress).
 */
export function namesImds(text: string): boolean {
    // EC2's DNS name for it (instance-data, instance-data.ec2.internal); not cloud-init's instance-data.json.
    if (/(?<![\w.-])instance-data(?:\.ec2\.internal|\.[a-z0-9-]+\.compute\.internal)?(?![\w.-])/i.test(text))
        return true;
    for (const m of text.matchAll(/(?<![\w.])(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){0,3}(?![\w])/gi))
        if (inetAton(m[0]) === IMDS_V4) return true;
    for (const m of text.matchAll(
        /(?<![\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?::\d+\.\d+\.\d+\.\d+)?(?![\w:])/gi,
    )) {
        const address = ipAddress(m[0]);
        if (address && ("v4" in address ? address.v4 === IMDS_V4 : address.v6.every((g, i) => g === IMDS_V6[i])))
            return true;
    }
    return false;
}
