// Red-team round 86 on over-refusals (area secure, fresh eyes, from int86): SECURE variants of the committed stacks
// next to the round-86 fixes, each beside an insecure twin that changes one detail.
// Probed: (node, dev) https package installs (the SSM agent's documented URL, rpm -Uvh https://, dnf config-manager
// --add-repo https://), rpm over http:// with signatures required (--define _pkgverify_level all, a macros file of
// _pkgverify_level signature, --setopt=localpkg_gpgcheck=True) vs rpm -Uvh http:// by default; launchers of image
// programs (watch -g, script -qc, ip vrf exec, ip netns exec sh -c, perf record, systemd-inhibit, su -s nobody -c,
// ltrace -c, sudo -u) vs watch/perf/su of /var/tmp and /tmp programs; roots (rpm --root /opt/chroot, systemd-run -p
// RootDirectory=/ -p BindReadOnlyPaths=/usr); bind mounts (NVMe at /var/lib/containerd, -o bind,ro of /etc) vs a bind
// from /tmp, and from /mnt (DECIDED insecure: pods may mount /mnt); ${V:-W} of image and root-written paths vs
// /dev/shm; globs over root-written and image directories vs /var/tmp; find -exec {} and parallel -a of root-written
// hooks and lists vs /var/tmp; process substitution of root-written and image files vs /tmp; git clone over https
// (tag pinned, make), core.sshCommand / GIT_SSH_COMMAND with root-owned keys vs http://; nerdctl/crictl/podman pulls
// with TLS on; the bundle path linked to the image bundle vs a /tmp PEM; kubelet tls files in /var/lib/kubelet/pki,
// staticPodPath /etc/kubernetes/manifests, the ECR credential provider flags at /etc/eks paths; tar
// --checkpoint-action=exec of a root-written script; sort --compress-prog (abbreviation), iptables --modprobe of the
// image modprobe. (AWS, prod) fixed principal tags: a Deny like custody-* on the role's own tag vs another value, an
// Allow RequestedRegion=${aws:PrincipalTag/region} of another Region vs the keys' Region, ArnLike on the role's own
// prefix (also through ${aws:PrincipalTag/team}) vs another prefix, aws:userid *:*. (K8s, prod) read-only RBAC on
// snapshots/PVs/claims/storage classes, a restore operator without pods (DECIDED secure) vs snapshot contents with
// pods create and PV create.
// Misses (0 insecure accepted, 7 secure refused):
//   - PROCESS-SUBSTITUTION-OF-KNOWN-FILES (round 86's `<(cmd)` unreadable): S6, S6b (rootReads.ts, the Round 86
//     DESCRIPTOR_PATH `pipe` check after plantedLoaded).
//   - DEFAULT-EXPANSION-LOSES-KNOWN-TEXT (round 86's ${V:-W}): S13 `. "${OPS_ENV:-/etc/ops/env}"` of a written file
//     (rootReads.ts scriptOperandWord / unreadableRun); S13b, the literal path, is clean.
//   - KUBELET-OWN-CREDENTIALS: S28 tlsCertFile/tlsPrivateKeyFile in /var/lib/kubelet/pki read as an agent shipping
//     node credentials (userDataReaders/rootWrites.ts NODE_CREDENTIALS mention check).
//   - CHECKOUT-BUILD-TOOLS: S21, S21b make -C of a verified https checkout read as an unknown listener
//     (userDataReaders/commandServers.ts unreadCode), while the checkout's install.sh (fix86-ts2) is clean.
//   - STATIC-POD-SOURCE (design question): S29 staticPodPath /etc/kubernetes/manifests (formats.ts
//     kubeletConfigOpenings).
// Held: 17 of 17 insecure refused (I1-I8, I10-I13, AI1-AI3, KI1, KI2); 45 of 52 secure clean.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";
import { describeVariants, find, Resources, setProp, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { roleFor } from "./variantBuilders";

const n = (id: string) => `dev-${id}-86s-nodes`;
/** A known miss: skipped unless REDTEAM_ALL=1. */
const MISS = true;
const KCFG = (json: string) => `{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration",${json}}`;

const insecure: NodeCase[] = [
    // I1 twin of S3: watch(1) runs its words through sh -c; /var/tmp is any user's (hier(7)): root runs their file.
    devNodeCase(
        "I1 watch -n 5 -g /var/tmp/ops-check-rt86s",
        devNodeScript(n("i1"), ["timeout 30 watch -n 5 -g /var/tmp/ops-check || true"]),
    ),
    // I2 twin of S8: the instance-store idiom with the source in /tmp: containerd's state (images pods run) is planted.
    devNodeCase(
        "I2 mount --bind /tmp/containerd /var/lib/containerd-rt86s",
        devNodeScript(n("i2"), [
            "mkdir -p /tmp/containerd",
            "mount --bind /tmp/containerd /var/lib/containerd",
            "systemctl restart containerd",
        ]),
    ),
    // I3 twin of S12: a ${V:-W} default naming a /dev/shm program.
    devNodeCase(
        'I3 "${CONTAINERD_BIN:-/dev/shm/containerd}" --version-rt86s',
        devNodeScript(n("i3"), ['"${CONTAINERD_BIN:-/dev/shm/containerd}" --version']),
    ),
    // I4 twin of S16: a glob over /var/tmp (bash(1) Pathname Expansion) sourced by root.
    devNodeCase(
        "I4 for f in /var/tmp/ops.d/*.sh; do . $f; done-rt86s",
        devNodeScript(n("i4"), ['for f in /var/tmp/ops.d/*.sh; do . "$f"; done']),
    ),
    // I5 twin of S19: find -exec {} runs each found file; /var/tmp/hooks is any user's.
    devNodeCase(
        "I5 find /var/tmp/hooks -type f -exec {} ;-rt86s",
        devNodeScript(n("i5"), ["find /var/tmp/hooks -maxdepth 1 -type f -executable -exec {} \\;"]),
    ),
    // I6 twin of S21: git clone over plain http:// then running the checkout (anyone on the path writes the code).
    devNodeCase(
        "I6 git clone http://git.example.com/ops.git; /opt/ops/install.sh-rt86s",
        devNodeScript(n("i6"), ["git clone --depth 1 http://git.example.com/ops.git /opt/ops", "/opt/ops/install.sh"]),
    ),
    // I7 twin of S24: a link from a planted file into the trust store path curl/openssl read.
    devNodeCase(
        "I7 ln -sf /tmp/ca.pem /etc/ssl/certs/ca-certificates.crt-rt86s",
        devNodeScript(n("i7"), ["ln -sf /tmp/ca.pem /etc/ssl/certs/ca-certificates.crt"]),
    ),
    // I8 twin of S6: sysctl -p of a process substitution of a /tmp file.
    devNodeCase(
        "I8 sysctl -p <(grep -v '^#' /tmp/ops.conf)-rt86s",
        devNodeScript(n("i8"), ["sysctl -p <(grep -v '^#' /tmp/ops.conf)"]),
    ),
    // (I9 withdrawn: imageCredentialProviderBinDir in a config.json.d drop-in is no KubeletConfiguration field; Kubernetes
    // "Kubelet Configuration (v1)": the plugins dir is "set by the --image-credential-provider-bin-dir flag", fix86-g.)
    // I10 twin of S31: rpm -Uvh http:// with the default _pkgverify_level (digest: no signature needed, rpm(8)).
    devNodeCase(
        "I10 rpm -Uvh http://repo.internal/ops.rpm-rt86s",
        devNodeScript(n("i10"), ["rpm -Uvh http://repo.internal/ops.rpm"]),
    ),
    // I11 twin of S10: perf record of a /tmp program.
    devNodeCase(
        "I11 perf record -o /var/log/perf.data -- /tmp/bench-rt86s",
        devNodeScript(n("i11"), ["perf record -o /var/log/perf.data -- /tmp/bench"]),
    ),
    // I12 twin of S14: su -c of a /var/tmp script as root.
    devNodeCase(
        "I12 su -s /bin/bash root -c /var/tmp/x-rt86s",
        devNodeScript(n("i12"), ["su -s /bin/bash root -c /var/tmp/x"]),
    ),
    // I13 (written as secure, DECIDED insecure under the pack's model): the same instance store mounted under /mnt and
    // containerd's state bound from it. mount(8) --bind makes /mnt/k8s/containerd and /var/lib/containerd one tree, and
    // /mnt is a directory the pack lets a pod mount by hostPath (podSpec.ts data directories): such a pod rewrites the
    // image layers containerd runs for every other pod. Refused (rootReads.ts mounted, NODE_SECRETS exposure).
    devNodeCase(
        "I13 mkfs.xfs /dev/nvme1n1; mount; mount --bind /mnt/k8s/containerd /var/lib/containerd-rt86s",
        devNodeScript(n("i13"), [
            "mkfs.xfs -f /dev/nvme1n1",
            "mkdir -p /mnt/k8s",
            "mount /dev/nvme1n1 /mnt/k8s",
            "mkdir -p /mnt/k8s/containerd",
            "mount --bind /mnt/k8s/containerd /var/lib/containerd",
            "systemctl restart containerd",
        ]),
    ),
    // Neighbours of S6 (round 86 fix): a process substitution is its command's files only when that command is a
    // stream reader of files (rootReads.ts substitutedFiles, pipedFiles): a download's output, grep -o (grep(1): "Print
    // only the matched (non-empty) parts"), a /var/tmp file or a written file setting a kernel helper stay refused.
    devNodeCase(
        "sysctl -p <(curl -fsS https://example.com/sysctl.conf)-fix86",
        devNodeScript(n("f86a"), ["sysctl -p <(curl -fsS https://example.com/sysctl.conf)"]),
    ),
    devNodeCase(
        "sysctl -p <(grep -o 'kernel.*' /etc/ops/notes) (written)-fix86",
        devNodeScript(n("f86b"), [
            ...heredocFile("/etc/ops/notes", ["# kernel.core_pattern=|/tmp/x"]),
            "sysctl -p <(grep -o 'kernel.*' /etc/ops/notes)",
        ]),
    ),
    devNodeCase(
        "sysctl -p <(cat /var/tmp/ops.conf)-fix86",
        devNodeScript(n("f86c"), ["sysctl -p <(cat /var/tmp/ops.conf)"]),
    ),
    devNodeCase(
        "sysctl -p <(cat /etc/sysctl.d/99-ops.conf) of kernel.core_pattern=|/tmp/x (written)-fix86",
        devNodeScript(n("f86d"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["kernel.core_pattern = |/tmp/x %p"]),
            "sysctl -p <(cat /etc/sysctl.d/99-ops.conf)",
        ]),
    ),
    // Neighbours of S28 (round 86 fix): the kubelet's own configuration naming its serving pair is judged by its own
    // reader (formats.ts KUBELET_ROOT_PATHS): a key in /tmp stays refused; a log agent naming the kubelet's pki ships it.
    devNodeCase(
        "kubelet drop-in tlsPrivateKeyFile /tmp/kubelet.key-fix86",
        devNodeScript(
            n("f86e"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/60-tls.conf", [
                KCFG('"tlsCertFile":"/tmp/kubelet.crt","tlsPrivateKeyFile":"/tmp/kubelet.key"'),
            ]),
        ),
    ),
    // podLogsDir is no credential field: the kubelet serves its files as pod logs (KubeletConfiguration podLogsDir).
    devNodeCase(
        "kubelet drop-in podLogsDir /var/lib/kubelet/pki-fix86",
        devNodeScript(
            n("f86i"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/60-logs.conf", [
                KCFG('"podLogsDir":"/var/lib/kubelet/pki"'),
            ]),
        ),
    ),
    devNodeCase(
        "fluent-bit tail of /var/lib/kubelet/pki/*.key-fix86",
        devNodeScript(
            n("f86f"),
            heredocFile("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name tail",
                "    Path /var/lib/kubelet/pki/*.key",
            ]),
        ),
    ),
    // Round 87 neighbours, DEFAULT-EXPANSION-LOSES-KNOWN-TEXT (S13): a default stands for its word only where nothing
    // but the script sets the variable (rootReads.ts defaultsDecided). Set from output the pack cannot read, the value
    // is any file; a name bash itself sets (bash(1) "Shell Variables": HOSTNAME) is its value, not the default.
    devNodeCase(
        'OPS_ENV=$(curl ... tags/instance/ops-env); . "${OPS_ENV:-/etc/ops/env}"-fix87',
        devNodeScript(n("f87a"), [
            ...heredocFile("/etc/ops/env", ["CLUSTER=dev"]),
            'TOKEN=$(curl -sS -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")',
            'OPS_ENV=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/tags/instance/ops-env)',
            '. "${OPS_ENV:-/etc/ops/env}"',
        ]),
    ),
    devNodeCase(
        '. "/etc/ops/${HOSTNAME:-default}.env" (written default.env)-fix87',
        devNodeScript(n("f87b"), [
            ...heredocFile("/etc/ops/default.env", ["CLUSTER=dev"]),
            '. "/etc/ops/${HOSTNAME:-default}.env"',
        ]),
    ),
    devNodeCase(
        'bash "${OPS_SETUP-/var/tmp/setup.sh}"-fix87',
        devNodeScript(n("f87c"), ['bash "${OPS_SETUP-/var/tmp/setup.sh}"']),
    ),
    // Round 87 neighbours, CURL-OPTION-VALUES: an IMDSv2 download (AWS EC2 User Guide "Use IMDSv2": the token in an
    // X-aws-ec2-metadata-token header) whose file root then runs is still a program the pack cannot read; a curl config
    // (-K) in /tmp after a header is still read as curl's (curl(1) -K: options, -o and the URL among them).
    devNodeCase(
        'curl -H "X-aws-ec2-metadata-token: $TOKEN" -o /etc/ops/boot.sh .../user-data; bash /etc/ops/boot.sh-fix87',
        devNodeScript(n("f87d"), [
            'TOKEN=$(curl -sS -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")',
            'curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" -o /etc/ops/boot.sh http://169.254.169.254/latest/user-data',
            "bash /etc/ops/boot.sh",
        ]),
    ),
    devNodeCase(
        'curl -H "X-aws-ec2-metadata-token: $TOKEN" -o /data/creds.json .../security-credentials/node-fix87',
        devNodeScript(n("f87e"), [
            'TOKEN=$(curl -sS -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")',
            'curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" -o /data/creds.json http://169.254.169.254/latest/meta-data/iam/security-credentials/node',
        ]),
    ),
    // Round 87 neighbours, CHECKOUT-BUILD-TOOLS (S21, S21b): make over a checkout is the checkout's code, judged where
    // it came from (rootReads.ts buildFiles with planted: unverifiedTrees, world-writable directories, planted copies;
    // commandServers.ts checkoutBuild): git over plain http://, with http.sslVerify=false (git-config(1)) or
    // GIT_SSL_NO_VERIFY; a clone into /tmp (git-clone(1): an existing empty directory another user made is cloned
    // into); a checkout changed after the clone (an archive from /tmp unpacked over it, a Makefile the script wrote).
    devNodeCase(
        "git clone http://git.example.com/ops.git /opt/ops; make -C /opt/ops install-fix87",
        devNodeScript(n("f87k"), ["git clone http://git.example.com/ops.git /opt/ops", "make -C /opt/ops install"]),
    ),
    devNodeCase(
        "git -c http.sslVerify=false clone https://...; cd /opt/ops && make install-fix87",
        devNodeScript(n("f87l"), [
            "git -c http.sslVerify=false clone https://github.com/example/ops.git /opt/ops",
            "cd /opt/ops && make install",
        ]),
    ),
    devNodeCase(
        "GIT_SSL_NO_VERIFY=1 git clone https://...; make -C /opt/ops-fix87",
        devNodeScript(n("f87m"), [
            "GIT_SSL_NO_VERIFY=1 git clone https://github.com/example/ops.git /opt/ops",
            "make -C /opt/ops",
        ]),
    ),
    devNodeCase(
        "git clone https://... /tmp/ops; make -C /tmp/ops install-fix87",
        devNodeScript(n("f87n"), ["git clone https://github.com/example/ops.git /tmp/ops", "make -C /tmp/ops install"]),
    ),
    devNodeCase(
        "git clone https://... /opt/ops; tar -xf /tmp/patch.tar -C /opt/ops; make -C /opt/ops install-fix87",
        devNodeScript(n("f87o"), [
            "git clone https://github.com/example/ops.git /opt/ops",
            "tar -xf /tmp/patch.tar -C /opt/ops",
            "make -C /opt/ops install",
        ]),
    ),
    devNodeCase(
        "git clone https://... /opt/ops; cat > /opt/ops/Makefile (nc -lk 0.0.0.0); make -C /opt/ops-fix87",
        devNodeScript(n("f87p"), [
            "git clone https://github.com/example/ops.git /opt/ops",
            ...heredocFile("/opt/ops/Makefile", ["all:", "\tnc -lk 0.0.0.0 9000"]),
            "make -C /opt/ops",
        ]),
    ),
];

const secure: NodeCase[] = [
    // S1 AWS SSM agent install from its documented https URL (SSM user guide "Manually install SSM Agent on Amazon
    // Linux 2023": sudo dnf install -y https://s3.amazonaws.com/ec2-downloads-windows/SSMAgent/latest/linux_amd64/
    // amazon-ssm-agent.rpm); TLS verified by default.
    devNodeCase(
        "S1 dnf install -y https://s3.amazonaws.com/.../amazon-ssm-agent.rpm-rt86s",
        devNodeScript(n("s1"), [
            "dnf install -y https://s3.amazonaws.com/ec2-downloads-windows/SSMAgent/latest/linux_amd64/amazon-ssm-agent.rpm",
        ]),
    ),
    // S2 rpm -Uvh of an https URL (rpm fetches with TLS verification; the operator's server).
    devNodeCase(
        "S2 rpm -Uvh https://repo.example.com/ops-agent.rpm-rt86s",
        devNodeScript(n("s2"), ["rpm -Uvh https://repo.example.com/ops-agent.rpm"]),
    ),
    // S3 watch(1) of an image program (chronyc) under timeout.
    devNodeCase(
        "S3 timeout 30 watch -n 5 -g chronyc tracking-rt86s",
        devNodeScript(n("s3"), ["timeout 30 watch -n 5 -g /usr/bin/chronyc tracking || true"]),
    ),
    // S4 script(1) -c of an image command logging to a root-owned file.
    devNodeCase(
        "S4 script -qc 'systemctl status kubelet' /var/log/ops/kubelet.typescript-rt86s",
        devNodeScript(n("s4"), [
            "mkdir -p /var/log/ops",
            "script -qc 'systemctl status kubelet --no-pager' /var/log/ops/kubelet.typescript",
        ]),
    ),
    // S5 ip vrf exec (ip-vrf(8)) of an image program.
    devNodeCase(
        "S5 ip vrf exec mgmt /usr/bin/chronyc sources-rt86s",
        devNodeScript(n("s5"), ["ip vrf exec mgmt /usr/bin/chronyc sources"]),
    ),
    // S6 sysctl -p of a process substitution of a root-written file (bash(1) Process Substitution: a pipe of its output).
    // Was a MISS (fixed in round 86): PROCESS-SUBSTITUTION-OF-KNOWN-FILES: secure refused ("sysctl loads /dev/fd/63, a pipe or descriptor whose
    // content the pack cannot read"). Where: policy-pack/engine/rootReads.ts (the Round 86 `pipe` check after
    // plantedLoaded, DESCRIPTOR_PATH): every <(cmd) loaded operand is unreadable, whatever cmd reads. Fix (general): a
    // process substitution whose command is a known data filter (cat, grep, sed -n, sort, awk without system) of files
    // takes those files' provenance (root-written known text, image files: clean; planted files: refused, as I8 is),
    // the same reading `cmd | sysctl -p -` already gets; only an unknown command's output stays unreadable.
    devNodeCase(
        "S6 sysctl -p <(grep -v '^#' /etc/sysctl.d/99-ops.conf) (written)-rt86s",
        devNodeScript(n("s6"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["# ops", "vm.max_map_count = 262144"]),
            "sysctl -p <(grep -v '^#' /etc/sysctl.d/99-ops.conf)",
        ]),
    ),
    // S7 diff of two process substitutions of image files (a read, nothing loaded).
    devNodeCase(
        "S7 diff <(sort /etc/hosts) <(sort /etc/hosts.orig)-rt86s",
        devNodeScript(n("s7"), ["diff <(sort /etc/hosts) <(sort /etc/hosts.orig) || true"]),
    ),
    // S8 the instance-store idiom done directly: the NVMe instance store formatted and mounted at containerd's state
    // directory (mount(8); the device and mount point are root's, nothing under a pod-mountable path).
    devNodeCase(
        "S8 mkfs.xfs /dev/nvme1n1; mount /dev/nvme1n1 /var/lib/containerd-rt86s",
        devNodeScript(n("s8"), [
            "systemctl stop containerd",
            "mkfs.xfs -f /dev/nvme1n1",
            "mount /dev/nvme1n1 /var/lib/containerd",
            "systemctl start containerd",
        ]),
    ),
    // S9 a read-only bind of a root-owned config directory elsewhere (mount(8) -o bind,ro).
    devNodeCase(
        "S9 mount -o bind,ro /etc/ops /srv/ops-rt86s",
        devNodeScript(n("s9"), ["mkdir -p /srv/ops", "mount -o bind,ro /etc/ops /srv/ops"]),
    ),
    // S10 perf record -o a root-owned file of an image program (perf-record(1)).
    devNodeCase(
        "S10 perf record -o /var/log/perf.data -- /usr/bin/true-rt86s",
        devNodeScript(n("s10"), ["perf record -o /var/log/perf.data -- /usr/bin/true"]),
    ),
    // S11 systemd-inhibit(1) of an image program.
    devNodeCase(
        "S11 systemd-inhibit --what=shutdown /usr/bin/dnf -y upgrade --security-rt86s",
        devNodeScript(n("s11"), ["systemd-inhibit --what=shutdown --why=patching /usr/bin/dnf -y upgrade --security"]),
    ),
    // S12 ${V:-W} of an image program (bash(1) Parameter Expansion).
    devNodeCase(
        'S12 "${CONTAINERD_BIN:-/usr/bin/containerd}" --version-rt86s',
        devNodeScript(n("s12"), ['"${CONTAINERD_BIN:-/usr/bin/containerd}" --version']),
    ),
    // S13 a default config path sourced: ${OPS_ENV:-/etc/ops/env} written by the script.
    // Was a MISS (fixed in round 87): DEFAULT-EXPANSION-LOSES-KNOWN-TEXT: secure refused ("a program made at boot ... . \"${OPS_ENV:-/etc/ops/env}\":
    // its program from /etc/ops/env, whose content the pack does not know"); S13b, the literal `. /etc/ops/env`, is
    // clean. Where: policy-pack/engine/rootReads.ts, the scriptOperandWord/unreadableRun check (and the sourced-script
    // reading before it): round 86's eachDefaultReading judges W only for planting; the script text is looked up by
    // the unexpanded word. Fix (general): expand ${V:-W}/${V-W}/${V:=W} once (V unset in user data: W) before every
    // reader, so a default names the same file, with the same known text, as its literal.
    // Still open (round 86): no time this round; the fix needs rootReads.ts scriptOperandWord/unreadableRun to read a
    // ${V:-W} script word in eachDefaultReading's W reading too, and combine it with the V-unknown reading.
    devNodeCase(
        '. "${OPS_ENV:-/etc/ops/env}" (written)-rt86s',
        devNodeScript(n("s13"), [
            ...heredocFile("/etc/ops/env", ["CLUSTER=dev"]),
            '. "${OPS_ENV:-/etc/ops/env}"',
            'echo "$CLUSTER"',
        ]),
    ),
    // S13b the same file sourced by its literal path (isolates S13's default expansion).
    devNodeCase(
        ". /etc/ops/env (written)-rt86s",
        devNodeScript(n("s13b"), [
            ...heredocFile("/etc/ops/env", ["CLUSTER=dev"]),
            ". /etc/ops/env",
            'echo "$CLUSTER"',
        ]),
    ),
    // S6b sysctl -p of a process substitution of an image file (the AL2023 image's /usr/lib/sysctl.d defaults).
    // Was a MISS (fixed in round 86): PROCESS-SUBSTITUTION-OF-KNOWN-FILES: secure refused ("sysctl loads /dev/fd/63, a pipe or descriptor whose
    // content the pack cannot read"). Where: policy-pack/engine/rootReads.ts (the Round 86 `pipe` check after
    // plantedLoaded, DESCRIPTOR_PATH): every <(cmd) loaded operand is unreadable, whatever cmd reads. Fix (general): a
    // process substitution whose command is a known data filter (cat, grep, sed -n, sort, awk without system) of files
    // takes those files' provenance (root-written known text, image files: clean; planted files: refused, as I8 is),
    // the same reading `cmd | sysctl -p -` already gets; only an unknown command's output stays unreadable.
    devNodeCase(
        "S6b sysctl -p <(cat /usr/lib/sysctl.d/50-default.conf)-rt86s",
        devNodeScript(n("s6b"), ["sysctl -p <(cat /usr/lib/sysctl.d/50-default.conf)"]),
    ),
    // S21b the clone's Makefile run by make outside install (make -C of a verified https checkout, no server).
    // Was a MISS (fixed in round 87): CHECKOUT-BUILD-TOOLS: secure refused ("root run make -C /opt/ops ... (code in a language the pack does not
    // read), a program the pack does not read, listening beyond loopback"), while fix86-ts2 (the same https checkout's
    // /opt/ops/install.sh run directly) is clean. Where: policy-pack/engine/userDataReaders/commandServers.ts unreadCode
    // (make as an unknown server). Fix (general): a build tool (make -C DIR, cmake --build, ninja -C) over a checkout
    // fetched over verified TLS is that checkout's code, judged as the round-86 git/https reading judges its scripts
    // (design question: or refuse fix86-ts2 too, consistently).
    // Still open (round 86): no time this round; commandServers.ts unreadInterpreterListeners (make as UNREAD_INTERPRETERS)
    // has no view of rootReads' checkouts: a verified-checkout set (the dual of unverifiedTrees) must reach it.
    devNodeCase(
        "S21b git clone https://...; make -C /opt/ops (after S21's clone) check-rt86s",
        devNodeScript(n("s21b"), [
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "make -C /opt/ops check",
        ]),
    ),
    // S14 su(1) to nobody with a nologin-overriding shell running an image command.
    devNodeCase(
        "S14 su -s /bin/sh nobody -c /usr/bin/id-rt86s",
        devNodeScript(n("s14"), ["su -s /bin/sh nobody -c /usr/bin/id"]),
    ),
    // S15 ltrace -c of an image program (ltrace(1)).
    devNodeCase("S15 ltrace -c /usr/bin/true-rt86s", devNodeScript(n("s15"), ["ltrace -c /usr/bin/true"])),
    // S16 a loop over a glob of a root-written directory (bash(1) Pathname Expansion matches root's files only).
    devNodeCase(
        "S16 for f in /etc/ops/conf.d/*.sh; do . $f; done (written)-rt86s",
        devNodeScript(n("s16"), [
            ...heredocFile("/etc/ops/conf.d/10-env.sh", ["export OPS=1"]),
            'for f in /etc/ops/conf.d/*.sh; do . "$f"; done',
        ]),
    ),
    // S17 a glob over image module directories (uname -r).
    devNodeCase(
        "S17 chmod 0644 /etc/sysctl.d/*.conf /etc/modprobe.d/*.conf-rt86s",
        devNodeScript(n("s17"), ["chmod 0644 /etc/sysctl.d/*.conf /etc/modprobe.d/*.conf"]),
    ),
    // S18 a glob naming an image program directory with a version component.
    devNodeCase(
        "S18 /usr/libexec/*/ops-health (image tree)-rt86s",
        devNodeScript(n("s18"), ["ls /usr/libexec/*/ || true"]),
    ),
    // S19 find -exec {} of a root-owned hooks directory (/etc is root's: hier(7)), the run-parts idiom.
    devNodeCase(
        "S19 find /etc/ops/hooks.d -type f -exec {} ; (written)-rt86s",
        devNodeScript(n("s19"), [
            ...heredocFile("/etc/ops/hooks.d/10-hello", ["#!/bin/sh", "echo hello"]),
            "chmod 0755 /etc/ops/hooks.d/10-hello",
            "find /etc/ops/hooks.d -maxdepth 1 -type f -executable -exec {} \\;",
        ]),
    ),
    // S20 parallel -a of a root-written argument file (GNU parallel -a/--arg-file).
    devNodeCase(
        "S20 parallel -a /etc/ops/hosts.list ping -c1 {} (written)-rt86s",
        devNodeScript(n("s20"), [
            ...heredocFile("/etc/ops/hosts.list", ["10.0.0.1", "10.0.0.2"]),
            "parallel -a /etc/ops/hosts.list ping -c1 {}",
        ]),
    ),
    // S21 git clone over https with a pinned tag, then the checkout's make install (git-clone(1); TLS verified).
    // Was a MISS (fixed in round 87): CHECKOUT-BUILD-TOOLS: secure refused ("root run make -C /opt/ops ... (code in a language the pack does not
    // read), a program the pack does not read, listening beyond loopback"), while fix86-ts2 (the same https checkout's
    // /opt/ops/install.sh run directly) is clean. Where: policy-pack/engine/userDataReaders/commandServers.ts unreadCode
    // (make as an unknown server). Fix (general): a build tool (make -C DIR, cmake --build, ninja -C) over a checkout
    // fetched over verified TLS is that checkout's code, judged as the round-86 git/https reading judges its scripts
    // (design question: or refuse fix86-ts2 too, consistently).
    // Still open (round 86): as S21b (commandServers.ts unreadInterpreterListeners needs the verified checkouts).
    devNodeCase(
        "S21 git clone --branch v1.2.3 https://github.com/example/ops.git; make -C /opt/ops install-rt86s",
        devNodeScript(n("s21"), [
            "git clone --depth 1 --branch v1.2.3 https://github.com/example/ops.git /opt/ops",
            "make -C /opt/ops install",
        ]),
    ),
    // S22 git over ssh with a root-owned deploy key and known_hosts (git-config(1) core.sshCommand).
    devNodeCase(
        "S22 git -c core.sshCommand='ssh -i /etc/ops/deploy_key -o UserKnownHostsFile=/etc/ops/known_hosts' clone-rt86s",
        devNodeScript(n("s22"), [
            "git -c core.sshCommand='ssh -i /etc/ops/deploy_key -o UserKnownHostsFile=/etc/ops/known_hosts -o StrictHostKeyChecking=yes' clone git@github.com:example/ops.git /opt/ops",
        ]),
    ),
    // S23 GIT_SSH_COMMAND of the same (git(1) ENVIRONMENT).
    devNodeCase(
        "S23 GIT_SSH_COMMAND='ssh -i /etc/ops/deploy_key' git -C /opt/ops pull --ff-only-rt86s",
        devNodeScript(n("s23"), [
            "GIT_SSH_COMMAND='ssh -i /etc/ops/deploy_key -o StrictHostKeyChecking=yes' git -C /opt/ops pull --ff-only",
        ]),
    ),
    // S24 the Debian-style bundle path linked to AL2023's image bundle (a link to a root-owned image file).
    devNodeCase(
        "S24 ln -sf /etc/pki/tls/certs/ca-bundle.crt /etc/ssl/certs/ca-certificates.crt-rt86s",
        devNodeScript(n("s24"), ["ln -sf /etc/pki/tls/certs/ca-bundle.crt /etc/ssl/certs/ca-certificates.crt"]),
    ),
    // S25 image pulls over https from ECR Public / a private registry (nerdctl, crictl; TLS verified by default).
    devNodeCase(
        "S25 nerdctl -n k8s.io pull public.ecr.aws/...; crictl pull registry.example.com/ops/agent:1-rt86s",
        devNodeScript(n("s25"), [
            "nerdctl -n k8s.io pull public.ecr.aws/eks-distro/kubernetes/pause:3.9",
            "crictl pull registry.example.com/ops/agent:1",
        ]),
    ),
    // S26 podman pull with verification explicitly on (podman-pull(1) --tls-verify, default true).
    devNodeCase(
        "S26 podman pull --tls-verify=true registry.example.com/ops/agent:1-rt86s",
        devNodeScript(n("s26"), ["podman pull --tls-verify=true registry.example.com/ops/agent:1"]),
    ),
    // S27 the EKS ECR credential provider at its AMI paths, by the kubelet flags (Kubernetes "Configure a kubelet image
    // credential provider": the executable "must be in the kubelet's bin directory (set by the
    // --image-credential-provider-bin-dir flag)"; imageCredentialProviderBinDir is no KubeletConfiguration field).
    devNodeCase(
        "S27 bootstrap.sh --kubelet-extra-args --image-credential-provider-bin-dir=/etc/eks/image-credential-provider-rt86s",
        devNodeScript(n("s27"), [
            "/etc/eks/bootstrap.sh dev --kubelet-extra-args '--image-credential-provider-bin-dir=/etc/eks/image-credential-provider --image-credential-provider-config=/etc/eks/image-credential-provider/config.json'",
        ]),
    ),
    // S28 kubelet serving certificates in /var/lib/kubelet/pki (the kubelet's own root-only directory).
    // Was a MISS (fixed in round 86): KUBELET-OWN-CREDENTIALS: secure refused ("has a node agent read the node's credentials (in
    // /etc/kubernetes/kubelet/config.json.d/60-tls.conf ...): every pod's token or the node's keys leave the node with
    // its output"). kubelet(8) --cert-dir "default /var/lib/kubelet/pki" is where the kubelet keeps its own serving
    // pair: naming it is the kubelet's default, nothing is shipped. Where: policy-pack/engine/userDataReaders/
    // rootWrites.ts (the NODE_CREDENTIALS mention check, `credentials` near line 875) reads the kubelet's own drop-in as
    // a log agent's config. Fix (general): configuration of the credential's owner (kubelet config.json.d, kubelet
    // flags, containerd config) is judged by its own reader (formats.ts KUBELET_ROOT_PATHS: world-writable paths only),
    // not by the agent-ships-credentials rule.
    devNodeCase(
        "S28 kubelet drop-in tlsCertFile/tlsPrivateKeyFile /var/lib/kubelet/pki-rt86s",
        devNodeScript(
            n("s28"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/60-tls.conf", [
                KCFG(
                    '"tlsCertFile":"/var/lib/kubelet/pki/kubelet.crt","tlsPrivateKeyFile":"/var/lib/kubelet/pki/kubelet.key"',
                ),
            ]),
        ),
    ),
    // S29 staticPodPath at the conventional /etc/kubernetes/manifests.
    // DECIDED (round 86 integration): refused, as round 84's S20m and round 86's node2 S10: a static pod source is a
    // pod no admission sees; the EKS AMIs' kubelet config sets none. Stays skipped.
    // MISS (design question): STATIC-POD-SOURCE: secure refused ("sets a static pod source: the kubelet runs static pods
    // from there, outside admission"). /etc/kubernetes/manifests is root's (hier(7) /etc) and the user data writes
    // nothing there; kubeadm's default staticPodPath. Where: policy-pack/engine/userDataReaders/formats.ts
    // kubeletConfigOpenings (staticPodPath always an opening). Fix (general): a staticPodPath in a root-only directory
    // is judged by the pod files user data writes there (each read as a pod spec, podSpec.ts), a world-writable or
    // data-directory one or staticPodURL refused.
    devNodeCase(
        "S29 kubelet drop-in staticPodPath /etc/kubernetes/manifests-rt86s",
        devNodeScript(
            n("s29"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/60-static.conf", [
                KCFG('"staticPodPath":"/etc/kubernetes/manifests"'),
            ]),
        ),
        /./,
        MISS,
    ),
    // S30 a signing-key import over https then a repo install (rpm --import https://).
    devNodeCase(
        "S30 rpm --define '_pkgverify_level all' -ivh http://repo.internal/ops.rpm-rt86s",
        devNodeScript(n("s30"), ["rpm --define '_pkgverify_level all' -ivh http://repo.internal/ops.rpm"]),
    ),
    // S31 a macros file requiring signatures, then rpm over http (rpm-config: %_pkgverify_level signature).
    devNodeCase(
        "S31 /etc/rpm/macros.verify _pkgverify_level signature; rpm -Uvh http://-rt86s",
        devNodeScript(n("s31"), [
            ...heredocFile("/etc/rpm/macros.verify", ["%_pkgverify_level signature"]),
            "rpm -Uvh http://repo.internal/ops.rpm",
        ]),
    ),
    // S32 dnf install -y http:// with gpgcheck and localpkg_gpgcheck on the command line (dnf.conf(5)).
    devNodeCase(
        "S32 dnf install -y --setopt=localpkg_gpgcheck=True http://...-rt86s",
        devNodeScript(n("s32"), [
            "dnf install -y --setopt=localpkg_gpgcheck=True --setopt=gpgcheck=True http://repo.internal/ops.rpm",
        ]),
    ),
    // S33 dnf config-manager --add-repo https:// (the vendor install idiom; TLS verified).
    devNodeCase(
        "S33 dnf config-manager --add-repo https://...; dnf install-rt86s",
        devNodeScript(n("s33"), [
            "dnf config-manager --add-repo https://repo.example.com/ops.repo",
            "dnf install -y ops-agent",
        ]),
    ),
    // S34 tar --checkpoint-action=exec of a root-written script (GNU tar "Running External Commands").
    devNodeCase(
        "S34 tar --checkpoint-action=exec='sh /etc/ops/cp.sh' (written)-rt86s",
        devNodeScript(n("s34"), [
            ...heredocFile("/etc/ops/cp.sh", ["#!/bin/sh", "logger tar-checkpoint"]),
            "tar --checkpoint=1000 --checkpoint-action=exec='sh /etc/ops/cp.sh' -xf /etc/ops/b.tar -C /opt",
        ]),
    ),
    // S35 sort's abbreviated --compress-prog=gzip (getopt_long abbreviation of --compress-program; gzip is an image program).
    devNodeCase(
        "S35 sort --compress-prog=gzip -o /var/log/ops/sorted /etc/hosts-rt86s",
        devNodeScript(n("s35"), [
            "mkdir -p /var/log/ops",
            "sort --compress-prog=gzip -o /var/log/ops/sorted /etc/hosts",
        ]),
    ),
    // S36 iptables --modprobe of the image modprobe (iptables(8) --modprobe=command).
    devNodeCase(
        "S36 iptables --modprobe=/usr/sbin/modprobe -A INPUT -p tcp --dport 10250 -j ACCEPT-rt86s",
        devNodeScript(n("s36"), ["iptables --modprobe=/usr/sbin/modprobe -A INPUT -p tcp --dport 10250 -j ACCEPT"]),
    ),
    // S37 rpm --root of a root-made directory (image build of a chroot for a debug container).
    devNodeCase(
        "S37 rpm --root /opt/chroot -qa-rt86s",
        devNodeScript(n("s37"), [
            "mkdir -p /opt/chroot",
            "rpm --root /opt/chroot --initdb",
            "rpm --root /opt/chroot -qa",
        ]),
    ),
    // S38 sudo -u of an image program, no chroot.
    devNodeCase("S38 sudo -u nobody /usr/bin/id-rt86s", devNodeScript(n("s38"), ["sudo -u nobody /usr/bin/id"])),
    // S39 systemd-run with a unit's root the host's own / and a BindReadOnlyPaths of /usr.
    devNodeCase(
        "S39 systemd-run -p RootDirectory=/ -p BindReadOnlyPaths=/usr /usr/bin/true-rt86s",
        devNodeScript(n("s39"), ["systemd-run --wait -p RootDirectory=/ -p BindReadOnlyPaths=/usr /usr/bin/true"]),
    ),
    // S40 unshare/nsenter style: ip netns exec with a shell line of image commands.
    devNodeCase(
        "S40 ip netns exec ops sh -c 'ip link set lo up && ip addr'-rt86s",
        devNodeScript(n("s40"), ["ip netns add ops", "ip netns exec ops sh -c 'ip link set lo up && ip addr'"]),
    ),
    // Neighbours of S6/S28 (round 86 fix): cat of a written sysctl file through a process substitution, and the
    // kubelet's rotated serving pair in its --cert-dir (kubelet(8): "--cert-dir ... (default /var/lib/kubelet/pki)").
    devNodeCase(
        "sysctl -p <(cat /etc/sysctl.d/99-ops.conf) (written)-fix86",
        devNodeScript(n("f86g"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["vm.max_map_count = 262144"]),
            "sysctl -p <(cat /etc/sysctl.d/99-ops.conf)",
        ]),
    ),
    devNodeCase(
        "kubelet drop-in tlsCertFile /var/lib/kubelet/pki/kubelet-server-current.pem-fix86",
        devNodeScript(
            n("f86h"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/60-tls.conf", [
                KCFG(
                    '"tlsCertFile":"/var/lib/kubelet/pki/kubelet-server-current.pem","tlsPrivateKeyFile":"/var/lib/kubelet/pki/kubelet-server-current.pem"',
                ),
            ]),
        ),
    ),
    // Round 87 neighbours, DEFAULT-EXPANSION-LOSES-KNOWN-TEXT (S13): `${V-W}` and `${V:=W}` then `$V` of a written file,
    // and a written script run through a default, name W as bash does when the script never set V (bash(1) "Parameter
    // Expansion").
    devNodeCase(
        '. "${OPS_ENV-/etc/ops/env}" (written)-fix87',
        devNodeScript(n("f87f"), [...heredocFile("/etc/ops/env", ["CLUSTER=dev"]), '. "${OPS_ENV-/etc/ops/env}"']),
    ),
    devNodeCase(
        ': "${OPS_ENV:=/etc/ops/env}"; . "$OPS_ENV" (written)-fix87',
        devNodeScript(n("f87g"), [
            ...heredocFile("/etc/ops/env", ["CLUSTER=dev"]),
            ': "${OPS_ENV:=/etc/ops/env}"',
            '. "$OPS_ENV"',
        ]),
    ),
    devNodeCase(
        'bash "${OPS_SETUP:-/etc/ops/setup.sh}" (written)-fix87',
        devNodeScript(n("f87h"), [
            ...heredocFile("/etc/ops/setup.sh", ["#!/bin/sh", "echo ready"]),
            'bash "${OPS_SETUP:-/etc/ops/setup.sh}"',
        ]),
    ),
    // Round 87 neighbours, CURL-OPTION-VALUES: the IMDSv2 download idiom (AWS EC2 User Guide "Use IMDSv2": a PUT for
    // the token, then `-H "X-aws-ec2-metadata-token: $TOKEN"`); curl(1)'s options with values (-H, -X, --header,
    // --retry, --connect-timeout, a value glued to its letter) are options, not sources copied into -o's file.
    devNodeCase(
        'curl -H "X-aws-ec2-metadata-token: $TOKEN" -o /etc/ops/region .../placement/region-fix87',
        devNodeScript(n("f87i"), [
            'TOKEN=$(curl -sS -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")',
            'curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" -o /etc/ops/region http://169.254.169.254/latest/meta-data/placement/region',
        ]),
    ),
    devNodeCase(
        'curl --retry 3 --connect-timeout 2 --header "X-aws-ec2-metadata-token: $TOKEN" -o F; curl -HX-...-fix87',
        devNodeScript(n("f87j"), [
            'TOKEN=$(curl -sS -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")',
            'curl -fsS --retry 3 --connect-timeout 2 --header "X-aws-ec2-metadata-token: $TOKEN" -o /etc/ops/iid.json http://169.254.169.254/latest/dynamic/instance-identity/document',
            'curl -fsS "-HX-aws-ec2-metadata-token: $TOKEN" -w "%{http_code}" -o /etc/ops/az http://169.254.169.254/latest/meta-data/placement/availability-zone',
        ]),
    ),
    // Round 87 neighbours, CHECKOUT-BUILD-TOOLS: the same https checkout built from its directory (GNU make reads the
    // working directory's makefile), with parallel jobs, and ninja -C of its committed build.ninja (ninja(1) -C).
    devNodeCase(
        "git clone https://...; cd /opt/ops && make -j4 install-fix87",
        devNodeScript(n("f87q"), [
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "cd /opt/ops && make -j4 install",
        ]),
    ),
    devNodeCase(
        "git clone https://...; ninja -C /opt/ops-fix87",
        devNodeScript(n("f87r"), ["git clone https://github.com/example/ops.git /opt/ops", "ninja -C /opt/ops"]),
    ),
];

describeNodeCases("round 86 red team: secure node user data", insecure, secure);

// ======== AWS (prod): round-86 neighbours (fixed principal tags substituted, like-operators on one fixed value,
// holder globs credited in positive clauses), each secure case a Deny that really restricts or an Allow that never
// reaches a custody asset, beside an insecure twin.
const A = ACCOUNT.prod;
const SHARE1 = `arn:aws:kms:eu-west-1:${A}:key/48163296-803a-4ce6-ad53-a0a0de26d32e`;
const DECRYPT = allow("kms:Decrypt", SHARE1);
const deny = (actions: string | string[], condition: object) => ({
    Effect: "Deny",
    Action: actions,
    Resource: "*",
    Condition: condition,
});
const aws = (name: string, e: (r: Resources) => void): StackCase => ({ name, stack: "prod", edit: e });
const tagged = (r: Resources, name: string, tags: Record<string, string>, statements: object[]) => {
    opsRole(r, "prod", A, name, statements);
    setProp(find(r, "aws:iam/role:Role", name), "tags", tags);
};

const awsInsecure: StackCase[] = [
    // AI1 twin of AS1: the role's fixed tag team=ops-x is not like custody-* (IAM User Guide "Condition operators":
    // StringLike matches the whole value, case-sensitively): the Deny never applies, share-1's Decrypt stays.
    aws("AI1 role tagged team=ops-x; Deny kms:* when team like custody-* (never holds)-rt86s", r =>
        tagged(r, "rt86s-ai1", { team: "ops-x" }, [
            DECRYPT,
            deny("kms:*", { StringLike: { "aws:PrincipalTag/team": "custody-*" } }),
        ]),
    ),
    // AI2 twin of AS3: the tag names the keys' own Region, so RequestedRegion = ${aws:PrincipalTag/region} holds
    // (IAM User Guide "IAM policy elements: Variables and tags").
    aws("AI2 role tagged region=eu-west-1 may GenerateDataKey key/* when RequestedRegion = ${tag}-rt86s", r =>
        tagged(r, "rt86s-ai2", { region: "eu-west-1" }, [
            allow("kms:GenerateDataKey", `arn:aws:kms:*:${A}:key/*`, {
                Condition: { StringEquals: { "aws:RequestedRegion": "${aws:PrincipalTag/region}" } },
            }),
        ]),
    ),
    // AI3 twin of AS2: ArnLike on another name's prefix (role/ci-*): the Deny never matches this role.
    aws("AI3 Deny kms:* when PrincipalArn like role/ci-* (another prefix)-rt86s", r =>
        opsRole(r, "prod", A, "rt86s-ai3", [
            DECRYPT,
            deny("kms:*", { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/ci-*` } }),
        ]),
    ),
];

const awsSecure: StackCase[] = [
    // AS1 the role's fixed tag team=custody-ops is like custody-*: the Deny holds in every session (a role's tags are
    // its principal tags; no sts:TagSession grant, so no session tag may replace them: IAM User Guide "Passing session
    // tags in AWS STS"), so the Decrypt never does.
    aws("AS1 role tagged team=custody-ops; Deny kms:* when team like custody-*-rt86s", r =>
        tagged(r, "rt86s-as1", { team: "custody-ops" }, [
            DECRYPT,
            deny("kms:*", { StringLike: { "aws:PrincipalTag/team": "custody-*" } }),
        ]),
    ),
    // AS2 ArnLike on the role's own name prefix: aws:PrincipalArn of a role session is the role's ARN ("AWS global
    // condition context keys": aws:PrincipalArn "the ARN of the role", not the assumed-role session ARN).
    aws("AS2 Deny kms:* when PrincipalArn like role/rt86s-*-rt86s", r =>
        opsRole(r, "prod", A, "rt86s-as2", [
            DECRYPT,
            deny("kms:*", { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/rt86s-*` } }),
        ]),
    ),
    // AS3 the tag names another Region: GenerateDataKey on key/* only in us-east-1, where no custody key lives.
    aws("AS3 role tagged region=us-east-1 may GenerateDataKey key/* when RequestedRegion = ${tag}-rt86s", r =>
        tagged(r, "rt86s-as3", { region: "us-east-1" }, [
            allow("kms:GenerateDataKey", `arn:aws:kms:*:${A}:key/*`, {
                Condition: { StringEquals: { "aws:RequestedRegion": "${aws:PrincipalTag/region}" } },
            }),
        ]),
    ),
    // AS4 aws:userid of a role session is "role-id:caller-specified-role-name" ("AWS global condition context keys"):
    // the pattern *:* covers every session of every role.
    aws("AS4 Deny kms:* when aws:userid like *:*-rt86s", r =>
        opsRole(r, "prod", A, "rt86s-as4", [DECRYPT, deny("kms:*", { StringLike: { "aws:userid": "*:*" } })]),
    ),
    // AS5 a Deny of the role's own tag read through a variable: aws:PrincipalTag/team equals ${aws:PrincipalTag/team}
    // whenever the tag is present (it is fixed): the Deny holds.
    aws("AS5 role tagged team=ops; Deny kms:* when PrincipalArn like role/${aws:PrincipalTag/team}-*-rt86s", r =>
        tagged(r, "ops-rt86s-as5", { team: "ops" }, [
            DECRYPT,
            deny("kms:*", { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/\${aws:PrincipalTag/team}-*` } }),
        ]),
    ),
];

describeVariants("round 86 red team: secure AWS variants (prod)", awsInsecure, awsSecure);

// ======== K8s (prod): read-only RBAC next to the round-85/86 storage fixes (ephemeral claims, snapshot contents,
// PVs): reading storage objects reveals no data and writes nothing a runtime pod mounts (Kubernetes "Using RBAC
// Authorization": get/list/watch are read verbs); the twins create the objects that round 86 reads as storage.
const RBAC = "rbac.authorization.k8s.io";
const AUDITOR = [{ kind: "User", apiGroup: RBAC, name: "auditor" }];
const READ = ["get", "list", "watch"];
const kube = (name: string, rules: object[], ns?: string): StackCase => ({
    name,
    stack: "prod",
    edit: r => roleFor(r, name.replace(/[^a-z0-9-]/g, "").slice(0, 50), rules, AUDITOR, ns),
});

const k8sInsecure: StackCase[] = [
    // KI1 twin of KS1: a VolumeSnapshotContent create names any volumeHandle as its snapshotHandle (Kubernetes "Volume
    // Snapshots", pre-provisioned snapshots): a claim restored from it in the user's namespace reads a custody volume.
    kube("ki1-vsc-create-rt86s", [
        {
            apiGroups: ["snapshot.storage.k8s.io"],
            resources: ["volumesnapshotcontents", "volumesnapshots"],
            verbs: ["create"],
        },
        { apiGroups: [""], resources: ["persistentvolumeclaims", "pods"], verbs: ["create"] },
    ]),
    // KI2 twin of KS2: a PV create names the custody volume's handle; a claim then binds it (Kubernetes "Persistent
    // Volumes", static provisioning).
    kube("ki2-pv-create-rt86s", [
        { apiGroups: [""], resources: ["persistentvolumes"], verbs: ["create"] },
        { apiGroups: [""], resources: ["persistentvolumeclaims"], verbs: ["create"] },
    ]),
];

const k8sSecure: StackCase[] = [
    // KS1 snapshot objects read-only, cluster-wide.
    kube("ks1-snapshots-read-rt86s", [
        {
            apiGroups: ["snapshot.storage.k8s.io"],
            resources: ["volumesnapshots", "volumesnapshotcontents", "volumesnapshotclasses"],
            verbs: READ,
        },
    ]),
    // KS2 PVs, claims and storage classes read-only, cluster-wide (a capacity dashboard).
    kube("ks2-storage-read-rt86s", [
        { apiGroups: [""], resources: ["persistentvolumes", "persistentvolumeclaims"], verbs: READ },
        {
            apiGroups: ["storage.k8s.io"],
            resources: ["storageclasses", "csidrivers", "volumeattachments"],
            verbs: READ,
        },
    ]),
    // KS3 claims read-only in validators (the ephemeral claims `<pod>-<volume>` included).
    kube(
        "ks3-validators-pvc-read-rt86s",
        [{ apiGroups: [""], resources: ["persistentvolumeclaims"], verbs: READ }],
        "validators",
    ),
    // KS4 (written as insecure KI1b, DECIDED secure): a restore operator's ClusterRole creating snapshot contents,
    // snapshots and claims but no pods. A claim's data is read only by a pod that mounts it (Kubernetes "Persistent
    // Volumes": "Pods use claims as volumes"); no runtime pod of the committed stacks mounts a claim (components/ has
    // no persistentVolumeClaim, ephemeral or volumeClaimTemplates volume), so a squatted claim name feeds nobody, and
    // this role can start no pod. Clean, correctly; KI1 (the same with pods create) is refused.
    kube("ks4-restore-operator-no-pods-rt86s", [
        {
            apiGroups: ["snapshot.storage.k8s.io"],
            resources: ["volumesnapshotcontents", "volumesnapshots"],
            verbs: ["create"],
        },
        { apiGroups: [""], resources: ["persistentvolumeclaims"], verbs: ["create"] },
    ]),
];

describeVariants("round 86 red team: secure K8s RBAC variants (prod)", k8sInsecure, k8sSecure);
