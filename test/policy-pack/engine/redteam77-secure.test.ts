// Red-team round 77 on over-refusals (fresh eyes): SECURE variants a platform team writes on the committed stacks,
// each with an insecure twin, probing the neighbours of the round-77 fixes (tilde expansion, links made at judged
// paths, ( ) groups and cd scopes, udev PROGRAM/RUN, env(1) wrappers in ExecStart, pip -r, starred resource types).
// Probed: (tilde) ~ec2-user's own .bashrc, a quoted '~' literal; twins ~root/.bashrc server, ~/.bash_profile
// LD_PRELOAD; (links) a unit enabled by hand with ln -s into multi-user.target.wants, /etc/localtime, resolv.conf to the
// resolved stub; twins links from /srv into .wants, /etc/hosts, /etc/profile.d; (scopes) ( cd /etc/sysctl.d && ... ),
// pushd/popd back to /opt/ops; twins the same routes into /etc/profile.d; (udev) the amazon-ec2-utils ebsnvme-id
// PROGRAM rule, sh -c sysfs writes, ATTR{} spelling, logger %k; twins PROGRAM from /srv, RUN sh -c server; (env(1)
// ExecStart) fluent-bit wrapped in env TZ=UTC; twin env LD_PRELOAD=/srv; (log/metric agents) fluent-bit tail ->
// CloudWatch, telegraf cpu/mem -> CloudWatch; twins a fluent-bit config from /srv, fluent-bit exec input and telegraf
// inputs.exec as root; (nodeadm/local disks) NodeConfig localStorage RAID0 + kubelet maxPods/labels, mdadm+fstab+bind
// of containerd; twins kubelet anonymous/AlwaysAllow/readOnlyPort, fstab bind over /etc/systemd/system; (pip -r)
// plain names, == pins with a comment, an extra index of the operator's mirror (accepted by design); twin -e /srv
// path imported by a Flask app; (AWS) kms:Decrypt on alias ARNs only (grants nothing: starred key* type), ListAliases/
// ListKeys, GetItem on stream/* only, share-1's root principal as a bare account id; twin Decrypt on key/*.
// Results: insecure refused 15 of 17 twins; secure clean 22 of 23.
// Misses by class:
//   - INSECURE, root programs run by log/metric agents from config no reader reads: fluent-bit [INPUT] exec
//     Command, telegraf [[inputs.exec]] commands with the unit as root (2 cases; rootReads.ts reads neither).
//   - secure, udev %k inside a RUN sh -c script makes the whole script unknown (udevCommandLine SUBSTITUTED), so
//     the stock "echo none > /sys/block/%k/queue/scheduler" idiom is refused (1 case).
// Held: round-77 tilde expansion, links made at judged paths (ln -s from /srv refused at the target, stock targets
// accepted), ( ) and pushd/popd scopes, udev PROGRAM/RUN with literal programs, env(1) wrappers, nodeadm kubelet
// settings, fstab binds over judged dirs, pip -r trust, starred resource types (alias-only Decrypt accepted).
// Left alone: aws-auth/webhook spellings (k8s area), pip extra-index dependency confusion (operator downloads trusted,
// DECIDED round 69/74; reversed by round 90's DECIDED rule: any package source but the default index is refused, so
// pip-r-index is now an insecure case).
import { describeVariants, find, prop, Resources, setProp, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { al2023Nodes, heredocFile, mime, nodeConfig, shellScript } from "./nodeBuilders";
import { RUN_OPS, secureCaseBuilders } from "./secureCaseBuilders";

const { node } = secureCaseBuilders("rt77s");
const file = heredocFile;
const KEY = "aws:kms/key:Key";
/** What a refusal of a node's user data names. */
const NODE =
    /serv|process|unread|kubernetes|listen|writes|cron|program|environment|LD_|loader|preload|PATH|exec|kernel|setenv|boot|console|core|ssh|modprobe|unknown|librar|udev|logrotate|hosts|resolv|mount|fstab|pip|index|packag/;

const ops = (
    stack: string,
    id: string,
    what: string,
    statements: object[],
    refused?: RegExp,
    skip?: string,
): StackCase => ({
    stack,
    name: `${refused ? "AI" : "A"}: ${id}: ${what}`,
    edit: (r: Resources) => opsRole(r, stack, ACCOUNT[stack], id, statements),
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});

/** A dev node group whose NodeConfig carries `spec` lines (nodeadm), then a bash part running `lines`. */
const nodeadm = (tag: string, what: string, spec: string[], lines: string[], refused?: RegExp, skip?: string) => ({
    ...node(tag, what, [], refused, skip),
    edit: (r: Resources) =>
        void al2023Nodes(
            r,
            `rt77s-${tag}-nodes`,
            mime([
                { type: "application/node.eks.aws", body: nodeConfig(spec) },
                shellScript(lines, 'text/x-shellscript; charset="us-ascii"'),
            ]),
        ),
});

const SERVE_KUBE = "cd /etc/kubernetes && nohup python3 -m http.server 8001 >/dev/null 2>&1 &";

const CASES: StackCase[] = [
    // ================= tilde expansion (bash(1) "Tilde Expansion": ~user is user's home directory) =================
    // A non-root user's own startup file: ec2-user's shells only, never root's; no custody reach.
    node("tilde-ec2-user", "echo alias >> ~ec2-user/.bashrc (ec2-user's own shell, not root's)", [
        "echo \"alias k='kubectl'\" >> ~ec2-user/.bashrc",
        "chown ec2-user:ec2-user ~ec2-user/.bashrc",
    ]),
    node(
        "tilde-root-serve",
        "echo a /etc/kubernetes server >> ~root/.bashrc (root's login shells start it)",
        [`echo '${SERVE_KUBE}' >> ~root/.bashrc`],
        NODE,
    ),
    // bash(1): a quoted tilde is not expanded: `mkdir -p '~/ops'` makes a directory literally named ~ in the cwd.
    node("tilde-quoted", "mkdir -p '~/ops-cache' (quoted tilde: a literal directory name)", [
        "mkdir -p /var/cache/ops && cd /var/cache/ops && mkdir -p '~/ops-cache'",
    ]),
    node(
        "tilde-profile",
        "~/.bash_profile of root: export LD_PRELOAD",
        ["echo 'export LD_PRELOAD=/srv/ops/hook.so' >> ~/.bash_profile"],
        NODE,
    ),

    // ================= links made at judged paths (ln(1), systemctl(1) enable makes these same links) ==============
    // systemd.unit(5) "[Install] WantedBy=": enable creates a symlink in multi-user.target.wants to the unit file.
    node("ln-wants", "a cleanup unit enabled by hand: ln -s into multi-user.target.wants", [
        ...file("/etc/systemd/system/ops-cleanup.service", [
            "[Unit]",
            "Description=Clean old ops logs",
            "[Service]",
            "Type=oneshot",
            "ExecStart=/usr/bin/find /var/log/ops -type f -mtime +30 -delete",
            "[Install]",
            "WantedBy=multi-user.target",
        ]),
        "mkdir -p /etc/systemd/system/multi-user.target.wants",
        "ln -sf /etc/systemd/system/ops-cleanup.service /etc/systemd/system/multi-user.target.wants/ops-cleanup.service",
    ]),
    node(
        "ln-wants-data",
        "a unit linked into multi-user.target.wants from /srv/ops (a directory pods may write)",
        [
            "mkdir -p /etc/systemd/system/multi-user.target.wants",
            "ln -sf /srv/ops/ops.service /etc/systemd/system/multi-user.target.wants/ops.service",
        ],
        NODE,
    ),
    // timedatectl(1)/localtime(5): /etc/localtime is a symlink to a zoneinfo file.
    node("ln-localtime", "ln -sf /usr/share/zoneinfo/UTC /etc/localtime", [
        "ln -sf /usr/share/zoneinfo/UTC /etc/localtime",
    ]),
    // systemd-resolved.service(8): /etc/resolv.conf symlinked to /run/systemd/resolve/stub-resolv.conf is the
    // recommended mode (the stub 127.0.0.53).
    node("ln-resolv-stub", "ln -sf /run/systemd/resolve/stub-resolv.conf /etc/resolv.conf", [
        "ln -sf /run/systemd/resolve/stub-resolv.conf /etc/resolv.conf",
    ]),
    node(
        "ln-hosts-data",
        "ln -sf /srv/ops/hosts /etc/hosts (host names from a directory pods may write)",
        ["ln -sf /srv/ops/hosts /etc/hosts"],
        NODE,
    ),
    node(
        "ln-profile-data",
        "ln -s /srv/ops/env.sh /etc/profile.d/ops.sh (root login shells source a pod-writable file)",
        ["ln -s /srv/ops/env.sh /etc/profile.d/ops.sh"],
        NODE,
    ),

    // ================= ( ) groups and cd (bash(1) "Command Execution Environment": a subshell's cd is its own) =====
    // sysctl.d(5): a drop-in; written from a ( cd ... ) group.
    node("subshell-sysctl", "(cd /etc/sysctl.d && printf 'vm.max_map_count = 262144' > 99-es.conf); sysctl --system", [
        "(cd /etc/sysctl.d && printf 'vm.max_map_count = 262144\\n' > 99-es.conf)",
        "sysctl --system",
    ]),
    node(
        "subshell-profile",
        "(cd /etc/profile.d && echo export LD_PRELOAD > ops.sh)",
        ["(cd /etc/profile.d && echo 'export LD_PRELOAD=/srv/ops/hook.so' > ops.sh)"],
        NODE,
    ),
    // bash(1) pushd/popd: the directory stack; the write lands in /opt/ops after popd returns to it.
    node("pushd-popd", "cd /opt/ops; pushd /tmp; tar xzf downloaded tools; popd; echo ok > status", [
        "mkdir -p /opt/ops && cd /opt/ops",
        "pushd /tmp >/dev/null",
        "curl -fsSL https://ops.example.com/tools.tgz -o tools.tgz",
        "popd >/dev/null",
        "echo ok > status",
    ]),
    node(
        "pushd-popd-profile",
        "cd /etc/profile.d; pushd /tmp; popd; echo export LD_PRELOAD > ops.sh",
        [
            "cd /etc/profile.d",
            "pushd /tmp >/dev/null",
            "popd >/dev/null",
            "echo 'export LD_PRELOAD=/srv/ops/hook.so' > ops.sh",
        ],
        NODE,
    ),

    // ================= udev PROGRAM/RUN (udev(7): run as root by systemd-udevd) =================
    // amazon-ec2-utils 70-ec2-nvme-devices.rules: PROGRAM="/sbin/ebsnvme-id -u /dev/%k", SYMLINK+="%c" names EBS
    // NVMe devices by their block device mapping (the stock program of the AMI).
    node("udev-ebsnvme", "/etc/udev/rules.d/70-ec2-nvme.rules: PROGRAM=/sbin/ebsnvme-id, SYMLINK+=%c", [
        ...file("/etc/udev/rules.d/70-ec2-nvme.rules", [
            'KERNEL=="nvme[0-9]*n[0-9]*", ENV{DEVTYPE}=="disk", ATTRS{model}=="Amazon Elastic Block Store", PROGRAM="/sbin/ebsnvme-id -u /dev/%k", SYMLINK+="%c"',
        ]),
        "udevadm control --reload && udevadm trigger",
    ]),
    node(
        "udev-ebsnvme-data",
        "/etc/udev/rules.d/70-ec2-nvme.rules: PROGRAM=/srv/ops/ebsnvme-id (a directory pods may write)",
        [
            ...file("/etc/udev/rules.d/70-ec2-nvme.rules", [
                'KERNEL=="nvme[0-9]*n[0-9]*", PROGRAM="/srv/ops/ebsnvme-id -u /dev/%k", SYMLINK+="%c"',
            ]),
        ],
        NODE,
    ),
    // DECIDED (round 77), was a MISS (secure): udev(7) "String substitutions": %k/$kernel is "The kernel name for this device" (the kernel
    // never puts '/' in it: a '/' in a device name becomes '!' in sysfs, Documentation/admin-guide/sysfs-rules and
    // drivers/base/core.c device_get_devnode/kobject names), and KERNEL=="nvme[0-9]*n[0-9]*" only matches NVMe
    // namespaces; RUN+="/bin/sh -c 'echo none > /sys/block/%k/queue/scheduler'" is the common idiom to set the I/O
    // scheduler (its ATTR{queue/scheduler}="none" spelling, udev-attr-sched, is accepted, as is a literal sh -c
    // sysfs write, udev-run-sh-literal, and %k as a stock program's argument, udev-run-logger-k). Harmless: a sysfs
    // attribute write of the device the kernel named. Refused twice ("content the pack cannot read" and "runs as root
    // a program made at boot"): rootReads.ts udevCommandLine turns %k into SUBSTITUTED, so the whole `sh -c` script
    // text becomes unknown. Fix: read %k/$kernel (and %n/$number) inside a program's words as a kernel-name word
    // ([A-Za-z0-9_.:!+-]+, no '/', no shell metacharacters) rather than unknown text, so the sh -c script is read
    // and the redirect judged as a write under /sys/block/<name>/queue (keep $env{}, $attr{}, %c, %E{} unknown).
    // DECIDED (round 77): refused, rightly. udev substitutes %k into the program's text before `sh -c` parses it, so
    // the kernel name is shell code there, not a quoted word; KERNEL=="nvme[0-9]*n[0-9]*" (`*` matches anything) with
    // no SUBSYSTEM match also matches a network interface, whose name is any 15 characters but '/', ':' and blanks
    // (net/core/dev.c dev_valid_name): a hostNetwork pod with NET_ADMIN adding a link named `nvme0n1;halt;:` has root
    // run `halt`. With SUBSYSTEM=="block" (udev-run-sh-sysfs-block below) the names are the block drivers' (digits and
    // letters) and the rule is accepted (rootReads.ts UDEV_BLOCK_KERNEL_NAME).
    node(
        "udev-run-sh-sysfs",
        "udev RUN+=/bin/sh -c 'echo none > /sys/block/%k/queue/scheduler'",
        [
            ...file("/etc/udev/rules.d/60-nvme-sched.rules", [
                `ACTION=="add|change", KERNEL=="nvme[0-9]*n[0-9]*", RUN+="/bin/sh -c 'echo none > /sys/block/%k/queue/scheduler'"`,
            ]),
        ],
        NODE,
    ),
    // udev(7) SUBSYSTEM=="block": only block devices, whose kernel names their drivers make ("nvme%dn%d", "sd%c",
    // Documentation/admin-guide/devices.txt): %k in the sh -c script is such a name, the write is under /sys/block.
    node(
        "udev-run-sh-sysfs-block",
        "udev SUBSYSTEM==block RUN+=/bin/sh -c 'echo none > /sys/block/%k/queue/scheduler'",
        [
            ...file("/etc/udev/rules.d/60-nvme-sched.rules", [
                `ACTION=="add|change", SUBSYSTEM=="block", KERNEL=="nvme[0-9]*n[0-9]*", RUN+="/bin/sh -c 'echo none > /sys/block/%k/queue/scheduler'"`,
            ]),
        ],
    ),
    // The same with $kernel, udev(7)'s long spelling of %k.
    node(
        "udev-run-sh-sysfs-block-kernel",
        "udev SUBSYSTEM==block RUN+=/bin/sh -c 'echo 256 > /sys/block/$kernel/queue/nr_requests'",
        [
            ...file("/etc/udev/rules.d/60-nvme-nr.rules", [
                `ACTION=="add", SUBSYSTEM=="block", KERNEL=="nvme[0-9]*n[0-9]*", RUN+="/bin/sh -c 'echo 256 > /sys/block/$kernel/queue/nr_requests'"`,
            ]),
        ],
    ),
    // Insecure twins: a block device's name as a whole path component of a profile.d script whose content is a pod's
    // (/srv), an $attr{} value (a device attribute, not a driver-made name) in the script, and a net rule's %k.
    node(
        "udev-run-sh-block-profile",
        "udev SUBSYSTEM==block RUN+=/bin/sh -c 'cat /srv/ops/profile > /etc/profile.d/%k.sh'",
        [
            ...file("/etc/udev/rules.d/60-nvme-profile.rules", [
                `ACTION=="add", SUBSYSTEM=="block", KERNEL=="nvme[0-9]*n[0-9]*", RUN+="/bin/sh -c 'cat /srv/ops/profile > /etc/profile.d/%k.sh'"`,
            ]),
        ],
        NODE,
    ),
    node(
        "udev-run-sh-block-attr",
        "udev SUBSYSTEM==block RUN+=/bin/sh -c 'echo $attr{device/model} > /sys/block/%k/queue/scheduler'",
        [
            ...file("/etc/udev/rules.d/60-nvme-attr.rules", [
                `ACTION=="add", SUBSYSTEM=="block", KERNEL=="nvme[0-9]*n[0-9]*", RUN+="/bin/sh -c 'echo $attr{device/model} > /sys/block/%k/queue/scheduler'"`,
            ]),
        ],
        NODE,
    ),
    node(
        "udev-run-sh-net-k",
        "udev SUBSYSTEM==net RUN+=/bin/sh -c 'echo 1 > /proc/sys/net/ipv6/conf/%k/disable_ipv6' (a name a pod may choose)",
        [
            ...file("/etc/udev/rules.d/60-net-v6.rules", [
                `ACTION=="add", SUBSYSTEM=="net", KERNEL=="eth*", RUN+="/bin/sh -c 'echo 1 > /proc/sys/net/ipv6/conf/%k/disable_ipv6'"`,
            ]),
        ],
        NODE,
    ),
    // udev(7): ATTR{queue/scheduler}= writes the sysfs attribute itself: the stock spelling of the same rule.
    node("udev-attr-sched", "udev ATTR{queue/scheduler}=none (the same rule without a program)", [
        ...file("/etc/udev/rules.d/60-nvme-sched.rules", [
            'ACTION=="add|change", KERNEL=="nvme[0-9]*n[0-9]*", ATTR{queue/scheduler}="none"',
        ]),
    ]),
    // udev(7) RUN+= /bin/sh -c with a literal script (no substitution): a sysfs module parameter write.
    node(
        "udev-run-sh-literal",
        "udev RUN+=/bin/sh -c 'echo 4294967295 > /sys/module/nvme_core/parameters/io_timeout'",
        [
            ...file("/etc/udev/rules.d/60-nvme-timeout.rules", [
                `ACTION=="add", KERNEL=="nvme0n1", RUN+="/bin/sh -c 'echo 4294967295 > /sys/module/nvme_core/parameters/io_timeout'"`,
            ]),
        ],
    ),
    // udev(7) "String substitutions" %k: the kernel name, as an argument of a stock program.
    node("udev-run-logger-k", "udev RUN+=/usr/bin/logger -t udev added %k", [
        ...file("/etc/udev/rules.d/60-nvme-log.rules", [
            'ACTION=="add", KERNEL=="nvme*", RUN+="/usr/bin/logger -t udev added %k"',
        ]),
    ]),
    node(
        "udev-run-sh-serve",
        "udev RUN+=/bin/sh -c serving /etc/kubernetes",
        [
            ...file("/etc/udev/rules.d/60-nvme-sched.rules", [
                `ACTION=="add", KERNEL=="nvme[0-9]*n[0-9]*", RUN+="/bin/sh -c '${SERVE_KUBE}'"`,
            ]),
        ],
        NODE,
    ),

    // ================= env(1) wrappers in ExecStart (env(1): NAME=VALUE then the program) =================
    // Fluent Bit docs "Configuring Fluent Bit / systemd": fluent-bit -c CONF; GOMAXPROCS-like tuning via env(1).
    node(
        "env-wrapper-fluentbit",
        "fluent-bit.service: ExecStart=/usr/bin/env TZ=UTC /opt/fluent-bit/bin/fluent-bit -c",
        [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[SERVICE]",
                "    Flush        5",
                "    HTTP_Server  On",
                "    HTTP_Listen  127.0.0.1",
                "    HTTP_Port    2020",
                "[INPUT]",
                "    Name  tail",
                "    Path  /var/log/containers/*.log",
                "    Tag   kube.*",
                "[OUTPUT]",
                "    Name              cloudwatch_logs",
                "    Match             *",
                "    region            eu-west-1",
                "    log_group_name    /eks/dev/containers",
                "    log_stream_prefix node-",
                "    auto_create_group false",
            ]),
            ...file("/etc/systemd/system/fluent-bit.service.d/10-env.conf", [
                "[Service]",
                "ExecStart=",
                "ExecStart=/usr/bin/env TZ=UTC /opt/fluent-bit/bin/fluent-bit -c /etc/fluent-bit/fluent-bit.conf",
            ]),
            "systemctl daemon-reload && systemctl enable --now fluent-bit",
        ],
    ),
    node(
        "env-wrapper-preload",
        "fluent-bit.service: ExecStart=/usr/bin/env LD_PRELOAD=/srv/ops/hook.so fluent-bit",
        [
            ...file("/etc/systemd/system/fluent-bit.service.d/10-env.conf", [
                "[Service]",
                "ExecStart=",
                "ExecStart=/usr/bin/env LD_PRELOAD=/srv/ops/hook.so /opt/fluent-bit/bin/fluent-bit -c /etc/fluent-bit/fluent-bit.conf",
            ]),
        ],
        NODE,
    ),
    // Fluent Bit docs, exec input: "Command: the command to execute" (run through /bin/sh by fluent-bit, as root).
    // A config file taken from a directory pods may write lets them name that command.
    node(
        "fluentbit-conf-data",
        "fluent-bit.service: -c /srv/ops/fluent-bit.conf (config, with exec inputs, from a pod-writable directory)",
        [
            ...file("/etc/systemd/system/fluent-bit.service.d/10-env.conf", [
                "[Service]",
                "ExecStart=",
                "ExecStart=/opt/fluent-bit/bin/fluent-bit -c /srv/ops/fluent-bit.conf",
            ]),
        ],
        NODE,
    ),
    // Was a MISS (fixed in round 77): Fluent Bit manual, "Inputs / Exec" (docs.fluentbit.io/manual/pipeline/inputs/exec): "The command to
    // execute, passed to popen without any additional escaping ... Can include pipelines, redirection,
    // command-substitution"; the package's fluent-bit.service runs /opt/fluent-bit/bin/fluent-bit -c
    // /etc/fluent-bit/fluent-bit.conf as root. So this config makes root run `sh -c` serving /etc/kubernetes (kubelet
    // credentials, the node's client certs) on every address, at every fluent-bit start: any pod reaching the node
    // takes the node identity and the pods' tokens, as with a unit's ExecStart the pack refuses. Accepted: no
    // user-data reader reads /etc/fluent-bit (rootReads.ts has readers for units, udev rules, audit plugins,
    // logrotate, cron ... but none for log/metric agents' configs; the install is trusted by name). Fix: read the
    // configs of agents whose config runs commands as a root command line (as RootReads.udevRules does for RUN):
    // fluent-bit [INPUT] Name exec Command (and exec_wasi, [FILTER] lua scripts, plugins_file, @INCLUDE) in
    // /etc/fluent-bit/*.conf|*.yaml, telegraf [[inputs.exec]]/[[inputs.execd]]/[[outputs.exec]] commands when the
    // unit runs telegraf as root (below), fluentd/td-agent <source> @type exec, collectd Exec; an unreadable such
    // config refused like an unreadable udev rule.
    node(
        "fluentbit-exec-input",
        "fluent-bit.conf [INPUT] Name exec, Command serving /etc/kubernetes",
        [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name         exec",
                `    Command      ${SERVE_KUBE}`,
                "    Interval_Sec 3600",
                "[OUTPUT]",
                "    Name  null",
                "    Match *",
            ]),
            "systemctl enable --now fluent-bit",
        ],
        NODE,
    ),

    // Telegraf plugin docs, inputs.cpu/mem and outputs.cloudwatch: metrics shipped to CloudWatch, nothing run.
    node("telegraf-cloudwatch", "telegraf: inputs.cpu/mem, outputs.cloudwatch", [
        "dnf install -y telegraf",
        ...file("/etc/telegraf/telegraf.d/ops.conf", [
            "[[inputs.cpu]]",
            "  percpu = false",
            "[[inputs.mem]]",
            "[[outputs.cloudwatch]]",
            '  region = "eu-west-1"',
            '  namespace = "EKS/dev"',
        ]),
        "systemctl enable --now telegraf",
    ]),
    // Telegraf plugin docs, inputs.exec: "commands: Commands array" executed at every interval by telegraf (the
    // stock unit runs it as user telegraf, but a drop-in User=root is common for exec of privileged tools).
    // Was a MISS (fixed in round 77): same class as fluentbit-exec-input: Telegraf inputs.exec README (influxdata/telegraf
    // plugins/inputs/exec): "This plugin executes the given commands on every interval"; the drop-in User=root
    // (systemd.exec(5) User=) makes them root's. Root serves /etc/kubernetes on every address. Accepted: no reader
    // reads /etc/telegraf (rootReads.ts). Fix: as fluentbit-exec-input (judge inputs.exec/execd commands as root
    // command lines when the unit's User is root; as telegraf's own user they are judged as that user's programs).
    node(
        "telegraf-exec",
        "telegraf as root: inputs.exec commands serving /etc/kubernetes",
        [
            "dnf install -y telegraf",
            ...file("/etc/telegraf/telegraf.d/ops.conf", [
                "[[inputs.exec]]",
                `  commands = ["sh -c 'cd /etc/kubernetes && exec python3 -m http.server 8001'"]`,
                '  data_format = "influx"',
            ]),
            ...file("/etc/systemd/system/telegraf.service.d/10-root.conf", ["[Service]", "User=root"]),
            "systemctl daemon-reload && systemctl enable --now telegraf",
        ],
        NODE,
    ),

    // Round 77 neighbours of the log/metric agent reader (userDataReaders/logAgents.ts).
    // Fluent Bit YAML (Fluent Bit manual, "YAML configuration": pipeline.inputs) with the same exec input.
    node(
        "fluentbit-yaml-exec",
        "fluent-bit.yaml pipeline.inputs name exec, command serving /etc/kubernetes",
        [
            ...file("/etc/fluent-bit/fluent-bit.yaml", [
                "pipeline:",
                "  inputs:",
                "    - name: exec",
                `      command: "${SERVE_KUBE}"`,
                "      interval_sec: 3600",
                "  outputs:",
                "    - name: 'null'",
                "      match: '*'",
            ]),
        ],
        NODE,
    ),
    // An exec input running a stock command that prints the node's uptime: read, and harmless.
    node("fluentbit-exec-uptime", "fluent-bit.conf [INPUT] Name exec, Command /usr/bin/uptime", [
        ...file("/etc/fluent-bit/fluent-bit.conf", [
            "[INPUT]",
            "    Name         exec",
            "    Command      /usr/bin/uptime",
            "    Interval_Sec 60",
            "[OUTPUT]",
            "    Name              cloudwatch_logs",
            "    Match             *",
            "    region            eu-west-1",
            "    log_group_name    /eks/dev/uptime",
            "    log_stream_prefix node-",
        ]),
    ]),
    // Fluent Bit "Lua" filter: "script: Path to the Lua script", run in fluent-bit (os.execute): code the pack cannot read.
    node(
        "fluentbit-lua-filter",
        "fluent-bit.conf [FILTER] Name lua script /etc/fluent-bit/enrich.lua",
        [
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[FILTER]",
                "    Name   lua",
                "    Match  *",
                "    script /etc/fluent-bit/enrich.lua",
                "    call   enrich",
            ]),
        ],
        NODE,
    ),
    // Fluent Bit "Commands": @INCLUDE of a file outside its directory (here a pod-writable one).
    node(
        "fluentbit-include-srv",
        "fluent-bit.conf @INCLUDE /srv/ops/inputs.conf",
        [...file("/etc/fluent-bit/fluent-bit.conf", ["@INCLUDE /srv/ops/inputs.conf"])],
        NODE,
    ),
    // A configuration downloaded into /etc/fluent-bit: content the pack cannot read, for an agent that runs commands.
    node(
        "fluentbit-conf-download",
        "curl -o /etc/fluent-bit/fluent-bit.conf (downloaded configuration)",
        ["curl -fsSL -o /etc/fluent-bit/fluent-bit.conf https://config.example.com/fluent-bit.conf"],
        NODE,
    ),
    // telegraf inputs.exec as the packaged unit's User=telegraf: a stock program, read as that user's: accepted.
    node("telegraf-exec-uptime", "telegraf (packaged User=telegraf): inputs.exec commands [/usr/bin/uptime]", [
        ...file("/etc/telegraf/telegraf.d/ops.conf", [
            "[[inputs.exec]]",
            '  commands = ["/usr/bin/uptime"]',
            '  data_format = "value"',
            '  data_type = "string"',
        ]),
    ]),
    // telegraf inputs.execd (argument vector) running a program from a pod-writable directory, as its own user: a
    // pod's program on the node's network (instance metadata), refused as a non-root unit's ExecStart from /srv is.
    node(
        "telegraf-execd-srv",
        "telegraf: inputs.execd command [/srv/ops/collector]",
        [
            ...file("/etc/telegraf/telegraf.d/ops.conf", [
                "[[inputs.execd]]",
                '  command = ["/srv/ops/collector", "--interval", "10s"]',
                '  data_format = "influx"',
            ]),
        ],
        NODE,
    ),
    // An append to the image's own telegraf.conf (its whole text unknown) adding an exec input, run as root by a
    // replaced unit without User=: the fragment names a command-running plugin.
    node(
        "telegraf-append-exec",
        "cat >> /etc/telegraf/telegraf.conf [[inputs.exec]] (the image's file), telegraf.service without User=",
        [
            "cat >> /etc/telegraf/telegraf.conf <<'EOF'",
            "[[inputs.exec]]",
            '  commands = ["/usr/bin/uptime"]',
            "EOF",
            ...file("/etc/systemd/system/telegraf.service", [
                "[Service]",
                "ExecStart=/usr/bin/telegraf -config /etc/telegraf/telegraf.conf",
            ]),
        ],
        NODE,
    ),
    // Fluentd in_exec (docs.fluentd.org "exec" input: "command: The command (program) to execute"), td-agent.
    node(
        "fluentd-exec-source",
        "td-agent.conf <source> @type exec command serving /etc/kubernetes",
        [
            ...file("/etc/td-agent/td-agent.conf", [
                "<source>",
                "  @type exec",
                `  command ${SERVE_KUBE}`,
                "  tag ops.exec",
                "  run_interval 1h",
                "  <parse>",
                "    @type none",
                "  </parse>",
                "</source>",
            ]),
        ],
        NODE,
    ),
    // Vector "Exec" source (command, an argument vector), judged as root.
    node(
        "vector-exec-source",
        "vector.yaml sources type exec command [sh, -c, serving /etc/kubernetes]",
        [
            ...file("/etc/vector/vector.yaml", [
                "sources:",
                "  ops:",
                "    type: exec",
                "    mode: streaming",
                `    command: ["sh", "-c", "${SERVE_KUBE}"]`,
            ]),
        ],
        NODE,
    ),

    // ================= nodeadm NodeConfig and local disks =================
    // nodeadm API (awslabs/amazon-eks-ami doc/usage/nodeadm): spec.instance.localStorage.strategy RAID0 mounts the
    // instance-store NVMe disks as one array under /mnt/k8s-disks; kubelet.config maxPods, flags --node-labels.
    nodeadm(
        "nodeadm-raid0",
        "NodeConfig: instance.localStorage.strategy RAID0, kubelet maxPods and --node-labels",
        [
            "  instance:",
            "    localStorage:",
            "      strategy: RAID0",
            "  kubelet:",
            "    config:",
            "      maxPods: 58",
            "    flags:",
            "      - --node-labels=workload=signer",
        ],
        ["echo done"],
    ),
    nodeadm(
        "nodeadm-readonly-port",
        "NodeConfig: kubelet readOnlyPort 10255 and anonymous auth (pods and their specs to anyone)",
        [
            "  kubelet:",
            "    config:",
            "      readOnlyPort: 10255",
            "      authentication:",
            "        anonymous:",
            "          enabled: true",
            "      authorization:",
            "        mode: AlwaysAllow",
        ],
        ["echo done"],
        /kubelet|anonymous|AlwaysAllow|10255|readOnly|authori/,
    ),
    // mdadm(8), mkfs.xfs(8), fstab(5): the local-disks setup done by hand (the AL2 setup-local-disks idiom).
    node("local-disks-raid", "mdadm RAID0 of the instance store, mkfs.xfs, fstab entry at /mnt/k8s-disks/0", [
        "mdadm --create --force --verbose /dev/md0 --level=0 --raid-devices=2 /dev/nvme1n1 /dev/nvme2n1",
        "mkfs.xfs -f /dev/md0",
        "mkdir -p /mnt/k8s-disks/0",
        "echo '/dev/md0 /mnt/k8s-disks/0 xfs defaults,noatime 0 2' >> /etc/fstab",
        "mount /mnt/k8s-disks/0",
        "mkdir -p /mnt/k8s-disks/0/containerd && mount --bind /mnt/k8s-disks/0/containerd /var/lib/containerd",
    ]),
    // fstab(5)/mount(8) bind: the instance store (content unknown, the previous tenant's or a pod's hostPath under
    // /mnt/k8s-disks) bound over /etc/systemd/system: every unit systemd reads is then whatever that disk holds.
    node(
        "local-disks-over-units",
        "fstab: bind /mnt/k8s-disks/0/units over /etc/systemd/system",
        [
            "mkdir -p /mnt/k8s-disks/0/units",
            "echo '/mnt/k8s-disks/0/units /etc/systemd/system none bind 0 0' >> /etc/fstab",
            "mount -a",
        ],
        NODE,
    ),

    // ================= pip -r (pip(1) "Requirements File Format") =================
    // pip "Requirements File Format": `name==version` pins and `# comments` are the ordinary file; every package
    // from the default index (trusted by name, DECIDED round 74).
    node("pip-r-pinned", "requirements.txt with a comment and == pins; pip3 install -r", [
        ...file("/opt/ops/requirements.txt", ["# ops helpers", "boto3==1.34.0", "requests==2.31.0"]),
        "pip3 install -r /opt/ops/requirements.txt",
    ]),
    node("pip-r-plain", "requirements.txt of plain names; pip3 install -r", [
        ...file("/opt/ops/requirements.txt", ["boto3", "requests"]),
        "pip3 install -r /opt/ops/requirements.txt",
    ]),
    // DECIDED (round 90), was pinned accepted: pip docs "pip install" (-i/--index-url "default https://pypi.org/simple";
    // the --extra-index-url warning: "unsafe, per a security vulnerability called dependency confusion": boto3 may then
    // come from either index) and Python docs "site" (a wheel's .pth import lines run at every Python start): round
    // 74's DECIDED credit is the default index's by name only, and round 69's operator downloads are files curl/wget
    // fetch, not an index choosing every project's wheels. Any other package source is refused at the install line
    // (rootReads.ts unvouchedPythonPackages); the default index named (-i https://pypi.org/simple) stays clean
    // (redteam78-python dev-py90-pip-r-default-index-fix90).
    node(
        "pip-r-index",
        "requirements.txt with --extra-index-url of the operator's own mirror (refused since round 90, DECIDED)",
        [
            ...file("/opt/ops/requirements.txt", [
                "--extra-index-url https://pypi.ops-mirror.example.net/simple",
                "boto3",
            ]),
            "pip3 install -r /opt/ops/requirements.txt",
            "python3 -c 'import boto3' && echo ok",
        ],
        NODE,
    ),
    // pip "Requirements File Format": `-e <path>` installs the project at that path in editable mode (its source
    // stays there and is imported from there); /srv is a node directory pods may write, so the Flask app imports
    // whatever a pod put in /srv/ops/opslib.
    node(
        "pip-r-srv",
        "requirements.txt with -e /srv/ops/opslib, then a Flask app importing opslib on 0.0.0.0",
        [
            ...file("/opt/ops/requirements.txt", ["-e /srv/ops/opslib", "flask"]),
            "pip3 install -r /opt/ops/requirements.txt",
            ...file("/opt/ops/app.py", [
                "import opslib",
                "from flask import Flask",
                "app = Flask(__name__)",
                "app.add_url_rule('/healthz', view_func=opslib.healthz)",
                'app.run(host="0.0.0.0", port=5000, debug=False)',
            ]),
            RUN_OPS,
        ],
        NODE,
    ),

    // ================= AWS: starred resource types (Service Authorization Reference, KMS "Resource types") ========
    // KMS developer guide "Using aliases to control access": "an alias ARN in the Resource element of an IAM policy
    // ... does not control access to KMS keys" for cryptographic operations: Decrypt's resource type is key*, so a
    // statement whose only resource is an alias ARN grants Decrypt on nothing.
    ops("prod", "rt77s-alias-decrypt", "kms:Decrypt on arn:...:alias/* only (grants nothing)", [
        allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${ACCOUNT.prod}:alias/*`),
    ]),
    ops(
        "prod",
        "rt77s-key-decrypt",
        "kms:Decrypt on arn:...:key/*",
        [allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${ACCOUNT.prod}:key/*`)],
        /rt77s-key-decrypt|Decrypt/,
    ),
    // KMS API Reference ListAliases / ListKeys: resource "*" only; key ids and alias names, no key use.
    ops("prod", "rt77s-kms-list", "kms:ListAliases, kms:ListKeys on *", [
        allow(["kms:ListAliases", "kms:ListKeys"], "*"),
    ]),
    // DynamoDB Service Authorization Reference: GetItem's resource type is table*; a stream or index ARN as the
    // only resource matches none of it.
    ops("prod", "rt77s-ddb-index", "dynamodb:GetItem on table/*/stream/* only (grants nothing)", [
        allow("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:${ACCOUNT.prod}:table/*/stream/*`),
    ]),
    // IAM JSON policy reference "Principal": "AWS": "123456789012" is the same principal as arn:aws:iam::...:root.
    {
        stack: "prod",
        name: "P: share-1's key policy naming its account root as a bare account id",
        edit: r => {
            const key = find(r, KEY, "signer-shares-share-1");
            const text = prop(key, "policy") as string;
            setProp(key, "policy", text.replace(/"arn:aws:iam::(\d{12}):root"/g, '"$1"'));
        },
    },
];

describeVariants(
    "red team 77: secure variants of the committed stacks and their insecure twins",
    CASES.filter(c => c.refused),
    CASES.filter(c => !c.refused),
);
