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

export interface AgentReading {
    commands: AgentCommand[];
    unreadable: string[];
}

/**
 * The agents and their configuration directories, read by RootReads, and refused when written with content the pack
 * cannot read (addresses.ts READ_BEFORE_WRITE):
 * - Fluent Bit (packages' fluent-bit.service: `fluent-bit -c /etc/fluent-bit/fluent-bit.conf`, no User=: root; the
 *   old td-agent-bit's /etc/td-agent-bit);
 * - Fluentd (td-agent's /etc/td-agent, fluent-package's /etc/fluent; judged as root: fail closed);
 * - Telegraf (the package's telegraf.service runs `telegraf -config /etc/telegraf/telegraf.conf -config-directory
 *   /etc/telegraf/telegraf.d` as User=telegraf);
 * - collectd (/etc/collectd.conf and /etc/collectd.d on Amazon Linux/RHEL, /etc/collectd/ on Debian; root);
 * - Vector (/etc/vector; judged as root: fail closed).
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
];

export const logAgentOf = (path: string) => LOG_AGENTS.find(a => a.config.test(path));

const quoted = (t: string) => `'${t.replace(/'/g, `'\\''`)}'`;

/** Whether an included path (relative to `dir`) stays inside the agent's own configuration, which the pack reads. */
function includedInside(agent: LogAgent, dir: string, included: string): boolean {
    if (/^[a-z]+:\/\//i.test(included)) return false;
    const path = posix.resolve(dir, included);
    return agent.config.test(path) && !path.split("/").includes("..");
}

/** The configuration of `agent` in `path`: the commands it runs and what it runs that the pack cannot read. */
export function readLogAgentConfig(agent: LogAgent, path: string, text: string): AgentReading {
    const reading: AgentReading = { commands: [], unreadable: [] };
    try {
        if (agent.name === "fluent-bit") fluentBit(agent, path, text, reading);
        else if (agent.name === "fluentd") fluentd(agent, path, text, reading);
        else if (agent.name === "telegraf") telegraf(path, text, reading);
        else if (agent.name === "collectd") collectd(agent, path, text, reading);
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

/**
 * Fluentd/td-agent (docs.fluentd.org): in_exec, out_exec and out_exec_filter run `command`; `#{...}` in a double-quoted
 * value is Ruby evaluated when the configuration loads ("Embedded Ruby code"), as is record_transformer's
 * `enable_ruby` `${...}`; files under plugin/ are Ruby plugins it loads; `@include` reads other files (or URLs).
 */
function fluentd(agent: LogAgent, path: string, text: string, reading: AgentReading) {
    if (/\/plugin\//.test(path)) return void reading.unreadable.push("a plugin file is Ruby code fluentd loads");
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
 * Telegraf (influxdata/telegraf plugins/inputs/exec: "This plugin executes the given commands on every interval";
 * inputs.execd, outputs.exec, outputs.execd and processors.execd run `command`, an argument vector): each command as
 * the agent's command line.
 */
function telegraf(path: string, text: string, reading: AgentReading) {
    const config = obj(parseToml(text));
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
                    else reading.commands.push({ line, shell: false, how: `${kind}.${plugin} runs ${line}` });
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

/** Vector (vector.dev "Exec source": `command`, an argument vector; the lua transform runs Lua). */
function vector(path: string, text: string, reading: AgentReading) {
    const docs = /\.toml$/i.test(path)
        ? [parseToml(text)]
        : /\.json$/i.test(path)
          ? [JSON.parse(text)]
          : yamlDocs(text, path);
    for (const doc of docs) {
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
