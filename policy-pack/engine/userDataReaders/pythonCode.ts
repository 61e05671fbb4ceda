/**
 * Python programs read from their source: invocation options, statements and logical lines, names, imports and
 * sys.path, string and path values, subprocess runs and the commands they pass (literal shell lines and pipelines),
 * chdir calls and the files a program writes (pythonWriteRefusal), and the sysctl and core-pattern writes they share
 * with root's own commands. Split from userData.ts.
 */
import { posix } from "path";
import { isAssignment, SHELLS, simpleCommands } from "../shell";
import { modeChangeOpens, printfOutput } from "../rootReads";
import { worldWritableRoot } from "../podSpec";
import { NODE_CONFIG_PATHS } from "./formats";
import { READ_BEFORE_WRITE, SYSEXT_IMAGE_DIRECTORIES } from "./addresses";
import { SYSCTL_D_PATH } from "./shared";
import { GIT_INCLUDE_SETTINGS, Located, locatingVariable, PACKAGED_LOCATIONS } from "../../model/locatingVariables";
import {
    pipConfigSetKeepsTrust,
    pipConfigurationKeepsTrust,
    pipTrustKeepingOptionsRemoved,
    PIP_PLAIN_OPTIONS,
    PIP_REQUIREMENT_FILE_WORD,
} from "./pipOptions";
import { loweredProtections, setsKernelHelper, writtenSysctls } from "./kernelSettings";
import {
    HTTP_SERVER_MODULES,
    isAddress,
    NO_VIEW,
    pythonInvocation,
    readConfig,
    ScriptView,
    SERVER_CONFIGS,
} from "./listeners";

/** One piece of Python source: code, a string literal (its quotes included) or a comment (without its newline). */
interface PythonPiece {
    kind: "code" | "string" | "comment";
    text: string;
    /** A string literal with an `f` prefix: its replacement fields are code (Python reference, "f-strings"). */
    formatted: boolean;
}

/**
 * Python source split into code, string literals and comments (Python reference, "Lexical analysis": "A comment starts
 * with a hash character (#) that is not part of a string literal, and ends at the end of the physical line"; "String
 * and Bytes literals", triple quotes too, a backslash escaping the next character). A one-quote string ends with its
 * line at the latest (one that does not close there is a SyntaxError, no string Python runs). The one lexer of
 * pythonCode and pythonStringsBlanked.
 */
function pythonPieces(text: string): PythonPiece[] {
    const pieces: PythonPiece[] = [];
    let start = 0;
    const push = (kind: PythonPiece["kind"], end: number, formatted = false) => {
        if (end > start) pieces.push({ kind, text: text.slice(start, end), formatted });
        start = end;
    };
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === "#") {
            push("code", i);
            const eol = text.indexOf("\n", i);
            i = eol < 0 ? text.length : eol;
            push("comment", i);
            i--;
        } else if (ch === "'" || ch === '"') {
            push("code", i);
            const formatted = /(?<![\w])[rRbBuU]?[fF][rRbB]?$/.test(text.slice(Math.max(0, i - 3), i));
            const quote = text.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
            let j = i + quote.length;
            while (j < text.length && !text.startsWith(quote, j) && !(quote.length === 1 && text[j] === "\n"))
                j += text[j] === "\\" ? 2 : 1;
            if (text.startsWith(quote, j)) j += quote.length;
            j = Math.min(j, text.length);
            push("string", j, formatted);
            i = j - 1;
        }
    }
    push("code", text.length);
    return pieces;
}

/**
 * Python source without its comments (pythonPieces): what the script readers read as code. String literals, triple-
 * quoted ones too, are kept whole, a `#` in them too.
 */
function pythonCode(text: string): string {
    return pythonPieces(text)
        .filter(piece => piece.kind !== "comment")
        .map(piece => piece.text)
        .join("");
}

/**
 * Round 74: a Python file's code as the readers read it (pythonCode), null (a file the pack cannot read:
 * pythonUnreadCode) when its PEP 263 encoding declaration makes CPython read other text (pythonSourceEncodingUnread).
 */
const pythonSource = (text: string | null): string | null =>
    text === null || pythonSourceEncodingUnread(text) !== undefined ? null : pythonCode(text);

/**
 * The statements of a Python configuration file (Python reference, "Simple statements": statements on one line are
 * separated by `;`; a newline inside brackets or after a backslash continues the statement; comments dropped:
 * pythonCode). Quotes and brackets are tracked, triple quotes too.
 */
export function pythonStatements(source: string): string[] {
    return pythonLogicalStatements(source).map(st => st.text);
}

/**
 * The simple statements of Python source, each with its line's indentation and `suite` when it follows a compound
 * statement's header on the same line (Python reference "Compound statements": "A suite can be one or more
 * semicolon-separated simple statements on the same line as the header, following the header's colon", as in
 * `if x: NAME = 1`, `try: NAME = f()`, `else: NAME = 2`): the header itself is a statement too, and so is each
 * statement after it on that line. A line inside open brackets (a parameter's default on its own line within
 * `def f(\n  x="..."\n):`) is no statement (Python reference "Implicit line joining").
 */
export function pythonLogicalStatements(source: string): { text: string; indent: number; suite: boolean }[] {
    const text = pythonCode(source);
    const out: { text: string; indent: number; suite: boolean }[] = [];
    let current = "";
    let depth = 0;
    let quote = "";
    let indent = 0;
    let suite = false;
    const push = () => {
        let st = current.trim();
        current = "";
        while (st !== "") {
            const header = pythonHeaderColon(st);
            if (header < 0) {
                out.push({ text: st, indent, suite });
                return;
            }
            out.push({ text: st.slice(0, header + 1).trim(), indent, suite });
            st = st.slice(header + 1).trim();
            suite = true;
        }
    };
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote !== "") {
            if (ch === "\\") {
                current += text.slice(i, i + 2);
                i++;
                continue;
            }
            if (text.startsWith(quote, i)) {
                current += quote;
                i += quote.length - 1;
                quote = "";
                continue;
            }
            current += ch;
            continue;
        }
        if (ch === "'" || ch === '"') {
            quote = text.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
            current += quote;
            i += quote.length - 1;
        } else if (ch === "\\" && text[i + 1] === "\n") i++;
        else if ((ch === ";" || ch === "\n") && depth === 0) {
            push();
            if (ch === "\n") {
                suite = false;
                indent = /^[ \t]*/.exec(text.slice(i + 1))?.[0].length ?? 0;
            }
        } else {
            if ("([{".includes(ch)) depth++;
            if (")]}".includes(ch)) depth = Math.max(0, depth - 1);
            current += ch;
        }
    }
    push();
    return out.filter(st => st.text !== "");
}

/** Keywords opening a compound statement's header (Python reference "Compound statements"; match and case soft). */
const PYTHON_COMPOUND =
    /^(?:if|elif|else|try|except\*?|finally|while|for|with|def|class|async[ \t]+(?:def|for|with)|(?:match|case)(?![ \t]*(?:[=.,:)\]]|$)))\b/;

/**
 * The indexes of `text`'s characters outside strings and brackets (a quote or bracket itself excluded): where Python's
 * top-level separators may stand.
 */
function* pythonTopLevel(text: string): Generator<number> {
    let depth = 0;
    let quote: string | undefined;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote !== undefined) {
            if (c === "\\") i++;
            else if (c === quote) quote = undefined;
        } else if (c === '"' || c === "'") quote = c;
        else if ("([{".includes(c)) depth++;
        else if (")]}".includes(c)) depth--;
        else if (depth === 0) yield i;
    }
}

/** Where a compound statement's header ends: its colon outside strings and brackets (not `:=`), else -1. */
function pythonHeaderColon(st: string): number {
    if (!PYTHON_COMPOUND.test(st)) return -1;
    for (const i of pythonTopLevel(st)) if (st[i] === ":" && st[i + 1] !== "=") return i;
    return -1;
}

/**
 * The assignment operators of a statement: each `=` outside strings and brackets that is no comparison (==, <=, >=,
 * !=), walrus (:=) or augmented assignment (+=, //=, ...): `a = b = 1` has two, a call's keyword argument none.
 */
export function pythonAssignOperators(st: string): number[] {
    const out: number[] = [];
    let skip = -1;
    for (const i of pythonTopLevel(st)) {
        if (i === skip || st[i] !== "=") continue;
        if (st[i + 1] === "=" || /[=<>!:+\-*/%@&|^]/.test(st[i - 1] ?? "")) {
            if (st[i + 1] === "=") skip = i + 1;
            continue;
        }
        out.push(i);
    }
    return out;
}

export const XINETD_CONF = "/etc/xinetd.conf";

/** Python's literal False, None or 0: a keyword argument or setting turned off (any other value may be on). */
export const PYTHON_OFF = /^(False|None|0)$/;

/** Receivers of a `.run(...)` call that are no Flask app (subprocess.run, asyncio.run, uvicorn.run). */
export const NOT_FLASK_RUN = /^(subprocess|asyncio|uvicorn|trio|anyio|curio|loop)$/;

/**
 * A Python call's arguments (its text between the parentheses), `argument(name, position)` the one passed by keyword
 * or at that position (0-based), else a `**mapping` (or, for a position, `*sequence`) that may hold it, else undefined.
 */
export function pythonCallArguments(call: string): {
    positional: string[];
    keyword: Map<string, string>;
    argument: (name: string, position?: number) => string | undefined;
} {
    const items = pythonSplit(call, ",");
    const keyword = new Map(
        items.flatMap(item => {
            const named = /^(\w+)\s*=(?!=)\s*([\s\S]*)$/.exec(item);
            return named ? [[named[1], named[2]] as const] : [];
        }),
    );
    const positional = items.filter(item => !/^\w+\s*=(?!=)/.test(item) && !item.startsWith("**"));
    const spread = positional.findIndex(item => item.startsWith("*"));
    const mapping = items.find(item => item.startsWith("**"));
    const argument = (name: string, position?: number) =>
        keyword.get(name) ??
        (position === undefined
            ? undefined
            : spread >= 0 && spread <= position
              ? positional[spread]
              : positional[position]) ??
        mapping;
    return { positional, keyword, argument };
}

/** A host argument as binds: a string literal is that host; any other value may be every address. */
export const pythonHostBinds = (host: string | undefined, otherwise: string[]) => {
    const literal = host === undefined ? undefined : pythonString(host);
    return host === undefined ? otherwise : literal !== undefined ? [literal] : [];
};

/**
 * The names a Python file binds to other objects (Python reference "The import statement": `import a.b` binds a to
 * module a, `import a.b as c` binds c to a.b, `from m import f as g` binds g to m.f, a relative `from .m import f`
 * keeps its dots; `from m import *` binds m's names), and by assignment `NAME = OTHER` or `NAME = OTHER(...)` (an alias
 * or what a factory returns); `partials` the names bound to `functools.partial(f, *args, **keywords)` (however
 * functools or partial is imported), each as f with the arguments it binds first (Python "functools.partial": "When
 * called ... behave like func called with the positional arguments args and keyword arguments keywords", the call's
 * own keywords over them); `results` the assigned names a call's result binds; `modules` every module it imports (`importlib.resources.files("m")` too, which imports
 * m: PYTHON_RESOURCE_CALL).
 */
export interface PythonNames {
    imports: Map<string, string>;
    assigned: Map<string, string>;
    /** The assigned names bound to what a call returned (`app = Flask(...)`), not to the object named (an alias). */
    results: Set<string>;
    partials: Map<string, { target: string; bound: string }>;
    stars: string[];
    modules: string[];
}

/** pythonNames of the texts read last (the readers ask for the same file's names many times). */
const PYTHON_NAMES_CACHE = new Map<string, PythonNames>();

export function pythonNames(text: string): PythonNames {
    const cached = PYTHON_NAMES_CACHE.get(text);
    if (cached !== undefined) return cached;
    const names = pythonNamesRead(text);
    if (PYTHON_NAMES_CACHE.size >= 64) PYTHON_NAMES_CACHE.delete(PYTHON_NAMES_CACHE.keys().next().value as string);
    PYTHON_NAMES_CACHE.set(text, names);
    return names;
}

function pythonNamesRead(text: string): PythonNames {
    const imports = new Map<string, string>();
    const assigned = new Map<string, string>();
    const partials = new Map<string, { target: string; bound: string }>();
    const stars: string[] = [];
    const modules: string[] = [];
    const results = new Set<string>();
    const items = (list: string) =>
        list
            .replace(/[()\\]/g, " ")
            .split(",")
            .flatMap(item => {
                const m = /^\s*([\w.]+|\*)(?:\s+as\s+(\w+))?\s*$/.exec(item);
                return m ? [{ name: m[1], alias: m[2] }] : [];
            });
    // Import statements read in the code with its strings blanked (same length: a string showing one is none).
    const code = pythonStringsBlanked(text);
    for (const m of code.matchAll(PYTHON_FROM_IMPORT)) {
        modules.push(m[1]);
        for (const { name, alias } of items(m[2])) {
            if (name === "*") {
                stars.push(m[1]);
                continue;
            }
            const full = m[1].endsWith(".") ? m[1] + name : `${m[1]}.${name}`;
            imports.set(alias ?? name, full);
            modules.push(full);
        }
    }
    for (const m of code.matchAll(PYTHON_IMPORT))
        for (const { name, alias } of items(m[1])) {
            imports.set(alias ?? name.split(".")[0], alias === undefined ? name.split(".")[0] : name);
            modules.push(name);
        }
    const names = { imports, assigned, results, partials, stars, modules };
    // Each statement `NAME = OTHER` or `NAME = OTHER(...)` (pythonLogicalStatements: one on a compound header's line
    // too, `if x: handler = partial(...)`, its arguments over as many lines as they take).
    for (const st of pythonLogicalStatements(text)) {
        const m = /^(\w+)[ \t]*=(?!=)[ \t]*([A-Za-z_][\w.]*)[ \t]*(\()?/.exec(st.text);
        if (!m || imports.has(m[1]) || m[2] === m[1]) continue;
        const args = m[3] === undefined ? undefined : parenthesized(st.text, m[0].length - 1);
        const bound =
            args !== undefined && /^(?:functools\.)?partial$/.test(pythonResolve(m[2], names).name)
                ? /^\s*([A-Za-z_][\w.]*)\s*(?:,([\s\S]*))?$/.exec(args)
                : null;
        // Round 74: `NAME = importlib.import_module("a.b")` binds NAME as `import a.b as NAME` (Python docs "importlib":
        // import_module "returns the module"); `NAME = __import__("a.b")` binds the top-level package a ("Built-in
        // Functions" __import__: "the top-level package ... is returned" without fromlist). A literal absolute name only.
        const literalModule =
            args === undefined ? undefined : pythonLiteralImport(pythonResolve(m[2], names).name, args);
        if (literalModule !== undefined) {
            imports.set(m[1], literalModule);
            results.delete(m[1]);
            continue;
        }
        if (bound) partials.set(m[1], { target: bound[1], bound: bound[2] ?? "" });
        if (bound?.[1] !== m[1]) assigned.set(m[1], bound ? bound[1] : m[2]);
        if (m[3] === undefined) results.delete(m[1]);
        else results.add(m[1]);
    }
    // importlib.resources imports the module its anchor names (pythonDynamic: any anchor but a literal is dynamic).
    for (const m of text.matchAll(/(?<![\w.])([A-Za-z_][\w.]*)[ \t]*\([ \t]*(["'])([\w.]+)\2/g)) {
        const callee = pythonResolve(m[1], names).name;
        if (PYTHON_RESOURCE_CALL.test(callee)) modules.push(m[3]);
        // Round 72: the imports a call spells by a literal absolute name (Python docs "importlib": import_module(name)
        // "Import a module"; "Built-in Functions" __import__; "runpy": run_module(mod_name) "Execute the code of the
        // specified module", a package's __main__ submodule), read as `import NAME` (any other argument, a relative
        // name too, stays dynamic code: pythonDynamic).
        if (/^(?:importlib\.import_module|importlib\.__import__|__import__|builtins\.__import__)$/.test(callee))
            modules.push(m[3]);
        if (/^runpy\.run_module$/.test(callee)) modules.push(m[3], `${m[3]}.__main__`);
    }
    return names;
}

/**
 * Round 74: the module a call of import_module/__import__ (`callee` resolved) with the arguments `args` returns when its
 * only argument is a literal absolute module name: import_module's name whole, __import__'s top-level package.
 */
function pythonLiteralImport(callee: string, args: string): string | undefined {
    const m = /^\s*(["'])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\1\s*$/.exec(args);
    if (!m) return undefined;
    if (callee === "importlib.import_module") return m[2];
    if (/^(?:importlib\.__import__|__import__|builtins\.__import__)$/.test(callee)) return m[2].split(".")[0];
    return undefined;
}

/**
 * Round 78: standard modules that other standard modules import at their top level, so that each is an attribute of
 * those (Python reference "The import statement": the name is bound "in the local namespace", a module's namespace
 * its attributes; CPython Lib/shutil.py `import os`, `import sys`; Lib/tempfile.py `import os as _os`, `import
 * shutil as _shutil`, `import io as _io`, `import _thread`; Lib/subprocess.py `import os`, `import signal`; Lib/random.py
 * `import os as _os`): `shutil.os.system`, `tempfile._os.system` and `from shutil import os as o; o.system` are
 * os.system. asyncio.subprocess is asyncio's own submodule (no alias).
 */
const PYTHON_MODULE_ATTRIBUTES =
    /^(?:os|posix|sys|subprocess|shutil|builtins|io|_io|importlib|pty|signal|socket|tempfile|runpy|pickle|marshal|ctypes|codecs|_posixsubprocess|_thread|threading|functools|warnings)$/;

/** A resolved dotted name with a standard module's module-valued attribute (PYTHON_MODULE_ATTRIBUTES) as that module. */
function pythonModuleAttribute(name: string): string {
    const parts = name.split(".");
    if (!PYTHON_STANDARD_MODULES.test(parts[0])) return name;
    for (let i = parts.length - 1; i >= 1; i--) {
        const module = PYTHON_MODULE_ATTRIBUTES.test(parts[i])
            ? parts[i]
            : parts[i].startsWith("_") && PYTHON_MODULE_ATTRIBUTES.test(parts[i].slice(1))
              ? parts[i].slice(1)
              : undefined;
        if (module === undefined || (parts[0] === "asyncio" && module === "subprocess")) continue;
        return [module, ...parts.slice(i + 1)].join(".");
    }
    return name;
}

/** A dotted name as the file's imports and aliases resolve it (`serve` → werkzeug.serving.run_simple); `imported` if so. */
export function pythonResolve(name: string, names: PythonNames, depth = 0): { name: string; imported: boolean } {
    const [head, ...rest] = name.split(".");
    const imported = names.imports.get(head);
    if (imported !== undefined) return { name: pythonModuleAttribute([imported, ...rest].join(".")), imported: true };
    const alias = names.assigned.get(head);
    if (alias === undefined || depth >= 8) return { name, imported: false };
    const resolved = pythonResolve(alias, names, depth + 1);
    return { name: [resolved.name, ...rest].join("."), imported: resolved.imported };
}

/** A Python file user data wrote: its text, null when it changed it in a way the pack cannot compute. */
export type PythonFile = { path: string; text: string | null };

/**
 * The file of module `module` (`M.py` or `M/__init__.py`) imported by the file at `from`: under the import path `roots`
 * (Python "The Module Search Path": the script's directory, then PYTHONPATH), a relative one under from's package
 * (its directory; each further dot one up). Undefined when user data wrote neither.
 */
function pythonModuleFile(
    module: string,
    from: string,
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): PythonFile | undefined {
    const dots = /^\.*/.exec(module)?.[0].length ?? 0;
    const parts = module
        .slice(dots)
        .split(".")
        .filter(p => p !== "");
    const bases = dots > 0 ? [posix.resolve(posix.dirname(from), ...Array<string>(dots - 1).fill(".."))] : roots;
    for (const base of bases)
        for (const path of [
            ...(parts.length > 0 ? [`${posix.join(base, ...parts)}.py`] : []),
            posix.join(base, ...parts, "__init__.py"),
        ]) {
            const text = readConfig(path, fileText, view);
            if (text !== undefined) return { path, text: pythonSource(text) };
        }
    return undefined;
}

/**
 * Python's startup hooks, files the site module runs at every interpreter start before the program (Python docs "site":
 * in a site directory, "Lines starting with import (followed by space or tab) are executed" of a `.pth` file; "an
 * attempt is made to import a module named sitecustomize", then usercustomize, found on sys.path). Site directories
 * vary by version, distribution and prefix (site-packages, dist-packages, a venv's, the user site), so such a file
 * user data writes anywhere counts: the module in any form (round 67: a package `sitecustomize/__init__.py`, any file
 * under it, compiled `.pyc`/`.so`; Python reference "The import system", regular packages). A `.pth` file is read
 * (pythonImportPass).
 */
const PYTHON_STARTUP_HOOK = /(?:\.pth$|(?:^|\/)(?:site|user)customize(?:\/|\.[^/]*$))/;

/**
 * The directories a file adds to sys.path (Python docs "sys.path": "A program is free to modify this list for its own
 * purposes"; site.addsitedir "Add a directory to sys.path"): `sys.path.insert(I, D)`, `.append(D)`, `.extend([D, ...])`,
 * `site.addsitedir(D)`, each D as pythonPath computes it (first `prepend`, else `append`); undefined when the file
 * changes or hands on sys.path otherwise (an assignment, `+=`, a slice, a D the pack cannot compute: its imports may
 * come from anywhere, fail closed). A membership test `D in sys.path` reads it only.
 */
function pythonSysPath(
    file: { path: string; text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { prepend: string[]; append: string[] } | undefined {
    const names = pythonNames(file.text);
    const code = pythonStringsBlanked(file.text);
    const imports = [...code.matchAll(PYTHON_FROM_IMPORT), ...code.matchAll(PYTHON_IMPORT)].map(m => [
        m.index ?? 0,
        (m.index ?? 0) + m[0].length,
    ]);
    const out = { prepend: [] as string[], append: [] as string[] };
    const dirs = (expr: string | undefined) =>
        expr === undefined ? undefined : pythonPath(expr, file, roots, fileText, view, undefined);
    for (const m of code.matchAll(/(?<![\w.])[A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*/g)) {
        const at = m.index ?? 0;
        if (imports.some(([s, e]) => at >= s && at < e)) continue;
        const name = pythonResolve(m[0].replace(/[ \t]/g, ""), names).name;
        const site = /^site\.addsitedir$/.test(name);
        const call = /^sys\.path\.(insert|append|extend)$/.exec(name);
        if (!site && !call && !/^sys\.path(?:\.|$)/.test(name)) continue;
        const after = code.slice(at + m[0].length);
        const open = /^\s*\(/.exec(after);
        if ((site || call) && open) {
            const start = at + m[0].length + open[0].length;
            const inner = parenthesized(code, start - 1);
            if (inner === undefined) return undefined;
            const { argument } = pythonCallArguments(file.text.slice(start, start + inner.length));
            const method = site ? "append" : (call as RegExpExecArray)[1];
            let found: string[] | undefined;
            if (method === "extend") {
                const list = /^\s*[[(]([\s\S]*)[\])]\s*$/.exec(argument("iterable", 0) ?? "");
                found = list ? pythonSplit(list[1], ",").flatMap(d => dirs(d) ?? [""]) : undefined;
                if (found?.includes("")) found = undefined;
            } else found = dirs(argument(site ? "sitedir" : "object", method === "insert" ? 1 : 0));
            if (found === undefined) return undefined;
            (method === "insert" ? out.prepend : out.append).push(...found);
            continue;
        }
        const before = code.slice(code.lastIndexOf("\n", at) + 1, at);
        if (name === "sys.path" && /\bin[ \t]+$/.test(before) && !/^[ \t]*(?:\.|\[|=(?!=))/.test(after)) continue;
        return undefined;
    }
    return out;
}

/**
 * The script (and the files `start` runs with it) and every module user data wrote that it imports, transitively
 * (importing a.b runs a/__init__.py too), each as its code without comments (pythonCode, pythonModuleFile), through
 * the import path `roots` with the directories the files add to sys.path (pythonSysPath; an unknown change makes an
 * unread file of the program, text null), and the startup hooks user data wrote (PYTHON_STARTUP_HOOK: code run before
 * the program, unread).
 */
export function pythonImportClosure(
    start: readonly PythonFile[],
    startRoots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { files: PythonFile[]; roots: string[] } {
    let roots = [...startRoots];
    // Again while the files add directories: a module imported before the change may be found there.
    for (let pass = 0; ; pass++) {
        const closure = pythonImportPass(start, roots, fileText, view);
        if (pass >= 4 || closure.roots.length === roots.length) return closure;
        roots = closure.roots;
    }
}

/**
 * Round 72: the calls of a file's code (`text`, comments and docstrings out) that run a file by a literal path (Python
 * docs "runpy": run_path(path_name) "Execute the code at the named filesystem location"; "importlib": "Importing a
 * source file directly", util.spec_from_file_location(name, location) and a loader's exec_module), by the name the
 * file's imports resolve the callee to: run_path's path is its first argument, spec_from_file_location's location its
 * second. Any other argument stays dynamic code (pythonDynamic).
 */
export function pythonRunPathCalls(text: string): { callee: string; location: string }[] {
    const names = pythonNames(text);
    const out: { callee: string; location: string }[] = [];
    for (const m of text.matchAll(
        /(?<![\w.])([A-Za-z_][\w.]*)[ \t]*\([ \t]*((?:[\w.]+|(["'])[\w.]*\3)[ \t]*,[ \t]*)?(["'])([^"'\n]+)\4/g,
    )) {
        const callee = pythonResolve(m[1], names).name;
        const second = m[2] !== undefined;
        if ((callee === "runpy.run_path" && !second) || (callee === "importlib.util.spec_from_file_location" && second))
            out.push({ callee, location: m[5] });
    }
    return out;
}

/** The files run_path / spec_from_file_location of absolute `location` runs: the file, or a directory's __main__.py. */
function pythonRunPathFiles(location: string): string[] {
    return [posix.normalize(location), posix.join(location, "__main__.py")];
}

/**
 * Round 87: the absolute paths a program's files run by a literal path (pythonRunPathCalls) that user data wrote no
 * file of (pythonRunPathFiles): what is there is whatever the AMI, a package or another user left, so the shell reader
 * judges the run as it judges `python3 PATH` in user data (RootReads.planted: a world-writable directory's name any
 * local user may have made first is theirs; a root-owned directory's file the package manager installed is not).
 */
export function pythonUnwrittenRunPaths(
    files: readonly PythonFile[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): string[] {
    const out: string[] = [];
    for (const f of files)
        for (const { location } of f.text === null ? [] : pythonRunPathCalls(f.text))
            if (
                location.startsWith("/") &&
                pythonRunPathFiles(location).every(run => readConfig(run, fileText, view) === undefined)
            )
                out.push(posix.normalize(location));
    return [...new Set(out)];
}

function pythonImportPass(
    start: readonly PythonFile[],
    startRoots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { files: PythonFile[]; roots: string[] } {
    const files = start.map(f => ({ path: f.path, text: pythonSource(f.text) }));
    let roots = [...startRoots];
    for (const hook of [...(view.written?.() ?? [])].filter(path => PYTHON_STARTUP_HOOK.test(path)).sort()) {
        // A .pth file's lines (Python docs "site"; CPython site.addpackage): blank lines and `#` lines skipped, "Lines
        // starting with import (followed by space or tab) are executed" (round 72: read as the program's code, each
        // line a statement, its site directory, on sys.path, a root of its imports), any other one a directory
        // added to sys.path, relative to the file's site directory, its modules read as any import (appended).
        const text = hook.endsWith(".pth") ? readConfig(hook, fileText, view) : null;
        const lines = typeof text === "string" ? text.split("\n").filter(l => !/^#/.test(l) && l.trim() !== "") : [];
        const code = lines.filter(l => /^import[ \t]/.test(l));
        if (text == null) files.push({ path: hook, text: null });
        else if (code.length > 0) files.push({ path: hook, text: pythonCode(`${code.join("\n")}\n`) });
        const dirs = lines
            .filter(l => !/^import[ \t]/.test(l))
            .map(l => posix.resolve(posix.dirname(hook), l.trimEnd()));
        if (text != null) roots = [...new Set([...roots, ...(code.length > 0 ? [posix.dirname(hook)] : []), ...dirs])];
    }
    for (let i = 0; i < files.length && files.length < 100; i++) {
        const { path, text } = files[i];
        if (text === null) continue;
        // Round 72: the files a call runs by a literal path (Python docs "runpy": run_path(path_name) "Execute the code
        // at the named filesystem location", a directory's __main__.py; "importlib": util.spec_from_file_location(name,
        // location) and a loader's exec_module), read as files of the program; a relative path from where the program
        // runs, which the pack does not follow: unread. Any other argument stays dynamic code (pythonDynamic). Round 87:
        // an absolute one user data did not write is judged by the shell reader (pythonUnwrittenRunPaths).
        for (const { callee, location } of pythonRunPathCalls(text)) {
            if (!location.startsWith("/")) {
                files.push({ path: `${path}: ${callee}('${location}')`, text: null });
                continue;
            }
            for (const run of pythonRunPathFiles(location)) {
                const found = readConfig(run, fileText, view);
                if (found === undefined || files.some(f => f.path === run)) continue;
                files.push({ path: run, text: pythonSource(found) });
            }
        }
        const added = pythonSysPath({ path, text }, roots, fileText, view);
        if (added === undefined) files.push({ path: `${path}: sys.path`, text: null });
        else roots = [...new Set([...added.prepend, ...roots, ...added.append])];
        for (const module of pythonNames(text).modules) {
            const dots = /^\.*/.exec(module)?.[0] ?? "";
            const parts = module.slice(dots.length).split(".");
            for (let k = dots === "" ? 1 : 0; k <= parts.length; k++) {
                const found = pythonModuleFile(dots + parts.slice(0, k).join("."), path, roots, fileText, view);
                if (found !== undefined && !files.some(f => f.path === found.path)) files.push(found);
            }
        }
    }
    return { files, roots };
}

/**
 * Where the object `name` of a file is defined, followed through its imports and aliases (pythonResolve) into the
 * modules user data wrote (`from m import *` too): `local` the file and the name there that binds it; `external` the
 * dotted name in a module user data did not write (flask.Flask, settings.DEBUG of an unwritten settings); "unread"
 * when it comes from a module user data changed in a way the pack cannot compute (or a relative one it did not write).
 */
type PythonDefinition = { local: PythonFile & { text: string }; name: string } | { external: string } | "unread";

function pythonDefinition(
    name: string,
    file: PythonFile & { text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    depth = 0,
): PythonDefinition {
    const names = pythonNames(file.text);
    const resolved = pythonResolve(name, names);
    const inModule = (module: string, attribute: string): PythonDefinition | undefined => {
        const found = pythonModuleFile(module, file.path, roots, fileText, view);
        if (found === undefined) return undefined;
        return found.text === null || depth >= 8
            ? "unread"
            : pythonDefinition(attribute, { path: found.path, text: found.text }, roots, fileText, view, depth + 1);
    };
    if (!resolved.imported) {
        const head = resolved.name.split(".")[0];
        const defined = new RegExp(`(^|;)[ \\t]*(def|class)[ \\t]+${head}\\b|(^|;)[ \\t]*${head}[ \\t]*=(?!=)`, "m");
        if (!defined.test(file.text) && !/^(True|False|None)$/.test(head))
            for (const star of names.stars) {
                const origin = inModule(star, resolved.name);
                if (origin !== undefined) return origin;
                if (!/^(flask|werkzeug)$/.test(star)) return "unread";
            }
        // The name as this file binds it (its assignments, read by pythonOff), not what an alias of it names.
        return { local: file, name };
    }
    const dots = /^\.*/.exec(resolved.name)?.[0] ?? "";
    const parts = resolved.name.slice(dots.length).split(".");
    if (dots === "" && (/^(flask|werkzeug)$/.test(parts[0]) || NOT_FLASK_RUN.test(parts[0])))
        return { external: resolved.name };
    for (let k = parts.length - 1; k >= (dots === "" ? 1 : 0); k--) {
        const origin = inModule(dots + parts.slice(0, k).join("."), parts.slice(k).join("."));
        if (origin !== undefined) return origin;
    }
    return dots === "" ? { external: resolved.name } : "unread";
}

/**
 * Where the object `name` of a file comes from (pythonDefinition): "flask" when it is made in a file naming flask (or
 * is flask's), "unread" when it comes from a module the pack does not read (not written, or changed: it may be a Flask
 * app in debug mode), else "other".
 */
export function pythonOrigin(
    name: string,
    file: PythonFile & { text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): "flask" | "unread" | "other" {
    const found = pythonDefinition(name, file, roots, fileText, view);
    if (found === "unread") return "unread";
    if ("external" in found) {
        const head = found.external.split(".")[0];
        return /^(flask|werkzeug)$/.test(head) ? "flask" : NOT_FLASK_RUN.test(head) ? "other" : "unread";
    }
    return /\bflask\b/i.test(found.local.text) ? "flask" : "other";
}

/**
 * Whether a Python value is off: the literal False, None or 0 (PYTHON_OFF), or a name (pythonDefinition: through
 * imports, `from settings import DEBUG`, Python "The import statement" binding the module's value) that its module
 * binds only by plain assignments of such values (Python "Assignment statements"). Any other binding of it (augmented,
 * `:=`, global, for, as, def, class, a tuple target, an attribute assignment `.NAME =` in a file the program reads,
 * any code of pythonDynamic), a module the pack cannot read, or no assignment: not known off (fail closed).
 */
export function pythonOff(
    value: string,
    file: PythonFile & { text: string },
    files: readonly PythonFile[],
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    depth = 0,
): boolean {
    const v = value.trim();
    if (PYTHON_OFF.test(v)) return true;
    if (!/^[A-Za-z_][\w.]*$/.test(v) || depth >= 8) return false;
    const found = pythonDefinition(v, file, roots, fileText, view);
    if (found === "unread" || "external" in found || !/^\w+$/.test(found.name)) return false;
    const n = found.name;
    const texts = [found.local.text, ...files.filter(f => f.path !== found.local.path).map(f => f.text)];
    if (texts.some(t => t === null || pythonDynamic(t))) return false;
    const assignment = new RegExp(String.raw`(?:^|;)[ \t]*${n}[ \t]*(?::[^=\n;]*)?=(?!=)[ \t]*([^\n;#]*)`, "gm");
    const otherBinding = (text: string) =>
        new RegExp(
            [
                String.raw`(?<![\w.])${n}\s*(:=|[-+*/%&|^@]=|<<=|>>=|\*\*=|//=)`,
                String.raw`\b(global|nonlocal|as|for|def|class)\s+([\w\s,]*,\s*)?${n}\b`,
                String.raw`\.${n}\s*=(?!=)`,
                String.raw`(?<![\w.]|[(,]\s*)${n}[ \t]*=(?!=)`,
            ].join("|"),
        ).test(text.replace(assignment, "")) ||
        // A tuple or starred target naming it: `DEBUG, X = ...`, `(A, DEBUG) = ...` (no call's keywords).
        [...text.matchAll(/(?:^|;)[ \t]*([\w \t,.*()[\]]+?)=(?!=)/gm)].some(
            m => m[1].includes(",") && !/\w\s*\(/.test(m[1]) && new RegExp(String.raw`\b${n}\b`).test(m[1]),
        );
    // Its module binds it only by plain assignments; no other file the program reads binds or sets it at all.
    if (otherBinding(found.local.text)) return false;
    if (texts.slice(1).some(t => otherBinding(t ?? "") || new RegExp(assignment.source, "m").test(t ?? "")))
        return false;
    const assigned = [...found.local.text.matchAll(assignment)].map(m => m[1]);
    return (
        assigned.length > 0 && assigned.every(a => pythonOff(a, found.local, files, roots, fileText, view, depth + 1))
    );
}

/** Keyword arguments naming where a Python server listens (waitress, wsgiref, gevent, cheroot, bjoern, eventlet ...). */
const PYTHON_HOST_KEYWORD = /^(host|hostname|listen|bind|bind_addr|address|addr|interface|listener)$/;

/**
 * The hosts a Python call names as where it listens: a PYTHON_HOST_KEYWORD argument (a string literal, its
 * space-separated items: waitress "listen: ... a quoted, space-delimited list"; a `(HOST, PORT)` tuple's host; any
 * other value every address), an address literal or a `(HOST, PORT)` tuple among its positional arguments (wsgiref
 * make_server(host, port, app): "" every address), and waitress.serve given neither host nor listen (waitress
 * "Arguments to waitress.serve": host "Default: 0.0.0.0").
 */
export function pythonServedHosts(callee: string, call: string): string[] {
    const { positional, keyword } = pythonCallArguments(call);
    const literal = (value: string) => /^\s*(["'])(.*)\1\s*$/.exec(value)?.[2];
    const tuple = (value: string) => {
        const m = /^\(\s*(["'])(.*?)\1\s*,\s*\d+\s*\)$/.exec(value.trim());
        return m === null ? undefined : m[2] === "" ? "0.0.0.0" : m[2];
    };
    const named = [...keyword].flatMap(([key, value]) => {
        if (!PYTHON_HOST_KEYWORD.test(key)) return [];
        const text = literal(value);
        if (text !== undefined) return text.trim() === "" ? ["0.0.0.0"] : text.trim().split(/\s+/);
        return [tuple(value) ?? "0.0.0.0"];
    });
    const given = positional.flatMap((value, i) => {
        const text = literal(value);
        if (text === "" && /^\s*\d+\s*$/.test(positional[i + 1] ?? "")) return ["0.0.0.0"];
        if (text !== undefined) return isAddress(text) || /^localhost(:\d+)?$/i.test(text) ? [text] : [];
        const host = tuple(value);
        return host === undefined ? [] : [host];
    });
    const waitress = /^waitress\.serve$/.test(callee) && !keyword.has("host") && !keyword.has("listen");
    return [...named, ...given, ...(waitress ? ["0.0.0.0"] : [])];
}

/**
 * A request handler class that serves the files of a directory (Python docs "http.server": SimpleHTTPRequestHandler
 * "serves files from the directory *directory* and below, or the current directory if *directory* is not provided";
 * CGIHTTPRequestHandler is one that also runs its cgi-bin scripts; RangeHTTPServer's RangeRequestHandler extends it).
 */
export const pythonFileHandler = (resolved: string) =>
    HTTP_SERVER_MODULES.test(resolved.slice(0, resolved.lastIndexOf("."))) &&
    /^((Simple|CGI)HTTPRequestHandler|RangeRequestHandler)$/.test(resolved.split(".").at(-1) ?? "");

/**
 * Python server constructors and runners and where each binds (its argument's name and position, `tuple` when that is
 * a `(host, port)` address; `otherwise` when not given: undefined, every address):
 * - socketserver "Server Creation Notes" / http.server: `HTTPServer(server_address, RequestHandlerClass)`,
 *   ThreadingHTTPServer, `TCPServer`, `ThreadingTCPServer`, `ForkingTCPServer` (Python 2's BaseHTTPServer,
 *   SocketServer), pyftpdlib's `FTPServer(address_or_socket, handler)` and its Threaded/Multiprocess kin; an empty host
 *   is INADDR_ANY (Python docs "socket": "the empty string represents INADDR_ANY");
 * - http.server's `test(HandlerClass, ServerClass, protocol, port, bind=None)` (its command line's main; None binds
 *   every address) and wsgiref "simple_server": `make_server(host, port, app)`;
 * - Twisted `reactor.listenTCP(port, factory, backlog=50, interface='')` and `TCP4ServerEndpoint(reactor, port,
 *   backlog=50, interface='')` ("interface: the local IPv4 or IPv6 address to which to bind; defaults to '', ie all
 *   IPv4 addresses"), `serverFromString(reactor, "tcp:PORT:interface=ADDR")`;
 * - aiohttp "Web Server Advanced": `run_app(app, host=None, ...)` ("Default is '0.0.0.0' if port has been specified
 *   or if path is not supplied"), `TCPSite(runner, host=None, port=None)`; uvicorn "Settings": `--host` "default
 *   127.0.0.1" (`uvicorn.run(app, host=...)`).
 */
export const PYTHON_SERVER_BINDS: {
    callee: RegExp;
    argument: [string, number | undefined];
    tuple?: true;
    otherwise?: string;
}[] = [
    {
        callee: /^(http\.server|BaseHTTPServer|SimpleHTTPServer|CGIHTTPServer|socketserver|SocketServer|RangeHTTPServer|uploadserver)\.\w*(HTTP|TCP)Server$/,
        argument: ["server_address", 0],
        tuple: true,
    },
    { callee: /^pyftpdlib\.servers\.\w*FTPServer$/, argument: ["address_or_socket", 0], tuple: true },
    { callee: /^(http\.server|uploadserver|RangeHTTPServer)\.test$/, argument: ["bind", 4] },
    { callee: /^wsgiref\.simple_server\.make_server$/, argument: ["host", 0] },
    { callee: /(^|\.)(listenTCP|TCP4ServerEndpoint|TCP6ServerEndpoint)$/, argument: ["interface", 3] },
    { callee: /^aiohttp\.web\.run_app$|(^|\.)run_app$/, argument: ["host", undefined] },
    { callee: /(^|\.)TCPSite$/, argument: ["host", 1] },
    { callee: /^uvicorn\.run$/, argument: ["host", undefined], otherwise: "127.0.0.1" },
];

/**
 * The Python program a `python` command runs (pythonEntry: SCRIPT, `-m MODULE`, `-c CODE`, when user data wrote it)
 * with the modules user data wrote that it imports (pythonImportClosure); undefined when an entry file was changed
 * after it was written (its text unknown) or the command runs the flask CLI.
 */
export function pythonProgram(
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { where: string; files: PythonFile[]; roots: string[]; interpreter: string[] } | undefined {
    const entry = pythonEntry(args, cwd, fileText, view);
    if (entry === undefined || "flask" in entry) return undefined;
    // An entry the pack cannot read (pythonEntry: an archive, a file a command made) is unread code (pythonUnreadCode,
    // round 74). One user data wrote whose text may have changed since (view.changed) is left to the other readers
    // (flask's, the fail-closed listener rule), as before round 74: every root program the pack does not model counts
    // as changing every file, so reading it as unread code refused a second Flask app after the first
    // (redteam55-nsec).
    // Round 80: a -c command (pythonEntry names it CWD/-c) is the command line's own text, no file a command in that
    // directory may change (an archive extracted into the cwd: its import judged by pythonUnreadCode).
    const command = (f: PythonFile) => entry.label.startsWith("-c ") && f.path === entry.path;
    if (entry.files.some(f => f.text !== null && !command(f) && view.changed.has(f.path))) return undefined;
    const files = entry.files;
    const closure = pythonImportClosure(files, entry.roots, fileText, view);
    return {
        where: entry.label,
        interpreter: [...entry.interpreter, ...pythonOwnEnvironment(closure.files, entry.breakpoint, view)],
        ...closure,
    };
}

/**
 * Round 90: a part of a value a Python program computes for an environment variable: known text, the value of a
 * variable of its own environment when it runs (`os.environ["PATH"]`, `os.environ.get("PATH", "/usr/bin")`,
 * `os.getenv("PATH")`: `otherwise` the literal default of one unset), or a part the pack cannot compute.
 */
export type PythonValuePart = { text: string } | { variable: string; otherwise?: string } | { unknown: true };

/**
 * An environment variable a Python program sets (pythonEnvironWrites): `name` undefined when the pack cannot compute
 * it; `value` a literal value; else `computed`, the value's parts (pythonComputedValue).
 */
export type PythonEnvironWrite = { name?: string; value?: string; computed?: PythonValuePart[]; form: string };

/** Marks bracketing the index of an environment read in a value pythonPath computes (pythonComputedValue). */
const READ_OPEN = "\u0002";
const READ_CLOSE = "\u0003";

/**
 * Round 90: the parts of a value `expr` computes (Python reference "Binary arithmetic operations" `+`, f-strings,
 * `%` and str.format, str.join, os.path.join, os.sep/os.pathsep, names bound in the file: as pythonPath computes a
 * path), each read of the process's own environment (os.environ[K], os.environ.get(K[, D]), os.getenv(K[, D]), K and
 * D literal) a variable part, and the whole value one unknown part when the pack cannot compute it (a call, a value
 * read from a file, several values a name may hold): `os.environ["PATH"] = "/tmp/bin:" + os.environ["PATH"]` is
 * PATH=/tmp/bin:${PATH}, `f"{prefix()}/lib"` unknown.
 */
function pythonComputedValue(expr: string, text: string, names: PythonNames): PythonValuePart[] {
    const code = pythonStringsBlanked(expr);
    const reads: { variable: string; otherwise?: string }[] = [];
    const bound = new Map<string, string[]>();
    for (const m of code.matchAll(/(?<![\w.])[A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*/g)) {
        const name = m[0].replace(/[ \t]/g, "");
        const callee = pythonResolve(name, names).name;
        const end = m.index + m[0].length;
        const subscript = /^\s*\[/.exec(code.slice(end));
        const called = /^\s*\(/.exec(code.slice(end));
        let read: string | undefined;
        let args: string[] = [];
        if (PYTHON_ENVIRON.test(callee) && subscript) {
            const open = end + subscript[0].length - 1;
            const key = pythonBracketed(code, open);
            read = key === undefined ? undefined : expr.slice(m.index, open + key.length);
            args = key === undefined ? [] : [expr.slice(open + 1, open + key.length - 1)];
        } else if (
            called &&
            (/^(?:os|posix|nt)\.getenv$/.test(callee) ||
                (/\.get$/.test(callee) && PYTHON_ENVIRON.test(callee.slice(0, -".get".length))))
        ) {
            const open = end + called[0].length - 1;
            const inner = parenthesized(code, open);
            read = inner === undefined ? undefined : expr.slice(m.index, open + inner.length + 2);
            args = inner === undefined ? [] : pythonSplit(expr.slice(open + 1, open + 1 + inner.length), ",");
        }
        if (read === undefined) continue;
        const variable = pythonString(args[0]);
        const otherwise = args.length > 1 ? pythonString(args[1]) : undefined;
        if (variable === undefined || args.length > 2 || (args.length === 2 && otherwise === undefined)) continue;
        reads.push({ variable, otherwise });
        bound.set(read.trim(), [`${READ_OPEN}${reads.length - 1}${READ_CLOSE}`]);
    }
    const values = pythonPath(expr, { path: "", text }, [], undefined, NO_VIEW, undefined, 0, bound);
    if (values?.length !== 1) return [{ unknown: true }];
    return values[0]
        .split(new RegExp(`(${READ_OPEN}\\d+${READ_CLOSE})`))
        .filter(piece => piece !== "")
        .map(piece => {
            const at = new RegExp(`^${READ_OPEN}(\\d+)${READ_CLOSE}$`).exec(piece);
            return at === null ? { text: piece } : reads[Number(at[1])];
        });
}

/** Mapping objects of the process environment (Python docs "os": environ, environb, posix's the same). */
const PYTHON_ENVIRON = /^(?:os|posix|nt)\.environb?$/;

/**
 * Round 74: the environment variables a Python program sets in its own process, as {name, value} (undefined: one the
 * pack cannot compute): Python docs "os.environ": "A mapping object ... Assignments to items in os.environ are
 * automatically translated into corresponding calls to putenv()" (`environ[K] = V`, `environ.setdefault(K, V)`,
 * `environ.update(...)`, `environ |= {...}`, `environ.__setitem__(K, V)`, MutableMapping's own), and os.putenv(key,
 * value) "Set the environment variable named key to the string value" (the C environment getenv reads). A mapping
 * the pack cannot read item by item, an environ passed or bound elsewhere but read (`dict(os.environ)`, `.get`,
 * `.copy`, `[K]` read, `in`), are unknown names: any variable may be set. Round 90: a value that is no literal is
 * `computed` (pythonComputedValue: its known text, reads of the environment, unknown parts; `K += V` the variable's
 * value then V), no longer dropped: the shell reader judges it as the child's assignment (commandServers.ts
 * pythonProgramCommandLines).
 */
export function pythonEnvironWrites(text: string): PythonEnvironWrite[] {
    const names = pythonNames(text);
    const code = pythonStringsBlanked(text);
    const out: PythonEnvironWrite[] = [];
    const literal = (expr: string | undefined) => {
        const trimmed = expr?.trim();
        return trimmed === undefined || /^[fF]/.test(trimmed) ? undefined : pythonString(trimmed);
    };
    /** A value's literal text and, when it is no literal, its computed parts (pythonComputedValue). */
    const valued = (expr: string | undefined, before: readonly PythonValuePart[] = []) => {
        const value = before.length === 0 ? literal(expr) : undefined;
        return value !== undefined || expr === undefined
            ? { value }
            : { computed: [...before, ...pythonComputedValue(expr, text, names)] };
    };
    const items = (mapping: string, form: string) => {
        const body = /^\s*\{([\s\S]*)\}\s*$/.exec(mapping);
        if (body === null) {
            out.push({ form });
            return;
        }
        for (const item of pythonSplit(body[1], ",")) {
            const pair = pythonSplit(item, ":");
            out.push({ name: pair.length === 2 ? literal(pair[0]) : undefined, ...valued(pair[1]), form });
        }
    };
    for (const m of code.matchAll(/(?<![\w.])[A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*/g)) {
        const name = m[0].replace(/[ \t]/g, "");
        let callee = pythonResolve(name, names).name;
        let end = m.index + m[0].length;
        // Round 90: a dotted name matched whole (`os.environ.update`, `environ.setdefault` after `from os import
        // environ`, `o.environ.update` after `import os as o`) whose part before its last dot is environ is environ's
        // method: read from that dot on (Python docs "os.environ" is a mapping: its MutableMapping methods update,
        // setdefault, __setitem__ set items).
        const lastDot = m[0].lastIndexOf(".");
        if (
            lastDot > 0 &&
            PYTHON_ENVIRON.test(pythonResolve(m[0].slice(0, lastDot).replace(/[ \t]/g, ""), names).name)
        ) {
            callee = pythonResolve(m[0].slice(0, lastDot).replace(/[ \t]/g, ""), names).name;
            end = m.index + lastDot;
        }
        // The import statement binding the name (`from os import environ [as E]`) sets nothing.
        if (
            /^[ \t]*(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+[\w., \t(]*$/.test(
                code.slice(code.lastIndexOf("\n", m.index) + 1, m.index),
            )
        )
            continue;
        const after = code.slice(end);
        const line = text.slice(end).split("\n")[0];
        const form = `${text.slice(m.index, end)}${line}`.trim().slice(0, 100);
        if (/^(?:os|posix|nt)\.(?:putenv|unsetenv)$/.test(callee) && /^\s*\(/.test(after)) {
            if (/unsetenv$/.test(callee)) continue;
            const inner = parenthesized(code, end + after.indexOf("(")) ?? "";
            const args = pythonCallArguments(
                text.slice(end + after.indexOf("(") + 1, end + after.indexOf("(") + 1 + inner.length),
            );
            out.push({ name: literal(args.argument("key", 0)), ...valued(args.argument("value", 1)), form });
            continue;
        }
        if (!PYTHON_ENVIRON.test(callee)) continue;
        const subscript = /^\s*\[/.exec(after);
        if (subscript) {
            const open = end + subscript[0].length - 1;
            const key = pythonBracketed(code, open);
            if (key === undefined) {
                out.push({ form });
                continue;
            }
            const following = code.slice(open + key.length);
            const assigned = /^[ \t]*(?:[-+*/|&^%@]|\/\/|<<|>>|\*\*)?=(?!=)[ \t]*/.exec(following);
            if (assigned) {
                const valueAt = open + key.length + assigned[0].length;
                const value = text
                    .slice(valueAt)
                    .split("\n")[0]
                    .replace(/\s*#.*$/, "");
                // Round 90: `+=` appends to the variable's value (str concatenation), any other operator computes
                // what the pack does not (unknown).
                const name = literal(text.slice(open + 1, open + key.length - 1));
                const operator = assigned[0].trim();
                out.push({
                    name,
                    ...(operator === "="
                        ? valued(value)
                        : operator === "+=" && name !== undefined
                          ? valued(value, [{ variable: name }])
                          : { computed: [{ unknown: true }] }),
                    form,
                });
            }
            continue;
        }
        const method = /^\s*\.\s*(\w+)\s*\(/.exec(after);
        if (method) {
            const open = end + method[0].length - 1;
            const inner = parenthesized(code, open);
            const args = pythonCallArguments(
                inner === undefined ? "**" : text.slice(open + 1, open + 1 + inner.length),
            );
            if (
                /^(?:get|copy|items|keys|values|pop|popitem|clear|__getitem__|__contains__|__delitem__|__len__|__iter__)$/.test(
                    method[1],
                )
            )
                continue;
            if (/^(?:setdefault|__setitem__)$/.test(method[1]))
                out.push({ name: literal(args.positional[0]), ...valued(args.positional[1]), form });
            else if (method[1] === "update" || method[1] === "__ior__") {
                for (const [key, value] of args.keyword) out.push({ name: key, ...valued(value), form });
                for (const positional of args.positional) items(positional, form);
                if ((inner ?? "").includes("**")) out.push({ form });
            } else out.push({ form });
            continue;
        }
        if (/^\s*\.\s*\w+/.test(after)) {
            // An attribute not called (`os.environ.update` bound elsewhere): unknown.
            out.push({ form });
            continue;
        }
        const augmented = /^[ \t]*\|=[ \t]*/.exec(after);
        if (augmented) {
            items(
                text
                    .slice(end + augmented[0].length)
                    .split("\n")[0]
                    .replace(/\s*#.*$/, ""),
                form,
            );
            continue;
        }
        // Read: `dict(os.environ, ...)`, `**os.environ`, `K in os.environ`, `env=os.environ`; bound or passed anywhere
        // else (a function may change it; an alias's items are read above as environ's): unknown.
        const before = code.slice(0, m.index);
        if (
            /(?:\bdict\s*\(\s*|\*\*\s*|\bin\s+|\benv\s*=\s*)$/.test(before) ||
            /(?:^|[;:])[ \t]*\w+[ \t]*=[ \t]*$/.test(before.slice(before.lastIndexOf("\n") + 1))
        )
            continue;
        out.push({ form });
    }
    return out;
}

/**
 * Round 74: what a program's own environment makes it run that the pack does not read (fail closed): each variable it
 * sets itself (pythonEnvironWrites) of PYTHON_ENVIRONMENT but a `none` one (PEP 553, PYTHONBREAKPOINT: "it is
 * consulted every time sys.breakpointhook() is called", so a program may change it while running; CPython
 * sys_breakpointhook getenv()s it on each call; the others reach the interpreters it starts, os.exec*'s and
 * subprocess's children inheriting its environment), or one whose name the pack cannot compute; and breakpoint() or
 * sys.breakpointhook() anywhere unless PYTHONBREAKPOINT is known "0" (PEP 553: "0" makes it "a no-op"; unset or ""
 * runs pdb.set_trace, a debugger reading commands, any code, from standard input; any other names code to call).
 * `given` is PYTHONBREAKPOINT as the program's environment gives it (pythonEntry: none under -E or -I).
 * Round 83: a variable of the loader table that locates configuration or code (locationKind: BASH_ENV, OPENSSL_CONF,
 * REQUESTS_CA_BUNDLE, GIT_EXEC_PATH ...) reaches every program it starts (Python docs "os.environ": "changes are
 * passed to subprocesses"): only a root-owned path the system's packages ship (packagedLocation) that user data left
 * alone is known; any other may be what the program itself wrote (fail closed).
 */
function pythonOwnEnvironment(
    files: readonly PythonFile[],
    given: readonly (string | undefined)[],
    view: ScriptView = NO_VIEW,
): string[] {
    const unread: string[] = [];
    const breakpoints = [...given];
    for (const f of files) {
        if (f.text === null) continue;
        for (const { name, value, form } of pythonEnvironWrites(f.text)) {
            if (name === undefined) {
                unread.push(`${f.path}: ${form} (sets an environment variable the pack cannot compute)`);
                continue;
            }
            if (!/^PYTHON[A-Z0-9_]+$/.test(name) && locationKind(name) !== undefined && !packagedLocation(value, view))
                unread.push(
                    `${f.path}: ${form} (sets ${name} for the programs it starts, a location root's packages do not own)`,
                );
            if (!/^PYTHON[A-Z0-9_]+$/.test(name)) continue;
            if (name === "PYTHONBREAKPOINT") breakpoints.push(value);
            const kind = Object.hasOwn(PYTHON_ENVIRONMENT, name) ? PYTHON_ENVIRONMENT[name] : undefined;
            if (kind === "none" && value !== undefined) continue;
            if (kind === "callable" && value === "0") continue;
            unread.push(`${f.path}: ${form} (sets ${name} for itself and the programs it starts)`);
        }
    }
    const calls = files.some(
        f => f.text !== null && /(?<![\w])(?:breakpoint|breakpointhook)(?!\w)/.test(pythonStringsBlanked(f.text)),
    );
    if (calls && (breakpoints.length === 0 || breakpoints.some(v => v !== "0")))
        unread.push(
            "breakpoint() with PYTHONBREAKPOINT not known 0 (PEP 553: pdb on standard input, or a callable it names)",
        );
    return unread;
}

/**
 * Python source with the contents of its string literals and comments blanked, same length (pythonPieces; Python
 * reference, "String and Bytes literals": a docstring or any other string is a value, never code); f-strings kept,
 * their fields being code.
 */
export function pythonStringsBlanked(text: string): string {
    const blank = (t: string) => t.replace(/[^\n]/g, " ");
    return pythonPieces(text)
        .map(piece => {
            if (piece.kind === "comment") return blank(piece.text);
            if (piece.kind === "code" || piece.formatted) return piece.text;
            const quote = /^("""|'''|"|')/.exec(piece.text)?.[0] ?? "";
            const closed = piece.text.length >= 2 * quote.length && piece.text.endsWith(quote);
            const inner = piece.text.slice(quote.length, closed ? piece.text.length - quote.length : undefined);
            return quote + blank(inner) + (closed ? quote : "");
        })
        .join("");
}

/**
 * Round 71: Python source as pythonStringsBlanked reads it, but each f-string reduced to the code it runs (Python
 * reference "f-strings": "Portions of the string that are outside curly braces are treated literally, except that any
 * doubled curly braces '{{' or '}}' are replaced with the corresponding single curly brace"; a replacement field is
 * `{expression [=] [!conversion] [:format_spec]}`, the format spec itself literal text with nested replacement
 * fields): its prefix, quotes, literal text, `{{`/`}}`, the `=` and `!r`/`!s`/`!a` markers and the field's braces
 * blanked, each field's expression kept in place (its own strings and f-strings read the same way). Same length.
 * Undefined when an f-string does not read as such (unclosed, a lone `}`, an empty field, a `#` or an unknown
 * conversion in a field, an f-string nesting its own quote, PEP 701): fail closed.
 */
export function pythonCodeOnly(text: string): string | undefined {
    const blank = (t: string) => t.replace(/[^\n]/g, " ");
    let out = "";
    for (const piece of pythonPieces(text)) {
        if (piece.kind === "code") out += piece.text;
        else if (piece.kind === "comment") out += blank(piece.text);
        else if (!piece.formatted) out += pythonStringsBlanked(piece.text);
        else {
            const prefix = /[rRbBuU]?[fF][rRbB]?$/.exec(out)?.[0] ?? "";
            out = out.slice(0, out.length - prefix.length) + blank(prefix);
            const fields = pythonFormattedFields(piece.text, /[rR]/.test(prefix));
            if (fields === undefined) return undefined;
            out += fields;
        }
    }
    return out;
}

/** An f-string literal (its quotes, not its prefix) with all but its fields' expressions blanked (pythonCodeOnly). */
function pythonFormattedFields(text: string, raw: boolean): string | undefined {
    const blank = (t: string) => t.replace(/[^\n]/g, " ");
    const quote = /^("""|'''|"|')/.exec(text)?.[0];
    if (quote === undefined || text.length < 2 * quote.length || !text.endsWith(quote)) return undefined;
    const body = text.slice(quote.length, text.length - quote.length);
    let out = blank(quote);
    let i = 0;
    // Literal text up to the end (`spec`: a format spec, up to its field's closing brace, left for the field).
    const literal = (spec: boolean): boolean => {
        while (i < body.length) {
            if (!spec && (body.startsWith("{{", i) || body.startsWith("}}", i))) {
                out += "  ";
                i += 2;
            } else if (body[i] === "}") return spec;
            else if (body[i] === "{") {
                out += " ";
                i++;
                if (!field()) return false;
            } else if (body[i] === "\\" && !raw) {
                // An escape, `\N{NAME}` with its braces (no field).
                const n = /^\\N\{[^}\n]*\}/.exec(body.slice(i))?.[0].length ?? 2;
                out += blank(body.slice(i, i + n));
                i += n;
            } else {
                out += blank(body[i]);
                i++;
            }
        }
        return !spec;
    };
    const field = (): boolean => {
        const start = i;
        let depth = 0;
        let debug = -1;
        let q = "";
        for (; i < body.length; i++) {
            const c = body[i];
            if (q !== "") {
                if (c === "\\") i++;
                else if (body.startsWith(q, i)) {
                    i += q.length - 1;
                    q = "";
                }
                continue;
            }
            if (c === "'" || c === '"') {
                q = body.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
                i += q.length - 1;
            } else if (c === "#") return false;
            else if ("([{".includes(c)) depth++;
            else if (")]}".includes(c)) {
                if (depth === 0) {
                    if (c === "}") break;
                    return false;
                }
                depth--;
            } else if (depth === 0 && ((c === "!" && body[i + 1] !== "=") || c === ":")) break;
            else if (
                depth === 0 &&
                c === "=" &&
                !/[=!<>]/.test(body[i - 1] ?? "") &&
                body[i + 1] !== "=" &&
                /^\s*[}!:]/.test(body.slice(i + 1))
            )
                debug = i;
        }
        if (i >= body.length || q !== "") return false;
        const end = debug >= 0 ? debug : i;
        const expression = body.slice(start, end);
        const code = /\S/.test(expression) ? pythonCodeOnly(expression) : undefined;
        if (code === undefined) return false;
        out += code + blank(body.slice(end, i));
        if (body[i] === "!") {
            if (!/^![rsa]/.test(body.slice(i, i + 2))) return false;
            out += "  ";
            i += 2;
        }
        if (body[i] === ":") {
            out += " ";
            i++;
            if (!literal(true)) return false;
        }
        if (body[i] !== "}") return false;
        out += " ";
        i++;
        return true;
    };
    if (!literal(false)) return undefined;
    return out.length === text.length - quote.length ? out + blank(quote) : undefined;
}

/**
 * A file's Python calls, nested ones too (one level of parentheses inside): the callee as its imports resolve it.
 * Calls are found outside string literals (pythonStringsBlanked: a docstring showing a call is not one); `call`, the
 * argument text, keeps the strings its readers take as values.
 */
export function pythonCalls(text: string): { name: string; callee: string; call: string; index: number }[] {
    const names = pythonNames(text);
    // Found in the code with its strings blanked (same length), arguments nested to any depth (`Flask(__name__,
    // static_folder=os.path.join(os.path.dirname(__file__), ".."))`), the argument text taken from the original.
    const code = pythonStringsBlanked(text);
    return [...code.matchAll(/(?<![\w.])(?<!\bdef\s+)([A-Za-z_][\w.]*)\s*\(/g)].flatMap(m => {
        const start = m.index + m[0].length;
        const inner = parenthesized(code, start - 1);
        return inner === undefined
            ? []
            : [
                  {
                      name: m[1],
                      callee: pythonResolve(m[1], names).name,
                      call: text.slice(start, start + inner.length),
                      index: m.index,
                  },
              ];
    });
}

/** `text` split at each `separator` outside strings and brackets, the parts trimmed (empty ones dropped). */
export function pythonSplit(text: string, separator: string): string[] {
    const parts: string[] = [];
    let start = 0;
    for (const i of pythonTopLevel(text))
        if (text[i] === separator) {
            parts.push(text.slice(start, i));
            start = i + 1;
        }
    parts.push(text.slice(start));
    return parts.map(part => part.trim()).filter(part => part !== "");
}

/**
 * Python the readers cannot follow, which may bind any module-level name (and change anything else, the working
 * directory too): one table, by the name the file's imports and aliases resolve it to (pythonResolve: `from builtins
 * import exec as run`, `g = globals`, `(exec)(...)`, `import __main__ as self`). Built-in Functions: exec/eval/compile
 * run code "in the current scope" (at module level "globals and locals are the same dictionary"), globals() is "the
 * dictionary implementing the current module namespace", locals()/vars() likewise at module level, setattr/delattr and
 * `__import__(__name__)` reach the module object; "__main__ — Top-level code environment" (`import __main__` is the
 * running script, its attributes its globals); sys.modules ("a dictionary that maps module names to modules"),
 * sys._getframe/inspect frames ("f_globals is the dictionary used by the frame to look up global variables"),
 * function.__globals__, `__dict__`/`__setattr__` (Data model), builtins/runpy (any of the above by another name), and
 * importlib's members (import_module, reload, util.spec_from_file_location/module_from_spec, machinery loaders, ...
 * load modules by computed names or run code) but the harmless ones, an allowlist of documented functions and classes:
 * importlib.metadata's ("provides access to installed package metadata": version, metadata, files, requires,
 * distribution(s), packages_distributions, ...) but its entry points (EntryPoint.load imports the object it names) and
 * its other module globals (CPython importlib/metadata/__init__.py does `from importlib import import_module`:
 * importlib.metadata.import_module is importlib's), and importlib.resources' (files, as_file, read_text, ...), whose
 * anchor "a module object or a module name as a string" it imports: a string literal one is read as that import
 * (pythonNames modules), any other anchor as dynamic (PYTHON_RESOURCE_ANCHOR). Either module itself used as a value
 * (`getattr(md, name)`) is dynamic; `from importlib import metadata` binds it, its uses read. What a
 * `from M import a` binds is M.a (M itself for `*` or an item the pack does not read); a plain `import M` binds M,
 * whose uses are read. A string naming one of them given to getattr (`getattr(builtins, "exec")`) too. Round 67: imp,
 * importlib's predecessor (Python 3.9 docs "imp": load_source "Load and initialize a module implemented as a Python
 * source file", load_module, reload, ...); the evaluators of annotations given any string (ForwardRef,
 * inspect.get_annotations(eval_str=True), annotationlib, typing_extensions'), while get_type_hints evaluates only the
 * annotations, read as code wherever written (pythonStringAnnotations; round 68), and the `__annotations__` dicts a
 * program may write (PYTHON_DYNAMIC_ATTRIBUTES); the module logging.config but dictConfig, whose configuration is read
 * (pythonLoggingConfigUnread: its "()" factories, "class" and ext:// names import and call any object, Python docs
 * "logging.config" "User-defined objects", "Access to external objects"; DictConfigurator, BaseConfigurator.resolve,
 * fileConfig and listen unread). Round 68: the warnings module's -W parsers (CPython Lib/warnings.py _setoption,
 * _processoptions, _getcategory: a dotted category is `__import__`ed, a module by a computed name). Round 74: the
 * pickle-based loaders of known/pip-installed packages (trusting a package's code is not trusting the data it
 * unpickles): jsonpickle docs "Security" ("The jsonpickle module is not secure ... possible to construct malicious
 * pickle data which will execute arbitrary code during unpickling"), dill ("dill extends python's pickle module"),
 * cloudpickle (pickle's loads), joblib docs "Persistence" ("joblib.load relies on the pickle module and can therefore
 * execute arbitrary Python code"), PyTorch docs "torch.load" (weights_only=False "uses the pickle module implicitly,
 * which is known to be insecure"; a literal weights_only=True is a data load, pythonDataLoad), pandas docs
 * "pandas.read_pickle" ("Loading pickled data received from untrusted sources can be unsafe"). Round 78: the
 * standard (and known-package) helpers that import or run code from a path or a name they are given: pkgutil's
 * walk_packages (CPython Lib/pkgutil.py: "this function must import all *packages* (NOT all modules!) on the given
 * path"), get_loader/find_loader/iter_importers/get_data (they import the named package), ImpImporter/ImpLoader;
 * unittest's loaders and runners (Python docs "unittest": TestLoader.discover "Find all the test modules by recursing
 * into subdirectories from the specified start directory", loadTestsFromName(s), main/TestProgram; its TestCase,
 * TestSuite, runners and skips import nothing); zipimport (Python docs "zipimport": zipimporter(archivepath),
 * load_module/exec_module run the archive's module); setuptools.sandbox.run_setup ("Run a distutils setup script,
 * sandboxed in its directory") and distutils.core.run_setup (Python docs "distutils.core": "Run a setup script in a
 * somewhat controlled environment"): the setup script's code.
 */
const PYTHON_DYNAMIC_BUILTINS = String.raw`exec|eval|compile|globals|locals|vars|setattr|delattr|__import__|__builtins__`;

const PYTHON_DYNAMIC_NAMES = new RegExp(
    String.raw`^(?:${PYTHON_DYNAMIC_BUILTINS}|builtins|__main__|importlib(?!\.metadata\.(?:version|metadata|files|requires|distributions?|packages_distributions|PackageNotFoundError|PackageMetadata|PackagePath|Distribution)(?:\.|$)|\.resources\.(?:files|as_file|read_text|read_binary|open_text|open_binary|path|contents|is_resource|Package|Anchor|Resource|ResourceReader|abc)(?:\.|$))|runpy|sys\.(?:modules|_getframe|meta_path|path_hooks|path_importer_cache)|inspect\.(?:currentframe|stack|getouterframes|getmembers|getattr_static|get_annotations)|imp|typing\.(?:ForwardRef|_eval_type|evaluate_forward_ref)|typing_extensions\.(?:get_annotations|ForwardRef|evaluate_forward_ref)|annotationlib|operator\.(?:attrgetter|methodcaller)|ctypes|_ctypes|cffi|pkgutil\.(?:resolve_name|walk_packages|get_loader|find_loader|ImpImporter|ImpLoader|iter_importers|get_data)|unittest(?!\.(?:TestCase|IsolatedAsyncioTestCase|FunctionTestCase|TestSuite|TextTestRunner|TextTestResult|TestResult|SkipTest|skip|skipIf|skipUnless|expectedFailure|addModuleCleanup|doModuleCleanups|enterModuleContext|installHandler|registerResult|removeResult|removeHandler|case|suite|result|runner|signals|util|async_case)(?:\.|$))|zipimport|setuptools\.sandbox|(?:setuptools\._)?distutils\.core\.run_setup|pydoc|timeit|cProfile|_lsprof|profile|pdb|bdb|trace|code|codeop|doctest|unittest\.mock|mock|pickle|_pickle|cPickle|shelve|marshal|yaml\.(?:load|load_all|unsafe_load|unsafe_load_all|full_load|full_load_all|(?:loader\.|cyaml\.)?C?(?:Unsafe|Full)?Loader|(?:constructor\.)?(?:Unsafe|Full)?Constructor)|numpy\.(?:load|loads|lib\.npyio\.load|lib\.npyio\.NpzFile|lib\.format\.read_array|ma\.load|ma\.loads)|jsonpickle\.(?:decode|unpickler|Unpickler)|dill\.(?:load|loads|load_session|load_module|Unpickler|_dill)|cloudpickle\.(?:load|loads|Unpickler)|joblib\.(?:load|numpy_pickle)|torch\.(?:load|serialization\.load)|pandas\.(?:read_pickle|io\.pickle)|types\.(?:FunctionType|LambdaType|CodeType)|logging\.config(?!\.dictConfig$)|(?:_py_)?warnings\.(?:_setoption|_processoptions|_getcategory))(?:\.|$)`,
);

/** The PYTHON_DYNAMIC_NAMES a file reaches without importing them: built-in functions (Python "Built-in Functions"). */
const PYTHON_DYNAMIC_UNIMPORTED = new RegExp(String.raw`^(?:${PYTHON_DYNAMIC_BUILTINS})(?:\.|$)`);

const PYTHON_DYNAMIC_ATTRIBUTES =
    /^(?:__dict__|__annotations__|__setattr__|__kwdefaults__|__defaults__|__code__|__closure__|__delattr__|__getattribute__|__globals__|__builtins__|__import__|f_globals|f_locals|f_back|modules|_getframe|entry_points|EntryPoints?|enable_load_extension|load_extension|enableloadextension|loadextension)$/;

/** importlib.resources functions taking an anchor; the anchors that import none or a module named by a literal. */
const PYTHON_RESOURCE_CALL = /^importlib\.resources\.(?!abc\b|as_file$)\w+$/;

const PYTHON_RESOURCE_ANCHOR = /^\s*(?:|__name__|__package__|(["'])[\w.]+\1)\s*(?:,|$)/;

/** Blanks between Python tokens: spaces, tabs, a backslash joining the next line (Python reference "Explicit line joining"). */
const PYTHON_GAP = String.raw`(?:[ \t]|\\\n)`;

/**
 * Python import statements, the one reading of them (pythonNames, pythonDynamic, pythonFileServerListeners), in code
 * with its strings blanked (pythonStringsBlanked): `from M import ...` (M, the items) and `import ...`, at a statement's
 * start: a line's, after `;`, or after a compound statement's header colon (Python reference "Compound statements": "A
 * suite can be one or more semicolon-separated simple statements on the same line as the header", `if x: from os import
 * chdir`). Keywords are tokens, no blank is needed between them and `*`, `(` or `.` ("The import statement": `from os
 * import*`, `from os import(chdir)`, `from .import m`).
 */
export const PYTHON_FROM_IMPORT = new RegExp(
    String.raw`(?:^|[;:])${PYTHON_GAP}*from(?!\w)${PYTHON_GAP}*(\.*[\w.]*)${PYTHON_GAP}*(?<!\w)import(?!\w)${PYTHON_GAP}*(\([^)]*\)|(?:\\\n|[^\n#;])*)`,
    "gm",
);

export const PYTHON_IMPORT = new RegExp(
    String.raw`(?:^|[;:])${PYTHON_GAP}*import(?!\w)${PYTHON_GAP}*((?:\\\n|[^\n#;])*)`,
    "gm",
);

/**
 * Round 75: whether the token `m` (resolved to `name`) is a call of timeit.timeit or timeit.repeat whose stmt and
 * setup are lambdas (Python docs "timeit": "stmt and setup may also contain ... a callable that takes no
 * arguments"; a callable is called, no string is compiled) and nothing else but number/repeat: the lambdas' bodies
 * are the file's own code, read where they stand. A string stmt or setup (compiled and executed), a timer or globals
 * argument, a spread, or any other use of timeit is dynamic.
 */
function pythonTimeitOfCallables(name: string, m: RegExpMatchArray, code: string, source: string): boolean {
    if (!/^timeit\.(?:timeit|repeat)$/.test(name)) return false;
    const end = (m.index ?? 0) + m[0].length;
    const open = /^[ \t]*\(/.exec(code.slice(end));
    if (!open) return false;
    const start = end + open[0].length;
    const inner = parenthesized(code, start - 1);
    if (inner === undefined) return false;
    const call = source.slice(start, start + inner.length);
    const { positional, keyword } = pythonCallArguments(call);
    if (call.includes("*") && /(?:^|[(,])\s*\*/.test(call)) return false;
    if ([...keyword.keys()].some(k => !/^(?:stmt|setup|number|repeat)$/.test(k))) return false;
    if (positional.length > 2) return false;
    const lambda = (v: string | undefined) => v === undefined || /^\s*lambda\s*:/.test(v);
    // Round 75: a count is a digit literal or a bare name (a name's lookup runs no code the file does not show; what it
    // is bound to is read where it is bound: Python reference "Identifiers (Names)").
    const number = (v: string | undefined) => v === undefined || /^\s*(?:\d[\d_]*|[A-Za-z_]\w*)\s*$/.test(v);
    return (
        (positional[0] !== undefined || keyword.has("stmt")) &&
        lambda(positional[0] ?? keyword.get("stmt")) &&
        lambda(positional[1] ?? keyword.get("setup")) &&
        number(keyword.get("number")) &&
        number(keyword.get("repeat"))
    );
}

const PYTHON_DYNAMIC_CACHE = new Map<string, boolean>();

/** Whether Python source has code of PYTHON_DYNAMIC_NAMES or _ATTRIBUTES (comments and strings skipped). */
export function pythonDynamic(text: string): boolean {
    const cached = PYTHON_DYNAMIC_CACHE.get(text);
    if (cached !== undefined) return cached;
    const names = pythonNames(text);
    const source = pythonCode(text);
    let code = pythonStringsBlanked(source);
    const ascii = !/[\u0080-\uffff]/.test(code.replace(/^\uFEFF/, ""));
    // Import statements: what each `from M import a` binds (M.a; M for `*`, none or an item not read), then blanked
    // (an `import M` binds M: its uses are read below).
    const fromImported: string[] = [];
    const blank = (m: RegExpMatchArray) => {
        const at = m.index ?? 0;
        code = code.slice(0, at) + m[0].replace(/[^\n]/g, " ") + code.slice(at + m[0].length);
    };
    for (const m of [...code.matchAll(PYTHON_FROM_IMPORT)]) {
        const items = m[2]
            .replace(/[()\\]/g, " ")
            .split(",")
            .map(item => item.trim());
        const read = items.filter(item => item !== "").map(item => /^(\w+)(?:\s+as\s+\w+)?$/.exec(item)?.[1]);
        if (read.length === 0 || read.some(item => item === undefined)) fromImported.push(m[1]);
        for (const item of read) {
            const full = item === undefined ? "" : m[1].endsWith(".") ? m[1] + item : `${m[1]}.${item}`;
            // Round 75: `from timeit import timeit [as t]` binds the function (Python reference "The import
            // statement"); each use of the bound name is a token read below (pythonTimeitOfCallables), so the import
            // itself is not dynamic.
            if (/^timeit\.(?:timeit|repeat)$/.test(full)) continue;
            if (item !== undefined && !/^importlib\.(?:metadata|resources)$/.test(full)) fromImported.push(full);
        }
        blank(m);
    }
    for (const m of [...code.matchAll(PYTHON_IMPORT)]) blank(m);
    const tokens = [...code.matchAll(/(?<![\w.])[A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*/g)];
    const dotted = tokens.map(m => m[0].replace(/[ \t]/g, ""));
    const words = [...code.matchAll(/(?<!\w)[A-Za-z_]\w*/g)].map(m => m[0]);
    // One named by a string given to getattr and its kin: `getattr(builtins, "exec")`, `getattr(sys, "modules")`.
    const strings = [...source.matchAll(/(["'])([\w.]*)\1/g)].map(m => m[2]);
    // An importlib.resources function given an anchor other than a literal module name (or this module's), or named
    // but not called (`f = importlib.resources.files`), by its imports (an assigned name is what a call returned).
    const imported = { ...names, assigned: new Map<string, string>() };
    const anchor = (m: RegExpMatchArray) => {
        if (!PYTHON_RESOURCE_CALL.test(pythonResolve(m[0].replace(/[ \t]/g, ""), imported).name)) return false;
        const open = (m.index ?? 0) + m[0].length;
        const args = /^\s*\(/.test(code.slice(open)) ? parenthesized(source, code.indexOf("(", open)) : undefined;
        return args === undefined || !PYTHON_RESOURCE_ANCHOR.test(args);
    };
    const dynamic =
        // A non-ASCII character in code: identifiers are read "using the Unicode character database" and "converted
        // into the normal form NFKC while parsing" (Python reference "Identifiers and keywords": `cd_é` one name,
        // fullwidth `ｏｓ` is os), which the readers' ASCII names do not follow (fail closed; a leading BOM is none).
        !ascii ||
        fromImported.some(d => PYTHON_DYNAMIC_NAMES.test(d)) ||
        dotted.some((d, i) => {
            const resolved = pythonResolve(d, names);
            if (
                resolved.imported &&
                pythonTimeitOfCallables(resolved.name, tokens[i], code, source) &&
                !pythonNameRebound(text, d)
            )
                return false;
            // A module's name is its own only imported (or through a star import): `code = 200` is no code module.
            const reached =
                resolved.imported || names.stars.length > 0 || PYTHON_DYNAMIC_UNIMPORTED.test(resolved.name);
            return (reached && PYTHON_DYNAMIC_NAMES.test(resolved.name)) || PYTHON_DYNAMIC_UNIMPORTED.test(d);
        }) ||
        tokens.some(anchor) ||
        pythonLoggingConfigUnread(source, code, tokens, names) ||
        pythonStringAnnotations(source).some(a => !PYTHON_TYPE_EXPRESSION.test(a)) ||
        words.some(w => PYTHON_DYNAMIC_ATTRIBUTES.test(w)) ||
        // Named by a string: a built-in, an attribute of any module the file imports (`getattr(pkgutil,
        // "resolve_name")`), a dotted name (`attrgetter("sys.modules")`).
        (/\b(?:getattr|attrgetter|methodcaller|__getattribute__)\b/.test(code) &&
            strings.some(
                x =>
                    PYTHON_DYNAMIC_UNIMPORTED.test(x) ||
                    PYTHON_DYNAMIC_ATTRIBUTES.test(x) ||
                    (x.includes(".") && PYTHON_DYNAMIC_NAMES.test(x)) ||
                    [...names.imports.values(), ...fromImported].some(v => PYTHON_DYNAMIC_NAMES.test(`${v}.${x}`)),
            ));
    if (PYTHON_DYNAMIC_CACHE.size >= 64)
        PYTHON_DYNAMIC_CACHE.delete(PYTHON_DYNAMIC_CACHE.keys().next().value as string);
    PYTHON_DYNAMIC_CACHE.set(text, dynamic);
    return dynamic;
}

/**
 * Whether a file's logging.config.dictConfig calls may import or call an object the pack does not read (Python docs
 * "logging.config", "Configuration dictionary schema": a "()" key names a factory, "resolved by its dotted name like
 * any import", called with the other keys; "class" the fully qualified name of a handler, formatter or filter class;
 * "Access to external objects": an `ext://` value resolves any importable object): a use other than a call, an argument
 * that is no dict display nor a name bound once to one (and used nowhere else: an item write may add any key), a "()"
 * key, a key that is no string literal, a `**` spread, implicit or `+` string concatenation, an f-string, a "class" not
 * of logging or logging.handlers, an ext:// other than sys.stdout/stderr (fail closed). `code` is `source` with its
 * strings blanked and its import statements blanked (pythonDynamic), `tokens` its dotted names.
 */
function pythonLoggingConfigUnread(
    source: string,
    code: string,
    tokens: readonly RegExpMatchArray[],
    names: PythonNames,
): boolean {
    // A literal's value: as written, escapes decoded when it has one (`"\x28)"` is "()"); `prefix` its r/u prefix.
    const literal = (prefix: string, text: string) => {
        const quote = /^("""|'''|"|')/.exec(text)?.[0] ?? "";
        const inner = text.slice(quote.length, text.length - quote.length);
        return inner.includes("\\") ? pythonStringLiteral(prefix + text) : inner;
    };
    // A dict display of plain literals only (Python reference "Literals", "Dictionary displays", "List displays"):
    // string keys; values strings, numbers, True/False/None, nested dicts and lists of those. Any other expression
    // (a call or method, `%`/`+`/`*` or any operator, parentheses, a name, `**`, an f-string, a bytes literal,
    // adjacent literals) has a value the pack does not compute: unread (fail closed; `{"(%s)" % "": ...}` is "()").
    const literalConfig = (dict: string): boolean => {
        type Token =
            { kind: "{" | "}" | "[" | "]" | ":" | "," | "atom" } | { kind: "string"; value: string | undefined };
        const PLAIN_ATOM = /^(?:-?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?|True|False|None)$/;
        const tokens: Token[] = [];
        let prefix = "";
        for (const piece of pythonPieces(dict)) {
            if (piece.kind === "comment") continue;
            if (piece.kind === "string") {
                if (piece.formatted) return false;
                tokens.push({ kind: "string", value: literal(prefix, piece.text) });
                prefix = "";
                continue;
            }
            const words = piece.text.match(
                /\\\n|\s+|[{}[\]:,]|-?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?(?![\w.])|[A-Za-z_]\w*|[\s\S]/g,
            );
            for (const [k, word] of (words ?? []).entries()) {
                if (/^(?:\s+|\\\n)$/.test(word)) continue;
                // A string prefix, written just before the quote: u (no meaning in Python 3) or r (raw).
                if (k === (words ?? []).length - 1 && /^[uUrR]$/.test(word)) prefix = word;
                else if (/^[{}[\]:,]$/.test(word)) tokens.push({ kind: word as "{" });
                else if (PLAIN_ATOM.test(word)) tokens.push({ kind: "atom" });
                else return false;
            }
        }
        if (prefix !== "") return false;
        let at = 0;
        const plain = (value: string | undefined) =>
            value !== undefined &&
            value !== "()" &&
            (!/^ext:\/\//.test(value) || /^ext:\/\/sys\.(?:stdout|stderr)$/.test(value));
        const items = (close: "}" | "]", item: () => boolean): boolean => {
            for (;;) {
                if (tokens[at]?.kind === close) {
                    at++;
                    return true;
                }
                if (!item()) return false;
                if (tokens[at]?.kind === ",") at++;
                else if (tokens[at]?.kind !== close) return false;
            }
        };
        const value = (): boolean => {
            const token = tokens[at++];
            if (token?.kind === "atom") return true;
            if (token?.kind === "string") return plain(token.value) && tokens[at]?.kind !== "string";
            if (token?.kind === "[") return items("]", value);
            if (token?.kind !== "{") return false;
            return items("}", () => {
                const key = tokens[at++];
                if (key?.kind !== "string" || !plain(key.value) || tokens[at++]?.kind !== ":") return false;
                // "class": a handler, formatter or filter class of logging or logging.handlers only.
                const cls = tokens[at];
                if (
                    key.value === "class" &&
                    (cls?.kind !== "string" || !/^logging(?:\.handlers)?\.[A-Za-z_]\w*$/.test(cls.value ?? ""))
                )
                    return false;
                return value();
            });
        };
        return tokens[0]?.kind === "{" && value() && at === tokens.length;
    };
    return tokens.some(m => {
        if (pythonResolve(m[0].replace(/[ \t]/g, ""), names).name !== "logging.config.dictConfig") return false;
        const open = (m.index ?? 0) + m[0].length;
        const args = /^\s*\(/.test(code.slice(open)) ? parenthesized(source, code.indexOf("(", open)) : undefined;
        const config = args === undefined ? undefined : pythonCallArguments(args).argument("config", 0)?.trim();
        if (config === undefined) return true;
        if (config.startsWith("{")) return !literalConfig(config);
        if (!/^[A-Za-z_]\w*$/.test(config)) return true;
        const bound = pythonLogicalStatements(source).filter(st =>
            new RegExp(String.raw`^${config}[ \t]*=(?!=)`).test(st.text),
        );
        const uses = [...code.matchAll(new RegExp(String.raw`(?<![\w.])${config}(?!\w)`, "g"))].length;
        const value = bound.length === 1 && bound[0].indent === 0 ? bound[0].text.replace(/^\w+\s*=\s*/, "") : "";
        return uses !== 2 || !value.startsWith("{") || !literalConfig(value);
    });
}

/**
 * The strings of a file's annotations an evaluator of annotations evaluates as code (typing.get_type_hints and whatever
 * calls it: functools.singledispatch's register, pydantic, ...; Python docs "typing.get_type_hints": "forward references
 * encoded as string literals are handled by evaluating them in globals and locals namespaces"), as written: in each
 * annotation (Python reference "Function definitions": a parameter's `: expression` and the return's `-> expression`;
 * "Annotated assignment statements" `NAME: expression`), a string annotation and each string nested in its subscripts
 * (`list["X"]`: get_type_hints evaluates a GenericAlias's string arguments as forward references), a call's arguments
 * aside (values, never evaluated again); under `from __future__ import annotations` every annotation whole, quoted
 * (PEP 563: "annotations ... stored in string form", evaluated by get_type_hints).
 */
function pythonStringAnnotations(source: string): string[] {
    const out: string[] = [];
    const future = /(?:^|[;:])[ \t]*from[ \t]+__future__[ \t]+import\b[^\n;]*\bannotations\b/m.test(pythonCode(source));
    const annotation = (text: string | undefined) => {
        const expression = text?.trim() ?? "";
        if (expression === "") return;
        if (future) out.push(`"${expression}"`);
        let before = "";
        for (const piece of pythonPieces(expression)) {
            const calls = (before.match(/\(/g) ?? []).length - (before.match(/\)/g) ?? []).length;
            if (piece.kind === "string" && calls <= 0) out.push(piece.text);
            before += piece.kind === "string" ? "" : piece.text;
        }
    };
    for (const st of pythonLogicalStatements(source)) {
        if (/^(?:async[ \t]+)?def\b/.test(st.text)) {
            const open = pythonStringsBlanked(st.text).indexOf("(");
            const params = open < 0 ? undefined : parenthesized(pythonStringsBlanked(st.text), open);
            if (params === undefined) continue;
            for (const param of pythonSplit(st.text.slice(open + 1, open + 1 + params.length), ",")) {
                const typed = /^\**[ \t]*[A-Za-z_]\w*[ \t]*:([\s\S]*)$/.exec(param);
                if (typed) annotation(pythonSplit(typed[1], "=")[0]);
            }
            const returns = /^\s*->([\s\S]*)$/.exec(st.text.slice(open + params.length + 2));
            if (returns) annotation(pythonSplit(returns[1], ":")[0]);
            continue;
        }
        const assigned = /^[A-Za-z_][\w.]*[ \t]*:(?!=)([\s\S]*)$/.exec(st.text);
        if (assigned && !PYTHON_COMPOUND.test(st.text)) annotation(pythonSplit(assigned[1], "=")[0]);
    }
    return out;
}

/** A string annotation that is a type expression only (names, subscripts, `|`, `...`, nested quotes), no call. */
const PYTHON_TYPE_EXPRESSION = /^[rRuUbB]?("|')[\w.[\], |'"\s-]*\1$/;

/**
 * The one reader of a name's assignments: the values each `NAME = VALUE` (or annotated `NAME: TYPE = VALUE`, Python
 * reference "Annotated assignment statements") statement gives `name` in `text`, in source order (pythonLogicalStatements:
 * one on a compound header's line too, `if x: NAME = ...`, `try: NAME = ...`; none from a line inside brackets), each
 * `top` when it runs unconditionally at module level (no indentation, no header before it on its line); undefined when
 * the name is also bound in a way the pack does not follow (an augmented `+=`, a walrus `:=`, a `for` or `with ... as`
 * target, unpacking `a, b = ...`, a chained `a = NAME = ...`, a function's parameter, an import beside an assignment,
 * any code of pythonDynamic (exec, globals, setattr, __main__, sys.modules, frames, ... by whatever name; eval's `:=`
 * too) or any other attribute write `X.NAME =` but a method's self's (a module's attributes are its globals: Python
 * reference "The import system"), `del NAME`, a `def`/`class NAME`, a `case` pattern naming it (Python reference "The
 * match statement": a capture pattern binds the subject to the name), a `from M import *` of a module but flask/werkzeug
 * ("The import statement": binds "all public names defined in the module")), so its value cannot be known (Python
 * reference, "Naming and binding": each of these binds the name).
 */
function pythonAssignments(text: string, name: string): { value: string; top: boolean }[] | undefined {
    const n = name.replace(/[.]/g, "\\.");
    const boundOtherwise = [
        new RegExp(`(?:^|[;(,:\\s])${n}[ \t]*(?:[-+*/%@&|^]|//|\\*\\*|>>|<<)=`, "m"),
        new RegExp(`\\b${n}[ \t]*:=`),
        new RegExp(`(?:^|[;:])[ \t]*(?:async[ \t]+)?for[ \t]+[^\n:]*\\b${n}\\b[^\n:]*[ \t]in\\b`, "m"),
        new RegExp(`\\bas[ \t]+\\(?[ \t]*${n}\\b`),
        new RegExp(`(?<!\\bself[ \t]*)\\.[ \t]*${n}[ \t]*(?:[-+*/%@&|^]|//|\\*\\*|>>|<<)?=(?!=)`),
        new RegExp(`(?:^|[;:])[ \t]*del[ \t][^\n;]*(?<![\\w.])${n}(?!\\w)`, "m"),
        new RegExp(`(?:^|[;:])[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+${n}(?!\\w)`, "m"),
    ];
    if (boundOtherwise.some(re => re.test(text)) || pythonDynamic(text)) return undefined;
    if (pythonNames(text).stars.some(m => !/^(flask|werkzeug)(\.|$)/.test(m))) return undefined;
    const word = new RegExp(`(?<![\\w.])${n}(?!\\w)`);
    const out: { value: string; top: boolean }[] = [];
    for (const st of pythonLogicalStatements(text)) {
        // A function's parameter (Python reference "Function definitions") binds the name in its body.
        const def = /^(?:async[ \t]+)?def[ \t]+\w+[ \t]*\(([\s\S]*)\)[\s\S]*:$/.exec(st.text);
        if (def && pythonSplit(def[1], ",").some(p => /^[*\s]*(\w+)/.exec(p)?.[1] === name)) return undefined;
        // A `case` pattern naming it (a capture, `case [NAME, _]:`, `case {"k": NAME}:`; a dotted value pattern does not).
        if (/^case\b[\s\S]*:$/.test(st.text) && word.test(st.text.replace(/(["'])(?:\\.|(?!\1).)*\1/g, "")))
            return undefined;
        const equals = pythonAssignOperators(st.text);
        if (equals.length === 0) continue;
        const targets = equals.map((at, k) => st.text.slice(k === 0 ? 0 : equals[k - 1] + 1, at).trim());
        const value = st.text.slice(equals.at(-1)! + 1).trim();
        if (targets.length === 1 && new RegExp(`^${n}[ \t]*(?::[\\s\\S]*)?$`).test(targets[0]))
            out.push({ value, top: st.indent === 0 && !st.suite });
        // Any other target naming it (unpacking, chained, a subscript of it): not followed.
        else if (targets.some(t => word.test(t.replace(/(["'])(?:\\.|(?!\1).)*\1/g, "")))) return undefined;
    }
    if (out.length > 0 && pythonNames(text).imports.has(name)) return undefined;
    return out;
}

/**
 * The value of a Python expression, names followed to what they are assigned in the file or in the module user data
 * wrote that they are imported from (`from settings import HOST`): the expression text and its file, undefined when
 * the pack cannot know it (a module it does not read, two different assignments, a name bound otherwise).
 */
export function pythonValue(
    expr: string,
    file: { path: string; text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    depth = 0,
): { text: string; file: { path: string; text: string } } | undefined {
    const e = expr.trim();
    if (!/^[A-Za-z_][\w.]*$/.test(e) || /^(None|True|False)$/.test(e)) return { text: e, file };
    if (depth >= 8) return undefined;
    const resolved = pythonResolve(e, pythonNames(file.text));
    if (resolved.imported) {
        const dots = /^\.*/.exec(resolved.name)?.[0] ?? "";
        const parts = resolved.name.slice(dots.length).split(".");
        for (let k = parts.length - 1; k >= (dots === "" ? 1 : 0); k--) {
            const found = pythonModuleFile(dots + parts.slice(0, k).join("."), file.path, roots, fileText, view);
            if (found === undefined) continue;
            return found.text === null
                ? undefined
                : pythonValue(
                      parts.slice(k).join("."),
                      { path: found.path, text: found.text },
                      roots,
                      fileText,
                      view,
                      depth + 1,
                  );
        }
        return undefined;
    }
    if (e.includes(".")) return undefined;
    const assigned = pythonAssignments(file.text, e)?.map(a => a.value);
    if (!assigned?.length || assigned.some(a => a !== assigned[0]) || assigned[0] === e) return undefined;
    return pythonValue(assigned[0], file, roots, fileText, view, depth + 1);
}

/**
 * A Python string literal's value (no f-string fields), undefined for any other expression: its escape sequences
 * decoded as Python does (Python reference "String and Bytes literals": `\\xhh` "Character with hex value hh", `\\ooo`,
 * `\\uxxxx`/`\\Uxxxxxxxx` in str literals only, `\\N{name}`, a backslash-newline ignored, an unrecognized escape left
 * in the result; none in a raw `r"..."` literal); a named `\\N{...}` escape the pack does not decode: undefined.
 * Adjacent literals, on one line or continued across lines (inside brackets, or after a backslash), are one
 * ("String literal concatenation": "Multiple adjacent string or bytes literals (delimited by whitespace) ... their
 * meaning is the same as their concatenation"); str beside bytes (a SyntaxError) is none.
 */
export const pythonString = (text: string | undefined): string | undefined => {
    const literals = (text ?? "").trim().match(/[rRuUbBfF]{0,2}(["'])[^"'{}]*\1|\s+|\\\n/g);
    if (literals === null || literals.join("") !== (text ?? "").trim()) return undefined;
    const parts = literals.filter(l => !/^\s*$|^\\\n$/.test(l));
    if (parts.length > 1) {
        // An escaped closing quote (`"a\\" "b"`) is no end of a literal: not read.
        if (parts.some(l => /(?<!\\)(?:\\\\)*\\["']$/.test(l))) return undefined;
        if (new Set(parts.map(l => /^[^"']*[bB]/.test(l))).size > 1) return undefined;
        const values = parts.map(l => pythonStringLiteral(l));
        return values.some(v => v === undefined) ? undefined : values.join("");
    }
    return pythonStringLiteral(text);
};

/** One Python string literal's value (pythonString). */
const pythonStringLiteral = (text: string | undefined) => {
    const m = /^([rRuUbBfF]{0,2})(["'])([^"'{}]*)\2$/.exec(text?.trim() ?? "");
    if (!m) return undefined;
    if (/r/i.test(m[1]) || !m[3].includes("\\")) return m[3];
    const bytes = /b/i.test(m[1]);
    const simple: Record<string, string> = { "\n": "", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f" };
    Object.assign(simple, { n: "\n", r: "\r", t: "\t", v: "\v" });
    let unknown = false;
    const value = m[3].replace(
        /\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|[\s\S])/g,
        (all, esc: string) => {
            if (esc in simple) return simple[esc];
            if (/^[0-7]/.test(esc)) return String.fromCharCode(parseInt(esc, 8));
            if (/^x/.test(esc)) return String.fromCharCode(parseInt(esc.slice(1), 16));
            if (/^[uU][0-9a-fA-F]/.test(esc) && !bytes) {
                const code = parseInt(esc.slice(1), 16);
                if (code > 0x10ffff) unknown = true;
                return code > 0x10ffff ? "" : String.fromCodePoint(code);
            }
            if (/^N\{/.test(esc) && !bytes) unknown = true;
            return all;
        },
    );
    return unknown ? undefined : value;
};

/** Each combination of one value from each list (at most 64), mapped by `f`; undefined when one is. */
function pythonCombine(
    lists: readonly (readonly string[] | undefined)[],
    f: (parts: string[]) => string | undefined,
): string[] | undefined {
    if (lists.some(l => l === undefined)) return undefined;
    let combos: string[][] = [[]];
    for (const list of lists as string[][]) {
        combos = combos.flatMap(c => list.map(v => [...c, v]));
        if (combos.length > 64) return undefined;
    }
    const out = combos.map(f);
    return out.some(v => v === undefined) ? undefined : [...new Set(out as string[])];
}

/**
 * Round 90: the separators of the os module on POSIX (Python docs "os": os.sep "'/' for POSIX", os.pathsep "The
 * character conventionally used by the operating system to separate search path components (as in PATH), such as ':'
 * for POSIX"; os.path.sep, os.path.pathsep the same, posixpath the module os.path is).
 */
const PYTHON_SEPARATORS: Readonly<Record<string, string>> = {
    "os.sep": "/",
    "os.path.sep": "/",
    "posixpath.sep": "/",
    "os.pathsep": ":",
    "os.path.pathsep": ":",
    "posixpath.pathsep": ":",
};

/** os.path.join (posixpath.join): an absolute segment restarts, a `/` added only where the path does not end in one. */
const pythonOsJoin = (parts: readonly string[]) =>
    parts.reduce((path, b) => (b.startsWith("/") ? b : path === "" || path.endsWith("/") ? path + b : `${path}/${b}`));

/**
 * A pathlib path's text (Python docs pathlib "Pure paths": "Spurious slashes and single dots are collapsed, but double
 * dots ('..') ... are not, since this would change the meaning of a path in the face of symbolic links"): `..` kept
 * for the OS to resolve, a trailing slash dropped, "." for an empty relative path.
 */
const pathlibPath = (path: string) =>
    (path.startsWith("/") ? "/" : "") +
        path
            .split("/")
            .filter(part => part !== "" && part !== ".")
            .join("/") || ".";

/** os.path.dirname (posixpath.dirname): up to the last `/`, its trailing slashes dropped unless it is all slashes. */
const pythonDirname = (path: string) => {
    const head = path.slice(0, path.lastIndexOf("/") + 1);
    return /^\/*$/.test(head) ? head : head.replace(/\/+$/, "");
};

/**
 * The paths a Python expression may compute, when the pack can tell (each value a name may hold, in any order it may
 * be read): a string literal, a name (pythonAssignments: every value its assignments give it, a module-level
 * `NAME = f(NAME)` from the value before it, Python reference "Assignment statements"; else pythonValue through imports),
 * `__file__` (the module's own path), os.path.join/dirname/abspath/realpath/normpath (Python docs, os.path: join
 * "If a segment is an absolute path ... all previous segments are ignored"; abspath "equivalent to calling
 * normpath(join(os.getcwd(), path))"), os.getcwd() and Path.cwd() (the process's working directories `cwds`, when the
 * caller knows them), pathlib's `Path(X)`, `.parent`, `.parents[N]`, `.with_name(N)` (PurePath.with_name: "Return a
 * new path with the name changed"; ValueError for a path with no name), `.resolve()`/`.absolute()` and the `/`
 * operator, str `+` (Python reference "Binary arithmetic operations": sequences concatenate), `%` with `%s`
 * ("printf-style String Formatting"), str.format with `{}`/`{N}`/`{name}` fields ("Format String Syntax"), f-strings of
 * names, SEP.join of a list (str.join; os.sep is "/" on POSIX, Python docs "os.sep"), and `str(X)`. Undefined otherwise
 * (a directory the pack cannot know: fail closed); a relative result stays relative, for the caller's directory.
 */
export function pythonPath(
    expr: string,
    file: { path: string; text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    cwds: readonly (string | undefined)[] | undefined,
    depth = 0,
    env: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] | undefined {
    if (depth > 24) return undefined;
    const e = expr.trim();
    const again = (x: string, f = file, en: ReadonlyMap<string, readonly string[]> = env) =>
        pythonPath(x, f, roots, fileText, view, cwds, depth + 1, en);
    const literal = pythonString(e);
    if (literal !== undefined) return [literal];
    if (e === "__file__") return [file.path];
    // A parenthesized expression (Python reference "Parenthesized forms": "A parenthesized expression list yields
    // whatever that expression list yields"), not a tuple: `(BASE_DIR / "static")`.
    const inner = e.startsWith("(") ? parenthesized(e, 0) : undefined;
    if (inner !== undefined && inner === e.slice(1, -1) && !/,\s*$/.test(inner) && pythonSplit(inner, ",").length === 1)
        return again(inner);
    const bound = env.get(e);
    if (bound !== undefined) return [...bound];
    const known = cwds !== undefined && cwds.length > 0 && cwds.every(c => c !== undefined);
    /** A path made absolute from the working directory (os.path.abspath, Path.absolute()), undefined if unknown. */
    const absolute = (path: string): string[] | undefined =>
        path.startsWith("/") ? [path] : known ? (cwds as string[]).map(c => pathlibPath(`${c}/${path}`)) : undefined;
    const names = pythonNames(file.text);
    // Lowest precedence first: `+` (additive), then `/` and `%` (multiplicative; Python reference "Operator precedence").
    const sums = pythonSplit(e, "+");
    if (sums.length > 1)
        return pythonCombine(
            sums.map(o => again(o)),
            parts => parts.join(""),
        );
    // The `/` operator of pathlib (PurePath: "the slash operator helps create child paths").
    const operands = pythonSplit(e, "/");
    const percent = pythonSplit(e, "%");
    if (operands.length > 1 && percent.length > 1) return undefined;
    // An absolute segment drops the ones before it, in os.path.join and pathlib alike (os.path.join: "If a segment is
    // an absolute path ... all previous segments are ignored"; pathlib "Pure paths": likewise); `..` kept (pathlibPath).
    const joined = (lists: readonly (readonly string[] | undefined)[]) =>
        pythonCombine(lists, parts =>
            pathlibPath(parts.reduce((path, part) => (part.startsWith("/") ? part : `${path}/${part}`))),
        );
    if (operands.length > 1 && !pythonString(operands[0]) && !e.startsWith("/"))
        return joined(operands.map(o => again(o)));
    // "format % values" with %s conversions only (%% a percent sign); a tuple gives one value to each, a dict display
    // or dict(...) one to each `%(key)s` ("printf-style String Formatting": "If the right argument is a dictionary
    // ... the formats in the string must include a parenthesised mapping key into that dictionary").
    if (percent.length === 2) {
        const format = /^[rRuU]?(["'])([^"'\\]*)\1$/.exec(percent[0]);
        const pieces = format?.[2].split(/(%\([^()]*\)s|%.)/) ?? [];
        const keyed = (p: string) => /^%\([^()]*\)s$/.test(p);
        const keys = pieces.filter(keyed).map(p => p.slice(2, -2));
        if (keys.length > 0) {
            const entries = keys.map(k => pythonDictEntry(percent[1], k));
            if (pieces.some(p => p.startsWith("%") && p !== "%%" && !keyed(p))) return undefined;
            if (entries.some(x => typeof x !== "string")) return undefined;
            return pythonCombine(
                entries.map(x => again(x as string)),
                values => {
                    let k = 0;
                    return pieces.map(p => (keyed(p) ? values[k++] : p === "%%" ? "%" : p)).join("");
                },
            );
        }
        const tuple = /^\(([\s\S]*)\)$/.exec(percent[1]);
        const items = tuple && parenthesized(percent[1], 0) === tuple[1] ? pythonSplit(tuple[1], ",") : [percent[1]];
        if (!format || pieces.some(p => p.startsWith("%") && !/^%[s%]$/.test(p))) return undefined;
        if (pieces.filter(p => p === "%s").length !== items.length) return undefined;
        return pythonCombine(
            items.map(i => again(i)),
            values => {
                let k = 0;
                return pieces.map(p => (p === "%s" ? values[k++] : p === "%%" ? "%" : p)).join("");
            },
        );
    }
    if (percent.length > 1) return undefined;
    // PurePath.joinpath(*segments): "equivalent to combining the path with each of the given pathsegments in turn".
    const joinpath = /^([\s\S]+)\.joinpath\s*\(([\s\S]*)\)$/.exec(e);
    if (joinpath && parenthesized(e, e.length - joinpath[2].length - 2) === joinpath[2])
        return joined([again(joinpath[1]), ...pythonCallArguments(joinpath[2]).positional.map(a => again(a))]);
    // "FORMAT".format(...): `{}` fields in order, `{N}` by position, `{name}` by keyword (no conversion or spec).
    const format = /^[rRuU]?(["'])([^"'\\]*)\1\s*\.format\s*\(([\s\S]*)\)$/.exec(e);
    if (format && parenthesized(e, e.length - format[3].length - 2) === format[3]) {
        const { positional, keyword } = pythonCallArguments(format[3]);
        const pieces = format[2].split(/(\{\{|\}\}|\{[^{}]*\})/);
        const fields = pieces.filter(p => /^\{[^{]/.test(p) || p === "{}").map(p => p.slice(1, -1));
        if (pieces.some(p => /^[^{]*[{}]/.test(p) && !/^(\{\{|\}\}|\{[^{}]*\})$/.test(p))) return undefined;
        if (fields.some(f => !/^(\d*|[A-Za-z_]\w*)$/.test(f))) return undefined;
        if (fields.some(f => f === "") && fields.some(f => /^\d+$/.test(f))) return undefined;
        let auto = 0;
        const exprs = fields.map(f =>
            f === "" ? positional[auto++] : /^\d+$/.test(f) ? positional[Number(f)] : keyword.get(f),
        );
        if (exprs.some(x => x === undefined) || format[3].includes("*")) return undefined;
        return pythonCombine(
            exprs.map(x => again(x as string)),
            values => {
                let k = 0;
                return pieces
                    .map(p => (p === "{{" ? "{" : p === "}}" ? "}" : /^\{[^{}]*\}$/.test(p) ? values[k++] : p))
                    .join("");
            },
        );
    }
    // SEP.join([A, B, ...]) (str.join of a list or tuple display): the strings with SEP between them, nothing else.
    const strJoin = /^([\s\S]+?)\s*\.join\s*\(\s*([[(])([\s\S]*)[\])]\s*\)$/.exec(e);
    if (
        strJoin &&
        parenthesized(e, e.indexOf("(", strJoin[1].length)) ===
            `${strJoin[2]}${strJoin[3]}${strJoin[2] === "[" ? "]" : ")"}`.trim()
    ) {
        const sepName = pythonResolve(strJoin[1], names).name;
        const sep = PYTHON_SEPARATORS[sepName] ?? pythonString(strJoin[1]);
        if (sep !== undefined)
            return pythonCombine(
                pythonSplit(strJoin[3], ",").map(i => again(i)),
                parts => parts.join(sep),
            );
    }
    const member =
        /^([\s\S]+)\.(parent|parents\s*\[\s*(\d+)\s*\]|resolve\(\s*\)|absolute\(\s*\)|with_name\s*\(([\s\S]*)\))$/.exec(
            e,
        );
    if (member && (member[4] === undefined || parenthesized(e, e.length - member[4].length - 2) === member[4])) {
        const base = again(member[1]);
        if (base === undefined) return undefined;
        if (member[4] !== undefined) {
            // PurePath.with_name: ValueError for a path with no name or a name that is no single component; the name
            // is the last component as pathlib keeps it, `..` too (pathlibPath: PurePath("/a/b", "..").name is "..").
            const name = again(member[4]);
            return pythonCombine([base, name], ([path, n]) =>
                /^\.?$/.test(posix.basename(pathlibPath(path))) || n === "" || n === "." || n.includes("/")
                    ? undefined
                    : pathlibPath(`${posix.dirname(pathlibPath(path))}/${n}`),
            );
        }
        // resolve() and absolute() make a relative path absolute from the working directory; resolve() resolves `..`
        // too ("Make the path absolute, resolving any symlinks"), absolute() does not ("does not normalize the path").
        if (/^resolve/.test(member[2]))
            return pythonUnion(base.map(b => absolute(b)?.map(a => posix.normalize(pathlibPath(a)))));
        if (/^absolute/.test(member[2])) return pythonUnion(base.map(b => absolute(pathlibPath(b))));
        // PurePath.parents[N] is the (N+1)th ancestor ("parents[0]" is the parent).
        const up = member[2] === "parent" ? 1 : Number(member[3]) + 1;
        return base.map(path => [...Array(up)].reduce((p: string) => posix.dirname(p), pathlibPath(path)));
    }
    // An f-string of names and text (`f"{BASE_DIR}/static"`): each field a path the pack computes. Round 90: a field
    // may be any expression without braces or the literal's own quote (`f"/opt/bin:{os.environ['PATH']}"`, Python
    // reference "f-strings": "replacement fields, which are expressions delimited by curly braces"); one with a
    // conversion or format spec (`!r`, `:>8`) is no expression the pack computes (undefined).
    const fstring = /^[fF](["'])((?:(?!\1)[^\\\n])*)\1$/.exec(e);
    if (fstring) {
        const pieces = fstring[2].split(/(\{[^{}]*\})/);
        if (pieces.some(piece => !/^\{[\s\S]*\}$/.test(piece) && /[{}]/.test(piece))) return undefined;
        return pythonCombine(
            pieces.map(piece => (/^\{[\s\S]*\}$/.test(piece) ? again(piece.slice(1, -1)) : [piece])),
            parts => parts.join(""),
        );
    }
    const call = /^([A-Za-z_][\w.]*)\s*\(([\s\S]*)\)$/.exec(e);
    if (call && parenthesized(e, e.indexOf("(", call[1].length)) === call[2]) {
        const callee = pythonResolve(call[1], names).name;
        const args = pythonCallArguments(call[2]).positional;
        if (/^os\.getcwd$|^(pathlib\.)?(Posix)?Path\.cwd$/.test(callee) && call[2].trim() === "")
            return known ? [...(cwds as string[])] : undefined;
        const lists = args.map(a => again(a));
        if (/^(os\.path\.join|posixpath\.join)$/.test(callee) && args.length > 0)
            return pythonCombine(lists, pythonOsJoin);
        if (/^os\.path\.dirname$/.test(callee) && args.length === 1)
            return pythonCombine(lists, ([p]) => pythonDirname(p));
        if (/^os\.path\.normpath$/.test(callee) && args.length === 1)
            return pythonCombine(lists, ([p]) => posix.normalize(p));
        if (/^os\.path\.(abspath|realpath)$/.test(callee) && args.length === 1) {
            const absolutes = lists[0]?.map(p => absolute(p));
            return absolutes === undefined ? undefined : pythonCombine(absolutes, ([p]) => posix.normalize(p));
        }
        if (/^(pathlib\.)?(Pure)?(Posix)?Path$/.test(callee) && args.length >= 1) return joined(lists);
        if (callee === "str" && args.length === 1) return lists[0];
        return undefined;
    }
    if (!/^[A-Za-z_][\w.]*$/.test(e)) return undefined;
    const separator = PYTHON_SEPARATORS[pythonResolve(e, names).name];
    if (separator !== undefined) return [separator];
    // Round 90: a private temporary file's name (pythonPrivateTemps: a mkstemp/mkdtemp result, the `.name` of a
    // NamedTemporaryFile bound once), DIR/tmpXXXXXXXX as the shell's mktemp gives it.
    const temp = pythonPrivateTemps(file.text).get(e);
    if (temp !== undefined) return [temp];
    const attribute = /^([A-Za-z_]\w*)\.([A-Za-z_]\w*)$/.exec(e);
    if (attribute && !names.imports.has(attribute[1])) {
        const values = pythonClassAttribute(file.text, attribute[1], attribute[2]);
        return values === undefined ? undefined : pythonUnion(values.map(v => again(v, file, new Map())));
    }
    // A name of this module: every value its assignments give it (pythonAssignments); one rebound from itself
    // (`STATIC = os.path.join(BASE_DIR, STATIC)`) only by unconditional module-level assignments, each from the value
    // the one before it gave. Else as pythonValue follows it (imports, assigned names).
    const assigned = e.includes(".") ? [] : pythonAssignments(file.text, e);
    if (assigned === undefined) return undefined;
    if (assigned.length > 0) {
        const self = new RegExp(`(?<![\\w.])${e}(?!\\w)`);
        if (!assigned.some(a => self.test(a.value)))
            return pythonUnion(assigned.map(a => again(a.value, file, new Map())));
        if (!assigned.every(a => a.top)) return undefined;
        const values: string[] = [];
        let before: string[] | undefined;
        for (const a of assigned) {
            if (before === undefined && self.test(a.value)) return undefined;
            const now = again(a.value, file, new Map([[e, before ?? []]]));
            if (now === undefined) return undefined;
            values.push(...now);
            before = now;
        }
        return [...new Set(values)];
    }
    const value = pythonValue(e, file, roots, fileText, view);
    return value === undefined || value.text === e ? undefined : again(value.text, value.file, new Map());
}

/**
 * The values a class attribute `CLS.ATTR` may hold: the assignments of ATTR in the body of the one module-level
 * `class CLS:` (no base but object, no decorator, no metaclass; Python tutorial "Classes: Class and Instance
 * Variables"), as pythonAssignments reads them there. Undefined (not known) when CLS is bound otherwise too (read by
 * pythonAssignments with the class statement as an assignment), when ATTR may be written from outside (setattr, ...:
 * pythonAssignments of the file) or by any attribute write `X.ATTR =` anywhere, a method's `self.ATTR =`/`cls.ATTR =`
 * too (Built-in Functions "classmethod": "A class method receives the class as implicit first argument", whatever its
 * parameter's name), or when a value names a name the class body binds (the body's own scope).
 */
function pythonClassAttribute(text: string, cls: string, attr: string): string[] | undefined {
    const headers = [...text.matchAll(new RegExp(`^class[ \\t]+${cls}[ \\t]*(?:\\(([^()]*)\\))?[ \\t]*:`, "gm"))];
    if (headers.length !== 1 || !/^\s*(object\s*)?$/.test(headers[0][1] ?? "")) return undefined;
    const at = headers[0].index ?? 0;
    if (/(^|\n)[ \t]*@[^\n]*\n\s*$/.test(text.slice(0, at))) return undefined;
    const rest = text.slice(at + headers[0][0].length);
    const end = /\n(?![ \t]|[ \t]*(\n|$))/.exec(rest);
    const suite = rest.slice(0, end?.index);
    const indent = /\n([ \t]+)\S/.exec(suite)?.[1];
    const body =
        indent === undefined
            ? suite.trim()
            : suite
                  .split("\n")
                  .map(l => (l.startsWith(indent) ? l.slice(indent.length) : l.trim()))
                  .join("\n");
    const asAssignment = `${text.slice(0, at)}${cls} = 0\nif 0:${rest}`;
    const self = pythonAssignments(asAssignment, cls);
    if (self === undefined || self.length !== 1 || pythonAssignments(text, attr) === undefined) return undefined;
    const written = new RegExp(`\\.[ \\t]*${attr}[ \\t]*(?:[-+*/%@&|^]|//|\\*\\*|>>|<<)?=(?!=)`);
    if (pythonStatements(text).some(st => written.test(st))) return undefined;
    const values = pythonAssignments(body, attr)?.map(v => v.value);
    if (values === undefined || values.length === 0) return undefined;
    const bodyNames = values.flatMap(v => [...v.matchAll(/(?<![\w.])[A-Za-z_]\w*/g)].map(m => m[0]));
    if (bodyNames.some(n => pythonAssignments(body, n)?.length !== 0)) return undefined;
    return values;
}

/** Every value of each list, undefined when one list is. */
const pythonUnion = (lists: readonly (readonly string[] | undefined)[]) =>
    lists.some(l => l === undefined) ? undefined : [...new Set(lists.flatMap(l => l as string[]))];

/**
 * The value expression of `key` in a dict display (`{"key": X, ...}`) or `dict(key=X, ...)`, its last entry (Python
 * reference "Dictionary displays": "the final dictionary's value for that key will be the last one given"): null when
 * the dict has no such entry, undefined when the text is no such dict (or it spreads another, or a key is no string
 * literal: unknown).
 */
export function pythonDictEntry(text: string, key: string): string | null | undefined {
    const t = text.trim();
    const display = /^\{([\s\S]*)\}$/.exec(t);
    if (display && pythonSplit(display[1], ",").length === pythonSplit(t.slice(1, -1), ",").length) {
        const items = pythonSplit(display[1], ",");
        if (items.some(item => item.startsWith("**"))) return undefined;
        let found: string | null = null;
        for (const item of items) {
            const [k, v] = pythonSplit(item, ":");
            const name = pythonString(k);
            if (name === undefined || v === undefined) return undefined;
            if (name === key) found = v;
        }
        return found;
    }
    const call = /^dict\s*\(([\s\S]*)\)$/.exec(t);
    if (call) {
        const args = pythonCallArguments(call[1]);
        if (args.positional.length > 0 || /\*\*/.test(call[1])) return undefined;
        return args.keyword.get(key) ?? null;
    }
    return undefined;
}

/**
 * The value expression of `key` in the mapping `**EXPR` spreads (Python reference "Calls": "If the syntax **expression
 * appears in the function call, expression must evaluate to a mapping, the contents of which are treated as
 * additional keyword arguments"): a dict display or dict(...) (pythonDictEntry), or a name with one assignment of one
 * (pythonAssignments, over as many lines as it takes) used nowhere but in `**NAME` spreads (a call or method given it
 * may change it); null when it has no such entry, undefined when the pack cannot know.
 */
function pythonMappingEntry(expr: string, key: string, text: string): string | null | undefined {
    const e = expr.trim();
    if (!/^[A-Za-z_]\w*$/.test(e)) return pythonDictEntry(e, key);
    const values = pythonAssignments(text, e);
    const uses = [...text.matchAll(new RegExp(`(?<![\\w.])${e}(?!\\w)`, "g"))].length;
    const spreads = [...text.matchAll(new RegExp(`\\*\\*[ \\t]*${e}(?!\\w)`, "g"))].length;
    if (values?.length !== 1 || uses !== spreads + 1) return undefined;
    return pythonDictEntry(values[0].value, key);
}

/**
 * The keyword argument `key` of a call's argument text: given by name, else by a `**` spread (pythonMappingEntry), the
 * last one giving it; null when none gives it, undefined when one may and the pack cannot know.
 */
export function pythonKeyword(call: string, key: string, text: string): string | null | undefined {
    const given = pythonCallArguments(call).keyword.get(key);
    if (given !== undefined) return given;
    let found: string | null = null;
    for (const spread of pythonSplit(call, ",").filter(item => item.startsWith("**"))) {
        const entry = pythonMappingEntry(spread.slice(2), key, text);
        if (entry === undefined) return undefined;
        if (entry !== null) found = entry;
    }
    return found;
}

/**
 * The expression starting at `start` up to the bracket closing its first one (`{...}`, `dict(...)`), strings skipped;
 * undefined when it does not close.
 */
export function pythonBracketed(text: string, start: number): string | undefined {
    let depth = 0;
    let quote: string | undefined;
    for (let i = start; i < text.length; i++) {
        const c = text[i];
        if (quote !== undefined) {
            if (c === "\\") i++;
            else if (c === quote) quote = undefined;
        } else if (c === '"' || c === "'") quote = c;
        else if ("([{".includes(c)) depth++;
        else if (")]}".includes(c) && --depth === 0) return text.slice(start, i + 1);
    }
    return undefined;
}

/** The text between the parentheses opening at `open`, or undefined when they do not close. */
export function parenthesized(text: string, open: number): string | undefined {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        if (text[i] === "(") depth++;
        if (text[i] === ")" && --depth === 0) return text.slice(open + 1, i);
    }
    return undefined;
}

/**
 * The calls that change the working directory, as pythonResolve names them (`from os import chdir as cd` is os.chdir):
 * os.chdir/os.fchdir, their posix module (Python docs "posix": "the os module provides a superset of the posix
 * interface"; os.chdir is posix.chdir), contextlib.chdir ("Simple wrapper around chdir()").
 */
const PYTHON_CHDIR = /^(?:(?:os|posix)\.f?chdir|contextlib\.chdir)$/;

/** Modules whose star import binds no working-directory change but PYTHON_CHDIR's names (os.__all__: chdir, fchdir). */
const PYTHON_STAR_KNOWN = /^(?:flask|werkzeug|os|posix|contextlib)$/;

/**
 * A name that is or reaches a PYTHON_CHDIR function: one of them, an attribute of one (`os.chdir.__call__`), or its
 * module itself (`f(os)`, `getattr(os, "chdir")`, `(os).chdir`: any code given the module may call it).
 */
const PYTHON_CHDIR_REACH = /^(?:(?:os|posix)(?:\.f?chdir(?:\.|$)|$)|contextlib(?:\.chdir(?:\.|$)|$))/;

/**
 * The calls of a file that change the working directory, each as its callee (a PYTHON_CHDIR name) and argument text,
 * undefined for one to a directory the pack cannot know. Every name of the file's code (outside strings and import
 * statements, `os . chdir` too) is followed to what it binds: through its imports and aliases (pythonResolve), into
 * the modules user data wrote (pythonDefinition: `from helpers import cd`), a name it does not import or assign through
 * its star imports (Python reference "The import statement": `from M import *` binds every public name of M, those of
 * M.__all__; chdir is in os.__all__), a module whose names the pack does not read (an unread star, a changed module)
 * unknown (fail closed). A name reaching a chdir (PYTHON_CHDIR_REACH) counts as a known call only when it is called
 * directly, `os.chdir(D)`; a plain alias `cd = os.chdir` is read through its uses; any other use hands the function
 * (or its module) on to code that may call it with anything (Built-in Functions "map": "applies function to every item
 * of iterable"; functools.partial; a default argument), a directory the pack cannot know.
 */
export function pythonChdirCalls(
    file: { path: string; text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): ({ callee: string; call: string } | undefined)[] {
    const names = pythonNames(file.text);
    const code = pythonStringsBlanked(file.text);
    const imports = [...code.matchAll(PYTHON_FROM_IMPORT), ...code.matchAll(PYTHON_IMPORT)].map(m => [
        m.index ?? 0,
        (m.index ?? 0) + m[0].length,
    ]);
    /** What a name reaches (PYTHON_CHDIR_REACH), null nothing of it, undefined unknown. */
    const reached = new Map<string, string | null | undefined>();
    const defined = (name: string) => {
        const found = pythonDefinition(name, file, roots, fileText, view);
        if (found === "unread") return undefined;
        return "external" in found && PYTHON_CHDIR_REACH.test(found.external) ? found.external : null;
    };
    const reach = (name: string): string | null | undefined => {
        if (reached.has(name)) return reached.get(name);
        const head = name.split(".")[0];
        const resolved = pythonResolve(name, names).name;
        let found: string | null | undefined = null;
        // What a call returned (`ctx = contextlib.chdir(D)`) is no function of it; the call itself is read.
        if (names.results.has(head) && !names.imports.has(head)) found = null;
        else if (PYTHON_CHDIR_REACH.test(resolved)) found = resolved;
        else if (names.imports.has(head) || names.assigned.has(head)) found = defined(name);
        else if (names.stars.length > 0)
            found =
                names.stars.map(star => `${star}.${name}`).find(n => PYTHON_CHDIR_REACH.test(n)) ??
                (names.stars.every(star => PYTHON_STAR_KNOWN.test(star)) ? null : defined(name));
        reached.set(name, found);
        return found;
    };
    const out: ({ callee: string; call: string } | undefined)[] = [];
    for (const m of code.matchAll(/(?<!\.[ \t]*)(?<![\w.])[A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*/g)) {
        const at = m.index ?? 0;
        if (imports.some(([s, e]) => at >= s && at < e)) continue;
        const found = reach(m[0].replace(/[ \t]/g, ""));
        if (found === null) continue;
        const before = code.slice(code.lastIndexOf("\n", at) + 1, at);
        if (/\b(?:def|class)[ \t]+$/.test(before)) continue;
        const after = code.slice(at + m[0].length);
        // An assignment's target (or a keyword argument's name) binds the name, no use of what it held.
        if (/^[ \t]*=(?!=)/.test(after)) continue;
        const open = /^\s*\(/.exec(after);
        if (found !== undefined && open && PYTHON_CHDIR.test(found)) {
            const start = at + m[0].length + open[0].length;
            const inner = parenthesized(code, start - 1);
            out.push(
                inner === undefined ? undefined : { callee: found, call: file.text.slice(start, start + inner.length) },
            );
            continue;
        }
        // A plain alias, `cd = os.chdir` alone in its statement: its uses are read by the alias.
        const alias = /(?:^|[;:])[ \t]*(\w+)[ \t]*=[ \t]*$/.exec(before);
        if (found !== undefined && alias && names.assigned.get(alias[1]) === m[0] && /^[ \t]*(?:[;\n]|$)/.test(after))
            continue;
        out.push(undefined);
    }
    return out;
}

/**
 * pythonProgram with only the files the pack can read, `unread` when it imports one user data changed in a way the pack
 * cannot compute (its code may do anything the readers would refuse), or runs commands the pack does not read
 * (pythonRunsUnreadCommands: what they start, a second server too).
 */
export function readablePythonProgram(
    args: readonly string[],
    cwd: string | undefined,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
) {
    const program = pythonProgram(args, cwd, fileText, view);
    if (program === undefined) return undefined;
    return {
        ...program,
        files: program.files.flatMap(f => (f.text === null ? [] : [{ path: f.path, text: f.text }])),
        unread: program.files.some(f => f.text === null || pythonRunsUnreadCommands(f.text)),
    };
}

/**
 * The Python APIs that run a command (Python docs "os": system "Execute the command (a string) in a subshell", popen,
 * the exec* and spawn* functions, posix_spawn; "subprocess", "pty" spawn, "asyncio" create_subprocess_exec/_shell;
 * Python 2's commands and popen2; round 68: Python 3.9 docs "distutils.spawn" ("spawn(cmd...): Run a command") and
 * setuptools' copy, "pipes" (Template steps run through /bin/sh by os.popen), CPython Lib/multiprocessing/util.py
 * spawnv_passfds and the _posixsubprocess.fork_exec it calls), by module or member. asyncio's loop.subprocess_shell /
 * subprocess_exec ("asyncio Event Loop": "Create a subprocess from cmd") are reached through a loop object the pack
 * does not resolve: any such attribute runs commands (pythonRunnersOpaque).
 * Round 80: runners of known packages and of commands named by the environment: psutil docs "psutil.Popen(*args,
 * **kwargs)": "Same as subprocess.Popen but in addition it provides all psutil.Process methods" (read as
 * subprocess.Popen); Python docs "webbrowser": "If the environment variable BROWSER exists, it is interpreted as the
 * os.pathsep-separated list of browsers to try ahead of the platform defaults. When the value of a list part contains
 * the string %s, then it is interpreted as a literal browser command line" (else the platform's browser commands found
 * on PATH): webbrowser's open/get/register and its controller classes run a command the pack does not read (fail
 * closed); click docs "click.edit(..., editor=None, env=None, ...)" (the editor, else $VISUAL/$EDITOR, run through a
 * shell with the file name), "click.launch(url, ...)" (xdg-open) and echo_via_pager ($PAGER): commands the pack does
 * not read.
 */
const PYTHON_COMMAND_RUNNERS =
    /^(?:(?:os|posix)\.(?:system|popen\w*|exec\w+|spawn\w+|posix_spawnp?|forkpty)|subprocess|pty\.spawn|asyncio\.(?:create_subprocess_\w+|subprocess)|commands|popen2|(?:setuptools\._)?distutils\.spawn|pipes|multiprocessing\.util\.spawnv_passfds|_posixsubprocess|psutil\.Popen|webbrowser\.(?:open\w*|get|register|\w*Browser|GenericBrowser)|click\.(?:termui\.)?(?:edit|launch|echo_via_pager))(?:\.|$)/;

/**
 * The runner calls whose command the pack reads (pythonCommands): subprocess's (Python docs "subprocess": args "a
 * sequence of program arguments or else a single string"; shell=True runs a string through /bin/sh), getoutput and
 * getstatusoutput (a shell line), os.system and os.popen (a shell line), distutils' spawn (an argv list); with the
 * keywords that do not change what runs (not env, executable, preexec_fn, ...).
 */
const PYTHON_READ_RUNNERS =
    /^(?:subprocess\.(?:run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|psutil\.Popen|os\.(?:system|popen)|(?:setuptools\._)?distutils\.spawn\.spawn|asyncio\.(?:subprocess\.)?create_subprocess_(?:exec|shell))$/;

/**
 * Round 70: Popen's process keywords that change neither the program run, its arguments, its directory, its user nor
 * its files (Python docs "subprocess", Popen: "If restore_signals is true ... all signals that Python has set to
 * SIG_IGN are restored to SIG_DFL"; "If start_new_session is true the setsid() system call will be made in the child
 * process"; "If process_group is a non-negative integer, the setpgid(0, value) system call will be made"), asyncio's
 * `limit` (the buffer size of its StreamReader wrappers), and `env` (read by pythonRunnerKeywordsKnown).
 * Round 71 (Python docs "subprocess", Popen constructor): `umask` ("the umask(2) system call will be made in the child
 * process prior to the execution"), `user`/`group`/`extra_groups` ("the setreuid()/setregid()/setgroups() system call
 * will be made in the child process": the command judged as root's still, the most it can be) and `pass_fds` ("an
 * optional sequence of file descriptors to keep open between the parent and child"), their values read by
 * pythonRunnerKeywordsKnown.
 */
const PYTHON_RUNNER_KEYWORDS =
    /^(?:args|cmd|command|capture_output|text|universal_newlines|check|stdout|stderr|stdin|input|encoding|errors|timeout|shell|cwd|bufsize|close_fds|mode|buffering|search_path|verbose|dry_run|start_new_session|restore_signals|process_group|limit|env|umask|user|group|extra_groups|pass_fds)$/;

/** subprocess's (and asyncio.subprocess's) constants and exception classes: names of the module that run nothing. */
const PYTHON_RUNNER_CONSTANTS =
    /^(?:subprocess\.(?:PIPE|DEVNULL|STDOUT|CalledProcessError|TimeoutExpired|SubprocessError|CompletedProcess)|asyncio\.subprocess\.(?:PIPE|DEVNULL|STDOUT|Process))$/;

/**
 * Variables a literal `env=` may give a command (Python docs "subprocess", Popen: "If env is not None, it must be a
 * mapping that defines the environment variables for the new process; these are used instead of the default behavior
 * of inheriting the current process' environment"): the locale and display ones (locale(7): LC_*, LANG, LANGUAGE;
 * environ(7): TZ, TERM, COLUMNS, LINES), whose values without a `/` name no file; any other (PATH, LD_*, BASH_ENV, ENV,
 * PYTHON*, PERL5*, RUBY*, NODE_OPTIONS, GCONV_PATH, LOCPATH, ... rootReads LOADER_VARIABLES, or one the pack does not
 * know) may change what runs: not read (fail closed). Round 71: Go's Cmd.Env appended to os.Environ() too
 * (literalExecCommands).
 */
const HARMLESS_ENVIRONMENT =
    /^(?:LC_(?:ALL|CTYPE|NUMERIC|TIME|COLLATE|MONETARY|MESSAGES|PAPER|NAME|ADDRESS|TELEPHONE|MEASUREMENT|IDENTIFICATION)|LANG|LANGUAGE|TZ|TERM|COLUMNS|LINES|NO_COLOR)$/;

/**
 * Whether a variable given to a command (Python's env=, Go's Cmd.Env) changes nothing of what it runs: a
 * HARMLESS_ENVIRONMENT name with a plain value (no `/`: it names no file). The one list both readers use.
 */
export const harmlessEnvironment = (name: string | undefined, value: string | undefined) =>
    name !== undefined && value !== undefined && HARMLESS_ENVIRONMENT.test(name) && /^[\w.@:+-]*$/.test(value);

/**
 * Whether a runner call's keyword values are ones the pack reads (PYTHON_RUNNER_KEYWORDS; cwd/stdin/stdout/input are
 * read by pythonCommandRuns itself): start_new_session/restore_signals a bool, process_group/limit an integer (or None),
 * env None (inherited) or a dict literal of HARMLESS_ENVIRONMENT variables with plain values. With env= given and no
 * PATH in it the program is looked up in os.defpath, /bin:/usr/bin (os.get_exec_path(env): "env ... to lookup the PATH
 * in"; shutil.which: "falling back to os.defpath"), the system's; a shell run so looks its commands up in its own
 * default path (bash's ends in `.`, the directory): a shell with env= is not read (`shell`, or a shell in its argv).
 * `dict(os.environ, NAME=VALUE, ...)` (Python docs "Built-in Functions", dict(mapping, **kwargs): the mapping's items,
 * then the keywords') is the inherited environment, as with no env=, plus HARMLESS_ENVIRONMENT variables.
 * Round 71: umask an integer literal keeping at least the default 022's bits (umask(2): a bit set is a permission
 * removed; 0 or 002 lets others write what the command creates) or -1 (no change); user/group a literal name or id,
 * extra_groups a literal sequence of them (the command is judged as root's whatever it drops to); pass_fds a literal
 * sequence of the standard descriptors 0, 1, 2 only (the child has them anyway; any other is one the pack does not
 * know: a file or socket the program opened). Anything else (a name, a call, an expression) is not read.
 * `resolve` gives a name as the program's imports resolve it.
 */
function pythonRunnerKeywordsKnown(
    keyword: ReadonlyMap<string, string>,
    shell: boolean,
    words: readonly string[],
    resolve: (expr: string) => string | undefined = e => e,
) {
    const integer = (v: string) =>
        v === "-1"
            ? -1
            : /^(0[oO][0-7_]+|0[xX][\da-fA-F_]+|0[bB][01_]+|[1-9][\d_]*|0+)$/.test(v)
              ? Number(v.replace(/_/g, "").toLowerCase())
              : undefined;
    const account = (v: string) =>
        integer(v) !== undefined ? (integer(v) ?? -1) >= 0 : /^[a-z_][a-z0-9_.-]*\$?$/i.test(pythonString(v) ?? "");
    const sequence = (v: string) => /^[[(]([\s\S]*)[\])]$/.exec(v)?.[1];
    for (const [k, raw] of keyword) {
        const v = raw.trim();
        if (/^(start_new_session|restore_signals)$/.test(k) && !/^(True|False)$/.test(v)) return false;
        if (/^(process_group|limit)$/.test(k) && !/^(None|\d+)$/.test(v)) return false;
        if (k === "umask") {
            const mask = integer(v);
            if (mask === undefined || (mask !== -1 && (mask < 0 || mask > 0o777 || (mask & 0o022) !== 0o022)))
                return false;
        }
        if (/^(user|group)$/.test(k) && v !== "None" && !account(v)) return false;
        if (k === "extra_groups" && v !== "None") {
            const items = sequence(v);
            if (items === undefined || !pythonSplit(items, ",").every(account)) return false;
        }
        if (k === "pass_fds") {
            const items = sequence(v);
            if (items === undefined || !pythonSplit(items, ",").every(i => /^[012]$/.test(i))) return false;
        }
        if (k !== "env" || v === "None") continue;
        const inherited = /^dict\s*\(([\s\S]*)\)$/.exec(v);
        if (inherited && resolve("dict") === "dict") {
            const { positional, keyword: added } = pythonCallArguments(inherited[1]);
            if (
                positional.length === 1 &&
                resolve(positional[0].replace(/\s+/g, "")) === "os.environ" &&
                !inherited[1].includes("**") &&
                [...added].every(([name, value]) => harmlessEnvironment(name, pythonString(value)))
            )
                continue;
            return false;
        }
        if (shell || words.some(w => SHELLS.test(posix.basename(w)))) return false;
        const dict = /^\{([\s\S]*)\}$/.exec(v);
        if (!dict) return false;
        const known = pythonSplit(dict[1], ",").every(item => {
            const pair = pythonSplit(item, ":");
            if (pair.length !== 2) return false;
            const [name, value] = pair.map(p => pythonString(p));
            return harmlessEnvironment(name, value);
        });
        if (!known) return false;
    }
    return true;
}

/**
 * Commands a Python program may run that print what they are asked and change nothing (no file, no process, no
 * listener): git's rev-parse and describe, which run no hook nor configured program (git-rev-parse(1),
 * git-describe(1); `-C DIR` only picks the repository), uname, id, whoami, nproc, uptime, true, and hostname or date
 * with options only (an operand sets the host name or the clock). Any other command is one the pack does not read
 * from a Python program (fail closed).
 */
function pythonHarmlessCommand(argv: readonly string[]): boolean {
    const [program = "", ...rest] = argv;
    const name = posix.basename(program);
    if (name === "git") {
        const words = [...rest];
        while (words[0] === "-C" && words.length > 2) words.splice(0, 2);
        return /^(rev-parse|describe|version|--version)$/.test(words[0] ?? "");
    }
    if (/^(uname|id|whoami|nproc|uptime|true)$/.test(name)) return true;
    // systemctl's queries change no file (systemctl(1), "Unit Commands": is-active, is-enabled, is-failed, status, show).
    if (name === "systemctl")
        return /^(is-active|is-enabled|is-failed|status|show)$/.test(rest.find(w => !w.startsWith("-")) ?? "");
    return /^(hostname|date)$/.test(name) && rest.every(w => /^-[A-Za-z-]*$|^\+[^\s]*$/.test(w) && w !== "-s");
}

/**
 * Whether Python source names a runner in a way the pack does not follow (pythonRunsCommands): a star import of os,
 * posix, subprocess or pty used for a runner it binds, a runner's name given to getattr, or asyncio's
 * loop.subprocess_shell / subprocess_exec.
 */
function pythonRunnersOpaque(text: string): boolean {
    const names = pythonNames(text);
    const source = pythonCode(text);
    const code = pythonStringsBlanked(source);
    if (/\.[ \t]*subprocess_(?:shell|exec)\b/.test(code)) return true;
    // A star import binds the module's public names (Python reference "The import statement"): any bare use of a runner
    // it binds (os/posix system, popen, exec*, spawn*, posix_spawn*, forkpty; every public name of subprocess; pty's
    // spawn) runs commands; `from os import *` for chdir alone does not.
    const starRunners = names.stars.flatMap(m =>
        /^(?:os|posix)$/.test(m)
            ? ["system|popen\\w*|exec\\w+|spawn\\w+|posix_spawnp?|forkpty"]
            : m === "subprocess" || m === "pipes" || m === "_posixsubprocess"
              ? ["[A-Za-z]\\w*"]
              : m === "pty" || /^(?:setuptools\._)?distutils\.spawn$/.test(m)
                ? ["spawn"]
                : [],
    );
    if (
        starRunners.length > 0 &&
        new RegExp(String.raw`(?<![\w.])(?:${starRunners.join("|")})\b`).test(code.replace(/^[ \t]*from[ \t].*$/gm, ""))
    )
        return true;
    return (
        /\b(?:getattr|attrgetter|methodcaller)\b/.test(code) &&
        [...source.matchAll(/(["'])(\w+)\1/g)].some(m => PYTHON_COMMAND_RUNNERS.test(`os.${m[2]}`))
    );
}

/** The names in Python code (outside import statements) that resolve to a runner (PYTHON_COMMAND_RUNNERS). */
function pythonRunnerUses(text: string): { index: number; name: string }[] {
    const names = pythonNames(text);
    const code = pythonStringsBlanked(pythonCode(text));
    const imports = [...code.matchAll(PYTHON_FROM_IMPORT), ...code.matchAll(PYTHON_IMPORT)].map(m => [
        m.index ?? 0,
        (m.index ?? 0) + m[0].length,
    ]);
    return [...code.matchAll(/(?<![\w.])[A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*/g)].flatMap(m => {
        const index = m.index ?? 0;
        if (imports.some(([s, e]) => index >= s && index < e)) return [];
        const dotted = m[0].replace(/[ \t]/g, "");
        // A name bound to what a call returned (`REV = subprocess.run(...).stdout`) is no runner: the call is read.
        const head = dotted.split(".")[0];
        if (names.results.has(head) && !names.imports.has(head)) return [];
        const resolved = pythonResolve(dotted, names);
        return resolved.imported && PYTHON_COMMAND_RUNNERS.test(resolved.name) ? [{ index, name: resolved.name }] : [];
    });
}

/**
 * Whether Python source runs commands (PYTHON_COMMAND_RUNNERS): a module it imports, a name it uses as its imports and
 * aliases resolve it, or one it names in a way the pack does not follow (pythonRunnersOpaque: fail closed).
 */
export function pythonRunsCommands(text: string): boolean {
    return (
        pythonNames(text).modules.some(m => PYTHON_COMMAND_RUNNERS.test(m)) ||
        pythonRunnersOpaque(text) ||
        pythonRunnerUses(text).length > 0
    );
}

/**
 * What a command's standard input holds: a literal's text, nothing (`none`: subprocess.DEVNULL, Go os/exec's default
 * null device), or what the pack does not know (`unknown`: a pipe the program writes, a file, the program's own).
 */
export type LiteralStdin = { text: string } | "none" | "unknown";

/**
 * A command a program runs with literal words (pythonCommandRuns, Go os/exec): its argv, the directory it names for
 * it (subprocess `cwd=`: a path, relative to the program's; `null` unknown; undefined the program's own), what its
 * standard input holds.
 */
type LiteralRun = { argv: string[]; cwd?: string | null; stdin: LiteralStdin };

/**
 * Shell builtins a line of plain words may not start with: they change the shell that runs the next line (its
 * directory, variables, options, traps, aliases, umask, limits) or run words as commands of their own (bash(1) SHELL
 * BUILTIN COMMANDS: eval, `.`/source, command, builtin, exec's redirections), which the pack does not follow.
 */
const SHELL_STATE_BUILTINS =
    /^(?:cd|pushd|popd|eval|source|\.|command|builtin|enable|trap|alias|unalias|set|shopt|export|readonly|declare|typeset|local|unset|umask|ulimit|hash|exit|return|function|coproc|let|read|mapfile|readarray|getopts|shift|fc|history)$/;

/**
 * The simple commands of a shell text when every line is one simple command of plain words (no expansion,
 * redirection, quote, `;`, `&&`, `|`, `&`, comment: Python docs "subprocess", "Security Considerations") not
 * starting with a builtin that changes the shell (SHELL_STATE_BUILTINS); undefined otherwise (fail closed).
 */
export function plainShellLines(text: string): string[][] | undefined {
    const out: string[][] = [];
    for (const line of text.split("\n")) {
        if (line.trim() === "") continue;
        if (/[^\w \t\-./=:+,@%]/.test(line)) return undefined;
        const argv = line.trim().split(/\s+/);
        if (SHELL_STATE_BUILTINS.test(argv[0]) || isAssignment(argv[0])) return undefined;
        out.push(argv);
    }
    return out;
}

/**
 * Round 71: the simple commands of a literal shell text read as plainShellLines, also through pipelines (POSIX sh
 * "Pipelines": "the standard output of command1 shall be connected to the standard input of command2"; each command
 * is run: `piped` marks one reading the previous one's output), single-quoted words (POSIX sh "Single-Quotes":
 * "Enclosing characters in single-quotes shall preserve the literal value of each character") and redirections
 * that only discard or merge output (`2>&1`, `>/dev/null`, `2>/dev/null`, `&>/dev/null`: bash(1) REDIRECTION).
 * Anything else (expansion, `;`, `&&`, `||`, `&`, another redirection, a builtin changing the shell) is not read.
 */
export function plainShellPipelines(text: string): { argv: string[]; piped: boolean }[] | undefined {
    const out: { argv: string[]; piped: boolean }[] = [];
    for (const line of text.split("\n")) {
        if (line.trim() === "") continue;
        const commands: string[][] = [[]];
        let word: string | undefined;
        const end = () => {
            if (word !== undefined) commands[commands.length - 1].push(word);
            word = undefined;
        };
        for (let i = 0; i < line.length;) {
            const rest = line.slice(i);
            const discard =
                word === undefined ? /^(?:2>&1|[12]?>\/dev\/null|&>\/dev\/null)(?=[\s|]|$)/.exec(rest) : null;
            if (discard) i += discard[0].length;
            else if (/^\s/.test(rest)) {
                end();
                i++;
            } else if (rest.startsWith("|")) {
                end();
                if (rest.startsWith("||")) return undefined;
                commands.push([]);
                i++;
            } else if (rest.startsWith("'")) {
                const close = rest.indexOf("'", 1);
                if (close < 0) return undefined;
                word = (word ?? "") + rest.slice(1, close);
                i += close + 1;
            } else if (/^[\w\-./=:+,@%]/.test(rest)) {
                word = (word ?? "") + rest[0];
                i++;
            } else return undefined;
        }
        end();
        for (const [k, argv] of commands.entries()) {
            if (argv.length === 0 || SHELL_STATE_BUILTINS.test(argv[0]) || isAssignment(argv[0])) return undefined;
            out.push({ argv, piped: k > 0 });
        }
    }
    return out;
}

/**
 * The commands Python source runs, each an argv with its directory and standard input (LiteralRun), when the pack
 * reads every one: each use of a runner (pythonRunnerUses) is a PYTHON_READ_RUNNERS call (or a PYTHON_RUNNER_CONSTANTS
 * name) whose command is a literal: a list or tuple of string literals (an argv, run without a shell), or a string
 * literal run by the shell (os.system, os.popen, getoutput, shell=True; a list's first item then) whose lines are
 * simple commands of plain words (plainShellLines). Its keywords (Python docs "subprocess", "Frequently Used
 * Arguments", Popen):
 * - `cwd=` "changes the working directory to cwd before executing the child": a string literal is that directory,
 *   None the program's, anything else unknown;
 * - `input=` "is passed to Popen.communicate() and thus to the subprocess's stdin": a string literal is its standard
 *   input, None none given; `stdin=` DEVNULL is empty, None the program's own, any other (PIPE: what the program
 *   writes; a file object) unknown; os.popen(cmd, mode) with a mode other than "r" (Python docs "os.popen": "can be read
 *   or written depending on whether mode is 'r' (default) or 'w'") hands the command what the program writes;
 * - `stdout=`/`stderr=` other than None, PIPE, DEVNULL, STDOUT (or the program's own sys.stdout/sys.stderr) writes
 *   the command's output where the pack does not read (a file opened for writing): not read (fail closed).
 * Undefined when any is not read (fail closed), or the code is one the pack cannot follow (pythonDynamic,
 * pythonRunnersOpaque), or a subprocess call passes Popen's later parameters by position (bufsize, executable, ...).
 */
export function pythonCommandRuns(text: string): LiteralRun[] | undefined {
    if (pythonRunnersOpaque(text) || pythonDynamic(text)) return undefined;
    const source = pythonCode(text);
    const calls = pythonCalls(source);
    const names = pythonNames(text);
    const resolved = (expr: string | undefined) =>
        expr === undefined ? undefined : pythonResolve(expr.replace(/\s+/g, ""), names).name;
    const runs: LiteralRun[] = [];
    const temps = pythonPrivateTemps(text);
    for (const use of pythonRunnerUses(text)) {
        if (PYTHON_RUNNER_CONSTANTS.test(use.name)) continue;
        const call = calls.find(c => c.index === use.index && c.callee === use.name);
        if (call === undefined || !PYTHON_READ_RUNNERS.test(call.callee)) return undefined;
        const { positional, keyword } = pythonCallArguments(call.call);
        if (call.call.includes("**") || positional.some(p => p.startsWith("*"))) return undefined;
        if ([...keyword.keys()].some(k => !PYTHON_RUNNER_KEYWORDS.test(k))) return undefined;
        const subprocess = /^(?:subprocess\.(?!getoutput|getstatusoutput)|psutil\.Popen$)/.test(call.callee);
        // asyncio's (Python docs "asyncio Subprocesses"): create_subprocess_exec(program, *args, ...) runs the argv its
        // positional arguments are, no shell; create_subprocess_shell(cmd, ...) runs cmd by the shell; other keywords
        // go to subprocess.Popen, read as its.
        const asyncioExec = /\.create_subprocess_exec$/.test(call.callee);
        const asyncioShell = /\.create_subprocess_shell$/.test(call.callee);
        if ((subprocess || asyncioShell) && positional.length > 1) return undefined;
        if ((asyncioExec || asyncioShell) && ["args", "cmd", "command", "shell"].some(k => keyword.has(k)))
            return undefined;
        const given = asyncioExec
            ? `[${positional.join(", ")}]`
            : (keyword.get("args") ?? keyword.get("cmd") ?? keyword.get("command") ?? positional[0]);
        const shellKeyword = keyword.get("shell")?.trim();
        if (shellKeyword !== undefined && !/^(True|False)$/.test(shellKeyword)) return undefined;
        const shell =
            /^(os\.|subprocess\.getstatus|subprocess\.getoutput)/.test(call.callee) ||
            shellKeyword === "True" ||
            asyncioShell;
        // The directory: a literal, None the program's, anything else unknown.
        const cwdGiven = keyword.get("cwd")?.trim();
        const cwd = cwdGiven === undefined || cwdGiven === "None" ? undefined : (pythonString(cwdGiven) ?? null);
        // Where its output goes: the program's streams or a pipe it reads, else a write the pack does not read.
        for (const k of ["stdout", "stderr"]) {
            const v = keyword.get(k)?.trim();
            if (v === undefined || v === "None") continue;
            if (pythonOpenedForWriting(v, text)) continue;
            if (
                !/^(?:(?:asyncio\.)?subprocess\.(?:PIPE|DEVNULL|STDOUT)|sys\.(?:stdout|stderr))$/.test(
                    resolved(v) ?? "",
                )
            )
                return undefined;
        }
        // Its standard input: input='s literal, DEVNULL none, None (or no keyword) the program's own (unknown).
        const input = keyword.get("input")?.trim();
        const stdinGiven = keyword.get("stdin")?.trim();
        const mode = call.callee === "os.popen" ? (keyword.get("mode") ?? positional[1])?.trim() : undefined;
        let stdin: LiteralStdin = "unknown";
        if (input !== undefined && input !== "None") {
            const literal = pythonString(input);
            stdin = literal === undefined ? "unknown" : { text: literal };
        } else if (stdinGiven !== undefined && /^(asyncio\.)?subprocess\.DEVNULL$/.test(resolved(stdinGiven) ?? ""))
            stdin = "none";
        if (mode !== undefined && pythonString(mode) !== "r") stdin = "unknown";
        // Round 75: an argv split from a string literal of plain words (Python docs "shlex.split(s, comments=False,
        // posix=True)": "Split the string s using shell-like syntax"; "str.split(sep=None)": "runs of consecutive
        // whitespace are regarded as a single separator"): both give the same words when the literal has no quote,
        // backslash or other character shlex treats specially, so the argv is known.
        // A name the program itself binds (`def dict`, `dict = ...`, a for target, ...: pythonNameRebound) is not the
        // builtin; nor is a split the program rebinds (`shlex.split = f`, `def split` over `from shlex import split`).
        const resolveName = (e: string) => (pythonNameRebound(text, e) ? undefined : resolved(e));
        const split = pythonLiteralSplit(given, e => (e === undefined ? undefined : resolveName(e)));
        if (split !== undefined && !shell) {
            if (split.length === 0) return undefined;
            if (!pythonRunnerKeywordsKnown(keyword, shell, split, resolveName)) return undefined;
            runs.push({ argv: split, cwd, stdin });
            continue;
        }
        const list = /^[[(]([\s\S]*)[\])]$/.exec(given?.trim() ?? "");
        const items = list
            ? pythonSplit(list[1], ",").map(i => pythonString(i) ?? temps.get(i.trim()))
            : [pythonString(given)];
        if (items.length === 0 || items.some(i => i === undefined)) return undefined;
        const words = items as string[];
        if (!pythonRunnerKeywordsKnown(keyword, shell, words, resolveName)) return undefined;
        if (!shell) {
            runs.push({ argv: list ? words : [words[0]], cwd, stdin });
            continue;
        }
        const lines = plainShellPipelines(words[0]);
        if (lines === undefined || lines.length === 0) return undefined;
        runs.push(...lines.map(({ argv, piped }) => ({ argv, cwd, stdin: piped ? ("unknown" as const) : stdin })));
    }
    return runs;
}

/**
 * Round 88: the standard modules a client-only program may import (none listens: pythonListensNowhere). Round 90: and
 * the client libraries PYTHON_KNOWN_PACKAGES reads by name whose API only opens outgoing connections: boto3 and botocore
 * (boto3 docs "Low-level clients": "Clients provide a low-level interface to AWS whose methods map close to 1:1 with
 * service APIs"; the credential chain ends at "Instance metadata service on an Amazon EC2 instance", fetched by the
 * program for itself), requests ("Requests is an elegant and simple HTTP library"), urllib3 ("a powerful, user-friendly
 * HTTP client") and certifi (a CA bundle's path).
 */
const PYTHON_CLIENT_MODULES =
    /^(?:json|os|os\.path|sys|urllib(?:\.(?:request|parse|error))?|http\.client|ssl|time|re|base64|hashlib|hmac|pathlib|logging|datetime|typing|tempfile|shutil|subprocess|stat|pwd|grp|errno|collections|dataclasses|argparse|configparser|uuid|platform|textwrap|string|functools|itertools|(?:boto3|botocore|requests|urllib3)(?:\.[\w.]+)?|certifi)$/;

/**
 * Round 88: whether a Python source (`how` names a .py file, or a python shebang) is a client only: it parses, runs
 * nothing dynamic (pythonDynamic), imports only PYTHON_CLIENT_MODULES (urllib.request docs: urlopen "Open url", a
 * client; none of them accepts a connection) and names no listening call (socket's bind/listen/accept, a server's
 * serve*, asyncio's start_server). A program that accepts no connection relays nothing to anyone: the EC2 docs "Use the
 * Instance Metadata Service to access instance metadata" IMDSv2 client (PUT /latest/api/token, GETs with the token) is
 * software on the instance reading its own metadata. The commands it starts are judged as the shell's lines
 * (commandServers.ts pythonProgramCommandLines; a relay such as socat there too).
 */
export function pythonListensNowhere(text: string, how: string): boolean {
    if (!/\.py\b/.test(how) && !/^#![^\n]*\bpython/.test(text)) return false;
    if (pythonCodeOnly(text) === undefined || pythonDynamic(text)) return false;
    const names = pythonNames(text);
    if (names.stars.length > 0 || !names.modules.every(m => PYTHON_CLIENT_MODULES.test(m))) return false;
    return !/\b(?:bind|listen|accept|serve\w*|\w*[Ss]erver\w*|run_forever|start_server)\b/.test(
        pythonStringsBlanked(text),
    );
}

/**
 * Round 88: the names a Python file binds once, only to a private temporary file or directory's path, each with the
 * path as the shell's mktemp gives it (rootReads.ts privateTemps): tempfile docs mkstemp() "creates a temporary file in
 * the most secure manner possible ... readable and writable only by the creating user ID" (`fd, NAME =
 * tempfile.mkstemp(...)`, `NAME = tempfile.mkstemp(...)[1]`) and mkdtemp() "The directory is readable, writable, and
 * searchable only by the creating user ID" (`NAME = tempfile.mkdtemp(...)`), named with a fresh random part in
 * gettempdir() (/tmp) or a literal dir=. A name bound any other way too (a second assignment, a for target, a keyword
 * argument of that name, a walrus ...) is not read (an argv naming it stays unread).
 */
function pythonPrivateTemps(text: string): Map<string, string> {
    const cached = PYTHON_PRIVATE_TEMPS_CACHE.get(text);
    if (cached !== undefined) return cached;
    const code = pythonStringsBlanked(text);
    const names = pythonNames(text);
    const out = new Map<string, string>();
    const binding = /^[ \t]*(?:([A-Za-z_]\w*)[ \t]*,[ \t]*)?([A-Za-z_]\w*)[ \t]*=[ \t]*([A-Za-z_][\w.]*)[ \t]*\(/gm;
    // Round 90: tempfile docs NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, delete, ...)
    // "The returned object ... name attribute": made as mkstemp makes its file ("created securely", O_EXCL, 0600), so
    // `with tempfile.NamedTemporaryFile(dir=D, ...) as F:` (or `F = tempfile.NamedTemporaryFile(...)`) binds F.name to
    // such a path, its name-binding F.name; a name given `F.name` is pythonPath's assignment.
    const named = /^[ \t]*(?:with[ \t]+|([A-Za-z_]\w*)[ \t]*=[ \t]*)([A-Za-z_][\w.]*)[ \t]*\(/gm;
    const matches = [
        ...[...code.matchAll(binding)].map(m => ({ m, name: m[2], pair: m[1], callee: m[3], named: false })),
        ...[...code.matchAll(named)].map(m => ({ m, name: m[1], pair: undefined, callee: m[2], named: true })),
    ];
    for (const { m, name: bindingName, pair, callee: given, named: isNamed } of matches) {
        const callee = pythonResolve(given, names).name;
        const open = m.index + m[0].length - 1;
        const inner = parenthesized(code, open);
        if (inner === undefined) continue;
        if (isNamed !== (callee === "tempfile.NamedTemporaryFile")) continue;
        if (!isNamed && !/^tempfile\.mk[sd]temp$/.test(callee)) continue;
        const rest = code.slice(open + inner.length + 2).split("\n")[0];
        const file = callee === "tempfile.mkstemp";
        const asName = /^[ \t]*as[ \t]+([A-Za-z_]\w*)[ \t]*:/.exec(rest)?.[1];
        const shape = isNamed
            ? bindingName !== undefined
                ? /^[ \t]*(?:#.*)?$/.test(rest)
                : asName !== undefined
            : file
              ? (pair !== undefined && /^[ \t]*(?:#.*)?$/.test(rest)) ||
                (pair === undefined && /^[ \t]*\[[ \t]*1[ \t]*\][ \t]*(?:#.*)?$/.test(rest))
              : pair === undefined && /^[ \t]*(?:#.*)?$/.test(rest);
        if (!shape) continue;
        const args = pythonCallArguments(text.slice(open + 1, open + 1 + inner.length));
        const dirExpr = args.argument("dir", isNamed ? 6 : 2)?.trim();
        const dir = dirExpr === undefined || dirExpr === "None" ? "/tmp" : pythonString(dirExpr);
        if (dir === undefined || !/^\/[\w./-]*$/.test(dir) || args.positional.some(a => a.startsWith("*"))) continue;
        if (isNamed) {
            // A prefix or suffix holding a `/` (or one the pack cannot read) moves it elsewhere.
            const affixes = [args.argument("prefix", 5), args.argument("suffix", 4)].filter(
                (a): a is string => a !== undefined && a.trim() !== "None",
            );
            if (affixes.some(a => (pythonString(a.trim()) ?? "/").includes("/")) || inner.includes("**")) continue;
        }
        const name = (bindingName ?? asName) as string;
        const bound = new RegExp(
            String.raw`(?<![\w.])${name}[ \t]*(?:[-+*/|&^%@]|//|<<|>>|\*\*|:)?=(?!=)|\b(?:for|as|def|class|global|nonlocal|import|del)[ \t]+(?:[\w \t,()]*,[ \t]*)?${name}\b`,
            "g",
        );
        if ([...code.matchAll(bound)].length !== 1) continue;
        out.set(isNamed ? `${name}.name` : name, posix.join(posix.resolve(dir), "tmpXXXXXXXX"));
    }
    if (PYTHON_PRIVATE_TEMPS_CACHE.size >= 64)
        PYTHON_PRIVATE_TEMPS_CACHE.delete(PYTHON_PRIVATE_TEMPS_CACHE.keys().next().value as string);
    PYTHON_PRIVATE_TEMPS_CACHE.set(text, out);
    return out;
}

const PYTHON_PRIVATE_TEMPS_CACHE = new Map<string, Map<string, string>>();

/**
 * Round 86: whether a runner's stdout=/stderr= is `open(PATH, MODE)` (the builtin, or io.open) with a writing mode:
 * Python docs "subprocess" stdout "an existing file object": the command's output goes into that file, which the
 * program's own open() call writes (PYTHON_WRITE_CALLS' open, judged by pythonWriteRefusal with content the pack does not
 * read, as the shell's `> PATH`). Any other file object (a name, a custom opener, a read mode) is not read.
 */
function pythonOpenedForWriting(expr: string, text: string): boolean {
    const m = /^([A-Za-z_][\w.]*)\s*\(/.exec(expr);
    if (m === null || pythonNameRebound(text, m[1].split(".")[0])) return false;
    if (pythonResolve(m[1], pythonNames(text)).name.replace(/^(?:builtins|io)\./, "") !== "open") return false;
    const inner = parenthesized(expr, m[0].length - 1);
    if (inner === undefined || inner.length !== expr.length - m[0].length - 1) return false;
    const args = pythonCallArguments(inner);
    const mode = args.argument("mode", 1);
    return (
        args.positional.length >= 1 &&
        !args.keyword.has("opener") &&
        mode !== undefined &&
        pythonString(mode.trim()) !== undefined &&
        pythonModeWrites(mode)
    );
}

/**
 * Round 75: the words of `shlex.split(LITERAL)` or `LITERAL.split()` (no other argument), when the literal (no f-string)
 * holds only plain words: letters, digits and `_ . / = : , @ % + -` separated by blanks (where POSIX-mode shlex and
 * str.split agree); undefined for anything else.
 */
function pythonLiteralSplit(
    given: string | undefined,
    resolved: (expr: string | undefined) => string | undefined,
): string[] | undefined {
    const g = given?.trim() ?? "";
    const plain = (literal: string) => {
        if (/^[fFbBrR]*[fF]/.test(literal)) return undefined;
        const value = pythonString(literal);
        return value !== undefined && /^[ \t]*(?:[\w./=:,@%+-]+[ \t]*)*$/.test(value)
            ? value.split(/[ \t]+/).filter(w => w !== "")
            : undefined;
    };
    const call = /^([A-Za-z_][\w.]*)\s*\(([\s\S]*)\)$/.exec(g);
    if (call && resolved(call[1]) === "shlex.split") {
        const { positional, keyword } = pythonCallArguments(call[2]);
        return positional.length === 1 && keyword.size === 0 ? plain(positional[0]) : undefined;
    }
    // Round 75: Python reference "Parenthesized forms" ("A parenthesized expression list yields whatever that expression
    // list yields"): `("...").split()` is the literal's split, one pair of parentheses around one literal (a comma
    // would make a tuple, adjacent literals one literal the pack does not join here: refused).
    const method = /^(?:(["'][\s\S]*["'])|\(\s*(["'][\s\S]*["'])\s*\))\s*\.\s*split\s*\(\s*(?:(["'])( )\3)?\s*\)$/.exec(
        g,
    );
    if (!method) return undefined;
    const literal = method[1] ?? method[2];
    // A parenthesised text that is more than one literal (`("a") + ("b")`) is no literal: pythonString refuses it.
    const words = plain(literal);
    if (words === undefined || method[4] === undefined) return words;
    // Python docs "str.split(sep)": "If sep is given, consecutive delimiters are not grouped together and are deemed
    // to delimit empty strings": `.split(" ")` gives the same words as `.split()` only for a literal whose words are
    // separated by single spaces, no tab, none leading or trailing; otherwise the argv is unknown (refused).
    const value = pythonString(literal) ?? "";
    return /^[^ \t]+(?: [^ \t]+)*$/.test(value) ? words : undefined;
}

/** The argvs of the commands Python source runs (pythonCommandRuns), when the pack reads every one. */
const pythonCommands = (text: string): string[][] | undefined => pythonCommandRuns(text)?.map(r => r.argv);

/**
 * Whether Python source runs a command the pack does not read: one it cannot read (pythonCommands), or one that is
 * not harmless (pythonHarmlessCommand: a command run as root may start a server or change the files another serves).
 */
const pythonRunsUnreadCommands = (text: string) => {
    if (!pythonRunsCommands(text)) return false;
    const commands = pythonCommands(text);
    return commands === undefined || commands.some(c => !pythonHarmlessCommand(c));
};

/**
 * Whether the node reads a file at `path` (or a file in the directory `path`) as its configuration or code: the node's
 * own (NODE_CONFIG_PATHS), what decides what root runs (READ_BEFORE_WRITE: crontab(5) /etc/cron.d, systemd.unit(5)
 * "Unit File Load Path", login shells' /etc/profile.d ...), a server's (SERVER_CONFIGS).
 */
export const nodeReadsAsConfig = (path: string) => {
    const p = posix.resolve("/", path).replace(/^\/var\/run(?=\/|$)/, "/run");
    const all = [...NODE_CONFIG_PATHS, ...READ_BEFORE_WRITE, ...SERVER_CONFIGS.map(c => c.path)];
    return all.some(c => c.test(p) || c.test(`${p.replace(/\/$/, "")}/x`));
};

/**
 * Where a program run as root may write a file the pack accepts without reading what it writes (round 71): data
 * directories no node process reads as configuration or code (FHS 3.0: /tmp and /var/tmp "temporary files", /var/log
 * "Log files", /var/cache "Application cache data", /var/lib/<name> "State information" of an application, /run/<name>
 * "Run-time variable data"), not the node's own state there (the kubelet's, cloud-init's, the runtimes', systemd's,
 * polkit's, the package managers' and alternatives' links, sudo's, udev's). Anything else (/etc, /usr, /opt, /root, a
 * file user data wrote) may be code or configuration root reads: refused unless the pack reads what is written. An
 * application's own directory under /etc (FHS 3.0 "/etc: Host-specific system configuration", /etc/opt-like
 * `/etc/<app>/`) counts as its data when it is none of the directories the node's own software reads there
 * (NODE_CONFIG_PATHS, READ_BEFORE_WRITE (round 81: binfmt.d, rpm macros, crypto-policies, gss, krb5, pkcs11 there,
 * in /run too), SERVER_CONFIGS, SYSCTL_D_PATH, and the ones below: sysctl(8) sysctl.d, logrotate(8)
 * postrotate scripts, dnf/yum repositories, the CA trust in pki, NetworkManager dispatcher scripts, sudo, containers,
 * docker, amazon's agents, X/xdg autostart, alternatives' links, audit, chrony, selinux, sysconfig environments ...).
 */
const PROGRAM_DATA_PATHS =
    /^\/(?:tmp|var\/tmp|var\/log|var\/cache)\/[^/]|^\/(?:var\/lib|run)\/(?!(?:kubelet|cloud|containerd|docker|systemd|polkit-1|rpm|dnf|yum|alternatives|amazon|sudo|udev|tmpfiles\.d|user|cni|nri|sss|pam|dbus|NetworkManager)(?:\/|$))[^/]+\/|^\/etc\/(?!(?:sysctl\.d|logrotate\.d|yum\.repos\.d|yum|dnf|pki|ssl|ca-certificates|NetworkManager|sudoers\.d|containers|docker|amazon|aws|xdg|X11|alternatives|audit|chrony\.d|selinux|sysconfig|default|security|pam\.d|systemd|udev|modprobe\.d|modules-load\.d|ld\.so\.conf\.d|profile\.d|cron\.[a-z]+|init\.d|rc\.d|rc\d\.d|update-motd\.d|motd\.d|cloud|kubernetes|eks|containerd|cni|ssh|polkit-1|dbus-1|sudo|environment\.d|tmpfiles\.d|sysusers\.d|depmod\.d|dracut\.conf\.d|kernel|grub\.d|bash_completion\.d|skel|supervisord\.d|monit\.d|nginx|httpd|caddy|rsyslog\.d|fluent-bit|cron|anacron|at|logrotate|issue\.d|profile|gitconfig|git|pip|npm|gnupg|iproute2|sysconfig|nsswitch|hosts|resolv)(?:\/|$))[\w][\w.-]*\/[^/]/;

/**
 * Round 82: the directories below /etc, /run and /var/lib (FHS 3.0: /etc/<app> "Host-specific system configuration",
 * /run/<app> "Run-time variable data", /var/lib/<app> "State information") a program may write as its own data: only
 * those named after the program itself (programOwnNames). PROGRAM_DATA_PATHS was a denylist of the node's readers there,
 * and every reader it did not list (CDI specs in /etc/cdi and /run/cdi, systemd-sysext(8) images in /etc/extensions,
 * /run/extensions, /var/lib/extensions, confexts, portables, tuned profiles, snmpd extend, salt/puppet/chef agents,
 * monitoring agents' commands, incron, smartd, wg-quick PostUp, openvpn up, dnsmasq dhcp-script, keepalived notify,
 * /run/initramfs/shutdown ...) ran what a program wrote as root: an allowlist fails closed on every other directory.
 */
const ROOT_READ_PARENTS = /^\/(?:etc|run|var\/lib)\/([^/]+)\//;

/**
 * Round 83: directories below /etc, /run and /var/lib a root reader on the node reads as code or configuration, which no
 * program's own name (programOwnNames) nor user data's mkdir (madeForProgram) makes its data: a program in /opt/cdi or
 * a `mkdir -p /etc/cdi` names the reader's directory, not an application's own. CDI SPEC.md "Spec Directories"
 * (/etc/cdi, /var/run/cdi); systemd-sysext(8) and systemd-confext(8) images (addresses.ts SYSEXT_IMAGE_DIRECTORIES,
 * READ_BEFORE_WRITE's one list: here the directories themselves too, but only the /etc, /run, /var/lib roots
 * ROOT_READ_PARENTS reads; their /usr/lib, /usr/local/lib ones are READ_BEFORE_WRITE's); portablectl(1) portables;
 * systemd-nspawn(1) /var/lib/machines; crio.conf(5) /etc/crio; wg-quick(8) /etc/wireguard (PostUp); tuned.conf(5)
 * /etc/tuned (script=); openvpn(8) /etc/openvpn (up); snmpd.conf(5) /etc/snmp (extend); salt, puppet(labs), chef
 * agents; incrontab(5) /etc/incron.d; smartd.conf(5) /etc/smartmontools; dnsmasq(8) /etc/dnsmasq.d (dhcp-script);
 * keepalived.conf(5) (notify); dracut(8) /run/initramfs (shutdown); iscsid, multipath, lvm, mdadm, nftables, iptables,
 * firewalld, ppp, dhcp hooks, apparmor, fapolicyd, sssd, kdump, irqbalance, rsyslog, the ECS agent; the node's
 * own (kubelet, containerd, systemd, sudo, pki ...) PROGRAM_DATA_PATHS refuses already. Round 86: acpid(8) /etc/acpi
 * (events/ rules' action= "a commandline, which will be invoked via /bin/sh"), request-key.conf(5) /etc/request-key.d
 * (the program /sbin/request-key execs as root), supervisord docs "Configuration File" /etc/supervisor
 * (supervisord.conf, searched without -c; [program:x] command= runs as its root daemon).
 */
const ROOT_READER_DIRECTORIES = new RegExp(
    `^\\/(?:etc|run|var\\/lib)\\/(?:cdi|${SYSEXT_IMAGE_DIRECTORIES.join("|")}|portables|machines|crio|crio\\.conf\\.d|wireguard|tuned|openvpn|snmp|salt|puppet|puppetlabs|chef|incron\\.d|smartmontools|smartd|dnsmasq\\.d|dnsmasq|keepalived|initramfs|iscsi|multipath|lvm|mdadm|nftables|iptables|firewalld|ppp|dhcp|dhclient\\.d|apparmor|apparmor\\.d|fapolicyd|sssd|kdump|irqbalance|rsyslog|ecs|incron|acpi|request-key\\.d|supervisor)(?:\\/|$)`,
);

/** Round 83: whether `path` (/var/run as /run) lies in a directory a root reader reads (ROOT_READER_DIRECTORIES). */
const rootReaderDirectory = (path: string) => ROOT_READER_DIRECTORIES.test(path.replace(/^\/var\/run(?=\/|$)/, "/run"));

/**
 * Round 86: what an own name or a mkdir (round 82) does not vouch for in /etc, the host's configuration (FHS 3.0
 * "/etc : Host-specific system configuration"): a file below a subdirectory of /etc/<name> (`mkdir -p /etc/acpi` makes
 * /etc/acpi, not acpid(8)'s /etc/acpi/events rules, "invoked via /bin/sh"), and any file of a drop-in directory
 * (/etc/<name>.d: the conf.d convention of a reader loading every file there, request-key.conf(5)
 * "/etc/request-key.d/*.conf", sudoers.d, modprobe.d, sysctl.d ...). A program's own configuration is a file directly
 * in its /etc/<name>.
 */
const etcReaderLayout = (path: string) => /^\/etc\/[^/]+\/[^/]+\//.test(path) || /^\/etc\/[^/]+\.d\//.test(path);

/** Generic directory names a program's path holds that name no application (/usr/local/bin, /opt/x/lib ...). */
const GENERIC_DIRECTORY_NAMES =
    /^(?:bin|sbin|lib|lib64|libexec|usr|local|opt|srv|root|home|tmp|var|etc|run|share|src|scripts?|app|apps|tools?)$/;

/**
 * Round 82: the names a Python program's own directories below /etc, /run and /var/lib may carry (ROOT_READ_PARENTS):
 * its directory's name (/opt/ops/tune.py: ops) unless generic (GENERIC_DIRECTORY_NAMES), and its file's stem (tune).
 */
export function programOwnNames(program: string | undefined): readonly string[] {
    if (program === undefined) return [];
    const dir = posix.basename(posix.dirname(program));
    const stem = posix.basename(program).replace(/\.py[cw]?$/, "");
    return [...(GENERIC_DIRECTORY_NAMES.test(dir) || dir === "" ? [] : [dir]), stem].filter(n => n !== "");
}

/** Round 82: whether `path` lies in a ROOT_READ_PARENTS directory the script's own mkdir made (view.madeDirectories). */
const madeForProgram = (path: string, view: ScriptView) => {
    const dir = /^\/(?:etc|run|var\/run|var\/lib)\/[^/]+/.exec(path)?.[0];
    return dir !== undefined && (view.madeDirectories?.has(dir) ?? false);
};

/**
 * Directories a reader reads only as data, documented so: node_exporter's textfile collector "will parse all files in
 * that directory matching the glob *.prom using the text format" (node_exporter README, "Textfile Collector"; the
 * Fedora/AL2023 package's --collector.textfile.directory): metrics, never code or configuration.
 */
const DOCUMENTED_DATA_DIRECTORIES = ["/var/lib/node_exporter/textfile_collector/"];

/** Round 82: whether `path` (/var/run as /run) lies in a directory of ROOT_READ_PARENTS not named after the program. */
const otherProgramsDirectory = (path: string, owners: readonly string[]) => {
    const name = ROOT_READ_PARENTS.exec(path)?.[1];
    return name !== undefined && !owners.includes(name) && !DOCUMENTED_DATA_DIRECTORIES.some(d => path.startsWith(d));
};

/**
 * Round 82: a path a root Python program may write that pythonWriteRefusal accepts (its text the pack does not read):
 * `tree` when any file below it (a tempfile's, an archive's members, through a link it makes).
 */
export type PythonWrittenPath = { path: string; tree: boolean };

/** A file a Python call writes (PYTHON_WRITE_CALLS): `expr` names it (undefined: the pack cannot tell which, fail
 * closed); `inside`, a directory the call makes files in (a file of any name there); `files`, the files a named path
 * stands for (a database's backend suffixes, a URI's path), undefined when the pack cannot tell. */
type PythonWrite = {
    expr: string | undefined;
    /** The paths named, when the reader computed them itself (an SQL statement's file names). */
    given?: readonly string[];
    /** A file made inside the directory (tempfile's). */
    inside?: boolean;
    /** Files of any name inside the directory (an archive's members): no file user data wrote may lie under it. */
    anyName?: boolean;
    /**
     * The path a symbolic link the program makes at `at` points at: what a write through that link writes (the file
     * itself, or any file inside it when it is a directory; a relative one resolved from the link's directory,
     * symlink(7)).
     */
    through?: { at: string | undefined };
    /**
     * Round 90: the source of a hard link the program makes at `dst` (os.link): link(2) "creates a new link (also known
     * as a hard link) to an existing file": no byte of it is written and the inode keeps its owner and mode (no new
     * writer); only a later write through `dst` writes it. Judged as a write of a root-read place (where a program's
     * writes to its data would rewrite configuration or code), and as a write of a file user data wrote only when the
     * program also writes `dst`.
     */
    linkSource?: { dst: string | undefined };
    /** Round 90: the name a hard link is made at (os.link's dst): a write of no content through it. */
    linkName?: boolean;
    /** Why, when `expr` is undefined. */
    why?: string;
    files?: (path: string) => readonly string[] | undefined;
};

type PythonArguments = ReturnType<typeof pythonCallArguments>;

/** A mode argument that may write (Python docs "Built-in Functions" open(): 'w', 'x', 'a', '+'), its default read. */
const pythonModeWrites = (mode: string | undefined) => {
    if (mode === undefined || mode.trim() === "None") return false;
    const literal = pythonString(mode.trim());
    return literal === undefined || /[wax+]/.test(literal);
};

/** A dbm flag that may write (Python docs "dbm.open": 'r' read-only; 'w', 'c', 'n' open for reading and writing). */
const pythonDbmFlagWrites = (flag: string | undefined, otherwise: string) => {
    const literal = flag === undefined ? otherwise : pythonString(flag.trim());
    return literal === undefined || !/^r[fsu]*$/.test(literal);
};

/**
 * Whether os.open's flags are provably read-only (Python docs "os.open": flags "constructed by ORing together one or
 * more of these values"; open(2): the access mode O_RDONLY is 0; O_TRUNC truncates even with O_RDONLY on Linux, "The
 * (undefined) effect of O_RDONLY | O_TRUNC varies among implementations"): each `|` term os.O_RDONLY or a modifier that
 * opens no file for writing, the literal 0, or a name every assignment of which is such (pythonAssignments); a number,
 * `+`, a name bound another way or imported fails closed (Linux O_WRONLY|O_CREAT|O_TRUNC is 577).
 */
function pythonOsFlagsReadOnly(flags: string | undefined, text: string, depth = 0): boolean {
    if (flags === undefined || depth > 8) return false;
    // A program rebinding a flag constant (`os.O_RDONLY = ...`) is not read.
    if (/\bO_[A-Z]+\s*=(?!=)/.test(pythonStringsBlanked(text))) return false;
    const terms = pythonSplit(flags, "|");
    return (
        terms.length > 0 &&
        terms.every(term => {
            const inner = term.startsWith("(") ? parenthesized(term, 0) : undefined;
            if (inner !== undefined && inner.length === term.length - 2)
                return pythonOsFlagsReadOnly(inner, text, depth + 1);
            if (/^(?:0+|0[oOxXbB]0+)$/.test(term)) return true;
            if (!/^[A-Za-z_][\w.]*$/.test(term)) return false;
            const name = pythonResolve(term, pythonNames(text)).name;
            if (/^os\.O_/.test(name))
                return /^os\.O_(?:RDONLY|CLOEXEC|NOFOLLOW|DIRECTORY|NONBLOCK|NDELAY|NOATIME|NOCTTY|PATH|LARGEFILE)$/.test(
                    name,
                );
            if (term.includes(".")) return false;
            const values = pythonAssignments(text, term);
            return (
                values !== undefined &&
                values.length > 0 &&
                values.every(v => pythonOsFlagsReadOnly(v.value, text, depth + 1))
            );
        })
    );
}

/** The items of a list or tuple display (`[a, b]`, `(a,)`), else the expression itself. */
const pythonItems = (expr: string): string[] => {
    const e = expr.trim();
    const code = pythonStringsBlanked(e);
    // The bracket opening the expression closes at its end (`[a][0]` is a subscript, no display).
    let depth = 0;
    let close = -1;
    for (let i = 0; i < code.length && close < 0; i++) {
        if ("([{".includes(code[i])) depth++;
        if (")]}".includes(code[i]) && --depth === 0) close = i;
    }
    const display = /^[[(]/.test(code) && close === code.length - 1;
    const inner = e.slice(1, -1);
    return display && (e.startsWith("[") || [...pythonTopLevel(inner)].some(i => inner[i] === ","))
        ? pythonSplit(inner, ",")
        : [e];
};

/** A path with each suffix a backend adds (its files beside the name given). */
const pythonSuffixed =
    (...suffixes: readonly string[]) =>
    (path: string) =>
        suffixes.map(s => path + s);

/** SQLite's journal files beside a database (SQLite "Temporary Files Used By SQLite": -journal, -wal, -shm). */
const SQLITE_FILES = ["", "-journal", "-wal", "-shm"] as const;

/**
 * The files an SQLite database name opens (Python docs "sqlite3.connect": ":memory:" is in memory; "If uri is True,
 * database is interpreted as a URI with a file path and an optional query string"; SQLite "Uniform Resource
 * Identifiers": the scheme "file:", an authority empty or "localhost", %HH escapes, mode=ro read-only, mode=memory in
 * memory), undefined when the pack cannot tell; `uri` whether the name is a URI (undefined: it may be).
 */
const sqliteDatabaseFiles = (name: string, uri: boolean | undefined): readonly string[] | undefined => {
    if (name === ":memory:" || name === "") return [];
    if (uri === false || !name.startsWith("file:")) return SQLITE_FILES.map(s => name + s);
    const [, rest, query = ""] = /^file:([^?#]*)(?:\?([^#]*))?/.exec(name) ?? [];
    const params = new Map(query.split("&").map(p => [p.split("=")[0], p.split("=").slice(1).join("=")] as const));
    const authority = /^\/\/([^/]*)(\/.*)?$/.exec(rest ?? "");
    if (authority && authority[1] !== "" && authority[1] !== "localhost") return undefined;
    let path: string;
    try {
        path = decodeURIComponent(authority ? (authority[2] ?? "") : (rest ?? ""));
    } catch {
        return undefined;
    }
    const none = params.get("mode") === "ro" || params.get("mode") === "memory" || path === ":memory:";
    const parsed = none ? [] : SQLITE_FILES.map(s => path + s);
    // A name that may not be read as a URI is also a relative file named `file:...`.
    return uri === true ? parsed : [...parsed, ...SQLITE_FILES.map(s => name + s)];
};

/**
 * The files an SQL text makes SQLite open besides the connection's (SQLite "ATTACH DATABASE": `ATTACH [DATABASE] expr
 * AS schema-name`, "The filename for the database to be attached is the value of the expression"; "VACUUM": `VACUUM
 * [schema-name] INTO filename` writes a new database file), read in its tokens ("SQL As Understood By SQLite":
 * 'string' literals with '' quotes, "identifiers", `--` and `/* *\/` comments): undefined when an expression is no
 * string literal (a parameter, a concatenation: fail closed).
 */
function sqliteAttachedFiles(sql: string): string[] | undefined {
    const tokens = (
        sql.match(
            /'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|[A-Za-z_]\w*|\S/g,
        ) ?? []
    ).filter(t => !/^(?:--|\/\*)/.test(t));
    const word = (i: number) => (/^[A-Za-z_]/.test(tokens[i] ?? "") ? tokens[i].toUpperCase() : "");
    const literal = (i: number) =>
        /^'/.test(tokens[i] ?? "") ? tokens[i].slice(1, -1).replace(/''/g, "'") : undefined;
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
        if (word(i) === "ATTACH") {
            const at = word(i + 1) === "DATABASE" ? i + 2 : i + 1;
            const name = literal(at);
            if (name === undefined || word(at + 1) !== "AS") return undefined;
            out.push(name);
        } else if (word(i) === "VACUUM") {
            let at = i + 1;
            if (word(at) !== "INTO" && /^[A-Za-z_"`[]/.test(tokens[at] ?? "")) at++;
            if (word(at) !== "INTO") continue;
            const name = literal(at + 1);
            if (name === undefined) return undefined;
            out.push(name);
        }
    }
    return out;
}

/** The value of a Python string expression: adjacent literals (no f-string), decoded; undefined otherwise. */
const pythonText = (expr: string): string | undefined => {
    const pieces = pythonPieces(expr.trim());
    if (pieces.some(p => (p.kind === "string" ? p.formatted : p.kind !== "comment" && /\S/.test(p.text))))
        return undefined;
    const values = pieces
        .filter(p => p.kind === "string")
        .map(p => {
            const m = /^([rRuUbB]{0,2})("""|'''|"|')([\s\S]*)\2$/.exec(p.text);
            if (!m) return undefined;
            return /r/i.test(m[1]) || !m[3].includes("\\") ? m[3] : pythonString(p.text);
        });
    return values.length === 0 || values.some(v => v === undefined) ? undefined : values.join("");
};

/** The files dbm's backends make of a name (Python docs "dbm": dbm.gnu the file itself, dbm.ndbm `.db` (or `.pag` and
 * `.dir`), dbm.dumb "files with .dat and .dir extensions" and a `.bak`, dbm.sqlite3 an SQLite file). */
const DBM_FILES = ["", ".db", ".pag", ".dir", ".dat", ".bak", ...SQLITE_FILES.slice(1)];

/**
 * Round 72: an archive's members written inside `dir` (default the working directory), of any names: tar members
 * may leave it (Python docs "tarfile", extractall: "It is possible that files are created outside of path, e.g.
 * members that have absolute filenames starting with "/" or filenames with two dots ".."", and links to anywhere)
 * unless filter='data' ("Extraction filters": data_filter "Strip leading slashes", "Refuse to extract files with
 * absolute paths ... whose absolute path (after following symlinks) would end up outside the destination",
 * "Refuse to extract links (hard or soft) that link to absolute paths, or ones that link outside the destination",
 * setuid bits cleared; PEP 706, backported to 3.9's tarfile); zip members may not ("zipfile", ZipFile.extract: an
 * absolute member name has its leading slashes "stripped" and "All ".." components in a member filename will be
 * removed"; it makes no links), so `zip` (the pack knows the archive is one) needs no filter. Any other filter, or
 * one the pack cannot read, fails closed.
 */
function pythonExtraction(
    dir: string | undefined,
    zip: boolean,
    filter: string | undefined,
    call: string,
    names: PythonNames,
): PythonWrite {
    const f = filter?.trim();
    const data =
        f !== undefined && (pythonString(f) === "data" || pythonResolve(f, names).name === "tarfile.data_filter");
    if (call.includes("**") || (!zip && !data))
        return {
            expr: undefined,
            why: "it extracts an archive the pack does not read, whose members may be written anywhere (a tar without filter='data', Python docs tarfile \"Extraction filters\")",
        };
    return {
        expr: dir === undefined || dir.trim() === "None" || dir.trim() === "" ? '"."' : dir,
        inside: true,
        anyName: true,
    };
}

/**
 * The Python calls that write files, one table (round 72): each by the name the file's imports resolve it to
 * (pythonCalls), with how it names its target and its mode (the Python docs cited per entry). A call writes when its
 * mode, flag or flags are not provably a read; its target is judged by pythonWriteRefusal. pathlib's methods (on any
 * receiver that may be a Path) are read in pythonWriteRefusal itself.
 */
type PythonWriteContext = {
    text: string;
    names: PythonNames;
    callee: string;
    call: string;
    fileText: ((path: string) => string | undefined) | undefined;
    cwds: readonly (string | undefined)[];
};

const PYTHON_WRITE_CALLS: readonly {
    callee: RegExp;
    writes: (args: PythonArguments, at: PythonWriteContext) => PythonWrite[];
}[] = [
    // Python docs "Built-in Functions" open(file, mode='r', ..., opener=None) ("'w' open for writing", 'x', 'a', '+');
    // io.open is open ("io.open: This is an alias for the builtin open() function"); "io" class FileIO(name, mode='r',
    // closefd=True, opener=None) ("'r', 'w', 'x' or 'a' for reading (default), writing, exclusive creation or
    // appending", '+'); "codecs.open(filename, mode='r', ...)". Round 77: `_pyio` is CPython's pure-Python io (listed
    // in sys.stdlib_module_names; PEP 3116, "io": the same open() and FileIO, `_io` the C one), one family. A custom opener ("the underlying file descriptor for the
    // file object is then obtained by calling opener with (file, flags)") opens as it likes: fail closed. Round 80:
    // click docs "click.open_file(filename, mode='r', encoding=None, errors='strict', lazy=False, atomic=False)": "Open
    // a file, with extra behavior to handle '-' to indicate a standard stream", by its mode as open().
    {
        callee: /^(?:builtins\.|(?:io|_io|_pyio)\.)?open$|^(?:io|_io|_pyio)\.FileIO$|^codecs\.open$|^click\.(?:utils\.)?open_file$/,
        writes: (args, { callee }) => {
            const opener = /codecs|click/.test(callee)
                ? undefined
                : args.argument("opener", /FileIO/.test(callee) ? 3 : 7);
            const file = args.argument("file", 0) ?? args.argument("name", 0) ?? args.argument("filename", 0);
            const custom = opener !== undefined && opener.trim() !== "None";
            return pythonModeWrites(args.argument("mode", 1)) || custom ? [{ expr: file }] : [];
        },
    },
    // Python docs "gzip.open(filename, mode='rb', ...)", class GzipFile(filename=None, mode=None, ...); "bz2.open(filename,
    // mode='rb')", BZ2File(filename, mode='r'); "lzma.open(filename, mode='rb')", LZMAFile(filename=None, mode='r'):
    // 'w', 'x', 'a' write (a default mode reads).
    // Round 72: with no filename, the fileobj's file is written (opened by a call judged on its own). Python docs
    // "zipfile": ZipFile(file, mode='r') "'w' to truncate and write a new file, 'a' to append to an existing file, or
    // 'x' to exclusively create" (PyZipFile alike).
    {
        callee: /^(?:gzip\.(?:open|GzipFile)|bz2\.(?:open|BZ2File)|lzma\.(?:open|LZMAFile)|zipfile\.(?:ZipFile|PyZipFile))$/,
        writes: (args, { callee }) => {
            const name = args.argument(/^zipfile/.test(callee) ? "file" : "filename", 0);
            const inFileobj = name === undefined && args.keyword.has("fileobj");
            return pythonModeWrites(args.argument("mode", 1)) && !inFileobj ? [{ expr: name }] : [];
        },
    },
    // Round 72: Python docs "tarfile": tarfile.open(name=None, mode='r', fileobj=None, ...), mode 'w'/'x'/'a' with an
    // optional ':compression' or '|compression'; TarFile(name=None, mode='r', fileobj=None, ...) 'r', 'a', 'w', 'x'.
    // A mode the pack cannot read is a write (fail closed); with no name, the fileobj's file is written.
    {
        callee: /^tarfile\.(?:open|TarFile(?:\.open)?)$/,
        writes: args => {
            const mode = args.argument("mode", 1);
            const literal = mode === undefined ? "r" : pythonString(mode.trim());
            const name = args.argument("name", 0);
            const inFileobj = name === undefined && args.keyword.has("fileobj");
            return (literal === undefined || /^[wax]/.test(literal)) && !inFileobj ? [{ expr: name }] : [];
        },
    },
    // Round 72: shutil.unpack_archive(filename, extract_dir=None, format=None, *, filter=None) (Python docs "shutil":
    // "extract_dir is the name of the target directory ... If not provided, the current working directory is used";
    // "filter argument is passed to the underlying unpacking function"; "Never extract archives from untrusted sources
    // without prior inspection. It is possible that files are created outside of the path specified in the
    // extract_dir argument"): members of any name inside extract_dir (pythonExtraction).
    {
        callee: /^shutil\.unpack_archive$/,
        writes: (args, { call, names, text }) => {
            const format = args.argument("format", 2);
            const filename = pythonString((args.argument("filename", 0) ?? "").trim());
            const zip =
                !/register_unpack_format/.test(text) &&
                (format === undefined || format.trim() === "None"
                    ? filename !== undefined && /\.zip$/i.test(filename)
                    : pythonString(format.trim()) === "zip");
            return [pythonExtraction(args.argument("extract_dir", 1), zip, args.keyword.get("filter"), call, names)];
        },
    },
    // Python docs "os.fdopen(fd, *args, **kwargs)": "Return an open file object connected to the file descriptor fd. This
    // is an alias of the open() built-in function": its file is the one the fd was opened on, judged where it was opened
    // (os.open's flags, tempfile.mkstemp's dir, open()'s mode); it writes no file of its own. Likewise
    // "tokenize.open(filename)" ("Open a file in read only mode") and "webbrowser.open(url)" write none.
    { callee: /^os\.fdopen$|^tokenize\.open$|^webbrowser\.open(?:_new|_new_tab)?$/, writes: () => [] },
    // Python docs "os.open(path, flags, mode=0o777, *, dir_fd=None)": a write unless its flags are provably read-only.
    {
        callee: /^os\.open$/,
        writes: (args, { text }) =>
            pythonOsFlagsReadOnly(args.argument("flags", 1), text) ? [] : [{ expr: args.argument("path", 0) }],
    },
    // Python docs "os.truncate(path, length)", "os.mkfifo(path, mode=0o666, *, dir_fd=None)", "os.mknod(path, ...)":
    // the file at path.
    { callee: /^os\.(?:truncate|mkfifo|mknod)$/, writes: args => [{ expr: args.argument("path", 0) }] },
    // Python docs "os.mkdir(path, ...)", "os.makedirs(name, ...)", "pathlib" Path.mkdir: a directory holds no content
    // of its own; the files later written inside it are judged by their own calls (none listed here).
    // Python docs "os.rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)", os.replace, os.renames: dst is made.
    // Round 72: a write through a link the program makes is a write of what it points at. "os.link(src, dst, ...)"
    // "Create a hard link pointing to src named dst" (link(2): one inode, so appending to dst appends to src;
    // fs.protected_hardlinks does not bind root); "os.symlink(src, dst, ...)" "Create a symbolic link pointing to src
    // named dst" (open(2) follows it; symlink(7): a relative src is read from dst's directory).
    {
        callee: /^os\.(?:rename|replace|renames|link|symlink)$/,
        writes: (args, { callee }) => [
            { expr: args.argument("dst", 1), ...(callee === "os.link" ? { linkName: true } : {}) },
            ...(callee === "os.link"
                ? [{ expr: args.argument("src", 0), linkSource: { dst: args.argument("dst", 1) } }]
                : []),
            ...(callee === "os.symlink"
                ? [{ expr: args.argument("src", 0), through: { at: args.argument("dst", 1) } }]
                : []),
        ],
    },
    // Python docs "shutil": copyfile(src, dst), copy(src, dst), copy2(src, dst), copytree(src, dst), move(src, dst),
    // copymode(src, dst) and copystat(src, dst) ("Copy the permission bits ... from src to dst"): dst.
    {
        callee: /^shutil\.(?:copy|copy2|copyfile|copytree|move|copymode|copystat)$/,
        writes: args => [{ expr: args.argument("dst", 1) }],
    },
    // Python docs "urllib.request.urlretrieve(url, filename=None, reporthook=None, data=None)" ("Copy a network object
    // denoted by a URL to a local file. ... If no filename is given ... a temporary file"): the filename; none, a
    // temporary file (tempfile's default directory, judged as tempfile's below).
    {
        callee: /^urllib\.request\.urlretrieve$/,
        writes: (args, { text }) => {
            const filename = args.argument("filename", 1);
            if (filename !== undefined && filename.trim() !== "None") return [{ expr: filename }];
            return /\btempfile\.tempdir\s*=|\bTMPDIR\b|\bTEMP\b|\bTMP\b/.test(text) ? [{ expr: undefined }] : [];
        },
    },
    // Python docs "fileinput.input(files=None, inplace=False, backup='', *, mode='r', ...)", class FileInput (same
    // parameters): "if the keyword argument inplace=True is passed ... the file is moved to a backup file and standard
    // output is directed to the input file"; the backup "extension of the backup file"  (default .bak); files "a
    // single file name" or a list; None, sys.argv[1:] (unknown). An inplace that is no literal off value may be on.
    {
        callee: /^fileinput\.(?:input|FileInput)$/,
        writes: args => {
            const inplace = args.argument("inplace", 1);
            if (inplace === undefined || PYTHON_OFF.test(inplace.trim())) return [];
            const files = args.argument("files", 0);
            const backup = args.argument("backup", 2);
            const extension = backup === undefined ? "" : pythonString(backup.trim());
            const suffixes = extension === undefined ? undefined : ["", extension === "" ? ".bak" : extension];
            if (files === undefined || files.trim() === "None") return [{ expr: undefined }];
            return pythonItems(files).map(expr => ({
                expr,
                files: (path: string) => (suffixes === undefined ? undefined : suffixes.map(s => path + s)),
            }));
        },
    },
    // Python docs "sqlite3.connect(database, timeout=5.0, detect_types=0, isolation_level='DEFERRED',
    // check_same_thread=True, factory=sqlite3.Connection, cached_statements=128, uri=False, *, autocommit)": "The path
    // to the database file to be opened" (created when missing), ":memory:" in memory, a URI when uri is true
    // (sqliteDatabaseFiles).
    {
        callee: /^sqlite3\.(?:connect|dbapi2\.connect)$/,
        writes: args => {
            const uri = args.argument("uri", 7)?.trim();
            const isUri = uri === undefined || PYTHON_OFF.test(uri) ? false : uri === "True" ? true : undefined;
            return [{ expr: args.argument("database", 0), files: path => sqliteDatabaseFiles(path, isUri) }];
        },
    },
    // Python docs "dbm.open(file, flag='r', mode=0o666)" (the backend whichdb finds, or the first built: any of the
    // backends' files), "dbm.gnu.open(filename, flag='r', mode=0o666)", "dbm.ndbm.open(filename, flag='r', ...)",
    // "dbm.sqlite3.open(filename, /, flag='r', mode=0o666)", "dbm.dumb.open(filename, flag='c', mode=0o666)" ("The
    // basename of the database file (without any specific extensions). When a dumbdbm database is created, files with
    // .dat and .dir extensions are created"); flags 'w', 'c', 'n' write.
    {
        callee: /^dbm(?:\.(?:gnu|ndbm|sqlite3|dumb))?\.open$/,
        writes: (args, { callee }) => {
            const backend = /^dbm\.(\w+)\.open$/.exec(callee)?.[1];
            const suffixes =
                backend === "dumb"
                    ? [".dat", ".dir", ".bak"]
                    : backend === "ndbm"
                      ? [".db", ".pag", ".dir"]
                      : backend === "gnu"
                        ? [""]
                        : backend === "sqlite3"
                          ? SQLITE_FILES
                          : DBM_FILES;
            return pythonDbmFlagWrites(args.argument("flag", 1), backend === "dumb" ? "c" : "r")
                ? [
                      {
                          expr: args.argument("file", 0) ?? args.argument("filename", 0),
                          files: pythonSuffixed(...suffixes),
                      },
                  ]
                : [];
        },
    },
    // Python docs "shelve.open(filename, flag='c', protocol=None, writeback=False)" ("The filename specified is the base
    // filename for the underlying database"; flag "has the same interpretation as the flag parameter of dbm.open()"),
    // class DbfilenameShelf(filename, flag='c', ...): a dbm database, default created.
    {
        callee: /^shelve\.(?:open|DbfilenameShelf)$/,
        writes: args =>
            pythonDbmFlagWrites(args.argument("flag", 1), "c")
                ? [{ expr: args.argument("filename", 0), files: pythonSuffixed(...DBM_FILES) }]
                : [],
    },
    // Python docs "logging.basicConfig": "filename: Specifies that a FileHandler be created, using the specified
    // filename"; "logging.handlers": FileHandler(filename, mode='a', ...), WatchedFileHandler, RotatingFileHandler,
    // TimedRotatingFileHandler(filename, ...) (round 71): writes of that path, as open(filename, 'a').
    {
        callee: /(?:^|\.)basicConfig$/,
        writes: (args, { call }) => {
            const filename = args.keyword.get("filename");
            return filename !== undefined || call.includes("**") ? [{ expr: filename }] : [];
        },
    },
    {
        callee: /(?:^|\.)(?:FileHandler|WatchedFileHandler|RotatingFileHandler|TimedRotatingFileHandler)$/,
        writes: args => [{ expr: args.argument("filename", 0) }],
    },
    // Python docs "logging.config" dictConfig(config): a handler's "class" and "All other keys are passed through as
    // keyword arguments to the handler's constructor": each `filename` key of the source is a target (the dict may be
    // bound to a name); a config the pack cannot read (not a dict display or a name, a `**` spread; a handler that is
    // no dict display with literal keys, a `dict(...)` call, a custom class or `()` factory: pythonLoggingConfigUnread,
    // inside pythonDynamic) fails closed.
    {
        callee: /(?:^|\.)dictConfig$/,
        writes: (args, { text, call }) => [
            ...(!/^\{|^[A-Za-z_]\w*$/.test((args.argument("config", 0) ?? "").trim()) ||
            call.includes("**") ||
            pythonDynamic(text)
                ? [{ expr: undefined }]
                : []),
            ...[...text.matchAll(/[uUrR]?['"]filename['"]\s*:\s*([uUrR]?'[^'\n]*'|[uUrR]?"[^"\n]*"|[^,}\n]+)/g)].map(
                m => ({ expr: m[1].trim() }),
            ),
        ],
    },
    // Python docs "logging.config.fileConfig(fname, ...)": a handler section's args "evaluated in the context of the
    // logging package's namespace" (code the pack does not read): a written ini the pack reads naming no file handler
    // or filename is none; any other fails closed.
    {
        callee: /(?:^|\.)fileConfig$/,
        writes: (args, { fileText, cwds }) => {
            const named = pythonString(args.argument("fname", 0) ?? "");
            const unread = cwds.some(cwd => {
                const ini =
                    named === undefined || (cwd === undefined && !named.startsWith("/"))
                        ? undefined
                        : fileText?.(posix.resolve(cwd ?? "/", named));
                return ini === undefined || /FileHandler|filename|\bargs\s*=\s*\(\s*['"]\//i.test(ini);
            });
            return unread ? [{ expr: undefined }] : [];
        },
    },
    // Python docs "tempfile" (round 71): mkstemp "If dir is not None, the file will be created in that directory";
    // NamedTemporaryFile, mkdtemp, TemporaryDirectory, SpooledTemporaryFile alike: a file inside `dir`; a prefix or
    // suffix holding a `/` (or one the pack cannot read) moves it elsewhere (fail closed). Without dir= they write
    // gettempdir()'s /tmp, unless the program changes it (tempfile.tempdir, TMPDIR/TEMP/TMP: "tempfile.gettempdir"):
    // fail closed. TemporaryFile has no name (O_TMPFILE) that a reader of the directory could find.
    {
        callee: /^tempfile\.(?:NamedTemporaryFile|mkstemp|mkdtemp|TemporaryDirectory|SpooledTemporaryFile)$/,
        writes: (args, { callee, call, text }) => {
            const named = /\.(?:NamedTemporaryFile)$/.test(callee) ? 6 : /\.SpooledTemporaryFile$/.test(callee) ? 7 : 2;
            const dir = args.argument("dir", named);
            const affixes = [args.argument("prefix", named - 1), args.argument("suffix", named - 2)].filter(
                (a): a is string => a !== undefined && a.trim() !== "None",
            );
            const affixUnknown = affixes.some(a => {
                const literal = pythonString(a.trim());
                return literal === undefined || literal.includes("/");
            });
            const defaultMoved = /\btempfile\.tempdir\s*=|\bTMPDIR\b|\bTEMP\b|\bTMP\b/.test(text);
            if (affixUnknown || call.includes("**") || (dir === undefined && defaultMoved))
                return [{ expr: undefined }];
            return dir !== undefined && dir.trim() !== "None" ? [{ expr: dir, inside: true }] : [];
        },
    },
];

/**
 * Round 77: functions of imported modules reviewed as writing no file a path argument names (the path read, served or
 * run, and judged by its own reader): os.path's and os's lookups (Python docs "os.path", "os": stat, lstat, listdir,
 * scandir, walk, access, chdir, readlink, getenv, fspath, statvfs; posix, posixpath, genericpath the same functions
 * under their implementation modules' names), os.mkdir/makedirs (a directory holds no content of its own, as
 * PYTHON_WRITE_CALLS reads them), the command runners (subprocess, os.system, the os.exec and
 * os.spawn families, os.popen: the command readers'), shlex, sys, glob, fnmatch, shutil.which/disk_usage, pathlib's constructors (their
 * methods are read above), the import machinery (importlib, runpy, site: the import readers'), functools, ssl (a
 * context's CA and certificate files are read), logging (its file handlers are PYTHON_WRITE_CALLS'), the servers of
 * http.server/socketserver and the frameworks whose APIs the server readers read by name. Any other function (numpy's,
 * an unknown library's) given an absolute path literal has it judged as a write (fail closed). Round 78: the readers of
 * PYTHON_KNOWN_PACKAGES: NumPy docs "numpy.loadtxt" ("Load data from a text file"), "numpy.genfromtxt" ("Load data
 * from a text file, with missing values handled as specified"), "numpy.fromfile" ("Construct an array from data in a
 * text or binary file"), "numpy.fromregex" ("Construct an array from a text file, using regular expression parsing"),
 * recfromtxt/recfromcsv (genfromtxt's record arrays); numpy.load is read by its mmap_mode (pythonNumpyLoadReads);
 * psutil (docs: "retrieving information on running processes and system utilization", no file writes); toml's
 * load/loads ("Parses named file or files as toml") and dumps (a string); PyYAML's safe loaders and dumpers (a
 * stream: a string of YAML or a file object the pack reads at its open).
 * Round 80: click, typer and psutil reviewed function by function, not whole (click docs "click.open_file(filename,
 * mode='r', ...)" writes as open() does: a PYTHON_WRITE_CALLS entry; click.edit/launch, psutil.Popen run commands:
 * PYTHON_COMMAND_RUNNERS): the decorators, parameter types, prompts and echo of click and typer, psutil's system and
 * process queries (psutil docs "System related functions", "Processes"); any other of their functions given a path is
 * judged as a write (the round-77 rule).
 * Round 90: urllib's request objects and openers (Python docs "urllib.request": Request(url, data=None, headers={},
 * ...) "This class is an abstraction of a URL request", urlopen(url, ...) "Open url" returning a response object to read,
 * build_opener/install_opener, the handlers; "urllib.parse" splits and quotes strings), http.client's connections: a
 * URL is no file they write (urlretrieve, which copies to a local file, is PYTHON_WRITE_CALLS').
 */
const PYTHON_NO_FILE_WRITE_CALLS =
    /^(?:urllib\.request\.(?:Request|urlopen|build_opener|install_opener|OpenerDirector|\w+Handler|\w+Processor|HTTPPasswordMgr\w*|quote|unquote|getproxies)|urllib\.parse\.\w+|urllib\.error\.\w+|http\.client\.(?:HTTPConnection|HTTPSConnection|HTTPResponse|HTTPException|responses)|(?:os|posix)\.path\.\w+|(?:posixpath|genericpath)\.\w+|(?:os|posix)\.(?:stat|lstat|listdir|scandir|walk|fwalk|access|chdir|readlink|getenv|getenvb|fspath|fsencode|fsdecode|statvfs|getcwd|mkdir|makedirs|environ\.\w+|system|popen|exec\w*|spawn\w*|posix_spawnp?)|subprocess\.\w+|shlex\.\w+|sys\.[\w.]+|glob\.\w+|fnmatch\.\w+|shutil\.(?:which|disk_usage)|pathlib\.(?:Path|PurePath|PosixPath|PurePosixPath)|importlib\.[\w.]+|runpy\.\w+|site\.\w+|functools\.\w+|ssl\.[\w.]+|logging\.[\w.]+|http\.server\.\w+|socketserver\.\w+|(?:flask|werkzeug|jinja2|falcon|whitenoise|starlette|fastapi|aiohttp|tornado|cherrypy|bottle|django|sanic|uvicorn|gunicorn|hypercorn|waitress|cheroot|paste|twisted|gevent|eventlet|Pyro4|Pyro5|rpyc|zerorpc|jsonrpclib|jsonrpcserver|pyftpdlib|debugpy|remote_pdb|web_pdb|celery|kombu|requests|urllib3|boto3|botocore|certifi)\.[\w.]+|click\.(?:command|group|option|argument|echo|secho|style|unstyle|pass_context|pass_obj|make_pass_decorator|version_option|help_option|confirmation_option|password_option|Choice|Path|File|IntRange|FloatRange|DateTime|Tuple|Context|Command|Group|Option|Argument|ClickException|UsageError|BadParameter|Abort|prompt|confirm|get_current_context|get_binary_stream|get_text_stream|get_app_dir|format_filename|progressbar|clear|pause|getchar)|typer\.(?:Typer|Option|Argument|run|echo|secho|style|Exit|Abort|Context|confirm|prompt|BadParameter)|psutil\.(?:cpu_percent|cpu_count|cpu_times|cpu_times_percent|cpu_freq|cpu_stats|getloadavg|virtual_memory|swap_memory|disk_usage|disk_partitions|disk_io_counters|net_io_counters|net_connections|net_if_addrs|net_if_stats|sensors_\w+|boot_time|users|pids|pid_exists|process_iter|wait_procs|Process|NoSuchProcess|AccessDenied|TimeoutExpired|ZombieProcess|Error)|numpy\.(?:loadtxt|genfromtxt|fromfile|fromregex|recfromtxt|recfromcsv|lib\.npyio\.(?:loadtxt|genfromtxt|fromregex|recfromtxt|recfromcsv))|contextlib\.(?:chdir|suppress|closing|nullcontext|ExitStack|contextmanager)|toml\.(?:load|loads|dumps)|yaml\.(?:safe_load|safe_load_all|safe_dump|safe_dump_all|dump|dump_all))$/;

/**
 * Round 78: whether an argument pythonPath cannot compute may still name a file: a path-shaped expression (an f-string,
 * `+`, `%`, `/` or str.format of parts, a call of os.path, pathlib, os.fspath, os.getenv, str), a name some binding of
 * which may be one, a `*`/`**` spread; with `unknownNames`, also a name bound where the pack does not see (a parameter,
 * a loop target), an attribute or subscript of one (`args.out`, `sys.argv[1]`) and a call of another module's
 * function. Not: numbers, None/True/False, displays (lists, dicts, tuples, sets), lambdas, an open file (open(), whose
 * mode is read by its own entry), a constant of an imported module, a call of the same library's function (its data).
 */
function pythonMayBePath(
    expr: string,
    text: string,
    names: PythonNames,
    unknownNames: boolean,
    library: string,
    depth = 0,
): boolean {
    const e = expr.trim();
    if (depth > 8) return true;
    if (/^[-+]?(?:\d[\d_]*\.?[\d_]*(?:[eE][-+]?\d+)?|0[xXoObB][\da-fA-F_]+|\.\d+)[jJ]?$/.test(e)) return false;
    if (/^(?:None|True|False|\.\.\.)$/.test(e) || /^lambda\b/.test(e)) return false;
    if (/^\*/.test(e)) return true;
    if (/^(?:[rRbBuU]{0,2}[fF][rR]?|[rR]?[fF])["']/.test(e)) return true;
    const code = pythonStringsBlanked(e);
    // A display (list, dict, set) or a tuple: its items are data of the call, not the name of a file it writes.
    const whole = pythonBracketed(code, 0)?.length === code.length;
    if (/^[[{]/.test(e) && whole) return false;
    if (e.startsWith("(") && whole) {
        const items = pythonSplit(e.slice(1, -1), ",");
        return items.length === 1 && !/,\s*$/.test(e.slice(1, -1))
            ? pythonMayBePath(items[0], text, names, unknownNames, library, depth + 1)
            : false;
    }
    // Operators that build strings or paths out of parts (str `+`, `%` formatting, pathlib's `/`; str.format).
    if (
        pythonSplit(code, "+").length > 1 ||
        /[%/]/.test(code.replace(/\([^()]*\)/g, "")) ||
        /\.\s*format\s*\(/.test(code)
    )
        return true;
    if (/^[A-Za-z_]\w*$/.test(e)) {
        const head = pythonResolve(e, names);
        if (head.imported) return false;
        const bindings = pythonAssignments(text, e);
        if (bindings === undefined || bindings.length === 0) return unknownNames;
        return bindings.some(b => pythonMayBePath(b.value, text, names, unknownNames, library, depth + 1));
    }
    const call = /^([A-Za-z_][\w.]*)\s*\(/.exec(e);
    if (call !== null && parenthesized(code, call[0].length - 1)?.length === code.length - call[0].length - 1) {
        const callee = pythonResolve(call[1], names).name;
        if (
            /^(?:(?:os|posix)\.(?:path\.\w+|fspath|fsencode|fsdecode|getenv|getcwd|environ\.get)|(?:posixpath|genericpath)\.\w+|pathlib\.\w+|str|bytes|os\.environ\.get)$/.test(
                callee,
            )
        )
            return true;
        if (
            /^(?:builtins\.)?(?:open|int|float|len|list|dict|set|tuple|range|sorted|bool|repr|hash|id|type)$/.test(
                callee,
            )
        )
            return false;
        return unknownNames && callee.split(".")[0] !== library;
    }
    // An attribute or subscript of a module (a constant, `prometheus_client.REGISTRY`) is the library's own object.
    if (/^[A-Za-z_][\w.]*$/.test(e) && pythonResolve(e, names).imported) return false;
    return unknownNames;
}

/**
 * Round 78: the writes one argument of an unreviewed module function stands for (the round-77 rule): an absolute path
 * computed by pythonPath (a literal, a name bound to one, a join, Path(...), an f-string of names; a relative one is no
 * evidence of a path), else, when the argument may be a path the pack cannot compute (pythonMayBePath), a write of a
 * file it cannot know (fail closed).
 */
function pythonArgumentWrites(
    arg: string,
    form: string,
    text: string,
    names: PythonNames,
    unknownNames: boolean,
    file: { path: string; text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    relativeJudged = false,
): PythonWrite[] {
    const literal = pythonText(arg);
    // Round 80: a relative one given to a function of a library the pack has not reviewed (`unknownNames`: not the
    // standard library, whose writers are PYTHON_WRITE_CALLS') is a path from the working directory (Python docs
    // "os.chdir"; POSIX "Pathname Resolution": a relative path starts at the current working directory), judged
    // from each directory the program may be in (pythonWriteRefusal's `cwds`: the shell's cwd at the run, each
    // os.chdir; one unknown fails closed).
    // From `/` (the default cwd of a user-data script) a bare name is a top-level file no node reader names.
    // Only for a function whose name says it writes a file (numpy.savetxt, write_to_textfile, to_csv ...): any other
    // function's bare word is a host, a name or a key (`app.run(host="0.0.0.0")`), no evidence of a path.
    const callee = /^\(?\s*([A-Za-z_][\w.]*)/.exec(form)?.[1]?.split(".").at(-1) ?? "";
    const writerName = PYTHON_WRITER_NAME.test(callee);
    const relative = (p: string) => unknownNames && relativeJudged && writerName && p !== "" && !/\s/.test(p);
    if (literal !== undefined) return literal.startsWith("/") || relative(literal) ? [{ expr: arg }] : [];
    const paths = pythonPath(arg, file, roots, fileText, view, undefined);
    if (paths !== undefined && paths.length > 0) {
        const judged = paths.filter(p => p.startsWith("/") || relative(p));
        return judged.length > 0 ? [{ expr: undefined, given: judged }] : [];
    }
    const library = /^\(?\s*([A-Za-z_]\w*)/.exec(form)?.[1] ?? "";
    return pythonMayBePath(arg, text, names, unknownNames, pythonResolve(library, names).name.split(".")[0])
        ? [
              {
                  expr: undefined,
                  why: `it is given ${arg.trim().replace(/\s+/g, " ").slice(0, 60)}, which may name a file the function writes and the pack cannot compute (fail closed)`,
              },
          ]
        : [];
}

/**
 * Round 78: NumPy docs "numpy.load(file, mmap_mode=None, allow_pickle=False, ...)": a read of the file, unless
 * mmap_mode ("{None, 'r+', 'r', 'w+', 'c'}": 'r+' and 'w+' open it for writing, 'c' copy-on-write "changes ... not saved
 * to disk") may write (its pickles are PYTHON_DYNAMIC_NAMES', pythonDataLoad).
 */
function pythonNumpyLoadReads(callee: string, args: PythonArguments): boolean {
    if (!/^numpy\.(?:load|lib\.npyio\.load)$/.test(callee)) return false;
    const mode = args.argument("mmap_mode", 1);
    if (mode === undefined || mode.trim() === "None") return true;
    const literal = pythonString(mode.trim());
    return literal === "r" || literal === "c";
}

/**
 * Round 78: methods that write a file one of their arguments names, on whatever object they are read on (the pack does
 * not type receivers: a client, a resource, an opener): boto3 docs "S3.Client.download_file(Bucket, Key, Filename,
 * ...)", "S3.Bucket.download_file(Key, Filename, ...)", "S3.Object.download_file(Filename, ...)" (S3Transfer's
 * download_file(bucket, key, filename) alike): "Filename (str) – The path to the file to download to", by keyword, else
 * the third positional argument, else the last one given (a positional ExtraArgs after a Bucket's Filename is no path:
 * fail closed); Python docs "urllib.request" legacy interface, URLopener.retrieve(url, filename=None, ...) ("Retrieves the
 * contents of url and places it in filename"; none: a temporary file); "The Python Profilers": Profile.dump_stats(filename)
 * and pstats.Stats.dump_stats(filename) ("Write the results ... to filename"); paramiko docs SSHClient.save_host_keys
 * (filename) and PKey.write_private_key_file(filename) (write that file). download_fileobj takes a file object (its file
 * is read at its open()); archive extraction is read below (extractTargets).
 */
const PYTHON_WRITE_METHODS: Readonly<Record<string, (args: PythonArguments) => (string | undefined)[]>> = {
    download_file: args => {
        const named = args.keyword.get("Filename");
        if (named !== undefined) return [named];
        const n = args.positional.length;
        return n === 0 ? [undefined] : [args.positional[Math.min(n, 3) - 1]];
    },
    retrieve: args => {
        const filename = args.argument("filename", 1);
        return filename === undefined || filename.trim() === "None" ? [] : [filename];
    },
    dump_stats: args => [args.argument("filename", 0)],
    save_host_keys: args => [args.argument("filename", 0)],
    write_private_key_file: args => [args.argument("filename", 0)],
};

/**
 * Round 80: function and method names that say they write a file their argument names, on receivers the pack does not
 * type: Python docs "xml.etree.ElementTree" ElementTree.write(file, ...) ("file is a file name, or a file object
 * opened for writing"); pandas docs "DataFrame.to_csv(path_or_buf=None, ...)" ("String, path object ... or file-like
 * object") and its to_* writers; NumPy docs "ndarray.tofile(fid, ...)" ("a string containing a filename") and
 * "numpy.savetxt", prometheus_client's write_to_textfile, and the save/dump/export/store functions and methods of other
 * libraries. Their path arguments are judged as writes (pythonWriteRefusal), a relative one from the working directory
 * (pythonArgumentWrites). Round 81: one rule for functions and methods (a name containing one of these words).
 */
const PYTHON_WRITER_NAME = /write|save|dump|export|store|tofile|to_file|textfile|^to_/i;

/** Callees of PYTHON_WRITE_CALLS that never write (their entries' writes are none): not refused as values. */
const PYTHON_NON_WRITING_CALLS = /^os\.fdopen$|^tokenize\.open$|^webbrowser\.open(?:_new|_new_tab)?$/;

/**
 * Round 74: a call's argument text with the arguments of the partials `name` is bound to first (pythonNames partials:
 * `w = functools.partial(open, mode="w")`, `w(path)` is `open(path, mode="w")`; Python docs "functools.partial": the
 * call's positional arguments "are appended to args", its keywords "extend and override keywords"), innermost first.
 */
export function pythonPartialCall(name: string, call: string, names: PythonNames): string {
    const bound: string[] = [];
    let head = name;
    for (let depth = 0; depth < 8 && !head.includes("."); depth++) {
        const partial = names.partials.get(head);
        if (partial === undefined || names.imports.has(head)) break;
        bound.unshift(partial.bound);
        head = partial.target;
    }
    if (bound.length === 0) return call;
    const positional: string[] = [];
    const keywords = new Map<string, string>();
    const spreads: string[] = [];
    for (const text of [...bound, call])
        for (const item of pythonSplit(text, ",")) {
            const named = /^(\w+)\s*=(?!=)/.exec(item);
            if (named) {
                keywords.delete(named[1]);
                keywords.set(named[1], item);
            } else if (item.startsWith("**")) spreads.push(item);
            else positional.push(item);
        }
    return [...positional, ...keywords.values(), ...spreads].join(", ");
}

/**
 * Round 75: whether the statement at `index` of Python code is in a class body (its scope the class's, Python
 * reference "Class definitions"), not a function's: the nearest enclosing `class` or `def` header by indentation
 * (compound statements between them, `if`/`for`/`try`, keep the scope), or a `class X:` header on the same line.
 */
function pythonInClassBody(code: string, index: number): boolean {
    const start = code.lastIndexOf("\n", index - 1) + 1;
    const head = code.slice(start, index);
    if (/^[ \t]*class\b/.test(head)) return true;
    if (/^[ \t]*(?:async[ \t]+)?def\b/.test(head)) return false;
    let indent = /^[ \t]*/.exec(head)?.[0].length ?? 0;
    const lines = code.slice(0, start).split("\n");
    for (let i = lines.length - 1; i >= 0 && indent > 0; i--) {
        const l = lines[i];
        if (/^[ \t]*(?:#.*)?$/.test(l)) continue;
        const own = /^[ \t]*/.exec(l)?.[0].length ?? 0;
        if (own >= indent) continue;
        if (/^[ \t]*class\b/.test(l)) return true;
        if (/^[ \t]*(?:async[ \t]+)?def\b/.test(l)) return false;
        indent = own;
    }
    return false;
}

/**
 * Round 74: where a file names a PYTHON_WRITE_CALLS callable (through its imports, aliases and partials) other than
 * as a call's callee: each such use's text. Not: an import statement; a name being bound or a keyword (`open = ...`,
 * `f(open=1)`); `NAME = CALLEE` and `NAME = functools.partial(CALLEE, ...)` statements that bind NAME to it as
 * pythonNames reads them (NAME's calls are read with the partial's arguments: pythonPartialCall); a name bound to
 * what a call returned (`f = open(...)`: a file, no callable).
 */
function pythonWriteCallValues(text: string, code: string, names: PythonNames): string[] {
    let bare = code;
    for (const pattern of [PYTHON_FROM_IMPORT, PYTHON_IMPORT])
        for (const m of [...bare.matchAll(pattern)])
            bare = bare.slice(0, m.index) + m[0].replace(/[^\n]/g, " ") + bare.slice(m.index + m[0].length);
    /** What a name used as a value is, or undefined for a call's result (pythonResolve, partials followed). */
    const valueOf = (name: string, depth = 0): string | undefined => {
        const [head, ...rest] = name.split(".");
        const imported = names.imports.get(head);
        if (imported !== undefined) return [imported, ...rest].join(".");
        if (depth >= 8) return name;
        const partial = names.partials.get(head);
        // A partial's `func` attribute is its callable (Python docs "partial Objects": "partial.func: A callable
        // object or function. Calls to the partial object will be forwarded to func").
        if (partial !== undefined)
            return valueOf([partial.target, ...(rest[0] === "func" ? rest.slice(1) : rest)].join("."), depth + 1);
        if (names.results.has(head)) return undefined;
        const alias = names.assigned.get(head);
        return alias === undefined ? name : valueOf([alias, ...rest].join("."), depth + 1);
    };
    /** Whether `name` reaches its callable through a functools.partial binding (pythonNames partials). */
    const viaPartial = (name: string) => {
        let head = name.split(".")[0];
        for (let depth = 0; depth < 8; depth++) {
            if (names.partials.has(head)) return true;
            const alias = names.assigned.get(head);
            if (alias === undefined || names.imports.has(head)) return false;
            head = alias.split(".")[0];
        }
        return true;
    };
    const uses: string[] = [];
    for (const m of bare.matchAll(/(?<![\w.])(?<!\b(?:def|class)\s+)[A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*/g)) {
        const after = bare.slice(m.index + m[0].length);
        if (/^\s*\(/.test(after) || /^[ \t]*(?:=(?!=)|:=)/.test(after)) continue;
        const name = m[0].replace(/[ \t]/g, "");
        const callee = valueOf(name);
        if (
            callee === undefined ||
            PYTHON_NON_WRITING_CALLS.test(callee) ||
            !PYTHON_WRITE_CALLS.some(e => e.callee.test(callee))
        )
            continue;
        const line = bare.slice(bare.lastIndexOf("\n", m.index) + 1, m.index);
        const rest = /^[ \t]*(?:[;#\n]|$)/.test(after);
        // Round 75: a binding in a class body is a class attribute too (Python reference "Class definitions": the
        // body's local namespace becomes the class's attribute dictionary; Python docs "Built-in Functions": open is a
        // builtin, no descriptor, so `C.w` is open itself): `class C: w = open` then `C.w(path, "w")` is a write
        // call by a name the pack does not resolve, so the binding stays a use as a value (fail closed).
        const classBody = pythonInClassBody(bare, m.index);
        const alias = /(?:^|[;:])[ \t]*(\w+)[ \t]*=[ \t]*$/.exec(line);
        if (alias && rest && !classBody && names.assigned.get(alias[1]) === name && !names.results.has(alias[1]))
            continue;
        const partial = /(?:^|[;:])[ \t]*(\w+)[ \t]*=[ \t]*([A-Za-z_][\w.]*)[ \t]*\([ \t]*$/.exec(line);
        if (
            partial &&
            !classBody &&
            /^[ \t]*[,)]/.test(after) &&
            /^(?:functools\.)?partial$/.test(pythonResolve(partial[2], names).name) &&
            names.partials.get(partial[1])?.target === name
        )
            continue;
        // Round 75: `map(open, ITERABLE)` with one iterable calls open with one positional argument (Python docs
        // "map(function, iterable, *iterables)": "If additional iterables arguments are passed, function must take
        // that many arguments"; one iterable, one argument), and open's mode "defaults to 'r' which means open for
        // reading" (Python docs "open"; io.open is open): reads only. More iterables (a mode), starmap, or a map the
        // file rebinds stay uses as a value.
        const mapped = /(?<![\w.])map[ \t]*\([ \t]*$/.exec(bare.slice(0, m.index));
        if (
            mapped &&
            /^(?:builtins\.|(?:io|_io|_pyio)\.)?open$/.test(callee) &&
            // open itself (an import or alias of it), never a partial binding a mode (`w = partial(open, mode="w")`).
            !viaPartial(name) &&
            !names.imports.has("map") &&
            // Round 75: any binding of map (a for/with/except target, `:=`, a parameter, `builtins.map = ...`) or of
            // the name open is read by is another callable (pythonNameRebound, one rule).
            !pythonNameRebound(text, "map") &&
            !pythonNameRebound(text, name)
        ) {
            const inner = parenthesized(bare, m.index - mapped[0].length + mapped[0].indexOf("("));
            const items = inner === undefined ? [] : pythonSplit(inner, ",").filter(i => i.trim() !== "");
            if (items.length === 2 && items[0].trim() === m[0].trim() && !/^\s*\*/.test(items[1])) continue;
        }
        uses.push(
            `${text.slice(m.index, m.index + m[0].length)} (used as a value: ${line.trim()}${m[0]}${after.split("\n")[0]})`.slice(
                0,
                160,
            ),
        );
    }
    return uses;
}

/** Where the receiver of a method call whose `.` is at `end` of `code` (strings blanked) starts (a name, a call, an
 * attribute chain). */
function pythonReceiverStart(code: string, end: number): number {
    let at = end;
    while (at > 0) {
        const ch = code[at - 1];
        if (ch === ")" || ch === "]") {
            let depth = 0;
            let k = at - 1;
            for (; k >= 0; k--) {
                if (code[k] === ")" || code[k] === "]") depth++;
                if (code[k] === "(" || code[k] === "[") depth--;
                if (depth === 0) break;
            }
            at = k;
        } else if (
            /[\w.]/.test(ch) ||
            (/\s/.test(ch) && /\.\s*$/.test(code.slice(0, at))) ||
            // Round 75: Python reference "Implicit line joining" (inside brackets an expression goes on over line
            // breaks): blanks, new lines too, before the `.` of an attribute (`(Path(p)\n .write_text)`).
            (/\s/.test(ch) && /^\s*\./.test(code.slice(at - 1)))
        )
            at--;
        else break;
    }
    return at;
}

/**
 * Round 87: Python's mode and owner changes, each the shell's chmod(1)/chown(1) of its path (Python docs "os":
 * chmod(path, mode, *, dir_fd=None, follow_symlinks=True), lchmod(path, mode); chown(path, uid, gid, ...) "To leave
 * one of the ids unchanged, set it to -1", lchown; "shutil.chown(path, user=None, group=None)", a name or an id;
 * pathlib "Path.chmod(mode, *, follow_symlinks=True)", "Path.lchmod(mode)"): `words` the shell line's command and mode
 * or owner (`chmod 755`, `chown 0:1000`) when literal, undefined for one the pack cannot read (a name, stat's flags:
 * fail closed); `paths` the absolute paths it changes when the pack computes them. os.fchmod/fchown change a
 * descriptor's file, which the pack does not follow (pathExpr undefined), as does a dir_fd-relative path.
 */
export type PythonModeChange = {
    form: string;
    pathExpr: string | undefined;
    paths: string[] | undefined;
    words: string[] | undefined;
};

/** Round 87: the os, posix and shutil functions changing a file's mode or owner (PythonModeChange). */
const PYTHON_MODE_CHANGE_CALLS = /^(?:os|posix)\.(?:chmod|lchmod|fchmod|chown|lchown|fchown)$|^shutil\.chown$/;

/** Round 87: a Python integer literal's value (Python reference "Integer literals": decimal, 0o, 0x, 0b, `_`). */
function pythonIntLiteral(expr: string | undefined): number | undefined {
    const e = (expr ?? "").trim().replace(/_/g, "");
    const m = /^(-?)(?:(\d+)|0[oO]([0-7]+)|0[xX]([\da-fA-F]+)|0[bB]([01]+))$/.exec(e);
    if (m === null) return undefined;
    const value =
        m[2] !== undefined
            ? parseInt(m[2], 10)
            : parseInt(m[3] ?? m[4] ?? m[5], m[3] !== undefined ? 8 : m[4] !== undefined ? 16 : 2);
    return m[1] === "-" ? -value : value;
}

/** Round 87: chown(1)'s word for a Python owner argument (an id, -1 or None unchanged, a name), undefined unread. */
function pythonOwnerWord(expr: string | undefined): string | undefined {
    if (expr === undefined || expr.trim() === "None") return "";
    const id = pythonIntLiteral(expr);
    if (id !== undefined) return id === -1 ? "" : id >= 0 ? String(id) : undefined;
    const name = pythonText(expr);
    return name !== undefined && /^[A-Za-z_][\w.-]*$/.test(name) ? name : undefined;
}

/** Round 87: the mode and owner changes of a Python file (PythonModeChange). */
export function pythonModeChanges(
    file: { path: string; text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): PythonModeChange[] {
    const text = file.text;
    const code = pythonStringsBlanked(text);
    const names = pythonNames(text);
    const spread = (call: string) => pythonSplit(call, ",").some(a => a.startsWith("*"));
    const mode = (expr: string | undefined) => {
        const m = pythonIntLiteral(expr);
        return m === undefined || m < 0 ? undefined : ["chmod", m.toString(8)];
    };
    const change = (form: string, pathExpr: string | undefined, words: string[] | undefined): PythonModeChange => {
        const paths = pathExpr === undefined ? undefined : pythonPath(pathExpr, file, roots, fileText, view, undefined);
        const absolute = paths !== undefined && paths.length > 0 && paths.every(p => p.startsWith("/"));
        return { form, pathExpr, paths: absolute ? paths.map(p => posix.resolve(p)) : undefined, words };
    };
    const out: PythonModeChange[] = [];
    for (const c of pythonCalls(text)) {
        const fn = PYTHON_MODE_CHANGE_CALLS.exec(c.callee)?.[0].split(".")[1];
        if (fn === undefined) continue;
        const args = pythonCallArguments(c.call);
        const form = `${c.name}(${c.call.replace(/\s+/g, " ").slice(0, 80)})`;
        const byFd = fn.startsWith("f") || (args.keyword.get("dir_fd") ?? "None").trim() !== "None";
        const owner = (u: string | undefined, g: string | undefined) =>
            u === undefined || g === undefined ? undefined : ["chown", g === "" ? u : `${u}:${g}`];
        const words = spread(c.call)
            ? undefined
            : /chmod$/.test(fn)
              ? mode(args.argument("mode", 1))
              : c.callee.startsWith("shutil")
                ? owner(pythonOwnerWord(args.argument("user", 1)), pythonOwnerWord(args.argument("group", 2)))
                : owner(pythonOwnerWord(args.argument("uid", 1)), pythonOwnerWord(args.argument("gid", 2)));
        out.push(change(form, byFd ? undefined : args.argument(fn.startsWith("f") ? "fd" : "path", 0), words));
    }
    // pathlib's: on any receiver but a module (os.chmod is read above; `pathlib.Path.chmod(p, m)`, a class's function,
    // is the round-77 rule's).
    for (const m of code.matchAll(/\.\s*(chmod|lchmod)\s*\(/g)) {
        const receiver = text.slice(pythonReceiverStart(code, m.index), m.index).trim();
        if (receiver === "" || (/^[A-Za-z_][\w.]*$/.test(receiver) && names.imports.has(receiver.split(".")[0])))
            continue;
        const start = m.index + m[0].length;
        const inner = parenthesized(code, start - 1);
        const call = inner === undefined ? "**" : text.slice(start, start + inner.length);
        const form = `${receiver.replace(/\s+/g, " ").slice(0, 80)}.${m[1]}(${call.replace(/\s+/g, " ").slice(0, 80)})`;
        out.push(
            change(form, receiver, spread(call) ? undefined : mode(pythonCallArguments(call).argument("mode", 0))),
        );
    }
    return out;
}

/**
 * Round 87: the literal downloads of a Python file, each as the shell's fetch of the same URL into the same file
 * (`curl -o PATH URL`): Python docs "urllib.request.urlretrieve(url, filename=None, ...)" ("Copy a network object
 * denoted by a URL to a local file"), a literal URL and a path the pack computes. The shell reader then judges the
 * file as a curl download's (rootReads.ts unverifiedDownloads: an http:// or ftp:// one verifies no server, so root
 * later loading or running it runs what whoever is on the path chose; an https one is the operator's, DECIDED round 69).
 */
export function pythonDownloadLines(
    file: { path: string; text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    unverified = false,
): string[][] {
    // Round 90: a program that changed the process-wide TLS defaults (pythonTlsDefaultsChanged) verifies no server:
    // its downloads are the shell's `curl -k` of the same URL (curl(1) "-k, --insecure").
    const fetch = unverified ? ["curl", "-k", "-o"] : ["curl", "-o"];
    return pythonCalls(file.text).flatMap(c => {
        if (!/^urllib\.request\.urlretrieve$/.test(c.callee)) return [];
        const args = pythonCallArguments(c.call);
        const url = pythonText(args.argument("url", 0) ?? "");
        const filename = args.argument("filename", 1);
        if (url === undefined || filename === undefined) return [];
        const paths = pythonPath(filename, file, roots, fileText, view, undefined) ?? [];
        return paths.filter(p => p.startsWith("/")).map(p => [...fetch, posix.resolve(p), url]);
    });
}

/**
 * Round 90: a Python file's archive extractions as the shell's extraction of the same archive into the same directory
 * (one judgment: RootReads reads tar's and unzip's, where the archive came from, what lands where), by the index of the
 * `.extractall(` in the file: `A.extractall(path=D, members=None, *, numeric_owner=False, filter=None)` of an archive
 * the pack names (`tarfile.open(NAME, mode='r')`, TarFile(NAME), zipfile.ZipFile(NAME, mode='r'), called there or
 * bound once by `with ... as A` or `A = ...`), a path and directory it computes as absolute paths. Python docs
 * "tarfile": without a filter, "It is possible that files are created outside of path, e.g. members that have absolute
 * filenames starting with "/" or filenames with two dots ".."" (GNU tar's `-P, --absolute-names`: "Don't strip leading
 * slashes from file names when creating archives", and ".." kept), with filter='data' or 'tar' ("Extraction filters":
 * "Strip leading slashes", refuse members outside the destination) the plain `tar -x`; "zipfile" ZipFile.extractall:
 * absolute names stripped, ".." removed, existing files overwritten (unzip(1) -o, which strips both alike). Any other
 * extraction is pythonWriteRefusal's (pythonExtraction).
 */
export function pythonExtractionLines(
    file: { path: string; text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Map<number, string[][]> {
    const text = file.text;
    const code = pythonStringsBlanked(text);
    const names = pythonNames(text);
    const out = new Map<number, string[][]>();
    const paths = (expr: string | undefined) => {
        const found = expr === undefined ? undefined : pythonPath(expr, file, roots, fileText, view, undefined);
        return found !== undefined && found.length > 0 && found.every(p => /^\/[\w@%+=:,./-]*$/.test(p))
            ? found.map(p => posix.resolve(p))
            : undefined;
    };
    /** The archive call `X(ARGS)` an expression is, or that the one binding of a name makes. */
    const opened = (receiver: string): { callee: string; call: string } | undefined => {
        const direct = /^([A-Za-z_][\w.]*)\s*\(([\s\S]*)\)$/.exec(receiver);
        if (direct) return { callee: pythonResolve(direct[1], names).name, call: direct[2] };
        if (!/^[A-Za-z_]\w*$/.test(receiver)) return undefined;
        const bound = new RegExp(
            String.raw`(?<![\w.])${receiver}[ \t]*(?:[-+*/|&^%@]|//|<<|>>|\*\*|:)?=(?!=)|\b(?:for|as|def|class|global|nonlocal|import|del|lambda)[ \t]+(?:[\w \t,()]*,[ \t]*)?${receiver}\b|(?<![\w.])${receiver}[ \t]*[,)][^\n=]*=(?!=)`,
            "g",
        );
        if ([...code.matchAll(bound)].length !== 1) return undefined;
        const m = [
            ...code.matchAll(
                new RegExp(
                    String.raw`(?:\bwith[ \t]+|(?<![\w.])${receiver}[ \t]*=[ \t]*)([A-Za-z_][\w.]*)[ \t]*\(`,
                    "g",
                ),
            ),
        ].find(b => {
            const inner = parenthesized(code, b.index + b[0].length - 1);
            if (inner === undefined) return false;
            const rest = code.slice(b.index + b[0].length + inner.length + 1).split("\n")[0];
            return b[0].startsWith("with")
                ? new RegExp(String.raw`^[ \t]*as[ \t]+${receiver}[ \t]*:`).test(rest)
                : /^[ \t]*(?:#.*)?$/.test(rest);
        });
        if (m === undefined) return undefined;
        const start = m.index + m[0].length;
        const inner = parenthesized(code, start - 1) ?? "";
        return { callee: pythonResolve(m[1], names).name, call: text.slice(start, start + inner.length) };
    };
    for (const m of code.matchAll(/\.\s*extractall\s*\(/g)) {
        const start = m.index + m[0].length;
        const inner = parenthesized(code, start - 1);
        if (inner === undefined) continue;
        const call = text.slice(start, start + inner.length);
        const receiver = text.slice(pythonReceiverStart(code, m.index), m.index).trim();
        const archive = opened(receiver);
        if (archive === undefined || call.includes("*") || archive.call.includes("*")) continue;
        const tar = /^tarfile\.(?:open|TarFile|TarFile\.open)$/.test(archive.callee);
        if (!tar && !/^zipfile\.ZipFile$/.test(archive.callee)) continue;
        const made = pythonCallArguments(archive.call);
        const mode = made.argument("mode", 1);
        if (mode !== undefined && !/^r(?::\w*)?$/.test(pythonString(mode) ?? "")) continue;
        if (made.keyword.has("fileobj")) continue;
        const sources = paths(made.argument(tar ? "name" : "file", 0));
        const args = pythonCallArguments(call);
        const dirs = paths(args.argument("path", 0));
        if (sources === undefined || dirs === undefined) continue;
        const filter = args.keyword.get("filter")?.trim();
        const bounded =
            filter !== undefined &&
            (/^(?:data|tar)$/.test(pythonString(filter) ?? "") ||
                /^tarfile\.(?:data|tar)_filter$/.test(pythonResolve(filter, names).name));
        out.set(
            m.index,
            sources.flatMap(a =>
                dirs.map(d => (tar ? ["tar", bounded ? "-xf" : "-xPf", a, "-C", d] : ["unzip", "-o", a, "-d", d])),
            ),
        );
    }
    return out;
}

/**
 * Round 90: the template directories a Python file's Jinja loaders read code from, and the first loader whose directory
 * the pack cannot compute (`unread`): Jinja docs "Sandbox" ("The Jinja sandbox can be used to render untrusted
 * templates": an ordinary Environment is not one, its templates' expressions call any attribute of what they reach,
 * so a template is code) and "API", "Loaders": FileSystemLoader(searchpath, ...) "Load templates from a directory in
 * the file system" (a path or a list of paths). A file whose every environment is jinja2.sandbox's
 * (SandboxedEnvironment, ImmutableSandboxedEnvironment) reads templates as data; any other (Environment, Template, a
 * loader handed elsewhere) runs them.
 */
export function pythonTemplateDirectories(
    file: { path: string; text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { dirs: string[]; unread?: string } {
    const calls = pythonCalls(file.text);
    const sandboxed = calls.some(c => /^jinja2\.sandbox\.(?:Immutable)?SandboxedEnvironment$/.test(c.callee));
    const ordinary = calls.some(c => /^jinja2\.(?:environment\.)?(?:Environment|Template)$/.test(c.callee));
    if (sandboxed && !ordinary) return { dirs: [] };
    const dirs: string[] = [];
    for (const c of calls) {
        if (!/^jinja2\.(?:loaders\.)?FileSystemLoader$/.test(c.callee)) continue;
        const form = `${c.name}(${c.call.replace(/\s+/g, " ").slice(0, 80)})`;
        const given = pythonCallArguments(c.call).argument("searchpath", 0);
        const list = /^\s*[[(]([\s\S]*)[\])]\s*$/.exec(given ?? "");
        const items = list
            ? pythonSplit(list[1], ",").filter(i => i.trim() !== "")
            : given === undefined
              ? []
              : [given];
        if (items.length === 0 || items.some(i => i.trim().startsWith("*"))) return { dirs, unread: form };
        for (const item of items) {
            const paths = pythonPath(item, file, roots, fileText, view, undefined);
            if (paths === undefined || paths.length === 0 || paths.some(p => !p.startsWith("/")))
                return { dirs, unread: form };
            dirs.push(...paths.map(p => posix.resolve(p)));
        }
    }
    return { dirs };
}

/**
 * Round 90: the modules whose attributes are the process-wide defaults of Python's HTTPS clients (PEP 476 "Opting out":
 * "monkeypatch the ssl module": `ssl._create_default_https_context = ssl._create_unverified_context` turns
 * verification off for every later urllib/http.client connection; urllib.request docs urlopen: "the default opener"
 * and install_opener; http.client docs HTTPSConnection "context").
 */
const PYTHON_TLS_DEFAULT_MODULES = /^(?:_?ssl|urllib|urllib\.request|http|http\.client)$/;

/**
 * Round 90: the urllib.request handlers of an opener that leave the default HTTPS verification as it is (urllib.request
 * docs "OpenerDirector", build_opener(*handlers); ProxyHandler: https is tunnelled with CONNECT and verified end to end;
 * cookie, redirect, authentication, error and non-https scheme handlers). HTTPSHandler (its context=) and any handler
 * the pack does not read (a subclass, a variable) are not.
 */
const PYTHON_VERIFYING_HANDLERS =
    /^urllib\.request\.(?:ProxyHandler|HTTPCookieProcessor|HTTPRedirectHandler|HTTPBasicAuthHandler|ProxyBasicAuthHandler|HTTPDigestAuthHandler|ProxyDigestAuthHandler|HTTPPasswordMgr|HTTPPasswordMgrWithDefaultRealm|HTTPPasswordMgrWithPriorAuth|HTTPErrorProcessor|HTTPDefaultErrorHandler|UnknownHandler|HTTPHandler|FileHandler|DataHandler|FTPHandler|CacheFTPHandler)$/;

/**
 * Round 90: how a Python file changes the process-wide TLS defaults of its HTTPS clients, if it does: a rebinding
 * (assignment, del, setattr) of an attribute of ssl, urllib(.request) or http(.client) (PEP 476 "Opting out": "the
 * ssl module ... _create_default_https_context"), or urllib.request.install_opener(opener) ("Install an
 * OpenerDirector instance as the default global opener": urlretrieve and urlopen use it) with an opener the pack does
 * not read as verifying: anything but build_opener of PYTHON_VERIFYING_HANDLERS (an HTTPSHandler(context=...), a
 * variable, a subclass: fail closed). Every download of such a program is unverified (pythonDownloadLines).
 */
export function pythonTlsDefaultsChanged(text: string): string | undefined {
    const names = pythonNames(text);
    const tlsModule = (expr: string) => {
        const e = expr.trim();
        if (!/^[A-Za-z_][\w.]*$/.test(e)) return false;
        const resolved = pythonResolve(e, names);
        return resolved.imported && PYTHON_TLS_DEFAULT_MODULES.test(resolved.name);
    };
    for (const target of pythonPatches(text, new Map())) {
        const parts = target.split(".");
        parts.pop();
        if (tlsModule(parts.join("."))) return `${target} = ...`;
    }
    const calls = pythonCalls(text);
    for (const c of calls) {
        const form = `${c.name}(${c.call.replace(/\s+/g, " ").slice(0, 80)})`;
        const args = pythonCallArguments(c.call);
        if (/^(?:builtins\.)?(?:setattr|delattr)$/.test(c.callee) && tlsModule(args.argument("object", 0) ?? ""))
            return form;
        if (!/^urllib\.request\.install_opener$/.test(c.callee)) continue;
        const opener = (args.argument("opener", 0) ?? "").trim();
        const build = calls.find(
            b => /^urllib\.request\.build_opener$/.test(b.callee) && opener === `${b.name}(${b.call})`,
        );
        const verifying =
            build !== undefined &&
            pythonCallArguments(build.call).positional.every(h => {
                const handler = /^([A-Za-z_][\w.]*)\s*(\(([\s\S]*)\))?$/.exec(h.trim());
                return (
                    handler !== null &&
                    PYTHON_VERIFYING_HANDLERS.test(pythonResolve(handler[1], names).name) &&
                    !/\bcontext\b|\bssl\b/.test(handler[3] ?? "")
                );
            }) &&
            pythonCallArguments(build.call).keyword.size === 0;
        if (!verifying) return form;
    }
    return undefined;
}

/**
 * Round 88: a Python program's umask and the directories it makes, as the shell's `umask MODE` and `mkdir -p DIR`
 * lines (rootReads.ts umaskOpen, round 80): Python docs os.umask(mask) "Set the current numeric umask"; os.mkdir /
 * os.makedirs(name, mode=0o777) and pathlib Path.mkdir(mode=0o777): "the current umask value is first masked out"
 * (mkdir(2): "the permissions of the created directory are (mode & ~umask & 0777)"); umask(2): "A child process
 * created via fork(2) inherits its parent's umask", so the program's umask is every child's too. `umask` is one line
 * for the whole program (its order with the rest is not read: the most open mask it sets, fail closed); an os.umask
 * argument the pack cannot read is mask 000, unless it restores a mask the program saved from os.umask itself (the
 * `old = os.umask(M) ... os.umask(old)` idiom: the mask it had, which the shell reader already holds). A directory
 * made with a literal mode granting others no write stays closed whatever the mask; any other mode (the default 0o777,
 * one the pack cannot read) is the shell's mkdir without -m, open exactly when the umask keeps others' write.
 */
export function pythonCreationLines(
    file: { path: string; text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { umask: string[] | undefined; mkdirs: string[][] } {
    const text = file.text;
    const code = pythonStringsBlanked(text);
    const names = pythonNames(text);
    const saved = new Set(
        [...code.matchAll(/(?:^|[;\n])[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*([A-Za-z_][\w.]*)[ \t]*\(/g)]
            .filter(m => /^(?:os|posix)\.umask$/.test(pythonResolve(m[2], names).name))
            .map(m => m[1]),
    );
    const masks: number[] = [];
    const mkdirs: string[][] = [];
    const made = (pathExpr: string | undefined, modeExpr: string | undefined) => {
        const m = modeExpr === undefined ? 0o777 : pythonIntLiteral(modeExpr);
        if (m !== undefined && m >= 0 && (m & 0o002) === 0) return;
        const paths = pathExpr === undefined ? undefined : pythonPath(pathExpr, file, roots, fileText, view, undefined);
        for (const p of paths ?? []) if (p.startsWith("/")) mkdirs.push(["mkdir", "-p", posix.resolve(p)]);
    };
    for (const c of pythonCalls(text)) {
        const args = pythonCallArguments(c.call);
        if (/^(?:os|posix)\.umask$/.test(c.callee)) {
            const given = args.argument("mask", 0)?.trim() ?? "";
            if (saved.has(given)) continue;
            const mask = pythonIntLiteral(given);
            masks.push(mask === undefined || mask < 0 ? 0 : mask);
        } else if (/^(?:os|posix)\.(?:mkdir|makedirs)$/.test(c.callee))
            made(args.argument(/makedirs$/.test(c.callee) ? "name" : "path", 0), args.argument("mode", 1));
    }
    // pathlib's Path.mkdir on any receiver but a module (os.mkdir is read above).
    for (const m of code.matchAll(/\.\s*mkdir\s*\(/g)) {
        const receiver = text.slice(pythonReceiverStart(code, m.index), m.index).trim();
        if (receiver === "" || (/^[A-Za-z_][\w.]*$/.test(receiver) && names.imports.has(receiver.split(".")[0])))
            continue;
        const start = m.index + m[0].length;
        const inner = parenthesized(code, start - 1);
        if (inner === undefined) continue;
        made(receiver, pythonCallArguments(text.slice(start, start + inner.length)).argument("mode", 0));
    }
    const open = masks.find(m => (m & 0o002) === 0);
    const mask = open ?? masks[0];
    return { umask: mask === undefined ? undefined : ["umask", mask.toString(8).padStart(3, "0")], mkdirs };
}

/**
 * Round 87: whether a Python mode or owner change opens nothing, as the same chmod/chown line of the shell would
 * (rootReads.ts modeChangeOpens: no write for others or a non-root owner, no read of the node's keys): a literal mode
 * or owner of paths the pack computes. Any other (an opening, a mode or path the pack cannot read) is judged as a write
 * of its path (pythonWriteRefusal), and the literal ones are read by the shell reader too (commandServers.ts
 * pythonProgramCommandLines).
 */
export function pythonModeChangeOpensNothing(change: PythonModeChange): boolean {
    const { words, paths } = change;
    // Round 88: a literal mode granting group and others nothing and no set-id bit (chmod(2): S_ISUID 04000, S_ISGID
    // 02000, S_IRWXG 070, S_IRWXO 07) opens nothing on any file, whatever the path or descriptor names (os docs
    // fchmod(fd, mode): `os.fchmod(f.fileno(), 0o600)`).
    if (words?.[0] === "chmod" && /^[0-7]+$/.test(words[1] ?? "") && (parseInt(words[1], 8) & 0o6077) === 0)
        return true;
    return words !== undefined && paths !== undefined && paths.every(p => !modeChangeOpens(words[0], [words[1], p], p));
}

/**
 * Why the pack refuses the files a Python program run as root writes itself (round 71), undefined when it accepts
 * them. A write is a call of PYTHON_WRITE_CALLS whose mode, flag or flags are not provably a read (round 72: one
 * table), or a pathlib method (Python docs "pathlib": Path.write_text, write_bytes, touch, symlink_to,
 * hardlink_to, rename, replace, open('w')) on a receiver that may be a Path; its target computed by pythonPath, a
 * relative one judged from every directory the program may be in (`cwds`: its own and each os.chdir's; round 72). It
 * is accepted only where
 * PROGRAM_DATA_PATHS says no node process reads it as code or configuration, and no file user data wrote: crontab(5)
 * (/etc/cron.d files run as the user they name), systemd.unit(5) (units load from /etc/systemd/system), a login
 * shell's profile, sudoers, a script user data runs next are all read by root. A target the pack cannot compute, or a
 * mode or flags it cannot read, is refused (fail closed).
 */
export function pythonWriteRefusal(
    file: { path: string; text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    cwds: readonly (string | undefined)[],
    accepted?: PythonWrittenPath[],
): string | undefined {
    const text = file.text;
    const code = pythonStringsBlanked(text);
    const names = pythonNames(text);
    const targets: (PythonWrite & { form: string; dirFd?: boolean })[] = [];
    /** Where the receiver of a method call whose `.` is at `end` starts (a name, a call, an attribute chain). */
    const receiverStart = (end: number) => pythonReceiverStart(code, end);
    /** Whether the expression `expr` is a call of a callable the file's imports resolve to a name matching `callee`. */
    const callOf = (expr: string, callee: RegExp) => {
        const m = /^([A-Za-z_][\w.]*)\s*\(/.exec(expr.trim());
        return (
            m !== null &&
            parenthesized(expr.trim(), m[0].length - 1)?.length === expr.trim().length - m[0].length - 1 &&
            callee.test(pythonResolve(m[1], names).name)
        );
    };
    /**
     * Whether `receiver` is surely an object a call of `callee` made: that call itself, or a name every binding of
     * which (`NAME = CALL(...)`, `with CALL(...) as NAME`) is one, bound no other way the pack sees (a parameter, a
     * loop or walrus target, a global): else it may be anything (undefined: fail closed).
     */
    const madeBy = (receiver: string, callee: RegExp) => {
        if (callOf(receiver, callee)) return true;
        if (!/^[A-Za-z_]\w*$/.test(receiver)) return false;
        const n = receiver;
        const other = [
            `\\bfor\\b[^\\n:]*\\b${n}\\b[^\\n:]*\\bin\\b`,
            `\\bdef\\s+\\w+\\s*\\([^)]*\\b${n}\\b`,
            `\\blambda\\b[^:\\n]*\\b${n}\\b`,
            `\\b(?:global|nonlocal|import)\\b[^\\n]*\\b${n}\\b`,
            `\\b${n}\\s*:=`,
            `\\b${n}\\s*:[^\\n=]*=(?!=)`,
            `(?<![\\w.])${n}\\s*[,)][^\\n=]*=(?!=)`,
            `,\\s*${n}\\b[^\\n=]*=(?!=)`,
            `\\bas\\s*\\([^)]*\\b${n}\\b`,
        ];
        if (other.some(r => new RegExp(r).test(code))) return false;
        const bindings = [
            ...[...code.matchAll(new RegExp(`(?<![\\w.])${n}\\s*=(?!=)\\s*`, "g"))].map(
                m => code.slice(m.index + m[0].length).split("\n")[0],
            ),
            ...[...code.matchAll(new RegExp(`\\bas\\s+${n}\\b`, "g"))].map(m => {
                const end = code.slice(0, m.index).trimEnd().length;
                return code.slice(receiverStart(end), end);
            }),
        ];
        return bindings.length > 0 && bindings.every(b => callOf(b.replace(/\s*#.*$/, ""), callee));
    };
    // The write calls of PYTHON_WRITE_CALLS; a relative path given with a directory descriptor (Python docs "os":
    // "Paths relative to directory descriptors": with dir_fd "path will then be relative to that directory"; src_dir_fd,
    // dst_dir_fd alike) is relative to a directory the pack does not know (fail closed).
    // Round 74: a call of a name bound to functools.partial(f, *args, **keywords) is f called with the partial's
    // arguments first (Python docs "functools.partial": "behave like func called with the positional arguments args and
    // keyword arguments keywords. If more arguments are supplied to the call, they are appended to args. If additional
    // keyword arguments are supplied, they extend and override keywords"; a partial of a partial nests the same way).
    for (const c of pythonCalls(text)) {
        const entry = PYTHON_WRITE_CALLS.find(e => e.callee.test(c.callee));
        if (entry === undefined) continue;
        const call = pythonPartialCall(c.name, c.call, names);
        const args = pythonCallArguments(call);
        const form = `${c.name}(${call.replace(/\s+/g, " ").slice(0, 80)})`;
        const dirFd =
            ["dir_fd", "src_dir_fd", "dst_dir_fd"].some(k => (args.keyword.get(k) ?? "None").trim() !== "None") ||
            (/^os\./.test(c.callee) && call.includes("**"));
        for (const write of entry.writes(args, { text, names, callee: c.callee, call, fileText, cwds }))
            targets.push({ ...write, form, dirFd });
    }
    // Round 77: a call of an imported module's function that is neither a PYTHON_WRITE_CALLS entry (read above) nor
    // reviewed as writing no file (PYTHON_NO_FILE_WRITE_CALLS) may write a file its arguments name (NumPy docs
    // "numpy.savetxt(fname, X, fmt=...)": "fname: filename, file handle or pathlib.Path"; prometheus_client's
    // write_to_textfile(path, registry); any library's): each absolute path it is given is judged as a write. Round 78:
    // every argument computed as pythonPath computes a path (a name bound to one, os.path.join, Path(...), an f-string
    // of names: `p = "/etc/cron.d/ops"; numpy.savetxt(p, ...)`), not only a literal; one it cannot compute that may
    // still be a path (pythonMayBePath) fails closed.
    for (const c of pythonCalls(text)) {
        if (!names.imports.has(c.name.split(".")[0]) || !c.callee.includes(".")) continue;
        if (
            PYTHON_WRITE_CALLS.some(e => e.callee.test(c.callee)) ||
            PYTHON_NO_FILE_WRITE_CALLS.test(c.callee) ||
            PYTHON_MODE_CHANGE_CALLS.test(c.callee)
        )
            continue;
        const args = pythonCallArguments(c.call);
        if (pythonNumpyLoadReads(c.callee, args)) continue;
        const form = `${c.name}(${c.call.replace(/\s+/g, " ").slice(0, 80)})`;
        // A parameter or other name the pack cannot follow may be a path given to a third-party library's function; a
        // standard module's writers are PYTHON_WRITE_CALLS' (reviewed), so there only a path-shaped argument is.
        const unknownNames = !PYTHON_STANDARD_MODULES.test(c.callee.split(".")[0]);
        for (const a of [...args.positional, ...args.keyword.values()])
            for (const write of pythonArgumentWrites(
                a,
                form,
                text,
                names,
                unknownNames,
                file,
                roots,
                fileText,
                view,
                cwds.some(c => c !== undefined && c !== "/"),
            ))
                targets.push({ ...write, form });
    }
    // Round 87: a mode or owner change (pythonModeChanges) is judged as the same shell line is: one that opens nothing
    // (a literal 0o755, root's ids) writes nothing; any other is a write of its path (a descriptor's: unknown, fail
    // closed), judged as one below (the literal ones by the shell reader too: an opened root-read directory).
    for (const change of pythonModeChanges(file, roots, fileText, view)) {
        if (pythonModeChangeOpensNothing(change)) continue;
        targets.push(
            change.pathExpr === undefined
                ? {
                      expr: undefined,
                      form: change.form,
                      why: "it changes the mode or owner of a file named by a descriptor the pack does not follow (fail closed)",
                  }
                : { expr: change.pathExpr, form: change.form },
        );
    }
    // Round 74: a write call named as a value rather than called (passed to map, functools.partial, sorted, a
    // function; put in a list, dict or tuple; returned; a partial object so used): Python docs "Built-in Functions"
    // map(function, iterable, *iterables) "Return an iterator that applies function to every item of iterable" (with
    // more iterables, "function must take that many arguments": map(open, paths, modes) is open(path, mode)); what it
    // is called with is not read: the files it writes are unknown (fail closed). An alias `NAME = open` and a partial
    // `NAME = functools.partial(open, ...)` bound to one name (their calls read above, their values here) are not.
    for (const use of pythonWriteCallValues(text, code, names))
        targets.push({
            expr: undefined,
            form: use,
            why: "a file-writing callable used as a value, called where the pack does not read its arguments (fail closed)",
        });
    // An SQLite connection's SQL (Cursor/Connection execute, executemany, executescript) opens the files its ATTACH
    // and VACUUM INTO statements name (sqliteAttachedFiles); an SQL text the pack cannot read fails closed.
    if (pythonCalls(text).some(c => /^sqlite3\.(?:dbapi2\.)?connect$/.test(c.callee)))
        for (const m of code.matchAll(/\.\s*(execute|executemany|executescript)\s*\(/g)) {
            const start = m.index + m[0].length;
            const inner = parenthesized(code, start - 1);
            const args = pythonCallArguments(inner === undefined ? "" : text.slice(start, start + inner.length));
            const sql = args.argument(m[1] === "executescript" ? "sql_script" : "sql", 0);
            const form = `.${m[1]}(${(sql ?? "").replace(/\s+/g, " ").slice(0, 80)})`;
            const values =
                sql === undefined
                    ? undefined
                    : /^[A-Za-z_]\w*$/.test(sql.trim())
                      ? pythonAssignments(text, sql.trim())?.map(a => pythonText(a.value))
                      : [pythonText(sql)];
            const files =
                values === undefined || values.length === 0 || values.some(v => v === undefined)
                    ? undefined
                    : (values as string[]).map(sqliteAttachedFiles);
            if (files === undefined || files.some(f => f === undefined)) targets.push({ expr: undefined, form });
            else
                for (const name of (files as string[][]).flat())
                    targets.push({
                        expr: undefined,
                        given: [name],
                        form,
                        files: p => sqliteDatabaseFiles(p, undefined),
                    });
        }
    // pathlib's writing methods, on the path expression before them (a name, a call, an attribute chain). Round 77:
    // NumPy docs "numpy.ndarray.tofile(fid, sep='', format='%s')" ("fid: An open file object, or a string containing
    // a filename"): an array's write of the file named by its argument.
    for (const m of code.matchAll(
        /\.\s*(write_text|write_bytes|touch|symlink_to|hardlink_to|link_to|rename|replace|open|tofile)\s*\(/g,
    )) {
        const start = m.index + m[0].length;
        const inner = parenthesized(code, start - 1);
        const argText = inner === undefined ? "" : text.slice(start, start + inner.length);
        const args = pythonCallArguments(argText);
        const receiver = text.slice(receiverStart(m.index), m.index).trim();
        const form = `${receiver}.${m[1]}(...)`;
        // A module's function (`gzip.open`, `os.rename`, `dbm.dumb.open`: a module object is no Path) is read by its
        // own signature in PYTHON_WRITE_CALLS (round 72: `gzip.open(path)` is a read, its path no Path.open mode).
        const called = pythonResolve(`${receiver}.${m[1]}`, names).name;
        if (/^[A-Za-z_][\w.]*$/.test(receiver) && PYTHON_WRITE_CALLS.some(e => e.callee.test(called))) continue;
        // Round 77: any other function of an imported module or name (`_pyio.open`, `wave.open(p, "w")`,
        // `pathlib.Path.open(p, "w")`: a module, a class, no Path instance) takes its own arguments, which Path.open's
        // mode position does not read (a path without w/a/x/+ letters read as a read-only mode): its writes are not
        // known (fail closed), whatever its arguments.
        if (
            /^[A-Za-z_][\w.]*$/.test(receiver) &&
            names.imports.has(receiver.split(".")[0]) &&
            !PYTHON_NON_WRITING_CALLS.test(called)
        ) {
            targets.push({
                expr: undefined,
                form: `${called}(...)`,
                why: "a function of an imported module the pack has not reviewed, which may write any file its arguments name (fail closed)",
            });
            continue;
        }
        if (m[1] === "open" && !pythonModeWrites(args.argument("mode", 0))) continue;
        // str.replace(old, new) takes two arguments; Path.replace(target) one.
        if (m[1] === "replace" && args.positional.length !== 1) continue;
        if (m[1] === "tofile") {
            targets.push({ expr: args.argument("fid", 0), form });
            continue;
        }
        // Round 72: an archive's own open writes a member inside the archive (Python docs "zipfile": ZipFile.open(name,
        // mode='r') "Access a member of the archive as a binary file-like object"), whose file the ZipFile call's mode
        // is judged on: no Path.open.
        if (m[1] === "open" && madeBy(receiver, /^zipfile\.(?:ZipFile|PyZipFile)$/)) continue;
        const target = args.argument("target", 0);
        // The receiver is the path written, or (rename, replace: the new name) the argument is. Round 72: a link's
        // target is written through it (Python docs "pathlib": symlink_to(target) "Make this path a symbolic link
        // pointing to target", a relative target read from the link's directory, symlink(7); hardlink_to(target)
        // "Make this path a hard link to the same file as target"; link_to(target) "Create a hard link pointing to a
        // path named target": this path is written through it).
        if (/^(?:rename|replace)$/.test(m[1])) targets.push({ expr: target, form });
        else if (m[1] === "symlink_to")
            targets.push({ expr: receiver, form }, { expr: target, form, through: { at: receiver } });
        else if (/^(?:hardlink_to|link_to)$/.test(m[1])) targets.push({ expr: receiver, form }, { expr: target, form });
        else targets.push({ expr: receiver, form });
    }
    // Round 78: the writing methods of PYTHON_WRITE_METHODS on any receiver but a module (a module's function is the
    // round-77 rule's, above): each path argument judged as a write (pythonPath; one it cannot compute fails closed).
    const methodNames = Object.keys(PYTHON_WRITE_METHODS).join("|");
    for (const m of code.matchAll(new RegExp(String.raw`\.\s*(${methodNames})\s*\(`, "g"))) {
        const start = m.index + m[0].length;
        const inner = parenthesized(code, start - 1);
        const call = inner === undefined ? "**" : text.slice(start, start + inner.length);
        const args = pythonCallArguments(call);
        const receiver = text.slice(receiverStart(m.index), m.index).trim();
        if (/^[A-Za-z_][\w.]*$/.test(receiver) && names.imports.has(receiver.split(".")[0])) continue;
        const form = `${receiver.replace(/\s+/g, " ").slice(0, 80)}.${m[1]}(${call.replace(/\s+/g, " ").slice(0, 80)})`;
        // A `*` or `**` spread may put the path anywhere (fail closed).
        const spread = pythonSplit(call, ",").some(a => a.startsWith("*"));
        for (const expr of PYTHON_WRITE_METHODS[m[1]](args))
            targets.push(
                expr === undefined || spread
                    ? {
                          expr: undefined,
                          form,
                          why: "a file-writing method whose path argument the pack cannot find (fail closed)",
                      }
                    : { expr, form },
            );
    }
    // Round 80: methods whose name says they write a file (PYTHON_WRITER_NAME) on any receiver but a module
    // (the pack does not type receivers: an ElementTree, a DataFrame, an array), called where spelled or through a
    // name bound to the method (Python reference "Method objects": `w = arr.tofile` then `w(path)` is the same call):
    // each argument that may be a path judged as a write (pythonArgumentWrites; one it cannot compute fails closed).
    // A file object's write/writelines take data: only an absolute path computed from the argument is judged.
    const writingCalls = [
        ...[...code.matchAll(/\.\s*([A-Za-z_]\w*)\s*\(/g)].flatMap(m => {
            if (!PYTHON_WRITER_NAME.test(m[1]) || m[1] in PYTHON_WRITE_METHODS) return [];
            // pathlib's Path.write_text/write_bytes take data: the path is the receiver, judged with the pathlib
            // methods above; their argument is no path (Python docs "pathlib").
            if (/^write_(?:text|bytes)$/.test(m[1])) return [];
            const receiver = text.slice(receiverStart(m.index), m.index).trim();
            if (/^[A-Za-z_][\w.]*$/.test(receiver) && names.imports.has(receiver.split(".")[0])) return [];
            // A file an open call returned: its write takes data (the file is judged at its open).
            if (/^(?:write|writelines)$/.test(m[1]) && /^(?:[\w.]+\.)?open\s*\(/.test(receiver)) return [];
            const start = m.index + m[0].length;
            const inner = parenthesized(code, start - 1);
            return [{ method: m[1], form: `${receiver.replace(/\s+/g, " ").slice(0, 80)}.${m[1]}`, start, inner }];
        }),
        ...pythonCalls(text).flatMap(c => {
            if (c.name.includes(".") || names.imports.has(c.name)) return [];
            // Any binding of the name to an attribute (`w = arr.tofile`, `save = ET.ElementTree(root).write`).
            const bound = (pythonAssignments(text, c.name) ?? []).flatMap(b => {
                const method = /\.\s*([A-Za-z_]\w*)\s*$/.exec(pythonStringsBlanked(b.value).replace(/\s*#.*$/, ""));
                return method !== null && PYTHON_WRITER_NAME.test(method[1])
                    ? [{ method: method[1], value: b.value.trim() }]
                    : [];
            });
            return bound.map(b => ({ method: b.method, form: `${c.name} (${b.value})`, start: -1, inner: c.call }));
        }),
    ];
    for (const { method, form: name, start, inner } of writingCalls) {
        const call = inner === undefined ? "**" : start < 0 ? inner : text.slice(start, start + inner.length);
        const form = `${name}(${call.replace(/\s+/g, " ").slice(0, 80)})`;
        const args = pythonCallArguments(call);
        if (pythonSplit(call, ",").some(a => a.startsWith("*"))) {
            targets.push({ expr: undefined, form, why: "a file-writing method given a spread (fail closed)" });
            continue;
        }
        const data = /^(?:write|writelines)$/.test(method);
        // The file is the first argument, or one named as a file (path_or_buf, fname, fid, file_or_filename, ...); the
        // others are the data and its format (header=, sep=, byteorder).
        const fileArguments = [
            ...args.positional.slice(0, 1),
            ...[...args.keyword].filter(([k]) => /path|file|name|fid|buf|dest|out/i.test(k)).map(([, v]) => v),
        ];
        for (const a of fileArguments)
            for (const write of pythonArgumentWrites(a, form, text, names, !data, file, roots, fileText, view))
                if (!data || write.why === undefined) targets.push({ ...write, form });
    }
    // Round 75: pathlib's writing methods named but not called (Python reference "Method objects": `x.f` is a bound
    // method object, "a method object can be stored away and called at a later time"; Python docs "map": map calls it
    // on each item): `map(Path(p).write_text, texts)` writes p with what the pack does not read (fail closed). A
    // module's function so named (`gzip.open`, `os.rename`, `webbrowser.open`) is pythonWriteCallValues'; a bound
    // `str.replace` of a string is no Path's.
    for (const m of code.matchAll(
        /\.\s*(write_text|write_bytes|touch|symlink_to|hardlink_to|link_to|rename|replace|open)(?![ \t]*[\w(])(?![ \t]*(?:=(?!=)|:=))/g,
    )) {
        const from = receiverStart(m.index);
        const receiver = text.slice(from, m.index).trim();
        // A string literal's method (the pack's blanked strings end the receiver at the quote): str has none of these
        // but replace, which writes no file. Round 75: any other receiver the pack does not find is not "no
        // receiver" (fail closed).
        if (receiver === "" && /["']\s*$/.test(code.slice(0, m.index))) continue;
        if (/^[A-Za-z_][\w.]*$/.test(receiver)) {
            const called = pythonResolve(`${receiver.replace(/\s+/g, "")}.${m[1]}`, names).name;
            if (PYTHON_WRITE_CALLS.some(e => e.callee.test(called))) continue;
        }
        if (m[1] === "replace" && /^\s*["']/.test(text.slice(from, m.index))) continue;
        // Round 75: str.replace, bytes.replace, bytearray.replace taken from the builtin type (Python reference "Method
        // objects"; Python docs "str.replace(old, new[, count])": "Return a copy of the string"; "bytes and bytearray
        // operations" replace alike) are functions of strings: no file, unless the file rebinds that name.
        if (
            m[1] === "replace" &&
            /^(?:str|bytes|bytearray)$/.test(receiver) &&
            !names.imports.has(receiver) &&
            !pythonNameRebound(text, receiver)
        )
            continue;
        targets.push({
            expr: undefined,
            form: `${receiver}.${m[1]} (used as a value)`.slice(0, 160),
            why: "a file-writing method used as a value, called where the pack does not read its arguments (fail closed)",
        });
    }
    // Round 75: Python docs "getattr(object, name)" ("getattr(x, 'foobar') is equivalent to x.foobar"),
    // "operator.attrgetter" / "methodcaller" (an attribute or method by its name): one naming a file-writing method
    // (pathlib's, a file's write, a PYTHON_WRITE_CALLS function of the object) is that method, called with what the
    // pack does not read; a name the pack cannot read (not a string literal) may be any of them (fail closed).
    const writeMethod =
        /^(?:write_text|write_bytes|touch|symlink_to|hardlink_to|link_to|rename|replace|open|write|writelines|mkdir|chmod|unlink|rmdir)$/;
    for (const c of pythonCalls(text)) {
        const by = /^(?:builtins\.)?(getattr)$|^(?:operator|_operator)\.(attrgetter|methodcaller)$/.exec(c.callee);
        if (by === null) continue;
        const { positional, keyword } = pythonCallArguments(c.call);
        const given =
            by[1] !== undefined
                ? [positional[1] ?? keyword.get("name")]
                : positional.slice(0, by[2] === "methodcaller" ? 1 : undefined);
        const object = by[1] !== undefined ? positional[0]?.trim() : undefined;
        const bad = given.some(g => {
            const attr = pythonString(g);
            if (attr === undefined || /^\s*[fF]/.test(g ?? "")) return true;
            if (attr.split(".").some(a => writeMethod.test(a))) return true;
            const called =
                object === undefined ? attr : pythonResolve(`${object.replace(/\s+/g, "")}.${attr}`, names).name;
            return PYTHON_WRITE_CALLS.some(e => e.callee.test(called));
        });
        if (bad)
            targets.push({
                expr: undefined,
                form: `${c.name}(${c.call.replace(/\s+/g, " ").slice(0, 80)})`,
                why: "an attribute named by a string may be a file-writing method, called where the pack does not read its arguments (fail closed)",
            });
    }
    // Round 72: archive extraction, `X.extractall(path)` and `X.extract(member, path)` (Python docs "tarfile":
    // TarFile.extractall(path=".", members=None, *, numeric_owner=False, filter=None), extract(member, path="", ...);
    // "zipfile": ZipFile.extractall(path=None, members=None, pwd=None), extract(member, path=None, pwd=None); both the
    // working directory by default): extractTargets, a zip when the receiver is surely a zipfile.ZipFile.
    // Round 90: an extraction the shell reader judges as the same tar/unzip line (pythonExtractionLines) is its.
    const shellExtractions = pythonExtractionLines(file, roots, fileText, view);
    for (const m of code.matchAll(/\.\s*(extractall|extract)\s*\(/g)) {
        if (shellExtractions.get(m.index)?.every(line => !pythonExtractionIntoConfig(line))) continue;
        const start = m.index + m[0].length;
        const inner = parenthesized(code, start - 1);
        const call = inner === undefined ? "**" : text.slice(start, start + inner.length);
        const args = pythonCallArguments(call);
        const from = receiverStart(m.index);
        const zip = madeBy(code.slice(from, m.index).trim(), /^zipfile\.(?:ZipFile|PyZipFile)$/);
        const dir = m[1] === "extractall" ? args.argument("path", 0) : args.argument("path", 1);
        targets.push({
            ...pythonExtraction(dir, zip, args.keyword.get("filter"), call, names),
            form: `${text.slice(from, m.index).trim()}.${m[1]}(...)`,
        });
    }
    // Round 71: what the program writes, when every write call's data is a string literal (file.write, Path.write_text,
    // os.write, print(file=)); undefined when one is not (the pack does not know what it writes).
    const writeCalls = [
        ...code.matchAll(/\.\s*(?:write|write_text|write_bytes|writelines)\s*\(|(?<![\w.])os\.write\s*\(/g),
    ];
    const literalWrites: string[] | undefined = (() => {
        if (/(?<![\w.])print\s*\([^)]*\bfile\s*=/.test(code)) return undefined;
        const values: string[] = [];
        for (const m of writeCalls) {
            const start = m.index + m[0].length;
            const inner = parenthesized(code, start - 1);
            if (inner === undefined) return undefined;
            const args = pythonCallArguments(text.slice(start, start + inner.length));
            const data = /os\.write/.test(m[0]) ? args.positional[1] : args.positional[0];
            const value = data === undefined ? undefined : pythonString(data);
            if (value === undefined || args.positional.length + args.keyword.size > (/os\.write/.test(m[0]) ? 2 : 1))
                return undefined;
            values.push(value);
        }
        return values;
    })();
    // Round 90: the paths the program's other writes name (a hard link's source is written through its dst only if the
    // program writes dst too: PythonWrite.linkSource).
    const otherWrites = new Set(
        targets.flatMap(t =>
            t.linkSource !== undefined || t.linkName === true || t.expr === undefined
                ? []
                : (pythonPath(t.expr, file, roots, fileText, view, undefined) ?? []).map(p => posix.resolve("/", p)),
        ),
    );
    for (const { expr, given: computed, form, inside, anyName, through, why, files, dirFd, linkSource } of targets) {
        const named =
            computed ?? (expr === undefined ? undefined : pythonPath(expr, file, roots, fileText, view, undefined));
        if (named === undefined || named.length === 0)
            return `${form}: ${why ?? "it writes a path the pack cannot compute (fail closed)"}`;
        // The files each named path stands for (a database's backend suffixes, a URI's path; none for one in memory).
        const each = files === undefined ? named.map(p => [p]) : named.map(files);
        if (each.some(f => f === undefined)) return `${form}: it writes files the pack cannot compute (fail closed)`;
        const paths = (each as string[][]).flat();
        // A kernel setting (a /proc/sys file, transparent hugepages, a sysctl.d file) written with literal text is read
        // as the shell's `echo TEXT > PATH` is (writtenSysctls, one reading): accepted unless it points a kernel helper
        // at a program (core(5) core_pattern `|`, kernel.modprobe, kernel.hotplug), which the kernel runs as root, or
        // (round 86) lowers a kernel protection (kernelSettings.ts loweredProtections, the table the shell's routes
        // judge: fs.suid_dumpable=1, perf_event_paranoid below 2 ...). Every literal the program writes is taken as
        // what each such file may hold (the pack does not pair them).
        if (
            !inside &&
            through === undefined &&
            paths.length === 1 &&
            literalWrites !== undefined &&
            literalWrites.length > 0 &&
            KERNEL_SETTING_FILE.test(posix.resolve("/", paths[0]))
        ) {
            const settings = literalWrites.flatMap(content => writtenSysctls(posix.resolve("/", paths[0]), content));
            const lowered = loweredProtections(settings);
            if (lowered.length > 0)
                return `${form}: it lowers the kernel protection ${lowered.map(l => `${l.key} to ${l.value} (keep it at ${l.floor})`).join(", ")} through ${paths[0]} (Linux admin-guide sysctl/fs.rst, sysctl/kernel.rst)`;
            if (!setsKernelHelper(settings)) continue;
        }
        // A symbolic link's target: relative ones from each directory the link may be in (symlink(7)).
        const links =
            through === undefined
                ? undefined
                : through.at === undefined
                  ? undefined
                  : pythonPath(through.at, file, roots, fileText, view, undefined);
        if (through !== undefined && (links === undefined || links.length === 0))
            return `${form}: it makes a symbolic link where the pack cannot compute (fail closed)`;
        // A relative path from every directory the program may be in (a link's target from the link's own directory);
        // with a directory descriptor, from one the pack does not know.
        const bases = dirFd ? [undefined] : cwds;
        const resolved = paths.flatMap(given =>
            (links === undefined ? ["."] : links.map(at => pythonDirname(at) || ".")).flatMap(dir =>
                given.startsWith("/")
                    ? [{ given, path: posix.resolve(given) }]
                    : dir.startsWith("/")
                      ? [{ given, path: posix.resolve(dir, given) }]
                      : bases.length === 0
                        ? [{ given, path: undefined }]
                        : bases.map(base => ({
                              given,
                              path: base === undefined ? undefined : posix.resolve(base, dir, given),
                          })),
            ),
        );
        for (const { given, path: target } of resolved) {
            if (target === undefined)
                return `${form}: it writes ${given}, relative to a directory the pack cannot know`;
            const dsts =
                linkSource?.dst === undefined
                    ? undefined
                    : pythonPath(linkSource.dst, file, roots, fileText, view, undefined)?.map(d =>
                          posix.resolve(cwds.find(c => c !== undefined) ?? "/", d),
                      );
            const writtenThrough =
                linkSource !== undefined && (dsts === undefined || dsts.some(d => otherWrites.has(d)));
            const refused = pythonWriteTargetRefusal(
                target,
                {
                    anyName,
                    inside,
                    through: through !== undefined,
                    linkSource: linkSource !== undefined && !writtenThrough,
                },
                view,
                programOwnNames(file.path),
            );
            if (refused !== undefined) return `${form}: ${refused}`;
            if (linkSource === undefined || writtenThrough)
                accepted?.push({ path: target, tree: anyName === true || inside === true || through !== undefined });
        }
    }
    return undefined;
}

/**
 * Why root's program may not write at `target` without the pack reading what it writes, or undefined (the write test of
 * pythonWriteRefusal; round 81: `python -m zipfile -e`'s too, pythonModuleRunUnread): a file the tempfile call makes
 * inside the directory (its random name: tmpXXXXXXXX), an archive's members (`anyName`: no file user data wrote may be
 * under it); a link's target itself and, when it is a directory, any file in it (`through`). Each path must be none
 * the node reads as configuration or code (nodeReadsAsConfig), no file user data wrote or changed, and under
 * PROGRAM_DATA_PATHS.
 */
function pythonWriteTargetRefusal(
    target: string,
    how: { anyName?: boolean; inside?: boolean; through?: boolean; linkSource?: boolean },
    view: ScriptView,
    owners: readonly string[] = [],
): string | undefined {
    const written = new Set(view.written?.() ?? []);
    const link = how.through ? " (through a link it makes)" : "";
    const checked = how.through
        ? [target, posix.join(target, "FILE")]
        : how.anyName
          ? [posix.join(target, "MEMBER")]
          : how.inside
            ? [posix.join(target, "tmpXXXXXXXX")]
            : [target];
    const over = how.anyName || how.through ? [...written].find(w => w.startsWith(`${target}/`)) : undefined;
    if (over !== undefined)
        return `it may write ${over}${link}, a file user data wrote, which the pack then does not read`;
    const dotfile = checked.find(path => homeDotfile(path, view));
    if (dotfile !== undefined)
        return `it writes ${dotfile}${link}, a dotfile of a HOME user data gives root commands (pip.conf, .gitconfig, .curlrc are read there as configuration), and the pack does not read what a program writes; write it in the user data itself`;
    for (const path of checked) {
        const located = configurationLocated(path, view);
        if (located !== undefined)
            return `it writes ${path}${link}, below ${located}, which user data gives root commands as where their configuration is (a command it names runs as root), and the pack does not read what a program writes; write it in the user data itself`;
    }
    for (const path of checked)
        if (
            nodeReadsAsConfig(path) ||
            // Round 81: a sysctl.d file written with other than literal harmless settings (read above).
            SYSCTL_D_PATH.test(path) ||
            (!how.linkSource && (written.has(path) || view.changed.has(path))) ||
            // FHS 3.0 5.13 "/var/run": "replaced by /run" (a symlink to it on AL2023): one directory.
            !PROGRAM_DATA_PATHS.test(path.replace(/^\/var\/run(?=\/|$)/, "/run")) ||
            // Round 82: /etc, /run, /var/lib directories are data only when named after the program (allowlist).
            (otherProgramsDirectory(path.replace(/^\/var\/run(?=\/|$)/, "/run"), owners) &&
                !madeForProgram(path, view)) ||
            // Round 83: an own or made name never turns a root reader's directory into a program's data.
            rootReaderDirectory(path) ||
            // Round 86: nor a reader's layout below one in /etc (etcReaderLayout).
            etcReaderLayout(path)
        )
            return `it writes ${path}${link}, which the node may read as configuration or code, and the pack does not read what a program writes (crontab(5), systemd.unit(5)); write it in the user data itself`;
    return undefined;
}

/**
 * Round 81: the HOME directories other than root's own that user data gives a command (an assignment before it,
 * export, env, a unit's Environment=: view.environment, programEnvironment), undefined for one the pack cannot compute.
 */
export function movedHomes(view: ScriptView): readonly (string | undefined)[] {
    const homes = [...(view.environment.get("HOME") ?? []), ...(view.programEnvironment?.get("HOME") ?? [])];
    return homes.filter(h => h === undefined || posix.resolve("/", h) !== "/root");
}

/**
 * Round 82: variables that name where a root tool finds its configuration (round 81's moved HOME, by other names): a
 * file (`file`: that path, or below it when it is a directory; `files`: KUBECONFIG's colon-separated list), a directory
 * whose every file may be read (`tree`), or one whose dotfiles are (`dotfiles`).
 * Round 83: they are the one loader table's (model/locatingVariables.ts LOCATING_VARIABLES, rootReads' LOADER_VARIABLES
 * too), each with its doc: besides round 82's git, AWS, kubeconfig, curl, pip, wget, docker and npm files, bash(1)
 * BASH_ENV (read by every non-interactive bash), openssl-env(7) OPENSSL_CONF and its engine and provider directories,
 * the trust stores (SSL_CERT_FILE/DIR, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE: pip docs "HTTPS Certificates", PIP_CERT,
 * AWS_CA_BUNDLE), git(1) GIT_EXEC_PATH (the git-<command> programs), GIT_DIR, GIT_TEMPLATE_DIR, GIT_SSH, a
 * GIT_CONFIG_VALUE_<n>, Python's PYTHONUSERBASE (Python docs "site": its site-packages' .pth "import" lines run at
 * every start), zsh's ZDOTDIR, PHPRC, GNUPGHOME ...; and git's `-c include.path=FILE` (git-config(1) "Includes":
 * "include and parse another config file": GIT_INCLUDE_SETTINGS). Not: what only an interactive shell or prompt reads
 * (POSIX ENV, PYTHONSTARTUP, PROMPT_COMMAND), search lists (PATH, LD_LIBRARY_PATH, PYTHONPATH: judged where a program
 * runs, by the shell reader and the import path), options and scratch directories.
 */
const GIT_INCLUDE_SETTING = new RegExp(`^(?:${GIT_INCLUDE_SETTINGS})$`);
const locationKind = (name: string): Located | undefined => {
    if (GIT_INCLUDE_SETTING.test(name)) return "file";
    const entry = name === "HOME" ? undefined : locatingVariable(name);
    return entry !== undefined && /^(file|files|tree|dotfiles)$/.test(entry.locates) ? entry.locates : undefined;
};

/**
 * Round 83: whether a located path (`value`) is one the system's packages own as root (model/locatingVariables.ts
 * PACKAGED_LOCATIONS: /usr but /usr/local, the distribution's trust stores) and user data did not write or change.
 */
const packagedLocation = (value: string | undefined, view: ScriptView) =>
    value !== undefined &&
    value.split(":").every(each => {
        const at = posix.normalize(each);
        const written = [...(view.written?.() ?? [])].some(w => w === at || w.startsWith(`${at}/`));
        return PACKAGED_LOCATIONS.test(at) && !written && !view.changed.has(at);
    });

/**
 * Round 83: whether user data gives a trust store (the loader table's `trusts`: pip docs "HTTPS Certificates": "--cert
 * (and the corresponding PIP_CERT environment variable) ... It is also possible to use REQUESTS_CA_BUNDLE or
 * CURL_CA_BUNDLE"; openssl-env(7) SSL_CERT_FILE, SSL_CERT_DIR) other than a packaged root-owned one (packagedLocation):
 * whoever holds a key it trusts may serve pip's index (as round 82's --cert).
 */
const trustStoreGiven = (view: ScriptView) =>
    [...view.environment].some(
        ([name, values]) => locatingVariable(name)?.trusts === true && values.some(v => !packagedLocation(v, view)),
    );

/**
 * Round 82: the variable (NAME=VALUE) of the loader table that locates configuration (locationKind) user data gives a
 * command whose configuration `path` then is, if any (KUBECONFIG's list each); a value the pack cannot compute may
 * name any path (fail closed). The script's assignments anywhere count (view.environment: the pack cannot tie one to
 * its process).
 */
function configurationLocated(path: string, view: ScriptView): string | undefined {
    for (const [name, values] of [...view.environment, ...(view.programEnvironment ?? [])]) {
        const names = locationKind(name);
        if (names === undefined) continue;
        for (const value of values) {
            if (value === undefined) return `${name} (a value the pack cannot compute)`;
            for (const each of names === "files" ? value.split(":").filter(v => v !== "") : [value]) {
                const at = posix.resolve("/", each).replace(/\/$/, "");
                const below =
                    names === "dotfiles" ? path.startsWith(`${at}/.`) : path === at || path.startsWith(`${at}/`);
                if (below) return `${name}=${each}`;
            }
        }
    }
    return undefined;
}

/**
 * Round 81: whether `path` is a dotfile of a moved HOME (movedHomes): a name starting with `.` directly below it, or
 * anything inside such a directory. A program run with that HOME reads its user configuration there (pip docs
 * "Configuration": "$HOME/.config/pip/pip.conf", legacy "$HOME/.pip/pip.conf"; git-config(1) FILES "$HOME/.gitconfig";
 * curl(1) "$HOME/.curlrc"; XDG Base Directory spec: $XDG_CONFIG_HOME defaults to "$HOME/.config"; Python docs "site":
 * the user site under ~/.local), so a root program's write there is a write into root-read configuration. A HOME the
 * pack cannot compute counts any dot-named directory entry (fail closed).
 */
function homeDotfile(path: string, view: ScriptView): boolean {
    return movedHomes(view).some(home =>
        home === undefined
            ? /\/\.[^/.]/.test(path)
            : path.startsWith(`${posix.resolve("/", home).replace(/\/$/, "")}/.`),
    );
}

/**
 * Round 72: Python's standard library by top-level module name (CPython 3.11 `sys.stdlib_module_names`: "A frozenset of
 * strings containing the names of standard library modules ... the same on all platforms"; with the Python 2 names an
 * Amazon Linux python2 still finds: commands, popen2, SimpleHTTPServer, ...): modules the interpreter itself ships,
 * whose code the pack takes as the language's own (what each one does is read by name: PYTHON_DYNAMIC_NAMES,
 * PYTHON_COMMAND_RUNNERS, ...).
 */
const PYTHON_STANDARD_MODULES = new RegExp(
    String.raw`^(?:BaseHTTPServer|CGIHTTPServer|ConfigParser|Cookie|DocXMLRPCServer|HTMLParser|Queue|SimpleHTTPServer|SimpleXMLRPCServer|SocketServer|StringIO|Tkinter|UserDict|UserList|UserString|__builtin__|__future__|_abc|_aix_support|_ast|_asyncio|_bisect|_blake2|_bootsubprocess|_bz2|_codecs|_codecs_cn|_codecs_hk|_codecs_iso2022|_codecs_jp|_codecs_kr|_codecs_tw|_collections|_collections_abc|_compat_pickle|_compression|_contextvars|_crypt|_csv|_ctypes|_curses|_curses_panel|_datetime|_dbm|_decimal|_elementtree|_frozen_importlib|_frozen_importlib_external|_functools|_gdbm|_hashlib|_heapq|_imp|_io|_json|_locale|_lsprof|_lzma|_markupbase|_md5|_msi|_multibytecodec|_multiprocessing|_opcode|_operator|_osx_support|_overlapped|_pickle|_posixshmem|_posixsubprocess|_py_abc|_pydecimal|_pyio|_queue|_random|_scproxy|_sha1|_sha256|_sha3|_sha512|_signal|_sitebuiltins|_socket|_sqlite3|_sre|_ssl|_stat|_statistics|_string|_strptime|_struct|_symtable|_thread|_threading_local|_tkinter|_tokenize|_tracemalloc|_typing|_uuid|_warnings|_weakref|_weakrefset|_winapi|_zoneinfo|abc|aifc|antigravity|anydbm|argparse|array|ast|asynchat|asyncio|asyncore|atexit|audioop|base64|bdb|binascii|bisect|builtins|bz2|cPickle|cProfile|cStringIO|calendar|cgi|cgitb|chunk|cmath|cmd|code|codecs|codeop|collections|colorsys|commands|compileall|concurrent|configparser|contextlib|contextvars|cookielib|copy|copy_reg|copyreg|crypt|csv|ctypes|curses|dataclasses|datetime|dbhash|dbm|decimal|difflib|dircache|dis|distutils|doctest|dumbdbm|dummy_thread|email|encodings|ensurepip|enum|errno|exceptions|faulthandler|fcntl|filecmp|fileinput|fnmatch|fpformat|fractions|ftplib|functools|future_builtins|gc|gdbm|genericpath|getopt|getpass|gettext|glob|graphlib|grp|gzip|hashlib|heapq|hmac|html|htmllib|http|httplib|idlelib|imaplib|imghdr|imp|importlib|inspect|io|ipaddress|itertools|json|keyword|lib2to3|linecache|locale|logging|lzma|mailbox|mailcap|marshal|math|md5|mhlib|mimetools|mimetypes|mmap|modulefinder|msilib|msvcrt|multifile|multiprocessing|mutex|netrc|new|nis|nntplib|nt|ntpath|nturl2path|numbers|opcode|operator|optparse|os|ossaudiodev|pathlib|pdb|pickle|pickletools|pipes|pkgutil|platform|plistlib|popen2|poplib|posix|posixfile|posixpath|pprint|profile|pstats|pty|pwd|py_compile|pyclbr|pydoc|pydoc_data|pyexpat|queue|quopri|random|re|readline|repr|reprlib|resource|rfc822|rlcompleter|robotparser|runpy|sched|secrets|select|selectors|sets|sgmllib|sha|shelve|shlex|shutil|signal|site|smtpd|smtplib|sndhdr|socket|socketserver|spwd|sqlite3|sre_compile|sre_constants|sre_parse|ssl|stat|statistics|statvfs|string|stringprep|struct|subprocess|sunau|symtable|sys|sysconfig|syslog|tabnanny|tarfile|telnetlib|tempfile|termios|textwrap|this|thread|threading|time|timeit|tkMessageBox|tkinter|token|tokenize|tomllib|trace|traceback|tracemalloc|tty|turtle|turtledemo|types|typing|unicodedata|unittest|urllib|urllib2|urlparse|user|uu|uuid|venv|warnings|wave|weakref|webbrowser|whichdb|winreg|winsound|wsgiref|xdrlib|xml|xmlrpc|xmlrpclib|zipapp|zipfile|zipimport|zlib|zoneinfo)$`,
);

/**
 * Round 72: third-party packages whose APIs the pack itself reads by name (the servers, handlers and loaders of
 * pythonFileServerListeners, flaskScriptListeners, the RPC readers, ...) or that only compute on data: a program
 * importing one runs code the pack has judged by its documented API. Any other module user data did not write is code
 * the pack does not read (pythonUnreadCode).
 */
const PYTHON_KNOWN_PACKAGES =
    /^(?:flask|werkzeug|jinja2|markupsafe|Pyro4|Pyro5|typer|debugpy|remote_pdb|web_pdb|celery|kombu|falcon|whitenoise|ujson|orjson|simplejson|itsdangerous|click|rpyc|zerorpc|waitress|uvicorn|gunicorn|hypercorn|starlette|fastapi|aiohttp|tornado|twisted|cherrypy|bottle|django|sanic|gevent|eventlet|paste|cheroot|requests|urllib3|yaml|boto3|botocore|pydantic|psutil|jsonrpclib|jsonrpcserver|xmlrpc|pyftpdlib|paramiko|websockets|msgpack|toml|dateutil|six|certifi|idna|charset_normalizer|setuptools|pkg_resources|pip|typing_extensions|attr|attrs|numpy|prometheus_client)$/;

/**
 * Round 72: the import calls pythonNamesRead and pythonImportPass follow when every argument is a string literal
 * (import_module/__import__/run_module by a literal absolute name, run_path/spec_from_file_location of a literal path),
 * and importlib.util.module_from_spec (Python docs "importlib": "Create a new module based on spec": it runs what the
 * spec names, itself a call read here or dynamic).
 */
const PYTHON_LITERAL_IMPORT_CALLS =
    /^(?:importlib\.import_module|importlib\.__import__|__import__|builtins\.__import__|runpy\.run_module|runpy\.run_path|importlib\.util\.spec_from_file_location)$/;

/**
 * Round 72: whether logging.config.fileConfig of `path` runs only code the pack reads: a file user data wrote whole
 * (readConfig), read as configparser reads it (Python docs "configparser": `key = value` or `key: value`, an indented
 * line continues a value), whose every `class` is a handler or formatter class of logging or logging.handlers (Python
 * docs "logging.config", "Configuration file format": the class entry is "determined by eval() in the logging
 * package's namespace", else imported: any other name runs code the pack does not read), and every `args`/`kwargs`
 * (evaluated "in the context of the logging package's namespace") a tuple or dict display of literals and
 * sys.stdout/sys.stderr; no continuation lines, no interpolation in them, no `target`, no `()` key (fail closed).
 * The files its handlers write are pythonWriteRefusal's.
 */
const PYTHON_LOGGING_CLASSES =
    /^(?:logging\.)?(?:(?:handlers\.)?(?:StreamHandler|FileHandler|NullHandler|WatchedFileHandler|RotatingFileHandler|TimedRotatingFileHandler|SysLogHandler)|Formatter|BufferingFormatter)$/;

function pythonFileConfigRead(
    path: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): boolean {
    const ini = readConfig(path, fileText, view);
    if (typeof ini !== "string") return false;
    const item = String.raw`(?:'[^'\\\n%]*'|"[^"\\\n%]*"|-?\d+(?:\.\d+)?|True|False|None|sys\.(?:stdout|stderr))`;
    const args = new RegExp(String.raw`^\(\s*(?:${item}\s*(?:,\s*${item}\s*)*,?\s*)?\)$`);
    const kwargs = new RegExp(String.raw`^\{\s*(?:${item}\s*:\s*${item}\s*(?:,\s*${item}\s*:\s*${item}\s*)*,?\s*)?\}$`);
    return ini.split("\n").every(line => {
        if (/^\s*(?:[#;]|$)/.test(line) || /^\[[^\]]*\]\s*$/.test(line)) return true;
        if (/^\s/.test(line)) return false;
        const m = /^([^=:]+?)\s*[=:]\s*(.*?)\s*$/.exec(line);
        if (!m) return false;
        const key = m[1].toLowerCase();
        if (key === "class") return PYTHON_LOGGING_CLASSES.test(m[2]);
        if (key === "args") return args.test(m[2]);
        if (key === "kwargs") return kwargs.test(m[2]);
        return /^(?:keys|level|handlers|formatter|format|datefmt|style|validate|qualname|propagate|defaults|encoding)$/.test(
            key,
        );
    });
}

/**
 * A name-based requirement specifier (pip docs "Requirement Specifiers": "a package name (eg: requests)", extras in
 * brackets, version constraints; PEP 508), its project name first: no URL, path, environment marker or space.
 */
const PIP_NAME_SPECIFIER =
    /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(?:\[[\w,.-]*\])?(?:(?:==|>=|<=|~=|!=|<|>)[\w.*+!-]+(?:,(?:==|>=|<=|~=|!=|<|>)[\w.*+!-]+)*)?$/;

/**
 * Round 77: wrappers that run their command unchanged but for its scheduling, session or buffering (neither its
 * environment's PIP_* variables nor its directory): their documented options (`values` take a value, attached or the
 * next word; long ones `--name=V` or `--name V`), then `operands` fixed operands, then the command. An option not listed
 * (or one that makes them run no command: --help, --version, -p PID) is not read (fail closed). coreutils "nice
 * invocation" (`nice [OPTION]... [COMMAND [ARG]...]`: -n ADJUSTMENT, --adjustment=ADJUSTMENT, the obsolete -ADJUSTMENT);
 * "nohup invocation" (`nohup COMMAND [ARG]...`, no options but --help/--version); "timeout invocation" (`timeout
 * [OPTION] DURATION COMMAND [ARG]...`: --preserve-status, --foreground, -k/--kill-after=DURATION, -s/--signal=SIGNAL,
 * -v/--verbose); "stdbuf invocation" (`stdbuf OPTION... COMMAND`: -i/-o/-e MODE, --input/--output/--error=MODE);
 * util-linux ionice(1) (`ionice [-c class] [-n level] [-t] command [argument...]`: -c/--class, -n/--classdata,
 * -t/--ignore; -p/-P/-u act on running processes), chrt(1) (`chrt [options] priority command [argument...]`: policies
 * -o -f -r -b -i -d, -R/--reset-on-fork, -v, -T/-P/-D nanoseconds; -p/--pid, -m/--max run none), taskset(1) (`taskset
 * [options] mask command [argument...]`: -a/--all-tasks, -c/--cpu-list; -p/--pid runs none), setsid(1) (`setsid
 * [options] program [arguments]`: -c/--ctty, -f/--fork, -w/--wait).
 */
type SchedulingWrapper = {
    flags: string;
    values: string;
    longFlags: readonly string[];
    longValues: readonly string[];
    operands: number;
    obsoleteNumber?: boolean;
};

const PIP_SCHEDULING_WRAPPERS: Readonly<Record<string, SchedulingWrapper>> = {
    nice: { flags: "", values: "n", longFlags: [], longValues: ["adjustment"], operands: 0, obsoleteNumber: true },
    nohup: { flags: "", values: "", longFlags: [], longValues: [], operands: 0 },
    timeout: {
        flags: "vfp",
        values: "ks",
        longFlags: ["preserve-status", "foreground", "verbose"],
        longValues: ["kill-after", "signal"],
        operands: 1,
    },
    stdbuf: { flags: "", values: "ioe", longFlags: [], longValues: ["input", "output", "error"], operands: 0 },
    ionice: { flags: "t", values: "cn", longFlags: ["ignore"], longValues: ["class", "classdata"], operands: 0 },
    chrt: {
        flags: "ofrbidRv",
        values: "TPD",
        longFlags: ["other", "fifo", "rr", "batch", "idle", "deadline", "reset-on-fork", "verbose"],
        longValues: ["sched-runtime", "sched-period", "sched-deadline"],
        operands: 1,
    },
    taskset: { flags: "ac", values: "", longFlags: ["all-tasks", "cpu-list"], longValues: [], operands: 1 },
    setsid: { flags: "cfw", values: "", longFlags: ["ctty", "fork", "wait"], longValues: [], operands: 0 },
};

/** Where the command a scheduling wrapper runs starts (its words from `from`), undefined when the pack cannot tell. */
function schedulingWrapperCommand(
    wrapper: SchedulingWrapper,
    words: readonly string[],
    from: number,
): number | undefined {
    let at = from;
    let ended = false;
    for (; at < words.length && !ended; at++) {
        const w = words[at];
        if (w === "--") ended = true;
        else if (w.startsWith("--")) {
            const [name, value] = [
                w.slice(2).split("=")[0],
                w.includes("=") ? w.split("=").slice(1).join("=") : undefined,
            ];
            if (wrapper.longValues.includes(name)) {
                if (value === undefined) at++;
            } else if (!wrapper.longFlags.includes(name) || value !== undefined) return undefined;
        } else if (/^-\d+$/.test(w) && wrapper.obsoleteNumber) continue;
        else if (w.startsWith("-") && w.length > 1) {
            for (let k = 1; k < w.length; k++) {
                if (wrapper.values.includes(w[k])) {
                    if (k === w.length - 1) at++;
                    break;
                }
                if (!wrapper.flags.includes(w[k])) return undefined;
            }
        } else break;
    }
    at += wrapper.operands;
    return at < words.length ? at : undefined;
}

/**
 * Round 76: where pip's own words start in a command's words (quotes removed): after `pip[N[.M]]` or `python[N[.M]]
 * -m pip` (any path), behind assignments and the sudo/env/nohup/exec/command/nice/time prefixes (their flag words);
 * -1 for another command.
 */
function pipWordsAt(words: readonly string[]): number {
    let at = 0;
    for (let depth = 0; at < words.length && depth < 64; depth++) {
        const w = words[at];
        const name = posix.basename(w);
        if (/^[A-Za-z_]\w*=/.test(w) || /^(?:sudo|env|exec|command|time)$/.test(name)) at++;
        // Round 78: `-u NAME` takes an operand (env(1) "-u, --unset=NAME: remove variable from the environment";
        // sudo(8) "-u user").
        else if (/^(?:-u|--unset)$/.test(w) && /^(?:sudo|env)$/.test(posix.basename(words[at - 1] ?? ""))) at += 2;
        else if (at > 0 && /^-/.test(w) && /^(?:sudo|env)$/.test(posix.basename(words[at - 1] ?? ""))) at++;
        else if (Object.hasOwn(PIP_SCHEDULING_WRAPPERS, name)) {
            // Round 77: a scheduling wrapper's own options and operands, to the command it runs (fail closed: -1).
            const next = schedulingWrapperCommand(PIP_SCHEDULING_WRAPPERS[name], words, at + 1);
            if (next === undefined) return -1;
            at = next;
        } else break;
    }
    const word = posix.basename(words[at] ?? "");
    // Round 76 (py2): Fedora/Amazon Linux python3-pip also installs /usr/bin/pip-3 and pip-3.N beside pip3.
    if (PIP_PROGRAM.test(word)) return at + 1;
    if (!/^python[0-9.]*$/.test(word)) return -1;
    // Python docs "Command line and environment": `python [-bBdEhiIOPqsSuvVWx?] [-c command | -m module-name | ...]`;
    // options cluster (`-Im pip`) and take their value attached (`-mpip`), -W/-X take one; -c runs a command.
    for (let i = at + 1; i < words.length; i++) {
        const w = words[i];
        const m = /^-([bBdEhiIOPqsSuvRx]*)m(.*)$/.exec(w);
        if (m !== null) {
            const module = m[2] !== "" ? m[2] : words[i + 1];
            return module === "pip" ? (m[2] !== "" ? i + 1 : i + 2) : -1;
        }
        if (/^-[bBdEhiIOPqsSuvRx]*[WX]$/.test(w)) i++;
        else if (!/^-[bBdEhiIOPqsSuvRx]+(?:[WX].+)?$/.test(w)) return -1;
    }
    return -1;
}

/** Round 76 (py2): pip's own program names (pip, pip3, pip3.11, Amazon Linux's pip-3, pip-3.7). */
const PIP_PROGRAM = /^pip[-0-9.]*$/;

/**
 * Round 76 (py2): a word that names pip in a command the pack does not parse as pip's: pip's programs (PIP_PROGRAM,
 * any path) or pip as python's module (`-m pip`, `-mpip`, `-Im pip`, `pip.__main__`); such an install line withdraws
 * all trust (fail closed).
 */
const PIP_MENTION = /^(?:pip[-0-9.]*|-[A-Za-z]*mpip(?:[._-]\S*)?|pip\.\S*)$/;

/**
 * pip req/constructors.py is_archive_file (pip docs "pip install": "pip install ./downloads/SomePackage-1.0.4.tar.gz"):
 * a word with an archive extension (pip utils/filetypes.py ARCHIVE_EXTENSIONS, after its extras `[...]`, which pip
 * strips first: _strip_extras) is a local file, not a name.
 */
const PIP_ARCHIVE = /\.(?:zip|whl|tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz|tar|tar\.lz|tlz|tar\.lzma)(?:\[[^\]]*\])?$/i;

/**
 * Round 76: pip install's operands with its requirements files taken out (pip docs "pip install": "-r, --requirement
 * <file>: Install from the given requirements file"; optparse: `-r FILE`, `-rFILE`, `--requirement FILE`,
 * `--requirement=FILE`); undefined when a -r has no file. Any other spelling (an abbreviation, `-qr FILE`) stays an
 * option PIP_PLAIN_OPTIONS does not know (fail closed).
 */
function pipRequirementOperands(operands: readonly string[]): { files: string[]; rest: string[] } | undefined {
    const files: string[] = [];
    const rest: string[] = [];
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i];
        if (w === "-r" || w === "--requirement") {
            if (i + 1 >= operands.length) return undefined;
            files.push(operands[++i]);
        } else if (/^-r./.test(w)) files.push(w.slice(2));
        else if (w.startsWith("--requirement=")) files.push(w.slice("--requirement=".length));
        else rest.push(w);
    }
    return { files, rest };
}

/**
 * Round 76: the requirements files (`-r FILE` words, as written) a `pip install` command's words name (after its
 * general options, PIP_PLAIN_OPTIONS'), for the script reader to record what each holds at that line.
 */
export function pipRequirementFiles(command: readonly string[]): string[] {
    const words = command.map(w => w.replace(/["'\\]/g, ""));
    let sub = pipWordsAt(words);
    if (sub < 0) return [];
    while (sub < words.length && PIP_PLAIN_OPTIONS.test(words[sub])) sub++;
    return words[sub] === "install" ? (pipRequirementOperands(words.slice(sub + 1))?.files ?? []) : [];
}

/**
 * Round 76: the project names of a requirements file's text when every line is a name-based specifier
 * (PIP_NAME_SPECIFIER), blank or a comment (pip docs "Requirements File Format": "A line that begins with # is treated
 * as a comment and ignored. Whitespace followed by a # causes the # and the remainder of the line to be treated as a
 * comment"); undefined when any line is an option (--index-url, --extra-index-url, -i, -f/--find-links, -r, -c, -e,
 * --hash ...), a URL, a path, has an environment marker, a `${VAR}` (pip expands environment variables there) or a
 * line continuation (`\`): where those install from is not the default index by name (fail closed).
 */
export function requirementFileNames(text: string): string[] | undefined {
    // Round 76 (py2): pip req_file.py preprocess splits the decoded text with `content.splitlines()` (Python docs
    // "str.splitlines": \v \f \x1c \x1d \x1e \x85 \u2028 \u2029 and a lone \r are line boundaries too) before it
    // cuts comments, and decodes it with utils/encoding.py auto_decode (a BOM's codec, else a first-or-second-line `#`
    // cookie ENCODING_RE `coding[:=]\s*([-\w.]+)`, else the locale's: a UTF-8 byte such as \xc3\x85 is \x85 in
    // latin-1). Only plain ASCII text (tab, CRLF/LF line ends, printable characters) reads the same to pip and here.
    if (/[^\t\n\r\x20-\x7e]|\r(?!\n)/.test(text)) return undefined;
    for (const line of text.split("\n").slice(0, 2)) {
        const cookie = line.startsWith("#") ? /coding[:=]\s*([-\w.]+)/.exec(line)?.[1] : undefined;
        if (cookie !== undefined && !/^(?:utf[-_]?8|ascii|us[-_]ascii)$/i.test(cookie)) return undefined;
    }
    // Round 76 (py2): an expansion the script left unknown (bash "Here Documents": an unquoted delimiter's body undergoes
    // parameter expansion and command substitution; the reader keeps `$(...)`, `$X` or its mark as written), or pip's
    // own `${VAR}` expansion (pip docs "Requirements File Format", "Using Environment Variables"), anywhere, comments
    // included: its text is not known.
    if (/[$`]|SUBSTITUTED/.test(text)) return undefined;
    const names: string[] = [];
    for (const raw of text.split(/\r?\n/)) {
        if (raw.includes("\\")) return undefined;
        const line = raw.replace(/(?:^|\s)#.*$/, "").trim();
        if (line === "") continue;
        // Round 76 (py2): a local archive (PIP_ARCHIVE) is a file pip installs from the working directory, not a name.
        if (PIP_ARCHIVE.test(line)) return undefined;
        // Round 83: pip docs "Requirements File Format", "Per-requirement options" --hash and "Secure installs"
        // ("Hash-checking mode": "--hash=sha256:..."; pip's hashes.py STRONG_HASHES sha256, sha384, sha512) only
        // narrow what the named requirement may be; any other per-requirement option stays (fail closed).
        const name = PIP_NAME_SPECIFIER.exec(line.replace(/(?:\s+--hash[=\s]sha(?:256|384|512):[0-9a-f]+)+$/, ""))?.[1];
        if (name === undefined) return undefined;
        names.push(name);
    }
    return names;
}

/**
 * Round 76 (py2): a script text's lines as the shell reads its commands: backslash-newlines removed first (POSIX sh
 * "Escape Character (Backslash)": "a <newline> ... shall be interpreted as line continuation"; an escaped backslash
 * before the newline does not continue; joined inside quotes too, which only merges more text into one scanned line),
 * then each line's comment cut where a `#` starts a word outside quotes (POSIX sh "Comments": "a word beginning with
 * '#'"; Quoting: not inside quotes nor after a backslash). A line whose quotes the scan cannot close on that line (a
 * quote opened on an earlier line may close on it), or whose comment holds a quote, keeps its comment (read as words:
 * fail closed).
 */
function shellCommandLines(text: string): string[] {
    const joined = text.replace(/(?<!\\)((?:\\\\)*)\\\r?\n/g, "$1");
    return joined.split(/\r?\n/).map(line => {
        let quote: string | undefined;
        for (let i = 0; i < line.length; i++) {
            const ch = line[i];
            if (quote === "'") {
                if (ch === "'") quote = undefined;
            } else if (ch === "\\") i++;
            else if (quote === '"') {
                if (ch === '"') quote = undefined;
            } else if (ch === "'" || ch === '"') quote = ch;
            else if (ch === "#" && (i === 0 || /[\s;&|()]/.test(line[i - 1])))
                return /['"]/.test(line.slice(i)) ? line : line.slice(0, i);
        }
        return line;
    });
}

/**
 * Round 77: whether a shell line may set a variable whose name is not a literal the pack reads (bash(1), "SHELL BUILTIN
 * COMMANDS": `declare`/`typeset`/`local`/`export`/`readonly [options] [name[=value] ...]` expand each word before
 * taking its name, so `export PIP_$X=v` sets the name X makes, and `-n` makes a nameref whose value names the variable
 * assigned through it; `printf -v var`; `read [-a aname] ... [name ...]`; `mapfile`/`readarray [...] [array]`;
 * `getopts optstring name`; `wait -p varname`; `let arg ...` and "ARITHMETIC EVALUATION" `(( ))`/`$(( ))`, whose
 * `=`, `+=`, `++`, `--` assign the variable an expansion names; `eval` of expanded text runs any assignment). Fail
 * closed: a name operand with an expansion, a glob or a quote the reader removed is computed.
 */
function shellSetsComputedName(line: string): boolean {
    const literal = (name: string) => /^[A-Za-z_]\w*(?:\[[^\]]*\])?$/.test(name);
    // An arithmetic expression (`(( ))`, `$(( ))`, `let`) holding an expansion and an assignment operator.
    for (const m of line.matchAll(/\(\(([\s\S]*?)\)\)/g))
        if (/[$`]/.test(m[1]) && /(?<![=!<>])=(?!=)|\+\+|--/.test(m[1])) return true;
    for (const command of simpleCommands(line)) {
        const words = command.words;
        let i = 0;
        while (i < words.length && (isAssignment(words[i]) || /^(?:builtin|command)$/.test(words[i]))) i++;
        const name = words[i];
        const rest = words.slice(i + 1);
        /** The operands after options, options taking a value (`values`) checked for `named` ones holding names. */
        const operands = (values: string, named: string) => {
            const out: string[] = [];
            const names: string[] = [];
            for (let j = 0; j < rest.length; j++) {
                const w = rest[j];
                if (w === "--") {
                    out.push(...rest.slice(j + 1));
                    break;
                }
                if (!/^-./.test(w)) {
                    out.push(...rest.slice(j));
                    break;
                }
                for (let k = 1; k < w.length; k++)
                    if (values.includes(w[k])) {
                        const value = k + 1 < w.length ? w.slice(k + 1) : rest[++j];
                        if (named.includes(w[k])) names.push(value ?? "");
                        break;
                    }
            }
            return { out, names };
        };
        switch (name) {
            case "declare":
            case "typeset":
            case "local":
            case "export":
            case "readonly": {
                if (name !== "export" && rest.some(w => /^-[^-]*n/.test(w))) return true;
                if (rest.filter(w => !/^[-+]/.test(w)).some(w => !literal(w.split("=")[0].replace(/\+$/, ""))))
                    return true;
                break;
            }
            case "printf": {
                const { names } = operands("v", "v");
                if (names.some(n => !literal(n))) return true;
                break;
            }
            case "read": {
                const { out, names } = operands("adeinNptu", "a");
                if ([...names, ...out].some(n => !literal(n))) return true;
                break;
            }
            case "mapfile":
            case "readarray": {
                const { out } = operands("dnOsuCc", "");
                if (out.some(n => !literal(n))) return true;
                break;
            }
            case "getopts":
                if (rest[1] !== undefined && !literal(rest[1])) return true;
                break;
            case "wait": {
                const { names } = operands("p", "p");
                if (names.some(n => !literal(n))) return true;
                break;
            }
            case "let":
            case "eval":
                if (rest.some(w => /[$`]/.test(w))) return true;
                break;
        }
    }
    return false;
}

/**
 * Each simple command of the texts' shell lines (each text once; shellCommandLines: continuations joined, comments cut
 * outside quotes), split at list and pipeline operators and a subshell's parentheses (bash(1), "Compound Commands"),
 * with its words as pip reads them: quotes and backslashes removed.
 */
function shellCommandWords(texts: readonly string[]): { command: string; words: string[] }[] {
    return [...new Set(texts)].flatMap(shellCommandLines).flatMap(line =>
        line.split(/&&|\|\||[;|&()]/).map(command => ({
            command,
            words: command
                .trim()
                .split(/\s+/)
                .filter(w => w !== "")
                .map(w => w.replace(/["'\\]/g, "")),
        })),
    );
}

/**
 * Round 74 (DECIDED): the top-level modules user data installs by name from the default package index, each line read
 * on its own: `pip[N[.M]] install` or `python[N[.M]] -m pip install` (any path, after sudo/env words) whose every
 * option is PIP_PLAIN_OPTIONS' and every operand a name-based requirement specifier (pip docs "Requirement
 * Specifiers": "a package name (eg: requests)", extras, version constraints; PEP 508), taken as the module of the
 * project's normalized name (PEP 503: lowercase, runs of `-_.` one `_`). A line with an index, a find-links, a
 * requirements or constraints file, an editable, a URL, a path or a VCS spec installs nothing here.
 */
export function scriptPipModules(
    texts: readonly string[],
    requirements: ReadonlyMap<string, readonly (readonly string[] | undefined)[]> = new Map(),
): Set<string> {
    const out = new Set<string>();
    // POSIX sh "Quote Removal": `PIP_''INDEX_URL=x` is the word PIP_INDEX_URL=x; the texts are read with quotes and
    // backslashes removed for the variable names.
    // pip docs "Configuration": "pip's command line options can be set with environment variables" (PIP_INDEX_URL,
    // PIP_EXTRA_INDEX_URL, PIP_FIND_LINKS, PIP_CONFIG_FILE, ...) and `pip config set` writes a configuration file:
    // user data doing either may install from another index (none trusted). Round 74: uv docs "Environment variables"
    // (UV_INDEX_URL, UV_DEFAULT_INDEX: "Equivalent to the --index-url command-line argument") and "Configuration files"
    // (uv.toml, /etc/uv/uv.toml): uv is not pip and is not trusted; any UV_ variable or uv.toml named retracts all.
    // Round 77: any word naming a PIP_*/UV_* variable (not only `PIP_X=`: bash(1) "SHELL BUILTIN COMMANDS" sets
    // variables named as operands too, `printf -v PIP_INDEX_URL`, `read PIP_INDEX_URL`, `declare`, `getopts`, `${PIP_X:=v}`),
    // and any variable whose name the script computes (shellSetsComputedName: `export PIP_$X=v`), withdraws all.
    // Round 78: the words of the shell's commands (pipSettingNamed: comments cut, removals aside, printf's output).
    if (pipSettingsUnknown(texts)) return out;
    const retracted = new Set<string>();
    let retractAll = false;
    const normalized = (name: string) => name.toLowerCase().replace(/[-_.]+/g, "_");
    const spec = PIP_NAME_SPECIFIER;
    // Round 76: each `-r FILE` word of a trusted install line, once per line naming it (checked against what the
    // script reader saw at those lines once every line is read).
    const requirementSites = new Map<string, number>();
    // pip req/constructors.py _get_url_from_path / is_archive_file (pip docs "pip install": "pip install
    // ./downloads/SomePackage-1.0.4.tar.gz"): an operand with an archive extension or a path is a file, not a name.
    const archive = PIP_ARCHIVE;
    // Each text once (a script part is also its root text), for requirementSites' count of lines.
    for (const { words } of shellCommandWords(texts)) {
        const pipAt = pipWordsAt(words);
        const installs = words.some(w => /^(?:install|add|sync)$/.test(w));
        if (pipAt < 0) {
            // Another installer (uv pip, pipx, easy_install, poetry, conda, ...) or pip behind a prefix the pack
            // does not read: what it installs is unknown, so no name is trusted.
            if (
                installs &&
                words.some(
                    w =>
                        // Round 76 (py2): any word naming pip (PIP_MENTION: pip-3.7, `python3 -mpip`) too.
                        PIP_MENTION.test(posix.basename(w)) ||
                        /^(?:uv|pipx|easy_install|pip-sync|poetry|pdm|conda|mamba|micromamba|hatch|pipenv)$/.test(
                            posix.basename(w),
                        ),
                )
            )
                retractAll = true;
            continue;
        }
        // pip docs "pip" ("Usage: pip <command> [options]"; General Options may also precede the command).
        let sub = pipAt;
        while (sub < words.length && words[sub].startsWith("-")) {
            if (!PIP_PLAIN_OPTIONS.test(words[sub])) {
                retractAll = true;
                break;
            }
            sub++;
        }
        if (retractAll) break;
        // Round 80: pip docs "pip config": `list` ("List the active configuration"), `get` and `debug` only read it;
        // set/unset/edit (or any other word, an option such as --editor) may change the index: trust withdrawn.
        if (words[sub] === "config") {
            const rest = words.slice(sub + 1).filter(w => !/^--(?:global|user|site)$/.test(w));
            if (/^(?:list|get|debug)$/.test(rest[0] ?? "") && !rest.some(w => w.startsWith("-"))) continue;
            // Round 83: `set KEY VALUE` is read as the pip.conf line it writes (pipConfigSetKeepsTrust).
            if (pipConfigSetKeepsTrust(rest)) continue;
            return new Set<string>();
        }
        if (words[sub] !== "install") continue;
        const operands = words.slice(sub + 1);
        // Round 76: its requirements files (`-r FILE`), taken apart from the rest: trusted only as read at the
        // lines that run them (requirements, below).
        const split = pipRequirementOperands(operands);
        // Round 81: the default index named, --only-binary (pipTrustKeepingOptionsRemoved) keep trust.
        const rest = pipTrustKeepingOptionsRemoved(split?.rest ?? operands);
        const plain = split !== undefined && !rest.some(w => w.startsWith("-") && !PIP_PLAIN_OPTIONS.test(w));
        const names = rest
            .filter(w => !w.startsWith("-"))
            .map(w => (archive.test(w) || w.includes("/") || w.includes(":") ? undefined : spec.exec(w)?.[1]));
        if (plain && names.every(n => n !== undefined)) {
            for (const name of names as string[]) out.add(normalized(name));
            for (const file of split.files) requirementSites.set(file, (requirementSites.get(file) ?? 0) + 1);
            continue;
        }
        // An install the pack does not trust (another index, a file, a URL, -r/-c/-e) replaces what it names
        // (pip docs "pip install": --upgrade, --force-reinstall): a project named from another index, by its
        // name. Round 75: a wheel, sdist, URL or path installs whatever top-level modules its files hold (PEP 427
        // "{distribution}-{version}-..." names the project, never its modules: a `jwt` wheel may ship jwt/ over
        // PyJWT's): every name (fail closed).
        for (const w of operands.filter(o => !o.startsWith("-"))) {
            const name = archive.test(w) || w.includes("/") || w.includes(":") ? undefined : spec.exec(w)?.[1];
            if (name === undefined) retractAll = true;
            else retracted.add(normalized(name));
        }
        if (operands.some(w => PIP_REQUIREMENT_FILE_WORD.test(w))) retractAll = true;
    }
    // Round 76: pip docs "Requirements File Format" ("-r, --requirement <file>: Install from the given requirements
    // file"; each line a requirement specifier or an option such as --index-url, -r, -c, -e, --find-links): a file's
    // names are trusted only when the script reader saw, at every line that ran it (as many as the lines naming it:
    // a line the pack does not run, a cron job's, reads the file as it is then), a file user data wrote whole with
    // known text whose every line is a name specifier (requirementFileNames): not a file written later (the pip line
    // read it before), but one rewritten before in a way the pack cannot compute, never written, or given by a path
    // relative to a directory it does not know.
    for (const [file, sites] of requirementSites) {
        const runs = requirements.get(file) ?? [];
        if (runs.length < sites || runs.some(r => r === undefined)) retractAll = true;
        else for (const name of runs.flatMap(r => r!)) out.add(normalized(name));
    }
    if (retractAll) return new Set<string>();
    // Round 75: a project whose top-level module has another name, from a reviewed table (PIP_PROJECT_MODULES),
    // applied BEFORE the untrusted installs are withdrawn; each withdraws its name and its modules, whatever trusted
    // project mapped to them (`pip install pyjwt` then another index's `jwt`: module jwt is the other one's).
    const modules = (name: string) => [name, ...(PIP_PROJECT_MODULES.get(name) ?? [])];
    const trusted = new Set([...out].flatMap(modules));
    for (const name of retracted) for (const module of modules(name)) trusted.delete(module);
    return trusted;
}

/**
 * Round 82: whether a pip run of the texts may read user configuration: any shell command (shellCommandWords, each
 * text's lines, a program's too) with a word naming pip (pip3, `-mpip`, `-Impip`, "pip3" in a Python list, pip.conf)
 * but no `--isolated` word (pip(1) General Options: "--isolated: Run pip in an isolated mode, ignoring environment
 * variables and user configuration"). Only such a run reads a moved HOME's pip.conf (pythonPipInstalled).
 */
export function scriptPipReadsUserConfiguration(texts: readonly string[]): boolean {
    return shellCommandWords(texts).some(
        ({ words }) =>
            words.some(w => /(?<![A-Za-z])pip(?![A-Za-z])|^-[A-Za-z]*mpip/i.test(w)) && !words.includes("--isolated"),
    );
}

/**
 * Round 78: whether user data may set pip's or uv's configuration (scriptPipModules then trusts nothing): a command
 * word naming a PIP_ or UV_ variable, uv.toml, or XDG_CONFIG_DIRS/XDG_CONFIG_HOME (pip docs "Configuration", Unix:
 * "In a \"pip\" subdirectory of any of the paths set in the environment variable XDG_CONFIG_DIRS (if it exists)" and
 * $XDG_CONFIG_HOME/pip/pip.conf: a moved configuration the pack does not follow), or a variable whose name the script
 * computes (shellSetsComputedName).
 */
function pipSettingsUnknown(texts: readonly string[]): boolean {
    const lines = [...new Set(texts)].flatMap(shellCommandLines);
    return lines.some(pipSettingNamed) || lines.some(shellSetsComputedName);
}

/**
 * Round 78: whether one shell line (shellCommandLines: a comment runs nothing, bash(1) "COMMENTS") names a setting of
 * pip's or uv's (pipSettingsUnknown) in a word that may set it: quotes removed (POSIX sh "Quote Removal": `PIP_''X=v`);
 * a name only removed sets nothing (env(1) "-u, --unset=NAME: remove variable from the environment"; bash(1) "unset");
 * printf's output (printfOutput, printf(1): `printf '%s_INDEX_URL=%s' PIP URL > env` writes PIP_INDEX_URL=URL, an env
 * file `set -a` exports when sourced) is read as words too.
 */
function pipSettingNamed(line: string): boolean {
    const setting = /(?<![\w$])(?:PIP|UV)_|(?<![\w$])XDG_CONFIG_(?:DIRS|HOME)\b|(?:^|[/\s])uv\.toml\b/;
    return line.split(/&&|\|\||[;|&()]/).some(command => {
        const words = command
            .trim()
            .split(/\s+/)
            .filter(w => w !== "")
            .map(w => w.replace(/["'\\]/g, ""));
        if (words[0] === "unset") return false;
        const env = words.findIndex(w => posix.basename(w) === "env");
        const kept = words.filter(
            (w, i) =>
                env < 0 ||
                i <= env ||
                !(/^(?:-u.+|--unset(?:=.*)?|-u)$/.test(w) || /^(?:-u|--unset)$/.test(words[i - 1] ?? "")),
        );
        return kept.some(w => setting.test(w)) || shellPrintfOutputs(command).some(t => setting.test(t));
    });
}

/**
 * Round 78: what the printf commands of a script text print (printfOutput, as the root shell reader computes it:
 * printf(1) `printf '%s=%s\n' PYTHONPATH DIR > env` writes `PYTHONPATH=DIR`, which `set -a; . env` exports, bash(1)
 * "set": "-a Each variable or function that is created or modified is given the export attribute"), read beside the
 * text wherever the pack scans a script for the variables it sets (ScriptView.environment, pipSettingsUnknown).
 */
export function shellPrintfOutputs(text: string): string[] {
    return shellCommandLines(text).flatMap(line =>
        line.split(/&&|\|\||[;|&()]/).flatMap(command => {
            const words = command
                .trim()
                .split(/\s+/)
                .filter(w => w !== "")
                .map(w => w.replace(/^(['"])(.*)\1$/, "$2"));
            const at = words.findIndex(w => posix.basename(w) === "printf");
            return at < 0 ? [] : [printfOutput(words.slice(at + 1).filter(w => !/^\d*[<>]/.test(w)))];
        }),
    );
}

/**
 * Round 78: the first install line user data runs that scriptPipModules does not trust (another index, a file, a URL,
 * -r/-e, another installer, pip's configuration set: pipSettingsUnknown), if any. pip docs "pip install" and Python
 * docs "site": a distribution's `.pth` file in site-packages ("Lines starting with import (followed by space or tab)
 * are executed") and sitecustomize run "at every Python startup": after such an install every root Python program runs
 * code the pack does not read, whatever it imports (pythonUnreadCode).
 */
export function scriptPipUntrusted(
    texts: readonly string[],
    requirements: ReadonlyMap<string, readonly (readonly string[] | undefined)[]> = new Map(),
): string | undefined {
    const unknown = pipSettingsUnknown(texts);
    for (const { command, words } of shellCommandWords(texts)) {
        if (!words.some(w => /^(?:install|add|sync)$/.test(w))) continue;
        const installer =
            pipWordsAt(words) >= 0 ||
            words.some(
                w =>
                    PIP_MENTION.test(posix.basename(w)) ||
                    /^(?:uv|pipx|easy_install|pip-sync|poetry|pdm|conda|mamba|micromamba|hatch|pipenv)$/.test(
                        posix.basename(w),
                    ),
            );
        if (installer && (unknown || scriptPipModules([command], requirements).size === 0)) return command.trim();
    }
    return undefined;
}

/**
 * Round 75: default-index projects (by PEP 503 normalized name, as scriptPipModules keys them) whose top-level module
 * is not their own name, each from the project's own documentation (a reviewed table; any other project is only its
 * own name's module, and a module of another name stays unknown, fail closed): PyJWT (pypi.org/project/PyJWT, "Install
 * with pip: $ pip install PyJWT" then ">>> import jwt"; pyjwt.readthedocs.io "Installation").
 */
const PIP_PROJECT_MODULES: ReadonlyMap<string, readonly string[]> = new Map([["pyjwt", ["jwt"]]]);

/**
 * Round 75: whether user data wrote a file named like top-level module `module` (`M.py`, `M.so`, `M/...`) anywhere
 * under a Python library directory (a `pythonN[.M]` directory: /usr/lib64/python3.7, /usr/local/lib/python3.9,
 * /usr/lib/python3/dist-packages, their lib-dynload, site-packages, ...). Python docs "The initialization of the
 * sys.path module search path": after the script's directory and PYTHONPATH come the standard library directories
 * (prefix/lib/pythonX.Y, its lib-dynload), then site-packages: a file written there is the module root imports, not
 * the interpreter's own or pip's (the pack does not read it there: fail closed).
 */
function pythonLibraryWritten(module: string, view: ScriptView): boolean {
    if (pythonStdlibZipChanged(view) !== undefined) return true;
    const escaped = module.replace(/[^\w]/g, "\\$&");
    // Round 75: only a real library directory: `lib[64]/pythonN[.M]/` (/usr/lib64/python3.7, /usr/local/lib/python3.9,
    // Debian's /usr/lib/python3/dist-packages, a venv's or the user site's lib/pythonN.M/site-packages) and what is
    // under it (site-packages, dist-packages, lib-dynload); a directory merely named python3 elsewhere
    // (/var/cache/ops/python3) is on no sys.path (Python docs "The initialization of the sys.path module search path":
    // prefix/lib/pythonX.Y, its lib-dynload, site-packages).
    const shadow = new RegExp(`(?:^|/)lib(?:64)?/python\\d(?:\\.\\d+)?/(?:[^/]+/)*${escaped}(?:\\.[^/]*)?(?:/|$)`);
    // Round 77: a download there too (a library's `__pycache__/M.<tag>.pyc` is M's unchecked-hash pyc, PEP 552).
    if ([...(view.written?.() ?? []), ...(view.downloads?.keys() ?? [])].some(w => shadow.test(w))) return true;
    // A tree user data changed in a way the pack cannot compute (an archive extracted, a directory copied) under the
    // usual library directories (FHS /usr/lib, /usr/lib64, /usr/local/lib; Debian's python3/dist-packages) may hold it.
    const versions = ["2.7", "3", ...Array.from({ length: 11 }, (_, i) => `3.${i + 6}`)];
    return ["/usr/lib", "/usr/lib64", "/usr/local/lib", "/usr/local/lib64"].some(prefix =>
        versions.some(v =>
            ["", "/site-packages", "/dist-packages", "/lib-dynload"].some(sub =>
                [`${module}.py`, `${module}/__init__.py`].some(f =>
                    view.changed.has(`${prefix}/python${v}${sub}/${f}`),
                ),
            ),
        ),
    );
}

/**
 * Round 77: the standard library's zip archive user data wrote, downloaded or changed, if any (Python docs "The
 * initialization of the sys.path module search path": after the script's directory and PYTHONPATH, "the zip archive
 * ... prefix/lib/python311.zip" (pythonXY.zip, e.g. /usr/lib64/python39.zip on AL2023's python3.9) comes before the
 * standard library directory prefix/lib/pythonX.Y; "zipimport": modules are imported from such an archive on sys.path):
 * a file there is the json, os or encodings every root Python program imports (encodings at every interpreter start),
 * code the pack does not read (fail closed), under any prefix.
 */
export function pythonStdlibZipChanged(view: ScriptView): string | undefined {
    const zip = /(?:^|\/)lib(?:64)?\/python\d+\.zip$/;
    const seen = [...(view.written?.() ?? []), ...(view.downloads?.keys() ?? [])].find(p => zip.test(p));
    if (seen !== undefined) return seen;
    const versions = ["27", "3", ...Array.from({ length: 11 }, (_, i) => `3${i + 6}`)];
    for (const prefix of ["/usr/lib", "/usr/lib64", "/usr/local/lib", "/usr/local/lib64"])
        for (const v of versions) if (view.changed.has(`${prefix}/python${v}.zip`)) return `${prefix}/python${v}.zip`;
    return undefined;
}

/**
 * Round 75: whether an import root searched before the library directories (`roots`: the script's directory,
 * PYTHONPATH's entries, sys.path edits the program makes; Python docs "The initialization of the sys.path module
 * search path": "The first entry in the module search path is the directory that contains the input script", then
 * PYTHONPATH, "inserted in front of ... site-packages") may hold top-level module `module` (`M.py`, `M.so`, `M.pyc`,
 * a package `M/`) whose content the pack does not read (downloaded, changed in a way it cannot compute): that file,
 * not the standard library's or pip's, is what root imports (fail closed), as pythonLibraryWritten for library dirs.
 */
function pythonRootShadowed(
    module: string,
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): boolean {
    const paths = new Set([...(view.written?.() ?? []), ...(view.downloads?.keys() ?? [])]);
    return roots.some(root => {
        const base = posix.join(posix.resolve("/", root), module);
        if (
            [
                `${base}.py`,
                `${base}/__init__.py`,
                posix.join(posix.resolve("/", root), "__pycache__", `${module}.pyc`),
            ].some(p => view.changed.has(p))
        )
            return true;
        return [...paths].some(p => {
            const path = posix.resolve("/", p);
            // Round 77: Python reference "The import system", "Cached bytecode invalidation" (PEP 552): "For unchecked
            // hash-based .pyc files, Python simply assumes the pyc file is valid if it exists"; PEP 3147: the cache of
            // ROOT/M.py is ROOT/__pycache__/M.<tag>.pyc (the tutorial "Compiled Python files"): any file so named there
            // may be what `import M` runs instead of the M.py the pack read (unread, fail closed).
            const cache = posix.join(posix.dirname(base), "__pycache__", `${module}.`);
            if (path.startsWith(cache) && !path.slice(cache.length).includes("/")) return true;
            if (!(
                path.startsWith(`${base}/`) ||
                (path.startsWith(`${base}.`) && !path.slice(base.length + 1).includes("/"))
            ))
                return false;
            // A file the pack reads is the module read as the program's own (pythonModuleFile); any other is unread.
            return typeof readConfig(path, fileText, view) !== "string";
        });
    });
}

/**
 * Round 83: whether a root Python program's files change nothing but what their write calls name (pythonWriteRefusal's
 * accepted paths): every file read (no text the pack lacks), no code it cannot follow (pythonDynamic), no command run
 * (pythonRunsCommands: a command may write anywhere, its working directory too), and only standard modules imported
 * (PYTHON_STANDARD_MODULES: a third-party library may write where its caller runs, unread; the standard library's
 * writing calls are PYTHON_WRITE_CALLS').
 */
export function pythonWritesOnlyWhatItNames(files: readonly PythonFile[]): boolean {
    return files.every(
        f =>
            f.text !== null &&
            !pythonDynamic(f.text) &&
            !pythonRunsCommands(f.text) &&
            pythonNames(f.text).modules.every(m => PYTHON_STANDARD_MODULES.test(m.split(".")[0])),
    );
}

/**
 * Round 84: the standard modules that read the home directory or start another interpreter themselves: Python docs
 * "netrc" ("the file .netrc in the user's home directory – as determined by os.path.expanduser() – will be read"),
 * ftplib (login through netrc), "mailcap" (~/.mailcap), "site"/"sysconfig" (the user base below ~), "readline"
 * (~/.inputrc), "tkinter" (~/.Tk files), pdb (~/.pdbrc), "multiprocessing" and "concurrent.futures" (the spawn and
 * forkserver start methods run a new interpreter inheriting the environment), "venv"/"ensurepip" (run pip), pydoc
 * (its pager), and "zoneinfo", which reads PYTHONTZPATH from os.environ itself (CPython Lib/zoneinfo/_tzpath.py), -E
 * or not.
 */
const PYTHON_HOME_OR_CHILD_MODULES =
    /^(?:netrc|ftplib|mailcap|site|sysconfig|distutils|readline|rlcompleter|tkinter|Tkinter|idlelib|pdb|pydoc|multiprocessing|concurrent|venv|ensurepip|zoneinfo)$/;

/**
 * Round 84: whether a `python` run reads its environment only as its interpreter does, so that the variables its flags
 * cancel (Python docs "Command line and environment": -E "Ignore all PYTHON* environment variables", -s "Don't add the
 * user site-packages directory to sys.path", -I "implies -E, -P and -s") are read by nothing in the run: a script or
 * -c command user data wrote whose files the pack reads whole (pythonProgram; none changed since), with no code it cannot
 * follow (pythonDynamic), no command started (pythonRunsCommands: a child inherits the environment, Python docs
 * "os.environ": "changes are passed to subprocesses", and a child python reads PYTHON* without -E), no environment
 * or home directory read of its own (os.environ, getenv, expanduser, expandvars, Path.home) and only standard modules
 * imported (PYTHON_STANDARD_MODULES: a third-party library may read either) but those reading the home directory or
 * starting interpreters (PYTHON_HOME_OR_CHILD_MODULES). Its flag letters (pythonInvocation) when it does, else
 * undefined.
 */
export function pythonEnvironmentConfinedFlags(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): string | undefined {
    if (!/^python[0-9.]*$/.test(posix.basename(words[0] ?? ""))) return undefined;
    const invocation = pythonInvocation(words.slice(1));
    if (invocation === undefined || (invocation.kind !== "script" && invocation.kind !== "c")) return undefined;
    const program = pythonProgram(words.slice(1), cwd, fileText, view);
    const confined = (text: string | null) =>
        text !== null &&
        !pythonDynamic(text) &&
        !pythonRunsCommands(text) &&
        !/\b(?:environ|environb|getenv|getenvb|expanduser|expandvars|home)\b/.test(pythonCode(text)) &&
        pythonNames(text).modules.every(
            m => PYTHON_STANDARD_MODULES.test(m.split(".")[0]) && !PYTHON_HOME_OR_CHILD_MODULES.test(m.split(".")[0]),
        );
    return program !== undefined && program.files.length > 0 && program.files.every(f => confined(f.text))
        ? invocation.flags
        : undefined;
}

/**
 * Round 74 (DECIDED): whether `module` is one user data installed from the default package index (scriptPipModules),
 * an operator's download (DECIDED round 69): not when pip's index may be another (a PIP_* variable, pip docs
 * "Configuration": "pip's command line options can be set with environment variables"; a pip configuration file user
 * data wrote, pip.conf/pip.ini) or user data wrote a file of that name into a site-packages or dist-packages directory.
 */
function pythonPipInstalled(module: string, view: ScriptView): boolean {
    if (!view.pipModules?.has(module) || pythonLibraryWritten(module, view)) return false;
    if ([...view.environment.keys()].some(k => /^(?:PIP|UV)_/.test(k))) return false;
    if (trustStoreGiven(view)) return false;
    // Round 81: pip reads its user configuration from HOME (pip docs "Configuration", User: "$HOME/.config/pip/pip.conf",
    // legacy "$HOME/.pip/pip.conf"): a HOME other than /root is a configuration the pack does not follow. Round 82:
    // only for pip runs that read user configuration (scriptPipReadsUserConfiguration: not under --isolated).
    if (movedHomes(view).length > 0 && view.pipReadsUserConfiguration !== false) return false;
    const written = [...(view.written?.() ?? [])];
    return !written.some(
        w =>
            // Round 82: one whose every setting keeps trust (pipConfigurationKeepsTrust: timeout ...) may stay.
            (/(?:^|\/)pip\.(?:conf|ini)$/.test(w) && !pipConfigurationKeepsTrust(view.text?.(w))) ||
            new RegExp(`/(?:site|dist)-packages/${module}(?:[/.]|$)`).test(w) ||
            /\/(?:site|dist)-packages\/[^/]+\.pth$/.test(w),
    );
}

/**
 * Round 74: PEP 263 / Python reference "Encoding declarations": a comment on line 1 or 2 matching
 * `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` (emacs `-*- coding: NAME -*-`, vim `# vim: set fileencoding=NAME :`)
 * names the codec "used for all lexical analysis" of the file, comments included; the pack reads the text as UTF-8.
 * Undefined when that reading is CPython's: no declaration, UTF-8's or ASCII's names (Python docs "codecs", "Standard
 * Encodings": utf_8 aliases U8, UTF, utf8, cp65001; ascii 646, us-ascii; CPython's tokenizer get_normal_name reads any
 * "utf-8-..." as utf-8), Latin-1's (latin_1: iso-8859-1, iso8859-1, 8859, cp819, latin, latin1, L1) for an ASCII
 * text; else the codec's name (utf-7 decodes "+AAo-" in a comment to a new line of code: code the pack does not read).
 * Names are compared as encodings.normalize_encoding and the tokenizer read them (case, `-`, `.`, spaces alike).
 */
export function pythonSourceEncodingUnread(text: string): string | undefined {
    const body = text.replace(/^\uFEFF/, "");
    // Both line splits (a lone CR ends a line for the tokenizer too): any declaration either finds (fail closed).
    const lines = [...body.split(/\r?\n/).slice(0, 2), ...body.split(/\r\n|\r|\n/).slice(0, 2)];
    for (const line of lines) {
        const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(line);
        if (!m) continue;
        const name = m[1]
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, "_")
            .replace(/^_+|_+$/g, "");
        if (/^(?:utf_?8(?:_.*)?|u8|utf|cp65001|ascii|us_ascii|646)$/.test(name)) continue;
        const latin1 = /^(?:(?:latin|iso_latin|iso_?8859)_?1(?:_.*)?|8859|cp819|latin|l1)$/.test(name);
        if (latin1 && !/[^ -~\t\n\r\f\v]/.test(body)) continue;
        return m[1];
    }
    return undefined;
}

/** PyYAML's loaders that construct only plain data (PyYAML docs "Loading YAML": SafeLoader, BaseLoader; C twins). */
const YAML_SAFE_LOADERS = /^yaml\.(?:loader\.|cyaml\.)?C?(?:Safe|Base)Loader$/;

/**
 * Round 74: whether a call of PYTHON_DYNAMIC_NAMES' loads constructs only data, so the pack reads it as a read:
 * yaml.load/load_all given a SafeLoader or BaseLoader (its keyword or second positional, PyYAML "yaml.load(stream,
 * Loader)"; the others, FullLoader included, "can construct arbitrary Python objects", PyYAML docs "PyYAML yaml.load
 * (input) Deprecation": no Loader is FullLoader before 6.0, Loader before 5.1) named as imported and never rebound
 * (`code`: strings and import statements blanked; getattr may name any loader); numpy.load whose allow_pickle is absent
 * or the literal False (NumPy docs "numpy.load": "allow_pickle: Allow loading pickled object arrays ... Loading pickled
 * data ... can execute arbitrary code"; default False since 1.16.3).
 */
function pythonDataLoad(callee: string, call: string, names: PythonNames, code: string): boolean {
    const { argument } = pythonCallArguments(call);
    if (/^yaml\.load(?:_all)?$/.test(callee)) {
        const loader = argument("Loader", 1)?.trim() ?? "";
        if (!/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/.test(loader)) return false;
        const resolved = pythonResolve(loader, names);
        return (
            resolved.imported &&
            YAML_SAFE_LOADERS.test(resolved.name) &&
            !/\bgetattr\b/.test(code) &&
            !/\bC?(?:Safe|Base)Loader\s*(?:=(?!=)|:=)/.test(code) &&
            !pythonRebinds(code, loader.split(".")[0])
        );
    }
    if (/^numpy\.(?:lib\.npyio\.)?load$/.test(callee)) {
        const pickles = argument("allow_pickle", 2);
        return pickles === undefined || pickles.trim() === "False";
    }
    // PyTorch docs "torch.load" (weights_only=False "uses the pickle module implicitly, which is known to be insecure";
    // weights_only=True restricts the unpickler to tensors and primitive types). Its default changed across versions
    // (False before 2.6), so only the literal keyword True is a data load.
    if (/^torch\.(?:serialization\.)?load$/.test(callee)) return argument("weights_only")?.trim() === "True";
    return false;
}

/**
 * Round 78: how Python source runs pip with an install the pack does not trust, if it does: pip as a library (pip docs
 * "Using pip from your program": pip's code, pip.main or pip._internal, "is not a supported interface": any such call,
 * fail closed), or a command it runs (pythonCommandRuns) that scriptPipUntrusted does not trust.
 */
function pythonPipRun(text: string): string | undefined {
    const call = pythonCalls(pythonCode(text)).find(c => /^pip(?:\.|$)/.test(c.callee));
    if (call !== undefined) return `${call.callee}(...)`;
    for (const run of pythonCommandRuns(text) ?? []) {
        const command = scriptPipUntrusted([run.argv.join(" ")]);
        if (command !== undefined) return command;
    }
    return undefined;
}

/**
 * Round 72: why a Python program run as root runs code the pack does not read, whatever it serves (fail closed, one
 * place; pythonCommandListeners): a file of it the pack cannot read (text null: changed in a way the pack cannot
 * compute, a relative run_path, an unknown sys.path change, a startup hook), but a downloaded one (DECIDED round 69:
 * an operator's download is trusted, view.downloads); code the readers cannot follow (pythonDynamic: exec, eval and
 * compile of any text, Python docs "Built-in Functions" exec "parsed as a suite of Python statements which is then
 * executed"; imports by a computed name; logging.config.fileConfig, whose `class` and `args` are eval()ed), the
 * literal import calls the pack follows (PYTHON_LITERAL_IMPORT_CALLS) aside; and an absolute import found nowhere the
 * pack reads (Python reference "The import system": a module is found on sys.path): not the standard library
 * (PYTHON_STANDARD_MODULES), not a file user data wrote on the program's import path, not PYTHON_KNOWN_PACKAGES. A
 * relative import user data did not write is unread too. Undefined when the pack reads all of it.
 */
export function pythonUnreadCode(
    program: { files: PythonFile[]; roots: string[] },
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): string | undefined {
    const stdlibZip = pythonStdlibZipChanged(view);
    if (stdlibZip !== undefined && program.files.length > 0)
        return `user data changes ${stdlibZip}, the standard library's zip archive on sys.path before the library directory, whose modules every Python program imports (encodings at start) and the pack does not read`;
    // Round 78: Python docs "site" (.pth import lines and sitecustomize run "at every Python startup"): pip run from
    // the program (pythonPipRun) puts in site-packages what the pack does not read.
    for (const f of program.files) {
        const pip = f.text === null ? undefined : pythonPipRun(f.text);
        if (pip !== undefined)
            return `${f.path} runs pip (${pip}), an install the pack does not trust: what it puts in site-packages (.pth files, sitecustomize, modules) runs in every later Python program and the pack does not read it`;
    }
    for (const f of program.files) {
        if (f.text === null) {
            if (view.downloads?.has(f.path)) continue;
            return `${f.path}, which the pack cannot read`;
        }
        const names = pythonNames(f.text);
        let unimported = pythonStringsBlanked(f.text);
        for (const m of [...unimported.matchAll(PYTHON_FROM_IMPORT), ...unimported.matchAll(PYTHON_IMPORT)])
            unimported =
                unimported.slice(0, m.index) + m[0].replace(/[^\n]/g, " ") + unimported.slice(m.index + m[0].length);
        // The calls read elsewhere, blanked (their callee and arguments; same lines): the literal import calls, pickle's
        // dump/dumps (Python docs "pickle": the warning is for unpickling, "Only unpickle data you trust"; what a dump
        // writes is pythonWriteRefusal's), a fileConfig of a written ini the pack reads (pythonFileConfigRead).
        let text = f.text;
        for (const c of pythonCalls(f.text)) {
            const { positional, keyword } = pythonCallArguments(c.call);
            const literal = (a: string | undefined) => pythonString(a) !== undefined && !/^\s*[fF]/.test(a ?? "");
            const read =
                c.callee === "importlib.util.module_from_spec"
                    ? positional.length === 1 && keyword.size === 0 && /^\s*[A-Za-z_]\w*\s*$/.test(positional[0])
                    : PYTHON_LITERAL_IMPORT_CALLS.test(c.callee)
                      ? keyword.size === 0 &&
                        positional.length > 0 &&
                        positional.every(literal) &&
                        // A relative name needs a package argument: the pack does not join the two.
                        !/^\s*["']\./.test(positional[0])
                      : /^(?:_?pickle|cPickle)\.dumps?$/.test(c.callee)
                        ? true
                        : /^(?:yaml|numpy|torch)\./.test(c.callee) &&
                            pythonDataLoad(c.callee, c.call, names, unimported)
                          ? true
                          : /^logging\.config\.fileConfig$/.test(c.callee)
                            ? keyword.size === 0 &&
                              positional.length === 1 &&
                              literal(positional[0]) &&
                              pythonFileConfigRead(
                                  posix.resolve(cwd ?? "/", pythonString(positional[0]) ?? ""),
                                  fileText,
                                  view,
                              )
                            : false;
            if (!read) continue;
            const open = f.text.indexOf("(", c.index + c.name.length);
            const end = open + 1 + c.call.length + 1;
            if (open < 0 || f.text[end - 1] !== ")") continue;
            // Round 74: `NAME = import_module("M")` on a line of its own is `import M as NAME` (pythonLiteralImport), so
            // the names NAME reaches are read as M's (`p.loads` of pickle).
            const lineStart = f.text.lastIndexOf("\n", c.index - 1) + 1;
            const lineEnd = f.text.indexOf("\n", end) < 0 ? f.text.length : f.text.indexOf("\n", end);
            const target = /^([ \t]*)([A-Za-z_]\w*)[ \t]*=[ \t]*$/.exec(f.text.slice(lineStart, c.index));
            const module = pythonLiteralImport(c.callee, c.call);
            if (target && module !== undefined && /^[ \t]*(?:#.*)?$/.test(f.text.slice(end, lineEnd))) {
                const statement = `${target[1]}import ${module} as ${target[2]}`;
                if (statement.length <= end - lineStart) {
                    text = text.slice(0, lineStart) + statement.padEnd(end - lineStart, " ") + text.slice(end);
                    continue;
                }
            }
            text =
                text.slice(0, c.index) +
                text.slice(c.index, end).replace(/[^\n]/g, " ").replace(/^ {4}/, "None") +
                text.slice(end);
        }
        // Round 74: `from importlib import import_module` (Python reference "The import statement": it binds
        // import_module to importlib.import_module) whose every use was such a blanked literal call is read as those
        // calls are; an item of the statement used any other way (an alias called with a computed name, passed as a
        // value), or one of another name, keeps the whole statement dynamic (pythonDynamic).
        const blanked = pythonStringsBlanked(text);
        for (const m of [...blanked.matchAll(PYTHON_FROM_IMPORT)]) {
            const items = m[2]
                .replace(/[()\\]/g, " ")
                .split(",")
                .map(item => item.trim())
                .filter(item => item !== "")
                .map(item => /^(\w+)(?:\s+as\s+(\w+))?$/.exec(item));
            const literalOnly =
                items.length > 0 &&
                items.every(
                    item =>
                        item !== null &&
                        // Round 74: a name of no dynamic module (`from yaml import load, SafeLoader`) binds nothing
                        // pythonDynamic reads; the data loads are blanked calls as the literal import calls are.
                        (!PYTHON_DYNAMIC_NAMES.test(`${m[1]}.${item[1]}`) ||
                            ((PYTHON_LITERAL_IMPORT_CALLS.test(`${m[1]}.${item[1]}`) ||
                                /^(?:yaml\.load(?:_all)?|numpy\.(?:lib\.npyio\.)?load|torch\.load)$/.test(
                                    `${m[1]}.${item[1]}`,
                                )) &&
                                ![
                                    ...(blanked.slice(0, m.index) + blanked.slice(m.index + m[0].length)).matchAll(
                                        new RegExp(`(?<![\\w.])${item[2] ?? item[1]}(?!\\w)`, "g"),
                                    ),
                                ].length)),
                );
            if (literalOnly)
                text = text.slice(0, m.index) + m[0].replace(/[^\n]/g, " ") + text.slice(m.index + m[0].length);
        }
        // PEP 563 (`from __future__ import annotations`: annotations "stored in string form", evaluated by
        // get_type_hints): each annotation's string is the file's own code as written, read here as code (its quoted
        // string annotations are still pythonDynamic's).
        text = text.replace(
            /^([ \t]*from[ \t]+__future__[ \t]+import\b[^\n;]*?)\bannotations\b/gm,
            (_m, head: string) => `${head}division   `,
        );
        if (pythonDynamic(text))
            return `${f.path} runs code the pack does not read (exec, eval, compile, an import by a computed name, a native library load, ...)`;
        // Round 90: Jinja templates from a directory the pack cannot compute (pythonTemplateDirectories).
        const templates = pythonTemplateDirectories({ path: f.path, text: f.text }, program.roots, fileText, view);
        if (templates.unread !== undefined)
            return `${f.path} renders Jinja templates outside the sandbox (${templates.unread}) from a directory the pack cannot compute: a template is code (Jinja docs "Sandbox"); name a root-owned directory literally, or use jinja2.sandbox.SandboxedEnvironment`;
        for (const module of pythonNames(f.text).modules) {
            const top = /^\.*[\w]*/.exec(module)?.[0] ?? module;
            if (!top.startsWith(".") && pythonRootShadowed(top, program.roots, fileText, view))
                return `${f.path} imports ${module}, which a directory on its import path before the library's may hold as a file user data downloaded or changed and the pack does not read`;
            if (
                !top.startsWith(".") &&
                (PYTHON_STANDARD_MODULES.test(top) || PYTHON_KNOWN_PACKAGES.test(top)) &&
                !pythonLibraryWritten(top, view)
            )
                continue;
            // A relative `from .M import x` lists .M and .M.x (an attribute or a submodule): either found reads it.
            const relative = top.startsWith(".") ? [module, module.replace(/\.?\w+$/, "") || "."] : [top];
            if (relative.some(m => pythonModuleFile(m, f.path, program.roots, fileText, view) !== undefined)) continue;
            if (!top.startsWith(".") && pythonPipInstalled(top, view)) continue;
            return `${f.path} imports ${module}, a module user data did not write and the pack does not know`;
        }
    }
    return undefined;
}

/**
 * Attributes whose rebinding changes neither the files served nor the address bound (the code a rebound method runs
 * is read as the file's own): of http.server's handler and socketserver's server classes (Python docs "http.server":
 * extensions_map, protocol_version, server_version, sys_version, error_message_format, error_content_type, timeout;
 * log_message "is typically overridden to create custom error logging mechanisms", log_request and log_error call it,
 * address_string, version_string, date_time_string, log_date_time_string format what it logs or sends; not
 * translate_path, send_head, list_directory, copyfile, directory, do_*; "socketserver": allow_reuse_address,
 * allow_reuse_port, daemon_threads, block_on_close, request_queue_size; round 71, "xmlrpc.server":
 * SimpleXMLRPCServer(addr, requestHandler, logRequests=True, allow_none=False, encoding=None, bind_and_activate=True,
 * use_builtin_types=False), logRequests "setting this parameter to false will turn off logging", allow_none and encoding
 * "control the XML-RPC responses that will be returned from the server", use_builtin_types how dates and binary
 * arrive; never allow_dotted_names, register_instance's: "allows intruders to access your module's global variables
 * and may allow intruders to execute arbitrary code"), and of the sys module (Python docs "sys":
 * dont_write_bytecode "you can set it yourself to control bytecode file generation"; excepthook, unraisablehook,
 * breakpointhook, displayhook "can be customized by assigning another ... function"; the stdin/stdout/stderr streams,
 * ps1/ps2, tracebacklimit; not path, meta_path, path_hooks, path_importer_cache or modules: imports).
 */
export const PYTHON_HARMLESS_ATTRIBUTES =
    /^(?:extensions_map|protocol_version|server_version|sys_version|error_message_format|error_content_type|timeout|log_message|log_request|log_error|address_string|version_string|date_time_string|log_date_time_string|allow_reuse_address|allow_reuse_port|daemon_threads|block_on_close|request_queue_size|logRequests|allow_none|encoding|use_builtin_types|dont_write_bytecode|excepthook|unraisablehook|breakpointhook|displayhook|stdin|stdout|stderr|ps1|ps2|tracebacklimit)$/;

/**
 * The attribute targets a Python file rebinds (an assignment, augmented too, a tuple's or chained target, `del`, a
 * `for` or `as` target: Python reference "Assignment statements", "attributeref" targets) on an object it imports (a
 * module, os.getcwd's os, or an object of one: Python reference "The import system", a module is one shared object, so
 * `os.getcwd = ...` changes what every module's os.getcwd() returns, http.server's SimpleHTTPRequestHandler's default
 * directory) or on a file-serving handler class (pythonFileHandler, or a class derived from one in `handlers`: Python
 * tutorial "Classes" 9.3, a class attribute set after the class statement is what every instance looks up, so
 * `SimpleHTTPRequestHandler.translate_path = f` maps every request), but PYTHON_HARMLESS_ATTRIBUTES of a handler, sys or
 * server class and logging's. What a call returned (`app = Flask(...)`, `app.debug = ...`), `self` and local names are
 * not read here.
 */
export function pythonPatches(text: string, handlers: ReadonlyMap<string, unknown>): string[] {
    const names = pythonNames(text);
    const dotted = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/;
    const targets: string[] = [];
    const add = (list: string) =>
        targets.push(
            ...pythonSplit(list, ",")
                .map(t => t.replace(/^[([*\s]+|[)\]\s]+$/g, "").replace(/\s/g, ""))
                .filter(t => dotted.test(t)),
        );
    for (const { text: st } of pythonLogicalStatements(text)) {
        const equals = pythonAssignOperators(st);
        equals.forEach((at, k) => add(pythonSplit(st.slice(k === 0 ? 0 : equals[k - 1] + 1, at), ":")[0] ?? ""));
        const augmented = /^([\w.\s]+?)\s*(?:[-+*/%@&|^]|\/\/|\*\*|>>|<<)=(?!=)/.exec(st);
        if (augmented) add(augmented[1]);
        const del = /^del\b([\s\S]*)$/.exec(st);
        if (del) add(del[1]);
        const loop = /^(?:async\s+)?for\b([\s\S]*?)\bin\b/.exec(st);
        if (loop) add(loop[1]);
        for (const m of st.matchAll(/\bas\s+([\w.\s]+?)\s*(?=[,):]|$)/g)) add(m[1]);
    }
    return targets.filter(target => {
        const parts = target.split(".");
        const attr = parts.pop() ?? "";
        const head = parts[0];
        if (names.results.has(head) && !names.imports.has(head)) return false;
        const resolved = pythonResolve(parts.join("."), names);
        const last = resolved.name.split(".").at(-1) ?? "";
        const server = PYTHON_SERVER_BINDS.some(b => b.callee.test(resolved.name));
        if (pythonFileHandler(resolved.name) || handlers.has(last) || server || resolved.name === "sys")
            return !PYTHON_HARMLESS_ATTRIBUTES.test(attr);
        return resolved.imported && !/^logging(?:\.|$)/.test(resolved.name);
    });
}

/**
 * Round 71: what a connection handler of a Python socket server may do and still serve nothing (pythonPureHandler):
 * the connection's own I/O (asyncio "Streams": StreamReader read/readline/readexactly/readuntil, StreamWriter write/
 * writelines/drain/close/wait_closed; "Transports": write, close; socketserver's request socket sendall/send/recv and
 * StreamRequestHandler's rfile/wfile; http.server BaseHTTPRequestHandler send_response/send_header/end_headers/
 * send_error) and the str/bytes methods of what it read.
 */
export const PYTHON_CONNECTION_METHODS =
    /^(write|writelines|sendall|send|recv|read|readline|readlines|readexactly|readuntil|drain|close|wait_closed|flush|is_closing|at_eof|decode|encode|strip|lstrip|rstrip|split|lower|upper|startswith|endswith|send_response|send_header|end_headers|send_error)$/;

/**
 * Builtins that compute a value from their arguments only (Python docs "Built-in Functions"): no file, no command,
 * no import, no code of a string (not open, exec, eval, compile, __import__, getattr, globals, vars, breakpoint, input).
 */
export const PYTHON_PURE_BUILTINS =
    /^(abs|all|any|ascii|bin|bool|bytes|chr|dict|divmod|enumerate|float|format|frozenset|hash|hex|int|isinstance|len|list|max|min|oct|ord|pow|range|repr|reversed|round|set|sorted|str|sum|tuple|zip)$/;

/** Python's keywords (Python reference "Keywords"): no names. */
export const PYTHON_KEYWORDS =
    /^(?:False|None|True|and|as|assert|async|await|break|class|continue|def|del|elif|else|except|finally|for|from|global|if|import|in|is|lambda|nonlocal|not|or|pass|raise|return|try|while|with|yield)$/;

/** The names of Python's builtins module (Python docs "Built-in Functions", "Built-in Exceptions", "Built-in Constants"). */
export const PYTHON_BUILTIN_NAMES =
    /^(?:abs|aiter|all|anext|any|ascii|bin|bool|breakpoint|bytearray|bytes|callable|chr|classmethod|compile|complex|copyright|credits|delattr|dict|dir|divmod|enumerate|eval|exec|exit|filter|float|format|frozenset|getattr|globals|hasattr|hash|help|hex|id|input|int|isinstance|issubclass|iter|len|license|list|locals|map|max|memoryview|min|next|object|oct|open|ord|pow|print|property|quit|range|repr|reversed|round|set|setattr|slice|sorted|staticmethod|str|sum|super|tuple|type|vars|zip|Ellipsis|NotImplemented|\w*(?:Error|Exception|Warning|Exit|Interrupt|Iteration|ExceptionGroup))$/;

/** The names a Python target list binds (`a`, `a, (b, *c)`; not `x.y` nor `x[i]`, which bind none). */
export const pythonTargetNames = (targets: string): string[] =>
    pythonSplit(targets, ",").flatMap(t => {
        const name = t.replace(/^[([*\s]+|[)\]\s]+$/g, "");
        return /^[A-Za-z_]\w*$/.test(name)
            ? [name]
            : /^[([]/.test(t.trim()) && !/[.[]/.test(name)
              ? pythonTargetNames(t.trim().slice(1, -1))
              : [];
    });

/**
 * Round 71: whether every `.format`/`.format_map` of Python source `raw` (`code` its pythonCodeOnly reading) is a method
 * of one plain string literal (no escape, no adjacent literal, no f-string) whose replacement fields name an argument
 * only (Python docs "Format String Syntax": a field name is `arg_name ("." attribute_name | "[" element_index "]")*`,
 * so `"{0.exposed_add.__func__.__globals__[TOKEN]}".format(self)`, or a client's format string given self, reads any
 * global of the module, dunders inside a string the readers blank): `{}`, `{0}`, `{name}`, a conversion and a format
 * spec without nested fields. Method calls on a literal or a call's result are no names pythonCalls sees; this one
 * walks attributes (fail closed: anything else, a format of a name or a call's result, is refused).
 */
export function pythonPlainFormats(raw: string, code: string): boolean {
    const literals = new Map<number, string>();
    let at = 0;
    for (const piece of pythonPieces(raw)) {
        at += piece.text.length;
        if (piece.kind === "string" && !piece.formatted) literals.set(at, piece.text);
    }
    for (const m of code.matchAll(/\.\s*format(?:_map)?(?!\w)/g)) {
        const before = code.slice(0, m.index).replace(/\s+$/, "");
        const literal = literals.get(before.length);
        if (literal === undefined || !/["']$/.test(before)) return false;
        // Another literal just before it (implicit concatenation: `"{0.x}" "".format`) is part of the format string.
        if (/["']\s*$/.test(code.slice(0, before.length - literal.length).replace(/[rRbBuU]+$/, ""))) return false;
        const quote = /^("""|'''|"|')/.exec(literal)?.[0] ?? "";
        const inner = literal.slice(quote.length, literal.length - quote.length);
        if (inner.includes("\\")) return false;
        const fields = inner
            .replace(/\{\{|\}\}/g, "")
            .replace(/\{[^{}]*\}/g, f => (/^\{(?:\d+|[A-Za-z_]\w*)?(?:![rsa])?(?::[^{}]*)?\}$/.test(f) ? "" : "{"));
        if (/[{}]/.test(fields)) return false;
    }
    return true;
}

/**
 * Round 71: the comprehensions of Python code (strings blanked: pythonCodeOnly), each a bracket (a list, set or dict
 * display, or a generator expression's parentheses, a call's sole argument's too) with a `for` at its own level: where
 * its scope runs (`start` to `end`, inside the brackets), the names its `for` targets bind there, and its leftmost
 * iterable (`iterable`, evaluated in the enclosing scope: Python reference "Displays for lists, sets and
 * dictionaries"), which ends at the next `for` or `if` of its level (the grammar's iterable is an or_test, no
 * conditional expression).
 */
export function pythonComprehensions(
    code: string,
): { start: number; end: number; names: Set<string>; iterable: [number, number] }[] {
    const text = code.replace(/["']/g, " ");
    const out: { start: number; end: number; names: Set<string>; iterable: [number, number] }[] = [];
    const stack: number[] = [];
    for (let i = 0; i < text.length; i++) {
        if ("([{".includes(text[i])) stack.push(i);
        if (!")]}".includes(text[i])) continue;
        const open = stack.pop();
        if (open === undefined) continue;
        // The bracket's own level: nested brackets blanked.
        let flat = "";
        let depth = 0;
        for (const c of text.slice(open + 1, i)) {
            if ("([{".includes(c)) depth++;
            flat += depth > 0 ? " " : c;
            if (")]}".includes(c)) depth = Math.max(0, depth - 1);
        }
        const inner = text.slice(open + 1, i);
        const fors = [...flat.matchAll(/(?<![\w.])for\b([\s\S]*?)(?<![\w.])in(?![\w.])/g)];
        if (fors.length === 0) continue;
        const names = new Set<string>();
        for (const f of fors) {
            const from = f.index + 3;
            pythonTargetNames(inner.slice(from, from + f[1].length)).forEach(n => names.add(n));
        }
        const first = fors[0].index + fors[0][0].length;
        const next = /(?<![\w.])(?:for|if)(?![\w.])/g;
        next.lastIndex = first;
        const end = next.exec(flat)?.index ?? flat.length;
        out.push({ start: open + 1, end: i, names, iterable: [open + 1 + first, open + 1 + end] });
    }
    return out;
}

/**
 * Round 71: whether NAME is a constant of a Python module (`PI = 3.14159`, `UNITS = ("cm", "m")`): bound exactly
 * once, by a top-level statement (no indentation, no compound header's) `NAME = LITERAL` whose value is immutable
 * (pythonLiteralValue without a list: numbers, strings, bytes, True/False/None and tuples of them; a list could be
 * appended to), never rebound otherwise (pythonRebinds: another assignment, `for`, `as`, `:=`, `global`, `del`,
 * class; a def; an import, a star import that may bind any name). Python reference "Naming and binding": a function
 * reads a free name from its module's globals when it is called, so such a name holds that literal. The module's
 * attribute written from another file is its caller's to check.
 */
export function pythonModuleConstant(text: string, name: string, names: PythonNames): boolean {
    if (names.stars.length > 0 || names.imports.has(name) || /^__/.test(name)) return false;
    const code = pythonStringsBlanked(text);
    let binds = 0;
    let binding: { text: string; indent: number; suite: boolean } | undefined;
    for (const st of pythonLogicalStatements(code)) {
        const equals = pythonAssignOperators(st.text);
        const targets = equals.flatMap((at, k) =>
            pythonTargetNames(pythonSplit(st.text.slice(k === 0 ? 0 : equals[k - 1] + 1, at), ":")[0] ?? ""),
        );
        const augmented = /^([A-Za-z_]\w*)\s*(?:[-+*/%@&|^]|\/\/|\*\*|>>|<<)=(?!=)/.exec(st.text)?.[1];
        const n = targets.filter(t => t === name).length + (augmented === name ? 1 : 0);
        if (n > 0) binding = st;
        binds += n;
    }
    if (binds !== 1 || binding === undefined || binding.indent !== 0 || binding.suite) return false;
    const value = new RegExp(`^${name}[ \\t]*=(?!=)([\\s\\S]*)$`).exec(binding.text)?.[1];
    if (value === undefined || !pythonLiteralValue(value) || value.includes("[")) return false;
    const at = [...code.matchAll(new RegExp(`^${name}[ \\t]*=(?!=)`, "gm"))];
    if (at.length !== 1) return false;
    const rest = code.slice(0, at[0].index) + " ".repeat(at[0][0].length) + code.slice(at[0].index + at[0][0].length);
    return !pythonRebinds(rest, name) && !new RegExp(`\\bdef\\s+${name}\\b`).test(rest);
}

/**
 * The `def NAME` statements of a Python file (any indentation: a nested def rebinds the name too), each with its
 * signature and body (the defaults are evaluated too) and the decorator expressions above it (Python reference
 * "Function definitions": `@f1 def func(): pass` is `func = f1(func)`, the name bound to what the decorator returns).
 * Round 71: `signature` the text between its parentheses and the return annotation, `suite` what follows the colon.
 */
export function pythonDefs(
    text: string,
    name: string,
): { body: string; signature: string; suite: string; decorators: string[] }[] {
    return [...text.matchAll(new RegExp(`^([ \\t]*)(?:async[ \\t]+)?def[ \\t]+${name}[ \\t]*\\(`, "gm"))].map(def => {
        const rest = text.slice((def.index ?? 0) + def[0].length);
        const end = new RegExp(`\\n(?!${def[1]}[ \\t]|[ \\t]*(#|\\n|$))`).exec(rest);
        const body = rest.slice(0, end?.index);
        // The parameters' closing parenthesis (strings blanked: a default's string may hold one), then the colon.
        const blanked = pythonStringsBlanked(body);
        const close = parenthesized("(" + blanked, 0)?.length ?? -1;
        const colon = close < 0 ? -1 : blanked.indexOf(":", close);
        const decorators: string[] = [];
        const before = text
            .slice(0, def.index ?? 0)
            .split("\n")
            .slice(0, -1);
        for (let i = before.length - 1; i >= 0; i--) {
            const line = before[i].trim();
            if (line === "" || line.startsWith("#")) continue;
            if (!line.startsWith("@")) break;
            decorators.unshift(line.slice(1).trim());
        }
        // A return annotation is read with the parameters (a default's or annotation's code runs at the def).
        const returns = close < 0 || colon < 0 ? "" : body.slice(close + 1, colon).replace(/^\s*->/, "");
        return {
            body: body.slice(0, colon) + "\n" + body.slice(colon + 1),
            signature:
                close < 0 || colon < 0 ? "(" : body.slice(0, close) + (/\S/.test(returns) ? `, _r:${returns}` : ""),
            suite: colon < 0 ? "" : body.slice(colon + 1),
            decorators,
        };
    });
}

/**
 * Whether `code` (strings blanked) binds NAME other than by a def (Python reference "Naming and binding": assignment
 * targets, tuple ones and augmented too, `:=`, `for` targets, `as` of import/with/except, class, global/nonlocal,
 * del, a match statement's capture patterns), read broadly (fail closed).
 */
export function pythonRebinds(code: string, name: string): boolean {
    // Targets: names, commas, stars and brackets, an opening one not a call's or a subscript's.
    const target = String.raw`(?:[\w \t,)\]*]|(?<![\w)\]])[(\[])*`;
    return new RegExp(
        [
            String.raw`^[ \t]*${target}(?<![\w.])${name}\b${target}(?:[-+*/%&|^@]|\*\*|//|>>|<<)?=(?!=)`,
            String.raw`(?<![\w.])${name}\s*:=`,
            String.raw`\bas\s+${name}\b`,
            String.raw`\bfor\s+${target}(?<![\w.])${name}\b${target}\bin\b`,
            String.raw`\b(?:class|global|nonlocal|del)\s+[\w\s,]*\b${name}\b`,
            String.raw`^[ \t]*case\b[^\n]*\b${name}\b`,
        ].join("|"),
        "m",
    ).test(code);
}

/**
 * Round 75: whether Python source `text` binds `name` (a builtin or an imported name an allowance trusts: map, open,
 * split, shlex.split, timeit, str) anywhere other than by an import statement (pythonNames reads those): Python
 * reference "Naming and binding" ("The following constructs bind names: formal parameters to functions, class
 * definitions, function definitions, assignment expressions, targets ... in assignment statements, for loop headers,
 * after as in a with statement, except clause ...", global/nonlocal, del, match captures; pythonRebinds), a def, a
 * function's or lambda's parameter, or an attribute of that last name assigned on any object (`builtins.map = f`,
 * `shlex.split = f`: Python docs "builtins"; the receiver is not resolved, fail closed). setattr and __builtins__ are
 * pythonDynamic's. The one rule every allowance that trusts a name uses: any such binding turns it off.
 */
export function pythonNameRebound(text: string, name: string): boolean {
    let code = pythonStringsBlanked(text);
    for (const pattern of [PYTHON_FROM_IMPORT, PYTHON_IMPORT])
        for (const m of [...code.matchAll(pattern)])
            code = code.slice(0, m.index) + m[0].replace(/[^\n]/g, " ") + code.slice(m.index + m[0].length);
    const parts = name.split(".");
    const head = parts[0];
    const last = parts[parts.length - 1];
    if (pythonRebinds(code, head)) return true;
    if (new RegExp(String.raw`(?:^|[;:])[ \t]*(?:async[ \t]+)?def[ \t]+${head}\b`, "m").test(code)) return true;
    if (new RegExp(String.raw`\.[ \t]*${last}[ \t]*(?:[-+*/%&|^@]|\*\*|//|>>|<<)?=(?!=)`).test(code)) return true;
    if (new RegExp(String.raw`\blambda\b[^:\n]*(?<![\w.])${head}\b`).test(code)) return true;
    for (const m of code.matchAll(/\bdef[ \t]+\w+[ \t]*\(/g)) {
        const params = parenthesized(code, m.index + m[0].length - 1) ?? code.slice(m.index);
        if (new RegExp(String.raw`(?<![\w.])${head}\b`).test(params)) return true;
    }
    return false;
}

/**
 * Whether `value` (strings blanked) is a literal of numbers, strings, True/False/None, or tuples/lists of them (Python
 * reference "Literals", "Parenthesized forms", "List displays"), whole on its line: a value computing nothing.
 */
export function pythonLiteralValue(value: string): boolean {
    const bare = value
        .replace(/(?<![\w.])[rRbBuU]{0,2}("""|'''|"|')\s*\1/g, "0")
        .replace(/(?<![\w.])(?:True|False|None|\d[\w.]*)(?![\w.])/g, "0");
    let depth = 0;
    for (const c of bare) {
        if ("([".includes(c)) depth++;
        if (")]".includes(c) && --depth < 0) return false;
    }
    return depth === 0 && /^[\s0,()[\]+-]*$/.test(bare) && /0/.test(bare);
}

/**
 * A class body's statement that does nothing: `pass`, or a string alone (a docstring; strings blanked: its opening or
 * closing line, or all of it), nothing after it on the line (`"doc"; x = open` is two statements).
 */
export const PYTHON_INERT_STATEMENT = /^(?:pass|[rRbBuU]{0,2}("""|'''|"|')\s*(?:\1)?)\s*$/;

/**
 * The classes (by name) derived, through any of the files and up to four levels, from a base that `isBase` accepts
 * (by its resolved dotted name) or from a class found before: Python's `class Name(Base, ...):` statements.
 */
export function pythonDerivedClasses(
    files: readonly { text: string }[],
    isBase: (resolved: string) => boolean,
): Set<string> {
    const found = new Set<string>();
    for (let pass = 0; pass < 4; pass++)
        for (const file of files) {
            const names = pythonNames(file.text);
            for (const m of file.text.matchAll(/^[ \t]*class[ \t]+(\w+)[ \t]*\(([^)]*)\)[ \t]*:/gm))
                if (
                    m[2]
                        .split(",")
                        .map(b => pythonResolve(b.trim(), names).name)
                        .some(b => isBase(b) || found.has(b.split(".").at(-1) ?? ""))
                )
                    found.add(m[1]);
        }
    return found;
}

/**
 * The top-level statements of the body of class NAME in `text` (read with its strings blanked), with its header's
 * bases and the decorators above it (from the text: a call's string arguments kept); undefined when not found once or
 * not indented (fail closed). A statement's continuation lines (deeper indented: a def's suite) are not listed.
 */
export function pythonClassBody(
    text: string,
    name: string,
): { bases: string; decorators: string[]; statements: string[]; start: number; length: number } | undefined {
    const code = pythonStringsBlanked(text);
    const headers = [
        ...code.matchAll(new RegExp(`^class[ \\t]+${name}[ \\t]*(?:\\(([^()]*)\\))?[ \\t]*:([^\\n]*)\\n`, "gm")),
    ];
    if (headers.length !== 1) return undefined;
    const header = headers[0];
    // A suite on the header's line (`class QueueManager(BaseManager): pass`): that one statement.
    const inline = header[2].trim();
    const at = header.index + header[0].length - 1 - header[2].length;
    const above = code.slice(0, header.index).split("\n").slice(0, -1);
    const rawAbove = text.slice(0, header.index).split("\n").slice(0, -1);
    const decorators: string[] = [];
    // Its decorators: the `@` lines above it, blank and comment lines between them too (the tokenizer skips them).
    for (let i = above.length - 1; i >= 0 && /^[ \t]*(@|$)/.test(above[i]); i--)
        if (above[i].trim() !== "") decorators.unshift(rawAbove[i].trim().slice(1));
    if (inline !== "")
        return {
            bases: (header[1] ?? "").trim(),
            decorators,
            statements: [inline],
            start: at,
            length: header[2].length,
        };
    const start = header.index + header[0].length;
    const end = /\n(?![ \t]|[ \t]*\n|$)/.exec(code.slice(start - 1));
    const body = code.slice(start, end ? start - 1 + end.index : undefined);
    const lines = body.split("\n").filter(l => l.trim() !== "");
    const indent = /^[ \t]*/.exec(lines[0] ?? "")?.[0] ?? "";
    if (indent === "") return undefined;
    const statements: string[] = [];
    for (const line of lines) {
        if (!line.startsWith(indent)) return undefined;
        if (!/^[ \t]/.test(line.slice(indent.length))) statements.push(line.slice(indent.length));
    }
    return { bases: (header[1] ?? "").trim(), decorators, statements, start, length: body.length };
}

/**
 * An assignment to an attribute (or an item of one) anywhere in a Python file: `server.funcs["x"] = f`,
 * `server.RequestHandlerClass = H`, `Daemon.handleRequest = h`, `rpyc.core.protocol.DEFAULT_CONFIG["k"] = v`.
 */
export const PYTHON_ATTRIBUTE_WRITE =
    /^[ \t]*[\w \t,()[\]*.'"]*\.[ \t]*\w+[ \t]*(\[[^\]\n]*\][ \t]*)*(:[^=\n]*)?(?:[-+*/%&|^@]|\*\*|\/\/|>>|<<)?=(?!=)/m;

/**
 * Python modules run with `python -m` that install, build or compile and never listen: pip ("python -m pip install"),
 * venv and virtualenv (create environments), ensurepip (bootstraps pip), compileall and py_compile (byte-compile
 * sources): Python docs "Python Module Index". They are not applications taking HOST or PORT from their environment.
 */
export const NON_SERVING_MODULES = /^(pip[0-9.]*|venv|virtualenv|ensurepip|compileall|py_compile)$/;

/** The module `python [options] -m MODULE` runs (pythonInvocation). */
export const pythonModule = (args: readonly string[]): string | undefined => {
    const run = pythonInvocation(args);
    return run?.kind === "m" ? run.value : undefined;
};

/**
 * Round 72: what each of python(1)'s environment variables does to the code a program runs (Python docs "Command line
 * and environment", "Environment variables": "These environment variables influence Python's behavior, they are
 * processed before the command-line switches other than -E or -I"; -E: "Ignore all PYTHON* environment variables";
 * -I implies -E and -s). Read by pythonEnvironment for every PYTHON* variable user data assigns (ScriptView):
 * - `none`: changes no code run (a flag, an encoding, a seed, a limit, an allocator, a Windows/macOS-only switch, or a
 *   file read only by the interactive prompt that a program operand never shows: PYTHONSTARTUP "the Python commands in
 *   that file are executed before the first prompt is displayed in interactive mode", and `-i`'s "The PYTHONSTARTUP
 *   file is not read"). PYTHONSAFEPATH only removes the script's directory from sys.path (the pack reads it anyway);
 *   PYTHON_FROZEN_MODULES=off loads the standard library's own source files instead of their frozen copies.
 * - `path`, `warnings`: PYTHONPATH (more import roots) and PYTHONWARNINGS (-W's category imports), read by pythonEntry.
 * - `callable`: PYTHONBREAKPOINT, "it names a callable using dotted-path notation. The module containing the callable
 *   will be imported and then the callable will be run by the default implementation of sys.breakpointhook()" ("0"
 *   turns breakpoint() off, "" is the default pdb.set_trace; CPython sys.breakpointhook: a name without a dot is a
 *   builtin, called with breakpoint()'s arguments): read as `import MODULE` and a call of the callable.
 * - `module`: PYTHON_PRESITE (3.13 debug builds: "If this variable is set to a module, that module will be imported
 *   early in the interpreter lifecycle, before the site module is executed"): `import MODULE`.
 * - `home`: PYTHONHOME, "Change the location of the standard Python libraries" (site.py, which "is automatically
 *   imported during initialization", and every stdlib module come from it): known only as the system prefix /usr.
 * - `platlibdir`: PYTHONPLATLIBDIR, "Override sys.platlibdir" (the stdlib's and lib-dynload's directory under the
 *   prefix): known only as the distributions' own lib or lib64.
 * - `userbase`: PYTHONUSERBASE, "Defines the user base directory, which is used to compute the path of the user
 *   site-packages directory" (Python docs "site": USER_SITE is added to sys.path and its .pth files processed unless -s,
 *   -I or PYTHONNOUSERSITE): its site-packages read as import roots (pythonEnvironment).
 * - `inspect`: PYTHONINSPECT, "equivalent to specifying the -i option" ("enter interactive mode after executing the
 *   script or the command"): the interpreter then runs the code standard input holds (not read).
 * - `unread`: code or files the pack does not follow: PYTHONPYCACHEPREFIX ("write .pyc files in a parallel directory
 *   tree": bytecode read from there instead of the source), PYTHONEXECUTABLE (macOS: sys.executable, the prefix search
 *   starts from it; the pack does not rely on the platform), PYTHONDUMPREFSFILE and the perf map writers
 *   (PYTHONPERFSUPPORT, PYTHON_PERF_JIT_SUPPORT: files root writes), PYTHON_HISTORY (the prompt's history file).
 * Any other PYTHON* name is one the pack does not know: not read (fail closed).
 */
const PYTHON_ENVIRONMENT: Record<
    string,
    "none" | "path" | "warnings" | "callable" | "module" | "home" | "platlibdir" | "userbase" | "inspect" | "unread"
> = {
    PYTHONPATH: "path",
    PYTHONWARNINGS: "warnings",
    PYTHONBREAKPOINT: "callable",
    PYTHON_PRESITE: "module",
    PYTHONHOME: "home",
    PYTHONPLATLIBDIR: "platlibdir",
    PYTHONUSERBASE: "userbase",
    PYTHONINSPECT: "inspect",
    PYTHONPYCACHEPREFIX: "unread",
    PYTHONEXECUTABLE: "unread",
    PYTHONDUMPREFSFILE: "unread",
    PYTHONPERFSUPPORT: "unread",
    PYTHON_PERF_JIT_SUPPORT: "unread",
    PYTHON_HISTORY: "unread",
    PYTHONSTARTUP: "none",
    PYTHONSAFEPATH: "none",
    PYTHONNOUSERSITE: "none",
    PYTHONOPTIMIZE: "none",
    PYTHONDEBUG: "none",
    PYTHONDONTWRITEBYTECODE: "none",
    PYTHONIOENCODING: "none",
    PYTHONUNBUFFERED: "none",
    PYTHONVERBOSE: "none",
    PYTHONCASEOK: "none",
    PYTHONHASHSEED: "none",
    PYTHONINTMAXSTRDIGITS: "none",
    PYTHONMALLOC: "none",
    PYTHONMALLOCSTATS: "none",
    PYTHONASYNCIODEBUG: "none",
    PYTHONTRACEMALLOC: "none",
    PYTHONFAULTHANDLER: "none",
    PYTHONPROFILEIMPORTTIME: "none",
    PYTHONCOERCECLOCALE: "none",
    PYTHONDEVMODE: "none",
    PYTHONUTF8: "none",
    PYTHONWARNDEFAULTENCODING: "none",
    PYTHONNODEBUGRANGES: "none",
    PYTHONLEGACYWINDOWSFSENCODING: "none",
    PYTHONLEGACYWINDOWSSTDIO: "none",
    PYTHONTHREADDEBUG: "none",
    PYTHONDUMPREFS: "none",
    PYTHONSHOWREFCOUNT: "none",
    PYTHONSTATS: "none",
    PYTHON_CPU_COUNT: "none",
    PYTHON_FROZEN_MODULES: "none",
    PYTHON_COLORS: "none",
    PYTHON_BASIC_REPL: "none",
    PYTHON_GIL: "none",
    PYTHON_JIT: "none",
    PYTHON_TLBC: "none",
    PYTHON_THREAD_INHERIT_CONTEXT: "none",
    PYTHON_CONTEXT_AWARE_WARNINGS: "none",
    PYTHON_DISABLE_REMOTE_DEBUG: "none",
};

/**
 * Round 80: python(1)'s -X options as the variables they stand for (Python docs "Command line and environment", -X:
 * "-X faulthandler ... See also PYTHONFAULTHANDLER", importtime PYTHONPROFILEIMPORTTIME, dev PYTHONDEVMODE, utf8
 * PYTHONUTF8, tracemalloc PYTHONTRACEMALLOC, int_max_str_digits PYTHONINTMAXSTRDIGITS, warn_default_encoding
 * PYTHONWARNDEFAULTENCODING, no_debug_ranges PYTHONNODEBUGRANGES, cpu_count PYTHON_CPU_COUNT, gil PYTHON_GIL,
 * "-X pycache_prefix=PATH ... See also PYTHONPYCACHEPREFIX" (Python 3.8 What's New: bytecode read from that tree),
 * perf PYTHONPERFSUPPORT, presite PYTHON_PRESITE ...), judged by PYTHON_ENVIRONMENT's kinds; showrefcount and
 * frozen_modules change no code or path (the library's frozen modules are its own).
 */
const PYTHON_X_OPTIONS: Record<string, string | "none"> = {
    faulthandler: "PYTHONFAULTHANDLER",
    showrefcount: "none",
    tracemalloc: "PYTHONTRACEMALLOC",
    importtime: "PYTHONPROFILEIMPORTTIME",
    dev: "PYTHONDEVMODE",
    utf8: "PYTHONUTF8",
    pycache_prefix: "PYTHONPYCACHEPREFIX",
    warn_default_encoding: "PYTHONWARNDEFAULTENCODING",
    no_debug_ranges: "PYTHONNODEBUGRANGES",
    int_max_str_digits: "PYTHONINTMAXSTRDIGITS",
    frozen_modules: "none",
    perf: "PYTHONPERFSUPPORT",
    perf_jit: "PYTHON_PERF_JIT_SUPPORT",
    cpu_count: "PYTHON_CPU_COUNT",
    presite: "PYTHON_PRESITE",
    gil: "PYTHON_GIL",
};

/**
 * Round 80: the -X options of a `python` run that load what the pack does not read (PYTHON_X_OPTIONS: a variable of
 * PYTHON_ENVIRONMENT's "none" kind is harmless; pycache_prefix's bytecode tree, presite's module and an option the pack
 * does not know are not read, fail closed). -E and -I do not ignore them (they are options, not the environment).
 */
export function pythonXOptionsUnread(xoptions: readonly string[]): string[] {
    return xoptions.flatMap(option => {
        const name = option.split("=")[0];
        const variable = Object.hasOwn(PYTHON_X_OPTIONS, name) ? PYTHON_X_OPTIONS[name] : undefined;
        if (variable === "none" || (variable !== undefined && PYTHON_ENVIRONMENT[variable] === "none")) return [];
        return [
            `-X ${option} (${variable === undefined ? "an option the pack does not know" : `${variable}: code or files the pack does not follow`})`,
        ];
    });
}

/**
 * What the interpreter's environment makes a `python` run load besides its program (PYTHON_ENVIRONMENT; none with -E
 * or -I): `files` to read with it (PYTHONBREAKPOINT's and PYTHON_PRESITE's modules as imports of the program), `roots`
 * appended to its import path (the user site-packages user data wrote into: PYTHONUSERBASE's, else root's ~/.local,
 * `BASE/lib/pythonX.Y/site-packages` for any X.Y, unless -s, -I or PYTHONNOUSERSITE), and `unread`: what loads code
 * the pack does not read (an unknown variable, a value it cannot compute or does not know harmless; `-i`). Assignments
 * anywhere in user data count (ScriptView.environment); any one of them may be the program's.
 */
function pythonEnvironment(
    flags: string,
    view: ScriptView,
): { files: PythonFile[]; roots: string[]; unread: string[] } {
    const out = { files: [] as PythonFile[], roots: [] as string[], unread: [] as string[] };
    const ignored = /[EI]/.test(flags);
    const values = (name: string) => (ignored ? [] : (view.environment.get(name) ?? []));
    if (flags.includes("i")) out.unread.push("-i (standard input's code after the program)");
    for (const [name, assigned] of ignored ? [] : view.environment) {
        if (!/^PYTHON[A-Z0-9_]+$/.test(name)) continue;
        const kind = Object.hasOwn(PYTHON_ENVIRONMENT, name) ? PYTHON_ENVIRONMENT[name] : undefined;
        for (const value of assigned) {
            const where = `${name}=${value ?? "(a value the pack cannot compute)"}`;
            const unread = (why: string) => out.unread.push(`${where} (${why})`);
            if (kind === "none" || kind === "path" || kind === "warnings" || kind === "userbase") continue;
            if (kind === undefined) unread("a variable the pack does not know");
            else if (value === undefined) unread("a value the pack cannot compute");
            else if (kind === "callable") {
                if (value === "0" || value === "") continue;
                const dotted = /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\.[A-Za-z_]\w*$/.exec(value);
                if (dotted) out.files.push({ path: where, text: `import ${dotted[1]}\n${value}(*args, **kwargs)\n` });
                else unread("a callable the pack does not read");
            } else if (kind === "module") {
                if (/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/.test(value))
                    out.files.push({ path: where, text: `import ${value}\n` });
                else unread("a module the pack cannot read");
            } else if (kind === "home") {
                if (!value.split(":").every(p => p !== "" && posix.normalize(p) === "/usr"))
                    unread("a standard library the pack does not read");
            } else if (kind === "platlibdir") {
                if (!/^(lib|lib64)$/.test(value)) unread("a standard library directory the pack does not read");
            } else if (kind === "inspect") {
                if (value !== "") unread("standard input's code after the program");
            } else unread("code or files the pack does not follow");
        }
    }
    // The user site (Python docs "site": ENABLE_USER_SITE, USER_BASE "~/.local" unless PYTHONUSERBASE).
    const noUserSite = values("PYTHONNOUSERSITE");
    if (/[sI]/.test(flags) || (noUserSite.length > 0 && noUserSite.every(v => v !== undefined && v !== ""))) return out;
    const assignedBases = values("PYTHONUSERBASE");
    for (const base of assignedBases.length > 0 ? assignedBases : ["/root/.local"]) {
        if (base === undefined || !base.startsWith("/")) {
            out.unread.push(`PYTHONUSERBASE=${base ?? ""} (a user base the pack cannot compute)`);
            continue;
        }
        const lib = `${posix.normalize(base)}/lib/`;
        for (const path of view.written?.() ?? []) {
            const site = /^(python[^/]+\/site-packages)\//.exec(path.startsWith(lib) ? path.slice(lib.length) : "");
            if (site && !out.roots.includes(lib + site[1])) out.roots.push(lib + site[1]);
        }
    }
    return out;
}

/**
 * The program a `python` command runs, as the files user data wrote (pythonInvocation): SCRIPT (a directory its
 * DIR/__main__.py); `-m MODULE` its file,
 * a package's PACKAGE/__main__.py (python(1) -m: "If this option is given a package name, <pkg>.__main__ is executed
 * as the main module"; Python "__main__ — Top-level code environment"), with its parent packages' __init__.py, which
 * runpy imports first; `-c COMMAND` the command itself ("-c command: Specify the command to execute"). `roots` its
 * import path (Python "The Module Search Path": the script's directory; for -m and -c the working directory, "As with
 * the -c option, the current directory will be added to the start of sys.path"; then PYTHONPATH). `python -m flask`
 * is the flask command, `flask` its arguments. Undefined when user data wrote no file it runs.
 */
export function pythonEntry(
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
):
    | {
          label: string;
          path: string;
          files: PythonFile[];
          roots: string[];
          interpreter: string[];
          /** PYTHONBREAKPOINT's values as the environment gives them (none under -E or -I). */
          breakpoint: (string | undefined)[];
      }
    | { flask: string[] }
    | undefined {
    const run = pythonInvocation(args);
    if (run === undefined) return undefined;
    // An option the pack does not read: what runs is a program it does not know (fail closed).
    if (run.kind === "unknown")
        return {
            label: run.value,
            path: run.value,
            files: [{ path: `python ${run.value} (an option the pack does not read)`, text: null }],
            roots: [],
            interpreter: [`${run.value} (an option the pack does not read)`],
            breakpoint: [],
        };
    if (run.kind === "m" && run.value === "flask") return { flask: run.rest };
    if (cwd === undefined) return undefined;
    // PYTHONPATH as user data assigns it anywhere (ScriptView: a prefix assignment, export, env); a value the pack
    // cannot compute (`$PYTHONPATH:/opt/lib`, a relative entry) may hold any directory: a file it does not read.
    // -E and -I ignore every PYTHON* variable (pythonEnvironment: the others; the user site besides).
    const environment = pythonEnvironment(run.flags, view);
    const variable = (name: string) => (/[EI]/.test(run.flags) ? [] : (view.environment.get(name) ?? []));
    const breakpoint = [...variable("PYTHONBREAKPOINT")];
    const assignedPaths = variable("PYTHONPATH");
    const pythonPath = [
        ...assignedPaths.flatMap(v => (v ?? "").split(":")).filter(p => p.startsWith("/")),
        ...environment.roots,
    ];
    const unknownPath: PythonFile[] = assignedPaths.some(
        v => v === undefined || v.split(":").some(p => !p.startsWith("/")),
    )
        ? [{ path: "PYTHONPATH (a value the pack cannot compute)", text: null }]
        : [];
    // Warning filters (python(1) -W, PYTHONWARNINGS: "action:message:category:module:lineno", the variable's filters
    // comma-separated): a dotted category's module is imported at startup, on the program's import path (CPython
    // Lib/warnings.py _getcategory: `module, _, klass = category.rpartition('.')`, `__import__(module, ...)`), read
    // as an `import MODULE` of the program (a module user data wrote is read; a value the pack cannot compute, or a
    // module name no import statement could spell, is a file it does not read).
    const filters: { where: string; value: string | undefined }[] = [
        ...run.warnings.map(w => ({ where: `-W ${w}`, value: w })),
        ...variable("PYTHONWARNINGS").flatMap(v =>
            (v ?? "").split(",").map(w => ({ where: `PYTHONWARNINGS=${v === undefined ? "" : w}`, value: v && w })),
        ),
    ];
    const warningImports = filters.flatMap(({ where, value }): PythonFile[] => {
        const category = value?.split(":")[2]?.trim() ?? "";
        const module = category.slice(0, Math.max(0, category.lastIndexOf(".")));
        // A bare name is a builtins class; before Python 3.9 one that is no identifier is imported up to its last
        // character (Lib/warnings.py 3.8: `i = category.rfind(".")`, `__import__(category[:i])`): unread.
        if (value !== undefined && /^\w*$/.test(category)) return [];
        return value !== undefined && /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/.test(module)
            ? [{ path: where, text: `import ${module}` }]
            : [{ path: `${where} (a category the pack cannot read)`, text: null }];
    });
    const extra = [...unknownPath, ...warningImports, ...environment.files];
    // What the interpreter loads that the pack does not read: refused with any program (pythonCommandListeners).
    const interpreter = [
        ...extra.filter(f => f.text === null).map(f => f.path),
        ...environment.unread,
        ...pythonXOptionsUnread(run.xoptions ?? []),
    ];
    if (run.kind === "script") {
        const path = posix.resolve(cwd, run.value);
        const text = fileText?.(path);
        if (text !== undefined)
            return {
                label: run.value,
                path,
                files: [{ path, text }, ...extra],
                roots: [posix.dirname(path), ...pythonPath],
                interpreter,
                breakpoint,
            };
        // A directory runs its __main__.py, the directory first on the import path (Python "Command line and
        // environment", <script>: "a directory name or zipfile containing a __main__.py file"; runpy.run_path).
        const main = posix.join(path, "__main__.py");
        const mainText = fileText?.(main);
        // Round 74: a script that is no text user data wrote whole, but a zip archive (Python docs "zipapp": `python -m
        // zipapp SOURCE -o TARGET` and zipapp.create_archive write an archive whose __main__.py the interpreter runs;
        // "Command line and environment": <script> may be a "zipfile containing a __main__.py file") or a file user
        // data made otherwise (a command's output, a copy): code the pack does not read (pythonUnreadCode; an
        // operator's download stays trusted there).
        if (
            mainText === undefined &&
            (/\.(?:pyz|pyzw|zip|egg|whl)$/i.test(path) || [...(view.written?.() ?? [])].includes(path))
        )
            return {
                label: run.value,
                path,
                files: [{ path, text: null }, ...extra],
                roots: [posix.dirname(path), ...pythonPath],
                interpreter,
                breakpoint,
            };
        if (mainText === undefined) return undefined;
        return {
            label: run.value,
            path: main,
            files: [{ path: main, text: mainText }, ...extra],
            roots: [path, ...pythonPath],
            interpreter,
            breakpoint,
        };
    }
    // Python docs "-I": "sys.path contains neither the script's directory nor the user's site-packages"; "-P" (3.11):
    // "python -m module ... Don't prepend the current working directory" (-c likewise).
    const roots = /[IP]/.test(run.flags) ? pythonPath : [cwd, ...pythonPath];
    if (run.kind === "c") {
        const path = posix.join(cwd, "-c");
        return {
            label: `-c '${run.value}'`,
            path,
            files: [{ path, text: run.value }, ...extra],
            roots,
            interpreter,
            breakpoint,
        };
    }
    const parts = run.value.split(".");
    for (const root of roots)
        for (const path of [posix.join(root, ...parts, "__main__.py"), `${posix.join(root, ...parts)}.py`]) {
            const text = fileText?.(path);
            if (text === undefined) continue;
            const packages = parts.slice(0, path.endsWith("/__main__.py") ? parts.length : -1);
            const parents = packages.flatMap(
                (_, k) => pythonModuleFile(parts.slice(0, k + 1).join("."), path, [root], fileText, view) ?? [],
            );
            return {
                label: `-m ${run.value}`,
                path,
                files: [{ path, text }, ...parents, ...extra],
                roots,
                interpreter,
                breakpoint,
            };
        }
    // Round 81: Python docs "Command line and environment" -m: "As with the -c option, the current directory will be
    // added to the start of sys.path", before the standard library: a directory an archive was extracted or a tree
    // copied into (view.copiedInto: tar -C, unzip -d; not one user data only made or entered) or a file user data
    // downloaded there may hold the module's top package (pythonRootShadowed): what root runs, unread.
    // Only trees copied or extracted into, and downloads: a name an unmodelled command merely gives (`pip install
    // proxy.py`, `daemonize ... -m http.server`) is in view.written, yet writes no module there (round 81 integration).
    const shadowView = { ...view, changed: view.copiedInto ?? { has: () => false }, written: () => [] };
    if (pythonRootShadowed(parts[0], roots, fileText, shadowView))
        return {
            label: `-m ${run.value}`,
            path: posix.join(cwd, `-m ${run.value}`),
            files: [
                {
                    path: `python -m ${run.value} (its package ${parts[0]}, which a directory on its import path before the library's, ${roots.join(", ")}, may hold as a file user data downloaded or extracted)`,
                    text: null,
                },
                ...extra,
            ],
            roots,
            interpreter,
            breakpoint,
        };
    // Round 90: a world-writable directory itself on that path (the cwd /tmp, /var/tmp, /dev/shm: podSpec.ts
    // WORLD_WRITABLE) holds whatever module any local user creates there first (Python docs "Command line and
    // environment" -m: "the current directory will be added to the start of sys.path"): the module run is theirs.
    const open = roots.find(r => r.startsWith("/") && worldWritableRoot(posix.resolve(r)) === posix.resolve(r));
    if (open !== undefined)
        return {
            label: `-m ${run.value}`,
            path: posix.join(cwd, `-m ${run.value}`),
            files: [
                {
                    path: `python -m ${run.value} (its package ${parts[0]}, which ${open}, a world-writable directory on its import path before the library's, may hold as any local user's file)`,
                    text: null,
                },
                ...extra,
            ],
            roots,
            interpreter,
            breakpoint,
        };
    // Round 78: a standard module whose command line imports or runs the code its operands name runs code the pack does
    // not read (fail closed: pythonUnreadCode refuses the file it cannot read). Round 80: any standard module given
    // operands unless reviewed as safe with them (PYTHON_OPERAND_SAFE_MODULES), and a module a directory on its import
    // path before the standard library's may hold (a tarball extracted into the cwd: pythonRootShadowed).
    const unread = pythonModuleRunUnread(run.value, run.rest, cwd, view);
    if (unread !== undefined)
        return {
            label: `-m ${run.value}`,
            path: posix.join(cwd, `-m ${run.value}`),
            files: [
                {
                    path: `python -m ${[run.value, ...run.rest].join(" ").slice(0, 120)} (${unread})`,
                    text: null,
                },
                ...extra,
            ],
            roots,
            interpreter,
            breakpoint,
        };
    return undefined;
}

/**
 * Round 80: why a `python -m MODULE OPERANDS...` run of a module user data did not write loads what the pack does not
 * read, or undefined:
 * - a standard module whose command line runs code its operands name (PYTHON_OPERAND_RUNNERS);
 * - zipfile's and tarfile's extraction (Python docs "zipfile" Command-Line Interface `-e <zipfile> <output_dir>`
 *   "Extract zipfile into target directory"; "tarfile" `-e <tarfile> [<output_dir>]`, "into the current directory if
 *   output_dir is not specified"): members of any name in a directory the node reads as configuration or code
 *   (nodeReadsAsConfig) or holding a file user data wrote; other modes (-l, -t) only read;
 * - any other standard module given operands that is not reviewed as safe with them (PYTHON_OPERAND_SAFE_MODULES:
 *   pydoc imports its operand, pickle unpickles it, gzip/compileall/py_compile write beside it ...).
 */
function pythonModuleRunUnread(
    module: string,
    operands: readonly string[],
    cwd: string,
    view: ScriptView,
): string | undefined {
    const top = module.split(".")[0];
    if (PYTHON_OPERAND_RUNNERS.test(module)) return "code its operands name";
    if (!PYTHON_STANDARD_MODULES.test(top) || operands.length === 0) return undefined;
    if (/^(?:zipfile|tarfile)$/.test(module)) {
        const extract = operands.findIndex(o => o === "-e" || o === "--extract");
        if (extract < 0) return undefined;
        // Round 90: one the shell reader judges as the same tar/unzip line (pythonModuleExtractionLine), but into a
        // directory the node reads as configuration or code (pythonExtractionIntoConfig).
        const line = pythonModuleExtractionLine(module, operands, cwd);
        if (line !== undefined && !pythonExtractionIntoConfig(line)) return undefined;
        const into =
            operands.slice(extract + 2).find(o => !o.startsWith("-")) ?? (module === "tarfile" ? "." : undefined);
        if (into === undefined) return "an extraction into a directory the pack cannot tell";
        const refused = pythonWriteTargetRefusal(posix.resolve(cwd, into), { anyName: true }, view);
        return refused === undefined ? undefined : `it extracts files of any name: ${refused}`;
    }
    // pydoc's server (Python docs "pydoc": "-p 1234 will start a HTTP server", -n its host, -b a browser): the server
    // readers read it; a name or path operand is imported ("any code on module level will be executed").
    const pydocServer =
        module === "pydoc" &&
        operands.every((o, i) => /^-(?:[pn].*|b)$/.test(o) || /^-[pn]$/.test(operands[i - 1] ?? ""));
    return pydocServer || PYTHON_OPERAND_SAFE_MODULES.test(module) || HTTP_SERVER_MODULES.test(module)
        ? undefined
        : "a standard module's command line the pack does not read with operands";
}

/**
 * Round 90: a `python -m tarfile|zipfile -e ARCHIVE [DIR]` command line as the shell's extraction of the same archive
 * into the same directory (as pythonExtractionLines reads their extractall): Python docs "tarfile" Command-Line
 * Interface "-e <tarfile> [<output_dir>], --extract <tarfile> [<output_dir>]: Extract tarfile into the current
 * directory if output_dir is not specified", "--filter <filtername>" (3.12; without it, as extractall without a filter:
 * GNU tar's -P); "zipfile" Command-Line Interface "-e <zipfile> <output_dir>: Extract zipfile into target directory"
 * (unzip -o). Undefined for any other operands or words the pack cannot read.
 */
/**
 * Round 90: whether an extraction line (pythonExtractionLines, pythonModuleExtractionLine) fills a directory the node
 * reads as configuration or code (nodeReadsAsConfig of a member there: /etc/profile.d, /etc/cron.d, systemd's unit
 * directories): still refused as a program's write of members the pack does not read (crontab(5), systemd.unit(5)),
 * whatever the archive's origin, as before round 90; the shell reader's tar/unzip into such a directory is judged
 * alike since round 90 (rootReads.ts extractedMembers: a write of an unread member there, as `curl -o` into it).
 */
export function pythonExtractionIntoConfig(line: readonly string[]): boolean {
    const dir = line[4];
    return dir === undefined || nodeReadsAsConfig(posix.join(dir, "MEMBER")) || nodeReadsAsConfig(dir);
}

export function pythonModuleExtractionLine(
    module: string,
    operands: readonly string[],
    cwd: string | undefined,
): string[] | undefined {
    const tar = module === "tarfile";
    if (!tar && module !== "zipfile") return undefined;
    let filter: string | undefined;
    const rest: string[] = [];
    for (let i = 0; i < operands.length; i++) {
        const o = operands[i];
        if (tar && o === "--filter") filter = operands[++i];
        else if (tar && o.startsWith("--filter=")) filter = o.slice("--filter=".length);
        else if (o === "-v" || o === "--verbose") continue;
        else rest.push(o);
    }
    if (!/^(?:-e|--extract)$/.test(rest[0] ?? "") || rest.length > 3 || rest.length < (tar ? 2 : 3)) return undefined;
    const [archive, dir] = [rest[1], rest[2] ?? "."];
    const word = (w: string) =>
        /^[\w@%+=:,./-]+$/.test(w) && !w.startsWith("-") && (w.startsWith("/") || cwd !== undefined)
            ? posix.resolve(cwd ?? "/", w)
            : undefined;
    const [a, d] = [word(archive), word(dir)];
    if (a === undefined || d === undefined) return undefined;
    const bounded = filter === "data" || filter === "tar";
    return tar ? ["tar", bounded ? "-xf" : "-xPf", a, "-C", d] : ["unzip", "-o", a, "-d", d];
}

/**
 * Round 80: standard modules reviewed as safe with operands (the others fail closed, pythonModuleRunUnread): Python docs
 * "json.tool" (reads infile, writes outfile: the shell reader judges that write), "venv" and "ensurepip" (make an
 * environment, pip from the bundled wheel), "base64", "calendar", "uuid", "platform", "sysconfig", "site" (print),
 * "zipapp" (its archive is read where it runs: pythonEntry), "compileall" and "py_compile" (the bytecode of the
 * sources named, in __pycache__: an unread source is judged where it is imported), the servers the server readers read ("http.server",
 * pydoc's -p/-n/-b; HTTP_SERVER_MODULES), "timeit" is a runner (PYTHON_OPERAND_RUNNERS).
 */
const PYTHON_OPERAND_SAFE_MODULES =
    /^(?:json\.tool|venv|ensurepip|base64|calendar|uuid|platform|sysconfig|site|zipapp|compileall|py_compile|http\.server|pip)$/;

/**
 * Round 78: standard modules whose command line imports or runs code its operands name (Python docs "unittest"
 * Command-Line Interface: `python -m unittest discover -s DIR` imports the test*.py modules found, `python -m unittest
 * MODULE`; "doctest" `python -m doctest FILE` runs a file's examples; "pdb", "The Python Profilers" (cProfile, profile),
 * "trace": `python -m pdb|cProfile|profile|trace ... SCRIPT` run the script; "timeit": its statements are code;
 * "runpy"; pytest docs "How to invoke pytest": `python -m pytest` "imports test files" from its operands and the working
 * directory). pydoc's server (-p/-n) is read by the server readers.
 */
const PYTHON_OPERAND_RUNNERS =
    /^(?:unittest|doctest|pdb|cProfile|profile|trace|timeit|runpy|pytest|py\.test)(?:\.__main__)?$/;

/** Files whose text is a kernel setting or sysctl.d lines (writtenSysctls), and transparent hugepages' modes. */
const KERNEL_SETTING_FILE =
    /^\/proc\/sys\/[\w.-]+(?:\/[\w.-]+)+$|^\/sys\/kernel\/mm\/transparent_hugepage\/(?:enabled|defrag|shmem_enabled|khugepaged\/defrag)$|^\/(?:etc|run)\/sysctl\.d\/[^/]+\.conf$|^\/etc\/sysctl\.conf$/;
