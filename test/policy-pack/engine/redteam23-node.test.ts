// Red-team round 23 on the EKS node level (fresh eyes, final round): other ways a root process of the node runs or
// loads something from a data directory pods may write (the dynamic loader's preload list, a relative program after
// `cd`, a unit's WorkingDirectory, a script read from stdin, a kernel module loaded by path, a PAM hook, CNI plugin
// binaries linked into /opt/cni/bin, the kubelet's image credential provider directory); and what a careful platform
// team writes (logrotate for application logs on the data volume, a long command continued over lines, auditd
// watches, tmpfiles cleanup, a non-root unit). Insecure variants the whole pack must refuse, secure ones it must
// accept; the pack's misses are `it.skip` with a MISS comment.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    EFFECTIVE,
    hostPathDaemonSet,
    nodeConfig,
    NodeCase,
    rootNoCaps,
    withCloudConfig,
    withScript,
    describeNodeCases,
} from "./nodeBuilders";

const insecure: NodeCase[] = [
    // ld.so(8), "FILES": /etc/ld.so.preload is a "File containing a whitespace-separated list of ELF shared objects to
    // be loaded before the program"; it applies to every dynamically linked program the node runs, root's included
    // (kubelet is static Go, but sudo, crond, systemd helpers, iptables, mount... are not). A library under /data is
    // the pods' to replace: root on the node.
    {
        name: "a cloud-config writing /etc/ld.so.preload with /data/lib/libnodehook.so, beside a DaemonSet writing /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-preload-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/ld.so.preload",
                    "    content: |",
                    "      /data/lib/libnodehook.so",
                ]),
            );
            hostPathDaemonSet(r, "node-libs", "node-agents", "/data", rootNoCaps);
        },
        refused: /ld\.so|\/data\/lib|root/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 24: data directories are an allowlist in root-read text, engine/rootReads.ts): ld.so(8) reads /etc/ld.so.preload as a whitespace-separated list of shared objects loaded into every
    // dynamically linked program, root's included. The one-library case above is refused only because its line is
    // read as a shell command naming /data/lib/...; with a system library first on the line, /data/lib/libnodehook.so is
    // an "argument" and never judged. /etc/ld.so.preload is not in NODE_CONFIG_PATHS.
    {
        name: "a cloud-config writing /etc/ld.so.preload with a system library then /data/lib/libnodehook.so on one line",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-preload2-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/ld.so.preload",
                    "    content: |",
                    "      /usr/lib64/libjemalloc.so.2 /data/lib/libnodehook.so",
                ]),
            );
            hostPathDaemonSet(r, "node-libs2", "node-agents", "/data", rootNoCaps);
        },
        refused: /ld\.so|\/data\/lib|root/i,
        policy: EFFECTIVE,
    },
    // crontab(5): the command is run by /bin/sh; `cd /data/jobs && ./rotate.sh` runs a program under /data as root
    // with a relative path, which the root-runner reader judges only when absolute.
    // Was a MISS (fixed in round 24: data directories are an allowlist in root-read text, engine/rootReads.ts): rootRunnerOpenings judges a program only when its path is absolute (`program.startsWith("/")`); `cd
    // /data/jobs && ./rotate.sh` runs /data/jobs/rotate.sh as root every 5 minutes (crontab(5): the command runs through
    // /bin/sh), a file the root DaemonSet rewrites. The cwd set by `cd` is not followed.
    {
        name: "a cron.d entry running `cd /data/jobs && ./rotate.sh` as root (a relative program after cd)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-cron-cd-nodes",
                withCloudConfig([
                    "packages: [cronie]",
                    "write_files:",
                    "  - path: /etc/cron.d/rotate",
                    "    content: |",
                    "      */5 * * * * root cd /data/jobs && ./rotate.sh",
                ]),
            );
            hostPathDaemonSet(r, "jobs-writer", "node-agents", "/data", rootNoCaps);
        },
        refused: /rotate|\/data|root/i,
        policy: EFFECTIVE,
    },
    // systemd.exec(5) "WorkingDirectory=": "Sets the working directory for executed processes"; python3 opens a
    // relative script against its working directory. The unit runs as root (no User=).
    // Was a MISS (fixed in round 24: data directories are an allowlist in root-read text, engine/rootReads.ts): the unit runs as root (no User=, systemd.exec(5)) in WorkingDirectory=/data/tools, and python3 opens the
    // relative script collect.py there; executedPrograms returns [python3, collect.py] and the relative operand is
    // never resolved against WorkingDirectory=.
    {
        name: "a systemd unit with WorkingDirectory=/data/tools and ExecStart=/usr/bin/python3 collect.py (runs as root)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-workdir-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/systemd/system/node-collect.service",
                    "    content: |",
                    "      [Unit]",
                    "      Description=Collect node facts",
                    "      [Service]",
                    "      Type=oneshot",
                    "      WorkingDirectory=/data/tools",
                    "      ExecStart=/usr/bin/python3 collect.py",
                    "      [Install]",
                    "      WantedBy=multi-user.target",
                    "runcmd:",
                    "  - [systemctl, enable, --now, node-collect.service]",
                ]),
            );
            hostPathDaemonSet(r, "tools-writer", "node-agents", "/data", rootNoCaps);
        },
        refused: /collect|\/data|root/i,
        policy: EFFECTIVE,
    },
    // bash(1): with no operand bash reads commands from stdin; `bash < /data/boot.sh` runs the file's commands as root.
    // Was a MISS (fixed in round 24: data directories are an allowlist in root-read text, engine/rootReads.ts): bash(1) reads commands from standard input when given no script operand; `/bin/bash < /data/boot/hook.sh`
    // runs the pod-writable file as root at boot. simpleCommands treats `<` as an ordinary word, so executedPrograms
    // takes `<` as bash's script operand and /data/boot/hook.sh is never judged.
    {
        name: "an @reboot /etc/crontab line feeding /data/boot/hook.sh to bash on stdin (`bash < /data/boot/hook.sh`)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-stdin-nodes",
                withScript([
                    "dnf install -y cronie",
                    "echo '@reboot root /bin/bash < /data/boot/hook.sh' >> /etc/crontab",
                    "systemctl enable --now crond",
                ]),
            );
            hostPathDaemonSet(r, "boot-writer", "node-agents", "/data", rootNoCaps);
        },
        refused: /hook|\/data|root/i,
        policy: EFFECTIVE,
    },
    // insmod(8) loads the module file named; a kernel module is kernel code (init_module(2)). The unit runs at every
    // boot, after a pod of the stack may have replaced /data/kmods/nvme-tune.ko.
    // Was a MISS (fixed in round 24: data directories are an allowlist in root-read text, engine/rootReads.ts): insmod(8) "is a trivial program to insert a module into the kernel" from the file named; a root unit loads
    // /data/kmods/nvme-tune.ko (kernel code) at every boot after a pod may have replaced it. Only the program
    // (/usr/sbin/insmod) is judged, not module-file operands of insmod/modprobe/kexec.
    {
        name: "a systemd unit running /usr/sbin/insmod /data/kmods/nvme-tune.ko at boot (a kernel module under /data)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-insmod-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/systemd/system/nvme-tune.service",
                    "    content: |",
                    "      [Service]",
                    "      Type=oneshot",
                    "      ExecStart=/usr/sbin/insmod /data/kmods/nvme-tune.ko",
                    "      [Install]",
                    "      WantedBy=multi-user.target",
                    "runcmd:",
                    "  - [systemctl, enable, nvme-tune.service]",
                ]),
            );
            hostPathDaemonSet(r, "kmod-writer", "node-agents", "/data", rootNoCaps);
        },
        refused: /insmod|nvme-tune|\/data|kernel/i,
        policy: EFFECTIVE,
    },
    // pam_exec(8): "pam_exec is a PAM module that can be used to run an external command"; crond opens a PAM session
    // for every job (cronie's /etc/pam.d/crond), so the command runs as root each minute a root job runs.
    // Was a MISS (fixed in round 24: data directories are an allowlist in root-read text, engine/rootReads.ts): pam_exec(8) runs the external command named in the PAM line; cronie opens a PAM session (/etc/pam.d/crond)
    // for every job, so /data/hooks/session.sh runs as root on each root cron job (and sudo/sshd stacks likewise).
    // /etc/pam.d is not in NODE_CONFIG_PATHS and pam_exec's argument is not judged as a program.
    {
        name: "a shell part appending `session optional pam_exec.so /data/hooks/session.sh` to /etc/pam.d/crond",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-pam-nodes",
                withScript([
                    "dnf install -y cronie",
                    "echo 'session optional pam_exec.so /data/hooks/session.sh' >> /etc/pam.d/crond",
                    "systemctl enable --now crond",
                ]),
            );
            hostPathDaemonSet(r, "hooks-writer", "node-agents", "/data", rootNoCaps);
        },
        refused: /pam|\/data\/hooks|root/i,
        policy: EFFECTIVE,
    },
    // containerd runs the CNI plugins as root from its cni bin_dir, /opt/cni/bin on AL2023 (the VPC CNI installs
    // aws-cni, egress-cni there). Linking it to /data/cni/bin makes every plugin a file pods may replace.
    // Was a MISS (fixed in round 24: data directories are an allowlist in root-read text, engine/rootReads.ts): containerd's CRI plugin runs CNI plugin binaries as root from bin_dir (/opt/cni/bin on AL2023; containerd
    // docs/cri/config.md `[plugins."io.containerd.grpc.v1.cri".cni] bin_dir`), for every pod sandbox. The link makes
    // every plugin a file under /data; symlinkOpenings/bindOpenings refuse a link only when one end holds NODE_SECRETS,
    // and /opt/cni/bin is not one (a NodeConfig containerd bin_dir under /data IS refused: same effect, other shape).
    {
        name: "a shell part moving /opt/cni/bin to the data volume with a symlink (ln -s /data/cni/bin /opt/cni/bin)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-cni-link-nodes",
                withScript(["mkdir -p /data/cni", "mv /opt/cni/bin /data/cni/bin", "ln -s /data/cni/bin /opt/cni/bin"]),
            );
            hostPathDaemonSet(r, "cni-reader", "node-agents", "/data", rootNoCaps);
        },
        refused: /cni|\/data|link/i,
        policy: EFFECTIVE,
    },
    // kubelet --image-credential-provider-bin-dir: "The path to the directory where credential provider plugin
    // binaries are located" (kubelet reference); the kubelet (root) executes the plugin for each matching image pull.
    {
        name: "a NodeConfig kubelet flag --image-credential-provider-bin-dir=/data/credential-providers",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-credprov-nodes",
                nodeConfig([
                    "  kubelet:",
                    "    flags:",
                    "      - --image-credential-provider-bin-dir=/data/credential-providers",
                ]),
            );
            hostPathDaemonSet(r, "credprov-writer", "node-agents", "/data", rootNoCaps);
        },
        refused: /credential-provider|\/data/i,
        policy: EFFECTIVE,
    },
    // DECIDED (round 34): refused. python3 -m puts the working directory first on sys.path, so a pod writing /data/www/http/server.py runs its code in the unit on the node network (the node role through instance metadata; --bind 127.0.0.1 limits only who connects to it).
    {
        name: "DECIDED: a systemd unit running /usr/bin/python3 -m http.server as User=nobody in WorkingDirectory=/data/www",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-nobody-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/systemd/system/node-status.service",
                    "    content: |",
                    "      [Service]",
                    "      User=nobody",
                    // Round 29: a non-root unit counts only with NoNewPrivileges= (a setuid file a uid-0 pod plants).
                    "      NoNewPrivileges=yes",
                    "      WorkingDirectory=/data/www",
                    "      ExecStart=/usr/bin/python3 -m http.server 8085 --bind 127.0.0.1",
                    "      [Install]",
                    "      WantedBy=multi-user.target",
                ]),
            ),
        refused: /\/data\/www/,
        policy: EFFECTIVE,
    },
];

const secure: NodeCase[] = [
    // logrotate(8): a config file names the logs it rotates on its first line (`/data/app/logs/*.log {`); "su user
    // group" rotates them as that user. AL2023 runs logrotate daily; the postrotate runs a system binary.
    // Was a MISS (fixed in round 23: logrotate files are read for their script blocks only): logrotate.conf(5) puts the log path on the line opening a block (`/data/app/logs/*.log {`);
    // it names files logrotate rotates (as appuser, `su`), not a program. The reader takes every line of every written
    // file as a shell command, so the path is judged as a program run as root.
    {
        name: "a cloud-config logrotate file for application logs on the data volume (/data/app/logs/*.log, su 10001)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-logrotate-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/logrotate.d/validator-app",
                    "    content: |",
                    "      /data/app/logs/*.log {",
                    "          su appuser appuser",
                    "          daily",
                    "          rotate 7",
                    "          compress",
                    "          missingok",
                    "          copytruncate",
                    "      }",
                ]),
            ),
    },
    // A long command continued over lines with `\` (bash(1): "A non-quoted backslash ... followed by a newline is
    // treated as a line continuation"): the second line is an argument of aws s3 sync, not a program.
    // Was a MISS (fixed in round 23: continued lines are joined): bash(1), QUOTING: "A non-quoted backslash ... followed by a newline ... is treated as a
    // line continuation"; `/data/models --only-show-errors` and `/data/models` are operands of aws s3 sync and chown,
    // not programs. rootRunnerOpenings splits text on newlines without joining continuations.
    {
        name: "a shell part syncing models to the data volume with a command continued over two lines",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-sync-nodes",
                withScript([
                    "mkdir -p /data/models",
                    "/usr/bin/aws s3 sync s3://prod-validators-models/current \\",
                    "    /data/models --only-show-errors",
                    "chown -R 10001:10001 \\",
                    "    /data/models",
                ]),
            ),
    },
    // CIS Amazon Linux 2023 "Ensure auditd rules ...": watch rules (`-w PATH -p wa -k KEY`) name paths auditd watches.
    {
        name: "a cloud-config auditd rule file watching the data volume (-w /data/ -p wa -k data_changes)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-audit-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/audit/rules.d/60-data.rules",
                    "    content: |",
                    "      -w /data/ -p wa -k data_changes",
                    "      -a always,exit -F dir=/srv -F perm=wa -k srv_changes",
                    "runcmd:",
                    "  - [augenrules, --load]",
                ]),
            ),
    },
    // tmpfiles.d(5): `d /data/tmp 1777 root root 10d` creates the directory and ages out old files; `e` only cleans.
    {
        name: "a cloud-config tmpfiles.d file creating and aging /data/tmp (d and e lines)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-tmpfiles-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/tmpfiles.d/data-tmp.conf",
                    "    content: |",
                    "      d /data/tmp 1777 root root 10d",
                    "      e /srv/cache - - - 7d",
                ]),
            ),
    },
];

describeNodeCases(
    "allowlist: red-team round 23 on the EKS node level (preload, relative programs, PAM, CNI binaries, credential providers)",
    insecure,
    secure,
);
