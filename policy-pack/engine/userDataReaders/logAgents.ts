/**
 * Round 77: log and metric agents whose configuration runs commands (Fluent Bit, Fluentd/td-agent, Telegraf, collectd,
 * Vector). Their packaged units start them at boot, as root unless the unit names another User=, and each runs the
 * commands its configuration names, at every interval or start: those commands are the agent user's command lines,
 * judged by RootReads (logAgentConfigs) as a cron job's are. What runs code the pack cannot read (Lua, WASM, Ruby,
 * plugin libraries, an included file outside the agent's configuration directory) is refused.
 */
import { posix } from "path";
import { parse as parseToml } from "smol-toml";
import { parseAllDocuments } from "yaml";
import { loopbackOnly } from "./loopback";
import { getopt } from "./shared";

// Local twins of formats.ts obj/yamlDocs: rootReads.ts imports this module, and formats.ts imports rootReads.ts.
const obj = (v: unknown): Record<string, any> => (v && typeof v === "object" && !Array.isArray(v) ? (v as any) : {});
function yamlDocs(body: string, what: string): unknown[] {
    const docs = parseAllDocuments(body, { uniqueKeys: true });
    const list = Array.isArray(docs) ? docs : [docs];
    const broken = list.find(d => d.errors.length > 0);
    if (broken) throw new Error(`${what} does not parse (${broken.errors[0].message.split("\n")[0]})`);
    return list.map(d => d.toJS());
}

/** An agent: its name, its packaged unit, the user that unit runs it as (undefined: root), its configuration files. */
export interface LogAgent {
    name: string;
    unit: string;
    packagedUser?: string;
    config: RegExp;
    /** Round 80: who chooses the records it takes without a network input (undefined: the log lines it tails). */
    senders?: string;
}

/** A command an agent's configuration runs: shell text (`shell`) or an argument vector given as shell words. */
export interface AgentCommand {
    line: string;
    /** Set when the agent runs the line through /bin/sh (popen(3), Ruby's spawn of one string). */
    shell: boolean;
    /** collectd's Exec names its own user (collectd-exec(5)). */
    user?: string;
    how: string;
}

/**
 * Round 78: a file an agent's output writes its records to: `path` as configured (a `${...}` part is chosen by the
 * records: fluentd's `${tag}`, Vector's `{{ field }}`); `added` when the agent adds to it a name the records choose
 * (`name`: a file in the directory `path`, Fluent Bit's tag) or a suffix (fluentd out_file's time and `.log`).
 */
export interface AgentFileOutput {
    path: string;
    added?: "name" | "suffix";
    how: string;
}

export interface AgentReading {
    commands: AgentCommand[];
    unreadable: string[];
    /**
     * Round 78: inputs that take records from beyond the node's loopback (a listener on another address, a broker),
     * each as its finding names it: whoever reaches them chooses what the agent's outputs write.
     */
    networkInputs: string[];
    /** Round 78: the files the agent's outputs write (AgentFileOutput). */
    fileOutputs: AgentFileOutput[];
    /**
     * Round 80: the commands an output hands the agent's records to (also in `commands`, judged as command lines):
     * fluentd out_exec/out_exec_filter, Telegraf outputs.exec/outputs.execd/processors.execd. Fluent Bit's exec and
     * Vector's exec are sources only (they read a command's output).
     */
    execOutputs: AgentCommand[];
}

/** An input listening on `binds` (none: its default, every address) takes records from the network unless on loopback. */
const offLoopback = (binds: readonly (string | undefined)[]) => {
    const given = binds.filter((b): b is string => b !== undefined && b !== "");
    return !loopbackOnly(given);
};

/** Round 80: who sends a syslog daemon the messages it writes. */
const SYSLOG_SENDERS = "every local user and service (logger(1) sends it a message through /dev/log)";

/**
 * The agents and their configuration directories, read by RootReads, and refused when written with content the pack
 * cannot read (addresses.ts READ_BEFORE_WRITE):
 * - Fluent Bit (packages' fluent-bit.service: `fluent-bit -c /etc/fluent-bit/fluent-bit.conf`, no User=: root; the
 *   old td-agent-bit's /etc/td-agent-bit);
 * - Fluentd (td-agent's /etc/td-agent, fluent-package's /etc/fluent; judged as root: fail closed);
 * - Telegraf (the package's telegraf.service runs `telegraf -config /etc/telegraf/telegraf.conf -config-directory
 *   /etc/telegraf/telegraf.d` as User=telegraf);
 * - collectd (/etc/collectd.conf and /etc/collectd.d on Amazon Linux/RHEL, /etc/collectd/ on Debian; root);
 * - Vector (/etc/vector; judged as root: fail closed);
 * - round 80: rsyslog (/etc/rsyslog.conf, /etc/rsyslog.d) and syslog-ng (/etc/syslog-ng), root daemons.
 */
export const LOG_AGENTS: readonly LogAgent[] = [
    { name: "fluent-bit", unit: "fluent-bit.service", config: /^\/etc\/(fluent-bit|td-agent-bit)\// },
    { name: "fluentd", unit: "fluentd.service", config: /^\/etc\/(td-agent|fluent|fluentd)\// },
    {
        name: "telegraf",
        unit: "telegraf.service",
        packagedUser: "telegraf",
        config: /^\/etc\/telegraf\/(telegraf\.conf$|telegraf\.d\/)/,
    },
    { name: "collectd", unit: "collectd.service", config: /^\/etc\/(collectd\.conf$|collectd\.d\/|collectd\/)/ },
    { name: "vector", unit: "vector.service", config: /^\/etc\/vector\// },
    // Round 80: the syslog daemons (rsyslog.service and syslog-ng.service name no User=: root) write what every local
    // process sends them: logger(1) "makes entries in the system log" for any user, through /dev/log.
    {
        name: "rsyslog",
        unit: "rsyslog.service",
        config: /^\/etc\/(rsyslog\.conf$|rsyslog\.d\/)/,
        senders: SYSLOG_SENDERS,
    },
    { name: "syslog-ng", unit: "syslog-ng.service", config: /^\/etc\/syslog-ng\//, senders: SYSLOG_SENDERS },
    // Round 81: Logstash (elastic.co "Directory layout of Debian and RPM packages": pipeline configuration files in
    // /etc/logstash/conf.d/*.conf, settings in /etc/logstash (logstash.yml, pipelines.yml); the packaged
    // logstash.service runs User=logstash).
    {
        name: "logstash",
        unit: "logstash.service",
        packagedUser: "logstash",
        config: /^\/etc\/logstash\/(conf\.d\/|[^/]+\.ya?ml$)/,
    },
];

export const logAgentOf = (path: string) => LOG_AGENTS.find(a => a.config.test(path));

/**
 * Round 83: the options by which an agent's command line names its configuration, one entry per agent, each with its
 * doc: rsyslogd(8) "-f config-file Specify an alternative configuration file instead of /etc/rsyslog.conf"; syslog-ng(8)
 * "--cfgfile <file> or -f <file>"; fluent-bit "-c, --config=FILE specify an optional configuration file"; Logstash
 * (elastic.co "Command-line flags") "-f, --path.config CONFIG_PATH Load the Logstash config from a specific file or
 * directory ... wildcards" and "-e, --config.string CONFIG_STRING"; vector(1) "-c, --config <CONFIG>" (also
 * --config-yaml/-toml/-json) and "-C, --config-dir"; fluentd "-c, --config PATH" and "-i, --inline-config". `valued`:
 * the letters (getopt) and long names whose value is a separate word, so an option's value is never taken for another.
 */
const LOG_AGENT_CONFIG_OPTIONS: {
    names: RegExp;
    agent: string;
    valued: string;
    longValued: string[];
    files: string[];
    inline?: string[];
}[] = [
    { names: /^rsyslogd$/, agent: "rsyslog", valued: "fiNoM", longValued: [], files: ["-f"] },
    {
        names: /^syslog-ng$/,
        agent: "syslog-ng",
        valued: "fpRCugc",
        longValued: ["cfgfile", "pidfile", "persist-file", "chroot", "user", "group", "module-path", "control"],
        files: ["-f", "--cfgfile"],
    },
    {
        names: /^(fluent-bit|td-agent-bit)$/,
        agent: "fluent-bit",
        valued: "bcfFimopRelLtTHP",
        longValued: [
            "config",
            "storage_path",
            "flush",
            "filter",
            "input",
            "match",
            "output",
            "prop",
            "parser",
            "plugin",
        ],
        files: ["-c", "--config"],
    },
    {
        names: /^logstash$/,
        agent: "logstash",
        valued: "fenwbulM",
        longValued: ["path.config", "config.string", "node.name", "path.data", "path.logs", "path.settings"],
        files: ["-f", "--path.config"],
        inline: ["-e", "--config.string"],
    },
    {
        names: /^vector$/,
        agent: "vector",
        valued: "cCtwq",
        longValued: ["config", "config-dir", "config-yaml", "config-toml", "config-json", "threads", "watch-config"],
        files: ["-c", "--config", "--config-yaml", "--config-toml", "--config-json", "-C", "--config-dir"],
    },
    {
        names: /^(fluentd|td-agent)$/,
        agent: "fluentd",
        valued: "cpoidIrg",
        longValued: ["config", "plugin", "log", "inline-config", "daemon", "user", "group"],
        files: ["-c", "--config"],
        inline: ["-i", "--inline-config"],
    },
];

/**
 * Round 83: the configuration an agent's command line gives it (LOG_AGENT_CONFIG_OPTIONS): the files (or directories,
 * globs) its options name and the text it is given inline; undefined for a program that is no agent, or an agent run
 * on its packaged configuration (read where written).
 */
export function logAgentCommandConfig(
    words: readonly string[],
): { agent: LogAgent; files: string[]; inline: string[] } | undefined {
    const entry = LOG_AGENT_CONFIG_OPTIONS.find(e => e.names.test(posix.basename(words[0] ?? "")));
    const agent = LOG_AGENTS.find(a => a.name === entry?.agent);
    if (entry === undefined || agent === undefined) return undefined;
    const { options } = getopt(words.slice(1), entry.valued, entry.longValued);
    const files = options.filter(([k]) => entry.files.includes(k)).flatMap(([, v]) => v.split(","));
    const inline = options.filter(([k]) => entry.inline?.includes(k)).map(([, v]) => v);
    return files.length + inline.length === 0 ? undefined : { agent, files, inline };
}

const quoted = (t: string) => `'${t.replace(/'/g, `'\\''`)}'`;

/** Whether an included path (relative to `dir`) stays inside the agent's own configuration, which the pack reads. */
function includedInside(agent: LogAgent, dir: string, included: string): boolean {
    if (/^[a-z]+:\/\//i.test(included)) return false;
    const path = posix.resolve(dir, included);
    return agent.config.test(path) && !path.split("/").includes("..");
}

/** The configuration of `agent` in `path`: the commands it runs and what it runs that the pack cannot read. */
export function readLogAgentConfig(agent: LogAgent, path: string, text: string): AgentReading {
    const reading: AgentReading = {
        commands: [],
        unreadable: [],
        networkInputs: [],
        fileOutputs: [],
        execOutputs: [],
    };
    try {
        if (agent.name === "fluent-bit") fluentBit(agent, path, text, reading);
        else if (agent.name === "fluentd") fluentd(agent, path, text, reading);
        else if (agent.name === "telegraf") telegraf(path, text, reading);
        else if (agent.name === "collectd") collectd(agent, path, text, reading);
        else if (agent.name === "rsyslog") rsyslog(agent, path, text, reading);
        else if (agent.name === "syslog-ng") syslogNg(agent, path, text, reading);
        else if (agent.name === "logstash") logstash(agent, path, text, reading);
        else vector(path, text, reading);
    } catch (e) {
        reading.unreadable.push(`it does not parse (${(e as Error).message.split("\n")[0]})`);
    }
    return reading;
}

/**
 * Fluent Bit plugins that run code the pack cannot read: the exec_wasi input (a WASM program), the lua filter and
 * processor ("Lua scripts", os.execute among them), the wasm filter.
 */
const FLUENT_BIT_CODE = /^(exec_wasi|lua|wasm)$/i;

/**
 * Round 78: Fluent Bit inputs that take records from the network (Fluent Bit manual, "Inputs": HTTP "listen ... The
 * address to listen on. 0.0.0.0", port 9880, its tag "set by adding the tag to the end of the request URL"; TCP, UDP,
 * Forward (24224; `unix_path` a local socket), Syslog (`mode` tcp/udp; unix_udp, the default, and unix_tcp are local
 * sockets), MQTT, OpenTelemetry, Splunk, Elasticsearch, Statsd, Collectd, Prometheus Remote Write: each listens on
 * `listen` (older releases: `host`), 0.0.0.0 by default). An input of another name with a listen, host or port key is
 * read alike (fail closed).
 */
const FLUENT_BIT_NETWORK =
    /^(http|tcp|udp|forward|syslog|mqtt|opentelemetry|splunk|elasticsearch|statsd|collectd|prometheus_remote_write)$/i;

/**
 * Round 78: a Fluent Bit plugin's keys (lowercased) read for what it takes from the network and the files it writes
 * (Fluent Bit manual, "Outputs / File": `path` "Directory path to store files. If not set, Fluent Bit will write the
 * files in its own working directory" (a packaged unit's: /), `file` "If not set, the filename will be the tag").
 */
function fluentBitPlugin(kind: string, keys: ReadonlyMap<string, string>, reading: AgentReading) {
    const name = keys.get("name") ?? "";
    if (/^inputs?$/i.test(kind)) {
        const listens = FLUENT_BIT_NETWORK.test(name) || ["listen", "host", "port"].some(k => keys.has(k));
        const local =
            keys.has("unix_path") || (/^syslog$/i.test(name) && !/^(tcp|udp)$/i.test(keys.get("mode") ?? "unix_udp"));
        const binds = [keys.get("listen") ?? keys.get("host")];
        if (listens && !local && offLoopback(binds))
            reading.networkInputs.push(`its ${name} input on ${binds[0] ?? "0.0.0.0 (its default)"}`);
    }
    if (/^outputs?$/i.test(kind) && /^file$/i.test(name)) {
        const dir = keys.get("path") ?? "/";
        const file = keys.get("file");
        reading.fileOutputs.push(
            file === undefined
                ? { path: dir, added: "name", how: `its file output into ${dir} (named by each record's tag)` }
                : { path: posix.join(dir, file), how: `its file output ${posix.join(dir, file)}` },
        );
    }
}

/**
 * Fluent Bit, classic and YAML (Fluent Bit manual, "Inputs / Exec": `Command` "The command to execute, passed to popen
 * without any additional escaping or processing. Can include pipelines, redirection, command-substitution"; "This
 * plugin invokes commands using a shell"). `[PLUGINS] Path`, `plugins_file` and YAML `plugins` load shared objects;
 * `@INCLUDE` (YAML `includes`) reads another file, read here only inside the agent's configuration directory.
 */
function fluentBit(agent: LogAgent, path: string, text: string, reading: AgentReading) {
    const dir = posix.dirname(path);
    if (/\.lua$/i.test(path)) return; // run only by a lua filter, refused where named
    if (/\.ya?ml$/i.test(path)) {
        const walk = (v: unknown, key: string) => {
            if (Array.isArray(v)) return v.forEach(x => walk(x, key));
            if (typeof v !== "object" || v === null) {
                if (key === "includes" && typeof v === "string" && !includedInside(agent, dir, v))
                    reading.unreadable.push(`it includes ${v}, which the pack does not read`);
                if (/^(plugins_file|plugins)$/i.test(key)) reading.unreadable.push(`${key} ${String(v)} loads plugins`);
                return;
            }
            const o = obj(v);
            const name = typeof o.name === "string" ? o.name : undefined;
            if (name !== undefined && /^(inputs|outputs)$/i.test(key))
                fluentBitPlugin(
                    key,
                    new Map(Object.entries(o).map(([k, x]) => [k.toLowerCase(), String(x)] as [string, string])),
                    reading,
                );
            if (name !== undefined && /^exec$/i.test(name)) {
                const command = Object.entries(o).find(([k]) => /^command$/i.test(k))?.[1];
                if (typeof command === "string")
                    reading.commands.push({ line: command, shell: true, how: `an exec input's command ${command}` });
                else if (command !== undefined) reading.unreadable.push(`an exec input's command ${String(command)}`);
            }
            if (name !== undefined && FLUENT_BIT_CODE.test(name))
                reading.unreadable.push(`a ${name} plugin runs code the pack does not read`);
            for (const [k, x] of Object.entries(o)) {
                if (/^(plugins|plugins_file)$/i.test(k)) reading.unreadable.push(`${k} loads plugins`);
                else walk(x, k);
            }
        };
        for (const doc of yamlDocs(text, path)) walk(doc, "");
        return;
    }
    let section = "";
    let keys = new Map<string, string>();
    const close = () => {
        const name = keys.get("name");
        if (/^(INPUT|FILTER|OUTPUT|CUSTOM|PROCESSOR)$/.test(section) && name !== undefined) {
            if (/^exec$/i.test(name) && keys.has("command"))
                reading.commands.push({
                    line: keys.get("command")!,
                    shell: true,
                    how: `an exec input's Command ${keys.get("command")}`,
                });
            if (FLUENT_BIT_CODE.test(name))
                reading.unreadable.push(`a ${name} plugin runs code the pack does not read`);
            fluentBitPlugin(section, keys, reading);
        }
        keys = new Map();
    };
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === "" || line.startsWith("#")) continue;
        const header = /^\[([A-Za-z_]+)\]$/.exec(line);
        if (header) {
            close();
            section = header[1].toUpperCase();
            if (section === "PLUGINS") reading.unreadable.push("a [PLUGINS] section loads plugin libraries");
            continue;
        }
        const include = /^@INCLUDE\s+(.+)$/i.exec(line);
        if (include) {
            if (!includedInside(agent, dir, include[1].trim()))
                reading.unreadable.push(`it includes ${include[1].trim()}, which the pack does not read`);
            continue;
        }
        if (/^@SET\s/i.test(line)) continue;
        const kv = /^(\S+)\s+(.*)$/.exec(line);
        if (!kv) continue;
        const key = kv[1].toLowerCase();
        keys.set(key, kv[2].trim());
        if (key === "plugins_file") reading.unreadable.push(`plugins_file ${kv[2].trim()} loads plugin libraries`);
    }
    close();
}

/** Round 78: a fluentd section (`<source>`, `<match>`, `<store>` ...): its name and its own parameters (`@` dropped). */
interface FluentdSection {
    name: string;
    keys: Map<string, string>;
}

/**
 * Round 78: the sections of a fluentd configuration, classic (docs.fluentd.org "Config File Syntax": `<source>`,
 * `<match PATTERN>`, nested `<store>`/`<buffer>`/`<parse>`; v0.12's `type` is v1's `@type`) or YAML ("Config File
 * Syntax (YAML)": a `config:` list of `- source:`/`- match:` maps, `$type` for `@type`, `store:` lists).
 */
function fluentdSections(text: string, yaml: boolean): FluentdSection[] {
    const out: FluentdSection[] = [];
    const param = (k: string) => k.replace(/^[@$]/, "").toLowerCase();
    if (yaml) {
        const walk = (v: unknown, key: string) => {
            if (Array.isArray(v)) return v.forEach(x => walk(x, key));
            if (typeof v !== "object" || v === null) return;
            const o = obj(v);
            const scalars = Object.entries(o).filter(([, x]) => typeof x !== "object" || x === null);
            if (key !== "") out.push({ name: key, keys: new Map(scalars.map(([k, x]) => [param(k), String(x)])) });
            for (const [k, x] of Object.entries(o)) walk(x, k.toLowerCase());
        };
        for (const doc of yamlDocs(text, "fluentd's configuration")) walk(doc, "");
        return out;
    }
    const open: FluentdSection[] = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === "" || line.startsWith("#")) continue;
        if (/^<\//.test(line)) {
            const closed = open.pop();
            if (closed) out.push(closed);
            continue;
        }
        const header = /^<\s*([A-Za-z_]+)[^>]*>$/.exec(line);
        if (header) {
            open.push({ name: header[1].toLowerCase(), keys: new Map() });
            continue;
        }
        const kv = /^(@?\w+)\s+(.*)$/.exec(line);
        if (kv) open.at(-1)?.keys.set(param(kv[1]), kv[2].trim().replace(/^"(.*)"$|^'(.*)'$/, "$1$2"));
    }
    return [...out, ...open];
}

/**
 * Round 78: fluentd inputs that take records from the network (docs.fluentd.org "Input Plugins": in_forward 24224,
 * in_http 9880 (its tag is the request's path), in_tcp 5170, in_udp, in_syslog 5140, each `bind` "The bind address to
 * listen to", default 0.0.0.0; in_unix reads a local socket); third-party inputs with a bind or port key (gelf,
 * secure_forward, netflow, sflow: bind 0.0.0.0) alike. debug_agent serves code, not records (fluentdCodeServers).
 */
const FLUENTD_NETWORK = /^(forward|http|tcp|udp|syslog|secure_forward|gelf|netflow|sflow)$/;

/**
 * Round 78: fluentd's debug_agent input (lib/fluent/plugin/in_debug_agent.rb: `config_param :bind, :string, default:
 * '0.0.0.0'`, `:port` 24230, `:unix_path` (then `drbunix:`), `:object` 'Fluent::Engine', served by dRuby,
 * `DRb::DRbServer.new(uri, obj)`): dRuby lets a client call any method of the object it serves (Ruby docs "DRb":
 * remote method invocation; `instance_eval` among them), so whoever connects runs Ruby in fluentd, as its user (root).
 * Each one's addresses, its unix socket when it names one. The other agents' listeners take records or metrics only
 * (their network inputs: AgentReading networkInputs); collectd's unixsock plugin is a local socket whose commands
 * (collectd-unixsock(5): GETVAL, PUTVAL, LISTVAL, FLUSH ...) read and submit values.
 */
export function fluentdCodeServers(path: string, text: string): { binds: string[]; how: string }[] {
    return fluentdSections(text, /\.ya?ml$/i.test(path))
        .filter(s => s.name === "source" && s.keys.get("type") === "debug_agent")
        .map(({ keys }) => {
            const unix = keys.get("unix_path");
            const bind = keys.get("bind") ?? "0.0.0.0";
            const at = unix ?? `${bind.includes(":") ? `[${bind}]` : bind}:${keys.get("port") ?? "24230"}`;
            return { binds: [at], how: "fluentd's debug_agent input (dRuby)" };
        });
}

/**
 * Round 78: fluentd's network inputs and file outputs (out_file: "The actual path is path + time + .log"). Round 80:
 * its exec outputs (docs.fluentd.org out_exec: "The program receives the path to a file containing the incoming events
 * as its last argument"; out_exec_filter "passes the incoming event to the program input"), run through /bin/sh.
 */
function fluentdPlugins(path: string, text: string, reading: AgentReading) {
    for (const { name, keys } of fluentdSections(text, /\.ya?ml$/i.test(path))) {
        const type = keys.get("type") ?? "";
        if (name === "source" && type !== "debug_agent" && type !== "unix") {
            const binds = [keys.get("unix_path") ?? keys.get("bind")];
            if ((FLUENTD_NETWORK.test(type) || keys.has("bind") || keys.has("port")) && offLoopback(binds))
                reading.networkInputs.push(`its ${type} input on ${binds[0] ?? "0.0.0.0 (its default)"}`);
        }
        if (/^(match|store)$/.test(name) && /^exec(_filter)?$/.test(type) && keys.has("command"))
            reading.execOutputs.push({
                line: keys.get("command")!,
                shell: true,
                how: `its ${type} output's command ${keys.get("command")!} (the records ${type === "exec" ? "in the file named by its last argument" : "on its stdin"})`,
            });
        if (/^(match|store)$/.test(name) && type === "file" && keys.has("path"))
            reading.fileOutputs.push({
                path: keys.get("path")!,
                added: "suffix",
                how: `its file output ${keys.get("path")!}`,
            });
    }
}

/**
 * Fluentd/td-agent (docs.fluentd.org): in_exec, out_exec and out_exec_filter run `command`; `#{...}` in a double-quoted
 * value is Ruby evaluated when the configuration loads ("Embedded Ruby code"), as is record_transformer's
 * `enable_ruby` `${...}`; files under plugin/ are Ruby plugins it loads; `@include` reads other files (or URLs).
 */
function fluentd(agent: LogAgent, path: string, text: string, reading: AgentReading) {
    if (/\/plugin\//.test(path)) return void reading.unreadable.push("a plugin file is Ruby code fluentd loads");
    fluentdPlugins(path, text, reading);
    const dir = posix.dirname(path);
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === "" || line.startsWith("#") || line.startsWith("<")) continue;
        if (/#\{/.test(line)) reading.unreadable.push(`embedded Ruby code (${line})`);
        const include = /^@?include\s+(.+)$/.exec(line);
        if (include) {
            if (!includedInside(agent, dir, include[1].trim().replace(/^["']|["']$/g, "")))
                reading.unreadable.push(`it includes ${include[1].trim()}, which the pack does not read`);
            continue;
        }
        const kv = /^(@?\w+)\s*(.*)$/.exec(line);
        if (!kv) continue;
        if (kv[1] === "enable_ruby" && !/^(false|no)$/.test(kv[2].trim()))
            reading.unreadable.push("enable_ruby evaluates Ruby expressions");
        if (kv[1] === "command")
            reading.commands.push({
                line: kv[2].trim().replace(/^"(.*)"$|^'(.*)'$/, "$1$2"),
                shell: true,
                how: `an exec plugin's command ${kv[2].trim()}`,
            });
    }
}

/**
 * Round 78: Telegraf inputs that take metrics from the network (influxdata/telegraf plugins/inputs READMEs:
 * http_listener_v2 `service_address = ":8080"`, influxdb_listener/http_listener ":8186", influxdb_v2_listener ":8086",
 * socket_listener `service_address` "tcp://:8094" (unix:// a local socket), statsd ":8125", webhooks ":1619",
 * opentelemetry "0.0.0.0:4317", cloud_pubsub_push, firehose, syslog `server = "tcp://:6514"`; the *_consumer inputs take
 * what anyone publishing to their broker sends), and outputs.file (`files = ["stdout", "/tmp/metrics.out"]`: "Files
 * to write to, "stdout" is a specially handled file").
 */
const TELEGRAF_NETWORK =
    /^(http_listener_v2|http_listener|influxdb_listener|influxdb_v2_listener|socket_listener|statsd|webhooks|opentelemetry|cloud_pubsub_push|firehose|syslog|tcp_listener|udp_listener|.*_consumer)$/;

function telegrafPlugins(config: Record<string, any>, reading: AgentReading) {
    const tables = (kind: string) =>
        Object.entries(obj(config[kind])).flatMap(([plugin, t]) =>
            (Array.isArray(t) ? t : [t]).map(x => [plugin, obj(x)] as const),
        );
    for (const [plugin, table] of tables("inputs")) {
        if (!TELEGRAF_NETWORK.test(plugin)) continue;
        const at = [table.service_address ?? table.server].flat().map(a => (typeof a === "string" ? a : undefined));
        if (/_consumer$/.test(plugin) || offLoopback(at))
            reading.networkInputs.push(`its inputs.${plugin} on ${at.join(", ") || "its default address"}`);
    }
    for (const [plugin, table] of tables("outputs"))
        if (plugin === "file")
            for (const f of [table.files ?? ["stdout"]].flat())
                if (f !== "stdout" && f !== "stderr")
                    reading.fileOutputs.push({ path: String(f), how: `its outputs.file ${String(f)}` });
}

/**
 * Telegraf (influxdata/telegraf plugins/inputs/exec: "This plugin executes the given commands on every interval";
 * inputs.execd, outputs.exec, outputs.execd and processors.execd run `command`, an argument vector): each command as
 * the agent's command line. Round 80: the outputs and processors are fed the metrics (outputs/exec README: "This plugin
 * sends telegraf metrics to an external application over stdin"; processors/execd: "pipes metrics in to the process's
 * STDIN"): AgentReading execOutputs.
 */
function telegraf(path: string, text: string, reading: AgentReading) {
    const config = obj(parseToml(text));
    telegrafPlugins(config, reading);
    for (const kind of ["inputs", "outputs", "processors", "aggregators"]) {
        for (const [plugin, tables] of Object.entries(obj(config[kind]))) {
            if (!/^exec/.test(plugin)) continue;
            for (const t of Array.isArray(tables) ? tables : [tables]) {
                const table = obj(t);
                const values = [table.commands, table.command].flatMap(c =>
                    c === undefined ? [] : plugin === "exec" && kind === "inputs" ? [c].flat() : [c],
                );
                for (const value of values) {
                    const line =
                        typeof value === "string"
                            ? value
                            : Array.isArray(value) && value.every(w => typeof w === "string")
                              ? value.map(quoted).join(" ")
                              : undefined;
                    if (line === undefined) reading.unreadable.push(`${kind}.${plugin} command ${String(value)}`);
                    else {
                        const command = { line, shell: false, how: `${kind}.${plugin} runs ${line}` };
                        reading.commands.push(command);
                        if (kind !== "inputs")
                            reading.execOutputs.push({ ...command, how: `${command.how} (the metrics on its stdin)` });
                    }
                }
            }
        }
    }
}

/**
 * collectd (collectd-exec(5): `Exec "user[:group]" "executable" "arg"...` and NotificationExec fork the executable as
 * that user); the python, perl, java and lua plugins run code in collectd itself; `Include` reads other files.
 */
function collectd(agent: LogAgent, path: string, text: string, reading: AgentReading) {
    const dir = posix.dirname(path);
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === "" || line.startsWith("#")) continue;
        const words = (line.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? []).map(w => w.replace(/^"(.*)"$/, "$1"));
        const [key, ...args] = words;
        const plugin = /^<?(LoadPlugin|Plugin)$/i.test(key ?? "") ? (args[0] ?? "").replace(/>$/, "") : undefined;
        if (plugin !== undefined && /^"?(python|perl|java|lua)"?$/i.test(plugin))
            reading.unreadable.push(`the ${plugin} plugin runs code the pack does not read`);
        if (/^Include$/i.test(key ?? "") && args[0] !== undefined && !includedInside(agent, dir, args[0]))
            reading.unreadable.push(`it includes ${args[0]}, which the pack does not read`);
        if (/^(Exec|NotificationExec)$/i.test(key ?? "") && args.length >= 2) {
            const command = args.slice(1).map(quoted).join(" ");
            reading.commands.push({ line: command, shell: false, user: args[0].split(":")[0], how: line });
        }
    }
}

/**
 * Round 78: Vector sources that take events from the network (vector.dev "Sources": http_server (formerly http),
 * socket (mode tcp/udp; unix_* a local socket at `path`), syslog alike, splunk_hec "0.0.0.0:8088" by default, vector,
 * fluent, logstash, statsd, datadog_agent, heroku_logs, opentelemetry (grpc/http.address), prometheus_remote_write,
 * prometheus_pushgateway, aws_kinesis_firehose: each on `address`), and the file sink (`path`, a template: "{{ field }}"
 * fills an event's field, read here as a part the events choose).
 */
const VECTOR_NETWORK =
    /^(http_server|http|socket|syslog|splunk_hec|vector|fluent|logstash|statsd|datadog_agent|heroku_logs|opentelemetry|prometheus_remote_write|prometheus_pushgateway|aws_kinesis_firehose)$/;

function vectorPlugins(doc: Record<string, any>, reading: AgentReading) {
    for (const [id, c] of Object.entries(obj(doc.sources))) {
        const source = obj(c);
        if (!VECTOR_NETWORK.test(String(source.type))) continue;
        if (/^unix/.test(String(source.mode ?? ""))) continue;
        const at = [source.address, obj(source.grpc).address, obj(source.http).address].filter(a => a !== undefined);
        if (offLoopback(at.length === 0 ? [undefined] : at.map(a => (typeof a === "string" ? a : undefined))))
            reading.networkInputs.push(
                `its ${String(source.type)} source ${id} on ${at.join(", ") || "its default address"}`,
            );
    }
    for (const [id, c] of Object.entries(obj(doc.sinks))) {
        const sink = obj(c);
        if (sink.type !== "file") continue;
        const path = typeof sink.path === "string" ? sink.path.replace(/\{\{[^}]*\}\}/g, "${event}") : "${path}";
        reading.fileOutputs.push({ path, how: `its file sink ${id} (${String(sink.path)})` });
    }
}

/** Vector (vector.dev "Exec source": `command`, an argument vector; the lua transform runs Lua). */
function vector(path: string, text: string, reading: AgentReading) {
    const docs = /\.toml$/i.test(path)
        ? [parseToml(text)]
        : /\.json$/i.test(path)
          ? [JSON.parse(text)]
          : yamlDocs(text, path);
    for (const doc of docs) {
        vectorPlugins(obj(doc), reading);
        for (const kind of ["sources", "transforms", "sinks"])
            for (const [id, c] of Object.entries(obj(obj(doc)[kind]))) {
                const component = obj(c);
                if (component.type === "lua") reading.unreadable.push(`the lua transform ${id} runs Lua code`);
                if (component.type !== "exec") continue;
                const command = component.command;
                if (Array.isArray(command) && command.every(w => typeof w === "string"))
                    reading.commands.push({
                        line: command.map(quoted).join(" "),
                        shell: false,
                        how: `the exec source ${id}`,
                    });
                else reading.unreadable.push(`the exec source ${id}'s command`);
            }
    }
}

/** Round 80: a record-chosen part of an output path (rsyslog's `%property%`, syslog-ng's `$MACRO`), as Vector's. */
const EVENT_PART = "${event}";

/** Round 80: the `name="value"` (or unquoted) parameters of an rsyslog RainerScript object, names lowercased. */
function rainerParameters(body: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const m of body.matchAll(/([A-Za-z][\w.]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s)"']+))/g))
        out.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? "");
    return out;
}

/**
 * Round 81: an output that hands the agent's records to a program (rsyslog omprog: "Executes the configured program and
 * feeds log messages to that binary via stdin"; the legacy `^program` action; syslog-ng program(): "starts an external
 * application and sends the log messages to its standard input"; Logstash pipe and exec): a command the agent runs
 * (judged as its user's command line) and an exec output (judged for what it does with the records, as fluentd's).
 */
function programOutput(reading: AgentReading, line: string, shell: boolean, how: string) {
    const command = { line, shell, how };
    reading.commands.push(command);
    // Round 82: records on its stdin are code unless the program is known to keep them as data (rootReads.ts
    // agentFedDataOnly, the allowlist every agent's exec outputs get): a launcher, a program that runs or installs its
    // stdin (at(1), crontab(1) `-`, `systemd-run --pipe`), a handler script user data writes, all may run them. An
    // image's own omprog program in the directory the omprog docs name for them ("Arbitrary external programs should
    // be placed under the /usr/libexec/rsyslog directory") handles them as its input, as any root daemon does (round
    // 78 S17); its command line is judged above.
    if (!shell && /^\/usr\/libexec\/rsyslog\/[^/\s]+$/.test(line.trim().split(/\s+/)[0] ?? "")) return;
    reading.execOutputs.push({ ...command, how: `${how} (the records on its stdin)` });
}

/**
 * Round 81: rsyslog's network inputs (rsyslog docs: imtcp, imptcp, imudp, imrelp, imgssapi `input(type=... port=...
 * address=...)`, "address: local address that the listener binds to", every address by default; the legacy
 * `$UDPServerRun` (bound to `$UDPServerAddress`, default every address), `$InputTCPServerRun`, `$InputPTCPServerRun`,
 * `$InputRELPServerRun`, `$InputGSSServerRun` on every address).
 */
function rsyslogNetworkInputs(body: string, lines: readonly string[], reading: AgentReading) {
    for (const m of body.matchAll(/\binput\s*\(([^()]*)\)/gi)) {
        const p = rainerParameters(m[1]);
        const type = (p.get("type") ?? "").toLowerCase();
        if (!/^im(tcp|ptcp|udp|relp|gssapi|http)$/.test(type)) continue;
        const address = p.get("address");
        if (offLoopback([address])) reading.networkInputs.push(`its ${type} input on ${address ?? "every address"}`);
    }
    const udpAddress = lines.map(l => /^\$UDPServerAddress\s+(\S+)/i.exec(l)?.[1]).find(a => a !== undefined);
    for (const l of lines) {
        const run =
            /^\$(UDPServerRun|InputTCPServerRun|InputPTCPServerRun|InputRELPServerRun|InputGSSServerRun)\s+(\S+)/i.exec(
                l,
            );
        if (!run) continue;
        const address = /^UDP/i.test(run[1]) && udpAddress !== "*" ? udpAddress : undefined;
        if (offLoopback([address]))
            reading.networkInputs.push(`its $${run[1]} ${run[2]} on ${address ?? "every address"}`);
    }
}

/**
 * Round 82: rsyslog actions that run no program and write no file but omfile's (rsyslog docs, output modules: omfwd and
 * omrelp forward, omusrmsg writes to logged-in users, omjournal to the journal, omstdout, omelasticsearch, omhttp and
 * omkafka send over the network; message modification modules mmjsonparse, mmutf8fix, mmanon, mmfields and
 * mmrm1stspace change the message only). Any other is unread (fail closed).
 */
const RSYSLOG_KNOWN_ACTIONS =
    /^(omfile|omfwd|omrelp|omusrmsg|omjournal|omstdout|omelasticsearch|omhttp|omkafka|mmjsonparse|mmutf8fix|mmanon|mmfields|mmrm1stspace)$/;

/**
 * Round 80: rsyslog (rsyslog docs, "omfile: File Output Module": `file` "the file to which the messages are written",
 * `dynaFile` "a template name ... the file name is generated from the template" for each message; "Basic Structure":
 * a legacy selector line `facility.priority  /path` (`-/path`: no sync), a property filter `:msg, contains, "x"
 * /path`, `& /path` and `if ... then /path` alike, `?Template` a dynaFile; `$template name,"..."` and
 * template(name= string=)). Each file action is a file output; a path built from a template's `%properties%` holds
 * parts the messages choose, one whose template the pack does not see may be any path. Includes (rsyslog docs,
 * "$IncludeConfig": "the contents of the new file is processed"; include(file=)) outside rsyslog's own configuration,
 * and backtick strings (rsyslog docs "String Constants": "`echo` and `cat` ... executed"), are read nowhere: refused.
 */
function rsyslog(agent: LogAgent, path: string, text: string, reading: AgentReading) {
    const dir = posix.dirname(path);
    const body = text.replace(/\/\*[\s\S]*?\*\//g, "");
    const lines = body
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(l => l !== "" && !l.startsWith("#"));
    const templates = new Map<string, string>();
    for (const m of body.matchAll(/\btemplate\s*\(([^()]*)\)/gi)) {
        const p = rainerParameters(m[1]);
        if (p.has("name") && p.has("string")) templates.set(p.get("name")!, p.get("string")!);
    }
    for (const l of lines) {
        const legacy = /^\$template\s+([\w-]+)\s*,\s*"((?:[^"\\]|\\.)*)"/i.exec(l);
        if (legacy) templates.set(legacy[1], legacy[2]);
    }
    const dynamic = (template: string, how: string) => {
        const t = templates.get(template);
        const at = t === undefined ? EVENT_PART : t.replace(/%[^%]*%/g, EVENT_PART);
        reading.fileOutputs.push({
            path: at,
            how: `${how} (dynaFile ${template}: ${t ?? "a template the pack does not see"})`,
        });
    };
    const include = (included: string) => {
        if (!includedInside(agent, dir, included))
            reading.unreadable.push(`it includes ${included}, which the pack does not read`);
    };
    if (body.includes("`")) reading.unreadable.push("a backtick string, which rsyslog evaluates");
    for (const m of body.matchAll(/\b(action|include)\s*\(([^()]*)\)/gi)) {
        const p = rainerParameters(m[2]);
        if (m[1].toLowerCase() === "include") {
            if (p.has("file")) include(p.get("file")!);
            if (p.has("text")) reading.unreadable.push("include(text=), configuration the pack does not read");
            continue;
        }
        const type = (p.get("type") ?? "").toLowerCase();
        // Round 82: every action with a program (omprog; mmexternal: "interface.input ... passed to the external
        // program's standard input", default msg) hands it the records; an action the pack does not know is unread.
        if (p.has("binary")) {
            programOutput(reading, p.get("binary")!, false, `its ${type} action binary=${p.get("binary")!}`);
            continue;
        }
        if (!RSYSLOG_KNOWN_ACTIONS.test(type)) {
            reading.unreadable.push(`its action type="${type}", which the pack does not read`);
            continue;
        }
        if (type !== "omfile") continue;
        if (p.has("file"))
            reading.fileOutputs.push({ path: p.get("file")!, how: `its omfile action ${p.get("file")!}` });
        if (p.has("dynafile")) dynamic(p.get("dynafile")!, "its omfile action");
    }
    rsyslogNetworkInputs(body, lines, reading);
    let omprogBinary: string | undefined;
    for (const l of lines) {
        const included = /^\$IncludeConfig\s+(\S+)/i.exec(l);
        if (included) include(included[1]);
        // Round 82: the legacy omprog (omprog docs: "$ActionOMProgBinary ... maps to binary", the action `:omprog:`)
        // and any other legacy `:module:` action (rsyslog docs, "Actions": "the module name enclosed in colons").
        omprogBinary = /^\$ActionOMProgBinary\s+(.+)$/i.exec(l)?.[1] ?? omprogBinary;
        const legacyModule = /(?:^|\s)[&]?\s*:(\w+):/.exec(l)?.[1]?.toLowerCase();
        if (legacyModule !== undefined && !l.startsWith("$")) {
            if (legacyModule === "omprog")
                if (omprogBinary !== undefined)
                    programOutput(
                        reading,
                        omprogBinary,
                        false,
                        `its legacy :omprog: action ($ActionOMProgBinary ${omprogBinary})`,
                    );
                else
                    reading.unreadable.push("a legacy :omprog: action whose $ActionOMProgBinary the pack does not see");
            else if (!RSYSLOG_KNOWN_ACTIONS.test(legacyModule))
                reading.unreadable.push(`its legacy :${legacyModule}: action, which the pack does not read`);
            continue;
        }
        // Round 81: the legacy "execute program (^)" action (rsyslog docs, "Actions": `^/path/program;template`).
        const executed = /(?:^|\s)\^([^\s;]+)/.exec(l);
        if (executed && !l.startsWith("$")) {
            programOutput(reading, executed[1], false, `its execute-program action ^${executed[1]}`);
            continue;
        }
        if (l.startsWith("$") || /^\w+\s*\(/.test(l)) continue;
        const action = /(?:^|\s)-?(\/[^\s;"'()]+|\?[\w-]+)(?:;[\w-]+)?\s*$/.exec(l);
        if (!action) continue;
        if (action[1].startsWith("?")) dynamic(action[1].slice(1), `its file action ${l}`);
        else reading.fileOutputs.push({ path: action[1], how: `its file action ${l}` });
    }
}

/**
 * Round 80: syslog-ng (syslog-ng OSE Administration Guide, "file: Storing messages in plain-text files": `destination
 * d_file { file("/var/log/${HOST}/messages"); };`, a path that "can include macros"; "Including configuration files":
 * `@include "filename"`, searched in the include-path). Each file() of a destination, named or inline in a log
 * statement, is a file output (a macro: a part the messages choose); an included file outside syslog-ng's own
 * configuration is read nowhere: refused.
 */
function syslogNg(agent: LogAgent, path: string, text: string, reading: AgentReading) {
    const dir = posix.dirname(path);
    const body = text
        .split(/\r?\n/)
        .filter(l => !l.trim().startsWith("#"))
        .join("\n");
    for (const m of body.matchAll(/^\s*@include\s+(?:"([^"]*)"|'([^']*)'|(\S+))/gm)) {
        const included = m[1] ?? m[2] ?? m[3];
        if (!includedInside(agent, dir, included))
            reading.unreadable.push(`it includes ${included}, which the pack does not read`);
    }
    // Round 82: syslog-ng's language bindings (syslog-ng OSE docs, "python: writing server-side Python destinations":
    // a `python { ... }` block holds the code, python() destinations, sources, parsers and python_fetcher() run it in
    // the daemon; java() and the older perl() alike) are code the pack does not read, as Fluent Bit's FLUENT_BIT_CODE.
    for (const m of body.matchAll(/(?:^|[^\w-])(python|python_fetcher|java|perl|lua)\s*[({]/g))
        reading.unreadable.push(
            `its ${m[1]} code (${m[1]}${m[0].trim().endsWith("{") ? " { }" : "()"}), which the pack does not read`,
        );
    syslogNgNetworkInputs(body, reading);
    for (const m of body.matchAll(/\bdestination\s*(?:[\w-]+\s*)?\{/g)) {
        let depth = 1;
        let end = m.index + m[0].length;
        while (end < body.length && depth > 0) {
            const c = body[end++];
            if (c === "{") depth++;
            else if (c === "}") depth--;
        }
        const block = body.slice(m.index + m[0].length, end);
        // Round 81: program() runs its command (through /bin/sh, as the daemon's user) fed every message.
        for (const f of block.matchAll(/\bprogram\s*\(\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s)"']+))/g))
            programOutput(reading, f[1] ?? f[2] ?? f[3], true, `its destination program(${f[1] ?? f[2] ?? f[3]})`);
        for (const f of block.matchAll(/\b(?:file|pipe)\s*\(\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s)"']+))/g)) {
            const given = f[1] ?? f[2] ?? f[3];
            reading.fileOutputs.push({
                path: given.replace(/\$\{[^}]*\}|\$[A-Za-z_]\w*/g, EVENT_PART),
                how: `its destination file(${given})`,
            });
        }
    }
}

/**
 * Round 81: syslog-ng's network sources (syslog-ng OSE Administration Guide, "network() source driver": ip() "The IP
 * address to bind to ... Default value: 0.0.0.0"; the older tcp(), udp(), tcp6(), udp6() and syslog() drivers alike).
 */
function syslogNgNetworkInputs(body: string, reading: AgentReading) {
    for (const m of body.matchAll(/\bsource\s*(?:[\w-]+\s*)?\{([^{}]*)\}/g))
        for (const d of m[1].matchAll(/\b(network|tcp6?|udp6?|syslog)\s*\(((?:[^()]|\([^()]*\))*)\)/g)) {
            const ip = /\b(?:ip|localip)\s*\(\s*"?([^")\s]+)"?\s*\)/.exec(d[2])?.[1];
            if (offLoopback([ip]))
                reading.networkInputs.push(`its ${d[1]}() source on ${ip ?? "0.0.0.0 (its default)"}`);
        }
}

/** Round 81: one plugin block of a Logstash pipeline: its section (input, filter, output), name and settings. */
interface LogstashPlugin {
    section: string;
    name: string;
    settings: Map<string, string>;
}

/**
 * Round 81: the plugins of a Logstash pipeline configuration (elastic.co "Structure of a pipeline": `input { tcp {
 * port => 5000 } } output { ... }`, `#` comments, conditionals `if EXPR { } else { }`), each setting's value as
 * written (a string unquoted; an array or hash as its text).
 */
function logstashPlugins(text: string): LogstashPlugin[] {
    const tokens =
        text
            .replace(/(^|\n)\s*#[^\n]*/g, "$1")
            .match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|=>|[{}[\],]|[^\s{}[\],"'=]+|=/g) ?? [];
    const out: LogstashPlugin[] = [];
    const stack: { name: string; plugin?: LogstashPlugin }[] = [];
    const unquote = (t: string) => t.replace(/^"([\s\S]*)"$|^'([\s\S]*)'$/, "$1$2");
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t === "{") {
            const before = tokens[i - 1] ?? "";
            const named = /^[A-Za-z_][\w-]*$/.test(before) && tokens[i - 2] !== "=>";
            const section = [...stack].reverse().find(b => /^(input|filter|output)$/.test(b.name))?.name;
            const plugin =
                named && section !== undefined && !/^(if|else)$/.test(before) && stack.at(-1)?.plugin === undefined
                    ? { section, name: before, settings: new Map<string, string>() }
                    : undefined;
            if (plugin) out.push(plugin);
            stack.push({ name: named ? before : "", plugin });
        } else if (t === "}") stack.pop();
        else if (tokens[i + 1] === "=>" && stack.at(-1)?.plugin !== undefined) {
            let value = tokens[i + 2] ?? "";
            let j = i + 2;
            if (value === "[" || value === "{") {
                const close = value === "[" ? "]" : "}";
                const parts: string[] = [];
                while (j + 1 < tokens.length && tokens[j + 1] !== close) parts.push(unquote(tokens[++j]));
                value = parts.join(" ");
                j++;
            }
            stack.at(-1)!.plugin!.settings.set(t.toLowerCase(), unquote(value));
            i = j;
        }
    }
    return out;
}

/**
 * Round 81: Logstash inputs that take events from the network (elastic.co input plugins: tcp, udp, http ("host ...
 * default 0.0.0.0", port 8080), beats, syslog, gelf, relp, lumberjack, graphite, websocket, snmptrap: each `host`,
 * 0.0.0.0 by default); an input of another name with a host and port alike. The unix input is a local socket.
 */
const LOGSTASH_NETWORK = /^(tcp|udp|http|beats|syslog|gelf|relp|lumberjack|graphite|websocket|snmptrap|tcp_listener)$/;

/**
 * Round 81: Logstash (elastic.co output plugins: exec "will run a command for each event received. Ruby's system()
 * function will be used, i.e. the command string will be passed to a shell", `%{name}` field placeholders filled from
 * the event; pipe "Pipe events to stdin of another program"; file `path` with `%{field}` parts; input plugins exec and
 * pipe run their `command`). A command with a placeholder or fed the events is an exec output; the ruby filter's code,
 * a pipeline's `path.config` outside /etc/logstash and anything that does not parse are refused (fail closed).
 */
function logstash(agent: LogAgent, path: string, text: string, reading: AgentReading) {
    if (/\.ya?ml$/i.test(path)) {
        const walk = (v: unknown, key: string) => {
            if (Array.isArray(v)) return v.forEach(x => walk(x, key));
            if (typeof v === "object" && v !== null)
                return Object.entries(obj(v)).forEach(([k, x]) => walk(x, key === "" ? k : `${key}.${k}`));
            if (/(^|\.)path\.config$/.test(key) && !includedInside(agent, "/etc/logstash", String(v)))
                reading.unreadable.push(`path.config ${String(v)}, a pipeline the pack does not read`);
            if (/(^|\.)config\.string$/.test(key)) logstashPipeline(String(v), reading);
        };
        for (const doc of yamlDocs(text, path)) walk(doc, "");
        return;
    }
    logstashPipeline(text, reading);
}

function logstashPipeline(text: string, reading: AgentReading) {
    for (const { section, name, settings } of logstashPlugins(text)) {
        const command = settings.get("command");
        if (section === "filter" && name === "ruby") reading.unreadable.push("the ruby filter runs Ruby code");
        if (section === "input") {
            const host = settings.get("host");
            const listens = LOGSTASH_NETWORK.test(name) || (settings.has("port") && name !== "unix");
            if (listens && offLoopback([host]))
                reading.networkInputs.push(`its ${name} input on ${host ?? "0.0.0.0 (its default)"}`);
            if (/^(exec|pipe)$/.test(name) && command !== undefined)
                reading.commands.push({ line: command, shell: true, how: `its ${name} input's command ${command}` });
        }
        if (section !== "output") continue;
        if (name === "pipe" && command !== undefined)
            programOutput(reading, command, true, `its pipe output's command ${command}`);
        else if (name === "exec" && command !== undefined) {
            // A placeholder puts the event's text into the shell's command line itself: read as a part the events
            // choose (EVENT_PART), which no data-only program keeps as data.
            if (/%\{/.test(command))
                programOutput(
                    reading,
                    command.replace(/%\{[^}]*\}/g, EVENT_PART),
                    true,
                    `its exec output's command ${command}`,
                );
            else reading.commands.push({ line: command, shell: true, how: `its exec output's command ${command}` });
        } else if (/^(exec|pipe)$/.test(name)) reading.unreadable.push(`its ${name} output without a command it reads`);
        if (name === "file" && settings.has("path"))
            reading.fileOutputs.push({
                path: settings.get("path")!.replace(/%\{[^}]*\}/g, EVENT_PART),
                how: `its file output ${settings.get("path")!}`,
            });
    }
}
