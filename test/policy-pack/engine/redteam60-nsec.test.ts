// Red-team round 60 on EKS NODE user data (fresh eyes): round 59's Python path and JDK release rules.
// Probed: computed Flask static_folder paths both ways — os.path.normpath, os.sep.join, str `+`, `%` and str.format,
// f-strings with `..`, `"/etc" / Path(...)` (__rtruediv__), Path.home(), expanduser, os.environ.get with a default,
// os.getcwd(), relative abspath, with_name, .parents[N] (also -1), .parent chains, tuple/annotated/reassigned names, a
// name rebound in a one-line `if`/`try` suite, a function parameter's default on its own line; JDK releases for port-only
// JDWP — an RPM saved under another name, quoted package names and globs, dpkg -i, an RPM in a shell variable, a tarball
// under /usr/lib/jvm/temurin by alternatives, SDKMAN, and secure Corretto/Temurin 17/21 by rpm -U, localinstall,
// JAVA_HOME, alternatives --set and the Temurin Dockerfile's steps.
// Misses (all fixed in round 60 but os.environ.get with a default, DECIDED refused): insecure — a name rebound in a one-line `try:` suite and a
// parameter default on its own line read as the path served (/etc/kubernetes served on 0.0.0.0); a JDK 8 unseen beside
// corretto 17 (port-only JDWP judged loopback) when its RPM is saved as java.rpm, its package name quoted, its glob quoted,
// it comes by dpkg -i, or its RPM is in a shell variable (7); secure — the app's own /opt/ops/static refused when computed
// by `+`, `%`, str.format, os.getcwd(), relative abspath, with_name, os.sep.join, os.environ.get's default, a name rebound
// from itself, and Temurin 17 installed as its Dockerfile does (release unknown: loopback JDWP refused) (10).
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const file = heredocFile;

const LEDGER = "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar";
const JDWP_PORT = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005";
const RUN_JDWP = `nohup java ${JDWP_PORT} ${LEDGER} >/var/log/ledger.log 2>&1 &`;
const RUN_APP = "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &";
const SERVED = /app\.py|kubernetes|5000|serv/;

/** /opt/ops/app.py: Flask with `static_folder=EXPR` on 0.0.0.0, after `lines` (imports and names). */
const flaskApp = (name: string, lines: string[], expr: string, run = RUN_APP) =>
    script(name, [
        ...file("/opt/ops/app.py", [
            "import os, sys",
            "from pathlib import Path",
            "from flask import Flask",
            ...lines,
            `app = Flask(__name__, static_folder=${expr}, static_url_path="/s")`,
            'app.run(host="0.0.0.0", port=5000)',
        ]),
        run,
    ]);

const insecure: NodeCase[] = [
    dev(
        'app.py: static_folder=os.path.normpath(os.path.join(BASE, "../../etc/kubernetes"))',
        flaskApp(
            "dev-flask-normpath-dotdot-nodes",
            ["BASE = os.path.dirname(os.path.abspath(__file__))"],
            'os.path.normpath(os.path.join(BASE, "../../etc/kubernetes"))',
        ),
        SERVED,
    ),
    dev(
        'app.py: static_folder=os.environ.get("STATIC_DIR", "/etc/kubernetes") (the default served)',
        flaskApp("dev-flask-environ-default-nodes", [], 'os.environ.get("STATIC_DIR", "/etc/kubernetes")'),
        SERVED,
    ),
    dev(
        'app.py: static_folder=Path.home() / ".kube" (root\'s home: /root/.kube)',
        flaskApp("dev-flask-home-kube-nodes", [], 'Path.home() / ".kube"'),
        SERVED,
    ),
    dev(
        'app.py: static_folder=os.path.expanduser("~/.aws") (root\'s AWS credentials)',
        flaskApp("dev-flask-expanduser-aws-nodes", [], 'os.path.expanduser("~/.aws")'),
        SERVED,
    ),
    dev(
        'app.py: static_folder=os.sep.join(["", "etc", "kubernetes"])',
        flaskApp("dev-flask-sep-join-nodes", [], 'os.sep.join(["", "etc", "kubernetes"])'),
        SERVED,
    ),
    dev(
        'app.py: static_folder="/etc" / Path("kubernetes") (str / Path: __rtruediv__)',
        flaskApp("dev-flask-rtruediv-nodes", [], '"/etc" / Path("kubernetes")'),
        SERVED,
    ),
    dev(
        'app.py: static_folder=f"{BASE}/../../etc/kubernetes"',
        flaskApp(
            "dev-flask-fstring-dotdot-nodes",
            ["BASE = os.path.dirname(os.path.abspath(__file__))"],
            'f"{BASE}/../../etc/kubernetes"',
        ),
        SERVED,
    ),
    dev(
        'app.py: static_folder="%s/../../etc/kubernetes" % BASE',
        flaskApp(
            "dev-flask-percent-dotdot-nodes",
            ["BASE = os.path.dirname(os.path.abspath(__file__))"],
            '"%s/../../etc/kubernetes" % BASE',
        ),
        SERVED,
    ),
    dev(
        'app.py: static_folder=BASE + "/../../etc/kubernetes" (str concatenation)',
        flaskApp(
            "dev-flask-concat-dotdot-nodes",
            ["BASE = os.path.dirname(os.path.abspath(__file__))"],
            'BASE + "/../../etc/kubernetes"',
        ),
        SERVED,
    ),
    dev(
        "app.py: static_folder=Path(__file__).resolve().parents[2] (the root directory)",
        flaskApp("dev-flask-parents-root-nodes", [], "Path(__file__).resolve().parents[2]"),
        SERVED,
    ),
    dev(
        "app.py: static_folder=Path(__file__).resolve().parents[-1] (Python 3.10: the last ancestor, /)",
        flaskApp("dev-flask-parents-negative-nodes", [], "Path(__file__).resolve().parents[-1]"),
        SERVED,
    ),
    dev(
        'app.py: STATIC: str = "/opt/ops/static", then `if len(sys.argv) > 1: STATIC = sys.argv[1]`, run with /etc/kubernetes',
        flaskApp(
            "dev-flask-oneline-if-reassign-nodes",
            ['STATIC: str = "/opt/ops/static"', "if len(sys.argv) > 1: STATIC = sys.argv[1]"],
            "STATIC",
            "cd /opt/ops && nohup python3 app.py /etc/kubernetes >/dev/null 2>&1 &",
        ),
        /serv/,
    ),
    // Was a MISS (fixed in round 60): Python reference "Compound statements": "A suite can be one or more semicolon-separated simple
    // statements on the same line as the header, following the header's colon" (`try: STATIC = os.environ[...]`): pythonPath's
    // assignment pattern anchors a name at a line's start or after `;`, so the rebinding after `try:` is unseen, STATIC is
    // read as the one "/opt/ops/static" and Flask serves STATIC_DIR=/etc/kubernetes (the kubelet's credentials) on 0.0.0.0 as root.
    dev(
        'app.py: STATIC = "/opt/ops/static"; `try: STATIC = os.environ["STATIC_DIR"]` one-line suite; STATIC_DIR=/etc/kubernetes',
        flaskApp(
            "dev-flask-oneline-try-reassign-nodes",
            ['STATIC = "/opt/ops/static"', 'try: STATIC = os.environ["STATIC_DIR"]', "except KeyError: pass"],
            "STATIC",
            "cd /opt/ops && STATIC_DIR=/etc/kubernetes nohup python3 app.py >/dev/null 2>&1 &",
        ),
        /serv/,
    ),
    // Was a MISS (fixed in round 60): Python reference "Function definitions": a parameter's default is used only "if the parameter is
    // omitted from the call"; pythonPath reads the default on its own line (`    static_dir="/opt/ops/static"`) as a module
    // assignment, the only one of the name, while the call `create_app(static_dir="/etc/kubernetes")` makes Flask serve
    // /etc/kubernetes on 0.0.0.0 as root (a parameter is no module name: a directory the pack cannot know, fail closed).
    dev(
        'app.py: def create_app(\\n    static_dir="/opt/ops/static"\\n): ..., create_app(static_dir="/etc/kubernetes")',
        script("dev-flask-param-default-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "def create_app(",
                '    static_dir="/opt/ops/static"',
                "):",
                '    return Flask(__name__, static_folder=static_dir, static_url_path="/s")',
                'create_app(static_dir="/etc/kubernetes").run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
        SERVED,
    ),
    // DECIDED (round 60): moved from the secure list: refused. Python "os.environ" is "A mapping object ... captured the first
    // time the os module is imported" from the process's environment, and Mapping.get returns the default only when
    // STATIC_DIR is absent there. The pack does not know that environment for any variable name: its ScriptView follows
    // only the variables its readers name (VIEWED_VARIABLES), and STATIC_DIR may come from what it does not read (an
    // EnvironmentFile= or /etc/environment of the image, `set -a; . FILE`, `export "$N=..."`, the program itself via
    // os.environ[...] = / putenv). A directory the pack cannot know: refused, as the insecure default case is.
    dev(
        'app.py: static_folder=os.environ.get("STATIC_DIR", os.path.join(BASE_DIR, "static")), STATIC_DIR never set',
        flaskApp(
            "dev-flask-environ-default-static-ok-nodes",
            ["BASE_DIR = os.path.dirname(os.path.abspath(__file__))"],
            'os.environ.get("STATIC_DIR", os.path.join(BASE_DIR, "static"))',
        ),
        SERVED,
    ),
    // Neighbours of round 60's Python fixes (refused).
    dev(
        'app.py: static_folder="{}/../../etc/kubernetes".format(BASE_DIR)',
        flaskApp(
            "dev-flask-format-dotdot-nodes",
            ["BASE_DIR = os.path.dirname(os.path.abspath(__file__))"],
            '"{}/../../etc/kubernetes".format(BASE_DIR)',
        ),
        SERVED,
    ),
    dev(
        'app.py: static_folder=os.path.join(os.getcwd(), "..", "..", "etc", "kubernetes") run in /opt/ops',
        flaskApp("dev-flask-getcwd-dotdot-nodes", [], 'os.path.join(os.getcwd(), "..", "..", "etc", "kubernetes")'),
        SERVED,
    ),
    dev(
        'app.py: static_folder=os.path.abspath("../../etc/kubernetes") run in /opt/ops',
        flaskApp("dev-flask-abspath-dotdot-nodes", [], 'os.path.abspath("../../etc/kubernetes")'),
        SERVED,
    ),
    dev(
        'app.py: STATIC = "/etc"; STATIC = os.path.join(STATIC, "kubernetes") (rebound from itself)',
        flaskApp(
            "dev-flask-reassign-self-etc-nodes",
            ['STATIC = "/etc"', 'STATIC = os.path.join(STATIC, "kubernetes")'],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: STATIC = "/opt/ops/static"; `if os.path.isdir("/etc/kubernetes"): STATIC = "/etc/kubernetes"`',
        flaskApp(
            "dev-flask-oneline-if-literal-nodes",
            ['STATIC = "/opt/ops/static"', 'if os.path.isdir("/etc/kubernetes"): STATIC = "/etc/kubernetes"'],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: STATIC = "/opt/ops/static"; `else: STATIC = "/etc/kubernetes"` after a one-line if',
        flaskApp(
            "dev-flask-oneline-else-nodes",
            [
                'STATIC = "/opt/ops/static"',
                'if os.path.isdir("/opt/ops/static"): pass',
                'else: STATIC = "/etc/kubernetes"',
            ],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: def create_app(static_dir="/opt/ops/static") on one line, create_app(static_dir="/etc/kubernetes")',
        script("dev-flask-param-default-oneline-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                'STATIC_DIR = "/opt/ops/static"',
                'def create_app(STATIC_DIR="/opt/ops/static"):',
                '    return Flask(__name__, static_folder=STATIC_DIR, static_url_path="/s")',
                'create_app(STATIC_DIR="/etc/kubernetes").run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
        SERVED,
    ),
    dev(
        'app.py: STATIC, PORT = "/etc/kubernetes", 5000 (tuple assignment)',
        flaskApp("dev-flask-tuple-assign-nodes", ['STATIC, PORT = "/etc/kubernetes", 5000'], "STATIC"),
        SERVED,
    ),
    dev(
        'app.py: STATIC = "/opt/ops/static" then STATIC = "/etc/kubernetes" (reassigned)',
        flaskApp("dev-flask-reassigned-nodes", ['STATIC = "/opt/ops/static"', 'STATIC = "/etc/kubernetes"'], "STATIC"),
        SERVED,
    ),
    dev(
        'app.py: static_folder=Path("/opt/ops").parent.parent / "etc" / "kubernetes"',
        flaskApp("dev-flask-parent-chain-nodes", [], 'Path("/opt/ops").parent.parent / "etc" / "kubernetes"'),
        SERVED,
    ),
    // JDK releases
    // Was a MISS (fixed in round 60): rpm(8) "rpm {-U|--upgrade} [install-options] PACKAGE_FILE ...": rpm installs what the file's header
    // says, whatever the file is named; Corretto 8's permanent URL (Corretto 8 User Guide, Downloads) saved as /tmp/java.rpm
    // is JDK 8, but installedJavaReleases judges the file by its name ("java.rpm" matches no JDK_PACKAGE), so only corretto 17
    // is seen and port-only JDWP (every address before JDK 9, JDK-8041435) is judged loopback.
    dev(
        "curl -o /tmp/java.rpm Corretto 8's RPM, rpm -Uvh /tmp/java.rpm beside corretto 17, JDWP address=5005",
        script("dev-jdwp-port-rpm-renamed-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "curl -fsSL -o /tmp/java.rpm https://corretto.aws/downloads/latest/amazon-corretto-8-x64-linux-jdk.rpm",
            "rpm -Uvh /tmp/java.rpm",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 60): bash(1) "Quote Removal": dnf receives java-1.8.0-amazon-corretto-devel without the quotes, but
    // installedJavaReleases tests the quoted word against JDK_PACKAGE (`^(java-|...)` fails at `"`), so the JDK 8 is unseen
    // and port-only JDWP is judged loopback beside corretto 17 (JDK-8041435: JDK 8 listens on every address).
    dev(
        'dnf install -y "java-1.8.0-amazon-corretto-devel" (quoted) beside corretto 17, JDWP address=5005',
        script("dev-jdwp-port-quoted-package-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            'dnf install -y "java-1.8.0-amazon-corretto-devel"',
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 60): yum(8) package specs may be globs, which must be quoted from the shell (bash(1) "Quote Removal",
    // "Pathname Expansion"); `'java-1.8.0-openjdk*'` installs OpenJDK 8 but the quoted word fails JDK_PACKAGE, so only
    // corretto 17 is seen and port-only JDWP is judged loopback (JDK-8041435).
    dev(
        "yum install -y 'java-1.8.0-openjdk*' (quoted glob) beside corretto 17, JDWP address=5005",
        script("dev-jdwp-port-quoted-glob-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "yum install -y 'java-1.8.0-openjdk*'",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 60): dpkg(1) "-i, --install package-file" installs a .deb (Azul's Zulu 8 .deb; EKS also runs Canonical's
    // Ubuntu EKS AMIs, EKS User Guide "Amazon EKS optimized Ubuntu Linux AMIs"); installedJavaReleases reads apt/dnf/... and
    // rpm but not dpkg, so only openjdk-17 is seen and port-only JDWP is judged loopback (JDK-8041435: every address on 8).
    dev(
        "dpkg -i zulu8 .deb beside apt openjdk-17, JDWP address=5005",
        script("dev-jdwp-port-dpkg-zulu8-nodes", [
            "apt-get install -y openjdk-17-jre-headless",
            "curl -fsSLO https://cdn.azul.com/zulu/bin/zulu8.80.0.17-ca-jdk8.0.422-linux_amd64.deb",
            "dpkg -i zulu8.80.0.17-ca-jdk8.0.422-linux_amd64.deb",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 60): bash(1) "Parameter Expansion": `rpm -ivh "$RPM"` installs the Corretto 8 RPM RPM names, but
    // installedJavaReleases reads the literal word `"$RPM"` (no JDK name) instead of the value user data assigned, so only
    // corretto 17 is seen and port-only JDWP is judged loopback (JDK-8041435); an unknown package should be fail closed.
    dev(
        'JDK8 RPM path in a variable: RPM=...amazon-corretto-8...rpm; rpm -ivh "$RPM", corretto 17, JDWP address=5005',
        script("dev-jdwp-port-rpm-variable-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "RPM=https://corretto.aws/downloads/latest/amazon-corretto-8-x64-linux-jdk.rpm",
            'rpm -ivh "$RPM"',
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "Temurin 8 tarball to /tmp, mv to /usr/lib/jvm/temurin, alternatives --install java, corretto 17, JDWP 5005",
        script("dev-jdwp-port-mv-alternatives-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "curl -fsSL -o /tmp/t.tgz https://github.com/adoptium/temurin8-binaries/releases/download/jdk8u422-b05/OpenJDK8U-jre_x64_linux_hotspot_8u422b05.tar.gz",
            "mkdir -p /usr/lib/jvm/temurin && tar -xzf /tmp/t.tgz -C /usr/lib/jvm/temurin --strip-components=1",
            "alternatives --install /usr/bin/java java /usr/lib/jvm/temurin/bin/java 100000",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "sdkman: sdk install java 8.0.422-amzn beside corretto 17, JDWP address=5005 via $HOME/.sdkman/.../current/bin/java",
        script("dev-jdwp-port-sdkman-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            'curl -s "https://get.sdkman.io" | bash',
            'source "$HOME/.sdkman/bin/sdkman-init.sh"',
            "sdk install java 8.0.422-amzn",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    // Neighbours of the round 60 JDK release fixes (installedJavaReleases, placedJavaReleases): what the pack cannot
    // tell is an unknown release, and port-only JDWP is every address then (JDK-8041435).
    dev(
        "Temurin 8 by the Temurin Dockerfile's steps (curl -o /tmp/openjdk.tar.gz <temurin8 URL>, tar --directory), JDWP 5005",
        script("dev-jdwp-port-temurin8-dockerfile-nodes", [
            "curl -fsSL -o /tmp/openjdk.tar.gz https://github.com/adoptium/temurin8-binaries/releases/download/jdk8u422-b05/OpenJDK8U-jre_x64_linux_hotspot_8u422b05.tar.gz",
            "mkdir -p /opt/java/openjdk",
            "tar --extract --file /tmp/openjdk.tar.gz --directory /opt/java/openjdk --strip-components 1",
            "export PATH=/opt/java/openjdk/bin:$PATH",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "rpm -ivh /tmp/runtime.rpm (not downloaded by user data, its name no JDK) beside corretto 17, JDWP 5005",
        script("dev-jdwp-port-rpm-unknown-file-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "aws s3 cp s3://ops-artifacts/runtime.rpm /tmp/runtime.rpm",
            "rpm -ivh /tmp/runtime.rpm",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        'dnf install -y "$JDK_PACKAGE" (a variable user data never sets) beside corretto 17, JDWP 5005',
        script("dev-jdwp-port-unset-variable-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            'dnf install -y "$JDK_PACKAGE"',
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "yum install -y 'java-*-openjdk' (a glob over every release) beside corretto 17, JDWP 5005",
        script("dev-jdwp-port-glob-any-release-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "yum install -y 'java-*-openjdk'",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "apt-get install -y ./zulu8 .deb (a local package file) beside openjdk-17, JDWP 5005",
        script("dev-jdwp-port-apt-local-deb-nodes", [
            "apt-get install -y openjdk-17-jre-headless",
            "curl -fsSL -o zulu.deb https://cdn.azul.com/zulu/bin/zulu8.80.0.17-ca-jdk8.0.422-linux_amd64.deb",
            "apt-get install -y ./zulu.deb",
            RUN_JDWP,
        ]),
        /jdwp|5005/,
    ),
];

const secure: NodeCase[] = [
    // DECIDED (round 61): the Adoptium API names the release in its path (api.adoptium.net api-v3 BinaryResource:
    // `/v3/binary/latest/{feature_version}/{release_type}/{os}/{arch}/{image_type}/...`, "Redirects to the binary
    // that matches your current query"), so this is a Temurin 17 JRE: a port-only JDWP address is loopback (JDK 9+,
    // JDK-8041435). Its JDK 8 neighbours (latest/8/, version/jdk8u...) are refused in redteam61-secure.
    dev(
        "Temurin 17 JRE by the Adoptium API's redirect URL (release 17 in its path) to /opt/java/openjdk, JDWP 5005",
        script("dev-jdwp-port-adoptium-api-nodes", [
            "curl -fsSL -o /tmp/openjdk.tar.gz https://api.adoptium.net/v3/binary/latest/17/ga/linux/x64/jre/hotspot/normal/eclipse",
            "mkdir -p /opt/java/openjdk",
            "tar --extract --file /tmp/openjdk.tar.gz --directory /opt/java/openjdk --strip-components 1",
            "export PATH=/opt/java/openjdk/bin:$PATH",
            RUN_JDWP,
        ]),
    ),
    // Was a MISS (fixed in round 60): (secure refused) Python "Common string operations"/sequence `+` concatenates: BASE_DIR + "/static" is
    // /opt/ops/static (the app's own assets), but pythonPath reads no `+`: "a directory the pack cannot know", refused.
    dev(
        'app.py: static_folder=BASE_DIR + "/static" (str concatenation, the app\'s own assets)',
        flaskApp(
            "dev-flask-concat-static-ok-nodes",
            ["BASE_DIR = os.path.dirname(os.path.abspath(__file__))"],
            'BASE_DIR + "/static"',
        ),
        /./,
    ),
    // Was a MISS (fixed in round 60): (secure refused) Python "printf-style String Formatting": "%s/static" % BASE_DIR is /opt/ops/static,
    // but pythonPath reads no `%` formatting: "a directory the pack cannot know", refused.
    dev(
        'app.py: static_folder="%s/static" % BASE_DIR',
        flaskApp(
            "dev-flask-percent-static-ok-nodes",
            ["BASE_DIR = os.path.dirname(os.path.abspath(__file__))"],
            '"%s/static" % BASE_DIR',
        ),
        /./,
    ),
    // Was a MISS (fixed in round 60): (secure refused) Python str.format ("Format String Syntax"): "{}/static".format(BASE_DIR) is
    // /opt/ops/static, but pythonPath reads no str.format: "a directory the pack cannot know", refused.
    dev(
        'app.py: static_folder="{}/static".format(BASE_DIR)',
        flaskApp(
            "dev-flask-format-static-ok-nodes",
            ["BASE_DIR = os.path.dirname(os.path.abspath(__file__))"],
            '"{}/static".format(BASE_DIR)',
        ),
        /./,
    ),
    // Was a MISS (fixed in round 60): (secure refused) Python os.getcwd: "Return a string representing the current working directory"
    // (/opt/ops: user data's `cd /opt/ops`, which the pack knows for `-m http.server`), so the path is /opt/ops/static; pythonPath
    // reads no os.getcwd(): refused.
    dev(
        'app.py: static_folder=os.path.join(os.getcwd(), "static") run in /opt/ops',
        flaskApp("dev-flask-getcwd-static-ok-nodes", [], 'os.path.join(os.getcwd(), "static")'),
        /./,
    ),
    // Was a MISS (fixed in round 60): (secure refused) Python os.path.abspath: "equivalent to calling normpath(join(os.getcwd(), path))";
    // with the known working directory /opt/ops, abspath("static") is /opt/ops/static, but pythonPath returns undefined for a
    // relative abspath argument (a relative path it keeps relative elsewhere): refused.
    dev(
        'app.py: static_folder=os.path.abspath("static") run in /opt/ops',
        flaskApp("dev-flask-abspath-relative-ok-nodes", [], 'os.path.abspath("static")'),
        /./,
    ),
    dev(
        'app.py: static_folder=os.path.normpath(os.path.join(BASE_DIR, "static"))',
        flaskApp(
            "dev-flask-normpath-static-ok-nodes",
            ["BASE_DIR = os.path.dirname(os.path.abspath(__file__))"],
            'os.path.normpath(os.path.join(BASE_DIR, "static"))',
        ),
    ),
    // Was a MISS (fixed in round 60): (secure refused) Python pathlib PurePath.with_name: "Return a new path with the name changed"
    // (/opt/ops/app.py -> /opt/ops/static), not read by pythonPath: refused.
    dev(
        'app.py: static_folder=Path(__file__).with_name("static")',
        flaskApp("dev-flask-with-name-static-ok-nodes", [], 'Path(__file__).with_name("static")'),
        /./,
    ),
    dev(
        'app.py: static_folder=f"{BASE_DIR}/static" with BASE_DIR: Path = Path(__file__).resolve().parent',
        flaskApp(
            "dev-flask-fstring-annotated-ok-nodes",
            ["BASE_DIR: Path = Path(__file__).resolve().parent"],
            'f"{BASE_DIR}/static"',
        ),
    ),
    dev(
        'app.py: static_folder=Path(__file__).resolve().parents[0] / "static"',
        flaskApp("dev-flask-parents0-static-ok-nodes", [], 'Path(__file__).resolve().parents[0] / "static"'),
    ),
    // Was a MISS (fixed in round 60): (secure refused) Python os.sep: "The character used by the operating system to separate pathname
    // components" ("/" on Linux): os.sep.join([BASE_DIR, "static"]) is /opt/ops/static, not read by pythonPath: refused.
    dev(
        'app.py: static_folder=os.sep.join([BASE_DIR, "static"])',
        flaskApp(
            "dev-flask-sep-join-static-ok-nodes",
            ["BASE_DIR = os.path.dirname(os.path.abspath(__file__))"],
            'os.sep.join([BASE_DIR, "static"])',
        ),
        /./,
    ),
    // Was a MISS (fixed in round 60): (secure refused) Python reference "Assignment statements": STATIC is rebound in order, "static" then
    // os.path.join(BASE_DIR, "static") = /opt/ops/static; pythonPath takes two different assignments as unknown: refused.
    dev(
        'app.py: STATIC = "static"; STATIC = os.path.join(BASE_DIR, STATIC) (reassigned from itself)',
        flaskApp(
            "dev-flask-reassign-self-ok-nodes",
            [
                "BASE_DIR = os.path.dirname(os.path.abspath(__file__))",
                'STATIC = "static"',
                "STATIC = os.path.join(BASE_DIR, STATIC)",
            ],
            "STATIC",
        ),
        /./,
    ),
    // Neighbours of round 60's Python fixes (accepted).
    dev(
        'app.py: `if os.path.isdir(X): STATIC = os.path.join(BASE_DIR, "static")` / `else: STATIC = os.path.join(BASE_DIR, "public")`',
        flaskApp(
            "dev-flask-oneline-if-else-ok-nodes",
            [
                "BASE_DIR = os.path.dirname(os.path.abspath(__file__))",
                'if os.path.isdir(os.path.join(BASE_DIR, "static")): STATIC = os.path.join(BASE_DIR, "static")',
                'else: STATIC = os.path.join(BASE_DIR, "public")',
            ],
            "STATIC",
        ),
    ),
    dev(
        'app.py: static_folder="%s/%s" % (BASE_DIR, "static") (a tuple of values)',
        flaskApp(
            "dev-flask-percent-tuple-ok-nodes",
            ["BASE_DIR = os.path.dirname(os.path.abspath(__file__))"],
            '"%s/%s" % (BASE_DIR, "static")',
        ),
    ),
    dev(
        'app.py: static_folder="{base}/static".format(base=BASE_DIR)',
        flaskApp(
            "dev-flask-format-keyword-ok-nodes",
            ["BASE_DIR = os.path.dirname(os.path.abspath(__file__))"],
            '"{base}/static".format(base=BASE_DIR)',
        ),
    ),
    dev(
        'app.py: static_folder=Path(os.getcwd()) / "static" run in /opt/ops',
        flaskApp("dev-flask-path-getcwd-ok-nodes", [], 'Path(os.getcwd()) / "static"'),
    ),
    // JDK releases
    // Was a MISS (fixed in round 60): (secure refused) adoptium/containers' Temurin Dockerfiles (`curl -LfsSo /tmp/openjdk.tar.gz
    // ${BINARY_URL}`, `tar --extract --file /tmp/openjdk.tar.gz --directory "$JAVA_HOME" --strip-components 1`, JAVA_HOME
    // /opt/java/openjdk): the only JDK is the temurin17-binaries release, so port-only JDWP is loopback (JDK-8041435), but
    // placedJavaReleases reads the release from the tar directory or archive name only (neither names it): refused.
    dev(
        "Temurin 17 by the Temurin Dockerfile's steps (curl -o /tmp/openjdk.tar.gz, tar --directory /opt/java/openjdk), PATH, JDWP 5005",
        script("dev-jdwp-port-temurin17-dockerfile-ok-nodes", [
            "curl -fsSL -o /tmp/openjdk.tar.gz https://github.com/adoptium/temurin17-binaries/releases/download/jdk-17.0.12%2B7/OpenJDK17U-jre_x64_linux_hotspot_17.0.12_7.tar.gz",
            "mkdir -p /opt/java/openjdk",
            "tar --extract --file /tmp/openjdk.tar.gz --directory /opt/java/openjdk --strip-components 1",
            "export PATH=/opt/java/openjdk/bin:$PATH",
            RUN_JDWP,
        ]),
        /./,
    ),
    dev(
        "rpm -Uvh Corretto 17's RPM URL only, JDWP address=5005",
        script("dev-jdwp-port-rpm-u-corretto17-ok-nodes", [
            "rpm -Uvh https://corretto.aws/downloads/latest/amazon-corretto-17-x64-linux-jdk.rpm",
            RUN_JDWP,
        ]),
    ),
    dev(
        "yum localinstall Corretto 21 RPM, JAVA_HOME=/usr/lib/jvm/java-21-amazon-corretto, JDWP 5005",
        script("dev-jdwp-port-localinstall-corretto21-ok-nodes", [
            "curl -fsSLO https://corretto.aws/downloads/latest/amazon-corretto-21-x64-linux-jdk.rpm",
            "yum localinstall -y amazon-corretto-21-x64-linux-jdk.rpm",
            "export JAVA_HOME=/usr/lib/jvm/java-21-amazon-corretto",
            RUN_JDWP,
        ]),
    ),
    dev(
        "dnf install -y java-21-amazon-corretto-headless, alternatives --set java to corretto 21, JDWP 5005",
        script("dev-jdwp-port-alternatives-set-ok-nodes", [
            "dnf install -y java-21-amazon-corretto-headless",
            "alternatives --set java /usr/lib/jvm/java-21-amazon-corretto/bin/java",
            RUN_JDWP,
        ]),
    ),
    dev(
        "Temurin 21 tarball named by its release to /opt/jdk-21.0.4+7, linked /usr/local/bin/java, JDWP 5005",
        script("dev-jdwp-port-temurin21-tar-ok-nodes", [
            "curl -fsSL https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.4%2B7/OpenJDK21U-jre_x64_linux_hotspot_21.0.4_7.tar.gz | tar -xz -C /opt",
            "ln -sf /opt/jdk-21.0.4+7-jre/bin/java /usr/local/bin/java",
            RUN_JDWP,
        ]),
        /./,
    ),
    // Secure neighbours of the round 60 JDK release fixes: each JDK's release read as the fixes read it.
    dev(
        "curl -o /tmp/java.rpm Corretto 17's RPM, rpm -Uvh /tmp/java.rpm (the release of what was downloaded), JDWP 5005",
        script("dev-jdwp-port-rpm-renamed-17-ok-nodes", [
            "curl -fsSL -o /tmp/java.rpm https://corretto.aws/downloads/latest/amazon-corretto-17-x64-linux-jdk.rpm",
            "rpm -Uvh /tmp/java.rpm",
            RUN_JDWP,
        ]),
    ),
    dev(
        'RPM=...amazon-corretto-21...rpm; rpm -ivh "$RPM" (the variable expanded), JDWP 5005',
        script("dev-jdwp-port-rpm-variable-21-ok-nodes", [
            "RPM=https://corretto.aws/downloads/latest/amazon-corretto-21-x64-linux-jdk.rpm",
            'rpm -ivh "$RPM"',
            RUN_JDWP,
        ]),
    ),
    dev(
        "dnf install -y 'java-17-amazon-corretto*' (a quoted glob of one release), JDWP 5005",
        script("dev-jdwp-port-quoted-glob-17-ok-nodes", ["dnf install -y 'java-17-amazon-corretto*'", RUN_JDWP]),
    ),
    dev(
        "dpkg -i a Zulu 17 .deb, JDWP 5005",
        script("dev-jdwp-port-dpkg-zulu17-ok-nodes", [
            "curl -fsSLO https://cdn.azul.com/zulu/bin/zulu17.52.17-ca-jdk17.0.12-linux_amd64.deb",
            "dpkg -i zulu17.52.17-ca-jdk17.0.12-linux_amd64.deb",
            RUN_JDWP,
        ]),
    ),
];

describeNodeCases("red team 60: node user data, computed Python paths and JDK releases", insecure, secure);
