/**
 * A best-effort reader of shell text (bash(1), "SHELL GRAMMAR", "QUOTING", "REDIRECTION"), enough to say which programs
 * a script runs, on which words, reading and writing which files: no expansions beyond the variables a caller tracks.
 */
import { posix } from "path";

/** A simple command: its words (quotes removed) and what it reads and writes. */
export interface SimpleCommand {
    /** A shell function this "command" defines (`name() { ... }`, `function name { ... }`): its body, run when called. */
    defines?: { name: string; body: string };
    words: string[];
    /** Files its output is redirected to (`>`, `>>`, `&>`, any fd). */
    writes: string[];
    /** Files its input is redirected from (`<`). */
    reads: string[];
    /** Files opened for reading on a numbered descriptor (`3< FILE`): `exec 3< FILE` keeps them for later commands. */
    fdReads?: { fd: string; path: string }[];
    /** Descriptors its standard input is duplicated from (`<&3`). */
    dupIn?: string[];
    /** Round 86: the command text of each `<(cmd)` word it takes (its word is /dev/fd/63), in order. */
    processInputs?: string[];
    /** Descriptors an output of it is duplicated to (`>&3`, `2>&3`). */
    dupOut?: string[];
    /**
     * Round 76: the words of `>&WORD` redirections whose WORD does not start with a digit (also in `writes`): bash(1)
     * "Duplicating File Descriptors": "if the digits in word" ... "the file descriptor denoted by n is made to be a
     * copy of that file descriptor" when WORD expands to digits; otherwise (`>&file`) it writes the file.
     */
    dupWords?: string[];
    /** The delimiter of a here-document it reads (`<<EOF`, `<<-'EOF'`), filled in by shellCommands with `heredoc`. */
    heredocDelimiter?: string;
    heredoc?: string;
    /** A here-string's word (`<<< word`). */
    hereString?: string;
    /** Whether its output feeds the next command through a pipe (`|`, `|&`). */
    pipesOut: boolean;
    /**
     * Round 77: the control operator ending it, when it is `&` (run "asynchronously in a subshell"), `&&` or `||` (the
     * next command runs only on its exit status): bash(1) "Lists".
     */
    ends?: "&" | "&&" | "||";
    /** The line it came from, for messages. */
    line: string;
    /** Its compound array assignments as written (`NAME=(WORDS)`, `NAME+=(WORDS)`: bash(1), "Arrays"), in order. */
    arrays?: string[];
    /**
     * Grouping commands that begin with it (`(` a subshell, `{` a brace group: bash(1), "Compound Commands"), outermost
     * first; a pipe into it feeds them.
     */
    opens?: ("(" | "{")[];
    /**
     * Grouping commands this one closes (`)`, or the word `}`): its redirections and pipe are theirs ("Any
     * redirections associated with a compound command apply to all commands within that compound command").
     */
    closes?: ("(" | "{")[];
}

/**
 * A `$` that starts no command substitution: `$(` inside single quotes or escaped (`\$(`) is text (bash(1),
 * "QUOTING"), which a shell given the word as its script (`sh -c '... $(cmd) ...'`) substitutes in turn. Callers
 * that expand words turn it back into `$` after expanding.
 */
export const LITERAL_DOLLAR = "\u0002";

const emptyCommand = (line: string): SimpleCommand => ({ words: [], writes: [], reads: [], pipesOut: false, line });

/**
 * The simple commands of one line of shell: quotes and backslashes removed; `;`, `&&`, `||`, `|`, `&`, `(`, `)` end
 * a command, a command substitution (`$(...)`, backquotes) stays in its word as written; `>`/`>>` (any fd, `&>`) redirect output to the next word, `<` input from it, `<<`
 * and `<<-` open a here-document whose delimiter is the next word, `<<<` a here-string; `#` at a word's start begins
 * a comment.
 */
export function simpleCommands(line: string, keepBoundaries = false): SimpleCommand[] {
    const out: SimpleCommand[] = [];
    // Where quoting ends a variable's name (`"$D"ta` is $D then "ta", not $Dta), a NUL marks the boundary for callers
    // that expand variables; others get the words with quotes simply removed.
    const boundary = keepBoundaries ? "\0" : "";
    let cmd = emptyCommand(line);
    let [word, inWord, quote] = ["", false, ""];
    let target: "writes" | "reads" | "readwrite" | "heredoc" | "herestring" | "descriptor" | undefined;
    let readFd: string | undefined;
    let dupWord = false;
    const endWord = () => {
        if (inWord) {
            if ((target === "reads" || target === "readwrite") && readFd !== undefined)
                (cmd.fdReads ??= []).push({ fd: readFd, path: word });
            if (target === "writes" || target === "reads") {
                cmd[target].push(word);
                if (target === "writes" && dupWord) (cmd.dupWords ??= []).push(word);
            } else if (target === "readwrite") {
                cmd.writes.push(word);
                cmd.reads.push(word);
            } else if (target === "heredoc") cmd.heredocDelimiter = word;
            else if (target === "herestring") cmd.hereString = word;
            else if (target === "descriptor") {
                // `<&$fd`, `<&"${COPROC[0]}"`: a descriptor named by a variable (`{fd}<`'s, a coproc's), as `$NAME`, or
                // `?` when the reader cannot name it (rootReads: unknown input).
                const v = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(word.replace(/\0/g, ""));
                if (readFd === undefined || readFd === "0") (cmd.dupIn ??= []).push(v ? `$${v[1]}` : "?");
            } else {
                // The reserved words `{` and `}` open and close a brace group only where a command starts.
                if (word === "{" && cmd.words.every(w => w === "{")) (cmd.opens ??= []).push("{");
                if (word === "}" && cmd.words.length === 0) (cmd.closes ??= []).push("{");
                cmd.words.push(word);
            }
            target = undefined;
            dupWord = false;
        }
        [word, inWord] = ["", false];
    };
    const endCommand = (pipesOut = false) => {
        endWord();
        cmd.pipesOut = pipesOut;
        if (
            cmd.words.length > 0 ||
            cmd.writes.length > 0 ||
            cmd.reads.length > 0 ||
            cmd.heredocDelimiter ||
            cmd.opens ||
            cmd.closes ||
            cmd.dupIn ||
            cmd.hereString !== undefined
        )
            out.push(cmd);
        [cmd, target] = [emptyCommand(line), undefined];
    };
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quote) {
            if (ch === quote) [quote, word] = ["", word + boundary];
            else if (ch === "$" && quote === "'" && line[i + 1] === "(") word += LITERAL_DOLLAR;
            else if (ch === "\\" && quote === '"' && line[i + 1] === "$" && line[i + 2] === "(")
                [word, i] = [word + LITERAL_DOLLAR, i + 1];
            else if (ch === "\\" && quote === '"' && i + 1 < line.length) word += doubleQuotedEscape(line[++i]);
            else word += ch;
        } else if (ch === "$" && line[i + 1] === "'") {
            // ANSI-C quoting (bash(1), QUOTING): $'...' with backslash escapes decoded.
            const end = ansiC(line, i + 2);
            [word, inWord, i] = [word + boundary + end.text + boundary, true, end.next];
        } else if (ch === "'" || ch === '"') [quote, inWord, word] = [ch, true, word + boundary];
        else if (ch === "(" && inWord && /^[A-Za-z_][A-Za-z0-9_]*\+?=$/.test(word)) {
            // An array assignment, `NAME=(a b)` or `NAME+=(c)`: one word, to its closing `)` (a `$(cmd)` inside
            // kept whole); its text as written is recorded for the caller to read its elements (`arrays`).
            const end = substitutionEnd(line, i - 1);
            (cmd.arrays ??= []).push(`${word}${line.slice(i, end + 1)}`);
            [word, i] = [word + line.slice(i + 1, end), end];
        } else if (ch === "(" && inWord && /[?*+@!]$/.test(word)) {
            // Round 86: an extended pattern inside a word (bash(1) "Pattern Matching", shopt -s extglob:
            // `?(..)`, `*(..)`, `+(..)`, `@(..)`, `!(..)`) is part of the word, to its closing `)`, for the one
            // pattern matcher (globBody) to read: `/@(tmp)/x` is one command word, not `/@` and a subshell.
            const end = substitutionEnd(line, i - 1);
            [word, i] = [word + line.slice(i, end + 1), end];
        } else if (ch === "\\" && line[i + 1] === "$" && line[i + 2] === "(")
            [word, inWord, i] = [word + LITERAL_DOLLAR, true, i + 1];
        else if (ch === "\\" && i + 1 < line.length) [word, inWord] = [word + line[++i], true];
        else if (/\s/.test(ch)) endWord();
        else if (ch === "#" && !inWord) break;
        else if (ch === ">" || (ch === "&" && line[i + 1] === ">")) {
            // `2>`, `1>>`: the fd number is no word of the command.
            if (/^\d+$/.test(word)) [word, inWord] = ["", false];
            endWord();
            const duplicates = ch === ">" && line[i + 1] === "&" && !/[\d>|&-]/.test(line[i + 2] ?? "");
            while (/[>&|]/.test(line[i + 1] ?? "") && !(line[i + 1] === "&" && /\d/.test(line[i + 2] ?? ""))) i++;
            if (line[i + 1] === "&") {
                // `>&2`: a descriptor, not a file (recorded: `>&3` writes to what `exec 3<>FILE` opened).
                const to = /^\d+/.exec(line.slice(i + 2))?.[0];
                if (to !== undefined) (cmd.dupOut ??= []).push(to);
                i += 1 + (to?.length ?? 1);
            } else [target, dupWord] = ["writes", duplicates];
        } else if (ch === "<") {
            // `{NAME}<FILE` opens FILE on a descriptor the shell allocates and stores in NAME (bash(1), "REDIRECTION":
            // "a word of the form {varname}"): recorded as the descriptor `$NAME`.
            const named = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(word)?.[1];
            const fd = /^\d+$/.test(word) ? word : named === undefined ? undefined : `$${named}`;
            if (fd !== undefined) [word, inWord] = ["", false];
            endWord();
            readFd = fd;
            if (line.startsWith("<<<", i)) [target, i] = ["herestring", i + 2];
            else if (line.startsWith("<<", i)) [target, i] = ["heredoc", line[i + 2] === "-" ? i + 2 : i + 1];
            // `N<>FILE` (bash(1) REDIRECTION, "Opening File Descriptors for Reading and Writing"): both at once.
            else if (line[i + 1] === ">") [target, i] = ["readwrite", i + 1];
            else if (line[i + 1] === "&" && !/[\d-]/.test(line[i + 2] ?? "")) [target, i] = ["descriptor", i + 1];
            else if (line[i + 1] === "&") {
                // `<&3`: standard input (or `N<&M`, descriptor N) duplicated from descriptor 3; `<&-` closes.
                const from = /^\d+/.exec(line.slice(i + 2))?.[0];
                if (from !== undefined && (fd === undefined || fd === "0")) (cmd.dupIn ??= []).push(from);
                i += 1 + (from?.length ?? 1);
            } else if (line[i + 1] === "(" && target !== "reads" && !inWord) {
                // `<(cmd)` as a word (bash(1), "Process Substitution": "the file name /dev/fd/N is passed as an argument
                // to the current command"): the word /dev/fd/63, a descriptor whose content is unknown (standardInput),
                // in the command, which goes on after it; cmd runs as a subshell of its own, before it.
                const end = substitutionEnd(line, i);
                const inner = simpleCommands(line.slice(i + 2, end), keepBoundaries);
                (cmd.processInputs ??= []).push(line.slice(i + 2, end));
                if (inner.length > 0) {
                    (inner[0].opens ??= []).unshift("(");
                    (inner.at(-1)!.closes ??= []).push("(");
                    out.push(...inner);
                }
                [word, inWord, i] = ["/dev/fd/63", true, end];
            } else if (line[i + 1] === "(") {
                // `< <(cmd)` redirects standard input from the pipe bash names /dev/fd/N (bash(1), "Process
                // Substitution"), recorded as such a file; cmd is a command of its own.
                if (target === "reads") cmd.reads.push("/dev/fd/63");
                endCommand();
                // Its `)` closes it as a subshell's would.
                (cmd.opens ??= []).push("(");
                i++;
            } else target = "reads";
        } else if ((ch === "$" && line[i + 1] === "(") || ch === "`") {
            // A command substitution (`$(cmd)`, backquotes) or arithmetic (`$((...))`) is part of the word it stands
            // in, quoted or not (bash(1), "Command Substitution": its output replaces it in the word, so
            // `--listen=$(hostname -i):9092` is one word of its command): kept as written, as inside double quotes,
            // for the caller to run as a script of its own and judge the word as unknown.
            const end = substitutionEnd(line, i);
            [word, inWord, i] = [word + line.slice(i, end + 1), true, end];
        } else if (ch === "|") {
            if (line[i + 1] === "|") cmd.ends = "||";
            endCommand(line[i + 1] !== "|");
            if (line[i + 1] === "|" || line[i + 1] === "&") i++;
        } else if (ch === "(" && line[i - 1] === ">") {
            // `>(cmd)`: an output process substitution, closed by its `)`.
            endCommand();
            (cmd.opens ??= []).push("(");
        } else if (ch === "(" && !inWord && cmd.words.length === 0 && cmd.reads.length === 0 && !cmd.closes)
            // A subshell where a command starts (bash(1), "(list)"): its first command opens it.
            (cmd.opens ??= []).push("(");
        else if (ch === ")") {
            // It closes a subshell: the redirections and pipe after it are the subshell's (a command of no words).
            endWord();
            const empty = cmd.words.length === 0 && cmd.writes.length === 0 && cmd.reads.length === 0;
            if (!(empty && cmd.closes && !cmd.opens)) endCommand();
            (cmd.closes ??= []).push("(");
        } else if (";&()".includes(ch)) {
            if (ch === "&") cmd.ends = line[i + 1] === "&" ? "&&" : "&";
            endCommand();
            if (ch === "&" && line[i + 1] === "&") i++;
        } else [word, inWord] = [word + ch, true];
    }
    endCommand();
    return out;
}

/**
 * Round 84: what a backslash and the character after it stand for inside double quotes. POSIX Shell Command Language
 * 2.2.3 "Double-Quotes" and bash(1) "Double Quotes": "The backslash retains its special meaning only when followed by
 * one of the following characters: $, `, ", \, or newline ... Backslashes preceding characters without a special
 * meaning are left unmodified", so `printf "a\nb"` passes printf the four characters `a\nb` (which printf and echo -e
 * then decode: rootReads printfOutput/unescape). A backslash-newline is removed (line continuation).
 */
function doubleQuotedEscape(next: string): string {
    if (next === "\n") return "";
    return '$`"\\'.includes(next) ? next : `\\${next}`;
}

/**
 * The index of the character closing the command substitution that starts at `from` (`$(` ... the matching `)`, or
 * a backquote ... the next unescaped backquote), the line's last index when it does not close on this line. Quotes
 * inside are skipped whole, so a `)` in a quoted string does not close it.
 */
function substitutionEnd(line: string, from: number): number {
    if (line[from] === "`") {
        for (let j = from + 1; j < line.length; j++) {
            if (line[j] === "\\") j++;
            else if (line[j] === "`") return j;
        }
        return line.length - 1;
    }
    let depth = 0;
    for (let j = from + 1; j < line.length; j++) {
        const c = line[j];
        if (c === "\\") j++;
        else if (c === "'" || c === '"') {
            const close = line.indexOf(c, j + 1);
            j = close < 0 ? line.length : close;
        } else if (c === "(") depth++;
        else if (c === ")" && --depth === 0) return j;
    }
    return line.length - 1;
}

/** The text of an ANSI-C quoted string starting at `from` (after `$'`), and the index of its closing quote. */
function ansiC(line: string, from: number): { text: string; next: number } {
    const simple: Record<string, string> = {
        n: "\n",
        t: "\t",
        r: "\r",
        a: "\x07",
        b: "\b",
        e: "\x1b",
        E: "\x1b",
        f: "\f",
        v: "\v",
    };
    let text = "";
    let i = from;
    for (; i < line.length && line[i] !== "'"; i++) {
        if (line[i] !== "\\" || i + 1 >= line.length) {
            text += line[i];
            continue;
        }
        const rest = line.slice(i + 1);
        const hex =
            /^x([0-9a-fA-F]{1,2})/.exec(rest) ?? /^u([0-9a-fA-F]{1,4})/.exec(rest) ?? /^U([0-9a-fA-F]{1,8})/.exec(rest);
        const octal = /^([0-7]{1,3})/.exec(rest);
        if (hex) [text, i] = [text + String.fromCodePoint(parseInt(hex[1], 16)), i + hex[0].length];
        else if (octal) [text, i] = [text + String.fromCharCode(parseInt(octal[1], 8)), i + octal[0].length];
        else [text, i] = [text + (simple[rest[0]] ?? rest[0]), i + 1];
    }
    return { text, next: i };
}

/** A shell line continued with a trailing backslash joins the next (bash(1), "Quoting": backslash-newline). */
export const joinContinuations = (text: string) => text.replace(/\\\r?\n/g, " ");

/**
 * The simple commands of a script, in order, each here-document's body attached to the command that reads it (the
 * lines up to its delimiter; `<<-` strips leading tabs, and leading blanks are allowed as YAML indentation leaves them).
 */
export function shellCommands(script: string): SimpleCommand[] {
    const lines = joinContinuations(script).split(/\r?\n/);
    const out: SimpleCommand[] = [];
    let inCase = 0;
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        // A function definition (bash(1), "Shell Function Definitions"): its body, up to the brace that closes it, runs
        // only when the function is called.
        const fn =
            /^\s*(?:function\s+([A-Za-z_][\w:.-]*)\s*(?:\(\s*\))?|([A-Za-z_][\w:.-]*)\s*\(\s*\))\s*(\{?)(.*)$/.exec(
                line,
            );
        if (fn) {
            const body: string[] = [];
            let rest = fn[4];
            let depth = fn[3] ? 1 : 0;
            if (!fn[3] && /^\s*$/.test(rest) && /^\s*\{\s*$/.test(lines[i + 1] ?? "")) [depth, i] = [1, i + 1];
            else if (!fn[3] && /^\s*\{/.test(rest)) [depth, rest] = [1, rest.replace(/^\s*\{/, "")];
            // The body ends at the brace that closes it; what follows on that line (`f() { ...; }; f < LIST`) is read
            // as the next line.
            let after: string | undefined;
            const take = (text: string) => {
                for (let k = 0; k < text.length && depth > 0; k++) {
                    const ch = text[k];
                    if (ch === "\\") k++;
                    else if (ch === "'") {
                        const close = text.indexOf("'", k + 1);
                        k = close < 0 ? text.length : close;
                    } else if (ch === '"')
                        for (k++; k < text.length && text[k] !== '"'; k++) k += text[k] === "\\" ? 1 : 0;
                    else if (ch === "{") depth++;
                    else if (ch === "}" && --depth === 0) {
                        after = text.slice(k + 1);
                        return text.slice(0, k);
                    }
                }
                return text;
            };
            body.push(depth > 0 ? take(rest) : rest);
            while (depth > 0 && ++i < lines.length) body.push(take(lines[i]));
            let text = body.join("\n");
            let tail = (after as string | undefined)?.replace(/^\s*;?/, "") ?? "";
            // Redirections on the definition (`f() { ...; } < LIST`) "are performed when the function is executed"
            // (Bash manual, "Shell Functions"): the body is read as a group with them.
            const redirects =
                /^\s*((?:(?:\d+|\{[A-Za-z_]\w*\})?(?:<>|<&|>&|>>|<(?![<(])|>)\s*[^\s;&|<>()]+\s*)+)(.*)$/.exec(
                    (after as string | undefined) ?? "",
                );
            if (redirects) [text, tail] = [`{\n${text}\n} ${redirects[1]}`, redirects[2].replace(/^\s*;?/, "")];
            out.push({
                ...simpleCommands("")[0],
                words: [],
                writes: [],
                reads: [],
                pipesOut: false,
                line: lines[i] ?? "",
                defines: { name: fn[1] ?? fn[2], body: text },
            });
            if (tail.trim() !== "") lines[i--] = tail;
            continue;
        }
        // A case item's pattern (`/data|/srv)`) is a pattern, not a command.
        if (inCase > 0) line = line.replace(/^\s*\(?[^()]*\)(?!\))/, "");
        const commands = simpleCommands(line, true);
        for (const c of commands) {
            if (c.words[0] === "case") inCase++;
            if (c.words.includes("esac")) inCase = Math.max(0, inCase - 1);
        }
        for (const c of commands.filter(c => c.heredocDelimiter !== undefined)) {
            const body: string[] = [];
            const delimiter = c.heredocDelimiter!.replace(/\0/g, "");
            while (++i < lines.length && lines[i].trim() !== delimiter) body.push(lines[i]);
            c.heredoc = body.join("\n");
        }
        out.push(...commands);
    }
    return out;
}

/**
 * Interpreters installed under a versioned name (perl5.36, ruby3.2, python3.12, php8.2, lua5.4, node20, tclsh8.6: the
 * distributions' packages install the versioned binary beside or instead of the plain one), each the program it
 * versions; LuaJIT's `make install` installs luajit-2.1.0-beta3 (or luajit-2.1.<timestamp>) and links luajit to it
 * (LuaJIT docs, "Installation").
 */
const VERSIONED_INTERPRETER = /^(?:(perl|ruby|python|php|lua|node|nodejs|tclsh|wish)[0-9.]+|(luajit)-?[0-9][\w.-]*)$/;
/**
 * The program a command word runs, as every reader of interpreters names it (SOCKET_SHELL_CODE, programOptions,
 * INTERPRETERS): its basename, a versioned interpreter (VERSIONED_INTERPRETER) spelled as the plain one.
 */
export const interpreterName = (word: string) => posix.basename(word).replace(VERSIONED_INTERPRETER, "$1$2");
/**
 * Shells and interpreters: the first operand is a script they run (`-c` takes a command line). LuaJIT is lua's
 * interpreter with more options (LuaJIT docs, "Running LuaJIT": "The luajit stand-alone executable is just a slightly
 * modified version of the regular lua stand-alone executable. It supports the same basic options"; `luajit
 * [options]... [script [args]...]`).
 */
export const INTERPRETERS = {
    test: (name: string) =>
        /^(sh|bash|dash|zsh|ksh|ash|mksh|busybox|python|perl|ruby|node|php|lua|luajit|tclsh|expect|source|\.)$/.test(
            interpreterName(name),
        ),
};
export const SHELLS = /^(sh|bash|dash|zsh|ksh|ash|mksh)$/;

/**
 * Programs and builtins that leave every file they name as it was: they print, hash, compare, test or list it (GNU
 * coreutils, grep, zgrep, less), make directories, set its owner, mode, attributes, label, ACL or times (touch(1) makes
 * an empty file only where none is; chattr(1); setfacl(1) also from a `--restore=file` or `-M file` dump: only ACL
 * entries, owner and group; getfacl(1) prints them; round 75: setfattr(1) "set extended attributes of filesystem
 * objects", --restore from a getfattr dump too, getfattr(1) prints them: attributes, never the content; a
 * security.capability attribute is setcap's, read as setcap in rootReads), add a kernel audit watch (auditctl(8) "-w path: Insert a watch
 * for the file system object at path"), wait, or set variables and the working directory (bash(1), SHELL BUILTIN
 * COMMANDS). Their redirections are read where redirections are. The one list of both readers of written files:
 * rootReads.ts (what root reads) and userData.ts (what a node's servers read).
 */
export const CONTENT_KEEPERS =
    /^(cat|tac|head|tail|less|more|grep|egrep|fgrep|zgrep|cmp|diff|ls|stat|file|wc|test|\[|\[\[|readlink|realpath|dirname|basename|md5sum|sha\d*sum|b2sum|cksum|sum|df|du|findmnt|mountpoint|blkid|lsblk|mkdir|chown|chgrp|chmod|chattr|chcon|restorecon|setfacl|getfacl|setfattr|getfattr|auditctl|touch|sleep|true|false|:|echo|printf|logger|wait|cd|pushd|popd|pwd|export|local|readonly|declare|typeset|unset)$/;

/**
 * Whether a path word names the standard input of the process opening it, the one reader of that question: true for
 * /dev/stdin, /dev/fd/0, /proc/self/fd/0 and /proc/thread-self/fd/0 (proc(5), /proc/pid/fd/: "0 is standard input";
 * /dev/fd links to /proc/self/fd and /dev/stdin to /proc/self/fd/0; GNU awk manual, "Other Inherited Files": "/dev/stdin
 * ... essentially aliases for /dev/fd/0") and for `-` where the program reads it so (`dash`);
 * undefined for any other descriptor (/dev/fd/N, /dev/stdout, /dev/stderr, /proc/PID/fd/N, /proc/PID/task/TID/fd/N):
 * what it holds is unknown (a here-document the shell opened on it, a copy of standard input `N<&0`, another
 * process's), so a caller fails closed; false for any other path. A relative word is resolved against `cwd`.
 */
export function standardInput(word: string, dash = true, cwd = "/"): boolean | undefined {
    const path = word.replace(/\0/g, "");
    if (path === "-") return dash;
    const normal = posix.resolve(cwd, path);
    if (/^\/(dev\/stdin|dev\/fd\/0|proc\/(self|thread-self)\/fd\/0)$/.test(normal)) return true;
    return /^\/(dev\/(fd\/\d+|stdout|stderr)|proc\/(self|thread-self|\d+)(\/task\/\d+)?\/fd\/\d+)$/.test(normal)
        ? undefined
        : false;
}
/**
 * Terminal emulators: X clients that run a shell (or their -e program) in a window on the X server they connect to
 * (xterm(1) "-display display", "-e program"; X(7) "DISPLAY NAMES": `hostname:displaynumber`), the DISPLAY variable's
 * by default.
 */
export const X_TERMINALS =
    /^(xterm|uxterm|lxterm|koi8rxterm|rxvt|urxvt|rxvt-unicode|aterm|eterm|Eterm|mlterm|st|xfce4-terminal|gnome-terminal|mate-terminal|konsole|lxterminal|terminator|tilix|sakura|kitty|alacritty|x-terminal-emulator)$/;
/**
 * Whether `option` names X_TERMINALS' display (its value the next word, or glued with `=`): `-display`/`--display`
 * for every one, and the rxvt family's short `-d` too (urxvt(1) "-d displayname ... (-display still respected)";
 * rxvt(1), aterm(1) alike), so the display is read by one table.
 */
export const xDisplayOption = (program: string, option: string) =>
    /^--?display$/.test(option) ||
    (/^(rxvt|urxvt|urxvtc|rxvt-unicode|aterm)$/.test(program) && option === "-d") ||
    // X toolkit programs (xterm and its wrappers) read their options with Xlib's XrmParseCommand, which matches any
    // unique prefix (X Window System User's Guide, "Command Line Options": "all options can be shortened to the
    // shortest unique abbreviation. For example, -display can be shortened to -d if there is no other option beginning
    // with d"): every prefix of -display is read as it, an ambiguous one too (fail closed).
    (/^(xterm|uxterm|lxterm|koi8rxterm)$/.test(program) && /^-d/.test(option) && "-display".startsWith(option));
/**
 * A command's words as the program they run: a multi-call binary's applet is the program it is named after (busybox(1):
 * `busybox <applet> [arguments...]`; toybox(1) "toybox [command] [arguments...]"; Dropbear README, "dropbearmulti
 * dbclient ..."), read as that program everywhere.
 */
export function appletWords(words: readonly string[]): readonly string[] {
    return /^(busybox|toybox|dropbearmulti)$/.test(posix.basename(words[0] ?? "")) && words.length > 1
        ? appletWords(words.slice(1))
        : words;
}
/**
 * GNU env's split strings read as env reads them (coreutils env(1): "-S, --split-string=S process and split S into
 * separate arguments; used to pass multiple arguments on shebang lines"): each `-S S` (`-SS`, `--split-string=S`,
 * `--split-string S`) of an env wrapper replaced by S's words, split at blanks with quotes and backslashes as the shell
 * reads them (env's own escapes are a subset), so the command it runs is read as any other.
 */
export function envSplitStrings(words: readonly string[]): string[] {
    const out = [...words];
    for (let depth = 0; depth < 4; depth++) {
        const start = wrappersOf(out).start;
        const at = out.findIndex((w, i) => i < start && posix.basename(w) === "env");
        if (at < 0) return out;
        let changed = false;
        for (let j = at + 1; j < out.length && out[j].startsWith("-") && out[j] !== "--"; j++) {
            const glued = /^(?:-[iv0]*S|--split-string=)([\s\S]+)$/.exec(out[j]);
            const alone = /^(-[iv0]*S|--split-string)$/.test(out[j]);
            if (!glued && !alone) {
                if (/^(-[iv0]*[uC]|--(unset|chdir))$/.test(out[j])) j++;
                continue;
            }
            const value = glued ? glued[1] : (out[j + 1] ?? "");
            const split = simpleCommands(value).flatMap(c => c.words);
            out.splice(j, glued ? 1 : 2, ...split);
            changed = true;
            break;
        }
        if (!changed) return out;
    }
    return out;
}
/**
 * Commands that run the command in their operands (sudo, env, nohup, timeout, ...), with their short options that take
 * a value (`values`; `optional`: a value only attached, `-m/proc/1/ns/mnt`), their long options that take the next word
 * as a value when not given with `=` (`long`), how many operands come before the command (timeout's duration, flock's
 * lock file, chroot's root), and whether, given no command, they run a shell (`shell`: always, or with an option
 * matching it).
 */
interface Wrapper {
    values: string;
    /** Its fixed operands before the command; a function when their number depends on its words (setarch's arch). */
    operands: number | ((words: readonly string[]) => number);
    optional?: string;
    long?: readonly string[];
    /**
     * Its options that take no value (short letters, long names), listed from its manual: with them its whole option
     * set is known, and any other option (one a newer or other version may read with the next word as its value:
     * getopt_long(3) "--arg param") makes the command line unreadable (WrapperUse `unknown`), never guessed.
     */
    flags?: { short: string; long: readonly string[] };
    shell?: true | RegExp;
    /**
     * Whether the words after its options are the command it runs (default: always). A launcher whose command is an
     * option's value or one shell word is the program itself there, its command read by launchedCommand.
     */
    direct?: (use: WrapperUse, rest: readonly string[]) => boolean;
    /** A subcommand that starts a command (tmux new-session), with its own options; without it, the program itself. */
    subcommand?: { names: RegExp; wrapper: Wrapper };
    /** The command line it hands to a shell, from its own words (the program's first): su -c, tmux 'LINE'. */
    launches?: (words: readonly string[]) => LaunchedCommand | undefined;
    /** The user it runs its command as, when it switches (sudo's root by default); unset: the caller's. */
    user?: (use: WrapperUse) => string | undefined;
    /**
     * Whether it gives the user it switches to root's power back: a ROOT_GROUPS group or capabilities beyond binding
     * low ports (grantsRootCapabilities); that user is then root in effect (wrapperUser).
     */
    rootPower?: (use: WrapperUse) => boolean;
}

/** A command line a launcher hands to a shell, the user it runs as (unset: root) and its working directory. */
export interface LaunchedCommand {
    line: string;
    user?: string;
    /** Its working directory when the launcher sets one (`~` for the user's home). */
    cwd?: string;
}

/**
 * Round 86: the command `ip netns exec NAME cmd` or `ip vrf exec NAME cmd` runs (ip-netns(8), ip-vrf(8)), after ip's
 * global options (-n/-netns, -b/-batch, -rc/-rcvbuf, -l/-loops, -f/-family take a value); `-all` runs it in every
 * namespace, with no NAME. Objects and commands match by prefix, as ip reads them ("net" netns, "e" exec).
 */
function ipExecCommand(words: readonly string[]): LaunchedCommand | undefined {
    let i = 1;
    for (; i < words.length && words[i].startsWith("-"); i++)
        if (/^-(n|netns|b|batch|rc|rcvbuf|l|loops|f|family)$/.test(words[i])) i++;
    const [object = "", verb = ""] = words.slice(i, i + 2);
    const netns = object.length >= 3 && "netns".startsWith(object);
    if (!(netns || (object !== "" && "vrf".startsWith(object))) || verb === "" || !"exec".startsWith(verb))
        return undefined;
    const all = netns && words.slice(1, i).includes("-all");
    const command = words.slice(i + (all ? 2 : 3));
    return command.length === 0 ? undefined : { line: commandLine(command) };
}

/** Every value of the options named. */
const optionValues = (options: readonly [string, string][], ...names: string[]) =>
    options.filter(([k]) => names.includes(k)).map(([, v]) => v);

/** The last value of the options named. */
const optionValue = (options: readonly [string, string][], ...names: string[]) =>
    optionValues(options, ...names).at(-1);

/**
 * Groups whose members are root in effect: root's own, raw disks (disk), sudo's admin groups, and the container
 * runtimes' sockets (docker: "The docker group grants privileges equivalent to the root user", Docker docs, "Linux
 * post-installation steps"; lxd, libvirt likewise start privileged guests).
 */
export const ROOT_GROUPS = /^(root|0|disk|wheel|adm|sudo|docker|lxd|libvirt)$/;

/**
 * Whether granted capabilities are root's power: any but binding low ports (capabilities(7): CAP_NET_BIND_SERVICE
 * "Bind a socket to Internet domain privileged ports"; CAP_DAC_READ_SEARCH "Bypass file read permission checks").
 * Each is a unit's AmbientCapabilities= word (`~` inverts the list, so it grants the others) or setpriv's `+cap`.
 */
export const grantsRootCapabilities = (capabilities: readonly string[]) =>
    capabilities.some(c => c !== "" && !/^\+?(CAP_)?NET_BIND_SERVICE$/i.test(c));

/** Whether any of the groups (comma or space separated lists, `user:group` taken as its group) is a ROOT_GROUPS one. */
export const grantsRootGroup = (values: readonly (string | undefined)[]) =>
    values.some(v => (v ?? "").split(/[\s,]+/).some(g => ROOT_GROUPS.test(g.replace(/^[^:]*:/, ""))));

/** Words as one shell command line, each quoted. */
export const commandLine = (words: readonly string[]) => words.map(w => `'${w.replace(/'/g, "'\\''")}'`).join(" ");

/**
 * su(1) and runuser(1) without -u: options anywhere (GNU getopt permutes them), the first operand the user (root
 * when none), `-c`/`--command`/`--session-command` the command line its shell runs, the other operands the shell's
 * arguments; `-`, `-l`, `--login` start in the user's home.
 */
function suCommand(words: readonly string[]): LaunchedCommand | undefined {
    const valued = /^(-[sgGwu]|--(shell|group|supp-group|whitelist-environment|user))$/;
    let line: string | undefined;
    let login = false;
    const positional: string[] = [];
    const groups: string[] = [];
    // Round 86: su(1) "-s, --shell=SHELL: Run the specified shell instead of the default" (runuser(1) alike): the
    // program the line runs under, judged as any launched program (`su -s /var/tmp/sh root -c true` runs /var/tmp/sh).
    let shell: string | undefined;
    for (let i = 1; i < words.length; i++) {
        const w = words[i];
        const command = /^--(session-)?command=([\s\S]*)$/.exec(w);
        const group = /^--(group|supp-group)=(.*)$/.exec(w);
        if (w === "-c" || w === "--command" || w === "--session-command") line = words[++i];
        else if (command) line = command[2];
        else if (group) groups.push(group[2]);
        else if (/^(-[gG]|--group|--supp-group)$/.test(w)) groups.push(words[++i] ?? "");
        else if (/^-c./.test(w)) line = w.slice(2);
        else if (w === "-" || w === "-l" || w === "--login") login = true;
        else if (w === "-s" || w === "--shell") shell = words[++i];
        else if (/^--shell=|^-s./.test(w)) shell = w.replace(/^--shell=|^-s/, "");
        else if (valued.test(w)) i++;
        else if (!w.startsWith("-")) positional.push(w);
    }
    const [user = "root", ...args] = positional;
    const run = line !== undefined ? ["-c", line, ...args] : args;
    if (run.length === 0 && shell === undefined) return undefined;
    return {
        line:
            shell !== undefined
                ? commandLine([shell, ...run])
                : line !== undefined && args.length === 0
                  ? line
                  : commandLine(["sh", ...run]),
        // su(1) and runuser(1) "-g, --group=group: Specify the primary group", "-G, --supp-group=group": a root group
        // is root's power (ROOT_GROUPS).
        user: grantsRootGroup(groups) ? "root" : user,
        cwd: login ? "~" : undefined,
    };
}
/** The values systemd-run's -p/--property options give the unit's properties named (`-p KEY=VALUE`), in order. */
export const systemdRunProperties = (use: WrapperUse, ...keys: string[]) =>
    optionValues(use.options, "-p", "--property").flatMap(p => {
        const at = p.indexOf("=");
        return keys.includes(p.slice(0, at)) ? [p.slice(at + 1)] : [];
    });

/**
 * wait-for-it (vishnubob/wait-for-it README: "wait-for-it.sh host:port [-s] [-t timeout] [-- command args]", "-s |
 * --strict Only execute subcommand if the test succeeds"): it tests whether host:port accepts a TCP connection, then
 * runs the command after `--` (its own words are a client's: userDataReaders/listeners.ts KNOWN_CLIENTS).
 */
const WAIT_FOR_IT: Wrapper = {
    values: "hpt",
    operands: 0,
    direct: () => false,
    launches: words => {
        const at = words.indexOf("--");
        return at < 0 || at + 1 >= words.length ? undefined : { line: commandLine(words.slice(at + 1)) };
    },
};

/** Round 86: the program gdb starts (WRAPPERS gdb): the words after `--args` (or `-args`, gdb's single-dash form). */
function gdbCommand(words: readonly string[]): LaunchedCommand | undefined {
    const at = words.findIndex((w, i) => i > 0 && /^--?args$/.test(w));
    return at < 0 || at + 1 >= words.length ? undefined : { line: commandLine(words.slice(at + 1)) };
}

/** util-linux setarch(8)'s options (WRAPPERS setarch): all flags. */
const SETARCH: Wrapper = {
    values: "",
    operands: 0,
    flags: {
        short: "3BFILRSTXZvhV",
        long: [
            ...["3gb", "4gb", "32bit", "fdpic-funcptrs", "short-inode", "addr-compat-layout", "addr-no-randomize"],
            ...["whole-seconds", "sticky-timeouts", "read-implies-exec", "mmap-page-zero", "uname-2.6", "verbose"],
            ...["list", "show", "help", "version"],
        ],
    },
};

const WRAPPERS: Record<string, Wrapper> = {
    // sudo(8): -s/--shell and -i/--login without a command run a shell; -D/--chdir sets the working directory.
    // sudo(8) OPTIONS (sudo 1.9): -C num/--close-from, -D directory/--chdir, -g group, -h host/--host, -p prompt,
    // -R directory/--chroot, -r role, -T timeout/--command-timeout, -t type, -U user/--other-user, -u user take a
    // value; the others none.
    sudo: {
        values: "ugCDhprtUTR",
        operands: 0,
        long: [
            ...["user", "group", "chdir", "close-from", "host", "prompt", "role", "type", "other-user"],
            ...["command-timeout", "chroot"],
        ],
        flags: {
            short: "ABbEeHiKklNnPSsVv",
            long: [
                ...["askpass", "background", "bell", "preserve-env", "edit", "set-home", "help", "login"],
                ...["remove-timestamp", "reset-timestamp", "list", "no-update", "non-interactive", "preserve-groups"],
                ...["stdin", "shell", "version", "validate"],
            ],
        },
        shell: /^(-s|-i|--shell|--login)$/,
        // sudo(8) "-u user, --user=user: Run the command as a user other than the default target user (usually
        // root)"; `#uid` names a uid.
        user: use => optionValue(use.options, "-u", "--user") ?? "root",
        // sudo(8) "-g group, --group=group: Run the command with the primary group set to group".
        rootPower: use => grantsRootGroup(optionValues(use.options, "-g", "--group")),
    },
    // runuser(1) -u USER [--] COMMAND runs COMMAND ("run a command with substitute user and group ID"); without -u it
    // is su's form (suCommand).
    runuser: {
        values: "ugGws",
        operands: 0,
        long: ["user", "group", "supp-group", "whitelist-environment", "shell"],
        direct: use => use.options.some(([k]) => k === "-u" || k === "--user"),
        launches: suCommand,
        user: use => optionValue(use.options, "-u", "--user"),
        rootPower: use => grantsRootGroup(optionValues(use.options, "-g", "-G", "--group", "--supp-group")),
    },
    su: { values: "gGsw", operands: 0, direct: () => false, launches: suCommand },
    // setpriv(1): its options take a value (`--reuid=1000` or `--reuid 1000`); "--ruid, --euid, --reuid: Set the
    // real, effective, or both UIDs": only --reuid (or --ruid and --euid alike) leaves no uid 0 to return to.
    setpriv: {
        values: "",
        operands: 0,
        long: [
            ...["ruid", "euid", "reuid", "rgid", "egid", "regid", "groups", "securebits", "pdeathsig"],
            ...["inh-caps", "ambient-caps", "bounding-set", "selinux-label", "apparmor-profile"],
            ...["landlock-access", "landlock-rule", "seccomp-filter", "ptracer"],
        ],
        user: use => {
            const [real, effective] = [optionValue(use.options, "--ruid"), optionValue(use.options, "--euid")];
            return optionValue(use.options, "--reuid") ?? (real === effective ? real : undefined);
        },
        // setpriv(1) --inh-caps/--ambient-caps "(+|-)cap...": capabilities the new user keeps (`+all` every one);
        // --rgid/--egid/--regid and --groups its groups. It changes only the ids it is given: without --regid (or
        // --rgid with --egid alike) the gid stays root's 0, and without --clear-groups, --init-groups or --groups
        // ("--keep-groups: Preserve supplementary groups") root's supplementary groups stay: gid 0 opens what root's
        // group does (containerd's socket, 0660 root:root).
        rootPower: use => {
            const [real, effective] = [optionValue(use.options, "--rgid"), optionValue(use.options, "--egid")];
            const gid = optionValue(use.options, "--regid") ?? (real === effective ? real : undefined);
            const has = (...names: string[]) => use.options.some(([k]) => names.includes(k));
            const groupsReplaced = has("--clear-groups", "--init-groups", "--groups") && !has("--keep-groups");
            return (
                gid === undefined ||
                !groupsReplaced ||
                grantsRootGroup(optionValues(use.options, "--rgid", "--egid", "--regid", "--groups")) ||
                grantsRootCapabilities(
                    optionValues(use.options, "--inh-caps", "--ambient-caps")
                        .flatMap(v => v.split(","))
                        .filter(c => c.startsWith("+")),
                )
            );
        },
    },
    // capsh(1) (libcap): its options are `--name=value`, acted on in order; "-- [args]: Execute /bin/bash with trailing
    // arguments. Note, you can use -c 'command to execute'" (`-+` likewise, through cap_launch(3)), "== [args]:
    // Execute capsh again with the remaining arguments".
    capsh: {
        values: "",
        operands: 0,
        direct: () => false,
        launches: words => {
            const at = words.findIndex((w, i) => i > 0 && /^(--|-\+|==)$/.test(w));
            if (at < 0) return undefined;
            const { use } = parseUse("capsh", words.slice(1, at));
            const user = switchedUser(use);
            if (words[at] === "==") {
                const again = launchedCommand(["capsh", ...words.slice(at + 1)]);
                return again && { ...again, user: again.user ?? user };
            }
            const args = words.slice(at + 1);
            if (args.length === 0) return undefined;
            const line = args[0] === "-c" && args.length === 2 ? args[1] : commandLine(["bash", ...args]);
            return { line, user };
        },
        // capsh(1) "--user=username: Assume the identity of the named user", "--uid=id: Force all uid values to equal
        // id"; --gid and --groups alone change the group. Options act in order, so the last of them is the user (a
        // `--keep=1 --user=app --uid=0` returns to root with the kept CAP_SETUID).
        user: use => use.options.filter(([k]) => k === "--user" || k === "--uid").at(-1)?.[1],
        // --caps=cap-set (cap_from_text(3) "name[,name...]OP flags": `=ep` or `all=...` is every capability),
        // --inh=cap-list, --addamb=cap-list and --iab=text (cap_iab(3): `^` raises a capability in the inheritable
        // and ambient vectors, `%` in the inheritable one, `!` blocks it) keep capabilities the new user may use;
        // --uid without --gid (or --user, which sets the user's gid and groups) keeps root's gid 0, as setpriv's.
        // Before the user switch (--user, or --uid with --gid) --caps sets capsh's own capabilities, which it needs to
        // switch (capsh(1)'s ambient example: `--caps="cap_net_raw+eip cap_setpcap,cap_setuid,cap_setgid+ep"
        // --keep=1 --user=nobody --addamb=cap_net_raw`): once every uid is nonzero a non-root program's execve
        // gives it P'(permitted) = (P(inheritable) & F(inheritable)) | (F(permitted) & P(bounding)) | P'(ambient)
        // (capabilities(7), "Transformation of capabilities during execve()"; --keep=1 keeps the permitted set only
        // across the uid change, not across that execve), so only the inheritable flag of those clauses still counts
        // (a file with inheritable capabilities receives them). A --caps after the switch counts whole.
        rootPower: use => {
            const has = (name: string) => use.options.some(([k]) => k === name);
            const switchAt = use.options.findIndex(([k]) => k === "--user" || (k === "--uid" && has("--gid")));
            const granted = use.options.flatMap(([k, v], i) => {
                if (k === "--inh" || k === "--addamb") return v.split(",");
                if (k === "--iab")
                    return v.split(",").flatMap(c => (c.startsWith("!") ? [] : [c.replace(/^[%^]/, "")]));
                if (k !== "--caps") return [];
                const kept = switchAt >= 0 && i < switchAt ? /i/i : /[eip]/i;
                return v.split(/\s+/).flatMap(clause => {
                    const m = /^([^=+-]*)([=+].*)$/.exec(clause);
                    // The flags the clause raises (`=` and `+` operations; `-` lowers).
                    if (!m || !kept.test((m[2].match(/[=+][a-z]*/gi) ?? []).join(""))) return [];
                    return m[1] === "" || /^all$/i.test(m[1]) ? ["all"] : m[1].split(",");
                });
            });
            return (
                grantsRootCapabilities(granted) ||
                grantsRootGroup(optionValues(use.options, "--gid", "--groups")) ||
                (has("--uid") && !has("--user") && !has("--gid"))
            );
        },
    },
    // doas(1) "-u user: Execute the command as user. The default is root."
    doas: { values: "uC", operands: 0, user: use => optionValue(use.options, "-u") ?? "root" },
    // coreutils env(1): "-C, --chdir=DIR change working directory to DIR", -u/--unset NAME, -S/--split-string S.
    env: { values: "uSC", operands: 0, long: ["chdir", "unset", "split-string"] },
    nohup: { values: "", operands: 0, flags: { short: "", long: ["help", "version"] } },
    exec: { values: "a", operands: 0 },
    // util-linux setsid(1) "-c, --ctty", "-f, --fork", "-w, --wait".
    setsid: { values: "", operands: 0, flags: { short: "cfwhV", long: ["ctty", "fork", "wait", "help", "version"] } },
    command: { values: "", operands: 0 },
    builtin: { values: "", operands: 0 },
    // GNU time(1) "-f FORMAT, --format=FORMAT", "-o FILE, --output=FILE"; -a/--append, -p/--portability,
    // -q/--quiet, -v/--verbose take none (bash's `time -p` keyword likewise).
    time: {
        values: "fo",
        operands: 0,
        long: ["format", "output"],
        flags: { short: "apqvV", long: ["append", "portability", "quiet", "verbose", "help", "version"] },
    },
    // GNU nice(1) "-n, --adjustment=N" ("Mandatory arguments to long options are mandatory for short options too";
    // getopt_long(3): "--arg param" gives it as the next word); the obsolete `nice -5` is an adjustment too.
    nice: {
        values: "n",
        operands: 0,
        long: ["adjustment"],
        flags: { short: "0123456789", long: ["help", "version"] },
    },
    // util-linux ionice(1) "-c, --class class", "-n, --classdata level", "-p, --pid PID", "-P, --pgid PGID",
    // "-u, --uid UID"; "-t, --ignore" none.
    ionice: {
        values: "cnpPu",
        operands: 0,
        long: ["class", "classdata", "pid", "pgid", "uid"],
        flags: { short: "thV", long: ["ignore", "help", "version"] },
    },
    // GNU stdbuf(1) "-i, --input=MODE", "-o, --output=MODE", "-e, --error=MODE".
    stdbuf: {
        values: "ioe",
        operands: 0,
        long: ["input", "output", "error"],
        flags: { short: "", long: ["help", "version"] },
    },
    // GNU xargs(1): -a/--arg-file, -d/--delimiter, -n/--max-args, -P/--max-procs, -s/--max-chars and
    // --process-slot-var take a value (-E, -I, -L too; -e, -i, -l only attached).
    xargs: {
        values: "aEeIiLlnPsd",
        operands: 0,
        long: ["arg-file", "delimiter", "max-args", "max-procs", "max-chars", "process-slot-var"],
    },
    // GNU parallel runs its command on the items of its input as xargs does (rootReads.ts xargsWords; parallel(1):
    // "parallel [options] [command [arguments]] < list_of_arguments"); with no command each input line is a command
    // line, so it is then the program itself. Its options taking a value (-a -C -d -E -I -j -L -n -N -P -S -s -W; -e,
    // -i, -l only attached).
    parallel: {
        values: "aCdEIjLnNPSsW",
        optional: "eil",
        operands: 0,
        long: [
            "arg-file",
            "arg-file-sep",
            "arg-sep",
            "basefile",
            "bf",
            "block",
            "block-size",
            "colsep",
            "delay",
            "delimiter",
            "env",
            "halt",
            "joblog",
            "jobs",
            "load",
            "max-args",
            "max-chars",
            "max-lines",
            "memfree",
            "nice",
            "results",
            "res",
            "retries",
            "return",
            "ssh",
            "sshlogin",
            "sshloginfile",
            "slf",
            "tagstring",
            "termseq",
            "timeout",
            "tmpdir",
            "transferfile",
            "tf",
            "workdir",
            "wd",
        ],
        // Its command's words are joined into a line a shell runs ("--quote -q Quote command"): read as words only when
        // none holds what that shell would read otherwise; else parallel is the program itself.
        direct: (use, rest) => {
            const end = rest.findIndex(w => /^::::?\+?$/.test(w));
            const command = end < 0 ? rest : rest.slice(0, end);
            return command.length > 0 && command.every(w => !/[\s;&|<>()$`'"\\*?[~]/.test(w));
        },
    },
    // GNU timeout(1) "-k, --kill-after=DURATION", "-s, --signal=SIGNAL"; -f/--foreground, -p/--preserve-status,
    // -v/--verbose none.
    timeout: {
        values: "sk",
        operands: 1,
        long: ["signal", "kill-after"],
        flags: { short: "fpv", long: ["foreground", "preserve-status", "verbose", "help", "version"] },
    },
    // bash(1) "Coprocesses": `coproc command` (NAME only before a compound command) runs it in the background.
    coproc: { values: "", operands: 0 },
    // strace(1) [-o file] [-e expr] [-p pid] [-s strsize] [-u user] ... command [args]: it starts the command.
    strace: {
        values: "abeEIoOpPsSuUX",
        operands: 0,
        long: ["output", "trace", "user", "env", "attach", "string-limit"],
        // strace(1) "-u username: Run command with the user ID, group ID, and supplementary groups of username".
        user: use => optionValue(use.options, "-u", "--user"),
    },
    // util-linux prlimit(1) "prlimit [options] [--resource=limits] command [argument...]": resource options take an
    // optional attached value, -p/--pid and -o/--output a value.
    prlimit: { values: "op", optional: "cdefilmnqrstuvxy", operands: 0, long: ["pid", "output"] },
    // systemd-cat(1): "If parameters are passed, they are executed as command line with standard output (stdout)
    // and standard error output (stderr) connected to the journal".
    "systemd-cat": { values: "tp", operands: 0, long: ["identifier", "priority", "stderr-priority", "namespace"] },
    // GNU screen [-opts] [cmd [args]]: -d -m starts the command in a detached session (screen(1)). What its client
    // reaches (a new window's shell) is userDataReaders/listeners.ts shellOnRequest's.
    screen: { values: "cehpSTst", operands: 0 },
    // daemonize(1) [-a] [-c directory] [-e stderr] [-o stdout] [-p pidfile] [-l lockfile] [-u user] [-v] path [arg]:
    // the program runs in `/` unless -c says otherwise (wrappedDirectory).
    // daemonize(1) "-u user: Run the program as the specified user".
    daemonize: { values: "ceElopu", operands: 0, user: use => optionValue(use.options, "-u") },
    // start-stop-daemon(8) --start: "it starts an instance, using either the executable specified by --exec or, if
    // specified, by --startas. Any arguments given after -- on the command line are passed unmodified to the program",
    // in --chdir's directory ("When not specified, start-stop-daemon will chdir to the root directory").
    "start-stop-daemon": {
        values: "xadcunpsRgNPIkrO",
        operands: 0,
        direct: () => false,
        launches: words => {
            const { use, rest } = parseUse("start-stop-daemon", words.slice(1));
            const value = (...names: string[]) => optionValue(use.options, ...names);
            const program = value("-a", "--startas") ?? value("-x", "--exec");
            if (program === undefined || !use.options.some(([k]) => k === "-S" || k === "--start")) return undefined;
            return {
                line: commandLine([program, ...rest]),
                user: switchedUser(use),
                cwd: value("-d", "--chdir") ?? "/",
            };
        },
        // start-stop-daemon(8) "-c, --chuid username|uid[:group|gid]: Change to this username/uid before starting the
        // process"; -u/--user only matches running processes ("Check for processes owned by the user").
        user: use => optionValue(use.options, "-c", "--chuid")?.split(":")[0],
        // --chuid user:group, -g/--group "Change to group or gid when starting the process".
        rootPower: use =>
            grantsRootGroup(optionValues(use.options, "-c", "--chuid").filter(v => v.includes(":"))) ||
            grantsRootGroup(optionValues(use.options, "-g", "--group")),
        long: [
            ...["exec", "startas", "chdir", "chuid", "user", "name", "pidfile", "signal", "retry", "group"],
            ...["nicelevel", "procsched", "iosched", "umask", "chroot", "output", "ppid", "notify-timeout", "pid"],
        ],
    },
    // tmux(1) new-session/new-window/split-window/respawn-pane start "shell-command", a single argument passed to the
    // shell or several executed directly, in -c's start directory; -d leaves the session detached.
    tmux: {
        values: "LSfTc",
        operands: 0,
        subcommand: {
            names: /^(new-session|new|new-window|neww|split-window|splitw|respawn-pane|respawnp|respawn-window|respawnw)$/,
            wrapper: { values: "cefFnstxyl", operands: 0 },
        },
        direct: (_, rest) => rest.length > 1,
        launches: words => {
            const { use, rest, subOptions } = parseUse("tmux", words.slice(1));
            // tmux -c shell-command: "Execute shell-command using the default shell".
            const global = use.options.slice(0, use.options.length - subOptions.length);
            const line =
                optionValue(global, "-c") ?? (use.operands.length === 1 && rest.length === 1 ? rest[0] : undefined);
            return line === undefined ? undefined : { line, cwd: optionValue(subOptions, "-c") };
        },
    },
    // flock(1) FILE COMMAND, or FILE -c COMMAND-LINE (run by the shell): the lock FILE is opened and locked, never
    // run. Round 80: util-linux 2.42 flock(1) "-w, --wait, --timeout seconds", "-E, --conflict-exit-code number",
    // "-c, --command command", "--start offset" and "--length number" (with --fcntl) take a value; -s/--shared,
    // -e/-x/--exclusive, -u/--unlock, -n/--nb/--nonblock, -o/--close, -F/--no-fork, --fcntl, --verbose none.
    flock: {
        values: "wEc",
        operands: 1,
        long: ["timeout", "wait", "conflict-exit-code", "command", "start", "length"],
        flags: {
            short: "sxeunoFhV",
            long: [
                ...["shared", "exclusive", "unlock", "nb", "nonblock", "close", "no-fork", "fcntl", "verbose"],
                ...["help", "version"],
            ],
        },
        direct: use => optionValue(use.options, "-c", "--command") === undefined,
        launches: words => {
            const line = optionValue(parseUse("flock", words.slice(1)).use.options, "-c", "--command");
            return line === undefined ? undefined : { line };
        },
    },
    // Round 80: numactl(8) "numactl [ options ] [--] command {arguments ...}" runs the command with a NUMA policy;
    // numactl.c's getopt_long options taking a value: -i/--interleave, -w/--weighted-interleave, -p/--preferred,
    // -P/--preferred-many, -c/--cpubind, -N/--cpunodebind, -C/--physcpubind, -m/--membind, -S/--shm, -f/--file,
    // -o/--offset, -L/--length, -M/--shmmode, -I/--shmid; -a/--all, -b/--balancing, -s/--show, -l/--localalloc,
    // -H/--hardware, -t/--strict, -d/--dump, -D/--dump-nodes, -u/--huge, -T/--touch, -V none.
    numactl: {
        values: "iwpPcNCmSfoLMI",
        operands: 0,
        long: [
            ...["interleave", "weighted-interleave", "preferred", "preferred-many", "cpubind", "cpunodebind"],
            ...["physcpubind", "membind", "shm", "file", "offset", "length", "shmmode", "shmid"],
        ],
        flags: {
            short: "abslHtdDuTV",
            long: [
                ...["all", "balancing", "show", "localalloc", "hardware", "strict", "dump", "dump-nodes", "huge"],
                ...["touch", "verify", "cpu-compress", "version"],
            ],
        },
    },
    // Round 80: libcgroup cgexec(1) "cgexec [-h] [-b] [-g <controllers>:<path>] [--sticky] command [arguments]".
    cgexec: { values: "g", operands: 0, flags: { short: "bhr", long: ["sticky", "help"] } },
    // Round 80: util-linux setarch(8) "setarch [arch] [options] [program [argument...]]" (arch optional since 2.33:
    // a first word starting with `-` is an option), and its arch-named links (linux32, linux64, i386, x86_64) with no
    // arch; -3/--3gb, --4gb, -B/--32bit, -F/--fdpic-funcptrs, -I/--short-inode, -L/--addr-compat-layout,
    // -R/--addr-no-randomize, -S/--whole-seconds, -T/--sticky-timeouts, -X/--read-implies-exec, -Z/--mmap-page-zero,
    // --uname-2.6, -v/--verbose, --list, --show take no value.
    setarch: { ...SETARCH, operands: words => (words[0] === undefined || words[0].startsWith("-") ? 0 : 1) },
    linux32: SETARCH,
    linux64: SETARCH,
    i386: SETARCH,
    x86_64: SETARCH,
    // sshpass(1) "sshpass [-f filename|-d num|-p password|-e] [options] command arguments": it runs the command (ssh)
    // with the password fed to its prompt (-P the prompt to look for).
    sshpass: { values: "fdpP", operands: 0 },
    "wait-for-it.sh": WAIT_FOR_IT,
    "wait-for-it": WAIT_FOR_IT,
    // util-linux chrt(1) "-T, --sched-runtime nanoseconds", "-P, --sched-period nanoseconds", "-D, --sched-deadline
    // nanoseconds"; the policies (-b -d -f -i -o -r), -R/--reset-on-fork, -a/--all-tasks, -m/--max, -p/--pid,
    // -v/--verbose none. The priority is its operand.
    chrt: {
        values: "TPD",
        operands: 1,
        long: ["sched-runtime", "sched-period", "sched-deadline"],
        flags: {
            short: "bdfiorRampvhV",
            long: [
                ...["batch", "deadline", "fifo", "idle", "other", "rr", "reset-on-fork", "all-tasks", "max", "pid"],
                ...["verbose", "help", "version"],
            ],
        },
    },
    // util-linux taskset(1) "-a, --all-tasks", "-c, --cpu-list" (the mask operand read as a list), "-p, --pid".
    taskset: {
        values: "",
        operands: 1,
        flags: { short: "acphV", long: ["all-tasks", "cpu-list", "pid", "help", "version"] },
    },
    // cloud-init-per FREQUENCY NAME CMD... (cloud-init-per(1)).
    "cloud-init-per": { values: "", operands: 2 },
    // Round 86: gdb(1) "--args: Change interpretation of command line so that arguments following the executable file
    // are passed as command line arguments to the inferior", run by `-ex run` (or at the user's `run`): the words
    // after --args are the program gdb starts.
    gdb: { values: "", operands: 0, direct: () => false, launches: gdbCommand },
    // Round 86: valgrind(1) "valgrind [valgrind-options] [your-program] [your-program-options]": its options are all
    // `--name=value` or flags (-h, -q, -v, -d), none takes the next word; the program runs under its core.
    valgrind: { values: "", operands: 0 },
    // Round 86: dbus-run-session(1) "dbus-run-session [--config-file FILENAME] [--dbus-daemon BINARY] [--] PROGRAM
    // [ARGUMENTS]": "run PROGRAM ... in a new D-Bus session".
    "dbus-run-session": {
        values: "",
        operands: 0,
        long: ["config-file", "dbus-daemon"],
        flags: { short: "", long: ["help", "version"] },
    },
    // Round 86: launchers whose command is their trailing words, judged as if run directly. ssh-agent(1) "ssh-agent
    // [-a bind_address] [-E fingerprint_hash] [-O option] [-P allowed_providers] [-t life] command [arg ...]: If a
    // command line is given, this is executed as a subprocess of the agent"; -c, -s, -D, -d, -k, -x take no value.
    "ssh-agent": { values: "aEOPt", operands: 0, flags: { short: "csDdkx", long: [] } },
    // systemd-inhibit(1) "systemd-inhibit [OPTIONS...] [COMMAND] [ARGUMENTS...]": --what=, --who=, --why=, --mode=
    // take a value; --list, --no-pager, --no-legend none.
    "systemd-inhibit": {
        values: "",
        operands: 0,
        long: ["what", "who", "why", "mode"],
        flags: { short: "h", long: ["list", "no-pager", "no-legend", "help", "version"] },
    },
    // ltrace(1) "ltrace [option ...] [command [arg ...]]": -a/--align, -A, -D/--debug, -e, -F/--config, -l/--library,
    // -n/--indent, -o/--output, -p, -s, -u, -w/--where, -x take a value; "-u username: Run command with the userid,
    // groupid and supplementary groups of username".
    ltrace: {
        values: "aADeFlnopsuwx",
        operands: 0,
        long: ["align", "debug", "config", "library", "indent", "output", "where"],
        user: use => optionValue(use.options, "-u"),
    },
    // perf-stat(1) "perf stat [-e <EVENT> | --event=EVENT] [-a] <command>: This command runs a command and gathers
    // performance counter statistics from it" ("<command>...: Any command you can specify in a shell"); perf-record(1)
    // and perf-trace(1) run theirs alike. Their options taking a value (-e, -p, -t, -C, -G, -o, -r, -x, -I, -M, -D, -c,
    // -F, -m, -u and their long names).
    perf: {
        values: "",
        operands: 0,
        subcommand: {
            names: /^(stat|record|trace)$/,
            wrapper: {
                values: "eptCGorxIMDcFmu",
                operands: 0,
                long: [
                    ...["event", "pid", "tid", "cpu", "cgroup", "output", "repeat", "field-separator"],
                    ...["interval-print", "metrics", "delay", "count", "freq", "mmap-pages", "uid", "call-graph"],
                    ...["log-fd", "filter", "duration", "expr", "max-stack", "pre", "post"],
                ],
            },
        },
    },
    // Round 86: launchers whose command is one shell line. util-linux script(1) "-c, --command command: Run the
    // command rather than an interactive shell" (run by $SHELL -c); -E/--echo, -I/--log-in, -O/--log-out,
    // -B/--log-io, -T/--log-timing, -m/--logging-format, -o/--output-limit take a value.
    script: {
        values: "cEIOBTmo",
        optional: "t",
        operands: 0,
        long: ["command", "echo", "log-in", "log-out", "log-io", "log-timing", "logging-format", "output-limit"],
        direct: () => false,
        launches: words => {
            const line = optionValue(parseUse("script", words.slice(1)).use.options, "-c", "--command");
            return line === undefined ? undefined : { line };
        },
    },
    // procps watch(1) "watch [options] command": "command is given to sh -c" (its words joined by spaces), or with
    // -x/--exec "passed to exec(2)"; -n/--interval and -q/--equexit take a value, -d/--differences an optional one.
    watch: {
        values: "nq",
        optional: "d",
        operands: 0,
        long: ["interval", "equexit"],
        direct: () => false,
        launches: words => {
            const { use, rest } = parseUse("watch", words.slice(1));
            if (rest.length === 0) return undefined;
            const exec = use.options.some(([k]) => k === "-x" || k === "--exec");
            return { line: exec ? commandLine(rest) : rest.join(" ") };
        },
    },
    // shadow sg(1) "sg [-] group [[-c] command]": "The command will be executed with the /bin/sh shell" (-c "the
    // default; for backward compatibility"), as the caller with that group.
    sg: {
        values: "",
        operands: 0,
        direct: () => false,
        launches: words => {
            const rest = words.slice(1);
            while (rest[0] === "-" || rest[0] === "-l") rest.shift();
            const command = rest.slice(rest[1] === "-c" ? 2 : 1);
            return command.length === 0 ? undefined : { line: command.join(" ") };
        },
    },
    // iproute2 ip-netns(8) "ip [-all] netns exec [ NAME ] cmd ...: Run cmd in the named network namespace" and
    // ip-vrf(8) "ip vrf exec NAME cmd": ip matches an object or command by its prefix (`ip net e NS cmd`).
    ip: { values: "", operands: 0, direct: () => false, launches: ipExecCommand },
    // systemd-run(1): "create and start a transient .service or .scope unit and run the specified COMMAND in it";
    // -S/--shell runs $SHELL.
    "systemd-run": {
        values: "upEHMC",
        operands: 0,
        long: [
            ...["unit", "property", "description", "slice", "expand-environment", "service-type", "uid", "gid"],
            ...["nice", "working-directory", "setenv", "on-active", "on-boot", "on-startup", "on-unit-active"],
            ...["on-unit-inactive", "on-calendar", "path-property", "socket-property", "timer-property"],
            ...["background", "json", "host", "machine", "capsule"],
        ],
        shell: /^(-S|--shell)$/,
        // systemd-run(1) --uid=USER, -p User= (systemd.exec(5) "User=, Group=: Set the UNIX user or group that the
        // processes are executed as"), -p DynamicUser=yes ("a UNIX user and group pair is allocated dynamically
        // when the unit is started", from 61184-65519: never root).
        user: use => {
            const user = systemdRunProperties(use, "User").at(-1) ?? optionValue(use.options, "--uid");
            const dynamic = /^(yes|true|on|1)$/i.test(systemdRunProperties(use, "DynamicUser").at(-1) ?? "");
            return user || (dynamic ? "DynamicUser" : undefined);
        },
        // systemd.exec(5) AmbientCapabilities= ("run as unprivileged user but still with some capabilities"; the
        // bounding set only takes away), Group=, SupplementaryGroups=, and systemd-run(1) --gid: read as a unit's
        // (rootReads.ts unit).
        rootPower: use =>
            grantsRootCapabilities(systemdRunProperties(use, "AmbientCapabilities").flatMap(v => v.split(/\s+/))) ||
            grantsRootGroup([
                ...systemdRunProperties(use, "Group", "SupplementaryGroups"),
                ...optionValues(use.options, "--gid"),
            ]),
    },
    // nsenter(1), unshare(1), chroot(1): "If program is not given, then "${SHELL}" is run" (chroot: `"$SHELL" -i`).
    nsenter: { values: "tSG", optional: "muinpUCTrw", operands: 0, long: ["target", "setuid", "setgid"], shell: true },
    unshare: {
        values: "SGRw",
        optional: "muinpUCT",
        operands: 0,
        long: [
            ...["setuid", "setgid", "root", "wd", "map-user", "map-group", "map-users", "map-groups"],
            ...["propagation", "setgroups", "monotonic", "boottime", "load-interp"],
        ],
        shell: true,
    },
    // coreutils chroot(1) "--userspec=USER:GROUP: specify user and group (ID or name) to use".
    chroot: {
        values: "",
        operands: 1,
        long: ["userspec", "groups"],
        shell: true,
        user: use => optionValue(use.options, "--userspec")?.split(":")[0] || undefined,
        // "--groups=G_LIST: specify supplementary groups as g1,g2,..,gN".
        rootPower: use =>
            grantsRootGroup(optionValues(use.options, "--userspec").filter(v => v.includes(":"))) ||
            grantsRootGroup(optionValues(use.options, "--groups")),
    },
    // A brace group `{ cmd; }` runs its commands in the current shell (bash(1), "Compound Commands").
    "{": { values: "", operands: 0 },
    then: { values: "", operands: 0 },
    do: { values: "", operands: 0 },
    else: { values: "", operands: 0 },
    if: { values: "", operands: 0 },
    elif: { values: "", operands: 0 },
    while: { values: "", operands: 0 },
    until: { values: "", operands: 0 },
    "!": { values: "", operands: 0 },
};

/**
 * A variable assignment word (`VAR=value`); a CamelCase key is a unit or INI setting's (`Description=Grow /data`),
 * unless it holds `__`, a configuration key's path in an environment variable's name (ASP.NET Core's
 * `Kestrel__Endpoints__Http__Url`: MS Learn "Configuration in ASP.NET Core", "__ ... replaced by a colon").
 */
export const isAssignment = (w: string) => {
    const name = w.split("=")[0];
    // `name[subscript]=value` assigns an array element (bash(1), "Arrays"); the subscript may hold brackets of its
    // own (`a[${#a[@]}]=x`, the append idiom).
    return (
        /^[A-Za-z_][A-Za-z0-9_]*(\[(?:[^[\]=]|\[[^[\]=]*\])*\])?\+?=/.test(w) &&
        (name.includes("__") || !/^[A-Z][a-z]|[a-z][A-Z]/.test(name))
    );
};

/** A wrapper in front of a command: its name, its options as `[name, value]` and the operands it takes. */
export interface WrapperUse {
    name: string;
    options: [string, string][];
    operands: string[];
    /** The first option it was given that its manual does not list (Wrapper `flags`): the words after it unreadable. */
    unknown?: string;
}

/**
 * The long option a word names: getopt_long(3) "Long option names may be abbreviated if the abbreviation is unique or
 * is an exact match for some defined option", so `--sig` is `--signal`; undefined when none or several match.
 */
function longOptionName(given: string, names: readonly string[]): string | undefined {
    if (names.includes(given)) return given;
    const matches = names.filter(n => n.startsWith(given));
    return matches.length === 1 ? matches[0] : undefined;
}

/**
 * A wrapper's options and operands from the words after its name: short options cluster (`-iu root`), a value letter
 * taking the rest of the word or the next one; long options take the next word when listed in `long`; `--` ends the
 * options; then its fixed operands (env's assignments pass). `rest` is what follows: the command it runs. A wrapper
 * with a `subcommand` (tmux new-session) takes it as its operand, then the subcommand's own options.
 */
function parseUse(
    name: string,
    words: readonly string[],
): { use: WrapperUse; rest: string[]; subOptions: [string, string][] } {
    const parse = (
        wrapper: Wrapper,
        from: number,
        options: [string, string][],
        operands: string[],
        use?: WrapperUse,
    ) => {
        const flags = wrapper.flags;
        const unknown = (option: string) => {
            if (use && use.unknown === undefined) use.unknown = option;
        };
        let j = from;
        let left = typeof wrapper.operands === "number" ? wrapper.operands : wrapper.operands(words.slice(from));
        let ended = false;
        for (; j < words.length; j++) {
            const w = words[j];
            if (w === "--" && !ended) {
                ended = true;
                continue;
            }
            const long = ended ? null : /^--([^=]+)(?:=([\s\S]*))?$/.exec(w);
            if (long) {
                // A wrapper whose options are all listed (`flags`) reads abbreviations as getopt_long(3) does.
                const valued = flags ? longOptionName(long[1], [...(wrapper.long ?? []), ...flags.long]) : long[1];
                if (flags && valued === undefined) unknown(w);
                const name = valued ?? long[1];
                const value = long[2] ?? (wrapper.long?.includes(name) ? (words[++j] ?? "") : "");
                options.push([`--${name}`, value]);
                continue;
            }
            if (!ended && w.startsWith("-") && w.length > 1) {
                for (let k = 1; k < w.length; k++) {
                    const attached = k + 1 < w.length ? w.slice(k + 1) : undefined;
                    if (wrapper.values.includes(w[k]) || (wrapper.optional ?? "").includes(w[k])) {
                        const value = attached ?? (wrapper.values.includes(w[k]) ? (words[++j] ?? "") : "");
                        options.push([`-${w[k]}`, value]);
                        break;
                    }
                    if (flags && !flags.short.includes(w[k])) unknown(w);
                    options.push([`-${w[k]}`, ""]);
                }
                continue;
            }
            if (name === "env" && isAssignment(w)) continue;
            if (left-- > 0) {
                operands.push(w);
                continue;
            }
            break;
        }
        return j;
    };
    const wrapper = WRAPPERS[name];
    const use: WrapperUse = { name, options: [], operands: [] };
    let end = parse(wrapper, 0, use.options, use.operands, use);
    const subOptions: [string, string][] = [];
    if (wrapper.subcommand?.names.test(words[end] ?? "")) {
        use.operands.push(words[end]);
        end = parse(wrapper.subcommand.wrapper, end + 1, subOptions, []);
        use.options.push(...subOptions);
    }
    return { use, rest: words.slice(end), subOptions };
}

/**
 * A simple command's wrappers (sudo, env, timeout, if, then ...), after variable assignments, and where the command
 * proper starts: the index of the program word, or words.length when there is none. A launcher whose command is not
 * its next words (WRAPPERS `direct`: su -c, tmux 'LINE', start-stop-daemon --exec) is the program itself.
 */
export function wrappersOf(words: readonly string[]): { start: number; wrappers: WrapperUse[] } {
    const wrappers: WrapperUse[] = [];
    let i = 0;
    for (let depth = 0; ; depth++) {
        while (i < words.length && isAssignment(words[i])) i++;
        // A multi-call binary's applet is that program (appletWords): `busybox xargs`, `busybox env` are wrappers too.
        const applet = appletWords(words.slice(i));
        if (applet.length < words.length - i && Object.hasOwn(WRAPPERS, posix.basename(applet[0])))
            i = words.length - applet.length;
        const program = words[i];
        if (program === undefined || depth > 4) return { start: words.length, wrappers };
        const name = Object.hasOwn(WRAPPERS, program) ? program : posix.basename(program);
        if (!Object.hasOwn(WRAPPERS, name)) return { start: i, wrappers };
        const wrapper = WRAPPERS[name];
        const { use, rest } = parseUse(name, words.slice(i + 1));
        if (wrapper.subcommand && use.operands.length === 0) return { start: i, wrappers };
        if (wrapper.direct && !wrapper.direct(use, rest)) return { start: i, wrappers };
        wrappers.push(use);
        i = words.length - rest.length;
    }
}

/**
 * The first option a simple command's wrappers were given that their manuals do not list (WrapperUse `unknown`), with
 * the wrapper's name: whether it takes the next word as its value decides which word is the program, so the command
 * line is unreadable (fail closed), never guessed.
 */
export function unknownWrapperOption(words: readonly string[]): string | undefined {
    const use = wrappersOf(words).wrappers.find(u => u.unknown !== undefined);
    return use && `${use.name} ${use.unknown}`;
}

/**
 * The command line a launcher hands to a shell (WRAPPERS `launches`), `words` starting at the launcher: judged as a
 * script of its own, as that user, in that directory.
 */
export function launchedCommand(words: readonly string[]): LaunchedCommand | undefined {
    const name = posix.basename(words[0] ?? "");
    return Object.hasOwn(WRAPPERS, name) ? WRAPPERS[name].launches?.(words) : undefined;
}

/**
 * The user a simple command's wrappers run its program as (WRAPPERS `user`: the innermost that switches, `runuser -u
 * nobody -- sudo X` is root's), undefined when none switches (the script's own user). A user given root's power back
 * (WRAPPERS `rootPower`: `systemd-run -p User=nobody -p AmbientCapabilities=CAP_DAC_READ_SEARCH`, `sudo -u nobody -g
 * disk`) is root.
 */
export function wrapperUser(words: readonly string[]): string | undefined {
    return wrappersOf(words)
        .wrappers.map(switchedUser)
        .filter((u): u is string => u !== undefined)
        .at(-1);
}

/** The user one wrapper switches to (WRAPPERS `user`), root when it gives that user root's power back (`rootPower`). */
function switchedUser(use: WrapperUse): string | undefined {
    const user = WRAPPERS[use.name].user?.(use);
    return user !== undefined && WRAPPERS[use.name].rootPower?.(use) ? "root" : user;
}

/** Where the command proper starts in a simple command's words (wrappersOf). */
export const programIndex = (words: readonly string[]) => wrappersOf(words).start;

/**
 * Whether a simple command's wrappers run a shell of their own, with no command after them: `nsenter -t 1 -a`,
 * `chroot /`, `unshare -m`, `sudo -s`, `systemd-run -S` (WRAPPERS `shell`).
 */
export function wrapperShell(words: readonly string[]): boolean {
    const { start, wrappers } = wrappersOf(words);
    const last = wrappers.at(-1);
    const shell = last && WRAPPERS[last.name].shell;
    return (
        start >= words.length && shell !== undefined && (shell === true || last!.options.some(([k]) => shell.test(k)))
    );
}

/**
 * The working directory the program after a simple command's wrappers starts in, from the command's own `cwd`
 * (undefined: unknown); a value with a variable the caller did not expand is unknown.
 * - env -C/--chdir DIR, sudo -D/--chdir DIR (env(1), sudo(8)): DIR, from `cwd`.
 * - systemd-run (not --scope, which "will inherit the execution environment of the caller", systemd-run(1)): a new
 *   service, whose working directory "defaults to the root directory when systemd is running as a system instance"
 *   (systemd.exec(5) WorkingDirectory=; `~` is the user's home, root's /root), or the caller's with -d/--same-dir
 *   or -S/--shell, or --working-directory=DIR, or -p WorkingDirectory=DIR.
 * - daemonize (default `/`, -c DIR), tmux new-session -c DIR.
 * - nsenter -w[DIR]/--wd[=DIR] and -r[DIR]/--root[=DIR] (nsenter(1); bare, the target's: PID 1's is /), unshare
 *   -R/--root DIR with -w/--wd DIR (unshare(1)), chroot NEWROOT (coreutils chroot(1) changes to / in the new root):
 *   the directory on the node, the new root's / being NEWROOT.
 */
export function wrappedDirectory(words: readonly string[], cwd: string | undefined): string | undefined {
    const at = (from: string | undefined, dir: string) =>
        /\$/.test(dir) ? undefined : dir.startsWith("/") ? posix.resolve(dir) : from && posix.resolve(from, dir);
    let dir = cwd;
    for (const { name, options, operands } of wrappersOf(words).wrappers) {
        const values = (...names: string[]) => options.filter(([k]) => names.includes(k)).map(([, v]) => v);
        if (name === "env" || name === "sudo") {
            for (const v of values("-C", "--chdir", "-D")) dir = at(dir, v);
        } else if (name === "systemd-run" && !values("--scope").length) {
            const home = values("--user").length ? "/root" : "/";
            let service: string | undefined = home;
            for (const [k, v] of options) {
                if (/^(-d|--same-dir|-S|--shell)$/.test(k)) service = dir;
                if (k === "--working-directory") service = at(dir, v);
                const property = /^WorkingDirectory=-?(.*)$/.exec(v);
                if ((k === "-p" || k === "--property") && property)
                    service = property[1] === "~" ? "/root" : at("/", property[1]);
            }
            dir = service;
        } else if (name === "nsenter") {
            const target = values("-t", "--target").at(-1);
            const targets = (v: string) => (v === "" ? (target === "1" ? "/" : undefined) : at("/", v));
            const root = values("-r", "--root").at(-1);
            const wd = values("-w", "--wd").at(-1);
            const rootDir = root === undefined ? "/" : targets(root);
            if (wd !== undefined) dir = rootDir && targets(wd) && posix.join(rootDir, targets(wd)!);
            else if (root !== undefined) dir = rootDir;
        } else if (name === "unshare") {
            const root = values("-R", "--root").at(-1);
            const wd = values("-w", "--wd").at(-1);
            if (root !== undefined) dir = at(dir, root) && posix.join(at(dir, root)!, wd ?? "/");
            else if (wd !== undefined) dir = at(dir, wd);
        } else if (name === "chroot" && operands[0] !== undefined) dir = at(dir, operands[0]);
        // daemonize(1) changes to `/` ("Change its working directory to the root filesystem") unless -c says otherwise;
        // tmux's -c is the start directory of the command it launches.
        else if (name === "daemonize") dir = at(dir, values("-c").at(-1) ?? "/");
        else if (name === "tmux" && values("-c").length > 0) dir = at(dir, values("-c").at(-1)!);
    }
    return dir;
}

/**
 * The programs a simple command executes: its first word (after variable assignments and wrappers such as sudo, env,
 * timeout), and the script an interpreter runs (`bash /x.sh`, `. /x`) or the command line a shell's `-c` runs. Only the
 * program is judged, not its arguments: `/usr/bin/find /data/tmp -delete` runs find.
 */
export function executedPrograms(words: readonly string[], depth = 0): string[] {
    let i = 0;
    while (i < words.length && isAssignment(words[i])) i++;
    const program = words[i];
    if (program === undefined || depth > 4) return [];
    const start = programIndex(words);
    if (start > i) return [program, ...executedPrograms(words.slice(start), depth + 1)];
    const name = posix.basename(program);
    if (INTERPRETERS.test(name)) {
        for (let j = i + 1; j < words.length; j++) {
            const w = words[j];
            if (w === "-c" && SHELLS.test(name))
                return [
                    program,
                    ...simpleCommands(words[j + 1] ?? "").flatMap(c => executedPrograms(c.words, depth + 1)),
                ];
            if (w === "-c" || w === "-e" || w === "-m") return [program];
            if (w.startsWith("-")) continue;
            return [program, w];
        }
    }
    return [program];
}

/** A regular expression from a pattern built of script text, or undefined where it is not one. */
export function safeRegExp(pattern: string, flags?: string): RegExp | undefined {
    try {
        return new RegExp(pattern, flags);
    } catch {
        return undefined;
    }
}

/** POSIX character classes in a bracket expression (bash(1) "Pattern Matching": `[:class:]`) as JS class members. */
const GLOB_CLASSES: Record<string, string> = {
    alnum: "A-Za-z0-9",
    alpha: "A-Za-z",
    ascii: "\\x00-\\x7f",
    blank: " \\t",
    cntrl: "\\x00-\\x1f\\x7f",
    digit: "0-9",
    graph: "!-~",
    lower: "a-z",
    print: " -~",
    punct: "!-/:-@\\[-`{-~",
    space: " \\t\\n\\r\\f\\v",
    upper: "A-Z",
    word: "A-Za-z0-9_",
    xdigit: "0-9A-Fa-f",
};

/**
 * A shell pattern as a regular expression body (bash(1) "Pattern Matching"): `*` any string, `?` any character,
 * `[...]` one character of the set (`[!...]`/`[^...]` one not in it; ranges, `[:class:]`, `[=c=]`, `[.c.]`; a `]`
 * first is a member), a backslash quotes the next character; a `[` with no closing `]` is an ordinary character
 * ("Pattern Matching": "A pair of characters separated by a hyphen ... If the `[` is not matched, it is a literal").
 * Extended patterns (`?(..)`, `*(..)`, `+(..)`, `@(..)`, `!(..)`; "extglob") are read by their meaning, `!(..)` as
 * anything (a superset: fail closed).
 *
 * `path`: a pathname (bash(1) "Pathname Expansion": "the slash character must always be matched explicitly"): `*`,
 * `?` and brackets never match `/`; `**` as a whole component matches any number of directories (globstar) -- a
 * superset of `**` without globstar (`*`), and a leading `.` is matched too (a superset of the default), so what the
 * pattern can name is never less than what bash names. `shortest`: `*` matches as little as it can (`${x#pat}`).
 */
export function globBody(pattern: string, options: { path?: boolean; shortest?: boolean } = {}): string {
    const { path = false, shortest = false } = options;
    const any = path ? "[^/]" : "[\\s\\S]";
    const star = `${any}*${shortest ? "?" : ""}`;
    const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
    let out = "";
    let i = 0;
    // The closing `)` of an extended pattern (and its `|` alternatives) at each nesting level.
    const groups: string[] = [];
    while (i < pattern.length) {
        const ch = pattern[i];
        if (ch === "\\" && i + 1 < pattern.length) {
            out += escape(pattern[i + 1]);
            i += 2;
            continue;
        }
        if (/[?*+@!]/.test(ch) && pattern[i + 1] === "(") {
            groups.push(ch === "?" ? ")?" : ch === "*" ? ")*" : ch === "+" ? ")+" : ch === "@" ? ")" : "!");
            out += ch === "!" ? `(?:${star}|(?:` : "(?:";
            i += 2;
            continue;
        }
        if (ch === "|" && groups.length > 0) {
            out += "|";
            i++;
            continue;
        }
        if (ch === ")" && groups.length > 0) {
            const close = groups.pop()!;
            out += close === "!" ? "))" : close;
            i++;
            continue;
        }
        if (ch === "*") {
            let j = i;
            while (pattern[j] === "*") j++;
            // `**` alone in a component (globstar): any directories, or none when a `/` follows.
            const whole = path && j - i >= 2 && (i === 0 || pattern[i - 1] === "/") && /^(\/|$)/.test(pattern.slice(j));
            if (whole && pattern[j] === "/") {
                out += `(?:${any}*/)*`;
                i = j + 1;
            } else {
                out += whole ? `[\\s\\S]*${shortest ? "?" : ""}` : star;
                i = j;
            }
            continue;
        }
        if (ch === "?") {
            out += any;
            i++;
            continue;
        }
        if (ch === "[") {
            const bracket = globBracket(pattern, i, path);
            if (bracket !== undefined) {
                out += bracket.body;
                i = bracket.end;
                continue;
            }
        }
        out += escape(ch);
        i++;
    }
    // An extended pattern left open is no pattern bash reads the same way: anything (fail closed).
    return groups.length > 0 ? `${any}*` : out;
}

/** The bracket expression opening at `start` as a JS class and the index after its `]`; undefined when unclosed. */
function globBracket(pattern: string, start: number, path: boolean): { body: string; end: number } | undefined {
    let i = start + 1;
    const negated = pattern[i] === "!" || pattern[i] === "^";
    if (negated) i++;
    const members: string[] = [];
    const member = (ch: string) => members.push(ch.replace(/[\\\]^[-]/g, "\\$&"));
    let first = true;
    while (i < pattern.length) {
        const ch = pattern[i];
        if (ch === "]" && !first) {
            // A slash never matches a bracket in a pathname: the set loses it (bash matches `/` only literally).
            const set = members.join("");
            const body = negated ? `[^${set}${path ? "/" : ""}]` : set === "" ? "(?!)" : `[${set}]`;
            return { body: path && !negated ? `(?!/)${body}` : body, end: i + 1 };
        }
        first = false;
        const cls = /^\[([:=.])([^\]]*?)\1\]/.exec(pattern.slice(i));
        if (cls) {
            // An unknown class name matches any character (fail closed); `[=c=]`/`[.c.]` are the character c.
            if (cls[1] === ":") members.push(GLOB_CLASSES[cls[2]] ?? "\\s\\S");
            else for (const c of cls[2]) member(c);
            i += cls[0].length;
            continue;
        }
        if (ch === "\\" && i + 1 < pattern.length) {
            member(pattern[i + 1]);
            i += 2;
            continue;
        }
        // A range `a-z` (a `-` first or last is a member).
        if (pattern[i + 1] === "-" && i + 2 < pattern.length && pattern[i + 2] !== "]") {
            const to = pattern[i + 2] === "\\" && i + 3 < pattern.length ? pattern[i + 3] : pattern[i + 2];
            if (to >= ch) {
                members.push(`${ch.replace(/[\\\]^[-]/g, "\\$&")}-${to.replace(/[\\\]^[-]/g, "\\$&")}`);
            }
            i += pattern[i + 2] === "\\" ? 4 : 3;
            continue;
        }
        member(ch);
        i++;
    }
    return undefined;
}

/**
 * A shell pattern as an anchored regular expression (globBody), undefined when the text makes none (safeRegExp: the
 * reader then takes the word as written).
 */
export function globRegExp(pattern: string, options: { path?: boolean; shortest?: boolean } = {}): RegExp | undefined {
    return safeRegExp(`^${globBody(pattern, options)}$`);
}

/** Whether a word holds a pattern character (bash(1) "Pathname Expansion": `*`, `?`, `[`; extglob's `(`). */
export const hasGlob = (word: string) => /[*?[]|[+@!]\(/.test(word);

/**
 * Round 86: whether pathname pattern `pattern` (absolute) may name a path below directory `dir` (bash(1) "Pathname
 * Expansion": a pattern is matched component by component, "the slash character must always be matched
 * explicitly"): each of dir's components matched by the pattern's component at its place (globBody; a quoted or
 * plain component compared as written), and the pattern going on below it; a `**` component (globstar: any
 * directories) reaches any directory below where it stands (a superset without globstar: fail closed). `/t[m]p/x`
 * and `/dev/sh?/x` reach /tmp and /dev/shm although the text before their first wildcard (`/t`, `/dev/sh`) lies in
 * neither.
 */
export function patternReaches(pattern: string, dir: string): boolean {
    const given = pattern.split("/").filter(c => c !== "");
    const wanted = dir.split("/").filter(c => c !== "");
    for (const [i, part] of wanted.entries()) {
        const component = given[i];
        if (component === undefined) return false;
        if (/^\*\*+$/.test(component)) return true;
        const re = hasGlob(component) ? globRegExp(component, { path: true }) : undefined;
        if (!(re ? re.test(part) : component.replace(/\\(.)/g, "$1") === part)) return false;
    }
    return given.length > wanted.length;
}

/**
 * Round 76: a word's tilde-prefixes expanded (bash(1), "Tilde Expansion": "If a word begins with an unquoted tilde
 * character (`~`), all of the characters up to the first unquoted slash (or all characters, if there is no unquoted
 * slash) are considered a tilde-prefix. If none of the characters in the tilde-prefix are quoted, the characters in the
 * tilde-prefix following the tilde are treated as a possible login name ... replaced with the home directory associated
 * with the specified login name"; "Each variable assignment is checked for unquoted tilde-prefixes immediately
 * following a : or the first =", which bash also does for a command's words that look like assignments, `a=~/x`).
 * `word` is as shell.ts gives it, each quoted part between NULs (a quoted tilde or a quoted character in the prefix:
 * no expansion, `'~root'`, `~root"/x"`); `home` is what a prefix's text after the tilde (`""`, `root`, `+`, `-`)
 * becomes, undefined to leave it unchanged ("If the login name is invalid, or the tilde expansion fails, the word is
 * unchanged").
 */
export function tildeExpanded(word: string, home: (prefix: string) => string | undefined): string {
    if (!word.includes("~")) return word;
    const parts = word.split("\0");
    const assignment = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]\0]*\])?\+?=/.exec(parts[0])?.[0].length;
    return parts
        .map((part, i) => {
            if (i % 2 === 1) return part;
            const last = i === parts.length - 1;
            let out = "";
            for (let at = 0; at < part.length;) {
                const starts =
                    part[at] === "~" &&
                    ((i === 0 && at === 0) ||
                        (assignment !== undefined &&
                            ((i === 0 && at === assignment) ||
                                (at > 0 && part[at - 1] === ":" && (i > 0 || at > assignment)))));
                if (!starts) {
                    out += part[at++];
                    continue;
                }
                // The prefix ends at an unquoted slash (or, in an assignment, a colon) or the word's end.
                const rest = part.slice(at + 1);
                const end = rest.search(assignment === undefined ? /\// : /[/:]/);
                const prefix = end < 0 ? rest : rest.slice(0, end);
                const replaced = end < 0 && !last ? undefined : home(prefix);
                out += replaced ?? `~${prefix}`;
                at += 1 + prefix.length;
            }
            return out;
        })
        .join("\0");
}

/**
 * Round 90 (fix): a command line that only asks the program to print its help or version, for a program the pack
 * does not know (agents.ts ciHelp reads known runners, whose `-v` is their version; elsewhere it is often verbose).
 * GNU Coding Standards 4.8 "Standards for Command Line Interfaces": "All programs should support two standard options:
 * '--version' and '--help'", each printing and then "exit successfully" (4.8.1 "--version": "Other options and
 * arguments should be ignored once this is seen, and the program should not perform its normal function"); Go's flag
 * package takes `-version`/`-help` alike ("One or two dashes may be used"), and subcommand CLIs a `version`/`help`
 * subcommand (`kubectl version --client`, `consul version`). So: a help/version word, before it only a subcommand
 * path (plain words: `run --help`), after it only flags without a value (`version --client`; after `help`, the
 * subcommand it explains). Anything else (`--cluster X --help`, `--version --token=T`) configures the program.
 */
/**
 * Round 90 (integration): whether a run's arguments or assignments enrol the node with a controller the pack does not
 * read: an option or variable that names a join, a registration or a credential (ECS Anywhere's `--activation-id` and
 * `--activation-code`, AWS SSM CreateActivation; k3s `K3S_URL`/`K3S_TOKEN`, docs.k3s.io "Environment Variables";
 * Rancher's `--server --token`; `kubeadm join --token`; `tailscale up --authkey`), or a URL of a host other than
 * loopback (an endpoint the program then answers to as root). A name the pack cannot read (`$`) counts. Other
 * arguments (listen addresses, which the listener readers judge; paths; modes) configure the operator's download as
 * the operator wrote it.
 */
export const enrolsElsewhere = (args: readonly string[], prefix: readonly string[]): boolean => {
    const control =
        /token|activation|auth|join|regist|enrol|secret|passw|server|master|url|endpoint|cid|credential|api.?key|access.?key/i;
    const remoteUrl = (v: string) => {
        const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^/:?#]*)/i.exec(v)?.[1];
        return host !== undefined && !/^(localhost|127(\.\d+){3}|\[::1\])$/i.test(host);
    };
    const named = (w: string): string | undefined =>
        isAssignment(w)
            ? w.slice(0, w.indexOf("="))
            : /^--?[^-]/.test(w)
              ? w.replace(/^--?/, "").split("=")[0]
              : undefined;
    return [...prefix.filter(isAssignment), ...args].some(w => {
        const name = named(w);
        const value = name === undefined ? w : w.slice(w.indexOf("=") + 1);
        return (
            (name !== undefined && (name.includes("$") || control.test(name))) || remoteUrl(value.replace(/^['"]/, ""))
        );
    });
};

export const onlyPrintsInformation = (args: readonly string[]): boolean => {
    const at = args.findIndex(w => /^(--?help|-h|help|--?version|version)$/.test(w));
    if (at < 0) return false;
    const plain = (w: string) => /^[a-z][a-z0-9-]*$/.test(w);
    const help = /help|^-h$/.test(args[at]);
    return (
        args.slice(0, at).every(plain) &&
        args.slice(at + 1).every(w => /^--?[a-z][a-z0-9-]*$/.test(w) || (help && plain(w)))
    );
};
