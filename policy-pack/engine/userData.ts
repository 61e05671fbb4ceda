/**
 * What a node's user data opens to people or pods, read by format rather than by spelling.
 *
 * User data reaches the node through cloud-init (Amazon Linux), nodeadm (AL2023 EKS AMIs) or Bottlerocket's settings
 * API. Each format is parsed the way its reader parses it, and each part judged by what it may set:
 * - the envelope: base64, gzip, MIME multi-part (nested, base64 or quoted-printable parts), cloud-init's
 *   `#cloud-config-archive` and `## template: jinja` headers (cloud-init docs, "User-data formats");
 * - nodeadm `NodeConfig` objects (`application/node.eks.aws`, merged in order; amazon-eks-ami, nodeadm API reference):
 *   the kubelet's authentication and authorization, static pod sources, the kubelet's config and CA, and containerd's
 *   base runtime spec and runtimes;
 * - Bottlerocket TOML (bottlerocket.dev, settings reference): host containers, bootstrap containers, static pods;
 * - cloud-config (cloud-init module reference): SSH keys and passwords, files written into the node's own configuration,
 *   configuration-management agents, and #include (content fetched at boot, which the pack cannot read);
 * - shell scripts and every other text: read best-effort, for the settings named in `scriptOpenings`.
 *
 * Anything the reader cannot parse is refused as unreadable: the node's own reader may accept what this one cannot.
 */
import { gunzipSync } from "zlib";
import { parseAllDocuments } from "yaml";
import { parse as parseToml } from "smol-toml";
import { nodeReach, onHostNetwork } from "./podSpec";

export interface NodeOpening {
    who: string;
    what: string;
}

type PartKind = "nodeconfig" | "cloud-config" | "archive" | "script" | "include" | "bottlerocket" | "text";

interface Part {
    kind: PartKind;
    body: string;
}

const SCRIPT_TYPES = new Set([
    "text/x-shellscript",
    "text/x-shellscript-per-boot",
    "text/x-shellscript-per-instance",
    "text/x-shellscript-per-once",
    "text/cloud-boothook",
    "text/part-handler",
    "text/upstart-job",
]);

const ROOT_SSH = "SSH with sudo on the node reads the tokens of the pods there and acts as the node";
const SSH_KEY: NodeOpening = {
    who: "whoever holds the SSH key user data installs",
    what: `user data installs an SSH authorized key (cloud-init ssh_authorized_keys, or a write to authorized_keys): ${ROOT_SSH}`,
};

/**
 * The text of user data: base64 decoded when it is base64, gunzipped when compressed. Throws when unreadable. A field
 * that is base64 by definition but holds plain text (which EC2 would refuse) is read as the text it holds.
 */
function decode(raw: string, base64: boolean): string {
    const compact = raw.replace(/\s+/g, "");
    const looksBase64 = compact.length > 0 && compact.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact);
    let bytes = Buffer.from(raw, "utf8");
    if (looksBase64) {
        const decoded = Buffer.from(compact, "base64");
        // A plain-text value that happens to be valid base64 decodes to bytes that are neither text nor gzip.
        if (base64 || isGzip(decoded) || isText(decoded)) bytes = decoded;
    }
    if (isGzip(bytes)) bytes = gunzipSync(bytes);
    return bytes.toString("utf8");
}

const isGzip = (b: Buffer) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;
const isText = (b: Buffer) =>
    b.length > 0 && [...b.subarray(0, 512)].every(c => c === 9 || c === 10 || c === 13 || (c >= 32 && c !== 127));

function headersOf(block: string): Map<string, string> {
    const headers = new Map<string, string>();
    let last: string | undefined;
    for (const line of block.split(/\r?\n/)) {
        if (/^[ \t]/.test(line) && last) headers.set(last, `${headers.get(last)} ${line.trim()}`);
        else {
            const m = /^([A-Za-z0-9-]+)\s*:\s*(.*)$/.exec(line);
            if (m) headers.set((last = m[1].toLowerCase()), m[2].trim());
        }
    }
    return headers;
}

function decodeQuotedPrintable(s: string): string {
    return Buffer.from(
        s.replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
        "latin1",
    ).toString("utf8");
}

const isMimeHeader = (line: string) => /^(content-[a-z-]+|mime-version)\s*:/i.test(line) || /^[ \t]\S/.test(line);

/**
 * A MIME entity's leaf parts, each with its media type and decoded body, or undefined when the text is not MIME.
 * `inMultipart`: the text is a part of a multipart body, where a part without headers is text/plain (RFC 2046 5.1).
 */
function mimeParts(text: string, inMultipart = false): { type: string; body: string }[] | undefined {
    const split = /\r?\n\r?\n/.exec(text);
    const headerBlock = split ? text.slice(0, split.index) : "";
    const isEntity = headerBlock !== "" && headerBlock.split(/\r?\n/).every(isMimeHeader);
    if (!isEntity) return inMultipart ? [{ type: "text/plain", body: text }] : undefined;
    const headers = headersOf(headerBlock);
    const type = headers.get("content-type") ?? (inMultipart ? "text/plain" : undefined);
    if (!type) return undefined;
    let body = text.slice(split!.index + split![0].length);
    const encoding = (headers.get("content-transfer-encoding") ?? "").toLowerCase();
    if (encoding === "base64") body = decode(body, true);
    else if (encoding === "quoted-printable") body = decodeQuotedPrintable(body);
    const mediaType = type.split(";")[0].trim().toLowerCase();
    if (!mediaType.startsWith("multipart/")) return [{ type: mediaType, body }];
    const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(type);
    if (!boundary) throw new Error(`a ${mediaType} message without a boundary`);
    const delimiter = (boundary[1] ?? boundary[2]).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    // split() with a capture group: [preamble, closing?, part, closing?, part, ...]; "--" marks the closing delimiter.
    const chunks = body.split(new RegExp(`^--${delimiter}(--)?[ \\t]*\\r?$`, "m"));
    const out: { type: string; body: string }[] = [];
    for (let i = 1; i < chunks.length; i += 2) {
        if (chunks[i] === "--") break;
        const part = (chunks[i + 1] ?? "").replace(/^\r?\n/, "");
        if (part.trim() !== "") out.push(...mimeParts(part, true)!);
    }
    return out;
}

/** A part's kind by its first line, as cloud-init sniffs text/plain parts and plain user data. */
function sniff(body: string): { kind: PartKind; body: string } {
    const text = body.replace(/^\uFEFF/, "");
    const first = text.split(/\r?\n/, 1)[0].trim().toLowerCase();
    if (/^##\s*template:\s*jinja/.test(first)) return sniff(text.slice(text.indexOf("\n") + 1));
    if (first.startsWith("#cloud-config-archive")) return { kind: "archive", body: text };
    if (first.startsWith("#cloud-config")) return { kind: "cloud-config", body: text };
    if (first.startsWith("#include")) return { kind: "include", body: text };
    if (first.startsWith("#!") || first.startsWith("#cloud-boothook") || first.startsWith("#part-handler"))
        return { kind: "script", body: text };
    // nodeadm reads a bare NodeConfig (YAML or JSON) as well as a MIME part.
    if (/NodeConfig/.test(text) && /node\.eks\.aws/.test(text)) return { kind: "nodeconfig", body: text };
    // Bottlerocket user data is TOML rooted at `settings`: a table header, a dotted key or an inline table.
    if (/^\s*\[\s*"?settings"?\s*[.\]]/m.test(text) || /^\s*"?settings"?\s*[.=]/m.test(text))
        return { kind: "bottlerocket", body: text };
    return { kind: "text", body: text };
}

function partsOf(text: string): Part[] {
    const mime = mimeParts(text);
    if (!mime) return [sniff(text)];
    return mime.map(({ type, body }): Part => {
        // nodeadm decodes a NodeConfig part that is base64 and gunzips one that is compressed, with or without a
        // Content-Transfer-Encoding header (amazon-eks-ami nodeadm/internal/configprovider: mime.go, encoding.go).
        if (type === "application/node.eks.aws") return { kind: "nodeconfig", body: decode(body, false) };
        if (SCRIPT_TYPES.has(type)) return { kind: "script", body };
        if (type === "text/x-include-url" || type === "text/x-include-once-url") return { kind: "include", body };
        if (type === "text/cloud-config") return { kind: "cloud-config", body };
        if (type === "text/cloud-config-archive") return { kind: "archive", body };
        return sniff(body);
    });
}

function yamlDocs(body: string, what: string): unknown[] {
    // cloud-init (PyYAML) and nodeadm (sigs.k8s.io/yaml on go-yaml v2) read YAML 1.1: `yes`, `on` are booleans.
    const docs = parseAllDocuments(body, { version: "1.1", uniqueKeys: true });
    const list = Array.isArray(docs) ? docs : [docs];
    const broken = list.find(d => d.errors.length > 0);
    if (broken) throw new Error(`${what} does not parse (${broken.errors[0].message.split("\n")[0]})`);
    return list.map(d => d.toJS());
}

const isOn = (v: unknown) => v !== undefined && v !== null && v !== false && String(v).toLowerCase() !== "false";
const obj = (v: unknown): Record<string, any> => (v && typeof v === "object" && !Array.isArray(v) ? (v as any) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** The kubelet flags that decide who may call it, or where it reads its configuration and static pods from. */
function kubeletFlagOpenings(flags: readonly string[], where: string): NodeOpening[] {
    const out: NodeOpening[] = [];
    for (const flag of flags) {
        const m = /^--?([a-z0-9-]+)(?:[= ](.*))?$/i.exec(flag.trim());
        if (!m) continue;
        const [name, value] = [m[1].toLowerCase(), (m[2] ?? "").trim().replace(/^["']|["']$/g, "")];
        if (name === "anonymous-auth" && value.toLowerCase() !== "false") out.push(kubeletOpen(where, flag));
        else if (name === "authorization-mode" && value !== "Webhook") out.push(kubeletOpen(where, flag));
        else if (["pod-manifest-path", "manifest-url", "manifest-url-header"].includes(name))
            out.push(staticPods(where, flag));
        else if (["config", "config-dir", "kubeconfig", "client-ca-file", "bootstrap-kubeconfig"].includes(name))
            out.push({
                who: "whoever writes the file it names",
                what: `${where} sets the kubelet flag ${flag}: the kubelet then takes who may call it, or its credentials, from a file the pack cannot read`,
            });
    }
    return out;
}

const kubeletOpen = (where: string, setting: string): NodeOpening => ({
    who: "anyone who reaches the kubelet on port 10250",
    what: `${where} sets ${setting}: the kubelet API (port 10250: the node's pods, exec into them) stops checking who calls it, or what they may do (CIS Kubernetes 4.2.1, 4.2.2; kubelet authentication/authorization)`,
});

const staticPods = (where: string, setting: string): NodeOpening => ({
    who: "whoever writes the static pod source",
    what: `${where} sets ${setting}: the kubelet runs static pods from there, outside admission and outside the pod specs the pack judges`,
});

function nodeConfigOpenings(body: string): NodeOpening[] {
    const out: NodeOpening[] = [];
    for (const doc of yamlDocs(body, "a nodeadm NodeConfig")) {
        const spec = obj(obj(doc).spec);
        const kubelet = obj(spec.kubelet);
        const config = obj(kubelet.config);
        const where = "nodeadm NodeConfig";
        const auth = obj(config.authentication);
        if (isOn(obj(auth.anonymous).enabled))
            out.push(kubeletOpen(where, "kubelet.config.authentication.anonymous.enabled"));
        const clientCA = obj(auth.x509).clientCAFile;
        // nodeadm writes the cluster CA here itself (amazon-eks-ami, nodeadm kubelet defaults).
        if (clientCA !== undefined && clientCA !== "/etc/kubernetes/pki/ca.crt")
            out.push({
                who: "whoever holds a certificate of the CA it names",
                what: `${where} sets the kubelet's client CA to ${String(clientCA)}: certificates that CA signs call the kubelet`,
            });
        const mode = obj(config.authorization).mode;
        if (mode !== undefined && mode !== "Webhook")
            out.push(kubeletOpen(where, `kubelet.config.authorization.mode ${String(mode)}`));
        for (const key of ["staticPodPath", "staticPodURL", "staticPodURLHeader"])
            if (config[key] !== undefined) out.push(staticPods(where, `kubelet.config.${key}`));
        out.push(...kubeletFlagOpenings(list(kubelet.flags).map(String), where));
        const containerd = obj(spec.containerd);
        if (containerd.baseRuntimeSpec !== undefined)
            out.push({
                who: "every pod on the node",
                what: `${where} sets containerd.baseRuntimeSpec: the OCI spec every container starts from (capabilities, mounts, namespaces), outside the pod specs the pack judges`,
            });
        if (containerd.config !== undefined) out.push(...containerdOpenings(String(containerd.config), where));
    }
    return out;
}

/** containerd settings that change how every pod, or pods of a runtime class, start (containerd CRI config docs). */
const CONTAINERD_KEYS = new Set([
    "default_runtime_name",
    "default_runtime",
    "base_runtime_spec",
    "runtimes",
    "BinaryName",
    "runtime_path",
    "privileged_without_host_devices",
]);

function containerdOpenings(toml: string, where: string): NodeOpening[] {
    let parsed: unknown;
    try {
        parsed = parseToml(toml);
    } catch (e) {
        return [unreadable(`${where} containerd.config`, (e as Error).message)];
    }
    const found = new Set<string>();
    const walk = (v: unknown) => {
        for (const [k, x] of Object.entries(obj(v))) {
            if (CONTAINERD_KEYS.has(k)) found.add(k);
            walk(x);
        }
    };
    walk(parsed);
    return found.size === 0
        ? []
        : [
              {
                  who: "every pod on the node",
                  what: `${where} containerd.config sets ${[...found].join(", ")}: how pods start, outside the pod specs the pack judges`,
              },
          ];
}

function bottlerocketOpenings(body: string): NodeOpening[] {
    let parsed: Record<string, any>;
    try {
        parsed = parseToml(body) as Record<string, any>;
    } catch (e) {
        return [unreadable("Bottlerocket user data", (e as Error).message)];
    }
    const settings = obj(parsed.settings);
    const out: NodeOpening[] = [];
    for (const [name, c] of Object.entries(obj(settings["host-containers"]))) {
        if (isOn(obj(c).superpowered))
            out.push({
                who: "whoever runs the host container",
                what: `user data turns on a superpowered Bottlerocket host container ${name} (root on the node)`,
            });
        else if (name === "admin" && isOn(obj(c).enabled))
            out.push({
                who: "whoever runs the host container",
                what: "user data turns on Bottlerocket's admin host container (SSH into a root shell on the node)",
            });
    }
    // Bootstrap containers run an image the pack cannot read with CAP_SYS_ADMIN and the host's root filesystem
    // (bottlerocket.dev, "Bootstrap Containers"); mode "off" never starts.
    for (const [name, c] of Object.entries(obj(settings["bootstrap-containers"])))
        if (String(obj(c).mode ?? "off") !== "off")
            out.push({
                who: "whoever publishes its image",
                what: `user data runs Bottlerocket bootstrap container ${name} from ${String(obj(c).source ?? "(no source)")}: an image the pack cannot read, with the node's root filesystem (root on the node); use Bottlerocket's settings instead`,
            });
    const kubernetes = obj(settings.kubernetes);
    for (const [name, p] of Object.entries(obj(kubernetes["static-pods"]))) {
        if (obj(p).enabled === false) continue;
        out.push(...staticPodOpenings(String(obj(p).manifest ?? ""), `Bottlerocket static pod ${name}`));
    }
    return out;
}

/** A static pod is judged as a pod of the stack would be: the node-confined allowlist (podSpec.ts). */
function staticPodOpenings(manifestBase64: string, where: string): NodeOpening[] {
    let docs: unknown[];
    try {
        docs = yamlDocs(Buffer.from(manifestBase64, "base64").toString("utf8"), `${where}'s manifest`);
    } catch (e) {
        return [unreadable(where, (e as Error).message)];
    }
    return docs.flatMap(doc => {
        const spec = obj(doc).spec;
        const why =
            spec === undefined
                ? "its manifest holds no pod spec"
                : (nodeReach(spec, obj(obj(doc).metadata).annotations) ?? onHostNetwork(spec));
        return why ? [{ who: "the static pod", what: `${where}: ${why}` }] : [];
    });
}

/** Paths of the node's own configuration and credentials: a file written there changes who gets in. */
const NODE_CONFIG_PATHS = [
    /authorized_keys/,
    /^\/etc\/sudoers/,
    /^\/etc\/ssh\//,
    /^\/etc\/kubernetes\//,
    /^\/etc\/eks\//,
    /^\/etc\/containerd\//,
    /^\/var\/lib\/kubelet\//,
    /^\/etc\/systemd\/system\/(kubelet|containerd)/,
    /^\/root\//,
    /^\/etc\/(passwd|shadow|group)$/,
];

/** cloud-init modules that hand the node to a remote configuration server (cloud-init module reference). */
const REMOTE_MANAGEMENT = ["ansible", "puppet", "chef", "salt_minion", "landscape", "mcollective"];

function cloudConfigOpenings(body: string): { openings: NodeOpening[]; texts: string[] } {
    const out: NodeOpening[] = [];
    const texts: string[] = [];
    for (const doc of yamlDocs(body, "a cloud-config part")) {
        const c = obj(doc);
        const users = list(c.users).map(obj);
        const keyed = [c, ...users].some(
            u => list(u.ssh_authorized_keys ?? u["ssh-authorized-keys"]).length > 0 || list(u.ssh_import_id).length > 0,
        );
        if (keyed) out.push(SSH_KEY);
        const passwords =
            c.password !== undefined ||
            c.chpasswd !== undefined ||
            users.some(
                u => u.passwd !== undefined || u.plain_text_passwd !== undefined || u.hashed_passwd !== undefined,
            );
        if (isOn(c.ssh_pwauth) || passwords)
            out.push({
                who: "whoever knows the password user data sets",
                what: `user data sets a login password or password SSH (cloud-init ssh_pwauth, chpasswd, passwd): ${ROOT_SSH}`,
            });
        for (const f of list(c.write_files).map(obj)) {
            const path = String(f.path ?? "");
            if (NODE_CONFIG_PATHS.some(p => p.test(path)))
                out.push({
                    who: "whoever the written file lets in",
                    what: `user data writes ${path} (cloud-init write_files), the node's own configuration or credentials, which the pack cannot judge`,
                });
            texts.push(String(f.content ?? ""));
        }
        const remote = REMOTE_MANAGEMENT.filter(m => c[m] !== undefined);
        if (remote.length > 0)
            out.push({
                who: `the ${remote.join(", ")} server`,
                what: `user data hands the node to ${remote.join(", ")} (cloud-init), whose server runs anything as root on it`,
            });
        for (const key of ["runcmd", "bootcmd"])
            texts.push(...list(c[key]).map(x => (Array.isArray(x) ? x.join(" ") : String(x))));
    }
    return { openings: out, texts };
}

/** Settings in free text (scripts, commands, unknown parts) that open the node, read best-effort. */
function scriptOpenings(raw: string): NodeOpening[] {
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
    const superpowered = /superpowered["']?\s*[=:]\s*["']?true/i.test(text);
    if (admin || superpowered)
        out.push({
            who: "whoever runs the host container",
            what: `user data turns on ${admin ? "Bottlerocket's admin host container (SSH into a root shell on the node)" : "a superpowered Bottlerocket host container (root on the node)"}`,
        });
    if (/^\s*ssh[_-]authorized[_-]keys\s*:/m.test(text) || /authorized_keys/.test(text)) out.push(SSH_KEY);
    if (/--pod-manifest-path|--manifest-url|\/etc\/kubernetes\/manifests|staticPod(Path|URL)/i.test(text))
        out.push(staticPods("user data", "a static pod source"));
    return out;
}

const unreadable = (what: string, why: string): NodeOpening => ({
    who: "whatever it sets",
    what: `${what} cannot be read (${why}): the node's own reader may accept it, so what it opens is unknown; write it in a form that parses`,
});

/**
 * Every way into the node that user data opens. `raw` holds the user data fields as the resource carries them;
 * `base64` says whether they are base64 by definition (a launch template's userData, any userDataBase64).
 */
export function userDataOpenings(raw: readonly { text: string; base64: boolean }[]): NodeOpening[] {
    const out: NodeOpening[] = [];
    for (const { text: value, base64 } of raw) {
        let parts: Part[];
        try {
            parts = partsOf(decode(value, base64));
        } catch (e) {
            out.push(unreadable("user data", (e as Error).message));
            continue;
        }
        for (let i = 0; i < parts.length; i++) {
            const part = parts[i];
            try {
                if (part.kind === "include")
                    out.push({
                        who: "whoever serves the included URL",
                        what: "user data includes content fetched at boot (cloud-init #include), which runs on the node as root and which the pack cannot read",
                    });
                else if (part.kind === "archive")
                    // #cloud-config-archive: a YAML list of parts, each with its content and type.
                    for (const doc of yamlDocs(part.body, "a cloud-config-archive"))
                        for (const p of list(doc).map(obj)) {
                            const type = String(p.type ?? "");
                            parts.push(
                                type === "text/cloud-config"
                                    ? { kind: "cloud-config", body: String(p.content ?? "") }
                                    : SCRIPT_TYPES.has(type)
                                      ? { kind: "script", body: String(p.content ?? "") }
                                      : type.startsWith("text/x-include")
                                        ? { kind: "include", body: String(p.content ?? "") }
                                        : sniff(String(p.content ?? "")),
                            );
                        }
                else if (part.kind === "nodeconfig") out.push(...nodeConfigOpenings(part.body));
                else if (part.kind === "bottlerocket") out.push(...bottlerocketOpenings(part.body));
                else if (part.kind === "cloud-config") {
                    const { openings, texts } = cloudConfigOpenings(part.body);
                    out.push(...openings, ...texts.flatMap(scriptOpenings));
                }
                // Free-text reading covers what a structured part may also say in another form (a bootstrap command's
                // apiclient call, a nested key); NodeConfig objects are fully typed and read above.
                if (part.kind !== "nodeconfig") out.push(...scriptOpenings(part.body));
            } catch (e) {
                out.push(unreadable(`user data part ${i + 1} (${part.kind})`, (e as Error).message));
            }
        }
    }
    const seen = new Set<string>();
    return out.filter(o => !seen.has(o.what) && !!seen.add(o.what));
}
