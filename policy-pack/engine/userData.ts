/**
 * What a node's user data opens to people or pods, read by format rather than by spelling.
 *
 * User data reaches the node through cloud-init (Amazon Linux), nodeadm (AL2023 EKS AMIs) or Bottlerocket's settings
 * API. Each format is parsed the way its reader parses it, and each part judged by what it may set:
 * - the envelope: base64, gzip, MIME multi-part (nested, base64 or quoted-printable parts), cloud-init's
 *   `#cloud-config-archive` and `## template: jinja` headers (cloud-init docs, "User-data formats");
 * - nodeadm `NodeConfig` objects (`application/node.eks.aws`, merged in order; amazon-eks-ami, nodeadm API reference):
 *   the kubelet's authentication and authorization, static pod sources, the kubelet's config and CA, containerd's
 *   base runtime spec and runtimes, and every path they name (under a directory pods may write, or the kubelet's and
 *   containerd's directories moved);
 * - Bottlerocket TOML (bottlerocket.dev, settings reference): host containers, bootstrap containers, static pods,
 *   oci-defaults capabilities, and bootstrap commands (the settings their apiclient calls set);
 * - cloud-config (cloud-init module reference): SSH keys and passwords, files written into the node's own configuration
 *   (their content decoded and read), configuration-management agents, and #include (content fetched at boot, which
 *   the pack cannot read);
 * - shell scripts: read best-effort, for the settings named in `scriptOpenings`;
 * - every other text (Windows <powershell>/<script>, EC2Launch YAML, Ignition ...): read the same way, and refused as
 *   unreadable (OTHER_TEXT).
 *
 * Anything the reader cannot parse is refused as unreadable: the node's own reader may accept what this one cannot.
 */
import { DEFAULT_ACCOUNTS, NodeAccounts, NodeJudge, rootReadOpenings, SUBSTITUTED_MARK } from "./rootReads";
import { NodeOpening } from "./userDataReaders/shared";
import {
    archiveParts,
    bottlerocketOpenings,
    decode,
    managerLoaderOpenings,
    nodeConfigOpenings,
    obj,
    Part,
    partsOf,
    unreadable,
    yamlDocs,
} from "./userDataReaders/formats";
import { listenerOpenings, NO_VIEW } from "./userDataReaders/listeners";
import {
    commandKernelSettings,
    computedHelperSetting,
    editMayNameHelper,
    isSysctlFile,
    KERNEL_HELPER_FILE,
    kernelHelperCommand,
    writtenSysctls,
} from "./userDataReaders/kernelSettings";
import { jvmOptionFileListeners } from "./userDataReaders/otherLanguages";
import { flaskDotenvGiven } from "./userDataReaders/commandServers";
import { nodeReadsAsConfig } from "./userDataReaders/pythonCode";
import {
    environmentGiven,
    environmentListeners,
    envWrapperEnvironment,
    FileWrite,
    pamEnvironmentOpenings,
    socketShellOpenings,
    UNIT_PATH,
    unitAspNetEnvironments,
    unitProgramEnvironment,
    templateInstances,
    unitEnvironment,
    unitExecGiven,
} from "./userDataReaders/systemd";
import { loopbackJoin } from "./userDataReaders/relays";
import {
    appendedFiles,
    cloudConfigOpenings,
    cloudConfigUsers,
    RootText,
    scriptOpenings,
    viewingJudge,
} from "./userDataReaders/rootWrites";

export type { NodeOpening } from "./userDataReaders/shared";

/** User data, or a part of it, the pack cannot read: on any instance a relay or served shell in it would go unseen. */
const unreadableOnAnyInstance = (o: NodeOpening): NodeOpening => ({ ...o, anyInstance: { who: o.who, what: o.what } });

/**
 * User data in none of the forms above: cloud-init acts on none of it ("User data that will be acted upon by
 * cloud-init must be in one of the following types"), but another reader may run it as root, unread here: on Windows
 * EC2Launch v2, EC2Launch and EC2Config run <powershell> and <script> blocks (EC2 Windows guide, "Run commands on your
 * Windows instance at launch"; <persist> reruns them at each boot), EC2Launch v2 a YAML task list, Ignition its JSON.
 * Its words are still read best-effort (scriptOpenings, rootReadOpenings); the part is refused besides, unless it is
 * inert data (inertData).
 */
const OTHER_TEXT = unreadableOnAnyInstance({
    who: "whatever reads it on the instance",
    what: "user data is none of the forms the pack reads (cloud-config, a #! script or #cloud-boothook, MIME multi-part, #cloud-config-archive, #include, a ## template: jinja, a nodeadm NodeConfig, Bottlerocket TOML; each also base64 or gzip) nor JSON or YAML data without the marks of a format something runs: another reader may run it as root (on Windows, EC2Launch runs <powershell> and <script> blocks, EC2Launch v2 a task document with `tasks`; Ignition a JSON with `ignition`), so what it opens is unknown. Write it in one of those forms, or launch the instance with a profile that reaches no custody asset",
});

/**
 * Text in none of the forms the pack reads that nothing on the instance runs: a JSON or YAML mapping or list (an
 * application's settings, read by the application from instance metadata) with none of the marks of a format some
 * reader acts on. cloud-init ignores user data in none of its formats ("User data formats": "User data that will be
 * acted upon by cloud-init must be in one of the following types"; the types are sniffed from the start, cloudinit/
 * handlers type_from_starts_with), EC2Config and EC2Launch run only what is inside <script>/<powershell> tags (EC2
 * Windows guide, "Run commands on your Windows instance at launch": "you must enclose the script within a special
 * tag"; <persist>), EC2Launch v2 a task document (`version` and `tasks`: EC2Launch v2 task configuration), Ignition a
 * config with an `ignition` object (Ignition "Configuration Specification"), nodeadm a NodeConfig. A mark anywhere
 * (a tag inside a string, a `tasks` key without `version`) keeps the text refused.
 */
function inertData(text: string): boolean {
    if (/<\/?\s*(powershell|script|persist)\b/i.test(text) || /NodeConfig|node\.eks\.aws/.test(text)) return false;
    let data: unknown;
    try {
        data = JSON.parse(text);
    } catch {
        try {
            const docs = yamlDocs(text, "user data");
            if (docs.length !== 1) return false;
            data = docs[0];
        } catch {
            return false;
        }
    }
    if (data === null || typeof data !== "object") return false;
    // EC2Launch v2 `tasks`, Ignition `ignition`, Talos machine configuration `machine` (Talos docs "AWS": the
    // controlplane/worker YAML is the user data; its machine.pods are static pods the kubelet runs).
    return Array.isArray(data) || !Object.keys(data).some(k => /^(tasks|ignition|machine)$/i.test(k));
}

/**
 * Every way into the node that user data opens. `raw` holds the user data fields as the resource carries them;
 * `base64` says whether they are base64 by definition (a launch template's userData, any userDataBase64).
 */
/**
 * The node's accounts a cloud-config makes (cloud-init "Users and Groups"): users with `sudo` (anything but false) or
 * an admin group (wheel, sudo, adm, root) are root in effect, and each user's home is its `homedir` or /home/<name>.
 * Keys are normalised like cloud-init (`-` to `_`).
 */
function cloudConfigAccounts(body: string, into: { sudoers: Set<string>; homes: Map<string, string> }) {
    for (const doc of yamlDocs(body, "a cloud-config part")) {
        const c = obj(doc);
        for (const u of cloudConfigUsers(c)) {
            const name = typeof u.name === "string" ? u.name : undefined;
            if (!name) continue;
            const groups = (Array.isArray(u.groups) ? u.groups.map(String) : String(u.groups ?? "").split(","))
                .map(g => g.trim())
                .filter(Boolean);
            if (
                (u.sudo !== undefined && u.sudo !== false && u.sudo !== null && String(u.sudo) !== "False") ||
                groups.some(g => /^(wheel|sudo|adm|root)$/.test(g))
            )
                into.sudoers.add(name);
            // A second uid 0 (cloud-init users `uid: 0`) is root under another name.
            if (u.uid !== undefined && Number(u.uid) === 0) into.sudoers.add(name);
            into.homes.set(name, typeof u.homedir === "string" ? u.homedir : `/home/${name}`);
        }
    }
}

export function userDataOpenings(raw: readonly { text: string; base64: boolean }[]): NodeOpening[] {
    const out: NodeOpening[] = [];
    for (const { text: value, base64 } of raw) {
        // This user data's openings start here: its loopback listeners and forwarders are joined at its end.
        const start = out.length;
        let parts: Part[];
        try {
            parts = partsOf(decode(value, base64));
        } catch (e) {
            out.push(unreadableOnAnyInstance(unreadable("user data", (e as Error).message)));
            continue;
        }
        const rootTexts: RootText[] = [];
        const accounts = { sudoers: new Set(DEFAULT_ACCOUNTS.sudoers), homes: new Map(DEFAULT_ACCOUNTS.homes) };
        for (let i = 0; i < parts.length; i++) {
            const part = parts[i];
            // Inert data (an application's JSON or YAML settings) is run by no reader: nothing to judge.
            if (part.kind === "text" && inertData(part.body)) continue;
            try {
                if (part.kind === "include")
                    out.push({
                        who: "whoever serves the included URL",
                        what: "user data includes content fetched at boot (cloud-init #include), which runs on the node as root and which the pack cannot read",
                    });
                else if (part.kind === "unreadable")
                    out.push(
                        unreadableOnAnyInstance({
                            who: "whatever cloud-init makes of it",
                            what: `user data has ${part.body}, which cloud-init applies as root and the pack cannot read; write the cloud-config itself`,
                        }),
                    );
                else if (part.kind === "template")
                    out.push(
                        unreadableOnAnyInstance({
                            who: "whatever the template computes",
                            what: "user data is a Jinja template (## template: jinja) with expressions other than plain instance-data variables: cloud-init renders it into what root runs, which the pack cannot read; write the text itself, using only variables such as {{ v1.instance_id }}",
                        }),
                    );
                else if (part.kind === "text" && part.body.trim() !== "") out.push(OTHER_TEXT);
                else if (part.kind === "archive") parts.push(...archiveParts(part.body));
                else if (part.kind === "nodeconfig") out.push(...nodeConfigOpenings(part.body));
                else if (part.kind === "bottlerocket") out.push(...bottlerocketOpenings(part.body));
                else if (part.kind === "cloud-config") {
                    cloudConfigAccounts(part.body, accounts);
                    const { openings, texts } = cloudConfigOpenings(part.body);
                    out.push(...openings, ...texts.flatMap(t => scriptOpenings(t.settings)));
                    rootTexts.push(...texts);
                }
                // Free-text reading covers what a structured part may also say in another form (a bootstrap command's
                // apiclient call, a nested key); NodeConfig objects are fully typed and read above.
                if (part.kind !== "nodeconfig")
                    out.push(
                        ...scriptOpenings(
                            part.body,
                            part.kind !== "cloud-config" && part.kind !== "bottlerocket",
                            // Bottlerocket TOML is read whole above: a superpowered container that is off runs nothing.
                            part.kind === "bottlerocket",
                        ),
                    );
                if (part.kind === "script" || part.kind === "text") rootTexts.push({ text: part.body, settings: "" });
            } catch (e) {
                out.push(
                    unreadableOnAnyInstance(unreadable(`user data part ${i + 1} (${part.kind})`, (e as Error).message)),
                );
            }
        }
        // Every part's root-read text together: a unit written by one part and its drop-in by another are one unit. The
        // unit files written are kept for the socket units (socketShellOpenings).
        const units: { path: string; text: string }[] = [];
        // Every file user data writes, with its content as last written whole, null once changed in a way the pack
        // cannot compute (a socket unit's served scripts: socketShellOpenings). A file it never writes is the AMI's.
        const writtenText = new Map<string, string | null>();
        // Round 72: every write of every file, for the files pam_env lines name (pamEnvironmentOpenings).
        const writes = new Map<string, FileWrite[]>();
        // Every text user data runs or writes (its parts and the root-read texts inside them).
        const allTexts = [...parts.map(p => p.body), ...rootTexts.map(t => t.text)];
        const viewing = viewingJudge(allTexts, appendedFiles(rootTexts, accounts as NodeAccounts));
        const given = environmentGiven(
            rootTexts.map(t => t.text),
            allTexts,
        );
        // The manager's environment takes variables of the script's own (systemctl(1) import-environment; dbus's
        // --systemd updates it alike), whose values the pack does not know.
        const importsEnvironment = rootTexts.some(t =>
            /\bimport-environment\b|dbus-update-activation-environment\b[^\n]*--systemd/.test(t.text),
        );
        // What every unit started later gets from the manager (packagedUnitAgent): its set-environment and
        // DefaultEnvironment= variables, and the script's own when it imports them.
        const managerEnvironment = importsEnvironment
            ? given.filter(v => v.program === undefined)
            : environmentGiven(
                  rootTexts.map(t => t.text),
                  allTexts,
                  true,
              );
        // Round 71: a loader variable the manager gives every unit (managerLoaderOpenings): its own
        // DefaultEnvironment=, set-environment and SetEnvironment variables, and what `import-environment NAME...`
        // copies in from the script (systemctl(1) import-environment: "Import all, one or more environment variables set
        // on the client into the systemd manager environment block"), the script's exported value or one it inherits.
        out.push(
            ...managerLoaderOpenings(
                importsEnvironment
                    ? environmentGiven(
                          rootTexts.map(t => t.text),
                          allTexts,
                          true,
                      )
                    : managerEnvironment,
                "the systemd manager's environment (DefaultEnvironment=, set-environment, SetEnvironment)",
            ),
            ...managerLoaderOpenings(
                rootTexts.flatMap(t =>
                    [...t.text.matchAll(/\bimport-environment\b((?:[ \t]+[A-Za-z_]\w*)*)/g)].flatMap(m =>
                        m[1]
                            .trim()
                            .split(/\s+/)
                            .filter(n => n !== "")
                            .map(name => {
                                const own = given.find(g => "name" in g && g.name === name && g.program === undefined);
                                return { name, value: own && "value" in own ? own.value : `(the script's ${name})` };
                            }),
                    ),
                ),
                "the systemd manager's environment (import-environment)",
            ),
        );
        const judge: NodeJudge = {
            ...viewing,
            // Round 84: the directories root's daemons read (RootReads.rootReadDirectoryOpened).
            readsAsConfig: nodeReadsAsConfig,
            // What an unread root program's environment makes it listen on (environmentListeners); units' Exec lines
            // run once every file is written, so a unit's drop-ins and environment files are known by then.
            ran: (words, how, cwd, fileText, nonRoot, _view, wrappers, repeats) => {
                // Judged on the files as they are when the program starts: viewing.ran then marks what the command
                // itself may change (its working directory, the paths it names) for the commands after it.
                const fromEnvironment = listenerOpenings(
                    environmentListeners(
                        words,
                        [
                            // Round 75: a unit's Exec line gets its own unit's environment (unitExecGiven), when known.
                            ...(unitExecGiven(words, how, units, given, fileText, viewing.view) ?? [
                                ...given,
                                ...unitEnvironment(units),
                            ]),
                            ...flaskDotenvGiven(words, cwd, fileText),
                        ],
                        !nonRoot,
                        cwd,
                        fileText,
                        viewing.view,
                    ),
                    how,
                );
                const aspNetEnvironments = unitAspNetEnvironments(
                    words,
                    how,
                    units,
                    given,
                    importsEnvironment,
                    fileText,
                    viewing.view,
                );
                // Round 76: env(1) in the command line (envWrapperEnvironment) sets, unsets or clears variables.
                const programEnvironment = envWrapperEnvironment(
                    [...(wrappers ?? []), ...words],
                    unitProgramEnvironment(
                        words,
                        how,
                        units,
                        given,
                        importsEnvironment,
                        fileText,
                        viewing.view,
                        prefix => templateInstances(prefix, allTexts),
                    ),
                );
                return [
                    ...viewing.ran(
                        words,
                        how,
                        cwd,
                        fileText,
                        nonRoot,
                        { aspNetEnvironments, managerEnvironment, programEnvironment },
                        wrappers,
                        repeats,
                    ),
                    ...fromEnvironment,
                    ...(nonRoot ? [] : kernelRuns(commandKernelSettings(words), how, fileText)),
                    // Round 82: a sysctl setting the reader cannot know (a computed key or a helper's computed value:
                    // computedHelperSetting) may name any program the kernel runs as root: fail closed.
                    ...(!nonRoot && computedHelperSetting(commandKernelSettings(words))
                        ? [
                              {
                                  who: "whoever chose the computed setting",
                                  what: `user data sets a kernel setting the pack cannot read (${how}): it may be a kernel helper (kernel.core_pattern, kernel.modprobe, kernel.hotplug, kernel.poweroff_cmd) naming any program the kernel then runs as root (sysctl(8), core(5), sysctl/kernel.rst)`,
                              },
                          ]
                        : []),
                ];
            },
            written(path, content, how, edit, append) {
                if (content !== undefined && !edit && UNIT_PATH.test(path)) units.push({ path, text: content });
                writtenText.set(path, content !== undefined && !edit ? content : null);
                writes.set(path, [...(writes.get(path) ?? []), { content, edit, how }]);
                // A kernel helper's setting written with content the pack does not know (a copy, a program's output)
                // may name any program the kernel then runs as root (core(5), sysctl/kernel.rst): fail closed.
                // Round 81: every helper file of KERNEL_HELPERS (release_agent, request-key.conf, poweroff_cmd too); a sysctl.d(5) file (or sysctl.conf) of unknown text may set any of them too, at every boot and
                // `sysctl --system`: an in-place edit only when its command may name one (editMayNameHelper), or its
                // fragment holds what the shell computes (SUBSTITUTED_MARK, a variable); known text whose helper key has
                // a computed value (computedHelperSetting) alike.
                const unknownSettings =
                    isSysctlFile(path) &&
                    (content === undefined
                        ? !edit || editMayNameHelper(how)
                        : (edit && (SUBSTITUTED_MARK.test(content) || /\$[{A-Za-z_]/.test(content))) ||
                          computedHelperSetting(writtenSysctls(path, content)));
                const unknownHelper =
                    // Round 82: a helper file's computed text (`echo "$CP"` of a `read CP < F`) alike.
                    ((content === undefined || computedHelperSetting(writtenSysctls(path, content))) &&
                        KERNEL_HELPER_FILE(path)) ||
                    unknownSettings
                        ? [
                              {
                                  who: "whoever chose what is written",
                                  what: unknownSettings
                                      ? `user data writes ${path}, a sysctl settings file applied as root at every boot and by sysctl --system, with content the pack does not read (${how}): its kernel helper settings (kernel.core_pattern, kernel.modprobe, kernel.hotplug, kernel.poweroff_cmd) may name any program the kernel then runs as root (sysctl.d(5), core(5), sysctl/kernel.rst)`
                                      : `user data writes ${path} with content the pack does not read (${how}): the kernel runs the program it names as root (core(5), sysctl/kernel.rst)`,
                              },
                          ]
                        : [];
                return [
                    ...viewing.written(path, content, how, edit, append),
                    ...listenerOpenings(jvmOptionFileListeners(path, content ?? "", viewing.view), how),
                    ...unknownHelper,
                    ...(content === undefined ? [] : kernelRuns(writtenSysctls(path, content), how)),
                ];
            },
        };
        // The program a kernel helper setting names (kernelHelperCommand: core_pattern's pipe, kernel.modprobe,
        // kernel.hotplug, /sys/kernel/uevent_helper), however it is set (sysctl -w, a /proc/sys or /sys write, a
        // sysctl.d file: one reading, writtenSysctls/commandSysctls), is a command root runs: judged as user data's own
        // (any process, a pod's too, may dump core, ask for a module or cause a uevent). RootReads judges it planted.
        function kernelRuns(
            settings: readonly [string, string][],
            how: string,
            fileText?: (path: string) => string | undefined,
        ): ReturnType<NodeJudge["ran"]> {
            return settings.flatMap(([key, value]) => {
                const helper = kernelHelperCommand(key, value);
                return helper === undefined
                    ? []
                    : judge.ran(
                          helper.words,
                          `${how}: it sets ${key}, so the kernel runs ${helper.words.join(" ")} as root ${helper.when}`,
                          "/",
                          fileText,
                      );
            });
        }
        out.push(...rootReadOpenings(rootTexts, "user data", judge, accounts as NodeAccounts));
        out.push(...pamEnvironmentOpenings(writes));
        out.push(...viewing.settled());
        out.push(
            ...socketShellOpenings(
                units,
                path => writtenText.get(path) ?? undefined,
                {
                    ...NO_VIEW,
                    changed: {
                        has: path =>
                            writtenText.get(path) === null || (writtenText.has(path) && viewing.view.changed.has(path)),
                    },
                },
                // Round 81: no socket unit or drop-in written with text the pack cannot read (it may listen anywhere);
                // round 83: nor a slice's (its IPAddressAllow= may widen a socket's: ipAccessAdmitsLoopbackOnly).
                ![...writtenText].some(
                    ([path, text]) => text === null && UNIT_PATH.test(path) && /socket|slice/.test(path),
                ),
            ),
        );
        out.push(...loopbackJoin(out.splice(start)));
    }
    const seen = new Set<string>();
    return out.filter(o => !seen.has(o.what) && !!seen.add(o.what));
}
