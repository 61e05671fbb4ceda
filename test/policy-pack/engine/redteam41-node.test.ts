// Red-team round 41 on EKS NODE user data (fresh eyes), against round 40's envelope reading (engine/userData.ts:
// MIME headers and bodies, transfer encodings, x-shellscript re-typing, cloud-config-jsonp patches, cloud-config
// archives) and its container runs (engine/rootReads.ts: binds of node secrets). Probed where cloud-init reads user
// data differently from the pack: cloud-init sniffs a part's type after stripping leading whitespace
// (handlers.type_from_starts_with: payload.lstrip()), Python's email package decodes base64 without padding and takes
// a part whose headers run straight into the body, jsonpatch applies a patch of the whole document (path ""), and a
// #cloud-config-archive entry may be a bare string, have no type (text/cloud-config by default), be
// text/cloud-config-jsonp or carry !!binary content. Containers: `docker create` + `docker start`, and docker's local
// volume driver binding a node path (`docker volume create -o o=bind -o device=...`, `--mount type=volume,volume-opt=`).
// Secure neighbours carry harmless settings in the same envelopes. Misses are `it.skip` with a MISS comment.
import { nodePolicyConfig } from "./packRunner";
import { al2023Nodes, b64, describeNodeCases, EFFECTIVE, mime, NodeCase, nodeConfig, withScript } from "./nodeBuilders";
import { Resources } from "./support";

const dev = (name: string, edit: (r: Resources) => void, refused = /./, skip = false): NodeCase => ({
    name,
    stack: "dev",
    config: nodePolicyConfig,
    edit,
    refused,
    policy: EFFECTIVE,
    skip,
});

/** The NodeConfig part joining the dev cluster. */
const nodePart = { type: "application/node.eks.aws", body: nodeConfig([]) };

/** AL2023 user data: the NodeConfig, then one part of `type` (extra `headers`) with `body` lines. */
const part =
    (name: string, type: string, body: string[], headers: string[] = []) =>
    (r: Resources) =>
        al2023Nodes(r, name, mime([nodePart, { type, headers, body: body.join("\n") }]));

/** AL2023 user data given as text (built by hand: part layouts the mime() builder does not write). */
const rawUserData = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, lines.join("\n"));

/** A shell part on AL2023 dev nodes. */
const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));

/** Base64 without its `=` padding (Go's base64.RawStdEncoding, `basenc --base64 | tr -d =`). */
const rawB64 = (text: string) => b64(text).replace(/=+$/, "");

const PASSWORD = [
    "ssh_pwauth: true",
    "chpasswd:",
    "  users:",
    "    - {name: ec2-user, password: example-only, type: text}",
];
const PASSWORD_CLOUD_CONFIG = ["#cloud-config", ...PASSWORD];
const HARMLESS_CLOUD_CONFIG = ["#cloud-config", "timezone: UTC"];
const DATA_RUNCMD = ["#cloud-config", "runcmd:", "  - [bash, /data/boot.sh]"];
const IMAGE = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/node-reporter:1.2.0";
const INSTALL_DOCKER = ["dnf install -y docker", "systemctl enable --now docker"];

/** A #cloud-config-archive part (cloud-init "Cloud config archive") with `lines`. */
const archive = (name: string, lines: string[]) => part(name, "text/cloud-config-archive", lines);

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 41): cloud-init re-types a text/x-shellscript part by its first non-blank text: handlers.type_from_starts_with
    // lowercases the payload and calls payload_lc.lstrip() before matching the prefixes (canonical/cloud-init
    // cloudinit/handlers/__init__.py; user_data.py _process_msg re-types `TYPE_NEEDED + ["text/x-shellscript"]`). A
    // body opening with a blank line (a template's leading newline) is merged as cloud-config: ssh_pwauth + chpasswd
    // give ec2-user (passwordless sudo on AL2023) a password SSH login, root on the node. userData.ts sniff() looks at
    // the first LINE only (blank: kind "text", read as a script, where cloud-config keys mean nothing). Fix: sniff on
    // text.trimStart() as cloud-init does (also for top-level user data and text/plain parts).
    dev(
        "a text/x-shellscript part opening with a blank line, then #cloud-config turning on password SSH",
        part("dev-lstrip-script-nodes", "text/x-shellscript", ["", ...PASSWORD_CLOUD_CONFIG]),
        /password/i,
    ),
    // As above for a text/plain part (TYPE_NEEDED) whose runcmd runs /data/boot.sh: refused, but only because the
    // part, read as a script, names /data; the password variant (MISS below) shows the cloud-config is not read.
    dev(
        "a text/plain part opening with blank lines, then #cloud-config with a runcmd running /data/boot.sh",
        part("dev-lstrip-plain-nodes", "text/plain", ["", "", ...DATA_RUNCMD]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 41): (as above, lstrip) a text/plain part opening with a blank line, then #cloud-config turning on password SSH.
    dev(
        "a text/plain part opening with a blank line, then #cloud-config turning on password SSH",
        part("dev-lstrip-plain-pw-nodes", "text/plain", ["", ...PASSWORD_CLOUD_CONFIG]),
        /password/i,
    ),
    // Was a MISS (fixed in round 41): Python's email package decodes a base64 part without `=` padding: Message.get_payload(decode=True) calls
    // email._encoded_words.decode_b, which adds the missing padding (InvalidBase64PaddingDefect) and decodes (cpython
    // Lib/email/message.py, _encoded_words.py; checked locally with email.message_from_string: the part decodes to the
    // cloud-config). cloud-init uses that payload (util.fully_decoded_payload). userData.ts decode() takes text as
    // base64 only when its length is a multiple of 4, so it reads the base64 letters as the cloud-config and sees
    // nothing: a password login for ec2-user accepted. Go's base64.RawStdEncoding writes exactly this. Fix: decode
    // base64 parts as Python does (pad, drop non-alphabet characters), or refuse a base64 part that does not decode.
    dev(
        "a base64 text/cloud-config part without = padding (RawStdEncoding) turning on password SSH",
        part(
            "dev-unpadded-b64-nodes",
            "text/cloud-config",
            [rawB64(PASSWORD_CLOUD_CONFIG.join("\n") + "\n")],
            ["Content-Transfer-Encoding: base64"],
        ),
        /password/i,
    ),
    // Was a MISS (fixed in round 41): a part whose headers run straight into the body (no blank line, a common hand-edit): Python's email
    // feedparser ends the headers at the first line that is not a header ("#cloud-config" has no colon field name) and
    // takes it as the body (MissingHeaderBodySeparatorDefect; checked locally: text/cloud-config with the body
    // "#cloud-config\nssh_pwauth: true..."). userData.ts mimeParts() needs a blank line, reads the whole part as
    // text/plain, sniffs "content-type: ..." as text and misses the password login. Fix: end a part's headers at the
    // first non-header line as the feedparser does.
    dev(
        "a text/cloud-config part with no blank line between its headers and #cloud-config turning on password SSH",
        rawUserData("dev-no-separator-nodes", [
            "MIME-Version: 1.0",
            'Content-Type: multipart/mixed; boundary="BOUNDARY"',
            "",
            "--BOUNDARY",
            "Content-Type: application/node.eks.aws",
            "",
            nodeConfig([]),
            "",
            "--BOUNDARY",
            'Content-Type: text/cloud-config; charset="us-ascii"',
            ...PASSWORD_CLOUD_CONFIG,
            "",
            "--BOUNDARY--",
            "",
        ]),
        /password/i,
    ),
    // Was a MISS (fixed in round 41): a JSON patch of the whole document: RFC 6902/6901 path "" names the root, and python-jsonpatch's add and
    // replace put the value in place of the merged cloud-config (AddOperation/ReplaceOperation: `if part is None:
    // return value`; checked locally: JsonPatch([{op: replace, path: "", value: {...}}]).apply({...}) is the value),
    // which cloud-init's CloudConfigPartHandler._merge_patch applies. userData.ts jsonPatch() skips an empty path
    // (`keys.length === 0 ... continue`), so the password login it sets is unseen. Fix: an add/replace at "" is the
    // cloud-config `value`.
    dev(
        'a text/cloud-config-jsonp part replacing the whole cloud-config (path "") with password SSH',
        part("dev-jsonp-root-nodes", "text/cloud-config-jsonp", [
            JSON.stringify([
                {
                    op: "replace",
                    path: "",
                    value: {
                        ssh_pwauth: true,
                        chpasswd: { users: [{ name: "ec2-user", password: "example-only", type: "text" }] },
                    },
                },
            ]),
        ]),
        /password/i,
    ),
    // Was a MISS (fixed in round 41): a #cloud-config-archive entry typed text/cloud-config-jsonp: cloud-init's _explode_archive attaches it as
    // a MIMEText of that type (user_data.py), and CloudConfigPartHandler applies it as a JSON patch (handle_part: ctype
    // text/cloud-config-jsonp -> _merge_patch). userData.ts's archive reading knows text/cloud-config, script and
    // include types and sniffs the rest, so the JSON list is read as text: the password login is unseen. Fix: an
    // archive entry of type text/cloud-config-jsonp is jsonPatch(content).
    dev(
        "a #cloud-config-archive entry of type text/cloud-config-jsonp turning on password SSH",
        archive("dev-archive-jsonp-nodes", [
            "#cloud-config-archive",
            "- type: text/cloud-config-jsonp",
            `  content: '${JSON.stringify([
                { op: "add", path: "/ssh_pwauth", value: true },
                {
                    op: "add",
                    path: "/chpasswd",
                    value: { users: [{ name: "ec2-user", password: "example-only", type: "text" }] },
                },
            ])}'`,
        ]),
        /password/i,
    ),
    // Was a MISS (fixed in round 41): a #cloud-config-archive entry without `type` is text/cloud-config whatever its first line
    // (user_data.py: ARCHIVE_UNDEF_TYPE = "text/cloud-config", `type_from_starts_with(content, default)`), so YAML with
    // no #cloud-config header is merged as cloud-config. userData.ts sniffs the content (no header: kind "text") and
    // misses the password login. Fix: an untyped archive entry defaults to cloud-config (after sniffing).
    dev(
        "a #cloud-config-archive entry without a type (text/cloud-config by default) turning on password SSH",
        archive("dev-archive-untyped-nodes", [
            "#cloud-config-archive",
            "- content: |",
            ...PASSWORD.map(l => `    ${l}`),
        ]),
        /password/i,
    ),
    // Was a MISS (fixed in round 41): a #cloud-config-archive entry may be a bare string (user_data.py _explode_archive: `if isinstance(ent,
    // str): ent = {"content": ent}`); userData.ts maps entries through obj(), which turns a string into {}, so the
    // entry's runcmd running /data/boot.sh as root is never read. Fix: a string entry is {content: entry}.
    dev(
        "a #cloud-config-archive entry given as a bare string: #cloud-config with a runcmd running /data/boot.sh",
        archive("dev-archive-string-nodes", ["#cloud-config-archive", "- |", ...DATA_RUNCMD.map(l => `  ${l}`)]),
        /\/data/,
    ),
    // An archive entry's content as YAML !!binary: cloud-init loads the archive with PyYAML's safe loader (bytes) and
    // decodes a text/* entry (`content = content.decode()`, user_data.py _explode_archive): refused as it should be.
    dev(
        "a #cloud-config-archive text/cloud-config entry whose content is !!binary (base64) turning on password SSH",
        archive("dev-archive-binary-nodes", [
            "#cloud-config-archive",
            "- type: text/cloud-config",
            "  content: !!binary |",
            `    ${b64(PASSWORD_CLOUD_CONFIG.join("\n") + "\n")}`,
        ]),
        /password/i,
    ),
    // Was a MISS (fixed in round 41): `docker create` + `docker start` runs the same container as `docker run` (docker docs, "docker container
    // create": "creates a writeable container layer over the specified image and prepares it for running ... similar
    // to docker run -d except the container is never started"); rootReads.ts judges container binds only when the
    // words include "run", so the kubelet's client key handed to a third-party image is accepted, where `docker run`
    // with the same bind is refused (round 40). Fix: judge `create` (docker/podman/nerdctl, `ctr container create`)
    // like `run`.
    dev(
        "docker create -v /var/lib/kubelet/pki:/pki:ro, then docker start (the node's identity in a container)",
        script("dev-docker-create-pki-nodes", [
            ...INSTALL_DOCKER,
            `docker create --name node-reporter --restart always -v /var/lib/kubelet/pki:/pki:ro ${IMAGE}`,
            "docker start node-reporter",
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 41): docker's local volume driver mounts like mount(8): `--opt type=none --opt o=bind --opt device=PATH`
    // bind-mounts a node directory as a named volume (docker docs, "docker volume create", "Driver-specific options":
    // "The built-in local driver on Linux accepts options similar to the linux mount command"); `-v kubelet-pki:/pki`
    // then hands the container the kubelet's keys. rootReads.ts containerBinds() takes only absolute sources as node
    // paths and does not read the volume's options. Fix: a local volume with o=bind (or bind in its o list) is a bind
    // of its device; judge `docker volume create` and `--mount type=volume,volume-opt=device=...` so.
    dev(
        "docker volume create -o type=none -o o=bind -o device=/var/lib/kubelet/pki, then run -v kubelet-pki:/pki",
        script("dev-docker-volume-bind-nodes", [
            ...INSTALL_DOCKER,
            "docker volume create --driver local -o type=none -o o=bind -o device=/var/lib/kubelet/pki kubelet-pki",
            `docker run -d --name node-reporter --restart always -v kubelet-pki:/pki:ro ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 41): as above, the bind volume declared inline with --mount type=volume and volume-opt (docker docs, "Bind
    // mounts"/"Volumes": `--mount type=volume,...,volume-opt=type=none,volume-opt=o=bind,volume-opt=device=PATH`).
    dev(
        "docker run --mount type=volume,volume-opt=o=bind,volume-opt=device=/var/lib/kubelet (inline bind volume)",
        script("dev-docker-mount-volopt-nodes", [
            ...INSTALL_DOCKER,
            "docker run -d --name node-reporter --restart always " +
                "--mount type=volume,src=kubelet,dst=/kubelet,volume-driver=local," +
                "volume-opt=type=none,volume-opt=o=bind,volume-opt=device=/var/lib/kubelet " +
                IMAGE,
        ]),
        /kubelet/,
    ),
    // Controls (the same settings in the forms the pack reads): must stay refused.
    dev(
        "a base64 text/cloud-config part WITH padding turning on password SSH (control for the unpadded case)",
        part(
            "dev-padded-b64-nodes",
            "text/cloud-config",
            [b64(PASSWORD_CLOUD_CONFIG.join("\n") + "\n")],
            ["Content-Transfer-Encoding: base64"],
        ),
        /password/i,
    ),
    dev(
        "docker run -v /var/lib/kubelet/pki:/pki:ro (control for docker create)",
        script("dev-docker-run-pki-nodes", [
            ...INSTALL_DOCKER,
            `docker run -d --name node-reporter --restart always -v /var/lib/kubelet/pki:/pki:ro ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    dev(
        "a #cloud-config-archive text/cloud-config entry turning on password SSH (control for the archive cases)",
        archive("dev-archive-typed-nodes", [
            "#cloud-config-archive",
            "- type: text/cloud-config",
            "  content: |",
            ...PASSWORD_CLOUD_CONFIG.map(l => `    ${l}`),
        ]),
        /password/i,
    ),
];

const secure: NodeCase[] = [
    dev(
        "a text/x-shellscript part opening with a blank line, then a harmless #cloud-config (timezone)",
        part("dev-lstrip-ok-nodes", "text/x-shellscript", ["", ...HARMLESS_CLOUD_CONFIG]),
    ),
    dev(
        "a text/plain part opening with blank lines, then a harmless #cloud-config",
        part("dev-lstrip-plain-ok-nodes", "text/plain", ["", "", ...HARMLESS_CLOUD_CONFIG]),
    ),
    dev(
        "a base64 text/cloud-config part without = padding setting the timezone",
        part(
            "dev-unpadded-b64-ok-nodes",
            "text/cloud-config",
            [rawB64(HARMLESS_CLOUD_CONFIG.join("\n") + "\n")],
            ["Content-Transfer-Encoding: base64"],
        ),
    ),
    dev(
        "a text/cloud-config part with no blank line after its headers setting the timezone",
        rawUserData("dev-no-separator-ok-nodes", [
            "MIME-Version: 1.0",
            'Content-Type: multipart/mixed; boundary="BOUNDARY"',
            "",
            "--BOUNDARY",
            "Content-Type: application/node.eks.aws",
            "",
            nodeConfig([]),
            "",
            "--BOUNDARY",
            'Content-Type: text/cloud-config; charset="us-ascii"',
            ...HARMLESS_CLOUD_CONFIG,
            "",
            "--BOUNDARY--",
            "",
        ]),
    ),
    dev(
        'a text/cloud-config-jsonp part replacing the whole cloud-config (path "") with a timezone',
        part("dev-jsonp-root-ok-nodes", "text/cloud-config-jsonp", [
            JSON.stringify([{ op: "replace", path: "", value: { timezone: "UTC" } }]),
        ]),
    ),
    dev(
        "a #cloud-config-archive entry of type text/cloud-config-jsonp setting the timezone",
        archive("dev-archive-jsonp-ok-nodes", [
            "#cloud-config-archive",
            "- type: text/cloud-config-jsonp",
            `  content: '${JSON.stringify([{ op: "add", path: "/timezone", value: "UTC" }])}'`,
        ]),
    ),
    dev(
        "a #cloud-config-archive entry without a type setting the timezone and an NTP pool",
        archive("dev-archive-untyped-ok-nodes", [
            "#cloud-config-archive",
            "- content: |",
            "    timezone: UTC",
            "    ntp:",
            "      enabled: true",
            "      servers: [169.254.169.123]",
        ]),
    ),
    dev(
        "a #cloud-config-archive bare-string entry with a harmless #cloud-config",
        archive("dev-archive-string-ok-nodes", [
            "#cloud-config-archive",
            "- |",
            ...HARMLESS_CLOUD_CONFIG.map(l => `  ${l}`),
        ]),
    ),
    dev(
        "a #cloud-config-archive text/cloud-config entry whose content is !!binary setting the timezone",
        archive("dev-archive-binary-ok-nodes", [
            "#cloud-config-archive",
            "- type: text/cloud-config",
            "  content: !!binary |",
            `    ${b64(HARMLESS_CLOUD_CONFIG.join("\n") + "\n")}`,
        ]),
    ),
    // Was a MISS (fixed in round 41): (secure refused): the same container as `docker run -d -v /srv/reporter:/state` (accepted below: a pod-like
    // container whose program is the image's), but rootReads.ts recognises container runs only by the word "run", so
    // `docker create` is read as a root command naming /srv/reporter and refused (docker docs, "docker container
    // create": like `docker run -d` without starting). Fix: judge create like run (see the insecure docker create case).
    dev(
        "docker create -v /srv/reporter:/state (a data directory), then docker start",
        script("dev-docker-create-ok-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /srv/reporter",
            `docker create --name node-reporter --restart always -v /srv/reporter:/state ${IMAGE}`,
            "docker start node-reporter",
        ]),
        /./,
    ),
    dev(
        "docker run -d -v /srv/reporter:/state (control for docker create)",
        script("dev-docker-run-srv-ok-nodes", [
            ...INSTALL_DOCKER,
            "mkdir -p /srv/reporter",
            `docker run -d --name node-reporter --restart always -v /srv/reporter:/state ${IMAGE}`,
        ]),
    ),
    dev(
        "docker volume create (a plain named volume), then docker run -v reporter-state:/state",
        script("dev-docker-volume-ok-nodes", [
            ...INSTALL_DOCKER,
            "docker volume create reporter-state",
            `docker run -d --name node-reporter --restart always -v reporter-state:/state ${IMAGE}`,
        ]),
    ),
    dev(
        "docker run --mount type=volume,src=reporter-state,dst=/state (a plain named volume)",
        script("dev-docker-mount-volume-ok-nodes", [
            ...INSTALL_DOCKER,
            `docker run -d --name node-reporter --restart always --mount type=volume,src=reporter-state,dst=/state ${IMAGE}`,
        ]),
    ),
];

describeNodeCases("red team round 41: node user data envelopes and container volumes", insecure, secure);
