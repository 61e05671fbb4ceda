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
 * Round 83: what one of pip install's documented options changes (pip 24.2 `pip install --help`, pip docs "pip install"
 * Options and General Options): "none" keeps an install by name from the default index what it is (output, which of
 * the same index's files, what is reinstalled, a narrowing), for a value option only with a value `keeps` accepts;
 * "source" chooses where packages or their build inputs come from (another index, files, a cache, a checkout),
 * "trust" whom pip believes (hosts, certificates, credentials), "target" where packages go or pip writes, "runs" code
 * pip runs that the default install would not (another interpreter, build options, features).
 */
type PipOptionEffect = "none" | "source" | "trust" | "target" | "runs";

interface PipInstallOption {
    readonly names: readonly string[];
    readonly effect: PipOptionEffect;
    /** For an option taking a value: the values that keep its effect "none" (no value keeps another effect). */
    readonly keeps?: (value: string) => boolean;
    readonly value?: true;
}

/** A comma-separated list of project names, or :all: / :none: (pip docs "pip install" --only-binary, --no-binary). */
const FORMAT_CONTROL = (value: string) => /^(?::all:|:none:|[A-Za-z0-9][\w.-]*(?:,[A-Za-z0-9][\w.-]*)*)$/.test(value);

/** A wheel tag's word (pip docs "pip install" --platform, --python-version, --implementation, --abi). */
const WHEEL_TAG = (value: string) => /^[A-Za-z0-9][\w.]*$/.test(value);

/**
 * A file below /var/log (FHS 3.0 "/var/log: Log files and directories"), no `..`, no expansion: where pip's own log or
 * report may go without writing a file a root program reads as configuration or code.
 */
const LOG_FILE = (value: string) =>
    /^\/var\/log\/[\w.@+-]+(?:\/[\w.@+-]+)*$/.test(value) && !/(?:^|\/)\.\.?(?:\/|$)/.test(value);

/** Round 86: a proxy as pip's --proxy takes it: [scheme://][user:passwd@]host[:port], no expansion or path. */
const PROXY_URL = (value: string) =>
    /^(?:(?:https?|socks5h?|socks4a?):\/\/)?(?:[\w.%~-]+(?::[\w.%~-]*)?@)?[A-Za-z0-9][\w.-]*(?::\d+)?\/?$/.test(value);

/**
 * Round 83: every documented pip install option (install options, package index options, general options; pip 24.2,
 * and the older spellings AL2023's pip 21.3 still takes) by effect, each with its doc line. Not listed: fails closed.
 */
const PIP_INSTALL_OPTIONS: readonly PipInstallOption[] = [
    // Output only: "-q, --quiet Give less output", "-v, --verbose Give more output", "--no-color Suppress colored
    // output", "--no-input Disable prompting for input", "--disable-pip-version-check Don't periodically check PyPI",
    // "--no-warn-script-location Do not warn when installing scripts outside PATH", "--no-warn-conflicts Do not warn
    // about broken dependencies", "--no-python-version-warning Silence deprecation warnings for upcoming unsupported
    // Pythons", "--debug Let unhandled exceptions propagate outside the main subroutine", -h/--help, -V/--version.
    ...[
        ["-q", "--quiet"],
        ["-v", "--verbose"],
        ["--no-color"],
        ["--no-input"],
        ["--disable-pip-version-check"],
        ["--no-warn-script-location"],
        ["--no-warn-conflicts"],
        ["--no-python-version-warning"],
        ["--debug"],
        ["-h", "--help"],
        ["-V", "--version"],
    ].map(names => ({ names, effect: "none" as const })),
    // What is reinstalled or chosen among the same index's files of the named projects: "-U, --upgrade Upgrade all
    // specified packages to the newest available version", "--force-reinstall", "-I, --ignore-installed", "--no-deps
    // Don't install package dependencies", "--pre Include pre-release and development versions", "--prefer-binary
    // Prefer binary packages over source packages", "--ignore-requires-python Ignore the Requires-Python information",
    // "--dry-run Don't actually install anything", "--no-compile"/"--compile" (bytecode), "--no-clean Don't clean up
    // build directories" (pip's own temporary directories), "--break-system-packages Allow pip to modify an
    // EXTERNALLY-MANAGED Python installation" (the same site-packages a plain root install writes on AL2023),
    // "--use-pep517"/"--no-use-pep517" (how the same sdist is built), "--check-build-dependencies" (a check).
    ...[
        ["-U", "--upgrade"],
        ["--force-reinstall"],
        ["-I", "--ignore-installed"],
        ["--no-deps"],
        ["--pre"],
        ["--prefer-binary"],
        ["--ignore-requires-python"],
        ["--dry-run"],
        ["--no-compile"],
        ["--compile"],
        ["--no-clean"],
        ["--break-system-packages"],
        ["--use-pep517"],
        ["--no-use-pep517"],
        ["--check-build-dependencies"],
    ].map(names => ({ names, effect: "none" as const })),
    // Narrowing: "--require-hashes Require a hash to check each requirement" (pip docs "Secure installs",
    // "Hash-checking mode"), "--require-virtualenv Allow pip to only run in a virtual environment", "--isolated Run pip
    // in an isolated mode, ignoring environment variables and user configuration", "--no-cache-dir Disable the cache".
    ...[["--require-hashes"], ["--require-virtualenv"], ["--isolated"], ["--no-cache-dir"]].map(names => ({
        names,
        effect: "none" as const,
    })),
    // pip docs "Build System Interface", "Disabling build isolation": without --no-build-isolation pip installs the
    // build requirements from the index into "a temporary directory which it adds to the user's sys.path for the
    // duration of the build"; with it "Users supplying this flag are responsible for ensuring the build requirements
    // are installed": the build backend is imported from the environment pip itself runs in (pip is Python loaded from
    // that same sys.path, judged for every root Python program), the sdist still from the default index: nothing is
    // fetched from or run out of a place a default install would not use.
    { names: ["--no-build-isolation"], effect: "none" },
    // Python docs "site" (USER_BASE): --user "Install to the Python user install directory", root's ~/.local, read only
    // by root programs run with that HOME (HOME moves are judged apart).
    { names: ["--user"], effect: "none" },
    // Values of no effect on source, trust or target, by their documented values only:
    // pip docs "Options that control the installation process": --upgrade-strategy "controls what *other* packages
    // can be upgraded" [only-if-needed, eager] (to-satisfy-only, internal); --only-binary "Do not use source packages",
    // --no-binary "Do not use binary packages" (`:all:`, `:none:` or names: the same index's files, another kind);
    // --platform/--python-version/--implementation/--abi "Only use wheels compatible with" (the same index's wheels);
    // pip(1) General Options: --root-user-action [warn, ignore], --progress-bar [on, off, raw] (pip issue 8431:
    // earlier off|on|ascii|pretty|emoji), --timeout "<sec> Set the socket timeout", --retries "Maximum number of
    // retries each connection should attempt", --exists-action "(s)witch, (i)gnore, (w)ipe, (b)ackup, (a)bort" (a
    // checkout's existing path), --keyring-provider [auto, disabled] (auto the default; import/subprocess run the
    // keyring's code: "trust"); -i/--index-url only naming the default index (isPipDefaultIndex); --log "Path to a
    // verbose appending log" and --report "Generate a JSON file describing what pip did" ("-" its standard output),
    // each kept only below /var/log (LOG_FILE).
    { names: ["--upgrade-strategy"], effect: "none", value: true, keeps: v => /^(?:only-if-needed|eager)$/.test(v) },
    { names: ["--only-binary"], effect: "none", value: true, keeps: FORMAT_CONTROL },
    { names: ["--no-binary"], effect: "none", value: true, keeps: FORMAT_CONTROL },
    ...["--platform", "--python-version", "--implementation", "--abi"].map(name => ({
        names: [name],
        effect: "none" as const,
        value: true as const,
        keeps: WHEEL_TAG,
    })),
    { names: ["--root-user-action"], effect: "none", value: true, keeps: v => /^(?:warn|ignore)$/.test(v) },
    {
        names: ["--progress-bar"],
        effect: "none",
        value: true,
        keeps: v => /^(?:on|off|raw|ascii|pretty|emoji)$/.test(v),
    },
    { names: ["--timeout"], effect: "none", value: true, keeps: v => /^\d+(?:\.\d+)?$/.test(v) },
    { names: ["--retries"], effect: "none", value: true, keeps: v => /^\d+$/.test(v) },
    { names: ["--exists-action"], effect: "none", value: true, keeps: v => /^[siwba]$/.test(v) },
    { names: ["--keyring-provider"], effect: "none", value: true, keeps: v => /^(?:auto|disabled)$/.test(v) },
    { names: ["-i", "--index-url"], effect: "none", value: true, keeps: isPipDefaultIndex },
    { names: ["--log"], effect: "none", value: true, keeps: LOG_FILE },
    { names: ["--report"], effect: "none", value: true, keeps: v => v === "-" || LOG_FILE(v) },
    // Round 86: "--proxy <proxy> Specify a proxy in the form scheme://[user:passwd@]proxy.server:port" (pip docs
    // General Options; "User Guide", "Using a Proxy Server": the same as http_proxy/https_proxy): the index is the
    // same, an https one reached through the proxy's CONNECT tunnel with its certificate verified end to end, as the
    // proxy variables keep it; an http:// index is untrusted by its own rule (-i). A value of another shape fails closed.
    { names: ["--proxy"], effect: "none", value: true, keeps: PROXY_URL },
    // Source: -r/-c/-e files and projects (PIP_REQUIREMENT_FILE_OPTIONS), -f/--find-links, "--extra-index-url Extra
    // URLs of package indexes", "--no-index Ignore package index (only looking at --find-links URLs instead)",
    // "--cache-dir Store the cache data in <dir>" (wheels pip reuses), "--src Directory to check out editable
    // projects into".
    ...[
        ["-r", "--requirement"],
        ["-c", "--constraint"],
        ["-e", "--editable"],
        ["-f", "--find-links"],
        ["--extra-index-url"],
        ["--cache-dir"],
        ["--src"],
    ].map(names => ({ names, effect: "source" as const, value: true as const })),
    { names: ["--no-index"], effect: "source" },
    // Trust: "--trusted-host Mark this host or host:port pair as trusted, even though it does not have valid or any
    // HTTPS", "--cert Path to PEM-encoded CA certificate bundle", "--client-cert"; --use-feature (truststore: the
    // system's certificate store) and --use-deprecated change what pip believes or how it resolves (unknown features).
    ...[["--trusted-host"], ["--cert"], ["--client-cert"], ["--use-feature"], ["--use-deprecated"]].map(names => ({
        names,
        effect: "trust" as const,
        value: true as const,
    })),
    // Target: "-t, --target <dir> Install packages into <dir>", "--prefix", "--root Install everything relative to this
    // alternate root directory" (and pip 21's -b/--build directory).
    ...[["-t", "--target"], ["--prefix"], ["--root"], ["-b", "--build"]].map(names => ({
        names,
        effect: "target" as const,
        value: true as const,
    })),
    // Runs: "--python Run pip with the specified Python interpreter"; "-C, --config-settings Configuration settings to
    // be passed to the PEP 517 build backend", "--global-option"/"--build-option"/"--install-option" (setup.py's).
    ...[["--python"], ["-C", "--config-settings"], ["--global-option"], ["--build-option"], ["--install-option"]].map(
        names => ({ names, effect: "runs" as const, value: true as const }),
    ),
];

/** Each option name of PIP_INSTALL_OPTIONS to its entry. */
const PIP_OPTION_BY_NAME: ReadonlyMap<string, PipInstallOption> = new Map(
    PIP_INSTALL_OPTIONS.flatMap(o => o.names.map(name => [name, o] as const)),
);

/** PIP_INSTALL_OPTIONS' flags of effect "none" (long names without `--`), as pip configuration keys too. */
function pipPlainLongFlags(): string[] {
    return PIP_INSTALL_OPTIONS.filter(o => o.effect === "none" && o.value === undefined)
        .flatMap(o => o.names)
        .filter(n => n.startsWith("--"))
        .map(n => n.slice(2));
}

/** PIP_INSTALL_OPTIONS' short flags of effect "none" (-q, -v, -U, -I ...), repeatable as optparse counts them. */
const plainShortFlags = () =>
    PIP_INSTALL_OPTIONS.filter(o => o.effect === "none" && o.value === undefined)
        .flatMap(o => o.names)
        .filter(n => /^-[A-Za-z]$/.test(n))
        .map(n => n.slice(1));

/**
 * pip's flags (no value) that change neither the index, the trust, nor where packages install (PIP_INSTALL_OPTIONS'
 * effect "none"): a long flag, a short one (-qq, -vv counted), or round 82's `--root-user-action=ignore` and
 * `--progress-bar=off` as one word.
 */
export const PIP_PLAIN_OPTIONS = new RegExp(
    `^(?:${plainShortFlags()
        .map(f => `-${f}+`)
        .join("|")}|--root-user-action=ignore|--progress-bar=off|--(?:${pipPlainLongFlags().join("|")}))$`,
);

/**
 * pip install's options with a value that keep an install by name from the default index what it is
 * (PIP_INSTALL_OPTIONS' value options of effect "none", each with the values it accepts). Any other value option
 * (another index, --extra-index-url, -f, --trusted-host, --cert, --target, --prefix, --root, --src, --cache-dir,
 * --proxy ...) chooses where packages come from or go, whom pip trusts or what it runs.
 */
export const PIP_TRUST_KEEPING_VALUE_OPTIONS: ReadonlyMap<string, (value: string) => boolean> = new Map(
    [...PIP_OPTION_BY_NAME].flatMap(([name, o]) =>
        o.effect === "none" && o.keeps !== undefined ? [[name, o.keeps] as const] : [],
    ),
);

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
    const flags = new Set(pipPlainLongFlags().filter(f => f !== "user" && f !== "isolated"));
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

/**
 * Round 83: whether `pip config` words after `config` (its --global/--user/--site scope words removed) are `set KEY
 * VALUE` writing only a trust-keeping setting: pip docs "pip config" ("set: Set the name=value"; the key is
 * `section.name`, pip's configuration.py _disassemble_key splits it at the first dot) writes the pip.conf line
 * `[section]` / `name = value`, judged as that file's text (pipConfigurationKeepsTrust). Any other verb (unset, edit),
 * option (--editor) or shape fails closed.
 */
export function pipConfigSetKeepsTrust(words: readonly string[]): boolean {
    if (words.length !== 3 || words[0] !== "set") return false;
    const key = /^([\w-]+)\.([A-Za-z][\w-]*)$/.exec(words[1]);
    return key !== null && pipConfigurationKeepsTrust(`[${key[1]}]\n${key[2]} = ${words[2]}\n`);
}

/**
 * Round 90: the package-source options of pip, uv and pipx, by the value that keeps the install the default index's
 * (none: any value is a source the pack cannot vouch for). pip docs "pip install", "Package Index Options": -i,
 * --index-url "Base URL of the Python Package Index (default https://pypi.org/simple)", --extra-index-url "Extra URLs of
 * package indexes to use in addition to --index-url" (its warning: "Using this option to search for packages which are
 * not in the main repository (such as private packages) is unsafe, per a security vulnerability called dependency
 * confusion"), -f, --find-links ("If a URL or path to an html file, then parse for links to archives"); General
 * Options: --trusted-host "Mark this host or host:port pair as trusted, even though it does not have valid or any
 * HTTPS". uv docs "uv pip install": --index-url, --extra-index-url, --index, --default-index (a URL or `name=URL`),
 * -f/--find-links, --allow-insecure-host (default index https://pypi.org/simple). pipx docs "pipx install":
 * --index-url, and --pip-args (pip's own words, read as pip's).
 */
const PIP_SOURCE_OPTIONS: ReadonlyMap<string, ((value: string) => boolean) | undefined> = new Map([
    ["-i", isPipDefaultIndex],
    ["--index-url", isPipDefaultIndex],
    ["--extra-index-url", isPipDefaultIndex],
    ["--default-index", (v: string) => isPipDefaultIndex(v.replace(/^[\w.-]+=/, ""))],
    ["--index", (v: string) => isPipDefaultIndex(v.replace(/^[\w.-]+=/, ""))],
    ["-f", undefined],
    ["--find-links", undefined],
    ["--trusted-host", undefined],
    ["--allow-insecure-host", undefined],
]);

/**
 * Round 90: the words of a pip, uv or pipx command line (after the program, with its configuration's and environment's
 * options: rootReads.ts configuredWords, environmentOptions) that install from a package source other than the default
 * index (PIP_SOURCE_OPTIONS: another index, an extra one, links, an unverified host; a value missing or not a single
 * default index URL counts), each as written. pipx's --pip-args value is read as pip's words.
 */
export function pipUnvouchedSources(words: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const joined = /^(--[\w-]+)=([\s\S]*)$/.exec(w) ?? /^(-[if])(.+)$/.exec(w);
        const [option, value] = joined ? [joined[1], joined[2]] : [w, words[i + 1]];
        if (option === "--pip-args") {
            out.push(...pipUnvouchedSources((value ?? "").trim().split(/\s+/)));
            if (!joined) i++;
            continue;
        }
        if (!PIP_SOURCE_OPTIONS.has(option)) continue;
        const keeps = PIP_SOURCE_OPTIONS.get(option);
        if (keeps === undefined || value === undefined || !keeps(value))
            out.push(joined ? w : `${w} ${value ?? ""}`.trim());
        if (!joined) i++;
    }
    return out;
}
