/**
 * Round 83: the one table of variables that make a program load configuration or code from a path, or take its
 * options, trust or programs from the environment (formerly rootReads.ts LOADER_VARIABLES and pythonCode.ts
 * CONFIGURATION_LOCATING_VARIABLES, two lists of the same fact). Each entry names the variables (a regular expression
 * source, whole names), what the value locates and the documentation saying so:
 * - `file`: a file read as configuration or code (or, a directory named, the files below it);
 * - `files`: a colon-separated list of such files;
 * - `tree`: a directory whose files are read as configuration or code;
 * - `dotfiles`: a directory whose dot-named entries are (a HOME of one program);
 * - `search-list`: a colon-separated list of directories searched for programs, libraries or modules (judged where the
 *   program runs: rootReads plantedSearchList, ld.so's LD_* per command, Python's import path);
 * - `python`: read by the Python interpreter per run (pythonCode.ts PYTHON_ENVIRONMENT, which knows -E/-I/-s);
 * - `interactive`: read only by an interactive shell or prompt (never by a script or a `-c` command);
 * - `words`: options, settings, commands or URLs, no location (judged by the readers of the program taking them);
 * - `scratch`: where a program creates its own scratch files (TMPDIR), loading nothing.
 * Entries are matched in order (the first whose name matches is the variable's); a specific entry comes before the
 * family it belongs to (GIT_EXEC_PATH before GIT_*).
 */
export type Located =
    "file" | "files" | "tree" | "dotfiles" | "search-list" | "python" | "interactive" | "words" | "scratch";

export interface LocatingVariable {
    /** The variables' names: a regular expression source matching whole names. */
    readonly name: string;
    readonly locates: Located;
    /** What it makes the program read, and the documentation that says so. */
    readonly doc: string;
    /** Whether the file or directory holds the certificate authorities a client trusts (a trust store). */
    readonly trusts?: boolean;
    /**
     * Round 84: the python flag letters under any of which the interpreter does not read the variable (Python docs
     * "Command line and environment": -E "Ignore all PYTHON* environment variables (except PYTHONEXECUTABLE), e.g.
     * PYTHONPATH and PYTHONHOME"; -s "Don't add the user site-packages directory to sys.path"; -I isolated mode
     * "implies -E, -P and -s"). The dynamic loader's LD_* and every other program's variables have none: ld.so(8)
     * reads them before Python starts.
     */
    readonly pythonIgnoredUnder?: string;
}

export const LOCATING_VARIABLES: readonly LocatingVariable[] = [
    // ===== shells =====
    { name: "PATH", locates: "search-list", doc: 'bash(1) PATH: "The search path for commands"' },
    { name: "CDPATH", locates: "search-list", doc: 'bash(1) CDPATH: "The search path for the cd command"' },
    {
        name: "BASH_ENV",
        locates: "file",
        doc: 'Bash manual "Bash Startup Files": "When Bash is started non-interactively ... it looks for the variable BASH_ENV in the environment, expands its value, and uses the expanded value as the name of a file to read and execute"',
    },
    {
        name: "ENV",
        locates: "interactive",
        doc: 'Bash manual "Bash Startup Files", invoked as sh: "When invoked as an interactive shell with the name sh, Bash looks for the variable ENV"; "a non-interactive shell invoked with the name sh does not attempt to read any other startup files" (POSIX ENV: interactive shells only)',
    },
    {
        name: "ZDOTDIR",
        locates: "dotfiles",
        doc: 'zsh(1) STARTUP/SHUTDOWN FILES: "Commands are then read from $ZDOTDIR/.zshenv" (then .zprofile, .zshrc, .zlogin there)',
    },
    {
        name: "FPATH",
        locates: "search-list",
        doc: "ksh(1), zshparam(1) FPATH: where autoloaded functions are read from",
    },
    {
        name: "MODULE_PATH",
        locates: "search-list",
        doc: "zshparam(1) MODULE_PATH: where zmodload loads .so modules from",
    },
    { name: "SHELL", locates: "words", doc: "environ(7) SHELL: the shell programs run commands with" },
    {
        name: "PROMPT_COMMAND",
        locates: "interactive",
        doc: 'bash(1) PROMPT_COMMAND: "executed as a command prior to issuing each primary prompt" (interactive shells)',
    },
    {
        name: "BASH_LOADABLES_PATH",
        locates: "search-list",
        doc: 'bash(1) BASH_LOADABLES_PATH: "A colon-separated list of directories in which the shell looks for dynamically loadable builtins specified by the enable command"',
    },
    // ===== the dynamic loader, glibc =====
    {
        name: "LD_[A-Z_]+",
        locates: "search-list",
        doc: 'ld.so(8) LD_PRELOAD "A list of additional, user-specified, ELF shared objects to be loaded before all others", LD_LIBRARY_PATH, LD_AUDIT (judged per command: rootReads)',
    },
    { name: "GCONV_PATH", locates: "search-list", doc: "iconv_open(3): glibc iconv's gconv modules" },
    { name: "LOCPATH", locates: "tree", doc: "locale(7) LOCPATH: where locale data is read from" },
    { name: "NLSPATH", locates: "tree", doc: "catopen(3) NLSPATH: message catalogs" },
    // ===== Python (judged per run by pythonCode.ts PYTHON_ENVIRONMENT, -E/-I ignoring them) =====
    {
        name: "PYTHONUSERBASE",
        locates: "tree",
        doc: 'Python docs "site": the user site-packages below PYTHONUSERBASE is added to sys.path and its .pth files processed ("Lines starting with import (followed by space or tab) are executed") unless -s, -I or PYTHONNOUSERSITE',
        pythonIgnoredUnder: "EIs",
    },
    {
        name: "PYTHONSTARTUP",
        locates: "interactive",
        doc: 'Python docs "PYTHONSTARTUP": "the Python commands in that file are executed before the first prompt is displayed in interactive mode"',
        pythonIgnoredUnder: "EI",
    },
    {
        name: "PYTHONEXECUTABLE",
        locates: "python",
        doc: 'Python docs "-E": "Ignore all PYTHON* environment variables (except PYTHONEXECUTABLE)": read under -E and -I too',
    },
    {
        name: "PYTHON[A-Z_]*",
        locates: "python",
        doc: 'Python docs "Command line and environment", "Environment variables" (PYTHONPATH, PYTHONHOME, PYTHONPYCACHEPREFIX ...)',
        pythonIgnoredUnder: "EI",
    },
    // ===== other interpreters =====
    { name: "PERL[A-Z0-9_]*", locates: "search-list", doc: "perlrun(1) PERL5LIB, PERLLIB, PERL5OPT" },
    { name: "RUBY[A-Z_]*", locates: "search-list", doc: "ruby(1) RUBYLIB, RUBYOPT" },
    {
        name: "NODE_(?:OPTIONS|PATH|PRESERVE_SYMLINKS|REPL_EXTERNAL_MODULE|COMPILE_CACHE|ICU_DATA|CHANNEL_FD|CHANNEL_SERIALIZATION_MODE|UNIQUE_ID|EXTRA_CA_CERTS|TLS_REJECT_UNAUTHORIZED|USE_SYSTEM_CA|USE_ENV_PROXY|REDIRECT_WARNINGS|V8_COVERAGE|REPL_HISTORY(?:_FILE)?|DEBUG(?:_NATIVE)?|GYP_[A-Z_]+)",
        locates: "words",
        doc: 'nodejs.org/api/cli.html "Environment variables": code it runs or loads, what it trusts, what it writes (judged by the Node.js readers)',
    },
    { name: "LUA_[A-Z_]+", locates: "search-list", doc: "lua(1) LUA_PATH, LUA_CPATH, LUA_INIT" },
    {
        name: "JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS|JAVA_OPTS",
        locates: "words",
        doc: "JVM Tool Interface JAVA_TOOL_OPTIONS (-javaagent), java(1) JDK_JAVA_OPTIONS",
    },
    { name: "CLASSPATH", locates: "search-list", doc: "java(1) CLASSPATH" },
    { name: "AWKPATH|AWKLIBPATH", locates: "search-list", doc: "gawk(1) AWKPATH, AWKLIBPATH" },
    {
        name: "PHPRC",
        locates: "file",
        doc: 'PHP manual "The configuration file": PHPRC names php.ini or its directory',
    },
    { name: "PHP_INI_SCAN_DIR", locates: "search-list", doc: "PHP manual: the directories of additional .ini files" },
    { name: "TCLLIBPATH|TCL\\d_\\d_TM_PATH", locates: "search-list", doc: "tclsh(1) TCLLIBPATH, Tcl modules path" },
    { name: "GOPATH|GOFLAGS", locates: "words", doc: "go help environment: GOPATH, GOFLAGS" },
    { name: "DOTNET_[A-Z_]+|CORECLR_[A-Z_]+", locates: "words", doc: ".NET runtime configuration knobs, profilers" },
    // ===== git =====
    {
        name: "GIT_CONFIG_GLOBAL|GIT_CONFIG_SYSTEM|GIT_CONFIG",
        locates: "file",
        doc: 'git-config(1) ENVIRONMENT: GIT_CONFIG_GLOBAL, GIT_CONFIG_SYSTEM "Take the configuration from the given files instead"',
    },
    {
        name: "GIT_CONFIG_VALUE_\\d+",
        locates: "file",
        doc: 'git-config(1) ENVIRONMENT GIT_CONFIG_KEY_<n>/GIT_CONFIG_VALUE_<n> "added to the process\'s runtime configuration": a path value may be include.path\'s file ("Includes") or core.hooksPath\'s programs',
    },
    {
        name: "GIT_EXEC_PATH",
        locates: "tree",
        doc: 'git(1) --exec-path: "Path to wherever your core Git programs are installed. This can also be controlled by setting the GIT_EXEC_PATH environment variable" (git runs git-<command> from there)',
    },
    {
        name: "GIT_TEMPLATE_DIR",
        locates: "tree",
        doc: "git-init(1) TEMPLATE DIRECTORY: its files (hooks) are copied into the new repository",
    },
    {
        name: "GIT_DIR|GIT_COMMON_DIR",
        locates: "tree",
        doc: "git(1) GIT_DIR: the repository, whose config and hooks git reads and runs",
    },
    { name: "GIT_SSH|GIT_ASKPASS", locates: "file", doc: "git(1) GIT_SSH, GIT_ASKPASS: programs git runs" },
    { name: "GIT_[A-Z_]+", locates: "words", doc: "git(1) ENVIRONMENT (GIT_SSH_COMMAND, GIT_CONFIG_PARAMETERS ...)" },
    // ===== clients' configuration, credentials and trust =====
    {
        name: "AWS_CONFIG_FILE|AWS_SHARED_CREDENTIALS_FILE",
        locates: "file",
        doc: 'AWS SDKs and Tools reference guide "Finding and changing the location of the shared config and credentials files" (credential_process is a command the CLI runs)',
    },
    {
        name: "AWS_WEB_IDENTITY_TOKEN_FILE",
        locates: "file",
        doc: "AWS SDKs and Tools reference guide: the web identity token file",
    },
    {
        name: "AWS_CA_BUNDLE",
        locates: "file",
        doc: "AWS SDKs and Tools reference guide: AWS_CA_BUNDLE, the certificate bundle the CLI and SDKs trust",
        trusts: true,
    },
    {
        name: "KUBECONFIG",
        locates: "files",
        doc: 'Kubernetes docs "Organizing Cluster Access Using kubeconfig Files": KUBECONFIG, a colon-separated list (a user\'s exec plugin runs)',
    },
    {
        name: "OPENSSL_CONF",
        locates: "file",
        doc: 'openssl-env(7) "OPENSSL_CONF, OPENSSL_CONF_INCLUDE: Specifies the path to a configuration file and the directory for included files"; config(5): an engine section\'s dynamic_path loads a shared object',
    },
    {
        name: "OPENSSL_CONF_INCLUDE|OPENSSL_ENGINES|OPENSSL_MODULES",
        locates: "tree",
        doc: 'openssl-env(7): OPENSSL_ENGINES "the directory from which dynamic engines are loaded", OPENSSL_MODULES "the directory from which cryptographic providers are loaded"',
    },
    { name: "OPENSSL_[A-Z_]+", locates: "words", doc: "openssl-env(7)" },
    {
        name: "SSL_CERT_FILE",
        locates: "file",
        doc: "openssl-env(7) SSL_CERT_FILE: the default certificate file (the CAs a client trusts)",
        trusts: true,
    },
    {
        name: "SSL_CERT_DIR",
        locates: "tree",
        doc: "openssl-env(7) SSL_CERT_DIR: the default certificate directory (the CAs a client trusts)",
        trusts: true,
    },
    {
        name: "CURL_CA_BUNDLE|REQUESTS_CA_BUNDLE",
        locates: "file",
        doc: 'pip docs "HTTPS Certificates": "It is also possible to use REQUESTS_CA_BUNDLE or CURL_CA_BUNDLE environment variables" (the CAs pip, requests and curl trust)',
        trusts: true,
    },
    { name: "CURL_HOME", locates: "dotfiles", doc: 'curl(1) --config: "$CURL_HOME/.curlrc" first' },
    { name: "WGETRC", locates: "file", doc: 'GNU Wget manual "Startup File": WGETRC' },
    { name: "DOCKER_CONFIG", locates: "tree", doc: "docker(1) DOCKER_CONFIG (config.json's credHelpers run)" },
    // Round 88 (fix): the containers-image libraries' configuration files (podman, buildah, skopeo, CRI-O): which
    // registries an image name means, whether TLS is required (insecure), mirrors, which CAs and signature policy.
    {
        name: "CONTAINERS_REGISTRIES_CONF|REGISTRIES_CONFIG_PATH|CONTAINERS_CONF|CONTAINERS_CONF_OVERRIDE|CONTAINERS_STORAGE_CONF",
        locates: "file",
        doc: 'containers-registries.conf(5) "CONTAINERS_REGISTRIES_CONF": "the path to an alternative registries.conf" (REGISTRIES_CONFIG_PATH its older name); containers.conf(5) "CONTAINERS_CONF ... the path to a containers.conf file", CONTAINERS_CONF_OVERRIDE; containers-storage.conf(5) CONTAINERS_STORAGE_CONF',
    },
    {
        name: "XDG_CONFIG_HOME",
        locates: "tree",
        doc: 'XDG Base Directory spec: user configuration below $XDG_CONFIG_HOME (git-config(1) FILES "$XDG_CONFIG_HOME/git/config"; pip\'s "$XDG_CONFIG_HOME/pip/pip.conf")',
    },
    {
        name: "XDG_[A-Z_]+",
        locates: "search-list",
        doc: 'XDG Base Directory spec: XDG_CONFIG_DIRS, XDG_DATA_DIRS (pip docs "Configuration": a "pip" subdirectory of XDG_CONFIG_DIRS)',
    },
    { name: "PIP_CONFIG_FILE|PIP_CLIENT_CERT", locates: "file", doc: 'pip docs "Configuration": PIP_CONFIG_FILE' },
    {
        name: "PIP_CERT",
        locates: "file",
        doc: 'pip docs "HTTPS Certificates": "The --cert option (and the corresponding PIP_CERT environment variable) allow users to specify a different certificate store/bundle for pip to use"',
        trusts: true,
    },
    {
        name: "PIP_[A-Z_]+",
        locates: "words",
        doc: 'pip docs "Configuration": "pip\'s command line options can be set with environment variables" (judged by pythonCode.ts pipSettingsUnknown)',
    },
    {
        name: "NPM_CONFIG_USERCONFIG|NPM_CONFIG_GLOBALCONFIG",
        locates: "file",
        doc: 'npm docs "npmrc": NPM_CONFIG_USERCONFIG, NPM_CONFIG_GLOBALCONFIG',
    },
    { name: "NPM_CONFIG_[A-Z_]+", locates: "words", doc: 'npm docs "config": every option from the environment' },
    { name: "GNUPGHOME", locates: "tree", doc: "gpg(1) GNUPGHOME: the keyrings and gpg.conf" },
    {
        name: "HOME",
        locates: "dotfiles",
        doc: 'environ(7) HOME (judged by the readers of HOME: movedHomes); the interpreter\'s own use is the user site (Python docs "site": USER_BASE "~/.local"), dropped by -s and -I',
        pythonIgnoredUnder: "sI",
    },
    // ===== archivers, firewall extensions =====
    { name: "TAR_OPTIONS", locates: "words", doc: "GNU tar manual TAR_OPTIONS (--to-command, -T files)" },
    { name: "UNZIP|UNZIPOPT", locates: "words", doc: "unzip(1) ENVIRONMENT OPTIONS" },
    {
        name: "XTABLES_LIBDIR|IPTABLES_LIB_DIR",
        locates: "search-list",
        doc: 'iptables(8) ENVIRONMENT "XTABLES_LIBDIR": libxtables\' extension directories',
    },
    {
        name: "TMPDIR",
        locates: "scratch",
        doc: "mkstemp(3), environ(7) TMPDIR: where programs create their own scratch files",
    },
];

/**
 * Round 84: whether a python run with the flag letters `flags` (pythonInvocation's) reads the variable `name` not at
 * all (its entry's pythonIgnoredUnder): PYTHONPATH under -E or -I, HOME under -s or -I; never LD_PRELOAD.
 */
export function ignoredByPython(name: string, flags: string): boolean {
    const under = locatingVariable(name)?.pythonIgnoredUnder;
    return under !== undefined && [...flags].some(f => under.includes(f));
}

/** Every variable of the table (formerly rootReads.ts LOADER_VARIABLES): whatever it locates, a loader of something. */
export const LOADER_VARIABLES = new RegExp(`^(?:${LOCATING_VARIABLES.map(v => v.name).join("|")})$`);

const compiled = LOCATING_VARIABLES.map(v => ({ ...v, pattern: new RegExp(`^(?:${v.name})$`) }));

const entries = new Map<string, LocatingVariable | undefined>();

/** The table's entry of a variable (the first whose names match), undefined for one it does not list. */
export function locatingVariable(name: string): LocatingVariable | undefined {
    if (!entries.has(name))
        entries.set(
            name,
            compiled.find(v => v.pattern.test(name)),
        );
    return entries.get(name);
}

/**
 * The variables whose value is where a program reads configuration or code from in every run (`file`, `files`, `tree`,
 * `dotfiles` but HOME, judged by its own readers): a regular expression source of their names, for the script
 * scanners that collect assignments (rootWrites.ts VIEWED_VARIABLES).
 */
export const LOCATION_VARIABLE_NAMES = LOCATING_VARIABLES.filter(
    v => /^(file|files|tree|dotfiles)$/.test(v.locates) && v.name !== "HOME",
)
    .map(v => v.name)
    .join("|");

/**
 * git's settings given on its command line (git(1) `-c <name>=<value>`) that name a configuration file it then parses:
 * git-config(1) "Includes": "You can include a config file from another by setting the special include.path (or
 * includeIf.*.path) variable to the name of the file to be included" (names and sections are case-insensitive).
 */
export const GIT_INCLUDE_SETTINGS = String.raw`[iI][nN][cC][lL][uU][dD][eE](?:[iI][fF]\.[^\s=;&|]+)?\.[pP][aA][tT][hH]`;

/**
 * Round 83: paths of root-owned files the system's packages ship, a location variable may name without loading what a
 * program wrote (FHS 3.0 "/usr": "shareable, read-only data", but "/usr/local": "for use by the system administrator
 * when installing software locally"; Amazon Linux's trust stores /etc/pki/tls and /etc/pki/ca-trust, update-ca-trust(8)).
 * Whether user data wrote or changed one is its reader's question.
 */
export const PACKAGED_LOCATIONS = /^\/(?:usr\/(?!local(?:\/|$))|etc\/pki\/|etc\/ssl\/)[^\0]*$/;
