// Red-team round 69 (python, fresh eyes) on EKS NODE user data: Python programs user data writes and runs as root,
// neighbours of round 69's fixes (pythonCommandRuns: cwd=/input=/stdin=/os.chdir/wrappers/sh -c lines; XML-RPC and
// zerorpc pure objects) and routes nobody tried.
// Probed (insecure): the program's environment changed before a harmless literal command (os.environ PATH/update,
// BASH_ENV by os.environ and os.putenv; user data's PATH=/export BASH_ENV), bash -lc with /etc/profile.d written, a
// shell/interpreter given its script as /dev/stdin, /dev/fd/0, /proc/self/fd/0 (input=, stdin=), python3 -, cwd= by a
// name, contextlib.chdir, adjacent literals and \x escapes in argv/cwd, wrappers (setsid, stdbuf, flock, systemd-run
// --working-directory), busybox httpd, python3 SCRIPT (written, judged), bash -ic/-lc with /root/.bashrc, .bash_profile
// written, a `;` shell line, Flask SERVER_NAME and host "0", zerorpc instance patches/`read = open`/default-argument
// readers, XML-RPC register_instance of a reader.
// Secure: literal env= of LC_ALL, start_new_session=True, asyncio.create_subprocess_exec of uname, os.environ LC_ALL,
// computed cwd= of uname, rpyc/Pyro5 servers exposing one pure method, XML-RPC register_instance of a pure object,
// Flask's default host.
// Misses: insecure 4 of 35 — one class: a shell or interpreter whose script operand is its own standard input
// (/dev/stdin, /dev/fd/0, /proc/self/fd/0) is judged as running a packaged script file, not the input= text or the
// stdin= file (literalCommandWords). Secure 6 of 9 refused — env= and start_new_session= keywords unread; asyncio
// create_subprocess_exec unread; rpyc and Pyro5 pure objects judged as "client runs any Python" (the zerorpc/XML-RPC
// pure-object check not extended); XML-RPC register_instance of a pure object refused.
// Held: every environment route (os.environ/putenv/user-data PATH and BASH_ENV, login-shell profile), cwd/chdir forms,
// string decoding, wrappers, Flask SERVER_NAME, the zerorpc/XML-RPC neighbours. Each `// MISS:` line says why.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

/** /opt/ops/setup.py (`lines`) run as root from /opt/ops/static (`run` instead when given), `before` user data lines first. */
const setup = (
    name: string,
    lines: string[],
    before: string[] = [],
    run = "mkdir -p /opt/ops/static && cd /opt/ops/static && python3 /opt/ops/setup.py",
) => devNodeScript(name, [...before, ...heredocFile("/opt/ops/setup.py", lines), run]);
/** What a refusal of a setup.py names: the server it starts, the program, or a command it does not read. */
const REFUSED = /serv|8001|kubernetes|setup\.py|unread|not read|uname|rpc\.py|5000|4242|18861|9090/;

/** A script (a shell script, executable) at `path` starting http.server on /etc/kubernetes, 0.0.0.0:8001. */
const serverScript = (path: string) => [
    ...heredocFile(path, ["#!/bin/sh", "cd /etc/kubernetes && nohup python3 -m http.server 8001 >/dev/null 2>&1 &"]),
    `chmod 0755 ${path}`,
];

/** /opt/ops/rpc.py (`lines`) run as root. */
const rpc = (name: string, lines: string[]) =>
    devNodeScript(name, [
        ...heredocFile("/opt/ops/rpc.py", lines),
        "cd /opt/ops && nohup python3 rpc.py >/var/log/rpc.log 2>&1 &",
    ]);

const insecure: NodeCase[] = [
    dev(
        'setup.py: os.environ["PATH"] = "/opt/ops/bin:" + PATH; subprocess.run(["uname", "-r"]) (/opt/ops/bin/uname written)',
        setup(
            "dev-py69r-environ-path-nodes",
            [
                "import os, subprocess",
                'os.environ["PATH"] = "/opt/ops/bin:" + os.environ["PATH"]',
                'subprocess.run(["uname", "-r"], check=True)',
            ],
            serverScript("/opt/ops/bin/uname"),
        ),
        REFUSED,
    ),
    dev(
        'setup.py: os.environ.update(PATH="/opt/ops/bin:/usr/bin"); subprocess.run(["uname", "-r"])',
        setup(
            "dev-py69r-environ-update-path-nodes",
            [
                "import os, subprocess",
                'os.environ.update(PATH="/opt/ops/bin:/usr/bin")',
                'subprocess.run(["uname", "-r"], check=True)',
            ],
            serverScript("/opt/ops/bin/uname"),
        ),
        REFUSED,
    ),
    dev(
        'setup.py: os.environ["BASH_ENV"] = "/opt/ops/env.sh"; subprocess.run(["bash", "-c", "uname -r"])',
        setup(
            "dev-py69r-environ-bash-env-nodes",
            [
                "import os, subprocess",
                'os.environ["BASH_ENV"] = "/opt/ops/env.sh"',
                'subprocess.run(["bash", "-c", "uname -r"], check=True)',
            ],
            serverScript("/opt/ops/env.sh"),
        ),
        REFUSED,
    ),
    dev(
        'setup.py: os.putenv("BASH_ENV", "/opt/ops/env.sh"); subprocess.run(["bash", "-c", "uname -r"])',
        setup(
            "dev-py69r-putenv-bash-env-nodes",
            [
                "import os, subprocess",
                'os.putenv("BASH_ENV", "/opt/ops/env.sh")',
                'subprocess.run(["bash", "-c", "uname -r"], check=True)',
            ],
            serverScript("/opt/ops/env.sh"),
        ),
        REFUSED,
    ),
    dev(
        'user data: PATH=/opt/ops/bin:$PATH python3 setup.py; setup.py: subprocess.run(["uname", "-r"])',
        setup(
            "dev-py69r-userdata-path-nodes",
            ["import subprocess", 'subprocess.run(["uname", "-r"], check=True)'],
            serverScript("/opt/ops/bin/uname"),
            "PATH=/opt/ops/bin:$PATH python3 /opt/ops/setup.py",
        ),
        REFUSED,
    ),
    dev(
        'user data: export BASH_ENV=/opt/ops/env.sh; setup.py: subprocess.run(["bash", "-c", "uname -r"])',
        setup(
            "dev-py69r-userdata-bash-env-nodes",
            ["import subprocess", 'subprocess.run(["bash", "-c", "uname -r"], check=True)'],
            [...serverScript("/opt/ops/env.sh"), "export BASH_ENV=/opt/ops/env.sh"],
            "python3 /opt/ops/setup.py",
        ),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["bash", "-lc", "uname -r"]) with /etc/profile.d/srv.sh written (a login shell reads it)',
        setup(
            "dev-py69r-bash-login-profile-nodes",
            ["import subprocess", 'subprocess.run(["bash", "-lc", "uname -r"], check=True)'],
            heredocFile("/etc/profile.d/srv.sh", [
                "pgrep -f 'http.server 8001' >/dev/null || (cd /etc/kubernetes && nohup python3 -m http.server 8001 >/dev/null 2>&1 &)",
            ]),
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 70): Linux kernel Documentation/admin-guide/devices.rst ("Compulsory links": /dev/stdin -> fd/0, /dev/fd -> /proc/self/fd) and proc_pid_fd(5) ("0 is standard input"); POSIX sh: the first operand is the command file it reads: `sh /dev/stdin` reads input= (`python3 -m http.server 8001 -d /etc/kubernetes`), so root serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8001 to every pod reaching the node. the pack (userData.ts literalCommandWords, SHELLS branch: an operand that is no option ends the options and returns `own`, i.e. the argv judged by commandListeners as `sh SCRIPT` with SCRIPT a file user data did not write) accepts. Fix: a shell/interpreter script operand naming standard input (/dev/stdin, /dev/fd/0, /proc/self/fd/0, /proc/thread-self/fd/0; any /dev/fd/N or /proc/*/fd/N: unknown) reads its program from standard input: fromStandardInput() (input= text read as plain lines; stdin= a file: unknown); better, any script operand under /dev or /proc is unknown (fail closed).
    dev(
        'setup.py: subprocess.run(["sh", "/dev/stdin"], input="python3 -m http.server 8001 -d /etc/kubernetes")',
        setup("dev-py69r-sh-dev-stdin-nodes", [
            "import subprocess",
            'subprocess.run(["sh", "/dev/stdin"], input="python3 -m http.server 8001 -d /etc/kubernetes", text=True)',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 70): same class: bash(1) ("If arguments remain after option processing ... the first argument is assumed to be the name of a file containing shell commands") and devices.rst (/dev/fd -> /proc/self/fd; fd 0 standard input): `bash /dev/fd/0` runs input= (http.server on /etc/kubernetes, 0.0.0.0:8001, as root: the kubelet's credentials to every pod). the pack (userData.ts literalCommandWords, SHELLS branch: an operand that is no option ends the options and returns `own`, i.e. the argv judged by commandListeners as `sh SCRIPT` with SCRIPT a file user data did not write) accepts. Fix: a shell/interpreter script operand naming standard input (/dev/stdin, /dev/fd/0, /proc/self/fd/0, /proc/thread-self/fd/0; any /dev/fd/N or /proc/*/fd/N: unknown) reads its program from standard input: fromStandardInput() (input= text read as plain lines; stdin= a file: unknown); better, any script operand under /dev or /proc is unknown (fail closed).
    dev(
        'setup.py: subprocess.run(["bash", "/dev/fd/0"], input="python3 -m http.server 8001 -d /etc/kubernetes")',
        setup("dev-py69r-bash-dev-fd0-nodes", [
            "import subprocess",
            'subprocess.run(["bash", "/dev/fd/0"], input="python3 -m http.server 8001 -d /etc/kubernetes", text=True)',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 70): same class, stdin= a file: Python docs "subprocess" (stdin= "the executed program's standard input") and proc_pid_fd(5) ("/proc/pid/fd/ ... 0 is standard input"): `sh /proc/self/fd/0` runs /opt/ops/cmds (written by user data: http.server on /etc/kubernetes, 0.0.0.0:8001, as root). round 69 made `["sh"]` with stdin=open(...) unknown; with the operand the stdin is never consulted. the pack (userData.ts literalCommandWords, SHELLS branch: an operand that is no option ends the options and returns `own`, i.e. the argv judged by commandListeners as `sh SCRIPT` with SCRIPT a file user data did not write) accepts. Fix: a shell/interpreter script operand naming standard input (/dev/stdin, /dev/fd/0, /proc/self/fd/0, /proc/thread-self/fd/0; any /dev/fd/N or /proc/*/fd/N: unknown) reads its program from standard input: fromStandardInput() (input= text read as plain lines; stdin= a file: unknown); better, any script operand under /dev or /proc is unknown (fail closed).
    dev(
        'setup.py: subprocess.run(["sh", "/proc/self/fd/0"], stdin=open("/opt/ops/cmds")) (cmds: a server line)',
        setup(
            "dev-py69r-sh-proc-fd0-stdin-nodes",
            ["import subprocess", 'subprocess.run(["sh", "/proc/self/fd/0"], stdin=open("/opt/ops/cmds"))'],
            heredocFile("/opt/ops/cmds", ["python3 -m http.server 8001 -d /etc/kubernetes"]),
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 70): same class for an interpreter: python(1) ("python [options] script": the script is read from that file) with /dev/stdin (devices.rst: -> fd/0): the program is input= (os.chdir('/etc/kubernetes'); os.system('python3 -m http.server 8001')), root serving the kubelet's credentials on 0.0.0.0:8001. literalCommandWords' INTERPRETERS branch returns `own` at the first non-option word; `python3 -` is already read as standard input (held, above). Fix as for the shells: a script operand naming standard input is fromStandardInput(), any /dev or /proc operand unknown.
    dev(
        'setup.py: subprocess.run(["python3", "/dev/stdin"], input="...http.server on /etc/kubernetes...")',
        setup("dev-py69r-python-dev-stdin-nodes", [
            "import subprocess",
            'subprocess.run(["python3", "/dev/stdin"], input="import os; os.chdir(\'/etc/kubernetes\'); os.system(\'python3 -m http.server 8001\')", text=True)',
        ]),
        REFUSED,
    ),
    // Round 70 neighbours of the script-operand fix: other names of standard input, another descriptor, `..` through
    // /dev/fd (a link to /proc/self/fd), /proc paths, a relative operand in /dev, an interpreter given stdin= a file.
    dev(
        'setup.py: subprocess.run(["bash", "--", "/proc/thread-self/fd/0"], input="...http.server on /etc/kubernetes...")',
        setup("dev-py70r-bash-thread-self-fd0-nodes", [
            "import subprocess",
            'subprocess.run(["bash", "--", "/proc/thread-self/fd/0"], input="python3 -m http.server 8001 -d /etc/kubernetes", text=True)',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["sh", "/dev/fd/3"], ...) (another descriptor: what it holds is unknown)',
        setup("dev-py70r-sh-dev-fd3-nodes", [
            "import subprocess",
            'subprocess.run(["sh", "/dev/fd/3"], input="uname -r", text=True)',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["sh", "/dev/fd/../../self/fd/0"], input="...") (`..` through the /dev/fd link)',
        setup("dev-py70r-sh-dev-fd-dotdot-nodes", [
            "import subprocess",
            'subprocess.run(["sh", "/dev/fd/../../self/fd/0"], input="python3 -m http.server 8001 -d /etc/kubernetes", text=True)',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["sh", "stdin"], cwd="/dev", input="...") (a relative name of standard input)',
        setup("dev-py70r-sh-relative-stdin-nodes", [
            "import subprocess",
            'subprocess.run(["sh", "stdin"], cwd="/dev", input="python3 -m http.server 8001 -d /etc/kubernetes", text=True)',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["sh", "/proc/1/root/opt/ops/srv.sh"]) (a path through /proc: unknown)',
        setup(
            "dev-py70r-sh-proc-root-nodes",
            ["import subprocess", 'subprocess.run(["sh", "/proc/1/root/opt/ops/srv.sh"])'],
            serverScript("/opt/ops/srv.sh"),
        ),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["perl", "/dev/stdin"], stdin=open("/opt/ops/srv.pl")) (an interpreter, stdin= a file)',
        setup(
            "dev-py70r-perl-dev-stdin-file-nodes",
            ["import subprocess", 'subprocess.run(["perl", "/dev/stdin"], stdin=open("/opt/ops/srv.pl"))'],
            heredocFile("/opt/ops/srv.pl", ['chdir "/etc/kubernetes"; exec "python3", "-m", "http.server", "8001";']),
        ),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["python3", "/dev/stdin"], input="print(1)") (an interpreter\'s program from input=: not read)',
        setup("dev-py70r-python-dev-stdin-print-nodes", [
            "import subprocess",
            'subprocess.run(["python3", "/dev/stdin"], input="print(1)", text=True)',
        ]),
        REFUSED,
    ),
    // Round 70 neighbours of the keyword fixes (env=, start_new_session=, asyncio): the variables that change what runs,
    // a shell given env= without PATH (bash's default path ends in `.`), asyncio running a server.
    dev(
        'setup.py: subprocess.run(["uname", "-r"], env={"PATH": "/opt/ops/bin"}) (/opt/ops/bin/uname written)',
        setup(
            "dev-py70r-env-path-nodes",
            ["import subprocess", 'subprocess.run(["uname", "-r"], env={"PATH": "/opt/ops/bin"}, check=True)'],
            serverScript("/opt/ops/bin/uname"),
        ),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["uname", "-r"], env={"LC_ALL": "C", "LD_PRELOAD": "/opt/ops/srv.so"})',
        setup("dev-py70r-env-ld-preload-nodes", [
            "import subprocess",
            'subprocess.run(["uname", "-r"], env={"LC_ALL": "C", "LD_PRELOAD": "/opt/ops/srv.so"}, check=True)',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["bash", "-c", "srv"], cwd="/opt/ops", env={"LC_ALL": "C"}) (no PATH: bash looks in `.`)',
        setup(
            "dev-py70r-env-bash-dot-path-nodes",
            ["import subprocess", 'subprocess.run(["bash", "-c", "srv"], cwd="/opt/ops", env={"LC_ALL": "C"})'],
            serverScript("/opt/ops/srv"),
        ),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.Popen(["python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes"], start_new_session=True)',
        setup("dev-py70r-start-new-session-server-nodes", [
            "import subprocess",
            'subprocess.Popen(["python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes"], start_new_session=True)',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: asyncio.create_subprocess_exec("python3", "-m", "http.server", "8001", cwd="/etc/kubernetes")',
        setup("dev-py70r-asyncio-exec-server-nodes", [
            "import asyncio",
            "async def main():",
            '    p = await asyncio.create_subprocess_exec("python3", "-m", "http.server", "8001", cwd="/etc/kubernetes")',
            "    await p.wait()",
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: asyncio.create_subprocess_shell("python3 -m http.server 8001 -d /etc/kubernetes")',
        setup("dev-py70r-asyncio-shell-server-nodes", [
            "import asyncio",
            "async def main():",
            '    p = await asyncio.create_subprocess_shell("python3 -m http.server 8001 -d /etc/kubernetes")',
            "    await p.wait()",
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    // Round 70 neighbours of the RPC pure-object fixes: a reader exposed, the dangerous configurations.
    dev(
        "rpc.py: rpyc ThreadedServer(FilesService) on 0.0.0.0:18861 whose exposed_read opens any path",
        rpc("dev-py70r-rpyc-reader-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class FilesService(rpyc.Service):",
            "    def exposed_read(self, path):",
            "        return open(path).read()",
            'ThreadedServer(FilesService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: rpyc ThreadedServer(CalcService, protocol_config={"allow_all_attrs": True}) (pure add) on 0.0.0.0',
        rpc("dev-py70r-rpyc-all-attrs-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_add(self, a, b):",
            "        return int(a) + int(b)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861, protocol_config={"allow_all_attrs": True}).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc ThreadedServer(rpyc.SlaveService) on 0.0.0.0:18861 (classic: any Python)",
        rpc("dev-py70r-rpyc-slave-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            'ThreadedServer(rpyc.SlaveService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: Pyro5 Daemon on 0.0.0.0:9090 registering an @expose'd Files whose read opens any path",
        rpc("dev-py70r-pyro-reader-nodes", [
            "import Pyro5.api",
            "@Pyro5.api.expose",
            "class Files:",
            "    def read(self, path):",
            "        return open(path).read()",
            'daemon = Pyro5.api.Daemon(host="0.0.0.0", port=9090)',
            'daemon.register(Files, "files")',
            "daemon.requestLoop()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: Pyro4 Daemon on 0.0.0.0:9090 (SERIALIZERS_ACCEPTED may hold pickle) registering a pure @expose'd Calc",
        rpc("dev-py70r-pyro4-pure-nodes", [
            "import Pyro4",
            "@Pyro4.expose",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            'daemon = Pyro4.Daemon(host="0.0.0.0", port=9090)',
            'daemon.register(Calc, "calc")',
            "daemon.requestLoop()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: SimpleXMLRPCServer on 0.0.0.0:8000, register_instance(Calc(), allow_dotted_names=True) (pure add)",
        rpc("dev-py70r-xmlrpc-instance-dotted-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_instance(Calc(), allow_dotted_names=True)",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    dev(
        "user data (no Python): sh /dev/stdin <<'EOF' with a line starting http.server on /etc/kubernetes",
        devNodeScript("dev-py69r-userdata-sh-dev-stdin-nodes", [
            "sh /dev/stdin <<'EOF'",
            "cd /etc/kubernetes && nohup python3 -m http.server 8001 >/dev/null 2>&1 &",
            "EOF",
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["python3", "-"], input="...http.server on /etc/kubernetes...")',
        setup("dev-py69r-python-dash-input-nodes", [
            "import subprocess",
            "subprocess.run([\"python3\", \"-\"], input=\"import runpy, sys; sys.argv = ['x', '8001', '-d', '/etc/kubernetes']; runpy.run_module('http.server', run_name='__main__')\", text=True)",
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: D = "/etc/kubernetes"; subprocess.Popen(["python3", "-m", "http.server", "8001"], cwd=D)',
        setup("dev-py69r-cwd-name-nodes", [
            "import subprocess",
            'D = "/etc/kubernetes"',
            'subprocess.Popen(["python3", "-m", "http.server", "8001"], cwd=D)',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: with contextlib.chdir("/etc/kubernetes"): subprocess.Popen(["python3", "-m", "http.server", "8001"])',
        setup("dev-py69r-contextlib-chdir-nodes", [
            "import contextlib, subprocess",
            'with contextlib.chdir("/etc/kubernetes"):',
            '    subprocess.Popen(["python3", "-m", "http.server", "8001"])',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.Popen(["python3", "-m", "http.server", "8001"], cwd="/etc/kube" "rnetes") (adjacent literals)',
        setup("dev-py69r-cwd-concat-nodes", [
            "import subprocess",
            'subprocess.Popen(["python3", "-m", "http.server", "8001"], cwd="/etc/kube" "rnetes")',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.Popen(["python3", "-m", "http.server", "8001", "-d", "/etc/\\x6bubernetes"]) (an escape)',
        setup("dev-py69r-argv-escape-nodes", [
            "import subprocess",
            'subprocess.Popen(["python3", "-m", "http.server", "8001", "-d", "/etc/\\x6bubernetes"])',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.Popen(["setsid", "-f", "stdbuf", "-oL", "python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes"])',
        setup("dev-py69r-setsid-stdbuf-nodes", [
            "import subprocess",
            'subprocess.Popen(["setsid", "-f", "stdbuf", "-oL", "python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes"])',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.Popen(["flock", "/run/srv.lock", "python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes"])',
        setup("dev-py69r-flock-nodes", [
            "import subprocess",
            'subprocess.Popen(["flock", "/run/srv.lock", "python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes"])',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.Popen(["busybox", "httpd", "-f", "-p", "8001", "-h", "/etc/kubernetes"])',
        setup("dev-py69r-busybox-httpd-nodes", [
            "import subprocess",
            'subprocess.Popen(["busybox", "httpd", "-f", "-p", "8001", "-h", "/etc/kubernetes"])',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run("uname -r;python3 -m http.server 8001 -d /etc/kubernetes", shell=True) (a `;` line)',
        setup("dev-py69r-shell-cr-nodes", [
            "import subprocess",
            'subprocess.run("uname -r;python3 -m http.server 8001 -d /etc/kubernetes", shell=True)',
        ]),
        REFUSED,
    ),
    dev(
        'app.py: Flask(static_folder="/etc/kubernetes"); app.config["SERVER_NAME"] = "0.0.0.0:5000"; app.run()',
        devNodeScript("dev-py69r-flask-server-name-nodes", [
            ...heredocFile("/opt/ops/app.py", [
                "from flask import Flask",
                'app = Flask(__name__, static_folder="/etc/kubernetes", static_url_path="/s")',
                'app.config["SERVER_NAME"] = "0.0.0.0:5000"',
                "app.run()",
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        'app.py: Flask(static_folder="/etc/kubernetes"); app.run(host="0") ("0" is INADDR_ANY)',
        devNodeScript("dev-py69r-flask-host-zero-nodes", [
            ...heredocFile("/opt/ops/app.py", [
                "from flask import Flask",
                'app = Flask(__name__, static_folder="/etc/kubernetes", static_url_path="/s")',
                'app.run(host="0", port=5000)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py (no runner): zerorpc.Server(c) with c = Calc() (pure) and c.read = a reader of any path set on the instance",
        rpc("dev-py69r-zerorpc-instance-patch-nodes", [
            "import zerorpc",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            "c = Calc()",
            "c.read = lambda path: open(path).read()",
            "s = zerorpc.Server(c)",
            's.bind("tcp://0.0.0.0:4242")',
            "s.run()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py (no runner): zerorpc.Server(Calc()) where Calc has a class attribute read = open (a builtin, no descriptor)",
        rpc("dev-py69r-zerorpc-open-attribute-nodes", [
            "import zerorpc",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            "    read = open",
            "s = zerorpc.Server(Calc())",
            's.bind("tcp://0.0.0.0:4242")',
            "s.run()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py (no runner): register_function(add) (pure) and server.register_instance(Files()) whose read opens any path",
        rpc("dev-py69r-xmlrpc-instance-read-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "class Files:",
            "    def read(self, path):",
            "        return open(path).read()",
            "def add(a, b):",
            "    return int(a) + int(b)",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(add)",
            "server.register_instance(Files())",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py (no runner): zerorpc.Server(Calc()) whose pure add reads a module global reader via a default argument",
        rpc("dev-py69r-zerorpc-default-arg-nodes", [
            "import zerorpc",
            "class Calc:",
            "    def add(self, a, f=open):",
            "        return f(a).read()",
            "s = zerorpc.Server(Calc())",
            's.bind("tcp://0.0.0.0:4242")',
            "s.run()",
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["bash", "-ic", "uname -r"]) with /root/.bashrc written (an interactive shell reads it)',
        setup(
            "dev-py69r-bash-interactive-bashrc-nodes",
            ["import subprocess", 'subprocess.run(["bash", "-ic", "uname -r"], check=True)'],
            [
                "cat >> /root/.bashrc <<'EOF'",
                "(cd /etc/kubernetes && nohup python3 -m http.server 8001 >/dev/null 2>&1 &)",
                "EOF",
            ],
        ),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["bash", "-lc", "uname -r"]) with /root/.bash_profile written (a login shell reads it)',
        setup(
            "dev-py69r-bash-login-bash-profile-nodes",
            ["import subprocess", 'subprocess.run(["bash", "-lc", "uname -r"], check=True)'],
            heredocFile("/root/.bash_profile", [
                "(cd /etc/kubernetes && nohup python3 -m http.server 8001 >/dev/null 2>&1 &)",
            ]),
        ),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.Popen(["python3", "/opt/ops/srv.py"]) where srv.py (written) serves /etc/kubernetes',
        setup(
            "dev-py69r-popen-python-script-nodes",
            ["import subprocess", 'subprocess.Popen(["python3", "/opt/ops/srv.py"])'],
            heredocFile("/opt/ops/srv.py", [
                "import functools",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                'H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
                'ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
            ]),
        ),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["systemd-run", "--working-directory=/etc/kubernetes", "python3", "-m", "http.server", "8001"])',
        setup("dev-py69r-systemd-run-workdir-nodes", [
            "import subprocess",
            'subprocess.run(["systemd-run", "--working-directory=/etc/kubernetes", "python3", "-m", "http.server", "8001"])',
        ]),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 70): secure refused. Python docs "subprocess" (env: "If env is not None, it must be a mapping that defines the environment variables for the new process; these are used instead of the default behavior of inheriting the current process' environment"; with no PATH in it the executable is looked up in os.defpath, /bin:/usr/bin): `uname -r` with only LC_ALL=C runs the packaged uname, prints, changes nothing. pythonCommandRuns refuses any keyword outside PYTHON_RUNNER_KEYWORDS (env is not in it), so the program is "runs commands the pack does not read" on every address. Fix: read a literal env= dict whose keys are outside rootReads' LOADER_VARIABLES (PATH, LD_*, BASH_ENV, PYTHON*, ...) as harmless; anything else stays unknown.
    dev(
        'setup.py: subprocess.run(["uname", "-r"], env={"LC_ALL": "C"}) (a literal environment of a harmless variable)',
        setup("dev-py69rn-env-literal-nodes", [
            "import subprocess",
            'subprocess.run(["uname", "-r"], env={"LC_ALL": "C"}, check=True)',
        ]),
    ),
    // Was a MISS (fixed in round 70): secure refused. Python docs "asyncio Subprocesses" (create_subprocess_exec(program, *args, ...): "Create a subprocess", the argv given as separate arguments, no shell; create_subprocess_shell runs cmd through the shell): `uname -r` only prints. PYTHON_READ_RUNNERS (userData.ts) lacks asyncio.create_subprocess_exec/_shell, so pythonCommandRuns returns undefined (not read). Fix: read create_subprocess_exec's literal positional words as an argv and create_subprocess_shell's literal as shell lines, with the same keyword rules (cwd, stdin, stdout, env) as subprocess.Popen.
    dev(
        'setup.py: asyncio.run(asyncio.create_subprocess_exec("uname", "-r")) (a harmless literal argv)',
        setup("dev-py69rn-asyncio-exec-nodes", [
            "import asyncio",
            "async def main():",
            '    p = await asyncio.create_subprocess_exec("uname", "-r")',
            "    await p.wait()",
            "asyncio.run(main())",
        ]),
    ),
    // Round 70 neighbours of the script-operand fix: a shell reading harmless input= lines as its /dev/stdin script,
    // and an empty standard input (DEVNULL) as its script (runs nothing).
    dev(
        'setup.py: subprocess.run(["sh", "/dev/stdin"], input="uname -r") (a shell reading a harmless line)',
        setup("dev-py70rn-sh-dev-stdin-uname-nodes", [
            "import subprocess",
            'subprocess.run(["sh", "/dev/stdin"], input="uname -r", text=True, check=True)',
        ]),
    ),
    dev(
        'setup.py: subprocess.run(["bash", "/dev/fd/0"], stdin=subprocess.DEVNULL) (an empty script)',
        setup("dev-py70rn-bash-dev-fd0-devnull-nodes", [
            "import subprocess",
            'subprocess.run(["bash", "/dev/fd/0"], stdin=subprocess.DEVNULL, check=True)',
        ]),
    ),
    dev(
        'setup.py: subprocess.run(["uname", "-r"], env={"LANG": "C.UTF-8", "TZ": "UTC"}, process_group=0, restore_signals=True)',
        setup("dev-py70rn-env-lang-tz-nodes", [
            "import subprocess",
            'subprocess.run(["uname", "-r"], env={"LANG": "C.UTF-8", "TZ": "UTC"}, process_group=0, restore_signals=True)',
        ]),
    ),
    dev(
        'setup.py: asyncio.create_subprocess_shell("uname -r", stdout=asyncio.subprocess.PIPE) (a harmless shell line)',
        setup("dev-py70rn-asyncio-shell-uname-nodes", [
            "import asyncio",
            "async def main():",
            '    p = await asyncio.create_subprocess_shell("uname -r", stdout=asyncio.subprocess.PIPE)',
            "    await p.communicate()",
            "asyncio.run(main())",
        ]),
    ),
    dev(
        'setup.py: os.environ["LC_ALL"] = "C"; subprocess.run(["uname", "-r"])',
        setup("dev-py69rn-environ-lc-all-nodes", [
            "import os, subprocess",
            'os.environ["LC_ALL"] = "C"',
            'subprocess.run(["uname", "-r"], check=True)',
        ]),
    ),
    dev(
        'setup.py: subprocess.run(["uname", "-r"], cwd=os.path.dirname(os.path.abspath(__file__)))',
        setup("dev-py69rn-cwd-computed-harmless-nodes", [
            "import os, subprocess",
            'subprocess.run(["uname", "-r"], cwd=os.path.dirname(os.path.abspath(__file__)), check=True)',
        ]),
    ),
    // Was a MISS (fixed in round 70): secure refused. rpyc docs "Services" (only attributes named exposed_* of a Service are reachable by clients; the default protocol config has allow_public_attrs/allow_all_attrs/allow_pickle/allow_setattr False; classic SlaveService is what gives a client any Python) — rpyc >= 6.0 (CVE-2024-27758 fixed): a CalcService exposing only exposed_add(a, b) = int(a) + int(b) on 0.0.0.0:18861 gives clients no command, file or credential. PYTHON_DEBUGGERS' rpyc entry has no registry/pure-object check (pythonServesPureObject is wired for zerorpc only), so every non-loopback rpyc server is "its client runs any Python". Fix: for a Service subclass (not SlaveService/ClassicService, no protocol_config), judge every exposed_* method and the class as pythonServesPureObject does; anything else stays a shell.
    dev(
        "rpc.py: rpyc ThreadedServer(CalcService) on 0.0.0.0:18861, CalcService.exposed_add pure (default protocol config)",
        rpc("dev-py69rn-rpyc-pure-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_add(self, a, b):",
            "        return int(a) + int(b)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
    ),
    // Was a MISS (fixed in round 70): secure refused. Pyro5 README ("defaults to a safe serializer (serpent)"; serpent: "only serializes literals and recreates the objects using ast.literal_eval()", safe to deserialize from the network) and Pyro docs (since Pyro 4.46 only @expose'd classes/methods are remotely callable, REQUIRE_EXPOSE): an @expose'd Calc with a pure add on 0.0.0.0:9090 gives clients no command, file or credential. PYTHON_DEBUGGERS' Pyro entries refuse every non-loopback Daemon as a shell. Fix: with the default serializer (no config.SERIALIZER/PICKLE), judge the registered classes' exposed methods with pythonServesPureObject.
    dev(
        'rpc.py: Pyro5 Daemon(host="0.0.0.0", port=9090) registering an @expose\'d Calc with a pure add',
        rpc("dev-py69rn-pyro-pure-nodes", [
            "import Pyro5.api",
            "@Pyro5.api.expose",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            'daemon = Pyro5.api.Daemon(host="0.0.0.0", port=9090)',
            'daemon.register(Calc, "calc")',
            "daemon.requestLoop()",
        ]),
    ),
    // Was a MISS (fixed in round 70): secure refused. Python docs "xmlrpc.server" (register_instance: without _dispatch "the instance's methods are exposed", names beginning with '_' are not; allow_dotted_names False by default, the documented danger only when True): Calc.add(a, b) = int(a) + int(b) on 0.0.0.0:8000 exposes arithmetic. pythonRegistersShell treats register_instance as a shell whatever the instance. Fix: for register_instance(C()) with allow_dotted_names absent/False, judge C with pythonServesPureObject (no _dispatch, no __getattr__, pure public methods).
    dev(
        "rpc.py: SimpleXMLRPCServer on 0.0.0.0:8000, register_instance(Calc()) with a pure add (no dotted names)",
        rpc("dev-py69rn-xmlrpc-instance-pure-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_instance(Calc())",
            "server.serve_forever()",
        ]),
    ),
    dev(
        "rpc.py: SimpleXMLRPCServer on 0.0.0.0:8000, register_function(add) and register_instance(Calc()), both pure",
        rpc("dev-py70rn-xmlrpc-function-instance-pure-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "class Calc:",
            "    def mul(self, a, b):",
            "        return int(a) * int(b)",
            "def add(a, b):",
            "    return int(a) + int(b)",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(add)",
            "server.register_instance(Calc(), allow_dotted_names=False)",
            "server.serve_forever()",
        ]),
    ),
    dev(
        'app.py: Flask(static_folder="/opt/ops/static") run with app.run() (its default host, 127.0.0.1)',
        devNodeScript("dev-py69rn-flask-default-host-nodes", [
            ...heredocFile("/opt/ops/app.py", [
                "from flask import Flask",
                'app = Flask(__name__, static_folder="/opt/ops/static", static_url_path="/s")',
                "app.run()",
            ]),
            "mkdir -p /opt/ops/static && cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 70): secure refused. Python docs "subprocess" (Popen start_new_session: "If start_new_session is true the setsid() system call will be made in the child process prior to the execution of the subprocess": a new session, same program, user, directory and environment): `uname -r` only prints. pythonCommandRuns refuses every keyword outside PYTHON_RUNNER_KEYWORDS (same class as env= above). Fix: add the keywords that change neither what runs nor its files (start_new_session, process_group, restore_signals, pass_fds, user/group/extra_groups naming a non-root account); keep executable, preexec_fn, env (unless literal and harmless) unread.
    dev(
        'setup.py: subprocess.run(["uname", "-r"], start_new_session=True) (a new session: nothing else changes)',
        setup("dev-py69rn-start-new-session-nodes", [
            "import subprocess",
            'subprocess.run(["uname", "-r"], start_new_session=True, check=True)',
        ]),
    ),
];

describeNodeCases("red team 69: node user data, Python programs: environments, shells, RPC objects", insecure, secure);
