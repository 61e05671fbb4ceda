/**
 * Addresses and the files that aim node software at them: instance metadata (IMDS) by any spelling of its address,
 * loopback and this host's names, Docker and Podman APIs served beyond the root-only socket, IMDS relays, and the
 * files root writes whose content is judged (passwords, sudo defaults, ssh_config, AWS config, proxy settings).
 * Split from userData.ts.
 */
import { posix } from "path";
import { rootPowerSocket } from "../podSpec";
import { INSTANCE_ROLE_THROUGH_IMDS, NodeOpening, ON_THE_NETWORK } from "./shared";
import { list, obj, ROOT_SSH, systemPath, writablePathOpenings } from "./formats";

export const passwordOpening = (how: string): NodeOpening => ({
    who: "whoever knows the password user data sets",
    what: `user data sets a login password or password SSH (${how}): ${ROOT_SSH}`,
    // User data is no place for a password: "not protected by cryptographic methods" and readable by whoever may
    // describe the instance (EC2 user guide, "Run commands when you launch an EC2 instance with user data input").
    anyInstance: {
        who: "whoever learns or guesses the password user data sets, readable with ec2:DescribeInstanceAttribute",
        what: `user data sets a login password or password SSH (${how}): a login beside the operators' SSH key, on the instance's network (its instance profile's role through instance metadata)`,
    },
});

/**
 * Files whose content decides who gets in or what root runs: written with content the pack cannot read (a download, a
 * program's output, a copy of such a file), they are refused. The node's configuration (NODE_CONFIG_PATHS), sshd's,
 * the loader's list (ld.so(8)), PAM, login shells' profiles, systemd's units, cron, kernel modules and udev rules,
 * cloud-init's own configuration, fstab and tmpfiles.d.
 */
export const READ_BEFORE_WRITE = [
    /^\/etc\/ssh\//,
    /^\/etc\/ld\.so\.(preload|conf)/,
    /^\/etc\/(pam\.d|security)\//,
    /^\/etc\/(profile|bashrc|bash\.bashrc|environment)($|\.d\/)/,
    /^\/(etc|run|usr\/lib|usr\/local\/lib|lib)\/systemd\//,
    /^\/etc\/(crontab$|cron\.|anacrontab$)/,
    /^\/var\/spool\/cron\//,
    /^\/etc\/(rc\.local$|init\.d\/|rc\.d\/)/,
    /^\/etc\/(modprobe\.d|modules-load\.d|udev\/rules\.d)\//,
    // modprobe.d(5): "/lib/modprobe.d/*.conf, /usr/lib/modprobe.d/*.conf, /run/modprobe.d/*.conf" too (install lines).
    /^\/(usr\/lib|usr\/local\/lib|lib|run)\/modprobe\.d\//,
    /^\/etc\/modprobe\.conf$/,
    // Round 76: udev(7) "RULES FILES" (/usr/lib, /usr/local/lib, /run and /etc; /lib on older images): RUN, PROGRAM and
    // IMPORT{program} run programs as root; auditd-plugins(5): an active plugin's path is auditd's root child.
    /^\/(usr\/lib|usr\/local\/lib|lib|run)\/udev\/rules\.d\//,
    /^\/etc\/(audit|audisp)\/plugins\.d\//,
    // Round 77: log/metric agents whose configuration runs commands (userDataReaders/logAgents.ts LOG_AGENTS).
    /^\/etc\/(fluent-bit|td-agent-bit|td-agent|fluent|fluentd|telegraf|collectd|collectd\.d|vector)\//,
    /^\/etc\/collectd\.conf$/,
    /^\/etc\/cloud\//,
    /^\/var\/lib\/cloud\/scripts\//,
    /^\/etc\/fstab$/,
    /^\/(etc|run|usr\/lib)\/tmpfiles\.d\//,
];

/**
 * A proxy setting, `NAME=value` (an environment assignment, a unit's Environment= word) or `name = "value"` (TOML,
 * INI): http_proxy/https_proxy name where a client sends its own requests, no_proxy the hosts it reaches directly
 * ("URLs that should be excluded from proxying": CloudWatch agent user guide, "Modify the common configuration and
 * named profile for CloudWatch agent", common-config.toml [proxy]; EKS user guide, "Configure proxy for hybrid
 * nodes"). Naming instance metadata there relays nothing: the usual no_proxy=169.254.169.254 keeps metadata calls off
 * the proxy. One value only, so nothing else on the line hides behind it.
 */
export const proxySetting = (text: string) =>
    /^\s*(export\s+)?(https?_proxy|no_proxy)\s*=\s*("[^"]*"|'[^']*'|[^\s"';#]*)\s*(#.*)?$/i.test(text);

/**
 * A kubelet or containerd drop-in that only orders or conditions the service, or sets how it restarts
 * (systemd.unit(5) [Unit] dependencies, RequiresMountsFor=, Condition*=; systemd.service(5) Restart=, Timeout*=):
 * it changes nothing the service trusts.
 */
export const SERVICE_DROP_IN =
    /^\/(etc|run|usr\/lib|usr\/local\/lib|lib)\/systemd\/system\/(kubelet|containerd)\.service\.d\/[^/]+\.conf$/;

export function ordersOnly(content: string): boolean {
    let section = "";
    return content.split(/\r?\n/).every(raw => {
        const line = raw.trim();
        if (line === "" || /^[#;]/.test(line)) return true;
        const header = /^\[([^\]]+)\]$/.exec(line);
        if (header) return !!(section = header[1]);
        const key = /^([A-Za-z]+)\s*=/.exec(line)?.[1] ?? "";
        return section === "Unit"
            ? /^(Description|Documentation|After|Before|Wants|Requires|Requisite|BindsTo|PartOf|RequiresMountsFor|WantsMountsFor|StartLimit[A-Za-z]+|Condition[A-Za-z]+|Assert[A-Za-z]+)$/.test(
                  key,
              )
            : section === "Service" &&
                  // Resource limits (systemd.exec(5) "Process Properties": LimitNOFILE= ...) change nothing it trusts or runs.
                  (/^(Restart|RestartSec|RestartSteps|RestartMaxDelaySec|TimeoutStartSec|TimeoutStopSec|TimeoutSec|Limit[A-Z]+|TasksMax)$/.test(
                      key,
                  ) ||
                      // Proxy variables route its outbound requests, still verified against the same CAs (EKS user
                      // guide, "Configure proxy for hybrid nodes": http-proxy.conf drop-ins for containerd and kubelet).
                      (key === "Environment" &&
                          (line.slice(line.indexOf("=") + 1).match(/"[^"]*"|'[^']*'|\S+/g) ?? []).every(w =>
                              proxySetting(w.replace(/^["']|["']$/g, "")),
                          )));
    });
}

/**
 * A sudoers drop-in of Defaults only, each one that tightens or logs (CIS AL2023 "Ensure sudo commands use pty",
 * "Ensure sudo log file exists"; sudoers(5) "SUDOERS OPTIONS"): Defaults grant nobody anything, but some loosen
 * sudo (`!authenticate`, env_keep, a secure_path beyond system directories ...), and those stay refused with every
 * user rule.
 */
export function tighteningSudoDefaults(content: string): boolean {
    const tightening =
        /^(use_pty|requiretty|log_input|log_output|log_allowed|log_denied|env_reset|always_set_home|mail_badpass|!visiblepw|!pwfeedback)$|^(logfile|iolog_dir|iolog_file|timestamp_timeout|passwd_timeout|passwd_tries|lecture|badpass_message|umask)=/;
    return content.split(/\r?\n/).every(raw => {
        const line = raw.trim();
        if (line === "" || line.startsWith("#")) return true;
        const m = /^Defaults\s+(.*)$/.exec(line);
        return (
            !!m &&
            m[1].split(/\s*,\s*/).every(o => {
                const option = o.replace(/\s*=\s*/, "=");
                return tightening.test(option) || systemSecurePath(option);
            })
        );
    });
}

/**
 * Round 78: sudoers(5) secure_path, "Path used for every command run from sudo", naming only root-owned system
 * directories (formats.ts systemPath, PATH's one rule: AL2023's own /etc/sudoers ships `Defaults secure_path =
 * /sbin:/bin:/usr/sbin:/usr/bin`): sudo then finds only the image's programs, and no one gains a command. A data or
 * application directory, a relative or empty entry, an escape or `!secure_path` (the caller's PATH) stays refused.
 */
function systemSecurePath(option: string): boolean {
    const m = /^secure_path=(.*)$/.exec(option);
    return !!m && !m[1].includes("\\") && systemPath(m[1]);
}

/**
 * Root's ssh client configuration (ssh_config(5)) that only names hosts, how to authenticate to them and local forwards
 * bound to loopback: ssh_config(5) LocalForward "Specifies that a TCP port on the local machine be forwarded over the
 * secure channel to the specified host and port from the remote machine"; "The bind_address of localhost indicates that
 * the listening port be bound for local use only" (a bare port too, "in accordance with the GatewayPorts setting",
 * default no, a keyword not admitted here). Only the node's own processes reach such a port, and it reaches another
 * host, not the node. Every other keyword is refused, failing closed: RemoteForward and DynamicForward (the node to
 * the remote side, a SOCKS proxy), ForwardAgent/ForwardX11, ProxyCommand, LocalCommand, KnownHostsCommand, Match exec
 * (commands root runs), Include (a file the pack does not read), ControlPath (a socket reusing the connection), and
 * any the pack does not list.
 */
export function sshConfigLocalOnly(content: string): boolean {
    return content.split(/\r?\n/).every(raw => {
        const line = raw.trim();
        if (line === "" || line.startsWith("#")) return true;
        const m = /^(\w+)\s*(?:=\s*|\s+)(.*)$/.exec(line);
        if (!m) return false;
        const [, key, value] = m;
        // Files root's ssh reads keys and host keys from: root's own or /etc/ssh (a pod-writable path would let pods
        // choose the host key root trusts).
        if (/^(identityfile|userknownhostsfile|globalknownhostsfile)$/i.test(key))
            return value
                .trim()
                .split(/\s+/)
                .every(p => /^(~\/|\/root\/|\/etc\/ssh\/)/.test(p) && !p.includes(".."));
        if (/^localforward$/i.test(key)) {
            const listen = value.trim().split(/\s+/)[0] ?? "";
            const parts = listen.match(/\[[^\]]*\]|[^:]+/g) ?? [];
            if (parts.length === 1) return /^\d+$/.test(parts[0]);
            return parts.length === 2 && /^\d+$/.test(parts[1]) && loopbackOnly([parts[0].replace(/^\[|\]$/g, "")]);
        }
        return /^(host|hostname|user|port|identitiesonly|stricthostkeychecking|hashknownhosts|checkhostip|serveraliveinterval|serveralivecountmax|tcpkeepalive|connecttimeout|connectionattempts|exitonforwardfailure|compression|loglevel|batchmode|preferredauthentications|pubkeyauthentication|passwordauthentication|kbdinteractiveauthentication|addressfamily|ciphers|macs|kexalgorithms|hostkeyalgorithms|pubkeyacceptedalgorithms|pubkeyacceptedkeytypes|requesttty|sessiontype|stdinnull|forkafterauthentication)$/i.test(
            key,
        );
    });
}

/**
 * Root's AWS CLI config naming only where and how calls go (AWS CLI user guide, "Configuration and credential file
 * settings"): region, output, endpoints, retries. credential_process, role_arn/source_profile, web_identity_token_file,
 * sso_* and keys change whose credentials root uses, and stay refused.
 */
export function awsConfigWithoutCredentials(content: string): boolean {
    return content.split(/\r?\n/).every(raw => {
        const line = raw.trim();
        if (line === "" || /^[#;]/.test(line) || /^\[(default|profile [A-Za-z0-9_.-]+)\]$/.test(line)) return true;
        return /^(region|output|sts_regional_endpoints|use_fips_endpoint|use_dualstack_endpoint|retry_mode|max_attempts|cli_pager|cli_timestamp_format|duration_seconds)\s*=/.test(
            line,
        );
    });
}

/** Where the node keeps credentials (tokens, keys) rather than sockets or state: a subset of podSpec.ts NODE_SECRETS. */
export const NODE_CREDENTIALS = ["/var/lib/kubelet", "/etc/kubernetes/pki", "/eks-hybrid/.aws", "/var/eks-hybrid/.aws"];

/** The instance metadata service's addresses (EC2 user guide, "Instance metadata service"): IPv4 and IPv6. */
const IMDS_V4 = 0xa9fea9fe;

const IMDS_V6 = [0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254];

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

export const hopLimitUndone = (how: string): NodeOpening => ({
    who: "every pod on the node",
    what: `user data changes packets' TTL on the node (${how}): that undoes the instance metadata hop limit of 1, so pods get IMDSv2 tokens and the node role's credentials (EKS best practices, "Restrict access to the instance profile assigned to the worker node")`,
});

/**
 * dockerd's -H/--host values on TCP without --tlsverify (see nodeJudge.ran). dockerd parses its flags with spf13/pflag:
 * a shorthand takes its value glued (`-Hvalue`), after `=` (parseSingleShortArg: `len(shorthands) > 2 &&
 * shorthands[1] == '='`: `-H=value` is value) or as the next word, also after bool shorthands in one word (`-DH`,
 * parseShortArg walks each letter); `--host=value` or `--host value`. A repeated flag is Set again: for the bool
 * --tlsverify the last occurrence wins, its `=VALUE` read by strconv.ParseBool (1, t, T, TRUE, true, True / 0, f, F,
 * FALSE, false, False; anything else makes dockerd exit): an unknown value is not verified (fail closed).
 */
export function dockerHostOpenings(args: readonly string[], where: string): NodeOpening[] {
    const hosts: string[] = [];
    let verified = false;
    for (let i = 0; i < args.length; i++) {
        const w = args[i];
        if (w === "--") break;
        const long = /^--host(?:=([\s\S]*))?$/.exec(w);
        // dockerd's bool shorthands (-D debug, -v version, -h help) may precede H in one word.
        const short = /^-[Dvh]*H([\s\S]*)$/.exec(w);
        const glued = long
            ? long[1]
            : short
              ? short[1] === ""
                  ? undefined
                  : short[1].replace(/^=(?=[\s\S])/, "")
              : null;
        if (glued === null) {
            const tls = /^--tlsverify(?:=([\s\S]*))?$/.exec(w);
            if (tls) verified = tls[1] === undefined || /^(1|t|T|TRUE|true|True)$/.test(tls[1]);
            continue;
        }
        if (glued !== undefined) hosts.push(glued);
        else if (i + 1 < args.length) hosts.push(args[++i]);
    }
    return dockerTcp(hosts, verified, where);
}

/** /etc/docker/daemon.json: `hosts` on TCP without `tlsverify` (dockerd(8), "Daemon configuration file"). */
export function dockerDaemonJsonOpenings(content: string, where: string): NodeOpening[] {
    let config: Record<string, unknown>;
    try {
        config = obj(JSON.parse(content));
    } catch {
        return [
            {
                who: "whoever the daemon then serves",
                what: `${where} is not JSON the pack can read: which hosts dockerd listens on is unknown; write valid JSON`,
            },
        ];
    }
    return dockerTcp(list(config.hosts).map(String), config.tlsverify === true, where);
}

/**
 * moby opts/hosts.go parseDaemonHost: `proto, addr, ok := strings.Cut(address, "://"); if !ok && proto != "" { addr =
 * proto; proto = "tcp" }`: a host without "://" is TCP (10.0.1.5:2375, 0.0.0.0:2375, :2375); an empty one is the
 * default unix socket (ParseHost). Only unix://, fd:// (systemd's sockets) and npipe:// are not TCP; any other scheme
 * (tcp://, http://, ssh://, unknown) is read as the network (fail closed). A bare path is TCP there too, but
 * ParseTCPAddr rejects its path element and dockerd exits: no listener (rootApiSockets still judges it as a socket).
 */
function dockerTcp(hosts: readonly string[], verified: boolean, where: string): NodeOpening[] {
    const tcp = hosts.find(h => h.trim() !== "" && !/^((unix|fd|npipe):\/\/|\/)/i.test(h.trim()));
    return [
        ...(tcp && !verified ? [rootApiOnNetwork(DOCKER_API, tcp, where, " without --tlsverify")] : []),
        ...rootApiSockets(hosts, where, "dockerd's -H"),
    ];
}

/** What names a root-power API (rootApiOnNetwork) in its refusals. */
export const DOCKER_API = "dockerd serve its API";

export const PODMAN_API = "root's Podman serve its API (podman system service)";

/**
 * A root-power container API (dockerd's, root's Podman's) serving on the network: whoever connects starts privileged
 * containers with the node's / mounted. Docker docs, "Protect the Docker daemon socket" (only --tlsverify authenticates
 * clients); podman-system-service(1): "the API grants full access to Podman's capabilities, and as such should be
 * treated as allowing arbitrary code execution as the user running the API ... we strongly recommend against making
 * the API socket available via the network". On loopback too: host-network pods reach the node's loopback.
 */
export function rootApiOnNetwork(api: string, endpoint: string, where: string, unverified = ""): NodeOpening {
    const daemon = api === DOCKER_API ? "dockerd" : "the API";
    return {
        who: "every pod that reaches the node",
        what: `${where} has ${api} on ${endpoint}${unverified}: whoever connects starts privileged containers with the node's / mounted (Docker docs, "Protect the Docker daemon socket"; podman-system-service(1)); keep ${daemon} on its unix socket`,
        anyInstance: {
            who: ON_THE_NETWORK,
            what: `${where} has ${api} on ${endpoint}${unverified}: ${INSTANCE_ROLE_THROUGH_IMDS} from a host-network container it starts; keep ${daemon} on its unix socket`,
        },
    };
}

/**
 * A root-power API's unix socket (unix://PATH or a path) under a directory pods may write (writablePathOpenings), or
 * anywhere else a pod may mount: outside the root-power sockets podSpec.ts keeps pods from mounting (rootPowerSocket:
 * NODE_SECRETS, ROOT_SOCKETS) a root pod mounting it, or its directory, read-only too, connects (connect(2) needs write
 * permission on the socket file, which a read-only mount does not take away: podSpec.ts NODE_SECRETS, the /run/nri
 * note) and passes its root:root mode.
 */
export function rootApiSockets(endpoints: readonly string[], where: string, at: string): NodeOpening[] {
    const sockets = endpoints.filter(e => /^(unix:\/\/)?\//i.test(e.trim())).map(value => ({ at, value }));
    const writable = writablePathOpenings(sockets, where);
    return [
        ...writable,
        ...(writable.length > 0 ? [] : sockets).flatMap(({ value }) => {
            const path = posix.resolve("/", value.trim().replace(/^unix:\/\//i, ""));
            return rootPowerSocket(path)
                ? []
                : [
                      {
                          who: `every root pod that may mount ${posix.dirname(path)}`,
                          what: `${where} sets ${at} to ${value}: a root-power API's socket at a node path the pack lets pods mount (podSpec.ts keeps only NODE_SECRETS and ROOT_SOCKETS from them), and a uid-0 pod mounting it, read-only too (connect(2) works on a read-only mount), starts privileged containers on the node; keep it at its default socket (/run/podman/podman.sock, /run/docker.sock)`,
                      },
                  ];
        }),
    ];
}

/**
 * `podman [GLOBAL OPTIONS] system service [OPTIONS] [URI]` (podman-system-service(1): "You may optionally provide an
 * endpoint for the API in URI form. For example, unix:///tmp/foobar.sock or tcp://localhost:8080"; `tcp:localhost:8888`
 * and `tcp::8888` are read alike): a tcp: endpoint is root's Podman API on the network (rootApiOnNetwork), a unix one
 * under a directory pods may write theirs. Without a URI it serves its default unix:///run/podman/podman.sock.
 */
export function podmanServiceOpenings(args: readonly string[], where: string): NodeOpening[] {
    const i = args.findIndex((w, j) => w === "system" && args[j + 1] === "service");
    if (i < 0) return [];
    const endpoints = args.slice(i + 2).filter(w => /^[a-z]+:/i.test(w));
    const tcp = endpoints.find(e => !/^unix:/i.test(e));
    return [
        ...(tcp ? [rootApiOnNetwork(PODMAN_API, tcp, where)] : []),
        ...rootApiSockets(endpoints, where, "podman system service's URI"),
    ];
}

/**
 * root's Docker client configuration naming only credential helpers (amazon-ecr-credential-helper README:
 * `{"credsStore": "ecr-login"}` or credHelpers per registry) and registries without stored secrets: no credential of
 * its own, no context pointing the client at another daemon.
 */
export function dockerConfigWithoutCredentials(content: string): boolean {
    try {
        const config = obj(JSON.parse(content));
        const auths = obj(config.auths);
        return (
            Object.keys(config).every(k =>
                ["credsStore", "credHelpers", "auths", "detachKeys", "psFormat", "imagesFormat"].includes(k),
            ) && Object.values(auths).every(a => Object.keys(obj(a)).length === 0)
        );
    } catch {
        return false;
    }
}

/**
 * A relay of instance metadata. `local`: only the instance's own processes connect to it (relayListensLocally,
 * configListensLocally): on a node host-network pods still do, so it is refused there, and on any other instance it
 * gives nobody more than the instance's own software has.
 */
export const imdsRelay = (how: string, local = false): NodeOpening => ({
    who: "every pod that reaches the node",
    what: `user data has a root process of the node relay or route to instance metadata (${how}): pods reaching it get the node role's credentials whatever the launch template's hop limit (EKS best practices, "Restrict access to the instance profile assigned to the worker node"); only fetch metadata in the script itself (curl, wget, ec2-metadata) or block it (iptables DROP/REJECT)`,
    ...(local
        ? {}
        : {
              anyInstance: {
                  who: ON_THE_NETWORK,
                  what: `user data relays or routes instance metadata beyond the instance's loopback (${how}): ${INSTANCE_ROLE_THROUGH_IMDS}; fetch metadata in the script itself, or relay it on 127.0.0.1 only`,
              },
          }),
});

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
 * The name reader of a script's state (nameResolution): `hostsText` the written /etc/hosts (the AMI's loopback lines
 * then what was appended, or a whole write), undefined when the pack cannot tell its content.
 */
export function hostsResolution(
    touched: boolean,
    hostsText: string | undefined,
    resolverChanged: boolean,
): ((name: string) => string[] | undefined) | undefined {
    if (!touched && !resolverChanged) return undefined;
    return (name: string) => {
        if (resolverChanged || hostsText === undefined) return [];
        const wanted = name.replace(/\.$/, "").toLowerCase();
        return hostsText.split("\n").flatMap(line => {
            const [address, ...names] = line.replace(/#.*/, "").trim().split(/\s+/);
            return address !== undefined && names.some(n => n.replace(/\.$/, "").toLowerCase() === wanted)
                ? [address]
                : [];
        });
    };
}

/** The AMI's /etc/hosts (the RHEL family's, as LOOPBACK_NAME reads it). */
export const AMI_HOSTS =
    "127.0.0.1 localhost localhost.localdomain localhost4 localhost4.localdomain4\n::1 localhost localhost.localdomain localhost6 localhost6.localdomain6\n";

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
 * Whether a destination is this host though not a loopback address: Linux connects a socket to the unspecified
 * address over lo (net/ipv4/route.c ip_route_output_key_hash_rcu: "if (!fl4->daddr) { fl4->daddr = fl4->saddr; if
 * (!fl4->daddr) fl4->daddr = fl4->saddr = htonl(INADDR_LOOPBACK);"; net/ipv6/tcp_ipv6.c: "connect() to INADDR_ANY
 * means loopback (BSD'ism)"; RFC 5735 "0.0.0.0/8 - Addresses in this block refer to source hosts on 'this'
 * network"). 0.0.0.0 in every spelling (ipAddress: inet_aton's forms, IPv4-mapped), the rest of 0.0.0.0/8 with it
 * (connect() fails there: reading it as this host fails closed), `::` in every spelling (RFC 4291 §2.5.2: ::0,
 * 0:0::0 ...), and the IPv4-mapped loopback.
 */
export function connectsToThisHost(host: string): boolean {
    const address = ipAddress(host);
    if (address === undefined) return false;
    return "v4" in address ? [0, 127].includes(address.v4 >>> 24) : address.v6.every(g => g === 0);
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
