// Red-team round 59 on EKS NODE user data (fresh eyes): round 58's JDK-release and Python path rules.
// Probed: JDWP's port-only address with JDKs placed other than by a package manager's `install` (an RPM installed
// with `rpm -ivh` from Corretto's download URL, `yum localinstall`, a Temurin 8 tarball piped into `tar -C /opt`,
// then linked); Python paths (pathlib's `/` with an absolute right operand, Path(a, b) with an absolute b,
// os.path.join across `..`, Path.joinpath for the app's own assets, `**settings` of Tornado's static_path).
// Misses: insecure — a Corretto 8 RPM by `rpm -ivh` and by `yum localinstall` (the Corretto 8 guide's own command)
// beside corretto 17 (JDK 8 unseen: port-only JDWP judged loopback), pathlib `/` and Path(a, b) with an absolute
// segment (posix.join instead of pathlib's restart: /etc/kubernetes served) (4); secure — a Corretto 17 RPM alone
// (release unknown: loopback JDWP refused), Path.joinpath("static") for the app's own assets (2).
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const file = heredocFile;

const LEDGER = "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar";
const JDWP_PORT = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005";
const RUN_JDWP = `nohup java ${JDWP_PORT} ${LEDGER} >/var/log/ledger.log 2>&1 &`;
const RUN_APP = "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 59): Corretto 8 User Guide "Downloads for Amazon Corretto 8" (permanent URLs
    // https://corretto.aws/downloads/latest/amazon-corretto-8-x64-linux-jdk.<ext>) and JDK-8041435 (before JDK 9 a port-only
    // JDWP address is every address): an RPM installed with `rpm -ivh` is a JDK on the node (its alternatives entry may
    // be the `java` PATH finds), but installedJavaReleases reads only dnf/yum/apt/... `install` and placedJavaReleases
    // no rpm, so the oldest JDK seen is 17 and address=5005 is judged loopback.
    dev(
        "rpm -ivh Corretto 8's RPM from corretto.aws beside corretto 17 from dnf, JDWP address=5005 (JDK 8: every address)",
        script("dev-jdwp-port-rpm-corretto8-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "rpm -ivh https://corretto.aws/downloads/latest/amazon-corretto-8-x64-linux-jdk.rpm",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 59): Corretto 8 User Guide "Amazon Corretto 8 Installation Instructions for Linux" (generic-linux-install.html,
    // quoted in corretto/corretto-8#193: `sudo yum localinstall java-1.8.0-amazon-corretto-devel-...rpm`); yum/dnf
    // `localinstall` installs like `install`, but installedJavaReleases matches `\binstall\b` only ("localinstall" has no
    // word boundary before "install"), so the JDK 8 is unseen and port-only JDWP judged loopback beside corretto 17.
    dev(
        "yum localinstall -y java-1.8.0-amazon-corretto-devel-1.8.0_412.b08-1.x86_64.rpm beside corretto 17, JDWP address=5005",
        script("dev-jdwp-port-localinstall-jdk8-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "curl -fsSLO https://corretto.aws/downloads/resources/8.412.08.1/java-1.8.0-amazon-corretto-devel-1.8.0_412.b08-1.x86_64.rpm",
            "yum localinstall -y java-1.8.0-amazon-corretto-devel-1.8.0_412.b08-1.x86_64.rpm",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "Temurin 8 tarball piped into tar -xz -C /opt, linked to /usr/local/bin/java, corretto 17, JDWP address=5005",
        script("dev-jdwp-port-piped-tarball-linked-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "curl -fsSL https://github.com/adoptium/temurin8-binaries/releases/download/jdk8u422-b05/OpenJDK8U-jre_x64_linux_hotspot_8u422b05.tar.gz | tar -xz -C /opt",
            "ln -sf /opt/jdk8u422-b05-jre/bin/java /usr/local/bin/java",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 59): Python docs pathlib, "Pure paths": "If a segment is an absolute path, all previous segments are ignored"
    // (`PurePosixPath('/etc') / '/usr'` is '/usr'; the `/` operator joins the same way): pythonPath joins the operands
    // with posix.join, so `Path(__file__).parent / "/etc/kubernetes"` is read as /opt/ops/etc/kubernetes (harmless)
    // while Flask serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0 as root.
    dev(
        'app.py: Flask(__name__, static_folder=Path(__file__).parent / "/etc/kubernetes") (pathlib: an absolute right operand replaces)',
        script("dev-flask-static-pathlib-absolute-nodes", [
            ...file("/opt/ops/app.py", [
                "from pathlib import Path",
                "from flask import Flask",
                'app = Flask(__name__, static_folder=Path(__file__).parent / "/etc/kubernetes", static_url_path="/k")',
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
        /app\.py|kubernetes|5000|serv/,
    ),
    // Round 59 (pythonAssignments): a name bound again by an augmented assignment, a `for` target or unpacking has no
    // one value (Python reference, "Naming and binding"); read as one, `STATIC` would be /opt/ops/static.
    dev(
        'app.py: STATIC = "/opt/ops/static"; STATIC += "/../../../etc/kubernetes" (an augmented assignment)',
        script("dev-flask-static-augmented-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                'STATIC = "/opt/ops/static"',
                'STATIC += "/../../../etc/kubernetes"',
                'app = Flask(__name__, static_folder=STATIC, static_url_path="/k")',
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
    ),
    dev(
        'app.py: STATIC = "/opt/ops/static"; STATIC, PORT = "/etc/kubernetes", 5000 (unpacking binds it again)',
        script("dev-flask-static-unpacked-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                'STATIC = "/opt/ops/static"',
                'STATIC, PORT = "/etc/kubernetes", 5000',
                'app = Flask(__name__, static_folder=STATIC, static_url_path="/k")',
                'app.run(host="0.0.0.0", port=PORT)',
            ]),
            RUN_APP,
        ]),
    ),
    // Was a MISS (fixed in round 59): the same pathlib rule for PurePath(*pathsegments): pythonPath's `Path(X, Y)` is posix.join(X, Y)
    // (/opt/ops/etc/kubernetes), not pathlib's /etc/kubernetes.
    dev(
        'app.py: Flask(__name__, static_folder=Path("/opt/ops", "/etc/kubernetes")) (pathlib: an absolute segment restarts)',
        script("dev-flask-static-path-args-absolute-nodes", [
            ...file("/opt/ops/app.py", [
                "from pathlib import Path",
                "from flask import Flask",
                'app = Flask(__name__, static_folder=Path("/opt/ops", "/etc/kubernetes"), static_url_path="/k")',
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
        /app\.py|kubernetes|5000|serv/,
    ),
    dev(
        'app.py: static_folder=os.path.join(os.path.dirname(__file__), "..", "..", "etc", "kubernetes") (up to /)',
        script("dev-flask-static-join-dotdot-nodes", [
            ...file("/opt/ops/app.py", [
                "import os",
                "from flask import Flask",
                'app = Flask(__name__, static_folder=os.path.join(os.path.dirname(__file__), "..", "..", "etc", "kubernetes"))',
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
        /app\.py|kubernetes|5000|serv/,
    ),
    dev(
        'files.py: Tornado Application(handlers, **settings), settings = dict(static_path="/etc/kubernetes")',
        script("dev-tornado-settings-dict-call-nodes", [
            ...file("/opt/ops/files.py", [
                "import asyncio",
                "import tornado.web",
                "settings = dict(",
                '    static_path="/etc/kubernetes",',
                ")",
                "async def main():",
                "    tornado.web.Application([], **settings).listen(8888)",
                "    await asyncio.Event().wait()",
                "asyncio.run(main())",
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|kubernetes|8888|serv/,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 59): Corretto 17 User Guide downloads (amazon-corretto-17-x64-linux-jdk.rpm) and JDK-8041435 (JDK 9+: a port-only
    // JDWP address is localhost): the only JDK on the node is 17, named by its URL, but rpm installs are not read, so
    // the release is unknown and loopback JDWP is refused as every address (same root cause as the rpm JDK 8 miss).
    dev(
        "rpm -ivh Corretto 17's RPM from corretto.aws only, JDWP address=5005 (JDK 17: loopback)",
        script("dev-jdwp-port-rpm-corretto17-ok-nodes", [
            "rpm -ivh https://corretto.aws/downloads/latest/amazon-corretto-17-x64-linux-jdk.rpm",
            RUN_JDWP,
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 59): Python docs pathlib, PurePath.joinpath(*pathsegments): "Calling this method is equivalent to combining the
    // path with each of the given pathsegments in turn" (the `/` operator pythonPath reads); the app's own
    // /opt/ops/static is judged "a directory the pack cannot know" on 0.0.0.0 and refused.
    dev(
        'app.py: Flask static_folder=str(Path(__file__).resolve().parent.joinpath("static")) (the app\'s own assets)',
        script("dev-flask-static-joinpath-ok-nodes", [
            ...file("/opt/ops/app.py", [
                "from pathlib import Path",
                "from flask import Flask",
                'app = Flask(__name__, static_folder=str(Path(__file__).resolve().parent.joinpath("static")))',
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
        /./,
    ),
    dev(
        'app.py: Flask static_folder=Path(__file__).parent / "static" (the app\'s own assets)',
        script("dev-flask-static-pathlib-slash-ok-nodes", [
            ...file("/opt/ops/app.py", [
                "from pathlib import Path",
                "from flask import Flask",
                'app = Flask(__name__, static_folder=Path(__file__).parent / "static")',
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
    ),
    dev(
        'files.py: Tornado Application(handlers, **settings), settings = {"static_path": os.path.join(BASE, "static")}',
        script("dev-tornado-settings-static-ok-nodes", [
            ...file("/opt/ops/files.py", [
                "import asyncio, os",
                "import tornado.web",
                "BASE = os.path.dirname(os.path.abspath(__file__))",
                "settings = {",
                '    "static_path": os.path.join(BASE, "static"),',
                '    "debug": False,',
                "}",
                "async def main():",
                "    tornado.web.Application([], **settings).listen(8888)",
                "    await asyncio.Event().wait()",
                "asyncio.run(main())",
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
    ),
];

describeNodeCases("red team 59: node user data, JDK releases and Python paths", insecure, secure);
