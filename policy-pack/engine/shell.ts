/**
 * A best-effort reader of shell text (bash(1), "SHELL GRAMMAR", "QUOTING", "REDIRECTION"), enough to say which programs
 * a script runs, on which words, reading and writing which files: no expansions beyond the variables a caller tracks.
 */
import { posix } from "path";

/** A simple command: its words (quotes removed) and what it reads and writes. */
export interface SimpleCommand {
    words: string[];
    /** Files its output is redirected to (`>`, `>>`, `&>`, any fd). */
    writes: string[];
    /** Files its input is redirected from (`<`). */
    reads: string[];
    /** The delimiter of a here-document it reads (`<<EOF`, `<<-'EOF'`), filled in by shellCommands with `heredoc`. */
    heredocDelimiter?: string;
    heredoc?: string;
    /** A here-string's word (`<<< word`). */
    hereString?: string;
    /** Whether its output feeds the next command through a pipe (`|`, `|&`). */
    pipesOut: boolean;
    /** The line it came from, for messages. */
    line: string;
}

const emptyCommand = (line: string): SimpleCommand => ({ words: [], writes: [], reads: [], pipesOut: false, line });

/**
 * The simple commands of one line of shell: quotes and backslashes removed; `;`, `&&`, `||`, `|`, `&`, `(`, `)`,
 * backquotes and `$(` end a command; `>`/`>>` (any fd, `&>`) redirect output to the next word, `<` input from it, `<<`
 * and `<<-` open a here-document whose delimiter is the next word, `<<<` a here-string; `#` at a word's start begins
 * a comment.
 */
export function simpleCommands(line: string): SimpleCommand[] {
    const out: SimpleCommand[] = [];
    let cmd = emptyCommand(line);
    let [word, inWord, quote] = ["", false, ""];
    let target: "writes" | "reads" | "heredoc" | "herestring" | undefined;
    const endWord = () => {
        if (inWord) {
            if (target === "writes" || target === "reads") cmd[target].push(word);
            else if (target === "heredoc") cmd.heredocDelimiter = word;
            else if (target === "herestring") cmd.hereString = word;
            else cmd.words.push(word);
            target = undefined;
        }
        [word, inWord] = ["", false];
    };
    const endCommand = (pipesOut = false) => {
        endWord();
        cmd.pipesOut = pipesOut;
        if (cmd.words.length > 0 || cmd.writes.length > 0 || cmd.reads.length > 0 || cmd.heredocDelimiter)
            out.push(cmd);
        [cmd, target] = [emptyCommand(line), undefined];
    };
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quote) {
            if (ch === quote) quote = "";
            else if (ch === "\\" && quote === '"' && i + 1 < line.length) word += line[++i];
            else word += ch;
        } else if (ch === "'" || ch === '"') [quote, inWord] = [ch, true];
        else if (ch === "\\" && i + 1 < line.length) [word, inWord] = [word + line[++i], true];
        else if (/\s/.test(ch)) endWord();
        else if (ch === "#" && !inWord) break;
        else if (ch === ">" || (ch === "&" && line[i + 1] === ">")) {
            // `2>`, `1>>`: the fd number is no word of the command.
            if (/^\d+$/.test(word)) [word, inWord] = ["", false];
            endWord();
            while (/[>&|]/.test(line[i + 1] ?? "") && !(line[i + 1] === "&" && /\d/.test(line[i + 2] ?? ""))) i++;
            if (line[i + 1] === "&")
                i += 2; // `>&2`: a descriptor, not a file
            else target = "writes";
        } else if (ch === "<") {
            if (/^\d+$/.test(word)) [word, inWord] = ["", false];
            endWord();
            if (line.startsWith("<<<", i)) [target, i] = ["herestring", i + 2];
            else if (line.startsWith("<<", i)) [target, i] = ["heredoc", line[i + 2] === "-" ? i + 2 : i + 1];
            else if (line[i + 1] === "&") i += 2;
            else if (line[i + 1] === "(") {
                // `<(cmd)`: process substitution, a command of its own.
                endCommand();
                i++;
            } else target = "reads";
        } else if (ch === "$" && line[i + 1] === "(") {
            endCommand();
            i++;
        } else if (ch === "|") {
            endCommand(line[i + 1] !== "|");
            if (line[i + 1] === "|" || line[i + 1] === "&") i++;
        } else if (";&()`".includes(ch)) {
            endCommand();
            if (ch === "&" && line[i + 1] === "&") i++;
        } else [word, inWord] = [word + ch, true];
    }
    endCommand();
    return out;
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
    for (let i = 0; i < lines.length; i++) {
        const commands = simpleCommands(lines[i]);
        for (const c of commands.filter(c => c.heredocDelimiter !== undefined)) {
            const body: string[] = [];
            while (++i < lines.length && lines[i].trim() !== c.heredocDelimiter) body.push(lines[i]);
            c.heredoc = body.join("\n");
        }
        out.push(...commands);
    }
    return out;
}

/** Shells and interpreters: the first operand is a script they run (`-c` takes a command line). */
export const INTERPRETERS = /^(sh|bash|dash|zsh|ksh|ash|mksh|busybox|python[0-9.]*|perl|ruby|node|php|lua|source|\.)$/;
export const SHELLS = /^(sh|bash|dash|zsh|ksh|ash|mksh)$/;
/**
 * Commands that run the command in their operands (sudo, env, nohup, timeout, ...), with their options that take a
 * value, and how many operands come before the command (timeout's duration, flock's lock file, chrt's priority).
 */
const WRAPPERS: Record<string, { values: string; operands: number }> = {
    sudo: { values: "ugCDhprtU", operands: 0 },
    doas: { values: "uC", operands: 0 },
    env: { values: "uSC", operands: 0 },
    nohup: { values: "", operands: 0 },
    exec: { values: "a", operands: 0 },
    setsid: { values: "", operands: 0 },
    command: { values: "", operands: 0 },
    builtin: { values: "", operands: 0 },
    time: { values: "fo", operands: 0 },
    nice: { values: "n", operands: 0 },
    ionice: { values: "cnp", operands: 0 },
    stdbuf: { values: "ioe", operands: 0 },
    xargs: { values: "aEeIiLlnPsd", operands: 0 },
    timeout: { values: "sk", operands: 1 },
    flock: { values: "wEc", operands: 1 },
    chrt: { values: "T", operands: 1 },
    taskset: { values: "", operands: 1 },
    then: { values: "", operands: 0 },
    do: { values: "", operands: 0 },
    else: { values: "", operands: 0 },
    if: { values: "", operands: 0 },
    elif: { values: "", operands: 0 },
    while: { values: "", operands: 0 },
    until: { values: "", operands: 0 },
    "!": { values: "", operands: 0 },
};

/** A variable assignment word (`VAR=value`); a CamelCase key is a unit or INI setting's (`Description=Grow /data`). */
export const isAssignment = (w: string) =>
    /^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(w) && !/^[A-Z][a-z]|[a-z][A-Z]/.test(w.split("=")[0]);

/**
 * Where the command proper starts in a simple command's words: after variable assignments and wrappers (sudo, env,
 * timeout, if, then ...). Returns the index of the program word, or words.length when there is none.
 */
export function programIndex(words: readonly string[], depth = 0): number {
    let i = 0;
    while (i < words.length && isAssignment(words[i])) i++;
    const program = words[i];
    if (program === undefined || depth > 4) return words.length;
    const name = posix.basename(program);
    const wrapper = Object.hasOwn(WRAPPERS, program)
        ? WRAPPERS[program]
        : Object.hasOwn(WRAPPERS, name)
          ? WRAPPERS[name]
          : undefined;
    if (!wrapper) return i;
    let j = i + 1;
    let operands = wrapper.operands;
    for (; j < words.length; j++) {
        const w = words[j];
        if (w === "--") continue;
        if (w.startsWith("-") && w.length > 1) {
            if (w.length === 2 && wrapper.values.includes(w[1])) j++;
            continue;
        }
        if (name === "env" && isAssignment(w)) continue;
        if (operands-- > 0) continue;
        break;
    }
    return j + programIndex(words.slice(j), depth + 1);
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
