/**
 * The data directories pods may write (podSpec.ts podWritableRoot) as an ALLOWLIST in what a node's root processes
 * read: the scripts user data runs and the files it writes (cloud-init runs both as root, cloud-init docs "Boot
 * stages"). A pod that may write /data controls every file there, so a root process that runs, loads, sources or is
 * configured from one runs what the pod chose: root on the node, every pod's token. Rather than recognise each way a
 * root process reads a path (programs, interpreters' scripts, `bash < file`, insmod, ld.so.preload, PAM, CNI
 * binaries, working directories ...), any mention of a data directory in root-read text is refused unless it is in a
 * form known to read nothing from it:
 * - shell commands that only make, own, mode, clean, mount or list it (INERT_COMMANDS), copy into it (COPIERS with the
 *   data directory only as their destination), mount a device or another data directory at it, or print (echo,
 *   printf) to the log or into it;
 * - files written inside a data directory (whoever reads them is judged where it reads);
 * - fstab lines mounting at it, tmpfiles.d lines whose path lies in it, audit rules, logrotate's log paths;
 * - systemd unit keys that only name or order it, and every key of a unit running as a non-root User=;
 * - cron jobs of a non-root user.
 * Everything else (root programs and their operands, a working directory, a read redirect, an environment file, a
 * loader or PAM list, sysctl helpers, a symlink out of the data directory) is refused.
 */
import { posix } from "path";
import { podWritableRoot, WRITABLE_DATA } from "./podSpec";
import { INTERPRETERS, SHELLS, SimpleCommand, isAssignment, programIndex, shellCommands } from "./shell";

export interface RootReadOpening {
    who: string;
    what: string;
}

/**
 * Commands whose operands are only made, owned, moded, cleaned, listed or formatted (coreutils, util-linux,
 * e2fsprogs, xfsprogs): they read no program or configuration from a path they name.
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
    "tune2fs",
    "e2label",
    "growpart",
    "sleep",
    "true",
    "false",
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
    "for",
    "in",
    "done",
    "fi",
    "esac",
]);
const isInertCommand = (name: string) => INERT_COMMANDS.has(name) || /^mkfs(\.[a-z0-9]+)?$/.test(name);

/**
 * Commands that copy or fetch into their destination: the last operand, or the value of an option naming the output
 * (cp/mv/install/ln -t, curl -o/--output, wget -O/-P, tar and unzip's -C/-d, rsync's last operand, `aws s3 cp|sync|mv`,
 * dd's of=). A data directory only as their destination is written, not read.
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

/** Variables that make a program load code or search for programs (ld.so(8), bash(1), python(1), perl(1) ...). */
const LOADER_VARIABLES =
    /^(PATH|LD_[A-Z_]+|BASH_ENV|ENV|SHELL|PYTHON[A-Z_]*|PERL[A-Z0-9_]*|RUBY[A-Z_]*|NODE_[A-Z_]+|GCONV_PATH|LOCPATH|NLSPATH|HOME|CDPATH|PROMPT_COMMAND|GIT_[A-Z_]+|LUA_[A-Z_]+)$/;

/**
 * The paths a word names: its absolute paths, and itself resolved in the working directory when it is a relative path
 * (`./x`, `tools/run.sh`) or `always` (any operand after a cd into a data directory).
 */
function wordPaths(w: string, cwd: string, always: boolean): string[] {
    const relative = /^[A-Za-z0-9._~+@][^\s=:|,;'"`$]*$/.test(w) && (always || w.includes("/"));
    return [...pathsIn(w), ...(relative ? [posix.resolve(cwd, w)] : [])];
}

/** Every absolute path a word names (after `=`, `:` or `,`, in URLs such as file:///data/x), resolved. */
function pathsIn(word: string): string[] {
    return [...word.matchAll(/(?<![A-Za-z0-9._~@])\/[^\s"'`;|&<>(){}$,=:]*/g)].map(m => {
        // A URL's authority is no directory (s3://data/x names bucket data): its path starts after the host.
        if (m[0].startsWith("//") && word[m.index - 1] === ":") {
            const rest = m[0].slice(2);
            return posix.resolve(rest.includes("/") ? rest.slice(rest.indexOf("/")) : "/");
        }
        return posix.resolve(m[0]);
    });
}

interface Context {
    /** The working directory: `/` for cloud-init and systemd's system units (systemd.exec(5) WorkingDirectory=). */
    cwd: string;
    /** Whether the working directory was set on purpose (cd, WorkingDirectory=): every operand is then relative to it. */
    cwdSet: boolean;
    vars: Map<string, string>;
}

const WHY =
    "a pod that replaces what is there chooses what root does on the node and reads every pod's token; keep the programs, libraries, configuration and working directories of root processes out of the data directories (only mkdir/chown/chmod, mounting a device or copying into them, fstab mount points, tmpfiles entries inside them, audit watches, logrotate log paths and units with a non-root User= may name them)";

export class RootReads {
    readonly out: RootReadOpening[] = [];

    constructor(private readonly where: string) {}

    private refuse(path: string, how: string) {
        const root = podWritableRoot(path) ?? path;
        this.out.push({
            who: `every pod that may write ${root}`,
            what: `${this.where} has a root process of the node read ${path} (${how}), under ${root}, a node directory the pack lets pods write: ${WHY}`,
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

    /** Text written to `file` (or run as a script when `file` is undefined), judged by what reads it. */
    file(text: string, file: string | undefined): void {
        if (file === undefined) return this.script(text);
        const path = posix.resolve("/", file);
        // Whatever reads a file in a data directory is judged where it reads it.
        if (podWritableRoot(path)) return;
        if (path === "/etc/fstab") return this.fstab(text, path);
        if (/^\/(etc|run|usr\/lib|lib)\/tmpfiles\.d\//.test(path)) return this.tmpfiles(text, path);
        // auditd rules watch paths; they run nothing (auditctl(8), audit.rules(7)).
        if (/^\/etc\/audit\/(rules\.d\/[^/]+\.rules|audit\.rules)$/.test(path)) return;
        if (/^\/etc\/logrotate\.(conf$|d\/)/.test(path)) return this.logrotate(text, path);
        if (/^\/(etc|run|usr\/lib|usr\/local\/lib|lib)\/systemd\/(system|user)\//.test(path))
            return this.unit(text, path);
        if (/^\/(etc\/crontab$|etc\/cron\.d\/|var\/spool\/cron\/)/.test(path)) return this.cron(text, path);
        if (
            /^#!/.test(text) ||
            /\.(sh|bash)$/.test(path) ||
            /^\/(var\/lib\/cloud\/scripts|etc\/profile\.d|etc\/rc\.d|etc\/init\.d|etc\/cron\.(hourly|daily|weekly|monthly)|usr\/local\/s?bin)\//.test(
                path,
            ) ||
            path === "/etc/rc.local"
        )
            return this.script(text);
        this.generic(text, `in ${path}, which the node reads`);
    }

    /** Any other file: every line naming a data directory is refused. */
    generic(text: string, how: string) {
        for (const line of text.split(/\r?\n/)) {
            const hit = RootReads.writable(pathsIn(line));
            if (hit) this.refuse(hit, `${how}: ${line.trim()}`);
        }
    }

    /** fstab(5): fs_spec fs_file ...; a mount at a data directory brings nothing of the node's into it. */
    private fstab(text: string, path: string) {
        for (const line of text.split(/\r?\n/)) {
            if (/^\s*(#|$)/.test(line)) continue;
            const [, mountPoint] = line.trim().split(/\s+/);
            if (mountPoint && podWritableRoot(mountPoint)) continue;
            const hit = RootReads.writable(pathsIn(line));
            if (hit) this.refuse(hit, `${path}: ${line.trim()}`);
        }
    }

    /** tmpfiles.d(5): Type Path Mode User Group Age Argument; entries inside a data directory are the pods' anyway. */
    private tmpfiles(text: string, path: string) {
        for (const line of text.split(/\r?\n/)) {
            if (/^\s*(#|$)/.test(line)) continue;
            const [, target] = line.trim().split(/\s+/);
            if (target && podWritableRoot(target)) continue;
            const hit = RootReads.writable(pathsIn(line));
            if (hit) this.refuse(hit, `${path}: ${line.trim()}`);
        }
    }

    /**
     * logrotate.conf(5): the paths opening a block name logs logrotate rotates; its script blocks (prerotate,
     * postrotate, firstaction, lastaction, preremove ... endscript) run through /bin/sh as root; other directives
     * (include, olddir ...) are refused when they name a data directory.
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
            else if (!/\{\s*$/.test(line)) {
                const hit = RootReads.writable(pathsIn(line));
                if (hit) this.refuse(hit, `${path}: ${line.trim()}`);
            }
        }
        if (script) this.script(script.join("\n"));
    }

    /**
     * crontab(5): /etc/crontab and /etc/cron.d name the user in the sixth field, a spool file is its user's; a job runs
     * through /bin/sh in its user's home. Environment lines (PATH=, SHELL=, BASH_ENV=) apply to every job.
     */
    private cron(text: string, path: string) {
        const spoolUser = /^\/var\/spool\/cron\/(?:crontabs\/)?([^/]+)$/.exec(path)?.[1];
        for (const raw of text.split(/\r?\n/)) {
            const line = raw.trim();
            if (line === "" || line.startsWith("#")) continue;
            const job =
                /^(?:@[a-z]+|(?:\S+\s+){4}\S+)\s+(\S.*)$/.exec(line) && !/^[A-Za-z_][A-Za-z0-9_]*\s*=/.test(line)
                    ? /^(?:@[a-z]+|(?:\S+\s+){4}\S+)\s+(\S.*)$/.exec(line)![1]
                    : undefined;
            if (job === undefined) {
                const hit = RootReads.writable(pathsIn(line));
                if (hit) this.refuse(hit, `${path}: ${line}`);
                continue;
            }
            const [user, ...rest] = job.split(/\s+/);
            const runAs = spoolUser ?? user;
            if (runAs !== "root" && runAs !== "0") continue;
            this.script(
                spoolUser ? job : rest.join(" "),
                { cwd: "/root", cwdSet: false, vars: new Map() },
                `a root cron job in ${path}: ${line}`,
            );
        }
    }

    /**
     * A systemd unit or drop-in (systemd.unit(5), systemd.service(5), systemd.exec(5), systemd.mount(5)). Units run as
     * root unless User= (or DynamicUser=) names another; `+` and `!` Exec prefixes and PermissionsStartOnly= run
     * commands as root anyway. Keys that only describe, order, condition or sandbox the unit (UNIT_INERT_KEYS), and a
     * mount's Where=, name a path without reading it; Exec lines are judged as commands in WorkingDirectory=.
     */
    private unit(text: string, path: string) {
        const entries: { section: string; key: string; value: string; line: string }[] = [];
        let section = "";
        for (const raw of joinUnitContinuations(text).split(/\r?\n/)) {
            const line = raw.trim();
            const header = /^\[([^\]]+)\]$/.exec(line);
            if (header) section = header[1];
            const kv = /^([A-Za-z][A-Za-z0-9]*)\s*=\s*(.*)$/.exec(line);
            if (kv) entries.push({ section, key: kv[1], value: kv[2], line });
        }
        const last = (key: string) => entries.filter(e => e.key === key).at(-1)?.value;
        const user = last("User");
        const rootExec = entries.some(e => /^Exec/.test(e.key) && /^[-@:|]*[+!]/.test(e.value));
        const nonRoot =
            ((user !== undefined && user !== "" && user !== "root" && user !== "0") ||
                /^(yes|true|1|on)$/i.test(last("DynamicUser") ?? "")) &&
            !rootExec &&
            !/^(yes|true|1|on)$/i.test(last("PermissionsStartOnly") ?? "");
        const workingDirectory = last("WorkingDirectory")?.replace(/^-/, "");
        const where = last("Where");
        for (const e of entries) {
            const hit = RootReads.writable(pathsIn(e.value));
            if (/^Exec/.test(e.key)) {
                const root = !nonRoot || /^[-@:|]*[+!]/.test(e.value);
                if (!root) continue;
                const cwd =
                    workingDirectory && workingDirectory.startsWith("/")
                        ? { cwd: workingDirectory, cwdSet: true }
                        : { cwd: "/", cwdSet: false };
                this.script(e.value.replace(/^[-@:+!|]+/, ""), { ...cwd, vars: new Map() }, `${path}: ${e.line}`);
            } else if (hit && !nonRoot && !UNIT_INERT_KEYS.test(e.key)) {
                // A mount of a data directory (or a device) at a data directory brings nothing of the node's into it.
                if (e.key === "What" && where && podWritableRoot(where)) continue;
                this.refuse(hit, `${path}: ${e.line}`);
            }
        }
    }

    /** A shell script run as root, command by command, following `cd` and the variables it sets. */
    script(text: string, context?: Context, how?: string) {
        const ctx: Context = context ?? { cwd: "/", cwdSet: false, vars: new Map() };
        const commands = shellCommands(text);
        const outer = this.namesData;
        this.namesData ??= RootReads.writable(commands.flatMap(c => [...c.words, ...c.reads]).flatMap(w => pathsIn(w)));
        for (const [i, c] of commands.entries()) this.command(c, ctx, commands[i + 1], how);
        this.namesData = outer;
    }

    /** A data directory the script being read names anywhere, if any. */
    private namesData: string | undefined;

    private command(c: SimpleCommand, ctx: Context, next: SimpleCommand | undefined, how?: string) {
        const expand = (w: string) =>
            w.replace(
                /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
                (m, a, b) => ctx.vars.get(a ?? b) ?? m,
            );
        const words = c.words.map(expand);
        const form = how ?? `a command it runs: ${c.line.trim()}`;
        const start = programIndex(words);
        // Assignments: remembered for later words; a loader variable pointing into a data directory is refused.
        for (const w of [
            ...words.slice(0, start),
            ...(/^(export|local|readonly|declare)$/.test(words[0] ?? "") ? words.slice(1) : []),
        ]) {
            if (!isAssignment(w)) continue;
            const [name, ...value] = w.split("=");
            ctx.vars.set(name.replace(/\+$/, ""), value.join("="));
            const hit = RootReads.writable(pathsIn(value.join("=")));
            if (hit && LOADER_VARIABLES.test(name.replace(/\+$/, ""))) this.refuse(hit, `${form} (${name})`);
        }
        // `for NAME in WORDS`: NAME takes the words.
        if (words[0] === "for" && words[2] === "in") ctx.vars.set(words[1], words.slice(3).join(" "));
        const program = words[start];
        const operands = words.slice(start + 1);
        const name = program === undefined ? "" : posix.basename(program);
        const resolve = (w: string, always: boolean) => wordPaths(w, ctx.cwd, always);
        if (name === "cd" || name === "pushd") {
            const to = operands.find(w => !w.startsWith("-"));
            ctx.cwd = to === undefined ? "/root" : to.includes("$") ? ctx.cwd : posix.resolve(ctx.cwd, to);
            ctx.cwdSet = true;
            return;
        }
        // What the command's output becomes: a file it writes (judged by that file's reader), the log, or the input of
        // the next command.
        const sinks = (content: string) => {
            const files = c.writes.map(expand).filter(w => !/^\/dev\/(null|stdout|stderr)$/.test(w));
            if (files.length > 0) for (const f of files) this.file(content, posix.resolve(ctx.cwd, f));
            else if (c.pipesOut && next) this.piped(content, next, ctx, form);
        };
        if (c.heredoc !== undefined || c.hereString !== undefined) {
            const body = expand(c.heredoc ?? c.hereString ?? "");
            if (program === undefined || name === "cat") sinks(body);
            else if (name === "tee") this.piped(body, c, ctx, form);
            else if (SHELLS.test(name) && !operands.some(w => !w.startsWith("-"))) this.script(body, ctx);
            else this.generic(body, `${form}, fed to ${name}`);
        }
        if (name === "echo" || name === "printf") {
            sinks(operands.filter(w => !/^-[neE]+$/.test(w)).join(" "));
            return;
        }
        // A shell's `-c` line is a script of its own.
        const dashC = operands.indexOf("-c");
        if (SHELLS.test(name) && dashC >= 0) {
            this.script(operands[dashC + 1] ?? "", { ...ctx, vars: new Map(ctx.vars) }, form);
            return;
        }
        const always = ctx.cwdSet && podWritableRoot(ctx.cwd) !== undefined;
        // A program named without a slash is looked up in PATH, not in the working directory.
        const programPaths = program === undefined || !program.includes("/") ? [] : resolve(program, always);
        const reads = c.reads.map(expand).flatMap(w => resolve(w, true));
        const operandPaths: string[] = operands.flatMap((w, i) =>
            resolve(w, always || (INTERPRETERS.test(name) && i === operands.findIndex(o => !o.startsWith("-")))),
        );
        // The wrappers' own words (`env -C /data`, `sudo -D /data`, `chrt -f 1`): a data directory there sets where or
        // how the program runs; flock's lock file is only locked.
        const wrapperPaths = words
            .slice(0, start)
            .filter(
                (w, i, all) =>
                    !isAssignment(w) && !(posix.basename(all[i - 1] ?? "") === "flock" && !w.startsWith("-")),
            )
            .flatMap(w => resolve(w, false));
        const hit = RootReads.writable([...programPaths, ...reads, ...wrapperPaths]);
        if (hit) return this.refuse(hit, form);
        // A program chosen at run time (`$f`, `$(...)`, xargs, eval) in a script that names a data directory may be
        // one of its files (`for f in /data/hooks/*; do "$f"; done`, `find /data -type f | xargs -n1 sh`).
        if (this.namesData && (program?.includes("$") || /^(xargs|eval|parallel)$/.test(name)))
            return this.refuse(
                this.namesData,
                `${form}: a program chosen at run time, in a script that names ${this.namesData}`,
            );
        // Output of a command naming a data directory piped into a shell or interpreter is run as a script.
        if (c.pipesOut && next && RootReads.writable([...operandPaths, ...reads])) {
            const nextName = posix.basename(next.words[programIndex(next.words)] ?? "");
            if (INTERPRETERS.test(nextName) || /^(xargs|eval|parallel|crontab|at|batch|env|sudo)$/.test(nextName))
                return this.refuse(RootReads.writable([...operandPaths, ...reads])!, `${form}, piped to ${nextName}`);
        }
        if (!RootReads.writable(operandPaths)) return;
        if (isInertCommand(name)) return;
        if (name === "find" && !operands.some(w => /^-(exec|execdir|ok|okdir|fprint|fprint0|fprintf|fls)$/.test(w)))
            return;
        if (name === "mount" || name === "systemd-mount") return this.mount(operands, ctx, form);
        if (name === "dd") {
            const read = RootReads.writable(operands.filter(w => !w.startsWith("of=")).flatMap(pathsIn));
            return read ? this.refuse(read, form) : undefined;
        }
        if (Object.hasOwn(COPIERS, name)) return this.copy(name, operands, ctx, form);
        this.refuse(RootReads.writable(operandPaths)!, form);
    }

    /** Content piped into `next`: tee writes it to its files, a shell runs it, anything else reads it. */
    private piped(content: string, next: SimpleCommand, ctx: Context, form: string) {
        const start = programIndex(next.words);
        const name = posix.basename(next.words[start] ?? "");
        if (name === "tee") {
            for (const f of next.words.slice(start + 1).filter(w => !w.startsWith("-"))) this.file(content, f);
        } else if (SHELLS.test(name) && !next.words.slice(start + 1).some(w => !w.startsWith("-")))
            this.script(content, ctx);
        else if (name !== "logger" && !isInertCommand(name)) this.generic(content, `${form}, piped to ${name}`);
    }

    /** mount(8): a device, label, export or filesystem at a data directory, or one data directory at another. */
    private mount(operands: readonly string[], ctx: Context, form: string) {
        const positional: string[] = [];
        let [source, target] = ["", ""];
        for (let i = 0; i < operands.length; i++) {
            const a = operands[i];
            if (a === "--source") source = operands[++i] ?? "";
            else if (a === "--target") target = operands[++i] ?? "";
            else if (/^(-o|--options|-t|--types|-O|--test-opts|-L|--label|-U|--uuid|-N|--namespace)$/.test(a)) i++;
            else if (!a.startsWith("-")) positional.push(a);
        }
        source ||= positional.length >= 2 ? positional[0] : "";
        target ||= positional.at(-1) ?? "";
        const abs = (p: string) => (p.startsWith("/") ? posix.resolve(p) : p);
        if (target && podWritableRoot(posix.resolve(ctx.cwd, target))) return;
        const hit = RootReads.writable([abs(source)].filter(p => p.startsWith("/")));
        if (hit) this.refuse(hit, form);
    }

    /** A copier reads its sources: a data directory may be only its destination. */
    private copy(name: string, operands: readonly string[], ctx: Context, form: string) {
        const options = COPIERS[name];
        const positional: string[] = [];
        let destination: string | undefined;
        for (let i = 0; i < operands.length; i++) {
            const a = operands[i];
            const eq = options.find(o => o.startsWith("--") && a.startsWith(`${o}=`));
            if (eq) destination = a.slice(eq.length + 1);
            else if (options.includes(a)) destination = operands[++i];
            else if (/^-[A-Za-z]*[CdoOPt]$/.test(a) && options.includes(`-${a.at(-1)}`)) destination = operands[++i];
            else if (!a.startsWith("-")) positional.push(a);
        }
        // git clone URL DIR, aws s3 cp|sync|mv SRC DST: the last positional is the destination.
        if (destination === undefined && name !== "curl" && name !== "wget") destination = positional.pop();
        const sources = positional.filter(p => p !== destination).flatMap(p => wordPaths(p, ctx.cwd, true));
        if (destination !== undefined && podWritableRoot(posix.resolve(ctx.cwd, destination))) return;
        const hit = RootReads.writable(sources);
        if (hit) this.refuse(hit, `${form} (${name} reads it${destination ? ` into ${destination}` : ""})`);
    }
}

/** systemd unit keys that name paths without reading from them (systemd.unit(5), systemd.exec(5), systemd.path(5)). */
const UNIT_INERT_KEYS =
    /^(Description|Documentation|After|Before|Wants|Requires|Requisite|BindsTo|PartOf|Upholds|Conflicts|OnFailure|OnSuccess|WantedBy|RequiredBy|UpheldBy|Also|Alias|RequiresMountsFor|WantsMountsFor|Condition[A-Za-z]+|Assert[A-Za-z]+|ReadWritePaths|ReadOnlyPaths|InaccessiblePaths|NoExecPaths|TemporaryFileSystem|Where|StandardOutput|StandardError|SyslogIdentifier|PathExists|PathExistsGlob|PathChanged|PathModified|DirectoryNotEmpty|MakeDirectory|DirectoryMode|Unit|Type|Options|DirectoryMode|TimeoutSec)$/;

/** systemd.syntax(7): a line ending with a backslash continues on the next. */
const joinUnitContinuations = (text: string) => text.replace(/\\\r?\n/g, " ");

/** Every data-directory read in text a root process of the node runs (`file` undefined) or reads at `file`. */
export function rootReadOpenings(
    texts: readonly { text: string; file?: string; readBy?: string }[],
    where = "user data",
): RootReadOpening[] {
    const reads = new RootReads(where);
    for (const { text, file, readBy } of texts)
        if (readBy !== undefined) reads.generic(text, readBy);
        else reads.file(text, file);
    return reads.out;
}
