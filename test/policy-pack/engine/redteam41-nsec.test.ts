// Red-team round 41 on EKS NODE user data (fresh eyes): SECURE user data near round 40's rules (MIME read as
// cloud-init reads it, text/x-shellscript re-typed by its first line, cloud-config JSON patches, container runs with
// --security-opt and node-secret binds) in the shapes real tools generate: Terraform's cloudinit_config (Content-Type
// before MIME-Version, 7bit parts with their own Mime-Version and Content-Disposition), Karpenter's "//" boundary,
// the EKS user guide's "==MYBOUNDARY==" example, a gzip part (application/x-gzip, base64), `#cloud-config-jsonp`
// bodies of text/cloud-config-jsonp parts, harmless jsonp appends; nerdctl/ctr runs of log and metrics agents with
// read-only binds, hardening --security-opt values, boolean flags written `=false`, NET_BIND_SERVICE; instance-store
// RAID0 with mdadm; a kubelet image credential provider config for a mirror; and insecure neighbours of each.
// Misses are `skip: true` (it.skip) with a MISS comment and the doc checked (one insecure accepted: a jsonp patch
// at path "" replacing the whole cloud-config; three secure refused: a text/cloud-config-jsonp body keeping its
// `#cloud-config-jsonp` line, --cap-add NET_BIND_SERVICE and --privileged=false read as escalation).
import { gzipSync } from "zlib";
import {
    al2023Nodes,
    b64,
    describeNodeCases,
    devNodeCase,
    mime,
    NodeCase,
    nodeConfig,
    SSH_KEY,
    withScript,
} from "./nodeBuilders";
import { Resources } from "./support";

const dev = devNodeCase;

/** The NodeConfig part joining the dev cluster. */
const nodePart = { type: "application/node.eks.aws", body: nodeConfig([]) };

/** AL2023 user data: the NodeConfig, then one part of `type` (extra `headers`) with `body` lines. */
const part =
    (name: string, type: string, body: string[], headers: string[] = []) =>
    (r: Resources) =>
        al2023Nodes(r, name, mime([nodePart, { type, headers, body: body.join("\n") }]));

/** AL2023 user data given as text lines (top-level headers the mime() builder does not write). */
const raw = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, lines.join("\n"));

/** A shell part on AL2023 dev nodes. */
const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));

const DATA = ["mkfs.xfs -f -L data /dev/nvme1n1", "mkdir -p /data", "mount -o noatime,nodev,nosuid LABEL=data /data"];
const NODECONFIG = nodeConfig([]).split("\n");
const KEYED = ["#cloud-config", "ssh_authorized_keys:", `  - ${SSH_KEY}`];
const FLUENT = "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2";
const IMAGE = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/validator-init:1.4.2";
const SYSCTL = [
    "#!/bin/bash",
    "set -euo pipefail",
    "cat > /etc/sysctl.d/90-validator.conf <<'EOF'",
    "net.core.somaxconn = 4096",
    "vm.max_map_count = 262144",
    "EOF",
    "sysctl --system",
];

/** Terraform cloudinit_config's rendering (hashicorp/terraform-provider-cloudinit): parts with 7bit and Mime-Version. */
const terraformMime = (parts: { type: string; file: string; body: string[] }[]) => [
    'Content-Type: multipart/mixed; boundary="MIMEBOUNDARY"',
    "MIME-Version: 1.0",
    "",
    ...parts.flatMap(p => [
        "--MIMEBOUNDARY",
        `Content-Disposition: attachment; filename="${p.file}"`,
        "Content-Transfer-Encoding: 7bit",
        `Content-Type: ${p.type}`,
        "Mime-Version: 1.0",
        "",
        ...p.body,
        "",
    ]),
    "--MIMEBOUNDARY--",
    "",
];

const insecure: NodeCase[] = [
    // cloud-init re-types a text/x-shellscript part by its payload's start AFTER lstrip() (handlers/__init__.py
    // type_from_starts_with: `payload_lc = payload_lc.lstrip()`); a blank line before #cloud-config still makes it one.
    dev(
        "a text/x-shellscript part: a blank line, then #cloud-config with ssh_authorized_keys",
        part("dev-blank-sniff-key-nodes", "text/x-shellscript", ["", ...KEYED]),
        /SSH|key/i,
    ),
    dev(
        "a text/plain part: a blank line, then #cloud-config with ssh_authorized_keys",
        part("dev-blank-plain-key-nodes", "text/plain", ["", ...KEYED]),
        /SSH|key/i,
    ),
    // Was a MISS (fixed in round 41): (insecure accepted) a JSON patch whose path is "" (RFC 6902/6901: the whole document) REPLACES the merged
    // cloud-config with its value (python-jsonpatch, jsonpatch.py AddOperation.apply: `if part is None: obj = value
    // # we're replacing the root`; ReplaceOperation: `if part is None: return value`), and cloud-init applies it
    // (cloudinit/handlers/cloud_config.py _merge_patch: JsonPatch.from_string(payload).apply(self.cloud_buf)). So
    // whoever holds the key logs in to the node (root by sudo: every pod's token). userData.ts jsonPatch() skips ops
    // whose keys are empty (`if (keys.length === 0 ...) continue`). Fix: an add/replace at "" is the value as the
    // whole cloud-config (judge it; a non-object unreadable).
    dev(
        'a text/cloud-config-jsonp part replacing the whole document (path "") with ssh_authorized_keys',
        part("dev-jsonp-root-key-nodes", "text/cloud-config-jsonp", [
            JSON.stringify([{ op: "add", path: "", value: { ssh_authorized_keys: [SSH_KEY] } }]),
        ]),
        /SSH|key/i,
    ),
    // The same patch with the `#cloud-config-jsonp` line: refused (today as unreadable; see secure case 6).
    dev(
        "a text/cloud-config-jsonp part starting with #cloud-config-jsonp adding ssh_authorized_keys",
        part("dev-jsonp-prefixed-key-nodes", "text/cloud-config-jsonp", [
            "#cloud-config-jsonp",
            JSON.stringify([{ op: "add", path: "/ssh_authorized_keys", value: [SSH_KEY] }]),
        ]),
        /SSH|key|JSON/i,
    ),
    // --privileged=true (the neighbour of secure case 11's --privileged=false).
    dev(
        "nerdctl run --privileged=true -v /data/validator:/data ... --home /data",
        script("dev-nerdctl-privtrue-nodes", [
            ...DATA,
            `nerdctl -n validator run --rm --privileged=true -v /data/validator:/data ${IMAGE} --home /data`,
        ]),
        /\/data/,
    ),
    // Terraform's rendering with a script part copying the kubelet's pki into /data.
    dev(
        "Terraform cloudinit_config MIME: a 7bit shell part copying /var/lib/kubelet/pki into /data",
        raw(
            "dev-tf-cp-pki-nodes",
            terraformMime([
                {
                    type: "text/x-shellscript",
                    file: "10-data.sh",
                    body: ["#!/bin/bash", ...DATA, "cp -a /var/lib/kubelet/pki /data/backup"],
                },
                { type: "application/node.eks.aws", file: "20-nodeconfig.yaml", body: NODECONFIG },
            ]),
        ),
        /kubelet/,
    ),
    // A gzip part (cloud-init DECOMP_TYPES) holding a cloud-config with a key.
    dev(
        "an application/x-gzip base64 part holding a #cloud-config with ssh_authorized_keys",
        part(
            "dev-gzip-key-nodes",
            "application/x-gzip",
            [b64(gzipSync(KEYED.join("\n")))],
            ["Content-Transfer-Encoding: base64"],
        ),
        /SSH|key/i,
    ),
    // Karpenter's boundary with a shell part running a script from /data.
    dev(
        'Karpenter-style MIME (boundary "//"): a shell part running /data/hooks/init.sh',
        raw("dev-karpenter-data-nodes", [
            "MIME-Version: 1.0",
            'Content-Type: multipart/mixed; boundary="//"',
            "",
            "--//",
            'Content-Type: text/x-shellscript; charset="us-ascii"',
            "",
            "#!/bin/bash",
            ...DATA,
            "bash /data/hooks/init.sh",
            "--//",
            "Content-Type: application/node.eks.aws",
            "",
            ...NODECONFIG,
            "--//--",
            "",
        ]),
        /\/data/,
    ),
    // --cap-add SYS_ADMIN is an escalation (a neighbour of the NET_BIND_SERVICE secure case).
    dev(
        "nerdctl run --cap-drop ALL --cap-add SYS_ADMIN -v /data/validator:/data ... --home /data",
        script("dev-nerdctl-sysadmin-nodes", [
            ...DATA,
            "nerdctl -n validator run --rm --cap-drop ALL --cap-add SYS_ADMIN -v /data/validator:/data " +
                `${IMAGE} --home /data`,
            "bash /data/post-init.sh",
        ]),
        /\/data/,
    ),
    // --security-opt seccomp=unconfined on a log agent that binds /data read-write and runs a script there.
    dev(
        "nerdctl run --security-opt seccomp=unconfined -v /data/agent:/state ... sh /state/start.sh",
        script("dev-nerdctl-unconfined-nodes", [
            ...DATA,
            `nerdctl run -d --name log-agent --security-opt seccomp=unconfined -v /var/log:/var/log:ro -v /data/agent:/state ${FLUENT} sh /state/start.sh`,
        ]),
        /\/data/,
    ),
    // The RAID0 array mounted both at /data and bind-mounted at /var/lib/kubelet (one filesystem at both).
    dev(
        "mdadm RAID0 of instance-store disks mounted at /data and /var/lib/kubelet bound from /data/kubelet",
        script("dev-raid0-kubelet-bind-nodes", [
            "mdadm --create --force --verbose /dev/md0 --level=0 --raid-devices=2 /dev/nvme1n1 /dev/nvme2n1",
            "mkfs.xfs -f /dev/md0",
            "mkdir -p /data /data/kubelet /var/lib/kubelet",
            "mount /dev/md0 /data",
            "mount --bind /data/kubelet /var/lib/kubelet",
        ]),
        /kubelet|\/data/,
    ),
    // A registry mirror in the data directory: containerd reads hosts.toml, here linked from /data.
    dev(
        "containerd certs.d/_default/hosts.toml symlinked from /data/registry/hosts.toml",
        script("dev-certsd-link-data-nodes", [
            ...DATA,
            "mkdir -p /etc/containerd/certs.d/_default",
            "ln -sf /data/registry/hosts.toml /etc/containerd/certs.d/_default/hosts.toml",
        ]),
        /\/data/,
    ),
];

const secure: NodeCase[] = [
    // 1. Terraform's cloudinit_config rendering (Content-Type before MIME-Version; 7bit parts with their own
    // Mime-Version and Content-Disposition) of a sysctl script and the NodeConfig.
    dev(
        "Terraform cloudinit_config MIME: a 7bit sysctl shell part and the NodeConfig",
        raw(
            "dev-tf-sysctl-nodes",
            terraformMime([
                { type: "text/x-shellscript", file: "10-sysctl.sh", body: SYSCTL },
                { type: "application/node.eks.aws", file: "20-nodeconfig.yaml", body: NODECONFIG },
            ]),
        ),
    ),
    // 2. The same, gzip + base64 as a whole (cloudinit_config gzip = true, base64_encode = true): the launch template
    // takes the base64 as it is.
    dev("Terraform cloudinit_config MIME, gzip + base64_encode as a whole (sysctl part, NodeConfig)", r =>
        al2023Nodes(
            r,
            "dev-tf-gzip-nodes",
            gzipSync(
                terraformMime([
                    { type: "text/x-shellscript", file: "10-sysctl.sh", body: SYSCTL },
                    { type: "application/node.eks.aws", file: "20-nodeconfig.yaml", body: NODECONFIG },
                ]).join("\n"),
            ) as unknown as string,
        ),
    ),
    // 3. Karpenter's rendering of an EC2NodeClass's userData for AL2023 (boundary "//").
    dev(
        'Karpenter-style MIME (boundary "//"): a shell part formatting /data, then the NodeConfig',
        raw("dev-karpenter-ok-nodes", [
            "MIME-Version: 1.0",
            'Content-Type: multipart/mixed; boundary="//"',
            "",
            "--//",
            'Content-Type: text/x-shellscript; charset="us-ascii"',
            "",
            "#!/bin/bash",
            ...DATA,
            "--//",
            "Content-Type: application/node.eks.aws",
            "",
            ...NODECONFIG,
            "--//--",
            "",
        ]),
    ),
    // 4. The EKS user guide's launch template example (boundary "==MYBOUNDARY==", a preamble line).
    dev(
        'EKS user guide MIME example (boundary "==MYBOUNDARY==", preamble) echoing a line',
        raw("dev-myboundary-nodes", [
            "MIME-Version: 1.0",
            'Content-Type: multipart/mixed; boundary="==MYBOUNDARY=="',
            "",
            "This is a multi-part message in MIME format.",
            "",
            "--==MYBOUNDARY==",
            'Content-Type: text/x-shellscript; charset="us-ascii"',
            "",
            "#!/bin/bash",
            'echo "Running custom user data script"',
            "",
            "--==MYBOUNDARY==",
            "Content-Type: application/node.eks.aws",
            "",
            ...NODECONFIG,
            "",
            "--==MYBOUNDARY==--",
            "",
        ]),
    ),
    // 5. A gzip part (application/x-gzip, base64): cloud-init decompresses and sniffs it (user_data.py DECOMP_TYPES).
    dev(
        "an application/x-gzip base64 part holding the sysctl script",
        part(
            "dev-gzip-ok-nodes",
            "application/x-gzip",
            [b64(gzipSync(SYSCTL.join("\n")))],
            ["Content-Transfer-Encoding: base64"],
        ),
    ),
    // Was a MISS (fixed in round 41): (secure refused) 6. a text/cloud-config-jsonp part whose body keeps its `#cloud-config-jsonp` first line
    // (the same text that, as text/plain, round 40 reads). cloud-init strips it whatever the part's type
    // (cloudinit/handlers/cloud_config.py _merge_patch: `payload = payload.lstrip(); payload =
    // util.strip_prefix_suffix(payload, prefix=JSONP_PREFIX)` before JsonPatch.from_string), but userData.ts partsOf()
    // hands the text/cloud-config-jsonp body to jsonPatch() unstripped, JSON.parse fails and a harmless timezone patch
    // is refused as "a cloud-config JSON patch that does not parse". Fix: lstrip and drop a leading
    // `#cloud-config-jsonp` in jsonPatch() (as sniff() already does for text/plain).
    dev(
        "a text/cloud-config-jsonp part whose body starts with #cloud-config-jsonp (timezone)",
        part("dev-jsonp-prefixed-ok-nodes", "text/cloud-config-jsonp", [
            "#cloud-config-jsonp",
            JSON.stringify([{ op: "add", path: "/timezone", value: "UTC" }]),
        ]),
        /./,
    ),
    // 7. jsonp appending a harmless runcmd entry and a write_files sysctl file.
    dev(
        "a jsonp patch appending runcmd (sysctl --system) and write_files (a sysctl.d file)",
        part("dev-jsonp-append-ok-nodes", "text/cloud-config-jsonp", [
            JSON.stringify([
                {
                    op: "add",
                    path: "/write_files/-",
                    value: { path: "/etc/sysctl.d/90-net.conf", content: "net.core.somaxconn = 4096\n" },
                },
                { op: "add", path: "/runcmd/-", value: ["sysctl", "--system"] },
                { op: "replace", path: "/package_update", value: false },
            ]),
        ]),
    ),
    // 8. A text/x-shellscript part with a blank line before its shebang (cloud-init's sniff lstrips: still a script).
    dev(
        "a text/x-shellscript part with a leading blank line and a shebang (sysctl)",
        part("dev-blank-shebang-ok-nodes", "text/x-shellscript", ["", ...SYSCTL]),
    ),
    // 9. Fluent Bit via nerdctl: /var/log read-only, its state in /var/fluent-bit/state, config read-only, hardened.
    dev(
        "nerdctl run -d aws-for-fluent-bit -v /var/log:/var/log:ro -v /etc/fluent-bit:/fluent-bit/etc:ro --security-opt no-new-privileges:true",
        script("dev-fluentbit-nerdctl-nodes", [
            "install -d -m 0755 /var/fluent-bit/state",
            "nerdctl run -d --name fluent-bit --restart always --read-only --cap-drop ALL " +
                "--security-opt no-new-privileges:true --security-opt apparmor=nerdctl-default " +
                "-v /var/log:/var/log:ro -v /etc/fluent-bit:/fluent-bit/etc:ro -v /var/fluent-bit/state:/var/fluent-bit/state " +
                `${FLUENT} /fluent-bit/bin/fluent-bit -c /fluent-bit/etc/fluent-bit.conf`,
        ]),
    ),
    // Was a MISS (fixed in round 41): (secure refused) 10. a validator container with `--cap-drop ALL --cap-add NET_BIND_SERVICE` (the Docker run
    // reference's own hardening example, "Runtime privilege and Linux capabilities") is judged NOT pod-like, so its
    // data bind is read as root reading /data/validator. A pod may add NET_BIND_SERVICE and stay confined (Pod
    // Security Standards, Baseline "Capabilities" allowed list; podSpec.ts CONFINED_CAPABILITIES), and the same run
    // without --cap-add is accepted (round 40 case 17). rootReads.ts podLikeContainer() treats every --cap-add as
    // escalation. Fix: --cap-add escalates only with a capability outside podSpec.ts confinedCapability() (ALL too).
    dev(
        "nerdctl run --cap-drop ALL --cap-add NET_BIND_SERVICE --user 10001 -v /data/validator:/data ... --home /data",
        script("dev-nerdctl-netbind-nodes", [
            ...DATA,
            "install -d -o 10001 -g 10001 -m 0750 /data/validator",
            "nerdctl -n validator run --rm --network none --read-only --cap-drop ALL --cap-add NET_BIND_SERVICE " +
                "--user 10001:10001 -v /data/validator:/data " +
                `${IMAGE} --home /data`,
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 41): (secure refused) 11. `--privileged=false` and `--read-only=true` are the CLI's explicit spelling of a
    // boolean (docker CLI reference, "Option types": "Boolean options take the form -d=false"; nerdctl uses the same
    // pflag parser), common in templated units. podLikeContainer() matches /^--privileged(=|$)/ and counts
    // `--privileged=false` as privileged, so the run is judged a root process reading /data/validator. Fix: a boolean
    // escalation flag escalates unless its value is false/0 (keep --privileged=true refused: insecure case above).
    dev(
        "nerdctl run --privileged=false --read-only=true --user 10001 -v /data/validator:/data ... --home /data",
        script("dev-nerdctl-privfalse-nodes", [
            ...DATA,
            "nerdctl -n validator run --rm --privileged=false --read-only=true --network none --cap-drop ALL " +
                "--user 10001:10001 -v /data/validator:/data " +
                `${IMAGE} --home /data`,
        ]),
        /./,
    ),
    // 12. A custom seccomp profile (a root-owned file) and the SELinux container type.
    dev(
        "nerdctl run --security-opt seccomp=/etc/validator/seccomp.json --security-opt label=type:container_t -v /data/validator:/data",
        script("dev-nerdctl-seccomp-file-nodes", [
            ...DATA,
            "nerdctl -n validator run --rm --network none --cap-drop ALL --user 10001:10001 " +
                "--security-opt seccomp=/etc/validator/seccomp.json --security-opt label=type:container_t " +
                "-v /data/validator:/data " +
                `${IMAGE} --home /data`,
        ]),
    ),
    // 13. ctr run of a GPU-less metrics agent reading the kubelet's pod-resources socket read-only (not a secret).
    dev(
        "ctr run node-metrics with --mount src=/var/lib/kubelet/pod-resources ro and /data/metrics rw",
        script("dev-ctr-podresources-nodes", [
            ...DATA,
            "ctr -n metrics run -d " +
                "--mount type=bind,src=/var/lib/kubelet/pod-resources,dst=/var/lib/kubelet/pod-resources,options=rbind:ro " +
                "--mount type=bind,src=/data/metrics,dst=/out,options=rbind:rw " +
                `${IMAGE} node-metrics /usr/bin/node-metrics --out /out`,
        ]),
    ),
    // 14. Instance-store RAID0 with mdadm, the array at /data with an fstab line, mdadm.conf.
    dev(
        "mdadm RAID0 of instance-store NVMe disks (nvme list), mkfs.xfs, /data, fstab by UUID, mdadm.conf",
        script("dev-raid0-mdadm-nodes", [
            "dnf install -y mdadm nvme-cli",
            "mapfile -t DEVICES < <(nvme list | awk '/Amazon EC2 NVMe Instance Storage/ {print $1}')",
            'if [ "${#DEVICES[@]}" -gt 0 ]; then',
            '  mdadm --create --force --verbose /dev/md0 --level=0 --raid-devices="${#DEVICES[@]}" "${DEVICES[@]}"',
            "  mkfs.xfs -f -L data /dev/md0",
            "  mkdir -p /data",
            "  mount -o noatime,nodev,nosuid /dev/md0 /data",
            '  echo "UUID=$(blkid -s UUID -o value /dev/md0) /data xfs defaults,noatime,nodev,nosuid,nofail 0 2" >> /etc/fstab',
            "  mdadm --detail --scan >> /etc/mdadm.conf",
            "fi",
        ]),
    ),
    // 15. nodeadm's own RAID0 of the instance store (NodeConfig instance.localStorage.strategy: RAID0).
    dev("NodeConfig instance.localStorage.strategy: RAID0 (nodeadm's default mount path)", r =>
        al2023Nodes(
            r,
            "dev-localstorage-raid0-nodes",
            mime([
                {
                    type: "application/node.eks.aws",
                    body: nodeConfig(["  instance:", "    localStorage:", "      strategy: RAID0"]),
                },
            ]),
        ),
    ),
    // 16. A registry mirror for docker.io in containerd's certs.d (hosts.toml, no client keys).
    dev(
        "containerd certs.d/docker.io/hosts.toml with an ECR pull-through cache mirror",
        script("dev-certsd-mirror-nodes", [
            "mkdir -p /etc/containerd/certs.d/docker.io",
            "cat > /etc/containerd/certs.d/docker.io/hosts.toml <<'EOF'",
            'server = "https://registry-1.docker.io"',
            "",
            '[host."https://111111111111.dkr.ecr.eu-west-1.amazonaws.com/v2/docker-hub"]',
            '  capabilities = ["pull", "resolve"]',
            "  override_path = true",
            "EOF",
        ]),
    ),
    // 17. A systemd unit running the CloudWatch agent container with /var/log read-only, non-root.
    dev(
        "systemd unit log-shipper.service: ExecStart=/usr/local/bin/nerdctl run ... -v /var/log:/var/log:ro",
        script("dev-unit-nerdctl-logs-nodes", [
            "cat > /etc/systemd/system/log-shipper.service <<'EOF'",
            "[Unit]",
            "Description=Ship node logs",
            "After=containerd.service network-online.target",
            "Requires=containerd.service",
            "",
            "[Service]",
            "ExecStartPre=-/usr/local/bin/nerdctl rm -f log-shipper",
            "ExecStart=/usr/local/bin/nerdctl run --rm --name log-shipper --read-only --cap-drop ALL " +
                "--security-opt no-new-privileges -v /var/log:/var/log:ro -v /etc/fluent-bit:/fluent-bit/etc:ro " +
                FLUENT,
            "ExecStop=/usr/local/bin/nerdctl stop log-shipper",
            "Restart=always",
            "",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl daemon-reload",
            "systemctl enable --now log-shipper.service",
        ]),
    ),
];

describeNodeCases("red team round 41: node user data as tools generate it (secure shapes)", insecure, secure);
