/**
 * Process supervisors and remote agents: commands launched by other commands, pm2, supervisord-like launchers,
 * remote management agents (REMOTE_AGENTS: CI runners, configuration management, cluster joins) and the packaged
 * units that start them. Split from userData.ts.
 */
import { parse as parseToml } from "smol-toml";
import { posix } from "path";
import { nodeReach, onHostNetwork } from "../podSpec";
import { INTERPRETERS, interpreterName, SHELLS, shellCommands } from "../shell";
import { copiedDestinations, environmentOptions, programOptions, SUBSTITUTED_MARK } from "../rootReads";
import { containerCommand } from "../containers";
import { NodeOpening } from "./shared";
import { obj, stringsIn, unreadable, writablePathOpenings, yamlDocs } from "./formats";
import { NO_VIEW, pythonInvocation, readConfig, ScriptView } from "./listeners";
import { expandOptionFiles, javaArgumentFile, javaOptionsEnd, quotedWords } from "./otherLanguages";
import { environmentFileVariables, pm2Command } from "./javascript";
import {
    configuresUnit,
    ENVIRONMENT_GENERATOR,
    environmentAssignments,
    generatorVariables,
    UNIT_DIRS,
    UNIT_PATH,
} from "./systemd";
import { goBoolFlag } from "./relays";

export function registryHostsOpenings(path: string, content: string): NodeOpening[] {
    try {
        const parsed = parseToml(content);
        return [
            ...writablePathOpenings(stringsIn(parsed, ""), `user data's ${path}`),
            ...registryTrustOpenings(path, parsed),
        ];
    } catch (e) {
        return [unreadable(`user data's ${path}`, (e as Error).message)];
    }
}

/**
 * Round 87 (fix): the containers-image registry configuration podman, buildah, skopeo and CRI-O read
 * (containers-registries.conf(5): /etc/containers/registries.conf, root's $HOME/.config/containers/registries.conf,
 * and "registries.conf.d": every `*.conf` in /etc/containers/registries.conf.d and the home's drop-in directory).
 */
export const CONTAINERS_REGISTRIES = /^\/(?:etc|root\/\.config)\/containers\/registries\.conf(?:\.d\/[^/]+\.conf)?$/;

/**
 * Round 87 (fix): a containers-registries.conf(5) file read as containerd's hosts.toml is (registryTrustOpenings):
 * `insecure = true` in a [[registry]] or [[registry.mirror]] table ("By default, container runtimes require TLS when
 * retrieving images from a registry. If insecure is set to true, unencrypted HTTP as well as TLS connections with
 * untrusted certificates are allowed") and the version-1 `[registries.insecure] registries = [...]` list: every pull
 * of those registries (podman, crictl through CRI-O, skopeo) is then served by whoever answers on the path. Text the
 * pack cannot parse is refused (a fragment appended or edited in is read line by line).
 */
export function containersRegistriesOpenings(path: string, content: string, edit: boolean): NodeOpening[] {
    const insecure = content
        .split(/\r?\n/)
        .filter(l => /^\s*insecure\s*=\s*true\s*(#.*)?$/.test(l))
        .map(l => l.trim());
    if (!edit)
        try {
            const listed = obj(obj(obj(parseToml(content)).registries).insecure).registries;
            if (Array.isArray(listed) && listed.length > 0)
                insecure.push(`[registries.insecure] registries = ${JSON.stringify(listed)}`);
        } catch (e) {
            return [unreadable(`user data's ${path}`, (e as Error).message)];
        }
    return insecure.length === 0
        ? []
        : [
              {
                  who: "whoever answers on the network path to the registry (a peer on the VPC, a spoofed DNS answer)",
                  what: `user data's ${path} has podman, skopeo and CRI-O pull images with ${insecure.join(", ")} (containers-registries.conf(5): unencrypted HTTP and untrusted certificates allowed): whoever answers serves the images root and pods then run, root on the node; keep insecure = false and add the registry's CA under /etc/containers/certs.d (containers-certs.d(5))`,
              },
          ];
}

/**
 * Round 84: what a registry host file (containerd docs/hosts.md) lets a network peer serve: `skip_verify = true`
 * ("Skip verification of the registry's certificate chain and host name"), at the top or in a `[host."..."]` table,
 * and a plain-HTTP `server` or host ("http://", no TLS at all). containerd's CRI pulls through it every image the
 * node runs, aws-node's and kube-proxy's privileged DaemonSets among them: whoever answers on the path serves root
 * on the node. (Its `ca` and `client` files are judged where the script writes it: rootReads.ts plantedRegistryTrust.)
 */
function registryTrustOpenings(path: string, parsed: Record<string, unknown>): NodeOpening[] {
    const hosts = Object.entries(obj(parsed.host));
    const insecure = [
        ...(parsed.skip_verify === true ? ["skip_verify = true"] : []),
        ...(typeof parsed.server === "string" && /^http:\/\//i.test(parsed.server)
            ? [`server = ${parsed.server}`]
            : []),
        ...hosts.flatMap(([url, h]) => [
            ...(/^http:\/\//i.test(url) ? [`[host."${url}"] (plain HTTP)`] : []),
            ...(obj(h).skip_verify === true ? [`[host."${url}"] skip_verify = true`] : []),
        ]),
    ];
    return insecure.length === 0
        ? []
        : [
              {
                  who: "whoever answers on the network path to the registry (a peer on the VPC, a spoofed DNS answer)",
                  what: `user data's ${path} has containerd pull images with ${insecure.join(", ")} (containerd docs/hosts.md): the node's image pulls, its privileged DaemonSets' (aws-node, kube-proxy) included, are then not authenticated, so whoever answers serves root on the node; use https hosts with verification (a ca file root wrote, if needed)`,
              },
          ];
}

/**
 * What each line of `texts` downloads where: a URL's file name by the absolute path its line saves it to (curl
 * `-o PATH`/`--output PATH` and combined `-fsSLo PATH`, wget `-O PATH`/`--output-document=PATH`, a `> PATH`
 * redirection).
 */
export function scriptDownloads(texts: readonly string[]): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const line of texts.flatMap(t => t.split(/\r?\n/))) {
        const url = /\b(?:https?|ftp|s3):\/\/[^\s'"]*\/([^\s'"/?#]+)/.exec(line)?.[1];
        if (url === undefined) continue;
        for (const m of line.matchAll(
            /(?:^|\s)(?:-[A-Za-z]*o\s*|--output(?:-document)?(?:=|\s+)|-O\s*|>\s*)["']?(\/[^\s'";&|]+)/g,
        ))
            out.set(posix.normalize(m[1]), [url]);
    }
    return out;
}

/** A URL (a scheme's). */
export const REMOTE_URL = /^[A-Za-z][\w.+-]*:\/\//;

/**
 * The URLs a curl or wget command downloads to its standard output, saving no file (copiedDestinations: curl without
 * -o/-O, curl(1) "If not told otherwise, curl writes the received data to stdout"; wget -O -), with the command
 * (`how`) whose redirection then saves them; undefined for any other command.
 */
export function downloadPrinted(words: readonly string[], how: string): { how: string; urls: string[] } | undefined {
    const urls = words.slice(1).filter(w => REMOTE_URL.test(w));
    const saved = copiedDestinations(words, "/");
    return /^(curl|wget)$/.test(posix.basename(words[0] ?? "")) &&
        urls.length > 0 &&
        saved.files.length + saved.trees.length === 0
        ? { how, urls }
        : undefined;
}

/**
 * The REMOTE_AGENTS agent a command starts, the one place an agent is recognised: by the program's name as given, as
 * downloadedName, and as the file name of the URL user data downloaded it from (ScriptView.downloads: GitLab docs,
 * "Install GitLab Runner manually on GNU/Linux", `curl -L --output <path> .../gitlab-runner-linux-amd64`, any path); a
 * script given to a shell is that script run with its operands (bash(1), "ARGUMENTS": the first non-option argument
 * "is assumed to be the name of a file containing shell commands", the rest its positional parameters).
 */
export function remoteAgent(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    depth = 0,
): string | undefined {
    const name = posix.basename(words[0] ?? "");
    // The commands a shell's -c string or a process manager runs (launchedCommands), each judged as itself.
    const launched = depth > 2 ? undefined : launchedCommands(words, cwd, fileText, view);
    if (launched !== undefined)
        return launched
            .map(c =>
                c[0] === "pm2-ecosystem"
                    ? `whatever PM2's ecosystem file ${c[1]} starts (written so the pack cannot read its apps: JavaScript, or changed at boot)`
                    : remoteAgent(c, cwd, fileText, view, depth + 1),
            )
            .find(who => who !== undefined);
    if (INTERPRETERS.test(name) && !/^(busybox|source|\.)$/.test(interpreterName(name))) {
        const script = SHELLS.test(name) ? shellScriptWords(words) : interpreterScriptWords(words);
        return script === undefined || depth > 2 ? undefined : remoteAgent(script, cwd, fileText, view, depth + 1);
    }
    const program = posix.resolve(cwd ?? "/", words[0] ?? "");
    // A bare name is the file of that name in a PATH directory (bash(1), "COMMAND EXECUTION"), any of the usual ones.
    const paths = (words[0] ?? "").includes("/") ? [program] : EXECUTABLE_PATH.map(d => posix.join(d, name));
    const sources = paths.flatMap(p => view.downloads?.get(p) ?? []);
    const names = [name, ...sources].flatMap(n => [n, downloadedName(n)]);
    return REMOTE_AGENTS.find(
        a =>
            names.some(n => a.names.test(n)) &&
            a.hands(words.slice(1), p => readConfig(posix.resolve(cwd ?? "/", p), fileText, view), {
                program,
                fileText,
                view,
            }),
    )?.who;
}

/**
 * The commands a launcher runs, or undefined for a command that is none:
 * - a shell's -c string (bash(1): "-c: If the -c option is present, then commands are read from the first non-option
 *   argument command_string"), split into its simple commands by the shell reader;
 * - PM2's `pm2 start <script|binary|"command"> [options] [-- args]` (PM2 docs, "Quick Start": "pm2 start app.js",
 *   "pm2 start bashscript.sh", "pm2 start python-app.py --watch", `--` passing the rest to the program; a binary runs
 *   with interpreter none), each word before `--` that is no option tried as the program (an unknown option's value
 *   among them), a word with blanks as a command line, run by its interpreter (pm2Command: `--interpreter bash`, the
 *   script's extension); its ecosystem files (PM2 docs, "Ecosystem File": `apps` with `script`, `args` and
 *   `interpreter`), JSON or YAML, each app's script and args. An ecosystem file the pack cannot read (JavaScript,
 *   written so the pack cannot compute it) runs what it cannot know: `["pm2-ecosystem", PATH]`, no agent by name, is
 *   judged by the caller as unknown only where a launch must be known (containedAgent).
 */
export function launchedCommands(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): string[][] | undefined {
    const name = posix.basename(words[0] ?? "");
    const line = (text: string) => shellCommands(text).map(c => c.words.map(w => w.replace(/\0/g, "")));
    if (SHELLS.test(name)) {
        for (let i = 1; i < words.length; i++) {
            const w = words[i];
            if (w === "--" || !/^[-+]/.test(w)) return undefined;
            if (/^-[A-Za-z]*c[A-Za-z]*$/.test(w)) {
                const rest = words.slice(i + 1);
                // `-o NAME` and `-O NAME` take the next word; the first other word is the command string.
                let at = 0;
                while (at < rest.length && /^[-+]/.test(rest[at])) at += /^[-+][oO]$/.test(rest[at]) ? 2 : 1;
                return rest[at] === undefined ? undefined : line(rest[at]);
            }
            if (/^[-+][oO]$|^--(rcfile|init-file)$/.test(w)) i++;
        }
        return undefined;
    }
    if (name === "pm2") {
        const args = words.slice(1);
        // The verb: the first word that is neither an option nor a known option's value (commander reads options
        // anywhere: `pm2 --name web start app.js`).
        const start = args.findIndex((w, i) => !w.startsWith("-") && !PM2_VALUE_OPTIONS.test(args[i - 1] ?? ""));
        if (!/^(start|restart|reload)$/.test(args[start] ?? "")) return undefined;
        const end = args.indexOf("--", start);
        const own = args.slice(start + 1, end < 0 ? undefined : end);
        const passed = end < 0 ? [] : args.slice(end + 1);
        const given = (names: RegExp) =>
            [...args.slice(0, start), ...own].flatMap((w, i, all) => {
                const m = /^(--[\w-]+)=([\s\S]*)$/.exec(w);
                return m && names.test(m[1]) ? [m[2]] : names.test(all[i - 1] ?? "") ? [w] : [];
            });
        const interpreter = given(/^--interpreter$/).at(-1);
        const interpreterArgs = given(/^--(interpreter-args|node-args)$/).flatMap(v => quotedWords(v));
        const out: string[][] = [];
        // A known option's value (its name, log files, the interpreter's words) is no script it runs; an unknown
        // option's may be taken for one.
        const scripts = own.filter((w, i) => !w.startsWith("-") && !PM2_VALUE_OPTIONS.test(own[i - 1] ?? ""));
        for (const w of scripts) {
            if (/\s/.test(w)) out.push(...line(w));
            else if (/\.(json|ya?ml|config\.[cm]?js)$/.test(w)) {
                const text = readConfig(posix.resolve(cwd ?? "/", w), fileText, view);
                let apps: unknown[] | undefined;
                try {
                    const parsed =
                        typeof text === "string"
                            ? /\.json$/.test(w)
                                ? JSON.parse(text)
                                : yamlDocs(text, w)[0]
                            : undefined;
                    apps = Array.isArray(parsed?.apps) ? parsed.apps : undefined;
                } catch {
                    apps = undefined;
                }
                if (text === undefined) continue;
                if (apps === undefined) out.push(["pm2-ecosystem", w]);
                for (const app of apps ?? []) {
                    const a = obj(app);
                    const listed = (v: unknown) =>
                        Array.isArray(v) ? v.map(String) : typeof v === "string" ? quotedWords(v) : [];
                    const appArgs = listed(a.args);
                    // PM2 docs, "Ecosystem File" attributes: `interpreter` ("interpreter absolute path (default to
                    // node)", `exec_interpreter` its older name), `interpreter_args`/`node_args` ("option to pass to
                    // the interpreter"); the command line's --interpreter overrides them.
                    const named = interpreter ?? a.interpreter ?? a.exec_interpreter;
                    const appInterpreter = named === undefined ? undefined : typeof named === "string" ? named : "";
                    const appInterpreterArgs = [
                        ...listed(a.interpreter_args ?? a.node_args),
                        ...(interpreter === undefined ? [] : interpreterArgs),
                    ];
                    if (typeof a.script === "string")
                        out.push(
                            ...(/\s/.test(a.script)
                                ? line(a.script)
                                : [pm2Command(a.script, appArgs, appInterpreter, appInterpreterArgs)]),
                        );
                    else out.push(["pm2-ecosystem", w]);
                }
            } else out.push(pm2Command(w, passed, interpreter, interpreterArgs));
        }
        return out;
    }
    return undefined;
}

/**
 * Options of `pm2 start` that take a value (PM2 lib/binaries/CLI.js, `pm2 --help`: `-n --name <name>`, `--interpreter
 * <interpreter>`, `--interpreter-args <arguments>`, `--node-args <node_args>`, `-o --output <path>`, `-e --error
 * <path>`, `-i --instances <number>`, `--cwd <path>`, ...).
 */
const PM2_VALUE_OPTIONS =
    /^(-n|--name|--ext|--interpreter|--interpreter-args|--node-args|-o|--output|-e|--error|--log-type|--log-date-format|-p|--pid|-k|--kill-timeout|--listen-timeout|--max-memory-restart|--max-restarts|--restart-delay|--exp-backoff-restart-delay|--env|-i|--instances|--cwd|-u|--user|--uid|--gid|--namespace|-c|--cron|--cron-restart|--ignore-watch|--watch-delay|--instance-var|--filter-env)$/;

/** The directories of root's PATH on the node's distributions (Amazon Linux, Bottlerocket's admin container, Ubuntu). */
const EXECUTABLE_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin", "/snap/bin"];

/** Options giving an interpreter its code instead of a program file (perlrun(1) -e/-E, ruby(1) -e, node -e/-p, php -r). */
const INTERPRETER_CODE_OPTIONS: Record<string, RegExp> = {
    perl: /^-[eE]$/,
    ruby: /^-e$/,
    node: /^(-e|--eval|-p|--print)$/,
    php: /^(-r|--run)$/,
};

/**
 * The script an interpreter other than a shell runs and its operands, or undefined when it runs none (code given on
 * its command line or standard input): python(1) "python [option] ... [-c cmd | -m mod | file | -] [arg] ..."
 * (pythonInvocation); perlrun(1), ruby(1) "ruby [switches] [--] [programfile] [argument ...]", node(1), php(1), lua(1):
 * the first operand after their options (programOptions' grammar) is the program file, unless -e (perl -E, node
 * -p/--eval, php -r) gave the code; an interpreter whose options the pack has no grammar for (tclsh, expect) by its
 * first word that is no option.
 */
function interpreterScriptWords(words: readonly string[]): readonly string[] | undefined {
    const name = interpreterName(words[0] ?? "");
    if (name === "python") {
        const run = pythonInvocation(words.slice(1));
        return run?.kind === "script" ? [run.value, ...run.rest] : undefined;
    }
    const code = INTERPRETER_CODE_OPTIONS[name];
    for (let i = 1; i < words.length; i++) {
        const read = programOptions(words.slice(0, i + 1));
        if (read === undefined) {
            if (words[i] === "--" || words[i].startsWith("-")) continue;
            return words.slice(i);
        }
        if (read.positional.length === 0) continue;
        return code !== undefined && read.values.some(([o]) => code.test(o)) ? undefined : words.slice(i);
    }
    return undefined;
}

/**
 * A REMOTE_AGENTS agent a container engine's command (docker, podman, nerdctl, ctr: containers.ts containerCommand)
 * starts in a container no pod the pack admits could be (nodeReach: privileged, host namespaces, node paths;
 * onHostNetwork; or options the pack cannot read): by its image (an entry's `images`: the repository without registry
 * and tag) or by the container's command (remoteAgent, the container's own files unread). The same agent in a
 * pod-like container runs its jobs as a pod would (podSpec.ts judges it).
 */
export function containedAgent(
    engine: string,
    operands: readonly string[],
    cwd: string | undefined,
): { who: string; reach: string } | undefined {
    if (!/^(docker|podman|nerdctl|ctr)$/.test(engine)) return undefined;
    const run = containerCommand(engine, operands, new Map(), cwd);
    if (!run) return undefined;
    const reach = run.pod
        ? (nodeReach(run.pod) ?? onHostNetwork(run.pod))
        : `an option the pack cannot read: ${run.unreadable ?? "?"}`;
    if (reach === undefined) return undefined;
    const repository = (run.image ?? "")
        .replace(/[@].*$/, "")
        .replace(/:[^/]*$/, "")
        .replace(/^(docker\.io\/)?library\//, "")
        .replace(/^[^/]*[.:][^/]*\/|^localhost\//, "");
    // The program --entrypoint gives runs with the container's command as its arguments.
    const command = [...(run.entrypoint ?? []), ...run.command];
    // A shell line or process manager it runs is read command by command (remoteAgent, launchedCommands); one whose
    // words the pack cannot know (an expansion, an ecosystem file it cannot read) may start any agent there.
    const launched = command.length > 0 ? launchedCommands(command, "/", undefined, NO_VIEW) : undefined;
    const unknown =
        command.some(w => SUBSTITUTED_MARK.test(w)) ||
        launched?.some(c => c[0] === "pm2-ecosystem" || c.some(w => /[$`]/.test(w) || SUBSTITUTED_MARK.test(w)));
    const who =
        REMOTE_AGENTS.find(a => a.images?.test(repository))?.who ??
        (command.length > 0 ? remoteAgent(command, "/", undefined, NO_VIEW) : undefined) ??
        (unknown
            ? `whatever the container's command line runs (${command.join(" ")}: words the pack cannot know)`
            : undefined);
    return who === undefined ? undefined : { who, reach };
}

/**
 * A shell's script and its operands (`bash -x /opt/buildAgent/bin/agent.sh start`), or undefined when it runs none
 * (-c's string, -s or no operand: standard input). bash(1): -o/+o and -O/+O take an option name, --rcfile/--init-file a
 * file; `--` ends the options.
 */
function shellScriptWords(words: readonly string[]): readonly string[] | undefined {
    let i = 1;
    for (; i < words.length; i++) {
        const w = words[i];
        if (w === "--" || w === "-") {
            i++;
            break;
        }
        if (!/^[-+]/.test(w)) break;
        if (/^-[A-Za-z]*[cs][A-Za-z]*$/.test(w)) return undefined;
        if (/^[-+][oO]$|^--(rcfile|init-file)$/.test(w)) i++;
    }
    return i < words.length ? words.slice(i) : undefined;
}

/** The party a node joining another Kubernetes cluster is handed to (k3s, RKE2, kubeadm, k0s, MicroK8s). */
const CLUSTER_JOIN =
    "the Kubernetes cluster the node joins, one the stack does not manage (its API users schedule privileged pods onto it)";

/**
 * Agents that hand the node to another party who then runs commands on it as root (round 60: the class of a
 * remote-access or configuration-management agent, whatever its name; round 63: a CI or job runner running others'
 * jobs on the host), by program and the operands that start one (`read` a file's text as the program finds it: null
 * when unknown, undefined when user data did not write it); `who` the party. The cloud-config modules of the same
 * agents are REMOTE_MANAGEMENT.
 */
const REMOTE_AGENTS: {
    /** The program's name, matched as given and as downloadedName (without a release's version, OS and arch). */
    names: RegExp;
    /** Its container images' repositories (without registry and tag), which start it (containedAgent). */
    images?: RegExp;
    /** `at.program` is the path the command runs (against its working directory); `fileText`, `view` as readConfig's. */
    hands: (
        operands: readonly string[],
        read: (path: string) => string | null | undefined,
        at: { program: string; fileText?: (path: string) => string | undefined; view: ScriptView },
    ) => boolean;
    who: string;
}[] = [
    // ansible-pull(1): "pulls playbooks from a VCS repo and executes them for the local host".
    { names: /^ansible-pull$/, hands: () => true, who: "ansible-pull's repository" },
    // A Puppet, Chef or Salt agent talking to its server; chef-client -z and salt-call --local read local content.
    // Puppet's subcommand is its first word that is no option, and its options (Ruby OptionParser) come anywhere.
    {
        names: /^puppet$/,
        hands: o => {
            const words = o.filter(w => !w.startsWith("-"));
            return words[0] === "agent" || (words[0] === "config" && words.includes("server"));
        },
        who: "the Puppet server",
    },
    // `puppet resource service puppet ensure=running` (Puppet docs, "Run Puppet agent as a service") starts the agent;
    // Puppet "Resource Type: service": ensure "running (also called true)", "stopped (also called false)"; enable=true
    // starts it at boot. Any other value (a variable) fails closed. The type name is read case-insensitively
    // (Puppet::Type.type downcases it: `Service` is service), an option anywhere (`--debug`, `--param NAME`).
    {
        names: /^puppet$/,
        hands: o => {
            const words = o.filter(w => !w.startsWith("-"));
            const type = words.findIndex((w, i) => i > 0 && /^service$/i.test(w));
            return (
                words[0] === "resource" &&
                type > 0 &&
                remoteAgentUnit(words[type + 1] ?? "") &&
                words.some(
                    w => /^(ensure|enable)=/.test(w) && !puppetServiceOff(w.split("=")[0], w.slice(w.indexOf("=") + 1)),
                )
            );
        },
        who: "the agent `puppet resource service` starts",
    },
    // `puppet apply` runs a manifest (-e/--execute code, or the manifest file): the same service resource in Puppet
    // code starts the agent (Puppet docs, "Run Puppet agent as a service": `service { 'puppet': ensure => running,
    // enable => true }`); a manifest user data changed in a way the pack cannot compute fails closed, one it did not
    // write is the image's own (local content, as chef-client -z's cookbooks).
    {
        names: /^puppet$/,
        hands: (o, read) => {
            const words = o.filter((w, i) => !w.startsWith("-") && !/^(-e|--execute)$/.test(o[i - 1] ?? ""));
            if (words[0] !== "apply") return false;
            const code = o.flatMap((w, i) =>
                /^(-e|--execute)$/.test(o[i - 1] ?? "") ? [w] : /^--execute=/.test(w) ? [w.slice(10)] : [],
            );
            const texts = code.length > 0 ? code : words[1] === undefined ? [] : [read(words[1])];
            return texts.some(t => t === null || (typeof t === "string" && puppetCodeStartsAgent(t)));
        },
        who: "the Puppet agent `puppet apply` starts (its Puppet server)",
    },
    // Cinc Client (cinc.sh) is the community build of Chef Infra Client, the same CLI.
    {
        names: /^(chef-client|cinc-client)$/,
        hands: o => !o.some(w => /^(-z|--local-mode|-v|--version|-h|--help)$/.test(w)) || remoteRecipes(o, false),
        who: "the Chef server",
    },
    // Chef docs, "chef-solo" ("-r RECIPE_URL, --recipe-url RECIPE_URL": "The URL location from which a remote cookbook
    // tar.gz is to be downloaded"; chef-client's --recipe-url in local mode alike): whoever serves the archive runs its
    // recipes as root, as ansible-pull's repository does. A local archive is the image's or user data's own.
    {
        names: /^(chef-solo|cinc-solo)$/,
        hands: o => remoteRecipes(o, true),
        who: "whoever serves chef-solo's remote cookbooks (--recipe-url)",
    },
    // Puppet Enterprise's PXP agent (orchestrator tasks as root), Choria's server (MCollective's successor: shell and
    // package agents for the broker's clients) and the RPort client (the server runs commands and opens tunnels to
    // local ports).
    {
        names: /^(pxp-agent|choria-server|rport)$/,
        hands: o => !o.some(w => /^(-h|--help|-v|--version|version)$/.test(w)),
        who: "its server's operators",
    },
    { names: /^salt-call$/, hands: o => !o.includes("--local"), who: "the Salt master" },
    { names: /^salt-minion$/, hands: () => true, who: "the Salt master" },
    // CFEngine docs, "cf-agent": "-B, --bootstrap: Bootstrap CFEngine to the given policy server IP, hostname or :avahi":
    // the host then pulls the hub's policy and runs its promises as root on every run.
    // Its options read by its getopt_long grammar (rootReads programOptions: `-Bhub` is `-B hub`, `--boot=hub` is
    // --bootstrap); an option word it cannot read that may hold -B or a --b prefix fails closed.
    {
        names: /^cf-agent$/,
        hands: o => {
            const read = programOptions(["cf-agent", ...o]);
            return (
                read === undefined ||
                read.values.some(([k]) => /^(-B|--bootstrap)$/.test(k)) ||
                read.unknown.some(w => /^-[^-]*B|^--b/.test(w))
            );
        },
        who: "the CFEngine policy hub",
    },
    // An SSM hybrid activation: another account's Run Command and Session Manager as root (SSM user guide, "Install SSM
    // Agent on hybrid Linux nodes"); the agent registered with the node's own role is the account's own access.
    // AWS's registration tool for the same (`ssm-setup-cli -register -activation-code ... -activation-id ...`).
    {
        // Both read their flags with Go's flag package (`-register=true` is -register: goBoolFlag).
        names: /^(amazon-ssm-agent|ssm-setup-cli)$/,
        hands: o => goBoolFlag(o, "register"),
        who: "the account of the SSM hybrid activation",
    },
    // Tailscale SSH (Tailscale docs, "Tailscale SSH": `tailscale up --ssh`; the tailnet policy file decides who logs
    // in as which user, root included).
    {
        names: /^tailscale$/,
        hands: o => goBoolFlag(o, "ssh"),
        who: "the tailnet's SSH policy (Tailscale SSH)",
    },
    // NetBird CLI docs, `netbird up`: "--allow-server-ssh  Allow SSH server on peer"; the management server's access
    // policies decide which peers log in.
    {
        names: /^netbird$/,
        hands: o => goBoolFlag(o, "allow-server-ssh"),
        who: "the NetBird management server's access policy (NetBird SSH)",
    },
    // Teleport docs, "teleport start": "--roles Comma-separated list of roles to start with [proxy,node,auth]"; the node
    // role runs the SSH Service, whose logins (root included) the cluster's roles grant; without --roles its
    // configuration decides (ssh_service is enabled by default), unread.
    {
        names: /^teleport$/,
        hands: o =>
            o[0] === "start" &&
            !o.some((w, i) => {
                const roles = /^--roles=(.*)$/.exec(w)?.[1] ?? (o[i - 1] === "--roles" ? w : undefined);
                return roles !== undefined && !roles.split(",").includes("node");
            }) &&
            !o.some(w => /^(-h|--help)$/.test(w)),
        who: "the Teleport cluster's roles (its SSH Service)",
    },
    // VS Code docs, "Developing with Remote Tunnels": `code tunnel` (and `code tunnel service install`) connects the
    // machine to the dev tunnels relay, and the signed-in GitHub or Microsoft account opens terminals and edits files
    // there from vscode.dev; `prune|kill|status|rename|unregister|user` manage or sign out only.
    {
        names: /^code(-insiders)?$/,
        hands: o =>
            o[0] === "tunnel" && !/^(prune|kill|status|rename|unregister|user|help|-h|--help)$/.test(o[1] ?? ""),
        who: "the account signed in to VS Code Remote Tunnels",
    },
    // CI and job runners run the jobs their server hands them on the host, as the runner's user (root here), so
    // whoever can push a pipeline or submit a job runs commands on the node. An executor kept in containers is its
    // configuration's (config.toml, agent configuration: privileged, host volumes), unread: fail closed.
    // GitLab Runner docs, "Shell executor" ("the scripts are run as the user that owns the GitLab Runner process")
    // and "GitLab Runner commands" (`register`, `run`, `run-single`, `install`, `start`).
    // (Its binary is downloaded as gitlab-runner-linux-amd64 ("Install GitLab Runner manually on GNU/Linux"), read by
    // downloadedName.)
    {
        names: /^gitlab-(runner|ci-multi-runner)$/,
        images: /^gitlab\/gitlab-runner$|^gitlab-org\/gitlab-runner(\/gitlab-runner)?$/,
        hands: o => o.some(w => /^(register|run|run-single|install|start|restart)$/.test(w)) && !ciHelp(o),
        who: "the GitLab projects whose pipelines its runner takes (GitLab Runner)",
    },
    // Buildkite docs, "buildkite-agent start": the agent runs each job's commands on the host as its own user.
    {
        names: /^buildkite-agent$/,
        images: /^buildkite\/agent$/,
        hands: o => o.includes("start") && !ciHelp(o),
        who: "the Buildkite organisation's pipelines (buildkite-agent)",
    },
    // Nomad docs, "Commands: agent" (`-client` "Enable client mode for the agent", `-dev` server and client, a
    // `-config` file's client block, unread) and the raw_exec/exec drivers (tasks as the agent's user, root). Go flags.
    {
        names: /^nomad$/,
        hands: o =>
            o.find(w => !w.startsWith("-")) === "agent" &&
            (goBoolFlag(o, "client") ||
                goBoolFlag(o, "dev") ||
                goBoolFlag(o, "dev-connect") ||
                o.some(w => /^--?config(=|$)/.test(w))) &&
            !ciHelp(o),
        who: "whoever submits jobs to the Nomad cluster (its client runs them)",
    },
    // GitHub docs, "Adding self-hosted runners" (`./config.sh --url ... --token ...`, then `./run.sh` or `./svc.sh
    // install` and `start`, the Runner.Listener process) and Azure Pipelines docs, "Self-hosted Linux agents" (the same
    // config.sh --url / svc.sh / Agent.Listener): workflow jobs run on the host.
    {
        names: /^(config\.sh|svc\.sh|Runner\.Listener|Agent\.Listener)$/,
        hands: o => o.some(w => /^--url(=|$)/.test(w)) || o.some(w => /^(install|start|run|configure)$/.test(w)),
        who: "the repositories whose workflows its self-hosted runner takes (GitHub Actions, Azure Pipelines)",
    },
    // GitHub docs, "Using just-in-time runners" (`./run.sh --jitconfig ${encoded_jit_config}`, no config.sh): the
    // runner's run.sh with that option (also from ACTIONS_RUNNER_INPUT_JITCONFIG: rootReads environmentOptions), or in a
    // runner's directory (actions-runner, Azure Pipelines' vsts-agent / azagent), or beside the registration config.sh
    // writes and Runner.Listener reads (`.runner`, `.credentials`; Azure Pipelines' `.agent`) when user data wrote one
    // (a script it ran that may have written anything does not count: round 65's own run.sh). A team's own run.sh
    // elsewhere is its own.
    {
        names: /^run\.sh$/,
        // Runner images (myoung34/docker-github-actions-runner: REPO_URL and RUNNER_TOKEN, then config.sh and run.sh;
        // actions/runner's own image; the actions-runner-controller images).
        images: /(^|\/)(github-runner|github-actions-runner|actions-runner(-dind)?|actions-runner-dind-rootless)$/,
        hands: (o, read, { program }) =>
            o.some(w => /^--jitconfig(=|$)/.test(w)) ||
            /actions-runner|vsts-agent|azagent/i.test(program) ||
            [".runner", ".credentials", ".agent"].some(
                f => typeof read(posix.join(posix.dirname(program), f)) === "string",
            ),
        who: "the repositories whose workflows its self-hosted runner takes (GitHub Actions, Azure Pipelines)",
    },
    // Jenkins docs, "Using Jenkins agents" (`java -jar agent.jar -url ... -secret ... -name ...`, the remoting
    // launcher; the Swarm plugin's swarm-client.jar alike): the controller's builds run on the host. The jar is whatever
    // file the operator saved, so the agent is also known by its own options (JENKINS_AGENT_OPTIONS; -url with
    // JENKINS_URL_OPTIONS), never by -url and -name alone, which any program may take; GoCD's
    // agent-bootstrapper.jar, TeamCity's agent main classes and the Bitbucket runner's runner.jar (bitbucketRunner) alike.
    // java(1) "java Command-Line Argument Files": the launcher expands `@file` words in place, up to the main class or
    // `-jar FILE` (javaArgumentFile, expandOptionFiles); one the pack cannot read may hold any of these, and fails closed.
    {
        names: /^java$/,
        hands: (operands, _read, { fileText, view }) => {
            const { words: o, unread } = expandOptionFiles(
                operands,
                (w, before) => (javaOptionsEnd(before) < 0 ? javaArgumentFile(w, before) : undefined),
                true,
                fileText,
                view,
            );
            return (
                unread.length > 0 ||
                o.some(
                    (w, i) =>
                        (o[i - 1] === "-jar" &&
                            /^(jenkins[-._])?(agent|slave|remoting|swarm-client|swarm)([-._][\w.-]*)?\.jar$/.test(
                                posix.basename(w),
                            )) ||
                        /^(hudson\.remoting\.(jnlp\.Main|Launcher)|hudson\.plugins\.swarm\.Client|jetbrains\.buildServer\.agent\.\w+)$/.test(
                            w,
                        ) ||
                        // Atlassian Bamboo docs, "Bamboo remote agent installation guide": `java -jar
                        // atlassian-bamboo-agent-installer-X.jar http://BAMBOO/agentServer/` installs and runs the
                        // remote agent; the server's build and deployment tasks (Script tasks) run on the host as
                        // its user. The jar by its name, or any jar given the server's agentServer URL.
                        (o[i - 1] === "-jar" && /^atlassian-bamboo-agent/.test(posix.basename(w))) ||
                        /^[a-z]+:\/\/[^\s]*\/agentServer\/?$/i.test(w),
                ) ||
                o.some(w => JENKINS_AGENT_OPTIONS.test(w)) ||
                (o.includes("-url") && o.some(w => JENKINS_URL_OPTIONS.test(w))) ||
                bitbucketRunner(o)
            );
        },
        who: "the CI server whose builds its java agent takes (a Jenkins or Bamboo agent, or one a java argument file may start)",
    },
    // The Jenkins inbound agent's launcher script (jenkinsci/docker-agent `jenkins-agent`, formerly `jenkins-slave`:
    // JENKINS_URL, JENKINS_SECRET, JENKINS_AGENT_NAME from the environment or as its arguments, then exec java -cp
    // agent.jar hudson.remoting.jnlp.Main).
    {
        names: /^jenkins-(agent|slave)$/,
        images: /^jenkins\/(inbound-agent|agent|jnlp-slave|ssh-agent|ssh-slave)$/,
        hands: o => !ciHelp(o) && !o.includes("-help"),
        who: "the Jenkins controller whose builds its inbound agent takes (jenkins-agent)",
    },
    // Atlassian Bamboo docs, "Bamboo remote agent installation guide" / "Running Bamboo agent as a service" (the Java
    // Service Wrapper's `<agent home>/bin/bamboo-agent.sh start|console|install`): the installed remote agent, whose
    // server runs build tasks on the host.
    {
        names: /^bamboo-agent\.sh$/,
        hands: o =>
            /^(start|console|restart|condrestart|install|installstart)$/.test(o.find(w => !w.startsWith("-")) ?? ""),
        who: "the Bamboo server's builds (a Bamboo remote agent)",
    },
    // Azure docs, "azcmagent connect" (the Azure Connected Machine agent, Azure Arc-enabled servers): connecting puts
    // the machine under the subscription's Run Command and VM extensions (Custom Script), which run as root on it;
    // `show`, `check`, `version`, `logs`, `disconnect` do not.
    {
        names: /^azcmagent$/,
        hands: o => o.find(w => !w.startsWith("-")) === "connect" && !ciHelp(o),
        who: "whoever holds Run Command or extension rights on the Azure Arc machine (azcmagent connect)",
    },
    // Ubuntu Landscape docs, "Register machines" / "Remote script execution" and landscape-config(1): registering the
    // client hands package management (maintainer scripts run as root) and, with --script-users, scripts to the
    // Landscape server's administrators, as cloud-config's `landscape` module does (REMOTE_MANAGEMENT).
    {
        names: /^landscape-config$/,
        hands: o => !ciHelp(o) && !o.some(w => /^--(disable|is-registered)$/.test(w)),
        who: "the Landscape server's administrators (Landscape client)",
    },
    // K3s docs, "Quick-Start" / "k3s agent" (`k3s agent --server URL --token TOKEN`) and RKE2 docs, "Quick Start: Linux
    // Agent (Worker) Node Installation" (`rke2 agent`, server: in /etc/rancher/rke2/config.yaml): the node joins another
    // cluster, whose API users schedule privileged and hostPath pods onto it; `server --server URL` joins one as a
    // server (K3S_URL/RKE2_URL are --server: rootReads AGENT_VARIABLES). K3s docs, "Configuration File": the server
    // also reads /etc/rancher/k3s/config.yaml (RKE2: /etc/rancher/rke2/config.yaml), or --config's file, and
    // config.yaml.d/*.yaml beside it, keys the flags without `--`: a `server:` there joins as --server does; a file
    // changed in a way the pack cannot compute fails closed. Any agent joins (its --server may be in those files).
    {
        names: /^(k3s|rke2)$/,
        hands: (o, read, { program, view }) => {
            const command = o.find(w => !w.startsWith("-"));
            if (ciHelp(o)) return false;
            if (command === "agent") return true;
            if (command !== "server") return false;
            if (o.some(w => /^(-s|--server)(=|$)/.test(w))) return true;
            const given = o.flatMap((w, i) =>
                /^(-c|--config)$/.test(o[i - 1] ?? "") ? [w] : /^--config=/.test(w) ? [w.slice(9)] : [],
            );
            const config =
                given.at(-1) ?? `/etc/rancher/${/rke2/.test(posix.basename(program)) ? "rke2" : "k3s"}/config.yaml`;
            const dropIns = [...(view.written?.() ?? [])].filter(
                f => posix.dirname(f) === `${config}.d` && /\.ya?ml$/.test(f),
            );
            return [config, ...dropIns].some(f => {
                const text = read(f);
                return text === null || (typeof text === "string" && /^\s*["']?server["']?\s*:/m.test(text));
            });
        },
        who: CLUSTER_JOIN,
    },
    // Kubernetes docs, "kubeadm join" ("bootstraps a Kubernetes worker node or a control-plane node, and adds it to the
    // cluster"; `kubeadm join phase ...` its steps), k0s docs, "Manual Install" (`k0s install worker --token-file FILE`,
    // `k0s worker TOKEN`; a controller given a join token joins an existing cluster) and MicroK8s docs, "Create a
    // MicroK8s cluster" (`microk8s join IP:25000/TOKEN [--worker]`, also `microk8s.join`): the node joins a cluster the
    // stack does not manage, whose API users schedule privileged and hostPath pods onto it.
    {
        names: /^kubeadm$/,
        hands: o => o.find(w => !w.startsWith("-")) === "join" && !ciHelp(o),
        who: CLUSTER_JOIN,
    },
    {
        names: /^k0s$/,
        hands: o => {
            const words = o.filter(
                (w, i) => !w.startsWith("-") && !/^--(token-file|config|data-dir)$/.test(o[i - 1] ?? ""),
            );
            const role = words[0] === "install" ? words[1] : words[0];
            return (
                !ciHelp(o) &&
                (role === "worker" ||
                    (role === "controller" &&
                        (o.some(w => /^--token-file(=|$)/.test(w)) || words.length > (words[0] === "install" ? 2 : 1))))
            );
        },
        who: CLUSTER_JOIN,
    },
    {
        names: /^microk8s(\.join)?$/,
        hands: (o, _read, { program }) =>
            (/\.join$/.test(program) || o.find(w => !w.startsWith("-")) === "join") && !ciHelp(o),
        who: CLUSTER_JOIN,
    },
    // Rudder docs, "Install Rudder Agent" (`rudder agent policy-server SERVER`, then `rudder agent inventory`; `run`,
    // `update` fetch and apply the server's policies, its Command execution technique included) and CFEngine's
    // cf-agent under it: the Rudder server's users run commands on the node as root.
    {
        names: /^rudder$/,
        hands: o => {
            const [command, action] = o.filter(w => !w.startsWith("-"));
            return (
                command === "agent" &&
                /^(policy-server|inventory|run|update|enable|start|restart|reinit|check|factory-reset)$/.test(
                    action ?? "",
                )
            );
        },
        who: "the Rudder server's users (a Rudder agent applies its policies as root)",
    },
    // Wazuh docs, "Command monitoring" / "Centralized configuration" (agent.conf pushed by the manager; its commands
    // run only with `wazuh_command.remote_commands=1` or `logcollector.remote_commands=1` in
    // /var/ossec/etc/local_internal_options.conf): the manager's administrators run commands on the node as root. The
    // agent started (wazuh-control start, its daemons, the wazuh-agent unit: PACKAGED_AGENT_UNITS) with that file
    // saying so, or written in a way the pack cannot compute. The packages ship the file with comments only (Wazuh docs,
    // "Internal configuration": "local_internal_options.conf ... for local changes"; the installers write its
    // "# local_internal_options.conf ... This file will not be overwritten during upgrades" header): what user data
    // only appended to it, in text it holds (ScriptView.appendedText), is all it sets.
    {
        names: /^(wazuh-control|ossec-control|wazuh-(agentd|execd|logcollector|modulesd))$/,
        hands: (o, read, { program, view }) => {
            if (/-control$/.test(program) && !/^(start|restart|reload)$/.test(o[0] ?? "")) return false;
            if (o.some(w => /^(-h|-V|-t)$/.test(w))) return false;
            // Wazuh docs, "Internal configuration": the defaults are in internal_options.conf (the packages ship
            // `*.remote_commands=0` there), local_internal_options.conf's settings override them. Each file as user
            // data left it: its text, else what it appended (null: unknown, fail closed).
            const textOf = (path: string) => {
                const written = read(path);
                return written === null || written === undefined ? (view.appendedText?.(path) ?? written) : written;
            };
            const local = textOf("/var/ossec/etc/local_internal_options.conf");
            const internal = textOf("/var/ossec/etc/internal_options.conf");
            if (local === null || internal === null) return true;
            // An option's values in a file (the option is read as an integer: `=01` is 1); appended pieces may join.
            const settings = (text: string | undefined) =>
                [...(text ?? "").matchAll(/^[^#\n]*?([\w.]*remote_commands)\s*=(.*)$/gm)].map(m => ({
                    key: m[1],
                    on: !/^\s*0+\s*$/.test(m[2]),
                }));
            const overrides = settings(local);
            // Any value but 0 in the local file enables them; one in internal_options.conf unless the local file
            // sets the same option to 0 (its own pieces may join, so any nonzero one counts).
            return (
                overrides.some(o => o.on) ||
                settings(internal).some(d => d.on && !overrides.some(o => o.key === d.key && !o.on))
            );
        },
        who: "the Wazuh manager's administrators (remote commands enabled on its agent)",
    },
    // Fleet docs, "Scripts" (scripts run by Fleet's users on hosts whose orbit runs with `--enable-scripts`, the
    // ORBIT_ENABLE_SCRIPTS variable: rootReads AGENT_VARIABLES; the fleetctl package's /etc/default/orbit):
    // they run as root.
    {
        names: /^orbit$/,
        hands: o => goBoolFlag(o, "enable-scripts"),
        who: "the Fleet server's users (orbit with scripts enabled runs their scripts as root)",
    },
    // Waypoint docs, "Runners" / "waypoint runner agent" ("Run a runner for executing remote operations"): the
    // server's projects' build and deploy jobs run on the host.
    {
        names: /^waypoint$/,
        hands: o => {
            const [command, action] = o.filter(w => !w.startsWith("-"));
            return command === "runner" && action === "agent" && !ciHelp(o);
        },
        who: "the Waypoint server's projects (its runner agent runs their jobs)",
    },
    // Amazon ECS developer guide, "Amazon ECS container agent configuration" (ECS_CLUSTER: "The cluster this agent
    // should check into", default `default`) and "Linux container instance": the agent (ecs-init's unit `ecs`, or its
    // image) registers the node in that ECS cluster, where whoever may run tasks places privileged tasks with host
    // volumes on it.
    {
        names: /^amazon-ecs-(init|agent)$/,
        images: /^amazon\/amazon-ecs-agent$|^ecs\/amazon-ecs-agent$/,
        hands: o => !ciHelp(o),
        who: "whoever may run tasks in the ECS cluster its ECS agent registers the node with (ECS_CLUSTER, else `default`)",
    },
    // Consul docs, "Security models: Consul" ("enable_script_checks ... If the Consul agent HTTP API is exposed ...
    // script checks present a remote code execution threat") and the agent's configuration reference
    // (enable_script_checks; `disable_remote_exec` false lets `consul exec` run commands): whoever may register a check
    // over its API runs commands as the agent's user. Read from its Go flags, -hcl and the configuration files
    // (-config-file, -config-dir) user data wrote; one changed in a way the pack cannot compute fails closed.
    // -enable-local-script-checks is not one (the same docs: "only enable them when they are defined in the local
    // configuration files. Script checks defined in HTTP API registrations will still not be allowed").
    {
        names: /^consul$/,
        hands: (o, read, { view }) => {
            if (o.find(w => !w.startsWith("-")) !== "agent" || ciHelp(o)) return false;
            const remote = (text: string) =>
                /\benable_script_checks\W+(=\s*)?("?)true\b/i.test(text) ||
                /\bdisable_remote_exec\W+(=\s*)?("?)false\b/i.test(text);
            const values = (flag: string) =>
                o.flatMap((w, i) =>
                    new RegExp(`^--?${flag}$`).test(o[i - 1] ?? "")
                        ? [w]
                        : new RegExp(`^--?${flag}=`).test(w)
                          ? [w.slice(w.indexOf("=") + 1)]
                          : [],
                );
            const dirs = values("config-dir");
            const files = [
                ...values("config-file"),
                ...[...(view.written?.() ?? [])].filter(f => dirs.some(d => f.startsWith(`${d.replace(/\/$/, "")}/`))),
            ];
            return (
                goBoolFlag(o, "enable-script-checks") ||
                values("hcl").some(remote) ||
                files.some(f => {
                    const text = read(f);
                    return text === null || (typeof text === "string" && remote(text));
                })
            );
        },
        who: "whoever may register a Consul check over the agent's API (script checks run as its user)",
    },
    // JetBrains TeamCity docs, "Configuring Build Agent Startup Properties" (`<Agent Home>/bin/agent.sh start|run`, the
    // agent reading <Agent Home>/conf/buildAgent.properties `serverUrl=`): the server's build steps run on the host. A
    // script of that name is TeamCity's when its home's conf/buildAgent.properties is user data's (or unknown) or its
    // path names the agent.
    {
        names: /^agent\.sh$/,
        hands: (o, read, { program }) =>
            /^(start|run)$/.test(o[0] ?? "") &&
            (/buildagent|teamcity/i.test(program) ||
                read(posix.join(posix.dirname(posix.dirname(program)), "conf/buildAgent.properties")) !== undefined),
        who: "the TeamCity server's builds (a TeamCity build agent)",
    },
    // GoCD docs, "Installing GoCD agent on Linux" (the go-agent package's `go-agent start`, the Tanuki wrapper's
    // console/start/install commands; GO_SERVER_URL): the server's pipeline jobs (exec tasks) run on the host.
    {
        names: /^go-agent$/,
        hands: o =>
            /^(console|start|restart|condrestart|install|installstart)$/.test(o.find(w => !w.startsWith("-")) ?? ""),
        who: "the GoCD server's pipelines (a GoCD agent)",
    },
    // HashiCorp docs, "HCP Terraform agents: Install and run agents" (the tfc-agent binary, with tfc-agent-core, polls
    // HCP Terraform with TFC_AGENT_TOKEN and runs the pool's workspaces' plans and applies locally).
    {
        names: /^tfc-agent(-core)?$/,
        images: /^hashicorp\/tfc-agent$/,
        hands: o => !ciHelp(o),
        who: "the HCP Terraform workspaces whose runs its agent takes (tfc-agent)",
    },
    // Octopus docs, "Tentacle command line" (register-with / register-worker / poll-server register it with a server,
    // `service --install --start` or `agent`/`run` run it; the service "Defaults to 'root' for Systemd services"):
    // the server's deployment scripts run on the host.
    {
        names: /^[Tt]entacle$/,
        hands: o => {
            const command = o.find(w => !w.startsWith("-")) ?? "";
            return (
                !ciHelp(o) &&
                (/^(register-with|register-worker|poll-server|agent|run)$/.test(command) ||
                    (command === "service" && o.some(w => /^--(install|start|restart|reconfigure)$/.test(w))))
            );
        },
        who: "the Octopus server's deployments (an Octopus Tentacle)",
    },
    // Atlassian docs, "Set up runners for Linux Shell" (`./start.sh --accountUuid ... --runnerUuid ...
    // --OAuthClientId ... --OAuthClientSecret ... --runtime linux-shell`): pipeline steps run on the host; a Docker
    // runtime's configuration is unread (fail closed).
    {
        names: /^start\.sh$/,
        hands: (o, _read, { program }) => bitbucketRunner(o) || /bitbucket-pipelines-runner/.test(program),
        who: "the Bitbucket workspace's pipelines (a Bitbucket Pipelines runner)",
    },
    // Harness docs, "Install the Harness Shell Script Delegate" (the downloaded harness-delegate directory's start.sh):
    // the Harness manager's deployments and Shell Script steps run on the host as the delegate's user.
    {
        names: /^start\.sh$/,
        hands: (_o, _read, { program }) => /harness-delegate/.test(program),
        who: "the Harness account whose pipelines its delegate runs (a Harness delegate)",
    },
    // CircleCI docs, "Machine runner 3 installation on Linux" (`circleci-runner machine --config
    // /etc/circleci-runner/circleci-runner-config.yaml`, the circleci-runner unit) and the launch agent it replaced.
    {
        names: /^(circleci-runner|circleci-launch-agent)$/,
        // The subcommand is the first word that is neither an option nor the value of the option before it
        // (`--config FILE`; a value of an option the pack does not know counts as one, fail closed); none is
        // `machine`, the launch agent's only mode (`circleci-launch-agent --config FILE`).
        hands: o =>
            !ciHelp(o) &&
            (o.find((w, i) => !w.startsWith("-") && !/^-[^=]+$/.test(o[i - 1] ?? "")) ?? "machine") === "machine",
        who: "the CircleCI organisation's jobs (a CircleCI machine runner)",
    },
    // drone-runner-exec (Drone docs, "Exec Runner": pipelines run "directly on the host machine"), drone-runner-docker
    // (Drone docs, "Docker Runner": trusted repositories' steps mount host volumes or run privileged; DRONE_RPC_HOST,
    // DRONE_RPC_SECRET), the Woodpecker agent (its local backend runs steps on the host), Gitea's act_runner and
    // Forgejo's runner (`daemon`; host labels run jobs on the host).
    {
        names: /^(drone-runner-(exec|docker)|woodpecker-agent|act_runner|forgejo-runner)$/,
        images: /^(drone\/drone-runner-(docker|exec)|woodpeckerci\/woodpecker-agent|gitea\/act_runner|forgejo\/runner)$/,
        hands: o => !ciHelp(o),
        who: "the CI server whose pipelines its runner takes",
    },
    // Concourse docs, "Running a worker node" (`concourse worker` with CONCOURSE_TSA_HOST / --tsa-host; `quickstart`
    // runs web and worker): it registers with the web node and runs every pipeline's tasks, privileged ones with
    // escalated capabilities.
    {
        names: /^concourse$/,
        hands: o => /^(worker|quickstart)$/.test(o.find(w => !w.startsWith("-")) ?? "") && !ciHelp(o),
        who: "the Concourse teams whose pipelines its worker runs",
    },
    // buildbot-worker(1) (`create-worker PATH MASTER USERNAME PASSWORD`, `start|restart [PATH]`; buildslave before
    // it): the master's build steps run on the host as the worker's user.
    {
        names: /^(buildbot-worker|buildslave)$/,
        hands: o =>
            /^(create-worker|create-slave|start|restart)$/.test(o.find(w => !w.startsWith("-")) ?? "") && !ciHelp(o),
        who: "the Buildbot master whose builds its worker runs",
    },
    // The same worker run by twistd(1) ("-y, --python=: read an application from within a Python file"; Buildbot
    // docs, "Buildbot in Docker": `twistd --nodaemon --no_save -y buildbot.tac`, the file create-worker writes, which
    // builds buildbot_worker.bot.Worker): a .tac user data wrote is read; one it did not write is the worker's when
    // named so (buildbot.tac, a buildbot path), and one it changed in a way the pack cannot compute fails closed.
    {
        names: /^twistd3?$/,
        hands: (o, read) =>
            o.some((w, i) => {
                const tac = /^--python=/.test(w)
                    ? w.slice(9)
                    : /^-[A-Za-z]*y$|^--python$/.test(o[i - 1] ?? "")
                      ? w
                      : /^-[A-Za-z]*y./.test(w) && !w.startsWith("--")
                        ? w.slice(w.indexOf("y") + 1)
                        : undefined;
                if (tac === undefined) return false;
                const text = read(tac);
                return text === undefined
                    ? /buildbot|buildslave/i.test(tac)
                    : text === null || /\b(buildbot_worker|buildslave)\b/.test(text);
            }),
        who: "the Buildbot master whose builds its worker runs",
    },
    // semaphoreci/agent README (`agent start`: "the agent will register itself with Semaphore"; --endpoint, --token,
    // --config-file), a binary called `agent`: known by those options or a semaphore path.
    {
        names: /^agent$/,
        hands: (o, _read, { program }) =>
            o.find(w => !w.startsWith("-")) === "start" &&
            (o.some(w => /^--(endpoint|token|config-file)(=|$)/.test(w)) || /semaphore/i.test(program)),
        who: "the Semaphore organisation whose jobs its self-hosted agent runs",
    },
    // Spacelift docs, "Worker pools" / "Docker-based workers" (the spacelift-launcher binary with SPACELIFT_TOKEN and
    // SPACELIFT_POOL_PRIVATE_KEY "should now connect to the Spacelift backend and start handling runs"); travis-ci/worker
    // README (travis-worker runs the hub's jobs; its `local` provider on this host).
    {
        names: /^(spacelift-launcher|travis-worker)$/,
        hands: o => !ciHelp(o) && !o.includes("--echo-config"),
        who: "the CI or infrastructure service whose runs its worker takes (Spacelift, Travis CI)",
    },
    // Receptor docs, "Workceptor" (`work-commands`: "the executable that is invoked when running this work", submitted
    // by any peer with the control service; AWX execution nodes run `ansible-runner worker`): work types on the command
    // line or in its configuration (-c/--config, default /etc/receptor/receptor.conf) the pack cannot read or that
    // define one.
    {
        names: /^receptor$/,
        hands: (o, read) => {
            if (ciHelp(o)) return false;
            if (o.some(w => /^--work-(command|kubernetes|python)(=|$)/.test(w))) return true;
            const config = o.flatMap((w, i) =>
                /^(-c|--config)$/.test(o[i - 1] ?? "") ? [w] : /^--config=/.test(w) ? [w.slice(9)] : [],
            );
            return (config.length > 0 ? config : ["/etc/receptor/receptor.conf"]).some(c => {
                const text = read(c);
                return typeof text !== "string" || /\bwork-?(command|kubernetes|python)s?\b/i.test(text);
            });
        },
        who: "the Receptor mesh (AWX controller) that submits work to its node",
    },
];

/**
 * Options only the Jenkins agent launchers take (remoting's agent.jar `-help`, the Swarm client's README "Available
 * Options"), and those that name one with -url.
 */
const JENKINS_AGENT_OPTIONS =
    /^-(secret|jnlpUrl|jnlpCredentials|webSocket|webSocketHeader|instanceIdentity|internalDir|failIfWorkDirIsMissing|noReconnect|master|passwordFile|passwordEnvVariable|fsroot|labelsFile|disableClientsUniqueId|deleteExistingClients|candidateTag|noRetryAfterConnected|retryBackOffStrategy)$/;

const JENKINS_URL_OPTIONS = /^-(workDir|direct|tunnel|headless|executors|labels|mode|username)$/;

/**
 * Whether Chef runs cookbooks from a URL (`--recipe-url`, chef-solo's -r too): a scheme's URL or a value the pack
 * cannot read.
 */
const remoteRecipes = (o: readonly string[], solo: boolean) =>
    o.some((w, i) => {
        const value = /^--recipe-url=/.test(w)
            ? w.slice(13)
            : o[i - 1] === "--recipe-url" || (solo && o[i - 1] === "-r")
              ? w
              : undefined;
        return value !== undefined && /^[a-z][a-z0-9+.-]*:\/\/|[$`]/i.test(value);
    });

/**
 * A release binary's name without its version, OS and architecture (GitLab's gitlab-runner-linux-amd64, a
 * tfc-agent-1.15.0-linux-amd64) and build flavour (GitLab docs, "FIPS-compliant GitLab Runner":
 * gitlab-runner-linux-amd64-fips; -static, -musl): the program is the same whatever the file is called.
 */
const downloadedName = (name: string) =>
    name.replace(
        /([-_.](v?\d+(\.\d+)+|linux|darwin|freebsd|openbsd|netbsd|amd64|x86_64|x64|arm64|aarch64|armv?\d*[a-z]*|i?[36]86|ppc64le|s390x|riscv64|fips|boringcrypto|static|musl|gnu|unknown))+$/i,
        "",
    );

/** Bitbucket Pipelines runner options (Atlassian docs, "Set up runners for Linux Shell": start.sh and its runner.jar). */
const bitbucketRunner = (o: readonly string[]) =>
    o.some(w => /^--(accountUuid|runnerUuid|repositoryUuid|OAuthClientId|OAuthClientSecret)(=|$)/.test(w));

/** Options and subcommands of a runner that only print (help, version). */
const ciHelp = (o: readonly string[]) => o.some(w => /^(-h|--help|help|-v|--version|version)$/.test(w));

/** Whether a Puppet service attribute keeps the agent off (Puppet "Resource Type: service"); a variable is on. */
const puppetServiceOff = (attribute: string, value: string) => {
    const v = value.replace(/^["']|["']$/g, "");
    return attribute === "ensure" ? /^(stopped|false)$/.test(v) : /^(false|manual|mask)$/.test(v);
};

/**
 * Whether Puppet code starts a REMOTE_AGENT_UNITS agent: a `service` resource (type case-insensitive) titled one of them,
 * or with a title the pack cannot read (a variable), whose ensure or enable is not off (puppetServiceOff); a service
 * named anywhere else in the code (an override, a collector, ensure_resource) fails closed.
 */
function puppetCodeStartsAgent(code: string): boolean {
    const units = new RegExp(`["']?\\b(${REMOTE_AGENT_UNITS.source.replace(/^\^\(|\)\$$/g, "")})\\b`);
    let rest = code;
    for (const m of code.matchAll(/\bservice\s*\{([^{}]*)\}/gi)) {
        rest = rest.replace(m[0], " ");
        for (const body of m[1].split(";")) {
            const colon = body.indexOf(":");
            if (colon < 0) continue;
            const title = body.slice(0, colon);
            if (!units.test(title) && !/\$/.test(title)) continue;
            for (const a of body.slice(colon + 1).matchAll(/\b(ensure|enable)\s*=>\s*([^,;\s}]+)/g))
                if (!puppetServiceOff(a[1], a[2])) return true;
        }
    }
    return /service/i.test(rest) && units.test(rest);
}

/**
 * Whether a unit is one of REMOTE_AGENT_UNITS, or an instance of its template (systemd.unit(5): "foo@bar.service" is
 * an instance of "foo@.service"; Buildkite docs run parallel agents as buildkite-agent@N): the same agent.
 */
export const remoteAgentUnit = (unit: string) =>
    REMOTE_AGENT_UNITS.test(unit.replace(/\.service$/, "")) ||
    REMOTE_AGENT_UNITS.test(unit.replace(/\.service$/, "").replace(/@[^@]*$/, ""));

/**
 * The packaged units of REMOTE_AGENTS that run an agent on its default configuration: the command their ExecStart
 * runs and their EnvironmentFile= files (systemd.exec(5): KEY=VALUE lines; a `-` file may be missing), judged as
 * that command with that environment (remoteAgent, rootReads AGENT_VARIABLES), so the agent's configuration
 * files user data wrote are read as when it runs the command itself. HashiCorp's consul package (consul.service:
 * `ExecStart=/usr/bin/consul agent -config-dir=/etc/consul.d/`, `EnvironmentFile=-/etc/consul.d/consul.env`); the
 * K3s install script's k3s.service (`ExecStart=/usr/local/bin/k3s server`, `EnvironmentFile=-/etc/default/%N`,
 * `-/etc/sysconfig/%N`, `-/etc/systemd/system/k3s.service.env`); RKE2's rke2-server.service (`ExecStart=
 * /usr/local/bin/rke2 server`, `-/etc/default/%N`, `-/etc/sysconfig/%N`, `-/usr/local/lib/systemd/system/%N.env`);
 * Fleet's orbit.service (`EnvironmentFile=/etc/default/orbit`); wazuh-agent.service (`wazuh-control start`);
 * ecs-init's ecs.service (`amazon-ecs-init start`).
 */
const PACKAGED_AGENT_UNITS: Record<string, { exec: string[]; environmentFiles: string[] }> = {
    consul: {
        exec: ["/usr/bin/consul", "agent", "-config-dir=/etc/consul.d/"],
        environmentFiles: ["/etc/consul.d/consul.env"],
    },
    k3s: {
        exec: ["/usr/local/bin/k3s", "server"],
        environmentFiles: ["/etc/default/k3s", "/etc/sysconfig/k3s", "/etc/systemd/system/k3s.service.env"],
    },
    "rke2-server": {
        exec: ["/usr/local/bin/rke2", "server"],
        environmentFiles: [
            "/etc/default/rke2-server",
            "/etc/sysconfig/rke2-server",
            "/usr/local/lib/systemd/system/rke2-server.env",
            "/usr/lib/systemd/system/rke2-server.env",
        ],
    },
    orbit: { exec: ["/opt/orbit/bin/orbit/orbit"], environmentFiles: ["/etc/default/orbit"] },
    "wazuh-agent": { exec: ["/var/ossec/bin/wazuh-control", "start"], environmentFiles: [] },
    ecs: { exec: ["/usr/libexec/amazon-ecs-init", "start"], environmentFiles: [] },
};

/**
 * The agent a started PACKAGED_AGENT_UNITS unit runs, with the environment systemd gives it as user data left it
 * (systemd.exec(5) "Environment Variables in Spawned Processes": the manager's own, then the unit's Environment= and
 * EnvironmentFile= settings): the manager environment user data sets (ScriptView.managerEnvironment: `systemctl
 * set-environment`, systemd-system.conf(5) DefaultEnvironment=), the packaged environment files, and the [Service]
 * Environment=/EnvironmentFile= lines of every drop-in user data wrote for the unit (systemd.unit(5): "Along with a
 * unit file foo.service, a "drop-in" directory foo.service.d/ may exist. All files with the suffix ".conf" from this
 * directory will be merged", in every directory of the unit search path (UNIT_DIRS), the type's service.d/ and dash prefixes too:
 * configuresUnit). Every value any of them gives a variable counts (the pack does not order them). A file or drop-in
 * directory written in a way the pack cannot compute may set anything (fail closed).
 */
export function packagedUnitAgent(
    unit: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    aliases: readonly string[] = [unit],
): string | undefined {
    const packaged = Object.hasOwn(PACKAGED_AGENT_UNITS, unit) ? PACKAGED_AGENT_UNITS[unit] : undefined;
    if (packaged === undefined) return undefined;
    // The drop-ins of every name of the unit apply (unitNames).
    const services = [...new Set([unit, ...aliases])].map(n => `${n}.service`);
    const values: { name: string; value: string }[] = [];
    const fromFile = (file: string, whose: string): string | undefined => {
        const text = readConfig(file, fileText, view);
        if (text === null)
            return `whoever the ${unit} unit's environment file ${file} (${whose}, written in a way the pack cannot read) points its agent at`;
        values.push(...environmentFileVariables(text ?? ""));
        return undefined;
    };
    for (const file of packaged.environmentFiles) {
        const unknown = fromFile(file, "its package's");
        if (unknown) return unknown;
    }
    // Round 71: the system manager's environment generators user data writes print variables for every unit
    // (ENVIRONMENT_GENERATOR); one the pack cannot read, or a directory of them written so, may print anything.
    const written = [...(view.written?.() ?? [])];
    for (const file of written.filter(f => ENVIRONMENT_GENERATOR.exec(f)?.[1] === "system")) {
        const text = readConfig(file, fileText, view);
        const variables = text == null ? undefined : generatorVariables(text);
        if (variables === undefined)
            return `whoever the environment generator ${file} (a program the pack does not read) points the ${unit} agent at`;
        values.push(...variables);
    }
    for (const changed of ["/etc", "/run", "/usr/lib", "/usr/local/lib", "/lib"].map(
        d => `${d}/systemd/system-environment-generators/`,
    ))
        if (view.changed.has(changed))
            return `whoever the environment generators in ${changed} (written in a way the pack cannot read) point the ${unit} agent at`;
    for (const v of view.managerEnvironment ?? []) {
        if (v.program !== undefined) continue;
        if (!("file" in v)) values.push(v);
        else {
            const unknown = fromFile(v.file, "the manager's");
            if (unknown) return unknown;
        }
    }
    // Its drop-in directories (a whole directory copied or unpacked there is unknown), then each drop-in user data wrote.
    const dashes = services.flatMap(service =>
        [...service.matchAll(/-/g)].map(m => `${service.slice(0, m.index + 1)}.service`),
    );
    for (const base of UNIT_DIRS)
        for (const dir of [...services, "service", ...dashes].map(d => `${base}/${d}.d/`))
            if (view.changed.has(dir))
                return `whoever the ${unit} unit's drop-ins in ${dir} (written in a way the pack cannot read) point its agent at`;
    const dropIns = [...(view.written?.() ?? [])]
        .filter(f => /\.d\/[^/]+\.conf$/.test(f) && services.some(service => configuresUnit(f, service)))
        .sort((a, b) => (posix.basename(a) < posix.basename(b) ? -1 : 1));
    for (const dropIn of dropIns) {
        const text = readConfig(dropIn, fileText, view);
        if (text == null)
            return `whoever the ${unit} unit's drop-in ${dropIn} (written in a way the pack cannot read) points its agent at`;
        const section = text
            .replace(/\\\r?\n/g, " ")
            .split(/^\s*(?=\[[A-Za-z]+\]\s*$)/m)
            .filter(s => /^\s*\[Service\]/.test(s))
            .join("\n");
        for (const [, key, value] of section.matchAll(/^\s*(Environment|EnvironmentFile)\s*=\s*(.*)$/gm))
            if (key === "Environment") values.push(...environmentAssignments(value));
            else if (value.trim() !== "") {
                const unknown = fromFile(value.trim().replace(/^-/, ""), `named by ${dropIn}`);
                if (unknown) return unknown;
            }
    }
    // The last value of each variable, and each other value in turn in its place: any of them may be the one it runs with.
    const last = new Map(values.map(v => [v.name, v.value] as const));
    for (const environment of [last, ...values.map(v => new Map(last).set(v.name, v.value))]) {
        const who = remoteAgent(environmentOptions(packaged.exec, environment), "/", fileText, view);
        if (who !== undefined) return who;
    }
    return undefined;
}

/**
 * Every name of a service unit (without `.service`): itself and its aliases. systemd.unit(5): "Unit files may also be
 * symlinks ... aliases (alternative names) may be created by creating a symlink from the new name to the existing
 * name in one of the unit search paths", and a unit is loaded with the drop-ins of all its names (systemd 243, PR
 * #13119 "Rework unit loading to take into account all aliases"). A link (or copy) user data makes in a unit
 * directory (ScriptView.downloads: what each path was linked or copied from, by name) joins its name to the unit it
 * names, both ways (started by either name, the drop-ins of both apply); a copy, its own unit running the same
 * file, is joined too (fail closed: its drop-ins may change what it runs).
 */
export function unitNames(unit: string, view: ScriptView): string[] {
    const names = new Set([unit]);
    const links = [...(view.downloads ?? [])].flatMap(([path, from]) => {
        const m = UNIT_PATH.exec(path);
        return m && m[3] === undefined && /\.service$/.test(m[2])
            ? [[m[2], ...from.filter(n => /\.service$/.test(n))].map(n => n.replace(/\.service$/, ""))]
            : [];
    });
    // systemd.unit(5) [Install] Alias=: "A space-separated list of additional names this unit shall be installed
    // under", the links `systemctl enable` makes: of each unit file (or drop-in: fail closed) user data wrote.
    for (const path of view.written?.() ?? []) {
        const m = UNIT_PATH.exec(path);
        const text = m && /\.service$/.test(m[2]) ? view.text?.(path) : undefined;
        if (text === undefined) continue;
        const install = text
            .replace(/\\\r?\n/g, " ")
            .split(/^\s*(?=\[[A-Za-z]+\]\s*$)/m)
            .filter(section => /^\s*\[Install\]/.test(section))
            .join("\n");
        const aliases = [...install.matchAll(/^\s*Alias\s*=\s*(.*)$/gm)].flatMap(a => a[1].trim().split(/\s+/));
        if (aliases.length > 0)
            links.push([m![2], ...aliases.filter(n => /\.service$/.test(n))].map(n => n.replace(/\.service$/, "")));
    }
    for (let grew = true; grew;) {
        grew = false;
        for (const joined of links)
            if (joined.some(n => names.has(n)))
                for (const n of joined)
                    if (!names.has(n)) {
                        names.add(n);
                        grew = true;
                    }
    }
    return [...names];
}

/** The packaged units of REMOTE_AGENTS (a Teleport unit runs `teleport start` on its configuration, unread). */
const REMOTE_AGENT_UNITS =
    /^(puppet|chef-client|cinc-client|salt-minion|mcollective|teleport|pxp-agent|choria-server|rport|gitlab-runner|buildkite-agent|nomad|drone-runner-exec|drone-runner-docker|woodpecker-agent|act_runner|forgejo-runner|actions\.runner\..+|vsts\.agent\..+|go-agent|tfc-agent|circleci-runner|circleci|teamcity-agent|buildAgent|semaphore-agent|receptor|travis-worker|buildbot-worker(@.+)?|bamboo-agent|himds|extd|landscape-client|k3s-agent|rke2-agent|k0sworker|rudder-agent)$/;

/** cloud-init modules that hand the node to a remote configuration server (cloud-init module reference). */
export const REMOTE_MANAGEMENT = ["ansible", "puppet", "chef", "salt_minion", "landscape", "mcollective"];
