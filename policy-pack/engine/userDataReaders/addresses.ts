/**
 * Addresses and the files that aim node software at them: instance metadata (IMDS) by any spelling of its address,
 * loopback and this host's names, Docker and Podman APIs served beyond the root-only socket, IMDS relays, and the
 * files root writes whose content is judged (passwords, sudo defaults, ssh_config, AWS config, proxy settings).
 * Split from userData.ts.
 */
import { posix } from "path";
import { rootPowerSocket } from "../podSpec";
import {
    confDirectoryPath,
    imdsRelay,
    INSTANCE_ROLE_THROUGH_IMDS,
    NodeOpening,
    ON_THE_NETWORK,
    TMPFILES_PATH,
} from "./shared";
import { list, obj, ROOT_SSH, systemPath, writablePathOpenings } from "./formats";
import { addressHost, inet6Pton, inetAton, ipAddress, loopbackOnly, namesImds, resolvingNames } from "./loopback";

export { addressHost, imdsRelay, inet6Pton, inetAton, ipAddress, loopbackOnly, namesImds, resolvingNames };

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
 * Round 86: the image directories root's tools merge over the program tree. systemd-sysext(8): extension images
 * "extend the /usr/ and /opt/ directory hierarchies" ("combined via overlayfs ... and the host /usr/ and /opt/
 * overmounted with it"), searched in /etc/extensions/, /run/extensions/, /var/lib/extensions/ (and
 * /usr/lib/extensions/, /usr/local/lib/extensions/); systemd-confext(8) merges /etc likewise from /run/confexts/,
 * /var/lib/confexts/, /usr/lib/confexts/, /usr/local/lib/confexts/. An image there is programs root runs. One list
 * (round 87): READ_BEFORE_WRITE refuses what the pack cannot read below them, in all five roots; pythonCode.ts
 * ROOT_READER_DIRECTORIES names them among the readers' directories no program's own name makes its data.
 */
export const SYSEXT_IMAGE_DIRECTORIES = ["extensions", "confexts"];

/**
 * Files whose content decides who gets in or what root runs: written with content the pack cannot read (a download, a
 * program's output, a copy of such a file), they are refused. The node's configuration (NODE_CONFIG_PATHS), sshd's,
 * the loader's list (ld.so(8)), PAM, login shells' profiles, systemd's units, cron, kernel modules and udev rules,
 * cloud-init's own configuration, fstab and tmpfiles.d; round 78: every configuration whose reader runs a program or
 * code as root (auditd, sysctl, logrotate, rsyslog/syslog-ng, polkit rules, NetworkManager dispatcher scripts). Known
 * content is judged by its own reader where it is written.
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
    /^\/etc\/(modprobe\.d|udev\/rules\.d)\//,
    // modules-load.d(5): "/etc/modules-load.d/*.conf /run/modules-load.d/*.conf /usr/local/lib/modules-load.d/*.conf
    // /usr/lib/modules-load.d/*.conf" (the modules loaded run their modprobe.d install lines).
    confDirectoryPath("modules-load.d"),
    // modprobe.d(5): "/lib/modprobe.d/*.conf, /usr/lib/modprobe.d/*.conf, /run/modprobe.d/*.conf" too (install lines).
    /^\/(usr\/lib|usr\/local\/lib|lib|run)\/modprobe\.d\//,
    /^\/etc\/modprobe\.conf$/,
    // Round 76: udev(7) "RULES FILES" (/usr/lib, /usr/local/lib, /run and /etc; /lib on older images): RUN, PROGRAM and
    // IMPORT{program} run programs as root; auditd-plugins(5): an active plugin's path is auditd's root child.
    /^\/(usr\/lib|usr\/local\/lib|lib|run)\/udev\/rules\.d\//,
    /^\/etc\/(audit|audisp)\/plugins\.d\//,
    // Round 77: log/metric agents whose configuration runs commands (userDataReaders/logAgents.ts LOG_AGENTS).
    /^\/etc\/(fluent-bit|td-agent-bit|td-agent|fluent|fluentd|telegraf|collectd|collectd\.d|vector|logstash)\//,
    /^\/etc\/collectd\.conf$/,
    /^\/etc\/cloud\//,
    /^\/var\/lib\/cloud\/scripts\//,
    /^\/etc\/fstab$/,
    TMPFILES_PATH,
    // Round 78. auditd.conf(5): plugin_dir "the location that auditd will use to search for its plugin configuration
    // files" (each plugin a program auditd starts as root), and space_left_action, admin_space_left_action,
    // disk_full_action, disk_error_action "exec /path-to-script" run a program as root (audispd.conf on older images).
    /^\/etc\/(audit\/auditd\.conf|audisp\/audispd\.conf)$/,
    // rsyslog's omprog action "Executes the configured program" (binary=) and the legacy `^program` action; syslog-ng's
    // program() destination "starts an external application": both run as the daemon's user, root.
    /^\/etc\/(rsyslog\.conf$|rsyslog\.d\/|syslog-ng\/)/,
    // polkit(8) "AUTHORIZATION RULES": JavaScript in /etc/polkit-1/rules.d and /usr/share/polkit-1/rules.d (/run and
    // /usr/local/share in newer releases) decides every privileged request (systemd's units, logins) for every user.
    /^\/(etc|run|usr\/share|usr\/local\/share)\/polkit-1\/rules\.d\//,
    // Round 81: what other root readers load as code or configuration, for a program's write as for the shell's (one
    // list: pythonCode.ts nodeReadsAsConfig, javascript.ts). binfmt.d(5) (/etc, /run, /usr/local/lib, /usr/lib:
    // systemd-binfmt registers an interpreter, flag C runs it with the binary's credentials: kernel docs "binfmt_misc").
    // (sysctl.d is not here: the shell reader reads its edits itself, writtenSysctls; a program's: SYSCTL_D_PATH.)
    confDirectoryPath("binfmt.d"),
    // rpm-config(5) FILES: /usr/lib/rpm/macros.d/macros.*, /etc/rpm/macros.*, /etc/rpm/<platform>/macros, read by every
    // rpm and dnf run (rpm-macros(7) `%(shell command)` runs a command as root).
    /^\/etc\/rpm\/|^\/usr\/lib\/rpm\/macros/,
    // crypto-policies(7) back-ends (AL2023's /etc/pki/tls/openssl.cnf includes opensslcnf.config) and OpenSSL's own
    // config(5) (a provider section's `module` is a shared library every OpenSSL user loads, `activate = 1`).
    /^\/(etc|usr\/share)\/crypto-policies\/|^\/etc\/(pki\/tls|ssl)\/openssl\.cnf$/,
    // MIT Kerberos "GSSAPI mechanism modules" (/etc/gss/mech, /etc/gss/mech.d/*.conf name a shared library every
    // GSSAPI user loads, sshd among them), krb5.conf(5) (includedir /etc/krb5.conf.d; plugin module paths), and
    // pkcs11.conf(5) (/etc/pkcs11/modules, p11_module_configs /usr/share/p11-kit/modules: `module:` a library loaded).
    /^\/etc\/(gss\/|krb5\.conf($|\.d\/)|pkcs11\/)|^\/usr\/share\/p11-kit\/modules\//,
    // Round 86: the image directories root's tools merge over the program tree (SYSEXT_IMAGE_DIRECTORIES).
    new RegExp(`^\\/(etc|run|var\\/lib|usr\\/lib|usr\\/local\\/lib)\\/(${SYSEXT_IMAGE_DIRECTORIES.join("|")})\\/`),
    // (The trust store's sources, /etc/pki/ca-trust/source and /usr/share/pki/ca-trust-source, are not here: a CA the
    // operator downloads there over https is their choice (rounds 25 and 49); a planted file copied there is judged by
    // the planted-copy rules, and `trust anchor FILE` by loadedOperands.)
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
                      // Round 84: systemd.resource-control(5) accounting and cgroup limits (CPUAccounting=,
                      // MemoryAccounting=, TasksAccounting=, IOAccounting=; MemoryMax=/High=/Low=/Min=/SwapMax=,
                      // CPUQuota=, CPUWeight=, IOWeight=) only count or cap what the unit uses: a reviewed list, nothing
                      // that delegates the cgroup (Delegate=) or filters devices or addresses (DeviceAllow=, IPAddress*).
                      /^((CPU|Memory|Tasks|IO)Accounting|Memory(Max|High|Low|Min|SwapMax)|CPUQuota|(Startup)?(CPU|IO)Weight)$/.test(
                          key,
                      ) ||
                      // Round 88: systemd.exec(5) "Scheduling" keys (Nice=, OOMScoreAdjust=, CPUSchedulingPolicy=,
                      // CPUSchedulingPriority=, CPUSchedulingResetOnFork=, IOSchedulingClass=, IOSchedulingPriority=)
                      // and systemd.service(5) OOMPolicy= only rank the unit's own processes for the CPU, the disk and
                      // the OOM killer: they run, load or trust nothing. A reviewed list; never ExecStart*=,
                      // Environment*=, User=, *Directory=, BindPaths= or Delegate=.
                      /^(Nice|OOMScoreAdjust|OOMPolicy|CPUScheduling(Policy|Priority|ResetOnFork)|IOScheduling(Class|Priority))$/.test(
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
