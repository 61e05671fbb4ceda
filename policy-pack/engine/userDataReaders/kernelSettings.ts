/**
 * Kernel settings a node's user data makes (sysctl keys and values) and the helper programs they name, which the
 * kernel runs as root. Split from pythonCode.ts and rootWrites.ts (round 80) so that rootReads.ts, userData.ts and the
 * Python reader share one reading without importing each other.
 */
import { posix } from "path";

const SYSCTL_FILE = /^\/(?:etc|run|usr\/lib|usr\/local\/lib|lib)\/sysctl\.d\/[^/]+\.conf$|^\/etc\/sysctl\.conf$/;

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

/** Round 81: a sysctl configuration file (sysctl.d(5) directories, /etc/sysctl.conf), applied at boot as root. */
export const isSysctlFile = (path: string) => SYSCTL_FILE.test(posix.resolve("/", path));

/**
 * Round 81: whether an in-place edit's command line (sed -i, gawk -i inplace, perl -i) may put a kernel helper setting
 * into the file: it names one (core_pattern, modprobe, hotplug), or holds text the shell computes outside single
 * quotes (`$VAR`, `$(...)`, backquotes). A literal edit of other keys changes only what the script's own text says.
 */
export function editMayNameHelper(command: string): boolean {
    const unquoted = command.replace(/'[^']*'/g, "''");
    return /core_pattern|modprobe|hotplug|uevent_helper/.test(command) || /\$[({A-Za-z_0-9@*]|`/.test(unquoted);
}

/**
 * Round 81: whether a kernel helper setting (core_pattern, modprobe, hotplug) among `settings` has a value the shell
 * computes (a variable, a command substitution: the reader's SUBSTITUTED mark), so the program it names is unknown.
 */
export const computedHelperSetting = (settings: readonly [string, string][]) =>
    settings.some(
        ([key, value]) => /^kernel\.(core_pattern|modprobe|hotplug)$/.test(key) && /\$|SUBSTITUTED/.test(value),
    );

/** The settings a `sysctl [-w] key=value ...` command line makes (procps sysctl(8)). */
export function commandSysctls(words: readonly string[]): [string, string][] {
    const i = words.findIndex(w => posix.basename(w) === "sysctl");
    if (i < 0) return [];
    return words
        .slice(i + 1)
        .filter(w => !w.startsWith("-") && w.includes("="))
        .map(w => [w.slice(0, w.indexOf("=")).trim().replace(/\//g, "."), w.slice(w.indexOf("=") + 1)]);
}

/**
 * Round 80: the program a kernel helper setting names, which the kernel runs as root (call_usermodehelper, in the
 * initial namespaces, working directory /), with when it runs it: kernel.core_pattern `|PROGRAM` (corePatternCommand,
 * core(5)); kernel.modprobe, "the full path to the usermode helper for autoloading kernel modules" run when any process
 * asks for a module not loaded (a socket(2) of an unloaded protocol may); kernel.hotplug (also
 * /sys/kernel/uevent_helper), "Path for the hotplug policy agent", forked for every uevent (Linux admin-guide,
 * sysctl/kernel.rst). An empty value runs nothing (the hotplug default; an empty modprobe disables autoloading).
 */
export function kernelHelperCommand(key: string, value: string): { words: string[]; when: string } | undefined {
    const core = corePatternCommand(key, value);
    if (core) return { words: core, when: "on every core dump (core(5))" };
    const helper = /^kernel\.(modprobe|hotplug)$/.exec(key)?.[1];
    const path = value.trim().replace(/^(['"])(.*)\1$/, "$2");
    if (helper === undefined || path === "") return undefined;
    return {
        words: [posix.resolve("/", path)],
        when:
            helper === "modprobe"
                ? "whenever a module is requested (sysctl/kernel.rst modprobe: any process's socket(2) of an unloaded protocol may)"
                : "on every uevent (sysctl/kernel.rst hotplug, /sys/kernel/uevent_helper)",
    };
}
