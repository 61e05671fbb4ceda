/**
 * Kernel settings a node's user data makes (sysctl keys and values) and the helper programs they name, which the
 * kernel runs as root. Split from pythonCode.ts and rootWrites.ts (round 80) so that rootReads.ts, userData.ts and the
 * Python reader share one reading without importing each other.
 */
import { posix } from "path";
import { confDirectoryPath } from "./shared";

/** A file sysctl.d(5) applies: a `*.conf` in a sysctl.d directory (one directory list, confDirectoryPath), or sysctl.conf. */
const SYSCTL_FILE = new RegExp(`${confDirectoryPath("sysctl.d").source}[^/]+\\.conf$|^\\/etc\\/sysctl\\.conf$`);

/**
 * The kernel settings (sysctl key, value) a root write or command makes, one reading for every form (round 71): a
 * write to /proc/sys/a/b is `sysctl -w a.b=<content>` (proc(5) "/proc/sys": "files ... correspond to kernel
 * variables"; sysctl(8) "variable: The name of a key to read from ... a '/' may also be used as a separator"); a file
 * in a sysctl.d directory (or /etc/sysctl.conf) holds `key = value` lines (sysctl.d(5): "Empty lines and lines whose
 * first non-whitespace character is # or ; are ignored"; a leading - ignores a failure) applied at boot by
 * systemd-sysctl and by `sysctl --system`; `sysctl [-w] key=value` sets each operand with a `=` (procps sysctl(8)).
 */
export function writtenSysctls(path: string, content: string): [string, string][] {
    const p = posix.resolve("/", path);
    const proc = /^\/proc\/sys\/(.+)$/.exec(p);
    // Round 80: /sys/kernel/uevent_helper is the variable /proc/sys/kernel/hotplug sets (kernel lib/kobject_uevent.c:
    // the "hotplug" sysctl's data is uevent_helper; sysfs-kernel-uevent_helper ABI).
    if (p === "/sys/kernel/uevent_helper") return [["kernel.hotplug", content.replace(/\n$/, "")]];
    // Round 81: the helper files outside /proc/sys (KERNEL_HELPERS' pseudo keys): a cgroup v1 release_agent, each
    // line of a request-key configuration.
    const file = KERNEL_HELPERS.find(h => h.pseudo && h.files.test(p));
    if (file?.key === "cgroup.release_agent") return [[file.key, content.replace(/\n$/, "")]];
    if (file !== undefined)
        return content
            .split(/\r?\n/)
            .filter(l => l.trim() !== "" && !/^\s*#/.test(l))
            .map(l => [file.key, l.trim()] as [string, string]);
    if (proc) return [[proc[1].replace(/\//g, "."), content.replace(/\n$/, "")]];
    if (!SYSCTL_FILE.test(p)) return [];
    return content.split(/\r?\n/).flatMap(line => {
        const m = /^\s*-?\s*([^#;\s=][^=]*?)\s*=\s*(.*?)\s*$/.exec(line);
        return m ? [[m[1].replace(/\//g, "."), m[2]] as [string, string]] : [];
    });
}

/**
 * The command a kernel.core_pattern setting makes the kernel run as root on every core dump, as its words, when the
 * pattern starts with `|` (core(5), "Piping core dumps to a program": "the remainder of the line is interpreted as
 * the command-line for a user-space program (or script) that is to be executed"; "the program is run as the user and
 * group root"; since Linux 5.3 "the pipe template is split on spaces into an argument list before the template
 * parameters are expanded"). Numeric specifiers (%p %P %i %I %u %g %d %s %t %c) and %% become plain words; %h (the
 * hostname), %e, %E and %f name what the crashing process chose (its name, its path): a word holding one is kept as
 * `%e`-free text the program sees only as an operand.
 */
export function corePatternCommand(key: string, value: string): string[] | undefined {
    if (!/^kernel\.core_pattern$/.test(key)) return undefined;
    const v = value.trim().replace(/^(['"])(.*)\1$/, "$2");
    if (!v.startsWith("|")) return undefined;
    const words = v
        .slice(1)
        .trim()
        .split(/ +/)
        .filter(w => w !== "")
        .map(w => w.replace(/%[pPiIugdstc%]/g, "0").replace(/%[heEfF]/g, "core"));
    return words.length === 0 ? undefined : words;
}

/**
 * Round 86: whether `settings` point a kernel helper at a program (KERNEL_HELPERS: core(5) core_pattern `|PROGRAM`,
 * kernel.modprobe, kernel.hotplug, poweroff_cmd, a cgroup release_agent), whatever program: what a root program the
 * pack reads sets there (a literal write of a /proc/sys or sysctl.d file, a literal `sysctl` or `mount` argv) names
 * a helper the pack does not follow into that program's own files, so it is refused (fail closed). One predicate for
 * each of its writers (pythonCode.ts pythonWriteRefusal, commandServers.ts literalCommandListeners).
 */
export const setsKernelHelper = (settings: readonly [string, string][]) =>
    settings.some(
        ([key, value]) =>
            corePatternCommand(key, value) !== undefined ||
            (key !== "kernel.core_pattern" && KERNEL_HELPERS.some(h => h.key === key)),
    );

/** Round 81: a sysctl configuration file (sysctl.d(5) directories, /etc/sysctl.conf), applied at boot as root. */
export const isSysctlFile = (path: string) => SYSCTL_FILE.test(posix.resolve("/", path));

/**
 * Round 81: whether an in-place edit's command line (sed -i, gawk -i inplace, perl -i) may put a kernel helper setting
 * into the file: it names one (KERNEL_HELPERS' sysctl keys), or holds text the shell computes outside single
 * quotes (`$VAR`, `$(...)`, backquotes). A literal edit of other keys changes only what the script's own text says.
 */
export function editMayNameHelper(command: string): boolean {
    const unquoted = command.replace(/'[^']*'/g, "''");
    const names = [...sysctlHelperKeys().map(k => k.slice(k.indexOf(".") + 1)), "uevent_helper"];
    return names.some(n => command.includes(n)) || /\$[({A-Za-z_0-9@*]|`/.test(unquoted);
}

/**
 * Round 81: whether a kernel helper setting (KERNEL_HELPERS' keys) among `settings` has a value the shell
 * computes (a variable, a command substitution: the reader's SUBSTITUTED mark), so the program it names is unknown.
 * Round 82: a setting whose key is output the reader cannot know (COMPUTED_SYSCTL_KEY) may be any helper's.
 */
export const computedHelperSetting = (settings: readonly [string, string][]) =>
    settings.some(
        ([key, value]) =>
            key === COMPUTED_SYSCTL_KEY || (KERNEL_HELPERS.some(h => h.key === key) && /\$|SUBSTITUTED/.test(value)),
    );

/** Round 82: the key of a `sysctl` operand holding output the reader cannot know (its SUBSTITUTED mark). */
export const COMPUTED_SYSCTL_KEY = "(a computed key)";

/**
 * Round 81: the kernel helper settings a command line makes: `sysctl [-w] key=value` (commandSysctls) and a cgroup v1
 * mount's `release_agent=PATH` option (Linux admin-guide cgroup-v1/cgroups.rst: "release_agent ... can also be
 * specified as a mount option"; the option string is split on commas as mount(8) -o does).
 */
export function commandKernelSettings(words: readonly string[]): [string, string][] {
    const mount = words.findIndex(w => posix.basename(w) === "mount");
    const options =
        mount < 0
            ? []
            : words
                  .slice(mount + 1)
                  .flatMap((w, i, all) =>
                      w === "-o" || w === "--options"
                          ? [all[i + 1] ?? ""]
                          : (/^(?:-o|--options=)(.+)$/.exec(w)?.slice(1) ?? []),
                  )
                  .flatMap(o => o.split(","));
    const agents = options
        .filter(o => o.startsWith("release_agent="))
        .map(o => ["cgroup.release_agent", o.slice("release_agent=".length)] as [string, string]);
    return [...commandSysctls(words), ...agents];
}

/**
 * The settings a `sysctl [-w] key=value ...` command line makes (procps sysctl(8)). Round 82: an operand whose key
 * part is output the reader cannot know (SUBSTITUTED: `sysctl -w "$(cat F)"`) may be `kernel.core_pattern=|...`:
 * kept under COMPUTED_SYSCTL_KEY (computedHelperSetting), unless the operands are files (-p/-f/--load, --system).
 */
export function commandSysctls(words: readonly string[]): [string, string][] {
    const i = words.findIndex(w => posix.basename(w) === "sysctl");
    if (i < 0) return [];
    const operands = words.slice(i + 1);
    const loads = operands.some(w => /^-[a-zA-Z]*[pf]|^--(load|system)/.test(w));
    return operands
        .filter(w => !w.startsWith("-") && (w.includes("=") || (!loads && /SUBSTITUTED/.test(w))))
        .map(w => {
            const key = w.includes("=") ? w.slice(0, w.indexOf("=")) : w;
            return /SUBSTITUTED/.test(key) && !loads
                ? [COMPUTED_SYSCTL_KEY, w]
                : [key.trim().replace(/\//g, "."), w.slice(w.indexOf("=") + 1)];
        });
}

/**
 * Round 81: one table of the kernel's usermode helpers a node's user data may set: each setting (its sysctl key, or a
 * pseudo key for a helper that is no sysctl), the files whose write sets it, how its value becomes the program's words
 * and when the kernel runs it as root (call_usermodehelper, initial namespaces, working directory /). userData.ts's
 * unknown-content check and kernelHelperCommand both read it.
 * - kernel.core_pattern `|PROGRAM` (core(5) "Piping core dumps to a program": "the program is run as the user and
 *   group root"; corePatternCommand).
 * - kernel.modprobe, "the full path to the usermode helper for autoloading kernel modules" (Linux admin-guide,
 *   sysctl/kernel.rst), run when any process asks for a module not loaded (a socket(2) of an unloaded protocol may).
 * - kernel.hotplug (also /sys/kernel/uevent_helper), "Path for the hotplug policy agent" (sysctl/kernel.rst).
 * - kernel.poweroff_cmd: kernel/reboot.c orderly_poweroff() runs poweroff_cmd (argv_split on spaces) through
 *   call_usermodehelper (sysctl/kernel.rst "poweroff_cmd"); run on an orderly poweroff request (a thermal trip, an
 *   ACPI power button). (kernel/reboot.c's reboot_cmd is no sysctl.)
 * - cgroup v1 release_agent (a file at the top of every v1 hierarchy, or the release_agent= mount option): "the kernel
 *   executes the contents of the release_agent file" when a notify_on_release cgroup empties (Linux admin-guide
 *   cgroup-v1/cgroups.rst "Notify on release"; RHEL Resource Management Guide, "Common Tunable Parameters"). A file
 *   named release_agent is only cgroupfs's: any path ending so is read as one.
 * - request-key: the kernel runs /sbin/request-key as root for a key request any process may make (request_key(2),
 *   keyctl request2); it reads /etc/request-key.conf and /etc/request-key.d/*.conf, whose lines are `op type
 *   description callout-info prog args...` and execs the prog of the matching line (request-key.conf(5): "This must
 *   have a fully qualified path name"; a leading `|` attaches pipes). Each line is a setting of its own.
 */
interface KernelHelper {
    key: string;
    /** A helper that is no sysctl (writtenSysctls reads its files itself). */
    pseudo?: boolean;
    files: RegExp;
    when: string;
    words: (value: string) => string[] | undefined;
}

const unquoted = (value: string) => value.trim().replace(/^(['"])(.*)\1$/, "$2");
const helperPath = (value: string) => (unquoted(value) === "" ? undefined : [posix.resolve("/", unquoted(value))]);
const helperLine = (value: string) => {
    const words = unquoted(value).split(/\s+/).filter(Boolean);
    return words.length === 0 ? undefined : [posix.resolve("/", words[0]), ...words.slice(1)];
};

export const KERNEL_HELPERS: readonly KernelHelper[] = [
    {
        key: "kernel.core_pattern",
        files: /^\/proc\/sys\/kernel\/core_pattern$/,
        when: "on every core dump (core(5))",
        words: value => corePatternCommand("kernel.core_pattern", value),
    },
    {
        key: "kernel.modprobe",
        files: /^\/proc\/sys\/kernel\/modprobe$/,
        when: "whenever a module is requested (sysctl/kernel.rst modprobe: any process's socket(2) of an unloaded protocol may)",
        words: helperPath,
    },
    {
        key: "kernel.hotplug",
        files: /^\/proc\/sys\/kernel\/hotplug$|^\/sys\/kernel\/uevent_helper$/,
        when: "on every uevent (sysctl/kernel.rst hotplug, /sys/kernel/uevent_helper)",
        words: helperPath,
    },
    {
        key: "kernel.poweroff_cmd",
        files: /^\/proc\/sys\/kernel\/poweroff_cmd$/,
        when: "on an orderly poweroff (kernel/reboot.c orderly_poweroff, sysctl/kernel.rst poweroff_cmd)",
        words: helperLine,
    },
    {
        key: "cgroup.release_agent",
        pseudo: true,
        files: /\/release_agent$/,
        when: "whenever a notify_on_release cgroup of its hierarchy empties (cgroup-v1/cgroups.rst)",
        words: helperPath,
    },
    {
        key: "request-key",
        pseudo: true,
        files: /^\/etc\/request-key\.conf$|^\/etc\/request-key\.d\/[^/]+\.conf$/,
        when: "for a key request any process may make (request-key.conf(5), request_key(2))",
        words: line => {
            const prog = line.trim().split(/\s+/).slice(4);
            return prog.length === 0 ? undefined : helperLine(prog.join(" ").replace(/^\|/, ""));
        },
    },
];

/**
 * Round 82: a line of free text (Bottlerocket settings, apiclient commands) that may set a sysctl helper of
 * KERNEL_HELPERS run by its path, core_pattern aside (its `|` pipes are read apart): its key in dotted or /proc/sys
 * form, or the hotplug helper's /sys/kernel/uevent_helper. The pseudo helpers are read from their own files and mounts.
 */
export const PATH_HELPER_MENTION = new RegExp(
    [
        ...KERNEL_HELPERS.filter(h => !h.pseudo && h.key !== "kernel.core_pattern").map(h =>
            h.key.replace(/\./g, "[./]"),
        ),
        "uevent_helper",
    ].join("|"),
    "i",
);

/** Round 81: the sysctl keys of KERNEL_HELPERS (not its pseudo keys). */
const sysctlHelperKeys = () => KERNEL_HELPERS.filter(h => !h.pseudo).map(h => h.key);

/** Round 81: a file whose write sets a kernel helper (KERNEL_HELPERS). */
export const KERNEL_HELPER_FILE = (path: string) => KERNEL_HELPERS.some(h => h.files.test(posix.resolve("/", path)));

/**
 * Round 80: the program a kernel helper setting names (KERNEL_HELPERS, round 81), which the kernel runs as root, with
 * when it runs it. An empty value runs nothing (the hotplug default; an empty modprobe disables autoloading).
 */
export function kernelHelperCommand(key: string, value: string): { words: string[]; when: string } | undefined {
    const helper = KERNEL_HELPERS.find(h => h.key === key);
    const words = helper?.words(value);
    return helper === undefined || words === undefined ? undefined : { words, when: helper.when };
}

/**
 * Round 84: kernel protections a node's user data may only raise, each with whether a value keeps it (Linux
 * admin-guide sysctl/fs.rst, sysctl/kernel.rst, sysctl/vm.rst; systemd's sysctl.d/50-default.conf and the CIS
 * benchmarks set the fs.protected_* floor to 1):
 * - fs.protected_symlinks / protected_hardlinks 1: symlinks in a sticky world-writable directory are followed only
 *   when the follower or the directory owns them; hardlinks only to files the user may read and write. At 0 a local
 *   user's link in /tmp turns root's write of a /tmp file into a write of /etc/cron.d or /etc/ld.so.preload.
 * - fs.protected_regular / protected_fifos 1 or 2: O_CREAT opens of another user's file or FIFO in a sticky
 *   world-writable directory are refused (fs.rst: "0: no restrictions").
 * - kernel.yama.ptrace_scope 1-3 (Yama.rst: 0 lets any process attach to any other of its uid), kernel.kptr_restrict
 *   1-2 and kernel.dmesg_restrict 1 (kernel addresses and the log hidden from unprivileged users),
 *   kernel.randomize_va_space 2 (full ASLR), kernel.unprivileged_bpf_disabled 1 or 2 (0 lets any user load eBPF),
 *   vm.mmap_min_addr at least 4096 (vm.rst: keeps user processes from mapping page 0, a kernel NULL dereference's).
 * - Round 85: fs.suid_dumpable 0 or 2 (fs.rst: "1 - (debug) ... This is insecure as it allows regular users to examine
 *   the memory contents of privileged processes"; 2 dumps only to a root-owned pipe or absolute path),
 *   kernel.perf_event_paranoid 2 or more (kernel.rst: the default 2 since Linux 4.6, "-1: Allow use of (almost) all
 *   events by all users"; below 2 unprivileged users profile the kernel, a kASLR bypass), vm.unprivileged_userfaultfd 0
 *   (vm.rst, the default: 1 lets unprivileged users handle kernel-mode page faults, the race primitive of kernel
 *   use-after-free exploits), net.core.bpf_jit_harden 1 or 2 (net.rst: 0 disables constant blinding against JIT
 *   spraying; the RHEL/CIS/STIG baselines set 1 or 2).
 * The one-way switches (kernel.modules_disabled, kernel.kexec_load_disabled: "cannot be set back") need no entry: the
 * kernel refuses their lowering itself.
 */
const KERNEL_PROTECTIONS: readonly { key: string; keeps: (value: number) => boolean; floor: string }[] = [
    { key: "fs.protected_symlinks", keeps: v => v >= 1, floor: "1" },
    { key: "fs.protected_hardlinks", keeps: v => v >= 1, floor: "1" },
    { key: "fs.protected_regular", keeps: v => v >= 1, floor: "1 or 2" },
    { key: "fs.protected_fifos", keeps: v => v >= 1, floor: "1 or 2" },
    { key: "kernel.yama.ptrace_scope", keeps: v => v >= 1, floor: "1 to 3" },
    { key: "kernel.kptr_restrict", keeps: v => v >= 1, floor: "1 or 2" },
    { key: "kernel.dmesg_restrict", keeps: v => v >= 1, floor: "1" },
    { key: "kernel.randomize_va_space", keeps: v => v >= 2, floor: "2" },
    { key: "kernel.unprivileged_bpf_disabled", keeps: v => v === 1 || v === 2, floor: "1 or 2" },
    { key: "vm.mmap_min_addr", keeps: v => v >= 4096, floor: "4096 or more" },
    { key: "fs.suid_dumpable", keeps: v => v === 0 || v === 2, floor: "0 or 2" },
    { key: "kernel.perf_event_paranoid", keeps: v => v >= 2, floor: "2 or more" },
    { key: "vm.unprivileged_userfaultfd", keeps: v => v === 0, floor: "0" },
    { key: "net.core.bpf_jit_harden", keeps: v => v === 1 || v === 2, floor: "1 or 2" },
];

/**
 * Round 84: the settings among `settings` that lower a kernel protection (KERNEL_PROTECTIONS), with the value that
 * keeps it. A value the pack cannot read as a number (a variable, a command's output) may lower it: fail closed.
 */
export function loweredProtections(
    settings: readonly [string, string][],
): { key: string; value: string; floor: string }[] {
    return settings.flatMap(([key, value]) => {
        const p = KERNEL_PROTECTIONS.find(k => k.key === key.replace(/^-/, "").trim());
        if (p === undefined) return [];
        const v = unquoted(value);
        return /^\d+$/.test(v) && p.keeps(Number(v)) ? [] : [{ key: p.key, value: v, floor: p.floor }];
    });
}
