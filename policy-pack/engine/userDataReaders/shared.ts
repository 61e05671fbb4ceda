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
