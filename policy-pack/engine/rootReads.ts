/**
 * The data directories pods may write (podSpec.ts podWritableRoot) as an ALLOWLIST in what a node's root processes
 * read: the scripts user data runs and the files it writes (cloud-init runs both as root, cloud-init docs "Boot
 * stages"). A pod that may write /data controls every file there, so a root process that runs, loads, sources or is
 * configured from one runs what the pod chose: root on the node, every pod's token. Rather than recognise each way a
 * root process reads a path (programs, interpreters' scripts, `bash < file`, insmod, ld.so.preload, PAM, CNI
 * binaries, working directories ...), any mention of a data directory in root-read text is refused unless it is in a
 * form known to read nothing from it:
 * - shell commands that only make, own, mode, clean, mount, test or list it (INERT_COMMANDS), copy into it (COPIERS
 *   with the data directory only as their destination), mount a device or another data directory at it, or print
 *   (echo, printf) to the log or into it;
 * - files written inside a data directory (whoever reads them is judged where it reads), and logs under /var/log;
 * - fstab lines mounting at it, tmpfiles.d lines whose path lies in it, audit rules, logrotate's log paths and olddir,
 *   the CloudWatch agent's log files and disk metrics;
 * - systemd unit keys that only name or order it, and every key of a unit running as a non-root User= without
 *   capabilities or root's group;
 * - cron jobs of a non-root user.
 * Everything else (root programs and their operands, a working directory, a read redirect, an environment file, a
 * loader or PAM list, sysctl helpers, a symlink out of the data directory) is refused, and so is a hard link of a node
 * file into one (ln, cp -l, rsync --link-dest: the pods then write the node's file). So is a copy, overlay or
 * redirect of the node's secrets (podSpec.ts NODE_SECRETS) anywhere outside NODE_SECRETS (podReadable), credentials
 * a command prints to the script's own output (cloud-init logs it), and one filesystem mounted both at a data
 * directory and at a node path (filesystemsShared). Paths are followed through variables, positional parameters
 * (`set --`, `sh -c ... _ args`), parameter operations (`${D#x}`, `${D,,}` ...: parameterOperation) and assignments
 * from a command substitution naming a data directory. Code in other languages (python -c, awk) is judged only by
 * the paths it names literally.
 */
import { posix } from "path";
import {
    containerCommand,
    containerExec,
    ContainerExec,
    containersFromDefinitions,
    copyOut,
    engineSubcommand,
    volumeCreate,
} from "./containers";
import {
    holdsNodeSecrets,
    insideNodeSecrets,
    nodeReach,
    onHostNetwork,
    podWritableRoot,
    WORLD_WRITABLE,
    worldWritableRoot,
    WRITABLE_DATA,
} from "./podSpec";
import {
    appletWords,
    commandLine,
    INTERPRETERS,
    interpreterName,
    LITERAL_DOLLAR,
    ROOT_GROUPS,
    CONTENT_KEEPERS,
    SHELLS,
    envSplitStrings,
    globBody,
    globRegExp,
    hasGlob,
    patternReaches,
    safeRegExp,
    SimpleCommand,
    X_TERMINALS,
    grantsRootCapabilities,
    grantsRootGroup,
    isAssignment,
    launchedCommand,
    executedPrograms,
    programIndex,
    shellCommands,
    simpleCommands,
    standardInput,
    tildeExpanded,
    wrappedDirectory,
    wrapperUser,
    unknownWrapperOption,
} from "./shell";
import {
    environmentFileVariables,
    imdsRelay,
    NAME_RESOLUTION_PATHS,
    REGISTRY_HOSTS,
    ROOT_READ_CONF_DIRECTORIES,
    setsAllexport,
    TMPFILES_PATH,
} from "./userDataReaders/shared";
import { addressHost, namesImds } from "./userDataReaders/loopback";
import { ignoredByPython, LOADER_VARIABLES, locatingVariable } from "../model/locatingVariables";
import {
    launchedRoots,
    NamedProgram,
    optionNamedPrograms,
    UNIT_TREE_SETTINGS,
    unitTreeSources,
    unknownWord,
} from "./namedPrograms";
import { PIP_LOADED_FILE_OPTION, PIP_VALUE_OPTION } from "./userDataReaders/pipOptions";
import {
    commandKernelSettings,
    commandSysctls,
    COMPUTED_SYSCTL_KEY,
    kernelHelperCommand,
    loweredProtections,
    writtenSysctls,
} from "./userDataReaders/kernelSettings";
import {
    AgentReading,
    LogAgent,
    logAgentCommandConfig,
    logAgentOf,
    readLogAgentConfig,
} from "./userDataReaders/logAgents";

export interface RootReadOpening {
    who: string;
    what: string;
}

/**
 * What the node's own settings make of what root writes and runs (userData.ts owns those facts: sshd, passwords, the
 * kubelet, instance metadata); this reader finds the writes and the commands.
 */
/**
 * Round 83: whether every place a shell line names instance metadata is a word of one of its commands (each judged by
 * the script reader as a command root runs), none in a redirection's file (`/dev/tcp/HOST/PORT`, a descriptor `exec`
 * opens): those are read from the line as a whole (rootShellLine).
 */
export function imdsOnlyInWords(text: string): boolean {
    return simpleCommands(text).every(
        c => ![...c.reads, ...c.writes, ...(c.fdReads ?? []).map(f => f.path)].some(p => namesImds(p)),
    );
}

/**
 * The node's accounts as the user data makes them: which users are root in effect (sudo without a password:
 * AL2023's cloud-init default user ec2-user gets `NOPASSWD:ALL`, and so does a cloud-config user with `sudo` or an
 * admin group), and each user's home for `~user` (bash(1), "Tilde Expansion").
 */
export interface NodeAccounts {
    sudoers: ReadonlySet<string>;
    homes: ReadonlyMap<string, string>;
}
export const DEFAULT_ACCOUNTS: NodeAccounts = {
    sudoers: new Set(["ec2-user"]),
    homes: new Map([
        ["root", "/root"],
        ["ec2-user", "/home/ec2-user"],
    ]),
};

export interface NodeJudge {
    /**
     * A file root writes: `content` is what it writes when the reader knows it, undefined when it does not (a program's
     * output, a download, a copy); `edit` when it is a fragment an editor puts into the file (sed's replacement;
     * round 74: with no content, an in-place edit the reader does not compute, perl -i, gawk -i inplace, ed);
     * `append` when it goes to the end of whatever the file held (`>>`, `tee -a`: bash(1) "Appending Redirected
     * Output", tee(1) -a), so the reader's record of it as the file's content is only its last part.
     */
    written(path: string, content: string | undefined, how: string, edit: boolean, append?: boolean): RootReadOpening[];
    /**
     * A command root runs, its words expanded, with the files its output goes to; `cwd` is its working directory when
     * the reader knows it (a server of files serves it by default; shell.ts wrappedDirectory: the one its wrappers
     * set), `fileText` what the script wrote to a file so far (a configuration the command names), if it knows;
     * `nonRoot` when a user other than root runs it (a unit's User=, su/runuser to a user); `view` a judge's own (what
     * the script did so far); `wrappers` the words before its program (assignments and wrappers such as `systemd-run -p
     * KEY=VALUE`: shell.ts wrappersOf), when it has any.
     */
    ran(
        words: readonly string[],
        how: string,
        cwd?: string,
        fileText?: (path: string) => string | undefined,
        nonRoot?: boolean,
        view?: unknown,
        wrappers?: readonly string[],
        /** Round 76 (py2): in a loop body the reader reads once, which the shell may run again (Context.repeats). */
        repeats?: boolean,
    ): RootReadOpening[];
    /**
     * Round 82: the paths the program a command runs may write with text the pack does not read (a root Python
     * program's accepted writes: pythonProgramWrites), `tree` for any file below one; undefined when it knows none.
     */
    programWrites?(
        words: readonly string[],
        cwd: string | undefined,
        fileText: (path: string) => string | undefined,
    ): readonly { path: string; tree: boolean }[] | undefined;
    /**
     * Round 84: the flag letters of a `python` run that reads its environment only as its interpreter does
     * (pythonCode.ts pythonEnvironmentConfinedFlags: a program the pack reads whole, starting no other program, reading
     * no variable or home directory itself), undefined for any other run.
     */
    confinedPythonFlags?(
        words: readonly string[],
        cwd: string | undefined,
        fileText: (path: string) => string | undefined,
    ): string | undefined;
    /** Text a root process reads as its configuration (a file no other reader owns). */
    configured(text: string, how: string): RootReadOpening[];
    /**
     * Round 84: whether the node reads a file at `path` as configuration or code (pythonCode.ts nodeReadsAsConfig,
     * given by the judge: those tables import this module).
     */
    readsAsConfig?(path: string): boolean;
    /** What credentials a command prints (the node role's, a token it mints), if any. */
    credentials(words: readonly string[]): string | undefined;
    /** Whether the command is a server whose listeners `ran` judges (what it serves, where, to whom). */
    serves(words: readonly string[], cwd?: string): boolean;
    /**
     * The commands a process manager the command runs starts, each as its words (userDataReaders/agents.ts launchedCommands: `pm2
     * start FILE --interpreter bash` starts `bash FILE`), undefined for a command that starts none.
     */
    started?(
        words: readonly string[],
        cwd: string | undefined,
        fileText: (path: string) => string | undefined,
    ): readonly (readonly string[])[] | undefined;
    /**
     * Round 86: the commands the program a root command runs starts itself with literal words (a root Python
     * program's subprocess argv and os.system lines: commandServers.ts pythonProgramCommandLines), each as the shell
     * line it is with its directory (undefined: one the pack cannot know), read as user data's own lines are.
     */
    programCommands?(
        words: readonly string[],
        cwd: string | undefined,
        fileText: (path: string) => string | undefined,
    ): readonly { line: string; cwd: string | undefined }[] | undefined;
}

/**
 * Commands whose operands are only made, owned, moded, cleaned, listed, tested, matched or formatted (coreutils,
 * util-linux, e2fsprogs, xfsprogs, grep, auditctl watches): they read no program or configuration from a path they
 * name. A pod can steer at most which of the user data's own commands run.
 */
const INERT_COMMANDS = new Set([
    "mkdir",
    "rmdir",
    "rm",
    "chown",
    "chgrp",
    "chmod",
    "chattr",
    "chcon",
    "restorecon",
    "setfacl",
    "touch",
    "ls",
    "stat",
    "test",
    "[",
    "[[",
    "df",
    "du",
    "mountpoint",
    "findmnt",
    "umount",
    "blkid",
    "lsblk",
    "sync",
    "fstrim",
    "truncate",
    "mkswap",
    "mke2fs",
    "resize2fs",
    "xfs_growfs",
    "xfs_admin",
    "xfs_info",
    "tune2fs",
    "e2label",
    "growpart",
    "readlink",
    "realpath",
    "dirname",
    "basename",
    "systemd-escape",
    "grep",
    "egrep",
    "fgrep",
    "auditctl",
    // inotifywait/inotifywatch wait for or count inotify events on the paths they watch (inotifywait(1): "efficiently
    // waits for changes to files using Linux's inotify(7) interface"), printing event names, never file content.
    "inotifywait",
    "inotifywatch",
    "sleep",
    // fallocate(1) preallocates or punches space in a file; it reads nothing from it.
    "fallocate",
    "true",
    "false",
    // `:` expands its words and does nothing (bash(1), SHELL BUILTIN COMMANDS); checksums hash and print, run nothing.
    ":",
    "sha1sum",
    "sha224sum",
    "sha256sum",
    "sha384sum",
    "sha512sum",
    "md5sum",
    "b2sum",
    "cksum",
    // Groups: names and ids (groupadd(8)); useradd's -k is read apart (OPTION_READERS).
    "groupadd",
    "groupmod",
    "logger",
    "wait",
    "echo",
    "printf",
    // tee writes its operands (its input is judged where it comes from: echo, printf, a here-document).
    "tee",
    "set",
    "export",
    "local",
    "readonly",
    "declare",
    "unset",
    "case",
    "for",
    "in",
    "done",
    "fi",
    "esac",
    "return",
    "exit",
    "continue",
    "break",
]);
const isInertCommand = (name: string) => INERT_COMMANDS.has(name) || /^mkfs(\.[a-z0-9]+)?$/.test(name);

/**
 * xfs_io(8) commands that set or show a file's attributes or space (extent size hints, project ids, preallocation,
 * sync) and read nothing from it, as chattr does. Others read files (pwrite -i, sendfile -i, copy_range, reflink,
 * dedupe) or run more (`-c` with anything unlisted): xfs_io is inert only when every -c command is listed.
 */
const XFS_IO_INERT = new Set([
    "extsize",
    "cowextsize",
    "chattr",
    "lsattr",
    "stat",
    "statfs",
    "chproj",
    "lsproj",
    "fsync",
    "fdatasync",
    "falloc",
    "fpunch",
    "fzero",
    "resvsp",
    "unresvsp",
    "truncate",
    "bmap",
    "fiemap",
]);
function xfsIoInert(operands: readonly string[]): boolean {
    const commands = operands.flatMap((w, i) => (w === "-c" ? [operands[i + 1] ?? ""] : []));
    const others = operands.filter((w, i) => w.startsWith("-") && w !== "-c" && operands[i - 1] !== "-c");
    return (
        commands.length > 0 &&
        commands.every(c => XFS_IO_INERT.has(c.trim().split(/\s+/)[0])) &&
        others.every(o => /^-[rxfFdaiRT]+$/.test(o))
    );
}

/**
 * Commands that copy or fetch into their destination: the last operand, or the value of an option naming the output
 * (cp/mv/install/ln -t, curl -o/--output, wget -O/-P, tar -x and unzip's -C/-d, rsync's last operand, `aws s3
 * cp|sync|mv`). A data directory only as their destination is written, not read.
 */
const COPIERS: Record<string, string[]> = {
    cp: ["-t", "--target-directory"],
    mv: ["-t", "--target-directory"],
    install: ["-t", "--target-directory"],
    ln: ["-t", "--target-directory"],
    rsync: [],
    curl: ["-o", "--output", "--output-dir"],
    wget: ["-O", "--output-document", "-P", "--directory-prefix"],
    tar: ["-C", "--directory"],
    unzip: ["-d"],
    aws: [],
    git: [],
};

/**
 * Round 90: clients' options whose file the client only reads, never writes: ssh(1) "-i identity_file: Selects a file
 * from which the identity (private key) for public key authentication is read" (scp(1), sftp(1) and autossh's the
 * same), ssh_config(5) IdentityFile/CertificateFile given by `-o`. Their values are no file an unknown editor writes
 * (unknownEditor). DECIDED: `-F configfile` stays judged: the configuration it reads may run commands (ssh_config(5)
 * ProxyCommand, LocalCommand, KnownHostsCommand); writing options (-E log_file, -S/ControlPath, UserKnownHostsFile,
 * which ssh appends host keys to) stay too.
 */
const CLIENT_READ_ONLY_OPTIONS: Record<string, { short: string[]; settings: RegExp }> = Object.fromEntries(
    ["ssh", "scp", "sftp", "autossh"].map(n => [
        n,
        { short: ["-i"], settings: /^(IdentityFile|CertificateFile)[=\s]/i },
    ]),
);

/** Round 90: `operands` without the read-only option values of a known client (CLIENT_READ_ONLY_OPTIONS). */
function clientReadOnlyDropped(name: string, operands: readonly string[]): readonly string[] {
    const table = Object.hasOwn(CLIENT_READ_ONLY_OPTIONS, name) ? CLIENT_READ_ONLY_OPTIONS[name] : undefined;
    if (table === undefined) return operands;
    const out: string[] = [];
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i].replace(/\0/g, "");
        if (table.short.includes(w) || (w === "-o" && table.settings.test(operands[i + 1]?.replace(/\0/g, "") ?? ""))) {
            i++;
            continue;
        }
        if (table.short.some(o => w.startsWith(o) && w.length > o.length)) continue;
        if (/^-o/.test(w) && table.settings.test(w.slice(2))) continue;
        out.push(operands[i]);
    }
    return out;
}

/**
 * Commands whose operands are patterns, names or values, with the options that make them read a file (or run one):
 * sed (GNU sed manual: -e/--expression a script, -f/--file a script file, the first operand the script otherwise),
 * jq (jq manual "Invoking jq": --arg/--argjson values, --slurpfile/--rawfile and -f/--from-file files, -L a module
 * directory), semanage (semanage-import(8) -f; fcontext's patterns are regular expressions), useradd/usermod
 * (-k/--skel is copied from), xfs_quota (-D/-P name the projects files, -c its commands).
 */
const OPTION_READERS: Record<
    string,
    { reads: string[]; scripts?: string[]; skips?: string[]; skipCount?: Record<string, number> }
> = {
    // Round 75: sed's --file=SCRIPT is a script file (GNU sed manual "-f script-file, --file=script-file"), read by
    // optionReads' sedFiles as -f is, not an input.
    sed: { reads: [], scripts: ["--expression"], skips: ["-l", "--line-length"] },
    jq: {
        reads: ["-f", "--from-file", "-L"],
        skips: ["--arg", "--argjson", "--slurpfile", "--rawfile", "--indent", "--tab"],
        skipCount: { "--arg": 2, "--argjson": 2, "--slurpfile": 1, "--rawfile": 1, "--indent": 1, "--tab": 0 },
    },
    semanage: { reads: [] },
    xfs_quota: { reads: ["-D", "-P"], skips: ["-c"] },
    useradd: { reads: ["-k", "--skel"] },
    usermod: { reads: [] },
    adduser: { reads: ["--skel"] },
};

/**
 * Round 74: what a sed `s` command's replacement puts into the file. GNU sed manual, "The s Command": "The replacement
 * may contain the special character & to refer to that portion of the pattern space which matched, and the special
 * escapes \1 through \9 to refer to the corresponding matching sub-expressions in the regexp"; `\n` is a newline, `\&`
 * a literal `&`, any other `\X` the character X. `&` is the regexp's own text when that text is `literal` (a regexp
 * with no special characters: sedLiteral); otherwise `&` and `\N` are text already in the file, re-inserted, read as
 * SED_MATCHED (no new words of their own, but nothing known either where they touch the added text).
 */
function sedReplacement(replacement: string, literal: string | undefined): string {
    let out = "";
    for (let i = 0; i < replacement.length; i++) {
        const ch = replacement[i];
        if (ch === "&") out += literal ?? SED_MATCHED;
        else if (ch !== "\\" || i + 1 >= replacement.length) out += ch;
        else {
            const next = replacement[++i];
            out += next === "n" ? "\n" : /[0-9]/.test(next) ? SED_MATCHED : next;
        }
    }
    return out;
}

/**
 * The text a sed regexp matches when it can match only that text (its `^`/`$` anchors aside): no character special in
 * a basic or extended regexp (GNU sed manual, "BRE syntax", "ERE syntax": `. * [ ] + ? ( ) { } | ^ $`, and `\` before a
 * letter, a digit or a character that is special in one of them), escaped `. * [ ] ^ $ \` and plain punctuation read as
 * themselves. undefined otherwise (an empty regexp is the last one used).
 */
function sedLiteral(regexp: string, delimiter: string): string | undefined {
    const body = regexp.replace(/^\^/, "").replace(/(?<!\\)\$$/, "");
    if (body === "") return undefined;
    let out = "";
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch === "\\") {
            const next = body[++i] ?? "";
            // `\(`, `\{`, `\+`, `\?`, `\|` are special in a BRE (GNU), literal in an ERE: not known here.
            if (next === delimiter || /^[.*[\]^$/"'=,:;\\-]$/.test(next)) out += next;
            else return undefined;
        } else if (/[.*[\]+?(){}|^$]/.test(ch)) return undefined;
        else out += ch;
    }
    return out;
}

/**
 * Round 74: bash's startup files (bash(1) INVOCATION: a login shell reads /etc/profile, then ~/.bash_profile,
 * ~/.bash_login or ~/.profile; an interactive one ~/.bashrc, which sources AL2023's /etc/bashrc, Debian's
 * /etc/bash.bashrc): shell lines root's shells run, read as a script is.
 * Round 75: ~/.bashrc.d/* too: Fedora's (AL2023's base) skel .bashrc runs `for rc in ~/.bashrc.d/*; do if [ -f "$rc" ];
 * then . "$rc"; fi; done` (every regular file directly in it, whatever its name), so each is read as ~/.bashrc is.
 */
export const BASH_STARTUP =
    /^(?:\/etc\/(?:profile|bashrc|bash\.bashrc)|\/root\/\.(?:bash_profile|bash_login|profile|bashrc)|\/root\/\.bashrc\.d\/[^/]+)$/;

/** Round 74: the text an edit re-inserts from the file it edits (sed's `&` and `\N` when the pack cannot know it). */
export const SED_MATCHED = "\u0001";

/**
 * Round 74: the files an editor whose edit the pack does not compute changes in place (their new content unknown to
 * the pack): perlrun(1) -i[extension] "specifies that files processed by the <> construct are to be edited in-place"
 * (in a bundle after switches taking no value: `-pi`, `-i.bak`, `-pi.bak`), every operand then a file unless it is the
 * program (no -e/-E); ruby(1) -i likewise; gawk(1) `-i inplace` (the inplace extension, "Enabling In-Place File
 * Editing"), the operands after the program; ed(1)/ex(1) edit their file operand with commands from standard input.
 */
function inPlaceEdited(name: string, operands: readonly string[]): string[] {
    const files: string[] = [];
    if (/^(perl|ruby)[\d.]*$/.test(name)) {
        let inPlace = false;
        let code = false;
        for (let i = 0; i < operands.length; i++) {
            const w = operands[i].replace(/\0/g, "");
            if (w === "--") {
                files.push(...operands.slice(i + 1));
                break;
            }
            if (/^-[acnpstTuUwWlX0-9]*[eE]$/.test(w)) {
                code = true;
                i++;
            } else if (/^-[IMmrx]$/.test(w)) i++;
            else if (w.startsWith("-")) {
                if (/^-[acnpstTuUwWlX0-9]*i/.test(w) || w === "--in-place") inPlace = true;
            } else files.push(w);
        }
        if (!inPlace) return [];
        return code ? files : files.slice(1);
    }
    if (/^g?awk$/.test(name)) {
        let inPlace = false;
        let program = true;
        for (let i = 0; i < operands.length; i++) {
            const w = operands[i].replace(/\0/g, "");
            if (w === "-i" || w === "--include") inPlace ||= /^inplace(\.awk)?$/.test(operands[++i] ?? "");
            else if (/^(-i|--include=)inplace(\.awk)?$/.test(w)) inPlace = true;
            else if (w === "-f" || w === "--file" || w === "-e" || w === "--source") {
                program = false;
                i++;
            } else if (/^-[vF]$/.test(w)) i++;
            else if (w.startsWith("-")) continue;
            else if (program) program = false;
            else if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) files.push(w);
        }
        return inPlace ? files : [];
    }
    if (/^(ed|red|ex)$/.test(name)) return operands.filter(w => !w.startsWith("-") && !w.startsWith("+"));
    return [];
}

/**
 * Round 75: the text an ed(1) script puts into its file, when the pack can compute it as a sed -i edit's (sedScript),
 * else undefined (the file's new content unknown). Computed: `ed [-s] FILE` (or red) with its commands on a standard
 * input the pack reads (a literal here-document), each command only (GNU ed manual, "Commands"):
 * `(.,.)s/re/replacement/[g|n|p|l]` ("Replaces text in the addressed lines matching a regular expression re with
 * replacement"), its address one of `,` `%` `.` `$` N or `N,M`/`,$`, its delimiter one of `/|#@:`, its replacement with
 * no escape other than `\&`, `\N` (a back-reference) or the delimiter's, not `%` alone ("the replacement from the last
 * substitution"), no backslash-newline (which splits the line); `w`, `q`, `Q`, `wq` (a bare `w`: "w file" writes
 * another file), `h`/`H`, and blank lines (a null command prints the next line). Anything else (`a`/`i`/`c` text, `r`,
 * `!`, `e`, `g`, another file, a `w FILE`, options other than -s) is not computed (fail closed).
 */
function edSubstitutions(name: string, operands: readonly string[], stdin?: { text?: string }): string[] | undefined {
    if (!/^r?ed$/.test(name)) return undefined;
    const words = operands.map(w => w.replace(/\0/g, ""));
    const files = words.filter(w => !/^-s$|^--quiet$|^--silent$/.test(w));
    if (files.length !== 1 || /^[-!]/.test(files[0])) return undefined;
    const text = stdin?.text;
    if (text === undefined || SUBSTITUTED_MARK.test(text) || text.includes("\u0001")) return undefined;
    const sed: string[] = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (/^(w|q|Q|wq|h|H)?$/.test(line)) continue;
        const sub = /^(?:,|%|\.|\$|\d+|\d+,(?:\d+|\$))?s([/|#@:])(.*)$/.exec(line);
        if (!sub) return undefined;
        const [, d, rest] = sub;
        const parts: string[] = [];
        let i = 0;
        let part = "";
        while (i < rest.length && parts.length < 2) {
            if (rest[i] === "\\") {
                if (i + 1 >= rest.length) return undefined;
                part += rest.slice(i, i + 2);
                i += 2;
            } else if (rest[i] === d) {
                parts.push(part);
                part = "";
                i++;
            } else part += rest[i++];
        }
        if (parts.length < 2 || !/^[gnpl0-9]*$/.test(rest.slice(i))) return undefined;
        const [regexp, replacement] = parts;
        if (replacement === "%" || /\\[^&1-9]/.test(replacement.replaceAll(`\\${d}`, ""))) return undefined;
        sed.push(`s${d}${regexp}${d}${replacement}${d}`);
    }
    const script = sedScript(sed.join("\n"));
    if (script.runs.length > 0 || script.reads.length > 0 || script.writes.length > 0) return undefined;
    return script.adds;
}

/** perlop(1) "Quote and Quote-like Operators": the bracketing delimiters, each closed by its pair. */
const BRACKET_PAIRS: Record<string, string> = { "(": ")", "[": "]", "{": "}", "<": ">" };

/**
 * Round 74: the text a perl or ruby in-place edit puts into its files, when the pack can compute it as it computes a
 * sed -i edit's (sedScript), else undefined (its files' new content unknown). Computed: `perl -p -i[ext] -e CODE`
 * (perlrun(1): -p "assumes an input loop ... and prints every line", -i edits in place; several -e lines are one
 * program), its CODE only `s/RE/REPL/[gimsx]` statements (perlop(1) "s/PATTERN/REPLACEMENT/msixpodualngcer"), and
 * `ruby -p -i -e CODE` (ruby(1) -p "acts mostly same as -n switch, but print the value of variable $_ at the each end
 * of the loop"), its CODE only `sub(/RE/, STRING)`, `gsub(...)`, `$_.sub!(...)`, `$_.gsub!(...)`. Anything else
 * (other switches, code, the `e`/`ee`/`r` flags, variables interpolated) is not computed. gawk programs never are; ed
 * scripts are by edSubstitutions (round 75).
 */
function inPlaceAdds(name: string, operands: readonly string[]): string[] | undefined {
    const perl = /^perl[\d.]*$/.test(name);
    if (!perl && !/^ruby[\d.]*$/.test(name)) return undefined;
    const code: string[] = [];
    let print = false;
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i].replace(/\0/g, "").replaceAll(LITERAL_DOLLAR, "$");
        if (w === "--" || !w.startsWith("-")) break;
        // A bundle of -p, -n, -w, -0[octal] or -0xHEX and -l[octal] (perlrun(1): how records are split and ended,
        // which moves no text of the replacement; ruby(1) -0 and -l alike), then -i (which takes the rest of the word as
        // its backup extension) or -e/-E, whose value is the next word.
        const bundle = /^-((?:[pnw]|0(?:x[0-9a-fA-F]*|[0-7]*)|l[0-7]*)*)(?:i.*|([eE]))?$/.exec(w);
        if (!bundle) return undefined;
        if (bundle[1].includes("p")) print = true;
        if (bundle[2]) {
            if (i + 1 >= operands.length) return undefined;
            code.push(operands[++i].replace(/\0/g, "").replaceAll(LITERAL_DOLLAR, "$"));
        }
    }
    const program = code.join("\n");
    if (!print || code.length === 0 || SUBSTITUTED_MARK.test(program) || program.includes("\u0001")) return undefined;
    return perl ? perlSubstitutions(program) : rubySubstitutions(program);
}

/**
 * Round 82: the texts a word holding `${NAME:+WORD}`, `${NAME+WORD}`, `${NAME:-WORD}` or `${NAME-WORD}` may expand to,
 * expanded before it is split on `:` (bash(1) "Parameter Expansion": `:+` "If parameter is null or unset, nothing is
 * substituted, otherwise the expansion of word is substituted"; `:-` "If parameter is unset or null, the expansion of
 * word is substituted. Otherwise, the value of parameter"). A variable the reader left unexpanded may be either: both
 * texts are kept (`+`: nothing or WORD; `-`: $NAME or WORD), so `/usr/lib${P:+:$P}` adds no empty entry. At most 8.
 */
function conditionalExpansions(word: string): string[] {
    const m = /\$\{([A-Za-z_][A-Za-z0-9_]*):?([-+])([^{}]*)\}/.exec(word);
    if (m === null) return [word];
    const [whole, name, op, alternative] = m;
    const left = word.slice(0, m.index);
    const right = word.slice(m.index + whole.length);
    return [op === "+" ? "" : `$${name}`, alternative]
        .flatMap(t => conditionalExpansions(`${left}${t}${right}`))
        .slice(0, 8);
}

/**
 * Round 86: a default expansion the reader left as written (`${V:-W}`, `${V-W}`, `${V:=W}`, `${V=W}`: V never set by the
 * script, W without expansions of its own): its name, operator and word.
 */
const UNSET_DEFAULT = /\$\{([A-Za-z_][A-Za-z0-9_]*|[0-9])(:?[-=])([^{}$`]*)\}/g;

/**
 * Round 87: variables a script's shell may hold though the script never set them, so a default expansion of one may
 * be its value, not its word: those bash sets itself (bash(1) "Shell Variables": PWD, HOSTNAME, PPID, SHLVL, BASH_*
 * ...; `$0`, and positional parameters the reader cannot know), and those the service manager gives the programs it
 * starts, cloud-init's user data among them (systemd.exec(5) "Environment Variables in Spawned Processes": PATH, LANG,
 * HOME, USER, INVOCATION_ID, ...; environ(7)).
 */
const SHELL_SET_VARIABLE =
    /^(?:BASH\w*|HOSTNAME|HOSTTYPE|MACHTYPE|OSTYPE|PPID|PWD|OLDPWD|SHLVL|UID|EUID|GROUPS|S?RANDOM|SECONDS|EPOCH\w+|LINENO|FUNCNAME|IFS|PS[0-4]|OPT\w+|REPLY|HIST\w+|COLUMNS|LINES|PATH|HOME|USER|LOGNAME|SHELL|TERM|LANG\w*|LC_\w+|TZ|TMPDIR|INVOCATION_ID|JOURNAL_STREAM|NOTIFY_SOCKET|WATCHDOG_\w+|LISTEN_\w+|MAINPID|MANAGERPID|SYSTEMD_\w+|XDG_\w+|\w+_DIRECTORY|[0-9])$/;

/**
 * Round 87: command `c`'s default expansions (UNSET_DEFAULT, and `$V` after a `${V:=W}`) are all of variables nothing
 * but the script sets (not SHELL_SET_VARIABLE), the script not having set them (none in `vars`): bash runs each one's
 * word W (bash(1) "Parameter Expansion": "If parameter is unset or null, the expansion of word is substituted"), so
 * `${V:-W}` names the same file, with the same known text, as W written out (RootReads.eachDefaultReading). False when
 * there is none, or one the shell or its environment may set, or an empty or tilde word (read both ways, as round 86).
 */
function defaultsDecided(c: SimpleCommand, vars: ReadonlyMap<string, string>, defaults?: ReadonlyMap<string, string>) {
    const text = [c.line, ...c.words, ...c.reads, ...c.writes, c.heredoc ?? ""].join("\n");
    const met = [...text.matchAll(UNSET_DEFAULT)].filter(m => !vars.has(m[1]));
    // `${V:-}` (the idiom for a variable the environment may give, under `set -u`) and a word with a tilde-prefix
    // (expanded before the default applies: round 77) keep both readings.
    if (met.some(m => m[3] === "" || m[3].includes("~"))) return false;
    const names = met.map(m => m[1]);
    for (const m of text.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g))
        if (defaults?.has(m[1] ?? m[2]) && !vars.has(m[1] ?? m[2])) names.push(m[1] ?? m[2]);
    return names.length > 0 && !names.some(v => SHELL_SET_VARIABLE.test(v));
}

/**
 * Round 86: `text` as bash expands it when the environment leaves the variables the script never set unset: each
 * UNSET_DEFAULT its word, and `$V`/`${V}` of a variable a `${V:=W}` gave a default (`defaults`) that default.
 * Round 87: a default word that is itself a default expansion (`${A:-${B:-W}}`: bash(1) "Parameter Expansion", in
 * `${parameter:-word}` "word is subject to tilde expansion, parameter expansion, command substitution, and arithmetic
 * expansion") is read from the innermost out (nestedDefaults), so W is the word bash runs.
 */
function defaultReading(text: string, defaults: ReadonlyMap<string, string> | undefined): string {
    const out = nestedDefaults(text)
        .at(-1)!
        .replace(UNSET_DEFAULT, (_m, _name, _op, word: string) => word);
    if (defaults === undefined || defaults.size === 0) return out;
    return out.replace(
        /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g,
        (m, a: string | undefined, b: string | undefined) => defaults.get(a ?? b ?? "") ?? m,
    );
}

/**
 * Round 87: `text`, then each text its innermost default expansions (UNSET_DEFAULT) give once replaced by their words,
 * until none is left that holds another (at most 8 levels): `${A:-${B:-W}}`, `${A:-W}`.
 */
function nestedDefaults(text: string): string[] {
    const texts = [text];
    for (let level = 0; level < 8; level++) {
        const last = texts.at(-1)!;
        const next = last.replace(UNSET_DEFAULT, (_m, _name, _op, word: string) => word);
        if (next === last || !UNSET_DEFAULT.test(next)) break;
        UNSET_DEFAULT.lastIndex = 0;
        texts.push(next);
    }
    UNSET_DEFAULT.lastIndex = 0;
    return texts;
}

/** The replacements of a perl program made only of `s` operators (inPlaceAdds), undefined for any other code. */
function perlSubstitutions(code: string): string[] | undefined {
    const adds: string[] = [];
    let i = 0;
    /** A delimited part up to `close`, escapes kept as written; undefined when unterminated or nested. */
    const part = (open: string, close: string): string | undefined => {
        let text = "";
        while (i < code.length && code[i] !== close) {
            if (open !== close && code[i] === open) return undefined;
            if (code[i] === "\\" && i + 1 < code.length) text += code[i++];
            text += code[i++];
        }
        if (i >= code.length) return undefined;
        i++;
        return text;
    };
    const skip = () => {
        while (i < code.length && /[\s;]/.test(code[i])) i++;
    };
    for (skip(); i < code.length; skip()) {
        if (code[i] !== "s") return undefined;
        const open = code[++i];
        i++;
        // `s'...'...'` interpolates nothing (its replacement is literal text, still computable, but rare): not read.
        if (open === undefined || /[\w\s'=]/.test(open)) return undefined;
        const close = BRACKET_PAIRS[open] ?? open;
        const regexp = part(open, close);
        if (regexp === undefined) return undefined;
        let replacement: string | undefined;
        if (open !== close) {
            while (/\s/.test(code[i] ?? "")) i++;
            const open2 = code[i++];
            if (open2 === undefined || /[\w\s#'=]/.test(open2)) return undefined;
            replacement = part(open2, BRACKET_PAIRS[open2] ?? open2);
        } else replacement = part(open, close);
        if (replacement === undefined) return undefined;
        const flags = /^[gimsx]*/.exec(code.slice(i))![0];
        i += flags.length;
        while (/[ \t]/.test(code[i] ?? "")) i++;
        // Only a statement's end may follow (a modifier, `if`/`unless`/`for`, makes it code the pack does not run).
        if (i < code.length && !/[;\n]/.test(code[i])) return undefined;
        // perlre(1) "Embedded Code Execution": `(?{ code })`, `(??{ code })` run code; `$name`/`@name` interpolate
        // (perlop "Gory details of parsing quoted constructs": `$` before `)`, `|` or the end is an anchor).
        if (/\(\?\??\{|\(\*\{|@|\$(?![)|]|$)/.test(regexp.replace(/\\./g, ""))) return undefined;
        const added = perlReplacement(replacement, /[ix]/.test(flags) ? undefined : sedLiteral(regexp, close));
        if (added === undefined) return undefined;
        adds.push(added);
    }
    return adds;
}

/**
 * What a perl `s` replacement (a double-quoted string: perlop(1) "Quote and Quote-like Operators") puts into the file:
 * `$&` the match (its text when the regexp is `literal`, else SED_MATCHED), `$1`, `${1}`, `\1` a group (SED_MATCHED);
 * `\n`, `\t`, and `\` before punctuation the character. Any other variable or escape (`$ENV{X}`, `@{[ code ]}`, `\x41`,
 * `\U`) is text the pack does not compute: undefined.
 */
function perlReplacement(replacement: string, literal: string | undefined): string | undefined {
    let out = "";
    for (let i = 0; i < replacement.length; i++) {
        const ch = replacement[i];
        if (ch === "$") {
            const ref = /^\$(?:&|\{&\}|[1-9]\d*|\{[1-9]\d*\})/.exec(replacement.slice(i));
            if (!ref) return undefined;
            out += ref[0].includes("&") ? (literal ?? SED_MATCHED) : SED_MATCHED;
            i += ref[0].length - 1;
        } else if (ch === "@") return undefined;
        else if (ch !== "\\") out += ch;
        else {
            const next = replacement[++i];
            if (next === undefined) return undefined;
            if (next === "n") out += "\n";
            else if (next === "t") out += "\t";
            else if (/[1-9]/.test(next)) out += SED_MATCHED;
            else if (/[A-Za-z0-9]/.test(next)) return undefined;
            else out += next;
        }
    }
    return out;
}

/** The replacements of a ruby program made only of sub/gsub calls on $_ (inPlaceAdds), undefined for other code. */
function rubySubstitutions(code: string): string[] | undefined {
    const adds: string[] = [];
    const call =
        /^(?:\$_\.g?sub!|g?sub)\(\s*\/((?:[^/\\\n]|\\.)*)\/([imx]*)\s*,\s*("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')\s*\)\s*(?:[;\n]|$)/;
    let rest = code.replace(/^[\s;]+/, "");
    while (rest !== "") {
        const m = call.exec(rest);
        if (!m) return undefined;
        const [, regexp, flags, quoted] = m;
        // Ruby regexps interpolate `#{code}` (Regexp "Interpolation mode"); strings below.
        if (/#[{$@]/.test(regexp) || /\(\?\{/.test(regexp)) return undefined;
        const text = rubyString(quoted);
        if (text === undefined) return undefined;
        adds.push(rubyReplacement(text, /[ix]/.test(flags) ? undefined : sedLiteral(regexp, "/")));
        rest = rest.slice(m[0].length).replace(/^[\s;]+/, "");
    }
    return adds;
}

/**
 * A ruby string literal's text (Ruby "Literals", "Strings"): single-quoted, `\\` and `\'` are the character and any
 * other backslash stays; double-quoted, `\n`, `\t` and `\` before punctuation the character, while `#{}`, `#$`, `#@`
 * (interpolation) and other escapes (`\1` is octal there) are text the pack does not compute: undefined.
 */
function rubyString(quoted: string): string | undefined {
    const body = quoted.slice(1, -1);
    if (quoted.startsWith("'")) return body.replace(/\\([\\'])/g, "$1");
    if (/#[{$@]/.test(body)) return undefined;
    let out = "";
    for (let i = 0; i < body.length; i++) {
        if (body[i] !== "\\") {
            out += body[i];
            continue;
        }
        const next = body[++i];
        if (next === "n") out += "\n";
        else if (next === "t") out += "\t";
        else if (/[A-Za-z0-9]/.test(next)) return undefined;
        else out += next;
    }
    return out;
}

/**
 * What String#sub's replacement string puts into the text (Ruby String#sub: `\&` and `\0` the match, `\1`..`\9`,
 * `\k<name>`, `` \` `` and `\'` text of the line, read as SED_MATCHED unless the match is `literal`; `\\` a backslash).
 */
function rubyReplacement(text: string, literal: string | undefined): string {
    let out = "";
    for (let i = 0; i < text.length; i++) {
        if (text[i] !== "\\" || i + 1 >= text.length) {
            out += text[i];
            continue;
        }
        const next = text[++i];
        if (next === "&" || next === "0") out += literal ?? SED_MATCHED;
        else if (/[1-9k`']/.test(next)) out += SED_MATCHED;
        else if (next === "\\") out += "\\";
        else out += `\\${next}`;
    }
    return out;
}

/**
 * What a sed script does beyond editing text (GNU sed manual, "sed scripts"): `e COMMAND` and the `s///e` flag run
 * commands (undefined: the pattern space itself), `r`/`R` read files, `w`/`W` and `s///w` write them; `s` replacements
 * and `a`/`i`/`c` text are what it adds to its output.
 */
function sedScript(script: string): {
    runs: (string | undefined)[];
    reads: string[];
    writes: string[];
    adds: string[];
    /** Each command's letter, in order (sedSelectsLines). */
    commands: string[];
    /** Whether every regexp and `s`/`y` part is closed by its delimiter. */
    closed: boolean;
} {
    const out = {
        runs: [] as (string | undefined)[],
        reads: [] as string[],
        writes: [] as string[],
        adds: [] as string[],
        commands: [] as string[],
        closed: true,
    };
    let i = 0;
    const restOfLine = () => {
        const end = script.indexOf("\n", i);
        const text = script.slice(i, end < 0 ? script.length : end).trim();
        i = end < 0 ? script.length : end + 1;
        return text;
    };
    /** A delimited part (`/re/`, `s|a|b|`), escapes kept as written. */
    const delimited = (delimiter: string) => {
        let text = "";
        while (i < script.length && script[i] !== delimiter) {
            if (script[i] === "\\" && i + 1 < script.length) text += script[i++];
            text += script[i++];
        }
        if (i >= script.length) out.closed = false;
        i++;
        return text;
    };
    const address = () => {
        if (script[i] === "/") {
            i++;
            delimited("/");
        } else if (script[i] === "\\") {
            i += 2;
            delimited(script[i - 1]);
        } else while (/[0-9$~+]/.test(script[i] ?? "")) i++;
        while (/[IM]/.test(script[i] ?? "")) i++;
    };
    while (i < script.length) {
        while (/[\s;{}!]/.test(script[i] ?? "")) i++;
        if (i >= script.length) break;
        if (script[i] === "#") {
            restOfLine();
            continue;
        }
        address();
        if (script[i] === ",") {
            i++;
            address();
        }
        while (/[\s!]/.test(script[i] ?? "")) i++;
        const command = script[i++];
        out.commands.push(command ?? "");
        if (command === "s" || command === "y") {
            const delimiter = script[i++];
            const regexp = delimited(delimiter);
            const replacement = delimited(delimiter);
            if (command === "y") continue;
            const flags = /^[gpiImMe0-9]*/.exec(script.slice(i))![0];
            i += flags.length;
            const added = sedReplacement(replacement, /[iI]/.test(flags) ? undefined : sedLiteral(regexp, delimiter));
            out.adds.push(added);
            if (flags.includes("e")) out.runs.push(added);
            if (script[i] === "w") {
                i++;
                out.writes.push(restOfLine());
            }
        } else if (command === "a" || command === "i" || command === "c") {
            const text = restOfLine().replace(/^\\\s*/, "");
            out.adds.push(text === "" ? restOfLine() : text);
        } else if (command === "r" || command === "R") out.reads.push(restOfLine());
        else if (command === "w" || command === "W") out.writes.push(restOfLine());
        else if (command === "e") {
            const run = restOfLine();
            out.runs.push(run === "" ? undefined : run);
        } else if (command !== undefined && /[btT:]/.test(command)) {
            while (i < script.length && !/[;\n}]/.test(script[i])) i++;
        } else if (command !== undefined && /[qQlL]/.test(command)) while (/[0-9 ]/.test(script[i] ?? "")) i++;
    }
    return out;
}

/** Copiers' options taking a value that is no file (install(1) -m/-o/-g, cp/mv/install -S suffix). */
const COPIER_VALUES: Record<string, string[]> = {
    install: ["-m", "--mode", "-o", "--owner", "-g", "--group", "-S", "--suffix"],
    cp: ["-S", "--suffix"],
    mv: ["-S", "--suffix"],
    ln: ["-S", "--suffix"],
    // tar -I PROG (--use-compress-program), -T FILE (names to archive), -X FILE (exclusion patterns).
    tar: ["-I", "-T", "-X", "-g"],
    git: ["-C", "-c"],
    curl: ["-K"],
    wget: ["-i", "-e"],
};

/**
 * Round 88: copiers' options whose value is a program, hook directory, script or configuration the copier reads or
 * runs (not a file it writes): git-clone(1) "--template=<template-directory>" (its hooks are copied into the new
 * repository; githooks(5) post-checkout "is run after git clone"), --reference/--shared objects; GNU tar
 * -I/--use-compress-program, --to-command, --rsh-command, -F/--info-script/--new-volume-script (run), -T/--files-from
 * and -X/--exclude-from (lists read); rsync(1) -e/--rsh, --rsync-path, --files-from, --include-from/--exclude-from,
 * --password-file; install(1) --strip-program; curl -K/--config; wget -i/--input-file, --config. A planted value
 * (RootReads.planted: /tmp, /var/tmp, /dev/shm ...) is any local user's code or configuration.
 */
const COPIER_READ_OPTIONS: Record<string, RegExp> = {
    git: /^(--template|--reference|--reference-if-able)$/,
    tar: /^(-I|--use-compress-program|--to-command|--rsh-command|-F|--info-script|--new-volume-script|-T|--files-from|-X|--exclude-from)$/,
    rsync: /^(-e|--rsh|--rsync-path|--files-from|--include-from|--exclude-from|--password-file)$/,
    install: /^--strip-program$/,
    curl: /^(-K|--config)$/,
    wget: /^(-i|--input-file|--config)$/,
};

/**
 * Variables that make a program load code, search for programs, or take its configuration or credentials from a file
 * (ld.so(8), bash(1), python(1), perl(1); the JVM's JAVA_TOOL_OPTIONS -javaagent; the AWS CLI's AWS_CONFIG_FILE with
 * credential_process; kubectl's KUBECONFIG with exec plugins; OpenSSL's OPENSSL_CONF engines; trust stores; TMPDIR;
 * archivers' options, ARCHIVER_VARIABLES: tar's TAR_OPTIONS --to-command or -T files; interpreters' search paths and
 * configuration, INTERPRETER_VARIABLES and PHPRC).
 * Round 71: Node.js's are the ones it documents (nodejs.org/api/cli.html "Environment variables", node(1)) that change
 * what code it runs or loads (NODE_OPTIONS --require/--import, NODE_PATH, NODE_PRESERVE_SYMLINKS,
 * NODE_REPL_EXTERNAL_MODULE, NODE_COMPILE_CACHE, NODE_ICU_DATA, NODE_CHANNEL_FD/NODE_UNIQUE_ID's IPC), what it trusts or
 * where it connects (NODE_EXTRA_CA_CERTS, NODE_TLS_REJECT_UNAUTHORIZED "If value equals '0', certificate validation is
 * disabled", NODE_USE_SYSTEM_CA, NODE_USE_ENV_PROXY), what it writes or prints (NODE_REDIRECT_WARNINGS,
 * NODE_V8_COVERAGE, NODE_REPL_HISTORY, NODE_DEBUG), and node-gyp's NODE_GYP_* (NODE_GYP_FORCE_PYTHON: the Python it
 * runs); any other NODE_ name (NODE_IP, NODE_AZ: a script's own) is no variable Node.js reads. Its cosmetic ones
 * (NODE_DISABLE_COLORS, NODE_NO_WARNINGS, NODE_PENDING_DEPRECATION, NODE_SKIP_PLATFORM_CHECK ...) are left out.
 * Round 74: the shells' own, as ENV and BASH_ENV: zsh(1) STARTUP/SHUTDOWN FILES "Commands are then read from
 * $ZDOTDIR/.zshenv" (then .zprofile, .zshrc, .zlogin there), zshparam(1) MODULE_PATH (where zmodload loads .so
 * modules from) and FPATH (ksh(1), zsh: where autoloaded functions are read from).
 * Round 82: the shared-object directories of iptables' extensions and bash's loadable builtins (SEARCH_LIST_VARIABLES).
 */
/**
 * Round 81: the loader variables whose value is a colon-separated list of directories a program searches (bash(1)
 * PATH, CDPATH; ld.so(8) LD_LIBRARY_PATH; python(1) PYTHONPATH; perlrun(1) PERL5LIB, PERLLIB; ruby(1) RUBYLIB; node(1)
 * NODE_PATH; iconv_open(3) GCONV_PATH; zsh FPATH, MODULE_PATH; java CLASSPATH; gawk(1) AWKPATH, AWKLIBPATH): an empty,
 * `.` or relative entry is searched in the working directory (RootReads.plantedSearchList).
 * Round 82: the directories root's programs dlopen code from: iptables(8) ENVIRONMENT "XTABLES_LIBDIR" (libxtables'
 * extension directories, IPTABLES_LIB_DIR its older name) and bash(1) "BASH_LOADABLES_PATH: A colon-separated list of
 * directories in which the shell looks for dynamically loadable builtins specified by the enable command".
 */
const SEARCH_LIST_VARIABLES =
    /^(PATH|CDPATH|LD_LIBRARY_PATH|PYTHONPATH|PERL5LIB|PERLLIB|RUBYLIB|NODE_PATH|GCONV_PATH|FPATH|MODULE_PATH|CLASSPATH|AWKPATH|AWKLIBPATH|XTABLES_LIBDIR|IPTABLES_LIB_DIR|BASH_LOADABLES_PATH)$/;

/**
 * Round 88: the first entry of a search list (SEARCH_LIST_VARIABLES) holding a part the pack cannot read (a command
 * substitution's output, a value read from a file: SUBSTITUTED, `$(`, a backquote), unless the known text before it
 * pins it below a root-owned directory (`/opt/ops/$(uname -m)/bin`): bash(1) PATH "The search path for commands ... a
 * colon-separated list of directories", so such an entry is whatever directory the text it was read from names, a
 * world-writable one as well (fail closed). An entry naming a variable the reader left unexpanded (`$PATH`, the list's
 * previous value, or the environment's) is judged where that value was set.
 */
function unreadSearchEntry(key: string, value: string): string | undefined {
    if (!SEARCH_LIST_VARIABLES.test(key)) return undefined;
    const given = value.replace(/\0/g, "").replace(/^(["'])(.*)\1$/, "$2");
    for (const entry of conditionalExpansions(given).flatMap(v => v.split(":"))) {
        const at = entry.search(/SUBSTITUTED|\$\(|`/);
        if (at < 0) continue;
        const known = entry.slice(0, at);
        const parent = known.slice(0, known.lastIndexOf("/"));
        if (parent.startsWith("/") && !/[$`]/.test(parent) && worldWritableRoot(posix.resolve(parent)) === undefined)
            continue;
        return entry.replace(/SUBSTITUTED/g, "$(...)");
    }
    return undefined;
}

/**
 * Round 83: the loader variables are the one table of model/locatingVariables.ts (each with what it locates and its
 * doc), shared with the Python reader's check of what a root program writes (pythonCode.ts configurationLocated).
 */
export { LOADER_VARIABLES };

/**
 * Round 71: a container's name as its engine knows it: docker's and podman's are their own daemons' (stores); nerdctl
 * and ctr share containerd's.
 */
const containerKey = (engine: string, name: string) => `${engine === "ctr" ? "nerdctl" : engine}:${name}`;

/**
 * Round 71: the Wazuh agent's configuration (ossec.conf, and the centralized agent.conf the manager pushes into
 * etc/shared/), whose command lines the agent runs as root (Wazuh docs, ossec.conf "localfile": `command` "A command to
 * be run. All output from this command will be read as one or more log messages depending on whether command or
 * full_command is used"; "wodle name=command": `command` "Command to be executed"; rootReads wazuh).
 */
export const WAZUH_CONFIG = /^\/var\/ossec\/etc\/(?:ossec\.conf|shared\/(?:[^/]+\/)?agent\.conf)$/;
/**
 * An XML element's text (XML 1.0 §4.6 predefined entities, character references, CDATA sections); undefined where it
 * holds anything else (markup, another entity).
 */
function xmlText(raw: string): string | undefined {
    const cdata = /^<!\[CDATA\[([\s\S]*?)\]\]>$/.exec(raw.trim());
    if (cdata) return cdata[1];
    if (/<|&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) return undefined;
    const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    let bad = false;
    const text = raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_, e: string) => {
        const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : e.startsWith("#") ? parseInt(e.slice(1), 10) : -1;
        if (code < 0) return named[e];
        if (code === 0 || code > 0x10ffff) bad = true;
        return bad ? "" : String.fromCodePoint(code);
    });
    return bad ? undefined : text;
}

/** systemd unit keys that name paths without reading from them (systemd.unit(5), systemd.exec(5), systemd.path(5)). */
const UNIT_INERT_KEYS =
    /^(Description|Documentation|After|Before|Wants|Requires|Requisite|BindsTo|PartOf|Upholds|Conflicts|OnFailure|OnSuccess|WantedBy|RequiredBy|UpheldBy|Also|Alias|RequiresMountsFor|WantsMountsFor|Condition[A-Za-z]+|Assert[A-Za-z]+|ReadWritePaths|ReadOnlyPaths|InaccessiblePaths|NoExecPaths|TemporaryFileSystem|Where|StandardOutput|StandardError|SyslogIdentifier|PathExists|PathExistsGlob|PathChanged|PathModified|DirectoryNotEmpty|MakeDirectory|DirectoryMode|Unit|Type|DirectoryMode|TimeoutSec)$/;

/** A placeholder for a command substitution's output in the word that holds it (judged as a script of its own). */
const SUBSTITUTED = "SUBSTITUTED";
/**
 * Round 76: the home of an account the pack does not know, as a tilde-prefix expands to it (RootReads.tilde): an
 * unknown word (it holds SUBSTITUTED), which a write below refuses (RootReads.unknownHome).
 */
const UNKNOWN_HOME = `${SUBSTITUTED}-HOME`;
/**
 * Round 76: the working directory after a cd the pack cannot follow (changeDirectory: an unknown word, CDPATH,
 * cdable_vars, an unset OLDPWD): a relative path written there is below it, refused (unknownDirectory).
 */
const UNKNOWN_CWD = `/${SUBSTITUTED}-CWD`;
export const SUBSTITUTED_MARK = /SUBSTITUTED/;

/**
 * Round 88: a file's known text followed by known text appended to it (bash(1) "Appending Redirected Output", tee(1)
 * -a). The reader records a command's output line by line without its last newline (echo(1) "display a line of
 * text", a heredoc's lines), so the appended text starts a line of its own unless the file's text ends one.
 */
export const withAppended = (text: string, added: string) =>
    text === "" || text.endsWith("\n") ? `${text}${added}` : `${text}\n${added}`;

/** A path naming an open descriptor (proc(5) /proc/self/fd/N, bash(1) /dev/fd/N): its number. */
const DESCRIPTOR_PATH = /^\/(?:dev|proc\/(?:self|thread-self))\/fd\/(\d+)$/;
/** Round 86: the word shell.ts gives a `<(cmd)` process substitution (bash(1) "Process Substitution"). */
const SUBSTITUTED_DESCRIPTOR = "/dev/fd/63";

/**
 * Round 86: the directory a word the pack cannot fully read lies in, from its known part: the components before the
 * first unknown one (`/tmp/mods/SUBSTITUTED`, `/tmp/x$V` give /tmp/mods, /tmp); undefined when no slash precedes it.
 */
function knownDirectory(w: string): string | undefined {
    const at = w.search(/[$`]|SUBSTITUTED/);
    const slash = at < 0 ? -1 : w.lastIndexOf("/", at);
    return slash < 0 ? undefined : w.slice(0, slash) || "/";
}

/**
 * Round 76: files root's programs read as configuration or code (a representative of each kind the pack judges: shell
 * startup files, the loader's preload list and search paths, the environment, sshd, sudo, cron, systemd units and
 * drop-ins, kernel module and sysctl settings, udev rules, PATH directories), the candidates a write whose target the
 * pack cannot resolve may reach (RootReads.unknownTarget). Directories are given with representative names (a name
 * the directory's reader takes: `*.sh` for /etc/profile.d, `*.conf` for ld.so.conf.d); files as they are.
 */
const JUDGED_FILES: readonly string[] = [
    "/etc/ld.so.preload",
    "/etc/ld.so.conf",
    "/etc/environment",
    "/etc/profile",
    "/etc/bashrc",
    "/etc/bash.bashrc",
    "/etc/zshenv",
    "/etc/zprofile",
    "/etc/zshrc",
    "/root/.bashrc",
    "/root/.bash_profile",
    "/root/.bash_login",
    "/root/.profile",
    "/root/.bash_logout",
    "/root/.zshenv",
    "/root/.zshrc",
    "/root/.ssh/authorized_keys",
    "/root/.ssh/config",
    "/root/.gitconfig",
    "/root/.config/fish/config.fish",
    "/etc/gitconfig",
    "/etc/ssh/sshd_config",
    "/etc/ssh/ssh_config",
    "/etc/sudoers",
    "/etc/crontab",
    "/etc/anacrontab",
    "/etc/fstab",
    "/etc/sysctl.conf",
    "/etc/modprobe.conf",
    "/etc/rc.local",
    "/etc/rc.d/rc.local",
    "/etc/passwd",
    "/etc/shadow",
    "/etc/group",
    "/etc/security/pam_env.conf",
    "/etc/containerd/config.toml",
    "/etc/kubernetes/kubelet/config.json",
    "/etc/eks/bootstrap.sh",
    "/etc/systemd/system.conf",
    "/etc/hosts",
    "/etc/resolv.conf",
    "/etc/nsswitch.conf",
];
/**
 * Each directory's representative names and the names its reader takes (a file named otherwise is never read, so a
 * write that can only land under such a name there reaches nothing): bash's `for rc in ~/.bashrc.d/*` and profile's
 * `/etc/profile.d/*.sh` globs skip dot-files (bash(1) "Pattern Matching": "a `.` at the start of a name ... must be
 * matched explicitly"); sudoers(5) @includedir "skips ... files that end in '~' or contain a '.' character"; systemd's
 * conf-file directories read `*.conf` and skip hidden files (systemd.unit(5), sysctl.d(5), tmpfiles.d(5)); udev
 * `*.rules` (udev(7)). `deep`: the paths below subdirectories the reader also reads (systemd.unit(5): a unit's
 * `NAME.d/*.conf` drop-ins, `.wants/` and `.requires/` links). A
 * directory whose reader's rule is not known here takes any name (fail closed).
 */
const JUDGED_DIRECTORIES: Readonly<Record<string, { names: readonly string[]; takes: RegExp; deep?: RegExp }>> = {
    "/root/.bashrc.d": { names: ["x", "x.sh"], takes: /^[^.]/ },
    "/etc/profile.d": { names: ["x.sh"], takes: /^[^.].*\.sh$/ },
    "/etc/ld.so.conf.d": { names: ["x.conf"], takes: /^[^.].*\.conf$/ },
    "/etc/modprobe.d": { names: ["x.conf"], takes: /\.conf$/ },
    "/usr/local/lib/modprobe.d": { names: ["x.conf"], takes: /\.conf$/ },
    "/etc/modules-load.d": { names: ["x.conf"], takes: /\.conf$/ },
    "/etc/sysctl.d": { names: ["x.conf"], takes: /\.conf$/ },
    "/etc/ssh/sshd_config.d": { names: ["x.conf"], takes: /^[^.].*\.conf$/ },
    "/etc/sudoers.d": { names: ["x"], takes: /^[^.]*[^.~]$/ },
    "/etc/cron.d": { names: ["x"], takes: /./ },
    "/etc/cron.hourly": { names: ["x"], takes: /./ },
    "/etc/cron.daily": { names: ["x"], takes: /./ },
    "/var/spool/cron": { names: ["root"], takes: /./ },
    "/etc/systemd/system": {
        names: ["x.service", "x.timer", "x.path", "x.socket"],
        takes: /^[^.]/,
        deep: /^[^./][^/]*\.(?:d|wants|requires|upholds)\/[^./][^/]*$/,
    },
    "/usr/lib/systemd/system": {
        names: ["x.service"],
        takes: /^[^.]/,
        deep: /^[^./][^/]*\.(?:d|wants|requires|upholds)\/[^./][^/]*$/,
    },
    "/etc/systemd/system/kubelet.service.d": { names: ["x.conf"], takes: /^[^.].*\.conf$/ },
    "/etc/systemd/system/containerd.service.d": { names: ["x.conf"], takes: /^[^.].*\.conf$/ },
    "/etc/tmpfiles.d": { names: ["x.conf"], takes: /^[^.].*\.conf$/ },
    "/etc/environment.d": { names: ["x.conf"], takes: /^[^.].*\.conf$/ },
    "/etc/binfmt.d": { names: ["x.conf"], takes: /^[^.].*\.conf$/ },
    "/etc/udev/rules.d": { names: ["x.rules"], takes: /\.rules$/ },
    "/etc/logrotate.d": { names: ["x"], takes: /./ },
    "/etc/init.d": { names: ["x"], takes: /./ },
    "/etc/rc.d/init.d": { names: ["x"], takes: /./ },
    "/etc/update-motd.d": { names: ["x"], takes: /./ },
    "/etc/NetworkManager/dispatcher.d": { names: ["x"], takes: /./ },
    "/var/lib/cloud/scripts/per-boot": { names: ["x"], takes: /./ },
    "/usr/local/bin": { names: ["x"], takes: /./ },
    "/usr/local/sbin": { names: ["x"], takes: /./ },
    "/usr/bin": { names: ["x"], takes: /./ },
    "/usr/sbin": { names: ["x"], takes: /./ },
    "/etc/kubernetes/manifests": { names: ["x.yaml"], takes: /^[^.]/ },
};
/**
 * Round 76: the parts of a target path the pack cannot know (RootReads.unknownTarget): a variable it never saw set or
 * set from what it cannot read (`$X`, `${X...}`, kept as written by expand), a command substitution's output
 * (SUBSTITUTED, ONE_WORD, COMPONENT), words a set of unknown positional parameters gives (UNKNOWN_WORDS).
 */
const UNKNOWN_PART =
    /ONEWORDSUBSTITUTED|COMPONENTSUBSTITUTED|SUBSTITUTED|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\$[0-9@*#?!$-]?|[^/]?UNKNOWN_WORDS\d*/g;

/** Root-owned system library directories (FHS 3.0 /lib, /usr/lib, /usr/local/lib, and their lib64 twins). */
export const SYSTEM_LIBRARY_DIRECTORIES: ReadonlySet<string> = new Set([
    "/lib",
    "/lib64",
    "/usr/lib",
    "/usr/lib64",
    "/usr/local/lib",
    "/usr/local/lib64",
]);
/**
 * The output of a command substitution the reader cannot know but that is one word, never blank (oneWordOutput: the
 * machine's name or architecture): unknown wherever SUBSTITUTED is, but not split into words.
 */
const ONE_WORD = "ONEWORDSUBSTITUTED";
/**
 * Round 77: the output of basename(1) of a name the reader cannot know (RootReads.command substitutionOutput): POSIX
 * basename steps 3-5 ("If string consists entirely of <slash> characters, string shall be set to a single <slash>
 * character"; otherwise trailing slashes are removed and "the prefix of string up to and including the last <slash>"
 * is removed), so it holds no slash unless it is "/" alone, but it may be "", "." or "..". It stays within its path
 * component (a "/" alone only splits the component where it stands) when that component's other text keeps it from
 * being "." or ".." (dotComponent); otherwise it is a part that may hold a slash (fail closed).
 */
const COMPONENT = "COMPONENTSUBSTITUTED";

/**
 * Round 77: whether a path component holding the reader's no-slash parts (ONE_WORD, COMPONENT) may be, or split into, a
 * `.` or `..` component (path_resolution(7): `..` is "the parent directory of the current lookup directory"), which a
 * pattern of the component cannot follow: its literal text with the parts removed is only dots (`.$(hostname)` with an
 * empty or dot output); or it holds a COMPONENT and is not one COMPONENT among literal text that is no `.`/`..` on
 * either side ("/" alone may split it there) and is no dots together (`$(basename "$X")` alone may be `..`).
 */
function dotComponent(component: string): boolean {
    const marks: string[] = component.match(/ONEWORDSUBSTITUTED|COMPONENTSUBSTITUTED/g) ?? [];
    const pieces = component.split(/ONEWORDSUBSTITUTED|COMPONENTSUBSTITUTED/);
    if (marks.length > 0 && /^\.{1,2}$/.test(pieces.join(""))) return true;
    if (!marks.includes(COMPONENT)) return false;
    return marks.length > 1 || /^\.{0,2}$/.test(pieces.join("")) || pieces.some(x => x === "." || x === "..");
}

/**
 * Round 78: whether a path component is only the reader's no-slash parts (ONE_WORD, COMPONENT), each of which may be
 * empty, so the whole component may be (RootReads.unknownTarget drops it).
 */
const mayBeEmpty = (component: string) => component.replace(/ONEWORDSUBSTITUTED|COMPONENTSUBSTITUTED/g, "") === "";

/**
 * Round 87 (fix): whether a path word holds a part the pack cannot know that may hold a slash (UNKNOWN_PART other than
 * the no-slash ONE_WORD and COMPONENT, or one of those in a component that may be `.`/`..`: dotComponent), so the file
 * it names may be any file: a variable set from a stream the pack cannot read (read/mapfile of a planted file), a
 * command's output. `/lib/modules/$(uname -r)/x.ko` stays in its directory (a pattern: RootReads.plantedLoaded).
 */
function unboundedWord(word: string): boolean {
    const parts = [...word.matchAll(UNKNOWN_PART)];
    return (
        parts.some(m => m[0] !== ONE_WORD && m[0] !== COMPONENT) ||
        (parts.length > 0 && word.split("/").some(dotComponent))
    );
}

/**
 * Whether a pipeline prints one word without blanks: a program printing one of the machine's names (uname(1) -m, -r,
 * -s, -n, -p, -i, -o; arch(1); `dpkg --print-architecture`; nproc(1); hostname(1), -s too; round 78: `id -u`, a
 * numeric `date +FORMAT`), then only sed substitutions of
 * word characters and tr(1) of word characters, which add no blank, newline, slash or dot-only word.
 */
function oneWordOutput(commands: readonly (readonly string[])[]): boolean {
    const [first, ...filters] = commands;
    if (first === undefined) return false;
    const [name, ...args] = first;
    const printer =
        (name === "uname" && args.length === 1 && /^-[mrsnpio]$/.test(args[0])) ||
        ((name === "arch" || name === "nproc" || name === "hostname") && args.length === 0) ||
        // Round 78: hostname(1) "-s, --short: Display the short host name. This is the host name cut at the first
        // dot"; id(1) -u/-g print "only the effective user ID"/"group ID" (digits; -r the real one); date(1) +FORMAT
        // of numeric conversions (numericDateFormat), in UTC (-u) or not.
        (name === "hostname" && args.length === 1 && /^(-s|--short)$/.test(args[0])) ||
        (name === "id" && args.length === 1 && /^-(r?[ug]|[ug]r)$/.test(args[0])) ||
        (name === "date" &&
            args.length > 0 &&
            args.slice(0, -1).every(a => /^(-u|--utc|--universal)$/.test(a)) &&
            numericDateFormat(args.at(-1)!)) ||
        (name === "dpkg" && args.length === 1 && args[0] === "--print-architecture");
    // Round 77: a filter must keep the word no `.`/`..`, nonempty and slash-free: a sed replacement of word
    // characters only (no "." or empty one: `tr -d a-z0-9-` or `sed -e s/ip//g ...` of ip-10-0-1-2.ec2.internal
    // leaves ".."), a tr(1) of two sets without -d/-s whose ranges go up ("--0" spans "." and "/"; a reversed range
    // is an error, which prints nothing).
    const set = (w: string) =>
        /^[\w]+(?:-[\w]+)*$/.test(w) &&
        [...w.matchAll(/(\w)-(?=(\w))/g)].every(m => m[1].charCodeAt(0) <= m[2].charCodeAt(0));
    const filter = ([f, ...a]: readonly string[]) =>
        a.length > 0 &&
        ((f === "sed" && a.every(w => w === "-e" || /^s\/[\w.-]+\/[\w-]+\/g?$/.test(w))) ||
            (f === "tr" && a.length === 2 && a.every(set)));
    return printer && filters.every(filter);
}

/**
 * Round 78: whether chmod(1) MODE gives others write permission: an octal mode with the 0002 bit ("777", "1777"), or a
 * symbolic clause adding or setting `w` (or copying `u`/`g`, which may hold it) for `o`, `a`, or no user letter
 * ("a" as the umask allows: fail closed, the umask may be 0).
 */
function othersWrite(mode: string): boolean {
    if (/^[0-7]{1,5}$/.test(mode)) return (parseInt(mode, 8) & 0o002) !== 0;
    return mode.split(",").some(clause => {
        const m = /^([ugoa]*)((?:[-+=][rwxXstugo]*)+)$/.exec(clause);
        if (m === null) return /w/.test(clause);
        const others = m[1] === "" || /[oa]/.test(m[1]);
        return others && [...m[2].matchAll(/([-+=])([rwxXstugo]*)/g)].some(o => o[1] !== "-" && /[wug]/.test(o[2]));
    });
}

/**
 * Round 80: whether a symbolic mode gives others write only through clauses naming no user letter, chmod(1) "If none of
 * these are given, the effect is as if (a) were given, but bits that are set in the umask are not affected": under a
 * umask keeping others' write out (umaskKeepsOthersWrite false, root's 022) such a mode opens nothing.
 */
function othersWriteUnderUmask(mode: string): boolean {
    return (
        !/^[0-7]+$/.test(mode) &&
        mode.split(",").every(clause => !othersWrite(clause) || /^(?:[-+=][rwxXstugo]*)+$/.test(clause))
    );
}

/**
 * Round 80: whether a mode sets the sticky bit, sticky(7) "When a directory's sticky bit is set, the filesystem treats
 * the files in such directories in a special way so only the file's owner, the directory's owner, or root can rename
 * or delete the file": an octal mode with 01000 ("1777"), or a symbolic clause adding or setting `t` ("a=rwx,+t").
 */
function setsSticky(mode: string): boolean {
    if (/^[0-7]{1,5}$/.test(mode)) return (parseInt(mode, 8) & 0o1000) !== 0;
    return mode.split(",").some(clause => /^[ugoa]*(?:[-+=][rwxXstugo]*)*[+=][rwxXsugo]*t/.test(clause));
}

/**
 * Round 80: whether a setfacl(1) ACL entry (acl(5) text form `[d[efault]:]TAG:QUALIFIER:PERMS`) lets others or a
 * non-root user or group write: the `other` entry ("corresponds to the file's other permission bits", as chmod o+w)
 * or a named user/group entry (u:UID:w, g:GID:w; root's or the owner's `u::` entry excepted), perms holding `w` or a
 * numeric value with the 2 bit ("perms ... a combination of the characters r, w, x, X ... or a numeric value").
 */
function aclOpens(entry: string): boolean {
    const m = /^(?:d(?:efault)?:)?(u|user|g|group|o|other|m|mask):([^:]*):?([rwxX-]*|[0-7])$/.exec(entry.trim());
    if (m === null) return /w/.test(entry.replace(/^[^:]*:[^:]*:/, ""));
    const writes = /^[0-7]$/.test(m[3]) ? (parseInt(m[3], 8) & 2) !== 0 : m[3].includes("w");
    const tag = m[1].charAt(0);
    const nonRoot = m[2] !== "" && !/^(root|0)$/.test(m[2]);
    return writes && (tag === "o" || ((tag === "u" || tag === "g") && nonRoot));
}

/**
 * Round 80: the paths setfacl(1) -m/--modify/--set ENTRIES (comma-separated, acl(5)) opens (aclOpens), -R recursive;
 * chown(1) OWNER[:GROUP] (or OWNER.GROUP) to an owner other than root: path_resolution(7) lets a directory's owner
 * create any file in it (and chmod it), so every process of that uid may plant files there.
 */
function grantedPaths(name: string, operands: readonly string[]): { paths: string[]; recursive: boolean } | undefined {
    const recursive = operands.some(w => /^-[a-zA-Z]*R|^--recursive$/.test(w));
    if (name === "setfacl") {
        const entries: string[] = [];
        const paths: string[] = [];
        for (let i = 0; i < operands.length; i++) {
            const w = operands[i];
            if (/^(-[a-zA-Z]*m|--modify|--set)$/.test(w)) entries.push(operands[++i] ?? "");
            else if (/^(--modify|--set)=/.test(w)) entries.push(w.replace(/^--[a-z]+=/, ""));
            else if (/^-[a-zA-Z]*?m./.test(w)) entries.push(w.replace(/^-[a-zA-Z]*?m/, ""));
            else if (/^(-[a-zA-Z]*[xMX]|--remove|--modify-file|--set-file|--remove-file|--restore)$/.test(w)) i++;
            else if (!w.startsWith("-")) paths.push(w);
        }
        const opens = entries.some(e => e.split(",").some(aclOpens));
        return opens ? { paths, recursive } : undefined;
    }
    if (name !== "chown") return undefined;
    const [owner, ...paths] = operands.filter(w => !w.startsWith("-"));
    const user = owner?.split(/[:.]/)[0] ?? "";
    return user !== "" && !/^(root|0)$/.test(user) ? { paths, recursive } : undefined;
}

/**
 * Round 82: the node's key material, where a mode or owner decides who reads the node's identity (NODE_SECRETS' private
 * parts): the kubelet's client and serving keys (/var/lib/kubelet/pki, Kubernetes "TLS bootstrapping":
 * kubelet-client-current.pem authenticates as system:node:NAME), the pods' projected tokens (/var/lib/kubelet/pods),
 * /etc/kubernetes/pki, the hybrid nodes' role credentials and systemd's unit credentials; a `.key`/`.pem` file or a
 * `token` anywhere in NODE_SECRETS. Not the files CIS's EKS benchmark has 644 or tighter (3.1.1 the kubeconfig, 3.1.3
 * the kubelet configuration) nor a certificate (`.crt`, PUBLIC_NODE_FILES): they authenticate no one.
 */
const NODE_KEY_ROOTS = [
    "/var/lib/kubelet/pki",
    "/var/lib/kubelet/pods",
    "/etc/kubernetes/pki",
    "/eks-hybrid/.aws",
    "/var/eks-hybrid/.aws",
    "/run/credentials",
];
const nodeKeyMaterial = (path: string, recursive: boolean) => {
    const p = posix.resolve("/", path.replace(/^\/var\/run\//, "/run/"));
    const at = (q: string, d: string) => q === d || d === "/" || q.startsWith(`${d}/`);
    if (/\.crt$/.test(p) && !recursive) return false;
    return (
        NODE_KEY_ROOTS.some(r => at(p, r) || (recursive && at(r, p))) ||
        (insideNodeSecrets(p) && /\.(key|pem)$|\/token$/.test(p))
    );
};

/**
 * Round 82: whether a chmod(1) mode lets others read: an octal mode with 0004, a symbolic clause for others (`o`,
 * `a`, or none: root's umask 022 masks no read) adding or setting `r` (or copying another class's bits: `o=u`).
 */
function othersRead(mode: string): boolean {
    if (/^[0-7]{1,5}$/.test(mode)) return (parseInt(mode, 8) & 0o004) !== 0;
    return mode.split(",").some(clause => {
        const m = /^([ugoa]*)((?:[-+=][rwxXstugo]*)+)$/.exec(clause);
        if (m === null) return true;
        const others = m[1] === "" || /[oa]/.test(m[1]);
        return others && [...m[2].matchAll(/([-+=])([rwxXstugo]*)/g)].some(o => o[1] !== "-" && /[rug]/.test(o[2]));
    });
}

/**
 * Round 82: the paths a command lets a local user other than root read, and whether below them: chmod(1) a mode
 * giving others read (othersRead), install(1) -m of one; chown(1) to a non-root user (the owner reads a 0600 key) or
 * group, chgrp(1) to a non-root group (its bits the pack does not know: fail closed); setfacl(1) an `other` or named
 * non-root user/group entry with `r` (acl(5)).
 */
function readWidenedPaths(
    name: string,
    operands: readonly string[],
): { paths: string[]; recursive: boolean } | undefined {
    const recursive = operands.some(w => /^-[a-zA-Z]*R|^--recursive$/.test(w));
    const words = operands.filter(w => !w.startsWith("-"));
    if (name === "chmod") {
        const [mode, ...paths] = operands.filter(
            w => !/^-[cfvR]+$|^--(recursive|changes|silent|quiet|verbose|reference=.*)$/.test(w),
        );
        return mode !== undefined && othersRead(mode) ? { paths, recursive } : undefined;
    }
    if (name === "chown" || name === "chgrp") {
        const [owner, ...paths] = words;
        const [user, group] = name === "chgrp" ? ["", owner ?? ""] : (owner ?? "").split(/[:.]/);
        const other = (id: string | undefined) => id !== undefined && id !== "" && !/^(root|0)$/.test(id);
        return other(user) || other(group) ? { paths, recursive } : undefined;
    }
    if (name === "setfacl") {
        const entries = operands.flatMap((w, i) =>
            /^(-[a-zA-Z]*m|--modify|--set)$/.test(operands[i - 1] ?? "") ? [w] : [],
        );
        // acl(5) "[d[efault]:] [u[ser]:]uid [:perms]", "o[ther][:] [:perms]": the last field the perms, a middle one
        // the qualifier (`o:r` and `o::r` alike).
        const reads = (entry: string) => {
            const fields = entry
                .trim()
                .replace(/^d(?:efault)?:/, "")
                .split(":");
            const [tag, perms] = [fields[0], fields.at(-1) ?? ""];
            const qualifier = fields.length > 2 ? fields[1] : "";
            if (!/^(u|user|g|group|o|other|m|mask)$/.test(tag) || !/^([rwxX-]*|[0-7])$/.test(perms)) return true;
            const r = /^[0-7]$/.test(perms) ? (parseInt(perms, 8) & 4) !== 0 : perms.includes("r");
            return (
                r && (tag.startsWith("o") || (/^[ug]/.test(tag) && qualifier !== "" && !/^(root|0)$/.test(qualifier)))
            );
        };
        const paths = words.filter(w => !entries.includes(w));
        return entries.some(e => e.split(",").some(reads)) ? { paths, recursive } : undefined;
    }
    if (name === "install") {
        const at = operands.findIndex(w => /^(-m|--mode)$/.test(w));
        const mode = at >= 0 ? operands[at + 1] : operands.find(w => w.startsWith("--mode="))?.slice(7);
        return mode !== undefined && othersRead(mode)
            ? { paths: words.filter(w => w !== mode).slice(-1), recursive: false }
            : undefined;
    }
    return undefined;
}

/**
 * Round 87: whether a mode or owner change of `path` (chmod/chown `operands` with one path, as a program's own call
 * gives them: an octal mode, no umask) lets anyone but root write it (openedPaths: others' write, a non-root owner, a
 * setfacl grant) or read the node's keys there (readWidenedPaths, nodeKeyMaterial): the shell line's own judgment, for
 * the other languages' calls (pythonCode.ts pythonModeChanges).
 */
export function modeChangeOpens(name: string, operands: readonly string[], path: string): boolean {
    const widened = readWidenedPaths(name, operands);
    return (
        openedPaths(name, operands) !== undefined || (widened !== undefined && nodeKeyMaterial(path, widened.recursive))
    );
}

/**
 * Round 80: whether a umask MODE keeps others' write permission for new files and directories: an octal mask without
 * the 0002 bit (bash(1) umask: "If mode begins with a digit, it is interpreted as an octal number; otherwise it is
 * interpreted as a symbolic mode mask similar to that accepted by chmod(1)", the symbolic form naming the permissions
 * allowed: othersWrite); a mask the pack cannot read keeps it (fail closed).
 */
function umaskKeepsOthersWrite(mode: string): boolean {
    if (/^[0-7]{1,4}$/.test(mode)) return (parseInt(mode, 8) & 0o002) === 0;
    return !/^[ugoa=+,rwxXst-]+$/.test(mode) || othersWrite(mode);
}

/**
 * Round 80: the value of mkdir/install's -m option in a getopt(3) cluster (`-pm1777`, `-dm 1777`: letters taking no
 * value, then m with the rest or the next word), or undefined when the word is no such cluster.
 */
function clusteredMode(w: string, next: string | undefined): { mode?: string; used: number } | undefined {
    const m = /^-([a-zA-Z]*?)m(.*)$/.exec(w);
    if (m === null || /[ogtSZ]/.test(m[1])) return undefined;
    return m[2] !== "" ? { mode: m[2], used: 0 } : { mode: next, used: 1 };
}

/**
 * Round 78: the paths a command makes world-writable (othersWrite) and whether recursively: chmod MODE FILE...
 * (-R/--recursive), mkdir -m/--mode MODE DIR..., install -d -m MODE DIR...; undefined for any other command.
 * Round 80: and setfacl/chown (grantedPaths); mkdir with no -m under a umask that keeps others' write (`umaskOpen`:
 * mkdir(2) "the permissions of the created directory are (mode & ~umask & 0777)", mode 0777 for mkdir(1)).
 */
function openedPaths(
    name: string,
    operands: readonly string[],
    umaskOpen = false,
): { paths: string[]; recursive: boolean; mode?: string } | undefined {
    if (name === "setfacl" || name === "chown") return grantedPaths(name, operands);
    if (name === "chmod") {
        const words = operands.filter(
            w => !/^-[cfvR]+$|^--(recursive|changes|silent|quiet|verbose|reference=.*)$/.test(w),
        );
        const recursive = operands.some(w => /^-[cfv]*R|^--recursive$/.test(w));
        const [mode, ...paths] = words;
        return mode !== undefined && othersWrite(mode) ? { paths, recursive, mode } : undefined;
    }
    if (name !== "mkdir" && !(name === "install" && operands.some(w => /^-[a-zA-Z]*d|^--directory$/.test(w))))
        return undefined;
    const paths: string[] = [];
    let mode: string | undefined;
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i];
        const cluster = clusteredMode(w, operands[i + 1]);
        if (w === "-m" || w === "--mode") mode = operands[++i];
        else if (w.startsWith("--mode=")) mode = w.slice(7);
        else if (cluster !== undefined) [mode, i] = [cluster.mode, i + cluster.used];
        else if (/^-[ogt]$|^--(owner|group|target-directory|context)$/.test(w)) i++;
        else if (!w.startsWith("-")) paths.push(w);
    }
    if (mode === undefined && name === "mkdir" && umaskOpen) return { paths, recursive: false };
    return mode !== undefined && othersWrite(mode) ? { paths, recursive: false, mode } : undefined;
}

/**
 * Round 78: whether a date(1) `+FORMAT` prints one word of no slash, blank or dot-only text: GNU date's numeric
 * conversions only (%Y %C %y %G %g %m %d %H %I %M %S %s %N %j %u %w %U %W %V, %F "same as %+4Y-%m-%d", %T "same as
 * %H:%M:%S", %R, %z, %:z, %%), at least one, with no padding flag but `-` or `0` (`_` pads with blanks; %e, %k, %l pad
 * with a blank; %D "same as %m/%d/%y" has slashes; %a %b %c %p %x %r %Z print locale or zone text), and literal
 * [A-Za-z0-9_.:+-] text.
 */
function numericDateFormat(format: string): boolean {
    const conversion = /%[-0]?\d*(?:[YCyGgmdHIMSsNjuwUWVFTRz%]|:z)/g;
    return (
        /^\+/.test(format) &&
        /%[-0]?\d*(?:[YCyGgmdHIMSsNjuwUWVFTRz]|:z)/.test(format) &&
        /^[A-Za-z0-9_.:+-]*$/.test(format.slice(1).replace(conversion, ""))
    );
}

/**
 * Round 77: systemd-escape(1) of a known string (systemd.unit(5) "String Escaping for Inclusion in Unit Names": "/"
 * becomes "-", every character but ASCII alphanumerics, ":", "_" and a "." that is not first becomes "\xNN" of its
 * bytes; with --path the path is simplified first, "/" alone is "-", and a `..` component is refused: undefined).
 */
function escapeUnitName(given: string, path: boolean): string | undefined {
    let text = given;
    if (path) {
        const parts = given.split("/").filter(x => x !== "" && x !== ".");
        if (parts.includes("..")) return undefined;
        text = parts.join("/");
        if (text === "") return "-";
    }
    if (text === "") return undefined;
    return [...text]
        .map((ch, i) =>
            ch === "/"
                ? "-"
                : /[A-Za-z0-9:_]/.test(ch) || (ch === "." && i > 0)
                  ? ch
                  : [...Buffer.from(ch)].map(b => `\\x${b.toString(16).padStart(2, "0")}`).join(""),
        )
        .join("");
}

/** The program a simple command runs (after assignments and wrappers: shell.ts programIndex), its name and operands. */
/**
 * at(1)/batch(1) scheduling a job from standard input ("at and batch read commands from standard input or a specified
 * file which are to be executed at a later time", by /bin/sh): not -f (the job's file), and not the queue's
 * listing, removal or printing (-l, -r, -d, -c, atq, atrm).
 */
export const atReadsStdin = (name: string, operands: readonly string[]) =>
    /^(at|batch)$/.test(name) && !operands.some(w => /^-[a-zA-Z]*[flrdc]/.test(w) || w === "-V");

/**
 * Round 71: the file at(1)/batch read a job from (`-f FILE`, `-fFILE`, clustered `-mf FILE`), undefined without -f or
 * for the forms that only list, remove or show jobs (-l/-r/-d/-c, atq, atrm).
 */
export function atJobFile(name: string, operands: readonly string[]): string | undefined {
    if (!/^(at|batch)$/.test(name) || operands.some(w => /^-[a-zA-Z]*[lrdc]/.test(w) || w === "-V")) return undefined;
    for (const [i, w] of operands.entries()) {
        if (/^-[a-zA-Z]*[qt]$/.test(w) && !w.endsWith("f")) continue;
        const m = /^-[a-zA-Z]*?f(.*)$/.exec(w);
        if (m) return m[1] !== "" ? m[1] : operands[i + 1];
    }
    return undefined;
}

/** crontab(1) installing its standard input as the user's crontab: `-`, or no file operand, and no -l/-r/-e/-V. */
export const crontabReadsStdin = (name: string, operands: readonly string[]) =>
    name === "crontab" &&
    !operands.some(w => /^-[a-zA-Z]*[lreiV]/.test(w) || w === "-T") &&
    operands.filter((w, i) => !w.startsWith("-") && operands[i - 1] !== "-u").every(w => w === "-");

/**
 * Round 82: a root loader installing or running its standard input as root's code: crontab(1) `-` or no file for root
 * (no -u, or -u root: the jobs then run as root) and at(1)/batch ("read commands from standard input"). What feeds it
 * (a pipe, a here-document, `< FILE`) is read as that code wherever it is fed; a planted `< FILE` is refused as a
 * shell's is.
 */
export const stdinCodeLoader = (name: string, operands: readonly string[]) =>
    atReadsStdin(name, operands) ||
    (crontabReadsStdin(name, operands) &&
        /^(root|0)$/.test(
            (operands.includes("-u") ? operands[operands.indexOf("-u") + 1] : undefined) ??
                operands.find(w => /^-u./.test(w))?.slice(2) ??
                "root",
        ));

/**
 * crontab(1) installing a file: `crontab [-u user] file` makes FILE the user's crontab (root's without -u); undefined
 * for standard input (`-`, no file: crontabReadsStdin) and the forms that only list, remove, edit or test
 * (-l/-r/-e/-i/-V/-T).
 */
export function crontabFile(name: string, operands: readonly string[]): { file: string; user: string } | undefined {
    if (name !== "crontab") return undefined;
    const value = (i: number) => operands[i - 1] === "-u";
    if (operands.some((w, i) => !value(i) && /^-(?!u)[a-zA-Z]*[lreiVT]/.test(w))) return undefined;
    const user = operands.find((_, i) => value(i)) ?? operands.find(w => /^-u./.test(w))?.slice(2) ?? "root";
    const file = operands.filter((w, i) => !w.startsWith("-") && !value(i)).at(-1);
    return file === undefined ? undefined : { file, user };
}

function programOf(c: SimpleCommand): { words: string[]; name: string; operands: string[] } {
    const words = c.words.map(w => w.replace(/\0/g, ""));
    const start = programIndex(words);
    return { words: words.slice(start), name: posix.basename(words[start] ?? ""), operands: words.slice(start + 1) };
}

/** Source code of a language with C-style comments. */
const SOURCE_CODE =
    /\.(go|rs|cs|fs|vb|java|kt|kts|swift|scala|groovy|dart|c|h|cc|cpp|cxx|hpp|js|mjs|cjs|ts|mts|cts|jsx|tsx)$/i;
/**
 * `text` without its comments: block comments and line comments that start a line or follow a blank or a bracket
 * (never `//` inside a URL, `http://`), each replaced by a blank.
 */
export function withoutComments(text: string): string {
    return text.replace(/(^|[\s;{}()])\/\*[\s\S]*?\*\//g, "$1 ").replace(/(^|[\s;{}()])\/\/[^\n]*/gm, "$1");
}
/**
 * Every absolute path a word names (after `=`, `:` or `,`, in file:// URLs), resolved. Another URL's path is the
 * server's, not the node's (RFC 3986 section 3.3; `s3://bucket/data/x` is key data/x of the bucket): it names none.
 */
/**
 * Round 75: a path as the host's root sees it: proc(5) "/proc/pid/root ... a symbolic link that points to the process's
 * root directory", so for root's processes on the host /proc/self/root/X, /proc/thread-self/root/X and /proc/1/root/X
 * (init's root: the host's) are /X. Stripped (repeatedly) wherever the reader makes a word a path (pathsIn, wordPaths)
 * and where a write reaches the judge (RootReads.file, writtenUnknown), so every judged file is reached by its alias.
 */
export function hostPath(path: string): string {
    let p = posix.resolve("/", path);
    for (
        let m = /^\/proc\/(?:self|thread-self|1)\/root(\/.*)?$/.exec(p);
        m;
        m = /^\/proc\/(?:self|thread-self|1)\/root(\/.*)?$/.exec(p)
    )
        p = posix.resolve("/", m[1] ?? "/");
    return p;
}

/**
 * Round 76: posix.resolve of a word the script resolves against its working directory, but a `..` right after a path
 * component holding a part the pack cannot know (a variable, a command's output, unknown words: not ONE_WORD, which
 * holds no slash) is kept inside that unknown part instead of removing the component: bash(1) "Parameter Expansion"
 * puts the value in the word as it is, so `$UNK/../x` is `<whatever $UNK holds>/../x`, and path_resolution(7) resolves
 * that `..` against the directory $UNK's value reached, not against the text before $UNK (posix.resolve would make it
 * `/x`, a known path: fail open). The unknown part absorbs the `..` (`$UNK/x`), so RootReads.unknownTarget still sees it.
 * Round 77: a no-slash part (ONE_WORD, COMPONENT) in a component that may be `.`/`..` or that a "/" output may split
 * absorbs it too, as a part that may hold anything; the `..` drops the component's text after its last unknown part.
 */
export function resolveWord(...segments: string[]): string {
    const resolved = posix.resolve(...segments);
    let start = 0;
    segments.forEach((s, i) => {
        if (s.startsWith("/")) start = i;
    });
    const joined = segments
        .slice(start)
        .filter(s => s !== "")
        .join("/");
    if (!/(?:^|\/)\.\.(?:\/|$)/.test(joined) || !/\$|\}|SUBSTITUTED|UNKNOWN_WORDS/.test(joined)) return resolved;
    // Round 77: a component holding a basename output (COMPONENT) between two texts is split by a "/" output into
    // two components, of which `..` removes only the second: it holds a slash too; so does a dotComponent. Absorbing
    // the `..`, such a component's no-slash parts become parts that may hold any text (SUBSTITUTED: fail closed).
    const split = (c: string) => {
        const pieces = c.split(COMPONENT);
        return pieces.length > 1 && pieces[0] !== "" && pieces.at(-1) !== "";
    };
    const holdsSlash = (c: string) =>
        /\$|\}|UNKNOWN_WORDS/.test(c) ||
        c.replaceAll(ONE_WORD, "").replaceAll(COMPONENT, "").includes(SUBSTITUTED) ||
        dotComponent(c) ||
        split(c);
    const out: string[] = [];
    for (const c of (joined.startsWith("/") ? joined : `${process.cwd()}/${joined}`).split("/")) {
        if (c === "" || c === ".") continue;
        if (c !== "..") out.push(c);
        else if (!holdsSlash(out.at(-1) ?? "")) out.pop();
        else {
            // The `..` also removes the component's text after its last unknown part (`a$UNKb/..`: with UNK `/`,
            // `a/b/..` is `a/`): the component ends at that part, which may hold any text.
            const last = out.pop()!.replaceAll(ONE_WORD, SUBSTITUTED).replaceAll(COMPONENT, SUBSTITUTED);
            const end = [...last.matchAll(UNKNOWN_PART)].at(-1);
            out.push(end === undefined ? last : last.slice(0, end.index + end[0].length));
        }
    }
    return `/${out.join("/")}`;
}

function pathsIn(word: string): string[] {
    return [...word.matchAll(/(?<![A-Za-z0-9._~@])\/[^\s"'`;|&<>(){}$,=:]*/g)].flatMap(m => {
        if (m[0].startsWith("//") && word[m.index - 1] === ":") {
            // file:// and unix:// (a socket: dockerd -H, containerd, CRI endpoints) name the node's own paths.
            if (!/(?:^|[^A-Za-z0-9+.-])(file|unix):$/i.test(word.slice(0, m.index))) return [];
            // file://host/path and file:///path: the path starts after the (usually empty) authority.
            const rest = m[0].slice(2);
            return [posix.resolve(rest.includes("/") ? rest.slice(rest.indexOf("/")) : "/")];
        }
        return [hostPath(m[0])];
    });
}

/**
 * The paths a word names: its absolute paths, and itself resolved in the working directory when it is a relative path
 * (`./x`, `tools/run.sh`) or `always` (any operand after a cd into a data directory).
 */
function wordPaths(w: string, cwd: string, always: boolean): string[] {
    const relative = /^[A-Za-z0-9._~+@][^\s=:|,;'"`$]*$/.test(w) && (always || w.includes("/"));
    return [...pathsIn(w), ...(relative ? [hostPath(posix.resolve(cwd, w))] : [])];
}

/**
 * Round 86: indirect expansions resolved through the variables the script set (bash(1), "Parameter Expansion": "If the
 * first character of parameter is an exclamation point (!), and parameter is not a nameref, it introduces a level of
 * indirection. Bash uses the value formed by expanding the rest of parameter as the new parameter"): `${!R}` with R=V
 * is `${V}`, expanded as any other (`${!R:-W}` keeps its operator). One whose name variable is unknown, or holds no
 * name, stays as written: a word the pack cannot expand.
 */
function indirectionsResolved(text: string, vars: ReadonlyMap<string, string>): string {
    return text.replace(/\$\{!([A-Za-z_][A-Za-z0-9_]*)(?=\}|:?[-=?+]|[#%/^,])/g, (m, name: string) => {
        const target = vars.get(name);
        return target !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(target) ? `\${${target}` : m;
    });
}

/** Brace expansion (bash(1), "Brace Expansion"): `/{data,srv}/x` is /data/x and /srv/x; `{1..3}` ranges kept. */
function braces(word: string): string[] {
    let words = [word];
    for (let depth = 0; depth < 5; depth++) {
        const next: string[] = [];
        let expanded = false;
        for (const w of words) {
            const m = /\{([^{}]*,[^{}]*)\}/.exec(w);
            if (!m) {
                next.push(w);
                continue;
            }
            expanded = true;
            for (const alt of m[1].split(",")) next.push(w.slice(0, m.index) + alt + w.slice(m.index + m[0].length));
            // Bounded: past MAX_BRACE_WORDS words, the rest is judged as a glob (each brace group as `*`).
            if (next.length > MAX_BRACE_WORDS)
                return [...next.slice(0, MAX_BRACE_WORDS), word.replace(/\{[^{}]*\}/g, "*")];
        }
        words = next;
        if (!expanded) break;
    }
    return words;
}
const MAX_BRACE_WORDS = 256;
/** The commands one user data may make the reader follow (functions included) before it is refused as unreadable. */
const MAX_COMMANDS = 200_000;

/** The one-letter C escapes of printf(1), echo -e and xargs -d, and what each stands for. */
const C_ESCAPES: Record<string, string> = {
    n: "\n",
    t: "\t",
    r: "\r",
    a: "\x07",
    b: "\b",
    f: "\f",
    v: "\v",
    "\\": "\\",
};

/**
 * Backslash escapes as printf's format and %b, and echo -e (or dash's echo, always) decode them (printf(1): \NNN
 * octal, \xHH hex; echo(1): \0NNN): `\057data` prints /data.
 */
function unescape(s: string): string {
    return s.replace(/\\(0?[0-7]{1,3}|x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|.)/g, (m, e: string) => {
        if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e.length > 3 ? e.slice(1) : e, 8) & 0xff);
        if (/^[xuU][0-9a-fA-F]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1), 16));
        return C_ESCAPES[e] ?? m;
    });
}

/**
 * printf's output for a format and its arguments (printf(1)): the format's escapes are decoded where they stand (an
 * escaped `\045` prints a `%`, it starts no conversion); %b decodes its argument's escapes, every other conversion
 * (%s, %d, %q ...) prints its argument as written; the format is reused while arguments remain.
 */
export function printfOutput(operands: readonly string[]): string {
    const [format = "", ...args] = operands[0] === "-v" ? operands.slice(2) : operands;
    const pieces =
        format.match(
            /%%|%[-+ #0-9.]*[sbdiqcuxXo]|\\(?:0?[0-7]{1,3}|x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|.)|[^%\\]+|[%\\]/g,
        ) ?? [];
    const conversions = pieces.filter(p => p !== "%%" && /^%./.test(p)).length;
    let out = "";
    let i = 0;
    do {
        for (const piece of pieces) {
            if (piece === "%%") out += "%";
            else if (/^%./.test(piece)) {
                const arg = args[i++] ?? "";
                out += piece.endsWith("b") ? unescape(arg) : arg;
            } else out += piece.startsWith("\\") ? unescape(piece) : piece;
        }
    } while (conversions > 0 && i < args.length);
    return out;
}

/**
 * A unit's Exec line as shell text the reader follows: systemd splits it into words itself (systemd.service(5),
 * "Command lines": quotes and backslash escapes, a lone `;` between command lines, each with its own prefixes, and
 * "redirection using <, <<, >, and >>, pipes using |, ... and other shell constructs are not supported"), so each word
 * is quoted for the reader; ${VAR} and $VAR stay for Environment= substitution, `$$` is a literal dollar. The `|`
 * prefix hands the line to a shell (systemd 257): then it is shell text as written.
 */
function execCommandLines(value: string): string {
    const trimmed = value.trim();
    if (/^[-@:+!]*\|/.test(trimmed)) return trimmed.replace(/^[-@:+!|]+/, "");
    const commands: string[][] = [[]];
    let [word, inWord, quote, escaped] = ["", false, "", false];
    const end = () => {
        if (inWord) {
            if (word === ";" && !escaped) commands.push([]);
            else commands.at(-1)!.push(word);
        }
        [word, inWord, escaped] = ["", false, false];
    };
    for (let i = 0; i < trimmed.length; i++) {
        const ch = trimmed[i];
        if (quote) {
            if (ch === quote) quote = "";
            else if (ch === "\\" && i + 1 < trimmed.length) word += trimmed[++i];
            else word += ch;
        } else if (ch === '"' || ch === "'") [quote, inWord] = [ch, true];
        else if (ch === "\\" && i + 1 < trimmed.length) [word, inWord, escaped] = [word + trimmed[++i], true, true];
        else if (/\s/.test(ch)) end();
        else [word, inWord] = [word + ch, true];
    }
    end();
    // `$$` (a literal dollar) and a `$` that starts no variable are escaped; ${VAR} and $VAR stay. Round 87: a word
    // that is `$VAR` alone is left unquoted, so the reader splits its value into words as systemd does
    // (systemd.service(5) "Command lines": "Use "$FOO" as a separate word on the command line, in which case it will
    // be replaced by the value of the environment variable split at whitespace, resulting in zero or more arguments";
    // "${FOO}" always results "in exactly a single argument").
    const quoted = (w: string) => (/^\$[A-Za-z_]\w*$/.test(w) ? w : quotedExecWord(w));
    const quotedExecWord = (w: string) =>
        `"${w
            .split("$$")
            .map(part => part.replace(/[\\"`]/g, "\\$&").replace(/\$(?![{A-Za-z_])/g, "\\$"))
            .join("\\$")}"`;
    return commands
        .filter(words => words.length > 0)
        .map(([first, ...rest]) => [first.replace(/^[-@:+!]+/, ""), ...rest].map(quoted).join(" "))
        .join("\n");
}

/** The paths an overlay mount's options read (overlayfs: lowerdir=a:b, upperdir=, workdir=). */
function overlayPaths(options: string): string[] {
    return [...options.matchAll(/\b(?:lowerdir|upperdir|workdir)=([^,]*)/g)].flatMap(m =>
        m[1].split(":").filter(p => p.startsWith("/")),
    );
}

/**
 * Round 86 (fix): the trees a mount shows at its target, whatever its kind: its source (a bind's or move's tree,
 * mount(8) "--bind: Remount a subtree somewhere else"; a loop mount's image, mount(8) LOOP-DEVICE SUPPORT "mount
 * /tmp/disk.img /mnt" mounts the image file; a device) and an overlay's layers (kernel overlayfs.rst: the merged
 * directory shows the upper directory over the lower ones, "lowerdir=/lower1:/lower2", the first on top). workdir is
 * overlayfs's own scratch directory, not shown.
 */
function mountShownTrees(source: string, options: string): string[] {
    const layers = [...options.matchAll(/\b(?:lowerdir|upperdir)=([^,]*)/g)].flatMap(m => m[1].split(":"));
    return [source, ...layers].filter(p => p.startsWith("/") && !/\$|SUBSTITUTED/.test(p)).map(p => posix.resolve(p));
}

/** mount(8) -t/--types: the filesystem type given ("" when none: mount guesses it). */
function mountType(operands: readonly string[]): string {
    const typeAt = operands.findIndex(a => a === "-t" || a === "--types");
    return (
        (typeAt >= 0
            ? operands[typeAt + 1]
            : operands.find(a => /^(-t|--types=)./.test(a))?.replace(/^-t|^--types=/, "")) ?? ""
    );
}

/**
 * Round 88: how a network filesystem mount serves its files without protecting their integrity, or undefined. nfs(5)
 * "sec=mode ... sys" is "The default security flavor" (AUTH_SYS: uids in the clear, no integrity nor privacy; only
 * krb5i, "Kerberos 5 with integrity checking", and krb5p, "... with privacy", protect the data; xprtsec=tls/mtls (RPC
 * over TLS) does); amazon-efs-utils' efs type is NFS unless `tls` is given; mount.cifs(8): without `seal` ("Request
 * encryption at the SMB layer") or a signing sec= flavour (krb5i, ntlmsspi, ntlmv2i ...) the SMB payload is not
 * integrity-checked; 9p over tcp/rdma/fd (v9fs) has none; glusterfs without its TLS transport none. mount(8) guesses
 * the type from the source when -t is absent: `host:/dir` is nfs, `//host/share` cifs. Whoever is on the network path
 * (or answers for the server's name) serves what is shown at the mount point, as over an unencrypted fetch.
 */
function unprotectedNetworkMount(source: string, type: string, options: string): string | undefined {
    const opts = options.split(",").map(o => o.trim());
    const value = (k: string) => opts.find(o => o.startsWith(`${k}=`))?.slice(k.length + 1);
    const guessed =
        type !== "" && type !== "auto"
            ? type.replace(/^fuse\./, "")
            : /^\/\/[^/]/.test(source)
              ? "cifs"
              : /^(\[[^\]]+\]|[^/=\s:]+):/.test(source)
                ? "nfs"
                : "";
    const sec = (value("sec") ?? "").split(":").filter(Boolean);
    if (/^nfs4?$/.test(guessed)) {
        if (/^m?tls$/.test(value("xprtsec") ?? "")) return undefined;
        if (sec.length > 0 && sec.every(f => /^krb5[ip]$/.test(f))) return undefined;
        return `${guessed} with sec=${sec.join(":") || "sys (the default)"}: no integrity protection (nfs(5): only sec=krb5i/krb5p or xprtsec=tls protect the data)`;
    }
    if (guessed === "efs")
        return opts.includes("tls")
            ? undefined
            : "efs without tls: NFS with no integrity protection (amazon-efs-utils: `-o tls` encrypts in transit)";
    if (/^(cifs|smb3|smbfs)$/.test(guessed))
        return opts.includes("seal") || sec.some(f => /^(krb5i|ntlmsspi|ntlmv2i|ntlmi)$/.test(f))
            ? undefined
            : `${guessed} without seal or a signing sec= flavour: no integrity protection (mount.cifs(8) seal, sec=krb5i)`;
    if (guessed === "9p" && /^(tcp|rdma|fd|unix)$/.test(value("trans") ?? ""))
        return `9p over ${value("trans")}: no integrity protection`;
    if (guessed === "glusterfs" && !opts.includes("transport=ssl"))
        return "glusterfs without TLS: no integrity protection";
    if (/^davfs$/.test(guessed) && /^http:/i.test(source)) return "davfs over http://: no integrity protection";
    return undefined;
}

/**
 * `${NAME<operation>}` of a known value (bash(1), "Parameter Expansion"): prefix and suffix removal (#, ##, %, %%),
 * substitution (/, //, /#, /%), substrings (:offset[:length]), case changes (^, ^^, `,`, `,,`, ~, ~~); transformations
 * (@Q ...) and anything else keep the value, so a path hidden that way is still seen.
 */
function parameterOperation(value: string, operation: string): string {
    const flags = (p: string) => safeRegExp(p, "s");
    let m: RegExpExecArray | null;
    if ((m = /^(##?)(.*)$/s.exec(operation))) {
        const re = flags(`^${globBody(m[2], { shortest: m[1] === "#" })}`);
        return re ? value.replace(re, "") : value;
    }
    if ((m = /^(%%?)(.*)$/s.exec(operation))) {
        // Shortest suffix: try the latest start first.
        for (
            let i = m[1] === "%" ? value.length : 0;
            m[1] === "%" ? i >= 0 : i <= value.length;
            i += m[1] === "%" ? -1 : 1
        )
            if (flags(`^${globBody(m[2])}$`)?.test(value.slice(i))) return value.slice(0, i);
        return value;
    }
    if ((m = /^\/([/#%]?)((?:\\.|[^/])*)(?:\/(.*))?$/s.exec(operation))) {
        const [, how, pattern, replacement = ""] = m;
        const body = globBody(pattern);
        const re = flags(how === "#" ? `^${body}` : how === "%" ? `${body}$` : body);
        if (!re) return value;
        return how === "/" ? value.split(re).join(replacement) : value.replace(re, replacement);
    }
    if ((m = /^:\s*(-?\d+)\s*(?::\s*(-?\d+))?\s*$/.exec(operation))) {
        const start = Number(m[1]) < 0 ? Math.max(0, value.length + Number(m[1])) : Number(m[1]);
        if (m[2] === undefined) return value.slice(start);
        const length = Number(m[2]);
        return length < 0 ? value.slice(start, value.length + length) : value.slice(start, start + length);
    }
    if (operation === "^^") return value.toUpperCase();
    if (operation === ",,") return value.toLowerCase();
    if (operation === "^") return value.charAt(0).toUpperCase() + value.slice(1);
    if (operation === ",") return value.charAt(0).toLowerCase() + value.slice(1);
    if (operation === "~~" || operation === "~")
        return [...value].map(c => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join("");
    return value;
}

/**
 * Node paths the stack's pods may read besides the data directories: /var/log, which log shippers mount read-only
 * (podSpec.ts admits read-only hostPaths that hold no node secret: AWS's Container Insights Fluent Bit DaemonSet mounts
 * /var/log), where user data's own logs also go (cloud-init-output.log). The node's secrets may not be copied there.
 */
/**
 * Files under the node's secret paths that are public: the cluster's CA certificate (the same one DescribeCluster
 * returns and NodeConfig's certificateAuthority carries). Copying or hashing it hands nothing to pods.
 */
const PUBLIC_NODE_FILES = new Set(["/etc/kubernetes/pki/ca.crt"]);

/** Commands that print what they read (or an encoding of it): a node secret they read is on the script's output. */
const SECRET_PRINTERS =
    /^(cat|tac|head|tail|base64|base32|basenc|xxd|od|hexdump|strings|grep|egrep|fgrep|sed|awk|gawk|mawk|jq|yq|cut|sort|uniq|nl|tee|tr|fold|rev|paste|column|openssl|zcat|gzip|xz|zstd|less|more|diff)$/;

/**
 * Whether openssl prints no secret it reads: verify/dgst print a verdict or a digest (openssl-verify(1)
 * "DIAGNOSTICS"), -noout nothing of what it reads, x509 the certificate alone (openssl-x509(1) "Certificate
 * display": public, never the key) or the fields asked for (-enddate "Prints out the expiry date").
 */
const opensslPrintsNoSecret = (operands: readonly string[]) =>
    operands.includes("-noout") || /^(verify|dgst|sha\d*|md5|version|list|errstr|x509)$/.test(operands[0] ?? "");

/**
 * The node secret a command prints (SECRET_PRINTERS reading it, or `$(< KEY)`), for a variable assigned its output.
 * sed -i writes its output, `p` commands' included, back into each file and prints nothing (GNU sed manual, "-i":
 * "This option specifies that files are to be edited in-place ... by creating a temporary file and sending output to
 * this file rather than to the standard output"), unless its script writes /dev/stdout (`w /dev/stdout`).
 */
function secretPrintedBy(c: SimpleCommand): string | undefined {
    const { name, operands } = programOf(c);
    if (name !== "" && !SECRET_PRINTERS.test(name)) return undefined;
    if (name === "openssl" && opensslPrintsNoSecret(operands)) return undefined;
    const inPlace = operands.some(w => /^(-i|--in-place)|^-[nErsuz]*i/.test(w));
    if (name === "sed" && inPlace && !operands.some(w => w.includes("/dev/stdout"))) return undefined;
    return [...operands.filter(w => w.startsWith("/")), ...c.reads]
        .map(w => posix.resolve("/", w.replace(/\0/g, "")))
        .find(p => insideNodeSecrets(p) && !PUBLIC_NODE_FILES.has(p));
}

/**
 * Programs a root script may hand the node's secrets (NODE_SECRETS) to: ALLOWLIST. What a program does with a path it
 * is given cannot be known from its name (a file server's `--root`, `ncat -l < KEY`, `curl -T`), so only programs
 * known to keep what they read on the node pass: the node's own agents (they are the secrets' owners), the inert
 * commands (INERT_COMMANDS), digests, and the commands judged where their output goes (SECRET_PRINTERS, the COPIERS
 * with a destination on the node, container engines through containers.ts, mount). Everything else is refused. soci,
 * AWS's SOCI snapshotter CLI, is a containerd client like ctr (awslabs/soci-snapshotter cmd/soci global flags:
 * "--address, -a  address for containerd's GRPC server", default containerd's socket; it builds and pushes image
 * indices). Round 88 (fix): every mounting program RootReads.mount reads as mount(8) (MOUNTERS: mount.TYPE helpers,
 * systemd-mount) and losetup(8) (its loop device judged where it is mounted: loopBacking), as mount.
 */
const NODE_SECRET_KEEPERS =
    /^(alias|kubelet|nodeadm|bootstrap\.sh|containerd|dockerd|crictl|ctr|soci|nerdctl|docker|podman|kubectl|systemctl|systemd-tmpfiles|mount|mount\.[\w.+-]+|systemd-mount|losetup|umount|ln|mv|cp|install|tar|unzip|dd|update-ca-trust|update-ca-certificates|trust|semanage|iptables-restore|ip6tables-restore|nvidia-ctk|setfattr|getfattr|lsattr|cmp|shred|ed)$/;

/**
 * Round 77: the unix socket paths dockerd or containerd is told to listen on (dockerd -H/--host VALUE, pflag forms
 * `-HVALUE`, `-H=VALUE`, `--host=VALUE`; containerd -a/--address, urfave/cli forms `--address=VALUE`): unix://PATH
 * or an absolute path, resolved. Empty for any other program.
 */
function daemonListenPaths(name: string, operands: readonly string[], cwd: string): Set<string> {
    const option =
        name === "dockerd"
            ? { short: "-H", long: "--host" }
            : name === "containerd"
              ? { short: "-a", long: "--address" }
              : undefined;
    if (option === undefined) return new Set();
    const values = operands.flatMap((w, i) => {
        const prev = operands[i - 1];
        if (prev === option.short || prev === option.long || prev === `-${option.long.slice(2)}`) return [w];
        if (w.startsWith(`${option.long}=`)) return [w.slice(option.long.length + 1)];
        if (w.startsWith(option.short) && w.length > 2 && !w.startsWith("--")) return [w.slice(2).replace(/^=/, "")];
        return [];
    });
    return new Set(
        values
            .map(v => v.trim().replace(/^unix:\/\//i, ""))
            .filter(v => v.startsWith("/"))
            .map(v => posix.resolve(cwd, v)),
    );
}

/** A copier's operand on another host: a URL (`s3://`, `https://`) or scp/rsync's `host:path`. */
const REMOTE = /^[A-Za-z][\w.+-]*:\/\/|^[^/\s=:]+:/;

/**
 * Round 87: the node path a curl file:// URL reads (curl's FILE protocol reads "off the local filesystem": file:///PATH,
 * file://localhost/PATH and file://127.0.0.1/PATH, any other host refused, curl tests 1145; RFC 8089 "file" URI, its
 * path percent-decoded), else undefined: curl -o OUT file:///tmp/x copies /tmp/x into OUT.
 */
function localFileUrl(word: string): string | undefined {
    const path = /^file:(?:\/\/(?:localhost|127\.0\.0\.1)?)?(\/[^?#]*)/i.exec(word)?.[1];
    if (path === undefined) return undefined;
    try {
        return decodeURIComponent(path);
    } catch {
        return path;
    }
}

/** curl's short options that take a value (curl(1) "OPTIONS"), which may be glued to the letter: `-d@FILE`, `-T/k`. */
const CURL_VALUES = "AbcCdDeEFHKmoPQrtTuUwxXyYz";

/**
 * curl's long options that take a value (curl(1) "OPTIONS", `curl --help all`: the name followed by `<arg>`), the one
 * list both readers use: the copy reading (the next word is a header, a method, a timeout, never a URL or a file to
 * copy: `curl -H "X-aws-ec2-metadata-token: $TOKEN" -o F URL`, AWS EC2 User Guide "Use IMDSv2"; --output and
 * --output-dir are read first as the destination, COPIERS) and curlSchemeless (URL operands are the words no option
 * takes). curl 8.3+ "--expand-" before any option expands variables in its value (everything.curl.dev "Variables").
 */
const CURL_LONG_VALUES = new Set(
    `
    abstract-unix-socket alt-svc aws-sigv4 cacert capath cert cert-type ciphers config connect-timeout connect-to
    continue-at cookie cookie-jar create-file-mode crlfile curves data data-ascii data-binary data-raw
    data-urlencode delegation dns-interface dns-ipv4-addr dns-ipv6-addr dns-servers doh-url dump-header ech egd-file
    engine etag-compare etag-save expect100-timeout form form-string ftp-account ftp-alternative-to-user ftp-method
    ftp-port ftp-ssl-ccc-mode happy-eyeballs-timeout-ms haproxy-clientip header help hostpubmd5 hostpubsha256 hsts
    interface ip-tos ipfs-gateway json keepalive-cnt keepalive-time key key-type knownhosts krb libcurl limit-rate
    local-port login-options mail-auth mail-from mail-rcpt max-filesize max-redirs max-time netrc-file noproxy
    oauth2-bearer output output-dir parallel-max pass pinnedpubkey preproxy proto proto-default proto-redir proxy
    proxy-cacert proxy-capath proxy-cert proxy-cert-type proxy-ciphers proxy-crlfile proxy-header proxy-key
    proxy-key-type proxy-pass proxy-pinnedpubkey proxy-service-name proxy-tls13-ciphers proxy-tlsauthtype
    proxy-tlspassword proxy-tlsuser proxy-user proxy1.0 pubkey quote random-file range rate referer request
    request-target resolve retry retry-delay retry-max-time sasl-authzid service-name sigalgs socks4 socks4a socks5
    socks5-gssapi-service socks5-hostname speed-limit speed-time ssl-sessions stderr telnet-option tftp-blksize
    time-cond tls-max tls13-ciphers tlsauthtype tlspassword tlsuser trace trace-ascii trace-config unix-socket
    upload-file upload-flags url url-query user user-agent variable vlan-priority write-out
    `
        .trim()
        .split(/\s+/)
        .map(o => `--${o}`),
);

/** Whether curl's long option `option` (no `=value` glued) takes the next word as its value. */
const curlLongTakesValue = (option: string) => CURL_LONG_VALUES.has(option) || /^--expand-[\w-]+$/.test(option);

/** Round 87: whether curl's option word `w` (one of curlWords) takes the next word as its value. */
const curlTakesValue = (w: string) => (/^-[A-Za-z]$/.test(w) && CURL_VALUES.includes(w[1])) || curlLongTakesValue(w);

/** curl's words with each glued short value split off (`-sSd@KEY` as `-s -S -d @KEY`). */
function curlWords(operands: readonly string[]): string[] {
    return operands.flatMap(w => {
        if (!/^-[A-Za-z]/.test(w)) return [w];
        const out: string[] = [];
        for (let k = 1; k < w.length; k++) {
            out.push(`-${w[k]}`);
            if (CURL_VALUES.includes(w[k]) && k + 1 < w.length) return [...out, w.slice(k + 1)];
        }
        return out;
    });
}

/**
 * Whether curl or wget sends a file (curl(1): -T/--upload-file; -d/--data, --data-ascii (its alias), --data-binary
 * and --json read FILE from `@FILE`, --data-urlencode from `@FILE` or `name@FILE`, --data-raw never; -F/--form
 * attaches `name=@FILE` and reads a field from `name=<FILE`, --form-string never; -K/--config reads options that
 * may; wget --post-file/--body-file).
 */
function sendsFile(name: string, operands: readonly string[]): boolean {
    const words = name === "curl" ? curlWords(operands) : operands;
    return words.some((w, i) => {
        const option = words[i - 1] ?? "";
        return (
            /^(-T|--upload-file|--post-file|--body-file|-K|--config)$/.test(option) ||
            /^--(post-file|body-file|config)=/.test(w) ||
            (/^(-d|--data|--data-ascii|--data-binary|--json)$/.test(option) && w.startsWith("@")) ||
            // --data-urlencode, --url-query and --variable read `name@FILE` (curl(1); everything.curl.dev
            // "Variables", "Query").
            (/^(--data-urlencode|--url-query|--variable|--expand-variable)$/.test(option) && /^%?[^=]*@/.test(w)) ||
            (/^(-F|--form)$/.test(option) && /^[^=]*=[@<]/.test(w))
        );
    });
}

/**
 * Whether a program keeps the node's secrets it reads on the node (NODE_SECRET_KEEPERS). Copiers (rsync, scp, sftp,
 * rclone's transfers) keep them unless their destination (the last operand, options skipped by their grammar; any
 * word an unknown option may take counts) is on another host, rclone's listings always, the AWS CLI only as `aws s3
 * cp|mv|sync` to the node (any other command sends what it reads: `s3api put-object --body`, `--value file://`);
 * curl and wget unless they send a file (sendsFile), their `--cert`/`--key` only authenticate TLS; git unless it
 * pushes; openssl unless it serves (`s_server`, whose -WWW/-HTTP serve the working directory: openssl-s_server(1));
 * find unless its -exec runs a program that does not keep them. A secret's content in a word (`-d "$(cat KEY)"`,
 * `carried`) is sent by whatever curl, wget or the AWS CLI sends.
 */
function keepsNodeSecrets(name: string, operands: readonly string[], carried = false, stdin = false): boolean {
    // logger(1) -f/--file and standard input log the content (the journal, under /var/log, which log shippers read).
    if (name === "logger") return !stdin && !operands.some(w => /^(-f|--file)(=|$)/.test(w));
    if (name === "" || isInertCommand(name) || DIGESTS.test(name)) return true;
    // kubectl sends the files of --from-file/--from-env-file/-f and `cp` to the API server (a Secret, a pod);
    // its --kubeconfig and client credentials only authenticate (kubectl reference).
    if (name === "kubectl")
        return !operands.some(
            (w, i) =>
                (/^(--from-file|--from-env-file|-f|--filename)$/.test(operands[i - 1] ?? "") ||
                    /^--(from-file|from-env-file|filename)=/.test(w) ||
                    (operands.includes("cp") && i > operands.indexOf("cp"))) &&
                pathsIn(w.replace(/^[^=/]*=/, "")).some(p => insideNodeSecrets(p)),
        );
    if (/^(curl|wget)$/.test(name)) return !carried && !sendsFile(name, operands);
    if (name === "aws") {
        const to = awsTransfer(operands)?.destination;
        return !carried && to !== undefined && !REMOTE.test(to);
    }
    // Their operands read by position, options skipped wherever they stand (`rclone copy SRC remote:DST --config F`).
    if (Object.hasOwn(REMOTE_COPIER_OPTIONS, name)) {
        const { positional } = readOptions(operands, REMOTE_COPIER_OPTIONS[name]);
        const localDestination = (words: readonly Positional[]) => {
            const to = destinationWords(words);
            return to.length > 0 && !to.some(w => REMOTE.test(w));
        };
        if (name !== "rclone") return localDestination(positional);
        const [subcommand, ...paths] = positional;
        if (!subcommand?.sure) return false;
        return (
            RCLONE_LISTINGS.test(subcommand.word) || (RCLONE_TRANSFERS.test(subcommand.word) && localDestination(paths))
        );
    }
    if (name === "git") return !operands.some(w => /^(push|send-email|send-pack|daemon|instaweb)$/.test(w));
    if (name === "openssl") return !/^s_server$/.test(operands[0] ?? "");
    // clamscan(1) reads every file to match virus signatures and reports only file and signature names (--log=FILE
    // "Save scan report to FILE"); --copy/--move put infected files into a directory. (clamdscan hands the files to
    // the clamd its configuration names, with --stream their content: not kept.)
    if (name === "clamscan") return !operands.some(w => /^--(copy|move)(=|$)/.test(w));
    // Trivy "Rootfs" ("Scan a root filesystem (such as a host machine ...)") and "Filesystem" report packages'
    // vulnerabilities; its scanners default to "vuln,secret" (the secret scanner reports what it finds), --server
    // sends the analysis to a Trivy server ("Client/Server"), and `--output plugin=NAME` hands the report to a plugin:
    // kept only with --scanners (--security-checks before v0.37) naming no secret scanner, no --server, and a file or
    // standard output for the report.
    if (name === "trivy") {
        const value = (option: RegExp) =>
            operands.flatMap((w, i) => {
                const [key, given] = w.includes("=") ? [w.slice(0, w.indexOf("=")), w.slice(w.indexOf("=") + 1)] : [w];
                return option.test(key) ? [given ?? operands[i + 1] ?? ""] : [];
            });
        const scanners = value(/^--(scanners|security-checks)$/);
        return (
            /^(rootfs|fs|filesystem)$/.test(operands.find(w => !w.startsWith("-")) ?? "") &&
            scanners.length > 0 &&
            !scanners.some(v => /secret/.test(v)) &&
            value(/^--server$/).length === 0 &&
            !value(/^(-o|--output)$/).some(v => v.startsWith("plugin="))
        );
    }
    // rpm(8)'s queries and verification (-q, -V) read its database and the files' attributes and print package names.
    if (name === "rpm") return operands.some(w => /^-[a-zA-Z]*[qV]|^--(query|verify)$/.test(w));
    // find(1) -exec COMMAND ... ; (or +): the command's own words, `{}` the file found, decide (curl -T {} sends it).
    if (name === "find")
        return operands.every((w, i) => {
            if (!/^-(exec|execdir|ok|okdir)$/.test(operands[i - 1] ?? "")) return true;
            const end = operands.findIndex((x, j) => j > i && (x === ";" || x === "+"));
            return keepsNodeSecrets(posix.basename(w), operands.slice(i + 1, end < 0 ? undefined : end));
        });
    // GNU tar writes an archive named HOST:FILE on another host (tar manual, "Device Selection"), unless
    // --force-local.
    if (name === "tar")
        return (
            operands.includes("--force-local") ||
            !operands.some(
                (w, i) =>
                    (/^(--file=)/.test(w) && REMOTE.test(w.slice(7))) ||
                    ((w === "--file" || /^-[A-Za-z]*f$/.test(w)) && REMOTE.test(operands[i + 1] ?? "")),
            )
        );
    // openssl s_client authenticates with -cert/-key (TLS client authentication sends no key: openssl-s_client(1));
    // a secret on its standard input is sent, and refused where secretFlow judges what openssl prints.
    if (name === "openssl" && operands[0] === "s_client") return true;
    return SECRET_PRINTERS.test(name) || NODE_SECRET_KEEPERS.test(name);
}

/**
 * The file a word hands its program besides its own spelling: a value glued to a short option (`-T/k`, `-d@k`), and
 * a name after curl's file prefixes (`@FILE`, `<FILE`, `name=@FILE`, `name=<FILE`: sendsFile), which pathsIn does not
 * read as paths.
 */
const handedWord = (w: string) =>
    w.replace(/^-[A-Za-z](?=[@</])/, "").replace(/^(?:[\w.-]*=)?[@<]|^[\w.-]+@(?=\/)/, "");

/** tar extracting (-x, --extract) an archive read from standard input (`-f -`, or no -f: GNU tar's default `-`). */
function tarExtractsStdin(name: string, given: readonly string[]): boolean {
    if (name !== "tar") return false;
    const operands = tarOperands(given);
    const extracts = operands.some(w => w === "--extract" || w === "--get" || /^-[A-Za-z]*x/.test(w));
    const archive = operands.map(w => w === "--file" || w.startsWith("--file=") || w === "-f").lastIndexOf(true);
    const named =
        archive < 0
            ? "-"
            : operands[archive].startsWith("--file=")
              ? operands[archive].slice(7)
              : operands[archive + 1];
    return extracts && named === "-";
}

/**
 * Compressors tar may run by -I/--use-compress-program with only flags (a level, threads, `--long`): each reads its
 * standard input and writes its standard output (gzip(1), bzip2(1), xz(1), zstd(1) without file operands; zstd's -o
 * names an output file).
 */
const TAR_COMPRESSORS =
    /^(gzip|pigz|bzip2|pbzip2|lbzip2|xz|pixz|zstd|pzstd|lzip|plzip|lzma|lzop)(\s+(-[0-9A-NP-Za-np-z]+|--(fast|best|ultra|rsyncable|long|threads|no-name|quiet|adapt|single-thread)(=[0-9]+)?|[0-9]+))*$/;

/**
 * Whether GNU tar runs a program the pack does not read, which may write anything: --to-command's for each member
 * extracted, the member's data on its standard input (GNU tar manual, "Writing to an External Program": a shell runs
 * every member as a script), -I/--use-compress-program's other than a compressor reading standard input
 * (TAR_COMPRESSORS; "Creating and Reading Compressed Archives"), --checkpoint-action=exec= ("Checkpoints"),
 * -F/--info-script/--new-volume-script ("Using Multiple Tapes"), --rsh-command and --rmt-command ("Remote Tape
 * Server"). tar runs each through /bin/sh -c, so its words are shell text.
 */
function tarRunsProgram(operands: readonly string[]): boolean {
    return operands.some((w, i) => {
        const glued = /^(--[\w-]+)=([\s\S]*)$/.exec(w);
        const [option, value] = glued ? [glued[1], glued[2]] : [w, operands[i + 1] ?? ""];
        if (/^--(to-command|info-script|new-volume-script|rsh-command|rmt-command)$/.test(option)) return true;
        if (option === "--checkpoint-action") return /^exec=/.test(value);
        if (option === "--use-compress-program") return !TAR_COMPRESSORS.test(value.trim());
        // Short options: -F's script, -I's program, as the rest of the word or the next word (tar's old-style first
        // word takes them in order).
        const old = i === 0 && /^[A-Za-z]+$/.test(w);
        if (!/^-[A-Za-z]/.test(w) && !old) return false;
        const letters = old ? w : w.slice(1);
        let next = i + 1;
        for (let k = 0; k < letters.length; k++) {
            if (!LONG_OPTIONS.tar.short.includes(letters[k])) continue;
            if (letters[k] === "F") return true;
            const glued = !old && k + 1 < letters.length;
            const value = glued ? letters.slice(k + 1) : (operands[next++] ?? "");
            if (letters[k] === "I") return !TAR_COMPRESSORS.test(value.trim());
            if (glued) return false;
        }
        return false;
    });
}

/** tar's operands as resolveLongOptions spells them (long options in full, the old-style first word as short options). */
const tarOperands = (operands: readonly string[]) => resolveLongOptions(["tar", ...operands]).slice(1);

/** tar's -C/--directory: where it extracts. */
function tarDirectory(given: readonly string[]): string | undefined {
    const operands = tarOperands(given);
    const at = operands.findIndex(w => w === "-C" || w === "--directory" || w.startsWith("--directory="));
    if (at < 0) return undefined;
    return operands[at].startsWith("--directory=") ? operands[at].slice(12) : operands[at + 1];
}

/**
 * The words a value-taking option of tar takes after it, as resolveLongOptions spells them (LONG_OPTIONS: a long
 * option with `=` and no value glued, or an abbreviation it left as written that may stand for one, `--fil`; a short
 * one of its `short` letters): 1, else 0.
 */
function tarValueWords(w: string, table = LONG_OPTIONS.tar): number {
    if (/^--[^=]+$/.test(w))
        return table.long.split(" ").some(o => o.endsWith("=") && o.startsWith(w.slice(2))) ? 1 : 0;
    return /^-[A-Za-z]$/.test(w) && table.short.includes(w[1]) ? 1 : 0;
}

/**
 * The directories tar -x writes members into: -C/--directory changes directory relative to the one before it (GNU
 * tar manual, 6.10.1 "Changing the Working Directory"; bsdtar(1) -C, "In x mode, change directories after opening
 * the archive"), and each member name is extracted in the directory in effect where it stands (3.4.4
 * "Position-Sensitive Options"); without names, in the last one. All of them count, and the last one (`operands`
 * spelled by copierWords, with bsdtar's own options when `libarchive`).
 */
function tarDirectories(operands: readonly string[], cwd: string, libarchive: boolean): string[] {
    const words = tarOperands(operands);
    const table = LONG_OPTIONS[libarchive ? "bsdtar" : "tar"];
    const dirs: string[] = [];
    let dir = cwd;
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (w === "--") {
            if (i + 1 < words.length) dirs.push(dir);
            break;
        }
        if (w === "-C" || w === "--directory" || w.startsWith("--directory=")) {
            dir = treeAt(dir, w.startsWith("--directory=") ? w.slice(12) : (words[++i] ?? ""));
            continue;
        }
        if (w.startsWith("--add-file=") || !w.startsWith("-")) dirs.push(dir);
        i += tarValueWords(w, table);
    }
    return [...new Set([...dirs, dir])];
}

/**
 * GNU tar's -T/--files-from lists read in their place (GNU tar manual, 6.3 "Reading Names from a File": `-T -` reads
 * standard input; 3.4.4 "Position-Sensitive Options": -C and the other options for selecting names "can also be used
 * in a file list ... they affect all files (patterns) appearing in that file after them and remain in effect for any
 * arguments processed after that file"; a line beginning with `-` is such an option unless --verbatim-files-from or
 * --null, which "implies --verbatim-files-from"; the options a list may hold are names.c names_options: -C, -T,
 * --add-file, --null, --verbatim-files-from and their --no- forms, and name matching): its -C lines as `-C DIR`, its
 * -T lines read in turn, its names as words (`--add-file=NAME` for one beginning with `-`). A list the pack cannot
 * read (not written by the script, changed since, standard input it does not know) may hold any -C: read as tar's
 * widest option (WIDEST_ARCHIVER_OPTION, members written anywhere). `operands` are copierWords' (long options
 * spelled in full); relative lists are opened from the working directory or -C's, which must agree.
 */
function tarFileLists(
    operands: readonly string[],
    cwd: string,
    readList: (path: string) => string | undefined,
): string[] {
    const out: string[] = [];
    const state = { dir: cwd, verbatim: false, nul: false, depth: 0 };
    const walk = (words: readonly string[], inList: boolean) => {
        for (let i = 0; i < words.length; i++) {
            const w = words[i];
            if (w === "--" && !inList) {
                out.push(...words.slice(i));
                return;
            }
            const long = /^(--[^=]+)=([\s\S]*)$/.exec(w);
            const option = long?.[1] ?? w;
            const valued = long === null && tarValueWords(w) === 1;
            const value = long?.[2] ?? (valued ? words[++i] : undefined);
            if (option === "-C" || option === "--directory") {
                state.dir = treeAt(state.dir, value ?? "");
                out.push("-C", value ?? "");
            } else if (option === "-T" || option === "--files-from") {
                const list = value ?? "";
                // Standard input (shell.ts standardInput) is read as /dev/stdin; any other descriptor is unknown.
                const stdin = standardInput(list, true, cwd);
                const paths =
                    stdin !== false
                        ? ["/dev/stdin"]
                        : [...new Set([posix.resolve(cwd, list), posix.resolve(state.dir, list)])];
                const texts = stdin === undefined ? [undefined] : paths.map(readList);
                const text = texts.every(t => t === texts[0]) && state.depth < 4 ? texts[0] : undefined;
                if (text === undefined) {
                    out.push(WIDEST_ARCHIVER_OPTION.tar);
                    continue;
                }
                state.depth++;
                for (const entry of text.split(state.nul ? "\0" : /\r?\n/)) {
                    const line = entry.trim();
                    if (line === "") continue;
                    if (state.verbatim || !line.startsWith("-")) {
                        out.push(line.startsWith("-") ? `--add-file=${line}` : line);
                        continue;
                    }
                    const split = (line.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map(x =>
                        x.replace(/^(["'])([\s\S]*)\1$/, "$2"),
                    );
                    walk(resolveLongOptions(["tar", ...split]).slice(1), true);
                }
                state.depth--;
            } else if (option === "--null") Object.assign(state, { nul: true, verbatim: true });
            else if (option === "--no-null") Object.assign(state, { nul: false, verbatim: false });
            else if (option === "--verbatim-files-from") state.verbatim = true;
            else if (option === "--no-verbatim-files-from") state.verbatim = false;
            // In a list, only names_options count (others make tar fail); name matching only narrows.
            if (inList && option !== "--add-file") continue;
            if (!/^(-C|--directory|-T|--files-from)$/.test(option))
                out.push(...(long !== null || !valued ? [w] : [w, value ?? ""]));
        }
    };
    walk(operands, false);
    return out;
}

/** Commands that print a digest, size or type of their files, never their content. */
const DIGESTS = /^(sha(1|224|256|384|512)?sum|md5sum|b2sum|cksum|sum|stat|wc|file|ls|test|\[)$/;

/**
 * Commands that leave every file they name as it was here besides CONTENT_KEEPERS: they remove an empty directory,
 * install the file they name as a crontab (crontab(1): the spool file is written, RootReads.cron), queue it as an at
 * job (at(1) -f: the job is copied into atd's spool, round 71: atJobFile), or are the shell's
 * own words (read, set, for, while, a group's `{ }`, `!`: bash(1), SHELL BUILTIN COMMANDS). tee's files,
 * redirections and dd's of= are written where they are read (RootReads.command); sort writes its -o file only
 * (sortOutputs). Any other command may rewrite what it names (RootReads.overwrites).
 */
const ROOT_CONTENT_KEEPERS =
    /^(rmdir|crontab|at|batch|tee|read|set|shift|alias|unalias|trap|return|exit|continue|break|for|select|while|until|if|then|elif|else|fi|do|done|case|in|esac|\{|\}|!)$/;
/**
 * Round 80: whether an agent's exec output command (RootReads.agentExecOutputs) keeps the records it is fed as data:
 * one simple command, no substitution, whose program only prints, hashes, compares or copies its input (CONTENT_KEEPERS,
 * and tee, whose files are judged with the command line) or, round 82, filters it (FED_DATA_FILTERS). Anything else (a
 * shell, an interpreter, a launcher, a program the pack cannot read, a pipeline) may run what it is fed. Round 82: the
 * files it writes the records to (tee's operands, its output redirections), or undefined when it may run them. A line
 * run without a shell (rsyslog omprog splits `binary` at blanks) takes no redirection: a metacharacter is refused.
 */
function agentFedDataWrites(line: string, shell: boolean): string[] | undefined {
    const commands = simpleCommands(line);
    if (commands.length !== 1 || /[`$]/.test(line) || (!shell && /[|&;<>()]/.test(line))) return undefined;
    const [command] = commands;
    const name = posix.basename(command.words[0] ?? "");
    if (name === "sed") {
        const writes = sedFedDataWrites(command.words.slice(1));
        return writes && [...command.writes, ...writes];
    }
    if (name !== "tee" && !CONTENT_KEEPERS.test(name) && !FED_DATA_FILTERS.test(name)) return undefined;
    if (name !== "tee") return [...command.writes];
    const end = command.words.indexOf("--");
    const files = command.words.slice(1).filter((w, i) => (end >= 0 && i + 1 > end) || !w.startsWith("-"));
    return [...command.writes, ...files];
}

/**
 * Round 82: the files a sed(1) fed records writes (its scripts' `w` commands and flags), or undefined when a script
 * runs commands (GNU sed manual "Extended Commands": `e`, the `s///e` flag, sedScript), reads files into its output,
 * is read from a file (-f) or edits files in place (-i); only the documented options that change no file are known.
 */
function sedFedDataWrites(args: readonly string[]): string[] | undefined {
    const scripts: string[] = [];
    let operands = false;
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (!operands && (a === "-e" || a === "--expression")) scripts.push(args[++i] ?? "");
        else if (!operands && /^--expression=/.test(a)) scripts.push(a.slice("--expression=".length));
        else if (
            !operands &&
            /^-[unErsz]+$|^--(quiet|silent|unbuffered|regexp-extended|separate|null-data|posix)$/.test(a)
        )
            continue;
        else if (!operands && a.startsWith("-") && a !== "-") return undefined;
        else if (scripts.length === 0) {
            scripts.push(a);
            operands = true;
        } else operands = true;
    }
    if (scripts.length === 0) return undefined;
    const script = sedScript(scripts.join("\n"));
    return script.runs.length > 0 || script.reads.length > 0 ? undefined : script.writes;
}

/**
 * Round 82: filters that read their standard input and write a transform of it, never running it: gzip(1) "If no
 * files are specified, or if a file name is "-", the standard input is compressed to the standard output", bzip2(1),
 * xz(1) and zstd(1) alike, lz4(1); tr(1) "Translate, squeeze, and/or delete characters from standard input, writing to
 * standard output".
 */
const FED_DATA_FILTERS = /^(gzip|bzip2|xz|zstd|lz4|tr)$/;

const keepsContent = (run: readonly string[], stdin?: string) => {
    const name = posix.basename(run[0] ?? "");
    if (name === "sort") return KNOWN_WRITERS.sort(run.slice(1))?.length === 0;
    // Round 87: a sed of a line-selecting script (no -i, w, W or s///w) and a uniq of one file write no file they name.
    if (name === "sed" || name === "uniq")
        if (
            lineFilterFiles(
                name,
                run.slice(1).map(w => w.replace(/\0/g, "")),
            ) !== undefined
        )
            return true;
    if (readOnlyMode(name, run.slice(1), stdin)) return true;
    return CONTENT_KEEPERS.test(name) || ROOT_CONTENT_KEEPERS.test(name) || DIGESTS.test(name);
};

/**
 * Round 75: the files Augeas lenses map one setting per line, and the line a `set /files/FILE/KEY VALUE` makes there
 * (augeas.net lens docs): Sshd (sshd_config(5) "keyword-argument pairs, one per line": `KEY VALUE`; Match blocks and
 * the keywords it splits into numbered children are not one line), Shellvars on /etc/environment (pam_env(8) "simple
 * KEY=VAL pairs on separate lines": `KEY=VALUE`), Sysctl (sysctl.conf(5) `token = value`).
 */
const AUGEAS_LINE_FILES: { file: RegExp; key: RegExp; line: (key: string, value: string) => string }[] = [
    { file: /^\/etc\/ssh\/sshd_config$/, key: /^(?!match$)[A-Za-z][A-Za-z0-9]*$/i, line: (k, v) => `${k} ${v}` },
    { file: /^\/etc\/environment$/, key: /^[A-Za-z_][A-Za-z0-9_]*$/, line: (k, v) => `${k}=${v}` },
    {
        file: /^\/etc\/sysctl\.conf$|^\/etc\/sysctl\.d\/[^/]+\.conf$/,
        key: /^[A-Za-z0-9_][\w.-]*$/,
        line: (k, v) => `${k} = ${v}`,
    },
];

/**
 * Round 75: what augtool(1) writes, as lines of files (AUGEAS_LINE_FILES), when the pack can read all it does:
 * "augtool [OPTIONS] [COMMAND]" runs the COMMAND its arguments make (augtool.c run_args: joined with blanks), else
 * "If no COMMAND is given, commands are read from standard input" (`stdin`, its text when the shell gives a literal
 * one). Read: `set PATH VALUE` ("Set the value associated with PATH to VALUE"), PATH `/files` + a file of
 * AUGEAS_LINE_FILES + one key, VALUE one word or one quoted string without escapes; `save`, `quit`, the readers
 * `get`/`print`/`ls`/`match`, comments and blank lines. Options read: -s/--autosave, -b/--backup (a `.augsave` copy),
 * -n/--new (writes `.augnew` files instead), -e/--echo. Every `set` is counted as written, saved or not. Undefined
 * (unknownEditor, fail closed) for anything else: another command (rm, ins, mv, defnode, setm, load, transform ...),
 * a path with predicates or wildcards, another file or lens, -r/--root, -I/--include, -t/--transform, -f/--file,
 * -i/--interactive, standard input the pack cannot read or none of its own.
 */
export function augtoolSets(
    operands: readonly string[],
    stdin: { text?: string } | undefined,
    fileText?: (path: string) => string | undefined,
): { path: string; line: string }[] | undefined {
    let words = operands.map(w => w.replace(/\0/g, ""));
    if (words.some(w => /\$|SUBSTITUTED/.test(w) || w.includes(UNKNOWN_WORDS))) return undefined;
    // Round 75: augtool(1) "-f, --file=FILE Read commands from FILE": a file whose text the script wrote literally
    // (fileText, an absolute path) is read as standard input is; any other (unknown text) fails closed.
    let script: string | undefined;
    const f = words.findIndex(w => /^(-f|--file)(=|$)|^-[sbne]+f$/.test(w));
    if (f >= 0) {
        const w = words[f];
        const glued = /^--file=(.*)$/.exec(w)?.[1];
        const file = glued ?? words[f + 1];
        if (file === undefined || !file.startsWith("/")) return undefined;
        script = fileText?.(posix.normalize(file));
        if (script === undefined) return undefined;
        const flags = /^-([sbne]+)f$/.exec(w)?.[1];
        words = [...words.slice(0, f), ...(flags ? [`-${flags}`] : []), ...words.slice(f + (glued ? 1 : 2))];
        if (words.some(x => !x.startsWith("-"))) return undefined;
    }
    const start = words.findIndex(w => !w.startsWith("-"));
    const options = start < 0 ? words : words.slice(0, start);
    if (!options.every(w => /^(-[sbne]+|--(autosave|backup|new|echo))$/.test(w))) return undefined;
    const commandLine = start < 0 ? [] : words.slice(start);
    if (commandLine.some(w => w.startsWith("-") || /\s|["'\\]/.test(w))) return undefined;
    const lines =
        script !== undefined
            ? script.split("\n")
            : commandLine.length > 0
              ? [commandLine.join(" ")]
              : stdin?.text?.split("\n");
    if (lines === undefined) return undefined;
    const sets: { path: string; line: string }[] = [];
    for (const raw of lines) {
        const line = raw.trim();
        if (line === "" || line.startsWith("#") || /^(save|quit|exit)$/.test(line)) continue;
        if (/^(get|print|ls|match)(\s+[^\s"'\\;]+)?$/.test(line)) continue;
        const set = /^set\s+\/files(\/[^\s"'\\[\]*]+)\/([^\s/"'\\[\]*]+)\s+("[^"\\]*"|'[^'\\]*'|[^\s"'\\]+)$/.exec(
            line,
        );
        if (!set) return undefined;
        const [, file, key, quoted] = set;
        const lens = AUGEAS_LINE_FILES.find(l => l.file.test(file) && l.key.test(key));
        if (lens === undefined || posix.normalize(file) !== file) return undefined;
        const value = /^["']/.test(quoted) ? quoted.slice(1, -1) : quoted;
        if (value.includes("\n")) return undefined;
        sets.push({ path: file, line: lens.line(key, value) });
    }
    return sets;
}

/**
 * Round 75: the absolute paths standing as blank-separated words inside an operand (RootReads.unknownEditor): a
 * command an editor is given to run, vim(1) `+{command}`/`-c {command}` ("will be executed after the first file has
 * been read"), `+'w! /etc/ld.so.preload'` writing that file, names its files there.
 */
function embeddedAbsolutePaths(operands: readonly string[]): string[] {
    return operands.flatMap(o => {
        const tokens = o.replace(/\0/g, "").split(/\s+/);
        return tokens.length > 1 ? tokens.filter(t => t.startsWith("/")) : [];
    });
}

/**
 * Round 75: the Ex commands vim/ex read besides standard input (commandTexts), each a text (undefined: one the pack
 * cannot read): vim(1) "-c {command}" and "+{command}" ("will be executed after the first file has been read"),
 * "--cmd {command}" ("executed before processing any vimrc file"), "-S {file}: {file} will be sourced after the first
 * file has been read. This is equivalent to -c "source {file}"" (`-S` alone: Session.vim), "-u {vimrc}: Use the
 * commands in the file {vimrc} for initializations" (NONE/NORC/DEFAULTS aside: none, or the image's defaults.vim),
 * "-s {scriptin}: The script file {scriptin} is read ... as if you typed" (outside Ex mode; with -e/-E or as ex it is
 * silent mode), and the files their `:so[urce] {file}` commands read (Vim :help :source "Read Ex commands from
 * {file}"), followed. `:ru[ntime]` searches 'runtimepath' and `:exe`/`:call`/`:norm`/`:redir`/the interfaces
 * (:python, :lua, :perl ...) and system() build or run commands the pack cannot read: undefined (fail closed).
 */
function vimCommandTexts(
    words: readonly string[],
    fileText: (f: string) => string | undefined,
    ex: boolean,
): (string | undefined)[] {
    const texts: (string | undefined)[] = [];
    const files: string[] = [];
    let exMode = ex;
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (w === "--") break;
        if (w === "-c" || w === "--cmd") texts.push(words[++i] ?? "");
        else if (w.startsWith("+")) texts.push(w.slice(1));
        else if (w === "-S")
            files.push(words[i + 1] !== undefined && !/^[-+]/.test(words[i + 1]) ? words[++i] : "Session.vim");
        else if (w === "-u") {
            const f = words[++i] ?? "";
            if (!/^(NONE|NORC|DEFAULTS)$/.test(f)) files.push(f);
        } else if (w === "-s" && !exMode) files.push(words[++i] ?? "");
        else if (/^-[A-Za-z]+$/.test(w) && /[eE]/.test(w)) exMode = true;
    }
    const seen = new Set<string>();
    const queue = [...files];
    const scan = (text: string | undefined) => {
        if (text === undefined) return;
        for (const line of text.split(/\r?\n|\|/)) {
            const so = /^[\s:]*so(?:u|ur|urc|urce)?!?\s+(\S+)/.exec(line);
            if (so) queue.push(so[1]);
        }
    };
    texts.forEach(scan);
    for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
        if (seen.has(f)) continue;
        seen.add(f);
        const text = fileText(f);
        texts.push(text);
        scan(text);
    }
    const unreadable =
        /(^|[\s:|])(ru|run|runt|runti|runtim|runtime|exe|exec|execu|execut|execute|cal|call|norm|norma|normal|redi|redir|py|pyt|pytho|python|py3|python3|pyx|pythonx|pydo|py3do|lua|luado|luafile|perl|perldo|rub|ruby|rubydo|tcl|tcldo|mz|mzscheme|pyf|pyfile|py3f|py3file|so|source)(!?)(\s|$)|\b[A-Za-z_][\w#.:]*\s*\(|<Cmd>|\blet\b|\bau(tocmd)?\b/;
    return texts.map(t =>
        t !== undefined && unreadable.test(t.replace(/^[\s:]*so(?:u|ur|urc|urce)?!?\s+\S+\s*$/gm, "")) ? undefined : t,
    );
}

/**
 * Round 75: a program whose documented options put it in a mode that writes none of the files it names (keepsContent):
 * - xxd(1) "xxd [options] [infile [outfile]]" without -r/-revert ("reverse operation: convert (or patch) hexdump into
 *   binary"; any option word beginning with -r is revert) and with no outfile (at most one operand; `-` is standard
 *   output): it prints a hex dump. The options taking a value (-c/-cols, -g/-groupsize, -l/-len, -o/-offset,
 *   -s/-seek, -n/-name, -R) take the next word only when given alone or spelled out (xxd.c); any other word counts as
 *   an operand (an outfile: fail closed).
 * - vim(1) in silent Ex mode (`-es`/`-Es` as one word, vim(1) "-s Silent mode. Only when started as "Ex" or when the
 *   "-e" option was given before the "-s" option"; starting.txt: "Initializations are skipped (except the ones given
 *   with the "-u" argument)") whose +{command}/-c/--cmd commands are only ranged prints and whose last one quits
 *   (`q`, `qa`, `cq`, with `!`; `:q` without `!` only with one file, E173 "more files to edit" would leave it reading
 *   commands from standard input): nothing is written (`vim -R` alone still writes on `:w!`, so -R is not enough).
 *   Other options (-S, -s scriptin, -u FILE, -W, -w, -b ...) fail closed.
 */
/**
 * Round 75: an Ex `:g/RE/p` (or `:v`, `:g!`) that prints only. Vim help repeat.txt ":[range]g[lobal]/{pattern}/[cmd]
 * Execute the Ex command [cmd] (default ":p") on the lines within [range] where {pattern} matches" (":v[global]" where
 * it does not); "The global commands sees the '|' as part of its argument" (cmdline.txt :bar), so nothing may follow
 * the print command; any delimiter but a letter, digit, `\`, `"` or `|` (pattern.txt), the pattern a regexp only.
 */
function globalPrint(command: string): boolean {
    const m =
        /^\s*(%|\d*(,\s*(\d+|\$))?)\s*(g|gl|glo|glob|globa|global|v|vg|vgl|vglo|vglob|vgloba|vglobal)!?\s*(?<d>[^\w\s\\"|])(?<rest>.*)$/.exec(
            command,
        );
    if (!m?.groups) return false;
    const { d, rest } = m.groups;
    let i = 0;
    while (i < rest.length && rest[i] !== d) i += rest[i] === "\\" ? 2 : 1;
    if (i >= rest.length) return false;
    return /^\s*(p|print|nu|number|l|list)?\s*$/.test(rest.slice(i + 1));
}

/**
 * Round 75: Ex/ed commands that only print (readOnlyMode, vim's and ed's): a ranged `p`/`print`, `n`/`nu`/`number`,
 * `l`/`list` (ed(1) "(.,.)p Prints the addressed lines", "(.,.)n", "(.,.)l"; Vim :help :print, :number, :list), and
 * `g/RE/p` (`v/RE/p`, the command one of those; ed(1) "(1,$)g/re/command-list"), addresses only line numbers, `.`,
 * `$`, `%`, `,`, `;`. No write, edit, read, shell escape or other command.
 */
const printsOnly = (command: string, ed = false) =>
    new RegExp(`^\\s*:*\\s*[\\d.,$%;\\s]*(${ed ? "n|" : ""}p|print|nu|number|l|list)\\s*$`).test(command) ||
    new RegExp(
        `^\\s*:*\\s*[\\d.,$%;\\s]*[gv]/([^/\\\\\\n]|\\\\[^\\n])*/(${ed ? "n|" : ""}p|print|nu|number|l|list)?\\s*$`,
    ).test(command);

function readOnlyMode(name: string, operands: readonly string[], stdin?: string): boolean {
    const words = operands.map(w => w.replace(/\0/g, ""));
    if (words.some(w => /\$|SUBSTITUTED/.test(w) || w.includes(UNKNOWN_WORDS))) return false;
    if (name === "xxd") {
        let files = 0;
        for (let i = 0; i < words.length; i++) {
            const w = words[i];
            if (files > 0 || w === "-" || !w.startsWith("-")) files++;
            else if (/^--?r/.test(w)) return false;
            else if (/^-(c|cols.*|g|groupsize.*|l|len.*|o|offset.*|s|seek.*|n|name.*|R)$/.test(w.replace(/^--/, "-")))
                i++;
        }
        return files <= 1;
    }
    if (/^(vim|vi|view)$/.test(name)) {
        let silentEx = false;
        const commands: string[] = [];
        let files = 0;
        let optionsEnd = false;
        // vim reads its options wherever they stand among the files (`vim FILE +w` writes), up to `--`.
        for (let i = 0; i < words.length; i++) {
            const w = words[i];
            if (w === "-") return false;
            if (optionsEnd || !/^[-+]/.test(w)) files++;
            else if (w === "--") optionsEnd = true;
            else if (w === "-es" || w === "-Es") silentEx = true;
            else if (w === "-c" || w === "--cmd") commands.push(words[++i] ?? "");
            else if (w.startsWith("+")) commands.push(w.slice(1));
            else if (w === "-u" || w === "-i") {
                if (words[++i] !== "NONE") return false;
            } else if (!/^(-[RnNXZmM]+|--noplugin)$/.test(w)) return false;
        }
        const quit = /^(q|quit|qa|qall|quita|quitall|cq|cquit)(!?)$/.exec(commands[commands.length - 1]?.trim() ?? "");
        return (
            silentEx &&
            quit !== null &&
            (quit[2] === "!" || /^c/.test(quit[1]) || files <= 1) &&
            commands.slice(0, -1).every(c => printsOnly(c) || globalPrint(c))
        );
    }
    // Round 75: ed(1) "ed [-GVhs] [-p string] [file]" reading its commands from a standard input the pack reads
    // (a literal here-document), every one a print (printsOnly) or `q`/`Q` ("Quits ed"; at end of input ed quits
    // too): nothing is written. A file operand beginning with `!` is a shell command ("If file begins with a `!', it
    // is interpreted as a shell command"), -p takes a prompt; any other option or a second operand fails closed.
    if (/^r?ed$/.test(name) && stdin !== undefined) {
        const files = words.filter(w => !/^-[sGvl]+$/.test(w));
        if (files.length > 1 || files.some(f => f.startsWith("-") || f.startsWith("!"))) return false;
        return stdin.split("\n").every(l => l.trim() === "" || /^\s*(q|Q)\s*$/.test(l) || printsOnly(l, true));
    }
    return false;
}

/**
 * Round 74: programs that read the judged files they name without writing them (RootReads.unknownEditor): sshd(8) -t/-T
 * and -f (its configuration, judged where sshd runs: rootWrites.ts sshdCommandLineOpenings), visudo(8) -c ("check-only
 * mode"), systemd-analyze(1) verify/cat-config, kernel-install(8) (reads /etc/kernel/cmdline, judged where written),
 * grub2-mkconfig(8) (reads /etc/default/grub; its -o output is judged where the kernel command line is),
 * semodule/sestatus, sudo/env/nohup/timeout/nice/stdbuf (they run their command, read on its own), crudini, whose
 * writes RootReads.crudini reads, and readers of a configuration they are given: kubectl(1) and crictl(1) --kubeconfig/
 * --config, systemd-tmpfiles(8) and systemd-sysusers(8) CONFIGFILE ("apply the given configuration"), sysctl(8) -p
 * ("Load in sysctl settings from the file specified") and systemd-sysctl(8) CONFIGFILE (round 82: sysctlAppliedFiles), ssh-keygen(1) -f (a key it makes, no configuration), openssl(1)
 * -in/-CAfile (certificates it reads; its -out files are keys and certificates, no configuration), and the container
 * engines (docker, podman, nerdctl, ctr: their paths are the container's, read by containers.ts); awk(1) reads its
 * operands as input (gawk's `-i inplace` edit is RootReads.inPlaceEdited's, judged there); inspectors that only print:
 * lsattr(1) "lists the file attributes", od(1) "dump files in octal and other formats", hexdump(1), strings(1) "print
 * the sequences of printable characters in files", namei(1) "follow a pathname", inotifywait(1) "waits for changes";
 * the servers whose configuration SERVER_CONFIGS reads where it is written (stunnel, xinetd, inetd, exportfs, rsync,
 * smbd: they read the file they are given); 7-Zip (7z, 7za, 7zr, 7zz: its writes are read as 7z's, ARCHIVER_NAMES);
 * removers (rm, unlink, shred -u: a removed file writes no content); Python's http.server (python docs "http.server":
 * it serves the files of its directory, judged where it serves them, RootReads serves/ran; round 75); clients whose file options are inputs and whose
 * outputs are read where they are written (curl's --cacert/--cert/--key/--config; its -o downloads; aws s3 cp's and
 * rclone's destinations, COPIERS); find (its -exec commands are read as commands), inotifywatch (counts events),
 * rpm (queries; an install writes its package's files, not its operands) and the EKS AMI's /etc/eks/bootstrap.sh
 * (its flags are read as the kubelet's, amazon-eks-ami); tar (an extraction is unpackedDestinations'; a creation
 * reads its operands and writes the -f archive); round 77: the log agents whose configuration userDataReaders/
 * logAgents.ts reads where it is written (fluent-bit -c "specify an optional configuration file", fluentd -c, collectd
 * -C: each reads the file it is given; `fluentd --setup` writes only its sample configuration).
 */
/**
 * Round 78: the files `sysctl -p`/`-f`/`--load` reads (sysctl(8): the option's attached value, then every operand once
 * it is given; `-` is standard input, read where it is fed). None without the option.
 * Round 80: sysctl(8) "-p[FILE], --load[=FILE] Load in sysctl settings from the file specified or /etc/sysctl.conf if
 * none given. Specifying - as filename means reading data from standard input": `-` is kept (SYSCTL_STDIN), and the
 * option alone loads /etc/sysctl.conf.
 */
function sysctlLoadedFiles(operands: readonly string[]): string[] {
    const files: string[] = [];
    let load = false;
    for (const w of operands) {
        const short = /^-[a-eg-oq-zA-Z]*[pf](.*)$/.exec(w);
        const long = /^--load(?:=(.*))?$/.exec(w);
        if (short || long) {
            load = true;
            const attached = short ? short[1] : long![1];
            if (attached) files.push(attached);
        } else if (load && (w === SYSCTL_STDIN || !w.startsWith("-"))) files.push(w);
    }
    if (load && files.length === 0) files.push("/etc/sysctl.conf");
    return files;
}

/** cp(1) "-R, -r, --recursive: copy directories recursively", "-a, --archive" (rsync(1) -r/-a alike). */
const copiesRecursively = (name: string, operands: readonly string[]) =>
    /^(cp|rsync)$/.test(name) &&
    operands.some(w => /^--(recursive|archive)$/.test(w) || /^-[A-Za-z]*[rRa][A-Za-z]*$/.test(w));

/** Round 80: sysctl(8)'s file name for standard input. */
const SYSCTL_STDIN = "-";

/**
 * Round 82: one table of the sysctl appliers and the files whose settings they apply as root: procps sysctl(8)
 * -p/-f/--load FILE (sysctlLoadedFiles) and systemd-sysctl(8) CONFIGFILE ("If the argument is a path, that file is used
 * directly"; a name without a slash is a sysctl.d(5) file, judged where written; --prefix= and --strict= take a value).
 * `-` (SYSCTL_STDIN) is standard input for both ("If the string "-" is specified instead of a filename, the
 * configuration is read from standard input").
 */
function sysctlAppliedFiles(name: string, operands: readonly string[]): string[] {
    if (name === "sysctl") return sysctlLoadedFiles(operands);
    if (name !== "systemd-sysctl") return [];
    const files: string[] = [];
    for (let i = 0; i < operands.length; i++) {
        if (/^--(prefix|strict)$/.test(operands[i])) i++;
        else if (operands[i] === SYSCTL_STDIN || (!operands[i].startsWith("-") && operands[i].includes("/")))
            files.push(operands[i]);
    }
    return files;
}

/** Round 80: whether a sysctl applier (sysctlAppliedFiles) loads settings from its standard input (`-p -`, `-`). */
const sysctlReadsStdin = (name: string, operands: readonly string[]) =>
    sysctlAppliedFiles(name, operands).includes(SYSCTL_STDIN);

/**
 * Round 80: the value words of `options` in `operands` (`-C FILE`, `-CFILE`, a cluster `-vC FILE`, `--config FILE`,
 * `--config=FILE`), and the positional words (neither an option nor a value of one in `options` or `skipped`).
 */
function optionFileValues(
    operands: readonly string[],
    options: RegExp,
    skipped: RegExp = /^$/,
): { values: string[]; positional: string[] } {
    const values: string[] = [];
    const positional: string[] = [];
    const takes = (option: string) => options.test(option) || skipped.test(option);
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i];
        const long = /^(--[\w-]+)(?:=(.*))?$/.exec(w);
        // A cluster of short flags ends at the first letter taking a value, the rest its value (getopt(3)).
        const at = long || !/^-[a-zA-Z]/.test(w) ? -1 : [...w.slice(1)].findIndex(l => takes(`-${l}`)) + 1;
        const option = long?.[1] ?? (at > 0 ? `-${w[at]}` : undefined);
        if (option === undefined) {
            if (!w.startsWith("-") || w === "-") positional.push(w);
            continue;
        }
        if (!takes(option)) continue;
        const value = (long ? long[2] : w.slice(at + 1) || undefined) ?? operands[++i];
        if (options.test(option) && value !== undefined) values.push(value);
    }
    return { values, positional };
}

/**
 * Round 80: the files and directories a root program LOADS, runs or installs from its operands (not only reads), each
 * judged with RootReads.planted as a program or a sourced file is: a module insmod(8) inserts ("insert a module into
 * the kernel") from the file named; modprobe(8) `-C/--config` (modprobe.d(5) `install` lines run commands as root) and
 * `-d/--dirname` ("look for modules in DIR/lib/modules/RELEASE"); kexec(8) `-l kernel-image --initrd=initrd-image`
 * (the kernel booted next); rpm(8) -i/-U/-F and dnf/yum install of a local package file (its %pre/%post scriptlets run as root); sysctl(8)
 * -p/-f FILE (sysctlLoadedFiles); crontab(1) FILE for root (crontabFile); pip install's -r/-c files, -f/--find-links
 * and -e directories and local archives (pip docs "pip install": a local sdist's build backend runs at install).
 * A URL or standard input (`-`) is no file here. (ldconfig's -f file and directories are judged where it is read.)
 */
function loadedOperands(name: string, operands: readonly string[]): string[] {
    const local = (w: string) => w !== "-" && !/^[a-z][\w+.-]*:\/\//i.test(w);
    const pip = /^pip[\d.]*$/.test(name)
        ? operands
        : INTERPRETERS.test(name) &&
            /^python/.test(name) &&
            operands[0] === "-m" &&
            /^pip[\d.]*$/.test(operands[1] ?? "")
          ? operands.slice(2)
          : undefined;
    const files = ((): string[] => {
        if (name === "insmod") return optionFileValues(operands, /^$/).positional.slice(0, 1);
        if (name === "modprobe")
            return optionFileValues(operands, /^(-C|--config|-d|--dirname)$/, /^(-o|-S|--set-version|--name)$/).values;
        if (name === "kexec") {
            const { values, positional } = optionFileValues(
                operands,
                /^(--initrd|--ramdisk|--dtb)$/,
                /^(-t|--type|--append|--command-line|--mem-min|--mem-max)$/,
            );
            return [...values, ...positional];
        }
        if (name === "rpm") {
            const installs = operands.some(w => /^-[iUF]|^--(install|upgrade|freshen|reinstall)$/.test(w));
            const { positional } = optionFileValues(
                operands,
                /^$/,
                /^(-D|-E|--root|--dbpath|--prefix|--relocate|--excludepath|--define|--eval|--rcfile|--macros|--pipe|--predefine|--target)$/,
            );
            return installs ? positional : [];
        }
        if (/^(dnf|yum|microdnf|dnf5)$/.test(name)) {
            const { values, positional } = optionFileValues(
                operands,
                /^(-c|--config)$/,
                /^(-d|-e|-x|-R|--installroot|--releasever|--setopt|--enablerepo|--disablerepo|--repo|--repoid|--exclude|--downloaddir|--destdir|--color|--debuglevel|--errorlevel|--rpmverbosity|--forcearch|--comment|--advisory|--advisories|--bz|--cve|--sec-severity)$/,
            );
            const installs = /^(install|reinstall|localinstall|upgrade|update|downgrade|upgrade-minimal)$/.test(
                positional[0] ?? "",
            );
            return [
                ...values,
                ...(installs ? positional.slice(1).filter(w => w.includes("/") || /\.rpm$/.test(w)) : []),
            ];
        }
        if (name === "sysctl" || name === "systemd-sysctl") return sysctlAppliedFiles(name, operands);
        // Round 81: trust(1) (p11-kit) "anchor: Store or remove trust anchors": `trust anchor [--store] FILE` adds FILE's
        // certificate to the system trust store, trusted by every TLS client on the node (--remove takes one out).
        if (name === "trust" && operands[0] === "anchor" && !operands.includes("--remove"))
            return operands.slice(1).filter(w => !w.startsWith("-"));
        // Round 80: at(1) -f file "Reads the job from file rather than standard input" (batch alike: atJobFile).
        if (/^(at|batch)$/.test(name)) return [atJobFile(name, operands)].filter((f): f is string => f !== undefined);
        if (name === "crontab") {
            const installed = crontabFile(name, operands);
            return installed !== undefined && /^(root|0)$/.test(installed.user) ? [installed.file] : [];
        }
        if (pip !== undefined && pip[0] === "install") {
            const { values, positional } = optionFileValues(pip.slice(1), PIP_LOADED_FILE_OPTION, PIP_VALUE_OPTION);
            return [...values, ...positional.filter(w => w.includes("/") || /\.(whl|zip|tar\.gz|tgz)$/.test(w))];
        }
        return [];
    })();
    return [
        ...files,
        ...round81LoadedOperands(name, operands),
        ...round82LoadedOperands(name, operands),
        ...fetcherCaOperands(name, operands),
        ...buildFiles(name, operands),
        // Round 88: make's `VAR=value` arguments naming a path (GNU make "Overriding Variables": SHELL=/tmp/sh runs every
        // recipe line, CC=/dev/shm/cc is the compiler the implicit rules run): judged as the programs they may be.
        ...(/^(make|gmake)$/.test(name)
            ? operands.filter(w => /^[A-Za-z_]\w*=\//.test(w)).map(w => w.slice(w.indexOf("=") + 1))
            : []),
    ].filter(local);
}

/**
 * Round 87: the build files a build tool runs the recipes of, as a script is run (commandServers.ts checkoutBuild reads
 * one over a git checkout as the checkout's code; where it comes from is judged here, planted or unknown): GNU make
 * "Options Summary" `-C dir` ("Change to directory dir before reading the makefiles ... each is interpreted relative
 * to the previous one"), `-f file`/`--file`/`--makefile`, else "GNUmakefile, makefile and Makefile" there ("What Name to
 * Give Your Makefile"); ninja(1) `-C DIR`, `-f FILE` (default build.ninja).
 */
function buildFiles(name: string, operands: readonly string[]): string[] {
    const make = /^(make|gmake)$/.test(name);
    if (!make && name !== "ninja") return [];
    let dir = "";
    const files: string[] = [];
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i];
        const directory = /^(?:-C(.*)|--directory(?:=(.*))?)$/.exec(w);
        const file = /^(?:-f(.*)|--(?:file|makefile)(?:=(.*))?)$/.exec(w);
        if (directory !== null) dir = posix.join(dir, directory[1] || directory[2] || operands[++i] || ".");
        else if (file !== null) files.push(file[1] || file[2] || operands[++i] || "");
    }
    const named = files.length > 0 ? files : make ? ["GNUmakefile", "makefile", "Makefile"] : ["build.ninja"];
    return named.filter(f => f !== "").map(f => (f.startsWith("/") ? f : posix.join(dir || ".", f)));
}

/**
 * Round 82: the loaded operands of the round-82 tables: bash(1) `enable -f FILENAME` ("load new builtins from the
 * shared object FILENAME": dlopen in root's shell; a name without a slash is searched in BASH_LOADABLES_PATH, judged as
 * that variable), a `hash -p` binding's pathname (hashBindings), the dynamic linker run directly (dynamicLinkerLoads),
 * an image archive imported into the runtime's store (imageArchives) and the playbooks, manifests and file roots of
 * configuration-management appliers (CONFIG_MANAGEMENT_APPLIERS).
 */
function round82LoadedOperands(name: string, operands: readonly string[]): string[] {
    return [
        ...(name === "enable" ? optionFileValues(operands, /^-f$/).values.filter(w => w.includes("/")) : []),
        ...hashBindings(name, operands),
        ...dynamicLinkerLoads(name, operands),
        ...imageArchives(name, operands),
        ...(CONFIG_MANAGEMENT_APPLIERS[name]?.(operands) ?? []),
    ];
}

/**
 * Round 82: bash(1) `hash -p PATHNAME NAME...`: "PATHNAME is used as the full pathname of NAME, and no path search is
 * performed": the binding is a run of PATHNAME wherever NAME runs later (any name, a node command's too), so PATHNAME
 * is judged at the binding as the program it will be.
 */
function hashBindings(name: string, operands: readonly string[]): string[] {
    if (name !== "hash" || !operands.includes("-p")) return [];
    const [path, ...names] = operands.slice(operands.indexOf("-p") + 1).filter(w => !w.startsWith("-"));
    return path === undefined || names.length === 0 ? [] : [path];
}

/**
 * Round 82: ld.so(8) run as a program ("/lib/ld-linux.so.* [OPTIONS] [PROGRAM [ARGUMENTS]]"): `--library-path PATH`
 * "Use PATH instead of LD_LIBRARY_PATH", `--preload LIST` as LD_PRELOAD, `--audit LIST` as LD_AUDIT, each entry a
 * directory or shared object it loads (colon- or space-separated), and PROGRAM the program it loads and runs.
 */
function dynamicLinkerLoads(name: string, operands: readonly string[]): string[] {
    if (!/^ld(?:-linux[\w.-]*|-musl[\w.-]*)?\.so(?:\.\d+)*$/.test(name)) return [];
    const { values, positional } = optionFileValues(
        operands,
        /^--(library-path|preload|audit)$/,
        /^--(argv0|inhibit-rpath|glibc-hwcaps-prefer|glibc-hwcaps-mask)$/,
    );
    return [...values.flatMap(v => v.split(/[:\s]+/).filter(e => e !== "")), ...positional.slice(0, 1)];
}

/**
 * Round 82: an image archive a container runtime imports into its store, whose images the kubelet then runs (the CRI
 * namespace k8s.io; an IfNotPresent pod runs the tag the archive names): ctr(8) `images|image|i import <in>`
 * (containerd docs "ctr images import": the tarball's images, `-` standard input), `nerdctl|docker|podman [image]
 * load -i/--input FILE` ("Load an image from a tar archive or STDIN") and `[image] import FILE` (a root filesystem
 * tarball made an image). Their global options taking a value are skipped so the subcommand is found.
 */
function imageArchives(name: string, operands: readonly string[]): string[] {
    if (!/^(ctr|nerdctl|docker|podman)$/.test(name)) return [];
    const { values, positional } = optionFileValues(
        operands,
        /^(-i|--input)$/,
        /^(-n|--namespace|-a|--address|-H|--host|-c|--context|--config|--timeout|--connect-timeout|--snapshotter|--storage-driver|--root|--runroot|--data-root|--cni-path|--platform|--base-name|--index-name|--label|--log-level|-l|--change|-m|--message)$/,
    );
    const sub = /^(images?|i)$/.test(positional[0] ?? "") ? positional.slice(1) : positional;
    // Round 84: `load` without -i and `import -` read the archive from standard input (descriptorOperands).
    if (sub[0] === "load") return values.length > 0 ? values : ["/dev/stdin"];
    return sub[0] === "import" ? sub.slice(1, 2).map(w => (w === "-" ? "/dev/stdin" : w)) : [];
}

/**
 * Round 82: configuration-management tools that run the tasks of the files they are given as root: ansible-playbook
 * (its playbooks; `-i` inventory files, an executable one run as a script; `-M/--module-path` directories of modules;
 * `--vault-password-file`, run when executable; `-e @FILE` variables), `puppet apply` (the manifest, "Applies a
 * standalone Puppet manifest to the local system", and `--modulepath`), salt-call (`--file-root`, `--pillar-root`,
 * `-c/--config-dir`: the states and configuration of a masterless run) and chef-client/chef-solo (`-c/--config`,
 * `-j/--json-attributes`, `--recipe-url`, and the recipe files of local mode).
 */
const CONFIG_MANAGEMENT_APPLIERS: Record<string, (operands: readonly string[]) => string[]> = {
    "ansible-playbook": operands => {
        const { values, positional } = optionFileValues(
            operands,
            /^(-i|--inventory|--inventory-file|-M|--module-path|--vault-password-file|--vault-pass-file|-e|--extra-vars)$/,
            /^(-c|--connection|-u|--user|-l|--limit|-t|--tags|--skip-tags|-f|--forks|-T|--timeout|--private-key|--key-file|--become-user|--become-method|--ssh-common-args|--ssh-extra-args|--sftp-extra-args|--scp-extra-args|--start-at-task|--vault-id)$/,
        );
        const files = values.flatMap(v =>
            v.startsWith("@") ? [v.slice(1)] : /[,=\s{]/.test(v) ? [] : v.split(":").filter(e => e !== ""),
        );
        return [...files, ...positional];
    },
    puppet: operands => {
        const { values, positional } = optionFileValues(
            operands,
            /^(--modulepath|--hiera_config)$/,
            /^(-e|--execute|-l|--logdest|--environment|--catalog|--tags|--loadclasses)$/,
        );
        return positional[0] === "apply"
            ? [...values.flatMap(v => v.split(":")), ...positional.slice(1, 2)].filter(e => e !== "")
            : [];
    },
    "salt-call": operands =>
        optionFileValues(
            operands,
            /^(--file-root|--pillar-root|--states-dir|-c|--config-dir)$/,
            /^(-l|--log-level|--log-file|--out|--id|-t|--timeout|--master|--return|--output-file|--saltenv|--pillarenv)$/,
        ).values,
    "chef-client": chefLoads,
    "chef-solo": chefLoads,
};

/** Round 82: chef-client(8)/chef-solo's configuration, attributes, recipe archive and local-mode recipe files. */
function chefLoads(operands: readonly string[]): string[] {
    const { values, positional } = optionFileValues(
        operands,
        /^(-c|--config|-j|--json-attributes|--recipe-url)$/,
        /^(-o|--override-runlist|-r|--runlist|-E|--environment|-l|--log_level|-L|--logfile|-N|--node-name|-i|--interval|-s|--splay|-F|--format)$/,
    );
    return [...values, ...positional.filter(w => /\.rb$/.test(w))];
}

/**
 * Round 81: the loaded operands of the round-81 tables: a configuration file given by flag (CONFIG_FILE_FLAGS), a
 * command table (COMMAND_TABLE_OPERANDS), a package manager's trust sources (packageTrustOperands) and the programs an
 * alternatives link is made to point at (alternativesTargets).
 */
function round81LoadedOperands(name: string, operands: readonly string[]): string[] {
    const flag = CONFIG_FILE_FLAGS[name];
    return [
        ...(flag === undefined ? [] : optionFileValues(operands, flag.flags, flag.skipped).values),
        ...(COMMAND_TABLE_OPERANDS[name]?.(operands) ?? []),
        ...packageTrustOperands(name, operands),
        ...alternativesTargets(name, operands),
    ];
}

/**
 * Round 81: a configuration file a client loads by a flag is the one its variable names (LOADER_VARIABLES), and runs
 * the commands it holds as root: kubectl(1)/helm `--kubeconfig` is KUBECONFIG (a kubeconfig's users[].user.exec
 * command is a client-go credential plugin the client runs, Kubernetes docs "client-go credential plugins"); ssh(1),
 * scp(1) and sftp(1) `-F configfile` (ssh_config(5) ProxyCommand, LocalCommand, KnownHostsCommand run commands;
 * OpenSSH has no variable for it). `skipped`: the client's other options taking a value, so a cluster is read right.
 */
const CONFIG_FILE_FLAGS: Record<string, { variable?: string; flags: RegExp; skipped?: RegExp }> = {
    kubectl: { variable: "KUBECONFIG", flags: /^--kubeconfig$/ },
    helm: { variable: "KUBECONFIG", flags: /^--kubeconfig$/ },
    ssh: { flags: /^-F$/, skipped: /^-[BbcDEeIiJLlmOoPpQRSWw]$/ },
    scp: { flags: /^-F$/, skipped: /^-[cDiJlOoPSX]$/ },
    sftp: { flags: /^-F$/, skipped: /^-[BbcDiJlOoPRSsX]$/ },
};

/**
 * Round 82: the configuration files a client loads by flag (CONFIG_FILE_FLAGS: kubectl/helm --kubeconfig, ssh -F) to
 * authenticate or connect: read, not printed (what it prints is the server's reply: `kubectl get --raw /healthz`
 * prints "ok"). None where the client prints its configuration (kubectl/helm `config ...`: kubectl-config-view(1)
 * `--raw` "Display raw byte data and sensitive data"; ssh(1) -G "print its configuration ... and exit"), nor where it
 * serves its credentials (kubectl proxy: "a proxy server ... between localhost and the Kubernetes API server", each
 * request made with them).
 */
function clientConfigurations(name: string, operands: readonly string[]): string[] {
    const flag = CONFIG_FILE_FLAGS[name];
    if (flag === undefined || operands.some(w => /^(config|proxy|-G)$/.test(w))) return [];
    return optionFileValues(operands, flag.flags, flag.skipped).values;
}

/**
 * Round 81: root tools whose operand (or option) is a table of commands they run as root: logrotate(8) config_file
 * operands (prerotate/postrotate/firstaction/lastaction scripts, "executed using /bin/sh"; -s/-l/-m take a value),
 * anacron(8) `-t file` "Use specified anacrontab, rather than the default" (-S spooldir is where it writes
 * timestamps), systemd-tmpfiles(8) and systemd-sysusers(8) CONFIGFILE ("only the directives in these files are
 * applied"; `-` is standard input, read where it is fed).
 */
const COMMAND_TABLE_OPERANDS: Record<string, (operands: readonly string[]) => string[]> = {
    logrotate: operands => optionFileValues(operands, /^$/, /^(-s|--state|-l|--log|-m|--mail)$/).positional,
    anacron: operands => optionFileValues(operands, /^-t$/, /^-S$/).values,
    "systemd-tmpfiles": operands =>
        optionFileValues(operands, /^$/, /^(--prefix|--exclude-prefix|--root|--image|--image-policy|--replace)$/)
            .positional,
    "systemd-sysusers": operands =>
        optionFileValues(operands, /^$/, /^(--root|--image|--image-policy|--replace)$/).positional,
    // Round 85: m4(1) reads each file operand as macros (GNU m4 manual "Executing simple commands": syscmd and esyscmd
    // run a shell command), and -R/--reload-state a frozen state file of macro definitions; its other options taking a
    // value are skipped.
    m4: operands => {
        const { values, positional } = optionFileValues(
            operands,
            /^(-R|--reload-state)$/,
            /^(-D|--define|-U|--undefine|-I|--include|-o|--error-output|--debugfile|-l|--arglength|-L|--nesting-limit|-t|--trace|-F|--freeze-state)$/,
        );
        return [...values, ...positional];
    },
};

/** Round 81: a `file://` URL's path (RFC 8089), any other word as it is. */
const fileUrlPath = (w: string) => w.replace(/^file:\/\/(?:localhost)?(?=\/)/i, "");

/**
 * Round 81: the dnf.conf(5) options naming where root's package manager loads code or trust from: pluginpath and
 * pluginconfpath (Python plugins run inside dnf), reposdir and varsdir (the repository definitions), a repository's
 * baseurl, mirrorlist and metalink (the packages whose scriptlets run as root), gpgkey and sslcacert/sslclientcert/
 * sslclientkey (what it trusts); `file://` URLs and plain paths are local files (RFC 8089).
 */
const PACKAGE_SOURCE_KEYS =
    /(?:^|\.)(pluginpath|pluginconfpath|reposdir|varsdir|baseurl|mirrorlist|metalink|gpgkey|sslcacert|sslclientcert|sslclientkey)$/;

/** Round 81: the local paths a dnf.conf(5) `key=value` setting of PACKAGE_SOURCE_KEYS names (lists: space or comma). */
export function packageSourcePaths(key: string, value: string): string[] {
    if (!PACKAGE_SOURCE_KEYS.test(key.trim())) return [];
    return value
        .split(/[\s,]+/)
        .map(fileUrlPath)
        .filter(w => w.startsWith("/"));
}

/**
 * Round 81: a package manager's trust sources named on its command line: dnf/yum `--setopt=KEY=VALUE` of
 * PACKAGE_SOURCE_KEYS (dnf(8) "--setopt=<option>=<value> Override a configuration option"), `--repofrompath
 * <repo>,<path/url>` (dnf(8)), and rpm(8)/rpmkeys(8) `--import PUBKEY ...` (a key it then trusts to sign packages).
 */
function packageTrustOperands(name: string, operands: readonly string[]): string[] {
    if (/^(dnf|yum|microdnf|dnf5)$/.test(name)) {
        const { values } = optionFileValues(operands, /^(--setopt|--repofrompath)$/);
        return values.flatMap(v =>
            /^[^=,]+,/.test(v) && !v.includes("=")
                ? [fileUrlPath(v.slice(v.indexOf(",") + 1))]
                : packageSourcePaths(v.slice(0, Math.max(v.indexOf("="), 0)), v.slice(v.indexOf("=") + 1)),
        );
    }
    if (/^(rpm|rpmkeys)$/.test(name) && operands.includes("--import"))
        return optionFileValues(operands, /^$/, /^(--root|--dbpath|--define|-D|--rcfile|--macros)$/).positional.map(
            fileUrlPath,
        );
    return [];
}

/**
 * Round 84: the dnf.conf(5) options that turn a package check off when false (0, false, no, off): gpgcheck (dnf5:
 * pkg_gpgcheck) "Whether to perform GPG signature check on packages found in this repository" and sslverify ("verify
 * SSL certificates" of the repository's server), in [main] or a repository's section, or by `--setopt=[repo.]KEY`.
 * Not repo_gpgcheck (repository metadata) nor localpkg_gpgcheck (package files named on the command line): both are
 * off by default (dnf.conf(5)), a repository's packages still need their own signature and a local file is judged
 * where it comes from (loadedOperands).
 */
const SIGNATURE_CHECK_KEYS = /(?:^|\.)(gpgcheck|pkg_gpgcheck)$/;
const TLS_CHECK_KEYS = /(?:^|\.)sslverify$/;
const OFF = /^(0|false|no|off)$/i;
/** A package source fetched without TLS: a plain-HTTP or FTP URL (a repository's baseurl/mirrorlist/metalink, an rpm operand). */
const UNENCRYPTED_SOURCE = /^(?:http|ftp):\/\//i;

/** Round 84: which package check a dnf.conf(5) `key=value` setting turns off, if any. */
function packageCheckTurnedOff(key: string, value: string): "signature" | "tls" | undefined {
    if (!OFF.test(value.trim())) return undefined;
    return SIGNATURE_CHECK_KEYS.test(key.trim()) ? "signature" : TLS_CHECK_KEYS.test(key.trim()) ? "tls" : undefined;
}

/**
 * Round 84: the package checks a dnf configuration or repository file's text turns off, as `key=value` strings, when
 * its packages are then vouched for by nobody: their signature check off (gpgcheck) AND their transport unverified
 * (sslverify off, or a plain-HTTP/FTP baseurl, mirrorlist or metalink). Either check alone still ties the packages to
 * the vendor's key or to the server the operator named over TLS, as an https download user data runs is the
 * operator's own software (round 74's S15-S21); empty otherwise.
 */
export function uncheckedPackageSettings(text: string): string[] {
    const settings = text.split(/\r?\n/).flatMap(line => {
        const m = /^\s*([\w.-]+)\s*=\s*(.*?)\s*$/.exec(line);
        return m ? [{ key: m[1], value: m[2] }] : [];
    });
    const signature = settings.filter(x => packageCheckTurnedOff(x.key, x.value) === "signature");
    const transport = settings.filter(
        x =>
            packageCheckTurnedOff(x.key, x.value) === "tls" ||
            (/^(baseurl|mirrorlist|metalink)$/.test(x.key) &&
                x.value.split(/[\s,]+/).some(u => UNENCRYPTED_SOURCE.test(u))),
    );
    return signature.length === 0 || transport.length === 0
        ? []
        : [...signature, ...transport].map(x => `${x.key}=${x.value}`);
}

/**
 * Round 86: dnf.conf(5) "localpkg_gpgcheck ... Whether to perform a GPG signature check on local packages (packages in
 * a file, not in a repository). Default is False.": a package dnf installs by URL (downloaded, then installed as a
 * command-line package) has no signature checked unless localpkg_gpgcheck is on, by `--setopt=localpkg_gpgcheck=1` or
 * in the dnf.conf the script wrote (`echo localpkg_gpgcheck=1 >> /etc/dnf/dnf.conf`, as Amazon Corretto's AL2023
 * images do). The setting off, as `localpkg_gpgcheck=False (dnf.conf(5) default)`, when URLs are given; else none.
 */
function localPackagesUnsigned(
    urls: readonly string[],
    setopts: readonly { v: string }[],
    dnfConf: string | undefined,
): string[] {
    if (urls.length === 0) return [];
    const values = [
        ...(dnfConf ?? "").split(/\r?\n/).map(l => /^\s*localpkg_gpgcheck\s*=\s*(.*?)\s*$/.exec(l)?.[1]),
        ...setopts.map(x => /^localpkg_gpgcheck=(.*)$/.exec(x.v.trim())?.[1]),
    ].filter((v): v is string => v !== undefined);
    const last = values.at(-1);
    return last !== undefined && /^(1|true|yes|on)$/i.test(last)
        ? []
        : [`localpkg_gpgcheck=${last ?? "False (dnf.conf(5) default)"}`];
}

/**
 * Round 86: rpm(8) installing (-i/--install, -U/--upgrade, -F/--freshen, --reinstall; not a query's -qi nor -V/-e).
 */
function rpmInstalls(operands: readonly string[]): boolean {
    return operands.some(
        w => /^--(install|upgrade|freshen|reinstall)$/.test(w) || /^-(?![A-Za-z]*[qVe])[A-Za-z]*[iUF]/.test(w),
    );
}

/**
 * Round 86: rpm's package verification level, rpm macros.in: "%_pkgverify_level digest" by default (rpm 4.14.2 to 4.20,
 * AL2023's: "digest: require valid digest(s), signatures are optional"; signature and all require a valid signature,
 * none nothing), set by `--define`/`-D '_pkgverify_level LEVEL'` (the last wins) or a macro file the script wrote
 * (/etc/rpm/macros*, /root/.rpmmacros: `%_pkgverify_level LEVEL`). `_pkgverify_flags` turns individual checks off
 * (rpmvs flags): a value other than 0 may drop the signature, so it fails closed. The setting leaving signatures
 * optional, as `%_pkgverify_level LEVEL`; none when a signature is required.
 */
function rpmSignatureNotRequired(operands: readonly string[], macros: string | undefined): string[] {
    const defined = optionFileValues(operands, /^(--define|-D)$/).values.map(v => v.trim().replace(/^%/, ""));
    const fromFiles = (macros ?? "").split(/\r?\n/).flatMap(l => {
        const m = /^\s*%(_pkgverify_(?:level|flags))\s+(\S+)/.exec(l);
        return m ? [`${m[1]} ${m[2]}`] : [];
    });
    const all = [...fromFiles, ...defined];
    const level =
        all
            .filter(d => /^_pkgverify_level\s/.test(d))
            .at(-1)
            ?.split(/\s+/)[1] ?? "digest";
    const flags =
        all
            .filter(d => /^_pkgverify_flags\s/.test(d))
            .at(-1)
            ?.split(/\s+/)[1] ?? "0";
    if (/^(signature|all)$/.test(level) && /^(0|0x0+)$/i.test(flags)) return [];
    return [`%_pkgverify_level ${level}${/^(0|0x0+)$/i.test(flags) ? "" : ` %_pkgverify_flags ${flags}`}`];
}

/**
 * Round 86: the switches that have a container engine fetch an image from a registry whose server it does not verify:
 * ctr(8) images pull `--skip-verify, -k` ("skip SSL certificate validation") and `--plain-http` ("allow connections
 * using plain HTTP"); nerdctl's global `--insecure-registry` ("skips verifying HTTPS certs, and allows falling back to
 * plain HTTP"); podman/buildah/skopeo `--tls-verify=false` (podman-pull(1) "Require HTTPS and verify certificates when
 * contacting registries (default: true)"; skopeo's --src-tls-verify). Only a command that fetches (pull, run, create,
 * build, copy, from). A Go boolean flag is off only with `=false`.
 */
export function imagePullTlsOff(name: string, operands: readonly string[]): string[] {
    if (!/^(ctr|nerdctl|podman|buildah|skopeo)$/.test(name)) return [];
    const { path, rest, globals } = engineSubcommand(operands);
    if (![...path, ...rest].some(w => /^(pull|run|create|build|bud|copy|from|fetch|up)$/.test(w))) return [];
    return [...globals, ...rest].filter(
        w =>
            /^--(skip-verify|plain-http|insecure-registry)(=(true|1))?$/i.test(w) ||
            (name === "ctr" && w === "-k") ||
            /^--(src-|dest-)?tls-verify=(false|0)$/i.test(w),
    );
}

/** Round 86: git-config(1) "false: Boolean false literals are no, off, false, 0 and the empty string". */
const GIT_FALSE = /^(no|off|false|0|)$/i;

/**
 * Round 86: what has git fetch a repository without verifying its server: `-c http[.<url>].sslVerify=false` (git-config(1)
 * "http.sslVerify: Whether to verify the SSL certificate when fetching or pushing over HTTPS"; clone's own
 * `-c/--config`), GIT_SSL_NO_VERIFY in its environment (git-config(1): "Can be overridden by the GIT_SSL_NO_VERIFY
 * environment variable"), `tlsOff` (a `git config --global|--system http.sslVerify false` the script ran before), a
 * plain-HTTP URL or git:// (git-clone(1) "The native transport (i.e. git:// URL) does no authentication and should be
 * used with caution on unsecured networks"). Empty for a command that fetches nothing.
 * Round 88 (fix): every command that fetches (gitFetchedRepositories: clone, pull, fetch, `remote add -f`, `remote
 * update`, `submodule add|update`) is judged on each repository it fetches from, a remote's name read as the URL the
 * script gave it (`remotes`: clone's origin, `git remote add|set-url`), each URL rewritten by the url.<base>.insteadOf
 * settings among its `-c` words (gitRewrittenUrl) before the scheme is tested. `operands` are git's words with its
 * environment (environmentOptions: GIT_CONFIG_COUNT/KEY/VALUE, GIT_CONFIG_PARAMETERS as `-c`) and the settings the
 * script persisted (`git config --global|--system`) applied.
 */
export function gitUnverifiedFetch(
    operands: readonly string[],
    environment: ReadonlyMap<string, string>,
    tlsOff: string | undefined,
    remotes: ReadonlyMap<string, string> = new Map(),
): string[] {
    const read = readOptions(operands, GIT_OPTIONS);
    const repositories = gitFetchedRepositories(
        read.positional.map(p => p.word),
        operands,
        remotes,
    );
    if (repositories === undefined) return [];
    const configs = read.values.filter(([o]) => /^(-c|--config)$/.test(o)).map(([, v]) => v);
    const settings = configs.filter(
        v => /^http\.(.+\.)?sslverify=/i.test(v) && GIT_FALSE.test(v.slice(v.indexOf("=") + 1).trim()),
    );
    const urls = repositories.map(r => gitRewrittenUrl(r, configs));
    return [
        ...settings.map(v => `-c ${v}`),
        ...(environment.has("GIT_SSL_NO_VERIFY") ? ["GIT_SSL_NO_VERIFY"] : []),
        ...(tlsOff === undefined ? [] : [tlsOff]),
        ...urls.filter(u => FETCHER_TRANSPORTS.git.plain.test(u)),
    ];
}

/**
 * Round 88 (fix): a git repository word that is a URL or a path, not a remote's name (git-fetch(1) "<repository>: The
 * \"remote\" repository that is the source of a fetch or pull operation. This parameter can be either a URL (see the
 * section GIT URLS below) or the name of a remote"; GIT URLS: `scheme://`, scp-like `[user@]host:path`, a path).
 */
const gitUrlWord = (w: string) => /^[A-Za-z][\w.+-]*:\/\/|^[^/:]+:|^[./~]/.test(w);

/**
 * Round 88 (fix): the repositories a git command fetches from (`words` its positional words, the command first), as
 * URLs where the script named them (`remotes`: a remote's name as the URL `git clone`, `git remote add` or `git
 * remote set-url` gave it; a name the script never set stays a name, the image's or the clone's own), undefined for a
 * command that fetches nothing: git-clone(1) `<repository>`; git-pull(1) and git-fetch(1) `[<repository>
 * [<refspec>...]]` (no repository: the branch's remote, origin by default; `--all`/`--multiple`: every remote);
 * git-remote(1) `add -f <name> <URL>` ("git fetch <name> is run immediately after the remote information is set up")
 * and `update` ("Fetch updates for remotes"); git-submodule(1) `add <repository>` and `update` (the URLs of
 * .gitmodules, the checkout's own: only its TLS settings are judged).
 */
function gitFetchedRepositories(
    words: readonly string[],
    operands: readonly string[],
    remotes: ReadonlyMap<string, string>,
): string[] | undefined {
    const [command, ...rest] = words;
    const url = (w: string) => (gitUrlWord(w) ? w : (remotes.get(w) ?? w));
    const every = () => [...remotes.values()];
    if (command === "clone") return rest.slice(0, 1);
    if (command === "pull" || command === "fetch") {
        if (operands.some(w => /^--(all|multiple)$/.test(w))) return [...every(), ...rest.map(url)];
        return [url(rest[0] ?? "origin")];
    }
    if (command === "remote") {
        if (rest[0] === "update") return every();
        const fetches = operands.some(w => /^(-f|--fetch)$/.test(w));
        return rest[0] === "add" && fetches ? rest.slice(2, 3) : undefined;
    }
    if (command === "submodule") {
        const sub = rest.find(w => !/^(--quiet|-q|--cached)$/.test(w));
        return sub === "add"
            ? rest.slice(rest.indexOf("add") + 1, rest.indexOf("add") + 2)
            : sub === "update"
              ? []
              : undefined;
    }
    return undefined;
}

/**
 * Round 88 (fix): a URL as git fetches it after url.<base>.insteadOf (git-config(1) "url.<base>.insteadOf: Any URL that
 * starts with this value will be rewritten to start, instead, with <base>. In cases where some site serves a large
 * number of repositories ... If multiple insteadOf strings match a given URL, the longest match is used"), read from
 * git's `-c NAME=VALUE` words (every spelling: -c, GIT_CONFIG_*, persisted `git config --global|--system`).
 * url.<base>.pushInsteadOf rewrites push URLs only ("Any URL that starts with this value will not be pushed to;
 * instead, it will be rewritten ... for pushing"): no fetch reads it.
 */
function gitRewrittenUrl(url: string, configs: readonly string[]): string {
    let best: { from: string; to: string } | undefined;
    for (const c of configs) {
        const m = /^url\.([\s\S]+)\.insteadof=([\s\S]*)$/i.exec(c);
        if (m && url.startsWith(m[2]) && (best === undefined || m[2].length > best.from.length))
            best = { from: m[2], to: m[1] };
    }
    return best === undefined ? url : best.to + url.slice(best.from.length);
}

/** Round 86: `git config [--global|--system] http[.<url>].sslVerify false` (git-config(1)): later fetches unverified. */
export function gitConfigTlsOff(operands: readonly string[]): boolean {
    const words = operands.filter(w => !/^--(global|system|local|add|replace-all|bool)$/.test(w));
    const at = words.findIndex(w => /^http\.(.+\.)?sslverify$/i.test(w));
    return words[0] === "config" && at > 0 && GIT_FALSE.test(words[at + 1] ?? "x");
}

/**
 * Round 87 (fix): the setting `git config [--global|--system|--local] [--add|--replace-all] KEY VALUE` (or git 2.46's
 * `git config set KEY VALUE`) persists, as `KEY=VALUE`; `value` undefined for `--unset[-all] KEY` / `unset KEY`.
 * git-config(1): "--global: For writing options: write to global ~/.gitconfig file", "--system: ... $(prefix)/etc/
 * gitconfig", read by every later git as `-c KEY=VALUE` would be (a repository's own file, --local, by git in it:
 * read alike, the pack not following which repository). undefined for a read, and for another file (--file, --blob).
 */
export function gitPersistedSetting(operands: readonly string[]): { key: string; value?: string } | undefined {
    const at = readOptions(operands, GIT_OPTIONS).positional.findIndex(p => p.word === "config");
    if (at < 0) return undefined;
    const rest = operands.slice(operands.indexOf("config") + 1);
    if (rest.some(w => /^(-f|--file|--blob)/.test(w))) return undefined;
    const words = rest.filter(w => !w.startsWith("-"));
    const verb = /^(set|unset)$/.test(words[0] ?? "") ? words.shift() : undefined;
    const [key, value] = words;
    if (key === undefined || !/^[\w-]+\.[\s\S]+$/.test(key)) return undefined;
    if (verb === "unset" || rest.some(w => /^--unset(-all)?$/.test(w))) return { key };
    return value === undefined ? undefined : { key, value };
}

/** Round 86: dnf/yum's configuration and repository files (dnf.conf(5): /etc/dnf/dnf.conf, /etc/yum.conf, reposdir). */
const PACKAGE_CONFIG_FILES = /^\/etc\/(?:yum\.repos\.d\/[^/]+\.repo|dnf\/dnf\.conf|yum\.conf)$/;

/**
 * Round 88: whether a replacement an in-place edit puts into a package configuration file over text the pack does not
 * know (the image's repository file) is text the pack cannot read as settings: anything but whole `key=value` lines
 * (dnf.conf(5) options; those are read where they are written, uncheckedPackageSources: `s/^gpgcheck=1/gpgcheck=0/`
 * keeps the image's https source, a signature check off over kept TLS, accepted by design). `s|https://|http://|`
 * puts a fragment into lines the pack cannot see (baseurl, mirrorlist): unknown.
 */
const packageEditUnread = (add: string) =>
    add.split(/\r?\n/).some(line => line.trim() !== "" && !/^\s*[A-Za-z_][\w.-]*\s*=[^\n]*$/.test(line));

/** Round 86: a URL curl or wget downloads (their schemes the node's scripts use). */
const DOWNLOAD_URL = /^(?:https?|ftps?):\/\//i;

/**
 * Round 86: a download that verifies no server: curl(1) `-k/--insecure` ("skip the verification step"), wget(1)
 * `--no-check-certificate` ("Don't check the server certificate"), or a plain-HTTP/FTP URL (UNENCRYPTED_SOURCE).
 */
function unverifiedDownload(name: string, operands: readonly string[]): boolean {
    return unverifiedFetchSwitches(name, operands).length > 0;
}

/**
 * Round 86 (fix): the instance metadata service's URLs (169.254.169.254, fd00:ec2::254, instance-data: namesImds) are
 * no network path: EC2 user guide "Instance metadata service": "The IPv4 address of IMDS is 169.254.169.254 ... a
 * link-local address and is valid only from the instance" (the Nitro hypervisor answers it, no router or peer does),
 * so a plain-HTTP fetch from it is the instance's own data, not a download anyone on the network writes.
 */
const instanceMetadataUrl = (url: string) => namesImds(addressHost(url));

/**
 * Round 86 (fix): what has a fetcher the pack knows (curl, wget, aws; copiedDestinations writes their files) fetch
 * without verifying the server: curl(1) `-k/--insecure` ("skip the verification step"), wget(1)
 * `--no-check-certificate` ("Don't check the server certificate") or `-e check_certificate=off` (wgetrc command),
 * aws(1) `--no-verify-ssl` ("overrides the default behavior of verifying SSL certificates") or a plain-HTTP
 * `--endpoint-url`, and every plain-HTTP/FTP URL (UNENCRYPTED_SOURCE: no TLS, RFC 9110 "http" scheme) other than
 * instance metadata's (instanceMetadataUrl). Empty for an https fetch (the operator's software, round 74) and for any
 * other command. Round 87 (fix): each program's unencrypted schemes are FETCHER_TRANSPORTS' (rsync's daemon
 * sources too), a curl URL without a scheme is read with curl's default (curlSchemeless), and wget's check is off in
 * every spelling of it (wgetCertificateCheckOff: read on its words with its wgetrc files, RootReads.fetcherWords).
 * Round 88 (fix): one table for every fetcher (FETCHER_TRANSPORTS: aria2c, axel and lftp too), each URL operand
 * judged by its scheme - a scheme the fetcher's row does not know as verified is unverified (fail closed) - a URL
 * without one by the scheme the fetcher gives it (fetcherUrlOperands), and its long options spelled in full first
 * (getopt_long abbreviations: fetcherWords).
 */
function unverifiedFetchSwitches(name: string, operands: readonly string[]): string[] {
    if (name === "rsync") return rsyncDaemonSources(operands);
    if (!Object.hasOwn(FETCHER_TRANSPORTS, name) || name === "git") return [];
    const transport = FETCHER_TRANSPORTS[name];
    const words = fetcherWords(name, operands);
    const endpoint = name === "aws" ? optionFileValues(operands, /^--endpoint-url$/).values : [];
    const located = fetcherUrlOperands(name, words);
    const urls = [...new Set([...words.filter(w => DOWNLOAD_URL.test(w)), ...endpoint, ...located])].filter(
        u => !instanceMetadataUrl(u),
    );
    if (name === "aws" ? awsTransfer(operands) === undefined : urls.length === 0 && name !== "lftp") return [];
    const tlsOff = words.filter((w, i) => transport.tlsOff(w, words[i - 1] ?? ""));
    return [
        ...tlsOff,
        ...urls.filter(
            u =>
                transport.plain.test(u) ||
                (located.includes(u) && !transport.verified.test(u) && !instanceMetadataUrl(u)),
        ),
    ];
}

/**
 * Round 88 (fix): whether a long-option word is `option` or abbreviates it (GNU C Library manual, "Getopt Long
 * Options", getopt_long(3): "Long option names may be abbreviated if the abbreviation is unique or is an exact match
 * for some defined option"; curl's own parser did so, case-insensitively, until 8.6.0 (curl PR #12631 "remove
 * 'partial match' feature")), with `value` matching its `=` value where given (undefined: none allowed). An
 * abbreviation another option shares is refused by the program ("option is ambiguous"): reading it as `option` only
 * refuses a command that would not run. For the fetchers without a full option table (FETCHER_TRANSPORTS).
 */
function abbreviatesOption(word: string, option: string, value?: RegExp): boolean {
    const m = /^--([\w-]+)(?:=([\s\S]*))?$/.exec(word);
    if (!m || !option.startsWith(m[1].toLowerCase())) return false;
    return value === undefined ? m[2] === undefined : m[2] !== undefined && value.test(m[2]);
}

/**
 * Round 87 (fix): one table of the schemes each fetcher the pack reads fetches over a transport that verifies no server
 * (`plain`: no TLS, whoever is on the network path answers): curl(1) "PROTOCOLS" - DICT, FTP, GOPHER, HTTP, IMAP,
 * LDAP, MQTT, POP3, RTSP, SMTP, TELNET, TFTP and WS are the unencrypted ones (their S-suffixed twins and SCP/SFTP run
 * over TLS or SSH); wget(1) http and ftp; the AWS CLI's plain-HTTP --endpoint-url; git-clone(1) http, ftp and git://
 * ("The native transport (i.e. git:// URL) does no authentication"); rsync(1) "CONNECTING TO AN RSYNC DAEMON"
 * (rsync:// or HOST::MODULE: plain TCP to port 873, rsyncDaemonSources). scp and sftp run over ssh (none).
 * Round 88 (fix): each row also lists the schemes it verifies (`verified`: TLS or ssh; file:// is a local read,
 * judged where the file is), so a URL operand of any other scheme - one the pack does not know, smb://, rtmp:// - is
 * unverified (fail closed; RFC 1350 TFTP: "no provisions for user authentication"); `schemeless` the scheme it fetches
 * a URL without one by (GNU Wget manual, "URL Format": "If no protocol is specified, http is assumed" - wget's
 * url.c rewrite_shorthand_url reads `host:path` as ftp, both unencrypted; curl's is curlSchemeless'); `tlsOff` its
 * switches that turn the server's certificate check off, on its words spelled in full (fetcherWords) with the word
 * before: curl(1) "-k, --insecure"; wget(1) --no-check-certificate, --check-certificate=off|quiet
 * (wgetCertificateCheckOff); aws(1) --no-verify-ssl; aria2c(1) "--check-certificate[=true|false]: Verify the peer
 * using certificates specified in --ca-certificate option. Default: true"; axel(1) (2.17.8+) "-k, --insecure: Don't
 * verify the SSL certificate"; lftp(1) `set ssl:verify-certificate no` ("ssl:verify-certificate (boolean): if set to
 * yes, then verify server's certificate to be signed by a known Certificate Authority"), in -c/-e commands or a -f
 * script it runs (its own words: lftp's commands are read as words, ";" separated, the settings anywhere in them).
 */
const FETCHER_TRANSPORTS: Record<
    string,
    { plain: RegExp; verified: RegExp; schemeless?: string; tlsOff: (w: string, before: string) => boolean }
> = {
    curl: {
        plain: /^(http|ftp|tftp|dict|gopher|ldap|telnet|imap|pop3|smtp|rtsp|mqtt|ws):\/\//i,
        verified: /^(https|ftps|sftp|scp|imaps|pop3s|smtps|ldaps|gophers|wss|smbs|mqtts|file):\/\//i,
        tlsOff: w => w === "-k" || abbreviatesOption(w, "insecure"),
    },
    wget: {
        plain: /^(http|ftp):\/\//i,
        verified: /^(https|ftps):\/\//i,
        schemeless: "http",
        tlsOff: (w, before) =>
            wgetCertificateCheckOff(w) ||
            (/^(-e|--execute)$/.test(before) && /^check_?certificate\s*=\s*(off|0|no|quiet)$/i.test(w)),
    },
    aws: { plain: /^http:\/\//i, verified: /^(https|s3):\/\//i, tlsOff: w => w === "--no-verify-ssl" },
    aria2c: {
        plain: /^(http|ftp):\/\//i,
        verified: /^(https|ftps|sftp|magnet):/i,
        tlsOff: w => abbreviatesOption(w, "check-certificate", /^false$/i),
    },
    axel: {
        plain: /^(http|ftp):\/\//i,
        verified: /^(https|ftps):\/\//i,
        schemeless: "http",
        tlsOff: w => w === "-k" || /^-[a-zA-Z]*k/.test(w) || abbreviatesOption(w, "insecure"),
    },
    lftp: {
        plain: /^(http|ftp|hftp|fish|bittorrent):\/\//i,
        verified: /^(https|ftps|sftp|file):\/\//i,
        tlsOff: w => /\bset\s+(-a\s+)?ssl:verify-certificate(\/\S+)?\s+(no|off|false|0)\b/i.test(w),
    },
    git: { plain: /^(http|git|ftp):\/\//i, verified: /^(https|ssh|file):\/\//i, tlsOff: () => false },
    rsync: { plain: /^rsync:\/\/|^[^/:\s]+::/i, verified: /^$/, tlsOff: () => false },
};

/**
 * Round 88 (fix): a fetcher's words as it reads them: curl's bundles and glued values split (curlWords), wget's long
 * options spelled in full by its getopt_long table (LONG_OPTIONS.wget, resolveLongOptions: `--no-check-cert` is
 * --no-check-certificate); lftp's -c/-e commands as words. The others' abbreviations are read by their tlsOff
 * (abbreviatesOption).
 */
function fetcherWords(name: string, operands: readonly string[]): readonly string[] {
    if (name === "curl") return curlWords(operands);
    if (name === "wget") return resolveLongOptions(["wget", ...operands]).slice(1);
    if (name === "lftp") return operands.flatMap(w => [w, ...(w.match(/[^\s;"']+/g) ?? [])]);
    return operands;
}

/**
 * Round 88 (fix): the URLs a fetcher fetches from its operands (the words no option takes), each without a scheme given
 * the one the fetcher uses (FETCHER_TRANSPORTS' schemeless; curl's curlSchemeless), so an operand of any scheme is
 * judged by it (unverifiedFetchSwitches).
 */
function fetcherUrlOperands(name: string, words: readonly string[]): string[] {
    const scheme = /^[A-Za-z][\w.+-]*:\/\//;
    if (name === "curl") return curlSchemeless(words);
    const schemeless = FETCHER_TRANSPORTS[name]?.schemeless;
    const operands =
        name === "wget"
            ? readOptions(words, longOptionGrammar("wget")).positional.map(p => p.word)
            : words.filter(w => scheme.test(w));
    return operands.flatMap(u =>
        scheme.test(u)
            ? [u]
            : schemeless !== undefined && /^[\w.-]+(:[^/\s]*)?(\/\S*)?$/.test(u)
              ? [`${schemeless}://${u}`]
              : [],
    );
}

/**
 * Round 87 (fix): wget(1) "--no-check-certificate: Don't check the server certificate"; a wgetrc `check_certificate =
 * off` (GNU Wget manual, "Wgetrc Commands", read by wgetConfigured as --no-check-certificate) and the long spelling
 * `--check-certificate=off|quiet` (wget 1.21: "quiet" skips the check without a warning) are the same switch.
 */
const wgetCertificateCheckOff = (w: string) =>
    w === "--no-check-certificate" || /^--check-certificate=(off|no|0|quiet)$/i.test(w);

/**
 * Round 87 (fix): curl's URLs without a scheme (its operands no option takes, and --url's values), each with the scheme
 * curl fetches it by: curl(1) --proto-default "Tells curl to use protocol for any URL missing a scheme name ...
 * Without this option set, curl guesses protocol based on the host name" (--url: "If you specify a URL without
 * protocol:// prefix, curl attempts to guess what protocol you want. It then defaults to HTTP but tries other
 * protocols based on often-used host name prefixes": ftp., dict., ldap., imap., smtp., pop3. - all unencrypted).
 */
function curlSchemeless(words: readonly string[]): string[] {
    const urls: string[] = [];
    let protoDefault: string | undefined;
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const long = /^(--[\w-]+)(=([\s\S]*))?$/.exec(w);
        const takes = long
            ? curlLongTakesValue(long[1]) && long[2] === undefined
            : /^-[A-Za-z]$/.test(w) && CURL_VALUES.includes(w[1]);
        const value = takes ? (words[++i] ?? "") : long?.[3];
        if (long?.[1] === "--proto-default") protoDefault = value;
        if (long?.[1] === "--url" && value !== undefined) urls.push(value);
        if (!w.startsWith("-")) urls.push(w);
    }
    const scheme = (protoDefault ?? "").toLowerCase() || undefined;
    // Round 88 (fix): every URL operand, one with a scheme as written (judged by it: FETCHER_TRANSPORTS).
    return urls.flatMap(u =>
        /^[A-Za-z][\w.+-]*:\/\//.test(u)
            ? [u]
            : /^[\w.-]+(:\d+)?(\/\S*)?$/.test(u) && !u.startsWith("-")
              ? [`${scheme ?? /^(ftp|dict|ldap|imap|smtp|pop3)(?=\.)/i.exec(u)?.[1].toLowerCase() ?? "http"}://${u}`]
              : [],
    );
}

/**
 * Round 87 (fix): an rsync source on an rsync daemon (rsync(1) "CONNECTING TO AN RSYNC DAEMON": `rsync://HOST/...`
 * or `HOST::MODULE`, "contacting an rsync daemon directly via TCP", no ssh and no TLS) unless a remote shell carries
 * it (-e/--rsh: "Using rsync-daemon features via a remote-shell connection"). The sources are every operand but the
 * destination (the last).
 */
function rsyncDaemonSources(operands: readonly string[]): string[] {
    const read = readOptions(operands, RSYNC_OPTIONS);
    if (read.values.some(([o]) => /^(-e|--rsh)$/.test(o))) return [];
    return read.positional
        .slice(0, -1)
        .map(p => p.word)
        .filter(w => FETCHER_TRANSPORTS.rsync.plain.test(w));
}

/**
 * Round 86 (fix): the files a fetcher writes from a transport that verifies no server (unverifiedFetchSwitches), with
 * the switches: whoever is on the network path (in-VPC ARP or DNS spoofing, a proxy) chose their content, so root
 * running, loading or sourcing one later runs a planted file (RootReads.unverifiedTrees, as round 86's unverified git
 * checkouts). Names the pack cannot list (wget -r, curl -J) are their tree.
 */
export function unverifiedDownloads(words: readonly string[], cwd: string): { paths: string[]; switches: string[] } {
    const name = posix.basename(words[0] ?? "");
    const switches = unverifiedFetchSwitches(name, words.slice(1));
    if (switches.length === 0) return { paths: [], switches };
    const fetched = fetcherOutputs(name, words.slice(1), cwd);
    if (fetched !== undefined) return { paths: fetched, switches };
    const { files, trees } = copiedDestinations(words, cwd);
    return { paths: [...files, ...trees], switches };
}

/**
 * Round 88 (fix): the files a fetcher the pack knows (curl, wget, aws s3 cp/mv/sync) writes from the network over a
 * transport that verifies its server (no unverifiedFetchSwitches: an https/ftps URL with the check on, an s3:// source
 * over the AWS CLI's default TLS). Such a download is the operator's software (round 74; README "an https download is
 * the operator's own software"), whoever runs it: execve(2) of the file, or an interpreter reading it as its script
 * (bash(1) "If arguments remain after option processing ... the first argument is assumed to be the name of a file
 * containing shell commands"; `source FILENAME` "Read and execute commands from filename") read the same bytes, so
 * one provenance holds for every reader (RootReads.verifiedFetched). A local source (curl file://, an s3 transfer
 * between local paths) is a copy, judged by its source: none here.
 */
export function verifiedDownloads(words: readonly string[], cwd: string): string[] {
    const name = posix.basename(words[0] ?? "");
    const operands = words.slice(1);
    if (!/^(curl|wget|aws)$/.test(name) || unverifiedFetchSwitches(name, operands).length > 0) return [];
    if (name === "aws") {
        const transfer = awsTransfer(operands);
        if (!/^s3:\/\//.test(transfer?.source ?? "") || /^s3:\/\//.test(transfer?.destination ?? "")) return [];
    } else {
        const fetched = name === "curl" ? curlWords(operands) : operands;
        // Every source a network one over TLS: a file:// (or any other local) source makes the output a copy.
        if (fetched.some(w => /^file:/i.test(w)) || !fetched.some(w => /^(https|ftps):\/\//i.test(w))) return [];
    }
    return copiedDestinations(words, cwd).files;
}

/**
 * Round 88 (fix): where the fetchers copiedDestinations does not read write what they fetch (FETCHER_TRANSPORTS):
 * aria2c(1) "-d, --dir=<DIR>: The directory to store the downloaded file" (the working directory by default) with
 * "-o, --out=<FILE>: The file name of the downloaded file. It is always relative to the directory given in --dir"
 * (without it, the name the URL or the server gives: the directory); axel(1) "--output=x, -o x ... You can specify a
 * directory as well" (without it, the URL's name in the working directory: that directory); lftp(1) writes where its
 * commands say (get -o, mirror, lcd): the pack cannot list them, so anywhere ("/"). undefined for the other fetchers.
 */
function fetcherOutputs(name: string, operands: readonly string[], cwd: string): string[] | undefined {
    const last = (option: RegExp) => optionFileValues(operands, option).values.at(-1);
    if (name === "aria2c") {
        const dir = posix.resolve(cwd, last(/^(-d|--dir)$/) ?? ".");
        const out = last(/^(-o|--out)$/);
        return [out === undefined ? dir : posix.resolve(dir, out)];
    }
    if (name === "axel") return [posix.resolve(cwd, last(/^(-o|--output)$/) ?? ".")];
    if (name === "lftp") return ["/"];
    return undefined;
}

/**
 * Round 86 (fix): one table of the options that name the certificate authorities a fetcher trusts, each a file or
 * directory root loads as a trust store (judged with planted, as GIT_SSL_CAINFO/CURL_CA_BUNDLE are as variables):
 * curl(1) `--cacert FILE` ("Tells curl to use the specified certificate file to verify the peer") and `--capath DIR`;
 * wget(1) `--ca-certificate=FILE` and `--ca-directory=DIR`; git-config(1) `-c http[.<url>].sslCAInfo=FILE` ("File
 * containing the certificates to verify the peer with when fetching or pushing over HTTPS") and `http.sslCAPath`.
 * A planted CA lets its writer serve whatever the fetch brings. Round 87 (fix): the container engines' too (their
 * pulls are fetches of what pods and root run): skopeo(1) copy "--src-cert-dir path: Use certificates at path (*.crt,
 * *.cert, *.key) to connect to the source registry" (--dest-cert-dir, and --cert-dir of inspect/delete), podman-pull(1)
 * and buildah "--cert-dir=path", ctr images pull "--tlscacert value: path to TLS root CA" and "--hosts-dir value:
 * Custom hosts configuration directory", nerdctl's global --hosts-dir (nerdctl docs/config.md hosts_dir, "A directory
 * that contains <HOST:PORT>/hosts.toml (containerd style) or <HOST:PORT>/{ca.cert, cert.pem, key.pem} (docker
 * style)"): a planted directory of hosts.toml files names any server, skip_verify or CA (containerd docs/hosts.md).
 */
const FETCHER_CA_OPTIONS: Record<string, (operands: readonly string[]) => string[]> = {
    skopeo: operands => optionFileValues(operands, /^--(src-cert-dir|dest-cert-dir|cert-dir)$/).values,
    podman: operands => optionFileValues(operands, /^--cert-dir$/).values,
    buildah: operands => optionFileValues(operands, /^--cert-dir$/).values,
    ctr: operands => optionFileValues(operands, /^--(tlscacert|hosts-dir)$/).values,
    nerdctl: operands => optionFileValues(operands, /^--hosts-dir$/).values,
    curl: operands => optionFileValues(curlWords(operands), /^--(cacert|capath)$/).values,
    // Round 88 (fix): wget's long options spelled in full first (fetcherWords: `--ca-cert` is --ca-certificate).
    wget: operands => optionFileValues(fetcherWords("wget", operands), /^--(ca-certificate|ca-directory)$/).values,
    git: operands =>
        optionFileValues(operands, /^(-c|--config)$/)
            .values.filter(v => /^http\.(.+\.)?sslca(info|path)=/i.test(v))
            .map(v => v.slice(v.indexOf("=") + 1)),
};

/** Round 86 (fix): the CA files and directories a fetcher's options name (FETCHER_CA_OPTIONS). */
function fetcherCaOperands(name: string, operands: readonly string[]): string[] {
    return Object.hasOwn(FETCHER_CA_OPTIONS, name) ? FETCHER_CA_OPTIONS[name](operands) : [];
}

/**
 * Round 86: a dnf configuration or repository file (PACKAGE_CONFIG_FILES) fetched over a transport that verifies no
 * server (unverifiedDownload: curl/wget saving it; dnf config-manager / yum-config-manager `--add-repo URL`, "Add (and
 * enable) the repo from the specified file or url", dnf-plugins-core): whoever is on the path writes its gpgcheck,
 * sslverify and baseurl, so the packages it installs are vouched for by nobody. An https download is the operator's
 * (round 85: K4/N22), as a downloaded package is (round 74's S20).
 */
export function unverifiedRepositoryFiles(words: readonly string[], cwd: string): string[] {
    const name = posix.basename(words[0] ?? "");
    const operands = words.slice(1);
    if (
        /^(dnf|yum|dnf5|dnf-3|yum-config-manager)$/.test(name) &&
        operands.includes("config-manager") !== /-config-manager$/.test(name)
    )
        return optionFileValues(operands, /^--add-repo$/)
            .values.filter(u => UNENCRYPTED_SOURCE.test(u))
            .map(u => `--add-repo ${u}`);
    if (!/^(curl|wget)$/.test(name) || !unverifiedDownload(name, operands)) return [];
    return copiedDestinations(words, cwd)
        .files.filter(f => PACKAGE_CONFIG_FILES.test(f))
        .map(f => `${f} from ${operands.filter(w => DOWNLOAD_URL.test(w)).join(" ")}`);
}

/**
 * Round 86: signing keys a package manager is told to trust, fetched over a transport that verifies no server: rpm(8)/
 * rpmkeys(8) `--import PUBKEY` of a plain-HTTP/FTP URL. rpmkeys(8): "--import PUBKEY ... Import ASCII-armored public
 * keys" into the keyring every later signature check trusts, so whoever is on the network path chooses the signer of
 * every package root installs with only a signature check (an http repository with gpgcheck on). An https key, or one
 * from the image's /etc/pki/rpm-gpg, is the operator's.
 */
export function unverifiedSigningKeys(name: string, operands: readonly string[]): string[] {
    if (/^(dnf|yum|microdnf|dnf5|dnf-3)$/.test(name))
        return optionFileValues(operands, /^--setopt$/)
            .values.filter(v => /^([\w.*-]+\.)?gpgkey=/.test(v.trim()))
            .filter(v => unverifiedKeyUrls(v.slice(v.indexOf("=") + 1)).length > 0)
            .map(v => `--setopt=${v}`);
    if (!/^(rpm|rpmkeys)$/.test(name) || !operands.includes("--import")) return [];
    return operands.filter(w => UNENCRYPTED_SOURCE.test(w));
}

/** Round 86 (fix): the plain-HTTP/FTP URLs of a dnf.conf(5) gpgkey value ("URLs of a GPG key file", blank-separated). */
const unverifiedKeyUrls = (value: string) => value.split(/[\s,]+/).filter(u => UNENCRYPTED_SOURCE.test(u));

/**
 * Round 86 (fix): dnf.conf(5) gpgkey "URLs of a GPG key file that can be used for signing metadata and packages of this
 * repository ... If a key is not yet imported, dnf asks to import it" (with -y, imported): a plain-HTTP/FTP gpgkey in a
 * section whose signature check is on is a key import over a transport that verifies no server, as `rpm --import
 * http://` is (unverifiedSigningKeys): whoever is on the path chooses the key every later signature check trusts,
 * whatever the baseurl's transport. A section with gpgcheck off imports no key (uncheckedPackageSettings judges it); a
 * file:// or https key is the operator's. The `gpgkey=URL` settings, per [section].
 */
export function unverifiedRepositoryKeys(text: string): string[] {
    return text.split(/^\s*(?=\[)/m).flatMap(section => {
        const settings = section.split(/\r?\n/).flatMap(line => {
            const m = /^\s*([\w.-]+)\s*=\s*(.*?)\s*$/.exec(line);
            return m ? [{ key: m[1], value: m[2] }] : [];
        });
        if (settings.some(x => packageCheckTurnedOff(x.key, x.value) === "signature")) return [];
        return settings
            .filter(x => x.key === "gpgkey" && unverifiedKeyUrls(x.value).length > 0)
            .map(x => `gpgkey=${x.value}`);
    });
}

/**
 * Round 86 (fix): the repository sources a dnf command line defines itself (dnf(8) `--repofrompath=<repo>,<path/url>`
 * "Specify a repository to add to the repositories for this query"; `--setopt=<repo>.baseurl|mirrorlist|metalink=URL`)
 * that are plain HTTP/FTP: an unverified transport beside the line's own signature switches (packageCheckOffSwitches).
 */
function commandLineRepositorySources(operands: readonly string[]): string[] {
    const added = optionFileValues(operands, /^--repofrompath$/)
        .values.filter(v => UNENCRYPTED_SOURCE.test(v.slice(v.indexOf(",") + 1).trim()))
        .map(v => `--repofrompath=${v}`);
    const set = optionFileValues(operands, /^--setopt$/)
        .values.filter(v => /^([\w.*-]+\.)?(baseurl|mirrorlist|metalink)=/.test(v.trim()))
        .filter(v =>
            v
                .slice(v.indexOf("=") + 1)
                .split(/[\s,]+/)
                .some(u => UNENCRYPTED_SOURCE.test(u)),
        )
        .map(v => `--setopt=${v}`);
    return [...added, ...set];
}

/**
 * Round 84: the switches on a package manager's command line that install packages nobody vouches for: dnf(8)/yum
 * `--nogpgcheck` ("Skip checking GPG signatures on packages") or `--setopt=[repo.]gpgcheck=0` together with an
 * unverified transport (`--setopt=[repo.]sslverify=0`, a plain-HTTP/FTP package URL); rpm(8) `--nosignature`/
 * `--nodigest` ("Don't verify package or header signatures/digests") of a plain-HTTP/FTP URL (a local file is judged
 * where it comes from: loadedOperands); apt-get(8) `--allow-unauthenticated` and `-o` of APT::Get::AllowUnauthenticated
 * or Acquire::AllowInsecureRepositories true (apt-secure(8) "UNSIGNED REPOSITORIES": the pack reads no apt sources,
 * which are often plain HTTP, so fail closed). A signature check off alone keeps TLS to the server the operator named.
 */
export function packageCheckOffSwitches(
    name: string,
    operands: readonly string[],
    configured: { dnf?: string; rpmMacros?: string } = {},
): string[] {
    const unencrypted = operands.filter(w => UNENCRYPTED_SOURCE.test(w));
    if (/^(dnf|yum|microdnf|dnf5|dnf-3|yum-config-manager)$/.test(name)) {
        const setopts = optionFileValues(operands, /^--setopt$/).values.map(v => ({
            v,
            off: packageCheckTurnedOff(v.slice(0, Math.max(v.indexOf("="), 0)), v.slice(v.indexOf("=") + 1)),
        }));
        const signature = [
            ...operands.filter(w => w === "--nogpgcheck"),
            ...setopts.filter(x => x.off === "signature").map(x => `--setopt=${x.v}`),
            ...localPackagesUnsigned(unencrypted, setopts, configured.dnf),
        ];
        const transport = [
            ...setopts.filter(x => x.off === "tls").map(x => `--setopt=${x.v}`),
            ...unencrypted,
            ...commandLineRepositorySources(operands),
        ];
        return signature.length === 0 || transport.length === 0 ? [] : [...signature, ...transport];
    }
    if (name === "rpm") {
        const off = [
            ...operands.filter(w => /^--no(signature|digest)$/.test(w)),
            ...(rpmInstalls(operands) ? rpmSignatureNotRequired(operands, configured.rpmMacros) : []),
        ];
        return off.length === 0 || unencrypted.length === 0 ? [] : [...off, ...unencrypted];
    }
    if (/^(apt|apt-get|aptitude)$/.test(name)) {
        const options = optionFileValues(operands, /^(-o|--option)$/).values.filter(v =>
            /^(APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories)=(1|true|yes)$/i.test(v.trim()),
        );
        return [...operands.filter(w => w === "--allow-unauthenticated"), ...options.map(v => `-o ${v}`)];
    }
    return [];
}

/**
 * Round 81: alternatives(8)/update-alternatives(1) `--install LINK NAME PATH PRIORITY` (and its `--slave`/`--follower
 * LINK NAME PATH`) and `--set NAME PATH` make LINK a symlink chain (through /etc/alternatives) to PATH: read as
 * `ln -sfn PATH LINK`, root then runs PATH wherever it runs LINK.
 */
function alternativesTargets(name: string, operands: readonly string[]): string[] {
    if (!/^(update-)?alternatives$/.test(name)) return [];
    return operands.flatMap((w, i) =>
        /^--(install|slave|follower)$/.test(w) ? [operands[i + 3] ?? ""] : w === "--set" ? [operands[i + 2] ?? ""] : [],
    );
}

/**
 * Round 81: the variables whose words a program puts before its own options, spliced into its operands before
 * loadedOperands reads them (with the archivers', ARCHIVER_VARIABLES): modprobe(8)'s "The MODPROBE_OPTIONS environment
 * variable can also be used to pass arguments to modprobe".
 */
const OPTION_VARIABLES: Record<string, string[]> = { modprobe: ["MODPROBE_OPTIONS"] };

/**
 * Round 88: the variables whose value is a list of files a program reads as code besides its operands, judged as its
 * loaded operands: GNU make "The Variable MAKEFILES": "If the environment variable MAKEFILES is defined, make considers
 * its value as a list of names (separated by whitespace) of additional makefiles to be read before the others" (their
 * recipes and $(shell) run).
 */
const ENVIRONMENT_LOADED_FILES: Record<string, string[]> = { make: ["MAKEFILES"], gmake: ["MAKEFILES"] };

/** Round 88: the files a program's ENVIRONMENT_LOADED_FILES variables name (split on blanks, quotes removed). */
function environmentLoadedFiles(name: string, environment: ReadonlyMap<string, string>): string[] {
    return (ENVIRONMENT_LOADED_FILES[name] ?? [])
        .flatMap(v => environment.get(v) ?? [])
        .flatMap(value => (value.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map(w => w.replace(/^(["'])([\s\S]*)\1$/, "$2")));
}

/** Round 81: a program's operands with the words of its OPTION_VARIABLES first (split on blanks, quotes removed). */
function withOptionVariables(
    name: string,
    operands: readonly string[],
    environment: ReadonlyMap<string, string>,
): readonly string[] {
    const given = [...(ARCHIVER_VARIABLES[name] ?? []), ...(OPTION_VARIABLES[name] ?? [])]
        .flatMap(v => environment.get(v) ?? [])
        .flatMap(value => (value.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map(w => w.replace(/^(["'])([\s\S]*)\1$/, "$2")));
    return given.length === 0 ? operands : [...given, ...operands];
}

/**
 * Round 81: where a firewall rule loader reads its rules: iptables-restore(8) (ip6tables-restore, the -legacy/-nft
 * builds, ebtables-/arptables-restore alike) "restore IP and IPv6 Tables from data specified on STDIN or in file";
 * nft(8) "-f, --file filename: Read input from filename. If filename is -, read from stdin"; ipset(8) "restore: ...
 * can be fed from stdin or the option -file can be used to specify the input file" (-R the old spelling). Undefined
 * for any other command.
 */
function ruleLoaderSources(name: string, operands: readonly string[]): { files: string[]; stdin: boolean } | undefined {
    if (/^(ip6?tables(-legacy|-nft)?|ebtables|arptables)-restore$/.test(name)) {
        const { positional } = optionFileValues(
            operands,
            /^$/,
            /^(-w|--wait|-W|--wait-interval|-M|--modprobe|-T|--table)$/,
        );
        return positional.length === 0 || positional[0] === "-"
            ? { files: [], stdin: true }
            : { files: positional.slice(0, 1), stdin: false };
    }
    if (name === "nft") {
        const { values } = optionFileValues(operands, /^(-f|--file)$/, /^(-I|--includepath)$/);
        if (values.length === 0) return undefined;
        return { files: values.filter(v => v !== "-"), stdin: values.includes("-") };
    }
    if (name === "ipset" && operands.some(w => /^(restore|-R)$/.test(w))) {
        const file = operands.findIndex(w => /^-(f|file)$/.test(w));
        return file < 0 ? { files: [], stdin: true } : { files: [operands[file + 1] ?? ""], stdin: false };
    }
    return undefined;
}

/**
 * Round 82: the rule files firewall services load at start: iptables-services' iptables.service and ip6tables.service
 * (iptables.init: iptables-restore of /etc/sysconfig/iptables, /etc/sysconfig/ip6tables; -config for their options),
 * ipset-service's /etc/sysconfig/ipset, and nftables.service's `nft -f` of /etc/sysconfig/nftables.conf (Fedora, Amazon
 * Linux) or /etc/nftables.conf (Debian).
 */
const RULE_SERVICE_FILES = /^\/etc\/(?:sysconfig\/(?:ip6?tables|ipset|nftables\.conf)|nftables\.conf)$/;

/** Round 75: the trees holding files the node judges (configuration, startup files, units, spools, boot). */
const JUDGED_TREES = [
    "/etc",
    "/root",
    "/usr",
    "/lib",
    "/lib64",
    "/run",
    "/var/spool",
    "/var/lib/cloud",
    "/boot",
    "/opt/aws",
    "/home",
];

/**
 * Round 75: a C-style quoted name (git quote.c unquote_c_style: `\a \b \t \n \v \f \r \" \\` and three octal digits
 * for a byte, the bytes UTF-8), without its quotes; undefined for any other escape or an unterminated string.
 */
function unquoteC(quoted: string): string | undefined {
    if (!/^".*"$/s.test(quoted) || quoted.length < 2) return undefined;
    const body = quoted.slice(1, -1);
    const bytes: number[] = [];
    const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch === '"') return undefined;
        if (ch !== "\\") {
            bytes.push(...Buffer.from(ch, "utf8"));
            continue;
        }
        const next = body[++i] ?? "";
        if (Object.hasOwn(simple, next)) bytes.push(simple[next]);
        else if (/^[0-3][0-7]{2}$/.test(body.slice(i, i + 3))) {
            bytes.push(parseInt(body.slice(i, i + 3), 8));
            i += 2;
        } else return undefined;
    }
    const text = Buffer.from(bytes).toString("utf8");
    return text.includes("\uFFFD") ? undefined : text;
}

const AWKS = /^(awk|gawk|mawk|nawk)$/;

/**
 * Round 75: the files a literal awk program writes (RootReads.awkEditor), `runs` when it runs a command; undefined when
 * the pack cannot tell. POSIX awk "Output Statements": `print`/`printf` "> expression" and ">> expression" write the
 * file the expression names, "| expression" pipes to a command; "Input": `expression | getline` runs one; system()
 * (and gawk's `|&` coprocess) too. Strings are taken out first (POSIX "String constants": `\"` escapes); a `>` after
 * a print or printf in its statement is a redirection (a comparison there needs parentheses: taken as one, fail
 * closed), its target a string constant (else undefined); any `|` but `||`, and system(, runs a command; gawk's
 * `@include "lib"` libraries are listed (`includes`, read by awkEditor), an @load extension makes it undefined.
 */
function awkProgramWrites(program: string): { files: string[]; runs: boolean; includes: string[] } | undefined {
    const strings: string[] = [];
    // Comments are kept (a `#` may stand in a regular expression constant): what they hold is read as code.
    if (program.includes("\uE000")) return undefined;
    const code = program.replace(/"((?:[^"\\\n]|\\.)*)"/g, (_, body: string) => {
        strings.push(body.replace(/\\(.)/g, "$1"));
        return `\uE000${strings.length - 1}\uE000`;
    });
    if (code.includes('"') || /@load\b/.test(code)) return undefined;
    // gawk's `@include "file"` (GNU awk manual "Including Other Files"): the library is read as a program too.
    const includes: string[] = [];
    for (const m of code.matchAll(/@include\b\s*(\S*)/g)) {
        const name = /^\uE000(\d+)\uE000$/.exec(m[1]);
        if (name === null) return undefined;
        includes.push(strings[Number(name[1])]);
    }
    const runs = /\|(?!\|)/.test(code.replace(/\|\|/g, "")) || /\bsystem\s*\(/.test(code);
    const files: string[] = [];
    for (const statement of code.match(/\bprintf?\b[^;}\n]*/g) ?? []) {
        // The whole rest of the statement is the target expression: one string constant, nothing concatenated.
        const redirect = />>?\s*([^]*)$/.exec(statement);
        if (redirect === null) continue;
        const target = /^\uE000(\d+)\uE000\s*\)?\s*$/.exec(redirect[1]);
        if (target === null) return undefined;
        files.push(strings[Number(target[1])]);
    }
    return { files, runs, includes };
}

/** Round 75: patch(1), git-apply(1) and git-am(1): programs writing the files their patch names (commandTexts). */
const patches = (name: string, operands: readonly string[]) =>
    name === "patch" || (name === "git" && /^(apply|am)$/.test(gitCommand(operands)?.command ?? ""));

/**
 * git(1)'s subcommand and where it runs: the first word after the global options, those taking a value (`-C <path>`
 * "Run as if git was started in <path>", `-c name=value`, --git-dir, --work-tree, --namespace, --exec-path's
 * separate form aside) skipped; `dirs` the -C directories in order.
 */
function gitCommand(operands: readonly string[]): { command: string; at: number; dirs: string[] } | undefined {
    const plain = operands.map(w => w.replace(/\0/g, ""));
    const dirs: string[] = [];
    for (let i = 0; i < plain.length; i++) {
        const w = plain[i];
        if (w === "-C") dirs.push(plain[++i] ?? "");
        else if (/^(-c|--git-dir|--work-tree|--namespace|--config-env)$/.test(w)) i++;
        else if (!w.startsWith("-")) return { command: w, at: i, dirs };
    }
    return undefined;
}

/**
 * Round 75: what a literal unified diff applied by patch(1) or git-apply(1) does, when the pack can read it whole: the
 * files it edits (`paths`, absolute) and the lines it may put into them (`adds`), else undefined (unknownEditor's
 * reading, fail closed). GNU patch "applies those differences to one or more original files": a unified hunk keeps its
 * ` ` context lines, removes its `-` lines and adds its `+` lines (GNU diffutils manual, "Unified Format"). For patch
 * the `-` lines count as added too: patch(1) -t/--batch "assume that patches are reversed if they look like they are"
 * (and interactively it offers to), so a hunk may be applied either way, unless -f/--force ("assume that patches are
 * not reversed even if they look like they are") or -N/--forward ("Ignore patches that seem to be reversed"); git
 * apply reverses only with -R (not read), so its `-` lines only remove. Read only: a patch of `---`/`+++` headers (no /dev/null: a file made or removed),
 * `@@` hunks and their lines, `\ No newline at end of file`, git's `diff --git` and `index` lines (no mode, rename,
 * copy or binary lines); `patch [-pN] [-d DIR] [-s] [-N] [-b] [-u] [-t] [-f] [ORIGINALFILE] < PATCH` (ORIGINALFILE:
 * "patch ... that file", else the header names stripped by -p, or with no -p both the whole name and its base name:
 * "not specifying -p at all just gives you blurfl.c"), `git apply [--unsafe-paths] [--directory=ROOT] [-pN] [-v]
 * [--recount] [-]` (git-apply(1): -p "default 1", --directory "Prepend root to all filenames in the patch"). Other
 * options (-R/--reverse, -o, -r, --include, --3way, --reject, --index ...) are not read.
 */
function literalPatch(
    name: string,
    operands: readonly string[],
    cwd: string | undefined,
    text: string | undefined,
): { paths: string[]; adds: string[] } | undefined {
    if (text === undefined || cwd === undefined || SUBSTITUTED_MARK.test(text) || text.includes(UNKNOWN_WORDS))
        return undefined;
    const plain = operands.map(w => w.replace(/\0/g, ""));
    if (plain.some(w => /\$|SUBSTITUTED/.test(w) || w.includes(UNKNOWN_WORDS))) return undefined;
    let dir = cwd;
    let strip: number | undefined;
    let original: string | undefined;
    let reversible = false;
    /** git apply's --directory, relative to the repository's top, which may be any directory above (etckeeper's /etc). */
    let gitRoot: string | undefined;
    if (name === "git") {
        const git = gitCommand(plain);
        if (git?.command !== "apply") return undefined;
        for (const d of git.dirs) dir = posix.resolve(dir, d);
        strip = 1;
        gitRoot = ".";
        for (let i = git.at + 1; i < plain.length; i++) {
            const w = plain[i];
            if (/^--directory=/.test(w)) gitRoot = posix.join(gitRoot, w.slice(12));
            else if (w === "--directory") gitRoot = posix.join(gitRoot, plain[++i] ?? "");
            else if (/^-p\d+$/.test(w)) strip = Number(w.slice(2));
            else if (!/^(--unsafe-paths|-v|--verbose|--recount|-)$/.test(w)) return undefined;
        }
    } else if (name === "patch") {
        const positional: string[] = [];
        for (let i = 0; i < plain.length; i++) {
            const w = plain[i];
            if (/^-p\d+$/.test(w) || /^--strip=\d+$/.test(w)) strip = Number(w.replace(/^\D+/, ""));
            else if (w === "-p" && /^\d+$/.test(plain[i + 1] ?? "")) strip = Number(plain[++i]);
            else if (w === "-d") dir = posix.resolve(dir, plain[++i] ?? "");
            else if (/^--directory=/.test(w)) dir = posix.resolve(dir, w.slice(12));
            else if (/^-[sNbutf]+$/.test(w) || /^--(silent|quiet|forward|backup|unified|batch|force)$/.test(w))
                continue;
            else if (w.startsWith("-")) return undefined;
            else positional.push(w);
        }
        if (positional.length > 1) return undefined;
        original = positional[0];
        reversible = !plain.some(w => /^-[sNbutf]*[Nf][sNbutf]*$|^--(forward|force)$/.test(w));
    } else return undefined;
    const names: string[] = [];
    const adds: string[] = [];
    let hunks = 0;
    for (const line of text.replace(/\n$/, "").split(/\r?\n/)) {
        const header = /^(---|\+\+\+) ("?)([^\t"]+)\2(\t.*)?$/.exec(line);
        if (header) {
            if (header[3].trim() === "/dev/null") return undefined;
            names.push(header[3].trim());
            // Inside a hunk it may as well be a line added (`+` then `++ ...`, or `-` applied reversed).
            if (hunks > 0 && (line.startsWith("+") || reversible)) adds.push(line.slice(1));
        } else if (/^@@ -\d+(,\d+)? \+\d+(,\d+)? @@/.test(line)) hunks++;
        else if ((line.startsWith("+") || (line.startsWith("-") && reversible)) && hunks > 0) adds.push(line.slice(1));
        else if (line.startsWith("-") && hunks > 0) continue;
        else if (/^( |\\ No newline at end of file$)/.test(line) || line === "") continue;
        else if (name === "git" && /^(diff --git |index [0-9a-f]+\.\.[0-9a-f]+( \d+)?$)/.test(line)) continue;
        else return undefined;
    }
    if (hunks === 0 || names.length === 0) return undefined;
    const stripped = (n: string, level: number) => {
        const parts = n.split("/").filter(Boolean);
        return level >= parts.length ? undefined : parts.slice(level).join("/");
    };
    const paths =
        original !== undefined
            ? [posix.resolve(dir, original)]
            : names.flatMap(n => {
                  const candidates = strip === undefined ? [n, posix.basename(n)] : [stripped(n, strip)];
                  // git-apply(1): paths are the repository's, "relative to the top of the working tree" when run in a
                  // subdirectory of one: every directory from the working directory up may be that top.
                  const tops =
                      gitRoot === undefined
                          ? [dir]
                          : dir
                                .split("/")
                                .map((_, i, parts) => parts.slice(0, i + 1).join("/") || "/")
                                .map(top => posix.join(top, gitRoot!));
                  return candidates.flatMap(c => (c === undefined ? [undefined] : tops.map(t => posix.resolve(t, c))));
              });
    if (paths.some(p => p === undefined)) return undefined;
    return { paths: [...new Set(paths as string[])], adds };
}

/**
 * modprobe.d(5) configuration directories (and the old single file modprobe.conf), read by RootReads.modprobe. Round
 * 75: kmod modprobe.d(5) SYNOPSIS "/lib/modprobe.d/*.conf /usr/local/lib/modprobe.d/*.conf /run/modprobe.d/*.conf
 * /etc/modprobe.d/*.conf" (kmod 30+): /usr/local/lib too.
 */
const MODPROBE_CONFIG = /^\/(etc|run|lib|usr\/lib|usr\/local\/lib)\/modprobe\.d\/[^/]+\.conf$|^\/etc\/modprobe\.conf$/;

/**
 * Round 76: udev(7) "RULES FILES": "The udev rules are read from the files located in the system rules directories
 * /usr/lib/udev/rules.d and /usr/local/lib/udev/rules.d, the volatile runtime directory /run/udev/rules.d and the
 * local administration directory /etc/udev/rules.d" (/lib/udev/rules.d on older images), read by RootReads.udevRules.
 */
export const UDEV_RULES = /^\/(etc|run|lib|usr\/lib|usr\/local\/lib)\/udev\/rules\.d\/[^/]+$/;
/**
 * Round 76: auditd-plugins(5): "The child programs install a configuration file in a plugins directory which defaults
 * to /etc/audit/plugins.d" (audispd's /etc/audisp/plugins.d before audit 3), read by RootReads.auditPlugin.
 */
export const AUDIT_PLUGIN_CONFIG = /^\/etc\/(audit|audisp)\/plugins\.d\/[^/]+$/;

/** udev(7) "Rules Syntax" keys (systemd-udevd's rules parser): any other key is a line the pack cannot read. */
const UDEV_KEYS =
    /^(ACTION|DEVPATH|KERNEL|KERNELS|NAME|SYMLINK|SUBSYSTEM|SUBSYSTEMS|DRIVER|DRIVERS|ATTR|ATTRS|SYSCTL|ENV|CONST|TAG|TAGS|TEST|PROGRAM|RESULT|IMPORT|OPTIONS|OWNER|GROUP|MODE|SECLABEL|RUN|LABEL|GOTO)$/;

/**
 * Round 76: a udev rule line's key-value pairs (udev(7) "Rules Syntax": "comma-separated list of one or more
 * key-operator-value expressions", a value in double quotes, `e"..."` an escape string, whose value is given a
 * leading backslash so a program in one stays unread: udevCommandLine); undefined when the line is not only such pairs
 * (the pack cannot read it).
 */
function udevRulePairs(line: string): { key: string; attr?: string; op: string; value: string }[] | undefined {
    const pairs: { key: string; attr?: string; op: string; value: string }[] = [];
    let rest = line;
    while ((rest = rest.replace(/^[\s,]+/, "")) !== "") {
        const m = /^([A-Z_]+)(?:\{([^}]*)\})?\s*(==|!=|\+=|-=|:=|=)\s*(e?)"((?:[^"\\]|\\.)*)"/.exec(rest);
        if (!m || !UDEV_KEYS.test(m[1])) return undefined;
        pairs.push({ key: m[1], attr: m[2], op: m[3], value: m[4] ? `\\${m[5]}` : m[5] });
        rest = rest.slice(m[0].length);
        if (rest !== "" && !/^[\s,]/.test(rest)) return undefined;
    }
    return pairs;
}

/**
 * A udev substitution's value: the reader's mark for output it cannot know (SUBSTITUTED), unquoted, so words the
 * reader cannot know (a program named by it is one made at boot: unreadableRun).
 */
const UDEV_SUBSTITUTION = SUBSTITUTED;

/**
 * Round 77: what %k/$kernel (udev(7) "String substitutions": "The kernel name for this device") is read as in a rule
 * that only matches block devices (SUBSYSTEM=="block"): udev
 * substitutes them into the program's text before anything parses it, so in a `sh -c` script they are shell text, not
 * a quoted word. Block devices' kernel names are made by their drivers from fixed formats ("sd%c", "nvme%dn%d",
 * "loop%d", "dm-%d", partitions "<disk>p<N>": Documentation/admin-guide/devices.txt) and never hold a '/' (sysfs
 * names turn it into '!') nor shell metacharacters; only root makes such devices. Read as one such word: a write below
 * /sys/block/%k is judged as the write it is. Any other subsystem's names may be chosen by whoever makes the device: a
 * network interface's name is any 15 characters but '/', ':' and blanks (net/core/dev.c dev_valid_name), `$(...)` and
 * `;` included, made by a hostNetwork pod with NET_ADMIN: there %k stays unknown (UDEV_SUBSTITUTION), as do $attr{},
 * $env{}, %c, %E{} and $result everywhere, and %n/$number ("The kernel number for this device": digits, but empty for
 * a name without trailing ones, sda, so no one word stands for it).
 */
const UDEV_BLOCK_KERNEL_NAME = "nvme0n1";

/**
 * Round 76: a program value of a udev rule (RUN{program}, PROGRAM, IMPORT{program}) as shell text the reader follows.
 * udev(7) "RUN{type}": "If no absolute path is given, the program is expected to live in /usr/lib/udev; otherwise,
 * the absolute path must be specified"; udev runs it itself, no shell: its words split on blanks and quotes. Its
 * substitutions (udev(7) "String substitutions": $kernel %k, $attr{file}, $env{key} ... applied before the split) are
 * udev's, each read as words the reader cannot know (UDEV_SUBSTITUTION); `$$` and `%%` are literal. Undefined for a
 * value the pack does not read (a backslash escape, an open quote, no word).
 */
function udevCommandLine(value: string, blockDevice = false): string | undefined {
    if (value.includes("\\")) return undefined;
    const words: string[] = [];
    let [word, inWord, quote] = ["", false, ""];
    for (const ch of value) {
        if (quote) {
            if (ch === quote) quote = "";
            else word += ch;
        } else if (ch === "'" || ch === '"') [quote, inWord] = [ch, true];
        else if (/\s/.test(ch)) {
            if (inWord) words.push(word);
            [word, inWord] = ["", false];
        } else [word, inWord] = [word + ch, true];
    }
    if (quote) return undefined;
    if (inWord) words.push(word);
    if (words.length === 0) return undefined;
    if (!/^[/$%]/.test(words[0])) words[0] = `/usr/lib/udev/${words[0]}`;
    const literal = (t: string) => `'${t.replace(/'/g, `'\\''`)}'`;
    return words
        .map(w => {
            const parts = w.split(/(\$\$|%%|\$[A-Za-z_]*(?:\{[^}]*\})?|%.?(?:\{[^}]*\})?)/);
            const text = parts
                .map((part, i) =>
                    i % 2 === 0
                        ? part === ""
                            ? ""
                            : literal(part)
                        : part === "$$"
                          ? literal("$")
                          : part === "%%"
                            ? literal("%")
                            : blockDevice && /^(%k|\$kernel)$/.test(part)
                              ? literal(UDEV_BLOCK_KERNEL_NAME)
                              : UDEV_SUBSTITUTION,
                )
                .join("");
            return text === "" ? "''" : text;
        })
        .join(" ");
}

/** Round 76: auditd-plugins(5) options; any other key is a line the pack cannot read. */
const AUDIT_PLUGIN_KEYS = /^(active|direction|path|type|args|format)$/;

/** The file system hierarchy's standard directories (hier(7)): a variable naming one names no file. */
const STANDARD_DIRECTORIES = new Set([
    "/",
    "/bin",
    "/boot",
    "/etc",
    "/home",
    "/lib",
    "/lib64",
    "/mnt",
    "/opt",
    "/root",
    "/run",
    "/sbin",
    "/srv",
    "/tmp",
    "/usr",
    "/usr/bin",
    "/usr/lib",
    "/usr/lib64",
    "/usr/local",
    "/usr/local/bin",
    "/usr/local/lib",
    "/usr/sbin",
    "/usr/share",
    "/var",
    "/var/cache",
    "/var/lib",
    "/var/log",
    "/var/tmp",
]);

const UNKNOWN_EDITOR_EXEMPT =
    /^(http\.server|tar|gtar|bsdtar|rm|unlink|shred|curl|aws|rclone|find|inotifywatch|rpm|bootstrap\.sh|lsattr|od|hexdump|strings|namei|inotifywait|stunnel|stunnel4|xinetd|inetd|exportfs|rsync|smbd|7z|7za|7zr|7zz|crudini|openssl|docker|podman|nerdctl|ctr|kubectl|crictl|systemd-tmpfiles|systemd-sysusers|sysctl|systemd-sysctl|ssh-keygen|sshd|visudo|systemd-analyze|kernel-install|grub2?-mkconfig|sestatus|sudo|env|nohup|timeout|nice|ionice|stdbuf|setsid|chroot|runuser|su|exec|command|builtin|time|xargs|parallel|watch|flock|systemd-run|fluent-bit|td-agent-bit|fluentd|td-agent|collectd)$/;

/**
 * Round 86: whether a mount(8) command line binds or moves a tree ("--bind: Remount a subtree somewhere else (so that
 * its contents are available in both places)", -o bind/rbind, --move): its target is then its source.
 */
function mountBinds(operands: readonly string[]): boolean {
    const options = operands.flatMap((a, i) =>
        /^(-o|--options)$/.test(operands[i - 1] ?? "")
            ? [a]
            : /^(--options=|-o)./.test(a)
              ? [a.replace(/^--options=|^-o/, "")]
              : [],
    );
    return (
        operands.some(a => /^(--bind|--rbind|-B|-R|--move|-M)$/.test(a)) || /(^|,)r?bind(,|$)/.test(options.join(","))
    );
}

/** mount(8)'s options that take a value (its words' readers: mountReadWords, RootReads.mount). */
const MOUNT_VALUED =
    /^(-o|--options|-t|--types|-O|--test-opts|-N|--namespace|-T|--fstab|-L|--label|-U|--uuid|--target)$/;

/**
 * Round 86 (fix): the words of a mount(8) command line it reads, never writes: its options' values (an overlay's
 * lowerdir=/upperdir= layers, loop, -T's fstab) and its source (a bind's tree, a loop image, a device), all but the
 * target (the last operand, or --target's). A planted image or layer stays planted (mountShowsPlanted).
 */
function mountReadWords(operands: readonly string[]): string[] {
    const explicit = operands.indexOf("--target");
    const positional = operands.flatMap((a, i) =>
        !a.startsWith("-") && !MOUNT_VALUED.test(operands[i - 1] ?? "") ? [i] : [],
    );
    const target = explicit >= 0 ? explicit + 1 : positional.at(-1);
    return operands.filter((_, i) => i !== target);
}

/**
 * Round 88 (fix): one reading of every mounting program as mount(8) words (MOUNTERS), for the written-operand filter
 * (RootReads.overwrites: mountingReadWords) and RootReads.mount alike. mount(8) itself; its helpers (mount(8) "EXTERNAL
 * HELPERS": "/sbin/mount.suffix spec dir [-sfnv] [-N namespace] [-o options] [-t type.subtype]": the same spec, dir
 * and -o, of type suffix); systemd-mount(1) "systemd-mount [OPTIONS...] WHAT [WHERE]" with "-o, --options=" ("Additional
 * mount options") and "-t, --type=" as mount's, "--tmpfs" a tmpfs at WHERE, its other options (--property=,
 * --description=, --automount=, --timeout-idle-sec=, --fsck=, --owner=, -H/--host=, -M/--machine=) naming nothing
 * mounted; "-u, --umount" and "--list" mount nothing (undefined). WHAT alone mounts at a place the pack cannot know
 * (below /run/media/system/): no target.
 */
const MOUNTERS = /^(mount|mount\.[\w.+-]+|systemd-mount)$/;

function mountWords(name: string, operands: readonly string[]): string[] | undefined {
    if (name === "mount") return [...operands];
    if (name.startsWith("mount.")) return ["-t", name.slice("mount.".length), ...operands];
    if (name !== "systemd-mount") return undefined;
    const out: string[] = [];
    const positional: string[] = [];
    let tmpfs = false;
    for (let i = 0; i < operands.length; i++) {
        const a = operands[i];
        const long = /^(--[\w-]+)=([\s\S]*)$/.exec(a);
        const option = long?.[1] ?? (/^-[otpHM]./.test(a) ? a.slice(0, 2) : a);
        const valueOf = () => (long ? long[2] : /^-[otpHM]./.test(a) ? a.slice(2) : (operands[++i] ?? ""));
        if (/^(-u|--umount|--list)$/.test(a)) return undefined;
        if (a === "--tmpfs") tmpfs = true;
        else if (/^(-o|--options)$/.test(option)) out.push("-o", valueOf());
        else if (/^(-t|--type)$/.test(option)) out.push("-t", valueOf());
        else if (
            /^(-p|--property|--description|--automount|--timeout-idle-sec|--fsck|--owner|-H|--host|-M|--machine|--json)$/.test(
                option,
            )
        )
            valueOf();
        else if (!a.startsWith("-")) positional.push(a);
    }
    const [what, where] = tmpfs ? ["tmpfs", positional[0]] : positional;
    if (tmpfs) out.push("-t", "tmpfs");
    if (what !== undefined) out.push("--source", what);
    if (where !== undefined) out.push("--target", where);
    return out;
}

/**
 * Round 88 (fix): the words of a mounting program's command line that it reads, never writes (mountReadWords of its
 * mount(8) words, MOUNTERS), and every word of losetup(8) ("losetup [-o offset] [--sizelimit size] [--sector-size
 * size] [-Pr] [--show] -f|loopdev file": it attaches file to a loop device and writes neither). Empty for any other
 * program.
 */
function mountingReadWords(name: string, operands: readonly string[]): string[] {
    if (name === "losetup") return [...operands];
    const words = mountWords(name, operands);
    if (words === undefined) return MOUNTERS.test(name) ? [...operands] : [];
    const reads = new Set(mountReadWords(words));
    // An original word is read when it is one of the mount(8) words read, or an option word holding one (`--options=`).
    return operands.filter(
        w => reads.has(w) || (w.startsWith("-") && [...reads].some(r => r !== "" && w.endsWith(`=${r}`))),
    );
}

/**
 * Round 88 (fix): losetup(8) attachments: "losetup [options] loopdev file" and "losetup -f|--find [--show] file" ("Set
 * up a loop device", "--show: Display the name of the assigned loop device if the -f option and a file argument are
 * present"); -d/--detach and -D/--detach-all remove them. Its valued options (-o/--offset, --sizelimit, -b/--sector-size,
 * -j/--associated, --loop-ref) name no operand. The file and the device: `device` undefined for -f (the first unused
 * one, which the pack cannot know); undefined for anything but an attachment.
 */
function loopAttachment(operands: readonly string[]): { device?: string; file: string; detach?: boolean } | undefined {
    const positional: string[] = [];
    let find = false;
    let detach = false;
    for (let i = 0; i < operands.length; i++) {
        const a = operands[i];
        if (/^(-o|--offset|--sizelimit|-b|--sector-size|-j|--associated|--loop-ref)$/.test(a)) i++;
        else if (/^(-f|--find)$/.test(a) || /^-[A-Za-z]*f[A-Za-z]*$/.test(a)) find = true;
        else if (/^(-d|--detach|-D|--detach-all)$/.test(a)) detach = true;
        else if (!a.startsWith("-")) positional.push(a);
    }
    if (detach) return positional[0] === undefined ? undefined : { device: positional[0], file: "", detach };
    if (find) return positional.length === 1 ? { file: positional[0] } : undefined;
    return positional.length === 2 ? { device: positional[0], file: positional[1] } : undefined;
}

/**
 * Programs whose writes RootReads.overwrites takes from their words alone, not from anywhere: sort's -o files
 * (sortOutputs; --compress-program runs a program the pack does not read, sort(1): undefined, anywhere), dd's of=
 * (written where it is read, RootReads.command: none here), truncate's files (GNU coreutils "truncate invocation":
 * "Shrink or extend the size of each FILE"; a -s/-r value counted too).
 */
const KNOWN_WRITERS: Record<string, (operands: readonly string[]) => readonly string[] | undefined> = {
    sort: operands => (operands.some(w => /^--co/.test(w)) ? undefined : sortOutputs(operands)),
    dd: () => [],
    // Round 77: usermod(8) FILES: it writes the account files (/etc/passwd, /etc/shadow, /etc/group, /etc/gshadow,
    // /etc/subuid, /etc/subgid); -m/--move-home "move the content of the user's home directory to the new location"
    // (the -d/--home one, content the pack does not read); -R/--root, -P/--prefix another tree's (any: fail closed).
    usermod: operands => {
        if (operands.some(w => /^(-R|-P|--root|--prefix)(=|$)/.test(w))) return undefined;
        const home = operands.flatMap((w, i) =>
            /^(-d|--home|--home-dir)$/.test(operands[i - 1] ?? "")
                ? [w]
                : /^--home(-dir)?=/.test(w)
                  ? [w.slice(w.indexOf("=") + 1)]
                  : [],
        );
        const moves = operands.some(w => w === "--move-home" || /^-[a-zA-Z]*m[a-zA-Z]*$/.test(w));
        return [
            "/etc/passwd",
            "/etc/shadow",
            "/etc/group",
            "/etc/gshadow",
            "/etc/subuid",
            "/etc/subgid",
            ...(moves ? home : []),
        ];
    },
    truncate: operands => operands.filter(w => !w.startsWith("-")),
    // Round 82: run-parts(8) "runs all the executable files named within constraints ... found in directory" and writes
    // none itself: the files of it the script wrote are read as run (RootReads' placed scripts), a planted directory's
    // refused (planted), and the image's own (the stock anacrontab's /etc/cron.daily) are root's.
    "run-parts": () => [],
    // systemctl(1): link/enable/start read the unit files they are given ("these files are read directly") and write
    // only symlinks named after the unit under /etc/systemd; edit, set-property and revert write unit files or
    // drop-ins (fail closed, as any program).
    systemctl: operands => (operands.some(w => /^(edit|set-property|revert)$/.test(w)) ? undefined : []),
    // supervisord(1) reads its -c configuration; it writes the files -l/--logfile, -j/--pidfile and -q/--childlogdir
    // name (Supervisor docs, "supervisord Command-Line Options").
    supervisord: operands =>
        operands.flatMap((w, i) =>
            /^(-l|--logfile|-j|--pidfile|-q|--childlogdir)$/.test(operands[i - 1] ?? "")
                ? [w]
                : /^--(logfile|pidfile|childlogdir)=/.test(w)
                  ? [w.slice(w.indexOf("=") + 1)]
                  : /^-[ljq]./.test(w)
                    ? [w.slice(2)]
                    : [],
        ),
    // Round 75: systemd-tmpfiles(8) "If one or more filenames are passed on the command line, only the directives in
    // these files are applied", "If - is specified instead of a filename, the configuration is read from standard
    // input": with `-` its only configuration it writes what those lines say, which RootReads.tmpfiles reads (where
    // they are fed: a here-document, a pipe from a file user data wrote; unreadable input fails closed there). Any
    // other command line (every tmpfiles.d file, a configuration path, --root/--image) may write anywhere.
    "systemd-tmpfiles": operands => {
        const rest = operands.filter(w => !/^(--create|--remove|--clean|--boot|--purge|--graceful|-E)$/.test(w));
        return rest.length === 1 && rest[0] === "-" ? [] : undefined;
    },
};

/**
 * The files sort writes (GNU coreutils "sort invocation": `-o OUTPUT-FILE`/`--output=OUTPUT-FILE` "Write output to
 * OUTPUT-FILE instead of standard output", which may be one of the inputs; -k, -S, -t and -T take a value too, glued or
 * next), its inputs only read. A long option abbreviating --output (getopt_long: any unambiguous prefix, `--ou`) counts.
 */
function sortOutputs(operands: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i];
        if (w === "--") break;
        const long = /^--(ou|out|outp|outpu|output)(=(.*))?$/.exec(w);
        if (long) {
            out.push(long[2] === undefined ? (operands[++i] ?? "") : long[3]);
            continue;
        }
        if (/^--(key|buffer-size|field-separator|temporary-directory)$/.test(w)) i++;
        if (!/^-[^-]/.test(w)) continue;
        for (let j = 1; j < w.length; j++) {
            if (!"kSTto".includes(w[j])) continue;
            const value = j + 1 < w.length ? w.slice(j + 1) : (operands[++i] ?? "");
            if (w[j] === "o") out.push(value);
            break;
        }
    }
    return out;
}

/** Whether a command's own output goes to a file of the node's other than where pods read (or /dev/null). */
function redirectedAway(c: SimpleCommand): boolean {
    const to = c.writes.map(w => w.replace(/\0/g, "")).filter(w => !/^\/dev\/(stdout|stderr)$/.test(w));
    return to.length > 0 && to.every(w => !podReadable(posix.resolve("/", w)));
}

/**
 * dd(1)'s output file (`of=`) and how it is written, undefined when dd writes standard output. GNU coreutils dd:
 * `oflag=append` "append mode" writes at the file's end (as `tee -a`); `conv=notrunc` "do not truncate the output
 * file" or a `seek=`/`oseek=` offset writes over part of it in place, a fragment of a file the pack does not hold
 * whole (an edit); otherwise the file is truncated and holds only what dd writes.
 */
function ddOutput(operands: readonly string[]): { path: string; append: boolean; edit: boolean } | undefined {
    const of = operands.find(w => w.startsWith("of="))?.slice(3);
    if (!of) return undefined;
    const append = operands.some(w => /^oflag=(.*,)?append(,|$)/.test(w));
    const edit = !append && operands.some(w => /^(conv=(.*,)?notrunc(,|$)|o?seek=(?!0+$))/.test(w));
    return { path: of, append, edit };
}

/**
 * The redirection targets of `c` that append (`>>`, `&>>`, `N>>`: bash(1) "Appending Redirected Output"), as
 * c.writes spells them: shell.ts records every output redirection alike, so the `>>` is found in the command's line.
 */
function appendedRedirects(c: SimpleCommand): string[] {
    const unquoted = (w: string) => w.replace(/"([^"]*)"|'([^']*)'/g, "$1$2").replace(/\0/g, "");
    const targets = new Set(
        [...c.line.matchAll(/>>\s*((?:"[^"]*"|'[^']*'|[^\s;&|<>()"'])+)/g)].map(m => unquoted(m[1])),
    );
    return c.writes.filter(w => targets.has(unquoted(w)));
}

/**
 * Round 81: the files a program copies its standard input into: tee(1)'s FILE operands, install(1)/cp(1)'s last
 * operand when a source is standard input (shell.ts standardInput), dd(1)'s of= when it has no if= ("if=FILE read from
 * FILE instead of stdin").
 */
function stdinCopyOutputs(name: string, operands: readonly string[], cwd: string): string[] {
    if (name === "tee") return operands.filter(w => !w.startsWith("-"));
    const sources = operands.slice(0, -1).filter(w => !w.startsWith("-"));
    if (/^(install|cp)$/.test(name) && sources.some(w => standardInput(w, false, cwd) === true))
        return [operands.at(-1) ?? ""];
    const dd = name === "dd" && !operands.some(w => w.startsWith("if=")) ? ddOutput(operands) : undefined;
    return dd ? [dd.path] : [];
}

/**
 * Round 81: the command closing the brace group that command `i` opens (compoundCommands) when the group only prints
 * (echo, printf: no redirect, pipe, input or background of their own) and its close redirects the output (bash(1)
 * "Compound Commands": `{ list; }`; "Any redirections associated with a compound command apply to all commands within
 * that compound command"), so the file holds what they print.
 */
function groupOfPrints(
    commands: readonly SimpleCommand[],
    compounds: Map<number, number[]>,
    i: number,
): SimpleCommand | undefined {
    const ends = compounds.get(i) ?? [];
    const end = ends.at(-1);
    const close = end === undefined ? undefined : commands[end];
    if (close === undefined || !(commands[i].opens ?? []).includes("{") || ends.length !== 1) return undefined;
    const words = (c: SimpleCommand) => c.words.map(w => w.replace(/\0/g, "")).filter(w => w !== "{");
    const plain = (c: SimpleCommand) =>
        c.writes.length === 0 &&
        c.reads.length === 0 &&
        !c.pipesOut &&
        c.ends === undefined &&
        c.heredocDelimiter === undefined &&
        c.hereString === undefined &&
        c.dupIn === undefined;
    const prints = commands
        .slice(i, end)
        .every(c => plain(c) && (words(c).length === 0 || /^(echo|printf)$/.test(words(c)[0])));
    const closes =
        close.writes.length > 0 &&
        close.reads.length === 0 &&
        !close.pipesOut &&
        close.ends === undefined &&
        words(close).join(" ") === "}";
    return prints && closes ? close : undefined;
}

/** Whether tee appends to its files (tee(1): -a, --append) rather than overwriting them. */
const teeAppends = (operands: readonly string[]) => operands.some(w => /^(-[a-z]*a[a-z]*|--append)$/.test(w));

/**
 * Round 87: filters whose output holds their input files' lines, by their GNU coreutils grammars: cat and tac ("cat
 * invocation", "tac invocation": the files), sort ("sort invocation": "Write sorted concatenation of all FILE(s) to
 * standard output", -o/--output=FILE "Write output to output-file instead of standard output"), uniq ("uniq
 * invocation": "uniq [option]... [input [output]]"), head and tail (parts of the files).
 */
const LINE_FILTERS: Record<string, OptionGrammar> = {
    cat: {
        long: o =>
            /^--(show-all|number-nonblank|show-ends|number|squeeze-blank|show-tabs|show-nonprinting)$/.test(o)
                ? 0
                : undefined,
        shortValues: "",
        shortFlags: "AbeEnstTuv",
    },
    tac: {
        long: o => (o === "--separator" ? 1 : /^--(before|regex)$/.test(o) ? 0 : undefined),
        shortValues: "s",
        shortFlags: "br",
    },
    sort: {
        long: o =>
            /^--(key|field-separator|output|buffer-size|temporary-directory|batch-size|compress-program|files0-from|random-source|parallel|sort)$/.test(
                o,
            )
                ? 1
                : /^--(ignore-leading-blanks|dictionary-order|ignore-case|general-numeric-sort|ignore-nonprinting|month-sort|human-numeric-sort|numeric-sort|random-sort|reverse|version-sort|check|merge|stable|unique|zero-terminated|debug)$/.test(
                        o,
                    )
                  ? 0
                  : undefined,
        shortValues: "ktoST",
        shortFlags: "bdfgiMhnRrVcCmsuz",
    },
    uniq: {
        long: o =>
            /^--(skip-fields|skip-chars|check-chars)$/.test(o)
                ? 1
                : /^--(count|repeated|all-repeated|group|ignore-case|unique|zero-terminated)$/.test(o)
                  ? 0
                  : undefined,
        shortValues: "fsw",
        shortFlags: "cdDiuz",
    },
    head: {
        long: o =>
            /^--(bytes|lines)$/.test(o) ? 1 : /^--(quiet|silent|verbose|zero-terminated)$/.test(o) ? 0 : undefined,
        shortValues: "cn",
        shortFlags: "qvz",
    },
    tail: {
        long: o =>
            /^--(bytes|lines|pid|sleep-interval|max-unchanged-stats)$/.test(o)
                ? 1
                : /^--(follow|retry|quiet|silent|verbose|zero-terminated)$/.test(o)
                  ? 0
                  : undefined,
        shortValues: "cns",
        shortFlags: "fFqvz",
    },
};

/**
 * Round 88: the characters a tr(1) SET names (coreutils "Character sets": backslash escapes \\n \\r \\t \\\\ \\NNN,
 * ranges `m-n`, the classes [:alpha:] [:digit:] [:space:] [:blank:] [:upper:] [:lower:] [:alnum:] [:punct:]), in order;
 * undefined for what the pack does not read ([c*n] repeats, [=c=] equivalence classes).
 */
function trSet(set: string): string[] | undefined {
    const classes: Record<string, string> = {
        alpha: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        lower: "abcdefghijklmnopqrstuvwxyz",
        digit: "0123456789",
        alnum: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        space: " \t\n\v\f\r",
        blank: " \t",
        punct: "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
    };
    const escapes: Record<string, string> = {
        n: "\n",
        r: "\r",
        t: "\t",
        v: "\v",
        f: "\f",
        a: "\x07",
        b: "\b",
        "\\": "\\",
    };
    const chars: string[] = [];
    for (let i = 0; i < set.length;) {
        const cls = /^\[:(\w+):\]/.exec(set.slice(i));
        if (cls) {
            if (!Object.hasOwn(classes, cls[1])) return undefined;
            chars.push(...classes[cls[1]]);
            i += cls[0].length;
            continue;
        }
        if (/^\[(=|.\*)/.test(set.slice(i))) return undefined;
        let c = set[i];
        let width = 1;
        if (c === "\\") {
            const octal = /^\\([0-7]{1,3})/.exec(set.slice(i));
            if (octal) [c, width] = [String.fromCharCode(parseInt(octal[1], 8)), octal[0].length];
            else [c, width] = [escapes[set[i + 1]] ?? set[i + 1] ?? "\\", set[i + 1] === undefined ? 1 : 2];
        }
        if (set[i + width] === "-" && i + width + 1 < set.length) {
            const end = set[i + width + 1];
            if (end === "\\" || end.charCodeAt(0) < c.charCodeAt(0)) return undefined;
            for (let k = c.charCodeAt(0); k <= end.charCodeAt(0); k++) chars.push(String.fromCharCode(k));
            i += width + 2;
            continue;
        }
        chars.push(c);
        i += width;
    }
    return chars;
}

/**
 * Round 88: the output of a character filter run on known text `input` (its standard input), or undefined when the pack
 * cannot compute it: coreutils tr "Translate, squeeze, and/or delete characters from standard input, writing to
 * standard output": `tr SET1 SET2` (each character of SET1 becomes SET2's at that place, SET2's last one past its end),
 * `tr -d SET1` (deleted), `-s` (runs of the last set's characters squeezed to one); -c/-C/-t and unread sets: unknown.
 */
function characterFilterText(name: string, operands: readonly string[], input: string | undefined): string | undefined {
    if (name !== "tr" || input === undefined) return undefined;
    let [del, squeeze] = [false, false];
    const sets: string[] = [];
    for (const w of operands) {
        if (sets.length === 0 && /^-[ds]+$/.test(w)) {
            del ||= w.includes("d");
            squeeze ||= w.includes("s");
        } else if (sets.length === 0 && /^--(delete|squeeze-repeats)$/.test(w)) {
            del ||= w === "--delete";
            squeeze ||= w === "--squeeze-repeats";
        } else if (w.startsWith("-") && w.length > 1 && sets.length === 0) return undefined;
        else sets.push(w);
    }
    const [one, two] = sets.map(trSet);
    if (one === undefined || sets.length > 2 || sets.some(w => /[$`]|SUBSTITUTED/.test(w))) return undefined;
    if (del && sets.length !== (squeeze ? 2 : 1)) return undefined;
    if (!del && !squeeze && (two === undefined || two.length === 0)) return undefined;
    let out = [...input];
    if (del) out = out.filter(ch => !one.includes(ch));
    else if (two !== undefined && two.length > 0)
        out = out.map(ch => (one.includes(ch) ? two[Math.min(one.lastIndexOf(ch), two.length - 1)] : ch));
    const squeezed = squeeze ? (del || two !== undefined ? two : one) : undefined;
    if (squeeze && squeezed === undefined) return undefined;
    if (squeezed !== undefined) out = out.filter((ch, k) => !(k > 0 && ch === out[k - 1] && squeezed.includes(ch)));
    return out.join("");
}

/**
 * Round 87: a line filter's (LINE_FILTERS) input files (none: standard input), the files its own options or operands
 * write (sort -o FILE, uniq's second operand), whether it sorts, and whether an option the pack cannot read (or sort
 * --files0-from's list of inputs) leaves them unknown. undefined: not a line filter.
 */
function lineFilterUse(
    name: string,
    operands: readonly string[],
): { inputs: string[]; outputs: string[]; sorts: boolean; unread: boolean } | undefined {
    if (!Object.hasOwn(LINE_FILTERS, name)) return undefined;
    const read = readOptions(operands, LINE_FILTERS[name]);
    const files = read.positional.map(p => p.word);
    const [inputs, outputs] =
        name === "uniq"
            ? [files.slice(0, 1), files.slice(1, 2)]
            : [files, name === "sort" ? sortOutputs(operands) : []];
    const unread = read.unknown.length > 0 || read.values.some(([o]) => o === "--files0-from");
    return { inputs, outputs, sorts: name === "sort", unread };
}

/**
 * Round 87: whether tar's archive word names another host's file: GNU tar manual "Device Selection": "If the file name
 * contains a ':', it is interpreted as 'hostname:file name'" ('user@hostname:file name'), read through the rmt program
 * tar starts with rsh or --rsh-command (judged where its options are: namedProgramRuns), unless --force-local ("Archive
 * file is local even if it has a colon"). tar's rmt.h _remdev takes only a ':' with no '/' before it, as REMOTE does.
 */
const tarRemoteArchive = (archive: string, operands: readonly string[]) =>
    REMOTE.test(archive) && !operands.includes("--force-local");

/**
 * A copier's operands (COPIERS) read as it reads them: whether tar creates (-c), the options naming its destination,
 * its positional operands, the option values it reads or runs (COPIER_VALUES, `--name=value`), its destination (the
 * value of an output option, the archive tar creates, else the last positional; tar extracts into -C's directory or
 * the working directory), and its sources resolved (tar's after -C's directory). The AWS CLI copies only as `aws s3
 * cp|mv|sync SRC DEST` (awsTransfer); anything else is no copy (undefined).
 */
function copierOperands(name: string, words: readonly string[], cwd: string) {
    // Round 87: curl's glued short values (`-HX-Token: t`, `-sSo F`) split off as their own words (curlWords).
    const operands = name === "curl" ? curlWords(words) : words;
    // tar's mode and archive: -c/--create (or an old-style first word holding c), -f's archive (bundled: -xzf FILE).
    const creates =
        name === "tar" &&
        operands.some(
            (w, i) =>
                w === "--create" ||
                (/^-[A-Za-z]+$/.test(w) && w.includes("c")) ||
                (i === 0 && /^[A-Za-z]+$/.test(w) && w.includes("c")),
        );
    const options = creates ? [] : COPIERS[name];
    const positional: string[] = [];
    const sourceDirs: string[] = [];
    const optionValues: [string, string][] = [];
    let destination: string | undefined;
    // Whether an option named the destination (cp/mv/install/ln -t DIR: a directory, GNU coreutils "Target directory").
    let optionDestination = false;
    // rsync's options stand anywhere and take their values as its grammar says (RSYNC_OPTIONS: `--exclude '*.tmp'`
    // after the destination is no operand).
    if (name === "rsync") {
        const read = readOptions(operands, RSYNC_OPTIONS);
        positional.push(...read.positional.map(p => p.word));
        optionValues.push(...read.values);
    }
    for (let i = 0; i < operands.length && name !== "rsync"; i++) {
        const a = operands[i];
        const eq = options.find(o => o.startsWith("--") && a.startsWith(`${o}=`));
        // Round 76 node3: coreutils' -t takes its value stuck to it as getopt(3) reads a cluster (`-tDIR`, `-stDIR`:
        // the rest of the word after t), as well as the next word (`-st DIR`).
        // (A value-taking letter before t takes the rest instead: -S SUFFIX, install's -g/-m/-o.)
        const stuck =
            /^(cp|mv|install|ln)$/.test(name) && !(name === "install" ? /^-[A-Za-z]*?[Sgmo]/ : /^-[A-Za-z]*?S/).test(a)
                ? /^-[A-Za-z]*?t(.+)$/.exec(a)
                : null;
        if (eq || options.includes(a) || stuck || (/^-[A-Za-z]*[CdoOPt]$/.test(a) && options.includes(`-${a.at(-1)}`)))
            optionDestination = true;
        if (eq) destination = a.slice(eq.length + 1);
        else if (options.includes(a)) destination = operands[++i];
        else if (stuck) destination = stuck[1];
        else if (creates && (a === "-C" || a === "--directory")) sourceDirs.push(operands[++i] ?? "");
        else if (name === "tar" && a.startsWith("--file=")) {
            if (creates) destination = a.slice(7);
            else if (!tarRemoteArchive(a.slice(7), operands)) positional.push(a.slice(7));
        } else if (name === "tar" && (a === "--file" || /^-?[A-Za-z]*f$/.test(a)) && (a.startsWith("-") || i === 0)) {
            const archive = operands[++i] ?? "";
            if (creates) destination = archive;
            else if (!tarRemoteArchive(archive, operands)) positional.push(archive);
        } else if (/^-[A-Za-z]*[CdoOPt]$/.test(a) && options.includes(`-${a.at(-1)}`)) destination = operands[++i];
        else if ((COPIER_VALUES[name] ?? []).includes(a) || (name === "curl" && curlTakesValue(a)))
            optionValues.push([a, operands[++i] ?? ""]);
        else if (/^--[A-Za-z-]+=/.test(a)) optionValues.push([a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]);
        else if (!a.startsWith("-")) positional.push(a);
    }
    if (name === "aws") {
        const transfer = awsTransfer(operands);
        if (transfer === undefined) return undefined;
        positional.splice(0, positional.length, ...(transfer.source === undefined ? [] : [transfer.source]));
        destination = transfer.destination;
    }
    // tar extracts into -C's directory or the working directory.
    if (name === "tar" && !creates) destination ??= cwd;
    // git clone URL DIR, rsync SRC... DEST: the last positional is the destination.
    if (destination === undefined && !creates && name !== "curl" && name !== "wget") destination = positional.pop();
    // tar -C DIR changes directory before the operands that follow it (GNU tar, "Changing Directory"): they are
    // relative to DIR.
    const sourceCwd = creates && sourceDirs.length > 0 ? posix.resolve(cwd, sourceDirs.at(-1)!) : cwd;
    // rsync's `HOST:PATH` (and `rsync://`) is another host's path (rsync(1) "Access via remote shell"), not the node's.
    const local = (p: string) => name !== "rsync" || !REMOTE.test(p);
    const sources = [
        ...positional.filter(p => p !== destination && local(p)).flatMap(p => wordPaths(p, sourceCwd, true)),
        ...sourceDirs.flatMap(p => wordPaths(p, cwd, true)),
    ];
    return { creates, options, positional, optionValues, destination, sources, optionDestination };
}

/**
 * The files a copy only reads, resolved against `cwd`: the sources of cp, install, rsync, tar and unzip (their
 * archives), `aws s3 cp|sync` (copierOperands), which stay as they were (GNU coreutils manual, "cp invocation": cp
 * copies SOURCE to DEST; "install invocation" likewise; rsync(1), tar(1)). None when the copy may change or expose
 * them: mv moves them away, rsync --remove-source-files and tar --remove-files delete them, cp --link/-l and
 * --symbolic-link/-s make the destination another name of the source.
 */
export function copiedSources(given: readonly string[], cwd: string): string[] {
    const words = copierWords(given);
    const name = posix.basename(words[0] ?? "");
    const operands = words.slice(1);
    const archived = archiverUse(name, operands, cwd);
    if (archived !== undefined) return archived.reads.filter(p => !archived.files.includes(p));
    // unzip reads its first operand, the archive; the others name members in it (unzip(1) synopsis).
    if (name === "unzip") return wordPaths(readOptions(operands, UNZIP_OPTIONS).positional[0]?.word ?? "", cwd, true);
    if (!/^(cp|install|rsync|tar|aws)$/.test(name) || (name === "aws" && operands.includes("mv"))) return [];
    if (operands.some(w => /^--(remove-files|remove-source-files|link|symbolic-link)$/.test(w))) return [];
    if (name === "cp" && operands.some(w => /^-[A-Za-z]*[ls][A-Za-z]*$/.test(w))) return [];
    const copy = copierOperands(name, operands, cwd);
    const destination = copy?.destination === undefined ? undefined : posix.resolve(cwd, copy.destination);
    return (copy?.sources ?? []).filter(p => p !== destination);
}

/**
 * What each file a copy, move, link or download writes by name is a copy of: [the file, its source] with the source a
 * URL (curl -o/-O, wget -O or its URL's name, `aws s3 cp SRC DEST`: copiedDestinations) or a node path resolved against
 * `cwd` (cp, install, mv: DEST, or DIR/basename(SOURCE) for a directory, GNU coreutils "cp invocation"; ln: the link
 * runs its target, path_resolution(7), a symbolic link's relative target read from the link's directory, symlink(7)).
 * Extractions name no file.
 */
export function copiedFrom(given: readonly string[], cwd: string): [string, string][] {
    const words = copierWords(given);
    const name = posix.basename(words[0] ?? "");
    const operands = words.slice(1);
    if (!/^(cp|install|mv|ln|curl|wget|aws)$/.test(name)) return [];
    if (name === "curl" || name === "wget" || name === "aws") {
        const urls = (name === "aws" ? [awsTransfer(operands)?.source ?? ""] : operands).filter(w => REMOTE.test(w));
        return copiedDestinations(given, cwd).files.flatMap(f => urls.map((u): [string, string] => [f, u]));
    }
    const copy = copierOperands(name, operands, cwd);
    if (copy?.destination === undefined) return [];
    const to = posix.resolve(cwd, copy.destination);
    const symbolic = name === "ln" && operands.some(w => w === "--symbolic" || /^-[A-Za-z]*s[A-Za-z]*$/.test(w));
    // ln(1) -r/--relative "create symbolic links relative to link location" from TARGET named as usual (from the
    // working directory); without it a relative symbolic TARGET is the link's text, read from the link's own
    // directory (symlink(7)): DIR for the link DIR/basename, dirname(DEST) for DEST itself.
    const relative = symbolic && operands.some(w => w === "--relative" || /^-[A-Za-z]*r[A-Za-z]*$/.test(w));
    const from = (p: string, linkDir: string) =>
        symbolic && !relative && !p.startsWith("/") ? posix.resolve(linkDir, p) : posix.resolve(cwd, p);
    const named = copy.positional.filter(p => p !== copy.destination);
    // Round 76 node3: -T/--no-target-directory "treat LINK_NAME [DEST] as a normal file always": DEST only; -t DIR /
    // --target-directory=DIR "specify the DIRECTORY in which to create the links" (cp, mv, install alike): only
    // DIR/basename; otherwise DEST may be an existing directory (ln(1) 3rd form), so both readings.
    const intoDirectory = !operands.some(w => w === "--no-target-directory" || /^-[A-Za-z]*T[A-Za-z]*$/.test(w));
    const asFile = !copy.optionDestination;
    return named.flatMap((p): [string, string][] => [
        ...(asFile ? [[to, from(p, posix.dirname(to))] as [string, string]] : []),
        ...(intoDirectory ? [[posix.join(to, posix.basename(p)), from(p, to)] as [string, string]] : []),
    ]);
}

/** The last part of a source word's path (`s3://b/k/x.py`, `https://h/x.py?v=1`, `dir/`): the name a copy gives it. */
export const sourceName = (w: string) =>
    posix.basename(REMOTE.test(w) ? w.replace(/^[^:]*:(\/\/[^/]*)?/, "").replace(/[?#].*$/, "") : w);

/**
 * Where a copy, an extraction or a download writes on the node, resolved against `cwd`: `files` it writes by name and
 * `trees`, directories under which it writes names the pack cannot know. A copier's destination may be a directory
 * (GNU coreutils "cp invocation": with a directory as the last operand or -t, "cp copies each SOURCE to the
 * specified directory, using the SOURCEs' names"; install, ln, mv likewise), so it writes DEST and DEST/basename(each
 * source) unless -T; recursive copies (cp -r/-a, rsync -r/-a, `aws s3 sync` or --recursive: "recursively copies new
 * and updated files"), mv (a directory moves whole), extractions (tar -x into -C's directory or the working directory:
 * GNU tar "Changing Directory"; unzip into -d's exdir or the working directory: unzip(1)) and git clone write a tree.
 * curl -O/--remote-name(-all) saves the URL's last path part in the working directory or --output-dir (curl(1):
 * "Write output to a local file named like the remote file we get ... saved in the current working directory";
 * -J/--remote-header-name lets the server name it); wget without -O saves basename(URL) under -P/--directory-prefix or
 * the working directory (GNU Wget manual, "Directory Options"), a tree when it recurses (-r, -m), makes directories
 * (-x), reads URLs from a file (-i) or lets the server name the file (--content-disposition).
 */
export function copiedDestinations(
    given: readonly string[],
    cwd: string,
): { files: string[]; trees: string[]; intoDirectory?: { at: string; trees: string[] } } {
    const words = copierWords(given);
    const name = posix.basename(words[0] ?? "");
    const operands = words.slice(1);
    const none = { files: [], trees: [] };
    const libarchive = /^bsd/.test(posix.basename(appletWords(given)[0] ?? ""));
    const unpacked = unpackedDestinations(name, operands, cwd, libarchive);
    if (unpacked !== undefined) return unpacked;
    const installed = installedTrees(name, operands, cwd);
    if (installed.length > 0) return { files: [], trees: installed };
    if (!Object.hasOwn(COPIERS, name)) return none;
    const valueOf = (list: readonly string[], option: string) => {
        const found = list.flatMap((w, i) =>
            w === option ? [list[i + 1] ?? ""] : w.startsWith(`${option}=`) ? [w.slice(option.length + 1)] : [],
        );
        return found.at(-1);
    };
    const urls = (list: readonly string[]) => list.filter(w => /^[A-Za-z][\w.+-]*:\/\//.test(w));
    if (name === "curl") {
        const curl = curlWords(operands);
        const dir = posix.resolve(cwd, valueOf(curl, "--output-dir") ?? ".");
        const outputs = curl.flatMap((w, i) => (/^(-o|--output)$/.test(curl[i - 1] ?? "") ? [w] : []));
        const remoteName = curl.some(w => /^(-O|--remote-name|--remote-name-all)$/.test(w));
        const serverNamed = curl.some(w => /^(-J|--remote-header-name)$/.test(w));
        return {
            files: [
                ...outputs.filter(o => o !== "-").map(o => posix.resolve(dir, o)),
                ...(remoteName ? urls(curl).map(u => posix.join(dir, sourceName(u))) : []),
            ],
            trees: remoteName && serverNamed ? [dir] : [],
        };
    }
    if (name === "wget") {
        // -O FILE, --output-document=FILE (bundled `-qO FILE`, glued `-OFILE`): every document "concatenated together
        // and written to file" (GNU Wget manual, "Download Options"), `-` its standard output; a recursive one also
        // writes its tree (below).
        const documents: string[] = [];
        for (let i = 0; i < operands.length; i++) {
            const w = operands[i];
            const long = /^--output-document(?:=(.*))?$/.exec(w);
            if (long) documents.push(long[1] ?? operands[++i] ?? "");
            else if (/^-[^-]/.test(w))
                for (let k = 1; k < w.length; k++)
                    if (WGET_VALUES.includes(w[k])) {
                        const value = k + 1 < w.length ? w.slice(k + 1) : operands[++i];
                        if (w[k] === "O") documents.push(value ?? "");
                        break;
                    }
        }
        const outputs = documents.filter(d => d !== "-").map(d => posix.resolve(cwd, d));
        const glued = operands
            .filter(w => /^-P./.test(w))
            .at(-1)
            ?.slice(2);
        const dir = posix.resolve(
            cwd,
            valueOf(operands, "--directory-prefix") ?? valueOf(operands, "-P") ?? glued ?? ".",
        );
        const tree = operands.some(
            w =>
                /^--(recursive|mirror|force-directories|input-file|content-disposition)(=|$)/.test(w) ||
                /^-[A-Za-z]*[rmxi]/.test(w),
        );
        if (documents.length > 0) return { files: outputs, trees: tree ? [dir] : [] };
        return tree
            ? { files: [], trees: [dir] }
            : { files: urls(operands).map(u => posix.join(dir, sourceName(u))), trees: [] };
    }
    if (name === "unzip") {
        // unzip(1): -p extracts "to pipe (stdout)", -c to the screen, -l lists, -t tests, -v lists verbosely, -z shows
        // the comment, -Z is zipinfo: none writes a file; -: keeps `../` components ("allows to extract archive
        // members into locations outside of the current extraction root folder"): anywhere.
        const letters = optionLetters(operands, UNZIP_OPTIONS);
        if (/[pcltvzZ]/.test(letters)) return none;
        if (letters.includes(":")) return { files: [], trees: ["/"] };
        // -d exdir: "The option and directory may be concatenated without any white space between them" (unzip(1)).
        const exdir = readOptions(operands, UNZIP_OPTIONS)
            .values.filter(([o]) => o === "-d")
            .at(-1)?.[1];
        return { files: [], trees: [exdir === undefined ? cwd : treeAt(cwd, exdir)] };
    }
    if (name === "git") {
        // git(1): global options before the subcommand, `-C <path>` running git "as if git was started in <path>";
        // git-clone(1): `git clone [<options>] [--] <repo> [<dir>]`, its options with values (GIT_OPTIONS).
        const read = readOptions(operands, GIT_OPTIONS);
        const [command, url, dir] = read.positional.map(p => p.word);
        const at = read.values.filter(([o]) => o === "-C").reduce((d, [, v]) => posix.resolve(d, v), cwd);
        // A command writing the work tree (GIT_WORK_TREE_WRITERS) writes it at --work-tree, else from -C's directory or
        // the working directory (git-apply(1): without --index or --cached it "applies the patch only to files, and
        // does not require them to be in a Git repository", paths relative to the working directory).
        const inspects = command === "apply" && operands.some(w => /^--(cached|check|stat|numstat|summary)$/.test(w));
        if (command !== undefined && GIT_WORK_TREE_WRITERS.test(command) && !inspects)
            return { files: [], trees: [gitWorkTree(read, cwd)] };
        if (command !== "clone" || url === undefined) return none;
        return { files: [], trees: [posix.resolve(at, dir ?? sourceName(url).replace(/\.git$/, ""))] };
    }
    // A program tar runs may write anything (tarRunsProgram), in any mode.
    if (name === "tar" && tarRunsProgram(operands)) return { files: [], trees: ["/"] };
    // tar -t/--list only lists, -O/--to-stdout extracts to its output (GNU tar, "Operations" and "Writing to Standard
    // Output"): neither writes on disk.
    const tarReadsOnly = operands.some(
        (w, i) => /^--(list|to-stdout)$/.test(w) || ((w.startsWith("-") || i === 0) && /^-?[A-Za-z]*[tO]/.test(w)),
    );
    if (name === "tar" && tarReadsOnly) return none;
    const copy = copierOperands(name, operands, cwd);
    const destination = copy?.destination;
    if (
        copy === undefined ||
        copy.creates ||
        destination === undefined ||
        destination === "-" ||
        REMOTE.test(destination)
    )
        return none;
    // tar -P/--absolute-names keeps members' leading `/` and `..` (GNU tar manual, "Absolute File Names"; bsdtar(1) -P):
    // -C does not confine them.
    const absolute = operands.some(
        (w, i) =>
            w === "--absolute-names" ||
            ((/^-[A-Za-z]+$/.test(w) || (i === 0 && /^[A-Za-z]+$/.test(w))) && w.includes("P")),
    );
    if (name === "tar" && absolute) return { files: [], trees: ["/"] };
    if (name === "tar") return { files: [], trees: tarDirectories(operands, cwd, libarchive) };
    const to = posix.resolve(cwd, destination);
    const recursive =
        /^(tar|unzip|mv)$/.test(name) ||
        (name === "aws" && (awsPositional(operands)[1] === "sync" || operands.includes("--recursive"))) ||
        copiesRecursively(name, operands);
    const intoDirectory = !operands.some(w => w === "--no-target-directory" || /^-[A-Za-z]*T[A-Za-z]*$/.test(w));
    // cp -r SOURCE... DIR into an existing directory writes DIR/basename(each SOURCE) ("cp invocation", above), not the
    // rest of DIR: `intoDirectory` for a reader that knows DIR exists (RootReads.overwrites); else DIR itself.
    const sources = copy.positional.filter(p => p !== destination);
    if (recursive && name === "cp" && intoDirectory && sources.length > 0)
        return {
            files: [],
            trees: [to],
            intoDirectory: {
                at: to,
                trees: sources.map(p => (/\$|SUBSTITUTED|[*?[]/.test(p) ? to : posix.join(to, sourceName(p)))),
            },
        };
    if (recursive) return { files: [], trees: [to] };
    return {
        files: [
            to,
            ...(intoDirectory
                ? copy.positional.filter(p => p !== destination).map(p => posix.join(to, sourceName(p)))
                : []),
        ],
        trees: [],
    };
}

/** A directory a word names, resolved against `cwd`; one the pack cannot compute (a variable, a command's output) is `/`. */
const treeAt = (cwd: string, word: string) => (/\$|SUBSTITUTED/.test(word) ? "/" : posix.resolve(cwd, word));

/**
 * The work tree a git command run in `cwd` acts on (its words read by GIT_OPTIONS): git(1) "-C <path>: Run as if git
 * was started in <path> ... each subsequent non-absolute -C <path> is interpreted relative to the preceding -C
 * <path>", "--work-tree=<path>: Set the path to the working tree" (GIT_WORK_TREE: environmentOptions).
 */
function gitWorkTree(read: ReturnType<typeof readOptions>, cwd: string): string {
    const at = read.values.filter(([o]) => o === "-C").reduce((d, [, v]) => posix.resolve(d, v), cwd);
    return treeAt(at, read.values.filter(([o]) => o === "--work-tree").at(-1)?.[1] ?? ".");
}

/**
 * The options with which keepsWorkingDirectory's installers put files elsewhere than their own paths: rpm(8) --relocate
 * OLDPATH=NEWPATH "translates the files that would be put in OLDPATH to NEWPATH" (with --badreloc even for a package
 * not built relocatable), --prefix NEWPATH, --root DIR ("Use the file system tree rooted at DIR"); dnf(8), yum(8)
 * --installroot; zypper(8) --root/-R, --installroot; pip install --target/-t, --prefix, --root, --src (pip
 * documentation, "pip install"), pip download's -d/--dest ("Download packages into <dir>") and pip wheel's
 * -w/--wheel-dir ("Build wheels into <dir>").
 */
const INSTALL_DESTINATIONS: Record<string, string[]> = {
    rpm: ["--relocate", "--prefix", "--root", "-r"],
    dnf: ["--installroot"],
    yum: ["--installroot"],
    microdnf: ["--installroot"],
    zypper: ["--root", "-R", "--installroot"],
    pip: ["--target", "-t", "--prefix", "--root", "--src", "--dest", "-d", "--wheel-dir", "-w"],
};

/**
 * The items xargs reads from `text` (GNU findutils, xargs(1)), by line: without -0/-d, "delimited by blanks (which can
 * be protected with double or single quotes or a backslash) or newlines", quotes and backslashes removed; with -I
 * ("unquoted blanks do not terminate input items; instead the separator is the newline character") each line is one
 * item, its leading blanks dropped; with -L a line ending in a blank goes on at the next ("Trailing blanks cause an
 * input line to be logically continued on the next input line"). With -0/--null or -d/--delimiter ("Input items are
 * terminated by the specified character. Quotes and backslash are not special") each item is its own line.
 */
function xargsItems(text: string, delimiter: string | undefined, lineItems: boolean): string[][] {
    if (delimiter !== undefined) {
        const items = text.split(delimiter);
        if (items.at(-1) === "") items.pop();
        return items.map(x => [x]);
    }
    const lines: string[][] = [];
    let line: string[] = [];
    let [item, inItem, quote] = ["", false, ""];
    const endItem = () => {
        if (inItem) line.push(item);
        [item, inItem] = ["", false];
    };
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote !== "") {
            if (ch === quote) quote = "";
            else item += ch;
        } else if (ch === "'" || ch === '"') [quote, inItem] = [ch, true];
        else if (ch === "\\" && i + 1 < text.length) [item, inItem] = [item + text[++i], true];
        else if (ch === "\n") {
            const continued = !lineItems && !inItem && /[ \t]/.test(text[i - 1] ?? "");
            if (lineItems) item = item.replace(/[ \t]+$/, "");
            endItem();
            if (!continued && line.length > 0) {
                lines.push(line);
                line = [];
            }
        } else if (/[ \t]/.test(ch) && (!lineItems || !inItem)) {
            if (!lineItems) endItem();
        } else [item, inItem] = [item + ch, true];
    }
    endItem();
    if (line.length > 0) lines.push(line);
    return lines;
}

/** xargs's -d/--delimiter character: a C escape (`\n`, `\t`, `\0`, `\\`, `\xHH`, octal `\NNN`) or the character. */
function xargsDelimiter(value: string): string {
    const m = /^\\(?:x([0-9a-fA-F]{1,2})|([0-7]{1,3})|(.))$/.exec(value);
    if (!m) return value.slice(0, 1);
    if (m[1] !== undefined) return String.fromCharCode(parseInt(m[1], 16));
    if (m[2] !== undefined) return String.fromCharCode(parseInt(m[2], 8));
    return C_ESCAPES[m[3]] ?? m[3];
}

/**
 * The trees whose paths `c` prints, each ended by a NUL, when it is find(1) whose only action is -print0 ("print the
 * full file name on the standard output, followed by a null character"): every name it prints begins with one of its
 * starting points (the words before its expression), resolved from `cwd`. Undefined for anything else (another
 * action, -printf, -exec, a starting point the reader cannot compute).
 */
function findPrint0Roots(c: SimpleCommand, cwd: string): readonly string[] | undefined {
    const words = c.words.map(w => w.replace(/\0/g, ""));
    const start = programIndex(words);
    if (posix.basename(words[start] ?? "") !== "find" || c.writes.length > 0) return undefined;
    const operands = words.slice(start + 1);
    const first = operands.findIndex(w => /^[-(!]/.test(w) && !/^-[HLP]$/.test(w));
    const roots = (first < 0 ? operands : operands.slice(0, first)).filter(w => !/^-[HLP]$/.test(w));
    const expression = first < 0 ? [] : operands.slice(first);
    if (
        roots.length === 0 ||
        roots.some(w => /[$`*?[]|SUBSTITUTED/.test(w)) ||
        !expression.includes("-print0") ||
        expression.some(w => /^-(print|printf|fprint|fprint0|fprintf|ls|fls|exec|execdir|ok|okdir)$/.test(w))
    )
        return undefined;
    return roots.map(w => posix.resolve(cwd, w));
}

/** Whether `c` is xargs (or GNU parallel, behind any wrapper) running a command: xargsWords reads its runs. */
function xargsRuns(c: SimpleCommand): boolean {
    const words = c.words.map(w => w.replace(/\0/g, ""));
    const start = programIndex(words);
    return start < words.length && words.slice(0, start).some(w => /^(xargs|parallel)$/.test(posix.basename(w)));
}

/**
 * Items the reader cannot know, handed to `command` (its program first): the item `/` (any path) and, for an archiver,
 * `/` then its widest option (WIDEST_ARCHIVER_OPTION: `tar --absolute-names`, members written anywhere, as `-C /root`
 * would) then `/` (the first may be the value of a last option, `tar -xf`). One item a line, as xargsItems gives them.
 */
function unknownItems(command: readonly string[], replace?: string): string[][] {
    // Handed to an interpreter or shell where it reads its program (no script operand yet, or after a code option:
    // `xargs perl -e`, `xargs -0 -a /dev/stdin bash -c`), an item it cannot know is a program made at boot (SUBSTITUTED:
    // unreadableRun), fail closed (perlrun(1) -e, bash(1) -c: the next argument is the program).
    // Round 72: so is one xargs -I puts into the program (POSIX xargs -I replstr: "inserting it in arguments for each
    // occurrence of replstr"): `xargs -I{} sh -c '{}'`, `sh -c 'x {}'` runs each item as shell code.
    const operands = command.slice(1);
    const code = /^(-[a-zA-Z]*[ecEr]|--(eval|exec|command|print|source))$/;
    if (
        INTERPRETERS.test(interpreterName(command[0] ?? "")) &&
        (operands.every(w => w.startsWith("-")) ||
            code.test(operands.at(-1) ?? "") ||
            (replace !== undefined &&
                replace !== "" &&
                operands.some((w, i) => w.includes(replace) && code.test(operands[i - 1] ?? ""))))
    )
        return [[SUBSTITUTED]];
    // Round 84: so is one handed to a program whose arguments are kernel settings or files it loads (unknownItemLoads).
    if (unknownItemLoads(command)) return [[SUBSTITUTED]];
    const widest = WIDEST_ARCHIVER_OPTION[posix.basename(copierWords(command)[0] ?? "")];
    return [["/"], ...(widest === undefined ? [] : [[widest], ["/"]])];
}

/**
 * Round 84: the files a stream reader writes to its standard output, so into the next command of a pipe (StandardInput
 * `from`): cat(1) and the decompressors' -c/-d forms and *cat programs (zcat, xzcat, zstdcat, bzcat, lz4cat; gzip(1)
 * "-c --stdout: Write output on standard output"), pv(1), of their file operands, and their own `< FILE` redirect.
 */
function pipedFiles(c: SimpleCommand, cwd: string): string[] {
    const words = c.words.map(w => w.replace(/\0/g, ""));
    const [program, ...operands] = words.slice(programIndex(words));
    const name = posix.basename(program ?? "");
    if (name === "grep") return grepSelectedFiles(operands, c.reads, cwd);
    // Round 87: tar creating its archive on standard output (GNU tar manual "Device Selection": "If the file name is
    // '-', tar ... writes it to standard output (when creating)") pipes the files it archives.
    if (name === "tar") {
        const archive = copierOperands(name, operands, cwd);
        return archive?.creates && /^(-|\/dev\/stdout)$/.test(archive.destination ?? "") ? archive.sources : [];
    }
    // Round 87: so are sed scripts of line selection and sort/head/tail/uniq (lineFilterFiles).
    const filtered = lineFilterFiles(name, operands);
    if (filtered !== undefined) return [...filtered, ...c.reads].map(w => resolveWord(cwd, w));
    const decompressor = /^(gzip|gunzip|xz|unxz|zstd|unzstd|bzip2|bunzip2|lz4|pigz)$/.test(name);
    if (!/^(cat|tac|pv|zcat|gzcat|xzcat|zstdcat|bzcat|lz4cat)$/.test(name) && !decompressor) return [];
    if (decompressor && !operands.some(w => /^-[a-zA-Z]*c|^--stdout$/.test(w))) return [];
    return [...operands.filter(w => !w.startsWith("-")), ...c.reads].map(w => resolveWord(cwd, w));
}

/**
 * Round 86: the files grep(1) prints whole lines of (a selection: "print lines that match patterns", -v "select
 * non-matching lines"), or none when an option may print other text (-o "only the matching parts", -n, -H, -c, -l,
 * -f FILE, -r): only the line-selecting options are known. A selection of a file's lines sets no more than the file.
 */
function grepSelectedFiles(operands: readonly string[], reads: readonly string[], cwd: string): string[] {
    let pattern = false;
    const files: string[] = [];
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i];
        if (w === "-e" || w === "--regexp") [pattern, i] = [true, i + 1];
        else if (
            /^(-[vEFGiwx]+|--(invert-match|extended-regexp|fixed-strings|ignore-case|word-regexp|line-regexp))$/.test(w)
        )
            continue;
        else if (w.startsWith("-") && w !== "-") return [];
        else if (!pattern) pattern = true;
        else files.push(w);
    }
    return [...files, ...reads].map(w => resolveWord(cwd, w));
}

/**
 * Round 86: the files a command's input process substitutions (`<(cmd)`, shell.ts processInputs: bash(1) "Process
 * Substitution", its output read through /dev/fd/N) print: each one simple command reading files as a pipe's stream
 * reader does (pipedFiles: cat, the decompressors, grep's line selection), or undefined when any may print what the
 * pack cannot know (any other command, an expansion), which stays unreadable (fail closed).
 */
function substitutedFiles(c: SimpleCommand, cwd: string): string[] | undefined {
    const inputs = c.processInputs ?? [];
    const files = inputs.map(text => {
        const inner = simpleCommands(text);
        // Round 87: tested outside its quoting (unquotedSyntax): `grep -Ev '^(#|$)'` has no expansion or operator.
        return inner.length === 1 && !/[`$<>|&;]/.test(unquotedSyntax(text)) ? pipedFiles(inner[0], cwd) : [];
    });
    return inputs.length === 0 || files.some(f => f.length === 0) ? undefined : files.flat();
}

/**
 * Round 87: a sed(1) script that only selects whole input lines: every command (sedScript) p (print), d (delete), q or
 * Q (quit, an exit code allowed), each with any address or range: GNU sed "sed scripts" (Addresses; Commands: "p Print
 * the pattern space", "d Delete the pattern space", "q Exit"). No other command (e runs a command, r/R/w/W read or
 * write files, s may replace text or run it with its e flag, a/i/c insert text) is read: their output is not the
 * file's lines. An unclosed regexp is no script sed runs.
 */
function sedSelectsLines(script: string): boolean {
    const parsed = sedScript(script);
    return parsed.closed && parsed.commands.every(c => /^[pdqQ]$/.test(c));
}

/**
 * Round 87: the file operands of a line filter whose output is lines of its files (a selection, an order, a count of
 * none): sed with a line-selecting script (sedSelectsLines; -n "suppress automatic printing", -E/-r, -s), sort(1)
 * ("Write sorted concatenation of all FILE(s)": -u, -r, -n, ... -k/-t keys; not -o, --files0-from or
 * --compress-program, which writes, reads names or runs a program), head(1)/tail(1) -n (lines, not -c bytes, which may
 * cut a line), uniq(1) of one file (its second operand is an output file; not -c, which prefixes counts). Undefined for
 * any other program or option.
 */
function lineFilterFiles(name: string, operands: readonly string[]): string[] | undefined {
    const files: string[] = [];
    let script: string | undefined;
    const flags: Record<string, RegExp> = {
        sed: /^(-[nErs]+|--(quiet|silent|regexp-extended|separate|posix))$/,
        sort: /^(-[bdfgiMhnRrsuVcCz]+|--(unique|reverse|numeric-sort|general-numeric-sort|human-numeric-sort|version-sort|ignore-case|ignore-leading-blanks|dictionary-order|stable|zero-terminated|(key|field-separator)=.+)|-[kt].+)$/,
        head: /^(-n-?\d+|--lines=-?\d+|-\d+|-q|--quiet|--silent)$/,
        tail: /^(-n\+?\d+|--lines=\+?\d+|-\d+|-q|--quiet|--silent)$/,
        uniq: /^(-[diuz]+|--(repeated|unique|ignore-case|zero-terminated))$/,
    };
    const flag = flags[name];
    if (flag === undefined) return undefined;
    const valued = {
        sed: /^(-[nErs]*e|--expression)$/,
        sort: /^(-[kt]|--(key|field-separator))$/,
        head: /^(-n|--lines)$/,
        tail: /^(-n|--lines)$/,
        uniq: /^$/,
    }[name];
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i];
        if (name === "sed" && valued?.test(w))
            script = (script === undefined ? "" : `${script}\n`) + (operands[++i] ?? "");
        else if (name === "sed" && w.startsWith("--expression="))
            script = (script === undefined ? "" : `${script}\n`) + w.slice(13);
        else if (valued?.test(w)) i++;
        else if (flag.test(w)) continue;
        else if (w.startsWith("-") && w !== "-") return undefined;
        else if (name === "sed" && script === undefined) script = w;
        else files.push(w);
    }
    if (name === "sed" && (script === undefined || !sedSelectsLines(script))) return undefined;
    if (name === "uniq" && files.length > 1) return undefined;
    return files;
}

/**
 * Round 87: `text` without what its quoting makes literal (bash(1) QUOTING): single-quoted spans and backslash-escaped
 * characters are dropped, and of a double-quoted span only `$` and backquotes are kept ("with the exception of $, `,
 * \"), so a `$` or `|` left in it is an expansion or operator the shell acts on.
 */
function unquotedSyntax(text: string): string {
    let [out, quote] = ["", ""];
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote === "'") quote = ch === "'" ? "" : quote;
        else if (ch === "\\") i++;
        else if (quote === '"') {
            if (ch === '"') quote = "";
            else if (ch === "$" || ch === "`") out += ch;
        } else if (ch === "'" || ch === '"') quote = ch;
        else out += ch;
    }
    return out;
}

/**
 * Round 84: whether an xargs item the reader cannot know (its -a FILE or standard input: a planted file, a pipe) is
 * handed to `command` as a kernel setting (`xargs sysctl -w`: a computed key, kernelSettings.ts COMPUTED_SYSCTL_KEY,
 * may be kernel.core_pattern=|PROGRAM) or as a file it loads, runs or installs (loadedOperands: insmod, rpm -i,
 * crontab FILE ..., whatever the item: its file operands, not dnf install's package names): it is then fail closed as a computed setting or a program made at boot is.
 */
function unknownItemLoads(command: readonly string[]): boolean {
    // A bare word: a program that loads any item as a file (insmod, rpm -i, crontab), not one that takes a package or
    // module name unless it has a slash (`xargs dnf install` of a sorted package list, redteam66-secure).
    const item = "xargs-item";
    return (
        commandSysctls([...command, SUBSTITUTED]).some(([key]) => key === COMPUTED_SYSCTL_KEY) ||
        loadedOperands(posix.basename(command[0] ?? ""), [...command.slice(1), item]).includes(item)
    );
}

/**
 * Word splitting of an unquoted expansion's result by IFS (bash(1), "Word Splitting": "The shell treats each character
 * of IFS as a delimiter"; IFS whitespace at the start and end is ignored and a run of it is one delimiter; unset, the
 * default <space><tab><newline>; null, no splitting). `ifs` is the variable's value as the script set it.
 */
export function ifsSplit(text: string, ifs: string | undefined): string[] {
    if (ifs === undefined) return text.split(/[ \t\n]+/).filter(x => x !== "");
    if (ifs === "") return text === "" ? [] : [text];
    const escape = (chars: string) => chars.replace(/[\]\\^-]/g, "\\$&");
    const white = escape([...ifs].filter(ch => /[ \t\n]/.test(ch)).join(""));
    const other = escape([...ifs].filter(ch => !/[ \t\n]/.test(ch)).join(""));
    const ws = white === "" ? "" : `[${white}]*`;
    const trimmed = white === "" ? text : text.replace(new RegExp(`^[${white}]+|[${white}]+$`, "g"), "");
    if (trimmed === "") return [];
    const delimiter = other === "" ? `[${white}]+` : white === "" ? `[${other}]` : `${ws}[${other}]${ws}|[${white}]+`;
    const fields = trimmed.split(new RegExp(delimiter));
    // A delimiter at the end ends the last field; it makes no empty one.
    return fields.at(-1) === "" ? fields.slice(0, -1) : fields;
}

/**
 * The values `read NAME...` assigns from one line (bash(1), read: "The line is split into fields as with word
 * splitting, and the first word is assigned to the first name, the second word to the second name, and so on, with
 * leftover words and their intervening delimiters assigned to the last name"; IFS whitespace at the line's start and
 * end is dropped, and one field ending in one delimiter is that field: POSIX read). `ifs` is the IFS read runs with
 * (its prefix assignment or the script's), undefined the default <space><tab><newline>.
 */
export function readFields(line: string, ifs: string | undefined, count: number): string[] {
    const chars = ifs ?? " \t\n";
    const white = [...chars].filter(ch => /[ \t\n]/.test(ch));
    const isWhite = (ch: string | undefined) => ch !== undefined && white.includes(ch);
    const isIfs = (ch: string | undefined) => ch !== undefined && chars.includes(ch);
    let at = 0;
    while (isWhite(line[at])) at++;
    const out: string[] = [];
    for (let k = 0; k < count - 1; k++) {
        const start = at;
        while (at < line.length && !isIfs(line[at])) at++;
        out.push(line.slice(start, at));
        // The delimiter: IFS whitespace around at most one other IFS character.
        while (isWhite(line[at])) at++;
        if (isIfs(line[at]) && !isWhite(line[at])) at++;
        while (isWhite(line[at])) at++;
    }
    let rest = line.slice(at);
    while (rest !== "" && isWhite(rest.at(-1))) rest = rest.slice(0, -1);
    const split = ifsSplit(rest, ifs);
    out.push(chars === "" || split.length !== 1 ? rest : split[0]);
    return out;
}

/** set's positional parameters the reader cannot know (RootReads.command): any words (unknownItems). */
const UNKNOWN_WORDS = "\u0001UNKNOWN_WORDS";

/** xargs's (or GNU parallel's) own options (before its command at `start`): xargsWords and xargsListFiles read them. */
function xargsOptions(
    words: readonly string[],
    start: number,
):
    | {
          parallel: boolean;
          file?: string;
          replace?: string;
          delimiter?: string;
          batch?: { lines: boolean; size: number };
          joined: boolean;
      }
    | undefined {
    const at = words.slice(0, start).findIndex(w => /^(xargs|parallel)$/.test(posix.basename(w)));
    if (at < 0) return undefined;
    const parallel = posix.basename(words[at]) === "parallel";
    let file: string | undefined;
    let replace: string | undefined;
    let delimiter: string | undefined;
    let batch: { lines: boolean; size: number } | undefined;
    const size = (v: string | undefined) => Math.max(1, Number.parseInt(v ?? "1", 10) || 1);
    // Its own options, long ones spelled in full (resolveLongOptions: `--arg` is --arg-file).
    const own = parallel
        ? words.slice(at + 1, start)
        : resolveLongOptions(["xargs", ...words.slice(at + 1, start)]).slice(1);
    let joined = false;
    for (let i = 0; i < own.length; i++) {
        const w = own[i];
        const long = /^--(arg-file|replace|null|delimiter|max-args|max-lines)(?:=(.*))?$/.exec(w);
        const valued = (v: string | undefined) => v ?? own[++i];
        if (long?.[1] === "arg-file") file = valued(long[2]);
        else if (long?.[1] === "replace") replace = long[2] ?? "{}";
        else if (long?.[1] === "null") delimiter = "\0";
        else if (long?.[1] === "delimiter") delimiter = xargsDelimiter(valued(long[2]) ?? "");
        else if (long?.[1] === "max-args") batch = { lines: false, size: size(valued(long[2])) };
        else if (long?.[1] === "max-lines") batch = { lines: true, size: size(long[2]) };
        else if (parallel && /^--(xargs|max-replace-args)(=|$)/.test(w)) joined = true;
        else if (/^-[^-]/.test(w))
            // A bundle of short options (getopt: `-ra FILE`): flags, then one taking a value, the rest of the word or
            // the next word (-a -d -E -I -L -n -P -s); -e, -i and -l take one only glued to them.
            for (let k = 1; k < w.length; k++) {
                if (w[k] === "0") delimiter = "\0";
                if (parallel && "XmnNL".includes(w[k])) joined = true;
                if ((parallel ? "aCdEIjLnNPSsW" : "adEILnPs").includes(w[k])) {
                    const value = k + 1 < w.length ? w.slice(k + 1) : own[++i];
                    if (w[k] === "a") file = value;
                    if (w[k] === "I") replace = value;
                    if (w[k] === "d") delimiter = xargsDelimiter(value ?? "");
                    if (w[k] === "n") batch = { lines: false, size: size(value) };
                    if (w[k] === "L") batch = { lines: true, size: size(value) };
                    break;
                }
                if ("eil".includes(w[k])) {
                    const value = k + 1 < w.length ? w.slice(k + 1) : undefined;
                    if (w[k] === "i") replace = value ?? "{}";
                    if (w[k] === "l") batch = { lines: true, size: size(value) };
                    break;
                }
            }
    }
    return { parallel, file, replace, delimiter, batch, joined };
}

/**
 * Round 72: the files xargs (or GNU parallel) reads its items from, one reader of every list source: -a/--arg-file
 * FILE (xargs(1): "Read items from file instead of standard input"; parallel(1) -a alike), parallel's `:::: argfiles`,
 * and else its standard input's redirections (`xargs ... < FILE`: POSIX xargs reads "items from the standard input").
 * Each is a file root reads (RootReads.command refuses one pods write), whatever the command run on the items is: the
 * items choose its arguments, and with -I a shell's -c script (unknownItems). `reads` are the command's `<` files.
 */
function xargsListFiles(words: readonly string[], start: number, reads: readonly string[]): string[] {
    const options = xargsOptions(words, start);
    if (options === undefined) return [];
    const command = words.slice(start);
    const sources = options.parallel ? command.findIndex(w => /^::::?\+?$/.test(w)) : -1;
    const argfiles: string[] = [];
    let files = false;
    for (const w of sources < 0 ? [] : command.slice(sources))
        if (/^::::?\+?$/.test(w)) files = w.startsWith("::::");
        else if (files) argfiles.push(w);
    return [...(options.file === undefined ? [] : [options.file]), ...argfiles, ...reads];
}

/**
 * The commands xargs runs: its command followed by the items it reads (GNU findutils, xargs(1): "executes the command
 * (default is echo) one or more times with any initial-arguments followed by items read from standard input") from
 * its -a/--arg-file FILE ("Read items from file instead of standard input") or else its standard input (`stdin`:
 * undefined when it has none, `{}` when the reader cannot know it: a pipe from a command whose output it cannot read,
 * a file the script did not write, a descriptor; with -0, find -print0's paths under `under`, read as those trees:
 * findPrint0Roots). Any other FILE or input the reader cannot know may hold any word: read as unknownItems (`/`, any
 * path, as find -files0-from's starting points, and an archiver's widest option). Items split by
 * xargsItems; -n/--max-args, -L/--max-lines (-l) and -I/-i/--replace only batch them, one run per batch (-I: "Replace
 * occurrences of replace-str in the initial-arguments with names read from standard input", one line a run); none is
 * dropped. GNU parallel (parallel(1): "build and execute shell command lines from standard input", "GNU parallel is
 * written to have the same options as xargs") alike, its items one a line ("-d delim ... Default is \n") each put
 * where the command names a replacement string (`{}`, `{.}`, `{/}`, `{//}`, `{/.}`, `{#}`, `{%}`, `{n}`, `{= perl
 * expression =}`, or -I's; each read as the whole item) or else appended, one job an item (-X, -m, -n, -N, -L and an
 * input the reader cannot know also as one job of all), from `::: arguments` and `:::: argfiles` when given (then not
 * its standard input). Undefined for any other command.
 */
function xargsWords(
    words: readonly string[],
    start: number,
    cwd: string,
    fileText: (path: string) => string | undefined,
    stdin?: { text?: string; under?: readonly string[] },
    literal?: (item: string) => string,
): readonly (readonly string[])[] | undefined {
    const options = xargsOptions(words, start);
    if (options === undefined) return undefined;
    const { parallel, file, replace, delimiter, batch, joined } = options;
    // -a of standard input reads it (shell.ts standardInput); of another descriptor, what the pack does not know.
    const fromStdin = file === undefined || standardInput(file, true, cwd);
    const text =
        file === undefined
            ? stdin === undefined
                ? undefined
                : (stdin.text ?? null)
            : fromStdin
              ? (stdin?.text ?? null)
              : fromStdin === undefined
                ? null
                : (fileText(posix.resolve(cwd, file)) ?? null);
    let command = words.slice(start);
    // parallel's `::: arguments` (each an item) and `:::: argfiles` (their lines), instead of standard input.
    const sources = parallel ? command.findIndex(w => /^::::?\+?$/.test(w)) : -1;
    let given: string[][] | undefined;
    if (sources >= 0) {
        given = [];
        let files = false;
        for (const w of command.slice(sources))
            if (/^::::?\+?$/.test(w)) files = w.startsWith("::::");
            else if (!files) given.push([w]);
            else {
                const fromInput = standardInput(w, true, cwd);
                const listed = fromInput
                    ? stdin?.text
                    : fromInput === undefined
                      ? undefined
                      : fileText(posix.resolve(cwd, w));
                // Round 86: an argfile the pack cannot read holds any items, as -a's (unknownItems: for a program
                // loading its arguments, kernel settings or files, items it cannot know; else `/`, any path).
                if (listed === undefined) given.push(...unknownItems(command.slice(0, sources), replace));
                else given.push(...xargsItems(listed, delimiter ?? "\n", false));
            }
        command = command.slice(0, sources);
    }
    if (text === undefined && given === undefined) return undefined;
    // find -print0's paths read with -0: each a path under its starting points, never an option (findPrint0Roots).
    const under = file === undefined && delimiter === "\0" ? stdin?.under : undefined;
    const read =
        given ??
        (text === null || text === undefined
            ? undefined
            : xargsItems(text, parallel ? (delimiter ?? "\n") : delimiter, replace !== undefined));
    // Items read from text, marked as the caller asks (literal: one word each, not expanded again).
    const lines =
        read !== undefined
            ? literal
                ? read.map(l => l.map(literal))
                : read
            : under !== undefined
              ? under.map(p => [p])
              : unknownItems(command, replace);
    if (parallel) {
        const strings =
            replace === undefined
                ? /\{(?:\.|\/|\/\/|\/\.|#|%|\d+(?:\.|\/|\/\/|\/\.)?)?\}|\{=.*?=\}/g
                : new RegExp(replace.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g");
        const job = (items: string[]) =>
            command.some(w => w.match(strings))
                ? command.map(w => w.replace(strings, () => items.join(" ")))
                : [...command, ...items];
        const all = lines.flat();
        return [...lines.map(job), ...(joined || text === null ? [job(all)] : [])];
    }
    if (replace !== undefined)
        return (lines.length > 0 ? lines : [[]]).map(([x = ""]) => command.map(w => w.replaceAll(replace, x)));
    const runs: string[][] = [];
    if (batch?.lines)
        for (let i = 0; i < lines.length; i += batch.size) runs.push(lines.slice(i, i + batch.size).flat());
    else {
        const items = lines.flat();
        const n = batch?.size ?? Math.max(1, items.length);
        for (let i = 0; i < items.length; i += n) runs.push(items.slice(i, i + n));
    }
    return (runs.length > 0 ? runs : [[]]).map(items => [...command, ...items]);
}

/** pip's boolean option values that turn it off (pip documentation, "Configuration": "false", "no", "0", "off"). */
const PIP_FALSE = /^(false|no|0|off)$/i;

/**
 * The trees an installer writes by its INSTALL_DESTINATIONS options (rpm --relocate's NEWPATH, after its `=`), and pip
 * install --user's user base: the user scheme puts packages, scripts and data files under it (Python docs, sysconfig
 * "posix_user": data is `{userbase}`, purelib `{userbase}/lib/python{X.Y}/site-packages`), which is PYTHONUSERBASE
 * (python(1): "Defines the user base directory, which is used to compute the path of the user site-packages directory
 * and installation paths for python -m pip install --user"), else ~/.local; environmentOptions hands it over as the
 * word `PYTHONUSERBASE=DIR`. --user comes as itself, or `--user=VALUE` from PIP_USER or a configuration file.
 */
function installedTrees(name: string, operands: readonly string[], cwd: string): string[] {
    const pip = /^pip[0-9.]*$/.test(name);
    const options = INSTALL_DESTINATIONS[pip ? "pip" : name] ?? [];
    const user = operands.filter(w => /^--user(=|$)/.test(w)).at(-1);
    const userBase =
        operands
            .filter(w => w.startsWith("PYTHONUSERBASE="))
            .at(-1)
            ?.slice(15) ?? "/root/.local";
    const userTree =
        pip &&
        operands.find(w => !w.startsWith("-")) === "install" &&
        user !== undefined &&
        !PIP_FALSE.test(user.slice(7))
            ? [treeAt(cwd, userBase)]
            : [];
    return operands
        .flatMap((w, i) => {
            const option = options.find(
                o => w === o || w.startsWith(`${o}=`) || (/^-[A-Za-z]$/.test(o) && w.startsWith(o)),
            );
            if (option === undefined) return [];
            const value = w === option ? (operands[i + 1] ?? "") : w.slice(option.length).replace(/^=/, "");
            return [treeAt(cwd, option === "--relocate" ? value.slice(value.indexOf("=") + 1) : value)];
        })
        .concat(userTree);
}

/**
 * Interpreters' loader variables that no option of theirs stands for (userData CODE_LOADERS reads them): GNU awk manual,
 * "The AWKPATH Environment Variable" (the search path of -f/-i/@include files) and "The AWKLIBPATH Environment
 * Variable" (of -l/@load extensions); perldebug(1) PERL5DB ("The command used to load the debugger code", run under
 * -d); PHP manual, "The configuration file" (PHP_INI_SCAN_DIR: the directories whose .ini files are parsed after
 * php.ini); tclvars(n) auto_path ("the directories listed in the TCLLIBPATH environment variable" come first); tm(n)
 * (round 68: the Tcl Module path takes "the environment variables TCL8_6_TM_PATH, TCL8_5_TM_PATH, ... TCL8_0_TM_PATH"
 * for Tcl 8.6, whose NAME-VERSION.tm files `package require` sources).
 */
const TCL_VARIABLES = ["TCLLIBPATH", ...[6, 5, 4, 3, 2, 1, 0].map(v => `TCL8_${v}_TM_PATH`)];
const INTERPRETER_VARIABLES: Record<string, string[]> = {
    gawk: ["AWKPATH", "AWKLIBPATH"],
    awk: ["AWKPATH", "AWKLIBPATH"],
    perl: ["PERL5DB"],
    php: ["PHP_INI_SCAN_DIR"],
    tclsh: TCL_VARIABLES,
    wish: TCL_VARIABLES,
    expect: TCL_VARIABLES,
};
/** How environmentOptions hands an INTERPRETER_VARIABLES variable over: the word `--env:NAME=VALUE` after the program. */
const LOADER_VARIABLE_WORD = "--env:";

/** The INTERPRETER_VARIABLES an interpreter's words (environmentOptions) give it, by name. */
export function loaderEnvironment(words: readonly string[]): ReadonlyMap<string, string> {
    return new Map(
        words.flatMap(w => {
            const m = /^--env:([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/.exec(w);
            return m ? [[m[1], m[2]] as [string, string]] : [];
        }),
    );
}

/**
 * A command's words with the options its environment gives it (`environment`: the variables set for it), read as its
 * own: git takes GIT_WORK_TREE as --work-tree (git(1) ENVIRONMENT: "This can also be controlled by the --work-tree
 * command-line option"), put before its command, where a --work-tree of its own overrides it, and the configuration of
 * GIT_CONFIG_COUNT with GIT_CONFIG_KEY_<n>/GIT_CONFIG_VALUE_<n> (git-config(1) ENVIRONMENT: "added to the process's
 * runtime configuration") and of GIT_CONFIG_PARAMETERS (what `git -c` hands to the git it runs: `'name'='value'`, or
 * the older `'name=value'`, shell-quoted) as `-c NAME=VALUE` (a count the pack cannot read: `-c` naming `/`); pip
 * takes every long option from PIP_<UPPER_LONG_NAME> (pip documentation, "Configuration", "Environment Variables":
 * PIP_TARGET is --target), put after its words (pip reads options anywhere), PIP_CONFIG_FILE names a configuration
 * file it loads, put as `--config-file=FILE` for configuredWords, and PYTHONUSERBASE (or HOME's ~/.local) is the user
 * base of --user, put as the word `PYTHONUSERBASE=DIR` for installedTrees; curl's `--variable %NAME` imports the
 * environment variable NAME (curl(1) --variable: "%name imports the variable called name but exits with an error if
 * that environment variable is not already set", `%name=content` and `%name@file` give a default), put as
 * `--variable NAME=VALUE` for configuredWords; wget loads the file WGETRC names (GNU Wget manual, "Startup File"),
 * put as `--config=FILE` for configuredWords.
 */
export function environmentOptions(
    words: readonly string[],
    environment: ReadonlyMap<string, string>,
): readonly string[] {
    const name = posix.basename(words[0] ?? "");
    const workTree = environment.get("GIT_WORK_TREE");
    if (name === "git") {
        const configs = gitEnvironmentConfig(environment).flatMap(c => ["-c", c]);
        return [
            words[0],
            ...configs,
            ...(workTree === undefined ? [] : [`--work-tree=${workTree}`]),
            ...words.slice(1),
        ];
    }
    const program = posix.basename(copierWords(words)[0] ?? "");
    // Agents' documented variables (AGENT_VARIABLES), put before their own options, which override them.
    const agent = AGENT_VARIABLES[program];
    if (agent !== undefined) {
        const given = [...environment].flatMap(([k, v]) => {
            const option = agent(k);
            return option === undefined ? [] : [`${option}=${v}`];
        });
        const at = words.findIndex(w => posix.basename(w) === program) + 1;
        if (given.length > 0 && at > 0) {
            // After the subcommand words (`k3s server`, `waypoint runner agent`): the options follow them.
            let end = at;
            while (end < words.length && !words[end].startsWith("-")) end++;
            return [...words.slice(0, end), ...given, ...words.slice(end)];
        }
    }
    // actions/runner CommandSettings reads every option also from ACTIONS_RUNNER_INPUT_<NAME> (`--jitconfig` from
    // ACTIONS_RUNNER_INPUT_JITCONFIG; GitHub's actions-runner-controller starts its runners so), the Azure Pipelines
    // agent from VSTS_AGENT_INPUT_<NAME>; run.sh passes its environment to the listener. Put as the runner's options
    // after the words of its scripts (a shell's too: `bash run.sh`), for userData REMOTE_AGENTS.
    const runnerInputs = [...environment].filter(([k]) => /^(ACTIONS_RUNNER|VSTS_AGENT)_INPUT_[A-Z0-9_]+$/.test(k));
    if (
        runnerInputs.length > 0 &&
        words.some(w => /^(run|config|svc|run-helper|env)\.sh$|^(Runner|Agent)\.Listener$/.test(posix.basename(w)))
    )
        return [
            ...words,
            ...runnerInputs.map(
                ([k, v]) =>
                    `--${k
                        .replace(/^(ACTIONS_RUNNER|VSTS_AGENT)_INPUT_/, "")
                        .toLowerCase()
                        .replaceAll("_", "-")}=${v}`,
            ),
        ];
    if (program === "curl")
        return words.map((w, i) => {
            const imported = words[i - 1] === "--variable" ? /^%([A-Za-z0-9_]+)(.*)$/.exec(w) : null;
            if (!imported) return w;
            const value = environment.get(imported[1]);
            return value !== undefined ? `${imported[1]}=${value}` : imported[2] === "" ? w : imported[1] + imported[2];
        });
    if (program === "wget") {
        const rc = environment.get("WGETRC");
        return rc === undefined ? words : [words[0], `--config=${rc}`, ...words.slice(1)];
    }
    // chisel server's defaults (chisel README, `chisel server --help`: --host "defaults the environment variable HOST",
    // --port "defaults to the environment variable PORT", --auth "defaults to the AUTH environment variable"), put
    // before its own options, which override them.
    if (program === "chisel" && words[1] === "server")
        return [
            ...words.slice(0, 2),
            ...(["HOST", "PORT", "AUTH"] as const).flatMap(k => {
                const value = environment.get(k);
                return value === undefined ? [] : [`--${k.toLowerCase()}=${value}`];
            }),
            ...words.slice(2),
        ];
    // NetBird CLI docs, "Configuration precedence": environment variables (NB_WIREGUARD_PORT for --wireguard-port, the
    // pattern --flag-name → NB_FLAG_NAME) come before the flags (NB_SETUP_KEY, NB_ALLOW_SERVER_SSH);
    // a terminal emulator connects to the X server DISPLAY names unless -display says otherwise (X(7)).
    if (program === "netbird")
        return [
            ...words,
            ...[...environment]
                .filter(([k]) => /^NB_[A-Z0-9_]+$/.test(k))
                .map(([k, v]) => `--${k.slice(3).toLowerCase().replaceAll("_", "-")}=${v}`),
        ];
    // Interpreters' loader variables (userData CODE_LOADERS), put after the program as the options they are read as:
    // perlrun(1) ENVIRONMENT (PERL5OPT: "Command-line options (switches) ... as if they appeared on every Perl command
    // line", its first dash optional; PERL5LIB, else PERLLIB: directories searched before the standard library, as
    // -I's), ruby(1) ENVIRONMENT (RUBYOPT: "Options which are passed to Ruby interpreter", RUBYLIB: "Search path for
    // libraries"), lua(1) ENVIRONMENT (LUA_INIT: "@filename" runs the file, else the code, before the options;
    // LUA_PATH: package.path, `;;` the default; the versioned LUA_INIT_5_4, LUA_PATH_5_4 first), PHP's PHPRC (the
    // php.ini path, read as -c unless -c or -n is given).
    const interpreter = interpreterName(words[0] ?? "");
    const split = (value: string) =>
        (value.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map(w => w.replace(/^(["'])([\s\S]*)\1$/, "$2"));
    const dashed = (value: string) => split(value).map((w, i) => (i === 0 && !w.startsWith("-") ? `-${w}` : w));
    const dirs = (value: string | undefined) =>
        (value ?? "")
            .split(":")
            .filter(d => d !== "")
            .map(d => `-I${d}`);
    const first = (...names: string[]) => names.map(n => environment.get(n)).find(v => v !== undefined);
    // Loader variables no option stands for, as INTERPRETER_VARIABLES words (loaderEnvironment reads them back).
    const variables = (INTERPRETER_VARIABLES[interpreter] ?? []).flatMap(n => {
        const value = environment.get(n);
        return value === undefined ? [] : [`${LOADER_VARIABLE_WORD}${n}=${value}`];
    });
    const loaders =
        interpreter === "perl"
            ? [...dashed(environment.get("PERL5OPT") ?? ""), ...dirs(first("PERL5LIB", "PERLLIB"))]
            : interpreter === "ruby"
              ? [...dashed(environment.get("RUBYOPT") ?? ""), ...dirs(environment.get("RUBYLIB"))]
              : /^(lua|luajit)$/.test(interpreter)
                ? [
                      ...[first("LUA_PATH_5_4", "LUA_PATH_5_3", "LUA_PATH_5_2", "LUA_PATH")].flatMap(v =>
                          v === undefined ? [] : ["-e", `package.path=[[${v}]]`],
                      ),
                      // LUA_CPATH: package.cpath, the path of require's C loaders (lua(1) ENVIRONMENT; Lua manual
                      // "package.cpath"), versioned first as LUA_PATH.
                      ...[first("LUA_CPATH_5_4", "LUA_CPATH_5_3", "LUA_CPATH_5_2", "LUA_CPATH")].flatMap(v =>
                          v === undefined ? [] : ["-e", `package.cpath=[[${v}]]`],
                      ),
                      ...[first("LUA_INIT_5_4", "LUA_INIT_5_3", "LUA_INIT_5_2", "LUA_INIT")].flatMap(v =>
                          v === undefined ? [] : ["-e", v.startsWith("@") ? `dofile([[${v.slice(1)}]])` : v],
                      ),
                  ]
                : interpreter === "php" &&
                    environment.get("PHPRC") !== undefined &&
                    !words.some(w => /^(-[cn]|--php-ini|--no-php-ini)/.test(w))
                  ? ["-c", environment.get("PHPRC")!]
                  : [];
    if (loaders.length > 0 || variables.length > 0) return [words[0], ...variables, ...loaders, ...words.slice(1)];
    const display = environment.get("DISPLAY");
    if (X_TERMINALS.test(program) && display !== undefined)
        return [words[0], `--display=${display}`, ...words.slice(1)];
    if (!/^pip[0-9.]*$/.test(program)) return words;
    const options = [...environment]
        .filter(([k]) => /^PIP_[A-Z0-9_]+$/.test(k))
        .map(([k, v]) => `--${k.slice(4).toLowerCase().replaceAll("_", "-")}=${v}`);
    const home = environment.get("HOME");
    const userBase = environment.get("PYTHONUSERBASE") ?? (home === undefined ? undefined : `${home}/.local`);
    if (userBase !== undefined) options.push(`PYTHONUSERBASE=${userBase}`);
    return options.length === 0 ? words : [...words, ...options];
}

/**
 * A Supervisor [include] glob as a regular expression over paths (Python glob/fnmatch, which Supervisor's include uses:
 * `*` and `?` within one path segment, `[...]` a set, `[!...]` its complement).
 */
function supervisorGlob(glob: string): RegExp {
    const body = glob
        .split(/(\[!?[^\]]*\])/)
        .map((part, i) =>
            i % 2 === 1
                ? `[${part.startsWith("[!") ? "^" : ""}${part.slice(part.startsWith("[!") ? 2 : 1, -1).replace(/[\\\]^]/g, "\\$&")}]`
                : part
                      .replace(/[.+^${}()|\\\]]/g, "\\$&")
                      .replace(/\*/g, "[^/]*")
                      .replace(/\?/g, "[^/]"),
        )
        .join("");
    return safeRegExp(`^${body}$`) ?? /^/;
}

/**
 * A Supervisor value with its Python string expressions expanded (Supervisor docs, "Configuration File": "Environment
 * variables that are present in the environment at the time that supervisord is started can be used in the
 * configuration file using the Python string expression syntax %(ENV_X)s"; `%(here)s` is the directory of the file;
 * a program's command is "evaluated against a dictionary containing the keys group_name, host_node_name, process_num,
 * program_name, here ... and all supervisord's environment variables prefixed with ENV_"; Python "printf-style String
 * Formatting": `%%` is a percent sign, a flag `0` pads a number with zeros, `-` left-adjusts, a width pads with
 * blanks). Undefined when it holds an expression whose value the pack cannot know (a key not in `keys`, a conversion
 * other than s/d/i) or a `%` Python would refuse: the pack cannot say what it runs.
 */
function supervisorExpand(value: string, keys: ReadonlyMap<string, string | number>): string | undefined {
    let known = true;
    const out = value.replace(
        /%(?:(%)|\(([^)]*)\)([-#0 +]*)(\d*)([sdi])|)/g,
        (m, percent?: string, key?: string, flags = "", width = "", conversion = "") => {
            if (percent !== undefined) return "%";
            const v = key === undefined ? undefined : keys.get(key);
            if (v === undefined || (conversion !== "s" && typeof v !== "number")) {
                known = false;
                return m;
            }
            const text = String(v);
            const size = Number(width || "0");
            if (flags.includes("-")) return text.padEnd(size);
            return conversion !== "s" && flags.includes("0") ? text.padStart(size, "0") : text.padStart(size);
        },
    );
    return known ? out : undefined;
}

/**
 * The control files a monit command names (monit(1): "-c file  Use this control file"; monit parses its options with
 * getopt_long, "conf" the long name of -c: `--conf FILE`, `--conf=FILE`, an unambiguous prefix of it, `-cFILE`, and
 * -c after flags without a value, `-Ic FILE`; -d, -g, -l, -p and -s take a value).
 */
function monitControlFiles(operands: readonly string[]): string[] {
    const files: string[] = [];
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i];
        if (w === "--") break;
        const long = /^--(c|co|con|conf)(?:=(.*))?$/.exec(w);
        if (long) {
            if (long[2] !== undefined) files.push(long[2]);
            else if (operands[i + 1] !== undefined) files.push(operands[++i]);
            continue;
        }
        if (!/^-[^-]/.test(w)) continue;
        for (let k = 1; k < w.length; k++) {
            if (!/[cdglps]/.test(w[k])) continue;
            const value = k + 1 < w.length ? w.slice(k + 1) : operands[++i];
            if (w[k] === "c" && value !== undefined) files.push(value);
            break;
        }
    }
    return files;
}

/**
 * Monit's control files: /etc/monitrc (Amazon Linux, EPEL) and the /etc/monit.d/ it includes (`include
 * /etc/monit.d/*`), Debian's /etc/monit/monitrc with /etc/monit/conf.d/ and conf-enabled/ (Monit manual, "CONFIGURATION
 * FILE": monit reads ~/.monitrc, /etc/monitrc, @sysconfdir/monitrc, /usr/local/etc/monitrc or ./monitrc).
 */
const MONIT_CONFIG = /^\/(etc|usr\/local\/etc)\/(monitrc$|monit\.d\/|monit\/)|^\/root\/\.monitrc$/;

/**
 * The files `systemctl edit UNIT...` writes (systemctl(1) "edit UNIT...": "Edit or replace a drop-in snippet or the
 * main unit file, to extend or override the definition of the specified unit"; "--drop-in=NAME: ... instead of the
 * default override.conf"; "--full: ... replace the original unit file"; --runtime: under /run; --global: the user
 * units of every user, /etc/systemd/user; --user: the invoking user's, ~/.config/systemd/user): `NAME.service` for a
 * name without a type suffix. Empty for any other verb.
 */
export function systemctlEdits(operands: readonly string[], home: string): string[] {
    const words = operands.filter(
        (w, i) => !(operands[i - 1] === "--drop-in" || /^-[HMn]$|^--(host|machine|lines)$/.test(operands[i - 1] ?? "")),
    );
    const verbs = words.filter(w => !w.startsWith("-"));
    if (verbs[0] !== "edit") return [];
    const dropIn =
        operands
            .flatMap((w, i) => (operands[i - 1] === "--drop-in" ? [w] : /^--drop-in=/.test(w) ? [w.slice(10)] : []))
            .at(-1) ?? "override";
    const full = words.some(w => w === "--full" || /^-[a-zA-Z]*l[a-zA-Z]*$/.test(w));
    const dir = words.includes("--user")
        ? `${home}/.config/systemd/user`
        : words.includes("--global")
          ? "/etc/systemd/user"
          : words.includes("--runtime")
            ? "/run/systemd/system"
            : "/etc/systemd/system";
    return verbs.slice(1).map(n => {
        const unit = /\.[a-z]+$/.test(n) ? n : `${n}.service`;
        return full ? `${dir}/${unit}` : `${dir}/${unit}.d/${dropIn.replace(/\.conf$/, "")}.conf`;
    });
}

/**
 * Supervisor's configuration files (Supervisor docs, "Configuration File": supervisord searches /etc/supervisord.conf,
 * /etc/supervisor/supervisord.conf; the EPEL package includes /etc/supervisord.d/*.ini, Debian's
 * /etc/supervisor/conf.d/*.conf).
 */
const SUPERVISOR_CONFIG = /^\/etc\/(supervisord\.conf$|supervisord\.d\/|supervisor\/)/;

/**
 * The option each agent's environment variable stands for, by program (the agents of userData REMOTE_AGENTS read
 * their configuration from their variables as from their flags): K3s docs, "k3s server"/"k3s agent" CLI reference
 * (`--server value, -s value ... [$K3S_URL]`, `--config FILE, -c FILE ... [$K3S_CONFIG_FILE]`, `--token [$K3S_TOKEN]`),
 * RKE2's the same with RKE2_ (RKE2_URL, RKE2_CONFIG_FILE); Fleet's orbit reads every flag from ORBIT_<FLAG_NAME>
 * (orbit's urfave/cli flags: `--enable-scripts` [$ORBIT_ENABLE_SCRIPTS], `--fleet-url` [$ORBIT_FLEET_URL]).
 */
const AGENT_VARIABLES: Record<string, (variable: string) => string | undefined> = {
    k3s: v => ({ K3S_URL: "--server", K3S_CONFIG_FILE: "--config", K3S_TOKEN: "--token" })[v],
    rke2: v => ({ RKE2_URL: "--server", RKE2_CONFIG_FILE: "--config", RKE2_TOKEN: "--token" })[v],
    orbit: v => (/^ORBIT_[A-Z0-9_]+$/.test(v) ? `--${v.slice(6).toLowerCase().replaceAll("_", "-")}` : undefined),
};

/**
 * The variables whose words an archiver puts before its own (GNU tar manual, "Using tar Options": "the environment
 * variable TAR_OPTIONS ... prepended to the command line"; unzip(1) ENVIRONMENT OPTIONS: UNZIP, or UNZIPOPT, are
 * "effectively the first options on the command line").
 */
const ARCHIVER_VARIABLES: Record<string, string[]> = {
    tar: ["TAR_OPTIONS"],
    unzip: ["UNZIP", "UNZIPOPT"],
    unrar: ["RAR"],
};

/**
 * The option an archiver's variable the pack cannot compute is read as: its widest (members written anywhere); for a
 * copier of files, whose last operand (or `-t DIR`) is where it writes (cp(1), rsync(1): "the last operand is DEST"),
 * the widest destination `/` (a word the pack cannot know among its operands may be `/root`); for GNU cp, mv, install
 * and ln, whose `-t, --target-directory=DIRECTORY` "copy[s] all SOURCE arguments into DIRECTORY" wherever it stands
 * (GNU coreutils "Target directory"), a word the pack cannot know anywhere among the operands (`--target-directory=$x`
 * too) may be that option: every source copied into `/`.
 */
const WIDEST_ARCHIVER_OPTION: Record<string, string> = {
    tar: "--absolute-names",
    unzip: "-:",
    unrar: "-op/",
    cp: "--target-directory=/",
    mv: "--target-directory=/",
    install: "--target-directory=/",
    ln: "--target-directory=/",
    rsync: "/",
};

/**
 * An archiver's words with the options its environment gives it (ARCHIVER_VARIABLES) before its own, split as a
 * shell splits words; a value the pack cannot compute (a variable, a command's output) may hold any option: read as
 * the widest, members written anywhere (tar `--absolute-names`, unzip `-:`).
 */
function archiverEnvironment(words: readonly string[], environment: ReadonlyMap<string, string>): readonly string[] {
    const read = copierWords(words);
    const name = posix.basename(read[0] ?? "");
    const values = (ARCHIVER_VARIABLES[name] ?? []).flatMap(v => environment.get(v) ?? []);
    // unrar's -cfg- "Disable read configuration and environment variable" (unrar source, rar.cpp: ReadConfig and
    // ParseEnvVar run only without it).
    if (values.length === 0 || (name === "unrar" && read.some(w => /^-cfg-$/i.test(w)))) return words;
    const given = values.flatMap(value =>
        /\$|`|SUBSTITUTED/.test(value)
            ? [WIDEST_ARCHIVER_OPTION[name]]
            : (value.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map(w => w.replace(/^(["'])([\s\S]*)\1$/, "$2")),
    );
    // After the program's own words (`busybox tar`, `python3 -m`): where programWords' operands start (copierWords
    // may respell them into more words).
    const at = words.length - programWords(words).length + 1;
    return [...words.slice(0, at), ...given, ...words.slice(at)];
}

/** git's configuration from its environment (environmentOptions), as `-c`'s NAME=VALUE words. */
function gitEnvironmentConfig(environment: ReadonlyMap<string, string>): string[] {
    const out: string[] = [];
    const count = environment.get("GIT_CONFIG_COUNT");
    if (count !== undefined) {
        if (!/^[0-9]+$/.test(count)) out.push("unknown=/");
        for (let n = 0; /^[0-9]+$/.test(count) && n < Math.min(Number(count), 1000); n++)
            out.push(
                `${environment.get(`GIT_CONFIG_KEY_${n}`) ?? ""}=${environment.get(`GIT_CONFIG_VALUE_${n}`) ?? ""}`,
            );
    }
    const parameters = environment.get("GIT_CONFIG_PARAMETERS");
    if (parameters !== undefined) {
        const unquote = (q: string | undefined) => q?.replaceAll("'\\''", "'");
        for (const m of parameters.matchAll(/'((?:[^']|'\\'')*)'(?:='((?:[^']|'\\'')*)')?/g))
            out.push(m[2] === undefined ? unquote(m[1])! : `${unquote(m[1])}=${unquote(m[2])}`);
    }
    return out;
}

/** A curl config file's text as curl's words (curl(1) -K: `option = value`, `option value`, `option: value`). */
function curlConfigWords(text: string): string[] {
    return text.split(/\r?\n/).flatMap(line => {
        const m = /^\s*(-?-?[^\s=:#][^\s=:]*)\s*(?:[=:]\s*|\s+|$)(.*)$/.exec(line);
        if (!m) return [];
        const option = m[1].startsWith("-") ? m[1] : `--${m[1]}`;
        const rest = m[2].trim();
        if (rest === "") return [option];
        // A quoted value takes \\ \" \t \n \r \v escapes; an unquoted one ends at whitespace.
        const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(rest);
        const escapes: Record<string, string> = { t: "\t", n: "\n", r: "\r", v: "\v" };
        const value = quoted ? quoted[1].replace(/\\(.)/g, (_, c: string) => escapes[c] ?? c) : rest.split(/\s/)[0];
        return [option, value];
    });
}

/**
 * pip's configuration (pip documentation, "Configuration"): INI sections whose keys are long option names (`target`
 * is --target), as words; a section applies to its command ([install]) or every command ([global]): all are read.
 */
function pipConfigWords(text: string): string[] {
    const out: string[] = [];
    for (const line of text.split(/\r?\n/)) {
        if (/^\s*([#;]|\[|$)/.test(line)) continue;
        // An indented line continues the value above (Python's configparser).
        if (/^\s/.test(line) && out.length > 0) {
            out[out.length - 1] += ` ${line.trim()}`;
            continue;
        }
        const m = /^([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(line);
        if (m) out.push(`--${m[1].toLowerCase().replace(/^--/, "").replaceAll("_", "-")}=${m[2]}`);
    }
    return out;
}

/**
 * A pip's or curl's words with the options its configuration files give it, before its own; undefined when a file
 * it reads holds what the pack cannot know (`changed`: written by a program, edited, under a tree something filled;
 * a file it is told to read that the script did not write). pip (pip documentation, "Configuration": "Configuration
 * files"): PIP_CONFIG_FILE's file (environmentOptions), the global /etc/pip.conf and /etc/xdg/pip/pip.conf, root's
 * ~/.config/pip/pip.conf and legacy ~/.pip/pip.conf, and the site file {sys.prefix}/pip.conf of a virtual
 * environment (its `bin/pip`, or any pip.conf the script writes). curl (curl(1) -K/--config "Specify a text file to
 * read curl arguments from", `-` standard input, a config file may name another; "--disable": unless -q comes first
 * it reads ~/.curlrc, or $XDG_CONFIG_HOME/curlrc, or $CURL_HOME's: any curlrc the script writes). Files at the default
 * places the script did not write are the image's (none).
 */
export function configuredWords(
    given: readonly string[],
    fileText: (path: string) => string | undefined,
    changed: (path: string, within?: string) => boolean,
    written: readonly string[],
    cwd = "/",
): readonly string[] | undefined {
    const words = copierWords(given);
    const name = posix.basename(words[0] ?? "");
    const operands = words.slice(1);
    const read = (path: string, named: boolean, parse: (text: string) => string[], within?: string) => {
        const text = changed(path, within) ? undefined : fileText(path);
        return text === undefined ? (named || changed(path, within) ? undefined : []) : parse(text);
    };
    if (/^pip[0-9.]*$/.test(name)) {
        // A venv's own site file: the command making the venv (`python3 -m venv X`, naming X) writes none.
        const prefix = /^(.*)\/bin\/[^/]+$/.exec(given[0] ?? "")?.[1];
        const site = prefix === undefined ? [] : [`${prefix}/pip.conf`];
        const defaults = [
            "/etc/pip.conf",
            "/etc/xdg/pip/pip.conf",
            "/root/.config/pip/pip.conf",
            "/root/.pip/pip.conf",
            ...written.filter(p => /\/pip\.(conf|ini)$/.test(p)),
        ];
        const named = operands.filter(w => w.startsWith("--config-file=")).map(w => w.slice(14));
        const options: string[] = [];
        for (const [path, isNamed, within] of [
            ...defaults.map((p): [string, boolean, string?] => [p, false]),
            ...site.map((p): [string, boolean, string?] => [p, false, p]),
            ...named.map((p): [string, boolean, string?] => [p, true]),
        ]) {
            const got = read(path, isNamed, pipConfigWords, within);
            if (got === undefined) return undefined;
            options.push(...got);
        }
        return options.length === 0 ? given : [words[0], ...options, ...operands];
    }
    // GNU tar's -T lists (tarFileLists); bsdtar reads -C from one only in c mode, and in x and t mode only names
    // (libarchive tar/write.c archive_names_from_file, tar/read.c: "inclusion pattern" from the file).
    if (name === "tar" && operands.some(w => /^(-T|--files-from)(=|$)/.test(w))) {
        if (/^bsd/.test(posix.basename(appletWords(given)[0] ?? ""))) return given;
        const readList = (path: string) =>
            standardInput(path, false) ? fileText("/dev/stdin") : changed(path) ? undefined : fileText(path);
        return [words[0], ...tarFileLists(operands, cwd, readList)];
    }
    if (name === "wget") return wgetConfigured(words, read, written);
    if (name === "unrar") {
        // unrar reads `switches=` and `switches_<command>=` lines of the first .rarrc of HOME, ~/.config/rar, /etc,
        // /etc/rar, /usr/lib, /usr/local/lib, /usr/local/etc (unrar source, cmddata.cpp ReadConfig, pathfn.cpp
        // EnumConfigPaths) unless -cfg-: any of them, and any .rarrc the script writes, counts.
        if (operands.some(w => /^-cfg-$/i.test(w))) return given;
        const defaults = [
            ...["/root", "/root/.config/rar", "/etc", "/etc/rar", "/usr/lib", "/usr/local/lib", "/usr/local/etc"].map(
                d => `${d}/.rarrc`,
            ),
            ...written.filter(p => p.endsWith("/.rarrc")),
        ];
        const options = configFileOptions(defaults, [], false, read, rarrcWords);
        return options === undefined ? undefined : options.length === 0 ? given : [words[0], ...options, ...operands];
    }
    if (name === "aria2c") return aria2Configured(words, read, written);
    if (Object.hasOwn(UNREAD_DOWNLOADER_CONFIGS, name)) {
        // A downloader whose configuration files the pack does not read: any it may read that the script wrote or
        // changed, or one its words name, may send its files anywhere.
        const { defaults, names } = UNREAD_DOWNLOADER_CONFIGS[name];
        const configured =
            operands.some(w => /^--?[a-z-]*(conf|rc\b)/i.test(w)) ||
            written.some(p => names.test(p)) ||
            defaults.some(p => changed(p));
        return configured ? undefined : given;
    }
    if (name !== "curl") return given;
    const expand = (list: readonly string[], depth: number): string[] | undefined => {
        const curl = curlWords(list);
        const out: string[] = [];
        for (let i = 0; i < curl.length; i++) {
            const w = curl[i];
            const file = /^(-K|--config)$/.test(w) ? curl[++i] : w.startsWith("--config=") ? w.slice(9) : undefined;
            if (file === undefined) {
                out.push(w);
                continue;
            }
            const got = file === "-" || depth > 4 ? undefined : read(file, true, curlConfigWords);
            const inner = got === undefined ? undefined : expand(got, depth + 1);
            if (inner === undefined) return undefined;
            out.push(...inner);
        }
        return out;
    };
    // $CURL_HOME/.curlrc and $XDG_CONFIG_HOME/curlrc come first (curl(1) -K: "$CURL_HOME", "$XDG_CONFIG_HOME",
    // "$HOME"), so any curlrc the script writes counts, as pip's written pip.conf files do.
    const rcFiles = new Set(["/root/.curlrc", "/root/.config/curlrc", ...written.filter(p => /\/\.?curlrc$/.test(p))]);
    const rc = /^(-q|--disable)$/.test(operands[0] ?? "") ? [] : [...rcFiles].map(p => read(p, false, curlConfigWords));
    if (rc.some(r => r === undefined)) return undefined;
    const rcWords = rc.flatMap(r => r ?? []);
    const configFiles = rcWords.length > 0 || curlWords(operands).some(w => /^(-K|--config)(=|$)/.test(w));
    const variables = (list: readonly string[]) => list.some(w => /^--(variable|expand-)/.test(w));
    if (!configFiles && !variables(operands)) return given;
    const all = configFiles ? expand([...rcWords, ...operands], 0) : curlWords(operands);
    const expanded = all === undefined || !variables(all) ? all : curlExpanded(all, file => read(file, true, t => [t]));
    return expanded === undefined ? undefined : [words[0], ...expanded];
}

/**
 * curl's words with its variables expanded (curl(1) --variable, curl 8.3.0+): `--variable name=content` sets one,
 * `name@file` to the file's content (`-` standard input), `%name` imports an environment variable
 * (environmentOptions reads the environment); an option prefixed --expand- is that option with each `{{name}}`
 * replaced ("a blank if the name does not exist as a variable"; `\{{` is a verbatim `{{`; functions after a colon:
 * trim, json, url, b64, 64dec). Undefined when an expansion is unknown (a file the script did not write, standard
 * input, an environment variable the pack cannot see, a function other than trim), unless the option names nothing on
 * the node (CURL_SENT_VALUES: a header, a user agent; the URL unless curl names a file after it).
 */
function curlExpanded(
    words: readonly string[],
    fileText: (path: string) => string[] | undefined,
): string[] | undefined {
    const variables = new Map<string, string | undefined>();
    const remoteName = words.some(w => /^(-O|--remote-name|--remote-name-all|-J|--remote-header-name)$/.test(w));
    const expand = (value: string) => {
        let known = true;
        const text = value.replace(
            /\\\{\{|\{\{([A-Za-z0-9_]+)((?::[a-z0-9]+)*)\}\}/g,
            (m, variable?: string, functions = "") => {
                if (variable === undefined) return "{{";
                const content = variables.has(variable) ? variables.get(variable) : "";
                const applied = (functions as string)
                    .split(":")
                    .filter(Boolean)
                    .reduce<string | undefined>(
                        (v, f) => (v === undefined || f !== "trim" ? undefined : v.trim()),
                        content,
                    );
                if (applied === undefined) known = false;
                return applied ?? "";
            },
        );
        return known ? text : undefined;
    };
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const option = /^--expand-(.+)$/.exec(w)?.[1];
        if (option === undefined && w !== "--variable") {
            out.push(w);
            continue;
        }
        const given = words[++i] ?? "";
        const value = option === undefined ? given : expand(given);
        if (value === undefined) {
            if (CURL_SENT_VALUES.test(option ?? "") && !(option === "url" && remoteName)) continue;
            return undefined;
        }
        if ((option ?? "variable") === "variable") {
            // name[=content], name@file, %name (an environment variable environmentOptions could not read); a byte
            // range `name[N-M]` (curl 8.12.0) keeps part of it: unknown.
            const set = /^([A-Za-z0-9_]+)(=|@)([\s\S]*)$/.exec(value);
            const name = /^%?([A-Za-z0-9_]+)/.exec(value)?.[1];
            if (name === undefined) continue;
            const content =
                set === null ? undefined : set[2] === "=" ? set[3] : set[3] === "-" ? undefined : fileText(set[3])?.[0];
            variables.set(name, content);
            out.push("--variable", value);
            continue;
        }
        out.push(`--${option}`, value);
    }
    return out;
}

/** curl options whose values it sends or shows, naming nothing on the node (curl(1)). */
const CURL_SENT_VALUES = /^(url|header|proxy-header|user-agent|referer|request|data-raw|form-string|url-query|json)$/;

/**
 * Downloaders that read configuration files the pack does not read, with their default files and the names their
 * files go by: wget2 (wget2rc: "$XDG_CONFIG_HOME/wget/wget2rc", ~/.wget2rc, --config-file), axel (axel(1) FILES:
 * /etc/axelrc, ~/.axelrc), lftp (lftp(1) FILES: /etc/lftp.conf, ~/.lftprc, ~/.lftp/rc, ~/.config/lftp/rc), HTTPie
 * (`http`, `https`: ~/.config/httpie/config.json, whose default_options are its options), yt-dlp and youtube-dl
 * (their README "Configuration": /etc/yt-dlp.conf, ~/.config/yt-dlp/config, ~/yt-dlp.conf, --config-locations; -o
 * names the output). configuredWords fails closed on them.
 */
const UNREAD_DOWNLOADER_CONFIGS: Record<string, { defaults: string[]; names: RegExp }> = {
    wget2: { defaults: ["/etc/wget2rc", "/root/.config/wget/wget2rc", "/root/.wget2rc"], names: /wget2rc$/ },
    axel: { defaults: ["/etc/axelrc", "/usr/local/etc/axelrc", "/root/.axelrc"], names: /axelrc$/ },
    lftp: {
        defaults: ["/etc/lftp.conf", "/root/.lftprc", "/root/.lftp/rc", "/root/.config/lftp/rc"],
        names: /lftp(\.conf|rc|\/rc)$/,
    },
    http: {
        defaults: ["/root/.config/httpie/config.json", "/root/.httpie/config.json"],
        names: /httpie\/config\.json$/,
    },
    https: {
        defaults: ["/root/.config/httpie/config.json", "/root/.httpie/config.json"],
        names: /httpie\/config\.json$/,
    },
    "yt-dlp": {
        defaults: ["/etc/yt-dlp.conf", "/etc/yt-dlp/config", "/root/.config/yt-dlp/config", "/root/yt-dlp.conf"],
        names: /yt-dlp(\.conf|\/config(\.txt)?)$/,
    },
    "youtube-dl": {
        defaults: ["/etc/youtube-dl.conf", "/root/.config/youtube-dl/config", "/root/.config/youtube-dl.conf"],
        names: /youtube-dl(\.conf|\/config(\.txt)?)$/,
    },
};

/**
 * wgetrc commands (GNU Wget manual, "Wgetrc Commands": `command = value`, "case-, underscore- and minus-insensitive",
 * booleans on/off or 1/0) as the long options they stand for, by their normalized names: most are the option's own
 * name (`timestamping` is --timestamping); these differ.
 */
const WGETRC_OPTIONS: Record<string, string> = {
    outputdocument: "output-document",
    dirprefix: "directory-prefix",
    dirstruct: "force-directories",
    input: "input-file",
    logfile: "output-file",
    reclevel: "level",
    addhostdir: "host-directories",
    contentdisposition: "content-disposition",
    trustservernames: "trust-server-names",
    savecookies: "save-cookies",
    postfile: "post-file",
    bodyfile: "body-file",
};

/** Round 88 (fix): wget's long option (LONG_OPTIONS.wget) whose name without `-` is `key` (wgetrc's spelling of it). */
const wgetSqueezed = (key: string) =>
    LONG_OPTIONS.wget.long
        .split(" ")
        .map(o => o.replace(/[=?]$/, ""))
        .find(o => o.replaceAll("-", "") === key);

/** A wgetrc text (or one -e command) as wget's long options (WGETRC_OPTIONS). */
function wgetrcWords(text: string): string[] {
    return text.split(/\r?\n/).flatMap(line => {
        const m = /^\s*([A-Za-z_-]+)\s*=\s*(.*?)\s*$/.exec(line);
        if (!m) return [];
        const key = m[1].toLowerCase().replace(/[_-]/g, "");
        // Round 88 (fix): every command compared as wget does ("case-, underscore- and minus-insensitive"): the long
        // option of that squeezed name (LONG_OPTIONS.wget: `checkcertificate` is --check-certificate).
        const option = WGETRC_OPTIONS[key] ?? wgetSqueezed(key) ?? m[1].toLowerCase().replaceAll("_", "-");
        if (/^(on|1|yes)$/i.test(m[2])) return [`--${option}`];
        if (/^(off|0|no)$/i.test(m[2])) return [`--no-${option}`];
        return [`--${option}=${m[2]}`];
    });
}

/** A .rarrc's switches (`switches=` and `switches_<command>=` lines, split as unrar splits them); every command's. */
function rarrcWords(text: string): string[] {
    return text
        .split(/\r?\n/)
        .flatMap(line => /^\s*switches(?:_\w+)?=(.*)$/i.exec(line)?.[1].match(/"[^"]*"|\S+/g) ?? [])
        .map(w => w.replaceAll('"', ""));
}

/** wget's short options that take a value (wget(1)), which may be glued to the letter or follow it. */
const WGET_VALUES = "aABDeiIlnoOPQRtTUwXY";

/**
 * wget's words with its startup files and -e/--execute commands read as its options (GNU Wget manual, "Startup File":
 * the global wgetrc (/etc/wgetrc as distributions build it, /usr/local/etc/wgetrc by default), then WGETRC's file
 * (environmentOptions: `--config=FILE`) or ~/.wgetrc; --config=FILE names the file instead, --no-config reads none;
 * "Basic Startup Options": -e runs a command "as if it were a part of .wgetrc ... executed after the commands in
 * .wgetrc"), so `output_document` is -O and `dir_prefix` is -P; any wgetrc the script writes counts, as for curl.
 * Undefined when a file it reads holds what the pack cannot know (configuredWords).
 */
function wgetConfigured(
    given: readonly string[],
    read: (path: string, named: boolean, parse: (text: string) => string[]) => string[] | undefined,
    written: readonly string[],
): readonly string[] | undefined {
    // Round 88 (fix): its long options spelled in full (getopt_long abbreviations: `--exec` is --execute).
    const words = resolveLongOptions(given);
    const operands: string[] = [];
    const named: string[] = [];
    let noConfig = false;
    for (let i = 1; i < words.length; i++) {
        const w = words[i];
        const config = /^--config(?:=(.*))?$/.exec(w);
        if (config) {
            named.push(config[1] ?? words[++i] ?? "");
            continue;
        }
        if (w === "--no-config") {
            noConfig = true;
            continue;
        }
        const execute = /^--execute(?:=(.*))?$/.exec(w);
        if (execute) {
            operands.push(...wgetrcWords(execute[1] ?? words[++i] ?? ""));
            continue;
        }
        if (!/^-[A-Za-z]/.test(w)) {
            operands.push(w);
            continue;
        }
        // A bundle of short options: the first taking a value takes the rest of the word, or the next word.
        let k = 1;
        while (k < w.length && !WGET_VALUES.includes(w[k])) k++;
        if (k === w.length) {
            operands.push(w);
            continue;
        }
        const value = k + 1 < w.length ? w.slice(k + 1) : (words[++i] ?? "");
        if (k > 1) operands.push(w.slice(0, k));
        if (w[k] === "e") operands.push(...wgetrcWords(value));
        else operands.push(`-${w[k]}`, value);
    }
    // Round 87: each file once (a written /etc/wgetrc is a default too).
    const defaults = [
        ...new Set([
            "/etc/wgetrc",
            "/usr/local/etc/wgetrc",
            "/root/.wgetrc",
            ...written.filter(p => /\/\.?wgetrc$/.test(p)),
        ]),
    ];
    const options = configFileOptions(defaults, named, noConfig, read, wgetrcWords);
    return options && [words[0], ...options, ...operands];
}

/**
 * The options a program's configuration files give it: its default files unless it is told to read none or is named
 * some (wget --config, aria2c --conf-path: the named file instead of the defaults), each read as `parse` reads it;
 * undefined when one holds what the pack cannot know (`read`).
 */
function configFileOptions(
    defaults: readonly string[],
    named: readonly string[],
    none: boolean,
    read: (path: string, named: boolean, parse: (text: string) => string[]) => string[] | undefined,
    parse: (text: string) => string[],
): string[] | undefined {
    const files = [
        ...(none || named.length > 0 ? [] : defaults.map(p => [p, false] as const)),
        ...named.map(p => [p, true] as const),
    ];
    const options: string[] = [];
    for (const [path, isNamed] of files) {
        const got = read(path, isNamed, parse);
        if (got === undefined) return undefined;
        options.push(...got);
    }
    return options;
}

/**
 * aria2c's words with its configuration file read as its options (aria2c(1) --conf-path: "Change the configuration
 * file path to PATH. Default: $HOME/.aria2/aria2.conf if present, otherwise $XDG_CONFIG_HOME/aria2/aria2.conf";
 * --no-conf "Disable loading aria2.conf file"; "aria2.conf": `NAME=VALUE` lines of long options without `--`, `#`
 * comments), before its own: `dir` is --dir ("The directory to store the downloaded file"). Any aria2.conf the script
 * writes counts, as for curl; undefined when a file it reads holds what the pack cannot know.
 */
function aria2Configured(
    words: readonly string[],
    read: (path: string, named: boolean, parse: (text: string) => string[]) => string[] | undefined,
    written: readonly string[],
): readonly string[] | undefined {
    const named = words.flatMap((w, i) =>
        w === "--conf-path" ? [words[i + 1] ?? ""] : w.startsWith("--conf-path=") ? [w.slice(12)] : [],
    );
    const defaults = [
        "/root/.aria2/aria2.conf",
        "/root/.config/aria2/aria2.conf",
        ...written.filter(p => /\/aria2\.conf$/.test(p)),
    ];
    const parse = (text: string) =>
        text.split(/\r?\n/).flatMap(line => {
            const m = /^\s*([A-Za-z0-9-]+)\s*=\s*(.*?)\s*$/.exec(line);
            return m ? [`--${m[1]}=${m[2]}`] : [];
        });
    const options = configFileOptions(defaults, named, words.includes("--no-conf"), read, parse);
    if (options === undefined) return undefined;
    return options.length === 0 ? words : [words[0], ...options, ...words.slice(1)];
}

/**
 * Whether a program writes nothing relative to its working directory (the other side of unpackedDestinations, and of
 * the fail-closed working-directory rule of userDataReaders/rootWrites.ts viewingJudge): the archivers, unpackers and compressors the
 * pack reads when none of their writes, all computed by copiedDestinations, is relative to it (tar, unzip, and
 * unpackedDestinations' in a mode it knows: `cpio -t` from standard input, `zcat`, `gzip -t` write nothing), the
 * inert commands (INERT_COMMANDS: they act
 * only on the paths they name), curl (its files are copiedDestinations': -o, -O, --output-dir), and the package,
 * service and account managers, which write their own databases, the packages' absolute paths and /etc: dnf(8),
 * yum(8), zypper(8), apt-get(8) and rpm(8) install from repositories or the package files they are named (their
 * `download` and `source` commands save into the working directory), pip's install/uninstall/list/show/freeze (pip
 * docs, "pip install": packages go to site-packages; `pip download` and `pip wheel` save into the working directory
 * unless told a directory) and `pip config list|get|debug`,
 * systemctl(1) (asks the service manager over D-Bus; `enable` "creates a set of symlinks ... in /etc/systemd/system"),
 * service(8), useradd(8), usermod(8), userdel(8). A path they name is still judged by the caller.
 */
export function keepsWorkingDirectory(given: readonly string[]): boolean {
    const words = copierWords(given);
    const name = posix.basename(words[0] ?? "");
    // Such a program keeps its working directory when what it writes does not depend on it (relative names do).
    if (/^(tar|unzip)$/.test(name) || unpackedDestinations(name, words.slice(1), "/") !== undefined) {
        const [a, b] = ["/.cwd-a", "/.cwd-b"].map(cwd => JSON.stringify(copiedDestinations(given, cwd)));
        return a === b;
    }
    const [command, subcommand] = words.slice(1).filter(w => !w.startsWith("-"));
    if (/^(dnf|yum|microdnf|zypper|apt|apt-get)$/.test(name)) return command !== "download" && command !== "source";
    // pip download -d/--dest and pip wheel -w/--wheel-dir save into that directory instead (INSTALL_DESTINATIONS);
    // pip config list, get and debug print the configuration, set, unset and edit write a configuration file (pip
    // documentation, "pip config"): none writes in the working directory.
    if (/^pip[0-9.]*$/.test(name))
        return (
            /^(install|uninstall|list|show|freeze)$/.test(command ?? "") ||
            (/^(download|wheel)$/.test(command ?? "") && installedTrees(name, words.slice(1), "/").length > 0) ||
            (command === "config" && /^(list|get|debug)$/.test(subcommand ?? ""))
        );
    // wget -O/--output-document writes that file only (`-` standard output), --spider "will not download the pages"
    // (GNU Wget manual, "Logging and Input File Options", "Download Options"); configuredWords splits its bundles.
    if (name === "wget") return words.some(w => /^(-O|--output-document(=.*)?|--spider)$/.test(w));
    // aria2c(1) -d/--dir: "The directory to store the downloaded file" (its own words name it; configuredWords adds
    // its configuration file's `dir`).
    if (name === "aria2c") return words.some(w => /^(-d.*|--dir(=.*)?)$/.test(w));
    // Round 81: journalctl(1) reads the journal and writes only its own files (--vacuum-size=/--vacuum-time= remove
    // archived journal files, --setup-keys and --update-catalog write fixed paths): a bare value (`500M`) names none;
    // --cursor-file=FILE "write[s] the cursor of the last entry to FILE", relative to the working directory.
    if (name === "journalctl") return !words.some(w => w.startsWith("--cursor-file"));
    return isInertCommand(name) || /^(curl|rpm|systemctl|service|useradd|usermod|userdel)$/.test(name);
}

/**
 * A word of rpm's query mode (rpm(8) "QUERY OPTIONS": -q/--query with its package selection and information letters,
 * --queryformat), which only reads the package database; a query format is expanded as macros, where `%(...)` runs a
 * shell and `%{lua:...}` Lua (rpm macros documentation), so such a format is no query.
 */
export const rpmQueryWord = (w: string) =>
    /^(-q[acdfgilpRsv]*|--query|--queryformat=.*)$/.test(w) && !/%\(|lua:/.test(w);

/**
 * Long options of the tools the viewing rule reads, as their `--help` lists them (GNU tar 1.34, GNU cpio 2.13, gzip 1.12
 * (with the aliases --to-stdout, --uncompress, --silent, --ascii), GNU coreutils 9.1 cp/mv/install/ln; Python's `-m
 * tarfile` and `-m zipfile`, "Command-Line Interface"): a name ending in `=` takes a value (`--name=V` or `--name V`),
 * one ending in `?` an optional one (`--name=V` only); `short` the short options taking a value. gunzip and zcat are
 * gzip (gzip(1): "gunzip ... zcat is identical to gunzip -c").
 */
const LONG_OPTIONS: Record<string, LongOptionTable> = {
    tar: {
        long: "absolute-names acls add-file= after-date= anchored append atime-preserve? auto-compress backup? block-number blocking-factor= bzip2 catenate check-device check-links checkpoint? checkpoint-action= clamp-mtime compare compress concatenate confirmation create delay-directory-restore delete dereference diff directory= exclude= exclude-backups exclude-caches exclude-caches-all exclude-caches-under exclude-from= exclude-ignore= exclude-ignore-recursive= exclude-tag= exclude-tag-all= exclude-tag-under= exclude-vcs exclude-vcs-ignores extract file= files-from= force-local format= full-time get group= group-map= gunzip gzip hard-dereference help hole-detection= ignore-case ignore-command-error ignore-failed-read ignore-zeros incremental index-file= info-script= interactive keep-directory-symlink keep-newer-files keep-old-files label= level= list listed-incremental= lzip lzma lzop mode= mtime= multi-volume new-volume-script= newer= newer-mtime= no-acls no-anchored no-auto-compress no-check-device no-delay-directory-restore no-ignore-case no-ignore-command-error no-null no-overwrite-dir no-quote-chars= no-recursion no-same-owner no-same-permissions no-seek no-selinux no-unquote no-verbatim-files-from no-wildcards no-wildcards-match-slash no-xattrs null numeric-owner occurrence? old-archive one-file-system one-top-level? overwrite overwrite-dir owner= owner-map= pax-option= portability posix preserve-order preserve-permissions quote-chars= quoting-style= read-full-records record-size= recursion recursive-unlink remove-files restrict rmt-command= rsh-command= same-order same-owner same-permissions seek selinux show-defaults show-omitted-dirs show-snapshot-field-ranges show-stored-names show-transformed-names skip-old-files sort= sparse sparse-version= starting-file= strip-components= suffix= tape-length= test-label to-command= to-stdout totals? touch transform= uncompress ungzip unlink-first unquote update usage use-compress-program= utc verbatim-files-from verbose verify version volno-file= warning= wildcards wildcards-match-slash xattrs xattrs-exclude= xattrs-include= xform= xz zstd",
        short: "CFHIKLNTVXbfg",
    },
    cpio: {
        long: "absolute-filenames append block-size= create dereference device-independent directory= dot extract file= force-local format= help ignore-devno io-size= link list make-directories message= no-absolute-filenames no-preserve-owner nonmatching null numeric-uid-gid only-verify-crc owner= pass-through pattern-file= preserve-modification-time quiet rename renumber-inodes reproducible reset-access-time rsh-command= sparse swap swap-bytes swap-halfwords to-stdout unconditional usage verbose version warning=",
        short: "CDEFHIMORW",
    },
    gzip: {
        long: "ascii best decompress fast force help keep license list name no-name quiet recursive rsyncable silent stdout suffix= synchronous test to-stdout uncompress verbose version",
        short: "S",
    },
    cp: {
        long: "archive attributes-only backup? context? copy-contents dereference force help interactive link no-clobber no-dereference no-preserve= no-target-directory one-file-system parents preserve? recursive reflink? remove-destination sparse= strip-trailing-slashes suffix= symbolic-link target-directory= update verbose version",
        short: "St",
    },
    mv: {
        long: "backup? context force help interactive no-clobber no-target-directory strip-trailing-slashes suffix= target-directory= update verbose version",
        short: "St",
    },
    install: {
        long: "backup? compare context? directory group= help mode= no-target-directory owner= preserve-context preserve-timestamps strip strip-program= suffix= target-directory= verbose version",
        short: "Sgmot",
    },
    ln: {
        long: "backup? directory force help interactive logical no-dereference no-target-directory physical relative suffix= symbolic target-directory= verbose version",
        short: "St",
    },
    xargs: {
        long: "arg-file= delimiter= eof? exit help interactive max-args= max-chars= max-lines? max-procs= no-run-if-empty null open-tty process-slot-var= replace? show-limits verbose version",
        short: "adEILnPs",
    },
    tarfile: { long: "help verbose filter= list extract create test", short: "" },
    zipfile: { long: "help list extract create test metadata-encoding=", short: "" },
    // libarchive's bsdtar (tar/cmdline.c tar_longopts and short_options; bsdtar(1) "-C directory, --cd directory,
    // --directory directory", "-P, --absolute-paths", "--insecure (Deprecated) Alias for -P"), its own long options
    // matched by unique prefix (bsdtar_getopt), read by tar's readers in GNU tar's spelling (`as`).
    bsdtar: {
        long: "absolute-paths append acls auto-compress b64encode block-size= blocking-factor= bunzip2 bzip bzip2 cd= check-links chroot clear-nochange-fflags compress confirmation create dereference directory= disable-copyfile exclude= exclude-from= exclude-vcs extract fast-read fflags file= files-from= format= gid= gname= grzip gunzip gzip help hfsCompression ignore-zeros include= insecure interactive keep-newer-files keep-old-files list lrzip lz4 lzip lzma lzop mac-metadata modification-time newer= newer-ctime= newer-ctime-than= newer-mtime= newer-mtime-than= newer-than= no-acls no-fflags no-mac-metadata no-read-sparse no-recursion no-safe-writes no-same-owner no-same-permissions no-xattr no-xattrs nodump nopreserveHFSCompression norecurse null numeric-owner older= older-ctime= older-ctime-than= older-mtime= older-mtime-than= older-than= one-file-system options= passphrase= posix preserve-permissions read-full-blocks read-sparse safe-writes same-owner same-permissions strip-components= to-stdout totals uid= uname= uncompress unlink unlink-first update use-compress-program= uuencode verbose version xattrs xz zstd",
        short: "bCfIsTWX",
        as: { cd: "directory", "absolute-paths": "absolute-names", insecure: "absolute-names" },
    },
    // cabextract (cabextract.c: getopt_long with OPTSTRING "d:e:fF:hlLpqstvink" and optlist).
    cabextract: {
        long: "directory= encoding= fix filter= help list lowercase pipe quiet single test version interactive no-overwrite keep-symlinks",
        short: "deF",
        flags: "fhlLpqstvink",
    },
    // GNU sharutils uudecode (uudecode(1): `-o file, --output-file=file`, -c/--ignore-chmod, -v/--version, -h/--help,
    // -!/--more-help; AutoOpts reads options getopt-style) and the BSD one (uudecode(1) FreeBSD: -c, -i, -m, -o
    // output_file, -p, -r, -s).
    uudecode: { long: "output-file= ignore-chmod version? help more-help", short: "o", flags: "cimprsvh!" },
    // unar (XADMaster unar.m, CSCommandLineParser.m _parseArguments: an option "starts with one or two dashes (treated
    // the same for now)", `-option=value` or the value in the next word, exact names and their aliases only).
    unar: {
        long: "output-directory= force-overwrite force-rename force-skip force-directory no-directory password= encoding= password-encoding= indexes no-recursion copy-time no-quarantine forks= quiet version help",
        short: "",
        oneDash: true,
        as: {
            o: "output-directory",
            f: "force-overwrite",
            r: "force-rename",
            s: "force-skip",
            d: "force-directory",
            D: "no-directory",
            p: "password",
            e: "encoding",
            E: "password-encoding",
            i: "indexes",
            nr: "no-recursion",
            t: "copy-time",
            nq: "no-quarantine",
            k: "forks",
            q: "quiet",
            v: "version",
            h: "help",
        },
    },
    // Root-run programs whose options the node rules read by the same grammar (round 62: a value glued to its short
    // option, `-e'code'`, is `-e 'code'`). perlrun(1) "Command Switches": -e/-E commandline and -I directory (glued or
    // the next word), -0 -C -d -D -F -i -l -m -M -V -x their value glued only. ruby(1): -e command, -C/-X directory,
    // -E encoding, -I directory, -r library (glued or the next word); -0 -F -i -K -T -W -x glued only. PHP manual,
    // "Command line options" (php_cli.c's options, read by php_getopt: a short option's value glued or the next word):
    // -r/--run code, -B/--process-begin, -R/--process-code, -E/--process-end code run for input lines.
    // An optional value holds only what the program reads for it, and the bundle goes on after it (perl.c
    // moreswitches, perlrun(1): -0[octal/hexadecimal] (-0xHHH), -l[octnum], -C[number/list], -d[t][:MOD], -D[letters/
    // number], -V[:configvar]; `perl -lne` is -l -n -e, `-0e'..'` is -0 -e '..'); -F -i -m -M -x take the rest of the
    // word. ruby.c proc_options: -0[octal] (up to 4 digits), -W[level] (one octal digit, or :category), -K one encoding
    // letter, -T[level] (2 digits), then the next switch; -F -i -x the rest of the word.
    perl: {
        long: "help version",
        short: "eEI",
        optional: {
            ...restOfWord("FimMx"),
            0: /^(x[0-9a-fA-F]+|[0-7]*)/,
            l: /^[0-7]*/,
            C: /^(\d+|[IOESioDALa]*)/,
            d: /^t?([:=][\s\S]*)?/,
            D: /^\w*/,
            V: /^(:[\s\S]*)?/,
        },
        flags: "acfhnpsStTuUvwWX",
    },
    ruby: {
        long: "copyright dump= enable= disable= encoding= external-encoding= internal-encoding= help version verbose jit yjit backtrace-limit= crash-report= parser= debug",
        short: "eCEIrX",
        optional: { ...restOfWord("Fix"), 0: /^[0-7]{0,4}/, W: /^(:[\s\S]*|[0-7]?)/, K: /^[\s\S]?/, T: /^[0-7]{0,2}/ },
        flags: "acdhlnpsSUvwy",
    },
    // Node.js CLI docs, "Command-line options" (node_options.cc): -e/--eval script, -p/--print script ("Identical to
    // -e but prints the result"; AddAlias("-pe", {"--print", "--eval"}), so `-pe CODE` is --print CODE), -r/--require
    // and --import a module, -C/--conditions; node takes no bundles, and reading -e's value glued (`-e'..'`) reads more
    // code, not less. An option it does not list is unknown (its word judged as code).
    node: {
        long: "eval= print= require= import= conditions= input-type= check interactive inspect? inspect-brk? inspect-port= inspect-wait? loader= experimental-loader= env-file= title= stack-size= max-old-space-size= no-warnings no-deprecation trace-warnings trace-deprecation enable-source-maps watch watch-path= preserve-symlinks unhandled-rejections= openssl-config= icu-data-dir= expose-gc abort-on-uncaught-exception experimental-vm-modules experimental-modules disable-warning= test version help v8-options",
        short: "eprC",
        flags: "chiv",
        words: { "-pe": ["--print"] },
    },
    // lua(1) and lua.c collectargs: -e stat and -l mod, their value glued or the next word (`if (argv[i][2] == '\0')
    // i++`); -i, -v, -E, -W alone (no bundles: any other letter after them is an error).
    lua: { long: "", short: "el", flags: "ivEW" },
    // LuaJIT docs, "Running LuaJIT" (luajit.c collectargs): lua's -e chunk and -l library, and its own -j command
    // (its value glued or the next word: "optional space after -j"), -O[opt] (the rest of the word), -b (save or list
    // bytecode: the rest of the command line is the bytecode tool's, whose `-e chunk` is compiled, not run: read as
    // code anyway, failing closed); -i, -v, -E alone.
    luajit: { long: "", short: "elj", optional: restOfWord("Ob"), flags: "ivE" },
    php: {
        long: "interactive process-begin= no-chdir php-ini= define= process-end= profile-info process-file= file= help info syntax-check modules no-php-ini no-header process-code= hide-args run= syntax-highlight syntax-highlighting server= docroot= strip usage version zend-extension= rf= rfunction= rc= rclass= re= rextension= rz= rzendextension= ri= rextinfo= ini",
        short: "BcdEFfRrStz",
        flags: "aCehilmnqHsvw?",
    },
    // GNU awk manual, "Command-Line Options" (gawk reads them with getopt_long: -e/--source program text, -f/--file
    // and -E/--exec program files, -i/--include, -l/--load, -v/--assign, -F/--field-separator, -W its long options;
    // -d -D -L -o -p an optional value glued). awk is gawk on Amazon Linux.
    gawk: {
        long: "assign= bignum characters-as-bytes copyright csv debug? dump-variables? exec= field-separator= file= gen-pot help include= lint? load= no-optimize non-decimal-data optimize persist? posix pretty-print? profile? re-interval sandbox source= trace traditional use-lc-numeric version",
        short: "eEfFilvWZ",
        optional: restOfWord("dDLop"),
        flags: "bcCghIkMnNOPrsStVY",
    },
    // CFEngine cf-agent reference, "Command reference" (getopt_long): -B/--bootstrap the policy server, -b
    // bundlesequence, -D define, -f file, -g log-level, -N negate, -w workdir take a value; -C color, -T
    // trust-server, -x self-diagnostics an optional one.
    "cf-agent": {
        long: "bootstrap= bundlesequence= workdir= debug define= self-diagnostics? dry-run file= help inform log-level= manpage negate= no-lock verbose version timing-output trust-server? color? no-extensions timestamp ignore-preferred-augments log-modules= show-evaluated-classes? show-evaluated-vars? skip-bootstrap-policy-run skip-bootstrap-service-start skip-db-check? simulate= no-host-specific-data",
        short: "BbDfgNw",
        optional: restOfWord("CTx"),
        flags: "dEhIKlMntvV",
    },
    // Round 88 (fix): GNU Wget 1.21 (`wget --help`; main.c builds getopt_long's table from option_data: a boolean option
    // takes an optional `=VALUE` and has its `--no-` twin ("--no-FOO ... is identical to --FOO=0")), so an unambiguous
    // abbreviation is the option (`--no-check-cert` is --no-check-certificate). Short letters taking a value:
    // WGET_VALUES.
    wget: {
        long: "accept-regex= accept= adjust-extension? append-output= ask-password? auth-no-challenge? background? backup-converted? backups= base= bind-address= body-data= body-file= ca-certificate= ca-directory= cache? certificate-type= certificate= check-certificate? ciphers= clobber? compression= config= connect-timeout= content-disposition? content-on-error? continue? convert-file-only? convert-links? cookies? crl-file= cut-dirs= debug? default-page= delete-after? directories? directory-prefix= dns-cache? dns-timeout= domains= exclude-directories= exclude-domains= execute= follow-ftp? follow-tags= force-directories? force-html? ftp-password= ftp-user= ftps-clear-data-connection? ftps-fallback-to-ftp? ftps-implicit? ftps-resume-ssl? glob? header= help host-directories? hsts-file= hsts? http-keep-alive? http-password= http-user= https-only? if-modified-since? ignore-case? ignore-length? ignore-tags= include-directories= inet4-only? inet6-only? input-file= iri? keep-session-cookies? level= limit-rate= load-cookies= local-encoding= max-redirect= method= mirror? netrc? no-adjust-extension no-ask-password no-auth-no-challenge no-background no-backup-converted no-cache no-check-certificate no-clobber no-config no-content-disposition no-content-on-error no-continue no-convert-file-only no-convert-links no-cookies no-debug no-delete-after no-directories no-dns-cache no-follow-ftp no-force-directories no-force-html no-ftps-clear-data-connection no-ftps-fallback-to-ftp no-ftps-implicit no-ftps-resume-ssl no-glob no-host-directories no-hsts no-http-keep-alive no-https-only no-if-modified-since no-ignore-case no-ignore-length no-inet4-only no-inet6-only no-iri no-keep-session-cookies no-mirror no-netrc no-page-requisites no-parent no-passive-ftp no-preserve-permissions no-protocol-directories no-proxy no-quiet no-random-wait no-recursive no-relative no-remove-listing no-retr-symlinks no-retry-connrefused no-save-headers no-server-response no-show-progress no-span-hosts no-spider no-strict-comments no-timestamping no-trust-server-names no-unlink no-use-server-timestamps no-verbose no-warc-cdx no-warc-compression no-warc-digests no-warc-keep-log no-xattr output-document= output-file= page-requisites? parent? passive-ftp? password= pinnedpubkey= post-data= post-file= prefer-family= preserve-permissions? private-key-type= private-key= progress= protocol-directories? proxy-password= proxy-user= proxy? quiet? quota= random-wait? read-timeout= recursive? referer= regex-type= reject-regex= reject= rejected-log= relative? remote-encoding= remove-listing? report-speed= restrict-file-names= retr-symlinks? retry-connrefused? retry-on-http-error= save-cookies= save-headers? secure-protocol= server-response? show-progress? span-hosts? spider? start-pos= strict-comments? timeout= timestamping? tries= trust-server-names? unlink? use-askpass= use-server-timestamps? user-agent= user= verbose? version wait= waitretry= warc-cdx? warc-compression? warc-dedup= warc-digests? warc-file= warc-header= warc-keep-log? warc-max-size= warc-tempdir= xattr?",
        short: "aABDeiIlnoOPQRtTUwXY",
        flags: "46bcdEFhHkKLmNpqrSvVx",
    },
};
const LONG_OPTION_NAMES: Record<string, string> = { gunzip: "gzip", zcat: "gzip", awk: "gawk" };

/**
 * A command's options read by its program's LONG_OPTIONS grammar, the one option reader of getopt-style programs:
 * long options spelled in full (resolveLongOptions: unique prefixes), short bundles and values glued or in the next
 * word (readOptions); undefined for a program without a table. `unknown` holds what it cannot read (fail closed).
 */
export function programOptions(words: readonly string[]): ReturnType<typeof readOptions> | undefined {
    // A versioned interpreter (php8.2, perl5.36) is its program (shell.ts interpreterName).
    const name = interpreterName(words[0] ?? "");
    const key = LONG_OPTION_NAMES[name] ?? name;
    if (!Object.hasOwn(LONG_OPTIONS, key)) return undefined;
    // A word the program reads as other words (node's `-pe`) is read as those.
    const spelled = words.slice(1).flatMap(w => LONG_OPTIONS[key].words?.[w] ?? [w]);
    return readOptions(resolveLongOptions([key, ...spelled]).slice(1), longOptionGrammar(key));
}

/**
 * A program's options (LONG_OPTIONS): `long` its long option names (`=` taking a value, `?` an optional one), `short`
 * its short letters taking a value, `flags` its short letters taking none (getopt(3): bundled, `-qd DIR` is `-q -d
 * DIR`; a value glued or in the next word), `as` the option a name stands for (an alias, a short name), `oneDash` when
 * a long option may take one dash as well and is matched exactly (unar).
 */
interface LongOptionTable {
    long: string;
    short: string;
    flags?: string;
    as?: Record<string, string>;
    oneDash?: boolean;
    /**
     * Short letters whose value is optional and only glued, each with what its value may hold (from the start of the
     * rest of its word; the bundle goes on after it): getopt's `x::` takes the rest of the word (restOfWord), perl's
     * -l only octal digits.
     */
    optional?: Record<string, RegExp>;
    /** Words the program reads as other words (an alias of several options). */
    words?: Record<string, string[]>;
}

/** getopt's optional values (`x::`, getopt(3)): the rest of the word, for each of `letters`. */
function restOfWord(letters: string): Record<string, RegExp> {
    return Object.fromEntries([...letters].map(l => [l, /^[\s\S]*/]));
}

/**
 * The OptionGrammar of a LONG_OPTIONS program whose words resolveLongOptions has spelled (long options in full, in
 * their `--name` spelling): readOptions reads its bundles and glued values; an option not in its table is unknown.
 */
function longOptionGrammar(name: string): OptionGrammar {
    const table = LONG_OPTIONS[name];
    const options = table.long.split(" ");
    return {
        long: option => {
            const bare = option.slice(2);
            return options.includes(`${bare}=`) ? 1 : options.some(o => o === bare || o === `${bare}?`) ? 0 : undefined;
        },
        shortValues: table.short,
        shortFlags: table.flags ?? "",
        shortOptional: table.optional,
    };
}

/**
 * A command's words with each long option of a LONG_OPTIONS tool spelled in full, the one place the viewing rule
 * resolves them: getopt_long(3) and argp (GNU tar, cpio) accept "Long option names ... abbreviated if the abbreviation
 * is unique or is an exact match for some defined option" (GNU C Library manual, "Getopt Long Options"; GNU tar manual,
 * "Long Option Style": `--absolute` is --absolute-names), Python's argparse "allows long options to be abbreviated to
 * a prefix, if the abbreviation is unambiguous" (argparse, "Argument abbreviations"). GNU find's primaries (`-delete`)
 * are no getopt options and are never abbreviated. An ambiguous or unknown option stays as written (the tool refuses
 * it); option values (`-C DIR`, `--file F`, tar's old-style `xf F`) and operands after `--` are kept. A name the table
 * maps (`as`) is spelled as the option it stands for (bsdtar's `--cd` is `--directory`, unar's `-o` is
 * `--output-directory`); `program` is the name the command was run by, whose table comes first (bsdtar, read as tar).
 */
function resolveLongOptions(words: readonly string[], program?: string): readonly string[] {
    const key = [program, posix.basename(words[0] ?? "")]
        .map(n => (n === undefined ? undefined : (LONG_OPTION_NAMES[n] ?? n)))
        .find(n => n !== undefined && Object.hasOwn(LONG_OPTIONS, n));
    if (key === undefined) return words;
    const table = LONG_OPTIONS[key];
    const name = key === "bsdtar" ? "tar" : key;
    const options = table.long.split(" ");
    const spelled = (o: string) => table.as?.[o] ?? o;
    const out = words.slice(0, 1);
    let values = 0;
    for (let i = 1; i < words.length; i++) {
        const w = words[i];
        if (values > 0) {
            values--;
            out.push(w);
            continue;
        }
        if (w === "--") return [...out, ...words.slice(i)];
        // tar's old-style first word is spelled as separate short options: its letters taking a value take the words
        // after it, in order (GNU tar manual, "Old Option Style": `tar cvbf 20 /dev/rmt0` is `tar -c -v -b 20 -f
        // /dev/rmt0`), so `xfC A DIR` is `-x -f A -C DIR` for every reader.
        if (i === 1 && name === "tar" && /^[A-Za-z]+$/.test(w)) {
            let next = i + 1;
            for (const letter of w) {
                out.push(`-${letter}`);
                if (table.short.includes(letter) && next < words.length) out.push(words[next++]);
            }
            i = next - 1;
            continue;
        }
        const long = (table.oneDash ? /^--?([^=-][^=]*)(=[\s\S]*)?$/ : /^--([^=]+)(=[\s\S]*)?$/).exec(w);
        if (long) {
            const bare = (o: string) => o.replace(/[=?]$/, "");
            // A oneDash program's name is exact or an alias; getopt_long's may be a unique prefix.
            const exact = options.filter(o => bare(o) === (table.oneDash ? spelled(long[1]) : long[1]));
            const matches =
                exact.length > 0 || table.oneDash ? exact : options.filter(o => bare(o).startsWith(long[1]));
            if (matches.length === 1) {
                out.push(`--${spelled(bare(matches[0]))}${long[2] ?? ""}`);
                if (matches[0].endsWith("=") && long[2] === undefined) values = 1;
                continue;
            }
        } else if (/^-[^-]/.test(w) && name === "tar") {
            // tar's short-option bundles are spelled one option a word, a value glued to its letter or in the next
            // word as its own word (`-xfC` is `-x -f C`, `-C/srv` is `-C /srv`; GNU tar manual, "Short Option
            // Style"), so its readers see one spelling.
            for (let k = 1; k < w.length; k++) {
                out.push(`-${w[k]}`);
                if (!table.short.includes(w[k])) continue;
                if (k + 1 < w.length) out.push(w.slice(k + 1));
                else if (i + 1 < words.length) out.push(words[++i]);
                break;
            }
            continue;
        } else if (/^-[^-]/.test(w)) {
            const at = [...w.slice(1)].findIndex(l => table.short.includes(l));
            if (at === w.length - 2) values = 1;
        }
        out.push(w);
    }
    return out;
}

/**
 * Archivers and unpackers spelled by other names, read by the grammar of the program they stand for: libarchive's
 * bsdtar and bsdcpio are tar and cpio (bsdtar(1): -x "Extract to disk from the archive", into -C's directory or the
 * working directory; bsdcpio(1): -i "Read an archive from standard input ... and extract the contents to disk"), GNU's
 * gtar is tar, 7-Zip's 7za, 7zr and 7zz are 7z (7-Zip manual, "Command Line Version": one command syntax).
 */
const ARCHIVER_NAMES: Record<string, string> = {
    bsdtar: "tar",
    gtar: "tar",
    bsdcpio: "cpio",
    bsdunzip: "unzip",
    "7za": "7z",
    "7zr": "7z",
    "7zz": "7z",
};

/** Python's option letters before `-m` (python(1)): -W and -X take a value, the others are flags. */
const PYTHON_FLAGS = "bBdEhiIOPqsSuvx";

/**
 * A command's words as the copier they stand for: busybox's and toybox's applets are the programs they are named after
 * (shell.ts appletWords), ARCHIVER_NAMES' programs are those they stand for, and `python[N[.M]] -m MODULE
 * ARGS` is MODULE's own command (python(1) -m "Searches sys.path for the named module and runs [it] as the __main__
 * module"; pip documentation "Getting Started": `python -m pip install SomePackage` is pip install), with their long
 * options spelled in full (resolveLongOptions).
 */
function copierWords(given: readonly string[]): readonly string[] {
    // By the program's own name's options where it has its own (bsdtar's are not GNU tar's).
    return resolveLongOptions(programWords(given), posix.basename(appletWords(given)[0] ?? ""));
}

/** copierWords' program and its words, before resolveLongOptions. */
function programWords(given: readonly string[]): readonly string[] {
    const words = appletWords(given);
    const name = posix.basename(words[0] ?? "");
    // Single-letter options combine (`-Im pip` is `-I -m pip`, `-IWerror` is `-I -W error`), and -m's module is the
    // rest of its word or the next word (python(1), "Command line and environment").
    if (/^python[0-9.]*$/.test(name)) {
        for (let i = 1; i < words.length && /^-[^-]/.test(words[i]); i++) {
            const w = words[i];
            for (let k = 1; k < w.length; k++) {
                if (PYTHON_FLAGS.includes(w[k])) continue;
                if (w[k] === "W" || w[k] === "X") {
                    if (k + 1 === w.length) i++;
                    break;
                }
                if (w[k] !== "m") return words;
                const module = k + 1 < w.length ? w.slice(k + 1) : words[i + 1];
                const rest = words.slice(k + 1 < w.length ? i + 1 : i + 2);
                return module === undefined ? words : [module, ...rest];
            }
        }
        return words;
    }
    return Object.hasOwn(ARCHIVER_NAMES, name) ? [ARCHIVER_NAMES[name], ...words.slice(1)] : words;
}

/** git commands that write the work tree (git-apply(1), git-checkout(1), git-pull(1), git-reset(1), git-stash(1) ...). */
const GIT_WORK_TREE_WRITERS = /^(apply|am|checkout|switch|restore|reset|pull|merge|rebase|cherry-pick|revert|stash)$/;

/**
 * GNU cpio's options (GNU cpio manual, "Options": -C, -D, -E, -F, -H, -I, -M, -O, -R take a value; its long ones in
 * LONG_OPTIONS) and GNU patch's (patch(1): -B, -D, -d, -F, -g, -i, -o, -p, -r, -V, -Y, -z take one); any other long
 * option is unknown.
 */
const CPIO_OPTIONS: OptionGrammar = {
    long: option =>
        LONG_OPTIONS.cpio.long.split(" ").includes(`${option.slice(2)}=`)
            ? 1
            : /^--[\w-]+$/.test(option)
              ? 0
              : undefined,
    shortValues: "CDEFHIMOR",
    shortFlags: "0aABbcdfiklLmnoprsStuvV",
};
const PATCH_OPTIONS: OptionGrammar = {
    long: option =>
        /^--(prefix|ifdef|directory|fuzz|get|input|output|strip|reject-file|version-control|basename-prefix|suffix|quoting-style|reject-format|read-only)$/.test(
            option,
        )
            ? 1
            : /^--[\w-]+$/.test(option)
              ? 0
              : undefined,
    shortValues: "BDdFgiopVYzr",
    shortFlags: "bcEefflnNRsStTuvxZ",
};

/** unzip's options (unzip(1)): -d exdir and -P password take a value; -x's exclusions are operands. */
const UNZIP_OPTIONS: OptionGrammar = {
    long: () => undefined,
    shortValues: "dP",
    shortFlags: "ZcflptTuvzabBCDEFjKLMnNoqsUVWX:^2",
};

/** Short option words' letters, each word's up to the first one taking a value (`-idmu`, `-ivD/dir`, pax `-xustar`). */
const optionLetters = (operands: readonly string[], grammar: OptionGrammar) =>
    operands
        .filter(w => /^-[^-]/.test(w))
        .map(w => {
            const value = [...w.slice(1)].findIndex(l => grammar.shortValues.includes(l));
            return value < 0 ? w.slice(1) : w.slice(1, value + 2);
        })
        .join("");

/**
 * Where an unpacker that writes relative to its working directory writes (undefined: not one): the names it writes
 * come from its input, so it writes a tree, the working directory's when nothing else is given, `/` included
 * (cloud-init's runcmd starts there).
 * - cpio copy-in (-i/--extract): "Extracted files are ... copied into the current directory tree" (GNU cpio manual,
 *   "Copy-in mode"), or -D/--directory's, but absolute member names stay absolute unless --no-absolute-filenames
 *   (bsdcpio: unless --insecure);
 *   copy-pass (-p) into its destination directory; -t/--list and --to-stdout write nothing.
 * - 7-Zip, pax and Python's tarfile and zipfile in each of their modes: archiverUse.
 * - compressors: compressedDestinations.
 * - patch: "looks for each file (after any slashes have been stripped) in the current directory" (GNU diffutils manual,
 *   "Applying Patches in Other Directories"), or -d's; only -o's file, or the original file it is given, otherwise;
 *   --dry-run writes nothing.
 */
function unpackedDestinations(
    name: string,
    operands: readonly string[],
    cwd: string,
    libarchive = false,
): { files: string[]; trees: string[] } | undefined {
    const valueOf = (values: readonly [string, string][], ...options: string[]) =>
        values.filter(([o]) => options.includes(o)).at(-1)?.[1];
    const compressed = compressedDestinations(name, operands, cwd);
    if (compressed !== undefined) return compressed;
    if (name === "cpio") {
        const read = readOptions(operands, CPIO_OPTIONS);
        const flags = optionLetters(operands, CPIO_OPTIONS);
        const dir = posix.resolve(cwd, valueOf(read.values, "-D", "--directory") ?? ".");
        // libarchive's bsdcpio refuses absolute names and `..` unless --insecure (bsdcpio(1)).
        const confined = libarchive ? !operands.includes("--insecure") : operands.includes("--no-absolute-filenames");
        if (flags.includes("t") || operands.some(w => /^--(list|to-stdout)$/.test(w))) return { files: [], trees: [] };
        // Copy-in keeps absolute member names unless --no-absolute-filenames (GNU cpio manual, "Copy-in mode":
        // --absolute-filenames "This is the default"; -D only changes directory): anywhere.
        if (flags.includes("i") || operands.includes("--extract"))
            return { files: [], trees: confined ? [dir] : ["/"] };
        const to = read.positional.at(-1)?.word;
        if (flags.includes("p") || operands.includes("--pass-through"))
            return { files: [], trees: to === undefined ? [dir] : [posix.resolve(dir, to)] };
        return undefined;
    }
    const archived = archiverUse(name, operands, cwd);
    if (archived !== undefined) return { files: archived.files, trees: archived.trees };
    if (name === "patch") {
        if (operands.includes("--dry-run")) return { files: [], trees: [] };
        const read = readOptions(operands, PATCH_OPTIONS);
        const dir = posix.resolve(cwd, valueOf(read.values, "-d", "--directory") ?? ".");
        const output = valueOf(read.values, "-o", "--output");
        const original = read.positional.find(p => p.sure)?.word;
        const file = output ?? original;
        return file === undefined || file === "-"
            ? { files: [], trees: [dir] }
            : { files: [posix.resolve(dir, file)], trees: [] };
    }
    return undefined;
}

/** What an archiver does in a mode: extract (into a tree), create or edit (its archive), or only read. */
type ArchiveMode = "extract" | "create" | "edit" | "read";

/**
 * 7-Zip's commands (7-Zip manual, "Command Line Version", `7z <command> [<switches>...] <archive_name>
 * [<file_names>...]`): x and e extract "in the current directory, or in an output directory if specified" (-o{dir_path},
 * -so: standard output, -spf: the archive's absolute paths);
 * a and u add files to the archive (the files are only read, but for -sdel "delete files after compression"); d and rn
 * rewrite the archive; l lists, t tests, h hashes: they write nothing.
 */
const SEVEN_ZIP_COMMANDS: Record<string, ArchiveMode> = {
    x: "extract",
    e: "extract",
    a: "create",
    u: "create",
    d: "edit",
    rn: "edit",
    l: "read",
    t: "read",
    h: "read",
};

/**
 * pax's options (POSIX pax(1p) and pax(1), manpages.ubuntu.com noble): -b, -f, -o, -p, -s, -x (and -B, -E, -G, -M, -T,
 * -U) take a value; the mode is -r (read: extract), -w (write: create, -a appends), both (copy into the last operand),
 * neither (list).
 */
const PAX_OPTIONS: OptionGrammar = {
    long: () => undefined,
    shortValues: "bfopsxBEGMTU",
    shortFlags: "rwacdHijkLlnOPtuvXzZ0DY",
};

/**
 * What an archiver of the table (SEVEN_ZIP_COMMANDS, pax) reads and writes, resolved against `cwd`: `reads` the files
 * it only reads (its archive; a create's sources unless it deletes them), `files` the archive it creates or edits,
 * `trees` where it extracts. pax -r extracts relative names "relative to the current file hierarchy" (pax(1)) and
 * absolute ones where they point (every tree); -rw copies into its last operand, -s rewriting the names (any path:
 * every tree). undefined: not one of them, or a mode the pack does not know.
 */
function archiverUse(
    name: string,
    operands: readonly string[],
    cwd: string,
): { reads: string[]; files: string[]; trees: string[] } | undefined {
    const at = (w: string | undefined) => (w === undefined || w === "-" ? [] : [posix.resolve(cwd, w)]);
    if (name === "7z") {
        // "Command and switch names are not case sensitive" (7-Zip manual, "Command Line Syntax"; `X`, `-O{dir}`); a
        // switch is a word of its own (`-o{dir}` glued), `--` "stop switches parsing".
        const end = operands.indexOf("--");
        const switches = end < 0 ? operands : operands.slice(0, end);
        const [command, archive, ...sources] = [
            ...switches.filter(w => !w.startsWith("-")),
            ...(end < 0 ? [] : operands.slice(end + 1)),
        ];
        const mode = SEVEN_ZIP_COMMANDS[(command ?? "").toLowerCase()] as ArchiveMode | undefined;
        if (mode === undefined) return undefined;
        const output = switches.filter(w => /^-o/i.test(w)).at(-1);
        // -so writes the data to standard output only (7-Zip manual, -so switch); -spf extracts "with exact file
        // paths specified in archive" (-spf2 with drive letters and `..`): anywhere (-spf switch).
        if (mode === "extract")
            return {
                reads: at(archive),
                files: [],
                trees: switches.some(w => /^-so$/i.test(w))
                    ? []
                    : switches.some(w => /^-spf2?$/i.test(w))
                      ? ["/"]
                      : at(output?.slice(2) || "."),
            };
        if (mode === "read") return { reads: at(archive), files: [], trees: [] };
        // An archive name without an extension gets `.7z` added (7-Zip manual, "a (Add) command").
        const written = at(archive).flatMap(a => (posix.extname(a) === "" ? [a, `${a}.7z`] : [a]));
        const kept = mode === "create" && !switches.some(w => /^-sdel$/i.test(w));
        return {
            reads: kept ? sources.flatMap(w => wordPaths(w.replace(/^@/, ""), cwd, true)) : [],
            files: written,
            trees: [],
        };
    }
    if (name === "pax") {
        const read = readOptions(operands, PAX_OPTIONS);
        const flags = optionLetters(operands, PAX_OPTIONS);
        const archive = read.values.filter(([o]) => o === "-f").at(-1)?.[1];
        const positional = read.positional.map(p => p.word);
        const renames = read.values.some(([o]) => o === "-s");
        const [reading, writing] = [flags.includes("r"), flags.includes("w")];
        if (reading && writing) {
            const to = positional.at(-1);
            return {
                reads: positional.slice(0, -1).flatMap(w => wordPaths(w, cwd, true)),
                files: [],
                trees: renames ? ["/"] : at(to ?? "."),
            };
        }
        // pax mode keeps a member's absolute name (POSIX pax(1p) -r extracts the members by their pathnames; the
        // MirBSD/OpenBSD pax of Debian and Ubuntu strips a leading `/` only as tar, options.c tar_options
        // `rmleadslash = 1`): anywhere, whatever -s does.
        if (reading) return { reads: at(archive), files: [], trees: ["/"] };
        if (writing) return { reads: positional.flatMap(w => wordPaths(w, cwd, true)), files: at(archive), trees: [] };
        return { reads: at(archive), files: [], trees: [] };
    }
    // Python's `-m tarfile` and `-m zipfile` (Python docs, tarfile and zipfile "Command-Line Interface"): -l/--list and
    // -t/--test read the archive, -c/--create NAME FILE... writes NAME, -e/--extract ARCHIVE [DIR] extracts into DIR or
    // the working directory. zipfile keeps the names under DIR (ZipFile.extract: a leading `/` and `..` components are
    // removed); tarfile only with --filter data or tar, its default before Python 3.14 being fully_trusted, which
    // writes absolute member names and `..` where they point ("Extraction filters"; TarFile.extractall's warning):
    // anywhere.
    if (name === "tarfile" || name === "zipfile") {
        const modes: Record<string, ArchiveMode> = { l: "read", t: "read", e: "extract", c: "create" };
        const mode = operands.findIndex(w => /^-v*[ltec]/.test(w) || /^--(list|test|extract|create)$/.test(w));
        if (mode < 0) return undefined;
        const word = operands[mode];
        const short = /^-v*([ltec])(.*)$/.exec(word);
        const args = [...(short?.[2] ? [short[2]] : [])];
        for (let j = mode + 1; j < operands.length && !operands[j].startsWith("-"); j++) args.push(operands[j]);
        const filter = operands.flatMap((w, i) =>
            w === "--filter" ? [operands[i + 1] ?? ""] : w.startsWith("--filter=") ? [w.slice(9)] : [],
        );
        const [archive, ...rest] = args;
        const what = modes[short ? short[1] : word.slice(2, 3)];
        if (what === "read") return { reads: at(archive), files: [], trees: [] };
        if (what === "create")
            return { reads: rest.flatMap(w => wordPaths(w, cwd, true)), files: at(archive), trees: [] };
        const confined = name === "zipfile" || /^(data|tar)$/.test(filter.at(-1) ?? "");
        return { reads: at(archive), files: [], trees: confined ? at(rest[0] ?? ".") : ["/"] };
    }
    if (name === "dpkg-deb") return dpkgDebUse(operands, cwd, at);
    if (name === "ar") return arUse(operands, cwd, at);
    if (name === "unsquashfs") return unsquashfsUse(operands, cwd, at);
    // rpm2cpio(8): "converts the .rpm file specified as a single argument to a cpio archive on standard out. If a '-'
    // argument is given, an rpm stream is read from standard in": it writes no file.
    if (name === "rpm2cpio") return { reads: operands.flatMap(w => at(w)), files: [], trees: [] };
    if (/^(lz4|unlz4|lz4cat)$/.test(name)) return lz4Use(name, operands, cwd, at);
    if (name === "jar") return jarUse(operands, cwd, at);
    if (name === "unrar") return unrarUse(operands, cwd, at);
    if (name === "unar") return outputDirectoryUse(name, operands, cwd, at, ["--output-directory"], []);
    // lsar(1) "list archive file contents": it writes nothing.
    if (name === "lsar")
        return { reads: operands.filter(w => !w.startsWith("-")).flatMap(w => at(w)), files: [], trees: [] };
    if (name === "cabextract")
        return outputDirectoryUse(
            name,
            operands,
            cwd,
            at,
            ["-d", "--directory"],
            [...["-l", "-t", "-p", "-v", "-h"], ...["--list", "--test", "--pipe", "--version", "--help"]],
        );
    if (name === "lha") return lhaUse(operands, cwd, at);
    // uudecode writes each file to the name of its `begin` line, which may be any path (POSIX uudecode: "the pathname
    // ... in the begin line"), unless -o names the output (GNU sharutils) or -p/-c print it (BSD).
    if (name === "uudecode") {
        // GNU sharutils: -o/--output-file (copierWords spelled its prefixes; `-oFILE` glued), -c is --ignore-chmod;
        // BSD: -p prints (and -o). Its grammar is LONG_OPTIONS'.
        const read = readOptions(operands, longOptionGrammar(name));
        const output = read.values.filter(([o]) => o === "-o" || o === "--output-file").at(-1)?.[1];
        const printed = read.flags.includes("-p") || output === "-" || output === "/dev/stdout";
        return {
            reads: read.positional.flatMap(p => at(p.word)),
            files: printed || output === undefined ? [] : at(output),
            trees: printed || output !== undefined ? [] : ["/"],
        };
    }
    return undefined;
}

/**
 * The JDK's jar (jar(1), JDK 21; Java Tutorials "Extracting the Contents of a JAR File": "the Jar tool makes copies of
 * the desired files and writes them to the current directory"): x/--extract writes into the working directory (and
 * -C/--dir's, counted as well: fail closed), t/--list reads, c/u/--create/--update write the archive; an old-style
 * first word (`xf A`) is its letters, f's archive the next word.
 */
function jarUse(
    operands: readonly string[],
    cwd: string,
    at: (w: string | undefined) => string[],
): ArchiverUse | undefined {
    // `@FILE` holds more options (jar(1): "@arg-files"): a command the pack cannot read, which may write anywhere.
    if (operands.some(w => w.startsWith("@"))) return { reads: [], files: [], trees: ["/"] };
    const [first, ...rest] = operands;
    const words = first !== undefined && /^[A-Za-z0-9]+$/.test(first) ? [`-${first}`, ...rest] : [...operands];
    const letters = words.filter(w => /^-[A-Za-z0-9]+$/.test(w)).join("");
    const has = (letter: string, long: string) => letters.includes(letter) || words.includes(long);
    const fileAt = words.findIndex(w => /^-[A-Za-z0-9]*f[A-Za-z0-9]*$/.test(w));
    const archive =
        words.find(w => w.startsWith("--file="))?.slice(7) ??
        (fileAt >= 0 ? words.slice(fileAt + 1).find(w => !w.startsWith("-")) : undefined);
    const dirs = words.flatMap((w, i) =>
        w === "-C" || w === "--dir" ? [words[i + 1] ?? ""] : w.startsWith("--dir=") ? [w.slice(6)] : [],
    );
    if (has("x", "--extract")) return { reads: at(archive), files: [], trees: [cwd, ...dirs.map(d => treeAt(cwd, d))] };
    if (has("t", "--list")) return { reads: at(archive), files: [], trees: [] };
    if (has("c", "--create") || has("u", "--update")) return { reads: [], files: at(archive), trees: [] };
    return undefined;
}

/**
 * unrar(1) (`unrar <command> [-<switch>...] <archive> [files...] [path_to_extract/]`): e and x extract into the
 * destination, else the working directory; l, lt, lb, v, vt, vb, t and p list, test or print. Switches and operands
 * are read in order (unrar source, cmddata.cpp ParseArg, each overwriting ExtrPath): -op's directory; an operand after
 * the archive ending in `/`; an operand without it is the destination when it is an existing directory and none is set
 * yet, else a file mask; whether it exists at run time the pack cannot know, so both (the working directory and it).
 * `--` ends the switches. The switches of RAR and .rarrc come first (ARCHIVER_VARIABLES, configuredWords).
 */
function unrarUse(
    operands: readonly string[],
    cwd: string,
    at: (w: string | undefined) => string[],
): ArchiverUse | undefined {
    const end = operands.indexOf("--");
    const isSwitch = (w: string, i: number) => w.startsWith("-") && (end < 0 || i < end);
    const [command, archive] = operands.filter((w, i) => !isSwitch(w, i) && i !== end);
    const reads = at(archive);
    if (/^(l|lt|lta|lb|v|vt|vta|vb|t|p)$/i.test(command ?? "")) return { reads, files: [], trees: [] };
    if (!/^[ex]$/i.test(command ?? "")) return undefined;
    let output: string | undefined;
    let maybe: string[] = [];
    let positional = 0;
    operands.forEach((w, i) => {
        if (i === end) return;
        if (isSwitch(w, i)) {
            if (/^-op./i.test(w)) [output, maybe] = [w.slice(3), []];
            return;
        }
        if (++positional <= 2) return;
        if (w.endsWith("/")) [output, maybe] = [w, []];
        else if (output === undefined && !w.startsWith("@") && !/[*?]/.test(w)) maybe.push(w);
    });
    return {
        reads,
        files: [],
        trees: output !== undefined ? [treeAt(cwd, output)] : [cwd, ...maybe.map(d => treeAt(cwd, d))],
    };
}

/**
 * An extractor writing into its output-directory option's directory or the working directory: unar(1) (-o/
 * -output-directory; `-` standard output), cabextract(1) (-d/--directory; -l, -t, -p and -v list, test or print). Its
 * words are read by its LONG_OPTIONS grammar (copierWords spelled its long options; readOptions its bundles and glued
 * values: cabextract's `-qd DIR`, `-dDIR`); `readingOptions` are its options that write nothing.
 */
function outputDirectoryUse(
    name: string,
    operands: readonly string[],
    cwd: string,
    at: (w: string | undefined) => string[],
    outputOptions: readonly string[],
    readingOptions: readonly string[],
): ArchiverUse {
    const read = readOptions(operands, longOptionGrammar(name));
    const output = read.values.filter(([o]) => outputOptions.includes(o)).at(-1)?.[1];
    const reads = read.positional.flatMap(p => at(p.word));
    const reading = read.flags.some(f => readingOptions.includes(f));
    if (reading || (name === "unar" && output === "-")) return { reads, files: [], trees: [] };
    return { reads, files: [], trees: [treeAt(cwd, output ?? ".")] };
}

/**
 * lha(1) (`lha {axelvudmcpt}[qvnfodizg012][w=<dir>] archive [file...]`): x and e extract into w='s directory or the
 * working directory; l, v, t and p list, test or print; a, u, m, c and d rewrite the archive.
 */
function lhaUse(
    operands: readonly string[],
    cwd: string,
    at: (w: string | undefined) => string[],
): ArchiverUse | undefined {
    const [key = "", archive] = operands;
    const letters = key.replace(/^-/, "");
    const dir = /w=(.*)$/.exec(letters)?.[1];
    const operation = letters[0] ?? "";
    if (/[xe]/.test(operation)) return { reads: at(archive), files: [], trees: [treeAt(cwd, dir ?? ".")] };
    if (/[lvtp]/.test(operation)) return { reads: at(archive), files: [], trees: [] };
    if (/[aumcd]/.test(operation)) return { reads: [], files: at(archive), trees: [] };
    return undefined;
}

/**
 * lz4(1) (manpages.ubuntu.com noble): `lz4 [arg] [input] [output]`, where "output" defaults to input.lz4 (or, decoding,
 * input without .lz4) beside it; -m/--multiple takes every operand as an input; -t/--test ("the decompressed data is
 * discarded"), --list and -c/--stdout write no file; unlz4 is `lz4 -d`, lz4cat `lz4 -dcfm`; -D FILE reads a
 * dictionary. Writing beside an input is any name in its directory (fail closed on the name).
 */
function lz4Use(
    name: string,
    operands: readonly string[],
    cwd: string,
    at: (w: string | undefined) => string[],
): ArchiverUse {
    const flags = (short: string, ...long: string[]) =>
        operands.some(w => long.includes(w) || (/^-[A-Za-z0-9]+$/.test(w) && [...short].some(l => w.includes(l))));
    const positional = operands.filter((w, i) => (!w.startsWith("-") || w === "-") && operands[i - 1] !== "-D");
    const reads = positional.flatMap(w => at(w));
    // Short -l is "Use Legacy format" for compression, not a listing (lz4(1); lz4cli.c `case 'l': legacy_format = 1`).
    if (name === "lz4cat" || flags("tc", "--test", "--list", "--stdout", "--to-stdout"))
        return { reads, files: [], trees: [] };
    if (flags("m", "--multiple") || positional.length < 2)
        return { reads, files: [], trees: reads.map(p => posix.dirname(p)) };
    const [input, output] = positional;
    return { reads: at(input), files: at(output), trees: [] };
}

type ArchiverUse = { reads: string[]; files: string[]; trees: string[] };

/**
 * dpkg-deb(1) (manpages.ubuntu.com noble, "COMMANDS"): -c/--contents, -I/--info, -W/--show, -f/--field,
 * --ctrl-tarfile and --fsys-tarfile print to standard output; -x/--extract, -X/--vextract and -R/--raw-extract ARCHIVE
 * DIRECTORY extract "the filesystem tree from a package archive into the specified directory"; -e/--control ARCHIVE
 * [DIRECTORY] extracts the control files "into the specified directory", DEBIAN by default; -b/--build DIRECTORY
 * [ARCHIVE|DIRECTORY] writes ARCHIVE, DIRECTORY.deb, or a package-named file in the second directory. Every word after
 * the command other than the archive is taken as a place it may write (an option's spaced value too: fail closed).
 */
function dpkgDebUse(
    operands: readonly string[],
    cwd: string,
    at: (w: string | undefined) => string[],
): ArchiverUse | undefined {
    const commands: Record<string, ArchiveMode> = {
        "-c": "read",
        "--contents": "read",
        "-I": "read",
        "--info": "read",
        "-W": "read",
        "--show": "read",
        "-f": "read",
        "--field": "read",
        "--ctrl-tarfile": "read",
        "--fsys-tarfile": "read",
        "-x": "extract",
        "--extract": "extract",
        "-X": "extract",
        "--vextract": "extract",
        "-R": "extract",
        "--raw-extract": "extract",
        "-e": "extract",
        "--control": "extract",
        "-b": "create",
        "--build": "create",
    };
    const index = operands.findIndex(w => Object.hasOwn(commands, w));
    if (index < 0) return undefined;
    const command = operands[index];
    const [first, ...rest] = operands.slice(index + 1).filter(w => !w.startsWith("-") || w === "-");
    const mode = commands[command];
    if (mode === "read") return { reads: at(first), files: [], trees: [] };
    if (mode === "extract") {
        const control = command === "-e" || command === "--control";
        const trees = rest.length > 0 ? rest.map(w => treeAt(cwd, w)) : control ? at("DEBIAN") : [];
        // Without a directory -x, -X and -R fail ("--extract needs a target directory").
        return { reads: at(first), files: [], trees };
    }
    // --build: the second operand may be a directory, written under with a name from the package's control file.
    const [to] = rest;
    return {
        reads: first === undefined ? [] : [treeAt(cwd, first)],
        files: to === undefined ? (first === undefined ? [] : [`${treeAt(cwd, first).replace(/\/+$/, "")}.deb`]) : [],
        trees: to === undefined ? [] : [treeAt(cwd, to)],
    };
}

/**
 * GNU ar(1) (binutils, "ar [-]p[mod [relpos] [count]] archive [member...]"): the key word holds one operation letter
 * among its modifiers "in any order"; t and p print (table, members) to standard output; x extracts members into the
 * working directory, or --output's; d, m, q, r and s rewrite the archive (q and r reading the members named). The
 * a, b and i modifiers take a relpos operand, N a count, before the archive; P "use the full path name when matching
 * or storing names" keeps a member's path on extraction: anywhere.
 */
function arUse(
    operands: readonly string[],
    cwd: string,
    at: (w: string | undefined) => string[],
): ArchiverUse | undefined {
    // `@FILE` reads more options from FILE (binutils manual, "Common Options"): a command the pack cannot read, which
    // may write anywhere.
    if (operands.some(w => w.startsWith("@"))) return { reads: [], files: [], trees: ["/"] };
    const positional: string[] = [];
    let output: string | undefined;
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i];
        const valued = /^--(plugin|target|output)(=(.*))?$/.exec(w);
        if (valued) {
            const value = valued[3] ?? operands[++i];
            if (valued[1] === "output") output = value;
            continue;
        }
        if (/^(-X(32_64|32|64)|--thin)$/.test(w)) continue;
        if (w.startsWith("--")) return undefined;
        positional.push(w);
    }
    const key = (positional.shift() ?? "").replace(/^-/, "");
    if (!/^[A-Za-z]+$/.test(key)) return undefined;
    const operations = [...key].filter(c => "dmpqrtx".includes(c));
    const operation = operations.length === 1 ? operations[0] : operations.length === 0 && key.includes("s") ? "s" : "";
    if (operation === "") return undefined;
    const skipped = /[abi]/.test(key) ? 1 : 0;
    const [archive, ...members] = positional.slice(skipped + (key.includes("N") ? 1 : 0));
    if (operation === "t" || operation === "p") return { reads: at(archive), files: [], trees: [] };
    if (operation === "x")
        return { reads: at(archive), files: [], trees: key.includes("P") ? ["/"] : [treeAt(cwd, output ?? ".")] };
    return {
        reads: /[qr]/.test(operation) ? members.flatMap(w => wordPaths(w, cwd, true)) : [],
        files: at(archive),
        trees: [],
    };
}

/**
 * unsquashfs (squashfs-tools USAGE-UNSQUASHFS 4.7: `unsquashfs [OPTIONS] FILESYSTEM [files to extract or exclude]`)
 * extracts "into a directory named squashfs-root in the current working directory", or -d/-dest's; its listing,
 * statistics and -cat options "don't unsquash" (-l/-ls, -ll/-lls, -lc, -llc, -lln/-llnumeric, -s/-stat, -cat);
 * -pf/-pseudo-file FILE writes a pseudo file of the filesystem ("-" standard output).
 */
function unsquashfsUse(operands: readonly string[], cwd: string, at: (w: string | undefined) => string[]): ArchiverUse {
    const valueOf = (...options: string[]) =>
        operands.flatMap((w, i) => (options.includes(w) ? [operands[i + 1] ?? ""] : [])).at(-1);
    const pseudo = valueOf("-pf", "-pseudo-file");
    const files = pseudo === undefined ? [] : at(pseudo);
    const archive = operands.find(
        (w, i) =>
            !w.startsWith("-") &&
            !/^-(d|dest|pf|pseudo-file|ef|extract-file|excf|exclude-file|p|processors|da|data-queue|fr|fragment-queue|o|offset|max-depth|xattrs-exclude|xattrs-include|mem|throttle|percentage)$/.test(
                operands[i - 1] ?? "",
            ),
    );
    const lists = operands.some(w => /^-(l|ls|ll|lls|lc|llc|lln|llnumeric|s|stat|cat)$/.test(w));
    if (lists) return { reads: at(archive), files, trees: [] };
    return { reads: at(archive), files, trees: [treeAt(cwd, valueOf("-d", "-dest") ?? "squashfs-root")] };
}

/**
 * Compressors (gzip(1), bzip2(1), xz(1), zstd(1); pigz, pbzip2 and lbzip2 as gzip and bzip2): their family, and the
 * options their name implies (gunzip is `gzip -d`, zcat `gzip -dc`; bunzip2, bzcat, unxz, xzcat, unlzma, lzcat, unzstd,
 * zstdcat alike).
 */
const COMPRESSORS: Record<string, { family: string; implied: string; suffix?: string }> = {
    gzip: { family: "gzip", implied: "" },
    pigz: { family: "gzip", implied: "" },
    gunzip: { family: "gzip", implied: "d" },
    unpigz: { family: "gzip", implied: "d" },
    zcat: { family: "gzip", implied: "dc" },
    bzip2: { family: "bzip2", implied: "" },
    pbzip2: { family: "bzip2", implied: "" },
    lbzip2: { family: "bzip2", implied: "" },
    bunzip2: { family: "bzip2", implied: "d" },
    bzcat: { family: "bzip2", implied: "dc" },
    xz: { family: "xz", implied: "" },
    unxz: { family: "xz", implied: "d" },
    xzcat: { family: "xz", implied: "dc" },
    lzma: { family: "xz", implied: "", suffix: ".lzma" },
    unlzma: { family: "xz", implied: "d" },
    lzcat: { family: "xz", implied: "dc" },
    zstd: { family: "zstd", implied: "" },
    unzstd: { family: "zstd", implied: "d" },
    zstdcat: { family: "zstd", implied: "dc" },
};

/**
 * Each family's suffix, the suffixes decompression removes (`.tgz` and its kind become `.tar`; bzip2 names a file with
 * another ending FILE.out, the others skip it) and its short options taking a value (gzip -S SUFFIX; xz -S, -F, -C, -T,
 * -M; zstd -o FILE, -D DICT).
 */
const COMPRESSION: Record<string, { suffix: string; strip: RegExp; tars: RegExp; other?: string; values: string }> = {
    gzip: { suffix: ".gz", strip: /(\.gz|\.z|-gz|-z|_z)$/i, tars: /\.t[ga]z$/i, values: "S" },
    bzip2: { suffix: ".bz2", strip: /\.bz2?$/, tars: /\.tbz2?$/, other: ".out", values: "" },
    xz: { suffix: ".xz", strip: /\.(xz|lzma|lz)$/, tars: /\.t(xz|lz)$/, values: "SFCTM" },
    zstd: { suffix: ".zst", strip: /\.zst$/, tars: /\.tzst$/, values: "oD" },
};

/**
 * What a compressor writes (undefined: not one): it compresses each file it names into FILE.SUFFIX beside it, or
 * decompresses FILE.SUFFIX into FILE (the family's suffixes, -S/--suffix's); -c/--stdout writes standard output (zcat),
 * -t/--test and -l/--list only read, and with no file it filters standard input to standard output. gzip -N/--name
 * restores the name stored in the file ("restore the original file name"): any name beside it; -r/--recursive and
 * zstd -r go through the directories named; zstd -o FILE writes FILE, --output-dir-flat/--output-dir-mirror DIR under
 * DIR; file names read from a file (xz --files/--files0, zstd --filelist) may be anywhere.
 */
function compressedDestinations(
    name: string,
    operands: readonly string[],
    cwd: string,
): { files: string[]; trees: string[] } | undefined {
    const tool = COMPRESSORS[name] as (typeof COMPRESSORS)[string] | undefined;
    if (tool === undefined) return undefined;
    const family = COMPRESSION[tool.family];
    let flags = tool.implied;
    let suffix = tool.suffix ?? family.suffix;
    let output: string | undefined;
    let outputDir: string | undefined;
    const inputs: string[] = [];
    const longFlags: Record<string, string> = {
        decompress: "d",
        uncompress: "d",
        stdout: "c",
        "to-stdout": "c",
        test: "t",
        list: "l",
        name: "N",
        recursive: "r",
    };
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i];
        if (w === "--") {
            inputs.push(...operands.slice(i + 1));
            break;
        }
        if (w === "-" || !w.startsWith("-")) {
            inputs.push(w);
            continue;
        }
        const long = /^--([^=]+)(?:=([\s\S]*))?$/.exec(w);
        if (long) {
            const value = () => long[2] ?? operands[++i] ?? "";
            if (/^(files0?|filelist)$/.test(long[1])) return { files: [], trees: ["/"] };
            if (long[1] === "suffix") suffix = value();
            else if (/^output-dir-(flat|mirror)$/.test(long[1])) outputDir = value();
            else if (long[1] === "no-name") flags = flags.replace(/N/g, "");
            else flags += longFlags[long[1]] ?? "";
            continue;
        }
        for (let k = 1; k < w.length; k++) {
            if (!family.values.includes(w[k])) {
                flags += w[k];
                continue;
            }
            const value = k + 1 < w.length ? w.slice(k + 1) : (operands[++i] ?? "");
            if (w[k] === "S") suffix = value;
            if (w[k] === "o") output = value;
            break;
        }
    }
    const files = inputs.filter(f => f !== "-").map(f => posix.resolve(cwd, f));
    if (/[ctl]/.test(flags) || files.length === 0) return { files: [], trees: [] };
    if (output !== undefined) return { files: [posix.resolve(cwd, output)], trees: [] };
    const dir = (file: string) => (outputDir === undefined ? posix.dirname(file) : posix.resolve(cwd, outputDir));
    if (flags.includes("r")) return { files: [], trees: [...files, ...(outputDir === undefined ? [] : [dir("")])] };
    const decompress = flags.includes("d");
    if (decompress && tool.family === "gzip" && flags.includes("N"))
        return { files: [], trees: [...new Set(files.map(dir))] };
    const written = files.flatMap(file => {
        const base = posix.basename(file);
        if (!decompress) return [posix.join(dir(file), base + suffix)];
        const custom = base.endsWith(suffix) && suffix !== "" ? base.slice(0, -suffix.length) : undefined;
        const named =
            custom ??
            (family.tars.test(base)
                ? base.replace(family.tars, ".tar")
                : family.strip.test(base)
                  ? base.replace(family.strip, "")
                  : family.other === undefined
                    ? undefined
                    : base + family.other);
        return named === undefined || named === "" ? [] : [posix.join(dir(file), named)];
    });
    return { files: written, trees: [] };
}

/**
 * How a program reads its options (getopt(3), popt, Go's pflag, Python's argparse: options may come before, between
 * or after the operands): how many words a long option spelled alone takes (0 a flag; `after` the words that follow
 * it; undefined when the pack cannot tell), its short letters taking a value (the rest of the word, else the next
 * word) and its short flag letters (any other letter is unknown); `shortOptional` its letters whose value is optional,
 * glued only, each with what the value may hold, the bundle going on after it (getopt(3): "Two colons mean an option
 * takes an optional arg", the rest of the word; perl's -i.bak the rest, -l015 octal digits, `-le` is -l -e).
 * `--name=value` takes no word; `--` ends the options.
 */
export interface OptionGrammar {
    long: (option: string, after: readonly string[]) => number | undefined;
    shortValues: string;
    shortFlags: string;
    shortOptional?: Record<string, RegExp>;
}

/** A word a program reads by position; `sure` false when it follows an option the pack cannot tell takes a value. */
interface Positional {
    word: string;
    sure: boolean;
}

/**
 * A command's words read by its OptionGrammar: the positional ones, each option's value as `[option, value]`, the
 * options it gives without a value (`-q`, `--list`), one a letter of a bundle, and the option words it cannot read
 * (`unknown`: an option not in its grammar, from that letter of a bundle on), which a reader fails closed on.
 */
export function readOptions(
    operands: readonly string[],
    grammar: OptionGrammar,
): { positional: Positional[]; values: [string, string][]; flags: string[]; unknown: string[] } {
    const positional: Positional[] = [];
    const values: [string, string][] = [];
    const flags: string[] = [];
    const unread: string[] = [];
    let unknown = false;
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i];
        if (w === "--") {
            positional.push(...operands.slice(i + 1).map(word => ({ word, sure: true })));
            break;
        }
        if (w === "-" || !w.startsWith("-")) {
            positional.push({ word: w, sure: !unknown });
            unknown = false;
            continue;
        }
        unknown = false;
        const long = /^(--[^=]+)(?:=([\s\S]*))?$/.exec(w);
        if (long) {
            const taken = long[2] !== undefined ? 0 : grammar.long(long[1], operands.slice(i + 1));
            if (long[2] !== undefined) values.push([long[1], long[2]]);
            else if (taken === undefined) {
                unknown = true;
                unread.push(w);
            } else if (taken === 0) flags.push(long[1]);
            else values.push(...operands.slice(i + 1, i + 1 + taken).map((v): [string, string] => [long[1], v]));
            i += taken ?? 0;
            continue;
        }
        for (let k = 1; k < w.length; k++) {
            if (grammar.shortValues.includes(w[k])) {
                values.push([`-${w[k]}`, k + 1 < w.length ? w.slice(k + 1) : (operands[++i] ?? "")]);
                break;
            }
            const optional = grammar.shortOptional && Object.hasOwn(grammar.shortOptional, w[k]);
            if (optional) {
                const value = grammar.shortOptional![w[k]].exec(w.slice(k + 1))?.[0] ?? "";
                if (value !== "") values.push([`-${w[k]}`, value]);
                else flags.push(`-${w[k]}`);
                k += value.length;
                continue;
            }
            if (!grammar.shortFlags.includes(w[k])) {
                unknown = true;
                unread.push(`-${w.slice(k)}`);
                break;
            }
            flags.push(`-${w[k]}`);
        }
    }
    return { positional, values, flags, unknown: unread };
}

/**
 * Where a copier's last operand may send what it reads, fail closed: the last sure positional and every unsure word
 * after it (any of them may be the destination); none when there is no sure positional.
 */
function destinationWords(positional: readonly Positional[]): string[] {
    let last = positional.length - 1;
    while (last >= 0 && !positional[last].sure) last--;
    return last < 0 ? [] : positional.slice(last).map(p => p.word);
}

/**
 * AWS CLI options that take no value: the flags of the `aws s3` synopses and the global ones (AWS CLI reference,
 * "aws s3 cp", "aws s3 sync", "aws s3 mv": every other option is `--name <value>`). --sse and --request-payer take
 * their value only when one of theirs follows; --tags takes two, --grants several `permission=grantee` values.
 */
const AWS_FLAGS =
    /^--(dryrun|quiet|recursive|follow-symlinks|no-follow-symlinks|no-guess-mime-type|only-show-errors|no-progress|progress-multiline|ignore-glacier-warnings|force-glacier-transfer|no-overwrite|size-only|exact-timestamps|delete|debug|no-verify-ssl|no-paginate|no-sign-request|no-cli-pager|cli-auto-prompt|no-cli-auto-prompt|version)$/;

/** The AWS CLI's options (AWS_FLAGS; it has no short ones). */
const AWS_OPTIONS: OptionGrammar = {
    long: (option, after) => {
        if (AWS_FLAGS.test(option)) return 0;
        if (/^--(sse|request-payer)$/.test(option))
            return /^(AES256|aws:kms(:dsse)?|requester)$/.test(after[0] ?? "") ? 1 : 0;
        if (option === "--tags") return 2;
        if (option === "--grants") {
            const n = after.findIndex(w => !/^[a-z]+=/.test(w));
            return n < 0 ? after.length : n;
        }
        return 1;
    },
    shortValues: "",
    shortFlags: "",
};

/**
 * rsync's options (rsync(1) "OPTIONS SUMMARY"; popt reads options after the operands too): the ones taking a value,
 * `--no-OPTION` turning one off, every other listed long option and short letter a flag.
 */
const RSYNC_VALUES =
    /^--(info|debug|stderr|block-size|rsh|rsync-path|max-delete|max-size|min-size|max-alloc|backup-dir|suffix|chmod|usermap|groupmap|chown|timeout|contimeout|modify-window|temp-dir|compare-dest|copy-dest|link-dest|compress-choice|zc|compress-level|zl|skip-compress|filter|exclude|exclude-from|include|include-from|files-from|address|port|sockopts|out-format|log-format|log-file|log-file-format|password-file|early-input|bwlimit|stop-after|stop-at|write-batch|only-write-batch|read-batch|protocol|iconv|checksum-seed|checksum-choice|cc|remote-option|partial-dir|outbuf|config|dparam|copy-as)$/;
const RSYNC_FLAGS =
    /^--(no-[\w-]+|verbose|quiet|checksum|archive|recursive|relative|backup|update|inplace|append|append-verify|dirs|old-dirs|old-d|mkpath|links|copy-links|copy-unsafe-links|safe-links|munge-links|copy-dirlinks|keep-dirlinks|hard-links|perms|executability|acls|xattrs|owner|group|devices|copy-devices|write-devices|specials|times|atimes|open-noatime|crtimes|omit-dir-times|omit-link-times|super|fake-super|sparse|preallocate|dry-run|whole-file|one-file-system|existing|ignore-existing|ignore-non-existing|remove-source-files|del|delete|delete-before|delete-during|delete-delay|delete-after|delete-excluded|ignore-missing-args|delete-missing-args|ignore-errors|force|partial|delay-updates|prune-empty-dirs|numeric-ids|ignore-times|size-only|fuzzy|compress|cvs-exclude|from0|secluded-args|protect-args|trust-sender|blocking-io|stats|8-bit-output|human-readable|progress|itemize-changes|list-only|ipv4|ipv6|version|help|daemon|detach|old-args|msgs2stderr)$/;
const RSYNC_OPTIONS: OptionGrammar = {
    long: option => (RSYNC_VALUES.test(option) ? 1 : RSYNC_FLAGS.test(option) ? 0 : undefined),
    shortValues: "BefT@M",
    shortFlags: "vqcarRbudlLkKHpEAXogDtUNOJSnWxyzCF0s8hPimI46V",
};

/**
 * rclone's flags (rclone docs, "Options" and "Global Flags"; Go's pflag reads flags after the operands too): the
 * common ones taking a value, the boolean ones (pflag takes a boolean's value only after `=`); any other is unknown.
 */
const RCLONE_VALUES =
    /^--(config|transfers|checkers|include|exclude|filter|include-from|exclude-from|filter-from|files-from|files-from-raw|exclude-if-present|log-file|log-level|log-format|bwlimit|bwlimit-file|max-age|min-age|max-size|min-size|max-depth|max-transfer|max-duration|max-backlog|cutoff-mode|backup-dir|suffix|compare-dest|copy-dest|retries|retries-sleep|low-level-retries|timeout|contimeout|stats|stats-log-level|stats-unit|buffer-size|cache-dir|user-agent|order-by|multi-thread-streams|multi-thread-cutoff|header|header-upload|header-download|password-command|ca-cert|client-cert|client-key|tpslimit|tpslimit-burst|bind|dump|streaming-upload-cutoff)$/;
const RCLONE_FLAGS =
    /^--(verbose|quiet|progress|dry-run|interactive|checksum|update|ignore-times|copy-links|links|metadata|one-file-system|ignore-existing|no-traverse|fast-list|create-empty-src-dirs|immutable|size-only|ignore-size|ignore-checksum|no-update-modtime|delete-excluded|delete-before|delete-during|delete-after|check-first|use-server-modtime|ask-password|auto-confirm|no-check-certificate|inplace|stats-one-line|human-readable|use-json-log|no-check-dest|no-gzip-encoding|use-mmap|ignore-errors|track-renames|error-on-no-transfer|ignore-case-sync|no-unicode-normalization)$/;
const RCLONE_OPTIONS: OptionGrammar = {
    long: option => (RCLONE_VALUES.test(option) ? 1 : RCLONE_FLAGS.test(option) ? 0 : undefined),
    shortValues: "",
    shortFlags: "vqPniculLMxI",
};

/** OpenSSH scp(1) and sftp(1): their getopt letters (no long options). */
const SCP_OPTIONS: OptionGrammar = {
    long: () => undefined,
    shortValues: "DFJPSciloX",
    shortFlags: "12346ABCTdfOpqRrstv",
};
const SFTP_OPTIONS: OptionGrammar = {
    long: () => undefined,
    shortValues: "cDilosSbBFJPRX",
    shortFlags: "1246AafhNpqrvC",
};

/**
 * git's global options (git(1): -C <path>, -c <name>=<value>, --git-dir, --work-tree, --namespace take a value) and
 * git clone's (git-clone(1): --depth <depth>, -b/--branch <name>, -o/--origin <name>, -c/--config, --reference,
 * --separate-git-dir, -u/--upload-pack, -j/--jobs, --template, --shallow-since/-exclude, --filter, --bundle-uri,
 * --server-option take one); the other clone options are flags.
 */
const GIT_VALUES =
    /^--(git-dir|work-tree|namespace|config-env|depth|branch|origin|config|reference|reference-if-able|separate-git-dir|upload-pack|jobs|template|shallow-since|shallow-exclude|filter|bundle-uri|server-option|revision)$/;
const GIT_FLAGS =
    /^--(bare|mirror|quiet|verbose|progress|no-checkout|local|no-local|no-hardlinks|shared|dissociate|single-branch|no-single-branch|no-tags|tags|recurse-submodules|recursive|shallow-submodules|no-shallow-submodules|remote-submodules|no-remote-submodules|sparse|reject-shallow|no-reject-shallow|also-filter-submodules|no-pager|paginate|no-replace-objects|literal-pathspecs|no-optional-locks)$/;
const GIT_OPTIONS: OptionGrammar = {
    long: option => (GIT_VALUES.test(option) ? 1 : GIT_FLAGS.test(option) ? 0 : undefined),
    shortValues: "Ccbouj",
    shortFlags: "qvnlsp",
};

/** Copiers to and from other hosts (`HOST:PATH`, `remote:path`, URLs: REMOTE), read by their OptionGrammar. */
const REMOTE_COPIER_OPTIONS: Record<string, OptionGrammar> = {
    rsync: RSYNC_OPTIONS,
    scp: SCP_OPTIONS,
    sftp: SFTP_OPTIONS,
    rclone: RCLONE_OPTIONS,
};

/**
 * rclone's subcommands that keep what they read on the node when their destination is local (rclone docs, "rclone
 * copy|copyto|move|moveto|sync source:path dest:path"), and the ones that print only names, sizes or digests. Any
 * other (serve, rcat, cat, mount, bisync, config ...) may send or print what it reads.
 */
const RCLONE_TRANSFERS = /^(copy|copyto|move|moveto|sync)$/;
const RCLONE_LISTINGS = /^(ls|lsl|lsd|lsf|lsjson|size|md5sum|sha1sum|hashsum|check|version|listremotes)$/;

/** The AWS CLI's words that are no option or option value: `s3 cp SRC DEST` of `aws s3 cp SRC DEST --region X`. */
function awsPositional(operands: readonly string[]): string[] {
    return readOptions(operands, AWS_OPTIONS).positional.map(p => p.word);
}

/** `aws s3 cp|mv|sync SRC DEST` (AWS CLI reference, "aws s3": the first path the source, the second the destination). */
function awsTransfer(operands: readonly string[]): { source?: string; destination?: string } | undefined {
    const [service, command, source, destination] = awsPositional(operands);
    return service === "s3" && /^(cp|mv|sync)$/.test(command ?? "") ? { source, destination } : undefined;
}

/**
 * Whether a pod may read node path `path`: every path but the node's secret paths and the null device. podSpec.ts
 * admits a read-only hostPath of any node path that holds no NODE_SECRETS (/opt, /root, /tmp ...), and log shippers
 * read /var/log, so the node's secrets and credentials may land only inside NODE_SECRETS, where no hostPath reaches.
 */
function podReadable(path: string): boolean {
    return !insideNodeSecrets(path) && path !== "/dev/null";
}

/**
 * Whether a shell (or `source`/`.`) reads its commands from standard input or a descriptor given it (the one reader of
 * that question for here-documents, here-strings and pipes): a shell with no script operand or with `-s` before its
 * operands, which are then positional parameters (bash(1) OPTIONS: "-s If the -s option is present, or if no
 * arguments remain after option processing, then commands are read from the standard input"; dash(1), zsh(1)
 * alike), or whose script operand (source's file, bash(1) "source filename") names standard input or another
 * descriptor (shell.ts standardInput: a here-document the shell opened on it, `bash /dev/fd/3 3<<EOF`). `-c` runs its
 * own line instead.
 */
export function shellReadsStdin(given: string, givenOperands: readonly string[], cwd: string): boolean {
    // A multi-call binary's shell applet is that shell (shell.ts appletWords: BusyBox docs, `busybox ash`/`busybox sh`;
    // toybox's `sh`).
    const [program, ...operands] = appletWords([given, ...givenOperands]);
    const name = posix.basename(program ?? "");
    const source = /^(source|\.)$/.test(name);
    if (!SHELLS.test(name) && !source) return false;
    let i = 0;
    for (; i < operands.length && !source; i++) {
        const w = operands[i];
        if (w === "--") {
            i++;
            break;
        }
        if (/^-[a-zA-Z]*c/.test(w)) return false;
        if (/^-[a-zA-Z]*s/.test(w)) return true;
        // Options taking the next word as their value: -o/+o, -O/+O, and bash's `--rcfile file`/`--init-file file`
        // (bash(1) OPTIONS: "Execute commands from file instead of the standard personal initialization file"; read by
        // an interactive shell only, so the commands still come from standard input).
        if (/^([-+][oO]|--rcfile|--init-file)$/.test(w)) i++;
        else if (!/^[-+]/.test(w)) break;
    }
    const script = operands[i];
    return script === undefined ? !source : standardInput(script, true, cwd) !== false;
}

/**
 * Round 82: the variables bash's `read [-ers] [-a aname] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt]
 * [-t timeout] [-u fd] [name ...]` sets (bash(1) "read"): its names, -a's array, REPLY when none is given.
 */
function readTargets(operands: readonly string[]): string[] {
    const names: string[] = [];
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i].replace(/\0/g, "");
        if (w === "--") {
            names.push(...operands.slice(i + 1).map(o => o.replace(/\0/g, "")));
            break;
        }
        const option = /^-[ers]*([adinNptu])(.*)$/.exec(w);
        if (option) {
            const value = option[2] !== "" ? option[2] : operands[++i]?.replace(/\0/g, "");
            if (option[1] === "a" && value !== undefined) names.push(value);
        } else if (!/^-[ers]+$/.test(w)) names.push(w);
    }
    return names.length > 0 ? names : ["REPLY"];
}

/**
 * Round 82: the system trust store's source directories (update-ca-trust(8) SOURCE CONFIGURATION: /etc/pki/ca-trust/
 * source/{anchors,blocklist,blacklist}/ and files directly in source/, /usr/share/pki/ca-trust-source/ alike;
 * update-ca-certificates(8): /usr/local/share/ca-certificates/), and anything below them.
 * Round 84: and the files extracted from them, which TLS clients read as their trust store directly (update-ca-trust(8)
 * EXTRACTED CONFIGURATION: /etc/pki/ca-trust/extracted/{pem,openssl,java,edk2}/..., with /etc/pki/tls/certs/
 * ca-bundle.crt, ca-bundle.trust.crt and /etc/pki/tls/cert.pem linking there; update-ca-certificates(8):
 * /etc/ssl/certs/ca-certificates.crt and the hashed links of /etc/ssl/certs; /etc/ssl/cert.pem): a CA appended or
 * copied there is trusted without update-ca-trust, as a planted anchor is after it.
 * Round 88 (fix): and the per-registry trust directories the image pullers read: containers-certs.d(5) "/etc/
 * containers/certs.d/<host>[:<port>]/*.crt ... certificate authorities" (podman, buildah, skopeo, CRI-O; root's
 * $HOME/.config/containers/certs.d too), Docker's "/etc/docker/certs.d/<registry>/" (docker docs "Verify repository
 * client with certificates": "*.crt files as CA roots"), and containerd's config_path directories (containerd docs/
 * hosts.md: "/etc/containerd/certs.d/<host>/" holding hosts.toml and the `ca` files it names; a docker-style *.crt
 * there is read as a CA when no hosts.toml is): a planted CA copied there authenticates whoever answers for the
 * registry.
 */
const TRUST_STORE_FILES =
    /^\/(etc\/pki\/ca-trust\/source|usr\/share\/pki\/ca-trust-source|usr\/local\/share\/ca-certificates|etc\/pki\/ca-trust\/extracted|etc\/ssl\/certs)\/.|^\/etc\/pki\/tls\/(certs\/ca-bundle(\.trust)?\.crt|cert\.pem)$|^\/etc\/ssl\/cert\.pem$|^\/(etc\/containers|root\/\.config\/containers|etc\/docker|etc\/containerd)\/certs\.d\/./;

/**
 * Round 84: the system directories above every directory root's daemons read (/etc, /usr, /var/lib, /run ...) and the
 * program directories root's PATH searches (systemd.exec(5) "$PATH": /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin;
 * /bin, /sbin, the library directories ld.so(8) trusts): opening one opens what is below it (rename(2) needs write
 * permission on the parent only).
 */
const SYSTEM_DIRECTORIES = [
    "/etc",
    "/usr/bin",
    "/usr/sbin",
    "/usr/local/bin",
    "/usr/local/sbin",
    "/usr/libexec",
    "/usr/lib64",
    "/usr/local/lib",
    "/bin",
    "/sbin",
    "/lib",
    "/lib64",
    "/boot",
    "/root",
    "/var/lib",
    "/var/spool",
    "/run",
];

/**
 * Round 85: the plugin directories root's daemons run programs from or read as their configuration, opened at, above or
 * below them: containerd's CRI plugin bin_dir /opt/cni/bin and conf_dir /etc/cni/net.d (containerd docs/cri/config.md;
 * it runs every CNI plugin binary as root for each pod, the CNI spec's network configuration names the plugin) and the
 * kubelet's flexvolume --volume-plugin-dir /usr/libexec/kubernetes/kubelet-plugins (Kubernetes "FlexVolume": the
 * drivers in volume/exec/<vendor~driver>/ are run by the kubelet, as root).
 */
const DAEMON_PLUGIN_DIRECTORIES = ["/opt/cni/bin", "/etc/cni/net.d", "/usr/libexec/kubernetes/kubelet-plugins"];

/**
 * Round 88: the system interpreter's library directories and every directory below them (Python docs "The
 * initialization of the sys.path module search path": prefix/lib/pythonX.Y, its lib-dynload, then site-packages, whose
 * `.pth` "Lines starting with import ... are executed" at every start, Python docs "site"): every root Python program
 * imports from them, under /usr and /usr/local (lib or lib64; Debian's python3/dist-packages).
 */
const PYTHON_LIBRARY_DIRECTORY = /^\/usr(?:\/local)?\/lib(?:64)?\/python\d(?:\.\d+)?(?:\/|$)/;

/**
 * Round 84: whether `dir` is a directory root's daemons read as configuration or code, or one above it: a file in it (or
 * in the rules.d, system or plugins.d directory below it) is one the node reads as configuration (`readsAsConfig`: the
 * judge's pythonCode.ts nodeReadsAsConfig, NODE_CONFIG_PATHS, READ_BEFORE_WRITE, SERVER_CONFIGS), the trust store's
 * (TRUST_STORE_FILES), or it is a system or program directory or above one (SYSTEM_DIRECTORIES).
 */
function rootReadDirectory(dir: string, readsAsConfig: (path: string) => boolean = () => false): boolean {
    const d = posix.resolve("/", dir);
    // A user's home is theirs (chown -R ec2-user /home/ec2-user, its authorized_keys): no directory of root's daemons.
    if (/^\/home(\/|$)/.test(d)) return false;
    const above = (p: string) => d === "/" || p === d || p.startsWith(`${d}/`);
    return (
        SYSTEM_DIRECTORIES.some(above) ||
        DAEMON_PLUGIN_DIRECTORIES.some(p => above(p) || d.startsWith(`${p}/`)) ||
        PYTHON_LIBRARY_DIRECTORY.test(d) ||
        ["x", "rules.d/x", "system/x", "plugins.d/x"].some(p => {
            const file = posix.join(d, p);
            // Round 88: and the *.d directories whose writes their own readers judge (ROOT_READ_CONF_DIRECTORIES:
            // sysctl.d(5), depmod.d, logrotate.d, yum.repos.d ...).
            return (
                readsAsConfig(file) ||
                TRUST_STORE_FILES.test(file) ||
                ROOT_READ_CONF_DIRECTORIES.some(r => r.test(file))
            );
        })
    );
}

/** Round 82: the builtins running a file's commands in the current shell (bash(1) "source filename", "."). */
const SOURCE_BUILTINS = /^(source|\.)$/;

/**
 * Round 84: shell builtins that start no program (bash(1) "SHELL BUILTIN COMMANDS"): no environment of theirs is read
 * by another program (deferPythonExport).
 */
const RUNS_NOTHING_BUILTINS =
    /^(?:cd|pushd|popd|echo|printf|true|false|:|test|\[|\[\[|export|unset|set|shopt|local|declare|typeset|readonly|read|shift|return|break|continue|umask|alias|unalias)$/;

/**
 * A standard input (RootReads.standardInput): its text when the reader knows it, find -print0's trees when piped.
 * Round 84: `from`, the files its text comes from (a `< FILE` redirect, a descriptor `exec N< FILE` opened, the files a
 * stream reader upstream of a pipe reads: pipedFiles), whose provenance a loader of /dev/stdin takes (descriptorOperands).
 */
type StandardInput = { text?: string; under?: readonly string[]; from?: readonly string[] };

/**
 * The compound commands of a script's commands (bash(1), "Compound Commands": `( list )`, `{ list; }`, `while`/
 * `until`/`for`/`select` ... `done`, `if` ... `fi`, `case` ... `esac`), by the index of the command that opens each
 * (outermost first): the index of the command that closes it, whose redirections are the compound command's ("Any
 * redirections associated with a compound command apply to all commands within that compound command"). A close that
 * matches no open is ignored (a case pattern's `)`).
 */
function compoundCommands(commands: readonly SimpleCommand[]): Map<number, number[]> {
    const kind = (c: SimpleCommand) => {
        const first = c.words.find(w => w.replace(/\0/g, "") !== "{")?.replace(/\0/g, "");
        const opens: string[] = [...(c.opens ?? [])];
        if (first !== undefined && /^(while|until|for|select)$/.test(first)) opens.push("done");
        if (first === "if") opens.push("fi");
        if (first === "case") opens.push("esac");
        const closes: string[] = [...(c.closes ?? [])];
        if (first === "done" || first === "fi") closes.push(first);
        if (c.words.some(w => w.replace(/\0/g, "") === "esac")) closes.push("esac");
        return { opens, closes };
    };
    const ends = new Map<number, number[]>();
    const stack: { kind: string; at: number }[] = [];
    for (const [i, c] of commands.entries()) {
        const { opens, closes } = kind(c);
        for (const k of opens) stack.push({ kind: k, at: i });
        for (const k of closes)
            if (stack.at(-1)?.kind === k) {
                const { at } = stack.pop()!;
                ends.set(at, [...(ends.get(at) ?? []), i]);
            }
    }
    // Outermost first: the one closing last.
    for (const list of ends.values()) list.sort((a, b) => b - a);
    return ends;
}

/**
 * Round 76: the subshells starting at command `i` (outermost first), by the index of their last command: each `( list )`
 * group opening there (bash(1) "Compound Commands": "list is executed in a subshell environment"), and the pipeline
 * element starting there, a simple or compound command piped into or out of (bash(1) "Pipelines": "Each command in a
 * multi-command pipeline, where pipes are created, is executed in its own subshell"; the last one in the current shell
 * only under `shopt -s lastpipe` with job control off, as in scripts).
 */
function subshellEnds(
    commands: readonly SimpleCommand[],
    compounds: Map<number, number[]>,
    i: number,
    lastpipe = false,
): number[] {
    const c = commands[i];
    const ends = compounds.get(i) ?? [];
    const groups = c.opens ?? [];
    const first = c.words.find(w => w.replace(/\0/g, "") !== "{")?.replace(/\0/g, "");
    const keyword = first !== undefined && /^(while|until|for|select|if|case)$/.test(first) ? 1 : 0;
    // Each open matched (compoundCommands): the groups, pushed first, are the outermost.
    const matched = ends.length === groups.length + keyword;
    const out: number[] = [];
    const pipedIn = i > 0 && commands[i - 1].pipesOut;
    const element = (end: number) => (pipedIn || commands[end].pipesOut) && !(lastpipe && !commands[end].pipesOut);
    // The whole compound command starting here (its outermost close) as a pipeline element.
    if (matched && ends.length > 0 && element(ends[0])) out.push(ends[0]);
    if (matched) groups.forEach((g, k) => g === "(" && out.push(ends[k]));
    // The simple command itself (`if a | b`: `a` is the element, not the whole `if`; `x | while read v` is the whole
    // loop, its `read` setting v for the body).
    if (ends.length === 0 ? element(i) : c.pipesOut) out.push(i);
    return out.sort((a, b) => b - a);
}

/**
 * Round 80: the last command of the list starting at command `i` when that list runs in the background: an and-or list
 * (pipelines joined by `&&`/`||`, each element a simple or compound command) ended by `&` is executed "asynchronously
 * in a subshell" (bash(1) "Lists": "If a command is terminated by the control operator &, the shell executes the
 * command in the background in a subshell"; the command is the whole and-or list), so `cd D && server &` leaves the
 * script where it was. Undefined when `i` does not start such a list.
 */
function backgroundListEnd(commands: readonly SimpleCommand[], compounds: Map<number, number[]>, i: number) {
    const joined = (c: SimpleCommand) => c.ends === "&&" || c.ends === "||" || c.pipesOut;
    if (i > 0 && joined(commands[i - 1])) return undefined;
    let end = Math.max(i, ...(compounds.get(i) ?? []));
    while (joined(commands[end]) && end + 1 < commands.length)
        end = Math.max(end + 1, ...(compounds.get(end + 1) ?? []));
    return commands[end].ends === "&" ? end : undefined;
}

interface Context {
    /** The working directory: `/` for cloud-init and systemd's system units (systemd.exec(5) WorkingDirectory=). */
    cwd: string;
    /** Whether the working directory was set on purpose (cd, WorkingDirectory=): every operand is then relative to it. */
    cwdSet: boolean;
    /** Whether a cd went to a directory the reader cannot know (`cd "$X"`). */
    cwdUnknown?: boolean;
    /**
     * Round 78: every working directory the shell may be in now when there are several (undefined: one the pack cannot
     * know), the one the reader is in first: a cd in an && / || list or an if/case/loop may not run (bash manual "Lists
     * of Commands"), so each command after it is read in each (RootReads.atEachDirectory).
     */
    cwds?: readonly (string | undefined)[];
    /** Round 78: `set -e` (bash manual "The Set Builtin"): a failing command outside a list or condition ends the script. */
    errexit?: boolean;
    /**
     * Round 76 (py2): inside a loop's body (or condition) the reader reads once though the shell may run it again
     * (bash(1), "Looping Constructs"): what a command reads there may be what a later command of the body wrote.
     */
    repeats?: boolean;
    /**
     * Run by a user other than root without NoNewPrivileges: only what it executes from a data directory (a setuid
     * file a uid-0 pod planted) reaches root; what it reads there does not.
     */
    execOnly?: boolean;
    vars: Map<string, string>;
    /** A function's arguments, for `"$@"` (each its own word: bash(1), "Special Parameters"). */
    args?: readonly string[];
    functions: Map<string, string>;
    /**
     * Round 89: the script has exported a variable it set (`export`, `declare -x`, `set -a`/`-o allexport`): later
     * programs may be configured by its environment (bash(1) "ENVIRONMENT").
     */
    exported?: boolean;
    depth: number;
    /** Inside a command substitution: what it prints becomes a word of the outer command, not the script's output. */
    captured?: boolean;
    /** The shell traces every command with its expanded words (set -x, `#!/bin/bash -x`). */
    xtrace?: boolean;
    /** Credentials a command printed were put into the environment (eval "$(aws configure export-credentials ...)"). */
    credentialsInEnvironment?: string;
    /** The variables holding them (unset removes them). */
    credentialVariables?: Set<string>;
    /** Shell variables assigned what a credentials command prints (TOKEN=$(curl -X PUT .../api/token)): what they hold. */
    credentialValues?: Map<string, string>;
    /** Aliases (`alias ll='ls -l'`): a command's first word replaced by its text (bash(1), "ALIASES"). */
    aliases?: Map<string, string>;
    /** Programs `hash -p PATHNAME NAME` bound: NAME runs PATHNAME wherever it is the command (`command NAME` too). */
    hashed?: Map<string, string>;
    /** Namerefs (`declare -n R=D`, `local -n ref=$1`): R's references are D's (bash(1), "PARAMETERS"). */
    namerefs?: Map<string, string>;
    /** Descriptors `exec N< FILE` opened for the rest of the script (bash(1), "Redirections" with exec). */
    fds?: Map<string, string>;
    /** A node secret the previous command of a pipe printed into this one. */
    pipedSecret?: string;
    /**
     * What a command printed into the next one of its pipe (`to`): its text when the reader knows it (sinks), or the
     * trees its NUL-terminated paths lie under (findPrint0Roots).
     */
    pipedText?: { to: SimpleCommand; text?: string; under?: readonly string[]; from?: readonly string[] };
    /**
     * The standard input its commands inherit when they redirect none of their own (standardInput): the script's as
     * `exec < FILE` replaced it ("Redirection affects the current shell execution environment", POSIX exec), or the
     * redirect or pipe of the function call running this body (bash(1), "FUNCTIONS"). Undefined: the script's own.
     */
    stdin?: StandardInput;
    /** The innermost compound command enclosing the current one whose standard input is redirected or piped. */
    groupStdin?: StandardInput;
    /** A `for` loop's variable and its words: a path built from it names each word in turn. */
    loops?: Map<string, string[]>;
    /** Indexed arrays filled from input (mapfile/readarray, `read -a`): their elements, [UNKNOWN_WORDS] when unknown. */
    arrays?: Map<string, readonly string[]>;
    /**
     * Round 76: the directory stack below the working directory (pushd/popd/dirs: bash manual "Directory Stack
     * Builtins"), top first; undefined for a directory the pack cannot know.
     */
    dirStack?: readonly (string | undefined)[];
    /** Round 76: `shopt -s cdable_vars` (a cd operand that is no directory names a variable holding one). */
    cdableVars?: boolean;
    /** Round 76: `set -P` / `set -o physical` (cd resolves symbolic links before `..`, bash(1) "set"). */
    physical?: boolean;
    /**
     * Round 76: the script is zsh's (`zsh -c`): its `ztcp`/`zsocket` builtins store a descriptor in REPLY
     * (RootReads.command).
     */
    zsh?: boolean;
    /** Round 76: `shopt -s lastpipe` (a pipeline's last command runs in the current shell: bash(1) "Pipelines"). */
    lastpipe?: boolean;
    /**
     * Round 77: inside a function's body, the variables it declared local (`local`, or declare/typeset without -g:
     * bash(1) "FUNCTIONS", "declare ... When used in a function, declare and typeset make each name local, as with
     * the local command, unless the -g option is supplied"); every other assignment is the caller's (dynamic scope).
     */
    locals?: Set<string>;
    /**
     * Round 86: variables the script never set that a `${V:=W}` gave the default W (bash(1) "Parameter Expansion":
     * "If parameter is unset or null, the expansion of word is assigned to parameter"): `$V` after it is W when the
     * environment left V unset (RootReads.withDefaults).
     */
    defaults?: Map<string, string>;
    /**
     * Round 86: which reading of a command's default expansions is under way (RootReads.eachDefaultReading): false the
     * variables' own (unknown) values, true each default word; undefined where no command is being read yet.
     */
    readsDefaults?: boolean;
}

/**
 * Round 76: what a subshell copies of the shell's state (bash(1) "COMMAND EXECUTION ENVIRONMENT": "Command
 * substitution, commands grouped with parentheses, and asynchronous commands are invoked in a subshell environment
 * that is a duplicate of the shell environment ... Changes made to the subshell environment cannot affect the
 * shell's execution environment"; "Pipelines": "Each command in a multi-command pipeline ... is executed in its own
 * subshell"): saved where it starts, put back where it ends. What it writes stays written.
 */
function saveScope(ctx: Context) {
    const { cwd, cwdSet, cwdUnknown, cwds, functions, aliases, hashed, namerefs, arrays, loops } = ctx;
    const { dirStack, cdableVars, physical, lastpipe, args } = ctx;
    const fields = { cwd, cwdSet, cwdUnknown, cwds, aliases, hashed, namerefs, arrays, loops };
    return {
        fields: { ...fields, dirStack, cdableVars, physical, lastpipe, args },
        vars: new Map(ctx.vars),
        functions: new Map(functions),
    };
}

function restoreScope(ctx: Context, saved: ReturnType<typeof saveScope>) {
    Object.assign(ctx, saved.fields);
    // In place: a sourced script's context shares these maps with its caller's.
    ctx.vars.clear();
    for (const [k, v] of saved.vars) ctx.vars.set(k, v);
    ctx.functions.clear();
    for (const [k, v] of saved.functions) ctx.functions.set(k, v);
}

/**
 * What a script run in the current shell (`source`, `.`, `eval`) leaves the shell with: its working directory, directory
 * stack, shell options and open descriptors (bash(1) "source": "in the current shell environment").
 */
function carryShellState(ctx: Context, inner: Context, errexitAtStart: boolean | undefined) {
    const { cwd, cwdSet, cwdUnknown, cwds, dirStack, cdableVars, physical, lastpipe, fds, arrays } = inner;
    Object.assign(ctx, { cwd, cwdSet, cwdUnknown, cwds, dirStack, cdableVars, physical, lastpipe, fds, arrays });
    // Round 89: `set +e`/`set -e` in a function, eval or sourced file is the caller's setting from then on (bash(1)
    // "FUNCTIONS": "executed in the context of the calling shell"); an -e only ignored inside it is not changed.
    if (inner.errexit !== errexitAtStart) ctx.errexit = inner.errexit;
    if (inner.exported) ctx.exported = true;
}

/** Round 78: the most working directories the reader follows at once; past it the directory is unknown (fail closed). */
const MAX_DIRECTORIES = 4;

/** Round 78: the working directories the shell may be in now, the reader's first (undefined: one it cannot know). */
function workingDirectories(ctx: Context): (string | undefined)[] {
    return ctx.cwds !== undefined ? [...ctx.cwds] : [ctx.cwdUnknown ? undefined : ctx.cwd];
}

/** Round 78: the reader in directory `dir` (undefined: one it cannot know), PWD with it ("as set by the cd command"). */
function enterDirectory(ctx: Context, dir: string | undefined) {
    ctx.cwdUnknown = dir === undefined;
    ctx.cwd = dir ?? UNKNOWN_CWD;
    ctx.vars.set("PWD", dir ?? SUBSTITUTED);
}

/**
 * Round 78: the shell may be in any of `dirs` (deduplicated; more than MAX_DIRECTORIES: unknown). An empty list (no
 * way through, `false && cd D`) leaves the reader where it is.
 */
function setWorkingDirectories(ctx: Context, dirs: readonly (string | undefined)[]) {
    const unique = [...new Set(dirs)];
    if (unique.length === 0) return;
    const kept = unique.length > MAX_DIRECTORIES ? [undefined] : unique;
    const now = ctx.cwdUnknown ? undefined : ctx.cwd;
    if (kept[0] !== now || ctx.cwds !== undefined) enterDirectory(ctx, kept[0]);
    ctx.cwds = kept.length > 1 ? kept : undefined;
}

/**
 * Round 80: the context a wrapped program's own file operands are read in: the directory its wrappers start it in
 * (shell.ts wrappedDirectory: coreutils env(1) "-C, --chdir=DIR change working directory to DIR", sudo -D,
 * unshare/nsenter --wd, systemd-run, chroot), so `env -C /etc dd of=ld.so.preload` writes /etc/ld.so.preload. Its
 * redirects stay the shell's (bash(1) REDIRECTION: performed by the shell before the wrapper runs).
 */
function programContext(words: readonly string[], ctx: Context): Context {
    const shellDir = ctx.cwdUnknown ? undefined : ctx.cwd;
    const dir = wrappedDirectory(
        words.map(w => w.replace(/\0/g, "")),
        shellDir,
    );
    if (dir === shellDir) return ctx;
    return { ...ctx, cwd: dir ?? UNKNOWN_CWD, cwdUnknown: dir === undefined, cwds: undefined, cwdSet: true };
}

/** Round 78: an && / || list being read (bash manual "Lists of Commands"): where its ways through leave the shell. */
interface AndOrList {
    /** The first and last command of the element (pipeline or compound command) being read. */
    start: number;
    end: number;
    /** The directories the element started in. */
    entry: (string | undefined)[];
    /** The directories the list so far leaves when its last status is zero (`ok`) or not (`fail`). */
    ok: (string | undefined)[];
    fail: (string | undefined)[];
    /** The operator before the next element (undefined before the first element's end). */
    op?: "&&" | "||";
    /** The index of the next element's first command (-1: none yet). */
    next: number;
}

/** Round 78: an if/case/loop command being read: its last command, the directories seen in it, the lists open at its start. */
type Branch = { start: number; end: number; seen: (string | undefined)[]; lists: number; cd?: CdCondition };

/**
 * Round 80: an `if [!] cd D; then ...; [else ...;] fi` being read (bash(1) "if list; then list; [else list;] fi": the
 * then-list runs only when the condition "returns a zero exit status", and cd returns zero only when it changed
 * directory): the then-list starts where the cd succeeded (`ok`), the else-list where it failed (`fail`), an arm ending
 * in exit/return (surelyLeaves) leaves no way on.
 */
interface CdCondition {
    /** The `if` command (the condition) and its `then`. */
    start: number;
    negated: boolean;
    entry: (string | undefined)[];
    ok?: (string | undefined)[];
    fail?: (string | undefined)[];
    /** Where the arms read so far leave the shell; whether an else arm was read. */
    after: (string | undefined)[];
    hasElse: boolean;
    /** Round 80: the condition of a `while`/`until` loop (loopExit) rather than an `if`. */
    loop?: "while" | "until";
    /** Round 81: the condition is a call of a function of the script (its body may fail at any of its commands). */
    call?: boolean;
}

/**
 * Round 80: the `if` (or while/until loop) at `i` whose whole condition is one cd/pushd/popd (with `!`), without elif.
 * Round 81: or one call of a function of the script (`functions`): bash(1) FUNCTIONS run its body "in the context of
 * the current shell" and its status is "the exit status of the last command executed in the body", so the then-list
 * starts where the body left the shell (not where the `if` began); its failure may be anywhere the body went.
 */
function cdCondition(
    commands: readonly SimpleCommand[],
    i: number,
    end: number,
    entry: (string | undefined)[],
    functions?: ReadonlyMap<string, string>,
): CdCondition | undefined {
    const words = (k: number) => commands[k]?.words.map(w => w.replace(/\0/g, "")) ?? [];
    const header = words(i);
    const negated = header[1] === "!";
    const name = header[negated ? 2 : 1];
    const loop = header[0] === "while" || header[0] === "until" ? header[0] : undefined;
    const call = name !== undefined && functions?.has(name) === true;
    if ((header[0] !== "if" && loop === undefined) || (!call && !/^(cd|pushd|popd)$/.test(name ?? "")))
        return undefined;
    if (commands[i].ends || commands[i].pipesOut || words(i + 1)[0] !== (loop ? "do" : "then")) return undefined;
    for (let k = i + 1; k < end; k++) if (words(k)[0] === "elif") return undefined;
    return { start: i, negated, entry, after: [], hasElse: false, loop, call };
}

/**
 * Round 80: where a while/until loop whose whole condition is one cd (CdCondition.loop) leaves the shell at its
 * `done`. bash(1): `until list-2; do list-3; done` "is identical to the while command, except that the test is negated;
 * list-3 is executed as long as the last command in list-2 returns a non-zero exit status", so without break (bash(1)
 * "exit from within a for, while, until, or select loop"; the script has none, in a function called from the loop
 * either) the loop ends only on the condition's exit status: `until cd D` and `while ! cd D` end where the cd
 * succeeded. Only for an absolute operand: a relative one (CDPATH too), `cd -` or popd depends on where the body left the
 * shell. Otherwise (and for `while cd D`, which ends where the cd failed) every directory the loop reached: `seen`.
 */
function loopExit(commands: readonly SimpleCommand[], b: Branch): (string | undefined)[] {
    const cd = b.cd;
    if (cd?.loop === undefined || cd.ok === undefined || cd.fail === undefined) return b.seen;
    const header = commands[cd.start].words.map(w => w.replace(/\0/g, ""));
    const operands = header.slice(cd.negated ? 3 : 2).filter(w => !/^-[LPe@]*$/.test(w));
    const absolute =
        /^(cd|pushd)$/.test(header[cd.negated ? 2 : 1]) && operands.length === 1 && /^\/[^$`]*$/.test(operands[0]);
    const breaks = commands.some(c => programOf(c).name === "break");
    const endsOnSuccess = (cd.loop === "until") !== cd.negated;
    return absolute && !breaks && endsOnSuccess ? (cd.negated ? cd.fail : cd.ok) : b.seen;
}

/**
 * Round 80: command `k` is exit or return run whenever the reader reaches it (not after && / ||, not in a pipeline or
 * a subshell): bash(1) exit "Cause the shell to exit".
 */
function surelyLeaves(commands: readonly SimpleCommand[], k: number): boolean {
    const c = commands[k];
    const before = commands[k - 1];
    if (c === undefined || c.words.some(w => /[()]/.test(w.replace(/\0/g, "")))) return false;
    const chained = before !== undefined && (before.pipesOut || before.ends === "&&" || before.ends === "||");
    return !c.pipesOut && !chained && /^(exit|return)$/.test(programOf(c).name);
}

/**
 * Round 78: where an element of an && / || list leaves the shell on success and on failure, from the directories it
 * started in (`entry`) and those the reader reached (`after`): a cd/pushd/popd that fails stays where it was; exit and
 * return leave no way on; true and `:` never fail, false never succeeds. Under `set -e` the last element's failure
 * ends the script (bash manual "The Set Builtin": the shell does not exit for "any command executed in a && or ||
 * list except the command following the final && or ||"). Round 80: `leaves`: the element is a `{ ...; exit; }` group.
 */
function elementOutcome(
    element: SimpleCommand | undefined,
    entry: (string | undefined)[],
    after: (string | undefined)[],
    last: boolean,
    errexit: boolean,
    leaves = false,
) {
    const name = element === undefined ? "" : programOf(element).name;
    if (entry.length === 0 || leaves || /^(exit|return)$/.test(name)) return { ok: [], fail: [] };
    const ok = name === "false" ? [] : after;
    // Round 80: a failed cd/pushd/popd stays where it was; any other element (a function, `{ }` group, eval, alias or
    // sourced script: bash(1) FUNCTIONS, "Command Grouping", eval, source: their status is their last command's) may
    // have failed at its cd, before or after a cd that ran: every directory it started in or reached.
    const failed = /^(cd|pushd|popd)$/.test(name) ? entry : [...after, ...entry];
    const fail = /^(true|:)$/.test(name) || (last && errexit) ? [] : failed;
    return { ok, fail };
}

/** Round 80: the words of the `for` loop whose variable expanded to `word` (its words joined), when it has several. */
function loopValues(ctx: Context, word: string): string[] | undefined {
    const loop = [...(ctx.loops ?? [])].find(([v, words]) => words.length > 1 && ctx.vars.get(v) === word);
    return loop?.[1];
}

/** Round 80: the directories `mkdir` or `install -d` names (coreutils mkdir(1), install(1) -d), option values left out. */
function madeDirectories(name: string, operands: readonly string[]): string[] {
    if (name !== "mkdir" && !(name === "install" && operands.some(w => /^-[a-zA-Z]*d|^--directory$/.test(w))))
        return [];
    const valued = (w: string) => /^-[a-zA-Z]*[mogtZ]$|^--(mode|owner|group|target-directory|context)$/.test(w);
    return operands.filter((w, i) => !w.startsWith("-") && !valued(operands[i - 1] ?? ""));
}

/**
 * Round 87: the directories mkdir(1) makes only if no file of that name exists: without -p/--parents ("no error if
 * existing, make parent directories as needed"), mkdir(2) fails with EEXIST "pathname already exists", so the script
 * (stopping on the failure: writeMayFail) goes on only with a directory it made itself.
 */
function exclusiveMakings(name: string, operands: readonly string[]): string[] {
    if (name !== "mkdir" || operands.some(w => /^-[a-zA-Z]*p|^--parents$/.test(w))) return [];
    return madeDirectories(name, operands).filter(w => !unknownWord(w));
}

/**
 * Round 80: whether command `i` is a statement of its own: not an element of an && / || list or a pipeline, not a
 * condition (if/elif/while/until) nor negated with `!`. Without `set -e`, a cd there that fails leaves the shell where
 * it was and the script goes on (bash manual "The Set Builtin"; bash(1) cd: "The return value is true if the directory
 * was successfully changed; false otherwise").
 */
function standsAlone(commands: readonly SimpleCommand[], i: number): boolean {
    const c = commands[i];
    const before = commands[i - 1];
    const linked = (x: SimpleCommand | undefined) =>
        x !== undefined && (x.pipesOut || /^(&&|\|\|)$/.test(x.ends ?? ""));
    const first = c.words
        .map(w => w.replace(/\0/g, ""))
        .find(w => w !== "{" && w !== "then" && w !== "else" && w !== "do");
    return !linked(c) && !linked(before) && !/^(if|elif|while|until|!)$/.test(first ?? "");
}

/**
 * Round 88: whether the pipeline command `i` ends stands alone (no && / || before its first command, no condition
 * keyword or `!` in it) and `i` is its last command: the pipeline's status is its last command's (bash manual "Pipelines": "The exit status of a pipeline is the
 * exit status of the last command in the pipeline, unless the pipefail option is enabled").
 */
function pipelineStandsAlone(commands: readonly SimpleCommand[], i: number): boolean {
    if (commands[i].pipesOut || /^(&&|\|\||&)$/.test(commands[i].ends ?? "")) return false;
    const first = pipelineStart(commands, i);
    const words = (k: number) => commands[k].words.map(w => w.replace(/\0/g, ""));
    for (let k = first; k <= i; k++)
        if (/^(if|elif|while|until|!|time|coproc|then|do|else)$/.test(words(k)[0] ?? "")) return false;
    return !/^(&&|\|\|)$/.test(commands[first - 1]?.ends ?? "");
}

/** Round 88: the first command of the pipeline command `i` is in. */
function pipelineStart(commands: readonly SimpleCommand[], i: number): number {
    let first = i;
    while (first > 0 && commands[first - 1].pipesOut) first--;
    return first;
}

/**
 * Round 88: the digest lengths (hex digits) of the checksum programs whose check mode the pack credits (GNU coreutils
 * "sha2 utilities", "b2sum": `-c, --check` "Read file names and checksum information (not data) from each file (or
 * from stdin if no file was specified) and report whether the checksums match the contents of the named files ...
 * the exit status is nonzero if any check fails"). md5sum and sha1sum are left out: their digests collide.
 */
const DIGEST_HEX: Record<string, number> = { sha224sum: 56, sha256sum: 64, sha384sum: 96, sha512sum: 128, b2sum: 128 };
const DIGEST_TAG: Record<string, RegExp> = {
    sha224sum: /^SHA224$/,
    sha256sum: /^SHA256$/,
    sha384sum: /^SHA384$/,
    sha512sum: /^SHA512$/,
    b2sum: /^BLAKE2b(-\d+)?$/,
};

/**
 * Round 88: the files a checksum program's check (`-c`) compares with digests the script pinned, or undefined when it
 * credits none: every checksum source (its operands, `-` or none for standard input) must be text the script wrote
 * (`ownText`, `stdinText`) whose every line is a digest of the program's length and a plain file name, in the GNU
 * format ("HEX  NAME", "HEX *NAME") or the BSD tag one ("SHA256 (NAME) = HEX", --tag). --ignore-missing ("don't fail
 * or report status for missing files") and any option the pack does not know credit nothing.
 */
export function pinnedDigestFiles(
    name: string,
    operands: readonly string[],
    stdinText: string | undefined,
    ownText: (path: string) => string | undefined,
): string[] | undefined {
    let hex = DIGEST_HEX[name];
    if (hex === undefined) return undefined;
    let check = false;
    const sources: string[] = [];
    for (let k = 0; k < operands.length; k++) {
        const w = operands[k];
        if (w === "--") {
            sources.push(...operands.slice(k + 1));
            break;
        }
        if (w === "-" || !w.startsWith("-")) sources.push(w);
        else if (w === "--check") check = true;
        else if (/^--(status|quiet|strict|warn|binary|text|zero)$/.test(w)) continue;
        else if (name === "b2sum" && /^(-l|--length)$/.test(w)) hex = Number(operands[++k]) / 4;
        else if (name === "b2sum" && /^--length=\d+$/.test(w)) hex = Number(w.slice(9)) / 4;
        else if (/^-[cswbtz]+$/.test(w)) check ||= w.includes("c");
        else return undefined;
    }
    if (!check || !Number.isInteger(hex) || hex <= 0) return undefined;
    const texts = (sources.length === 0 ? ["-"] : sources).map(f => (f === "-" ? stdinText : ownText(f)));
    if (texts.some(t => t === undefined)) return undefined;
    const files: string[] = [];
    const plain = (f: string) => f.length > 0 && !/[\0\\$`]|SUBSTITUTED/.test(f);
    for (const line of texts.join("\n").split(/\r?\n/)) {
        if (line.trim() === "") continue;
        const gnu = new RegExp(`^([0-9a-fA-F]{${hex}}) [ *](.+)$`).exec(line);
        const tag = /^([\w-]+) \((.+)\) = ([0-9a-fA-F]+)$/.exec(line);
        if (gnu && plain(gnu[2])) files.push(gnu[2]);
        else if (tag && DIGEST_TAG[name].test(tag[1]) && tag[3].length === hex && plain(tag[2])) files.push(tag[2]);
        else return undefined;
    }
    return files.length > 0 ? files : undefined;
}

/**
 * Round 88: the signed file of `gpg --verify SIG FILE` (the detached form, exactly two operands: gpg(1) "--verify ...
 * With more than 1 argument, the first should be a detached signature and the remaining files are the signed stuff";
 * the one-operand form may take a signed message for the file and is not credited), with only options that change
 * no keyring, or undefined.
 */
export function gpgDetachedVerify(operands: readonly string[]): string | undefined {
    if (!operands.includes("--verify")) return undefined;
    const positional: string[] = [];
    for (const w of operands) {
        if (w === "--verify" || /^(--batch|--no-tty|-q|--quiet|-v|--verbose|--yes)$/.test(w)) continue;
        if (w.startsWith("-")) return undefined;
        positional.push(w);
    }
    return positional.length === 2 && !/[$`*?[]|SUBSTITUTED/.test(positional[1]) ? positional[1] : undefined;
}

/**
 * Round 88: how a gpg command (other than a credited verify) may put a key into root's default keyring the script did
 * not write, or undefined: `--import` of files (or standard input) holding text the script wrote adds only those
 * keys; listings, --dearmor and --version add none; anything else (--recv-keys, --fetch-keys, --locate-keys, another
 * keyring or home, --auto-key-retrieve, an option the pack does not know) may (fail closed).
 */
export function gpgKeyringChange(
    operands: readonly string[],
    stdinText: string | undefined,
    environment: ReadonlyMap<string, string>,
    ownText: (path: string) => string | undefined,
): string | undefined {
    if (environment.has("GNUPGHOME")) return "GNUPGHOME names another home";
    const harmless =
        /^(--batch|--no-tty|-q|--quiet|-v|--verbose|--yes|--version|--with-colons|--with-fingerprint|--fingerprint|-k|--list-keys|--list-public-keys|--list-sigs|--check-sigs|--show-keys|--dearmor|--enarmor|--import-options=show-only|--import-options=import-show)$/;
    const operations = operands.filter(w => w.startsWith("-") && !harmless.test(w));
    if (operations.length === 0) return undefined;
    if (operations.every(w => w === "--import")) {
        const files = operands.filter(w => !w.startsWith("-"));
        const sources = files.length === 0 ? [stdinText] : files.map(ownText);
        return sources.every(t => t !== undefined && /-----BEGIN PGP PUBLIC KEY BLOCK-----/.test(t))
            ? undefined
            : `it imports ${files.length === 0 ? "standard input" : files.join(" ")}, not text the script wrote`;
    }
    return `${operations.join(" ")} may add keys the script did not write`;
}

/**
 * Round 80: whether commands `start`..`end` are a brace group whose last command is exit or return (`cd D || { echo
 * no D >&2; exit 1; }`): bash manual "Command Grouping" runs the list "in the current shell context", so no way on
 * leaves it.
 */
function groupEndsScript(commands: readonly SimpleCommand[], start: number, end: number): boolean {
    const words = (k: number) => commands[k]?.words.map(w => w.replace(/\0/g, "")) ?? [];
    if (end <= start || words(end).join(" ") !== "}" || words(start)[0] !== "{") return false;
    return surelyLeaves(commands, end - 1);
}

/**
 * Round 77: the variable an assignment to `name` sets: a nameref's target, through chains of them (bash(1)
 * "PARAMETERS": "Whenever the nameref variable is referenced, assigned to, unset, or has its attributes modified ...,
 * the operation is actually performed on the variable specified by the nameref variable's value").
 */
function assignedName(ctx: Context, name: string): string {
    for (let i = 0; i < 8 && ctx.namerefs?.has(name); i++) name = ctx.namerefs.get(name)!;
    return name;
}

const newContext = (cwd = "/", cwdSet = false, vars = new Map<string, string>()): Context => ({
    cwd,
    cwdSet,
    vars,
    functions: new Map(),
    depth: 0,
});

const WHY =
    "a pod that replaces what is there chooses what root does on the node and reads every pod's token; keep the programs, libraries, configuration and working directories of root processes out of the data directories (only mkdir/chown/chmod, mounting a device or copying into them, fstab mount points, tmpfiles entries inside them, audit watches, logrotate log paths and units with a non-root User= may name them)";

/**
 * systemd's directory specifiers as the system manager resolves them (systemd.unit(5), "Specifiers": %t runtime
 * /run, %S state /var/lib, %C cache /var/cache, %L logs /var/log, %E configuration /etc, %T /tmp, %V /var/tmp, %h
 * root's home /root); `%%` is a percent sign.
 */
function directorySpecifiers(value: string): string {
    const dirs: Record<string, string> = {
        t: "/run",
        S: "/var/lib",
        C: "/var/cache",
        L: "/var/log",
        E: "/etc",
        T: "/tmp",
        V: "/var/tmp",
        h: "/root",
    };
    return value.replace(/%([%A-Za-z])/g, (m, c: string) => (c === "%" ? "%%" : (dirs[c] ?? m)));
}

/** The PATH a root shell of cloud-init looks programs up in when the script sets none. */
export const DEFAULT_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

const UNIT_FILE = /^\/(etc|run|usr\/lib|usr\/local\/lib|lib)\/systemd\/(system|user)\/(.+)$/;

/** A unit file's `Key=Value` lines with their sections, a `\` at a line's end continuing it (systemd.syntax(7)). */
export function unitFileEntries(files: readonly { path: string; text: string }[]) {
    const entries: { section: string; key: string; value: string; line: string; path: string }[] = [];
    for (const { path, text } of files) {
        let section = "";
        for (const raw of text.replace(/\\\r?\n/g, " ").split(/\r?\n/)) {
            const line = raw.trim();
            const header = /^\[([^\]]+)\]$/.exec(line);
            if (header) section = header[1];
            const kv = /^([A-Za-z][A-Za-z0-9]*)\s*=\s*(.*)$/.exec(line);
            if (kv) entries.push({ section, key: kv[1], value: kv[2], line, path });
        }
    }
    return entries;
}

/**
 * The names whose `NAME.d/` drop-in directories apply to unit `name` (systemd.unit(5)): its own, each dash prefix of it
 * ("in addition to /etc/systemd/system/foo-bar-baz.service.d/ ... also foo-bar-.service.d/ and foo-.service.d/"), the
 * top-level one of its type ("service.d/ ... affect all service units"), and for an instance (foo@bar.service) its
 * template's (foo@.service.d/). `name` first, the others in no set order.
 */
export function unitDropInNames(name: string): string[] {
    const type = /\.([a-z]+)$/.exec(name)?.[1];
    if (type === undefined || name === type) return [name];
    const dashes = [...name.matchAll(/-/g)].map(m => `${name.slice(0, m.index + 1)}.${type}`);
    const template = /^([^@]+@)[^@]+(\.[a-z]+)$/.exec(name);
    return [...new Set([name, ...(template ? [template[1] + template[2]] : []), ...dashes, type])];
}

export class RootReads {
    readonly out: RootReadOpening[] = [];
    /** systemd units by name: their files in the order systemd reads them (the unit, then its drop-ins). */
    private readonly units = new Map<string, { path: string; text: string }[]>();
    /** Round 76: udev rules files written (UDEV_RULES), read at finish (udevRules). */
    private readonly udevRuleFiles: { path: string; text: string }[] = [];
    /** Round 84: exports of variables a python flag cancels, judged when a later command may read them. */
    private readonly deferredExports = new Map<string, () => void>();
    /**
     * Round 76: audit plugin files written (AUDIT_PLUGIN_CONFIG): every line written, appended or edited into each,
     * partial when the file's whole text is not known (an edit, an append to the image's file), read at finish.
     */
    private readonly auditPlugins = new Map<string, { text: string; partial: boolean }>();
    /** Round 77: log/metric agents' configuration files written (userDataReaders/logAgents.ts), read at finish. */
    private readonly logAgentConfigs = new Map<
        string,
        { agent: LogAgent; text: string; partial: boolean; root?: boolean }
    >();
    /** A data directory the script being read names anywhere, if any. */
    private namesData: string | undefined;
    /** Commands read so far: functions calling functions could otherwise multiply the work without bound. */
    private work = 0;
    private workExceeded = false;
    /** What the script wrote so far, by path: a later copy or cat of it carries the same content. */
    private readonly written = new Map<string, string>();
    /**
     * Round 72: the packaged supervisord's configuration files (SUPERVISOR_CONFIG) whose programs use `%(ENV_X)s`, as
     * written (every version): judged once every file is written (finish), with the environment the packaged unit's
     * drop-ins give supervisord (packagedSupervisorEnvironment).
     */
    private readonly supervisorDeferred: { path: string; text: string }[] = [];
    /** Round 72: the script runs supervisord itself (not through its unit): its environment is then the script's too. */
    private supervisordRun = false;
    /** Files the script wrote with content the reader cannot know. */
    private readonly unknown = new Set<string>();
    /**
     * Round 88: package configuration files (PACKAGE_CONFIG_FILES) edited in place over text the pack does not know (the
     * image's file) with replacements it cannot vouch for (packageEditUnread): their settings are unknown.
     */
    private readonly packageEditsUnread = new Map<string, string>();
    /** Round 87: files (and trees) a root program the script ran wrote itself (programWritten), content unread. */
    private readonly programMade = new Set<string>();
    /**
     * Round 88 (fix): files of unknown content that a fetcher downloaded over a verified transport (verifiedDownloads)
     * and nothing rewrote since: the operator's software for every reader (a direct run, an interpreter, source).
     */
    private readonly verifiedFetched = new Map<string, string>();
    /**
     * Round 75: links the script made (ln, ln -s, cp -s/-l), by the link's path: the file it is (a symbolic link's
     * target, a hard link's source), undefined when the pack cannot know it. Writes through them are judged there
     * (linkTargets).
     */
    private readonly links = new Map<string, string | undefined>();
    /** Round 76 node3: the links whose text is relative (symlink(7): read from the link's directory), for carryLinks. */
    private readonly relativeLinks = new Set<string>();
    /** Round 75: how deep file/writtenUnknown follow links now (a cycle of links ends, as ELOOP does). */
    private linkDepth = 0;
    /** Round 76: the paths throughLinks is following now (a write reaching a link's target must not come back). */
    private readonly linkVisiting = new Set<string>();
    /**
     * Round 78: paths the script made world-writable (chmod o+w/a+w/777/1777, mkdir/install -m 1777), true when
     * recursively (-R): like /tmp (podSpec.ts WORLD_WRITABLE), any local user may then put files there or rewrite the
     * file (RootReads.planted).
     */
    private readonly opened = new Map<string, boolean>();
    /**
     * Round 80: opened directories without the sticky bit ("mode"), or given to a non-root owner ("owner"): any user
     * who may write one may rename(2) or unlink(2) root's files in it, so none below it is the script's own (planted).
     */
    private readonly unsticky = new Map<string, "mode" | "owner">();
    /** Round 80: the umask set (umask MODE) keeps others' write bit: a mkdir with no -m makes a world-writable dir. */
    private umaskOpen = false;
    /** Round 80: bind mounts the script made (mount --bind SOURCE TARGET), by TARGET: its files are SOURCE's (planted). */
    private readonly bound = new Map<string, string>();
    /** Round 88 (fix): loop devices losetup attached (loopAttachment), by device: the backing file (RootReads.losetup). */
    private readonly loopDevices = new Map<string, string>();
    /** Round 88 (fix): files `losetup -f` attached to a loop device the pack cannot name (the first unused one). */
    private readonly loopFound = new Set<string>();
    /**
     * Round 80: files written in a world-writable directory by a write whose failure would not end the script (no
     * errexit, or in an && / || list): the file may be another user's (planted).
     */
    private readonly unsureWrites = new Set<string>();
    /**
     * Round 80: what mktemp made (mktemp(1): a file "with u+rw permission", a directory with -d "with u+rwx"; the
     * random name is new, O_EXCL): root's alone, so no other user put a file there or below it (RootReads.planted),
     * unless the script opens it to others itself.
     */
    private readonly privateTemps = new Set<string>();
    /** Round 80: whether a write of the command read now may fail with the script going on (unsureWrites). */
    private writeMayFail = false;
    /** Directories (or globs) a copy, an unpacker or an unread program may have written files into (overwrites). */
    private readonly unknownTrees = new Set<string>();
    /**
     * Round 81: a brace group of echo/printf commands whose output its close redirects (groupOfPrints): what they
     * print, in order, so the file holds known text (round 32's `{ echo ...; } > /etc/sysctl.d/90-x.conf`).
     */
    private groupPrints: { close: SimpleCommand; text: string[] } | undefined;
    /** Round 80: directories the script made (mkdir, install -d): a cd into one does not fail for want of it. */
    private readonly madeDirs = new Set<string>();
    /**
     * Round 87: directories a making that fails on an existing name made (exclusiveMakings: mkdir without -p, the script
     * stopping if it fails): no other user's directory of that name was there (RootReads.reusedFixedName).
     */
    private readonly exclusiveDirs = new Set<string>();
    /** Round 80: the command being read stands alone (standsAlone): a cd there may fail and leave the shell where it is. */
    private alone = false;
    /** Round 86: a word of the command being read held a default expansion the environment decides (withDefaults). */
    private defaultsMet = false;
    /**
     * Round 80: files (and trees: `tree`) a copy, move, install or extraction filled from a planted file
     * (RootReads.planted: a world-writable directory's file the script did not write), by destination: the planted
     * file it carries.
     */
    private readonly plantedCopies = new Map<string, { path: string; root: string; tree: boolean }>();
    /** Round 86: work trees fetched without verifying their server (unverifiedCheckout), with how. */
    private readonly unverifiedTrees = new Map<string, string>();
    /**
     * Round 88: the script being read is user data's own, read in the order it runs (file() of a script, no context):
     * only there does a check that stops the script vouch for what later commands run (pinnedChecks).
     */
    private sequentialReading = false;
    /**
     * Round 88: the command being read surely runs when the script reaches it, and its failure ends the script: user
     * data's own script at its top level (sequentialReading), under errexit, no && / || list, if/case/loop, subshell or
     * background job around it, its pipeline's last command in one known directory (bash manual "The Set Builtin": -e
     * exits when "a pipeline (which may consist of a single simple command) ... returns a non-zero status", except in
     * a condition, an && / || list but its last element, or after `!`).
     */
    private surely = false;
    /**
     * Round 88: something other than text the script wrote may have put a key into root's default gpg keyring
     * (gpgKeyringOpened): how, or undefined while every key there is one the script wrote (AL2023's root has none).
     */
    private gpgKeyringOpened: string | undefined;
    /** Round 86: the command that turned git's http.sslVerify off for later fetches (gitConfigTlsOff). */
    private gitTlsOff: string | undefined;
    /** Round 87 (fix): git settings persisted for every later git (gitPersistedSetting), by key: `KEY=VALUE` and how. */
    private readonly gitPersisted = new Map<string, { setting: string; form: string }>();
    /** Round 88 (fix): each repository's remotes the script named (clone's origin, `git remote add`), by work tree. */
    private readonly gitRemotes = new Map<string, Map<string, string>>();
    /**
     * Files the script wrote that a later command may have rewritten since (overwrites): `written` keeps the text the
     * script wrote for the node judge (which refuses what a relay script, a configuration or a package.json says),
     * but readers of a file's text now (current: xargs's items, standard input, `set -- $(cat ...)`, a copy) fail
     * closed on them.
     */
    private readonly rewritten = new Set<string>();
    /** Users the script made with uid 0 (useradd -o -u 0): root under another name. */
    private readonly uidZero = new Set<string>();
    /**
     * Round 77: the homes usermod -d/--home gave accounts (usermod(8): "-d, --home HOME_DIR: The user's new login
     * directory"), for `~user` (bash(1) "Tilde Expansion": the login directory of the user); undefined when the pack
     * cannot know the new home.
     */
    private readonly movedHomes = new Map<string, string | undefined>();
    /** Round 77: an account's home: the one usermod gave it, else the node's (accounts.homes). */
    private home(user: string): string | undefined {
        return this.movedHomes.has(user)
            ? (this.movedHomes.get(user) ?? `${UNKNOWN_HOME}(${user})`)
            : this.accounts.homes.get(user);
    }
    /** Programs the script gave file capabilities beyond binding low ports (setcap): root's power whoever runs them. */
    private readonly capable = new Set<string>();
    /** Containers the script started by name (`--name`): their binds, for `exec` and `cp` into or out of them. */
    private readonly containers = new Map<string, readonly { source: string; target: string }[]>();
    /**
     * Round 71: whether each container the script started by name reaches the node (privileged, host PID/network,
     * node binds, options the pack cannot read: nodeReach/onHostNetwork of its run), by engine (containerKey).
     */
    private readonly containerReach = new Map<string, boolean>();
    /** Volumes the script made that mount a node path (`docker volume create -o o=bind`, a disk), by name. */
    private readonly namedVolumes = new Map<string, string>();
    /** Where each filesystem (a device, LABEL=, UUID=, an NFS export) is mounted, for filesystemsShared. */
    private readonly filesystems = new Map<string, { at: string; how: string }[]>();
    /** Round 75: the augtool command being read has only commands augtoolSets reads (its lines judged, not unknown). */
    private augtoolRead = false;
    /** Round 75: files whose recorded text (`written`) is only what was appended last (`>>`, `tee -a`): not the whole. */
    private readonly appendedTo = new Set<string>();
    private readonly appendedAfterWrite = new Set<string>();

    constructor(
        private readonly where: string,
        private readonly judge?: NodeJudge,
        private readonly accounts: NodeAccounts = DEFAULT_ACCOUNTS,
    ) {}

    /** Whether a user is root in effect: root or uid 0 (also under another name), or passwordless sudo. */
    private rootEquivalent(user: string): boolean {
        return /^(root|0)$/.test(user) || this.accounts.sudoers.has(user) || this.uidZero.has(user);
    }

    /**
     * A command `run` (its program first) run in `cwd` (undefined: a directory the reader cannot know) may rewrite
     * files. A copier's, archiver's, unpacker's or downloader's destinations (copiedDestinations: cp/mv/install/ln/
     * rsync, tar/unzip/cpio extraction into their directory: GNU tar "Overwrite Control", existing files are replaced
     * by default; `ln -sf` removes the destination, ln(1); curl -o, wget) and the archive it creates hold another
     * file's text: unknown from then on, to the node judge too. Any other command not known to leave the files it
     * names as they were (keepsContent) may rewrite what KNOWN_WRITERS says it writes (sort's -o file), else every
     * path it names and everything below it, and a program or script the reader does not read (none of those, not an
     * OPTION_READERS tool, not keepsWorkingDirectory) may write anywhere: those files are `rewritten`, their written
     * text kept for the node judge but not for the readers of their text now (current). Redirections, tee, dd of= and
     * sed -i are written where they are read (command, optionReads); a shell's `-c` line and a function's body command
     * by command.
     */
    private overwrites(
        run: readonly string[],
        cwd: string | undefined,
        how = "a command the pack does not read",
        stdin?: StandardInput,
        prefix: readonly string[] = [],
    ) {
        const words = copierWords(run);
        const name = posix.basename(words[0] ?? "");
        // Round 86: a launcher's command line (shell.ts launchedCommand: su -c, script -c, watch, sg, ip netns exec) is
        // judged as a script of its own, command by command (as a shell's -c line): its words are no files the
        // launcher writes (`su -c /tmp/x root` leaves /tmp/x whoever's it was: planted).
        const launched = launchedCommand(words)?.line;
        const lineWords = launched === undefined ? [] : [launched, ...simpleCommands(launched).flatMap(c => c.words)];
        // Round 86: and a bind mount's source is read, not written: a planted source stays planted. Round 86 (fix): so
        // are every mount's source, image and overlay layers (mountReadWords); round 88 (fix): every mounting
        // program's (mount.TYPE, systemd-mount) and losetup's (mountingReadWords).
        const mountReads = mountingReadWords(name, words.slice(1));
        const operands = words.slice(1).filter(w => !lineWords.includes(w) && !mountReads.includes(w));
        if (keepsContent(words, stdin?.text) || (SHELLS.test(name) && operands.includes("-c"))) return;
        const dir = cwd ?? "/";
        const copies =
            Object.hasOwn(COPIERS, name) ||
            unpackedDestinations(name, operands, dir) !== undefined ||
            installedTrees(name, operands, dir).length > 0;
        const files: string[] = [];
        const trees = cwd === undefined ? ["/"] : [];
        let unreadTree = 0;
        if (copies) {
            const written = copiedDestinations(run, dir);
            files.push(...written.files);
            // Round 74: a copier's other commands that write no file it models (git config --file FILE: git-config(1)
            // "--file config-file: Use the given config file") are editors the pack does not read (unknownEditor).
            // Round 75: patch and git apply/am write the files their patch names (commandTexts), whatever tree they
            // are given.
            if ((written.files.length === 0 && written.trees.length === 0) || patches(name, operands))
                this.unknownEditor(name, operands, cwd, how, stdin, prefix);
            // A directory the script wrote files in exists: a recursive copy into it writes only its sources' names
            // there.
            const known = [...this.written.keys(), ...this.unknown];
            const into = written.intoDirectory;
            const exists = into !== undefined && known.some(p => p.startsWith(`${into.at}/`));
            if (cwd !== undefined) trees.push(...(exists ? into.trees : written.trees));
            const copy = Object.hasOwn(COPIERS, name) ? copierOperands(name, operands, dir) : undefined;
            if (copy?.creates && copy.destination !== undefined) trees.push(treeAt(dir, copy.destination));
        } else {
            const known = Object.hasOwn(KNOWN_WRITERS, name) ? KNOWN_WRITERS[name](operands) : undefined;
            trees.push(
                ...(known ?? operands).flatMap(w => (/\$|SUBSTITUTED/.test(w) ? ["/"] : wordPaths(w, dir, true))),
            );
            if (known === undefined && !Object.hasOwn(OPTION_READERS, name) && !keepsWorkingDirectory(run)) {
                trees.push("/");
                unreadTree = 1;
            }
            if (known === undefined && !Object.hasOwn(OPTION_READERS, name))
                this.unknownEditor(name, operands, cwd, how, stdin, prefix);
        }
        // A glob names whatever matches it: every path beginning with its literal part (bash(1), "Pathname Expansion").
        const covers = (p: string, path: string, tree: boolean) =>
            /[*?[]/.test(p)
                ? path.startsWith(p.replace(/[*?[].*$/, ""))
                : path === p || (tree && (p === "/" || path.startsWith(`${p}/`)));
        // Recorded for readers of a directory's files (supervisord's [include]): a copy's or unpacker's destinations,
        // and the paths another program names (not the whole tree of an unread program, as for the files it rewrites).
        // Round 82: a program whose operands are patterns, values or settings (OPTION_READERS: sed's script, grep's
        // pattern) fills no tree its words name: `sed -i 's|x|exec /var/tmp/a.sh|' F` leaves /var/tmp/a.sh whoever's it
        // was (planted), though the texts it may rewrite are still lost below.
        const fills = Object.hasOwn(OPTION_READERS, name)
            ? trees.filter(t => t === "/")
            : trees.slice(0, trees.length - unreadTree);
        for (const tree of [...fills, ...files]) this.unknownTrees.add(tree);
        for (const path of [...this.written.keys()])
            if (files.some(p => covers(p, path, false)) || trees.some(p => covers(p, path, true)))
                if (copies) {
                    this.written.delete(path);
                    this.rewritten.delete(path);
                    this.unknown.add(path);
                } else this.rewritten.add(path);
    }

    /**
     * Round 74: a program the pack does not read that names a file whose content the node judge judges (a systemd
     * manager's configuration, a unit, a shell's startup file, PAM, sshd's configuration ...: judge.written with
     * unknown content refuses it) may write it: openstack-config(1) `--set FILE SECTION PARAM VALUE` (a crudini
     * wrapper), git-config(1) `--file FILE NAME VALUE` ("Use the given config file"), augtool(1) `-s set
     * /files/FILE/NODE VALUE` (Augeas "the tree under /files" is the file system, -s "Automatically save"), any other
     * editor: the file's content is then unknown (writtenUnknown, fail closed). An Augeas path names every prefix of
     * itself (where the file ends is the lens's). Programs known to read such a file without writing it are exempt
     * (UNKNOWN_EDITOR_EXEMPT); shells and interpreters running a file are read where they run it.
     * Round 75: an editor's commands it reads from elsewhere than its words (commandTexts: a command reader's standard
     * input, augtool -f, a patch) are read for paths as its words are; commands the pack cannot read may name any file
     * (anyJudgedFile, fail closed).
     */
    private unknownEditor(
        name: string,
        operands: readonly string[],
        cwd: string | undefined,
        how: string,
        stdin?: StandardInput,
        prefix: readonly string[] = [],
    ) {
        if (this.judge === undefined || UNKNOWN_EDITOR_EXEMPT.test(name) || INTERPRETERS.test(name)) return;
        // Round 75: an augtool whose every command the pack reads is judged by its lines (augtoolSets, command).
        // Round 75: an ed whose script the pack computes likewise (edSubstitutions, judged as an edit of its file).
        if ((name === "augtool" || /^r?ed$/.test(name)) && this.augtoolRead) return;
        // Round 75: a literal unified diff the pack reads whole is judged as an edit of the files it patches, adding
        // its lines (literalPatch), as a sed -i edit is; what those files held before is no longer known.
        const patchText = (() => {
            if (name !== "patch" && name !== "git") return undefined;
            const plain = operands.map(w => w.replace(/\0/g, ""));
            const input = plain.findIndex(w => w === "-i" || /^(-i|--input=)./.test(w));
            if (input >= 0) return undefined;
            return stdin?.text;
        })();
        const patched = literalPatch(name, operands, cwd, patchText);
        if (patched !== undefined) {
            for (const path of patched.paths) {
                if (this.written.has(path)) this.rewritten.add(path);
                this.file(patched.adds.join("\n"), path, undefined, how, true);
            }
            return;
        }
        const paths = new Set<string>();
        if (AWKS.test(name)) return this.awkEditor(name, operands, cwd, how, stdin, prefix);
        const commands = this.commandTexts(name, operands, cwd, stdin);
        if (commands === undefined)
            return this.anyJudgedFile(
                how,
                `${name} reads its commands or its patch from text the pack cannot read (a download, a program's output, an unset directory), so it may write any file the node judges`,
            );
        if (commands.shellEscape)
            return this.anyJudgedFile(how, `${name}'s commands run a shell command (\`!\`) the pack does not read`);
        // Round 75: the directories the program resolves its relative words against. git(1) "-C <path>: Run as if git
        // was started in <path> ... each subsequent non-absolute -C <path> is interpreted relative to the preceding
        // -C <path>"; make(1) "-C dir: Change to directory dir"; env(1) --chdir alike (--directory is not taken:
        // `python -m http.server --directory` names what it serves); git's --work-tree/--git-dir name directories its
        // relative names may be taken from: each is a base too (judging a word against more bases only judges more
        // files). A directory the pack cannot know is no base: a relative
        // file name (a `.` or `/` in it) then names a file the pack cannot place (fail closed, below).
        const bases: (string | undefined)[] = [cwd];
        let at = cwd;
        let unknownBase = cwd === undefined;
        const base = (from: string | undefined, dir: string) =>
            /\$|SUBSTITUTED/.test(dir) || dir.includes(UNKNOWN_WORDS)
                ? undefined
                : dir.startsWith("/")
                  ? posix.resolve(dir)
                  : from && posix.resolve(from, dir);
        for (const [i, raw] of operands.entries()) {
            const w = raw.replace(/\0/g, "");
            const chdir = /^(?:-C|--chdir)(?:=?)(.*)$/.exec(w);
            const other = /^--(?:work-tree|git-dir)(?:=(.*))?$/.exec(w);
            const value = chdir
                ? chdir[1] !== ""
                    ? chdir[1]
                    : operands[i + 1]?.replace(/\0/g, "")
                : other
                  ? (other[1] ?? operands[i + 1]?.replace(/\0/g, ""))
                  : undefined;
            if (value === undefined || value === "") continue;
            const dir = base(at, value);
            if (dir === undefined) unknownBase = true;
            if (chdir) at = dir;
            bases.push(dir);
        }
        // Words naming files: operands, the value of a `--name=`/`-x=` option, the rest of a stuck short option
        // (gitcli(7): "the stuck form (-oArg)", so `-f/etc/x` is `-f /etc/x`; getopt(3) alike) and the values of the
        // command's NAME=VALUE prefix assignments (git-config(1) ENVIRONMENT "GIT_CONFIG_SYSTEM: Take system-wide
        // configuration from this file"; bash(1) "SIMPLE COMMAND EXPANSION": they are the program's environment), a
        // `:` list split (PATH-style).
        // Round 88 (fix): git-config(1) "git config [<file-option>] name value": `--global`/`--system`/`--local` set
        // NAME to VALUE in git's own configuration file; only "-f <config-file>, --file <config-file>: Use the given
        // config file" names a file (gitPersistedSetting then answers undefined, and every word is read below), as
        // GIT_CONFIG_GLOBAL/GIT_CONFIG_SYSTEM in its environment do (the prefix, below). NAME and VALUE are a setting,
        // judged as the program or file it names wherever git reads it (persistedGitNamed: round 87's -c table).
        const gitSetting = name === "git" && gitPersistedSetting(operands) !== undefined;
        const fileOperands = clientReadOnlyDropped(
            name,
            gitSetting ? operands.slice(0, operands.indexOf("config")) : operands,
        );
        const named: string[] = [];
        for (const raw of fileOperands) {
            const w = raw.replace(/\0/g, "");
            const option = /^--?[A-Za-z][\w-]*=(.*)$/.exec(w);
            const stuck = /^-[A-Za-z](.+)$/.exec(w);
            if (option) named.push(option[1]);
            else if (stuck && !w.startsWith("--")) named.push(stuck[1]);
            else named.push(w);
        }
        // A value naming a directory (`HOME=/root go build`, TMPDIR=/tmp) names no file the program writes whole:
        // the file system hierarchy's standard directories and directories the script wrote files under.
        const known = [...this.written.keys(), ...this.unknown];
        const directory = (v: string) => {
            if (!v.startsWith("/")) return false;
            const dir = posix.resolve(v);
            return v.endsWith("/") || STANDARD_DIRECTORIES.has(dir) || known.some(p => p.startsWith(`${dir}/`));
        };
        for (const raw of prefix) {
            const w = raw.replace(/\0/g, "");
            if (isAssignment(w))
                named.push(
                    ...w
                        .slice(w.indexOf("=") + 1)
                        .split(":")
                        .filter(v => !directory(v)),
                );
        }
        // Round 75: absolute paths inside an operand (vim's `+'w! /etc/x'`) and the words of the commands it reads
        // elsewhere (commandTexts) are named too; a patch's names are already resolved (patchPaths).
        named.push(...embeddedAbsolutePaths(fileOperands).map(w => w.replace(/\0/g, "")), ...commands.words);
        const patchPaths = new Set(commands.paths);
        const keeps = keepsWorkingDirectory([name, ...operands]);
        for (const w of named) {
            if (w === "" || w.startsWith("-") || /\$|SUBSTITUTED/.test(w) || w.includes(UNKNOWN_WORDS)) continue;
            if (patchPaths.has(w)) paths.add(w);
            else if (w.startsWith("/files/")) {
                const parts = w.slice("/files".length).split("/").filter(Boolean);
                parts.forEach((_, i) => paths.add(`/${parts.slice(0, i + 1).join("/")}`));
            } else if (w.startsWith("/")) paths.add(posix.resolve(w));
            else if (!REMOTE.test(w) && /^[A-Za-z0-9._~+@][^\s=:|,;'"`$]*$/.test(w)) {
                // Round 75: a relative word names a file of each base (`cd /etc; sponge -a environment` writes
                // /etc/environment, moreutils sponge(1)), a bare word too: the judge decides whether it is a judged
                // file (a subcommand such as `crictl rmi` names none). Under a base the pack cannot know, a word that
                // looks like a file name (a `.` or `/` in it) may be any judged file: fail closed.
                // Programs that write nothing relative to their working directory (keepsWorkingDirectory: dnf,
                // systemctl, useradd ...) name no file of it by a bare word (`dnf makecache` in a cron job's /root).
                // At `/` a bare word names a top-level directory, not a file an editor rewrites (`passwd -l root`,
                // `tc qdisc ... root fq`); a number is a value (a port, a count), not a file name.
                const bare = !/[/.]/.test(w);
                if (!bare || (!keeps && !/^\d+$/.test(w)))
                    for (const b of bases) if (b !== undefined && !(bare && b === "/")) paths.add(posix.resolve(b, w));
                if (unknownBase && /[/.]/.test(w))
                    this.out.push({
                        who: "whoever controls the directory it runs in",
                        what: `${this.where} runs as root ${name}, a program the pack does not read, on ${w} relative to a directory the pack cannot know (${how}): it may be any file root's programs read as configuration; name the file by its absolute path`,
                    });
            }
        }
        this.judgeNamed(name, paths, how);
    }

    /**
     * Round 75: awk is an editor of the files its program prints to (awkProgramWrites): POSIX awk "Output
     * Statements": `print > expression` "shall write to the file named by expression" (`>>` appends), `print |
     * expression` and system() run a command, and -f/--file, -E/--exec programs (GNU awk manual "Command-Line
     * Options") are read where the script wrote them (a name without `/` searched in AWKPATH, then with `.awk`: "If
     * the file name ... does not contain a slash, gawk searches AWKPATH", prefix assignments and the default
     * `.:/usr/share/awk`), else unread: fail closed. Its operands are input files (read, not written); gawk's -o/-p/-d
     * write the pretty-print, profile and variable dump files they name (awkprof.out, awkvars.out by default). -i/-l
     * libraries are judged as code loaders (userData.ts), `-i inplace` by the in-place reader.
     */
    private awkEditor(
        name: string,
        operands: readonly string[],
        cwd: string | undefined,
        how: string,
        stdin: StandardInput | undefined,
        prefix: readonly string[],
    ) {
        if (this.judge === undefined) return;
        const words = operands.map(w => w.replace(/\0/g, ""));
        const awkPath = prefix
            .map(w => w.replace(/\0/g, ""))
            .filter(w => w.startsWith("AWKPATH="))
            .pop()
            ?.slice(8)
            .split(":") ?? [".", "/usr/share/awk"];
        const programText = (f: string): string | undefined => {
            // Standard input by any of its names (`-`, /dev/stdin, /dev/fd/0, /proc/self/fd/0): a literal here-document.
            if (/^(-|\/dev\/stdin|\/dev\/fd\/0|\/proc\/self\/fd\/0)$/.test(f)) return stdin?.text;
            if (/\$|SUBSTITUTED/.test(f) || f.includes(UNKNOWN_WORDS)) return undefined;
            const candidates = f.includes("/")
                ? [f]
                : awkPath.flatMap(d => [posix.join(d || ".", f), posix.join(d || ".", `${f}.awk`)]);
            for (const c of candidates) {
                if (!c.startsWith("/") && cwd === undefined) return undefined;
                const path = posix.resolve(cwd ?? "/", c);
                const text = this.current(path);
                if (text !== undefined) return text;
                if (this.unknownNow(path) || this.inUnknownTree(path)) return undefined;
            }
            return undefined;
        };
        const libraryUnknown = (f: string) =>
            /\$|SUBSTITUTED/.test(f) ||
            f.includes(UNKNOWN_WORDS) ||
            (f.includes("/")
                ? [f]
                : awkPath.flatMap(d => [posix.join(d || ".", f), posix.join(d || ".", `${f}.awk`)])
            ).some(
                c =>
                    (!c.startsWith("/") && cwd === undefined) ||
                    this.unknownNow(posix.resolve(cwd ?? "/", c)) ||
                    this.inUnknownTree(posix.resolve(cwd ?? "/", c)),
            );
        const programs: (string | undefined)[] = [];
        const targets: string[] = [];
        const libraries: string[] = [];
        let sourced = false;
        for (let i = 0; i < words.length; i++) {
            const w = words[i];
            const long = /^--([\w-]+)(?:=(.*))?$/.exec(w);
            const key = long ? long[1] : undefined;
            const value = () => (long ? (long[2] ?? words[++i] ?? "") : w.length > 2 ? w.slice(2) : (words[++i] ?? ""));
            if (w === "--") {
                i++;
                break;
            }
            if (key !== undefined && /^(file|exec)$/.test(key)) programs.push(programText(value()));
            else if (key === "source") {
                programs.push(value());
                sourced = true;
            } else if (key === "include") libraries.push(value());
            else if (key !== undefined && /^(assign|field-separator|load)$/.test(key)) value();
            else if (key !== undefined && /^(pretty-print|profile|dump-variables)$/.test(key))
                targets.push(long![2] ?? (key === "dump-variables" ? "awkvars.out" : "awkprof.out"));
            else if (key !== undefined) continue;
            else if (/^-[fE]/.test(w)) programs.push(programText(value()));
            else if (/^-e/.test(w)) {
                programs.push(value());
                sourced = true;
            } else if (/^-i/.test(w)) libraries.push(value());
            else if (/^-[vFl]/.test(w)) value();
            else if (/^-[opd]/.test(w))
                targets.push(w.length > 2 ? w.slice(2) : w[1] === "d" ? "awkvars.out" : "awkprof.out");
            else if (/^-./.test(w)) continue;
            else {
                // The first operand is the program when no -f/-e gave one ("awk [-F sepstring] [-v assignment]...
                // program [argument...]").
                if (programs.length === 0 && !sourced) programs.push(w);
                break;
            }
        }
        // A library (-i/--include, @include) user data wrote is read as a program; one it did not touch is the image's
        // (judged as a code loader, userData.ts); the inplace extension is the in-place reader's.
        const seen = new Set<string>();
        const library = (lib: string) => {
            if (seen.has(lib) || /^inplace(\.awk)?$/.test(lib)) return;
            seen.add(lib);
            const text = programText(lib);
            if (text !== undefined) programs.push(text);
            else if (libraryUnknown(lib)) programs.push(undefined);
        };
        libraries.forEach(library);
        for (let k = 0; k < programs.length; k++) {
            const program = programs[k];
            const read = program === undefined ? undefined : awkProgramWrites(program);
            read?.includes.forEach(library);
            if (read === undefined)
                return this.anyJudgedFile(
                    how,
                    `${name} runs an awk program the pack cannot read (a download, a program's output, a computed output file)`,
                );
            if (read.runs)
                return this.anyJudgedFile(
                    how,
                    `${name}'s program runs a command (\`print | cmd\`, \`cmd | getline\`, system()) the pack does not read`,
                );
            targets.push(...read.files);
        }
        const paths = new Set<string>();
        for (const t of targets) {
            if (t.startsWith("/")) paths.add(posix.resolve(t));
            else if (cwd !== undefined) paths.add(posix.resolve(cwd, t));
            else return this.anyJudgedFile(how, `${name} writes ${t}, relative to a directory the pack cannot know`);
        }
        this.judgeNamed(name, paths, how);
    }

    /** The files an editor the pack does not read names (unknownEditor): each judged as written with unknown text. */
    private judgeNamed(name: string, paths: Set<string>, how: string) {
        if (this.judge === undefined) return;
        // A link the script made names the file it is (throughLinks).
        for (const path of [...paths]) this.throughLinks(path, how, target => paths.add(target));
        for (const path of paths) {
            const openings = this.judge.written(
                path,
                undefined,
                `${how}: ${name}, a program the pack does not read, names it`,
                false,
                false,
            );
            if (openings.length === 0) continue;
            this.written.delete(path);
            this.rewritten.delete(path);
            this.unknown.add(path);
            this.out.push(...openings);
        }
    }

    /**
     * Round 75: what an unknown editor reads as commands besides its words, for unknownEditor: `words` to read as its
     * operands (Augeas paths relative to /files made absolute), `paths` the files a patch names (each already resolved),
     * `shellEscape` when its commands run a shell; undefined when the pack cannot read them. Command readers:
     * augtool(1) "If no COMMAND is given, commands are read from standard input" (and `-f, --file FILE`), ex(1)/vi/vim
     * (ex mode reads its commands from standard input, vim(1) -e/-s), ed(1) ("ed reads commands from standard input");
     * their `!`, `r !`, `w !` run shell commands (ed(1) "!command", ex(1)). patch(1): "patch takes a patch file patchfile
     * containing a difference listing ... and applies those differences to one or more original files" named in the
     * patch (`---`/`+++`/`***`/Index:/diff --git headers, stripped by -p from the -d directory), read from -i FILE, the
     * second operand or standard input; git-apply(1) and git-am(1) alike (their operands are the patch files,
     * --directory=ROOT prepended). A name of any strip level is taken (the level decides which: fail closed). A patch
     * whose text is unknown may name any file; a directory unknown, any file alike.
     */
    private commandTexts(
        name: string,
        operands: readonly string[],
        cwd: string | undefined,
        stdin: StandardInput | undefined,
    ): { words: string[]; paths: string[]; shellEscape: boolean } | undefined {
        const plain = operands.map(w => w.replace(/\0/g, ""));
        const fileText = (f: string) =>
            f === "-"
                ? stdin?.text
                : cwd === undefined || /\$|SUBSTITUTED/.test(f) || f.includes(UNKNOWN_WORDS)
                  ? undefined
                  : this.current(posix.resolve(cwd, f));
        const none = { words: [], paths: [], shellEscape: false };
        const augtool = name === "augtool";
        const exLike = /^(ex|vi|vim|nvim|view|vim\.tiny|vim\.basic|ed|red)$/.test(name);
        if (augtool || exLike) {
            const texts: (string | undefined)[] = [];
            if (stdin !== undefined) texts.push(stdin.text);
            if (exLike && !/^r?ed$/.test(name)) texts.push(...vimCommandTexts(plain, fileText, name === "ex"));
            if (augtool)
                plain.forEach((w, i) => {
                    if (w === "-f" || w === "--file") texts.push(fileText(plain[i + 1] ?? ""));
                    else if (/^--file=/.test(w)) texts.push(fileText(w.slice(7)));
                    else if (/^-f./.test(w)) texts.push(fileText(w.slice(2)));
                });
            if (texts.some(t => t === undefined)) return undefined;
            const text = texts.join("\n");
            // Augeas' context (/augeas/context, default /files) resolves relative paths: one the text moves is unknown.
            if (augtool && /\/augeas\/context/.test(text)) return undefined;
            const words = text
                .split(/[\s"']+/)
                .filter(Boolean)
                .map(w => (augtool && !w.startsWith("/") && w.includes("/") ? `/files/${w}` : w));
            // Absolute paths glued to an ex command (`:e/etc/environment`, `w>>/etc/environment`).
            words.push(...(text.match(/\/[^\s"'`;|&<>]+/g) ?? []));
            // A forced write or quit (`w!`, `wq!`, `q!`, `x!`, `e!`) is no shell command.
            const unforced = (l: string) =>
                l.replace(/(^|[\s:|])(wq?a?|wall|write|q|qa|qall|quit|x|xa|xit|e|edit)!/g, "$1$2");
            const shellEscape =
                exLike && text.split("\n").some(l => /^[\s:]*[\d.,$%'a-z+-]*\s*!|\s!/.test(unforced(l)));
            return { words, paths: [], shellEscape };
        }
        if (!patches(name, operands) || (name === "patch" && plain.includes("--dry-run"))) return none;
        const gitApply = name === "git";
        // git apply --check/--stat/--numstat/--summary without --apply only reads (git-apply(1)).
        if (gitApply && plain.some(w => /^--(check|stat|numstat|summary)$/.test(w)) && !plain.includes("--apply"))
            return none;
        let dir = cwd;
        const patchFiles: string[] = [];
        const positional: string[] = [];
        const git = gitApply ? gitCommand(plain) : undefined;
        for (const d of git?.dirs ?? [])
            dir = dir === undefined || /\$|SUBSTITUTED/.test(d) ? undefined : posix.resolve(dir, d);
        for (let i = git === undefined ? 0 : git.at; i < plain.length; i++) {
            const w = plain[i];
            if (gitApply) {
                if (/^--directory=/.test(w)) dir = dir === undefined ? undefined : posix.resolve(dir, w.slice(12));
                else if (w === "--directory")
                    dir = dir === undefined ? undefined : posix.resolve(dir, plain[++i] ?? "");
                else if (!w.startsWith("-")) positional.push(w);
            } else if (/^-[BDFgoprVYz]$/.test(w)) i++;
            else if (w === "-d") dir = dir === undefined ? undefined : posix.resolve(dir, plain[++i] ?? "");
            else if (/^--directory=/.test(w)) dir = dir === undefined ? undefined : posix.resolve(dir, w.slice(12));
            else if (/^-d./.test(w)) dir = dir === undefined ? undefined : posix.resolve(dir, w.slice(2));
            else if (w === "-i") patchFiles.push(plain[++i] ?? "");
            else if (/^--input=/.test(w)) patchFiles.push(w.slice(8));
            else if (/^-i./.test(w)) patchFiles.push(w.slice(2));
            else if (!w.startsWith("-")) positional.push(w);
        }
        if (gitApply) patchFiles.push(...positional.slice(1));
        // patch(1) `patch [options] [originalfile [patchfile]]`: with an original file it patches that file (an
        // operand, judged as one).
        else if (positional[0] !== undefined) return none;
        const texts = patchFiles.length > 0 ? patchFiles.map(fileText) : [stdin?.text];
        if (dir === undefined || /\$|SUBSTITUTED/.test(dir) || dir.includes(UNKNOWN_WORDS)) return undefined;
        // GNU patch refuses absolute and `..` names ("Ignoring potentially dangerous file name"): an unread patch
        // writes below its directory, which matters when a judged tree is there. Round 75: git-apply(1)
        // "--unsafe-paths: By default, a patch that affects outside the working area ... is rejected as a mistake (or
        // a mischief) ... the user can pass the --unsafe-paths option to override this safety check": an unread
        // patch then may write any file.
        if (texts.some(t => t === undefined))
            return gitApply && plain.includes("--unsafe-paths")
                ? undefined
                : JUDGED_TREES.some(
                        r => r === dir || r.startsWith(`${dir === "/" ? "" : dir}/`) || dir!.startsWith(`${r}/`),
                    )
                  ? undefined
                  : none;
        // Round 75: a name git quotes C-style (git-config(1) core.quotePath: "Double-quote the pathname ... and write
        // it out in octal"; apply.c reads it with unquote_c_style, GNU patch alike) is decoded; a quoted name the pack
        // cannot decode may be any file (undefined: fail closed).
        let undecodable = false;
        const unquote = (n: string) => {
            if (!n.startsWith('"')) return n;
            const decoded = unquoteC(n);
            if (decoded === undefined) undecodable = true;
            return decoded ?? "";
        };
        const names = texts.flatMap(t =>
            t!.split(/\r?\n/).flatMap(l => {
                const git = /^diff --git ("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*"|\S+)$/.exec(l);
                if (git) return [git[1], git[2]].map(unquote).map(n => n.replace(/^[ab]\//, ""));
                if (/^diff --git /.test(l)) {
                    undecodable = /["\\]/.test(l) || undecodable;
                    const plainGit = /^diff --git a\/(.+?) b\/(.+)$/.exec(l);
                    return plainGit ? [plainGit[1], plainGit[2]] : [];
                }
                const quoted = /^(?:---|\+\+\+|\*\*\*)\s+("(?:[^"\\]|\\.)*")/.exec(l);
                if (quoted) return [unquote(quoted[1])];
                if (/^(?:---|\+\+\+|\*\*\*)\s+"/.test(l)) undecodable = true;
                const header = /^(?:---|\+\+\+|\*\*\*)\s+([^\t]+)/.exec(l) ?? /^Index:\s+(\S+)/.exec(l);
                const renamed = /^(?:rename|copy) (?:from|to) (.+)$/.exec(l);
                return header ? [header[1].trim()] : renamed ? [unquote(renamed[1])] : [];
            }),
        );
        if (undecodable) return undefined;
        const paths = names
            .filter(n => n !== "/dev/null")
            .flatMap(n => {
                const parts = n.split("/").filter(Boolean);
                return [
                    ...(n.startsWith("/") ? [posix.resolve(n)] : []),
                    ...parts.map((_, i) => posix.resolve(dir!, parts.slice(i).join("/"))),
                ];
            });
        return { words: paths, paths, shellEscape: false };
    }

    /** Round 75: an editor whose commands the pack cannot read may write any file the node judges: refused. */
    private anyJudgedFile(how: string, why: string) {
        for (const path of [...this.written.keys()]) this.writtenUnknown(path, how);
        this.out.push({
            who: "whoever chooses the commands it reads",
            what: `${this.where} runs an editor as root whose commands the pack cannot read (${how}): ${why}, a shell's startup file, /etc/environment, /etc/ld.so.preload or sshd's configuration included; give it literal commands (a quoted here-document) naming the files it edits`,
        });
    }

    /** The text of a file the script wrote, as it is now: undefined when a command may have rewritten it since. */
    /**
     * Round 87: the variables a unit's EnvironmentFile= files of known text set, for its Exec lines' substitution
     * (systemd.exec(5) EnvironmentFile=: "Settings from these files override settings made with Environment=", later
     * files winning; systemd.service(5) "Command lines": `$FOO` and `${FOO}` come from them too). A file of text the
     * pack cannot know sets nothing here: its variables stay unexpanded words, which the readers fail closed on.
     */
    private unitEnvironmentFileVariables(service: readonly { key: string; value: string }[]): Map<string, string> {
        const vars = new Map<string, string>();
        for (const e of service.filter(x => x.key === "EnvironmentFile" && x.value.trim() !== "")) {
            const text = this.current(posix.resolve("/", e.value.trim().replace(/^-/, "")));
            for (const v of environmentFileVariables(text ?? "")) vars.set(v.name, v.value);
        }
        return vars;
    }

    private current(path: string): string | undefined {
        return this.rewritten.has(path) || this.appendedAfterWrite.has(path) ? undefined : this.written.get(path);
    }

    /**
     * Unit files systemctl links into the unit search path: systemctl(1) "link PATH...: Link a unit file that is not in
     * the unit file search paths into the unit file search path", and enable/reenable given "absolute paths to unit
     * files (in which case these files are read directly). If a specified unit file is located outside of the usual
     * unit file directories, an additional symlink is created". A file user data wrote is then a unit like one it wrote
     * under /etc/systemd/system (judged by finish); one it wrote in a way the pack cannot compute runs what the pack
     * cannot read. An image's own file is the image's.
     */
    private linkedUnits(operands: readonly string[], cwd: string, how: string) {
        const [verb, ...rest] = operands.filter(w => !w.startsWith("-"));
        if (!/^(link|enable|reenable)$/.test(verb ?? "")) return;
        for (const path of rest.filter(w => w.includes("/")).map(w => posix.resolve(cwd, w))) {
            const text = this.current(path);
            const name = posix.basename(path);
            // Round 80: a unit file from a world-writable directory is anyone's (planted), as a program run from it.
            const planted = this.planted([path]);
            if (this.unknownNow(path)) this.unreadableRun(`${how}: it links ${path}, a unit file user data made`);
            else if (planted) this.refusePlanted(planted, `${how}: systemctl links it as a unit file`);
            else if (text !== undefined && !UNIT_FILE.test(path))
                this.units.set(name, [...(this.units.get(name) ?? []), { path, text }]);
        }
    }

    /**
     * Round 80: whether a path is under a tree a copy or an unpacker filled strictly below directory `root`
     * (inUnknownTree without the trees at or above `root`, which name the directory, not files the script put in it).
     */
    private filledBelow(path: string, root: string): boolean {
        return [...this.unknownTrees].some(t => {
            const dir = /[*?[]/.test(t) ? t.replace(/[*?[].*$/, "").replace(/\/[^/]*$/, "") : t;
            return (
                dir.startsWith(`${root}/`) &&
                (/[*?[]/.test(t) ? path.startsWith(t.replace(/[*?[].*$/, "")) : path === t || path.startsWith(`${t}/`))
            );
        });
    }

    /** Round 80: whether the script made directory `dir`: with mkdir / install -d, or by writing or unpacking below it. */
    private scriptMade(dir: string | undefined): boolean {
        if (dir === undefined) return false;
        const below = (p: string) => p === dir || p.startsWith(`${dir === "/" ? "" : dir}/`);
        const files = [...this.madeDirs, ...this.written.keys(), ...this.unknown];
        return files.some(below) || this.inUnknownTree(dir);
    }

    /** Whether a path is under a directory a copy, an unpacker or a program naming it may have filled (overwrites). */
    private inUnknownTree(path: string): boolean {
        return [...this.unknownTrees].some(t =>
            /[*?[]/.test(t)
                ? path.startsWith(t.replace(/[*?[].*$/, ""))
                : t === "/" || path === t || path.startsWith(`${t}/`),
        );
    }

    /**
     * Round 82: the files a root program writes with text the reader does not read (NodeJudge.programWrites: a Python
     * program's data files) hold what it cannot know from then on: a later line that runs, sources, installs, copies
     * or links one (bash FILE, crontab FILE, systemctl link, cp into sysctl.d, a cron line) reads unknown content.
     */
    private programWritten(writes: readonly { path: string; tree: boolean }[]) {
        for (const { path, tree } of writes) {
            if (tree) this.unknownTrees.add(path);
            this.programMade.add(path);
            for (const p of this.verifiedFetched.keys())
                if (p === path || p.startsWith(`${path}/`)) this.verifiedFetched.delete(p);
            for (const p of tree ? [...this.written.keys()].filter(w => w.startsWith(`${path}/`)) : [path]) {
                this.written.delete(p);
                this.rewritten.delete(p);
                this.unknown.add(p);
            }
        }
    }

    /**
     * Round 86: the commands a root program ran itself (NodeJudge.programCommands: a Python program's literal argv and
     * os.system lines), each read as the same line in user data is, root's, in its directory (a fresh shell: Python
     * docs "subprocess" runs the argv, no shell function or unexported variable of the script), after what the program
     * wrote (programWritten): one command judgment for the shell and the programs it runs. A directory the pack cannot
     * know is read as one (cwdUnknown).
     */
    private programRuns(lines: readonly { line: string; cwd: string | undefined }[], ctx: Context, form: string) {
        // Round 88: a program's own umask (its `umask MODE` line: pythonCreationLines) is its own and its children's
        // (umask(2): "A child process created via fork(2) inherits its parent's umask"), not the shell's after it.
        const umaskOpen = this.umaskOpen;
        // Round 88: a file the program fetched over verified https (its download read as the shell's `curl -o PATH
        // https://...`: pythonDownloadLines) is the operator's download, as the shell's is (DECIDED round 69), not code
        // the program made (programMadeLoaded).
        for (const { line } of lines) {
            const fetched = /^curl -o (\/\S+) https:\/\/\S+$/.exec(line);
            if (fetched !== null) this.programMade.delete(fetched[1]);
        }
        for (const { line, cwd } of lines)
            this.script(
                line,
                {
                    ...ctx,
                    cwd: cwd ?? ctx.cwd,
                    cwdSet: true,
                    cwdUnknown: cwd === undefined,
                    cwds: undefined,
                    vars: new Map(ctx.vars),
                    functions: new Map(),
                    depth: ctx.depth + 1,
                },
                `${form} (its program runs ${line.split("\n", 1)[0]})`,
            );
        this.umaskOpen = umaskOpen;
    }

    /**
     * Round 82: `export $(xargs < FILE)`, `export $(cat FILE)`: an unquoted substitution's output is split into words
     * and each `NAME=value` word is an assignment (bash(1), "Word Splitting"; "export": "The supplied names are marked
     * for automatic export"), so output the reader cannot know (a file a root program wrote, a download) may set
     * LD_PRELOAD, PATH or any other loader or search-list variable for every later root command: fail closed. A file
     * whose text the script wrote expands to its own assignments, judged one by one above.
     */
    private unknownNamedAssignments(assigns: readonly string[], form: string) {
        const unknownWord = assigns.find(w => !w.startsWith("-") && !isAssignment(w) && SUBSTITUTED_MARK.test(w));
        if (unknownWord === undefined) return;
        this.out.push({
            who: "whoever writes what it reads",
            what: `${this.where} runs as root a command that exports variables named by output the pack cannot read (${form}): any of them may be LD_PRELOAD, LD_LIBRARY_PATH, PATH or another loader or search-list variable for every later root command; write the assignments into the user data itself`,
        });
    }

    /** Whether a file holds what the reader cannot know: written so, or rewritten since (overwrites). */
    private unknownNow(path: string): boolean {
        return this.unknown.has(path) || this.rewritten.has(path);
    }

    /**
     * The positional parameters `set [--] WORDS` gives (`raw` as shell.ts gives them, its quotes marked by NULs;
     * `expanded` the same words expanded): an unquoted word split at blanks and newlines (bash(1), "Word Splitting",
     * default IFS), a whole-word `$(cat FILE ...)` of files the script wrote (still known: overwrites) their text split
     * alike; undefined when a word holds what the reader cannot know (another output, a variable, an unquoted glob).
     */
    private setWords(raw: readonly string[], expanded: readonly string[], ctx: Context): string[] | undefined {
        const out: string[] = [];
        const split = (text: string) => ifsSplit(text, ctx.vars.get("IFS"));
        for (const [i, w] of raw.entries()) {
            if (i === 0 && w.replace(/\0/g, "") === "--") continue;
            const quoted = w.includes("\0");
            const cat = quoted
                ? null
                : /^(?:\$\(\s*(?:cat\s+|<\s*)([^()`$;|&<>\\]*)\)|`\s*cat\s+([^`$;|&<>\\]*)`)$/.exec(w);
            if (cat) {
                const texts = split(cat[1] ?? cat[2] ?? "").map(f =>
                    f.startsWith("-") || ctx.cwdUnknown ? undefined : this.current(resolveWord(ctx.cwd, f)),
                );
                if (texts.length === 0 || texts.some(t => t === undefined)) return undefined;
                out.push(...split(texts.join("")));
                continue;
            }
            const e = expanded[i] ?? "";
            if (/\$|SUBSTITUTED/.test(e) || e.includes(UNKNOWN_WORDS) || (!quoted && /[*?[]/.test(e))) return undefined;
            out.push(...(quoted ? [e] : split(e)));
        }
        return out;
    }

    /** A write whose content the reader cannot know (a program's output, a download, a copy of an unknown file). */
    private writtenUnknown(path: string, how: string, append = false, follow = true) {
        path = hostPath(path);
        this.plantedRuleServiceFile(path, how);
        if (this.unknownHome(path, how)) return;
        if (this.unknownDirectory(path, how)) return;
        this.unknownTarget(path, how, undefined, false, append);
        this.written.delete(path);
        this.rewritten.delete(path);
        this.unknown.add(path);
        // Round 88 (fix): any write but the fetch's own ends a verified download's provenance (verifiedFetched).
        if (this.verifiedFetched.get(path) !== how) this.verifiedFetched.delete(path);
        // Round 80: as a known write's (file): a write the script goes on from may have failed (unsureWrites).
        if (this.writeMayFail) this.unsureWrites.add(path);
        else this.unsureWrites.delete(path);
        this.out.push(...(this.judge?.written(path, undefined, how, false, append) ?? []));
        if (follow)
            this.throughLinks(path, how, target =>
                this.writtenUnknown(target, `${how} (through the link ${path})`, append),
            );
    }

    /**
     * Round 82: a firewall service's rule file (RULE_SERVICE_FILES) holding a planted file's text (a copy or a link of
     * it: RootReads.planted follows both) is loaded by root at every start, as ruleLoaderSources' planted files are.
     */
    private plantedRuleServiceFile(path: string, how: string) {
        if (!RULE_SERVICE_FILES.test(path)) return;
        const planted = this.planted([path]);
        if (planted) this.refusePlanted(planted, `${how}: a firewall service loads ${path} as its rules at start`);
    }

    /**
     * Round 75: a link the script made (ln -s TARGET LINK, ln SOURCE LINK, cp -s/-l) sends what is written to the link,
     * or below it when it is a directory's, to the file it is: path_resolution(7) "If the component is a symbolic link
     * ... the resolution continues at the target", open(2) follows it unless O_NOFOLLOW (bash redirections, tee,
     * sponge, cp onto an existing file use none), and a hard link is the same inode (link(2) "both the old and the new
     * link share the same inode"). The paths a write to `path` reaches through them, each handed to `write`; a link
     * whose target the pack cannot know: refused (fail closed). GNU sed -i and perl -i replace the file by a new one
     * instead, which this still judges at the target too (a stricter reading).
     */
    private throughLinks(path: string, how: string, write: (target: string) => void) {
        if (this.links.size === 0 || this.linkDepth > 8 || this.linkVisiting.has(path)) return;
        const targets = this.linkTargets(path);
        this.linkDepth++;
        this.linkVisiting.add(path);
        try {
            for (const target of targets)
                if (target === undefined)
                    this.out.push({
                        who: "whoever decides where the link points",
                        what: `${this.where} writes ${path} as root (${how}), a link the script made to a file the pack cannot know: the write lands there, which may be any file root's programs read as configuration; write the file by its own path`,
                    });
                else if (target !== path && !this.linkVisiting.has(target)) write(target);
        } finally {
            this.linkDepth--;
            this.linkVisiting.delete(path);
        }
    }

    /**
     * Round 75: the files a path is through the links the script made (one hop; throughLinks follows further).
     * Round 76: both ways: a file written at a link's target, or below the directory it names, is read under the
     * link's name too (path_resolution(7): a reader of LINK/x resolves it at TARGET/x), so root's .bashrc sourcing
     * /root/.bashrc.d/*.sh after `ln -sfn /opt/rc /root/.bashrc.d` reads what is written to /opt/rc/ops.sh, before or
     * after the link is made (linkedAt).
     */
    private linkTargets(path: string): (string | undefined)[] {
        const out: (string | undefined)[] = [];
        for (const [link, target] of this.links) {
            if (path === link) out.push(target);
            else if (path.startsWith(`${link}/`))
                out.push(target === undefined ? undefined : posix.join(target, path.slice(link.length)));
            if (target === undefined || target === "/" || this.insideItself(link, target)) continue;
            if (path === target) out.push(link);
            else if (path.startsWith(`${target}/`)) out.push(posix.join(link, path.slice(target.length)));
        }
        return out;
    }

    /**
     * Round 75: the links a link-making command makes (copiedFrom: ln's link and, into a directory, DIR/basename;
     * cp -s/--symbolic-link and -l/--link make links instead of copies, GNU coreutils "cp invocation"), recorded for
     * throughLinks. A target word the pack cannot know (`$X`, a command's output, a glob) makes an unknown link.
     * Round 76: each link is judged at once by what it names (linkedAt).
     */
    private recordLinks(
        name: string,
        operands: readonly string[],
        ctx: Context,
        given: readonly string[],
        how = `${name} makes a link`,
    ) {
        if (!ctx.cwdUnknown) this.carryLinks(name, operands, ctx, how);
        const links =
            name === "ln" ||
            (name === "cp" &&
                operands.some(w => /^--(symbolic-)?link$/.test(w) || /^-[A-Za-z]*[sl][A-Za-z]*$/.test(w)));
        if (!links || ctx.cwdUnknown) return;
        // A command substitution among its words was read as any words (unknownItems): read the links from the words
        // as written, each substitution one word the pack cannot know (a target there: unknown; a link there: none).
        const substituted = given.some(w => /\$\(|`/.test(w));
        const words = substituted
            ? given
                  .slice(programIndex(given) + 1)
                  .map(w => (/\$\(|`/.test(w) ? `$${SUBSTITUTED}` : w.replace(/\0/g, "")))
            : operands;
        // A symbolic link whose text is relative (a relative TARGET, or ln -r) names another file once copied or
        // moved elsewhere (carryLinks).
        const symbolicText =
            (name === "ln" && operands.some(w => w === "--symbolic" || /^-[A-Za-z]*s[A-Za-z]*$/.test(w))) ||
            (name === "cp" && operands.some(w => w === "--symbolic-link" || /^-[A-Za-z]*s[A-Za-z]*$/.test(w)));
        const relativeText =
            symbolicText &&
            (operands.some(w => w === "--relative" || (name === "ln" && /^-[A-Za-z]*r[A-Za-z]*$/.test(w))) ||
                (copierOperands(name, words, ctx.cwd)?.positional ?? []).some(p => !p.startsWith("/")));
        for (const [link, target] of copiedFrom([name, ...words], ctx.cwd)) {
            if (/[$*?[]|SUBSTITUTED/.test(link) || link.includes(UNKNOWN_WORDS)) continue;
            const unknown = /[$*?[]|SUBSTITUTED/.test(target) || target.includes(UNKNOWN_WORDS);
            if (relativeText) this.relativeLinks.add(link);
            else this.relativeLinks.delete(link);
            this.links.set(link, unknown ? undefined : target);
            this.linkedAt(link, unknown ? undefined : target, name === "ln", how);
        }
    }

    /**
     * Round 76 node3: a copy or move of a link the script made is that link at the destination: GNU coreutils "cp
     * invocation" -P/--no-dereference "copy symbolic links as symbolic links rather than copying the files that they
     * point to" (-d and -a/--archive include it; -R/-r without -L/-H: "When copying from a symbolic link, cp normally
     * follows the link only when not copying recursively"), mv(1) renames the directory entry (rename(2)), rsync(1)
     * -l/--links (-a includes it) "copy symlinks as symlinks". The destination (DEST, or DIR/basename with a
     * directory DEST: copiedFrom's readings) records the same target (a relative link text re-read from its new
     * directory, symlink(7)), judged at once (linkedAt) and by later writes to the target (linkTargets); links below a
     * copied directory move with it. install dereferences (it copies the file), and so does cp -L/-H/--dereference.
     */
    private carryLinks(name: string, operands: readonly string[], ctx: Context, how: string) {
        if (this.links.size === 0 || !/^(cp|mv|rsync)$/.test(name)) return;
        const flag = (letters: RegExp, long: RegExp) =>
            operands.some(w => long.test(w) || (/^-[A-Za-z]+$/.test(w) && letters.test(w.slice(1))));
        const keeps =
            name === "mv" ||
            (name === "cp" &&
                flag(/[PdaRr]/, /^--(no-dereference|archive|recursive)$/) &&
                !flag(/[LH]/, /^--dereference$/)) ||
            (name === "rsync" && flag(/[la]/, /^--(links|archive)$/) && !flag(/L/, /^--copy-links$/));
        if (!keeps) return;
        const pairs: [string, string][] =
            name === "rsync"
                ? (() => {
                      const copy = copierOperands(name, operands, ctx.cwd);
                      if (copy?.destination === undefined) return [];
                      const to = posix.resolve(ctx.cwd, copy.destination);
                      return copy.sources.flatMap((s): [string, string][] => [
                          [to, s],
                          [posix.join(to, posix.basename(s)), s],
                      ]);
                  })()
                : copiedFrom([name, ...operands], ctx.cwd);
        const moved: string[] = [];
        for (const [at, from] of pairs) {
            if (/[$*?[]|SUBSTITUTED/.test(at) || at.includes(UNKNOWN_WORDS)) continue;
            for (const [link, target] of [...this.links]) {
                if (link !== from && !link.startsWith(`${from}/`)) continue;
                const copy = posix.join(at, link.slice(from.length));
                if (copy === link) continue;
                const relative = this.relativeLinks.has(link);
                const now =
                    target === undefined || !relative
                        ? target
                        : posix.resolve(posix.dirname(copy), posix.relative(posix.dirname(link), target));
                if (relative) this.relativeLinks.add(copy);
                this.links.set(copy, now);
                this.linkedAt(copy, now, true, `${how}: ${name} carries the link ${link}`);
                if (name === "mv") moved.push(link);
            }
        }
        // mv leaves no link at the source (unless a reading put one back there).
        for (const link of moved) if (!pairs.some(([at]) => at === link)) this.links.delete(link);
    }

    /**
     * Round 76: a link made at `link` is the file or directory it names (path_resolution(7): "If the component is a
     * symbolic link ... the resolution continues at the target"; link(2) a hard link is the same inode), so what a
     * reader of `link` reads is `target`'s content: a target the pack cannot know (a `$X` word, a command's output),
     * a file written with content it cannot compute or in a tree something unread filled: unknown there
     * (writtenUnknown, fail closed); the files the script wrote below a directory target: each under the link's
     * name, with its text. A target file whose text the script wrote is judged by copy (ln) and cp's copy rule; one
     * the script never wrote is the image's own (as a copy of it: nothing new), and what is written there later
     * reaches the link's name (linkTargets).
     */
    private linkedAt(link: string, target: string | undefined, ln: boolean, how: string) {
        // Judged at the link's names only (the target's own record stays: linkVisiting keeps throughLinks off it).
        if (target === undefined)
            return this.writtenUnknown(link, `${how} to a file the pack cannot know`, false, false);
        if (target === link || target === "/" || this.insideItself(link, target)) return;
        const at = `${how} to ${target}`;
        // Round 81: a planted target (RootReads.planted: a file the script did not write in a directory any local user
        // writes) is theirs: a reader of the link in a judged tree (JUDGED_TREES: systemd-sysctl of /etc/sysctl.d, cron,
        // a unit) reads their text; run elsewhere, the planted program is judged where it runs (RootReads.planted).
        const planted =
            ln && !this.written.has(target) && JUDGED_TREES.some(r => link.startsWith(`${r}/`))
                ? this.planted([target])
                : undefined;
        if (ln && (this.unknownNow(target) || (this.inUnknownTree(target) && !this.written.has(target)) || planted))
            this.writtenUnknown(link, at, false, false);
        const below = (p: string) => p.startsWith(`${target}/`) && !p.endsWith("/");
        for (const p of [...this.written.keys(), ...this.unknown].filter(below)) {
            const text = this.current(p);
            const under = posix.join(link, p.slice(target.length));
            this.linkVisiting.add(p);
            try {
                if (text === undefined) this.writtenUnknown(under, at);
                else this.file(text, under, undefined, at);
            } finally {
                this.linkVisiting.delete(p);
            }
        }
        for (const tree of [...this.unknownTrees])
            if (tree === target || tree.startsWith(`${target}/`))
                this.unknownTrees.add(posix.join(link, tree.slice(target.length)));
    }

    /**
     * Round 76: a link made inside a directory that is itself a link to the same target (`ln -sfn /opt/rc
     * /root/.bashrc.d` read both as the link and as /root/.bashrc.d/rc, copiedFrom): its names are the target's own
     * (T/rc/x is T/x), judged there once.
     */
    private insideItself(link: string, target: string): boolean {
        // Round 76 node3: only for a target the pack knows is a directory (the script wrote below it). ln(1) puts a
        // link to a FILE into an existing DIRECTORY operand (`ln -s /opt/ops.sh /etc/profile.d`: DIR/basename), so
        // for a file target (or one the pack cannot place) both readings stay judged.
        if (this.links.get(posix.dirname(link)) !== target) return false;
        const below = (p: string) => p.startsWith(`${target}/`);
        return [...this.written.keys(), ...this.unknown, ...this.unknownTrees].some(
            p => p === `${target}/` || below(p),
        );
    }

    private refuse(path: string, how: string) {
        const root =
            podWritableRoot(path) ?? WRITABLE_DATA.find(d => d.startsWith(path.replace(/[*?[].*$/, ""))) ?? path;
        this.out.push({
            who: `every pod that may write ${root}`,
            what: `${this.where} has a root process of the node read ${path} (${how}), under ${root}, a node directory the pack lets pods write: ${WHY}`,
        });
    }

    /**
     * Round 78: the first of `paths` a root process runs, sources or loads that lies in a world-writable directory
     * (podSpec.ts WORLD_WRITABLE, or one the script opened: `opened`) and holds content the script did not write
     * there itself: any local user or non-root process may have created it, so the pack cannot know it (as a file of
     * a data directory). A file the script wrote there is judged by what it wrote; a glob, or a path the script made
     * world-writable itself, may be any user's file.
     */
    /**
     * Round 80: record the mode an opening gave directory `path` (openedPaths, a tmpfs mount, a unit's *Directory=):
     * without the sticky bit, or with a mode the pack cannot read (undefined: setfacl, umask), anyone who may write it
     * may replace root's files (sticky(7)); a non-root owner (`owner`: chown, User=) may do so whatever the mode. A
     * later sticky mode closes only a mode's opening, never an owner's.
     */
    private openedMode(path: string, mode: string | undefined, owner = false) {
        if (owner) this.unsticky.set(path, "owner");
        else if (mode === undefined || !setsSticky(mode)) this.unsticky.set(path, this.unsticky.get(path) ?? "mode");
        else if (this.unsticky.get(path) === "mode") this.unsticky.delete(path);
    }

    private planted(paths: readonly string[]): { path: string; root: string; fetched?: boolean } | undefined {
        const under = (p: string, d: string) => p === d || p.startsWith(`${d}/`);
        for (const given of paths) {
            // Round 80: the file a path names through the script's links and bind mounts (aliasedPath).
            const raw = this.aliasedPath(posix.resolve("/", given));
            const literal = posix.resolve("/", raw.replace(/[*?[].*$/, "") || "/");
            const path = posix.resolve("/", raw);
            const carried = this.carriedPlanted(path);
            if (carried) return carried;
            // Round 86: a file of a work tree fetched without verifying its server (unverifiedTrees), not rewritten since.
            // Round 88 (fix): "/" (a fetcher writing where the pack cannot list: lftp) holds every path.
            const fetched = [...this.unverifiedTrees].find(([d]) => d === "/" || under(path, d));
            if (fetched && !this.written.has(path))
                return { path: `${path} (${fetched[1]})`, root: fetched[0], fetched: true };
            // A path the script opened itself (or below one it opened with -R) is anyone's to rewrite.
            const open = [...this.opened].find(([d, all]) => path === d || (all && under(path, d)))?.[0];
            if (open !== undefined) return { path, root: open };
            // Round 80: below a directory opened without the sticky bit (or owned by a non-root user), however deep, no
            // file is the script's own: rename(2) and unlink(2) need write permission on the parent only (sticky(7)
            // alone limits them to the file's owner), so any user who may write it replaces root's file or the
            // directory holding it.
            const loose = [...this.unsticky.keys()].find(d => path !== d && under(path, d));
            if (loose !== undefined) {
                const why =
                    this.unsticky.get(loose) === "owner" ? "owned by a non-root user" : "without the sticky bit";
                return {
                    path: `${path} (below ${loose}, opened ${why}: any user who may write it may replace it)`,
                    root: loose,
                };
            }
            // Round 86: a pattern that may name a file below one (shell.ts patternReaches: `/t[m]p/x`, `/dev/sh?/x`)
            // whatever the text before its first wildcard.
            const root =
                worldWritableRoot(literal) ??
                [...this.opened.keys()].find(d => under(literal, d)) ??
                (hasGlob(raw) ? this.patternRoot(path) : undefined);
            if (root === undefined || path === root) continue;
            // Round 80: in or below what mktemp made (privateTemps): root's alone, unless the script opened it.
            const opensAbove = [...this.opened.keys()].some(d => under(path, d));
            if (!opensAbove && [...this.privateTemps].some(d => d !== root && under(path, d))) continue;
            // Round 80: only a file the script wrote there, or a tree it filled below the world-writable directory
            // (an unpacked archive's directory), is its own: a program naming the directory itself (mount, install -d
            // of an empty directory, chmod) puts no file in it, so what is in it is anyone's. A write whose failure
            // the script goes on from may have failed, the file left another user's (unsureWrites).
            const file = [path, posix.resolve("/", given)].some(
                p => (this.written.has(p) || this.unknown.has(p)) && !this.unsureWrites.has(p),
            );
            // Round 80: whatever the form (a redirect, cp, install, tee, dd of=), an unsure write vouches for nothing,
            // not even as a tree the copy may have filled (cp's destination is one: overwrites).
            const unsure = [path, posix.resolve("/", given)].some(p => this.unsureWrites.has(p));
            const made = file || (!unsure && this.filledBelow(path, root));
            if (!made || hasGlob(raw)) return { path: raw, root };
            const reused = this.reusedFixedName(path, root);
            if (reused !== undefined)
                return {
                    path: `${raw} (in or below ${reused}, a fixed name in ${root} another user may have made first and own: mkdir -p, a venv, an unpacker or a copy reuses it)`,
                    root,
                };
        }
        return undefined;
    }

    /**
     * Round 87: the directory directly in world-writable `root` that `path` lies below, when the script did not make it
     * exclusively (exclusiveDirs): a fixed name there may be another user's directory made first (sticky(7) keeps
     * others from removing it), and mkdir -p ("no error if existing"), a venv (Python docs "venv": "If an existing
     * directory is specified, it will be re-used"), pip --target, an unpacker or a copy write into it as it is, so its
     * owner may replace what root wrote there before root runs it. Undefined for a file directly in `root` (judged by
     * what the script wrote) or in or below a directory only the script's making could have made.
     */
    private reusedFixedName(path: string, root: string): string | undefined {
        if (!path.startsWith(`${root}/`)) return undefined;
        const top = posix.join(root, path.slice(root.length + 1).split("/")[0]);
        // A directory made there (a search-list entry: pip --target's tree on PYTHONPATH) is a name reused alike; a
        // file the script itself wrote or fetched there (wget -O, cp, curl -o) is judged as the file it wrote (round
        // 80: sticky(7) and protected_regular keep another user's file of that name from being reused).
        const file = this.written.has(path) || this.unknown.has(path);
        const tree = [...this.written.keys(), ...this.unknown, ...this.unknownTrees].some(p =>
            p.startsWith(`${path}/`),
        );
        const directory = this.madeDirs.has(path) || (this.unknownTrees.has(path) && !file && tree);
        return (top === path && !directory) || this.exclusiveDirs.has(top) ? undefined : top;
    }

    /**
     * Round 86: the world-writable directory (WORLD_WRITABLE, /var/run's spelling of /run/lock too) or one the script
     * opened that pathname pattern `pattern` may name a file below (shell.ts patternReaches), else undefined.
     */
    private patternRoot(pattern: string): string | undefined {
        const spelled = (d: string) => (d.startsWith("/run/") ? [d, `/var${d}`] : [d]);
        return [...WORLD_WRITABLE, ...this.opened.keys()].find(d => spelled(d).some(s => patternReaches(pattern, s)));
    }

    /**
     * Round 80: a path as the file it names through the links (this.links: ln -s TARGET LINK) and bind mounts (bound)
     * the script made, path_resolution(7) "If the component is a symbolic link ... the resolution continues at the
     * target": /opt/scratch/x.sh after `ln -s /tmp /opt/scratch` is /tmp/x.sh. A link whose target the pack cannot know
     * is left as named (its writes are judged where they are made). At most 8 hops (a cycle ends, as ELOOP does).
     */
    private aliasedPath(path: string): string {
        let now = path;
        for (let hop = 0; hop < 8; hop++) {
            const alias = [...this.links, ...this.bound]
                .filter(([at, to]) => to !== undefined && to !== at && (now === at || now.startsWith(`${at}/`)))
                .sort(([a], [b]) => b.length - a.length)[0];
            if (alias === undefined) return now;
            now = posix.join(alias[1]!, now.slice(alias[0].length));
        }
        return now;
    }

    /**
     * Round 80: a copy of a planted file (plantedCopies) holds the planted content at its destination: what runs or
     * loads it there runs what a local user chose (the copy brings no new owner to the text).
     */
    private carriedPlanted(path: string): { path: string; root: string } | undefined {
        for (const [to, from] of this.plantedCopies)
            if (path === to || (from.tree && path.startsWith(`${to}/`)))
                return { path: `${path} (copied or extracted from ${from.path})`, root: from.root };
        return undefined;
    }

    /**
     * Round 80: the first operand a root program loads, runs or installs (loadedOperands) that is planted; a directory
     * the script filled itself (a file it wrote below it) is the script's, as a file it wrote is.
     */
    private plantedLoaded(words: readonly string[], cwd: string): { path: string; root: string } | undefined {
        const filled = (p: string) => [...this.written.keys(), ...this.unknown].some(f => f.startsWith(`${p}/`));
        const paths = words.filter(w => !/\$|SUBSTITUTED/.test(w)).flatMap(w => wordPaths(w, cwd, true));
        // Round 86: a word the pack cannot fully read (find -exec's `{}`, a variable) is still a file in the directory
        // its known part names (`/tmp/mods/{}`): planted there (plantedDirectory: /tmp itself), whatever its name.
        const parents = words.flatMap(w => {
            const dir = knownDirectory(w);
            return dir === undefined ? [] : [resolveWord(cwd, dir)];
        });
        return (
            this.planted(paths.filter(p => !filled(p))) ??
            parents
                .filter(p => !filled(p))
                .map(p => this.plantedDirectory(p))
                .find(p => p !== undefined)
        );
    }

    /**
     * Round 84: a loaded operand naming a descriptor (shell.ts standardInput: /dev/stdin, /dev/fd/0, /proc/self/fd/0;
     * /dev/fd/N) is the file it was opened on: standard input's provenance (StandardInput `from`: a `< FILE`, a pipe
     * from a stream reader of FILE), N's `N< FILE` redirect or `exec N< FILE` (proc(5) /proc/pid/fd: "a symbolic link
     * to the actual file"), as round 81's stdinFileCopies reads tee/install/cp/dd of /dev/stdin.
     */
    private descriptorOperands(
        c: SimpleCommand,
        words: readonly string[],
        stdin: StandardInput | undefined,
        ctx: Context,
    ): string[] {
        return words.flatMap(w => {
            const named = standardInput(w, false, ctx.cwd);
            if (named === true) return [...(stdin?.from ?? [])];
            const fd = named === undefined ? DESCRIPTOR_PATH.exec(w)?.[1] : undefined;
            const path = fd === undefined ? undefined : (c.fdReads?.find(f => f.fd === fd)?.path ?? ctx.fds?.get(fd));
            return [path === undefined ? w : resolveWord(ctx.cwd, path.replace(/\0/g, ""))];
        });
    }

    /**
     * Round 84: a program, library or directory a root command's option names (namedPrograms.ts optionNamedPrograms:
     * iptables --modprobe, tar -I, sort --compress-program, rsync -e, scp -S, ssh -o ProxyCommand, git -c
     * core.sshCommand, openssl -engine PATH, rpm --macros ...) or the root its launcher gives it (launchedRoots: chroot,
     * unshare/nsenter --root, systemd-nspawn -D, bwrap --bind SRC /) is run or loaded as a program the script runs is:
     * planted there (a directory: plantedDirectory), any local user's; a value the pack cannot know, any program.
     */
    private namedProgramRuns(
        words: readonly string[],
        name: string,
        operands: readonly string[],
        cwd: string,
        form: string,
        environment: ReadonlyMap<string, string>,
    ) {
        for (const named of [
            ...optionNamedPrograms(name, operands, environment),
            ...launchedRoots(words),
            ...this.persistedGitNamed(name, operands),
        ]) {
            const what =
                named.kind === "directory"
                    ? "the directory it runs or loads code from"
                    : named.kind === "loads"
                      ? "a file it loads"
                      : "a program it runs";
            if (unknownWord(named.path)) {
                this.unreadableRun(`${form}: its ${named.option} names ${what}, a word the pack cannot read`);
                continue;
            }
            const path = resolveWord(cwd, named.path);
            const planted = named.kind === "directory" ? this.plantedDirectory(path) : this.planted([path]);
            if (planted) this.refusePlanted(planted, `${form}: its ${named.option} names ${what}`);
        }
    }

    /**
     * Round 87 (fix): a `git config` setting persisted (gitPersistedSetting) is every later git command's `-c KEY=VALUE`:
     * what it names to run or load (namedPrograms.ts gitSetting: core.sshCommand, core.fsmonitor, core.hooksPath,
     * diff.external ...) and the CA files it trusts (FETCHER_CA_OPTIONS' http.sslCAInfo), named by the command that set
     * it. A `git config` command itself records the setting and runs none of them.
     */
    private persistedGitNamed(name: string, operands: readonly string[]): NamedProgram[] {
        if (name !== "git") return [];
        const set = gitPersistedSetting(operands);
        if (set !== undefined) {
            if (set.value === undefined) this.gitPersisted.delete(set.key.toLowerCase());
            return [];
        }
        // Round 88 (fix): git-config(1) "-e, --edit: Opens an editor to modify the specified config file" (the
        // editor core.editor names, git-var(1) GIT_EDITOR): that `git config` runs a persisted program too.
        if (
            readOptions(operands, GIT_OPTIONS).positional[0]?.word === "config" &&
            !operands.some(w => /^(-e|--edit)$/.test(w))
        )
            return [];
        return [...this.gitPersisted.values()].flatMap(({ setting, form }) => {
            const option = `${setting.slice(0, setting.indexOf("="))} (persisted by ${form}, read by every later git)`;
            return [
                ...optionNamedPrograms("git", ["-c", setting]).map(n => ({ ...n, option })),
                ...fetcherCaOperands("git", ["-c", setting]).map(path => ({ option, path, kind: "loads" as const })),
            ];
        });
    }

    /** Round 87 (fix): records a `git config KEY VALUE` for later git commands (persistedGitNamed). */
    private persistGitSetting(name: string, operands: readonly string[], form: string) {
        const set = name === "git" ? gitPersistedSetting(operands) : undefined;
        if (set?.value !== undefined)
            this.gitPersisted.set(set.key.toLowerCase(), { setting: `${set.key}=${set.value}`, form });
    }

    /**
     * Round 84: `export NAME=V` of a variable some python flag cancels (the table's pythonIgnoredUnder: PYTHONPATH,
     * HOME) is judged as an assignment where a later command may read it (readDeferredExports): at the first command
     * but a confined python run cancelling it (a builtin running nothing, RUNS_NOTHING_BUILTINS, aside), never when
     * no such command follows; `unset NAME` first drops it (bash(1) "unset": "remove each variable"). Any other export is judged
     * at once.
     */
    private deferPythonExport(key: string, value: string, form: string, cwd: string): boolean {
        if (locatingVariable(key)?.pythonIgnoredUnder === undefined) return false;
        this.deferredExports.set(key, () => {
            const hit = RootReads.writable(pathsIn(value));
            if (hit) this.refuse(hit, `${form} (${key})`);
            this.plantedLoader(key, value, form, cwd);
        });
        return true;
    }

    /** Round 84: the deferred exports a command with python flags `flags` (undefined: any other) may read, judged. */
    private readDeferredExports(flags: string | undefined) {
        for (const [key, judge] of [...this.deferredExports])
            if (flags === undefined || !ignoredByPython(key, flags)) {
                this.deferredExports.delete(key);
                judge();
            }
    }

    /**
     * Round 87: what one judge hook answers of each program a root command runs (NodeJudge.programWrites,
     * programCommands), asked with its words, its directory (none where the pack cannot know it: cwdUnknown) and the
     * files as the script wrote them; nothing for a command run as another user or with no judge.
     */
    private askRootPrograms<T>(
        runs: readonly (readonly string[])[],
        nonRoot: boolean | undefined,
        ctx: Context,
        hook: (
            judge: NodeJudge,
            words: readonly string[],
            cwd: string | undefined,
            fileText: (path: string) => string | undefined,
        ) => readonly T[] | undefined,
    ): T[] {
        const judge = this.judge;
        if (nonRoot || judge === undefined) return [];
        return runs.flatMap(
            run => hook(judge, run, ctx.cwdUnknown ? undefined : ctx.cwd, p => this.written.get(p)) ?? [],
        );
    }

    /**
     * Round 84: the flag letters of the python program a command's own assignments are the environment of (`NAME=V
     * python3 -I F`, `env NAME=V python3 -E F`: its one run, no xargs item), when that run reads its environment only as
     * its interpreter does (NodeJudge.confinedPythonFlags); undefined for an export, another program, or with no judge
     * (every variable is then read).
     */
    private confinedPythonFlags(
        words: readonly string[],
        start: number,
        runs: readonly (readonly string[])[],
        ctx: Context,
    ): string | undefined {
        if (/^(export|local|readonly|declare|typeset)$/.test(words[0] ?? "") || runs.length !== 1) return undefined;
        if (runs[0].join("\0") !== words.slice(start).join("\0")) return undefined;
        return this.judge?.confinedPythonFlags?.(runs[0], ctx.cwdUnknown ? undefined : ctx.cwd, p =>
            this.written.get(p),
        );
    }

    /**
     * Round 78: a loader variable (LOADER_VARIABLES: PATH, LD_PRELOAD, PYTHONPATH, BASH_ENV ...) naming a path in a
     * world-writable directory loads or runs what any local user may put there (planted); TMPDIR only names where
     * programs create their own scratch files (mkstemp(3)), loading nothing.
     */
    private plantedLoader(key: string, value: string, how: string, cwd?: string) {
        if (!LOADER_VARIABLES.test(key) || key === "TMPDIR") return;
        const planted = this.planted(pathsIn(value)) ?? this.plantedSearchList(key, value, cwd);
        if (planted) return this.refusePlanted(planted, `${how} (${key})`);
        const unread = unreadSearchEntry(key, value);
        if (unread !== undefined)
            this.out.push({
                who: "whoever wrote what the entry was read from (a planted file, a command's output the pack cannot read)",
                what: `${this.where} puts ${unread} in ${key} (${how}), an entry whose directory the pack cannot read: it may be any directory (/tmp, /dev/shm ...), so the files root looks up or loads through ${key} may be any local user's; set ${key} to literal root-owned directories`,
            });
    }

    /**
     * Round 81: the first directory of a search list (SEARCH_LIST_VARIABLES) whose files any local user may put there:
     * an empty, `.` or relative entry is the working directory `cwd` (DISA STIG GEN001605: "If there is an empty entry,
     * such as a leading or trailing colon ... this is interpreted as the current working directory"; bash(1) PATH "A
     * zero-length (null) directory name ... indicates the current directory"), and a world-writable directory itself
     * (/tmp) holds whatever any user creates in it (plantedDirectory). `cwd` undefined: where the list is not searched
     * from a known directory, relative entries are left to the other readers.
     */
    private plantedSearchList(key: string, value: string, cwd: string | undefined) {
        if (!SEARCH_LIST_VARIABLES.test(key)) return undefined;
        const given = value.replace(/\0/g, "").replace(/^(["'])(.*)\1$/, "$2");
        for (const entry of conditionalExpansions(given).flatMap(v => v.split(":"))) {
            if (/[$`]|SUBSTITUTED/.test(entry)) continue;
            const dir = entry.startsWith("/") ? entry : cwd === undefined ? undefined : posix.resolve(cwd, entry);
            const planted = dir === undefined ? undefined : this.plantedDirectory(dir);
            if (planted) return planted;
        }
        return undefined;
    }

    /**
     * Round 81: a directory root loads, runs or searches files from (a search-list entry, a unit's RootDirectory= or
     * BindPaths= source) that is planted (RootReads.planted), or is a world-writable directory itself (/tmp: any user
     * creates the file root looks for there).
     */
    private plantedDirectory(dir: string): { path: string; root: string } | undefined {
        const at = posix.resolve("/", dir);
        const root = worldWritableRoot(this.aliasedPath(at));
        return (
            this.planted([at]) ??
            (root !== undefined && posix.resolve("/", this.aliasedPath(at)) === root
                ? { path: `${at}/`, root }
                : undefined)
        );
    }

    /**
     * Round 81: a root unit's own environment and the settings that change which files its commands are (systemd.exec(5)):
     * Environment= and the NAME=VALUE lines of an EnvironmentFile= user data wrote (the file itself, when planted, is any
     * user's environment) are judged as a shell's exported variables (plantedLoader, relative search-list entries in
     * WorkingDirectory=); ExecSearchPath= ("the executable used by the Exec*= ... is found" there, and it sets $PATH) as
     * PATH; RootDirectory=/RootImage= (the service's / is that tree), BindPaths=/BindReadOnlyPaths= sources ("SRC:DEST":
     * DEST is SRC inside the service's namespace; read-only still runs what is in it), ExtensionDirectories=,
     * ExtensionImages= and MountImages= are where its programs and libraries come from: planted, they are any user's.
     */
    private unitLoadedPaths(
        service: readonly { key: string; value: string; path: string; line: string }[],
        cwd: string,
    ) {
        for (const e of service) {
            const how = `${e.path}: ${e.line}`;
            if (e.key === "Environment")
                for (const w of e.value.match(/"[^"]*"|'[^']*'|\S+/g) ?? []) {
                    const [k, ...v] = w.replace(/^["']|["']$/g, "").split("=");
                    if (v.length > 0) this.plantedLoader(k, v.join("="), how, cwd);
                }
            else if (e.key === "EnvironmentFile") {
                const file = posix.resolve("/", e.value.trim().replace(/^-/, ""));
                const planted = this.planted([file]);
                if (planted) this.refusePlanted(planted, `${how}: the service's environment is read from it`);
                for (const v of environmentFileVariables(this.written.get(file) ?? ""))
                    this.plantedLoader(v.name, v.value, `${how}, whose ${file} sets ${v.name}=${v.value}`, cwd);
            } else if (e.key === "ExecSearchPath") this.plantedLoader("PATH", e.value.trim(), how, cwd);
            else if (UNIT_TREE_SETTINGS.includes(e.key))
                for (const source of unitTreeSources(e.value)) {
                    const planted = source.startsWith("/") ? this.plantedDirectory(source) : undefined;
                    if (planted) this.refusePlanted(planted, `${how}: the service's files come from there`);
                }
        }
    }

    /**
     * Round 80: a kernel helper setting (kernelHelperCommand: core_pattern `|PROGRAM`, kernel.modprobe, kernel.hotplug,
     * /sys/kernel/uevent_helper) names a program the kernel runs as root whenever any process, a pod's too, dumps
     * core, asks for a module or causes a uevent: a planted program (or an interpreter's planted script) is a
     * local user's, as one the script runs is.
     */
    private plantedKernelHelpers(settings: readonly [string, string][], how: string) {
        this.protectionsLowered(settings, how);
        for (const [key, value] of settings) {
            const helper = kernelHelperCommand(key, value);
            if (helper === undefined) continue;
            const [program, ...operands] = helper.words;
            const script = INTERPRETERS.test(interpreterName(program))
                ? operands.find(o => !o.startsWith("-"))
                : undefined;
            // Round 82: the helper's argv is a command root runs (core(5) pipe; kernel/reboot.c argv_split): a
            // launcher (env, nice, timeout, setsid ... shell.ts WRAPPERS, one table) is unwrapped to the programs it
            // execs (executedPrograms, an interpreter's script too), and the NAME=VALUE operands before them are loader
            // variables (ld.so(8) LD_PRELOAD), judged as an export is (plantedLoader). Judged, never run now.
            const launched = executedPrograms(helper.words);
            const planted = this.planted([program, ...(script === undefined ? [] : [script]), ...launched]);
            const runs = `${how}: it sets ${key}, so the kernel runs ${helper.words.join(" ")} as root ${helper.when}`;
            if (planted) this.refusePlanted(planted, runs);
            for (const w of helper.words.slice(0, programIndex(helper.words)).filter(isAssignment))
                this.plantedLoader(w.slice(0, w.indexOf("=")), w.slice(w.indexOf("=") + 1), runs, "/");
        }
    }

    /**
     * Round 84: a kernel protection lowered (loweredProtections: fs.protected_symlinks=0 ...) by any sysctl route
     * (sysctl -w, a sysctl.d file, /proc/sys, settings a sysctl applier loads: every caller of plantedKernelHelpers)
     * takes away what keeps root's own writes into /tmp, and the node's other root processes, safe from local users.
     */
    private protectionsLowered(settings: readonly [string, string][], how: string) {
        for (const { key, value, floor } of loweredProtections(settings))
            this.out.push({
                who: "every local user or process on the node (a daemon's user, a container escaped to an unprivileged uid)",
                what: `${this.where} lowers the kernel protection ${key} to ${value} (${how}): root's writes into world-writable directories (/tmp, /var/tmp) then follow a local user's planted link or open their file, and other users' processes are open to theirs (Linux admin-guide sysctl/fs.rst, sysctl/kernel.rst); keep ${key} at ${floor}`,
            });
    }

    /**
     * Round 82: settings text a sysctl applier loads (sysctlAppliedFiles: a file, a here-document, a pipe, a
     * here-string) is a sysctl settings file's (writtenSysctls of /etc/sysctl.conf): its kernel helpers are judged as a
     * sysctl.d file's (plantedKernelHelpers); text the pack cannot know may set any of them (fail closed).
     */
    private sysctlApplied(text: string, how: string) {
        if (SUBSTITUTED_MARK.test(text))
            return this.unreadableRun(`${how}: settings the pack cannot read, which may set any kernel helper`);
        this.plantedKernelHelpers(writtenSysctls("/etc/sysctl.conf", text), how);
    }

    /**
     * Round 84: a registry host file (formats.ts REGISTRY_HOSTS, containerd docs/hosts.md) whose `ca` or `client`
     * names a planted file (a world-writable directory's file the script did not write: any local user's): containerd
     * trusts their CA, or presents their certificate, for every image pull of that registry, privileged DaemonSets'
     * included. (skip_verify and plain-HTTP hosts: agents.ts registryTrustOpenings.)
     */
    private plantedRegistryTrust(path: string, text: string, how: string) {
        if (!REGISTRY_HOSTS.test(path)) return;
        const named = text.split(/\r?\n/).flatMap(line => {
            const m = /^\s*(ca|client)\s*=\s*(.*)$/.exec(line);
            return m ? [...m[2].matchAll(/"([^"]*)"|'([^']*)'/g)].map(q => q[1] ?? q[2]) : [];
        });
        const planted = this.planted(named.filter(n => n.startsWith("/")));
        if (planted)
            this.refusePlanted(
                planted,
                `${how}: containerd trusts it as ${path}'s registry CA or client certificate for every image pull (containerd docs/hosts.md ca, client)`,
            );
    }

    /**
     * Round 81: a dnf/yum configuration or repository file (dnf.conf(5): /etc/dnf/dnf.conf, /etc/yum.conf, reposdir's
     * /etc/yum.repos.d/*.repo) naming a local path (packageSourcePaths: baseurl=file://, gpgkey, pluginpath ...) in a
     * world-writable directory: root's package manager installs, trusts or loads what a local user put there.
     */
    private plantedPackageSources(path: string, text: string, how: string) {
        if (!PACKAGE_CONFIG_FILES.test(path)) return;
        const named = text.split(/\r?\n/).flatMap(line => {
            const m = /^\s*([\w.-]+)\s*=\s*(.*?)\s*$/.exec(line);
            return m ? packageSourcePaths(m[1], m[2]) : [];
        });
        const planted = this.plantedLoaded(named, "/");
        if (planted)
            this.refusePlanted(
                planted,
                `${how}: ${path} has dnf install, trust or load packages, keys or plugins from it`,
            );
    }

    /**
     * Round 84: a dnf/yum configuration or repository file (plantedPackageSources' paths) turning the signature check
     * off over an unverified transport (uncheckedPackageSettings): every later install from it is unchecked
     * (uncheckedPackages).
     */
    private uncheckedPackageSources(path: string, text: string, how: string) {
        if (!PACKAGE_CONFIG_FILES.test(path)) return;
        this.uncheckedPackages(uncheckedPackageSettings(text), `${how}: ${path} has dnf install packages`);
        this.unverifiedSigningKeys(unverifiedRepositoryKeys(text), `${how}: ${path} has dnf import its gpgkey`);
    }

    /**
     * Round 88: an install by root's package manager (dnf(8) install, reinstall, update/upgrade, downgrade, distro-sync,
     * swap, group install, localinstall; yum alike) after a package configuration file (PACKAGE_CONFIG_FILES: dnf.conf,
     * a /etc/yum.repos.d/*.repo) was edited in place in a way the pack cannot read (sed -i, perl -i of the image's file:
     * packageEditsUnread; a whole download over https stays the operator's choice, round 85 P15): dnf.conf(5) gpgcheck,
     * sslverify, baseurl/mirrorlist may now name
     * an unverified source with no signature check, so the packages installed, whose scriptlets run as root, may be
     * anyone's on the network path (fail closed). A file written with known text is read where it is written
     * (uncheckedPackageSources).
     */
    private unknownPackageConfiguration(name: string, operands: readonly string[], how: string) {
        if (!/^(dnf|yum|microdnf|dnf5|dnf-3)$/.test(name)) return;
        const command = operands.find(w => !w.startsWith("-") && !/^--/.test(w));
        if (
            !/^(install|in|reinstall|reinst|update|up|upgrade|downgrade|distro-sync|distrosync|swap|localinstall|groupinstall|group|module)$/.test(
                command ?? "",
            )
        )
            return;
        const changed = [...this.packageEditsUnread].map(([p, edit]) => `${p} (${edit})`)[0];
        if (changed === undefined) return;
        this.out.push({
            who: "whoever serves the package repository or sits on the network path to it",
            what: `${this.where} has root's package manager install packages (${how}) after changing ${changed} in a way the pack cannot read (an in-place edit of the image's file, a program's output): its gpgcheck, sslverify, baseurl or mirrorlist may now have dnf install unsigned packages over an unverified transport, whose scriptlets run as root; write the repository file whole with known text (or use dnf config-manager --setopt with literal values)`,
        });
    }

    /**
     * Round 86: the package configuration the script wrote that packageCheckOffSwitches reads: dnf.conf's [main] (its
     * localpkg_gpgcheck; /etc/yum.conf is its link) and rpm's macro files (/etc/rpm/macros*, root's ~/.rpmmacros: its
     * %_pkgverify_level). What the pack cannot read counts as the default.
     */
    private packageConfiguration(): { dnf?: string; rpmMacros?: string } {
        const texts = (paths: string[]) => paths.map(p => this.current(p) ?? "").join("\n");
        return {
            dnf: texts(["/etc/yum.conf", "/etc/dnf/dnf.conf"]),
            rpmMacros: texts([...this.written.keys()].filter(p => /^\/etc\/rpm\/macros|^\/root\/\.rpmmacros$/.test(p))),
        };
    }

    /**
     * Round 86: an image root's container engine pulls from a registry it does not verify (imagePullTlsOff): whoever
     * answers on the network path serves it, and pods (the k8s.io namespace is the kubelet's, used as is with
     * imagePullPolicy IfNotPresent) or root then run it.
     */
    private unverifiedImages(switches: readonly string[], how: string) {
        if (switches.length === 0) return;
        this.out.push({
            who: "whoever answers on the network path to the registry (a peer on the VPC, a spoofed DNS answer)",
            what: `${this.where} has root pull a container image without verifying the registry's server (${how}: ${switches.join(", ")}): whoever answers serves the image, which pods or root then run (privileged DaemonSets included: root on the node, its instance role and every pod's token); pull over https with verification (a ca in containerd's hosts.toml for a private registry)`,
        });
    }

    /**
     * Round 86: a work tree git fetched without verifying its server (gitUnverifiedFetch) holds what whoever is on the
     * network path chose: recorded (unverifiedTrees) so a root process running or loading a file from it is judged as
     * one running a planted file (planted); what the script writes there later is its own. A verified fetch is the
     * operator's code, as an https download is (round 74).
     */
    private unverifiedCheckout(
        operands: readonly string[],
        environment: ReadonlyMap<string, string>,
        ctx: Context,
        form: string,
    ) {
        if (gitConfigTlsOff(operands)) this.gitTlsOff = form;
        if (ctx.cwdUnknown) return;
        // Round 88 (fix): git's words as it reads them: the settings the script persisted (`git config --global`,
        // gitPersisted) first, then its environment's (environmentOptions: GIT_CONFIG_COUNT/KEY_<n>/VALUE_<n>,
        // GIT_CONFIG_PARAMETERS, GIT_WORK_TREE), then its own -c (git-config(1) FILES and ENVIRONMENT: each overrides
        // the one before).
        const persisted = [...this.gitPersisted.values()].flatMap(({ setting }) => ["-c", setting]);
        const words = environmentOptions(["git", ...persisted, ...operands], environment).slice(1);
        const read = readOptions(words, GIT_OPTIONS);
        const [command, ...rest] = read.positional.map(p => p.word);
        const clones = command === "clone" ? copiedDestinations(["git", ...operands], ctx.cwd).trees : [];
        // The repository a command in a work tree acts on: the checkout the script cloned holding it, else the tree.
        const here = gitWorkTree(read, ctx.cwd);
        const tree =
            [...this.gitRemotes.keys()]
                .filter(t => here === t || here.startsWith(`${t}/`))
                .sort((a, b) => b.length - a.length)[0] ?? here;
        const remotes = this.gitRemotes.get(tree) ?? new Map<string, string>();
        const switches = gitUnverifiedFetch(words, environment, this.gitTlsOff, remotes);
        // Round 88 (fix): the remotes the script names, by the repository (git-clone(1) "-o <name>, --origin <name>:
        // Instead of using the remote name origin to keep track of the upstream repository, use <name>"; git-remote(1)
        // `add <name> <URL>`, `set-url <name> <newurl>`, --push setting the push URL only).
        const origin = read.values.filter(([o]) => /^(-o|--origin)$/.test(o)).at(-1)?.[1] ?? "origin";
        for (const clone of clones) this.gitRemotes.set(clone, new Map([[origin, rest[0] ?? ""]]));
        if (command === "remote" && /^(add|set-url)$/.test(rest[0] ?? "") && !words.includes("--push"))
            this.gitRemotes.set(tree, new Map([...remotes, [rest[1] ?? "", rest[2] ?? ""]]));
        if (switches.length === 0) return;
        for (const fetched of command === "clone" ? clones : [tree])
            this.unverifiedTrees.set(fetched, `git fetched it with ${switches.join(", ")}: ${form}`);
    }

    /**
     * Round 87 (fix): what a fetcher downloads unverified (unverifiedDownloads), judged on its fully expanded words: curl
     * and wget with the options their configuration files give them (configuredWords: ~/.curlrc `insecure`, /etc/wgetrc
     * or ~/.wgetrc `check_certificate = off`, GNU Wget manual "Wgetrc Commands": read by every later wget), as the
     * script left those files. A file it reads that the pack cannot (written by a program) may turn the check off:
     * its downloads are then unverified (fail closed).
     */
    private fetcherDownloads(words: readonly string[], cwd: string): { paths: string[]; switches: string[] } {
        if (!/^(curl|wget|aria2c)$/.test(words[0] ?? "")) return unverifiedDownloads(words, cwd);
        const configured = configuredWords(
            words,
            path => this.current(path),
            path => this.unknownNow(path) || this.appendedAfterWrite.has(path),
            [...this.written.keys(), ...this.unknown],
            cwd,
        );
        if (configured !== undefined) return unverifiedDownloads(configured, cwd);
        const { files, trees } = copiedDestinations(words, cwd);
        return {
            paths: fetcherOutputs(words[0], words.slice(1), cwd) ?? [...files, ...trees],
            switches: [`${words[0]}'s configuration files, which the pack cannot read (they may turn its check off)`],
        };
    }

    /**
     * Round 86 (fix): the files a fetcher wrote from a transport that verifies no server (unverifiedDownloads) are
     * recorded as an unverified checkout's tree is (unverifiedTrees): a later run, load or source of one is a planted
     * file's, until the script writes it itself.
     */
    private unverifiedFetches(fetched: { paths: string[]; switches: string[] }, form: string) {
        for (const path of fetched.paths)
            this.unverifiedTrees.set(path, `fetched with ${fetched.switches.join(", ")}: ${form}`);
    }

    /**
     * Round 88 (DECIDED by the lead): a download checked against content the script pins is that content, however it
     * was fetched. A digest check (pinnedDigestFiles: sha256sum/sha384sum/sha512sum/b2sum -c of lines the script
     * wrote: a here-document, a pipe from echo/printf, a checksum file it wrote) or a detached signature check (`gpg
     * --verify SIG FILE`, gpg(1): "With more than 1 argument, the first should be a detached signature and the
     * remaining files are the signed stuff"; it exits non-zero on a bad signature or one by a key not in the keyring)
     * while every key of root's keyring is one the script wrote (gpgKeyringOpened) clears FILE from the unverified
     * downloads (unverifiedTrees) when the check surely runs and stops the script on failure (surely: set -e, outside
     * a condition, an && / || list and `|| true`). Every other gpg use that may add a key (an import of a file the
     * script did not write, --recv-keys, --fetch-keys, another keyring or home) marks the keyring opened for good.
     */
    private pinnedChecks(
        name: string,
        operands: readonly string[],
        stdinText: string | undefined,
        environment: ReadonlyMap<string, string>,
        ctx: Context,
    ) {
        const ownText = (path: string): string | undefined => {
            const at = resolveWord(ctx.cwd, path);
            return this.unknownNow(at) || this.planted([at]) !== undefined ? undefined : this.current(at);
        };
        if (name === "gpg" || name === "gpg2") {
            const verify = gpgDetachedVerify(operands);
            if (verify === undefined) {
                const opened = gpgKeyringChange(operands, stdinText, environment, ownText);
                if (opened !== undefined) this.gpgKeyringOpened ??= `gpg ${operands.join(" ")}: ${opened}`;
                return;
            }
            if (!this.surely || ctx.cwdUnknown || this.gpgKeyringOpened !== undefined || environment.has("GNUPGHOME"))
                return;
            this.unverifiedTrees.delete(resolveWord(ctx.cwd, verify));
            return;
        }
        if (!this.surely || ctx.cwdUnknown) return;
        for (const file of pinnedDigestFiles(name, operands, stdinText, ownText) ?? [])
            this.unverifiedTrees.delete(resolveWord(ctx.cwd, file));
    }

    /**
     * Round 86: a signing key root's package manager trusts, fetched over a transport that verifies no server
     * (unverifiedSigningKeys): whoever is on the network path chooses whose packages pass every later signature check.
     */
    private unverifiedSigningKeys(urls: readonly string[], how: string) {
        if (urls.length === 0) return;
        this.out.push({
            who: "whoever serves the key or sits on the network path to it",
            what: `${this.where} has root's package manager import a signing key fetched over a transport that verifies no server (${how}: ${urls.join(", ")}): whoever sits on the path chooses the key, so packages they sign pass every later signature check and their scriptlets run as root (root on the node, its instance role and every pod's token); import the vendor's key from the image (/etc/pki/rpm-gpg) or over https`,
        });
    }

    /**
     * Round 84: root's package manager installing with its signature or TLS check off (packageCheckOffSwitches,
     * uncheckedPackageSources): whoever serves the repository, or sits on the network path to it, chooses the
     * packages, and their scriptlets run as root (dnf.conf(5) gpgcheck, sslverify; apt-secure(8)).
     */
    private uncheckedPackages(switches: readonly string[], how: string) {
        if (switches.length === 0) return;
        this.out.push({
            who: "whoever serves the package repository or sits on the network path to it",
            what: `${this.where} has root's package manager install packages with their signature or TLS check off (${how}: ${switches.join(", ")}): whoever serves the repository or sits on the path to it chooses the packages, whose scriptlets run as root (root on the node, its instance role and every pod's token); keep gpgcheck and sslverify on, with the vendor's signing key`,
        });
    }

    /**
     * Round 81: a firewall rule loader (ruleLoaderSources) fed rules the pack cannot read: a planted file, one the
     * script wrote with unknown text, a word it cannot expand, or a standard input it cannot name (a descriptor, an
     * inherited one, a here-string of a substitution). Unknown rules may DNAT pods' traffic to instance metadata or
     * raise the TTL of its replies (iptables-extensions(8) TTL --ttl-inc), as the rules the pack reads are refused for
     * (hopLimitUndone, relays.ts iptablesForwarder): refused. A file the script wrote is judged where written; an
     * image's own file is root's.
     */
    private unknownRules(
        c: SimpleCommand,
        name: string,
        operands: readonly string[],
        own: StandardInput | undefined,
        ctx: Context,
        form: string,
    ) {
        const loader = ruleLoaderSources(name, operands);
        if (loader === undefined) return;
        const unknownFile = (word: string) => {
            const w = word.replace(/\0/g, "");
            if (/[$`*?[]|SUBSTITUTED/.test(w)) return true;
            const path = resolveWord(ctx.cwd, w);
            return this.planted([path]) !== undefined || this.unknownNow(path);
        };
        const reads = c.reads.filter(p => !(c.fdReads ?? []).some(f => f.path === p && f.fd !== "0"));
        const dup = (c.dupIn ?? []).map(fd => ctx.fds?.get(fd));
        const fed =
            reads.length + dup.length === 1 && (c.heredoc ?? c.hereString) === undefined
                ? [...reads, ...dup][0]
                : undefined;
        const unknownStdin =
            loader.stdin &&
            own !== undefined &&
            (fed !== undefined ? unknownFile(fed) : own.text === undefined || SUBSTITUTED_MARK.test(own.text));
        const file =
            loader.files.find(unknownFile) ??
            this.nftIncluded(name, operands, loader.files, ctx.cwd).find(
                p => this.planted([p]) !== undefined || this.unknownNow(p),
            );
        if (file === undefined && !unknownStdin) return;
        this.out.push({
            who: "whoever writes the rules it loads (any local user, for a world-writable directory)",
            what: `${this.where} has root load firewall rules the pack cannot read (${form}: ${name} reads ${file ?? `its standard input${fed === undefined ? "" : ` ${fed}`}`}): they may DNAT pods' traffic to instance metadata or raise its replies' TTL, undoing the hop limit of 1, so pods get the node role's credentials (EKS best practices, "Restrict access to the instance profile assigned to the worker node"); write the rules in the user data, or load a file the script wrote`,
        });
    }

    /**
     * Round 82: the files an nft(8) ruleset includes: "Other files can be included by using the include statement. The
     * directories to be searched for include files can be specified using the -I/--includepath option" (a relative
     * name is searched there, then in the default include path /etc; a glob or a directory includes every file it
     * matches), followed through the included files whose text the script wrote. Each path as a glob or a file.
     */
    private nftIncluded(name: string, operands: readonly string[], files: readonly string[], cwd: string): string[] {
        if (name !== "nft") return [];
        const dirs = [...optionFileValues(operands, /^(-I|--includepath)$/, /^(-f|--file)$/).values, "/etc"];
        const seen = new Set<string>();
        const visit = (word: string) => {
            const path = resolveWord(cwd, word.replace(/\0/g, ""));
            const text = /[*?[]/.test(path) || seen.has(path) || seen.size > 64 ? undefined : this.current(path);
            seen.add(path);
            for (const m of (text ?? "").matchAll(/(?:^|;)\s*include\s+"([^"]*)"/gm))
                for (const at of m[1].startsWith("/") ? [m[1]] : dirs.map(d => posix.join(resolveWord(cwd, d), m[1])))
                    if (!seen.has(posix.resolve("/", at))) visit(at);
        };
        for (const f of files) visit(f);
        return [...seen].filter(p => !files.some(f => resolveWord(cwd, f.replace(/\0/g, "")) === p));
    }

    private refusePlanted({ path, root, fetched }: { path: string; root: string; fetched?: boolean }, how: string) {
        if (fetched) {
            this.out.push({
                who: `whoever serves ${root} or sits on the network path to its server`,
                what: `${this.where} has a root process run ${path} (${how}), fetched over a transport that verifies no server: whoever sits on the path chose its content, so root runs what they chose (root on the node, its instance role and every pod's token); fetch it over https with verification on`,
            });
            return;
        }
        this.out.push({
            who: `every local user or process that may write ${root}`,
            what: `${this.where} has a root process run ${path} (${how}), under ${root}, a world-writable directory (any local user, a non-root daemon or agent may create files there; the sticky bit only keeps them from removing others'), a file the script did not write there: its content is unknown, so root runs what they chose (root on the node, its instance role and every pod's token); write the file there first, or run it from a root-owned directory`,
        });
    }

    /**
     * A node directory bound read-write into a data directory: pods then write it, and whatever the node reads or runs
     * from it (CNI plugins, tools, /var/log/pods the kubelet follows) is theirs. mount(8) --bind; a read-only bind
     * (`ro`) shows it without handing it over; a data directory bound at another stays the pods'.
     */
    private exposed(source: string, into: string, options: string, how: string): boolean {
        if (!source.startsWith("/") || /^\/dev(\/|$)/.test(source) || podWritableRoot(source)) return false;
        if (!/(^|,)(r?bind)(,|$)/.test(options) || /(^|,)ro(,|$)/.test(options)) return false;
        this.handedOver(
            source,
            into,
            how,
            "binds",
            "at",
            "bind it read-only (ro), or give the pods their own directory",
        );
        return true;
    }

    /** Node path `source` made writable by the pods that write data directory `into` (a bind mount, a hard link). */
    private handedOver(source: string, into: string, how: string, verb: string, preposition: string, fix: string) {
        const root = podWritableRoot(into) ?? into;
        this.out.push({
            who: `every pod that may write ${root}`,
            what: `${this.where} ${verb} ${source} ${preposition} ${into} (${how}), under ${root}, a node directory the pack lets pods write: pods then write ${source}, and what the node runs or reads from it as root is theirs; ${fix}`,
        });
    }

    /**
     * Round 82: a mode, owner or ACL that lets a local user other than root read the node's key material
     * (nodeKeyMaterial: the file, or a tree above it opened recursively) copies the node's credentials to every local
     * user (a daemon's user, a container escaped to an unprivileged uid), who then acts as the node.
     */
    private nodeKeysOpened(name: string, operands: readonly string[], ctx: Context, form: string) {
        const widened = readWidenedPaths(name, operands);
        const path = widened?.paths
            .filter(w => !/[$*?[]|SUBSTITUTED/.test(w) && (w.startsWith("/") || !ctx.cwdUnknown))
            .map(w => resolveWord(ctx.cwd, w.replace(/\0/g, "")))
            .find(p => nodeKeyMaterial(p, widened.recursive));
        if (path === undefined) return;
        this.out.push({
            who: "every local user or process on the node (a daemon's user, a container escaped to an unprivileged uid)",
            what: `${this.where} lets users other than root read ${path}${widened!.recursive ? " and what is below it" : ""} (${form}), the node's credentials (podSpec.ts NODE_SECRETS: the kubelet's client key authenticates as system:node:NAME, Kubernetes "TLS bootstrapping"): whoever reads it acts as the node; keep the node's keys 0600 root (CIS EKS benchmark 3.1)`,
        });
    }

    private refuseSecrets(secret: string, into: string, how: string) {
        const root = podWritableRoot(into) ?? (/^\/var\/log(\/|$)/.test(into) ? "/var/log" : into);
        this.out.push({
            who: `every pod that may read ${root}`,
            what: `${this.where} copies ${secret}, the node's credentials or every pod's token (podSpec.ts NODE_SECRETS), into ${into} (${how}), under ${root}, a node directory the pack lets pods read (a data directory, /var/log, or a path a read-only hostPath may mount): a pod reading it acts as the node or as every ServiceAccount there`,
        });
    }

    /**
     * The first data-directory path among `paths`, or undefined. A glob (`/d*ta/x`, `/d?ta/hooks`) counts when the
     * literal part before its first wildcard lies in a data directory or leads to one (bash(1), "Pathname Expansion").
     */
    private static writable(paths: readonly string[]): string | undefined {
        return paths.find(p => {
            const wildcard = p.search(/[*?[]/);
            if (wildcard < 0) return podWritableRoot(p) !== undefined;
            const literal = p.slice(0, wildcard);
            return podWritableRoot(literal) !== undefined || WRITABLE_DATA.some(d => d.startsWith(literal));
        });
    }

    /**
     * Text written to `file` (or run as a script when `file` is undefined), judged by what reads it; `how` says how it
     * is written, `edit` that it is a fragment put into the file (sed's replacement) rather than the file, `append`
     * that it goes to the file's end (NodeJudge.written).
     */
    file(
        text: string,
        file: string | undefined,
        ctx?: Context,
        how = "cloud-init write_files",
        edit = false,
        append = false,
    ): void {
        if (file === undefined) {
            const sequential = this.sequentialReading;
            this.sequentialReading = ctx === undefined;
            this.script(text, ctx);
            this.sequentialReading = sequential;
            // Round 84: an export no later command read dies with the script's shell (bash(1) "ENVIRONMENT": the
            // environment "passed to a command" it executes): nothing reads it (deferPythonExport).
            return this.deferredExports.clear();
        }
        const path = hostPath(file);
        if (this.unknownHome(path, how)) return;
        if (this.unknownDirectory(path, how)) return;
        this.unknownTarget(path, how, text, edit, append);
        if (!edit) {
            // Round 75: text appended after the script's own earlier write is only the file's last part (`written`
            // keeps that part for the node judge); a reader of the file's whole text then cannot know it (current):
            // `echo '$a LD_PRELOAD=...' > s.sed; echo 's/a/a/' >> s.sed; sed -i -f s.sed /etc/environment`.
            // Round 88: known text appended to a file whose whole text the script knows (written whole since any
            // change it cannot compute, no earlier append to the image's file) is that text followed by the appended
            // one (bash(1) "Appending Redirected Output": the file "is opened for appending"; tee(1) -a "append to the
            // given FILEs"): `written` keeps the whole, which every reader then reads.
            const whole =
                append &&
                this.written.has(path) &&
                !this.appendedTo.has(path) &&
                !this.appendedAfterWrite.has(path) &&
                !this.rewritten.has(path);
            if (append && !whole && (this.written.has(path) || this.unknown.has(path)))
                this.appendedAfterWrite.add(path);
            else if (!append) this.appendedAfterWrite.delete(path);
            this.written.set(path, whole ? withAppended(this.written.get(path)!, text) : text);
            this.unknown.delete(path);
            this.rewritten.delete(path);
            this.verifiedFetched.delete(path);
            if (this.writeMayFail) this.unsureWrites.add(path);
            else this.unsureWrites.delete(path);
            if (append && !whole) this.appendedTo.add(path);
            else if (!append) this.appendedTo.delete(path);
        }
        this.out.push(...(this.judge?.written(path, text, how, edit, append) ?? []));
        this.plantedKernelHelpers(writtenSysctls(path, text), how);
        this.plantedPackageSources(path, text, how);
        this.plantedRegistryTrust(path, text, how);
        this.uncheckedPackageSources(path, text, how);
        this.throughLinks(path, how, target =>
            this.file(text, target, ctx, `${how} (through the link ${path})`, edit, append),
        );
        // Whatever reads a file in a data directory is judged where it reads it; logs are read, never run.
        if (podWritableRoot(path) || /^\/var\/log\//.test(path) || /^\/dev\//.test(path)) return;
        if (path === "/etc/fstab") return this.fstab(text, path);
        if (TMPFILES_PATH.test(path)) return this.tmpfiles(text, path);
        // auditd rules watch paths; they run nothing (auditctl(8), audit.rules(7)).
        if (/^\/etc\/audit\/(rules\.d\/[^/]+\.rules|audit\.rules)$/.test(path)) return;
        if (path === "/etc/audit/auditd.conf") {
            this.auditdPluginDirectory(text, how);
            this.auditdExecActions(text, how);
        }
        if (/^\/etc\/logrotate\.(conf$|d\/)/.test(path)) return this.logrotate(text, path);
        const unit = UNIT_FILE.exec(path);
        if (unit) {
            // A drop-in (`x.service.d/10-y.conf`) belongs to its unit, read after the unit's own file (systemd.unit(5)).
            const name = unit[3].replace(/\.d\/[^/]+$/, "");
            this.units.set(name, [...(this.units.get(name) ?? []), { path, text }]);
            this.unitDirectories(
                name,
                this.units
                    .get(name)!
                    .map(u => u.text)
                    .join("\n"),
            );
            return;
        }
        if (/^\/(etc\/crontab$|etc\/anacrontab$|etc\/cron\.d\/|var\/spool\/cron\/)/.test(path))
            return this.cron(text, path);
        if (MODPROBE_CONFIG.test(path)) {
            this.modprobe(text, path);
            return this.generic(text, `in ${path}, which the node reads`);
        }
        // Round 76: udev rules and audit plugins name programs root runs later (at a device event, at auditd's start):
        // read at finish, once every program they name is written (or known unread), as units are.
        if (UDEV_RULES.test(path)) {
            this.udevRuleFiles.push({ path, text });
            return this.generic(text, `in ${path}, which the node reads`);
        }
        if (AUDIT_PLUGIN_CONFIG.test(path)) {
            const seen = this.auditPlugins.get(path);
            this.auditPlugins.set(
                path,
                !edit && !append
                    ? { text, partial: false }
                    : { text: `${seen?.text ?? ""}\n${text}`, partial: (seen?.partial ?? true) || edit },
            );
            return this.generic(text, `in ${path}, which the node reads`);
        }
        // Round 77: a log/metric agent's configuration names commands the agent runs (as its unit's user): read at
        // finish, once the unit's drop-ins are seen. An edit or append adds to what was written before.
        const agent = logAgentOf(path);
        if (agent) {
            const seen = this.logAgentConfigs.get(path);
            this.logAgentConfigs.set(
                path,
                !edit && !append
                    ? { agent, text, partial: false }
                    : {
                          agent,
                          text: seen ? `${seen.text}\n${text}` : text,
                          // An edit's fragment, or an append to the image's own file: the whole file is not known.
                          partial: (seen?.partial ?? true) || edit,
                      },
            );
            return this.generic(text, `in ${path}, which the node reads`);
        }
        if (MONIT_CONFIG.test(path)) {
            this.monit(text, path, "/", 0, "programs");
            return this.generic(text, `in ${path}, which the node reads`);
        }
        if (SUPERVISOR_CONFIG.test(path)) {
            // Round 72: a program using `%(ENV_X)s` waits for the unit's drop-ins (finish: a later drop-in may still
            // change what supervisord starts with).
            if (/%\(ENV_/.test(text)) this.supervisorDeferred.push({ path, text });
            else this.supervisor(text, path, 0, "programs");
            return this.generic(text, `in ${path}, which the node reads`);
        }
        if (/^\/opt\/aws\/amazon-cloudwatch-agent\/.*\.json$/.test(path)) return this.cloudWatchAgent(text, path);
        if (WAZUH_CONFIG.test(path)) return this.generic(this.wazuh(text, path), `in ${path}, which the node reads`);
        if (/^\/etc\/aide\.conf(\.d\/|$)/.test(path)) return this.aide(text, path);
        // XFS project quotas (xfs_quota(8) "PROJECT (TREE) QUOTA"): ID:directory pairs, whose trees only get an ID.
        if (path === "/etc/projects" || path === "/etc/projid") return;
        // A #! naming perl or ruby (directly or through env) is that interpreter's program, not shell lines: its code
        // is judged where the interpreter runs it (userData CODE_LOADERS, SOCKET_SHELL_CODE); read as commands, its
        // `use lib '/opt/lib'` would name /opt/lib as changed (round 68).
        if (/^#!\s*(\S*\/)?(env\s+(-\S+\s+)*)?(\S*\/)?(perl|ruby)[\d.]*(\s|$)/.test(text))
            return this.generic(text, `in ${path}, which the node reads`);
        if (
            /^#!/.test(text) ||
            /\.(sh|bash)$/.test(path) ||
            /^\/(var\/lib\/cloud\/scripts|etc\/profile\.d|etc\/rc\.d|etc\/init\.d|etc\/cron\.(hourly|daily|weekly|monthly)|usr\/local\/s?bin)\//.test(
                path,
            ) ||
            path === "/etc/rc.local" ||
            BASH_STARTUP.test(path)
        ) {
            // Read now for what it does whenever it runs, but nothing runs it yet: what its programs may write is not
            // rewritten by this reading (overwrites). A command of user data that runs it reads it again then, with
            // those effects (and any program the pack does not read as running it may write anywhere itself).
            const rewritten = [...this.rewritten];
            this.script(text);
            this.rewritten.clear();
            for (const p of rewritten) this.rewritten.add(p);
            return;
        }
        // Comments in source code (`// ...`, `/* ... */`: the Go spec, the Rust reference, C# and Java "Comments")
        // name nothing the program reads: they are dropped before the lines are read for paths.
        this.generic(SOURCE_CODE.test(path) ? withoutComments(text) : text, `in ${path}, which the node reads`);
    }

    /** Any other file: every line naming a data directory is refused. */
    generic(text: string, how: string) {
        this.out.push(...(this.judge?.configured(text, how) ?? []));
        for (const line of text.split(/\r?\n/)) {
            const hit = RootReads.writable(pathsIn(line).flatMap(p => braces(p)));
            if (hit) this.refuse(hit, `${how}: ${line.trim()}`);
        }
    }

    /** A line with its command substitutions (`$(...)`, backquotes) as one placeholder word, for field splitting. */
    private static substituted(line: string): string {
        let out = line;
        for (let i = 0; i < 4; i++) out = out.replace(/\$\([^()]*\)|`[^`]*`/g, SUBSTITUTED);
        return out;
    }

    /** fstab(5): fs_spec fs_file fs_vfstype fs_mntops; a mount at a data directory brings nothing of the node's in. */
    private fstab(text: string, path: string) {
        for (const raw of text.split(/\r?\n/)) {
            const line = RootReads.substituted(raw);
            if (/^\s*(#|$)/.test(line)) continue;
            const [source, mountPoint, , options = ""] = line.trim().split(/\s+/);
            if (!/(^|,)r?bind(,|$)/.test(options))
                this.mounted(source ?? "", mountPoint ?? "", `${path}: ${raw.trim()}`);
            // Round 80: fstab(5) lines are mounted at boot and by mount -a: a tmpfs line opens its mount point.
            if (line.trim().split(/\s+/)[2] === "tmpfs" && mountPoint?.startsWith("/"))
                this.tmpfsOpens(posix.resolve(mountPoint), options);
            // Round 86 (fix): and a bind, overlay or image line shows its source at its mount point (mountShowsPlanted).
            this.mountShowsPlanted(source ?? "", mountPoint ?? "", options, `${path}: ${raw.trim()}`);
            // Round 88: a network filesystem line without integrity protection (networkMount).
            this.networkMount(
                source ?? "",
                mountPoint ?? "",
                options,
                `${path}: ${raw.trim()}`,
                line.trim().split(/\s+/)[2] ?? "",
            );
            const into = mountPoint && podWritableRoot(mountPoint) ? mountPoint : undefined;
            const secret = [source ?? "", ...overlayPaths(options)].find(p => p.startsWith("/") && holdsNodeSecrets(p));
            if (into && secret) this.refuseSecrets(secret, into, `${path}: ${raw.trim()}`);
            else if (into) this.exposed(posix.resolve(source ?? ""), into, options, `${path}: ${raw.trim()}`);
            if (into) continue;
            const hit = RootReads.writable(pathsIn(line));
            if (hit) this.refuse(hit, `${path}: ${raw.trim()}`);
        }
    }

    /**
     * Round 84: an opening (openedPaths: chmod o+w, setfacl o:: or a named non-root entry, chown to a non-root user,
     * mkdir/install -d -m; a tmpfiles.d z/Z/d/a line) of a directory root's daemons read as configuration or run
     * programs from (rootReadDirectory), or of one above it, lets any local user (or the named uid, a container's
     * nonroot 65534) add files cron, systemd, udev ... then run as root: refused where it is opened, whether or not the
     * script reads it later itself.
     */
    private rootReadDirectoryOpened(paths: readonly string[], how: string) {
        const reads = (p: string) => this.judge?.readsAsConfig?.(p) ?? false;
        const dir = paths.find(p => !/[$*?[]|SUBSTITUTED/.test(p) && rootReadDirectory(p, reads));
        if (dir !== undefined)
            this.out.push({
                who: "every local user or process the opening admits (a daemon's user, a container escaped to an unprivileged uid)",
                what: `${this.where} opens ${dir} to users other than root (${how}): root's daemons read it as configuration or run programs from it (crontab(5) /etc/cron.d, systemd.unit(5) unit directories ...), so whoever may now write it chooses what root runs; keep it root-owned and not writable by others`,
            });
    }

    /**
     * Round 80: a tmpfiles.d(5) line making a directory world-writable for RootReads.planted: d/D/v/q/Q create it
     * and z/Z adjust it ("Z: Recursively set the access mode") with Mode (octal, "prefixed with '~'" or ":" to mask
     * or keep: read as given, fail closed), a/a+/A ACL lines ("Set POSIX ACLs ... the argument") naming entries that
     * let others or a non-root user write (aclOpens). systemd-tmpfiles applies them at every boot and on --create.
     */
    private tmpfilesOpens(letter: string, target: string, mode: string, argument: string | undefined, how?: string) {
        if (target === "" || /[*?[]/.test(target)) return;
        const opens = /^[dDvqQzZ]$/.test(letter)
            ? mode !== "-" && othersWrite(mode.replace(/^[~:]+/, ""))
            : /^[aA]$/.test(letter) && (argument ?? "").split(",").some(aclOpens);
        if (opens && how !== undefined) this.rootReadDirectoryOpened([target], how);
        if (opens) this.opened.set(target, /^[ZA]$/.test(letter) || (this.opened.get(target) ?? false));
        if (opens) this.openedMode(target, /^[aA]$/.test(letter) ? undefined : mode.replace(/^[~:]+/, ""));
    }

    /**
     * tmpfiles.d(5): Type Path Mode User Group Age Argument, the argument being the rest of the line, with C-style
     * escapes and specifiers (`%%` a percent sign; directory specifiers as in units). systemd-tmpfiles applies them as
     * root at every boot (systemd-tmpfiles-setup.service), so a line that writes a file is a write like any other:
     * `f`, `f+`, `w`, `w+` (append: a fragment) write the argument, base64-decoded with `~`; with `^` it comes from a
     * service credential the pack cannot read. `C` copies the argument (a path) to the target, as cp does: the node's
     * secrets may not go where pods read, and a data directory's files may not be copied to a node path. Entries inside
     * a data directory are the pods' anyway; any other line naming a data directory (an `L` link into one) is refused.
     */
    private tmpfiles(text: string, path: string) {
        for (const raw of text.split(/\r?\n/)) {
            if (/^\s*(#|$)/.test(raw)) continue;
            const how = `${path}: ${raw.trim()}`;
            const m = /^\s*(\S+)\s+(\S+)(?:\s+\S+(?:\s+\S+(?:\s+\S+(?:\s+\S+(?:\s+(.*?))?)?)?)?)?\s*$/.exec(raw);
            const [type, rawTarget, rawArgument] = m ? [m[1], m[2], m[3]] : ["", "", undefined];
            const resolved = (t: string) => unescape(directorySpecifiers(t).replace(/%%/g, "%"));
            const target = rawTarget ? posix.resolve("/", resolved(rawTarget)) : "";
            const argument = rawArgument === undefined || rawArgument === "-" ? undefined : resolved(rawArgument);
            const [letter, modifiers] = [type.charAt(0), type.slice(1)];
            this.tmpfilesOpens(letter, target, raw.trim().split(/\s+/)[2] ?? "-", argument, how);
            // Round 78: a line that is no tmpfiles.d(5) directive (its Type one of the letters tmpfiles.d(5) lists,
            // with the modifiers + ! ^ - = ~) is text the pack misread (printfOutput decodes every argument's escapes,
            // splitting a directive whose argument holds `\n`, which systemd-tmpfiles unescapes into the file it
            // writes): what the directive writes is unknown, refused.
            if (!/^[fFwWdDevqQpLcbCxXrRzZtThHaA][-+!^=~]*$/.test(type)) {
                this.out.push({
                    who: "whoever chooses what systemd-tmpfiles writes",
                    what: `${this.where} has systemd-tmpfiles read a line that is no tmpfiles.d(5) directive (${how}): the pack cannot tell what the directive it belongs to writes as root; write one directive per line, its argument without escapes`,
                });
                continue;
            }
            if (target && podWritableRoot(target)) {
                if (letter === "C" && argument?.startsWith("/") && holdsNodeSecrets(argument))
                    this.refuseSecrets(argument, target, how);
                continue;
            }
            // Round 75: a line replacing, linking or removing a name resolution file (hosts(5), nsswitch.conf(5) ...:
            // NAME_RESOLUTION_PATHS) or a directory above one, from a tmpfiles.d file or systemd-tmpfiles' standard input
            // (systemd-tmpfiles(8): "If - is specified instead of a filename, the configuration is read from standard
            // input"). tmpfiles.d(5) "L+ ... If the destination path exists and is not a symlink, it is removed and
            // replaced by the symlink": a link to a file whose text the pack has reads that text (as `ln -sf`: copiedFrom);
            // f/w write their argument (below); any other type (C without a known source, r/R, d/D/e, p, c/b ...) leaves
            // what names resolve to unknown (fail closed). z/Z/x/X/a/A/h/H/t/T only adjust modes, owners or attributes.
            if (target && !/^[zZxXaAhHtT]$/.test(letter) && !/^[fFwW]$/.test(letter)) {
                const hit = NAME_RESOLUTION_PATHS.filter(f => {
                    const file = f.replace(/\/$/, "");
                    return target === file || target.startsWith(`${file}/`) || file.startsWith(`${target}/`);
                });
                const source =
                    letter === "L"
                        ? argument
                        : letter === "C"
                          ? (argument ?? posix.join("/usr/share/factory", target))
                          : undefined;
                // A relative link target is found from the link's directory: only an absolute one is read.
                const known = source?.startsWith("/") ? this.current(posix.normalize(source)) : undefined;
                if (hit.length > 0 && !(/^[LC]$/.test(letter) && known !== undefined && hit.includes(target)))
                    for (const f of hit)
                        this.writtenUnknown(
                            f.endsWith("/") && target.startsWith(f) ? target : f.replace(/\/$/, ""),
                            how,
                        );
                else if (hit.length > 0 && letter === "L" && known !== undefined) {
                    this.file(known, target, undefined, how);
                    continue;
                }
            }
            // Round 76 node3: tmpfiles.d(5) "L, L+ Create a symlink if it does not exist yet" (L+ replaces what is
            // there), its argument the symlink's target ("If the argument is omitted, symlinks to files with the same
            // name residing in the directory /usr/share/factory/ are created"): read as `ln -sfn TARGET PATH`
            // (recordLinks/linkedAt), a relative target from the link's directory (symlink(7)). Specifiers the pack
            // does not resolve (directorySpecifiers: %H, %m, %b ...) leave the path or the target unknown (fail closed).
            if (letter === "L" && rawTarget) {
                const unresolved = (t: string) => /%[A-Za-z]/.test(directorySpecifiers(t).replace(/%%/g, ""));
                if (unresolved(rawTarget)) {
                    this.out.push({
                        who: "whoever decides the tmpfiles.d specifier",
                        what: `${this.where} has systemd-tmpfiles make a symbolic link as root at ${rawTarget} (${how}), a path with a specifier the pack does not resolve: it may be any file root's programs read as configuration; name the link by its absolute path`,
                    });
                    continue;
                }
                const to =
                    rawArgument === undefined || rawArgument === "-"
                        ? posix.join("/usr/share/factory", target)
                        : unresolved(rawArgument)
                          ? undefined
                          : posix.resolve(posix.dirname(target), argument!);
                const linkHow = `${how} (systemd-tmpfiles makes a link)`;
                this.links.set(target, to);
                this.linkedAt(target, to, true, linkHow);
                // A link to a file the script wrote reads its text under the link's name (as ln's copy rule).
                const text = to === undefined ? undefined : this.current(to);
                if (text !== undefined && !NAME_RESOLUTION_PATHS.includes(target)) {
                    this.linkVisiting.add(to!);
                    try {
                        this.file(text, target, undefined, linkHow);
                    } finally {
                        this.linkVisiting.delete(to!);
                    }
                }
            }
            if (/^[fFwW]$/.test(letter) && target) {
                const content =
                    argument !== undefined && modifiers.includes("~")
                        ? Buffer.from(argument, "base64").toString("utf8")
                        : argument;
                if (modifiers.includes("^")) this.writtenUnknown(target, how);
                else if (content !== undefined)
                    this.file(content, target, undefined, how, letter.toLowerCase() === "w" && modifiers.includes("+"));
                continue;
            }
            if (letter === "C" && target) {
                const source = argument ?? posix.join("/usr/share/factory", target);
                if (podReadable(target) && holdsNodeSecrets(source) && !PUBLIC_NODE_FILES.has(source))
                    this.refuseSecrets(source, target, how);
                // Round 82: tmpfiles.d(5) "C ... Recursively copy a file or directory" is `cp -r -T SOURCE TARGET` for
                // every target (copy: a known source's text, a planted source's provenance, an unknown one unknown).
                this.copy("cp", ["-r", "-T", source, target], newContext("/"), `${how} (systemd-tmpfiles copies it)`);
            }
            const hit = RootReads.writable(pathsIn(raw));
            if (hit) this.refuse(hit, how);
        }
    }

    /**
     * logrotate.conf(5): the paths opening a block name logs logrotate rotates, `olddir` where rotated logs go; its
     * script blocks (prerotate, postrotate, firstaction, lastaction, preremove ... endscript) run through /bin/sh as
     * root; other directives (include ...) are refused when they name a data directory.
     */
    private logrotate(text: string, path: string) {
        let script: string[] | undefined;
        for (const line of text.split(/\r?\n/)) {
            if (script) {
                if (/^\s*endscript\b/.test(line)) {
                    this.script(script.join("\n"));
                    script = undefined;
                } else script.push(line);
            } else if (/^\s*(pre|post)rotate\b|^\s*(first|last)action\b|^\s*preremove\b/.test(line)) script = [];
            else if (!/\{\s*$/.test(line) && !/^\s*olddir\b/.test(line)) {
                const hit = RootReads.writable(pathsIn(line));
                if (hit) this.refuse(hit, `${path}: ${line.trim()}`);
            }
        }
        if (script) this.script(script.join("\n"));
    }

    /**
     * aide.conf(5): selection lines (`/path RULE`, `!/path`, `=/path`) name what AIDE hashes and run nothing;
     * `@@include` reads another configuration and `@@x_include` runs an executable one; other lines (the database and
     * report URLs, definitions) are refused when they name a data directory.
     */
    private aide(text: string, path: string) {
        for (const line of text.split(/\r?\n/)) {
            if (/^\s*([!=]?\/|#|$)/.test(line)) continue;
            const hit = RootReads.writable(pathsIn(line));
            if (hit) this.refuse(hit, `${path}: ${line.trim()}`);
        }
    }

    /**
     * The CloudWatch agent's JSON configuration (CloudWatch agent configuration file, "logs" collect_list file_path,
     * "metrics" disk resources): it tails log files and measures mount points, as the CloudWatch add-on does; any
     * other value naming a data directory is refused. Unparsable JSON is read like any file.
     * DECIDED (round 88, the lead): its StatsD and collectd receivers (metrics_collected.statsd/collectd
     * service_address, on every interface by default for StatsD: CloudWatch User Guide "Retrieve custom metrics with
     * StatsD", "... with collectd") are not listeners the pack refuses, as node_exporter's is not
     * (listeners.ts nodeExporterListeners): they take metric lines only, which become the instance's metrics, never
     * code, a file or a credential. Every path the configuration names is still judged here.
     */
    private cloudWatchAgent(text: string, path: string) {
        let config: unknown;
        try {
            config = JSON.parse(text);
        } catch {
            return this.generic(text, `in ${path}, which the node reads`);
        }
        const walk = (v: unknown, key: string, at: string) => {
            if (typeof v === "string") {
                const hit = RootReads.writable(pathsIn(v));
                if (hit && key !== "file_path" && key !== "resources") this.refuse(hit, `${path}: ${at} = ${v}`);
                // A log file it ships from the node's secrets (every pod's token under /var/lib/kubelet/pods ...): the
                // agent reads it as root and sends it to CloudWatch Logs. A glob counts by the literal part before its
                // first wildcard.
                const literal = v.replace(/[*?[{].*$/, "");
                if (
                    key === "file_path" &&
                    v.startsWith("/") &&
                    (insideNodeSecrets(literal) ||
                        (literal !== v && holdsNodeSecrets(literal.replace(/\/+$/, "") || "/")))
                )
                    this.out.push({
                        who: "whoever reads the agent's log groups",
                        what: `${this.where} has the CloudWatch agent ship ${v} (${path}: ${at}), node credentials or every pod's token (podSpec.ts NODE_SECRETS), to CloudWatch Logs: collect only log files`,
                    });
            } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, key, `${at}[${i}]`));
            else if (v && typeof v === "object")
                for (const [k, x] of Object.entries(v)) walk(x, k, at ? `${at}.${k}` : k);
        };
        walk(config, "", "");
    }

    /**
     * Round 75: modprobe.d(5) "install modulename command...: This command instructs modprobe to run your command
     * instead of inserting the module in the kernel as normal" (through the shell, as root), `remove` alike on removal;
     * the kernel's request_module runs modprobe when any process, a pod's included, asks for an unloaded protocol
     * (socket(2) of an unloaded family): each such line is a root shell line (rootShellLine), as a cron job's. `alias`,
     * `blacklist`, `options`, `softdep` and `weakdep` only name modules and their parameters (data). Any other line is
     * a directive the pack cannot read: refused (fail closed). A backslash ending a line continues it.
     */
    private modprobe(text: string, path: string) {
        for (const raw of text.replace(/\\\r?\n/g, " ").split(/\r?\n/)) {
            const line = raw.trim();
            if (line === "" || line.startsWith("#")) continue;
            const [keyword, module, ...command] = line.split(/\s+/);
            // Data lines: their paths, if any, are judged with the file's other lines (generic).
            if (/^(alias|blacklist|options|softdep|weakdep)$/.test(keyword)) continue;
            if (/^(install|remove)$/.test(keyword) && module !== undefined && command.length > 0) {
                const job = line.replace(/^\S+\s+\S+\s+/, "");
                this.rootShellLine(
                    job,
                    newContext("/"),
                    `a modprobe.d ${keyword} command in ${path}, run as root by modprobe(8) when the kernel loads ${module} (any process's socket(2) of an unloaded protocol may): ${line}`,
                );
                continue;
            }
            this.out.push({
                who: "whoever chooses what is written",
                what: `user data writes ${path} with a line the pack cannot read (${line}): modprobe(8) reads it as root whenever a module loads (modprobe.d(5) install lines run commands); write only install, remove, alias, blacklist, options or softdep lines`,
            });
        }
    }

    /**
     * Round 76: udev(7) "RUN{type}": "Add a program to the list of programs to be executed after processing all the
     * rules for a specific event" (type `program`, the default, or `builtin`), run by systemd-udevd as root at every
     * matching event (`udevadm trigger` and every boot's coldplug among them); "PROGRAM: Execute a program to determine
     * whether there is a match"; "IMPORT{type}: Import a set of variables as device properties", `program` running one.
     * Each such value is a root command line (udevCommandLine: no shell), read as a unit's Exec line is. Builtins,
     * matches and the other assignments (ATTR, ENV, SYMLINK, OPTIONS, GOTO, LABEL ...) are data, except: ENV{key}= of a
     * loader variable (udev(7) ENV: device properties are "exported to events or external tools (run by, for example,
     * the PROGRAM match key)": the environment of the programs it runs) and SYSCTL{}= (a kernel setting, among them
     * kernel.core_pattern and kernel.modprobe, which run a program as root). A line the pack cannot read is refused.
     */
    private udevRules(text: string, path: string) {
        for (const raw of text.replace(/\\\r?\n/g, " ").split(/\r?\n/)) {
            const line = raw.trim();
            if (line === "" || line.startsWith("#")) continue;
            const unreadable = (why: string) =>
                this.out.push({
                    who: "whoever chooses what is written",
                    what: `user data writes ${path} with a udev rule the pack cannot read (${why}: ${line}): systemd-udevd runs a rule's RUN, PROGRAM and IMPORT{program} programs as root at every matching device event; write literal absolute program paths and only udev(7) keys`,
                });
            const pairs = udevRulePairs(line);
            if (pairs === undefined) {
                unreadable("not only udev(7) key-operator-value pairs");
                continue;
            }
            // Round 77: a rule matching SUBSYSTEM=="block" (a literal, no glob or alternative) runs only for block
            // devices, whose kernel names are the drivers' (UDEV_BLOCK_KERNEL_NAME).
            const blockDevice = pairs.some(p => p.key === "SUBSYSTEM" && p.op === "==" && p.value === "block");
            for (const { key, attr, op, value } of pairs) {
                const assigns = !/^(==|!=)$/.test(op);
                const program =
                    key === "PROGRAM" ||
                    ((key === "RUN" || key === "IMPORT") && (attr === undefined || attr === "program"));
                if (program) {
                    const command = udevCommandLine(value, blockDevice);
                    if (command === undefined) unreadable(`${key} "${value}"`);
                    else
                        this.script(
                            command,
                            newContext("/"),
                            `a udev ${key}${attr ? `{${attr}}` : ""} program in ${path}, run as root by systemd-udevd at every matching device event: ${line}`,
                        );
                } else if (key === "RUN" && attr !== "builtin") unreadable(`RUN{${attr ?? ""}}`);
                else if (key === "IMPORT" && !/^(builtin|file|db|cmdline|parent)$/.test(attr ?? ""))
                    unreadable(`IMPORT{${attr ?? ""}}`);
                else if (assigns && key === "ENV" && LOADER_VARIABLES.test(attr ?? ""))
                    this.out.push({
                        who: "whoever provides what it names",
                        what: `user data writes ${path} setting the device property ${attr} (${line}): udev exports device properties to the environment of the programs its rules run as root (udev(7) ENV), so ${attr} there changes what they load or run; leave the loader's and shells' variables alone`,
                    });
                else if (assigns && key === "SYSCTL")
                    this.out.push({
                        who: "whoever chooses what is written",
                        what: `user data writes ${path} with a udev SYSCTL{${attr ?? ""}} assignment (${line}): a kernel setting written at every matching device event, which the pack does not read there (kernel.core_pattern and kernel.modprobe run programs as root); set kernel settings in /etc/sysctl.d`,
                    });
            }
        }
    }

    /**
     * Round 76: auditd-plugins(5): "The plugin directory will be scanned and every plugin that is active will be
     * started": `path` "is the absolute path to the plugin executable", started by auditd as its root child with `args`
     * ("This allows you to pass arguments to the child program"), at every auditd start; `type = builtin` names a
     * plugin internal to the dispatcher (af_unix, syslog), `active = no` (the default) starts nothing. An active plugin's
     * path and args are a root command line, read as a unit's ExecStart is (no shell). `partial`: the file's whole text
     * is unknown (an edit's fragment, an append to the image's file): a `path` there is judged whatever `active` says;
     * with none, the image's own plugin stays. A line the pack cannot read is refused.
     */
    private auditPlugin(text: string, path: string, partial: boolean) {
        const options = new Map<string, string>();
        const paths: string[] = [];
        let anyActive = false;
        for (const raw of text.split(/\r?\n/)) {
            const line = raw.trim();
            if (line === "" || line.startsWith("#")) continue;
            const kv = /^([a-z_]+)\s*=\s*(.*?)\s*$/.exec(line);
            if (!kv || !AUDIT_PLUGIN_KEYS.test(kv[1])) {
                this.out.push({
                    who: "whoever chooses what is written",
                    what: `user data writes ${path} with a line the pack cannot read (${line}): auditd starts an active plugin's path as its root child (auditd-plugins(5)); write only active, direction, path, type, args and format lines`,
                });
                continue;
            }
            options.set(kv[1], kv[2]);
            if (kv[1] === "path") paths.push(kv[2]);
            if (kv[1] === "active" && kv[2] === "yes") anyActive = true;
        }
        const active = partial ? paths.length > 0 || anyActive : options.get("active") === "yes";
        if (!active) return;
        const builtin = options.get("type") === "builtin";
        const args = (options.get("args") ?? "").split(/\s+/).filter(a => a !== "");
        const literal = (t: string) => `'${t.replace(/'/g, `'\\''`)}'`;
        for (const program of partial ? paths : paths.slice(-1)) {
            // A builtin's path is its internal name (builtin_af_unix, builtin_syslog); an absolute one is run.
            if (builtin && !program.startsWith("/")) continue;
            this.script(
                [program, ...args].map(literal).join(" "),
                newContext("/"),
                `an audit plugin in ${path}, started as root by auditd (auditd-plugins(5) path and args): ${program} ${args.join(" ")}`.trim(),
            );
        }
    }

    /**
     * Round 77: auditd.conf(5) `plugin_dir`: "This is the location that auditd will use to search for its plugin
     * configuration files" (auditd-plugins(5): "a plugins directory which defaults to /etc/audit/plugins.d. This can
     * be controlled by a auditd.conf config option plugin_dir"). Every value the script writes there (an append or an
     * edit may leave an earlier one: each is judged) is read as plugins.d itself, as a link /etc/audit/plugins.d ->
     * DIR (linkedAt, linkTargets): the files written under DIR, before or after, are judged as plugin files (their
     * content unknown: refused, READ_BEFORE_WRITE; known: auditPlugin). A value the pack cannot know (a variable, a
     * command's output, a relative path) may be any directory: refused. A data directory is refused where the
     * text is read (generic).
     */
    private auditdPluginDirectory(text: string, how: string) {
        const plugins = "/etc/audit/plugins.d";
        for (const raw of text.split(/\r?\n/)) {
            const kv = /^\s*plugin_dir\s*=\s*(.*?)\s*$/.exec(raw);
            if (!kv) continue;
            const dir = posix.normalize(kv[1] || ".").replace(/(.)\/$/, "$1");
            if (dir === plugins) continue;
            if (!dir.startsWith("/") || /[$*?[`]|SUBSTITUTED/.test(dir) || dir.includes(UNKNOWN_WORDS)) {
                this.out.push({
                    who: "whoever chooses what is written",
                    what: `user data sets auditd's plugin_dir to ${kv[1]} (${how}), a directory the pack cannot know: auditd starts every active plugin configured there as its root child (auditd.conf(5) plugin_dir, auditd-plugins(5)); leave plugin_dir at /etc/audit/plugins.d or name a literal directory`,
                });
                continue;
            }
            if (RootReads.writable([dir])) continue;
            this.links.set(plugins, dir);
            this.linkedAt(plugins, dir, true, `${how}: auditd.conf plugin_dir makes it auditd's plugin directory`);
        }
    }

    /**
     * Round 82: a planted file copied (or moved, installed, extracted) into the system trust store's sources
     * (TRUST_STORE_FILES: update-ca-trust(8) "/etc/pki/ca-trust/source/anchors/", "/usr/share/pki/ca-trust-source/"
     * and their blocklist; update-ca-certificates(8) /usr/local/share/ca-certificates) is a local user's CA, trusted by
     * every TLS client of the node (p11-kit's trust module reads the sources directly; update-ca-trust extracts them
     * for OpenSSL): judged where it lands (plantedCopies), as `trust anchor FILE` is (loadedOperands). A CA the
     * operator downloads there, or writes there literally, is not planted (rounds 25, 49): the store is no
     * READ_BEFORE_WRITE path.
     */
    private plantedTrustAnchors() {
        // Round 86: a link the script made at a trust-store path (or a directory linked there) to a planted file is the
        // planted file there, as a copy is: p11-kit and update-ca-trust follow symbolic links, and TLS clients open the
        // bundle through its link (path_resolution(7)). Its target is judged (RootReads.planted follows further links).
        for (const [link, target] of this.links) {
            const planted =
                target !== undefined && (TRUST_STORE_FILES.test(link) || TRUST_STORE_FILES.test(`${link}/`))
                    ? this.planted([target])
                    : undefined;
            if (planted)
                this.refusePlanted(
                    { path: `${link} (a link to ${planted.path})`, root: planted.root },
                    `the system trust store reads it as a CA every TLS client of the node trusts (update-ca-trust(8), update-ca-certificates(8))`,
                );
        }
        // Round 86 (fix): a mount onto the trust store (a bind of a planted bundle over ca-bundle.crt, an overlay or image
        // over the anchors directory: mountShowsPlanted, mountOpens) shows the planted file there, as a copy would.
        for (const [at, from] of this.bound) {
            const onto = TRUST_STORE_FILES.test(at) || TRUST_STORE_FILES.test(`${at}/`);
            const planted = onto ? this.planted([from]) : undefined;
            if (planted)
                this.refusePlanted(
                    { path: `${at} (a mount of ${planted.path})`, root: planted.root },
                    `the system trust store reads it as a CA every TLS client of the node trusts (update-ca-trust(8), update-ca-certificates(8))`,
                );
        }
        for (const [to, from] of this.plantedCopies) {
            const lands = TRUST_STORE_FILES.test(to) || (from.tree && TRUST_STORE_FILES.test(`${to}/`));
            if (lands)
                this.refusePlanted(
                    { path: `${to} (copied or extracted from ${from.path})`, root: from.root },
                    `the system trust store reads it as a CA every TLS client of the node trusts (update-ca-trust(8), update-ca-certificates(8))`,
                );
        }
    }

    /**
     * Round 82: auditd.conf(5) space_left_action, admin_space_left_action, disk_full_action and disk_error_action:
     * "exec /path-to-script will execute the script. You cannot pass parameters to the script" (auditd runs it as
     * root when the audit partition runs low or fails, which a local user's audit-record volume can force). The path
     * is judged as a program root runs (planted: a world-writable directory's file the script did not write there); a
     * downloaded script (/opt/ops.sh) is the operator's, as judge.ran keeps it. A path the pack cannot place (a
     * variable, a command's output, a relative name) may be any file: refused. `text` is the file, or an edit's or
     * append's added lines (a sed -i replacement: inPlaceAdds); an edit the pack cannot read leaves the file unknown,
     * refused where auditd.conf is read (READ_BEFORE_WRITE).
     */
    private auditdExecActions(text: string, how: string) {
        for (const raw of text.split(/\r?\n/)) {
            const kv = /^\s*((?:admin_)?space_left_action|disk_(?:full|error)_action)\s*=\s*exec\b\s*(.*?)\s*$/i.exec(
                raw,
            );
            if (!kv) continue;
            const [, key, program] = kv;
            const runs = `${how}: auditd.conf ${key} = exec ${program}, which auditd runs as root (auditd.conf(5))`;
            if (!program.startsWith("/") || /[$*?[`]|SUBSTITUTED/.test(program) || program.includes(UNKNOWN_WORDS)) {
                this.out.push({
                    who: "whoever chooses what is written",
                    what: `user data sets auditd's ${key} to exec ${program} (${how}), a program the pack cannot place: auditd runs it as root when the audit disk runs low or fails (auditd.conf(5) "exec /path-to-script"); name a literal absolute path of a root-owned program`,
                });
                continue;
            }
            const planted = this.planted([program]);
            if (planted) this.refusePlanted(planted, runs);
        }
    }

    /**
     * Round 77: a log/metric agent's configuration (userDataReaders/logAgents.ts): each command it runs is a command
     * line of the agent's user, at every interval or start. The user is its unit's: the packaged one's (LogAgent
     * packagedUser; root when none) unless a unit file written replaces it, then a drop-in's User= (systemd.exec(5)
     * User=: "Set the UNIX user ... that the processes are executed as"); a non-root user without root's groups or
     * capabilities has its commands judged for what they execute (as a unit's, ctx.execOnly), root's as root's
     * (Fluent Bit's exec Command goes through /bin/sh: rootShellLine). What runs code the pack cannot read is refused.
     */
    private logAgentConfig(
        agent: LogAgent,
        reading: AgentReading,
        text: string,
        path: string,
        partial: boolean,
        networkInputs: readonly string[],
        runByRoot = false,
    ) {
        // An edit of (or an append to) the image's file: the fragment alone is read, and one naming a plugin that runs
        // commands or code may complete or uncomment one the pack does not see (the packaged telegraf.conf holds a
        // commented [[inputs.exec]] with its commands).
        if (partial && /exec|lua|wasm|ruby|#\{|include|plugin|command/i.test(text))
            reading.unreadable.push("an edit of the image's file whose whole text the pack does not know");
        // Round 80: a command's output written into it (`echo "$LINE" >> /etc/rsyslog.conf`, LINE downloaded) is
        // configuration the pack cannot read, whether the whole file or an appended line.
        if (SUBSTITUTED_MARK.test(text))
            reading.unreadable.push("text a command printed at boot, which the pack cannot read");
        for (const why of reading.unreadable)
            this.out.push({
                who: "whoever chooses what is written",
                what: `user data writes ${path}, ${agent.name}'s configuration, which the pack cannot read (${why}): ${agent.name} runs what its configuration names at every start, as its unit's user (root unless the unit names another); configure only plugins that run no commands or code`,
            });
        if (reading.commands.length === 0 && reading.fileOutputs.length === 0 && reading.execOutputs.length === 0)
            return;
        const files = [agent.unit, ...unitDropInNames(agent.unit).slice(1)].flatMap(n => this.units.get(n) ?? []);
        const entries = unitFileEntries(files).filter(e => e.section === "Service");
        const replaced = (this.units.get(agent.unit) ?? []).some(f => !f.path.includes(".d/"));
        const user = entries.filter(e => e.key === "User").at(-1)?.value ?? (replaced ? undefined : agent.packagedUser);
        const widened = entries.some(e =>
            /^(Group|SupplementaryGroups|AmbientCapabilities|PermissionsStartOnly)$/.test(e.key),
        );
        const unitRoot =
            runByRoot ||
            user === undefined ||
            user === "" ||
            /^(root|0)$/.test(user) ||
            user.includes("%") ||
            this.rootEquivalent(user) ||
            widened;
        if (unitRoot) this.agentFileOutputs(agent, reading, path, networkInputs);
        if (unitRoot) this.agentExecOutputs(agent, reading, path, networkInputs);
        for (const { line, shell, user: own, how } of reading.commands) {
            const root =
                own === undefined ? unitRoot : /^(root|0)$/.test(own) || own.includes("%") || this.rootEquivalent(own);
            const what = `${how}, run by ${agent.name} (${path}) as ${root ? "root" : (own ?? user)}`;
            if (root && shell) this.rootShellLine(line, newContext("/"), what);
            else {
                const ctx = newContext("/");
                ctx.execOnly = !root;
                this.script(line, ctx, what);
            }
        }
    }

    /**
     * Round 83: a log agent root runs with a configuration option (logAgents.ts logAgentCommandConfig) reads that file
     * (a directory or glob: each file user data wrote there) with the agent's reader, as root whatever its packaged
     * unit's user, at finish with the packaged configuration's (logAgentConfig). One the pack cannot read (not written
     * by user data, changed so it cannot compute it, a relative path from a directory it does not know, a directory a
     * copy filled) makes the agent's inputs and outputs unknown: refused.
     */
    private logAgentRun(words: readonly string[], cwd: string | undefined, how: string) {
        const given = logAgentCommandConfig(words);
        if (given === undefined) return;
        const { agent, files, inline } = given;
        inline.forEach((text, i) =>
            this.logAgentConfigs.set(`${how} (inline configuration ${i + 1})`, {
                agent,
                text,
                partial: false,
                root: true,
            }),
        );
        for (const file of files) {
            const path = file.startsWith("/") || cwd !== undefined ? posix.resolve(cwd ?? "/", file) : undefined;
            if (path !== undefined && agent.config.test(path)) continue;
            const glob = path === undefined ? undefined : globRegExp(path, { path: true });
            const under =
                path === undefined
                    ? []
                    : [...this.written.keys()].filter(p => p === path || p.startsWith(`${path}/`) || glob?.test(p));
            const texts = under.map(p => [p, this.current(p)] as const);
            if (path === undefined || texts.length === 0 || texts.some(([, t]) => t === undefined)) {
                this.out.push({
                    who: "whoever chooses what is written",
                    what: `${this.where} runs ${agent.name} as root on ${path ?? file} (${how}), a configuration the pack cannot read: ${agent.name} runs what its configuration names and writes its records where it says, as root; write the configuration in the user data itself`,
                });
                continue;
            }
            for (const [p, text] of texts)
                this.logAgentConfigs.set(p, { agent, text: text!, partial: false, root: true });
        }
    }

    /**
     * Round 78: a root agent writes through each file output records others choose: whoever reaches a network input
     * (logAgents.ts AgentReading networkInputs: a listener beyond loopback, a broker) and, through a file or journal
     * input, every pod and service whose log lines it tails (/var/log/containers holds what each container prints).
     * So each output is a root write of content the pack cannot read (writtenUnknown), refused wherever that path is
     * judged (a cron job in /etc/cron.d, a login script in /etc/profile.d, root's authorized_keys); outputs under log
     * directories nothing runs stay log writes. Every output counts, whatever records it matches (fail closed: a tag or
     * a route the pack does not follow). A name the records choose is one path component (ONE_WORD: Fluent Bit's tag,
     * "If not set, the filename will be the tag"), so the output may write any file of its directory; a suffix the
     * agent adds (fluentd out_file's time and `.log`) alike; a `${...}` part may hold a slash.
     */
    private agentFileOutputs(agent: LogAgent, reading: AgentReading, path: string, networkInputs: readonly string[]) {
        for (const { path: at, added, how } of reading.fileOutputs) {
            const target = added === "name" ? posix.join(at, ONE_WORD) : added === "suffix" ? `${at}${ONE_WORD}` : at;
            this.writtenUnknown(
                target,
                networkInputs.length > 0
                    ? `${agent.name} (${path}) writes, as root, the records of ${networkInputs.join(", ")} through ${how}: whoever reaches that input chooses the content`
                    : `${agent.name} (${path}) writes, as root, the records it collects through ${how}: ${agent.senders ?? "the pods and services whose log lines it reads"} choose the content`,
            );
        }
    }

    /**
     * Round 80: a root agent's exec output (logAgents.ts AgentReading execOutputs) hands its records to a program: what
     * whoever reaches a network input sends (or, as for file outputs, what the pods and services whose logs it reads
     * print) becomes that program's input. A shell or interpreter runs it (`sh` fed records is a root shell served on
     * the input's bind), and a program the pack does not know may do as much, so only one simple command whose program
     * treats its input as data (agentFedDataOnly) is accepted: Telegraf's own example, `tee -a /dev/null`, and `cat`.
     */
    private agentExecOutputs(agent: LogAgent, reading: AgentReading, path: string, networkInputs: readonly string[]) {
        for (const { line, shell, how } of reading.execOutputs) {
            const from =
                networkInputs.length > 0
                    ? `the records of ${networkInputs.join(", ")}`
                    : `the records it collects (${agent.senders ?? "the pods and services whose log lines it reads"} choose them)`;
            // Round 82: a data-only program's files hold what the records say, judged as a root write of unknown
            // content wherever they are (tee -a /etc/cron.d/ops: a cron job the senders write).
            const writes = agentFedDataWrites(line, shell);
            if (writes !== undefined) {
                for (const w of writes)
                    if (w !== "/dev/null")
                        this.writtenUnknown(
                            posix.resolve("/", w),
                            `${agent.name} (${path}) writes, as root, ${from} through ${how}`,
                        );
                continue;
            }
            this.out.push({
                who:
                    networkInputs.length > 0
                        ? `whoever reaches ${networkInputs.join(", ")}`
                        : agent.senders
                          ? "every local user and service"
                          : "whoever writes the logs it reads",
                what: `${agent.name} (${path}) hands, as root, ${from} to ${how}: a program the pack does not know to treat its input as data (a shell or interpreter runs it) runs what others send, as root; feed exec outputs only to programs that keep their input as data (tee, cat), or send records to a network output`,
            });
        }
    }

    /**
     * crontab(5): /etc/crontab and /etc/cron.d name the user in the sixth field, a spool file is its user's; a job runs
     * through /bin/sh in its user's home. Environment lines (PATH=, SHELL=, BASH_ENV=) apply to every job.
     */
    private cron(text: string, path: string) {
        const spoolUser = /^\/var\/spool\/cron\/(?:crontabs\/)?([^/]+)$/.exec(path)?.[1];
        // Round 71: anacrontab(5): "period delay job-identifier command" (or "@period_name delay job-identifier
        // command"), run as root by anacron through the shell.
        const anacron = path === "/etc/anacrontab";
        for (const raw of text.split(/\r?\n/)) {
            const line = raw.trim();
            if (line === "" || line.startsWith("#")) continue;
            const job = /^[A-Za-z_][A-Za-z0-9_]*\s*=/.test(line)
                ? undefined
                : anacron
                  ? /^(?:@[a-z]+|\d+)\s+\d+\s+\S+\s+(\S.*)$/.exec(line)?.[1]
                  : /^(?:@[a-z]+|(?:\S+\s+){4}\S+)\s+(\S.*)$/.exec(line)?.[1];
            if (job === undefined) {
                const hit = RootReads.writable(pathsIn(line));
                if (hit) this.refuse(hit, `${path}: ${line}`);
                // Round 81: crontab(5) "environment setting": NAME = VALUE sets every later job's environment (PATH
                // where its commands are searched), judged as a shell's exported variable; jobs start in HOME
                // (crontab(5)), /root for root's: a relative entry is searched there.
                const assignment = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
                if (assignment)
                    this.plantedLoader(
                        assignment[1],
                        assignment[2].replace(/^(["'])(.*)\1$/, "$2"),
                        `${path}: ${line}, the environment of its jobs`,
                        spoolUser === undefined || spoolUser === "root" ? "/root" : this.home(spoolUser),
                    );
                continue;
            }
            const [user, ...rest] = job.split(/\s+/);
            const runAs = spoolUser ?? (anacron ? "root" : user);
            // Any user's job is judged as root's: cron sets no NoNewPrivileges, so a setuid program a uid-0 pod plants
            // in a data directory (or sudo) gives it root's power back.
            const home = this.home(runAs) ?? (runAs === "root" || runAs === "0" ? "/root" : `/home/${runAs}`);
            const context = newContext(home);
            context.execOnly = !this.rootEquivalent(runAs);
            // Round 71: the job's whole line is what cron hands /bin/sh (crontab(5): "The entire command portion of
            // the line ... will be executed by /bin/sh or by the shell specified in the SHELL variable"), read as a root
            // shell line (rootShellLine: its redirections' relays, `bash -i >& /dev/tcp/HOST/PORT`, too).
            this.rootShellLine(
                spoolUser || anacron ? job : rest.join(" "),
                context,
                `${runAs === "root" || runAs === "0" ? "a root cron job" : `a cron job of ${runAs}`} in ${path}: ${line}`,
            );
        }
    }

    /**
     * A process supervisor's programs (Supervisor docs, "Configuration File": each [program:x], [fcgi-program:x] and
     * [eventlistener:x] section's `command=` is started by supervisord, as root unless `user=` names another), judged as
     * the commands they are, in `directory=`, another user's as cron's. `environment` is supervisord's own (the
     * launching command's variables), for its `%(ENV_X)s` expressions (supervisorExpand); undefined when the pack cannot
     * know it (the packaged service's): a value using one is then unknown, and fails closed like any expression the
     * pack cannot compute.
     */
    private supervisor(
        text: string,
        path: string,
        depth = 0,
        only?: "programs" | "includes",
        environment?: ReadonlyMap<string, string>,
    ) {
        let section = "";
        const programs = new Map<
            string,
            { command?: string; user?: string; directory?: string; line?: string; numprocs?: boolean }
        >();
        const includes: string[] = [];
        for (const raw of text.split(/\r?\n/)) {
            const line = raw.trim();
            const header = /^\[([^\]]+)\]$/.exec(line);
            if (header) section = header[1].trim();
            const kv = /^([a-z_]+)\s*=\s*(.*)$/.exec(line);
            if (kv && section === "include" && kv[1] === "files") includes.push(...kv[2].trim().split(/\s+/));
            if (!kv || !/^(program|fcgi-program|eventlistener):/.test(section)) continue;
            const program = programs.get(section) ?? {};
            if (kv[1] === "command") Object.assign(program, { command: kv[2], line });
            if (kv[1] === "user") program.user = kv[2];
            if (kv[1] === "directory") program.directory = kv[2];
            if (/^numprocs(_start)?$/.test(kv[1])) program.numprocs = true;
            programs.set(section, program);
        }
        // The ENV_ variables (a name a shell can export; a value holding what the pack cannot know is no value) and
        // `here`, the directory of this file.
        const keys = new Map<string, string | number>([["here", posix.dirname(path)]]);
        for (const [name, value] of environment ?? [])
            if (
                /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
                !/[$`]|SUBSTITUTED/.test(value) &&
                !["\0", UNKNOWN_WORDS, LITERAL_DOLLAR].some(m => value.includes(m))
            )
                keys.set(`ENV_${name}`, value);
        for (const [section, { command, user, directory, line, numprocs }] of only === "includes" ? [] : programs) {
            if (command === undefined) continue;
            // A program's own name; process_num and numprocs are 0 and 1 unless numprocs= or numprocs_start= sets them
            // (then not followed); group_name is its own unless a [group:x], here or in another file, lists it: not
            // followed either.
            const name = section.replace(/^[^:]*:/, "");
            const own = new Map(keys).set("program_name", name);
            if (!numprocs) own.set("process_num", 0).set("numprocs", 1);
            const [cmd, runAs, dir] = [command, user ?? "root", directory].map(v =>
                v === undefined ? undefined : supervisorExpand(v, own),
            );
            if (cmd === undefined || runAs === undefined || (directory !== undefined && dir === undefined)) {
                this.unreadableRun(
                    `supervisord's [${section}] in ${path}: ${line}: an expression (%(...)s) the pack cannot compute`,
                );
                continue;
            }
            const context = newContext(dir ?? this.home(runAs) ?? "/");
            context.execOnly = !this.rootEquivalent(runAs);
            this.script(cmd, context, `supervisord's [${section}] in ${path}: ${line}`);
        }
        // Supervisor docs, "Configuration File", [include] "files": "A space-separated sequence of file globs. Each file
        // glob may be absolute or relative. If the file glob is relative, it is considered relative to the location of
        // the configuration file which includes it" (`%(here)s` is that directory, `%(ENV_X)s` a variable:
        // supervisorExpand). Each file user data wrote that a glob matches is read alike (its own [include]s too); one
        // it wrote, copied or unpacked so the pack cannot read it (a directory a copy or an unread program may have
        // filled) fails closed (includedFiles). A path under SUPERVISOR_CONFIG was judged when written. The packaged
        // configuration's own files (SUPERVISOR_CONFIG) follow theirs once every file is written (finish).
        if (depth > 4 || only === "programs") return;
        for (const raw of includes) {
            const how = `supervisord's [include] files = ${raw} in ${path}`;
            const expanded = supervisorExpand(raw, keys);
            if (expanded === undefined) {
                this.unreadableRun(`${how}: an expansion the pack cannot compute`);
                continue;
            }
            for (const file of this.includedFiles(posix.resolve(posix.dirname(path), expanded), how) ?? [])
                if (!SUPERVISOR_CONFIG.test(file))
                    this.supervisor(this.written.get(file) ?? "", file, depth + 1, undefined, environment);
        }
    }

    /**
     * The files user data wrote that an include glob (`supervisorGlob`, absolute) matches, or undefined when one it
     * matches holds what the pack cannot know (written, copied or unpacked so the pack cannot read it, or in a
     * directory a copy or an unread program may have filled): that fails closed (unreadableRun).
     */
    private includedFiles(glob: string, how: string): string[] | undefined {
        const re = supervisorGlob(glob);
        const literal = glob.replace(/[*?[].*$/, "");
        const dir = /[*?[]/.test(glob) ? literal.replace(/\/[^/]*$/, "") : glob;
        const filled = this.inUnknownTree(dir) || [...this.unknownTrees].some(t => t.startsWith(`${dir}/`));
        const unknown = [...this.unknown, ...this.rewritten].filter(f => re.test(f));
        if (filled || unknown.length > 0) {
            this.unreadableRun(`${how}: ${unknown[0] ?? dir}, which user data made so the pack cannot read it`);
            return undefined;
        }
        return [...this.written.keys()].filter(f => re.test(f));
    }

    /**
     * Monit's control file (Monit manual, "SERVICE METHODS": `start program = "COMMAND"`, `stop program`, `restart
     * program`, run when monit starts, stops or restarts the service, and "ACTION" `exec "COMMAND"`; "PROGRAM
     * TESTING": `check program NAME with path "COMMAND"`, run at every cycle): each command is run by monit, as root
     * (an `as uid` is not followed), judged as the command it is. `only` as for supervisor: a file under MONIT_CONFIG
     * has its commands judged when written and its includes followed once every file is written (finish).
     */
    private monit(text: string, path: string, cwd = "/", depth = 0, only?: "programs" | "includes") {
        const commands =
            /\b(?:(?:start|stop|restart)\s+program\s*=?|exec|check\s+program\s+\S+\s+(?:with\s+)?path)\s*(?:"([^"]*)"|'([^']*)')/gi;
        if (only !== "includes")
            for (const m of text.matchAll(commands))
                this.script(m[1] ?? m[2] ?? "", newContext("/"), `monit's control file ${path}: ${m[0]}`);
        // Monit manual, "INCLUDE FILES": "include <file|globstring>" ("include /etc/monit/mysql.monitrc", "include
        // /etc/monit/*"): every file the glob(3) pattern matches is read as part of the control file, wherever it is.
        // A relative pattern is relative to monit's working directory (`cwd`: the launching command's, `/` for the
        // packaged service, systemd.exec(5) "WorkingDirectory=": "Defaults to the root directory when systemd is
        // running as a system instance"); braces or `~` (which glob(3) may expand) fail closed, like a file the pack
        // cannot read (includedFiles). Comments (`#` to the line's end) include nothing.
        if (depth > 4 || only === "programs") return;
        const includes = /\binclude\s+(?:"([^"]*)"|'([^']*)'|(\S+))/gi;
        for (const m of text.replace(/#.*$/gm, "").matchAll(includes)) {
            const pattern = m[1] ?? m[2] ?? m[3] ?? "";
            const how = `monit's control file ${path}: ${m[0]}`;
            if (/[{~]/.test(pattern)) {
                this.unreadableRun(`${how}: a pattern the pack cannot expand`);
                continue;
            }
            for (const file of this.includedFiles(posix.resolve(cwd, pattern), how) ?? [])
                if (!MONIT_CONFIG.test(file)) this.monit(this.written.get(file) ?? "", file, cwd, depth + 1);
        }
    }

    /**
     * A systemd unit with its drop-ins (systemd.unit(5), systemd.service(5), systemd.exec(5), systemd.mount(5)), each
     * setting read in its own section, later files overriding earlier ones. A service runs as root unless [Service]
     * User= (or DynamicUser=) names another, without ambient capabilities or root's group; `+` and `!` Exec prefixes
     * and PermissionsStartOnly= run commands as root anyway. Keys that only describe, order, condition or sandbox the
     * unit (UNIT_INERT_KEYS), and a mount's Where=, name a path without reading it; Exec lines are judged as commands
     * in WorkingDirectory=, with Environment= variables substituted (systemd.service(5), "Command lines").
     */
    private unit(files: readonly { path: string; text: string }[]) {
        const entries = unitFileEntries(files).map(e => ({ ...e, value: directorySpecifiers(e.value) }));
        const service = entries.filter(e => e.section === "Service");
        const last = (key: string) => service.filter(e => e.key === key).at(-1)?.value;
        const yes = (v: string | undefined) => /^(yes|true|1|on)$/i.test(v ?? "");
        const user = last("User");
        const rootGroup = grantsRootGroup([
            last("Group"),
            ...service.filter(e => e.key === "SupplementaryGroups").map(e => e.value),
        ]);
        // Ambient capabilities other than binding low ports count as root's power (shell.ts grantsRootCapabilities, as
        // systemd-run -p AmbientCapabilities= does).
        const capabilities = grantsRootCapabilities(
            service.filter(e => e.key === "AmbientCapabilities").flatMap(e => e.value.trim().split(/\s+/)),
        );
        const rootExec = service.some(e => /^Exec/.test(e.key) && /^[-@:|]*[+!]/.test(e.value));
        // User= resolves specifiers (systemd.unit(5) "Specifiers": %u is the manager's user, root for the system manager;
        // %i an instance's name): any specifier may be root. DynamicUser= reuses a static user of User='s name
        // (systemd.exec(5): "If a statically allocated user or group of the configured name already exists, it is
        // used"), so User=root with it is root.
        const rootUser =
            user === undefined ||
            user === "" ||
            /^(root|0)$/.test(user) ||
            user.includes("%") ||
            this.rootEquivalent(user);
        // Another user gets root's power back through a setuid program a uid-0 pod plants in a data directory (chmod
        // 4755 on its own file; execve(2)) or through sudo, unless the unit sets NoNewPrivileges= ("setuid or setgid
        // bits ... are ignored", systemd.exec(5)), which DynamicUser= implies.
        const noNewPrivileges = yes(last("NoNewPrivileges")) || yes(last("DynamicUser"));
        // A `+`/`!` prefix runs that command line as root (systemd.service(5): "the invoked command line"), judged as
        // root on its own; the unit's other lines keep its user. Its other settings reach that root line too.
        const confined =
            (!rootUser || (yes(last("DynamicUser")) && (user === undefined || user === ""))) &&
            !rootGroup &&
            !capabilities &&
            !yes(last("PermissionsStartOnly"));
        // Confined with NoNewPrivileges and off the node's network: nothing it does reaches root or the node role.
        // Otherwise only what it executes from a data directory matters, so its commands are judged for execution
        // only: a setuid file a uid-0 pod plants reaches root without NoNewPrivileges, and a pod's program run on the
        // node's network gets the node role from instance metadata, whose hop limit 1 stops only containers (EC2 user
        // guide, "Instance metadata access considerations"). Off the network: PrivateNetwork=, an IPAddressDeny= that
        // covers 169.254.169.254, or RestrictAddressFamilies= without AF_INET/AF_INET6 (systemd.exec(5),
        // systemd.resource-control(5)).
        // IPAddressDeny= must cover both metadata endpoints, 169.254.169.254 and fd00:ec2::254 (httpProtocolIpv6;
        // systemd's `link-local` is 169.254.0.0/16 and fe80::/64 only), and IPAddressAllow=, checked first, may not
        // open either again (systemd.resource-control(5): "Access is granted when the checked IP address matches an
        // entry in the IPAddressAllow= list"; an empty assignment resets a list). RestrictAddressFamilies= allow lists
        // add up across lines (an empty one resets): off the network only if none allows AF_INET or AF_INET6.
        const list = (key: string) =>
            service
                .filter(e => e.key === key)
                .reduce<string[]>(
                    (acc, e) => (e.value.trim() === "" ? [] : [...acc, ...e.value.trim().split(/\s+/)]),
                    [],
                );
        const v4 = (a: string) =>
            /^(any|link-local|169\.254\.169\.254(\/32)?|169\.254\.0\.0\/16|0\.0\.0\.0\/0)$/.test(a);
        const v6 = (a: string) => /^(any|fd00:ec2::254(\/128)?|fd00:ec2::\/\d+|fd00::\/8|fc00::\/7|::\/0)$/i.test(a);
        const denied = list("IPAddressDeny");
        const allowed = list("IPAddressAllow");
        const familyLines = list("RestrictAddressFamilies");
        const offNetwork =
            yes(last("PrivateNetwork")) ||
            (denied.some(v4) && denied.some(v6) && !allowed.some(v4) && !allowed.some(v6)) ||
            (familyLines.length > 0 &&
                !familyLines.some(f => f.startsWith("~")) &&
                !familyLines.some(f => /^AF_INET6?$/.test(f)));
        const nonRoot = confined && noNewPrivileges && offNetwork;
        const workingDirectory = last("WorkingDirectory")?.replace(/^[-~]/, "");
        const vars = new Map<string, string>();
        for (const e of service.filter(e => e.key === "Environment"))
            for (const w of e.value.match(/"[^"]*"|'[^']*'|\S+/g) ?? []) {
                const [k, ...v] = w.replace(/^["']|["']$/g, "").split("=");
                if (v.length > 0) vars.set(k, v.join("="));
            }
        for (const [k, v] of this.unitEnvironmentFileVariables(service)) vars.set(k, v);
        // LoadCredential=ID:PATH (and LoadCredentialEncrypted=): the service manager, as root, reads PATH into
        // $CREDENTIALS_DIRECTORY (/run/credentials/<unit>/ID), readable by the unit's user (systemd.exec(5),
        // "Credentials"). A node secret there is the unit's: refused for a unit that is not root, whose commands the
        // reader does not follow; a root unit's commands are followed with the directory known.
        const unitName = posix.basename(files[0]?.path ?? "unit.service").replace(/\.d$/, "");
        vars.set("CREDENTIALS_DIRECTORY", `/run/credentials/${unitName}`);
        for (const e of service.filter(e => /^LoadCredential(Encrypted)?$/.test(e.key))) {
            const [id, ...rest] = e.value.trim().split(":");
            const source = rest.join(":");
            if (confined && source.startsWith("/") && insideNodeSecrets(source))
                this.refuseSecrets(
                    source,
                    `/run/credentials/${unitName}/${id}`,
                    `${e.path}: ${e.line}, handed to the unit's user ${user ?? ""}, whose commands the pack does not follow`,
                );
        }
        const where = entries.filter(e => e.section === "Mount" && e.key === "Where").at(-1)?.value;
        const what = entries.filter(e => e.section === "Mount" && e.key === "What").at(-1);
        const mountOptions = entries.filter(e => e.section === "Mount" && e.key === "Options").at(-1)?.value ?? "";
        if (what && where && !/(^|,)r?bind(,|$)/.test(mountOptions))
            this.mounted(what.value, where.trim(), `${what.path}: ${what.line}`);
        for (const e of entries) {
            const how = `${e.path}: ${e.line}`;
            const hit = RootReads.writable(pathsIn(e.value));
            if (e.section === "Mount" && (e.key === "What" || e.key === "Options")) {
                const reads = e.key === "What" ? pathsIn(e.value) : overlayPaths(e.value);
                const into = where && podWritableRoot(where) ? where : undefined;
                const secret = reads.find(p => holdsNodeSecrets(p));
                const options = entries.filter(x => x.section === "Mount" && x.key === "Options").at(-1)?.value ?? "";
                if (into && secret) this.refuseSecrets(secret, into, how);
                else if (into && e.key === "What") this.exposed(posix.resolve(e.value.trim()), into, options, how);
                else if (!into && RootReads.writable(reads)) this.refuse(RootReads.writable(reads)!, how);
                continue;
            }
            if (/^Exec/.test(e.key) && (e.section === "Service" || e.section === "Socket")) {
                const commandLines = execCommandLines(e.value);
                if (nonRoot && !/^[-@:|]*[+!]/.test(e.value)) {
                    // Not root, but on the node's network and settings: what it runs is still the node's business.
                    this.ranOnly(commandLines, how, workingDirectory?.startsWith("/") ? workingDirectory : "/");
                    continue;
                }
                const ctx = newContext(
                    workingDirectory?.startsWith("/") ? workingDirectory : "/",
                    !!workingDirectory?.startsWith("/"),
                    new Map(vars),
                );
                ctx.execOnly = confined && !/^[-@:|]*[+!]/.test(e.value);
                // systemd substitutes ${VAR} and $VAR (a word) from Environment=; `$$` is a literal dollar.
                this.script(commandLines, ctx, how);
            } else if (hit && (!confined || rootExec) && !UNIT_INERT_KEYS.test(e.key)) {
                if (
                    e.key === "Environment" &&
                    !e.value.split(/\s+/).some(w => LOADER_VARIABLES.test(w.replace(/^["']/, "").split("=")[0]))
                )
                    continue;
                this.refuse(hit, how);
            }
        }
        if (!confined || rootExec)
            this.unitLoadedPaths(service, workingDirectory?.startsWith("/") ? workingDirectory : "/");
    }

    /**
     * A filesystem mounted at `at`: a device (/dev/..., its /dev/disk/by-label|by-uuid names read as LABEL=/UUID=),
     * LABEL=, UUID=, PARTUUID=, PARTLABEL= or a network export (`host:/path`, EFS). Pseudo filesystems (tmpfs, proc,
     * none, overlay) are new at every mount, and binds are judged as binds.
     */
    private mounted(source: string, at: string, how: string) {
        const spec = source
            .trim()
            .replace(/^\/dev\/disk\/by-label\//, "LABEL=")
            .replace(/^\/dev\/disk\/by-uuid\//, "UUID=")
            .replace(/^\/dev\/disk\/by-partuuid\//, "PARTUUID=")
            .replace(/^\/dev\/disk\/by-partlabel\//, "PARTLABEL=")
            .replace(/^(LABEL|UUID|PARTUUID|PARTLABEL)=["']?([^"']*)["']?$/, "$1=$2");
        if (!/^(\/dev\/.+|(LABEL|UUID|PARTUUID|PARTLABEL)=.+|[A-Za-z0-9.-]+:\/.*)$/.test(spec) || !at.startsWith("/"))
            return;
        // A target still holding a default expansion is the unexpanded reading's; the default reading
        // (eachDefaultReading) mounts it at its word, where bash does.
        if (this.defaultsMet && at.includes("$")) return;
        this.filesystems.set(spec, [...(this.filesystems.get(spec) ?? []), { at: posix.resolve(at), how }]);
    }

    /**
     * One filesystem mounted both at a data directory and at a node path shows the same files at both ("one file
     * system can be mounted at multiple locations", The Linux Programming Interface 14.9.1; mount(8)): what pods write
     * there, root reads or runs at the node path. Refused like a bind of the data directory there.
     */
    private filesystemsShared() {
        for (const [spec, mounts] of this.filesystems) {
            const data = mounts.find(m => podWritableRoot(m.at));
            const node = mounts.find(m => !podWritableRoot(m.at));
            if (data && node)
                this.out.push({
                    who: `every pod that may write ${podWritableRoot(data.at)}`,
                    what: `${this.where} mounts ${spec} at ${data.at} (${data.how}), under ${podWritableRoot(data.at)}, a node directory the pack lets pods write, and also at ${node.at} (${node.how}): the same files, so what pods write there root reads or runs at ${node.at}: ${WHY}`,
                });
        }
        this.filesystems.clear();
    }

    /**
     * Round 72: the environment the packaged supervisord unit (EPEL's supervisord.service, Debian's supervisor.service:
     * neither sets Environment= or EnvironmentFile=) starts supervisord with, for its configuration's `%(ENV_X)s`
     * (Supervisor docs, "Environment variables that are present in the environment at the time that supervisord is
     * started can be used in the configuration file"): the Environment= assignments of the [Service] sections user data
     * writes for it, its own drop-ins and the drop-ins of every service (systemd.unit(5) "service.d/"), which override
     * the manager's (systemd.exec(5) "Environment Variables in Spawned Processes"). A variable given more than one value
     * (two versions, two drop-ins) is left out (unknown: which one supervisord started with is not followed); undefined
     * (every variable unknown) when a drop-in's content is unknown, one sets EnvironmentFile=, PassEnvironment= or
     * UnsetEnvironment=, or the script runs supervisord itself (its environment then the script's).
     */
    private packagedSupervisorEnvironment(): Map<string, string> | undefined {
        const names = ["supervisord.service", "supervisor.service"];
        const files = [
            ...names.flatMap(n => this.units.get(n) ?? []),
            ...(this.units.get("service") ?? []).filter(f => f.path.includes(".d/")),
        ];
        const unknownDropIn = [...this.unknown, ...this.unknownTrees].some(p =>
            /\/systemd\/system\/(?:supervisord?\.service|service)(?:\.d(?:\/|$)|$)/.test(p),
        );
        if (this.supervisordRun || unknownDropIn) return undefined;
        const values = new Map<string, Set<string>>();
        for (const { section, key, value } of unitFileEntries(files)) {
            if (section !== "Service") continue;
            if (/^(EnvironmentFile|PassEnvironment|UnsetEnvironment)$/.test(key)) return undefined;
            if (key !== "Environment") continue;
            for (const w of directorySpecifiers(value).match(/"[^"]*"|'[^']*'|\S+/g) ?? []) {
                const [k, ...v] = w.replace(/^["']|["']$/g, "").split("=");
                if (v.length > 0) values.set(k, (values.get(k) ?? new Set()).add(v.join("=")));
            }
        }
        return new Map([...values].filter(([, v]) => v.size === 1).map(([k, v]) => [k, [...v][0]]));
    }

    /**
     * Judges what waits for every file to be seen (systemd units with their drop-ins). A unit's drop-ins include the
     * top-level ones of its type (`service.d/`) and those of each dash prefix of its name (`data-.service.d/` for
     * data-agent.service): systemd.unit(5), "in addition to /etc/systemd/system/foo-bar-baz.service.d/ ... also
     * foo-bar-.service.d/ and foo-.service.d/", and "service.d/ ... affect all service units". The drop-in directories
     * are judged on their own as well: they apply to the node's own services (kubelet, containerd, sshd) too.
     */
    finish(): void {
        this.plantedTrustAnchors();
        for (const [name, files] of this.units) {
            const inherited = unitDropInNames(name)
                .slice(1)
                .flatMap(d => (this.units.get(d) ?? []).filter(f => f.path.includes(".d/")));
            const sorted = [...files, ...inherited].sort(
                (a, b) =>
                    (a.path.includes(".d/") ? 1 : 0) - (b.path.includes(".d/") ? 1 : 0) ||
                    posix.basename(a.path).localeCompare(posix.basename(b.path)),
            );
            this.unit(sorted);
        }
        for (const { path, text } of this.udevRuleFiles) this.udevRules(text, path);
        this.udevRuleFiles.length = 0;
        for (const [path, { text, partial }] of this.auditPlugins) this.auditPlugin(text, path, partial);
        this.auditPlugins.clear();
        // Round 78: every configuration file of an agent is one pipeline (an input in one file feeds an output in
        // another: Fluent Bit @INCLUDE, telegraf.d, Vector's several files), so its network inputs are the agent's.
        const agentConfigs = [...this.logAgentConfigs].map(([path, c]) => ({
            path,
            ...c,
            reading: readLogAgentConfig(c.agent, path, c.text),
        }));
        for (const { path, agent, text, partial, reading, root } of agentConfigs)
            this.logAgentConfig(
                agent,
                reading,
                text,
                path,
                partial,
                agentConfigs.filter(c => c.agent === agent).flatMap(c => c.reading.networkInputs),
                root,
            );
        this.logAgentConfigs.clear();
        const supervisorEnvironment = this.packagedSupervisorEnvironment();
        this.units.clear();
        for (const { path, text } of this.supervisorDeferred)
            this.supervisor(text, path, 0, "programs", supervisorEnvironment);
        this.supervisorDeferred.length = 0;
        for (const [path, text] of this.written)
            if (SUPERVISOR_CONFIG.test(path) && !this.rewritten.has(path))
                this.supervisor(text, path, 0, "includes", supervisorEnvironment);
        for (const [path, text] of this.written)
            if (MONIT_CONFIG.test(path) && !this.rewritten.has(path)) this.monit(text, path, "/", 0, "includes");
        this.filesystemsShared();
    }

    /** A shell script run as root, command by command, following `cd`, the variables and functions it sets. */
    script(text: string, context?: Context, how?: string) {
        const ctx: Context = context ?? newContext();
        // `#!/bin/bash -x` (or -ex ...): the script runs traced, as after set -x.
        if (/^#!\s*\S+(\s+-[a-zA-Z]*)*\s+-[a-zA-Z]*x/.test(text.split("\n", 1)[0])) ctx.xtrace = true;
        // Round 78: `#!/bin/bash -e` runs as after set -e.
        if (/^#!\s*\S+(\s+-[a-zA-Z]*)*\s+-[a-zA-Z]*e/.test(text.split("\n", 1)[0])) ctx.errexit = true;
        if (ctx.depth > 6) return;
        if (this.work > MAX_COMMANDS) {
            if (!this.workExceeded)
                this.out.push({
                    who: "whatever it runs",
                    what: `${this.where} makes the node run more than ${MAX_COMMANDS} commands once its functions are followed: the pack cannot read it to the end, so what it runs as root is unknown; simplify it`,
                });
            this.workExceeded = true;
            return;
        }
        const commands = shellCommands(text);
        // Round 88: only this reading's own top-level commands are read in the order they run (surely).
        const sequential = this.sequentialReading;
        const outerSurely = this.surely;
        this.sequentialReading = false;
        this.surely = false;
        const outer = this.namesData;
        this.namesData ??= RootReads.writable(
            commands
                .flatMap(c => [...c.words, ...c.reads, ...(c.defines ? [c.defines.body] : [])])
                .flatMap(w => pathsIn(w.replace(/\0/g, "")).flatMap(p => braces(p))),
        );
        const loops: number[] = [];
        // The standard input of the compound commands enclosing each command (compoundCommands): their own redirect or
        // the pipe into them, else the enclosing one's, else the script's (ctx.stdin, as `exec <` leaves it).
        const compounds = compoundCommands(commands);
        const enclosing: { end: number; input?: StandardInput }[] = [];
        const outerGroup = ctx.groupStdin;
        // Loops read line by line from text the reader knows (loopInput, exact), by the index of their `while`: their
        // bodies are already read, once per line.
        const unrolled = new Set<number>();
        let skipTo = -1;
        // Round 76: the subshells open now (saveScope), innermost last, each with the index of its last command.
        const subshells: { end: number; saved: ReturnType<typeof saveScope> }[] = [];
        const outerRepeats = ctx.repeats;
        const subshellStarts: number[] = [];
        // Round 78: the && / || lists and the if/case/loop commands open now, innermost last.
        const lists: AndOrList[] = [];
        const branches: Branch[] = [];
        // Round 88: the files each command printing into a pipe pipes (pipedFiles), read in its own directory; a
        // compound command piped whole (`(cd /tmp && tar cf - agent) | ...`: bash(1) "Pipelines", "Compound Commands":
        // the output of the subshell or group is its commands' output) pipes what each command in it does.
        const produced = new Map<number, string[]>();
        const producedBy = (i: number): string[] => {
            const start = [...compounds].find(([, ends]) => ends.includes(i))?.[0];
            if (start === undefined) return produced.get(i) ?? [];
            return [
                ...new Set([...commands.keys()].filter(k => k >= start && k <= i).flatMap(k => produced.get(k) ?? [])),
            ];
        };
        for (const [i, c] of commands.entries()) {
            if (i < skipTo) continue;
            // Round 77: a command ended by `&` (the whole compound command it closes), or a coproc, runs "asynchronously
            // in a subshell" (bash(1) "Lists", "Coprocesses"): on a copy of the shell's state, as ( ).
            const whole = Math.max(i, ...(compounds.get(i) ?? []));
            const coproc = c.words[0]?.replace(/\0/g, "") === "coproc";
            // Round 80: and the whole and-or list it starts when that list is ended by `&` (backgroundListEnd).
            const background = backgroundListEnd(commands, compounds, i);
            if (background !== undefined || commands[whole].ends === "&" || coproc)
                subshells.push({ end: background ?? whole, saved: saveScope(ctx) });
            for (const end of subshellEnds(commands, compounds, i, ctx.lastpipe))
                subshells.push({ end, saved: saveScope(ctx) });
            while (subshellStarts.length < subshells.length) subshellStarts.push(i);
            for (const [k, end] of (compounds.get(i) ?? []).entries()) {
                // A pipe into its first command feeds the outermost compound command starting there.
                const piped = ctx.pipedText?.to === c && k === 0;
                const input = this.standardInput(
                    commands[end],
                    { ...ctx, pipedText: piped ? { ...ctx.pipedText!, to: commands[end] } : undefined },
                    false,
                );
                enclosing.push({ end, input });
            }
            ctx.groupStdin = [...enclosing].reverse().find(e => e.input !== undefined)?.input ?? outerGroup;
            const first = c.words[0]?.replace(/\0/g, "");
            if (first !== undefined && /^(while|until|for|select)$/.test(first)) loops.push(i);
            // `while read ...; do BODY; done < FILE` (or a here-document, a here-string) of text the reader knows:
            // the body read once per line, in the script's own shell (bash(1), "Compound Commands": a redirected
            // `while` runs in the current shell), before the commands after `done`.
            const end = first === "while" ? compounds.get(i)?.[0] : undefined;
            const done = end === undefined ? undefined : commands[end];
            if (end !== undefined && done !== undefined && done.words[0]?.replace(/\0/g, "") === "done") {
                const fed = this.standardInput(done, { ...ctx, pipedText: undefined }, false)?.text;
                const text = fed === undefined || done.heredoc === undefined ? fed : `${fed}\n`;
                if (text !== undefined && this.loopInput(commands.slice(i, end), text, ctx, how, true)) {
                    unrolled.add(i);
                    skipTo = end;
                    continue;
                }
            }
            const start = first === "done" ? loops.pop() : undefined;
            ctx.repeats = outerRepeats || loops.length > 0;
            const printsInto = groupOfPrints(commands, compounds, i);
            if (printsInto !== undefined) this.groupPrints = { close: printsInto, text: [] };
            // Round 80: a write that may fail while the script goes on (writeMayFail): no errexit, or -e ignored in an
            // || list (bash manual "The Set Builtin": "The shell does not exit if the command that fails is ... part of
            // any command executed in a && or || list except the command following the final && or ||") unless what
            // follows the || leaves (`|| exit 1`); before && the next element runs only if the write succeeded.
            const outerMayFail = this.writeMayFail;
            const onFailure = commands[i + 1]?.words.find(w => !isAssignment(w))?.replace(/\0/g, "");
            this.writeMayFail ||=
                c.ends === "||" ? !/^(exit|return)$/.test(onFailure ?? "") : c.ends !== "&&" && !ctx.errexit;
            if (start !== undefined && unrolled.has(start))
                this.command({ ...c, heredoc: undefined, heredocDelimiter: undefined }, ctx, commands[i + 1], how);
            else if (
                start !== undefined &&
                c.heredoc !== undefined &&
                this.loopInput(commands.slice(start, i), c.heredoc, ctx, how)
            )
                this.command({ ...c, heredoc: undefined, heredocDelimiter: undefined }, ctx, commands[i + 1], how);
            else {
                this.openLists(commands, compounds, i, lists, branches, ctx);
                const alone = standsAlone(commands, i);
                const surely =
                    sequential &&
                    !!ctx.errexit &&
                    !ctx.repeats &&
                    !ctx.cwdUnknown &&
                    ctx.cwds === undefined &&
                    lists.length === 0 &&
                    branches.length === 0 &&
                    // The pipeline's own commands run in subshells (bash(1) "Pipelines": "Each command in a
                    // multi-command pipeline ... is executed in a subshell"), whose status is the pipeline's.
                    subshellStarts.every(start => start >= pipelineStart(commands, i)) &&
                    pipelineStandsAlone(commands, i);
                this.atEachDirectory(ctx, () => {
                    this.alone = alone;
                    this.surely = surely;
                    this.command(c, ctx, commands[i + 1], how);
                    this.surely = false;
                });
            }
            this.writeMayFail = outerMayFail;
            // What it printed into the next command, unless the reader knew it (sinks), is unknown (standardInput), or
            // paths under find's starting points (findPrint0Roots).
            produced.set(i, pipedFiles(c, ctx.cwd));
            if (c.pipesOut && commands[i + 1] && ctx.pipedText?.to !== commands[i + 1])
                ctx.pipedText = {
                    to: commands[i + 1],
                    under: findPrint0Roots(c, ctx.cwd),
                    from: [...producedBy(i)],
                };
            while (enclosing.length > 0 && enclosing.at(-1)!.end <= i) enclosing.pop();
            const restored: number[] = [];
            while (subshells.length > 0 && subshells.at(-1)!.end <= i) {
                restored.push(subshellStarts.pop()!);
                restoreScope(ctx, subshells.pop()!.saved);
            }
            this.closeLists(commands, i, lists, branches, ctx, restored);
        }
        while (subshells.length > 0) restoreScope(ctx, subshells.pop()!.saved);
        subshellStarts.length = 0;
        ctx.repeats = outerRepeats;
        ctx.groupStdin = outerGroup;
        this.namesData = outer;
        this.sequentialReading = sequential;
        this.surely = outerSurely;
    }

    /**
     * Round 78: command `i` read in each directory the shell may be in (workingDirectories): in the reader's own first,
     * then in each other on a copy of the shell's state (saveScope) whose only outcome kept is where it leaves the
     * shell. What it writes there stays written, so a relative path is judged at every directory it may name.
     */
    private atEachDirectory(ctx: Context, run: () => void) {
        const dirs = ctx.cwds;
        if (dirs === undefined) return run();
        ctx.cwds = undefined;
        const reached: (string | undefined)[] = [];
        for (const dir of dirs.slice(1)) {
            const saved = saveScope(ctx);
            enterDirectory(ctx, dir);
            run();
            reached.push(...workingDirectories(ctx));
            restoreScope(ctx, saved);
        }
        enterDirectory(ctx, dirs[0]);
        run();
        setWorkingDirectories(ctx, [...workingDirectories(ctx), ...reached]);
    }

    /**
     * Round 86: command `c` read with its words as the reader knows them, then, when one held a default expansion of a
     * variable the script never set (`${V:-W}`, `${V-W}`, `${V:=W}`, or `$V` after such an assignment: withDefaults),
     * once more with each such expansion its word W, on a copy of the shell's state (saveScope) whose writes stay, as
     * atEachDirectory reads a command in each directory. bash(1) "Parameter Expansion": "If parameter is unset or null,
     * the expansion of word is substituted. Otherwise, the value of parameter is substituted": the environment
     * cloud-init gives user data sets none of the script's own names, so W is the word bash runs, never an unknown
     * word the pack may pass over (a program in /tmp named as a default is still root running /tmp's file).
     */
    private eachDefaultReading(c: SimpleCommand, ctx: Context, next: SimpleCommand | undefined, how?: string) {
        const outer = this.defaultsMet;
        const { pipedText, pipedSecret } = ctx;
        this.defaultsMet = false;
        // Round 87: defaults only the script decides are read once, as their words (defaultsDecided).
        if (defaultsDecided(c, ctx.vars, ctx.defaults)) {
            ctx.readsDefaults = true;
            this.command(c, ctx, next, how);
            ctx.readsDefaults = undefined;
            this.defaultsMet = outer;
            return;
        }
        ctx.readsDefaults = false;
        this.command(c, ctx, next, how);
        ctx.readsDefaults = undefined;
        if (this.defaultsMet) {
            const saved = saveScope(ctx);
            const known = new Set(this.out.map(o => `${o.who}\n${o.what}`));
            const from = this.out.length;
            Object.assign(ctx, { pipedText, pipedSecret, readsDefaults: true });
            this.command(c, ctx, next, how);
            ctx.readsDefaults = undefined;
            restoreScope(ctx, saved);
            // A verdict both readings give is reported once.
            const added = this.out.splice(from).filter(o => !known.has(`${o.who}\n${o.what}`));
            this.out.push(...added);
        }
        this.defaultsMet = outer;
    }

    /**
     * Round 86: a word's expansion (expandText) as the reading under way takes it (eachDefaultReading): the default
     * expansions the reader left unexpanded (a variable the script never set) are marked met, `${V:=W}` records W as
     * V's default (Context.defaults), and the default reading gets each default word (defaultReading).
     */
    private withDefaults(text: string, ctx: Context): string {
        const read = defaultReading(text, ctx.defaults);
        if (read === text) return text;
        this.defaultsMet = true;
        for (const m of nestedDefaults(text).flatMap(t => [...t.matchAll(UNSET_DEFAULT)]))
            if (m[2].endsWith("=")) ctx.defaults = new Map(ctx.defaults).set(m[1], m[3]);
        return ctx.readsDefaults === true ? read : text;
    }

    /**
     * Round 78: the && / || lists (bash manual "Lists of Commands": "command2 is executed if, and only if, command1
     * returns an exit status of zero"; "... non-zero") and if/case/loop commands (a branch or body may not run) that
     * start at command `i`; an element after && or || is read in the directories the list leaves on success or failure.
     */
    private openLists(
        commands: readonly SimpleCommand[],
        compounds: Map<number, number[]>,
        i: number,
        lists: AndOrList[],
        branches: Branch[],
        ctx: Context,
    ) {
        const ends = compounds.get(i) ?? [];
        const first = commands[i].words.find(w => w.replace(/\0/g, "") !== "{")?.replace(/\0/g, "");
        const keyword = first !== undefined && /^(while|until|for|select|if|case)$/.test(first);
        const elements = [...new Set([Math.max(i, ...ends), ...ends, i])];
        for (const [k, end] of elements.entries()) {
            const top = lists.at(-1);
            if (k === 0 && top !== undefined && top.next === i) {
                const from = top.op === "&&" ? top.ok : top.fail;
                setWorkingDirectories(ctx, from);
                // A pipeline is one element (bash manual, "Lists of Commands": a list is "a sequence of one or more
                // pipelines"): `cd D && a | b` runs b in D too.
                let last = end;
                while (commands[last]?.pipesOut && last + 1 < commands.length)
                    last = Math.max(last + 1, ...(compounds.get(last + 1) ?? []));
                Object.assign(top, { start: i, end: last, entry: from, next: -1 });
            } else if ((commands[end].ends === "&&" || commands[end].ends === "||") && !lists.some(l => l.end === end))
                // Round 80: not again at the `}` closing a group whose list is open (`{ cd D; } || true`).
                lists.push({ start: i, end, entry: workingDirectories(ctx), ok: [], fail: [], next: -1 });
        }
        if (keyword && ends.length > 0) {
            const cd = cdCondition(commands, i, ends.at(-1)!, workingDirectories(ctx), ctx.functions);
            branches.push({ start: i, end: ends.at(-1)!, seen: workingDirectories(ctx), lists: lists.length, cd });
        }
        this.enterArm(commands, i, branches.at(-1), ctx);
    }

    /**
     * Round 80: at the `then` or `else` of an `if cd` (CdCondition): the arm starts where the cd succeeded or failed;
     * the arm before it leaves the shell where it reached, unless it ended in exit/return.
     */
    private enterArm(commands: readonly SimpleCommand[], i: number, b: Branch | undefined, ctx: Context) {
        const cd = b?.cd;
        const word = commands[i].words[0]?.replace(/\0/g, "");
        if (b === undefined || cd?.ok === undefined || cd.fail === undefined || b.end <= i || cd.loop) return;
        if (word === "then" && i === cd.start + 1) {
            b.seen = [...cd.ok];
            setWorkingDirectories(ctx, cd.ok);
        } else if (word === "else") {
            if (!surelyLeaves(commands, i - 1)) cd.after.push(...b.seen);
            Object.assign(cd, { hasElse: true });
            b.seen = [...cd.fail];
            setWorkingDirectories(ctx, cd.fail);
        }
    }

    /** Round 80: where an `if cd` leaves the shell at its `fi` (`end`): each arm's end, the failure path when no else. */
    private leaveArms(commands: readonly SimpleCommand[], b: Branch): (string | undefined)[] {
        const cd = b.cd;
        if (cd?.loop !== undefined) return loopExit(commands, b);
        if (cd?.ok === undefined || cd.fail === undefined) return b.seen;
        const last = surelyLeaves(commands, b.end - 1) ? [] : b.seen;
        return [...cd.after, ...last, ...(cd.hasElse ? [] : cd.fail)];
    }

    /** Round 78: after command `i`: the directories of the if/case/loop commands and && / || lists it is in or ends. */
    private closeLists(
        commands: readonly SimpleCommand[],
        i: number,
        lists: AndOrList[],
        branches: Branch[],
        ctx: Context,
        restored: readonly number[] = [],
    ) {
        // Any directory reached inside a compound command the shell may leave it in (a branch may not run), and the
        // next branch may start in (unless a list open inside it says where its next element runs).
        for (const b of branches) b.seen.push(...workingDirectories(ctx));
        const cd = branches.at(-1)?.cd;
        if (cd !== undefined && cd.start === i) {
            // Round 80: the condition's cd ran: success is where it reached, failure where the `if` started.
            // Round 81: a function's failure anywhere it started or reached (elementOutcome's rule).
            const reached = workingDirectories(ctx);
            const stayed = cd.call ? [...reached, ...cd.entry] : cd.entry;
            Object.assign(cd, cd.negated ? { ok: stayed, fail: reached } : { ok: reached, fail: stayed });
        }
        while (branches.length > 0 && branches.at(-1)!.end <= i) {
            const b = branches.pop()!;
            // Round 80: one that ran in a subshell ending here (`x | while ...; done`: bash(1) Pipelines) moved
            // nothing: the shell is where restoreScope put it.
            if (!restored.some(start => start <= b.start)) setWorkingDirectories(ctx, this.leaveArms(commands, b));
        }
        while (lists.length > 0 && lists.at(-1)!.end === i) {
            const list = lists.at(-1)!;
            const op = commands[i].ends;
            const more = op === "&&" || op === "||";
            const element = list.start === i ? commands[i] : undefined;
            const leaves = groupEndsScript(commands, list.start, i);
            const dirs = workingDirectories(ctx);
            const { ok, fail } = elementOutcome(element, list.entry, dirs, !more, !!ctx.errexit, leaves);
            if (list.op === undefined) Object.assign(list, { ok, fail });
            else if (list.op === "&&") Object.assign(list, { ok, fail: [...list.fail, ...fail] });
            else Object.assign(list, { ok: [...list.ok, ...ok], fail });
            if (more) {
                Object.assign(list, { op, next: i + 1 });
                break;
            }
            lists.pop();
            setWorkingDirectories(ctx, [...list.ok, ...list.fail]);
        }
        const inner = branches.at(-1);
        if (inner !== undefined && inner.lists === lists.length) setWorkingDirectories(ctx, inner.seen);
    }

    /**
     * A here-document fed to a loop (`while read -r dev dir; do ...; done <<EOF`) is the standard input of the loop's
     * commands (bash(1), "Here Documents"). Text of the user data itself, it is harmless when the only commands reading
     * it are `read`, which assigns each line's words to its variables (bash(1), `read`: the last takes the rest), and
     * commands that ignore standard input: the body is then judged once per line with those values. Returns false
     * (the text is then judged as read by a root process) when another command may read it, or `read` reads elsewhere.
     */
    private loopInput(
        loop: readonly SimpleCommand[],
        text: string,
        ctx: Context,
        how?: string,
        exact = false,
    ): boolean {
        const [header, ...body] = loop;
        const words = header.words.map(w => w.replace(/\0/g, ""));
        const ifs = words
            .slice(1)
            .find(w => w.startsWith("IFS="))
            ?.slice(4)
            .replace(/^(['"])(.*)\1$/, "$2");
        const at = words.findIndex((w, k) => k > 0 && !isAssignment(w));
        const readsLines = /^(while|until)$/.test(words[0]) && words[at] === "read";
        const options = readsLines ? words.slice(at + 1).filter(w => w.startsWith("-")) : [];
        if (readsLines && options.some(o => !/^-[rse]+$/.test(o))) return false;
        const ignoresInput = (c: SimpleCommand) => {
            if (c.reads.length > 0 || c.heredoc !== undefined || c.hereString !== undefined) return true;
            const { name, operands } = programOf(c);
            // A copy of standard input, or of a descriptor that may be a copy of it (shell.ts standardInput).
            const copiesStdin = operands.some(w => standardInput(w, true, ctx.cwd) !== false);
            return (
                name === "" ||
                name === "read" ||
                name === "mount" ||
                (isInertCommand(name) && name !== "tee") ||
                (/^(cp|mv|install|ln)$/.test(name) && !copiesStdin)
            );
        };
        if (!body.every(ignoresInput)) return false;
        if (!readsLines) return true;
        const names = words.slice(at + 1).filter(w => !w.startsWith("-"));
        if (exact) {
            // Exactly as bash runs it: one shared shell (what the body sets stays set), a line for each newline (an
            // empty one too; a last line without one ends the loop: read "returns ... non-zero" at end-of-file), each
            // split by readFields on the loop's IFS. A body that may leave early (break, continue, return, exit), a
            // `read -a`, or a name the reader cannot compute is not unrolled.
            const leaves = body.some(c => /^(break|continue|return|exit)$/.test(programOf(c).name));
            const targets = names.length > 0 ? names : ["REPLY"];
            if (
                leaves ||
                /[$`]/.test(ifs ?? "") ||
                options.some(o => o.includes("a")) ||
                targets.some(v => !/^[A-Za-z_]\w*$/.test(v))
            )
                return false;
            const lines = text.split("\n");
            const partial = lines.pop() ?? "";
            const assign = (line: string) =>
                readFields(line, ifs, targets.length).forEach((v, k) =>
                    ctx.vars.set(assignedName(ctx, targets[k]), names.length > 0 ? v : line),
                );
            for (const line of lines) {
                assign(line);
                for (const [k, c] of body.entries()) this.command(c, ctx, body[k + 1], how);
            }
            assign(partial);
            return true;
        }
        const split = (line: string) =>
            ifs === undefined || ifs === ""
                ? line.trim().split(/\s+/)
                : line.split(new RegExp(`[${ifs.replace(/[\]\\^-]/g, "\\$&")}]`));
        for (const line of text.split("\n").filter(l => l.trim() !== "")) {
            const fields = split(line);
            const vars = new Map(ctx.vars);
            (names.length > 0 ? names : ["REPLY"]).forEach((name, k, all) =>
                vars.set(assignedName(ctx, name), (k === all.length - 1 ? fields.slice(k).join(" ") : fields[k]) ?? ""),
            );
            const each: Context = { ...ctx, vars };
            for (const [k, c] of body.entries()) this.command(c, each, body[k + 1], how);
            // Arrays the body fills (`a+=($l)`) keep their elements for the next line and after the loop.
            for (const [name, items] of each.arrays ?? [])
                if (ctx.arrays?.get(name) !== items) {
                    ctx.arrays = new Map(ctx.arrays).set(name, items);
                    ctx.vars.set(name, each.vars.get(name) ?? "");
                }
        }
        return true;
    }

    private command(c: SimpleCommand, ctx: Context, next: SimpleCommand | undefined, how?: string) {
        if (ctx.readsDefaults === undefined) return this.eachDefaultReading(c, ctx, next, how);
        this.work++;
        if (c.defines) {
            ctx.functions.set(c.defines.name, c.defines.body);
            return;
        }
        const form = how ?? `a command it runs: ${c.line.trim()}`;
        // An alias replaces the first word (bash(1), "ALIASES"; non-interactive bash after `shopt -s
        // expand_aliases`, and sh always, POSIX "Alias Substitution"): judged as its text followed by the other words,
        // whether or not the shell expands it. The alias's own name is not expanded again.
        const first = c.words[0]?.replace(/\0/g, "");
        const alias = first === undefined ? undefined : ctx.aliases?.get(first);
        if (alias !== undefined) {
            const aliases = new Map(ctx.aliases);
            aliases.delete(first!);
            const expanded = simpleCommands(alias, true);
            const lastCommand = expanded.pop() ?? { ...c, words: [] };
            const inner: Context = { ...ctx, aliases };
            for (const x of expanded) this.command(x, inner, lastCommand, form);
            this.command(
                {
                    ...c,
                    words: [...lastCommand.words, ...c.words.slice(1)],
                    writes: [...lastCommand.writes, ...c.writes],
                },
                inner,
                next,
                form,
            );
            Object.assign(ctx, { ...inner, aliases: ctx.aliases });
            return;
        }
        const pipedSecret = ctx.pipedSecret;
        ctx.pipedSecret = undefined;
        // What the script's files held before this command (overwrites may mark its own operands rewritten): a sed -f
        // script file is read before sed edits anything (optionReads).
        const rewrittenBefore: ReadonlySet<string> = new Set(this.rewritten);
        // Its standard input (standardInput), read as the file /dev/stdin (configuredWords' `-T -`, `node -`) and as
        // the items xargs appends to its command (xargsWords).
        const stdin = this.standardInput(c, ctx);
        const pipedText = stdin?.text;
        // Its own (`< FILE`, `<&N`), or what it inherits when not piped: read before the command may rewrite it
        // (overwrites), as a shell reads its program from it (below).
        const fromPipe = ctx.pipedText?.to === c;
        const ownStdin = this.standardInput(c, { ...ctx, pipedText: undefined }, !fromPipe);
        ctx.pipedText = undefined;
        // Round 81: the substitution's own commands stand alone in it (standsAlone); the command it is in keeps its
        // own place (`cd "$(mktemp -d)" && tar` is still an && list element: a failed cd runs no tar).
        const nested = (text: string, captured = false) => {
            const alone = this.alone;
            this.script(text, { ...ctx, vars: new Map(ctx.vars), depth: ctx.depth + 1, captured }, form);
            this.alone = alone;
        };
        // Command substitutions in any word run first, as scripts of their own; the word keeps a placeholder, or what
        // the command is known to print (substitutionOutput).
        const substitute = (w: string): string => {
            const known = w.replace(/\$\(([^()]*)\)|`([^`]*)`/g, (m, a: string | undefined, b: string | undefined) => {
                nested(a ?? b ?? "", true);
                return substitutionOutput(a ?? b ?? "") ?? m;
            });
            return RootReads.substituted(known);
        };
        /**
         * What a command substitution prints, when the reader knows it: a path it is given (realpath, readlink -f,
         * dirname, echo), its last name (basename), the working directory (pwd), a new directory under /tmp or the one named (mktemp), a program
         * looked up in PATH (command -v, which, type -P: never a data directory, PATH pointing into one is refused),
         * or a data directory a find walks (its files). Anything else is unknown.
         */
        const substitutionOutput = (text: string): string | undefined => {
            const commands = simpleCommands(text);
            const raw = (x: SimpleCommand) => x.words.map(w => w.replace(/\0/g, ""));
            // command -v / which / type -P print where PATH finds a program (`command` is otherwise a wrapper).
            const lookup = (x: SimpleCommand) => {
                const w = raw(x);
                return (w[0] === "command" && /^-[vV]$/.test(w[1] ?? "")) ||
                    w[0] === "which" ||
                    (w[0] === "type" && /^-[pP]$/.test(w[1] ?? ""))
                    ? w.slice(1).find(a => !a.startsWith("-"))
                    : undefined;
            };
            if (oneWordOutput(commands.map(raw))) return ONE_WORD;
            if (commands.length > 0 && commands.every(x => lookup(x) !== undefined)) {
                const found = expand(lookup(commands[0])!);
                return /\$|SUBSTITUTED/.test(found) ? undefined : found.includes("/") ? found : `/usr/bin/${found}`;
            }
            const first = commands[0];
            if (!first || commands.length > 1) return undefined;
            // `$(cat FILE ...)` and `$(< FILE)` print the files' text (bash(1), "Command Substitution": "$(cat file)
            // can be replaced by the equivalent but faster $(< file)"), trailing newlines removed; known while the
            // script wrote them and nothing may have changed them since (current).
            const catted = (files: readonly string[]) => {
                const texts = files.map(f =>
                    /\$|SUBSTITUTED|[*?[]/.test(f) || ctx.cwdUnknown
                        ? undefined
                        : this.current(resolveWord(ctx.cwd, f)),
                );
                return texts.length === 0 || texts.some(t => t === undefined)
                    ? undefined
                    : texts.join("").replace(/\n+$/, "");
            };
            if (raw(first).length === 0 && first.reads.length === 1 && first.writes.length === 0)
                return catted(first.reads.map(x => expand(x)));
            const { name: inner, operands: given } = programOf(first);
            if (inner === "cat" && given.length > 0 && given.every(x => !x.startsWith("-")) && first.reads.length === 0)
                return catted(given.map(x => expand(x)));
            const args = given.map(x => expand(x));
            const plain = args.filter(x => !x.startsWith("-"));
            const known = (x: string | undefined): x is string => x !== undefined && !/\$|SUBSTITUTED/.test(x);
            if (inner === "realpath" || (inner === "readlink" && args.some(x => /^-[a-z]*[fem]/.test(x))))
                return known(plain[0]) ? resolveWord(ctx.cwd, plain[0]) : undefined;
            if (inner === "dirname" && known(plain[0])) return posix.dirname(plain[0]);
            // GNU coreutils basename(1) `basename NAME [SUFFIX]`: "Print NAME with any leading directory components
            // removed. If specified, also remove a trailing SUFFIX" (trailing slashes first; all slashes print `/`).
            if (inner === "basename" && args.length === plain.length && plain.length <= 2 && plain.every(known)) {
                // An argument xargs handed over keeps its quoting marks (\0): not part of the name.
                const [name, suffix] = plain.map(x => x.replace(/\0/g, ""));
                const trimmed = name.replace(/\/+$/, "");
                const last = name !== "" && trimmed === "" ? "/" : trimmed.slice(trimmed.lastIndexOf("/") + 1);
                return suffix && last !== suffix && last.endsWith(suffix) ? last.slice(0, -suffix.length) : last;
            }
            // Round 77: the operands as written, each quoted part between NULs (shell.ts simpleCommands keepBoundaries;
            // a quote of the word the substitution stands in marks its boundary with a NUL too, one for each quote
            // character, so the odd parts are the quoted ones), when each is one argument: unquoted parts only of
            // literal characters (no expansion, glob, brace or tilde: bash(1) "Word Splitting", "Pathname
            // Expansion"), quoted parts with no "$@"/"${a[@]}" (bash(1) "Special Parameters": each a word). Undefined
            // for a program the script defined as a function or alias.
            const argumentWords = (): string[] | undefined => {
                const bounded = simpleCommands(text, true)[0]?.words ?? [];
                const start = programIndex(bounded.map(w => w.replace(/\0/g, "")));
                const words = bounded.slice(start + 1);
                const one = (w: string) =>
                    w
                        .split("\0")
                        .every((part, i) => (i % 2 === 0 ? /^[\w/.:@%+=,-]*$/.test(part) : !/\$\{?[^}]*@/.test(part)));
                return ctx.functions.has(inner) || ctx.aliases?.has(inner) || !words.every(one) ? undefined : words;
            };
            // Round 77: systemd-escape(1) escaping (no --unescape/-u, --mangle/-m, --instance): systemd.unit(5)
            // "String Escaping for Inclusion in Unit Names": "/" is replaced by "-" and every other character but
            // ASCII alphanumerics, ":", "_" and "." by a C-style "\x2d" escape, and "." too when it would be the first
            // character; --path simplifies the path and refuses `..` components; --suffix=TYPE appends ".TYPE",
            // --template=NAME@.TYPE puts the escaped string after the "@". So one string's output holds no slash and
            // no blank and never starts with "." (never `.` or `..`): one word (ONE_WORD), with the suffix or template
            // around it. Several strings print "separated by spaces" (systemd-escape(1)): one argument only.
            if (inner === "systemd-escape") {
                const words = argumentWords()?.map(w => w.replace(/\0/g, ""));
                const options = words?.filter(w => w.startsWith("-")) ?? [];
                const strings = words?.filter(w => !w.startsWith("-")) ?? [];
                const suffix = options.find(w => w.startsWith("--suffix="))?.slice(9);
                const template = options.find(w => w.startsWith("--template="))?.slice(11);
                const allowed = (w: string) =>
                    w === "--path" ||
                    w === "-p" ||
                    /^--suffix=[a-z]+$/.test(w) ||
                    /^--template=[A-Za-z0-9:_-][A-Za-z0-9:_.-]*@\.[a-z]+$/.test(w);
                if (words !== undefined && strings.length === 1 && options.every(allowed) && options.length <= 2) {
                    // A string the reader knows is escaped as systemd does (a failure, `..` with --path, prints
                    // nothing: unknown); one it cannot know is ONE_WORD. Round 78 (was still open in round 77): an
                    // unknown string may be "" (unit_name_escape of "" is ""), which RootReads.unknownTarget reads
                    // as a component that may be dropped (mayBeEmpty).
                    const given = expand(strings[0]);
                    const escaped = known(given)
                        ? escapeUnitName(given, options.includes("--path") || options.includes("-p"))
                        : ONE_WORD;
                    if (escaped === undefined) return undefined;
                    return suffix !== undefined
                        ? `${escaped}.${suffix}`
                        : template !== undefined
                          ? template.replace("@.", `@${escaped}.`)
                          : escaped;
                }
            }
            // Round 77: basename(1) of a name the reader cannot know, one name (one or two arguments, an optional
            // `--` first; no -a/-s/-z, which print several names: GNU coreutils basename(1)): COMPONENT.
            if (inner === "basename") {
                const words = argumentWords();
                const operands = words?.[0]?.replace(/\0/g, "") === "--" ? words.slice(1) : words;
                if (
                    operands !== undefined &&
                    operands.length >= 1 &&
                    operands.length <= 2 &&
                    operands.every(w => !w.replace(/\0/g, "").startsWith("-") || w.startsWith("\0"))
                )
                    return COMPONENT;
            }
            if (inner === "echo" && known(plain.join(" "))) return plain.join(" ");
            // printf FORMAT ARGS prints the format, reused until the arguments are consumed (bash(1), printf).
            if (inner === "printf" && args.length > 0 && args.every(known) && !args[0].startsWith("-"))
                return printfOutput(args);
            if (inner === "pwd") return ctx.cwdUnknown ? undefined : ctx.cwd;
            if (inner === "mktemp") {
                const at = args.findIndex(x => x === "-p" || x === "--tmpdir" || x.startsWith("--tmpdir="));
                const dir = at < 0 ? "/tmp" : args[at].startsWith("--tmpdir=") ? args[at].slice(9) : args[at + 1];
                const template = args.find((x, i) => !x.startsWith("-") && !(at >= 0 && i === at + 1));
                if (!known(dir)) return undefined;
                const made = template?.includes("/")
                    ? posix.resolve(template)
                    : posix.join(dir, template ?? "tmp.XXXXXXXXXX");
                this.privateTemps.add(posix.resolve("/", made));
                return made;
            }
            // find prints paths below its starting point (find(1)): below a data directory, files there the reader
            // cannot name (a script run from them is a program made at boot, below).
            if (inner === "find") {
                const walked = RootReads.writable(plain.slice(0, 1).map(x => resolveWord(ctx.cwd, x)));
                return walked === undefined ? undefined : `${walked.replace(/\/$/, "")}/${SUBSTITUTED}`;
            }
            return undefined;
        };
        // A nameref's references go to the variable it names, through chains of them (bash(1), declare -n).
        const referenced = (v: string) => {
            for (let i = 0; i < 8 && ctx.namerefs?.has(v); i++) v = ctx.namerefs.get(v)!;
            return v;
        };
        // A variable the script never set is cloud-init's environment's, which the pack cannot know: `${X:-}`,
        // `${X:=d}`, `${X:+w}` of it are unknown too (bash(1), "Parameter Expansion": the default or alternate applies
        // only when X is unset or null). Positional parameters beyond a known argument list are unset. Round 86: the
        // default words of `${X:-d}`/`${X:=d}` are read too, in a reading of their own (eachDefaultReading).
        const knownUnset = (v: string) =>
            /^[1-9]$/.test(v) && ctx.args !== undefined && !ctx.args.includes(UNKNOWN_WORDS);
        // `${a[N]}`, `${a[@]}`: an element of an array the reader knows (bash(1), "Arrays"), else unknown (undefined).
        const element = (v: string, subscript: string, value: string | undefined): string | undefined => {
            const items = ctx.arrays?.get(v) ?? (value === undefined ? undefined : [value]);
            if (items === undefined || items.includes(UNKNOWN_WORDS)) return undefined;
            if (/^[@*]$/.test(subscript)) return items.join(" ");
            const n = /^\s*(-?\d+)\s*$/.exec(subscript);
            return n === null ? undefined : (items.at(Number(n[1])) ?? "");
        };
        // Round 76: a word's tilde-prefixes first (shell.ts tildeExpanded: before parameter expansion, on the word as
        // written, quotes marked), then its expansions (expandText). `~` is HOME's value, root's home unless the script
        // set HOME (cloud-init runs user data as root); `~+`/`~-` the working directory and OLDPWD; `~user` the home
        // the pack knows for that account (NodeAccounts: root, the image's default user, cloud-config users), else a
        // home it cannot know (UNKNOWN_HOME: an image account may have any home, AL2023's `operator` has /root; a write
        // below it is refused, unknownHome).
        const expand = (w: string) => expandText(this.tilde(w, ctx));
        const expandText = (w: string) =>
            indirectionsResolved(substitute(w), ctx.vars)
                .replace(
                    /\$\{([A-Za-z_][A-Za-z0-9_]*|[0-9@*])(?:\[([^\]]*)\])?(?:(:?[-=?+])([^}]*)|([#%/^,:~@][^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*|[0-9@*])/g,
                    (m, a, subscript: string | undefined, op, alt, other, b) => {
                        const v = referenced(a ?? b);
                        const whole = ctx.vars.get(v);
                        const value = subscript === undefined ? whole : element(v, subscript, whole);
                        if (subscript !== undefined && value === undefined) return m;
                        // A slice of an array's elements (`${a[@]:1}`) is not a substring of their text.
                        if (subscript !== undefined && /^[@*]$/.test(subscript) && other?.startsWith(":")) return m;
                        if (other !== undefined) return value === undefined ? m : parameterOperation(value, other);
                        if (op === undefined) return value ?? m;
                        // `${X:+word}` is nothing or the word (bash(1), "Use Alternate Value"): of a variable the
                        // reader cannot know, read as the word, the wider of the two; a word with expansions stays
                        // unknown.
                        if (value === undefined && !knownUnset(v) && /^:?\+$/.test(op) && !/[$`]/.test(alt)) return alt;
                        if (value === undefined && !knownUnset(v)) return m;
                        if (/^:?[-=]$/.test(op)) {
                            if (value !== undefined && (value !== "" || !op.startsWith(":"))) return value;
                            // `${X:=default}` also assigns the default (bash(1), "Parameter Expansion").
                            if (op.endsWith("=") && a !== undefined) ctx.vars.set(assignedName(ctx, a), alt);
                            return alt;
                        }
                        if (/^:?\+$/.test(op)) return value ? alt : "";
                        return value ?? m;
                    },
                )
                .replace(/\0/g, "")
                // Round 86: and the defaults of variables the environment decides, as the reading takes them.
                .replace(/[\s\S]+/, t => this.withDefaults(t, ctx));
        // Round 76: `>&WORD` whose WORD expands to digits duplicates that descriptor (bash(1) "Duplicating File
        // Descriptors": "If word expands to one or more digits, the file descriptor denoted by n is made to be a copy
        // of that file descriptor"; zshmisc(1) REDIRECTION `>& number` alike), as `>&3` does (shell.ts dupOut: not a
        // file); any other WORD stays a file written (`>&word` writes word's file).
        if (c.dupWords !== undefined) {
            const dup = c.dupWords;
            c = {
                ...c,
                writes: c.writes.filter(w => !(dup.includes(w) && /^\d+$/.test(expand(w).replace(/\0/g, "")))),
            };
        }
        // "$@" is each of a function's arguments as its own word (bash(1), "Special Parameters").
        // Brace expansion applies to the unquoted text only, before variables are expanded (bash(1), "Brace Expansion":
        // quoted braces and variables' values are never expanded); shell.ts marks each quote with a NUL, so the
        // unquoted parts are the even ones.
        // A parameter expansion's braces are none: "To avoid conflicts with parameter expansion, the string `${` is not
        // considered eligible for brace expansion" (bash(1), "Brace Expansion"), so `${X:-notes/a.txt}` is no brace
        // group.
        const unquotedBraces = (w: string) =>
            w.split("\0").some((part, i) => i % 2 === 0 && /\{.*[,.].*\}/.test(part.replace(/\$\{[^{}]*\}/g, "")));
        // "${a[@]}" of an array filled from input: its elements, each a word (split again when unquoted).
        const arrayWords = (w: string) => {
            const items = ctx.arrays?.get(/^\0*\$\{([A-Za-z_][A-Za-z0-9_]*)\[[@*]\]\}\0*$/.exec(w)?.[1] ?? "");
            return items === undefined || w.includes("\0")
                ? items
                : items.flatMap(x => ifsSplit(x, ctx.vars.get("IFS")));
        };
        // A word with an expansion the reader cannot know (a variable never set or set from output it cannot read, a
        // command substitution: `$x`, `"$x"`, `$(cat F)` of a file it did not write) may be any words when unquoted
        // (bash(1), "Word Splitting"), or any one word, `--directory=/root` too, when it begins with it: marked, and
        // read as set's UNKNOWN_WORDS by a program taking options among its operands (below).
        const unknownWords = new Map<string, string>();
        const expansions = (w: string) =>
            /[$`]/.test(
                w
                    .split("\0")
                    .filter((_, i) => i % 2 === 0)
                    .join(""),
            );
        const unknownIn = (w: string, e: string) =>
            /\$|SUBSTITUTED/.test(e.replaceAll(LITERAL_DOLLAR, "")) &&
            (expansions(w) || /^(\$|SUBSTITUTED)/.test(e.replaceAll(LITERAL_DOLLAR, "")));
        // An IFS the reader cannot know splits an unquoted expansion anywhere.
        const ifsUnknown = /\$|SUBSTITUTED/.test(ctx.vars.get("IFS") ?? "");
        const expanded = (w: string, e = expand(w)): string[] => {
            const splits = !w.includes("\0") && /[$`]/.test(w) && !isAssignment(w);
            // One word the reader cannot know (ONE_WORD) after a beginning that is no option, with the default IFS:
            // that one word, unknown but not split (bash(1), "Word Splitting": only IFS characters split).
            const bare = e.replaceAll(LITERAL_DOLLAR, "");
            const oneWord =
                ctx.vars.get("IFS") === undefined &&
                bare.includes(ONE_WORD) &&
                !/\$|SUBSTITUTED/.test(bare.replaceAll(ONE_WORD, "")) &&
                !bare.startsWith(ONE_WORD) &&
                !bare.startsWith("-");
            if (oneWord) return [e];
            if (unknownIn(w, e) || (splits && ifsUnknown)) {
                const marked = `${UNKNOWN_WORDS}${unknownWords.size}`;
                unknownWords.set(marked, e);
                return [marked];
            }
            // An unquoted expansion's result is split into words at blanks and newlines (bash(1), "Word Splitting",
            // default IFS); an assignment's value is not ("SIMPLE COMMAND EXPANSION").
            return splits ? ifsSplit(e, ctx.vars.get("IFS")) : [e];
        };
        // A brace group's words; with an expansion the reader cannot know among them, any words (expanded).
        const bracedWords = (w: string) => {
            const e = expand(w);
            return unknownIn(w, e) ? expanded(w, e) : braces(e);
        };
        // GNU env's -S string is the words it splits into (shell.ts envSplitStrings).
        const unknownWordsMarked = envSplitStrings(
            c.words
                .flatMap(w =>
                    arrayWords(w) !== undefined
                        ? [...arrayWords(w)!]
                        : ctx.args && /^\0*\$(@|\{@\})\0*$/.test(w)
                          ? [...ctx.args]
                          : unquotedBraces(w)
                            ? bracedWords(w)
                            : expanded(w),
                )
                .map(w => w.replaceAll(LITERAL_DOLLAR, "$")),
        );
        // Only where they can redirect a write (an archiver's options among its operands: GNU tar "The Three Option
        // Styles" and "-C, --directory", https://www.gnu.org/software/tar/manual/html_node/directory.html, options
        // "may be given anywhere"; unknownItems) are the marked words any words; elsewhere they are read as written.
        const known = unknownWordsMarked.map(w => (unknownWords.get(w) ?? w).replaceAll(LITERAL_DOLLAR, "$"));
        const words = unknownWordsMarked.map((w, i) => {
            if (!unknownWords.has(w)) return w;
            const start = programIndex(known.slice(0, i));
            const user = known.slice(start, i);
            return i > start && WIDEST_ARCHIVER_OPTION[posix.basename(copierWords(user)[0] ?? "")] !== undefined
                ? UNKNOWN_WORDS
                : known[i];
        });
        // Positional parameters the reader cannot know (set's UNKNOWN_WORDS) are any words for the command using them;
        // a function of the script is handed them as they are ("$@" of its body).
        for (let at = words.indexOf(UNKNOWN_WORDS); at >= 0; at = words.indexOf(UNKNOWN_WORDS, at + 1)) {
            const user = words.slice(programIndex(words.slice(0, at)));
            if (ctx.functions.has(user[0] ?? "")) continue;
            // As the program itself, or for a program other than an archiver, unknown output (SUBSTITUTED: a program
            // the reader cannot know is unreadableRun; set's words from `nvme list` stay mdadm's devices, as before).
            const unknown = unknownItems(user);
            const items = user[0] === UNKNOWN_WORDS || unknown.length === 1 ? [SUBSTITUTED] : unknown.flat();
            words.splice(at, 1, ...items);
            at += items.length - 1;
        }
        // Round 76: a path with `..` after a link the script made names the file the kernel finds (physicalWord).
        // cd and pushd read their operand themselves (changeDirectory: `..` lexically unless -P).
        if (!/^(cd|pushd)$/.test(words[programIndex(words)] ?? ""))
            for (const [k, w] of words.entries()) words[k] = this.physicalWord(w, ctx, form);
        // Round 78: a launcher given an option its manual does not list (timeout --frob 60 X) may take the next word
        // as its value or not, so which word is the program cannot be told (shell.ts unknownWrapperOption).
        const unknownOption = unknownWrapperOption(words);
        if (unknownOption !== undefined)
            return this.unreadableRun(`${form}: ${unknownOption}, an option the pack does not know, hides the program`);
        const start = programIndex(words);
        // Round 74: a multi-call binary's applet is the program it is named after (BusyBox docs: "busybox [function
        // [arguments]...]" runs the applet, e.g. sed's "-i Edit files in-place"; toybox alike: shell.ts appletWords), so
        // `busybox sed -i` is read by every reader of sed (sed -i, perl/awk in-place, unknownEditor) as sed -i is.
        const applet = start < words.length ? appletWords(words.slice(start)) : [];
        const program = applet[0];
        const operands = applet.slice(1);
        const name = program === undefined ? "" : posix.basename(program);
        // Round 82: `read` sets its names from a line of its standard input (bash(1) "read": "One line is read from the
        // standard input, or from the file descriptor fd"); from text the pack cannot know (a file the script did not
        // write, a command's output: a `while read kv; do ...; done < F` loop's redirect or pipe, which the loop's
        // commands inherit), their values are unknown (SUBSTITUTED), so what uses them is judged as computed text.
        if (name === "read" && stdin !== undefined && stdin.text === undefined)
            for (const v of readTargets(operands)) ctx.vars.set(v, SUBSTITUTED);
        const resolve = (w: string, always: boolean) => wordPaths(w, ctx.cwd, always);
        // Round 80: the program's own file operands are read in its wrappers' directory (programContext).
        const own = programContext(words, ctx);
        // Round 76 node2c: a cp/mv/install/ln whose destination word holds a part the pack cannot know is read above as
        // any words (unknownItems: the word may be an option, `-t /`), so judged as a copy into `/`; the same word as
        // the path it expands to (its unknown part kept: `$UNK/profile.d/ops.sh`) may also be any file root's programs
        // read (bash(1) "Parameter Expansion": the value's slashes and `..` stay in the word), so the copy is judged
        // there too (RootReads.unknownTarget, through copy's file and writtenUnknown), before the copy into `/` (mv
        // there forgets its source).
        const copiedToUnknown = () => {
            if (!/^(cp|mv|install|ln)$/.test(name) || unknownWords.size === 0) return;
            const given = appletWords(known.slice(programIndex(known)));
            if (posix.basename(given[0] ?? "") !== name) return;
            const destination = copierOperands(name, given.slice(1), own.cwd)?.destination;
            if (destination !== undefined && /\$|SUBSTITUTED/.test(destination))
                this.copy(name, given.slice(1), own, form);
        };
        // `exec 3< FILE` (no command) opens FILE on descriptor 3 for the rest of the script (bash(1), "exec").
        if (program === undefined && words[0] === "exec") {
            for (const { fd, path } of c.fdReads ?? [])
                ctx.fds = new Map(ctx.fds).set(fd, resolveWord(ctx.cwd, expand(path)));
            // `exec < FILE` (or `<&N`, a here-document, a here-string) replaces the script's standard input for every
            // later command (POSIX exec: "Redirection affects the current shell execution environment").
            const own = this.standardInput(c, { ...ctx, pipedText: undefined }, false);
            if (own !== undefined) ctx.stdin = own;
        }
        // Run as another user by its wrappers (shell.ts wrapperUser: sudo -u, runuser -u, setpriv --reuid, doas -u,
        // systemd-run -p User=/DynamicUser=yes, chroot --userspec): as a non-root unit, only what it executes from a
        // data directory reaches root (a setuid file a uid-0 pod plants); a user with sudo is root.
        const asUser = wrapperUser(words);
        if (name === "setcap") this.setcap(operands, ctx.cwd);
        if (name === "setfattr") this.setfattrCapability(operands, ctx.cwd);
        if (name === "systemctl") this.linkedUnits(operands, ctx.cwd, form);
        // systemctl(1) edit writes the units' drop-ins (or with --full their unit files): with --stdin (systemd 256)
        // "the new contents will be read from standard input", read as that file written; else an editor's output.
        if (name === "systemctl")
            for (const path of systemctlEdits(operands, this.home("root") ?? "/root")) {
                if (operands.includes("--stdin") && pipedText !== undefined)
                    this.file(pipedText, path, undefined, form);
                else this.writtenUnknown(path, form);
            }
        // Options a program takes from its environment (an assignment before it, `env`'s, a variable set earlier),
        // read as its words (environmentOptions).
        const environment = new Map(ctx.vars);
        for (const w of words.slice(0, start))
            if (isAssignment(w)) environment.set(w.split("=")[0], w.slice(w.indexOf("=") + 1));
        // Round 75: the dynamic loader's variables a command is given, by a prefix assignment (bash(1) "SIMPLE COMMAND
        // EXPANSION": the assignments before the command are its environment) or env(1)'s NAME=VALUE (one place for
        // both: the words before the program). ld.so(8) LD_PRELOAD "A list of additional, user-specified, ELF shared
        // objects to be loaded before all others", LD_LIBRARY_PATH, LD_AUDIT; glibc iconv's GCONV_PATH modules: a
        // library there runs its code (a constructor) in the program before its main. Only a bare name (found in the
        // loader's search path) or a path in a root-owned system library directory user data left alone
        // (SYSTEM_LIBRARY_DIRECTORIES) loads no code the pack did not see; any other makes the program code the pack
        // does not read (fail closed).
        if (program !== undefined)
            for (const w of words.slice(0, start).filter(isAssignment)) {
                const key = w.slice(0, w.indexOf("=")).replace(/\+$/, "");
                if (!/^(LD_[A-Z_]+|GCONV_PATH)$/.test(key)) continue;
                const value = w.slice(w.indexOf("=") + 1);
                const foreign = value
                    .split(/[\s:]+/)
                    .filter(Boolean)
                    .find(e => {
                        if (!e.includes("/") && !/[$`]|SUBSTITUTED/.test(e)) return false;
                        if (/[$`]|SUBSTITUTED/.test(e) || !e.startsWith("/")) return true;
                        const at = posix.normalize(e).replace(/(.)\/+$/, "$1");
                        const system = [...SYSTEM_LIBRARY_DIRECTORIES].some(d => at === d || at.startsWith(`${d}/`));
                        const changed =
                            this.inUnknownTree(at) ||
                            [...this.written.keys(), ...this.unknown].some(p => p === at || p.startsWith(`${at}/`));
                        return !system || changed;
                    });
                if (foreign !== undefined)
                    this.out.push({
                        who: "whoever provides the library it names",
                        what: `${this.where} runs ${words.slice(start).join(" ")} as root with ${key}=${value} (${form}): ld.so(8) loads ${foreign} into it before its own code, a library the pack does not read, so what the program does (where it listens, what it serves) is unknown; run it without loader variables, or with libraries installed in the system directories by the package manager`,
                    });
                // Round 81: an empty or relative entry is the working directory (plantedSearchList).
                else this.plantedLoader(key, value, form, ctx.cwd);
            }
        // supervisord -c FILE (Supervisor docs, "Running supervisord": "-c FILE, --configuration=FILE"): its programs.
        // Without -c it uses the first it finds of "../etc/supervisord.conf (Relative to the executable)",
        // "../supervisord.conf (Relative to the executable)", "$CWD/supervisord.conf", "$CWD/etc/supervisord.conf",
        // /etc/supervisord.conf, /etc/supervisor/supervisord.conf (Supervisor docs, "Configuration File"): every one
        // user data wrote is read (which comes first is not followed), for a bare name beside each PATH directory.
        const supervisorConfigs =
            name === "supervisord"
                ? operands.flatMap((w, i) =>
                      /^(-c|--configuration)$/.test(operands[i - 1] ?? "")
                          ? [w]
                          : /^--configuration=/.test(w)
                            ? [w.slice(16)]
                            : /^-c./.test(w)
                              ? [w.slice(2)]
                              : [],
                  )
                : [];
        if (
            name === "supervisord" &&
            supervisorConfigs.length === 0 &&
            !operands.some(w => /^(-h|--help|-v|--version)$/.test(w))
        )
            supervisorConfigs.push(
                ...(program!.includes("/") ? [posix.dirname(program!)] : DEFAULT_PATH).flatMap(dir => [
                    resolveWord(ctx.cwd, dir, "../etc/supervisord.conf"),
                    resolveWord(ctx.cwd, dir, "../supervisord.conf"),
                ]),
                resolveWord(ctx.cwd, "supervisord.conf"),
                resolveWord(ctx.cwd, "etc/supervisord.conf"),
            );
        if (name === "supervisord") this.supervisordRun = true;
        if (name === "supervisord")
            for (const file of supervisorConfigs) {
                const path = resolveWord(ctx.cwd, file);
                const text = this.current(path);
                // One of its own paths was judged when written (file).
                if (SUPERVISOR_CONFIG.test(path)) continue;
                if (this.unknownNow(path) || this.inUnknownTree(path))
                    this.unreadableRun(`${form}: its configuration ${path}, which user data made, starts programs`);
                else if (text !== undefined) this.supervisor(text, path, 0, undefined, environment);
            }
        // monit -c FILE (monit(1) "-c file: Use this control file"; its getopt_long also takes --conf FILE, --conf=FILE
        // and an unambiguous prefix, and short options bundled before it, `-Ic FILE`): that control file's commands and
        // includes (monit). Without -c, monit(1) "FILES": "~/.monitrc ... If this file does not exist, Monit will try
        // /etc/monitrc [and others], then ./monitrc": the files under MONIT_CONFIG are judged when written, the working
        // directory's monitrc here when user data wrote it.
        if (name === "monit" && !operands.some(w => /^(-h|--help|-V|--version)$/.test(w))) {
            const controls = monitControlFiles(operands);
            const explicit = controls.length > 0;
            if (!explicit) controls.push("monitrc");
            for (const file of controls) {
                const path = resolveWord(ctx.cwd, file);
                const text = this.current(path);
                if (MONIT_CONFIG.test(path)) continue;
                if (this.unknownNow(path) || (explicit && this.inUnknownTree(path)))
                    this.unreadableRun(`${form}: its control file ${path}, which user data made, runs programs`);
                else if (text !== undefined) this.monit(text, path, ctx.cwd);
            }
        }
        // A program given capabilities (setcap) has root's power whatever user runs it.
        const capable =
            program !== undefined &&
            [...this.capable].some(f =>
                program.includes("/") ? f === resolveWord(ctx.cwd, program) : posix.basename(f) === name,
            );
        const runsAsOther = asUser !== undefined && asUser !== "#0" && !this.rootEquivalent(asUser);
        const nonRoot = (ctx.execOnly || runsAsOther) && !capable;
        // A script the user data wrote, run by root (`bash FILE`, `sh FILE`, `. FILE`, `source FILE`, `./FILE`, FILE in
        // PATH): read as this script is, with the caller's standard input, directory and variables (bash(1):
        // "commands are read and executed from [the file]"; `.` "in the current shell context"); one the pack cannot
        // read is judged as before.
        const runScript = program === undefined ? [] : appletWords(words.slice(start));
        const runName = posix.basename(runScript[0] ?? "");
        const interpreted = SHELLS.test(runName) || /^(source|\.)$/.test(runName);
        const scriptWord = interpreted
            ? runScript.slice(1).find(w => !w.startsWith("-") && w !== "+")
            : (runScript[0] ?? "");
        const scriptAt = runScript.indexOf(scriptWord ?? "");
        // A name without a slash is looked up "in each element of $PATH" (bash(1), "COMMAND EXECUTION"), PATH as the
        // script set it (exported, or an assignment before the command: "SIMPLE COMMAND EXPANSION"), `$PATH` in it
        // the default, an empty element the working directory ("A zero-length (null) directory name in the value of
        // PATH indicates the current directory"); an element the reader cannot know may hold any file the script
        // wrote: fail closed.
        // Round 82: `${PATH:-DEFAULT}` and `${V:+WORD}` expanded before the split (conditionalExpansions).
        const searchPath = conditionalExpansions(environment.get("PATH") ?? DEFAULT_PATH.join(":"))
            .flatMap(v => v.replace(/\$(\{PATH\}|PATH(?![A-Za-z0-9_]))/g, DEFAULT_PATH.join(":")).split(":"))
            .map(d => (/\$|SUBSTITUTED/.test(d) ? undefined : resolveWord(ctx.cwd, d)));
        // A `for` loop's variable names each of its words in turn; a glob every file the script wrote that it matches
        // (bash(1), "Pathname Expansion"); a shell's script or source's file without a slash is looked for in the
        // working directory and in PATH (bash(1) INVOCATION: "if no file is found, then the shell searches the
        // directories in PATH for the script"; source: "filenames in PATH are used to find the directory containing
        // filename"), read wherever it is found.
        const loopWords = [...(ctx.loops ?? [])].find(([v]) => ctx.vars.get(v) === scriptWord)?.[1];
        const madeFiles = () => [...new Set([...this.written.keys(), ...this.unknown])];
        const globbed = (w: string) => {
            if (!hasGlob(w)) return [w];
            // Every form of pattern (`*`, `?`, `[...]`, globstar `**`, extglob: shell.ts globBody); a pattern that
            // matches nothing stays the word as written (bash(1), "Pathname Expansion", nullglob unset), as does one
            // that makes no pattern.
            const re = globRegExp(resolveWord(ctx.cwd, w), { path: true });
            const matches = re ? madeFiles().filter(p => re.test(p)) : [];
            return matches.length > 0 ? matches : [w];
        };
        // Round 86: a relative program or script is found in the directory its wrappers give it (shell.ts
        // wrappedDirectory: env(1) "-C, --chdir=DIR: change working directory to DIR", sudo -D, systemd-run -p
        // WorkingDirectory=): `env -C /tmp ./x` runs /tmp/x.
        const runDirectory = wrappedDirectory(words, ctx.cwdUnknown ? undefined : ctx.cwd) ?? ctx.cwd;
        const scriptPaths =
            scriptWord === undefined || /\$|SUBSTITUTED/.test(scriptWord) || (interpreted && runScript.includes("-c"))
                ? []
                : (loopWords ?? [scriptWord]).flatMap(globbed).flatMap(w =>
                      w.includes("/")
                          ? [resolveWord(runDirectory, w)]
                          : // A name `hash -p` bound runs its pathname, "no path search is performed" (bash(1),
                            // hash), also behind `command`, `exec` and other wrappers.
                            !interpreted && ctx.hashed?.has(w)
                            ? [ctx.hashed.get(w)!]
                            : [
                                  ...(interpreted ? [resolveWord(runDirectory, w)] : []),
                                  ...searchPath.flatMap(d => (d === undefined ? [] : [posix.join(d, w)])),
                              ],
                  );
        if (
            scriptWord !== undefined &&
            !scriptWord.includes("/") &&
            !interpreted &&
            searchPath.includes(undefined) &&
            [...this.written.keys(), ...this.unknown].some(p => posix.basename(p) === scriptWord)
        )
            this.unreadableRun(`${form}: ${scriptWord} looked up in a PATH the pack cannot know`);
        const scriptFiles = scriptPaths.filter(p => this.written.has(p) || this.unknown.has(p));
        const scriptText = scriptPaths.map(p => this.written.get(p)).find(t => t !== undefined);
        // More than one (a glob, a loop): each is run; one whose text the pack cannot know is a program it cannot read.
        const scriptTexts = [...new Set(scriptFiles.flatMap(p => this.written.get(p) ?? []))];
        if (scriptFiles.length > 1 && scriptFiles.some(p => this.unknownNow(p)))
            this.unreadableRun(`${form}: it runs ${scriptFiles.find(p => this.unknownNow(p))}, made at boot`);
        // Round 87: a file a root program wrote (programWritten: a Python program's write the pack accepts without
        // reading its text), run by its own path (execve(2)), unchanged since: what the program put there runs as root,
        // a program made at boot (not a download, DECIDED round 69: the program's text may come from anywhere).
        const programMadeRun = interpreted
            ? undefined
            : scriptPaths.find(
                  p => this.unknown.has(p) && [...this.programMade].some(m => p === m || p.startsWith(`${m}/`)),
              );
        if (programMadeRun !== undefined)
            this.unreadableRun(
                `${form}: it runs ${programMadeRun}, which a root program wrote with text the pack does not read`,
            );
        // Scripts a program runs by their place, not their name: run-parts runs every file in DIRECTORY whose name
        // matches ^[a-zA-Z0-9_-]+$ (run-parts(8)); find -exec/-execdir/-ok runs its command on each file found under
        // its starting points (find(1): "{} is replaced by the current file name"), a script when `{}` is the program
        // or the script of a shell or interpreter. Each file the script wrote there is read as run; one whose text the
        // pack cannot know is a program it cannot read.
        const under = (roots: readonly string[]) => (p: string) =>
            roots.some(r => r === "/" || /\$|SUBSTITUTED/.test(r) || p.startsWith(`${r.replace(/\/$/, "")}/`));
        // Round 78: the directories whose files run-parts or find -exec runs (for planted, below).
        let placedFrom: string[] = [];
        const placed = ((): string[] | undefined => {
            if (name === "run-parts") {
                // run-parts(8): `--regex=RE` runs the files whose names match the extended regular expression RE
                // instead; `--lsbsysinit` the LANANA, LSB hierarchical and Debian cron namespaces; `-u`/`--umask`,
                // `-a`/`--arg` take a value. A regex the pack cannot read matches any name (fail closed).
                const dirs: string[] = [];
                let names: RegExp | undefined = /^[A-Za-z0-9_-]+$/;
                for (let i = 0; i < operands.length; i++) {
                    const w = operands[i];
                    const regex = w === "--regex" ? operands[++i] : /^--regex=/.test(w) ? w.slice(8) : undefined;
                    if (regex !== undefined)
                        names = /\$|SUBSTITUTED/.test(regex) ? /(?:)/ : (safeRegExp(regex) ?? /(?:)/);
                    else if (w === "--lsbsysinit") names = /^[a-z0-9]+$|^_?([a-z0-9_.]+-)+[a-z0-9]+$|^[a-zA-Z0-9_-]+$/;
                    else if (/^(-u|-a|--umask|--arg)$/.test(w)) i++;
                    else if (!w.startsWith("-")) dirs.push(resolveWord(ctx.cwd, w));
                }
                placedFrom = ctx.cwdUnknown ? ["/"] : dirs;
                return madeFiles().filter(
                    p =>
                        names.test(posix.basename(p)) &&
                        (ctx.cwdUnknown || dirs.some(d => /\$|SUBSTITUTED/.test(d) || posix.dirname(p) === d)),
                );
            }
            if (name !== "find") return undefined;
            const at = operands.findIndex(w => /^-(exec|execdir|ok|okdir)$/.test(w));
            const run = at < 0 ? [] : appletWords(operands.slice(at + 1));
            const runner = interpreterName(run[0] ?? "");
            const script = INTERPRETERS.test(runner) ? run.slice(1).find(w => !w.startsWith("-")) : run[0];
            if (!script?.includes("{}") || run.slice(1).some(w => /^-[a-zA-Z]*[ce]$/.test(w))) return undefined;
            const first = operands.findIndex(w => /^[-(!]/.test(w));
            const roots = operands.slice(0, first < 0 ? operands.length : first);
            const resolved = (roots.length > 0 ? roots : ["."]).map(r => resolveWord(ctx.cwd, r));
            placedFrom = ctx.cwdUnknown ? ["/"] : resolved;
            return madeFiles().filter(under(ctx.cwdUnknown ? ["/"] : resolved));
        })();
        // A shell whose script the reader reads (its file, a here-string or standard input it knows, eval's known
        // words; bash(1) INVOCATION, eval) writes only what that script's commands write, judged command by command
        // (overwrites): it is no program the pack does not read. What it reads is read before it runs.
        const fedText = c.heredoc ?? c.hereString;
        const fedBody =
            fedText === undefined
                ? undefined
                : c.heredoc !== undefined && c.heredocDelimiter?.includes("\0")
                  ? fedText
                  : c.heredoc !== undefined
                    ? expandText(fedText)
                    : expand(fedText);
        const readsStdin = program !== undefined && shellReadsStdin(name, operands, ctx.cwd);
        const stdinScript = fedBody ?? (fromPipe ? undefined : ownStdin?.text);
        // Round 75: systemd-tmpfiles(8) `-` ("the configuration is read from standard input") fed by `< FILE` or what it
        // inherits (a here-document or a pipe is read where it is fed): read as its lines, or unreadable (fail closed).
        if (
            program !== undefined &&
            name === "systemd-tmpfiles" &&
            operands.includes("-") &&
            fedText === undefined &&
            !fromPipe
        ) {
            if (ownStdin?.text !== undefined) this.tmpfiles(ownStdin.text, `${form} (stdin)`);
            else
                this.unreadableRun(
                    `${form}: systemd-tmpfiles' configuration from a standard input the pack cannot read`,
                );
        }
        // Round 75: systemd-tmpfiles(8) "If one or more filenames are passed on the command line, only the directives
        // in these files are applied" (a name with no `/` is searched in the tmpfiles.d directories, whose files are
        // read where user data writes them): each configuration path is read as its lines (RootReads.tmpfiles), one
        // whose text the pack does not have may write anywhere (fail closed).
        if (program !== undefined && name === "systemd-tmpfiles")
            for (const [i, w] of operands.entries()) {
                if (
                    w === "-" ||
                    w.startsWith("-") ||
                    /^--(prefix|exclude-prefix|root|image|image-policy|replace)$/.test(operands[i - 1] ?? "")
                )
                    continue;
                if (!w.includes("/")) continue;
                const config = ctx.cwdUnknown && !w.startsWith("/") ? undefined : resolveWord(ctx.cwd, w);
                const text = config === undefined || this.inUnknownTree(config) ? undefined : this.current(config);
                if (text !== undefined) this.tmpfiles(text, `${form} (${config})`);
                else this.unreadableRun(`${form}: systemd-tmpfiles applies ${w}, a configuration the pack cannot read`);
            }
        // Round 78: sysctl(8) "-p[FILE], --load[=FILE]: Load in sysctl settings from the file specified" ("-f: Alias of
        // -p"; "Using this option will mean arguments to sysctl are files"): a file whose text the pack cannot read may
        // set kernel.core_pattern to "|program" (core(5): run as root), as a sysctl.d file may (READ_BEFORE_WRITE).
        // Round 82: every sysctl applier (sysctlAppliedFiles: systemd-sysctl too); a file the script wrote has its
        // settings judged as a sysctl.d file's are (sysctlApplied).
        if (program !== undefined)
            // (Round 80: `-`, its standard input, is read where it is fed.)
            for (const file of sysctlAppliedFiles(name, operands)
                .filter(f => f !== SYSCTL_STDIN)
                .flatMap(f => (f === SUBSTITUTED_DESCRIPTOR ? (substitutedFiles(c, ctx.cwd) ?? [f]) : [f])))
                if (/\$|SUBSTITUTED/.test(file) || (ctx.cwdUnknown && !file.startsWith("/")))
                    this.unreadableRun(`${form}: ${name} loads ${file}, settings the pack cannot read`);
                else {
                    const path = resolveWord(ctx.cwd, file);
                    const text = this.current(path);
                    if (this.unknownNow(path) || this.inUnknownTree(path))
                        this.unreadableRun(`${form}: ${name} loads ${path}, settings the pack cannot read`);
                    else if (text !== undefined) this.sysctlApplied(text, `${form}: ${name} loads ${path}`);
                }
        // Round 80: `sysctl -p -` loads its standard input: its own `< FILE` (standardInput) is read here as the file it
        // is, a here-document, here-string or pipe where it is fed; an input the pack cannot read is refused.
        if (program !== undefined && sysctlReadsStdin(name, operands) && fedText === undefined && !fromPipe) {
            if (ownStdin?.text !== undefined && !SUBSTITUTED_MARK.test(ownStdin.text)) {
                this.generic(ownStdin.text, `${form} (stdin), which sysctl loads`);
                this.sysctlApplied(ownStdin.text, `${form}: ${name} loads its standard input`);
            } else this.unreadableRun(`${form}: ${name} loads settings from a standard input the pack cannot read`);
        }
        const readScript =
            !ctx.cwdUnknown &&
            ((readsStdin && stdinScript !== undefined && !SUBSTITUTED_MARK.test(stdinScript)) ||
                (!readsStdin &&
                    interpreted &&
                    !runScript.includes("-c") &&
                    scriptFiles.length > 0 &&
                    scriptFiles.every(p => this.current(p) !== undefined)) ||
                (name === "eval" && operands.length > 0 && !operands.some(w => SUBSTITUTED_MARK.test(w))) ||
                (placed !== undefined && placed.length > 0 && placed.every(p => this.current(p) !== undefined)));
        // What a process manager starts (NodeJudge.started), read before what it may write loses its text (overwrites): a shell it runs on a script (`pm2 start FILE --interpreter
        // bash` runs `bash FILE`, PM2 CLI "--interpreter <interpreter> set a specific interpreter to use for executing
        // app") is that script run by root, read as `bash FILE` is; a script made at boot, or an interpreter the pack
        // cannot read, is a program it cannot read.
        if (program !== undefined && !ctx.execOnly)
            for (const run of this.judge?.started?.(words.slice(start), ctx.cwdUnknown ? undefined : ctx.cwd, p =>
                this.written.get(p),
            ) ?? []) {
                const shell = appletWords(run);
                if (/[$`]/.test(shell[0] ?? "") || SUBSTITUTED_MARK.test(shell.join(" "))) {
                    this.unreadableRun(`${form}: it starts ${run.join(" ")}, a program the pack cannot read`);
                    continue;
                }
                if (!SHELLS.test(posix.basename(shell[0] ?? ""))) continue;
                const file = shell.slice(1).find(w => !/^[-+]/.test(w));
                const path = file === undefined ? undefined : resolveWord(ctx.cwd, file);
                if (ctx.cwdUnknown || (path !== undefined && (this.unknownNow(path) || this.inUnknownTree(path))))
                    this.unreadableRun(`${form}: it starts ${run.join(" ")}, a script made at boot`);
                else
                    this.script(
                        run.map(w => `'${w.replace(/'/g, "'\\''")}'`).join(" "),
                        { ...ctx, vars: new Map(ctx.vars), functions: new Map(), depth: ctx.depth + 1 },
                        `${form} (it starts ${run.join(" ")})`,
                    );
            }
        const runs =
            program === undefined || ctx.functions.has(program)
                ? []
                : (xargsWords(words, start, ctx.cwd, path => this.current(path), stdin) ?? [words.slice(start)]);
        // Round 72: the list xargs/parallel reads its items from (xargsListFiles) is a file root reads, whatever runs
        // on its items (`-a FILE` is no `<` redirect, which the reads below judge).
        if (program !== undefined && xargsRuns(c)) {
            const listHit = RootReads.writable(
                xargsListFiles(words, start, c.reads.map(expand)).flatMap(w => resolve(w, true)),
            );
            if (listHit) this.refuse(listHit, `${form} (xargs or parallel reads its items from it)`);
        }
        // xargs' items it cannot know handed to an interpreter as its program (unknownItems): a program made at boot.
        if (runs.some(run => SUBSTITUTED_MARK.test(run.join(" "))) && !SUBSTITUTED_MARK.test(words.join(" ")))
            this.unreadableRun(`${form}: xargs hands it items the pack cannot read as its program or what it loads`);
        // Round 82: what its program writes, asked before the run marks its operands changed (programWritten).
        const programWrites = this.askRootPrograms(runs, nonRoot, ctx, (judge, ...ask) =>
            judge.programWrites?.(...ask),
        );
        // Round 86: the commands its program runs itself, asked before the run marks its files changed (programWrites).
        const programCommands = this.askRootPrograms(runs, nonRoot, ctx, (judge, ...ask) =>
            judge.programCommands?.(...ask),
        );
        // Round 84: asked before the run marks its files changed, as programWrites.
        const confinedFlags = nonRoot ? undefined : this.confinedPythonFlags(words, start, runs, ctx);
        if (name === "unset" && !operands.includes("-f")) for (const w of operands) this.deferredExports.delete(w);
        else if (program !== undefined && !RUNS_NOTHING_BUILTINS.test(name)) this.readDeferredExports(confinedFlags);
        for (const run of runs)
            this.out.push(
                ...(this.judge?.ran(
                    environmentOptions(archiverEnvironment(run, environment), environment),
                    form,
                    wrappedDirectory(words, ctx.cwdUnknown ? undefined : ctx.cwd),
                    path => (standardInput(path, false) ? pipedText : this.written.get(path)),
                    nonRoot,
                    undefined,
                    words.slice(0, start),
                    ctx.repeats,
                ) ?? []),
            );
        // Round 83: a log agent root runs on a configuration its command line names (logAgentCommandConfig).
        if (!nonRoot) for (const run of runs) this.logAgentRun(run, ctx.cwdUnknown ? undefined : ctx.cwd, form);
        // Round 78: what root runs, sources or loads from a world-writable directory (planted): its program, a shell's
        // script or source's file (bash(1) INVOCATION), an interpreter's script, a shell's standard input read from a
        // file, and any file of one that run-parts or find -exec runs (find(1) walks into /tmp below `/` too). Before
        // what it may write (overwrites) makes its own operands files of unknown content.
        if (program !== undefined && !nonRoot) {
            const scriptAt = INTERPRETERS.test(name) ? operands.findIndex(o => !o.startsWith("-")) : -1;
            const evaluates = operands
                .slice(0, Math.max(scriptAt, 0))
                .some(w => /^-[a-zA-Z]*[ecsmr]$|^--(eval|print|command)/.test(w));
            const scriptOf = scriptAt >= 0 && !evaluates ? wordPaths(operands[scriptAt], ctx.cwd, true) : [];
            // Round 82: one standard-input provenance for every loader of it (stdinCodeLoader: crontab, at), as shells.
            const fedFrom =
                readsStdin || stdinCodeLoader(name, operands)
                    ? c.reads
                          .filter(p => !(c.fdReads ?? []).some(f => f.path === p && f.fd !== "0"))
                          .map(expand)
                          .flatMap(w => wordPaths(w, ctx.cwd, true))
                    : [];
            const walked = placedFrom.flatMap(r => [
                `${r.replace(/\/$/, "")}/*`,
                ...[...WORLD_WRITABLE, ...this.opened.keys()]
                    .filter(d => r === "/" || d.startsWith(`${r}/`))
                    .map(d => `${d}/*`),
            ]);
            // Round 86: a shell named by its path is a program too (`/var/tmp/sh -c true`), and so is the program a
            // launcher's line starts with (shell.ts launchedCommand: the shell `su -s`/`runuser --shell=` chooses), judged
            // here before the launcher's own operands count as files it may write.
            const launchedProgram = simpleCommands(launchedCommand(words.slice(start))?.line ?? "")[0]?.words[0];
            const shellPaths = [interpreted ? runScript[0] : undefined, launchedProgram].flatMap(at =>
                at === undefined || !at.includes("/") || /\$|SUBSTITUTED/.test(at)
                    ? []
                    : [resolveWord(runDirectory, at)],
            );
            const run = this.planted([
                ...(scriptWord ? scriptPaths : []),
                ...shellPaths,
                ...scriptOf,
                ...fedFrom,
                ...walked,
            ]);
            if (run) this.refusePlanted(run, form);
            // Round 80: a file operand it loads, runs or installs (loadedOperands: insmod, kexec, rpm -i, pip -f ...).
            const loadedWords = ctx.cwdUnknown
                ? []
                : this.descriptorOperands(
                      c,
                      [
                          ...loadedOperands(name, withOptionVariables(name, operands, environment)),
                          ...environmentLoadedFiles(name, environment),
                      ],
                      stdin,
                      ctx,
                  );
            // Round 86: a process substitution of a stream reader of files is those files (substitutedFiles).
            const substituted = loadedWords.includes(SUBSTITUTED_DESCRIPTOR) ? substitutedFiles(c, ctx.cwd) : undefined;
            const loaded = ctx.cwdUnknown
                ? undefined
                : this.plantedLoaded([...loadedWords, ...(substituted ?? [])], ctx.cwd);
            if (loaded) this.refusePlanted(loaded, `${form}: ${name} loads, runs or installs it`);
            // Round 87 (fix): a loaded operand the pack cannot read (unboundedWord: `insmod "$M"` after `read -r M <
            // /tmp/mods`, `insmod "$(cat /etc/x)"`) may be any file, a planted one too: fail closed, as a program or
            // a sourced file chosen so is (a program made at boot). bash(1) read: "One line is read from the standard
            // input"; mapfile: "Read lines from the standard input into the indexed array variable".
            // One whose known part names its directory (`/lib/modules/$(uname -r)/extra/{}` of find -exec) is a file
            // there, judged by plantedLoaded (round 86).
            // Round 88: a file a root program wrote with text the pack does not read (programWritten: a Python program's
            // accepted write of what it fetched, `urlopen(URL).read()`), loaded unchanged since, is code made at boot, as
            // running it by its path is (programMadeRun): insmod(8) "inserts a module into the kernel". Only a verified
            // https fetch the pack reads as one (the shell's curl/wget, urlretrieve: pythonDownloadLines) is the
            // operator's (DECIDED round 69).
            const programMadeLoaded = ctx.cwdUnknown
                ? undefined
                : loadedWords
                      .filter(w => !/\$|SUBSTITUTED/.test(w))
                      .flatMap(w => wordPaths(w, ctx.cwd, true))
                      .find(
                          p => this.unknown.has(p) && [...this.programMade].some(m => p === m || p.startsWith(`${m}/`)),
                      );
            if (programMadeLoaded !== undefined)
                this.unreadableRun(
                    `${form}: ${name} loads, runs or installs ${programMadeLoaded}, which a root program wrote with text the pack does not read`,
                );
            const unreadLoaded = loadedWords.find(w => unboundedWord(w) && knownDirectory(w) === undefined);
            if (unreadLoaded !== undefined)
                this.unreadableRun(
                    `${form}: ${name} loads, runs or installs ${unreadLoaded}, a word the pack cannot read`,
                );
            // Round 87: a build file whose content the script made unknown (buildFiles) is a program the pack cannot read.
            const unknownBuild = ctx.cwdUnknown
                ? undefined
                : buildFiles(name, operands)
                      .map(w => resolveWord(ctx.cwd, w))
                      .find(p => this.unknownNow(p));
            if (unknownBuild !== undefined)
                this.unreadableRun(
                    `${form}: ${name} runs the recipes of ${unknownBuild}, whose content the pack does not know`,
                );
            // Round 86: a descriptor no redirect opened on a file (a process substitution's pipe, bash(1) "Process
            // Substitution": "the file name /dev/fd/N is passed as an argument"), content the pack cannot read.
            const pipe = loadedWords.find(
                w => DESCRIPTOR_PATH.test(w) && !(w === SUBSTITUTED_DESCRIPTOR && substituted),
            );
            if (pipe !== undefined)
                this.unreadableRun(
                    `${form}: ${name} loads ${pipe}, a pipe or descriptor whose content the pack cannot read`,
                );
            // Round 84: what its options name it to run or load, and the root its launcher gives it (namedProgramRuns).
            if (!ctx.cwdUnknown) this.namedProgramRuns(words, name, operands, ctx.cwd, form, environment);
            this.unknownRules(c, name, operands, ownStdin, ctx, form);
            this.uncheckedPackages(packageCheckOffSwitches(name, operands, this.packageConfiguration()), form);
            this.unknownPackageConfiguration(name, operands, form);
            this.unverifiedSigningKeys(unverifiedSigningKeys(name, operands), form);
            this.unverifiedImages(imagePullTlsOff(name, operands), form);
            this.persistGitSetting(name, operands, form);
            // Round 88 (fix): a mounting program's alternative fstab (mount(8) -T), read as it stands now.
            const mounting = mountWords(name, operands);
            if (mounting !== undefined) this.alternativeFstabs(mounting, ctx, form);
            if (name === "git") this.unverifiedCheckout(operands, environment, ctx, form);
            if (!ctx.cwdUnknown) {
                const fetched = this.fetcherDownloads([name, ...operands], ctx.cwd);
                this.unverifiedFetches(fetched, form);
                // Round 88 (fix): a verified download (verifiedDownloads), kept through the fetch's own writes.
                if (fetched.switches.length === 0)
                    for (const p of verifiedDownloads([name, ...operands], ctx.cwd)) this.verifiedFetched.set(p, form);
            }
            // Round 89: a check only when the command word runs the program (not a function or alias of its name:
            // bash(1) "COMMAND EXECUTION" looks up functions first).
            if (!(program !== undefined && ctx.functions.has(program)) && !ctx.aliases?.has(name))
                this.pinnedChecks(name, operands, stdin?.text, environment, ctx);
            this.uncheckedPackages(
                unverifiedRepositoryFiles([name, ...operands], ctx.cwd),
                `${form}: whoever is on the path writes the repository settings`,
            );
            this.plantedKernelHelpers(commandKernelSettings(words), form);
        }
        this.xargsScriptRuns(c, words, start, stdin, ctx, form, fromPipe && pipedText !== undefined);
        this.findExecRuns(c, words, start, ctx, form);
        // What it may write loses the text the script wrote there, once it has been read (overwrites).
        const edAdds = edSubstitutions(name, operands, stdin);
        const augtool =
            name === "augtool"
                ? augtoolSets(operands, stdin, path => (this.appendedTo.has(path) ? undefined : this.current(path)))
                : undefined;
        this.augtoolRead = augtool !== undefined || edAdds !== undefined;
        if (!readScript || runs.length !== 1 || runs[0][0] !== program)
            for (const run of runs)
                this.overwrites(
                    run,
                    wrappedDirectory(words, ctx.cwdUnknown ? undefined : ctx.cwd),
                    form,
                    stdin,
                    words.slice(0, start),
                );
        this.augtoolRead = false;
        this.programWritten(programWrites);
        // Round 86 integration: the program's own commands read the files as the program found them (rewrittenBefore,
        // its named writes aside: programWritten), not as the run leaves them (overwrites: an unread program may change
        // any file).
        if (programCommands.length > 0) {
            const rewrittenAfter = [...this.rewritten];
            this.rewritten.clear();
            for (const p of rewrittenBefore) if (this.written.has(p)) this.rewritten.add(p);
            this.programRuns(programCommands, ctx, form);
            for (const p of rewrittenAfter) if (this.written.has(p)) this.rewritten.add(p);
        }
        // Round 75: augtool's `set` lines, each judged as an edit putting that line into its file (as crudini's).
        for (const { path, line } of augtool ?? []) this.file(line, path, undefined, form, true);
        // Assignments: remembered for later words (a command substitution's output is unknown); a loader variable
        // pointing into a data directory is refused.
        const assigns = /^(export|local|readonly|declare|typeset)$/.test(words[0] ?? "")
            ? words.slice(1)
            : words.slice(0, start);
        // A variable set from a command's output the reader cannot know is unknown (substitutionOutput knows some).
        c.words.forEach(w => {
            if (!isAssignment(w.replace(/\0/g, ""))) return;
            const [varName, ...value] = w.replace(/\0/g, "").split("=");
            if (/\$\(|`/.test(value.join("="))) ctx.vars.delete(varName.replace(/\+$/, ""));
        });
        const declaresNameref =
            /^(local|readonly|declare|typeset)$/.test(words[0] ?? "") && assigns.some(w => /^-[a-zA-Z]*n/.test(w));
        // Round 77: local (declare/typeset without -g) in a function's body makes each name it declares local.
        if (
            ctx.locals !== undefined &&
            /^(local|declare|typeset)$/.test(words[0] ?? "") &&
            (words[0] === "local" || !assigns.some(w => /^-[a-zA-Z]*g/.test(w)))
        )
            for (const w of assigns.filter(x => !x.startsWith("-") && !x.startsWith("+")))
                ctx.locals.add(w.split("=")[0].replace(/\+$/, "").replace(/\[.*$/, ""));
        for (const w of assigns) {
            if (!isAssignment(w)) continue;
            const [varName, ...rest] = w.split("=");
            // Round 77: an assignment to a nameref sets the variable it names (assignedName); `declare -n R=F` itself
            // sets R's reference.
            const key = declaresNameref ? varName.replace(/\+$/, "") : assignedName(ctx, varName.replace(/\+$/, ""));
            const value = rest.join("=");
            // An assignment before a program is its environment only ("SIMPLE COMMAND EXPANSION"): `IFS=, read` leaves
            // the shell's IFS as it was.
            if (
                key === "IFS" &&
                program !== undefined &&
                !/^(export|local|readonly|declare|typeset)$/.test(words[0] ?? "")
            )
                continue;
            // `a[N]=value` (`+=` appends to the element) sets one element (bash(1), "Arrays"): known for a literal
            // index into a known array, else the whole array is unknown. The subscript is an arithmetic expression
            // ("Arrays": "subscript ... is treated as an arithmetic expression"): `${#a[@]}` is the array's number of
            // elements ("${#name[subscript]} expands to the length of ... If subscript is * or @, the expansion is the
            // number of elements in the array"), the append idiom `a[${#a[@]}]=x`.
            const indexed = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/.exec(key);
            if (indexed) {
                const arrayName = assignedName(ctx, indexed[1]);
                const subscript = indexed[2].replace(/\$\{#([A-Za-z_][A-Za-z0-9_]*)\[[@*]\]\}/g, (m, v: string) => {
                    const elements = ctx.arrays?.get(v) ?? (ctx.vars.has(v) ? [ctx.vars.get(v)!] : []);
                    return elements.includes(UNKNOWN_WORDS) || /SUBSTITUTED/.test(ctx.vars.get(v) ?? "")
                        ? m
                        : String(elements.length);
                });
                const items = [...(ctx.arrays?.get(arrayName) ?? [ctx.vars.get(arrayName) ?? []].flat())];
                const at = /^\s*\d+\s*$/.test(subscript) ? Number(subscript) : -1;
                const known = at >= 0 && at <= items.length && !items.includes(UNKNOWN_WORDS);
                if (known) items[at] = varName.endsWith("+") ? `${items[at] ?? ""}${value}` : value;
                const all = known ? items : [UNKNOWN_WORDS];
                ctx.arrays = new Map(ctx.arrays).set(arrayName, all);
                ctx.vars.set(arrayName, all.includes(UNKNOWN_WORDS) ? SUBSTITUTED : (all[0] ?? ""));
                continue;
            }
            if (declaresNameref) {
                ctx.namerefs = new Map(ctx.namerefs).set(key, value);
                continue;
            }
            // A value with output the reader cannot know keeps the SUBSTITUTED mark: a program, script or eval text
            // built from it is unreadable (below).
            ctx.vars.set(key, value.replace(/^\((.*)\)$/, "$1"));
            // Round 84: a variable the python run's flags cancel (ignoredByPython: PYTHON* under -E/-I, HOME's user
            // site under -s/-I) is read by nothing it runs (confinedPythonFlags); LD_* and the rest still are.
            if (confinedFlags !== undefined && ignoredByPython(key, confinedFlags)) continue;
            if (words[0] === "export" && this.deferPythonExport(key, value, form, ctx.cwd)) continue;
            const hit = RootReads.writable(pathsIn(value));
            if (hit && LOADER_VARIABLES.test(key)) this.refuse(hit, `${form} (${key})`);
            this.plantedLoader(key, value, form, ctx.cwd);
        }
        if (/^(export|local|readonly|declare|typeset)$/.test(words[0] ?? ""))
            this.unknownNamedAssignments(assigns, form);
        // Compound array assignments `NAME=(WORDS)` and `NAME+=(WORDS)` (bash(1), "Arrays": "name=(value1 ...
        // valuen)"; "PARAMETERS": with `+=` "new values are appended to the array"), `declare -a` ones too: the
        // elements as set's words are split (setWords: `$(cat FILE)`/`$(< FILE)` of a file the script wrote is its
        // text), [UNKNOWN_WORDS] when the reader cannot know them (another output, a variable it cannot read).
        const compound = (c.arrays ?? []).map(a => /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=\(([\s\S]*)\)$/.exec(a));
        for (const m of compound.filter(x => x !== null)) {
            const elements = (m[3].match(/\$\([^()]*\)|`[^`]*`|(?:"[^"]*"|'[^']*'|[^\s"'])+/g) ?? []).map(w =>
                w.replace(/["']/g, "\0"),
            );
            const items = this.setWords(
                elements,
                elements.map(x => expand(x)),
                ctx,
            );
            const target = assignedName(ctx, m[1]);
            const before = m[2] === "+" ? (ctx.arrays?.get(target) ?? [ctx.vars.get(target) ?? []].flat()) : [];
            const all = items === undefined ? [UNKNOWN_WORDS] : [...before, ...items];
            ctx.arrays = new Map(ctx.arrays).set(target, all);
            ctx.vars.set(target, all.includes(UNKNOWN_WORDS) ? SUBSTITUTED : (all[0] ?? ""));
        }
        // set -x / -o xtrace (and +x) turn command tracing on and off (bash(1), "set").
        if (name === "set")
            for (const [i, w] of operands.entries()) {
                if (/^-[a-zA-Z]*x/.test(w) || (w === "-o" && operands[i + 1] === "xtrace")) ctx.xtrace = true;
                if (/^\+[a-zA-Z]*x/.test(w) || (w === "+o" && operands[i + 1] === "xtrace")) ctx.xtrace = false;
            }
        // Credentials put into the environment (eval or source of what a credentials command prints, or an AWS_*
        // credential variable assigned from one), then printed by env, printenv, export -p, declare -p or a bare set.
        const credentialsIn = (w: string) =>
            [...w.matchAll(/\$\(([^()]*)\)|`([^`]*)`/g)]
                .map(m => simpleCommands(expand(m[1] ?? m[2]))[0])
                .map(inner =>
                    inner ? (this.judge?.credentials(programOf(inner).words) ?? secretPrintedBy(inner)) : undefined,
                )
                .find(x => x !== undefined);
        const sourced = /^(eval|source|\.|export|declare|typeset|readonly|local)$/.test(name)
            ? c.words.map(credentialsIn).find(x => x !== undefined)
            : c.words
                  .filter(w => /^\0*AWS_(SECRET_ACCESS_KEY|SESSION_TOKEN|ACCESS_KEY_ID)\0*=/.test(w))
                  .map(credentialsIn)
                  .find(x => x !== undefined);
        // Any variable assigned a credentials command's output holds them until reassigned or unset. Only words in
        // assignment position assign (`docker run -e KEY="$KEY"` passes KEY's value, it does not reassign it).
        const rawWords = c.words.map(x => x.replace(/\0/g, ""));
        const firstOperand = rawWords.findIndex(w => !isAssignment(w));
        const rawAssigns = /^(export|local|readonly|declare|typeset)$/.test(rawWords[0] ?? "")
            ? rawWords.slice(1)
            : rawWords.slice(0, firstOperand < 0 ? rawWords.length : firstOperand);
        for (const w of rawAssigns.filter(isAssignment)) {
            const key = w.slice(0, w.indexOf("=")).replace(/\+$/, "");
            const held = credentialsIn(w.slice(w.indexOf("=") + 1));
            ctx.credentialValues = new Map(ctx.credentialValues);
            if (held) ctx.credentialValues.set(key, held);
            else if (!w.includes("+=")) ctx.credentialValues.delete(key);
        }
        if (sourced) {
            // eval/source of export-credentials sets the AWS_* variables; an assignment sets its own.
            const names = /^(eval|source|\.)$/.test(name)
                ? ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]
                : c.words
                      .map(w => w.replace(/\0/g, ""))
                      .filter(w => isAssignment(w) && /\$\(|`/.test(w))
                      .map(w => w.split("=")[0].replace(/\+$/, ""));
            ctx.credentialsInEnvironment = sourced;
            ctx.credentialVariables = new Set([...(ctx.credentialVariables ?? []), ...names]);
        }
        // unset removes variables from the environment (bash(1), "unset"): with every credential variable gone, a dump
        // prints none.
        if (name === "unset") for (const v of operands) ctx.credentialValues?.delete(v);
        // `unset 'a[N]'` leaves a sparse array the reader does not track: unknown.
        if (name === "unset")
            for (const m of operands.map(v => /^([A-Za-z_][A-Za-z0-9_]*)\[/.exec(v)).filter(x => x !== null)) {
                ctx.arrays = new Map(ctx.arrays).set(m[1], [UNKNOWN_WORDS]);
                ctx.vars.set(m[1], SUBSTITUTED);
            }
        // `hash -p PATHNAME NAME`: NAME runs PATHNAME, "no path search is performed" (bash(1), hash): read as an
        // alias of it.
        if (name === "hash" && operands.includes("-p")) {
            const [path, ...names] = operands.slice(operands.indexOf("-p") + 1).filter(w => !w.startsWith("-"));
            for (const n of path === undefined ? [] : names) {
                ctx.aliases = new Map(ctx.aliases).set(n, commandLine([resolveWord(ctx.cwd, path)]));
                ctx.hashed = new Map(ctx.hashed).set(n, resolveWord(ctx.cwd, path));
            }
        }
        // `hash -r` forgets every name, `hash -d NAME` one (bash(1), hash).
        if (name === "hash" && operands.some(w => /^-[a-z]*r/.test(w))) ctx.hashed = undefined;
        if (name === "hash" && operands.some(w => /^-[a-z]*d/.test(w)))
            for (const n of operands.filter(w => !w.startsWith("-"))) {
                ctx.hashed = new Map(ctx.hashed);
                ctx.hashed.delete(n);
            }
        if (name === "alias")
            for (const w of operands.filter(w => /^[^=\s-][^=\s]*=/.test(w)))
                ctx.aliases = new Map(ctx.aliases).set(w.slice(0, w.indexOf("=")), w.slice(w.indexOf("=") + 1));
        if (name === "unalias")
            for (const w of operands) {
                ctx.aliases = new Map(ctx.aliases);
                if (w === "-a") ctx.aliases.clear();
                else ctx.aliases.delete(w);
            }
        if (name === "unset" && ctx.credentialVariables) {
            for (const v of operands) ctx.credentialVariables.delete(v);
            if (ctx.credentialVariables.size === 0) ctx.credentialsInEnvironment = undefined;
        }
        // A bare `env` is no wrapper: it prints the environment (programIndex then finds no program).
        const dumpsEnvironment =
            /^(env|printenv)$/.test(name || posix.basename(words[0] ?? "")) ||
            (name === "export" && operands.includes("-p")) ||
            (/^(declare|typeset)$/.test(name) &&
                operands.some(w => /^-[a-zA-Z]*[px]/.test(w)) &&
                operands.every(w => w.startsWith("-"))) ||
            (name === "set" && operands.length === 0);
        if (dumpsEnvironment && ctx.credentialsInEnvironment && !ctx.captured) {
            const printedEnv = ctx.credentialsInEnvironment;
            const envInto = [...c.writes, ...(c.pipesOut && next ? next.writes : [])]
                .map(expand)
                .map(f => resolveWord(ctx.cwd, f))
                .find(f => podReadable(f) || /^\/dev\/(console|ttyS?\d+|kmsg)$/.test(f));
            const quiet = c.writes.map(expand).some(w => !/^\/dev\/(stdout|stderr)$/.test(w));
            if (envInto) this.refuseSecrets(`${printedEnv}, in the environment it prints`, envInto, form);
            else if (!quiet && !(c.pipesOut && next && redirectedAway(next)))
                this.refuseSecrets(
                    `${printedEnv}, in the environment it prints`,
                    "/var/log/cloud-init-output.log",
                    `${form}: printed to the output cloud-init logs there and to the console`,
                );
        }
        // `set -- WORDS` (or set WORDS): the positional parameters become the words (bash(1), "set": "any arguments
        // remaining are assigned to the positional parameters"), an unquoted expansion split into words (bash(1), "Word
        // Splitting"); `$(cat FILE)` of files the script wrote prints their text (setWords). Words the reader cannot
        // know (another command's output, a file it did not write or that was rewritten since: overwrites) may be any
        // words: "$@" is then read as xargs reads unknown input (unknownItems), $1 ... as unknown output.
        if (name === "set" && (operands[0] === "--" || (operands[0] !== undefined && !/^[-+]/.test(operands[0])))) {
            // Each of set's own words beside its expansion (unsplit: setWords splits them itself).
            const at = c.words.findIndex(w => posix.basename(w.replace(/\0/g, "")) === "set");
            const own = at < 0 ? undefined : c.words.slice(at + 1);
            const args =
                own === undefined
                    ? undefined
                    : this.setWords(
                          own,
                          own.map(w => expand(w).replaceAll(LITERAL_DOLLAR, "$")),
                          ctx,
                      );
            for (let i = 1; i <= Math.max(args?.length ?? 0, 9); i++) ctx.vars.delete(String(i));
            if (args === undefined) for (let i = 1; i <= 9; i++) ctx.vars.set(String(i), SUBSTITUTED);
            else args.forEach((w, i) => ctx.vars.set(String(i + 1), w));
            ctx.vars.set("@", args?.join(" ") ?? SUBSTITUTED);
            ctx.vars.set("*", args?.join(" ") ?? SUBSTITUTED);
            ctx.args = args ?? [UNKNOWN_WORDS];
            return;
        }
        // printf -v VAR FORMAT ARGS (bash's builtin) assigns VAR; `read VAR <<< WORD` (or a here-document) assigns
        // it the first line, split as read splits it (readInput: its names, `-a` its array, on its IFS), each name
        // judged like VAR=value, loader variables included.
        const hereRead = name === "read" && (c.hereString !== undefined || c.heredoc !== undefined);
        const assigned =
            name === "printf" && operands[0] === "-v" && operands[1] !== undefined
                ? ([operands[1], printfOutput(operands.slice(2))] as const)
                : hereRead
                  ? ([
                        operands.filter(w => !w.startsWith("-")).at(-1) ?? "REPLY",
                        c.hereString !== undefined
                            ? expand(c.hereString.split("\n")[0])
                            : expandText((c.heredoc ?? "").split("\n")[0]),
                    ] as const)
                  : undefined;
        if (assigned) {
            const [key, value] = assigned;
            // A here-string is its word and a newline (bash(1), "Here Strings"); one with an expansion the reader
            // cannot know is unknown text.
            const fed = /\$|SUBSTITUTED/.test(value) ? undefined : `${value.replaceAll(LITERAL_DOLLAR, "$")}\n`;
            if (hereRead) this.readInput(name, operands, { text: fed }, ctx, environment.get("IFS"));
            else ctx.vars.set(assignedName(ctx, key), value);
            const hit = RootReads.writable(pathsIn(value));
            if (hit && LOADER_VARIABLES.test(key)) this.refuse(hit, `${form} (${key})`);
            this.plantedLoader(key, value, form, ctx.cwd);
            if (name === "printf") return;
        }
        // useradd/adduser/usermod: a uid 0 (`-o -u 0`) makes root under another name; a home in a data directory hands
        // pods its ~/.ssh/authorized_keys (sshd(8), AuthorizedKeysFile .ssh/authorized_keys), profiles and shell rc
        // files: a login there is a process on the node's network (the node role through instance metadata), root with
        // sudo.
        if (/^(useradd|adduser|usermod)$/.test(name)) {
            const valued = new Set([
                "-b",
                "-c",
                "-d",
                "-e",
                "-f",
                "-g",
                "-G",
                "-k",
                "-K",
                "-p",
                "-s",
                "-u",
                "-R",
                "-P",
                "-Z",
                "-l",
                "--home",
                "--home-dir",
                "--uid",
                "--shell",
                "--gid",
                "--groups",
                "--comment",
                "--gecos",
                "--base-dir",
                "--skel",
                "--password",
                "--expiredate",
                "--inactive",
                "--root",
                "--prefix",
                "--login",
                "--ingroup",
            ]);
            const options = new Map<string, string>();
            const positional: string[] = [];
            for (let i = 0; i < operands.length; i++) {
                const w = operands[i];
                if (/^--[a-z-]+=/.test(w)) options.set(w.slice(0, w.indexOf("=")), w.slice(w.indexOf("=") + 1));
                else if (valued.has(w) || /^-[a-zA-Z]*G$/.test(w)) options.set(w, operands[++i] ?? "");
                else if (!w.startsWith("-")) positional.push(w);
            }
            const user = positional.at(-1);
            const uid = options.get("-u") ?? options.get("--uid");
            if (user && uid !== undefined && Number(uid) === 0) this.uidZero.add(user);
            // Supplementary groups (useradd -G, usermod -aG): a root-equivalent one makes the user root in effect.
            const groups = [...options.entries()]
                .filter(([k]) => /^(-[a-zA-Z]*G|--groups|-g|--gid)$/.test(k))
                .flatMap(([, v]) => v.split(","));
            if (user && groups.some(g => ROOT_GROUPS.test(g.trim()))) this.uidZero.add(user);
            const home = options.get("-d") ?? options.get("--home-dir") ?? options.get("--home");
            const inData = home === undefined ? undefined : RootReads.writable(wordPaths(home, ctx.cwd, true));
            // Round 77: usermod -d HOME moves the account's login directory (usermod(8) "-d, --home HOME_DIR: The
            // user's new login directory"; -m moves the old one's content there), in the node's /etc/passwd unless
            // -R/--root or -P/--prefix points it at another tree's: root's shells read their startup files (bash(1)
            // INVOCATION: ~/.bash_profile, ~/.profile, ~/.bashrc) and tilde expansion finds ~root there. Read as root's
            // home being a link to HOME (linkedAt: what is written there, before or after, is read as /root's own), so
            // its startup files are judged as /root's; a HOME the pack cannot know is any directory (fail closed:
            // root's startup files unknown).
            const chrooted = [...options.keys()].some(k => /^(-R|-P|--root|--prefix)$/.test(k));
            if (name === "usermod" && user !== undefined && home !== undefined && !chrooted) {
                const resolved =
                    /^\//.test(home) && !/[$*?[]|SUBSTITUTED/.test(home) ? posix.normalize(home) : undefined;
                this.movedHomes.set(user, resolved?.replace(/(.)\/$/, "$1"));
                if (user === "root" || user === "0" || this.uidZero.has(user)) {
                    const how = `${form}: usermod makes it root's home`;
                    const to = resolved?.replace(/(.)\/$/, "$1");
                    if (to === undefined)
                        for (const f of [".bash_profile", ".bash_login", ".profile", ".bashrc"])
                            this.writtenUnknown(`/root/${f}`, `${how}, a directory the pack cannot know`, false, false);
                    else if (to !== "/root") {
                        this.links.set("/root", to);
                        this.linkedAt("/root", to, true, how);
                    }
                }
            }
            if (inData)
                this.out.push({
                    who: `every pod that may write ${podWritableRoot(inData) ?? inData}`,
                    what: `${this.where} gives user ${user ?? "(unnamed)"} the home ${home} (${form}), under a node directory the pack lets pods write: pods write its ~/.ssh/authorized_keys and shell profiles, and a login there runs on the node's network (the node role through instance metadata), as root with sudo; give users homes outside the data directories`,
                });
        }
        // gpasswd -a USER GROUP adds a member (gpasswd(1)).
        if (name === "gpasswd") {
            const at = operands.findIndex(w => w === "-a" || w === "--add");
            const group = operands.filter(w => !w.startsWith("-")).at(-1);
            if (at >= 0 && operands[at + 1] && group && ROOT_GROUPS.test(group)) this.uidZero.add(operands[at + 1]);
        }
        // A launcher's command line (shell.ts launchedCommand: su/runuser -c, tmux 'LINE', start-stop-daemon --exec) is a
        // script of its own, run as the launcher's user (judged as non-root unless that user is root) in its directory.
        const launched = program === undefined ? undefined : launchedCommand(words.slice(start));
        if (launched) {
            const home = launched.user === undefined || launched.user === "root" ? "/root" : this.home(launched.user);
            const dir =
                launched.cwd === "~" ? home : launched.cwd === undefined ? ctx.cwd : resolveWord(ctx.cwd, launched.cwd);
            return this.script(
                launched.line,
                {
                    ...ctx,
                    vars: new Map(ctx.vars),
                    depth: ctx.depth + 1,
                    cwd: dir ?? ctx.cwd,
                    cwdSet: ctx.cwdSet || launched.cwd !== undefined,
                    cwdUnknown: ctx.cwdUnknown || dir === undefined || /\$/.test(dir),
                    execOnly: ctx.execOnly || (launched.user !== undefined && !this.rootEquivalent(launched.user)),
                },
                form,
            );
        }
        // `for NAME in WORDS`: NAME takes the words.
        if (words[0] === "for" && words[2] === "in") {
            ctx.vars.set(assignedName(ctx, words[1]), words.slice(3).join(" "));
            ctx.loops = new Map([...(ctx.loops ?? []), [assignedName(ctx, words[1]), words.slice(3)]]);
        }
        // Round 76: shopt -s/-u cdable_vars and lastpipe; set -P / -o physical (bash(1) "shopt", "set").
        if (name === "shopt" && /^-[su]$/.test(operands[0] ?? ""))
            for (const option of operands.slice(1)) {
                if (option === "cdable_vars") ctx.cdableVars = operands[0] === "-s";
                if (option === "lastpipe") ctx.lastpipe = operands[0] === "-s";
            }
        // Round 89: what the script exports reaches every later program's environment (Context.exported).
        if (
            (name === "export" && operands.some(w => !w.startsWith("-"))) ||
            (/^(declare|typeset|local|readonly)$/.test(name) && operands.some(w => /^-[a-zA-Z]*x/.test(w))) ||
            (name === "set" && setsAllexport(operands))
        )
            ctx.exported = true;
        if (name === "set")
            for (const [i, w] of operands.entries()) {
                if (/^-[a-zA-Z]*e/.test(w) || (w === "-o" && operands[i + 1] === "errexit")) ctx.errexit = true;
                if (/^\+[a-zA-Z]*e/.test(w) || (w === "+o" && operands[i + 1] === "errexit")) ctx.errexit = false;
                if (/^-[a-zA-Z]*P/.test(w) || (w === "-o" && operands[i + 1] === "physical")) ctx.physical = true;
                if (/^\+[a-zA-Z]*P/.test(w) || (w === "+o" && operands[i + 1] === "physical")) ctx.physical = false;
            }
        // Round 76: zsh's ztcp and zsocket (zshmodules(1) "The zsh/net/tcp Module": ztcp opens a connection "and the
        // file descriptor ... is stored in the parameter $REPLY"; -l listens and -a accepts alike; "The zsh/net/socket
        // Module": zsocket "the file descriptor ... is stored in the parameter $REPLY") leave REPLY holding digits, a
        // descriptor (a `>&$REPLY` then duplicates it). A failed one leaves REPLY as it was: digits only when it held
        // none the script set or digits already; a value the script set otherwise becomes unknown (either). `ztcp -c`
        // (close) and a bare `ztcp` (list) set nothing; a function of the script named so is that function.
        if (ctx.zsh && /^(ztcp|zsocket)$/.test(name) && !ctx.functions.has(name) && operands.length > 0) {
            const flags = operands.filter(w => w.startsWith("-")).join("");
            if (!/c/.test(flags)) {
                const before = ctx.vars.get("REPLY");
                ctx.vars.set("REPLY", before === undefined || /^\d+$/.test(before) ? "3" : SUBSTITUTED);
            }
        }
        for (const dir of madeDirectories(name, operands)) this.madeDirs.add(resolveWord(ctx.cwd, dir));
        if (!this.writeMayFail && !ctx.cwdUnknown)
            for (const dir of exclusiveMakings(name, operands)) this.exclusiveDirs.add(resolveWord(ctx.cwd, dir));
        if (name === "cd" || name === "pushd" || name === "popd" || name === "dirs") {
            this.changeDirectory(name, operands, ctx, this.alone && !ctx.errexit);
            return;
        }
        // A function of the script runs its body with the call's words as $1, $2 ... and $@.
        if (program !== undefined && ctx.functions.has(program)) {
            const vars = new Map(ctx.vars);
            operands.forEach((w, i) => vars.set(String(i + 1), w));
            vars.set("@", operands.join(" "));
            vars.set("*", operands.join(" "));
            // Its redirect or pipe, or what it inherits, is the body's standard input (standardInput).
            const locals = new Set<string>();
            // Round 80: bash manual "The Set Builtin": "If a compound command or shell function executes in a context
            // where -e is being ignored [an && / || list but its last element, `!`, a condition], none of the commands
            // executed within the compound command or function body will be affected by the -e setting".
            const body: Context = {
                ...ctx,
                errexit: ctx.errexit && this.alone,
                vars,
                args: operands,
                depth: ctx.depth + 1,
                stdin,
                groupStdin: undefined,
                locals,
            };
            const bodyErrexit = body.errexit;
            this.script(ctx.functions.get(program)!, body, form);
            // `exec < FILE` in it replaces the shell's standard input for the caller too.
            if (body.stdin !== stdin) ctx.stdin = body.stdin;
            // Round 77: bash(1) "FUNCTIONS": "Functions are executed in the context of the calling shell; there is no
            // new process created to interpret them": its cd/pushd/popd, shell options and descriptors are the
            // caller's (carryShellState), and so is every variable it set or unset that it did not declare local
            // (the positional parameters are restored: "the positional parameters ... are restored to the values they
            // had prior to the function's execution").
            carryShellState(ctx, body, bodyErrexit);
            const positional = (k: string) => /^(\d+|[@*#])$/.test(k);
            for (const [k, v] of body.vars)
                if (!locals.has(k) && !positional(k) && ctx.vars.get(k) !== v) ctx.vars.set(k, v);
            for (const k of [...ctx.vars.keys()])
                if (!locals.has(k) && !positional(k) && !body.vars.has(k)) ctx.vars.delete(k);
            return;
        }
        if (scriptText !== undefined && !ctx.cwdUnknown) {
            const args = runScript.slice(scriptAt + 1);
            const vars = new Map(ctx.vars);
            args.forEach((w, i) => vars.set(String(i + 1), w));
            const sourcedHere = /^(source|\.)$/.test(runName);
            const inner: Context = {
                ...ctx,
                vars: sourcedHere ? ctx.vars : vars,
                functions: sourcedHere ? ctx.functions : new Map(),
                args,
                depth: ctx.depth + 1,
                stdin,
                groupStdin: undefined,
            };
            const innerErrexit = inner.errexit;
            for (const text of scriptTexts.length > 1 ? scriptTexts : [scriptText]) this.script(text, inner, form);
            if (sourcedHere) {
                carryShellState(ctx, inner, innerErrexit);
                if (inner.stdin !== stdin) ctx.stdin = inner.stdin;
            }
        }
        // The scripts run-parts and find -exec run (placed).
        const runsFiles = (paths: readonly string[]) => {
            for (const path of paths) {
                const text = this.current(path);
                if (text === undefined) return this.unreadableRun(`${form}: it runs ${path}, made at boot`);
                this.script(
                    text,
                    { ...ctx, vars: new Map(ctx.vars), functions: new Map(), depth: ctx.depth + 1 },
                    form,
                );
            }
        };
        if (placed !== undefined) runsFiles(placed);
        // rm: what it removes is no longer the text the script wrote (a later copy may put anything there: `rm -rf DIR;
        // cp -r SRC DIR` makes DIR a copy of SRC), unknown from then on.
        // Round 78: a path the script makes world-writable is one any local user may fill or rewrite (planted).
        // Round 80: umask MODE (bash(1) umask: "the user file-creation mask is set to mode") for later mkdirs.
        if (name === "umask" && operands.some(w => !w.startsWith("-")))
            this.umaskOpen = umaskKeepsOthersWrite(operands.filter(w => !w.startsWith("-")).at(-1)!);
        if (program !== undefined && !nonRoot) this.nodeKeysOpened(name, operands, ctx, form);
        const given = program === undefined ? undefined : openedPaths(name, operands, this.umaskOpen);
        const umasked = given?.mode !== undefined && !this.umaskOpen && othersWriteUnderUmask(given.mode);
        const opening = umasked ? undefined : given;
        if (!nonRoot)
            for (const w of opening?.paths ?? [])
                this.rootReadDirectoryOpened(
                    wordPaths(w, ctx.cwd, true).map(x => posix.resolve("/", x)),
                    form,
                );
        for (const w of opening?.paths ?? [])
            for (const p of wordPaths(w, ctx.cwd, true).map(x => posix.resolve("/", x))) {
                this.opened.set(p, opening!.recursive || (this.opened.get(p) ?? false));
                this.openedMode(p, opening!.mode, name === "chown");
            }
        if (name === "rm" || name === "rmdir")
            for (const w of operands.filter(x => !x.startsWith("-")))
                for (const p of wordPaths(w, ctx.cwd, true).map(x => (/\$|SUBSTITUTED/.test(x) ? "/" : x)))
                    for (const path of [...this.written.keys()])
                        if (
                            path === p ||
                            path.startsWith(/[*?[]/.test(p) ? p.replace(/[*?[].*$/, "") : `${p.replace(/\/$/, "")}/`)
                        ) {
                            this.written.delete(path);
                            this.unknown.add(path);
                        }
        // read, mapfile/readarray: variables and arrays assigned from standard input (Bash manual, "Bash Builtins":
        // read "One line is read from the standard input ... the first word is assigned to the first name", `-a`
        // "The words are assigned to sequential indices of the array variable"; mapfile "Read lines from the standard
        // input into the indexed array variable"), a group's or a pipe's too; successive reads of one stream take
        // successive lines. Input the reader cannot know (or other options) gives unknown values (fail closed).
        if (
            (name === "read" || name === "mapfile" || name === "readarray") &&
            (name !== "read" || (c.hereString === undefined && c.heredoc === undefined)) &&
            !/^(while|until)$/.test(words[0] ?? "")
        )
            this.readInput(name, operands, stdin, ctx, environment.get("IFS"));
        if (name === "trap") {
            const [action, ...signals] = operands[0] === "--" ? operands.slice(1) : operands;
            // Round 80: bash(1) trap: "If a sigspec is DEBUG, the command arg is executed before every simple
            // command" (RETURN after each function or sourced script, ERR after a failing command), in the current
            // shell: where its cd leads is where later commands may run too.
            const inShell = signals.some(s => /^(DEBUG|RETURN|ERR)$/.test(s.replace(/^SIG/, "")));
            if (action !== undefined && !action.startsWith("-") && inShell) {
                const inner: Context = { ...ctx, vars: new Map(ctx.vars), depth: ctx.depth + 1 };
                this.script(action, inner, form);
                setWorkingDirectories(ctx, [...workingDirectories(ctx), ...workingDirectories(inner)]);
            } else if (action !== undefined && !action.startsWith("-")) nested(action);
            return;
        }
        // What the command's output becomes: a file it writes (judged by that file's reader), the log, or the input of
        // the next command.
        // A redirect target built from a `for` loop's variable is each of its words in turn (the loop body runs once per
        // word), not the words joined.
        const eachTarget = (w: string): string[] => {
            const loop = [...(ctx.loops ?? [])].find(([v]) =>
                new RegExp(`\\$(\\{${v}\\}|${v}(?![A-Za-z0-9_]))`).test(w),
            );
            if (!loop) return [expand(w)];
            const [v, values] = loop;
            return values.map(value => {
                const vars = new Map(ctx.vars).set(v, value);
                return expand(w.replace(new RegExp(`\\$(\\{${v}\\}|${v}(?![A-Za-z0-9_]))`, "g"), () => vars.get(v)!));
            });
        };
        const targets = (writes: readonly string[]) =>
            writes
                .flatMap(eachTarget)
                .filter(w => !/^\/dev\/(null|stdout|stderr)$/.test(w))
                .map(f => resolveWord(ctx.cwd, this.physicalWord(f, ctx, form)));
        const outputs = targets(c.writes);
        const appended = new Set(targets(appendedRedirects(c)));
        // Credentials a command prints (the node role's from instance metadata, `aws configure export-credentials`,
        // a registry token) written where pods read them are theirs: redirected, saved with -o, or teed.
        // A variable holding them is printed by echo, printf, or a here-document or here-string cat and tee print; under
        // set -x every command that expands it prints it too (bash(1), "set -x": each command's expanded words).
        const held = (text: string) =>
            [...(ctx.credentialValues ?? [])].find(([v]) =>
                new RegExp(`\\$(\\{[#!]?${v}(?![A-Za-z0-9_])|${v}(?![A-Za-z0-9_]))`).test(text),
            )?.[1];
        const printsHeld = /^(echo|printf)$/.test(name)
            ? held(c.words.join(" "))
            : /^(cat|tee)$/.test(name)
              ? held(`${c.heredoc ?? ""} ${c.hereString ?? ""}`)
              : undefined;
        const traced = ctx.xtrace && !ctx.captured ? held(c.words.join(" ")) : undefined;
        if (traced && !printsHeld)
            this.refuseSecrets(
                `${traced}, in a variable set -x traces`,
                "/var/log/cloud-init-output.log",
                `${form}: traced to the output cloud-init logs there and to the console`,
            );
        const printed =
            program === undefined
                ? undefined
                : (this.judge?.credentials(words.slice(start)) ??
                  (printsHeld ? `${printsHeld}, through a variable holding it` : undefined));
        if (printed) {
            // Files curl and wget save to (-o, -O, --output, --output-document); the AWS CLI's --output is a format.
            const saved = (/^(curl|wget)$/.test(name) ? operands : []).flatMap((w, i) =>
                /^(-o|--output|-O|--output-document)$/.test(operands[i - 1] ?? "")
                    ? [w]
                    : /^--output(-document)?=/.test(w)
                      ? [w.slice(w.indexOf("=") + 1)]
                      : [],
            );
            const piped = next && c.pipesOut ? programOf(next) : undefined;
            const teed = piped?.name === "tee" ? piped.operands.filter(w => !w.startsWith("-")) : [];
            const into = [...outputs, ...saved.map(expand), ...teed, ...(piped ? next!.writes.map(expand) : [])]
                .map(f => resolveWord(ctx.cwd, f))
                .find(f => podReadable(f) || /^\/dev\/(console|ttyS?\d+|kmsg)$/.test(f));
            // Printed to the script's own output (not saved, redirected or captured), they go where cloud-init sends
            // user data's output: /var/log/cloud-init-output.log and the console (cloud-init docs, "output": default
            // `| tee -a /var/log/cloud-init-output.log`; EC2 GetConsoleOutput), or a unit's journal under
            // /var/log/journal: all read by log shippers (podReadable). Piped, they are printed by whatever prints its
            // input (jq ., tee, base64), unless it is a registry login reading a password (--password-stdin) or its own
            // output goes elsewhere. Captured while the shell traces commands (set -x), the assignment `+ X=<value>` is
            // printed to standard error, which cloud-init logs too (bash(1), "set -x").
            const redirected = (writes: readonly string[]) =>
                writes.map(expand).some(w => !/^\/dev\/(stdout|stderr)$/.test(w));
            const consumerPrints =
                piped !== undefined &&
                !next!.words.some(w => /^--password-stdin(=true)?$/.test(w.replace(/\0/g, ""))) &&
                !redirected(next!.writes);
            const stdout = ctx.captured
                ? ctx.xtrace === true
                : (!redirected(c.writes) && saved.length === 0 && !(c.pipesOut && next)) || consumerPrints;
            if (into) this.refuseSecrets(printed, into, form);
            if (stdout)
                this.refuseSecrets(
                    printed,
                    "/var/log/cloud-init-output.log",
                    `${form}: printed to the output cloud-init logs there and to the console`,
                );
        }
        const sinks = (content: string, line = "") => {
            if (outputs.length > 0)
                for (const f of outputs) this.file(content, f, undefined, form, false, appended.has(f));
            else if (c.pipesOut && next) {
                this.piped(content, next, ctx, form, expand);
                // The next command reads it on its standard input (command(): pipedText).
                ctx.pipedText = { to: next, text: content };
            } else this.groupPrints?.text.push(`${content}${line}`);
        };
        const fed = c.heredoc ?? c.hereString;
        if (fed !== undefined) {
            // A quoted delimiter (`<<'EOF'`, `<<"EOF"`) leaves the body unexpanded (bash(1), "Here Documents").
            const body = fedBody ?? fed;
            // install(1)/cp(1) of /dev/stdin copy the here-document into their destination (shell.ts standardInput;
            // `-` is a file of that name to them); of another descriptor, copier() writes what it does not know.
            const stdinCopy =
                (name === "install" || name === "cp") && operands.some(w => standardInput(w, false, own.cwd));
            if (program === undefined || name === "cat") sinks(body);
            // Round 81: a here-string of a command's output (`tee F <<< "$(cat FILE)"`) is text the pack cannot know.
            else if (name === "tee" && SUBSTITUTED_MARK.test(body))
                this.stdinFileCopies(c, name, operands, own.cwd, form, {});
            else if (name === "tee") this.piped(body, c, ctx, form, expand);
            else if (stdinCopy) this.file(body, resolveWord(own.cwd, operands.at(-1) ?? ""), undefined, form);
            else if (name === "dd" && ddOutput(operands)) {
                const out = ddOutput(operands)!;
                this.file(body, resolveWord(own.cwd, out.path), undefined, form, out.edit, out.append);
            } else if (name === "systemd-tmpfiles" && operands.includes("-")) this.tmpfiles(body, `${form} (stdin)`);
            // Round 80: settings fed to `sysctl -p -` (sysctlReadsStdin): a command's output there is unknown text.
            else if (sysctlReadsStdin(name, operands)) {
                if (SUBSTITUTED_MARK.test(body))
                    this.unreadableRun(`${form}: ${name} loads settings from a standard input the pack cannot read`);
                else {
                    this.generic(body, `${form}, which sysctl loads`);
                    this.sysctlApplied(body, `${form}: ${name} loads its standard input`);
                }
            } else if (shellReadsStdin(name, operands, ctx.cwd)) {
                // Text the reader cannot know (a command's output in a here-string) is a program made at boot.
                if (SUBSTITUTED_MARK.test(body)) return this.unreadableRun(`${form}: its program from standard input`);
                // Round 82: `source /dev/stdin` (or `.`) runs the text in the current shell (bash(1) "source filename:
                // Read and execute commands from filename in the current shell environment"): the script's own lines,
                // read as its other lines are (not a new shell's line).
                if (SOURCE_BUILTINS.test(name)) this.script(body, ctx, form);
                // Round 72: its text is a root shell line (rootShellLine: its relays, `bash -i >& /dev/tcp/...`, too).
                // Round 82 integration: a sourced text too (round 65's reverse shells are judged only there).
                this.rootShellLine(body, ctx, form);
            } else if (atReadsStdin(name, operands)) this.rootShellLine(body, ctx, `an at job (${form})`);
            else if (crontabReadsStdin(name, operands)) this.cron(body, "/var/spool/cron/root");
            else {
                this.stdinProgram(c, body, ctx, form);
                this.generic(body, `${form}, fed to ${name}`);
            }
        } else if (
            program !== undefined &&
            ((c.dupIn ?? []).length > 0 ||
                c.reads.length > 0 ||
                (!fromPipe && shellReadsStdin(name, operands, ctx.cwd)))
        ) {
            // Its own standard input from a file or a descriptor (`< FILE`, `<&3` of `exec 3< FILE`: standardInput), or
            // for a shell the one it inherits (`{ bash; } < FILE`, `exec < FILE`): a shell (`bash < FILE`, `sh -s <
            // FILE`: bash(1) "if no arguments remain after option processing, then commands are read from the standard
            // input"; -s alike) or interpreter reading its program there runs that file's text, as the script wrote it
            // before the command ran, and a program the pack cannot read otherwise (a descriptor or file it does not
            // know), fail closed.
            // Round 81: a copier of its standard input carries a `< FILE`'s provenance to its outputs (stdinFileCopies).
            if (!fromPipe) this.stdinFileCopies(c, name, operands, programContext(words, ctx).cwd, form, ownStdin);
            const own = ownStdin;
            const interpreterReads =
                shellReadsStdin(name, operands, ctx.cwd) ||
                (INTERPRETERS.test(name) &&
                    !SHELLS.test(name) &&
                    !/^(source|\.)$/.test(name) &&
                    operands.every(w => w.startsWith("-") && !/^-[a-zA-Z]*[ecEr]$|^--(eval|print)/.test(w)));
            if (own?.text !== undefined) {
                // Round 82: source of its standard input: the script's own lines, in the current shell (as above).
                if (SOURCE_BUILTINS.test(name) && shellReadsStdin(name, operands, ctx.cwd))
                    this.script(own.text, ctx, form);
                // Round 72: read as a root shell line (rootShellLine: its relays too), as a here-document's is (a
                // sourced text too, round 82 integration).
                if (shellReadsStdin(name, operands, ctx.cwd))
                    this.rootShellLine(own.text, { ...ctx, vars: new Map(ctx.vars), depth: ctx.depth + 1 }, form);
                else this.stdinProgram(c, own.text, ctx, form);
            } else if (own !== undefined && interpreterReads)
                this.unreadableRun(`${form}: its program from standard input the pack does not know`);
        } else if (program !== undefined && !fromPipe && ownStdin !== undefined)
            // Round 81: a copier's inherited standard input (`{ tee F; } < FILE`, `exec < FILE`: stdinFileCopies).
            this.stdinFileCopies(c, name, operands, programContext(words, ctx).cwd, form, ownStdin);
        // Round 81: the close of a group of prints (groupPrints) writes what they printed.
        if (this.groupPrints?.close === c) {
            const printed = this.groupPrints.text.join("");
            this.groupPrints = undefined;
            return sinks(printed);
        }
        // echo and printf decode backslash escapes (echo -e, and dash's echo always): judged decoded.
        if (name === "echo")
            return sinks(
                unescape(operands.filter(w => !/^-[neE]+$/.test(w)).join(" ")),
                operands.some(w => /^-[neE]*n/.test(w)) ? "" : "\n",
            );
        if (name === "printf") return sinks(printfOutput(operands));
        // Round 84: cat of a planted file puts its text in the files it writes, as a copy does (plantedCopies: judged
        // where it lands, the trust store's files in plantedTrustAnchors).
        // Round 87: so does every filter whose output holds its input files' lines (LINE_FILTERS: sort, uniq, tac,
        // head, tail), into its redirects and the files its own options name (sort -o, uniq's OUTPUT: filteredCopies).
        const filtered = fed === undefined ? lineFilterUse(name, operands) : undefined;
        if (filtered) this.filteredCopies(filtered, outputs, ctx.cwd, form, stdin);
        // cat of files this script wrote prints what it wrote.
        const catted =
            name === "cat" && fed === undefined && operands.length > 0
                ? operands.map(w => this.current(resolveWord(ctx.cwd, w)))
                : [];
        if (catted.length > 0 && catted.every(t => t !== undefined)) return sinks(catted.join(""));
        // Round 88: a character filter of known text prints text the pack computes (characterFilterText: tr of literal
        // sets), judged where it goes as the text itself is.
        const charFiltered = fed === undefined ? characterFilterText(name, operands, stdin?.text) : undefined;
        if (charFiltered !== undefined) return sinks(charFiltered);
        // Anything else writes what the reader cannot know: into the files it names, or into the next command.
        if (fed === undefined || (program !== undefined && name !== "cat"))
            for (const f of outputs) this.writtenUnknown(f, form, appended.has(f));
        if (c.pipesOut && next && !(fed !== undefined && (program === undefined || name === "cat"))) {
            const { name: nextName, operands: nextOperands } = programOf(next);
            const nextAt = programContext(next.words, ctx);
            if (nextName === "tee")
                for (const f of nextOperands.filter(w => !w.startsWith("-")))
                    this.writtenUnknown(resolveWord(nextAt.cwd, f), form, teeAppends(nextOperands));
            if (nextName === "dd" && ddOutput(nextOperands))
                this.writtenUnknown(resolveWord(nextAt.cwd, ddOutput(nextOperands)!.path), form);
            // Directives the pack cannot read, applied by systemd-tmpfiles as root (systemd-tmpfiles(8): `-` reads stdin).
            if (nextName === "systemd-tmpfiles" && nextOperands.includes("-"))
                this.unreadableRun(`${form}, piped to systemd-tmpfiles`);
            // Round 80: settings the pack cannot read, loaded by sysctl as root (sysctl(8): `-p -` reads stdin).
            if (sysctlReadsStdin(nextName, nextOperands)) this.unreadableRun(`${form}, piped to sysctl`);
            if (
                /^(install|cp)$/.test(nextName) &&
                nextOperands.some(w => standardInput(w, false, nextAt.cwd) !== false)
            )
                this.writtenUnknown(resolveWord(nextAt.cwd, nextOperands.at(-1) ?? ""), form);
            // A shell or interpreter reading its program from the pipe runs what this command prints: content fetched
            // or decoded at boot, which the pack cannot read, like cloud-init's #include.
            // (Output naming a data directory is refused below, with its path.)
            if (
                !RootReads.writable([...operands, ...c.reads].flatMap(w => resolve(expand(w), true))) &&
                ((INTERPRETERS.test(nextName) &&
                    !/^(source|\.)$/.test(nextName) &&
                    (nextOperands.every(w => w.startsWith("-")) ||
                        nextOperands.some(w => w === "-s" || standardInput(w, true, ctx.cwd) !== false))) ||
                    shellReadsStdin(nextName, nextOperands, ctx.cwd))
            )
                return this.unreadableRun(`${form}, piped to ${nextName}`);
        }
        // `crontab FILE` installs FILE as the user's crontab, read as a spool file is: a file this script wrote by its
        // text, one whose content it cannot know (a download, a program's output) fails closed (crontabFile).
        const crontab = crontabFile(name, operands);
        if (crontab) {
            const path = resolveWord(ctx.cwd, crontab.file);
            const text = this.current(path);
            if (text !== undefined) this.cron(text, `/var/spool/cron/${crontab.user}`);
            else if (this.unknownNow(path) || crontab.file.includes(SUBSTITUTED))
                return this.unreadableRun(`${form}: a crontab the pack cannot read`);
        }
        // Round 71: `at -f FILE` (at(1): "Reads the job from file rather than standard input"; batch alike) queues
        // FILE's lines for /bin/sh, read as a root shell line as a piped job is; one whose content the pack cannot know
        // fails closed, as a crontab's.
        const atFile = atJobFile(name, operands);
        if (atFile !== undefined) {
            const path = resolveWord(ctx.cwd, atFile);
            const text = this.current(path);
            if (text !== undefined) this.rootShellLine(text, ctx, `an at job (${form}: ${path})`);
            else if (this.unknownNow(path) || atFile.includes(SUBSTITUTED))
                return this.unreadableRun(`${form}: an at job the pack cannot read`);
        }
        // eval's words, joined, are a script run in the current shell (bash(1), "eval": "The args are read and
        // concatenated together into a single command ... executed by the shell"): `eval "$(cat FILE)"` of a file the
        // script wrote runs its text (substitutionOutput); one the reader cannot know is a program made at boot (below).
        if (name === "eval" && !sourced && operands.length > 0 && !operands.some(w => SUBSTITUTED_MARK.test(w))) {
            const inner: Context = { ...ctx, depth: ctx.depth + 1 };
            this.script(operands.join(" "), inner, form);
            carryShellState(ctx, inner, ctx.errexit);
            ctx.stdin = inner.stdin;
        }
        const always = ctx.cwdSet && podWritableRoot(ctx.cwd) !== undefined;
        // A program named without a slash is looked up in PATH, not in the working directory.
        const programPaths = program === undefined || !program.includes("/") ? [] : resolve(program, always);
        const reads = c.reads.map(expand).flatMap(w => resolve(w, true));
        const scriptOperand = INTERPRETERS.test(name) ? operands.findIndex(o => !o.startsWith("-")) : -1;
        // systemd-tmpfiles --prefix/--exclude-prefix only filter which lines apply (systemd-tmpfiles(8)); its other
        // operands are configuration files it reads.
        const filters = (w: string, i: number) =>
            name === "systemd-tmpfiles" &&
            (/^--(exclude-)?prefix=/.test(w) || /^--(exclude-)?prefix$/.test(operands[i - 1] ?? ""));
        const operandPaths: string[] = operands.flatMap((w, i) =>
            filters(w, i) || (/^--(exclude-)?prefix$/.test(w) && name === "systemd-tmpfiles")
                ? []
                : resolve(w, always || i === scriptOperand),
        );
        // find(1) descends from its starting points: one above a data directory (`find /`, `find /mnt`) walks it too,
        // and what its -exec runs on the files it finds there (a hardening `-exec chmod` only modes them) is judged.
        // rpm -q (-qf, --query) only looks a path up in the package database (rpm(8), "QUERY OPTIONS").
        const findRuns = operands.flatMap((w, i) => {
            if (!/^-(exec|execdir|ok|okdir)$/.test(w)) return [];
            const end = operands.findIndex((x, j) => j > i && (x === ";" || x === "+"));
            const run = operands.slice(i + 1, end < 0 ? undefined : end);
            const runName = posix.basename(run[0] ?? "");
            const query =
                runName === "rpm" && run.slice(1).every(x => /^(-q[a-zA-Z]*|--query|--queryformat=.*|\{\})$/.test(x));
            return query ? [] : [runName];
        });
        // -files0-from FILE takes the starting points from FILE (GNU findutils, "Starting points"): any, `/` too.
        if (name === "find" && findRuns.some(run => !isInertCommand(run)))
            for (const w of operands.includes("-files0-from") ? ["/"] : operands) {
                if (w.startsWith("-") || w === "!" || w === "(") break;
                const from = resolveWord(ctx.cwd, w);
                const below = WRITABLE_DATA.find(d => from === "/" || d.startsWith(`${from}/`));
                if (below) operandPaths.push(below);
            }
        // The wrappers' own words (`env -C /data`, `sudo -D /data`): a data directory there sets where or how the
        // program runs; flock's lock file is only locked.
        const wrapperPaths = words
            .slice(0, start)
            .filter(
                (w, i, all) =>
                    !isAssignment(w) && !(posix.basename(all[i - 1] ?? "") === "flock" && !w.startsWith("-")),
            )
            .flatMap(w => resolve(w, false));
        const hit = RootReads.writable([...programPaths, ...reads, ...wrapperPaths]);
        // A data-directory read is refused for nodes (their pods write there); it does not end the reading: on any
        // instance the rules below (a program made at boot, a script read from what the pack does not know) still
        // judge the command.
        if (hit) this.refuse(hit, form);
        // Round 72: a shell's `-c` line is judged after its own redirections and its wrappers' paths (above), as every
        // command is. It is a script of its own; one made at run time (`bash -c "$(curl ...)"`) cannot be read.
        // A multi-call binary's shell applet (`busybox sh -c`, `busybox ash -c`: appletWords) alike.
        const shell = appletWords(words.slice(start));
        const shellName = posix.basename(shell[0] ?? "");
        const shellOperands = shell.slice(1);
        const dashC = shellOperands.indexOf("-c");
        if (SHELLS.test(shellName) && dashC >= 0) {
            if ((shellOperands[dashC + 1] ?? "").includes(SUBSTITUTED)) return this.unreadableRun(form);
            // Arguments after the command line are $0, then $1 ... and "$@" (bash(1), "-c").
            const args = shellOperands.slice(dashC + 3);
            const vars = new Map(ctx.vars);
            [shellOperands[dashC + 2] ?? shellName, ...args].forEach((w, i) => vars.set(String(i), w));
            vars.set("@", args.join(" "));
            vars.set("*", args.join(" "));
            // In the directory its wrappers give it (`env -C DIR sh -c ...`, `systemd-run -p WorkingDirectory=DIR`).
            const dir = wrappedDirectory(words, ctx.cwdUnknown ? undefined : ctx.cwd);
            const at = dir === undefined ? { cwdUnknown: true } : { cwd: dir, cwdSet: ctx.cwdSet || dir !== ctx.cwd };
            // Its commands inherit its standard input (its own `<` redirect, here-document or pipe, else what it
            // inherits: standardInput), as a function's body or a script file's does (`sh -c 'bash' < FILE`: bash(1)
            // "If no arguments remain after option processing, then commands are read from the standard input").
            return this.script(
                shellOperands[dashC + 1] ?? "",
                {
                    ...ctx,
                    ...at,
                    vars,
                    args,
                    depth: ctx.depth + 1,
                    stdin,
                    groupStdin: undefined,
                    zsh: /zsh/.test(shellName),
                },
                form,
            );
        }
        // A program, an interpreter's script, or eval's text built from output the reader cannot know (a decoder, tr,
        // a download: `bash "$(echo ... | base64 -d)"`, `eval "$(... | base64 -d)"`) is a program made at boot, like
        // `bash -c "$(...)"`; eval of a credentials export only sets variables (judged above).
        // (Before the rule below, which names a data directory only: the program is unreadable on any instance.)
        // A script operand naming a variable the reader cannot know (one `read` set from input it does not know: `ls
        // GLOB | while read -r f; do bash "$f"`, or cloud-init's environment) is such a program too.
        if (
            SUBSTITUTED_MARK.test(program ?? "") ||
            (scriptOperand >= 0 &&
                (SUBSTITUTED_MARK.test(operands[scriptOperand]) ||
                    (/\$(\{|[A-Za-z_0-9@*])/.test(operands[scriptOperand]) &&
                        !operands
                            .slice(0, scriptOperand)
                            .some(w => /^-[a-zA-Z]*[ecsmr]$|^--(eval|print|command)/.test(w))))) ||
            (name === "eval" && !sourced && operands.some(w => SUBSTITUTED_MARK.test(w)))
        ) {
            if (this.namesData)
                this.refuse(
                    this.namesData,
                    `${form}: a program chosen at run time, in a script that names ${this.namesData}`,
                );
            return this.unreadableRun(form);
        }
        // A program or working directory chosen at run time (`$f`, `$(...)`, xargs, eval, a cd the reader cannot
        // follow) in a script that names a data directory may be one of its files.
        const relativeRun = (program?.includes("/") && !program.startsWith("/")) || scriptOperand >= 0;
        if (
            this.namesData &&
            (/\$|SUBSTITUTED/.test(program ?? "") ||
                (scriptOperand >= 0 && /\$|SUBSTITUTED/.test(operands[scriptOperand])) ||
                /^(xargs|eval|parallel)$/.test(name) ||
                (ctx.cwdUnknown && relativeRun))
        )
            this.refuse(
                this.namesData,
                `${form}: a program chosen at run time, in a script that names ${this.namesData}`,
            );
        // An interpreter's, shell's or source's script read from a descriptor the reader does not know (process
        // substitution `<(cmd)`, bash(1): "the file name /dev/fd/N is passed as an argument"; `exec 3< FILE` then
        // /dev/fd/3: shell.ts standardInput), or from a file the script wrote with content it cannot compute (a
        // program's output redirected into it: `sed -n p > FILE <<EOF`), is a program the pack cannot read. Standard
        // input fed to it is read where it is fed (stdinProgram, shellReadsStdin).
        const scriptOperandWord = scriptOperand >= 0 ? operands[scriptOperand] : undefined;
        if (
            scriptOperandWord !== undefined &&
            // A script read above (its text when it ran) is judged by that reading, not by what it left there.
            (scriptText === undefined || ctx.cwdUnknown) &&
            !nonRoot &&
            fed === undefined &&
            !operands.slice(0, scriptOperand).some(w => /^-[a-zA-Z]*[ecsmr]$|^--(eval|print|command)/.test(w)) &&
            (standardInput(scriptOperandWord, false, ctx.cwd) === undefined ||
                (!ctx.cwdUnknown &&
                    this.unknown.has(resolveWord(ctx.cwd, scriptOperandWord)) &&
                    // Round 88 (fix): a verified download run by an interpreter as it came (no argument after the
                    // script, no assignment before the program) is read as its direct run is (verifiedDownloads).
                    // Arguments or environment configure what an unread installer does, such as registering the node
                    // with another control plane (rounds 66/67: ECS Anywhere `--activation-id`, k3s `K3S_URL=`,
                    // Rancher `--server --token`), and `source`/`.` runs it in this shell, whose later commands then
                    // see variables, functions and aliases the pack cannot read (round 78 `. pip.env`): such runs stay
                    // programs the pack cannot read.
                    !(
                        !/^(source|\.)$/.test(name) &&
                        this.verifiedFetched.has(resolveWord(ctx.cwd, scriptOperandWord)) &&
                        operands.length === scriptOperand + 1 &&
                        !words.slice(0, start).some(isAssignment) &&
                        !ctx.exported
                    )))
        )
            return this.unreadableRun(
                `${form}: its program from ${scriptOperandWord}, whose content the pack does not know`,
            );
        // Not root (no NoNewPrivileges): only a program or script executed from a data directory reaches root.
        if (nonRoot) {
            const script = scriptOperand >= 0 ? RootReads.writable(resolve(operands[scriptOperand], true)) : undefined;
            if (script)
                this.refuse(
                    script,
                    `${form} (a user other than root runs it: without NoNewPrivileges a setuid file reaches root, and on the node's network instance metadata answers it with the node role)`,
                );
            return;
        }
        // The paths a command names for the keepers' rule, in the program's working directory (its wrappers'): its
        // words and the files they hand it (handedWord: `-T/k`, `-d @k`, `-F f=<k`); relative words when written as
        // paths (`./k`, `.`), and every word when that directory lies inside the node's secrets (`cd
        // /var/lib/kubelet/pki; curl -T key.pem URL`: the program is handed what it names there).
        const programDir = wrappedDirectory(words, ctx.cwdUnknown ? undefined : ctx.cwd);
        const inSecrets = programDir !== undefined && insideNodeSecrets(programDir);
        const namedPaths = operands.flatMap((w, i) => {
            const handed = handedWord(w);
            const relative = /^\.\.?(\/|$)/.test(handed) || i === scriptOperand || (inSecrets && !w.startsWith("-"));
            return [...resolve(w, false), ...wordPaths(handed, programDir ?? ctx.cwd, relative)];
        });
        // A node secret's content in a word: a command substitution printing it (`-d "$(cat KEY)"`) or a variable
        // holding it (credentialValues).
        const carried = [...c.words.map(credentialsIn), held(c.words.join(" "))].find(
            (v): v is string => v !== undefined && v.startsWith("/") && insideNodeSecrets(v),
        );
        // A copier's sources (copierOperands: tar's relative names after -C or a cd), whole directories holding them.
        const copied = Object.hasOwn(COPIERS, name) ? (copierOperands(name, operands, ctx.cwd)?.sources ?? []) : [];
        const served = this.judge?.serves(words.slice(start), ctx.cwdUnknown ? undefined : ctx.cwd) ?? false;
        this.secretFlow(c, next, ctx, form, {
            name,
            operands,
            operandPaths,
            namedPaths,
            copied,
            carried,
            served,
            reads,
            pipedSecret,
        });
        // A container the node's root starts sees the node paths it binds under their container paths: its command's
        // words under a bind's destination are the node paths below the bind's source (`ctr run --mount
        // type=bind,src=/,dst=/host ... sh /host/data/x` runs /data/x).
        const fromDefinitions = containersFromDefinitions(name, operands);
        if (fromDefinitions) return this.unreadableContainers(fromDefinitions, form);
        // Round 72: crictl's exec runs in a container of the kubelet's pods (containers.ts CONTAINER_EXECS), which
        // no bind of the script's maps.
        const criExec = name === "crictl" ? containerExec(name, operands) : undefined;
        if (criExec) this.containerExec(name, criExec, [], ctx, form);
        if (/^(ctr|nerdctl|docker|podman)$/.test(name)) {
            const volume = name === "ctr" ? undefined : volumeCreate(operands);
            if (volume) {
                if (volume.name) this.namedVolumes.set(volume.name, volume.device);
                // A volume of the node's secrets (a bind, or a disk of the node) hands them to any container mounting it.
                if (holdsNodeSecrets(volume.device))
                    this.refuseSecrets(volume.device, `the volume ${volume.name ?? "it makes"}`, `${form} (a volume)`);
                // Making the volume reads nothing: the container that mounts it is judged with the volume's node path.
                return;
            }
            const run = containerCommand(name, operands, this.namedVolumes, ctx.cwd);
            const { path, rest } = engineSubcommand(operands);
            // A process exec'd with more than the container's powers (`--privileged`) runs what it names as a root
            // process of the node would, through the container's binds; so does root running what it copies out.
            const exec = containerExec(name, operands);
            const outOf = copyOut(operands);
            const bindsOf = (container: string) => this.containers.get(container) ?? [];
            const throughBinds = (container: string, words: readonly string[]) =>
                words.flatMap(w =>
                    bindsOf(container).flatMap(({ source, target }) =>
                        w === target || w.startsWith(`${target}/`) ? [posix.join(source, w.slice(target.length))] : [],
                    ),
                );
            if (exec) this.containerExec(name, exec, throughBinds(exec.container, exec.words), ctx, form);
            if (outOf) {
                const dest = resolveWord(ctx.cwd, outOf.dest);
                const hit = RootReads.writable(throughBinds(outOf.container, [posix.resolve("/", outOf.source)]));
                if (hit) this.refuse(hit, `${form} (${name} cp reads it out of the container into ${dest})`);
                else this.writtenUnknown(dest, form);
            }
            // What the engine hands to containers: binds and files an option reads, and for its other commands (`cp`
            // into a container, `secret create`, `build` contexts) every path but those `exec` runs inside one. The
            // node's secrets are refused there, as a hostPath of them is (podSpec.ts).
            const nodePaths = (words: string[]) => words.flatMap(w => pathsIn(w.replace(/\0/g, "")));
            const handed = run
                ? [...run.binds.map(b => b.source), ...nodePaths(run.nodePaths)]
                : exec
                  ? []
                  : nodePaths([...path.slice(1), ...rest]);
            for (const secret of handed.filter(holdsNodeSecrets))
                this.refuseSecrets(secret, run ? "a container" : `what ${name} ${path.join(" ")} makes`, form);
            if (run) {
                // A secret read into a word of the command (`-e KEY="$(cat KEY_FILE)"`) is the container's too.
                // So is a variable of root's environment passed by name (`-e NAME`, podman `--env-host`).
                const valued =
                    c.words.map(credentialsIn).find(x => x !== undefined) ??
                    held(c.words.join(" ")) ??
                    run.inheritedEnv.map(v => ctx.credentialValues?.get(v)).find(x => x !== undefined) ??
                    (run.wholeEnv
                        ? (ctx.credentialsInEnvironment ?? [...(ctx.credentialValues?.values() ?? [])][0])
                        : undefined);
                if (valued) this.refuseSecrets(valued, "a container's environment or arguments", form);
                if (run.name) {
                    this.containers.set(run.name, run.binds);
                    this.containerReach.set(
                        containerKey(name, run.name),
                        !(run.pod && nodeReach(run.pod) === undefined && onHostNetwork(run.pod) === undefined),
                    );
                }
                // A container the node's root starts sees the node paths it binds under their container paths: its
                // command's words under a bind's destination are the node paths below the bind's source (`ctr run
                // --mount type=bind,src=/,dst=/host ... sh /host/data/x` runs /data/x).
                const mapped = run.otherWords.flatMap(w =>
                    run.binds.flatMap(({ source, target }) =>
                        w === target || w.startsWith(`${target}/`) ? [posix.join(source, w.slice(target.length))] : [],
                    ),
                );
                // A container no more powerful than a pod the pack admits is judged as that pod: what it does with a
                // data directory is a pod's business.
                if (run.pod && nodeReach(run.pod) === undefined && onHostNetwork(run.pod) === undefined) return;
                // One that reaches the node (privileged, host PID/network, node binds, or options the pack cannot read)
                // runs its command as root of the node: a shell's -c line there (`--entrypoint sh ... -c 'SCRIPT'`,
                // or `IMAGE sh -c 'SCRIPT'`) is read as the user data's own shell is (docker run reference,
                // "--entrypoint": "Overwrite the default ENTRYPOINT of the image", the command its arguments;
                // "--privileged": "full access to the host"; nerdctl and podman-run(1) alike). A line made at run time
                // (`wget -qO- URL | sh`) is then a program made at boot. Read with a fresh environment in /: the
                // container gets only its -e variables and the image's working directory.
                this.containerShell([...(run.entrypoint ?? []), ...run.command], ctx, form);
                const hit = RootReads.writable(mapped);
                if (hit)
                    this.refuse(hit, `${form} (the container it starts sees the node's ${hit} under a bind mount)`);
            }
        }
        if (name === "crudini") return this.crudini(operands, ctx, form);
        // Round 74: an in-place edit the pack computes (perl -pi -e 's/RE/REPL/', ruby -pi -e 'sub(...)': inPlaceAdds)
        // puts its replacements into its files as sed -i's do; one it does not compute is told to the judge as an edit
        // of unknown text (refused for the files the pack judges: NodeJudge.written).
        // Round 75: ed reading only prints and a quit from a literal standard input edits nothing (readOnlyMode).
        const edited = readOnlyMode(name, operands, stdin?.text) ? [] : inPlaceEdited(name, operands);
        if (edited.length > 0) {
            const adds = inPlaceAdds(name, operands) ?? edSubstitutions(name, operands, stdin);
            for (const f of edited) {
                const path = resolveWord(ctx.cwd, f.replace(/\0/g, ""));
                if (PACKAGE_CONFIG_FILES.test(path) && (adds === undefined || !this.written.has(path)))
                    if (adds === undefined || adds.some(packageEditUnread)) this.packageEditsUnread.set(path, form);
                if (adds === undefined) {
                    this.unknownTarget(path, form, undefined, true, false);
                    this.out.push(...(this.judge?.written(path, undefined, form, true) ?? []));
                    this.throughLinks(path, form, target =>
                        this.out.push(
                            ...(this.judge?.written(target, undefined, `${form} (through the link ${path})`, true) ??
                                []),
                        ),
                    );
                } else if (adds.join("\n") !== "") this.file(adds.join("\n"), path, undefined, form, true);
            }
        }
        // Commands whose operands are patterns, values or settings rather than files, except the options that read one.
        if (Object.hasOwn(OPTION_READERS, name))
            return this.optionReads(name, operands, ctx, form, outputs, rewrittenBefore);
        // Output of a command naming a data directory piped into a shell or interpreter is run as a script.
        const dataIn = RootReads.writable([...operandPaths, ...reads]);
        if (c.pipesOut && next && dataIn && name !== "echo") {
            const nextName = posix.basename(next.words[programIndex(next.words)] ?? "");
            if (
                INTERPRETERS.test(nextName) ||
                /^(xargs|eval|parallel|crontab|at|batch|env|sudo|tar|cpio)$/.test(nextName)
            )
                return this.refuse(dataIn, `${form}, piped to ${nextName}`);
        }
        // dd if=FILE of=FILE copies: a file this script wrote keeps its content, anything else is unknown.
        const ddOut = name === "dd" && fed === undefined ? ddOutput(operands) : undefined;
        const ddIn = operands.find(w => w.startsWith("if="))?.slice(3);
        if (ddOut && ddIn) {
            const known = this.current(resolveWord(own.cwd, ddIn));
            if (known !== undefined)
                this.file(known, resolveWord(own.cwd, ddOut.path), undefined, form, ddOut.edit, ddOut.append);
            else this.writtenUnknown(resolveWord(own.cwd, ddOut.path), form);
        }
        // Round 80: dd's of= target with a part the pack cannot know (an empty basename makes /etc//ld.so.preload,
        // path_resolution(7)) is judged as a redirect's is (RootReads.unknownTarget), with the text piped into dd (the
        // command piping it saw dd's words as written, before their expansion).
        if (ddOut && !ddIn)
            this.unknownTarget(resolveWord(own.cwd, ddOut.path), form, pipedText, ddOut.edit, ddOut.append);
        if (!dataIn) {
            if (Object.hasOwn(COPIERS, name)) {
                copiedToUnknown();
                this.copy(name, operands, own, form, stdin);
            }
            if (name === "cpio" || name === "bsdcpio") this.passThroughNames(name, operands, stdin, own, form);
            this.recordLinks(name, operands, own, c.words);
            const mounting = mountWords(name, operands);
            if (mounting !== undefined) this.mount(mounting, ctx, form);
            if (name === "losetup") this.losetup(operands, ctx);
            return;
        }
        if (
            name === "install" &&
            operands.some(w => w === "-d" || w === "--directory" || /^-[A-Za-z]*d[A-Za-z]*$/.test(w))
        )
            return;
        if (name === "awk" || name === "gawk") {
            const program = operands.indexOf("-f");
            const read = program >= 0 ? RootReads.writable(resolve(operands[program + 1] ?? "", true)) : undefined;
            return read ? this.refuse(read, form) : undefined;
        }
        // Round 85: m4 reads every file operand as its program (GNU m4 manual "Executing simple commands": syscmd and
        // esyscmd run a shell command, and include/sinclude read more files): a data directory's file is code root runs.
        if (name === "m4") return this.refuse(dataIn, `${form} (m4 runs the syscmd/esyscmd macros in it)`);
        // mke2fs -d DIR (mkfs.ext2/3/4) copies a directory into the new filesystem (mke2fs(8)): a data directory's
        // files become what is mounted from it, read as the node's own.
        // mkfs.xfs -p PROTOFILE builds the filesystem from a prototype file (modes, owners, host files: mkfs.xfs(8),
        // xfs_protofile(8)). Options of inert commands that read a file: setfacl --restore/-M/-X (ACLs, owners and
        // setuid bits to apply: setfacl(1)), logger -f (the file's content goes to the journal: logger(1)).
        const readingOption = (
            /^(mke2fs|mkfs\.ext[234])$/.test(name)
                ? ["-d"]
                : name === "mkfs.xfs"
                  ? ["-p"]
                  : name === "setfacl"
                    ? ["--restore", "-M", "--modify-file", "-X", "--remove-file"]
                    : name === "logger"
                      ? ["-f", "--file"]
                      : []
        ).flatMap(flag =>
            operands.flatMap((w, i) =>
                w === flag ? [operands[i + 1] ?? ""] : w.startsWith(`${flag}=`) ? [w.slice(flag.length + 1)] : [],
            ),
        );
        const optionRead = RootReads.writable(readingOption.flatMap(v => wordPaths(v, ctx.cwd, true)));
        if (optionRead) return this.refuse(optionRead, `${form} (${name} reads it)`);
        // grep prints the lines it matches: from a data directory (a pod's symlink to a node secret), to the script's
        // output (cloud-init's log) or a file pods read. Quiet, counting and listing forms print no line.
        if (
            /^(grep|egrep|fgrep)$/.test(name) &&
            !operands.some(w =>
                /^-[a-zA-Z]*[qclLs]*[qclL][a-zA-Z]*$|^--(quiet|silent|count|files-with(out)?-matches)$/.test(w),
            ) &&
            !ctx.captured &&
            (outputs.length === 0
                ? !redirectedAway(c) && !c.writes.some(w => /^\/dev\/null$/.test(expand(w)))
                : outputs.some(f => podReadable(f)))
        )
            return this.refuse(dataIn, `${form} (grep prints its lines where pods read them)`);
        if (isInertCommand(name) || (name === "xfs_io" && xfsIoInert(operands))) return;
        // find in a data directory: its own tests and actions read nothing, and an -exec of an inert command (chmod,
        // chown: as `chmod -R` there) only modes what it finds.
        if (
            name === "find" &&
            !operands.some(w => /^-(fprint|fprint0|fprintf|fls)$/.test(w)) &&
            findRuns.every(run => isInertCommand(run))
        )
            return;
        const mounting = mountWords(name, operands);
        if (mounting !== undefined) return this.mount(mounting, ctx, form);
        if (name === "dd") {
            const read = RootReads.writable(operands.filter(w => !w.startsWith("of=")).flatMap(pathsIn));
            return read ? this.refuse(read, form) : undefined;
        }
        if (Object.hasOwn(COPIERS, name)) {
            copiedToUnknown();
            this.copy(name, operands, own, form, stdin);
            return this.recordLinks(name, operands, own, c.words);
        }
        this.refuse(dataIn, form);
    }

    /**
     * A command of OPTION_READERS: only the files its reading options name (and, for sed and jq, its input files) are
     * read; sed's script is judged for the commands it runs and the files it reads, its added text as written into the
     * files it edits.
     */
    private readonly consumed = new WeakMap<object, number>();

    /** The streams `read -u`/`mapfile -u` take from a descriptor, by descriptor and file: read in turn. */
    private readonly descriptors = new Map<string, StandardInput>();

    /** read's and mapfile's assignments from `input` (RootReads.command). */
    private readInput(
        name: string,
        operands: readonly string[],
        input: StandardInput | undefined,
        ctx: Context,
        ifs: string | undefined,
    ) {
        const mapfile = name !== "read";
        const names: string[] = [];
        let array: string | undefined;
        let delimiter = "\n";
        let known = true;
        for (let i = 0; i < operands.length; i++) {
            const w = operands[i];
            if (!w.startsWith("-") || w === "-") {
                names.push(w);
                continue;
            }
            for (let k = 1; k < w.length; k++) {
                const letter = w[k];
                const valued = mapfile ? "dnOsuCc".includes(letter) : "adinNptu".includes(letter);
                if (!valued) continue;
                const value = k + 1 < w.length ? w.slice(k + 1) : (operands[++i] ?? "");
                if (letter === "a" && !mapfile) array = value;
                else if (letter === "d") delimiter = value === "" ? "\0" : value[0];
                else if (letter === "u") {
                    // -u FD reads from descriptor FD (bash(1) read and mapfile: "Read input from file descriptor
                    // fd"): a file `exec FD< FILE` (or `{fd}<`) opened, one stream for every reader of it.
                    const path = value === "0" ? undefined : ctx.fds?.get(value);
                    if (path === undefined) {
                        if (value !== "0") known = false;
                        break;
                    }
                    const key = `${value}\0${path}`;
                    if (!this.descriptors.has(key)) this.descriptors.set(key, { text: this.current(path) });
                    input = this.descriptors.get(key);
                } else if (!/^[pt]$/.test(letter)) known = false;
                break;
            }
        }
        // read splits its line on IFS, a prefix assignment's (`IFS=: read -ra a`) included (bash(1), read: "The
        // characters in the value of the IFS variable are used to split the line into words"); one the reader cannot
        // know may split it anywhere.
        known &&= input?.text !== undefined && (mapfile || ifs === undefined || !/\$|SUBSTITUTED/.test(ifs));
        const text = input?.text ?? "";
        const at = input === undefined ? 0 : (this.consumed.get(input) ?? 0);
        const records = text.split(delimiter);
        if (records.at(-1) === "") records.pop();
        if (mapfile) array = names[0] ?? "MAPFILE";
        const taken = mapfile ? records.slice(at) : records.slice(at, at + 1);
        if (input !== undefined) this.consumed.set(input, at + taken.length);
        const fields = ifsSplit(taken[0] ?? "", ifs);
        const targets = array !== undefined ? [] : names.length > 0 ? names : ["REPLY"];
        // REPLY (no name) is the line as read, unsplit (bash(1), read: "If no names are supplied, the line read ...
        // is assigned to the variable REPLY").
        const values = names.length > 0 ? readFields(taken[0] ?? "", ifs, targets.length) : [taken[0] ?? ""];
        targets.forEach((v, k) => ctx.vars.set(assignedName(ctx, v), !known ? SUBSTITUTED : (values[k] ?? "")));
        if (array !== undefined) {
            array = assignedName(ctx, array);
            const items = !known ? [UNKNOWN_WORDS] : mapfile ? taken : fields;
            ctx.arrays = new Map(ctx.arrays).set(array, items);
            ctx.vars.set(array, !known ? SUBSTITUTED : (items[0] ?? ""));
        }
    }

    /**
     * Round 73: crudini(1), "crudini --set [OPTION]... config_file section [param] [value]" writes `param = value` into
     * section of an ini file: read as an edit of that file with the fragment `param = value` (as sed -i's replacement
     * is, file(..., edit)); --merge takes the settings from standard input (unknown to the pack: the file's content is
     * then unknown), --del and --get write nothing new. A value or file the pack cannot read, or a form it does not
     * know, leaves the file's content unknown (writtenUnknown, fail closed).
     */
    private crudini(operands: readonly string[], ctx: Context, form: string) {
        let mode: string | undefined;
        const positional: string[] = [];
        for (const a of operands) {
            if (/^--(set|merge|del|get)$/.test(a)) mode = a.slice(2);
            else if (/^--output=/.test(a)) this.writtenUnknown(resolveWord(ctx.cwd, a.slice(9)), form);
            else if (a.startsWith("-") && a !== "-") continue;
            else positional.push(a.replace(/\0/g, ""));
        }
        const [file, , param, value] = positional;
        if (file === undefined || file === "-" || mode === "get" || mode === "del") return;
        const path = resolveWord(ctx.cwd, file);
        const unknown = (w: string | undefined) =>
            w !== undefined && (SUBSTITUTED_MARK.test(w) || w.includes(UNKNOWN_WORDS));
        if (mode === "set" && param === undefined && !unknown(file)) return;
        if (mode !== "set" || param === undefined || unknown(file) || unknown(param) || unknown(value))
            return this.writtenUnknown(path, form);
        this.file(`${param} = ${value ?? ""}`, path, undefined, form, true);
    }

    private optionReads(
        name: string,
        operands: readonly string[],
        ctx: Context,
        form: string,
        outputs: string[],
        rewrittenBefore: ReadonlySet<string> = this.rewritten,
    ) {
        const spec = OPTION_READERS[name];
        const files: string[] = [];
        const scripts: string[] = [];
        const positional: string[] = [];
        let inPlace = false;
        let followLinks = false;
        // Round 75: sed's -f/--file script files (sed(1) "add the contents of script-file to the commands to be
        // executed"), read as its -e scripts when the script wrote them; --sandbox: "e/w/r commands are rejected".
        const sedFiles: string[] = [];
        let sandbox = false;
        for (let i = 0; i < operands.length; i++) {
            const a = operands[i];
            const [flag, inline] =
                a.startsWith("--") && a.includes("=")
                    ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]
                    : [a, undefined];
            const value = () => inline ?? operands[++i] ?? "";
            if (name === "jq" && (a === "--slurpfile" || a === "--rawfile")) {
                i++;
                files.push(operands[++i] ?? "");
            } else if (spec.reads.includes(flag)) files.push(value());
            else if (spec.scripts?.includes(flag)) scripts.push(value());
            else if (spec.skips?.includes(flag)) i += inline === undefined ? (spec.skipCount?.[flag] ?? 1) : 0;
            else if (name === "sed" && /^(-i|--in-place)/.test(a)) inPlace = true;
            else if (name === "sed" && /^-[nErsuz]*i/.test(a)) inPlace = true;
            else if (a === "--follow-symlinks") followLinks = true;
            else if (name === "sed" && /^-[nErsuz]*e$/.test(a)) scripts.push(operands[++i] ?? "");
            else if (name === "sed" && /^-[nErsuz]*f$/.test(a)) sedFiles.push(operands[++i] ?? "");
            else if (name === "sed" && flag === "--file") sedFiles.push(value());
            else if (name === "sed" && a === "--sandbox") sandbox = true;
            else if (!a.startsWith("-") || a === "-") positional.push(a);
        }
        // A script file the pack cannot read (a download, a program's output) holds any command: its in-place files'
        // new content is unknown, and unless sandboxed its `w FILE` may write any file and `e` run anything.
        let unreadScript = false;
        for (const f of sedFiles) {
            files.push(f);
            const path = resolveWord(ctx.cwd, f.replace(/\0/g, ""));
            const text =
                f === "-" || /\$|SUBSTITUTED/.test(f) || f.includes(UNKNOWN_WORDS) || ctx.cwdUnknown
                    ? undefined
                    : rewrittenBefore.has(path) || this.appendedAfterWrite.has(path)
                      ? undefined
                      : this.written.get(path);
            if (text === undefined) unreadScript = true;
            else scripts.push(text);
        }
        // sed and jq: the first operand is the program unless one was given by option; the rest are input files.
        if (
            (name === "sed" && scripts.length === 0 && files.length === 0 && sedFiles.length === 0) ||
            (name === "jq" && !files.length)
        ) {
            const program = positional.shift();
            if (name === "sed" && program !== undefined) scripts.push(program);
        }
        // semanage import reads its customizations from -f's file or standard input (semanage-import(8)).
        if (name === "semanage" && positional[0] === "import") files.push(...positional.slice(1));
        if (name === "sed" || name === "jq") {
            const inputs = positional.filter(p => p !== "-").map(p => resolveWord(ctx.cwd, p));
            // sed -i replaces each file with a new one (GNU sed, "--follow-symlinks" is off by default): a pod's file
            // edited in place stays the pod's; read otherwise, its content goes where root sends it.
            const read = RootReads.writable(name === "sed" && inPlace && !followLinks ? [] : inputs);
            if (read) this.refuse(read, `${form} (${name} reads it)`);
            if (unreadScript) {
                if (inPlace) for (const f of inputs) this.writtenUnknown(f, form);
                if (!sandbox)
                    this.anyJudgedFile(
                        form,
                        "sed runs a script file the pack cannot read (sed(1) -f), whose `w FILE` may write any file and `e` run any command",
                    );
            }
            // Round 88: an in-place edit of a package configuration file whose text the pack does not know (the
            // image's) by anything but `s` commands adding only settings that choose no source, key or check
            // (packageEditUnread) leaves its settings unknown (unknownPackageConfiguration).
            if (name === "sed" && inPlace)
                for (const path of inputs.filter(p => PACKAGE_CONFIG_FILES.test(p) && !this.written.has(p)))
                    if (
                        unreadScript ||
                        scripts.some(
                            script =>
                                !/^\s*s(.)(?:\\.|(?!\1).)*\1(?:\\.|(?!\1).)*\1[gpIi0-9]*\s*$/s.test(script) ||
                                sedScript(script).adds.some(packageEditUnread),
                        )
                    )
                        this.packageEditsUnread.set(path, form);
            for (const script of scripts) {
                const edits = sedScript(script);
                for (const run of edits.runs) {
                    if (run === undefined) this.unreadableRun(`${form}: sed's e runs the text it edits`);
                    else this.script(run, { ...ctx, vars: new Map(ctx.vars), depth: ctx.depth + 1 }, form);
                }
                files.push(...edits.reads);
                // Round 87: r/R FILE put FILE's text into what sed writes (sedReadInto).
                for (const r of edits.reads.filter(w => w !== ""))
                    this.sedReadInto(r, inPlace ? inputs : outputs, ctx.cwd, form, rewrittenBefore);
                for (const w of edits.writes) this.writtenUnknown(resolveWord(ctx.cwd, w), form);
                const added = edits.adds.join("\n");
                if (added !== "")
                    if (inPlace) for (const f of inputs) this.file(added, f, undefined, form, true);
                    else for (const f of outputs) this.file(added, f, undefined, form, true);
            }
        }
        const hit = RootReads.writable(files.flatMap(f => wordPaths(f, ctx.cwd, true)));
        if (hit) this.refuse(hit, `${form} (${name} reads it)`);
    }

    /**
     * A command's standard input (bash(1), "REDIRECTION"): undefined when it has none (not piped into, no redirection
     * of descriptor 0), else its text when the reader knows it, `{}` when it does not. Known: what a sink printed into
     * it (sinks: printf, echo, cat of a written file), a here-document whose delimiter is quoted, a here-document in
     * which the shell expands nothing (no `$`, backquote or backslash), a here-string likewise ("Here Strings": the
     * word, quotes removed, with a newline appended), `< FILE` or `0< FILE` of a file the script wrote, `<&N` of a
     * descriptor `exec N< FILE` opened on one. Unknown: the output of any other command, any other file (shipped
     * beside the user data, a process substitution `< <(cmd)`), and more than one of them (which comes last is not
     * recorded). With none of its own, the one it inherits (`inherit`): the innermost enclosing compound command's
     * redirect or pipe (ctx.groupStdin), else the script's or the calling function's (ctx.stdin).
     */
    private standardInput(c: SimpleCommand, ctx: Context, inherit = true): StandardInput | undefined {
        const fileText = (path: string) => ({
            text: this.current(resolveWord(ctx.cwd, path.replace(/\0/g, ""))),
            from: [resolveWord(ctx.cwd, path.replace(/\0/g, ""))],
        });
        const sources = [
            ...c.reads
                .filter(p => !(c.fdReads ?? []).some(f => f.path === p && f.fd !== "0"))
                .map(p => () => fileText(p)),
            ...(c.dupIn ?? []).map(fd => () => {
                const path = ctx.fds?.get(fd);
                return path === undefined ? {} : fileText(path);
            }),
            ...(c.heredoc === undefined
                ? []
                : [
                      () => {
                          const text = c.heredoc!.replace(/\0/g, "");
                          return c.heredocDelimiter?.includes("\0") || !/[$`\\]/.test(text) ? { text } : {};
                      },
                  ]),
            ...(c.hereString === undefined
                ? []
                : [
                      () => {
                          const text = c.hereString!.replace(/\0/g, "");
                          return /[$`\\]/.test(text) ? {} : { text: `${text}\n` };
                      },
                  ]),
            ...(ctx.pipedText?.to === c
                ? [() => ({ text: ctx.pipedText!.text, under: ctx.pipedText!.under, from: ctx.pipedText!.from })]
                : []),
        ];
        if (sources.length === 0) return inherit ? (ctx.groupStdin ?? ctx.stdin) : undefined;
        return sources.length === 1 ? sources[0]() : {};
    }

    /**
     * An interpreter reading its program from standard input (a here-document, a here-string or a pipe: Python
     * "Command line and environment", `-` and no script; perlrun(1), ruby(1), node, php, lua, tclsh(1) alike): judged as
     * the same command running that text as its script file (/dev/stdin), so every reader of an interpreter's script
     * (shellsHandedOut, servers) reads it as it reads one user data wrote. gawk's program file `-` (GNU awk manual,
     * "Naming Standard Input": "you can even use \"-\" with the -f option to read program source code from standard
     * input"), `--file=-`, `-f-` and /dev/stdin alike, is read the same way; awk's other operands are data. Standard
     * input is any of its names (shell.ts standardInput: /dev/fd/0, /proc/self/fd/0); a program read from another
     * descriptor is judged as the fed text too (the shell reader records a here-document on any descriptor, `3<<EOF`,
     * as the command's), never as a script of the image.
     */
    private stdinProgram(c: SimpleCommand, text: string, ctx: Context, form: string) {
        const { words } = programOf(c);
        // The options its environment gives it (environmentOptions): the script's variables and its own assignments.
        const environment = new Map(ctx.vars);
        const given = c.words.map(w => w.replace(/\0/g, ""));
        for (const w of given.slice(0, programIndex(given)))
            if (isAssignment(w)) environment.set(w.split("=")[0], w.slice(w.indexOf("=") + 1));
        const name = interpreterName(words[0] ?? "");
        const operands = words.slice(1);
        const awk = /^g?awk$/.test(name);
        if (
            !this.judge ||
            (!INTERPRETERS.test(name) && !awk) ||
            SHELLS.test(name) ||
            /^(source|\.|busybox)$/.test(name)
        )
            return;
        // The word naming standard input (or another descriptor), and what precedes it in that word (awk's `--file=`,
        // `-f`).
        const stdin = (w: string) => {
            const [, before, path] = (awk ? /^(--file=|--exec=|--include=|-[fEi]|)([\s\S]*)$/ : /^()([\s\S]*)$/).exec(
                w,
            )!;
            return standardInput(path, true, ctx.cwd) === false ? undefined : before;
        };
        const reads = (w: string, i: number) => {
            const before = stdin(w);
            return (
                before !== undefined &&
                (!awk || before !== "" || /^(-[fEi]|--(file|exec|include))$/.test(operands[i - 1] ?? ""))
            );
        };
        if (awk ? !operands.some(reads) : !operands.every(w => w.startsWith("-")) && !operands.some(reads)) return;
        const script = operands.some(reads)
            ? [words[0], ...operands.map((w, i) => (reads(w, i) ? `${stdin(w)}/dev/stdin` : w))]
            : [...words, "/dev/stdin"];
        this.out.push(
            ...this.judge.ran(
                environmentOptions(script, environment),
                `${form} (its program on standard input)`,
                ctx.cwd,
                p => (standardInput(p, false) ? text : this.written.get(p)),
                ctx.execOnly,
            ),
        );
    }

    /** Commands a non-root process of the node runs: only what the node's settings make of them (NodeJudge.ran). */
    private ranOnly(text: string, how: string, cwd: string) {
        if (!this.judge) return;
        for (const c of shellCommands(text)) {
            const { words } = programOf(c);
            const cwdOfProgram = wrappedDirectory(
                c.words.map(w => w.replace(/\0/g, "")),
                cwd,
            );
            if (words.length > 0)
                this.out.push(...this.judge.ran(words, how, cwdOfProgram, p => this.written.get(p), true));
        }
    }

    /**
     * `exec` into a running container (docker container exec reference: "runs a new command in a running container";
     * the process has the container's namespaces and powers, more with --privileged: containers.ts containerExec).
     * - One with more than the container's powers (`--privileged`, an option the pack does not know) runs what it names
     *   as a root process of the node would: a data directory seen through the container's binds is refused.
     * - Round 71: into a container the script started that reaches the node (privileged, host PID/network, node binds:
     *   containerReach), or one exec'd with more powers, the process is root of the node as the run's own command is: a
     *   shell's -c line is read as the user data's own (containerShell), as a data directory under a bind is.
     * - Into a container the script did not start (by this engine, by name: one started by an image's unit, a
     *   definition the pack does not read, `--latest`, an ID): its privileges, namespaces and binds are unknown, so the
     *   command runs with powers the pack cannot know (fail closed). One the script started that reaches nothing of
     *   the node is a pod's business, as its run is.
     * - Round 72: crictl's (containers.ts CONTAINER_EXECS kubeletPods) are the kubelet's pods, never one the script
     *   started; the node's own include privileged host-network ones (EKS's kube-proxy and aws-node DaemonSets), so
     *   the process is read as root of the node with the node's network (fail closed): the command as a root command
     *   (NodeJudge.ran: a relay, `socat TCP-LISTEN:... EXEC:/bin/sh` serving a shell) and a shell's -c line as the
     *   user data's own (containerShell). An option the pack does not know (after which it cannot tell the container
     *   from the command) or a command made at run time is a program it cannot read.
     */
    private containerExec(engine: string, exec: ContainerExec, mapped: readonly string[], ctx: Context, form: string) {
        const hit = RootReads.writable(mapped);
        const reach = exec.kubeletPods ? true : this.containerReach.get(containerKey(engine, exec.container));
        if (hit && (exec.escalates || reach))
            this.refuse(
                hit,
                `${form} (${exec.escalates ?? "a container reaching the node"}: the process sees the node's ${hit} under a bind mount)`,
            );
        if (reach === undefined) {
            this.out.push({
                who: "whatever started the container",
                what: `${this.where} runs a command in a container the script did not start (${form}): its privileges, namespaces and binds are unknown, so the pack cannot know what the command reaches of the node (a privileged or host-PID container is root of the node); start the container in the user data with a docker, nerdctl, podman or ctr run command, which the pack judges as a pod`,
            });
            return;
        }
        if (!reach && !exec.escalates) return;
        if (exec.kubeletPods && exec.escalates)
            return this.unreadableRun(
                `${form}: ${engine} exec with ${exec.escalates}, an option the pack does not know`,
            );
        const words = exec.words.map(w => w.replace(/\0/g, ""));
        if (exec.kubeletPods && SUBSTITUTED_MARK.test(words[0] ?? ""))
            return this.unreadableRun(`${form}: a command in a pod's container the pack cannot read`);
        this.containerShell(exec.words, ctx, form);
        if (exec.kubeletPods)
            this.out.push(
                ...(this.judge?.ran(words, `${form} (in a pod's container: root of the node)`, "/", p =>
                    this.written.get(p),
                ) ?? []),
            );
    }

    /**
     * Round 71: the command lines of a Wazuh agent's configuration (WAZUH_CONFIG): each `<command>` (and `<full_command>`)
     * element's text is a line the agent runs as root (wazuh-logcollector's localfile commands every `frequency`
     * seconds, the command wodle's every `interval`), read as a root shell line (rootShellLine), as cron's are; an
     * element whose text the pack cannot read (markup, an entity, an unclosed element: a fragment appended or edited
     * in) is a command it does not know (fail closed). An `<active-response>` block's `<command>` names a command
     * defined on the manager, no line. The text returned, the lines read so blanked, is the rest of the configuration
     * (its `location` files ...), read as any other file is (generic).
     */
    private wazuh(text: string, path: string): string {
        let rest = text;
        for (const open of text.matchAll(/<(command|full_command)\b[^>]*>/g)) {
            const before = text.slice(0, open.index);
            if (before.lastIndexOf("<active-response") > before.lastIndexOf("</active-response")) continue;
            const body = open[0].endsWith("/>")
                ? [""]
                : new RegExp(`^((?:[^<]|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>)*)</${open[1]}\\s*>`).exec(
                      text.slice(open.index + open[0].length),
                  );
            const line = body ? xmlText(body[1]) : undefined;
            if (line === undefined) {
                this.out.push({
                    who: "whatever the Wazuh agent's command runs",
                    what: `${this.where} has the Wazuh agent run as root a command the pack cannot read (${path}: ${open[0]} with markup, an entity or no end: a fragment of its configuration): write each <command> whole, as plain text`,
                });
                continue;
            }
            if (line.trim() !== "")
                this.rootShellLine(line, newContext("/"), `the Wazuh agent's command in ${path}: ${line.trim()}`);
            const at = open.index + open[0].length;
            rest = `${rest.slice(0, at)}${" ".repeat(body![1].length)}${rest.slice(at + body![1].length)}`;
        }
        return rest;
    }

    /**
     * Round 71: a shell line root runs (`sh -c LINE`): read command by command as user data's own script is, and the
     * shell itself as a command root runs (NodeJudge.ran), whose line's relays (`bash -i >& /dev/tcp/HOST/PORT`:
     * bash(1) REDIRECTION) are read from the line as a whole, as the user data's own `sh -c 'LINE'` is.
     */
    private rootShellLine(text: string, ctx: Context, how: string, shell: readonly string[] = ["sh", "-c", text]) {
        this.script(text, ctx, how);
        const ran = this.judge?.ran(shell, how, "/", p => this.written.get(p)) ?? [];
        // Round 83: instance metadata named in the line's commands' words is judged command by command by script() (an
        // `export NO_PROXY=169.254.169.254` relays nothing, a socat to it does), as the user data's own lines are; the
        // line as a whole is still a relay when a redirection names it (`exec 3<>/dev/tcp/169.254.169.254/80`: bash(1)
        // REDIRECTION), which no command's words show (imdsOnlyInWords).
        const byWords = imdsOnlyInWords(text) ? new Set([imdsRelay(how).what, imdsRelay(how, true).what]) : undefined;
        this.out.push(...ran.filter(o => byWords === undefined || !byWords.has(o.what)));
    }

    /** A node-reaching container's command: a shell's `-c` line read as a root script (a made-at-run-time one unread). */
    private containerShell(command: readonly string[], ctx: Context, form: string) {
        const shell = appletWords(command);
        if (!SHELLS.test(posix.basename(shell[0] ?? ""))) return;
        // bash(1)/dash(1): -c may be clustered with other single-letter options (`sh -ec 'SCRIPT'`); the first
        // operand after the options is the command string.
        let i = 1;
        let dashC = false;
        for (; i < shell.length; i++) {
            const w = shell[i];
            if (w === "--") {
                i++;
                break;
            }
            if (!/^[-+]/.test(w)) break;
            if (/^-[A-Za-z]*c[A-Za-z]*$/.test(w)) dashC = true;
            if (/^[-+][oO]$|^--(rcfile|init-file)$/.test(w)) i++;
        }
        if (!dashC) return;
        const text = shell[i];
        if (text === undefined || text.includes(SUBSTITUTED))
            return this.unreadableRun(`${form} (its container's -c line)`);
        const args = shell.slice(i + 2);
        const vars = new Map<string, string>();
        [shell[i + 1] ?? shell[0], ...args].forEach((w, k) => vars.set(String(k), w));
        vars.set("@", args.join(" "));
        vars.set("*", args.join(" "));
        // Round 71: the shell itself judged too (rootShellLine: its line's relays).
        this.rootShellLine(
            text,
            { ...newContext("/", false, vars), args, depth: ctx.depth + 1 },
            `${form} (the -c line of a container reaching the node)`,
            shell,
        );
    }

    /** Containers started from definitions the pack does not read (containers.ts containersFromDefinitions). */
    private unreadableContainers(how: string, form: string) {
        this.out.push({
            who: "whatever the definition gives its containers",
            what: `${this.where} starts containers from a definition the pack does not read (${how}: ${form}): their binds, privileges and namespaces are unknown, and a bind of the kubelet's directory or the runtime's socket owns the node; start each container with a docker, nerdctl, podman or ctr run command, which the pack judges as a pod`,
        });
    }

    /** A root command running a program the pack cannot read (fetched, decoded or made at boot). */
    private unreadableRun(how: string) {
        // It may write anywhere: every file the script wrote holds what the pack cannot know, to the judge too (a
        // server's configuration it replaced).
        for (const path of [...this.written.keys()]) this.writtenUnknown(path, how);
        this.out.push({
            who: "whoever serves or writes what it runs",
            what: `${this.where} runs as root a program made at boot (${how}): content fetched, decoded or printed at run time, which the pack cannot read, like cloud-init's #include; write the commands into the user data itself`,
        });
    }

    /**
     * The runs of xargs (or GNU parallel) that run a script, each read as a command of its own: xargs(1) "executes the
     * command ... one or more times with any initial-arguments followed by items read from standard input" (or from
     * -a/--arg-file FILE: xargsWords), so `xargs -a LIST bash` runs `bash ITEM`, and an item may be the program itself
     * (`xargs -I{} {}`, parallel's `{}`). A run whose program is a shell, or an item, is read as that command would be
     * (command: scriptPaths, readScript: the script root runs, or a program made at boot). find -print0's items
     * (findPrint0Roots) are any of the files under its starting points: each file the script made there is an item
     * (the files of the image are not the script's). Its standard input is the command's (xargs(1) -a: "stdin remains
     * unchanged when commands are run"; else /dev/null, wider read as the command's). Not here: runs of piped text the
     * reader knows (piped reads them so), runs with items it cannot know (command: unknownItems fails closed), runs
     * that are the command's own words (read as it is).
     */
    private xargsScriptRuns(
        c: SimpleCommand,
        words: readonly string[],
        start: number,
        stdin: StandardInput | undefined,
        ctx: Context,
        form: string,
        readAlready: boolean,
    ) {
        const program = words[start];
        if (readAlready || program === undefined || ctx.functions.has(program) || !xargsRuns(c)) return;
        // An xargs run running xargs again (an item `xargs`), past where the reader follows: fail closed.
        if (ctx.depth > 6) return this.unreadableRun(`${form}: xargs runs xargs deeper than the pack follows`);
        const roots = stdin?.under;
        const made = [...new Set([...this.written.keys(), ...this.unknown])];
        const found =
            roots === undefined
                ? stdin
                : {
                      ...stdin,
                      under: made.filter(
                          p =>
                              ctx.cwdUnknown ||
                              roots.some(
                                  r =>
                                      r === "/" || /\$|SUBSTITUTED/.test(r) || p.startsWith(`${r.replace(/\/$/, "")}/`),
                              ),
                      ),
                  };
        const runs = xargsWords(words, start, ctx.cwd, p => this.current(p), found) ?? [];
        const own = words.slice(start);
        const raw = c.words.map(w => w.replace(/\0/g, ""));
        const at = raw.slice(0, programIndex(raw)).findIndex(w => /^(xargs|parallel)$/.test(posix.basename(w)));
        if (at < 0) return;
        for (const run of runs) {
            if (run.length === 0 || SUBSTITUTED_MARK.test(run.join(" "))) continue;
            if (run.length === own.length && run.every((w, i) => w === own[i])) continue;
            if (!SHELLS.test(interpreterName(appletWords(run)[0] ?? "")) && run[0] === program) continue;
            // Its words as xargs hands them over, one word each (quoted: not split or brace-expanded again), after
            // the wrappers before xargs (`sudo -u USER xargs ...`: wrapperUser). They are already expanded, and xargs
            // invokes the utility with them as its arguments (POSIX xargs: it "shall construct a command line
            // consisting of the utility and argument operands ... followed by as many arguments read", and "invoke"
            // it), no shell between: a `$` left in them (`sh -c '... "$1" $(basename "$1")' _`,
            // single-quoted in the script) is text, expanded only by the shell the run starts, with the run's items
            // as its $1...: LITERAL_DOLLAR, turned back into `$` once command() has expanded the words.
            this.command(
                {
                    ...c,
                    words: [...c.words.slice(0, at), ...run.map(w => `\0${w.replaceAll("$", LITERAL_DOLLAR)}\0`)],
                    pipesOut: false,
                },
                { ...ctx, pipedText: undefined, depth: ctx.depth + 1 },
                undefined,
                form,
            );
        }
    }

    /**
     * Round 77: the commands find's -exec/-execdir/-ok/-okdir actions run, each read as the command it is (a copy, a
     * link, a write into a judged directory): find(1) "-exec command ;" runs command with "{}" "replaced by the current
     * file name being processed", "-exec command {} +" with "as many of the selected file names as possible" in its
     * place; -execdir/-okdir run it "from the subdirectory containing the matched file" (-ok/-okdir ask first: read as
     * run, fail closed). `{}` stands for each file the script made under the start points (the files of the image are
     * not the script's, as for run-parts and find's placed scripts), or, when it made none there or a start point is
     * not a word the pack can know (a variable, a command's output, -files0-from: GNU findutils "Starting points"), a
     * path under it the pack cannot know (SUBSTITUTED: its name and content unknown, refused at a judged target).
     */
    private findExecRuns(c: SimpleCommand, words: readonly string[], start: number, ctx: Context, form: string) {
        const program = words[start];
        if (program === undefined || posix.basename(program) !== "find" || ctx.functions.has(program)) return;
        if (ctx.depth > 6) return this.unreadableRun(`${form}: find runs find deeper than the pack follows`);
        const own = words.slice(start);
        // find [-H] [-L] [-P] [-D debugopts] [-Olevel] [starting-point...] [expression]
        let i = 1;
        while (/^-([HLP]|D|O\d*)$/.test(own[i] ?? "")) i += own[i] === "-D" ? 2 : 1;
        const firstTest = own.findIndex((w, j) => j >= i && /^[-(!),]/.test(w));
        const given = own.slice(i, firstTest < 0 ? undefined : firstTest);
        const starts = own.includes("-files0-from")
            ? [`/${SUBSTITUTED}`]
            : (given.length > 0 ? given : ["."]).map(w =>
                  ctx.cwdUnknown && !w.startsWith("/") ? `/${SUBSTITUTED}` : resolveWord(ctx.cwd, w),
              );
        const made = [...new Set([...this.written.keys(), ...this.unknown])];
        const found = starts.flatMap(root => {
            const dir = root.replace(/\/$/, "");
            if (/\$|SUBSTITUTED/.test(root)) return [`${dir}/${SUBSTITUTED}`];
            const there = made.filter(p => root === "/" || p.startsWith(`${dir}/`));
            return there.length > 0 ? there : [`${dir}/${SUBSTITUTED}`];
        });
        const raw = c.words.map(w => w.replace(/\0/g, ""));
        const wrappers = c.words.slice(0, programIndex(raw));
        for (let j = firstTest < 0 ? own.length : firstTest; j < own.length; j++) {
            const action = /^-(exec|execdir|ok|okdir)$/.exec(own[j]);
            if (!action) continue;
            const end = own.findIndex((x, k) => k > j && (x === ";" || x === "+"));
            const command = own.slice(j + 1, end < 0 ? undefined : end);
            j = end < 0 ? own.length : end;
            if (command.length === 0) continue;
            // A script find runs (`{}` the program, or a shell's or interpreter's script) is read where its placed
            // files are (command: placed, runsFiles).
            const applet = appletWords(command);
            const script = INTERPRETERS.test(interpreterName(applet[0] ?? ""))
                ? applet.slice(1).find(w => !w.startsWith("-"))
                : applet[0];
            if (script?.includes("{}") && !applet.slice(1).some(w => /^-[a-zA-Z]*[ce]$/.test(w))) continue;
            const inDirectory = action[1].endsWith("dir");
            // A remover (rm, unlink, shred) of what find finds removes at most the start points' trees: named so,
            // not as an unknown path (which would be anywhere).
            const removes = /^(rm|rmdir|unlink|shred)$/.test(posix.basename(command[0]));
            const paths = removes ? starts.map(r => (/\$|SUBSTITUTED/.test(r) ? `/${SUBSTITUTED}` : r)) : found;
            const runs =
                own[end] === "+"
                    ? [{ run: command.flatMap(w => (w === "{}" ? paths : [w])), at: paths[0] }]
                    : paths.map(p => ({ run: command.map(w => w.replaceAll("{}", p)), at: p }));
            for (const { run, at } of runs)
                this.command(
                    {
                        ...c,
                        words: [...wrappers, ...run.map(w => `\0${w.replaceAll("$", LITERAL_DOLLAR)}\0`)],
                        writes: [],
                        reads: [],
                        heredoc: undefined,
                        heredocDelimiter: undefined,
                        hereString: undefined,
                        pipesOut: false,
                    },
                    {
                        ...ctx,
                        vars: new Map(ctx.vars),
                        cwd: inDirectory && at !== undefined ? posix.dirname(at) : ctx.cwd,
                        pipedText: undefined,
                        depth: ctx.depth + 1,
                    },
                    undefined,
                    `${form} (find runs ${run.join(" ")})`,
                );
        }
    }

    /**
     * Round 76: cd, pushd, popd and dirs as bash runs them (bash(1) "cd"; bash manual "Directory Stack Builtins"): cd
     * "sets the OLDPWD environment variable to the value of the current working directory before the change" (and
     * PWD), `cd -` goes to $OLDPWD, a bare cd to $HOME; pushd DIR cds there keeping the old directory on the stack,
     * popd cds to the stack's top and removes it, `+N`/`-N` rotate or remove entries, `-n` only edits the stack; dirs
     * -c clears it. A directory the pack cannot know (an unknown word, an unset OLDPWD, a CDPATH search, a cdable_vars
     * variable, a link with an unknown target under -P) leaves the working directory unknown (cwdUnknown: fail closed).
     */
    private changeDirectory(name: string, operands: readonly string[], ctx: Context, mayFail = false) {
        const unknown = (p: string | undefined) =>
            p === undefined || /\$|SUBSTITUTED/.test(p) || p.includes(UNKNOWN_WORDS);
        const here = ctx.cwdUnknown ? undefined : ctx.cwd;
        const stack = [...(ctx.dirStack ?? [])];
        const go = (to: string | undefined) => {
            ctx.vars.set("OLDPWD", here ?? SUBSTITUTED);
            ctx.vars.set("PWD", to ?? SUBSTITUTED);
            ctx.cwdUnknown = to === undefined;
            ctx.cwd = to ?? UNKNOWN_CWD;
            ctx.cwdSet = true;
        };
        let physical = ctx.physical === true;
        let noChange = false;
        const rest: string[] = [];
        for (const [i, w] of operands.entries()) {
            if (w === "--") {
                rest.push(...operands.slice(i + 1));
                break;
            }
            if (/^-[LPe@]+$/.test(w) && name !== "popd" && name !== "dirs") {
                // The last of -L and -P wins.
                if (/[LP]/.test(w)) physical = /P[^L]*$/.test(w);
            } else if (w === "-n" && name !== "cd") noChange = true;
            else if (w === "-c" && name === "dirs") ctx.dirStack = [];
            else rest.push(w);
        }
        if (name === "dirs") return;
        // Where cd DIR goes, from `from` (bash(1) cd: CDPATH "defines the search path for the directory containing
        // dir", used for a dir not beginning with `/`, `./` or `../`; -P "resolving symbolic links while traversing dir
        // and before processing instances of .."; shopt cdable_vars "an argument to the cd builtin command that is not
        // a directory is assumed to be the name of a variable whose value is the directory to change to").
        const target = (dir: string, from: string | undefined): string | undefined => {
            if (unknown(dir)) return undefined;
            const bare = !/^(\/|\.\.?(\/|$))/.test(dir);
            const cdpath = ctx.vars.get("CDPATH");
            if (bare && cdpath !== undefined && cdpath !== "") {
                const searched = unknown(cdpath) ? [undefined] : cdpath.split(":").map(e => (e === "" ? "." : e));
                if (
                    searched.some(e => e === undefined || (from === undefined ? true : posix.resolve(from, e) !== from))
                )
                    return undefined;
            }
            if (ctx.cdableVars && !dir.includes("/") && !/^\.\.?$/.test(dir)) return undefined;
            if (from === undefined && !dir.startsWith("/")) return undefined;
            const raw = dir.startsWith("/") ? dir : `${from}/${dir}`;
            return physical ? this.physical(raw) : posix.resolve(raw);
        };
        // +N counts from the left of `dirs` (the working directory first), -N from the right.
        const list = [here, ...stack];
        const nth = (w: string) => {
            const n = Number(w.slice(1));
            const k = w.startsWith("+") ? n : list.length - 1 - n;
            return k >= 0 && k < list.length ? k : undefined;
        };
        const rotation = rest.find(w => /^[+-]\d+$/.test(w));
        if (name === "cd") {
            const dir = rest[0];
            if (dir === undefined) go(target(ctx.vars.get("HOME") ?? this.home("root") ?? "/root", here));
            else if (dir === "-") go(target(ctx.vars.get("OLDPWD") ?? SUBSTITUTED, here));
            else {
                // Round 80: `for d in A B; do cd "$d"` goes to each word in turn (bash(1) "for name in word": the list
                // runs "once for each member"), not to the words joined: the shell may be in any of them.
                const each = loopValues(ctx, dir)?.map(w => target(w, here)) ?? [target(dir, here)];
                // Round 80: a cd that stands alone without `set -e` (standsAlone) to a directory the script did not
                // make may fail, the script going on where it was.
                const stays = mayFail && each.some(d => !this.scriptMade(d));
                go(each[0]);
                if (each.length > 1 || stays) setWorkingDirectories(ctx, stays ? [...each, here] : each);
            }
        } else if (name === "pushd" && rotation !== undefined) {
            const k = nth(rotation);
            if (k === undefined) return;
            const rotated = [...list.slice(k), ...list.slice(0, k)];
            ctx.dirStack = rotated.slice(1);
            if (!noChange) go(rotated[0]);
        } else if (name === "pushd") {
            const dir = rest[0];
            if (dir === undefined) {
                // Exchanges the top two directories.
                if (stack.length === 0) return;
                ctx.dirStack = [here, ...stack.slice(1)];
                go(stack[0]);
            } else if (noChange) ctx.dirStack = [target(dir, here), ...stack];
            else {
                ctx.dirStack = [here, ...stack];
                go(target(dir, here));
            }
        } else if (rotation !== undefined) {
            const k = nth(rotation);
            if (k === undefined) return;
            if (k > 0) ctx.dirStack = stack.filter((_, j) => j !== k - 1);
            else if (stack.length > 0) {
                ctx.dirStack = stack.slice(1);
                if (!noChange) go(stack[0]);
            }
        } else if (stack.length > 0) {
            // popd (-n: the stack only).
            ctx.dirStack = stack.slice(1);
            if (!noChange) go(stack[0]);
        }
    }

    /**
     * Round 76: `path` (absolute, not normalised) as the kernel resolves it (path_resolution(7): each component in turn,
     * "If the component is a symbolic link ... the resolution continues at the target", so a `..` after a link is the
     * parent of the link's target): a link the script made (this.links) followed where a `..` comes after it;
     * undefined when one has a target the pack cannot know.
     */
    private physical(path: string, depth = 0): string | undefined {
        const parts = path.split("/");
        let at = "/";
        for (const [i, part] of parts.entries()) {
            if (part === "" || part === ".") continue;
            if (part === "..") {
                at = posix.dirname(at);
                continue;
            }
            at = posix.join(at, part);
            if (!this.links.has(at) || !parts.slice(i + 1).includes("..")) continue;
            const target = this.links.get(at);
            const resolved = target === undefined || depth > 8 ? undefined : this.physical(target, depth + 1);
            if (resolved === undefined) return undefined;
            at = resolved;
        }
        return at;
    }

    /**
     * Round 76: a word naming a path with a `..` component after a link the script made: the path the kernel resolves
     * (physical: the parent of the link's target, path_resolution(7)), which a shell's lexical reading (posix.resolve)
     * misses; a link with a target the pack cannot know there is refused (fail closed). Other words as they are.
     */
    private physicalWord(w: string, ctx: Context, how: string): string {
        if (this.links.size === 0 || !/(^|\/)\.\.(\/|$)/.test(w) || /\$|SUBSTITUTED/.test(w)) return w;
        if (!w.startsWith("/") && ctx.cwdUnknown) return w;
        const raw = w.startsWith("/") ? w : `${ctx.cwd}/${w}`;
        const physical = this.physical(raw);
        if (physical === undefined)
            this.out.push({
                who: "whoever decides where the link points",
                what: `${this.where} names ${w} as root (${how}): a \`..\` after a link the script made to a file the pack cannot know, the parent of that file (path_resolution(7)), which may be any directory root's programs read; name the file by its own path`,
            });
        return physical === undefined || physical === posix.resolve(raw) ? w : physical;
    }

    /** A word with its tilde-prefixes expanded (command: expand), its quotes still marked. */
    private tilde(w: string, ctx: Context): string {
        return tildeExpanded(w, prefix => {
            if (prefix === "") return ctx.vars.get("HOME") ?? this.home("root") ?? "/root";
            // Round 77: bash(1) "Tilde Expansion": "If the tilde-prefix is a `~+', the value of the shell variable PWD
            // replaces the tilde-prefix": the variable (cd sets it, an assignment may change it), else the cwd.
            if (prefix === "+") return ctx.vars.get("PWD") ?? (ctx.cwdUnknown ? SUBSTITUTED : ctx.cwd);
            if (prefix === "-") return ctx.vars.get("OLDPWD") ?? SUBSTITUTED;
            if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*\$?$/.test(prefix)) return undefined;
            return this.home(prefix) ?? `${UNKNOWN_HOME}(${prefix})`;
        });
    }

    /**
     * Round 76: a write below `~user` for an account whose home the pack does not know (not root, the image's default
     * user or a cloud-config user): the image's /etc/passwd may give it any home (AL2023's `operator` has /root), so
     * the file may be root's shell startup file or any other file root reads (fail closed).
     */
    private unknownHome(path: string, how: string): boolean {
        const marker = new RegExp(`^.*?${UNKNOWN_HOME}\\(([^)]*)\\)`);
        const user = marker.exec(path)?.[1];
        if (user === undefined) return false;
        this.out.push({
            who: `whoever decides ~${user}'s home`,
            what: `${this.where} writes ${path.replace(marker, "~$1")} as root (${how}), below the home of account ${user}, which the pack does not know (the image's /etc/passwd may give it any home, /root included: a shell's startup file, /etc): write the file by its absolute path`,
        });
        return true;
    }

    /**
     * Round 76: a write as root whose target holds a part the pack cannot know (UNKNOWN_PART: `> "$UNK/.bashrc.d/x"`,
     * `> "$(cat f)"`, `${X:-/opt}/x` with X unknown), judged as a write to every file the pack judges (JUDGED_FILES,
     * JUDGED_DIRECTORIES) the path's known parts still allow. The rule: bash(1) "Parameter Expansion" and "Command
     * Substitution" put the value in the word as it is, slashes and `..` included, and path_resolution(7) resolves
     * each `..` against the directory reached so far ("the parent directory of the current lookup directory"), so an
     * unknown part may climb from any prefix to `/` and go down anywhere: only the literal text AFTER the last unknown
     * part still bounds the path (it must end with it). The one exception is a part that cannot hold a slash
     * (ONE_WORD: a host name or an architecture, hostname(7)/uname(1)), which stays within its path component: the
     * path is then a glob of its own (`[^/]*` for the part), and only judged files matching it are reached; round 77:
     * so does a basename output (COMPONENT: `[^/]*` or "/" alone) unless its component may be `.`/`..` (dotComponent). A prefix the
     * pack knows (a variable it set, `mktemp -d`'s new directory: RootReads.command substitutionOutput) is no unknown
     * part at all. Content the pack cannot read (a download, a copy of an unknown file, an edit it does not compute)
     * at a path that may be a judged file is refused (fail closed, as anyJudgedFile); known content is judged at each
     * judged file the path may be (RootReads.file), so a comment or a literal PS1 passes and `export LD_PRELOAD=...`
     * is refused as it would be at /root/.bashrc.d/x.
     */
    private unknownTarget(path: string, how: string, text: string | undefined, edit: boolean, append: boolean) {
        const parts = [...path.matchAll(UNKNOWN_PART)];
        if (parts.length === 0) return;
        // Round 77: COMPONENT (a basename output) stays in its component too unless that may be `.`/`..`.
        const slashes = unboundedWord(path);
        const last = parts.at(-1)!;
        const suffix = path.slice(last.index + last[0].length);
        const directories = Object.entries(JUDGED_DIRECTORIES);
        const named = directories.flatMap(([d, { names }]) => names.map(x => `${d}/${x}`));
        let candidates: string[];
        if (slashes) {
            // The path ends with `suffix` after an unknown part: a judged file ending so; a name the unknown part ends
            // (`$X.conf`: D/x.conf); a file `/NAME` or `/DIR/NAME` below a judged directory that takes NAME (the
            // unknown part ending at the directory, or at one whose path ends with DIR); below a deep one, any.
            const cut = suffix.lastIndexOf("/");
            const [dir, name] = cut < 0 ? ["", suffix] : [suffix.slice(0, cut), suffix.slice(cut + 1)];
            candidates = [
                ...JUDGED_FILES.filter(f => f.endsWith(suffix)),
                ...(suffix === "" ? named : []),
                ...directories.flatMap(([d, { takes, deep }]) => [
                    ...(!suffix.includes("/") && takes.test(`x${suffix}`) ? [`${d}/x${suffix}`] : []),
                    ...(suffix.includes("/") && d.endsWith(dir) && takes.test(name) ? [`${d}/${name}`] : []),
                    ...(suffix.includes("/") && deep?.test(suffix.startsWith("/") ? suffix.slice(1) : `x${suffix}`)
                        ? [suffix.startsWith("/") ? `${d}${suffix}` : `${d}/x${suffix}`]
                        : []),
                ]),
            ];
        } else {
            // Parts that cannot hold a slash stay within their path component: the path is a pattern of its own. A
            // COMPONENT may also be "/" alone, splitting its component where it stands.
            // Round 78: each part may also be empty (systemd-escape of "" prints "", basename "" too; dotComponent
            // already counts an empty output), and a component made only of such parts then leaves two slashes in a
            // row, which are one (POSIX "Pathname": "Multiple successive <slash> characters are considered to be the
            // same as one"): `/etc/$(systemd-escape "$U")/ld.so.preload` may be /etc/ld.so.preload, so that
            // component, with its slash, is optional.
            const escaped = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
            const partSource = (component: string) =>
                component
                    .split(/(ONEWORDSUBSTITUTED|COMPONENTSUBSTITUTED)/)
                    .map((piece, i) => (i % 2 === 0 ? escaped(piece) : piece === COMPONENT ? "(?:[^/]*|/)" : "[^/]*"))
                    .join("");
            const [first, ...components] = path.split("/");
            const source = components.reduce(
                (acc, c) => acc + (c !== "" && mayBeEmpty(c) ? `(?:/${partSource(c)})?` : `/${partSource(c)}`),
                `^${partSource(first)}`,
            );
            const pattern = new RegExp(`${source}$`);
            // The path with its parts as `x` (or, a component of them only, dropped) counts only where a judged
            // directory takes that name (`/tmp/ne-x.tar.gz` is no file root's programs read; the ordinary judge still
            // sees the write at its own path).
            const concretes = [path, [first, ...components.filter(c => c === "" || !mayBeEmpty(c))].join("/")].map(p =>
                p.replace(UNKNOWN_PART, "x"),
            );
            const taken = concretes.filter(
                concrete => JUDGED_DIRECTORIES[posix.dirname(concrete)]?.takes.test(posix.basename(concrete)) === true,
            );
            candidates = [...JUDGED_FILES, ...named, ...taken].filter(f => pattern.test(f));
        }
        candidates = [...new Set(candidates.map(c => posix.resolve("/", c)))].filter(c => !c.match(UNKNOWN_PART));
        if (candidates.length === 0) return;
        const shown = path.replace(UNKNOWN_PART, "<unknown>");
        if (text === undefined) {
            this.out.push({
                who: "whoever decides the path it writes",
                what: `${this.where} writes ${shown} as root (${how}), a path with a part the pack cannot know (a variable's or a command's output may hold any text, \`/..\` included), with content the pack cannot read: it may be any file root's programs read, ${candidates.slice(0, 3).join(", ")} among them (a shell's startup file, /etc/environment, /etc/ld.so.preload); write the file by a path the script sets`,
            });
            return;
        }
        for (const c of candidates)
            this.file(
                text,
                c,
                undefined,
                `${how} (to ${shown}, a path the pack cannot know, which may be ${c})`,
                edit,
                append,
            );
    }

    /**
     * Round 76: a relative path written after a cd the pack cannot follow (UNKNOWN_CWD): the file may be any file below
     * any directory, root's shell startup files and /etc/ld.so.preload included (fail closed).
     */
    private unknownDirectory(path: string, how: string): boolean {
        if (!path.startsWith(`${UNKNOWN_CWD}/`)) return false;
        this.out.push({
            who: "whoever decides the working directory",
            what: `${this.where} writes ${path.slice(UNKNOWN_CWD.length + 1)} as root (${how}) relative to a working directory the pack cannot know (a cd to an unknown word, through CDPATH or cdable_vars, or to an unset OLDPWD): the file may be any file root's programs read; cd to a literal directory or write the file by its absolute path`,
        });
        return true;
    }

    /**
     * Round 81: a program copying its standard input into files (stdinCopyOutputs: tee(1) "copy standard input to each
     * FILE", install(1)/cp(1) of /dev/stdin, dd(1) of= without if=) whose standard input is a `< FILE` redirect puts
     * FILE's text there, as a copy of FILE does (copies): a planted FILE (RootReads.planted) is a local user's text at
     * each output (plantedCopies), a FILE the pack cannot know is unknown there, one the script wrote its known text.
     * An image file (neither) brings nothing new. Any other standard input (`own`: standardInput, a `<&3` of `exec 3<
     * FILE`, the enclosing group's or `exec < FILE`'s redirect, a here-string of a substitution) puts its text there
     * when the pack knows it and unknown text when it does not, as a pipe's does (bash(1), "REDIRECTION").
     */
    private stdinFileCopies(
        c: SimpleCommand,
        name: string,
        operands: readonly string[],
        cwd: string,
        form: string,
        own?: StandardInput,
    ) {
        const outputs = stdinCopyOutputs(name, operands, cwd);
        const reads = c.reads.filter(p => !(c.fdReads ?? []).some(f => f.path === p && f.fd !== "0"));
        if (outputs.length === 0) return;
        if (reads.length !== 1 || /[$*?[]|SUBSTITUTED/.test(reads[0])) {
            const how = `${form}: its standard input is text the pack cannot know`;
            for (const to of outputs.map(o => resolveWord(cwd, o)))
                if (own?.text !== undefined) this.file(own.text, to, undefined, `${form} (its standard input)`);
                else if (own !== undefined) this.writtenUnknown(to, how);
            return;
        }
        const from = resolveWord(cwd, reads[0].replace(/\0/g, ""));
        const planted = this.planted([from]);
        const known = planted ? undefined : this.current(from);
        const how = `${form}: its standard input is ${from}`;
        for (const to of outputs.map(o => resolveWord(cwd, o))) {
            if (planted) this.plantedCopies.set(to, { ...planted, tree: false });
            if (known !== undefined) this.file(known, to, undefined, how);
            else if (planted || this.unknownNow(from)) this.writtenUnknown(to, how);
        }
    }

    /**
     * Round 87: a copier or extractor (tar -x, cpio, unzip of `-`) of its standard input (`input`) writes at `to` the
     * content of the files piped into it (StandardInput `from`: pipedFiles): a planted one (RootReads.planted) makes
     * `to` (a tree for an extraction) a local user's (plantedCopies), its content unknown.
     */
    private plantedStdinCopy(name: string, to: string, input: StandardInput | undefined, form: string) {
        const planted = this.planted(input?.from ?? []);
        if (planted === undefined) return;
        this.plantedCopies.set(to, { ...planted, tree: !/^(cp|mv|install)$/.test(name) });
        this.writtenUnknown(to, `${form} (its standard input is ${planted.path})`);
    }

    /**
     * Round 88: GNU cpio manual "Copy-pass mode": cpio -p "reads the list of files to copy from the standard input" (names
     * relative to the working directory) and copies them into the destination directory: the names take their origin.
     * Known names (echo, printf, a here-document: stdin.text) and find's starting points (stdin.under) are judged with
     * planted(): a planted file lands in the destination as its planter's (plantedCopies, unknown there). Names the pack
     * cannot read may be any file, a planted one too: copied into a directory root's daemons read or run programs
     * from (rootReadDirectory), refused (fail closed).
     */
    private passThroughNames(
        name: string,
        operands: readonly string[],
        stdin: StandardInput | undefined,
        ctx: Context,
        form: string,
    ) {
        if (ctx.cwdUnknown) return;
        const flags = optionLetters(operands, CPIO_OPTIONS);
        if (!flags.includes("p") && !operands.includes("--pass-through")) return;
        const to = unpackedDestinations(name, operands, ctx.cwd)?.trees[0];
        if (to === undefined) return;
        const names =
            stdin?.text !== undefined
                ? stdin.text
                      .split(/[\n\0]/)
                      .map(l => l.trim())
                      .filter(l => l !== "")
                : stdin?.under;
        if (names === undefined || names.some(n => /[$`*?[]|SUBSTITUTED/.test(n))) {
            const reads = (p: string) => this.judge?.readsAsConfig?.(p) ?? false;
            if (rootReadDirectory(to, reads))
                this.out.push({
                    who: "whoever chose the names cpio reads (a planted file's name among them)",
                    what: `${this.where} copies files whose names the pack cannot read into ${to} (${form}: cpio -p reads the names to copy from its standard input), a directory root's daemons read or run programs from: any file may land there, a world-writable directory's too; name the files literally (echo, printf) or copy from a root-owned tree`,
                });
            else this.writtenUnknown(to, form);
            return;
        }
        const planted = this.planted(names.map(n => resolveWord(ctx.cwd, n)));
        if (planted === undefined) return;
        this.plantedCopies.set(to, { ...planted, tree: true });
        this.writtenUnknown(to, `${form} (cpio copies ${planted.path} into it)`);
    }

    /**
     * Round 87: sed's `r FILE` and `R FILE` read FILE into its output (GNU sed manual, "r filename: Queue the contents
     * of filename to be read and inserted into the output stream"; "R filename: Queue a line of filename"): the files
     * it edits in place or its redirects (`into`) hold FILE's text: a planted FILE's (a local user's: plantedCopies,
     * unknown there), a file the script wrote its known text (added, as an `a` command's), any other (standard input
     * /dev/stdin, a file the pack cannot read, the image's) text the pack cannot know (writtenUnknown, fail closed).
     */
    private sedReadInto(
        word: string,
        into: readonly string[],
        cwd: string,
        form: string,
        rewrittenBefore: ReadonlySet<string>,
    ) {
        const unknownWord = /[$*?[]|SUBSTITUTED/.test(word) || word.includes(UNKNOWN_WORDS) || word === "/dev/stdin";
        const path = unknownWord ? undefined : resolveWord(cwd, word.replace(/\0/g, ""));
        const planted = path === undefined ? undefined : this.planted([path]);
        // As for sed -f's script files: the file as it was before this sed (its own words are no rewrite of it).
        const text =
            path === undefined || planted || rewrittenBefore.has(path) || this.appendedAfterWrite.has(path)
                ? undefined
                : this.written.get(path);
        const how = `${form} (sed reads ${path ?? word} into it)`;
        for (const f of into) {
            if (planted) this.plantedCopies.set(f, { ...planted, tree: false });
            if (text !== undefined) this.file(text, f, undefined, how, true);
            else this.writtenUnknown(f, how);
        }
    }

    /**
     * Round 87: a line filter's output (lineFilterUse) holds its input files' lines: a planted input is a local user's
     * text in each file it writes (its redirects `outputs` and the files its options name: plantedCopies, as a copy's),
     * and a file its options name holds the inputs' known text (sort's sorted: coreutils sort "Write sorted
     * concatenation of all FILE(s)"; the others' lines a subset, judged as the whole) or, when an input is one the
     * pack cannot read (standard input it does not know, a command's output, an image file), text it cannot know
     * (writtenUnknown, as a redirect of the filter's output is).
     */
    private filteredCopies(
        use: { inputs: string[]; outputs: string[]; sorts: boolean; unread: boolean },
        outputs: readonly string[],
        cwd: string,
        form: string,
        stdin: StandardInput | undefined,
    ) {
        const unknownWord = (w: string) => /[$*?[]|SUBSTITUTED/.test(w) || w.includes(UNKNOWN_WORDS);
        const named = use.outputs
            .filter(o => o !== "-" && o !== "/dev/stdout")
            .map(o => resolveWord(cwd, o.replace(/\0/g, "")));
        for (const w of use.inputs.filter(i => i !== "-" && !/[$]|SUBSTITUTED/.test(i))) {
            const planted = this.planted([resolveWord(cwd, w.replace(/\0/g, ""))]);
            if (planted) for (const f of [...outputs, ...named]) this.plantedCopies.set(f, { ...planted, tree: false });
        }
        if (named.length === 0) return;
        const texts = (use.inputs.length === 0 ? ["-"] : use.inputs).map(w =>
            w === "-" ? stdin?.text : unknownWord(w) ? undefined : this.current(resolveWord(cwd, w.replace(/\0/g, ""))),
        );
        const known = use.unread || texts.some(t => t === undefined) ? undefined : texts.join("");
        const text =
            known === undefined || !use.sorts
                ? known
                : known
                      .split("\n")
                      .filter(l => l !== "")
                      .sort()
                      .join("\n");
        for (const f of named)
            if (text === undefined) this.writtenUnknown(f, form);
            else this.file(text, f, undefined, form);
    }

    /**
     * Content piped into `next`: tee writes it to its files, a shell runs it, anything else reads it. Round 87:
     * `expandWord` (the command's own expansion, when it has one) resolves tee's FILE operands as a `>` redirect's
     * target is (bash(1) "EXPANSION": `tee "$S/x"` with S a literal names $S's file, not an unknown one).
     */
    private piped(
        content: string,
        next: SimpleCommand,
        ctx: Context,
        form: string,
        expandWord: (w: string) => string = w => w,
    ) {
        // Its words are as written but for their tilde-prefixes (tilde).
        const { name, operands } = programOf({ ...next, words: next.words.map(w => this.tilde(w, ctx)) });
        const at = programContext(next.words, ctx);
        if (name === "tee") {
            for (const f of operands.filter(w => !w.startsWith("-")))
                this.file(
                    content,
                    resolveWord(at.cwd, this.physicalWord(expandWord(f), ctx, form)),
                    undefined,
                    form,
                    false,
                    teeAppends(operands),
                );
        } else if (/^(install|cp)$/.test(name) && operands.some(w => standardInput(w, false, at.cwd)))
            this.file(content, resolveWord(at.cwd, operands.at(-1) ?? ""), undefined, form);
        else if (name === "dd" && ddOutput(operands)) {
            const out = ddOutput(operands)!;
            this.file(content, resolveWord(at.cwd, out.path), undefined, form, out.edit, out.append);
        } else if (name === "systemd-tmpfiles" && operands.includes("-")) this.tmpfiles(content, `${form} (stdin)`);
        // xargs(1) runs its command with the input's items as more arguments (xargsWords): judged as that command.
        else if (xargsRuns(next)) {
            const raw = next.words.map(w => w.replace(/\0/g, ""));
            const start = programIndex(raw);
            const prefix = next.words.slice(0, start);
            // Round 76 node3: xargs(1) runs its command itself (execvp, no shell): an item is one argument as read,
            // no tilde or parameter expansion (bash(1) Tilde Expansion is a shell's, on its own words), unless a shell
            // or interpreter the command starts reads it as code (`xargs -I{} sh -c 'cp x {}'`: kept as shell text).
            const code = raw
                .slice(start)
                .some(
                    w =>
                        SHELLS.test(posix.basename(w)) ||
                        INTERPRETERS.test(posix.basename(w)) ||
                        /^(eval|xargs|parallel)$/.test(posix.basename(w)),
                );
            const literal = code ? undefined : (w: string) => `\0${w.replaceAll("$", LITERAL_DOLLAR)}\0`;
            const runs = xargsWords(raw, start, ctx.cwd, p => this.current(p), { text: content }, literal) ?? [];
            for (const run of runs)
                this.command({ ...next, words: [...prefix, ...run], pipesOut: false }, ctx, undefined, form);
        } else if (sysctlReadsStdin(name, operands)) {
            // Round 82: piped settings a sysctl applier loads (sysctlApplied), as a here-document's.
            this.generic(content, `${form}, piped to ${name}`);
            this.sysctlApplied(content, `${form}: piped to ${name}, which loads it`);
        } else if (shellReadsStdin(name, operands, ctx.cwd)) this.script(content, ctx);
        // An at job runs later what it reads, as a cron job does (atReadsStdin).
        // Round 71: at(1) runs the job with /bin/sh: read as a root shell line (rootShellLine), as a cron job's.
        else if (atReadsStdin(name, operands))
            this.rootShellLine(content, ctx, `an at job (${form}, piped to ${name})`);
        // crontab(1) `-` (or no file): standard input becomes root's crontab, read as a spool file is.
        else if (crontabReadsStdin(name, operands)) this.cron(content, "/var/spool/cron/root");
        else if (name !== "logger" && !isInertCommand(name)) {
            this.stdinProgram(next, content, ctx, form);
            this.generic(content, `${form}, piped to ${name}`);
        }
    }

    /**
     * Round 88 (fix): losetup(8) "losetup loopdev file: Set up a loop device" (and `-f file`, the first unused device):
     * the device then IS the file, so a later mount of the device is a loop mount of its backing file (RootReads.mount,
     * loopBacking); -d/--detach ends it, -D/--detach-all every one.
     */
    private losetup(operands: readonly string[], ctx: Context) {
        const at = loopAttachment(operands);
        // A relative file in a directory the pack cannot follow names no file it can place (not recorded).
        if (at === undefined || (ctx.cwdUnknown && !at.file.startsWith("/") && !at.detach)) return;
        if (at.detach) {
            if (operands.some(a => /^(-D|--detach-all)$/.test(a))) {
                this.loopDevices.clear();
                this.loopFound.clear();
            } else this.loopDevices.delete(at.device ?? "");
            return;
        }
        const file = resolveWord(ctx.cwd, at.file);
        if (at.device === undefined) this.loopFound.add(file);
        else this.loopDevices.set(at.device, file);
    }

    /**
     * Round 88 (fix): the backing files a mount source may be (losetup): the file attached to that loop device; for
     * another loop device, or a source the pack cannot read (`mount "$(losetup -f --show FILE)" DIR`, losetup(8)
     * "--show: Display the name of the assigned loop device"), any file `losetup -f` attached (fail closed).
     */
    private loopBacking(source: string): string[] {
        // losetup(8) "-P, --partscan: Force the kernel to scan the partition table on a newly created loop device": its
        // partitions (/dev/loopNpM) are parts of the same file.
        const device = this.loopDevices.get(source.replace(/^(\/dev\/loop\d+)p\d+$/, "$1"));
        if (device !== undefined) return [device];
        return /^\/dev\/loop\d+(p\d+)?$/.test(source) || (source !== "" && unknownWord(source))
            ? [...this.loopFound]
            : [];
    }

    /**
     * Round 88 (fix): mount(8) "-T, --fstab path: Specifies an alternative fstab file": every line of it is mounted (with
     * -a) or looked up, so it is root-read configuration: a planted one (RootReads.planted: /tmp, /var/tmp, /dev/shm)
     * lists the planter's mounts, one of content the pack cannot read lists any; a known one's lines are read as
     * /etc/fstab's are (RootReads.fstab: binds, images and overlays shown at their mount points, bound). Read before
     * the command's own run marks the files it may change (overwrites), as the file stood when mount read it.
     */
    private alternativeFstabs(operands: readonly string[], ctx: Context, form: string) {
        for (const [i, a] of operands.entries())
            if (a === "-T" || a === "--fstab") this.alternativeFstab(operands[i + 1] ?? "", ctx, form);
            else if (a.startsWith("--fstab=")) this.alternativeFstab(a.slice("--fstab=".length), ctx, form);
    }

    private alternativeFstab(word: string, ctx: Context, form: string) {
        if (ctx.cwdUnknown || unknownWord(word))
            return this.unreadableRun(`${form}: mount reads its fstab from ${word}, a file the pack cannot name`);
        const path = resolveWord(ctx.cwd, word);
        const planted = this.planted([path]);
        if (planted) return this.refusePlanted(planted, `${form}: mount mounts what it lists (its fstab, -T)`);
        if (this.unknownNow(path))
            return this.unreadableRun(
                `${form}: mount mounts what ${path} lists, a file whose content the pack cannot read`,
            );
        const text = this.current(path);
        if (text !== undefined && path !== "/etc/fstab") this.fstab(text, path);
    }

    /**
     * mount(8): a device, label, export or filesystem at a data directory, or one data directory at another; never the
     * node's secrets there (a bind or an overlay's lowerdir/upperdir), and never an fstab (-T) pods may write.
     */
    private mount(operands: readonly string[], ctx: Context, form: string) {
        const positional: string[] = [];
        const options: string[] = [];
        let [source, target] = ["", ""];
        for (let i = 0; i < operands.length; i++) {
            const a = operands[i];
            if (a === "--source") source = operands[++i] ?? "";
            else if (a === "--target") target = operands[++i] ?? "";
            else if (a === "-T" || a === "--fstab" || a.startsWith("--fstab=")) {
                const fstab = a.startsWith("--fstab=") ? a.slice("--fstab=".length) : (operands[++i] ?? "");
                if (RootReads.writable(wordPaths(fstab, ctx.cwd, true)))
                    return this.refuse(resolveWord(ctx.cwd, fstab), form);
            } else if (a === "-o" || a === "--options") options.push(operands[++i] ?? "");
            else if (a.startsWith("--options=") || a.startsWith("-o")) options.push(a.replace(/^--options=|^-o/, ""));
            else if (a === "-L" || a === "--label") source = `LABEL=${operands[++i] ?? ""}`;
            else if (a === "-U" || a === "--uuid") source = `UUID=${operands[++i] ?? ""}`;
            else if (/^(-t|--types|-O|--test-opts|-N|--namespace)$/.test(a)) i++;
            else if (!a.startsWith("-")) positional.push(a);
        }
        source ||= positional.length >= 2 ? positional[0] : "";
        target ||= positional.at(-1) ?? "";
        const binds = mountBinds(operands);
        if (!binds) this.mounted(source, resolveWord(ctx.cwd, target), form);
        this.mountOpens(operands, options, binds ? source : undefined, target, ctx);
        // Round 88 (fix): a loop device losetup attached shows its backing file (loopBacking), as a loop image does.
        const backing = binds ? [] : this.loopBacking(source);
        if (binds) this.plantedBind(source, target, ctx, form);
        else if (!ctx.cwdUnknown && target !== "" && !unknownWord(target))
            for (const shown of [source && resolveWord(ctx.cwd, source), ...backing])
                this.mountShowsPlanted(
                    shown,
                    resolveWord(ctx.cwd, target),
                    options.join(","),
                    backing.includes(shown) ? `${form} (${source} is the loop device of ${shown})` : form,
                );
        if (!ctx.cwdUnknown && target !== "" && !unknownWord(target))
            this.networkMount(source, resolveWord(ctx.cwd, target), options.join(","), form, mountType(operands));
        const reads = [source, ...backing, ...overlayPaths(options.join(","))]
            .filter(p => p.startsWith("/"))
            .map(p => posix.resolve(p));
        const into = target && podWritableRoot(resolveWord(ctx.cwd, target)) ? target : undefined;
        const secret = reads.find(p => holdsNodeSecrets(p));
        if (into && secret) return this.refuseSecrets(secret, into, form);
        if (into) {
            const flags = operands.filter(a => /^(--bind|--rbind|-B|-R|--move|-M|-r|--read-only)$/.test(a));
            const asOptions = [
                ...options,
                ...flags.map(f => (/^(-r|--read-only)$/.test(f) ? "ro" : /^(--rbind|-R)$/.test(f) ? "rbind" : "bind")),
            ].join(",");
            this.exposed(resolveWord(ctx.cwd, source), into, asOptions, form);
            return;
        }
        const hit = RootReads.writable(reads);
        if (hit) this.refuse(hit, form);
    }

    /**
     * Round 86: a bind mount of a planted source (a world-writable directory's file or tree the script did not write)
     * puts a local user's content at its target (mount(8) "--bind: Remount a subtree somewhere else (so that its
     * contents are available in both places)"): what runs the target runs it (planted follows the bind, bound), and a
     * file the node judge reads there (ld.so.preload, sudoers, a unit) holds content the pack cannot know, judged as
     * a copy of it there would be (judge.written of unknown content). The target is not made the script's own.
     */
    private plantedBind(source: string, target: string, ctx: Context, form: string) {
        if (source === "" || target === "" || ctx.cwdUnknown || unknownWord(source) || unknownWord(target)) return;
        const at = resolveWord(ctx.cwd, target);
        const planted = this.planted([resolveWord(ctx.cwd, source)]);
        if (planted === undefined) return;
        const how = `${form}: the bind mount shows ${planted.path} at ${at}`;
        this.out.push(...(this.judge?.written(at, undefined, how, false, false) ?? []));
        this.plantedOverRootReadDirectory(at, planted.path, how);
    }

    /**
     * Round 87: a mount showing a planted tree (plantedBind, mountShowsPlanted: a bind, rbind, move, an overlay layer,
     * a loop image; read-only too, its source stays the planter's to change) at or above a directory root's daemons
     * read or run programs from (rootReadDirectory: /opt/cni/bin, /usr/local/bin ...) puts the planter's files there
     * (mount(8) "--bind: Remount a subtree somewhere else (so that its contents are available in both places)"): that
     * directory is opened as a chmod would open it, whether or not the script reads it later itself.
     */
    private plantedOverRootReadDirectory(target: string, planted: string, how: string) {
        const reads = (p: string) => this.judge?.readsAsConfig?.(p) ?? false;
        if (/[$*?[]|SUBSTITUTED/.test(target) || !rootReadDirectory(target, reads)) return;
        this.out.push({
            who: `every local user who may write ${planted} (a world-writable directory's name any user may have made first)`,
            what: `${this.where} mounts ${planted} over ${target} (${how}): root's daemons read ${target} as configuration or run programs from it (containerd's CNI plugins, root's PATH ...), so whoever owns the planted tree chooses what root runs; mount a root-owned tree the script wrote (or do not mount over it)`,
        });
    }

    /**
     * Round 86 (fix): one reading of every mount's target, from mount(8) words (an overlay, a loop image, a device), an
     * fstab(5) line (mounted at boot and by `mount -a`, "Mount all filesystems (of the given types) mentioned in
     * fstab") and a systemd.mount(5) unit (What= mounted at Where= with Options=): a target showing a planted tree
     * (mountShownTrees) IS that tree for every later read and run below it (bound, as a bind's target is), and the
     * node judge reads it as written with content the pack cannot know (plantedBind). Root-owned sources, tmpfs and
     * devices outside the world-writable directories show nothing planted.
     */
    private mountShowsPlanted(source: string, at: string, options: string, how: string) {
        if (!at.startsWith("/") || /\$|SUBSTITUTED/.test(at)) return;
        const shown = mountShownTrees(source, options).find(tree => this.planted([tree]) !== undefined);
        if (shown === undefined) return;
        const target = posix.resolve(at);
        this.bound.set(target, shown);
        const shows = `${how}: the mount shows ${this.planted([shown])!.path} at ${target}`;
        this.out.push(...(this.judge?.written(target, undefined, shows, false, false) ?? []));
        this.plantedOverRootReadDirectory(target, this.planted([shown])!.path, shows);
    }

    /**
     * Round 88: a network filesystem mounted without integrity protection (unprotectedNetworkMount: nfs sec=sys, the
     * default; cifs without seal ...) shows whatever answers on the network path at its mount point: recorded as an
     * unverified fetch's tree is (unverifiedTrees: a later run, load or source of a file below it is a planted file's),
     * and refused at once over a directory root's daemons read or run programs from (rootReadDirectory: /usr/local/bin,
     * /etc/sysctl.d ...), as a planted tree mounted there is (plantedOverRootReadDirectory).
     */
    private networkMount(source: string, mountPoint: string, options: string, how: string, type: string) {
        if (!mountPoint.startsWith("/") || /[$*?[]|SUBSTITUTED/.test(mountPoint)) return;
        const unprotected = unprotectedNetworkMount(source, type, options);
        if (unprotected === undefined) return;
        const at = posix.resolve(mountPoint);
        this.unverifiedTrees.set(at, `mounted from ${source} (${unprotected}): ${how}`);
        const reads = (p: string) => this.judge?.readsAsConfig?.(p) ?? false;
        if (!rootReadDirectory(at, reads)) return;
        this.out.push({
            who: "whoever answers on the network path to the file server (a peer on the VPC, a spoofed DNS answer)",
            what: `${this.where} mounts ${source} over ${at} (${how}) as ${unprotected}: root's daemons read ${at} as configuration or run programs from it, so whoever is on the network path chooses what root runs; mount with integrity protection (nfs sec=krb5i/krb5p or xprtsec=tls, efs -o tls, cifs seal) or keep root's programs and configuration on the node's own disk`,
        });
    }

    /**
     * Round 80: what a mount makes world-writable for RootReads.planted: a bind mount's target IS its source (mount(8)
     * "--bind: Remount a subtree somewhere else (so that its contents are available in both places)"), so a bind of
     * /tmp is /tmp (bound); a tmpfs's root directory has the mode of its `mode=` option (tmpfs(5) "mode=: Set initial
     * permissions of the root directory"), 1777 when none is given (Linux mm/shmem.c: the root's default mode is
     * 0777 | S_ISVTX), opened unless that mode keeps others out.
     */
    private mountOpens(
        operands: readonly string[],
        options: readonly string[],
        bindSource: string | undefined,
        target: string,
        ctx: Context,
    ) {
        if (target === "" || ctx.cwdUnknown) return;
        const at = resolveWord(ctx.cwd, target);
        if (bindSource !== undefined && bindSource !== "") this.bound.set(at, resolveWord(ctx.cwd, bindSource));
        const type = mountType(operands);
        if (type === "tmpfs") this.tmpfsOpens(at, options.join(","));
    }

    /**
     * Round 80: the directories a unit makes when it starts, for RuntimeDirectory= (below /run), StateDirectory=
     * (/var/lib), CacheDirectory= (/var/cache), LogsDirectory= (/var/log) and ConfigurationDirectory= (/etc):
     * systemd.exec(5) "The directories will have the access mode specified in RuntimeDirectoryMode=, and will be owned
     * by the user and group specified in User= and Group=", the *DirectoryMode= "Defaults to 0755". One whose mode lets
     * others write (or one the pack cannot read) is opened, one a non-root User= (or DynamicUser=) owns is its owner's;
     * a .mount unit of Type=tmpfs opens Where= as a mount command would (tmpfsOpens). `text` is the unit with its
     * drop-ins; a name with a specifier or variable is skipped (the pack cannot name it).
     */
    private unitDirectories(name: string, text: string) {
        const values = new Map<string, string>();
        for (const line of text.split(/\r?\n/)) {
            const m = /^\s*([A-Za-z]+)\s*=\s*(.*?)\s*$/.exec(line);
            if (m)
                values.set(
                    m[1],
                    m[1].endsWith("Directory") && m[2] !== "" ? `${values.get(m[1]) ?? ""} ${m[2]}` : m[2],
                );
        }
        if (name.endsWith(".mount") && values.get("Type") === "tmpfs" && values.get("Where")?.startsWith("/"))
            this.tmpfsOpens(posix.resolve(values.get("Where")!), values.get("Options") ?? "");
        // Round 86 (fix): systemd.mount(5) "What= Takes an absolute path of a device node, file or other resource to
        // mount", at Where= with Options= (bind, an overlay's lowerdir=): read as the mount command is.
        if (name.endsWith(".mount") && values.has("What"))
            this.mountShowsPlanted(
                values.get("What")!,
                values.get("Where") ?? "",
                values.get("Options") ?? "",
                `${name}: What=${values.get("What")} Where=${values.get("Where") ?? ""}`,
            );
        if (name.endsWith(".mount") && values.has("What"))
            this.networkMount(
                values.get("What")!,
                values.get("Where") ?? "",
                values.get("Options") ?? "",
                `${name}: What=${values.get("What")} Where=${values.get("Where") ?? ""}`,
                values.get("Type") ?? "",
            );
        const user = values.get("User") ?? "";
        const owner =
            (user !== "" && !/^(root|0)$/.test(user)) || /^(yes|true|on|1)$/i.test(values.get("DynamicUser") ?? "");
        const bases = {
            Runtime: "/run",
            State: "/var/lib",
            Cache: "/var/cache",
            Logs: "/var/log",
            Configuration: "/etc",
        };
        for (const [kind, base] of Object.entries(bases)) {
            const mode = values.get(`${kind}DirectoryMode`) || "0755";
            const readable = /^[0-7]{1,5}$/.test(mode);
            if (readable && !othersWrite(mode) && !owner) continue;
            for (const entry of (values.get(`${kind}Directory`) ?? "").split(/\s+/).filter(e => e !== "")) {
                const dir = entry.split(":")[0];
                if (/[%$]/.test(dir)) continue;
                const at = posix.resolve(base, dir);
                this.opened.set(at, this.opened.get(at) ?? false);
                this.openedMode(at, readable ? mode : undefined, owner);
            }
        }
    }

    /**
     * Round 80: a tmpfs mounted at `at` with mount options `options` (a mount command, an fstab line, a .mount unit's
     * Options=): its root directory has the mode of `mode=`, 1777 without one (mountOpens); a mode the pack cannot read
     * opens it (fail closed).
     */
    private tmpfsOpens(at: string, options: string) {
        const mode = [...options.matchAll(/(?:^|,)mode=([^,]*)/g)].at(-1)?.[1] ?? "1777";
        const readable = /^[0-7]{1,5}$/.test(mode);
        if (readable && !othersWrite(mode)) return;
        this.opened.set(at, this.opened.get(at) ?? false);
        this.openedMode(at, readable ? mode : undefined);
    }

    /**
     * Node secrets (NODE_SECRETS) a root command reads, from its operands, a read redirect, a descriptor `exec N<`
     * opened (`<&N`) or the previous command of a pipe, flow where it writes: its redirects (`cat KEY > /data/k`),
     * tee's files, cp/install/dd of standard input, the next command of a pipe, or, for commands that print what
     * they read (SECRET_PRINTERS), the script's own output, which cloud-init logs (/var/log/cloud-init-output.log)
     * and the console shows. Anywhere but NODE_SECRETS a pod may read (podReadable).
     */
    private secretFlow(
        c: SimpleCommand,
        next: SimpleCommand | undefined,
        ctx: Context,
        form: string,
        cmd: {
            name: string;
            operands: string[];
            operandPaths: string[];
            namedPaths: string[];
            copied: string[];
            carried?: string;
            served: boolean;
            reads: string[];
            pipedSecret?: string;
        },
    ) {
        const { name, operands } = cmd;
        if (DIGESTS.test(name)) return;
        const isSecret = (p: string) => insideNodeSecrets(p) && !PUBLIC_NODE_FILES.has(p);
        const dupped = (c.dupIn ?? []).flatMap(fd => (ctx.fds?.has(fd) ? [ctx.fds.get(fd)!] : []));
        // A here-string or here-document holding a secret: `$(cat KEY)`, `$(< KEY)`, or a variable holding one.
        const fed = `${c.hereString ?? ""}\n${c.heredoc ?? ""}`;
        const fedSecret =
            [...fed.matchAll(/\$\(([^()]*)\)|`([^`]*)`/g)]
                .map(m => simpleCommands(m[1] ?? m[2])[0])
                .map(inner => (inner ? secretPrintedBy(inner) : undefined))
                .find(x => x !== undefined) ??
            [...(ctx.credentialValues ?? [])].find(([v]) =>
                new RegExp(`\\$(\\{[#!]?${v}(?![A-Za-z0-9_])|${v}(?![A-Za-z0-9_]))`).test(fed),
            )?.[1];
        const fromStdin = [...cmd.reads, ...dupped].find(isSecret) ?? fedSecret ?? cmd.pipedSecret;
        // read and mapfile/readarray assign what they read (bash(1) builtins): the variables hold the secret.
        if (/^(read|mapfile|readarray)$/.test(name)) {
            if (fromStdin === undefined) return;
            const valued = name === "read" ? /^-[dinNptu]$/ : /^-[dnOsuCc]$/;
            const names = operands.filter((w, i) => !w.startsWith("-") && !valued.test(operands[i - 1] ?? ""));
            const arrays = operands.flatMap((w, i) => (operands[i - 1] === "-a" ? [w] : []));
            const targets =
                name === "read" ? [...names.filter(w => !arrays.includes(w)), ...arrays] : [names.at(-1) ?? "MAPFILE"];
            ctx.credentialValues = new Map(ctx.credentialValues);
            for (const t of targets.length > 0 ? targets : ["REPLY"]) ctx.credentialValues.set(t, fromStdin);
            return;
        }
        // dd(1) reads `if=` (else standard input) and writes `of=` (else standard output): its output file is no source.
        const ddOut = name === "dd" ? ddOutput(operands) : undefined;
        // Round 77: a daemon's listen operand is the socket it creates, not content it prints (dockerd(8) -H/--host,
        // containerd(8) -a/--address: the API's socket; their standard output/error carry log lines): those paths are
        // no source of what a redirect of their output holds. Only these values; every other operand stays a source.
        const listens = daemonListenPaths(name, operands, ctx.cwd);
        // Round 82: a configuration a client loads to connect (clientConfigurations) is read, not printed.
        const readConfiguration = new Set(
            clientConfigurations(name, operands)
                .filter(w => !/[$*?[]|SUBSTITUTED/.test(w) && (w.startsWith("/") || !ctx.cwdUnknown))
                .map(w => resolveWord(ctx.cwd, w.replace(/\0/g, ""))),
        );
        const sources = (
            name === "dd" ? operands.filter(w => w.startsWith("if=")).flatMap(w => pathsIn(w)) : cmd.operandPaths
        ).filter(p => !listens.has(p) && !readConfiguration.has(p));
        const secret =
            cmd.copied.find(p => holdsNodeSecrets(p) && !PUBLIC_NODE_FILES.has(p)) ??
            sources.find(isSecret) ??
            fromStdin;
        // A unit's own systemd credentials (/run/credentials/<unit>, LoadCredential=) are handed to it by design
        // (systemd.exec(5) "Credentials"): where they are loaded from is judged at LoadCredential=.
        // A directory holding them (`/`, /var/lib: podSpec.ts holdsNodeSecrets) given as a whole word or an option's
        // value is handed too: a file server's root (`miniserve /`, on every interface unless -i/--interfaces narrows it:
        // miniserve README), an archiver's or uploader's tree.
        const handed =
            [...cmd.namedPaths, ...cmd.reads].find(p => isSecret(p) && !/^\/run\/credentials\//.test(p)) ??
            operands
                .map(w => w.replace(/^--?[\w.-]+=/, ""))
                .filter(w => /^(\/|\.\.?(\/|$))/.test(w) && !/[$*?[]|SUBSTITUTED/.test(w))
                .filter(w => w.startsWith("/") || !ctx.cwdUnknown)
                .map(w => resolveWord(ctx.cwd, w))
                .find(p => holdsNodeSecrets(p) && !insideNodeSecrets(p));
        // The keepers' rule: a secret named, read or carried in a word goes only to programs that keep it.
        const keepers = () => {
            const viaStdin = fromStdin !== undefined || cmd.reads.some(isSecret);
            if (
                (handed ?? fromStdin) !== undefined &&
                !cmd.served &&
                !keepsNodeSecrets(name, operands, false, viaStdin)
            )
                this.handsSecret((handed ?? fromStdin)!, name, form);
            else if (cmd.carried !== undefined && !cmd.served && !keepsNodeSecrets(name, operands, true))
                this.handsSecret(cmd.carried, name, `${form}: its content in a word`);
        };
        if (secret === undefined) return keepers();
        const expand = (w: string) => resolveWord(ctx.cwd, w.replace(/\0/g, ""));
        const into = c.writes.map(expand).find(podReadable);
        if (into) return this.refuseSecrets(secret, into, form);
        const files = operands.filter(w => !w.startsWith("-"));
        // cp/install of standard input, or of a descriptor that may be a copy of it (shell.ts standardInput).
        const stdinCopy = operands.some(w => standardInput(w, false, ctx.cwd) !== false);
        const copiedInto = ddOut
            ? [expand(ddOut.path)].find(podReadable)
            : fromStdin === undefined
              ? undefined
              : name === "tee"
                ? files.map(expand).find(podReadable)
                : /^(cp|install)$/.test(name) && stdinCopy && files.length > 0
                  ? [expand(files.at(-1)!)].find(podReadable)
                  : tarExtractsStdin(name, operands)
                    ? [expand(tarDirectory(operands) ?? ctx.cwd)].find(podReadable)
                    : undefined;
        if (copiedInto) return this.refuseSecrets(secret, copiedInto, form);
        const quiet =
            c.writes.some(w => !/^\/dev\/(stdout|stderr)$/.test(w.replace(/\0/g, ""))) ||
            (/^(grep|egrep|fgrep)$/.test(name) &&
                operands.some(w => /^-[a-zA-Z]*[qclL]|^--(quiet|silent|count)/.test(w))) ||
            (name === "openssl" && opensslPrintsNoSecret(operands)) ||
            // s_client sends its standard input to the server; its -cert/-key only authenticate (openssl-s_client(1)).
            (name === "openssl" && operands[0] === "s_client" && fromStdin === undefined) ||
            (name === "diff" && operands.some(w => /^-[a-zA-Z]*q|^--brief$/.test(w)));
        // What a command pipes on is the secret only when it can print it (not an inert command, not a quiet one).
        if (c.pipesOut && next) {
            if (!quiet && (SECRET_PRINTERS.test(name) || !isInertCommand(name))) ctx.pipedSecret = secret;
            return;
        }
        // dd without of= copies its input to standard output, as cat does.
        if ((SECRET_PRINTERS.test(name) || (name === "dd" && !ddOut)) && !quiet && !ctx.captured)
            return this.refuseSecrets(
                secret,
                "/var/log/cloud-init-output.log",
                `${form}: printed to the output cloud-init logs there and to the console`,
            );
        keepers();
    }

    /**
     * setcap(8) `setcap [-q] [-n rootid] [-v] {capabilities filename}... | -r filename`: a file whose permitted set
     * (`+p`, `=p`; an empty list is every capability) holds any capability beyond binding low ports (shell.ts
     * grantsRootCapabilities) gives it to whoever executes it (capabilities(7), "Transformation of capabilities
     * during execve()": P'(permitted) = (P(inheritable) & F(inheritable)) | (F(permitted) & P(bounding)), whatever
     * the uid); -r removes a file's capabilities.
     */
    private setcap(operands: readonly string[], cwd: string) {
        const words = operands.filter((w, i) => !w.startsWith("-") && operands[i - 1] !== "-n");
        const file = (w: string) => posix.resolve(cwd, w.replace(/\0/g, ""));
        if (operands.includes("-r")) {
            for (const w of words) this.capable.delete(file(w));
            return;
        }
        for (let i = 0; i + 1 < words.length; i += 2) {
            const granted = words[i].split(/\s+/).flatMap(clause => {
                const [, list, actions] = /^([^=+-]*)(.*)$/.exec(clause) ?? ["", "", ""];
                const permits = [...actions.matchAll(/([=+-])([eip]*)/gi)].some(
                    ([, op, flags]) => op !== "-" && /p/i.test(flags),
                );
                return permits ? (list === "" ? ["all"] : list.split(",")) : [];
            });
            if (grantsRootCapabilities(granted)) this.capable.add(file(words[i + 1]));
            else this.capable.delete(file(words[i + 1]));
        }
    }

    /**
     * Round 75: setfattr(1) `-n security.capability -v VALUE FILE...` writes the attribute setcap(8) writes
     * (capabilities(7), "File capabilities": "stored in an extended attribute named security.capability"); its value is
     * not read, so the files have every capability (fail closed); `-x security.capability` removes them. A name or
     * a --restore dump the pack cannot read may be that attribute too.
     */
    private setfattrCapability(operands: readonly string[], cwd: string) {
        const words = operands.map(w => w.replace(/\0/g, ""));
        const files: string[] = [];
        let set: boolean | undefined = false;
        for (let i = 0; i < words.length; i++) {
            const w = words[i];
            const valued = /^(-n|--name|-x|--remove|-v|--value)$/.exec(w);
            const stuck = /^(-n|--name=|-x|--remove=|-v|--value=)(.+)$/.exec(w);
            const option = valued?.[1] ?? stuck?.[1].replace(/=$/, "");
            const value = valued ? (words[++i] ?? "") : stuck?.[2];
            if (option === "-n" || option === "--name")
                set =
                    value !== undefined && /^[\w.-]+$/.test(value)
                        ? set || /^security\.capability$/i.test(value)
                        : undefined;
            else if (option === "-x" || option === "--remove")
                set =
                    value !== undefined && /^[\w.-]+$/.test(value) && !/^security\.capability$/i.test(value)
                        ? set
                        : undefined;
            else if (/^--restore/.test(w)) set = undefined;
            else if (option === undefined && !w.startsWith("-")) files.push(posix.resolve(cwd, w));
        }
        if (set !== false) for (const f of files) this.capable.add(f);
    }

    /** A node secret handed to a program not known to keep it (keepsNodeSecrets). */
    private handsSecret(secret: string, name: string, form: string) {
        const holds = insideNodeSecrets(secret) ? "" : "a directory holding ";
        this.out.push({
            who: "whoever the program hands it to (a pod reaching the node's network, another host)",
            what: `${this.where} hands ${secret}, ${holds}the node's credentials or every pod's token (podSpec.ts NODE_SECRETS), to ${name || "a program"} (${form}), a program the pack does not know to keep them on the node: it may serve or send them (a file server's root, a listener's standard input, an upload). Only the node's own agents, copies within the node and the commands listed in rootReads.ts NODE_SECRET_KEEPERS may read the node's secrets`,
        });
    }

    /**
     * A copier reads its sources: a data directory may be only its destination, and the node's secrets may not go
     * there. tar in create mode (-c) reads -C's directory and its operands and writes the archive (-f).
     */
    /**
     * Round 75: where a copy, move or link of `source` to `to` lands: cp(1) "cp [OPTION]... SOURCE... DIRECTORY" (install,
     * mv and ln(1) "ln [OPTION]... TARGET... DIRECTORY" alike) writes DIRECTORY/basename(SOURCE) when the destination is
     * an existing directory, else the destination itself. A trailing `/`, -t/--target-directory or a directory the
     * script made say directory; -T/--no-target-directory or a file the script wrote (and none under it) say file;
     * else (for these coreutils) it may be either, and both are judged (a copy into /etc/binfmt.d, /etc/modprobe.d, /etc/ld.so.conf.d ...
     * reaches those directories' readers, fail closed).
     */
    private destinationTargets(
        name: string,
        to: string,
        destination: string,
        operands: readonly string[],
        options: readonly string[],
        source: string,
    ): string[] {
        const inside = posix.join(to, posix.basename(source));
        if (
            destination.endsWith("/") ||
            options.some(o => operands.includes(o) && /^-t$|--target/.test(o)) ||
            this.written.has(`${to}/`)
        )
            return [inside];
        if (operands.some(w => w === "--no-target-directory" || /^-[A-Za-z]*T[A-Za-z]*$/.test(w))) return [to];
        const file = this.written.has(to) || this.unknown.has(to);
        const children = [...this.written.keys(), ...this.unknown].some(p => p.startsWith(`${to}/`));
        if (file && !children) return [to];
        if (children && !file) return [inside];
        return source === "" || !/^(cp|install|mv|ln)$/.test(name) ? [to] : [to, inside];
    }

    private copy(name: string, operands: readonly string[], ctx: Context, form: string, input?: StandardInput) {
        // Round 87 (fix): `git config KEY VALUE` copies nothing: VALUE is a setting (persistedGitNamed), no destination.
        if (name === "git" && gitPersistedSetting(operands) !== undefined) return;
        const parsed = copierOperands(name, operands, ctx.cwd);
        if (parsed === undefined) return;
        const { creates, options, positional, optionValues, destination, sources } = parsed;
        // An option's value naming a data directory (git --template, --git-dir; install --strip-program; tar
        // --use-compress-program, --to-command, -I, --file=; rsync --rsh; curl/wget --config) is a program, archive,
        // repository or configuration root reads or runs: refused like a source. Filters name paths only.
        for (const [option, value] of optionValues) {
            if (/^(--exclude|--include|--filter|--exclude-from-none|-f)$/.test(option)) continue;
            const hit = RootReads.writable(wordPaths(value, ctx.cwd, true));
            if (hit) this.refuse(hit, `${form} (${name} ${option} reads or runs it)`);
            // Round 88: and a planted one (COPIER_READ_OPTIONS: git --template's hooks, tar --to-command ...), as a
            // planted source or CA file is.
            const planted =
                !hit && COPIER_READ_OPTIONS[name]?.test(option)
                    ? this.planted(wordPaths(value, ctx.cwd, true))
                    : undefined;
            if (planted) this.refusePlanted(planted, `${form} (${name} ${option} reads or runs it)`);
        }
        // `-` and /dev/stdout are standard output: judged where it goes (the next command of the pipe).
        const toStdout = destination === "-" || destination === "/dev/stdout";
        // Another host's destination (s3://, host:path) is judged by the keepers' rule (keepsNodeSecrets), not as a path.
        const to =
            destination === undefined || toStdout || REMOTE.test(destination)
                ? undefined
                : resolveWord(ctx.cwd, destination);
        if (to && podReadable(to) && !podWritableRoot(to)) {
            const secret = sources.find(p => holdsNodeSecrets(p) && !PUBLIC_NODE_FILES.has(p));
            if (secret) this.refuseSecrets(secret, to, form);
        }
        if (to && podWritableRoot(to)) {
            const secret = sources.find(p => holdsNodeSecrets(p) && !PUBLIC_NODE_FILES.has(p));
            if (secret) this.refuseSecrets(secret, to, form);
            // A copy from a data directory into one writes the pod's content where the pod says: GNU cp follows a
            // destination symlink to an existing file ("When copying to a symbolic link, cp follows the link only
            // when it refers to an existing regular file"), so a pod planting one there has root overwrite a node file.
            // mv renames over the link and ln makes links: neither writes through one.
            // A hard link (ln without -s, cp -l/--link, rsync --link-dest) is the node file itself under a second
            // name (link(2): "both the old and the new link share the same inode"): a pod writing it rewrites the
            // node's file. Within the root volume, /data shares the node's filesystem, so the link succeeds.
            const hardLinks =
                (name === "ln" && !operands.some(w => w === "--symbolic" || /^-[A-Za-z]*s[A-Za-z]*$/.test(w))) ||
                (name === "cp" && operands.some(w => w === "--link" || /^-[A-Za-z]*l[A-Za-z]*$/.test(w)));
            const linkDest = optionValues
                .filter(([option]) => name === "rsync" && option === "--link-dest")
                .map(([, value]) => resolveWord(ctx.cwd, value));
            const nodeFile = [...(hardLinks ? sources : []), ...linkDest].find(p => !podWritableRoot(p));
            if (nodeFile)
                this.handedOver(
                    nodeFile,
                    to,
                    form,
                    "hard-links",
                    "into",
                    "copy it instead (a new file), or link only what lies in a data directory",
                );
            const pods = RootReads.writable(sources);
            if (pods && !["mv", "ln", "git", "aws"].includes(name))
                this.refuse(
                    pods,
                    `${form} (${name} copies it as root into ${destination}, where a pod's symlink sends it)`,
                );
            // A copy of one file this script wrote still holds its text there (what runs it reads it: run-parts), as
            // does the file mv renames there (mv(1): "Rename SOURCE to DEST").
            const copied = positional.filter(p => p !== destination);
            const text =
                copied.length === 1 && /^(cp|install|ln|mv)$/.test(name) && !creates && !destination!.endsWith("/")
                    ? this.current(resolveWord(ctx.cwd, copied[0]))
                    : undefined;
            if (
                text !== undefined &&
                !this.written.has(`${to}/`) &&
                ![...this.written.keys()].some(p => p.startsWith(`${to}/`))
            )
                this.file(text, to, undefined, form);
            return;
        }
        // A link to a file this script wrote reads its text under the link's name (ln(1); a symbolic link's relative
        // target is taken as written from the working directory).
        if (to && name === "ln") {
            const literal = positional.filter(p => p !== destination);
            const linked = literal.length === 1 ? this.current(resolveWord(ctx.cwd, literal[0])) : undefined;
            const targets = () => this.destinationTargets(name, to, destination!, operands, options, literal[0] ?? "");
            if (linked !== undefined) for (const at of targets()) this.file(linked, at, undefined, form);
            // Round 80: a link to a file whose content the pack cannot know (a download), made at a path with a part
            // it cannot know (an empty basename: /etc/profile.d//ops.sh), is judged as a write of unknown content
            // there (RootReads.unknownTarget; a literal link path is judged by what it names, linkedAt).
            else if (
                literal.length === 1 &&
                (/[$*?[]|SUBSTITUTED/.test(literal[0]) || this.unknownNow(resolveWord(ctx.cwd, literal[0])))
            )
                for (const at of targets()) this.unknownTarget(at, form, undefined, false, false);
        }
        // What lands at the destination: a file this script wrote keeps its content; anything else is unknown.
        if (to && !creates && name !== "ln") {
            const literal = positional.filter(p => p !== destination);
            // Round 87: curl's file:// source is the node file it names (localFileUrl): a copy of it, not a download.
            const local = (p: string) => (name === "curl" ? (localFileUrl(p) ?? p) : p);
            const known =
                literal.length === 1 && name !== "tar" && name !== "unzip"
                    ? this.current(resolveWord(ctx.cwd, local(literal[0])))
                    : undefined;
            // Standard input's content is judged where it comes from (a here-document, the command piping into it);
            // `-` is standard input to the uploaders, a file of that name to cp, mv, install and ln (shell.ts
            // standardInput). Another descriptor's content is unknown.
            const stdin = literal.map(p => standardInput(p, !/^(cp|mv|install|ln)$/.test(name), ctx.cwd));
            // Round 87: an extraction of standard input piped from planted files (pipedFiles: cat of an archive, tar -c
            // to standard output) writes what they hold (the archived tree's origin): any local user's, at each place
            // it lands (plantedCopies), unknown there.
            if (stdin.includes(true)) return this.plantedStdinCopy(name, to, input, form);
            // A local file the script did not write is the node's own (the AMI's): copying it brings nothing new.
            // Round 80: unless it is planted (a world-writable directory's file the script did not write: any local
            // user's, sticky(7)): then its content is unknown at the destination, and what runs it there runs theirs.
            const targets = (p: string) => this.destinationTargets(name, to, destination!, operands, options, p);
            // A URL source (`aws s3 cp s3://...`, rsync's host:path aside) is a download, no local file.
            const url = (p: string) => /^[a-z][\w+.-]*:\/\//i.test(p);
            const planted = literal
                .map(local)
                .filter(p => !/[$]|SUBSTITUTED/.test(p) && !url(p) && this.planted([resolveWord(ctx.cwd, p)]));
            // A recursive copy or an extraction fills a tree (cp -r/-a, rsync -r/-a, tar -x, unzip); a file copy the
            // file at each place it may land (destinationTargets).
            const tree =
                !/^(cp|mv|install|rsync)$/.test(name) ||
                (/^(cp|rsync)$/.test(name) && operands.some(w => /^-[A-Za-z]*[rRa]|^--(recursive|archive)$/.test(w)));
            for (const p of planted) {
                const from = { ...this.planted([resolveWord(ctx.cwd, p)])!, tree };
                for (const t of tree ? [to] : targets(p)) this.plantedCopies.set(t, from);
            }
            const fetched =
                !/^(cp|mv|install)$/.test(name) ||
                stdin.includes(undefined) ||
                planted.length > 0 ||
                literal.some(
                    p => /[$*?[]|SUBSTITUTED/.test(p) || this.unknownNow(resolveWord(ctx.cwd, p)) || !p.includes("/"),
                );
            if (known !== undefined) for (const t of targets(literal[0])) this.file(known, t, undefined, form);
            else if (
                fetched &&
                !operands.some(w => /^-[A-Za-z]*d[A-Za-z]*$|^--directory$/.test(w) && name === "install")
            )
                for (const t of literal.length === 1
                    ? targets(literal[0])
                    : [to, ...literal.map(p => posix.join(to, posix.basename(p)))])
                    this.writtenUnknown(t, form);
        }
        if (to && !creates && copiesRecursively(name, operands))
            this.recursivelyCopiedUnknown(
                positional.filter(p => p !== destination),
                to,
                form,
                ctx,
            );
        const hit = RootReads.writable(sources);
        if (hit) this.refuse(hit, `${form} (${name} reads it${destination ? ` into ${destination}` : ""})`);
    }

    /**
     * Round 80: a recursive copy (copiesRecursively) writes every file below each source directory below `to`: at
     * `to/REL` for `SRC/.` (and rsync's `SRC/`), at `to/basename(SRC)/REL` into an existing directory; both are judged
     * (fail closed). A file there the script wrote with content the pack cannot read lands with that content
     * (writtenUnknown: a polkit rule, a cron job, a sysctl.d file refused where it is judged); a source in a tree a
     * program filled (inUnknownTree) may hold any file, so any name below `to` (ONE_WORD).
     */
    private recursivelyCopiedUnknown(sources: readonly string[], to: string, form: string, ctx: Context) {
        for (const source of sources) {
            if (/[$*?[]|SUBSTITUTED/.test(source) || (ctx.cwdUnknown && !source.startsWith("/"))) continue;
            const from = resolveWord(ctx.cwd, source);
            const roots = [to, posix.join(to, posix.basename(from))];
            const unknownFiles = [...this.unknown, ...this.rewritten]
                .filter(p => p.startsWith(`${from}/`))
                .map(p => p.slice(from.length + 1));
            const anyFile = this.inUnknownTree(from) || [...this.unknownTrees].some(t => t.startsWith(`${from}/`));
            for (const root of roots)
                for (const rel of [...new Set(unknownFiles), ...(anyFile ? [ONE_WORD] : [])])
                    this.writtenUnknown(
                        posix.join(root, rel),
                        `${form} (a recursive copy of ${posix.join(from, rel)})`,
                    );
        }
    }
}

/** Every data-directory read in text a root process of the node runs (`file` undefined) or reads at `file`. */
export function rootReadOpenings(
    texts: readonly { text: string; file?: string; append?: boolean; readBy?: string }[],
    where = "user data",
    judge?: NodeJudge,
    accounts: NodeAccounts = DEFAULT_ACCOUNTS,
): RootReadOpening[] {
    const reads = new RootReads(where, judge, accounts);
    for (const { text, file, append, readBy } of texts)
        if (readBy !== undefined) reads.generic(text, readBy);
        else reads.file(text, file, undefined, undefined, false, append === true);
    reads.finish();
    // The reader's marks for a part it cannot know are shown as what they stand for.
    return reads.out.map(o => ({
        ...o,
        what: o.what.replace(/ONEWORDSUBSTITUTED|COMPONENTSUBSTITUTED/g, "<one word>"),
    }));
}
