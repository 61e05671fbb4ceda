/**
 * What a command root runs serves on the network: the SERVERS table and the readers it dispatches to, Python
 * servers (Jupyter, Flask and its debugger, http.server and file servers, socketserver handlers, RPC servers judged
 * pure), PHP and browser IDEs, literal exec and listen calls in compiled sources and the addresses they build
 * (builtAddresses), and the Python invocation that names the module run. Split from userData.ts.
 */
import { posix } from "path";
import { worldWritableRoot } from "../podSpec";
import {
    appletWords,
    commandLine,
    INTERPRETERS,
    interpreterName,
    isAssignment,
    launchedCommand,
    SHELLS,
    CONTENT_KEEPERS,
    shellCommands,
    standardInput,
    wrappedDirectory,
    wrappersOf,
    wrapperShell,
    envSplitStrings,
} from "../shell";
import {
    atJobFile,
    atReadsStdin,
    crontabFile,
    crontabReadsStdin,
    programOptions,
    loaderEnvironment,
    rpmQueryWord,
    SUBSTITUTED,
    withoutComments,
} from "../rootReads";
import { exportedData, NodeOpening } from "./shared";
import { GivenVariable, list, obj, yamlDocs } from "./formats";
import { inet6Pton, inetAton, ipAddress, loopbackOnly } from "./addresses";
import {
    defaultBindListeners,
    environmentConfigListeners,
    allAddresses,
    BuiltProgram,
    busyboxHttpdListeners,
    caddyListeners,
    chiselListeners,
    commandLineSetting,
    configurationKey,
    dropbearSshArgs,
    EMPTY_HOST,
    exportfsListeners,
    getopt,
    gostListeners,
    gottyListeners,
    INETD_CONF,
    inetdListeners,
    isAddress,
    isHostPort,
    kestrelBeyondLoopback,
    kestrelListens,
    Listener,
    listenerOpenings,
    longValues,
    mayBeNodeAddress,
    microsocksListeners,
    ncatListeners,
    NO_VIEW,
    nodeExporterListeners,
    NOT_UNREAD_SERVERS,
    optionValues,
    penListeners,
    pproxyListeners,
    proxyPyListeners,
    pythonInvocation,
    pythonModuleListeners,
    readConfig,
    RSYNCD_CONF,
    rsyncdListeners,
    sambaListeners,
    ScriptView,
    servedDirectory,
    SMB_CONF,
    socatListeners,
    socketActivateListeners,
    sshListeners,
    telnetdListeners,
    threeProxyListeners,
    toyboxNetcatListeners,
    ttydListeners,
    unreadConfigFileListeners,
    unreadListeners,
    xinetdListeners,
} from "./listeners";
import {
    harmlessEnvironment,
    LiteralStdin,
    nodeReadsAsConfig,
    NON_SERVING_MODULES,
    NOT_FLASK_RUN,
    parenthesized,
    plainShellLines,
    plainShellPipelines,
    PYTHON_ATTRIBUTE_WRITE,
    PYTHON_BUILTIN_NAMES,
    PYTHON_CONNECTION_METHODS,
    PYTHON_FROM_IMPORT,
    PYTHON_HARMLESS_ATTRIBUTES,
    PYTHON_IMPORT,
    PYTHON_INERT_STATEMENT,
    PYTHON_KEYWORDS,
    PYTHON_OFF,
    PYTHON_PURE_BUILTINS,
    PYTHON_SERVER_BINDS,
    pythonAssignOperators,
    pythonBracketed,
    pythonCallArguments,
    pythonCalls,
    pythonChdirCalls,
    pythonClassBody,
    pythonDerivedClasses,
    pythonCodeOnly,
    pythonCommandRuns,
    pythonDownloadLines,
    pythonTlsDefaultsChanged,
    pythonModuleExtractionLine,
    pythonExtractionLines,
    pythonTemplateDirectories,
    pythonComprehensions,
    pythonDefs,
    pythonDictEntry,
    pythonDynamic,
    pythonEntry,
    PythonFile,
    pythonFileHandler,
    pythonHostBinds,
    pythonImportClosure,
    pythonKeyword,
    pythonLiteralValue,
    pythonLogicalStatements,
    pythonModeChanges,
    pythonCreationLines,
    pythonEnvironWrites,
    PythonValuePart,
    pythonModule,
    pythonModuleConstant,
    pythonNames,
    PythonNames,
    pythonOff,
    pythonOrigin,
    pythonPatches,
    pythonPath,
    pythonPlainFormats,
    pythonProgram,
    pythonRebinds,
    pythonResolve,
    pythonRunsCommands,
    pythonWritesOnlyWhatItNames,
    pythonServedHosts,
    pythonSplit,
    pythonStatements,
    pythonString,
    pythonStringsBlanked,
    pythonTargetNames,
    pythonUnreadCode,
    pythonUnwrittenRunPaths,
    pythonValue,
    pythonWriteRefusal,
    PythonWrittenPath,
    readablePythonProgram,
    XINETD_CONF,
} from "./pythonCode";
import { commandKernelSettings, setsKernelHelper } from "./kernelSettings";
import {
    javaOptionsEnd,
    dotnetBuildArguments,
    dotnetRunProject,
    goRunSources,
    jattachListeners,
    jcmdListeners,
    jvmAgentListeners,
    RunnerSources,
    shellinaboxdListeners,
    SOURCE_RUNNER_NAMES,
    SOURCE_RUNNERS,
    SourceLookup,
    springStaticListeners,
} from "./otherLanguages";
import { environmentFileVariables, NODE_RUNNERS, nodeFileServerListeners } from "./javascript";
import { codeArgument, loadedCode } from "./loaders";
import {
    CONFIGURED_DAEMONS,
    configuredDaemonListeners,
    libvirtDaemonListeners,
    redisListeners,
    REDIS_SERVER,
    targetcliListeners,
    targetRestoreListeners,
    tgtadmListeners,
    v2rayListeners,
    webhookListeners,
} from "./daemonConfigs";

/** The Jupyter Server applications (`jupyter X`, `jupyter-X`): Terminals and kernels behind a token or password. */
const JUPYTER_SERVERS = /^(notebook|lab|server|nbclassic)$/;

/** Jupyter's kernel gateways: kernels on request, authenticated only by `auth_token` (default empty). */
const JUPYTER_GATEWAYS = /^(kernelgateway|enterprisegateway)$/;

/** `jupyter X` subcommands that serve nothing (`jupyter --help`), and an application's own that serve nothing. */
const JUPYTER_CLIENTS =
    /^(nbconvert|kernelspec|kernel|console|qtconsole|troubleshoot|migrate|trust|execute|run|labextension|serverextension|nbextension|bundlerextension|events|book)$/;

const JUPYTER_APP_COMMANDS = /^(extension|build|clean|list|stop|password|paths?|workspaces?|licenses|armor)$/;

/** `python -m MODULE` for each Jupyter application (JupyterLab docs, "Starting JupyterLab"; each package's __main__). */
const JUPYTER_MODULES: Record<string, string> = {
    jupyterlab: "lab",
    notebook: "notebook",
    jupyter_server: "server",
    nbclassic: "nbclassic",
    kernel_gateway: "kernelgateway",
    enterprise_gateway: "enterprisegateway",
};

/**
 * Jupyter's configuration directories as root sees them (Jupyter docs, "Common Directories and File Locations":
 * ~/.jupyter or JUPYTER_CONFIG_DIR, then {sys.prefix}/etc/jupyter, /usr/local/etc/jupyter, /etc/jupyter) and the files
 * the applications load there ("Jupyter's Common Configuration Approach": jupyter_{application}_config.py or .json;
 * jupyter_config for every application).
 */
export const JUPYTER_CONFIG_DIRS = ["/root/.jupyter", "/usr/local/etc/jupyter", "/etc/jupyter", "/usr/etc/jupyter"];

/** The configuration files a Jupyter application loads, the base `jupyter_config` first (jupyter_core application.py). */
const JUPYTER_CONFIG_APPS = [
    ...["config", "server_config", "notebook_config", "lab_config", "nbclassic_config"],
    ...["kernel_gateway_config", "enterprise_gateway_config"],
];

export const JUPYTER_CONFIG_NAMES = JUPYTER_CONFIG_APPS.flatMap(app => [`jupyter_${app}.py`, `jupyter_${app}.json`]);

/**
 * The `Class.trait` settings of a Jupyter configuration file: a .json file's {Class: {trait: value}}, a .py file's
 * `c.Class.trait = literal` statements (traitlets config; a value that is no literal is undefined, unknown), each
 * statement of a line read (pythonStatements). A file the reader cannot read whole is undefined: a .json file that
 * does not parse, or a .py file with a statement other than such an assignment or `c = get_config()` (an import, a
 * call, a condition may set any trait).
 */
function jupyterConfigSettings(path: string, text: string): [string, string | undefined][] | undefined {
    if (!path.endsWith(".json"))
        try {
            return pythonStatements(text).flatMap((st): [string, string | undefined][] => {
                if (/^c\s*=\s*get_config\(\s*\)$/.test(st)) return [];
                const m = /^c\.(\w+)\.(\w+)\s*(\S?=)\s*([\s\S]*)$/.exec(st);
                if (!m || m[3] === "==") throw new Error(`not read: ${st}`);
                const [, cls, trait, op, v] = m;
                const literal = /^[ubrUBR]?(['"])(.*)\1$/.exec(v);
                const known = op === "=" && (literal || /^(True|False|-?\d+)$/.test(v));
                return [[`${cls}.${trait}`, known ? (literal ? literal[2] : v) : undefined]];
            });
        } catch {
            return undefined;
        }
    try {
        return Object.entries(obj(JSON.parse(text))).flatMap(([cls, traits]) =>
            Object.entries(obj(traits)).map(([trait, v]): [string, string | undefined] => [
                `${cls}.${trait}`,
                v === null || typeof v === "object" ? undefined : String(v),
            ]),
        );
    } catch {
        return undefined;
    }
}

/**
 * Jupyter's servers, by application (`jupyter X`, `jupyter-X`, `python -m jupyterlab|notebook|jupyter_server|...`),
 * their settings from the configuration files user data writes where they look (JUPYTER_CONFIG_DIRS, `--config`),
 * then from the command line (Jupyter docs, "Jupyter's Common Configuration Approach": command line options override
 * config files):
 * - Jupyter Server applications (notebook, lab, server, nbclassic): Terminals run a shell as the server's user, and
 *   kernels any code (Jupyter Server docs, "Security in the Jupyter Server": "access to the Jupyter Server means access
 *   to running arbitrary code", token authentication on by default, a password replacing it). A shell on `ip`
 *   (default localhost; '' and '*' every address) when a token is set empty and no password is set (ServerApp,
 *   NotebookApp, IdentityProvider alike);
 * - Kernel Gateway and Enterprise Gateway: every kernel request runs code, and `auth_token` is empty by default
 *   (jupyter-server/kernel_gateway gatewayapp.py: ip default 127.0.0.1, auth_token default KG_AUTH_TOKEN or ''): a
 *   shell on `ip` unless a token is set;
 * - any other application given an `ip` beyond loopback: one the pack does not read, refused as a served shell.
 * A server or gateway with a configuration file the pack cannot read (readConfig, jupyterConfigSettings; a --config
 * file user data does not write) is a shell on the command line's ip, else on any address.
 */
function jupyterListeners(
    args: readonly string[],
    name: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const at = name === "jupyter" ? args.findIndex(w => !w.startsWith("-")) : -1;
    const sub = name === "jupyter" ? (args[at] ?? "") : name.replace(/^jupyter-/, "");
    if (
        sub === "" ||
        JUPYTER_CLIENTS.test(sub) ||
        JUPYTER_APP_COMMANDS.test(args[at + 1] ?? "") ||
        args.some(w => /^--(generate-config|help|help-all|version)$/.test(w))
    )
        return [];
    const configPaths = longValues(args, /^config$/);
    // Root's own configuration directory is ~/.jupyter, or JUPYTER_CONFIG_DIR, and JUPYTER_CONFIG_PATH adds directories
    // before the system ones (Jupyter docs, "Common Directories and File Locations": "Set this environment variable to
    // use a particular directory, other than the default, for Jupyter config files"). Each value the script assigns is
    // judged besides the default (ScriptView): the server is refused when any of them opens it.
    const assigned = (variable: string) => view.environment.get(variable) ?? [];
    const configPath = assigned("JUPYTER_CONFIG_PATH").flatMap(value =>
        value === undefined
            ? [undefined]
            : value
                  .split(":")
                  .filter(d => d !== "")
                  .map(d => posix.normalize(d)),
    );
    const ownDirs = [...new Set([JUPYTER_CONFIG_DIRS[0], ...assigned("JUPYTER_CONFIG_DIR")])];
    // {sys.prefix}/etc/jupyter of the Python running Jupyter (same doc; `jupyter --paths` lists a venv's or conda
    // env's own, e.g. /opt/conda/envs/jl/etc/jupyter): each prefix of a Jupyter executable the script runs.
    const prefixDirs = (view.jupyterPrefixes ?? [])
        .map(x => posix.join(x, "etc/jupyter"))
        .filter(d => !JUPYTER_CONFIG_DIRS.includes(d));
    return ownDirs.flatMap(own =>
        jupyterServerListeners(
            args,
            sub,
            configPaths,
            [own, ...configPath, ...prefixDirs, ...JUPYTER_CONFIG_DIRS.slice(1)],
            fileText,
            view,
            prefixDirs,
        ),
    );
}

/**
 * jupyterListeners for one set of configuration directories (`dirs`, undefined for one the pack cannot compute).
 * Files in the order loaded, then the command line's `--Class.trait=value` (or `--trait value`): later wins. A file
 * the pack cannot read (readConfig) may set anything: one named by --config, one user data changed in a way the pack
 * cannot compute, one it wrote that does not read whole (jupyterConfigSettings), any in a directory moved by
 * JUPYTER_CONFIG_DIR or JUPYTER_CONFIG_PATH to a path the pack cannot compute or where user data wrote no
 * configuration file (whatever else filled it: the image, a download).
 */
function jupyterServerListeners(
    args: readonly string[],
    sub: string,
    configPaths: readonly string[],
    dirs: readonly (string | undefined)[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    prefixDirs: readonly string[] = [],
): Listener[] {
    const settings = new Map<string, string | undefined>();
    const unreadConfig: string[] = [];
    // A prefix's directory is what its installation left (like the system ones) unless user data changes it there.
    const within = (path: string) => prefixDirs.find(d => path.startsWith(`${d}/`));
    for (const dir of dirs) {
        const files = dir === undefined ? [] : JUPYTER_CONFIG_NAMES.map(f => `${dir}/${f}`);
        if (dir === undefined || !dir.startsWith("/"))
            unreadConfig.push(`a Jupyter configuration directory at ${dir ?? "a path the pack cannot compute"}`);
        else if (
            !JUPYTER_CONFIG_DIRS.includes(dir) &&
            !prefixDirs.includes(dir) &&
            files.every(f => readConfig(f, fileText, view) === undefined)
        )
            unreadConfig.push(`${dir}, a Jupyter configuration directory user data does not write`);
    }
    // Loaded as traitlets loads them, so a later file overrides an earlier one: each file name in turn, over the
    // directories in ascending priority (`dirs` is highest first, as jupyter_config_path lists them: root's own
    // directory over JUPYTER_CONFIG_PATH over the system ones; traitlets Application._load_config_files "path list
    // is in descending priority order, so load files backwards"), `.py` before `.json`; `--config` last.
    const ascending = [...dirs].reverse();
    for (const path of [
        ...JUPYTER_CONFIG_APPS.flatMap(app =>
            ascending.flatMap(d => (d === undefined ? [] : [`${d}/jupyter_${app}.py`, `${d}/jupyter_${app}.json`])),
        ),
        ...configPaths,
    ]) {
        const text = readConfig(path, fileText, view, within(path));
        const read = typeof text === "string" ? jupyterConfigSettings(path, text) : undefined;
        if (read) for (const [k, v] of read) settings.set(k, v);
        else if (text !== undefined || configPaths.includes(path)) unreadConfig.push(path);
    }
    const commandLineIp: string[] = [];
    args.forEach((w, i) => {
        const m = /^--(?:(\w+)\.)?(ip|token|password|hashed_password|auth_token)(?:=([\s\S]*))?$/.exec(w);
        if (!m) return;
        // An alias (`--ip`) sets the application's own trait, whichever class a file named it under.
        if (m[1] === undefined) for (const k of [...settings.keys()]) if (k.endsWith(`.${m[2]}`)) settings.delete(k);
        settings.set(`${m[1] ?? "*"}.${m[2]}`, m[3] ?? args[i + 1] ?? "");
        if (m[2] === "ip") commandLineIp.push(m[3] ?? args[i + 1] ?? "");
    });
    const values = (trait: RegExp) => [...settings].filter(([k]) => trait.test(k.split(".")[1])).map(([, v]) => v);
    const unset = (v: string | undefined) => v === "" || v === undefined;
    const ip = values(/^ip$/).map(v => v ?? "*");
    const served = JUPYTER_SERVERS.test(sub) || JUPYTER_GATEWAYS.test(sub);
    // A configuration the pack cannot read may set an empty token and any address: only the command line's ip,
    // which overrides every file, is known.
    if (served && unreadConfig.length > 0)
        return [
            {
                server: `jupyter ${sub} as ${unreadConfig.join(", ")} sets, a configuration the pack cannot read`,
                binds: commandLineIp,
                serves: { shell: "sh" },
            },
        ];
    if (JUPYTER_GATEWAYS.test(sub))
        return values(/^auth_token$/).every(unset)
            ? [
                  {
                      server: `jupyter ${sub} without an auth_token (its default)`,
                      binds: ip.length > 0 ? ip : ["127.0.0.1"],
                      serves: { shell: "sh" },
                  },
              ]
            : [];
    if (!JUPYTER_SERVERS.test(sub))
        return ip.length > 0 && !loopbackOnly(ip)
            ? [
                  {
                      server: `jupyter ${sub}, an application the pack does not read, on an explicit address`,
                      binds: ip,
                      serves: { shell: "sh" },
                  },
              ]
            : [];
    return values(/^token$/).some(unset) && values(/^(hashed_)?password$/).every(unset)
        ? [
              {
                  server: `jupyter ${sub} without a token or password`,
                  binds: ip.length > 0 ? ip : ["localhost"],
                  serves: { shell: "sh" },
              },
          ]
        : [];
}

/**
 * A Jupyter configuration written outside root's Jupyter directories (JUPYTER_CONFIG_DIRS): read through
 * JUPYTER_CONFIG_DIR, JUPYTER_CONFIG_PATH or another user's ~/.jupyter by a server the pack cannot tie it to, so it is
 * judged by itself, as the server of its application reads it.
 */
export function jupyterConfigElsewhere(path: string, content: string, how: string): NodeOpening[] {
    const app = /_(kernel|enterprise)_gateway_config\./.exec(path)?.[1];
    return listenerOpenings(
        jupyterListeners([`--config=${path}`], app ? `jupyter-${app}gateway` : "jupyter-server", p =>
            p === path ? content : undefined,
        ),
        `${path}, ${how}`,
    );
}

/**
 * `python -m` a Jupyter application (JUPYTER_MODULES; `python -m jupyter X` is `jupyter X`): the module named among
 * the interpreter's options, before any script or `-c` (python(1): -W and -X take a value).
 */
function jupyterModuleListeners(
    args: readonly string[],
    _: string | undefined,
    __: string,
    fileText?: (path: string) => string | undefined,
    view?: ScriptView,
): Listener[] {
    // python's options by pythonInvocation.
    const run = pythonInvocation(args);
    if (run?.kind !== "m") return [];
    if (run.value === "jupyter") return jupyterListeners(run.rest, "jupyter", fileText, view);
    const app = JUPYTER_MODULES[run.value];
    return app ? jupyterListeners(run.rest, `jupyter-${app}`, fileText, view) : [];
}

/**
 * VS Code in the browser, whose integrated terminal is a shell as its user: code-server with `auth: none` on
 * `bind-addr`, each from its configuration file with the command line over it (code-server docs, "FAQ"/"Usage"), and
 * openvscode-server and `code serve-web` with `--without-connection-token` on `--host` (default localhost). code-server
 * reads `--config`, else $CODE_SERVER_CONFIG, else config.yaml in its user's configuration directory
 * ($XDG_CONFIG_HOME/code-server, default ~/.config/code-server), writing a default one there when absent (coder/
 * code-server src/node/cli.ts readConfigFile, defaultConfigFile: password authentication on 127.0.0.1:8080). Every
 * CODE_SERVER_CONFIG and XDG_CONFIG_HOME value the script assigns is judged besides the default (ScriptView). A file
 * named by --config or CODE_SERVER_CONFIG that user data did not write, or whose content the pack cannot know, may set
 * anything.
 */
function browserIdeListeners(
    args: readonly string[],
    name: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
    home = "/root",
): Listener[] {
    if (name === "code" && args[0] !== "serve-web") return [];
    if (name !== "code-server")
        return args.includes("--without-connection-token")
            ? [
                  {
                      server: `${name} without authentication`,
                      binds: longValues(args, /^host$/).length > 0 ? longValues(args, /^host$/) : ["localhost"],
                      serves: { shell: "sh" },
                  },
              ]
            : [];
    const given = longValues(args, /^config$/).at(-1);
    const assigned = (variable: string) => view.environment.get(variable) ?? [];
    const files: { path: string | undefined; named: boolean }[] =
        given !== undefined
            ? [{ path: given, named: true }]
            : [
                  ...assigned("CODE_SERVER_CONFIG").map(path => ({ path, named: true })),
                  ...[`${home}/.config`, ...assigned("XDG_CONFIG_HOME")].map(dir => ({
                      path: dir === undefined ? undefined : `${dir}/code-server/config.yaml`,
                      named: false,
                  })),
              ];
    return files.flatMap(({ path, named }) => codeServerListeners(args, path, named, fileText, view));
}

/** code-server (browserIdeListeners) with its configuration at `path` (undefined: a path the pack cannot compute). */
function codeServerListeners(
    args: readonly string[],
    path: string | undefined,
    named: boolean,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const text = path === undefined ? null : readConfig(path, fileText, view);
    let config: Record<string, unknown> | undefined = {};
    try {
        if (typeof text === "string") config = obj(yamlDocs(text, path ?? "")[0]);
        else if (text === null || named) config = undefined;
    } catch {
        config = undefined;
    }
    const last = (key: string) =>
        [...(config?.[key] !== undefined ? [String(config[key])] : []), ...longValues(args, new RegExp(`^${key}$`))].at(
            -1,
        );
    const auth = last("auth");
    const bind = last("bind-addr");
    const unread =
        config === undefined
            ? ` (as ${path ?? "a configuration file at a path the pack cannot compute"}, a configuration the pack cannot read, may set)`
            : "";
    return auth === "none" || (config === undefined && auth === undefined)
        ? [
              {
                  server: `code-server without authentication${unread}`,
                  binds: bind !== undefined ? [bind] : config === undefined ? [] : ["127.0.0.1:8080"],
                  serves: { shell: "sh" },
              },
          ]
        : [];
}

/**
 * code-server's systemd unit `code-server@USER` (code-server docs, "Install": `sudo systemctl enable --now
 * code-server@$USER`) runs code-server as USER with no arguments, reading USER's configuration.
 */
export function codeServerUnitListeners(
    unit: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const user = /^code-server@(.+)$/.exec(unit)?.[1];
    if (user === undefined) return [];
    return browserIdeListeners([], "code-server", fileText, view, user === "root" ? "/root" : `/home/${user}`);
}

/**
 * mitmproxy, mitmdump and mitmweb (mitmproxy docs, "Modes of Operation": `regular`, the default, is an HTTP(S) forward
 * proxy, `socks5` too, `upstream:SPEC` through the proxy SPEC names; "Options": listen_host, default every address; a mode's own
 * `@[host:]port`): a forward proxy per such mode. block_private with block_global leaves loopback clients only. Options
 * come from config.yaml in the configuration directory (`--set confdir=DIR`, default ~/.mitmproxy: mitmproxy docs,
 * "Options", "The mitmproxy tools share a common YAML configuration file located at ~/.mitmproxy/config.yaml"), then
 * from the command line; a config.yaml that does not parse leaves the defaults.
 */
function mitmproxyListeners(
    args: readonly string[],
    _?: string,
    __?: string,
    fileText?: (path: string) => string | undefined,
): Listener[] {
    const settings = longValues(args, /^set$/).map(kv => /^([^=]*)=?([\s\S]*)$/.exec(kv)!);
    const setting = (key: string) => settings.filter(([, k]) => k === key).map(([, , v]) => v);
    const file = (dir: string) => fileText?.(`${dir}/config.yaml`) ?? fileText?.(`${dir}/config.yml`);
    let config: Record<string, unknown> = {};
    try {
        const text = file(
            setting("confdir")
                .at(-1)
                ?.replace(/^~(?=\/|$)/, "/root") ?? "/root/.mitmproxy",
        );
        if (text !== undefined) config = obj(yamlDocs(text, "mitmproxy's config.yaml")[0]);
    } catch {
        config = {};
    }
    const configured = (key: string) => (config[key] === undefined ? [] : list(config[key]).map(String));
    const flagModes = [
        ...longValues(args, /^mode$/),
        ...args.flatMap((w, i) => (/^-m/.test(w) ? [w.slice(2) || (args[i + 1] ?? "")] : [])),
        ...setting("mode"),
    ];
    const modes = flagModes.length > 0 ? flagModes : configured("mode");
    const listenHost =
        [...configured("listen_host"), ...longValues(args, /^listen-host$/), ...setting("listen_host")].at(-1) ?? "";
    // block_private (default false) and block_global (default true), the last value set.
    const on = (key: string) => [...configured(key), ...setting(key)].at(-1)?.toLowerCase();
    const localClients =
        on("block_private") !== undefined && on("block_private") !== "false" && on("block_global") !== "false";
    return (modes.length > 0 ? modes : ["regular"]).flatMap(spec => {
        const m = /^([a-z0-9]+)(?::([^@]*))?(?:@(?:(.*):)?(\d+))?$/.exec(spec);
        // upstream:SPEC connects through the proxy it names: from the instance only when that one is on loopback.
        const upstreamHere = m?.[1] === "upstream" && loopbackOnly([m[2] ?? ""]);
        if (!m || !(/^(regular|socks5)$/.test(m[1]) || upstreamHere)) return [];
        const host = m[3] ?? listenHost;
        return [
            {
                server: `${spec} mode of mitmproxy`,
                binds: host ? [host] : [],
                allowed: localClients ? ["127.0.0.1"] : [],
                serves: { proxy: true as const },
            },
        ];
    });
}

/**
 * Super-servers that run a program on each connection, its standard input and output the socket: ipsvd/busybox
 * `tcpsvd`/`udpsvd [opts] IP PORT PROG...` (busybox usage: "Create TCP socket, bind to IP:PORT and listen for
 * incoming connection. Run PROG for each connection", "IP  IP to listen on, 0 = all"; -u/-l/-c/-C/-b/-x/-i/-t take
 * values, access rules in -i/-x the pack does not read) and ucspi-tcp `tcpserver [opts] HOST PORT PROG...` (its
 * values attached or next: -c -x -B -g -u -b -l -t -I; host 0 is every address).
 */
function superServerListeners(args: readonly string[], _: string | undefined, name: string): Listener[] {
    const { operands } = getopt(args, name === "tcpserver" ? "cxBgubltI" : "cCbulxit", [], true);
    const [host, port, ...program] = operands;
    return program.length === 0
        ? []
        : [
              {
                  server: `${name} ${host} ${port} running ${program.join(" ")}`,
                  binds: [host],
                  port,
                  serves: { shell: commandLine(program) },
              },
          ];
}

/**
 * websocketd (joewalnes/websocketd, `websocketd --help`): "--address=ADDRESS Interfaces to bind to ... Default: \"\"
 * (all)", each connection running COMMAND with the client's messages on its standard input (like ttyd's command);
 * --staticdir, --cgidir and --dir serve the files or programs of a directory. Go flags: `-port=8080` is `--port=8080`,
 * options end at the command.
 */
function websocketdListeners(args: readonly string[], cwd: string | undefined): Listener[] {
    const { options, operands } = getopt(
        args.map(w => w.replace(/^-(?=[a-z]{2})/, "--")),
        "",
        [
            ...["port", "address", "staticdir", "cgidir", "dir", "loglevel", "passenv", "maxforks", "closems"],
            ...["header", "header-ws", "header-http", "origin", "sslcert", "sslkey", "redirport"],
        ],
        true,
    );
    const at = { binds: optionValues(options, "--address") };
    return [
        ...(operands.length > 0
            ? [{ server: `websocketd ${operands.join(" ")}`, ...at, serves: { shell: commandLine(operands) } }]
            : []),
        ...optionValues(options, "--staticdir", "--cgidir", "--dir").map(dir => ({
            server: `websocketd serving ${dir}`,
            ...at,
            serves: { files: servedDirectory(dir, cwd) },
        })),
    ];
}

/**
 * PHP's built-in web server (PHP manual, "Built-in web server": `php -S localhost:8000 [-t docroot]`, "the current
 * working directory ... is the document root unless the -t option is used"), serving its document root's files and
 * running its scripts; php(1)'s -c -d -f -r -B -R -F -E -z -S -t take values.
 */
function phpServerListeners(args: readonly string[], cwd: string | undefined): Listener[] {
    const { options } = getopt(args, "cdfrBRFEzSt", []);
    const listen = optionValues(options, "-S").at(-1);
    return listen === undefined
        ? []
        : [
              {
                  server: `php -S ${listen}`,
                  binds: [listen],
                  serves: { files: servedDirectory(optionValues(options, "-t").at(-1), cwd) },
              },
          ];
}

/**
 * Round 74: `openssl s_server` (openssl-s_server(1)): "-accept val: The optional TCP host and port to listen on for
 * connections. If not specified, *:4433 is used" (a port alone, or `*:PORT`, is every address; `-port +int` the
 * older spelling; "-unix val: Unix domain socket to accept on": no network), the last one given; "-WWW: Emulates a
 * simple web server. Pages will be resolved relative to the current directory" and "-HTTP" alike (the working
 * directory's files served); "-www" sends a status page, and without them it relays the connection to its own
 * terminal: neither serves the node's files. openssl(1) reads `-opt=value` and `--opt` as `-opt value`. Partial: its
 * other words stay with the fail-closed rule (unreadListeners).
 */
function opensslServerListeners(args: readonly string[], cwd: string | undefined): Listener[] {
    if (args[0] !== "s_server") return [];
    const words = args.slice(1).flatMap(w => {
        const m = /^--?([A-Za-z][\w-]*)(?:=([\s\S]*))?$/.exec(w);
        return m === null ? [w] : m[2] === undefined ? [`-${m[1]}`] : [`-${m[1]}`, m[2]];
    });
    if (!words.some(w => w === "-WWW" || w === "-HTTP")) return [];
    let bind = "0.0.0.0:4433";
    for (let i = 0; i < words.length - 1; i++)
        if (words[i] === "-accept")
            bind = /^\d+$/.test(words[i + 1]) ? `0.0.0.0:${words[i + 1]}` : words[i + 1].replace(/^\*:/, "0.0.0.0:");
        else if (words[i] === "-port") bind = `0.0.0.0:${words[i + 1]}`;
        else if (words[i] === "-unix") bind = `unix:${words[i + 1]}`;
    return [
        {
            server: `openssl s_server -accept ${bind}`,
            binds: [bind],
            serves: { files: servedDirectory(undefined, cwd) },
        },
    ];
}

/**
 * PHP's command runners (PHP manual, "Program execution Functions": exec, passthru, system, shell_exec and the backtick
 * operator "execute a command via shell"; popen, proc_open a process; pcntl_exec "Executes specified program") in a
 * PHP program's code (-r, -B/-R/-E, its script) and what it loads (CODE_LOADERS, loadedCode), round 68: a literal
 * command line is judged as the same line run by user data (commandListeners, its listeners named after the program);
 * one the pack cannot compute (a variable, interpolation, concatenation, shell expansion, an array command,
 * pcntl_exec), or a program the pack cannot read, starts what the pack does not read: any listener (fail closed, as
 * sourceRunnerListeners' process-starting sources).
 */
let phpRunnerDepth = 0;

function phpCommandListeners(
    args: readonly string[],
    cwd: string | undefined,
    name: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const words = [name, ...args];
    const read = programOptions(words);
    if (read === undefined || phpRunnerDepth > 4) return [];
    const server = words.join(" ");
    const inline = read.values
        .filter(([o]) => /^(-[rBRE]|--run|--process-(begin|code|end))$/.test(o))
        .map(([, v]) => v);
    const scriptWord =
        read.values.find(([o]) => /^(-f|--file)$/.test(o))?.[1] ??
        (read.values.some(([o]) => /^(-r|--run)$/.test(o)) ? undefined : read.positional[0]?.word);
    const script = scriptWord === undefined ? undefined : posix.resolve(cwd ?? "/", scriptWord);
    const scriptText = script === undefined ? undefined : readConfig(script, fileText, view);
    const programs = [...inline, ...(typeof scriptText === "string" ? [scriptText] : [])];
    const loaded = loadedCode(
        "php",
        [...read.values, ...read.flags.map((f): [string, string] => [f, ""])],
        programs,
        cwd ?? "/",
        fileText,
        view,
        loaderEnvironment(words),
        typeof scriptText === "string" && script !== undefined
            ? { path: script, text: scriptText, given: scriptWord }
            : undefined,
    );
    const unread = (what: string): Listener => ({
        server,
        binds: [],
        serves: { unread: `${server} (${what}: a command the pack cannot compute)` },
    });
    const lines = [...programs, ...loaded.texts].flatMap(text => [
        ...[
            ...text.matchAll(/(?<![\w$>:\\])(exec|passthru|system|shell_exec|popen|proc_open|pcntl_exec)\s*\(\s*/gi),
        ].map(m => {
            const arg = codeArgument(text.slice(m.index + m[0].length), /\$/);
            return { what: `${m[1]}(${arg.text}`, line: /^pcntl_exec$/i.test(m[1]) ? undefined : arg.literal };
        }),
        ...[...text.matchAll(/`([^`]*)`/g)].map(m => ({
            what: m[0].slice(0, 60),
            line: /\$/.test(m[1]) ? undefined : m[1],
        })),
    ]);
    phpRunnerDepth++;
    try {
        return lines.flatMap(({ what, line }) =>
            line === undefined || /[$`\\]/.test(line)
                ? [unread(what)]
                : shellCommands(line).flatMap(c =>
                      c.words.length === 0
                          ? []
                          : commandListeners(c.words, cwd, fileText, true, view).map(l => ({
                                ...l,
                                server: `${server} runs ${l.server}`,
                            })),
                  ),
        );
    } finally {
        phpRunnerDepth--;
    }
}

/**
 * A server reading its shares from a configuration file the command names (or its default): judged by what user
 * data wrote there (`fileText`), the command line's settings over it. A file user data did not write is the AMI's
 * at the default path (it has none with shares; one user data writes is judged where written) and one the pack
 * cannot read anywhere else: it serves what `unknown` says (a directory the pack cannot know, by default).
 */
function configuredListeners(
    server: string,
    path: string,
    byDefault: string,
    overridden: boolean,
    fileText: ((path: string) => string | undefined) | undefined,
    read: (text: string) => Listener[],
    binds: readonly string[],
    unknown: Listener["serves"] = { files: undefined },
): Listener[] {
    const text = fileText?.(path);
    if (text !== undefined) return path === byDefault && !overridden ? [] : read(text);
    return path === byDefault
        ? []
        : [{ server: `${server} with ${path}, a configuration the pack cannot read`, binds, serves: unknown }];
}

/**
 * A super-server's configuration the command names: inetd's CONFFILE operand (BusyBox inetd usage: "inetd [-fe] [-q
 * N] [-R N] [CONFFILE]", "default /etc/inetd.conf"; inetd(8) "[configuration file]") and xinetd's `-f config_file`
 * (xinetd(8), default /etc/xinetd.conf), read as the default file is where written (inetdListeners,
 * xinetdListeners). One user data does not write may run any program on any port: a program the pack does not read,
 * on every address (configuredListeners).
 */
function superServerConfigListeners(
    args: readonly string[],
    cwd: string | undefined,
    name: string,
    fileText?: (path: string) => string | undefined,
): Listener[] {
    const xinetd = name === "xinetd";
    const given = xinetd
        ? args.includes("-f")
            ? args[args.indexOf("-f") + 1]
            : undefined
        : getopt(args, "qRacCps", []).operands[0];
    if (given === undefined) return [];
    // A relative path from a working directory the pack does not know is one it cannot read.
    const path = servedDirectory(given, cwd) ?? given;
    const [byDefault, read] = xinetd ? [XINETD_CONF, xinetdListeners] : [INETD_CONF, inetdListeners];
    return configuredListeners(name, path, byDefault, false, fileText, read, [], { unread: `${name} ${path}` });
}

/** The rsync daemon (rsync(1) --daemon, --config=FILE default /etc/rsyncd.conf, --address, -M/--dparam). */
function rsyncDaemonListeners(
    args: readonly string[],
    cwd: string | undefined,
    _: string,
    fileText?: (path: string) => string | undefined,
): Listener[] {
    const { options } = getopt(args, "M", ["config", "address", "dparam", "port", "bwlimit", "log-file", "sockopts"]);
    if (!options.some(([k]) => k === "--daemon")) return [];
    const path = servedDirectory(optionValues(options, "--config").at(-1) ?? RSYNCD_CONF, cwd) ?? "";
    const overrides = [
        ...optionValues(options, "-M", "--dparam").map(p => p.split("=").map(x => x.trim()) as [string, string]),
        ...optionValues(options, "--address").map(a => ["address", a] as [string, string]),
    ];
    return configuredListeners(
        "rsync --daemon",
        path,
        RSYNCD_CONF,
        overrides.length > 0,
        fileText,
        text => rsyncdListeners(text, overrides),
        optionValues(options, "--address"),
    );
}

/** smbd with -s/--configfile FILE (smbd(8); default /etc/samba/smb.conf, judged where written). */
function smbdListeners(
    args: readonly string[],
    cwd: string | undefined,
    _: string,
    fileText?: (path: string) => string | undefined,
): Listener[] {
    const { options } = getopt(args, "sdlpO", ["configfile", "debuglevel", "log-basename", "port", "option"]);
    const path = servedDirectory(optionValues(options, "-s", "--configfile").at(-1) ?? SMB_CONF, cwd) ?? "";
    return configuredListeners("smbd", path, SMB_CONF, false, fileText, sambaListeners, []);
}

/**
 * Flask's development server with Werkzeug's debugger on: `flask [--app APP] [--debug] run [--debug] [-h HOST]` (Flask
 * CLI "Debug Mode": `flask --app hello run --debug`; `run --debugger/--no-debugger`: "By default the debugger is
 * active if debug is enabled"; `-h, --host`: "The interface to bind to", default 127.0.0.1). The debugger's console
 * "allows the execution of arbitrary code" (Werkzeug, "Debugging Applications"): Python as the server's user, a served
 * shell, behind its PIN (printed to the server's output: a password login, as ttyd -c is) or none
 * (WERKZEUG_DEBUG_PIN=off). Debug mode only from FLASK_DEBUG in the environment is read by the fail-closed rule
 * (SERVERS `partial`).
 */
function flaskDebuggerListeners(
    args: readonly string[],
    cwd?: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const run = args.findIndex((w, i) => w === "run" && !/^(--app|-A|-e|--env-file)$/.test(args[i - 1] ?? ""));
    if (run < 0) return [];
    const dotenvFiles = flaskDotenvFiles(args, cwd, fileText, view);
    // Loaded in order, a later file's value over an earlier's; one the pack cannot compute may set anything.
    const dotenv = dotenvFiles.some(f => view.changed.has(f))
        ? undefined
        : new Map(
              dotenvFiles.flatMap(f =>
                  environmentFileVariables(fileText?.(f) ?? "").map(v => [v.name, v.value] as const),
              ),
          );
    const last = (flag: RegExp) => [...args].reverse().find(w => flag.test(w));
    // Flask get_debug_flag: FLASK_DEBUG set and not "0", "false" or "no" turns debug mode on.
    const dotenvDebug = dotenv === undefined || /^(?!(0|false|no)$)./i.test(dotenv.get("FLASK_DEBUG") ?? "");
    const debug = (last(/^--(no-)?debug$/) ?? (dotenvDebug ? "--debug" : undefined)) === "--debug";
    const debuggerFlag = last(/^--(no-)?debugger$/);
    if (!(debuggerFlag === "--debugger" || (debug && debuggerFlag === undefined))) return [];
    const { options } = getopt(args.slice(run + 1), "hp", ["host", "port", "cert", "key", "extra-files"]);
    const host =
        optionValues(options, "-h", "--host").at(-1) ??
        (dotenv === undefined ? undefined : (dotenv.get("FLASK_RUN_HOST") ?? "127.0.0.1"));
    return [
        {
            server: "flask run with Werkzeug's debugger (a Python console)",
            binds: host === undefined ? [] : [host],
            serves: { shell: "sh" },
        },
    ];
}

/**
 * The dotenv files the flask command loads into its environment, in load order (Flask CLI "Environment Variables From
 * dotenv": with python-dotenv installed, "running the flask command will set environment variables defined in the
 * files .env and .flaskenv"; Flask CHANGES 1.0, pallets/flask#2416; cli.load_dotenv merges .flaskenv, then .env, then
 * `-e, --env-file FILE`, a variable already in the environment winning): each the nearest in the working directory or
 * a parent (python-dotenv find_dotenv: "in the current directory or any of its parents"). Only files user data writes
 * or changes count: an unwritten one is not read.
 */
function flaskDotenvFiles(
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): string[] {
    if (cwd === undefined || fileText === undefined) return [];
    const known = (path: string) => fileText(path) !== undefined || view.changed.has(path);
    const nearest = (name: string): string[] => {
        for (let dir = cwd; ; dir = posix.dirname(dir)) {
            if (known(posix.join(dir, name))) return [posix.join(dir, name)];
            if (dir === "/") return [];
        }
    };
    const envFiles = args.flatMap((w, i) =>
        /^(-e|--env-file)$/.test(args[i - 1] ?? "") ? [w] : w.startsWith("--env-file=") ? [w.slice(11)] : [],
    );
    return [...nearest(".flaskenv"), ...nearest(".env"), ...envFiles.map(f => posix.resolve(cwd, f)).filter(known)];
}

/** The dotenv files a `flask` command loads (flaskDotenvFiles), as environment files given to it (environmentListeners). */
export const flaskDotenvGiven = (
    words: readonly string[],
    cwd: string | undefined,
    fileText?: (path: string) => string | undefined,
): GivenVariable[] =>
    posix.basename(words[0] ?? "") === "flask"
        ? flaskDotenvFiles(words.slice(1), cwd, fileText, NO_VIEW).map(file => ({ file, program: "flask" }))
        : [];

/**
 * Flask's debug state a file sets in code, the last of `app.debug = X`, `app.config["DEBUG"] = X`,
 * `app.config.update(DEBUG=X)` and `app.config.from_mapping(DEBUG=X)` (Flask "Configuration Handling": DEBUG, "Whether
 * debug mode is enabled"; Flask.debug is config["DEBUG"]), with where it is: undefined when it sets none. A load the
 * pack does not read, `from_object`, `from_pyfile`, `from_envvar`, `from_file`, `from_prefixed_env`, or
 * `update`/`from_mapping` of a mapping (Flask API "Config": from_object "loads only the uppercase attributes of the
 * module/class", the documented `class DevelopmentConfig(Config): DEBUG = True`), may set DEBUG: on (fail closed).
 */
function flaskCodeDebug(
    text: string,
    off: (value: string) => boolean = v => PYTHON_OFF.test(v),
): { on: boolean; index: number } | undefined {
    const set = [
        ...text.matchAll(/\.debug\s*=(?!=)\s*([^\s;#]+)/g),
        ...text.matchAll(/\.config\[\s*["']DEBUG["']\s*\]\s*=(?!=)\s*([^\s;#]+)/g),
        ...[...text.matchAll(/\.config\.(update|from_mapping)\(([^()]*)\)/g)].flatMap(m => {
            const { positional, keyword } = pythonCallArguments(m[2]);
            const debug = keyword.get("DEBUG") ?? (positional.length > 0 || m[2].includes("**") ? "unread" : undefined);
            return debug === undefined ? [] : [Object.assign([m[0], debug], { index: m.index })];
        }),
        ...[...text.matchAll(/\.config\.from_(?:object|pyfile|envvar|file|prefixed_env)\(/g)].map(m =>
            Object.assign([m[0], "unread"], { index: m.index }),
        ),
    ].sort((x, y) => (x.index ?? 0) - (y.index ?? 0));
    const last = set.at(-1);
    return last === undefined ? undefined : { on: last[1] === "unread" || !off(last[1]), index: last.index ?? 0 };
}

/**
 * `python SCRIPT` whose text user data wrote serves Werkzeug's debugger console, a served shell ("allows the execution
 * of arbitrary code", Werkzeug "Debugging Applications"), or `python -m flask ...` (flaskDebuggerListeners):
 * - Flask's `app.run(host, port, debug, ...)`: flask/app.py Flask.run loads .flaskenv/.env (cli.load_dotenv), then "if
 *   "FLASK_DEBUG" in os.environ: self.debug = get_debug_flag()", then a `debug` argument "overrides all other
 *   sources", then `options.setdefault("use_debugger", self.debug)`; host "Defaults to '127.0.0.1'". Debug mode is
 *   thus the call's `debug`, else FLASK_DEBUG (`environmentDebug`, the program's environment: environmentListeners;
 *   else the dotenv files), else what the code set (flaskCodeDebug), in the file or a module it imports (importing
 *   runs the module; the file's own setting wins unless a module's name is used after it);
 * - Werkzeug's `run_simple(hostname, port, application, use_debugger=True)` (Werkzeug "Serving WSGI Applications":
 *   "use_debugger – should the werkzeug debugging system be used", use_evalex default True);
 * - a `DebuggedApplication(app, evalex=True)` (Werkzeug "Debugging Applications": "The evalex keyword argument allows
 *   evaluating expressions in a traceback's frame context"), served by either on the host of the call, or by any
 *   other WSGI server the program runs (waitress, wsgiref ...) on every host its calls name (pythonServedHosts).
 * The program is the script, `-m MODULE` or `-c COMMAND` (pythonEntry); a name bound to functools.partial is its
 * callable called with the bound arguments first; a value is off when False, None, 0 or a name bound only to such
 * (pythonOff: `from settings import DEBUG` with DEBUG = False there).
 * The script is read with the modules user data wrote that it imports (pythonImportClosure), their calls too, each
 * name through its imports and aliases (pythonResolve: `from werkzeug.serving import run_simple as serve`). A `.run`
 * whose object is made in a file naming flask is Flask's; one from a module the pack does not read (pythonOrigin) and
 * given a host or port may be a Flask app in debug mode (fail closed). `use_evalex=False` keeps tracebacks without
 * the console. A host that is no literal is every address.
 */
export function flaskScriptListeners(
    args: readonly string[],
    cwd: string | undefined,
    _: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
    environmentDebug?: string,
): Listener[] {
    const entry = pythonEntry(args, cwd, fileText, view);
    if (entry === undefined) return [];
    if ("flask" in entry) return flaskDebuggerListeners(entry.flask, cwd, fileText, view);
    const { label: script, path: scriptPath } = entry;
    const { files, roots } = pythonImportClosure(entry.files, entry.roots, fileText, view);
    const read = files.flatMap(f => (f.text === null ? [] : [{ path: f.path, text: f.text }]));
    /** A value known off (pythonOff: False, None, 0, or a name bound only to such) in `file`. */
    const isOff = (value: string, file: PythonFile & { text: string }) =>
        pythonOff(value, file, files, roots, fileText, view);
    /** A file's calls, nested ones too: the callee as its imports resolve it, and the arguments. */
    const callsOf = (file: { text: string }) => {
        const names = pythonNames(file.text);
        return [
            ...file.text.matchAll(/(?<![\w.])(?<!\bdef\s+)([A-Za-z_][\w.]*)\s*\((?=([^()]*(?:\([^()]*\)[^()]*)*)\))/g),
        ].map(m => {
            // A name bound to functools.partial(f, ...) (pythonNames partials) is a call of f, the bound arguments first.
            let [name, call] = [m[1], m[2]];
            for (let depth = 0, p = names.partials.get(name); p !== undefined && depth < 8; depth++) {
                [name, call] = [p.target, [p.bound, call].filter(a => a.trim() !== "").join(", ")];
                p = names.partials.get(name);
            }
            const callee = pythonResolve(name, names).name;
            // functools.partial(f, *args, **keywords) itself, wherever its result is called (Python "functools.partial"):
            // read as a call of f with those arguments, so options bound there count.
            const bound = /^(?:functools\.)?partial$/.test(callee)
                ? /^\s*([A-Za-z_][\w.]*)\s*(?:,([\s\S]*))?$/.exec(call)
                : null;
            return bound
                ? { name: bound[1], callee: pythonResolve(bound[1], names).name, call: bound[2] ?? "" }
                : { name, callee, call };
        });
    };
    // Werkzeug "Debugging Applications": DebuggedApplication(app, evalex=False, ...), evalex its second argument.
    const evalexApp = read.some(file =>
        callsOf(file).some(({ callee, call }) => {
            if (callee.split(".").at(-1) !== "DebuggedApplication") return false;
            const evalex = pythonCallArguments(call).argument("evalex", 1);
            return evalex !== undefined && !isOff(evalex, file);
        }),
    );
    // FLASK_DEBUG: the program's environment, else the dotenv files app.run loads (one the pack cannot compute: on).
    const dotenvFiles = flaskDotenvFiles([], cwd, fileText, view);
    const dotenvDebug = dotenvFiles.some(f => view.changed.has(f))
        ? "1"
        : dotenvFiles
              .flatMap(f => environmentFileVariables(fileText?.(f) ?? ""))
              .filter(v => v.name === "FLASK_DEBUG")
              .at(-1)?.value;
    // The program's own os.environ writes come before app.run reads FLASK_DEBUG: one turning it on wins (fail closed:
    // the pack does not order them against the environment it was given), else one setting it off.
    const inCode = flaskEnvironmentDebug(read.map(f => f.text));
    const flaskDebug = inCode.on ? "1" : (environmentDebug ?? dotenvDebug ?? (inCode.set ? "0" : undefined));
    const environment = flaskDebug === undefined ? undefined : /^(?!(0|false|no)$)./i.test(flaskDebug);
    const listeners = read.flatMap(file => {
        const flask = /\bflask\b/i.test(file.text);
        // What the modules it imports set (one changed in place may set anything: on), then its own setting.
        const others = files
            .filter(f => f.path !== file.path)
            .map(f =>
                f.text === null ? { on: true } : flaskCodeDebug(f.text, v => isOff(v, { ...f, text: f.text ?? "" })),
            );
        const moduleDebug = others.some(s => s?.on) ? true : others.some(s => s !== undefined) ? false : undefined;
        const own = flaskCodeDebug(file.text, v => isOff(v, file));
        const after = own === undefined ? "" : file.text.slice(own.index);
        const moduleUsedAfter =
            /(^|;)[ \t]*(from|import)\b/m.test(after) ||
            [...pythonNames(file.text).imports.keys()].some(name =>
                new RegExp(`(?<![\\w.])${name}\\b(?!\\s*\\.(run|debug|config)\\b)`).test(after),
            );
        // A module the pack does not read that made the app (unread) may have set it on.
        const codeDebug = (unread: boolean) => {
            const modules = unread || moduleDebug;
            return own === undefined || (modules === true && moduleUsedAfter) ? modules : own.on;
        };
        const where = file.path === scriptPath ? script : `${script} (importing ${file.path})`;
        return callsOf(file).flatMap(({ name, callee, call }): Listener[] => {
            const last = callee.split(".").at(-1);
            if (last !== "run_simple" && !(last === "run" && name.includes("."))) return [];
            const { positional, keyword, argument } = pythonCallArguments(call);
            // run_simple(hostname, port, application, use_reloader, use_debugger, use_evalex, ...) (Werkzeug "Serving
            // WSGI Applications"); Flask.run(host, port, debug, load_dotenv, **options) passes the others by keyword.
            const position = (option: string) =>
                last !== "run_simple" ? undefined : { use_debugger: 4, use_evalex: 5 }[option];
            const on = (option: string) => {
                const given = argument(option, position(option));
                return given !== undefined && !isOff(given, file);
            };
            const off = (option: string) => isOff(argument(option, position(option)) ?? "", file);
            if (last === "run_simple") {
                const shell = (on("use_debugger") && !off("use_evalex")) || evalexApp;
                const binds = pythonHostBinds(argument("hostname", 0), []);
                return shell
                    ? [
                          {
                              server: `${where}: Werkzeug run_simple with its debugger (a Python console)`,
                              binds,
                              serves: { shell: "sh" },
                          },
                      ]
                    : [];
            }
            const receiver = name.slice(0, -".run".length);
            const resolvedReceiver = callee.slice(0, -".run".length);
            if (
                NOT_FLASK_RUN.test(receiver.split(".").at(-1) ?? "") ||
                NOT_FLASK_RUN.test(resolvedReceiver.split(".")[0])
            )
                return [];
            const origin = pythonOrigin(receiver, file, roots, fileText, view);
            // Given a host or port, as Flask.run(host, port, ...) is; isAddress: an address literal as its host.
            const serving =
                keyword.has("host") ||
                keyword.has("port") ||
                positional.length >= 2 ||
                isAddress((positional[0] ?? "").replace(/^(["'])(.*)\1$/, "$2"));
            const unread = origin === "unread" && serving;
            if (!(flask || keyword.has("debug") || origin === "flask" || unread)) return [];
            const debugArgument = argument("debug", 2);
            const debug =
                debugArgument !== undefined ? !isOff(debugArgument, file) : (environment ?? codeDebug(unread) ?? false);
            const debugger_ = argument("use_debugger") !== undefined ? on("use_debugger") : debug;
            if (!((debugger_ && !off("use_evalex")) || evalexApp)) return [];
            return [
                {
                    server: `${where}: app.run in debug mode, Werkzeug's debugger (a Python console)`,
                    binds: pythonHostBinds(argument("host", 0), ["127.0.0.1"]),
                    serves: { shell: "sh" },
                },
            ];
        });
    });
    if (!evalexApp) return listeners;
    // DebuggedApplication is WSGI middleware: any WSGI server the program runs serves its console, not only run_simple
    // (Werkzeug "Debugging Applications": "This middleware can be wrapped around any WSGI application"). Its hosts are
    // every host a call names (pythonServedHosts); none: the run calls above, else every address.
    const hosts = read.flatMap(file => callsOf(file).flatMap(({ callee, call }) => pythonServedHosts(callee, call)));
    if (hosts.length === 0 && listeners.length > 0) return listeners;
    return [
        ...listeners,
        {
            server: `${script}: a Werkzeug DebuggedApplication(evalex=True) it serves (a Python console)`,
            binds: hosts.length === 0 ? ["0.0.0.0"] : hosts,
            serves: { shell: "sh" },
        },
    ];
}

/**
 * FLASK_DEBUG as a program sets it in its own environment (Python "os.environ": "a mapping object ... Modifying it
 * changes the environment"), which Flask.run reads (flask/app.py: `if "FLASK_DEBUG" in os.environ: self.debug =
 * get_debug_flag()`; get_debug_flag: on unless "0", "false" or "no"): `environ["FLASK_DEBUG"] = V`,
 * `environ.setdefault("FLASK_DEBUG", V)`, `environ.update(FLASK_DEBUG=V)` or a mapping literal naming it, `environ |=`
 * alike. `set` when it writes it; `on` when a value is on, or is no string literal, or a write names a key the pack
 * cannot read (`environ[name] = ...`, `environ.update(mapping)`): it may be FLASK_DEBUG (fail closed).
 */
function flaskEnvironmentDebug(texts: readonly string[]): { set: boolean; on: boolean } {
    const values: (string | undefined)[] = [];
    for (const text of texts) {
        for (const m of text.matchAll(/(?<![\w])environ\s*\[\s*([^\]\n]*?)\s*\]\s*=(?!=)\s*([^\n;#]*)/g))
            if (pythonString(m[1]) === "FLASK_DEBUG" || pythonString(m[1]) === undefined) values.push(m[2]);
        for (const m of text.matchAll(/(?<![\w])environ\.setdefault\s*\(\s*([^,)\n]*?)\s*,\s*([^)\n]*)\)/g))
            if (pythonString(m[1]) === "FLASK_DEBUG" || pythonString(m[1]) === undefined) values.push(m[2]);
        for (const m of text.matchAll(/(?<![\w])environ\s*(?:\.update\s*\(|\|=\s*)([^)\n]*)/g)) {
            const literal = /^\s*\{([^{}]*)\}\s*$/.exec(m[1]);
            const items = literal
                ? [...literal[1].matchAll(/([^,:]+):\s*([^,]+)/g)].map(i => ({ key: pythonString(i[1]), value: i[2] }))
                : [...pythonCallArguments(m[1]).keyword].map(([key, value]) => ({ key, value }));
            const mapping = !literal && pythonCallArguments(m[1]).positional.length + (m[1].includes("**") ? 1 : 0) > 0;
            if (mapping) values.push(undefined);
            for (const { key, value } of items) if (key === "FLASK_DEBUG" || key === undefined) values.push(value);
        }
    }
    const on = (value: string | undefined) => {
        const text = pythonString(value);
        return text === undefined || /^(?!(0|false|no)$)./i.test(text);
    };
    return { set: values.length > 0, on: values.some(on) };
}

/**
 * Calls of Python APIs that serve the files of a directory named by an argument (its name and position), in a program
 * whose files name `family`:
 * - Twisted "Serving Static Content From a Directory": `File("/var/www/mysite")` (twisted.web.static.File(path));
 * - aiohttp "Static file handling": `app.router.add_static(prefix, path)`, `web.static(prefix, path)`;
 * - Sanic "Static files": `app.static(uri, file_or_directory)`; Bottle "Routing Static Files": `static_file(filename,
 *   root)` (its route passes any path); Falcon "App.add_static_route(prefix, directory)": "Add a route to a directory
 *   of static files";
 * - Starlette "Static Files": `StaticFiles(directory=None, packages=None, ...)` (FastAPI's is Starlette's);
 * - pyftpdlib "Tutorial": `authorizer.add_user(username, password, homedir, perm)`, `add_anonymous(homedir)`;
 * - WhiteNoise "Usage": `WhiteNoise(application, root=None, ...)`, `add_files(root, prefix=None)`;
 * - Werkzeug "Middleware": `SharedDataMiddleware(app, exports)`, exports a dict of URL to path (dictValues);
 * - Flask API "Application Object": `Flask(import_name, static_url_path=None, static_folder='static', ...)`,
 *   "static_folder – The folder with static files that is served at static_url_path. Relative to the application
 *   root_path" (the module's directory: `module`), and `Blueprint(name, import_name, static_folder=None, ...)` alike;
 *   the default `static` beside the module is the app's own (an assignment `.static_folder = DIR` is read besides);
 * - Tornado "tornado.web": `Application(handlers, **settings)` with the `static_path` setting, "Directory from which
 *   static files will be served" (a keyword only); StaticFileHandler in a URL spec is read besides;
 * - Flask API "send_from_directory(directory, path, **kwargs)": "Send a file from within a directory ... a secure way to
 *   serve files from a folder" (safe_join keeps `path` inside `directory`, so any file in it is served), "directory –
 *   The directory that path must be located under, relative to the current application's root path"; Werkzeug's
 *   `werkzeug.utils.send_from_directory(directory, path, environ, **kwargs)` relative to the working directory.
 */
const PYTHON_STATIC_APIS: {
    callee: RegExp;
    family: RegExp;
    argument: [string, number | undefined];
    dictValues?: true;
    module?: true;
}[] = [
    { callee: /(^|\.)static\.File$/, family: /\btwisted\b/, argument: ["path", 0] },
    { callee: /(^|\.)(add_static|static)$/, family: /\baiohttp\b/, argument: ["path", 1] },
    { callee: /(^|\.)static$/, family: /\bsanic\b/, argument: ["file_or_directory", 1] },
    { callee: /(^|\.)static_file$/, family: /\bbottle\b/, argument: ["root", 1] },
    { callee: /(^|\.)add_static_route$/, family: /\bfalcon\b/, argument: ["directory", 1] },
    { callee: /(^|\.)StaticFiles$/, family: /\b(starlette|fastapi)\b/, argument: ["directory", 0] },
    { callee: /(^|\.)add_anonymous$/, family: /\bpyftpdlib\b/, argument: ["homedir", 0] },
    { callee: /(^|\.)add_user$/, family: /\bpyftpdlib\b/, argument: ["homedir", 2] },
    { callee: /(^|\.)WhiteNoise$/, family: /\bwhitenoise\b/, argument: ["root", 1] },
    { callee: /(^|\.)add_files$/, family: /\bwhitenoise\b/, argument: ["root", 0] },
    { callee: /(^|\.)SharedDataMiddleware$/, family: /\bwerkzeug\b/, argument: ["exports", 1], dictValues: true },
    { callee: /(^|\.)(Flask|Blueprint)$/, family: /\bflask\b/, argument: ["static_folder", 2], module: true },
    { callee: /^tornado\.web\.Application$/, family: /\btornado\b/, argument: ["static_path", undefined] },
    {
        callee: /^(?!werkzeug\.)(\w+\.)*send_from_directory$/,
        family: /\bflask\b/,
        argument: ["directory", 0],
        module: true,
    },
    { callee: /^werkzeug\.utils\.send_from_directory$/, family: /\bwerkzeug\b/, argument: ["directory", 0] },
];

/** Tornado's file-serving handler (tornado.web.StaticFileHandler, "A simple handler that can serve static content from a directory"). */
const TORNADO_STATIC_HANDLER = "tornado.web.StaticFileHandler";

/**
 * The directories a Python program's relative paths and commands may start from (pythonCommandListeners,
 * pythonProgramWrites); undefined for one the pack cannot know.
 */
function pythonProgramDirectories(
    program: NonNullable<ReturnType<typeof pythonProgram>>,
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): (string | undefined)[] {
    // The directories a command may start in (Python docs "subprocess": with cwd None the child inherits the parent's
    // working directory; "os.chdir": "Change the current working directory to path"): the program's, and each one an
    // os.chdir call in any of its files makes it (pythonChdirCalls; the pack does not follow which comes before which
    // command: every one is judged); an fchdir's, a relative one (it may run more than once), or one the pack cannot
    // compute is unknown.
    const readable = program.files.flatMap(f => (f.text === null ? [] : [{ path: f.path, text: f.text }]));
    const bases = [
        cwd,
        ...readable.flatMap(file =>
            pythonChdirCalls(file, program.roots, fileText, view).flatMap(c => {
                if (c === undefined || /\.fchdir$/.test(c.callee)) return [undefined];
                const expr = pythonCallArguments(c.call).argument("path", 0) ?? "";
                const dirs = pythonPath(expr, file, program.roots, fileText, view, undefined);
                return dirs === undefined
                    ? [undefined]
                    : dirs.map(d => (d.startsWith("/") ? posix.resolve(d) : undefined));
            }),
        ),
    ];
    // Code the pack cannot follow (pythonDynamic: exec, ...) may change it too: unknown.
    if (readable.some(f => pythonDynamic(f.text))) bases.push(undefined);
    return bases.filter((d, i, all) => all.indexOf(d) === i);
}

/**
 * Round 82: the paths a root `python` command's program may write that the pack accepts without reading their text
 * (pythonWriteRefusal's `accepted`): each is unknown content for every later reader (a script run, `.`, crontab FILE,
 * systemctl link, a copy into a root-read directory: RootReads, viewingJudge). Undefined for a command that runs no
 * Python program the pack reads (one it cannot read is refused by pythonCommandListeners).
 */
export function pythonProgramWrites(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): PythonWrittenPath[] | undefined {
    const program = rootPythonProgram(words, cwd, fileText, view);
    return program === undefined ? undefined : programWrites(program, cwd, fileText, view);
}

/**
 * Round 90: one part of a Python-computed environment value (PythonValuePart) as shell word text: known text quoted
 * (single quotes but for plain characters), a read of the environment `"${NAME}"` or `"${NAME-DEFAULT}"` (bash(1)
 * "Parameter Expansion": `${parameter-word}` "If parameter is unset, the expansion of word is substituted"), anything
 * else (and a name or default the shell cannot spell plainly) the mark of a value the pack cannot read.
 */
function shellWordPart(part: PythonValuePart): string {
    if ("text" in part) return /^[\w@%+=:,./-]*$/.test(part.text) ? part.text : `'${part.text.replace(/'/g, "'\\''")}'`;
    if ("variable" in part && /^[A-Za-z_]\w*$/.test(part.variable)) {
        if (part.otherwise === undefined) return `"\${${part.variable}}"`;
        if (/^[\w@%+=:,./-]*$/.test(part.otherwise)) return `"\${${part.variable}-${part.otherwise}}"`;
    }
    return SUBSTITUTED;
}

/**
 * Round 86: the commands a root `python` command's program runs itself with literal words (pythonCommandRuns: a
 * subprocess argv, an os.system line of plain words), each after its wrappers and a shell's literal input
 * (literalCommandWords, as literalCommandListeners reads them), as the shell line it is, in its directory (its cwd=,
 * else the program's; undefined when the pack cannot know it): RootReads reads each as the same line in user data is
 * (one command judgment: sysctl's kernel settings, chmod/chown/setfacl openings, systemctl link ...). Python docs
 * "subprocess": an argv runs "without a shell", each item one argument, which a single-quoted word is (bash(1)
 * "QUOTING": "Enclosing characters in single quotes preserves the literal value of each character"). Undefined for a
 * command that runs no Python program the pack reads; a run literalCommandWords does not read is left out (the
 * listener judge refuses it: literalCommandListeners, pythonCommandListeners).
 */
export function pythonProgramCommandLines(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { line: string; cwd: string | undefined }[] | undefined {
    const program = rootPythonProgram(words, cwd, fileText, view);
    if (program === undefined || program.interpreter.length > 0) return undefined;
    const directories = pythonProgramDirectories(program, cwd, fileText, view);
    // A word of plain characters stands as it is (a quoted program name is another word to the command readers).
    const quoted = (argv: readonly string[]) =>
        argv.map(w => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, "'\\''")}'`)).join(" ");
    const lines: { line: string; cwd: string | undefined }[] = [];
    // Round 88: its umask (the most open one it sets) before all of them, and the directories it makes (the shell's
    // `umask MODE` and `mkdir -p DIR`: pythonCreationLines); RootReads restores the shell's own umask after them.
    const umasks: string[][] = [];
    for (const f of program.files) {
        if (f.text === null) continue;
        const { umask, mkdirs } = pythonCreationLines({ path: f.path, text: f.text }, program.roots, fileText, view);
        if (umask !== undefined) umasks.push(umask);
        for (const mkdir of mkdirs) lines.push({ line: quoted(mkdir), cwd: "/" });
    }
    const umask = umasks.find(u => (parseInt(u[1], 8) & 0o002) === 0) ?? umasks[0];
    if (umask !== undefined) lines.unshift({ line: quoted(umask), cwd: "/" });
    for (const f of program.files) {
        if (f.text === null) continue;
        // Round 88: the variables it sets in its own environment (os.environ, os.putenv: pythonEnvironWrites) are every
        // child's (Python docs "os.environ": "changes to the environment affect subprocesses started with os.system(),
        // popen() or fork() and execv()"): each literal one is an assignment of the child's line (bash(1) "ENVIRONMENT":
        // "The environment for any simple command ... may be augmented temporarily by prefixing it with parameter
        // assignments"), judged as the shell's (ld.so(8) LD_PRELOAD, LD_LIBRARY_PATH, PATH ...: LOADER_VARIABLES).
        // Round 90: a computed value (pythonEnvironWrites' `computed`) is the shell's word of the same parts: known text
        // quoted, a read of its own environment `"${NAME}"` (`"${NAME-DEFAULT}"` with a literal default: the shell's
        // expansion of the same variable, which the python process inherits), a part the pack cannot compute the
        // shell's mark of a command's output (rootReads.ts SUBSTITUTED_MARK), so rootReads judges the known entries
        // (bash(1) PATH "a colon-separated list of directories": /tmp/bin first is planted) and fails closed on a loader
        // variable it cannot read (unreadSearchEntry, plantedLoader), a harmless one (TZ, LANG) staying clean.
        const environment = program.files
            .flatMap(g => (g.text === null ? [] : pythonEnvironWrites(g.text)))
            .flatMap(v => {
                if (v.name === undefined || !/^[A-Za-z_]\w*$/.test(v.name)) return [];
                if (v.value !== undefined) return [`${v.name}=${quoted([v.value])}`];
                if (v.computed === undefined) return [];
                return [`${v.name}=${v.computed.map(shellWordPart).join("")}`];
            });
        const assigned = environment.length === 0 ? "" : `${environment.join(" ")} `;
        // Round 87: its literal mode and owner changes (os.chmod, Path.chmod, os.chown, shutil.chown: pythonModeChanges)
        // are the shell's chmod/chown lines of the same paths (an opening of a root-read directory, a planted path).
        for (const change of pythonModeChanges({ path: f.path, text: f.text }, program.roots, fileText, view))
            if (change.words !== undefined)
                for (const p of change.paths ?? []) lines.push({ line: quoted([...change.words, p]), cwd: "/" });
        // Round 87: and its literal downloads the shell's fetch of the same URL into the same file (pythonDownloadLines).
        // Round 90: unverified (`curl -k`) in a program that changed its process-wide TLS defaults (any of its files:
        // pythonTlsDefaultsChanged; one interpreter, one ssl module: PEP 476 "Opting out").
        const unverified = program.files.some(g => g.text !== null && pythonTlsDefaultsChanged(g.text) !== undefined);
        for (const fetch of pythonDownloadLines(
            { path: f.path, text: f.text },
            program.roots,
            fileText,
            view,
            unverified,
        ))
            lines.push({ line: quoted(fetch), cwd: "/" });
        if (!pythonRunsCommands(f.text)) continue;
        for (const { argv, cwd: given, stdin } of pythonCommandRuns(f.text) ?? [])
            for (const base of directories) {
                const at = given === null ? undefined : given === undefined ? base : servedDirectory(given, base);
                for (const c of literalCommandWords(argv, at, stdin, []) ?? [])
                    lines.push({ line: `${assigned}${quoted(c.words)}`, cwd: c.cwd });
            }
    }
    // Round 87: a file it runs by a literal path user data did not write (runpy.run_path, spec_from_file_location +
    // exec_module) runs as `python3 PATH` would (runpy docs: "Execute the code at the named filesystem location"): the
    // shell reader's one judgment of running a file there (RootReads.planted).
    for (const path of pythonUnwrittenRunPaths(program.files, fileText, view))
        lines.push({ line: quoted(["python3", path]), cwd: directories[0] });
    // Round 88: site.addsitedir(D) "Add a directory to sys.path and process its .pth files" (Python docs "site": "Lines
    // starting with import (followed by space or tab) are executed"), now: D's .pth files run as `python3 D/*.pth`
    // would (the shell reader's judgment of running the files of a directory: planted where any user may put them).
    for (const f of program.files)
        for (const c of f.text === null ? [] : pythonCalls(f.text))
            if (/^site\.addsitedir$/.test(c.callee)) {
                const expr = pythonCallArguments(c.call).argument("sitedir", 0) ?? "";
                const file = { path: f.path, text: f.text ?? "" };
                for (const dir of pythonPath(expr, file, program.roots, fileText, view, undefined) ?? [])
                    if (/^\/[\w@%+=:,./-]*$/.test(dir))
                        lines.push({ line: `python3 ${posix.join(posix.resolve(dir), "*.pth")}`, cwd: "/" });
            }
    // Round 90: the directories it imports from are searched as a PYTHONPATH's entries are (the shell reader's one
    // judgment of a search list: RootReads.plantedSearchList, planted, a directory the script opened): each import root
    // (Python docs "The initialization of the sys.path module search path": the script's directory, or for -c and -m
    // "the current directory", PYTHONPATH, the program's sys.path edits), and the bytecode cache beside each module it
    // imports (Python tutorial "Compiled Python files": "Python caches the compiled version of each module in the
    // __pycache__ directory"; PEP 3147; PEP 552 "Cached bytecode invalidation": an unchecked or matching .pyc there is
    // what import runs). A world-writable root (/var/tmp as the cwd of -c) or a cache directory opened to others lets
    // any local user put the module root imports there.
    const searched = new Set<string>();
    const under = (p: string, d: string) => p === d || p.startsWith(d.endsWith("/") ? d : `${d}/`);
    for (const root of program.roots)
        if (root.startsWith("/")) {
            searched.add(posix.resolve(root));
            searched.add(posix.join(posix.resolve(root), "__pycache__"));
        }
    for (const f of program.files)
        if (f.text !== null && fileText?.(f.path) !== undefined && program.roots.some(r => under(f.path, r)))
            searched.add(posix.join(posix.dirname(f.path), "__pycache__"));
    // Round 90: and the template directories of its Jinja environments outside the sandbox (pythonTemplateDirectories:
    // Jinja docs "Sandbox", a template is code), searched for templates as import roots are for modules.
    for (const f of program.files)
        if (f.text !== null)
            for (const dir of pythonTemplateDirectories({ path: f.path, text: f.text }, program.roots, fileText, view)
                .dirs)
                searched.add(dir);
    // Round 90: its archive extractions as the shell's tar/unzip of the same archive (pythonExtractionLines).
    for (const f of program.files)
        if (f.text !== null)
            for (const extractions of pythonExtractionLines(
                { path: f.path, text: f.text },
                program.roots,
                fileText,
                view,
            ).values())
                for (const extraction of extractions) lines.push({ line: quoted(extraction), cwd: "/" });
    const entries = [...searched].filter(d => /^\/[\w@%+=,./-]*$/.test(d));
    if (entries.length > 0) lines.push({ line: `PYTHONPATH=${entries.join(":")} :`, cwd: "/" });
    return lines;
}

/**
 * Round 90: the lines a `python -m tarfile|zipfile -e ARCHIVE [DIR]` command is (pythonModuleExtractionLine: the shell's
 * tar/unzip of the same archive into the same directory), for RootReads.programRuns; undefined for any other command.
 * The interpreter's own options before -m (Python docs "Command line and environment": -X and -W take a value) are
 * read past; any other word before it is none this reads.
 */
export function pythonModuleCommandLines(
    words: readonly string[],
    cwd: string | undefined,
): { line: string; cwd: string | undefined }[] | undefined {
    if (!/^python[0-9.]*$/.test(posix.basename(words[0] ?? ""))) return undefined;
    let i = 1;
    while (i < words.length && /^-[A-Za-z]+$/.test(words[i]) && words[i] !== "-m" && words[i] !== "-c")
        i += /^-[XW]$/.test(words[i]) ? 2 : 1;
    if (words[i] !== "-m") return undefined;
    const line = pythonModuleExtractionLine(words[i + 1] ?? "", words.slice(i + 2), cwd);
    return line === undefined ? undefined : [{ line: line.join(" "), cwd: "/" }];
}

/**
 * Round 90: the command line a root-run executable user data wrote is, when its `#!` line runs env(1) with more than a
 * program name (assignments, -S, -i, -u, -C): execve(2) "interpreter [optional-arg] pathname arg...", the
 * optional-arg one word (Linux passes the rest of the line whole), which coreutils env(1) reads ("NAME=VALUE ... set
 * each NAME to VALUE in the environment"; "-S, --split-string=S process and split S into separate arguments; used to
 * pass multiple arguments on shebang lines"). The shell reader then judges the environment and program it gives (a
 * loader variable's planted directory: PYTHONPATH, LD_PRELOAD, PATH), one judgment with the same env on a command
 * line. Undefined for any other command.
 */
export function shebangCommandLines(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { line: string; cwd: string | undefined }[] | undefined {
    const command = words[0] ?? "";
    if (!command.includes("/") || (!command.startsWith("/") && cwd === undefined)) return undefined;
    const path = posix.resolve(cwd ?? "/", command);
    const text = readConfig(path, fileText, view);
    const hashBang = typeof text === "string" ? /^#![ \t]*(\S+)[ \t]*([^\n]*)/.exec(text) : null;
    if (hashBang === null || posix.basename(hashBang[1]) !== "env") return undefined;
    const optional = hashBang[2].trim();
    if (!/(?:^|\s)(?:-|[A-Za-z_]\w*=)/.test(optional)) return undefined;
    const quoted = (argv: readonly string[]) =>
        argv.map(w => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, "'\\''")}'`)).join(" ");
    return [{ line: quoted([hashBang[1], optional, path, ...words.slice(1)]), cwd }];
}

/** The program a `python` command runs, when the pack reads it (pythonProgram). */
function rootPythonProgram(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
) {
    if (!/^python[0-9.]*$/.test(posix.basename(words[0] ?? ""))) return undefined;
    return pythonProgram(words.slice(1), cwd, fileText, view);
}

/** What pythonProgramWrites returns for a program the pack reads. */
function programWrites(
    program: NonNullable<ReturnType<typeof pythonProgram>>,
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): PythonWrittenPath[] {
    const directories = pythonProgramDirectories(program, cwd, fileText, view);
    const accepted: PythonWrittenPath[] = [];
    for (const f of program.files)
        if (f.text !== null)
            pythonWriteRefusal({ path: f.path, text: f.text }, program.roots, fileText, view, directories, accepted);
    return accepted;
}

/**
 * Round 83: pythonProgramWrites when they are all a `python` command changes: a script or -c (not -m: a module such as
 * zipfile writes where its arguments say) whose files write only what they name (pythonWritesOnlyWhatItNames);
 * undefined otherwise (its whole working directory is then taken as changed, fail closed).
 */
export function pythonProgramOnlyWrites(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): PythonWrittenPath[] | undefined {
    const program = rootPythonProgram(words, cwd, fileText, view);
    if (
        program === undefined ||
        program.where.startsWith("-m ") ||
        program.interpreter.length > 0 ||
        !pythonWritesOnlyWhatItNames(program.files)
    )
        return undefined;
    return programWrites(program, cwd, fileText, view);
}

/**
 * The commands a Python program run as root runs, whatever else it serves: literal ones judged as root's own
 * (literalCommandListeners); any other a program the pack does not read on every address (fail closed, as
 * unreadListeners; Python docs "os.system", "subprocess": the command is a program of its own, a second server too).
 */
function pythonCommandListeners(
    args: readonly string[],
    cwd: string | undefined,
    _: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const program = pythonProgram(args, cwd, fileText, view);
    if (program === undefined) return [];
    // Round 72: code the interpreter itself loads that the pack does not read (pythonEntry: an unknown option, a
    // PYTHONPATH or -W category it cannot compute, pythonEnvironment's variables): whatever the program is.
    if (program.interpreter.length > 0)
        return [
            {
                server: `python ${program.where}`,
                binds: [],
                serves: {
                    unread: `python ${program.where} (the interpreter loads code the pack does not read: ${program.interpreter.join(", ")})`,
                },
            },
        ];
    // Round 72: code the program runs that the pack does not read (pythonUnreadCode), whatever it serves.
    const unreadCode = pythonUnreadCode(program, cwd, fileText, view);
    if (unreadCode !== undefined)
        return [
            {
                server: `python ${program.where}`,
                binds: [],
                serves: { unread: `python ${program.where} runs code the pack does not read: ${unreadCode}` },
            },
        ];
    const directories = pythonProgramDirectories(program, cwd, fileText, view);
    return program.files.flatMap(f => {
        if (f.text === null) return [];
        // The files it writes itself (pythonWriteRefusal): a cron entry or unit it writes is root's to run.
        const refusal = pythonWriteRefusal({ path: f.path, text: f.text }, program.roots, fileText, view, directories);
        if (refusal !== undefined)
            return [
                {
                    server: `python ${program.where}`,
                    binds: [],
                    serves: { unread: `python ${program.where} (${f.path}: ${refusal})` },
                },
            ];
        if (!pythonRunsCommands(f.text)) return [];
        // Literal commands are root's own (literalCommandListeners), as Go's os/exec ones, each in its directory: its
        // cwd= (relative to the program's), else the program's.
        const runs = pythonCommandRuns(f.text)?.flatMap(({ argv, cwd: given, stdin }) =>
            directories.map(base => ({
                argv,
                stdin,
                cwd: given === null ? undefined : given === undefined ? base : servedDirectory(given, base),
            })),
        );
        const judged = runs && literalCommandListeners(runs, fileText, view);
        if (judged) return judged;
        return [
            {
                server: `python ${program.where}`,
                binds: [],
                serves: { unread: `python ${program.where} (${f.path} runs commands the pack does not read)` },
            },
        ];
    });
}

/**
 * Round 71: the raw sockets a Python program run as root binds from its own code, each a program the pack does not
 * read (its code answers whoever connects) bound where the bind call itself says (Python docs "socket": for AF_INET
 * "(host, port)", "the empty string represents INADDR_ANY"): the call's own address argument, a literal or a name
 * assigned one literal (pythonValue); any other value (the environment, argv, a function's result, a name assigned
 * twice, an f-string) every address. A loopback literal elsewhere in the file (a client's upstream) is no evidence.
 * `.bind(ADDRESS)` is read in a file using the socket module, one argument (a tuple, or a name assigned one; a string
 * is an AF_UNIX path, no address). Servers (socket.create_server, asyncio's, socketserver's) and what their handlers
 * serve are pythonSocketServerListeners'.
 */
function pythonSocketListeners(
    args: readonly string[],
    cwd: string | undefined,
    _: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const program = pythonProgram(args, cwd, fileText, view);
    if (program === undefined) return [];
    const hosts: (string | undefined)[] = [];
    for (const f of program.files) {
        if (f.text === null) continue;
        const file = { path: f.path, text: f.text };
        const value = (expr: string) => pythonValue(expr, file, program.roots, fileText, view);
        // A host argument (None or none given: every address).
        const calls = pythonCalls(file.text);
        const socketModule = calls.some(c => /^_?socket\./.test(c.callee));
        for (const { callee, call } of calls) {
            const { positional, keyword, argument } = pythonCallArguments(call);
            if (!(socketModule && /\.bind$/.test(callee) && positional.length === 1 && keyword.size === 0)) continue;
            const address = argument("address", 0);
            const found = address === undefined ? undefined : value(address);
            // An AF_UNIX path (a string) is no network address.
            if (found !== undefined && pythonString(found.text) !== undefined) continue;
            const tuple = found === undefined ? null : /^\(([\s\S]*)\)$/.exec(found.text.trim());
            const first = tuple ? pythonCallArguments(tuple[1]).positional[0] : undefined;
            const literal = first === undefined ? undefined : value(first);
            const text = literal === undefined ? undefined : pythonString(literal.text);
            hosts.push(text === undefined ? undefined : text === "" ? "0.0.0.0" : text);
        }
    }
    if (hosts.length === 0) return [];
    return [
        {
            server: `python ${program.where}: a socket it listens on`,
            binds: hosts.some(h => h === undefined) ? [] : [...new Set(hosts as string[])],
            serves: { unread: `python ${program.where} (its own code answers the socket)` },
        },
    ];
}

/**
 * A Python program run as root that serves the files of a directory from its own code, judged as the same file server
 * `python -m http.server` is (pythonModuleListeners): the script, or the `-m` module or `-c` code, read with the modules
 * user data wrote that it imports (pythonProgram), each name through its imports and aliases (pythonResolve):
 * - a file-serving request handler (pythonFileHandler) or a class derived from one serves the `directory=` it is given
 *   (`functools.partial(SimpleHTTPRequestHandler, directory=DIR)`, a call, or `super().__init__(..., directory=DIR)` in
 *   the class), else the working directory: the program's, or each one `os.chdir` makes it (the handler reads
 *   os.getcwd() on every request); a class that overrides translate_path serves a directory the pack cannot know;
 * - the static-file APIs of common packages (PYTHON_STATIC_APIS) serve the directory they are given;
 * on the addresses of the servers it constructs or runs (PYTHON_SERVER_BINDS), every address when it names none the
 * pack reads. A directory or address that is no literal nor a name assigned one (pythonValue) is unknown: a directory
 * the pack cannot know, every address (fail closed).
 */
function pythonFileServerListeners(
    args: readonly string[],
    cwd: string | undefined,
    _: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const program = readablePythonProgram(args, cwd, fileText, view);
    if (program === undefined) return [];
    const { where, roots, files, unread } = program;
    const all = files.map(f => f.text).join("\n");
    const value = (expr: string | undefined, file: { path: string; text: string }) =>
        expr === undefined ? undefined : pythonValue(expr, file, roots, fileText, view);
    /** A directory expression as the directories it may be, relative ones from each working directory. */
    const directories = (
        expr: string,
        file: { path: string; text: string },
        from: readonly (string | undefined)[],
        cwds: readonly (string | undefined)[] = workingDirectories,
    ) => {
        const dirs = pythonPath(expr, file, roots, fileText, view, cwds);
        return dirs === undefined ? [undefined] : dirs.flatMap(dir => from.map(c => servedDirectory(dir, c)));
    };
    // The working directories: each PYTHON_CHDIR call's (pythonChdirCalls), an fchdir's unknown, else the program's.
    const chdirs = files.flatMap(file =>
        pythonChdirCalls(file, roots, fileText, view).flatMap(c =>
            c === undefined || /\.fchdir$/.test(c.callee)
                ? [undefined]
                : directories(pythonCallArguments(c.call).argument("path", 0) ?? "", file, [cwd], [cwd]),
        ),
    );
    // Code the pack cannot follow (pythonDynamic: exec, ...) may change it too: unknown.
    if (files.some(file => pythonDynamic(file.text))) chdirs.push(undefined);
    const workingDirectories = chdirs.length > 0 ? chdirs : [cwd];
    // Classes derived from a file-serving handler, by name: what their body passes as directory, or unknown.
    const handlerClasses = new Map<string, (string | undefined)[]>();
    // CGIHTTPRequestHandler and the classes derived from it (Python docs "http.server": it runs the CGI scripts below
    // cgi_directories, '/cgi-bin' and '/htbin' of its directory, "instead of serving it as a file"): scripts whose code
    // runs what a request sends, a served shell (fail closed beyond loopback).
    const cgiHandler = (resolved: string) =>
        pythonFileHandler(resolved) && resolved.split(".").at(-1) === "CGIHTTPRequestHandler";
    const cgiClasses = new Set<string>();
    for (let pass = 0; pass < 4; pass++)
        for (const file of files) {
            const names = pythonNames(file.text);
            for (const m of file.text.matchAll(/^([ \t]*)class[ \t]+(\w+)[ \t]*\(([^)]*)\)[ \t]*:/gm)) {
                const bases = m[3].split(",").map(b => pythonResolve(b.trim(), names).name);
                if (handlerClasses.has(m[2])) continue;
                const inherited = bases.flatMap(b => handlerClasses.get(b.split(".").at(-1) ?? "") ?? []);
                if (!bases.some(pythonFileHandler) && inherited.length === 0) continue;
                if (bases.some(b => cgiHandler(b) || cgiClasses.has(b.split(".").at(-1) ?? ""))) cgiClasses.add(m[2]);
                const rest = file.text.slice((m.index ?? 0) + m[0].length);
                const end = new RegExp(`\\n(?!${m[1]}[ \\t]|[ \\t]*(#|\\n|$))`).exec(rest);
                const body = rest.slice(0, end?.index);
                const given = [...body.matchAll(/(?<![\w.])directory[ \t]*=(?!=)[ \t]*([^,)\n;#]+)/g)];
                // Only a `directory=` keyword read whole is known: the word used otherwise (kwargs.setdefault(
                // "directory", ...), kwargs["directory"] = ..., self.directory), or a `**` spread that is not a
                // method's own `**kwargs` passed on untouched, may give the handler any directory (http.server:
                // SimpleHTTPRequestHandler(..., directory=None)).
                const varkw = [...body.matchAll(/\bdef[ \t]+\w+[ \t]*\(([^)]*)\)/g)].flatMap(d =>
                    [...d[1].matchAll(/\*\*[ \t]*(\w+)/g)].map(k => k[1]),
                );
                const spreads = [...body.matchAll(/\*\*[ \t]*([^\s,)]*)/g)].map(k => k[1]);
                const opaque =
                    [...body.matchAll(/\bdirectory\b/g)].length !== given.length ||
                    spreads.some(k => !varkw.includes(k)) ||
                    varkw.some(
                        k =>
                            [...body.matchAll(new RegExp(`(?<![\\w.])${k}(?!\\w)`, "g"))].length !==
                            spreads.filter(x => x === k).length,
                    );
                handlerClasses.set(
                    m[2],
                    /\bdef[ \t]+translate_path\b/.test(body) || opaque
                        ? [undefined]
                        : given.length > 0
                          ? given.flatMap(g => directories(g[1], file, workingDirectories))
                          : inherited.length > 0
                            ? inherited
                            : workingDirectories,
                );
            }
        }
    // Tornado's StaticFileHandler and the classes derived from it, by name.
    const tornadoHandlers = new Set<string>([
        TORNADO_STATIC_HANDLER,
        ...pythonDerivedClasses(files, resolved => resolved === TORNADO_STATIC_HANDLER),
    ]);
    const served: { dir: string | undefined; api: string; cgi?: boolean }[] = [];
    for (const file of files) {
        const names = pythonNames(file.text);
        const blanked = pythonStringsBlanked(file.text);
        const imports = [...blanked.matchAll(PYTHON_FROM_IMPORT), ...blanked.matchAll(PYTHON_IMPORT)].map(m => [
            m.index ?? 0,
            (m.index ?? 0) + m[0].length,
        ]);
        for (const m of file.text.matchAll(/(?<![\w.])([A-Za-z_][\w.]*)/g)) {
            const index = m.index ?? 0;
            const resolved = pythonResolve(m[1], names).name;
            const classDefault = pythonFileHandler(resolved)
                ? workingDirectories
                : handlerClasses.get(resolved.split(".").at(-1) ?? "");
            if (classDefault === undefined || imports.some(([s, e]) => index >= s && index < e)) continue;
            const line = file.text.slice(file.text.lastIndexOf("\n", index) + 1, index);
            if (/^[ \t]*(class|def)[ \t]/.test(line)) continue;
            // Bound by functools.partial(HANDLER, directory=...) (Python docs "functools.partial") or called with it.
            const before = /([A-Za-z_][\w.]*)\s*\(\s*$/.exec(file.text.slice(0, index));
            const partial = before && /^(functools\.)?partial$/.test(pythonResolve(before[1], names).name);
            const open = partial
                ? file.text.lastIndexOf("(", index)
                : /^\s*\(/.test(file.text.slice(index + m[0].length))
                  ? file.text.indexOf("(", index + m[0].length)
                  : -1;
            const call = open >= 0 ? parenthesized(file.text, open) : undefined;
            // A name bound to functools.partial(HANDLER, directory=DIR) is HANDLER with that DIR, the call's own
            // keywords over it (Python "functools.partial"); the partial's own call is read where it is written.
            // A `**` spread gives it too (pythonKeyword); one the pack cannot read, a directory it cannot know.
            const bound = names.partials.get(m[1]);
            let given = call === undefined ? null : pythonKeyword(call, "directory", file.text);
            if (given === null && bound !== undefined) given = pythonKeyword(bound.bound, "directory", file.text);
            const dirs =
                given === null
                    ? classDefault
                    : given === undefined
                      ? [undefined]
                      : directories(given, file, workingDirectories);
            const cgi = cgiHandler(resolved) || cgiClasses.has(resolved.split(".").at(-1) ?? "");
            served.push(...dirs.map(dir => ({ dir, api: `${resolved.split(".").at(-1)} (http.server)`, cgi })));
        }
        for (const { callee, call } of pythonCalls(file.text))
            for (const api of PYTHON_STATIC_APIS) {
                if (!api.callee.test(callee) || !api.family.test(all)) continue;
                let given = pythonCallArguments(call).argument(...api.argument);
                // `**settings` (Tornado's documented `Application(handlers, **settings)`): the dict's own entry.
                if (given?.startsWith("**")) {
                    const entry = pythonKeyword(call, api.argument[0], file.text);
                    if (entry === null) continue;
                    given = entry ?? given;
                }
                // None serves nothing (Flask: the static route is added only "if self.has_static_folder").
                if (given === undefined || given.trim() === "None") continue;
                const exprs = api.dictValues
                    ? /^\{[\s\S]*\}$/.test(given.trim())
                        ? pythonSplit(given.trim().slice(1, -1), ",").map(item => pythonSplit(item, ":")[1] ?? "")
                        : [given]
                    : [given];
                const from = api.module ? [posix.dirname(file.path)] : workingDirectories;
                for (const expr of exprs)
                    served.push(...directories(expr, file, from).map(dir => ({ dir, api: callee })));
            }
        // Flask's `app.static_folder = DIR` (Flask API: the static_folder property, "The absolute path to the configured
        // static folder"), relative to the module's directory as the constructor's.
        if (/\bflask\b/.test(all))
            for (const m of file.text.matchAll(/\.static_folder[ \t]*=(?!=)[ \t]*([^\n;#]+)/g))
                served.push(
                    ...directories(m[1], file, [posix.dirname(file.path)]).map(dir => ({
                        dir,
                        api: "Flask static_folder",
                    })),
                );
        // Tornado's StaticFileHandler (or a class derived from it) in a URL spec, `(pattern, StaticFileHandler, {"path":
        // DIR})`, `url(pattern, StaticFileHandler, dict(path=DIR))` ("path: the local root directory of the content to be
        // served", relative to the working directory: os.path.abspath), any other use a directory the pack cannot know.
        for (const m of file.text.matchAll(/(?<![\w.])([A-Za-z_][\w.]*)/g)) {
            const index = m.index ?? 0;
            const resolved = pythonResolve(m[1], names).name;
            const last = resolved.split(".").at(-1) ?? "";
            if (!(resolved === TORNADO_STATIC_HANDLER || (last !== "StaticFileHandler" && tornadoHandlers.has(last))))
                continue;
            if (imports.some(([s, e]) => index >= s && index < e)) continue;
            const line = file.text.slice(file.text.lastIndexOf("\n", index) + 1, index);
            if (/^[ \t]*(class|def)[ \t]/.test(line)) continue;
            const after = file.text.slice(index + m[0].length);
            const open = /^\s*,\s*(?=\{|dict\s*\()/.exec(after);
            const options = open === null ? undefined : pythonBracketed(after, open[0].length);
            const path = options === undefined ? undefined : (pythonDictEntry(options, "path") ?? undefined);
            const dirs = path === undefined ? [undefined] : directories(path, file, workingDirectories);
            served.push(...dirs.map(dir => ({ dir, api: "Tornado StaticFileHandler" })));
        }
    }
    if (served.length === 0) return [];
    // Every directory is unknown when a module of the program is one the pack cannot read, has code it cannot follow
    // (pythonDynamic: `import __main__` rebinds the script's names, setattr any object's), or rebinds an attribute of
    // an imported module or of a file handler class (pythonPatches: `os.getcwd = ...` in any module: a module is one
    // shared object, sys.modules; Python reference "The import system").
    if (unread || files.some(f => pythonDynamic(f.text) || pythonPatches(f.text, handlerClasses).length > 0))
        for (const s of served) s.dir = undefined;
    // Where it listens: each server call's host, every address when one is not known or there is none.
    const hosts = files.flatMap(file =>
        pythonCalls(file.text).flatMap(({ callee, call }) =>
            PYTHON_SERVER_BINDS.filter(s => s.callee.test(callee)).map(server => {
                const given = pythonCallArguments(call).argument(...server.argument);
                if (given === undefined) return server.otherwise;
                let found = value(given, file);
                if (found !== undefined && server.tuple) {
                    const tuple = /^\(([\s\S]*)\)$/.exec(found.text);
                    const first = tuple ? pythonCallArguments(tuple[1]).positional[0] : undefined;
                    found = first === undefined ? undefined : value(first, found.file);
                }
                return pythonString(found?.text) || undefined;
            }),
        ),
    );
    const endpoints = files.flatMap(file =>
        pythonCalls(file.text)
            .filter(c => /(^|\.)serverFromString$/.test(c.callee))
            .map(
                c =>
                    /interface=([^:"']+)/.exec(
                        pythonString(value(pythonCallArguments(c.call).argument("description", 1), file)?.text) ?? "",
                    )?.[1],
            ),
    );
    const binds = [...hosts, ...endpoints];
    const every = binds.length === 0 || binds.some(b => b === undefined);
    const unique = [...new Set(served.map(s => s.dir))];
    return [
        ...unique.map(dir => ({
            server: `python ${where}: ${[...new Set(served.filter(s => s.dir === dir).map(s => s.api))].join(", ")} serving files`,
            binds: every ? [] : [...new Set(binds as string[])],
            serves: { files: dir },
        })),
        ...(served.some(s => s.cgi)
            ? [
                  {
                      server: `python ${where}: CGIHTTPRequestHandler (http.server) running CGI scripts of its directory`,
                      binds: every ? [] : [...new Set(binds as string[])],
                      serves: { shell: "sh" },
                  },
              ]
            : []),
    ];
}

/** The attributes of a socketserver/http.server handler set from the connection (Python docs "socketserver", "http.server"). */
const PYTHON_HANDLER_ATTRIBUTES =
    /^(request|rfile|wfile|connection|client_address|path|headers|command|requestline|request_version)$/;

/** Python keywords a handler body may use (no import, global, nonlocal, lambda, yield, def, class, del). */
const PYTHON_HANDLER_KEYWORDS =
    /^(and|as|assert|async|await|break|continue|elif|else|except|finally|for|if|in|is|not|or|pass|raise|return|try|while|with|True|False|None)$/;

/**
 * Round 71: whether a def's body (pythonDefs: its signature, then its body) handling a connection serves nothing the
 * client could not send itself: every name a parameter, a local it binds, `self`, a PYTHON_PURE_BUILTINS builtin or a
 * builtin exception class (nothing of the module: a global may hold what the program read, `SECRET = open(...)`);
 * `self`'s attributes only PYTHON_HANDLER_ATTRIBUTES (an attribute set elsewhere may hold anything); every call a
 * pure builtin or a PYTHON_CONNECTION_METHODS method of a parameter or local, of such an attribute or of `self`
 * (what a local holds was computed by the same calls); no import,
 * no dunder, no keyword outside PYTHON_HANDLER_KEYWORDS. Anything else: not pure (fail closed).
 */
function pythonPureHandlerBody(given: string, names: PythonNames, callableParameter?: number): boolean {
    // A fixed record the handler writes (`with open(LITERAL, "wb") as f:` then f.write(LITERAL), pickle.dump(LITERAL,
    // f) or json.dump(LITERAL, f)): no read, neither path nor content from the client; under a data or log directory
    // only (not the kubelet's, no `..`). Blanked out before the rest is judged.
    let body = given;
    const record =
        /^(?:[^\n]*?[ \t])?with[ \t]+open\(\s*(['"])(\/(?:var\/(?:lib|log|cache)|opt|srv|tmp)\/[\w./-]*)\1\s*,\s*(['"])([wabx]+)\3\s*\)[ \t]+as[ \t]+(\w+)[ \t]*:/gm;
    const literal = (v: string) =>
        /^[\s\d.,:{}[\]()]*$/.test(
            pythonStringsBlanked(v).replace(/\b(True|False|None)\b|(?<!\w)[bBrRuU]?(['"])[ ]*\2/g, ""),
        );
    for (const w of [...body.matchAll(record)]) {
        if (/(^|\/)\.\.(\/|$)|^\/var\/lib\/kubelet/.test(w[2])) return false;
        const f = w[5];
        const uses = new RegExp(`(?<![\\w.])${f}\\b`, "g");
        const fileCalls = new RegExp(
            `(?<![\\w.])(?:${f}\\.write|(pickle|json)\\.dump)\\s*\\(([^()\\n]*(?:\\([^()\\n]*\\)[^()\\n]*)*)\\)`,
            "g",
        );
        body = body.replace(w[0], w[0].replace(/[^\n]/g, " "));
        body = body.replace(fileCalls, (call: string, module: string | undefined, args: string) => {
            const items = pythonSplit(args, ",");
            const data = module === undefined ? items : items.slice(0, 1);
            const target = module === undefined ? [] : items.slice(1);
            if (module !== undefined && pythonResolve(module, names).name !== module) return call;
            return data.length === 1 && literal(data[0]) && target.every(t => t === f) && target.length <= 1
                ? call.replace(/[^\n]/g, " ")
                : call;
        });
        if (uses.test(pythonStringsBlanked(body))) return false;
    }
    const code = pythonStringsBlanked(body);
    const close = code.indexOf(")");
    if (close < 0 || /__\w+__/.test(code)) return false;
    const params = pythonSplit(code.slice(0, close), ",").map(p => /^\**([A-Za-z_]\w*)/.exec(p)?.[1] ?? "");
    const locals = new Set<string>(params);
    // Round 74: a parameter the caller gives as a callable (WSGI's start_response), called as itself, never rebound.
    const callable = callableParameter === undefined ? undefined : params[callableParameter];
    if (callable !== undefined && (callable === "" || pythonRebinds(code.slice(close + 1), callable))) return false;
    for (const m of code.matchAll(
        /^[ \t]*([A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*)[ \t]*(?:[-+*/%&|^@]|\/\/)?=(?!=)/gm,
    ))
        for (const n of m[1].split(",")) locals.add(n.trim());
    for (const m of code.matchAll(/\bfor[ \t]+([\w \t,]+?)[ \t]+in\b|\bas[ \t]+(\w+)|\b(\w+)[ \t]*:=/g))
        for (const n of (m[1] ?? m[2] ?? m[3] ?? "").split(",")) locals.add(n.trim());
    for (const m of code.matchAll(/(?<![\w.])([A-Za-z_]\w*)(?![ \t]*["'])/g)) {
        const n = m[1];
        if (PYTHON_HANDLER_KEYWORDS.test(n) || locals.has(n) || n === "self") continue;
        if (names.imports.has(n) || names.assigned.has(n)) return false;
        if (PYTHON_PURE_BUILTINS.test(n) || /^(Base)?Exception$|^[A-Z]\w*Error$/.test(n)) continue;
        return false;
    }
    for (const m of code.matchAll(/\bself[ \t]*\.[ \t]*(\w+)/g)) {
        const attr = m[1];
        const after = code.slice((m.index ?? 0) + m[0].length);
        if (!PYTHON_HANDLER_ATTRIBUTES.test(attr) && !(PYTHON_CONNECTION_METHODS.test(attr) && /^[ \t]*\(/.test(after)))
            return false;
    }
    return pythonCalls(body).every(c => {
        if (PYTHON_PURE_BUILTINS.test(c.name) && !locals.has(c.name)) return true;
        if (callable !== undefined && c.name === callable) return true;
        const parts = c.name.split(".");
        const method = parts.pop() ?? "";
        const receiver = parts.join(".");
        return (
            PYTHON_CONNECTION_METHODS.test(method) &&
            ((parts.length === 1 && (locals.has(receiver) || receiver === "self")) ||
                (parts.length === 2 && parts[0] === "self" && PYTHON_HANDLER_ATTRIBUTES.test(parts[1])))
        );
    });
}

/**
 * Round 71: whether NAME in a Python file (its every file `files`) is a connection handler serving nothing
 * (pythonPureHandlerBody): `kind` "function" a plain def (asyncio start_server's client_connected_cb), undecorated and
 * bound by its defs only (pythonPureDefs' rule); "class" a class of the file (socketserver's RequestHandlerClass,
 * asyncio's protocol_factory) whose base is one of `bases` (resolved through the file's imports), named twice only
 * (its statement and the server's call: no attribute set on it elsewhere), its body only undecorated defs (none a
 * dunder method), `pass` and docstrings, each def pure.
 */
function pythonPureHandler(
    text: string,
    name: string,
    kind: "function" | "class",
    bases: RegExp,
    callableParameter?: number,
): boolean {
    const names = pythonNames(text);
    const code = pythonStringsBlanked(text);
    if (!/^[A-Za-z_]\w*$/.test(name) || names.imports.has(name) || names.assigned.has(name)) return false;
    if (kind === "function") {
        const defs = pythonDefs(text, name);
        return (
            defs.length > 0 &&
            !pythonRebinds(code.replace(/\bdef\s+\w+/g, "def"), name) &&
            defs.every(d => d.decorators.length === 0 && pythonPureHandlerBody(d.body, names, callableParameter))
        );
    }
    if ([...code.matchAll(new RegExp(`(?<![\\w.])${name}\\b`, "g"))].length !== 2) return false;
    const header = new RegExp(`^class[ \\t]+${name}[ \\t]*\\(([^()]*)\\)[ \\t]*:[ \\t]*\\n`, "m").exec(code);
    if (!header) return false;
    const base = header[1].trim();
    if (!bases.test(pythonResolve(base.replace(/\s+/g, ""), names).name)) return false;
    if (/^[ \t]*@/.test(code.slice(0, header.index).split("\n").slice(-2)[0] ?? "")) return false;
    const start = header.index + header[0].length;
    const end = /\n(?![ \t]|[ \t]*\n|$)/.exec(code.slice(start - 1));
    const body = code.slice(start, end ? start - 1 + end.index : undefined);
    const bodyText = text.slice(start, start + body.length);
    const lines = body.split("\n").filter(l => l.trim() !== "");
    const indent = /^[ \t]*/.exec(lines[0] ?? "")?.[0] ?? "";
    if (indent === "") return false;
    const defs: string[] = [];
    for (const line of lines) {
        if (!line.startsWith(indent)) return false;
        if (/^[ \t]/.test(line.slice(indent.length))) continue;
        const statement = line.slice(indent.length);
        const def = /^(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\(/.exec(statement);
        if (def) defs.push(def[1]);
        // A handler attribute set to a literal (protocol_version = "HTTP/1.1": PYTHON_HARMLESS_ATTRIBUTES).
        else if (/^(\w+)[ \t]*=[ \t]*(["'][^"'\n]*["']|\d+|True|False|None)[ \t]*$/.test(statement))
            if (!PYTHON_HARMLESS_ATTRIBUTES.test(/^\w+/.exec(statement)?.[0] ?? "")) return false;
            else continue;
        else if (!/^(pass\s*|(["']{3}|["'])[\s\S]*)$/.test(statement)) return false;
    }
    return (
        defs.length > 0 &&
        defs.every(
            d =>
                !/^__/.test(d) &&
                pythonDefs(bodyText, d).every(x => x.decorators.length === 0 && pythonPureHandlerBody(x.body, names)),
        )
    );
}

/** socketserver's and http.server's handler base classes a pure handler may derive from (pythonPureHandler). */
const PYTHON_SOCKETSERVER_HANDLERS =
    /^(socketserver|SocketServer)\.(Base|Stream|Datagram)RequestHandler$|^(http\.server|BaseHTTPServer)\.BaseHTTPRequestHandler$/;

/**
 * Round 71: socket servers a Python program run as root starts whose requests its own code handles:
 * - asyncio "Streams": `start_server(client_connected_cb, host=None, port=None, ...)` ("Start a socket server");
 *   "asyncio Event Loop": `loop.create_server(protocol_factory, host=None, port=None, ..., sock=None)` ("If host is
 *   ... None, all interfaces are assumed"; the loop is an object the pack does not resolve: any `.create_server(`
 *   attribute call), and socket's `create_server(address, ...)` ("a TCP socket bound to address": what it serves is
 *   whatever code accepts on it). Their unix-socket kin (start_unix_server, create_unix_server: a path, AF_UNIX)
 *   listen on the node's file system only: not read here;
 * - socketserver/http.server servers (PYTHON_SERVER_BINDS' first entry: `TCPServer(server_address,
 *   RequestHandlerClass)`, the handler's handle() "must do all the work required to service a request") whose handler
 *   is no file handler (pythonFileHandler, a class derived from one, or a partial of one: pythonFileServerListeners
 *   judges those);
 * each serving code the pack does not read (`unread`) unless its handler is pure (pythonPureHandler: the
 * connection's I/O and pure builtins only), on its host (a literal or a name assigned one, pythonValue; '' or None
 * every address; `sock=` a socket the pack does not know: every address). Bound to loopback it serves the node's own
 * processes only. Code the pack cannot follow (pythonDynamic) or a module it cannot read makes every handler unknown.
 */
function pythonSocketServerListeners(
    args: readonly string[],
    cwd: string | undefined,
    _: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const program = readablePythonProgram(args, cwd, fileText, view);
    if (program === undefined) return [];
    const { where, roots, files, unread } = program;
    // pickle.dump only writes (Python docs "pickle": dump "Write the pickled representation of the object obj to the
    // open file object file"; loads/load are what run code): judged without it; any other pickle use stays dynamic.
    const opaque =
        unread ||
        files.some(f =>
            pythonDynamic(
                f.text.replace(/^[ \t]*import[ \t]+pickle[ \t]*$/gm, "").replace(/\bpickle\.dump\s*\(/g, "_dump("),
            ),
        );
    // Server classes derived from a socketserver/http.server one (`class S(ThreadingMixIn, TCPServer): pass`): that
    // server, `true` when its body is only `pass`, docstrings and PYTHON_HARMLESS_ATTRIBUTES set to literals; any def
    // (finish_request, process_request, verify_request: Python docs "socketserver") handles requests itself.
    const socketServer = (resolved: string) =>
        PYTHON_SERVER_BINDS[0].callee.test(resolved) || /^(socketserver|SocketServer)\.\w*UDPServer$/.test(resolved);
    const derivedServers = new Map<string, boolean>();
    for (let pass = 0; pass < 4; pass++)
        for (const file of files) {
            const names = pythonNames(file.text);
            const code = pythonStringsBlanked(file.text);
            for (const m of code.matchAll(/^([ \t]*)class[ \t]+(\w+)[ \t]*\(([^)]*)\)[ \t]*:/gm)) {
                const bases = m[3].split(",").map(b => pythonResolve(b.trim(), names).name);
                const found = bases.filter(b => socketServer(b) || derivedServers.has(b.split(".").at(-1) ?? ""));
                if (found.length === 0 || derivedServers.has(m[2])) continue;
                const rest = code.slice((m.index ?? 0) + m[0].length);
                const end = new RegExp(`\\n(?!${m[1]}[ \\t]|[ \\t]*(#|\\n|$))`).exec(rest);
                const plain = rest
                    .slice(0, end?.index)
                    .split("\n")
                    .map(l => l.trim())
                    .filter(l => l !== "")
                    .every(
                        l =>
                            /^(pass|""""""||""|'')$/.test(l.replace(/\s+/g, "")) ||
                            (/^(\w+)\s*=\s*(True|False|None|\d+)$/.test(l) &&
                                PYTHON_HARMLESS_ATTRIBUTES.test(/^\w+/.exec(l)?.[0] ?? "")),
                    );
                const inherited = found.every(b => derivedServers.get(b.split(".").at(-1) ?? "") ?? true);
                derivedServers.set(m[2], plain && inherited);
            }
        }
    // Classes derived (through any file) from a file-serving handler: pythonFileServerListeners' to judge.
    const fileHandlers = pythonDerivedClasses(files, pythonFileHandler);
    // Round 90: smtpd's servers and the classes derived from them (Python 3.9 docs "smtpd": SMTPServer, DebuggingServer,
    // PureProxy, MailmanProxy).
    const smtpdServer = (resolved: string) =>
        /^smtpd\.(?:SMTPServer|DebuggingServer|PureProxy|MailmanProxy)$/.test(resolved);
    const smtpdDerived = pythonDerivedClasses(files, smtpdServer);
    const smtpServer = (resolved: string) =>
        smtpdServer(resolved) || smtpdDerived.has(resolved.split(".").at(-1) ?? "");
    const servesFiles = (expr: string, names: PythonNames) => {
        let target = expr.replace(/\s+/g, "");
        const partial = /^(?:[\w.]*\.)?partial\(([\w.]+)/.exec(target);
        if (partial && /^functools\.partial$/.test(pythonResolve(target.slice(0, target.indexOf("(")), names).name))
            target = partial[1];
        for (let depth = 0, p = names.partials.get(target); p !== undefined && depth < 8; depth++) {
            target = p.target;
            p = names.partials.get(target);
        }
        const resolved = pythonResolve(target, names).name;
        return pythonFileHandler(resolved) || fileHandlers.has(resolved.split(".").at(-1) ?? "");
    };
    return files.flatMap(file => {
        const names = pythonNames(file.text);
        const value = (expr: string, f: { path: string; text: string }) => pythonValue(expr, f, roots, fileText, view);
        /** The host an argument names: a string (a tuple's first item when `tuple`), undefined every address. */
        const host = (expr: string | undefined, tuple: boolean): string | undefined => {
            if (expr === undefined) return undefined;
            let found = value(expr, file);
            if (found !== undefined && tuple) {
                const items = /^\(([\s\S]*)\)$/.exec(found.text.trim());
                const first = items ? pythonCallArguments(items[1]).positional[0] : undefined;
                found = first === undefined ? undefined : value(first, found.file);
            }
            return pythonString(found?.text) || undefined;
        };
        const calls = pythonCalls(file.text);
        // A mention of start_server/create_server that is no call the pack reads (`loop().create_server(...)`, a method
        // kept by a name): a server on an address it does not know, its handler unread.
        const code = pythonStringsBlanked(file.text);
        // Round 90: create_datagram_endpoint too (asyncio docs "Opening network connections": a UDP endpoint, bound to
        // local_addr), and asyncore's/asynchat's listen (Python 3.9 docs "asyncore": dispatcher.listen(backlog) "Listen
        // for connections made to the socket"; asynchat builds on it), whose bind and handlers the pack does not read.
        const stdlibListen = names.modules.some(m => /^(?:asyncore|asynchat)$/.test(m)) ? "|listen" : "";
        const mentions = [
            ...code.matchAll(
                new RegExp(`\\b(start_server|create_server|create_datagram_endpoint${stdlibListen})\\b`, "g"),
            ),
        ].filter(
            m =>
                !calls.some(c => c.index + c.name.length === (m.index ?? 0) + m[0].length) &&
                !/^[ \t]*(from|import)[ \t]/.test(code.slice(code.lastIndexOf("\n", m.index) + 1)),
        );
        const unknown: Listener[] =
            mentions.length === 0
                ? []
                : [
                      {
                          server: `python ${where}: ${mentions[0][1]} (a socket server the pack does not read)`,
                          binds: [],
                          serves: { unread: `python ${where}: ${mentions[0][1]}, a server the pack does not read` },
                      },
                  ];
        return [
            ...unknown,
            ...calls.flatMap(({ name, callee, call, index }): Listener[] => {
                if (/\bclass[ \t]+$/.test(file.text.slice(file.text.lastIndexOf("\n", index) + 1, index))) return [];
                const a = pythonCallArguments(call);
                let bind: string | undefined;
                let pure = false;
                if (
                    /^asyncio\.(streams\.)?start_server$/.test(callee) ||
                    (/\.create_server$/.test(name) && !/^socket\.create_server$/.test(callee))
                ) {
                    const stream = /start_server$/.test(callee);
                    bind = a.keyword.has("sock") ? undefined : host(a.argument("host", 1), false);
                    const handler = a.argument(stream ? "client_connected_cb" : "protocol_factory", 0)?.trim() ?? "";
                    pure =
                        !opaque &&
                        !call.includes("*") &&
                        pythonPureHandler(
                            file.text,
                            handler,
                            stream ? "function" : "class",
                            /^asyncio\.((protocols\.)?(Base)?Protocol)$/,
                        );
                } else if (/^wsgiref\.simple_server\.(make_server|WSGIServer)$/.test(callee)) {
                    // Round 74: PEP 3333 / Python docs "wsgiref.simple_server": make_server(host, port, app,
                    // server_class=WSGIServer, handler_class=WSGIRequestHandler) serves each request by calling
                    // app(environ, start_response) ("" every address); a WSGIServer(server_address, handler) serves
                    // whatever set_app gives it. The app is code answering requests: pure (pythonPureHandler, a plain
                    // def whose second parameter, start_response, it may call) or code the pack does not read.
                    const wsgi = /make_server$/.test(callee);
                    // A framework's application object (`app = falcon.App()`): its routes are the framework readers'
                    // (pythonFileServerListeners' static APIs), as under any other WSGI server.
                    const app = a.argument("app", 2)?.trim() ?? "";
                    if (
                        wsgi &&
                        names.results.has(app) &&
                        /^(flask|falcon|bottle|werkzeug|django)\./.test(pythonResolve(app, names).name)
                    )
                        return [];
                    bind = wsgi ? host(a.argument("host", 0), false) : host(a.argument("server_address", 0), true);
                    pure =
                        wsgi &&
                        !opaque &&
                        !call.includes("*") &&
                        a.positional.length + a.keyword.size === 3 &&
                        pythonPureHandler(file.text, a.argument("app", 2)?.trim() ?? "", "function", /^$/, 1);
                } else if (/\.create_datagram_endpoint$/.test(name)) {
                    // Round 90: asyncio docs loop.create_datagram_endpoint(protocol_factory, local_addr=None,
                    // remote_addr=None, *, ..., sock=None): "local_addr, if given, is a (local_host, local_port) tuple
                    // used to bind the socket locally"; without it a remote_addr only connects the socket (a client:
                    // datagrams from that peer only); neither, or `sock=`, an address the pack does not know.
                    const local = a.argument("local_addr", 1);
                    if (local === undefined && a.argument("remote_addr", 2) !== undefined && !a.keyword.has("sock"))
                        return [];
                    bind = a.keyword.has("sock") || local === undefined ? undefined : host(local, true);
                    pure =
                        !opaque &&
                        !call.includes("*") &&
                        pythonPureHandler(
                            file.text,
                            a.argument("protocol_factory", 0)?.trim() ?? "",
                            "class",
                            /^asyncio\.((protocols\.)?(Base|Datagram)?Protocol)$/,
                        );
                } else if (smtpServer(callee)) {
                    // Round 90: Python 3.9 docs "smtpd": SMTPServer(localaddr, remoteaddr, ...) "binds to local address
                    // localaddr" (its process_message, DebuggingServer's, PureProxy's relay to remoteaddr, a subclass's:
                    // code answering whoever connects).
                    bind = host(a.argument("localaddr", 0), true);
                } else if (stdlibListen !== "" && /(^|\.)listen$/.test(name)) {
                    // Round 90: an asyncore/asynchat dispatcher's listen (above): its bind the pack does not read.
                    bind = undefined;
                } else if (/^socket\.create_server$/.test(callee)) {
                    bind = host(a.argument("address", 0), true);
                } else if (socketServer(callee) || derivedServers.has(callee.split(".").at(-1) ?? "")) {
                    const handler = a.argument("RequestHandlerClass", 1)?.trim();
                    const plain = derivedServers.get(callee.split(".").at(-1) ?? "") ?? socketServer(callee);
                    if (handler !== undefined && servesFiles(handler, names) && plain) return [];
                    bind = host(a.argument("server_address", 0), true);
                    pure =
                        plain &&
                        handler !== undefined &&
                        !opaque &&
                        !call.includes("*") &&
                        pythonPureHandler(file.text, handler, "class", PYTHON_SOCKETSERVER_HANDLERS);
                } else return [];
                const binds = bind === undefined ? [] : [bind === "localhost" ? "127.0.0.1" : bind];
                if (pure || loopbackOnly(binds)) return [];
                return [
                    {
                        server: `python ${where}: ${callee} (a socket server whose request handling is code the pack does not read)`,
                        binds,
                        serves: {
                            unread: `python ${where}: ${callee}, its connections handled by code the pack does not read`,
                        },
                    },
                ];
            }),
        ];
    });
}

/**
 * Remote debuggers a Python program starts from its own code, each a served shell (a debugger's console or a DAP
 * client's `evaluate` runs any Python), with the argument naming where it listens and where it listens without one:
 * - debugpy `listen(address)` (microsoft/debugpy README: `debugpy.listen(5678)`, `("0.0.0.0", 5678)` "to allow other
 *   computers to attach"; a port alone is 127.0.0.1);
 * - ptvsd `enable_attach(address=(DEFAULT_HOST, DEFAULT_PORT))` (ptvsd/attach_server.py: DEFAULT_HOST = '0.0.0.0');
 * - remote-pdb `RemotePdb(host, port)`, `set_trace(host=None, ...)` (ionelmc/python-remote-pdb README; host None is
 *   REMOTE_PDB_HOST, read with the environment, else 127.0.0.1);
 * - web-pdb `WebPdb(host='', port=5555)`, `set_trace(host='', ...)`, `catch_post_mortem(host='', ...)`,
 *   `post_mortem(tb=None, host='', ...)` (romanvm/python-web-pdb: "host: web-UI hostname or IP-address"; '' every
 *   address);
 * - rpdb `Rpdb(addr="127.0.0.1", port=4444)`, `set_trace(addr=...)` (tamentis/rpdb);
 * and the remote-execution servers a script starts the same way: RPyC's `Server(service, hostname="", ...)` and its
 * ThreadedServer, ForkingServer, OneShotServer, ThreadPoolServer, GeventServer (rpyc/utils/server.py: "hostname: the
 * host to bind to. Default is IPADDR_ANY"), whose classic SlaveService/ClassicService lets the client run any Python
 * (RPyC docs, "Classic"), any other service exposing what the pack cannot read: a served shell either way; round 67:
 * XML-RPC servers (Python docs "xmlrpc.server": SimpleXMLRPCServer(addr, ...), its functions and instances called by
 * any client; register_instance "allow_dotted_names ... may allow intruders to execute arbitrary code"; what it exposes
 * is code the pack does not judge), multiprocessing's managers and connection Listener (Python docs "multiprocessing":
 * "address is the address on which the manager process listens", None an arbitrary one on localhost; a Listener's
 * connections unpickle what they receive, "can be used to execute arbitrary code"), Pyro's Daemon (host None:
 * localhost by Pyro's HOST setting).
 */
const PYTHON_DEBUGGERS: {
    callee: RegExp;
    argument: [string, number];
    otherwise: string;
    /** XML-RPC's API: a shell only when a function it registers may run commands (pythonRegistersShell). */
    registry?: true;
    /** The address is each `.bind(ENDPOINT)` call's (zerorpc: a ZeroMQ endpoint, `tcp://HOST:PORT`). */
    bindCall?: true;
    /** Round 70: what it serves is classes the pack judges (pythonServesPureClasses): rpyc's service, Pyro5's objects. */
    pureClasses?: "rpyc" | "pyro5" | "pyro5serve";
}[] = [
    { callee: /^debugpy\.listen$/, argument: ["address", 0], otherwise: "127.0.0.1" },
    { callee: /^ptvsd\.enable_attach$/, argument: ["address", 0], otherwise: "0.0.0.0" },
    { callee: /^remote_pdb\.(RemotePdb|set_trace)$/, argument: ["host", 0], otherwise: "127.0.0.1" },
    { callee: /^web_pdb\.(WebPdb|set_trace|catch_post_mortem)$/, argument: ["host", 0], otherwise: "0.0.0.0" },
    { callee: /^web_pdb\.post_mortem$/, argument: ["host", 1], otherwise: "0.0.0.0" },
    { callee: /^rpdb\.(Rpdb|set_trace|post_mortem)$/, argument: ["addr", 0], otherwise: "127.0.0.1" },
    {
        callee: /^rpyc\.(utils\.(server|gevent_server)\.)?(Server|ThreadedServer|ForkingServer|OneShotServer|ThreadPoolServer|GeventServer)$/,
        argument: ["hostname", 1],
        otherwise: "0.0.0.0",
        pureClasses: "rpyc",
    },
    {
        callee: /^(xmlrpc\.server|SimpleXMLRPCServer|DocXMLRPCServer)\.(Simple|Doc|MultiPath)XMLRPCServer$|^jsonrpclib\.SimpleJSONRPCServer\.(Pooled)?SimpleJSONRPCServer$/,
        argument: ["addr", 0],
        otherwise: "0.0.0.0",
        registry: true,
    },
    {
        callee: /^multiprocessing\.(managers\.(Base|Sync|SharedMemory)Manager|connection\.Listener)$/,
        argument: ["address", 0],
        otherwise: "127.0.0.1",
    },
    { callee: /^Pyro4\.((api|server|core)\.)?Daemon$/, argument: ["host", 0], otherwise: "127.0.0.1" },
    {
        callee: /^Pyro5\.((api|server|core)\.)?Daemon$/,
        argument: ["host", 0],
        otherwise: "127.0.0.1",
        pureClasses: "pyro5",
    },
    { callee: /^Pyro[45]\.((api|core)\.)?Daemon\.serveSimple$/, argument: ["host", 1], otherwise: "127.0.0.1" },
    // Round 71: Pyro5 docs "Servers", serve(objects, host=None, ...): a Daemon(host, port) serving the dict's objects.
    {
        callee: /^Pyro5\.(api|server)\.serve$/,
        argument: ["host", 1],
        otherwise: "127.0.0.1",
        pureClasses: "pyro5serve",
    },
    // zerorpc README: `s = zerorpc.Server(HelloRPC()); s.bind("tcp://0.0.0.0:4242")`, every public method callable by
    // any client, no authentication; a Puller or Subscriber calls its methods for what is pushed or published.
    { callee: /^zerorpc\.(core\.)?(Server|Puller|Subscriber)$/, argument: ["", -1], otherwise: "", bindCall: true },
];

/**
 * Whether a Python body (a lambda's or a def's: its `signature`, the parameters with their defaults and annotations,
 * and its `suite`) runs nothing beyond PYTHON_PURE_BUILTINS: every call one of them (or, in a class's method, another
 * method of the class through its first parameter, `self._check(a)`: `self` names the instance, whose methods
 * pythonPureClass judges all), no import, no dunder attribute, no name of another module (a plain local function).
 * Round 71: and every name it reads is its own: a parameter or a local (Python reference "Naming and binding": a name
 * bound anywhere in a function block, an assignment, `for` or `as` target or `:=`, is local to the whole block), or a
 * PYTHON_PURE_BUILTINS builtin (while the file binds no global of its name: `int = open` at module level, a star
 * import), never a global nor another builtin: what a method returns reaches its client, and rpyc
 * passes what it cannot serialize by reference (rpyc docs "Theory of Operation": "objects are passed by reference ...
 * a netref", the client calls it on the server), so `return open` gives the client root's open; a global may hold
 * what the module read (`TOKEN = open(...).read()`). A name bound only by a lambda or comprehension (its own scope) is
 * read as its own only when the file names it nowhere else and it is no builtin (outside that scope it would be the
 * global or the builtin). Attributes read through `self` only the class's methods and literal attributes (`attributes`):
 * rpyc's Service has `_protocol` (the Connection class) and the like. Anything the reading cannot place: impure.
 */
function pythonPureBody(
    signature: string,
    suite: string,
    names: PythonNames,
    scope: {
        file?: string;
        attributes?: ReadonlySet<string>;
        methods?: ReadonlySet<string>;
        program?: readonly string[];
    } = {},
): boolean {
    // Round 71: f-strings read as the code of their fields (pythonCodeOnly): their literal text is no name.
    const code = pythonCodeOnly(signature + "\n" + suite);
    const suiteCode = pythonCodeOnly(suite);
    const signatureCode = pythonCodeOnly(signature);
    if (code === undefined || suiteCode === undefined || signatureCode === undefined) return false;
    if (/\bimport\b|__\w+__|\b(yield|await|global|nonlocal|def|class)\b/.test(code)) return false;
    if ([...code.matchAll(/(?<![\w.])([A-Za-z_][\w.]*)/g)].some(m => pythonResolve(m[1], names).imported)) return false;
    if (!pythonPlainFormats(signature + "\n" + suite, code)) return false;
    // The parameters (`*args`, `**kw`, `/` and `*` markers too), each with its annotation and default read as code.
    const own = new Set<string>();
    // Round 72: match statements (Python reference "The match statement"): `match SUBJECT:` reads its subject; `case
    // PATTERN [if GUARD]:` with literal patterns (strings, numbers, None/True/False, compared with ==), the wildcard
    // `_`, capture patterns (a bare name binds the subject to a local, "A capture pattern always succeeds ... binds
    // the subject value to the name"), `|` alternatives and `as NAME`: the pattern is blanked, its captures bound
    // locals, the guard read as code. Any other pattern (a value pattern `a.b` reads a name, a class pattern calls
    // isinstance on one, sequence and mapping patterns) is refused.
    const softKeyword = /^([ \t]*)(match|case)\b(?![ \t]*(?:[=.,:)\]]|$))([^\n]*)$/gm;
    let patternsKnown = true;
    let read = suiteCode.replace(softKeyword, (line, indent: string, keyword: string, rest: string) => {
        if (keyword === "match") return indent + " ".repeat(keyword.length) + rest;
        const header = /^([^:]*?)(?:[ \t]if\b([^:]*))?:([^\n]*)$/.exec(rest);
        const alternatives = header
            ? header[1].replace(/[ \t]as[ \t]+([A-Za-z_]\w*)[ \t]*$/, (_, n: string) => (own.add(n), "")).split("|")
            : [];
        const literal =
            /^[ \t]*(?:-?[ \t]*\d[\w.]*(?:[ \t]*[-+][ \t]*\d[\w.]*j)?|[rRbBuU]{0,2}("|')[ \t]*\1|None|True|False)[ \t]*$/;
        if (!header || alternatives.length === 0) patternsKnown = false;
        for (const alternative of alternatives) {
            const capture = /^[ \t]*([A-Za-z_]\w*)[ \t]*$/.exec(alternative);
            if (capture && !PYTHON_KEYWORDS.test(capture[1])) {
                if (capture[1] !== "_") own.add(capture[1]);
            } else if (!literal.test(alternative)) patternsKnown = false;
        }
        if (!header) return line;
        return `${indent}${" ".repeat(keyword.length + header[1].length)}${header[2] === undefined ? "" : `   ${header[2]}`}:${header[3]}`;
    });
    if (!patternsKnown) return false;
    for (const part of pythonSplit(signatureCode, ",")) {
        if (/^[/*]$/.test(part)) continue;
        const param = /^\*{0,2}[ \t]*([A-Za-z_]\w*)[ \t]*([:=][\s\S]*)?$/.exec(part);
        if (!param) return false;
        own.add(param[1]);
        read += "\n" + (param[2] ?? "").slice(1);
    }
    const self = scope.methods === undefined ? undefined : pythonSplit(signature, ",")[0]?.replace(/^\s+|\s+$/g, "");
    // Statements: targets of assignments (chained, annotated, augmented), for statements and `as`.
    const statements = pythonLogicalStatements(suiteCode);
    for (const { text: st } of statements) {
        const equals = pythonAssignOperators(st);
        equals.forEach((at, k) =>
            pythonTargetNames(pythonSplit(st.slice(k === 0 ? 0 : equals[k - 1] + 1, at), ":")[0] ?? "").forEach(n =>
                own.add(n),
            ),
        );
        const augmented = /^([A-Za-z_]\w*)\s*(?:[-+*/%@&|^]|\/\/|\*\*|>>|<<)=(?!=)/.exec(st);
        if (augmented) own.add(augmented[1]);
        const loop = /^(?:async\s+)?for\b([\s\S]*?)\bin\b/.exec(st);
        if (loop) pythonTargetNames(loop[1]).forEach(n => own.add(n));
    }
    for (const m of code.matchAll(/\bas\s+(\(?[\w\s,]*\)?)/g)) pythonTargetNames(m[1]).forEach(n => own.add(n));
    for (const m of code.matchAll(/(?<![\w.])([A-Za-z_]\w*)\s*:=/g)) own.add(m[1]);
    // Names of an inner scope: comprehension targets and lambda parameters.
    const inner = new Set<string>();
    for (const m of code.matchAll(/\bfor\s+([\w\s,()[\]*]+?)\s+in\b/g))
        pythonTargetNames(m[1]).forEach(n => inner.add(n));
    for (const m of code.matchAll(/\blambda\b([^:]*):/g))
        for (const part of pythonSplit(m[1], ",")) {
            const param = /^\*{0,2}\s*([A-Za-z_]\w*)/.exec(part);
            if (param) inner.add(param[1]);
        }
    const file = scope.file === undefined ? undefined : pythonStringsBlanked(scope.file);
    const count = (text: string, name: string) => [...text.matchAll(new RegExp(`(?<![\\w.])${name}\\b`, "g"))].length;
    const innerOwn = (name: string) =>
        file !== undefined &&
        names.stars.length === 0 &&
        !PYTHON_BUILTIN_NAMES.test(name) &&
        count(file, name) === count(code, name);
    // Round 71: a name read where a comprehension binding it is its scope (pythonComprehensions: Python reference
    // "Displays for lists, sets and dictionaries": "the comprehension is executed in a separate implicitly nested
    // scope", its targets "do not leak into the enclosing scope"; the leftmost iterable "is evaluated directly in the
    // enclosing scope"), whatever the file names elsewhere; never a builtin's name (fail closed).
    const comprehensions = pythonComprehensions(read);
    const scoped = (name: string, at: number) =>
        !PYTHON_BUILTIN_NAMES.test(name) &&
        comprehensions.some(
            c => c.names.has(name) && at >= c.start && at < c.end && !(at >= c.iterable[0] && at < c.iterable[1]),
        );
    // A builtin is the builtin while the file binds no global of that name (a star import may bind any).
    const builtin = (name: string) =>
        PYTHON_PURE_BUILTINS.test(name) &&
        (file === undefined ||
            (names.stars.length === 0 &&
                !names.imports.has(name) &&
                !names.assigned.has(name) &&
                !new RegExp(`\\bdef\\s+${name}\\b`).test(file) &&
                !pythonRebinds(file, name)));
    // Round 71: a module constant (pythonModuleConstant): a literal bound once, named by no other file's attribute.
    const constant = (name: string) =>
        scope.file !== undefined &&
        !PYTHON_BUILTIN_NAMES.test(name) &&
        pythonModuleConstant(scope.file, name, names) &&
        (scope.program ?? []).every(
            t => t === scope.file || !new RegExp(`\\.\\s*${name}\\b`).test(pythonStringsBlanked(t)),
        );
    // Each name read: not after a dot, not a keyword argument's or target's name (`f(x=1)`), not a string's prefix.
    for (const m of read.matchAll(/(?<![\w.])([A-Za-z_]\w*)(?![\w"'])(?!\s*=(?!=))/g)) {
        const name = m[1];
        if (PYTHON_KEYWORDS.test(name) || own.has(name) || builtin(name)) continue;
        if (inner.has(name) && innerOwn(name)) continue;
        if (scoped(name, m.index) || constant(name)) continue;
        return false;
    }
    // Attributes of `self`: the class's methods and literal attributes only.
    if (self !== undefined && /^[A-Za-z_]\w*$/.test(self))
        for (const m of code.matchAll(new RegExp(`(?<![\\w.])${self}\\s*\\.\\s*([A-Za-z_]\\w*)`, "g")))
            if (!scope.methods?.has(m[1]) && !scope.attributes?.has(m[1])) return false;
    // A keyword before a parenthesis (`return (n := int(a))`, `if (...)`, `not (...)`) is no call; the parenthesized
    // code's own calls are found besides.
    return pythonCalls(
        code.replace(
            softKeyword,
            (_, indent: string, keyword: string, rest: string) => indent + " ".repeat(keyword.length) + rest,
        ),
    ).every(
        c =>
            PYTHON_KEYWORDS.test(c.name) ||
            PYTHON_PURE_BUILTINS.test(c.name) ||
            (self !== undefined && c.name.startsWith(`${self}.`) && scope.methods?.has(c.name.slice(self.length + 1))),
    );
}

/**
 * Whether NAME in a Python file is only the functions its `def NAME` statements define, each pure (pythonPureBody) and
 * undecorated but by `keep` (decorators known to return the function itself): a later def rebinds the name, so every
 * one is judged; a name also bound otherwise (pythonRebinds, an import) is not (fail closed).
 */
function pythonPureDefs(
    text: string,
    name: string,
    names: PythonNames,
    keep: { test(decorator: string): boolean },
    scope: Parameters<typeof pythonPureBody>[3] = { file: text },
): boolean {
    const defs = pythonDefs(text, name);
    const code = pythonStringsBlanked(text).replace(/\bdef\s+\w+/g, "def");
    return (
        defs.length > 0 &&
        !names.imports.has(name) &&
        !names.assigned.has(name) &&
        !pythonRebinds(code, name) &&
        defs.every(d => d.decorators.every(x => keep.test(x)) && pythonPureBody(d.signature, d.suite, names, scope))
    );
}

/** A decorator registering the function with an XML-RPC server (`@server.register_function`, `(name=...)` too). */
const PYTHON_REGISTER_DECORATOR = /^[\w.]*\bregister_function\s*(\([^()]*\))?$/;

/**
 * Whether an XML-RPC server (Python docs "xmlrpc.server": "register_function(function=None, name=None) Register a
 * function that can respond to XML-RPC requests"; only registered functions are called, allow_dotted_names applies to
 * register_instance) in `text` may run what its client asks: unless every `.register_*` call registers a
 * PYTHON_PURE_BUILTINS builtin, a lambda or a function of the file whose every def is pure (pythonPureDefs), or the
 * introspection and multicall functions (which call only registered ones); register_instance (but of a pure object,
 * round 70), `_dispatch` or any
 * other object: a shell (fail closed). Round 69: register_function as a decorator ("Changed in version 3.7: can be
 * used as a decorator"; CPython Lib/xmlrpc/server.py returns the function itself, `partial(self.register_function,
 * name=name)` when only a name is given) registers the def below it, judged the same; any other use of a register_*
 * method (an alias, map(), passing it, a decorator kept by a name) registers what the pack does not follow; the
 * dispatcher's tables (SimpleXMLRPCDispatcher `self.funcs`, `self.instance`, `_dispatch` looking names up in them) or
 * any attribute written (RequestHandlerClass, funcs[...]) may expose anything: a shell.
 */
function pythonRegistersShell(text: string, program: readonly string[] = [text]): boolean {
    const names = pythonNames(text);
    // Comments and strings blanked, same length (the calls' indexes are the text's).
    const code = pythonStringsBlanked(text);
    if (/\b_dispatch\b|\.\s*(funcs|instance|dispatchers)\b/.test(code)) return true;
    // An attribute (or an item of one) assigned: `server.funcs["x"] = f`, `server.RequestHandlerClass = H`.
    if (PYTHON_ATTRIBUTE_WRITE.test(code)) return true;
    const pure = (f: string) =>
        /^[A-Za-z_]\w*$/.test(f) &&
        (pythonDefs(text, f).length > 0
            ? pythonPureDefs(text, f, names, PYTHON_REGISTER_DECORATOR, { file: text, program })
            : !names.imports.has(f) &&
              !names.assigned.has(f) &&
              !pythonRebinds(code, f) &&
              PYTHON_PURE_BUILTINS.test(f));
    // Each use of a register_* name: a call (`X.register_function(f)`) or a decorator line.
    const calls = pythonCalls(text);
    for (const m of code.matchAll(/\bregister_\w+/g)) {
        const lineStart = code.lastIndexOf("\n", m.index) + 1;
        const line = code.slice(lineStart, code.indexOf("\n", m.index) >= 0 ? code.indexOf("\n", m.index) : undefined);
        const decorator = /^[ \t]*@/.exec(line);
        if (decorator) {
            if (!PYTHON_REGISTER_DECORATOR.test(line.trim().slice(1).trim())) return true;
            // The def below (its name: the first def after the decorator lines).
            const def = /^[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)/m.exec(code.slice(lineStart));
            if (!def || !pure(def[1])) return true;
            continue;
        }
        const call = calls.find(c => c.index + c.name.length === m.index + m[0].length);
        if (call === undefined || !/(^|\.)register_\w+$/.test(call.name)) return true;
        const method = call.name.split(".").at(-1) ?? "";
        if (/^register_(introspection|multicall)_functions$/.test(method)) continue;
        // Round 70: register_instance(instance, allow_dotted_names=False) ("the instance's methods are exposed ... names
        // beginning with '_' are not"; allow_dotted_names "may allow intruders to execute arbitrary code" only when
        // true): `C()` of a class whose every method is pure (pythonServesPureObject; no _dispatch, held above).
        if (method === "register_instance") {
            const args = pythonCallArguments(call.call);
            const dotted = args.argument("allow_dotted_names", 1)?.trim();
            if (
                (dotted === undefined || dotted === "False") &&
                pythonServesPureObject(text, args.argument("instance", 0), program)
            )
                continue;
            return true;
        }
        if (method !== "register_function") return true;
        const f = pythonCallArguments(call.call).argument("function", 0)?.trim() ?? "";
        const lambda = /^lambda\b([^:]*):([\s\S]*)$/.exec(f);
        if (lambda ? !pythonPureBody(lambda[1], lambda[2], names, { file: text, program }) : !pure(f)) return true;
    }
    return false;
}

/**
 * Whether the object a zerorpc server serves (its `methods` argument) is `CLASS()` of a class of the file whose every
 * callable attribute is a pure method (zerorpc README: `zerorpc.Server(HelloRPC())`, each public method callable by
 * any client; zerorpc/core.py ServerBase._filter_methods exposes every callable attribute not starting with `_`): the
 * class, bound once and used only there (no base but object, no decorator, no dunder method such as __getattr__, no
 * class attribute), has only defs, each pure (pythonPureDefs: the private ones too, the public ones may call them).
 * Anything else: a shell (fail closed).
 */
function pythonServesPureObject(
    text: string,
    methods: string | undefined,
    program: readonly string[] = [text],
): boolean {
    const made = /^([A-Za-z_]\w*)\s*\(\s*\)$/.exec(methods?.trim() ?? "");
    return made !== undefined && made !== null && pythonPureClass(text, made[1], /(?!)/, /(?!)/, program);
}

/**
 * Whether class NAME of a Python file has only pure methods (pythonServesPureObject's rule), the class named twice
 * only (its statement and the one use serving it). Round 70, the other RPC servers' forms: `base` the base classes it
 * may have (rpyc's Service), `decorator` the decorators it and its methods may have (Pyro5's expose, oneway: they
 * return the class or function itself with a flag set), each resolved through the file's imports; round 71: a
 * decorator called is read as its resolved name with its arguments, blanks removed
 * (`Pyro5.api.behavior(instance_mode="single")`), and a class attribute bound to a literal (pythonLiteralValue: rpyc
 * docs "Services", `exposed_the_real_answer_though = 43`; rpyc/core/service.py `ALIASES = ()`, the names a service
 * registers under) gives a client a constant; its methods may call each other through `self` (pythonPureBody).
 */
function pythonPureClass(
    text: string,
    name: string,
    base = /(?!)/,
    decorator = /(?!)/,
    program: readonly string[] = [text],
): boolean {
    const code = pythonStringsBlanked(text);
    const names = pythonNames(text);
    const known = (x: string, allowed: RegExp) => {
        const call = /^([A-Za-z_][\w.\s]*?)\s*(\([\s\S]*\))?$/.exec(x.trim());
        if (!call) return false;
        return allowed.test(
            pythonResolve(call[1].replace(/\s+/g, ""), names).name + (call[2] ?? "").replace(/\s+/g, ""),
        );
    };
    /** A method's decorator: one the server's (`decorator`) or a PYTHON_CACHE_DECORATORS one. */
    const method = (d: string) => known(d, decorator) || known(d, PYTHON_CACHE_DECORATORS);
    // The class name used twice only: its statement and this call.
    if ([...code.matchAll(new RegExp(`(?<![\\w.])${name}\\b`, "g"))].length !== 2) return false;
    const cls = pythonClassBody(text, name);
    if (cls === undefined) return false;
    if (cls.bases !== "" && cls.bases !== "object" && !known(cls.bases, base)) return false;
    if (cls.decorators.some(d => !known(d, decorator))) return false;
    const bodyText = text.slice(cls.start, cls.start + cls.length);
    const defs: string[] = [];
    const attributes = new Set<string>();
    for (const statement of cls.statements) {
        const def = /^def[ \t]+(\w+)[ \t]*\(/.exec(statement);
        const literal = /^([A-Za-z_]\w*)[ \t]*=(?!=)([\s\S]*)$/.exec(statement);
        if (def) defs.push(def[1]);
        else if (/^@/.test(statement) && method(statement.slice(1))) continue;
        else if (literal && !/^__/.test(literal[1]) && pythonLiteralValue(literal[2])) attributes.add(literal[1]);
        else if (!PYTHON_INERT_STATEMENT.test(statement)) return false;
    }
    const keep = { test: method };
    const scope = { file: text, attributes, methods: new Set(defs), program };
    return (
        defs.length > 0 &&
        defs.every(d => !/^__/.test(d) && !attributes.has(d) && pythonPureDefs(bodyText, d, names, keep, scope))
    );
}

/**
 * Round 72: functools' memoizing decorators with literal arguments (Python docs "functools": lru_cache(maxsize=128,
 * typed=False) "Decorator to wrap a function with a memoizing callable that saves up to the maxsize most recent
 * calls"; cache(user_function) "Returns the same as lru_cache(maxsize=None)"; CPython Lib/functools.py: the wrapper
 * calls the function on a miss and keeps its results, adding cache_info, cache_clear, cache_parameters and
 * __wrapped__, none an `exposed_` name rpyc serves: rpyc docs "Services", only exposed_ attributes are a client's).
 * Not functools.wraps (it copies another object's __dict__ onto the method: what that holds is not read).
 */
const PYTHON_CACHE_DECORATORS =
    /^functools\.(?:cache|lru_cache(?:\((?:(?:maxsize=)?(?:\d+|None)(?:,(?:typed=)?(?:True|False))?|typed=(?:True|False))?\))?)$/;

/** Pyro5's decorators returning the class or function itself with a flag set (Pyro5 docs "Servers"). */
const PYRO5_DECORATORS =
    /^Pyro5\.(?:api|server)\.(?:expose|oneway|behavior\((?:instance_mode=)?(?:"(?:single|session|percall)"|'(?:single|session|percall)')\))$/;

/**
 * Round 70: whether an rpyc server or a Pyro5 daemon (its call's `positional` and `keyword` arguments) serves only
 * classes of the file whose every method is pure (pythonPureClass), so its clients reach arithmetic, no command, file
 * or credential:
 * - rpyc `Server(service, hostname=..., port=...)` (rpyc docs "Services": only a Service's attributes named exposed_*
 *   are reachable, the default protocol config has allow_public_attrs, allow_all_attrs, allow_pickle and
 *   allow_setattr False; the classic SlaveService/ClassicService gives a client any Python): `service` a class deriving
 *   from rpyc.Service alone, no protocol_config nor any other argument; round 71: the program names nothing of
 *   rpyc/core/protocol.py (its DEFAULT_CONFIG is every connection's configuration, `Connection.__init__`:
 *   `self._config = DEFAULT_CONFIG.copy()`, so `DEFAULT_CONFIG["allow_all_attrs"] = True` or `.update(...)` opens every
 *   attribute: rpyc docs "Security"), nor its Connection;
 * - Pyro5 `Daemon(host=..., port=...)` (Pyro5 README: "defaults to a safe serializer (serpent)", Pyro5 has no pickle;
 *   Pyro docs "Servers": only @expose'd classes and methods are remotely callable): every `.register(C, ...)` of the
 *   file a class decorated by expose (its methods by expose or oneway; round 71: `behavior(instance_mode=...)` with a
 *   literal mode, which sets how many instances the daemon makes), Pyro5's config untouched (`config` nowhere);
 * - round 71, Pyro5 `serve(objects, host=None, port=0, daemon=None, use_ns=True, verbose=True)` (Pyro5/server.py: a
 *   Daemon(host, port) registering each key of the `objects` dict under its value, then its request loop): a dict
 *   literal of such classes (or `C()`) to string names, use_ns and verbose True or False, no daemon of its own.
 * Round 71, any of them: no file of the program (`texts`) assigns an attribute (PYTHON_ATTRIBUTE_WRITE: a server
 * class's method replaced, `Daemon.handleRequest = h`, a module's setting). Anything else: a shell (fail closed).
 */
function pythonServesPureClasses(
    text: string,
    kind: "rpyc" | "pyro5" | "pyro5serve",
    positional: readonly string[],
    keyword: ReadonlyMap<string, string>,
    texts: readonly string[] = [text],
): boolean {
    const code = pythonStringsBlanked(text);
    if (texts.some(t => PYTHON_ATTRIBUTE_WRITE.test(pythonStringsBlanked(t)))) return false;
    if (kind === "rpyc") {
        if (positional.length > 2 || [...keyword.keys()].some(k => !/^(service|hostname|port)$/.test(k))) return false;
        const protocol = texts.some(t => {
            const names = pythonNames(t);
            const blanked = pythonStringsBlanked(t);
            return (
                /\bDEFAULT_CONFIG\b/.test(blanked) ||
                [...names.imports.values()].some(i =>
                    /^rpyc\.(core\.)?(protocol|Connection|DEFAULT_CONFIG)\b/.test(i),
                ) ||
                [...blanked.matchAll(/(?<![\w.])([A-Za-z_][\w.]*)/g)].some(m =>
                    /^rpyc\.(core\.)?(protocol|Connection|DEFAULT_CONFIG)\b/.test(pythonResolve(m[1], names).name),
                )
            );
        });
        if (protocol) return false;
        const service = (keyword.get("service") ?? positional[0] ?? "").trim();
        return (
            /^[A-Za-z_]\w*$/.test(service) &&
            pythonPureClass(text, service, /^rpyc\.(core\.(service\.)?)?Service$/, /(?!)/, texts)
        );
    }
    if (texts.some(t => /\bconfig\b/.test(pythonStringsBlanked(t)))) return false;
    const pureTarget = (target: string) => {
        const name = /^([A-Za-z_]\w*)(\s*\(\s*\))?$/.exec(target.trim())?.[1];
        return name !== undefined && pythonPureClass(text, name, /(?!)/, PYRO5_DECORATORS, texts);
    };
    if (kind === "pyro5serve") {
        if (positional.length > 3 || [...keyword.keys()].some(k => !/^(objects|host|port|use_ns|verbose)$/.test(k)))
            return false;
        if (["use_ns", "verbose"].some(k => !/^(True|False)?$/.test(keyword.get(k)?.trim() ?? ""))) return false;
        const objects = /^\{([\s\S]*)\}$/.exec((keyword.get("objects") ?? positional[0] ?? "").trim());
        if (!objects) return false;
        const entries = pythonSplit(objects[1], ",");
        return (
            entries.length > 0 &&
            entries.every(entry => {
                const [key, value, ...more] = pythonSplit(entry, ":");
                return more.length === 0 && pythonString(value) !== undefined && pureTarget(key ?? "");
            })
        );
    }
    if (positional.length > 2 || [...keyword.keys()].some(k => !/^(host|port)$/.test(k))) return false;
    const registers = pythonCalls(text).filter(c => /(^|\.)register$/.test(c.name));
    if (registers.length === 0 || registers.length !== [...code.matchAll(/\bregister\b/g)].length) return false;
    return registers.every(r => pureTarget(pythonCallArguments(r.call).argument("obj_or_class", 0) ?? ""));
}

/**
 * The remote debuggers (PYTHON_DEBUGGERS) a Python program run as root starts in its own code, read as
 * pythonFileServerListeners reads its program (pythonProgram, names through imports: pythonResolve): on the host its
 * argument names (a string, or a `(HOST, PORT)` tuple's; '' every address; a port alone or None the debugger's
 * default), every address when it is no literal nor a name assigned one (pythonValue: fail closed). The command-line
 * forms (`python -m debugpy --listen`, PYTHONBREAKPOINT) are judged with the command and its environment.
 */
function pythonDebuggerListeners(
    args: readonly string[],
    cwd: string | undefined,
    _: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const program = readablePythonProgram(args, cwd, fileText, view);
    if (program === undefined) return [];
    const { where, roots, files, unread } = program;
    // Classes derived from a debugger or server class are that server (Python tutorial "Classes" 9.5 Inheritance; the
    // documented `class QueueManager(BaseManager): pass`, a SimpleXMLRPCServer subclass setting allow_reuse_address).
    // Round 71: a derived class whose body does more than `pass`, a docstring or a literal PYTHON_HARMLESS_ATTRIBUTES
    // setting (allow_reuse_address = True), or which is decorated or given a metaclass, changes the server's own
    // behaviour (CPython Lib/xmlrpc/server.py: the request handler answers with `self.server._marshaled_dispatch(...)`;
    // Python docs "socketserver": finish_request "Actually processes the request"; rpyc/utils/server.py
    // `_authenticate_and_serve_client`, Pyro5/server.py Daemon.handleRequest): `altered`, a server the pack does not
    // read (a shell), whatever it registers or serves; a class derived from an altered one too.
    const derived = new Map<string, (typeof PYTHON_DEBUGGERS)[number][]>();
    const altered = new Set<string>();
    for (let pass = 0; pass < 4; pass++)
        for (const file of files) {
            const names = pythonNames(file.text);
            for (const m of file.text.matchAll(/^[ \t]*class[ \t]+(\w+)[ \t]*\(([^)]*)\)[ \t]*:/gm)) {
                const bases = m[2].split(",").map(b => pythonResolve(b.trim(), names).name);
                const found = bases.flatMap(b => [
                    ...PYTHON_DEBUGGERS.filter(d => d.callee.test(b)),
                    ...(derived.get(b.split(".").at(-1) ?? "") ?? []),
                ]);
                if (found.length === 0) continue;
                if (!derived.has(m[1])) derived.set(m[1], [...new Set(found)]);
                const cls = pythonClassBody(file.text, m[1]);
                if (
                    cls === undefined ||
                    cls.decorators.length > 0 ||
                    m[2].includes("=") ||
                    bases.some(b => altered.has(b.split(".").at(-1) ?? "")) ||
                    !cls.statements.every(st => {
                        const set = /^([A-Za-z_]\w*)[ \t]*=(?!=)([\s\S]*)$/.exec(st);
                        return set
                            ? PYTHON_HARMLESS_ATTRIBUTES.test(set[1]) && pythonLiteralValue(set[2])
                            : PYTHON_INERT_STATEMENT.test(st);
                    })
                )
                    altered.add(m[1]);
            }
        }
    return files.flatMap(file =>
        pythonCalls(file.text).flatMap(({ callee, call, index }): Listener[] =>
            // `class X(BASE):` is no call.
            /\bclass[ \t]+$/.test(file.text.slice(file.text.lastIndexOf("\n", index) + 1, index))
                ? []
                : [
                      ...PYTHON_DEBUGGERS.filter(d => d.callee.test(callee)),
                      ...(derived.get(callee.split(".").at(-1) ?? "") ?? []),
                  ].flatMap(debugger_ => {
                      const changed = altered.has(callee.split(".").at(-1) ?? "");
                      const host = (expr: string | undefined): string | undefined => {
                          if (expr === undefined) return debugger_.otherwise;
                          const found = pythonValue(expr, file, roots, fileText, view);
                          const text = found?.text.trim();
                          if (found === undefined || text === undefined) return undefined;
                          if (/^(None|\d+)$/.test(text)) return debugger_.otherwise;
                          const tuple = /^\(([\s\S]*)\)$/.exec(text);
                          const first = tuple ? pythonCallArguments(tuple[1]).positional[0] : undefined;
                          const value =
                              first === undefined ? found : pythonValue(first, found.file, roots, fileText, view);
                          const literal = pythonString(value?.text);
                          return literal === undefined ? undefined : literal === "" ? "0.0.0.0" : literal;
                      };
                      // A server exposing only functions that run nothing (pythonRegistersShell) gives its clients nothing; a
                      // request handler of its own (requestHandler, the second argument) may serve anything.
                      const { positional, keyword } = pythonCallArguments(call);
                      if (
                          debugger_.registry &&
                          !changed &&
                          !unread &&
                          positional.length <= 1 &&
                          [...keyword.keys()].every(k =>
                              /^(addr|logRequests|allow_none|encoding|bind_and_activate|use_builtin_types)$/.test(k),
                          ) &&
                          !call.includes("**") &&
                          !files.some(
                              f =>
                                  pythonDynamic(f.text) ||
                                  pythonRegistersShell(
                                      f.text,
                                      files.map(g => g.text),
                                  ),
                          )
                      )
                          return [];
                      // zerorpc serving an object whose every method is pure (pythonServesPureObject).
                      if (
                          debugger_.bindCall &&
                          !changed &&
                          !unread &&
                          positional.length <= 1 &&
                          [...keyword.keys()].every(k => k === "methods") &&
                          !call.includes("*") &&
                          !files.some(f => pythonDynamic(f.text)) &&
                          pythonServesPureObject(
                              file.text,
                              pythonCallArguments(call).argument("methods", 0),
                              files.map(f => f.text),
                          )
                      )
                          return [];
                      if (
                          debugger_.pureClasses !== undefined &&
                          !changed &&
                          !unread &&
                          !call.includes("*") &&
                          !files.some(f => pythonDynamic(f.text)) &&
                          pythonServesPureClasses(
                              file.text,
                              debugger_.pureClasses,
                              positional,
                              keyword,
                              files.map(f => f.text),
                          )
                      )
                          return [];
                      const literal = (expr: string | undefined) =>
                          expr === undefined
                              ? undefined
                              : pythonString(pythonValue(expr, file, roots, fileText, view)?.text);
                      const binds = debugger_.bindCall
                          ? pythonCalls(file.text)
                                .filter(c => /\.bind$/.test(c.name))
                                .map(c => {
                                    const endpoint = literal(pythonCallArguments(c.call).argument("endpoint", 0));
                                    const h = /^\w+:\/\/(\[[^\]]*\]|[^:/]*)/.exec(endpoint ?? "")?.[1];
                                    return h === undefined ? undefined : h === "*" || h === "" ? "0.0.0.0" : h;
                                })
                          : [host(pythonCallArguments(call).argument(...debugger_.argument))];
                      // zerorpc listens only where it binds.
                      if (debugger_.bindCall && binds.length === 0) return [];
                      const every = binds.length === 0 || binds.some(b => b === undefined);
                      return [
                          {
                              server: `python ${where}: ${callee} (a remote debugger or RPC server: its client runs any Python)`,
                              binds: every ? [] : (binds as string[]).map(b => (b === "localhost" ? "127.0.0.1" : b)),
                              serves: { shell: "sh" },
                          },
                      ];
                  }),
        ),
    );
}

/** A listen or serve API in source code of any language (Go net/http ListenAndServe, net.Listen, Java ServerSocket ...). */
const LISTEN_API =
    /\b(\w*[lL]isten\w*|[sS]erve\w*|\w+Serve\w*|bind)\s*[(!]|ServerSocket|HttpServer|HTTPServer|TcpListener|TCPServer|WEBrick|UseUrls|LocalPort|LocalAddr/;

/**
 * A process-starting API in source code of any language, under whatever name the source binds it: Go os/exec
 * ("returns the Cmd struct to execute the named program"; imported at all, whatever its name: the Go spec "Import
 * declarations", `import m "lib/math"` and `import . "lib/math"` bind its exported names to m.Name and Name),
 * syscall and golang.org/x/sys/unix|windows Exec/ForkExec/StartProcess/Syscall* (and those packages, or os, imported
 * under another name or `.`), os.StartProcess; Rust std::process::Command (and tokio's), also in a `use` group
 * (`use std::process::{Command as Cmd}`, the Rust reference "Use declarations"), a glob or a renamed module; Java
 * ProcessBuilder and Runtime.exec; C# System.Diagnostics.Process: Process.Start, ProcessStartInfo, `new Process()`
 * then Start() ("Starts ... the process resource that is specified by the StartInfo property"), a `using static` or
 * alias of it; Swift Foundation `Process()`/NSTask ("An object that represents a subprocess of the current
 * process"); POSIX system(3)/popen(3)/exec*(3)/fork(2) (through libc, cgo, nix); Ruby/Perl system, exec, spawn,
 * backticks and %x/qx.
 */
const SPAWN_API = new RegExp(
    [
        /\bexec\.Command(Context)?\b|\b(syscall|unix|windows)\.(Exec|ForkExec|StartProcess|CreateProcess\w*|Syscall\w*|RawSyscall\w*)\b|\bos\.StartProcess\b/
            .source,
        /(^|[\s(;])"os\/exec"|(^|[\s(;])(\w+|\.)\s+"(os|syscall|golang\.org\/x\/sys\/(unix|windows))"/.source,
        /\bCommand::new\b|\bprocess::(Command\b|\{[^}]*\bCommand\b|\*)|\buse\s+(::)?(std|tokio|async_std)::process\s+as\b/
            .source,
        /\bProcessBuilder\b|\.exec\s*\(|\bProcess\.(Start|spawn|run|launchedProcess)\b|\bProcessStartInfo\b/.source,
        /\bnew\s+(System\.Diagnostics\.)?Process\s*[({]|\bProcess\s+\w+\s*=\s*new\s*\(|\bstatic\s+System\.Diagnostics\.Process\b|=\s*System\.Diagnostics\.Process\s*;/
            .source,
        // Swift's explicit initializer (`Process.init()`), cgo's C library calls (`C.system(...)`: cmd/cgo).
        /\b(Process|NSTask)\s*(\.\s*init\s*)?\(\s*\)|\bC\.(system|popen|execv\w*|execl\w*|fork|posix_spawnp?)\s*\(/
            .source,
        /(^|[^\w.:])(system|popen|execvp?e?|execlp?e?|fork|posix_spawnp?)\s*\(|\blibc::(system|popen|exec\w*|fork|posix_spawn\w*)\b|\bnix::unistd::(exec\w*|fork)\b/
            .source,
    ].join("|"),
    "m",
);

/**
 * The command lines a Go source runs when os/exec is its only process API (SPAWN_API, the import aside) and each
 * Command/CommandContext call of it has only string literals for arguments (CommandContext's first, the context,
 * aside); undefined otherwise. Round 69: os/exec imported under another name (Go spec "Import declarations": `import m
 * "lib/math"` binds the package to m; `.` binds its names unqualified, `_` none: neither read) is called by that name.
 * Round 71: CommandContext's context is any balanced expression (`context.Background()`), read as the rest of the
 * source is (no process API in it); each call's Cmd is used in place (`exec.Command(...).Run()`) or bound to one name
 * used only as `name.X` (a Cmd handed to another function, `json.Unmarshal(b, c)`, or copied, has fields the pack does
 * not read), and a Cmd field written in any spelling (goCmdFieldWritten) is not read.
 */
function literalExecCommands(text: string): string[][] | undefined {
    const code = withoutComments(text);
    // `import "os/exec"` binds exec; `import NAME "os/exec"` (alone or in a group) binds NAME.
    const aliases = [...code.matchAll(/(^|[\s(;])(\w+|\.)\s+"os\/exec"/g)].map(m => m[2]).filter(a => a !== "import");
    if (new Set(aliases).size > 1 || aliases.some(a => !/^[A-Za-z]\w*$/.test(a))) return undefined;
    const pkg = aliases[0] ?? "exec";
    // Another package bound to that name (`exec` of another import path) makes the calls not os/exec's.
    if (pkg !== "exec" && new RegExp(`(^|[\\s(;])${pkg}\\s+"`).test(code.replace(/(^|[\s(;])\w+\s+"os\/exec"/g, "$1")))
        return undefined;
    // Round 71: `X.Env = append(os.Environ(), "K=V", ...)` gives the child the program's own environment (Go os/exec
    // Cmd.Env: "If Env is nil, the new process uses the current process's environment"; os.Environ "returns a copy of
    // strings representing the environment"; "If Env contains duplicate environment keys, only the last value in the
    // slice for each duplicate key is used") plus literal pairs: read when each is harmless (harmlessEnvironment, the
    // list Python's env= is read by) and `os` is the os package (no other import or variable of that name).
    const osBound =
        /(^|[\s(;])os\s+"/.test(code) || /(?<![\w.])os\s*(?::=|=(?!=)|,\s*\w+\s*:=)|\b(?:var|const)\s+os\b/.test(code);
    const environment =
        /\.\s*Env\s*=\s*append\s*\(\s*os\s*\.\s*Environ\s*\(\s*\)\s*((?:,\s*"[^"\\\n]*"\s*)+),?\s*\)[ \t]*(?=;|\n|$)/g;
    const knownEnvironment = (pairs: string) =>
        !osBound &&
        [...pairs.matchAll(/"([^"]*)"/g)].every(p => {
            const pair = /^([A-Za-z_]\w*)=(.*)$/.exec(p[1]);
            return pair !== null && harmlessEnvironment(pair[1], pair[2]);
        });
    const bare = code.replace(environment, (whole: string, pairs: string) => (knownEnvironment(pairs) ? "" : whole));
    // What changes what a command runs or where (os/exec Cmd's Dir, Env, Path, Args, Stdin, SysProcAttr, ExtraFiles; its
    // output into a file; os.Chdir/Setenv of the process the child inherits): not read (the command alone is judged).
    if (
        /\.\s*(Dir|Env|Path|Args|Stdin|SysProcAttr|ExtraFiles)\s*=(?!=)|\b(Chdir|Setenv|Unsetenv|Clearenv)\b/.test(
            bare,
        ) ||
        /\.\s*Std(out|err)\s*=(?!\s*os\.Std(out|err)\b)/.test(bare)
    )
        return undefined;
    if (goCmdFieldWritten(code)) return undefined;
    // Each call with its arguments (balanced parentheses, string literals skipped: goCallArguments).
    const calls: { start: number; end: number; context: boolean; args: string[] }[] = [];
    for (const m of code.matchAll(new RegExp(`(?<![\\w.])${pkg}\\.Command(Context)?\\s*\\(`, "g"))) {
        const parsed = goCallArguments(code, m.index + m[0].length);
        if (parsed === undefined) return undefined;
        calls.push({ start: m.index, end: parsed.end, context: m[1] !== undefined, args: parsed.args });
    }
    // A call inside another's arguments (a context computed by running a command) is not read.
    if (calls.some((c, i) => i > 0 && c.start < calls[i - 1].end)) return undefined;
    let rest = code;
    for (const call of [...calls].reverse())
        rest = `${rest.slice(0, call.start)} ${call.context ? `(${call.args[0] ?? ""})` : ""} ${rest.slice(call.end)}`;
    rest = rest.replace(/(^|[\s(;])(\w+\s+)?"os\/exec"/g, "$1");
    if (calls.length === 0 || SPAWN_API.test(rest) || new RegExp(`(?<![\\w.])${pkg}\\.\\w|\\bexec\\.\\w`).test(rest))
        return undefined;
    // Where each Cmd goes: used in place (`.Run()`), or bound by `NAME :=`/`NAME =`/`var NAME =` to a name every other
    // mention of which selects from it (`NAME.Stdout`, `NAME.Run()`); anything else (an argument, a copy, a return, a
    // composite literal) is a Cmd the pack cannot follow.
    const names = new Set<string>();
    const blank = goBlankStrings(code);
    for (const call of calls) {
        if (/^\s*\./.test(code.slice(call.end))) continue;
        const bound = /(?:^|[\s;{(])(?:var\s+)?([A-Za-z_]\w*)\s*:?=\s*$/.exec(code.slice(0, call.start));
        if (bound === null || bound[1] === "_" || bound[1] === "var") return undefined;
        names.add(bound[1]);
    }
    for (const name of names)
        for (const m of blank.matchAll(new RegExp(`(?<![\\w.])${name}(?!\\w)`, "g"))) {
            const after = code.slice(m.index + name.length);
            if (/^\s*\./.test(after)) continue;
            const call = calls.find(c => /^\s*:?=\s*$/.test(code.slice(m.index + name.length, c.start)));
            if (call === undefined) return undefined;
        }
    const commands: string[][] = [];
    for (const call of calls) {
        const literal = (call.context ? call.args.slice(1) : call.args).map(a => /^"([^"\\]*)"$/.exec(a)?.[1]);
        if (literal.length === 0 || literal.some(a => a === undefined)) return undefined;
        commands.push(literal as string[]);
    }
    return commands;
}

/** Go source with its string and rune literals' contents blanked (their length kept). */
function goBlankStrings(code: string): string {
    return code.replace(
        /"(?:\\.|[^"\\\n])*"|`[^`]*`|'(?:\\.|[^'\\\n])*'/g,
        m => `${m[0]}${" ".repeat(m.length - 2)}${m[0]}`,
    );
}

/**
 * The arguments of a Go call whose `(` ends just before `open` (each trimmed, split at the commas outside brackets and
 * string literals: Go spec "String literals", "Rune literals") and where the call ends; undefined when it does not end.
 * With `close` "}", a composite literal's elements (Go spec "Composite literals") or a Rust call's likewise.
 */
function goCallArguments(code: string, open: number, close = ")"): { args: string[]; end: number } | undefined {
    const args: string[] = [];
    let depth = 0;
    let from = open;
    for (let i = open; i < code.length; i++) {
        const ch = code[i];
        if (ch === '"' || ch === "'" || ch === "`") {
            const literal = (
                ch === "`" ? /^`[^`]*`/ : ch === '"' ? /^"(?:\\.|[^"\\\n])*"/ : /^'(?:\\.|[^'\\\n])*'/
            ).exec(code.slice(i));
            if (literal === null) return undefined;
            i += literal[0].length - 1;
        } else if ("([{".includes(ch)) depth++;
        else if (")]}".includes(ch) && depth > 0) depth--;
        else if (ch === close || (ch === "," && depth === 0)) {
            const arg = code.slice(from, i).trim();
            if (arg !== "" || ch === ",") args.push(arg);
            from = i + 1;
            if (ch === close) return { args, end: i + 1 };
        } else if (")]}".includes(ch)) return undefined;
    }
    return undefined;
}

/**
 * Whether a Go source writes an os/exec Cmd field (pkg.go.dev os/exec "type Cmd": Path, Args, Env, Dir, Stdin, Stdout,
 * Stderr, ExtraFiles, SysProcAttr, and Err, whose clearing runs a program LookPath found relative to the current
 * directory: "if errors.Is(cmd.Err, exec.ErrDot) { cmd.Err = nil }") in a spelling besides the plain `x.F = v` read by
 * literalExecCommands: one of several targets of a tuple assignment (Go spec "Assignment statements": `x, y = a, b`
 * assigns each; also in `for k, x.F = range ...`, `x.F, ok = <-ch`), an element or a field of it (`c.Args[1] = ...`,
 * `c.SysProcAttr.Chroot = ...`), a parenthesized target (`(c.Dir) = ...`: "Operands may be parenthesized"), an
 * operator assignment (`c.Path += ...`), its address taken (`&c.Stdin`: a pointer writes it), or reflection/unsafe
 * (writes fields by name or offset). Comments are already gone; a target list continues across lines after a comma.
 */
function goCmdFieldWritten(code: string): boolean {
    const FIELD = "(?:Path|Args|Env|Dir|Stdin|Stdout|Stderr|ExtraFiles|SysProcAttr|Err)(?!\\w)";
    const text = goBlankStrings(code).replace(/,[ \t]*\r?\n\s*/g, ", ");
    const path = String.raw`(?:\s*(?:\[[^\]\n]*\]|\.\s*\w+|\)))*`;
    const assign = String.raw`(?<![=!<>:])(?:[-+*/%&|^]|<<|>>|&\^)?=(?!=)`;
    return [
        // A target before others: `c.Dir, x = ...` (the assignment later in the statement).
        new RegExp(String.raw`\.\s*${FIELD}${path}\s*,[^;\n]*?${assign}`),
        // A target after others: `x, c.Dir = ...`.
        new RegExp(String.raw`,[^;\n=]*?\.\s*${FIELD}${path}\s*${assign}`),
        // An element, a field or a parenthesized target, or an operator assignment: `c.Args[1] = ...`, `c.Path += ...`.
        new RegExp(String.raw`\.\s*${FIELD}\s*(?:\[[^\]\n]*\]|\.\s*\w+|\))${path}\s*${assign}`),
        new RegExp(String.raw`\.\s*${FIELD}\s*(?:[-+*/%&|^]|<<|>>|&\^)=(?!=)`),
        new RegExp(String.raw`\.\s*Err\s*=(?!=)`),
        new RegExp(String.raw`(?<!&)&(?!&)[ \t(]*[\w.]*\.\s*${FIELD}`),
        /(?<![\w.])(reflect|unsafe)\s*\./,
    ].some(r => r.test(text));
}

/**
 * Ruby's and Perl's besides: system/exec/spawn without parentheses, backticks, %x and qx; round 71: Ruby's process APIs
 * by their module (Ruby docs IO.popen "Executes the given command cmd as a subprocess", Kernel.system/exec/spawn,
 * Process.exec/fork, PTY.spawn, the Open3 module's popen3/capture2/pipeline "spawn a process"), Perl's IPC modules
 * (IPC::Open2/Open3 open2/open3 "open a process for both reading and writing", IPC::Run, IPC::Cmd) and a piped open
 * (perlfunc open: a mode of "-|" or "|-", or a two-argument filename beginning or ending with "|": "the filename is
 * interpreted as a command").
 */
const SCRIPT_SPAWN_API = new RegExp(
    [
        /(^|[^\w.:])(system|exec|spawn)\b\s*[("'%]|`|%x\W|\bqx\W|\bopen\s*\(?\s*["']?\|/.source,
        /\b(?:IO|Kernel|Process|PTY)\s*\.\s*(?:popen\w*|system|exec|spawn|fork)\b|\bOpen3\b/.source,
        /\bIPC::(?:Open[23]|Run\w*|Cmd)\b|(?<![\w$>])open[23]\s*\(/.source,
        /\bopen\s*\(?[^;\n]*?["']\s*-?\||\bopen\s*\(?[^;\n]*?\|\s*["']/.source,
    ].join("|"),
    "m",
);

/**
 * Code options of interpreters (their command line is the code: no script, no standard input read) and options taking
 * the next word as their value, by interpreter (python's are read by pythonInvocation; perlrun(1) -e, -E; ruby(1) -e, -I, -r;
 * node(1) -e/--eval, -p/--print, -r/--require, --import, --loader; php(1) -r; lua(1) -e; expect(1) -c).
 */
const INTERPRETER_CODE: Record<string, { code: RegExp; valued: RegExp }> = {
    perl: { code: /^-[A-Za-z]*[eE]$/, valued: /^$/ },
    ruby: { code: /^-[A-Za-z]*e$/, valued: /^-[A-Za-z]*[Ir]$/ },
    node: { code: /^(-[ep]|--eval|--print)$/, valued: /^(-r|--require|--import|--loader)$/ },
    php: { code: /^-r$/, valued: /^-[cdz]$/ },
    lua: { code: /^-e$/, valued: /^-l$/ },
    luajit: { code: /^-e$/, valued: /^-l$/ },
    expect: { code: /^-c$/, valued: /^$/ },
};

/**
 * The commands one literal argv runs, each as root's words after its wrappers with the directory it starts in, as
 * user data's own command lines are read: wrappers skipped (shell.ts wrappersOf: env, sudo, nohup, timeout ...; env
 * -S split, envSplitStrings) and their directory taken (wrappedDirectory: coreutils env(1) "-C, --chdir=DIR change
 * working directory to DIR", sudo -D, systemd-run, chroot ...); a shell's `-c` line read as plain lines
 * (plainShellLines); a shell or interpreter given no script reads its program from standard input (POSIX sh: "If
 * there are no operands and the -c option is not specified, the -s option shall be assumed"; python(1): "-  Read
 * commands from standard input"), a literal input's text read as plain lines by a shell, nothing from an empty one.
 * Undefined (not read: fail closed) for a wrapper giving the program variables (env NAME=VALUE: LD_PRELOAD,
 * PYTHONPATH ... change what it runs), a launcher's line (su -c, runuser -c), a shell's rc file, standard input the
 * pack does not know.
 */
function literalCommandWords(
    argv: readonly string[],
    cwd: string | undefined,
    stdin: LiteralStdin,
    programs: string[],
    depth = 0,
): { words: string[]; cwd: string | undefined }[] | undefined {
    if (depth > 4) return undefined;
    const words = envSplitStrings(argv);
    const { start, wrappers } = wrappersOf(words);
    if (words.slice(0, start).some(isAssignment)) return undefined;
    // xargs and parallel append the items they read (standard input, -a FILE) to the command (xargs(1): "reads items
    // from the standard input ... and executes the command ... followed by items read"): words the pack does not read.
    if (wrappers.some(u => /^(xargs|parallel)$/.test(u.name))) return undefined;
    const dir = wrappedDirectory(words, cwd);
    // The wrappers' own programs (each named by its word), checked as the command's is (literalCommandListeners).
    programs.push(...words.slice(0, start).filter(w => wrappers.some(u => posix.basename(w) === u.name)));
    const rest = wrapperShell(words) ? ["sh"] : words.slice(start);
    if (rest.length === 0) return [];
    if (launchedCommand(rest) !== undefined) return undefined;
    const applet = appletWords(rest);
    const name = interpreterName(applet[0]);
    programs.push(rest[0]);
    const own = [{ words: [...rest], cwd: dir }];
    // Plain shell lines, each command run in the shell's directory with the shell's standard input.
    const lines = (text: string) => {
        const commands = plainShellLines(text);
        const out = commands?.map(c =>
            literalCommandWords(c, dir, stdin === "none" ? "none" : "unknown", programs, depth + 1),
        );
        return out === undefined || out.some(o => o === undefined) ? undefined : out.flatMap(o => o!);
    };
    const fromStandardInput = () =>
        stdin === "none" ? own : typeof stdin === "object" && SHELLS.test(name) ? lines(stdin.text) : undefined;
    // The script operand applet[k] (POSIX sh: "command_file ... the pathname of a file containing commands"; bash(1):
    // "the first argument is assumed to be the name of a file containing shell commands"; python(1) "script"): a name
    // of standard input (shell.ts standardInput: /dev/stdin, /dev/fd/0, /proc/self/fd/0; Linux devices.rst
    // "Compulsory links": /dev/stdin -> fd/0, /dev/fd -> /proc/self/fd) is the program read from standard input
    // (fromStandardInput; an empty one runs nothing but the bare shell); any other path under /dev or /proc (another
    // descriptor, /proc/PID/cwd, /proc/PID/root ...), `..` through them (/dev/fd/.. is /proc/self, not /dev), or a
    // relative one in a directory the pack does not know, is a file it cannot know: unknown. Else the file itself.
    const script = (k: number) => {
        const w = applet[k].replace(/\0/g, "");
        if (dir === undefined && !w.startsWith("/")) return undefined;
        const joined = w.startsWith("/") ? w : `${dir}/${w}`;
        if (/(^|\/)\.\.(\/|$)/.test(joined) && /(^|\/)(dev|proc)(\/|$)/.test(joined)) return undefined;
        const named = standardInput(w, false, dir ?? "/");
        if (named === undefined) return undefined;
        if (named)
            return stdin === "none"
                ? [{ words: rest.slice(0, rest.length - applet.length + k), cwd: dir }]
                : fromStandardInput();
        return /^\/(dev|proc)(\/|$)/.test(posix.resolve(dir ?? "/", w)) ? undefined : own;
    };
    if (SHELLS.test(name)) {
        let command = false;
        let fromStdin = false;
        let i = 1;
        for (; i < applet.length; i++) {
            const w = applet[i];
            if (w === "--" || w === "-") {
                i++;
                break;
            }
            if (/^[-+][oO]$/.test(w)) i++;
            else if (/^--(rcfile|init-file)$/.test(w)) return undefined;
            else if (/^--[\w-]+$/.test(w)) continue;
            else if (/^[-+][A-Za-z]+$/.test(w)) {
                if (w.startsWith("-") && w.includes("c")) command = true;
                if (w.startsWith("-") && /[si]/.test(w)) fromStdin = true;
            } else break;
        }
        if (command) return applet[i] === undefined ? undefined : lines(applet[i]);
        return fromStdin || applet[i] === undefined ? fromStandardInput() : script(i);
    }
    // python's options by pythonInvocation (its full table; an option it does not know: not read).
    if (name.replace(/[0-9.]+$/, "") === "python") {
        const run = pythonInvocation(applet.slice(1));
        if (run === undefined || (run.kind === "script" && run.value === "-")) return fromStandardInput();
        if (run.kind === "unknown") return undefined;
        return run.kind === "script" ? script(run.index + 1) : own;
    }
    if (INTERPRETERS.test(name) && name !== "busybox") {
        const known = INTERPRETER_CODE[name.replace(/[0-9.]+$/, "")] ?? { code: /^$/, valued: /^$/ };
        let i = 1;
        for (; i < applet.length; i++) {
            const w = applet[i];
            if (w === "-") break;
            if (known.code.test(w)) return own;
            if (known.valued.test(w)) i++;
            else if (!w.startsWith("-")) return script(i);
        }
        return fromStandardInput();
    }
    return own;
}

/**
 * The command lines a Perl or Ruby source runs when its only process API is system/exec called with literal
 * arguments (`ruby`: Ruby's quoting), undefined otherwise. perlfunc "exec"/"system": with several arguments (a list,
 * `qw(...)` too) "calls execvp(3) with the arguments in LIST"; one argument with no shell metacharacters "is split into
 * words and passed directly to execvp"; Ruby Kernel#system/#exec ("Process Creation"): several strings are the
 * command and its arguments, no shell; one string with no meta-characters "the command is invoked directly". A
 * single string with a metacharacter goes to sh, and anything else that may start a process or change what it runs
 * (open/popen/Open3/PTY/fork/syscall, eval/send, chdir, the environment) is not read: undefined.
 * String literals: '...' and "..." without escapes or interpolation, Perl's q/qq/qw with a bracket or a slash.
 * Round 71: Ruby's spawn and Process.spawn (Ruby docs "Process.spawn": the same command forms as system, "returns the
 * process ID", no waiting; Process.wait/detach of it only wait), and command substitution: Perl's backticks and qx//
 * (perlop "qx/STRING/": "A string which is (possibly) interpolated and then executed as a system command, via
 * /bin/sh"), Ruby's backticks and %x() (Ruby docs Kernel#`: "Returns the $stdout output from running command in a
 * subshell"): a one-line literal with nothing to interpolate (Perl $ and @, Ruby #{}) is a shell line read as plain
 * simple commands (plainShellLines, as Python's shell=True strings). Each is found in code only where an expression
 * starts (after `=`, `(`, `{`, `;`, `,`, print/puts/return, a line's start) and ends (`;`, `)`, `}`, a line's end, a
 * chomp/strip), so a backtick inside a string, regex or heredoc (`<<\`EOC\``) is not paired with a real one
 * (fail closed: it stays in the code, which is then not read).
 */
function literalScriptCommands(text: string, ruby: boolean): string[][] | undefined {
    const MARK = "\u0001";
    const source = text.replace(/^[ \t]*#[^\n]*/gm, "");
    if (source.includes(MARK)) return undefined;
    const substitution = ruby
        ? /`([^`\n]*)`|%x(?:\(([^()\n]*)\)|\{([^{}\n]*)\}|\[([^[\]\n]*)\]|<([^<>\n]*)>|\/([^/\n]*)\/|!([^!\n]*)!|\|([^|\n]*)\|)/g
        : /`([^`\n]*)`|\bqx[ \t]*(?:\(([^()\n]*)\)|\{([^{}\n]*)\}|\[([^[\]\n]*)\]|<([^<>\n]*)>|\/([^/\n]*)\/|!([^!\n]*)!|\|([^|\n]*)\||'([^'\n]*)')/g;
    const shellLines: string[][] = [];
    let unread = false;
    const code = source.replace(substitution, (whole: string, ...groups: unknown[]) => {
        const at = groups.find(g => typeof g === "number") as number;
        const before = source.slice(0, at);
        const after = source.slice(at + whole.length);
        const body = groups.slice(0, 9).find(g => typeof g === "string") as string;
        const lines = (ruby ? /#/ : /[$@]/).test(body) ? undefined : plainShellPipelines(body)?.map(c => c.argv);
        if (
            !/(?:^|\n|[=(;{,]|\b(?:print|puts|say|return|unless|if|and|or|not|chomp)\b)[ \t]*$/.test(before) ||
            !/^(?:\.(?:chomp|strip|lines|split|to_i|to_s)\b)*[ \t]*(?:[;)}\n]|$)/.test(after) ||
            lines === undefined ||
            lines.length === 0 ||
            lines.some(argv => !/^[A-Za-z_/]/.test(argv[0]))
        )
            unread = true;
        else shellLines.push(...lines);
        return MARK;
    });
    if (unread) return undefined;
    const call = ruby
        ? /(?<![\w$@%&:>.])((?:Process[ \t]*\.[ \t]*)?spawn|system|exec|IO[ \t]*\.[ \t]*popen)\b[ \t]*(?:\(((?:[^()\n]|\([^()\n]*\))*)\)|((?:[^()\n;]|\([^()\n]*\))*?)(?=[ \t]*(?:;|\n|$|\b(?:or|and|if|unless)\b|&&|\|\|)))/g
        : /(?<![\w$@%&:>.])(system|exec)\b[ \t]*(?:\(((?:[^()\n]|\([^()\n]*\))*)\)|((?:[^()\n;]|\([^()\n]*\))*?)(?=[ \t]*(?:;|\n|$|\b(?:or|and|if|unless)\b|&&|\|\|)))/g;
    // Round 71: a harmless variable (harmlessEnvironment, the list Python's env= and Go's Cmd.Env are read by) set for
    // the children (perlvar %ENV: "Setting a value in ENV changes the environment for any child processes you
    // subsequently fork() off", `local` only for the enclosing block; Ruby docs ENV "[]=": "Creates, updates, or
    // deletes the named environment variable") changes nothing of what they run: such a statement is read as nothing.
    const environmentWrite = ruby
        ? /(?<![\w$@%&:>.])ENV[ \t]*\[[ \t]*(?:"([A-Za-z_]\w*)"|'([A-Za-z_]\w*)')[ \t]*\][ \t]*=(?!=)[ \t]*(?:"([^"\\#\n]*)"|'([^'\\\n]*)')[ \t]*(?=;|\n|$)/g
        : /(?<![\w$@%&:>.])(?:local[ \t]+)?\$ENV[ \t]*\{[ \t]*(?:"?([A-Za-z_]\w*)"?|'([A-Za-z_]\w*)')[ \t]*\}[ \t]*=(?!=)[ \t]*(?:"([^"\\$@\n]*)"|'([^'\\\n]*)')[ \t]*(?=;|\n|$)/g;
    const harmlessWrites = (text: string) =>
        text.replace(environmentWrite, (whole: string, n1?: string, n2?: string, v1?: string, v2?: string) =>
            harmlessEnvironment(n1 ?? n2, v1 ?? v2) ? "" : whole,
        );
    const calls = [...harmlessWrites(code).matchAll(call)];
    // Waiting for a spawned child (Ruby docs "Process.wait", wait2, waitpid, waitall, detach) runs nothing.
    const rest = harmlessWrites(code)
        .replace(call, "")
        .replace(/\bProcess[ \t]*\.[ \t]*(?:wait2?|waitpid2?|waitall|detach)\b(?:[ \t]*\([\w \t,]*\))?/g, "");
    const other = ruby
        ? /`|%x|\b(spawn|popen\w*|Open3|PTY|fork|syscall|eval|\w+_eval|instance_exec|send|public_send|__send__|method|Process|IO|Kernel|chdir|ENV|load|require|require_relative|exec|system)\b/
        : /`|\bqx\b|\b(open|pipe|readpipe|fork|syscall|eval|do|require|chdir|ENV|exec|system|IPC)\b|::/;
    if (
        calls.length + shellLines.length === 0 ||
        SPAWN_API.test(rest) ||
        SCRIPT_SPAWN_API.test(rest) ||
        other.test(rest)
    )
        return undefined;
    const item = ruby
        ? /^\s*(?:'([^'\\]*)'|"([^"\\#]*)")\s*(?:,|$)/
        : /^\s*(?:'([^'\\]*)'|"([^"\\$@]*)"|qq?\s*(?:\{([^{}\\$@]*)\}|\(([^()\\$@]*)\)|\[([^[\]\\$@]*)\]|<([^<>\\$@]*)>|\/([^/\\$@]*)\/)|qw\s*(?:\{([^{}]*)\}|\(([^()]*)\)|\[([^[\]]*)\]|<([^<>]*)>|\/([^/]*)\/))\s*(?:,|$)/;
    const commands: string[][] = [...shellLines];
    for (const c of calls) {
        let args = (c[2] ?? c[3] ?? "").trim();
        // Ruby docs "Process.spawn"/Kernel#system: `system([env,] command...)`, env a hash of "name => val: set the
        // environment variable": one of harmless variables (harmlessEnvironment) with literal values is read as none.
        if (ruby && args.startsWith("{")) {
            const hash = /^\{([^{}]*)\}[ \t]*,/.exec(args);
            const pairs = hash?.[1]
                .split(",")
                .map(p => /^\s*(?:"([A-Za-z_]\w*)"|'([A-Za-z_]\w*)')\s*=>\s*(?:"([^"\\#]*)"|'([^'\\]*)')\s*$/.exec(p));
            if (!hash || !pairs!.every(p => p !== null && harmlessEnvironment(p[1] ?? p[2], p[3] ?? p[4])))
                return undefined;
            args = args.slice(hash[0].length).trim();
        }
        const words: string[] = [];
        let single = true;
        while (args !== "") {
            const m = item.exec(args);
            if (!m) return undefined;
            const list = m.slice(8).find(g => g !== undefined);
            const value = m.slice(1, 8).find(g => g !== undefined);
            if (list !== undefined) {
                words.push(...list.split(/\s+/).filter(w => w !== ""));
                single = false;
            } else if (value !== undefined) {
                if (words.length > 0) single = false;
                words.push(value);
            } else return undefined;
            args = args.slice(m[0].length).trim();
        }
        // Round 71: Ruby docs IO.popen(`[env,] cmd, mode = 'r'`): one command string (a shell line as system's single
        // string is); a mode or options after it, or an array, are not read here.
        if (/popen$/.test(c[1]) && !(single && words.length === 1)) return undefined;
        // One string: split into words when no shell metacharacter is in it, else run by sh; either way plain simple
        // commands are the words the shell would run (plainShellLines: `sysctl -w vm.swappiness=10` too), and any other
        // line is not read here. Round 71: read as command substitution's (above), one rule for both.
        if (single && words.length === 1) {
            const lines = plainShellLines(words[0]);
            if (lines === undefined || lines.length === 0) return undefined;
            commands.push(...lines);
        } else if (words.length > 1 || !single) commands.push(words);
        else return undefined;
        if ((commands.at(-1) ?? []).length === 0) return undefined;
    }
    return commands;
}

/**
 * The listeners of command lines a program run as root starts with literal argument vectors and no shell (Go os/exec,
 * Python subprocess/os.system of plain words: pythonCommandRuns), each judged as root's own command (commandListeners)
 * in its directory, after its wrappers (literalCommandWords). Undefined, an unread program, when one is not read
 * (literalCommandWords) or names a program outside the system's directories or one user data wrote (its text is not
 * the packaged one the pack knows).
 */
function literalCommandListeners(
    runs: readonly { argv: readonly string[]; cwd: string | undefined; stdin: LiteralStdin }[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] | undefined {
    const SYSTEM_DIRS = /^\/(usr\/)?s?bin\/[^/]+$/;
    const written = [...(view.written?.() ?? [])];
    const wrote = (program: string) =>
        (program.includes("/")
            ? [program]
            : ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"].map(d =>
                  posix.join(d, program),
              )
        ).some(f => written.includes(f) || view.changed.has(f));
    const commands: { words: string[]; cwd: string | undefined }[] = [];
    const programs: string[] = [];
    for (const run of runs) {
        if (run.argv.length === 0) return undefined;
        programs.push(run.argv[0]);
        const found = literalCommandWords(run.argv, run.cwd, run.stdin, programs);
        if (found === undefined) return undefined;
        commands.push(...found);
    }
    if (!programs.every(p => (!p.includes("/") || SYSTEM_DIRS.test(p)) && !wrote(p))) return undefined;
    // A command that may write the files it names (not keepsContent: cp, tee, install, dd of=, sed -i ...) naming a
    // file the node reads as configuration or code (nodeReadsAsConfig: crontab(5) /etc/cron.d, systemd.unit(5) unit
    // directories, /etc/profile.d, sudoers) writes there what the pack does not read from a program's argv (round 71:
    // judged as the same shell line is, whose content the script reader follows): an unread program, fail closed.
    for (const c of commands) {
        // Round 75: crontab(1) ("crontab [-u user] file": "install a new crontab from some named file or standard input
        // if the pseudo-filename - is given"; root's without -u, its commands run as root) and at(1)/batch ("read
        // commands from standard input or a specified file which are to be executed at a later time", by /bin/sh, as
        // the caller) hand root's cron or atd what the pack does not read from a program's argv (a file the program
        // may have written, its input= text): an unread program, fail closed. Their listing forms (crontab -l, at -l)
        // are not.
        const [program = "", ...operands] = c.words;
        const name = posix.basename(program);
        if (
            crontabFile(name, operands) !== undefined ||
            crontabReadsStdin(name, operands) ||
            atReadsStdin(name, operands) ||
            atJobFile(name, operands) !== undefined
        )
            return undefined;
        // Round 86: a kernel helper its literal sysctl or mount sets (setsKernelHelper: core(5) `|PROGRAM` ...) names a
        // program the kernel runs as root, judged as the same program's write of /proc/sys is (pythonWriteRefusal).
        if (setsKernelHelper(commandKernelSettings(c.words))) return undefined;
        if (keepsContent(c.words)) continue;
        const named = c.words.slice(1).flatMap(w => {
            const value = w.replace(/^-[^=]*=|^[A-Za-z_]+=/, "");
            if (value.startsWith("/")) return [value];
            return !w.startsWith("-") && c.cwd !== undefined && value !== "" ? [posix.resolve(c.cwd, value)] : [];
        });
        if (named.some(nodeReadsAsConfig)) return undefined;
    }
    const seen = new Set<string>();
    return commands
        .filter(c => !seen.has(JSON.stringify(c)) && !!seen.add(JSON.stringify(c)))
        .flatMap(c => commandListeners(c.words, c.cwd, fileText, true, view));
}

/** Round 88: the languages whose one-liners' (`perl -e`, `ruby -e`, `node -e`) builtins the pack reads. */
type OneLinerLanguage = "perl" | "ruby" | "node";

/**
 * Round 88: the mode and owner changes of each language's builtins, one table (round 87 read Python's:
 * pythonModeChanges), each judged as the shell's chmod/chown line of the same paths (rootReads.ts modeChangeOpens,
 * through RootReads.programRuns): perlfunc chmod LIST ("The first element of the list must be the numeric mode, which
 * should probably be an octal number"), chown LIST ("The first two elements of the list must be the numeric uid and
 * gid ... A value of -1 in either position is interpreted by most systems to leave that value unchanged"); Ruby docs
 * File.chmod(mode_int, file_name, ...), File.chown(owner_int, group_int, file_name, ...) ("A nil or -1 owner or group
 * id is ignored"), FileUtils.chmod(mode, list) (an octal mode or a symbolic string "as chmod(1)"), chmod_R,
 * FileUtils.chown(user, group, list) (a name or an id); Node.js docs fs.chmod/fs.chmodSync(path, mode),
 * fs.chown/fs.chownSync(path, uid, gid), fs.promises' and lchmod/lchown alike. `layout`: where the mode/owner and the
 * paths are among the arguments.
 */
const ONE_LINER_MODE_CHANGES: {
    language: OneLinerLanguage;
    call: RegExp;
    kind: "chmod" | "chown";
    layout: "first" | "last";
}[] = [
    { language: "perl", call: /(?<![\w$@%&>:])(chmod|chown)\b\s*(\(?)/g, kind: "chmod", layout: "first" },
    {
        language: "ruby",
        call: /\b(?:File|FileUtils)\s*\.\s*l?(chmod|chown)(_R)?\b\s*(\(?)/g,
        kind: "chmod",
        layout: "first",
    },
    { language: "node", call: /\.\s*l?(chmod|chown)(?:Sync)?\s*(\()/g, kind: "chmod", layout: "last" },
];

/** Round 88: any builtin changing a mode, an owner or the umask, read or not (a mention ONE_LINER_MODE_CHANGES misses). */
const ONE_LINER_MODE_MENTION = /\b(?:l?chmod|l?chown|fchmod|fchown|chmod_R|chown_R|umask)\b|chmodSync|chownSync/g;

/** Round 88: `text` with the insides of its quoted strings blanked (same length), undefined at an unclosed one. */
function oneLinerStringsBlanked(text: string): string | undefined {
    let out = "";
    let quote: string | undefined;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote === undefined) {
            if (ch === "'" || ch === '"' || ch === "`") quote = ch;
            out += ch;
        } else if (ch === "\\") {
            out += "  ";
            i++;
        } else if (ch === quote) {
            quote = undefined;
            out += ch;
        } else out += ch === "\n" ? ch : " ";
    }
    return quote === undefined ? out : undefined;
}

/** Round 88: a one-liner's literal argument: a string with no interpolation or escape, or an integer. */
function oneLinerLiteral(expr: string, language: OneLinerLanguage): string | number | null | undefined {
    const e = expr.trim();
    if (/^(?:nil|undef|null)$/.test(e)) return null;
    const single = /^'([^'\\]*)'$/.exec(e);
    if (single) return single[1];
    const double = /^"([^"\\$@`]*)"$/.exec(e);
    if (double && !(language === "ruby" && double[1].includes("#{"))) return double[1];
    const int = /^(-?)(?:0[oO]?([0-7]+)|0[xX]([\da-fA-F]+)|0[bB]([01]+)|([1-9]\d*|0))$/.exec(e.replace(/_/g, ""));
    if (int === null) return undefined;
    const value =
        int[2] !== undefined
            ? parseInt(int[2], 8)
            : int[3] !== undefined
              ? parseInt(int[3], 16)
              : int[4] !== undefined
                ? parseInt(int[4], 2)
                : parseInt(int[5], 10);
    return int[1] === "-" ? -value : value;
}

/** Round 88: `text` from `start` split at commas outside strings and brackets, up to `)` (paren) or `;`/end. */
function oneLinerArguments(text: string, start: number, paren: boolean): string[] | undefined {
    const parts: string[] = [];
    let depth = 0;
    let quote: string | undefined;
    let current = "";
    for (let i = start; i < text.length; i++) {
        const ch = text[i];
        if (quote !== undefined) {
            if (ch === "\\") return undefined;
            if (ch === quote) quote = undefined;
            current += ch;
            continue;
        }
        if (ch === "'" || ch === '"' || ch === "`") quote = ch;
        else if (ch === "(" || ch === "[" || ch === "{") depth++;
        else if ((ch === ")" || ch === "]" || ch === "}") && depth > 0) depth--;
        else if (depth === 0 && ((paren && ch === ")") || (!paren && /[;\n)]/.test(ch) && ch !== ")"))) {
            parts.push(current);
            return parts.map(x => x.trim());
        } else if (depth === 0 && ch === ",") {
            parts.push(current);
            current = "";
            continue;
        }
        current += ch;
    }
    if (paren || quote !== undefined || depth !== 0) return undefined;
    parts.push(current);
    return parts.map(x => x.trim());
}

/**
 * Round 88: a one-liner's mode and owner changes (ONE_LINER_MODE_CHANGES) as chmod(1)/chown(1) words of one path
 * each; undefined when one the code mentions (ONE_LINER_MODE_MENTION) is not read: a mode, owner or path the pack
 * cannot compute, a call it does not know (fail closed).
 */
export function oneLinerModeChanges(
    source: string,
    language: OneLinerLanguage,
    cwd: string | undefined,
): string[][] | undefined {
    const text = oneLinerStringsBlanked(source);
    if (text === undefined) return undefined;
    const out: string[][] = [];
    const seen = new Set<number>();
    for (const entry of ONE_LINER_MODE_CHANGES.filter(e => e.language === language))
        for (const m of text.matchAll(entry.call)) {
            const kind = m[1] as "chmod" | "chown";
            const recursive = m[2] === "_R";
            const paren = m.at(-1) === "(";
            seen.add(m.index + m[0].indexOf(kind));
            const args = oneLinerArguments(source, m.index + m[0].length, paren)?.flatMap(a =>
                /^\[[\s\S]*\]$/.test(a) ? (oneLinerArguments(`${a.slice(1, -1)})`, 0, true) ?? [a]) : [a],
            );
            if (args === undefined) return undefined;
            const values = args.map(a => oneLinerLiteral(a, language));
            const taken = kind === "chmod" ? 1 : 2;
            const [given, paths] =
                entry.layout === "first"
                    ? [values.slice(0, taken), values.slice(taken)]
                    : [values.slice(1, 1 + taken), values.slice(0, 1)];
            if (
                paths.length === 0 ||
                paths.some(p => typeof p !== "string" || (!p.startsWith("/") && cwd === undefined))
            )
                return undefined;
            let word: string;
            if (kind === "chmod") {
                const mode = given[0];
                if (typeof mode === "number" && mode >= 0) word = mode.toString(8);
                else if (typeof mode === "string" && language === "node" && /^[0-7]{1,4}$/.test(mode)) word = mode;
                else if (typeof mode === "string" && language === "ruby" && /^[ugoa]*[-+=][rwxXst]*$/.test(mode))
                    word = mode;
                else return undefined;
            } else {
                const id = (v: string | number | null | undefined) =>
                    v === null || v === -1 ? "" : typeof v === "number" && v >= 0 ? String(v) : v;
                const [u, g] = [id(given[0]), id(given[1])];
                if (typeof u !== "string" || typeof g !== "string" || !/^[\w.-]*$/.test(`${u}${g}`)) return undefined;
                if (u === "" && g === "") continue;
                word = g === "" ? u : `${u}:${g}`;
            }
            for (const p of paths as string[])
                out.push([kind, ...(recursive ? ["-R"] : []), word, posix.resolve(cwd ?? "/", p)]);
        }
    for (const m of text.matchAll(ONE_LINER_MODE_MENTION))
        if (![...seen].some(at => at === m.index || at === m.index + 1)) return undefined;
    return out;
}

/**
 * Round 88: a one-liner's literal downloads as the shell's fetch of the same URL into the same file (`curl -o FILE
 * URL`, as round 87's pythonDownloadLines): LWP::Simple docs getstore($url, $file) "Gets a document identified by a URL
 * and stores it in the file", mirror($url, $file) likewise. The shell reader then judges the file as a curl download's
 * (rootReads.ts unverifiedDownloads: an http:// one verifies no server; insmod or bash of it runs what whoever is on
 * the path chose).
 */
function oneLinerDownloads(text: string, language: OneLinerLanguage, cwd: string | undefined): string[][] {
    if (language !== "perl") return [];
    return [...text.matchAll(/(?<![\w$@%&>:])(?:LWP::Simple::)?(?:getstore|mirror)\s*(\(?)/g)].flatMap(m => {
        const args = oneLinerArguments(text, m.index + m[0].length, m[1] === "(");
        const [url, file] = (args ?? []).map(a => oneLinerLiteral(a, language));
        return typeof url === "string" && typeof file === "string" && (file.startsWith("/") || cwd !== undefined)
            ? [["curl", "-o", posix.resolve(cwd ?? "/", file), url]]
            : [];
    });
}

/** Round 88: the code and language of a `perl -e`, `ruby -e` or `node -e|-p` command (one-liner), undefined else. */
function oneLinerCode(words: readonly string[]): { language: OneLinerLanguage; text: string } | undefined {
    const name = interpreterName(posix.basename(words[0] ?? ""));
    if (/^(perl|ruby)/.test(name)) {
        const ruby = /^ruby/.test(name);
        const read = programOptions([name, ...words.slice(1)]);
        const code = read?.values.filter(([o]) => (ruby ? /^-e$/ : /^-[eE]$/).test(o)).map(([, v]) => v) ?? [];
        return code.length === 0 ? undefined : { language: ruby ? "ruby" : "perl", text: code.join("\n") };
    }
    if (!/^node(js)?$/.test(name)) return undefined;
    for (let i = 1; i < words.length; i++) {
        const eq = /^--(?:eval|print)=([\s\S]*)$/.exec(words[i]);
        if (eq) return { language: "node", text: eq[1] };
        if (/^(-e|--eval|-p|--print|-pe)$/.test(words[i]))
            return words[i + 1] === undefined ? undefined : { language: "node", text: words[i + 1] };
        if (!words[i].startsWith("-")) return undefined;
    }
    return undefined;
}

/**
 * Round 88: the commands a root one-liner (`perl -e`, `ruby -e`, `node -e`: oneLinerCode) runs or is, each as the
 * shell line it is, for RootReads.programRuns (one command judgment, as round 86 gave Python's:
 * pythonProgramCommandLines): its literal system/exec commands (literalScriptCommands), its builtin mode and owner
 * changes (oneLinerModeChanges) and downloads (oneLinerDownloads). Undefined for any other command.
 */
export function oneLinerCommandLines(
    words: readonly string[],
    cwd: string | undefined,
): { line: string; cwd: string | undefined }[] | undefined {
    const code = oneLinerCode(words);
    if (code === undefined) return undefined;
    const quoted = (argv: readonly string[]) =>
        argv.map(w => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, "'\\''")}'`)).join(" ");
    const lines: { line: string; cwd: string | undefined }[] = [];
    for (const change of oneLinerModeChanges(code.text, code.language, cwd) ?? [])
        lines.push({ line: quoted(change), cwd: "/" });
    for (const fetch of oneLinerDownloads(code.text, code.language, cwd)) lines.push({ line: quoted(fetch), cwd: "/" });
    if (code.language !== "node")
        for (const argv of literalScriptCommands(code.text, code.language === "ruby") ?? [])
            lines.push({ line: quoted(argv), cwd });
    return lines;
}

/**
 * Round 71: the commands the code of `perl -e`/`-E` or `ruby -e` runs, read as the same code in a script file is
 * (sourcesListeners: literalScriptCommands, each literal command judged as root's own by literalCommandListeners, a
 * command writing a file the node reads as configuration an unread program): perlrun(1) "-e commandline: may be used
 * to enter one line of program. If -e is given, Perl will not look for a filename in the argument list. Multiple -e
 * commands may be given to build up a multi-line script"; ruby(1) "-e command: Specifies script from command-line".
 * Code starting a process any other way (SPAWN_API, SCRIPT_SPAWN_API), or options the pack cannot read, is a program
 * the pack does not read on every address (fail closed). The code's children inherit its standard input (unknown).
 */
function inlineScriptListeners(
    args: readonly string[],
    cwd: string | undefined,
    name: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const ruby = /^ruby/.test(interpreterName(name));
    const server = `${name} ${args.join(" ")}`.trim();
    const unread = (why: string): Listener[] => [{ server, binds: [], serves: { unread: `${server} (${why})` } }];
    const read = programOptions([name, ...args]);
    const option = ruby ? /^-e$/ : /^-[eE]$/;
    if (read === undefined)
        return args.some(w => (ruby ? /^-[A-Za-z]*e/ : /^-[A-Za-z]*[eE]/).test(w)) ? unread("options not read") : [];
    const code = read.values.filter(([o]) => option.test(o)).map(([, v]) => v);
    if (code.length === 0) return [];
    const text = code.join("\n");
    // Round 88: a builtin mode or owner change the pack cannot read (oneLinerModeChanges) may open any path.
    if (oneLinerModeChanges(text, ruby ? "ruby" : "perl", cwd) === undefined)
        return unread("a mode, owner or umask change the pack cannot read");
    const commands = literalScriptCommands(text, ruby);
    const judged =
        commands &&
        literalCommandListeners(
            commands.map(argv => ({ argv, cwd, stdin: "unknown" as const })),
            fileText,
            view,
        );
    if (judged) return judged;
    return SPAWN_API.test(text) || SCRIPT_SPAWN_API.test(text) ? unread("its code starts a process") : [];
}

/**
 * Round 73: interpreters the pack has no reader for, each with the options that only print its version or help and
 * exit. Any other command line runs code user data gives it (an inline option or a script/source operand, or its
 * standard input) that the pack does not read: a program on an address the pack cannot tell, refused as root's
 * (fail closed, as Deno/Bun code the pack does not read is: javascript.ts NODE_UNREAD_CODE). How each takes code:
 * - erl(1) "-eval Expr: Scans, parses, and evaluates an arbitrary expression Expr during system initialization",
 *   `-s Mod [Func [Arg1, ...]]`, `-run`; escript(1) `escript script-name script-arg1 ...`; version: `erl -version`.
 * - elixir(1)/iex(1) "-e, --eval expression: Evaluates the specified expression", `elixir [OPTIONS] file ...`, "-S
 *   script: Runs the specified script", "-v, --version: Displays the Elixir version ... and exits"; `mix run` (and
 *   every mix task: mix.exs is Elixir code).
 * - Rscript(1) `Rscript [options] file [args]`, "-e expr"; R(1) `R -e`/`--file=`/standard input; `--version`.
 * - julia(1) "-e, --eval <expr>", `julia [options] file [args...]`; guile(1) "-c expr", "-s script", "-l file";
 *   racket(1) "-e <exprs>", "-f <file>", `racket file`; sbcl(1) "--eval <form>", "--load <file>", "--script
 *   <file>"; clisp(1) "-x expressions", `clisp file`; runghc/runhaskell(1) `runghc file.hs`; groovy(1) "-e <script>",
 *   `groovy file`; jshell(1) `jshell [options] [load-files]`; pwsh(1) "-Command | -c", "-File | -f",
 *   "-EncodedCommand | -e"; osascript(1) "-e statement", `osascript [programfile]`.
 */
const UNREAD_INTERPRETERS: { names: RegExp; version: RegExp }[] = [
    { names: /^(erl|erlexec|escript)$/, version: /^-(version|help)$/ },
    { names: /^(elixir|iex|mix)$/, version: /^(-v|--version|--short-version|-h|--help)$/ },
    { names: /^(R|Rscript)$/, version: /^(--version|-h|--help)$/ },
    { names: /^julia(-[0-9.]+)?$/, version: /^(-v|--version|-h|--help)$/ },
    { names: /^guile[0-9.]*$/, version: /^(-v|--version|-h|--help)$/ },
    { names: /^racket$/, version: /^(-v|--version|-h|--help)$/ },
    { names: /^(sbcl|clisp)$/, version: /^(--version|--help|-h)$/ },
    { names: /^(runghc|runhaskell|ghci)$/, version: /^(--version|--help|-h)$/ },
    { names: /^(groovy|jshell)$/, version: /^(-v|--version|-h|--help|-version)$/ },
    { names: /^(pwsh|pwsh-preview|powershell)$/, version: /^(-v|-Version|--version|-h|-Help|-\?)$/i },
    { names: /^osascript$/, version: /^$/ },
    // Round 74: dart(1) `dart run [options] <file.dart>` / `dart FILE.dart` ("--version: Print the Dart SDK version");
    // babashka `bb -e EXPR`, `bb FILE` ("-h, --help", "--version"); crystal(1) "run: Compile and run program",
    // "eval", `crystal FILE.cr`, "-v, --version"; swipl(1) `swipl [options] prolog-file ...`, "-g goal", "--version";
    // octave(1) "--eval CODE", `octave FILE.m`, "--version"; gst(1) (GNU Smalltalk), ocaml(1) `ocaml script.ml`
    // ("-version", "-vnum"), gforth(1), scala(1)/scala-cli, clojure(1)/clj ("-M -e", "-M file"), nim(1) `nim r`,
    // zig(1) `zig run`, swift(1) `swift FILE.swift`, raku(1)/rakudo/perl6 ("-e program", `raku file`).
    { names: /^(dart)$/, version: /^(--version|-h|--help)$/ },
    { names: /^(bb|babashka)$/, version: /^(--version|-h|--help)$/ },
    { names: /^(crystal)$/, version: /^(-v|--version|-h|--help|version)$/ },
    { names: /^(swipl|swi-prolog)$/, version: /^(--version|--help|-h)$/ },
    { names: /^(octave|octave-cli)(-[0-9.]+)?$/, version: /^(-v|--version|-h|--help)$/ },
    { names: /^(gst|ocaml|gforth)$/, version: /^(-v|--version|-version|-vnum|-h|--help|-help)$/ },
    { names: /^(scala|scala-cli|clojure|clj)$/, version: /^(-version|--version|-h|--help|-help)$/ },
    { names: /^(nim|zig|swift)$/, version: /^(-v|--version|-version|version|-h|--help|help)$/ },
    { names: /^(raku|rakudo|perl6)$/, version: /^(-v|--version|-h|--help)$/ },
    // Round 75: build tools run the recipes of build files the pack does not read, as root: GNU make manual "Rule
    // Syntax" ("the recipe lines ... are executed by the shell"; -C dir, -f file), ninja(1) (build.ninja's `command`
    // lines), cmake(1) (CMakeLists.txt: execute_process, add_custom_command; `cmake --build` runs the generated build),
    // meson (meson.build run_command, custom_target), scons (SConstruct is Python), bazel, just, waf; what they build
    // is a program the pack does not read either. Fail closed but for their version and help.
    {
        names: /^(make|gmake|bmake|pmake|remake|ninja|samu|cmake|meson|muon|scons|bazel|bazelisk|buck|buck2|just|waf)$/,
        version: /^(-v|--version|-version|-h|--help|-help|-V)$/,
    },
];

/** Every UNREAD_INTERPRETERS program. */
const UNREAD_INTERPRETER_NAMES = new RegExp(UNREAD_INTERPRETERS.map(i => i.names.source).join("|"));

/**
 * Round 87: a build tool run over a git checkout nothing else changed (ScriptView.checkouts) is that checkout's code,
 * judged as a program run from the checkout is (`/opt/ops/install.sh`: by its command line, which names no address;
 * where the checkout came from, rootReads.ts: a fetch that verified no server, a world-writable directory, planted):
 * GNU make "Options Summary" `-C dir` ("Change to directory dir before reading the makefiles"), whose makefile is
 * GNUmakefile, makefile or Makefile there ("What Name to Give Your Makefile"); ninja(1) `-C DIR` (its build.ninja).
 * Only targets and options that choose no other build file or code: no -f/--file, -E/--eval, -I; round 88: a
 * `VAR=value` argument only with a data value (buildVariable: GNU make "Overriding Variables", SHELL=/tmp/sh refused for
 * its value), else it stays a program the pack does not read. Not in a world-writable directory. cmake: cmakeCheckoutBuild.
 */
function checkoutBuild(args: readonly string[], cwd: string | undefined, name: string, view: ScriptView): boolean {
    if (view.checkouts === undefined) return false;
    if (name === "cmake") return cmakeCheckoutBuild(args, cwd, view);
    if (!/^(make|gmake|ninja)$/.test(name)) return false;
    let dir = cwd;
    for (let i = 0; i < args.length; i++) {
        const directory = /^(?:-C(.*)|--directory(?:=(.*))?)$/.exec(args[i]);
        if (directory !== null) {
            const to = directory[1] || directory[2] || args[++i];
            if (to === undefined || dir === undefined || /[$`]/.test(to)) return false;
            dir = posix.resolve(dir, to);
        } else if (/^(-[jlk]|--jobs|--load-average)$/.test(args[i]) && /^\d+(\.\d+)?$/.test(args[i + 1] ?? "")) i++;
        else if (name !== "ninja" && buildVariable(args[i]) !== undefined) {
            if (!buildVariable(args[i])) return false;
        } else if (
            !/^(-[jlk][\d.]*|--(jobs|load-average)(=[\d.]+)?|--keep-going|-[sBwv]|--(silent|quiet|always-make|print-directory|no-print-directory|verbose))$/.test(
                args[i],
            ) &&
            !/^[A-Za-z0-9_][\w.+/-]*$/.test(args[i])
        )
            return false;
    }
    // A checkout in a world-writable directory may have gone into an empty directory another user made there first
    // (git-clone(1): "Cloning into an existing directory is only allowed if the directory is empty"), theirs to change.
    return dir !== undefined && worldWritableRoot(dir) === undefined && view.checkouts.has(dir);
}

/**
 * Round 88: a build variable's argument (`VAR=value`, GNU make "Overriding Variables"; cmake(1) `-D <var>=<value>`):
 * undefined when the word is no assignment; false when its value may choose code from elsewhere: the variables naming
 * makefiles or make's own options (MAKEFILES, MAKEFLAGS, GNUMAKEFLAGS, MAKE, MAKEFILE_LIST: GNU make "The Variable
 * MAKEFILES", "Communicating Options to a Sub-make"), cmake's script hooks (CMAKE_TOOLCHAIN_FILE, CMAKE_PROJECT_*INCLUDE*,
 * CMAKE_USER_MAKE_RULES_OVERRIDE*: cmake-variables(7), files cmake runs as CMake code), a value the pack cannot read
 * (`$`, a backquote, a command substitution) or one naming a path in a world-writable directory (SHELL=/tmp/sh,
 * CC=/dev/shm/cc: rootReads.ts judges those as planted programs too); true for a data value (PREFIX=/usr/local, V=1,
 * DESTDIR=/opt/stage, CMAKE_BUILD_TYPE=Release).
 */
function buildVariable(word: string): boolean | undefined {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?::[A-Z]+)?=([\s\S]*)$/.exec(word);
    if (m === null) return undefined;
    const [, variable, value] = m;
    if (/^(MAKEFILES|MAKEFLAGS|GNUMAKEFLAGS|MFLAGS|MAKE|MAKEFILE_LIST|MAKEOVERRIDES)$/.test(variable)) return false;
    if (/^CMAKE_(TOOLCHAIN_FILE|PROJECT_\w*INCLUDE\w*|USER_MAKE_RULES_OVERRIDE\w*)$/.test(variable)) return false;
    if (/[$`]|SUBSTITUTED/.test(value)) return false;
    const paths = value.match(/(?:^|[\s=:,;])(\/[^\s:,;]*)/g) ?? [];
    return paths.every(p => worldWritableRoot(posix.resolve(p.replace(/^[\s=:,;]/, ""))) === undefined);
}

/**
 * Round 88: cmake(1) over a git checkout nothing else changed (ScriptView.checkouts), as make over it is
 * (checkoutBuild): "Generate a Project Buildsystem" `cmake [<options>] -S <path-to-source> -B <path-to-build>` (or a
 * lone `<path-to-source>`) reads the checkout's CMakeLists.txt; "Build a Project" `cmake --build <dir>` and "Install a
 * Project" `cmake --install <dir>` run what was generated in a build directory at or below the checkout. Only options
 * that read no other code: -G/-A/-T generator choices, -D data variables (buildVariable), --fresh, -W warnings,
 * --target/-t, --config, -j/--parallel, --prefix, --component, --strip, -v/--verbose; no -C initial-cache script, -P
 * script, -E command, --toolchain file, --preset (a CMakePresets file's), nor `--` build-tool arguments.
 */
function cmakeCheckoutBuild(args: readonly string[], cwd: string | undefined, view: ScriptView): boolean {
    return cmakeCheckoutReading(args, cwd, view) !== undefined;
}

/**
 * Round 88: the build tree a cmake generation of an unchanged checkout writes (cmakeCheckoutReading's `-B` directory,
 * the working directory without one: cmake(1) "the current working directory is the build tree"): the checkout's
 * generated code, itself a checkout for a later `cmake --build` (rootWrites.ts view.checkouts). undefined for anything
 * else (a --build/--install run, an option reading other code).
 */
export function cmakeGeneratedTree(words: readonly string[], cwd: string | undefined, view: ScriptView) {
    if (posix.basename(words[0] ?? "") !== "cmake") return undefined;
    const read = cmakeCheckoutReading(words.slice(1), cwd, view);
    return read?.generates;
}

function cmakeCheckoutReading(
    args: readonly string[],
    cwd: string | undefined,
    view: ScriptView,
): { generates?: string } | undefined {
    if (cwd === undefined || view.checkouts === undefined) return undefined;
    const checkouts = view.checkouts;
    const at = (w: string | undefined) =>
        w === undefined || /[$`]|SUBSTITUTED/.test(w) ? undefined : posix.resolve(cwd, w);
    // ScriptView.checkouts.has: at or below an unchanged checkout.
    const inCheckout = (d: string | undefined) =>
        d !== undefined && worldWritableRoot(d) === undefined && checkouts.has(d);
    let source: string | undefined;
    let build: string | undefined;
    let runs: string | undefined;
    const positional: string[] = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const glued = /^(-S|-B)(.+)$/.exec(a);
        if (a === "--build" || a === "--install") runs = at(args[++i]) ?? "";
        else if (a === "-S" || a === "-B" || glued) {
            const value = glued ? glued[2] : args[++i];
            if ((glued?.[1] ?? a) === "-S") source = at(value) ?? "";
            else build = at(value) ?? "";
        } else if (a === "-D") {
            if (!buildVariable(args[++i] ?? "")) return undefined;
        } else if (/^-D./.test(a)) {
            if (!buildVariable(a.slice(2))) return undefined;
        } else if (/^(-G|-A|-T|--target|-t|--config|-j|--parallel|--prefix|--component)$/.test(a)) {
            const value = args[++i] ?? "";
            if (a === "--prefix" && !buildVariable(`PREFIX=${value}`)) return undefined;
        } else if (
            /^(-G.+|--fresh|-W[\w-]*|--target=.+|--config=.+|-j\d*|--parallel(=\d+)?|--strip|-v|--verbose|--clean-first|--log-level=\w+)$/.test(
                a,
            )
        )
            continue;
        else if (a.startsWith("-")) return undefined;
        else positional.push(a);
    }
    if (runs !== undefined)
        return source === undefined && build === undefined && positional.length === 0 && inCheckout(runs)
            ? {}
            : undefined;
    if (positional.length > 1) return undefined;
    const from = source ?? (positional.length === 1 ? at(positional[0]) : undefined);
    // The source is the checkout itself (its CMakeLists.txt); the build tree at or below a root-owned directory.
    const generates = build ?? cwd;
    return from !== undefined &&
        checkouts.has(from) &&
        worldWritableRoot(from) === undefined &&
        generates !== "" &&
        worldWritableRoot(generates) === undefined
        ? { generates }
        : undefined;
}

/**
 * The listener of an UNREAD_INTERPRETERS command: none when it only prints its version or help (every argument one
 * of its version options), else a program the pack does not read, on an address it cannot tell (fail closed).
 */
function unreadInterpreterListeners(
    args: readonly string[],
    cwd: string | undefined,
    name: string,
    _fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const interpreter = UNREAD_INTERPRETERS.find(i => i.names.test(name));
    if (interpreter === undefined || (args.length > 0 && args.every(w => interpreter.version.test(w)))) return [];
    if (checkoutBuild(args, cwd, name, view)) return [];
    const server = `${name} ${args.join(" ")}`.trim();
    return [{ server, binds: [], serves: { unread: `${server} (code in a language the pack does not read)` } }];
}

/**
 * The listeners of source code user data wrote and a SOURCE_RUNNERS command runs, judged as an unread program given
 * an address is (unreadListeners): each string literal that is an address beyond loopback (`":8080"`: Go net/http
 * ListenAndServe, "If the host in the address parameter is empty ... listens on all available unicast and anycast IP
 * addresses", EMPTY_HOST; `"0.0.0.0"`; a node address) makes it a program the pack does not read listening there; a
 * listen or serve API with no loopback address literal listens where the pack cannot tell (every address: fail
 * closed). A source whose every address literal is loopback is a loopback listener (held for the join). A source user
 * data did not write is judged by its command line (unreadListeners, readServers' fail-closed rule).
 */
function sourceRunnerListeners(
    args: readonly string[],
    cwd: string | undefined,
    name: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
    _command?: string,
    given?: { args: readonly string[] | undefined },
): Listener[] {
    const runner = SOURCE_RUNNERS.find(r => r.names.test(name));
    const server = `${name} ${args.join(" ")}`.trim();
    const program = given === undefined ? runnerProgramArguments(name, args) : given.args;
    return sourcesListeners(
        server,
        runner?.sources(args, sourceLookup(cwd, fileText, view)) ?? [],
        cwd,
        fileText,
        view,
        commandLineAddresses(given === undefined ? args : (given.args ?? [])),
        program,
    );
}

/**
 * Round 72: the arguments a source runner hands the program it runs, undefined when the pack cannot tell them:
 * `go run [build flags] [-exec xprog] package [arguments...]` (go help run: the .go files, or one package, then the
 * program's arguments); `cargo run [options] [-- args]` (Cargo book "cargo run": "All the arguments following the two
 * dashes (--) are passed to the binary"; positional words are passed too); `java [options] FILE.java [args]` (JEP 330
 * "source-file mode": "Any arguments placed after the name of the source file ... are passed to the main method").
 */
function runnerProgramArguments(name: string, args: readonly string[]): string[] | undefined {
    if (name === "go" && args[0] === "run") {
        const VALUED =
            /^-(C|o|p|exec|asmflags|buildmode|compiler|covermode|coverpkg|gccgoflags|gcflags|installsuffix|ldflags|mod|modfile|overlay|pgo|pkgdir|tags|toolexec)$/;
        let i = 1;
        for (; i < args.length && args[i].startsWith("-"); i++)
            if (!args[i].includes("=") && VALUED.test(args[i].replace(/^--/, "-"))) i++;
        if (i >= args.length) return undefined;
        if (!args[i].endsWith(".go")) return args.slice(i + 1);
        while (i < args.length && args[i].endsWith(".go")) i++;
        return args.slice(i);
    }
    if (name === "cargo" && args[0] === "run") {
        const VALUED =
            /^(--bin|--example|-p|--package|-F|--features|--target|--target-dir|--manifest-path|--profile|-j|--jobs|--color|--config|-Z|--message-format|--lockfile-path)$/;
        const out: string[] = [];
        for (let i = 1; i < args.length; i++) {
            if (args[i] === "--") return [...out, ...args.slice(i + 1)];
            if (args[i].startsWith("-")) {
                if (!args[i].includes("=") && VALUED.test(args[i])) i++;
            } else out.push(args[i]);
        }
        return out;
    }
    if (name === "java") {
        const at = args.findIndex(w => !w.startsWith("-") && /\.java$/.test(w));
        // The operand is the source file only when no option before it takes a value that could be it.
        return at >= 0 &&
            args
                .slice(0, at)
                .every(
                    w =>
                        w.startsWith("-") &&
                        !/^(-cp|-classpath|--class-path|-p|--module-path|--add-modules|-m|--module|--source|-jar|-d)$/.test(
                            w,
                        ),
                )
            ? args.slice(at + 1)
            : undefined;
    }
    return undefined;
}

/**
 * Round 71: the IP addresses without a port on a command line (an operand, or an option's `=` value): the program's
 * arguments (JEP 330 `java Main.java ARGS`, `go run FILE ARGS`, Cargo book "cargo run": `-- ARGS` "passed to the
 * binary") that its code may hand to a listen call (Java InetAddress.getByName(args[0]), Go net.ParseIP(os.Args[1]));
 * the host:port forms are unreadListeners'. An address is a four-part one (inet_aton(3)'s: 0.0.0.0, 0x7f.0.0.1) or an
 * IPv6 one (`::`, `[::]`); a loopback one binds only loopback. The shorter inet_aton forms (`0`, `127.1`) are not
 * read: they are the spelling of ports and versions (`-X main.version=1.2`) far more often than of an address.
 */
function commandLineAddresses(args: readonly string[]): string[] {
    return args.flatMap(w => {
        const v = w.replace(/^-[^=]*=|^[A-Za-z_]\w*=/, "");
        const bare = v.replace(/^\[(.*)\]$/, "$1");
        const address =
            (/^[^.\s]+(\.[^.\s]+){3}$/.test(bare) && inetAton(bare) !== undefined) ||
            (/:.*:/.test(bare) && inet6Pton(bare));
        return address && !loopbackOnly([bare]) ? [bare] : [];
    });
}

/** Where a command in `cwd` finds the sources it builds or runs (SourceLookup), from what the script wrote (`view`). */
export function sourceLookup(
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): SourceLookup {
    return {
        cwd,
        fileText: (path: string) => fileText?.(path),
        written: [...(view.written?.() ?? [])],
        changedIn: (dir: string) => view.changed.has(`${dir}/`),
        environment: view.environment,
        changedFile: (path: string) => view.changed.has(path),
    };
}

/**
 * Address constants and listen calls of source code naming every address by what they are, not by a literal: Rust
 * std::net Ipv4Addr::UNSPECIFIED/Ipv6Addr::UNSPECIFIED ("An IPv4 address representing an unspecified address:
 * 0.0.0.0"); .NET IPAddress.Any/IPv6Any and KestrelServerOptions.ListenAnyIP ("Listens on all IPs using IPv6 [::], or
 * IPv4 0.0.0.0 if IPv6 is not supported", KestrelConfigurationLoader.AnyIPEndpoint alike); C/POSIX INADDR_ANY, in6addr_any, IN6ADDR_ANY_INIT (ip(7), ipv6(7)); Go
 * net.IPv4zero/IPv6zero/IPv6unspecified, and net.JoinHostPort with an empty host (pkg.go.dev net.Listen: "If the host
 * in the address parameter is empty ... Listen listens on all available unicast and anycast IP addresses"); Java
 * `ServerSocket(port)`/`ServerSocket(port, backlog)` ("bound to the specified port": the wildcard address), a null
 * bindAddr ("If bindAddr is null, it will default accepting connections on any/all local addresses") and
 * `InetSocketAddress(port)` ("the IP address is the wildcard address").
 */
const EVERY_ADDRESS_CONSTANT =
    /\b(Ipv[46]Addr::UNSPECIFIED|IPAddress\s*\.\s*(Any|IPv6Any)|ListenAnyIP|AnyIPEndpoint|INADDR_ANY|in6addr_any|IN6ADDR_ANY_INIT|IPv4zero|IPv6zero|IPv6unspecified)\b|\bJoinHostPort\s*\(\s*""|\bServerSocket\s*\(\s*[^\s,()]+\s*(,\s*[^\s,()]+\s*)?\)|\bServerSocket\s*\([^()]*,[^()]*,\s*null\s*\)|\bInetSocketAddress\s*\(\s*[^\s,()"]+\s*\)/;

/**
 * Loopback constants (and listen calls naming loopback): Rust Ipv4Addr::LOCALHOST ("An IPv4 address with the address
 * pointing to localhost: 127.0.0.1") and Ipv6Addr::LOCALHOST (::1); .NET IPAddress.Loopback/IPv6Loopback and
 * KestrelServerOptions.ListenLocalhost ("Listens on ::1 and 127.0.0.1 with the given port", KestrelConfigurationLoader
 * .LocalhostEndpoint alike); Java
 * InetAddress.getLoopbackAddress() ("Returns the loopback address"); C/POSIX INADDR_LOOPBACK, in6addr_loopback; Go
 * net.IPv6loopback.
 */
const LOOPBACK_CONSTANT =
    /\b(Ipv[46]Addr::LOCALHOST|IPAddress\s*\.\s*(Loopback|IPv6Loopback)|ListenLocalhost|LocalhostEndpoint|INADDR_LOOPBACK|in6addr_loopback|IPv6loopback)\b|\bgetLoopbackAddress\s*\(\s*\)/;

/**
 * Client calls of source code (Go net.Dial*, http.Get/Post/Head; Rust TcpStream::connect; Java `new Socket(host,
 * port)`; Python/C connect, create_connection, urlopen; fetch/requests): an address they are given is the far end they
 * connect to, never where the program listens, so it is no evidence of a loopback listener (a listen call's own
 * address decides).
 */
const CLIENT_CALL =
    /(?<![\w.])(?:\w+\.)*(Dial\w*|Get|Post|Head|PostForm|connect\w*|create_connection|urlopen|fetch|get|post|head|request|Socket|TcpStream::connect|UdpSocket::connect|NewRequest\w*)\s*\(/g;

/** `text` without the argument lists of its client calls (CLIENT_CALL), balanced parentheses. */
function withoutClientCalls(text: string): string {
    let out = "";
    let last = 0;
    for (const m of text.matchAll(CLIENT_CALL)) {
        if (m.index < last) continue;
        let depth = 0;
        let end = m.index + m[0].length - 1;
        for (; end < text.length; end++) {
            if (text[end] === "(") depth++;
            else if (text[end] === ")" && --depth === 0) break;
        }
        out += text.slice(last, m.index);
        last = Math.min(end + 1, text.length);
    }
    return out + text.slice(last);
}

/**
 * An IP address text as Go's net/netip ParseAddr and Rust's std::net FromStr read it, stricter than the resolver
 * (ipAddress): IPv4 only as four decimal fields 0-255 without leading zeros (pkg.go.dev net.ParseIP: "The string s can
 * be in IPv4 dotted decimal ("192.0.2.1"), IPv6 ("2001:db8::68"), or IPv4-mapped IPv6 ("::ffff:192.0.2.1") form"; Go
 * 1.17 release notes: "The ParseIP and ParseCIDR functions now reject IPv4 addresses which contain decimal components
 * with leading zeros"; Rust Ipv4Addr FromStr likewise: "127.1", "0x7f.0.0.1", "127.000.000.001" are errors), IPv6 in
 * RFC 4291's forms (an embedded IPv4 tail read the same strict way), a `%zone` only where `zone` (netip.ParseAddr
 * takes one, net.ParseIP does not). The text, or undefined where the language's parser fails (Go ParseIP: nil).
 */
function strictIpText(text: string, zone: boolean): string | undefined {
    const v4 = (t: string) => /^(0|[1-9]\d{0,2})(\.(0|[1-9]\d{0,2})){3}$/.test(t) && t.split(".").every(p => +p <= 255);
    // Go netip.ParseAddr: the first '.', ':' or '%' decides the form ('%' first: "missing IPv6 address").
    const first = /[.:%]/.exec(text)?.[0];
    if (first === ".") return v4(text) ? text : undefined;
    if (first !== ":") return undefined;
    const at = text.indexOf("%");
    if (at >= 0 && (!zone || at === text.length - 1)) return undefined;
    const address = at >= 0 ? text.slice(0, at) : text;
    const tail = /:([^:]*\.[^:]*)$/.exec(address)?.[1];
    if (tail !== undefined && !v4(tail)) return undefined;
    return inet6Pton(address) === undefined ? undefined : text;
}

/**
 * The IP addresses source code builds from parts rather than spells as a literal, each as the address text it is,
 * undefined where the pack cannot compute it (a variable, a call it does not know); an address Go builds as nil (every
 * address where it is given to a listener) is "0.0.0.0":
 * - Go (pkg.go.dev net, net/netip): a TCPAddr/UDPAddr/IPAddr composite literal's IP (keyed `IP:`, else the first
 *   element), none or nil being every address (ListenTCP: "If the IP field of laddr is nil or an unspecified IP
 *   address, ListenTCP listens on all available unicast and anycast IP addresses"), as a ListenTCP/ListenUDP/ListenIP
 *   given a nil laddr is, and the TCPAddr/UDPAddr net.TCPAddrFromAddrPort/UDPAddrFromAddrPort build from an AddrPort;
 *   net.IPv4(a, b, c, d) ("returns the IP address ... of the IPv4 address a.b.c.d"; Go integer literals, 0177 octal);
 *   a net.IP{a, b, c, d} or []byte{...} composite of 4 or 16 bytes ("An IP is a single IP address, a slice of bytes");
 *   net.ParseIP("...") (Go's own grammar, strictIpText: "If s is not a valid textual representation of an IP address,
 *   ParseIP returns nil"); IP.To4() ("If ip is not an IPv4 address, To4 returns nil") and To16() (the same address);
 *   IPv4zero, IPv6zero, IPv6unspecified (every address) and IPv6loopback (::1); netip.IPv4Unspecified() ("returns the
 *   IPv4 unspecified address "0.0.0.0""), IPv6Unspecified() ("::"), IPv6Loopback() ("::1"), MustParseAddr/ParseAddr
 *   (ParseAddr's zero Addr on error, whose AsSlice is nil), AddrFrom4/AddrFrom16 of byte arrays, AddrPortFrom(ip,
 *   port), MustParseAddrPort/ParseAddrPort ("ip:port", "[ipv6]:port") and Addr.AsSlice/Unmap (the same address).
 * - Rust (std::net): Ipv4Addr::new(a, b, c, d), Ipv6Addr::new(eight segments), a `[u8; 4]`/`[u8; 16]`/`[u16; 8]` array
 *   (or `[v; n]`, the Rust reference "Array expressions": n copies of v) first in a tuple (`SocketAddr::from(([127, 0,
 *   0, 1], port))`: From<[u8; 4]> for IpAddr), Ipv4Addr::from of a `[u8; 4]` ("Creates an Ipv4Addr from a four element
 *   byte array") or a u32 ("Uses Ipv4Addr::from_bits to convert a host byte order u32"), from_bits/from_octets,
 *   Ipv6Addr::from of `[u8; 16]`, `[u16; 8]` or a u128, from_bits/from_octets/from_segments, the LOCALHOST/UNSPECIFIED
 *   constants, IpAddr::V4/V6/from of those, `"LIT".parse::<T>()` of an IpAddr/Ipv4Addr/Ipv6Addr/SocketAddr* type
 *   unwrapped (`.unwrap()`, `.expect(..)`, `?`; FromStr, strictIpText; a text it rejects never binds: unknown), and
 *   the address SocketAddr::from((ip, port)), SocketAddr::new(ip, port), SocketAddrV4/V6::new(ip, ...) and
 *   TcpListener/UdpSocket::bind((ip, port)) are given (a string literal read as the other literals are; anything else
 *   unknown).
 * - .NET (System.Net): `new IPAddress(long)` and `new IPEndPoint(long, port)` by value (MS Learn IPAddress(Int64):
 *   "The long value of the IP address. For example, the value 0x2414188f in big-endian format would be the IP address
 *   "143.24.20.36"": the first octet in the low byte; 0 is 0.0.0.0), `new IPAddress(byte[])` of 4 or 16 literal bytes,
 *   IPAddress.IPv6None ("::", the same value as IPv6Any: every address); IPAddress.Any/IPv6Any/Loopback/IPv6Loopback
 *   are EVERY_ADDRESS_CONSTANT's and LOOPBACK_CONSTANT's.
 * - Java (java.net): InetAddress.getByName(null or "") and getAllByName ("If the host is null or host.length() is
 *   equal to zero, then an InetAddress representing an address of the loopback interface is returned"): loopback;
 *   `new InetSocketAddress(null-address, port)` ("A null address will assign the wildcard address"): every address;
 *   InetAddress.getByAddress([host,] byte[]) of 4 or 16 literal bytes (`(byte) 127`, Kotlin byteArrayOf).
 */
function builtAddresses(code: string, language: "go" | "rust" | "dotnet" | "java"): (string | undefined)[] {
    /** An integer literal of the language (digit separators, Go's 0-octal, Rust's type suffixes, C#'s L/U). */
    const big = (text: string): bigint | undefined => {
        const t = text.trim().replace(/_/g, "");
        const m =
            language === "go"
                ? /^(?:0[xX]([0-9a-fA-F]+)|0[oO]?([0-7]+)|0[bB]([01]+)|([1-9]\d*|0))$/.exec(t)
                : language === "rust"
                  ? /^(?:0x([0-9a-fA-F]+)|0o([0-7]+)|0b([01]+)|(\d+))(?:u8|u16|u32|u64|u128|usize|i32|i64|i128)?$/.exec(
                        t,
                    )
                  : language === "java"
                    ? /^(?:0[xX]([0-9a-fA-F]+)|0([0-7]+)|0[bB]([01]+)|([1-9]\d*|0))[lL]?$/.exec(t)
                    : /^(?:0[xX]([0-9a-fA-F]+)|()0[bB]([01]+)|(\d+))(?:[uU]?[lL]?|[lL][uU])$/.exec(t);
        if (m === null) return undefined;
        return m[1] ? BigInt(`0x${m[1]}`) : m[2] ? BigInt(`0o${m[2]}`) : m[3] ? BigInt(`0b${m[3]}`) : BigInt(m[4]);
    };
    const integer = (text: string, max: number) => {
        const n = big(text);
        return n !== undefined && n <= BigInt(max) ? Number(n) : undefined;
    };
    const v6Text = (groups: number[]) => groups.map(n => n.toString(16)).join(":");
    /** The address of a list of literal parts: four bytes (IPv4), eight 16-bit groups, or sixteen bytes (IPv6). */
    const parts = (args: string[], byte: (a: string) => number | undefined = a => integer(a, 255)) => {
        const v4 = args.length === 4 ? args.map(byte) : [];
        if (v4.length === 4 && v4.every(n => n !== undefined)) return v4.join(".");
        const v6 = args.length === 8 ? args.map(a => integer(a, 0xffff)) : [];
        if (v6.length === 8 && v6.every(n => n !== undefined)) return v6Text(v6 as number[]);
        const bytes = args.length === 16 ? args.map(byte) : [];
        if (bytes.length === 16 && bytes.every(n => n !== undefined))
            return v6Text([0, 1, 2, 3, 4, 5, 6, 7].map(i => bytes[2 * i]! * 256 + bytes[2 * i + 1]!));
        return undefined;
    };
    /** The arguments of the call or composite opened at the end of `head` in `text` when it spans `text` to its end. */
    const whole = (text: string, head: string, close = ")") => {
        const parsed = goCallArguments(text, head.length, close);
        return parsed !== undefined && parsed.end === text.trim().length ? parsed.args : undefined;
    };
    const literal = (text: string) => /^"([^"\\]*)"$/.exec(text.trim())?.[1];
    /** The `ip:port` or `[ipv6]:port` of a socket address text (Go ParseAddrPort, Rust SocketAddr FromStr), its ip. */
    const hostOf = (text: string) => {
        const m = /^(?:\[([^\]]*)\]|([^:[\]]*)):\d+$/.exec(text);
        return m === null ? undefined : strictIpText(m[1] ?? m[2], m[1] !== undefined);
    };
    /** Each call (or composite, `close` "}") matching `head` in the code: its whole text, the parsed end. */
    const calls = function* (head: RegExp, close = ")") {
        for (const m of code.matchAll(head)) {
            const parsed = goCallArguments(code, m.index + m[0].length, close);
            if (parsed !== undefined) yield { m, text: code.slice(m.index, parsed.end), args: parsed.args };
            else yield { m, text: undefined, args: undefined };
        }
    };
    const out: (string | undefined)[] = [];
    if (language === "go") {
        const GO_CALL =
            /^(?:\w+\s*\.\s*)?(IPv4|ParseIP|MustParseAddr|ParseAddr|AddrFrom4|AddrFrom16|IPv4Unspecified|IPv6Unspecified|IPv6Loopback|AddrPortFrom|MustParseAddrPort|ParseAddrPort|TCPAddrFromAddrPort|UDPAddrFromAddrPort)\s*\(/;
        const ip = (expr: string, depth = 0): string | undefined => {
            const e = expr.trim();
            if (depth > 6) return undefined;
            if (e === "nil") return "0.0.0.0";
            // A method giving the same address (To16, AsSlice, Unmap: an IPv4-mapped address is its IPv4 one) or nil
            // (To4 of an IPv6 address).
            const method = /^([\s\S]*\S)\s*\.\s*(To4|To16|AsSlice|Unmap)\s*\(\s*\)$/.exec(e);
            if (method) {
                const address = ip(method[1], depth + 1);
                const parsed = address === undefined ? undefined : ipAddress(address);
                return method[2] !== "To4" || parsed === undefined || "v4" in parsed ? address : "0.0.0.0";
            }
            const v = /^(?:\w+\s*\.\s*)?(IPv4zero|IPv6zero|IPv6unspecified|IPv6loopback)$/.exec(e);
            if (v) return v[1] === "IPv6loopback" ? "::1" : "0.0.0.0";
            // The zero Addr/AddrPort (netip: its AsSlice is nil; TCPAddrFromAddrPort gives no IP).
            if (/^(?:\w+\s*\.\s*)?(Addr|AddrPort)\s*\{\s*\}$/.test(e)) return "0.0.0.0";
            const bytes = /^(?:(?:\w+\s*\.\s*)?IP|\[\d*\]byte)\s*\{/.exec(e);
            const elements = bytes ? whole(e, bytes[0], "}") : undefined;
            if (elements !== undefined) return elements.length === 0 ? "0.0.0.0" : parts(elements);
            const call = GO_CALL.exec(e);
            const args = call ? whole(e, call[0]) : undefined;
            if (call === null || args === undefined) return undefined;
            const text = args.length === 1 ? literal(args[0]) : undefined;
            switch (call[1]) {
                case "IPv4":
                    return parts(args);
                case "IPv4Unspecified":
                    return "0.0.0.0";
                case "IPv6Unspecified":
                    return "::";
                case "IPv6Loopback":
                    return "::1";
                case "ParseIP":
                    return text === undefined ? undefined : (strictIpText(text, false) ?? "0.0.0.0");
                case "ParseAddr":
                    return text === undefined ? undefined : (strictIpText(text, true) ?? "0.0.0.0");
                case "MustParseAddr":
                    return text === undefined ? undefined : strictIpText(text, true);
                case "ParseAddrPort":
                    return text === undefined ? undefined : (hostOf(text) ?? "0.0.0.0");
                case "MustParseAddrPort":
                    return text === undefined ? undefined : hostOf(text);
                case "AddrFrom4":
                case "AddrFrom16":
                    return args.length === 1 ? ip(args[0], depth + 1) : undefined;
                default:
                    return args.length >= 1 ? ip(args[0], depth + 1) : undefined;
            }
        };
        // A composite literal (not a result type: `func f() *net.TCPAddr {`); one whose elements are composites (`[]
        // net.TCPAddr{{...}}`, a map's values) is not read.
        for (const m of code.matchAll(/(?<![\w.])(?<![*)]\s*)(?:\w+\s*\.\s*)?(?:TCPAddr|UDPAddr|IPAddr)\s*\{/g)) {
            const parsed = goCallArguments(code, m.index + m[0].length, "}");
            const elements = parsed?.args;
            if (elements === undefined || elements.some(e => /[{:]/.test(e[0] ?? "") || /^"/.test(e)))
                out.push(undefined);
            else if (elements.some(e => /^\w+\s*:/.test(e))) {
                const field = elements.find(e => /^IP\s*:/.test(e));
                out.push(field === undefined ? "0.0.0.0" : ip(field.replace(/^IP\s*:/, "")));
            } else out.push(elements.length === 0 ? "0.0.0.0" : ip(elements[0]));
        }
        // The TCPAddr/UDPAddr built from an AddrPort is given to a listener: its address, unknown where not computed.
        for (const c of calls(/(?<![\w.])(?:\w+\s*\.\s*)?(?:TCPAddrFromAddrPort|UDPAddrFromAddrPort)\s*\(/g))
            out.push(c.text === undefined ? undefined : ip(c.text));
        // Anywhere else, an address these calls or an IP composite compute, with the methods after them (one they do
        // not compute is judged where it is given).
        const computed = [
            ...calls(
                /(?<![\w.])(?:\w+\s*\.\s*)?(?:IPv4|ParseIP|MustParseAddr|ParseAddr|AddrFrom4|AddrFrom16|IPv4Unspecified|IPv6Unspecified|IPv6Loopback|AddrPortFrom|MustParseAddrPort|ParseAddrPort)\s*\(/g,
            ),
            ...calls(/(?<![\w.\]])(?:\w+\s*\.\s*)?IP\s*\{/g, "}"),
        ];
        for (const c of computed) {
            if (c.text === undefined) continue;
            const after = /^(?:\s*\.\s*(?:To4|To16|AsSlice|Unmap)\s*\(\s*\))*/.exec(
                code.slice(c.m.index + c.text.length),
            )![0];
            const address = ip(c.text + after);
            if (address !== undefined) out.push(address);
        }
        if (/\bListen(?:TCP|UDP|IP|MulticastUDP)\s*\([^(),]*,\s*nil\s*[,)]/.test(code)) out.push("0.0.0.0");
        return out;
    }
    if (language === "dotnet") {
        // The long's bytes, low first, are the octets (IPAddress(Int64); "must be between 0 and 0x00000000FFFFFFFF").
        const long = (text: string) => {
            const n = big(text.replace(/^\(\s*long\s*\)\s*/i, ""));
            return n === undefined || n > 0xffffffffn
                ? undefined
                : [0n, 8n, 16n, 24n].map(s => Number((n >> s) & 0xffn)).join(".");
        };
        const byteArray = (text: string) => {
            const m = /^(?:new\s*(?:byte\s*)?\[\s*\d*\s*\]\s*\{([^{}]*)\}|\[([^[\]]*)\])$/i.exec(text.trim());
            const items =
                m === null ? undefined : (m[1] ?? m[2]).split(",").map(a => a.trim().replace(/^\(\s*byte\s*\)/i, ""));
            return items === undefined ? undefined : parts(items.filter(a => a !== ""));
        };
        for (const c of calls(/(?<![\w.])(?:[Nn]ew\s+)?(?:System\s*\.\s*Net\s*\.\s*)?(IPAddress|IPEndPoint)\s*\(/g)) {
            const first = c.args?.[0];
            if (first === undefined) continue;
            const address = long(first) ?? byteArray(first);
            // A long or a byte array the pack cannot read is unknown; any other argument (an IPAddress) is judged
            // where it is built.
            if (address !== undefined) out.push(address);
            else if (/^(?:\(\s*long\s*\)\s*)?-?[\d_]|^(?:new\s*(?:byte\s*)?\[|\[)/i.test(first)) out.push(undefined);
        }
        if (/\bIPAddress\s*\.\s*IPv6None\b/.test(code)) out.push("::");
        return out;
    }
    if (language === "java") {
        const NULL = /^(?:null|\(\s*(?:java\s*\.\s*net\s*\.\s*)?\w+\s*\)\s*null|null\s+as\s+\w+\??)$/;
        for (const c of calls(/(?<![\w.])(?:\w+\s*\.\s*)?(?:getByName|getAllByName)\s*\(/g))
            if (c.args?.length === 1 && (NULL.test(c.args[0]) || c.args[0] === '""')) out.push("127.0.0.1");
        for (const c of calls(/(?<![\w.])(?:new\s+)?(?:java\s*\.\s*net\s*\.\s*)?InetSocketAddress\s*\(/g))
            if (c.args?.length === 2 && NULL.test(c.args[0])) out.push("0.0.0.0");
        for (const c of calls(/(?<![\w.])(?:\w+\s*\.\s*)?getByAddress\s*\(/g)) {
            const array = c.args?.at(-1);
            const m =
                array === undefined
                    ? null
                    : /^(?:new\s+byte\s*\[\s*\]\s*\{([^{}]*)\}|byteArrayOf\s*\(([^()]*)\))$/.exec(array.trim());
            const byte = (a: string) => {
                const cast = /^\(\s*byte\s*\)\s*(-?)\s*(.*)$|^(-?)\s*(.*?)(?:\s*\.\s*toByte\s*\(\s*\))?$/.exec(
                    a.trim(),
                );
                const n = cast === null ? undefined : integer(cast[2] ?? cast[4], 0xffff);
                return n === undefined ? undefined : ((((cast![1] ?? cast![3]) === "-" ? -n : n) % 256) + 256) % 256;
            };
            out.push(
                m === null
                    ? undefined
                    : parts(
                          (m[1] ?? m[2])
                              .split(",")
                              .map(a => a.trim())
                              .filter(a => a !== ""),
                          byte,
                      ),
            );
        }
        return out;
    }
    const ip = (expr: string, depth = 0): string | undefined => {
        const e = expr.trim().replace(/\s*\.\s*into\s*\(\s*\)$/, "");
        if (depth > 4) return undefined;
        const repeat = /^\[([^;[\]]+);\s*(\d+)\s*\]$/.exec(e);
        if (repeat) return Number(repeat[2]) > 16 ? undefined : parts(Array<string>(Number(repeat[2])).fill(repeat[1]));
        if (/^\[[^[\]]*\]$/.test(e))
            return parts(
                e
                    .slice(1, -1)
                    .split(",")
                    .map(a => a.trim())
                    .filter(a => a !== ""),
            );
        const constant = /^(?:(?:::)?std::net::)?(Ipv4Addr|Ipv6Addr)::(LOCALHOST|UNSPECIFIED)$/.exec(e);
        if (constant)
            return constant[2] === "UNSPECIFIED" ? "0.0.0.0" : constant[1] === "Ipv4Addr" ? "127.0.0.1" : "::1";
        // A literal parsed (FromStr) and unwrapped: its address; a text the type rejects panics or returns: unknown.
        const parse =
            /^"([^"\\]*)"\s*\.\s*parse\s*(?:::\s*<\s*(?:(?:::)?std::net::)?(\w+)\s*>\s*)?\(\s*\)\s*(?:\?|\.\s*unwrap\s*\(\s*\)|\.\s*expect\s*\(\s*"[^"\\]*"\s*\))$/.exec(
                e,
            );
        if (parse) {
            const type = parse[2];
            if (type !== undefined && /^SocketAddr(V4|V6)?$/.test(type)) return hostOf(parse[1]);
            if (type !== undefined && !/^(IpAddr|Ipv4Addr|Ipv6Addr)$/.test(type)) return undefined;
            return strictIpText(parse[1], false) ?? (type === undefined ? hostOf(parse[1]) : undefined);
        }
        const call =
            /^(?:(?:::)?std::net::)?(Ipv4Addr::new|Ipv6Addr::new|IpAddr::V4|IpAddr::V6|IpAddr::from|(Ipv4Addr|Ipv6Addr)::(from|from_bits|from_octets|from_segments))\s*\(/.exec(
                e,
            );
        const args = call ? whole(e, call[0]) : undefined;
        if (call === null || args === undefined) return literal(e);
        if (call[1].endsWith("::new")) return parts(args);
        if (args.length !== 1) return undefined;
        if (call[2] !== undefined) {
            // Ipv4Addr::from(u32)/from_bits: the host byte order value; Ipv6Addr::from(u128)/from_bits likewise.
            const n = big(args[0]);
            if (n !== undefined) {
                if (call[3] === "from_octets" || call[3] === "from_segments") return undefined;
                if (call[2] === "Ipv4Addr")
                    return n > 0xffffffffn
                        ? undefined
                        : [24n, 16n, 8n, 0n].map(s => Number((n >> s) & 0xffn)).join(".");
                return n >> 128n !== 0n
                    ? undefined
                    : v6Text([112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map(s => Number((n >> s) & 0xffffn)));
            }
            if (call[3] === "from_bits" || !/^\[/.test(args[0])) return undefined;
            const address = ip(args[0], depth + 1);
            // From<[u8; 4]> for Ipv4Addr only; Ipv6Addr from [u8; 16] or [u16; 8].
            return address !== undefined && address.includes(":") === (call[2] === "Ipv6Addr") ? address : undefined;
        }
        return ip(args[0], depth + 1);
    };
    /** The first element of a tuple argument `(ip, port)`. */
    const first = (tuple: string | undefined) =>
        tuple !== undefined && tuple.startsWith("(") ? whole(tuple, "(")?.[0] : undefined;
    // An array first in a tuple is an address (`([0, 0, 0, 0], 8081)`); Ipv4Addr/Ipv6Addr built anywhere.
    for (const m of code.matchAll(/\(\s*(\[[^[\]]*\])\s*,/g)) out.push(ip(m[1]));
    for (const c of calls(
        /(?<![\w:])(?:(?:::)?std::net::)?(?:Ipv4Addr|Ipv6Addr)::(?:new|from|from_bits|from_octets|from_segments)\s*\(/g,
    )) {
        const address = c.text === undefined ? undefined : ip(c.text);
        if (address !== undefined) out.push(address);
    }
    // The address a socket address or a bind is given: SocketAddr::from((ip, port)) (a non-tuple: unknown), the first
    // argument of SocketAddr::new/SocketAddrV4::new/SocketAddrV6::new, a bind's tuple (a bind of a string or a name is
    // judged by the source's literals; of a parsed literal, by its address).
    for (const m of code.matchAll(
        /(?<![\w:])(?:\w+::)*(SocketAddr::from|SocketAddr::new|SocketAddrV4::new|SocketAddrV6::new|TcpListener::bind|UdpSocket::bind)\s*\(/g,
    )) {
        const args = goCallArguments(code, m.index + m[0].length)?.args;
        if (args === undefined || args.length === 0) out.push(undefined);
        else if (!/::(from|bind)$/.test(m[1])) out.push(ip(args[0]));
        else if (args.length === 1 && args[0].startsWith("(")) out.push(ip(first(args[0]) ?? "[]"));
        else if (m[1] === "SocketAddr::from" || args.length !== 1) out.push(undefined);
        else if (/^"[^"\\]*"\s*\.\s*parse\b/.test(args[0])) out.push(ip(args[0]));
    }
    return out;
}

/**
 * Round 71: whether a Go source listens where the pack cannot tell: a listen call whose own address argument is not
 * an address it can compute. The address is the call's (pkg.go.dev net: `Listen(network, address)`, ListenTCP/
 * ListenUDP/ListenPacket's last, ListenConfig.Listen(ctx, network, address); net/http `ListenAndServe(addr, handler)`,
 * ListenAndServeTLS's first, `http.Server{Addr: ...}`; "If the host in the address parameter is empty ... Listen
 * listens on all available unicast and anycast IP addresses"): a string literal, a number, a name bound once in the
 * file (`:=`, `=`, var, const) to such a value, or an expression of those and the net package's address constructors
 * (net.IPv4, net.ParseIP, net.TCPAddr/UDPAddr fields, net.JoinHostPort, fmt.Sprintf, strconv.Itoa; round 71: the net.IP
 * and byte-array composites and the net/netip constructors builtAddresses computes). Anything else (the
 * environment, os.Args, flags, a field, a name bound twice or as a parameter) may be every address; a loopback literal
 * elsewhere in the source (a client's upstream) does not say where this call listens.
 */
/**
 * Round 72: whether a listen call of a Go, Rust, .NET or JVM source listens where the pack cannot tell: ONE reader of
 * "a listen call's own address, given the program's arguments", with a part per language (goListenAddressUnknown,
 * sourceListenAddressUnknown) that computes the address argument. `program.args` are the arguments the program is run
 * with (runnerProgramArguments: `go run PKG ARGS`, `cargo run -- ARGS`, `java Main.java ARGS`; a built binary's own
 * command line, builtPrograms), undefined when the pack cannot tell them. When they are known and each is harmless to
 * a listen call (a loopback address or host:port by loopbackOnly, or an option word; an option's `=` value likewise),
 * whatever the program takes from its argv is loopback or no address: Go's os.Args and flag values (pkg.go.dev flag:
 * a flag's value is its default unless "-flag=x"/"-flag x" is on the command line), Rust std::env::args ("The first
 * element is traditionally the path of the executable"), Java's and .NET's main parameter (JEP 330: the arguments
 * after the source file are passed to main). Anything else keeps the argv-held address unknown.
 */
function listenAddressUnknown(
    code: string,
    language: "go" | "rust" | "dotnet" | "jvm",
    program: { args?: readonly string[]; stdFlag?: GoStdFlags },
): boolean {
    // Java's and .NET's main reads a[0] unguarded as often as guarded: with no argument the pack does not follow
    // which (an exception, or the default), so their argv counts only when the command line gives one.
    const harmlessWords = (words: readonly string[] | undefined) =>
        words !== undefined &&
        (language === "go" || language === "rust" || words.length > 0) &&
        words.every(w => {
            const value = w.startsWith("-") ? (w.includes("=") ? w.slice(w.indexOf("=") + 1) : undefined) : w;
            return value === undefined || loopbackOnly([value]);
        });
    const harmless = harmlessWords(program.args);
    if (language !== "go") return sourceListenAddressUnknown(code, language, harmless);
    // Round 73: Go's flag package reads flags only up to its terminator (pkg.go.dev flag: "Flag parsing stops just
    // before the first non-flag argument ("-" is a non-flag argument) or after the terminator "--""): what follows is
    // flag.Args(), never a flag's value. A `--` right after a flag word without `=` may be that flag's value
    // ("-flag x" form), so only a `--` first or after any other word ends the flags; os.Args holds every word.
    // Round 75: with the standard flag package's parse known (goStdParse), each flag is judged by its own value: a
    // listen address from flag "addr" is loopback when addr's last value is (or it has none: its default, read as a
    // literal); another flag's value (a -tag word) is no address of that call.
    const parsed = program.args && program.stdFlag && goStdParse(program.args, program.stdFlag);
    const flagsLoopback = harmlessWords(program.args && goFlagWords(program.args, program.stdFlag));
    const flagLoopback = (name: string | undefined) => {
        if (parsed === undefined || name === undefined) return flagsLoopback;
        const value = parsed.find(w => w.startsWith(`-${name}=`));
        return value === undefined || loopbackOnly([value.slice(name.length + 2)]);
    };
    return goListenAddressUnknown(code, flagLoopback, harmless);
}

/**
 * Round 73: the words of a Go program's argv its flag package reads (listenAddressUnknown): those before its
 * terminator `--`, counted only when it is first or follows a word that cannot take it as a value.
 */
function goFlagWords(args: readonly string[], stdFlag?: GoStdFlags, withSkipped = false): readonly string[] {
    // Round 77: a flag set parsing another slice than os.Args[1:] (flag.CommandLine.Parse(os.Args[N:]), a NewFlagSet's
    // Parse) reads the words from os.Args[N] on (pkg.go.dev flag (*FlagSet).Parse: "Parse parses flag definitions
    // from the argument list, which should not include the command name"): the N-1 words before are skipped (kept
    // when `withSkipped`: the program may read them itself). When the slice is not known (a variable, several
    // different slices), every word may be a flag or its value: read as by an unknown parser (fail closed). Round 78:
    // the standard package's own flag syntax ("-flag", "-flag=x", "-flag x") has no value glued into a flag word
    // (pflag's shorthands), so each word, as it stands, is all that may be a value.
    if (stdFlag !== undefined && !stdFlag.exact) {
        if (stdFlag.skip === undefined) return args;
        const rest = goSliceFlagWords(args.slice(stdFlag.skip), stdFlag);
        return withSkipped ? [...args.slice(0, stdFlag.skip), ...rest] : rest;
    }
    return goSliceFlagWords(args, stdFlag);
}

/** goFlagWords of the words one flag set parses. */
function goSliceFlagWords(args: readonly string[], stdFlag?: GoStdFlags): readonly string[] {
    // Round 75: every flag word's kind known from the program's definitions: the flag package's own parse, exactly.
    const parsed = stdFlag === undefined ? undefined : goStdParse(args, stdFlag);
    if (parsed !== undefined) return parsed;
    // A word that may be the value of the flag word before it ("-flag x" form: a non-boolean flag takes the next word)
    // ends nothing: the pack does not tell which flags are boolean, so it keeps reading (fail closed).
    const valueOfFlag = (i: number) => i > 0 && /^--?[^-=][^=]*$/.test(args[i - 1]);
    // Round 74: with the standard flag package alone (goStdFlags), parsing also stops at the first non-flag word, a
    // lone `-` among them (pkg.go.dev flag: "Flag parsing stops just before the first non-flag argument ("-" is a
    // non-flag argument) or after the terminator "--""). Other parsers (spf13/pflag: "flags may be interspersed with
    // arguments") read on, so only `--` ends theirs.
    const stop = args.findIndex(
        (w, i) => (w === "--" || (stdFlag !== undefined && (!w.startsWith("-") || w === "-"))) && !valueOfFlag(i),
    );
    const words = stop < 0 ? args : args.slice(0, stop);
    // Round 75: other parsers (spf13/pflag README: "-abc" shorthands combined, a shorthand's value glued after it,
    // `-n1234`, or after `=`) may read a single-dash word's tail as a value: each tail is judged as one (fail closed).
    if (stdFlag === undefined)
        return words.flatMap(w =>
            /^-[^-]./s.test(w) ? [w, ...[...w.slice(2)].map((_, k) => `-=${w.slice(2 + k).replace(/^=/, "")}`)] : [w],
        );
    // Round 74: each occurrence of a flag calls its Value's Set (pkg.go.dev flag: FlagSet.Set, "Set sets the value of
    // the named flag"), and a String/Int/... flag's Set replaces the value: the last occurrence is the value the
    // program gets (goStdFlags admits no flag.Var/Func, whose Set may accumulate). An earlier "-flag=x" word is
    // dropped; an earlier "-flag" before a separate value word drops that word too when the code defines the flag
    // as one taking a value (GoStdFlags.valued), else only the flag word (the flag may be boolean, and the word an
    // operand: kept and judged).
    const name = (w: string) => /^--?([^-=][^=]*)/.exec(w)?.[1];
    const overridden = (i: number) => {
        const n = words[i].startsWith("-") && !valueOfFlag(i) ? name(words[i]) : undefined;
        return n !== undefined && words.some((v, j) => j > i && !valueOfFlag(j) && name(v) === n);
    };
    return words.filter(
        (w, i) =>
            !overridden(i) && !(valueOfFlag(i) && overridden(i - 1) && stdFlag.valued.has(name(words[i - 1]) ?? "")),
    );
}

/**
 * Round 74: a Go program's standard flag package flags (goStdFlags): the names of those that take a value; round 75:
 * the names of its boolean flags, and whether the package's own flag set (flag.CommandLine, set by flag.Parse) is the
 * only one (`exact`: no flag.NewFlagSet, no flag.CommandLine handed elsewhere), so goStdParse may parse as it does.
 */
interface GoStdFlags {
    valued: ReadonlySet<string>;
    bools: ReadonlySet<string>;
    exact: boolean;
    /** Round 77: not exact: the argv words before the parsed slice (os.Args[N:]: N-1), undefined when not known. */
    skip?: number;
}

/**
 * Round 75: the flag words of a Go program's argv as the standard flag package parses them (pkg.go.dev flag, "Command
 * line flag syntax": "-flag", "--flag", "-flag=x", "-flag x // only non-boolean flags"; "Flag parsing stops just
 * before the first non-flag argument ("-" is a non-flag argument) or after the terminator "--""; FlagSet.parseOne:
 * a name starting with "-" or "=" is "bad flag syntax", an undefined one "flag provided but not defined"), when every
 * flag word names a flag the program defines once, of a known kind (goStdFlags): a boolean flag takes no separate
 * word, a non-boolean one takes the next word whatever it is. The result: each boolean flag word (`-name`, no value)
 * and each non-boolean flag's last value (`-name=value`, Set replaces: the last occurrence wins). Undefined when a
 * word is not so known (a flag the pack cannot find, bad syntax, a missing value): goFlagWords reads on, fail closed.
 */
function goStdParse(args: readonly string[], flags: GoStdFlags): string[] | undefined {
    if (!flags.exact) return undefined;
    const bools: string[] = [];
    const values = new Map<string, string>();
    for (let i = 0; i < args.length;) {
        const word = args[i];
        if (word.length < 2 || !word.startsWith("-") || word === "--") break;
        const body = word.slice(word.startsWith("--") ? 2 : 1);
        if (body === "" || /^[-=]/.test(body)) return undefined;
        i++;
        const eq = body.indexOf("=");
        const name = eq < 0 ? body : body.slice(0, eq);
        const bool = flags.bools.has(name);
        const valued = flags.valued.has(name);
        if (bool === valued) return undefined;
        if (bool) bools.push(`-${name}`);
        else if (eq >= 0) values.set(name, body.slice(eq + 1));
        else if (i < args.length) values.set(name, args[i++]);
        else return undefined;
    }
    return [...new Set(bools), ...[...values].map(([name, value]) => `-${name}=${value}`)];
}

/**
 * Round 74: whether a Go program's flags are the standard flag package's alone, so goFlagWords may read them by its
 * rules: every import of every source is the standard library's (a path whose first element has no dot: go help
 * importpath, "Import path checking"/module paths: a standard package's first element has no dot), none is a flag
 * parser of a module (spf13/pflag, cobra, urfave/cli ...), and no flag.Var/Func/BoolFunc/TextVar defines a flag
 * whose Set may accumulate values.
 */
function goStdFlags(texts: readonly string[]): GoStdFlags | undefined {
    const std = texts.every(text => {
        const code = withoutComments(text);
        // Round 75: flag.Var/Func/BoolFunc/TextVar are kinds goStdParse knows (below); one called on another value (a
        // FlagSet the pack does not follow), or a Value with IsBoolFlag (pkg.go.dev flag Value: "If a Value has an
        // IsBoolFlag() bool method returning true, the command-line parser makes -name equivalent to -name=true
        // rather than using the next command-line argument"), is not.
        if (/(?<!\bflag\.)\b(Var|Func|BoolFunc|TextVar)\s*\(|\bIsBoolFlag\b/.test(code)) return false;
        const imports = [...code.matchAll(/\bimport\s*(?:\(([^)]*)\)|([\w.]*\s*"[^"]*"))/g)].flatMap(m =>
            [...(m[1] ?? m[2]).matchAll(/"([^"]*)"/g)].map(q => q[1]),
        );
        return imports.every(p => !p.split("/")[0].includes("."));
    });
    // pkg.go.dev flag: String/Int/Int64/Uint/Uint64/Float64/Duration (and their Var forms) define flags taking a
    // value ("-flag x" reads the next word); Bool's "-flag x" does not. Round 75: so do Func ("Each time the flag is
    // seen, fn is called with the value of the flag"), TextVar and Var (a Value without IsBoolFlag, above: "-flag x
    // // only non-boolean flags"); BoolFunc ("like Func but the flag does not require a value") is boolean.
    const valued = texts.flatMap(text => [
        ...withoutComments(text).matchAll(
            /\bflag\.(?:(?:String|Int|Int64|Uint|Uint64|Float64|Duration)(?:Var)?|Func|TextVar|Var)\s*\(\s*(?:[^,()"]+,\s*)?"([^"]+)"/g,
        ),
    ]);
    const bools = texts.flatMap(text => [
        ...withoutComments(text).matchAll(/\bflag\.Bool(?:Var|Func)?\s*\(\s*(?:[^,()"]+,\s*)?"([^"]+)"/g),
    ]);
    // Another flag set (flag.NewFlagSet, flag.CommandLine replaced or handed on) may parse the argv with other flags.
    const exact = texts.every(text => !/\b(NewFlagSet|CommandLine)\b/.test(withoutComments(text)));
    // Round 78: every parse reads os.Args (pkg.go.dev flag: "Parse parses the command-line flags from os.Args[1:]"),
    // an ordinary []string the program may rewrite first: then which words are parsed is not known (fail closed).
    const rewritten = texts.some(text => goOsArgsWrites(withoutComments(text)).length > 0);
    return std
        ? {
              valued: new Set(valued.map(m => m[1])),
              bools: new Set(bools.map(m => m[1])),
              exact: exact && !rewritten,
              skip: rewritten ? undefined : exact ? 0 : goParsedSlice(texts.map(withoutComments)),
          }
        : undefined;
}

/**
 * Round 78: the statements (lines) of Go code that may change os.Args (pkg.go.dev os: "Args hold the command-line
 * arguments, starting with the program name": a package variable of type []string) before a flag set parses it:
 * os.Args (or an element or a slice of it) assigned (`os.Args = os.Args[1:]`, `os.Args[1] = ...`, `x, os.Args = ...`,
 * `os.Args[0] += ...`), its address taken, or its backing array written through append/copy (append(os.Args[:1], ...)
 * writes into it when it has room: the Go spec, "Appending to and copying slices") or a slices/sort function; a name
 * bound to os.Args or a slice of it shares its backing array (the Go spec, "Slice types"): its element writes count.
 */
function goOsArgsWrites(code: string): string[] {
    const aliases = [
        ...code.matchAll(/(?<![\w.])(\w+)\s*:?=\s*os\.Args\s*(?:\[[^\]\n]*:[^\]\n]*\])?\s*(?=$|[;)}])/gm),
    ].map(m => m[1]);
    const names = [...aliases, String.raw`os\.Args`].join("|");
    const index = String.raw`\s*(?:\[[^\]\n]*\]\s*)`;
    const shared = String.raw`(?:${names})${index}*`;
    const target = String.raw`(?:os\.Args${index}*|(?:${names})${index}+)`;
    const operand = String.raw`(?:[\w.]+${index}*)`;
    const assigned = String.raw`(?:\s*,\s*${operand})*(?:[-+*/%|^]|&\^?|<<|>>)?=(?!=)`;
    const writes = [
        new RegExp(String.raw`(?<![\w.])${target}${assigned}`),
        new RegExp(String.raw`(?<![\w.])${operand}(?:,\s*${operand})*,\s*${target}(?:,\s*${operand})*=(?!=)`),
        new RegExp(String.raw`(?<![&\w.])&\s*${shared}`),
        new RegExp(String.raw`\b(?:append|copy|(?:sort|slices)\.\w+)\s*\(\s*${shared}(?![\w.])`),
    ];
    return code.split(/[\n;]/).filter(line => writes.some(w => w.test(line)));
}

/**
 * Round 78: whether a write to os.Args (goOsArgsWrites) may put other words than the command line's in it: a
 * statement that is more than os.Args's own words rearranged (os.Args = os.Args[1:], append(os.Args[:1],
 * os.Args[2:]...)): a literal, another value, a function of them. Then a flag's value may come from the code, not
 * the command line (fail closed: unknown).
 */
function goOsArgsGetsOtherWords(writes: readonly string[]): boolean {
    return writes.some(line => line.replace(/\bos\.Args\b|\bappend\b|\.\.\.|[\s()[\]:,=]|\b\d+\b/g, "") !== "");
}

/**
 * Round 80: whether a Go program's flag set parses words that are not its command line's: flag.CommandLine's or a
 * flag.NewFlagSet's (or a *flag.FlagSet's) Parse given anything but os.Args[N:] (pkg.go.dev flag (*FlagSet).Parse:
 * "Parse parses flag definitions from the argument list", whatever list it is given: strings.Fields(os.Getenv(..)), a
 * file's words, a literal). Then the argv says nothing about the flags' values (fail closed: unknown).
 */
function goParsesOtherWords(code: string): boolean {
    const sets = [
        ...code.matchAll(/(?:^|[^\w.])(\w+)\s*:?=\s*flag\.NewFlagSet\b/gm),
        ...code.matchAll(/(?:^|[^\w.])(\w+)\s+\*?\s*flag\.FlagSet\b/gm),
    ].map(m => m[1]);
    const receivers = ["flag\\.CommandLine", ...new Set(sets)].join("|");
    return [...code.matchAll(new RegExp(`(?<![\\w.])(?:${receivers})\\s*\\.\\s*Parse\\s*\\(`, "g"))].some(m => {
        const call = goCallArguments(code, m.index + m[0].length);
        return call === undefined || call.args.length !== 1 || !/^os\.Args\s*\[\s*\d+\s*:\s*\]$/.test(call.args[0]);
    });
}

/**
 * Round 77: the argv words a program's flag sets skip before the words they parse (goFlagWords), when every parse is
 * known: flag.Parse() (pkg.go.dev flag: "Parse parses the command-line flags from os.Args[1:]": none skipped) or
 * flag.CommandLine.Parse / FS.Parse (FS assigned from flag.NewFlagSet) of os.Args[N:] with a literal N (N-1 skipped),
 * all the same. Undefined (not known) when a flag set is held elsewhere (a *flag.FlagSet parameter or field, a
 * NewFlagSet not assigned to a name), one parses another slice, the parses differ, or none is seen.
 */
function goParsedSlice(codes: readonly string[]): number | undefined {
    const code = codes.join("\n");
    if (/\bflag\.FlagSet\b/.test(code)) return undefined;
    const sets = [...code.matchAll(/(?:^|[^\w.])(\w+)\s*:?=\s*flag\.NewFlagSet\b/gm)].map(m => m[1]);
    if ((code.match(/\bNewFlagSet\b/g) ?? []).length !== sets.length) return undefined;
    const receivers = ["flag\\.CommandLine", ...new Set(sets)].join("|");
    const skips = new Set<number | undefined>();
    for (const m of code.matchAll(
        new RegExp(`(?<![\\w.])(${receivers}|flag)\\s*\\.\\s*Parse\\s*\\(([^()]*)\\)`, "g"),
    )) {
        const arg = m[2].trim();
        const slice = /^os\.Args\s*\[\s*(\d+)\s*:\s*\]$/.exec(arg);
        skips.add(m[1] === "flag" ? (arg === "" ? 0 : undefined) : slice ? Number(slice[1]) - 1 : undefined);
    }
    const [only] = skips;
    return skips.size === 1 && only !== undefined && only >= 0 ? only : undefined;
}

/** Round 71 (round 72: listenAddressUnknown's Go part): a Go listen call's own address; see below. */
function goListenAddressUnknown(
    code: string,
    flagLoopback: (name: string | undefined) => boolean,
    argvLoopback: boolean,
): boolean {
    // netip's constructors and parsers of a literal (pkg.go.dev net/netip MustParseAddrPort, ParseAddr...: the string
    // is the address, judged as a literal is; builtAddresses computes each) and net's conversions of them
    // (TCPAddrFromAddrPort); with no program arguments (`go run main.go` alone), a flag's value is its default
    // (pkg.go.dev flag: "String defines a string flag with specified name, default value, and usage string"; only
    // "-flag=x" on the command line sets it).
    // Round 75: `flag` is the standard flag package or spf13/pflag (pflag README: `import flag "github.com/spf13/pflag"`;
    // its String/StringP define a flag whose value is the default or the command line's), not a package that also
    // reads values from elsewhere (the environment, a file).
    const imports = [...code.matchAll(/\bimport\s*(?:\(([^)]*)\)|([\w.]*\s*"[^"]*"))/g)]
        .map(m => m[1] ?? m[2])
        .join("\n");
    const flagPackage =
        /(?:^|\s)"flag"/.test(imports) || /(?:^|\s)flag\s+"github\.com\/spf13\/pflag"/.test(imports)
            ? !/(?:^|\s)flag\s+"(?!github\.com\/spf13\/pflag")[^"]*"/.test(imports)
            : false;
    const KNOWN = new RegExp(
        String.raw`^(net\.(IPv4|ParseIP|IPv4zero|IPv6zero|IPv6unspecified|IPv6loopback|TCPAddr|UDPAddr|JoinHostPort|IP|TCPAddrFromAddrPort|UDPAddrFromAddrPort)|netip\.(IPv4Unspecified|IPv6Unspecified|IPv6Loopback|MustParseAddr|ParseAddr|AddrFrom4|AddrFrom16|AddrPortFrom|MustParseAddrPort|ParseAddrPort)|fmt\.Sprintf|strconv\.Itoa|nil|byte${flagPackage ? String.raw`|flag\.(String|Int|Uint)P?` : ""}${argvLoopback ? String.raw`|os\.Args` : ""})$`,
    );
    const args = (at: number) => {
        let depth = 0;
        let start = at;
        const out: string[] = [];
        for (let i = at; i < code.length; i++) {
            const ch = code[i];
            if (ch === '"' || ch === "`") {
                const end = code.indexOf(ch, i + 1);
                if (end < 0) return undefined;
                if (ch === '"') for (let j = i + 1; j < end; j++) if (code[j] === "\\") return undefined;
                i = end;
            } else if ("([{".includes(ch)) depth++;
            else if (")]}".includes(ch) && --depth === 0) {
                out.push(code.slice(start + 1, i).trim());
                return out.filter(a => a !== "");
            } else if (ch === "," && depth === 1) {
                out.push(code.slice(start + 1, i).trim());
                start = i;
            }
        }
        return undefined;
    };
    const known = (expr: string, depth = 0): boolean => {
        const e = expr.trim().replace(/^&/, "");
        if (depth > 6) return false;
        if (/^"[^"\\\n]*"$|^`[^`]*`$|^\d+$/.test(e)) return true;
        if (/^[A-Za-z_]\w*$/.test(e)) {
            if (KNOWN.test(e)) return true;
            const n = e;
            // Bound in a list (`a, NAME :=`), as a parameter or a range variable: not read.
            if (
                new RegExp(
                    `(?<![\\w.])${n}\\s*,[^\\n=]*:?=(?!=)|,\\s*${n}\\s*(,[^\\n=]*)?:?=(?!=)|\\brange\\b[^\\n]*\\b${n}\\b`,
                ).test(code) ||
                new RegExp(`\\bfunc\\b[^\\n{]*\\([^)]*(?<![\\w.])${n}\\s+[\\w.*[\\]]+`).test(code)
            )
                return false;
            const bound = [
                ...code.matchAll(
                    new RegExp(`(?<![\\w.])${n}(?:[ \\t]+[\\w.*[\\]]+)?[ \\t]*(?::=|=(?!=))[ \\t]*([^\\n;]*)`, "g"),
                ),
            ];
            return bound.length === 1 && bound[0][1].trim() !== e && known(bound[0][1], depth + 1);
        }
        // A flag's value (goStdParse): the flag named by a literal judged by its own value, any other by all flags'.
        for (const f of e.matchAll(/\bflag\.(?:String|Int|Uint)P?\b(\s*\(\s*"([^"\\\n]*)")?/g))
            if (!flagLoopback(f[2])) return false;
        // An expression: its names (outside literals, composite keys aside) each known.
        const bare = e.replace(/"[^"\\\n]*"|`[^`]*`/g, '""').replace(/\b\w+\s*:(?!=)/g, "");
        if (/[^\w\s.&(){},:"+\-*[\]]/.test(bare)) return false;
        return [...bare.matchAll(/(?<![\w.])[A-Za-z_][\w.]*/g)].every(m =>
            m[0].includes(".") ? KNOWN.test(m[0]) : known(m[0], depth + 1),
        );
    };
    for (const m of code.matchAll(
        /(?<![\w])(?:\w+\s*\.\s*)?(ListenAndServe(?:TLS)?|Listen(?:TCP|UDP|Packet|Multicast\w*)?)\s*\(/g,
    )) {
        const given = args((m.index ?? 0) + m[0].length - 1);
        if (given === undefined) return true;
        if (given.length === 0) continue;
        // A Unix socket (network "unix", "unixgram", "unixpacket") has no address.
        if (/^"unix/.test(given[0])) continue;
        if (!known(m[1].startsWith("ListenAndServe") ? given[0] : given[given.length - 1])) return true;
    }
    for (const m of code.matchAll(/\bAddr\s*:\s*([^,}\n]+)/g)) if (!known(m[1])) return true;
    return false;
}

/**
 * Round 71: whether a Rust, .NET (C#) or JVM (Java, Kotlin) source listens where the pack cannot tell: a listen call
 * whose own address argument is not an address it can compute, read as goListenAddressUnknown reads Go's. The address
 * is the call's: Rust std::net "TcpListener::bind(addr)", UdpSocket::bind, tokio's and actix-web's `.bind(addr)`,
 * hyper/axum `Server::bind(&addr)`; .NET "TcpListener(IPAddress localaddr, int port)", TcpListener(IPEndPoint),
 * "IPEndPoint(IPAddress address, int port)", Socket.Bind(EndPoint), UdpClient(IPEndPoint), Kestrel
 * `options.Listen(IPAddress address, int port)`; Java "InetSocketAddress(String hostname, int port)",
 * InetSocketAddress(InetAddress addr, int port), InetAddress.getByName(host), "ServerSocket(int port, int backlog,
 * InetAddress bindAddr)", ServerSocket.bind(SocketAddress), HttpServer.create(InetSocketAddress addr, int backlog). It
 * is known when it is a string literal, a number, a name bound once in the file (`let`/`const`/`static`, `var`/a type,
 * `val`) to such a value, or an expression of those, the language's address constructors (KNOWN) and pure conversions
 * (METHODS). Anything else (std::env::var, std::env::args, Environment.GetEnvironmentVariable, args[0],
 * System.getenv, a parameter, a name bound twice or in a pattern) may be every address; a loopback literal elsewhere in
 * the source (a client's upstream) does not say where this call listens. Java's one-argument InetSocketAddress(int
 * port) ("the IP address is the wildcard address") and a null bind address (ServerSocket: "If bindAddr is null, it
 * will default accepting connections on any/all local addresses") are every address outright.
 */
function sourceListenAddressUnknown(code: string, language: "rust" | "dotnet" | "jvm", argvLoopback: boolean): boolean {
    // A program whose every argument is loopback (listenAddressUnknown; none at all: `cargo run` with none after it,
    // Cargo book "cargo run", "All the arguments following the two dashes (--) are passed to the binary") takes a
    // loopback address or none from its argv (Rust std::env::args: "The first element is traditionally the path of
    // the executable"; `args().nth(1)` is None with none, so its default is the address). Java's and .NET's argv is
    // main's parameter (`main(String[] a)`, `Main(string[] args)`, a top-level program's `args`).
    const mainParameter =
        language === "jvm"
            ? /\bmain\s*\(\s*(?:final\s+)?String\s*(?:\[\s*\]|\.\.\.)\s*(\w+)\s*\)|\bmain\s*\(\s*(?:final\s+)?String\s+(\w+)\s*\[\s*\]\s*\)|\bfun\s+main\s*\(\s*(\w+)\s*:\s*Array<String>\s*\)/.exec(
                  code,
              )
            : language === "dotnet"
              ? (/\bMain\s*\(\s*string\s*\[\s*\]\s*(\w+)\s*\)/.exec(code) ?? [undefined, "args"])
              : undefined;
    const parameter = mainParameter?.slice(1).find(n => n !== undefined);
    const argv = !argvLoopback
        ? /^$/
        : language === "rust"
          ? /^(?:(?:std::)?env::)?args$/
          : parameter === undefined
            ? /^$/
            : new RegExp(`^${parameter}(?:\\.(?:length|Length))?$`);
    const KNOWN = {
        rust: /^(?:(?:::)?(?:std|tokio|async_std)::net::)?(?:SocketAddr|SocketAddrV4|SocketAddrV6|Ipv4Addr|Ipv6Addr|IpAddr)(?:::(?:new|from|V4|V6|LOCALHOST|UNSPECIFIED))?$|^(?:format!|String::from|Some|u16|u8|str|String|new)$/,
        // A byte array literal (`new byte[] { 127, 0, 0, 1 }`) and Java's null host are read by value in
        // builtAddresses (getByName(null) the loopback address, InetSocketAddress(null, port) every address).
        dotnet: /^(?:(?:System\.Net\.)?(?:IPAddress(?:\.(?:Parse|Loopback|IPv6Loopback|Any|IPv6Any|None|IPv6None))?|IPEndPoint)|new|int|byte)$/,
        jvm: /^(?:(?:java\.net\.)?(?:InetSocketAddress|InetAddress\.(?:getByName|getLoopbackAddress|getByAddress))|new|String\.valueOf|int|byte|null|InetAddress)$/,
    }[language];
    const METHODS = {
        rust: /^(?:parse|unwrap|unwrap_or|expect|into|to_string|to_owned|as_str|as_ref|clone|nth)$/,
        dotnet: /^(?:ToString)$/,
        jvm: /^(?:toString)$/,
    }[language];
    // Calls and which of their arguments is the address (a negative index counts from the end).
    const CALLS = (
        {
            rust: [[/(?<![\w])(?:\w+::)*(?:TcpListener|UdpSocket|Server|TcpSocket)::bind\s*\(|\.\s*bind\s*\(/g, 0]],
            dotnet: [
                [/\bnew\s+(?:System\.Net\.Sockets\.)?(?:TcpListener|UdpClient)\s*\(|\.\s*(?:Bind|Listen)\s*\(/g, 0],
                [/\bnew\s+(?:System\.Net\.)?IPEndPoint\s*\(/g, 0],
            ],
            jvm: [
                [
                    /\.\s*bind\s*\(|\bInetAddress\s*\.\s*getByName\s*\(|\b(?:HttpServer|HttpsServer)\s*\.\s*create\s*\(/g,
                    0,
                ],
                [/(?<![\w.])(?:new\s+)?(?:java\.net\.)?InetSocketAddress\s*\(/g, 0],
                [/(?<![\w.])(?:new\s+)?(?:java\.net\.)?ServerSocket\s*\(/g, 2],
            ],
        } as Record<typeof language, [RegExp, number][]>
    )[language];
    const strings = /r#*"[^"]*"#*|@?"(?:[^"\\\n]|\\.)*"/g;
    const name = (n: string) => n.replace(/\$/g, "\\$");
    const known = (expr: string, depth = 0): boolean => {
        const e = expr.trim();
        if (depth > 6 || /\$"|\$@"|@\$"/.test(e)) return false;
        if (e === "") return true;
        // A socket address of a host and a port (a Rust tuple `(host, port)`, SocketAddr::new/SocketAddrV4::new,
        // InetSocketAddress(host, port), IPEndPoint(address, port)): only the host says where it listens.
        const pair =
            /^(?:new\s+)?(?:[\w.]+\.|(?:\w+::)*)?(?:InetSocketAddress|IPEndPoint|SocketAddr(?:V4|V6)?::new)?\s*\(/.exec(
                e,
            );
        const parts = pair === null ? undefined : goCallArguments(e, pair[0].length);
        if (
            parts !== undefined &&
            parts.end === e.length &&
            parts.args.length === 2 &&
            (pair?.[0] !== "(" || language === "rust")
        )
            return known(parts.args[0], depth + 1);
        const bare = e
            .replace(strings, '""')
            .replace(/'(?:[^'\\\n]|\\.)'/g, '""')
            .replace(/\.\s*unwrap_or_else\s*\(\s*\|\|/g, ".unwrap_or(");
        if (/[^\w\s.:&(),"[\]<>!?{}]/.test(bare)) return false;
        for (const m of bare.matchAll(/(\.\s*)?(?<![\w])([A-Za-z_]\w*(?:\s*(?:::|\.)\s*[A-Za-z_]\w*)*!?)/g)) {
            const token = m[2].replace(/\s+/g, "");
            if (m[1] !== undefined) {
                if (!token.split(".").every(t => METHODS.test(t))) return false;
                continue;
            }
            if (KNOWN.test(token) || argv.test(token)) continue;
            if (token.includes("::")) return false;
            const [head, ...rest] = token.split(".");
            if (!rest.every(t => METHODS.test(t)) || !bound(head, depth)) return false;
        }
        return true;
    };
    /** Whether `n` is bound once in the file, to a known value, and nowhere as a parameter or a pattern. */
    const bound = (n: string, depth: number): boolean => {
        const N = name(n);
        if (
            new RegExp(
                // A parameter (`Type n,`/`Type n)`, Rust's `n: T`), a pattern (`Some(n) =`, `(a, n) =`, `Ok(n) =>`),
                // a loop or closure variable, an operator assignment or increment.
                String.raw`[(,]\s*(?:final\s+)?[\w<>[\].?&]+\s+${N}\s*[,)]|[(,]\s*(?:mut\s+)?${N}\s*:[^:]|\([^()\n]*(?<![\w$.])${N}\b[^()\n]*\)\s*(?:=>|=(?!=))|\bfor\s*\(?[^;\n]*(?<![\w$.])${N}\s*(?::|\bin\b)|\|[^|\n]*(?<![\w$.])${N}\b[^|\n]*\||(?<![\w$.])${N}\s*(?:[-+*/%&|^]=|\+\+|--)|(?:\+\+|--)${N}\b`,
            ).test(code)
        )
            return false;
        const assigned = [
            ...code.matchAll(new RegExp(String.raw`(?<![\w$.])${N}\s*(?::\s*[^=;\n]+?)?\s*=(?![=>])\s*([^;\n]*)`, "g")),
        ];
        return assigned.length === 1 && assigned[0][1].trim() !== n && known(assigned[0][1], depth + 1);
    };
    for (const [pattern, index] of CALLS)
        for (const m of code.matchAll(pattern)) {
            const parsed = goCallArguments(code, (m.index ?? 0) + m[0].length);
            if (parsed === undefined) return true;
            const args = parsed.args;
            if (args.length === 0) continue;
            if (language === "jvm" && /InetSocketAddress/.test(m[0]) && args.length === 1) return true;
            if (language === "jvm" && /ServerSocket/.test(m[0])) {
                if (args.length < 3) continue;
                if (/^null$/.test(args[2].trim())) return true;
            }
            const address = args[index < 0 ? args.length + index : Math.min(index, args.length - 1)];
            if (!known(address.replace(/^&\s*/, ""))) return true;
        }
    return false;
}

/** The listeners of running the source files `sources` (sourceRunnerListeners), `server` the command running them. */
function sourcesListeners(
    server: string,
    sources: RunnerSources,
    cwd: string | undefined,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
    commandLine: readonly string[] = [],
    programArgs?: readonly string[],
): Listener[] {
    // Sources the pack cannot find, or changed in a way it cannot compute (readConfig): any listener (fail closed).
    const unknown = [{ server, binds: [], serves: { unread: `${server} (its sources: unknown)` } }];
    if (sources === "unknown") return unknown;
    // Round 74: the Go sources' flags are the standard flag package's alone (goStdFlags, over every source read).
    const goTexts = sources
        .filter(f => /\.go$/.test(f))
        .map(f => {
            const path = servedDirectory(f, cwd);
            return path === undefined ? undefined : readConfig(path, fileText, view);
        });
    const stdFlag = goTexts.every(t => typeof t === "string") ? goStdFlags(goTexts as string[]) : undefined;
    // Round 78: a program that writes other words into os.Args (goOsArgsGetsOtherWords) parses words its command line
    // does not hold: its argv says nothing about its flags' values (fail closed).
    // Round 80: so does one whose flag set parses other words than os.Args's (goParsesOtherWords).
    const argv = goTexts.some(
        t =>
            typeof t === "string" &&
            (goOsArgsGetsOtherWords(goOsArgsWrites(withoutComments(t))) || goParsesOtherWords(withoutComments(t))),
    )
        ? undefined
        : programArgs;
    return sources.flatMap(source => {
        const path = servedDirectory(source, cwd);
        if (path === undefined) return unknown;
        const text = readConfig(path, fileText, view);
        if (text === null) return unknown;
        if (text === undefined) return [];
        const literals = [...text.matchAll(/"((?:\\.|[^"\\\n])*)"|'((?:\\.|[^'\\\n])*)'|`([^`]*)`/g)].map(
            m => m[1] ?? m[2] ?? m[3],
        );
        const beyond = literals.filter(
            v => allAddresses(v) || EMPTY_HOST.test(v) || (isHostPort(v) && mayBeNodeAddress(v)),
        );
        // Round 70: an address constant is judged by what it is (EVERY_ADDRESS_CONSTANT, LOOPBACK_CONSTANT), and only
        // what no client call is given (CLIENT_CALL: a Dial/connect/GET target is the far end) is evidence of a
        // loopback listener; comments name nothing.
        const code = withoutComments(text);
        if (EVERY_ADDRESS_CONSTANT.test(code)) beyond.push("0.0.0.0");
        const served = withoutClientCalls(code);
        const loopback = [...served.matchAll(/"((?:\\.|[^"\\\n])*)"|'((?:\\.|[^'\\\n])*)'|`([^`]*)`/g)]
            .map(m => m[1] ?? m[2] ?? m[3])
            .filter(v => (isAddress(v) || /^localhost(:\d+)?$/i.test(v)) && loopbackOnly([v]));
        if (LOOPBACK_CONSTANT.test(served)) loopback.push("127.0.0.1");
        // Round 71: addresses Go, Rust, .NET and Java build from parts (builtAddresses): loopback ones are loopback evidence, any
        // other or one the pack cannot compute is every address.
        const language = /\.go$/.test(path)
            ? "go"
            : /\.rs$/.test(path)
              ? "rust"
              : /\.(cs|fs|fsx|vb)$/i.test(path)
                ? "dotnet"
                : /\.(java|kts?)$/.test(path)
                  ? "java"
                  : undefined;
        for (const a of language === undefined ? [] : builtAddresses(served, language))
            if (a !== undefined && loopbackOnly([a])) loopback.push(a);
            else beyond.push(a ?? "0.0.0.0");
        // Round 71: a Go, Rust, .NET or JVM listen call whose own address the pack cannot compute may bind every
        // address, whatever loopback literal the source holds elsewhere (round 72: one reader, listenAddressUnknown,
        // given the program's arguments).
        const listening = /\.go$/.test(path)
            ? "go"
            : /\.rs$/.test(path)
              ? "rust"
              : /\.cs$/i.test(path)
                ? "dotnet"
                : /\.(java|kts?)$/.test(path)
                  ? "jvm"
                  : undefined;
        if (listening !== undefined && listenAddressUnknown(code, listening, { args: argv, stdFlag })) beyond.push("*");
        // An address beyond loopback the command line gives a listening program may be its bind address
        // (commandLineAddresses): the pack does not follow arguments into listen calls, so it is where it listens.
        if (LISTEN_API.test(code)) beyond.push(...commandLine);
        // URLs a .NET listener is given in a literal (MS Learn HttpListener "URI prefix strings": `Prefixes.Add("a
        // scheme (http or https), a host, an optional port")`; Kestrel's UseUrls/Urls.Add/app.Run(url)): `*`, `+` or an
        // unspecified host is every address (allAddresses, above); loopback hosts listen on loopback only when no URL
        // literal of the source names another host (.NET's managed HttpListener binds a name's resolved address, or
        // every address when it cannot resolve it); a URL elsewhere (a client's) is no listener's.
        const url = (v: string) => /^https?:\/\/(\[[^\]]*\]|[^\s/:?#@[\]]+)(?::(\d+))?(?:[/?#]|$)/i.exec(v);
        const given = [
            ...text.matchAll(/\b(?:Prefixes\.Add|UseUrls|Urls\.Add|\.Run)\s*\(\s*((?:[$@]{0,2}"[^"\n]*"\s*,?\s*)+)\)/g),
        ].flatMap(m => [...m[1].matchAll(/"([^"\n]*)"/g)].map(l => l[1]));
        const dotnet = /\.(cs|fs|fsx|vb)$/i.test(path);
        // Round 70: a listener URL naming a host that is neither an IP literal nor localhost binds every address
        // (Kestrel "Configure endpoints", URL formats: "Anything not recognized as a valid IP address or localhost
        // binds to all IPv4 and IPv6 IPs"; HttpListener binds a name's resolved address, the node's own for its
        // name: fail closed), and so does `UseSetting("urls", ...)` (WebHostDefaults.ServerUrlsKey is "urls";
        // HttpPortsKey "http_ports"), judged as every provider's Kestrel setting is (kestrelListens).
        if (dotnet) {
            // An interpolated host (`$"http://{Dns.GetHostName()}:5000"`) is no loopback literal: every address.
            beyond.push(...given.filter(v => /^[a-z][\w+.-]*:\/\//i.test(v)).flatMap(v => kestrelBeyondLoopback(v)));
            // A listen URL list given as no literal (a variable, a call) is where the pack cannot tell: every address.
            if (
                /\b(?:Prefixes\.Add|UseUrls|Urls\.Add)\s*\(\s*(?![$@]{0,2}"[^"\n]*"\s*(?:,\s*[$@]{0,2}"[^"\n]*"\s*)*\))/.test(
                    code,
                )
            )
                beyond.push("*");
            for (const m of code.matchAll(
                /\bUseSetting\s*\(\s*(?:"([^"\n]*)"|WebHostDefaults\s*\.\s*(\w+))\s*,\s*(?:@?"([^"\n]*)"|([^)]*))\)/g,
            )) {
                const key =
                    m[1] ??
                    { ServerUrlsKey: "urls", HttpPortsKey: "http_ports", HttpsPortsKey: "https_ports" }[m[2]] ??
                    "";
                const listens = kestrelListens(key, m[3] ?? "");
                // A value that is no literal (a variable, an interpolated string) is where the pack cannot tell.
                if (listens) beyond.push(...(m[3] === undefined ? ["*"] : listens));
            }
        }
        if (dotnet && literals.every(v => url(v) === null || loopbackOnly([url(v)?.[1] ?? ""])))
            for (const v of given) {
                const m = url(v);
                if (m !== null) loopback.push(`${m[1]}:${m[2] ?? (/^https/i.test(v) ? "443" : "80")}`);
            }
        const unread = { unread: `${server} (${path})` };
        // A source starting another program runs what the pack does not read: any listener (fail closed); but a Go
        // source whose only process API is os/exec (imported as exec) called with literal arguments only runs those
        // command lines (os/exec: "Unlike the "system" library call from C and other languages, the os/exec package
        // intentionally does not invoke the system shell"): each judged as root's command (commandListeners), a
        // program outside the system's directories or one user data wrote being unread.
        // Round 69: Perl's and Ruby's system/exec of literal words likewise (literalScriptCommands). The source's own
        // listeners are still read beside the commands'. exec.Cmd's Stdin: "If Stdin is nil, the process reads from
        // the null device (os.DevNull)" (Go os/exec); Perl's and Ruby's children inherit the script's (unknown).
        const commands = /\.go$/.test(path)
            ? literalExecCommands(text)
            : /\.(rb|p[lm])$/.test(path)
              ? literalScriptCommands(text, /\.rb$/.test(path))
              : undefined;
        // Round 71: a Go source naming StdinPipe ("StdinPipe returns a pipe that will be connected to the command's
        // standard input when the command starts": the program writes what the child reads) gives unknown input.
        const stdin: LiteralStdin = /\.go$/.test(path) && !/\bStdinPipe\b/.test(code) ? "none" : "unknown";
        const judged =
            commands &&
            literalCommandListeners(
                commands.map(argv => ({ argv, cwd, stdin })),
                fileText,
                view,
            );
        if (!judged && (SPAWN_API.test(text) || (/\.(rb|p[lm])$/.test(path) && SCRIPT_SPAWN_API.test(text))))
            return [{ server, binds: [], serves: { unread: `${server} (${path} starts a process)` } }];
        const own: Listener[] =
            beyond.length > 0
                ? [{ server, binds: beyond, serves: unread }]
                : !LISTEN_API.test(text)
                  ? []
                  : [{ server, binds: loopback.length > 0 ? loopback : [], serves: unread }];
        return [...(judged ?? []), ...own];
    });
}

/**
 * The programs a build command writes from sources a SOURCE_RUNNERS runner reads, each path with the listeners of
 * running it: those of the runner's `run` of the same sources (sourceRunnerListeners, read when the build reads
 * them); a path ending in `/` stands for every file under it. Undefined for any other command.
 * - `go build [-o OUT] [build flags] [PKG|FILES]` (go help build: "When compiling a single main package, build writes
 *   the resulting executable to an output file named after the last non-major-version component of the package
 *   import path ... or the first source file"; "-o forces build to write the resulting executable or object to the
 *   named output file or directory"; no package: the current directory's) and `go install` (to $GOBIN, else
 *   $GOPATH/bin, /root/go/bin for root): `go run` of the same package.
 * - `cargo build [options]` (Cargo book "cargo build", "Build cache": target/debug or target/release, target/TRIPLE/...
 *   with --target, of the workspace root; --target-dir, CARGO_TARGET_DIR): every binary under the target directories,
 *   `cargo run` of each binary of the package (src/main.rs, src/bin, [[bin]]).
 * - `dotnet build|publish [PROJECT] [-o OUT]` (MS Learn "dotnet build": output in OUT, else bin/): `dotnet run
 *   --project` of the same project, for OUT/ and the project's bin/.
 */
export function builtPrograms(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Map<string, BuiltProgram> | undefined {
    // Round 74: the sources as the build reads them, whenever the program is judged (at its run, with its argv).
    // Round 75: a compiler wrapper (ccache, distcc ...) builds what the compiler it runs builds (compilerWrapped).
    const wrapped = compilerWrapped(words);
    if (wrapped !== undefined) return builtPrograms(wrapped, cwd, fileText, view);
    ({ fileText, view } = buildSnapshot(fileText, view));
    const name = posix.basename(words[0] ?? "");
    const [sub, ...rest] = words.slice(1);
    const out = new Map<string, BuiltProgram>();
    // Round 72: as the runner's `run` of the same sources, given the built program's own arguments (undefined: unknown).
    const judged = (args: string[], programArgs: readonly string[] | undefined) =>
        sourceRunnerListeners(args, cwd, name, fileText, view, undefined, { args: programArgs });
    const resolve = (path: string | undefined) => (path === undefined ? "/" : servedDirectory(path, cwd));
    const written = [...(view.written?.() ?? [])];
    const record = (paths: (string | undefined)[], listeners: BuiltProgram) => {
        const server = `${words.join(" ")} (a program built from sources)`;
        // Judged on the sources as the build reads them (a later write, the build's own output among them, is not what
        // it compiled: buildSnapshot), with the arguments it is run with when the run gives them (round 74: a run's
        // argv is the program's, as `go run . ARGS` and `cargo run -- ARGS` give theirs), else unknown. Judged now
        // with unknown arguments first, which records every file the build reads as it is now.
        const named = (ls: Listener[]) => ls.map(l => ({ ...l, server: `${server}: ${l.server}` }));
        const judgedNow = named(listeners(undefined));
        for (const path of paths)
            if (path !== undefined) out.set(path, a => (a === undefined ? judgedNow : named(listeners(a))));
    };
    if (name === "go" && (sub === "build" || sub === "install")) {
        const VALUED =
            /^-(C|o|p|exec|asmflags|buildmode|compiler|covermode|coverpkg|gccgoflags|gcflags|installsuffix|ldflags|mod|modfile|overlay|pgo|pkgdir|tags|toolexec)$/;
        let i = 0;
        let output: string | undefined;
        let dir = cwd;
        for (; i < rest.length && rest[i].startsWith("-"); i++) {
            const [flag, glued] = rest[i].replace(/^--/, "-").split(/=(.*)/s);
            const value = glued ?? (VALUED.test(flag) ? rest[++i] : undefined);
            if (flag === "-o") output = value;
            if (flag === "-C") dir = value === undefined ? undefined : servedDirectory(value, dir);
        }
        const operands = rest.slice(i);
        const listeners: BuiltProgram = a =>
            judged(["run", ...rest.slice(0, i), ...(operands.length > 0 ? operands : ["."])], a);
        const first = operands[0] ?? ".";
        const pkg = dir === undefined ? undefined : posix.resolve(dir, first);
        let module: string | undefined;
        for (let d = pkg; d !== undefined && !first.endsWith(".go"); d = d === "/" ? undefined : posix.dirname(d))
            if (written.includes(posix.join(d, "go.mod"))) {
                const path = /^\s*module\s+"?([^\s"]+)/m.exec(fileText?.(posix.join(d, "go.mod")) ?? "")?.[1];
                module = path === undefined ? undefined : posix.join(path, posix.relative(d, pkg as string));
                break;
            }
        const names = first.endsWith(".go")
            ? [posix.basename(first, ".go")]
            : [
                  ...(pkg === undefined ? [] : [posix.basename(pkg)]),
                  ...(module === undefined ? [] : [posix.basename(module.replace(/\/v\d+$/, ""))]),
                  ...(/^[\w.-]+(\/[\w.-]+)+$/.test(first) ? [posix.basename(first.replace(/@.*$/, ""))] : []),
              ];
        const dirs =
            sub === "install"
                ? [
                      ...(view.environment.get("GOBIN") ?? []),
                      ...(view.environment.get("GOPATH") ?? []).map(p => p && `${p}/bin`),
                      "/root/go/bin",
                  ]
                : output === undefined
                  ? [dir]
                  : [];
        record(
            [
                ...(output === undefined ? [] : [resolve(output), resolve(`${output}/`)?.replace(/\/?$/, "/")]),
                ...dirs.flatMap(d => (d === undefined ? [] : names.map(n => posix.join(d, n)))),
            ],
            listeners,
        );
        return out;
    }
    if (name === "cargo" && sub === "build") {
        const own = rest.includes("--") ? rest.slice(0, rest.indexOf("--")) : rest;
        const targetDirs = [
            ...own.flatMap((w, i) =>
                w.startsWith("--target-dir=") ? [w.slice(13)] : own[i - 1] === "--target-dir" ? [w] : [],
            ),
            ...(view.environment.get("CARGO_TARGET_DIR") ?? []),
        ];
        const manifestGiven = own.flatMap((w, i) =>
            w.startsWith("--manifest-path=") ? [w.slice(16)] : own[i - 1] === "--manifest-path" ? [w] : [],
        )[0];
        let from = manifestGiven === undefined ? cwd : resolve(posix.dirname(manifestGiven));
        const roots: string[] = [];
        for (; from !== undefined; from = from === "/" ? undefined : posix.dirname(from))
            if (written.includes(posix.join(from, "Cargo.toml")) || (from === cwd && manifestGiven === undefined))
                roots.push(from);
        const root = manifestGiven === undefined ? roots[0] : resolve(posix.dirname(manifestGiven));
        const toml = root === undefined ? "" : (fileText?.(posix.join(root, "Cargo.toml")) ?? "");
        const bins =
            root === undefined
                ? []
                : [
                      /^\s*name\s*=\s*"([^"]*)"/m.exec(toml)?.[1],
                      ...[...toml.matchAll(/^\s*\[\[bin\]\]([\s\S]*?)(?=^\s*\[|(?![\s\S]))/gm)].map(
                          b => /^\s*name\s*=\s*"([^"]*)"/m.exec(b[1])?.[1],
                      ),
                      ...written
                          .filter(f => f.startsWith(`${root}/src/bin/`) && f.endsWith(".rs"))
                          .map(f =>
                              posix.basename(f) === "main.rs"
                                  ? posix.basename(posix.dirname(f))
                                  : posix.basename(f, ".rs"),
                          ),
                  ];
        const args = ["run", ...own.filter(w => w !== "--")];
        const listeners: BuiltProgram = a =>
            [...new Set(bins.filter((b): b is string => b !== undefined))].flatMap(bin =>
                judged([...args, "--bin", bin], a),
            );
        record(
            [...targetDirs.map(d => resolve(d)?.replace(/\/?$/, "/")), ...roots.map(r => posix.join(r, "target/"))],
            bins.length > 0 ? listeners : a => judged(args, a),
        );
        return out;
    }
    // `cargo install --path DIR [--root ROOT]` (Cargo book "cargo install": binaries in ROOT/bin, ROOT from --root,
    // CARGO_INSTALL_ROOT, else $CARGO_HOME, /root/.cargo for root): each binary as `cargo run` of DIR's package.
    if (name === "cargo" && sub === "install") {
        const value = (option: string) =>
            rest.flatMap((w, i) =>
                w.startsWith(`${option}=`) ? [w.slice(option.length + 1)] : rest[i - 1] === option ? [w] : [],
            )[0];
        const path = value("--path");
        if (path === undefined) return out;
        const roots = [
            value("--root"),
            ...(view.environment.get("CARGO_INSTALL_ROOT") ?? []),
            ...(view.environment.get("CARGO_HOME") ?? []),
            "/root/.cargo",
        ];
        const manifest = resolve(posix.join(path, "Cargo.toml"));
        const toml = manifest === undefined ? "" : (fileText?.(manifest) ?? "");
        // Its binaries: the package's and each [[bin]]'s name (Cargo Targets), src/bin's files; else every file there.
        const bins = [
            ...[...toml.matchAll(/^\s*name\s*=\s*"([^"]*)"/gm)].map(m => m[1]),
            ...written
                .filter(f => manifest !== undefined && f.startsWith(`${posix.dirname(manifest)}/src/bin/`))
                .map(f => posix.basename(f, ".rs")),
        ];
        const listeners: BuiltProgram = a => judged(["run", "--manifest-path", posix.join(path, "Cargo.toml")], a);
        record(
            roots.flatMap(r => {
                const bin = r === undefined ? undefined : resolve(`${r}/bin`);
                return bin === undefined ? [] : bins.length > 0 ? bins.map(b => posix.join(bin, b)) : [`${bin}/`];
            }),
            listeners,
        );
        return out;
    }
    // Programs compiled from source files (operands) another runner reads the same way (sourcesListeners): `javac -d
    // DIR FILES` (JDK tool reference "javac": class files under DIR, run by `java -cp DIR CLASS`), `kotlinc FILES -d
    // JAR|DIR` (Kotlin "Command-line compiler": `java -jar` of the jar), `swiftc -o OUT FILES` and `swift build`
    // (.build/ of the package: every .swift file user data wrote under it).
    const compiled = /^(javac|kotlinc|kotlinc-jvm|swiftc)$/.test(name)
        ? {
              ext: name === "javac" ? /\.java$/ : name === "swiftc" ? /\.swift$/ : /\.kt$/,
              output: name === "swiftc" ? /^-o$/ : /^-d$/,
          }
        : undefined;
    if (compiled !== undefined || (name === "swift" && sub === "build")) {
        const args = words.slice(1);
        const output = args.find((_, i) => compiled?.output.test(args[i - 1] ?? ""));
        const sources =
            compiled === undefined
                ? cwd === undefined
                    ? "unknown"
                    : written.filter(f => f.startsWith(`${cwd}/`) && f.endsWith(".swift") && !f.includes("/.build/"))
                : args
                      .filter((w, i) => compiled.ext.test(w) && !w.startsWith("-") && args[i - 1] !== "-d")
                      .map(w => posix.resolve(cwd ?? "/", w));
        const targets =
            compiled === undefined
                ? [cwd === undefined ? undefined : posix.join(cwd, ".build/")]
                : [
                      resolve(output ?? (name === "swiftc" ? "main" : ".")),
                      ...(output === undefined || /\.jar$/.test(output) ? [] : [resolve(output)?.replace(/\/?$/, "/")]),
                  ];
        record(targets, a =>
            sourcesListeners(words.join(" "), sources, cwd, fileText, view, commandLineAddresses(a ?? []), a),
        );
        return out;
    }
    if (name === "dotnet" && (sub === "build" || sub === "publish")) {
        const { project, output } = dotnetBuildArguments(rest);
        const listeners: BuiltProgram = a =>
            judged(["run", ...(project === undefined ? [] : ["--project", project])], a);
        const dir = resolve(project === undefined ? "." : /proj$/i.test(project) ? posix.dirname(project) : project);
        record(
            [
                ...(output === undefined ? [] : [resolve(output)?.replace(/\/?$/, "/")]),
                ...(dir === undefined ? [] : [posix.join(dir, "bin/")]),
            ],
            listeners,
        );
        return out;
    }
    // Round 75: native compilers and linkers, whose sources (C, C++, assembly, Fortran, Rust without cargo, Zig) no
    // reader reads: what they write is a program the pack does not read, on an address it cannot tell when root runs it
    // (fail closed, as an UNREAD_INTERPRETERS command is), by the path they write or a copy of it.
    // Round 75: bun build --compile (Bun docs "Single-file executable": "bundles all imported files and packages into
    // the executable, along with a copy of the Bun runtime", --outfile) and deno compile (Deno docs "deno compile":
    // "Compiles the given script into a self contained executable", -o/--output, else the script's stem in the working
    // directory): a program the pack does not read as such when run (fail closed, as native outputs are).
    const native = nativeBuildOutputs(name, words.slice(1), cwd) ?? runtimeCompileOutputs(name, words.slice(1), cwd);
    if (native !== undefined) {
        const server = `${words.join(" ")}`;
        record(native, () => [
            { server, binds: [], serves: { unread: `${server}: a program built from sources the pack does not read` } },
        ]);
        return out;
    }
    return undefined;
}

/**
 * Round 75: gcc-like C/C++/Fortran compiler drivers and linkers (a target triple prefix such as x86_64-linux-gnu-, a
 * version suffix). POSIX names its C compiler c99 ("c99 - compile standard C programs", "-o outfile", default a.out;
 * c89 before it, gcc's c89/c99 wrappers, c11/c17 alike), fort77 its Fortran one; pcc, cproc, chibicc, f77/f95/g77,
 * gdc and nvcc take gcc's -o.
 */
const NATIVE_COMPILERS =
    /^([\w.]+-)*(gcc|cc|c\+\+|g\+\+|clang|clang\+\+|tcc|gccgo|gfortran|icc|icpc|icx|icpx|musl-gcc|c89|c99|c11|c17|c18|c2x|c23|pcc|cproc|chibicc|f77|f95|fort77|g77|gdc|nvcc|ld|ld\.bfd|ld\.gold|ld\.lld|lld|mold)(-[\d.]+)?$/;

/**
 * Round 75: compiler wrappers that run the compiler named after their own options with its arguments: ccache(1)
 * "ccache [ccache options] compiler [compiler options]", sccache alike, distcc(1) "distcc COMPILER [COMPILE OPTIONS]"
 * (with no compiler named, "distcc [COMPILE OPTIONS]" runs cc), icecc alike. The words of the compiler they run,
 * undefined for any other command. Their options taking a separate value (ccache -d/-k/-o/-F/-M/-X, --dir ...) are
 * skipped with it.
 */
function compilerWrapped(words: readonly string[]): string[] | undefined {
    const name = posix.basename(words[0] ?? "");
    if (!/^(ccache|sccache|distcc|icecc|pump)$/.test(name)) return undefined;
    if (/^(distcc|icecc)$/.test(name) && (words[1] ?? "-").startsWith("-")) return ["cc", ...words.slice(1)];
    let i = 1;
    for (; i < words.length && words[i].startsWith("-"); i++)
        if (
            /^(-[dkoFMX]|--(dir|get-config|set-config|max-files|max-size|recompress|config-path|evict-older-than|evict-namespace|trim-dir|trim-max-size|trim-method|inspect|checksum-file|extract-result|hash-file|print-stats-format))$/.test(
                words[i],
            )
        )
            i++;
    return words.length > i ? words.slice(i) : undefined;
}

/**
 * Round 75: what `bun build --compile` (--outfile FILE, else the entry's stem) and `deno compile` (-o/--output FILE,
 * else the script's stem) write in the working directory, or undefined for any other command.
 */
function runtimeCompileOutputs(name: string, args: readonly string[], cwd: string | undefined): string[] | undefined {
    const at = (path: string) => (path.startsWith("/") ? posix.normalize(path) : cwd && posix.resolve(cwd, path));
    const compiling =
        (name === "bun" && args[0] === "build" && args.some(w => w === "--compile" || w.startsWith("--compile="))) ||
        (name === "deno" && args[0] === "compile");
    if (!compiling) return undefined;
    const out = args.flatMap((w, i) => {
        const g = /^(?:--outfile|--output|-o)=(.+)$|^-o(.+)$/.exec(w);
        return g ? [g[1] ?? g[2]] : /^(--outfile|--output|-o)$/.test(args[i - 1] ?? "") ? [w] : [];
    });
    const entry = args
        .slice(1)
        .find(
            (w, i) =>
                !w.startsWith("-") &&
                !/^(--outfile|--output|-o|--target|--include|--icon|--env|--ext|--config|-c|--import-map|--lock|--reload|-r|--cert|--location|--seed|--v8-flags|--allow-[\w-]+|--deny-[\w-]+)$/.test(
                    args[i] ?? "",
                ),
        );
    const stem = entry === undefined ? undefined : posix.basename(entry).replace(/\.[^.]*$/, "");
    // Unknown output name: every file under the working directory (a path ending in `/`).
    const fallback = stem === undefined ? (cwd === undefined ? "/" : `${cwd.replace(/\/?$/, "/")}`) : at(stem);
    return (out.length > 0 ? out.map(at) : [fallback]).filter((p): p is string => p !== undefined && p !== "");
}

/**
 * Round 75: the files a native compiler or linker writes (a path ending in `/` stands for every file under it), or
 * undefined for any other command:
 * - gcc(1) "-o file: Place the primary output in file ... If -o is not specified, the default is to put an executable
 *   file in a.out" (clang, cc, c++, tcc, icc and ld(1) "-o output ... a.out" alike; `-ofile`, `--output[=]file`);
 *   `zig cc`/`zig c++` are clang.
 * - rustc (The rustc book "Command-line Arguments": "-o: filename of the output", "--out-dir: directory to write the
 *   output in"; by default the crate name, the source file's stem, in the working directory; "--crate-name").
 * - zig build-exe/build-lib/build-obj (`-femit-bin=PATH`, else `--name NAME` or the root source's stem, in the
 *   working directory) and `zig build` (zig-out/ of the working directory, or `-p/--prefix DIR`).
 */
function nativeBuildOutputs(name: string, args: readonly string[], cwd: string | undefined): string[] | undefined {
    const at = (path: string) => (path.startsWith("/") ? posix.normalize(path) : cwd && posix.resolve(cwd, path));
    const option = (names: RegExp, glued?: RegExp) =>
        args.flatMap((w, i) => {
            const g = glued?.exec(w);
            return g ? [g[1]] : names.test(args[i - 1] ?? "") ? [w] : [];
        });
    const outputs = (paths: (string | undefined)[]) => paths.filter((p): p is string => p !== undefined && p !== "");
    if (name === "zig" && /^(cc|c\+\+)$/.test(args[0] ?? "")) return nativeBuildOutputs("clang", args.slice(1), cwd);
    if (NATIVE_COMPILERS.test(name)) {
        const given = option(/^(-o|--output)$/, /^(?:-o|--output=)(.+)$/);
        return outputs(given.length > 0 ? given.map(at) : [at("a.out")]);
    }
    if (name === "rustc") {
        const given = option(/^-o$/, /^-o(.+)$/);
        const dirs = option(/^--out-dir$/, /^--out-dir=(.+)$/);
        const crate = option(/^--crate-name$/, /^--crate-name=(.+)$/).at(-1);
        const source = args.find((w, i) => /\.rs$/.test(w) && !/^-/.test(args[i - 1] ?? ""));
        const stem = crate ?? (source === undefined ? undefined : posix.basename(source, ".rs"));
        return outputs([
            ...given.map(at),
            ...dirs.map(d => at(d)?.replace(/\/?$/, "/")),
            ...(given.length === 0 && stem !== undefined ? [at(stem)] : []),
        ]);
    }
    if (name === "zig" && /^build-(exe|lib|obj)$/.test(args[0] ?? "")) {
        const emitted = option(/^$/, /^-femit-bin=(.+)$/);
        const named = option(/^--name$/).at(-1);
        const source = args.find((w, i) => i > 0 && /\.(zig|c|cpp|cc|s|S)$/.test(w) && !/^-/.test(args[i - 1] ?? ""));
        const stem = named ?? (source === undefined ? undefined : posix.basename(source).replace(/\.[^.]*$/, ""));
        return outputs(emitted.length > 0 ? emitted.map(at) : [stem === undefined ? undefined : at(stem)]);
    }
    if (name === "zig" && args[0] === "build") {
        const prefix = option(/^(-p|--prefix)$/, /^--prefix=(.+)$/);
        return outputs((prefix.length > 0 ? prefix : ["zig-out"]).map(d => at(d)?.replace(/\/?$/, "/")));
    }
    return undefined;
}

/**
 * Round 74: `fileText` and `view` as they answer at a build (builtPrograms), kept for judging the built program
 * later: every question's first answer is kept (the files, the paths changed, the written files and environment now),
 * so judging the program at its run, with its argv, reads the sources the build compiled, not the script's later
 * state. A question first asked later (a file only the run's arguments lead the reader to) is answered then: what the
 * program reads when it runs.
 */
function buildSnapshot(
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { fileText: ((path: string) => string | undefined) | undefined; view: ScriptView } {
    const kept = <A extends unknown[], R>(f: (...a: A) => R) => {
        const answers = new Map<string, R>();
        return (...a: A): R => {
            const key = JSON.stringify(a);
            if (!answers.has(key)) answers.set(key, f(...a));
            return answers.get(key) as R;
        };
    };
    const written = view.written === undefined ? undefined : [...view.written()];
    return {
        fileText: fileText === undefined ? undefined : kept(fileText),
        view: {
            ...view,
            changed: { has: kept((path: string, within?: string) => view.changed.has(path, within)) },
            environment: new Map(view.environment),
            written: written === undefined ? undefined : () => written,
            text: view.text === undefined ? undefined : kept(view.text),
            appendedText: view.appendedText === undefined ? undefined : kept(view.appendedText),
            downloads: view.downloads === undefined ? undefined : new Map(view.downloads),
            built: view.built === undefined ? undefined : new Map(view.built),
        },
    };
}

/** The listeners of running `path` that builtPrograms recorded (the file's, and every tree's holding it). */
function builtListeners(path: string | undefined, view: ScriptView, args?: readonly string[]): Listener[] {
    return builtProgram(path, view)?.(args) ?? [];
}

/** Round 72: the program builtPrograms recorded at `path` (the file's, and every tree's holding it), or undefined. */
export function builtProgram(path: string | undefined, view: ScriptView): BuiltProgram | undefined {
    if (path === undefined || view.built === undefined) return undefined;
    const found = [...view.built].flatMap(([built, program]) =>
        built === path || (built.endsWith("/") && path.startsWith(built)) ? [program] : [],
    );
    return found.length === 0 ? undefined : args => found.flatMap(program => program(args));
}

/**
 * Round 81: network daemons that export the node's disks and files or run their clients' code, each with its
 * documented default bind (every address unless given one):
 * - qemu-nbd(8): "-b, --bind=IFACE The interface to bind to (default 0.0.0.0)", "-p, --port=PORT (default 10809)",
 *   "-k, --socket=PATH Use a unix socket"; the image operand is served to every NBD client;
 * - nbd-server(1): "nbd-server [ip@]port filename", "-C config" (nbd-server(5): [generic] listenaddr "default all
 *   addresses", each other section's exportname); with no operands the config's exports;
 * - nbdkit(1): "-i, --ipaddr IPADDR ... By default it will listen on all interfaces", "-U SOCKET" a unix socket, "-s"
 *   stdin/stdout;
 * - unfsd(8): a user-space NFSv3 server on every address ("-l addr" binds one), its exports `-e FILE` (default
 *   /etc/exports);
 * - distccd(1): "--listen ADDRESS ... by default listens on all addresses", "--allow IPADDR[/MASK]" its clients; its
 *   clients run compiler commands (distcc's own warning: "arbitrary commands");
 * - plackup(1): "-o, --host ... defaults to all interfaces", "--listen"; the PSGI app is code the pack does not read;
 * - dask scheduler (distributed CLI: `--host` "URI, IP or hostname of this server", default every address): its
 *   clients ship functions its workers run.
 */
function exportDaemonListeners(args: readonly string[], _cwd: string | undefined, name: string): Listener[] {
    const server = (binds: string[], serves: Listener["serves"], allowed: string[] = []): Listener[] => [
        { server: name, binds, allowed, serves },
    ];
    const data = (files: string | undefined): Listener["serves"] =>
        files === undefined ? { unread: name } : { files };
    if (name === "qemu-nbd") {
        const { options, operands } = getopt(args, "bpkofePxtcdDlT", [
            "bind",
            "port",
            "socket",
            "format",
            "export-name",
            "description",
            "cache",
            "aio",
            "discard",
            "detect-zeroes",
            "snapshot",
            "load-snapshot",
            "object",
            "image-opts",
            "tls-creds",
            "tls-authz",
            "trace",
            "pid-file",
            "connect",
            "bitmap",
            "offset",
            "shared",
            "handshake-limit",
        ]);
        if (optionValues(options, "-k", "--socket", "-c", "--connect").length > 0) return [];
        return server(optionValues(options, "-b", "--bind").slice(-1), data(exportedData(operands)));
    }
    if (name === "nbd-server") {
        const { operands } = getopt(args, "CMl", []);
        // Its exports and listenaddr from the -C configuration, which the pack does not read: every address.
        if (operands.length === 0) return server([], { unread: `${name} (the exports of its configuration)` });
        const at = /^(.*)@\d+$/.exec(operands[0])?.[1];
        return server(at === undefined ? [] : [at], data(exportedData(operands.slice(1))));
    }
    if (name === "nbdkit") {
        const { options, operands } = getopt(args, "ieDgPptuU", [
            "ipaddr",
            "port",
            "unix",
            "pidfile",
            "group",
            "user",
            "tls",
            "tls-certificates",
            "tls-psk",
            "threads",
            "mask-handshake",
            "selinux-label",
            "filter",
            "export-name",
            "debug",
            "vsock",
            "run",
        ]);
        const flags = options.map(([k]) => k);
        if (optionValues(options, "-U", "--unix").length > 0 || flags.some(k => /^(-s|--single|--run)$/.test(k)))
            return [];
        return server(optionValues(options, "-i", "--ipaddr").slice(-1), data(exportedData(operands)));
    }
    if (name === "unfsd") {
        const { options } = getopt(args, "elntmpcCid", []);
        return server(optionValues(options, "-l").slice(-1), {
            unread: `${name} (exports ${optionValues(options, "-e").at(-1) ?? "/etc/exports"})`,
        });
    }
    if (name === "distccd") {
        const { options } = getopt(args, "aajNPp", [
            "allow",
            "listen",
            "port",
            "user",
            "jobs",
            "nice",
            "pid-file",
            "log-file",
            "log-level",
            "zeroconf",
            "stats-port",
            "allow-private",
        ]);
        const allowed = optionValues(options, "-a", "--allow");
        const all = options.some(([k]) => k === "--allow-private") ? ["10.0.0.0/8"] : [];
        return server(
            optionValues(options, "--listen").slice(-1),
            { code: "distccd: its clients run compiler commands on the node" },
            [...allowed, ...all],
        );
    }
    if (name === "plackup") {
        const { options } = getopt(args, "opsSeEIMmRLra", [
            "host",
            "port",
            "socket",
            "listen",
            "server",
            "app",
            "path",
            "loader",
            "access-log",
            "env",
            "module",
            "reload",
            "include",
        ]);
        const sockets = optionValues(options, "-S", "--socket");
        const listens = optionValues(options, "-l", "--listen");
        if (sockets.length > 0 && listens.length === 0) return [];
        return server(
            [...optionValues(options, "-o", "--host").slice(-1), ...listens.filter(l => !l.startsWith("/"))],
            { unread: `${name} (a PSGI app)` },
        );
    }
    if (name === "dask" || name === "dask-scheduler") {
        if (name === "dask" && args[0] !== "scheduler") return [];
        const { options } = getopt(name === "dask" ? args.slice(1) : args, "", [
            "host",
            "port",
            "interface",
            "dashboard-address",
            "scheduler-file",
            "preload",
            "protocol",
            "tls-ca-file",
            "tls-cert",
            "tls-key",
            "pid-file",
            "idle-timeout",
            "jupyter",
        ]);
        if (optionValues(options, "--interface").some(i => /^lo$/.test(i))) return [];
        return server(optionValues(options, "--host").slice(-1), {
            code: "the dask scheduler: its clients submit functions its workers run",
        });
    }
    return [];
}

/**
 * Round 82: what user data wrote to a configuration file a command names (relative to its working directory), null
 * where the pack cannot tell (a directory it cannot know, a file changed in a way it cannot compute: readConfig).
 */
const configReader =
    (cwd: string | undefined, fileText: ((path: string) => string | undefined) | undefined, view?: ScriptView) =>
    (path: string): string | null | undefined => {
        const at = servedDirectory(path, cwd);
        return at === undefined ? null : readConfig(at, fileText, view ?? NO_VIEW);
    };

/**
 * Servers a root command starts, by program name (busybox: only as its applet), each read into its listeners.
 * ncat/nc with --exec/-e, --sh-exec/-c (through /bin/sh -c) or --lua-exec (Ncat guide, "Command Execution": "The
 * command's standard input and output streams are redirected to use Ncat's network connection"), and --proxy-type
 * http ("Ncat can act as a proxy server itself in listen mode"); socat(1) "ADDRESS TYPES" (SYSTEM runs /bin/sh -c);
 * systemd-socket-activate(1); the rest above.
 */
export const SERVERS: {
    names: RegExp;
    busybox?: boolean;
    /** It reads one mode of the program only (Flask's debugger): the fail-closed rule (unreadListeners) judges it besides. */
    partial?: true;
    read: (
        args: readonly string[],
        cwd: string | undefined,
        name: string,
        fileText?: (path: string) => string | undefined,
        view?: ScriptView,
        /** The program as the command names it (its path, when it has one). */
        command?: string,
        /** Round 82: root runs it (daemonConfigs.ts: an unread configuration of a root daemon fails closed). */
        root?: boolean,
    ) => Listener[];
}[] = [
    { names: /^(ncat|nc|netcat)$/, read: (args, _, name) => ncatListeners(name, args) },
    // Round 81: disk and file exports, compile and compute servers (exportDaemonListeners).
    { names: /^(qemu-nbd|nbd-server|nbdkit|unfsd|distccd|plackup|dask|dask-scheduler)$/, read: exportDaemonListeners },
    // Round 82: targetcli's iSCSI targets and portals (daemonConfigs.ts targetcliListeners).
    {
        names: /^targetcli$/,
        read: (args, cwd, _, fileText, view, __, root) => [
            ...targetcliListeners(args),
            ...targetRestoreListeners("targetcli", args, configReader(cwd, fileText, view), root),
        ],
    },
    // Round 82: daemons of a documented every-address default bind, read with their configuration files
    // (daemonConfigs.ts): Redis and its forks, V2Ray/Xray inbounds, adnanh/webhook's hooks.
    {
        names: REDIS_SERVER,
        read: (args, cwd, name, fileText, view, _, root) =>
            redisListeners(args, name, configReader(cwd, fileText, view), root),
    },
    {
        names: /^(v2ray|xray)$/,
        read: (args, cwd, name, fileText, view, _, root) =>
            v2rayListeners(args, name, configReader(cwd, fileText, view), root),
    },
    {
        names: /^webhook$/,
        read: (args, cwd, _, fileText, view, __, root) =>
            webhookListeners(args, configReader(cwd, fileText, view), root),
    },
    // Round 83: php-fpm, snmpd, ganesha.nfsd and tgt-admin given their configuration by an option or the environment
    // (daemonConfigs.ts DAEMON_CONFIG_OPTIONS), and tgtadm's run-time initiator grants.
    {
        names: CONFIGURED_DAEMONS,
        read: (args, cwd, name, fileText, view, _, root) =>
            configuredDaemonListeners(
                args,
                name,
                configReader(cwd, fileText, view),
                () => view?.written?.() ?? [],
                view?.environment ?? new Map(),
                root,
            ),
    },
    { names: /^tgtadm$/, read: args => tgtadmListeners(args) },
    // Round 86: nvmetcli's restore of a saved NVMe-oF target; round 87: rtslib's targetctl restore, one table of the
    // in-kernel targets' restore tools (daemonConfigs.ts TARGET_RESTORE_TOOLS).
    {
        names: /^(nvmetcli|targetctl)$/,
        read: (args, cwd, name, fileText, view, _, root) =>
            targetRestoreListeners(name, args, configReader(cwd, fileText, view), root),
    },
    // Round 86: libvirt's remote TCP listener (daemonConfigs.ts libvirtTcpListeners).
    {
        names: /^(libvirtd|virtproxyd)$/,
        read: (args, cwd, name, fileText, view) =>
            libvirtDaemonListeners(args, name, configReader(cwd, fileText, view)),
    },
    { names: /^socat$/, read: socatListeners },
    { names: /^systemd-socket-activate$/, read: socketActivateListeners },
    { names: /^(in\.)?telnetd$/, read: (args, _, name) => telnetdListeners(name, args) },
    { names: /^ttyd$/, read: ttydListeners },
    { names: /^gotty$/, read: gottyListeners },
    { names: /^shellinaboxd$/, read: shellinaboxdListeners },
    { names: /^python[0-9.]*$/, read: pythonModuleListeners },
    { names: /^proxy$/, read: proxyPyListeners },
    { names: /^caddy$/, read: caddyListeners },
    { names: /^node_exporter$/, read: nodeExporterListeners },
    { names: /^httpd$/, busybox: true, read: busyboxHttpdListeners },
    { names: /^(nc|netcat)$/, busybox: true, read: args => toyboxNetcatListeners(args, true) },
    { names: /^exportfs$/, read: exportfsListeners },
    { names: /^microsocks$/, read: microsocksListeners },
    { names: /^chisel$/, read: chiselListeners },
    { names: /^pproxy$/, read: pproxyListeners },
    { names: /^3proxy$/, read: (args, _, __, fileText, view) => threeProxyListeners(args, fileText, view ?? NO_VIEW) },
    { names: /^gost$/, read: gostListeners },
    // Relays (commandForwarders), pen's control interface besides.
    { names: /^(pen|balance)$/, read: (args, _, name) => (name === "pen" ? penListeners(args) : []) },
    { names: /^ssh$/, read: sshListeners },
    { names: /^autossh$/, read: args => sshListeners(autosshSshArgs(args)) },
    { names: /^dbclient$/, read: args => sshListeners(dropbearSshArgs(args)) },
    { names: /^(tcpsvd|udpsvd|tcpserver)$/, read: superServerListeners },
    { names: /^x?inetd$/, read: superServerConfigListeners },
    { names: /^websocketd$/, read: websocketdListeners },
    { names: /^php[0-9.]*$/, read: phpServerListeners },
    // openssl s_server -WWW/-HTTP serving its working directory (round 74).
    { names: /^openssl$/, partial: true, read: opensslServerListeners },
    // The commands a PHP program runs (round 68).
    { names: /^php[0-9.]*$/, partial: true, read: phpCommandListeners },
    { names: /^rsync$/, read: rsyncDaemonListeners },
    { names: /^smbd$/, read: smbdListeners },
    {
        names: /^jupyter(-[\w-]+)?$/,
        read: (args, _, name, fileText, view) => jupyterListeners(args, name, fileText, view),
    },
    { names: /^python[0-9.]*$/, read: jupyterModuleListeners },
    {
        names: /^(code-server|openvscode-server|code)$/,
        read: (args, _, name, fileText, view) => browserIdeListeners(args, name, fileText, view),
    },
    { names: /^(mitmproxy|mitmdump|mitmweb)$/, read: mitmproxyListeners },
    {
        names: /^flask$/,
        partial: true,
        read: (args, cwd, _, fileText, view) => flaskDebuggerListeners(args, cwd, fileText, view),
    },
    {
        names: /^java$/,
        partial: true,
        read: (args, cwd, __, fileText, view, command) => [
            ...jvmAgentListeners(args, fileText, view, undefined, command),
            ...springStaticListeners(args, cwd, fileText, view ?? NO_VIEW),
        ],
    },
    {
        names: /^jcmd$/,
        partial: true,
        read: (args, _, __, fileText, view) => jcmdListeners(args, fileText, view ?? NO_VIEW),
    },
    {
        names: /^jattach$/,
        partial: true,
        read: (args, _, __, fileText, view) => jattachListeners(args, fileText, view ?? NO_VIEW),
    },
    {
        names: /^python[0-9.]*$/,
        partial: true,
        read: (args, cwd, name, fileText, view) => flaskScriptListeners(args, cwd, name, fileText, view),
    },
    // A script serving files through http.server or a static-file API from its own code (round 54).
    { names: /^python[0-9.]*$/, partial: true, read: pythonFileServerListeners },
    // A script starting a socket server whose connections its own code handles (round 71).
    { names: /^python[0-9.]*$/, partial: true, read: pythonSocketServerListeners },
    // A script starting a remote debugger from its own code (round 56).
    { names: /^python[0-9.]*$/, partial: true, read: pythonDebuggerListeners },
    // A script running commands the pack does not read (round 68).
    { names: /^python[0-9.]*$/, partial: true, read: pythonCommandListeners },
    // A script listening on a socket of its own (round 71).
    { names: /^python[0-9.]*$/, partial: true, read: pythonSocketListeners },
    // A Node.js program serving files, or what the pack cannot read, from its own code (round 60).
    {
        names: NODE_RUNNERS,
        partial: true,
        read: (args, cwd, name, fileText, view, command) =>
            nodeFileServerListeners(args, cwd, name, fileText, view, command),
    },
    // Source code user data writes and a compiler-runner the pack has no reader for runs (round 64).
    {
        names: SOURCE_RUNNER_NAMES,
        partial: true,
        read: (args, cwd, name, fileText, view, command) =>
            sourceRunnerListeners(args, cwd, name, fileText, view, command),
    },
    // `perl -e`/`ruby -e` code running commands (round 71).
    { names: /^(perl|ruby)[0-9.]*$/, partial: true, read: inlineScriptListeners },
    // Interpreters of languages the pack does not read, given code (round 73).
    { names: UNREAD_INTERPRETER_NAMES, read: unreadInterpreterListeners },
];

/**
 * Environment variables naming where a program listens (uvicorn's UVICORN_HOST, Flask's FLASK_RUN_HOST, Streamlit's
 * STREAMLIT_SERVER_ADDRESS, a bare HOST or PORT: uvicorn "Settings": "Use environment variables with the prefix
 * UVICORN_"; Flask "Command Line Interface", "Setting Command Options": FLASK_COMMAND_OPTION).
 */
export const LISTEN_VARIABLE = /(^|_)(HOST|BIND|LISTEN|ADDR|ADDRESS|IP|PORT)$/;

/**
 * Environment variables listing the URLs a server listens on (a `;`, `,` or space separated list, each judged by its
 * host): ASP.NET Core's ASPNETCORE_URLS and DOTNET_URLS (KESTREL_URLS), etcd's ETCD_LISTEN_CLIENT_URLS, a LISTEN_URL
 * or BIND_URL. An ADVERTISE one is what others are told to dial, not a bind.
 */
export const LISTEN_URLS_VARIABLE = /^(?!.*ADVERTISE)(.*_URLS|(.*_)?(LISTEN|BIND)_URL)$/;

/**
 * Environment variables holding a program's command-line options: gunicorn's GUNICORN_CMD_ARGS (gunicorn "Settings":
 * "Settings can be specified by using environment variable GUNICORN_CMD_ARGS. All available command line arguments
 * can be used", `GUNICORN_CMD_ARGS="--bind=127.0.0.1 --workers=3"`), JAVA_OPTS, NODE_OPTIONS. Read as its arguments
 * when they are its own (named with its name as their prefix) or given to it alone.
 */
export const ARGUMENTS_VARIABLE = /(^|_)(ARGS|OPTS|OPTIONS)$/;

/**
 * A command's servers as their SERVERS readers judge them, and its program with its arguments when no reader judges it
 * (`unread`: an interpreter running a script no reader knows, a program with no reader, or one only `partial` readers
 * read) and root runs it itself,
 * not a launcher (shell.ts launchedCommand: its command line is judged as the command it launches, as the user it
 * runs as) nor a NOT_UNREAD_SERVERS program nor python running NON_SERVING_MODULES: the fail-closed rule's case
 * (unreadListeners).
 */
export function readServers(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    root: boolean,
    view: ScriptView,
): { listeners: Listener[]; unread?: { program: string; args: readonly string[] } } {
    const name = posix.basename(words[0] ?? "");
    const busybox = /^(busybox|toybox)$/.test(name);
    const [program, args] = busybox ? [posix.basename(words[1] ?? ""), words.slice(2)] : [name, words.slice(1)];
    const servers = SERVERS.filter(s => s.names.test(program) && (busybox || !s.busybox));
    const command = busybox ? words[1] : words[0];
    const found = servers.map(s => ({
        partial: s.partial,
        listeners: s.read(args, cwd, program, fileText, view, command, root),
    }));
    // A program user data built from sources (builtPrograms): as the runner's `run` of them. `dotnet FILE.dll` runs FILE.
    const PATH_DIRS = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin", "/root/go/bin"];
    // `java -jar JAR` and `java -cp|-classpath|--class-path A:B CLASS` run the jar's, the class path's code.
    const classPathOption =
        program === "java"
            ? args.flatMap((w, i) =>
                  /^(-jar|-cp|-classpath|--class-path)$/.test(args[i - 1] ?? "")
                      ? w.split(":")
                      : /^--class-path=/.test(w)
                        ? w.slice(13).split(":")
                        : [],
              )
            : [];
    // Round 77: with no class path option, the JVM takes the CLASSPATH environment variable, else the working
    // directory (JDK java(1) "--class-path": "If -classpath and -cp aren't used and CLASSPATH isn't set, the user class
    // path consists of the current directory (.)"; "Setting the Class Path": "The CLASSPATH environment variable ...
    // The -cp option overrides it"). Its values come from the run's own environment when that is known (a unit's:
    // programEnvironment), else from every value the script gives it (the pack cannot tie an export to this process,
    // so unset stays possible too); a value the pack cannot compute is an entry it cannot read.
    const classPathVariable = (): string[] => {
        const values = view.programEnvironment
            ? (view.programEnvironment.get("CLASSPATH") ?? [])
            : (view.environment.get("CLASSPATH") ?? []);
        const unset = view.programEnvironment ? values.length === 0 : true;
        return [
            ...(unset ? ["."] : []),
            ...values.flatMap(v => (v === undefined ? ["$CLASSPATH (a value the pack cannot compute)"] : v.split(":"))),
        ];
    };
    const classPath =
        program === "java" && classPathOption.length === 0 && !args.some(w => /^--class-path=/.test(w))
            ? classPathVariable()
            : classPathOption;
    const executable = program === "dotnet" ? args.find(w => !w.startsWith("-") && /\.dll$/i.test(w)) : command;
    // Round 72: a built binary run by its path is given the command's own arguments (its argv, listenAddressUnknown);
    // `dotnet FILE.dll ARGS` is not read (the host's own options): unknown.
    const runArgs = program === "dotnet" || busybox ? undefined : args;
    // Round 74: java(1) `java [options] mainclass [args ...]`: the words after the main class are main's arguments,
    // (`-jar jarfile [args ...]`: the words after the jar), known when every option before it is one the pack knows (a value option and its value, -D, -X, -ea/-da).
    const javaEnd = program === "java" ? javaOptionsEnd(args) : -1;
    const javaKnown =
        javaEnd >= 0 &&
        args
            .slice(0, javaEnd)
            .every(
                (w, i, before) =>
                    /^(-cp|-classpath|--class-path)$/.test(w) ||
                    /^(-cp|-classpath|--class-path)$/.test(before[i - 1] ?? "") ||
                    /^(--class-path=.*|-D[^=\s]+(=.*)?|-X\S*|-(ea|da|esa|dsa|enableassertions|disableassertions)(:\S*)?)$/s.test(
                        w,
                    ),
            );
    const mainArgs = javaKnown ? args.slice(javaEnd + (args[javaEnd] === "-jar" ? 2 : 1)) : undefined;
    const built = [
        ...classPath.flatMap(p =>
            p === "" ? [] : builtListeners(servedDirectory(p.replace(/\/\*$/, ""), cwd), view, mainArgs),
        ),
        ...(executable === undefined
            ? []
            : executable.includes("/")
              ? builtListeners(servedDirectory(executable, cwd), view, runArgs)
              : PATH_DIRS.flatMap(d => builtListeners(posix.join(d, executable), view, runArgs))
                    .slice(0, 1)
                    .flat()),
    ];
    // Round 76: a run of classes javac built (builtPrograms) loads every class its class path holds (JDK "java":
    // "-cp ... A semicolon (;) [colon on Linux] separated list of directories, JAR archives, and ZIP archives to
    // search for class files"), and the launcher's environment adds options ("JDK_JAVA_OPTIONS ... prepended to the
    // command line"; JVMTI "JAVA_TOOL_OPTIONS", HotSpot _JAVA_OPTIONS: -javaagent runs an agent's code): another
    // class path entry, a class file or jar downloaded into a built directory (over javac's output or beside it), or
    // such an exported variable is code the pack does not read.
    const builtDirs =
        program === "java"
            ? classPath.filter(p => p !== "" && builtProgram(servedDirectory(p.replace(/\/\*$/, ""), cwd), view))
            : [];
    const javaUnread =
        builtDirs.length === 0
            ? []
            : [
                  ...classPath
                      .filter(p => p !== "" && !builtDirs.includes(p))
                      .map(p => `${p}, a class path entry the pack does not read`),
                  ...["JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"]
                      .filter(n => view.environment.has(n))
                      .map(n => `${n}, exported JVM options`),
                  ...builtDirs.flatMap(p => {
                      const dir = servedDirectory(p.replace(/\/\*$/, ""), cwd);
                      return [...(view.downloads?.keys() ?? [])]
                          .filter(f => dir !== undefined && f.startsWith(`${dir}/`) && /\.(class|jar|zip)$/i.test(f))
                          .map(f => `${f}, a class file or jar downloaded onto the class path`);
                  }),
              ];
    if (javaUnread.length > 0)
        built.push({
            server: words.join(" "),
            binds: [],
            serves: { unread: `${words.join(" ")}: ${javaUnread.join(", ")}` },
        });
    const listeners = [...found.flatMap(f => f.listeners), ...built];
    // Round 73: `go run` of sources user data wrote, which listenAddressUnknown reads with the program's argv: the
    // words after the program's flag terminator (goFlagWords) are its flag.Args(), judged there, not Go flags.
    const programArgs = program === "go" ? runnerProgramArguments(program, args) : undefined;
    const goSources =
        programArgs === undefined
            ? undefined
            : goRunSources(args, sourceLookup(cwd, fileText ?? (() => undefined), view));
    const goTexts = Array.isArray(goSources)
        ? goSources.map(f => {
              const path = servedDirectory(f, cwd);
              return path === undefined ? undefined : readConfig(path, fileText, view);
          })
        : [];
    const goRead = goTexts.length > 0 && goTexts.every(t => typeof t === "string");
    const unreadArgs =
        goRead && programArgs !== undefined
            ? [
                  ...args.slice(0, args.length - programArgs.length),
                  ...goFlagWords(programArgs, goStdFlags(goTexts as string[]), true),
              ]
            : args;
    const unread =
        found.every(f => f.listeners.length === 0 || f.partial) &&
        (servers.every(s => s.partial) || INTERPRETERS.test(program)) &&
        !(/^python[0-9.]*$/.test(program) && NON_SERVING_MODULES.test(pythonModule(args) ?? "")) &&
        root &&
        launchedCommand(words) === undefined &&
        !NOT_UNREAD_SERVERS.test(program);
    return {
        listeners: unread
            ? [...listeners, ...unreadCodeListeners(program, args, command, cwd, fileText, view)]
            : listeners,
        ...(unread ? { unread: { program, args: unreadArgs } } : {}),
    };
}

/**
 * Round 74: source files of languages the pack reads in no program (no SERVERS reader reads them): Dart, Crystal,
 * Clojure/babashka, Nim, Zig, Swift, Raku, Scala, OCaml, Smalltalk, Forth, Haskell, Elixir/Erlang, Julia, R, Lisp,
 * Scheme/Racket, Groovy, jshell, PowerShell, AppleScript, Octave/MATLAB (.m), Haxe, COBOL, Fortran, Ada, Pascal, Gleam,
 * Odin, Mojo, Vala, Elm, PureScript. Prolog's .pl is Perl's too (swipl is an UNREAD_INTERPRETERS name); extensions
 * other files share (.d directories, .pp Puppet manifests, .v, .re, .cl) are left out.
 */
const UNREAD_SOURCE =
    /\.(dart|cr|clj|cljc|cljs|bb|nim|nims|zig|swift|raku|rakumod|p6|pl6|scala|sc|ml|st|fth|4th|hs|lhs|ex|exs|erl|jl|r|lisp|lsp|scm|rkt|groovy|gvy|jsh|ps1|psm1|applescript|scpt|m|hx|cob|cbl|f90|f95|f03|adb|pas|gleam|odin|mojo|vala|elm|purs)$/i;

/**
 * Programs that handle a file as data, never running its code: CONTENT_KEEPERS, copying, moving, linking, removing,
 * archiving, editing, comparing, formatting, hashing and fetching tools, and compilers that build a program without
 * running it (what they build is judged when it runs: builtPrograms, or the fail-closed rule).
 */
const FILE_HANDLERS =
    /^(cp|mv|install|ln|rm|unlink|rsync|scp|tar|zip|unzip|gzip|gunzip|bzip2|xz|zstd|sed|awk|gawk|mawk|git|patch|diff|vi|vim|nano|ed|tee|dd|truncate|shred|gpg|base64|sort|uniq|cut|tr|xargs|find|iconv|dos2unix|envsubst|m4|jq|yq|aws|curl|wget|gcc|cc|clang|g\+\+|c\+\+|javac|kotlinc|kotlinc-jvm|swiftc|rustc|tsc|make|cmake|ctags|strip|objdump|nm|sha1sum|sha256sum|sha512sum|md5sum|chmod|chown|mkdir|touch|cat|head|tail|grep|file|stat|ls|wc)$/;

/**
 * Round 74: code user data gives a root program no SERVERS reader reads (readServers' fail-closed case), judged as
 * UNREAD_INTERPRETERS' is (a program on an address the pack cannot tell: refused, fail closed):
 * - an executable user data wrote, run by its path, whose `#!` line (execve(2): "the interpreter ... is invoked with
 *   ... interpreter [optional-arg] pathname arg...") names an UNREAD_INTERPRETERS program or any program no reader
 *   reads and no NOT_UNREAD_SERVERS, shell or interpreter is: after env(1) and its options ("-S, --split-string=S:
 *   process and split S into separate arguments; used to pass multiple arguments on shebang lines", -i, -u NAME,
 *   -C DIR, NAME=VALUE assignments) the word env runs;
 * - a program (not an interpreter the pack reads, nor a FILE_HANDLERS one) given an `--eval`/`-eval`/`--evaluate`
 *   code option (octave(1) "--eval CODE", sbcl, racket, clisp, julia alike) or a source file of a language no reader
 *   reads (UNREAD_SOURCE) that user data wrote or changed: the file is the program's code.
 */
function unreadCodeListeners(
    program: string,
    args: readonly string[],
    command: string | undefined,
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const unreadCode = (server: string, what: string): Listener[] => [
        { server, binds: [], serves: { unread: `${server} (${what})` } },
    ];
    const read = (name: string) =>
        INTERPRETERS.test(name) ||
        NOT_UNREAD_SERVERS.test(name) ||
        FILE_HANDLERS.test(name) ||
        CONTENT_KEEPERS.test(name) ||
        SERVERS.some(s => s.names.test(name) && !UNREAD_INTERPRETER_NAMES.test(name));
    const path = command?.includes("/") ? servedDirectory(command, cwd) : undefined;
    const text = path === undefined ? undefined : readConfig(path, fileText, view);
    const hashBang = typeof text === "string" ? /^#!\s*(\S+)[ \t]*([^\n]*)/.exec(text) : null;
    if (hashBang) {
        let words = [hashBang[1], ...hashBang[2].split(/\s+/).filter(w => w !== "")].map(w =>
            w.replace(/^(-S|--split-string=)(?=.)/, ""),
        );
        if (posix.basename(words[0]) === "env") {
            let i = 1;
            for (; i < words.length; i++) {
                const w = words[i];
                if (/^(-u|--unset|-C|--chdir)$/.test(w)) i++;
                else if (!(w.startsWith("-") || /^[A-Za-z_]\w*=/.test(w))) break;
            }
            words = words.slice(i);
        }
        const name = posix.basename(words[0] ?? "");
        if (name !== "" && (UNREAD_INTERPRETER_NAMES.test(name) || !read(interpreterName(name))))
            return unreadCode(
                `${words.join(" ")} ${command} ${args.join(" ")}`.trim(),
                "a #! script in a language the pack does not read",
            );
    }
    if (read(program) || read(interpreterName(program)) || UNREAD_INTERPRETER_NAMES.test(program)) return [];
    const server = `${program} ${args.join(" ")}`.trim();
    if (args.some(w => /^--?(eval|evaluate)(=|$)/.test(w))) return unreadCode(server, "code given on its command line");
    // Round 75: tcc(1) "-run: compile file source and run it" (C the pack does not read).
    if (/^tcc$/.test(program) && args.some(w => /^-run$/.test(w)))
        return unreadCode(server, "C code it compiles and runs");
    const source = args.find(w => {
        const file = w.replace(/^--?[\w.-]+=/, "");
        const at = UNREAD_SOURCE.test(file) ? servedDirectory(file, cwd) : undefined;
        return at !== undefined && readConfig(at, fileText, view) !== undefined;
    });
    return source === undefined ? [] : unreadCode(server, `${source}: code in a language the pack does not read`);
}

/**
 * The listeners of a command the node runs (SERVERS, else, run as `root`, unreadListeners), `cwd` its working
 * directory when known, `fileText` what user data wrote to a file. The fail-closed rule is root's, as round 35
 * decided a non-root NoNewPrivileges gateway on `:443` (redteam35-nsec.test.ts) clean.
 */
export function commandListeners(
    words: readonly string[],
    cwd: string | undefined,
    fileText?: (path: string) => string | undefined,
    root = true,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const { listeners, unread } = readServers(words, cwd, fileText, root, view);
    return unread
        ? [
              ...listeners,
              ...unreadListeners(unread.program, unread.args),
              ...unreadConfigFileListeners(unread.program, unread.args, cwd, fileText, view),
              ...environmentConfigListeners(unread.program, words, cwd, fileText, view),
              ...defaultBindListeners(unread.program, unread.args, fileText, view),
              ...appSettingsListeners(words[0] ?? "", unread, cwd, fileText, view),
          ]
        : listeners;
}

/** The ASP.NET Core settings files of a content root: appsettings.json and appsettings.{Environment}.json. */
const APP_SETTINGS_FILE = /(^|\/)appsettings(\.[^/]+)?\.json$/i;

/** The built-in environment names (MS Learn "Use multiple environments in ASP.NET Core"). */
const BUILT_IN_ENVIRONMENTS = ["Development", "Staging", "Production"];

/**
 * Where a root program the pack does not read listens by ASP.NET Core configuration files (any program may be an
 * ASP.NET Core app: `dotnet App.dll`, or an apphost executable, which `dotnet publish` produces by default: MS Learn
 * "dotnet publish", ".NET application publishing overview"), their keys judged as every provider's are (kestrelListens):
 * - appsettings.json and appsettings.{Environment}.json (MS Learn "Configuration in ASP.NET Core", default application
 *   configuration) in its content root: the host's `contentRoot` setting (MS Learn "ASP.NET Core Web Host" / ".NET
 *   Generic Host", Content root: `--contentRoot`, ASPNETCORE_CONTENTROOT / DOTNET_CONTENTROOT), else the working
 *   directory ("the result of GetCurrentDirectory()"); and its own directory (the .dll's, the executable's), where an
 *   app may set it. A CONTENTROOT variable of a value the pack cannot compute: every file user data writes so named.
 * - The environment "can be set to any value" (MS Learn "Use multiple environments in ASP.NET Core": DOTNET_ENVIRONMENT,
 *   ASPNETCORE_ENVIRONMENT, the command line's `environment`): the command line's when given, else the one a systemd
 *   unit's fully known environment gives (unitAspNetEnvironments: Production when it sets none), else every
 *   appsettings.*.json user data writes there (a shell's environment is cloud-init's, not fully known). A `dotnet`
 *   app's files are also probed by name (appsettings.json, the environment named or each built-in one:
 *   BUILT_IN_ENVIRONMENTS), a tree user data changed failing closed; any other program's are only those user data
 *   writes (a `cd` into a changed tree is not a .NET app's sign).
 * - `dotnet run [--project PATH]` (MS Learn "dotnet run"; `-p` is --property) runs the project in PATH (a project
 *   file's directory; else the working directory), with its Properties/launchSettings.json's profile (`--launch-profile
 *   NAME`/`-lp NAME`, else the first whose commandName is Project; none with --no-launch-profile): its applicationUrl
 *   (ASPNETCORE_URLS) and environmentVariables.
 * A file user data does not write is the app's own: with no endpoint configured, "Kestrel binds to
 * http://localhost:5000" (MS Learn "Configure endpoints for the ASP.NET Core Kestrel web server"). One written then
 * changed in a way the pack cannot compute (readConfig), or that is not JSON, may hold any setting: every address, as
 * such an EnvironmentFile= (environmentListeners).
 */
function appSettingsListeners(
    command: string,
    { program, args }: { program: string; args: readonly string[] },
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const resolve = (path: string) =>
        path.startsWith("/") ? posix.normalize(path) : cwd === undefined ? undefined : posix.resolve(cwd, path);
    const settings = args.flatMap((_, i) => commandLineSetting(args, i) ?? []);
    const setting = (key: string) => settings.filter(s => configurationKey(s.key) === key).map(s => s.value);
    const dll = program === "dotnet" ? args.find(w => /\.dll$/i.test(w)) : undefined;
    const dotnetRun = program === "dotnet" ? dotnetRunProject(args, cwd) : undefined;
    const run = dotnetRun !== undefined;
    const runArgs = dotnetRun?.runArgs ?? args;
    const runOption = (...names: string[]) => dotnetRun?.option(...names);
    const project = dotnetRun?.project;
    const ownDirectory = dll ?? (command.includes("/") ? command : undefined);
    const variableRoots = ["ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT"].flatMap(v => view.environment.get(v) ?? []);
    const roots = new Set(
        [
            cwd,
            ownDirectory && resolve(posix.dirname(ownDirectory)),
            project,
            ...setting("contentroot").map(resolve),
            ...variableRoots,
        ].filter((r): r is string => r !== undefined),
    );
    const writtenSettings = [...(view.written?.() ?? [])].filter(path => APP_SETTINGS_FILE.test(path));
    const fromCommandLine = setting("environment");
    const named = fromCommandLine.length > 0 ? fromCommandLine : (view.aspNetEnvironments ?? []);
    const files = new Set([
        ...[...(dll !== undefined || run ? roots : [])].flatMap(root =>
            [...(named.length > 0 ? named : BUILT_IN_ENVIRONMENTS), ""].map(e =>
                posix.join(root, `appsettings${e === "" ? "" : `.${e}`}.json`),
            ),
        ),
        ...writtenSettings.filter(
            path =>
                variableRoots.includes(undefined) ||
                (roots.has(posix.dirname(path)) &&
                    (named.length === 0 ||
                        /\/appsettings\.json$/i.test(path) ||
                        named.some(e => posix.basename(path) === `appsettings.${e}.json`))),
        ),
    ]);
    const app = dll ?? (run ? `run (${project ?? "its working directory"})` : "");
    const where = `${program}${app === "" ? "" : ` ${app}`}`;
    // Each leaf of the JSON as its configuration key (`Kestrel:Endpoints:Http:Url`), arrays by index.
    const leaves = (v: unknown, key: string): [string, string][] =>
        v !== null && typeof v === "object"
            ? Object.entries(v).flatMap(([k, x]) => leaves(x, key === "" ? k : `${key}:${k}`))
            : [[key, String(v)]];
    const json = (text: string | null): unknown => {
        try {
            return text === null ? undefined : JSON.parse(text.replace(/^\s*\/\/.*$/gm, ""));
        } catch {
            return undefined;
        }
    };
    const fileListeners = (file: string, binds: (parsed: unknown) => string[]): Listener[] => {
        const text = readConfig(file, fileText, view);
        if (text === undefined) return [];
        const parsed = json(text);
        if (parsed === undefined)
            return [
                {
                    server: `${where} (its ${file}, which user data changes after writing it or the pack cannot read)`,
                    binds: [],
                    serves: { unread: program },
                },
            ];
        const found = binds(parsed);
        return found.length === 0
            ? []
            : [{ server: `${where} (its ${file})`, binds: found, serves: { unread: program } }];
    };
    const launchProfile = () => {
        if (project === undefined || runArgs.includes("--no-launch-profile")) return [];
        const chosen = runOption("--launch-profile", "-lp");
        return fileListeners(posix.join(project, "Properties/launchSettings.json"), parsed => {
            const profiles = Object.entries(obj(obj(parsed).profiles));
            const profile = obj(
                chosen !== undefined
                    ? profiles.find(([name]) => name === chosen)?.[1]
                    : profiles.find(([, p]) => obj(p).commandName === "Project")?.[1],
            );
            return [
                ...(typeof profile.applicationUrl === "string"
                    ? (kestrelListens("urls", profile.applicationUrl) ?? [])
                    : []),
                ...Object.entries(obj(profile.environmentVariables)).flatMap(
                    ([name, value]) => kestrelListens(name, String(value)) ?? [],
                ),
            ];
        });
    };
    return [
        ...[...files].flatMap(file =>
            fileListeners(file, parsed =>
                leaves(parsed, "").flatMap(([key, value]) => kestrelListens(key, value) ?? []),
            ),
        ),
        ...launchProfile(),
    ];
}

/**
 * The ssh command line autossh runs (autossh(1): "autossh [-V] [-M port[:echo_port]] [-f] [SSH_OPTIONS]": -M, -f and -V
 * are its own, every other argument is passed on to ssh).
 */
export function autosshSshArgs(args: readonly string[]): string[] {
    return args.filter((w, i) => !/^(-f|-V|-M.*)$/.test(w) && !(args[i - 1] === "-M"));
}

/**
 * Whether a command keeps the content of every file it names (CONTENT_KEEPERS). find(1) itself only lists the files it
 * finds, unless it deletes them (-delete) or writes the list into a file (-fprint, -fprint0, -fprintf, -fls); the
 * commands its -exec/-execdir/-ok/-okdir run are judged as themselves (findRuns). rpm's queries only read the package
 * database (rootReads.ts rpmQueryWord), the files they name included (-qf "Query package owning installed FILE").
 */
export function keepsContent(words: readonly string[]): boolean {
    const program = posix.basename(words[0] ?? "");
    if (program === "find") return !words.some(w => /^-(delete|fprint0?|fprintf|fls)$/.test(w));
    if (program === "rpm")
        return (
            words.slice(1).some(w => /^(-q|--query$)/.test(w)) &&
            words.slice(1).every(w => rpmQueryWord(w) || !w.startsWith("-"))
        );
    return CONTENT_KEEPERS.test(program);
}
