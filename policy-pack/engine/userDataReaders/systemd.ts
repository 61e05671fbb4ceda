/**
 * systemd: units started and their directories, drop-ins, environment generators and the manager's environment
 * (loader variables), unit and ASP.NET environments, packaged server units and JVM launchers' options, environment
 * listeners, socket units that hand out shells, and the shells handed out by code. Split from userData.ts.
 */
import { posix } from "path";
import {
    appletWords,
    commandLine,
    INTERPRETERS,
    isAssignment,
    shellCommands,
    simpleCommands,
    systemdRunProperties,
    wrappersOf,
} from "../shell";
import { LOADER_VARIABLES, SUBSTITUTED_MARK } from "../rootReads";
import { INSTANCE_ROLE_THROUGH_IMDS, NodeOpening, setsAllexport } from "./shared";
import { GivenVariable, managerLoaderOpenings } from "./formats";
import { DOCKER_API, loopbackOnly, PODMAN_API, rootApiOnNetwork, rootApiSockets } from "./addresses";
import {
    allAddressesValue,
    everyAddressListenValue,
    clientSetting,
    forwarderMarks,
    heldForJoin,
    kestrelListens,
    knownClient,
    Listener,
    LISTENER_PROGRAM,
    listItems,
    mayBeNodeAddress,
    NO_VIEW,
    optionValues,
    readConfig,
    runsClientCommands,
    stdioFileServer,
    listenerOpenings,
    ScriptView,
    servedRelays,
    shellServed,
    unreadListeners,
} from "./listeners";
import {
    javaArgumentFile,
    jvmAgentListeners,
    jvmAgentOptionWords,
    jvmOptionFiles,
    quotedWords,
} from "./otherLanguages";
import { environmentFileVariables, nodeFileServerListeners, nodeProgramReadInFull } from "./javascript";
import {
    ARGUMENTS_VARIABLE,
    flaskScriptListeners,
    LISTEN_URLS_VARIABLE,
    LISTEN_VARIABLE,
    readServers,
} from "./commandServers";

/** `NAME=VALUE` (`NAME+=VALUE` appends) as a variable. */
const assignment = (w: string) => ({
    name: w.slice(0, w.indexOf("=")).replace(/\+$/, ""),
    value: w.slice(w.indexOf("=") + 1),
});

/**
 * The assignments of an Environment=, DefaultEnvironment= or `systemd-run -p Environment=` value (systemd.exec(5)
 * Environment=: "Takes a space-separated list of variable assignments", quotes around one holding spaces).
 */
export const environmentAssignments = (value: string) =>
    quotedWords(value)
        .filter(w => w.includes("="))
        .map(assignment);

/**
 * Round 71: systemd environment generators, in every directory of the system and user managers' search paths
 * (systemd.environment-generator(7): "systemd(1) will execute those binaries very early at the startup of each manager
 * and at configuration reload time ... Environment generators can override the environment that the manager exports
 * to services and other processes"; their output is KEY=VALUE lines, as environment.d(5)'s). The system manager's
 * (group 2 `system`) run as root and give every system unit their variables, as DefaultEnvironment= does.
 */
export const ENVIRONMENT_GENERATOR =
    /^\/(?:etc|run|usr\/lib|usr\/local\/lib|lib)\/systemd\/(system|user)-environment-generators\/[^/]+$/;

/**
 * The variables an environment generator's text prints where the pack reads it: a shell script (`#!` naming sh, bash or
 * dash, directly or through env) whose every other line is blank, a comment or `echo NAME=VALUE` with a literal value
 * (single-quoted, or double-quoted or bare without expansions, globs or operators: bash(1) QUOTING); undefined for
 * anything else (a program the pack does not read: what it prints is unknown).
 */
export function generatorVariables(text: string): { name: string; value: string }[] | undefined {
    const [first, ...lines] = text.split(/\r?\n/);
    if (!/^#!\s*(?:\/usr)?\/bin\/(?:env\s+)?(?:ba|da)?sh\s*$/.test(first)) return undefined;
    const out: { name: string; value: string }[] = [];
    for (const line of lines) {
        if (/^\s*(?:#.*)?$/.test(line)) continue;
        const m =
            /^\s*echo\s+(?:'([A-Za-z_]\w*)=([^'\n]*)'|"([A-Za-z_]\w*)=([^"$`\\!\n]*)"|([A-Za-z_]\w*)=([^\s'"$`\\;&|<>()#*?[\]{}~!]*))\s*$/.exec(
                line,
            );
        if (!m) return undefined;
        out.push({ name: m[1] ?? m[3] ?? m[5], value: m[2] ?? m[4] ?? m[6] });
    }
    return out;
}

/**
 * What user data's environment generator (ENVIRONMENT_GENERATOR) hands the pack: nothing when its output is literal
 * variables none of which is a loader variable (rootReads LOADER_VARIABLES: LD_PRELOAD, BASH_ENV ... for every unit);
 * else (content the pack cannot read, an edit, any other line, a loader variable) the generator is code run at boot
 * whose effect on every unit the pack does not know (fail closed). Its variables are judged where a unit starts
 * (packagedUnitAgent), as DefaultEnvironment='s.
 */
export function environmentGeneratorOpenings(path: string, content: string | undefined, how: string, edit: boolean) {
    const variables = content === undefined || edit ? undefined : generatorVariables(content);
    const loader = variables?.find(v => LOADER_VARIABLES.test(v.name));
    if (variables !== undefined && loader === undefined) return [];
    return [
        {
            who: "whatever the environment generator runs or prints",
            what: `user data writes a systemd environment generator (${path}, ${how}) ${loader ? `setting the loader variable ${loader.name} for every unit` : "the pack does not read"}: systemd runs it at boot and at every daemon-reload (the system manager's as root), and what it prints is the environment of every unit the manager starts (systemd.environment-generator(7)); write only literal \`echo NAME=VALUE\` lines of a shell script, or set the variable in the unit that needs it`,
        },
    ];
}

/**
 * Round 72: the places that set the environment of root's programs or sessions, one table (ENVIRONMENT_FILES for the
 * files; the others are commands or boot arguments, read where they occur), all judged by one rule
 * (managerLoaderOpenings: no loader variable, rootReads LOADER_VARIABLES, except a PATH of root-owned system
 * directories, systemPath):
 * - systemd-system.conf(5) DefaultEnvironment= ("Configures environment variables passed to all executed processes")
 *   and ManagerEnvironment= ("Takes the same arguments as DefaultEnvironment= ... Sets environment variables for the
 *   manager process itself. These variables are inherited by processes spawned by user managers, but not the system
 *   manager": the system manager's own generators, systemd.generator(7), run with it as root; root's user manager gives
 *   it to every process it starts): MANAGER_CONFIG files, in ENVIRONMENT_FILES.
 * - pam_env(8)'s /etc/environment ("simple KEY=VAL pairs on separate lines") and pam_env.conf(5), environment.d(5):
 *   SESSION_ENVIRONMENT files, in ENVIRONMENT_FILES.
 * - pam_env(8) options in /etc/pam.d lines, "conffile=/path/to/pam_env.conf: Indicate an alternative pam_env.conf style
 *   configuration file to override the default", "envfile=/path/to/environment: Indicate an alternative environment
 *   file to override the default", user_envfile= (under the user's home, root's /root): the files they name are session
 *   environment files as well (pamEnvironmentFiles), judged once every file is written (their content as last written).
 * - bash(1) INVOCATION: a login shell "first reads and executes commands from the file /etc/profile" (AL2023's and
 *   Ubuntu's source /etc/profile.d/*.sh), then ~/.bash_profile, ~/.bash_login or ~/.profile; an interactive shell reads
 *   ~/.bashrc (which sources AL2023's /etc/bashrc, Debian's /etc/bash.bashrc): PROFILE_SCRIPT files, in
 *   ENVIRONMENT_FILES, their assignments and exports (profileVariables).
 * - kernel-command-line(7) systemd.setenv= (systemd(1): "Takes a string argument in the form VARIABLE=VALUE. May be used
 *   to set default environment variables to add to forked child processes"): kernelArgsOpenings (grubby --args,
 *   GRUB_CMDLINE_LINUX, Bottlerocket settings.boot.init-parameters; round 73: kernel-install(8)'s /etc/kernel/cmdline
 *   and /usr/lib/kernel/cmdline, BLS entries' `options`, grub2-editenv `set kernelopts=`, rootWrites.ts).
 * - Round 73: sshd_config(5) SetEnv ("environment variables to set in child sessions started by sshd(8)") and
 *   AcceptEnv of a loader variable (rootWrites.ts sshdEnvironmentOpenings).
 * - systemctl(1) set-environment ("Set one or more systemd manager environment variables") and import-environment, the
 *   D-Bus SetEnvironment: environmentGiven, judged at the end of the script (its operands are settings, not a command
 *   that relays: nodeJudge.ran).
 * - environment generators (systemd.environment-generator(7)): ENVIRONMENT_GENERATOR, environmentGeneratorOpenings.
 *
 * Round 71: the systemd managers' own configuration files (systemd-system.conf(5): "/etc/systemd/system.conf,
 * /etc/systemd/system.conf.d/*.conf, /run/systemd/system.conf.d/*.conf, /usr/local/lib/systemd/system.conf.d/*.conf,
 * /usr/lib/systemd/system.conf.d/*.conf"; user.conf alike for the user managers, root's among them), whose
 * DefaultEnvironment= "Configures environment variables passed to all executed processes".
 */
const MANAGER_CONFIG =
    /^\/(?:etc|run|usr\/lib|usr\/local\/lib|lib)\/systemd\/(?:system|user)\.conf(?:\.d\/[^/]+\.conf)?$/;

/**
 * Round 71: the session environment files: pam_env(8)'s /etc/environment ("simple KEY=VAL pairs on separate lines",
 * read by default into the login, sshd, su and sudo sessions, root's among them) and its /etc/security/pam_env.conf,
 * and environment.d(5)'s ("the environment for services started by the systemd user manager": ~/.config/environment.d,
 * /etc/environment.d, /run/environment.d, /usr/local/lib/environment.d, /usr/lib/environment.d, root's user manager's
 * included). The system manager reads none of them (systemd.exec(5): units get its own environment, a unit's
 * EnvironmentFile= names a file itself), but a root session or root's user services started later do.
 * Round 72: Debian's and Ubuntu's /etc/default/locale too, which their packaged /etc/pam.d/login and sshd name
 * (`pam_env.so ... envfile=/etc/default/locale`, pam_env(8) envfile=).
 * Round 74: Linux-PAM's vendor files too (pam_env.conf(5), Linux-PAM 1.5.3+ built with a vendordir, openSUSE: "The
 * /usr/share/pam/security/pam_env.conf and /etc/security/pam_env.conf files specify the environment variables";
 * pam_env(8) "/usr/etc/environment: Default environment file" when /etc/environment is absent).
 */
const SESSION_ENVIRONMENT =
    /^(?:\/(?:usr\/)?etc\/environment|\/etc\/default\/locale|\/(?:etc|usr\/share\/pam)\/security\/pam_env\.conf|\/(?:etc|run|usr\/lib|usr\/local\/lib|lib)\/environment\.d\/[^/]+\.conf|\/root\/\.config\/environment\.d\/[^/]+\.conf|\/root\/\.pam_environment)$/;

/**
 * The variables a session environment file (SESSION_ENVIRONMENT) sets: its KEY=VALUE lines (environmentFileVariables;
 * an editor's fragment, any NAME= in it), and pam_env.conf(5)'s "VARIABLE [DEFAULT=[value]] [OVERRIDE=[value]]" lines
 * (their first word, when a DEFAULT= or OVERRIDE= follows).
 */
function sessionEnvironmentVariables(
    path: string,
    content: string,
    edit: boolean,
    pamConfStyle = /pam_env\.conf$|\.pam_environment$/.test(path),
): { name: string; value: string }[] {
    const assignments = edit
        ? [...content.matchAll(/([A-Za-z_]\w*)\s*=\s*(\S*)/g)].map(m => ({ name: m[1], value: m[2] }))
        : environmentFileVariables(content);
    // Round 73: each DEFAULT= and OVERRIDE= value of a pam_env.conf(5) line ("VARIABLE [DEFAULT=[value]]
    // [OVERRIDE=[value]]", a value with spaces in double quotes) is a value the variable may get, judged alone. Both are
    // expanded: "${string}" is an environment variable's value, so `${PATH}` in a PATH value is the inherited PATH
    // (judged where it was set) and is left out; `@{HOME}`, any other `${...}` stay in the value (no system directory).
    const pamConf = pamConfStyle
        ? [...content.matchAll(/^\s*([A-Za-z_]\w*)\s+((?:DEFAULT|OVERRIDE)=.*)$/gm)].flatMap(m => {
              const rest = m[2].replace(/\s+#.*$/, "");
              const values = [...rest.matchAll(/(?:^|\s)(?:DEFAULT|OVERRIDE)=("([^"]*)"|\S*)/g)].map(v => v[2] ?? v[1]);
              const leftover = rest.replace(/(?:^|\s)(?:DEFAULT|OVERRIDE)=("[^"]*"|\S*)/g, "").trim();
              if (leftover !== "") return [{ name: m[1], value: m[2] }];
              return values.flatMap(value => {
                  if (m[1] !== "PATH") return [{ name: m[1], value }];
                  const own = value.split(":").filter(dir => dir !== "${PATH}");
                  return own.length === 0 && value !== "" ? [] : [{ name: m[1], value: own.join(":") }];
              });
          })
        : [];
    // The KEY=VALUE reading of a pam_env.conf line (`PATH DEFAULT=...` as `DEFAULT=...`) is not its meaning.
    const pamLines = new Set(pamConf.length > 0 ? ["DEFAULT", "OVERRIDE"] : []);
    return [...assignments.filter(a => !pamLines.has(a.name)), ...pamConf];
}

/**
 * Round 72: the startup files root's shells read (bash(1) INVOCATION: /etc/profile, which sources /etc/profile.d/*.sh
 * on AL2023 and Ubuntu, ~/.bash_profile, ~/.bash_login, ~/.profile of a login shell; ~/.bashrc of an interactive one,
 * which sources AL2023's /etc/bashrc or Debian's /etc/bash.bashrc): what they assign or export is every root session's
 * environment, as /etc/environment's lines are.
 * Round 73: zsh's and csh's too: zsh(1) STARTUP/SHUTDOWN FILES "Commands are first read from /etc/zshenv; this cannot
 * be overridden", then $ZDOTDIR/.zshenv, /etc/zprofile, .zprofile, /etc/zshrc, .zshrc, /etc/zlogin, .zlogin (Debian's
 * under /etc/zsh/); tcsh(1) "Startup and shutdown": /etc/csh.cshrc, /etc/csh.login, ~/.tcshrc or ~/.cshrc, ~/.login.
 * Round 75: ~/.bashrc.d/* (every file directly in it), which Fedora's (AL2023's base) skel .bashrc sources.
 */
const PROFILE_SCRIPT =
    /^(?:\/etc\/(?:profile|bashrc|bash\.bashrc)|\/etc\/profile\.d\/[^/]+|\/root\/\.(?:bash_profile|bash_login|profile|bashrc)|\/root\/\.bashrc\.d\/[^/]+|\/etc\/(?:zsh\/)?z(?:shenv|profile|shrc|login|logout)(?:\.zwc)?|\/root\/\.z(?:shenv|profile|shrc|login|logout)(?:\.zwc)?|\/etc\/csh\.(?:cshrc|login|logout)|\/root\/\.(?:cshrc|tcshrc|login|logout)|\/etc\/(?:ksh\.kshrc|kshrc|mkshrc)|\/root\/\.(?:kshrc|mkshrc))$|^(?:\/etc\/fish|\/usr\/share\/fish|\/usr\/local\/share\/fish|\/root\/\.config\/fish)\/(?:config\.fish$|(?:vendor_)?conf\.d\/|vendor_functions\.d\/|functions\/|fish_variables$)/;

/**
 * Round 74: fish's startup files (fish docs "Configuration files": at every start fish reads
 * $__fish_data_dir/config.fish, then the conf.d/*.fish files of ~/.config/fish, $__fish_sysconf_dir (/etc/fish) and
 * the vendor_conf.d directories (/usr/share/fish/vendor_conf.d ...), then /etc/fish/config.fish and
 * ~/.config/fish/config.fish; "Autoloading functions": a command named NAME runs functions/NAME.fish of
 * $fish_function_path; fish_variables holds universal variables, `SETUVAR --export` ones exported). Read in fish's own
 * syntax (fishStartupVariables).
 */
const FISH_STARTUP = /^(?:\/etc\/fish|\/usr\/share\/fish|\/usr\/local\/share\/fish|\/root\/\.config\/fish)\//;

/**
 * Round 74: the variables a fish startup file sets: `set` lines (fish docs "set": `set [SCOPE_OPTIONS] VARIABLE_NAME
 * VALUES...`, -x/--export exports; a list variable is a :-joined PATH-like value for the environment, `$PATH` the
 * inherited one), whatever their scope (a global PATH stays exported, fish docs "Special variables"), `set -e` erasing.
 * Undefined (content the pack cannot read, fail closed) for any other command (`source`, `eval`, `fish_add_path`,
 * `function`, an `if` block ...), a name that is not literal, and for function files and fish_variables (code run by
 * name, universal variables).
 */
function fishStartupVariables(
    path: string,
    content: string,
    edit: boolean,
): { name: string; value: string }[] | undefined {
    if (edit || /\/(?:vendor_)?functions(?:\.d)?\/|\/fish_variables$/.test(path)) return undefined;
    const out: { name: string; value: string }[] = [];
    for (const raw of content.replace(/\\\r?\n/g, " ").split(/\r?\n|;/)) {
        const line = raw.replace(/(^|\s)#.*$/, "").trim();
        if (line === "") continue;
        // fish docs "Command substitution" (`(cmd)`, `$(cmd)`), "Piping", "Input and output redirection", "Combiners"
        // (`&&`, `||`, `&`): a `set` line with any of them runs more than an assignment (unknown), quoted text aside.
        if (/[|&<>()`$]/.test(line.replace(/'[^']*'|"[^"$()]*"/g, "").replace(/\$\{?PATH\}?(?![\w(])/g, "")))
            return undefined;
        const words = [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map(m => m[1] ?? m[2] ?? m[3]);
        if (words[0] !== "set") return undefined;
        const options = words.slice(1).filter(w => w.startsWith("-"));
        const rest = words.slice(1 + options.length);
        if (rest.length + options.length !== words.length - 1) return undefined;
        if (
            options.some(
                o =>
                    !/^(?:-[glUxuafpeS]+|--(?:global|local|universal|function|export|unexport|append|prepend|erase|path|unpath))$/.test(
                        o,
                    ),
            )
        )
            return undefined;
        if (rest[0] === undefined || !/^[A-Za-z_]\w*$/.test(rest[0])) return undefined;
        if (options.some(o => /^-[^-]*e|^--erase$/.test(o))) continue;
        const values = rest.slice(1).map(v => v.replace(/^\$\{?PATH\}?$/, "$PATH"));
        const appended = options.some(o => /^-[^-]*a|^--append$/.test(o));
        const prepended = options.some(o => /^-[^-]*p|^--prepend$/.test(o));
        out.push({
            name: rest[0],
            value: [...(appended ? [`$${rest[0]}`] : []), ...values, ...(prepended ? [`$${rest[0]}`] : [])].join(":"),
        });
    }
    return out;
}

/**
 * Round 73: csh's startup files (tcsh(1) "Startup and shutdown": every shell reads /etc/csh.cshrc, a login shell
 * /etc/csh.login, then ~/.tcshrc or ~/.cshrc, ~/.login), read in csh's own syntax (cshStartupVariables).
 */
const CSH_STARTUP = /^(?:\/etc\/csh\.(?:cshrc|login|logout)|\/root\/\.(?:cshrc|tcshrc|login|logout))$/;

/** Round 73: zsh's startup files (zsh(1) "STARTUP/SHUTDOWN FILES"), whose `path` array is PATH (zshparam(1)). */
const ZSH_STARTUP =
    /^(?:\/etc\/(?:zsh\/)?z(?:shenv|profile|shrc|login|logout)|\/root\/\.z(?:shenv|profile|shrc|login|logout))(?:\.zwc)?$/;

/**
 * Round 73: the variables a csh startup file sets: `setenv NAME VALUE`, and `set path = (...)` (tcsh(1) "Environment":
 * "the shell variable path ... is kept in sync with PATH", its words joined by `:`, `$path` the inherited PATH).
 * Undefined (a name the pack cannot read) for `source`, `eval`, a `setenv` whose name is not literal, or a line the pack
 * cannot split; other `set`s are the shell's own variables, not its children's environment.
 */
function cshStartupVariables(content: string, edit: boolean): { name: string; value: string }[] | undefined {
    const out: { name: string; value: string }[] = [];
    for (const raw of content.replace(/\\\r?\n/g, " ").split(/\r?\n|;/)) {
        const line = raw.replace(/(^|\s)#.*$/, "").trim();
        if (line === "") continue;
        const words = line.split(/\s+/).map(w => w.replace(/^["']|["']$/g, ""));
        if (/^(?:source|eval|\.)$/.test(words[0])) return undefined;
        if (words[0] === "setenv") {
            if (words[1] !== undefined && !/^[A-Za-z_]\w*$/.test(words[1])) return undefined;
            if (words[1] !== undefined) out.push({ name: words[1], value: words.slice(2).join(" ") });
            continue;
        }
        const path = /^(?:set\s+)?path\s*=\s*\(?([^)]*)\)?\s*$/.exec(line.replace(/^set\s+/, "set "));
        if (path && (words[0] === "set" || edit)) {
            out.push({
                name: "PATH",
                value: path[1]
                    .trim()
                    .split(/\s+/)
                    .map(w => w.replace(/^["']|["']$/g, "").replace(/^\$\{?path\}?$/, "$PATH"))
                    .join(":"),
            });
            continue;
        }
        if (words[0] === "set" && /^path\b/.test(words[1] ?? "")) return undefined;
    }
    if (edit) out.push(...[...content.matchAll(/([A-Za-z_]\w*)\s*=\s*(\S*)/g)].map(m => ({ name: m[1], value: m[2] })));
    return out;
}

/**
 * The variables a shell startup file (PROFILE_SCRIPT) sets for the session: `export`/`declare -x`/`typeset`/`readonly`
 * assignments and bare ones (bash(1) ENVIRONMENT: a variable inherited from the environment, PATH's included, is
 * exported again when changed, so a bare `PATH=...` counts), and csh's `setenv NAME VALUE` (profile.d/*.csh);
 * an editor's fragment, any NAME= in it. Undefined when a name the pack cannot read is exported (`export "$V=..."`) or
 * another file is sourced into the session (`.`, `source`: its assignments are unknown).
 */
function profileVariables(path: string, content: string, edit: boolean): { name: string; value: string }[] | undefined {
    if (CSH_STARTUP.test(path)) return cshStartupVariables(content, edit);
    if (FISH_STARTUP.test(path)) return fishStartupVariables(path, content, edit);
    // zshparam(1): "path <S> <Z> (PATH) An array (colon-separated list) of directories to search for commands", tied
    // to PATH: a `path=(...)` or `path+=(...)` sets PATH; read as an unknown name (refused) rather than guessed.
    // Round 74: zsh(1) "If a compiled file exists (named for the original file plus the .zwc extension) and it is newer
    // than the original file, the compiled file will be used instead": a .zwc twin is code the pack cannot read. The
    // arrays tied to search paths for code are PATH's alike: zshparam(1) "module_path <S> <Z> (MODULE_PATH)" (the
    // directories zmodload loads binary modules from, zshmodules(1)), "fpath <S> <Z> (FPATH)" (autoloaded functions);
    // a zmodload there loads a module (a .so) into every zsh: all unknown (refused).
    if (ZSH_STARTUP.test(path) && /\.zwc$/.test(path)) return undefined;
    if (
        ZSH_STARTUP.test(path) &&
        /(?:^|[\s;(])(?:typeset\s+\S*\s*)?(?:path|fpath|module_path)\+?=|(?:^|[\s;(&|])zmodload\b/m.test(content)
    )
        return undefined;
    if (edit) return [...content.matchAll(/([A-Za-z_]\w*)\s*=\s*(\S*)/g)].map(m => ({ name: m[1], value: m[2] }));
    const out: { name: string; value: string }[] = [];
    for (const command of shellCommands(content)) {
        const words = command.words.map(w => w.replace(/\0/g, ""));
        if (words.length === 0) continue;
        if (/^(?:\.|source|eval)$/.test(words[0])) return undefined;
        if (words[0] === "setenv") {
            if (words[1] !== undefined) out.push({ name: words[1], value: words.slice(2).join(" ") });
            continue;
        }
        if (/^(?:export|declare|typeset|readonly|local)$/.test(words[0])) {
            for (const w of words.slice(1).filter(x => !/^[-+]/.test(x)))
                if (isAssignment(w)) out.push(assignment(w));
                else if (!/^[A-Za-z_]\w*$/.test(w)) return undefined;
            continue;
        }
        if (words.every(w => isAssignment(w))) out.push(...words.map(assignment));
    }
    return out;
}

/**
 * The session environment files' place in ENVIRONMENT_FILES: pam_env(8) /etc/environment (no expansion),
 * pam_env.conf(5), environment.d(5) ("${FOO}" expanded); `pamConf` for a file pam_env reads in pam_env.conf(5) style
 * (conffile=), by its path when not given.
 */
function sessionPlace(pamConf?: boolean): (typeof ENVIRONMENT_FILES)[number] {
    return {
        files: SESSION_ENVIRONMENT,
        what: path => `${path}, the environment pam_env(8) or environment.d(5) gives root's sessions and user services`,
        inherited: path => /environment\.d\//.test(path),
        variables: (path, content, edit) =>
            content.split("\n").some(line => !/^\s*#/.test(line) && SUBSTITUTED_MARK.test(line.split("=")[0]))
                ? undefined
                : sessionEnvironmentVariables(path, content, edit, pamConf),
    };
}

/**
 * Round 72: the files that set root's or sessions' environment (the table of the places listed above MANAGER_CONFIG):
 * which files, what the pack calls them, whether `$PATH` is expanded in a value (inherited), and the variables their
 * text sets (undefined: a name the pack cannot read). Judged where user data writes them (nodeJudge.written) with
 * managerLoaderOpenings.
 */
const ENVIRONMENT_FILES: readonly {
    files: RegExp;
    what: (path: string) => string;
    inherited: (path: string) => boolean;
    variables: (path: string, content: string, edit: boolean) => { name: string; value: string }[] | undefined;
}[] = [
    {
        // systemd-system.conf(5) DefaultEnvironment= and ManagerEnvironment= (systemd.syntax(7): a line ending in a
        // backslash continues on the next); no expansion in either.
        files: MANAGER_CONFIG,
        what: path => `${path}'s DefaultEnvironment=/ManagerEnvironment=, the systemd manager's environment`,
        inherited: () => false,
        variables: (_path, content, edit) =>
            [
                ...content
                    .replace(/\\\r?\n/g, " ")
                    .matchAll(
                        edit
                            ? /(?:Default|Manager)Environment\s*=\s*(.*)$/gm
                            : /^\s*(?:Default|Manager)Environment\s*=\s*(.*)$/gm,
                    ),
            ].flatMap(m => environmentAssignments(m[1])),
    },
    sessionPlace(),
    {
        files: PROFILE_SCRIPT,
        what: path =>
            `${path}, a startup file of root's login or interactive shells (bash(1) INVOCATION, zsh(1) STARTUP/SHUTDOWN FILES, tcsh(1) Startup and shutdown, ksh(1), fish's Configuration files)`,
        inherited: () => true,
        variables: profileVariables,
    },
];

/**
 * What user data's write of an environment file (ENVIRONMENT_FILES; `place` for a file another setting names, a pam_env
 * envfile=) hands the pack: managerLoaderOpenings of its variables, or a refusal when a name is unread.
 */
export function environmentFileOpenings(
    path: string,
    content: string | undefined,
    how: string,
    edit: boolean,
    place = ENVIRONMENT_FILES.find(p => p.files.test(path)),
): NodeOpening[] {
    if (place === undefined) return [];
    // Round 74: a file of the table written with content the pack cannot read (a download, a copy, an unknown editor's
    // write) may set any variable (fail closed).
    const variables = content === undefined ? undefined : place.variables(path, content, edit);
    if (variables === undefined)
        return [
            {
                who: "whoever chooses the variable's name",
                what: `user data writes ${path} (${how}) with a line whose variable name the pack cannot read (or a file sourced into it): it may set a loader variable (ld.so(8) LD_PRELOAD, bash(1) BASH_ENV, PATH) in ${place.what(path)}; write literal NAME=VALUE lines`,
            },
        ];
    return managerLoaderOpenings(variables, `${place.what(path)} (${how})`, place.inherited(path));
}

/** One write of a file by user data: its content (undefined: unknown to the pack), whether an edit's fragment, how. */
export type FileWrite = { content: string | undefined; edit: boolean; how: string };

/**
 * Round 72: the files pam_env(8) lines in /etc/pam.d name (pamEnvironmentFiles), judged once every file is written: a
 * session environment file already (ENVIRONMENT_FILES) is judged where written; any other by every content user data
 * writes to it (environmentFileOpenings as a session environment file); one user data does not write, or writes with
 * content the pack cannot read, may hold any loader variable (fail closed).
 */
export function pamEnvironmentOpenings(writes: ReadonlyMap<string, readonly FileWrite[]>): NodeOpening[] {
    const named = [...writes]
        .filter(([path]) => path.startsWith("/etc/pam.d/"))
        .flatMap(([pamd, ws]) =>
            ws.flatMap(w =>
                w.content === undefined ? [] : pamEnvironmentFiles(w.content).map(f => ({ ...f, pamd, how: w.how })),
            ),
        );
    return named.flatMap(({ path, pamConf, pamd, how }) => {
        const target = posix.resolve("/", path);
        if (ENVIRONMENT_FILES.some(p => p.files.test(target))) return [];
        const own = writes.get(target);
        if (own === undefined || own.some(w => w.content === undefined))
            return [
                {
                    who: "whoever provides the file's content",
                    what: `user data has ${pamd} read ${target} as root's session environment (pam_env(8) ${pamConf ? "conffile=" : "envfile="}; ${how}), a file whose content the pack does not know: it may set a loader variable (ld.so(8) LD_PRELOAD, bash(1) BASH_ENV, PATH) for every session; write the file in user data with literal NAME=VALUE lines, or use /etc/environment`,
                },
            ];
        return own.flatMap(w =>
            environmentFileOpenings(
                target,
                w.content!,
                `${w.how}; read by ${pamd}'s pam_env`,
                w.edit,
                sessionPlace(pamConf),
            ),
        );
    });
}

/**
 * Round 72: the files pam_env(8) lines of /etc/pam.d name: conffile= ("an alternative pam_env.conf style configuration
 * file"), envfile= ("an alternative environment file"), user_envfile= (under the user's home: root's /root). Each with
 * whether it is read in pam_env.conf(5) style.
 */
function pamEnvironmentFiles(text: string): { path: string; pamConf: boolean }[] {
    return text
        .split(/\r?\n/)
        .filter(line => /\bpam_env\.so\b/.test(line) && !/^\s*#/.test(line))
        .flatMap(line =>
            [...line.matchAll(/(?:^|\s)(conffile|envfile|user_envfile)=(\S+)/g)].map(m => ({
                path: m[1] === "user_envfile" && !m[2].startsWith("/") ? posix.join("/root", m[2]) : m[2],
                pamConf: m[1] === "conffile",
            })),
        );
}

/**
 * The variables user data puts in programs' environments (environmentListeners reads the listen settings among them):
 * - given to one program: assignments before its command or after `env` (bash(1), "Simple Command Expansion": "the
 *   variable assignments ... are added to the environment of the executed command"), systemd-run's -E/--setenv and its
 *   -p Environment= and -p EnvironmentFile= properties (systemd-run(1) "-p, --property=: Sets a property on the scope
 *   or service unit that is created. This option takes an assignment in the same format as systemctl(1)'s set-property
 *   command"), and a unit's (unitEnvironment);
 * - given to every later program: `export NAME=VALUE` (`declare -x`), an assignment whose name is exported bare, every
 *   assignment after `set -a` (bash(1) "set": "-a Each variable or function that is created or modified is given the
 *   export attribute"), `systemctl set-environment` (systemctl(1): "Set one or more systemd manager environment
 *   variables, as specified on the command line", which every unit started later inherits: systemd.exec(5)
 *   "Environment Variables in Spawned Processes") and DefaultEnvironment= (systemd-system.conf(5): "Configures
 *   environment variables passed to all executed processes"). The pack does not follow which programs come later: any
 *   may inherit them.
 * `shellTexts` are read as shell, `texts` for the manager's DefaultEnvironment= (a heredoc's or write_files' content).
 */
export function environmentGiven(
    shellTexts: readonly string[],
    texts: readonly string[],
    managerOnly = false,
): GivenVariable[] {
    const out: GivenVariable[] = [];
    for (const text of texts)
        for (const [, value] of text.matchAll(/^\s*DefaultEnvironment\s*=\s*(.*)$/gm))
            out.push(...environmentAssignments(value));
    for (const text of shellTexts) {
        const commands = shellCommands(text).map(c => c.words.map(w => w.replace(/\0/g, "")));
        const allExported = commands.some(ws => ws[0] === "set" && setsAllexport(ws.slice(1)));
        const exportedNames = new Set(
            commands.filter(ws => ws[0] === "export").flatMap(ws => ws.slice(1).filter(w => /^[A-Za-z_]\w*$/.test(w))),
        );
        for (const words of commands) {
            const { start, wrappers } = wrappersOf(words);
            const program = start < words.length ? posix.basename(words[start]) : undefined;
            const exporting =
                words[0] === "export" ||
                (/^(declare|typeset|local)$/.test(words[0] ?? "") && words.some(w => /^-[a-zA-Z]*x/.test(w)));
            words.forEach((w, i) => {
                if (!isAssignment(w) || managerOnly) return;
                const variable = assignment(w);
                if (exporting && i > 0) out.push(variable);
                else if (i < start && program) out.push({ ...variable, program });
                else if (program === undefined && (allExported || exportedNames.has(variable.name))) out.push(variable);
            });
            // Round 90: a file sourced (`.`/`source`: bash(1) "Execute commands from filename in the current shell
            // environment") while allexport is on exports every variable it assigns, to every later program: given as
            // an environment file of no one program (environmentListeners reads it; one user data changed so the pack
            // cannot read it fails closed there).
            if (allExported && !managerOnly && /^(\.|source)$/.test(words[0] ?? "") && words[1]?.startsWith("/"))
                out.push({ file: posix.normalize(words[1]) });
            for (const use of program && !managerOnly ? wrappers.filter(u => u.name === "systemd-run") : [])
                out.push(
                    ...[
                        ...optionValues(use.options, "-E", "--setenv")
                            .filter(v => v.includes("="))
                            .map(assignment),
                        ...systemdRunProperties(use, "Environment").flatMap(environmentAssignments),
                    ].map(v => ({ ...v, program })),
                    ...systemdRunProperties(use, "EnvironmentFile").map(f => ({ file: f.replace(/^-/, ""), program })),
                );
            const operands = words.slice(start + 1).filter(w => !w.startsWith("-"));
            if (program === "systemctl" && operands[0] === "set-environment")
                out.push(
                    ...operands
                        .slice(1)
                        .filter(w => w.includes("="))
                        .map(assignment),
                );
            // The same through the manager's D-Bus API (org.freedesktop.systemd1(5) Manager `SetEnvironment(in as
            // assignments)`, `UnsetAndSetEnvironment(in as names, in as assignments)`, what systemctl set-environment
            // calls): busctl(1) `call SERVICE OBJECT INTERFACE METHOD SIGNATURE ARGUMENT...`, gdbus `call --method
            // IFACE.METHOD "['N=V']"`, dbus-send `IFACE.METHOD array:string:N=V,...`. Every NAME=VALUE after the
            // method is taken (a value with a comma or quote split short: only the variable's name need be right).
            const method =
                program && /^(busctl|gdbus|dbus-send)$/.test(program) && words.some(w => /systemd1/.test(w))
                    ? words.findIndex((w, i) => i > start && /(^|[.=])(UnsetAnd)?SetEnvironment$/.test(w))
                    : -1;
            if (method >= 0)
                for (const w of words.slice(method + 1).filter(x => !x.startsWith("-")))
                    for (const m of w.matchAll(/([A-Za-z_]\w*)=([^,'"\]\s]*)/g)) out.push({ name: m[1], value: m[2] });
        }
    }
    const seen = new Set<string>();
    return out.filter(v => !seen.has(JSON.stringify(v)) && !!seen.add(JSON.stringify(v)));
}

/**
 * Round 75: the variables one unit file's Environment= lines (`lines`, in the file's order) leave set, by systemd.exec(5)
 * Environment=: "If the empty string is assigned to this option, the list of environment variables is reset, all
 * prior assignments have no effect" and "If the same variable is set twice, the later setting will override the
 * earlier setting". Only within the file: a drop-in (merged after it, systemd.unit(5)) may reset or override its
 * assignments too, and the pack keeps every file's (fail closed: every value that may reach the program counts).
 */
function unitFileAssignments(lines: readonly string[]): ReturnType<typeof environmentAssignments> {
    let out: ReturnType<typeof environmentAssignments> = [];
    for (const line of lines) {
        if (line.trim() === "") out = [];
        // Only a valid name's assignment replaces (a `NAME+=` word, read as NAME by `assignment`, is kept beside it).
        for (const w of quotedWords(line).filter(x => x.includes("="))) {
            const a = assignment(w);
            out = /^[A-Za-z_]\w*=/.test(w) ? [...out.filter(o => o.name !== a.name), a] : [...out, a];
        }
    }
    return out;
}

/** Whether the unit or drop-in directory named `dropIn` (UNIT_PATH's name) extends the unit `unit` (unitEnvironment). */
const extendsUnit = (dropIn: string, unit: string) => {
    const type = /\.([a-z]+)$/.exec(unit)?.[1] ?? "";
    const prefix = new RegExp(`-\\.${type}$`).test(dropIn) ? dropIn.slice(0, -type.length - 1) : undefined;
    return dropIn === unit || dropIn === type || (prefix !== undefined && unit.startsWith(prefix));
};

/** The [Service] section lines of a unit file's `text`, continuation lines joined. */
const serviceSection = (text: string) =>
    text
        .replace(/\\\r?\n/g, " ")
        .split(/^\s*(?=\[[A-Za-z]+\]\s*$)/m)
        .filter(section => /^\s*\[Service\]/.test(section))
        .join("\n");

/**
 * Round 75: the variables the unit whose Exec line `how` names (a unit file user data writes, not a drop-in) surely
 * sets, whatever order its files merge in (systemd.unit(5): drop-ins after the unit file): each is assigned with a
 * valid name by an Environment= line of one of its files (unitFileAssignments), every file of it that resets the list
 * (systemd.exec(5) Environment=: "If the empty string is assigned to this option, the list of environment variables
 * is reset") assigns it again after its last reset, and no file of it has UnsetEnvironment= (systemd.exec(5):
 * "Explicitly unset environment variable assignments ... applied as final step"). Any other variable the program
 * gets may be unset (the manager's: systemctl unset-environment), and a unit the pack cannot place sets none surely.
 */
function unitSurelySet(how: string, units: readonly { path: string; text: string }[]): Set<string> {
    const exec = units.find(u => how.startsWith(`${u.path}: `));
    const match = exec === undefined ? null : UNIT_PATH.exec(exec.path);
    if (match === null || match[3] !== undefined) return new Set();
    const own = units.flatMap(u => {
        const m = UNIT_PATH.exec(u.path);
        return m !== null && extendsUnit(m[2].replace(/\.d$/, ""), match[2]) ? [serviceSection(u.text)] : [];
    });
    if (own.some(service => /^[ \t]*UnsetEnvironment[ \t]*=/m.test(service))) return new Set();
    const files = own.map(service => {
        const lines = [...service.matchAll(/^[ \t]*Environment[ \t]*=[ \t]*(.*)$/gm)].map(m => m[1]);
        const last = lines.map(l => l.trim()).lastIndexOf("");
        const after = lines.slice(last + 1).flatMap(l => quotedWords(l).filter(w => /^[A-Za-z_]\w*=/.test(w)));
        return { reset: last >= 0, names: new Set(after.map(w => assignment(w).name)) };
    });
    const named = new Set(files.flatMap(f => [...f.names]));
    return new Set([...named].filter(n => files.every(f => !f.reset || f.names.has(n))));
}

/** The directories of systemd's unit search path (systemd.unit(5) "Unit File Load Path") that UNIT_PATH reads. */
const UNIT_DIR =
    /^\/(?:etc|run|usr\/lib|usr\/local\/lib|lib)\/systemd\/(?:system(?:\.control|\.attached)?|transient|generator(?:\.early|\.late)?)\/([^/]+)/;

/**
 * Round 75: the environment systemd computes for the unit whose Exec line `how` names, when the pack knows every file
 * of it and their order (systemd.unit(5): the unit file, then "drop-in" files "parsed after the main unit file
 * itself", and "all files are sorted by their filename and parsed in that order, regardless of which of the
 * directories they reside in"):
 * - Environment= (systemd.exec(5): "If the same variable is set twice, the later setting will override the earlier
 *   setting. If the empty string is assigned to this option, the list of environment variables is reset"), across the
 *   files in that order;
 * - then EnvironmentFile= files' variables (systemd.exec(5): "Settings from these files override settings made with
 *   Environment="; the empty string resets the list), later files winning;
 * - then UnsetEnvironment= (systemd.exec(5): "applied as final step when the environment list passed to executed
 *   processes is compiled. That means it may undo assignments from any configuration source"; NAME removes any value,
 *   NAME=VALUE that value only).
 * Undefined (the callers keep every value any file gives: fail closed) when the Exec line is not in a unit file user
 * data writes whole (a drop-in's, which the pack cannot tie to one unit), when a file in the unit directories naming
 * the unit was written with content the pack cannot compute or changed after, when two files of the unit share a
 * name (their precedence by directory) or the unit has two unit files, for an assignment with an invalid name, an
 * EnvironmentFile= glob, or an environment file the pack cannot read.
 */
function unitExecEnvironment(
    how: string,
    units: readonly { path: string; text: string }[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { set: Map<string, string>; unsetNames: Set<string>; unsetPairs: Set<string>; programs: string[] } | undefined {
    const exec = units.find(u => how.startsWith(`${u.path}: `));
    const match = exec === undefined ? null : UNIT_PATH.exec(exec.path);
    if (match === null || match[3] !== undefined || view.written === undefined || view.text === undefined)
        return undefined;
    const unit = match[2];
    const ofUnit = (name: string) => name === unit || (name.endsWith(".d") && extendsUnit(name.slice(0, -2), unit));
    const text = view.text;
    for (const path of view.written()) {
        const name = UNIT_DIR.exec(path)?.[1];
        if (name !== undefined && ofUnit(name) && text(path) === undefined) return undefined;
    }
    // The last whole write of each path (units keeps every write in order).
    const latest = new Map<string, string>();
    for (const u of units) latest.set(u.path, u.text);
    const files = [...latest].flatMap(([path, text]) => {
        const m = UNIT_PATH.exec(path);
        if (m === null || !(m[3] === undefined ? m[2] === unit : extendsUnit(m[2], unit))) return [];
        return [{ text, dropIn: m[3] !== undefined, name: m[3] === undefined ? m[2] : posix.basename(m[3]) }];
    });
    const mains = files.filter(f => !f.dropIn);
    const dropIns = files.filter(f => f.dropIn).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (mains.length !== 1 || new Set(dropIns.map(f => f.name)).size !== dropIns.length) return undefined;
    // Drop-in directories changed by a command the pack does not compute (a copy into them).
    for (const root of ["/etc", "/run", "/usr/lib", "/usr/local/lib", "/lib"])
        if (view.changed.has(`${root}/systemd/system/${unit}.d`)) return undefined;
    let environment: { name: string; value: string }[] = [];
    let environmentFiles: string[] = [];
    let unsets: string[] = [];
    const programs: string[] = [];
    for (const file of [...mains, ...dropIns]) {
        const service = serviceSection(file.text);
        for (const m of service.matchAll(/^[ \t]*Exec\w*[ \t]*=[ \t]*[-@:+!|]*(\S+)/gm))
            programs.push(posix.basename(m[1]));
        for (const [, key, value] of service.matchAll(
            /^[ \t]*(Environment|EnvironmentFile|UnsetEnvironment)[ \t]*=[ \t]*(.*)$/gm,
        )) {
            const empty = value.trim() === "";
            if (key === "Environment") {
                if (empty) environment = [];
                for (const w of quotedWords(value).filter(x => x !== "")) {
                    if (!/^[A-Za-z_]\w*=/.test(w)) return undefined;
                    const a = assignment(w);
                    environment = [...environment.filter(e => e.name !== a.name), a];
                }
            } else if (key === "EnvironmentFile") {
                if (empty) environmentFiles = [];
                else if (/[*?[]/.test(value)) return undefined;
                else environmentFiles.push(value.trim().replace(/^-/, ""));
            } else if (empty) unsets = [];
            else unsets.push(...quotedWords(value).filter(x => x !== ""));
        }
    }
    const set = new Map(environment.map(e => [e.name, e.value]));
    for (const path of environmentFiles) {
        const content = readConfig(path, fileText, view);
        if (content == null) return undefined;
        for (const { name, value } of environmentFileVariables(content)) set.set(name, value);
    }
    const unsetNames = new Set<string>();
    const unsetPairs = new Set<string>();
    for (const u of unsets)
        if (u.includes("=")) {
            const a = assignment(u);
            if (set.get(a.name) === a.value) set.delete(a.name);
            unsetPairs.add(u);
        } else {
            set.delete(u);
            unsetNames.add(u);
        }
    return { set, unsetNames, unsetPairs, programs };
}

/**
 * Round 75: what reaches the Exec command `words` of a unit (unitExecEnvironment) from `given` and the unit: a unit's
 * processes get the manager's environment and that unit's own settings only (systemd.exec(5) "Environment Variables
 * in Spawned Processes": the manager's variables come first, the unit's Environment=/EnvironmentFile= after them win,
 * UnsetEnvironment= applies last), so a variable the unit sets or unsets hides the manager's (and the script's own)
 * of that name, and no other unit's reaches it. Undefined when unitExecEnvironment is (the caller keeps every unit's).
 */
export function unitExecGiven(
    words: readonly string[],
    how: string,
    units: readonly { path: string; text: string }[],
    given: readonly GivenVariable[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): GivenVariable[] | undefined {
    const env = unitExecEnvironment(how, units, fileText, view);
    // A command the Exec line runs through a wrapper (env(1) NAME=VALUE, which sets its own variables over the unit's)
    // is not the unit's program: the callers keep their reading.
    const programs = env?.programs ?? [];
    if (env === undefined || !programs.includes(posix.basename(words[0] ?? ""))) return undefined;
    return [
        ...given.filter(
            v =>
                v.program !== undefined ||
                !("name" in v) ||
                !(env.set.has(v.name) || env.unsetNames.has(v.name) || env.unsetPairs.has(`${v.name}=${v.value}`)),
        ),
        ...[...env.set].flatMap(([name, value]) => programs.map(program => ({ name, value, program }))),
    ];
}

/**
 * What systemd units give the programs of their Exec lines (systemd.exec(5) Environment=, EnvironmentFile=), from
 * [Service] in the unit's file and in every drop-in that extends it (systemd.unit(5): "Along with a unit file foo.service,
 * a "drop-in" directory foo.service.d/ may exist. All files with the suffix ".conf" from this directory will be merged
 * in the alphanumeric order", the type's `service.d/` and each dash prefix's `foo-.service.d/` too), whichever of them
 * holds the Exec line.
 */
export function unitEnvironment(units: readonly { path: string; text: string }[]): GivenVariable[] {
    const files = units.map(({ path, text }) => {
        const name = UNIT_PATH.exec(path)?.[2] ?? path;
        const service = serviceSection(text);
        const values = (key: string) =>
            [...service.matchAll(new RegExp(`^[ \\t]*${key}[ \\t]*=[ \\t]*(.*)$`, "gm"))].map(m => m[1]);
        return {
            name,
            programs: [...service.matchAll(/^\s*Exec\w*\s*=\s*[-@:+!|]*(\S+)/gm)].map(m => posix.basename(m[1])),
            given: [
                ...unitFileAssignments(values("Environment")),
                ...values("EnvironmentFile").map(f => ({ file: f.trim().replace(/^-/, "") })),
            ],
        };
    });
    return [...new Set(files.map(f => f.name))].flatMap(unit => {
        const own = files.filter(f => extendsUnit(f.name, unit));
        // A unit user data only extends (drop-ins) runs its package's ExecStart: a JVM launcher's (JvmLauncher units),
        // else a program the pack does not know, named by the unit (packagedUnitCommand).
        const programs = new Set(own.flatMap(f => f.programs));
        if (programs.size === 0) jvmPackagedUnitPrograms(unit.replace(/\.d$/, "")).forEach(p => programs.add(p));
        if (programs.size === 0) programs.add(unit.replace(/\.d$/, ""));
        return own.flatMap(f => f.given).flatMap(v => [...programs].map(program => ({ ...v, program })));
    });
}

/**
 * The ASP.NET Core environment names a systemd unit's Exec command gets (MS Learn "Use multiple environments in
 * ASP.NET Core": the environment comes from DOTNET_ENVIRONMENT and ASPNETCORE_ENVIRONMENT, "Production: The default
 * if DOTNET_ENVIRONMENT and ASPNETCORE_ENVIRONMENT have not been set"). A unit's process has the manager's
 * environment and its own Environment=/EnvironmentFile= only (systemd.exec(5) "Environment Variables in Spawned
 * Processes"): the manager's DefaultEnvironment= and set-environment (environmentGiven's variables for every program,
 * the script's exports over-read with them) and the unit's (unitEnvironment). Every value any of them sets counts;
 * none is Production. Undefined, leaving appSettingsListeners to read every settings file, for a command that is not
 * the Exec line of a unit user data writes, a value the pack cannot compute, an environment file user data does not
 * write in full, or a manager importing the script's own variables (`importsEnvironment`).
 */
export function unitAspNetEnvironments(
    words: readonly string[],
    how: string,
    units: readonly { path: string; text: string }[],
    given: readonly GivenVariable[],
    importsEnvironment: boolean,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): string[] | undefined {
    const variables = unitExecVariables(words, how, units, given, importsEnvironment, fileText, view);
    if (variables === undefined) return undefined;
    const names = new Set<string>();
    for (const { name, value } of variables)
        if (/^(ASPNETCORE|DOTNET)_ENVIRONMENT$/.test(name)) {
            if (/[$%`\\]/.test(value)) return undefined;
            names.add(value);
        }
    return names.size > 0 ? [...names] : ["Production"];
}

/**
 * The variables (name, value; a name as often as it is given) a unit's Exec command gets from the script's
 * manager-wide settings and the unit's Environment=/EnvironmentFile=, for unitAspNetEnvironments and
 * unitProgramEnvironment. Undefined for a command that is not the Exec line of a unit user data writes, an
 * environment file user data does not write in full, or a manager importing the script's own variables.
 */
function unitExecVariables(
    words: readonly string[],
    how: string,
    units: readonly { path: string; text: string }[],
    given: readonly GivenVariable[],
    importsEnvironment: boolean,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    execUnits?: readonly { path: string; text: string }[],
): { name: string; value: string }[] | undefined {
    // `execUnits`: `given` already holds the unit's own variables (unitExecGiven), `units` none.
    if (importsEnvironment || !(execUnits ?? units).some(u => how.startsWith(`${u.path}: `))) return undefined;
    const program = posix.basename(words[0] ?? "");
    const out: { name: string; value: string }[] = [];
    const own = execUnits === undefined ? [] : given.filter(g => g.program === program);
    for (const v of [...given.filter(g => g.program === undefined), ...own, ...unitEnvironment(units)]) {
        if (v.program !== undefined && v.program !== program) continue;
        const text = "file" in v ? readConfig(v.file, fileText, view) : "";
        if (text == null) return undefined;
        for (const { name, value } of "file" in v ? environmentFileVariables(text) : [v]) out.push({ name, value });
    }
    return out;
}

/**
 * Round 74: every variable a systemd unit's Exec command gets, with every value any source gives it (systemd.exec(5)
 * "Environment Variables in Spawned Processes": the manager's environment, DefaultEnvironment= and set-environment,
 * and the unit's Environment=/EnvironmentFile=, as unitAspNetEnvironments reads them); a variable not in the map is
 * unset. Undefined, as unitAspNetEnvironments, for a command that is not the Exec line of a unit user data writes, a
 * value the pack cannot compute, an environment file user data does not write in full, or a manager importing the
 * script's own variables.
 */
export function unitProgramEnvironment(
    words: readonly string[],
    how: string,
    units: readonly { path: string; text: string }[],
    given: readonly GivenVariable[],
    importsEnvironment: boolean,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    instances?: (prefix: string) => readonly string[] | undefined,
): ReadonlyMap<string, readonly string[]> | undefined {
    // Round 77: a template unit's (NAME@.service) environment, once per instance user data starts (templateInstances):
    // systemd.unit(5) "Specifiers": "%i Instance name: For instantiated units this is the string between the first "@"
    // character and the type suffix. Empty for non-instantiated units", "%I Unescaped instance name: Same as "%i", but
    // with escaping undone"; every instance's values count. An unknown instance leaves %i unexpanded (a `%` value:
    // unknown below), and so does any other specifier.
    const exec = units.find(u => how.startsWith(`${u.path}: `));
    const template = /^(.+)@\.service$/.exec(UNIT_PATH.exec(exec?.path ?? "")?.[2] ?? "")?.[1];
    const known = template === undefined ? undefined : instances?.(template);
    if (template !== undefined && known !== undefined && known.length > 0) {
        const merged = new Map<string, string[]>();
        for (const instance of known) {
            const expanded = units.map(u => {
                const unit = UNIT_PATH.exec(u.path)?.[2];
                return unit === `${template}@.service`
                    ? {
                          ...u,
                          text: u.text.replace(/%([iI%])/g, (_, c: string) =>
                              c === "%" ? "%%" : c === "i" ? instance : instance.replace(/-/g, "/"),
                          ),
                      }
                    : u;
            });
            const env = unitProgramEnvironment(words, how, expanded, given, importsEnvironment, fileText, view);
            if (env === undefined) return undefined;
            for (const [name, values] of env) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...values])]);
        }
        return merged;
    }
    // Round 75: with the unit's own environment computed in systemd's order (unitExecGiven), its variables have their
    // one value each and hide the manager's of the same name; the manager's others may be unset ("" below).
    const manager = given.filter(g => g.program === undefined);
    const execGiven = importsEnvironment ? undefined : unitExecGiven(words, how, units, manager, fileText, view);
    const own = execGiven && unitExecEnvironment(how, units, fileText, view);
    const variables =
        execGiven === undefined
            ? unitExecVariables(words, how, units, given, importsEnvironment, fileText, view)
            : unitExecVariables(words, how, [], execGiven, false, fileText, view, units);
    if (variables === undefined) return undefined;
    const values = new Map<string, string[]>();
    for (const { name, value } of variables) {
        if (/[$%`\\]/.test(value)) return undefined;
        values.set(name, [...(values.get(name) ?? []), value]);
    }
    // Round 75: a variable the unit does not surely set (unitSurelySet) may be unset: "" stands for that value too.
    const surely = own === undefined ? unitSurelySet(how, units) : new Set(own.set.keys());
    for (const [name, list] of values) if (!surely.has(name) && !list.includes("")) list.push("");
    return values;
}

/**
 * Round 77: the instances of the template unit PREFIX@.service that user data may start, from every text it runs or
 * writes (`systemctl enable|start PREFIX@INSTANCE[.service]`, a .wants/ link PREFIX@INSTANCE.service, another unit's
 * Wants=/Requires= naming one; the template's [Install] DefaultInstance=, which `systemctl enable PREFIX@.service`
 * uses: systemd.unit(5) "DefaultInstance="), each a literal of the characters a unit name holds (systemd.unit(5):
 * "unit names ... consist of ... ASCII letters, digits, ":", "-", "_", ".", and "\"", the backslash escape left out:
 * the shell may remove it). Undefined (unknown) when any mention is not such a literal (a variable, a quote, a
 * glob), when a socket unit PREFIX.socket may spawn instances of its own (systemd.socket(5) Accept=yes), or when no
 * instance is named.
 */
export function templateInstances(prefix: string, texts: readonly string[]): string[] | undefined {
    const out = new Set<string>();
    const quoted = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const text of texts) {
        if (new RegExp(`(?<![\\w.@-])${quoted}\\.socket\\b`).test(text)) return undefined;
        for (const m of text.matchAll(new RegExp(`(?<![\\w.@-])${quoted}@([^\\s;&|()<>'"]*)`, "g"))) {
            if (/^\.service(?:\.d(?:\/|$)|$)/.test(m[1])) continue;
            const instance = m[1].replace(/\.service$/, "");
            if (!/^[A-Za-z0-9:_.-]+$/.test(instance) || instance.endsWith(".")) return undefined;
            out.add(instance);
        }
        for (const m of text.matchAll(/^[ \t]*DefaultInstance[ \t]*=[ \t]*(\S*)[ \t]*$/gm)) {
            if (!/^[A-Za-z0-9:_.-]+$/.test(m[1])) return undefined;
            out.add(m[1]);
        }
    }
    return out.size > 0 ? [...out] : undefined;
}

/**
 * Round 76: the environment of the program `words` runs through env(1) wrappers, from `base` (the environment env
 * starts with; undefined: unknown), read as GNU coreutils env(1) does: "-i, --ignore-environment: start with an empty
 * environment" (a lone "-" too), "-u, --unset=NAME: remove variable from the environment", "NAME=VALUE ... COMMAND"
 * (set in the environment), "-C, --chdir=DIR" (no variable), -0/-v and the signal options (no variable). Anything
 * else (-S, whose split string is read elsewhere; an option env(1) does not list; a value the shell or systemd expands;
 * another wrapper between env and the program, which may change the environment again) leaves it unknown when env
 * changed it. Words with no env wrapper keep `base`.
 */
export function envWrapperEnvironment(
    words: readonly string[],
    base: ReadonlyMap<string, readonly string[]> | undefined,
): ReadonlyMap<string, readonly string[]> | undefined {
    const { start } = wrappersOf(words);
    let env: Map<string, readonly string[]> | undefined = base === undefined ? undefined : new Map(base);
    let changed = false;
    let last = -1;
    for (let at = words.findIndex((w, i) => i < start && posix.basename(w) === "env"); at >= 0 && at < start;) {
        changed = true;
        let j = at + 1;
        for (; j < words.length; j++) {
            const w = words[j];
            if (w === "--") {
                j++;
                break;
            }
            if (w === "-" || w === "--ignore-environment") env = new Map();
            else if (/^--(null|debug|list-signal-handling|(block|default|ignore)-signal(=.*)?)$/.test(w)) continue;
            else if (/^--(unset|chdir)=/.test(w)) {
                if (w.startsWith("--unset=")) env?.delete(w.slice(8));
            } else if (/^--(unset|chdir)$/.test(w)) {
                if (w === "--unset") env?.delete(words[j + 1] ?? "");
                j++;
            } else if (/^-[^-]/.test(w)) {
                for (let k = 1; k < w.length; k++) {
                    const c = w[k];
                    if (c === "i") env = new Map();
                    else if (c === "0" || c === "v") continue;
                    else if (c === "u" || c === "C") {
                        const value = k + 1 < w.length ? w.slice(k + 1) : words[++j];
                        if (c === "u") env?.delete(value ?? "");
                        break;
                    } else return undefined;
                }
            } else if (w.startsWith("-")) return undefined;
            else break;
        }
        for (; j < words.length && /^[^=]+=/.test(words[j]); j++) {
            const [, name, value] = /^([^=]+)=([\s\S]*)$/.exec(words[j]) ?? [];
            if (/[$%`\\]/.test(value)) env = undefined;
            else env?.set(name, [value]);
        }
        last = j;
        at = words.findIndex((w, i) => i >= j && i < start && posix.basename(w) === "env");
    }
    if (!changed) return base;
    // Another wrapper between the last env and the program (sudo's env_reset, su, runuser) may change it again.
    return last === start ? env : undefined;
}

/**
 * The JVM's own option variables, read wherever they reach a JVM whatever the program-name prefix rule says for other
 * exported variables: JAVA_TOOL_OPTIONS (JVMTI "The JAVA_TOOL_OPTIONS Environment Variable") and JDK_JAVA_OPTIONS
 * (java(1) "Using the JDK_JAVA_OPTIONS Launcher Environment Variable": prepended to the java launcher's command line)
 * before the command line, HotSpot's _JAVA_OPTIONS after it (openjdk hotspot arguments.cpp
 * parse_java_options_environment_variable, parsed last: its settings win).
 */
const JVM_OPTION_VARIABLES = /^(JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS|_JAVA_OPTIONS)$/;

/**
 * Kafka's scripts, which run bin/kafka-run-class.sh (kafka-server-start.sh, connect-distributed.sh,
 * zookeeper-server-start.sh ...; Confluent's without `.sh`).
 */
const KAFKA_SCRIPT = /^(kafka-[\w.-]+|connect-(distributed|standalone)|zookeeper-server-start)(\.sh)?$/;

/**
 * Apache Kafka bin/kafka-run-class.sh: KAFKA_JMX_OPTS, when empty, is remote JMX without authentication or SSL, and a
 * JMX_PORT adds `-Dcom.sun.management.jmxremote.port=$JMX_PORT` (Confluent "Configure JMX for Monitoring": "JMX_PORT:
 * The port that JMX listens on", KAFKA_JMX_OPTS' defaults "jmxremote.authenticate=false: Indicates that authentication
 * is off by default"); it runs `"$JAVA" $KAFKA_HEAP_OPTS $KAFKA_JVM_PERFORMANCE_OPTS $KAFKA_GC_LOG_OPTS $KAFKA_JMX_OPTS
 * $KAFKA_LOG4J_OPTS -cp ... $KAFKA_OPTS`, so KAFKA_OPTS' settings win.
 */
const KAFKA_DEFAULT_JMX_OPTS = [
    "-Dcom.sun.management.jmxremote",
    "-Dcom.sun.management.jmxremote.authenticate=false",
    "-Dcom.sun.management.jmxremote.ssl=false",
];

/**
 * Where a JVM launcher script finds its files (JvmLauncher's `sources`, `optionFiles`): `at(path)` an absolute path as
 * is, a relative one under the installation the script is in (its directory's parent: Tomcat's CATALINA_HOME, ZooKeeper's
 * ZOOBINDIR/.., ES_HOME) or, when the pack cannot tell that (a script run by its name on PATH), every file user data
 * writes ending so; `options(dir)` the `*.options` files user data writes in such a directory.
 */
interface JvmLauncherFiles {
    at: (path: string) => string[];
    options: (dir: string) => string[];
}

/** A JVM launcher script (JVM_LAUNCHER_SCRIPTS); `value` is a variable's last value, "" unset. */
interface JvmLauncher {
    names: RegExp;
    /** The variables it reads whatever its name. */
    reads: RegExp;
    /** Shell files it sources before starting the JVM (`. FILE`): their assignments join its environment. */
    sources?: (files: JvmLauncherFiles, value: (name: string) => string) => string[];
    /** Files of JVM options, one or more a line (`#` comments; Elasticsearch's `N:`/`N-M:` JDK version prefixes). */
    optionFiles?: (files: JvmLauncherFiles, value: (name: string) => string) => string[];
    /** The systemd units its package installs, which `systemctl start` runs as `exec` (a unit user data does not write). */
    units?: { names: RegExp; exec: string[] };
    /** The JVM options it passes, from its variables and arguments. */
    options: (value: (name: string) => string, args: readonly string[]) => string[];
}

/** Remote JMX without authentication or TLS on `port` (Solr's ENABLE_REMOTE_JMX_OPTS). */
const openJmx = (port: string) => [
    "-Dcom.sun.management.jmxremote",
    "-Dcom.sun.management.jmxremote.authenticate=false",
    "-Dcom.sun.management.jmxremote.ssl=false",
    `-Dcom.sun.management.jmxremote.port=${port}`,
];

/**
 * Launcher scripts that start a JVM with the java launcher (`"$JAVA" ...`), each with the variables it reads whatever
 * its name, the files it sources or reads options from, and the JVM options it makes of them:
 * - Kafka's (KAFKA_SCRIPT: kafka-run-class.sh's KAFKA_DEFAULT_JMX_OPTS, JMX_PORT, KAFKA_OPTS);
 * - ZooKeeper's bin/zkServer.sh: with JMXDISABLE unset or "false" and JMXPORT set, `ZOOMAIN="-D...jmxremote
 *   -Dcom.sun.management.jmxremote.port=$JMXPORT -Dcom.sun.management.jmxremote.authenticate=$JMXAUTH ..."`, JMXAUTH
 *   false when unset, after `$JVMFLAGS` (SERVER_JVMFLAGS then JVMFLAGS): `"$JAVA" ... $JVMFLAGS $ZOOMAIN "$ZOOCFG"`
 *   (JMXHOSTNAME only sets java.rmi.server.hostname); bin/zkEnv.sh sources `$ZOOCFGDIR/zookeeper-env.sh` and
 *   `$ZOOCFGDIR/java.env`, ZOOCFGDIR defaulting to `$ZOOBINDIR/../conf` (else `../etc/zookeeper`);
 * - Tomcat's bin/catalina.sh (startup.sh runs it): `"$_RUNJAVA" ... $JAVA_OPTS $CATALINA_OPTS`, its header's
 *   "CATALINA_OPTS (Optional) Java runtime options used when the "start", "run" or "debug" command is executed", after
 *   sourcing `$CATALINA_BASE/bin/setenv.sh` (else `$CATALINA_HOME/bin/setenv.sh`; CATALINA_BASE defaults to
 *   CATALINA_HOME, the script's installation), `jpda` adding `-agentlib:jdwp=transport=$JPDA_TRANSPORT,
 *   address=$JPDA_ADDRESS,server=y,suspend=$JPDA_SUSPEND` (default localhost:8000) unless JPDA_OPTS replaces it;
 * - Elasticsearch's bin/elasticsearch (the package's elasticsearch.service runs bin/systemd-entrypoint, which execs
 *   it): Elasticsearch "Set JVM options", the `$ES_PATH_CONF/jvm.options` file and `jvm.options.d/*.options` files
 *   (ES_PATH_CONF: `config/` of the archive, /etc/elasticsearch of the packages) then ES_JAVA_OPTS;
 * - Solr's bin/solr: it sources SOLR_INCLUDE, else the first solr.in.sh of /etc/default, its bin/ and /opt/solr
 *   (bin/solr); SOLR_OPTS, `-a "OPTIONS"`, and with ENABLE_REMOTE_JMX_OPTS=true remote JMX with authentication and
 *   TLS off on RMI_PORT (default 18983: Solr Reference Guide "JMX with Solr");
 * - Cassandra's bin/cassandra: it sources `$CASSANDRA_CONF/cassandra-env.sh` (CASSANDRA_CONF default its
 *   installation's conf/, the packages' /etc/cassandra), which ends `JVM_OPTS="$JVM_OPTS $JVM_EXTRA_OPTS"`, and reads
 *   the conf/jvm*.options files (Cassandra 4: jvm-server.options, jvm11-server.options ...).
 */
const JVM_LAUNCHER_SCRIPTS: JvmLauncher[] = [
    {
        names: KAFKA_SCRIPT,
        reads: /^(JMX_PORT|KAFKA_\w+)$/,
        options: value => [
            ...["KAFKA_HEAP_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_GC_LOG_OPTS"].flatMap(n =>
                quotedWords(value(n)),
            ),
            ...(value("KAFKA_JMX_OPTS") ? quotedWords(value("KAFKA_JMX_OPTS")) : KAFKA_DEFAULT_JMX_OPTS),
            ...(value("JMX_PORT") ? [`-Dcom.sun.management.jmxremote.port=${value("JMX_PORT")}`] : []),
            ...quotedWords(value("KAFKA_LOG4J_OPTS")),
            ...quotedWords(value("KAFKA_OPTS")),
        ],
    },
    {
        names: /^zkServer(\.sh)?$/,
        reads: /^(JMX[A-Z0-9]+|SERVER_JVMFLAGS|JVMFLAGS|ZOOCFGDIR)$/,
        sources: ({ at }, value) =>
            (value("ZOOCFGDIR") ? [value("ZOOCFGDIR")] : ["conf", "etc/zookeeper"]).flatMap(dir =>
                ["zookeeper-env.sh", "java.env"].flatMap(f => at(`${dir}/${f}`)),
            ),
        options: value => [
            ...quotedWords(value("SERVER_JVMFLAGS")),
            ...quotedWords(value("JVMFLAGS")),
            ...(/^(false)?$/.test(value("JMXDISABLE")) && value("JMXPORT")
                ? [
                      "-Dcom.sun.management.jmxremote",
                      `-Dcom.sun.management.jmxremote.port=${value("JMXPORT")}`,
                      `-Dcom.sun.management.jmxremote.authenticate=${value("JMXAUTH") || "false"}`,
                  ]
                : []),
        ],
    },
    {
        names: /^(catalina|startup)\.sh$/,
        reads: /^(CATALINA_(OPTS|BASE|HOME)|JAVA_OPTS|JPDA_\w+)$/,
        // `$CATALINA_BASE/bin/setenv.sh`, else `$CATALINA_HOME/bin/setenv.sh` (catalina.sh `if [ -r ... ] elif`; Tomcat
        // RUNNING.txt: "the one in CATALINA_BASE is preferred"): the home's first, the base's over it, failing closed
        // where both are written (a variable only the home's sets is read too).
        sources: ({ at }, value) => {
            const home = value("CATALINA_HOME") ? at(`${value("CATALINA_HOME")}/bin/setenv.sh`) : at("bin/setenv.sh");
            return [...home, ...(value("CATALINA_BASE") ? at(`${value("CATALINA_BASE")}/bin/setenv.sh`) : [])];
        },
        options: (value, args) => [
            ...quotedWords(value("JAVA_OPTS")),
            ...(args.includes("jpda")
                ? value("JPDA_OPTS")
                    ? quotedWords(value("JPDA_OPTS"))
                    : [
                          `-agentlib:jdwp=transport=${value("JPDA_TRANSPORT") || "dt_socket"},address=${
                              value("JPDA_ADDRESS") || "localhost:8000"
                          },server=y,suspend=${value("JPDA_SUSPEND") || "n"}`,
                      ]
                : []),
            ...quotedWords(value("CATALINA_OPTS")),
        ],
    },
    {
        names: /^(elasticsearch|systemd-entrypoint)$/,
        reads: /^(ES_JAVA_OPTS|ES_PATH_CONF)$/,
        optionFiles: ({ at, options }, value) =>
            (value("ES_PATH_CONF") ? [value("ES_PATH_CONF")] : ["config", "/etc/elasticsearch"]).flatMap(dir => [
                ...at(`${dir}/jvm.options`),
                ...at(`${dir}/jvm.options.d`).flatMap(options),
            ]),
        units: { names: /^elasticsearch(\.service)?$/, exec: ["/usr/share/elasticsearch/bin/systemd-entrypoint"] },
        options: value => quotedWords(value("ES_JAVA_OPTS")),
    },
    {
        names: /^solr$/,
        reads: /^(SOLR_\w+|ENABLE_REMOTE_JMX_OPTS|RMI_PORT)$/,
        sources: ({ at }, value) =>
            value("SOLR_INCLUDE")
                ? [value("SOLR_INCLUDE")]
                : ["/etc/default/solr.in.sh", "bin/solr.in.sh", "/opt/solr/solr.in.sh"].flatMap(at),
        options: (value, args) => [
            ...(value("ENABLE_REMOTE_JMX_OPTS") === "true" ? openJmx(value("RMI_PORT") || "18983") : []),
            ...quotedWords(value("SOLR_OPTS")),
            ...args.flatMap((a, i) => (args[i - 1] === "-a" ? quotedWords(a) : [])),
        ],
    },
    {
        names: /^cassandra$/,
        reads: /^(JVM_OPTS|JVM_EXTRA_OPTS|CASSANDRA_CONF)$/,
        sources: ({ at }, value) =>
            (value("CASSANDRA_CONF") ? [value("CASSANDRA_CONF")] : ["conf", "/etc/cassandra"]).flatMap(dir =>
                at(`${dir}/cassandra-env.sh`),
            ),
        optionFiles: ({ at, options }, value) =>
            (value("CASSANDRA_CONF") ? [value("CASSANDRA_CONF")] : ["conf", "/etc/cassandra"]).flatMap(dir =>
                at(dir).flatMap(options),
            ),
        units: { names: /^cassandra(\.service)?$/, exec: ["/usr/sbin/cassandra", "-f"] },
        options: value => [...quotedWords(value("JVM_OPTS")), ...quotedWords(value("JVM_EXTRA_OPTS"))],
    },
];

/** The JVM_LAUNCHER_SCRIPTS entry of a program. */
const jvmLauncherScript = (program: string) => JVM_LAUNCHER_SCRIPTS.find(s => s.names.test(program));

/** Programs that start a JVM with the java launcher: java, and JVM_LAUNCHER_SCRIPTS. */
const isJvmLauncher = (program: string) => program === "java" || jvmLauncherScript(program) !== undefined;

/**
 * What a server's packaged unit runs, by unit name: 3proxy's (3proxy/3proxy scripts/3proxy.service:
 * `ExecStart=/bin/3proxy ${CONFIGFILE}`, `Environment=CONFIGFILE=/etc/3proxy/3proxy.cfg`).
 */
export const PACKAGED_SERVER_UNITS: Record<string, string[][]> = {
    "3proxy": [["/bin/3proxy", "/etc/3proxy/3proxy.cfg"]],
};

/**
 * The units a command starts now or at boot, `NAME.service` for a bare NAME: `systemctl start|restart|enable|...`
 * (systemctl(1): reload-or-restart and try-restart start or restart, preset may enable), and the SysV-style front ends
 * systemd and the distributions route to it: service(8) "service SCRIPT COMMAND" (`start`, `restart`,
 * `--full-restart`...: under systemd `systemctl COMMAND SCRIPT`), invoke-rc.d(8) `NAME start|restart`, chkconfig(8)
 * `NAME on` / `--add NAME`, update-rc.d(8) `NAME defaults|enable`, OpenRC's rc-service `NAME start` and rc-update
 * `add NAME`.
 */
export function startedUnits(words: readonly string[]): string[] {
    const program = posix.basename(words[0] ?? "");
    const operands = words.slice(1).filter(w => !w.startsWith("-") || /^--(full-restart|add)$/.test(w));
    const [first, second] = operands;
    const starts =
        /^(start|restart|force-restart|try-restart|condrestart|reload-or-restart|force-reload|--full-restart)$/;
    const names =
        program === "systemctl" &&
        /^(start|restart|try-restart|reload-or-restart|try-reload-or-restart|condrestart|force-reload|enable|reenable|preset)$/.test(
            first ?? "",
        )
            ? operands.slice(1)
            : /^(service|invoke-rc\.d|rc-service)$/.test(program) && starts.test(second ?? "")
              ? [first]
              : program === "chkconfig" && operands.includes("--add")
                ? [operands[operands.indexOf("--add") + 1] ?? ""]
                : program === "chkconfig" && operands.at(-1) === "on"
                  ? [operands.filter(w => !/^\d+$/.test(w)).at(-2) ?? ""]
                  : (program === "update-rc.d" && /^(defaults|enable|start)$/.test(second ?? "")) ||
                      (program === "rc-update" && first === "add")
                    ? [program === "rc-update" ? (second ?? "") : first]
                    : [];
    return names.filter(n => n !== "").map(n => (/\.[a-z]+$/.test(n) ? n : `${n}.service`));
}

/**
 * The command a started unit user data does not write runs (startedUnits), with what it reads besides the variables
 * user data's drop-ins give it (unitEnvironment): a JVM launcher's packaged unit (JvmLauncher's `units`) runs its
 * launcher; any other unit user data only extends runs its package's program, which the pack does not know: named by
 * the unit (unitEnvironment gives the drop-ins' variables to that name), an unknown JVM launcher for
 * jvmEnvironmentOptions. Either reads the environment file its package names by the distributions' convention when user
 * data writes one: `/etc/default/NAME` (Debian) or `/etc/sysconfig/NAME` (RHEL), as Elasticsearch's packaged
 * elasticsearch.service (`EnvironmentFile=-/etc/default/elasticsearch`, `-/etc/sysconfig/elasticsearch` in the RPM's)
 * and Debian's tomcat9.service (`EnvironmentFile=-/etc/default/tomcat9`) do. Undefined for no such unit.
 */
function packagedUnitCommand(
    words: readonly string[],
    given: readonly GivenVariable[],
    fileText: ((path: string) => string | undefined) | undefined,
): { command: string[]; given: GivenVariable[] } | undefined {
    for (const unit of startedUnits(words)) {
        const command =
            JVM_LAUNCHER_SCRIPTS.find(s => s.units?.names.test(unit))?.units?.exec ??
            (given.some(v => v.program === unit) ? [unit] : undefined);
        if (command === undefined) continue;
        const name = unit.replace(/\.service$/, "");
        const program = posix.basename(command[0]);
        const files = [`/etc/default/${name}`, `/etc/sysconfig/${name}`].filter(f => fileText?.(f) !== undefined);
        return { command, given: files.map(file => ({ file, program })) };
    }
    return undefined;
}

/** The programs a JVM launcher's packaged unit runs (packagedUnitCommand), for a unit named `unit`. */
const jvmPackagedUnitPrograms = (unit: string) =>
    JVM_LAUNCHER_SCRIPTS.flatMap(s => (s.units?.names.test(unit) ? [posix.basename(s.units.exec[0])] : []));

/**
 * The variables the JVM or its java launcher reads, in any process that starts one (any program may: Tomcat's
 * catalina.sh, a vendor's wrapper): JAVA_TOOL_OPTIONS (Java SE Troubleshooting Guide, "The JAVA_TOOL_OPTIONS Environment
 * Variable": JNI_CreateJavaVM prepends it, for JVMs started "deeply nested in scripts") and _JAVA_OPTIONS (JDK-8170832:
 * both "are interpreted by the VM"), and JDK_JAVA_OPTIONS, which the java launcher reads whoever runs it (java(1)
 * "Using the JDK_JAVA_OPTIONS Launcher Environment Variable"; Tomcat's catalina.sh exports it to `$_RUNJAVA`).
 */
const JVM_READ_VARIABLES = JVM_OPTION_VARIABLES;

/**
 * Variables a program reads whatever its name because it may start a JVM: JVM_READ_VARIABLES for any, and a launcher
 * script's own (JVM_LAUNCHER_SCRIPTS).
 */
const jvmLauncherReads = (program: string, name: string) =>
    JVM_READ_VARIABLES.test(name) || (jvmLauncherScript(program)?.reads.test(name) ?? false);

/**
 * A JVM launcher script's files (JvmLauncher): the assignments of the shell files it sources (NAME=VALUE, `export`,
 * `$NAME`/`${NAME}` expanded from those before, backslash-newlines joined), and the options of its options files,
 * `unread` those user data does not write in full or changes, and a sourced file computing a value (`$(...)`,
 * backquotes), sourcing or evaluating another, or quoting a value across lines: it may set anything.
 */
function jvmLauncherFiles(
    script: JvmLauncher,
    path: string | undefined,
    variables: readonly { name: string; value: string }[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { variables: { name: string; value: string }[]; options: string[]; unread: string[] } {
    const home = path?.startsWith("/") ? posix.dirname(posix.dirname(posix.normalize(path))) : undefined;
    const written = [...(view.written?.() ?? [])];
    const files: JvmLauncherFiles = {
        at: p =>
            p.startsWith("/")
                ? [posix.normalize(p)]
                : home !== undefined
                  ? [posix.join(home, p)]
                  : [
                        ...new Set(
                            written.flatMap(w => {
                                const tail = `/${posix.normalize(p)}`;
                                const i = `${w}/`.indexOf(`${tail}/`);
                                return i > 0 ? [w.slice(0, i + tail.length)] : [];
                            }),
                        ),
                    ],
        // An options directory a copy or unpacking filled may hold any file: its own name read as unread.
        options: dir => [
            ...written.filter(w => posix.dirname(w) === dir && w.endsWith(".options")).sort(),
            ...(view.changed.has(`${dir}/*.options`) ? [`${dir}/*.options`] : []),
        ],
    };
    const out = [...variables];
    const value = (name: string) => out.filter(v => v.name === name).at(-1)?.value ?? "";
    const unread: string[] = [];
    for (const file of [...new Set(script.sources?.(files, value) ?? [])]) {
        const read = readConfig(file, fileText, view);
        if (read === undefined) continue;
        const text = read?.replace(/\\\r?\n/g, " ");
        // A value computed, read from another file (`.`, `source`, `eval`) or quoted across lines may be anything.
        const opaque = (t: string) =>
            /\$\(|`|^\s*(\.|source|eval)\s/m.test(t) ||
            t.split(/\r?\n/).some(line => (line.replace(/'[^']*'/g, "").match(/"/g) ?? []).length % 2 === 1);
        if (text == null || opaque(text)) {
            unread.push(file);
            continue;
        }
        for (const v of environmentFileVariables(text))
            out.push({
                name: v.name,
                value: v.value.replace(/\$\{?([A-Za-z_]\w*)\}?/g, (_, n: string) => value(n)),
            });
    }
    const options: string[] = [];
    for (const file of [...new Set(script.optionFiles?.(files, value) ?? [])]) {
        const text = readConfig(file, fileText, view);
        if (text === undefined) continue;
        if (text === null) unread.push(file);
        else
            options.push(
                ...text
                    .split(/\r?\n/)
                    .filter(line => !/^\s*#/.test(line))
                    .flatMap(line => quotedWords(line.replace(/^\s*\d+(-\d*)?:/, ""))),
            );
    }
    return { variables: out, options, unread };
}

/**
 * The JVM options a program's environment gives it around its command line's (jvmAgentListeners), each variable's
 * last value: JAVA_TOOL_OPTIONS and JDK_JAVA_OPTIONS (its `@FILE`s expanded as the command line's), then for a java
 * launcher its other options variables (`options`: JAVA_OPTS) and its launcher script's (JVM_LAUNCHER_SCRIPTS, run
 * from `path` with `args`: its options files', then those it makes of its variables, the files it sources
 * included) before, _JAVA_OPTIONS after; `-XX:VMOptionsFile=FILE` expanded in each (jvmOptionFiles), `unread` the
 * option and sourced files user data does not write in full or changes.
 */
function jvmEnvironmentOptions(
    program: string,
    variables: readonly { name: string; value: string }[],
    options: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    path?: string,
    args: readonly string[] = [],
): { before: string[]; after: string[]; unread: string[] } {
    const script = jvmLauncherScript(program);
    const files = script
        ? jvmLauncherFiles(script, path, variables, fileText, view)
        : { variables, options: [], unread: [] };
    const value = (name: string) => files.variables.filter(v => v.name === name).at(-1)?.value ?? "";
    const launcher = isJvmLauncher(program);
    const others = [...new Set(options)].filter(n => !JVM_OPTION_VARIABLES.test(n) && !script?.reads.test(n));
    // Another program reaches JDK_JAVA_OPTIONS only through a java launcher it runs, which exits at an `@FILE` that is
    // not there (OpenJDK args.c expandArgFile: "could not open", exit(1)): one user data has not written yet starts
    // no JVM. java and the launcher scripts keep round 52's rule (an argument file not written is unread).
    const jdkJavaOptions = quotedWords(value("JDK_JAVA_OPTIONS")).filter(w => {
        const argumentFile = javaArgumentFile(w, []);
        return launcher || argumentFile === undefined || readConfig(argumentFile, fileText, view) !== undefined;
    });
    const expanded = [
        jvmOptionFiles(quotedWords(value("JAVA_TOOL_OPTIONS")), false, fileText, view),
        jvmOptionFiles(jdkJavaOptions, true, fileText, view),
        ...(launcher
            ? [
                  jvmOptionFiles(
                      [
                          ...others.flatMap(n => quotedWords(value(n))),
                          ...files.options,
                          ...(script?.options(value, args) ?? []),
                      ],
                      false,
                      fileText,
                      view,
                  ),
              ]
            : []),
    ];
    // A program the pack does not know as a JVM launcher may be one (ActiveMQ's bin/activemq runs `$JAVACMD
    // $ACTIVEMQ_OPTS ...`, jetty.sh its JAVA_OPTIONS, a packaged unit's program its drop-ins' JAVA_OPTS): the JVM
    // options found in any variable it is given are read as its JVM's (jvmAgentOptionWords), failing closed.
    const unknownLauncher = launcher
        ? []
        : files.variables.filter(v => !JVM_OPTION_VARIABLES.test(v.name)).flatMap(v => jvmAgentOptionWords(v.value));
    const after = jvmOptionFiles(quotedWords(value("_JAVA_OPTIONS")), false, fileText, view);
    return {
        before: [...expanded.flatMap(e => e.words), ...unknownLauncher],
        after: after.words,
        unread: [...files.unread, ...[...expanded, after].flatMap(e => e.unread)],
    };
}

/**
 * The fail-closed listeners an unread root program's environment makes (unreadListeners judges its words): the
 * variables given to it (environmentGiven, unitEnvironment), and those given to every later program when it may read
 * them: its own settings, named with its name as their prefix (uvicorn's UVICORN_HOST, Flask's FLASK_RUN_HOST) or
 * Kestrel's (KESTREL_URLS, KESTREL_PORTS: any program may be an ASP.NET Core app), or any
 * when it is a LISTENER_PROGRAM or an interpreter running an application (which commonly takes HOST and PORT from its
 * environment). Beyond loopback (mayBeNodeAddress) is:
 * - a LISTEN_VARIABLE's value that is not a bare port, or any variable's value that is allAddressesValue; a
 *   LISTEN/BIND/ADDR variable's bare port, and an empty value of any LISTEN_VARIABLE but a PORT (every address);
 * - a URL of a LISTEN_URLS_VARIABLE (KESTREL_URLS: any host but loopback);
 * - where an ARGUMENTS_VARIABLE of its own or given to it alone makes it listen, its words read as its arguments;
 * - every address, for an environment file user data does not write in full or changes after writing it (in place,
 *   appended to, copied or downloaded onto: viewingJudge's `changed`): it may hold any setting.
 * A client setting (clientSetting: CLIENT_VARIABLE, DB_HOST) names the server a client talks to, and a known client (KNOWN_CLIENTS, by the command's own words:
 * `vault login` with VAULT_ADDR exported) listens on none.
 */
export function environmentListeners(
    words: readonly string[],
    givenToAll: readonly GivenVariable[],
    root: boolean,
    cwd: string | undefined,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    // A packaged unit started by name runs its ExecStart (packagedUnitCommand); a launcher script reads its files
    // whatever its environment (jvmLauncherFiles).
    const packaged = packagedUnitCommand(words, givenToAll, fileText);
    const command = packaged?.command ?? words;
    const given = [...givenToAll, ...(packaged?.given ?? [])];
    if (given.length === 0 && jvmLauncherScript(posix.basename(command[0] ?? "")) === undefined) return [];
    const { unread } = readServers(command, cwd, fileText, root, NO_VIEW);
    if (!unread || knownClient(unread.program, unread.args)) return [];
    const { program } = unread;
    const own = `${program.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_`;
    // JVM options exported reach any later program that is not a JVM launcher the pack knows: it may be one
    // (jvmEnvironmentOptions' unknown launcher); the shell's assigning builtins run none.
    const mayLaunchJvm = !isJvmLauncher(program) && !/^(export|declare|typeset|local|readonly)$/.test(program);
    // Kestrel's settings are read by any ASP.NET Core app, whatever its program's name (a self-contained app's own).
    const givenToIt = (v: GivenVariable) =>
        v.program === undefined
            ? ("name" in v &&
                  (v.name.startsWith(own) ||
                      kestrelListens(v.name, "") !== undefined ||
                      jvmLauncherReads(program, v.name) ||
                      (mayLaunchJvm && jvmAgentOptionWords(v.value).length > 0))) ||
              LISTENER_PROGRAM.test(program) ||
              INTERPRETERS.test(program)
            : v.program === program;
    // Round 90: a file sourced under allexport (environmentGiven: no one program's) reaches every program; its
    // variables are taken as the script's own exports are (givenToIt by name).
    const toIt = given.filter(v => givenToIt(v) || ("file" in v && v.program === undefined));
    // An environment file changed after it is written (sed -i, an append, a copy onto it: readConfig) is as unread.
    // Round 90: a file sourced under allexport (no one program's) that user data changed so the pack cannot read it
    // fails closed for the programs its variables reach: those its last whole text names for it (givenToIt by name;
    // a changed value is unknown), or, with no text known, those any script export reaches (LISTENER_PROGRAM,
    // INTERPRETERS). DECIDED: not for every other program (mkdir, set), which no unknown variable makes listen.
    const reachesIt = (file: string) => {
        const known = fileText?.(file);
        return known === undefined
            ? LISTENER_PROGRAM.test(program) || INTERPRETERS.test(program)
            : environmentFileVariables(known).some(f => givenToIt(f));
    };
    const unreadFiles = toIt.flatMap(v =>
        "file" in v && readConfig(v.file, fileText, view) == null && (v.program !== undefined || reachesIt(v.file))
            ? [v.file]
            : [],
    );
    const variables = toIt.flatMap(v =>
        "file" in v
            ? environmentFileVariables(readConfig(v.file, fileText, view) ?? "")
                  .map(f => ({ ...f, program: v.program }))
                  .filter(f => v.program !== undefined || givenToIt(f))
            : [v],
    );
    // Round 76: a Node.js program the pack reads in full (nodeProgramReadInFull) listens where its code's `.listen`
    // calls say, judged by the reader with its environment (jsEnvironmentValues; every address when that is not
    // fully known): a listen variable given to it is no unread program's setting. NODE_OPTIONS (which adds options
    // and preloads, Node.js "Command-line API") keeps its own reading below.
    const readInFull =
        !variables.some(v => v.name === "NODE_OPTIONS") &&
        nodeProgramReadInFull(program, unread.args, cwd, fileText, view);
    const itsArguments = ({ name, program: to }: { name: string; program?: string }) =>
        ARGUMENTS_VARIABLE.test(name) && (to === program || name.startsWith(own) || jvmLauncherReads(program, name));
    const beyondLoopback = ({ name, value, program: to }: { name: string; value: string; program?: string }) => {
        if (clientSetting(name, program, value)) return [];
        // FLASK_DEBUG puts a script's app.run in debug mode (flaskScriptListeners reads it with the script).
        if (name === "FLASK_DEBUG" && /^python[0-9.]*$/.test(program))
            return flaskScriptListeners(unread.args, cwd, program, fileText, view, value).flatMap(l =>
                l.binds.length === 0 ? ["0.0.0.0"] : l.binds.filter(b => !loopbackOnly([b])),
            );
        // NODE_OPTIONS (Node.js "Command-line API": "A space-separated list of command-line options ... interpreted
        // before command-line options"; --require/--import preload a module): the program read with them.
        if (name === "NODE_OPTIONS" && /^(node|nodejs)$/.test(program))
            return nodeFileServerListeners(
                [...quotedWords(value), ...unread.args],
                cwd,
                program,
                fileText,
                view,
            ).flatMap(l => (l.binds.length === 0 ? ["0.0.0.0"] : l.binds.filter(b => !loopbackOnly([b]))));
        if (itsArguments({ name, program: to }))
            return unreadListeners(program, quotedWords(value)).flatMap(l =>
                l.binds.length === 0 ? ["0.0.0.0"] : l.binds.filter(b => !loopbackOnly([b])),
            );
        if (readInFull) return [];
        const kestrel = kestrelListens(name, value);
        if (kestrel) return kestrel;
        if (LISTEN_URLS_VARIABLE.test(name)) return listItems(value).filter(url => mayBeNodeAddress(url));
        // Round 88: a listen/bind/addr variable (not a PORT) holding a port alone, and a host/bind/listen/addr/ip
        // variable holding nothing, listen on every address: a port with no host is every address (Go net.Listen:
        // "If the host in the address parameter is empty ... Listen listens on all available unicast and anycast IP
        // addresses"; Python socket "Socket families": "the empty string represents INADDR_ANY"), as `listen: 9000`
        // and `bind: ""` in a configuration file are (fileSettingBeyondLoopback).
        if (LISTEN_VARIABLE.test(name) && !/PORT$/.test(name)) {
            if (value.trim() === "") return ["0.0.0.0"];
            if (/(^|_)(BIND|LISTEN|ADDR|ADDRESS)$/.test(name) && /^:?\d+$/.test(value.trim())) return ["0.0.0.0"];
        }
        // Round 90: a listen variable (a plural ADDRESSES too: PostgreSQL-style OPSD_LISTEN_ADDRESSES) holding every
        // address in a listen slot's spelling (everyAddressListenValue: `*` alone, PostgreSQL listen_addresses "The
        // special entry * corresponds to all available IP interfaces"), as an item of its list too.
        if (LISTEN_VARIABLE.test(name.replace(/ADDRESSES$/, "ADDRESS")) && !/PORT$/.test(name)) {
            const every = listItems(value).filter(everyAddressListenValue);
            if (every.length > 0) return every;
        }
        return allAddressesValue(value) ||
            (LISTEN_VARIABLE.test(name) &&
                !/^\d+$/.test(value) &&
                (!/PORT$/.test(name) || /:\d+$/.test(value)) &&
                mayBeNodeAddress(value))
            ? [value]
            : [];
    };
    const listening = variables.map(v => ({ ...v, binds: beyondLoopback(v) })).filter(v => v.binds.length > 0);
    // The JVM agents its environment's options start (jvmEnvironmentOptions), beyond those of its command line alone.
    const jvmOptions = jvmEnvironmentOptions(
        program,
        variables,
        variables.filter(itsArguments).map(v => v.name),
        fileText,
        view,
        // A name without a slash is found on PATH (bash(1) "COMMAND EXECUTION"): its installation unknown.
        !command[0]?.includes("/") ? undefined : cwd === undefined ? command[0] : posix.resolve(cwd, command[0]),
        unread.args,
    );
    const javaArgs = program === "java" ? unread.args : [];
    const java = program === "java" ? command[0] : undefined;
    const commandLineOnly = new Set(jvmAgentListeners(javaArgs, fileText, view, undefined, java).map(l => l.server));
    const jvmAgents = jvmAgentListeners(javaArgs, fileText, view, jvmOptions, java)
        .filter(l => !commandLineOnly.has(l.server))
        .map(l => ({ ...l, server: `${program} (its environment's JVM options: ${l.server})` }));
    return [
        ...jvmAgents,
        ...(listening.length === 0
            ? []
            : [
                  {
                      server: `${program} (its environment: ${listening.map(v => `${v.name}=${v.value}`).join(" ")})`,
                      binds: listening.flatMap(v => v.binds),
                      serves: { unread: program },
                  },
              ]),
        ...unreadFiles.map(file => ({
            server: given.some(v => "file" in v && v.file === file && v.program === undefined)
                ? `${program} (the file ${file} the script sources under \`set -a\`, exporting its variables, which user data does not write in full, or changes after writing it)`
                : `${program} (its EnvironmentFile=${file}, which user data does not write in full, or changes after writing it)`,
            binds: [],
            serves: { unread: program },
        })),
    ];
}

/**
 * The system manager's unit directories (systemd.unit(5), "System Unit Search Path": /etc/systemd/system.control,
 * /run/systemd/system.control, /run/systemd/transient, /run/systemd/generator.early, /etc/systemd/system,
 * /etc/systemd/system.attached, /run/systemd/system, /run/systemd/system.attached, /run/systemd/generator,
 * /usr/local/lib/systemd/system, /usr/lib/systemd/system, /run/systemd/generator.late; /lib on split-/usr systems):
 * units and their drop-in directories are read from every one of them.
 */
export const UNIT_DIRS = [
    "/etc/systemd/system.control",
    "/run/systemd/system.control",
    "/run/systemd/transient",
    "/run/systemd/generator.early",
    "/etc/systemd/system",
    "/etc/systemd/system.attached",
    "/run/systemd/system",
    "/run/systemd/system.attached",
    "/run/systemd/generator",
    "/usr/local/lib/systemd/system",
    "/usr/lib/systemd/system",
    "/lib/systemd/system",
    "/run/systemd/generator.late",
];

/** A systemd unit file or drop-in (systemd.unit(5), "Unit File Load Path": UNIT_DIRS): the unit's name, or undefined. */
export const UNIT_PATH =
    /^\/(etc|run|usr\/lib|usr\/local\/lib|lib)\/systemd\/(?:system(?:\.control|\.attached)?|transient|generator(?:\.early|\.late)?)\/([^/]+?)(\.d\/[^/]+\.conf)?$/;

/**
 * A socket unit's service shipped with the AMI's packages that serves a root-power API (rootApiOnNetwork) on it: by
 * the socket's name, and by its service (systemd.socket(5) Service=: "Specifies the service unit name to activate on
 * incoming traffic": an own socket unit with Service=docker.service hands its sockets to dockerd's `-H fd://`).
 */
const ROOT_API_SOCKET_UNITS: Record<string, string> = {
    // docker.service: `dockerd -H fd://` takes every socket docker.socket passes (Docker docs, "Configure remote
    // access for Docker daemon": a docker.socket ListenStream= drop-in puts the API on TCP).
    "docker.socket": DOCKER_API,
    // podman.service: `podman system service` (podman-system-service(1): "supports systemd socket activation").
    "podman.socket": PODMAN_API,
    "docker.service": DOCKER_API,
    "podman.service": PODMAN_API,
};

/**
 * Whether a unit file or drop-in at `path` (UNIT_PATH) configures `unit` (systemd.unit(5), "Description": besides
 * foo.socket.d/, "a unit-type drop-in directory" (service.d/, socket.d/ ...) applies to every unit of that type, and for
 * a name with dashes every prefix ending in a dash (foo-.service.d/ for foo-bar.service); systemd 246+, AL2023 has 252).
 */
export function configuresUnit(path: string, unit: string): boolean {
    const m = UNIT_PATH.exec(path);
    if (!m) return false;
    if (m[2] === unit) return true;
    if (m[3] === undefined) return false;
    const type = unit.slice(unit.lastIndexOf(".") + 1);
    if (m[2] === type) return true;
    const prefix = new RegExp(`^(.+-)\\.${type}$`).exec(m[2])?.[1];
    return prefix !== undefined && unit.startsWith(prefix);
}

/**
 * Round 83: whether a socket unit's IP access lists admit connections from loopback only. systemd.resource-control(5)
 * IPAddressAllow=/IPAddressDeny=: space-separated addresses with optional prefix lengths, or `any`, `localhost`
 * (127.0.0.0/8 and ::1), `link-local`, `multicast`; each line adds, an empty one resets. "Access is granted when the
 * checked IP address matches an entry in the IPAddressAllow= list. Otherwise, access is denied when [it] matches an
 * entry in the IPAddressDeny= list"; ingress is checked by its source address, and "for socket-activated services,
 * the IP access list configured on the socket unit applies to all sockets associated with it directly" (the
 * connections it accepts). So Deny= every address (`any`, or 0.0.0.0/0 with ::/0) with every Allow= entry loopback
 * (loopbackOnly) drops every pod's connection: no pod's packet comes from the node's loopback. The lists "are
 * implicitly combined with any lists configured for any of the parent slice units": a slice unit or drop-in user data
 * writes that sets IPAddressAllow= may widen it (fail closed, whichever slice it is). The socket's own files (`own`) must
 * set both lists only on lines of their own: text the pack did not split into its lines may reset or widen them.
 */
export function ipAccessAdmitsLoopbackOnly(
    allow: readonly string[],
    deny: readonly string[],
    files: readonly { path: string; text: string }[],
    own: readonly { path: string; text: string }[],
): boolean {
    const entries = (list: readonly string[]) => list.flatMap(v => v.split(/\s+/)).filter(w => w !== "");
    const denied = entries(deny);
    const everyAddress = denied.includes("any") || ["0.0.0.0/0", "::/0"].every(a => denied.includes(a));
    const sliceAllows = files.some(f => /\.slice(\.d\/[^/]+)?$/.test(f.path) && /IPAddressAllow/.test(f.text));
    const unsplit = own.some(
        f =>
            (f.text.match(/IPAddress(Allow|Deny)/g) ?? []).length !==
            (f.text.match(/^[ \t]*IPAddress(Allow|Deny)[ \t]*=/gm) ?? []).length,
    );
    // `localhost` is systemd's keyword for 127.0.0.0/8 and ::1, not a name resolved through /etc/hosts.
    return (
        everyAddress && !sliceAllows && !unsplit && entries(allow).every(a => a === "localhost" || loopbackOnly([a]))
    );
}

/**
 * Socket units user data writes (or drops in for), read for what their services serve where the socket listens
 * (ListenStream=, ListenDatagram=, ListenSequentialPacket=: a port alone or an address is the network, a path or an
 * @abstract name a unix socket). `files` are the unit files user data writes, in order; later files and drop-ins
 * override, and an empty assignment resets a list (systemd.socket(5), systemd.service(5)).
 * - A root-power API's socket (ROOT_API_SOCKET_UNITS, or a service of user data's running dockerd or `podman system
 *   service`, which take the sockets systemd passes): any network address is that API on the network
 *   (rootApiOnNetwork), a path under a directory pods may write theirs (rootApiSockets).
 * - A service taking the connection as its standard input (systemd.exec(5) StandardInput=socket or fd:NAME; with
 *   Accept=yes one NAME@.service instance per connection, systemd.socket(5) "only the connection socket is passed to
 *   it"): a shell or interpreter on it (runsClientCommands) beyond loopback is an inetd shell on every node address,
 *   and a network client in it relays each connection (servedRelays, read with the files user data writes: `fileText`)
 *   from where the socket listens, joined per user data as every forwarder is (loopbackJoin).
 */
export function socketShellOpenings(
    files: readonly { path: string; text: string }[],
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
    socketsKnown = false,
): NodeOpening[] {
    const settings = (unit: string) => {
        const out: { section: string; key: string; value: string }[] = [];
        // The unit's own file, then its drop-ins, its type's and prefixes' too (configuresUnit), in the order of their
        // file names (systemd.unit(5): drop-ins are read after it, "in lexicographic order" of their names).
        const own = files.filter(f => configuresUnit(f.path, unit));
        const dropIns = own.filter(f => f.path.includes(".d/"));
        for (const f of [
            ...own.filter(f => !f.path.includes(".d/")),
            ...dropIns.sort((a, b) => (posix.basename(a.path) < posix.basename(b.path) ? -1 : 1)),
        ]) {
            let section = "";
            for (const raw of f.text.replace(/\\\r?\n/g, " ").split(/\r?\n/)) {
                const line = raw.trim();
                const header = /^\[([^\]]+)\]$/.exec(line);
                if (header) section = header[1];
                const kv = /^([A-Za-z][A-Za-z0-9]*)\s*=\s*(.*)$/.exec(line);
                if (kv) out.push({ section, key: kv[1], value: kv[2].trim() });
            }
        }
        return out;
    };
    // A list setting: each line adds, an empty assignment resets (systemd.socket(5), systemd.service(5)).
    const values = (entries: { key: string; value: string }[], keys: RegExp) =>
        entries
            .filter(e => keys.test(e.key))
            .reduce<string[]>((acc, e) => (e.value === "" ? [] : [...acc, e.value]), []);
    // An Exec line's argv (systemd.service(5) "Command lines"): `@` makes the second word argv[0], not an argument.
    const argvOf = (v: string) => {
        const prefix = /^[-@:+!|]*/.exec(v)![0];
        const words = simpleCommands(v.slice(prefix.length))[0]?.words ?? [];
        return (prefix.includes("@") ? [words[0], ...words.slice(2)] : words).map(w => w ?? "");
    };
    const quoted = (argv: readonly string[]) =>
        argv.map(w => (/[\s"'\\$`;&|<>()]/.test(w) ? `'${w.replace(/'/g, "'\\''")}'` : w)).join(" ");
    const out: NodeOpening[] = [];
    // Socket units user data writes or drops in for, and the packaged root-power ones a type-wide or prefix drop-in
    // reaches (configuresUnit).
    const sockets = new Set([
        ...files.flatMap(f => UNIT_PATH.exec(f.path)?.[2] ?? []).filter(u => u.endsWith(".socket")),
        ...Object.keys(ROOT_API_SOCKET_UNITS).filter(u => u.endsWith(".socket")),
    ]);
    for (const socket of sockets) {
        const socketSettings = settings(socket).filter(e => e.section === "Socket");
        const listens = values(socketSettings, /^Listen(Stream|Datagram|SequentialPacket)$/);
        // Round 78: systemd.socket(5) BindToDevice= "Specifies a network interface name to bind this socket to. If
        // set, traffic will only be accepted from the specified network interfaces" (socket(7) SO_BINDTODEVICE: "only
        // packets received from that particular interface are processed"); one value, the last assignment wins and
        // an empty one resets. On lo only the node's own traffic arrives (pods' packets come in on their veth/ENI
        // interfaces): each network listen is judged as its port on loopback.
        const device = socketSettings.filter(e => e.key === "BindToDevice").at(-1)?.value ?? "";
        // Round 83: IP access lists admitting loopback clients only (ipAccessAdmitsLoopbackOnly) are judged alike.
        const loopbackClients =
            socketsKnown &&
            ipAccessAdmitsLoopbackOnly(
                values(socketSettings, /^IPAddressAllow$/),
                values(socketSettings, /^IPAddressDeny$/),
                files,
                files.filter(f => configuresUnit(f.path, socket)),
            );
        const network = listens
            .filter(a => !/^[/@]/.test(a))
            .map(a => (device === "lo" || loopbackClients ? `127.0.0.1:${/(\d+)$/.exec(a)?.[1] ?? a}` : a));
        const accept = /^(yes|true|1|on)$/i.test(socketSettings.filter(e => e.key === "Accept").at(-1)?.value ?? "");
        const base = socket.replace(/\.socket$/, "");
        const service = accept
            ? `${base}@.service`
            : (socketSettings.filter(e => e.key === "Service").at(-1)?.value ?? `${base}.service`);
        const serviceSettings = settings(service).filter(e => e.section === "Service");
        const execs = values(serviceSettings, /^ExecStart$/).map(v => ({ line: v, argv: argvOf(v) }));
        const where = `user data's ${socket} (ListenStream= ${listens.join(", ")})`;
        const runs = (argv: readonly string[]) => {
            const words = appletWords(argv);
            const program = posix.basename(words[0] ?? "");
            return program === "dockerd"
                ? DOCKER_API
                : program === "podman" && words.some((w, i) => w === "system" && words[i + 1] === "service")
                  ? PODMAN_API
                  : undefined;
        };
        const api =
            ROOT_API_SOCKET_UNITS[socket] ??
            execs.map(e => runs(e.argv)).find(a => a !== undefined) ??
            (execs.length === 0 ? ROOT_API_SOCKET_UNITS[service] : undefined);
        if (api !== undefined) {
            if (network.length > 0) out.push(rootApiOnNetwork(api, network.join(", "), where));
            out.push(...rootApiSockets(listens, where, `${socket}'s Listen setting`));
        }
        // Round 81: where the service's socket-activated forwarders listen (loopbackJoin socketActivatedListens): each
        // Listen address (a bare port on every address, BindToDevice=lo on loopback; a path or @name a unix socket),
        // when every socket unit user data wrote is one the pack reads (`socketsKnown`).
        if (socketsKnown && listens.length > 0)
            out.push(
                heldForJoin({
                    activates: {
                        service,
                        listens: [
                            ...listens.filter(a => /^[/@]/.test(a)).map(a => (a.startsWith("@") ? `unix:${a}` : a)),
                            ...network.map(a => (/^\d+$/.test(a) ? `[::]:${a}` : a)),
                        ],
                    },
                }),
            );
        if (network.length === 0) continue;
        const input = serviceSettings.filter(e => e.key === "StandardInput").at(-1)?.value ?? "";
        // Round 88: a service handed the listening sockets (systemd.socket(5) Accept=no: "only one service unit is
        // spawned for all connections", the sockets passed to it, sd_listen_fds(3)) that runs, as root (no User=, or
        // User=root/0, no DynamicUser=), a program the pack does not read (readServers' `unread`: not a root API, a
        // forwarder, a known client or server) serves whatever it serves where the socket listens: a port alone is
        // every address (systemd.socket(5) ListenStream=: "a single number ... port number to listen on via IPv6",
        // BindIPv6Only= default both), BindToDevice=lo or a loopback address keeps it local. Fail closed as
        // unreadListeners is.
        const serviceUser = serviceSettings.filter(e => e.key === "User").at(-1)?.value ?? "";
        const dynamicUser = /^(yes|true|1|on)$/i.test(
            serviceSettings.filter(e => e.key === "DynamicUser").at(-1)?.value ?? "",
        );
        if (
            api === undefined &&
            !/^(socket|fd(:.*)?)$/.test(input) &&
            /^(|root|0)$/.test(serviceUser) &&
            !dynamicUser
        ) {
            const workingDirectory = serviceSettings.filter(e => e.key === "WorkingDirectory").at(-1)?.value;
            for (const { line, argv } of execs) {
                const { unread } = readServers(
                    appletWords(argv),
                    workingDirectory?.startsWith("/") ? workingDirectory : undefined,
                    fileText,
                    true,
                    view,
                );
                if (!unread || knownClient(unread.program, unread.args)) continue;
                out.push(
                    ...listenerOpenings(
                        [
                            {
                                server: `${unread.program} (${service} ExecStart=${line}, handed ${socket}'s listening sockets)`,
                                binds: network.map(a => (/^\d+$/.test(a) ? `[::]:${a}` : a)),
                                serves: { unread: unread.program },
                            },
                        ],
                        `${socket} listening on ${network.join(", ")}`,
                    ),
                );
            }
        }
        if (!/^(socket|fd(:.*)?)$/.test(input)) continue;
        const how = `${socket} listening on ${network.join(", ")}`;
        const shell = execs.find(e => runsClientCommands(commandLine(e.argv)));
        if (shell && !loopbackOnly(network))
            out.push(shellServed(how, `${service} runs ExecStart=${shell.line} with StandardInput=${input}`));
        // Round 82: a program that serves files over the connection (listeners.ts stdioFileServer: sftp-server, `tar
        // -C / -cf - .`) beyond loopback, judged as a file server of what it serves.
        const fileServer = shell
            ? undefined
            : execs.find(e => stdioFileServer(commandLine(e.argv), fileText, view) !== false);
        if (fileServer && !loopbackOnly(network))
            out.push(
                ...listenerOpenings(
                    [
                        {
                            server: `${service} (ExecStart=${fileServer.line}, StandardInput=${input})`,
                            binds: network.map(a => (/^\d+$/.test(a) ? `[::]:${a}` : a)),
                            serves: {
                                files: stdioFileServer(commandLine(fileServer.argv), fileText, view) as
                                    string | undefined,
                            },
                        },
                    ],
                    how,
                ),
            );
        // A bare port listens on every address ([::] with IPv4 too: systemd.socket(5) BindIPv6Only= default "both").
        const at = network.map(a => (/^\d+$/.test(a) ? `[::]:${a}` : a));
        for (const { line, argv } of execs)
            out.push(
                ...forwarderMarks(
                    servedRelays(quoted(argv), fileText, view).map(to => ({
                        forwarder: `${service} (ExecStart=${line}, StandardInput=${input})`,
                        listens: at,
                        to,
                    })),
                    how,
                ),
            );
    }
    return out;
}

/**
 * Round 75: the socket unit systemd-run makes (systemd-run(1) "--socket-property=: Sets a property on the socket unit
 * that is created. This option is similar to --property=, but applies to the transient socket unit rather than the
 * transient service unit created"): with a Listen setting (ListenStream=, ListenDatagram=, ListenSequentialPacket=) it
 * listens there and activates the transient service running the command, whose -p/--property= settings
 * (StandardInput=socket ...) are the service's. Judged as the same socket and service unit files are
 * (socketShellOpenings: a shell taking the connection beyond loopback, a relay from where it listens), the service
 * under both its plain and its template (Accept=yes) name. `words` the whole command line, wrappers first.
 */
export function transientSocketOpenings(
    words: readonly string[],
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): NodeOpening[] {
    const { start, wrappers } = wrappersOf(words);
    const command = words.slice(start);
    return wrappers
        .filter(u => u.name === "systemd-run")
        .flatMap((use, n) => {
            const socket = use.options.filter(([k]) => k === "--socket-property").map(([, v]) => v);
            if (!socket.some(v => /^Listen(Stream|Datagram|SequentialPacket)\s*=/.test(v))) return [];
            const unit = (use.options.filter(([k]) => k === "--unit").at(-1)?.[1] ?? `run-transient-${n}`).replace(
                /\.(service|socket)$/,
                "",
            );
            const service = [
                "[Service]",
                ...use.options.filter(([k]) => k === "-p" || k === "--property").map(([, v]) => v),
                `ExecStart=${commandLine(command)}`,
            ].join("\n");
            const dir = "/run/systemd/transient";
            return socketShellOpenings(
                [
                    { path: `${dir}/${unit}.socket`, text: ["[Socket]", ...socket].join("\n") },
                    { path: `${dir}/${unit}.service`, text: service },
                    { path: `${dir}/${unit}@.service`, text: service },
                ],
                fileText,
                view,
            ).map(o => ({ ...o, what: o.what.replace(/user data's (\S+\.socket)/g, "user data's systemd-run $1") }));
        });
}

/**
 * A shell on the node handed to another host by a program that dials out (shellsHandedOut, lineRelays): whoever holds
 * that end runs commands on the node, with its network (instance metadata: the node role) and its files (every pod's
 * token), though nothing listens on the node's addresses.
 */
export const shellHandedOut = (how: string, what: string): NodeOpening => ({
    who: "whoever holds the far end of a shell user data hands out",
    what: `user data hands a shell on the node to another host (${how}: ${what}): whoever holds that end runs commands on the node as its user, root unless set otherwise, with the node's network (instance metadata: the node role) and files (every pod's token). Run no reverse shell or terminal-sharing service on a node; reach it through SSM Session Manager`,
    anyInstance: {
        who: "whoever holds the far end of a shell user data hands out",
        what: `user data hands a shell on the instance to another host (${how}: ${what}): whoever holds that end runs commands there and ${INSTANCE_ROLE_THROUGH_IMDS}`,
    },
});

/**
 * Terminal-sharing programs that dial out to a relay service and hand the terminal (a shell, or the command they run)
 * to whoever holds the session's address: tmate (tmate.io, "Instant terminal sharing": `tmate` prints the ssh and web
 * URLs of a session on tmate.io's servers, or on the server its configuration names), upterm (owenthereal/upterm
 * README: `upterm host -- bash` shares the terminal through an uptermd server, clients `ssh` into it), sshx (sshx.io:
 * "share your terminal" at a link), tty-share `--public` (elisescu/tty-share: through the tty-share.com proxy) and
 * Teleconsole. `commands` the operand that starts a session, `options` an option that makes it public; SHARER_INFO the
 * words that only print help or a version.
 */
export const SHELL_SHARERS: { names: RegExp; commands?: RegExp; options?: RegExp; far: string }[] = [
    { names: /^tmate$/, far: "a tmate session's ssh and web URLs" },
    { names: /^upterm$/, commands: /^host$/, far: "an upterm session on its uptermd server" },
    { names: /^sshx$/, far: "an sshx.io session link" },
    { names: /^tty-share$/, options: /^--public(=true)?$/, far: "a tty-share.com public session" },
    { names: /^teleconsole$/, far: "a Teleconsole session" },
];

export const SHARER_INFO = /^(-V|--version|-h|--help|help|version)$/;

/** A shell, a pty or a subprocess in program text (execve(2) of a shell, dup2(2) of a socket onto standard input). */
export const SHELL_IN_CODE =
    /\/bin\/\w*sh\b|\b(ba|z|da|k)?sh\s+-i\b|["'`](ba|z|da|k)?sh["'`]|\b(exec(l|le|lp|lpe|v|ve|vp|vpe|Sync|File|FileSync)?|spawn(Sync|l|le|lp|lpe|v|ve|vp|vpe)?|popen[234]?|system|pty|dup2|fork|subprocess|child_process|proc_open|shell_exec|passthru|pcntl_exec|Open3|posix_spawnp?)\b/;

/**
 * Interpreters whose code connects or accepts a socket (`socket`): Python (socket.socket, socket.create_connection,
 * asyncio streams), Perl (perlfunc socket/connect, IO::Socket), Ruby (TCPSocket, TCPServer, Socket), PHP (fsockopen,
 * stream_socket_client/server, socket_create), Node.js (the net module), Lua (LuaSocket); `code` the options whose value
 * is the program text (python -c, perl -e/-E, ruby -e, php -r, node -e/-p, lua -e). With a shell, pty or subprocess
 * (SHELL_IN_CODE) in the same code, the connection is the shell's (a reverse or bind shell: Python docs, os.dup2 and
 * pty.spawn; perlfunc exec; Ruby Kernel#exec/spawn; PHP proc_open; Node.js child_process.spawn).
 */
export const SOCKET_SHELL_CODE: {
    names: RegExp;
    code: RegExp;
    socket: RegExp;
    /** Its operands are program text too (awk's program is its first operand unless -f names a file). */
    operands?: true;
    /** How its code runs a command besides SHELL_IN_CODE's. */
    shell?: RegExp;
}[] = [
    {
        names: /^python[0-9.]*$/,
        code: /^-c$/,
        socket: /\bsocket\.(socket|create_connection|create_server|fromfd|socketpair)\s*\(|\b(create_connection|create_server|open_connection|start_server)\s*\(|\bsocket\s*\(/,
    },
    { names: /^perl$/, code: /^-[eE]$/, socket: /IO::Socket|\bsocket\s*\(|\bconnect\s*\(|\bSocket\b/ },
    { names: /^ruby$/, code: /^-e$/, socket: /\b(TCPSocket|TCPServer|UNIXSocket|UDPSocket|Socket)\b|['"]socket['"]/ },
    {
        names: /^php[0-9.]*$/,
        code: /^(-[rBRE]|--(run|process-(begin|code|end)))$/,
        socket: /\b(p?fsockopen|stream_socket_(client|server)|socket_(create|connect))\b/,
    },
    {
        names: /^(node|nodejs|bun|deno)$/,
        code: /^(-e|--eval|-p|--print)$/,
        socket: /['"](node:)?net['"]|\bnet\.(connect|createConnection|Socket|createServer)\b|\bDeno\.(connect|listen)\b|\bBun\.(connect|listen)\b/,
    },
    // LuaJIT runs lua's -e chunk (shell.ts INTERPRETERS) and loads LuaSocket as lua does.
    { names: /^(lua[0-9.]*|luajit)$/, code: /^-e$/, socket: /\bsocket\b/ },
    // Tcl manual, socket(n) ("socket ?options? host port" opens a client channel, -server a listening one) and exec(n)
    // (subprocesses; SHELL_IN_CODE), `open "|cmd"` a pipeline; expect(1) "-c" a command to run. tclsh reads its
    // script from a file operand or standard input.
    {
        names: /^(tclsh[0-9.]*|wish[0-9.]*|expect)$/,
        code: /^-c$/,
        socket: /\bsocket\b/,
        shell: /\bopen\s+["{]?\|/,
    },
    // GNU awk manual, "TCP/IP Networking" (`/inet/tcp/lport/rhost/rport` special files, read and written with the `|&`
    // coprocess operator) and "Two-Way Communications with Another Process" (`command |& getline` runs the command
    // through the shell, as `command | getline` and system() do). awk is gawk on Amazon Linux.
    {
        names: /^g?awk$/,
        code: /^(-e|--source|-W)$/,
        operands: true,
        socket: /\/inet[46]?\/(tcp|udp)\//,
        shell: /\|&|\|\s*getline\b|\bsystem\s*\(/,
    },
];
