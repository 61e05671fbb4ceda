// Red-team round 37 on EKS NODE user data (fresh eyes), against engine/rootReads.ts, engine/shell.ts and
// engine/userData.ts. Insecure shapes here hand pods a node secret or a root shell without a data directory in a
// root-read form the readers know: a node secret copied through tee, /dev/stdin or a duplicated file descriptor; the
// script's own output sent into a data directory by `exec > >(tee ...)`; a bash nameref (declare -n) or a command
// substitution the reader does not evaluate naming the script a root shell runs; a root shell or the node's files
// served on the node's network (ncat --exec, a systemd socket with Accept=yes); a privileged
// container given the node's root. Secure neighbours (the same features without the opening) must stay clean. Misses
// are `it.skip` with a MISS comment.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    describeNodeCases,
    EFFECTIVE,
    mime,
    NodeCase,
    nodeConfig,
    shellScript,
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
/**
 * A per-boot script (cloud-init runs text/x-shellscript-per-boot on every boot, cloud-init docs "User-data formats"):
 * on a reboot the kubelet's client certificate from the first boot is already on the root volume.
 */
const perBoot = (name: string, lines: string[]) => (r: Resources) =>
    al2023Nodes(
        r,
        name,
        mime([
            shellScript(lines, "text/x-shellscript-per-boot"),
            { type: "application/node.eks.aws", body: nodeConfig([]) },
        ]),
    );

const KUBELET_KEY = "/var/lib/kubelet/pki/kubelet-client-current.pem";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 37): tee(1) (GNU coreutils: "copy standard input to each FILE, and also to standard output") writes what it reads
    // into its FILE operands, so `cat KEY | tee /data/k` is the same copy as `cp KEY /data/k` (refused as a copy of
    // NODE_SECRETS into a data directory): the kubelet's client key and certificate (system:node:<name>, which the Node
    // authorizer lets read the Secrets and mint the ServiceAccount tokens of every pod bound to the node, Kubernetes
    // "Using Node Authorization") land where any pod mounting /data reads them. rootReads treats tee's operands as a
    // write of unknown content inside a data directory (inert), and the pipe's source is never followed.
    dev(
        "the kubelet's client key piped through tee into /data (cat KEY | tee /data/node/kubelet.pem)",
        perBoot("dev-tee-kubelet-key-nodes", [
            "mkdir -p /data/node",
            `cat ${KUBELET_KEY} | tee /data/node/kubelet.pem >/dev/null`,
        ]),
        /kubelet-client-current\.pem.*\/data\/node\/kubelet\.pem/,
    ),
    // Was a MISS (fixed in round 37): the same copy with tee reading a redirect (`tee -a FILE < KEY`): bash(1) "Redirecting Input" opens KEY as
    // tee's standard input; `cat < KEY > /data/k` is refused, `tee -a /data/k < KEY` is not.
    dev(
        "the kubelet's client key redirected into tee -a /srv/node/kubelet.pem",
        perBoot("dev-tee-redirect-kubelet-key-nodes", [`tee -a /srv/node/kubelet.pem < ${KUBELET_KEY} >/dev/null`]),
        /kubelet-client-current\.pem.*\/srv\/node\/kubelet\.pem/,
    ),
    // Was a MISS (fixed in round 37): `cp /dev/stdin DEST < KEY`: cp copies the file /dev/stdin, which is the redirected KEY (Linux proc(5),
    // /proc/self/fd; bash(1) "Redirecting Input"), so DEST is the kubelet key. rootReads sees a copy from /dev/stdin (a
    // non-secret node path) into /data and the read redirect is not taken as cp's source.
    dev(
        "cp /dev/stdin /data/node/kubelet.pem < the kubelet's client key",
        perBoot("dev-cp-stdin-kubelet-key-nodes", [`cp /dev/stdin /data/node/kubelet.pem < ${KUBELET_KEY}`]),
        /kubelet-client-current\.pem.*\/data\/node\/kubelet\.pem/,
    ),
    // Was a MISS (fixed in round 37): a duplicated file descriptor (bash(1) "Duplicating File Descriptors": `exec 3< KEY` opens KEY on fd 3 for
    // the rest of the script, `<&3` makes it cat's stdin): `cat <&3 > /data/k` is `cat < KEY > /data/k`, which is
    // refused; the reader does not carry `exec` redirections to later commands.
    dev(
        "exec 3< the kubelet's client key, then cat <&3 > /data/node/kubelet.pem",
        perBoot("dev-exec-fd-kubelet-key-nodes", [
            `exec 3< ${KUBELET_KEY}`,
            "cat <&3 > /data/node/kubelet.pem",
            "exec 3<&-",
        ]),
        /kubelet-client-current\.pem.*\/data\/node\/kubelet\.pem/,
    ),
    // Was a MISS (fixed in round 37): `exec > >(tee -a FILE) 2>&1` (bash(1) "Process Substitution" and `exec` without a command: "any
    // redirections take effect in the current shell") sends everything the script prints to FILE; AWS documents the
    // idiom for user-data logs ("exec > >(tee /var/log/user-data.log|logger ...)"). Pointed into /srv, a later `cat`
    // of the kubelet key (printed, which alone should already count as a secret to cloud-init-output.log, round 31)
    // lands in a data directory. Neither the printed key nor the exec redirection is judged.
    dev(
        "exec > >(tee -a /srv/node-setup.log) 2>&1, then the script prints the kubelet's client key",
        perBoot("dev-exec-tee-log-data-nodes", ["exec > >(tee -a /srv/node-setup.log) 2>&1", `cat ${KUBELET_KEY}`]),
        /kubelet-client-current\.pem/,
    ),
    // Was a MISS (fixed in round 37): a bash nameref (bash(1) declare -n: "a reference to another variable ... all references, assignments and
    // attribute modifications to name ... are performed on the variable referenced by name's value") makes "$R" expand
    // to $D, /data/validator/boot.sh; the reader keeps R="D" (a relative file) so `bash "$R"` runs a pod-written script
    // as root unjudged, although `bash "${!N}"` (indirect expansion, same effect) is refused.
    dev(
        'bash "$R" where declare -n R=D and D=/data/validator/boot.sh (a nameref)',
        script("dev-nameref-data-nodes", [
            "D=/data/validator/boot.sh",
            "declare -n R=D",
            'if [ -f "$R" ]; then bash "$R"; fi',
        ]),
        /\/data\/validator\/boot\.sh/,
    ),
    // Was a MISS (fixed in round 37): as above, the common function idiom `local -n ref=$1` (bash(1) declare -n, "commonly used within shell
    // functions to refer to a variable whose name is passed as an argument").
    dev(
        'a function sourcing its nameref argument (run_hook() { local -n ref=$1; source "$ref"; }; HOOK=/srv/hooks/env)',
        script("dev-local-nameref-srv-nodes", [
            'run_hook() { local -n ref=$1; source "$ref"; }',
            "HOOK=/srv/hooks/env",
            "run_hook HOOK",
        ]),
        /\/srv\/hooks\/env/,
    ),
    // Was a MISS (fixed in round 37): `$(printf %s /da ta)` is "/data" (bash printf: "The format is reused as necessary to consume all of the
    // arguments"); the reader follows `printf -v P ...` (round 33) and assignments from echo/realpath substitutions,
    // not from a printf substitution, so `bash "$P/boot.sh"` runs /data/boot.sh as root with no data directory named.
    dev(
        'bash "$P/validator/boot.sh" where P=$(printf %s /da ta)',
        script("dev-printf-subst-data-nodes", ["P=$(printf %s /da ta)", 'bash "$P/validator/boot.sh"']),
        /\/data\/validator\/boot\.sh/,
    ),
    // Was a MISS (fixed in round 37, userData.ts servedShell): ncat --exec (nmap.org Ncat guide "Command Execution":
    // "the command's standard input and output streams are redirected to use Ncat's network connection") with -l -k on
    // 0.0.0.0 is a root bind shell on the node's address: every pod reaches the node's IP (EKS cluster security group
    // allows all traffic between nodes and pods; VPC CNI pods are in the VPC), so any pod gets root on the node and
    // every pod's token. No data directory and no node secret is named, so nothing was refused; the relay rules
    // (socat/ncat to node-secret sockets, round 30) did not cover a program served to the network.
    dev(
        "a root bind shell for debugging (ncat -lk 0.0.0.0 4444 --exec /bin/bash)",
        script("dev-ncat-bind-shell-nodes", [
            "dnf install -y nmap-ncat",
            "nohup ncat -lk 0.0.0.0 4444 --exec /bin/bash >/dev/null 2>&1 &",
        ]),
        /ncat/,
    ),
    // Was a MISS (fixed in round 37, userData.ts socketShellOpenings): the same with systemd socket activation
    // (systemd.socket(5): Accept=yes spawns a foo@.service instance per connection; systemd.exec(5) StandardInput=socket
    // connects the connection to the process): a root bash on port 4444 of every node address. Units were judged by the
    // data directories they name (none here).
    dev(
        "a systemd socket (ListenStream=4444, Accept=yes) whose service template runs /bin/bash -i on the connection",
        cloud("dev-socket-shell-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/node-debug.socket",
            "    content: |",
            "      [Socket]",
            "      ListenStream=4444",
            "      Accept=yes",
            "      [Install]",
            "      WantedBy=sockets.target",
            "  - path: /etc/systemd/system/node-debug@.service",
            "    content: |",
            "      [Service]",
            "      ExecStart=/bin/bash -i",
            "      StandardInput=socket",
            "      StandardError=journal",
            "runcmd:",
            "  - [systemctl, daemon-reload]",
            "  - [systemctl, enable, --now, node-debug.socket]",
        ]),
        /node-debug/,
    ),
    // Refused (right): python http.server (Python docs "http.server": "By default, the server binds itself to all
    // interfaces"; -d/--directory chooses the served directory) run by root on /var/lib/kubelet would serve the kubelet's
    // client key and every pod's projected token to any pod reaching nodeIP:8080; the unit naming node secrets is refused.
    dev(
        "a root unit serving /var/lib/kubelet over HTTP (python3 -m http.server 8080 --directory /var/lib/kubelet)",
        cloud("dev-http-server-kubelet-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/kubelet-files.service",
            "    content: |",
            "      [Service]",
            "      ExecStart=/usr/bin/python3 -m http.server 8080 --directory /var/lib/kubelet",
            "      Restart=always",
            "      [Install]",
            "      WantedBy=multi-user.target",
            "runcmd:",
            "  - [systemctl, daemon-reload]",
            "  - [systemctl, enable, --now, kubelet-files.service]",
        ]),
        /kubelet-files\.service/,
    ),
    // Was a MISS (fixed in round 37): a privileged container started by root with the node's root bind-mounted (containerd `ctr run --privileged
    // --mount type=bind,src=/,dst=/host,options=rbind`, ctr run --help) runs `sh /host/data/validator/boot.sh`, which
    // is /data/validator/boot.sh on the node, as root with every capability: the pod's script runs as node root.
    // `podman run -v /:/host ... chroot /host sh /srv/boot.sh` is refused because the path names /srv; under /host the
    // reader does not map the container path back to the node.
    dev(
        "ctr run --privileged with / bound at /host, running sh /host/data/validator/boot.sh",
        script("dev-ctr-host-root-nodes", [
            "ctr -n k8s.io image pull public.ecr.aws/docker/library/busybox:1.36",
            "ctr -n k8s.io run --rm --privileged --mount type=bind,src=/,dst=/host,options=rbind:rw public.ecr.aws/docker/library/busybox:1.36 node-boot sh /host/data/validator/boot.sh",
        ]),
        /\/data\/validator\/boot\.sh/,
    ),
    // Refused (new shapes, right): a coprocess running a pod-written script (bash(1) "Coprocesses").
    dev(
        "coproc running bash /data/validator/boot.sh",
        script("dev-coproc-data-nodes", ["coproc BOOT { bash /data/validator/boot.sh; }", 'wait "$BOOT_PID"']),
        /\/data\/validator\/boot\.sh/,
    ),
    // Refused (right): indirect expansion ${!N} (bash(1) "Parameter Expansion": "the value of parameter ... is used as
    // the name of the variable").
    dev(
        'bash "${!N}" where N=D and D=/srv/hooks/boot.sh (indirect expansion)',
        script("dev-indirect-srv-nodes", ["D=/srv/hooks/boot.sh", "N=D", 'bash "${!N}"']),
        /\/srv\/hooks\/boot\.sh/,
    ),
    // Refused (right): a UNIX socket in a data directory serving a root shell (socat EXEC): any pod writing /run/spire
    // connects to it.
    dev(
        "socat UNIX-LISTEN:/run/spire/debug.sock,fork EXEC:/bin/bash (a root shell on a socket pods reach)",
        script("dev-socat-shell-spire-nodes", ["nohup socat UNIX-LISTEN:/run/spire/debug.sock,fork EXEC:/bin/bash &"]),
        /\/run\/spire\/debug\.sock/,
    ),
    // Refused (right): rsyslog's omprog (rsyslog docs "omprog: Program integration Output module": binary= is run by
    // rsyslogd as root) pointing at a pod-written program, through the cloud-config rsyslog module.
    dev(
        'cloud-config rsyslog with action(type="omprog" binary="/data/hooks/log-hook")',
        cloud("dev-rsyslog-omprog-nodes", [
            "rsyslog:",
            "  configs:",
            "    - filename: 50-hook.conf",
            "      content: |",
            '        module(load="omprog")',
            '        action(type="omprog" binary="/data/hooks/log-hook")',
        ]),
        /\/data\/hooks\/log-hook/,
    ),
    // Refused (right): core dumps of root processes (the kubelet's memory holds its client key) written into /data
    // (core(5), "Naming of core dump files": a core_pattern without | is a path the kernel writes).
    dev(
        "kernel.core_pattern=/data/cores/core.%e.%p in /etc/sysctl.d (root processes' memory dumped where pods read)",
        cloud("dev-core-pattern-data-nodes", [
            "write_files:",
            "  - path: /etc/sysctl.d/50-coredump.conf",
            "    content: |",
            "      kernel.core_pattern=/data/cores/core.%e.%p",
            "runcmd:",
            "  - [sysctl, --system]",
        ]),
        /\/data\/cores/,
    ),
    // Refused (right): an ECR token stored by `docker --config /data/docker login` (docker CLI: --config "Location of
    // client config files"), pods read config.json.
    dev(
        "aws ecr get-login-password | docker --config /data/docker login --password-stdin (credentials stored in /data)",
        script("dev-docker-config-data-nodes", [
            "aws ecr get-login-password --region us-west-2 | docker --config /data/docker login --username AWS --password-stdin 111111111111.dkr.ecr.us-west-2.amazonaws.com",
        ]),
        /\/data\/docker/,
    ),
    // Round 37 neighbours of the served shells (userData.ts servedShell, socketShellOpenings): other spellings.
    // Traditional netcat (nc -l -p PORT -e PROG, every address when none is given).
    dev(
        "nc -l -p 4444 -e /bin/sh (netcat's -e, every address)",
        script("dev-nc-e-shell-nodes", ["nohup nc -l -p 4444 -e /bin/sh >/dev/null 2>&1 &"]),
        /nc -e \/bin\/sh/,
    ),
    // ncat --sh-exec (-c) through /bin/sh -c: the command line `bash -i` reads the connection.
    dev(
        "ncat -lvnkp 4444 -c 'bash -i' (--sh-exec running an interactive bash)",
        script("dev-ncat-sh-exec-nodes", ["nohup ncat -lvnkp 4444 -c 'bash -i' &"]),
        /ncat -c bash -i/,
    ),
    // socat(1) "ADDRESS TYPES": TCP-LISTEN with fork, EXEC: with a pty (the classic socat shell).
    dev(
        "socat TCP-LISTEN:4444,reuseaddr,fork EXEC:'bash -li',pty,stderr,setsid",
        script("dev-socat-exec-shell-nodes", [
            "dnf install -y socat",
            "nohup socat TCP-LISTEN:4444,reuseaddr,fork EXEC:'bash -li',pty,stderr,setsid >/dev/null 2>&1 &",
        ]),
        /socat TCP-LISTEN:4444/,
    ),
    // socat SYSTEM: (/bin/sh -c) on IPv6 any: `exec /bin/sh` reads the connection.
    dev(
        "socat TCP6-LISTEN:4444,bind=[::],fork SYSTEM:'exec /bin/sh'",
        script("dev-socat-system-shell-nodes", ["nohup socat TCP6-LISTEN:4444,bind=[::],fork SYSTEM:'exec /bin/sh' &"]),
        /socat TCP6-LISTEN/,
    ),
    // systemd-socket-activate(1) --inetd: the connection is the daemon's standard input.
    dev(
        "systemd-socket-activate -l 0.0.0.0:4444 -a --inetd /bin/bash",
        script("dev-socket-activate-shell-nodes", [
            "nohup systemd-socket-activate -l 0.0.0.0:4444 -a --inetd /bin/bash &",
        ]),
        /systemd-socket-activate/,
    ),
    // A datagram socket (Accept=no, Service= naming the service): every datagram's text goes to a root python3 reading
    // its program from standard input; written by a shell here-document.
    dev(
        "a socket unit ListenDatagram=5140 with Service=ops-cmd.service running /usr/bin/python3 on StandardInput=socket",
        script("dev-socket-datagram-python-nodes", [
            "cat > /etc/systemd/system/ops-cmd.socket <<'EOF'",
            "[Socket]",
            "ListenDatagram=5140",
            "Service=ops-cmd.service",
            "[Install]",
            "WantedBy=sockets.target",
            "EOF",
            "cat > /etc/systemd/system/ops-cmd.service <<'EOF'",
            "[Service]",
            "ExecStart=/usr/bin/python3",
            "StandardInput=socket",
            "EOF",
            "systemctl enable --now ops-cmd.socket",
        ]),
        /ops-cmd\.socket/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "AWS's documented user-data logging idiom (exec > >(tee /var/log/user-data.log | logger -t user-data -s 2>/dev/console) 2>&1)",
        script("dev-user-data-log-idiom-nodes", [
            "exec > >(tee /var/log/user-data.log | logger -t user-data -s 2>/dev/console) 2>&1",
            "sysctl -w vm.max_map_count=262144",
        ]),
    ),
    dev(
        'a udev rule setting the NVMe I/O scheduler (ATTR{queue/scheduler}="none", no RUN+=)',
        cloud("dev-udev-scheduler-nodes", [
            "write_files:",
            "  - path: /etc/udev/rules.d/60-nvme-scheduler.rules",
            "    content: |",
            '      ACTION=="add|change", KERNEL=="nvme[0-9]*n[0-9]*", ATTR{queue/scheduler}="none"',
            "runcmd:",
            "  - [udevadm, control, --reload-rules]",
            "  - [udevadm, trigger]",
        ]),
    ),
    dev(
        "a systemd timer trimming /data weekly (fstrim -v /data)",
        cloud("dev-fstrim-timer-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/data-trim.timer",
            "    content: |",
            "      [Timer]",
            "      OnCalendar=weekly",
            "      Persistent=true",
            "      [Install]",
            "      WantedBy=timers.target",
            "  - path: /etc/systemd/system/data-trim.service",
            "    content: |",
            "      [Service]",
            "      Type=oneshot",
            "      ExecStart=/usr/sbin/fstrim -v /data",
            "runcmd:",
            "  - [systemctl, daemon-reload]",
            "  - [systemctl, enable, --now, data-trim.timer]",
        ]),
    ),
    dev(
        "a systemd path unit on /data/agent/reload triggering a fixed restart of the CloudWatch agent",
        cloud("dev-path-unit-reload-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/agent-reload.path",
            "    content: |",
            "      [Path]",
            "      PathChanged=/data/agent/reload",
            "      [Install]",
            "      WantedBy=multi-user.target",
            "  - path: /etc/systemd/system/agent-reload.service",
            "    content: |",
            "      [Service]",
            "      Type=oneshot",
            "      ExecStart=/usr/bin/systemctl restart amazon-cloudwatch-agent.service",
            "runcmd:",
            "  - [systemctl, daemon-reload]",
            "  - [systemctl, enable, --now, agent-reload.path]",
        ]),
    ),
    dev(
        "a shell function filling a variable through a nameref (local -n) used for a sysctl value",
        script("dev-nameref-sysctl-nodes", [
            "max_map() { local -n out=$1; out=262144; }",
            "max_map LIMIT",
            'sysctl -w vm.max_map_count="$LIMIT"',
        ]),
    ),
    dev(
        "core dumps kept on the node (kernel.core_pattern=/var/crash/core.%e.%p)",
        cloud("dev-core-pattern-var-crash-nodes", [
            "write_files:",
            "  - path: /etc/sysctl.d/50-coredump.conf",
            "    content: |",
            "      kernel.core_pattern=/var/crash/core.%e.%p",
            "runcmd:",
            "  - [mkdir, -p, /var/crash]",
            "  - [sysctl, --system]",
        ]),
    ),
    dev(
        "a readiness marker written into /data through tee (echo ready | tee /data/app/node-ready)",
        script("dev-tee-marker-data-nodes", ["mkdir -p /data/app", "echo ready | tee /data/app/node-ready >/dev/null"]),
    ),
    // Round 37 neighbours of the served shells: listening on loopback only (only the node's own processes connect), a
    // fixed command per connection, a plain port forward, and an inetd-style service running its own script.
    dev(
        "a debug shell on loopback only (ncat -lk 127.0.0.1 4444 --exec /bin/bash)",
        script("dev-ncat-loopback-shell-nodes", ["nohup ncat -lk 127.0.0.1 4444 --exec /bin/bash >/dev/null 2>&1 &"]),
    ),
    // Ncat guide "Command Execution" (`ncat -l --exec "/bin/echo Hello."`): a fixed reply, nothing of the client's runs.
    dev(
        "a health responder on every address running a fixed command (ncat -lk 8080 --sh-exec 'echo ok')",
        script("dev-ncat-fixed-reply-nodes", ["nohup ncat -lk 8080 --sh-exec 'echo ok' >/dev/null 2>&1 &"]),
    ),
    dev(
        "socat TCP-LISTEN:9000,fork relaying to 127.0.0.1:8080 (a port forward, no program run)",
        script("dev-socat-forward-nodes", ["nohup socat TCP-LISTEN:9000,fork,reuseaddr TCP:127.0.0.1:8080 &"]),
    ),
    // An inetd-style health check (Accept=yes, StandardInput=socket) whose python3 runs its own script file.
    dev(
        "a socket unit ListenStream=9101, Accept=yes, whose health@.service runs python3 /opt/health/check.py on the connection",
        cloud("dev-socket-health-script-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/health.socket",
            "    content: |",
            "      [Socket]",
            "      ListenStream=9101",
            "      Accept=yes",
            "      [Install]",
            "      WantedBy=sockets.target",
            "  - path: /etc/systemd/system/health@.service",
            "    content: |",
            "      [Service]",
            "      ExecStart=/usr/bin/python3 /opt/health/check.py",
            "      StandardInput=socket",
            "runcmd:",
            "  - [systemctl, enable, --now, health.socket]",
        ]),
    ),
    dev(
        "a socket unit on 127.0.0.1:4444 (Accept=yes) whose service template runs /bin/bash -i (loopback only)",
        cloud("dev-socket-loopback-shell-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/node-debug.socket",
            "    content: |",
            "      [Socket]",
            "      ListenStream=127.0.0.1:4444",
            "      Accept=yes",
            "  - path: /etc/systemd/system/node-debug@.service",
            "    content: |",
            "      [Service]",
            "      ExecStart=/bin/bash -i",
            "      StandardInput=socket",
            "runcmd:",
            "  - [systemctl, enable, --now, node-debug.socket]",
        ]),
    ),
];

describeNodeCases(
    "red team 37: node user data (tee/stdin/fd copies, namerefs, exec logs, network shells, host-root containers)",
    insecure,
    secure,
);
