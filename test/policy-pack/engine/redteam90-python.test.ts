// Red-team round 90 (python) on EKS NODE user data (AL2023: python3.9): root Python programs user data writes and runs.
// Probed NEW classes next to round 88's Python rules: downloads whose TLS trust is changed other than by verify=False
// (the global ssl._create_default_https_context, install_opener, check_hostname/CERT_NONE, cafile and verify= paths in
// /tmp, SSL_CERT_FILE, urllib3 cert_reqs, boto3 verify=False / http endpoint_url, ftplib, paramiko AutoAddPolicy);
// code from writable places (sqlite3 load_extension, jinja2 templates, a child `python3 -m` with cwd=, a relative argv
// with cwd=, a computed PATH in os.environ, a user's home on sys.path, `python3 -c`/`-m` from /var/tmp, -m cProfile,
// env -S PYTHONPATH= shebang, a world-writable __pycache__, -X pycache_prefix, a venv in /var/tmp); the zipfile/tarfile
// command-line extractors; os.link; tempfile.mktemp; listeners (asyncio start_server without host, create_datagram_
// endpoint, create_server dualstack, smtpd, UDP bind). Secure twins: a root helper reading /etc, IMDSv2 tags with a
// loopback status server, boto3 with default credentials tagging its own instance, S3 config download, STS credentials
// 0o600 in a 0o700 directory, loopback asyncio/socket/UDP servers, sqlite3 state, the AMI's CA bundle, atomic
// NamedTemporaryFile + os.replace, python3 -I, a root venv with --system-site-packages, tarfile extraction of a
// verified download, a `#!/usr/bin/python3 -I` script, a hard link inside the program's own directory.
// Misses (11 insecure accepted, 6 secure refused), by class (dev-py90-NAME-rt90p):
// - PY-TLS-GLOBAL-OPT-OUT (2 insecure): default-https-context, install-opener-unverified: got []; pythonDownloadLines
//   reads urlretrieve(https) as a verified `curl -o` without the process-wide context/opener. Fix: any rebinding of
//   ssl/urllib defaults (or an opener the pack does not read) makes the program's downloads unverified.
// - PY-NATIVE-LOAD-UNREAD (1): sqlite-load-extension-tmp; sqlite3 is a standard module read by name, its loader is not
//   in PYTHON_DYNAMIC_NAMES. Fix: native loads of the standard library are code from their path.
// - PY-TEMPLATE-AS-CODE (1): jinja2-var-tmp-templates; jinja2 is a PYTHON_KNOWN_PACKAGES entry, its loaders unread.
// - PY-CHILD-CWD-IMPORT-PATH (1): child-m-cwd-tmp; a child's cwd= is not carried for its python -m import path.
// - PY-ENVIRON-COMPUTED-VALUE (1): environ-path-tmp; os.environ writes of computed values are dropped.
// - PY-WORLD-WRITABLE-CWD-ROOT (1): python-c-cwd-var-tmp; -c's cwd root is judged by written files only.
// - PY-SHEBANG-ENV-ASSIGNMENT (1): shebang-env-s-pythonpath; env's NAME=VALUE is not the command's environment.
// - PY-PYCACHE-DIR-OPENED (1): pycache-world-writable; ROOT/__pycache__ is not a root-read directory.
// - PY-UDP-ENDPOINT-UNREAD (1): datagram-endpoint-all; create_datagram_endpoint/local_addr unread.
// - PY-STDLIB-SERVER-UNREAD (1): smtpd-pureproxy-all; smtpd/asyncore servers are in no listener table.
// - PY-IMDS-CLIENT-READ-AS-RELAY (2 secure): imdsv2-tags-loopback-status, imdsv2-boto3-tag-self (with
//   PY-URL-READ-AS-PATH: a Request URL argument read as a written path).
// - PY-TEMPFILE-NAME-UNREAD (1 secure): atomic-replace-etc-ops (`tmp = f.name` of NamedTemporaryFile).
// - PY-EXTRACT-TRUSTED-DOWNLOAD (2 secure): m-tarfile-verified-download, tarfile-filter-data (the shell's tar of the
//   same verified download is accepted).
// - PY-LINK-SOURCE-READ-AS-WRITE (1 secure): hardlink-own-dir (os.link's src read as the path written).
// Held: 23 of 34 insecure refused (the TLS cases other than the global ones only by the broad "a program made at boot"
// reading of any program-written file bash runs; asyncio/create_server by pythonSocketServerListeners); 12 of 18 secure
// clean.
// Round 90 fixes (branch fix90-python): 15 of the 17 misses fixed and unskipped (`Was a MISS (fixed in round 90)`), with
// neighbours (-fix90: 18 insecure refused, 8 secure clean). Branch fix90-g2: PY-ENVIRON-COMPUTED-VALUE (environ-path-tmp)
// fixed and unskipped, with neighbours (-fix90: 5 insecure refused, 3 secure clean). Still skipped:
// PY-IMDS-CLIENT-READ-AS-RELAY for a loopback status server (imdsv2-tags-loopback-status).
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names (as round 88's file). */
const REFUSED =
    /serv|2525|5140|8125|9000|8080|kubernetes|tune|srv|mnt|unread|not read|writes|cron|program|PYTHON|shell|run|pip|index|import|json|helper|plugin|command|module|code|config|listen|kernel|0\.0\.0\.0|load|librar|trust|download|http|tmp|systemd|venv|credential|extension|cache|every address|address/;

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

/** /opt/ops/srv.py started in the background (a long-running root service). */
const srv = (name: string, lines: string[]) =>
    devNodeScript(name, [
        ...heredocFile("/opt/ops/srv.py", lines),
        "cd /opt/ops && nohup python3 /opt/ops/srv.py >/var/log/ops-srv.log 2>&1 &",
    ]);

/** A script of shell lines after the ops directories are made. */
const sh = (name: string, lines: string[]) =>
    devNodeScript(name, ["mkdir -p /var/lib/ops /var/cache/ops /var/log/ops", ...lines]);

/** /opt/ops/helper.py (json only) that /opt/ops/tune.py imports. */
const HELPER = heredocFile("/opt/ops/helper.py", ["import json", "def main():", "    print(json.dumps({}))"]);

/** /opt/ops/run.py (json only). */
const RUN_PY = heredocFile("/opt/ops/run.py", ["import json", "print(json.dumps({}))"]);

const insecure: NodeCase[] = [
    // ===== A. downloads whose TLS verification is switched off or re-anchored, then run =====
    // PEP 476 "Opting out": `ssl._create_default_https_context = ssl._create_unverified_context` turns verification off for
    // every later stdlib HTTPS client (urlretrieve included): the fetched script is any MitM's.
    // Was a MISS (fixed in round 90): PY-TLS-GLOBAL-OPT-OUT. PEP 476 "Opting out". pythonCode.ts pythonTlsDefaultsChanged: a rebinding of an ssl/urllib/http attribute (or setattr) makes every urlretrieve of the program the shell's `curl -k -o` (pythonDownloadLines, commandServers.ts pythonProgramCommandLines), judged unverified by rootReads.ts.
    dev(
        "tune.py: ssl._create_default_https_context = ssl._create_unverified_context; urlretrieve(https); bash",
        tune("dev-py90-default-https-context-rt90p", [
            "import ssl, subprocess, urllib.request",
            "ssl._create_default_https_context = ssl._create_unverified_context",
            'urllib.request.urlretrieve("https://ops.example/setup.sh", "/var/cache/ops/setup.sh")',
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // urllib.request docs install_opener(opener): "Install an OpenerDirector instance as the default global opener"; urlretrieve
    // uses it, so the unverified context applies to the download.
    // Was a MISS (fixed in round 90): PY-TLS-GLOBAL-OPT-OUT. urllib.request docs install_opener ("the default global opener"). pythonCode.ts pythonTlsDefaultsChanged: install_opener of anything but build_opener of the verifying handlers (PYTHON_VERIFYING_HANDLERS) makes the downloads `curl -k`.
    dev(
        "tune.py: install_opener(HTTPSHandler(context=ssl._create_unverified_context())); urlretrieve(https); bash",
        tune("dev-py90-install-opener-unverified-rt90p", [
            "import ssl, subprocess, urllib.request",
            "ctx = ssl._create_unverified_context()",
            "urllib.request.install_opener(urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx)))",
            'urllib.request.urlretrieve("https://ops.example/setup.sh", "/var/cache/ops/setup.sh")',
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // OpenSSL SSL_CERT_FILE (ssl docs get_default_verify_paths: cafile from the environment): trust anchors any user planted in /tmp.
    dev(
        "tune.py: os.environ['SSL_CERT_FILE'] = '/tmp/ops-ca.pem'; urlretrieve(https); bash",
        tune("dev-py90-environ-ssl-cert-file-tmp-rt90p", [
            "import os, subprocess, urllib.request",
            'os.environ["SSL_CERT_FILE"] = "/tmp/ops-ca.pem"',
            'urllib.request.urlretrieve("https://ops.example/setup.sh", "/var/cache/ops/setup.sh")',
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // ssl docs SSLContext.verify_mode CERT_NONE: "any cert is accepted"; check_hostname False: MitM serves the script.
    dev(
        "tune.py: ctx.check_hostname = False; ctx.verify_mode = ssl.CERT_NONE; urlopen(https, context=ctx); bash",
        tune("dev-py90-cert-none-context-rt90p", [
            "import ssl, subprocess, urllib.request",
            "ctx = ssl.create_default_context()",
            "ctx.check_hostname = False",
            "ctx.verify_mode = ssl.CERT_NONE",
            'body = urllib.request.urlopen("https://ops.example/setup.sh", context=ctx).read()',
            'with open("/var/cache/ops/setup.sh", "wb") as f:',
            "    f.write(body)",
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // ssl docs create_default_context(cafile=...): the trust anchors come from a /tmp file any user wrote.
    dev(
        "tune.py: ssl.create_default_context(cafile='/tmp/ops-ca.pem'); urlopen(https); bash",
        tune("dev-py90-cafile-tmp-rt90p", [
            "import ssl, subprocess, urllib.request",
            'ctx = ssl.create_default_context(cafile="/tmp/ops-ca.pem")',
            'body = urllib.request.urlopen("https://ops.example/setup.sh", context=ctx).read()',
            'with open("/var/cache/ops/setup.sh", "wb") as f:',
            "    f.write(body)",
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // requests docs "SSL Cert Verification" (Session.verify = False: "accept any TLS certificate").
    dev(
        "tune.py: s = requests.Session(); s.verify = False; s.get(https) written and bash-run",
        tune("dev-py90-session-verify-false-rt90p", [
            "import requests, subprocess",
            "s = requests.Session()",
            "s.verify = False",
            'r = s.get("https://ops.example/setup.sh", timeout=30)',
            'with open("/var/cache/ops/setup.sh", "w") as f:',
            "    f.write(r.text)",
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // requests docs: verify may be "a path to a CA bundle": here one in /var/tmp (any user's).
    dev(
        "tune.py: requests.get(https, verify='/var/tmp/ops-ca.pem') written and bash-run",
        tune("dev-py90-requests-verify-var-tmp-ca-rt90p", [
            "import requests, subprocess",
            'r = requests.get("https://ops.example/setup.sh", verify="/var/tmp/ops-ca.pem", timeout=30)',
            'with open("/var/cache/ops/setup.sh", "w") as f:',
            "    f.write(r.text)",
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // urllib3 docs "Certificate verification": cert_reqs='CERT_NONE' disables it.
    dev(
        "tune.py: urllib3.PoolManager(cert_reqs='CERT_NONE').request(GET, https) written and bash-run",
        tune("dev-py90-urllib3-cert-none-rt90p", [
            "import subprocess, urllib3",
            'http = urllib3.PoolManager(cert_reqs="CERT_NONE")',
            'r = http.request("GET", "https://ops.example/setup.sh")',
            'with open("/var/cache/ops/setup.sh", "wb") as f:',
            "    f.write(r.data)",
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // boto3 docs Session.client(verify=False): "SSL certificates will not be verified".
    dev(
        "tune.py: boto3.client('s3', verify=False).download_file(...); bash it",
        tune("dev-py90-boto3-verify-false-rt90p", [
            "import boto3, subprocess",
            's3 = boto3.client("s3", verify=False)',
            's3.download_file("ops-artifacts", "setup.sh", "/var/cache/ops/setup.sh")',
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // boto3 docs Session.client(endpoint_url): a plain-http endpoint authenticates no server.
    dev(
        "tune.py: boto3.client('s3', endpoint_url='http://...').download_file(...); bash it",
        tune("dev-py90-boto3-http-endpoint-rt90p", [
            "import boto3, subprocess",
            's3 = boto3.client("s3", endpoint_url="http://artifacts.ops.example:9000")',
            's3.download_file("ops-artifacts", "setup.sh", "/var/cache/ops/setup.sh")',
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // ftplib docs: FTP is cleartext (FTP_TLS is the TLS class): the script is any on-path party's.
    dev(
        "tune.py: ftplib.FTP(...).retrbinary('RETR setup.sh', f.write); bash it",
        tune("dev-py90-ftplib-retr-bash-rt90p", [
            "import ftplib, subprocess",
            'ftp = ftplib.FTP("ftp.ops.example")',
            "ftp.login()",
            'with open("/var/cache/ops/setup.sh", "wb") as f:',
            '    ftp.retrbinary("RETR setup.sh", f.write)',
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // paramiko docs AutoAddPolicy: "automatically adding the hostname and new host key": no host authentication.
    dev(
        "tune.py: paramiko AutoAddPolicy; sftp.get(setup.sh); bash it",
        tune("dev-py90-paramiko-autoadd-rt90p", [
            "import paramiko, subprocess",
            "c = paramiko.SSHClient()",
            "c.set_missing_host_key_policy(paramiko.AutoAddPolicy())",
            'c.connect("bastion.ops.example", username="ops", key_filename="/etc/ops/id_ed25519")',
            'c.open_sftp().get("/srv/setup.sh", "/var/cache/ops/setup.sh")',
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // ===== B. code and libraries loaded from places any user writes =====
    // sqlite3 docs Connection.load_extension(path): "Load an SQLite extension from a shared library" (after
    // enable_load_extension(True)); /tmp is any user's (FHS): root runs the library's code.
    // Was a MISS (fixed in round 90): PY-NATIVE-LOAD-UNREAD. Python docs sqlite3 "Loadable extensions" (Connection.enable_load_extension, load_extension); SQLite sqlite3_load_extension. pythonCode.ts PYTHON_DYNAMIC_ATTRIBUTES: enable_load_extension/load_extension (apsw's enableloadextension/loadextension) are native code from a path, as ctypes is: code the pack does not read (pythonUnreadCode).
    dev(
        "tune.py: sqlite3 enable_load_extension(True); load_extension('/tmp/ops-ext.so')",
        tune("dev-py90-sqlite-load-extension-tmp-rt90p", [
            "import sqlite3",
            'db = sqlite3.connect("/var/lib/ops/state.db")',
            "db.enable_load_extension(True)",
            'db.load_extension("/tmp/ops-ext.so")',
        ]),
        REFUSED,
    ),
    // Jinja docs "Sandbox": templates are code ("The Jinja sandbox can be used to render untrusted templates"; an ordinary
    // Environment is not sandboxed): templates from /var/tmp are any user's code run as root.
    // Was a MISS (fixed in round 90): PY-TEMPLATE-AS-CODE. Jinja docs "Sandbox", "API: Loaders" FileSystemLoader(searchpath). pythonCode.ts pythonTemplateDirectories: the template directories of a non-sandboxed environment are searched as import roots are (commandServers.ts pythonProgramCommandLines: a PYTHONPATH-style entry the shell reader judges, RootReads.plantedSearchList); a directory it cannot compute is unread code (pythonUnreadCode).
    dev(
        "tune.py: jinja2 Environment(FileSystemLoader('/var/tmp/ops-tpl')).get_template(...).render()",
        tune("dev-py90-jinja2-var-tmp-templates-rt90p", [
            "import jinja2",
            'env = jinja2.Environment(loader=jinja2.FileSystemLoader("/var/tmp/ops-tpl"))',
            'print(env.get_template("motd.j2").render(node="dev"))',
        ]),
        REFUSED,
    ),
    // Python docs "Command line" -m: "As with the -c option, the current directory will be added to the start of sys.path";
    // subprocess docs cwd=: the child's working directory, /tmp (any user's opsctl.py).
    // Was a MISS (fixed in round 90): PY-CHILD-CWD-IMPORT-PATH. Python docs "Command line and environment" -m ("the current directory will be added to the start of sys.path"). The child's line already carries cwd= (pythonCommandRuns); pythonCode.ts pythonEntry now reads a world-writable directory itself on a -m import path (podSpec.ts WORLD_WRITABLE) as any local user's module (unread code), for user data's own `cd /tmp && python3 -m M` as for a child.
    dev(
        "tune.py: subprocess.run(['python3', '-m', 'opsctl'], cwd='/tmp')",
        tune("dev-py90-child-m-cwd-tmp-rt90p", [
            "import subprocess",
            'subprocess.run(["python3", "-m", "opsctl", "sync"], cwd="/tmp", check=True)',
        ]),
        REFUSED,
    ),
    // subprocess docs cwd=: a relative program path is resolved against cwd (/var/tmp: any user's opsctl).
    dev(
        "tune.py: subprocess.run(['./opsctl', 'init'], cwd='/var/tmp')",
        tune("dev-py90-relative-argv-cwd-var-tmp-rt90p", [
            "import subprocess",
            'subprocess.run(["./opsctl", "init"], cwd="/var/tmp", check=True)',
        ]),
        REFUSED,
    ),
    // os docs os.environ ("changes to the environment affect subprocesses"); execvp(3): a command without a slash is
    // looked up in PATH, /tmp/bin first: any user's `systemctl`.
    // Was a MISS (fixed in round 90): PY-ENVIRON-COMPUTED-VALUE. Python docs os.environ ("changes to the environment affect subprocesses"); bash(1) PATH. pythonCode.ts pythonEnvironWrites now reads a computed value (pythonComputedValue: `+`, f-strings, %/format, str.join, os.path.join, os.pathsep, as pythonPath computes a path) as its parts, a read of os.environ the shell's "${NAME}", any other unknown part the shell's SUBSTITUTED mark; commandServers.ts pythonProgramCommandLines prefixes PATH=/tmp/bin:"${PATH}" to each child's line, judged by rootReads.ts plantedLoader (/tmp/bin planted; an unknown loader/search entry unreadSearchEntry, fail closed).
    dev(
        "tune.py: os.environ['PATH'] = '/tmp/bin:' + os.environ['PATH']; systemctl restart containerd",
        tune("dev-py90-environ-path-tmp-rt90p", [
            "import os, subprocess",
            'os.environ["PATH"] = "/tmp/bin:" + os.environ["PATH"]',
            'subprocess.run(["systemctl", "restart", "containerd"], check=True)',
        ]),
        REFUSED,
    ),
    // Python docs "The Module Search Path": a directory ec2-user owns (not root) first on sys.path.
    dev(
        "tune.py: sys.path.insert(0, '/home/ec2-user/lib'); import opslib",
        tune("dev-py90-syspath-user-home-rt90p", [
            "import sys",
            'sys.path.insert(0, "/home/ec2-user/lib")',
            "import opslib",
            "opslib.main()",
        ]),
        REFUSED,
    ),
    // Python docs "Command line" -c: "the first element of sys.path will be ... the current directory": /var/tmp (FHS: any
    // user's json.py runs as root).
    // Was a MISS (fixed in round 90): PY-WORLD-WRITABLE-CWD-ROOT. Python docs -c ("the current directory" first on sys.path). commandServers.ts pythonProgramCommandLines: every import root of a read program (and ROOT/__pycache__) is judged by the shell reader as a PYTHONPATH entry (RootReads.plantedSearchList: /var/tmp itself is any user's).
    dev(
        "user data: cd /var/tmp && python3 -c 'import json; ...' (cwd first on sys.path)",
        sh("dev-py90-python-c-cwd-var-tmp-rt90p", [
            `cd /var/tmp && python3 -c 'import json, sys; json.dump({"ok": True}, sys.stdout)'`,
        ]),
        REFUSED,
    ),
    // Python docs "Command line" -m: "the current directory will be added to the start of sys.path".
    dev(
        "user data: cd /var/tmp && python3 -m json.tool /etc/eks/ops.json (-m: the cwd first on sys.path)",
        sh("dev-py90-python-m-cwd-var-tmp-rt90p", ["cd /var/tmp && python3 -m json.tool /etc/eks/ops.json"]),
        REFUSED,
    ),
    // Python docs "The Python Profilers": `python -m cProfile myscript.py` runs the script: /tmp's.
    dev(
        "user data: python3 -m cProfile /tmp/ops.py",
        sh("dev-py90-cprofile-tmp-rt90p", ["python3 -m cProfile -o /var/log/ops/prof.out /tmp/ops.py"]),
        REFUSED,
    ),
    // zipfile docs "Command-Line Interface" -e: extracts a /tmp archive into cron's directory (crontab(5)).
    dev(
        "user data: python3 -m zipfile -e /tmp/hooks.zip /etc/cron.d/",
        sh("dev-py90-m-zipfile-extract-cron-rt90p", ["python3 -m zipfile -e /tmp/hooks.zip /etc/cron.d/"]),
        REFUSED,
    ),
    // tarfile docs "Command-Line Interface" -e: units from /var/tmp into systemd's directory (systemd.unit(5)).
    dev(
        "user data: python3 -m tarfile -e /var/tmp/units.tar /etc/systemd/system/",
        sh("dev-py90-m-tarfile-extract-units-rt90p", [
            "python3 -m tarfile -e /var/tmp/units.tar /etc/systemd/system/",
            "systemctl daemon-reload",
        ]),
        REFUSED,
    ),
    // coreutils env(1) -S: "process and split S into separate arguments; used to pass multiple arguments on shebang lines",
    // and `NAME=VALUE` sets the variable for the command; Python docs PYTHONPATH "Augment the default search path".
    // Was a MISS (fixed in round 90): PY-SHEBANG-ENV-ASSIGNMENT. execve(2) "interpreter [optional-arg] pathname"; coreutils env(1) -S, NAME=VALUE. commandServers.ts shebangCommandLines: an executable user data wrote whose #! runs env with assignments or options is judged as that env command line (rootWrites.ts programCommands), its PYTHONPATH=/tmp a planted search entry.
    dev(
        "user data: /opt/ops/tune (#!/usr/bin/env -S PYTHONPATH=/tmp python3) run by path",
        devNodeScript("dev-py90-shebang-env-s-pythonpath-rt90p", [
            ...heredocFile("/opt/ops/tune", [
                "#!/usr/bin/env -S PYTHONPATH=/tmp python3",
                "import json",
                "print(json.dumps({}))",
            ]),
            "chmod 0755 /opt/ops/tune",
            "/opt/ops/tune",
        ]),
        REFUSED,
    ),
    // Python tutorial "Compiled Python files": the cache __pycache__/helper.cpython-39.pyc beside helper.py is what import
    // loads when its recorded mtime/size match (PEP 3147): a world-writable __pycache__ lets any user plant it.
    // Was a MISS (fixed in round 90): PY-PYCACHE-DIR-OPENED. Python tutorial "Compiled Python files"; PEP 3147, PEP 552. commandServers.ts pythonProgramCommandLines: ROOT/__pycache__ of each import root and of each module's directory is a searched entry the shell reader judges (RootReads.planted: a directory the script opened, install -d -m 1777).
    dev(
        "user data: chmod 1777 /opt/ops/__pycache__; python3 /opt/ops/tune.py imports helper",
        devNodeScript("dev-py90-pycache-world-writable-rt90p", [
            ...HELPER,
            ...heredocFile("/opt/ops/tune.py", ["import helper", "helper.main()"]),
            "install -d -m 1777 /opt/ops/__pycache__",
            "python3 /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // Python docs -X pycache_prefix=PATH: .pyc files read from and written to a /var/tmp tree.
    dev(
        "user data: python3 -X pycache_prefix=/var/tmp/pyc /opt/ops/tune.py (imports helper)",
        devNodeScript("dev-py90-x-pycache-prefix-var-tmp-rt90p", [
            ...HELPER,
            ...heredocFile("/opt/ops/tune.py", ["import helper", "helper.main()"]),
            "python3 -X pycache_prefix=/var/tmp/pyc /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // venv docs: `python3 -m venv DIR` reuses an existing DIR; /var/tmp/opsvenv may be another user's (site-packages .pth).
    dev(
        "user data: python3 -m venv /var/tmp/opsvenv; /var/tmp/opsvenv/bin/python /opt/ops/run.py",
        devNodeScript("dev-py90-venv-var-tmp-rt90p", [
            ...RUN_PY,
            "python3 -m venv /var/tmp/opsvenv",
            "/var/tmp/opsvenv/bin/python /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // ===== C. files moved or linked into root-read places =====
    // os docs os.link(src, dst): the unit shares the inode of a /var/tmp file its owner can still change.
    dev(
        "tune.py: os.link('/var/tmp/ops.service', '/etc/systemd/system/ops.service')",
        tune(
            "dev-py90-hardlink-unit-rt90p",
            ["import os", 'os.link("/var/tmp/ops.service", "/etc/systemd/system/ops.service")'],
            ["systemctl daemon-reload", "systemctl enable --now ops.service"],
        ),
        REFUSED,
    ),
    // tempfile docs mktemp(): "Use of this function may introduce a security hole" (the name may be taken first).
    dev(
        "tune.py: p = tempfile.mktemp(); urlretrieve(https, p); bash p",
        tune("dev-py90-tempfile-mktemp-bash-rt90p", [
            "import subprocess, tempfile, urllib.request",
            'p = tempfile.mktemp(suffix=".sh")',
            'urllib.request.urlretrieve("https://ops.example/setup.sh", p)',
            'subprocess.run(["bash", p], check=True)',
        ]),
        REFUSED,
    ),
    // ===== D. listeners on every address =====
    // asyncio docs start_server/loop.create_server: "If host is an empty string or None, all interfaces are assumed"; the handler sends the kubelet's kubeconfig.
    dev(
        "srv.py: asyncio.start_server(handle, port=9000) (host None: all interfaces)",
        srv("dev-py90-asyncio-start-server-no-host-rt90p", [
            "import asyncio",
            "async def handle(reader, writer):",
            '    writer.write(open("/var/lib/kubelet/kubeconfig", "rb").read())',
            "    await writer.drain()",
            "    writer.close()",
            "async def main():",
            "    server = await asyncio.start_server(handle, port=9000)",
            "    async with server:",
            "        await server.serve_forever()",
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    // asyncio docs loop.create_datagram_endpoint(protocol_factory, local_addr=None, ...): "local_addr ... used to bind the
    // socket locally": a UDP server on every address whose datagram_received is the program's code.
    // Was a MISS (fixed in round 90): PY-UDP-ENDPOINT-UNREAD. Python docs asyncio-eventloop create_datagram_endpoint (local_addr "used to bind the socket locally"). commandServers.ts pythonSocketServerListeners: a create_datagram_endpoint call is a listener on local_addr (none with only remote_addr: a connected client; `sock=` or neither: every address), a mention it does not read one on every address.
    dev(
        "srv.py: loop.create_datagram_endpoint(P, local_addr=('0.0.0.0', 5140))",
        srv("dev-py90-datagram-endpoint-all-rt90p", [
            "import asyncio",
            "class P(asyncio.DatagramProtocol):",
            "    def datagram_received(self, data, addr):",
            '        open("/var/log/ops/udp.log", "ab").write(data)',
            "async def main():",
            "    loop = asyncio.get_running_loop()",
            '    await loop.create_datagram_endpoint(P, local_addr=("0.0.0.0", 5140))',
            "    await asyncio.Event().wait()",
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    // socket docs create_server(dualstack_ipv6=True): IPv4 and IPv6 on every address.
    dev(
        "srv.py: socket.create_server(('', 9000), family=AF_INET6, dualstack_ipv6=True)",
        srv("dev-py90-create-server-dualstack-rt90p", [
            "import socket",
            'with socket.create_server(("", 9000), family=socket.AF_INET6, dualstack_ipv6=True) as s:',
            "    while True:",
            "        conn, _ = s.accept()",
            '        conn.sendall(b"ok\\n")',
            "        conn.close()",
        ]),
        REFUSED,
    ),
    // Python 3.9 docs smtpd.SMTPServer(localaddr, remoteaddr): "Create a new SMTPServer object, which binds to local address
    // localaddr"; PureProxy relays every message to remoteaddr: a relay on every address.
    // Was a MISS (fixed in round 90): PY-STDLIB-SERVER-UNREAD. Python 3.9 docs smtpd (SMTPServer "binds to local address localaddr"), asyncore dispatcher.listen. commandServers.ts pythonSocketServerListeners: smtpd's servers and classes derived from them listen on localaddr; an asyncore/asynchat listen is a server on an address the pack does not read (every address).
    dev(
        "srv.py: smtpd.PureProxy(('0.0.0.0', 2525), ('smtp.corp.internal', 25)); asyncore.loop()",
        srv("dev-py90-smtpd-pureproxy-all-rt90p", [
            "import asyncore, smtpd",
            'smtpd.PureProxy(("0.0.0.0", 2525), ("smtp.corp.internal", 25))',
            "asyncore.loop()",
        ]),
        REFUSED,
    ),
    // socket docs: '' is INADDR_ANY ("all interfaces"): a UDP listener every pod reaches.
    dev(
        "srv.py: socket(AF_INET, SOCK_DGRAM).bind(('', 8125)) statsd receiver",
        srv("dev-py90-udp-bind-all-rt90p", [
            "import socket",
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            's.bind(("", 8125))',
            "while True:",
            "    data, _ = s.recvfrom(65535)",
            '    open("/var/log/ops/statsd.log", "ab").write(data)',
        ]),
        REFUSED,
    ),
    // ===== round 90 fixes: insecure neighbours =====
    // PEP 476 "Opting out": the same monkeypatch through an alias of the ssl module (Python reference "import ... as").
    dev(
        "tune.py: import ssl as _s; _s._create_default_https_context = _s._create_unverified_context; urlretrieve; bash",
        tune("dev-py90-default-context-alias-fix90", [
            "import ssl as _s, subprocess, urllib.request",
            "_s._create_default_https_context = _s._create_unverified_context",
            'urllib.request.urlretrieve("https://ops.example/setup.sh", "/var/cache/ops/setup.sh")',
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // urllib.request docs HTTPSHandler(context=...), ssl docs create_default_context(cafile=...): the installed opener
    // trusts a CA any user planted in /tmp.
    dev(
        "tune.py: install_opener(build_opener(HTTPSHandler(context=create_default_context(cafile=/tmp)))); urlretrieve; bash",
        tune("dev-py90-install-opener-tmp-ca-fix90", [
            "import ssl, subprocess, urllib.request",
            'ctx = ssl.create_default_context(cafile="/tmp/ops-ca.pem")',
            "urllib.request.install_opener(urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx)))",
            'urllib.request.urlretrieve("https://ops.example/setup.sh", "/var/cache/ops/setup.sh")',
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // SQLite docs "load_extension(X)" SQL function (once enable_load_extension(True)): the same native load by SQL.
    dev(
        "tune.py: sqlite3 enable_load_extension(True); SELECT load_extension('/tmp/ops-ext.so')",
        tune("dev-py90-sqlite-sql-load-extension-fix90", [
            "import sqlite3",
            'db = sqlite3.connect("/var/lib/ops/state.db")',
            "db.enable_load_extension(True)",
            "db.execute(\"SELECT load_extension('/tmp/ops-ext.so')\")",
        ]),
        REFUSED,
    ),
    // Jinja docs FileSystemLoader(searchpath: "A path, or list of paths"): /tmp's directory among them.
    dev(
        "tune.py: jinja2 Environment(FileSystemLoader(['/etc/ops/tpl', '/tmp/ops-tpl']))",
        tune("dev-py90-jinja2-list-tmp-fix90", [
            "import jinja2",
            'env = jinja2.Environment(loader=jinja2.FileSystemLoader(["/etc/ops/tpl", "/tmp/ops-tpl"]))',
            'print(env.get_template("motd.j2").render(node="dev"))',
        ]),
        REFUSED,
    ),
    // Jinja docs: a search path from the environment may name any directory (fail closed).
    dev(
        "tune.py: jinja2 Environment(FileSystemLoader(os.environ['TPL_DIR']))",
        tune("dev-py90-jinja2-env-dir-fix90", [
            "import jinja2, os",
            'env = jinja2.Environment(loader=jinja2.FileSystemLoader(os.environ["TPL_DIR"]))',
            'print(env.get_template("motd.j2").render(node="dev"))',
        ]),
        REFUSED,
    ),
    // Python docs -m (the current directory first on sys.path): /dev/shm (world-writable) as user data's own cwd.
    dev(
        "user data: cd /dev/shm && python3 -m opsctl sync",
        sh("dev-py90-m-cwd-dev-shm-fix90", ["cd /dev/shm && python3 -m opsctl sync"]),
        REFUSED,
    ),
    // chmod(1) 1777 on the script's directory: any user creates json.py there, first on sys.path (Python docs "The
    // initialization of the sys.path module search path": the script's directory).
    dev(
        "user data: chmod 1777 /opt/ops; python3 /opt/ops/run.py (its directory first on sys.path)",
        devNodeScript("dev-py90-script-dir-opened-fix90", [
            ...RUN_PY,
            "chmod 1777 /opt/ops",
            "python3 /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // env(1) -S with LD_PRELOAD (ld.so(8)): a /tmp library loaded into root's interpreter from the #! line.
    dev(
        "user data: /opt/ops/tune (#!/usr/bin/env -S LD_PRELOAD=/tmp/ops.so python3) run by path",
        devNodeScript("dev-py90-shebang-env-ld-preload-fix90", [
            ...heredocFile("/opt/ops/tune", [
                "#!/usr/bin/env -S LD_PRELOAD=/tmp/ops.so python3",
                "import json",
                "print(json.dumps({}))",
            ]),
            "chmod 0755 /opt/ops/tune",
            "/opt/ops/tune",
        ]),
        REFUSED,
    ),
    // PEP 3147: a package's own __pycache__ (ROOT/pkg/__pycache__) opened to everyone.
    dev(
        "user data: install -d -m 0777 /opt/ops/opspkg/__pycache__; python3 /opt/ops/tune.py imports opspkg",
        devNodeScript("dev-py90-package-pycache-opened-fix90", [
            ...heredocFile("/opt/ops/opspkg/__init__.py", ["import json", "def main():", "    print(json.dumps({}))"]),
            ...heredocFile("/opt/ops/tune.py", ["import opspkg", "opspkg.main()"]),
            "install -d -m 0777 /opt/ops/opspkg/__pycache__",
            "python3 /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // asyncio docs create_datagram_endpoint(local_addr=('::', ...)): every IPv6 (and mapped IPv4) address.
    dev(
        "srv.py: loop.create_datagram_endpoint(P, local_addr=('::', 5140))",
        srv("dev-py90-datagram-endpoint-v6-any-fix90", [
            "import asyncio",
            "class P(asyncio.DatagramProtocol):",
            "    def datagram_received(self, data, addr):",
            '        open("/var/log/ops/udp.log", "ab").write(data)',
            "async def main():",
            "    loop = asyncio.get_running_loop()",
            '    await loop.create_datagram_endpoint(P, local_addr=("::", 5140))',
            "    await asyncio.Event().wait()",
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    // Python 3.9 docs smtpd: a class derived from SMTPServer (process_message is its code) on every address.
    dev(
        "srv.py: class Sink(smtpd.SMTPServer); Sink(('', 2525), None); asyncore.loop()",
        srv("dev-py90-smtpd-subclass-all-fix90", [
            "import asyncore, smtpd",
            "class Sink(smtpd.SMTPServer):",
            "    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):",
            '        open("/var/log/ops/mail.log", "ab").write(data)',
            'Sink(("", 2525), None)',
            "asyncore.loop()",
        ]),
        REFUSED,
    ),
    // Python 3.9 docs asyncore dispatcher: create_socket, bind, listen: a server the pack does not read.
    dev(
        "srv.py: asyncore.dispatcher subclass bind(('0.0.0.0', 8025)); listen(5)",
        srv("dev-py90-asyncore-dispatcher-listen-fix90", [
            "import asyncore, socket",
            "class S(asyncore.dispatcher):",
            "    def __init__(self):",
            "        asyncore.dispatcher.__init__(self)",
            "        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)",
            '        self.bind(("0.0.0.0", 8025))',
            "        self.listen(5)",
            "S()",
            "asyncore.loop()",
        ]),
        REFUSED,
    ),
    // tarfile docs "Extraction filters" (filter='data' keeps members inside the destination, not the archive's origin):
    // units from a /var/tmp archive into systemd's directory, as the shell's tar of it.
    dev(
        "tune.py: tarfile.open('/var/tmp/units.tar').extractall('/etc/systemd/system', filter='data')",
        tune(
            "dev-py90-tarfile-planted-units-fix90",
            [
                "import tarfile",
                'with tarfile.open("/var/tmp/units.tar") as t:',
                '    t.extractall("/etc/systemd/system", filter="data")',
            ],
            ["systemctl daemon-reload"],
        ),
        REFUSED,
    ),
    // zipfile docs Command-Line Interface -e; curl(1) over http (no server verified): its install.sh then run as root.
    dev(
        "user data: curl http zip; python3 -m zipfile -e it /opt/ops/tool; bash /opt/ops/tool/install.sh",
        sh("dev-py90-m-zipfile-http-download-fix90", [
            "curl -fsSLo /var/cache/ops/tool.zip http://artifacts.ops.example/tool-1.4.2.zip",
            "mkdir -p /opt/ops/tool",
            "python3 -m zipfile -e /var/cache/ops/tool.zip /opt/ops/tool",
            "bash /opt/ops/tool/install.sh",
        ]),
        REFUSED,
    ),
    // os docs os.link; sudoers(5): a hard link of /etc/sudoers in a data directory (a program writing its data there
    // rewrites root's sudoers).
    dev(
        "tune.py: os.link('/etc/sudoers', '/var/lib/ops/sudoers.bak')",
        tune("dev-py90-hardlink-sudoers-fix90", ["import os", 'os.link("/etc/sudoers", "/var/lib/ops/sudoers.bak")']),
        REFUSED,
    ),
    // os docs os.link, then a write through dst (link(2): one inode): the file user data wrote is rewritten.
    dev(
        "tune.py: os.link of a user-data file, then writes through the new name",
        tune(
            "dev-py90-hardlink-write-through-fix90",
            [
                "import os",
                'os.link("/var/lib/ops/settings.json", "/var/lib/ops/settings.json.new")',
                'with open("/var/lib/ops/settings.json.new", "a") as f:',
                '    f.write("{}")',
            ],
            [],
            ['echo \'{"logLevel": "info"}\' > /var/lib/ops/settings.json'],
        ),
        REFUSED,
    ),
    // tempfile docs NamedTemporaryFile(dir=...): a directory from the environment, so f.name may be any path (fail
    // closed for the chmod and the rename of it).
    dev(
        "tune.py: NamedTemporaryFile(dir=os.environ['OPS_DIR']); os.chmod(f.name, 0o644); os.replace",
        tune("dev-py90-tempfile-name-env-dir-fix90", [
            "import json, os, tempfile",
            'with tempfile.NamedTemporaryFile("w", dir=os.environ["OPS_DIR"], delete=False) as f:',
            '    json.dump({"logLevel": "info"}, f)',
            "os.chmod(f.name, 0o644)",
            'os.replace(f.name, "/etc/ops/ops.json")',
        ]),
        REFUSED,
    ),
    // requests docs (a client library), http.server on every address whose handler fetches IMDS with the request's
    // path: a relay (EKS best practices, "Restrict access to the instance profile").
    dev(
        "srv.py: http.server on 0.0.0.0 whose do_GET fetches 169.254.169.254 + self.path with requests",
        srv("dev-py90-requests-imds-relay-fix90", [
            "import http.server, requests",
            "class H(http.server.BaseHTTPRequestHandler):",
            "    def do_GET(self):",
            '        r = requests.get("http://169.254.169.254" + self.path, timeout=2)',
            "        self.send_response(r.status_code)",
            "        self.end_headers()",
            "        self.wfile.write(r.content)",
            'http.server.HTTPServer(("0.0.0.0", 9102), H).serve_forever()',
        ]),
        REFUSED,
    ),
    // PY-ENVIRON-COMPUTED-VALUE neighbours. Python docs "os" os.pathsep (":" on POSIX) and str.join; bash(1) PATH: /var/tmp
    // first (any user's `systemctl`).
    dev(
        "tune.py: os.environ['PATH'] = os.pathsep.join(['/var/tmp/ops', os.environ['PATH']]); systemctl",
        tune("dev-py90-environ-pathsep-join-var-tmp-fix90", [
            "import os, subprocess",
            'os.environ["PATH"] = os.pathsep.join(["/var/tmp/ops", os.environ["PATH"]])',
            'subprocess.run(["systemctl", "restart", "containerd"], check=True)',
        ]),
        REFUSED,
    ),
    // printf-style formatting (Python docs "printf-style String Formatting" %s) of /dev/shm/bin ahead of PATH.
    dev(
        "tune.py: os.environ['PATH'] = '%s:%s' % ('/dev/shm/bin', os.environ['PATH']); systemctl",
        tune("dev-py90-environ-percent-dev-shm-fix90", [
            "import os, subprocess",
            'os.environ["PATH"] = "%s:%s" % ("/dev/shm/bin", os.environ["PATH"])',
            'subprocess.run(["systemctl", "restart", "containerd"], check=True)',
        ]),
        REFUSED,
    ),
    // ld.so(8) LD_LIBRARY_PATH: os.path.join('/tmp', 'ops-lib') + os.environ.get(..., '') (Python docs os.path.join).
    dev(
        "tune.py: os.environ['LD_LIBRARY_PATH'] = os.path.join('/tmp', 'ops-lib') + ':' + environ.get(...); systemctl",
        tune("dev-py90-environ-ld-library-path-join-tmp-fix90", [
            "import os, subprocess",
            'os.environ["LD_LIBRARY_PATH"] = os.path.join("/tmp", "ops-lib") + ":" + os.environ.get("LD_LIBRARY_PATH", "")',
            'subprocess.run(["systemctl", "restart", "containerd"], check=True)',
        ]),
        REFUSED,
    ),
    // ld.so(8) LD_PRELOAD from a value the pack cannot compute (a file's content in an f-string): unknown, fail closed.
    dev(
        "tune.py: os.environ['LD_PRELOAD'] = f'{hook_dir()}/libhook.so'; systemctl",
        tune("dev-py90-environ-ld-preload-fstring-unknown-fix90", [
            "import os, subprocess",
            "def hook_dir():",
            '    return open("/etc/ops/hook-dir").read().strip()',
            'os.environ["LD_PRELOAD"] = f"{hook_dir()}/libhook.so"',
            'subprocess.run(["systemctl", "restart", "containerd"], check=True)',
        ]),
        REFUSED,
    ),
    // `+=` appends (str concatenation): /tmp/bin last on PATH still holds any command the earlier entries lack.
    dev(
        "tune.py: os.environ['PATH'] += ':/tmp/bin'; opsctl sync",
        tune("dev-py90-environ-augmented-tmp-fix90", [
            "import os, subprocess",
            'os.environ["PATH"] += ":/tmp/bin"',
            'subprocess.run(["opsctl", "sync"], check=True)',
        ]),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    // os-release(5); os docs os.open(path, flags, mode): a 0o600 file under the program's own /var/lib/ops.
    dev(
        "tune.py: root helper reads /etc/os-release and /etc/eks files; facts to a 0o600 file",
        tune("dev-py90-etc-reader-facts-0600-rt90p", [
            "import json, os",
            "facts = {}",
            'with open("/etc/os-release") as f:',
            "    for line in f:",
            '        if "=" in line:',
            '            k, v = line.rstrip("\\n").split("=", 1)',
            "            facts[k] = v.strip('\"')",
            'facts["hostname"] = open("/etc/hostname").read().strip()',
            'fd = os.open("/var/lib/ops/facts.json", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)',
            'with os.fdopen(fd, "w") as f:',
            "    json.dump(facts, f)",
        ]),
    ),
    // EC2 docs "Work with instance tags in instance metadata" (/latest/meta-data/tags/instance/KEY over IMDSv2); http.server on
    // 127.0.0.1 (Python docs http.server server_address) serves the node's own processes only, and only a derived value.
    // MISS: PY-IMDS-CLIENT-READ-AS-RELAY: secure refused (relay or route to instance metadata: `IMDS = 'http://169.254.169.254'`). Its PY-URL-READ-AS-PATH part was fixed in round 90 (PYTHON_NO_FILE_WRITE_CALLS: urllib.request.Request/urlopen write no file). Where: rootWrites.ts's relays filter, pythonCode.ts pythonListensNowhere (false once the program has any server, even a loopback one that does not forward). Fix (general): a program relays IMDS only where a listener's handler reaches the IMDS fetch (the handler reads the request and fetches with it, or serves what a credentials path returned); left for a later round: the pack must tell a handler's reach through module globals (TEAM here) and which IMDS paths are secret (iam/security-credentials), and hostNetwork pods share the loopback.
    dev(
        "srv.py: IMDSv2 instance tags read; status on 127.0.0.1:9101 (http.server)",
        srv("dev-py90-imdsv2-tags-loopback-status-rt90p", [
            "import http.server, json, urllib.request",
            "IMDS = 'http://169.254.169.254'",
            "def imds(path):",
            "    req = urllib.request.Request(IMDS + '/latest/api/token', method='PUT',",
            "                                 headers={'X-aws-ec2-metadata-token-ttl-seconds': '60'})",
            "    token = urllib.request.urlopen(req, timeout=2).read().decode()",
            "    req = urllib.request.Request(IMDS + path, headers={'X-aws-ec2-metadata-token': token})",
            "    return urllib.request.urlopen(req, timeout=2).read().decode()",
            "TEAM = imds('/latest/meta-data/tags/instance/team')",
            "class H(http.server.BaseHTTPRequestHandler):",
            "    def do_GET(self):",
            "        body = json.dumps({'team': TEAM, 'ok': True}).encode()",
            "        self.send_response(200)",
            "        self.end_headers()",
            "        self.wfile.write(body)",
            "http.server.HTTPServer(('127.0.0.1', 9101), H).serve_forever()",
        ]),
        undefined,
        true,
    ),
    // boto3 docs "Credentials" (default chain: instance metadata); EC2 CreateTags; os.open 0o600 in a 0o700 directory.
    dev(
        "tune.py: boto3 (default credentials) tags its own instance (id from DMI); state 0o600 in /var/lib/ops (0700)",
        tune("dev-py90-boto3-default-creds-own-dir-rt90p", [
            "import boto3, json, os",
            'iid = open("/sys/devices/virtual/dmi/id/board_asset_tag").read().strip()',
            'ec2 = boto3.client("ec2")',
            'ec2.create_tags(Resources=[iid], Tags=[{"Key": "ops/bootstrapped", "Value": "true"}])',
            'os.makedirs("/var/lib/ops", mode=0o700, exist_ok=True)',
            'os.chmod("/var/lib/ops", 0o700)',
            'fd = os.open("/var/lib/ops/tags.json", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)',
            'with os.fdopen(fd, "w") as f:',
            '    json.dump({"instance": iid, "tagged": True}, f)',
        ]),
    ),
    // EC2 docs "Retrieve instance metadata" (IMDSv2 instance-id), boto3 docs "Credentials" (the default chain ends at the
    // instance metadata provider) and EC2 CreateTags: a client that listens nowhere.
    // Was a MISS (fixed in round 90): PY-IMDS-CLIENT-READ-AS-RELAY (+ PY-URL-READ-AS-PATH). boto3 docs "Low-level clients", "Credentials"; urllib.request docs Request. pythonCode.ts PYTHON_CLIENT_MODULES: boto3/botocore/requests/urllib3 open outgoing connections only; PYTHON_NO_FILE_WRITE_CALLS: urllib.request.Request/urlopen write no file their URL names.
    dev(
        "tune.py: IMDSv2 instance-id, then boto3 (default credentials) create_tags on it; nothing written",
        tune("dev-py90-imdsv2-boto3-tag-self-rt90p", [
            "import boto3, urllib.request",
            "IMDS = 'http://169.254.169.254'",
            "req = urllib.request.Request(IMDS + '/latest/api/token', method='PUT',",
            "                             headers={'X-aws-ec2-metadata-token-ttl-seconds': '60'})",
            "token = urllib.request.urlopen(req, timeout=2).read().decode()",
            "req = urllib.request.Request(IMDS + '/latest/meta-data/instance-id',",
            "                             headers={'X-aws-ec2-metadata-token': token})",
            "iid = urllib.request.urlopen(req, timeout=2).read().decode()",
            'boto3.client("ec2").create_tags(Resources=[iid], Tags=[{"Key": "ops/bootstrapped", "Value": "true"}])',
        ]),
        undefined,
    ),
    // boto3 docs: verify defaults to True (https, verified); the object is data read by json, not code.
    dev(
        "tune.py: boto3 s3 download_file (default https, verified) of a JSON config to /var/lib/ops",
        tune("dev-py90-boto3-s3-config-data-rt90p", [
            "import boto3, json",
            's3 = boto3.client("s3")',
            's3.download_file("ops-config", "node/settings.json", "/var/lib/ops/settings.json")',
            'settings = json.load(open("/var/lib/ops/settings.json"))',
            'print(settings.get("logLevel", "info"))',
        ]),
    ),
    // STS AssumeRole; os.open 0o600 in the root-only /var/lib/ops (0o700): no other user reads them.
    dev(
        "tune.py: STS assume_role credentials to a 0o600 file under a 0o700 directory",
        tune("dev-py90-sts-creds-0600-rt90p", [
            "import boto3, json, os",
            'c = boto3.client("sts").assume_role(RoleArn="arn:aws:iam::111111111111:role/ops-node-tasks",',
            '                                    RoleSessionName="node-boot")["Credentials"]',
            'os.chmod("/var/lib/ops", 0o700)',
            'fd = os.open("/var/lib/ops/session.json", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)',
            'with os.fdopen(fd, "w") as f:',
            '    json.dump({"AccessKeyId": c["AccessKeyId"], "SecretAccessKey": c["SecretAccessKey"],',
            '               "SessionToken": c["SessionToken"]}, f)',
        ]),
    ),
    // asyncio docs start_server(host='127.0.0.1'): loopback only.
    dev(
        "srv.py: asyncio.start_server(handle, '127.0.0.1', 9000)",
        srv("dev-py90-asyncio-start-server-loopback-rt90p", [
            "import asyncio",
            "async def handle(reader, writer):",
            '    writer.write(b"ok\\n")',
            "    await writer.drain()",
            "    writer.close()",
            "async def main():",
            '    server = await asyncio.start_server(handle, "127.0.0.1", 9000)',
            "    async with server:",
            "        await server.serve_forever()",
            "asyncio.run(main())",
        ]),
    ),
    // socket docs create_server(address): loopback only.
    dev(
        "srv.py: socket.create_server(('127.0.0.1', 9000))",
        srv("dev-py90-create-server-loopback-rt90p", [
            "import socket",
            'with socket.create_server(("127.0.0.1", 9000)) as s:',
            "    while True:",
            "        conn, _ = s.accept()",
            '        conn.sendall(b"ok\\n")',
            "        conn.close()",
        ]),
    ),
    // asyncio docs create_datagram_endpoint(local_addr=('127.0.0.1', ...)): loopback only.
    dev(
        "srv.py: loop.create_datagram_endpoint(P, local_addr=('127.0.0.1', 8125))",
        srv("dev-py90-datagram-endpoint-loopback-rt90p", [
            "import asyncio",
            "class P(asyncio.DatagramProtocol):",
            "    def datagram_received(self, data, addr):",
            '        open("/var/log/ops/udp.log", "ab").write(data)',
            "async def main():",
            "    loop = asyncio.get_running_loop()",
            '    await loop.create_datagram_endpoint(P, local_addr=("127.0.0.1", 8125))',
            "    await asyncio.Event().wait()",
            "asyncio.run(main())",
        ]),
    ),
    // sqlite3 docs: extension loading is off by default; a state database in the program's own directory.
    dev(
        "tune.py: sqlite3 state database under /var/lib/ops (no extension loading)",
        tune("dev-py90-sqlite-state-db-rt90p", [
            "import sqlite3, time",
            'db = sqlite3.connect("/var/lib/ops/state.db")',
            'db.execute("CREATE TABLE IF NOT EXISTS boots (ts REAL)")',
            'db.execute("INSERT INTO boots VALUES (?)", (time.time(),))',
            "db.commit()",
        ]),
    ),
    // ssl docs create_default_context(cafile=...): the AMI's root-owned bundle (/etc/pki/tls/certs), data only.
    dev(
        "tune.py: ssl.create_default_context(cafile=the AMI's CA bundle); urlopen(https) JSON config",
        tune("dev-py90-cafile-system-bundle-rt90p", [
            "import json, ssl, urllib.request",
            'ctx = ssl.create_default_context(cafile="/etc/pki/tls/certs/ca-bundle.crt")',
            'cfg = json.load(urllib.request.urlopen("https://config.ops.example/node.json", context=ctx))',
            'print(cfg.get("logLevel", "info"))',
        ]),
    ),
    // tempfile docs NamedTemporaryFile(dir=..., delete=False) ("created securely", mode 0600, O_EXCL), then os.chmod 0o644
    // (a config other daemons read: it grants no write) and os.replace (atomic rename, os docs).
    // Was a MISS (fixed in round 90): PY-TEMPFILE-NAME-UNREAD. tempfile docs NamedTemporaryFile ("name attribute", created as mkstemp creates). pythonCode.ts pythonPrivateTemps binds `F.name` of a NamedTemporaryFile bound once (`with ... as F`, `F = ...`) to DIR/tmpXXXXXXXX, and pythonPath reads a name bound to it (`tmp = f.name`).
    dev(
        "tune.py: atomic config write: NamedTemporaryFile in /etc/ops, then os.replace to /etc/ops/ops.json",
        tune("dev-py90-atomic-replace-etc-ops-rt90p", [
            "import json, os, tempfile",
            'os.makedirs("/etc/ops", mode=0o755, exist_ok=True)',
            'with tempfile.NamedTemporaryFile("w", dir="/etc/ops", delete=False) as f:',
            '    json.dump({"logLevel": "info"}, f)',
            "    tmp = f.name",
            "os.chmod(tmp, 0o644)",
            'os.replace(tmp, "/etc/ops/ops.json")',
        ]),
        undefined,
    ),
    // Python docs -I: "sys.path contains neither the script's directory nor the user's site-packages directory".
    dev(
        "user data: cd /var/tmp && python3 -I -c 'import json ...' (isolated: no cwd on sys.path)",
        sh("dev-py90-python-isolated-c-var-tmp-rt90p", [
            `cd /var/tmp && python3 -I -c 'import json, sys; json.dump({"ok": True}, sys.stdout)'`,
        ]),
    ),
    // venv docs --system-site-packages: the venv (root-owned /opt/ops) also sees the system site-packages.
    dev(
        "user data: python3 -m venv --system-site-packages /opt/ops/venv; /opt/ops/venv/bin/python /opt/ops/run.py",
        devNodeScript("dev-py90-venv-system-site-opt-rt90p", [
            ...RUN_PY,
            "python3 -m venv --system-site-packages /opt/ops/venv",
            "/opt/ops/venv/bin/python /opt/ops/run.py",
        ]),
    ),
    // tarfile docs "Command-Line Interface" (-e/--extract archive [target]): the same extraction the shell's `tar -xzf F -C D`
    // does, of a verified https download (curl without -k; the pack trusts it, DECIDED round 69).
    // Was a MISS (fixed in round 90): PY-EXTRACT-TRUSTED-DOWNLOAD. tarfile docs Command-Line Interface; GNU tar -P. pythonCode.ts pythonModuleExtractionLine / commandServers.ts pythonModuleCommandLines: `python -m tarfile -e A D` is the shell's `tar -xPf A -C D` (no filter before 3.12: members may leave D, as -P), `-m zipfile -e A D` `unzip -o A -d D`: one judgment with the shell's tar/unzip (the archive's origin, what lands where).
    dev(
        "user data: curl https tarball; python3 -m tarfile -e it into /opt/ops/tool",
        sh("dev-py90-m-tarfile-verified-download-rt90p", [
            "curl -fsSLo /var/cache/ops/tool.tar.gz https://artifacts.ops.example/tool-1.4.2.tar.gz",
            "mkdir -p /opt/ops/tool",
            "python3 -m tarfile -e /var/cache/ops/tool.tar.gz /opt/ops/tool",
        ]),
        undefined,
    ),
    // tarfile docs "Extraction filters": filter='data' refuses absolute names, `..`, links outside the destination, device
    // files; the archive is a verified https download (urlretrieve, read as curl -o).
    // Was a MISS (fixed in round 90): PY-EXTRACT-TRUSTED-DOWNLOAD. tarfile docs "Extraction filters". pythonCode.ts pythonExtractionLines: extractall of an archive the pack names (tarfile.open/ZipFile, bound once) into a computed directory is the shell's tar (-x with filter data/tar, else -xP) or unzip -o of it (commandServers.ts pythonProgramCommandLines); pythonWriteRefusal leaves those to it.
    dev(
        "tune.py: tarfile.open(verified https download).extractall('/opt/ops/tool', filter='data')",
        tune("dev-py90-tarfile-filter-data-rt90p", [
            "import tarfile, urllib.request",
            'urllib.request.urlretrieve("https://artifacts.ops.example/tool-1.4.2.tar.gz", "/var/cache/ops/tool.tar.gz")',
            'with tarfile.open("/var/cache/ops/tool.tar.gz") as t:',
            '    t.extractall("/opt/ops/tool", filter="data")',
        ]),
        undefined,
    ),
    // execve(2) shebang; Python docs -I (isolated mode): a root-written script by path.
    dev(
        "user data: /opt/ops/tune (#!/usr/bin/python3 -I) run by path",
        devNodeScript("dev-py90-shebang-isolated-rt90p", [
            ...heredocFile("/opt/ops/tune", ["#!/usr/bin/python3 -I", "import json", "print(json.dumps({}))"]),
            "chmod 0755 /opt/ops/tune",
            "/opt/ops/tune",
        ]),
    ),
    // os docs os.link(src, dst): "Create a hard link pointing to src named dst": src is not written.
    // Was a MISS (fixed in round 90): PY-LINK-SOURCE-READ-AS-WRITE. os docs os.link; link(2) (one inode, its owner and mode kept). pythonCode.ts PythonWrite.linkSource: os.link's src is judged as a root-read place (nodeReadsAsConfig, PROGRAM_DATA_PATHS), as a file user data wrote only when the program also writes dst (a write through the link).
    dev(
        "tune.py: os.link of a root-written file inside /var/lib/ops (a backup hard link)",
        tune(
            "dev-py90-hardlink-own-dir-rt90p",
            ["import os", 'os.link("/var/lib/ops/settings.json", "/var/lib/ops/settings.json.bak")'],
            [],
            ['echo \'{"logLevel": "info"}\' > /var/lib/ops/settings.json'],
        ),
        undefined,
    ),
    // ===== round 90 fixes: secure neighbours =====
    // urllib.request docs ProxyHandler (https tunnelled with CONNECT, verified end to end): the download stays verified.
    dev(
        "tune.py: install_opener(build_opener(ProxyHandler({'https': proxy}))); urlretrieve(https); bash",
        tune("dev-py90-install-opener-proxy-fix90", [
            "import subprocess, urllib.request",
            'proxy = urllib.request.ProxyHandler({"https": "http://proxy.corp.internal:3128"})',
            "urllib.request.install_opener(urllib.request.build_opener(proxy))",
            'urllib.request.urlretrieve("https://ops.example/setup.sh", "/var/cache/ops/setup.sh")',
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
    ),
    // Jinja docs FileSystemLoader: templates user data wrote in a root-owned directory.
    dev(
        "tune.py: jinja2 Environment(FileSystemLoader('/opt/ops/templates')) with a template user data wrote",
        devNodeScript("dev-py90-jinja2-opt-templates-fix90", [
            "mkdir -p /var/lib/ops",
            ...heredocFile("/opt/ops/templates/motd.j2", ["node {{ node }}"]),
            ...heredocFile("/opt/ops/tune.py", [
                "import jinja2",
                'env = jinja2.Environment(loader=jinja2.FileSystemLoader("/opt/ops/templates"))',
                'print(env.get_template("motd.j2").render(node="dev"))',
            ]),
            "cd /var/lib/ops && python3 /opt/ops/tune.py",
        ]),
    ),
    // Python docs -m: the cwd /opt/ops (root's, holding the module user data wrote) first on sys.path.
    dev(
        "user data: cd /opt/ops && python3 -m opsctl (opsctl.py written there)",
        devNodeScript("dev-py90-m-cwd-opt-ops-fix90", [
            ...heredocFile("/opt/ops/opsctl.py", ["import json", "print(json.dumps({}))"]),
            "cd /opt/ops && python3 -m opsctl",
        ]),
    ),
    // env(1) -S on a #! line with interpreter options only (Python docs -I).
    dev(
        "user data: /opt/ops/tune (#!/usr/bin/env -S python3 -I) run by path",
        devNodeScript("dev-py90-shebang-env-s-isolated-fix90", [
            ...heredocFile("/opt/ops/tune", ["#!/usr/bin/env -S python3 -I", "import json", "print(json.dumps({}))"]),
            "chmod 0755 /opt/ops/tune",
            "/opt/ops/tune",
        ]),
    ),
    // asyncio docs create_datagram_endpoint(remote_addr=...) only: a connected UDP client (a statsd sender).
    dev(
        "tune.py: loop.create_datagram_endpoint(DatagramProtocol, remote_addr=('10.0.0.5', 8125)) statsd sender",
        tune("dev-py90-datagram-client-fix90", [
            "import asyncio",
            "async def main():",
            "    loop = asyncio.get_running_loop()",
            "    transport, _ = await loop.create_datagram_endpoint(",
            '        asyncio.DatagramProtocol, remote_addr=("10.0.0.5", 8125))',
            '    transport.sendto(b"ops.boot:1|c")',
            "    transport.close()",
            "asyncio.run(main())",
        ]),
    ),
    // Python 3.9 docs smtpd.DebuggingServer on 127.0.0.1: the node's own processes only.
    dev(
        "srv.py: smtpd.DebuggingServer(('127.0.0.1', 2525), None); asyncore.loop()",
        srv("dev-py90-smtpd-loopback-fix90", [
            "import asyncore, smtpd",
            'smtpd.DebuggingServer(("127.0.0.1", 2525), None)',
            "asyncore.loop()",
        ]),
    ),
    // zipfile docs -e of a verified https download (curl without -k, DECIDED round 69) into /opt/ops/tool.
    dev(
        "user data: curl https zip; python3 -m zipfile -e it into /opt/ops/tool",
        sh("dev-py90-m-zipfile-verified-download-fix90", [
            "curl -fsSLo /var/cache/ops/tool.zip https://artifacts.ops.example/tool-1.4.2.zip",
            "mkdir -p /opt/ops/tool",
            "python3 -m zipfile -e /var/cache/ops/tool.zip /opt/ops/tool",
        ]),
    ),
    // tempfile docs mkstemp ("readable and writable only by the creating user ID") then chmod 0o644 and os.replace.
    dev(
        "tune.py: fd, tmp = mkstemp(dir='/etc/ops'); write; os.chmod(tmp, 0o644); os.replace to /etc/ops/ops.json",
        tune("dev-py90-mkstemp-replace-etc-ops-fix90", [
            "import json, os, tempfile",
            'os.makedirs("/etc/ops", mode=0o755, exist_ok=True)',
            'fd, tmp = tempfile.mkstemp(dir="/etc/ops")',
            'with os.fdopen(fd, "w") as f:',
            '    json.dump({"logLevel": "info"}, f)',
            "os.chmod(tmp, 0o644)",
            'os.replace(tmp, "/etc/ops/ops.json")',
        ]),
    ),
    // PY-ENVIRON-COMPUTED-VALUE secure neighbours: a root-owned directory (/opt/ops/bin) ahead of the inherited PATH
    // (bash(1) PATH; Python docs os.environ), the shell's `PATH=/opt/ops/bin:$PATH`.
    dev(
        "tune.py: os.environ['PATH'] = '/opt/ops/bin:' + os.environ['PATH']; systemctl",
        tune("dev-py90-environ-path-opt-ops-fix90", [
            "import os, subprocess",
            'os.environ["PATH"] = "/opt/ops/bin:" + os.environ["PATH"]',
            'subprocess.run(["systemctl", "restart", "containerd"], check=True)',
        ]),
    ),
    // An f-string with os.pathsep and os.environ.get's literal default (Python docs os.pathsep, dict.get).
    dev(
        "tune.py: os.environ['PATH'] = f\"/usr/local/sbin{os.pathsep}{os.environ.get('PATH', '/usr/bin')}\"; systemctl",
        tune("dev-py90-environ-fstring-pathsep-fix90", [
            "import os, subprocess",
            "os.environ[\"PATH\"] = f\"/usr/local/sbin{os.pathsep}{os.environ.get('PATH', '/usr/bin')}\"",
            'subprocess.run(["systemctl", "restart", "containerd"], check=True)',
        ]),
    ),
    // tzset(3) TZ, locale(7) LANG: computed values of variables that locate nothing (no loader): clean.
    dev(
        "tune.py: os.environ['TZ'] = zone(); os.environ['LANG'] = '{}.UTF-8'.format(lang); systemctl",
        tune("dev-py90-environ-tz-lang-computed-fix90", [
            "import os, subprocess",
            "def zone():",
            '    return open("/etc/ops/zone").read().strip()',
            'lang = open("/etc/ops/lang").read().strip()',
            'os.environ["TZ"] = zone()',
            'os.environ["LANG"] = "{}.UTF-8".format(lang)',
            'subprocess.run(["systemctl", "restart", "containerd"], check=True)',
        ]),
    ),
];

describeNodeCases("Round 90 red team (python)", insecure, secure);
