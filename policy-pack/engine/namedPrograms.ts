/**
 * Round 84: the programs, libraries and directories a root command is told by an OPTION to run or load (not by its
 * operands): one table per program, judged by RootReads.namedProgramRuns with RootReads.planted/plantedDirectory as a
 * program the script runs is. A value with no slash is a program found in PATH (the image's, PATH being judged where it
 * is set), so only a path is judged here; a value the pack cannot know (a variable, a substitution) is any program.
 */
import { posix } from "path";
import {
    executedPrograms,
    isAssignment,
    programIndex,
    SHELLS,
    simpleCommands,
    systemdRunProperties,
    WrapperUse,
    wrappersOf,
} from "./shell";
import { getopt } from "./userDataReaders/shared";

/** What an option names: a command line root runs, a file it loads (a library, a macro file), a directory it runs from. */
export type NamedKind = "runs" | "loads" | "directory";
/** One program, library or directory an option names (`option` as given, `path` the word judged). */
export interface NamedProgram {
    option: string;
    path: string;
    kind: NamedKind;
}

/**
 * A program's options (getopt(3): `valued` short letters and `longValued` long names taking a value, so a cluster and
 * a spaced value are read right) whose value root runs or loads, by kind (option names as given, `-M`, `--modprobe`).
 */
interface OptionTable {
    valued: string;
    longValued: readonly string[];
    named: Readonly<Record<string, NamedKind>>;
    /** `-o KEY=VALUE`-style settings (ssh -o, git -c) read by their own table. */
    settings?: { option: readonly string[]; read: (setting: string) => NamedProgram[] };
    /** Round 86: options whose value is an action, one of which runs a command line (the line, else undefined). */
    actions?: Readonly<Record<string, (value: string) => string | undefined>>;
    /** Round 86: environment variables standing for an option's value (rsync(1) RSYNC_RSH for -e), overridden by it. */
    variables?: Readonly<Record<string, string>>;
    /**
     * Round 86: a GNU getopt_long(3) program: "Long option names may be abbreviated if the abbreviation is unique or is
     * an exact match for some defined option" (glibc manual "Getopt Long Options"); its other long options an
     * abbreviation of a named one may equal exactly (tar's --checkpoint).
     */
    abbreviates?: readonly string[];
    /** Round 86: operands (URLs) naming a command the program runs (git-remote-ext(1) `ext::`). */
    operandCommands?: (operand: string) => NamedProgram[];
}

/**
 * iptables(8)/ip6tables(8) "--modprobe=command: When adding or inserting rules into a chain, use command to load any
 * necessary modules (targets, match extensions, etc)"; iptables-restore(8) and iptables-save(8) "-M, --modprobe
 * modprobe_program: Specify the path to the modprobe program" (linux.die.net/man/8/iptables-restore, man.cx
 * iptables-save(8)). The iptables letters taking a value are the commands' chain, -p/-s/-d/-i/-o/-j/-g/-m/-t/-c/-W.
 */
const IPTABLES: OptionTable = {
    valued: "ACDRIENPpsdiojgmtcMW",
    longValued: [
        ...["modprobe", "append", "check", "delete", "replace", "insert", "new-chain", "rename-chain", "policy"],
        ...["protocol", "source", "destination", "in-interface", "out-interface", "jump", "goto", "match", "table"],
        ...["set-counters", "wait-interval"],
    ],
    named: { "-M": "runs", "--modprobe": "runs" },
    abbreviates: [],
};
const IPTABLES_RESTORE: OptionTable = {
    valued: "MTW",
    longValued: ["modprobe", "table", "wait-interval"],
    named: { "-M": "runs", "--modprobe": "runs" },
};

/**
 * ssh_config(5) keys whose value is a command ssh runs (ProxyCommand "Specifies the command to use to connect to the
 * server ... executed using the user's shell 'exec' directive", LocalCommand "Specifies a command to execute on the
 * local machine after successfully connecting", KnownHostsCommand "Specifies a command to use to obtain a list of host
 * keys"; `none` disables each) or a library it loads (PKCS11Provider "Specifies which PKCS#11 provider to use",
 * SecurityKeyProvider "Specifies a path to a library that will be used when loading any FIDO authenticator-hosted
 * keys"); `Match exec "command"` runs its command. Keys are case-insensitive, `KEY=VALUE` or `KEY VALUE`.
 */
function sshSetting(setting: string): NamedProgram[] {
    const m = /^\s*(\w+)\s*(?:=\s*|\s+)([\s\S]*)$/.exec(setting);
    if (!m) return [];
    const key = m[1].toLowerCase();
    const value = m[2].trim().replace(/^"([\s\S]*)"$/, "$1");
    const option = `-o ${m[1]}`;
    if (/^(proxycommand|localcommand|knownhostscommand)$/.test(key))
        return value.toLowerCase() === "none" ? [] : commandLine(option, value);
    if (/^(pkcs11provider|securitykeyprovider)$/.test(key))
        return value.toLowerCase() === "none" || value.toLowerCase() === "internal"
            ? []
            : [{ option, path: value, kind: "loads" }];
    const exec = key === "match" ? /(?:^|\s)exec\s+("[^"]*"|\S+)/.exec(value) : null;
    return exec ? commandLine(option, exec[1].replace(/^"|"$/g, "")) : [];
}

/** The ssh-family settings option: -o. */
const SSH_SETTINGS = { option: ["-o"], read: sshSetting };

/**
 * git-config(1) keys whose value git runs as a command (core.sshCommand "git fetch and git push will use the specified
 * command instead of ssh", core.pager, core.editor, sequence.editor, core.askPass, core.gitProxy, core.fsmonitor "the
 * pathname of the fsmonitor hook command" unless a boolean, credential[.URL].helper "!"-command or an absolute path,
 * diff.external, diff.DRIVER.command/.textconv, merge.DRIVER.driver, filter.DRIVER.clean/smudge/process,
 * gpg[.FORMAT].program, pager.CMD and alias.NAME "!"-commands, interactive.diffFilter, uploadpack.packObjectsHook), the
 * directory it runs hooks from (core.hooksPath), and the configuration files it includes (include[If.COND].path).
 */
function gitSetting(setting: string): NamedProgram[] {
    const at = setting.indexOf("=");
    if (at < 0) return [];
    const name = setting.slice(0, at);
    const value = setting.slice(at + 1).trim();
    const option = `-c ${name}`;
    const key = name.toLowerCase();
    const boolean = /^(true|false|yes|no|on|off|1|0|)$/i.test(value);
    // Round 86: an `ext::` URL (remote.NAME.url, url.BASE.insteadOf's BASE) runs its command (extArguments).
    const insteadOf = /^url\.([\s\S]*)\.(push)?insteadof$/i.exec(name)?.[1];
    if (extArguments(value) !== undefined || (insteadOf !== undefined && extArguments(insteadOf) !== undefined))
        return extCommand(option, extArguments(value) !== undefined ? value : insteadOf!);
    if (/^core\.hookspath$/.test(key)) return [{ option, path: value, kind: "directory" }];
    if (/^include(if\..*)?\.path$/.test(key)) return [{ option, path: value, kind: "loads" }];
    if (/^(credential(\..*)?\.helper|alias\..*|pager\..*)$/.test(key)) {
        if (value.startsWith("!")) return commandLine(option, value.slice(1));
        return key.startsWith("credential") && value.startsWith("/") ? commandLine(option, value) : [];
    }
    if (
        /^(core\.(sshcommand|pager|editor|askpass|gitproxy|fsmonitor)|sequence\.editor|diff\.external|diff\..*\.(command|textconv)|merge\..*\.driver|filter\..*\.(clean|smudge|process)|gpg(\..*)?\.program|interactive\.difffilter|uploadpack\.packobjectshook)$/.test(
            key,
        ) &&
        !boolean
    )
        return commandLine(option, value);
    return [];
}

/**
 * The tables, by program name (basename). GNU tar "--use-compress-program=PROG" (-I) "Use external compression program
 * PROG", -F/--info-script and --new-volume-script "run script at end of each tape", --to-command "Pipe extracted files
 * to COMMAND", --rsh-command/--rmt-command (GNU tar manual, "Option Summary"); GNU sort "--compress-program=PROG:
 * Compress any temporary files with the program PROG"; rsync(1) "-e, --rsh=COMMAND: specify the remote shell to use";
 * scp(1)/sftp(1) "-S program: Name of program to use for the encrypted connection" and "-D sftp_server_path: Connect
 * directly to a local sftp server" (sftp; scp in OpenSSH 9) and ssh(1) "-I pkcs11: Specify the PKCS#11 shared library";
 * git(1) "--exec-path[=<path>]: Path to wherever your core Git programs are installed" (GIT_EXEC_PATH) and
 * git-clone(1) "-c, --config <key>=<value>: Set a configuration variable in the newly-created repository; this takes
 * effect immediately after the repository is initialized, but before the remote history is fetched"; rpm(8) "--macros
 * FILE:FILE...", "--rcfile FILE:FILE...", "--load FILE" (macro files: a %(shell) expansion runs as root, rpm-macros(7)).
 * Round 86: GNU tar "--checkpoint-action=exec=command" (tarCheckpointCommand); rsync(1) "RSYNC_RSH: The RSYNC_RSH
 * environment variable allows you to override the default shell used as the transport for rsync. Command line options
 * are permitted after the command name, just as in the -e option"; ssh(1)/scp(1)/sftp(1) "-F configfile: Specifies an
 * alternative per-user configuration file" (ssh_config(5) ProxyCommand, LocalCommand, KnownHostsCommand run commands:
 * rootReads CONFIG_FILE_FLAGS reads it where ssh is the command, this table where ssh is an option's command line);
 * git's `ext::` URLs (extArguments).
 */
const OPTION_TABLES: Record<string, OptionTable> = {
    ...Object.fromEntries(
        ["iptables", "ip6tables", "iptables-legacy", "ip6tables-legacy", "iptables-nft", "ip6tables-nft"].map(n => [
            n,
            IPTABLES,
        ]),
    ),
    ...Object.fromEntries(
        ["restore", "save", "restore-legacy", "save-legacy", "restore-nft", "save-nft", "legacy-restore", "nft-restore"]
            .flatMap(s => [`iptables-${s}`, `ip6tables-${s}`])
            .map(n => [n, IPTABLES_RESTORE]),
    ),
    tar: {
        valued: "bCfFgHIKLNTVX",
        longValued: [
            ...["use-compress-program", "info-script", "new-volume-script", "to-command", "rsh-command", "rmt-command"],
            ...["file", "directory", "files-from", "exclude-from", "exclude", "transform", "owner", "group", "mode"],
            "checkpoint-action",
        ],
        named: {
            "-I": "runs",
            "--use-compress-program": "runs",
            "-F": "runs",
            "--info-script": "runs",
            "--new-volume-script": "runs",
            "--to-command": "runs",
            "--rsh-command": "runs",
            "--rmt-command": "runs",
        },
        actions: { "--checkpoint-action": tarCheckpointCommand },
        abbreviates: ["checkpoint"],
    },
    sort: {
        valued: "kostST",
        longValued: ["compress-program", "key", "output", "field-separator", "buffer-size", "temporary-directory"],
        named: { "--compress-program": "runs" },
        abbreviates: [],
    },
    rsync: {
        valued: "eBTfM",
        longValued: ["rsh"],
        named: { "-e": "runs", "--rsh": "runs" },
        variables: { RSYNC_RSH: "--rsh" },
    },
    ssh: {
        valued: "BbcDEeFIiJLlmOoPpQRSWw",
        longValued: [],
        named: { "-I": "loads", "-F": "loads" },
        settings: SSH_SETTINGS,
    },
    scp: {
        valued: "cDFiJlOoPSX",
        longValued: [],
        named: { "-S": "runs", "-D": "runs", "-F": "loads" },
        settings: SSH_SETTINGS,
    },
    sftp: {
        valued: "BbcDFiJlOoPRSsX",
        longValued: [],
        named: { "-S": "runs", "-D": "runs", "-F": "loads" },
        settings: SSH_SETTINGS,
    },
    git: {
        valued: "cC",
        longValued: ["config", "git-dir", "work-tree", "namespace"],
        named: { "--exec-path": "directory" },
        settings: { option: ["-c", "--config"], read: gitSetting },
        operandCommands: url => extCommand(url, url),
    },
    rpm: {
        valued: "DE",
        longValued: ["macros", "rcfile", "load", "define", "eval", "root", "dbpath"],
        named: { "--macros": "loads", "--rcfile": "loads", "--load": "loads" },
    },
};
OPTION_TABLES.rpmbuild = OPTION_TABLES.rpm;
OPTION_TABLES.rpmquery = OPTION_TABLES.rpm;

/**
 * The programs a command line runs (its program, an interpreter's script, a shell -c's programs: executedPrograms) and,
 * round 86, what each of its commands is told by its own options to run or load (commandNamed): the value of an option
 * that runs a command line is a command line of its own (`rsync -e 'ssh -o ProxyCommand=/tmp/pc'`, `git -c
 * core.sshCommand='ssh -F /tmp/cfg'`).
 */
function commandLine(option: string, line: string, depth = 0): NamedProgram[] {
    return simpleCommands(line).flatMap(c =>
        commandWords(
            option,
            c.words.map(w => w.replace(/\0/g, "")).filter(w => w !== "exec"),
            depth,
        ),
    );
}

/**
 * Round 86: what one command (its words, as the program it runs is given them) runs: its programs (executedPrograms)
 * and what its options name (namedBy, its own table: the assignments before it are its environment, a shell's `-c`
 * line read as a command line again), each named by `option` and then its own option.
 */
function commandWords(option: string, words: readonly string[], depth: number): NamedProgram[] {
    const programs = executedPrograms(words).map(path => ({ option, path, kind: "runs" as const }));
    const start = programIndex(words);
    const program = words[start];
    if (program === undefined || depth > 4) return programs;
    const name = posix.basename(program);
    const operands = words.slice(start + 1);
    const environment = new Map(
        words
            .slice(0, start)
            .filter(isAssignment)
            .map(w => [w.slice(0, w.indexOf("=")), w.slice(w.indexOf("=") + 1)] as const),
    );
    const script = SHELLS.test(name) && operands.includes("-c") ? operands[operands.indexOf("-c") + 1] : undefined;
    const own = namedBy(name, operands, environment, depth + 1).map(n => ({ ...n, option: `${option}'s ${n.option}` }));
    return [...programs, ...own, ...(script === undefined ? [] : commandLine(option, script, depth + 1))];
}

/**
 * Round 86: GNU tar manual 3.8 "Checkpoints": "--checkpoint-action=action: Execute an action at each checkpoint", the
 * action `exec=command` "Execute the given command" (tar manual "Running External Commands": "tar first splits the
 * supplied command into words much like the shell does"); echo, bell, dot, sleep, ttyout, totals and wait run none.
 */
function tarCheckpointCommand(action: string): string | undefined {
    return /^exec=/.test(action) ? action.slice("exec=".length) : undefined;
}

/**
 * Round 86: git-remote-ext(1) `ext::<command>[ <arguments>...]`: "This remote helper uses the specified <command> to
 * connect to a remote Git server"; "Command and arguments are separated by an unescaped space", `% ` a literal space,
 * `%%` a percent sign, `%s`/`%S` the service's name (upload-pack, git-upload-pack), an argument starting `%G` or `%V`
 * "will not be passed to <command>". The command's words, or undefined for any other URL. Judged whatever
 * protocol.ext.allow says (git-config(1) protocol.allow: a configuration file or GIT_ALLOW_PROTOCOL may allow it).
 */
function extArguments(url: string): string[] | undefined {
    const m = /^ext::([\s\S]*)$/i.exec(url.trim());
    if (!m) return undefined;
    const args: string[] = [];
    let word = "";
    const text = m[1];
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === "%" && i + 1 < text.length) {
            const next = text[++i];
            word +=
                next === " " || next === "%"
                    ? next
                    : next === "s"
                      ? "upload-pack"
                      : next === "S"
                        ? "git-upload-pack"
                        : `%${next}`;
        } else if (ch === " ") {
            if (word !== "") args.push(word);
            word = "";
        } else word += ch;
    }
    if (word !== "") args.push(word);
    return args.filter(a => !/^%[GV]/.test(a));
}

/** Round 86: what a git `ext::` URL runs (extArguments), named by where it is given. */
function extCommand(option: string, url: string, depth = 0): NamedProgram[] {
    const args = extArguments(url);
    return args === undefined ? [] : commandWords(option, args, depth);
}

/**
 * Round 86: zip(1) "-TT cmd, --unzip-command cmd: Use command cmd instead of 'unzip -tqq' to test an archive when the
 * -T option is used" (a two-letter option, the value the next word or after `=`): judged with or without -T.
 */
function zipNamed(operands: readonly string[], depth: number): NamedProgram[] {
    return operands.flatMap((w, i) => {
        const m = /^(-TT|--unzip-command)(?:=([\s\S]*))?$/.exec(w);
        const value = m?.[2] ?? (m ? operands[i + 1] : undefined);
        return m && value !== undefined && value !== "" ? commandLine(m[1], value, depth) : [];
    });
}

/**
 * openssl(1) "-engine id: Use the engine identified by id ... the engine will be loaded as a shared object if id is a
 * path" and "-provider name: ... The name can also be a path to the provider module", "-provider-path path: Specifies
 * the search path that is used to find providers" (openssl(1) "Engine Options", "Provider Options"): single-dash long
 * options anywhere after the subcommand.
 */
function opensslNamed(operands: readonly string[]): NamedProgram[] {
    const named: NamedProgram[] = [];
    operands.forEach((w, i) => {
        const value = operands[i + 1];
        if (value === undefined) return;
        if (/^-(engine|provider)$/.test(w) && value.includes("/"))
            named.push({ option: w, path: value, kind: "loads" });
        if (w === "-provider-path") named.push({ option: w, path: value, kind: "directory" });
    });
    return named;
}

/**
 * Round 84: what `name` (a program's basename) is told by its options to run or load: each value of a named option
 * (a command line's programs for "runs", colon-separated files for rpm's lists), and each setting's (ssh -o, git -c).
 * Round 86: with the variables of its `environment` standing for an option (RSYNC_RSH), its actions running a command
 * line (tar --checkpoint-action=exec=), its operands naming a command (git ext:: URLs), and what a command line's
 * own commands are told by theirs (commandLine). Only paths (a slash) and words the pack cannot know are kept: a bare
 * name is found in PATH.
 */
export function optionNamedPrograms(
    name: string,
    operands: readonly string[],
    environment: ReadonlyMap<string, string> = new Map(),
): NamedProgram[] {
    const kept = namedBy(name, operands, environment, 0).filter(
        n => n.path !== "" && (n.path.includes("/") || unknownWord(n.path)),
    );
    return kept.filter((n, i) => kept.findIndex(m => m.option === n.option && m.path === n.path) === i);
}

/** What `name` is told by its options to run or load (optionNamedPrograms), `depth` command lines deep. */
function namedBy(
    name: string,
    operands: readonly string[],
    environment: ReadonlyMap<string, string>,
    depth: number,
): NamedProgram[] {
    if (name === "openssl") return opensslNamed(operands);
    if (name === "zip") return zipNamed(operands, depth);
    const table = OPTION_TABLES[name];
    if (table === undefined) return [];
    const given = Object.entries(table.variables ?? {}).flatMap(([variable, option]) => {
        const value = environment.get(variable);
        return value === undefined ? [] : [`${option}=${value}`];
    });
    const { options, operands: positional } = getopt(
        unabbreviated([...given, ...operands], table),
        table.valued,
        table.longValued,
    );
    const fromOptions = options.flatMap(([option, value]): NamedProgram[] => {
        if (table.settings?.option.includes(option)) return table.settings.read(value);
        const action = table.actions?.[option]?.(value);
        if (action !== undefined) return commandLine(option, action, depth);
        const kind = table.named[option];
        if (kind === undefined || value === "") return [];
        if (kind === "runs") return commandLine(option, value, depth);
        return (name.startsWith("rpm") ? value.split(":") : [value]).map(path => ({
            option,
            path,
            kind,
        }));
    });
    const fromOperands = table.operandCommands === undefined ? [] : positional.flatMap(o => table.operandCommands!(o));
    return [...fromOptions, ...fromOperands];
}

/**
 * Round 86: a getopt_long program's words with each abbreviation of a named option (OptionTable `abbreviates`:
 * `--checkpoint-act=exec=CMD`, `--use-compress=PROG`) spelled out; a prefix of several is left (the program refuses
 * it), as is an exact match of another option.
 */
function unabbreviated(words: readonly string[], table: OptionTable): readonly string[] {
    if (table.abbreviates === undefined) return words;
    const named = [...Object.keys(table.named), ...Object.keys(table.actions ?? {})]
        .filter(o => o.startsWith("--"))
        .map(o => o.slice(2));
    return words.map(w => {
        const m = /^--([^=]+)(=[\s\S]*)?$/.exec(w);
        if (!m || table.longValued.includes(m[1]) || table.abbreviates!.includes(m[1])) return w;
        const full = named.filter(o => o.startsWith(m[1]));
        return full.length === 1 ? `--${full[0]}${m[2] ?? ""}` : w;
    });
}

/** A word holding a part the pack cannot know (a variable it did not expand, a command substitution's mark). */
export const unknownWord = (w: string) => /[$`]|SUBSTITUTED/.test(w);

/**
 * Round 84: the directories a launcher makes the root of the program it runs, so the program (and every library and
 * file it opens by absolute path) comes from there: chroot(8) NEWROOT ("Run COMMAND with root directory set to
 * NEWROOT"), unshare(1) "-R, --root=dir: run the command with root directory set to dir", nsenter(1) "-r, --root[=dir]:
 * Set the root directory" (with a value), systemd-nspawn(1) "-D, --directory=: Directory to use as file system root for
 * the container" and "-i, --image=" (a disk image file), bwrap(1) "--bind SRC DEST", "--ro-bind", "--dev-bind" with
 * DEST `/` (the sandbox's root) or a system program directory.
 */
export function launchedRoots(words: readonly string[]): NamedProgram[] {
    const { start, wrappers } = wrappersOf(words);
    const roots: NamedProgram[] = [];
    for (const use of wrappers) {
        const { name, options, operands } = use;
        if (name === "chroot" && operands[0] !== undefined)
            roots.push({ option: "chroot", path: operands[0], kind: "directory" });
        if (name === "unshare" || name === "nsenter")
            for (const [k, v] of options)
                if (/^(-R|-r|--root)$/.test(k) && v !== "") roots.push({ option: k, path: v, kind: "directory" });
        // Round 86: sudo(8) "-R directory, --chroot=directory: Change to the specified root directory ... before
        // running the command".
        if (name === "sudo")
            for (const [k, v] of options)
                if (/^(-R|--chroot)$/.test(k)) roots.push({ option: k, path: v, kind: "directory" });
        if (name === "systemd-run") roots.push(...unitTreeRoots(use));
    }
    const program = words[start];
    const rest = words.slice(start + 1);
    if (program !== undefined) roots.push(...programTreeRoots(posix.basename(program), rest));
    if (program !== undefined && posix.basename(program) === "systemd-nspawn") {
        const { options } = getopt(rest, "DiMuSEpb", ["directory", "image", "machine", "user", "template"]);
        for (const [k, v] of options)
            if (/^(-D|--directory|--template)$/.test(k)) roots.push({ option: k, path: v, kind: "directory" });
            else if (/^(-i|--image)$/.test(k)) roots.push({ option: k, path: v, kind: "loads" });
    }
    if (program !== undefined && posix.basename(program) === "bwrap")
        rest.forEach((w, i) => {
            const [source, destination] = [rest[i + 1], rest[i + 2]];
            if (!/^--(bind|ro-bind|dev-bind)(-try)?$/.test(w) || source === undefined || destination === undefined)
                return;
            if (/^\/((usr|bin|sbin|lib|lib64)(\/.*)?)?$/.test(posix.normalize(destination)))
                roots.push({ option: `${w} ${source} ${destination}`, path: source, kind: "directory" });
        });
    return roots.filter(r => r.path.includes("/") || unknownWord(r.path));
}

/**
 * Round 86: the unit settings that say where a service's programs and libraries come from (systemd.exec(5)):
 * RootDirectory= "Sets the root directory for executed processes", RootImage= "Takes a path to a block device node or
 * regular file ... the root file system", BindPaths=/BindReadOnlyPaths= "SRC:DEST" (DEST is SRC inside the service's
 * namespace; read-only still runs what is in it), ExtensionDirectories=, ExtensionImages= and MountImages=. A unit
 * file's (RootReads.unitLoadedPaths) and systemd-run's `-p` (unitTreeRoots) alike; the image ones are files it loads.
 */
export const UNIT_TREE_SETTINGS: readonly string[] = [
    ...["RootDirectory", "RootImage", "BindPaths", "BindReadOnlyPaths"],
    ...["ExtensionDirectories", "ExtensionImages", "MountImages"],
];

/** Round 86: a UNIT_TREE_SETTINGS value's sources (space-separated, `-`/`+` prefixes, `SRC[:DEST[:OPTIONS]]`). */
export const unitTreeSources = (value: string) =>
    value
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(w => w.replace(/^[-+]+/, "").split(":")[0]);

/** Round 86: systemd-run(1) `-p KEY=VALUE` of a UNIT_TREE_SETTINGS key: the transient unit's program tree. */
function unitTreeRoots(use: WrapperUse): NamedProgram[] {
    return UNIT_TREE_SETTINGS.flatMap(key =>
        systemdRunProperties(use, key).flatMap(value =>
            unitTreeSources(value).map(path => ({
                option: `-p ${key}=${value}`,
                path,
                kind: /Image/.test(key) ? ("loads" as const) : ("directory" as const),
            })),
        ),
    );
}

/**
 * Round 86: programs that run code from another root tree given by an option: rpm(8) "-r, --root DIRECTORY: Use the
 * file system tree rooted at DIRECTORY for all operations" (its scriptlets run after a chroot(2) there, on install and
 * erase alike), dnf(8) "--installroot=<path>: Specifies an alternative installroot" (yum, microdnf and tdnf alike), and
 * capsh(1) "--chroot=path: Execute the chroot(2) system call with the new root-directory path" (its options, up to
 * `--` or `-+`, act in order; `==` runs capsh again with more of them).
 */
function programTreeRoots(name: string, rest: readonly string[]): NamedProgram[] {
    const valueOf = (options: RegExp) =>
        rest.flatMap((w, i) => {
            const attached = /^(--[\w-]+)=([\s\S]*)$/.exec(w);
            if (attached && options.test(attached[1])) return [{ option: attached[1], path: attached[2] }];
            return options.test(w) && rest[i + 1] !== undefined ? [{ option: w, path: rest[i + 1] }] : [];
        });
    let given: { option: string; path: string }[] = [];
    if (name === "rpm") given = valueOf(/^(-r|--root)$/);
    else if (/^(dnf|dnf5|yum|microdnf|tdnf)$/.test(name)) given = valueOf(/^--installroot$/);
    else if (name === "capsh") {
        const end = rest.findIndex(w => w === "--" || w === "-+");
        given = (end < 0 ? rest : rest.slice(0, end)).flatMap(w =>
            w.startsWith("--chroot=") ? [{ option: "--chroot", path: w.slice(9) }] : [],
        );
    }
    return given.map(g => ({ ...g, kind: "directory" as const }));
}
