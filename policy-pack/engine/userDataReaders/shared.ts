/**
 * What every reader of a node's user data reports: an opening (who gets in, what they get), and the two phrases
 * for who reaches the instance on its network and what instance metadata is to any instance. Split from userData.ts.
 */
export interface NodeOpening {
    who: string;
    what: string;
    /**
     * The same opening on any EC2 instance, a node or not (compute.ts instanceProfileOpenings): who gets the instance
     * profile's role through it, and how. Set only where it bypasses both ways an instance's role is meant to be
     * reached, its own software and its operators' key-based SSH (seed 003): instance metadata relayed or proxied to
     * the network, a shell or an unauthenticated Docker API served there, password logins and host-based trust, user
     * data the pack cannot read. What only pods make dangerous (the kubelet, data directories, containerd) stays
     * node-only.
     */
    anyInstance?: { who: string; what: string };
}

/** Who reaches an opening on the instance's network: beyond loopback, whoever routes to one of its addresses. */
export const ON_THE_NETWORK = "whoever reaches the instance on its network";

/**
 * What instance metadata is to any instance: link-local, answering only software on the instance itself (AWS Security
 * Blog, "Add defense in depth against open firewalls, reverse proxies, and SSRF vulnerabilities with enhancements to
 * the EC2 Instance Metadata Service"); a relay terminates the connection on the instance, so IMDSv2's hop limit does
 * not apply to its clients.
 */
export const INSTANCE_ROLE_THROUGH_IMDS =
    "whoever connects reads the instance profile's role credentials from instance metadata, which answers only software on the instance itself";

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

/** The files whose change changes what a name resolves to (hosts(5), nsswitch.conf(5), host.conf(5), gai.conf(5)). */
export const RESOLVER_FILES = [
    "/etc/nsswitch.conf",
    "/etc/host.conf",
    "/etc/gai.conf",
    "/etc/resolv.conf",
    "/etc/systemd/resolved.conf",
    "/etc/systemd/resolved.conf.d/",
    "/run/systemd/resolved.conf.d/",
    "/usr/lib/systemd/resolved.conf.d/",
    "/etc/ld.so.preload",
];

/**
 * Every file whose change changes what a name resolves to: hosts(5) and RESOLVER_FILES (a `/` ending: every file under
 * it). The listener judge (rootReads.ts) and the script reader (rootWrites.ts) follow these.
 */
export const NAME_RESOLUTION_PATHS = ["/etc/hosts", ...RESOLVER_FILES];

/**
 * Round 78: the directories systemd's configuration readers search, every one (tmpfiles.d(5) SYNOPSIS
 * "/etc/tmpfiles.d/*.conf /run/tmpfiles.d/*.conf /usr/local/lib/tmpfiles.d/*.conf /usr/lib/tmpfiles.d/*.conf";
 * sysctl.d(5), modules-load.d(5) and binfmt.d(5) the same four; /lib on images where it is not /usr/lib). One list, so
 * the reader of what is written there and the refusal of what the pack cannot read agree.
 */
const CONF_DIRECTORY_ROOTS = "(?:etc|run|usr\\/local\\/lib|usr\\/lib|lib)";
/** A path under one of a systemd configuration reader's directories (`tmpfiles.d`, `sysctl.d` ...). */
export const confDirectoryPath = (name: string) =>
    new RegExp(`^\\/${CONF_DIRECTORY_ROOTS}\\/${name.replace(/[.]/g, "\\.")}\\/`);
/** tmpfiles.d(5): systemd-tmpfiles applies each line as root at boot (`w PATH - - - - CONTENT` writes CONTENT). */
export const TMPFILES_PATH = confDirectoryPath("tmpfiles.d");
/**
 * Round 81: sysctl.d(5) "/etc/sysctl.d/*.conf /run/sysctl.d/*.conf /usr/local/lib/sysctl.d/*.conf
 * /usr/lib/sysctl.d/*.conf" (and /etc/sysctl.conf), loaded by `sysctl --system` (core(5): kernel.core_pattern "|program"
 * runs as root).
 */
export const SYSCTL_D_PATH = new RegExp(`${confDirectoryPath("sysctl.d").source}|^\\/etc\\/sysctl\\.conf$`);

/**
 * Round 88: the configuration directories root's boot-time and package readers load whose writes are judged by their own
 * readers (not addresses.ts READ_BEFORE_WRITE's refusal of unread content): sysctl.d(5) (SYSCTL_D_PATH: kernel.core_pattern
 * "|program", kernel.modprobe run as root), sysusers.d(5) (the same four roots), depmod.d(5) ("search" and "override"
 * choose the module files modprobe loads), dracut.conf(5) /etc/dracut.conf.d (install_items, the initramfs's hooks),
 * logrotate(8) /etc/logrotate.d and logrotate.conf (postrotate/prerotate scripts run as root), dnf.conf(5) and its
 * reposdir /etc/yum.repos.d (the repositories and keys root's installs trust), NetworkManager(8) dispatcher.d (scripts
 * run as root on every interface event), update-motd(5) update-motd.d (run as root at login), audit.rules(7)
 * /etc/audit/rules.d. With READ_BEFORE_WRITE (modules-load.d, modprobe.d, tmpfiles.d, binfmt.d, udev rules.d,
 * ld.so.conf.d, profile.d, sudoers.d, cron, systemd ...) they are the directories rootReads.ts rootReadDirectory opens:
 * a mount or chmod over one of them is a root reader's configuration opened.
 */
export const ROOT_READ_CONF_DIRECTORIES = [
    SYSCTL_D_PATH,
    confDirectoryPath("sysusers.d"),
    /^\/(etc|usr\/lib|lib)\/depmod\.d\//,
    /^\/(etc|usr\/lib)\/dracut\.conf\.d\//,
    /^\/etc\/logrotate\.(conf$|d\/)/,
    /^\/etc\/(yum\.repos\.d|dnf|yum)\//,
    /^\/(etc|usr\/lib)\/NetworkManager\/dispatcher\.d\//,
    /^\/etc\/update-motd\.d\//,
    /^\/etc\/audit\/rules\.d\//,
];

/**
 * The variables of an environment file (systemd.exec(5) EnvironmentFile=: "newline-separated variable assignments.
 * Empty lines, lines without an "=" separator, or lines starting with ";" or "#" will be ignored"; quotes are removed).
 */
export const environmentFileVariables = (text: string) =>
    text.split(/\r?\n/).flatMap(line => {
        const m = /^\s*(?:export\s+)?([A-Za-z_]\w*)\s*=\s*(.*?)\s*$/.exec(line);
        return m ? [{ name: m[1], value: m[2].replace(/^(["'])(.*)\1$/, "$2") }] : [];
    });

/**
 * Round 81: whether a word names a node block device or partition (the root disk and its partitions: EBS/NVMe
 * /dev/nvme*, Xen /dev/xvd*, SCSI /dev/sd*, /dev/disk/by-* links, device-mapper and LVM volumes): its raw blocks hold
 * every file of the node, the kubelet's client key and every pod's token among them.
 */
export const NODE_BLOCK_DEVICE = /^\/dev\/(nvme|xvd|sd|vd|hd|dm-|mapper\/|disk\/|root$)|^(file|dev)=\/dev\//;

/**
 * Round 81: what a block or file export serves: the node's data for a node block device or /, else unknown (moved here
 * in round 82 for the export daemons' configuration readers, daemonConfigs.ts).
 */
export const exportedData = (words: readonly string[]) =>
    words.some(w => NODE_BLOCK_DEVICE.test(w) || w === "/" || w === "dir=/") ? "/" : undefined;

/** A network server a reader found on the node: where it binds and what it serves (listeners.ts listenerOpenings). */
export interface Listener {
    /** The server as a finding names it. */
    server: string;
    binds: readonly string[];
    allowed?: readonly string[];
    /** The port it listens on when its reader knows it and `binds` do not say it (servedForwarders' listens). */
    port?: string;
    /**
     * `files` undefined: a directory the pack cannot know (a `cd "$X"` before it); `unread`: a program the pack does
     * not read, given an address beyond loopback (unreadListeners).
     */
    /** Round 78: `code`: a server whose clients run code in it (fluentd's debug_agent: Ruby over dRuby). */
    serves: { shell: string } | { files: string | undefined } | { proxy: true } | { unread: string } | { code: string };
}

/**
 * A command's options as getopt(3) reads them: short letters clustered (`-fNgD 1080`), a letter of `valued` taking the
 * rest of its word or the next one; `--name=value`, or `--name value` for the long names in `longValued`. Options end
 * at `--`, or (`stop`) at the first operand, where a served command starts (ttyd, gotty); otherwise operands and
 * options mix, as GNU getopt and Python's argparse permute them.
 */
export function getopt(
    words: readonly string[],
    valued: string,
    longValued: readonly string[] = [],
    stop = false,
): { options: [string, string][]; operands: string[] } {
    const options: [string, string][] = [];
    const operands: string[] = [];
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const long = /^--([^=]+)(?:=([\s\S]*))?$/.exec(w);
        if (w === "--" || (stop && !w.startsWith("-"))) {
            operands.push(...words.slice(w === "--" ? i + 1 : i));
            break;
        } else if (long)
            options.push([`--${long[1]}`, long[2] ?? (longValued.includes(long[1]) ? (words[++i] ?? "") : "")]);
        else if (/^-./.test(w))
            for (let k = 1; k < w.length; k++) {
                if (valued.includes(w[k])) {
                    options.push([`-${w[k]}`, k + 1 < w.length ? w.slice(k + 1) : (words[++i] ?? "")]);
                    break;
                }
                options.push([`-${w[k]}`, ""]);
            }
        else operands.push(w);
    }
    return { options, operands };
}

/**
 * An INI file's sections as rsyncd.conf(5) and smb.conf(5) read them: parameters before the first section, or in
 * [global], are the globals and the sections' defaults; names ignore case, white space and underscores; `#` and `;`
 * start comments, and a trailing backslash continues a line (smb.conf(5)).
 */
export function iniSections(text: string): {
    global: Map<string, string>;
    sections: { name: string; params: Map<string, string> }[];
} {
    const global = new Map<string, string>();
    const sections: { name: string; params: Map<string, string> }[] = [];
    let current = global;
    for (const raw of text.replace(/\\\r?\n/g, " ").split(/\r?\n/)) {
        const line = raw.trim();
        const header = /^\[([^\]]*)\]$/.exec(line);
        if (header) {
            const name = header[1].trim();
            current = name.toLowerCase() === "global" ? global : new Map();
            if (current !== global) sections.push({ name, params: current });
            continue;
        }
        const kv = /^([^#;=][^=]*?)\s*=\s*(.*)$/.exec(line);
        if (kv) current.set(kv[1].toLowerCase().replace(/[\s_]/g, ""), kv[2].trim());
    }
    return { global, sections };
}

/**
 * containerd's registry host configuration, <dir>/<host>/hosts.toml (containerd docs/hosts.md, "Registry Host
 * Namespace") under the directories `config_path` may name: /etc/containerd/certs.d, and Docker's /etc/docker/certs.d,
 * which hosts.md's CRI example lists beside it (`config_path = "/etc/containerd/certs.d:/etc/docker/certs.d"`).
 * Round 84: here so rootReads.ts (plantedRegistryTrust) and formats.ts share it.
 */
export const REGISTRY_HOST_DIRECTORIES = /^\/etc\/(?:containerd|docker)\/certs\.d$/;
export const REGISTRY_HOSTS = /^\/etc\/(?:containerd|docker)\/certs\.d\/[^/]+\/hosts\.toml$/;

/**
 * Round 90: whether `set`'s operands turn allexport on (bash(1) "set": "-a Each variable or function that is created or
 * modified is given the export attribute and marked for export to the environment of subsequent commands"; `-o
 * allexport` the same): one reading for the root reader (rootReads.ts Context.exported) and the environment the
 * script gives its programs (systemd.ts environmentGiven).
 */
export const setsAllexport = (operands: readonly string[]): boolean =>
    operands.some((w, i) => /^-[a-zA-Z]*a/.test(w) || (w === "-o" && operands[i + 1] === "allexport"));
