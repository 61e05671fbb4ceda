/**
 * Round 81: pip install's options by what their value is (pip docs "pip install" Options; "Requirements File Format"),
 * one table for every reader of a pip command line (rootReads.ts loadedOperands, pythonCode.ts scriptPipModules).
 */

/** Options naming a requirements, constraints or editable project file or directory pip reads (-r, -c, -e). */
const PIP_REQUIREMENT_FILE_OPTIONS = ["-r", "--requirement", "-c", "--constraint", "-e", "--editable"];

/**
 * -f/--find-links: "If a URL or path to an html file, then parse for links to archives ... If a local path or file://
 * URL that's a directory, then look for archives in the directory listing."
 */
const PIP_FIND_LINKS_OPTIONS = ["-f", "--find-links"];

/** Options taking a value that is no file pip loads code or requirements from (an index, a target, a setting). */
const PIP_VALUE_OPTIONS = [
    "-i",
    "--index-url",
    "--extra-index-url",
    "-t",
    "--target",
    "--prefix",
    "--root",
    "--platform",
    "--python-version",
    "--implementation",
    "--abi",
    "--upgrade-strategy",
    "--progress-bar",
    "--log",
    "--proxy",
    "--retries",
    "--timeout",
    "--exists-action",
    "--trusted-host",
    "--cert",
    "--client-cert",
    "--cache-dir",
    "--src",
    "--no-binary",
    "--only-binary",
    "--config-settings",
    "-C",
    "--global-option",
    "--report",
    "--root-user-action",
];

const exactly = (names: readonly string[]) => new RegExp(`^(?:${names.join("|")})$`);

/** An option of pip install whose value is a local file or directory pip loads (requirements, links, a project). */
export const PIP_LOADED_FILE_OPTION = exactly([...PIP_REQUIREMENT_FILE_OPTIONS, ...PIP_FIND_LINKS_OPTIONS]);

/** A pip install word that is a requirements, constraints or editable option, alone or with `=VALUE`. */
export const PIP_REQUIREMENT_FILE_WORD = new RegExp(`^(?:${PIP_REQUIREMENT_FILE_OPTIONS.join("|")})(?:=|$)`);

/** An option of pip install taking a value that is no file it loads. */
export const PIP_VALUE_OPTION = exactly(PIP_VALUE_OPTIONS);

/**
 * Round 81: whether `url` is pip's default index (pip docs "pip install" -i/--index-url: "Base URL of the Python Package
 * Index (default https://pypi.org/simple)"), compared after RFC 3986 6.2.2-6.2.3 normalisation (WHATWG URL: scheme and
 * host case, the default port 443, a trailing slash); userinfo, a query, a fragment or any other path is another index.
 */
export function isPipDefaultIndex(url: string): boolean {
    let u: URL;
    try {
        u = new URL(url);
    } catch {
        return false;
    }
    return (
        u.protocol === "https:" &&
        u.hostname === "pypi.org" &&
        u.port === "" &&
        u.username === "" &&
        u.password === "" &&
        u.search === "" &&
        u.hash === "" &&
        /^\/simple\/?$/.test(u.pathname)
    );
}

/**
 * pip's flags (no value) that change neither the index, the trust, nor where packages install (pip docs "pip install"
 * Options and General Options, pip(1)): output (-q, -v, --no-color, --no-input, --disable-pip-version-check,
 * --no-warn-script-location), what is reinstalled from the same index (-U, --force-reinstall, -I, --no-deps,
 * --no-cache-dir); round 82: --prefer-binary "Prefer binary packages over source packages" and --pre "Include
 * pre-release and development versions" (the same index's files of the named project), --no-compile "Do not compile
 * Python source files to bytecode", --isolated "Run pip in an isolated mode, ignoring environment variables and user
 * configuration" (narrows what pip reads). --user installs below the HOME user site (Python docs "site"), read only by
 * root programs run with that HOME.
 */
export const PIP_PLAIN_OPTIONS = new RegExp(
    `^(?:-q+|-v+|-U|-I|--root-user-action=ignore|--progress-bar=off|--isolated|--user|--(?:${pipPlainLongFlags().join("|")}))$`,
);

/** PIP_PLAIN_OPTIONS' long flags that are pip settings in a configuration file too (pipConfigurationKeepsTrust). */
function pipPlainLongFlags(): string[] {
    return [
        "quiet",
        "verbose",
        "upgrade",
        "no-cache-dir",
        "no-input",
        "disable-pip-version-check",
        "no-warn-script-location",
        "break-system-packages",
        "no-deps",
        "force-reinstall",
        "ignore-installed",
        "no-color",
        "prefer-binary",
        "pre",
        "no-compile",
    ];
}

/**
 * Round 81: pip install's options with a value that keep an install by name from the default index what it is, by
 * effect (pip docs "pip install" Options): -i/--index-url naming the default index itself; --only-binary "Do not use
 * source packages" (`:all:`, `:none:` or project names: the same index, fewer kinds of files). Round 82 (pip(1) General
 * Options; pip docs "pip install" Options), each by its documented values only: --root-user-action "Action if pip is
 * run as a root user [warn, ignore]", --progress-bar "[on, off, raw]" (pip issue 8431:
 * earlier off|on|ascii|pretty|emoji), --timeout "<sec> Set the socket timeout",
 * --retries "Maximum number of retries each connection should attempt": what pip prints and how long it waits. Any
 * other value option (another index, --extra-index-url, -f, --trusted-host, --cert, --target, --prefix, --root, --src,
 * --log, --proxy ...) chooses where packages come from or go, whom pip trusts or what it writes.
 */
export const PIP_TRUST_KEEPING_VALUE_OPTIONS: ReadonlyMap<string, (value: string) => boolean> = new Map([
    ["-i", isPipDefaultIndex],
    ["--index-url", isPipDefaultIndex],
    ["--only-binary", (value: string) => /^(?::all:|:none:|[A-Za-z0-9][\w.-]*(?:,[A-Za-z0-9][\w.-]*)*)$/.test(value)],
    ["--root-user-action", (value: string) => /^(?:warn|ignore)$/.test(value)],
    ["--progress-bar", (value: string) => /^(?:on|off|raw|ascii|pretty|emoji)$/.test(value)],
    ["--timeout", (value: string) => /^\d+(?:\.\d+)?$/.test(value)],
    ["--retries", (value: string) => /^\d+$/.test(value)],
]);

/**
 * Round 81: pip install's operand words with every trust-keeping option (PIP_TRUST_KEEPING_VALUE_OPTIONS, as
 * `--opt VALUE`, `--opt=VALUE` or `-iVALUE`: Python docs "optparse", "Option values": both long spellings are one) and
 * its value taken out; an option whose value does not keep trust stays
 * (the caller then trusts nothing of the line).
 */
export function pipTrustKeepingOptionsRemoved(words: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const joined = /^(--[\w-]+)=([\s\S]*)$/.exec(w) ?? /^(-i)(.+)$/.exec(w);
        const [option, value, width] = joined ? [joined[1], joined[2], 1] : [w, words[i + 1], 2];
        const keeps = PIP_TRUST_KEEPING_VALUE_OPTIONS.get(option);
        if (keeps !== undefined && value !== undefined && keeps(value)) {
            i += width - 1;
            continue;
        }
        out.push(w);
    }
    return out;
}

/**
 * Round 82: whether a pip configuration file's text (pip docs "Configuration": "pip.conf" is an INI file read by
 * configparser, sections `[global]` or a command's name, each key "derived from the long command line option", `_` and
 * `-` alike) sets only settings that keep trust: PIP_PLAIN_OPTIONS' long flags (but --user and --isolated) with a
 * boolean or count value, and PIP_TRUST_KEEPING_VALUE_OPTIONS' long options with a value they accept. Any other key
 * (index-url elsewhere, extra-index-url, find-links, trusted-host, cert, target, user, ...), a continuation line, a
 * non-ASCII byte, a `$` or text the pack does not know (undefined) fails closed.
 */
export function pipConfigurationKeepsTrust(text: string | undefined): boolean {
    if (text === undefined || /[^\t\n\r\x20-\x7e]|\$|\r(?!\n)/.test(text)) return false;
    const flags = new Set(pipPlainLongFlags());
    return text.split(/\r?\n/).every(line => {
        if (/^\s*(?:[#;].*)?$/.test(line) || /^\[[\w.-]+\]\s*$/.test(line)) return true;
        const m = /^([A-Za-z][\w-]*)\s*[=:]\s*(.*?)\s*$/.exec(line);
        if (m === null) return false;
        const key = m[1].toLowerCase().replace(/_/g, "-");
        if (flags.has(key)) return /^(?:y|yes|t|true|on|1|n|no|f|false|off|0|[0-3])$/i.test(m[2]);
        const keeps = PIP_TRUST_KEEPING_VALUE_OPTIONS.get(`--${key}`);
        return keeps !== undefined && keeps(m[2]);
    });
}
