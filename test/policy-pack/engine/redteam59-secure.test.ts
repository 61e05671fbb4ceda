// Red-team round 59 on false positives across the committed stacks (fresh eyes), aimed at rounds 57/58's tightened
// rules. Probed: SECURE variants a careful platform team writes, each with an insecure neighbour that must stay refused.
// JVMs (placedJavaReleases, the JDK-release rule): a Temurin tarball unpacked into /opt and put first on PATH, a Corretto
// tarball run by path, `ln -sf` of JDK 17's java into /usr/local/bin, `alternatives --set java` JDK 17, JDK 17 by path
// beside an installed JDK 8, a `dnf ... && \` continued install, cloud-config `packages: [...]` (flow sequence), each
// with a port-only JDWP address. Neighbours (refused): a JDK 8 tarball first on PATH, `ln -sf` of JDK 8's java.
// Python computed paths (pythonPath): Path(__file__).resolve().parent / "static", .parent.joinpath(), .parents[0],
// f"{BASE_DIR}/static", os.path.realpath, names chained (STATIC_DIR from BASE_DIR), an annotated assignment
// (`BASE_DIR: Path = ...`), a Flask(...) call over several lines, strings holding parentheses, send_from_directory
// under BASE_DIR, Tornado abspath(dirname(__file__)) and `settings = dict(static_path=...)`. Neighbours (refused):
// .resolve().parents[2], f"{os.sep}", a chained name joined up to /, send_from_directory("/"), str(Path.parent x3).
// Relays (round 57): socat on 127.0.0.1 to a database host, ssh -L on loopback, socat on every address to another
// host's web server; neighbour socat bind=0.0.0.0 to instance metadata (refused).
// The caller's instance (round 58 archiverUse): jar tf / jar xf in /srv, unrar l/t and x to /srv, unar -o /srv (with and
// without -f), lsar, cabextract -l/-d, lha l / xw=, uudecode -o /srv, bsdunzip -l / -d. Neighbours (refused): jar xf,
// unar and uudecode (header's name) from /root.
// Identities of no workload (sts): GetCallerIdentity twice (Sid), GetAccessKeyInfo, DecodeAuthorizationMessage;
// neighbours sts:Get* and GetFederationToken (refused).
// Misses (0 insecure, 7 secure; all fixed in round 59 but sts:DecodeAuthorizationMessage, DECIDED refused): Python static directories computed by Path.joinpath(), Path.parents[0], an f-string
// of a known name, and a name bound by an annotated assignment are refused as directories the pack cannot know; lsar
// (list only) run from /root is refused as an unread write into root's Jupyter configuration; sts:GetAccessKeyInfo and
// sts:DecodeAuthorizationMessage (information only, no credentials) are refused as identities of no workload.
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { heredocFile } from "./nodeBuilders";
import { JAR, JDWP, JDWP5005, RUN_FILES, RUN_JDWP, RUN_OPS, SERVED, secureCaseBuilders } from "./secureCaseBuilders";

const file = heredocFile;
const { node, nodeCC, tornadoHandler, flask, callerCase } = secureCaseBuilders("rt59");

const CASES: StackCase[] = [
    // ================= JVMs: JDKs placed by tarballs, links, alternatives, PATH (placedJavaReleases) =================
    node(
        "jdwp-temurin-tar",
        "tar xzf OpenJDK17U-jdk_x64_linux_hotspot_17.0.9_9.tar.gz -C /opt; PATH=/opt/jdk-17.0.9+9/bin:$PATH; java JDWP address=5005",
        [
            "curl -fsSLo /tmp/OpenJDK17U-jdk_x64_linux_hotspot_17.0.9_9.tar.gz https://github.com/adoptium/temurin17-binaries/releases/download/jdk-17.0.9%2B9/OpenJDK17U-jdk_x64_linux_hotspot_17.0.9_9.tar.gz",
            "tar xzf /tmp/OpenJDK17U-jdk_x64_linux_hotspot_17.0.9_9.tar.gz -C /opt",
            "export PATH=/opt/jdk-17.0.9+9/bin:$PATH",
            RUN_JDWP,
        ],
    ),
    node(
        "jdwp-corretto-tar-path",
        "tar -xzf amazon-corretto-17-x64-linux-jdk.tar.gz -C /opt; /opt/amazon-corretto-17.0.9.8.1-linux-x64/bin/java JDWP address=5005",
        [
            // Round 80: the script downloads the archive itself (a /tmp file it did not write is any local user's:
            // RootReads.planted, plantedCopies).
            "curl -fsSLo /tmp/amazon-corretto-17-x64-linux-jdk.tar.gz https://corretto.aws/downloads/latest/amazon-corretto-17-x64-linux-jdk.tar.gz",
            "tar -xzf /tmp/amazon-corretto-17-x64-linux-jdk.tar.gz -C /opt",
            `nohup /opt/amazon-corretto-17.0.9.8.1-linux-x64/bin/java ${JDWP5005} ${JAR}`,
        ],
    ),
    node(
        "jdwp-ln-java",
        "dnf install corretto 17; ln -sf /usr/lib/jvm/java-17-amazon-corretto.x86_64/bin/java /usr/local/bin/java; java JDWP address=5005",
        [
            "dnf install -y java-17-amazon-corretto-headless",
            "ln -sf /usr/lib/jvm/java-17-amazon-corretto.x86_64/bin/java /usr/local/bin/java",
            RUN_JDWP,
        ],
    ),
    node(
        "jdwp-alternatives-17",
        "dnf install corretto 17; alternatives --set java /usr/lib/jvm/java-17-amazon-corretto.x86_64/bin/java; java JDWP address=5005",
        [
            "dnf install -y java-17-amazon-corretto-headless",
            "alternatives --set java /usr/lib/jvm/java-17-amazon-corretto.x86_64/bin/java",
            RUN_JDWP,
        ],
    ),
    node(
        "jdwp-path-17-beside-8",
        "dnf install corretto 8 and 17; /usr/lib/jvm/java-17-amazon-corretto.x86_64/bin/java (by path) JDWP address=5005",
        [
            "dnf install -y java-1.8.0-amazon-corretto java-17-amazon-corretto-headless",
            `nohup /usr/lib/jvm/java-17-amazon-corretto.x86_64/bin/java ${JDWP5005} ${JAR}`,
        ],
    ),
    node("jdwp-cc-packages-inline", "dnf install corretto 17 with `&& \\` continued; java JDWP address=5005", [
        "dnf -y update && \\",
        "    dnf install -y java-17-amazon-corretto-headless && \\",
        "    dnf clean all",
        RUN_JDWP,
    ]),
    nodeCC(
        "jdwp-cc-flow",
        "cloud-config packages: [java-17-amazon-corretto-headless, jq] (flow sequence); java JDWP address=5005",
        ["packages: [java-17-amazon-corretto-headless, jq]"],
        [RUN_JDWP],
    ),
    node(
        "jdwp-tar-jdk8-path",
        "dnf install corretto 17, but tar xzf a JDK 8 tarball into /opt/jdk8 first on PATH; java JDWP address=5005",
        [
            "dnf install -y java-17-amazon-corretto-headless",
            "mkdir -p /opt/jdk8 && tar xzf /tmp/amazon-corretto-8-x64-linux-jdk.tar.gz -C /opt/jdk8 --strip-components=1",
            "export PATH=/opt/jdk8/bin:$PATH",
            RUN_JDWP,
        ],
        JDWP,
    ),
    node(
        "jdwp-ln-jdk8",
        "dnf install corretto 8 and 17; ln -sf JDK 8's java /usr/local/bin/java; java JDWP address=5005",
        [
            "dnf install -y java-17-amazon-corretto-headless java-1.8.0-amazon-corretto",
            "ln -sf /usr/lib/jvm/java-1.8.0-amazon-corretto/jre/bin/java /usr/local/bin/java",
            RUN_JDWP,
        ],
        JDWP,
    ),

    // ================= Python: computed static paths (pythonPath) =================
    flask(
        "flask-static-resolve-parent",
        'Flask(__name__, static_folder=Path(__file__).resolve().parent / "static")',
        [],
        '__name__, static_folder=Path(__file__).resolve().parent / "static"',
    ),
    // Was a MISS (fixed in round 59): secure refused: Python docs, pathlib, PurePath.joinpath(*pathsegments): "Calling this method is equivalent to
    // combining the path with each of the given pathsegments in turn" (= the `/` operator): /opt/ops/static. pythonPath
    // reads a call only when its callee is a dotted name ([A-Za-z_][\w.]*), so `Path(__file__).parent.joinpath(...)` is
    // a directory the pack cannot know.
    flask(
        "flask-static-joinpath",
        'Flask(__name__, static_folder=Path(__file__).parent.joinpath("static")) (pathlib joinpath)',
        [],
        '__name__, static_folder=Path(__file__).parent.joinpath("static")',
    ),
    // Was a MISS (fixed in round 59): secure refused: Python docs, pathlib, PurePath.parents: "An immutable sequence providing access to the logical
    // ancestors of the path" (parents[0] is .parent): /opt/ops/static. pythonPath reads `.parent` but not `.parents[N]`.
    flask(
        "flask-static-parents0",
        'Flask(__name__, static_folder=Path(__file__).parents[0] / "static")',
        [],
        '__name__, static_folder=Path(__file__).parents[0] / "static"',
    ),
    // Was a MISS (fixed in round 59): secure refused: Python reference, 2.4.3 "f-strings" (replacement fields are expressions evaluated at run
    // time and formatted with format()): f"{BASE_DIR}/static" is /opt/ops/static. pythonString refuses any literal with
    // `{`/`}`, so a name interpolated into an f-string is a directory the pack cannot know.
    flask(
        "flask-static-fstring",
        'BASE_DIR = os.path.dirname(os.path.abspath(__file__)); Flask(__name__, static_folder=f"{BASE_DIR}/static")',
        ["BASE_DIR = os.path.dirname(os.path.abspath(__file__))"],
        '__name__, static_folder=f"{BASE_DIR}/static"',
    ),
    flask(
        "flask-static-realpath",
        'Flask(__name__, static_folder=os.path.join(os.path.dirname(os.path.realpath(__file__)), "static"))',
        [],
        '__name__, static_folder=os.path.join(os.path.dirname(os.path.realpath(__file__)), "static")',
    ),
    flask(
        "flask-static-chain",
        'BASE_DIR = ...; STATIC_DIR = os.path.join(BASE_DIR, "static"); Flask(__name__, static_folder=STATIC_DIR)',
        ["BASE_DIR = os.path.dirname(os.path.abspath(__file__))", 'STATIC_DIR = os.path.join(BASE_DIR, "static")'],
        "__name__, static_folder=STATIC_DIR",
    ),
    // Was a MISS (fixed in round 59): secure refused: Python reference 7.2.2 "Annotated assignment statements" (PEP 526): `BASE_DIR: Path =
    // Path(__file__).parent` assigns as `BASE_DIR = ...` does. pythonPath's assignment pattern is `NAME[ \t]*=`, so the
    // annotated name is never found and the directory is unknown.
    flask(
        "flask-static-annotated",
        'BASE_DIR: Path = Path(__file__).parent (annotated); Flask(__name__, static_folder=BASE_DIR / "static")',
        ["BASE_DIR: Path = Path(__file__).parent"],
        '__name__, static_folder=BASE_DIR / "static"',
    ),
    flask(
        "flask-static-multiline",
        "Flask(\\n  __name__,\\n  static_folder=os.path.join(\\n    os.path.dirname(__file__), 'static'),\\n) (spread over lines)",
        [],
        "\n    __name__,\n    static_folder=os.path.join(\n        os.path.dirname(__file__), 'static'\n    ),\n",
    ),
    flask(
        "flask-static-resolve-up",
        'Flask(__name__, static_folder=Path(__file__).resolve().parents[2], static_url_path="/files") (= /)',
        [],
        '__name__, static_folder=Path(__file__).resolve().parents[2], static_url_path="/files"',
        SERVED,
    ),
    flask(
        "flask-static-fstring-up",
        'Flask(__name__, static_folder=f"{os.sep}", static_url_path="/files") (= /)',
        [],
        '__name__, static_folder=f"{os.sep}", static_url_path="/files"',
        SERVED,
    ),
    flask(
        "flask-static-chain-up",
        'ROOT = os.path.join(BASE_DIR, "..", ".."); Flask(__name__, static_folder=ROOT, static_url_path="/files") (= /)',
        ["BASE_DIR = os.path.dirname(os.path.abspath(__file__))", 'ROOT = os.path.join(BASE_DIR, "..", "..")'],
        '__name__, static_folder=ROOT, static_url_path="/files"',
        SERVED,
    ),
    node("flask-string-parens", 'app.py: a log line with ")" and "(" in strings, Flask(__name__), run on 0.0.0.0', [
        ...file("/opt/ops/app.py", [
            "import logging",
            "from flask import Flask",
            'logging.basicConfig(format="%(asctime)s (%(name)s) %(message)s")',
            "app = Flask(__name__)",
            '@app.route("/")',
            "def index():",
            '    return "ok :)"',
            'app.run(host="0.0.0.0", port=5000, debug=False)',
        ]),
        RUN_OPS,
    ]),
    node("flask-send-from-directory", 'app.py: send_from_directory(os.path.join(BASE_DIR, "reports"), name)', [
        ...file("/opt/ops/app.py", [
            "import os",
            "from flask import Flask, send_from_directory",
            "BASE_DIR = os.path.dirname(os.path.abspath(__file__))",
            "app = Flask(__name__)",
            '@app.route("/reports/<path:name>")',
            "def report(name):",
            '    return send_from_directory(os.path.join(BASE_DIR, "reports"), name)',
            'app.run(host="0.0.0.0", port=5000, debug=False)',
        ]),
        RUN_OPS,
    ]),
    node(
        "flask-send-from-root",
        'app.py: send_from_directory("/", name) (every node file)',
        [
            ...file("/opt/ops/app.py", [
                "from flask import Flask, send_from_directory",
                "app = Flask(__name__)",
                '@app.route("/files/<path:name>")',
                "def files(name):",
                '    return send_from_directory("/", name)',
                'app.run(host="0.0.0.0", port=5000, debug=False)',
            ]),
            RUN_OPS,
        ],
        SERVED,
    ),

    tornadoHandler(
        "tornado-handler-abspath-dirname",
        'Tornado StaticFileHandler {"path": os.path.join(os.path.abspath(os.path.dirname(__file__)), "static")}',
        [],
        'os.path.join(os.path.abspath(os.path.dirname(__file__)), "static")',
    ),
    node(
        "tornado-settings-dict-call",
        'Tornado settings = dict(static_path=os.path.join(os.path.dirname(__file__), "static"), debug=False); **settings',
        [
            ...file("/opt/ops/files.py", [
                "import asyncio, os",
                "import tornado.web",
                "settings = dict(",
                '    static_path=os.path.join(os.path.dirname(__file__), "static"),',
                "    debug=False,",
                ")",
                "app = tornado.web.Application([], **settings)",
                "app.listen(8888)",
                "asyncio.get_event_loop().run_forever()",
            ]),
            RUN_FILES,
        ],
    ),
    tornadoHandler(
        "tornado-handler-pathlib-up",
        'Tornado StaticFileHandler {"path": str(Path(__file__).parent.parent.parent)} (= /)',
        [],
        "str(Path(__file__).parent.parent.parent)",
        SERVED,
    ),

    // ================= generic relays and tunnels (round 57) =================
    node("socat-lo-db", "socat TCP-LISTEN:15432,bind=127.0.0.1,fork TCP:db.internal.example.com:5432", [
        "dnf install -y socat",
        "nohup socat TCP-LISTEN:15432,bind=127.0.0.1,reuseaddr,fork TCP:db.internal.example.com:5432 >/dev/null 2>&1 &",
    ]),
    node(
        "ssh-L-lo-db",
        "ssh -N -L 127.0.0.1:15432:db.internal.example.com:5432 ops@bastion (a local tunnel on loopback)",
        [
            "nohup ssh -N -o ExitOnForwardFailure=yes -L 127.0.0.1:15432:db.internal.example.com:5432 ops@bastion.example.com &",
        ],
    ),
    node("socat-any-web", "socat TCP-LISTEN:8080,fork TCP:10.0.5.20:80 (every address, to another host's web server)", [
        "nohup socat TCP-LISTEN:8080,reuseaddr,fork TCP:10.0.5.20:80 >/dev/null 2>&1 &",
    ]),
    node(
        "socat-any-imds",
        "socat TCP-LISTEN:8080,fork TCP:169.254.169.254:80 with bind=0.0.0.0 (instance metadata to every address)",
        ["nohup socat TCP-LISTEN:8080,bind=0.0.0.0,reuseaddr,fork TCP:169.254.169.254:80 &"],
        /socat|8080|169\.254/,
    ),

    // ================= the caller's instance: archivers (round 58) =================
    callerCase("jar-tf", "cd /root && jar tf NOTES.jar (list)", ["cd /root && jar tf /opt/seed/notes.jar"]),
    callerCase("jar-xf-srv", "cd /srv/notes && jar xf NOTES.jar", [
        "mkdir -p /srv/notes",
        "cd /srv/notes && jar xf /opt/seed/notes.jar",
    ]),
    callerCase(
        "jar-xf-root",
        "cd /root && jar xf NOTES.jar (members land in /root)",
        ["cd /root && jar xf /opt/seed/notes.jar"],
        true,
    ),
    callerCase("unrar-l", "cd /root && unrar l NOTES.rar; unrar t NOTES.rar", [
        "cd /root && unrar l /opt/seed/notes.rar",
        "cd /root && unrar t /opt/seed/notes.rar",
    ]),
    callerCase("unrar-x-srv", "cd /root && unrar x -o+ NOTES.rar /srv/notes/", [
        "mkdir -p /srv/notes",
        "cd /root && unrar x -o+ /opt/seed/notes.rar /srv/notes/",
    ]),
    callerCase("unar-o-srv", "cd /root && unar -f -o /srv/notes NOTES.rar", [
        "mkdir -p /srv/notes",
        "cd /root && unar -f -o /srv/notes /opt/seed/notes.rar",
    ]),
    // Was a MISS (fixed in round 59): secure refused: lsar(1) (unar package, manpages.ubuntu.com): "lsar - list archive file contents" — it writes
    // nothing. archiverUse reads unar's -o but not lsar, and an unknown program run from /root on an archive is taken as
    // writing there (unread configuration on every address).
    callerCase("lsar", "cd /root && lsar NOTES.rar (list)", ["cd /root && lsar /opt/seed/notes.rar"]),
    callerCase("unar-o-srv-nof", "cd /root && unar -o /srv/notes NOTES.rar", [
        "mkdir -p /srv/notes",
        "cd /root && unar -o /srv/notes /opt/seed/notes.rar",
    ]),
    callerCase(
        "unar-root",
        "cd /root && unar NOTES.rar (into /root)",
        ["cd /root && unar -f /opt/seed/notes.rar"],
        true,
    ),
    callerCase("cabextract-l", "cd /root && cabextract -l NOTES.cab; cabextract -d /srv/notes NOTES.cab", [
        "mkdir -p /srv/notes",
        "cd /root && cabextract -l /opt/seed/notes.cab",
        "cd /root && cabextract -d /srv/notes /opt/seed/notes.cab",
    ]),
    callerCase("lha-l", "cd /root && lha l NOTES.lzh; lha xw=/srv/notes NOTES.lzh", [
        "mkdir -p /srv/notes",
        "cd /root && lha l /opt/seed/notes.lzh",
        "cd /root && lha xw=/srv/notes /opt/seed/notes.lzh",
    ]),
    callerCase("uudecode-o-srv", "cd /root && uudecode -o /srv/notes/notes.txt NOTES.uu", [
        "mkdir -p /srv/notes",
        "cd /root && uudecode -o /srv/notes/notes.txt /opt/seed/notes.uu",
    ]),
    callerCase(
        "uudecode-root",
        "cd /root && uudecode NOTES.uu (writes the name the file's header gives)",
        ["cd /root && uudecode /opt/seed/notes.uu"],
        true,
    ),
    callerCase("bsdunzip-l", "cd /root && bsdunzip -l NOTES.zip; bsdunzip -o NOTES.zip -d /srv/notes", [
        "mkdir -p /srv/notes",
        "cd /root && bsdunzip -l /opt/seed/notes.zip",
        "cd /root && bsdunzip -o /opt/seed/notes.zip -d /srv/notes",
    ]),

    // ================= identities of no workload (sts) =================
    // Was a MISS (fixed in round 59): secure refused: AWS STS API Reference, GetAccessKeyInfo: "Returns the account identifier for the specified
    // access key ID" (no credentials, no access to the account's resources; the IAM user guide's "Managing access keys"
    // suggests it to find a key's account). judge.ts NEEDS_NO_PERMISSION holds sts:GetCallerIdentity only.
    {
        stack: "prod",
        name: "A: a prod role allowed sts:GetCallerIdentity and sts:GetAccessKeyInfo (an access key's account id)",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt59-prod-keyinfo", [
                allow(["sts:GetCallerIdentity", "sts:GetAccessKeyInfo"], "*"),
            ]),
    },
    // Was a MISS (round 59), DECIDED (round 59): STS API Reference, DecodeAuthorizationMessage: "The message is encoded
    // because the details of the authorization status can contain privileged information that the user who requested
    // the operation should not see" (the decoded policies, context keys and the principal): an identity of no workload
    // allowed it reads privileged information about the custody roles' policies. Refused (judge.ts READS_WITHOUT_SECRET
    // holds sts:GetAccessKeyInfo only).
    {
        stack: "curity",
        refused: /rt59-curity-decode/,
        name: "A: a curity role allowed sts:DecodeAuthorizationMessage (privileged information about decisions)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt59-curity-decode", [allow("sts:DecodeAuthorizationMessage", "*")]),
    },
    {
        stack: "pod-identity",
        name: "A: a pod-identity role allowed sts:GetCallerIdentity twice (two statements, one with a Sid)",
        edit: r =>
            opsRole(r, "pod-identity", ACCOUNT["pod-identity"], "rt59-pi-whoami2", [
                allow("sts:GetCallerIdentity", "*"),
                { Sid: "WhoAmI", ...allow("sts:GetCallerIdentity", "*") },
            ]),
    },
    {
        stack: "prod",
        name: "AI: a prod role allowed `sts:Get*` (GetSessionToken, GetFederationToken)",
        edit: r => opsRole(r, "prod", ACCOUNT.prod, "rt59-prod-sts-get", [allow("sts:Get*", "*")]),
        refused: /rt59-prod-sts-get/,
    },
    {
        stack: "basil",
        name: "AI: a basil role allowed sts:GetCallerIdentity and sts:GetFederationToken",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt59-basil-fed", [
                allow(["sts:GetCallerIdentity", "sts:GetFederationToken"], "*"),
            ]),
        refused: /rt59-basil-fed/,
    },
];

describeVariants(
    "red team 59: secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
