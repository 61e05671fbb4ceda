// Red-team round 87 on over-refusals (area secure, fresh eyes, from main): SECURE variants of the committed stacks
// next to the round-86 part-2 fixes, each beside an insecure twin that changes one detail.
// Probed: (node, dev) round 86 part-2 neighbours as everyday platform idioms: options naming commands (tar
// --to-command of sha256sum, rsync -e of the image ssh with strict host keys, tar --checkpoint-action=dot) vs /var/tmp
// and /tmp programs; TLS on (ctr/podman --tls-verify=true/skopeo pulls, the Kubernetes docs' kubectl install with
// sha256sum --check, aws s3 cp, curl --cacert of the image bundle, a user-data-written CA anchor + update-ca-trust, an
// https repo with gpgcheck/repo_gpgcheck and an https gpgkey, a written dnf.conf with localpkg_gpgcheck=1 then an http
// rpm, git -c http.sslVerify=true) vs http downloads, a /tmp --cacert, an http gpgcheck=0 repo, podman
// --tls-verify=false; mounts (the instance store in fstab and as a .mount unit at /var/lib/containerd and
// /var/lib/kubelet, a 0700 tmpfs, a read-only bind of /usr) vs an fstab bind of /var/tmp over /usr/local/bin; globs
// over image /etc/profile.d and extglob over a written directory vs /dev/shm; kubelet drop-ins (containerd endpoint,
// default volumePluginDir, protectKernelDefaults) vs an endpoint in /tmp; loopback/unix-only servers (otelcol
// --config endpoint 127.0.0.1, buildkitd unix socket, libvirtd without --listen) vs otelcol on 0.0.0.0; root Python
// (ptrace_scope 1 vs 0, subprocess argv of image programs); find -exec/parallel of root files vs /var/tmp; process
// substitution (sed -n, grep -Ev with quoted $ and |, mapfile < <(grep)) vs a /tmp file; ${V-W}, ${V:=W};
// dnf --installroot, systemd-run --scope, valgrind, capsh; IMDSv2; safe sysctls. (AWS, prod) Denies that hold
// (RequestedRegion of the key's Region, the IAM Region-restriction example, CurrentTime after 2020, PrincipalAccount,
// exact PrincipalArn, a Resource-scoped Deny) vs Denies that never hold (another Region, a past date, aws:SourceAccount
// of another account) and an encryption-context-only Decrypt; a VPC Flow Logs role with SourceAccount/SourceArn.
// (K8s, prod) RBAC by resourceNames (token requests, a Lease, kube-root-ca.crt) vs a token of the custody SA; a
// restricted pod with a projected audience token vs a read-only hostPath of the kubelet pki. (Other stacks)
// pod-identity role pinned by EKS session tags vs PassRole of the signer role; curity SSE-KMS uploads; trust-domain
// metric reads; cross-account kms:List*; basil Bottlerocket https mirror + lockdown vs an http mirror.
// Misses (0 insecure accepted, 9 secure refused):
//   - FETCHED-SCRIPT-VS-FETCHED-PROGRAM: S9, S9b (rootReads.ts scriptOperandWord check / this.unknown): a verified
//     https download run by bash is refused, the same run directly (S9c) is clean. Fixed in round 88 (verifiedDownloads,
//     RootReads.verifiedFetched; neighbours I9-I9g, S9d (DECIDED: source stays refused), S9e, S9f).
//   - PROCESS-SUBSTITUTION-LINE-SELECTORS: S30 sed -n '/re/p', S30d sort -u (rootReads.ts pipedFiles).
//   - PROCESS-SUBSTITUTION-QUOTED-METACHARACTERS: S30b grep -Ev '^(#|$)' (rootReads.ts substitutedFiles raw-text test).
//   - DEFAULT-ASSIGNMENT-NOT-KEPT: S33 `: "${LOG_DIR:=/var/log/ops}"`, S33b `LOG_DIR="${LOG_DIR:-/var/log/ops}"`, then
//     "$LOG_DIR/boot" (rootReads.ts shell state: an inherited variable is unknown in user data).
//   - DENY-REQUESTED-REGION-PIN: AS1, AS1b (model/conditions.ts asHeldBy; share-custody, custody-share-rings too).
//   (Not re-reported: a new non-custody CMK is a custody asset, round 84's ops-key-split design question.)
// Held: 22 of 22 insecure refused (I1-I13, AI1, AI1b, AI2-AI4, KI1, KI2, OI1, OI2); 53 of 62 secure clean.
import {
    bottlerocket,
    describeNodeCases,
    devNodeCase,
    devNodeScript,
    heredocFile,
    NodeCase,
    systemdUnit,
} from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";
import { describeVariants, Resources, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { aws, k8s, namespace, restricted, roleFor, trustedRole } from "./variantBuilders";

const n = (id: string) => `dev-${id}-87s-nodes`;
const KCFG = (json: string) => `{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration",${json}}`;
const unit = (id: string, exec: string, pre: string[] = []) =>
    devNodeScript(n(id), [...pre, ...systemdUnit("ops", [`ExecStart=${exec}`])]);

const insecure: NodeCase[] = [
    // I1 twin of S1: tar(1) --to-command "invokes command" once per extracted file (GNU tar "Writing to an External
    // Program"): a /var/tmp program (any user's, hier(7)) runs as root.
    devNodeCase(
        "I1 tar --to-command=/var/tmp/ingest -xf /etc/ops/b.tar-rt87s",
        devNodeScript(n("i1"), ["tar --to-command=/var/tmp/ingest -xf /etc/ops/b.tar"]),
    ),
    // I2 twin of S2: rsync -e names a remote shell program (rsync(1) "-e, --rsh=COMMAND"): /tmp/ssh runs as root.
    devNodeCase(
        "I2 rsync -e '/tmp/ssh -i /root/.ssh/id_ed25519' ...-rt87s",
        devNodeScript(n("i2"), ["rsync -a -e '/tmp/ssh -i /root/.ssh/id_ed25519' backup@10.0.0.5:/srv/ops/ /opt/ops/"]),
    ),
    // I3 twin of S5: podman pull --tls-verify=false (podman-pull(1): "--tls-verify ... Require HTTPS and verify
    // certificates"; false: anyone on the path serves the image the node runs).
    devNodeCase(
        "I3 podman pull --tls-verify=false registry.internal/ops/agent:1.2-rt87s",
        devNodeScript(n("i3"), ["podman pull --tls-verify=false registry.internal/ops/agent:1.2"]),
    ),
    // I4 twin of S7: the kubectl binary fetched over plain http and made executable, then run (no TLS: RFC 9110).
    devNodeCase(
        "I4 curl -fsSLo /usr/local/bin/kubectl http://dl.internal/kubectl; kubectl version-rt87s",
        devNodeScript(n("i4"), [
            "curl -fsSLo /usr/local/bin/kubectl http://dl.internal/kubectl",
            "chmod 0755 /usr/local/bin/kubectl",
            "/usr/local/bin/kubectl version --client",
        ]),
    ),
    // I5 twin of S9: curl --cacert of a /tmp bundle (curl(1) --cacert "Use the specified certificate file to verify the
    // peer"): whoever writes /tmp chooses the CA, so the downloaded program (run as root) is theirs. S7 shows the same
    // binary download without --cacert is clean, so the planted CA is the only reason here.
    devNodeCase(
        "I5 curl --cacert /tmp/ca.pem https://ops.internal/agent -o /usr/local/bin/ops-agent; run-rt87s",
        devNodeScript(n("i5"), [
            "curl -fsSL --cacert /tmp/ca.pem https://ops.internal/agent -o /usr/local/bin/ops-agent",
            "chmod 0755 /usr/local/bin/ops-agent",
            "/usr/local/bin/ops-agent --version",
        ]),
    ),
    // I6 twin of S11: a repo file with an http baseurl and gpgcheck=0 (dnf.conf(5) gpgcheck): unsigned packages from
    // whoever is on the path.
    devNodeCase(
        "I6 /etc/yum.repos.d/ops.repo baseurl=http:// gpgcheck=0; dnf install-rt87s",
        devNodeScript(n("i6"), [
            ...heredocFile("/etc/yum.repos.d/ops.repo", [
                "[ops]",
                "name=ops",
                "baseurl=http://repo.internal/ops/$basearch",
                "enabled=1",
                "gpgcheck=0",
            ]),
            "dnf install -y ops-agent",
        ]),
    ),
    // I7 twin of S13: fstab bind of /var/tmp/bin over /usr/local/bin, then mount -a (fstab(5) bind; mount(8) -a).
    devNodeCase(
        "I7 fstab /var/tmp/bin /usr/local/bin none bind; mount -a-rt87s",
        devNodeScript(n("i7"), ["echo '/var/tmp/bin /usr/local/bin none bind 0 0' >> /etc/fstab", "mount -a"]),
    ),
    // I8 twin of S17: globs over /dev/shm sourced by root (bash(1) Pathname Expansion).
    devNodeCase(
        "I8 for f in /dev/shm/profile.d/*.sh; do . $f; done-rt87s",
        devNodeScript(n("i8"), ['for f in /dev/shm/profile.d/*.sh; do . "$f"; done']),
    ),
    // I9 twin of S19: kubelet containerRuntimeEndpoint in /tmp (KubeletConfiguration containerRuntimeEndpoint): any
    // user's socket answers the kubelet's CRI calls (pod specs, secrets in env).
    devNodeCase(
        "I9 kubelet drop-in containerRuntimeEndpoint unix:///tmp/containerd.sock-rt87s",
        devNodeScript(
            n("i9"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/60-cri.conf", [
                KCFG('"containerRuntimeEndpoint":"unix:///tmp/containerd.sock"'),
            ]),
        ),
    ),
    // I10 twin of S22: otelcol with its OTLP receiver on 0.0.0.0 (OpenTelemetry Collector "Configuration": receivers
    // otlp protocols grpc endpoint): any pod sends it data and reaches its extensions.
    devNodeCase(
        "I10 otelcol --config /etc/otelcol/config.yaml, otlp grpc endpoint 0.0.0.0:4317-rt87s",
        unit("i10", "/usr/local/bin/otelcol --config /etc/otelcol/config.yaml", [
            ...heredocFile("/etc/otelcol/config.yaml", [
                "receivers:",
                "  otlp:",
                "    protocols:",
                "      grpc:",
                "        endpoint: 0.0.0.0:4317",
                "exporters:",
                "  debug: {}",
                "service:",
                "  pipelines:",
                "    traces:",
                "      receivers: [otlp]",
                "      exporters: [debug]",
            ]),
        ]),
    ),
    // I11 twin of S25: Python writing kernel.yama.ptrace_scope 0 (Linux "Yama": 0 is "classic ptrace permissions"):
    // any same-uid process (a pod breakout as the kubelet's uid) may attach.
    devNodeCase(
        "I11 tune.py writes /proc/sys/kernel/yama/ptrace_scope 0-rt87s",
        devNodeScript(n("i11"), [
            ...heredocFile("/opt/ops/tune.py", [
                'with open("/proc/sys/kernel/yama/ptrace_scope", "w") as f:',
                '    f.write("0")',
            ]),
            "python3 /opt/ops/tune.py",
        ]),
    ),
    // I12 twin of S27: find -exec of each /var/tmp file through sh (findutils "Single File": {} is the file name).
    devNodeCase(
        "I12 find /var/tmp/ops -name '*.sh' -exec sh {} ;-rt87s",
        devNodeScript(n("i12"), ["find /var/tmp/ops -name '*.sh' -exec sh {} \\;"]),
    ),
    // I13 twin of S30: sysctl -p <(sed -n ...) of a /tmp file.
    devNodeCase(
        "I13 sysctl -p <(sed -n '/^vm\\./p' /tmp/ops.conf)-rt87s",
        devNodeScript(n("i13"), ["sysctl -p <(sed -n '/^vm\\./p' /tmp/ops.conf)"]),
    ),
    // Neighbours of S30/S30b/S30d (fix87): a sed script with e runs a command (GNU sed "e command: executes command and
    // sends its output to the output stream"); sort of a /tmp file (any user's, hier(7)); an unquoted $V inside the
    // substitution (bash(1) "Parameter Expansion": a name the pack does not read as a file).
    devNodeCase(
        "I30 sysctl -p <(sed -n '1e id' /etc/sysctl.d/99-ops.conf)-fix87",
        devNodeScript(n("i30-fix87"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["vm.max_map_count = 262144"]),
            "sysctl -p <(sed -n '1e id' /etc/sysctl.d/99-ops.conf)",
        ]),
    ),
    devNodeCase(
        "I30b sysctl -p <(sort -u /tmp/ops.conf)-fix87",
        devNodeScript(n("i30b-fix87"), ["sysctl -p <(sort -u /tmp/ops.conf)"]),
    ),
    devNodeCase(
        "I30c sysctl -p <(grep -v '^#' $CONF) of an unset CONF-fix87",
        devNodeScript(n("i30c-fix87"), ["sysctl -p <(grep -v '^#' $CONF)"]),
    ),
    // Neighbours of S33/S33b (fix87): a default in a world-writable directory is still what bash runs (bash(1)
    // "Assign Default Values"; /var/tmp and /tmp any user's, hier(7)).
    devNodeCase(
        'I33 BIN="${BIN:-/var/tmp/ops}"; "$BIN/run"-fix87',
        devNodeScript(n("i33-fix87"), ['BIN="${BIN:-/var/tmp/ops}"', '"$BIN/run"']),
    ),
    devNodeCase(
        'I33b : "${HOOK:=/tmp/hook.sh}"; . "$HOOK"-fix87',
        devNodeScript(n("i33b-fix87"), [': "${HOOK:=/tmp/hook.sh}"', '. "$HOOK"']),
    ),
    // Neighbours of S9/S9b (fix88): the interpreter's script keeps every other provenance a direct run has: a plain-HTTP
    // download (curl(1): no TLS, whoever is on the path writes it), curl -k (-k/--insecure "skip the verification
    // step"), a download made writable by any user (chmod(1) 0666: anyone may rewrite it before bash reads it), a curl file:// copy of a /var/tmp file (curl(1) FILE), and a
    // verified download a program's output then replaces (jq's output: content the pack cannot read).
    devNodeCase(
        "I9 curl -fsSL http://... -o /opt/ops/setup.sh; bash /opt/ops/setup.sh-fix88",
        devNodeScript(n("i9-fix88"), [
            "mkdir -p /opt/ops",
            "curl -fsSL http://ops.example.com/setup.sh -o /opt/ops/setup.sh",
            "bash /opt/ops/setup.sh",
        ]),
    ),
    devNodeCase(
        "I9b curl -k https://... -o /opt/ops/env.sh; source /opt/ops/env.sh-fix88",
        devNodeScript(n("i9b-fix88"), [
            "mkdir -p /opt/ops",
            "curl -fsSLk https://ops.example.com/env.sh -o /opt/ops/env.sh",
            "source /opt/ops/env.sh",
        ]),
    ),
    devNodeCase(
        "I9c curl -fsSL https://... -o /opt/ops/setup.sh; chmod 0666 it; sh /opt/ops/setup.sh-fix88",
        devNodeScript(n("i9c-fix88"), [
            "mkdir -p /opt/ops",
            "curl -fsSL https://ops.example.com/setup.sh -o /opt/ops/setup.sh",
            "chmod 0666 /opt/ops/setup.sh",
            "sh /opt/ops/setup.sh",
        ]),
    ),
    devNodeCase(
        "I9d curl file:///var/tmp/setup.sh -o /opt/ops/setup.sh; bash /opt/ops/setup.sh-fix88",
        devNodeScript(n("i9d-fix88"), [
            "mkdir -p /opt/ops",
            "curl -fsS file:///var/tmp/setup.sh -o /opt/ops/setup.sh",
            "bash /opt/ops/setup.sh",
        ]),
    ),
    devNodeCase(
        "I9e curl https://... -o /opt/ops/setup.sh; jq -r .script CFG > /opt/ops/setup.sh; bash-fix88",
        devNodeScript(n("i9e-fix88"), [
            "mkdir -p /opt/ops",
            "curl -fsSL https://ops.example.com/setup.sh -o /opt/ops/setup.sh",
            "jq -r .script /etc/ops/cfg.json > /opt/ops/setup.sh",
            "bash /opt/ops/setup.sh",
        ]),
    ),
    // Neighbours of S9 (round 88 integration): a verified download given arguments or environment by its interpreter
    // run is configured beyond what the pack reads: installers register the node with another control plane that way
    // (rounds 66/67: ECS Anywhere `--activation-id`, k3s's install script "K3S_URL ... the server to connect to",
    // Rancher's system-agent-install.sh `--server --token`), so it stays a program the pack cannot read.
    devNodeCase(
        "I9f curl https://... -o /opt/ops/setup.sh; bash /opt/ops/setup.sh --server https://... --token T-fix88",
        devNodeScript(n("i9f-fix88"), [
            "mkdir -p /opt/ops",
            "curl -fsSL https://ops.example.com/setup.sh -o /opt/ops/setup.sh",
            "bash /opt/ops/setup.sh --server https://control.example.com --token EXAMPLEONLY",
        ]),
        /does not know/,
    ),
    devNodeCase(
        "I9g curl https://... -o /opt/ops/join.sh; JOIN_URL=https://... sh /opt/ops/join.sh-fix88",
        devNodeScript(n("i9g-fix88"), [
            "mkdir -p /opt/ops",
            "curl -fsSL https://ops.example.com/join.sh -o /opt/ops/join.sh",
            "JOIN_URL=https://control.example.com JOIN_TOKEN=EXAMPLEONLY sh /opt/ops/join.sh",
        ]),
        /does not know/,
    ),
    // S9d (fix88, DECIDED round 88 integration: insecure): `source` of a verified download runs it in this shell
    // (bash(1) "source filename": "Read and execute commands from filename in the current shell environment"), so
    // every later command sees variables, functions and aliases the pack cannot read (round 78's `. pip.env` before
    // pip3): it stays a program the pack cannot read, unlike `bash FILE`.
    devNodeCase(
        "S9d curl https://... -o /opt/ops/env.sh; source /opt/ops/env.sh-fix88",
        devNodeScript(n("s9d-fix88"), [
            "mkdir -p /opt/ops",
            "curl -fsSL https://ops.example.com/env.sh -o /opt/ops/env.sh",
            "source /opt/ops/env.sh",
        ]),
        /does not know/,
    ),
];

const secure: NodeCase[] = [
    // S1 tar --to-command of an image program (GNU tar "Writing to an External Program": the command gets each file on
    // its standard input): sha256sum of the members into a root log.
    devNodeCase(
        "S1 tar --to-command='sha256sum' -xf /etc/ops/b.tar > /var/log/ops/b.sums-rt87s",
        devNodeScript(n("s1"), [
            "mkdir -p /var/log/ops",
            "tar --to-command='/usr/bin/sha256sum' -xf /etc/ops/b.tar > /var/log/ops/b.sums",
        ]),
    ),
    // S2 rsync -e of the image ssh with a root-owned key and strict host keys (rsync(1) -e; ssh_config(5)
    // StrictHostKeyChecking yes: no unknown host accepted).
    devNodeCase(
        "S2 rsync -e 'ssh -i /root/.ssh/id_ed25519 -o StrictHostKeyChecking=yes' ...-rt87s",
        devNodeScript(n("s2"), [
            "rsync -a -e 'ssh -i /root/.ssh/id_ed25519 -o StrictHostKeyChecking=yes' backup@10.0.0.5:/srv/ops/ /opt/ops/",
        ]),
    ),
    // S3 tar --checkpoint-action=dot (GNU tar "Checkpoints": dot prints a dot, no command).
    devNodeCase(
        "S3 tar --checkpoint=1000 --checkpoint-action=dot -xf /etc/ops/b.tar-rt87s",
        devNodeScript(n("s3"), ["tar --checkpoint=1000 --checkpoint-action=dot -xf /etc/ops/b.tar -C /opt"]),
    ),
    // S4 nerdctl pull of an ECR Public image over TLS (nerdctl: --insecure-registry off by default).
    devNodeCase(
        "S4 ctr -n k8s.io images pull public.ecr.aws/eks-distro/kubernetes/pause:3.9-rt87s",
        devNodeScript(n("s4"), ["ctr -n k8s.io images pull public.ecr.aws/eks-distro/kubernetes/pause:3.9"]),
    ),
    // S5 podman pull --tls-verify=true (podman-pull(1) --tls-verify: "Require HTTPS and verify certificates when
    // contacting registries (default: true)"): the explicit default.
    devNodeCase(
        "S5 podman pull --tls-verify=true registry.internal/ops/agent:1.2-rt87s",
        devNodeScript(n("s5"), ["podman pull --tls-verify=true registry.internal/ops/agent:1.2"]),
    ),
    // S6 skopeo copy between two verified transports (skopeo-copy(1): --src-tls-verify defaults to true).
    devNodeCase(
        "S6 skopeo copy docker://public.ecr.aws/... containers-storage:...-rt87s",
        devNodeScript(n("s6"), [
            "skopeo copy docker://public.ecr.aws/docker/library/busybox:1.36 containers-storage:busybox:1.36",
        ]),
    ),
    // S7 the Kubernetes docs' kubectl install: https download, sha256 checked, installed (Kubernetes "Install and Set Up
    // kubectl on Linux": curl -LO https://dl.k8s.io/release/...; echo "$(cat kubectl.sha256)  kubectl" | sha256sum
    // --check; install -o root -g root -m 0755 kubectl /usr/local/bin/kubectl).
    devNodeCase(
        "S7 curl -LO https://dl.k8s.io/...; sha256sum --check; install -m 0755 kubectl-rt87s",
        devNodeScript(n("s7"), [
            "cd /root",
            "curl -fsSLO https://dl.k8s.io/release/v1.30.2/bin/linux/amd64/kubectl",
            "curl -fsSLO https://dl.k8s.io/release/v1.30.2/bin/linux/amd64/kubectl.sha256",
            'echo "$(cat kubectl.sha256)  kubectl" | sha256sum --check',
            "install -o root -g root -m 0755 kubectl /usr/local/bin/kubectl",
            "/usr/local/bin/kubectl version --client",
        ]),
    ),
    // S8 aws s3 cp of a root-owned artifact (the AWS CLI verifies TLS by default: "--no-verify-ssl ... overrides the
    // default behavior of verifying SSL certificates").
    devNodeCase(
        "S8 aws s3 cp s3://ops-artifacts/agent /usr/local/bin/ops-agent; run-rt87s",
        devNodeScript(n("s8"), [
            "aws s3 cp s3://ops-artifacts-111111111111/agent/1.4.2/ops-agent /usr/local/bin/ops-agent",
            "chmod 0755 /usr/local/bin/ops-agent",
            "/usr/local/bin/ops-agent --version",
        ]),
    ),
    // S9 curl --cacert of the image CA bundle (curl(1) --cacert; the AL2023 bundle /etc/pki/tls/certs/ca-bundle.crt).
    // Was a MISS (fixed in round 88): FETCHED-SCRIPT-VS-FETCHED-PROGRAM: secure refused ("runs as root a program made at
    // boot (a command it runs: bash /opt/ops/setup.sh: its program from /opt/ops/setup.sh, whose content the pack does
    // not know)"), while S9c (the same verified-https download run directly as a program) and S7/S8 were clean. Where:
    // policy-pack/engine/rootReads.ts, the scriptOperandWord check before unreadableRun (`this.unknown.has(...)`).
    // Fixed (general): rootReads.ts verifiedDownloads/RootReads.verifiedFetched: a file a fetcher wrote over a verified
    // transport (curl/wget https, aws s3 cp from s3://), not rewritten since, is the operator's software for every
    // reader (bash(1): a script operand "is assumed to be the name of a file containing shell commands", the bytes
    // execve(2) would run); unverified, planted and program-made files keep their readings.
    devNodeCase(
        "S9 curl --cacert /etc/pki/tls/certs/ca-bundle.crt https://... -o /opt/ops/setup.sh; bash-rt87s",
        devNodeScript(n("s9"), [
            "mkdir -p /opt/ops",
            "curl -fsSL --cacert /etc/pki/tls/certs/ca-bundle.crt https://ops.example.com/setup.sh -o /opt/ops/setup.sh",
            "bash /opt/ops/setup.sh",
        ]),
    ),
    // S9b the same download without --cacert (isolates S9's CA operand from its script run).
    // Was a MISS (fixed in round 88): FETCHED-SCRIPT-VS-FETCHED-PROGRAM, as S9 (no --cacert: the CA operand is not the
    // cause). Fixed as S9.
    devNodeCase(
        "S9b curl -fsSL https://... -o /opt/ops/setup.sh; bash /opt/ops/setup.sh-rt87s",
        devNodeScript(n("s9b"), [
            "mkdir -p /opt/ops",
            "curl -fsSL https://ops.example.com/setup.sh -o /opt/ops/setup.sh",
            "bash /opt/ops/setup.sh",
        ]),
    ),
    // S9c the same downloaded program run directly as a binary (S7/S8's reading: a verified https download).
    devNodeCase(
        "S9c curl -fsSL https://... -o /usr/local/bin/ops-setup; ops-setup-rt87s",
        devNodeScript(n("s9c"), [
            "curl -fsSL https://ops.example.com/ops-setup -o /usr/local/bin/ops-setup",
            "chmod 0755 /usr/local/bin/ops-setup",
            "/usr/local/bin/ops-setup",
        ]),
    ),
    // S10 a private CA written by user data itself (known text), added as an anchor (update-ca-trust(8): "add it as a
    // new file to directory /etc/pki/ca-trust/source/anchors/"), then used.
    devNodeCase(
        "S10 heredoc corp CA -> /etc/pki/ca-trust/source/anchors; update-ca-trust-rt87s",
        devNodeScript(n("s10"), [
            ...heredocFile("/etc/pki/ca-trust/source/anchors/corp-root.pem", [
                "-----BEGIN CERTIFICATE-----",
                "MIIBszCCAVmgAwIBAgIUExampleOnlyCorpRootCA0001MAoGCCqGSM49BAMCMBox",
                "-----END CERTIFICATE-----",
            ]),
            "update-ca-trust extract",
        ]),
    ),
    // S11 a repo file over https with signatures required (dnf.conf(5): gpgcheck, repo_gpgcheck; gpgkey over https).
    devNodeCase(
        "S11 /etc/yum.repos.d/ops.repo baseurl=https:// gpgcheck=1 gpgkey=https://; dnf install-rt87s",
        devNodeScript(n("s11"), [
            ...heredocFile("/etc/yum.repos.d/ops.repo", [
                "[ops]",
                "name=ops",
                "baseurl=https://repo.example.com/ops/$basearch",
                "enabled=1",
                "gpgcheck=1",
                "repo_gpgcheck=1",
                "gpgkey=https://repo.example.com/RPM-GPG-KEY-ops",
            ]),
            "dnf install -y ops-agent",
        ]),
    ),
    // S12 dnf.conf written with localpkg_gpgcheck=1 (dnf.conf(5) [main] localpkg_gpgcheck: "Whether to perform a GPG
    // signature check on local packages"), then a local install of an http-fetched rpm: the signature decides.
    devNodeCase(
        "S12 /etc/dnf/dnf.conf localpkg_gpgcheck=1; dnf install http://...rpm-rt87s",
        devNodeScript(n("s12"), [
            ...heredocFile("/etc/dnf/dnf.conf", [
                "[main]",
                "gpgcheck=1",
                "localpkg_gpgcheck=1",
                "installonly_limit=3",
                "clean_requirements_on_remove=True",
                "best=False",
                "skip_if_unavailable=True",
            ]),
            "dnf install -y http://repo.internal/ops.rpm",
        ]),
    ),
    // S13 the instance store in fstab at containerd's directory (fstab(5); nofail: boot goes on without it), mount -a.
    devNodeCase(
        "S13 fstab /dev/nvme1n1 /var/lib/containerd xfs defaults,nofail; mount -a-rt87s",
        devNodeScript(n("s13"), [
            "mkfs.xfs -f /dev/nvme1n1",
            "echo '/dev/nvme1n1 /var/lib/containerd xfs defaults,noatime,nofail 0 2' >> /etc/fstab",
            "mount -a",
        ]),
    ),
    // S14 a .mount unit of the instance store at /var/lib/kubelet (systemd.mount(5): What= a device, Where= the path).
    devNodeCase(
        "S14 var-lib-kubelet.mount What=/dev/nvme1n1-rt87s",
        devNodeScript(n("s14"), [
            ...heredocFile("/etc/systemd/system/var-lib-kubelet.mount", [
                "[Unit]",
                "Before=kubelet.service",
                "[Mount]",
                "What=/dev/nvme1n1",
                "Where=/var/lib/kubelet",
                "Type=xfs",
                "Options=defaults,noatime",
                "[Install]",
                "WantedBy=local-fs.target",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now var-lib-kubelet.mount",
        ]),
    ),
    // S15 a private tmpfs for root's scratch (mount(8) tmpfs mode=0700): no user can write it.
    devNodeCase(
        "S15 mount -t tmpfs -o size=64m,mode=0700 tmpfs /run/ops-rt87s",
        devNodeScript(n("s15"), [
            "mkdir -p /run/ops",
            "mount -t tmpfs -o size=64m,mode=0700,nosuid,nodev tmpfs /run/ops",
        ]),
    ),
    // S16 a read-only bind of the image's /usr over a chroot's /usr (mount(8) bind then remount,ro).
    devNodeCase(
        "S16 mount --bind /usr /opt/toolbox/usr; mount -o remount,bind,ro-rt87s",
        devNodeScript(n("s16"), [
            "mkdir -p /opt/toolbox/usr",
            "mount --bind /usr /opt/toolbox/usr",
            "mount -o remount,bind,ro /opt/toolbox/usr",
        ]),
    ),
    // S17 the image's /etc/profile.d sourced by a glob (root-owned image files; bash(1) Pathname Expansion).
    devNodeCase(
        "S17 for f in /etc/profile.d/*.sh; do . $f; done-rt87s",
        devNodeScript(n("s17"), ['for f in /etc/profile.d/*.sh; do . "$f"; done']),
    ),
    // S18 extglob over a root-written directory (bash(1) extglob !(pattern)): removing stray files only.
    devNodeCase(
        "S18 shopt -s extglob; rm -f /etc/ops/conf.d/!(*.conf) (written)-rt87s",
        devNodeScript(n("s18"), [
            ...heredocFile("/etc/ops/conf.d/10-a.conf", ["a=1"]),
            "shopt -s extglob",
            "rm -f /etc/ops/conf.d/!(*.conf)",
        ]),
    ),
    // S19 kubelet drop-in with the documented containerd endpoint (KubeletConfiguration containerRuntimeEndpoint;
    // containerd's socket /run/containerd/containerd.sock is root's).
    devNodeCase(
        "S19 kubelet drop-in containerRuntimeEndpoint unix:///run/containerd/containerd.sock-rt87s",
        devNodeScript(
            n("s19"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/60-cri.conf", [
                KCFG(
                    '"containerRuntimeEndpoint":"unix:///run/containerd/containerd.sock","imageServiceEndpoint":"unix:///run/containerd/containerd.sock"',
                ),
            ]),
        ),
    ),
    // S20 kubelet drop-in with the default volumePluginDir (kubelet: "--volume-plugin-dir ... default
    // /usr/libexec/kubernetes/kubelet-plugins/volume/exec/") and a root client CA.
    devNodeCase(
        "S20 kubelet drop-in volumePluginDir /usr/libexec/kubernetes/kubelet-plugins/volume/exec-rt87s",
        devNodeScript(
            n("s20"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/60-plugins.conf", [
                KCFG('"volumePluginDir":"/usr/libexec/kubernetes/kubelet-plugins/volume/exec/"'),
            ]),
        ),
    ),
    // S21 kubelet drop-in raising safety limits only (KubeletConfiguration maxPods, evictionHard, protectKernelDefaults:
    // "If true, causes the Kubelet to error if kernel flags are not as it expects").
    devNodeCase(
        "S21 kubelet drop-in protectKernelDefaults true, evictionHard-rt87s",
        devNodeScript(
            n("s21"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/60-limits.conf", [
                KCFG(
                    '"protectKernelDefaults":true,"evictionHard":{"memory.available":"200Mi","nodefs.available":"10%"}',
                ),
            ]),
        ),
    ),
    // S22 otelcol --config with its OTLP receiver on loopback (OpenTelemetry Collector "Configuration": endpoint;
    // 127.0.0.1 is not reachable from pods, which have their own network namespace).
    devNodeCase(
        "S22 otelcol --config /etc/otelcol/config.yaml, otlp grpc endpoint 127.0.0.1:4317-rt87s",
        unit("s22", "/usr/local/bin/otelcol --config /etc/otelcol/config.yaml", [
            ...heredocFile("/etc/otelcol/config.yaml", [
                "receivers:",
                "  otlp:",
                "    protocols:",
                "      grpc:",
                "        endpoint: 127.0.0.1:4317",
                "exporters:",
                "  debug: {}",
                "service:",
                "  pipelines:",
                "    traces:",
                "      receivers: [otlp]",
                "      exporters: [debug]",
            ]),
        ]),
    ),
    // S23 buildkitd with only its unix socket (buildkitd.toml [grpc] address; a unix socket under root's /run).
    devNodeCase(
        "S23 buildkitd --config /etc/buildkit/buildkitd.toml, address unix:///run/buildkit/buildkitd.sock-rt87s",
        unit("s23", "/usr/local/bin/buildkitd --config /etc/buildkit/buildkitd.toml", [
            ...heredocFile("/etc/buildkit/buildkitd.toml", [
                "[grpc]",
                '  address = [ "unix:///run/buildkit/buildkitd.sock" ]',
            ]),
        ]),
    ),
    // S24 libvirtd enabled without --listen (libvirtd(8): "By default, the libvirtd daemon listens for requests on a
    // local Unix domain socket"; TCP only with --listen or the -tcp socket units).
    devNodeCase(
        "S24 dnf install libvirt-daemon; systemctl enable --now libvirtd (unix socket only)-rt87s",
        devNodeScript(n("s24"), ["dnf install -y libvirt-daemon-kvm", "systemctl enable --now libvirtd"]),
    ),
    // S25 a root Python helper raising kernel.yama.ptrace_scope to 1 (Linux "Yama": 1 "restricted ptrace").
    devNodeCase(
        "S25 tune.py writes /proc/sys/kernel/yama/ptrace_scope 1-rt87s",
        devNodeScript(n("s25"), [
            ...heredocFile("/opt/ops/tune.py", [
                'with open("/proc/sys/kernel/yama/ptrace_scope", "w") as f:',
                '    f.write("1")',
            ]),
            "python3 /opt/ops/tune.py",
        ]),
    ),
    // S26 a root Python helper running image commands with literal argv (subprocess docs: a list args runs the program
    // directly, no shell): a safe sysctl and a service restart.
    devNodeCase(
        "S26 tune.py subprocess.run(['/usr/sbin/sysctl','-w','vm.max_map_count=262144'])-rt87s",
        devNodeScript(n("s26"), [
            ...heredocFile("/opt/ops/tune.py", [
                "import subprocess",
                'subprocess.run(["/usr/sbin/sysctl", "-w", "vm.max_map_count=262144"], check=True)',
                'subprocess.run(["/usr/bin/systemctl", "restart", "containerd"], check=True)',
            ]),
            "python3 /opt/ops/tune.py",
        ]),
    ),
    // S27 find -exec of an image program over root-written files (findutils: {} is each file name; chmod of root's
    // own files).
    devNodeCase(
        "S27 find /etc/ops/conf.d -name '*.conf' -exec chmod 0644 {} + (written)-rt87s",
        devNodeScript(n("s27"), [
            ...heredocFile("/etc/ops/conf.d/10-a.conf", ["a=1"]),
            "find /etc/ops/conf.d -name '*.conf' -exec chmod 0644 {} +",
        ]),
    ),
    // S28 find -delete of old root logs (findutils -delete; nothing run).
    devNodeCase(
        "S28 find /var/log/ops -name '*.log' -mtime +7 -exec rm -f {} +-rt87s",
        devNodeScript(n("s28"), [
            "mkdir -p /var/log/ops",
            "find /var/log/ops -name '*.log' -mtime +7 -exec rm -f {} +",
        ]),
    ),
    // S29 parallel with literal arguments (GNU parallel ":::" arguments on the command line).
    devNodeCase(
        "S29 parallel -j2 /usr/bin/ping -c1 {} ::: 10.0.0.1 10.0.0.2-rt87s",
        devNodeScript(n("s29"), ["parallel -j2 /usr/bin/ping -c1 {} ::: 10.0.0.1 10.0.0.2"]),
    ),
    // Was a MISS (fixed in round 87): PROCESS-SUBSTITUTION-LINE-SELECTORS (round 86's `<(cmd)` reading): secure refused ("sysctl loads /dev/fd/63, a
    // pipe or descriptor whose content the pack cannot read"). Where: policy-pack/engine/rootReads.ts pipedFiles (read by
    // substitutedFiles): only cat/tac/pv, the decompressors and grep's line selection are stream readers; sed -n with
    // address-and-p commands only selects whole lines as grep does. Fix (general): read sed -n scripts made only of
    // addresses and p/d/q (no e, w, r, s///e or s///w: GNU sed "Commands") as a line selection of their file operands.
    // S30 sysctl -p of a sed -n selection of a root-written file (sed(1) -n with /re/p prints whole matching lines).
    devNodeCase(
        "S30 sysctl -p <(sed -n '/^vm\\./p' /etc/sysctl.d/99-ops.conf) (written)-rt87s",
        devNodeScript(n("s30"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["vm.max_map_count = 262144", "# end"]),
            "sysctl -p <(sed -n '/^vm\\./p' /etc/sysctl.d/99-ops.conf)",
        ]),
    ),
    // S30b grep -Ev of comments and blank lines (grep(1) -v "select non-matching lines", -E; in single quotes `$` and
    // `|` are regex characters, not shell syntax: bash(1) QUOTING "Enclosing characters in single quotes preserves the
    // literal value of each character").
    // Was a MISS (fixed in round 87): PROCESS-SUBSTITUTION-QUOTED-METACHARACTERS (round 86's `<(cmd)` reading): secure refused (as S30), while S30c
    // (grep -v '^#') is clean. Where: policy-pack/engine/rootReads.ts substitutedFiles: `!/[`$<>|&;]/.test(text)` tests
    // the raw text, so a `$` or `|` inside single quotes (a regex anchor and alternation) fails it. Fix (general): test
    // the parsed words (shell.ts simpleCommands' quoting) for expansions and operators, not the raw text.
    devNodeCase(
        "S30b sysctl -p <(grep -Ev '^(#|$)' /etc/sysctl.d/99-ops.conf) (written)-rt87s",
        devNodeScript(n("s30b"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["# ops", "", "vm.max_map_count = 262144"]),
            "sysctl -p <(grep -Ev '^(#|$)' /etc/sysctl.d/99-ops.conf)",
        ]),
    ),
    // S30c the same through grep -v '^#' alone (round 86's grep reading: clean), the control of S30b.
    devNodeCase(
        "S30c sysctl -p <(grep -v '^#' /etc/sysctl.d/99-ops.conf) (written)-rt87s",
        devNodeScript(n("s30c"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["# ops", "vm.max_map_count = 262144"]),
            "sysctl -p <(grep -v '^#' /etc/sysctl.d/99-ops.conf)",
        ]),
    ),
    // S31 mapfile of a root-written list through a process substitution, used as ping operands (bash(1) mapfile).
    devNodeCase(
        "S31 mapfile -t hosts < <(grep -v '^#' /etc/ops/hosts.list); ping (written)-rt87s",
        devNodeScript(n("s31"), [
            ...heredocFile("/etc/ops/hosts.list", ["# peers", "10.0.0.1"]),
            "mapfile -t hosts < <(grep -v '^#' /etc/ops/hosts.list)",
            'for h in "${hosts[@]}"; do ping -c1 "$h"; done',
        ]),
    ),
    // S32 ${V-W} default of the image modprobe (bash(1) Parameter Expansion) loading a kernel module the EKS docs
    // need for kube-proxy (br_netfilter).
    devNodeCase(
        'S32 "${MODPROBE-/usr/sbin/modprobe}" br_netfilter-rt87s',
        devNodeScript(n("s32"), ['"${MODPROBE-/usr/sbin/modprobe}" br_netfilter']),
    ),
    // Was a MISS (fixed in round 87): DEFAULT-ASSIGNMENT-NOT-KEPT (round 86's ${V:=W}): secure refused ("writes /<unknown>/boot as root (a command
    // it runs: date > \"$LOG_DIR/boot\"), a path with a part the pack cannot know"). bash(1) "${parameter:=word} Assign
    // Default Values. If parameter is unset or null, the expansion of word is assigned to parameter": after the line,
    // LOG_DIR is /var/log/ops (user data's environment is cloud-init's, no LOG_DIR). Not round 86's S13 (a ${V:-W} script
    // word): here the assignment is not kept for later $V. Where: policy-pack/engine/rootReads.ts eachDefaultReading /
    // the shell state's variable table (round 86 reads W only within the word). Fix (general): a ${V:=W} (and `: ${V:=W}`)
    // assigns W to V in the saved shell state when V has no value set by the script, as an assignment V=W would.
    // S33 ${V:=W} default for a root log directory, then a write there (bash(1) "Assign Default Values").
    devNodeCase(
        'S33 : "${LOG_DIR:=/var/log/ops}"; mkdir -p "$LOG_DIR"; date > "$LOG_DIR/boot"-rt87s',
        devNodeScript(n("s33"), [': "${LOG_DIR:=/var/log/ops}"', 'mkdir -p "$LOG_DIR"', 'date > "$LOG_DIR/boot"']),
    ),
    // Was a MISS (fixed in round 87): DEFAULT-ASSIGNMENT-NOT-KEPT, as S33 (same verdict: "writes /<unknown>/boot"): V=${V:-W} leaves V either its
    // inherited value or W; user data inherits no LOG_DIR, so it is W.
    // S33b the commoner spelling, an assignment with a default (bash(1) Parameter Expansion ${parameter:-word}).
    devNodeCase(
        'S33b LOG_DIR="${LOG_DIR:-/var/log/ops}"; date > "$LOG_DIR/boot"-rt87s',
        devNodeScript(n("s33b"), [
            'LOG_DIR="${LOG_DIR:-/var/log/ops}"',
            'mkdir -p "$LOG_DIR"',
            'date > "$LOG_DIR/boot"',
        ]),
    ),
    // Was a MISS (fixed in round 87): PROCESS-SUBSTITUTION-LINE-SELECTORS, as S30 (sort is no stream reader in pipedFiles; its output is the
    // file's lines reordered).
    // S30d sysctl -p of sort -u of a written file (coreutils sort(1): writes the sorted concatenation of its files lines).
    devNodeCase(
        "S30d sysctl -p <(sort -u /etc/sysctl.d/99-ops.conf) (written)-rt87s",
        devNodeScript(n("s30d"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["vm.max_map_count = 262144"]),
            "sysctl -p <(sort -u /etc/sysctl.d/99-ops.conf)",
        ]),
    ),
    // S34 dnf --installroot of a root-made toolbox tree from the signed Amazon Linux repos (dnf(8) --installroot;
    // gpgcheck on by default in AL2023's repo files).
    devNodeCase(
        "S34 dnf --installroot=/opt/toolbox --releasever=2023 install -y bash coreutils-rt87s",
        devNodeScript(n("s34"), [
            "mkdir -p /opt/toolbox",
            "dnf --installroot=/opt/toolbox --releasever=2023 install -y bash coreutils",
        ]),
    ),
    // S35 systemd-run --scope with resource limits of an image program (systemd-run(1) --scope, -p MemoryMax=).
    devNodeCase(
        "S35 systemd-run --scope -p MemoryMax=512M /usr/bin/dnf makecache-rt87s",
        devNodeScript(n("s35"), ["systemd-run --scope -p MemoryMax=512M -p CPUQuota=50% /usr/bin/dnf makecache"]),
    ),
    // S36 valgrind of an image program (valgrind(1): runs the program under the tool).
    devNodeCase(
        "S36 valgrind --tool=memcheck /usr/bin/true-rt87s",
        devNodeScript(n("s36"), ["valgrind --tool=memcheck --log-file=/var/log/valgrind.log /usr/bin/true"]),
    ),
    // S37 capsh dropping a capability around an image command (capsh(1) --drop, -- -c runs /bin/bash).
    devNodeCase(
        "S37 capsh --drop=cap_net_raw -- -c '/usr/bin/id'-rt87s",
        devNodeScript(n("s37"), ["capsh --drop=cap_net_raw -- -c '/usr/bin/id'"]),
    ),
    // S38 git -c http.sslVerify=true clone over https (git-config(1) http.sslVerify, the default made explicit).
    devNodeCase(
        "S38 git -c http.sslVerify=true clone https://...; /opt/ops/install.sh-rt87s",
        devNodeScript(n("s38"), [
            "git -c http.sslVerify=true clone --depth 1 --branch v1.2.3 https://github.com/example/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
    ),
    // S39 IMDSv2 token then the instance identity document into a root file (EC2 "Use IMDSv2").
    devNodeCase(
        "S39 TOKEN=$(curl -X PUT IMDS token); curl -H token .../instance-identity/document > /etc/ops/iid.json-rt87s",
        devNodeScript(n("s39"), [
            'TOKEN=$(curl -sS -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 60")',
            "mkdir -p /etc/ops",
            'curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/dynamic/instance-identity/document > /etc/ops/iid.json',
        ]),
    ),
    // S40 sysctls at safe values in a drop-in (kernel docs sysctl/vm.rst max_map_count; fs.inotify limits), applied.
    devNodeCase(
        "S40 /etc/sysctl.d/90-ops.conf vm.max_map_count, fs.inotify.max_user_watches; sysctl --system-rt87s",
        devNodeScript(n("s40"), [
            ...heredocFile("/etc/sysctl.d/90-ops.conf", [
                "vm.max_map_count = 262144",
                "fs.inotify.max_user_watches = 524288",
                "fs.inotify.max_user_instances = 8192",
                "kernel.dmesg_restrict = 1",
                "kernel.kptr_restrict = 2",
            ]),
            "sysctl --system",
        ]),
    ),
    // Neighbours of S30/S30d (fix87): sed without -n deleting comment lines (GNU sed "d: Delete the pattern space"),
    // uniq of one file and head -n (coreutils: whole lines of the file) are line selections too.
    devNodeCase(
        "S30e sysctl -p <(sed -e '/^#/d' /etc/sysctl.d/99-ops.conf) (written)-fix87",
        devNodeScript(n("s30e-fix87"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["# ops", "vm.max_map_count = 262144"]),
            "sysctl -p <(sed -e '/^#/d' /etc/sysctl.d/99-ops.conf)",
        ]),
    ),
    devNodeCase(
        "S30f sysctl -p <(uniq /etc/sysctl.d/99-ops.conf) (written)-fix87",
        devNodeScript(n("s30f-fix87"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["vm.max_map_count = 262144"]),
            "sysctl -p <(uniq /etc/sysctl.d/99-ops.conf)",
        ]),
    ),
    devNodeCase(
        "S30g sysctl -p <(head -n 5 /etc/sysctl.d/99-ops.conf) (written)-fix87",
        devNodeScript(n("s30g-fix87"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["vm.max_map_count = 262144"]),
            "sysctl -p <(head -n 5 /etc/sysctl.d/99-ops.conf)",
        ]),
    ),
    // Neighbour of S33 (fix87): `${V=W}` (no colon) assigns as `${V:=W}` does for an unset V (bash(1)).
    devNodeCase(
        'S33c : "${STATE_DIR=/var/lib/ops}"; date > "$STATE_DIR/boot"-fix87',
        devNodeScript(n("s33c-fix87"), [
            ': "${STATE_DIR=/var/lib/ops}"',
            'mkdir -p "$STATE_DIR"',
            'date > "$STATE_DIR/boot"',
        ]),
    ),
    // Neighbours of S9/S9b (fix88): one provenance for every interpreter of a verified download (wget(1) verifies the certificate by default; aws(1) s3 cp over the
    // CLI's default TLS, "--no-verify-ssl ... overrides the default behavior of verifying SSL certificates").
    devNodeCase(
        "S9e wget -q -O /opt/ops/setup.sh https://...; sh /opt/ops/setup.sh-fix88",
        devNodeScript(n("s9e-fix88"), [
            "mkdir -p /opt/ops",
            "wget -q -O /opt/ops/setup.sh https://ops.example.com/setup.sh",
            "sh /opt/ops/setup.sh",
        ]),
    ),
    devNodeCase(
        "S9f aws s3 cp s3://.../setup.sh /opt/ops/setup.sh; bash /opt/ops/setup.sh-fix88",
        devNodeScript(n("s9f-fix88"), [
            "mkdir -p /opt/ops",
            "aws s3 cp s3://ops-artifacts-111111111111/setup/1.4.2/setup.sh /opt/ops/setup.sh",
            "bash /opt/ops/setup.sh",
        ]),
    ),
];

describeNodeCases("round 87 red team: secure node user data", insecure, secure);

// ======== AWS (prod): Denies that really restrict, Allows that never reach a custody asset.
const A = ACCOUNT.prod;
const SHARE1 = `arn:aws:kms:eu-west-1:${A}:key/48163296-803a-4ce6-ad53-a0a0de26d32e`;
const DECRYPT = allow("kms:Decrypt", SHARE1);
const deny = (actions: string | string[], condition: object) => ({
    Effect: "Deny",
    Action: actions,
    Resource: "*",
    Condition: condition,
});
const awsCase = (name: string, e: (r: Resources) => void): StackCase => ({ name, stack: "prod", edit: e });

const awsInsecure: StackCase[] = [
    // AI1 twin of AS1: a Deny only in us-east-1 (aws:RequestedRegion, "AWS global condition context keys"): share-1
    // is called in eu-west-1, so Decrypt stays.
    awsCase("AI1 Deny kms:* when RequestedRegion us-east-1 (key in eu-west-1)-rt87s", r =>
        opsRole(r, "prod", A, "rt87s-ai1", [
            DECRYPT,
            deny("kms:*", { StringEquals: { "aws:RequestedRegion": "us-east-1" } }),
        ]),
    ),
    // AI1b twin of AS1b: the IAM User Guide's "Denies access to AWS based on the requested Region" pattern allowing
    // eu-west-1 (Deny when StringNotEquals aws:RequestedRegion eu-west-1): share-1's calls are in eu-west-1, so the
    // Deny never holds for them and Decrypt stays.
    awsCase("AI1b Deny kms:* when RequestedRegion not eu-west-1 (the key's Region allowed)-rt87s", r =>
        opsRole(r, "prod", A, "rt87s-ai1b", [
            DECRYPT,
            deny("kms:*", { StringNotEquals: { "aws:RequestedRegion": "eu-west-1" } }),
        ]),
    ),
    // AI1c-fix87 twin of AS1b: the "requested Region" Deny allowing the key's own Region among others (StringNotEquals
    // [eu-west-1, us-east-1]): share-1's calls are in eu-west-1, so the Deny never holds for them and Decrypt stays.
    awsCase("AI1c Deny kms:* when RequestedRegion not [eu-west-1, us-east-1]-fix87", r =>
        opsRole(r, "prod", A, "fix87-ai1c", [
            DECRYPT,
            deny("kms:*", { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1", "us-east-1"] } }),
        ]),
    ),
    // AI1d-fix87 twin of AS1: the key's Region check with a second condition that may not hold: aws:SourceVpc is
    // present only for requests through a VPC endpoint ("AWS global condition context keys"), so a direct Decrypt of
    // share-1 escapes the Deny.
    awsCase("AI1d Deny kms:* when RequestedRegion eu-west-1 and SourceVpc vpc-0abc (may not hold)-fix87", r =>
        opsRole(r, "prod", A, "fix87-ai1d", [
            DECRYPT,
            deny("kms:*", {
                StringEquals: { "aws:RequestedRegion": "eu-west-1", "aws:SourceVpc": "vpc-0abc1234def567890" },
            }),
        ]),
    ),
    // AI1e-fix87 an IfExists negation of the key's own Region (StringNotEqualsIfExists eu-west-1): the key is always
    // present (IAM "AWS global condition context keys"), so the Deny never holds for share-1's calls.
    awsCase("AI1e Deny kms:* when StringNotEqualsIfExists RequestedRegion eu-west-1-fix87", r =>
        opsRole(r, "prod", A, "fix87-ai1e", [
            DECRYPT,
            deny("kms:*", { StringNotEqualsIfExists: { "aws:RequestedRegion": "eu-west-1" } }),
        ]),
    ),
    // AI1f-fix87 StringEquals is case-sensitive ("IAM JSON policy elements: Condition operators") and Region codes are
    // lower case: EU-WEST-1 matches no request, so the Deny never holds and Decrypt stays.
    awsCase("AI1f Deny kms:* when StringEquals RequestedRegion EU-WEST-1 (case)-fix87", r =>
        opsRole(r, "prod", A, "fix87-ai1f", [
            DECRYPT,
            deny("kms:*", { StringEquals: { "aws:RequestedRegion": "EU-WEST-1" } }),
        ]),
    ),
    // AI2 twin of AS2: a Deny before 2020 (DateLessThan aws:CurrentTime) never holds now.
    awsCase("AI2 Deny kms:* when CurrentTime < 2020-01-01 (never holds)-rt87s", r =>
        opsRole(r, "prod", A, "rt87s-ai2", [
            DECRYPT,
            deny("kms:*", { DateLessThan: { "aws:CurrentTime": "2020-01-01T00:00:00Z" } }),
        ]),
    ),
    // AI3 a custody key's Decrypt gated only by an encryption context (KMS "Encryption context": "The encryption
    // context is not secret"): whoever knows the context decrypts share-1's ciphertexts.
    awsCase("AI3 Allow kms:Decrypt key/* when kms:EncryptionContext:app = custody-rt87s", r =>
        opsRole(r, "prod", A, "rt87s-ai3", [
            allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${A}:key/*`, {
                Condition: { StringEquals: { "kms:EncryptionContext:app": "custody" } },
            }),
        ]),
    ),
    // AI4 twin of AS3: aws:SourceAccount pins the caller's account, not the key: a Deny on another account's sources
    // never applies to the role's own calls (the key is absent for direct principal calls: "AWS global condition
    // context keys" aws:SourceAccount, present only when a service calls on behalf of a resource).
    awsCase("AI4 Deny kms:* when StringEquals aws:SourceAccount 999999999999-rt87s", r =>
        opsRole(r, "prod", A, "rt87s-ai4", [
            DECRYPT,
            deny("kms:*", { StringEquals: { "aws:SourceAccount": "999999999999" } }),
        ]),
    ),
];

const awsSecure: StackCase[] = [
    // AS1 a Deny in the keys' own Region: a KMS key is called only in its Region (KMS "Multi-Region keys": single-Region
    // keys are used in their Region), so aws:RequestedRegion is eu-west-1 for every share-1 call and the Deny holds.
    // Was a MISS (fixed in round 87): DENY-REQUESTED-REGION-PIN: secure refused by custody-effective-access, share-custody and custody-share-rings
    // ("role rt87s-as1 is allowed kms:Decrypt on signer-shares-share-1 ... through the key's root delegation"). KMS keys
    // are used only through their own Region's endpoint (the pack's own REGION_BOUND_SERVICES note, KMS "Multi-Region
    // keys"), so aws:RequestedRegion of every share-1 call is eu-west-1: AS1's Deny (= eu-west-1) and AS1b's Deny (!=
    // us-east-1, the IAM User Guide's "Denies access to AWS based on the requested Region" example) both hold for it.
    // Where: policy-pack/model/conditions.ts asHeldBy: Allows are narrowed by a RequestedRegion pin
    // (narrowedByRequestedRegion), a Deny only by denySurelyHoldsFor (all-or-nothing). Fix (general): a Deny whose only
    // conditions are a RequestedRegion pin (StringEquals R, or StringNotEquals R) holds unconditionally on the
    // region-bound services' resources whose Region segment satisfies it (narrow reading for Denies: literal Regions
    // only), i.e. subtract it per resource, as round 81 does for NotResource Denies; the three rules read the same.
    {
        ...awsCase("AS1 Deny kms:* when RequestedRegion eu-west-1 (the key's Region)-rt87s", r =>
            opsRole(r, "prod", A, "rt87s-as1", [
                DECRYPT,
                deny("kms:*", { StringEquals: { "aws:RequestedRegion": "eu-west-1" } }),
            ]),
        ),
    },
    // AS1b the IAM User Guide's own example ("AWS: Denies access to AWS based on the requested Region": Deny when
    // StringNotEquals aws:RequestedRegion [allowed Regions]) allowing only us-east-1: every share-1 call is sent to
    // eu-west-1, so the Deny holds for it.
    // Was a MISS (fixed in round 87): DENY-REQUESTED-REGION-PIN, as AS1.
    {
        ...awsCase("AS1b Deny kms:* when RequestedRegion not us-east-1 (IAM example; key in eu-west-1)-rt87s", r =>
            opsRole(r, "prod", A, "rt87s-as1b", [
                DECRYPT,
                deny("kms:*", { StringNotEquals: { "aws:RequestedRegion": ["us-east-1"] } }),
            ]),
        ),
    },
    // AS1c-fix87 the Region check as a pattern with IfExists: aws:RequestedRegion "is always included in the request
    // context" (IAM User Guide, "AWS global condition context keys"), so StringLikeIfExists eu-* reads as StringLike
    // and holds for every share-1 call (eu-west-1).
    awsCase("AS1c Deny kms:* when StringLikeIfExists RequestedRegion eu-* (key in eu-west-1)-fix87", r =>
        opsRole(r, "prod", A, "fix87-as1c", [
            DECRYPT,
            deny("kms:*", { StringLikeIfExists: { "aws:RequestedRegion": "eu-*" } }),
        ]),
    ),
    // AS1d-fix87 the IAM User Guide's example as written ("AWS: Denies access to AWS based on the requested Region":
    // Deny NotAction [the global services] when StringNotEquals aws:RequestedRegion [allowed Regions]) allowing
    // us-east-1 and us-west-2: kms is not among the exempted services and share-1 is called in eu-west-1.
    awsCase("AS1d Deny NotAction [iam:*, ...] when RequestedRegion not [us-east-1, us-west-2] (IAM example)-fix87", r =>
        opsRole(r, "prod", A, "fix87-as1d", [
            DECRYPT,
            {
                Effect: "Deny",
                NotAction: ["cloudfront:*", "iam:*", "route53:*", "support:*"],
                Resource: "*",
                Condition: { StringNotEquals: { "aws:RequestedRegion": ["us-east-1", "us-west-2"] } },
            },
        ]),
    ),
    // AS2 a Deny after 2020-01-01 (DateGreaterThan aws:CurrentTime; IAM "Date condition operators"): holds now and later.
    awsCase("AS2 Deny kms:* when CurrentTime > 2020-01-01 (always holds)-rt87s", r =>
        opsRole(r, "prod", A, "rt87s-as2", [
            DECRYPT,
            deny("kms:*", { DateGreaterThan: { "aws:CurrentTime": "2020-01-01T00:00:00Z" } }),
        ]),
    ),
    // AS3 a Deny on the principal's own account (aws:PrincipalAccount is always present: "AWS global condition context
    // keys"), so it holds for every call of the role.
    awsCase("AS3 Deny kms:* when aws:PrincipalAccount = own account-rt87s", r =>
        opsRole(r, "prod", A, "rt87s-as3", [DECRYPT, deny("kms:*", { StringEquals: { "aws:PrincipalAccount": A } })]),
    ),
    // AS4 a Deny of the role's exact ARN (aws:PrincipalArn of a role session is the role ARN).
    awsCase("AS4 Deny kms:* when ArnEquals aws:PrincipalArn = the role's ARN-rt87s", r =>
        opsRole(r, "prod", A, "rt87s-as4", [
            DECRYPT,
            deny("kms:*", { ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/rt87s-as4` } }),
        ]),
    ),
    // AS5 a Deny scoped by Resource to share-1 with no condition (IAM "Policy evaluation logic": an explicit Deny wins).
    awsCase("AS5 Allow kms:Decrypt key/*, Deny kms:* on share-1's ARN-rt87s", r =>
        opsRole(r, "prod", A, "rt87s-as5", [
            allow("kms:Decrypt", `arn:aws:kms:us-east-1:${A}:key/*`),
            { Effect: "Deny", Action: "kms:*", Resource: SHARE1 },
        ]),
    ),
    // (AS6, a new CloudWatch Logs CMK with the documented logs.<region> statement pinned by
    // kms:EncryptionContext:aws:logs:arn, is refused as round 84's ops-key-split design question: a stack key the model
    // does not name is a possible retired custody key (judge.ts retiredCandidates). Not re-reported; dropped.)
    // AS7 the VPC Flow Logs delivery role (VPC User Guide "IAM role for publishing flow logs to CloudWatch Logs", with
    // the confused-deputy conditions aws:SourceAccount and aws:SourceArn): logs writes only.
    awsCase(
        "AS7 vpc-flow-logs trust with SourceAccount/SourceArn; logs:PutLogEvents on one group-rt87s",
        r =>
            void trustedRole(
                r,
                A,
                "rt87s-as7-flowlogs",
                [
                    {
                        Effect: "Allow",
                        Principal: { Service: "vpc-flow-logs.amazonaws.com" },
                        Action: "sts:AssumeRole",
                        Condition: {
                            StringEquals: { "aws:SourceAccount": A },
                            ArnLike: { "aws:SourceArn": `arn:aws:ec2:eu-west-1:${A}:vpc-flow-log/*` },
                        },
                    },
                ],
                [
                    allow(
                        ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                        `arn:aws:logs:eu-west-1:${A}:log-group:/vpc/flow-logs:*`,
                    ),
                ],
            ),
    ),
];

describeVariants("round 87 red team: secure AWS variants (prod)", awsInsecure, awsSecure);

// ======== K8s (prod): RBAC limited by resourceNames, hardened pods.
const RBAC = "rbac.authorization.k8s.io";
const AUDITOR = [{ kind: "User", apiGroup: RBAC, name: "auditor" }];
const kube = (name: string, rules: object[], ns?: string): StackCase => ({
    name,
    stack: "prod",
    edit: r => roleFor(r, name.replace(/[^a-z0-9-]/g, "").slice(0, 50), rules, AUDITOR, ns),
});
const pod = (id: string, volumes: object[], mounts: object[]): StackCase => ({
    name: `${id}-rt87s`,
    stack: "prod",
    edit: r => {
        namespace(r, "ops-tools-rt87s");
        k8s(r, "kubernetes:apps/v1:Deployment", `ops-tools-${id}-rt87s`, {
            metadata: { name: `${id}-rt87s`, namespace: "ops-tools-rt87s" },
            spec: {
                replicas: 1,
                selector: { matchLabels: { app: id } },
                template: {
                    metadata: { labels: { app: id } },
                    spec: {
                        automountServiceAccountToken: false,
                        securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                        containers: [
                            {
                                name: "agent",
                                image:
                                    "111111111111.dkr.ecr.eu-west-1.amazonaws.com/ops/agent@sha256:" + "b".repeat(64),
                                securityContext: restricted,
                                volumeMounts: mounts,
                            },
                        ],
                        volumes,
                    },
                },
            },
        });
    },
});

const k8sInsecure: StackCase[] = [
    // KI1 twin of KS1: serviceaccounts/token create for the custody SA (TokenRequest API: the token is the SA's, and its
    // IRSA role follows: EKS "IAM roles for service accounts").
    kube(
        "ki1-token-containment-chamber-rt87s",
        [
            {
                apiGroups: [""],
                resources: ["serviceaccounts/token"],
                verbs: ["create"],
                resourceNames: ["containment-chamber"],
            },
        ],
        "validators",
    ),
    // KI2 twin of KS3: the same hardened pod with a read-only hostPath of the kubelet's pki (read-only still reads the
    // node's client key: Kubernetes "Volumes" hostPath warning).
    pod(
        "ki2-hostpath-kubelet-pki",
        [{ name: "pki", hostPath: { path: "/var/lib/kubelet/pki", type: "Directory" } }],
        [{ name: "pki", mountPath: "/pki", readOnly: true }],
    ),
];

const k8sSecure: StackCase[] = [
    // KS1 token requests only for a ServiceAccount of the ops namespace with no IAM role (Kubernetes "Using RBAC
    // Authorization": resourceNames limit get/update/create-on-subresource to those names).
    kube(
        "ks1-token-ops-reader-rt87s",
        [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"], resourceNames: ["ops-reader"] }],
        "ops-tools-rt87s",
    ),
    // KS2 leader election limited to one Lease name (coordination.k8s.io leases; RBAC resourceNames).
    kube(
        "ks2-lease-by-name-rt87s",
        [
            {
                apiGroups: ["coordination.k8s.io"],
                resources: ["leases"],
                verbs: ["get", "update", "patch"],
                resourceNames: ["ops-agent-leader"],
            },
        ],
        "ops-tools-rt87s",
    ),
    // KS3 a restricted pod with a projected token for another audience and a short life (Kubernetes "Projected Volumes":
    // serviceAccountToken audience, expirationSeconds) and a read-only ConfigMap.
    pod(
        "ks3-projected-audience",
        [
            {
                name: "token",
                projected: {
                    sources: [
                        {
                            serviceAccountToken: {
                                audience: "vault.ops.internal",
                                expirationSeconds: 3600,
                                path: "token",
                            },
                        },
                    ],
                },
            },
            { name: "cfg", configMap: { name: "ops-agent", defaultMode: 0o444 } },
            { name: "tmp", emptyDir: { medium: "Memory", sizeLimit: "16Mi" } },
        ],
        [
            { name: "token", mountPath: "/var/run/secrets/ops", readOnly: true },
            { name: "cfg", mountPath: "/etc/ops", readOnly: true },
            { name: "tmp", mountPath: "/tmp" },
        ],
    ),
    // KS4 configmap get limited to kube-root-ca.crt in validators (the public cluster CA every namespace gets:
    // Kubernetes "Configure Service Accounts for Pods", kube-root-ca.crt).
    kube(
        "ks4-get-kube-root-ca-validators-rt87s",
        [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get"], resourceNames: ["kube-root-ca.crt"] }],
        "validators",
    ),
];

describeVariants("round 87 red team: secure K8s variants (prod)", k8sInsecure, k8sSecure);

// ======== Other committed stacks: pod-identity, curity, trust-domain, cross-account, basil.
const PODID = ACCOUNT["pod-identity"];
const other = (stack: string, name: string, e: (r: Resources) => void, extra: Partial<StackCase> = {}): StackCase => ({
    name,
    stack,
    edit: e,
    ...extra,
});
/**
 * A pod-identity role for one ServiceAccount (EKS "EKS Pod Identity": trust pods.eks.amazonaws.com with sts:AssumeRole
 * and sts:TagSession; "Pod Identity session tags": eks-cluster-arn, kubernetes-namespace, kubernetes-service-account
 * pinned in the trust as the committed stack does).
 */
const podRole = (r: Resources, name: string, ns: string, sa: string, statements: object[]) =>
    trustedRole(
        r,
        PODID,
        name,
        [
            {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: {
                        "aws:RequestTag/eks-cluster-arn": `arn:aws:eks:eu-west-1:${PODID}:cluster/prod-validators`,
                        "aws:RequestTag/kubernetes-namespace": ns,
                        "aws:RequestTag/kubernetes-service-account": sa,
                    },
                },
            },
        ],
        statements,
    );
const passTo = (roleArn: string) => [
    allow("eks:CreatePodIdentityAssociation", `arn:aws:eks:eu-west-1:${PODID}:cluster/*`),
    allow("iam:PassRole", roleArn, {
        Condition: { StringEquals: { "iam:PassedToService": "pods.eks.amazonaws.com" } },
    }),
];

const otherInsecure: StackCase[] = [
    // OI1 twin of OS1: PassRole of the runtime signer role to pods (EKS Pod Identity: CreatePodIdentityAssociation
    // needs iam:PassRole on the role; the association then gives any pod of the named ServiceAccount the signer's keys).
    other("pod-identity", "OI1 CreatePodIdentityAssociation + PassRole of role/signer-role to pods-rt87s", r =>
        opsRole(r, "pod-identity", PODID, "rt87s-oi1", passTo(`arn:aws:iam::${PODID}:role/signer-role`)),
    ),
    // OI2 twin of OS4: Bottlerocket registry mirror over plain http (Bottlerocket settings.container-registry.mirrors:
    // "the container runtime will try the endpoints one-by-one and use the first working registry"): whoever is on the
    // path serves the images the node runs.
    other(
        "basil",
        "OI2 Bottlerocket container-registry.mirrors docker.io -> http://mirror.internal-rt87s",
        r =>
            void bottlerocket(r, [
                "[[settings.container-registry.mirrors]]",
                'registry = "docker.io"',
                'endpoints = ["http://mirror.internal"]',
            ]),
        { config: nodePolicyConfig },
    ),
];

const otherSecure: StackCase[] = [
    // OS1 a pod-identity role for the ops namespace's log shipper, trust pinned to cluster, namespace and ServiceAccount
    // by the session tags EKS sets, reading one ops prefix (no custody asset).
    other(
        "pod-identity",
        "OS1 pods.eks.amazonaws.com role pinned to ops-tools/log-shipper; s3:GetObject ops prefix-rt87s",
        r => {
            const roleArn = podRole(r, "rt87s-os1-reader", "ops-tools", "log-shipper", [
                allow("s3:GetObject", `arn:aws:s3:::ops-artifacts-${PODID}/releases/*`),
            ]);
            aws(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "rt87s-os1-log-shipper", {
                clusterName: "prod-validators",
                namespace: "ops-tools",
                serviceAccount: "log-shipper",
                roleArn,
            });
        },
    ),
    // (Written first as CreatePodIdentityAssociation on cluster/* + PassRole of this role only: refused by
    // custody-effective-access ("allows eks:CreatePodIdentityAssociation on arn:aws:eks:...:cluster/*: no workload of
    // the custody model has this identity"). Not reported: the CreatePodIdentityAssociation API also takes a
    // targetRoleArn and names any namespace/ServiceAccount, which this round did not verify against the EKS
    // authorization reference; fail closed is defensible.)
    // OS2 curity: uploads to the team's log bucket only with SSE-KMS required (S3 User Guide "Requiring server-side
    // encryption": s3:x-amz-server-side-encryption condition).
    other("curity", "OS2 s3:PutObject ops-logs/* when x-amz-server-side-encryption = aws:kms-rt87s", r =>
        opsRole(r, "curity", ACCOUNT.curity, "rt87s-os2", [
            allow("s3:PutObject", `arn:aws:s3:::ops-logs-${ACCOUNT.curity}/curity/*`, {
                Condition: { StringEquals: { "s3:x-amz-server-side-encryption": "aws:kms" } },
            }),
        ]),
    ),
    // OS3 trust-domain: CloudWatch metric reads, Resource * (CloudWatch: GetMetricData has no resource-level
    // permissions; no custody data in metrics).
    other("trust-domain", "OS3 cloudwatch:GetMetricData, ListMetrics on *-rt87s", r =>
        opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt87s-os3", [
            allow(["cloudwatch:GetMetricData", "cloudwatch:ListMetrics"], "*"),
        ]),
    ),
    // OS4 basil: Bottlerocket mirror over https (TLS verified by containerd) and kernel lockdown integrity
    // (Bottlerocket settings.kernel.lockdown: "integrity" blocks runtime kernel modification).
    other(
        "basil",
        "OS4 Bottlerocket container-registry.mirrors https, kernel.lockdown integrity-rt87s",
        r =>
            void bottlerocket(r, [
                "[settings.kernel]",
                'lockdown = "integrity"',
                "[[settings.container-registry.mirrors]]",
                'registry = "docker.io"',
                'endpoints = ["https://mirror.gcr.io"]',
            ]),
        { config: nodePolicyConfig },
    ),
    // OS5 cross-account: KMS listing only (kms:ListKeys, ListAliases: KMS
    // "Permissions reference", no cryptographic use).
    other("cross-account", "OS5 kms:ListKeys, kms:ListAliases on *-rt87s", r =>
        opsRole(r, "cross-account", ACCOUNT["cross-account"], "rt87s-os5", [
            allow(["kms:ListKeys", "kms:ListAliases"], "*"),
        ]),
    ),
];

describeVariants("round 87 red team: secure variants of the other stacks", otherInsecure, otherSecure);
