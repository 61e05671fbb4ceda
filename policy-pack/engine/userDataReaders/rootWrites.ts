/**
 * What root writes and runs: the node's judgement of each file written (nodeJudge), cloud-config (users, files,
 * bind mounts, sysctl, links, sshd), scriptOpenings for shell scripts, find runs, the judge of files programs view
 * (viewingJudge), and the files builds write (dotnet, go, cargo). Split from userData.ts.
 */
import { posix } from "path";
import { holdsNodeSecrets, insideNodeSecrets, podWritableRoot, rootPowerSocket, worldWritableRoot } from "../podSpec";
import {
    appletWords,
    executedPrograms,
    globRegExp,
    isAssignment,
    joinContinuations,
    programIndex,
    SHELLS,
    simpleCommands,
    systemdRunProperties,
    wrappersOf,
} from "../shell";
import {
    configuredWords,
    copiedDestinations,
    copiedFrom,
    copiedSources,
    keepsWorkingDirectory,
    LOADER_VARIABLES,
    SYSTEM_LIBRARY_DIRECTORIES,
    WAZUH_CONFIG,
    sourceName,
    NodeAccounts,
    NodeJudge,
    rootReadOpenings,
    BASH_STARTUP,
    SED_MATCHED,
    SUBSTITUTED_MARK,
    unitDropInNames,
    unitFileEntries,
    withAppended,
} from "../rootReads";
import { NAME_RESOLUTION_PATHS, NodeOpening, RESOLVER_FILES, TMPFILES_PATH } from "./shared";
import { GIT_INCLUDE_SETTINGS, LOCATION_VARIABLE_NAMES } from "../../model/locatingVariables";
import {
    clusterCABundle,
    containerdOpenings,
    corePatternOpenings,
    isOn,
    kernelArgsOpenings,
    kubeletConfigOpenings,
    kubeletFlagOpenings,
    kubeletOpen,
    list,
    managerLoaderOpenings,
    NODE_CONFIG_PATHS,
    obj,
    readOnlyPort,
    REGISTRY_CERTS,
    REGISTRY_HOSTS,
    registryCertOpenings,
    ROOT_SSH,
    SSH_KEY,
    staticPods,
    stringsIn,
    writablePathOpenings,
    writtenContent,
    yamlDocs,
} from "./formats";
import {
    AMI_HOSTS,
    awsConfigWithoutCredentials,
    dockerConfigWithoutCredentials,
    dockerDaemonJsonOpenings,
    dockerHostOpenings,
    hopLimitUndone,
    hostsResolution,
    imdsRelay,
    loopbackOnly,
    resolvingNames,
    namesImds,
    NODE_CREDENTIALS,
    ordersOnly,
    passwordOpening,
    podmanServiceOpenings,
    proxySetting,
    READ_BEFORE_WRITE,
    SERVICE_DROP_IN,
    sshConfigLocalOnly,
    tighteningSudoDefaults,
} from "./addresses";
import {
    agentCodeListeners,
    BuiltProgram,
    forwarderMarks,
    heldForJoin,
    Listener,
    LoopbackMark,
    listenerOpenings,
    NO_VIEW,
    readConfig,
    relayListensLocally,
    ScriptView,
    servedDirectory,
    SERVER_CONFIGS,
    includedServerListeners,
    stunnelListeners,
} from "./listeners";
import {
    cargoRunSources,
    DOTNET_PROJECT,
    dotnetBuildArguments,
    goRunSources,
    installedJavaReleases,
    quotedWords,
} from "./otherLanguages";
import { npmInstallWrites, packageScripts, tscWrites } from "./javascript";
import { libvirtUnitListeners, targetConfigfsListeners } from "./daemonConfigs";
import {
    pipRequirementFiles,
    pythonEnvironmentConfinedFlags,
    requirementFileNames,
    scriptPipModules,
    scriptPipReadsUserConfiguration,
    shellPrintfOutputs,
    pythonListensNowhere,
} from "./pythonCode";
import { pipConfigurationKeepsTrust } from "./pipOptions";
import {
    builtProgram,
    builtPrograms,
    codeServerUnitListeners,
    commandListeners,
    JUPYTER_CONFIG_DIRS,
    JUPYTER_CONFIG_NAMES,
    jupyterConfigElsewhere,
    keepsContent,
    pythonProgramCommandLines,
    oneLinerCommandLines,
    pythonModuleCommandLines,
    shebangCommandLines,
    pythonProgramOnlyWrites,
    pythonProgramWrites,
    sourceLookup,
    cmakeGeneratedTree,
} from "./commandServers";
import {
    ENVIRONMENT_GENERATOR,
    environmentFileOpenings,
    environmentGeneratorOpenings,
    PACKAGED_SERVER_UNITS,
    shellHandedOut,
    startedUnits,
    transientSocketOpenings,
} from "./systemd";
import {
    commandForwarders,
    configFileServers,
    configForwarders,
    configListensLocally,
    directiveValues,
    filtersLocalOutput,
    lowersHopLimit,
    forwardProxies,
    includeUnknown,
    lineRelays,
    LISTENS,
    PACKAGED_INCLUDES,
    QUADLET_UNIT,
    runtimeSocketRelay,
    shellsHandedOut,
} from "./relays";
import {
    containedAgent,
    downloadPrinted,
    launchedCommands,
    packagedUnitAgent,
    registryHostsOpenings,
    CONTAINERS_REGISTRIES,
    containersRegistriesOpenings,
    REMOTE_MANAGEMENT,
    REMOTE_URL,
    remoteAgent,
    remoteAgentUnit,
    scriptDownloads,
    unitNames,
} from "./agents";

/** ld.so's configuration (ldconfig(8) /etc/ld.so.conf and the files its stock `include ld.so.conf.d/*.conf` reads). */
const LD_SO_CONF = /^\/etc\/ld\.so\.conf(?:$|\.d\/)/;

/**
 * The entries of an ld.so.conf text: each directory (ldconfig(8): separated by whitespace, `:` or `,`, comments after
 * `#`; a trailing slash aside), `include PATTERN` with PATTERN resolved against the directory of the file holding it
 * (`path`; round 75: glibc elf/ldconfig.c parse_conf_include: "if (pattern[0] != '/' && strchr (filename, '/') != NULL)"
 * the pattern is joined to dirname (filename), so `include x.conf` in /etc/ld.so.conf.d/ops.conf is
 * /etc/ld.so.conf.d/x.conf), and any other directive (hwcap) as its whole line.
 */
function ldSoConfEntries(content: string, path: string): string[] {
    return content.split(/\r?\n/).flatMap(raw => {
        const line = raw.replace(/#.*$/, "").trim();
        if (line === "") return [];
        const include = /^include\s+(\S+)$/.exec(line);
        if (include) return [`include ${posix.resolve(posix.dirname(path), include[1])}`];
        if (/^\w+\s/.test(line) && !line.startsWith("/")) return [line];
        return line
            .split(/[\s:,=]+/)
            .filter(Boolean)
            .map(d => d.replace(/(.)\/+$/, "$1"));
    });
}

/**
 * Round 75: the directories `ldconfig` run by user data puts into /etc/ld.so.cache beyond ld.so.conf's (judged where
 * written), each judged as an ld.so.conf entry; undefined when it builds no cache. ldconfig(8): it builds the cache
 * from "the directories specified on the command line, in the file /etc/ld.so.conf, and in the trusted directories"
 * ("dirname=TYPE ... also works on the command line"); -f conf "Use conf instead of /etc/ld.so.conf" (its entries, read
 * as ldSoConfEntries; unknown text → one unknown entry); -n/-N "don't build the cache", -p prints it, -l links the
 * named libraries only: none. -r ROOT (another root directory) and any option the pack does not know are unknown
 * (fail closed); -C names another cache file, yet its directories are judged all the same (a cache moved into place
 * later is not followed).
 */
function ldconfigEntries(operands: readonly string[], fileText?: (path: string) => string | undefined): string[] {
    const entries: string[] = [];
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i];
        if (w === "--") {
            entries.push(...operands.slice(i + 1).map(d => d.replace(/=[^/]*$/, "").replace(/(.)\/+$/, "$1")));
            break;
        }
        if (/^-[nNplvXi]+$/.test(w) && /[nNpl]/.test(w)) return [];
        if (/^(--print-cache|--help|--usage|-\?|-V|--version)$/.test(w)) return [];
        if (/^-[vXi]+$/.test(w) || w === "--verbose") continue;
        if (w === "-c" || w === "-C") {
            i++;
            continue;
        }
        if (/^(--format=|-c.|-C.)/.test(w)) continue;
        if (w === "-r" || w.startsWith("-r")) {
            const root = w === "-r" ? operands[++i] : w.slice(2);
            if (root === undefined || posix.resolve("/", root) !== "/") entries.push(`-r ${root ?? ""}`);
            continue;
        }
        if (w === "-f" || (w.startsWith("-f") && w.length > 2)) {
            const conf = w === "-f" ? operands[++i] : w.slice(2);
            const text = conf === undefined ? undefined : fileText?.(posix.resolve("/", conf));
            // A relative include is the including file's directory's (glibc parse_conf_include): ldSoConfEntries.
            if (text !== undefined) entries.push(...ldSoConfEntries(text, posix.resolve("/", conf!)));
            else if (conf === undefined || !LD_SO_CONF.test(posix.resolve("/", conf)))
                entries.push(`the unknown text of ${conf ?? "-f"}`);
            continue;
        }
        if (w.startsWith("-")) {
            entries.push(w);
            continue;
        }
        entries.push(w.replace(/=[^/]*$/, "").replace(/(.)\/+$/, "$1"));
    }
    return entries;
}

/**
 * Round 78: containerd's configuration files under /etc/containerd (certs.d's registry hosts aside: REGISTRY_HOSTS):
 * config.toml, the config.d drop-ins nodeadm's config.toml imports (amazon-eks-ami nodeadm
 * internal/containerd/config.template.toml: `imports = ["/etc/containerd/config.d/*.toml"]`, "Users can use the
 * following import directory to add additional configuration to containerd"), and any other TOML there an `imports`
 * names.
 */
const CONTAINERD_CONFIG = /^\/etc\/containerd\/(?!certs\.d\/)(?:[^/]+\/)*[^/]+\.toml$/;

/**
 * Round 78: a containerd configuration file user data writes with text it holds, judged by the reader of NodeConfig's
 * containerd.config (formats.ts containerdOpenings: one rule for the TCP API, paths, runtimes, imports). On AL2023
 * nodeadm writes config.toml before user data's scripts run, and containerd reads it, and the drop-ins it imports,
 * when it starts; a file nodeadm writes again later is inert, so judging the script's text fails closed either way.
 * containerd-config.toml(5) imports: "Imported files will overwrite simple fields like int or string (if not empty)",
 * so no file empties another's tcp_tls_ca, and each file's own settings decide: a tcp_address needs tcp_tls_cert and
 * tcp_tls_ca beside it.
 * An append's text lands after the file's last table (TOML v1.0.0 "Table": keys belong to the table above them), so
 * one that does not start with a table header is unknown configuration, refused, as is text holding a command
 * substitution or a word the pack could not read.
 */
function containerdWriteOpenings(path: string, content: string, how: string, append: boolean): NodeOpening[] {
    const where = `user data writes ${path} (${how}), containerd's configuration, which`;
    const unknown = SUBSTITUTED_MARK.test(content) || content.includes("\u0001");
    const first = content.split(/\r?\n/).find(l => l.trim() !== "" && !l.trim().startsWith("#"));
    if (unknown || (append && first !== undefined && !first.trim().startsWith("[")))
        return [
            {
                who: "whoever chooses what is written",
                what: `${where} ${unknown ? "holds text the pack cannot read" : "is appended with keys before any table header, so they land in whichever table the file ends with"}: it may serve containerd's API on TCP or set its runtimes; write the file whole, each setting under its table`,
            },
        ];
    return containerdOpenings(content, where, "", posix.dirname(path));
}

/**
 * Round 84: the kubelet's configuration drop-ins on AL2023: nodeadm runs the kubelet with --config-dir
 * /etc/kubernetes/kubelet/config.json.d and writes its own drop-ins there (amazon-eks-ami nodeadm tests:
 * config.json.d/00-nodeadm.conf, 40-nodeadm.conf); Kubernetes "Set Kubelet Parameters Via A Configuration File",
 * "Kubelet configuration drop-in directory": files with the `.conf` suffix, merged over the base file in name order.
 */
const KUBELET_DROP_IN = /^\/etc\/kubernetes\/kubelet\/config\.json\.d\/[^/]+\.conf$/;

/**
 * Round 84: a kubelet drop-in (KUBELET_DROP_IN) user data writes whole as JSON it holds (a KubeletConfiguration) is
 * judged as NodeConfig's spec.kubelet.config is (formats.ts kubeletConfigOpenings: anonymous auth, authorization mode,
 * read-only port, static pods, client CA, pod-writable paths): the same settings nodeadm would merge. Text the pack
 * cannot read, an append, or any other document stays the node's own configuration, refused.
 */
function kubeletDropInOpenings(path: string, content: string, how: string, append: boolean): NodeOpening[] {
    let parsed: unknown;
    try {
        parsed = append || SUBSTITUTED_MARK.test(content) ? undefined : JSON.parse(content);
    } catch {
        parsed = undefined;
    }
    const config = obj(parsed);
    if (!isKubeletConfiguration(config))
        return [
            {
                who: "whoever the written file lets in",
                what: `user data writes ${path} (${how}), a kubelet configuration drop-in the pack cannot read as a KubeletConfiguration (JSON with its apiVersion and kind), the node's own configuration: write it whole as JSON, or set it through a NodeConfig`,
            },
        ];
    return kubeletConfigOpenings(config, `user data's kubelet drop-in ${path} (${how})`, "config");
}

/** Round 84: a document the kubelet reads as its configuration (its apiVersion and kind, kubelet.config.k8s.io). */
const isKubeletConfiguration = (config: Record<string, unknown>) =>
    config.kind === "KubeletConfiguration" && /^kubelet\.config\.k8s\.io\//.test(String(config.apiVersion));

/**
 * Round 86: the lines of a configuration read for node credentials an agent ships: a KubeletConfiguration (one JSON or
 * YAML document, isKubeletConfiguration) is the kubelet's own and names its own serving pair to serve with, never to
 * ship (kubelet(8) --cert-dir "default /var/lib/kubelet/pki"; tlsCertFile, tlsPrivateKeyFile), judged by the kubelet's
 * reader (formats.ts kubeletConfigOpenings, KUBELET_ROOT_PATHS): those two fields are left out, every other field
 * (podLogsDir, whose files the kubelet serves as pod logs) still read.
 */
function credentialLines(text: string, lines: readonly string[]): readonly string[] {
    let docs: unknown[];
    try {
        docs = yamlDocs(text, "a configuration");
    } catch {
        return lines;
    }
    const config = obj(docs[0]);
    if (docs.length !== 1 || !isKubeletConfiguration(config)) return lines;
    const { tlsCertFile: _cert, tlsPrivateKeyFile: _key, ...rest } = config;
    return JSON.stringify(rest).split("\n");
}

const nodeJudge = {
    serves: (words, cwd) => commandListeners(words, cwd).length > 0,
    written(path, content, how, edit, append) {
        const where = `user data's ${path}`;
        if (ENVIRONMENT_GENERATOR.test(path)) return environmentGeneratorOpenings(path, content, how, edit);
        // Round 71: the managers' DefaultEnvironment= (MANAGER_CONFIG), however written (a heredoc, an echo, an edit's
        // fragment): a loader variable there reaches every root program started later (managerLoaderOpenings). Content
        // the pack cannot read is refused where it is written (READ_BEFORE_WRITE).
        // Round 72: every environment file alike (ENVIRONMENT_FILES: ManagerEnvironment= too, the session environment
        // files, shells' startup files), a line whose name the pack cannot read refused (environmentFileOpenings).
        // Round 74: written with content the pack cannot read, refused as well (environmentFileOpenings).
        const loaders = environmentFileOpenings(path, content, how, edit);
        // ld.so(8) /etc/ld.so.preload: "File containing a whitespace-separated list of ELF shared objects to be loaded
        // before the program", every program's, root's and setuid ones' included: any library named there is loaded
        // into everything the node runs, which no library the pack reads is known harmless for (fail closed).
        if (path === "/etc/ld.so.preload" && content !== undefined && content.trim() !== "")
            loaders.push({
                who: "whoever provides the library it names",
                what: `user data writes /etc/ld.so.preload (${how}) naming ${content.trim().split(/\s+/)[0]}: ld.so(8) loads every library listed there into every program on the node, root's included, before the program's own code; load a library only in the one program that needs it`,
            });
        // Round 75: ldconfig(8) builds the cache ld.so(8) searches ("From the cache file /etc/ld.so.cache") from "the
        // directories specified on the command line, in the file /etc/ld.so.conf, and in the trusted directories (/lib
        // and /usr/lib)", the configured ones first: a library in a directory named there (a libc.so.6) is loaded by
        // every dynamically linked program, root's included. As PATH's rule (formats.ts systemPath): only root-owned
        // system library directories (SYSTEM_LIBRARY_DIRECTORIES) load nothing new; `include` of the conf.d files
        // (judged where written) is read; any other line is refused (content the pack cannot read: READ_BEFORE_WRITE).
        if (LD_SO_CONF.test(path) && content !== undefined) {
            const other = ldSoConfEntries(content, path).find(
                e => !SYSTEM_LIBRARY_DIRECTORIES.has(e) && !/^include \/etc\/ld\.so\.conf\.d\/[^/]*$/.test(e),
            );
            if (other !== undefined)
                loaders.push({
                    who: "whoever provides the libraries it adds",
                    what: `user data writes ${path} (${how}) adding ${other} to the loader's search path: ldconfig(8) puts it in /etc/ld.so.cache before the trusted directories, so ld.so(8) loads a library there in place of the system's in every program, root's included; install libraries into the system directories with the package manager, or set LD_LIBRARY_PATH in the one unit that needs them`,
                });
        }
        // Round 73: the files that hold the kernel command line (kernelCmdlineArgs): systemd.setenv= there is the
        // manager's environment at every boot, rd.shell/init= a root shell (kernelArgsOpenings). Content the pack
        // cannot read is refused (fail closed).
        // Round 74: GRUB's defaults (GRUB_DEFAULTS) alike: an edit's fragment lands in GRUB_CMDLINE_LINUX wherever its
        // regexp matches, so every word it adds is a kernel argument; content the pack cannot read is refused.
        // Round 74: the boot loader's own files alike (GRUB_SCRIPT, GRUBENV), ukify's uki.conf (UKI_CONF) and the
        // SystemdOptions EFI variable (SYSTEMD_OPTIONS_EFIVAR): each holds kernel arguments (kernelCmdlineArgs), judged
        // the one way (kernelArgsOpenings); a word the pack cannot know there (a GRUB or shell variable glued to text, a
        // command substitution, ukify's @FILE) is refused (kernelUnknownWord).
        const bootFile = KERNEL_ARGS_FILES.some(f => f.test(path));
        if (
            KERNEL_CMDLINE_FILE.test(path) ||
            BLS_ENTRY.test(path) ||
            (GRUB_DEFAULTS.test(path) && (edit || !content)) ||
            bootFile
        ) {
            const unknown =
                content === undefined ? undefined : bootFile ? kernelUnknownWord(path, content, edit) : undefined;
            loaders.push(
                ...(content === undefined || unknown !== undefined
                    ? [
                          {
                              who: "whoever chooses the kernel command line",
                              what: `user data writes ${path} (${how}), the node's kernel command line, with content the pack cannot read${unknown ? ` (${unknown})` : ""}: systemd.setenv= there sets every unit's environment, rd.shell or init= a root shell; write literal arguments`,
                          },
                      ]
                    : kernelWordsOpenings(kernelCmdlineArgs(path, content, edit), `${where} (${how})`)),
            );
        }
        if (loaders.length > 0) return loaders;
        // Round 71: the Wazuh agent's configuration holds command lines it runs as root (rootReads WAZUH_CONFIG, read
        // there when its text is known).
        if (WAZUH_CONFIG.test(path) && content === undefined)
            return [
                {
                    who: "whoever chooses what is written",
                    what: `user data writes the Wazuh agent's configuration ${path} with content the pack cannot read (${how}): its <command> lines run as root on the node; write it in the user data itself`,
                },
            ];
        if (QUADLET_UNIT.test(path))
            return [
                {
                    who: "whatever the unit gives its containers",
                    what: `user data writes a Podman Quadlet unit (${path}, ${how}): systemd runs its containers as root with binds, privileges and namespaces the pack does not read, and a bind of the kubelet's directory or the runtime's socket owns the node; start each container with a podman run command, which the pack judges as a pod`,
                },
            ];
        // Round 74: sshd's environment file (its command line's -o options and -f file, sshdCommandLineOpenings) too.
        // An in-place edit the pack does not compute (perl -i code other than s///, gawk -i inplace, ed: rootReads
        // inPlaceEdited, inPlaceAdds) of these files alike: its new content is unknown (fail closed), as a sed -i's
        // would be; a computed one (perl -pi -e 's/RE/REPL/') comes with its text and is judged below.
        if (content === undefined)
            return [
                ...NODE_CONFIG_PATHS,
                ...READ_BEFORE_WRITE,
                ...SERVER_CONFIGS.map(c => c.path),
                /^\/etc\/sysconfig\/sshd$/,
                CONTAINERS_REGISTRIES,
            ].some(p => p.test(path))
                ? [
                      {
                          who: "whoever chooses what is written",
                          what: `user data writes ${path} with content the pack cannot read (${how}): it decides who gets into the node or what root runs there; write it in the user data itself`,
                      },
                  ]
                : [];
        // A server's configuration, or a fragment appended or edited into it, judged by what it serves and where.
        // Round 78: a log agent's server running its clients' code (fluentd's debug_agent), judged as a shell server.
        const agentServers = agentCodeListeners(path, content);
        if (agentServers.length > 0) return listenerOpenings(agentServers, `${path}, ${how}`);
        const server = SERVER_CONFIGS.find(c => c.path.test(path));
        if (server) return listenerOpenings(server.read(content), `${path}, ${how}`);
        // A stunnel configuration anywhere (`stunnel FILE` reads any path) running a program per connection.
        const stunnelServices = stunnelListeners(content);
        if (stunnelServices.length > 0) return listenerOpenings(stunnelServices, `${path}, ${how}`);
        if (
            !edit &&
            JUPYTER_CONFIG_NAMES.includes(posix.basename(path)) &&
            !JUPYTER_CONFIG_DIRS.includes(posix.dirname(path))
        )
            return jupyterConfigElsewhere(path, content, how);
        if (REGISTRY_HOSTS.test(path)) return edit ? [] : registryHostsOpenings(path, content);
        if (CONTAINERS_REGISTRIES.test(path))
            return containersRegistriesOpenings(path, content, edit === true || append === true);
        if (KUBELET_DROP_IN.test(path) && !edit) return kubeletDropInOpenings(path, content, how, append === true);
        if (REGISTRY_CERTS.test(path) && !edit) return registryCertOpenings(path, content, how);
        if (CONTAINERD_CONFIG.test(path) && !edit) return containerdWriteOpenings(path, content, how, append === true);
        // Docker's daemon configuration (dockerd(8) "--config-file", default /etc/docker/daemon.json: `hosts`,
        // `tlsverify`) and the AL2 service's environment file (/etc/sysconfig/docker OPTIONS, passed to dockerd).
        if (path === "/etc/docker/daemon.json") return dockerDaemonJsonOpenings(content, where);
        if (/^\/etc\/sysconfig\/docker(-network)?$/.test(path))
            return dockerHostOpenings(
                content
                    .split(/\r?\n/)
                    .filter(l => /^\s*(export\s+)?[A-Z_]*OPTIONS\s*=/.test(l))
                    .flatMap(l => l.replace(/^[^=]*=\s*["']?|["']?\s*$/g, "").split(/\s+/)),
                where,
            );
        // Environment files of sshd and the kubelet (their units run `sshd -D $OPTIONS`, `kubelet ...
        // $KUBELET_EXTRA_ARGS`): sshd's -o takes any sshd_config keyword (sshd(8)), the kubelet's are its flags.
        if (path === "/etc/sysconfig/sshd")
            return sshdCommandLineOpenings(
                content
                    .split(/\r?\n/)
                    .map(l => l.replace(/^\s*(?:export\s+)?[A-Za-z_]\w*\s*=\s*(["']?)(.*?)\1\s*$/, "$2"))
                    .flatMap(l => [...l.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map(m => m[1] ?? m[2] ?? m[3])),
                where,
            );
        if (path === "/etc/sysconfig/kubelet")
            return kubeletFlagOpenings(
                content
                    .split(/\r?\n/)
                    .filter(l => /^\s*(export\s+)?KUBELET_[A-Z_]*ARGS\s*=/.test(l))
                    .flatMap(l => l.replace(/^[^=]*=\s*["']?|["']?\s*$/g, "").split(/\s+/)),
                where,
            );
        if (SSHD_DROP_IN.test(path) || (edit && path === "/etc/ssh/sshd_config"))
            return [...sshdOpenings(content, where, true), ...sshdEnvironmentOpenings(content, where)];
        if (path === "/etc/ssh/sshd_config") {
            const environment = sshdEnvironmentOpenings(content, where);
            if (environment.length > 0) return environment;
        }
        // polkit rules (polkit(8), "AUTHORIZATION RULES"): a rule returning YES for systemd's unit management (or for any
        // action it does not check) lets its subject start root units over the system bus (org.freedesktop.systemd1(5):
        // "PID 1 uses polkit to allow access to privileged operations for unprivileged processes"), whatever network or
        // privilege limits its own unit has. Reboot or power actions only are accepted.
        if (/^\/(etc|usr\/share)\/polkit-1\/(rules\.d\/.+\.rules|localauthority\/.+\.pkla)$/.test(path)) {
            const grants = /polkit\.Result\.YES|Result(Any|Active|Inactive)\s*=\s*yes/.test(content);
            const systemd =
                /org\.freedesktop\.(systemd1|machine1|import1|portable1|policykit)\b|\borg\.freedesktop\.\*/.test(
                    content,
                );
            const checksAction = /action\.id|^\s*Action\s*=/m.test(content);
            if (grants && (systemd || !checksAction))
                return [
                    {
                        who: "the users the polkit rule names",
                        what: `user data writes a polkit rule (${path}, ${how}) letting users manage systemd units or any action it does not name: they start root services over the system bus; ${ROOT_SSH}`,
                    },
                ];
        }
        // PAM: pam_permit lets anyone through the stack it is in (pam_permit(8)).
        if (/^\/etc\/pam\.d\//.test(path) && /^\s*-?(auth|account)\s+\S+\s+pam_permit\.so/m.test(content))
            return [
                {
                    who: "anyone at the node's login prompt",
                    what: `user data makes PAM let anyone in (${path}: pam_permit.so in an auth or account stack, ${how}); ${ROOT_SSH}`,
                    anyInstance: {
                        who: "anyone at the instance's login prompt",
                        what: `user data makes PAM let anyone in (${path}: pam_permit.so in an auth or account stack, ${how}): a login on the instance's network (its instance profile's role through instance metadata)`,
                    },
                },
            ];
        // An edit (sed -i) of the node's configuration is judged like a write of it: the pack cannot place the
        // fragment in a file it does not see (the kubelet's config, /etc/shadow, sudoers ...).
        if (edit && NODE_CONFIG_PATHS.some(p => p.test(path)))
            return [
                {
                    who: "whoever the edited file lets in",
                    what: `user data edits ${path} (${how}), the node's own configuration or credentials, which the pack cannot judge from the edit; set it through a NodeConfig or leave it as the AMI has it`,
                },
            ];
        if (
            edit ||
            (SERVICE_DROP_IN.test(path) && ordersOnly(content)) ||
            (/^\/etc\/sudoers\.d\/[^/]+$/.test(path) && tighteningSudoDefaults(content)) ||
            (path === "/root/.aws/config" && awsConfigWithoutCredentials(content)) ||
            (path === "/root/.docker/config.json" && dockerConfigWithoutCredentials(content)) ||
            (path === "/root/.ssh/config" && sshConfigLocalOnly(content)) ||
            // Round 82: root's pip configuration whose every setting keeps pip's trust (pipConfigurationKeepsTrust:
            // timeout, progress-bar ...; pip docs "Configuration"), judged as /etc/pip.conf's is.
            (/^\/root\/(?:\.pip|\.config\/pip)\/pip\.conf$/.test(path) && pipConfigurationKeepsTrust(content)) ||
            // Round 74: root's bash startup files (bash(1) INVOCATION: ~/.bash_profile, ~/.bash_login, ~/.profile of a
            // login shell, ~/.bashrc of an interactive one) written with text user data holds: their variables were
            // judged above (environmentFileOpenings: PATH only with root-owned system directories, no loader variable),
            // their commands as root's shell lines where rootReads reads them (BASH_STARTUP), as /etc/bashrc's are.
            BASH_STARTUP.test(path) ||
            // Round 75: a sed script (`*.sed`, not a dot file) directly in root's home, written with text user data
            // holds, is data, not root's configuration: no program reads such a name implicitly (root's startup files
            // and tools' settings are dot files or under dot directories; the files a tool reads from its working
            // directory, /root for cron jobs and logins, have other names: Makefile, *.py modules, package.json ...),
            // and its reader, `sed -f FILE` (GNU sed manual, "-f script-file: Add the commands contained in the file
            // script-file to the commands to be executed"), is judged where it runs with this text (rootReads' sed -f
            // reading), as `bash FILE` would be.
            /^\/root\/[^./][^/]*\.sed$/.test(path)
        )
            return [];
        if (NODE_CONFIG_PATHS.some(p => p.test(path)))
            return [
                {
                    who: "whoever the written file lets in",
                    what: `user data writes ${path} (${how}), the node's own configuration or credentials, which the pack cannot judge`,
                },
            ];
        return [];
    },
    ran(
        given: readonly string[],
        how: string,
        cwd?: string,
        fileText?: (path: string) => string | undefined,
        nonRoot?: boolean,
        view: ScriptView = NO_VIEW,
    ): NodeOpening[] {
        // A multi-call binary's applet is that program for every reader below (shell.ts appletWords: `busybox nc HOST
        // PORT -e /bin/sh` is nc's; BusyBox docs, nc: "-e PROG Run PROG after connect").
        const words = appletWords(given);
        const name = posix.basename(words[0] ?? "");
        const operands = words.slice(1);
        // chpasswd(8), passwd(1) --stdin, useradd/usermod -p: a password for a login (a locked "!" or "*" is none).
        const password =
            name === "chpasswd" ||
            (name === "passwd" &&
                operands.some(
                    w =>
                        !/^(-l|--lock|-S|--status|-e|--expire)$/.test(w) &&
                        w.startsWith("-") &&
                        w !== "-n" &&
                        w !== "-x" &&
                        w !== "-w" &&
                        w !== "-i",
                )) ||
            (/^(useradd|usermod)$/.test(name) &&
                operands.some((w, i) => /^(-p|--password)$/.test(w) && !/^[!*]/.test(operands[i + 1] ?? "")));
        const out: NodeOpening[] = password ? [passwordOpening(how)] : [];
        // Round 74: sshd run by user data reads its -o options and -f file as its configuration (sshdCommandLineOpenings).
        if (name === "sshd") out.push(...sshdCommandLineOpenings(operands, `user data (${how})`));
        // Round 75: ldconfig's own directories and -f file enter /etc/ld.so.cache as ld.so.conf's do (ldconfigEntries),
        // judged by the same rule (only the system library directories).
        if (/^ldconfig(\.real)?$/.test(name)) {
            const other = ldconfigEntries(operands, fileText).find(
                e => !SYSTEM_LIBRARY_DIRECTORIES.has(e) && !/^include \/etc\/ld\.so\.conf\.d\/[^/]*$/.test(e),
            );
            if (other !== undefined)
                out.push({
                    who: "whoever provides the libraries it adds",
                    what: `user data runs ${words.join(" ")} (${how}), adding ${other} to the loader's search path: ldconfig(8) puts the directories on its command line and in its -f file into /etc/ld.so.cache before the trusted directories, so ld.so(8) loads a library there in place of the system's in every program, root's included; install libraries into the system directories with the package manager, or set LD_LIBRARY_PATH in the one unit that needs them`,
                });
        }
        // grubby --args / --update-kernel ... --args="...": kernel arguments for the next boot.
        if (name === "grubby")
            words.forEach((w, i) => {
                const value = w.startsWith("--args=") ? w.slice(7) : words[i - 1] === "--args" ? w : undefined;
                if (value !== undefined) out.push(...kernelArgsOpenings(value.split(/\s+/), `user data (${how})`));
            });
        // Round 73: grub2-editenv(1) `FILE set NAME=VALUE...` sets grubenv variables; BLS grub2 (RHEL 8+, AL2023)
        // entries take `options $kernelopts $tuned_params`, and a grub.cfg may expand any other, so every value but
        // GRUB's own boot-state variables (GRUB manual "Special environment variables", "Environment block":
        // saved_entry, next_entry, prev_saved_entry, boot_success, boot_indeterminate, menu_auto_hide, default,
        // fallback, timeout) is read as kernel arguments (kernelArgsOpenings).
        if (/^grub2?-editenv$/.test(name)) {
            const set = operands.indexOf("set");
            for (const w of set < 0 ? [] : operands.slice(set + 1)) {
                const at = w.indexOf("=");
                const variable = at < 0 ? w : w.slice(0, at);
                if (at >= 0 && !GRUB_STATE_VARIABLES.test(variable))
                    out.push(
                        ...kernelArgsOpenings(w.slice(at + 1).split(/\s+/), `user data (${how}: grubenv ${variable})`),
                    );
            }
        }
        out.push(...kernelToolOpenings(name, operands, how, view));
        // A packet's TTL raised on the node undoes the instance metadata hop limit (the token answer's IP TTL is the
        // hop limit: EC2 user guide, "Instance metadata access considerations"): iptables-extensions(8) TTL/HL targets,
        // nft `ttl set`/`hoplimit set`.
        // Round 81: a rule that only lowers it (lowersHopLimit: --ttl-set 1, --ttl-dec) undoes nothing.
        if (
            (/^(ip6?tables(-legacy|-nft)?)$/.test(name) &&
                words.some(w => /^(TTL|HL)$|^--(ttl|hl)-(inc|set)$/.test(w)) &&
                !lowersHopLimit(operands)) ||
            (name === "nft" && /\b(ttl|hoplimit)\s+set\b/.test(words.join(" "))) ||
            // tc-pedit(8): `pedit ex munge ip ttl set N` (or ip6 hoplimit) rewrites the field on the way through.
            (name === "tc" && words.includes("pedit") && /\bmunge\s+(ip\s+ttl|ip6\s+hoplimit)\b/.test(words.join(" ")))
        )
            out.push(hopLimitUndone(how));
        // Remote management in any form: cloud-config's modules are refused (REMOTE_MANAGEMENT), and so are the agents
        // run as commands or units (REMOTE_AGENTS).
        const unit = startedUnits(words).map(u => u.replace(/\.service$/, ""));
        // ssh(1) -F configfile ("an alternative per-user configuration file"), read as root's ~/.ssh/config is written
        // (sshConfigLocalOnly); one user data changed in a way the pack cannot compute may say anything. ssh_config(5).
        if (/^(ssh|autossh|scp|sftp)$/.test(name))
            for (const config of operands.flatMap((w, i) =>
                w === "-F" ? [operands[i + 1] ?? ""] : /^-F./.test(w) ? [w.slice(2)] : [],
            )) {
                const text = readConfig(posix.resolve(cwd ?? "/", config), fileText, view);
                if (text === null || (typeof text === "string" && !sshConfigLocalOnly(text)))
                    out.push({
                        who: "the hosts the ssh configuration forwards to or runs",
                        what: `user data runs ${name} -F ${config} (${how}), an ssh configuration ${text === null ? "the pack cannot read" : "with more than host names, authentication and loopback local forwards (a RemoteForward or DynamicForward hands the node's network to the remote side; ProxyCommand, LocalCommand run commands)"}; ${ROOT_SSH}`,
                    });
            }
        // Each started unit by every name it has (unitNames: a link's name is an alias of the unit it links to).
        const names = unit.map(u => unitNames(u, view));
        const remote =
            remoteAgent(words, cwd, fileText, view) ??
            names.flat().find(u => remoteAgentUnit(u)) ??
            names
                .flatMap(all => all.map(u => packagedUnitAgent(u, fileText, view, all)))
                .find(who => who !== undefined);
        if (remote)
            out.push({
                who: remote,
                what: `user data hands the node to ${remote} (${how}), which runs anything as root on it; ${ROOT_SSH}`,
            });
        const contained = containedAgent(name, operands, cwd);
        if (contained)
            out.push({
                who: contained.who,
                what: `user data hands the node to ${contained.who} (${how}): it runs in a container beyond a pod's confinement (${contained.reach}), so the jobs it takes are root on the node; ${ROOT_SSH}`,
            });
        // The CloudWatch agent configured from Parameter Store: whoever writes the parameter chooses which node files
        // root ships (CloudWatch agent user guide, fetch-config "-c ssm:"), content the pack cannot read.
        if (
            /^amazon-cloudwatch-agent-ctl$/.test(name) &&
            words.some((w, i) => /^ssm:/.test(w) && words[i - 1] === "-c")
        )
            out.push({
                who: "whoever writes the Parameter Store parameter",
                what: `user data has the CloudWatch agent take its configuration from Parameter Store (${how}): which node files it ships (every pod's token included) is content the pack cannot read; write the agent's configuration in the user data (-c file:)`,
            });
        // Round 88: or from a file in a world-writable directory (podSpec.ts WORLD_WRITABLE) user data did not write
        // there: any local user or non-root daemon may have put it there first (CloudWatch agent user guide,
        // fetch-config "-c file:PATH"), choosing the files root ships. The agent's own receivers are DECIDED harmless
        // (StatsD, collectd: metric lines only); what its configuration names is judged where it is written.
        if (/^amazon-cloudwatch-agent-ctl$/.test(name))
            words.forEach((w, i) => {
                if (words[i - 1] !== "-c" || !w.startsWith("file:")) return;
                const path = posix.resolve(cwd ?? "/", w.slice(5));
                if (worldWritableRoot(path) !== undefined && fileText?.(path) === undefined)
                    out.push({
                        who: `every local user or process that may write ${worldWritableRoot(path)}`,
                        what: `user data has the CloudWatch agent take its configuration from ${path} (${how}), in a world-writable directory, a file user data did not write there: whoever puts it there chooses which node files root ships (every pod's token included); write the agent's configuration in the user data, under /opt/aws/amazon-cloudwatch-agent/etc`,
                    });
            });
        // AL2 bootstrap.sh --kubelet-extra-args: the kubelet's flags (judged as in a NodeConfig); --b64-cluster-ca is
        // written base64-decoded to /etc/kubernetes/pki/ca.crt, the AL2 kubelet-config.json's clientCAFile
        // (amazon-eks-ami bootstrap.sh: `echo $B64_CLUSTER_CA | base64 -d > $CA_CERTIFICATE_FILE_PATH`).
        if (name === "bootstrap.sh")
            words.forEach((w, i) => {
                const option = (flag: string) =>
                    w.startsWith(`${flag}=`) ? w.slice(flag.length + 1) : words[i - 1] === flag ? w : undefined;
                const value = option("--kubelet-extra-args");
                if (value !== undefined)
                    out.push(...kubeletFlagOpenings(value.trim().split(/\s+/), `user data (${how})`));
                const ca = option("--b64-cluster-ca");
                if (ca !== undefined)
                    out.push(...clusterCABundle(ca, `user data (${how})`, "bootstrap.sh --b64-cluster-ca"));
            });
        // dockerd(8) -H/--host tcp://: the Docker API on the network; without --tlsverify it authenticates no client
        // (Docker docs, "Protect the Docker daemon socket": "--tlsverify ... only connections from clients
        // authenticated by a certificate signed by that CA are allowed"; --tls alone verifies nobody).
        if (name === "dockerd") out.push(...dockerHostOpenings(operands, `user data (${how})`));
        if (name === "podman") out.push(...podmanServiceOpenings(operands, `user data (${how})`));
        // A relay of a root-power socket (socat, systemd-socket-proxyd, ncat; runtimeSocketRelay) puts its API on the
        // network, unauthenticated: containerd's on a node port is root for any pod reaching it, as tcp_address is.
        // A path linked to one (or by a link the pack cannot follow) is judged once the links are known (loopbackJoin).
        if (/^(socat|systemd-socket-proxyd|ncat|nc|netcat)$/.test(name)) {
            const paths = operands.flatMap(w => w.match(/\/[^\s,:]+/g) ?? []);
            if (paths.some(p => rootPowerSocket(p))) {
                if (!(name === "socat" && socatOwnerOnlyUnixRelay(operands))) out.push(runtimeSocketRelay(how));
            } else if (paths.length > 0) out.push(heldForJoin({ relay: { paths, how } }));
        }
        // Servers it starts: shells, files and forward proxies on the node's network (SERVERS, listenerOpenings). Read
        // from the words as given: SERVERS tells a multi-call binary's applets (busybox httpd, toybox nc) from the
        // programs of the same name (readServers).
        out.push(...listenerOpenings(commandListeners(given, cwd, fileText, !nonRoot, view), how, fileText, view));
        // A shell handed to another host by a program that dials out (shellsHandedOut).
        out.push(...shellsHandedOut(words, cwd, fileText, view).map(what => shellHandedOut(how, what)));
        // Forwarders to the instance's loopback, joined with its loopback listeners per user data (loopbackJoin).
        out.push(...forwarderMarks(commandForwarders(given, fileText, view), how));
        // A line's commands relaying together (lineRelays): a shell's -c line, and the line of the first command of one.
        const dashC = SHELLS.test(name) ? operands.findIndex(w => /^-[a-z]*c$/.test(w)) : -1;
        const ownLine = /^a command it runs: /.test(how) ? how.slice("a command it runs: ".length) : undefined;
        const first = ownLine === undefined ? undefined : simpleCommands(ownLine).find(c => c.words.length > 0);
        if (dashC >= 0 && operands[dashC + 1] !== undefined) out.push(...lineRelays(operands[dashC + 1], how));
        else if (
            ownLine !== undefined &&
            first !== undefined &&
            posix.basename(first.words[programIndex(first.words)] ?? "") === name
        )
            out.push(...lineRelays(ownLine, how));
        out.push(
            ...listenerOpenings(
                unit.flatMap(u => codeServerUnitListeners(u, fileText, view)),
                how,
            ),
        );
        // Round 86: libvirt's packaged units opening its remote TCP listener (daemonConfigs.ts libvirtUnitListeners).
        out.push(
            ...listenerOpenings(
                unit.flatMap(u => libvirtUnitListeners(u, p => readConfig(p, fileText, view))),
                how,
            ),
        );
        // A server's packaged unit runs its program on its packaged configuration (PACKAGED_SERVER_UNITS), judged as
        // that command.
        for (const command of unit.flatMap(u => PACKAGED_SERVER_UNITS[u] ?? [])) {
            const started = `${how}: its packaged unit runs ${command.join(" ")}`;
            out.push(
                ...listenerOpenings(commandListeners(command, "/", fileText, true, view), started, fileText, view),
            );
            out.push(...forwarderMarks(commandForwarders(command, fileText, view), started));
        }
        // kubectl proxy serves the API server, and kubectl port-forward a pod's ports (its loopback-only ones included: the
        // stream ends inside the pod's network namespace), to whoever connects, authenticated as kubectl's own credential
        // (kubectl reference, "kubectl proxy": --address "The IP address on which to serve on", default 127.0.0.1;
        // --accept-hosts only matches the Host header a client sends; "kubectl port-forward": --address default
        // localhost). On the node that credential is the kubelet's kubeconfig or root's: the node's identity, which the
        // Node authorizer lets read the Secrets of the pods on the node and mint their ServiceAccount tokens (Kubernetes,
        // "Using Node Authorization"). On loopback or a unix socket only the node's processes connect (loopbackOnly).
        if (name === "kubectl") {
            const takesValue =
                /^(--kubeconfig|--context|--cluster|--user|-n|--namespace|-s|--server|--token|--as|--as-group|--as-uid|--certificate-authority|--client-certificate|--client-key|--request-timeout|--tls-server-name|--cache-dir|-v|--v|--log-file|--profile|--profile-output)$/;
            const sub = operands.find((w, i) => !w.startsWith("-") && !takesValue.test(operands[i - 1] ?? ""));
            if (sub === "proxy" || sub === "port-forward") {
                const given = operands
                    .flatMap((w, i) =>
                        w.startsWith("--address=") ? [w.slice(10)] : operands[i - 1] === "--address" ? [w] : [],
                    )
                    .flatMap(v => v.split(","));
                const socket = sub === "proxy" && operands.some(w => /^(-u|--unix-socket)(=.*)?$/.test(w));
                const addresses = given.length > 0 ? given : [sub === "proxy" ? "127.0.0.1" : "localhost"];
                if (!socket && !loopbackOnly(addresses))
                    out.push({
                        who: "every pod that reaches the node",
                        what: `user data has kubectl ${sub} serve ${sub === "proxy" ? "the API server" : "a pod's ports"} on ${addresses.join(", ")} (${how}): ${sub === "proxy" ? `whoever connects calls the API server as kubectl's credential, on the node the kubelet's kubeconfig or root's (the node's identity: the Node authorizer lets it read the Secrets of the pods on the node and mint their ServiceAccount tokens, Kubernetes "Using Node Authorization")` : "whoever connects reaches the pod's ports through kubectl's credential, the ones it keeps on its own loopback included (the stream ends inside the pod's network namespace)"}; keep --address ${sub === "proxy" ? "127.0.0.1" : "localhost"} (the default)${sub === "proxy" ? " or a unix socket" : ""}`,
                    });
            }
        }
        // EC2 Instance Connect's package sets sshd's AuthorizedKeysCommand: any IAM principal allowed
        // ec2-instance-connect:SendSSHPublicKey logs in as ec2-user (EC2 user guide, "Install EC2 Instance Connect").
        if (
            /^(dnf|yum|rpm|apt|apt-get|zypper)$/.test(name) &&
            operands.some(w => /^ec2-instance-connect(-[0-9].*)?(\.rpm)?$/.test(posix.basename(w)))
        )
            out.push({
                who: "every IAM principal allowed ec2-instance-connect:SendSSHPublicKey",
                what: `user data installs EC2 Instance Connect (${how}): it sets sshd's AuthorizedKeysCommand, so IAM principals push a key and log in; ${ROOT_SSH}`,
            });
        // agetty(8) --autologin USER: a console (the EC2 serial console's ttyS0 included) logs in without a password.
        if (/^a?getty$/.test(name) && operands.some(w => /^(-a|--autologin)(=|$)/.test(w)))
            out.push({
                who: "whoever opens the node's console (EC2 serial console)",
                what: `user data has a console log in without a password (${how}): agetty --autologin gives a shell to whoever reaches the console; ${ROOT_SSH}`,
            });
        // Setting or printing the address relays nothing (a printed file is judged where it is written). Round 72:
        // `systemctl set-environment VARIABLE=VALUE...` sets the manager's environment (systemctl(1): "Set one or more
        // systemd manager environment variables, as specified on the command line"), judged as such
        // (environmentGiven, managerLoaderOpenings); an address in a value (AWS's NO_PROXY=169.254.169.254,...)
        // routes nothing, as the same `export NO_PROXY=...` does not.
        const settings =
            name === "systemctl" && operands.filter(w => !w.startsWith("-"))[0] === "set-environment"
                ? new Set(operands.filter(w => isAssignment(w.replace(/\0/g, ""))))
                : new Set<string>();
        if (
            words.some(w => !settings.has(w) && namesImds(w)) &&
            !/^(export|local|declare|readonly|typeset|echo|printf|logger|test|\[|\[\[|grep)$/.test(name)
        ) {
            const blocks =
                /^(iptables|ip6tables|iptables-legacy|iptables-nft|nft)$/.test(name) &&
                words.some(w => /^(DROP|REJECT|drop|reject)$/.test(w)) &&
                !words.some(w => /DNAT|REDIRECT|--to-destination|dnat/i.test(w));
            // Round 81: a rule only lowering the TTL of what it matches (lowersHopLimit) routes nothing either.
            const localOutput =
                /^(iptables|ip6tables|iptables-legacy|iptables-nft)$/.test(name) &&
                (filtersLocalOutput(operands) || lowersHopLimit(operands));
            if (!blocks && !localOutput && !/^(curl|wget|ec2-metadata|ec2-metadata\.sh)$/.test(name))
                out.push(imdsRelay(how, relayListensLocally(name, operands)));
        }
        return out;
    },
    credentials(words) {
        const name = posix.basename(words[0] ?? "");
        // A role's credentials: .../security-credentials/<role> (or identity-credentials/ec2/security-credentials/
        // ec2-instance); the bare .../security-credentials/ lists only the role's name (EC2 user guide, "Instance
        // metadata categories").
        if (
            /^(curl|wget)$/.test(name) &&
            words.some(
                w =>
                    namesImds(w) &&
                    /(security|identity)-credentials\/[^/\s?#"']+/.test(w) &&
                    !/identity-credentials\/ec2\/(info)?\/?$/.test(w),
            )
        )
            return "the node role's credentials from instance metadata";
        // An IMDSv2 session token (PUT .../latest/api/token): whoever holds it reads instance metadata, the node role's
        // credentials included, until it expires (up to 6 hours), from wherever it is: the hop limit applies to the
        // token's own response only (EC2 API InstanceMetadataOptionsRequest, HttpPutResponseHopLimit: "The desired HTTP
        // PUT response hop limit for instance metadata requests"), not to the GETs that use it. Printed where pods read,
        // it counts as the credentials themselves; captured and used in the script only, it stays there.
        if (/^(curl|wget)$/.test(name) && words.some(w => namesImds(w) && /\/api\/token(?![\w-])/.test(w)))
            return "an IMDSv2 session token of instance metadata (the node role's credentials for its TTL)";
        const call = words
            .slice(1)
            .filter(w => !w.startsWith("-"))
            .slice(0, 2)
            .join(" ");
        // AWS CLI commands printing credentials or tokens of the caller (the node role): AWS CLI reference.
        if (
            name === "aws" &&
            /^(configure export-credentials|sts (get-session-token|assume-role.*|get-federation-token)|ecr(-public)? get-login-password|ecr get-login|ecr(-public)? get-authorization-token|eks get-token|codeartifact get-authorization-token|sso get-role-credentials)$/.test(
                call,
            )
        )
            return `what \`aws ${call}\` prints (credentials or a token of the node role)`;
        return undefined;
    },
    configured(text: string, how: string, view: ScriptView = NO_VIEW) {
        const lines = text.split(/\r?\n/);
        // A forward proxy on the node (squid.conf http_access allow ...) fetches instance metadata for whoever asks it
        // unless link-local destinations are denied: the hop limit then protects nothing.
        const proxies =
            lines.some(l => /^\s*http_access\s+allow\b/.test(l)) && lines.some(l => /^\s*http_port\b/.test(l));
        const linkLocal =
            lines.some(l => /^\s*acl\s+(\S+)\s+dst\s+.*169\.254\.(0\.0\/16|169\.254)/.test(l)) &&
            lines.some(l => /^\s*http_access\s+deny\s+/.test(l));
        // Bound to loopback only (http_port 127.0.0.1:3128), it serves the node's own processes (loopbackOnly).
        const squid =
            proxies && !linkLocal && !loopbackOnly(directiveValues(lines, LISTENS.squid))
                ? [imdsRelay(`${how}: a forward proxy that does not deny 169.254.0.0/16`)]
                : [];
        const ttl = lines.find(l => /-j\s+(TTL|HL)\b|\b(ttl|hoplimit)\s+set\b/.test(l));
        // bash(1) PARAMETERS: `name+=value` appends to the variable (/etc/default/grub is sourced by grub2-mkconfig).
        const grub = lines
            .filter(l => /^\s*(export\s+)?GRUB_CMDLINE_LINUX(_DEFAULT)?\s*\+?=/.test(l))
            .flatMap(l => l.replace(/^[^=]*=\s*["']?|["']?\s*$/g, "").split(/\s+/));
        // A configuration naming the node's credentials (every pod's token under /var/lib/kubelet/pods, the kubelet's
        // pki, hybrid nodes' credentials), or a glob that can match them: an agent reading it as root ships or serves
        // them (an OpenTelemetry filelog receiver's include, a log shipper's path).
        // Round 88: a configuration's comments name nothing its program reads (JSON5, JSONC and HCL `//`, YAML, TOML,
        // HCL and shell `#` at a line's start or after a blank; INI `;` at a line's start: json5.org "Comments",
        // YAML 1.2 §6.6 "Comments", TOML v1.0.0 "Comment", Python configparser "comment_prefixes ('#', ';')"): dropped,
        // as rootReads withoutComments drops source code's, before the lines are read for paths (`// opsd
        // configuration` is no directory `/`). A `//` followed by a path (`//var/lib/...`) stays a path.
        const credentials = credentialLines(text, lines).find(raw => {
            const l = raw.replace(/^\s*;.*$/, "").replace(/(^|\s)(#|\/\/(?=\s|$)).*$/, "$1");
            return [...l.matchAll(/(?<![\w.~-])\/[^\s"',;\][)(]*[^\s"',;]*/g)].some(m => {
                // Round 70: `scheme://authority...` is a URL (RFC 3986 section 3: the authority follows `//`; an IPv6
                // host is bracketed, section 3.2.2: `http://[::1]:9000`), its path the server's, no node path (as
                // rootReads.ts pathsIn reads it); file:// and unix:// name the node's own path after the authority.
                const scheme = /(?:^|[^A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*):$/.exec(l.slice(0, m.index));
                if (m[0].startsWith("//") && scheme !== null && !/^(file|unix)$/i.test(scheme[1])) return false;
                const rest = m[0].slice(2);
                const path =
                    m[0].startsWith("//") && scheme !== null
                        ? rest.includes("/")
                            ? rest.slice(rest.indexOf("/"))
                            : "/"
                        : m[0];
                const literal = path.replace(/[*?[{].*$/, "").replace(/\/+$/, "") || "/";
                // A glob, or a directory (a trailing `/`: `//` is the directory /), covers what lies under it. Comments in
                // source code (`// ...`) are dropped before this (rootReads withoutComments): they name no path.
                return NODE_CREDENTIALS.some(
                    c =>
                        literal === c ||
                        literal.startsWith(`${c}/`) ||
                        (literal !== path && c.startsWith(`${literal}/`)) ||
                        (literal !== path && literal === "/"),
                );
            });
        });
        const early = [
            ...(credentials
                ? [
                      {
                          who: "whoever reads what the agent ships or serves",
                          what: `user data has a node agent read the node's credentials (${how}: ${credentials.trim()}): every pod's token or the node's keys (podSpec.ts NODE_SECRETS) leave the node with its output; name log files only`,
                      },
                  ]
                : []),
            ...squid,
            ...forwardProxies(text).map(proxy => imdsRelay(`${how}: ${proxy}`)),
            ...listenerOpenings(configFileServers(text, view), how),
            ...forwarderMarks(configForwarders(text), how),
            ...(ttl ? [hopLimitUndone(`${how}: ${ttl.trim()}`)] : []),
            ...kernelWordsOpenings(grub, `user data (${how})`),
        ];
        // Environment settings naming the endpoint (AWS_EC2_METADATA_SERVICE_ENDPOINT=...), proxy settings (no_proxy in
        // a TOML or INI file as well: proxySetting) and blocking rules relay nothing.
        // Round 88: a Python program that accepts no connection (pythonListensNowhere: an IMDSv2 client) relays nothing.
        const client = pythonListensNowhere(text, how);
        const relays = text.split(/\r?\n/).filter(
            l =>
                !client &&
                namesImds(l) &&
                !/^\s*(export\s+)?[A-Za-z_][A-Za-z0-9_]*=/.test(l) &&
                !proxySetting(l) &&
                !/-j\s+(DROP|REJECT)\b/.test(l) &&
                // An nftables rule whose verdict is drop or reject (nft(8), "Verdict statement"), with no NAT,
                // redirect or forwarding statement: it blocks, as an iptables DROP does.
                !(
                    /\b(drop|reject)\b(\s+with\s+[a-z0-9-]+(\s+type\s+[a-z0-9-]+)?)?\s*(;|#|$)/i.test(l) &&
                    !/\b(dnat|snat|redirect|tproxy|masquerade|queue|fwd|dup|accept)\b/i.test(l)
                ),
        );
        return [
            ...early,
            ...(relays.length > 0 ? [imdsRelay(`${how}: ${relays[0].trim()}`, configListensLocally(text))] : []),
        ];
    },
} satisfies NodeJudge;

/** Text a root process of the node runs (`file` undefined) or reads at `file`; `settings` is what the settings reader sees. */
export interface RootText {
    text: string;
    file?: string;
    /** The text goes to the end of `file` (cloud-init write_files `append: true`), not over it. */
    append?: boolean;
    /** Set when a setting rather than a file holds the text: how the node reads it. */
    readBy?: string;
    settings: string;
}

/**
 * Round 88: the commands cloud-init's "output" setting pipes its output into (cloud-init base configuration "Output":
 * a value starting with `|` is a command run with a shell; `>`/`>>` a file): a string, a [stdout, stderr] pair or an
 * {output, error} map, for `all` or one stage (init, config, final).
 */
function cloudOutputCommands(output: unknown): string[] {
    const values = (x: unknown): unknown[] =>
        typeof x === "string"
            ? [x]
            : Array.isArray(x)
              ? x.flatMap(values)
              : x !== null && typeof x === "object"
                ? Object.values(x).flatMap(values)
                : [];
    return values(output).flatMap(v => {
        const m = /^\s*\|\s*([\s\S]*)$/.exec(String(v));
        return m && m[1].trim() !== "" ? [m[1]] : [];
    });
}

/**
 * Round 88: the .repo text cloud-init's yum_add_repo writes for one yum_repos entry (cc_yum_add_repo: a `[id]` section,
 * each key `key=value`, `-` in keys as `_`, a boolean as 1 or 0, a list one value per line).
 */
function yumRepoText(id: string, repo: Record<string, unknown>): string {
    const value = (v: unknown): string =>
        typeof v === "boolean" ? (v ? "1" : "0") : Array.isArray(v) ? v.map(value).join("\n    ") : String(v ?? "");
    return (
        [`[${id}]`, ...Object.entries(repo).map(([k, v]) => `${k.replace(/-/g, "_")}=${value(v)}`)].join("\n") + "\n"
    );
}

/**
 * cloud-config keys whose paths name a disk layout, a mount or a user (cloud-init module reference: Disk Setup,
 * Growpart, Resizefs, Mounts' defaults, Users and Groups); write_files, runcmd, bootcmd and mounts are read apart.
 * Every other key naming a directory pods may write is refused (swap files, package repositories, output pipes...).
 */
const CLOUD_CONFIG_PATH_KEYS = new Set([
    "write_files",
    "runcmd",
    "bootcmd",
    "mounts",
    "fs_setup",
    "disk_setup",
    "device_aliases",
    "growpart",
    "resize_rootfs",
    "mount_default_fields",
    "users",
    "groups",
    "final_message",
]);

/**
 * A cloud-config's users as cloud-init reads them: `users` entries plus a top-level `user:` (merged into the default
 * user), each key with `-` rewritten to `_` (distros/ug_util.py normalize_users_groups, _normalize_users).
 */
export function cloudConfigUsers(c: Record<string, any>): Record<string, any>[] {
    return [...list(c.users), ...(c.user && typeof c.user === "object" ? [c.user] : [])].map(u =>
        Object.fromEntries(Object.entries(obj(u)).map(([k, v]) => [k.replace(/-/g, "_"), v])),
    );
}

export function cloudConfigOpenings(body: string): { openings: NodeOpening[]; texts: RootText[] } {
    const out: NodeOpening[] = [];
    const texts: RootText[] = [];
    for (const doc of yamlDocs(body, "a cloud-config part")) {
        const c = obj(doc);
        const users = cloudConfigUsers(c);
        const keyed = [c, ...users].some(
            u => list(u.ssh_authorized_keys ?? u["ssh-authorized-keys"]).length > 0 || list(u.ssh_import_id).length > 0,
        );
        if (keyed) out.push(SSH_KEY);
        // A home in a data directory: pods write its ~/.ssh/authorized_keys and profiles (sshd(8)), and a login there
        // runs on the node's network (the node role through instance metadata), as root with sudo.
        for (const u of users) {
            const home = typeof u.homedir === "string" ? posix.resolve("/", u.homedir) : undefined;
            if (home && podWritableRoot(home))
                out.push({
                    who: `every pod that may write ${podWritableRoot(home)}`,
                    what: `user data gives user ${String(u.name ?? "(unnamed)")} the home ${home} (cloud-config users homedir), under a node directory the pack lets pods write: pods write its ~/.ssh/authorized_keys and shell profiles, and a login there runs on the node's network (the node role through instance metadata), as root with sudo; give users homes outside the data directories`,
                });
        }
        const passwords =
            c.password !== undefined ||
            c.chpasswd !== undefined ||
            users.some(
                u => u.passwd !== undefined || u.plain_text_passwd !== undefined || u.hashed_passwd !== undefined,
            );
        if (isOn(c.ssh_pwauth) || passwords) out.push(passwordOpening("cloud-init ssh_pwauth, chpasswd, passwd"));
        for (const f of list(c.write_files).map(obj)) {
            // The kernel resolves `.`, `..` and `//` in the path cloud-init opens.
            const path = posix.resolve("/", String(f.path ?? ""));
            const content = writtenContent(f);
            if (f.source !== undefined)
                out.push({
                    who: "whoever serves the file's source",
                    what: `user data writes ${path} from a source fetched at boot (cloud-init write_files source), which the pack cannot read`,
                });
            // What the file is to the node (sshd, the kubelet, credentials ...) is judged with every other write
            // (nodeJudge.written), when rootReads reads the texts below.
            // cloud-init reads its own configuration directory at every boot (cloud-init docs, "Configuration
            // sources"): a file there is cloud-config. Files that run at boot (per-boot/per-instance/per-once scripts,
            // systemd units, cron) and every other file are read with the script reader.
            if (/^\/etc\/cloud\/cloud\.cfg(\.d\/|$)/.test(path)) {
                const nested = cloudConfigOpenings(content);
                out.push(...nested.openings);
                texts.push(...nested.texts);
            }
            // logrotate reads paths of logs and runs only its script blocks (logrotate(8): prerotate, postrotate,
            // firstaction, lastaction ... endscript), as root.
            // `append: true` adds the content to the file's end (cloud-init module reference, "Write Files": append).
            texts.push({
                text: content,
                file: path,
                append: isOn(f.append),
                settings: /^\/etc\/logrotate\.(conf$|d\/)/.test(path) ? logrotateScripts(content) : content,
            });
        }
        // fs_setup's `cmd` is run through a shell as root to make the filesystem (cloud-init module reference, "Disk
        // Setup": "Optional command to run to create the filesystem"; cc_disk_setup runs it with shell=True).
        for (const fs of list(c.fs_setup).map(obj))
            if (fs.cmd !== undefined) {
                const cmd = Array.isArray(fs.cmd) ? fs.cmd.map(String).join(" ") : String(fs.cmd);
                texts.push({ text: cmd, settings: cmd });
            }
        // A list entry is run without a shell (cloud-init module reference, "Runcmd"): its words are quoted as given.
        const shellLine = (x: unknown) =>
            Array.isArray(x) ? x.map(w => `'${String(w).replace(/'/g, `'\\''`)}'`).join(" ") : String(x);
        // Other modules run commands through a shell as root (cloud-init module reference): power_state's `condition`
        // (cc_power_state_change: a string runs with shell=True, a list without), snap's `commands`, random_seed's
        // `command`, wireguard's `readinessprobe`.
        const commands = [
            // Round 88: cloud-init base configuration "output": "If the value starts with a `|`, the output is piped to
            // the given command" (cc `output: {all: '| tee -a /var/log/cloud-init-output.log'}`, per stage init,
            // config, final; a [stdout, stderr] pair or {output, error}), run through a shell as root.
            ...cloudOutputCommands(c.output),
            obj(c.power_state).condition,
            ...(Array.isArray(obj(c.snap).commands) ? obj(c.snap).commands : Object.values(obj(obj(c.snap).commands))),
            obj(c.random_seed).command,
            ...list(obj(c.wireguard).readinessprobe),
        ].filter(x => x !== undefined && x !== null && typeof x !== "boolean");
        for (const x of commands)
            texts.push({ text: shellLine(x), settings: Array.isArray(x) ? x.join(" ") : String(x) });
        // cloud-init `mounts`: [fs_spec, fs_file, fs_vfstype, fs_mntops, fs_freq, fs_passno] (module reference, "Mounts").
        for (const entry of list(c.mounts)) {
            const fields = list(entry).map(x => String(x ?? "").trim());
            out.push(...bindOpenings(fields[0] ?? "", fields[1] ?? "", "user data's cloud-config mounts entry"));
            texts.push({ text: fields.join(" "), file: "/etc/fstab", settings: "" });
        }
        for (const [key, value] of Object.entries(c).filter(([key]) => !CLOUD_CONFIG_PATH_KEYS.has(key)))
            for (const { at, value: v } of stringsIn(value, key))
                texts.push({ text: v, readBy: `in cloud-config key ${at}`, settings: "" });
        // cloud-init's package module installs `packages` entries (a name, or [name, version]; module reference,
        // "Package Update Upgrade Install"): judged as the same install by the distro's package manager.
        const packages = list(c.packages).map(p => String(Array.isArray(p) ? p[0] : p));
        // Round 88: cloud-init module reference "Yum Add Repo": each yum_repos entry is written as
        // /etc/yum.repos.d/<id>.repo (its keys as `key=value`, booleans as 1/0) before the packages module installs
        // (config stage, then final): read as that written file, then the install read after it as the script's own
        // `dnf install` is (packageConfiguration, uncheckedPackageSources).
        const repos = Object.entries(obj(c.yum_repos));
        for (const [id, repo] of repos) {
            const file = `/etc/yum.repos.d/${id.replace(/[^\w.-]/g, "_")}.repo`;
            const text = yumRepoText(id, obj(repo));
            texts.push({ text, file, settings: text });
        }
        if (repos.length > 0 && packages.length > 0) {
            const install = ["dnf", "install", "-y", ...packages].map(w => `'${w.replace(/'/g, `'\\''`)}'`).join(" ");
            texts.push({ text: install, settings: install });
        }
        if (packages.length > 0)
            out.push(...nodeJudge.ran(["dnf", "install", "-y", ...packages], "cloud-config packages"));
        const remote = REMOTE_MANAGEMENT.filter(m => c[m] !== undefined);
        if (remote.length > 0)
            out.push({
                who: `the ${remote.join(", ")} server`,
                what: `user data hands the node to ${remote.join(", ")} (cloud-init), whose server runs anything as root on it`,
            });
        // cloud-init writes a module's items into one shell script, in order (module reference, "Runcmd": "written to a
        // file and interpreted using sh"; cc_runcmd util.shellify), so a `cd` or a variable of one item holds in the next.
        for (const key of ["runcmd", "bootcmd"]) {
            const items = list(c[key]);
            if (items.length > 0)
                texts.push({
                    text: items.map(shellLine).join("\n"),
                    settings: items.map(x => (Array.isArray(x) ? x.join(" ") : String(x))).join("\n"),
                });
        }
    }
    return { openings: out, texts };
}

/**
 * A node directory mounted at another place (a bind: cloud-init `mounts`, an fstab line, a systemd .mount unit, a
 * `mount` command). The pod judge knows node secrets by their paths (podSpec.ts NODE_SECRETS): bound elsewhere, the
 * kubelet's directory (every pod's token) or the runtime's sockets appear where a hostPath may read them, or where pods
 * may write (/srv, /data); bound over them, a directory elsewhere becomes them. So a bind whose source or target holds
 * node secrets (at, inside or above one) is refused unless the other end lies inside them too. A source that is no
 * absolute directory (a device under /dev, LABEL=/UUID=, an NFS export host:/path, tmpfs, swap) brings nothing of the
 * node's directories: mounting a data volume, even at /var/lib/kubelet, stays accepted. cloud-init writes `mounts`
 * entries to /etc/fstab as written when fs_spec is no block device name (cloud-init module reference, "Mounts";
 * cc_mounts.py sanitize_mounts_configuration); systemd.mount(5): What=, Where=; mount(8): --bind, --rbind, --move.
 */
function bindOpenings(source: string, target: string, where: string, verb = "mounts"): NodeOpening[] {
    if (!source.startsWith("/") || /^\/dev(\/|$)/.test(posix.resolve(source)) || !target) return [];
    const exposed =
        (holdsNodeSecrets(source) && !insideNodeSecrets(target)) ||
        (holdsNodeSecrets(target) && !insideNodeSecrets(source));
    return exposed
        ? [
              {
                  who: "every pod that may mount the other end",
                  what: `${where} ${verb} ${source} at ${target}: a node directory holding every pod's token or the runtime's sockets (podSpec.ts NODE_SECRETS) appears at a path the pack lets pods mount, or under one, and a pod reading it acts as every ServiceAccount on the node; mount a block device there instead, or nodeadm's localStorage`,
              },
          ]
        : [];
}

/** mount(8) options that take a value as the next argument. */
const MOUNT_VALUE_OPTIONS = new Set([
    "-o",
    "--options",
    "-t",
    "--types",
    "-O",
    "--test-opts",
    "-L",
    "--label",
    "-U",
    "--uuid",
    "-N",
    "--namespace",
]);

/** Binds in free text: `mount` (or systemd-mount) commands, fstab lines with a bind option, systemd .mount units. */
function textBindOpenings(text: string): NodeOpening[] {
    const out: NodeOpening[] = [];
    for (const m of text.matchAll(/(?:^|[\s;&|(`'"])(?:\/usr)?(?:\/s?bin\/)?(?:systemd-)?mount[ \t]+([^\n;&|`)]*)/gm)) {
        const args = m[1]
            .split(/\s+/)
            .map(a => a.replace(/^["'[,]+|["',\]]+$/g, ""))
            .filter(Boolean);
        const positional: string[] = [];
        let [source, target] = ["", ""];
        for (let i = 0; i < args.length; i++) {
            const a = args[i];
            if (a === "--source" || a === "--target")
                [source, target] = a === "--source" ? [args[++i] ?? "", target] : [source, args[++i] ?? ""];
            else if (MOUNT_VALUE_OPTIONS.has(a)) i++;
            else if (!a.startsWith("-")) positional.push(a);
        }
        // A source that is no absolute path names a device, label, export or filesystem type (mount(8)), not a node
        // directory; `..` and `//` in a path are the kernel's to resolve.
        const paths = [source, target].filter(Boolean).length === 2 ? [source, target] : positional.slice(0, 2);
        const [from, to] = paths.map(p => (p.startsWith("/") ? posix.resolve(p) : p));
        if (paths.length === 2) out.push(...bindOpenings(from, to, `user data (${m[0].trim()})`));
    }
    for (const m of text.matchAll(/(?:^|[\s'"])(\/[^\s'"]*)[ \t]+(\/[^\s'"]*)[ \t]+[^\s'"]+[ \t]+([^\s'"]+)/gm))
        if (/(^|,)r?bind(,|$)/.test(m[3])) out.push(...bindOpenings(m[1], m[2], "user data's fstab line"));
    // systemd .mount units: What= and Where= of each [Mount] section.
    for (const section of text.split(/^\s*\[Mount\]\s*$/m).slice(1)) {
        const body = section.split(/^\s*\[/m)[0];
        const what = [...body.matchAll(/^\s*What\s*=\s*(\S+)/gm)].pop()?.[1];
        const whereTo = [...body.matchAll(/^\s*Where\s*=\s*(\S+)/gm)].pop()?.[1];
        if (what && whereTo) out.push(...bindOpenings(what, whereTo, "user data's systemd mount unit"));
    }
    return out;
}

/** Each line of text, and each word of its commands that holds blanks (a quoted line: `echo '...' >> /etc/crontab`). */
function withQuotedCommands(text: string): string[] {
    return text
        .split(/\r?\n/)
        .flatMap(line => [line, ...simpleCommands(line).flatMap(c => c.words.filter(w => /\s/.test(w)))]);
}

/** The shell commands of a logrotate configuration: the lines of its script blocks only. */
function logrotateScripts(config: string): string {
    const out: string[] = [];
    let inScript = false;
    for (const line of config.split(/\r?\n/)) {
        if (/^\s*endscript\b/.test(line)) inScript = false;
        else if (inScript) out.push(line);
        else if (/^\s*(pre|post)rotate\b|^\s*(first|last)action\b|^\s*preremove\b/.test(line)) inScript = true;
    }
    return out.join("\n");
}

/**
 * A link user data makes, as written (operands unresolved): `ln [-s] TARGET... LINK` (coreutils ln: a hard link
 * without -s; `-t DIR`, or a last operand that is a directory, puts each link inside it as DIR/basename(TARGET), -T
 * never; a single operand links it into the working directory; -r makes a symbolic TARGET relative, so TARGET is
 * read from the working directory), `cp -s`/`cp -l` (coreutils cp --symbolic-link, --link: "make symbolic links
 * instead of copying", "hard link files instead of copying", a tree of them with -r) and systemd-tmpfiles `L` lines
 * (tmpfiles.d(5): "L /link mode user group age target"). `into`: LINK is, or may be ("maybe"), a directory.
 */
interface WrittenLink {
    target: string;
    at: string;
    into: "no" | "maybe" | "yes";
    symbolic: boolean;
    fromCwd: boolean;
    where: string;
    /** A unit's own bind mount (BindPaths=): seen in its mount namespace only, not by pods' hostPath mounts. */
    unitOnly?: boolean;
}

function writtenLinks(raw: string): WrittenLink[] {
    const out: WrittenLink[] = [];
    for (const line of withQuotedCommands(joinContinuations(raw))) {
        for (const { words } of simpleCommands(line)) {
            const program = executedPrograms(words).find(p => /^(ln|cp)$/.test(posix.basename(p)));
            if (program === undefined) continue;
            const cp = posix.basename(program) === "cp";
            const operands: string[] = [];
            let dir: string | undefined;
            let [symbolic, hard, relative, noDir, ended] = [false, false, false, false, false];
            const i = words.lastIndexOf(program);
            for (let j = i + 1; j < words.length; j++) {
                const w = words[j];
                if (ended || !w.startsWith("-") || w === "-") operands.push(w);
                else if (w === "--") ended = true;
                else if (w.startsWith("--")) {
                    const [name, value] = w.includes("=")
                        ? [w.slice(0, w.indexOf("=")), w.slice(w.indexOf("=") + 1)]
                        : [w];
                    if (name === "--symbolic" || (cp && name === "--symbolic-link")) symbolic = true;
                    else if (cp && name === "--link") hard = true;
                    else if (!cp && name === "--relative") relative = true;
                    else if (name === "--no-target-directory") noDir = true;
                    else if (name === "--target-directory") dir = value ?? words[++j];
                    else if (name === "--suffix" && value === undefined) j++;
                } else
                    for (let k = 1; k < w.length; k++) {
                        const c = w[k];
                        if (c === "s") symbolic = true;
                        else if (c === "l" && cp) hard = true;
                        else if (c === "r" && !cp) relative = true;
                        else if (c === "T") noDir = true;
                        else if (c === "t" || c === "S") {
                            const value = w.slice(k + 1) || words[++j];
                            if (c === "t") dir = value;
                            break;
                        }
                    }
            }
            if (cp && !symbolic && !hard) continue;
            const where = `user data (${line.trim()})`;
            // A hard link's (or ln -r's) TARGET is found from the working directory; a symbolic one's from LINK's.
            const fromCwd = !symbolic || relative;
            const link = (target: string, at: string, into: WrittenLink["into"]) =>
                out.push({ target, at, into, symbolic, fromCwd, where });
            if (dir !== undefined) for (const t of operands) link(t, dir, "yes");
            else if (operands.length >= 2)
                for (const t of operands.slice(0, -1))
                    link(t, operands.at(-1)!, noDir ? "no" : operands.length > 2 ? "yes" : "maybe");
            else if (operands.length === 1 && !cp) link(operands[0], ".", "yes");
        }
        // systemd.exec(5) BindPaths=, BindReadOnlyPaths=: "Configures unit-specific bind mounts ... a single source path,
        // or a colon-separated pair of source and destination paths" (a "-" prefix ignores a missing source): in the
        // unit's namespace the destination IS the source, which connect(2) on a socket there reaches as a link's path.
        const bind = /^\s*Bind(?:ReadOnly)?Paths\s*=\s*(.*)$/.exec(line);
        for (const entry of bind?.[1].split(/\s+/).filter(e => e !== "") ?? []) {
            const [source = "", destination] = entry.replace(/^-/, "").split(":");
            out.push({
                target: source,
                at: destination || source,
                into: "no",
                symbolic: false,
                fromCwd: false,
                where: `user data's unit setting (${line.trim()})`,
                unitOnly: true,
            });
        }
        const tmpfiles = /^\s*L\+?!?\s+(\/\S+)\s+\S+\s+\S+\s+\S+\s+\S+\s+(\S+)/.exec(line);
        if (tmpfiles)
            out.push({
                target: tmpfiles[2],
                at: tmpfiles[1],
                into: "no",
                symbolic: true,
                fromCwd: false,
                where: `user data's tmpfiles.d line (${line.trim()})`,
            });
    }
    return out;
}

/**
 * Links between a node-secret path and elsewhere (writtenLinks), judged like binds (bindOpenings), at LINK (a
 * directory it goes into judged at the directory). The kubelet's --root-dir resolving through a link to /data/kubelet
 * keeps every pod's token there, where a pod mounting /data reads it.
 */
function symlinkOpenings(raw: string): NodeOpening[] {
    // A single operand's link lands in a working directory this reader does not follow (linkMarks fails closed on it).
    return writtenLinks(raw).flatMap(({ target, at, where, unitOnly }) => {
        if (at === "." || unitOnly) return [];
        const resolved = posix.resolve(posix.dirname(posix.resolve("/", at)), target);
        // bindOpenings judges both directions: a link at a node-secret path, or a link to one.
        return bindOpenings(resolved, posix.resolve("/", at), where, "links");
    });
}

/**
 * The links user data makes (writtenLinks) as paths the kernel follows, held for loopbackJoin (linkedPaths): a path the
 * pack cannot tell (a variable, a command substitution, a glob, or relative to a working directory it does not
 * follow) is undefined.
 */
function linkMarks(raw: string): NodeOpening[] {
    const known = (p: string) => p !== "" && !/[$`*?[\]{}~]/.test(p);
    return writtenLinks(raw).flatMap(({ target, at, into, symbolic, fromCwd, where }) => {
        const given = known(at) && at.startsWith("/") ? posix.normalize(at) : undefined;
        // LINK itself, or inside it as DIR/basename(TARGET).
        const inside = given === undefined || !known(target) ? undefined : posix.join(given, posix.basename(target));
        const ats = into === "no" ? [given] : into === "yes" ? [inside] : [given, inside];
        return ats.map(link => {
            // A symbolic link's relative target is read from the link's own directory.
            const to = !known(target)
                ? undefined
                : target.startsWith("/")
                  ? posix.normalize(target)
                  : symbolic && !fromCwd && link !== undefined
                    ? posix.resolve(posix.dirname(link), target)
                    : undefined;
            return heldForJoin({ link: { at: link, target: to, how: where } });
        });
    });
}

/**
 * Whether text writes an SSH authorized key: output redirected into an authorized_keys file (`>`, `>>`, `&>`), a
 * command naming one that is not known to only remove or read it (tee, cp, install, mv, sed -i, dd ... all count), or
 * ssh-import-id. Removing the file (`rm -f ~/.ssh/authorized_keys`, EKS best practices "Minimize access to worker
 * nodes") or changing its mode installs no key.
 */
const KEY_NON_WRITERS = new Set([
    "rm",
    "unlink",
    "shred",
    "chmod",
    "chown",
    "chgrp",
    "chattr",
    "restorecon",
    "chcon",
    "ls",
    "stat",
    "test",
    "[",
    "[[",
    "wc",
    "file",
]);

function writesAuthorizedKey(text: string): boolean {
    return text.split(/\r?\n/).some(line =>
        simpleCommands(line).some(({ words, writes }) => {
            if (writes.some(w => /authorized_keys/.test(w))) return true;
            const programs = executedPrograms(words).map(p => posix.basename(p));
            if (programs.includes("ssh-import-id")) return true;
            const program = programs.at(-1) ?? "";
            return words.some(w => /authorized_keys/.test(w)) && !KEY_NON_WRITERS.has(program);
        }),
    );
}

/**
 * Round 73: the files that hold the kernel command line: kernel-install(8) "/etc/kernel/cmdline, /usr/lib/kernel/cmdline
 * ... specifies the kernel command line to use" for every kernel it installs, whole; and the Boot Loader Specification's
 * Type #1 entries (uapi-group.org BLS: /boot/loader/entries/*.conf, also under the ESP/XBOOTLDR mounts /efi and
 * /boot/efi), whose `options` key is "kernel parameters to pass to the Linux kernel" (AL2023's and RHEL's grub2 boot
 * them).
 */
const KERNEL_CMDLINE_FILE = /^\/(?:etc|usr\/lib)\/kernel\/cmdline$/;
/**
 * Round 74: GRUB's defaults, /etc/default/grub (AL2023, RHEL: grub2-mkconfig(8) sources it and puts GRUB_CMDLINE_LINUX
 * and GRUB_CMDLINE_LINUX_DEFAULT into every boot entry's kernel command line) and the drop-ins grub-mkconfig also sources
 * on Debian/Ubuntu (/etc/default/grub.d/*.cfg).
 */
const GRUB_DEFAULTS = /^\/etc\/default\/grub(\.d\/[^/]+\.cfg)?$/;

/**
 * Round 74: kernel arguments `words` judged (kernelArgsOpenings), where an edit may re-insert the file's own text
 * (SED_MATCHED: sed's `&`, `\N`). Such text alone adds no new word (the AMI's arguments stay as they were); glued to
 * added text (`\1init=/bin/bash`), the word the kernel gets is the file's text and the added text together, which the
 * pack cannot know (the added text may begin a word of its own), so it is refused.
 */
function kernelWordsOpenings(words: readonly string[], where: string): NodeOpening[] {
    const glued = words.find(w => w.includes(SED_MATCHED) && w.replaceAll(SED_MATCHED, "") !== "");
    return [
        ...(glued
            ? [
                  {
                      who: "whoever chooses the kernel command line",
                      what: `${where} adds ${glued.replaceAll(SED_MATCHED, "&")} to the node's kernel command line next to text the edit keeps from the file (sed's & or \\N): the pack cannot tell which argument results (systemd.setenv= sets every unit's environment, rd.shell or init= a root shell); separate the added arguments with a space or write them literally`,
                  },
              ]
            : []),
        ...kernelArgsOpenings(
            words.filter(w => !w.includes(SED_MATCHED)),
            where,
        ),
    ];
}
const BLS_ENTRY = /^\/(?:boot|efi|boot\/efi)\/loader\/entries\/[^/]+\.conf$/;

/**
 * Round 74: GRUB's own configuration: grub.cfg (GRUB manual "linux file ...": "Load a Linux kernel image from file. The
 * rest of the arguments are passed verbatim as the kernel command-line"; linux16/linuxefi alike, and `set NAME=VALUE`
 * makes a variable a linux line may expand, RHEL's `set kernelopts=`), the custom.cfg 41_custom sources, under /boot/grub,
 * /boot/grub2 or the ESP's EFI/<vendor>; and grub-mkconfig's scripts /etc/grub.d/* (GRUB manual "Simple configuration
 * handling": their output is grub.cfg; 40_custom copies its own text there).
 */
const GRUB_SCRIPT = /^(?:\/boot\/(?:grub2?|efi\/EFI\/[^/]+)\/(?:grub|custom)\.cfg|\/etc\/grub\.d\/[^/]+)$/;
/**
 * Round 74: GRUB's environment block (GRUB manual "Environment block": a file named grubenv of NAME=VALUE lines, padded
 * with `#`), which grub2-editenv edits and BLS entries' `options $kernelopts $tuned_params` expand: a direct write or edit
 * is judged as grub2-editenv's `set` (every variable but GRUB's boot state, GRUB_STATE_VARIABLES).
 */
const GRUBENV = /^\/boot\/(?:grub2?|efi\/EFI\/[^/]+)\/grubenv$/;
/**
 * Round 74: ukify(1)'s configuration kernel-install's 60-ukify.install reads for layout=uki (kernel-install(8)): [UKI]
 * "Cmdline=TEXT|@PATH: the kernel command line (the .cmdline section)" of the UKI it builds, booted as is.
 */
const UKI_CONF = /^\/(?:etc|run|usr\/lib|usr\/local\/lib)\/kernel\/uki\.conf$/;
/**
 * Round 74: the SystemdOptions EFI variable (efivarfs: /sys/firmware/efi/efivars/NAME-GUID, 4 attribute bytes then the
 * value, UTF-16 for systemd): kernel-command-line(7) "various systemd tools look at the EFI variable "SystemdOptions" (if
 * available). Both sources are combined", so PID 1 reads systemd.setenv= there (bootctl(1) systemd-efi-options sets it).
 */
const SYSTEMD_OPTIONS_EFIVAR = /^\/sys\/firmware\/efi\/efivars\/SystemdOptions-[^/]*$/;
const KERNEL_ARGS_FILES = [GRUB_SCRIPT, GRUBENV, UKI_CONF, SYSTEMD_OPTIONS_EFIVAR];
/** GRUB's own boot-state variables (GRUB manual "Special environment variables", "Environment block"): no kernel words. */
const GRUB_STATE_VARIABLES =
    /^(saved_entry|next_entry|prev_saved_entry|boot_success|boot_indeterminate|menu_auto_hide|default|fallback|timeout|timeout_style)$/;

/**
 * Round 74: the tools that set a kernel command line from their arguments, each read as kernel arguments
 * (kernelArgsOpenings) and refused where the pack cannot know them:
 * - kexec(8): "kexec -l kernel-image --append=command-line-options --initrd=initrd-image" loads a kernel (and `kexec -e`
 *   or `systemctl kexec` boots it now); --command-line= is the same option, u-root's kexec spells it --cmdline=/-c=
 *   (kexec-tools' own -c is --kexec-syscall, no value). --reuse-cmdline ("use the command line from the running
 *   system") adds nothing. A kernel, initrd or device tree user data wrote or changed is code the pack cannot read
 *   (run as the kernel itself).
 * - bootctl(1) `systemd-efi-options [STRING]`: sets the SystemdOptions EFI variable (SYSTEMD_OPTIONS_EFIVAR).
 * - ukify(1) `--cmdline=TEXT|@PATH`: the UKI's .cmdline section (UKI_CONF); @PATH a file's text, unknown.
 * - efibootmgr(8): its "extra command line arguments" (operands no option takes; -u/--unicode stores them as UCS-2) are
 *   the boot entry's load options, an EFI-stub kernel's command line (Linux docs, "The EFI Boot Stub": kernel
 *   parameters are passed in the load options); `-@ FILE` appends a file's bytes, unknown.
 */
function kernelToolOpenings(name: string, operands: readonly string[], how: string, view: ScriptView): NodeOpening[] {
    const args: string[] = [];
    const unknown: string[] = [];
    const images: string[] = [];
    const valueAt = (i: number, long: RegExp): [string | undefined, number] => {
        const w = operands[i];
        const m = /^(--?[\w-]+)=(.*)$/s.exec(w);
        if (m && long.test(m[1])) return [m[2], i];
        return long.test(w) ? [operands[i + 1] ?? "", i + 1] : [undefined, i];
    };
    if (name === "kexec")
        for (let i = 0; i < operands.length; i++) {
            let [value, next] = valueAt(i, /^(--append|--command-line|--cmdline|-c)$/);
            // kexec-tools' -c takes no value (--kexec-syscall): only u-root's `-c=STRING` is a command line.
            if (value !== undefined && operands[i] === "-c") [value, next] = [undefined, i];
            if (value !== undefined) {
                args.push(value);
                i = next;
                continue;
            }
            const [image, after] = valueAt(i, /^(--initrd|--ramdisk|--dtb|--i)$/);
            if (image !== undefined) {
                images.push(image);
                i = after;
            } else if (/^(-t|--type|--mem-min|--mem-max|--entry)$/.test(operands[i])) i++;
            else if (!operands[i].startsWith("-")) images.push(operands[i]);
        }
    if (name === "bootctl") {
        const verb = operands.indexOf("systemd-efi-options");
        if (verb >= 0) args.push(...operands.slice(verb + 1).filter(w => !w.startsWith("-")));
    }
    if (name === "ukify")
        for (let i = 0; i < operands.length; i++) {
            const [value, next] = valueAt(i, /^--cmdline$/);
            if (value === undefined) continue;
            if (value.startsWith("@") && !KERNEL_CMDLINE_FILE.test(value.slice(1)) && value !== "@/proc/cmdline")
                unknown.push(`ukify --cmdline=${value}, the text of a file`);
            else if (!value.startsWith("@")) args.push(value);
            i = next;
        }
    // efibootmgr(8): the operands that are no option's value are "extra command line arguments" (-u only says UCS-2).
    if (name === "efibootmgr")
        for (let i = 0; i < operands.length; i++) {
            const w = operands[i];
            if (/^(-@|--append-binary-args)(=|$)/.test(w))
                unknown.push(`efibootmgr ${w.includes("=") ? w : `-@ ${operands[++i] ?? ""}`}, a file's bytes`);
            else if (
                /^(-[bdeEilLmMnopt]|--(bootnum|disk|edd|device|iface|loader|label|mirror-below-4G|mirror-percent-above-4G|bootnext|bootorder|part|timeout))$/.test(
                    w,
                )
            )
                i++;
            else if (!w.startsWith("-")) args.push(w);
        }
    const words = args.flatMap(a => a.split(/\s+/)).filter(Boolean);
    // A command's output or a variable the pack does not know may be any argument (fail closed).
    unknown.push(...words.filter(w => SUBSTITUTED_MARK.test(w) || /[$`]/.test(w)).map(w => `the argument ${w}`));
    // A kernel image, initrd or device tree user data made (downloaded, copied, written): code the pack cannot read, run
    // as the kernel. A one-word substitution (`$(uname -r)`) stands for any name there.
    const written = [...(view.written?.() ?? [])];
    const made = images.find(p => {
        const glob = p.replaceAll("ONEWORDSUBSTITUTED", "*");
        if (SUBSTITUTED_MARK.test(glob) || /[$`]/.test(glob)) return true;
        const pattern = globRegExp(glob, { path: true });
        return view.changed.has(p) || written.some(w => (pattern ? pattern.test(w) : w === p));
    });
    return [
        ...(unknown.length > 0 || made
            ? [
                  {
                      who: "whoever chooses the kernel command line",
                      what: `user data (${how}) boots the node with ${made ? `a kernel or initrd it made (${made}): code the pack cannot read, run as the kernel` : `a kernel command line the pack cannot read (${unknown[0]}): systemd.setenv= there sets every unit's environment, rd.shell or init= a root shell`}; write literal arguments and boot the distribution's kernel`,
                  },
              ]
            : []),
        ...kernelArgsOpenings(words, `user data (${how})`),
    ];
}

/** Words with quotes and a shell's backslash escapes taken off (a grub.cfg and a shell read them so). */
const unquotedWords = (text: string) =>
    text
        .replace(/\\\//g, "/")
        .replace(/["'\\]/g, "")
        .split(/\s+/)
        .filter(Boolean);

/**
 * Round 74: the kernel arguments a write of a KERNEL_ARGS_FILES file sets. Whole: grub.cfg's linux lines (after the image)
 * and `set` values, every word of a /etc/grub.d script (shell: it prints grub.cfg); grubenv's values; uki.conf's Cmdline=;
 * the EFI variable's text. An edit's fragment: every word, and a grubenv/uki.conf word's value after its NAME= too.
 */
function bootFileArgs(path: string, content: string, edit: boolean): string[] {
    const lines = content.split(/\r?\n/).filter(l => !/^\s*#/.test(l));
    const valueOf = (w: string) => {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(w);
        return m && !GRUB_STATE_VARIABLES.test(m[1]) ? [m[2]] : [];
    };
    if (edit || SYSTEMD_OPTIONS_EFIVAR.test(path)) {
        // Control characters (the variable's attribute bytes, UTF-16's NULs) are no part of a word; an edit keeps its
        // SED_MATCHED marks (kernelWordsOpenings).
        const text = lines.join(" ");
        // eslint-disable-next-line no-control-regex -- the variable's attribute bytes and UTF-16's NULs are no text
        const words = unquotedWords(edit ? text : text.replace(/[\u0000-\u0008\u000e-\u001f]/g, ""));
        // A fragment's line may begin NAME=VALUE (a grubenv variable, uki.conf's Cmdline=): its value's first word is an
        // argument of its own (kernelopts=init=...), judged beside the word as written.
        const starts = lines.flatMap(l => unquotedWords(l).slice(0, 1));
        return GRUBENV.test(path) || UKI_CONF.test(path)
            ? [...words, ...starts.flatMap(valueOf).flatMap(unquotedWords)]
            : words;
    }
    if (GRUBENV.test(path)) return lines.flatMap(l => valueOf(l.trim())).flatMap(unquotedWords);
    if (UKI_CONF.test(path))
        return lines.flatMap(l => /^\s*Cmdline\s*=\s*(.*)$/i.exec(l)?.[1] ?? []).flatMap(unquotedWords);
    if (path.startsWith("/etc/grub.d/")) return lines.flatMap(unquotedWords);
    return lines.flatMap(l => {
        const linux = /^\s*(?:linux|linux16|linuxefi|kernel)\s+\S+(.*)$/.exec(l);
        if (linux) return unquotedWords(linux[1]);
        // `set NAME=VALUE` (GRUB manual "set [envvar=value]"): the value, quoted or not, whole.
        const set = /^\s*set\s+(.*)$/.exec(l);
        return set ? valueOf(set[1].trim()).flatMap(unquotedWords) : [];
    });
}

/**
 * Round 74: a kernel argument of a KERNEL_ARGS_FILES write the pack cannot know, described; undefined when there is none:
 * a command substitution (SUBSTITUTED), a GRUB or shell variable glued to other text (GRUB manual "Shell-like scripting":
 * `$name`/`${name}` expand within a word; a whole `$name` word is the variable, whose own `set` is judged), ukify's
 * `Cmdline=@PATH` (the text of a file, read as itself only for the kernel command line files and /proc/cmdline).
 */
function kernelUnknownWord(path: string, content: string, edit: boolean): string | undefined {
    // printf(1) escapes left in the text (the EFI variable's attribute bytes, \xHH, \0NNN): bytes the pack does not
    // decode, which may spell any argument.
    if (SYSTEMD_OPTIONS_EFIVAR.test(path) && content.includes("\\")) return "escapes the pack does not decode";
    const words = bootFileArgs(path, content, edit);
    const substituted = words.find(w => SUBSTITUTED_MARK.test(w) || w.includes("`"));
    if (substituted) return `a command's output in ${substituted}`;
    const glued = words.find(w => w.includes("$") && !/^\$(\{[A-Za-z0-9_]+\}|[A-Za-z0-9_]+)$/.test(w));
    if (glued) return `a variable glued to other text in ${glued}`;
    const file = UKI_CONF.test(path)
        ? words.find(w => w.startsWith("@") && !KERNEL_CMDLINE_FILE.test(w.slice(1)) && w !== "@/proc/cmdline")
        : undefined;
    return file ? `ukify's Cmdline=${file}, the text of a file` : undefined;
}

/**
 * Round 73: the kernel arguments a write of a KERNEL_CMDLINE_FILE or BLS_ENTRY sets: the file's words, a BLS entry's
 * `options` lines' words; an edit's fragment (sed's replacement) every word of it, wherever in the file it goes.
 */
function kernelCmdlineArgs(path: string, content: string, edit: boolean): string[] {
    if (KERNEL_ARGS_FILES.some(f => f.test(path))) return bootFileArgs(path, content, edit);
    const text =
        BLS_ENTRY.test(path) && !edit
            ? content
                  .split(/\r?\n/)
                  .filter(l => /^\s*options\s/.test(l))
                  .map(l => l.replace(/^\s*options\s+/, ""))
                  .join(" ")
            : content
                  .split(/\r?\n/)
                  .filter(l => !/^\s*#/.test(l))
                  .join(" ");
    return text
        .split(/\s+/)
        .map(w => w.replace(/\\\//g, "/"))
        .map(w =>
            GRUB_DEFAULTS.test(path)
                ? w.replace(/^(export\s+)?GRUB_CMDLINE_LINUX(_DEFAULT)?\+?=/, "").replace(/^["']+|["']+$/g, "")
                : w,
        )
        .filter(Boolean);
}

/**
 * Round 74: sshd's command line (sshd(8) "-o option: Can be used to give options in the format used in the
 * configuration file"; "-f config_file: Specifies the name of the configuration file"), wherever it is written: the
 * words of /etc/sysconfig/sshd (AL2023's and Fedora's sshd.service: `EnvironmentFile=-/etc/sysconfig/sshd`,
 * `ExecStart=/usr/sbin/sshd -D $OPTIONS`, systemd.service(5): an unquoted $VAR "is split at whitespace") or of an sshd
 * command user data runs. Each -o is an sshd_config line (sshdOpenings, sshdEnvironmentOpenings: `-o SetEnv=LD_PRELOAD=`
 * is every session's environment); an -f file other than /etc/ssh/sshd_config is a configuration the pack does not read
 * (fail closed).
 */
function sshdCommandLineOpenings(given: readonly string[], where: string): NodeOpening[] {
    const words = given.filter(Boolean);
    const lines: string[] = [];
    const files: string[] = [];
    words.forEach((w, i) => {
        const option = w === "-o" ? words[i + 1] : /^-o./.test(w) ? w.slice(2) : undefined;
        if (option !== undefined) lines.push(option.replace(/^([A-Za-z]+)\s*=\s*/, "$1 "));
        const file = w === "-f" ? words[i + 1] : /^-f./.test(w) ? w.slice(2) : undefined;
        if (file !== undefined) files.push(file);
    });
    const text = lines.join("\n");
    return [
        ...sshdOpenings(text, where, true),
        ...sshdEnvironmentOpenings(text, where),
        ...files
            .filter(f => f !== "/etc/ssh/sshd_config")
            .map(f => ({
                who: "whoever writes the configuration sshd reads",
                what: `${where} has sshd read ${f} (sshd -f) as its configuration, a file the pack does not judge as sshd_config: it may let in passwords or set a loader variable in every session; keep sshd's /etc/ssh/sshd_config and its sshd_config.d drop-ins`,
            })),
    ];
}

/**
 * Round 73: sshd's environment settings (sshd_config(5)). SetEnv "Specifies one or more environment variables to set in
 * child sessions started by sshd(8) as NAME=VALUE": a loader variable there is in every session, root's included
 * (managerLoaderOpenings, as pam_env's). AcceptEnv "Specifies what environment variables sent by the client will be
 * copied into the session's environ(7) ... Be warned that some environment variables could be used to bypass restricted
 * user environments": a loader variable it accepts (or a pattern, `*` and `?`, that matches one) lets a client choose
 * what the session's programs load (a restricted account's ForceCommand, root's `command=` keys), refused.
 */
function sshdEnvironmentOpenings(text: string, where: string): NodeOpening[] {
    const out: NodeOpening[] = [];
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*(SetEnv|AcceptEnv)(?:\s*=\s*|\s+)(.*)$/i.exec(line);
        if (!m) continue;
        const words = [...m[2].replace(/\s+#.*$/, "").matchAll(/"([^"]*)"|(\S+)/g)].map(w => w[1] ?? w[2]);
        if (m[1].toLowerCase() === "setenv")
            out.push(
                ...managerLoaderOpenings(
                    words.map(w =>
                        w.includes("=")
                            ? { name: w.slice(0, w.indexOf("=")), value: w.slice(w.indexOf("=") + 1) }
                            : { name: w, value: "" },
                    ),
                    `${where}'s sshd SetEnv (every ssh session's environment, sshd_config(5))`,
                ),
            );
        else {
            // Round 74: a pattern is judged by every name it can match, not by a sample of loader names (sshd_config(5)
            // AcceptEnv: names "may contain the wildcard characters '*' and '?'": `*AUDIT` matches LD_AUDIT, `JAVA_TOOL_*`
            // JAVA_TOOL_OPTIONS). Only a pattern whose literal start is LC_ or LANG matches locale names alone
            // (locale(7): LANG, LANGUAGE and the LC_* categories, which name locale data, no code); any other refused.
            const accepted = words.find(
                w => LOADER_VARIABLES.test(w) || (/[*?]/.test(w) && !/^(?:LC_|LANG)[^*?]*[*?]/.test(w)),
            );
            if (accepted !== undefined)
                out.push({
                    who: "whoever logs in over ssh",
                    what: `${where} sets sshd's AcceptEnv ${accepted} (${line.trim()}): an ssh client then chooses a loader variable (ld.so(8) LD_PRELOAD, bash(1) BASH_ENV, PATH) of its session, whose programs load what it names, past a ForceCommand or a key's command= (sshd_config(5) AcceptEnv: "some environment variables could be used to bypass restricted user environments"); accept only LANG and LC_*`,
                });
        }
    }
    return out;
}

/** sshd drop-ins (AL2023's sshd_config: `Include /etc/ssh/sshd_config.d/*.conf`, read before its own settings). */
const SSHD_DROP_IN = /^\/etc\/ssh\/sshd_config\.d\/[^/]+$/;

/**
 * sshd settings that let someone in (sshd_config(5)): passwords (PasswordAuthentication, KbdInteractiveAuthentication,
 * ChallengeResponseAuthentication, PermitEmptyPasswords), root logins with them (PermitRootLogin yes), host-based trust
 * (HostbasedAuthentication, IgnoreRhosts no), and where keys, principals or certificate authorities come from
 * (AuthorizedKeysFile, AuthorizedKeysCommand, AuthorizedPrincipals*, TrustedUserCAKeys). Read at a line's start in
 * any text; in an sshd_config.d drop-in an Include (files the pack cannot read) too. Hardening (PermitRootLogin no,
 * PasswordAuthentication no, MaxAuthTries, X11Forwarding no) opens nothing.
 */
function sshdOpenings(text: string, where: string, dropIn = false): NodeOpening[] {
    const out: NodeOpening[] = [];
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*([A-Za-z]+)(?:\s*=\s*|\s+)("?)(\S*)\2/.exec(line);
        if (!m) continue;
        const [keyword, value] = [m[1].toLowerCase(), m[3].toLowerCase()];
        // Passwords, host-based trust and files the pack cannot read let in others than the holders of keys; root
        // logins and where keys, principals or certificate authorities come from are key-based SSH, the way seed 003's
        // operators reach an instance, and open only nodes (whose SSH reaches every pod's token).
        const beyondKeys =
            ([
                "passwordauthentication",
                "kbdinteractiveauthentication",
                "challengeresponseauthentication",
                "permitemptypasswords",
                "hostbasedauthentication",
            ].includes(keyword) &&
                value === "yes") ||
            (keyword === "ignorerhosts" && value === "no") ||
            (dropIn && keyword === "include");
        const opens =
            beyondKeys ||
            (keyword === "permitrootlogin" && value === "yes") ||
            // `none` turns each of these off (sshd_config(5): AuthorizedKeysFile "may be set to none").
            (/^(authorizedkeysfile|authorizedkeyscommand(user)?|authorizedprincipals(file|command|commanduser)|trustedusercakeys)$/.test(
                keyword,
            ) &&
                value !== "none");
        if (opens)
            out.push({
                who: "whoever sshd then lets in",
                what: `${where} sets sshd's ${m[1]} ${m[3]} (${line.trim()}): passwords, root logins, other hosts' trust, or keys and certificate authorities from elsewhere log in to the node. ${ROOT_SSH}`,
                ...(beyondKeys
                    ? {
                          anyInstance: {
                              who: "whoever sshd then lets in",
                              what: `${where} sets sshd's ${m[1]} ${m[3]} (${line.trim()}): passwords, other hosts' trust or settings the pack cannot read log in beside the operators' SSH keys, on the instance's network (its instance profile's role through instance metadata)`,
                          },
                      }
                    : {}),
            });
    }
    return out;
}

/** Settings in free text (scripts, commands, unknown parts) that open the node, read best-effort. */
export function scriptOpenings(raw: string, commands = true, structured = false): NodeOpening[] {
    const text = raw
        .split("\n")
        .filter(line => !/^\s*#/.test(line))
        .join("\n");
    const out: NodeOpening[] = [];
    const anonymous =
        /anonymous["']?\s*:\s*\{?\s*["']?enabled["']?\s*:\s*(true|yes|on)\b/i.test(text) ||
        /--anonymous-auth([= ]true|(?![=\w-]))/i.test(text);
    const alwaysAllow = /AlwaysAllow/.test(text);
    if (anonymous || alwaysAllow)
        out.push(
            kubeletOpen(
                "user data",
                [
                    anonymous ? "the kubelet's anonymous authentication" : "",
                    alwaysAllow ? "AlwaysAllow authorization" : "",
                ]
                    .filter(Boolean)
                    .join(" and "),
            ),
        );
    const admin =
        /host-containers\.admin\.enabled\s*=\s*["']?true/i.test(text) ||
        /"admin"\s*:\s*\{[^}]*"enabled"\s*:\s*true/i.test(text);
    const superpowered = !structured && /superpowered["']?\s*[=:]\s*["']?true/i.test(text);
    if (admin || superpowered)
        out.push({
            who: "whoever runs the host container",
            what: `user data turns on ${admin ? "Bottlerocket's admin host container (SSH into a root shell on the node)" : "a superpowered Bottlerocket host container (root on the node)"}`,
        });
    const readOnly =
        /--read[-_]only[-_]port(?:\s*=\s*|\s+)["']?([0-9]+)|["']?readOnlyPort["']?\s*[:=]\s*["']?([0-9]+)/.exec(text);
    if (readOnly && Number(readOnly[1] ?? readOnly[2]) !== 0) out.push(readOnlyPort("user data", readOnly[0]));
    if (/^\s*ssh[_-]authorized[_-]keys\s*:/m.test(text) || writesAuthorizedKey(text)) out.push(SSH_KEY);
    if (/--pod-manifest-path|--manifest-url|\/etc\/kubernetes\/manifests|staticPod(Path|URL)/i.test(text))
        out.push(staticPods("user data", "a static pod source"));
    out.push(...textBindOpenings(text), ...corePatternOpenings(text, "user data"));
    // A structured part's body (cloud-config YAML, Bottlerocket TOML) is not a shell script: its commands and files
    // are extracted and read as such (cloudConfigOpenings' texts), a logrotate block's paths are no programs.
    if (commands) out.push(...symlinkOpenings(text), ...linkMarks(text));
    out.push(...sshdOpenings(text, "user data"));
    // The kubelet's --root-dir (or --root_dir) anywhere (a drop-in's ExecStart, KUBELET_EXTRA_ARGS, a script), judged
    // as in a NodeConfig: moved from /var/lib/kubelet, or under a directory pods may write.
    for (const m of text.matchAll(/--root[-_]dir(?:\s*=\s*|\s+)["']?([^\s"';]+)/g)) {
        out.push(...kubeletFlagOpenings([`--root-dir=${m[1]}`], "user data"));
        out.push(...writablePathOpenings([{ at: "the kubelet flag --root-dir", value: m[1] }], "user data"));
    }
    return out;
}

/**
 * The environment variables a configuration reader asks ScriptView for (browserIdeListeners, jupyterListeners,
 * pythonEntry's PYTHONPATH and PYTHONWARNINGS, round 72: every PYTHON* one, pythonEnvironment; round 76: the JVM
 * option variables and CLASSPATH, read by javacWrites and a run of built classes, commandServers.ts; round 81: HOME,
 * pythonCode.ts movedHomes). Round 83: every variable of the loader table that locates configuration or code
 * (model/locatingVariables.ts LOCATION_VARIABLE_NAMES: BASH_ENV, OPENSSL_CONF, REQUESTS_CA_BUNDLE, GIT_EXEC_PATH ...)
 * and git's `-c include.path=FILE` (GIT_INCLUDE_SETTINGS), for pythonCode.ts configurationLocated. Round 88: every
 * variable named as a program's configuration path (PROG_CONFIG, PROG_CONF_FILE, PROG_CONFDIR, PROG_CONFIG_PATH;
 * Syncthing's STCONFDIR/STHOMEDIR), for listeners.ts environmentConfigListeners: a variable the script exports reaches
 * every later command it starts (bash(1) "export": "marked for automatic export to the environment of subsequently
 * executed commands"), a program started in the background too.
 */
const VIEWED_VARIABLES = new RegExp(
    String.raw`(?:^|[\s;&|(\`"'=])(PYTHON[A-Z0-9_]+|HOME|CODE_SERVER_CONFIG|XDG_CONFIG_HOME|GIT_CONFIG(?:_GLOBAL|_SYSTEM)?|AWS_CONFIG_FILE|AWS_SHARED_CREDENTIALS_FILE|KUBECONFIG|CURL_HOME|WGETRC|DOCKER_CONFIG|JUPYTER_CONFIG_DIR|JUPYTER_CONFIG_PATH|ASPNETCORE_CONTENTROOT|DOTNET_CONTENTROOT|SPRING_[A-Z0-9_]+|SERVER_(?:ADDRESS|PORT)|[nN][pP][mM]_[cC][oO][nN][fF][iI][gG]_\w+|[yY][aA][rR][nN]_\w+|GOFLAGS|GOWORK|GOENV|GOROOT|CC|CXX|FC|AR|PKG_CONFIG|CGO_[A-Z]+|CARGO_[A-Z0-9_]+|RUSTC\w*|RUSTFLAGS|RUSTDOCFLAGS|RUSTUP_TOOLCHAIN|JDK_JAVA_OPTIONS|JDK_JAVAC_OPTIONS|JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|CLASSPATH|SNMPCONFPATH|[A-Z][A-Z0-9_]*(?:CONF|CONFIG)(?:_?(?:FILE|DIR|PATH))?|ST(?:CONF|HOME)DIR|${LOCATION_VARIABLE_NAMES}|${GIT_INCLUDE_SETTINGS})=("[^"\n]*"|'[^'\n]*'|[^\s;&|()"'\`]*)`,
    "gm",
);

/** A command as viewingJudge judges it; `found` when it runs on what find found (`{}`: any file under a start path). */
interface JudgedRun {
    words: readonly string[];
    cwd: string | undefined;
    found: boolean;
}

/**
 * The commands a command line runs: itself, and for find(1) its own words without its actions' commands, then each
 * command of -exec/-execdir/-ok/-okdir ("-exec command ;", "-exec command {} +": GNU findutils manual, "Single File",
 * "Multiple Files") as if run alone with `{}` a start path (find's start paths, `.` when none; a command naming a start
 * path names every file under it), -execdir's and -okdir's from the directory holding the start path ("the
 * subdirectory containing the matched file", the topmost of them). -files0-from reads the start paths from a file
 * instead (GNU findutils manual, "Starting points"): any path, `/`.
 */
function findRuns(words: readonly string[], cwd: string | undefined): JudgedRun[] {
    if (posix.basename(words[0] ?? "") !== "find") return [{ words, cwd, found: false }];
    // find [-H] [-L] [-P] [-D debugopts] [-Olevel] [starting-point...] [expression]
    let i = 1;
    while (/^-([HLP]|D|O\d*)$/.test(words[i] ?? "")) i += words[i] === "-D" ? 2 : 1;
    const firstTest = words.findIndex((w, j) => j >= i && /^[-(!),]/.test(w));
    const starts = words.includes("-files0-from") ? ["/"] : words.slice(i, firstTest < 0 ? undefined : firstTest);
    const own: string[] = [];
    const runs: JudgedRun[] = [];
    for (let j = 0; j < words.length; j++) {
        own.push(words[j]);
        const action = /^-(exec|execdir|ok|okdir)$/.exec(words[j]);
        if (!action) continue;
        const end = words.findIndex((x, k) => k > j && (x === ";" || x === "+"));
        const command = words.slice(j + 1, end < 0 ? undefined : end);
        for (const start of starts.length > 0 ? starts : ["."]) {
            const inDirectory = action[1].endsWith("dir");
            runs.push({
                words: command.map(w => w.replaceAll("{}", start)),
                cwd: inDirectory ? (cwd === undefined ? undefined : posix.dirname(posix.resolve(cwd, start))) : cwd,
                found: true,
            });
        }
        j = end < 0 ? words.length : end;
    }
    return [{ words: own, cwd, found: false }, ...runs];
}

/**
 * A Jupyter executable run from an installation prefix X (`X/bin/jupyter lab`, `X/bin/jupyter-lab`, `X/bin/python3 -m
 * jupyterlab`): Jupyter searches X/etc/jupyter ({sys.prefix}/etc/jupyter, Jupyter docs "Common Directories and File
 * Locations"). Like the environment, tied to every Jupyter server of the script.
 */
const JUPYTER_EXECUTABLES =
    /(\/[^\s;&|'"`$()]*)\/bin\/(?:jupyter[\w-]*|python[0-9.]*\s+(?:-\S+\s+)*-m\s*(?:jupyter\w*|notebook|nbclassic|kernel_gateway|enterprise_gateway))(?=\s|$)/gm;

/**
 * The node's judge (nodeJudge) for one user data with its ScriptView, built as the reader goes through its commands in
 * order: a file is changed (content unknown) once root writes it with content the reader cannot know (a program's
 * output, a download), puts a fragment into it (sed's replacement, an append), or runs a command naming it (as a word
 * or inside one, such as `python3 -c "open('FILE', 'a')..."`) other than a keeper (keepsContent), a server reading it as
 * `--config`, or a copy only reading it (rootReads.ts copiedSources: `cp FILE FILE.orig`): sed -i deleting lines,
 * perl -i, ed, an editor of its own. Writing its whole content again (write_files, a heredoc) makes it known, unless
 * the script appends to it anywhere (`appended`: every `>>` or `tee -a` the shell reader resolves, relative names
 * against the working directory a `cd` set): an append after a server starts is read at its next start. Environment
 * values are every VIEWED_VARIABLES assignment in `texts`; one not an absolute literal path (a variable, a command
 * substitution, `~`, a relative path) is undefined, but Spring Boot's (SPRING_*, SERVER_ADDRESS|PORT),
 * Python's but PYTHONPATH (PYTHONWARNINGS, PYTHONBREAKPOINT, ...: pythonEnvironment) and npm_config_node_options,
 * kept as written unless they hold an expansion.
 */
/** The systemd.exec(5) settings that mount another file system or file into a unit's namespace. */
const MOUNT_SETTINGS = [
    "BindPaths",
    "BindReadOnlyPaths",
    "TemporaryFileSystem",
    "RootDirectory",
    "RootImage",
    "MountImages",
];

/**
 * The entries of a unit setting's value: space-separated words, each unquoted (systemd.syntax(7): "may be quoted with
 * double or single quotes"; a backslash escapes the next character).
 */
function unitWords(value: string): string[] {
    const words: string[] = [];
    let word: string | undefined;
    let quote: string | undefined;
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (c === "\\" && i + 1 < value.length) word = (word ?? "") + value[++i];
        else if (quote !== undefined) {
            if (c === quote) quote = undefined;
            else word = (word ?? "") + c;
        } else if (c === '"' || c === "'") {
            quote = c;
            word ??= "";
        } else if (/\s/.test(c)) {
            if (word !== undefined) words.push(word);
            word = undefined;
        } else word = (word ?? "") + c;
    }
    if (word !== undefined) words.push(word);
    return words;
}

export function viewingJudge(
    texts: readonly string[],
    appended: ReadonlySet<string>,
): NodeJudge & {
    view: ScriptView;
    settled(): NodeOpening[];
    ran(
        words: readonly string[],
        how: string,
        cwd?: string,
        fileText?: (path: string) => string | undefined,
        nonRoot?: boolean,
        known?: Pick<ScriptView, "aspNetEnvironments" | "managerEnvironment" | "programEnvironment">,
        wrappers?: readonly string[],
    ): NodeOpening[];
} {
    const changedFiles = new Set<string>();
    /** Round 84: the image interpreters a binfmt registration names (imageElfInterpreters), with how it was made. */
    const registeredInterpreters = new Map<string, string>();
    // Directories a copy, extraction or download wrote names into the pack cannot know (copiedDestinations), and the
    // files under them written whole since.
    const changedTrees = new Set<string>();
    // Paths a command other than a CONTENT_KEEPERS one names, or runs in (its working directory): whole trees it may
    // have replaced, moved, linked or filled (`git clone URL DIR`, `git -C /root clone URL .jupyter`, `7z x -oDIR`,
    // `rm -rf DIR && ln -s TARGET DIR`, `cd DIR && cpio -i`), fail-closed whatever the command (a working directory
    // but for keepsWorkingDirectory's programs) (git(1) -C "Run as if git was started in <path>"; GNU cpio "Copy-in
    // mode" extracts into the working directory; 7-Zip's -o{dir_path} "destination directory where files are to be
    // extracted"; Python's `-m zipfile -e <zipfile> <output_dir>`).
    const namedTrees = new Set<string>();
    // The trees of copies and extractions (copiedDestinations), for the resolver's files (resolverState).
    const copiedTrees = new Set<string>();
    // Round 87: the work trees `git clone` wrote (copiedDestinations), each with what the script had changed when the
    // clone ended: one nothing changed since is the checkout's code alone (view.checkouts).
    const checkouts = new Map<string, ReadonlySet<string>>();
    const changes = () => [...changedFiles, ...changedTrees, ...namedTrees, ...rewritten, ...appendedTexts.keys()];
    // A clone's trees are its checkouts once every write of its own command is in (the next command, `how`, begins).
    let cloned: { how: string; trees: string[] } | undefined;
    const settleCheckouts = (how: string) => {
        if (cloned === undefined || cloned.how === how) return;
        const then = new Set(changes());
        for (const tree of cloned.trees) checkouts.set(posix.normalize(tree), then);
        cloned = undefined;
    };
    const rewritten = new Set<string>();
    // The text of each file in `rewritten`, as written whole.
    const contents = new Map<string, string>();
    // What appending known text wrote to each file (appendedText), and the files changed any other way.
    const appendedTexts = new Map<string, string[]>();
    const notAppendOnly = new Set<string>();
    // Every configuration text judged (configured), judged again once the script ends (settled).
    const configuredTexts: [string, string][] = [];
    const under = (path: string, dir: string) => dir === "/" || path.startsWith(`${dir}/`);
    // Round 77: the trees changed by anything but a package manager's install from its registry (npmInstallWrites).
    const otherTrees = new Set<string>();
    const changeTree = (dir: string, install = false) => {
        changedTrees.add(dir);
        if (!install) otherTrees.add(dir);
        for (const path of rewritten) if (under(path, dir)) rewritten.delete(path);
    };
    const changed = {
        has: (path: string, within?: string) =>
            changedFiles.has(path) ||
            (!rewritten.has(path) &&
                ([...changedTrees].some(dir => under(path, dir)) ||
                    [...namedTrees].some(dir => under(path, dir) && (within === undefined || !under(within, dir))))),
    };
    const environment = new Map<string, (string | undefined)[]>();
    const relativeEnvironment = new Map<string, string[]>();
    // Round 78: printf's output too (shellPrintfOutputs: an env file printf writes, sourced under `set -a`).
    for (const text of [...texts, ...texts.flatMap(shellPrintfOutputs)])
        for (const [, variable, raw] of text.matchAll(VIEWED_VARIABLES)) {
            const value = raw.replace(/^(["'])(.*)\1$/, "$2");
            const values = environment.get(variable) ?? [];
            // Spring Boot's properties (springStaticListeners), Python's warning filters and npm's node-options
            // (nodeOptionsLoading) as written; the others are paths.
            if (
                /^(SPRING_|SERVER_|GO|CARGO|RUST|CGO_)|^(npm_config_node_options|CC|CXX|FC|AR|PKG_CONFIG)$/i.test(
                    variable,
                ) ||
                /^PYTHON(?!PATH$)/.test(variable)
            )
                values.push(/[$`]/.test(value) ? undefined : value);
            else {
                values.push(/^\/[^$`]*$/.test(value) ? posix.normalize(value) : undefined);
                // Round 90: a relative literal path (no expansion, `~` or option), kept apart (relativeEnvironment).
                if (/^[A-Za-z0-9_.][^\s$`~]*$/.test(value))
                    relativeEnvironment.set(variable, [...(relativeEnvironment.get(variable) ?? []), value]);
            }
            environment.set(variable, values);
        }
    const jupyterPrefixes = [
        ...new Set(texts.flatMap(text => [...text.matchAll(JUPYTER_EXECUTABLES)].map(m => posix.normalize(m[1])))),
    ];
    // What each file is a copy of, in the order user data makes them (copiedFrom, against each command's working
    // directory; a download to standard output by the file its output goes to), over the absolute paths the lines
    // name (scriptDownloads, known before the walk: a unit judged once every file is seen has them). A later write of
    // the path replaces what it was (a copy, a download, a move onto it: its new source's names; a whole write of
    // known content: none), the names of one command's sources adding up; a move (mv(1)) leaves its source path empty.
    const downloads = scriptDownloads(texts);
    const namesOf = (from: string) =>
        (REMOTE_URL.test(from)
            ? [sourceName(from)]
            : [posix.basename(from), ...(downloads.get(posix.normalize(from)) ?? [])]
        ).filter(n => n !== "");
    const copied = (path: string, from: string) => downloads.set(path, namesOf(from));
    const copiedAll = (pairs: readonly (readonly [string, string])[]) => {
        const next = new Map<string, string[]>();
        for (const [path, from] of pairs) {
            const had = next.get(path) ?? [];
            next.set(path, [...had, ...namesOf(from).filter(n => !had.includes(n))]);
        }
        for (const [path, names] of next) downloads.set(path, names);
    };
    /** A download to standard output (curl without -o/-O, wget -O -) and the command it is, for its redirection. */
    let printed: { how: string; urls: string[] } | undefined;
    const built = new Map<string, BuiltProgram>();
    // Round 76: what each requirements file a `pip install -r FILE` line names held when that line ran (by the word
    // as written; requirementFileNames: its names, undefined when not all name specifiers or not known then), for
    // scriptPipModules; its answer kept until another such line runs.
    const requirements = new Map<string, (readonly string[] | undefined)[]>();
    let pipModules: { runs: number; modules: Set<string> } | undefined;
    let requirementRuns = 0;
    const view: ScriptView = {
        built,
        changed,
        environment,
        jupyterPrefixes,
        relativeEnvironment,
        javaReleases: installedJavaReleases(texts),
        written: () => [...rewritten, ...changedFiles],
        // Round 82: the absolute directories a `mkdir` of the script names (programOwnNames' directories of its own).
        madeDirectories: new Set(
            texts.flatMap(t =>
                [...t.matchAll(/\bmkdir\s+([^;&|\n)]*)/g)].flatMap(m =>
                    m[1]
                        .split(/\s+/)
                        .filter(w => /^\/[\w./-]+$/.test(w))
                        .map(w => posix.normalize(w).replace(/\/$/, "")),
                ),
            ),
        ),
        changedBesidesInstalls: {
            has: path =>
                changedFiles.has(path) ||
                otherTrees.has("/") ||
                [...otherTrees, ...namedTrees].some(dir => dir === path || under(dir, path)),
        },
        copiedInto: { has: path => !rewritten.has(path) && [...copiedTrees].some(dir => under(path, dir)) },
        checkouts: {
            has: dir => {
                const now = changes();
                return [...checkouts].some(
                    ([tree, then]) =>
                        (dir === tree || under(dir, tree)) &&
                        !now.some(p => !then.has(p) && (p === tree || under(p, tree) || under(tree, p))),
                );
            },
        },
        text: path => (rewritten.has(path) && !changed.has(path) ? contents.get(path) : undefined),
        appendedText: path =>
            appendedTexts.has(path) &&
            !notAppendOnly.has(path) &&
            ![...changedTrees, ...namedTrees].some(dir => under(path, dir))
                ? appendedTexts.get(path)!.join("")
                : undefined,
        downloads,
        get pipModules() {
            if (pipModules?.runs !== requirementRuns)
                pipModules = { runs: requirementRuns, modules: scriptPipModules(texts, requirements) };
            return pipModules.modules;
        },
        pipReadsUserConfiguration: scriptPipReadsUserConfiguration(texts),
    };
    /** Marks what one command changes (findRuns: each command find runs is judged as itself). */
    // Round 87: the files the shell reader recorded the command being judged (`ran`'s how) as writing (`written`): tee(1)
    // "copy standard input to each FILE" writes there only its standard input, whose text (known, or unknown and
    // changed) the reader gave, as it does a `>` redirect's; naming them does not change them again (but for tee -a,
    // whose file keeps what it held).
    const writtenBy = new Map<string, string>();
    // Round 88: the files whose last write (by `how`) appended known text composed with their known whole text.
    const composedBy = new Map<string, string>();
    let runHow: string | undefined;
    const stdinCopyRecorded = (program: string, path: string, append = false) =>
        program === "tee" &&
        runHow !== undefined &&
        writtenBy.get(path) === runHow &&
        (!append || composedBy.get(path) === runHow);
    const judgeRun = (
        { words, cwd, found }: JudgedRun,
        fileText?: (path: string) => string | undefined,
        wrappers: readonly string[] = [],
    ) => {
        const program = posix.basename(words[0] ?? "");
        const onlyRead = new Set(copiedSources(words, cwd ?? "/"));
        // Round 90: `.`/`source` (bash(1): "Read and execute commands from filename in the current shell environment")
        // read the file they name (its commands are the shell reader's); the working directory stays judged below.
        const sourced =
            (words[0] === "." || words[0] === "source") && words[1] !== undefined && !/[$`]/.test(words[1])
                ? posix.resolve(cwd ?? "/", words[1])
                : undefined;
        // `install -d` only makes directories (GNU coreutils "install invocation": -d "Create any missing parent
        // directories"), as mkdir does.
        const makesDirectories =
            program === "install" && words.some(w => w === "--directory" || /^-[A-Za-z]*d[A-Za-z]*$/.test(w));
        // npm ci/install in DIR write DIR/node_modules, and install DIR/package-lock.json (package.json too when it
        // names packages to add: `npm install express` saves it); DIR's other files are not npm's to change. The root
        // package's lifecycle scripts are judged by `ran` (packageScripts).
        // tsc writes its outputs only (tscWrites).
        const npm =
            npmInstallWrites(words, cwd, fileText, view) ??
            tscWrites(words, cwd, fileText) ??
            goCargoBuildWrites(words, cwd, fileText, view) ??
            javacWrites(words, cwd, fileText, view, wrappers) ??
            dotnetBuildWrites(words, cwd, [...rewritten, ...changedFiles], dir => changed.has(`${dir}/`));
        if (npm !== undefined) {
            const install = npmInstallWrites(words, cwd, fileText, view) !== undefined;
            npm.trees.forEach(t => changeTree(t, install));

            for (const path of npm.files) {
                changedFiles.add(path);
                rewritten.delete(path);
            }
            return;
        }
        // tee(1) "-a, --append: append to the given FILEs, do not overwrite".
        const teeAppend = program === "tee" && words.slice(1).some(w => w === "--append" || /^-[a-zA-Z]*a/.test(w));
        if (!keepsContent(words) && !makesDirectories) {
            const named = (path: string) => {
                const normal = posix.normalize(path);
                // Round 88: tee -a's known standard input composed with the file's known text (written) changes
                // it no further either.
                if (onlyRead.has(normal) || normal === sourced || stdinCopyRecorded(program, normal, teeAppend)) return;
                changedFiles.add(normal);
                // tee -a only appends what it reads (written() gets that text, or none when unknown).
                if (!teeAppend) notAppendOnly.add(normal);
                namedTrees.add(normal);
                for (const p of rewritten) if (under(p, normal)) rewritten.delete(p);
            };
            // Its working directory, fail closed: unless it is a copy the pack reads, which writes only its
            // destinations (copiedSources, copiedDestinations: unpackers writing into their working directory, `/`
            // included, are among them), or a program that writes nothing relative to it (keepsWorkingDirectory).
            // `/` is the script's own start (cloud-init's runcmd and scripts run there), where only the unpackers
            // count: any other program there would make every file unknown. A working directory the pack cannot
            // compute (`cd "$HOME"`: systemd.exec(5) sets $HOME only for units with User=, and `cd ""` stays put)
            // may be any directory: every tree is changed.
            const destinations = copiedDestinations(words, cwd ?? "/");
            const readCopy = onlyRead.size > 0 || destinations.files.length + destinations.trees.length > 0;
            // Round 83: a root Python program that writes only what it names (pythonProgramOnlyWrites) changes, of
            // its working directory, only those paths (its writes elsewhere are the root reader's: programWritten).
            const pythonWrites =
                cwd !== undefined && cwd !== "/" ? pythonProgramOnlyWrites(words, cwd, fileText, view) : undefined;
            for (const w of pythonWrites ?? [])
                if (under(w.path, cwd!) || w.path === cwd) named(w.path);
                else if (w.tree && under(cwd!, w.path)) named(cwd!);
            const keepsCwd = keepsWorkingDirectory(words) || pythonWrites !== undefined;
            if (cwd === undefined && !keepsCwd) changeTree("/");
            else if (cwd !== undefined && cwd !== "/" && !readCopy && !keepsCwd) named(cwd);
            words.slice(1).forEach((w, i) => {
                // A server's --config and a variable's value name a file without changing it.
                if (/^--config(=|$)|^[A-Za-z_]\w*=/.test(w) || words[i] === "--config") return;
                const glued = /^--[\w-]+=([^-\s][^\s]*)$|^-[A-Za-z]([^\s=]*\/[^\s]*)$/.exec(w);
                const operand = /^[^\s-][^\s]*$/.test(w) ? w : (glued?.[1] ?? glued?.[2]);
                const resolved = operand === undefined ? [] : [posix.resolve(cwd ?? "/", operand)];
                for (const path of [...resolved, ...(w.match(/\/[^\s'"`;|&<>(),]+/g) ?? [])]) named(path);
            });
        }
        // A copy into a directory writes the files under it: by the sources' names, or any name (a found file's,
        // under find).
        const { files, trees } = copiedDestinations(words, cwd ?? "/");
        const anyName = found ? files.filter(dir => files.some(f => posix.dirname(f) === dir)) : [];
        for (const path of files) if (!anyName.includes(posix.dirname(path))) changedFiles.add(path);
        [...trees, ...anyName].forEach(t => changeTree(t));
        for (const tree of [...trees, ...anyName]) copiedTrees.add(tree);
    };
    // Round 72: names read by what the script did to the resolver's files so far (nameResolution), while each of
    // its lines is judged.
    const aliases = texts.some(t => /\bHOSTALIASES\b/.test(t));
    const resolverState = () => {
        const hosts = "/etc/hosts";
        // Round 74: a copy or extraction whose names the pack cannot list (copiedDestinations `trees`: tar -x -C /,
        // unzip -d /, cp -r into /etc) into a directory above /etc/hosts or a resolver file (RESOLVER_FILES) may have
        // written it (tar(1) -C "change to DIR" before extracting; unzip(1) -o "overwrite existing files without
        // prompting"): its content unknown (every address, fail closed) until written whole again (changeTree drops
        // the earlier whole writes under the tree).
        const overHosts = [...copiedTrees].some(dir => under(hosts, dir)) && !rewritten.has(hosts);
        // Named by a write of its own (not only under a tree an unknown command may have changed: a relay's far end
        // named so must stay loopback to be joined with the node's own listeners, which an unknown name is not).
        // Round 73: cloud-init's Update Etc Hosts module (cc_update_etc_hosts: `manage_etc_hosts: true` renders
        // /etc/hosts from the template /etc/cloud/templates/hosts.{os}.tmpl on every boot, a Jinja/Cheetah text): a
        // written template is a write of /etc/hosts whose content the pack does not compute (every address).
        const template = [...changedFiles, ...rewritten, ...appendedTexts.keys()].some(p =>
            /^\/etc\/cloud\/templates\/hosts\.[^/]*tmpl$/.test(p),
        );
        const touched =
            template || overHosts || changedFiles.has(hosts) || rewritten.has(hosts) || appendedTexts.has(hosts);
        const hostsText =
            template || overHosts
                ? undefined
                : rewritten.has(hosts)
                  ? contents.get(hosts)
                  : changedFiles.has(hosts) && !(appendedTexts.has(hosts) && !notAppendOnly.has(hosts))
                    ? undefined
                    : [AMI_HOSTS, ...(appendedTexts.get(hosts) ?? [])].join("\n");
        const resolverChanged =
            aliases ||
            RESOLVER_FILES.some(f =>
                f.endsWith("/")
                    ? [...changedFiles, ...rewritten].some(p => p.startsWith(f)) ||
                      [...copiedTrees].some(dir => under(f, dir) || `${dir}/`.startsWith(f))
                    : changedFiles.has(f) ||
                      rewritten.has(f) ||
                      appendedTexts.has(f) ||
                      [...copiedTrees].some(dir => under(f, dir)),
            );
        return { touched, hostsText, resolverChanged };
    };
    const resolving = <T>(judge: () => T, state = resolverState()): T =>
        resolvingNames(hostsResolution(state.touched, state.hostsText, state.resolverChanged), judge);
    // Round 73: a command run while the resolver's files were in one state, judged again once the script ends when
    // they changed after it: a process it starts outlives its line (bash(1): "If a command is terminated by the
    // control operator &, the shell executes the command in the background ... the shell does not wait"), resolves a
    // host name when it gets to it (Node.js dns.md: dns.lookup() "uses the operating system facilities", /etc/hosts;
    // Python's socket.bind through getaddrinfo) and again on each restart, so a name is loopback only when it is in
    // the state at its line and in the final one (units and cron already read the final one): each listener held on
    // loopback at its line (heldForJoin) is judged again with the final state.
    // Round 74: a tmpfiles.d(5) line whose path is /etc/hosts, a resolver file (RESOLVER_FILES) or a directory above
    // one, of a type that creates, replaces, copies, links or removes it ("L+ ... If the destination path exists and is
    // not a symlink, it is removed and replaced by the symlink"; "C+ ... the destination is removed and replaced";
    // r/R remove, d/D/e clean, p/c/b create; types z/Z/x/X/a/A/h/H/t/T only adjust modes, owners, attributes or
    // exclusions), applied by `systemd-tmpfiles --create` or at boot (systemd-tmpfiles-setup.service): the path's
    // content unknown, as after `ln -sf`/`cp` (every address, fail closed). rootReads.ts tmpfiles then writes what it
    // knows (an f/w line's argument, a C copy of a file user data wrote), after this. A file whose text the pack does
    // not have (downloaded) may hold any line: every resolver file unknown. A path with a specifier or an escape (`%`,
    // `\`) may be any path.
    const tmpfilesResolver = (path: string, content: string | undefined) => {
        if (!TMPFILES_PATH.test(path)) return;
        const resolverPaths = NAME_RESOLUTION_PATHS;
        const mark = (target: string) => {
            for (const f of resolverPaths) {
                const dir = f.endsWith("/") ? f.slice(0, -1) : f;
                if (target === dir || under(dir, target)) changedFiles.add(f.endsWith("/") ? `${f}*` : f);
                else if (f.endsWith("/") && under(target, dir)) changedFiles.add(target);
                else continue;
                notAppendOnly.add(f);
                rewritten.delete(f);
            }
        };
        if (content === undefined) return mark("/");
        for (const line of content.split(/\r?\n/)) {
            const m = /^\s*([A-Za-z][-+=~^!?]*)\s+(\S+)/.exec(line);
            if (m === null || /^[zZxXaAhHtT]/.test(m[1])) continue;
            mark(/[%\\]/.test(m[2]) ? "/" : posix.resolve("/", m[2]));
        }
    };
    // Round 73: a unit's own mount namespace (systemd.exec(5) BindPaths=, BindReadOnlyPaths=: "Configures
    // unit-specific bind mounts ... a colon-separated pair of source and destination paths"; TemporaryFileSystem=,
    // RootDirectory=, RootImage=, MountImages=: another file system under it): a unit's command (its `how` names the
    // unit file or a drop-in of it) whose settings mount over /etc/hosts or a resolver file (RESOLVER_FILES), or a
    // directory above one, resolves names from what the pack does not read there: every name unknown (every address,
    // fail closed).
    // Round 74: read as systemd does. The unit's settings come from its file and every drop-in that applies to it
    // (unitDropInNames: `NAME.d/`, each dash prefix `P-.TYPE.d/`, the type-wide `TYPE.d/`, an instance's template), in
    // every directory of the unit search path (systemd.unit(5): /etc, /run, /usr/lib, /usr/local/lib, /lib, with their
    // .control/.attached/transient/generator directories); a drop-in whose text the pack does not have may mount
    // anything. A transient unit takes them from systemd-run's -p/--property= (systemd-run(1): "This takes an
    // assignment in the same format as systemctl(1)'s set-property command"). Each value is a space-separated list whose
    // entries are unquoted (systemd.syntax(7): a setting "may be quoted with double or single quotes"; a colon inside
    // quotes is read as a separator too: more mounts, never fewer), `-` (ignore a missing source) and `+` (relative to
    // RootDirectory=) prefixes taken off, `SOURCE[:DEST[:OPTIONS]]` (DEST defaulting to SOURCE); an empty assignment
    // resets the list (systemd.exec(5)). A bind of a file user data wrote whole exactly at /etc/hosts gives the unit that
    // file as its hosts (its text when the unit's command is judged: at the end for a unit file, at its line for
    // systemd-run, and again at the end for a listener held then).
    const UNIT_DIRECTORY =
        /^\/(?:etc|run|usr\/lib|usr\/local\/lib|lib)\/systemd\/(?:system|system\.control|system\.attached|transient|generator(?:\.early|\.late)?)\//;
    const unitSettings = (how: string, fileText?: (path: string) => string | undefined) => {
        const unit = /^(\/\S+?\.(?:service|socket|timer|path|mount))(?:\.d\/[^:\s]+)?: /.exec(how)?.[1];
        if (unit === undefined) return undefined;
        const names = unitDropInNames(posix.basename(unit));
        const dropIns = [...new Set([...contents.keys(), ...changedFiles])]
            .filter(p => {
                const m = /^(.*\/)([^/]+)\.d\/[^/]+\.conf$/.exec(p);
                return m !== null && UNIT_DIRECTORY.test(m[1]) && names.includes(m[2]);
            })
            .sort((a, b) => posix.basename(a).localeCompare(posix.basename(b)));
        const text = (p: string) => fileText?.(p) ?? contents.get(p);
        if (dropIns.some(p => text(p) === undefined)) return "unknown";
        return unitFileEntries([unit, ...dropIns].map(p => ({ path: p, text: text(p) ?? "" }))).map(
            e => [e.key, e.value] as [string, string],
        );
    };
    /** systemd-run's -p/--property= settings of the transient unit a command runs in (none: undefined). */
    const transientSettings = (words: readonly string[]) => {
        const uses = wrappersOf(words).wrappers.filter(u => u.name === "systemd-run");
        if (uses.length === 0) return undefined;
        return uses.flatMap(use =>
            MOUNT_SETTINGS.flatMap(key => systemdRunProperties(use, key).map(v => [key, v] as [string, string])),
        );
    };
    const mountedState = (settings: readonly [string, string][] | "unknown") => {
        const unknown = { touched: true, hostsText: undefined, resolverChanged: true };
        if (settings === "unknown") return unknown;
        const lists = new Map<string, string[]>();
        for (const [key, value] of settings)
            if (MOUNT_SETTINGS.includes(key))
                lists.set(key, value.trim() === "" ? [] : [...(lists.get(key) ?? []), ...unitWords(value)]);
        const base = resolverState();
        let hostsText: string | undefined;
        let touched = false;
        for (const [key, entries] of lists) {
            if (/^Root/.test(key)) {
                if (entries.length > 0) return unknown;
                continue;
            }
            for (const entry of entries) {
                const parts = entry.split(":");
                const source = parts[0].replace(/^-?\+?/, "");
                const raw = key === "TemporaryFileSystem" ? source : (parts[1] ?? source);
                if (!raw.startsWith("/")) return unknown;
                const destination = posix.normalize(raw).replace(/\/+$/, "") || "/";
                const known =
                    /^Bind/.test(key) && source.startsWith("/") ? view.text?.(posix.normalize(source)) : undefined;
                if (destination === "/etc/hosts" && known !== undefined) {
                    // Two binds at one place: the last one mounted wins, which the pack does not order; unknown.
                    if (touched) return unknown;
                    [touched, hostsText] = [true, known];
                } else if (
                    NAME_RESOLUTION_PATHS.some(f => {
                        const file = f.replace(/\/$/, "");
                        return file === destination || under(file, destination) || under(destination, file);
                    })
                )
                    return unknown;
            }
        }
        return touched ? { ...base, touched, hostsText } : undefined;
    };
    const unitResolver = (
        how: string,
        words: readonly string[],
        fileText?: (path: string) => string | undefined,
    ): (() => ReturnType<typeof resolverState>) | undefined => {
        const settings = unitSettings(how, fileText);
        const transient = transientSettings(words);
        if (settings === undefined && transient === undefined) return undefined;
        const all = settings === "unknown" ? settings : [...(settings ?? []), ...(transient ?? [])];
        return () => mountedState(all) ?? resolverState();
    };
    const heldBefore: {
        listener: Listener;
        how: string;
        fileText?: (path: string) => string | undefined;
        state: string;
        now: () => ReturnType<typeof resolverState>;
    }[] = [];
    return {
        ...nodeJudge,
        view,
        // Round 82: what a root Python program writes, unknown content for the shell reader's later lines (RootReads).
        programWrites: (words, cwd, fileText) => pythonProgramWrites(words, cwd, fileText, view),
        // Round 86: what a root Python program runs with literal words, read by the shell reader as the lines they are.
        // Round 88: and a perl/ruby/node one-liner's (oneLinerCommandLines): one hook for every language.
        programCommands: (words, cwd, fileText) =>
            pythonProgramCommandLines(words, cwd, fileText, view) ??
            pythonModuleCommandLines(words, cwd) ??
            shebangCommandLines(words, cwd, fileText, view) ??
            oneLinerCommandLines(words, cwd),
        // Round 84: a root Python run reading its environment only as its interpreter does (its isolation flags).
        confinedPythonFlags: (words, cwd, fileText) => pythonEnvironmentConfinedFlags(words, cwd, fileText, view),
        // What PM2 starts (launchedCommands), a script's words as the walker reads them; its ecosystem file the pack
        // cannot read is judged by `ran` (remoteAgent).
        started: (words, cwd, fileText) =>
            posix.basename(words[0] ?? "") === "pm2"
                ? launchedCommands(words, cwd, fileText, view)?.filter(c => c[0] !== "pm2-ecosystem")
                : undefined,
        // A configuration read with what the script changed (configFileServers: an included file it downloaded).
        configured: (text, how) => {
            configuredTexts.push([text, how]);
            return resolving(() => nodeJudge.configured(text, how, view));
        },
        // Once the script ends (a server starts on the files' final state; lighttpd docs "Configuration File Syntax":
        // `include` is read at start): every configuration's file servers judged again with what changed after it was
        // written (an include edited later, an import written later), and the packaged configuration's includes
        // (PACKAGED_INCLUDES) holding a file user data changed so the pack cannot read it: any directory, every address.
        settled: () => [
            ...heldBefore.flatMap(h => {
                const now = h.now();
                return h.state === JSON.stringify(now)
                    ? []
                    : resolving(
                          () => listenerOpenings([h.listener], h.how, h.fileText, view).filter(o => !("loopback" in o)),
                          now,
                      );
            }),
            ...resolving(() =>
                configuredTexts.flatMap(([text, how]) => listenerOpenings(configFileServers(text, view), how)),
            ),
            // Round 86: the in-kernel targets' configfs trees as the script leaves them (targetConfigfsListeners).
            ...resolving(() =>
                listenerOpenings(
                    targetConfigfsListeners(view.written?.() ?? [], p => view.text?.(p)),
                    "writes under the kernel's configfs target trees",
                ),
            ),
            // Round 83: the servers' configurations with their includes followed (includedServerListeners).
            ...resolving(() =>
                includedServerListeners(view).flatMap(({ listeners, how }) =>
                    listenerOpenings(listeners, how, undefined, view).filter(o => !("loopback" in o)),
                ),
            ),
            ...PACKAGED_INCLUDES.flatMap(([server, glob]) => {
                const file = includeUnknown(glob, view, true);
                return file === undefined
                    ? []
                    : listenerOpenings(
                          [
                              {
                                  server: `${server} (its packaged configuration includes ${glob})`,
                                  binds: [],
                                  serves: { files: undefined },
                              },
                          ],
                          `${file}, a configuration file user data downloaded, copied or edited so the pack cannot read it`,
                      );
            }),
        ],
        written(path, content, how, edit, append) {
            settleCheckouts(how);
            writtenBy.set(posix.normalize(path), how);
            tmpfilesResolver(path, content);
            // Round 84: a registration of the image's interpreter for foreign ELF binaries (imageElfInterpreters) is
            // judged by its text; the interpreter written later is refused as the registration would have been.
            const imageProgram = (p: string) =>
                IMAGE_PROGRAM_DIRECTORY.test(posix.normalize(p)) &&
                !changedFiles.has(p) &&
                !rewritten.has(p) &&
                !contents.has(p);
            const elfInterpreters =
                content !== undefined && !edit && BINFMT_REGISTRATION.test(posix.normalize(path))
                    ? imageElfInterpreters(content, imageProgram)
                    : undefined;
            for (const i of elfInterpreters ?? []) registeredInterpreters.set(i, how);
            const registers = [
                ...(elfInterpreters === undefined ? binfmtRegistration(path, how) : []),
                ...(registeredInterpreters.has(path)
                    ? [
                          binfmtOpening(
                              registeredInterpreters.get(path)!,
                              `its interpreter ${path} is written after (${how})`,
                          ),
                      ]
                    : []),
            ];
            if (append && content !== undefined && !edit)
                appendedTexts.set(path, [...(appendedTexts.get(path) ?? []), content]);
            else notAppendOnly.add(path);
            // Round 88: known text appended to a file written whole with known text, unchanged since (appendedFiles
            // left it out): the file is the two (bash(1) "Appending Redirected Output", tee(1) -a), still known.
            const composed =
                append &&
                content !== undefined &&
                !edit &&
                !appended.has(path) &&
                rewritten.has(path) &&
                contents.has(path) &&
                !changed.has(path);
            if (composed) composedBy.set(posix.normalize(path), how);
            else composedBy.delete(posix.normalize(path));
            if (composed) contents.set(path, withAppended(contents.get(path)!, content));
            else if (content === undefined || edit || append || appended.has(path)) {
                changedFiles.add(path);
                rewritten.delete(path);
                contents.delete(path);
            } else {
                changedFiles.delete(path);
                rewritten.add(path);
                contents.set(path, content);
                // Written whole with text user data holds: no longer any program it was copied or downloaded as.
                downloads.delete(path);
            }
            // `curl URL > FILE` (curl(1): "curl writes the received data to stdout" unless told otherwise), `| tee
            // FILE`: the file is the download, by the command's own redirection (written after it ran, same `how`).
            if (content === undefined && printed?.how === how) for (const url of printed.urls) copied(path, url);
            return [...registers, ...resolving(() => nodeJudge.written(path, content, how, edit, append))];
        },
        ran(
            words: readonly string[],
            how: string,
            cwd?: string,
            fileText?: (path: string) => string | undefined,
            nonRoot?: boolean,
            known?: Pick<ScriptView, "aspNetEnvironments" | "managerEnvironment" | "programEnvironment">,
            wrappers?: readonly string[],
            repeats?: boolean,
        ) {
            settleCheckouts(how);
            runHow = how;
            // Round 88: a cmake generation of an unchanged checkout (commandServers.ts cmakeGeneratedTree), read before
            // this command's own writes are counted: its build tree is the checkout's generated code, a checkout itself.
            const generated = nonRoot ? undefined : cmakeGeneratedTree(words, cwd, view);
            if (generated !== undefined) cloned = { how, trees: [generated] };
            // Round 76: a requirements file as it is at this line, before the command's own writes (judgeRun): a
            // file user data wrote whole with known text since any change the pack cannot compute (view.text), by
            // its path from the working directory (unknown: any file).
            for (const file of pipRequirementFiles(words)) {
                const path =
                    file.includes(":") || /\$|SUBSTITUTED/.test(file) || (cwd === undefined && !file.startsWith("/"))
                        ? undefined
                        : posix.resolve(cwd ?? "/", file);
                // Round 76 (py2): a line in a loop body the reader reads once (repeats) reads the file as each run
                // finds it, perhaps rewritten by the body after it: unknown (fail closed).
                const text = path === undefined || repeats ? undefined : view.text?.(path);
                requirements.set(file, [
                    ...(requirements.get(file) ?? []),
                    text === undefined ? undefined : requirementFileNames(text),
                ]);
                requirementRuns++;
            }
            const now = unitResolver(how, [...(wrappers ?? []), ...words], fileText) ?? resolverState;
            const state = now();
            const out = resolving(
                () => nodeJudge.ran(words, how, cwd, fileText, nonRoot, { ...view, ...known }),
                state,
            );
            // Round 75: binfmt_misc registrations by a command (binfmtCommand).
            out.push(...binfmtCommand([...(wrappers ?? []), ...words], how));
            // Round 75: systemd-run's transient socket unit (--socket-property=ListenStream=...), read as unit files are.
            out.push(...transientSocketOpenings([...(wrappers ?? []), ...words], fileText, view));
            for (const o of out as LoopbackMark[])
                if (o.loopback !== undefined && "listener" in o.loopback)
                    heldBefore.push({ ...o.loopback, fileText, state: JSON.stringify(state), now });
            const copies = copiedFrom(words, cwd ?? "/");
            copiedAll(copies);
            if (posix.basename(words[0] ?? "") === "mv")
                for (const [, from] of copies) if (!copies.some(([to]) => to === from)) downloads.delete(from);
            printed = downloadPrinted(words, how);
            // Programs it builds from sources the pack reads, judged as they are when it reads them (builtPrograms).
            for (const [path, listeners] of builtPrograms(words, cwd, fileText, view) ?? []) built.set(path, listeners);
            // A copy of a built program (`install -m 0755 target/release/NAME /usr/local/bin/NAME`) runs the same code.
            const copier = posix.basename(words[0] ?? "");
            const operands = words
                .slice(1)
                .filter(
                    (w, i) =>
                        !w.startsWith("-") && !/^-[mogt]$|^--(mode|owner|group|target-directory)$/.test(words[i] ?? ""),
                );
            if (/^(cp|install|mv|ln|rsync)$/.test(copier) && operands.length >= 2) {
                const destination = servedDirectory(operands.at(-1), cwd ?? "/");
                const builtCopies = operands.slice(0, -1).flatMap(source => {
                    const path = servedDirectory(source, cwd ?? "/");
                    const listeners = builtProgram(path, view);
                    return path !== undefined && listeners !== undefined ? [{ path, listeners }] : [];
                });
                for (const { path, listeners } of builtCopies)
                    if (destination !== undefined) {
                        built.set(destination, listeners);
                        built.set(posix.join(destination, posix.basename(path)), listeners);
                    }
            }
            // With the options its configuration files give it (pip.conf's target, curl -K's output); one the pack
            // cannot read may send its writes anywhere.
            const configured = configuredWords(
                words,
                fileText ?? (() => undefined),
                changed.has,
                [...rewritten, ...changedFiles],
                cwd,
            );
            if (configured === undefined) changeTree("/");
            for (const run of findRuns(configured ?? words, cwd)) judgeRun(run, fileText, wrappers);
            if (posix.basename(words[0] ?? "") === "git") {
                const trees = copiedDestinations(words, cwd ?? "/").trees;
                if (trees.length > 0) cloned = { how, trees };
            }
            // The root package's lifecycle scripts npm ci/install run (packageScripts), each a command of its own in
            // the package's directory: one the reader cannot split into words (a shell line) may change anything.
            const lifecycle =
                npmInstallWrites(words, cwd, fileText, view) &&
                packageScripts(posix.basename(words[0]), words.slice(1), cwd, fileText, view);
            if (lifecycle && lifecycle.unread !== undefined) changeTree("/");
            else if (lifecycle)
                for (const [, line] of lifecycle.around)
                    if (/[;&|<>$`(){}\\*?~\n]/.test(line)) changeTree("/");
                    else for (const run of findRuns(quotedWords(line), lifecycle.dir)) judgeRun(run, fileText);
            return out;
        },
    };
}

/**
 * Round 75: binfmt_misc (Linux admin-guide "Kernel Support for miscellaneous Binary Formats (binfmt_misc)": a line
 * `:name:type:offset:magic:mask:interpreter:flags` echoed to /proc/sys/fs/binfmt_misc/register tells the kernel "which
 * interpreter has to be invoked with which binary", by magic bytes (M) or file name extension (E); binfmt.d(5): the
 * same lines in /etc/binfmt.d, /run/binfmt.d, /usr/local/lib/binfmt.d, /usr/lib/binfmt.d, registered at boot by
 * systemd-binfmt.service). Every file matching it that root executes then runs in that interpreter, whatever its #!
 * line says: code the pack reads as one language (or as a program it does not read, by path) runs in another, so no
 * reader's judgement of those files holds. The pack does not read the registration: any write there fails closed.
 */
const BINFMT_REGISTRATION =
    /^\/(proc\/sys\/fs\/binfmt_misc\/register$|(etc|run|usr\/local\/lib|usr\/lib|lib)\/binfmt\.d\/)/;

const binfmtOpening = (how: string, what: string): NodeOpening => ({
    who: "whoever serves or writes what it runs",
    what: `user data registers a binfmt_misc interpreter (${how}: ${what}): the kernel runs that interpreter as root for every matching file executed, whatever the file is, so what root's programs are is code the pack does not read; register no binary format in user data`,
});

function binfmtRegistration(path: string, how: string): NodeOpening[] {
    return BINFMT_REGISTRATION.test(posix.normalize(path)) ? [binfmtOpening(how, `it writes ${path}`)] : [];
}

/**
 * Round 84: the interpreters of a registration text (binfmt_misc lines, a binfmt.d file) that registers only foreign
 * ELF binaries with the image's own interpreter, or undefined for any other text. Linux admin-guide binfmt-misc: a
 * line is `:name:type:offset:magic:mask:interpreter:flags`, its first character the delimiter; type M matches `magic`
 * at `offset`; flag C "calculate the credentials and security token of the new process according to the binary instead
 * of the interpreter", O hands the interpreter the binary's open file: without C the interpreter runs with the
 * credentials of whoever executes the binary. A magic starting with the ELF header (`\x7fELF`: an aarch64 binary's
 * on an x86-64 node) matches compiled programs only, which the pack judges by path, never by what they say: no text it
 * reads as one language runs in another (round 75's concern stays for E and any other magic). The interpreter must be
 * an absolute path in the image's program directories (`imageProgram`: the script did not write it), and neither C
 * nor O may hand it another's credentials or file: qemu-user-static's registration (`:qemu-aarch64:M::\x7fELF...:
 * /usr/bin/qemu-aarch64-static:F`).
 */
function imageElfInterpreters(text: string, imageProgram: (path: string) => boolean): string[] | undefined {
    const lines = text.split(/\r?\n/).filter(l => l.trim() !== "" && !/^\s*[#;]/.test(l));
    const interpreters = lines.map(raw => {
        const line = raw.trim();
        const fields = line.slice(1).split(line.charAt(0));
        if (fields.length !== 7) return undefined;
        const [, type, offset, magic, , interpreter, flags] = fields;
        const elf = type === "M" && /^0?$/.test(offset) && /^(\\x7f|\x7f)ELF/i.test(magic);
        return elf && /^[PF]*$/.test(flags) && interpreter.startsWith("/") && imageProgram(interpreter)
            ? interpreter
            : undefined;
    });
    return lines.length > 0 && interpreters.every(i => i !== undefined) ? (interpreters as string[]) : undefined;
}

/** Round 84: the image's program directories (systemd.exec(5) $PATH's /usr/sbin, /usr/bin; /usr/libexec). */
const IMAGE_PROGRAM_DIRECTORY = /^\/usr\/(bin|sbin|libexec|lib\/[\w.-]+)\/[^/]+$/;

/**
 * Round 75: commands registering a binary format: systemd-binfmt(8) given configuration files ("systemd-binfmt
 * [OPTIONS...] [CONFIGFILE...]": those files' lines; without, the binfmt.d directories, judged where user data writes
 * them), and Debian's update-binfmts(8) --install/--import (a format and its interpreter registered).
 */
function binfmtCommand(words: readonly string[], how: string): NodeOpening[] {
    const { start } = wrappersOf(words);
    const name = posix.basename(words[start] ?? "");
    const args = words.slice(start + 1);
    if (name === "systemd-binfmt" && args.some(w => !w.startsWith("-")))
        return [binfmtOpening(how, `systemd-binfmt applies ${args.filter(w => !w.startsWith("-")).join(" ")}`)];
    // Round 75: Linux admin-guide binfmt_misc ("mount binfmt_misc -t binfmt_misc /proc/sys/fs/binfmt_misc"): the
    // filesystem may be mounted anywhere, and each mount's `register` registers with the one kernel table, so a mount
    // of type binfmt_misc is itself a registration surface the pack does not follow (fail closed).
    if (
        name === "mount" &&
        args.some((w, i) =>
            /^(-t|--types)$/.test(args[i - 1] ?? "")
                ? /(^|,)binfmt_misc(,|$)/.test(w)
                : /^(-t|--types=)(.*,)?binfmt_misc(,|$)/.test(w) ||
                  (w === "binfmt_misc" && !args[i - 1]?.startsWith("-")),
        )
    )
        return [binfmtOpening(how, `mount ${args.join(" ")}`)];
    if (name === "update-binfmts" && args.some(w => /^--(install|import)(=|$)/.test(w)))
        return [binfmtOpening(how, `update-binfmts ${args.join(" ")}`)];
    return [];
}

/**
 * What `dotnet build|publish [PROJECT] [-o OUT]` writes (MS Learn "dotnet build": "The output directory to place built
 * artifacts in", default bin/; "dotnet publish"; MSBuild obj/ intermediates) of a project whose project file user data
 * wrote in a directory it did not change: the trees obj/ and bin/, and in OUT the build's outputs, which are the
 * assemblies and a copy of each Content/None item (MS Learn "Common MSBuild project items" CopyToOutputDirectory; the Web
 * SDK's appsettings*.json and **\/*.json, *.config): each file user data wrote under the project but its sources and
 * project files is changed in OUT at the same relative path (fail closed on what it holds); OUT's other names are the
 * build's. Undefined for any other command or an option the pack does not know.
 */
function dotnetBuildWrites(
    words: readonly string[],
    cwd: string | undefined,
    written: readonly string[],
    changedIn: (dir: string) => boolean,
): { trees: string[]; files: string[] } | undefined {
    if (posix.basename(words[0] ?? "") !== "dotnet" || !/^(build|publish)$/.test(words[1] ?? "") || cwd === undefined)
        return undefined;
    const { project, output, unread } = dotnetBuildArguments(words.slice(2));
    if (unread) return undefined;
    const dir = posix.resolve(
        cwd,
        project === undefined || !/proj$/i.test(project) ? (project ?? ".") : posix.dirname(project),
    );
    const out = output === undefined ? undefined : posix.resolve(cwd, output);
    if (!written.some(path => posix.dirname(path) === dir && DOTNET_PROJECT.test(path)) || changedIn(dir))
        return undefined;
    return {
        trees: [posix.join(dir, "obj"), posix.join(dir, "bin")],
        files: written.flatMap(path => {
            const rel = posix.relative(dir, path);
            return out === undefined ||
                rel.startsWith("..") ||
                /^(bin|obj)\//.test(rel) ||
                /\.(cs|fs|vb)(proj)?$/i.test(rel) ||
                /^Directory\.Build\./i.test(posix.basename(rel))
                ? []
                : [posix.join(out, rel)];
        }),
    };
}

/**
 * What `go vet|build|install|test` and `cargo build|check|test` of sources user data wrote write (they keep their
 * working directory but for these): go's go vet nothing (go help vet; its caches are GOCACHE's), go build its -o
 * output, else the package's executable in the working directory ("go help build"), go install $GOBIN's (builtPrograms);
 * cargo the target directory (Cargo book "Build cache": target/ of the workspace root, --target-dir,
 * CARGO_TARGET_DIR) and Cargo.lock. What they run writes as well: go test "runs the test binary" with "the package
 * source directory" as its working directory (go help test) and cargo runs build scripts and tests in the package's
 * root: that code (goRunSources, cargoRunSources: known, every file judged) writes nothing only when it names no file
 * API (codeWritesFiles). Undefined for any other command, an option the pack does not list here, code it cannot find
 * or that may write: judged as any command (its working directory changed, fail closed).
 */
function goCargoBuildWrites(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { trees: string[]; files: string[] } | undefined {
    const name = posix.basename(words[0] ?? "");
    const [sub, ...rest] = words.slice(1);
    if (cwd === undefined || !/^(go|cargo)$/.test(name)) return undefined;
    const at = sourceLookup(cwd, fileText, view);
    const runs = (name === "go" ? goRunSources : cargoRunSources)(words.slice(1), at);
    if (runs === "unknown" || (runs !== undefined && runs.some(path => codeWritesFiles(fileText?.(path)))))
        return undefined;
    if (name === "go") {
        if (!/^(vet|build|install|test)$/.test(sub ?? "")) return undefined;
        // go help build / go help testflag: flags that write nothing but the output (-o) or select what is built.
        const VALUED =
            /^-(C|o|p|mod|tags|ldflags|gcflags|asmflags|run|skip|count|timeout|parallel|cpu|covermode|bench|benchtime)$/;
        const BOOLEAN = /^-(a|n|race|v|x|trimpath|short|failfast|benchmem|json|cover|buildvcs)$/;
        let dir = cwd;
        let output: string | undefined;
        let i = 0;
        for (; i < rest.length && rest[i].startsWith("-"); i++) {
            const [flag, glued] = rest[i].replace(/^--/, "-").split(/=(.*)/s);
            if (!VALUED.test(flag) && !BOOLEAN.test(flag)) return undefined;
            const value = VALUED.test(flag) ? (glued ?? rest[++i]) : undefined;
            if (flag === "-o") output = value;
            if (flag === "-C") dir = servedDirectory(value, dir) ?? "/";
        }
        if (sub === "test" && output !== undefined) return undefined;
        if (sub !== "build") return { trees: [], files: [] };
        const out = servedDirectory(output, dir);
        if (output !== undefined) return out === undefined ? undefined : { trees: [out], files: [out] };
        // The executable "named after the last non-major-version component of the package import path ... or the first
        // source file": any name in the directory but the written sources (.go) and module files.
        const operand = rest[i] ?? ".";
        const pkg = operand.endsWith(".go") ? dir : servedDirectory(operand, dir);
        if (pkg === undefined || /\.\.\.|@/.test(operand)) return undefined;
        const names = [
            posix.basename(operand.endsWith(".go") ? operand.slice(0, -3) : pkg),
            ...at.written
                .filter(
                    path =>
                        posix.basename(path) === "go.mod" &&
                        (pkg === posix.dirname(path) || pkg.startsWith(`${posix.dirname(path)}/`)),
                )
                .flatMap(path => {
                    const module = /^\s*module\s+"?([^\s"]+)/m.exec(at.fileText(path) ?? "")?.[1];
                    return module === undefined ? [] : [posix.basename(module.replace(/\/v\d+$/, ""))];
                }),
        ];
        return { trees: [], files: [...new Set(names)].map(n => posix.join(dir, n)) };
    }
    if (!/^(build|b|check|c|test|t)$/.test(sub ?? "") || runs === undefined) return undefined;
    const own = rest.includes("--") ? rest.slice(0, rest.indexOf("--")) : rest;
    if (own.some(w => /^--(manifest-path|target-dir|artifact-dir|out-dir)\b/.test(w))) return undefined;
    // The workspace root (the top Cargo.toml user data wrote at or above the working directory) holds target/ and
    // Cargo.lock; CARGO_TARGET_DIR another directory.
    let root: string | undefined;
    for (let d: string | undefined = cwd; d !== undefined; d = d === "/" ? undefined : posix.dirname(d))
        if (at.written.includes(posix.join(d, "Cargo.toml"))) root = d;
    if (root === undefined) return undefined;
    const targets = (view.environment.get("CARGO_TARGET_DIR") ?? []).map(d => servedDirectory(d, cwd));
    if (targets.some(d => d === undefined)) return undefined;
    return { trees: [posix.join(root, "target"), ...(targets as string[])], files: [posix.join(root, "Cargo.lock")] };
}

/**
 * Round 76: what `javac [options] FILE.java...` writes (JDK tool reference "javac"): class files only, "-d directory:
 * Sets the destination directory (or class output directory) for class files. If a class is part of a package, then
 * javac puts the class file in a subdirectory that reflects the ... package name"; without -d "javac puts each class
 * file in the same directory as the source file from which it was generated"; a class file is named after its type
 * (`Main.class`; nested and anonymous types `Main$Inner.class`, `Main$1.class`, bytecode no reader reads as text: the
 * built program is judged by its sources, commandServers.ts builtPrograms). Listed by the types the sources declare.
 * Undefined (an unknown command: its working directory and the paths it names changed, fail closed) when anything
 * else may run or write: an option outside the known ones (`@argfiles`, -s/-h outputs, -J JVM options, plugins,
 * processors: "--processor-path path or -processorpath path: Specifies where to find annotation processors. If this
 * option isn't used, then the class path is searched for processors", run unless -proc:none), a class path (-cp, else
 * CLASSPATH, else the working directory) entry that is a jar or wildcard, not a directory of the sources or holding a
 * META-INF/ user data wrote (a processor's service file), the JVM options javac's own JVM reads (JDK_JAVAC_OPTIONS,
 * JAVA_TOOL_OPTIONS, _JAVA_OPTIONS: an agent; exported, or assigned before the command among its `wrappers`), or a
 * source the pack cannot read.
 */
function javacWrites(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    wrappers: readonly string[],
): { trees: string[]; files: string[] } | undefined {
    if (posix.basename(words[0] ?? "") !== "javac" || cwd === undefined) return undefined;
    // An assignment before it (`JAVA_TOOL_OPTIONS=... javac`, `env CLASSPATH=... javac`) or env's split string: an
    // environment the pack does not follow here.
    if (wrappers.some(w => w.includes("=") || /^(-S|--split-string)/.test(w))) return undefined;
    if (["JDK_JAVAC_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"].some(n => view.environment.has(n)))
        return undefined;
    const VALUED = /^(-d|-cp|-classpath|--class-path|--release|-source|--source|-target|--target|-encoding)$/;
    const FLAG =
        /^(-g|-g:[\w,]+|-nowarn|-verbose|-deprecation|-parameters|-Werror|-Xlint|-Xlint:[\w,-]+|-proc:none|-implicit:(none|class))$/;
    const values = new Map<string, string>();
    const sources: string[] = [];
    const args = words.slice(1);
    for (let i = 0; i < args.length; i++) {
        const w = args[i];
        const [name, glued] = w.startsWith("--") ? w.split(/=(.*)/s) : [w, undefined];
        if (VALUED.test(name)) {
            const value = glued ?? args[++i];
            if (value === undefined) return undefined;
            values.set(name.replace(/^(-classpath|--class-path)$/, "-cp"), value);
        } else if (FLAG.test(w)) values.set(w, "");
        else if (!w.startsWith("-") && !w.startsWith("@") && w.endsWith(".java")) sources.push(posix.resolve(cwd, w));
        else return undefined;
    }
    if (sources.length === 0) return undefined;
    const texts = sources.map(f => readConfig(f, fileText, view));
    if (texts.some(t => typeof t !== "string")) return undefined;
    const written = [...(view.written?.() ?? [])];
    if (!values.has("-proc:none")) {
        const classPaths =
            values.get("-cp") !== undefined
                ? [values.get("-cp")!]
                : view.environment.has("CLASSPATH")
                  ? (view.environment.get("CLASSPATH") ?? [])
                  : ["."];
        if (classPaths.some(c => c === undefined)) return undefined;
        const sourceDirs = sources.map(f => posix.dirname(f));
        for (const entry of classPaths.flatMap(c => c!.split(":"))) {
            const dir = /[*$`]|\.jar$/i.test(entry) ? undefined : servedDirectory(entry === "" ? "." : entry, cwd);
            if (
                dir === undefined ||
                !sourceDirs.includes(dir) ||
                view.changed.has(`${dir}/`) ||
                written.some(p => p.startsWith(`${dir}/META-INF/`))
            )
                return undefined;
        }
    }
    const out = values.get("-d");
    const outDir = out === undefined ? undefined : servedDirectory(out, cwd);
    if (out !== undefined && outDir === undefined) return undefined;
    // Sources found on the class path are compiled too ("-implicit:class", the default): the written ones beside them.
    const implicit = written.filter(
        p => p.endsWith(".java") && !sources.includes(p) && sources.some(f => p.startsWith(`${posix.dirname(f)}/`)),
    );
    const all = [...sources, ...implicit];
    const allTexts = [...texts, ...implicit.map(f => readConfig(f, fileText, view) ?? "")];
    const files = all.flatMap((source, i) => {
        const code = (allTexts[i] as string).replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
        const pkg = /^\s*package\s+([\w.]+)\s*;/m.exec(code)?.[1];
        const dir = outDir === undefined ? posix.dirname(source) : posix.join(outDir, ...(pkg?.split(".") ?? []));
        return [...code.matchAll(/\b(?:class|interface|enum|record)\s+([A-Za-z_$][\w$]*)/g)].map(m =>
            posix.join(dir, `${m[1]}.class`),
        );
    });
    return { trees: [], files: [...new Set(files)] };
}

/**
 * Whether source code (Go or Rust) may write files: it names a file, process or foreign API (Go os, io/ioutil,
 * syscall, os/exec, plugin, unsafe, cgo's "C", golang.org/x/sys, or an import outside the standard library: the Go spec
 * "Import declarations"; Rust std::fs/File/OpenOptions/DirBuilder, std::os, std::process, libc, nix, unsafe, extern,
 * include!, tokio::fs) or the pack cannot read it (undefined).
 */
function codeWritesFiles(text: string | undefined): boolean {
    if (text === undefined) return true;
    const code = text.replace(/\/\/[^\n]*/g, "");
    if (/^\s*package\s+\w+/m.test(code)) {
        const imports = [...code.matchAll(/^\s*import\s+(?:[\w.]+\s+)?"([^"]*)"|^\s*import\s*\(([^)]*)\)/gm)].flatMap(
            m => (m[1] !== undefined ? [m[1]] : [...m[2].matchAll(/"([^"]*)"/g)].map(i => i[1])),
        );
        const GO_WRITES = /^(os|os\/.*|io\/ioutil|syscall|plugin|unsafe|C|runtime\/.*|debug\/.*)$/;
        return imports.some(i => GO_WRITES.test(i) || i.split("/")[0].includes("."));
    }
    return /\b(fs|File|OpenOptions|DirBuilder|os|libc|nix|process|Command|unsafe|extern|asm|symlink)\b|\binclude(_str|_bytes)?!|#\s*\[\s*link/.test(
        code,
    );
}

/**
 * The files user data appends to anywhere (`>>`, `tee -a`), as the shell reader resolves them (a `cd`'s working
 * directory, variables): a first reading of its root texts that only collects them (viewingJudge's `appended`).
 * Round 88: but for known text appended to a file written whole with known text (composed: the file stays known).
 */
export function appendedFiles(texts: readonly RootText[], accounts: NodeAccounts): Set<string> {
    const appended = new Set<string>();
    // Round 88: the files written whole with known text and not appended to since: known text appended to one is
    // composed with it (viewingJudge's written, RootReads.file), no file the pack cannot read.
    const whole = new Set<string>();
    const collect: NodeJudge = {
        ...nodeJudge,
        written: (path, content, _how, edit, append) => {
            if (append && !(content !== undefined && !edit && whole.has(path))) appended.add(path);
            if (!append && content !== undefined && !edit) whole.add(path);
            else if (!append || content === undefined || edit) whole.delete(path);
            return [];
        },
        ran: () => [],
        configured: () => [],
    };
    rootReadOpenings(texts, "user data", collect, accounts);
    return appended;
}

/**
 * Round 82: whether a socat of a root-power socket relays it only to a unix socket root alone can open: its two
 * addresses (socat(1): "socat [options] <address> <address>") are a UNIX-CONNECT/UNIX-CLIENT of the socket and a
 * UNIX-LISTEN whose "mode=<mode>" gives its owner alone access (socat(1) "mode=<mode>: When a filesystem entry is
 * created, sets the file permission bits", the owner socat's root unless user=/owner=/group= name another). Without a
 * mode its bits follow the umask, which the pack does not read: a relay (fail closed), as is any network address.
 */
function socatOwnerOnlyUnixRelay(operands: readonly string[]): boolean {
    const addresses = operands.filter(w => !/^-/.test(w));
    if (addresses.length !== 2) return false;
    const listen = addresses.find(a => /^unix-(listen|l):/i.test(a));
    const other = addresses.find(a => a !== listen);
    if (listen === undefined || other === undefined || !/^unix-(connect|client):/i.test(other)) return false;
    const options = listen.split(",").slice(1);
    return (
        options.some(o => /^(mode|perm)=0?[0-7]00$/.test(o)) &&
        !options.some(o => /^(user|owner|group|user-early|group-early|perm-early|chown)=/.test(o))
    );
}
