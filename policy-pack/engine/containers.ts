/**
 * Containers that node user data starts with a container engine's command line (docker, podman, nerdctl, ctr), read as
 * the engine parses its options and turned into the pod spec they amount to, which `podSpec.ts` judges as it judges
 * the stack's pods. Every option is on an allowlist: one the pack does not know leaves the container unreadable, so
 * it is not pod-like.
 */
import { posix } from "path";

export interface ContainerBind {
    source: string;
    target: string;
    readOnly: boolean;
}

/** Named volumes by name: the node path a local-driver volume mounts (a bind's device, or `/` for a disk). */
export type NamedVolumes = ReadonlyMap<string, string>;

export interface ContainerCommand {
    binds: ContainerBind[];
    /** The pod spec the command amounts to, when every option is known. */
    pod?: Record<string, any>;
    /** Why no pod spec: the first option the pack does not know to stay confined. */
    unreadable?: string;
    /** Node paths the command's options hand to the container besides its binds (`--env-file`, unread options). */
    nodePaths: string[];
    /** The words that are not bind specifications (options, the image and the container's command). */
    otherWords: string[];
}

/**
 * An option of a container-making command: whether it takes a value, and what it sets in the pod spec. `pod` returns
 * false when the value leaves the container outside a pod's confinement (an escalation the pod spec cannot say).
 */
interface OptionSpec {
    value: boolean;
    /** Node paths its value names, handed to the container (an environment file the engine reads into it). */
    nodePath?: true;
    pod?: (pod: PodDraft, value: string) => boolean | void;
}

interface PodDraft {
    spec: Record<string, any>;
    container: Record<string, any>;
    sc: Record<string, any>;
    mounts: { source?: string; target: string; readOnly: boolean }[];
}

const plain: OptionSpec = { value: true };
const flag: OptionSpec = { value: false };
const escalates: OptionSpec = { value: true, pod: () => false };
/** A boolean option that escalates unless written `=false` (docker CLI reference, "Option types": `-d=false`). */
const escalatingFlag: OptionSpec = { value: false, pod: (_, v) => /^(false|0)$/i.test(v) };
const list = (draft: PodDraft, key: string, value: string) =>
    (draft.sc.capabilities ??= {})[key]
        ? draft.sc.capabilities[key].push(...split(value))
        : (draft.sc.capabilities[key] = split(value));
const split = (value: string) => value.split(",").filter(x => x !== "");

/** A namespace option: `host` (and another container's or a path's namespace) leaves the pod's confinement. */
const namespace = (field?: string): OptionSpec => ({
    value: true,
    pod: (draft, v) => {
        if (v === "host" && field) draft.spec[field] = true;
        else if (v === "host" || /^(container|ns|pod):/.test(v)) return false;
        return undefined;
    },
});

/**
 * `--security-opt` values (docker run reference, "Security configuration"; podman-run(1) "--security-opt"): only those
 * with a pod-spec equivalent are known. Unmasking (podman `unmask=`) is procMount Unmasked.
 */
function securityOpt(draft: PodDraft, v: string): boolean | void {
    const [key, value = ""] = v.split(/[=:](.*)/s);
    if (/^no-new-privileges$/.test(key) && /^(|true)$/.test(value)) draft.sc.allowPrivilegeEscalation = false;
    else if (key === "seccomp") draft.sc.seccompProfile = { type: value === "unconfined" ? "Unconfined" : "Localhost" };
    else if (key === "apparmor")
        draft.sc.appArmorProfile = { type: value === "unconfined" ? "Unconfined" : "Localhost" };
    else if (key === "label") {
        const [field, setting] = value.split(/:(.*)/s);
        if (field === "disable") draft.sc.seLinuxOptions = { type: "spc_t" };
        else if (/^(type|level|user|role)$/.test(field)) (draft.sc.seLinuxOptions ??= {})[field] = setting;
        else return false;
    } else if (key === "unmask") draft.sc.procMount = "Unmasked";
    else if (key !== "mask") return false;
    return undefined;
}

/** `-p [IP:]HOST:CONTAINER[/PROTO]`: a host port, as a pod's hostPort. */
function publish(draft: PodDraft, v: string): boolean | void {
    const parts = v.replace(/\/\w+$/, "").split(":");
    if (parts.length < 2) return undefined;
    const host = Number(parts.at(-2));
    if (!Number.isInteger(host)) return /^\d*-\d*$/.test(parts.at(-2) ?? "") ? false : undefined;
    (draft.container.ports ??= []).push({ hostPort: host, containerPort: Number(parts.at(-1)) || 1 });
    return undefined;
}

function user(draft: PodDraft, v: string): void {
    const uid = Number(v.split(":")[0]);
    if (Number.isInteger(uid)) draft.sc.runAsUser = uid;
}

/** docker/podman/nerdctl `run` and `create` options (docker run reference; podman-run(1); nerdctl docs/command-reference.md). */
const RUN_OPTIONS: Record<string, OptionSpec> = {
    // Identity, resources, metadata, lifecycle: the container's own business.
    name: plain,
    hostname: plain,
    domainname: plain,
    workdir: plain,
    env: plain,
    label: plain,
    restart: plain,
    memory: plain,
    "memory-reservation": plain,
    "memory-swap": plain,
    "memory-swappiness": plain,
    cpus: plain,
    "cpu-shares": plain,
    "cpu-period": plain,
    "cpu-quota": plain,
    "cpuset-cpus": plain,
    "cpuset-mems": plain,
    "pids-limit": plain,
    "log-driver": plain,
    "log-opt": plain,
    "stop-signal": plain,
    "stop-timeout": plain,
    "health-cmd": plain,
    "health-interval": plain,
    "health-retries": plain,
    "health-start-period": plain,
    "health-timeout": plain,
    "health-start-interval": plain,
    entrypoint: plain,
    platform: plain,
    pull: plain,
    "shm-size": plain,
    dns: plain,
    "dns-option": plain,
    "dns-search": plain,
    "add-host": plain,
    "group-add": plain,
    ulimit: plain,
    tmpfs: plain,
    expose: plain,
    cidfile: plain,
    "oom-score-adj": plain,
    "network-alias": plain,
    ip: plain,
    ip6: plain,
    "mac-address": plain,
    annotation: plain,
    tz: plain,
    umask: plain,
    arch: plain,
    os: plain,
    variant: plain,
    attach: plain,
    "detach-keys": plain,
    "blkio-weight": plain,
    pidfile: plain,
    "conmon-pidfile": plain,
    sysctl: plain,
    secret: plain,
    "stop-signal-timeout": plain,
    "env-file": { value: true, nodePath: true },
    "label-file": { value: true, nodePath: true },
    detach: flag,
    interactive: flag,
    tty: flag,
    rm: flag,
    init: flag,
    "read-only": flag,
    "no-healthcheck": flag,
    "publish-all": flag,
    quiet: flag,
    "sig-proxy": flag,
    "disable-content-trust": flag,
    "oom-kill-disable": flag,
    replace: flag,
    "read-only-tmpfs": flag,
    "no-hosts": flag,
    help: flag,
    // What a pod spec says.
    user: { value: true, pod: user },
    "cap-add": { value: true, pod: (d, v) => void list(d, "add", v) },
    "cap-drop": { value: true, pod: (d, v) => void list(d, "drop", v) },
    "security-opt": { value: true, pod: securityOpt },
    publish: { value: true, pod: publish },
    network: namespace("hostNetwork"),
    net: namespace("hostNetwork"),
    pid: namespace("hostPID"),
    ipc: namespace("hostIPC"),
    uts: namespace(),
    cgroupns: namespace(),
    // Pods share the node's user namespace unless hostUsers is false: `host` is the default (docker run reference).
    userns: { value: true, pod: (_, v) => (/^(container|ns):/.test(v) ? false : undefined) },
    privileged: { value: false, pod: (d, v) => void (/^(false|0)$/i.test(v) || (d.sc.privileged = true)) },
    // Beyond any pod: devices, other containers' volumes, another runtime, OCI hooks, a host directory as the rootfs,
    // a volume plugin, a cgroup of the node's choosing, another pod's namespaces.
    device: escalates,
    "device-cgroup-rule": escalates,
    "device-read-bps": escalates,
    "device-write-bps": escalates,
    "volumes-from": escalates,
    gpus: escalates,
    runtime: escalates,
    "hooks-dir": escalates,
    "volume-driver": escalates,
    "cgroup-parent": escalates,
    pod: escalates,
    rootfs: escalatingFlag,
    "privileged-without-host-devices": escalatingFlag,
};

/** pflag shorthands of RUN_OPTIONS (docker run --help). */
const RUN_SHORTHANDS: Record<string, string> = {
    a: "attach",
    c: "cpu-shares",
    d: "detach",
    e: "env",
    h: "hostname",
    i: "interactive",
    l: "label",
    m: "memory",
    p: "publish",
    P: "publish-all",
    q: "quiet",
    t: "tty",
    u: "user",
    v: "volume",
    w: "workdir",
};

/** ctr's `run` and `container create` options (ctr run --help; urfave/cli: options before the image). */
const CTR_OPTIONS: Record<string, OptionSpec> = {
    env: plain,
    label: plain,
    snapshotter: plain,
    "snapshotter-label": plain,
    cwd: plain,
    uid: { value: true, pod: user },
    gid: plain,
    user: { value: true, pod: user },
    "memory-limit": plain,
    cpus: plain,
    "cpu-shares": plain,
    "cpuset-cpus": plain,
    "cpuset-mems": plain,
    hostname: plain,
    platform: plain,
    annotation: plain,
    "pid-file": plain,
    "fifo-dir": plain,
    "log-uri": plain,
    "rdt-class": plain,
    "apparmor-default-profile": plain,
    "apparmor-profile": plain,
    "seccomp-profile": plain,
    "env-file": { value: true, nodePath: true },
    rm: flag,
    tty: flag,
    detach: flag,
    "null-io": flag,
    "read-only": flag,
    seccomp: flag,
    cni: flag,
    "remap-labels": flag,
    "cap-add": { value: true, pod: (d, v) => void list(d, "add", v) },
    "cap-drop": { value: true, pod: (d, v) => void list(d, "drop", v) },
    "net-host": { value: false, pod: (d, v) => void (/^(false|0)$/i.test(v) || (d.spec.hostNetwork = true)) },
    privileged: { value: false, pod: (d, v) => void (/^(false|0)$/i.test(v) || (d.sc.privileged = true)) },
    "privileged-without-host-devices": escalatingFlag,
    "allow-new-privs": escalatingFlag,
    rootfs: escalatingFlag,
    "no-pivot": escalatingFlag,
    "with-ns": escalates,
    runtime: escalates,
    "runtime-config-path": escalates,
    config: escalates,
    device: escalates,
    gpus: escalates,
    cgroup: escalates,
    sandbox: escalates,
};
const CTR_SHORTHANDS: Record<string, string> = { t: "tty", d: "detach", c: "config", u: "user" };

/** Global options before the subcommand (docker, podman, nerdctl, ctr --help) that take a value. */
const GLOBAL_VALUED =
    /^(-H|--host|-c|--context|--config|-l|--log-level|-n|--namespace|-a|--address|--timeout|--connect-timeout|--snapshotter|--cni-path|--cni-netconfpath|--data-root|--cgroup-manager|--insecure-registry|--hosts-dir|--root|--runroot|--storage-driver|--storage-opt|--events-backend|--connection|--url|--identity|--module|--tmpdir|--runtime|--hooks-dir|--tlscacert|--tlscert|--tlskey)$/;

/**
 * The words of a container engine's command after its global options: the subcommand path and what follows. ctr
 * reads `c`/`containers` as `container`.
 */
export function engineSubcommand(operands: readonly string[]): { path: string[]; rest: string[]; globals: string[] } {
    let i = 0;
    const globals: string[] = [];
    while (i < operands.length && operands[i].startsWith("-")) {
        globals.push(operands[i]);
        if (GLOBAL_VALUED.test(operands[i])) globals.push(operands[++i] ?? "");
        i++;
    }
    const first = operands[i] ?? "";
    const nested =
        /^(container|containers|c|volume|volumes|secret|compose|kube|play|image|network|stack|service)$/.test(first);
    const second = nested ? (operands[i + 1] ?? "") : "";
    return {
        path: nested ? [first, second] : [first],
        rest: operands.slice(i + (nested ? 2 : 1)),
        globals,
    };
}

/** Whether the command makes a container: `run`, or `create` of a container (docker docs, "docker container create"). */
function makesContainer(path: readonly string[]): boolean {
    const [first, second] = path;
    return (
        first === "run" ||
        first === "create" ||
        (/^(container|containers|c)$/.test(first) && /^(run|create)$/.test(second))
    );
}

/**
 * The node path a local-driver volume's options mount: it mounts like mount(8) (docker docs, "docker volume create",
 * "Driver-specific options"), so `o=bind,device=PATH` is a bind of PATH and a block device (`type=xfs,device=/dev/...`)
 * is a disk of the node, read as `/` since it may hold any node file. Network and memory filesystems are not node paths.
 */
export function volumeDevice(options: readonly string[]): string | undefined {
    const value = (key: string) => options.find(o => o.startsWith(`${key}=`))?.slice(key.length + 1);
    const device = value("device");
    if (!device?.startsWith("/")) return undefined;
    if (/(^|,)r?bind(,|$)/.test(value("o") ?? "")) return posix.resolve(device);
    return /^(tmpfs|ramfs|nfs4?|cifs|smb3?)$/.test(value("type") ?? "") ? undefined : "/";
}

/**
 * `docker/podman/nerdctl volume create`: the volume's name (the last operand; `--name` too) and the node path it
 * mounts, if it mounts one. A volume whose name is not written is returned with no name.
 */
export function volumeCreate(operands: readonly string[]): { name?: string; device: string } | undefined {
    const { path, rest } = engineSubcommand(operands);
    if (!/^volumes?$/.test(path[0]) || path[1] !== "create") return undefined;
    const options: string[] = [];
    const positional: string[] = [];
    let name: string | undefined;
    for (let i = 0; i < rest.length; i++) {
        const [w, inline] = rest[i].startsWith("--") ? rest[i].split(/=(.*)/s) : [rest[i], undefined];
        const valueOf = () => inline ?? rest[++i] ?? "";
        if (w === "-o" || w === "--opt") options.push(valueOf());
        else if (/^-o./.test(w)) options.push(w.slice(2).replace(/^=/, ""));
        else if (w === "--name") name = valueOf();
        else if (
            /^(-d|--driver|--label|-l|--scope|--availability|--group|--sharing|--type|--limit-bytes|--required-bytes)$/.test(
                w,
            )
        )
            valueOf();
        else if (!w.startsWith("-")) positional.push(w);
    }
    const device = volumeDevice(options);
    return device ? { name: name ?? positional.at(-1), device } : undefined;
}

/** `-v SRC:DST[:OPTS]`: a bind when SRC is a node path or a named volume mounting one; the rest are volumes. */
function volumeBind(draft: PodDraft, value: string, volumes: NamedVolumes): boolean | void {
    const [named, target, options = ""] = value.split(":");
    if (target === undefined) return undefined; // an anonymous volume at a container path
    const source = named.startsWith("/") ? posix.resolve(named) : volumes.get(named);
    draft.mounts.push({ source, target: posix.resolve("/", target), readOnly: /(^|,)ro(,|$)/.test(options) });
    return undefined;
}

/**
 * `--mount type=...,src=...,dst=...` (docker run reference, "--mount"; podman-run(1); ctr's `options=rbind:ro`). A
 * bind of a node path; a volume (local-driver options inline as `volume-opt=`); tmpfs; anything else is unknown.
 */
function mountBind(draft: PodDraft, value: string, volumes: NamedVolumes): boolean | void {
    const fields = value.split(",");
    const field = (keys: string) => fields.find(f => new RegExp(`^(${keys})=`).test(f))?.replace(/^[^=]*=/, "");
    const type = field("type") ?? "volume";
    const target = field("dst|destination|target");
    const named = field("src|source");
    const readOnly =
        fields.some(f => /^(readonly|ro)(=(true|1))?$/.test(f)) || /(^|[,:=])ro([,:]|$)/.test(field("options") ?? "");
    if (target === undefined) return false;
    if (/^(tmpfs|ramfs|image)$/.test(type)) return undefined;
    const volumeOptions = fields.filter(f => f.startsWith("volume-opt=")).map(f => f.slice("volume-opt=".length));
    if (!/^(volume|bind)$/.test(type) || (field("volume-driver") ?? "local") !== "local") return false;
    const source = named?.startsWith("/")
        ? posix.resolve(named)
        : (volumeDevice(volumeOptions) ?? (named && volumes.get(named)));
    draft.mounts.push({ source, target: posix.resolve("/", target), readOnly });
    return undefined;
}

/**
 * A container engine's command that makes a container, read option by option as pflag (docker, podman, nerdctl:
 * `--opt=v`, `--opt v`, `-abc`, `-v=v`, `-vVALUE`; spf13/pflag README, "Command line flag syntax") or urfave/cli (ctr)
 * parses it, up to the image. Undefined when the command makes no container.
 */
export function containerCommand(
    engine: string,
    operands: readonly string[],
    volumes: NamedVolumes,
): ContainerCommand | undefined {
    const { path, rest } = engineSubcommand(operands);
    if (!makesContainer(path)) return undefined;
    const ctr = engine === "ctr";
    const options = ctr ? CTR_OPTIONS : RUN_OPTIONS;
    const shorthands = ctr ? CTR_SHORTHANDS : RUN_SHORTHANDS;
    const draft: PodDraft = { spec: {}, container: { name: "container" }, sc: {}, mounts: [] };
    const nodePaths: string[] = [];
    const bindWords = new Set<number>();
    let unreadable: string | undefined;
    /** Where reading stopped at an option the pack does not know (the words after it may be anything). */
    let stopped: number | undefined;
    const apply = (name: string, value: string, at: number[]): void => {
        if (name === "volume" || name === "mount") {
            at.forEach(i => bindWords.add(i));
            const bind =
                name === "volume" && !ctr ? volumeBind(draft, value, volumes) : mountBind(draft, value, volumes);
            if (bind === false) unreadable ??= `--${name} ${value}`;
            return;
        }
        const spec = options[name];
        if (spec.nodePath) nodePaths.push(value);
        if (spec.pod?.(draft, value) === false) unreadable ??= `--${name}${value === "" ? "" : ` ${value}`}`;
    };
    for (let i = 0; i < rest.length; i++) {
        const w = rest[i];
        if (w === "--" || !w.startsWith("-") || w === "-") break;
        const long = /^--?([a-z][\w-]*)(?:=(.*))?$/s.exec(w);
        // urfave/cli (ctr) also takes long options after one dash.
        const longName = long && (w.startsWith("--") || (ctr && long[1].length > 1)) ? long[1] : undefined;
        if (longName !== undefined) {
            const spec = (longName === "volume" && !ctr) || longName === "mount" ? plain : options[longName];
            if (!spec) {
                unreadable ??= w;
                stopped = i;
                break;
            }
            const at = [i];
            const value = long![2] ?? (spec.value ? (at.push(i + 1), rest[++i] ?? "") : "");
            apply(longName, value, at);
            continue;
        }
        // A shorthand cluster: booleans, then at most one option taking the rest of the word or the next word.
        let j = 1;
        for (; j < w.length; j++) {
            const name = shorthands[w[j]];
            const spec = name === "volume" ? plain : name && options[name];
            if (!spec) {
                unreadable ??= w;
                stopped = i;
                break;
            }
            if (!spec.value) {
                apply(name, "", [i]);
                continue;
            }
            const glued = w.slice(j + 1).replace(/^=/, "");
            const at = [i];
            const value = glued !== "" ? glued : (at.push(i + 1), rest[++i] ?? "");
            apply(name, value, at);
            break;
        }
        if (stopped !== undefined) break;
    }
    const offset = operands.length - rest.length;
    const binds = draft.mounts.flatMap(m =>
        m.source === undefined ? [] : [{ source: m.source, target: m.target, readOnly: m.readOnly }],
    );
    draft.spec.volumes = draft.mounts.map((m, k) =>
        m.source === undefined ? { name: `v${k}`, emptyDir: {} } : { name: `v${k}`, hostPath: { path: m.source } },
    );
    draft.container.volumeMounts = draft.mounts.map((m, k) => ({
        name: `v${k}`,
        mountPath: m.target,
        readOnly: m.readOnly,
    }));
    draft.container.securityContext = draft.sc;
    draft.spec.containers = [draft.container];
    return {
        binds,
        pod: unreadable ? undefined : draft.spec,
        unreadable,
        // An option the pack cannot read may take any word after it as a node path.
        nodePaths: stopped === undefined ? nodePaths : [...nodePaths, ...rest.slice(stopped)],
        otherWords: operands.filter((_, k) => k < offset || !bindWords.has(k - offset)),
    };
}

/**
 * A command starting containers defined in a file or a bundle the pack does not read (Compose files, `podman kube
 * play`, `crictl run/create/runp` configs, OCI bundles of runc/crun, systemd-nspawn machines): the form, or undefined.
 */
export function containersFromDefinitions(program: string, operands: readonly string[]): string | undefined {
    if (program === "systemd-nspawn") return program;
    if (/^(docker-compose|podman-compose)$/.test(program))
        return operands.some(w => /^(up|run|create|start|restart|watch)$/.test(w)) ? program : undefined;
    if (program === "crictl") {
        const { path } = engineSubcommand(operands);
        return /^(run|runp|create)$/.test(path[0]) ? `crictl ${path[0]}` : undefined;
    }
    if (/^(runc|crun|youki)$/.test(program))
        return operands.some(w => /^(run|create)$/.test(w)) ? `${program} run` : undefined;
    if (!/^(docker|podman|nerdctl)$/.test(program)) return undefined;
    const { path, rest } = engineSubcommand(operands);
    const starts = /^(up|run|create|start|restart|watch)$/;
    if (path[0] === "compose" && [path[1], ...rest].some(w => starts.test(w))) return `${program} compose`;
    if ((path[0] === "kube" && path[1] === "play") || (path[0] === "play" && path[1] === "kube"))
        return `${program} kube play`;
    if ((path[0] === "stack" && path[1] === "deploy") || (path[0] === "service" && /^(create|update)$/.test(path[1])))
        return `${program} ${path.join(" ")}`;
    return undefined;
}
