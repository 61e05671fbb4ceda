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
    /** Variables passed by name only (`-e NAME`): their values come from the script's environment. */
    inheritedEnv: string[];
    /** Whether every variable of the script's environment is passed (podman `--env-host`). */
    wholeEnv: boolean;
    /** The container's name (`--name`), by which later commands (`exec`, `cp`) reach it. */
    name?: string;
    /** The image (the first word after the options), undefined when an unknown option stopped the reading. */
    image?: string;
    /** The container's command after the image (ctr: after the image and the container id). */
    command: string[];
    /**
     * The program `--entrypoint` runs instead of the image's (docker run reference, "--entrypoint": "Overwrite the default
     * ENTRYPOINT of the image"; podman-run(1) also a JSON array), the command its arguments; undefined when not given.
     */
    entrypoint?: string[];
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
/** `--cap-add`/`--cap-drop` (a comma-separated list, repeatable) into the pod's `capabilities.add`/`drop`. */
const addCapabilities = (draft: PodDraft, key: "add" | "drop", value: string) =>
    (draft.sc.capabilities ??= {})[key]
        ? draft.sc.capabilities[key].push(...split(value))
        : (draft.sc.capabilities[key] = split(value));
const split = (value: string) => value.split(",").filter(x => x !== "");

/**
 * The fields of a CSV option value as the docker CLI reads `--mount` and `--network` (encoding/csv: quoted fields,
 * `""` inside them), keys lowercased as docker/cli opts/mount.go does.
 */
export function csvFields(value: string): { key: string; value?: string }[] {
    const fields: string[] = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        if (ch === '"' && quoted && value[i + 1] === '"') field += value[++i];
        else if (ch === '"') quoted = !quoted;
        else if (ch === "," && !quoted) {
            fields.push(field);
            field = "";
        } else field += ch;
    }
    fields.push(field);
    return fields.map(f => {
        const at = f.indexOf("=");
        return at < 0 ? { key: f.toLowerCase() } : { key: f.slice(0, at).toLowerCase(), value: f.slice(at + 1) };
    });
}

/**
 * `--network`: `host` is the node's network; another container's or a path's namespace, and user-mode networking
 * (slirp4netns, pasta: a process in the node's network namespace opens the container's connections, so instance
 * metadata answers them; podman-run(1) "--network") leave a pod's confinement. docker reads a value with `=` as CSV
 * whose `name=` is the network (docker/cli opts/network.go).
 */
const network: OptionSpec = {
    value: true,
    pod: (draft, v) => {
        const name = v.includes("=") ? (csvFields(v).find(f => f.key === "name")?.value ?? "") : v;
        if (name === "host") draft.spec.hostNetwork = true;
        else if (/^(container|ns|pod):|^(slirp4netns|pasta)(:|$)/.test(name) || name === "") return false;
        return undefined;
    },
};

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
    // A host port range (`9100-9101:9100-9101`) publishes each of its ports.
    const [from, to = from] = (parts.at(-2) ?? "").split("-").map(Number);
    if (!Number.isInteger(from) || !Number.isInteger(to) || to < from || to - from > 1024) return false;
    for (let port = from; port <= to; port++)
        (draft.container.ports ??= []).push({ hostPort: port, containerPort: Number(parts.at(-1)) || 1 });
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
    // nerdctl's image signature checks before the run (containerd/nerdctl docs/cosign.md, docs/notation.md: `--verify`
    // with cosign's key or keyless identity): they decide whether the image runs, never what it may reach.
    verify: plain,
    "cosign-key": plain,
    "cosign-certificate-identity": plain,
    "cosign-certificate-identity-regexp": plain,
    "cosign-certificate-oidc-issuer": plain,
    "cosign-certificate-oidc-issuer-regexp": plain,
    "notation-key-name": plain,
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
    // podman's (podman-run(1)): conmon's cgroup and notify mode, its own user namespace maps, health actions.
    cgroups: plain,
    sdnotify: plain,
    uidmap: plain,
    gidmap: plain,
    subuidname: plain,
    subgidname: plain,
    "health-on-failure": plain,
    "health-startup-cmd": plain,
    "health-startup-interval": plain,
    "health-startup-retries": plain,
    "health-startup-success": plain,
    "health-startup-timeout": plain,
    "health-log-destination": plain,
    "health-max-log-count": plain,
    "health-max-log-size": plain,
    // I/O limits on a device give no access to it (docker run reference, "--device-read-bps").
    "device-read-bps": plain,
    "device-write-bps": plain,
    "device-read-iops": plain,
    "device-write-iops": plain,
    "blkio-weight-device": plain,
    "env-host": flag,
    // Image pulls (podman-run(1) "--retry", "--tls-verify": skipping verification is not pod-like).
    retry: plain,
    "retry-delay": plain,
    "tls-verify": { value: false, pod: (_, v) => !/^(false|0)$/i.test(v) },
    // Proxy variables of root's environment passed in (podman-run(1) "--http-proxy", default true): judged below.
    "http-proxy": flag,
    // The writable layer's size (docker run reference, "--storage-opt"); other keys are unknown.
    "storage-opt": { value: true, pod: (_, v) => /^size=\w+$/i.test(v) },
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
    "cap-add": { value: true, pod: (d, v) => void addCapabilities(d, "add", v) },
    "cap-drop": { value: true, pod: (d, v) => void addCapabilities(d, "drop", v) },
    "security-opt": { value: true, pod: securityOpt },
    publish: { value: true, pod: publish },
    network,
    net: network,
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
    "cpu-quota": plain,
    "cpu-period": plain,
    "cpu-burst": plain,
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
    uidmap: plain,
    gidmap: plain,
    "env-file": { value: true, nodePath: true },
    rm: flag,
    tty: flag,
    detach: flag,
    "null-io": flag,
    "read-only": flag,
    seccomp: flag,
    cni: flag,
    "remap-labels": flag,
    "cap-add": { value: true, pod: (d, v) => void addCapabilities(d, "add", v) },
    "cap-drop": { value: true, pod: (d, v) => void addCapabilities(d, "drop", v) },
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
    /^(-H|--host|-c|--context|--config|-l|--log-level|-n|--namespace|-a|--address|--timeout|--connect-timeout|--snapshotter|--cni-path|--cni-netconfpath|--data-root|--cgroup-manager|--hosts-dir|--host-gateway-ip|--root|--runroot|--storage-driver|--storage-opt|--events-backend|--connection|--url|--identity|--module|--tmpdir|--runtime|--hooks-dir|--conmon|--network-cmd-path|--tlscacert|--tlscert|--tlskey)$/;

/**
 * Global options that leave what containers are made of to the engine's defaults: the daemon or namespace to talk
 * to, logging, TLS, timeouts, the snapshotter, registry trust. Any other (another runtime, OCI hooks, conmon, storage
 * or CNI paths) changes what runs on the node for the container, so the container is not read as a pod.
 */
const GLOBAL_SAFE =
    /^(-H|--host|-c|--context|-l|--log-level|-n|--namespace|-a|--address|--timeout|--connect-timeout|--snapshotter|--cgroup-manager|--insecure-registry|--experimental|--debug|-D|--debug-full|--tls|--tlsverify|--tlscacert|--tlscert|--tlskey|--connection|--url|--identity|--events-backend|--host-gateway-ip)(=|$)/;

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
function volumeBind(draft: PodDraft, value: string, volumes: NamedVolumes, cwd: string): boolean | void {
    const [named, target, options = ""] = value.split(":");
    if (target === undefined) return undefined; // an anonymous volume at a container path
    const source = hostPath(named, cwd) ?? volumes.get(named);
    draft.mounts.push({ source, target: posix.resolve("/", target), readOnly: /(^|,)ro(,|$)/.test(options) });
    return undefined;
}

/**
 * A source naming a node path: absolute, or relative to the working directory (`.`, `./x`, `../x`: docker/cli
 * opts/mount.go and, for `-v`, Docker Engine 23 and later make them absolute with filepath.Abs).
 */
function hostPath(source: string | undefined, cwd: string): string | undefined {
    if (source === undefined) return undefined;
    if (source.startsWith("/")) return posix.resolve(source);
    return /^\.\.?(\/|$)/.test(source) ? posix.resolve(cwd, source) : undefined;
}

/**
 * `--mount type=...,src=...,dst=...` (docker run reference, "--mount"; podman-run(1); ctr's `options=rbind:ro`), read
 * as CSV with case-blind keys (docker/cli opts/mount.go). Every source naming a node path is a bind whatever the type
 * says: runc binds any mount whose options hold bind or rbind ("Any type the user specified is meaningless"), and
 * podman's `type=glob` binds the files its pattern matches (the pattern's directory stands for them). Only plain
 * binds, local volumes, tmpfs and images are pod-like; any other type is unreadable.
 */
function mountBind(draft: PodDraft, value: string, volumes: NamedVolumes, cwd: string): boolean | void {
    const fields = csvFields(value);
    const field = (keys: string) => fields.find(f => new RegExp(`^(${keys})$`).test(f.key))?.value;
    const type = (field("type") ?? "volume").toLowerCase();
    const target = field("dst|destination|target");
    const named = field("src|source");
    const options = field("options") ?? "";
    const readOnly =
        fields.some(f => /^(readonly|ro)$/.test(f.key) && /^(|true|1)$/i.test(f.value ?? "")) ||
        /(^|[,:=])ro([,:]|$)/.test(options);
    const volumeOptions = fields.filter(f => f.key === "volume-opt").map(f => f.value ?? "");
    const glob = type === "glob" && named !== undefined ? named.replace(/\/?[^/]*[*?[].*$/, "") || "/" : undefined;
    const source = hostPath(glob ?? named, cwd) ?? volumeDevice(volumeOptions) ?? (named && volumes.get(named));
    if (target === undefined) {
        if (source) draft.mounts.push({ source, target: "/", readOnly });
        return false;
    }
    if (/^(tmpfs|ramfs|image)$/.test(type) && source === undefined) return undefined;
    draft.mounts.push({ source, target: posix.resolve("/", target), readOnly });
    const bindOptions = /(^|[,:])r?bind([,:]|$)/.test(options);
    const known = type === "bind" || (type === "volume" && (field("volume-driver") ?? "local") === "local");
    return known || (type === "none" && bindOptions) ? undefined : false;
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
    cwd = "/",
): ContainerCommand | undefined {
    const { path, rest, globals } = engineSubcommand(operands);
    if (!makesContainer(path)) return undefined;
    const ctr = engine === "ctr";
    const options = ctr ? CTR_OPTIONS : RUN_OPTIONS;
    const shorthands = ctr ? CTR_SHORTHANDS : RUN_SHORTHANDS;
    const draft: PodDraft = { spec: {}, container: { name: "container" }, sc: {}, mounts: [] };
    const nodePaths: string[] = [];
    const bindWords = new Set<number>();
    const inheritedEnv: string[] = [];
    let wholeEnv = false;
    let containerName: string | undefined;
    let entrypoint: string[] | undefined;
    // podman passes root's proxy variables into the container unless --http-proxy=false (podman-run(1)).
    let proxyEnv = engine === "podman";
    let unreadable: string | undefined = globals.find(g => g.startsWith("-") && !GLOBAL_SAFE.test(g));
    // The values of global options the pack does not know may name node paths.
    if (unreadable) nodePaths.push(...globals);
    /** Where reading stopped at an option the pack does not know (the words after it may be anything). */
    let stopped: number | undefined;
    const apply = (name: string, value: string, at: number[]): void => {
        if (name === "volume" || name === "mount") {
            at.forEach(i => bindWords.add(i));
            const bind =
                name === "volume" && !ctr
                    ? volumeBind(draft, value, volumes, cwd)
                    : mountBind(draft, value, volumes, cwd);
            if (bind === false) unreadable ??= `--${name} ${value}`;
            return;
        }
        const spec = options[name];
        if (spec.nodePath) nodePaths.push(value);
        // `-e NAME` (podman also `NAME*`) takes the value from the engine's own environment (docker run reference,
        // "-e, --env"; podman-run(1) "--env").
        if (name === "env" && !value.includes("=")) inheritedEnv.push(value.replace(/\*$/, ""));
        if (name === "env-host") wholeEnv = !/^(false|0)$/i.test(value);
        if (name === "http-proxy") proxyEnv = !/^(false|0)$/i.test(value);
        if (name === "name") containerName = value;
        if (name === "entrypoint") entrypoint = entrypointWords(value);
        if (spec.pod?.(draft, value) === false) unreadable ??= `--${name}${value === "" ? "" : ` ${value}`}`;
    };
    let end = rest.length;
    for (let i = 0; i < rest.length; i++) {
        const w = rest[i];
        end = w === "--" ? i + 1 : i;
        if (w === "--" || !w.startsWith("-") || w === "-") break;
        end = rest.length;
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
        inheritedEnv: proxyEnv ? [...inheritedEnv, ...PROXY_VARIABLES] : inheritedEnv,
        wholeEnv,
        name: containerName,
        image: stopped === undefined ? rest[end] : undefined,
        command: stopped === undefined ? rest.slice(end + (ctr ? 2 : 1)) : [],
        entrypoint,
    };
}

/** An `--entrypoint` value as words: a JSON array of strings (podman-run(1)), else the one program; `""` none. */
function entrypointWords(value: string): string[] {
    try {
        const parsed: unknown = JSON.parse(value);
        if (Array.isArray(parsed) && parsed.every(w => typeof w === "string")) return parsed as string[];
    } catch {
        // not JSON: the program's path
    }
    return value === "" ? [] : [value];
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

/** The proxy variables podman passes from root's environment (podman-run(1), "--http-proxy"). */
const PROXY_VARIABLES = ["http_proxy", "https_proxy", "ftp_proxy", "no_proxy"].flatMap(v => [v, v.toUpperCase()]);

/** `exec` options that run the process as the container's own are (docker container exec, podman-exec(1)). */
const EXEC_OPTIONS: Record<string, OptionSpec> = {
    detach: flag,
    interactive: flag,
    tty: flag,
    env: plain,
    "env-file": plain,
    workdir: plain,
    "detach-keys": plain,
    user: plain,
    latest: flag,
    "preserve-fds": plain,
    "preserve-fd": plain,
};
const EXEC_SHORTHANDS: Record<string, string> = {
    d: "detach",
    i: "interactive",
    t: "tty",
    e: "env",
    w: "workdir",
    u: "user",
    l: "latest",
};

/**
 * How a command that runs a process in a running container names its container and command (round 72: one table).
 * - `globals`: its global options taking a value (before the subcommand); `subcommand`: the words naming exec.
 * - `options`/`shorthands`: the exec's own options; `filters`: options selecting the containers instead of an ID
 *   operand (the command is then every operand).
 * - `kubeletPods`: its containers are the CRI's, the kubelet's pods (never one the script started), among them the
 *   node's privileged host-network ones (kube-proxy, aws-node): RootReads.containerExec.
 * docker container exec reference and podman-exec(1): `exec [OPTIONS] CONTAINER COMMAND [ARG...]` (`container exec`
 * too). crictl(1) (cri-tools cmd/crictl/exec.go): `crictl [global] exec [OPTIONS] [CONTAINER-ID] COMMAND [ARG...]`,
 * "The CONTAINER-ID is only required if none of the following filter flags are set: --image, --label, --last,
 * --latest, --name, --pod, --state"; its globals -r/--runtime-endpoint, -i/--image-endpoint, -t/--timeout,
 * -c/--config take values. ctr (containerd cmd/ctr tasks exec): `ctr [global] task|tasks|t exec [--exec-id ID] [--tty]
 * [--cwd DIR] [--user U] [--fifo-dir D] [--log-uri U] [--detach] CONTAINER CMD [ARG...]`.
 */
interface ExecForm {
    globals?: RegExp;
    subcommand: (path: readonly string[]) => boolean;
    options: Record<string, OptionSpec>;
    shorthands: Record<string, string>;
    filters?: ReadonlySet<string>;
    kubeletPods?: boolean;
}
const ENGINE_EXEC: ExecForm = {
    subcommand: ([first, second]) =>
        first === "exec" || (/^(container|containers|c)$/.test(first) && second === "exec"),
    options: EXEC_OPTIONS,
    shorthands: EXEC_SHORTHANDS,
};
export const CONTAINER_EXECS: Readonly<Record<string, ExecForm>> = {
    docker: ENGINE_EXEC,
    podman: ENGINE_EXEC,
    nerdctl: ENGINE_EXEC,
    crictl: {
        globals: /^(-r|--runtime-endpoint|-i|--image-endpoint|-t|--timeout|-c|--config)$/,
        subcommand: ([first]) => first === "exec",
        options: {
            sync: flag,
            timeout: plain,
            tty: flag,
            interactive: flag,
            transport: plain,
            name: plain,
            pod: plain,
            image: plain,
            state: plain,
            label: plain,
            latest: flag,
            last: plain,
            quiet: flag,
            "ignore-errors": flag,
            parallel: flag,
            "tls-sni": plain,
            "tls-server-name": plain,
            "tls-ca": plain,
            "tls-cert": plain,
            "tls-key": plain,
        },
        shorthands: {
            s: "sync",
            t: "tty",
            i: "interactive",
            r: "transport",
            p: "pod",
            l: "latest",
            n: "last",
            q: "quiet",
            e: "ignore-errors",
            x: "parallel",
        },
        filters: new Set(["name", "pod", "image", "state", "label", "latest", "last"]),
        kubeletPods: true,
    },
    ctr: {
        subcommand: ([first, second]) => /^(task|tasks|t)$/.test(first) && second === "exec",
        options: {
            "exec-id": plain,
            tty: flag,
            cwd: plain,
            user: plain,
            "fifo-dir": plain,
            "log-uri": plain,
            detach: flag,
        },
        shorthands: { t: "tty", u: "user", d: "detach" },
    },
};

/** A container exec read by containerExec: its container (`""` when filter options choose them), command and powers. */
export interface ContainerExec {
    container: string;
    words: string[];
    /** An option giving the process more than the container's powers, or one the pack does not know. */
    escalates?: string;
    /** Its containers are the kubelet's pods (CONTAINER_EXECS kubeletPods). */
    kubeletPods?: boolean;
}

/**
 * `exec` into a running container (CONTAINER_EXECS: docker/podman/nerdctl `exec`, crictl `exec`, ctr `task exec`):
 * the container and the command's words, and why the process is more than the container (`--privileged` gives it
 * every capability: docker container exec reference, "Capabilities"; any option the pack does not know, after which
 * the container and command cannot be told apart). Undefined for other commands.
 */
export function containerExec(program: string, operands: readonly string[]): ContainerExec | undefined {
    const form = Object.hasOwn(CONTAINER_EXECS, program) ? CONTAINER_EXECS[program] : undefined;
    if (!form) return undefined;
    // Where its subcommand starts: after its own global options, or the engines' (engineSubcommand).
    let g = 0;
    if (form.globals)
        while (g < operands.length && operands[g].startsWith("-")) g += form.globals.test(operands[g]) ? 2 : 1;
    else {
        const { path, rest } = engineSubcommand(operands);
        g = operands.length - rest.length - path.length;
    }
    const n = [1, 2].find(k => form.subcommand(operands.slice(g, g + k)));
    if (n === undefined) return undefined;
    const rest = operands.slice(g + n);
    let escalates: string | undefined;
    let filtered = false;
    let i = 0;
    for (; i < rest.length; i++) {
        const w = rest[i];
        if (w === "--" || !w.startsWith("-")) break;
        const long = /^--([a-z][\w-]*)(?:=(.*))?$/s.exec(w);
        const name = long ? long[1] : form.shorthands[w.slice(-1)];
        const spec = name && Object.hasOwn(form.options, name) ? form.options[name] : undefined;
        if (!spec) {
            escalates ??= w;
            continue;
        }
        if (form.filters?.has(name)) filtered = true;
        if (spec.value && !(long && long[2] !== undefined) && !(!long && w.length > 2 && /=/.test(w))) i++;
    }
    if (rest[i] === "--") i++;
    return filtered
        ? { container: "", words: rest.slice(i), escalates, kubeletPods: form.kubeletPods }
        : { container: rest[i] ?? "", words: rest.slice(i + 1), escalates, kubeletPods: form.kubeletPods };
}

/** `cp CONTAINER:SRC DEST` out of a container (docker container cp, podman-cp(1)): the container, its path, the node path. */
export function copyOut(operands: readonly string[]): { container: string; source: string; dest: string } | undefined {
    const { path, rest } = engineSubcommand(operands);
    if (path[0] !== "cp" && !(/^(container|containers|c)$/.test(path[0]) && path[1] === "cp")) return undefined;
    const [from, to] = rest.filter(w => !w.startsWith("-"));
    const m = /^([^/:][^:]*):(.+)$/.exec(from ?? "");
    return m && to !== undefined && !/^[^/:][^:]*:/.test(to) ? { container: m[1], source: m[2], dest: to } : undefined;
}
