// Red-team round 38 on EKS NODE user data (fresh eyes), mostly SECURE variants a careful platform team writes that the
// readers (rootReads.ts, shell.ts, userData.ts) might refuse, probing rounds 36-37's new rules' neighbourhood (node
// secrets only inside NODE_SECRETS, secrets through stdin/pipes/tee and printed output, container bind mapping,
// systemd Exec lines split as systemd does): quoted and `;`-separated Exec lines, specifiers and ${VAR} substitution,
// the EKS AMI's sandbox-image pull with an ECR password, node-problem-detector with read-only binds, certificate
// inspection with -noout and verify, kubectl label of the own node with the kubelet's kubeconfig, the instance identity
// document, process-substitution logging, while-read over lsblk, symlinks and binds inside data directories,
// Bottlerocket settings and a NodeConfig; and insecure neighbours. Misses are `it.skip` with a MISS comment and the
// doc checked (three secure refusals: `$(...)` inside a single-quoted `sh -c` script, in a unit and in a plain
// script, read as a program made at boot; openssl verify counted as printing the pem it checks).
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    bottlerocket,
    describeNodeCases,
    devNodeCase,
    mime,
    NodeCase,
    nodeConfig,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";
import { Resources } from "./support";

const dev = devNodeCase;

/** A case on the basil stack (Bottlerocket nodes). */
const basil = (name: string, lines: string[], skip = false): NodeCase => ({
    name,
    stack: "basil",
    config: nodePolicyConfig,
    edit: r => bottlerocket(r, lines),
    skip,
});

/** A shell part on AL2023 dev nodes. */
const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));
/** A cloud-config part on AL2023 dev nodes. */
const cloud = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withCloudConfig(lines));
/** A NodeConfig with `spec` lines on AL2023 dev nodes. */
const nodeadm = (name: string, spec: string[]) => (r: Resources) =>
    al2023Nodes(r, name, mime([{ type: "application/node.eks.aws", body: nodeConfig(spec) }]));

/** The instance-store data disk formatted and mounted at /data. */
const DATA = ["mkfs.xfs -f -L data /dev/nvme1n1", "mkdir -p /data", "mount -o noatime,nodev,nosuid LABEL=data /data"];
/** The IMDSv2 session token (EC2 user guide, "Use the Instance Metadata Service to access instance metadata"). */
const TOKEN = [
    'TOKEN=$(curl -sS -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 300")',
];
const MD = "http://169.254.169.254/latest/meta-data";
/** The EKS pause image in eu-west-1 (amazon-eks-ami's sandbox image). */
const PAUSE = "602401143452.dkr.ecr.eu-west-1.amazonaws.com/eks/pause:3.5";

const insecure: NodeCase[] = [
    // systemd.service(5) "Command lines": several commands on one Exec line are separated by a lone `;`; the second
    // command runs a pod's file as root.
    dev(
        "a root unit's ExecStartPre of two commands split by ' ; ', the second /data/validator/hooks/pre.sh",
        script("dev-exec-semicolon-data-nodes", [
            ...DATA,
            "cat > /etc/systemd/system/validator-prep.service <<'EOF'",
            "[Service]",
            "Type=oneshot",
            "ExecStartPre=/usr/bin/mkdir -p /data/validator ; /data/validator/hooks/pre.sh",
            "ExecStart=/usr/bin/true",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl enable validator-prep.service",
        ]),
        /\/data\/validator\/hooks\/pre\.sh/,
    ),
    // systemd.exec(5) Environment= and systemd.service(5) "${FOO}" substitution: a root unit running bash on a path
    // built from its own Environment=.
    dev(
        "a root unit with Environment=HOOKS=/srv/hooks and ExecStart=/bin/bash ${HOOKS}/boot.sh",
        script("dev-exec-envsubst-srv-nodes", [
            "mkdir -p /srv/hooks",
            "cat > /etc/systemd/system/boot-hooks.service <<'EOF'",
            "[Service]",
            "Type=oneshot",
            "Environment=HOOKS=/srv/hooks",
            "ExecStart=/bin/bash ${HOOKS}/boot.sh",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl enable boot-hooks.service",
        ]),
        /\/srv\/hooks/,
    ),
    // openssl-pkey(1): without -noout the key is written to standard output (cloud-init logs it to
    // /var/log/cloud-init-output.log, a path a read-only hostPath may mount).
    dev(
        "openssl pkey -in the kubelet's client pem (the key printed to the script's output)",
        script("dev-openssl-pkey-print-nodes", ["openssl pkey -in /var/lib/kubelet/pki/kubelet-client-current.pem"]),
        /kubelet/,
    ),
    // nerdctl run --privileged is root on the node; the bind maps /data/hooks into the container it runs.
    dev(
        "nerdctl run --privileged with -v /data/hooks:/hooks:ro running sh /hooks/run.sh",
        script("dev-nerdctl-priv-data-nodes", [
            ...DATA,
            "nerdctl run --rm --privileged -v /data/hooks:/hooks:ro public.ecr.aws/docker/library/alpine:3.20 sh /hooks/run.sh",
        ]),
        /\/data\/hooks/,
    ),
    // The instance identity signature (pkcs7) is not a secret, but role credentials are: the same loop shape over
    // security-credentials prints them through tee into the log.
    dev(
        "exec > >(tee -a /var/log/user-data.log | logger -t user-data) 2>&1, then the role's credentials curl'd",
        script("dev-procsubst-log-creds-nodes", [
            "exec > >(tee -a /var/log/user-data.log | logger -t user-data) 2>&1",
            ...TOKEN,
            `ROLE=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/iam/security-credentials/)`,
            `curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/iam/security-credentials/$ROLE`,
        ]),
        /credential|security-credentials/,
    ),
];

const secure: NodeCase[] = [
    // systemd.service(5) "Command lines": `;`-separated commands on one line, each inert on /data (mkdir/chown).
    dev(
        "a root oneshot unit: ExecStartPre=/usr/bin/mkdir -p /data/validator ; /usr/bin/chown 10001:10001 /data/validator",
        script("dev-exec-semicolon-inert-nodes", [
            ...DATA,
            "cat > /etc/systemd/system/validator-dirs.service <<'EOF'",
            "[Unit]",
            "RequiresMountsFor=/data",
            "[Service]",
            "Type=oneshot",
            "ExecStartPre=/usr/bin/mkdir -p /data/validator ; /usr/bin/chown 10001:10001 /data/validator",
            "ExecStart=/usr/bin/chmod 0750 /data/validator",
            "RemainAfterExit=yes",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl enable validator-dirs.service",
        ]),
    ),
    // systemd.service(5): ${VAR} is replaced by Environment= values; install -d only makes and owns the directory.
    dev(
        "a root oneshot unit with Environment=DATA_DIR=/data/validator and ExecStart=/usr/bin/install -d -o 10001 ${DATA_DIR}",
        script("dev-exec-envsubst-inert-nodes", [
            ...DATA,
            "cat > /etc/systemd/system/validator-dirs.service <<'EOF'",
            "[Service]",
            "Type=oneshot",
            'Environment="DATA_DIR=/data/validator" "OWNER=10001"',
            "ExecStart=/usr/bin/install -d -o ${OWNER} -g ${OWNER} -m 0750 ${DATA_DIR}",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl enable validator-dirs.service",
        ]),
    ),
    // systemd.service(5) "Command lines": a quoted sh -c argument may hold a pipe (the shell runs it); %n is the unit
    // name specifier (systemd.unit(5) "Specifiers").
    dev(
        "a unit whose ExecStartPost=/bin/sh -c 'echo \"%n ready\" | systemd-cat -t node-ready'",
        script("dev-exec-quoted-pipe-nodes", [
            "cat > /etc/systemd/system/node-ready.service <<'EOF'",
            "[Unit]",
            "After=containerd.service",
            "[Service]",
            "Type=oneshot",
            "ExecStart=/usr/bin/systemctl is-active containerd.service",
            "ExecStartPost=/bin/sh -c 'echo \"%n ready\" | systemd-cat -t node-ready'",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl enable node-ready.service",
        ]),
    ),
    // Was a MISS (fixed in round 38): (secure refused): the -c script is literal text in the unit file (a quoted here-document, and single quotes
    // inside the Exec line); `$$(hostname)` is systemd's spelling of a literal `$` (systemd.service(5) "Command lines":
    // 'Use "$$" to pass a literal dollar sign'), so /bin/sh runs `logger -t node-ready "ready on $(hostname)"`: every
    // word of it is readable, nothing is fetched or decoded. rootReads.ts turns the `$(...)` INSIDE the -c script into
    // SUBSTITUTED before the `-c` check ("a shell's -c line made at run time"), so the whole line is refused as "a
    // program made at boot ... like cloud-init's #include" (same with `H=$$(hostname); logger "$$H"`).
    dev(
        "a unit whose ExecStartPost=/bin/sh -c 'logger -t node-ready \"ready on $$(hostname)\"' ($$ = literal $)",
        script("dev-exec-shc-subst-nodes", [
            "cat > /etc/systemd/system/node-ready.service <<'EOF'",
            "[Unit]",
            "After=containerd.service",
            "[Service]",
            "Type=oneshot",
            "ExecStart=/usr/bin/systemctl is-active containerd.service",
            "ExecStartPost=/bin/sh -c 'logger -t node-ready \"ready on $$(hostname)\"'",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl enable node-ready.service",
        ]),
    ),
    // Was a MISS (fixed in round 38): (secure refused): bash(1) "QUOTING": "Enclosing characters in single quotes preserves the literal value of
    // each character", so the -c operand is the literal script `until [ "$(systemctl is-active containerd)" = active ];
    // do sleep 2; done`, fully written in the user data; the command substitution runs inside the child shell and is
    // only compared. The pack refuses it as "a program made at boot" (rootReads.ts substituted() runs over the whole
    // line, quotes included, and the shell's `-c` check then sees SUBSTITUTED). The wait-with-timeout idiom is what
    // teams write before touching containerd or the data disk (timeout(1) needs a command, hence bash -c).
    dev(
        "timeout 600 bash -c 'until [ \"$(systemctl is-active containerd)\" = active ]; do sleep 2; done'",
        script("dev-timeout-bash-c-nodes", [
            "timeout 600 bash -c 'until [ \"$(systemctl is-active containerd)\" = active ]; do sleep 2; done'",
            "timeout 120 bash -c 'until [ -b /dev/nvme1n1 ]; do sleep 1; done'",
            ...DATA,
        ]),
    ),
    // amazon-eks-ami templates/al2/runtime/bin/pull-image.sh: `ecr_password=$(aws ecr get-login-password ...)` then
    // `ctr --namespace k8s.io content fetch "${img}" --user AWS:${ecr_password}`: the password goes to containerd, not
    // to the output or a file.
    dev(
        "the EKS pause image pulled at boot as the EKS AMI does: ctr -n k8s.io images pull --user AWS:$ECR_PASSWORD",
        script("dev-ctr-pause-pull-nodes", [
            "ECR_PASSWORD=$(aws ecr get-login-password --region eu-west-1)",
            `ctr --namespace k8s.io images pull --user "AWS:$ECR_PASSWORD" ${PAUSE}`,
            "unset ECR_PASSWORD",
            `ctr --namespace k8s.io images label ${PAUSE} io.cri-containerd.pinned=pinned`,
        ]),
    ),
    // node-problem-detector's documented standalone container: read-only binds of /var/log and /dev/kmsg, no
    // privileges, metrics on the loopback port (kubernetes/node-problem-detector README "Start Standalone").
    dev(
        "node-problem-detector started by nerdctl with -v /var/log:/var/log:ro and /dev/kmsg read-only, exporter off",
        script("dev-npd-nerdctl-nodes", [
            "nerdctl run -d --name node-problem-detector --restart always \\",
            "  -v /var/log:/var/log:ro -v /dev/kmsg:/dev/kmsg:ro -v /etc/localtime:/etc/localtime:ro \\",
            "  registry.k8s.io/node-problem-detector/node-problem-detector:v0.8.20 \\",
            "  /node-problem-detector --logtostderr --enable-k8s-exporter=false \\",
            "  --prometheus-address=127.0.0.1 \\",
            "  --config.system-log-monitor=/config/kernel-monitor.json",
        ]),
    ),
    // openssl-x509(1) -noout: only the requested fields (subject, dates) are printed, never the key in the same pem.
    dev(
        "openssl x509 -noout -subject -enddate of the kubelet's server and client pems, logged",
        script("dev-openssl-noout-nodes", [
            "for pem in /var/lib/kubelet/pki/kubelet-server-current.pem /var/lib/kubelet/pki/kubelet-client-current.pem; do",
            '  [ -e "$pem" ] && openssl x509 -in "$pem" -noout -subject -enddate',
            "done",
        ]),
    ),
    // Was a MISS (fixed in round 38): (secure refused): openssl-verify(1) "DIAGNOSTICS": when a verify operation fails the error is printed,
    // otherwise "<file>: OK"; it never prints the certificate or the key of the pem it checks (it has no output of
    // certificates at all, unlike x509/pkey without -noout). rootReads.ts counts any openssl subcommand other than
    // those with -noout as printing what it reads, so it refuses this as copying kubelet-client-current.pem into
    // /var/log/cloud-init-output.log. (A fix would list the subcommands that print only diagnostics: verify, and
    // x509 -checkend / -noout forms already accepted.)
    dev(
        "openssl verify -CAfile /etc/kubernetes/pki/ca.crt of the kubelet's client certificate",
        script("dev-openssl-verify-nodes", [
            "openssl verify -CAfile /etc/kubernetes/pki/ca.crt /var/lib/kubelet/pki/kubelet-client-current.pem",
        ]),
    ),
    // sha256sum -c reads the listed file to hash it and prints "<file>: OK".
    dev(
        'a downloaded agent checked with echo "$SUM  /usr/local/bin/agent" | sha256sum -c - before install',
        script("dev-sha256-check-nodes", [
            "SUM=3f786850e387550fdab836ed7e6dc881de23001b9a0b6d1e3f1e1b9f7b2a1c00",
            "curl -fsSL -o /usr/local/bin/agent https://downloads.corp.example/agent/1.4.2/agent-linux-amd64",
            'echo "$SUM  /usr/local/bin/agent" | sha256sum -c -',
            "chmod 0755 /usr/local/bin/agent",
        ]),
    ),
    // kubectl with the kubelet's kubeconfig (the node's own identity; NodeRestriction lets it set labels outside
    // node-restriction.kubernetes.io/ on its own Node): the kubeconfig is read by kubectl, nothing is printed but
    // "node/<name> annotated".
    dev(
        "kubectl --kubeconfig /var/lib/kubelet/kubeconfig annotate of its own node, in a background wait loop",
        script("dev-kubectl-own-node-nodes", [
            ...TOKEN,
            `NODE=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/local-hostname)`,
            "(",
            "  for i in $(seq 1 60); do",
            '    kubectl --kubeconfig /var/lib/kubelet/kubeconfig annotate node "$NODE" --overwrite corp.example/ami-build=2024.11 && break',
            "    sleep 10",
            "  done",
            ") >>/var/log/node-annotate.log 2>&1 &",
        ]),
    ),
    // EC2 user guide "Instance identity documents": the document (account, region, instance id) is not a credential.
    dev(
        "the instance identity document read with the IMDSv2 token, its region and account parsed with jq and logged",
        script("dev-identity-document-nodes", [
            ...TOKEN,
            'DOC=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/dynamic/instance-identity/document)',
            'REGION=$(echo "$DOC" | jq -r .region)',
            'ACCOUNT=$(echo "$DOC" | jq -r .accountId)',
            'echo "node in $ACCOUNT/$REGION"',
            "unset TOKEN",
        ]),
    ),
    // Logging user data as many teams do (bash(1) process substitution), then an IMDSv2 token kept in a variable.
    dev(
        "exec > >(tee -a /var/log/user-data.log | logger -t user-data) 2>&1, an IMDSv2 token, the AZ, then /data",
        script("dev-procsubst-log-token-nodes", [
            "exec > >(tee -a /var/log/user-data.log | logger -t user-data) 2>&1",
            ...TOKEN,
            `AZ=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/placement/availability-zone)`,
            'echo "starting in $AZ"',
            ...DATA,
        ]),
    ),
    // A while-read loop over lsblk's output choosing the instance-store disk for /data.
    dev(
        "lsblk -dn -o NAME,MODEL piped to while read -r name model, formatting the instance store and mounting /data",
        script("dev-lsblk-while-read-nodes", [
            "lsblk -dn -o NAME,MODEL | while read -r name model; do",
            '  if [[ "$model" == "Amazon EC2 NVMe Instance Storage" ]]; then',
            '    mkfs.xfs -f -L data "/dev/$name"',
            "    mkdir -p /data",
            "    mount -o noatime,nodev,nosuid LABEL=data /data",
            "    break",
            "  fi",
            "done",
        ]),
    ),
    // A release layout inside the data directory: a symlink from /data to /data (no node path involved).
    dev(
        "ln -sfn /data/validator/releases/1.4.2 /data/validator/current (a link inside the data directory)",
        script("dev-ln-inside-data-nodes", [
            ...DATA,
            "mkdir -p /data/validator/releases/1.4.2",
            "ln -sfn /data/validator/releases/1.4.2 /data/validator/current",
            "chown -h 10001:10001 /data/validator/current",
        ]),
    ),
    // mount(8) --bind of one data directory at another (round 24: another data directory mounted at it is inert).
    dev(
        "mount --bind /data/validator/logs /srv/validator-logs (a data subdirectory bound at another data directory)",
        script("dev-bind-data-srv-nodes", [
            ...DATA,
            "mkdir -p /data/validator/logs /srv/validator-logs",
            "mount --bind /data/validator/logs /srv/validator-logs",
            "echo '/data/validator/logs /srv/validator-logs none bind,nofail 0 0' >> /etc/fstab",
        ]),
    ),
    // Bottlerocket settings reference: settings.pki adds a CA bundle to the host trust store (trusted = true), used by
    // host components pulling from a corporate registry; settings.container-registry.mirrors.
    basil("Bottlerocket settings.pki with a trusted corporate CA and a registry mirror", [
        "[settings.pki.corp-ca]",
        "trusted = true",
        'data = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJzekNDQVZtZ0F3SUJBZ0lVRXhhbXBsZU9ubHkKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo="',
        "[[settings.container-registry.mirrors]]",
        'registry = "docker.io"',
        'endpoint = ["https://registry.corp.example"]',
        "[settings.host-containers.admin]",
        "enabled = false",
    ]),
    // Bottlerocket settings reference: kernel sysctl, NTP servers, kubelet eviction and node taints.
    basil("Bottlerocket sysctl, NTP on Amazon Time Sync, eviction thresholds and a node taint", [
        "[settings.kernel.sysctl]",
        '"vm.max_map_count" = "262144"',
        '"net.core.somaxconn" = "4096"',
        "[settings.ntp]",
        'time-servers = ["169.254.169.123"]',
        "[settings.kubernetes.eviction-hard]",
        '"memory.available" = "5%"',
        '"nodefs.available" = "10%"',
        "[settings.kubernetes.node-taints]",
        '"dedicated" = ["broker:NoSchedule"]',
    ]),
    // nodeadm NodeConfig (awslabs.github.io/amazon-eks-ami/nodeadm/doc/api): kubelet.config and flags, containerd
    // config with the registry hosts directory.
    dev(
        "a NodeConfig: kubelet maxPods/systemReserved/registerWithTaints, node-labels flag, containerd config_path",
        nodeadm("dev-nodeconfig-kubelet-containerd-nodes", [
            "  kubelet:",
            "    config:",
            "      maxPods: 58",
            "      systemReserved:",
            "        cpu: 250m",
            "        memory: 512Mi",
            "      registerWithTaints:",
            "        - key: dedicated",
            "          value: validator",
            "          effect: NoSchedule",
            "    flags:",
            "      - --node-labels=corp.example/role=validator,corp.example/pool=a",
            "  containerd:",
            "    config: |",
            "      [plugins.'io.containerd.grpc.v1.cri'.registry]",
            '      config_path = "/etc/containerd/certs.d"',
        ]),
    ),
    // cloud-config bootcmd/runcmd with a quoted argument and a `;` inside a string.
    dev(
        "cloud-config runcmd: [sh, -c, 'mkdir -p /data/v; chown 10001:10001 /data/v'] and a mounts entry",
        cloud("dev-cloud-runcmd-shc-nodes", [
            "mounts:",
            '  - [ LABEL=data, /data, xfs, "defaults,nofail,nodev,nosuid", "0", "2" ]',
            "runcmd:",
            "  - [ sh, -c, 'mkdir -p /data/v; chown 10001:10001 /data/v; chmod 0750 /data/v' ]",
        ]),
    ),
];

describeNodeCases("red team round 38: node user data (secure variants and neighbours)", insecure, secure);
