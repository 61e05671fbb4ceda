// Red-team round 44 on EKS NODE user data (fresh eyes): SECURE node user data careful platform teams write, read by
// round 41–43's allowlists (policy-pack/engine/containers.ts option tables, userData.ts, rootReads.ts).
// Probed: vendor-documented container runs with options outside RUN_OPTIONS/CTR_OPTIONS (ctr's CFS quota, docker's
// per-container --storage-opt size, podman's pull retries/--tls-verify/--http-proxy=false), the AWS install steps for
// the SSM and CloudWatch agents and the Neuron repository, a containerd mirror to an ECR pull-through cache, the
// kubelet's allowedUnsafeSysctls via nodeadm and Prometheus' node exporter as its README runs it; and INSECURE
// neighbours that must stay refused (the node exporter's documented `/:/host` bind, /proc with SYS_PTRACE, the same
// unknown options next to a kubelet-key bind or a privileged container on pod-writable storage, an agent RPM from a
// pod-writable directory).
// Misses are `skip: true` (it.skip) with a MISS comment and the doc checked.
import { al2023Nodes, describeNodeCases, devNodeCase, mime, NodeCase, nodeConfig } from "./nodeBuilders";
import { Resources } from "./support";

const dev = devNodeCase;

/** The NodeConfig part joining the dev cluster (extra `spec` lines). */
const nodePart = (spec: string[] = []) => ({ type: "application/node.eks.aws", body: nodeConfig(spec) });

/** A bash shell part (`set -euo pipefail`, then the lines), then the NodeConfig. */
const script = (name: string, lines: string[]) => (r: Resources) =>
    al2023Nodes(
        r,
        name,
        mime([
            nodePart(),
            {
                type: 'text/x-shellscript; charset="us-ascii"',
                body: ["#!/bin/bash", "set -euo pipefail", ...lines].join("\n"),
            },
        ]),
    );

/** AL2023 user data given as text lines. */
const raw = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, lines.join("\n"));

/**
 * The AWS Knowledge Center's user data that runs its shell part on every boot: a cloud-config part setting
 * `cloud_final_modules: [[scripts-user, always]]`, each part with its own MIME-Version, Content-Transfer-Encoding and
 * Content-Disposition headers, then the NodeConfig.
 */
const everyBoot = (name: string, lines: string[]) =>
    raw(name, [
        'Content-Type: multipart/mixed; boundary="//"',
        "MIME-Version: 1.0",
        "",
        "--//",
        'Content-Type: text/cloud-config; charset="us-ascii"',
        "MIME-Version: 1.0",
        "Content-Transfer-Encoding: 7bit",
        'Content-Disposition: attachment; filename="cloud-config.txt"',
        "",
        "#cloud-config",
        "cloud_final_modules:",
        "- [scripts-user, always]",
        "",
        "--//",
        'Content-Type: text/x-shellscript; charset="us-ascii"',
        "MIME-Version: 1.0",
        "Content-Transfer-Encoding: 7bit",
        'Content-Disposition: attachment; filename="userdata.txt"',
        "",
        "#!/bin/bash",
        ...lines,
        "",
        "--//",
        "Content-Type: application/node.eks.aws",
        "",
        ...nodeConfig([]).split("\n"),
        "",
        "--//--",
        "",
    ]);

/** Only a NodeConfig with `spec` lines. */
const nodeadm = (name: string, spec: string[]) => (r: Resources) => al2023Nodes(r, name, mime([nodePart(spec)]));

const DATA = ["mkfs.xfs -f -L data /dev/nvme1n1", "mkdir -p /data", "mount -o noatime,nodev,nosuid LABEL=data /data"];
const DOCKER = "dnf install -y docker && systemctl enable --now docker";
const IMAGE = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/validator-init:1.4.2";
const SCANNER = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/node-inventory:3.0.1";
const AGENT = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/disk-agent:2.1.0";
const EXPORTER = "quay.io/prometheus/node-exporter:v1.8.2";

const insecure: NodeCase[] = [
    dev(
        "ctr run --cpu-quota 50000 --cpu-period 100000 --mount src=/var/lib/kubelet/pki node-inventory",
        script("dev-ctr-quota-pki-nodes", [
            `ctr -n agents images pull ${SCANNER}`,
            "ctr -n agents run -d --cpu-quota 50000 --cpu-period 100000 --read-only " +
                "--mount type=bind,src=/var/lib/kubelet/pki,dst=/pki,options=rbind:ro " +
                `${SCANNER} node-inventory /usr/local/bin/node-inventory`,
        ]),
        /kubelet/,
    ),
    dev(
        "node exporter as its README runs it: docker run --net=host --pid=host -v /:/host:ro,rslave node-exporter --path.rootfs=/host",
        script("dev-node-exporter-rootfs-nodes", [
            DOCKER,
            `docker run -d --net="host" --pid="host" -v "/:/host:ro,rslave" ${EXPORTER} --path.rootfs=/host`,
        ]),
    ),
    dev(
        "docker run --storage-opt size=10G --privileged -v /data/agent:/state disk-agent /state/start.sh",
        script("dev-storage-opt-priv-data-nodes", [
            ...DATA,
            DOCKER,
            `docker run -d --name disk-agent --storage-opt size=10G --privileged -v /data/agent:/state ${AGENT} /state/start.sh`,
        ]),
        /\/data/,
    ),
    dev(
        "podman run --retry 3 --retry-delay 10s --tls-verify=true -v /var/lib/kubelet/pki:/pki:ro node-inventory",
        script("dev-podman-retry-pki-nodes", [
            "dnf install -y podman",
            "podman run -d --name node-inventory --retry 3 --retry-delay 10s --tls-verify=true --read-only --cap-drop ALL " +
                `-v /var/lib/kubelet/pki:/pki:ro ${SCANNER}`,
        ]),
        /kubelet/,
    ),
    dev(
        "podman run --http-proxy=false --privileged -v /data/agent:/state disk-agent /state/start.sh",
        script("dev-podman-noproxy-priv-data-nodes", [
            ...DATA,
            "dnf install -y podman",
            `podman run -d --name disk-agent --http-proxy=false --privileged -v /data/agent:/state ${AGENT} /state/start.sh`,
        ]),
        /\/data/,
    ),
    dev(
        "the SSM agent RPM installed from the pod-writable data disk: dnf install -y /data/pkgs/amazon-ssm-agent.rpm",
        script("dev-ssm-rpm-data-nodes", [
            ...DATA,
            "dnf install -y /data/pkgs/amazon-ssm-agent.rpm",
            "systemctl enable --now amazon-ssm-agent",
        ]),
        /\/data/,
    ),
    dev(
        "a registry mirror whose hosts.toml trusts a CA on the pod-writable data disk (ca = /data/registry/ca.crt)",
        script("dev-mirror-ca-data-nodes", [
            ...DATA,
            "mkdir -p /etc/containerd/certs.d/docker.io",
            "cat > /etc/containerd/certs.d/docker.io/hosts.toml <<'EOF'",
            'server = "https://registry-1.docker.io"',
            "",
            '[host."https://mirror.internal.example:5000"]',
            '  capabilities = ["pull", "resolve"]',
            '  ca = "/data/registry/ca.crt"',
            "EOF",
        ]),
        /\/data/,
    ),
    dev(
        "ctr run --cpu-quota 50000 --privileged --mount src=/data/agent (a privileged container on pod-writable storage)",
        script("dev-ctr-quota-priv-data-nodes", [
            ...DATA,
            `ctr -n agents images pull ${AGENT}`,
            "ctr -n agents run -d --cpu-quota 50000 --cpu-period 100000 --privileged " +
                "--mount type=bind,src=/data/agent,dst=/state,options=rbind:rw " +
                `${AGENT} disk-agent /state/start.sh`,
        ]),
        /\/data/,
    ),
    dev(
        "a Neuron repository served from the pod-writable data disk (baseurl=file:///data/repo, gpgcheck=0), then dnf install",
        script("dev-neuron-repo-data-nodes", [
            ...DATA,
            "tee /etc/yum.repos.d/neuron.repo > /dev/null <<'EOF'",
            "[neuron]",
            "name=Neuron YUM Repository",
            "baseurl=file:///data/repo",
            "enabled=1",
            "gpgcheck=0",
            "EOF",
            "dnf install -y aws-neuronx-dkms",
        ]),
        /\/data/,
    ),
    dev(
        "the Knowledge Center's every-boot user data (scripts-user, always) whose script copies /var/lib/kubelet/pki to /data",
        everyBoot("dev-every-boot-pki-nodes", [...DATA, "cp -a /var/lib/kubelet/pki /data/pki-backup"]),
        /kubelet/,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 44): (secure refused) ctr's `--cpu-quota`/`--cpu-period` ("Limit CPU CFS quota"/"period": containerd
    // cmd/ctr/commands/commands_unix.go, ContainerFlags beside rootfs/no-pivot/device) only cap the container's CPU, as a
    // pod's resources.limits.cpu does; CTR_OPTIONS lacks both, so the read-only validator is "not pod-like" and its
    // /data bind is refused as root reading a pod-writable directory. Platform teams lose CPU caps on ctr-run agents.
    // Fix: add cpu-quota, cpu-period (and cpu-burst) to CTR_OPTIONS as plain.
    dev(
        "ctr -n agents run --cpu-quota 50000 --cpu-period 100000 --read-only --mount src=/data/validator ... --home /data",
        script("dev-ctr-quota-ok-nodes", [
            ...DATA,
            `ctr -n agents images pull ${IMAGE}`,
            "ctr -n agents run -d --cpu-quota 50000 --cpu-period 100000 --read-only " +
                "--mount type=bind,src=/data/validator,dst=/data,options=rbind:rw " +
                `${IMAGE} validator-init /usr/local/bin/validator-init --home /data`,
        ]),
    ),
    // Was a MISS (fixed in round 44): (secure refused) `--storage-opt size=10G` caps the container's writable layer (docker run reference,
    // "Set storage driver options per container (--storage-opt)": `docker run -it --storage-opt size=120G fedora`; a
    // rootfs quota, like a pod's ephemeral-storage limit); RUN_OPTIONS lacks it, so the confined validator is not
    // pod-like and its /data bind refused. Fix: accept `--storage-opt size=N` as plain (other keys stay unknown).
    dev(
        "docker run --storage-opt size=10G --read-only --cap-drop ALL --user 10001 -v /data/validator:/data ... --home /data",
        script("dev-storage-opt-ok-nodes", [
            ...DATA,
            DOCKER,
            "docker run -d --name validator-init --storage-opt size=10G --read-only --cap-drop ALL --user 10001:10001 " +
                `-v /data/validator:/data ${IMAGE} --home /data`,
        ]),
    ),
    // Was a MISS (fixed in round 44): (secure refused) podman's `--retry`/`--retry-delay` (podman >= 5.0: "Number of times to retry pulling or
    // pushing images between the registry and local storage"; containers/podman docs/source/markdown/options/retry.md,
    // retry-delay.md) and `--tls-verify=true` (the default, require HTTPS and verify certificates) concern only the
    // image pull; RUN_OPTIONS lacks them, so the confined validator is not pod-like and its /data bind refused. Fix:
    // add retry, retry-delay as plain and tls-verify as plain only when true (false weakens the pull, not the pod).
    dev(
        "podman run --retry 3 --retry-delay 10s --tls-verify=true --read-only --cap-drop ALL -v /data/validator:/data ... --home /data",
        script("dev-podman-retry-ok-nodes", [
            ...DATA,
            "dnf install -y podman",
            "podman run -d --name validator-init --retry 3 --retry-delay 10s --tls-verify=true --read-only --cap-drop ALL " +
                `--user 10001:10001 -v /data/validator:/data:Z ${IMAGE} --home /data`,
        ]),
    ),
    // Was a MISS (fixed in round 44): (secure refused) `--http-proxy=false` stops podman passing the node's http(s)_proxy/no_proxy variables
    // into the container (containers/podman docs/source/markdown/options/http-proxy.md: "By default proxy environment
    // variables are passed into the container ... This can be disabled by setting the value to false"): it passes
    // less, yet RUN_OPTIONS lacks it, so the confined validator is not pod-like and its /data bind refused. Fix: add
    // http-proxy as a boolean (note that its default `true` passes root's proxy variables, like `-e NAME`: judge
    // them as inheritedEnv when a credential may sit in a proxy URL).
    dev(
        "podman run --http-proxy=false --read-only --cap-drop ALL -v /data/validator:/data ... --home /data",
        script("dev-podman-noproxy-ok-nodes", [
            ...DATA,
            "dnf install -y podman",
            "podman run -d --name validator-init --http-proxy=false --read-only --cap-drop ALL " +
                `--user 10001:10001 -v /data/validator:/data:Z ${IMAGE} --home /data`,
        ]),
    ),
    dev(
        "the SSM agent installed from its regional S3 bucket (dnf install -y https://s3.eu-west-1.amazonaws.com/amazon-ssm-eu-west-1/...)",
        script("dev-ssm-rpm-ok-nodes", [
            "dnf install -y https://s3.eu-west-1.amazonaws.com/amazon-ssm-eu-west-1/latest/linux_amd64/amazon-ssm-agent.rpm",
            "systemctl enable amazon-ssm-agent",
            "systemctl start amazon-ssm-agent",
        ]),
    ),
    dev(
        "the Neuron repository and driver as the Neuron setup guide writes them (tee /etc/yum.repos.d/neuron.repo, rpm --import, dnf install)",
        script("dev-neuron-repo-ok-nodes", [
            "tee /etc/yum.repos.d/neuron.repo > /dev/null <<EOF",
            "[neuron]",
            "name=Neuron YUM Repository",
            "baseurl=https://yum.repos.neuron.amazonaws.com",
            "enabled=1",
            "metadata_expire=0",
            "EOF",
            "rpm --import https://yum.repos.neuron.amazonaws.com/GPG-PUB-KEY-AMAZON-AWS-NEURON.PUB",
            "dnf install -y kernel-devel-$(uname -r) kernel-headers-$(uname -r)",
            "dnf install -y aws-neuronx-dkms-2.* aws-neuronx-tools-2.*",
        ]),
    ),
    dev(
        "a docker.io mirror to an ECR pull-through cache in /etc/containerd/certs.d/docker.io/hosts.toml (override_path)",
        script("dev-mirror-ecr-ptc-ok-nodes", [
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
    dev(
        "a NodeConfig kubelet config allowing the namespaced sysctls net.core.somaxconn and net.ipv4.tcp_* (allowedUnsafeSysctls)",
        nodeadm("dev-unsafe-sysctls-ok-nodes", [
            "  kubelet:",
            "    config:",
            "      allowedUnsafeSysctls:",
            '        - "net.core.somaxconn"',
            '        - "net.ipv4.tcp_*"',
        ]),
    ),
    dev(
        "node exporter as nobody without capabilities: --net=host --pid=host --user 65534 --cap-drop ALL -v /proc:/host/proc:ro -v /sys:/host/sys:ro",
        script("dev-node-exporter-ok-nodes", [
            DOCKER,
            "docker run -d --name node-exporter --restart always --net=host --pid=host --read-only --cap-drop ALL " +
                "--user 65534:65534 --security-opt no-new-privileges " +
                `-v /proc:/host/proc:ro -v /sys:/host/sys:ro ${EXPORTER} --path.procfs=/host/proc --path.sysfs=/host/sys`,
        ]),
    ),
    dev(
        "a NodeConfig with RAID0 instance store and kubelet flags for labels/taints and a shutdown grace period",
        nodeadm("dev-raid-flags-ok-nodes", [
            "  instance:",
            "    localStorage:",
            "      strategy: RAID0",
            "  kubelet:",
            "    config:",
            "      shutdownGracePeriod: 60s",
            "      shutdownGracePeriodCriticalPods: 20s",
            "    flags:",
            "      - --node-labels=workload=validator",
            "      - --register-with-taints=dedicated=validator:NoSchedule",
        ]),
    ),
    dev(
        "the Knowledge Center's every-boot user data (cloud_final_modules: [scripts-user, always], per-part MIME headers) setting sysctls",
        everyBoot("dev-every-boot-ok-nodes", [
            "cat > /etc/sysctl.d/90-validator.conf <<'EOF'",
            "net.core.somaxconn = 4096",
            "net.ipv4.tcp_keepalive_time = 120",
            "EOF",
            "sysctl --system",
        ]),
    ),
];

describeNodeCases("red team round 44: secure node user data the allowlists read (fresh eyes)", insecure, secure);
