// Red-team round 39 on EKS NODE user data (fresh eyes), against engine/rootReads.ts, engine/shell.ts and
// engine/userData.ts. Probes data directories reached WITHOUT being named literally (cloud-init Jinja templates, bash
// ANSI-C quoting, globs, brace expansion, indirect expansion, decoded or translated paths, /proc/<pid>/root, relative
// paths from a working directory the program sets itself: cron's HOME, env --chdir), and at/batch job files. Secure
// neighbours (the same features without the opening) must stay clean. Misses are `it.skip` with a MISS comment.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    describeNodeCases,
    EFFECTIVE,
    mime,
    NodeCase,
    nodeConfig,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";
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

const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));
const cloud = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withCloudConfig(lines));
/** AL2023 user data whose first part is `body` as given (a Jinja-templated part), then the NodeConfig. */
const raw = (name: string, type: string, body: string[]) => (r: Resources) =>
    al2023Nodes(
        r,
        name,
        mime([
            { type, body: body.join("\n") },
            { type: "application/node.eks.aws", body: nodeConfig([]) },
        ]),
    );

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 39): a cloud-init Jinja template builds the data directory's name. cloud-init docs "User data formats", "Jinja
    // template": "Jinja templating may be used for cloud-config and user data scripts" (header `## template: jinja`; a
    // text/plain MIME part is typed by its first line, cloudinit/handlers type_from_starts_with), and
    // cloudinit/handlers/jinja_template.py renders the payload with jinja2 before handing it to the script handler, so
    // the script cloud-init runs as root is `bash /data/boot.sh` (Jinja's `~` concatenates strings): whoever writes /data
    // runs code as root on the node. userData.ts sniff() drops the header and reads the unrendered text, where no data
    // directory appears. The same holds for a Jinja cloud-config (next case, `join` filter). Reading `{{`/`{%` in a
    // Jinja part as unreadable (or rendering literal expressions) would close it.
    dev(
        "Jinja shell part: bash {{ '/da' ~ 'ta' }}/boot.sh",
        raw("dev-jinja-shell-nodes", "text/plain", [
            "## template: jinja",
            "#!/bin/bash",
            "bash {{ '/da' ~ 'ta' }}/boot.sh",
        ]),
        /Jinja template/,
    ),
    // Was a MISS (fixed in round 39): as above, a Jinja cloud-config whose runcmd entry renders to [bash, /srv/boot.sh] (jinja2 `join` filter);
    // cloud-init docs "Jinja template", "Example cloud-config".
    dev(
        "Jinja cloud-config: runcmd bash {{ ['', 'srv', 'boot.sh'] | join('/') }}",
        raw("dev-jinja-cloud-nodes", "text/plain", [
            "## template: jinja",
            "#cloud-config",
            "runcmd:",
            "  - [bash, \"{{ ['', 'srv', 'boot.sh'] | join('/') }}\"]",
        ]),
        /Jinja template/,
    ),
    dev(
        "ANSI-C quoting: bash $'/\\x64ata/boot.sh'",
        script("dev-ansic-nodes", ["bash $'/\\x64ata/boot.sh'"]),
        /\/data/,
    ),
    dev("a glob: bash /dat?/boot.sh", script("dev-glob-nodes", ["bash /dat?/boot.sh"]), /\/dat/),
    dev("a bracket glob: source /sr[v]/env.sh", script("dev-bracket-nodes", ["source /sr[v]/env.sh"]), /\/sr/),
    dev(
        "brace expansion: source /{data,opt}/env.sh",
        script("dev-brace-nodes", ["source /{data,opt}/env.sh"]),
        /\/data/,
    ),
    dev(
        'indirect expansion: X=/data/boot.sh; N=X; bash "${!N}"',
        script("dev-indirect-nodes", ["X=/data/boot.sh", "N=X", 'bash "${!N}"']),
        /\/data/,
    ),
    // Was a MISS (fixed in round 39): the script root runs is named by a command substitution whose output the reader does not know. GNU Bash
    // manual 3.5.4 "Command Substitution" (the word is replaced by the command's output) and coreutils base64 -d:
    // `L2RhdGEvYm9vdC5zaA==` decodes to /data/boot.sh, so cloud-init (root) runs `bash /data/boot.sh`. Round 25 refuses
    // decoded text piped INTO a shell, round 33 knows what echo/printf/realpath print, but a program or script operand
    // that is an unknown substitution (base64 -d, tr, sed, xxd -r ...) is accepted. A root interpreter (bash, sh,
    // source, python3 ...) whose script operand is unknown could be refused as unverifiable, as unknown user data is.
    dev(
        'a decoded path: P=$(echo L2RhdGEvYm9vdC5zaA== | base64 -d); bash "$P"',
        script("dev-b64-path-nodes", ["P=$(echo L2RhdGEvYm9vdC5zaA== | base64 -d)", 'bash "$P"']),
        /./,
    ),
    // Was a MISS (fixed in round 39): as above with tr(1) (coreutils: "translate ... characters"): rot13 of /qngn/obbg.fu is /data/boot.sh.
    dev(
        'a rot13 path: bash "$(echo /qngn/obbg.fu | tr a-z n-za-m)"',
        script("dev-tr-path-nodes", ['bash "$(echo /qngn/obbg.fu | tr a-z n-za-m)"']),
        /./,
    ),
    dev(
        "printf assembles the path: bash \"$(printf '/%s/boot.sh' data)\"",
        script("dev-printf-path-nodes", ["bash \"$(printf '/%s/boot.sh' data)\""]),
    ),
    dev(
        "through /proc/1/root: bash /proc/1/root/data/boot.sh",
        script("dev-proc-root-nodes", ["bash /proc/1/root/data/boot.sh"]),
        /\/data/,
    ),
    dev(
        "through /proc/self/cwd after cd /: . /proc/self/cwd/srv/env.sh",
        script("dev-proc-cwd-nodes", ["cd /", ". /proc/self/cwd/srv/env.sh"]),
        /\/srv/,
    ),
    dev(
        "env --chdir=/ bash data/boot.sh",
        script("dev-env-chdir-nodes", ["env --chdir=/ bash data/boot.sh"]),
        /\/data/,
    ),
    dev(
        "a relative path from cloud-init's working directory /: bash data/boot.sh",
        script("dev-relative-nodes", ["bash data/boot.sh"]),
        /\/data/,
    ),
    dev(
        "a root cron job with a path relative to root's HOME: bash ../data/boot.sh",
        cloud("dev-cron-relative-nodes", [
            "write_files:",
            "  - path: /etc/cron.d/boot",
            "    content: |",
            "      */5 * * * * root bash ../data/boot.sh",
        ]),
        /\/data/,
    ),
    dev(
        "a root systemd service with a relative script (WorkingDirectory defaults to /): bash srv/boot.sh",
        cloud("dev-unit-relative-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/boot-hook.service",
            "    content: |",
            "      [Service]",
            "      Type=oneshot",
            "      ExecStart=/usr/bin/bash srv/boot.sh",
            "      [Install]",
            "      WantedBy=multi-user.target",
            "runcmd:",
            "  - systemctl enable --now boot-hook.service",
        ]),
        /\/srv/,
    ),
    dev("at -f /data/job now", script("dev-at-file-nodes", ["at -f /data/job now"]), /\/data/),
    dev(
        "echo 'bash /srv/boot.sh' | batch",
        script("dev-batch-echo-nodes", ["echo 'bash /srv/boot.sh' | batch"]),
        /\/srv/,
    ),
    // Was a MISS (fixed in round 39): eval of decoded text. GNU Bash manual 4.1 "Bourne Shell Builtins", eval: "The arguments are concatenated
    // together into a single command, which is then read and executed"; the argument decodes to `bash /data/boot.sh`.
    // Round 25 decided that decoded or downloaded text piped into a shell is refused like #include
    // (`base64 -d <<< ... | bash`), and so is `bash -c "$(base64 -d ...)"` (next case), but the same text given to the eval
    // builtin is accepted.
    dev(
        'eval of a decoded command: eval "$(echo YmFzaCAvZGF0YS9ib290LnNo | base64 -d)"',
        script("dev-eval-b64-nodes", ['eval "$(echo YmFzaCAvZGF0YS9ib290LnNo | base64 -d)"']),
        /./,
    ),
    dev(
        'bash -c of a decoded command: bash -c "$(base64 -d <<< YmFzaCAvZGF0YS9ib290LnNo)"',
        script("dev-bash-c-b64-nodes", ['bash -c "$(base64 -d <<< YmFzaCAvZGF0YS9ib290LnNo)"']),
    ),
    // Neighbours (round 39): any Jinja statement or filter is unreadable, whatever it renders.
    dev(
        "Jinja {% if %} block choosing what root runs",
        raw("dev-jinja-if-nodes", "text/plain", [
            "## template: jinja",
            "#!/bin/bash",
            "{% if v1.region == 'eu-west-1' %}bash /opt/boot.sh{% endif %}",
        ]),
        /Jinja template/,
    ),
    dev(
        "Jinja variable with a filter ({{ v1.instance_id | replace('i-', '/data/') }})",
        raw("dev-jinja-filter-nodes", "text/plain", [
            "## template: jinja",
            "#!/bin/bash",
            "bash {{ v1.instance_id | replace('i-', '/data/') }}.sh",
        ]),
        /Jinja template/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "Jinja shell part labelling the node with its availability zone ({{ v1.availability_zone }}, {{ ds.meta_data['instance-type'] }})",
        raw("dev-jinja-az-ok-nodes", "text/plain", [
            "## template: jinja",
            "#!/bin/bash",
            "echo 'zone={{ v1.availability_zone }} type={{ ds.meta_data['instance-type'] }}' >> /var/log/node-facts.log",
        ]),
    ),
    dev(
        "Jinja cloud-config writing the instance id to a log",
        raw("dev-jinja-ok-nodes", "text/cloud-config", [
            "## template: jinja",
            "#cloud-config",
            "runcmd:",
            "  - echo {{ v1.instance_id }} >> /var/log/boot-id.log",
        ]),
    ),
    dev(
        "ANSI-C quoting in a log line and mkdir -p /data/validator",
        script("dev-ansic-ok-nodes", ["mkdir -p /data/validator", "printf $'boot done\\n' >> /var/log/boot.log"]),
    ),
    dev(
        "cd /opt/app && ./install.sh (a node path the pods cannot write)",
        script("dev-cd-opt-ok-nodes", ["cd /opt/app && ./install.sh"]),
    ),
    dev(
        "a systemd path unit watching /data/reload that restarts a node service",
        cloud("dev-path-unit-ok-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/reload-agent.path",
            "    content: |",
            "      [Path]",
            "      PathModified=/data/reload",
            "      [Install]",
            "      WantedBy=multi-user.target",
            "  - path: /etc/systemd/system/reload-agent.service",
            "    content: |",
            "      [Service]",
            "      Type=oneshot",
            "      ExecStart=/usr/bin/systemctl restart chronyd.service",
            "runcmd:",
            "  - systemctl enable --now reload-agent.path",
        ]),
    ),
    dev(
        "a root cron job cleaning /data/tmp with find -delete",
        cloud("dev-cron-clean-ok-nodes", [
            "write_files:",
            "  - path: /etc/cron.d/clean-data",
            "    content: |",
            "      0 3 * * * root /usr/bin/find /data/tmp -type f -mtime +7 -delete",
        ]),
    ),
    dev(
        "a glob over a node directory: cat /etc/motd.d/* >> /var/log/motd.log",
        script("dev-glob-ok-nodes", ["cat /etc/motd.d/* >> /var/log/motd.log"]),
    ),
];

describeNodeCases("red team round 39: node user data (paths not named literally)", insecure, secure);
