// Red-team round 40 on EKS NODE user data (fresh eyes): SECURE variants near round 39's rules (values of unknown
// substitutions marked unknown, programs/scripts/eval made at boot refused, Jinja parts with anything but plain
// variables refused, pod-like container runs accepted) that careful platform teams write: $(hostname), $(date +%s),
// $(nproc), $(uname -r), $(curl ... instance-id) in paths, labels, file names, logs, sysctl values and mount labels;
// functions returning values by echo, retry wrappers running "$@", wrappers written with exec "$@", command -v
// checks, $(command -v ...), /etc/os-release and /etc/eks/release sourced, "$(dirname "$0")", nerdctl runs with
// read-only binds, Jinja parts with plain variables; and insecure neighbours. Misses are `it.skip` with a MISS
// comment and the doc checked (two insecure accepted: containers binding the kubelet's pki read-only with no data
// directory in their words; one secure refused: nerdctl --security-opt no-new-privileges read as escalation).
import {
    al2023Nodes,
    b64,
    CLUSTER,
    describeNodeCases,
    devNodeCase,
    mime,
    NodeCase,
    nodeConfig,
    PRIMARY,
    withScript,
} from "./nodeBuilders";
import { Resources } from "./support";
import { managedNodes } from "./variantBuilders";

const dev = devNodeCase;

/** A shell part on AL2023 dev nodes. */
const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));

/** AL2 user data (bootstrap.sh) for the dev cluster. */
const al2 = (name: string, lines: string[]) => (r: Resources) =>
    managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev, amiType: "AL2_x86_64" }, name, {
        userData: b64(["#!/bin/bash", "set -euo pipefail", ...lines].join("\n")),
    });

/** The instance-store data disk formatted and mounted at /data. */
const DATA = ["mkfs.xfs -f -L data /dev/nvme1n1", "mkdir -p /data", "mount -o noatime,nodev,nosuid LABEL=data /data"];
/** The IMDSv2 session token (EC2 user guide, "Use the Instance Metadata Service to access instance metadata"). */
const TOKEN = [
    'TOKEN=$(curl -sS -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 300")',
];
const MD = "http://169.254.169.254/latest/meta-data";
const IID = [`IID=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/instance-id)`];
const KUBELET_PEM = "/var/lib/kubelet/pki/kubelet-client-current.pem";
const IMAGE = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/validator-init:1.4.2";

const insecure: NodeCase[] = [
    // A retry wrapper runs its arguments ("$@"); here the arguments copy the kubelet's client key into /data.
    dev(
        'retry() { until "$@"; do sleep 2; done; }; retry cp the kubelet client pem /data/validator/',
        script("dev-retry-cp-pem-nodes", [
            ...DATA,
            'retry() { local n=0; until "$@"; do n=$((n+1)); [ "$n" -ge 5 ] && return 1; sleep $((n*2)); done; }',
            `retry cp ${KUBELET_PEM} /data/validator/`,
        ]),
        /kubelet|\/data/,
    ),
    // A runner function executing a hook script a pod may write.
    dev(
        'run_hook() { "$@"; }; run_hook bash /data/hooks/post-mount.sh',
        script("dev-func-hook-data-nodes", [
            ...DATA,
            'run_hook() { logger -t hook "$*"; "$@"; }',
            "run_hook bash /data/hooks/post-mount.sh",
        ]),
        /\/data/,
    ),
    // A fallback path into a data directory when the tool is not installed.
    dev(
        'PROG=$(command -v validator-init || echo /data/bin/validator-init); "$PROG" --init',
        script("dev-cmdv-fallback-data-nodes", [
            ...DATA,
            "PROG=$(command -v validator-init || echo /data/bin/validator-init)",
            '"$PROG" --init',
        ]),
        /\/data/,
    ),
    // A per-host environment file sourced from a data directory.
    dev(
        'source "/data/validator/env-$(hostname)"',
        script("dev-source-hostname-data-nodes", [...DATA, 'source "/data/validator/env-$(hostname)"']),
        /\/data/,
    ),
    // mktemp -d inside /data then a copy of the kubelet key there.
    dev(
        'D=$(mktemp -d -p /data); cp the kubelet client pem "$D/"',
        script("dev-mktemp-data-pem-nodes", [...DATA, "D=$(mktemp -d -p /data)", `cp ${KUBELET_PEM} "$D/"`]),
        /kubelet|\/data/,
    ),
    // ctr run of the image's own entrypoint with the kubelet's pki bound read-only and a pod-writable directory
    // read-write: a pod with these two hostPaths is refused (podSpec.ts: read-only hostPaths holding credentials).
    dev(
        "ctr run (image entrypoint) --mount src=/var/lib/kubelet/pki ro and src=/data/validator rw",
        script("dev-ctr-entry-pki-data-nodes", [
            ...DATA,
            `ctr -n validator images pull ${IMAGE}`,
            "ctr -n validator run --rm " +
                "--mount type=bind,src=/var/lib/kubelet/pki,dst=/pki,options=rbind:ro " +
                "--mount type=bind,src=/data/validator,dst=/out,options=rbind:rw " +
                `${IMAGE} validator-init`,
        ]),
        /kubelet|\/data/,
    ),
    // Was a MISS (fixed in round 40) (insecure accepted): a long-running container the node's root starts with the kubelet's client certificate
    // AND key (kubelet-client-current.pem) bound read-only holds the node's Kubernetes identity (system:node:<name>;
    // the Node authorizer lets it read the Secrets and request the ServiceAccount tokens of the node's pods). The pack
    // refuses the same thing as a pod (podSpec.ts: read-only hostPaths that hold credentials, NODE_SECRETS has
    // /var/lib/kubelet), and podLikeContainer() says such a run is NOT pod-like, but rootReads.ts then only refuses a
    // non-pod-like run whose command words map to a DATA directory (RootReads.writable(mapped)): a secret bind with no
    // data directory is never refused. Docs: Kubernetes "Using Node Authorization"; nerdctl README (default CNI
    // bridge network); podSpec.ts NODE_SECRETS/holdsNodeSecrets.
    dev(
        "nerdctl run -d --restart always -v /var/lib/kubelet/pki:/pki:ro (the node's identity in a long-running container)",
        script("dev-nerdctl-pki-daemon-nodes", [
            `nerdctl -n validator run -d --restart always --name node-reporter -v /var/lib/kubelet/pki:/pki:ro ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 40) (insecure accepted): the container prints the kubelet's client key to the script's output, which
    // cloud-init copies to /var/log/cloud-init-output.log (round 31/37: printed node secrets are refused; `cat` of the
    // pem on the host IS refused). The bind maps /pki back to /var/lib/kubelet/pki, but the mapped words are only
    // checked against data directories, never against secretFlow's printing rules. Docs: cloud-init "Output"
    // (cloud_final_modules output: /var/log/cloud-init-output.log); ctr run prints the task's stdout (attached unless -d).
    // ctr run printing the kubelet's client pem to the script's output (cloud-init-output.log).
    dev(
        "ctr run --mount src=/var/lib/kubelet/pki ro ... cat /pki/kubelet-client-current.pem (printed to the log)",
        script("dev-ctr-cat-pki-nodes", [
            "ctr -n validator run --rm --mount type=bind,src=/var/lib/kubelet/pki,dst=/pki,options=rbind:ro " +
                `${IMAGE} cat-pem cat /pki/kubelet-client-current.pem`,
        ]),
        /kubelet/,
    ),
];

const secure: NodeCase[] = [
    // 1. Hostname and epoch in directory and log file names (no data directory read).
    dev(
        'HN=$(hostname); TS=$(date +%s); install -d "/data/validator/$HN"; exec > >(tee -a "/var/log/user-data-$TS.log") 2>&1',
        script("dev-hn-ts-paths-nodes", [
            "HN=$(hostname)",
            "TS=$(date +%s)",
            'exec > >(tee -a "/var/log/user-data-$TS.log") 2>&1',
            ...DATA,
            'install -d -o 10001 -g 10001 -m 0750 "/data/validator/$HN"',
            'echo "$TS data ready on $HN"',
        ]),
    ),
    // 2. sysctl value computed from nproc by arithmetic expansion (always a number; bash(1) "Arithmetic Expansion").
    dev(
        "sysctl -w kernel.pid_max=$(( $(nproc) * 4096 )) and net.core.somaxconn",
        script("dev-sysctl-nproc-nodes", [
            "CPUS=$(nproc)",
            'sysctl -w "kernel.pid_max=$(( CPUS * 4096 ))"',
            "sysctl -w net.core.somaxconn=4096",
        ]),
    ),
    // 3. A kernel module loaded only when the running kernel ships it (uname -r in the path of a test).
    dev(
        'KVER=$(uname -r); if [ -f "/lib/modules/$KVER/kernel/drivers/md/raid0.ko.xz" ]; then modprobe raid0; fi',
        script("dev-uname-modprobe-nodes", [
            "KVER=$(uname -r)",
            'if [ -f "/lib/modules/$KVER/kernel/drivers/md/raid0.ko.xz" ]; then modprobe raid0; fi',
            'logger -t user-data "kernel $KVER"',
        ]),
    ),
    // 4. The filesystem label derived from the instance id (xfs labels: 12 characters), mounted at /data only.
    dev(
        'LABEL="d${IID: -10}"; mkfs.xfs -L "$LABEL" /dev/nvme1n1; mount LABEL="$LABEL" /data',
        script("dev-label-iid-mount-nodes", [
            ...TOKEN,
            ...IID,
            'LABEL="d${IID: -10}"',
            'mkfs.xfs -f -L "$LABEL" /dev/nvme1n1',
            "mkdir -p /data",
            'mount -o noatime,nodev,nosuid LABEL="$LABEL" /data',
        ]),
    ),
    // 5. A metadata function returning values by echo (its output), used in a log line and a directory name.
    dev(
        'imds() { curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" "$MD/$1"; }; AZ=$(imds placement/availability-zone); install -d /data/validator/$AZ',
        script("dev-imds-func-nodes", [
            ...TOKEN,
            `MD=${MD}`,
            'imds() { curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" "$MD/$1"; }',
            "AZ=$(imds placement/availability-zone)",
            "ITYPE=$(imds instance-type)",
            ...DATA,
            'install -d -o 10001 -g 10001 -m 0750 "/data/validator/$AZ"',
            'logger -t user-data "$ITYPE in $AZ"',
        ]),
    ),
    // 6. A retry wrapper running "$@" with known arguments (package install, disk format).
    dev(
        'retry() { until "$@"; do sleep 2; done; }; retry dnf install -y mdadm nvme-cli; retry mkfs.xfs ...',
        script("dev-retry-known-nodes", [
            'retry() { local n=0; until "$@"; do n=$((n+1)); [ "$n" -ge 5 ] && return 1; sleep $((n*2)); done; }',
            "retry dnf install -y mdadm nvme-cli",
            "retry mkfs.xfs -f -L data /dev/nvme1n1",
            "mkdir -p /data",
            "mount -o noatime,nodev,nosuid LABEL=data /data",
        ]),
    ),
    // 7. A log function with a timestamp.
    dev(
        'log() { echo "$(date -Is) $*" >> /var/log/node-init.log; }; log "data at /data"',
        script("dev-log-func-nodes", [
            'log() { echo "$(date -Is) $(hostname) $*" >> /var/log/node-init.log; }',
            'log "formatting"',
            ...DATA,
            'log "data mounted at /data"',
        ]),
    ),
    // 8. command -v check before running a tool, and the tool through $(command -v ...).
    dev(
        'if command -v amazon-cloudwatch-agent-ctl; then ...; fi; KUBECTL=$(command -v kubectl); "$KUBECTL" version --client',
        script("dev-command-v-nodes", [
            "if command -v amazon-cloudwatch-agent-ctl >/dev/null 2>&1; then",
            "  amazon-cloudwatch-agent-ctl -a status",
            "fi",
            'if KUBECTL=$(command -v kubectl); then "$KUBECTL" version --client; fi',
        ]),
    ),
    // 9. A wrapper written to /usr/local/bin whose last line is exec "$@" (proxy environment for a tool).
    dev(
        "cat > /usr/local/sbin/with-proxy <<'EOF' (export HTTPS_PROXY; exec \"$@\") then with-proxy dnf makecache",
        script("dev-exec-args-wrapper-nodes", [
            "cat > /usr/local/sbin/with-proxy <<'EOF'",
            "#!/bin/sh",
            "export HTTPS_PROXY=http://proxy.corp.example:3128",
            "export NO_PROXY=169.254.169.254,localhost,.eks.amazonaws.com",
            'exec "$@"',
            "EOF",
            "chmod 0755 /usr/local/sbin/with-proxy",
            "/usr/local/sbin/with-proxy dnf -y makecache",
        ]),
    ),
    // 10. /etc/os-release sourced with `source`, its fields in a log line and a URL-less check.
    dev(
        'source /etc/os-release; logger "$PRETTY_NAME"; [ "$ID" = amzn ] || exit 1',
        script("dev-source-osrelease-nodes", [
            "source /etc/os-release",
            'logger -t user-data "booting on $PRETTY_NAME ($VERSION_ID)"',
            '[ "$ID" = amzn ] || exit 1',
            ...DATA,
        ]),
    ),
    // 11. AL2: /etc/eks/release (amazon-eks-ami writes BASE_AMI_ID, BUILD_TIME, BUILD_KERNEL, ARCH) sourced, logged.
    dev(
        "AL2: . /etc/eks/release; logger $BUILD_KERNEL $ARCH; bootstrap.sh",
        al2("dev-al2-eks-release-nodes", [
            ". /etc/eks/release",
            'logger -t user-data "AMI $BASE_AMI_ID kernel $BUILD_KERNEL arch $ARCH"',
            `/etc/eks/bootstrap.sh ${CLUSTER.dev}`,
        ]),
    ),
    // 12. The script's own name and directory for its log file ("$(dirname "$0")" is cloud-init's scripts dir).
    dev(
        'HERE="$(cd "$(dirname "$0")" && pwd)"; LOG="/var/log/$(basename "$0").log"; logger "$HERE"',
        script("dev-dirname-self-nodes", [
            'HERE="$(cd "$(dirname "$0")" && pwd)"',
            'LOG="/var/log/$(basename "$0").log"',
            'exec >>"$LOG" 2>&1',
            'echo "running from $HERE"',
            ...DATA,
        ]),
    ),
    // Was a MISS (fixed in round 40) (secure refused): `--security-opt no-new-privileges` TIGHTENS a container (sets the kernel's no_new_privs
    // bit: no setuid/setgid gain; CIS Docker Benchmark 5.25/5.26 "Ensure that the container is restricted from
    // acquiring additional privileges": `docker run --security-opt=no-new-privileges`; nerdctl is Docker-compatible).
    // rootReads.ts podLikeContainer() treats ANY --security-opt as escalation, so this hardened run is judged a root
    // process reading /data/validator; the same run without it (case 17) is accepted. Only seccomp=unconfined,
    // apparmor=unconfined, label=disable/label:disable, systempaths=unconfined, no-new-privileges=false relax.
    // 13. nerdctl run of an init image: no network, read-only rootfs, non-root, caps dropped, config read-only and
    // its data directory read-write.
    dev(
        "nerdctl run --network none --read-only --cap-drop ALL --user 10001 -v /etc/validator:/config:ro -v /data/validator:/data",
        script("dev-nerdctl-ro-nodes", [
            ...DATA,
            "install -d -o 10001 -g 10001 -m 0750 /data/validator",
            `nerdctl -n validator pull ${IMAGE}`,
            "nerdctl -n validator run --rm --network none --read-only --cap-drop ALL " +
                "--security-opt no-new-privileges --user 10001:10001 " +
                "-v /etc/validator:/config:ro -v /data/validator:/data " +
                `${IMAGE} --config /config/genesis.json --home /data`,
        ]),
    ),
    // 14. A Jinja part with plain instance-data variables only (cloud-init docs "Instance-data": v1.instance_id,
    // v1.region, v1.availability_zone), used in a log and a directory name.
    dev(
        "## template: jinja shell part with {{ v1.instance_id }} and {{ v1.availability_zone }} in a log and a directory",
        r =>
            al2023Nodes(
                r,
                "dev-jinja-plain-nodes",
                mime([
                    {
                        type: 'text/x-shellscript; charset="us-ascii"',
                        body: [
                            "## template: jinja",
                            "#!/bin/bash",
                            "set -euo pipefail",
                            ...DATA,
                            'install -d -o 10001 -g 10001 -m 0750 "/data/validator/{{ v1.availability_zone }}"',
                            'logger -t user-data "{{ v1.instance_id }} in {{ v1.region }}"',
                        ].join("\n"),
                    },
                    { type: "application/node.eks.aws", body: nodeConfig([]) },
                ]),
            ),
    ),
    // 15. The instance id in a marker file name under the validator's node state and in a mount option-less log.
    dev(
        'touch "/var/lib/validator/registered-$IID"; echo "$IID" > /etc/validator/instance-id',
        script("dev-iid-filenames-nodes", [
            ...TOKEN,
            ...IID,
            "install -d -m 0755 /var/lib/validator /etc/validator",
            'touch "/var/lib/validator/registered-$IID"',
            'echo "$IID" > /etc/validator/instance-id',
        ]),
    ),
    // 16. cd "$(mktemp -d)", a pinned tarball checked with sha256sum -c, a binary installed to /usr/local/bin.
    dev(
        'cd "$(mktemp -d)"; curl -fsSLO tarball; echo "$SUM  f" | sha256sum -c -; tar xzf; install -m 0755 bin /usr/local/bin',
        script("dev-mktemp-tar-install-nodes", [
            'cd "$(mktemp -d)"',
            "curl -fsSLO https://github.com/example/validator-health/releases/download/v1.2.0/validator-health_linux_amd64.tar.gz",
            'echo "3f1e7c0d7b5b0f9e4c2a9c6e2e1d6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c  validator-health_linux_amd64.tar.gz" | sha256sum -c -',
            "tar -xzf validator-health_linux_amd64.tar.gz validator-health",
            "install -m 0755 validator-health /usr/local/bin/validator-health",
            "/usr/local/bin/validator-health --version",
        ]),
    ),
];

const extra: NodeCase[] = [
    // 17. The same nerdctl run without --security-opt (control for 13).
    dev(
        "nerdctl run --network none --read-only --cap-drop ALL --user 10001 (no --security-opt), config ro, data rw",
        script("dev-nerdctl-ro-nosec-nodes", [
            ...DATA,
            "install -d -o 10001 -g 10001 -m 0750 /data/validator",
            "nerdctl -n validator run --rm --network none --read-only --cap-drop ALL --user 10001:10001 " +
                "-v /etc/validator:/config:ro -v /data/validator:/data " +
                `${IMAGE} --config /config/genesis.json --home /data`,
        ]),
    ),
    // 18. A CPU quota drop-in for the validator unit computed from nproc (arithmetic: a number).
    dev(
        "validator.service.d/cpu.conf with CPUQuota=$(( $(nproc) * 50 ))% through an unquoted here-document",
        script("dev-cpuquota-nproc-nodes", [
            "CPUS=$(nproc)",
            "install -d /etc/systemd/system/validator.service.d",
            "cat > /etc/systemd/system/validator.service.d/cpu.conf <<EOF",
            "[Service]",
            "CPUQuota=$(( CPUS * 50 ))%",
            "EOF",
            "systemctl daemon-reload",
        ]),
    ),
    // 19. The node's hostname mapped to loopback in /etc/hosts (common for tools resolving their own hostname).
    dev(
        'echo "127.0.0.1 $(hostname)" >> /etc/hosts',
        script("dev-hosts-hostname-nodes", ['echo "127.0.0.1 $(hostname)" >> /etc/hosts']),
    ),
    // 20. The availability zone exported to login shells through /etc/environment (a name known, value from IMDS).
    dev(
        'AZ from IMDS; echo "NODE_AZ=$AZ" >> /etc/environment',
        script("dev-env-az-nodes", [
            ...TOKEN,
            `AZ=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/placement/availability-zone)`,
            'echo "NODE_AZ=$AZ" >> /etc/environment',
        ]),
    ),
];
secure.push(...extra);

describeNodeCases("red-team round 40: EKS node user data (secure shapes)", insecure, secure);
