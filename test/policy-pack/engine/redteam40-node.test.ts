// Red-team round 40 on EKS NODE user data (fresh eyes), against engine/userData.ts (the envelope: MIME, part types,
// transfer encodings) and engine/rootReads.ts. Probes where cloud-init's reading of the envelope differs from the
// pack's: cloud-init sniffs text/x-shellscript parts by their first line, takes a MIME message by "mime-version:" in the
// first 4096 bytes (whatever other headers it has), reads the FIRST of repeated headers (Python's email package),
// decodes uuencoded parts, and applies `#cloud-config-jsonp` JSON patches to the merged cloud-config. Secure neighbours
// (the same envelope features carrying harmless settings) must stay clean. Misses are `it.skip` with a MISS comment.
import { nodePolicyConfig } from "./packRunner";
import { gzipSync } from "zlib";
import { al2023Nodes, b64, describeNodeCases, EFFECTIVE, mime, NodeCase, nodeConfig, SSH_KEY } from "./nodeBuilders";
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

/** AL2023 user data given as text (built by hand: top-level headers the mime() builder does not write). */
const rawUserData = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, lines.join("\n"));

/** uuencode (uu(1), Python's uu module): `begin <mode> <name>`, 45-byte lines, a "`" line and `end`. */
function uuencode(text: string): string {
    const bytes = Buffer.from(text);
    const c = (n: number) => String.fromCharCode(n === 0 ? 96 : 32 + n);
    const lines = ["begin 644 part"];
    for (let i = 0; i < bytes.length; i += 45) {
        const chunk = bytes.subarray(i, i + 45);
        let line = c(chunk.length);
        for (let j = 0; j < chunk.length; j += 3) {
            const [a, b, d] = [chunk[j], chunk[j + 1] ?? 0, chunk[j + 2] ?? 0];
            line += c(a >> 2) + c(((a & 3) << 4) | (b >> 4)) + c(((b & 15) << 2) | (d >> 6)) + c(d & 63);
        }
        lines.push(line);
    }
    return [...lines, "`", "end", ""].join("\n");
}

const KEYED_CLOUD_CONFIG = ["#cloud-config", "ssh_authorized_keys:", `  - ${SSH_KEY}`];

const PASSWORD_CLOUD_CONFIG = [
    "#cloud-config",
    "ssh_pwauth: true",
    "chpasswd:",
    "  users:",
    "    - {name: ec2-user, password: example-only, type: text}",
];

const insecure: NodeCase[] = [
    dev(
        "a text/x-shellscript part whose body is #cloud-config installing an SSH key (cloud-init sniffs x-shellscript parts)",
        part("dev-sniffed-script-nodes", "text/x-shellscript", KEYED_CLOUD_CONFIG),
        /SSH authorized key/,
    ),
    dev(
        "a text/x-shellscript part whose body is #cloud-config with a runcmd running /data/boot.sh",
        part("dev-sniffed-runcmd-nodes", "text/x-shellscript", [
            "#cloud-config",
            "runcmd:",
            "  - [bash, /data/boot.sh]",
        ]),
        /\/data/,
    ),
    dev(
        "MIME user data with an extra top-level header (X-Generated-By) and a cloud-config part installing an SSH key",
        rawUserData("dev-extra-header-nodes", [
            "MIME-Version: 1.0",
            "X-Generated-By: node-userdata-builder",
            'Content-Type: multipart/mixed; boundary="BOUNDARY"',
            "",
            "--BOUNDARY",
            "Content-Type: text/cloud-config",
            "",
            ...KEYED_CLOUD_CONFIG,
            "",
            "--BOUNDARY--",
            "",
        ]),
        /SSH authorized key/,
    ),
    dev(
        "a part with two Content-Type headers (text/cloud-config, then text/plain) and a header-less cloud-config body",
        part(
            "dev-two-types-nodes",
            "text/cloud-config",
            ["ssh_authorized_keys:", `  - ${SSH_KEY}`],
            ["Content-Type: text/plain"],
        ),
        /SSH authorized key/,
    ),
    // Was a MISS (fixed in round 40): Python's email package decodes Content-Transfer-Encoding x-uuencode/uuencode/uue/x-uue in
    // get_payload(decode=True) (cpython Lib/email/message.py; checked locally: the part decodes to the cloud-config/script),
    // which cloud-init calls for every part (cloudinit/util.py fully_decoded_payload) before sniffing an x-shellscript
    // part's first line (cloudinit/user_data.py _process_msg). userData.ts mimeParts() decodes only base64 and
    // quoted-printable, so the uuencoded text is judged as an opaque script (or a YAML scalar) and the SSH key / root
    // script from /data goes unseen. Refusing any other transfer encoding (7bit/8bit/binary aside) closes it.
    dev(
        "a uuencoded (Content-Transfer-Encoding: x-uuencode) text/x-shellscript part carrying #cloud-config with an SSH key",
        part(
            "dev-uuencoded-nodes",
            "text/x-shellscript",
            [uuencode(KEYED_CLOUD_CONFIG.join("\n") + "\n")],
            ["Content-Transfer-Encoding: x-uuencode"],
        ),
        /SSH authorized key/,
    ),
    // Was a MISS (fixed in round 40): (as above, uuencode): a uuencoded script part; cloud-init decodes it and runs `bash /data/boot.sh` as root, so
    // whoever writes /data runs code as root on the node.
    dev(
        "a uuencoded text/x-shellscript part running bash /data/boot.sh",
        part(
            "dev-uuencoded-script-nodes",
            "text/x-shellscript",
            [uuencode("#!/bin/bash\nbash /data/boot.sh\n")],
            ["Content-Transfer-Encoding: x-uuencode"],
        ),
        /\/data/,
    ),
    dev(
        "a #cloud-config-jsonp part adding ssh_authorized_keys by JSON patch",
        part("dev-jsonp-prefix-nodes", "text/plain", [
            "#cloud-config-jsonp",
            JSON.stringify([{ op: "add", path: "/ssh_authorized_keys", value: [SSH_KEY] }]),
        ]),
        /SSH authorized key/,
    ),
    // Was a MISS (fixed in round 40): cloud-init's cloud-config handler also takes text/cloud-config-jsonp (and a `#cloud-config-jsonp` first line)
    // and applies the RFC 6902 JSON patch to the merged cloud-config (cloudinit/handlers/cloud_config.py CC_TYPES,
    // _merge_patch; jsonpatch is in cloud-init's requirements.txt). userData.ts partsOf() has no jsonp kind: the
    // JSON body is sniffed as plain text and read best effort, so /ssh_pwauth and /chpasswd added by the patch (a password
    // login for ec2-user, passwordless sudo on AL2023) go unseen; the SSH-key and /data variants are caught only by
    // their literal text. Applying the patch (or refusing jsonp parts) closes it.
    dev(
        "a text/cloud-config-jsonp part turning on password SSH for ec2-user by JSON patch",
        part("dev-jsonp-type-nodes", "text/cloud-config-jsonp", [
            JSON.stringify([
                { op: "add", path: "/ssh_pwauth", value: true },
                { op: "add", path: "/chpasswd", value: { users: [{ name: "ec2-user", password: "x", type: "text" }] } },
            ]),
        ]),
        /password/i,
    ),
    dev(
        "a text/cloud-config-jsonp part adding ssh_authorized_keys by JSON patch",
        part("dev-jsonp-key-nodes", "text/cloud-config-jsonp", [
            JSON.stringify([{ op: "add", path: "/ssh_authorized_keys", value: [SSH_KEY] }]),
        ]),
        /SSH authorized key/,
    ),
    // Neighbours (round 40): a patch appending to a list, and one whose move the pack cannot follow.
    dev(
        "a jsonp patch appending one runcmd entry (/runcmd/-) that runs /srv/boot.sh",
        part("dev-jsonp-append-nodes", "text/cloud-config-jsonp", [
            JSON.stringify([{ op: "add", path: "/runcmd/-", value: ["bash", "/srv/boot.sh"] }]),
        ]),
        /\/srv/,
    ),
    dev(
        "a jsonp patch moving content between keys",
        part("dev-jsonp-move-nodes", "text/cloud-config-jsonp", [
            JSON.stringify([{ op: "move", from: "/bootcmd", path: "/runcmd" }]),
        ]),
        /JSON patch with a move operation/,
    ),
    dev(
        "a text/cloud-config-jsonp part adding a runcmd that runs /data/boot.sh",
        part("dev-jsonp-runcmd-nodes", "text/cloud-config-jsonp", [
            JSON.stringify([{ op: "add", path: "/runcmd", value: [["bash", "/data/boot.sh"]] }]),
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 40): (as above, uuencode): a uuencoded text/cloud-config part; the pack reads the uu text as a YAML scalar.
    dev(
        "a uuencoded text/cloud-config part installing an SSH key",
        part(
            "dev-uuencoded-cloud-nodes",
            "text/cloud-config",
            [uuencode(KEYED_CLOUD_CONFIG.join("\n") + "\n")],
            ["Content-Transfer-Encoding: x-uuencode"],
        ),
        /SSH authorized key/,
    ),
    dev(
        "an application/gzip part (base64) holding a cloud-config installing an SSH key",
        part(
            "dev-gzip-part-nodes",
            "application/gzip",
            [b64(gzipSync(KEYED_CLOUD_CONFIG.join("\n") + "\n"))],
            ["Content-Transfer-Encoding: base64"],
        ),
        /SSH authorized key/,
    ),
    // Was a MISS (fixed in round 40): cloud-init re-types a text/x-shellscript part by its first line (canonical/cloud-init cloudinit/user_data.py
    // _process_msg: `if ctype_orig in TYPE_NEEDED + ["text/x-shellscript"]: ctype = find_ctype(payload)`, "all shellscript
    // payloads must have a #! header"), so a `#cloud-config` body is merged as cloud-config: ssh_pwauth and chpasswd give
    // ec2-user (passwordless sudo on AL2023) a password login, root on the node. userData.ts partsOf() takes every
    // SCRIPT_TYPES part as a script without sniffing, and the script reader does not see cloud-config keys (the SSH-key
    // variant above is caught only by the key text). Sniffing text/x-shellscript parts as cloud-init does closes it.
    dev(
        "a text/x-shellscript part whose body is #cloud-config turning on password SSH for ec2-user",
        part("dev-sniffed-pw-nodes", "text/x-shellscript", PASSWORD_CLOUD_CONFIG),
        /password/i,
    ),
    // Was a MISS (fixed in round 40): cloud-init takes user data as MIME when "mime-version:" appears in its first 4096 bytes (cloudinit/user_data.py
    // convert_string) and parses it with Python's email package, which accepts any header (X-Generated-By, Subject ...);
    // checked with Python's email.message_from_string: one text/cloud-config part with ssh_pwauth/chpasswd. userData.ts
    // mimeParts() takes a header block as MIME only when EVERY line is a Content-*/MIME-Version header, so it reads the
    // whole message as plain text (best effort) and the password login goes unseen. EKS merges its own NodeConfig into
    // MIME user data of AL2023 managed node groups (EKS docs, "Customizing managed nodes with launch templates"), so
    // the user data needs none.
    dev(
        "MIME user data with an extra top-level header and a cloud-config part turning on password SSH",
        rawUserData("dev-extra-header-pw-nodes", [
            "MIME-Version: 1.0",
            "X-Generated-By: node-userdata-builder",
            'Content-Type: multipart/mixed; boundary="BOUNDARY"',
            "",
            "--BOUNDARY",
            "Content-Type: text/cloud-config",
            "",
            ...PASSWORD_CLOUD_CONFIG,
            "",
            "--BOUNDARY--",
            "",
        ]),
        /password/i,
    ),
    // Was a MISS (fixed in round 40): a part with two Content-Type headers: Python's email package (cloud-init) returns the FIRST (Message.get /
    // get_content_type iterate the headers in order; checked with email.message_from_string: text/cloud-config), and
    // Go's textproto MIMEHeader.Get (nodeadm) also the first; userData.ts headersOf() keeps the LAST (a Map set), sniffs
    // the header-less YAML body as text and misses ssh_pwauth/chpasswd. Refusing repeated Content-* headers (or taking
    // the first) closes it.
    dev(
        "a part with two Content-Type headers (text/cloud-config, then text/plain) turning on password SSH",
        part("dev-two-types-pw-nodes", "text/cloud-config", PASSWORD_CLOUD_CONFIG.slice(1), [
            "Content-Type: text/plain",
        ]),
        /password/i,
    ),
];

const secure: NodeCase[] = [
    dev(
        "a text/x-shellscript part whose body is a harmless #cloud-config (timezone, a sysctl file)",
        part("dev-sniffed-ok-nodes", "text/x-shellscript", [
            "#cloud-config",
            "timezone: UTC",
            "write_files:",
            "  - path: /etc/sysctl.d/99-net.conf",
            "    content: net.core.somaxconn = 4096",
        ]),
    ),
    dev(
        "MIME user data with an extra top-level header and a harmless cloud-config part",
        rawUserData("dev-extra-header-ok-nodes", [
            "MIME-Version: 1.0",
            "X-Generated-By: node-userdata-builder",
            'Content-Type: multipart/mixed; boundary="BOUNDARY"',
            "",
            "--BOUNDARY",
            "Content-Type: text/cloud-config",
            "",
            "#cloud-config",
            "timezone: UTC",
            "",
            "--BOUNDARY--",
            "",
        ]),
    ),
    dev(
        "a text/cloud-config-jsonp part setting the timezone",
        part("dev-jsonp-ok-nodes", "text/cloud-config-jsonp", [
            JSON.stringify([{ op: "add", path: "/timezone", value: "UTC" }]),
        ]),
    ),
    dev(
        "a quoted-printable cloud-config part setting the timezone",
        part(
            "dev-qp-ok-nodes",
            "text/cloud-config",
            ["#cloud-config", "timezone: UTC"],
            ["Content-Transfer-Encoding: quoted-printable"],
        ),
    ),
    dev(
        "a 7bit cloud-config part (Content-Transfer-Encoding: 7bit) setting the timezone",
        part(
            "dev-7bit-ok-nodes",
            "text/cloud-config",
            ["#cloud-config", "timezone: UTC"],
            ["Content-Transfer-Encoding: 7bit"],
        ),
    ),
];

describeNodeCases("red team round 40: node user data envelopes (as cloud-init reads them)", insecure, secure);
