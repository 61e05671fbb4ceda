// Red-team round 71 (python, fresh eyes) on EKS NODE user data: Python programs user data writes and runs as root,
// neighbours of round 71's fixes (root Python programs write only PROGRAM_DATA_PATHS: pythonWriteRefusal; python's
// option/environment parsing: pythonInvocation/pythonEntry; RPC purity: pythonPureBody) and routes nobody tried.
// Probed (insecure, 48): writes by io.FileIO, os.open with numeric/named flags and dir_fd, os.chdir then a relative open,
// writes through os.symlink/os.link/Path.symlink_to made to root's files, tar/zip/unpack_archive extraction,
// urlretrieve, fileinput inplace, sqlite3/dbm.dumb/shelve files, dictConfig handlers as dict(...) calls, mmap, pathlib
// `/` joins, os.replace keywords, subprocess tee; interpreter -W/PYTHONWARNINGS category imports, PYTHONBREAKPOINT,
// PYTHONHOME, PYTHONUSERBASE .pth files, -X pycache_prefix with -W, runpy/importlib in -c and scripts; RPC methods
// returning builtins by defaults, lambdas, staticmethod, walrus, match, closures, getattr chains, __globals__,
// def-time defaults reading kubelet.conf, PEP 614 decorator expressions, module-level walrus rebinding.
// Secure (16): data-path json/pid/sqlite/tempfile/logging/symlink/atomic replace writes, tar filter='data', gzip reads,
// builtin -W categories, harmless PYTHON* variables with -I, literal defaults, walrus/match/lambda/lru_cache RPC bodies.
// Misses: insecure 25 of 48 accepted, by class:
// - WRITE-FORMS (9): io.FileIO; urlretrieve; fileinput inplace; sqlite3.connect; dbm.dumb/shelve; zip/tar/unpack_archive
//   extraction (tar refused only by accident where its path holds an 'a'): pythonWriteRefusal knows none of them.
// - WRITE-FLAGS (3): os.open flags as a number or a name read as read-only.
// - WRITE-BASE (2): dir_fd-relative paths and os.chdir then a relative write resolved against the launch directory.
// - WRITE-THROUGH-LINK (3): os.symlink/os.link/Path.symlink_to judged by the link's name, not what it points at.
// - DICTCONFIG-CALL (1): a handler given as dict(..., filename=...) escapes the quoted-key scan.
// - PYTHON-ENV (4): PYTHONBREAKPOINT (x2), PYTHONHOME, PYTHONUSERBASE unread by pythonEntry.
// - RUNPY-IMPORTLIB (3): runpy.run_path / importlib.import_module of literal files not followed.
// Secure 5 of 16 refused: gzip.open / tarfile.open reads taken as pathlib writes (the `.open(` pass reads the path as a
// mode), walrus and match statements in XML-RPC functions, a functools.lru_cache'd rpyc method.
// Held: open() control, mmap over O_RDWR, pathlib joins, os.replace keywords, subprocess tee, -W/PYTHONWARNINGS category
// imports (warningImports), -X with -W values, every insecure RPC purity probe (defaults, lambda, staticmethod,
// walrus, match, closure, getattr, __globals__, def-time default, decorator expression, module walrus).
// Each `// MISS:` line says why and the fix.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names: the server, the program, a write root reads, or a command it does not read. */
const REFUSED = /serv|8001|8000|18861|kubernetes|tune\.py|rpc\.py|hello\.py|unread|not read|writes|cron|program/;

/** /opt/ops/tune.py (`lines`) run as root from /var/lib/ops (a data directory). */
const tune = (name: string, lines: string[]) =>
    devNodeScript(name, [
        ...heredocFile("/opt/ops/tune.py", lines),
        "mkdir -p /var/lib/ops /var/cache/ops && cd /var/lib/ops && python3 /opt/ops/tune.py",
    ]);

/** /opt/ops/rpc.py (`lines`) run as root. */
const rpc = (name: string, lines: string[]) =>
    devNodeScript(name, [
        ...heredocFile("/opt/ops/rpc.py", lines),
        "cd /opt/ops && nohup python3 rpc.py >/var/log/rpc.log 2>&1 &",
    ]);

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 72): Python docs "io" (class io.FileIO(name, mode='r'): "'r', 'w', 'x' or 'a' for reading (default), writing, exclusive creation or appending"): root writes the @reboot line root's cron runs (crontab(5): /etc/cron.d files run as the user they name), a server of /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8001 for every pod. pythonWriteRefusal (userData.ts) knows open/io.open/codecs.open/builtins.open only: got []. Fix: io.FileIO (and _io.FileIO, os.fdopen of a write fd) as open with its mode.
    dev(
        "tune.py: io.FileIO('/etc/cron.d/ops', 'w') writes a cron line",
        tune("dev-py72t-fileio-nodes", [
            "import io",
            'io.FileIO("/etc/cron.d/ops", "w").write(b"@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "os.open(path, flags, mode=0o777, *, dir_fd=None)" with open(2)'s flags (Linux: O_WRONLY 01, O_CREAT 0100, O_TRUNC 01000: 577): the same cron line. pythonWriteRefusal (userData.ts)'s os.open branch takes flags matching /^[\s\w.|]+$/ with no O_WRONLY/O_RDWR/O_CREAT/O_APPEND/O_TRUNC name as read-only. Fix: flags are read-only only when every word is os.O_RDONLY or a read-only modifier (O_CLOEXEC, O_NOFOLLOW, O_DIRECTORY, O_NONBLOCK, O_NOATIME) or the literal 0; a number or a name fails closed.
    dev(
        "tune.py: os.open('/etc/cron.d/ops', 577) (O_WRONLY|O_CREAT|O_TRUNC as a number)",
        tune("dev-py72t-osopen-numeric-nodes", [
            "import os",
            'fd = os.open("/etc/cron.d/ops", 577, 0o644)',
            'os.write(fd, b"@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): same class: flags by a name (W = os.O_WRONLY | os.O_CREAT) read as no write. Fix as above (a name fails closed, or pythonValue its binding).
    dev(
        "tune.py: os.open('/etc/cron.d/ops', W) with W = os.O_WRONLY | os.O_CREAT bound before",
        tune("dev-py72t-osopen-name-nodes", [
            "import os",
            "W = os.O_WRONLY | os.O_CREAT",
            'fd = os.open("/etc/cron.d/ops", W, 0o644)',
            'os.write(fd, b"@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "os" ("Paths relative to directory descriptors": with dir_fd "the path to operate on should be relative; path will then be relative to that directory"; openat(2)): the relative 'ops' is /etc/cron.d/ops. pythonWriteRefusal (userData.ts) resolves it against the launch directory (/var/lib/ops, a data path). Fix: a write call with dir_fd/src_dir_fd/dst_dir_fd (os.open, os.link, os.symlink, os.rename, os.replace, os.mkfifo) and a relative path fails closed.
    dev(
        "tune.py: os.open('ops', O_WRONLY|O_CREAT, dir_fd=os.open('/etc/cron.d', O_RDONLY)) from cwd /var/lib/ops",
        tune("dev-py72t-osopen-dirfd-nodes", [
            "import os",
            'd = os.open("/etc/cron.d", os.O_RDONLY)',
            'fd = os.open("ops", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=d)',
            'os.write(fd, b"@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "os.chdir" ("Change the current working directory to path") then open('ops', 'w'): /etc/cron.d/ops. pythonWriteRefusal (userData.ts) is handed only the launch cwd (pythonCommandListeners already collects pythonChdirCalls bases for commands but passes `cwd`). Fix: judge each relative write target against every base pythonCommandListeners computes (an unknown base: fail closed).
    dev(
        "tune.py: os.chdir('/etc/cron.d') then open('ops', 'w') (relative to the new directory)",
        tune("dev-py72t-chdir-open-nodes", [
            "import os",
            'os.chdir("/etc/cron.d")',
            'with open("ops", "w") as f:',
            '    f.write("@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "os.symlink(src, dst)" ("Create a symbolic link pointing to src named dst"), open(2) (the final component's symlink followed unless O_NOFOLLOW; fs.protected_symlinks, proc(5), only restricts sticky world-writable directories, not /var/lib/ops): the write of /var/lib/ops/out lands in /etc/cron.d/ops. pythonWriteRefusal (userData.ts) judges os.symlink's dst only. Fix: a link whose target (src) is no PROGRAM_DATA_PATHS path is a write of that target (or refuse a program making one).
    dev(
        "tune.py: os.symlink('/etc/cron.d/ops', '/var/lib/ops/out') then open('/var/lib/ops/out', 'w') (writes through the link)",
        tune("dev-py72t-symlink-then-write-nodes", [
            "import os",
            'os.symlink("/etc/cron.d/ops", "/var/lib/ops/out")',
            'with open("/var/lib/ops/out", "w") as f:',
            '    f.write("@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "os.link(src, dst)" ("Create a hard link pointing to src named dst"), link(2) (one inode; fs.protected_hardlinks does not bind root, CAP_FOWNER): appending to /var/lib/ops/ct appends to /etc/crontab, whose lines root's cron runs (crontab(5), a user field). pythonWriteRefusal (userData.ts) judges dst only. Fix: os.link's src (and Path.hardlink_to's argument) is written too.
    dev(
        "tune.py: os.link('/etc/crontab', '/var/lib/ops/ct') then appends a line to /var/lib/ops/ct (the same inode)",
        tune("dev-py72t-hardlink-crontab-nodes", [
            "import os",
            'os.link("/etc/crontab", "/var/lib/ops/ct")',
            'with open("/var/lib/ops/ct", "a") as f:',
            '    f.write("@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "pathlib" (Path.symlink_to(target): "Make this path a symbolic link to target"): write_text through it writes /etc/cron.d/ops. pythonWriteRefusal (userData.ts) pushes the receiver for symlink_to, never its argument. Fix: the target argument is a write target too (as above).
    dev(
        "tune.py: Path('/var/lib/ops/out').symlink_to('/etc/cron.d/ops') then write_text through it",
        tune("dev-py72t-pathlib-symlink-to-nodes", [
            "from pathlib import Path",
            'p = Path("/var/lib/ops/out")',
            'p.symlink_to("/etc/cron.d/ops")',
            'p.write_text("@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: tarfile.open('/var/cache/ops/bundle.tgz').extractall('/etc') (an archive the pack does not read)",
        tune("dev-py72t-tar-extractall-nodes", [
            "import tarfile",
            'with tarfile.open("/var/cache/ops/bundle.tgz") as t:',
            '    t.extractall("/etc")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: tarfile extractall('/var/cache/ops/x') with no filter (members may be absolute or ../, Python docs warning)",
        tune("dev-py72t-tar-extractall-data-abs-nodes", [
            "import tarfile",
            'with tarfile.open("/var/cache/ops/bundle.tgz") as t:',
            '    t.extractall("/var/cache/ops/x")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "zipfile" (ZipFile.extractall(path): "Extract all members from the archive ... path specifies a different directory to extract to"): an archive the pack does not read lands its files (a cron line) in /etc/cron.d. pythonWriteRefusal (userData.ts) has no extract forms. Fix: ZipFile.extract/extractall, TarFile.extract/extractall and shutil.unpack_archive write inside their directory (inside: true), fail closed when the directory is no data path (and without filter='data' for tar, whose members may be absolute: the tarfile warning).
    dev(
        "tune.py: zipfile.ZipFile('/var/cache/ops/b.zip').extractall('/etc/cron.d')",
        tune("dev-py72t-zip-extractall-nodes", [
            "import zipfile",
            'zipfile.ZipFile("/var/cache/ops/b.zip").extractall("/etc/cron.d")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "shutil.unpack_archive(filename[, extract_dir[, format]])" ("Unpack an archive ... extract_dir is the name of the target directory"): units the pack does not read land in /etc/systemd/system (systemd.unit(5) load path). Same class and fix as zip-extractall.
    dev(
        "tune.py: shutil.unpack_archive('/var/cache/ops/b.tgz', '/etc/systemd/system')",
        tune("dev-py72t-unpack-archive-nodes", [
            "import shutil",
            'shutil.unpack_archive("/var/cache/ops/b.tgz", "/etc/systemd/system")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "urllib.request.urlretrieve(url, filename=None)" ("Copy a network object denoted by a URL to a local file"): whoever serves (or spoofs DNS for) the URL writes root's cron file. pythonWriteRefusal (userData.ts) has no urlretrieve. Fix: its filename (second argument) is a write target (and urllib.request.URLopener.retrieve).
    dev(
        "tune.py: urllib.request.urlretrieve(URL, '/etc/cron.d/ops') (a downloaded cron file)",
        tune("dev-py72t-urlretrieve-nodes", [
            "import urllib.request",
            'urllib.request.urlretrieve("https://ops.example.com/cron", "/etc/cron.d/ops")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "fileinput" ("if the keyword argument inplace=True is passed ... the file is moved to a backup file and standard output is directed to the input file"): print() rewrites /etc/crontab with the added line. pythonWriteRefusal (userData.ts) has no fileinput. Fix: fileinput.input/FileInput with inplace true (or not a literal False) writes each file it names (and its backup).
    dev(
        "tune.py: fileinput.input('/etc/crontab', inplace=True) printing each line and a cron line",
        tune("dev-py72t-fileinput-inplace-nodes", [
            "import fileinput",
            'for line in fileinput.input("/etc/crontab", inplace=True):',
            '    print(line, end="")',
            "    if fileinput.isfirstline():",
            '        print("@reboot root cd /etc/kubernetes && python3 -m http.server 8001")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "sqlite3.connect(database)" ("The path to the database file to be opened", created when missing): root makes a file in /etc/cron.d holding the inserted line between its pages (cron parses its lines; sqlite's page format holds the text raw). Whether cronie runs that line is not proven here; it is outside PROGRAM_DATA_PATHS, which pythonWriteRefusal (userData.ts) promises. Fix: sqlite3.connect's database (not ':memory:', a `file:` URI's path) is a write target; likewise ATTACH DATABASE in a literal execute.
    dev(
        "tune.py: sqlite3.connect('/etc/cron.d/ops') (a database file in cron's directory)",
        tune("dev-py72t-sqlite-attach-nodes", [
            "import sqlite3",
            'db = sqlite3.connect("/etc/cron.d/ops")',
            'db.execute("create table t(x)")',
            'db.execute("insert into t values (?)", ("\\n@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n",))',
            "db.commit()",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "dbm.dumb.open(filename, flag='c')" ("The basename of the database file (without any specific extensions). When a dumbdbm database is created, files with .dat and .dir extensions are created"; CPython Lib/dbm/dumb.py _addval writes the value's bytes at offset 0 of the .dat, raw): /etc/cron.d/ops.dat holds exactly the cron line (cronie reads every file of /etc/cron.d whose name is no backup/rpm suffix). pythonWriteRefusal (userData.ts) has no dbm. Fix: dbm.open/dbm.dumb/gnu/ndbm.open and shelve.open name a write target (with every suffix a backend adds).
    dev(
        "tune.py: dbm.dumb.open('/etc/cron.d/ops') (its .dat file holds the value's bytes as written)",
        tune("dev-py72t-dbm-dumb-nodes", [
            "import dbm.dumb",
            'db = dbm.dumb.open("/etc/cron.d/ops", "c")',
            'db[b"k"] = b"@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n"',
            "db.close()",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "shelve.open(filename, flag='c')" ("The filename specified is the base filename for the underlying database"; dbm picks the backend, dbm.dumb when no other is built): same class as dbm-dumb. Fix as there.
    dev(
        "tune.py: shelve.open('/etc/cron.d/ops') (a dbm file written as root)",
        tune("dev-py72t-shelve-nodes", [
            "import shelve",
            'with shelve.open("/etc/cron.d/ops") as s:',
            '    s["k"] = "@reboot root cd /etc/kubernetes && python3 -m http.server 8001"',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: mmap over os.open('/etc/crontab', os.O_RDWR) rewriting it",
        tune("dev-py72t-mmap-write-nodes", [
            "import mmap, os",
            'fd = os.open("/etc/crontab", os.O_RDWR)',
            "m = mmap.mmap(fd, 0)",
            'm[0:len(b"@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")] = b"@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n"',
            "m.flush()",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "logging.config" (dictConfig: a handler's "class" and "All other keys are passed through as keyword arguments to the handler's constructor"; a dict(...) call is a dict): a FileHandler appending to /etc/cron.d/ops whose log line is the cron line ('%(message)s'). pythonWriteRefusal (userData.ts)'s dictConfig branch finds filenames by a quoted `'filename':` key only, and pythonLoggingConfigUnread accepts the handler. Fix: a handler config that is not a dict display with literal keys fails closed (or read dict(...)'s keyword arguments).
    dev(
        "tune.py: dictConfig whose handler is dict({'class': 'logging.FileHandler'}, filename='/etc/cron.d/ops')",
        tune("dev-py72t-dictconfig-dict-call-nodes", [
            "import logging, logging.config",
            "logging.config.dictConfig({",
            '    "version": 1,',
            '    "formatters": {"m": {"format": "%(message)s"}},',
            '    "handlers": {"f": dict({"class": "logging.FileHandler", "formatter": "m"}, filename="/etc/cron.d/ops")},',
            '    "root": {"handlers": ["f"], "level": "INFO"},',
            "})",
            'logging.info("@reboot root cd /etc/kubernetes && python3 -m http.server 8001")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: os.replace(src='/var/lib/ops/new', dst='/etc/cron.d/ops') (keyword arguments)",
        tune("dev-py72t-os-replace-kw-nodes", [
            "import os",
            'with open("/var/lib/ops/new", "w") as f:',
            '    f.write("@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
            'os.replace(src="/var/lib/ops/new", dst="/etc/cron.d/ops")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): same class as osopen-name (flags by a name, the fd handed to os.fdopen and shutil.copyfileobj). Fix as there.
    dev(
        "tune.py: shutil.copyfileobj(io.BytesIO(line), os.fdopen(os.open('/etc/cron.d/ops', FLAGS), 'wb')) with FLAGS by name",
        tune("dev-py72t-copyfileobj-nodes", [
            "import io, os, shutil",
            "FLAGS = os.O_CREAT | os.O_WRONLY",
            'shutil.copyfileobj(io.BytesIO(b"@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n"), os.fdopen(os.open("/etc/cron.d/ops", FLAGS, 0o644), "wb"))',
        ]),
        REFUSED,
    ),
    // Round 72 neighbours (pywrites) of the write-form fixes above, insecure side: PYTHON_WRITE_CALLS's modes, flags, SQL
    // ATTACH/VACUUM INTO, os.chdir and dir_fd bases.
    dev(
        "tune.py: os.open('/etc/cron.d/ops', os.O_RDONLY | os.O_TRUNC) (open(2): Linux truncates even read-only)",
        tune("dev-py72t-pw-ordonly-trunc-nodes", [
            "import os",
            'fd = os.open("/etc/cron.d/ops", os.O_RDONLY | os.O_TRUNC)',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: os.open('/etc/cron.d/ops', 1) (O_WRONLY as a number)",
        tune("dev-py72t-pw-flags-one-nodes", [
            "import os",
            'fd = os.open("/etc/cron.d/ops", 1)',
            'os.write(fd, b"@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: gzip.open('/etc/cron.d/ops', 'wb') (gzip.open's mode writes)",
        tune("dev-py72t-pw-gzip-write-nodes", [
            "import gzip",
            'gzip.open("/etc/cron.d/ops", "wb").write(b"@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: ATTACH DATABASE '/etc/cron.d/ops' on a data-path connection",
        tune("dev-py72t-pw-sqlite-attach-nodes", [
            "import sqlite3",
            'db = sqlite3.connect("/var/lib/ops/state.db")',
            "db.execute(\"ATTACH DATABASE '/etc/cron.d/ops' AS x\")",
            'db.execute("create table x.t(v)")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: sqlite3.connect('file:/etc/cron.d/ops?mode=rwc', uri=True)",
        tune("dev-py72t-pw-sqlite-uri-nodes", [
            "import sqlite3",
            'db = sqlite3.connect("file:/etc/cron.d/ops?mode=rwc", uri=True)',
            'db.execute("create table t(v)")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: fileinput.input([data file, '/etc/crontab'], inplace=1)",
        tune("dev-py72t-pw-fileinput-list-nodes", [
            "import fileinput",
            'for line in fileinput.input(["/var/lib/ops/a", "/etc/crontab"], inplace=1):',
            '    print(line, end="")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: os.chdir('/etc/cron.d') then os.replace(data file, 'ops')",
        tune("dev-py72t-pw-chdir-replace-nodes", [
            "import os",
            'open("/var/lib/ops/new", "w").write("x")',
            'os.chdir("/etc/cron.d")',
            'os.replace("/var/lib/ops/new", "ops")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: os.rename('new', 'ops', src_dir_fd=, dst_dir_fd=) (relative to directory descriptors)",
        tune("dev-py72t-pw-rename-dirfd-nodes", [
            "import os",
            'd = os.open("/etc/cron.d", os.O_RDONLY)',
            's = os.open("/var/lib/ops", os.O_RDONLY)',
            'os.rename("new", "ops", src_dir_fd=s, dst_dir_fd=d)',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: io.open('/etc/cron.d/ops', mode='a')",
        tune("dev-py72t-pw-io-open-a-nodes", [
            "import io",
            'io.open("/etc/cron.d/ops", mode="a").write("@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: dbm.open('/etc/cron.d/ops', 'c')",
        tune("dev-py72t-pw-dbm-open-c-nodes", [
            "import dbm",
            'db = dbm.open("/etc/cron.d/ops", "c")',
            'db[b"k"] = b"@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n"',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: shelve.open('/etc/cron.d/ops', F) with F = 'c' (a flag by a name)",
        tune("dev-py72t-pw-shelve-flag-name-nodes", [
            "import shelve",
            'F = "c"',
            'shelve.open("/etc/cron.d/ops", F)["k"] = "x"',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: VACUUM INTO '/etc/cron.d/ops' (SQLite writes a database file there)",
        tune("dev-py72t-pw-vacuum-into-nodes", [
            "import sqlite3",
            'db = sqlite3.connect("/var/lib/ops/state.db")',
            "db.execute(\"VACUUM INTO '/etc/cron.d/ops'\")",
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: ATTACH DATABASE ? with the cron path as a parameter (a name the pack does not read)",
        tune("dev-py72t-pw-attach-param-nodes", [
            "import sqlite3",
            'db = sqlite3.connect("/var/lib/ops/state.db")',
            'db.execute("ATTACH DATABASE ? AS x", ("/etc/cron.d/ops",))',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: os.fdopen(os.open('/etc/cron.d/ops', W), 'w') with W bound to O_WRONLY|O_CREAT",
        tune("dev-py72t-pw-fdopen-name-nodes", [
            "import os",
            "W = os.O_WRONLY | os.O_CREAT",
            'with os.fdopen(os.open("/etc/cron.d/ops", W), "w") as f:',
            '    f.write("@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: (Path('/etc') / 'cron.d' / 'ops').write_text(cron line)",
        tune("dev-py72t-pathlib-div-nodes", [
            "from pathlib import Path",
            '(Path("/etc") / "cron.d" / "ops").write_text("@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run(['tee', '/etc/cron.d/ops'], input=cron line)",
        tune("dev-py72t-subprocess-tee-nodes", [
            "import subprocess",
            'subprocess.run(["tee", "/etc/cron.d/ops"], input=b"@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n", check=True)',
        ]),
        REFUSED,
    ),
    dev(
        "user data: python3 -W ignore::opswarn.W /opt/ops/hello.py (warnings imports opswarn, a server, from the script's directory)",
        devNodeScript("dev-py72t-w-category-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/opswarn.py <<'EOF'",
            "import functools",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            'H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
            'ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
            "EOF",
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            'print("hello")',
            "EOF",
            "nohup python3 -W ignore::opswarn.W /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "user data: PYTHONWARNINGS=ignore::opswarn.W python3 /opt/ops/hello.py (opswarn serves /etc/kubernetes)",
        devNodeScript("dev-py72t-pythonwarnings-category-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/opswarn.py <<'EOF'",
            "import functools",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            'H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
            'ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
            "EOF",
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            'print("hello")',
            "EOF",
            "PYTHONWARNINGS=ignore::opswarn.W nohup python3 /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "user data: python3 -Wignore::opswarn.W /opt/ops/hello.py (the option value attached)",
        devNodeScript("dev-py72t-w-attached-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/opswarn.py <<'EOF'",
            "import functools",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            'H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
            'ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
            "EOF",
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            'print("hello")',
            "EOF",
            "nohup python3 -Wignore::opswarn.W /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "Command line and environment" (PYTHONBREAKPOINT: "it names a callable using dotted-path notation. The module containing the callable will be imported and then the callable will be run by the default implementation of sys.breakpointhook()"; PEP 553): hello.py's breakpoint() imports /opt/ops/opshook.py (the script's directory first on sys.path), a server of /etc/kubernetes on 0.0.0.0:8001. pythonEntry (userData.ts) reads PYTHONPATH and PYTHONWARNINGS only. Fix: a dotted PYTHONBREAKPOINT module is `import MODULE` of the program, as warningImports does (a value the pack cannot compute: unread).
    dev(
        "user data: PYTHONBREAKPOINT=opshook.run python3 /opt/ops/hello.py (hello.py calls breakpoint(); opshook serves /etc/kubernetes)",
        devNodeScript("dev-py72t-pythonbreakpoint-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/opshook.py <<'EOF'",
            "def run(*a, **k):",
            "    import functools",
            "    from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            '    H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
            '    ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
            "EOF",
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            'print("hello")',
            "breakpoint()",
            "EOF",
            "nohup env PYTHONBREAKPOINT=opshook.run python3 /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "Command line and environment" (PYTHONHOME: "Change the location of the standard Python libraries ... searched in prefix/lib/pythonversion"; site is imported at startup, Python docs "site": "This module is automatically imported during initialization"): the copied stdlib's site.py (AL2023 platlibdir lib64) serves /etc/kubernetes. pythonEntry ignores PYTHONHOME. Fix: PYTHONHOME (and PYTHONPLATLIBDIR, PYTHONEXECUTABLE) in the program's environment: a standard library the pack does not read (fail closed) unless it is the system prefix.
    dev(
        "user data: PYTHONHOME=/opt/ops/pyhome python3 /opt/ops/hello.py (a copied standard library whose site.py serves /etc/kubernetes)",
        devNodeScript("dev-py72t-pythonhome-nodes", [
            "mkdir -p /opt/ops/pyhome/lib64 && cp -a /usr/lib64/python3.9 /opt/ops/pyhome/lib64/",
            "mkdir -p /opt/ops/pyhome/lib64/python3.9",
            "cat > /opt/ops/pyhome/lib64/python3.9/site.py <<'EOF'",
            "import functools",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            'H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
            'ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
            "EOF",
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            'print("hello")',
            "EOF",
            "PYTHONHOME=/opt/ops/pyhome nohup python3 /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "site" (USER_BASE "can be modified by the environment variable PYTHONUSERBASE"; the user site-packages `USER_BASE/lib/pythonX.Y/site-packages` is added when ENABLE_USER_SITE, true for root when uid == euid; "Lines starting with import (followed by space or tab) are executed" in .pth files): ops.pth imports opsrv, a server of /etc/kubernetes. PYTHONUSERBASE is read for pip (rootReads.ts) only; pythonEntry ignores it. Fix: read PYTHONUSERBASE's site-packages .pth files and modules as PYTHONPATH's (or fail closed; -s/-I/PYTHONNOUSERSITE turn it off).
    dev(
        "user data: PYTHONUSERBASE=/opt/ops/ub python3 /opt/ops/hello.py (a .pth import line in its user site-packages)",
        devNodeScript("dev-py72t-pythonuserbase-pth-nodes", [
            "mkdir -p /opt/ops/ub/lib/python3.9/site-packages",
            "cat > /opt/ops/ub/lib/python3.9/site-packages/ops.pth <<'EOF'",
            "import opsrv",
            "EOF",
            "mkdir -p /opt/ops/ub/lib/python3.9/site-packages",
            "cat > /opt/ops/ub/lib/python3.9/site-packages/opsrv.py <<'EOF'",
            "import functools",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            'H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
            'ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
            "EOF",
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            'print("hello")',
            "EOF",
            "PYTHONUSERBASE=/opt/ops/ub nohup python3 /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "user data: python3 -X pycache_prefix=/opt/ops/pyc -W error /opt/ops/srv.py (srv serves /etc/kubernetes: -W's value is not the script)",
        devNodeScript("dev-py72t-x-pycache-bad-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/srv.py <<'EOF'",
            "import functools",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            'H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
            'ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
            "EOF",
            "nohup python3 -X pycache_prefix=/opt/ops/pyc -W error /opt/ops/srv.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "runpy" (run_path(path_name, run_name): "Execute the code at the named filesystem location"): srv.py (a server of /etc/kubernetes on 0.0.0.0:8001) runs as __main__. pythonEntry reads the -c text as a file, but runpy.run_path of a literal path is followed by no reader (not pythonDynamic, not an import). Fix: runpy.run_path/run_module (and importlib.import_module, __import__, importlib.util.spec_from_file_location) with literal arguments resolved as files of the program; anything else pythonDynamic.
    dev(
        "user data: python3 -c \"import runpy; runpy.run_path('/opt/ops/srv.py')\" (srv serves /etc/kubernetes)",
        devNodeScript("dev-py72t-runpy-c-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/srv.py <<'EOF'",
            "import functools",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            'H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
            'ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
            "EOF",
            "nohup python3 -c \"import runpy; runpy.run_path('/opt/ops/srv.py', run_name='__main__')\" >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    // Round 72 neighbours (links and extraction, pythonWriteRefusal): the insecure twins of the secure data-path links
    // and extractions below.
    dev(
        "tune.py: os.symlink('../../../etc/cron.d/ops', '/var/lib/ops/out') (relative: from the link's directory) then a write through it",
        tune("dev-py72t-symlink-relative-nodes", [
            "import os",
            'os.symlink("../../../etc/cron.d/ops", "/var/lib/ops/out")',
            'with open("/var/lib/ops/out", "w") as f:',
            '    f.write("@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: os.symlink('/etc/cron.d', '/var/lib/ops/d') then open('/var/lib/ops/d/ops', 'w') (a link to a directory)",
        tune("dev-py72t-symlink-dir-nodes", [
            "import os",
            'os.symlink("/etc/cron.d", "/var/lib/ops/d")',
            'with open("/var/lib/ops/d/ops", "w") as f:',
            '    f.write("@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: Path('/var/lib/ops/ct').hardlink_to('/etc/crontab') then appends through it",
        tune("dev-py72t-pathlib-hardlink-to-nodes", [
            "from pathlib import Path",
            'p = Path("/var/lib/ops/ct")',
            'p.hardlink_to("/etc/crontab")',
            'with p.open("a") as f:',
            '    f.write("@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: Path('/etc/crontab').link_to('/var/lib/ops/ct') (Python 3.9: makes the target a hard link to this path) then appends",
        tune("dev-py72t-pathlib-link-to-nodes", [
            "from pathlib import Path",
            'Path("/etc/crontab").link_to("/var/lib/ops/ct")',
            'with open("/var/lib/ops/ct", "a") as f:',
            '    f.write("@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: tarfile extractall('/etc/cron.d', filter='data') (kept inside a directory root's cron reads)",
        tune("dev-py72t-tar-data-cron-nodes", [
            "import tarfile",
            'with tarfile.open("/root/b.tgz") as t:',
            '    t.extractall("/etc/cron.d", filter="data")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: tarfile extractall('/var/cache/ops/x', filter='fully_trusted') (absolute members and links kept)",
        tune("dev-py72t-tar-trusted-nodes", [
            "import tarfile",
            'with tarfile.open("/root/b.tgz") as t:',
            '    t.extractall("/var/cache/ops/x", filter="fully_trusted")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: z bound to a ZipFile and then to a tarfile; z.extractall('/var/cache/ops/x') with no filter",
        tune("dev-py72t-zip-rebound-tar-nodes", [
            "import tarfile, zipfile",
            'z = zipfile.ZipFile("/var/cache/ops/a.zip")',
            "z.extractall('/var/cache/ops/a')",
            'z = tarfile.open("/root/b.tgz")',
            "z.extractall('/var/cache/ops/x')",
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: a zip extracted into /var/lib/ops over run.sh, a script user data wrote and runs next",
        devNodeScript("dev-py72t-zip-over-script-nodes", [
            ...heredocFile("/var/lib/ops/run.sh", ["echo ok"]),
            ...heredocFile("/opt/ops/tune.py", [
                "import zipfile",
                'with zipfile.ZipFile("/var/cache/ops/b.zip") as z:',
                '    z.extractall("/var/lib/ops")',
            ]),
            "mkdir -p /var/cache/ops && cd /var/lib/ops && python3 /opt/ops/tune.py",
            "bash /var/lib/ops/run.sh",
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: shutil.unpack_archive('/var/cache/ops/b.tgz', '/var/cache/ops/x') (a tar with no filter)",
        tune("dev-py72t-unpack-tar-data-nodes", [
            "import shutil",
            'shutil.unpack_archive("/var/cache/ops/b.tgz", "/var/cache/ops/x")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: shutil.unpack_archive('/var/cache/ops/b.zip', '/var/cache/ops/x', 'tar') (a .zip name unpacked as tar)",
        tune("dev-py72t-unpack-zipname-tar-nodes", [
            "import shutil",
            'shutil.unpack_archive("/var/cache/ops/b.zip", "/var/cache/ops/x", "tar")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: tarfile.open('/etc/cron.d/ops.tgz', 'w:gz') (an archive written where cron reads)",
        tune("dev-py72t-tar-write-cron-nodes", [
            "import tarfile",
            'with tarfile.open("/etc/cron.d/ops.tgz", "w:gz") as t:',
            '    t.add("/var/lib/ops/state.json")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: lzma.open('/etc/cron.d/ops.xz', 'wt') (a module open's own mode: a write outside the data paths)",
        tune("dev-py72t-lzma-write-cron-nodes", [
            "import lzma",
            'with lzma.open("/etc/cron.d/ops.xz", "wt") as f:',
            '    f.write("x")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: open('/etc/cron.d/ops', 'w') writing a cron line (the round 71 control)",
        tune("dev-py72t-control-open-nodes", [
            "with open('/etc/cron.d/ops', 'w') as f:",
            '    f.write("@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "tarfile" (TarFile.extractall(path="."): the warning "It is possible that files are created outside of path, e.g. members that have absolute filenames"): an unread archive writes into /etc. The /var/cache neighbours are refused only by accident (pythonWriteRefusal (userData.ts)'s pathlib `.open(` pass reads tarfile.open's path as a mode, and /var/cache holds an 'a'); /root/b.tgz has no w/a/x/+ letter: got []. Fix: as zip-extractall, and the `.open(` pass only for receivers that may be a Path.
    dev(
        "tune.py: tarfile.open('/root/b.tgz').extractall('/etc') (a path with no w/a/x/+ letter)",
        tune("dev-py72t-tar-root-nodes", [
            "import tarfile",
            'with tarfile.open("/root/b.tgz") as t:',
            '    t.extractall("/etc")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): same class, as a prefix assignment. Fix as above.
    dev(
        "user data: PYTHONBREAKPOINT=opshook.run nohup python3 /opt/ops/hello.py & (a prefix assignment)",
        devNodeScript("dev-py72t-pythonbreakpoint-prefix-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/opshook.py <<'EOF'",
            "def run(*a, **k):",
            "    import functools",
            "    from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            '    H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
            '    ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
            "EOF",
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            'print("hello")',
            "breakpoint()",
            "EOF",
            "PYTHONBREAKPOINT=opshook.run nohup python3 /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): same class in a script file. Fix as above.
    dev(
        "user data: hello.py runs runpy.run_path('/opt/ops/srv.py', run_name='__main__') (srv serves /etc/kubernetes)",
        devNodeScript("dev-py72t-runpy-script-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/srv.py <<'EOF'",
            "import functools",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            'H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
            'ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
            "EOF",
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            "import runpy",
            'runpy.run_path("/opt/ops/srv.py", run_name="__main__")',
            "EOF",
            "nohup python3 /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 72): Python docs "importlib.import_module(name)" ("Import a module"): srv.py from the script's directory serves /etc/kubernetes. Not read as an import. Fix as runpy-c.
    dev(
        "user data: hello.py runs importlib.import_module('srv') from /opt/ops (srv serves /etc/kubernetes)",
        devNodeScript("dev-py72t-importlib-script-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/srv.py <<'EOF'",
            "import functools",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            'H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
            'ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
            "EOF",
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            "import importlib",
            'importlib.import_module("srv")',
            "EOF",
            "nohup python3 /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_opener(self, f=open) returns f (a default bound to the builtin open: a netref)",
        rpc("dev-py72t-rpyc-default-arg-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_opener(self, f=open):",
            "        return f",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc class attribute exposed_opener = lambda self: open",
        rpc("dev-py72t-rpyc-lambda-attr-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    exposed_opener = lambda self: open",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc class attribute exposed_read = staticmethod(open)",
        rpc("dev-py72t-rpyc-staticmethod-open-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    exposed_read = staticmethod(open)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_f returns (o := open) (a walrus binding the builtin)",
        rpc("dev-py72t-rpyc-walrus-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_f(self):",
            "        return (o := open)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_f(a) with a match statement whose case returns open",
        rpc("dev-py72t-rpyc-match-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_f(self, a):",
            "        match a:",
            "            case 1:",
            "                return open",
            "            case _:",
            "                return 0",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_f returns inner(), a nested def returning open",
        rpc("dev-py72t-rpyc-closure-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_f(self):",
            "        def inner():",
            "            return open",
            "        return inner()",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_get(a, b) returns getattr(getattr(self, a), b) (__init__, __globals__: the module's globals)",
        rpc("dev-py72t-rpyc-getattr-chain-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_get(self, a, b):",
            "        return getattr(getattr(self, a), b)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_g returns self.exposed_g.__globals__ (the module's globals, builtins inside)",
        rpc("dev-py72t-rpyc-class-globals-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_g(self):",
            "        return self.exposed_g.__globals__",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: XML-RPC add(a, b, _r=open(kubelet.conf).read()) returns _r (a default evaluated at def time, as root)",
        rpc("dev-py72t-xmlrpc-default-read-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            'def add(a, b, _r=open("/etc/kubernetes/kubelet.conf").read()):',
            "    return _r",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(add)",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: XML-RPC add under @(lambda f: lambda *a: open(kubelet.conf).read()) (PEP 614 decorator expression)",
        rpc("dev-py72t-xmlrpc-decorator-lambda-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            '@(lambda f: lambda *a: open("/etc/kubernetes/kubelet.conf").read())',
            "def add(a, b):",
            "    return int(a) + int(b)",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(add)",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: XML-RPC status() returns VERSION; another served function rebinds it by a walrus at module level in a comprehension",
        rpc("dev-py72t-xmlrpc-global-walrus-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            'VERSION = "1.0"',
            "def status():",
            "    return VERSION",
            '[(VERSION := open("/etc/kubernetes/kubelet.conf").read()) for _ in (1,)]',
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(status)",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: XML-RPC add(a, b, *, k=open) returns k('/etc/kubernetes/kubelet.conf').read() (keyword-only default)",
        rpc("dev-py72t-xmlrpc-default-kwonly-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def add(a, b, *, k=open):",
            '    return k("/etc/kubernetes/kubelet.conf").read()',
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(add)",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    // Round 72 neighbours (pythonEnvironment, PYTHON_ENVIRONMENT): an unknown PYTHON* variable, a platlibdir the pack
    // does not know, PYTHONINSPECT (-i: standard input's code), root's default user site ~/.local's .pth import lines,
    // runpy.run_module and importlib.util.spec_from_file_location of literal names, an lru_cache'd rpyc method
    // returning the builtin open.
    dev(
        "user data: PYTHONOPSHOOK=1 python3 /opt/ops/hello.py (a PYTHON* variable the pack does not know)",
        devNodeScript("dev-py72t-python-unknown-var-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            'print("hello")',
            "EOF",
            "PYTHONOPSHOOK=1 nohup python3 /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "user data: PYTHONPLATLIBDIR=ops python3 /opt/ops/hello.py (a standard library directory the pack does not read)",
        devNodeScript("dev-py72t-platlibdir-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            'print("hello")',
            "EOF",
            "PYTHONPLATLIBDIR=ops nohup python3 /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "user data: PYTHONINSPECT=1 python3 /opt/ops/hello.py (standard input's code after the script)",
        devNodeScript("dev-py72t-pythoninspect-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            'print("hello")',
            "EOF",
            "PYTHONINSPECT=1 nohup python3 /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "user data: /root/.local/lib/python3.9/site-packages/ops.pth imports opsrv (root's default user site)",
        devNodeScript("dev-py72t-default-usersite-pth-nodes", [
            "mkdir -p /root/.local/lib/python3.9/site-packages",
            "cat > /root/.local/lib/python3.9/site-packages/ops.pth <<'EOF'",
            "import opsrv",
            "EOF",
            "cat > /root/.local/lib/python3.9/site-packages/opsrv.py <<'EOF'",
            "import functools",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            'H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
            'ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
            "EOF",
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            'print("hello")',
            "EOF",
            "nohup python3 /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "user data: hello.py runs runpy.run_module('srv', run_name='__main__') (srv serves /etc/kubernetes)",
        devNodeScript("dev-py72t-runpy-module-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/srv.py <<'EOF'",
            "import functools",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            'H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
            'ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
            "EOF",
            "cat > /opt/ops/hello.py <<'EOF'",
            "import runpy",
            'runpy.run_module("srv", run_name="__main__")',
            "EOF",
            "nohup python3 /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "user data: hello.py loads /opt/ops/srv.py by importlib.util.spec_from_file_location (srv serves /etc/kubernetes)",
        devNodeScript("dev-py72t-spec-from-file-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/srv.py <<'EOF'",
            "import functools",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            'H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
            'ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
            "EOF",
            "cat > /opt/ops/hello.py <<'EOF'",
            "import importlib.util",
            'spec = importlib.util.spec_from_file_location("srv", "/opt/ops/srv.py")',
            "spec.loader.exec_module(importlib.util.module_from_spec(spec))",
            "EOF",
            "nohup python3 /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_opener under @functools.lru_cache(maxsize=1) returns open",
        rpc("dev-py72t-rpyc-lru-cache-open-nodes", [
            "import functools",
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    @functools.lru_cache(maxsize=1)",
            "    def exposed_opener(self):",
            "        return open",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: XML-RPC calc(op) whose match has a value pattern case os.sep (a name read) returning it",
        rpc("dev-py72t-xmlrpc-match-value-nodes", [
            "import os",
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def calc(op):",
            "    match op:",
            "        case os.sep:",
            "            return 1",
            "        case _:",
            "            return 0",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(calc)",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    // DECIDED (round 72): a shelf is read back with pickle (Python docs "shelve": "Because the shelve module is backed by
    // pickle, it is insecure to load a shelf from an untrusted source. Like with pickle, loading a shelf can execute
    // arbitrary code"), so a root program that opens one runs whatever the file holds: code the pack does not read
    // (pythonUnreadCode). Its write to a data path is fine; the load is not. Use json or sqlite3 for a root program's state.
    dev(
        "tune.py: shelve.open('/var/lib/ops/cache') (a data-path database)",
        tune("dev-py72s-pw-shelve-data-nodes", [
            "import shelve",
            'with shelve.open("/var/lib/ops/cache") as s:',
            '    s["k"] = 1',
        ]),
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 72): secure refused. Python docs "gzip.open(filename, mode='rb')": a read of a data file. pythonWriteRefusal (userData.ts)'s pathlib `.open(` pass takes any `X.open(` call and reads its first argument as Path.open's mode: '/var/lib/ops/...' holds an 'a', so a write of a path it cannot compute (receiver `gzip`). Fix: the `.open(` pass only for receivers that may be a Path (a Path(...) call, a name bound to one, a `/` join); module functions (gzip, bz2, lzma, tarfile, webbrowser, dbm, shelve) by their own signatures.
    dev(
        "tune.py: json.load(gzip.open('/var/lib/ops/state.json.gz')) (a read: gzip.open's second argument is its mode)",
        tune("dev-py72s-gzip-read-nodes", [
            "import gzip, json",
            'state = json.load(gzip.open("/var/lib/ops/state.json.gz"))',
            "print(state)",
        ]),
        undefined,
    ),
    // Round 72 neighbours (pywrites), secure side: provable reads (modes, O_RDONLY flags, mode=ro URIs, no inplace) and
    // writes of PROGRAM_DATA_PATHS files by the same forms.
    dev(
        "tune.py: gzip.open(data file, 'rt') (a read)",
        tune("dev-py72s-pw-gzip-rt-nodes", [
            "import gzip",
            'print(gzip.open("/var/lib/ops/state.json.gz", "rt").read())',
        ]),
    ),
    dev(
        "tune.py: gzip.open('/var/lib/ops/out.gz', 'wt') (a write of a data file)",
        tune("dev-py72s-pw-gzip-write-data-nodes", [
            "import gzip",
            'gzip.open("/var/lib/ops/out.gz", "wt").write("ok")',
        ]),
    ),
    dev(
        "tune.py: os.open('/etc/hostname', os.O_RDONLY | os.O_CLOEXEC) (a read)",
        tune("dev-py72s-pw-osopen-ro-nodes", [
            "import os",
            'fd = os.open("/etc/hostname", os.O_RDONLY | os.O_CLOEXEC)',
            "print(os.read(fd, 64))",
        ]),
    ),
    dev(
        "tune.py: os.open('/etc/hostname', R) with R = os.O_RDONLY (a read by a name)",
        tune("dev-py72s-pw-osopen-ro-name-nodes", [
            "import os",
            "R = os.O_RDONLY",
            'fd = os.open("/etc/hostname", R)',
            "print(os.read(fd, 64))",
        ]),
    ),
    dev(
        "tune.py: sqlite3.connect('file:/usr/share/ops/ref.db?mode=ro', uri=True) (read-only URI)",
        tune("dev-py72s-pw-sqlite-uri-ro-nodes", [
            "import sqlite3",
            'db = sqlite3.connect("file:/usr/share/ops/ref.db?mode=ro", uri=True)',
            'print(db.execute("select 1").fetchall())',
        ]),
    ),
    dev(
        "tune.py: sqlite3.connect(':memory:') (no file)",
        tune("dev-py72s-pw-sqlite-memory-nodes", [
            "import sqlite3",
            'db = sqlite3.connect(":memory:")',
            "db.execute(\"create table t(v text default 'x')\")",
        ]),
    ),
    dev(
        "tune.py: fileinput.input('/etc/hosts') (no inplace: a read)",
        tune("dev-py72s-pw-fileinput-read-nodes", [
            "import fileinput",
            'for line in fileinput.input("/etc/hosts"):',
            '    print(line, end="")',
        ]),
    ),
    dev(
        "tune.py: fileinput.input('/var/lib/ops/list', inplace=True) (a data file rewritten)",
        tune("dev-py72s-pw-fileinput-data-nodes", [
            "import fileinput",
            'for line in fileinput.input("/var/lib/ops/list", inplace=True):',
            "    print(line.strip())",
        ]),
    ),
    dev(
        "tune.py: os.chdir('/var/lib/ops/work') then open('out', 'w') (relative to a data directory)",
        tune("dev-py72s-pw-chdir-data-nodes", [
            "import os",
            'os.makedirs("/var/lib/ops/work", exist_ok=True)',
            'os.chdir("/var/lib/ops/work")',
            'with open("out", "w") as f:',
            '    f.write("ok")',
        ]),
    ),
    dev(
        "tune.py: dbm.dumb.open('/usr/share/ops/db', 'r') (read-only)",
        tune("dev-py72s-pw-dbm-dumb-read-nodes", [
            "import dbm.dumb",
            'db = dbm.dumb.open("/usr/share/ops/db", "r")',
            'print(db.get(b"k"))',
        ]),
    ),
    dev(
        "tune.py: urlretrieve(URL, '/var/cache/ops/b.tgz') (a download into the cache)",
        tune("dev-py72s-pw-urlretrieve-data-nodes", [
            "import urllib.request",
            'urllib.request.urlretrieve("https://ops.example.com/b.tgz", "/var/cache/ops/b.tgz")',
        ]),
    ),
    dev(
        "tune.py: io.FileIO('/var/lib/ops/out', 'w') (a data file)",
        tune("dev-py72s-pw-fileio-data-nodes", ["import io", 'io.FileIO("/var/lib/ops/out", "w").write(b"ok")']),
    ),
    dev(
        "tune.py: os.open('/var/lib/ops/out', W) with W = O_WRONLY|O_CREAT (a data file)",
        tune("dev-py72s-pw-osopen-name-data-nodes", [
            "import os",
            "W = os.O_WRONLY | os.O_CREAT",
            'fd = os.open("/var/lib/ops/out", W, 0o644)',
            'os.write(fd, b"ok")',
        ]),
    ),
    dev(
        "tune.py: ATTACH DATABASE '/var/lib/ops/other.db' (a data file)",
        tune("dev-py72s-pw-attach-data-nodes", [
            "import sqlite3",
            'db = sqlite3.connect("/var/lib/ops/state.db")',
            "db.execute(\"ATTACH DATABASE '/var/lib/ops/other.db' AS o\")",
        ]),
    ),
    dev(
        "tune.py: os.open('hostname', os.O_RDONLY, dir_fd=d) (a read relative to a directory descriptor)",
        tune("dev-py72s-pw-dirfd-read-nodes", [
            "import os",
            'd = os.open("/etc", os.O_RDONLY)',
            'fd = os.open("hostname", os.O_RDONLY, dir_fd=d)',
            "print(os.read(fd, 64))",
        ]),
    ),
    dev(
        "tune.py: Path('/var/lib/ops/x').mkdir(parents=True) (a data directory)",
        tune("dev-py72s-pw-path-mkdir-data-nodes", [
            "from pathlib import Path",
            'Path("/var/lib/ops/x").mkdir(parents=True, exist_ok=True)',
        ]),
    ),
    dev(
        "tune.py: dictConfig FileHandler '/var/log/ops/ops.log' as a dict display",
        tune("dev-py72s-pw-dictconfig-data-nodes", [
            "import logging, logging.config",
            'logging.config.dictConfig({"version": 1, "handlers": {"f": {"class": "logging.FileHandler", "filename": "/var/log/ops/ops.log"}}, "root": {"handlers": ["f"]}})',
            'logging.info("x")',
        ]),
    ),
    dev(
        "tune.py: mkstemp(dir='/var/lib/ops'), os.fdopen(fd, 'w'), os.replace onto a data file",
        tune("dev-py72s-pw-mkstemp-fdopen-nodes", [
            "import os, tempfile",
            'fd, p = tempfile.mkstemp(dir="/var/lib/ops")',
            'with os.fdopen(fd, "w") as f:',
            '    f.write("ok")',
            'os.replace(p, "/var/lib/ops/state")',
        ]),
    ),
    dev(
        "tune.py: json.dump(state, open('/var/lib/ops/state.json', 'w'))",
        tune("dev-py72s-json-state-nodes", [
            "import json",
            'with open("/var/lib/ops/state.json", "w") as f:',
            '    json.dump({"ok": True}, f)',
        ]),
    ),
    dev(
        "tune.py: os.open('/run/ops/ops.pid', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644) writing the pid",
        tune("dev-py72s-osopen-run-nodes", [
            "import os",
            'os.makedirs("/run/ops", exist_ok=True)',
            'fd = os.open("/run/ops/ops.pid", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)',
            "os.write(fd, str(os.getpid()).encode())",
            "os.close(fd)",
        ]),
    ),
    dev(
        "tune.py: sqlite3.connect('/var/lib/ops/state.db') keeping a table",
        tune("dev-py72s-sqlite-state-nodes", [
            "import sqlite3",
            'db = sqlite3.connect("/var/lib/ops/state.db")',
            'db.execute("create table if not exists runs(at text)")',
            'db.execute("insert into runs values (datetime())")',
            "db.commit()",
        ]),
    ),
    // Was a MISS (fixed in round 72): secure refused. Python docs "tarfile" Extraction filters (filter='data': "Refuse to extract files with absolute paths ... outside destination", links outside refused; PEP 706, backported to 3.9's tarfile): everything lands under /var/cache/ops/x, data. Refused by the same `.open(` misreading. Fix: as gzip-read, and extractall with filter='data' into a PROGRAM_DATA_PATHS directory accepted.
    dev(
        "tune.py: tarfile extractall('/var/cache/ops/x', filter='data') (members kept inside the directory)",
        tune("dev-py72s-tar-filter-data-nodes", [
            "import tarfile",
            'with tarfile.open("/var/cache/ops/bundle.tgz") as t:',
            '    t.extractall("/var/cache/ops/x", filter="data")',
        ]),
        undefined,
    ),
    // Round 72 neighbours: the secure twins of the link and extraction refusals above.
    dev(
        "tune.py: os.symlink('v2', '/var/lib/ops/current') (a relative data link: /var/lib/ops/v2)",
        tune("dev-py72s-symlink-relative-nodes", [
            "import os",
            'os.makedirs("/var/lib/ops/v2", exist_ok=True)',
            'os.symlink("v2", "/var/lib/ops/current")',
        ]),
    ),
    dev(
        "tune.py: Path('/var/lib/ops/current').symlink_to('/var/lib/ops/v2') then os.link of a data file",
        tune("dev-py72s-pathlib-links-data-nodes", [
            "import os",
            "from pathlib import Path",
            'Path("/var/lib/ops/current").symlink_to("/var/lib/ops/v2")',
            'os.link("/var/lib/ops/state.json", "/var/lib/ops/state.json.bak")',
        ]),
    ),
    dev(
        "tune.py: zipfile.ZipFile('/var/cache/ops/b.zip').extractall('/var/cache/ops/x') (zip members stay inside)",
        tune("dev-py72s-zip-extract-data-nodes", [
            "import zipfile",
            'zipfile.ZipFile("/var/cache/ops/b.zip").extractall("/var/cache/ops/x")',
        ]),
    ),
    dev(
        "tune.py: with ZipFile(p) as z: z.extract('a.json', '/var/lib/ops/x') (from zipfile import ZipFile)",
        tune("dev-py72s-zip-with-extract-nodes", [
            "from zipfile import ZipFile",
            'with ZipFile("/var/cache/ops/b.zip") as z:',
            '    z.extract("a.json", "/var/lib/ops/x")',
        ]),
    ),
    dev(
        "tune.py: shutil.unpack_archive('/var/cache/ops/b.tgz', '/var/cache/ops/x', filter='data')",
        tune("dev-py72s-unpack-filter-data-nodes", [
            "import shutil",
            'shutil.unpack_archive("/var/cache/ops/b.tgz", "/var/cache/ops/x", filter="data")',
        ]),
    ),
    dev(
        "tune.py: tarfile.open('/var/cache/ops/b.tar.xz', 'r:xz') extract(m, '/var/cache/ops/x', filter=tarfile.data_filter)",
        tune("dev-py72s-tar-xz-read-nodes", [
            "import tarfile",
            'with tarfile.open("/var/cache/ops/b.tar.xz", "r:xz") as t:',
            "    for m in t.getmembers():",
            '        t.extract(m, "/var/cache/ops/x", filter=tarfile.data_filter)',
        ]),
    ),
    dev(
        "tune.py: tarfile.open('/var/cache/ops/state.tgz', 'w:gz') archiving a data file into a data file",
        tune("dev-py72s-tar-write-data-nodes", [
            "import tarfile",
            'with tarfile.open("/var/cache/ops/state.tgz", "w:gz") as t:',
            '    t.add("/var/lib/ops/state.json")',
        ]),
    ),
    dev(
        "tune.py: gzip.open('/var/log/ops/runs.gz', 'at') appending to a data file (gzip.open's mode, not Path.open's)",
        tune("dev-py72s-gzip-append-log-nodes", [
            "import gzip",
            'with gzip.open("/var/log/ops/runs.gz", "at") as f:',
            '    f.write("ran\\n")',
        ]),
    ),
    dev(
        "tune.py: tempfile.mkstemp(suffix='.json') in the default /tmp",
        tune("dev-py72s-mkstemp-default-nodes", [
            "import os, tempfile",
            'fd, p = tempfile.mkstemp(suffix=".json")',
            'os.write(fd, b"{}")',
            "os.close(fd)",
        ]),
    ),
    dev(
        "tune.py: dictConfig with a RotatingFileHandler filename '/var/log/ops/ops.log'",
        tune("dev-py72s-dictconfig-varlog-nodes", [
            "import logging, logging.config, os",
            'os.makedirs("/var/log/ops", exist_ok=True)',
            "logging.config.dictConfig({",
            '    "version": 1,',
            '    "handlers": {"f": {"class": "logging.handlers.RotatingFileHandler", "filename": "/var/log/ops/ops.log", "maxBytes": 1048576, "backupCount": 3}},',
            '    "root": {"handlers": ["f"], "level": "INFO"},',
            "})",
            'logging.info("tuned")',
        ]),
    ),
    dev(
        "tune.py: os.symlink('/var/lib/ops/v2', '/var/lib/ops/current') (a data link to data)",
        tune("dev-py72s-symlink-current-nodes", [
            "import os",
            'os.makedirs("/var/lib/ops/v2", exist_ok=True)',
            'os.symlink("/var/lib/ops/v2", "/var/lib/ops/current")',
        ]),
    ),
    dev(
        "tune.py: write /var/lib/ops/state.json.tmp then os.replace it onto /var/lib/ops/state.json",
        tune("dev-py72s-atomic-replace-nodes", [
            "import json, os",
            'with open("/var/lib/ops/state.json.tmp", "w") as f:',
            '    json.dump({"ok": True}, f)',
            'os.replace("/var/lib/ops/state.json.tmp", "/var/lib/ops/state.json")',
        ]),
    ),
    dev(
        "user data: python3 -X utf8 -W ignore::DeprecationWarning /opt/ops/hello.py (a builtin category)",
        devNodeScript("dev-py72s-w-builtin-category-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            'print("hello")',
            "EOF",
            "python3 -X utf8 -W ignore::DeprecationWarning /opt/ops/hello.py",
        ]),
    ),
    dev(
        "user data: PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 python3 -I /opt/ops/hello.py",
        devNodeScript("dev-py72s-env-harmless-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            'print("hello")',
            "EOF",
            "PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 python3 -I /opt/ops/hello.py",
        ]),
    ),
    dev(
        "rpc.py: rpyc exposed_add(self, a, b=1) (a literal default)",
        rpc("dev-py72s-rpyc-default-literal-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_add(self, a, b=1):",
            "        return int(a) + int(b)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
    ),
    // Was a MISS (fixed in round 72): secure refused. Python reference "Assignment expressions" (`(n := int(a))` binds the local n): pure. pythonPureBody's own doc says `:=` binds a local, but the method is refused (the `if (...) > 100:` header or the parenthesized target is not placed). Fix: read `NAME :=` inside expressions as a local binding and judge its value.
    dev(
        "rpc.py: XML-RPC clamp(a) with `if (n := int(a)) > 100: return 100` (a walrus on a local)",
        rpc("dev-py72s-xmlrpc-walrus-pure-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def clamp(a):",
            "    if (n := int(a)) > 100:",
            "        return 100",
            "    return n",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(clamp)",
            "server.serve_forever()",
        ]),
    ),
    // Was a MISS (fixed in round 72): secure refused. Python reference "The match statement" (literal patterns compare with ==, `_` a wildcard): pure. pythonPureBody does not read match/case lines. Fix: a `match EXPR:` line judged as EXPR, `case` lines with literal/wildcard/capture patterns (captures bind locals; value patterns `a.b` are reads; class patterns call isinstance on a name: judge the name).
    dev(
        "rpc.py: XML-RPC calc(op, a, b) with match op: case 'add'/'sub'/_ on literals",
        rpc("dev-py72s-xmlrpc-match-pure-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def calc(op, a, b):",
            "    match op:",
            '        case "add":',
            "            return int(a) + int(b)",
            '        case "sub":',
            "            return int(a) - int(b)",
            "        case _:",
            "            return 0",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(calc)",
            "server.serve_forever()",
        ]),
    ),
    dev(
        "rpc.py: XML-RPC top(values) returns sorted(ints, key=lambda v: -v)[:3]",
        rpc("dev-py72s-xmlrpc-sorted-lambda-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def top(values):",
            "    return sorted([int(v) for v in values], key=lambda v: -v)[:3]",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(top)",
            "server.serve_forever()",
        ]),
    ),
    // Was a MISS (fixed in round 72): secure refused. Python docs "functools.lru_cache" ("Decorator to wrap a function with a memoizing callable"; the wrapper calls the function, its cache_info/cache_clear attributes are not exposed_ names rpyc serves). pythonPureClass's decorator check keeps no functools decorator. Fix: functools.lru_cache(...)/cache/wraps(...) in the kept decorators.
    dev(
        "rpc.py: rpyc exposed_fib under @functools.lru_cache(maxsize=128) (a stdlib cache decorator)",
        rpc("dev-py72s-rpyc-lru-cache-nodes", [
            "import functools",
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    @functools.lru_cache(maxsize=128)",
            "    def exposed_fib(self, n):",
            "        n = int(n)",
            "        return n if n < 2 else self.exposed_fib(n - 1) + self.exposed_fib(n - 2)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
    ),
    // Round 72 neighbours: PYTHONBREAKPOINT=0 (breakpoint() does nothing), PYTHONHOME of the system prefix /usr,
    // PYTHONHOME ignored under -I, literal runpy/importlib of harmless files, a functools.cache'd rpyc method, a
    // match with a guard and a capture.
    dev(
        "user data: PYTHONBREAKPOINT=0 PYTHONHOME=/usr python3 /opt/ops/hello.py",
        devNodeScript("dev-py72s-breakpoint-off-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            'print("hello")',
            "EOF",
            "PYTHONBREAKPOINT=0 PYTHONHOME=/usr nohup python3 /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "user data: PYTHONHOME=/opt/ops/pyhome python3 -I /opt/ops/hello.py (-I ignores every PYTHON* variable)",
        devNodeScript("dev-py72s-pythonhome-isolated-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/hello.py <<'EOF'",
            'print("hello")',
            "EOF",
            "PYTHONHOME=/opt/ops/pyhome nohup python3 -I /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "user data: hello.py runs runpy.run_path('/opt/ops/job.py') and importlib.import_module('job') (job prints)",
        devNodeScript("dev-py72s-runpy-harmless-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/job.py <<'EOF'",
            'print("job")',
            "EOF",
            "cat > /opt/ops/hello.py <<'EOF'",
            "import importlib, runpy",
            'runpy.run_path("/opt/ops/job.py")',
            'importlib.import_module("job")',
            "EOF",
            "nohup python3 /opt/ops/hello.py >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "rpc.py: rpyc exposed_square under @functools.cache",
        rpc("dev-py72s-rpyc-cache-nodes", [
            "import functools",
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    @functools.cache",
            "    def exposed_square(self, n):",
            "        return int(n) * int(n)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
    ),
    dev(
        "rpc.py: XML-RPC sign(a) with match int(a): case 0 / case n if n > 0 / case _",
        rpc("dev-py72s-xmlrpc-match-guard-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def sign(a):",
            "    match int(a):",
            "        case 0:",
            "            return 0",
            "        case n if n > 0:",
            "            return 1",
            "        case _:",
            "            return -1",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(sign)",
            "server.serve_forever()",
        ]),
    ),
];

describeNodeCases(
    "red team 71: node user data, Python programs: writes, interpreter options, RPC purity",
    insecure,
    secure,
);
