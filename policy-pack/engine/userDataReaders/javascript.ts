/**
 * JavaScript programs: Node, Deno, Bun and ts-node entries and runner options, npm/yarn/pnpm package scripts, npmrc
 * and install prefixes, NODE_OPTIONS loading, what a program's code reads, writes and serves (nodeProgramListeners),
 * pm2, and the files npm installs and tsc builds write. Split from userData.ts.
 */
import { posix } from "path";
import { holdsNodeSecrets, podWritableRoot } from "../podSpec";
import { standardInput } from "../shell";
import { NODE_CONFIG_PATHS } from "./formats";
import { loopbackOnly, READ_BEFORE_WRITE } from "./addresses";
import { Listener, NO_VIEW, readConfig, ScriptView, servedDirectory, SERVER_CONFIGS } from "./listeners";
import { quotedWords } from "./otherLanguages";
import { environmentFileVariables } from "./shared";

/** The index just past the JavaScript string or template literal starting at `i` (backslash escapes skipped). */
function jsStringEnd(text: string, i: number): number {
    let j = i + 1;
    while (j < text.length && text[j] !== text[i]) j += text[j] === "\\" ? 2 : 1;
    return j + 1;
}

/**
 * JavaScript source with its comments removed (`//` to the line's end, block comments), string and template literals
 * kept whole: what nodeFileServerListeners reads.
 */
function jsWithoutComments(text: string): string {
    let out = "";
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === "'" || ch === '"' || ch === "`") {
            const end = jsStringEnd(text, i);
            out += text.slice(i, end);
            i = end - 1;
        } else if (ch === "/" && text[i + 1] === "/") {
            while (i < text.length && text[i] !== "\n") i++;
            out += "\n";
        } else if (ch === "/" && text[i + 1] === "*") {
            const end = text.indexOf("*/", i + 2);
            i = end < 0 ? text.length : end + 1;
            out += " ";
        } else out += ch;
    }
    return out;
}

/**
 * The top-level arguments of the JavaScript call whose `(` is at `open` (strings and brackets skipped) and the index of
 * its `)`, undefined when it does not close.
 */
function jsCall(text: string, open: number): { args: string[]; close: number } | undefined {
    const args: string[] = [];
    let depth = 0;
    let start = open + 1;
    for (let i = open; i < text.length; i++) {
        const ch = text[i];
        if (ch === "'" || ch === '"' || ch === "`") i = jsStringEnd(text, i) - 1;
        else if ("([{".includes(ch)) depth++;
        else if (")]}".includes(ch)) {
            if (--depth === 0) {
                const last = text.slice(start, i).trim();
                return { args: last === "" && args.length === 0 ? [] : [...args, last], close: i };
            }
        } else if (ch === "," && depth === 1) {
            args.push(text.slice(start, i).trim());
            start = i + 1;
        }
    }
    return undefined;
}

/** A JavaScript string literal's value ('...', "...", a template without `${}`), undefined for any other expression. */
const jsString = (expr: string | undefined) => {
    const m = /^\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1\s*$/s.exec(expr ?? "");
    return m === null || (m[1] === "`" && m[2].includes("${")) ? undefined : m[2].replace(/\\(.)/g, "$1");
};

/** The top-level `+` terms of a JavaScript expression (one term when it has none). */
function jsTerms(expr: string): string[] {
    const terms: string[] = [];
    let [depth, start] = [0, 0];
    for (let i = 0; i < expr.length; i++) {
        const ch = expr[i];
        if (ch === "'" || ch === '"' || ch === "`") i = jsStringEnd(expr, i) - 1;
        else if ("([{".includes(ch)) depth++;
        else if (")]}".includes(ch)) depth--;
        else if (ch === "+" && depth === 0) {
            terms.push(expr.slice(start, i));
            start = i + 1;
        }
    }
    return [...terms, expr.slice(start)];
}

/**
 * The JavaScript expression starting at `at` in `text`, up to the first `,` `;` or line end outside brackets and strings,
 * or the bracket closing one it did not open: an object property's value (`root: path.join(__dirname, 'public')`).
 */
function jsExpressionAt(text: string, at: number): string {
    let depth = 0;
    for (let i = at; i < text.length; i++) {
        const ch = text[i];
        if (ch === "'" || ch === '"' || ch === "`") i = jsStringEnd(text, i) - 1;
        else if ("([{".includes(ch)) depth++;
        else if (")]}".includes(ch)) {
            if (--depth < 0) return text.slice(at, i).trim();
        } else if (depth === 0 && ",;\n".includes(ch)) return text.slice(at, i).trim();
    }
    return text.slice(at).trim();
}

/**
 * The value of property `key` of a JavaScript object literal `{...}` (its shorthand `{ key }` the name), if given.
 * ECMAScript PropertyDefinitionEvaluation defines the items left to right, so the LAST definition of a name wins (MDN
 * "Object initializer", "Duplicate property names": "the last property will overwrite the previous ones"; allowed in
 * strict mode too since ES2015). An item after it that may define the name too (a spread `...x` (CopyDataProperties),
 * a computed key `[k]:`, a getter/setter/method of that name, a key the pack cannot read) makes the value unknown:
 * that item's text is returned, an expression no caller can evaluate (fail closed). With no own definition, a
 * `__proto__: x` item may give the name through the prototype (ECMAScript __proto__ Property Names): unknown too.
 */
function jsProperty(object: string | undefined, key: string): string | undefined {
    const inner = /^\s*\{([\s\S]*)\}\s*$/.exec(object ?? "")?.[1];
    if (inner === undefined) return undefined;
    let value: string | undefined;
    let proto: string | undefined;
    for (const item of jsCall(`(${inner})`, 0)?.args ?? []) {
        if (item === "") continue;
        // `key: value`, `"key": value`, `'key': value`, a number key, or the shorthand `key`.
        const plain = /^(?:(['"])((?:\\.|(?!\1)[^\\])*)\1|([\w$]+))\s*(?::\s*([\s\S]*))?$/.exec(item);
        if (plain && !(plain[1] !== undefined && plain[4] === undefined)) {
            const name = plain[1] !== undefined ? plain[2] : plain[3];
            if (/\\/.test(name)) value = item;
            else if (name === key) value = plain[4] ?? name;
            else if (name === "__proto__" && plain[4] !== undefined) proto = item;
            continue;
        }
        // A method, getter or setter of a name the pack reads (`get host() {...}`, `async *listen() {...}`).
        const method = /^(?:(?:get|set|async)\s+)?\*?\s*(?:(['"])((?:(?!\1)[^\\])*)\1|([\w$]+))\s*\(/.exec(item);
        if (method && (method[1] !== undefined ? method[2] : method[3]) !== key) continue;
        value = item;
    }
    return value ?? proto;
}

/**
 * A JavaScript object literal `expr` is, or the one a name assigned once in `text` holds (`const options = {...}`),
 * undefined when the pack cannot tell.
 */
function jsObject(expr: string, text: string): string | undefined {
    expr = expr.trim();
    if (/^\{[\s\S]*\}$/.test(expr)) return expr;
    if (!/^[A-Za-z_$][\w$]*$/.test(expr)) return undefined;
    const assigned = [...text.matchAll(new RegExp(`(?<![\\w$.])${expr.replace(/\$/g, "\\$")}\\s*=(?![=>])`, "g"))];
    if (assigned.length !== 1) return undefined;
    const value = jsExpressionAt(text, (assigned[0].index ?? 0) + assigned[0][0].length);
    return /^\{[\s\S]*\}$/.test(value) ? value : undefined;
}

/**
 * The value of a JavaScript path (or host) expression of a file user data wrote, when the pack can tell, else
 * undefined: a string literal, `__dirname` (Node.js "Modules: CommonJS": "The directory name of the current module"),
 * `process.cwd()`, a template of those, `+` concatenations, `path.join`/`path.resolve`/`path.normalize`/`path.dirname`
 * (Node.js "Path": resolve works from the working directory), and a name assigned once in the file (`const NAME = ...`).
 */
function jsPath(expr: string, text: string, dir: string, cwd: string | undefined, depth = 0): string | undefined {
    expr = expr.trim();
    if (depth > 6) return undefined;
    const literal = jsString(expr);
    if (literal !== undefined) return literal;
    // ESM: import.meta.dirname (Node.js "Modules: ECMAScript modules", "The directory name of the current module"),
    // and `fileURLToPath(import.meta.url)` ("url.fileURLToPath(url)"), the module's own file in that directory.
    if (expr === "__dirname" || expr === "import.meta.dirname") return dir;
    if (/^(?:url\.)?fileURLToPath\s*\(\s*import\.meta\.url\s*\)$/.test(expr)) return posix.join(dir, "[module]");
    if (/^process\.cwd\(\)$/.test(expr)) return cwd;
    const template = /^`([^`]*)`$/.exec(expr);
    if (template) {
        let unknown = false;
        const value = template[1].replace(/\$\{([^}]*)\}/g, (_, inner: string) => {
            const v = jsPath(inner, text, dir, cwd, depth + 1);
            if (v === undefined) unknown = true;
            return v ?? "";
        });
        return unknown ? undefined : value;
    }
    const terms = jsTerms(expr);
    if (terms.length > 1) {
        const values = terms.map(t => jsPath(t, text, dir, cwd, depth + 1));
        return values.some(v => v === undefined) ? undefined : values.join("");
    }
    // path's functions by the module (`path.join`) or as named imports of it (`import { join } from 'node:path'`).
    const method = /^(?:path\.(?:posix\.)?)?(join|resolve|normalize|dirname)\s*\(/.exec(expr);
    const named =
        method !== null &&
        !expr.startsWith("path.") &&
        !new RegExp(
            `\\{[^}]*(?<![\\w$])${method[1]}(?![\\w$])[^}]*\\}\\s*(?:=\\s*require\\s*\\(\\s*|from\\s*)['"](?:node:)?path['"]`,
        ).test(text);
    if (named) return undefined;
    const call = method ? jsCall(expr, method[0].length - 1) : undefined;
    if (method && call !== undefined && call.close === expr.length - 1) {
        const values = call.args.map(a => jsPath(a, text, dir, cwd, depth + 1));
        if (values.some(v => v === undefined)) return undefined;
        const parts = values as string[];
        if (method[1] === "join") return posix.join(...parts);
        if (method[1] === "normalize") return posix.normalize(parts[0] ?? ".");
        if (method[1] === "dirname") return posix.dirname(parts[0] ?? ".");
        return cwd === undefined && !parts.some(p => p.startsWith("/"))
            ? undefined
            : posix.resolve(cwd ?? "/", ...parts);
    }
    if (/^[A-Za-z_$][\w$]*$/.test(expr)) {
        const name = expr.replace(/\$/g, "\\$");
        const assigned = [...text.matchAll(new RegExp(`(?<![\\w$.])${name}\\s*=(?![=>])`, "g"))];
        if (assigned.length !== 1) return undefined;
        const at = (assigned[0].index ?? 0) + assigned[0][0].length;
        const end = /[;\n]/.exec(text.slice(at));
        return jsPath(text.slice(at, end === null ? undefined : at + end.index), text, dir, cwd, depth + 1);
    }
    return undefined;
}

/**
 * The file Node.js runs for a main entry user data wrote (Node.js "Modules: CommonJS", "All together": LOAD_AS_FILE
 * X, X.js, X.json, X.node (here .cjs/.mjs/.ts beside), then LOAD_AS_DIRECTORY: X/package.json "main", X/index.js), with
 * its text, when user data wrote it and did not change it since.
 */
function nodeModuleFile(
    path: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { path: string; text: string } | undefined {
    const text = (p: string) => (view.changed.has(p) ? undefined : fileText?.(p));
    for (const file of [path, ...[".js", ".cjs", ".mjs", ".json", ".ts", ".mts", ".cts"].map(e => `${path}${e}`)]) {
        const found = text(file);
        if (found !== undefined) return { path: file, text: found };
    }
    let main: unknown;
    try {
        main = (JSON.parse(text(posix.join(path, "package.json")) ?? "{}") as { main?: unknown }).main;
    } catch {
        return undefined;
    }
    if (typeof main === "string" && main !== "" && posix.resolve(path, main) !== path)
        return nodeModuleFile(posix.resolve(path, main), fileText, view);
    const index = text(posix.join(path, "index.js"));
    return index === undefined ? undefined : { path: posix.join(path, "index.js"), text: index };
}

/**
 * Node.js options whose module runs before the entry point (Node.js "Command-line API": `-r, --require module`
 * "Preload the specified module at startup", `--import=module` "Preload the specified module at startup",
 * `--experimental-loader=module` (alias `--loader`) "Specify the module containing exported module customization hooks":
 * imported, its top-level code run, first), each also as `--OPTION=module`.
 */
const NODE_PRELOAD_OPTIONS = /^(-r|--require|--import|--loader|--experimental-loader)$/;

/**
 * Node.js options that take a value, as `--OPTION=value` or as the next word (`node --help`, Node.js 20-24
 * "Command-line API"; V8's size options alike): NODE_PRELOAD_OPTIONS, `-C/--conditions`, `--env-file` ... Names are
 * compared with `_` as `-` ("All options, including V8 options, allow words to be separated by both dashes (-) and
 * underscores (_)").
 */
const NODE_VALUE_OPTIONS =
    /^(-r|--require|--import|--loader|--experimental-loader|-C|--conditions|--title|--input-type|--env-file|--env-file-if-exists|--watch-path|--watch-kill-signal|--inspect-port|--debug-port|--inspect-publish-uid|--allow-fs-read|--allow-fs-write|--build-snapshot-config|--cpu-prof-dir|--cpu-prof-interval|--cpu-prof-name|--heap-prof-dir|--heap-prof-interval|--heap-prof-name|--heapsnapshot-near-heap-limit|--heapsnapshot-signal|--diagnostic-dir|--disable-proto|--disable-warning|--dns-result-order|--experimental-default-type|--experimental-policy|--policy-integrity|--experimental-sea-config|--icu-data-dir|--localstorage-file|--max-http-header-size|--network-family-autoselection-attempt-timeout|--openssl-config|--redirect-warnings|--report-dir|--report-directory|--report-filename|--report-signal|--secure-heap|--secure-heap-min|--snapshot-blob|--stack-trace-limit|--test-concurrency|--test-name-pattern|--test-skip-pattern|--test-reporter|--test-reporter-destination|--test-shard|--test-timeout|--tls-cipher-list|--tls-keylog|--trace-event-categories|--trace-event-file-pattern|--trace-require-module|--unhandled-rejections|--use-largepages|--v8-pool-size|--max-old-space-size|--max-semi-space-size|--stack-size)$/;

/**
 * Node.js options that take no value (`node --help`, Node.js "Command-line API", with their `--no-` forms; V8's
 * `--expose-gc`); `--inspect`, `--inspect-brk` and `--inspect-wait` take theirs only after `=` (`--inspect[=[host:]port]`,
 * on 127.0.0.1:9229 by default).
 */
const NODE_FLAG_OPTIONS =
    /^(--no-[a-z0-9-]+|-c|--check|-i|--interactive|-h|--help|-v|--version|--v8-options|--completion-bash|--abort-on-uncaught-exception|--allow-addons|--allow-child-process|--allow-wasi|--allow-worker|--permission|--experimental-permission|--build-snapshot|--cpu-prof|--heap-prof|--disable-wasm-trap-handler|--disallow-code-generation-from-strings|--enable-etw-stack-walking|--enable-fips|--force-fips|--enable-source-maps|--enable-network-family-autoselection|--experimental-[a-z0-9-]+|--expose-gc|--force-context-aware|--force-node-api-uncaught-exceptions-policy|--frozen-intrinsics|--huge-max-old-generation-size|--insecure-http-parser|--inspect|--inspect-brk|--inspect-wait|--interpreted-frames-native-stack|--jitless|--node-memory-debug|--openssl-legacy-provider|--openssl-shared-config|--pending-deprecation|--preserve-symlinks|--preserve-symlinks-main|--prof|--prof-process|--report-compact|--report-exclude-network|--report-exclude-env|--report-on-fatalerror|--report-on-signal|--report-uncaught-exception|--test|--test-force-exit|--test-only|--test-update-snapshots|--throw-deprecation|--tls-max-v1\.2|--tls-max-v1\.3|--tls-min-v1\.0|--tls-min-v1\.1|--tls-min-v1\.2|--tls-min-v1\.3|--trace-atomics-wait|--trace-deprecation|--trace-env|--trace-exit|--trace-promises|--trace-sigint|--trace-sync-io|--trace-tls|--trace-uncaught|--trace-warnings|--track-heap-objects|--use-bundled-ca|--use-openssl-ca|--use-system-ca|--watch|--watch-preserve-output|--zero-fill-buffers)$/;

/** Options of the --experimental- family that take a value (the flag pattern's exceptions). */
const NODE_EXPERIMENTAL_VALUE_OPTIONS = /^--experimental-(loader|default-type|policy|sea-config|config-file)$/;

/**
 * Runners with options of their own, read instead of Node.js's (nodeEntry): `value` options taking a value (glued or
 * the next word), `glued` those taking one only after `=`, `flag` those taking none, `preload` those naming a module run
 * first, `code` those giving the code. Any other option fails closed.
 * - ts-node (TypeStrong/ts-node docs "Options", src/bin.ts: its own argument table; camelCase spellings read as
 *   kebab-case): -T/--transpile-only, --swc, --type-check, -H/--compiler-host, --files, --pretty, --log-error, --esm,
 *   -s/--script-mode, --skip-project, --skip-ignore, --prefer-ts-exts, --emit, --scope; -P/--project,
 *   -O/--compiler-options, -D/--ignore-diagnostics, -I/--ignore, --scope-dir take a value; -r/--require a module;
 *   -e/--eval code. `--compiler`/`--transpiler` (a module doing the compiling) and `--cwd` are not read.
 * - deno run (Deno docs "deno run", "Security and permissions"): the permission flags, their value only after `=`
 *   (--allow-net=<host:port>, -N, --allow-read=<path>, -R, ... and --deny-*), -c/--config, --import-map, --cert,
 *   --location, --seed, --ext, --log-level, --preload (a module); --no-check, --check, -q/--quiet, --unstable*,
 *   --no-remote, --no-npm, --cached-only, --frozen, --no-lock, --no-config, --no-prompt, --reload, --lock,
 *   --node-modules-dir, --vendor. The permissions are read by denoNetwork. `--v8-flags`, `--env-file`,
 *   `-P/--permission-set` are not read.
 */
const RUNNER_OPTIONS: Record<
    string,
    { value: RegExp; glued: RegExp; flag: RegExp; preload: RegExp; code: RegExp; inspect: RegExp }
> = {
    "ts-node": {
        value: /^(-P|--project|-O|--compiler-options|-D|--ignore-diagnostics|-I|--ignore|--scope-dir|-r|--require)$/,
        glued: /^$/,
        flag: /^(-T|--transpile-only|--swc|--type-check|-H|--compiler-host|--files|--pretty|--log-error|--esm|-s|--script-mode|--skip-project|--skip-ignore|--prefer-ts-exts|--emit|--scope|--no-experimental-repl-await)$/,
        preload: /^(-r|--require)$/,
        code: /^(-e|--eval)$/,
        inspect: /^$/,
    },
    deno: {
        value: /^(-c|--config|--import-map|--cert|--location|--seed|--ext|--log-level|--preload|--watch-exclude)$/,
        glued: /^(--allow-(net|read|write|env|sys|run|ffi|import)|--deny-(net|read|write|env|sys|run|ffi|import)|--reload|-r|--lock|--check|--node-modules-dir|--vendor|--inspect|--inspect-brk|--inspect-wait|--unstable-[a-z0-9-]+)$/,
        flag: /^(-N|-R|-W|-E|-S|-I|-A|--allow-all|--allow-hrtime|--no-check|-q|--quiet|--unstable|--no-remote|--no-npm|--cached-only|--frozen|--no-lock|--no-config|--no-prompt|--watch|--watch-hmr|--no-clear-screen)$/,
        preload: /^--preload$/,
        // `deno eval`'s code (nodeRunnerArgs reads `deno eval CODE` as `--eval CODE`).
        code: /^--eval$/,
        inspect: /^--(inspect|inspect-brk|inspect-wait)$/,
    },
};

/**
 * Round 75: deno's subcommands (Deno docs "CLI reference"). Those running code: run (and `deno SCRIPT`), eval, serve,
 * task (read: nodeRunnerArgs, denoServeListeners, denoTask), and repl ("--eval", "--eval-file", standard input), test,
 * bench, jupyter, x (runs a package's binary), lint (lint plugins are JavaScript: "lint.plugins"), install -g/--global
 * (an executable running the module later) or --allow-scripts (npm lifecycle scripts), and any subcommand the pack
 * does not know: code the pack does not read (fail closed). DENO_NO_CODE ones only check, format, document, fetch or
 * print: fmt, check, info, doc, types, completions, help, init, add, remove, cache, install (dependencies, no
 * lifecycle scripts without --allow-scripts: Deno docs "deno install"), uninstall, outdated, publish, clean, vendor,
 * coverage, upgrade, compile (what it writes is judged when it runs: builtPrograms), and the version and help options.
 */
const DENO_SUBCOMMANDS =
    /^(run|eval|serve|task|repl|test|bench|jupyter|x|lint|install|i|fmt|check|info|doc|types|completions|help|init|add|remove|cache|uninstall|outdated|update|publish|clean|vendor|coverage|upgrade|compile|bundle|approve-scripts|deploy|sandbox)$/;
const DENO_NO_CODE =
    /^(fmt|check|info|doc|types|completions|help|init|add|remove|cache|install|i|uninstall|outdated|update|publish|clean|vendor|coverage|upgrade|compile|-v|-V|--version|-h|--help)$/;

/** Round 75: why a deno command line runs code the pack does not read (DENO_SUBCOMMANDS), undefined when it is read or runs none. */
function denoUnreadSubcommand(args: readonly string[]): string | undefined {
    const sub = args[0];
    if (sub === undefined) return "deno with no subcommand (the REPL, reading code from standard input)";
    if (/^(run|eval|serve|task)$/.test(sub) || (!sub.startsWith("-") && !DENO_SUBCOMMANDS.test(sub))) return undefined;
    if (
        DENO_NO_CODE.test(sub) &&
        !(/^(install|i)$/.test(sub) && args.some(w => /^(-g|--global|--allow-scripts)(=|$)/.test(w)))
    )
        return undefined;
    return `deno ${args.join(" ")}, a deno subcommand running code the pack does not read`;
}

RUNNER_OPTIONS["ts-node-esm"] = RUNNER_OPTIONS["ts-node"];

/**
 * The addresses a `deno run` program may listen on, from its permission flags (Deno docs "Security and permissions":
 * "By default, Deno ... no network access"; "--allow-net=<IP_OR_HOSTNAME>": `Deno.listen`/`Deno.serve` need the net
 * permission for the address they bind; without a terminal a permission not granted is denied, not prompted): none
 * without --allow-net, the hosts it names (each `host[:port]`), or undefined, any, when it is given without a list,
 * with -N/-A/--allow-all, or with a permission that runs code outside the sandbox or may start it (--allow-run,
 * --allow-ffi, --allow-write: a file another program runs).
 */
function denoNetwork(options: readonly string[]): string[] | undefined {
    let hosts: string[] = [];
    for (const w of options) {
        const [, name, glued] = /^(-[^-=]|--[^=]+)(?:=([\s\S]*))?$/.exec(w) ?? [undefined, w, undefined];
        if (/^(-A|--allow-all|--allow-run|--allow-ffi|--allow-write|-W)$/.test(name)) return undefined;
        if (/^(-N|--allow-net)$/.test(name)) {
            if (glued === undefined || glued === "") return undefined;
            hosts = [...hosts, ...glued.split(",").filter(h => h !== "")];
        }
    }
    return hosts;
}

/**
 * What `node [options] SCRIPT | -e|--eval CODE | -p|--print CODE | -` runs (Node.js "Command-line API"), when user
 * data gave it: a script it wrote and did not change since (nodeModuleFile), or the code itself; `-` reads the script
 * from standard input (a here-document's, passed as /dev/stdin); `--` ends the options. Options are read by
 * NODE_VALUE_OPTIONS and NODE_FLAG_OPTIONS, a value given glued or as the next word; an option the pack does not know
 * (its value word unknown too) fails closed: `unread`, a program the pack does not read. The NODE_PRELOAD_OPTIONS
 * modules are `preloads`. `--env-file FILE` (and `--env-file-if-exists`): "The environment variables which configure
 * Node.js, such as NODE_OPTIONS, are parsed and applied": a file user data wrote is read (its NODE_OPTIONS read as
 * options before the command line's), any other one may set NODE_OPTIONS: unread. `dir` is `__dirname`'s.
 */
function nodeEntry(
    given: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    runner = "node",
):
    | {
          label: string;
          path: string;
          text: string;
          dir: string;
          preloads: string[];
          unread?: string;
          /** deno's: the addresses its permissions let it listen on (denoNetwork), undefined any. */
          network?: string[];
      }
    | undefined {
    const own = RUNNER_OPTIONS[runner];
    if (own !== undefined) return runnerEntry(runner, own, given, cwd, fileText, view);
    const preloads: string[] = [];
    const args = [...given];
    const unread = (why: string) => {
        const dir = cwd ?? "/";
        return { label: args.join(" "), path: posix.join(dir, "[unread]"), text: "", dir, preloads, unread: why };
    };
    for (let i = 0; i < args.length; i++) {
        const w = args[i];
        // Standard input by any of its names (shell.ts standardInput); another descriptor is a script the pack cannot
        // read.
        const stdin = standardInput(w, true, cwd);
        if (stdin === undefined) return unread(`its script from the descriptor ${w}`);
        if (stdin) {
            const text = fileText?.("/dev/stdin");
            const dir = cwd ?? "/";
            // Round 75: standard input the pack cannot read is a script it does not read (fail closed).
            return text === undefined
                ? unread(`its script from a standard input the pack cannot read (${w})`)
                : { label: "-", path: posix.join(dir, "[stdin]"), text, dir, preloads };
        }
        const script = w === "--" ? args[i + 1] : w.startsWith("-") ? undefined : w;
        if (w === "--" && script === undefined) return undefined;
        if (script !== undefined) {
            if (cwd === undefined && !script.startsWith("/")) return undefined;
            const found = nodeModuleFile(posix.resolve(cwd ?? "/", script), fileText, view);
            return found === undefined
                ? undefined
                : { label: script, path: found.path, text: found.text, dir: posix.dirname(found.path), preloads };
        }
        const option = /^(-[^-=]|--[^=]+)(?:=([\s\S]*))?$/.exec(w);
        const name = option?.[1].replace(/(?<=^--.*)_/g, "-") ?? w;
        const valued = NODE_VALUE_OPTIONS.test(name) || NODE_EXPERIMENTAL_VALUE_OPTIONS.test(name);
        const code = /^(-e|--eval|-p|--print|-pe)$/.test(name);
        const value = option?.[2] ?? (valued || code ? args[++i] : undefined);
        if (code) {
            if (value === undefined) return undefined;
            const dir = cwd ?? "/";
            const label = `-e '${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
            return { label, path: posix.join(dir, "[eval]"), text: value, dir, preloads };
        }
        // The V8 inspector (`--inspect[=[host:]port]`, its -brk/-wait forms, `--inspect-port`) runs any code it is sent
        // (Node.js "Debugger": "binding the inspector to a public IP:port combination is insecure"): beyond loopback,
        // a program the pack does not read.
        if (
            /^--(inspect|inspect-brk|inspect-wait|inspect-port|debug-port)$/.test(name) &&
            value !== undefined &&
            !/^((127\.0\.0\.1|localhost|\[::1\]):)?\d*$/.test(value)
        )
            return unread(`${w}, the V8 inspector beyond loopback (it runs any code)`);
        if (valued) {
            if (value === undefined) return undefined;
            if (NODE_PRELOAD_OPTIONS.test(name)) preloads.push(value);
            if (/^--env-file(-if-exists)?$/.test(name)) {
                const file = cwd === undefined && !value.startsWith("/") ? undefined : posix.resolve(cwd ?? "/", value);
                const text = file === undefined ? null : readConfig(file, fileText, view);
                if (text == null)
                    return unread(
                        `--env-file ${value}, an environment file user data does not write (it may set NODE_OPTIONS)`,
                    );
                const options = environmentFileVariables(text).filter(v => v.name === "NODE_OPTIONS");
                args.splice(i + 1, 0, ...options.flatMap(v => quotedWords(v.value)));
            }
        } else if (
            !NODE_FLAG_OPTIONS.test(name) ||
            (value !== undefined && !/^--(inspect|inspect-brk|inspect-wait)$/.test(name))
        )
            return unread(`${w}, a Node.js option the pack does not know`);
    }
    return undefined;
}

/**
 * What a runner with options of its own (RUNNER_OPTIONS) runs, read as nodeEntry reads `node`'s command line: the
 * first operand (or `--`'s next word) is the script, a `code` option's value the code; an option it does not know
 * fails closed. ts-node reads the "ts-node" object of its tsconfig.json (ts-node docs "Configuration": found from the
 * script's directory, or -P's): its `require` modules are preloads, any option but those RUNNER_OPTIONS reads as flags
 * unread; a tsconfig.json user data did not write is TypeScript's own settings only when it has none, which the pack
 * cannot know: ts-node with a tsconfig.json user data wrote, or none, is read. deno: its permissions (denoNetwork).
 */
function runnerEntry(
    runner: string,
    own: (typeof RUNNER_OPTIONS)[string],
    given: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): ReturnType<typeof nodeEntry> {
    const preloads: string[] = [];
    const options: string[] = [];
    const dir = cwd ?? "/";
    const unread = (why: string) => ({
        label: given.join(" "),
        path: posix.join(dir, "[unread]"),
        text: "",
        dir,
        preloads,
        unread: why,
    });
    let project: string | undefined;
    for (let i = 0; i < given.length; i++) {
        const w = given[i];
        const script = w === "--" ? given[i + 1] : w.startsWith("-") && w !== "-" ? undefined : w;
        if (w === "--" && script === undefined) return undefined;
        if (script !== undefined) {
            // Round 75: Deno docs "deno run" (a script of `-` is read from standard input: `cat main.ts | deno run -`),
            // bun alike: the program is what feeds it (a here-document, `< FILE`, a pipe), read as the script; a
            // standard input the pack cannot read is code it does not read (fail closed).
            if (script === "-") {
                const text = fileText?.("/dev/stdin");
                return text === undefined
                    ? unread(`its script from a standard input the pack cannot read (${runner} ${given.join(" ")})`)
                    : {
                          label: "-",
                          path: posix.join(dir, "[stdin]"),
                          text,
                          dir,
                          preloads,
                          network: runner === "deno" ? denoNetwork(options) : undefined,
                      };
            }
            if (cwd === undefined && !script.startsWith("/")) return undefined;
            const found = nodeModuleFile(posix.resolve(dir, script), fileText, view);
            if (found === undefined) return undefined;
            const network = runner === "deno" ? denoNetwork(options) : undefined;
            if (runner !== "deno") {
                const why = tsNodeConfig(project, posix.dirname(found.path), fileText, preloads);
                if (why !== undefined) return unread(why);
            }
            return {
                label: script,
                path: found.path,
                text: found.text,
                dir: posix.dirname(found.path),
                preloads,
                network,
            };
        }
        const option = /^(-[^-=]|--[^=]+)(?:=([\s\S]*))?$/.exec(w);
        const name = (option?.[1] ?? w).replace(/(?<=^--.*)[A-Z]/g, c => `-${c.toLowerCase()}`);
        const valued = own.value.test(name) || own.code.test(name);
        const value = option?.[2] ?? (valued ? given[++i] : undefined);
        options.push(option?.[2] === undefined ? name : `${name}=${option[2]}`);
        if (own.code.test(name)) {
            if (value === undefined) return undefined;
            const label = `-e '${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
            return { label, path: posix.join(dir, "[eval]"), text: value, dir, preloads };
        }
        // The V8 inspector beyond loopback runs any code it is sent (as nodeEntry's --inspect).
        if (own.inspect.test(name) && value !== undefined && !/^((127\.0\.0\.1|localhost|\[::1\]):)?\d*$/.test(value))
            return unread(`${w}, the V8 inspector beyond loopback (it runs any code)`);
        if (valued) {
            if (value === undefined) return undefined;
            if (own.preload.test(name)) preloads.push(value);
            if (/^(-P|--project)$/.test(name)) project = posix.resolve(dir, value);
        } else if (!(own.glued.test(name) || (own.flag.test(name) && value === undefined)))
            return unread(`${w}, a ${runner} option the pack does not know`);
    }
    return undefined;
}

/**
 * ts-node's settings in tsconfig.json (`project`, else the nearest one from `dir` up, as ts-node looks for it): its
 * "ts-node" object's `require` modules added to `preloads`, its `compiler`/`transpiler` (a module doing the compiling)
 * or any option RUNNER_OPTIONS does not read as flags a reason to fail closed; so is a tsconfig.json that does not parse.
 */
function tsNodeConfig(
    project: string | undefined,
    dir: string,
    fileText: ((path: string) => string | undefined) | undefined,
    preloads: string[],
): string | undefined {
    let path = project;
    for (let d = dir; path === undefined; d = posix.dirname(d)) {
        if (fileText?.(posix.join(d, "tsconfig.json")) !== undefined) path = posix.join(d, "tsconfig.json");
        if (d === "/") break;
    }
    if (path === undefined) return undefined;
    const text = fileText?.(path.endsWith(".json") ? path : posix.join(path, "tsconfig.json"));
    if (text === undefined)
        return project === undefined ? undefined : `-P ${project}, a tsconfig.json user data does not write`;
    let settings: unknown;
    try {
        settings = (JSON.parse(jsWithoutComments(text).replace(/,(\s*[}\]])/g, "$1")) as { "ts-node"?: unknown })[
            "ts-node"
        ];
    } catch {
        return `${path}, a tsconfig.json the pack cannot parse`;
    }
    if (settings === undefined) return undefined;
    if (typeof settings !== "object" || settings === null) return `${path}: "ts-node", settings the pack cannot read`;
    for (const [key, value] of Object.entries(settings)) {
        if (key === "require" && Array.isArray(value) && value.every(v => typeof v === "string"))
            preloads.push(...value);
        else if (
            key === "compilerOptions" ||
            RUNNER_OPTIONS["ts-node"].flag.test(`--${key.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`)
        )
            continue;
        else return `${path}: "ts-node".${key}, an option the pack does not read`;
    }
    return undefined;
}

/** Runners of a JavaScript/TypeScript program with Node.js or its like, each read as `node` (nodeRunnerArgs). */
export const NODE_RUNNERS = /^(node|nodejs|tsx|ts-node|ts-node-esm|bun|deno|pm2|nodemon|npx|npm|pnpm|bunx|yarn)$/;

/** Options of nodemon that take a value (nodemon README, "Usage"; `nodemon --help options`). */
const NODEMON_VALUE_OPTIONS = /^(-w|--watch|-e|--ext|-i|--ignore|-x|--exec|-d|--delay|-s|--signal|--config)$/;

/**
 * The options of the package managers whose run-scripts packageScripts reads, before or after the command: `dir` those
 * naming the package's directory (npm docs "config": `prefix`, "-C"; Yarn 1 `--cwd`; pnpm `--dir`/`-C`; Bun
 * `--cwd`), `value` others taking a value, `flag` those taking none. Any other (a workspace or filter selecting
 * another package, `--script-shell`, `--node-options`, a config file) fails closed when it runs a script.
 */
const PACKAGE_MANAGER_OPTIONS: Record<string, { dir: RegExp; value: RegExp; flag: RegExp }> = {
    npm: {
        dir: /^(--prefix|-C)$/,
        value: /^(--loglevel|--cache|--omit|--include)$/,
        flag: /^(--if-present|--silent|-s|--quiet|-q|--yes|-y|--ignore-scripts|--foreground-scripts|--verbose|-d|--no-color|--no-audit|--no-fund|--no-update-notifier|--no-progress|--production|--legacy-peer-deps|--prefer-offline)$/,
    },
    // Install flags: Yarn 1 "yarn install" (--frozen-lockfile, --pure-lockfile, --production/--prod, --ignore-scripts,
    // --ignore-engines, --prefer-offline, --check-files), Yarn 2+ "yarn install" (--immutable, --immutable-cache,
    // --check-cache, --inline-builds); pnpm "pnpm install" (--frozen-lockfile, --prefer-frozen-lockfile, -P/--prod,
    // --production, -D/--dev, --no-optional, --ignore-scripts, --prefer-offline, --offline).
    yarn: {
        dir: /^--cwd$/,
        value: /^$/,
        flag: /^(--silent|-s|--verbose|--no-progress|--non-interactive|--offline|--frozen-lockfile|--pure-lockfile|--production|--prod|--ignore-scripts|--ignore-engines|--prefer-offline|--check-files|--immutable|--immutable-cache|--check-cache|--inline-builds)$/,
    },
    pnpm: {
        dir: /^(--dir|-C)$/,
        value: /^(--reporter|--loglevel)$/,
        flag: /^(--silent|-s|--if-present|--stream|--no-bail|--bail|--use-stderr|--frozen-lockfile|--no-frozen-lockfile|--prefer-frozen-lockfile|-P|--prod|--production|-D|--dev|--no-optional|--ignore-scripts|--prefer-offline|--offline)$/,
    },
    bun: { dir: /^--cwd$/, value: /^$/, flag: /^(--silent|--bun|--if-present)$/ },
};

/** npm ci and npm install with their aliases (npm docs "npm ci", "npm install": Aliases). */
const NPM_INSTALLS =
    /^(ci|clean-install|ic|install-clean|isntall-clean|install|add|i|in|ins|inst|insta|instal|isnt|isnta|isntal|isntall)$/;

/**
 * The global prefix of `npm install -g|--global|--location=global NAME...` (args after `npm`), undefined for any other
 * command. Global mode "Operates in 'global' mode, so that packages are installed into the prefix folder instead of the
 * current working directory": {prefix}/lib/node_modules, bins linked to {prefix}/bin (npm docs "config", `global`;
 * "folders"); the prefix is --prefix's, else /usr/local (npm docs "npm prefix": `npm prefix -g` /usr/local; Fedora's
 * and AL2023's npm set it there). The working directory's package.json and its scripts are not read: only the named
 * packages', third-party code like `dnf install`'s (npmInstallWrites). Each package must be a registry name (optionally
 * @version or @tag): a path (`.`, `./pkg`, `/opt/pkg`, `file:`), tarball, git or URL spec, an alias, or no package at all
 * (which installs the working directory's package globally, its lifecycle scripts run) is not a global install here.
 */
function npmGlobalPrefix(
    args: readonly string[],
    cwd: string | undefined,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): string | undefined {
    const options = PACKAGE_MANAGER_OPTIONS.npm;
    let global = false;
    // The configured prefix (npmConfig: the environment's npm_config_prefix, then the user's, global and builtin
    // npmrc; the project's is not read in global mode), else /usr/local; one the pack cannot compute is no known
    // global install (fail closed).
    const configured = npmConfig("prefix", fileText, view);
    if (configured !== undefined && !npmPrefixKnown(configured)) return undefined;
    let prefix = configured ?? "/usr/local";
    const operands: string[] = [];
    for (let i = 0; i < args.length; i++) {
        const w = args[i];
        if (!w.startsWith("-") || w === "-") {
            operands.push(w);
            continue;
        }
        const [, name, glued] = /^(-[^-=]|--[^=]+)(?:=([\s\S]*))?$/.exec(w) ?? [undefined, w, undefined];
        if (name === "--location") {
            const value = glued ?? args[++i];
            if (value !== "global") return undefined;
            global = true;
        } else if ((name === "-g" || name === "--global") && glued === undefined) global = true;
        else if (options.dir.test(name) || options.value.test(name)) {
            const value = glued ?? args[++i];
            if (value === undefined) return undefined;
            if (options.dir.test(name)) {
                if (name !== "--prefix" || (cwd === undefined && !value.startsWith("/"))) return undefined;
                prefix = posix.resolve(cwd ?? "/", value);
            }
        } else if (!options.flag.test(name) || glued !== undefined) return undefined;
    }
    const [command, ...packages] = operands;
    const registryName = (p: string) =>
        /^(@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*(@[^\s/:@]+)?$/i.test(p) && !/\.(tgz|tar|tar\.gz)$/i.test(p);
    return global &&
        NPM_INSTALLS.test(command ?? "") &&
        !PACKAGE_INSTALLS.npm.clean.test(command) &&
        packages.length > 0 &&
        packages.every(registryName)
        ? prefix
        : undefined;
}

/**
 * Whether a global prefix from npm's configuration is one npm may write (npmGlobalPrefix): an absolute path whose
 * {prefix}/lib/node_modules and {prefix}/bin hold none of the node's secrets (podSpec.ts holdsNodeSecrets: the kubelet's
 * credentials directory /etc/kubernetes included), which --prefix's own word is judged for by rootReads.ts.
 */
const npmPrefixKnown = (prefix: string) =>
    prefix.startsWith("/") && ![prefix, `${prefix}/lib/node_modules`, `${prefix}/bin`].some(holdsNodeSecrets);

/**
 * Each package manager's installs (PACKAGE_MANAGER_OPTIONS names its options) and what they write besides DIR/node_modules
 * (npmInstallWrites): `commands` its install commands, `clean` those that never write the lock file (npm docs "npm ci":
 * "will never write to package.json or any of the package-locks"), `lock` its lock file, `files` and `trees` other
 * writes in DIR, `home` its store and caches of root (writing more is failing closed).
 * - npm: NPM_INSTALLS.
 * - pnpm: `pnpm install` (alias `i`) and `pnpm add` (pnpm docs "pnpm install", "pnpm add"): pnpm-lock.yaml, the
 *   virtual store node_modules/.pnpm, the store and cache (pnpm docs "settings": store-dir "~/.local/share/pnpm/store"
 *   on Linux, cache-dir "~/.cache/pnpm").
 * - yarn: `yarn`, `yarn install`, `yarn add` (Yarn 1 "yarn install": "yarn install is used to install all
 *   dependencies", "Running yarn with no command will run yarn install"; Yarn 2+ alike): yarn.lock, Yarn 2+'s .yarn
 *   (cache, install state) and Plug'n'Play loader (.pnp.cjs, .pnp.loader.mjs; Yarn 2 .pnp.js), Yarn 1's cache
 *   (/usr/local/share/.cache/yarn for root) and Yarn 2+'s global folder (~/.yarn/berry).
 */
const PACKAGE_INSTALLS: Record<
    string,
    { commands: RegExp; clean: RegExp; lock: string; files: string[]; trees: string[]; home: string[] }
> = {
    npm: {
        commands: NPM_INSTALLS,
        clean: /^(ci|clean-install|ic|install-clean|isntall-clean)$/,
        lock: "package-lock.json",
        files: [],
        trees: [],
        home: [],
    },
    pnpm: {
        commands: /^(install|i|add)$/,
        clean: /^$/,
        lock: "pnpm-lock.yaml",
        files: [],
        trees: [],
        home: ["/root/.local/share/pnpm", "/root/.cache/pnpm"],
    },
    yarn: {
        commands: /^(install|add)$/,
        clean: /^$/,
        lock: "yarn.lock",
        files: [".pnp.cjs", ".pnp.loader.mjs", ".pnp.js"],
        trees: [".yarn"],
        home: ["/usr/local/share/.cache/yarn", "/root/.cache/yarn", "/root/.yarn"],
    },
};

/**
 * The root package's scripts an install runs, in order (npm docs "scripts", "Life Cycle Operation Order"); read for
 * pnpm and yarn alike (pnpm docs "pnpm install" runs the root's preinstall, install, postinstall, prepare; Yarn 1 the
 * same and prepublish; Yarn 2+ "Lifecycle Scripts" fewer): a superset, which fails closed.
 */
const NPM_LIFECYCLE = ["preinstall", "install", "postinstall", "prepublish", "preprepare", "prepare", "postprepare"];

/**
 * The run-scripts a package manager's command runs, from package.json in the package's directory `dir` (the working
 * directory or the one its options name), undefined when it runs none or the pack cannot read the file: `main` the
 * command line of the script asked for, with the arguments given after its name (npm docs "npm run-script": "Any
 * positional arguments are passed to the specified script"), and `around` every script run with it, [name, command
 * line]; `unread` when an option the pack does not know comes with a script run (fail closed).
 * - npm: `start` (by default `node server.js`, npm docs "npm start"), `stop`, `restart` ("npm restart": its restart
 *   script, else stop's and start's), `test` (`tst`, `t`), `run NAME` (`run-script`, `rum`, `urn`); each with its pre
 *   and post scripts (npm docs "scripts", "Pre & Post Scripts", "Life Cycle Operation Order").
 * - yarn: `yarn run NAME`, `yarn start|test|stop|restart`, and `yarn NAME` of a script (Yarn 1 "yarn run": "yarn
 *   <script> [<args>]" runs pre and post scripts too; Yarn 2+ does not: which one runs is unknown, so they are read).
 * - pnpm: `pnpm start` (by default `node server.js`, pnpm docs "pnpm start"), `test` (`t`, `tst`), `restart` ("Runs
 *   stop, restart, and start scripts"), `run NAME` and `pnpm NAME` of a script; pre and post scripts run when
 *   enable-pre-post-scripts is on (pnpm/pnpm#2891: off from v6.0, the setting since v6.1, on by default in later
 *   releases; a project's .npmrc may set it), so they are read.
 * - bun: `bun run NAME` and `bun NAME` of a script (Bun docs "bun run"), pre and post scripts read alike.
 * - npm ci/install (NPM_INSTALLS): no `main`, `around` the root package's lifecycle scripts (NPM_LIFECYCLE) unless
 *   --ignore-scripts; the dependencies' own scripts are not read (npmInstallWrites).
 */
export function packageScripts(
    program: string,
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView = NO_VIEW,
): { dir: string; main: string | undefined; around: [string, string][]; unread?: string } | undefined {
    if (program === "deno") return denoTask(args, cwd, fileText);
    const options = PACKAGE_MANAGER_OPTIONS[program];
    if (options === undefined) return undefined;
    let dir = cwd;
    let unknown: string | undefined;
    const words: string[] = [];
    let passed = false;
    for (let i = 0; i < args.length; i++) {
        const w = args[i];
        // After `--`, or past the script's name for all but npm (which reads its own options there too), the script's.
        if (passed || !w.startsWith("-") || w === "-") {
            words.push(w);
            if (program !== "npm" && words.length >= (/^(run|run-script|rum|urn)$/.test(words[0]) ? 2 : 1))
                passed = true;
            continue;
        }
        if (w === "--") {
            passed = true;
            continue;
        }
        const [, name, glued] = /^(-[^-=]|--[^=]+)(?:=([\s\S]*))?$/.exec(w) ?? [undefined, w, undefined];
        if (options.dir.test(name) || options.value.test(name)) {
            const value = glued ?? args[++i];
            if (options.dir.test(name))
                dir =
                    value === undefined || (cwd === undefined && !value.startsWith("/"))
                        ? undefined
                        : posix.resolve(cwd ?? "/", value);
        } else if (!options.flag.test(name) || glued !== undefined) unknown ??= w;
    }
    // A global install of anything but registry packages (`.`, `file:`, a path, a tarball, none: the working
    // directory's package) runs that package's lifecycle scripts, wherever it is run from (npmGlobalPrefix): fail closed.
    const globally = program === "npm" ? args.find(w => /^(-g|--global|--location(=.*)?)$/.test(w)) : undefined;
    // The prefix npm's configuration gives it (npmConfig), when it is one npm must not write or the pack cannot compute.
    const prefix = globally === undefined ? undefined : npmConfig("prefix", fileText, view);
    if (
        globally !== undefined &&
        NPM_INSTALLS.test(words[0] ?? "") &&
        (prefix !== undefined && !npmPrefixKnown(prefix)
            ? !args.some(w => /^--prefix(=|$)/.test(w))
            : !args.includes("--ignore-scripts") && npmGlobalPrefix(args, cwd, fileText, view) === undefined)
    )
        return {
            dir: dir ?? "/",
            main: undefined,
            around: [],
            unread:
                prefix !== undefined && !npmPrefixKnown(prefix)
                    ? `${globally} with npm's configured prefix ${prefix || "(a value the pack cannot compute)"} (npm_config_prefix or an npmrc's prefix=): npm writes {prefix}/lib/node_modules and {prefix}/bin (npm docs "folders"), the node's secrets or a place the pack cannot know`
                    : `${globally}, a npm global install of a package the pack does not read`,
        };
    if (dir === undefined) return undefined;
    const code = packageManagerCode(program, dir, fileText, view, words[0]);
    if (code !== undefined) return { dir, main: undefined, around: [], unread: code };
    const json = fileText?.(posix.join(dir, "package.json"));
    if (json === undefined) return undefined;
    let scripts: Record<string, unknown> | undefined;
    try {
        scripts = (JSON.parse(json) as { scripts?: Record<string, unknown> }).scripts;
    } catch {
        return undefined;
    }
    const given = (script: string) => (typeof scripts?.[script] === "string" ? (scripts[script] as string) : undefined);
    const line = (script: string) =>
        given(script) ?? (script === "start" && program !== "bun" ? "node server.js" : undefined);
    const [command, name] = words;
    // npm ci/install, pnpm install and yarn install (PACKAGE_INSTALLS) run the root package's lifecycle scripts (npm
    // docs "scripts", "Life Cycle Operation Order": preinstall, install, postinstall, prepublish, preprepare, prepare,
    // postprepare), unless --ignore-scripts; an option the pack does not know may be another package or a script shell
    // (fail closed). The options after the command are install options (npmInstallWrites reads them all).
    const installs = PACKAGE_INSTALLS[program];
    if (
        installs !== undefined &&
        (installs.commands.test(command ?? "") || (program === "yarn" && command === undefined))
    ) {
        if (args.includes("--ignore-scripts")) return undefined;
        // A global install of registry packages runs none of the working directory's scripts (npmGlobalPrefix).
        if (program === "npm" && npmGlobalPrefix(args, cwd, fileText, view) !== undefined) return undefined;
        if (unknown === undefined && npmInstallWrites([program, ...args], cwd, fileText, view) === undefined)
            unknown = args.find(w => w.startsWith("-")) ?? command;
        if (unknown !== undefined)
            return {
                dir,
                main: undefined,
                around: [],
                unread: `${unknown}, a ${program} option the pack does not know`,
            };
        const around = NPM_LIFECYCLE.flatMap((s): [string, string][] => {
            const text = given(s);
            return text === undefined ? [] : [[s, text]];
        });
        return around.length === 0 ? undefined : { dir, main: undefined, around };
    }
    const named = (
        program === "npm" ? /^(run|run-script|rum|urn)$/ : program === "pnpm" ? /^(run|run-script)$/ : /^run$/
    ).test(command ?? "");
    const asked = named
        ? name
        : /^(t|tst)$/.test(command ?? "") && program !== "bun" && given(command) === undefined
          ? "test"
          : /^(start|stop|restart|test)$/.test(command ?? "") && program !== "bun"
            ? command
            : program !== "npm" && command !== undefined && given(command) !== undefined
              ? command
              : undefined;
    // An option the pack does not know may be one taking the next word as its value: any script word after it counts.
    if (
        unknown !== undefined &&
        (asked !== undefined ||
            words.some(w => /^(start|stop|restart|test|t|tst|run|run-script)$/.test(w) || given(w) !== undefined))
    )
        return { dir, main: undefined, around: [], unread: `${unknown}, a ${program} option the pack does not know` };
    if (asked === undefined || (program === "bun" && given(asked) === undefined)) return undefined;
    const rest = words.slice(named ? 2 : 1).map(w => `'${w.replace(/'/g, "'\\''")}'`);
    const runs =
        asked !== "restart"
            ? [asked]
            : line("restart") === undefined
              ? ["stop", "start"]
              : program === "npm"
                ? ["restart"]
                : ["stop", "restart", "start"];
    const main = runs.at(-1)!;
    const around = runs
        .flatMap(s => [`pre${s}`, s, `post${s}`])
        .filter(s => s !== main)
        .flatMap((s): [string, string][] => {
            const text = line(s);
            return text === undefined ? [] : [[s, text]];
        });
    const text = line(main);
    return { dir, main: text === undefined ? undefined : [text, ...rest].join(" "), around };
}

/**
 * npm's configuration files after the project's (npm docs "npmrc", "Files": per-project, per-user ~/.npmrc or
 * `userconfig`, global $PREFIX/etc/npmrc or `globalconfig`, and the "npm builtin config file (/path/to/npm/npmrc)"),
 * for root: /root/.npmrc, the global one of each prefix npm may have (/usr for AL2023's nodejs-npm, /usr/local,
 * /etc/npmrc), and the builtin one of each place npm is installed; `userconfig`/`globalconfig`/`prefix` from the
 * environment (npmEnvironment) name others, and one the pack cannot compute is undefined (fail closed).
 */
function npmrcFiles(
    view: ScriptView,
    fileText?: (path: string) => string | undefined,
    project: readonly string[] = [],
): (string | undefined)[] {
    // A key set in the files read before (npm docs "npmrc": "Global config file: $PREFIX/etc/npmrc (or the
    // globalconfig param, if set above)"): the project's npmrc may name the user and global ones, both the global one.
    // A value that is no absolute path is one the pack cannot compute.
    const fromFiles = (key: string, files: readonly (string | undefined)[]) =>
        files.flatMap(f =>
            f === undefined
                ? []
                : npmrcEntries(fileText?.(f) ?? "")
                      .filter(e => e.key === key)
                      .map(e => (/^\/[^$`"'~]*$/.test(e.value) ? posix.normalize(e.value) : undefined)),
        );
    const named = (key: string, files: readonly (string | undefined)[]) => [
        ...(npmEnvironment(key, view) ?? []),
        ...fromFiles(key, files),
    ];
    const users = [...named("userconfig", project), "/root/.npmrc"];
    const before = [...project, ...users];
    return [
        ...users,
        ...named("globalconfig", before),
        ...named("prefix", before).map(p => (p === undefined ? p : posix.join(p, "etc/npmrc"))),
        "/etc/npmrc",
        "/usr/etc/npmrc",
        "/usr/local/etc/npmrc",
        "/usr/lib/node_modules/npm/npmrc",
        "/usr/lib64/node_modules/npm/npmrc",
        "/usr/local/lib/node_modules/npm/npmrc",
    ];
}

/**
 * The values the script's environment gives npm configuration KEY (npm docs "config", "Environment Variables": "Any
 * environment variables that start with npm_config_ will be interpreted as a configuration parameter", case
 * insensitive, `-` as `_`), undefined each one the pack cannot compute (not an absolute path: ScriptView); undefined
 * when none does. The pack cannot tie an assignment to a process: every one counts.
 */
function npmEnvironment(key: string, view: ScriptView): (string | undefined)[] | undefined {
    const name = `npm_config_${key.replace(/-/g, "_")}`.toLowerCase();
    const values = [...view.environment].filter(([k]) => k.toLowerCase() === name).flatMap(([, v]) => v);
    return values.length > 0 ? [...new Set(values)] : undefined;
}

/**
 * npm configuration KEY as npm finds it (npm docs "config": the environment before the files, npmrcFiles in order),
 * "" when the pack cannot compute it, undefined when nothing sets it.
 */
function npmConfig(
    key: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): string | undefined {
    const env = npmEnvironment(key, view);
    if (env !== undefined) return env.length === 1 && env[0] !== undefined ? env[0] : "";
    for (const path of npmrcFiles(view, fileText)) {
        if (path === undefined) return "";
        const m = npmrcEntries(fileText?.(path) ?? "").find(e => e.key === key);
        if (m) return /^\/[^$`"'~]*$/.test(m.value) ? posix.normalize(m.value) : "";
    }
    return undefined;
}

/**
 * An npmrc file's entries as npm reads them (npm docs "npmrc": "an ini-formatted list of key = value parameters",
 * parsed by the `ini` package: `;`/`#` comments, keys and values unquoted, `key[]` an array; a `[section]`'s keys
 * counted too, fail closed), keys lower-cased with `_` as `-` (npm's own spellings are kebab-case; fail closed).
 */
function npmrcEntries(text: string): { key: string; value: string; line: string }[] {
    const unquote = (v: string) => {
        const t = v.trim();
        if (/^"[\s\S]*"$/.test(t) || /^'[\s\S]*'$/.test(t)) {
            try {
                return t.startsWith('"') ? (JSON.parse(t) as string) : t.slice(1, -1);
            } catch {
                return t.slice(1, -1);
            }
        }
        return t;
    };
    return text.split(/\r?\n/).flatMap(line => {
        if (/^\s*([;#]|\[[^\]]*\]\s*$|$)/.test(line)) return [];
        const m = /^\s*("(?:\\.|[^"\\])*"|'[^']*'|[^=]*?)\s*(?:=\s*(.*))?$/.exec(line);
        if (!m) return [];
        const key = unquote(m[1]).replace(/\[\]$/, "").toLowerCase().replace(/_/g, "-");
        return [{ key, value: unquote(m[2] ?? "true"), line: line.trim() }];
    });
}

/**
 * What a node-options value (npm's `node-options`, pnpm's `nodeOptions`: passed to every script's node as
 * NODE_OPTIONS) loads, read as node reads NODE_OPTIONS (NODE_VALUE_OPTIONS, NODE_FLAG_OPTIONS): the first option
 * naming code (NODE_PRELOAD_OPTIONS, --env-file, the inspector beyond loopback), an option the pack does not know or
 * a word no option takes (fail closed); undefined when it only sets limits and flags (--max-old-space-size).
 */
function nodeOptionsLoading(value: string | undefined): string | undefined {
    if (value === undefined) return "(a value the pack cannot compute)";
    const words = quotedWords(value);
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const option = /^(-[^-=]|--[^=]+)(?:=([\s\S]*))?$/.exec(w);
        if (!option) return w;
        const name = option[1].replace(/(?<=^--.*)_/g, "-");
        const valued = NODE_VALUE_OPTIONS.test(name) || NODE_EXPERIMENTAL_VALUE_OPTIONS.test(name);
        const given = option[2] ?? (valued ? words[++i] : undefined);
        if (NODE_PRELOAD_OPTIONS.test(name) || /^--(env-file|env-file-if-exists|experimental-policy)$/.test(name))
            return w;
        if (
            /^--(inspect|inspect-brk|inspect-wait|inspect-port|debug-port)$/.test(name) &&
            given !== undefined &&
            !/^((127\.0\.0\.1|localhost|\[::1\]):)?\d*$/.test(given)
        )
            return w;
        if (
            valued
                ? given === undefined
                : !NODE_FLAG_OPTIONS.test(name) ||
                  (given !== undefined && !/^--(inspect|inspect-brk|inspect-wait)$/.test(name))
        )
            return w;
    }
    return undefined;
}

/**
 * Package-manager configuration user data wrote or set that runs code or changes how scripts run, for every command
 * of the manager in `dir` (fail closed: the pack does not read it):
 * - npm docs "config" (read by npm, pnpm and Yarn 1 from the project's .npmrc and npmrcFiles, and the environment's
 *   npm_config_*: npmEnvironment): `node-options` ("Options to pass through to Node.js via the NODE_OPTIONS
 *   environment variable": --require any module), `script-shell` (the shell running every script); pnpm's
 *   `pnpmfile`/`global-pnpmfile`; an npmrc file the pack cannot name;
 * - pnpm docs ".pnpmfile.cjs": hooks loaded with require on every install, from the project's root, which in a
 *   workspace is the directory of pnpm-workspace.yaml above `dir` (pnpm docs "pnpm-workspace.yaml"): any parent's
 *   .pnpmfile.cjs/.pnpmfile.mjs is read;
 * - Yarn docs ".yarnrc.yml": `yarnPath` ("this file will be executed instead of any other"), `plugins` (code loaded
 *   by every command), `injectEnvironmentFiles`; Yarn 1 `.yarnrc` `yarn-path`. Both found in `dir` or any parent; and
 *   the environment's YARN_* ("settings can also be defined through environment variables": YARN_YARN_PATH,
 *   YARN_PLUGINS, YARN_INJECT_ENVIRONMENT_FILES, and YARN_RC_FILENAME naming another rc file);
 * - Bun docs "bunfig.toml": `preload` ("An array of scripts/plugins to execute before running a file or script", at
 *   the top level or under [run]/[test]) and `plugins`, from the project's bunfig.toml or the global
 *   $HOME/.bunfig.toml, $XDG_CONFIG_HOME/.bunfig.toml.
 */
function packageManagerCode(
    program: string,
    dir: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView = NO_VIEW,
    command?: string,
): string | undefined {
    const text = (path: string) => fileText?.(path);
    const parents: string[] = [];
    for (let d = dir; ; d = posix.dirname(d)) {
        parents.push(d);
        if (d === "/") break;
    }
    // node-options is read as node reads NODE_OPTIONS (nodeOptionsLoading): a heap limit loads nothing.
    const loads = (key: string, value: string | undefined) =>
        !/^node-?options$/i.test(key) || nodeOptionsLoading(value) !== undefined;
    for (const key of ["node-options", "script-shell", "pnpmfile", "global-pnpmfile"])
        if ((npmEnvironment(key, view) ?? []).some(v => loads(key, v)))
            return `npm_config_${key.replace(/-/g, "_")} in the environment, code every ${program} script runs (npm docs "config")`;
    // The project's .npmrc is the one of the project root npm finds walking up (npm docs "config", "workspaces": a
    // workspace's root package above it), pnpm's workspace root alike: every parent's is read (fail closed).
    const project = parents.map(d => posix.join(d, ".npmrc"));
    const npmrcs = [...project, ...npmrcFiles(view, fileText, project)];
    for (const path of npmrcs) {
        if (path === undefined)
            return `an npmrc file the environment or an npmrc names (userconfig, globalconfig or prefix) the pack cannot compute (npm docs "config")`;
        const entry = npmrcEntries(text(path) ?? "").find(
            e => /^(node-options|script-shell|(global-)?pnpmfile)$/.test(e.key) && loads(e.key, e.value),
        );
        if (entry) return `${path}: ${entry.line}, code every ${program} script runs (npm docs "config")`;
    }
    // pnpm 10 (pnpm docs "Settings (pnpm-workspace.yaml)": settings other than auth and registry are read from
    // pnpm-workspace.yaml, and the global ~/.config/pnpm/config.yaml): nodeOptions (every script's NODE_OPTIONS),
    // scriptShell, pnpmfile and globalPnpmfile (hooks required on install), in either spelling; a value the pack
    // cannot read as a plain scalar fails closed.
    if (program === "pnpm")
        for (const path of [
            ...parents.map(d => posix.join(d, "pnpm-workspace.yaml")),
            "/root/.config/pnpm/config.yaml",
        ])
            for (const m of (text(path) ?? "").matchAll(
                /^\s*["']?(nodeOptions|node-options|scriptShell|script-shell|pnpmfile|globalPnpmfile|global-pnpmfile)["']?\s*:(.*)$/gm,
            )) {
                const scalar = /^\s*("[^"]*"|'[^']*'|[^\s"'#][^#]*?)?\s*(#.*)?$/.exec(m[2])?.[1];
                if (loads(m[1], scalar?.replace(/^["']|["']$/g, "")))
                    return `${path}: ${m[0].trim()}, code every pnpm script or install runs (pnpm docs "Settings")`;
            }
    if (program === "pnpm")
        for (const d of parents)
            for (const name of [".pnpmfile.cjs", ".pnpmfile.mjs"])
                if (text(posix.join(d, name)) !== undefined)
                    return `${posix.join(d, name)}, hooks pnpm loads on install (pnpm docs ".pnpmfile.cjs")`;
    if (program === "yarn") {
        // Yarn's environment names are compared lower-cased (Yarn's Configuration, ENVIRONMENT_PREFIX `yarn_`).
        const set = [...view.environment.keys()].find(k =>
            /^YARN_(YARN_PATH|PLUGINS|INJECT_ENVIRONMENT_FILES|RC_FILENAME)$/i.test(k),
        );
        if (set !== undefined)
            return `${set} in the environment, code yarn runs or a configuration file it reads (Yarn docs "Configuration")`;
        for (const d of parents) {
            const yml = /^\s*(yarnPath|plugins|injectEnvironmentFiles)\s*:.*$/m.exec(
                text(posix.join(d, ".yarnrc.yml")) ?? "",
            );
            const rc = /^\s*yarn-path\b.*$/m.exec(text(posix.join(d, ".yarnrc")) ?? "");
            const found = yml ?? rc;
            if (found)
                return `${posix.join(d, yml ? ".yarnrc.yml" : ".yarnrc")}: ${found[0].trim()}, code yarn runs as itself (Yarn docs ".yarnrc.yml")`;
        }
    }
    if (program === "bun")
        for (const path of [
            posix.join(dir, "bunfig.toml"),
            "/root/.bunfig.toml",
            "/root/.config/.bunfig.toml",
            ...(view.environment.get("XDG_CONFIG_HOME") ?? []).map(x => x && posix.join(x, ".bunfig.toml")),
        ]) {
            if (path === undefined)
                return `$XDG_CONFIG_HOME/.bunfig.toml, a bunfig the pack cannot name (Bun docs "bunfig.toml")`;
            const line = bunfigCode(text(path) ?? "", command === "test");
            if (line) return `${path}: ${line}, code bun runs first (Bun docs "bunfig.toml")`;
        }
    return undefined;
}

/**
 * The line of a bunfig.toml setting code bun runs first (Bun docs "bunfig.toml": `preload`, "An array of
 * scripts/plugins to execute before running a file or script", and `plugins`, at the top level or under [run]; under
 * [test] only for `bun test`), keys read as TOML reads them (TOML v1.0 "Keys": dotted and quoted keys, `[table]`
 * headers, an inline table `run = { preload = [...] }`); any other table naming preload/plugins fails closed.
 */
function bunfigCode(text: string, test: boolean): string | undefined {
    const key = (k: string) =>
        [...k.matchAll(/\s*("(?:\\.|[^"\\])*"|'[^']*'|[^.\s]+)\s*(?:\.|$)/g)].map(p =>
            p[1].replace(/^["']|["']$/g, ""),
        );
    let table: string[] = [];
    for (const raw of text.split(/\r?\n/)) {
        const l = raw.replace(/(^|\s)#.*$/, "");
        const header = /^\s*\[\[?([^\]]*)\]\]?\s*$/.exec(l);
        if (header) {
            table = key(header[1]);
            continue;
        }
        const m =
            /^\s*((?:"(?:\\.|[^"\\])*"|'[^']*'|[^=\s"']+)(?:\s*\.\s*(?:"(?:\\.|[^"\\])*"|'[^']*'|[^=\s."']+))*)\s*=(.*)$/.exec(
                l,
            );
        if (!m) continue;
        const path = [...table, ...key(m[1])];
        const last = path.at(-1) ?? "";
        const names = /^(preload|plugins)$/.test(last) || /\b(preload|plugins)\b/.test(m[2]);
        if (names && (test || path[0] !== "test")) return raw.trim();
    }
    return undefined;
}

/**
 * `deno task NAME [args]` (Deno docs "deno task": the tasks of deno.json/deno.jsonc, a command line or an object's
 * `command`, found from the working directory up; without a deno.json, package.json's scripts): read as packageScripts
 * reads a run-script (`main`); an option, a task the pack cannot find, or a file it cannot parse is unread.
 */
function denoTask(
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
): ReturnType<typeof packageScripts> {
    if (args[0] !== "task" || cwd === undefined) return undefined;
    const [name, ...rest] = args.slice(1);
    const unread = (why: string) => ({ dir: cwd, main: undefined, around: [], unread: why });
    if (name === undefined || name.startsWith("-"))
        return unread(`deno task ${args.slice(1).join(" ")}, a task the pack does not read`);
    for (let d = cwd; ; d = posix.dirname(d)) {
        for (const file of ["deno.json", "deno.jsonc", "package.json"]) {
            const text = fileText?.(posix.join(d, file));
            if (text === undefined) continue;
            let tasks: Record<string, unknown> | undefined;
            try {
                const parsed = JSON.parse(jsWithoutComments(text).replace(/,(\s*[}\]])/g, "$1")) as Record<
                    string,
                    unknown
                >;
                tasks = (file === "package.json" ? parsed.scripts : parsed.tasks) as
                    Record<string, unknown> | undefined;
            } catch {
                return unread(`${posix.join(d, file)}, a file the pack cannot parse`);
            }
            // The object form's `dependencies` (Deno docs "deno task", "Task dependencies": tasks run before the
            // command, in the same directory), transitively, each read as a script around the main one.
            const lineOf = (task: unknown) =>
                typeof task === "string"
                    ? task
                    : typeof (task as { command?: unknown } | undefined)?.command === "string"
                      ? (task as { command: string }).command
                      : undefined;
            const line = lineOf(tasks?.[name]);
            if (line === undefined)
                return unread(`deno task ${name}, a task the pack cannot find in ${posix.join(d, file)}`);
            const around: [string, string][] = [];
            const seen = new Set<string>([name]);
            const pending = [name];
            while (pending.length > 0) {
                const dependencies = (tasks?.[pending.shift()!] as { dependencies?: unknown } | undefined)
                    ?.dependencies;
                if (dependencies === undefined) continue;
                if (!Array.isArray(dependencies) || dependencies.some(t => typeof t !== "string"))
                    return unread(`deno task ${name}: dependencies the pack cannot read in ${posix.join(d, file)}`);
                for (const dependency of dependencies as string[]) {
                    if (seen.has(dependency)) continue;
                    seen.add(dependency);
                    const text = lineOf(tasks?.[dependency]);
                    if (text === undefined)
                        return unread(
                            `deno task ${name}: dependency ${dependency}, a task the pack cannot find in ${posix.join(d, file)}`,
                        );
                    around.push([dependency, text]);
                    pending.push(dependency);
                }
            }
            return { dir: d, main: [line, ...rest.map(w => `'${w.replace(/'/g, "'\\''")}'`)].join(" "), around };
        }
        if (d === "/") return unread(`deno task ${name}, a task the pack cannot find`);
    }
}

/**
 * The `node` arguments a runner's command line amounts to, when it runs a program the pack may read (else undefined,
 * the runner judged by its command line): tsx (`tsx [watch] FILE`, tsx.is), ts-node (README, `ts-node script.ts`),
 * bun (`bun [run] FILE`, Bun docs "bun run"), deno (`deno run [options] FILE`), pm2 (`pm2 start FILE`, PM2 "Quick
 * Start"), nodemon (`nodemon [options] FILE`), npx/pnpm dlx|exec/bunx/yarn of one of these, and `npm start` / `npm run
 * NAME` (npm docs "npm start": the package's scripts.start, by default `node server.js`; "npm run-script"): the
 * script's command line in the working directory's package.json, read again. `runner` the one whose options they are
 * (nodeEntry: ts-node and deno read by their own, RUNNER_OPTIONS; the others by Node.js's).
 */
function nodeRunnerArgs(
    program: string,
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    depth = 0,
): { runner: string; args: readonly string[] } | undefined {
    if (depth > 3) return undefined;
    const again = (words: readonly string[]) =>
        words.length > 0 && NODE_RUNNERS.test(posix.basename(words[0]))
            ? nodeRunnerArgs(posix.basename(words[0]), words.slice(1), cwd, fileText, depth + 1)
            : undefined;
    // A package manager's run-script (packageScripts): its main script's command line, when it runs in this directory.
    const scripts = packageScripts(program, args, cwd, fileText);
    if (scripts !== undefined) {
        const line = scripts.unread === undefined && scripts.dir === cwd ? scripts.main : undefined;
        return line !== undefined && !/[;&|<>$`]/.test(line) ? again(quotedWords(line)) : undefined;
    }
    switch (program) {
        case "node":
        case "nodejs":
            return { runner: "node", args };
        case "ts-node":
        case "ts-node-esm":
            return { runner: program, args };
        case "tsx":
            return { runner: "node", args: args[0] === "watch" ? args.slice(1) : args };
        case "bun":
            return { runner: "node", args: args[0] === "run" ? args.slice(1) : args };
        case "deno":
            if (args[0] === "run") return { runner: "deno", args: args.slice(1) };
            // Round 75: `deno eval [OPTIONS] [CODE_ARG]...` (Deno docs "deno eval": "Evaluate JavaScript from the
            // command line", "This command has implicit access to all permissions"): the first operand is the code,
            // read as a `--eval` (RUNNER_OPTIONS.deno.code) with no permission limit; -p/--print only prints its value.
            if (args[0] === "eval") {
                const options: string[] = [];
                for (let i = 1; i < args.length; i++) {
                    const w = args[i];
                    if (w === "--" || !w.startsWith("-") || w === "-") {
                        const code = w === "--" ? args[i + 1] : w;
                        return code === undefined ? undefined : { runner: "deno", args: [...options, "--eval", code] };
                    }
                    if (/^(-p|--print)$/.test(w)) continue;
                    options.push(w);
                    if (!w.includes("=") && RUNNER_OPTIONS.deno.value.test(w) && i + 1 < args.length)
                        options.push(args[++i]);
                }
                return undefined;
            }
            // Deno docs "deno run": "deno run [OPTIONS] [SCRIPT_ARG]..." is also spelled `deno SCRIPT` (Deno 2: a
            // first word that is no subcommand is the script run).
            return args[0] !== undefined && !args[0].startsWith("-") && !DENO_SUBCOMMANDS.test(args[0])
                ? { runner: "deno", args }
                : undefined;
        case "pm2": {
            // Run by node only when PM2 gives it no other interpreter (pm2Command).
            const interpreters = args.flatMap((w, i) =>
                w.startsWith("--interpreter=") ? [w.slice(14)] : args[i - 1] === "--interpreter" ? [w] : [],
            );
            return args[0] === "start" &&
                args[1] !== undefined &&
                !/\.(json|ya?ml|config\.[cm]?js)$/.test(args[1]) &&
                pm2Command(args[1], [], interpreters.at(-1), [])[0] === args[1]
                ? { runner: "node", args: [args[1]] }
                : undefined;
        }
        case "nodemon":
            return {
                runner: "node",
                args: args.filter(
                    (w, i) => !NODEMON_VALUE_OPTIONS.test(w) && !NODEMON_VALUE_OPTIONS.test(args[i - 1] ?? ""),
                ),
            };
        case "npx":
        case "bunx":
        case "pnpm":
        case "yarn": {
            let rest = program === "pnpm" && /^(dlx|exec)$/.test(args[0] ?? "") ? args.slice(1) : args;
            if (program === "pnpm" && rest === args) return undefined;
            rest = rest.filter((w, i) => !/^(-p|--package)$/.test(w) && !/^(-p|--package)$/.test(rest[i - 1] ?? ""));
            const first = rest.findIndex(w => !w.startsWith("-"));
            return first < 0 ? undefined : again(rest.slice(first));
        }
    }
    return undefined;
}

/**
 * Node.js packages whose default export serves the files of the directory it is given: serve-static
 * (`serveStatic(root, options)`, the middleware behind Express's `express.static(root, [options])`: "The root argument
 * specifies the root directory from which to serve static assets", Express "Serving static files in Express"),
 * koa-static (`serve(root, opts)`), sirv (`sirv(dir, opts)`).
 */
const NODE_STATIC_PACKAGES = /^(serve-static|koa-static|@koa\/static|sirv)$/;

/**
 * Calls handing a file to a client: `fs.createReadStream(path)`, `fs.readFile(path)`, `fs.readFileSync(path)`, Express
 * `res.sendFile(path, {root})` (a path escaping `root` is refused: send's "malicious path") and `res.download(path)`.
 */
const NODE_FILE_CALLS = /(?<![\w$])(?:[\w$]+\.)*(createReadStream|readFileSync|readFile|sendFile|download)\s*\(/g;

/**
 * The binding statements nodeFileServerListeners reads (`const NAME = require('M')`, `const { a: b } = require('M')`,
 * `import NAME[, {...}] from 'M'`, `import * as NAME from 'M'`, `import {...} from 'M'`): set aside where it looks for
 * the file-serving functions' other uses.
 */
const NODE_BINDINGS =
    /(?:const|let|var)\s+(?:[\w$]+|\{[^}]*\})\s*=\s*require\s*\(\s*(['"])[^'"]+\1\s*\)|import\s+(?:\*\s+as\s+[\w$]+|[\w$]+\s*(?:,\s*\{[^}]*\})?|\{[^}]*\})\s*from\s*(['"])[^'"]+\2/g;

/**
 * Modules whose use the pack cannot follow: they run code or programs (`vm`, `child_process`, `worker_threads`,
 * `inspector`: Node.js "inspector.open([port[, host[, wait]]])", a debugger running any code) or relay connections
 * (`net`, `tls`, `dgram` sockets; http-proxy and its middlewares). `cluster` is read (NODE_CLUSTER_OK).
 */
const NODE_OPAQUE_MODULES =
    /^(?:node:)?(child_process|vm|worker_threads|inspector|inspector\/promises|module|net|tls|dgram|http-proxy|http-proxy-middleware|express-http-proxy)$/;

/** Node.js core modules a program's packages may name (Node.js "Modules: CommonJS", "Built-in modules"). */
const NODE_CORE_MODULES =
    /^(assert|async_hooks|buffer|child_process|cluster|console|constants|crypto|dgram|diagnostics_channel|dns|domain|events|fs|fs\/promises|http|http2|https|inspector|module|net|os|path|perf_hooks|process|punycode|querystring|readline|repl|stream|string_decoder|sys|timers|tls|trace_events|tty|url|util|v8|vm|wasi|worker_threads|zlib)(\/[\w/]+)?$/;

/** Built-in modules that open no socket: a program requiring only these (and its own files) is no server. */
const NODE_LOCAL_MODULES =
    /^(?:node:)?(fs|fs\/promises|path|os|util|crypto|events|stream|zlib|url|querystring|assert|buffer|readline|string_decoder|timers)$/;

/**
 * The modules a program serving beyond loopback may use (the ALLOWLIST, round 61): the web frameworks and middlewares
 * whose file serving the pack reads (express, koa, fastify, polka; NODE_STATIC_PACKAGES, @fastify/static,
 * serve-handler) or that serve no file (helmet, morgan, cors, compression, body-parser, cookie-parser, dotenv, routers)
 * and built-ins opening nothing but their http(s) server. `fs` is read call by call (NODE_FS_CALLS, NODE_FS_WRITES),
 * `cluster` member by member (NODE_CLUSTER_OK). Round 63: prom-client (siimon/prom-client README: "The library does
 * not bundle any web framework, to expose the metrics just return the metrics() function in the registry"; its
 * Pushgateway only sends), express-rate-limit (README "Usage": in-memory counting middleware, any other `store` a
 * package of its own), pino and pino-http (pinojs README: JSON lines to stdout; `pino.destination(dest)` judged as a
 * write, and its transports, modules pino runs in a worker thread, unread).
 */
const NODE_KNOWN_MODULES =
    /^(?:(?:node:)?(http|https|path|os|util|crypto|events|stream|zlib|url|querystring|assert|buffer|string_decoder|timers|fs|fs\/promises|cluster)|express|koa|fastify|polka|helmet|morgan|cors|compression|body-parser|cookie-parser|dotenv|dotenv\/config|koa-router|@koa\/router|koa-bodyparser|@koa\/bodyparser|serve-static|koa-static|@koa\/static|sirv|@fastify\/static|serve-handler|prom-client|express-rate-limit|pino|pino-http)$/;

/** The `fs` functions such a program may call: the reads NODE_FILE_CALLS judges by their path, and what reads no file. */
const NODE_FS_CALLS = /^(readFile|readFileSync|createReadStream|existsSync|statSync|stat|mkdirSync|mkdir)$/;

/**
 * The `fs` writes such a program may call, each judged by the path it writes (nodeWriteRefusal): Node.js "File
 * system", `fs.writeFile(file, data)`, `fs.appendFile(path, data)` and their Sync forms, `fs.createWriteStream(path)`
 * (morgan's README, "write logs to a file": `fs.createWriteStream(path.join(__dirname, 'access.log'), { flags: 'a' })`).
 */
const NODE_FS_WRITES = /^(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream)$/;

/**
 * What a program may do with node:cluster (Node.js "Cluster": "cluster.fork() spawns a new worker process", which runs
 * the main module again with the primary's arguments and execArgv): test its role, watch its workers, and fork with no
 * env. `setupPrimary`/`setupMaster`/`settings` (`exec`, `args`, `execArgv`: another program) and `fork(env)` (an
 * environment such as NODE_OPTIONS) start a worker the pack does not read.
 */
const NODE_CLUSTER_OK = /^(isPrimary|isMaster|isWorker|worker|workers|on|once)$/;

/**
 * What no program the pack reads uses: code it cannot follow (eval under any name: the global object's, `(0, eval)`;
 * `Function`; `module.require`/`process.mainModule.require`; the global object), runtimes' own servers and files
 * (Bun, Deno), and `process` beyond its environment, arguments and output (`process.chdir` moves the directory a
 * relative root is served from).
 */
const NODE_UNREAD_CODE: [RegExp, string][] = [
    [
        /(?<![\w$'"`])eval(?![\w$'"`])|(?<![\w$.])Function\s*\(|\bnew\s+Function\b|\bprocess\s*\.\s*(binding|dlopen)\b/,
        "eval",
    ],
    [/\.\s*require\s*\(|(?<![\w$.'"`])(globalThis|global)\s*[.[]/, "the global object or a module's require"],
    [/(?<![\w$.'"`])(Bun|Deno)\s*\./, "the Bun or Deno runtime's own servers and files"],
];

/**
 * Round 74: the values a host expression `expr` of a file's `text` may have when it reads the program's environment
 * (Node.js "Process": process.env "returns an object containing the user environment"): `process.env.NAME`,
 * `process.env['NAME']`, with a `||` or `??` fallback (ECMAScript logical OR: the right side when the left is falsy,
 * an unset or empty variable; nullish coalescing: when it is unset) a string literal, directly or through a name
 * assigned once (`const host = process.env.HOST || "127.0.0.1"`). Every value the environment gives NAME
 * (`environment`, a systemd unit's, fully known: unitProgramEnvironment) and the fallback, always (fail closed);
 * undefined for any other expression or an environment the pack does not know.
 */
function jsEnvironmentValues(
    expr: string,
    text: string,
    environment: ReadonlyMap<string, readonly string[]> | undefined,
    depth = 0,
): string[] | undefined {
    if (environment === undefined || depth > 3) return undefined;
    expr = expr.trim();
    if (/^[A-Za-z_$][\w$]*$/.test(expr)) {
        const assigned = [...text.matchAll(new RegExp(`(?<![\\w$.])${expr.replace(/\$/g, "\\$")}\\s*=(?![=>])`, "g"))];
        if (assigned.length !== 1) return undefined;
        const value = jsExpressionAt(text, (assigned[0].index ?? 0) + assigned[0][0].length);
        return jsEnvironmentValues(value, text, environment, depth + 1);
    }
    const m =
        /^process\s*\.\s*env\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*(['"])([A-Za-z_]\w*)\2\s*\])\s*(?:(\|\||\?\?)\s*([\s\S]+))?$/.exec(
            expr,
        );
    if (m === null) return undefined;
    const fallback = m[5] === undefined ? undefined : jsString(m[5].trim());
    if (m[5] !== undefined && fallback === undefined) return undefined;
    // Round 75: a variable in the environment holds one of its values, "" among them when it may be unset
    // (unitProgramEnvironment); one not in it is unset.
    const name = m[1] ?? m[3];
    const unset = environment.has(name) ? [] : [""];
    // ECMAScript `||` replaces an empty (or unset) value by the fallback; `??` an unset one only.
    const values = (environment.get(name) ?? []).filter(v => m[4] !== "||" || v !== "");
    return [...values, ...(m[5] === undefined ? unset : [fallback as string])];
}

/** A call of the Deno or Bun runtime's HTTP server (runtimeServeHosts). */
const RUNTIME_SERVE = /(?<![\w$.'"`])(?:Deno|Bun)\s*\.\s*serve\s*\(/g;

/**
 * Round 75: a file's `code` (its strings emptied) with the runtime's file-READ calls set aside, so that only its other
 * Deno/Bun APIs (writes, processes, sockets, FFI) keep it code the pack does not read (NODE_UNREAD_CODE):
 * - Deno API "Deno.readFile"/"Deno.readFileSync" ("Reads and resolves to the entire contents of a file as an array of
 *   bytes") and "Deno.readTextFile"/"Deno.readTextFileSync" ("... as utf8 encoded string"): reads, nothing else;
 * - Bun docs "File I/O" (`Bun.file(path)`: "creates a BunFile ... lazily loaded"; "new Response(Bun.file(...))", and
 *   its readers .text() .json() .stream() .arrayBuffer() .bytes() .exists()): a read only when the BunFile is a
 *   Response's body or one of those readers is called on it at once; a BunFile kept or handed elsewhere may be written
 *   (its .write(), .writer(), .delete(), Bun.write), so it stays unread (fail closed).
 * Only for a program whose runtime servers are all on loopback (nodeProgramListeners): what it reads it serves to the
 * node's own processes alone.
 */
function runtimeFileReads(code: string): string {
    let out = code.replace(/(?<![\w$.'"`])Deno\s*\.\s*(?:readFile|readTextFile)(?:Sync)?\s*\(/g, " readFile(");
    // Round 75: Deno API "Deno.open"/"Deno.openSync" ("Open a file and resolve to an instance of Deno.FsFile"; OpenOptions
    // read "Sets the option for read access. This option, when true, means that the file should be read-able if
    // opened", the default when no options are given): a read when the options are absent or `{ read: true }` alone;
    // any other option (write, append, create, createNew, truncate, mode) or an options value the pack cannot see
    // keeps the call unread.
    for (let from = 0; ;) {
        const m = /(?<![\w$.'"`])Deno\s*\.\s*open(?:Sync)?\s*\(/.exec(out.slice(from));
        if (m === null) break;
        const at = from + m.index;
        const args = jsCall(out, at + m[0].length - 1)?.args;
        const readOnly =
            args !== undefined &&
            (args.length === 1 || (args.length === 2 && /^\{\s*read\s*:\s*true\s*,?\s*\}$/.test(args[1].trim())));
        if (readOnly) out = `${out.slice(0, at)} openRead(${out.slice(at + m[0].length)}`;
        else from = at + m[0].length;
    }
    for (;;) {
        const m = /(?<![\w$.'"`])Bun\s*\.\s*file\s*\(/.exec(out);
        if (m === null) return out;
        const close = jsCall(out, m.index + m[0].length - 1)?.close;
        if (close === undefined) return out;
        const after = out.slice(close + 1);
        const read =
            /^\s*\.\s*(?:text|json|stream|arrayBuffer|bytes|exists)\s*\(/.test(after) ||
            (/\bnew\s+Response\s*\(\s*$/.test(out.slice(0, m.index)) && /^\s*[,)]/.test(after));
        // Left as it is (a BunFile used otherwise), the call stays code the pack does not read.
        if (!read) return out;
        out = `${out.slice(0, m.index)} file(${out.slice(m.index + m[0].length)}`;
    }
}

/**
 * The hosts the Deno.serve and Bun.serve calls of a JavaScript file's `text` listen on, each undefined when the pack
 * cannot tell; undefined when a call's options cannot be read (a spread, a computed key, a non-TCP transport):
 * - Deno API "Deno.serve": `serve(handler)`, `serve(options, handler)`, `serve(options)` with `handler`;
 *   ServeTcpOptions.hostname "A literal IP address or host name that can be resolved to an IP address ... @default
 *   "0.0.0.0""; `path` (a unix socket) and `cid` (vsock) are other transports;
 * - Bun docs "HTTP server" (`Bun.serve({ port, hostname, fetch })`): "hostname: ... defaults to "0.0.0.0"", `unix` a
 *   unix socket instead.
 * An options object is a literal or a name assigned one once (jsObject); anything else (a handler alone, a name the
 * pack cannot follow) listens on the default, every address.
 */
function runtimeServeHosts(text: string, dir: string, cwd: string | undefined): (string | undefined)[] | undefined {
    const hosts: (string | undefined)[] = [];
    for (const m of text.matchAll(RUNTIME_SERVE)) {
        const args = jsCall(text, (m.index ?? 0) + m[0].length - 1)?.args;
        if (args === undefined) return undefined;
        const options = args.length === 0 ? undefined : jsObject(args[0], text);
        if (options === undefined) {
            hosts.push("0.0.0.0");
            continue;
        }
        const inner = /^\s*\{([\s\S]*)\}\s*$/.exec(options)?.[1] ?? "";
        const items = jsCall(`(${inner})`, 0)?.args ?? [];
        if (items.some(i => /^\s*(\.\.\.|\[)/.test(i))) return undefined;
        if (["path", "cid", "transport", "unix"].some(k => jsProperty(options, k) !== undefined)) return undefined;
        const host = jsProperty(options, "hostname");
        hosts.push(host === undefined ? "0.0.0.0" : jsPath(host, text, dir, cwd));
    }
    return hosts;
}

/**
 * `process` members such a program may use: its environment, arguments, output and state, and dropping root's
 * identity (Node.js "Process", process.setuid(id) "sets the user identity of the process", setgid, setgroups,
 * initgroups, seteuid, setegid): run as root, any identity it takes reaches no more than root did.
 */
const NODE_PROCESS_OK =
    /^(env|cwd|argv|exit|exitCode|on|once|pid|platform|nextTick|stdout|stderr|uptime|memoryUsage|hrtime|version|versions|title|setuid|setgid|seteuid|setegid|setgroups|initgroups|getuid|getgid|geteuid|getegid|getgroups)$/;

/**
 * Why the pack refuses a Node.js program's write to `path` (a jsPath value, relative to `cwd`), undefined when it
 * accepts it (round 63): a log or pid file (`.log`, `.pid`) at a path the pack resolves, under /var/log or /run
 * (FHS 3.0: "/var/log: Log files and directories", "/run: Run-time variable data", its PID files) or beside the
 * program's own files (`dirs`), and no file the node reads as configuration or code (NODE_CONFIG_PATHS,
 * READ_BEFORE_WRITE, SERVER_CONFIGS) nor under a directory pods write (podWritableRoot). A path from a request, or
 * anything else, stays refused: what is written there may be what the program logs of a request.
 */
function nodeWriteRefusal(path: string | undefined, cwd: string | undefined, dirs: string[]): string | undefined {
    const full =
        path === undefined || (!path.startsWith("/") && cwd === undefined)
            ? undefined
            : posix.resolve(cwd ?? "/", path);
    if (full === undefined) return "a path the pack cannot resolve";
    const p = full.replace(/^\/var\/run(?=\/|$)/, "/run");
    if ([...NODE_CONFIG_PATHS, ...READ_BEFORE_WRITE, ...SERVER_CONFIGS.map(c => c.path)].some(c => c.test(p)))
        return "a file the node reads as configuration or code";
    const root = podWritableRoot(p);
    if (root) return `under ${root}, a node directory the pack lets pods write`;
    const beside = (d: string) => d !== "/" && p.startsWith(`${d.replace(/\/$/, "")}/`);
    if (/[^/]\.(log|pid)$/.test(p) && (["/var/log", "/run"].some(beside) || dirs.some(beside))) return undefined;
    return "no log or pid file under /var/log, /run or beside the program";
}

/**
 * A Node.js program run as root that serves files, or code the pack cannot read, from its own code, read as
 * pythonFileServerListeners reads a Python program: the script, `-e` code or standard input user data gave
 * (nodeEntry; its runners: nodeRunnerArgs) with the local modules it loads that user data wrote (`require('./x')`,
 * `import`, `-r ./x`; Node.js "Modules: CommonJS", "All together": X, X.js, X.json, X/index.js):
 * - the directories the static-file APIs serve (`express.static(root)` under any name `express` or its `static` is
 *   bound to, NODE_STATIC_PACKAGES, @fastify/static's `root` and serve-handler's `public` options) and the files
 *   NODE_FILE_CALLS hand out (sendFile's `root` when given), each by jsPath: a computed one (`'/' + req.url`) a
 *   directory the pack cannot know;
 * - what it cannot follow (NODE_OPAQUE_MODULES, NODE_UNREAD_CODE, a computed module, a local module user data did not
 *   write): a program the pack does not read, fail closed;
 * - beyond loopback, an ALLOWLIST (round 61: a list of the APIs that serve files cannot end): any module but
 *   NODE_KNOWN_MODULES, `fs` used other than by a NODE_FS_CALLS call, `process` beyond NODE_PROCESS_OK: "a program the
 *   pack cannot read that serves beyond loopback";
 * on the hosts of its `.listen(...)` calls (Node.js "net", `server.listen([port[, host[, backlog]]][, callback])`: "If
 * host is omitted, the server will accept connections on the unspecified IPv6 address (::) ... or the unspecified IPv4
 * address (0.0.0.0)"; `listen({port, host})` alike; Express's and Koa's `app.listen` are http.Server's), every address
 * when one is no literal nor a name assigned one, or when it names none and loads a module that may listen (anything
 * but NODE_LOCAL_MODULES), or an unknown module's `.serve`/`.start`/`.open`/`Server` starts one. A script user data did
 * not write is judged by its command line and environment (unreadListeners, environmentListeners).
 */
export function nodeFileServerListeners(
    runnerArgs: readonly string[],
    cwd: string | undefined,
    program: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
    _command?: string,
    depth = 0,
): Listener[] {
    // A package manager's run-scripts (packageScripts), the one asked for and those around it: each a command line run
    // in the package's directory, read as a Node.js program when it is one the reader follows, else code the pack
    // cannot read (fail closed).
    const scripts = packageScripts(program, runnerArgs, cwd, fileText, view);
    if (scripts !== undefined) {
        const what = (name: string, line: string) =>
            `${program} ${runnerArgs.join(" ")}: ${name === "" ? "its script" : `scripts.${name}`} (${line})`;
        if (scripts.unread !== undefined)
            return [
                {
                    server: `${program} ${runnerArgs.join(" ")}`,
                    binds: [],
                    serves: { unread: `${program} ${runnerArgs.join(" ")}: ${scripts.unread}` },
                },
            ];
        return [
            ...scripts.around,
            ...(scripts.main === undefined ? [] : ([["", scripts.main]] as [string, string][])),
        ].flatMap(([name, line]): Listener[] => {
            const words = /[;&|<>$`]/.test(line) ? [] : quotedWords(line);
            const runner = posix.basename(words[0] ?? "");
            // A compiler listens nowhere; what it writes is judged by viewingJudge (tscWrites).
            if (tscWrites(words, scripts.dir, fileText) !== undefined) return [];
            const run = NODE_RUNNERS.test(runner)
                ? nodeRunnerArgs(runner, words.slice(1), scripts.dir, fileText)
                : undefined;
            if (
                run !== undefined &&
                nodeEntry(run.args, scripts.dir, fileText, view, run.runner) !== undefined &&
                depth < 3
            )
                return nodeFileServerListeners(
                    words.slice(1),
                    scripts.dir,
                    runner,
                    fileText,
                    view,
                    undefined,
                    depth + 1,
                );
            return [
                {
                    server: what(name, line),
                    binds: [],
                    serves: { unread: `${what(name, line)}, a command line the pack does not read` },
                },
            ];
        });
    }
    if (program === "deno" && runnerArgs[0] === "serve")
        return denoServeListeners(runnerArgs.slice(1), cwd, fileText, view);
    const denoUnread = program === "deno" ? denoUnreadSubcommand(runnerArgs) : undefined;
    if (denoUnread !== undefined)
        return [{ server: `deno ${runnerArgs.join(" ")}`.trim(), binds: [], serves: { unread: denoUnread } }];
    const run = nodeRunnerArgs(program, runnerArgs, cwd, fileText);
    const entry = run === undefined ? undefined : nodeEntry(run.args, cwd, fileText, view, run.runner);
    // Node.js "Command-line API" --env-file: the file's variables join the environment (round 74: not read into it).
    const given = runnerArgs.some(w => /^--env-file/.test(w)) ? { ...view, programEnvironment: undefined } : view;
    const environment = /^bun/.test(program) ? bunDotEnv(runnerArgs, cwd, fileText, given) : given;
    const remaps = program === "deno" && runnerArgs.some(w => /^(--import-map|--config|-c)(=|$)/.test(w));
    return entry === undefined ? [] : nodeProgramListeners(program, entry, cwd, fileText, environment, remaps);
}

/**
 * Round 76: whether the pack reads the whole of the Node.js program `node ARGS` runs (nodeProgramListeners): its entry
 * and every local module it loads written by user data, every package one the pack knows (NODE_KNOWN_MODULES), every
 * API one it reads (no NODE_UNREAD_CODE, no `process` member beyond NODE_PROCESS_OK). Such a program listens only
 * where its `.listen` calls say, judged with its environment when that is fully known (jsEnvironmentValues), every
 * address otherwise: a listen variable in its environment (HOST=0.0.0.0) is then no setting of an unread program
 * (environmentListeners). Node.js itself takes no listen address from its environment (Node.js "Command-line API",
 * "Environment variables": NODE_OPTIONS and the like, none an address), so only node/nodejs qualify; Bun loads `.env`
 * files by itself (Bun docs "Environment variables") and deno/bun/tsx may run code the reader does not follow.
 */
export function nodeProgramReadInFull(
    program: string,
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView = NO_VIEW,
): boolean {
    if (!/^(node|nodejs)$/.test(program)) return false;
    const run = nodeRunnerArgs(program, args, cwd, fileText);
    const entry = run === undefined ? undefined : nodeEntry(run.args, cwd, fileText, view, run.runner);
    if (entry === undefined || entry.unread !== undefined || entry.network !== undefined) return false;
    const report = { inFull: false };
    nodeProgramListeners(program, entry, cwd, fileText, view, false, report);
    return report.inFull;
}

/**
 * `deno serve [--host H] [--port P] [options] FILE` (Deno docs "deno serve": FILE's default export's `fetch` handles
 * every request; "--port <port>: The TCP port to serve on. Pass 0 to pick a random free port [default: 8000]",
 * "--host <host>: The TCP address to serve on, defaulting to 0.0.0.0"; the net permission for that address is granted
 * by deno serve itself): a listener on H:P serving what FILE serves (nodeProgramListeners; a handler the pack finds no
 * server in is a program it does not read), besides FILE's own listeners within its permissions (denoNetwork).
 */
function denoServeListeners(
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    let host = "0.0.0.0";
    let port = "8000";
    const rest: string[] = [];
    for (let i = 0; i < args.length; i++) {
        const [, name, glued] = /^(--host|--port)(?:=(.*))?$/s.exec(args[i]) ?? [];
        if (name === undefined) rest.push(args[i]);
        else if (name === "--host") host = glued ?? args[++i] ?? "";
        else port = glued ?? args[++i] ?? "";
    }
    const server = `deno serve ${args.join(" ")}`;
    const bind = /:/.test(host) ? `[${host}]:${port}` : `${host}:${port}`;
    const entry = nodeEntry(rest, cwd, fileText, view, "deno");
    if (entry === undefined || entry.unread !== undefined)
        return [{ server, binds: [bind], serves: { unread: `${server} (${entry?.unread ?? "its module: unread"})` } }];
    const own = nodeProgramListeners("deno", entry, cwd, fileText, view);
    const handler = nodeProgramListeners("deno", { ...entry, network: undefined }, cwd, fileText, view);
    const served: Listener[] =
        handler.length > 0
            ? handler.map(l => ({ ...l, server, binds: [bind] }))
            : [{ server, binds: [bind], serves: { unread: `${server} (its fetch handler in ${entry.path})` } }];
    return [...served, ...own];
}

/**
 * Round 77: Bun docs "Environment variables", "Setting environment variables": "Bun reads the following files
 * automatically (listed in order of increasing precedence): .env; .env.production, .env.development, .env.test
 * (depending on the value of NODE_ENV); .env.local (not loaded when NODE_ENV=test); .env.production.local,
 * .env.development.local, .env.test.local (depending on the value of NODE_ENV)", from the working directory, unless
 * `--no-env-file` ("Disabling automatic .env loading"). Each file user data wrote there, whatever NODE_ENV is, adds
 * its variables' values to the run's known environment (programEnvironment) as process.loadEnvFile's do; one whose
 * content the pack cannot know, or an unknown working directory, leaves the environment unknown (fail closed).
 */
function bunDotEnv(
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): ScriptView {
    if (view.programEnvironment === undefined || args.includes("--no-env-file")) return view;
    if (cwd === undefined) return { ...view, programEnvironment: undefined };
    const names = [".env", ...["production", "development", "test"].flatMap(e => [`.env.${e}`, `.env.${e}.local`])];
    const env = new Map(view.programEnvironment);
    for (const name of [...names, ".env.local"]) {
        const content = readConfig(posix.join(cwd, name), fileText, view);
        if (content === null) return { ...view, programEnvironment: undefined };
        if (content === undefined) continue;
        for (const { name: variable, value } of environmentFileVariables(content))
            env.set(variable, [...(env.get(variable) ?? []), value]);
    }
    return { ...view, programEnvironment: env };
}

/**
 * Round 77: where a bare package name `spec` loaded from modules in `dirs` resolves to code user data put there, not
 * the package the pack knows by name. Node.js "Modules: CommonJS", "Loading from node_modules folders": "If the module
 * identifier passed to require() is not a built-in module, and does not begin with '/', '../', or './', then Node.js
 * starts at the directory of the current module, and adds /node_modules, and attempts to load the module from that
 * location. If it is not found there, then it moves to the parent directory, and so on, until the root of the file
 * system is reached"; "Loading from the global folders": "$HOME/.node_modules, $HOME/.node_libraries,
 * $PREFIX/lib/node" (HOME any value, PREFIX Node.js's configured node_prefix: /usr, /usr/local, or a place user data
 * put node). A candidate directory NAME (the package's, @scope/name) that user data wrote into, or that a write the
 * pack cannot compute may have reached (a copy, an extraction or a link of it or above it: changedBesidesInstalls;
 * an install from the registry is the package by name), is local code: its module as nodeModuleFile finds it when
 * every file it read is known, else a reason it is unread. Undefined: no such directory.
 */
function nodePackageShadow(
    spec: string,
    dirs: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { path: string; text: string } | string | undefined {
    const name = /^(@[^/]+\/[^/]+|[^/]+)/.exec(spec)?.[1] ?? spec;
    const chain = dirs.flatMap(dir => {
        const out: string[] = [];
        for (let d = posix.resolve("/", dir); ; d = posix.dirname(d)) {
            if (posix.basename(d) !== "node_modules") out.push(posix.join(d, "node_modules"));
            if (d === "/") return out;
        }
    });
    const written = [...(view.written?.() ?? [])];
    const homes = new Set([
        "/root",
        ...[...(view.environment.get("HOME") ?? []), ...(view.programEnvironment?.get("HOME") ?? [])].filter(
            (h): h is string => h !== undefined,
        ),
    ]);
    const global = [
        ...[...homes].flatMap(h => [posix.join(h, ".node_modules"), posix.join(h, ".node_libraries")]),
        "/usr/lib/node",
        "/usr/local/lib/node",
        // Any home or prefix user data wrote into (an unknown HOME, node unpacked under a prefix of its own).
        ...written.flatMap(p => /^(.*\/\.node_(?:modules|libraries)|.*\/lib\/node)\//.exec(p)?.[1] ?? []),
    ];
    const under = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);
    for (const root of new Set([...chain, ...global])) {
        const dir = posix.join(root, name);
        const touched =
            written.some(p => under(p, dir) || p === root) ||
            (view.changedBesidesInstalls === undefined
                ? view.changed.has(dir)
                : view.changedBesidesInstalls.has(dir) || view.changedBesidesInstalls.has(root));
        if (!touched) continue;
        const found = nodeModuleFile(posix.join(root, spec), fileText, view);
        const unknown = view.changed.has(dir) || written.some(p => p === root || p === dir);
        return found !== undefined && !unknown
            ? found
            : `${dir}, a package user data put where node resolves ${spec} (Node.js "Loading from node_modules folders"), code the pack does not read`;
    }
    return undefined;
}

/** The listeners of the Node.js program `entry` (nodeEntry) a runner runs, as nodeFileServerListeners reads them. */
function nodeProgramListeners(
    program: string,
    entry: NonNullable<ReturnType<typeof nodeEntry>>,
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    runtimeRemaps = false,
    report?: { inFull: boolean },
): Listener[] {
    if (entry.unread !== undefined)
        return [{ server: `${program} ${entry.label}`, binds: [], serves: { unread: `${program}: ${entry.unread}` } }];
    // deno's sandbox (denoNetwork): whatever its code does, it listens only where its permissions let it, if at all.
    const network = entry.network;
    if (network !== undefined)
        return network.length === 0
            ? []
            : nodeProgramListeners(program, { ...entry, network: undefined }, cwd, fileText, view, runtimeRemaps).map(
                  l => ({
                      ...l,
                      binds: network,
                  }),
              );
    const files: { path: string; text: string; dir: string; code: string }[] = [];
    // The hosts of the Deno.serve/Bun.serve calls read (runtimeServeHosts), each a loopback literal.
    const runtimeServes: string[] = [];
    // Deno docs "Configuration" ("Deno automatically detects a deno.json or deno.jsonc file if it's in your current
    // working directory or parent directories"; its `imports`/`importMap` remap any specifier, a relative one too) and
    // `--import-map`/`--config`: the modules deno runs may not be the files the pack follows, so its servers stay unread.
    const denoRemaps =
        program === "deno" &&
        (view.written === undefined ||
            [...view.written()].some(p => /(^|\/)(deno\.jsonc?|import_map\.json)$/.test(p)) ||
            runtimeRemaps);
    const opaque = new Set<string>();
    const unknown = new Set<string>();
    const packages = new Set<string>();
    // The directories each package is loaded from (the requiring module's: its node_modules chain, nodePackageShadow).
    const packageDirs = new Map<string, string[]>();
    let netLoaded = false;
    // Round 76: whether the code may change its environment beyond what the pack reads (environment below), and the
    // environment files process.loadEnvFile loads (their text), each call counted in the code and matched in the text.
    let environmentChanged = false;
    let envFileCalls = 0;
    const envFiles: string[] = [];
    const read = (path: string, raw: string, dir: string) => {
        if (files.some(f => f.path === path)) return;
        if (files.length >= 50) return void opaque.add(`${path}, past the modules the pack reads`);
        const text = jsWithoutComments(raw);
        for (const m of text.matchAll(
            /(?<![\w$.])(?:require|import)\s*\(\s*([^)]*?)\s*\)|(?:^|[;\s])(?:import|export)\s[^;'"`]*?\bfrom\s*(['"][^'"]*['"])|(?:^|[;\s])import\s*(['"][^'"]*['"])/gm,
        ))
            load(m[1] ?? m[2] ?? m[3], dir);
        // Code, its strings emptied (a word in a message is no call), a template's `${}` kept as code.
        let code = "";
        for (let i = 0; i < text.length; i++) {
            const ch = text[i];
            if (ch !== "'" && ch !== '"' && ch !== "`") code += ch;
            else {
                const end = jsStringEnd(text, i);
                const body = text.slice(i + 1, end - 1);
                code += ch === "`" ? `\`${(body.match(/\$\{[^}]*\}/g) ?? []).join(" ")}\`` : `${ch}${ch}`;
                i = end - 1;
            }
        }
        files.push({ path, text, dir, code });
        // The runtimes' own servers read as `.listen` is (runtimeServeHosts): each call on a loopback literal is a
        // listener there; the runtime's other APIs (files, processes, sockets) and a server on any other address stay
        // code the pack does not read.
        const serves = runtimeServeHosts(text, dir, cwd);
        const proven = !denoRemaps && serves !== undefined && serves.every(h => h !== undefined && loopbackOnly([h]));
        if (proven) runtimeServes.push(...(serves as string[]));
        const tested = proven ? runtimeFileReads(code.replace(RUNTIME_SERVE, " serve(")) : code;
        for (const [pattern, what] of NODE_UNREAD_CODE) if (pattern.test(tested)) opaque.add(what);
        for (const m of code.matchAll(/(?<![\w$.])process\s*(?:\.\s*([\w$]+)|\[)/g))
            if (m[1] === "loadEnvFile") envFileCalls++;
            else if (!NODE_PROCESS_OK.test(m[1] ?? "")) {
                unknown.add(`process${m[1] === undefined ? "[...]" : `.${m[1]}`}`);
                // Round 76: process["env"] is process.env (ECMAScript property accessors), any other member may be
                // the environment too (process.loadEnvFile, process["loadEnvFile"]): the environment is unknown.
                environmentChanged = true;
            }
        // `process` handed on (`const p = process`, `f(process)`), or reached through the global object
        // (`globalThis.process`, ECMAScript "The Global Object"): what it does to the environment is unread.
        if (/(?<![\w$.])process(?![\w$])(?!\s*(?:\.|\[))/.test(code)) {
            unknown.add("process handed on");
            environmentChanged = true;
        }
        if (/(?<![\w$.])(globalThis|global)(?![\w$])/.test(code)) environmentChanged = true;
        // Node.js "process.loadEnvFile(path)": "Loads the .env file into process.env" (path "Default: './.env'",
        // relative to the working directory): a literal path to a file user data wrote adds its variables' values
        // (variableValues below); any other path or use leaves the environment unknown.
        for (const m of text.matchAll(/(?<![\w$.])process\s*\.\s*loadEnvFile\s*\(/g)) {
            const given = jsCall(text, (m.index ?? 0) + m[0].length - 1)?.args ?? [];
            const path = given.length === 0 ? ".env" : jsPath(given[0], text, dir, cwd);
            const full =
                path === undefined || given.length > 1 || (!path.startsWith("/") && cwd === undefined)
                    ? undefined
                    : posix.resolve(cwd ?? "/", path);
            const content = full === undefined ? undefined : readConfig(full, fileText, view);
            if (typeof content === "string") envFiles.push(content);
            else environmentChanged = true;
            envFileCalls--;
        }
    };
    const load = (expr: string, dir: string) => {
        const name = jsString(expr);
        if (name === undefined) opaque.add(`a computed module (${expr.trim()})`);
        else if (/^(?:node:)?net$/.test(name)) netLoaded = true;
        else if (NODE_OPAQUE_MODULES.test(name)) opaque.add(name);
        else if (!/^\.{0,2}\//.test(name)) {
            packages.add(name);
            packageDirs.set(name, [...(packageDirs.get(name) ?? []), dir]);
        } else {
            const found = nodeModuleFile(posix.resolve(dir, name), fileText, view);
            if (found !== undefined) return read(found.path, found.text, posix.dirname(found.path));
            opaque.add(`${posix.resolve(dir, name)}, a module user data does not write`);
        }
    };
    read(entry.path, entry.text, entry.dir);
    // Round 75: Bun docs "HTTP server", "export default syntax" ("when Bun sees a file with a default export containing
    // a fetch handler, it passes it into Bun.serve under the hood"; hostname "defaults to "0.0.0.0""): the entry's
    // default export may be a server the pack does not read (its file reads included: runtimeFileReads).
    if (
        /^bun/.test(program) &&
        /(?:^|[;\s])export\s+default\b|\bexport\s*\{[^}]*\bas\s+default\b/.test(files[0]?.code ?? "")
    )
        opaque.add("a default export Bun serves on every address");
    // A preload given as a file: URL is that file; one by another URL (data:, http:) or a package the pack does not
    // know runs code it cannot read before the program (NODE_PRELOAD_OPTIONS).
    for (const preload of entry.preloads) {
        const url = /^file:(?:\/\/)?(\/[\s\S]*)$/.exec(preload);
        if (url)
            load(
                JSON.stringify(
                    url[1].replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
                ),
                cwd ?? "/",
            );
        else if (/^[a-z][\w+.-]*:/i.test(preload) && !/^node:/.test(preload)) opaque.add(`${preload}, a preloaded URL`);
        else if (!/^\.{0,2}\//.test(preload) && !NODE_KNOWN_MODULES.test(preload))
            opaque.add(`${preload}, a preloaded package the pack does not read`);
        else load(JSON.stringify(preload), cwd ?? "/");
    }
    for (const p of packages) {
        // Round 77: a package user data put on the resolution chain is its code, not the package known by name.
        const shadow =
            /^node:/.test(p) || NODE_CORE_MODULES.test(p)
                ? undefined
                : nodePackageShadow(p, packageDirs.get(p) ?? [], fileText, view);
        if (shadow !== undefined) {
            if (typeof shadow === "string") opaque.add(shadow);
            else read(shadow.path, shadow.text, posix.dirname(shadow.path));
            environmentChanged ||= typeof shadow === "string";
            continue;
        }
        if (!NODE_KNOWN_MODULES.test(p)) {
            unknown.add(`${p}, a package the pack does not read`);
            // An unread package (node:process's loadEnvFile destructured, any package's code) may set process.env.
            environmentChanged = true;
        }
    }
    // Node.js "Modules: CommonJS", "Loading from the global folders": "If the NODE_PATH environment variable is set to
    // a colon-delimited list of absolute paths, then Node.js will search those paths for modules if they are not found
    // elsewhere"; core modules "are always preferentially loaded" ("Built-in modules"). With NODE_PATH in the
    // program's environment a package the pack knows by name may be code user data put there: unread.
    if ((view.programEnvironment?.get("NODE_PATH") ?? []).some(v => v !== ""))
        for (const p of packages)
            if (!/^node:/.test(p) && !NODE_CORE_MODULES.test(p))
                opaque.add(`${p}, a package NODE_PATH may resolve to code the pack does not read`);
    // Workers inherit the primary's environment and execArgv (Node.js "Cluster", `cluster.settings.execArgv`: "Defaults
    // to process.execArgv"): a program that forks and changes them (NODE_OPTIONS) starts workers the pack does not read.
    if ([...packages].some(p => /^(?:node:)?cluster$/.test(p))) {
        // Code given by -e or standard input has no main module: a worker runs the first argument (process.argv[1]).
        if (/\[(eval|stdin)\]$/.test(entry.path))
            opaque.add("cluster workers of code given inline, which run the program its first argument names");
        for (const f of files)
            for (const m of f.code.matchAll(/(?<![\w$.])process\s*\.\s*(env|execArgv|execPath)(?![\w$])/g)) {
                const rest = f.code.slice((m.index ?? 0) + m[0].length);
                const read =
                    m[1] === "env" &&
                    /^\s*(?:\.\s*[\w$]+(?![\w$])|\[\s*(['"])\1\s*\])(?!\s*(?:[-+*/%&|^]|\*\*|<<|>>>?|\?\?|&&|\|\|)?=(?!=)|\s*(?:\+\+|--))/.test(
                        rest,
                    );
                if (!read) opaque.add(`process.${m[1]} beyond reading a variable, which cluster workers inherit`);
            }
    }
    const all = files.map(f => f.text).join("\n");
    const served: { dir: string | undefined; api: string; cgi?: boolean }[] = [];
    const serve = (dir: string | undefined, api: string) =>
        served.push({ dir: dir === undefined ? undefined : servedDirectory(dir, cwd), api });
    for (const file of files) {
        const path = (expr: string | undefined) =>
            expr === undefined ? undefined : jsPath(expr, file.text, file.dir, cwd);
        // A write (NODE_FS_WRITES, pino.destination) whose path nodeWriteRefusal refuses: a program the pack cannot read.
        const write = (expr: string | undefined, api: string) => {
            const target = path(expr);
            const why = nodeWriteRefusal(target, cwd, [...new Set(files.map(f => f.dir))]);
            if (why) unknown.add(`${api} of ${target ?? expr ?? "no path"}, ${why}`);
        };
        const callArgs = (m: RegExpMatchArray) => jsCall(file.text, (m.index ?? 0) + m[0].length - 1)?.args ?? [];
        const escape = (n: string) => n.replace(/\$/g, "\\$");
        const bound = (pattern: RegExp) =>
            [
                ...file.text.matchAll(
                    /(?:const|let|var)\s+([\w$]+)\s*=\s*require\s*\(\s*(['"])([^'"]+)\2\s*\)|import\s+(?:\*\s+as\s+)?([\w$]+)\s*(?:,\s*\{[^}]*\}\s*)?from\s*(['"])([^'"]+)\5/g,
                ),
            ]
                .filter(m => pattern.test(m[3] ?? m[6]))
                .map(m => escape(m[1] ?? m[4]));
        // Named imports (`import { a as b } from 'M'`, `const { a: b } = require('M')`): [module, member, local name].
        const members = [
            ...file.text.matchAll(
                /(?:const|let|var)\s*\{([^}]*)\}\s*=\s*require\s*\(\s*(['"])([^'"]+)\2\s*\)|import\s+(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*(['"])([^'"]+)\5/g,
            ),
        ].flatMap(m =>
            (m[1] ?? m[4]).split(",").flatMap(item => {
                const named = /^\s*([\w$]+)\s*(?:(?::|\bas\b)\s*([\w$]+))?\s*$/.exec(item.replace(/=[\s\S]*$/, ""));
                return named ? [{ module: m[3] ?? m[6], member: named[1], local: named[2] ?? named[1] }] : [];
            }),
        );
        const express = ["express", ...bound(/^express$/)];
        // express's `static` member, and any member of a static package (`import { default as serve } from 'sirv'`).
        const staticNames = members
            .filter(m => (m.module === "express" && m.member === "static") || NODE_STATIC_PACKAGES.test(m.module))
            .map(m => escape(m.local));
        const calls = new RegExp(
            `(?<![\\w$.])(?:(?:${express.join("|")}|require\\s*\\(\\s*['"]express['"]\\s*\\))\\.static|require\\s*\\(\\s*['"](?:serve-static|koa-static|@koa/static|sirv)['"]\\s*\\)${[
                ...bound(NODE_STATIC_PACKAGES),
                ...staticNames,
            ]
                .map(n => `|${n}`)
                .join("")})\\s*\\(`,
            "g",
        );
        for (const m of file.text.matchAll(calls))
            serve(
                path(jsCall(file.text, (m.index ?? 0) + m[0].length - 1)?.args[0]),
                /\.static\s*\($/.test(m[0]) || staticNames.length > 0 ? "express.static" : "serve-static",
            );
        // `express.static` handed on uncalled (`const s = express.static`): what it serves is unknown.
        if (new RegExp(`(?<![\\w$.])(?:${express.join("|")})\\.static(?!\\s*\\()`).test(file.text))
            serve(undefined, "express.static");
        // The file-serving functions are followed only where they are called, or express's members named (`express.json()`):
        // bound to another name (`const serve = serveStatic`, `const { static: files } = express`), reached by brackets
        // (`express['static']`, `require('express')['static']`) or handed on (`app.use(serveStatic)`, `module.exports =
        // express`, `.default`), what they serve is unknown (fail closed). The bindings the reader reads are set aside.
        const handler = bound(/^serve-handler$/);
        const uses = file.text.replace(NODE_BINDINGS, b => " ".repeat(b.length));
        const requireOf = (modules: string) => String.raw`(?:require|import)\s*\(\s*['"](?:${modules})['"]\s*\)`;
        const handedOn = [
            // A function: only called.
            String.raw`(?:${[...bound(NODE_STATIC_PACKAGES), ...staticNames, ...handler, requireOf(NODE_STATIC_PACKAGES.source.slice(2, -2)), requireOf("serve-handler")].join("|")})(?![\w$]|\s*\()`,
            // express: called (the application), or a member named.
            String.raw`(?:${[...bound(/^express$/), requireOf("express")].join("|")})(?![\w$]|\s*\(|\.(?!default(?![\w$]))[\w$])`,
        ];
        for (const pattern of handedOn)
            if (new RegExp(String.raw`(?<![\w$.])${pattern}`).test(uses)) serve(undefined, "a file-serving function");
        // serve-handler `handler(request, response, options)`: options.public, "By default, the current working
        // directory will be served" (vercel/serve-handler README, "public"); options the pack cannot read: unknown.
        for (const m of uses.matchAll(
            new RegExp(String.raw`(?<![\w$.])(?:${[...handler, requireOf("serve-handler")].join("|")})\s*\(`, "g"),
        )) {
            const options = jsCall(uses, (m.index ?? 0) + m[0].length - 1)?.args[2];
            const object = options === undefined ? "{}" : jsObject(options, file.text);
            serve(
                object === undefined ? undefined : path(jsProperty(object, "public") ?? "process.cwd()"),
                "serve-handler",
            );
        }
        for (const m of file.text.matchAll(NODE_FILE_CALLS)) {
            const given = jsCall(file.text, (m.index ?? 0) + m[0].length - 1)?.args ?? [];
            const root = m[1] === "sendFile" ? jsProperty(given[1], "root") : undefined;
            serve(path(root ?? given[0]), m[1]);
        }
        // `fs` by the allowlist: its functions called by name (NODE_FS_CALLS, the reads judged above, under a name
        // of their own too), any other use of the module (`util.promisify(fs.readFile)`, fs.openSync) unread.
        const fsModule = /^(?:node:)?fs(\/promises)?$/;
        const fsNames = bound(fsModule);
        for (const name of fsNames)
            for (const m of file.text.matchAll(
                new RegExp(
                    `(?<![\\w$.'"/:])${name}(?![\\w$'"])(\\s*\\.\\s*(?:promises\\s*\\.\\s*)?([\\w$]+)(\\s*\\()?)?`,
                    "g",
                ),
            )) {
                const declared = /(?:const|let|var|import|\*\s*as)\s*$/.test(file.text.slice(0, m.index ?? 0));
                if (!declared && m[3] !== undefined && NODE_FS_WRITES.test(m[2])) write(callArgs(m)[0], `fs.${m[2]}`);
                else if (!declared && (m[2] === undefined || !NODE_FS_CALLS.test(m[2]) || m[3] === undefined))
                    unknown.add(`fs${m[2] === undefined ? "" : `.${m[2]}`} used as the pack does not read`);
            }
        for (const m of members.filter(m => fsModule.test(m.module))) {
            if (NODE_FS_WRITES.test(m.member)) {
                // Called by its name only: handed on (`promisify(writeFile)`) it writes where the pack cannot see.
                const local = escape(m.local);
                for (const c of file.text.matchAll(new RegExp(`(?<![\\w$.])${local}\\s*\\(`, "g")))
                    write(callArgs(c)[0], `fs.${m.member}`);
                if ([...file.text.matchAll(new RegExp(`(?<![\\w$.])${local}(?![\\w$]|\\s*\\()`, "g"))].length > 1)
                    unknown.add(`fs.${m.member} used as the pack does not read`);
            } else if (!NODE_FS_CALLS.test(m.member)) unknown.add(`fs.${m.member}, a file API the pack does not read`);
            else if (m.local !== m.member)
                for (const c of file.text.matchAll(new RegExp(`(?<![\\w$.])${escape(m.local)}\\s*\\(`, "g")))
                    serve(path(jsCall(file.text, (c.index ?? 0) + c[0].length - 1)?.args[0]), m.member);
        }
        const fsRequire = String.raw`require\s*\(\s*['"](?:node:)?fs(?:/promises)?['"]\s*\)`;
        const requires = [...file.text.matchAll(new RegExp(fsRequire, "g"))].length;
        const boundRequires = [
            ...file.text.matchAll(
                new RegExp(String.raw`(?:const|let|var)\s*(?:[\w$]+|\{[^}]*\})\s*=\s*${fsRequire}`, "g"),
            ),
        ].length;
        // `require('fs').member(...)`: the reads judged by NODE_FILE_CALLS above, the writes here.
        let calledRequires = 0;
        for (const m of file.text.matchAll(
            new RegExp(String.raw`${fsRequire}\s*\.\s*(?:promises\s*\.\s*)?([\w$]+)\s*\(`, "g"),
        ))
            if (NODE_FS_WRITES.test(m[1])) {
                calledRequires++;
                write(callArgs(m)[0], `fs.${m[1]}`);
            } else if (NODE_FS_CALLS.test(m[1])) calledRequires++;
        if (requires > boundRequires + calledRequires) unknown.add("fs used as the pack does not read");
        // pino.destination(dest) (pinojs docs/api.md: "dest: a file path or file descriptor"), `{ dest }`: a write.
        if ([...packages].some(p => /^pino(-http)?$/.test(p))) {
            // pino's transports (pinojs docs/transports.md: "A transport is a module", `pino.transport({ target })`,
            // the `transport`, `targets` and `pipeline` options) run a module the pack does not read in a worker thread.
            if (/(?<![\w$])(transport|targets|pipeline)\s*:|\.\s*transport\s*\(/.test(file.code))
                opaque.add("a pino transport (a module run in a worker thread)");
            for (const m of file.text.matchAll(/(?<![\w$])destination\s*\(/g)) {
                const given = callArgs(m)[0];
                const dest = /^\{[\s\S]*\}$/.test(given ?? "") ? jsProperty(given, "dest") : given;
                if (!/^\s*\d+\s*$/.test(dest ?? "")) write(dest, "pino.destination");
            }
        }
        // node:cluster by NODE_CLUSTER_OK: workers run this same program, unless told another or given an environment.
        const clusterModule = /^(?:node:)?cluster$/;
        for (const name of bound(clusterModule))
            for (const m of file.text.matchAll(
                new RegExp(`(?<![\\w$.'"/:])${name}(?![\\w$'"])(?:\\s*\\.\\s*([\\w$]+)(\\s*\\(\\s*\\))?)?`, "g"),
            )) {
                const declared = /(?:const|let|var|import|\*\s*as)\s*$/.test(file.text.slice(0, m.index ?? 0));
                if (!declared && !NODE_CLUSTER_OK.test(m[1] ?? "") && !(m[1] === "fork" && m[2] !== undefined))
                    opaque.add(`cluster${m[1] === undefined ? "" : `.${m[1]}`}, a worker the pack does not read`);
            }
        for (const m of members.filter(m => clusterModule.test(m.module)))
            if (
                m.member === "fork"
                    ? [...file.text.matchAll(new RegExp(`(?<![\\w$.])${escape(m.local)}\\s*\\((?!\\s*\\))`, "g"))]
                          .length > 0
                    : !NODE_CLUSTER_OK.test(m.member)
            )
                opaque.add(`cluster.${m.member}, a worker the pack does not read`);
        const clusterRequire = String.raw`require\s*\(\s*['"](?:node:)?cluster['"]\s*\)`;
        if (
            [...file.text.matchAll(new RegExp(clusterRequire, "g"))].length >
            [
                ...file.text.matchAll(
                    new RegExp(String.raw`(?:const|let|var)\s*(?:[\w$]+|\{[^}]*\})\s*=\s*${clusterRequire}`, "g"),
                ),
            ].length
        )
            opaque.add("cluster, a worker the pack does not read");
        // @fastify/static's `{ root: DIR }`, serve-handler's `{ public: DIR }`, the key quoted or computed (`'root':`,
        // `['root']:`) or shorthand (`{ root }` is `{ root: root }`, ECMAScript "Object Initializer"): the name's value.
        if (/@fastify\/static|fastify-static|serve-handler/.test(all))
            for (const m of file.text.matchAll(
                /(?<![\w$])(?:\[\s*)?(['"`]?)(root|public)\1(?:\s*\])?\s*:\s*|(?<=[{,]\s*)(root|public)(?=\s*[,}])/g,
            ))
                serve(
                    path(m[3] ?? jsExpressionAt(file.text, (m.index ?? 0) + m[0].length)),
                    (m[2] ?? m[3]) === "root" ? "@fastify/static" : "serve-handler",
                );
    }
    // `net` used as a client only is no listener (Node.js "net": net.connect()/net.createConnection() "A factory
    // function, which creates a new net.Socket, immediately initiates connection"; socket.connect(port[, host]), host
    // "Default: 'localhost'", or a unix socket's path): read so when it starts no server (createServer, Server,
    // listen) and every connection it opens is to the node's loopback or a unix socket. Any other use (a server, a
    // connection to another host, which may relay) is NODE_OPAQUE_MODULES' `net`.
    if (netLoaded) {
        const clientOnly = files.every(
            file =>
                !/(?<![\w$])(createServer|Server|listen)\b/.test(file.code) &&
                [...file.text.matchAll(/(?<![\w$])(connect|createConnection)\s*\(/g)].every(m => {
                    const given = jsCall(file.text, (m.index ?? 0) + m[0].length - 1)?.args ?? [];
                    const object = /^\{[\s\S]*\}$/.test(given[0] ?? "") ? given[0] : undefined;
                    const socket = object ? jsProperty(object, "path") : given[0];
                    const path = socket === undefined ? undefined : jsPath(socket, file.text, file.dir, cwd);
                    if (path?.startsWith("/")) return true;
                    const host = object ? jsProperty(object, "host") : given[1];
                    if (host === undefined || /^\s*(\(|function\b|async\b)/.test(host)) return true;
                    const value = jsPath(host, file.text, file.dir, cwd);
                    return value !== undefined && loopbackOnly([value]);
                }),
        );
        if (!clientOnly) opaque.add("net");
    }
    // Round 76: every module it loads read or one the pack knows, every API it uses one the pack reads
    // (nodeProgramReadInFull).
    if (report !== undefined) report.inFull = opaque.size === 0 && unknown.size === 0 && !denoRemaps;
    // Round 74: the program's environment, when fully known (a unit's: unitProgramEnvironment) and nothing changes
    // process.env before a listen reads it: no NODE_OPTIONS (which may name an --env-file), no dotenv (its README:
    // "Dotenv is a zero-dependency module that loads environment variables from a .env file into process.env"), and
    // every use of process.env in the code a read of one variable, never an assignment.
    const known =
        view.programEnvironment === undefined || environmentChanged || envFileCalls !== 0
            ? undefined
            : envFiles.reduce((env, text) => {
                  // Values existing in the environment are kept (Node.js docs: the environment "takes precedence"),
                  // so a file's value is one more the variable may hold.
                  const next = new Map(env);
                  for (const { name, value } of environmentFileVariables(text))
                      next.set(name, [...(env.get(name) ?? []), value]);
                  return next;
              }, view.programEnvironment);
    const environment =
        known !== undefined &&
        !known.has("NODE_OPTIONS") &&
        ![...packages].some(p => /^dotenv(\/|$)/.test(p)) &&
        files.every(f =>
            [...f.code.matchAll(/(?<![\w$.])process\s*\.\s*env(?![\w$])/g)].every(m =>
                /^\s*(?:\.\s*[\w$]+(?![\w$])|\[\s*(['"])\1\s*\])(?!\s*(?:[-+*/%&|^]|\*\*|<<|>>>?|\?\?|&&|\|\|)?=(?!=)|\s*(?:\+\+|--))/.test(
                    f.code.slice((m.index ?? 0) + m[0].length),
                ),
            ),
        )
            ? known
            : undefined;
    const listens = files.flatMap(file =>
        [...file.text.matchAll(/\.listen\s*\(/g)].flatMap((m): (string | undefined)[] => {
            const given = jsCall(file.text, (m.index ?? 0) + m[0].length - 1)?.args ?? [];
            const object = /^\{[\s\S]*\}$/.test(given[0] ?? "") ? given[0] : undefined;
            // A unix socket's path (`listen('/run/app.sock')`, `listen({path})`) is the node's own. Round 78: Node.js
            // net server.listen(options): "If port is specified, it behaves the same as server.listen([port[, host[,
            // backlog]]]). Otherwise, if path is specified, it behaves the same as server.listen(path)" (lib/net.js:
            // a `port` key holding undefined or null binds an arbitrary TCP port too), so the path counts only when
            // no item can define a port (jsProperty: no port key, spread, computed or unread key); else TCP, by host.
            const socket = object
                ? jsProperty(object, "port") === undefined
                    ? jsProperty(object, "path")
                    : undefined
                : given[0];
            const path = socket === undefined ? undefined : jsPath(socket, file.text, file.dir, cwd);
            if (path?.startsWith("/")) return [path];
            const host = object ? jsProperty(object, "host") : given[1];
            const value = host === undefined ? undefined : jsPath(host, file.text, file.dir, cwd);
            const values =
                value !== undefined || host === undefined
                    ? [value]
                    : (jsEnvironmentValues(host, file.text, environment) ?? [undefined]);
            return values.map(v => (v === "" ? undefined : v));
        }),
    );
    listens.push(...runtimeServes);
    // A package the pack does not read may start a server of its own (hapi's server.start(), node-static's Server).
    const starts = files.some(f => /\.\s*(serve|start|open|server)\s*\(|\bnew\s+[\w$.]*Server\s*\(/.test(f.code))
        ? [undefined]
        : [];
    const creates = files.some(f => /(?<![\w$])(createServer|createSecureServer)\s*\(/.test(f.code));
    const mayListen = listens.length > 0 || opaque.size > 0 || [...packages].some(p => !NODE_LOCAL_MODULES.test(p));
    if (!mayListen || (served.length === 0 && opaque.size === 0 && unknown.size === 0)) return [];
    // Code it cannot follow may open a socket of its own anywhere (a child, an unread module, a dgram socket); a relay
    // module's server is one of its `.listen` calls.
    const anywhere = [...opaque].some(
        o => !/^(?:node:)?(net|tls|http-proxy|http-proxy-middleware|express-http-proxy)$/.test(o),
    );
    const every = [...listens, ...(unknown.size > 0 ? starts : [])];
    const binds =
        anywhere || every.length === 0 || every.some(l => l === undefined) ? [] : [...new Set(every as string[])];
    const where = `${program} ${entry.label}`;
    if (opaque.size > 0) return [{ server: where, binds, serves: { unread: `${where} (${[...opaque].join(", ")})` } }];
    // Beyond loopback: a `.listen` not bound to a loopback literal, or a server another API starts.
    if (unknown.size > 0 && (listens.length > 0 || starts.length > 0 || creates) && !loopbackOnly(binds))
        return [
            {
                server: where,
                binds,
                serves: {
                    unread: `${where}, a program the pack cannot read that serves beyond loopback (${[...unknown].join(", ")})`,
                },
            },
        ];
    return [...new Set(served.map(s => s.dir))].map(dir => ({
        server: `${where}: ${[...new Set(served.filter(s => s.dir === dir).map(s => s.api))].join(", ")} serving files`,
        binds,
        serves: { files: dir },
    }));
}

// Round 81: moved to shared.ts (rootReads.ts reads units' EnvironmentFile= too, and cannot import this file).
export { environmentFileVariables };

/**
 * The interpreter PM2 runs a script with when none is given, by the script's extension (PM2 docs, "Quick Start": `pm2
 * start bashscript.sh`, `pm2 start python-app.py`; PM2's interpreter table: .sh bash, .py python, .rb ruby, .php php,
 * .pl perl); any other file runs with node, a binary as itself (interpreter "none").
 */
const PM2_INTERPRETERS: Record<string, string> = {
    ".sh": "bash",
    ".py": "python",
    ".rb": "ruby",
    ".php": "php",
    ".pl": "perl",
};

/**
 * The command PM2 runs for `script`: with an interpreter (PM2 CLI `--interpreter <interpreter>` "set a specific
 * interpreter to use for executing app, default: node"; ecosystem `interpreter`), that program with its arguments
 * (`--interpreter-args`) and the script (`pm2 start app --interpreter bash` runs `bash app`: a shell script read as
 * `bash FILE` is); "none" or node, the script's own words (node's programs are read by nodeRunnerArgs). An interpreter
 * the pack cannot read (not a plain word) is kept as a program it cannot know.
 */
export function pm2Command(
    script: string,
    args: readonly string[],
    interpreter: string | undefined,
    interpreterArgs: readonly string[],
): string[] {
    const chosen =
        interpreter ??
        (Object.hasOwn(PM2_INTERPRETERS, posix.extname(script)) ? PM2_INTERPRETERS[posix.extname(script)] : undefined);
    if (chosen === undefined || chosen === "none" || /^(node|nodejs)$/.test(posix.basename(chosen)))
        return [script, ...args];
    return [/^[\w./+-]+$/.test(chosen) ? chosen : `$${chosen}`, ...interpreterArgs, script, ...args];
}

/**
 * What `npm ci`/`npm install`, `pnpm install` and `yarn install` (PACKAGE_INSTALLS, with only options packageScripts
 * knows) write in the package's directory DIR (the working directory or --prefix/-C/--dir/--cwd's): the tree
 * DIR/node_modules and the manager's own writes (PACKAGE_INSTALLS), and for install its lock file, and
 * DIR/package.json when it names packages to add (npm docs "npm install": saves to dependencies by default). npm ci
 * "will never write to package.json or any of the package-locks" (npm docs "npm ci"). Undefined for any other command,
 * or one with an option the pack does not know (-g, --workspace, a config file: judged as any command, fail closed).
 * The dependencies' own install scripts are third-party packages' code, as with the packages `dnf install` or `pip
 * install` put in place (rootReads.ts keepsWorkingDirectory: the package managers are not judged by what their
 * packages' scripts do); the root package's own scripts are the script's, judged as commands (viewingJudge's `ran`)
 * and as listeners (nodeFileServerListeners via packageScripts).
 */
export function npmInstallWrites(
    words: readonly string[],
    cwd: string | undefined,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): { dir: string; trees: string[]; files: string[] } | undefined {
    const manager = posix.basename(words[0] ?? "");
    const installs = PACKAGE_INSTALLS[manager];
    if (installs === undefined) return undefined;
    const options = PACKAGE_MANAGER_OPTIONS[manager];
    // A global install writes the global prefix, not the working directory (npmGlobalPrefix).
    const prefix = manager === "npm" ? npmGlobalPrefix(words.slice(1), cwd, fileText, view) : undefined;
    if (prefix !== undefined)
        return { dir: prefix, trees: [posix.join(prefix, "lib/node_modules"), posix.join(prefix, "bin")], files: [] };
    let dir = cwd;
    const operands: string[] = [];
    for (let i = 1; i < words.length; i++) {
        const w = words[i];
        if (!w.startsWith("-") || w === "-") {
            operands.push(w);
            continue;
        }
        const [, name, glued] = /^(-[^-=]|--[^=]+)(?:=([\s\S]*))?$/.exec(w) ?? [undefined, w, undefined];
        if (options.dir.test(name) || options.value.test(name)) {
            const value = glued ?? words[++i];
            if (value === undefined) return undefined;
            if (options.dir.test(name))
                dir = cwd === undefined && !value.startsWith("/") ? undefined : posix.resolve(cwd ?? "/", value);
        } else if (!options.flag.test(name) || glued !== undefined) return undefined;
    }
    const [command, ...packages] = operands;
    if (dir === undefined || !(installs.commands.test(command ?? "") || (manager === "yarn" && command === undefined)))
        return undefined;
    const install = !installs.clean.test(command ?? "install");
    return {
        dir,
        trees: [posix.join(dir, "node_modules"), ...installs.trees.map(t => posix.join(dir, t)), ...installs.home],
        files: install
            ? [
                  posix.join(dir, installs.lock),
                  ...installs.files.map(f => posix.join(dir, f)),
                  ...(packages.length > 0 ? [posix.join(dir, "package.json")] : []),
              ]
            : [],
    };
}

/**
 * What the TypeScript compiler writes (TypeScript handbook "tsc CLI Options", "What is a tsconfig.json": `tsc -p DIR`
 * or `--project FILE` compiles the project of that tsconfig.json; a compiler, listening nowhere): with its options
 * read, the emitted files go to compilerOptions.outDir (and declarationDir, outFile, tsBuildInfoFile), each relative to
 * the tsconfig.json, or beside each source when there is no outDir; `noEmit` writes nothing. From a tsconfig.json user
 * data wrote, with its bases (tsconfigOptions); one the pack cannot read may name any, so the project's directory is changed
 * (fail closed); so is the working directory for tsc without -p (it looks for tsconfig.json from there up the parent
 * directories) unless user data wrote the working directory's. Undefined for any other command or one with an option
 * the pack does not know: judged as any command.
 */
export function tscWrites(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
): { trees: string[]; files: string[] } | undefined {
    if (posix.basename(words[0] ?? "") !== "tsc" || cwd === undefined) return undefined;
    let project: string | undefined;
    const given: Record<string, unknown> = {};
    for (let i = 1; i < words.length; i++) {
        const w = words[i];
        if (/^(-p|--project)$/.test(w)) project = words[++i];
        else if (/^--(outDir|declarationDir|outFile|tsBuildInfoFile)$/.test(w)) given[w.slice(2)] = words[++i];
        else if (w === "--noEmit") given.noEmit = true;
        else if (
            !/^(--pretty|-w|--watch|--incremental|--listFiles|--diagnostics|--extendedDiagnostics|--skipLibCheck|--noEmitOnError|--sourceMap|--declaration|--strict)$/.test(
                w,
            )
        )
            return undefined;
    }
    // Without -p, the nearest tsconfig.json up from the working directory: the working directory's when user data wrote
    // it; otherwise one the pack cannot see, read as any command (its working directory changed).
    if (project === undefined && fileText?.(posix.join(cwd, "tsconfig.json")) === undefined)
        return { trees: [cwd], files: [] };
    const path = posix.resolve(cwd, project ?? ".");
    const file = path.endsWith(".json") ? path : posix.join(path, "tsconfig.json");
    const dir = posix.dirname(file);
    const options = tsconfigOptions(file, fileText);
    if (options === undefined) return { trees: [dir], files: [] };
    // The command line's, relative to the working directory (TypeScript handbook "tsc CLI Options").
    const all: Record<string, unknown> = { ...options };
    for (const [key, value] of Object.entries(given))
        all[key] = typeof value === "string" ? posix.resolve(cwd, value) : value;
    if (all.noEmit === true) return { trees: [], files: [] };
    const named = (key: string) => (typeof all[key] === "string" ? (all[key] as string) : undefined);
    const outDir = named("outDir");
    if (outDir === undefined && named("outFile") === undefined) return { trees: [dir], files: [] };
    return {
        trees: [outDir, named("declarationDir")].filter((t): t is string => t !== undefined),
        files: [named("outFile"), named("tsBuildInfoFile")].filter((f): f is string => f !== undefined),
    };
}

/**
 * A tsconfig.json's compilerOptions as tsc resolves them, the path options (TSCONFIG_PATHS) made absolute from the file
 * that sets them (TSConfig reference "extends": "The configuration from the base file are loaded first, then overridden
 * by those in the inheriting config file. All relative paths found in the configuration file will be resolved relative
 * to the configuration file they originated in"; an array's later bases override earlier ones). A base by path is read
 * when user data wrote it, recursively; a base from an installed package (a bare name through node_modules: a
 * dependency, trusted as its install scripts are, npmInstallWrites) may set anything, so the project's own file must
 * set outDir or outFile, which then say where the JavaScript goes. Undefined when the pack cannot know: a file it did
 * not write or cannot parse, a base by path it did not write, a package base the project's own options do not override.
 */
const TSCONFIG_PATHS = ["outDir", "declarationDir", "outFile", "tsBuildInfoFile", "rootDir"];

function tsconfigOptions(
    file: string,
    fileText: ((path: string) => string | undefined) | undefined,
    depth = 0,
): Record<string, unknown> | undefined {
    const text = fileText?.(file);
    if (text === undefined || depth > 8) return undefined;
    let config: { extends?: unknown; compilerOptions?: Record<string, unknown> };
    try {
        config = JSON.parse(jsWithoutComments(text).replace(/,(\s*[}\]])/g, "$1")) as typeof config;
    } catch {
        return undefined;
    }
    const own: Record<string, unknown> = { ...(config.compilerOptions ?? {}) };
    for (const key of TSCONFIG_PATHS)
        if (typeof own[key] === "string") own[key] = posix.resolve(posix.dirname(file), own[key] as string);
    const bases = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
    let merged: Record<string, unknown> = {};
    let packaged = false;
    for (const base of bases) {
        if (typeof base !== "string") return undefined;
        if (!/^[./]/.test(base)) {
            packaged = true;
            continue;
        }
        const path = posix.resolve(posix.dirname(file), base);
        const options = tsconfigOptions(
            path.endsWith(".json") || fileText?.(path) !== undefined ? path : `${path}.json`,
            fileText,
            depth + 1,
        );
        if (options === undefined) return undefined;
        merged = { ...merged, ...options };
    }
    if (packaged && typeof own.outDir !== "string" && typeof own.outFile !== "string") return undefined;
    return { ...merged, ...own };
}
