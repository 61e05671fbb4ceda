/**
 * The formats a node's user data comes in, parsed the way their readers parse them (cloud-init docs, "User-data
 * formats"): the envelope (base64, gzip, MIME multi-part with base64 or quoted-printable parts, `#cloud-config-archive`,
 * `## template: jinja`); nodeadm `NodeConfig` objects (the kubelet's flags, authentication and authorization, static
 * pods, CA, containerd's runtimes and directories moved); Bottlerocket TOML settings and apiclient calls; registry
 * certificates; and the kernel's core pattern. Split from userData.ts.
 */
import { gunzipSync } from "zlib";
import { parseAllDocuments } from "yaml";
import { parse as parseToml } from "smol-toml";
import { posix } from "path";
import { confinedCapability, nodeReach, onHostNetwork, podWritableRoot, worldWritableRoot } from "../podSpec";
import { LOADER_VARIABLES, rootReadOpenings, DEFAULT_PATH } from "../rootReads";
import { NodeOpening, REGISTRY_HOST_DIRECTORIES } from "./shared";
import { PATH_HELPER_MENTION } from "./kernelSettings";

type PartKind =
    | "nodeconfig"
    | "cloud-config"
    | "archive"
    | "script"
    | "include"
    | "template"
    | "unreadable"
    | "bottlerocket"
    | "text";

export interface Part {
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

export const ROOT_SSH = "SSH with sudo on the node reads the tokens of the pods there and acts as the node";

export const SSH_KEY: NodeOpening = {
    who: "whoever holds the SSH key user data installs",
    what: `user data installs an SSH authorized key (cloud-init ssh_authorized_keys, or a write to authorized_keys): ${ROOT_SSH}`,
};

/**
 * The text of user data: base64 decoded when it is base64, gunzipped when compressed. Throws when unreadable. A field
 * that is base64 by definition but holds plain text (which EC2 would refuse) is read as the text it holds.
 */
export function decode(raw: string, base64: boolean): string {
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

/**
 * A header block's fields, the FIRST of a repeated field kept: Python's email.message.Message.get (cloud-init) and Go's
 * textproto MIMEHeader.Get (nodeadm) both return the first.
 */
function headersOf(block: string): Map<string, string> {
    const headers = new Map<string, string>();
    let last: string | undefined;
    for (const line of block.split(/\r?\n/)) {
        if (/^[ \t]/.test(line)) {
            if (last) headers.set(last, `${headers.get(last)} ${line.trim()}`);
        } else {
            const m = /^([^\s:]+)\s*:\s*(.*)$/.exec(line);
            if (!m) continue;
            const name = m[1].toLowerCase();
            last = headers.has(name) ? undefined : name;
            if (last) headers.set(last, m[2].trim());
        }
    }
    return headers;
}

/**
 * uudecode (Python's email.message get_payload(decode=True) for x-uuencode, uuencode, uue and x-uue): the lines
 * between `begin MODE NAME` and `end`, each led by its length character.
 */
function decodeUuencode(s: string): string {
    const lines = s.split(/\r?\n/);
    const begin = lines.findIndex(l => /^begin\s+[0-7]+\s/.test(l));
    const bytes: number[] = [];
    for (const line of lines.slice(begin + 1)) {
        if (line.trim() === "end") break;
        const n = (line.charCodeAt(0) - 32) & 63;
        const out: number[] = [];
        for (let i = 1; out.length < n && i + 3 < line.length + 3; i += 4) {
            const c = [0, 1, 2, 3].map(k => ((line.charCodeAt(i + k) || 32) - 32) & 63);
            out.push((c[0] << 2) | (c[1] >> 4), ((c[1] & 15) << 4) | (c[2] >> 2), ((c[2] & 3) << 6) | c[3]);
        }
        bytes.push(...out.slice(0, n));
    }
    return Buffer.from(bytes).toString("utf8");
}

function decodeQuotedPrintable(s: string): string {
    return Buffer.from(
        s.replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
        "latin1",
    ).toString("utf8");
}

/**
 * A header line as Python's email feedparser reads one (headerRE: a field name of printable characters but the colon,
 * then a colon; or a continuation led by a space or tab).
 */
const isMimeHeader = (line: string) => /^([\x21-\x39\x3b-\x7e]*:|[ \t])/.test(line);

/**
 * A MIME entity's header lines and its body. Python's feedparser (cloud-init) ends the headers at the first blank line,
 * or at the first line that is not a header, which then starts the body (MissingHeaderBodySeparatorDefect).
 */
function splitEntity(text: string): { headerLines: string[]; body: string } {
    const lines = text.split(/(?<=\n)/);
    const headerLines: string[] = [];
    let i = 0;
    for (; i < lines.length; i++) {
        const line = lines[i].replace(/\r?\n$/, "");
        if (line === "") {
            i++;
            break;
        }
        if (!isMimeHeader(line)) break;
        headerLines.push(line);
    }
    return { headerLines, body: lines.slice(i).join("") };
}

/**
 * A base64 transfer-encoded body as Python's email package decodes it (Message.get_payload(decode=True):
 * binascii.a2b_base64 dropping characters outside the alphabet, missing `=` padding added by _encoded_words.decode_b);
 * Node's decoder is as lenient. Gunzipped when compressed, as decode() does.
 */
function decodeBase64Part(body: string): string {
    const bytes = Buffer.from(body.replace(/[^A-Za-z0-9+/]/g, ""), "base64");
    return (isGzip(bytes) ? gunzipSync(bytes) : bytes).toString("utf8");
}

/**
 * A MIME entity's leaf parts, each with its media type and decoded body, or undefined when the text is not MIME.
 * `inMultipart`: the text is a part of a multipart body, where a part without headers is text/plain (RFC 2046 5.1).
 */
function mimeParts(text: string, inMultipart = false): { type: string; body: string }[] | undefined {
    const { headerLines, body: rawBody } = splitEntity(text);
    // cloud-init reads user data as MIME when "mime-version:" appears in its first 4096 bytes (cloudinit/user_data.py
    // convert_string), then lets Python's email parser take every header; a part of a multipart body is parsed so too.
    // nodeadm reads any multipart Content-Type, MIME-Version or not (amazon-eks-ami nodeadm configprovider/mime.go
    // getMultipartReader: net/mail ReadMessage).
    const isEntity =
        headerLines.length > 0 &&
        (inMultipart ||
            /mime-version\s*:/i.test(text.slice(0, 4096)) ||
            headerLines.some(l => /^content-type\s*:\s*multipart\//i.test(l)));
    if (!isEntity) return inMultipart ? [{ type: "text/plain", body: text }] : undefined;
    const headers = headersOf(headerLines.join("\n"));
    const type = headers.get("content-type") ?? (inMultipart ? "text/plain" : undefined);
    if (!type) return undefined;
    let body = rawBody;
    const mediaType = type.split(";")[0].trim().toLowerCase();
    // Python's parser reads a multipart or message entity's body as parts whatever its Content-Transfer-Encoding (RFC
    // 2045 6.4 allows only 7bit, 8bit and binary there), and cloud-init walks into an attached message
    // (message/rfc822: Message.walk(); cloudinit/user_data.py skips only multipart containers).
    if (mediaType.startsWith("message/") && mediaType !== "message/delivery-status") return mimeParts(body, true);
    if (!mediaType.startsWith("multipart/")) {
        const encoding = (headers.get("content-transfer-encoding") ?? "").toLowerCase();
        if (encoding === "base64") body = decodeBase64Part(body);
        else if (encoding === "quoted-printable") body = decodeQuotedPrintable(body);
        else if (/^(x-)?(uuencode|uue)$/.test(encoding)) body = decodeUuencode(body);
        return [{ type: mediaType, body }];
    }
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

/**
 * Python's str.lstrip(): white space is what str.isspace() says, which is JavaScript's \s plus the information
 * separators U+001C..U+001F and NEL (U+0085).
 */
// eslint-disable-next-line no-control-regex -- the information separators are white space to Python
const pythonLstrip = (text: string) => text.replace(/^[\s\x1c-\x1f\x85]+/, "");

/** A part's kind by its first line, as cloud-init sniffs text/plain parts and plain user data. */
function sniff(body: string): { kind: PartKind; body: string } {
    // cloud-init types by the text's start after lstrip() (cloudinit/handlers/__init__.py type_from_starts_with).
    const text = pythonLstrip(body.replace(/^\uFEFF/, ""));
    const first = text.split(/\r?\n/, 1)[0].trim().toLowerCase();
    // cloud-init renders a `## template: jinja` part before handling it (cloud-init docs, "Jinja template";
    // handlers/jinja_template.py). Plain instance-data variables (`{{ v1.instance_id }}`) are values of the
    // instance's metadata, read as an opaque word; any other expression, filter, statement or comment computes text the
    // pack cannot know, so the part is unreadable.
    if (/^##\s*template:\s*jinja/.test(first)) {
        const template = text.slice(text.indexOf("\n") + 1);
        const plain = template.replace(
            /\{\{-?\s*[A-Za-z_][\w]*(\.[A-Za-z_][\w-]*|\[\s*'[^'{}]*'\s*\])*\s*-?\}\}/g,
            "jinja-value",
        );
        if (/\{\{|\{%|\{#/.test(plain)) return { kind: "template", body: template };
        return sniff(plain);
    }
    if (first.startsWith("#cloud-config-archive")) return { kind: "archive", body: text };
    if (first.startsWith("#cloud-config-jsonp")) return jsonPatch(text);
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

/**
 * A cloud-config JSON patch (text/cloud-config-jsonp, `#cloud-config-jsonp`: RFC 6902 applied to the merged
 * cloud-config, cloudinit/handlers/cloud_config.py) judged as the cloud-config its add/replace operations write: `/key`
 * sets a key, `/key/-` or `/key/N` adds to its list, deeper paths nest. remove and test write nothing; move and copy
 * carry content the pack cannot follow, so such a patch is unreadable.
 */
function jsonPatch(body: string): Part {
    // cloud-init strips leading white space and a `#cloud-config-jsonp` line whatever the part's type
    // (cloudinit/handlers/cloud_config.py _merge_patch: lstrip, then strip_prefix_suffix(prefix=JSONP_PREFIX)).
    const patch = pythonLstrip(body).replace(/^#cloud-config-jsonp/, "");
    let ops: unknown;
    try {
        ops = JSON.parse(patch);
    } catch {
        return { kind: "unreadable", body: "a cloud-config JSON patch that does not parse" };
    }
    if (!Array.isArray(ops)) return { kind: "unreadable", body: "a cloud-config JSON patch that is not a list" };
    const config: Record<string, unknown> = {};
    for (const op of ops as Record<string, unknown>[]) {
        const verb = String(op?.op ?? "");
        if (verb === "remove" || verb === "test") continue;
        if (verb !== "add" && verb !== "replace")
            return { kind: "unreadable", body: `a cloud-config JSON patch with a ${verb || "malformed"} operation` };
        const path = String(op.path ?? "");
        // The path "" is the whole document (RFC 6901): python-jsonpatch's add and replace put the value in place of
        // the merged cloud-config.
        if (path === "") {
            if (!op.value || typeof op.value !== "object" || Array.isArray(op.value))
                return {
                    kind: "unreadable",
                    body: "a cloud-config JSON patch replacing the whole document with a non-mapping",
                };
            for (const key of Object.keys(config)) delete config[key];
            Object.assign(config, op.value);
            continue;
        }
        const keys = path
            .split("/")
            .slice(1)
            .map(k => k.replace(/~1/g, "/").replace(/~0/g, "~"));
        if (keys[0] === "") continue;
        let value: unknown = op.value;
        for (const key of keys.slice(1).reverse()) value = /^(-|\d+)$/.test(key) ? [value] : { [key]: value };
        const top = keys[0];
        config[top] =
            Array.isArray(value) && Array.isArray(config[top]) ? [...(config[top] as unknown[]), ...value] : value;
    }
    return { kind: "cloud-config", body: JSON.stringify(config) };
}

/** A MIME part (or a #cloud-config-archive entry, attached as one) of media `type`, as cloud-init and nodeadm read it. */
function partOfType(type: string, body: string): Part {
    // nodeadm decodes a NodeConfig part that is base64 and gunzips one that is compressed, with or without a
    // Content-Transfer-Encoding header (amazon-eks-ami nodeadm/internal/configprovider: mime.go, encoding.go).
    if (type === "application/node.eks.aws") return { kind: "nodeconfig", body: decode(body, false) };
    // cloud-init re-types text/x-shellscript (and text/plain) parts by their start (cloudinit/user_data.py
    // _process_msg: `ctype_orig in TYPE_NEEDED + ["text/x-shellscript"]`).
    if (type === "text/x-shellscript") {
        const typed = sniff(body);
        return typed.kind === "text" ? { kind: "script", body } : typed;
    }
    if (SCRIPT_TYPES.has(type)) return { kind: "script", body };
    if (type === "text/cloud-config-jsonp") return jsonPatch(body);
    if (type === "text/x-include-url" || type === "text/x-include-once-url") return { kind: "include", body };
    if (type === "text/cloud-config") return { kind: "cloud-config", body };
    if (type === "text/cloud-config-archive") return { kind: "archive", body };
    return sniff(body);
}

export function partsOf(text: string): Part[] {
    const mime = mimeParts(text);
    return mime ? mime.map(({ type, body }) => partOfType(type, body)) : [sniff(text)];
}

/**
 * A #cloud-config-archive's entries as the parts cloud-init attaches (cloudinit/user_data.py _explode_archive): a
 * string entry is its content; an entry without a type is typed by its start, text/cloud-config by default
 * (ARCHIVE_UNDEF_TYPE); entries that are neither strings nor mappings are skipped.
 */
export function archiveParts(body: string): Part[] {
    return yamlDocs(body, "a cloud-config-archive").flatMap(doc =>
        list(doc).flatMap((entry): Part[] => {
            const e = typeof entry === "string" ? { content: entry } : entry;
            if (!e || typeof e !== "object" || Array.isArray(e)) return [];
            const { type, content = "" } = e as Record<string, unknown>;
            const text = String(content);
            if (type) return [partOfType(String(type).toLowerCase(), text)];
            const typed = sniff(text);
            return [typed.kind === "text" ? { kind: "cloud-config", body: text } : typed];
        }),
    );
}

export function yamlDocs(body: string, what: string): unknown[] {
    // cloud-init (PyYAML) and nodeadm (sigs.k8s.io/yaml on go-yaml v2) read YAML 1.1: `yes`, `on` are booleans.
    const docs = parseAllDocuments(body, { version: "1.1", uniqueKeys: true });
    const list = Array.isArray(docs) ? docs : [docs];
    const broken = list.find(d => d.errors.length > 0);
    if (broken) throw new Error(`${what} does not parse (${broken.errors[0].message.split("\n")[0]})`);
    return list.map(d => d.toJS());
}

export const isOn = (v: unknown) => v !== undefined && v !== null && v !== false && String(v).toLowerCase() !== "false";

export const obj = (v: unknown): Record<string, any> =>
    v && typeof v === "object" && !Array.isArray(v) ? (v as any) : {};

export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** The kubelet flags that decide who may call it, or where it reads its configuration and static pods from. */
export function kubeletFlagOpenings(flags: readonly string[], where: string): NodeOpening[] {
    const out: NodeOpening[] = [];
    for (const flag of flags) {
        const m = /^--?([a-z0-9_-]+)(?:[= ](.*))?$/i.exec(flag.trim());
        if (!m) continue;
        // The kubelet's flag set normalizes `_` to `-` (component-base cliflag.WordSepNormalizeFunc): --root_dir is --root-dir.
        const [name, value] = [m[1].toLowerCase().replace(/_/g, "-"), (m[2] ?? "").trim().replace(/^["']|["']$/g, "")];
        if (name === "anonymous-auth" && value.toLowerCase() !== "false") out.push(kubeletOpen(where, flag));
        else if (name === "authorization-mode" && value !== "Webhook") out.push(kubeletOpen(where, flag));
        else if (name === "read-only-port" && value !== "0") out.push(readOnlyPort(where, flag));
        else if (name === "root-dir")
            out.push(
                ...relocated(
                    where,
                    `the kubelet flag ${flag}`,
                    value,
                    KUBELET_ROOT,
                    "the kubelet's directory (every pod's token)",
                ),
            );
        else if (["pod-manifest-path", "manifest-url", "manifest-url-header"].includes(name))
            out.push(staticPods(where, flag));
        else if (["config", "config-dir", "kubeconfig", "client-ca-file", "bootstrap-kubeconfig"].includes(name))
            out.push({
                who: "whoever writes the file it names",
                what: `${where} sets the kubelet flag ${flag}: the kubelet then takes who may call it, or its credentials, from a file the pack cannot read`,
            });
        else if (KUBELET_ROOT_PATH_FLAGS[name] !== undefined)
            out.push(
                ...kubeletRootPathOpenings(`the kubelet flag ${flag}`, value, KUBELET_ROOT_PATH_FLAGS[name], where),
            );
    }
    return out;
}

/**
 * Round 86: KubeletConfiguration fields (kubelet.config.k8s.io/v1beta1, Kubernetes "Kubelet Configuration (v1beta1)")
 * naming a file, directory or socket the kubelet, root, connects to, runs programs from or trusts, each with what it
 * is: containerRuntimeEndpoint / imageServiceEndpoint "the endpoint of container runtime service" / "of remote image
 * service" (unix:// URLs: the kubelet hands the runtime every container's config, Secret env values included, and
 * takes its answers), volumePluginDir "the full path of the directory in which to search for additional third party
 * volume plugins" (FlexVolume drivers the kubelet executes as root: Kubernetes "FlexVolume"), tlsCertFile /
 * tlsPrivateKeyFile its serving certificate and key, resolvConf "the resolver configuration file used as the basis
 * for the container DNS resolution configuration", podLogsDir the directory whose files it serves as pod logs
 * (following their links as root).
 */
const KUBELET_ROOT_PATHS: Record<string, string> = {
    containerRuntimeEndpoint:
        "the container runtime socket it connects to (every container's config, Secret env values included)",
    imageServiceEndpoint: "the image service socket it pulls every image through",
    volumePluginDir: "the directory it runs FlexVolume drivers from as root",
    tlsCertFile: "its serving certificate",
    tlsPrivateKeyFile: "its serving private key",
    resolvConf: "the resolver file every pod's DNS is built from",
    podLogsDir: "the directory whose files it serves as pod logs, following links as root",
};

/**
 * Round 86: the kubelet flags of the same paths (kubelet(8) command-line reference), with the credential provider's:
 * --image-credential-provider-bin-dir "The path to the directory where credential provider plugin binaries are
 * located" (executables the kubelet runs as root) and --image-credential-provider-config, and --cert-dir, where it
 * keeps its TLS key pair.
 */
const KUBELET_ROOT_PATH_FLAGS: Record<string, string> = {
    "container-runtime-endpoint": KUBELET_ROOT_PATHS.containerRuntimeEndpoint,
    "image-service-endpoint": KUBELET_ROOT_PATHS.imageServiceEndpoint,
    "volume-plugin-dir": KUBELET_ROOT_PATHS.volumePluginDir,
    "tls-cert-file": KUBELET_ROOT_PATHS.tlsCertFile,
    "tls-private-key-file": KUBELET_ROOT_PATHS.tlsPrivateKeyFile,
    "resolv-conf": KUBELET_ROOT_PATHS.resolvConf,
    "image-credential-provider-bin-dir": "the directory it runs credential provider plugins from as root",
    "image-credential-provider-config": "the configuration naming the credential provider plugins it runs",
    "cert-dir": "the directory of its TLS key pair",
};

/**
 * Round 86: a kubelet setting (`setting`, what it names: `role`) whose path lies in a world-writable directory
 * (podSpec.ts WORLD_WRITABLE: any local user may create it there first); a unix:// or file:// URL is read as its path,
 * a relative path from `/` (the kubelet unit's working directory). Data directories are writablePathOpenings'.
 */
function kubeletRootPathOpenings(setting: string, value: unknown, role: string, where: string): NodeOpening[] {
    if (typeof value !== "string" || value.trim() === "") return [];
    const path = posix.resolve("/", value.trim().replace(/^(unix|file):\/\//i, ""));
    const root = worldWritableRoot(path);
    return root === undefined
        ? []
        : [
              {
                  who: `every local user or process that may write ${root}`,
                  what: `${where} sets ${setting} to ${value}, ${role}, under ${root}, a world-writable directory: whoever creates it there first is what the kubelet (root) connects to, runs or trusts; name a root-owned path`,
              },
          ];
}

export const kubeletOpen = (where: string, setting: string): NodeOpening => ({
    who: "anyone who reaches the kubelet on port 10250",
    what: `${where} sets ${setting}: the kubelet API (port 10250: the node's pods, exec into them) stops checking who calls it, or what they may do (CIS Kubernetes 4.2.1, 4.2.2; kubelet authentication/authorization)`,
});

/**
 * The kubelet's read-only port (KubeletConfiguration readOnlyPort, --read-only-port: "serve on with no
 * authentication/authorization ... Default: 0 (disabled)"; CIS Kubernetes 4.2.4): /pods gives every pod spec, env
 * values included, to anyone reaching the node.
 */
export const readOnlyPort = (where: string, setting: string): NodeOpening => ({
    who: "anyone who reaches the node's kubelet read-only port",
    what: `${where} sets ${setting}: the kubelet's read-only port serves /pods (every pod spec and its env values), /spec and /stats without authentication (KubeletConfiguration readOnlyPort must stay 0, CIS Kubernetes 4.2.4)`,
});

export const staticPods = (where: string, setting: string): NodeOpening => ({
    who: "whoever writes the static pod source",
    what: `${where} sets ${setting}: the kubelet runs static pods from there, outside admission and outside the pod specs the pack judges`,
});

/**
 * The cluster CA a node is given: nodeadm (spec.cluster.certificateAuthority) and Bottlerocket
 * (settings.kubernetes.cluster-certificate) write it to /etc/kubernetes/pki/ca.crt, which is also the kubelet's client
 * CA (nodeadm kubelet config; bottlerocket-core-kit kubelet-config): a second certificate in it signs clients of the
 * kubelet (system:masters included).
 */
export function clusterCABundle(ca: unknown, where: string, setting: string): NodeOpening[] {
    if (typeof ca !== "string") return [];
    const count = (t: string) => (t.match(/-----BEGIN CERTIFICATE-----/g) ?? []).length;
    // base64 of PEM as both take it, or PEM as written.
    if (Math.max(count(Buffer.from(ca, "base64").toString("utf8")), count(ca)) <= 1) return [];
    return [
        {
            who: "whoever holds a certificate of the other CAs",
            what: `${where} sets ${setting} to a bundle of several CAs: the node writes it to /etc/kubernetes/pki/ca.crt, also the kubelet's client CA, so certificates any of them signs call the kubelet (exec into every pod on the node); give the cluster's own CA only`,
        },
    ];
}

/**
 * Kernel and init command-line arguments that open a root shell or replace init (systemd-debug-generator(8)
 * systemd.debug_shell: "a root shell ... on tty9" or the given console; dracut.cmdline(7) rd.shell, rd.break;
 * kernel-parameters init=, rdinit=; systemd.unit=/emergency/rescue/single boot into a root shell on the console).
 */
export function kernelArgsOpenings(given: readonly string[], where: string): NodeOpening[] {
    // Round 74: each word as the kernel reads it. kernel-parameters.rst: "Double-quotes can be used to protect spaces
    // in values"; kernel/params.c next_arg drops a leading `"` of the whole word (`"name=value"`) or of the value
    // (`name="value"`) and its closing `"`, so the quotes (and a shell's `\"` left in a GRUB default) are no part of
    // the name: matched unquoted.
    const all = given
        .map(a =>
            a
                .replace(/\0/g, "")
                .replace(/\\(?=")/g, "")
                .replace(/"/g, ""),
        )
        .filter(Boolean);
    // kernel-parameters.rst: "Everything after -- is passed as an argument to init"; init (systemd) reads its own
    // options there (systemd(1) --unit=, --default-standard-output=...), which the pack does not judge: fail closed.
    const end = all.indexOf("--");
    const args = end < 0 ? all : all.slice(0, end);
    const initArgs = end < 0 ? [] : all.slice(end + 1);
    const open = args.find(a =>
        /^(systemd\.debug[-_]shell(=.*)?|rd\.shell(=(1|yes|true))?|rd\.break(=.*)?|rd\.emergency=.*|init=.*|rdinit=.*|systemd\.unit=.*|emergency|rescue|single|-s|s|S|1)$/.test(
            a,
        ),
    );
    // Round 72: kernel-command-line(7) systemd.setenv= (systemd(1): "Takes a string argument in the form
    // VARIABLE=VALUE. May be used to set default environment variables to add to forked child processes"), the
    // manager's DefaultEnvironment= of every boot: judged as it (managerLoaderOpenings). Without `=VALUE` it unsets.
    const setenv = args.flatMap(a => {
        const m = /^(?:rd\.)?systemd\.setenv=["']?(.*?)["']?$/.exec(a);
        const at = m?.[1].indexOf("=") ?? -1;
        return m && at >= 0 ? [{ name: m[1].slice(0, at), value: m[1].slice(at + 1) }] : [];
    });
    // Round 74: kernel-parameters.rst "The kernel parses parameters from the kernel command line up to '--'; if it
    // doesn't recognize a parameter and it doesn't contain a '.', the parameter gets passed to init: parameters with
    // '=' go into init's environment" (init/main.c unknown_bootoption looks for the '.' in the NAME only): such a word
    // is PID 1's environment at every boot (ld.so(8) preloads LD_PRELOAD into PID 1 and the manager passes it on),
    // judged as the manager's environment (managerLoaderOpenings). The kernel's own parameters (console=, root=) are
    // names no loader reads; a name with `-` is no variable a loader or shell reads either.
    const initEnvironment = args.flatMap(a => {
        const at = a.indexOf("=");
        const name = a.slice(0, at);
        return at > 0 && !name.includes(".") && !/^[\w-]*-[\w-]*$/.test(name) ? [{ name, value: a.slice(at + 1) }] : [];
    });
    return [
        ...(open
            ? [
                  {
                      who: "whoever opens the node's console (EC2 serial console)",
                      what: `${where} sets the boot argument ${open}: the node boots into a root shell on its console, or runs another init; ${ROOT_SSH}`,
                  },
              ]
            : []),
        ...managerLoaderOpenings(setenv, `${where}'s systemd.setenv= (the manager's environment at every boot)`),
        ...managerLoaderOpenings(
            initEnvironment,
            `${where}'s kernel arguments (a dot-free NAME=VALUE word is init's environment at every boot)`,
        ),
        ...(initArgs.length > 0
            ? [
                  {
                      who: "whoever chooses init's arguments",
                      what: `${where} passes ${initArgs.join(" ")} after \`--\` on the kernel command line: the kernel gives them to init (systemd) as its own arguments (kernel-parameters.rst "Everything after -- is passed as an argument to init"), which the pack does not judge (another unit, a debug shell, another environment); pass no init arguments`,
                  },
              ]
            : []),
    ];
}

/**
 * A KubeletConfiguration's settings that open the kubelet (NodeConfig spec.kubelet.config, merged by nodeadm into
 * /etc/kubernetes/kubelet/config.json; round 84: a drop-in of config.json.d, rootWrites.ts kubeletDropInOpenings):
 * anonymous authentication, a client CA other than the cluster's, an authorization mode other than Webhook, the
 * read-only port, static pods, and paths under directories pods write. `prefix` names where the settings sit.
 */
export function kubeletConfigOpenings(config: Record<string, unknown>, where: string, prefix: string): NodeOpening[] {
    const out: NodeOpening[] = [];
    const auth = obj(config.authentication);
    if (isOn(obj(auth.anonymous).enabled)) out.push(kubeletOpen(where, `${prefix}.authentication.anonymous.enabled`));
    const clientCA = obj(auth.x509).clientCAFile;
    // nodeadm writes the cluster CA here itself (amazon-eks-ami, nodeadm kubelet defaults).
    if (clientCA !== undefined && clientCA !== "/etc/kubernetes/pki/ca.crt")
        out.push({
            who: "whoever holds a certificate of the CA it names",
            what: `${where} sets the kubelet's client CA to ${String(clientCA)}: certificates that CA signs call the kubelet`,
        });
    const mode = obj(config.authorization).mode;
    if (mode !== undefined && mode !== "Webhook")
        out.push(kubeletOpen(where, `${prefix}.authorization.mode ${String(mode)}`));
    if (config.readOnlyPort !== undefined && Number(config.readOnlyPort) !== 0)
        out.push(readOnlyPort(where, `${prefix}.readOnlyPort ${String(config.readOnlyPort)}`));
    for (const key of ["staticPodPath", "staticPodURL", "staticPodURLHeader"])
        if (config[key] !== undefined) out.push(staticPods(where, `${prefix}.${key}`));
    for (const [key, role] of Object.entries(KUBELET_ROOT_PATHS))
        out.push(...kubeletRootPathOpenings(`${prefix}.${key}`, config[key], role, where));
    out.push(...writablePathOpenings(stringsIn(config, prefix), where));
    return out;
}

export function nodeConfigOpenings(body: string): NodeOpening[] {
    const out: NodeOpening[] = [];
    for (const doc of yamlDocs(body, "a nodeadm NodeConfig")) {
        const spec = obj(obj(doc).spec);
        const kubelet = obj(spec.kubelet);
        const config = obj(kubelet.config);
        const where = "nodeadm NodeConfig";
        // nodeadm writes cluster.certificateAuthority to /etc/kubernetes/pki/ca.crt, the kubelet's client CA too: a
        // second certificate in it signs clients of the kubelet (system:masters included).
        out.push(...clusterCABundle(obj(spec.cluster).certificateAuthority, where, "cluster.certificateAuthority"));
        out.push(...kubeletConfigOpenings(config, where, "kubelet.config"));
        // nodeadm joins the entries with spaces into NODEADM_KUBELET_ARGS and kubelet.service runs `$NODEADM_KUBELET_ARGS`,
        // which systemd splits at whitespace (amazon-eks-ami nodeadm kubelet environment.go; systemd.service(5),
        // "Command lines"): one entry may hold several flags.
        const flags = list(kubelet.flags).flatMap(f => String(f).trim().split(/\s+/).filter(Boolean));
        out.push(...kubeletFlagOpenings(flags, where), ...kubeletFlagOpenings(joinedFlags(flags), where));
        out.push(...writablePathOpenings(kubeletFlagPaths(joinedFlags(flags)), where));
        const localStorage = obj(obj(spec.instance).localStorage);
        if (localStorage.mountPath !== undefined) {
            const mountPath = String(localStorage.mountPath);
            out.push(...writablePathOpenings([{ at: "instance.localStorage.mountPath", value: mountPath }], where));
            out.push(
                ...relocated(
                    where,
                    "instance.localStorage.mountPath",
                    mountPath,
                    LOCAL_DISKS,
                    "the kubelet's and containerd's directories (RAID0 bind-mounts them from <mountPath>/0)",
                ),
            );
        }
        const containerd = obj(spec.containerd);
        // Only process.rlimits is accepted: nodeadm merges the spec over its default (amazon-eks-ami doc/examples.md,
        // "Modifying container RLIMITs"; writeBaseRuntimeSpec), and resource limits grant nothing.
        const brs = containerd.baseRuntimeSpec;
        const rlimitsOnly =
            brs !== null &&
            typeof brs === "object" &&
            Object.keys(brs).length === 1 &&
            Object.keys(obj(obj(brs).process)).length === 1 &&
            Array.isArray(obj(obj(brs).process).rlimits);
        if (brs !== undefined && !rlimitsOnly)
            out.push({
                who: "every pod on the node",
                what: `${where} sets containerd.baseRuntimeSpec: the OCI spec every container starts from (capabilities, mounts, namespaces), outside the pod specs the pack judges`,
            });
        if (containerd.config !== undefined)
            out.push(...containerdOpenings(String(containerd.config), where, "containerd.config"));
    }
    return out;
}

/**
 * Where the node keeps what podSpec.ts's NODE_SECRETS guards (pods' tokens, the runtime's state) by default: nodeadm's
 * localStorage mountPath ("Defaults to /mnt/k8s-disks/", nodeadm API reference, LocalStorageOptions; setup-local-disks
 * bind-mounts /var/lib/kubelet from <mountPath>/0/kubelet with RAID0), the kubelet's --root-dir (kubelet reference,
 * default /var/lib/kubelet) and containerd's root and state (containerd docs/ops.md). Moved anywhere else, the pod judge
 * no longer knows the place holds every pod's token: a pod mounting it, even read-only, reads them.
 */
const LOCAL_DISKS = "/mnt/k8s-disks";

const KUBELET_ROOT = "/var/lib/kubelet";

const CONTAINERD_DIRS: Record<string, string> = { root: "/var/lib/containerd", state: "/run/containerd" };

function relocated(where: string, setting: string, value: string, byDefault: string, holds: string): NodeOpening[] {
    if (value.trim() === "" || posix.resolve("/", value.trim()) === byDefault) return [];
    return [
        {
            who: "every pod that may mount the new place",
            what: `${where} sets ${setting} to ${value}, moving ${holds} out of ${byDefault}, the node path the pack keeps pods from: a pod mounting the new place reads every pod's token`,
        },
    ];
}

/** Every string under `value`, with the setting it sits at. */
export function stringsIn(value: unknown, at: string): { at: string; value: string }[] {
    if (typeof value === "string") return [{ at, value }];
    if (Array.isArray(value)) return value.flatMap((x, i) => stringsIn(x, `${at}[${i}]`));
    if (value && typeof value === "object")
        return Object.entries(value).flatMap(([k, x]) => stringsIn(x, at ? `${at}.${k}` : k));
    return [];
}

/**
 * Kubelet flags with a value given as the next argument (`--root-dir`, `/srv/kubelet`: pflag takes both spellings)
 * joined as `--name=value`. Read besides the flags as written: a boolean flag does not take the next argument.
 */
function joinedFlags(flags: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < flags.length; i++) {
        const flag = flags[i].trim();
        const next = flags[i + 1]?.trim();
        if (/^--?[a-z0-9_-]+$/i.test(flag) && next !== undefined && !next.startsWith("-")) {
            out.push(`${flag}=${next}`);
            i++;
        } else out.push(flag);
    }
    return out;
}

/** The path-valued pieces of kubelet flags: `--flag=value` (comma-separated lists split), and bare arguments. */
function kubeletFlagPaths(flags: readonly string[]): { at: string; value: string }[] {
    return flags.flatMap(flag => {
        const m = /^--?([a-z0-9_-]+)(?:[= ](.*))?$/i.exec(flag.trim());
        const [at, value] = m ? [`kubelet flag --${m[1]}`, m[2] ?? ""] : ["a kubelet argument", flag];
        return value.split(",").map(v => ({ at, value: v.trim().replace(/^["']|["']$/g, "") }));
    });
}

/**
 * Node settings naming a path where pods may write (podSpec.ts podWritableRoot: the data directories, judged as an
 * allowlist: any path-valued setting, whatever it is for). The node reads or runs from there as root: the kubelet's
 * directory (--root-dir) holds every pod's token, containerd runs the CNI plugins from its cni bin_dir (containerd
 * docs/cri/config.md), the kubelet runs FlexVolume drivers from volumePluginDir (Kubernetes "FlexVolume").
 */
export function writablePathOpenings(settings: { at: string; value: string }[], where: string): NodeOpening[] {
    return settings.flatMap(({ at, value }) => {
        const path = value.trim().replace(/^unix:\/\//, "");
        const root = path.startsWith("/") ? podWritableRoot(path) : undefined;
        // Round 90 (fix): a path below a world-writable directory (podSpec.ts worldWritableRoot, the test rootReads'
        // RootReads.planted applies to root's shell reads): a file there is any local user's to create first (sticky(7)
        // only keeps others from removing it), and no setting's file is one user data wrote (a NodeConfig's own
        // setting is read by nodeadm, containerd or the kubelet as it stands): containerd docs/cri/config.md
        // registry.configs "tls ... ca_file", "cert_file", "key_file", config_path, the kubelet's file settings.
        const planted = path.startsWith("/") && root === undefined ? worldWritableRoot(path) : undefined;
        if (planted !== undefined && posix.resolve("/", path) !== planted)
            return [
                {
                    who: `every local user or non-root process (any user may create files in ${planted})`,
                    what: `${where} sets ${at} to ${value}, under ${planted}, a world-writable directory: whoever creates that file first chooses what the node trusts, loads or runs from it (a registry CA, a client key, a plugin); keep it in a root-owned directory (/etc, /usr/local)`,
                },
            ];
        return root
            ? [
                  {
                      who: `every pod that may write ${root}`,
                      what: `${where} sets ${at} to ${value}, under ${root}, a node directory the pack lets pods write: what the node keeps or runs there (the kubelet's pod tokens, plugins and binaries run as root) is theirs to read or replace`,
                  },
              ]
            : [];
    });
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

/**
 * Round 90: runc's behaviour flags that start no other program and move no state: SystemdCgroup (containerd
 * docs/cri/config.md: "SystemdCgroup enables systemd cgroups", the value the EKS AMIs set for the kubelet's systemd
 * cgroup driver; runc's own cgroup manager choice).
 */
const RUNC_BEHAVIOUR_OPTIONS = new Set(["SystemdCgroup"]);

/**
 * Round 90: a `runtimes` table whose every entry is containerd's stock runc shim (runtime_type "io.containerd.runc.v2",
 * or the entry `runc` the default configuration defines, `containerd config default`, without one) with only behaviour
 * flags (RUNC_BEHAVIOUR_OPTIONS, booleans) in its options: no BinaryName, Root, ConfigPath, runtime_path, base spec,
 * privileged_without_host_devices or annotations, so pods start as the stock runc starts them. Anything else stays
 * "how pods start" (containerdOpenings).
 */
const stockRuncRuntimes = (runtimes: unknown): boolean => {
    const entries = Object.entries(obj(runtimes));
    return (
        entries.length > 0 &&
        entries.every(([name, entry]) => {
            const e = obj(entry);
            const type = e.runtime_type;
            return (
                (type === "io.containerd.runc.v2" || (type === undefined && name === "runc")) &&
                Object.keys(e).every(k => k === "runtime_type" || k === "options") &&
                Object.entries(obj(e.options)).every(
                    ([k, v]) => RUNC_BEHAVIOUR_OPTIONS.has(k) && typeof v === "boolean",
                )
            );
        })
    );
};

/**
 * containerd's configuration TOML, judged the same wherever it comes from (round 78: one reader): a NodeConfig's
 * `setting` containerd.config, which nodeadm merges into /etc/containerd/config.toml (amazon-eks-ami doc/examples.md,
 * "Configuring containerd"), or a file user data writes under /etc/containerd (`where` says how; `dir` its directory):
 * its paths, its TCP API, its directories, its runtimes and its imports.
 */
export function containerdOpenings(toml: string, where: string, setting = "", dir = "/etc/containerd"): NodeOpening[] {
    const source = setting ? `${where} ${setting}` : where;
    let parsed: unknown;
    try {
        parsed = parseToml(toml);
    } catch (e) {
        return [unreadable(source, (e as Error).message)];
    }
    const found = new Set<string>();
    const walk = (v: unknown) => {
        for (const [k, x] of Object.entries(obj(v))) {
            if (k === "runtimes" && stockRuncRuntimes(x)) continue;
            if (CONTAINERD_KEYS.has(k)) found.add(k);
            walk(x);
        }
    };
    walk(parsed);
    const paths = writablePathOpenings(stringsIn(parsed, ""), source);
    // containerd's API on TCP (config.toml [grpc] tcp_address; docs/cri/config.md: "a TCP server is enabled for
    // containerd if TCPAddress is set") answers anyone reaching the port (start privileged containers, exec) unless
    // it requires client certificates: containerd services/server/server.go New sets up TLS on the TCP server only
    // `if config.GRPC.TCPTLSCert != ""`, and inside that branch `if config.GRPC.TCPTLSCA != ""` sets ClientAuth =
    // tls.RequireAndVerifyClientCert. tcp_tls_ca without tcp_tls_cert is plain gRPC: both must be set.
    const grpc = obj(obj(parsed).grpc);
    const unset = (key: string) => String(grpc[key] ?? "").trim() === "";
    if (!unset("tcp_address") && (unset("tcp_tls_ca") || unset("tcp_tls_cert")))
        paths.push({
            who: "anyone who reaches the node's containerd TCP port",
            what: `${source} serves containerd's API on tcp_address ${String(grpc.tcp_address)} without client certificates (tcp_tls_cert and tcp_tls_ca): anyone reaching it starts privileged containers on the node; keep containerd on its unix socket`,
        });
    for (const [key, byDefault] of Object.entries(CONTAINERD_DIRS))
        if (typeof obj(parsed)[key] === "string")
            paths.push(
                ...relocated(where, `${setting} ${key}`.trim(), obj(parsed)[key], byDefault, "containerd's directory"),
            );
    paths.push(...containerdImportOpenings(obj(parsed).imports, source, dir));
    paths.push(...containerdRegistryOpenings(parsed, source));
    return found.size === 0
        ? paths
        : [
              ...paths,
              {
                  who: "every pod on the node",
                  what: `${source} sets ${[...found].join(", ")}: how pods start, outside the pod specs the pack judges`,
              },
          ];
}

/**
 * Round 84: how containerd's CRI plugin trusts the registries it pulls the node's images from (privileged DaemonSets'
 * too): `config_path` names the directories of registry host files (docs/hosts.md; docs/cri/config.md "Registry
 * Configuration", AL2023's "/etc/containerd/certs.d"; a `:`-separated list), read at every pull ("Updates under this
 * directory do not require restarting the containerd daemon"): one outside /etc/containerd is host configuration the
 * pack does not read (a /tmp directory any local user fills), refused as an outside import is. The deprecated
 * registry.configs `tls.insecure_skip_verify = true` and a plain-HTTP registry.mirrors `endpoint` pull without
 * authenticating the registry: refused.
 */
function containerdRegistryOpenings(parsed: unknown, source: string): NodeOpening[] {
    const found: string[] = [];
    const walk = (v: unknown, at: string) => {
        for (const [k, x] of Object.entries(obj(v))) {
            const key = at ? `${at}.${k}` : k;
            if (k === "config_path")
                for (const dir of (typeof x === "string" ? x : String(x)).split(":").filter(d => d.trim() !== ""))
                    if (!REGISTRY_HOST_DIRECTORIES.test(posix.resolve("/", dir.trim())))
                        found.push(
                            `${key} = ${dir} (registry host files outside /etc/containerd/certs.d and /etc/docker/certs.d, which the pack does not read)`,
                        );
            if (k === "insecure_skip_verify" && x === true) found.push(`${key} = true`);
            if (k === "endpoint")
                for (const e of Array.isArray(x) ? x : [x])
                    if (typeof e === "string" && /^http:\/\//i.test(e)) found.push(`${key} ${e} (plain HTTP)`);
            walk(x, key);
        }
    };
    walk(parsed, "");
    return found.length === 0
        ? []
        : [
              {
                  who: "whoever answers on the network path to the registry, or writes the host files",
                  what: `${source} sets ${found.join(", ")}: containerd then pulls the node's images, its privileged DaemonSets' (aws-node, kube-proxy) included, from whoever answers or as whoever wrote the host files chose (containerd docs/hosts.md, docs/cri/config.md), root on the node; keep config_path = "/etc/containerd/certs.d" and https registries with verification`,
              },
          ];
}

/**
 * Round 78: containerd-config.toml(5) `imports`, "Imports is a list of additional configuration files to include",
 * merged into the file naming them (a relative path from that file's directory: containerd's config.go resolveImports).
 * A file under /etc/containerd is judged where user data writes it (this reader, or refused when its text is unknown)
 * or is the AMI's own (nodeadm's config.toml imports /etc/containerd/config.d/*.toml); any other file is one the pack
 * does not read (a download, a template), refused.
 */
function containerdImportOpenings(imports: unknown, source: string, dir: string): NodeOpening[] {
    if (imports === undefined) return [];
    const named = Array.isArray(imports) ? imports : [imports];
    const outside = named.filter(
        i => typeof i !== "string" || !/^\/etc\/containerd\/(?!certs\.d\/)./.test(posix.resolve(dir, i)),
    );
    return outside.length === 0
        ? []
        : [
              {
                  who: "whoever chooses the imported file's text",
                  what: `${source} imports ${outside.map(String).join(", ")}, containerd configuration outside /etc/containerd that the pack does not read (containerd-config.toml(5) imports): it may serve containerd's API on TCP or set its runtimes; write the settings in /etc/containerd/config.d with text user data holds`,
              },
          ];
}

export function bottlerocketOpenings(body: string): NodeOpening[] {
    let parsed: Record<string, any>;
    try {
        parsed = parseToml(body) as Record<string, any>;
    } catch (e) {
        return [unreadable("Bottlerocket user data", (e as Error).message)];
    }
    // Bottlerocket's settings run and configure root processes (host containers, bootstrap commands, sysctls): a data
    // directory pods may write in any of them is refused like in any root-read text (rootReads.ts).
    return [
        ...bottlerocketSettingsOpenings(obj(parsed.settings), "user data", 0),
        ...rootReadOpenings(
            stringsIn(parsed, "").map(s => ({ text: s.value, readBy: `in Bottlerocket setting ${s.at}` })),
        ),
    ];
}

/**
 * The control container's image as Bottlerocket ships it (settings.host-containers.control.source: Bottlerocket's ECR
 * account 328549459982 through the ecr-prefix helper, or its public.ecr.aws gallery).
 */
const DEFAULT_CONTROL_SOURCE =
    /^(328549459982\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?|public\.ecr\.aws\/bottlerocket)\/bottlerocket-control:v[0-9.]+$/;

/** Bottlerocket settings (the `settings` table, or what an apiclient command sets), judged as one. */
function bottlerocketSettingsOpenings(settings: Record<string, any>, where: string, depth: number): NodeOpening[] {
    const out: NodeOpening[] = [];
    for (const [name, c] of Object.entries(obj(settings["host-containers"]))) {
        const enabled =
            name === "control" ? obj(c).enabled === undefined || isOn(obj(c).enabled) : isOn(obj(c).enabled);
        const source = obj(c).source;
        // A superpowered container that is off runs nothing (admin's default is superpowered; an apiclient command turning
        // it on is judged with the merged settings).
        if (isOn(obj(c).superpowered) && enabled)
            out.push({
                who: "whoever runs the host container",
                what: `${where} turns on a superpowered Bottlerocket host container ${name} (root on the node)`,
            });
        // The control container registers with SSM: a hybrid activation in its user-data registers the node in the
        // activation's account, whose Session Manager users reach the API socket (bottlerocket-control-container
        // README, "Connecting to AWS Systems Manager (SSM)").
        else if (
            enabled &&
            typeof obj(c)["user-data"] === "string" &&
            /activation/i.test(
                Buffer.from(String(obj(c)["user-data"]), "base64").toString("utf8") + String(obj(c)["user-data"]),
            )
        )
            out.push({
                who: "the account of the SSM hybrid activation",
                what: `${where} gives Bottlerocket host container ${name} an SSM hybrid activation in its user-data: the node registers in that account, whose Session Manager users reach the API socket and turn on the admin container (root on the node)`,
            });
        else if (name === "admin" && isOn(obj(c).enabled))
            out.push({
                who: "whoever runs the host container",
                what: `${where} turns on Bottlerocket's admin host container (SSH into a root shell on the node)`,
            });
        // Every host container mounts the API socket and apiclient (bottlerocket.dev "Host Containers", "API Access":
        // "any user that can access a host container can change configurations"): from any of them, `apiclient set
        // host-containers.admin.superpowered=true` is root on the node. Only the control container (on by default on
        // aws-k8s variants) from Bottlerocket's own image is accepted; admin is judged above.
        else if (
            enabled &&
            name !== "admin" &&
            !(name === "control" && (source === undefined || DEFAULT_CONTROL_SOURCE.test(String(source))))
        )
            out.push({
                who: `whoever publishes ${String(source ?? "its image")} or runs the host container`,
                what: `${where} runs Bottlerocket host container ${name} from ${String(source ?? "(its default source)")}: every host container holds the Bottlerocket API socket (bottlerocket.dev "Host Containers", "API Access"), so it can turn on a superpowered container, root on the node`,
            });
    }
    out.push(
        ...clusterCABundle(
            obj(settings.kubernetes)["cluster-certificate"],
            where,
            "settings.kubernetes.cluster-certificate",
        ),
    );
    // settings.boot: kernel-parameters and init-parameters, each a key with a list of values (bottlerocket.dev
    // settings reference, "boot").
    const boot = obj(settings.boot);
    const bootArgs = ["kernel-parameters", "init-parameters"].flatMap(table =>
        Object.entries(obj(boot[table])).flatMap(([k, v]) => {
            const values = list(v).map(String);
            return values.length === 0 ? [k] : values.map(x => (x === "" ? k : `${k}=${x}`));
        }),
    );
    out.push(...kernelArgsOpenings(bootArgs, `${where}'s settings.boot`));
    // Bootstrap containers run an image the pack cannot read with CAP_SYS_ADMIN and the host's root filesystem
    // (bottlerocket.dev, "Bootstrap Containers"); mode "off" never starts.
    for (const [name, c] of Object.entries(obj(settings["bootstrap-containers"])))
        if (String(obj(c).mode ?? "off") !== "off")
            out.push({
                who: "whoever publishes its image",
                what: `${where} runs Bottlerocket bootstrap container ${name} from ${String(obj(c).source ?? "(no source)")}: an image the pack cannot read, with the node's root filesystem (root on the node); use Bottlerocket's settings instead`,
            });
    const kubernetes = obj(settings.kubernetes);
    for (const [name, p] of Object.entries(obj(kubernetes["static-pods"]))) {
        if (obj(p).enabled === false) continue;
        out.push(...staticPodOpenings(String(obj(p).manifest ?? ""), `Bottlerocket static pod ${name}`));
    }
    // settings.oci-defaults.capabilities.<cap>: the OCI spec every orchestrated container starts from
    // (bottlerocket.dev settings/oci-defaults), judged as a pod's capabilities.add (podSpec.ts).
    for (const [cap, on] of Object.entries(obj(obj(settings["oci-defaults"]).capabilities)))
        if (isOn(on) && !confinedCapability(cap.replace(/-/g, "_")))
            out.push({
                who: "every pod on the node",
                what: `${where} sets oci-defaults.capabilities.${cap}: every container on the node starts with CAP_${cap.replace(/-/g, "_").toUpperCase()}, not on the confined list (Pod Security Standards Baseline's defaults, plus NET_ADMIN, NET_RAW, IPC_LOCK)`,
            });
    out.push(...bottlerocketMirrorOpenings(obj(settings["container-registry"]).mirrors, where));
    // settings.kernel.sysctl (bottlerocket.dev settings reference): a core_pattern pipe judged as in any text.
    for (const [key, value] of Object.entries(obj(obj(settings.kernel).sysctl)))
        out.push(
            ...corePatternOpenings(`${key}=${String(value).replace(/\s+/g, " ")}`, `${where} settings.kernel.sysctl`),
        );
    // Bootstrap commands run apiclient at every boot before host containers start (bottlerocket.dev, "Bootstrap
    // Commands"): what they set is judged with the settings they land on (all modes: another command may turn one on).
    // They run in lexicographical order of their names, each on the settings the ones before it left.
    let landed = Object.fromEntries(Object.entries(settings).filter(([k]) => k !== "bootstrap-commands"));
    for (const [name, c] of Object.entries(obj(settings["bootstrap-commands"])).sort(([a], [b]) => (a < b ? -1 : 1))) {
        const at = `Bottlerocket bootstrap command ${name}`;
        for (const command of list(obj(c).commands)) {
            const set = apiclientSettings(command);
            if (typeof set === "string") out.push(unreadable(at, set));
            else if (depth >= 3) out.push(unreadable(at, "bootstrap commands nested too deep"));
            else out.push(...bottlerocketSettingsOpenings((landed = deepMerge(landed, set)), at, depth + 1));
        }
    }
    return out;
}

/**
 * Round 88 (fix): Bottlerocket's registry mirrors (bottlerocket.dev settings reference, container-registry:
 * "settings.container-registry.mirrors: An array of tables that represent container image registry mirrors. Each
 * table must contain the registry (a string) and endpoints (an array of strings). When pulling an image from a registry,
 * the container runtime will try the endpoints one-by-one and use the first working registry"; the settings model's
 * `endpoint` key, and the older table form `"registry" = [endpoints]`), judged as hosts.toml's hosts and
 * registries.conf's mirrors are (agents.ts registryTrustOpenings): an endpoint that is not an https URL (plain HTTP,
 * or a scheme or form the pack cannot read) serves every image the kubelet pulls from that registry, its privileged
 * DaemonSets' included, unauthenticated.
 */
function bottlerocketMirrorOpenings(mirrors: unknown, where: string): NodeOpening[] {
    const entries: [string, unknown][] = Array.isArray(mirrors)
        ? mirrors.map(m => [String(obj(m).registry ?? "(no registry)"), obj(m).endpoint ?? obj(m).endpoints])
        : Object.entries(obj(mirrors));
    const unverified = entries.flatMap(([registry, endpoints]) =>
        (Array.isArray(endpoints) ? endpoints : [endpoints])
            .filter(e => typeof e !== "string" || !/^https:\/\/[^\s/]/i.test(e))
            .map(e => `${registry} -> ${typeof e === "string" ? e : (JSON.stringify(e) ?? "(none)")}`),
    );
    return unverified.length === 0
        ? []
        : [
              {
                  who: "whoever answers on the network path to the registry (a peer on the VPC, a spoofed DNS answer)",
                  what: `${where} sets settings.container-registry.mirrors endpoints that are not verified https URLs (${unverified.join(", ")}): the container runtime pulls the node's images from them first (bottlerocket.dev settings "container-registry"), so whoever answers serves the images pods and privileged DaemonSets run, root on the node; use https endpoints`,
              },
          ];
}

function deepMerge(a: Record<string, any>, b: Record<string, any>): Record<string, any> {
    const out: Record<string, any> = { ...a };
    for (const [k, v] of Object.entries(b))
        out[k] = v && typeof v === "object" && !Array.isArray(v) ? deepMerge(obj(out[k]), v) : v;
    return out;
}

/** `a.b."c.d"` as ["a", "b", "c.d"]. */
function dottedKey(key: string): string[] {
    return (key.match(/"[^"]*"|'[^']*'|[^.]+/g) ?? []).map(k => k.trim().replace(/^["']|["']$/g, ""));
}

/**
 * The settings an apiclient command of a bootstrap command sets, or why it cannot be read. Bottlerocket accepts only
 * commands whose first word is `apiclient` (bottlerocket-settings-models, ApiclientCommand); `set` takes key=value
 * pairs (the `settings.` prefix optional) or `--json`/`-j` input (apiclient README, "Set mode"), `ephemeral-storage`
 * and `get` set nothing; any other subcommand (`apply` reads a document from elsewhere, `raw`, `exec`) is unreadable.
 */
function apiclientSettings(command: unknown): Record<string, any> | string {
    if (!Array.isArray(command) || command.some(a => typeof a !== "string"))
        return "a command that is not a list of strings";
    const [program, sub, ...args] = command as string[];
    if (program !== "apiclient") return `${program ?? "(empty)"} is not apiclient, the only program Bottlerocket runs`;
    if (sub === "ephemeral-storage" || sub === "get") return {};
    if (sub !== "set") return `apiclient ${sub ?? ""} sets what the pack cannot read`;
    let settings: Record<string, any> = {};
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const json = arg === "--json" || arg === "-j" ? args[++i] : /^--json=/.test(arg) ? arg.slice(7) : undefined;
        if (json !== undefined) {
            let parsed: unknown;
            try {
                parsed = JSON.parse(json);
            } catch (e) {
                return `apiclient set --json input does not parse (${(e as Error).message})`;
            }
            const { settings: inner, ...top } = obj(parsed);
            settings = deepMerge(deepMerge(settings, top), obj(inner));
            continue;
        }
        const eq = /^((?:"[^"]*"|'[^']*'|[^=])+)=([\s\S]*)$/.exec(arg);
        if (arg.startsWith("-") || !eq) return `apiclient set argument ${arg} is not key=value`;
        const path = dottedKey(eq[1]);
        if (path[0] === "settings") path.shift();
        let value: unknown = eq[2];
        try {
            value = JSON.parse(eq[2]);
        } catch {
            // a bare string
        }
        const leaf = path.reduceRight<unknown>((v, k) => ({ [k]: v }), value);
        settings = deepMerge(settings, obj(leaf));
    }
    return settings;
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
export const NODE_CONFIG_PATHS = [
    /authorized_keys/,
    /^\/etc\/sudoers/,
    // sshd_config.d drop-ins are judged by their content (sshdOpenings), the rest of /etc/ssh refused.
    /^\/etc\/ssh\/(?!sshd_config\.d\/[^/]+$)/,
    /^\/etc\/kubernetes\//,
    /^\/etc\/eks\//,
    /^\/etc\/containerd\//,
    /^\/var\/lib\/kubelet\//,
    // systemd reads units and their drop-ins from every unit directory (systemd.unit(5), "Unit File Load Path").
    /^\/(etc|run|usr\/lib|usr\/local\/lib|lib)\/systemd\/(system|system\.control|transient|generator(\.early|\.late)?)\/(kubelet|containerd)/,
    // Root's home, except the host keys root's own ssh client trusts (sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT": they
    // admit no login, which is authorized_keys', and run nothing), and a tool's bin directory and what is under it
    // (~/bin, ~/.local/bin, ~/go/bin, ~/.cargo/bin, ~/.deno/bin: docs.deno.com "Installation", the install script puts
    // deno in $HOME/.deno/bin): executables like /usr/local/bin's, which no login, shell startup or credential lookup
    // reads (those are root's rc files, .ssh, .aws, .kube, .docker, .config: every other path, and /root itself, whose
    // tree reaches them all).
    // Round 88: and a data file directly in root's home, not a dot file, named as an archive, a checksum list or a
    // detached signature (ROOT_HOME_DATA): no program reads such a name implicitly (bash(1) INVOCATION reads dot
    // files; tools' settings are dot files or under dot directories), the reasoning round 75 used for /root/*.sed.
    // What it holds is judged where it is read: tar -x of it (unverifiedTrees, planted copies), sha256sum -c, gpg.
    /^\/root\/?$|^\/root\/(?!\.ssh\/known_hosts2?$)(?!(\.?[\w-]+\/)?bin(\/|$))(?![^./][^/]*\.(tar|tgz|tbz2?|txz|tzst|zip|gz|xz|bz2|zst|sha(224|256|384|512)(sum)?|b2(sum)?|sig|asc|sign|minisig)$)(?!(SHA(224|256|384|512)|B2)SUMS(\.(sig|asc|gpg))?$)/,
    /^\/etc\/(passwd|shadow|group)$/,
];

/**
 * A write_files entry's content as cloud-init writes it: `encoding` b64/base64 decodes base64, gz/gzip gunzips (the
 * content then a YAML !!binary), and gz+b64 and its spellings do both (cloud-init module reference, "Write Files";
 * any other encoding is written as text). Throws when it does not decode, like cloud-init.
 */
export function writtenContent(f: Record<string, any>): string {
    const raw = f.content instanceof Uint8Array ? Buffer.from(f.content) : Buffer.from(String(f.content ?? ""), "utf8");
    const encoding = String(f.encoding ?? "")
        .trim()
        .toLowerCase();
    const base64 = ["b64", "base64", "gz+base64", "gzip+base64", "gz+b64", "gzip+b64"].includes(encoding);
    const gzip = ["gz", "gzip", "gz+base64", "gzip+base64", "gz+b64", "gzip+b64"].includes(encoding);
    let bytes = base64 ? Buffer.from(raw.toString("utf8").replace(/\s+/g, ""), "base64") : raw;
    if (gzip) bytes = gunzipSync(bytes);
    return bytes.toString("utf8");
}

/**
 * containerd's registry host configuration, /etc/containerd/certs.d/<host>/hosts.toml (containerd docs/hosts.md,
 * "Registry Host Namespace"; AL2023's containerd config_path): server, capabilities, ca, client, skip_verify, header,
 * override_path say where images come from, nothing that runs or lets anyone in. Read, not refused like the rest of
 * /etc/containerd: it must parse, and a certificate path under a directory pods may write is theirs to replace.
 */
export { REGISTRY_HOSTS } from "./shared";

/**
 * Certificate files beside a registry's hosts.toml (containerd docs/hosts.md, "Support for Docker's Certificate File
 * Pattern": ".crt" files for CA certificates and ".cert"/".key" files for client certificates, read when the host
 * directory has no hosts.toml; with one, the files its `ca` and `client` fields name). A CA certificate there only adds
 * TLS trust for pulls from that one registry host, the trust hosts.toml's `ca` already gives a file anywhere on the
 * node; a client certificate is public. Written as PEM certificates the pack reads, they are accepted; anything else
 * (content it cannot read, a private key) stays the node's configuration (NODE_CONFIG_PATHS).
 */
export const REGISTRY_CERTS = /^\/etc\/containerd\/certs\.d\/[^/]+\/[^/]+\.(crt|cert|key)$/;

/** Whether text is one or more PEM certificates and nothing else (RFC 7468, "Textual Encoding of Certificates"). */
const pemCertificates = (text: string) =>
    /^(\s*-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----)+\s*$/.test(text);

export function registryCertOpenings(path: string, content: string, how: string): NodeOpening[] {
    // DECIDED (round 37): a client key is a credential: containerd presents it to that registry as the node, and a key
    // written in user data is read by whoever reads the launch template's user data or the instance's metadata
    // (host-network pods). Only certificates are accepted in certs.d.
    if (path.endsWith(".key"))
        return [
            {
                who: "whoever reads the node's user data",
                what: `user data writes a registry client key, ${path} (${how}): containerd presents it to that registry (containerd docs/hosts.md, ".cert"/".key" client certificates), and a key in user data is read by whoever reads the launch template or the instance's metadata; fetch it at boot (Secrets Manager) into a file outside /etc/containerd and name the pair in hosts.toml \`client\``,
            },
        ];
    return pemCertificates(content)
        ? []
        : [
              {
                  who: "whoever chooses what is written",
                  what: `user data writes ${path} (${how}) with content that is not PEM certificates only: containerd reads a .crt there as the CA it trusts for that registry and a .cert as its client certificate (containerd docs/hosts.md); write only -----BEGIN CERTIFICATE----- blocks`,
              },
          ];
}

/**
 * A variable a script gives programs' environments: `program` the one it is given to, unset for every later program;
 * or (`file`) an environment file given to it (systemd.exec(5) EnvironmentFile=), read as the program starts.
 */
export type GivenVariable = { name: string; value: string; program?: string } | { file: string; program?: string };

/**
 * Round 72: the directories of a PATH that are root's own on the node AMIs: the PATH a root shell searches when none
 * is set (rootReads DEFAULT_PATH; systemd.exec(5) "$PATH ... set to /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin",
 * FHS 3.0 /usr/bin, /usr/sbin, /usr/local/bin) and the rest of Ubuntu's packaged /etc/environment PATH (/usr/games,
 * /usr/local/games, snapd's /snap/bin), each owned by root and written by no pod (none is a directory pods write:
 * WRITABLE_DATA).
 */
const SYSTEM_PATH_DIRECTORIES = new Set([...DEFAULT_PATH, "/usr/games", "/usr/local/games", "/snap/bin"]);

/**
 * Whether a PATH value searches only root-owned system directories (SYSTEM_PATH_DIRECTORIES, a trailing slash aside);
 * with `inherited`, where the value is expanded (a shell's startup file, environment.d(5) "${FOO}"), also the PATH it
 * extends (`$PATH`, `${PATH}`: the value it had, judged where that was set). An empty entry, a relative one or any other
 * expansion is not (bash(1) PATH: "A zero-length (null) directory name in the value of PATH indicates the current
 * directory").
 */
export function systemPath(value: string, inherited = false): boolean {
    return value
        .replace(/\0/g, "")
        .replace(/^(["'])(.*)\1$/, "$2")
        .split(":")
        .every(
            dir =>
                SYSTEM_PATH_DIRECTORIES.has(dir.replace(/(.)\/+$/, "$1")) ||
                (inherited && /^\$(?:PATH|\{PATH\})$/.test(dir)),
        );
}

/**
 * Round 71: a loader variable (rootReads LOADER_VARIABLES: ld.so(8) LD_PRELOAD "A list of additional, user-specified,
 * ELF shared objects to be loaded before all others", LD_LIBRARY_PATH, bash(1) BASH_ENV, PATH ...) in the environment
 * the system manager gives every unit it starts (systemd.exec(5) "Environment Variables in Spawned Processes": the
 * manager's DefaultEnvironment=, set-environment and SetEnvironment variables reach every service): every root program
 * started later loads the code it names, which the pack does not follow (which unit, which library). No value is known
 * harmless (fail closed); set the variable in the one unit that needs it, or not at all. The same list as an environment
 * generator's (environmentGeneratorOpenings).
 * Round 72: the one rule for every place that sets root's or sessions' environment (ENVIRONMENT_FILES and the places
 * listed with it): a PATH of root-owned system directories only loads nothing new (systemPath; `inherited` where the
 * value's `$PATH` is expanded), and a name the pack cannot read may be any loader variable (refused).
 */
export function managerLoaderOpenings(
    variables: readonly GivenVariable[],
    where: string,
    inherited = false,
): NodeOpening[] {
    return variables.flatMap(v =>
        "name" in v &&
        v.program === undefined &&
        (LOADER_VARIABLES.test(v.name) || !/^[A-Za-z_]\w*$/.test(v.name)) &&
        !(v.name === "PATH" && systemPath(v.value, inherited))
            ? [
                  {
                      who: "whoever provides the code the variable names",
                      what: `user data sets the loader variable ${v.name}=${v.value} in ${where}: every root program started later (each unit the manager starts, each session) loads or runs what it names (ld.so(8) LD_PRELOAD, bash(1) BASH_ENV, PATH search; systemd.exec(5) "Environment Variables in Spawned Processes"); set it in the one unit that needs it, with a path the pack reads, or not at all`,
                  },
              ]
            : [],
    );
}

/**
 * kernel.core_pattern beginning with `|` pipes every core dump of the node to a program the kernel runs as root, in the
 * initial namespaces, whichever container crashed (core(5), "Piping core dumps to a program": "the program is run as
 * the user and group root"; the program is "an absolute pathname (or a pathname relative to the root directory, /)").
 * A program (or a path argument of it) under a directory pods may write (podSpec.ts podWritableRoot) is theirs to
 * replace: root on the node. A pattern without `|` is a file name the kernel resolves in the crashing process's own
 * mount namespace, and `|/bin/false` runs a system binary: accepted. Read in any text (sysctl.d files, `sysctl -w`,
 * /proc/sys/kernel/core_pattern writes, Bottlerocket settings.kernel.sysctl, apiclient commands).
 */
export function corePatternOpenings(text: string, where: string): NodeOpening[] {
    const out: NodeOpening[] = [];
    for (const line of text.split(/\r?\n/)) {
        // The kernel's other helpers run a path as root the same way (kernelSettings.ts KERNEL_HELPERS).
        if (PATH_HELPER_MENTION.test(line))
            for (const word of line
                .split(/[\s"'`,;&|(){}[\]=]+/)
                .filter(w => w.startsWith("/") && !w.startsWith("/proc/") && !w.startsWith("/sys/"))) {
                const root = podWritableRoot(word);
                if (root)
                    out.push({
                        who: `every pod that may write ${root}`,
                        what: `${where} points a kernel helper at ${word} (${line.trim()}), under ${root}, a node directory the pack lets pods write: the kernel runs it as root on the node (kernelSettings.ts KERNEL_HELPERS)`,
                    });
            }
        if (!/core_pattern/i.test(line)) continue;
        for (const piped of line.split("|").slice(1)) {
            const words = piped.split(/[\s"'`,;&(){}[\]=]+/).filter(Boolean);
            for (const [i, word] of words.entries()) {
                if (i > 0 && !word.startsWith("/")) continue;
                const root = word.startsWith("%") ? undefined : podWritableRoot(word);
                if (root)
                    out.push({
                        who: `every pod that may write ${root}`,
                        what: `${where} pipes core dumps to ${word} (${line.trim()}), under ${root}, a node directory the pack lets pods write: the kernel runs it as root on the node whenever any process dumps core (core(5), "Piping core dumps to a program")`,
                    });
            }
        }
    }
    return out;
}

export const unreadable = (what: string, why: string): NodeOpening => ({
    who: "whatever it sets",
    what: `${what} cannot be read (${why}): the instance's own reader may accept it, so what it opens is unknown; write it in a form that parses`,
});
