// Red-team round 55 on EKS NODE user data (fresh eyes): round 54's JVM rules and Python rules.
// Probed: JVM options reaching JDWP/JMX through `systemctl set-environment`, an install4j .vmoptions file, a
// profile.d script a login shell sources, `sed -i` editing /etc/default/tomcat9, jcmd with the PID from pgrep and
// jattach's jcmd, Cassandra's remote JMX with authenticate=TRUE, JDK 8's JDWP port-only address; Python: `python3
// -m ops.server`, `python3 -um ops`, `python3 /opt/ops` (a directory's __main__.py), `import settings;
// debug=settings.DEBUG`, `os.environ["FLASK_DEBUG"]`, `debug="false"` (a truthy string), DebuggedApplication under
// gunicorn, as `DA`, through `import werkzeug.debug`; a program's own file serving: a lambda handler class,
// aiohttp add_static by keyword, FastAPI's StaticFiles re-export, `twistd web --path`, Tornado StaticFileHandler,
// Flask static_folder; secure neighbours (a comment naming JDWP in /etc/default/jetty, the OpenTelemetry agent and
// -D settings in a written env file, loopback JDWP by name and [::1], DebuggedApplication evalex=False,
// static files from an app directory, Flask on ::1).
// Misses (all fixed in round 55, `Was a MISS` comments, the doc checked): insecure — jattach's jcmd ManagementAgent.start, JDK 8's port-only
// JDWP address (every address before JDK 9), `python3 DIR` running DIR/__main__.py, os.environ["FLASK_DEBUG"] set in the
// script, Tornado StaticFileHandler serving /, Flask static_folder=/etc/kubernetes (6); secure — a `#` comment naming
// JDWP in /etc/default/jetty (1).
import {
    al2023Nodes,
    describeNodeCases,
    devNodeCase,
    NodeCase,
    devNodeScript,
    systemdUnit,
    heredocFile,
    withCloudConfig,
} from "./nodeBuilders";
import { Resources } from "./support";

const dev = devNodeCase;

const script = devNodeScript;

const unit = systemdUnit;

const file = heredocFile;

const JDWP_ALL = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005";
const JDWP_LO = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:5005";
const RUN_APP = "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &";

const insecure: NodeCase[] = [
    dev(
        'systemctl set-environment "JAVA_TOOL_OPTIONS=<JDWP *:5005>", then systemctl start tomcat9 (manager environment)',
        script("dev-set-environment-java-tool-options-nodes", [
            "dnf install -y tomcat9",
            `systemctl set-environment "JAVA_TOOL_OPTIONS=${JDWP_ALL}"`,
            "systemctl enable --now tomcat9",
        ]),
        /jdwp|5005|set-environment/,
    ),
    dev(
        "an install4j launcher's /opt/app/bin/app.vmoptions with the JDWP line, then /opt/app/bin/app start",
        script("dev-vmoptions-file-jdwp-nodes", [
            ...file("/opt/app/bin/app.vmoptions", ["-Xmx2g", JDWP_ALL]),
            "/opt/app/bin/app start",
        ]),
        /jdwp|5005|vmoptions/,
    ),
    dev(
        "/etc/profile.d/java.sh exporting JDK_JAVA_OPTIONS=<JDWP *:5005>, then bash -lc 'java -jar ledger.jar'",
        script("dev-profile-d-jdk-java-options-nodes", [
            ...file("/etc/profile.d/java.sh", [`export JDK_JAVA_OPTIONS="${JDWP_ALL}"`]),
            "nohup bash -lc 'java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar' >/var/log/ledger.log 2>&1 &",
        ]),
        /jdwp|5005|profile/,
    ),
    dev(
        "sed -i appending JDWP *:5005 to JAVA_OPTS in the packaged /etc/default/tomcat9, then systemctl restart",
        script("dev-sed-etc-default-tomcat9-jdwp-nodes", [
            "apt-get install -y tomcat9",
            `sed -i 's|^JAVA_OPTS="|JAVA_OPTS="${JDWP_ALL} |' /etc/default/tomcat9`,
            "systemctl restart tomcat9",
        ]),
        /jdwp|5005|tomcat9/,
    ),
    dev(
        "jcmd $(pgrep -f ledger.jar) ManagementAgent.start jmxremote.port=9010 jmxremote.authenticate=false",
        script("dev-jcmd-pgrep-management-agent-nodes", [
            "nohup java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
            "sleep 20",
            'jcmd "$(pgrep -f ledger.jar)" ManagementAgent.start jmxremote.port=9010 jmxremote.authenticate=false jmxremote.ssl=false',
        ]),
        /JMX|9010|jcmd/,
    ),
    // Was a MISS (fixed in round 55): jattach(1) (Ubuntu manpage, apangin/jattach README: "jcmd : execute jcmd command", "load : load agent library")
    // runs the same ManagementAgent.start as jcmd through the attach API: remote JMX without authentication on every
    // address in the root JVM. Only `jcmd` is read; jattach's `jcmd`/`load` subcommands are not.
    dev(
        'jattach PID jcmd "ManagementAgent.start jmxremote.port=9010 jmxremote.authenticate=false" (jattach tool)',
        script("dev-jattach-management-agent-nodes", [
            "nohup java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
            "sleep 20",
            'jattach "$(pgrep -f ledger.jar)" jcmd "ManagementAgent.start jmxremote.port=9010 jmxremote.authenticate=false jmxremote.ssl=false"',
        ]),
        /JMX|9010|jattach/,
    ),
    // Was a MISS (fixed in round 55): JDK 9 release note JDK-8041435 ("JDWP socket connector accept only local connections by default"; Payara PR
    // #4633, camel-k PR #1500: before 9 a port alone listens on every interface). The JVM user data runs is
    // Corretto 8 by its path, so address=5005 is JDWP on every address; the pack reads a port alone as loopback.
    dev(
        "dnf install java-1.8.0-amazon-corretto; its java with -agentlib:jdwp=...,address=5005 (JDK 8: every address)",
        script("dev-jdk8-jdwp-port-only-nodes", [
            "dnf install -y java-1.8.0-amazon-corretto-devel",
            "nohup /usr/lib/jvm/java-1.8.0-amazon-corretto/bin/java " +
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005 " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jdwp|5005/,
    ),
    // Python entries.
    dev(
        'python3 -m ops.server, ops/server.py: `from . import app; app.run(host="0.0.0.0", debug=True)`',
        script("dev-flask-m-submodule-debug-nodes", [
            ...file("/opt/ops/ops/__init__.py", ["from flask import Flask", "app = Flask(__name__)"]),
            ...file("/opt/ops/ops/server.py", ["from . import app", 'app.run(host="0.0.0.0", port=5000, debug=True)']),
            "cd /opt/ops && nohup python3 -m ops.server >/var/log/ops.log 2>&1 &",
        ]),
        /debug|ops/,
    ),
    dev(
        "python3 -um ops (flags combined), ops/__main__.py app.run(host=0.0.0.0, debug=True)",
        script("dev-flask-um-package-debug-nodes", [
            ...file("/opt/ops/ops/__init__.py", ["from flask import Flask", "app = Flask(__name__)"]),
            ...file("/opt/ops/ops/__main__.py", [
                "from . import app",
                'app.run(host="0.0.0.0", port=5000, debug=True)',
            ]),
            "cd /opt/ops && nohup python3 -um ops >/var/log/ops.log 2>&1 &",
        ]),
        /debug|ops/,
    ),
    // Was a MISS (fixed in round 55): Python "Command line and environment" (<script>: "a directory name or zipfile containing a __main__.py
    // file"; runpy.run_path; bpo-45149): `python3 /opt/ops` runs /opt/ops/__main__.py, app.run(debug=True) on 0.0.0.0
    // as root = Werkzeug's console. pythonEntry reads SCRIPT, -m and -c, not a directory (or zipapp) entry.
    dev(
        "python3 /opt/ops (a directory: runs /opt/ops/__main__.py), app.run(host=0.0.0.0, debug=True)",
        script("dev-flask-directory-main-debug-nodes", [
            ...file("/opt/ops/__main__.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000, debug=True)',
            ]),
            "nohup python3 /opt/ops >/var/log/ops.log 2>&1 &",
        ]),
        /debug|ops/,
    ),
    dev(
        "app.py: `import settings; app.run(host=0.0.0.0, debug=settings.DEBUG)`, settings.py DEBUG = True",
        script("dev-flask-module-attr-debug-nodes", [
            ...file("/opt/ops/settings.py", ["DEBUG = True"]),
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "import settings",
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000, debug=settings.DEBUG)',
            ]),
            RUN_APP,
        ]),
        /debug|app\.py/,
    ),
    // Was a MISS (fixed in round 55): flask/app.py Flask.run: `if "FLASK_DEBUG" in os.environ: self.debug = get_debug_flag()` (debug unset in the
    // call): the script's own os.environ assignment turns the debugger on, on 0.0.0.0 as root. README reads FLASK_DEBUG
    // from the process environment/dotenv only, not set in the code.
    dev(
        'app.py: `os.environ["FLASK_DEBUG"] = "1"` before app.run(host="0.0.0.0") (Flask.run reads FLASK_DEBUG)',
        script("dev-flask-os-environ-debug-nodes", [
            ...file("/opt/ops/app.py", [
                "import os",
                "from flask import Flask",
                'os.environ["FLASK_DEBUG"] = "1"',
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
        /debug|app\.py/,
    ),
    dev(
        'app.py: `app.run(host="0.0.0.0", debug="false")` (a non-empty string: bool("false") is True)',
        script("dev-flask-debug-string-false-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000, debug="false")',
            ]),
            RUN_APP,
        ]),
        /debug|app\.py/,
    ),
    dev(
        "serve.py wraps app in DebuggedApplication(evalex=True); gunicorn -b 0.0.0.0:8000 serve:app",
        script("dev-werkzeug-debugged-app-gunicorn-nodes", [
            ...file("/opt/ops/serve.py", [
                "from flask import Flask",
                "from werkzeug.debug import DebuggedApplication",
                "flask_app = Flask(__name__)",
                "app = DebuggedApplication(flask_app, evalex=True)",
            ]),
            "cd /opt/ops && nohup gunicorn -b 0.0.0.0:8000 serve:app >/var/log/ops.log 2>&1 &",
        ]),
        /debug|serve|gunicorn|0\.0\.0\.0/,
    ),
    dev(
        "serve.py: `from werkzeug.debug import DebuggedApplication as DA; serve(DA(app, evalex=True), host=0.0.0.0)`",
        script("dev-werkzeug-debugged-app-alias-nodes", [
            ...file("/opt/ops/serve.py", [
                "from flask import Flask",
                "from werkzeug.debug import DebuggedApplication as DA",
                "from waitress import serve",
                "app = Flask(__name__)",
                'serve(DA(app, evalex=True), host="0.0.0.0", port=8080)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|serve\.py|0\.0\.0\.0/,
    ),
    dev(
        "serve.py: `import werkzeug.debug; make_server('0.0.0.0', 8080, werkzeug.debug.DebuggedApplication(app, True))`",
        script("dev-werkzeug-debugged-app-dotted-wsgiref-nodes", [
            ...file("/opt/ops/serve.py", [
                "import werkzeug.debug",
                "from wsgiref.simple_server import make_server",
                "from flask import Flask",
                "app = Flask(__name__)",
                'make_server("0.0.0.0", 8080, werkzeug.debug.DebuggedApplication(app, True)).serve_forever()',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|serve\.py|0\.0\.0\.0/,
    ),
    // A program's own file serving.
    dev(
        'files.py: ThreadingHTTPServer(("", 8000), lambda *a: SimpleHTTPRequestHandler(*a, directory="/"))',
        script("dev-http-server-lambda-handler-root-nodes", [
            ...file("/opt/ops/files.py", [
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                'ThreadingHTTPServer(("", 8000), lambda *a: SimpleHTTPRequestHandler(*a, directory="/")).serve_forever()',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|8000|serv/,
    ),
    dev(
        'files.py: aiohttp app.router.add_static(prefix="/k", path="/var/lib/kubelet"); web.run_app(app)',
        script("dev-aiohttp-add-static-keyword-kubelet-nodes", [
            ...file("/opt/ops/files.py", [
                "from aiohttp import web",
                "app = web.Application()",
                'app.router.add_static(prefix="/k", path="/var/lib/kubelet", show_index=True)',
                "web.run_app(app, port=8080)",
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|kubelet|8080|serv/,
    ),
    dev(
        'files.py: FastAPI app.mount("/", fastapi.staticfiles.StaticFiles(directory="/etc")); uvicorn.run(host=0.0.0.0)',
        script("dev-fastapi-staticfiles-etc-nodes", [
            ...file("/opt/ops/files.py", [
                "import uvicorn",
                "from fastapi import FastAPI",
                "from fastapi.staticfiles import StaticFiles",
                "app = FastAPI()",
                'app.mount("/", StaticFiles(directory="/etc"), name="etc")',
                'uvicorn.run(app, host="0.0.0.0", port=8080)',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|etc|8080|serv/,
    ),
    dev(
        "twistd -n web --listen tcp:8080 --path / (Twisted's web server serving the node's root)",
        script("dev-twistd-web-path-root-nodes", [
            "nohup twistd -n web --listen tcp:8080 --path / >/var/log/twistd.log 2>&1 &",
        ]),
        /twistd|8080|serv|\//,
    ),
    // Was a MISS (fixed in round 55): Tornado tornado.web.StaticFileHandler docstring ("A simple handler that can serve static content from a
    // directory ... {"path": "/var/www"}", the constructor's path is "the local root directory of the content"): a root
    // program serving / (the node's secrets) on every address. Not among pythonFileServerListeners' static-file APIs.
    dev(
        'files.py: Tornado Application([(r"/(.*)", StaticFileHandler, {"path": "/"})]).listen(8888)',
        script("dev-tornado-static-file-handler-root-nodes", [
            ...file("/opt/ops/files.py", [
                "import asyncio",
                "import tornado.web",
                'app = tornado.web.Application([(r"/(.*)", tornado.web.StaticFileHandler, {"path": "/"})])',
                "app.listen(8888)",
                "asyncio.get_event_loop().run_forever()",
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|8888|serv/,
    ),
    // Was a MISS (fixed in round 55): Flask API (Application object): "static_folder – the folder with static files that should be served at
    // static_url_path" (pallets/flask PR #3124 quotes it): Flask's own static route serves /etc/kubernetes (the node's
    // kubelet credentials) on 0.0.0.0 as root. Flask's static_folder is not a static-file API the pack reads.
    dev(
        'app.py: Flask(__name__, static_folder="/etc/kubernetes", static_url_path="/k"); app.run(host="0.0.0.0")',
        script("dev-flask-static-folder-kubernetes-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                'app = Flask(__name__, static_folder="/etc/kubernetes", static_url_path="/k")',
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
        /app\.py|kubernetes|5000|serv/,
    ),
    // Round 55 fix neighbours (insecure).
    dev(
        'jattach PID load instrument false "/opt/jolokia/jolokia-agent.jar=host=0.0.0.0" (Jolokia attached at run time)',
        script("dev-jattach-load-jolokia-nodes", [
            "nohup java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
            "sleep 20",
            'jattach "$(pgrep -f ledger.jar)" load instrument false "/opt/jolokia/jolokia-agent.jar=host=0.0.0.0"',
        ]),
        /jolokia|jattach|0\.0\.0\.0/i,
    ),
    dev(
        'jattach PID load jdwp false "transport=dt_socket,server=y,suspend=n,address=*:5005"',
        script("dev-jattach-load-jdwp-nodes", [
            "nohup java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
            "sleep 20",
            'jattach "$(pgrep -f ledger.jar)" load jdwp false "transport=dt_socket,server=y,suspend=n,address=*:5005"',
        ]),
        /jdwp|5005|jattach/,
    ),
    dev(
        "jcmd PID JVMTI.agent_load /opt/jolokia/jolokia-agent.jar host=0.0.0.0 (a .jar: a Java agent)",
        script("dev-jcmd-agent-load-jolokia-jar-nodes", [
            "nohup java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
            "sleep 20",
            'jcmd "$(pgrep -f ledger.jar)" JVMTI.agent_load /opt/jolokia/jolokia-agent.jar host=0.0.0.0',
        ]),
        /jolokia|jcmd|0\.0\.0\.0/i,
    ),
    dev(
        "java (on PATH, no JDK user data installs) -agentlib:jdwp=...,address=5005: its release unknown, may be 8",
        script("dev-java-unknown-jdk-jdwp-port-only-nodes", [
            "nohup java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005 " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jdwp|5005/,
    ),
    dev(
        "dnf install Corretto 17 and Corretto 8; java on PATH with JDWP address=5005 (alternatives may pick 8)",
        script("dev-java-jdk8-and-17-jdwp-port-only-nodes", [
            "dnf install -y java-17-amazon-corretto-headless java-1.8.0-amazon-corretto",
            "nohup java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005 " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jdwp|5005/,
    ),
    dev(
        "/etc/default/ledger JAVA_OPTS with JDWP address=5005, no JDK user data installs (the JVM's release unknown)",
        script("dev-etc-default-jdwp-port-only-unknown-jdk-nodes", [
            ...file("/etc/default/ledger", [
                'JAVA_OPTS="-Xmx2g -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005"',
            ]),
            "systemctl enable --now ledger",
        ]),
        /jdwp|5005|ledger/,
    ),
    dev(
        "/etc/default/jetty: JAVA_OPTIONS quoted over lines, one starting with # holding JDWP *:5005 (inside the quotes)",
        script("dev-jetty-default-quoted-hash-line-jdwp-nodes", [
            ...file("/etc/default/jetty", ['JAVA_OPTIONS="-Xmx2g', `# ${JDWP_ALL}"`]),
            "/opt/jetty/bin/jetty.sh start",
        ]),
        /jdwp|5005|jetty/,
    ),
    dev(
        "cd /opt/ops && python3 . (the working directory's __main__.py), app.run(host=0.0.0.0, debug=True)",
        script("dev-flask-dot-directory-main-debug-nodes", [
            ...file("/opt/ops/__main__.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000, debug=True)',
            ]),
            "cd /opt/ops && nohup python3 . >/var/log/ops.log 2>&1 &",
        ]),
        /debug|ops|__main__/,
    ),
    dev(
        'app.py: `os.environ.setdefault("FLASK_DEBUG", "true")` before app.run(host="0.0.0.0")',
        script("dev-flask-os-environ-setdefault-debug-nodes", [
            ...file("/opt/ops/app.py", [
                "import os",
                "from flask import Flask",
                'os.environ.setdefault("FLASK_DEBUG", "true")',
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
        /debug|app\.py/,
    ),
    dev(
        'app.py: `from os import environ; environ.update(FLASK_DEBUG="1")` before app.run(host="0.0.0.0")',
        script("dev-flask-environ-update-debug-nodes", [
            ...file("/opt/ops/app.py", [
                "from os import environ",
                "from flask import Flask",
                'environ.update(FLASK_DEBUG="1")',
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
        /debug|app\.py/,
    ),
    dev(
        'files.py: tornado.web.Application([], static_path="/etc").listen(8888) (/etc/kubernetes under it)',
        script("dev-tornado-static-path-etc-nodes", [
            ...file("/opt/ops/files.py", [
                "import asyncio",
                "import tornado.web",
                'app = tornado.web.Application([], static_path="/etc")',
                "app.listen(8888)",
                "asyncio.get_event_loop().run_forever()",
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /serves \/etc .*Application/,
    ),
    dev(
        'files.py: Tornado url(r"/k/(.*)", StaticFileHandler, dict(path="/etc/kubernetes"))',
        script("dev-tornado-url-dict-path-kubernetes-nodes", [
            ...file("/opt/ops/files.py", [
                "import asyncio",
                "from tornado.web import Application, StaticFileHandler, url",
                'app = Application([url(r"/k/(.*)", StaticFileHandler, dict(path="/etc/kubernetes"))])',
                "app.listen(8888)",
                "asyncio.get_event_loop().run_forever()",
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|kubernetes|8888|serv/,
    ),
    dev(
        'app.py: Flask Blueprint("k", __name__, static_folder="/") registered, app.run(host="0.0.0.0")',
        script("dev-flask-blueprint-static-folder-root-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask, Blueprint",
                "app = Flask(__name__)",
                'bp = Blueprint("k", __name__, static_folder="/", static_url_path="/k")',
                "app.register_blueprint(bp)",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
        /serves \/ .*Blueprint/,
    ),
    dev(
        'app.py: `app.static_folder = "/etc/kubernetes"` on a Flask app, app.run(host="0.0.0.0")',
        script("dev-flask-static-folder-attribute-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                'app.static_folder = "/etc/kubernetes"',
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
        /app\.py|kubernetes|5000|serv/,
    ),
    // The JDK of cloud-config's `packages:` list counts as installed (cloud-init "Package Update Upgrade Install").
    dev(
        "cloud-config packages: [java-1.8.0-amazon-corretto]; runcmd java with JDWP address=5005 (JDK 8: every address)",
        (r: Resources) =>
            void al2023Nodes(
                r,
                "dev-cc-packages-jdk8-jdwp-nodes",
                withCloudConfig([
                    "packages: [java-1.8.0-amazon-corretto]",
                    "runcmd:",
                    `  - "nohup java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005 -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar &"`,
                ]),
            ),
        /dev-cc-packages-jdk8-jdwp-nodes/,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 55): a `#` line is a comment wherever the file is read: bash(1) COMMENTS (jetty.sh sources /etc/default/jetty),
    // java(1) "Java Command-Line Argument Files" ("#" starts a comment), systemd.exec(5) EnvironmentFile ("Lines
    // beginning with ; or # are ignored"). The broad JVM file rule reads the comment's JDWP *:5005 as options.
    dev(
        "/etc/default/jetty with a comment naming JDWP *:5005 and JAVA_OPTIONS heap only, then jetty.sh start",
        script("dev-jetty-default-comment-jdwp-ok-nodes", [
            ...file("/etc/default/jetty", [
                `# To debug locally: JAVA_OPTIONS="$JAVA_OPTIONS ${JDWP_ALL}" (never on a node)`,
                'JAVA_OPTIONS="-Xmx2g"',
            ]),
            "/opt/jetty/bin/jetty.sh start",
        ]),
        /./,
    ),
    dev(
        "/etc/ledger/jvm.env JAVA_TOOL_OPTIONS=-javaagent:opentelemetry-javaagent.jar -Dotel... for a root unit",
        script("dev-env-file-otel-agent-ok-nodes", [
            ...file("/etc/ledger/jvm.env", [
                "JAVA_TOOL_OPTIONS=-javaagent:/opt/otel/opentelemetry-javaagent.jar -Dotel.exporter.otlp.endpoint=http://10.0.3.40:4317",
            ]),
            ...unit("ledger", [
                "EnvironmentFile=/etc/ledger/jvm.env",
                "ExecStart=/usr/bin/java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar",
            ]),
        ]),
    ),
    dev(
        "/etc/default/ledger JAVA_OPTS with -Dspring.profiles.active, -Dfile.encoding, -Dhttp.proxyHost (far end)",
        script("dev-etc-default-d-settings-ok-nodes", [
            ...file("/etc/default/ledger", [
                'JAVA_OPTS="-Xmx2g -Dspring.profiles.active=prod -Dfile.encoding=UTF-8 -Dhttp.proxyHost=10.0.3.50 -Dserver.address=127.0.0.1"',
            ]),
            "systemctl enable --now ledger",
        ]),
    ),
    dev(
        "java -agentlib:jdwp=...,address=localhost:5005 and a second JVM with address=[::1]:5006",
        script("dev-java-jdwp-localhost-v6-lo-ok-nodes", [
            "nohup java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=localhost:5005 " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
            "nohup java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=[::1]:5006 " +
                "-Dserver.address=127.0.0.1 -jar /opt/audit/audit.jar >/var/log/audit.log 2>&1 &",
        ]),
    ),
    dev(
        "a root cassandra unit with -Dcassandra.jmx.remote.port=7199 -D...authenticate=TRUE and a password file",
        script("dev-cassandra-jmx-remote-auth-upper-ok-nodes", [
            ...unit("cassandra", [
                'Environment="JVM_EXTRA_OPTS=-Dcassandra.jmx.remote.port=7199 -Dcom.sun.management.jmxremote.authenticate=TRUE ' +
                    '-Dcom.sun.management.jmxremote.password.file=/etc/cassandra/jmxremote.password"',
                "ExecStart=/opt/cassandra/bin/cassandra -R -f",
            ]),
        ]),
    ),
    dev(
        "a tomcat9.service drop-in with JAVA_TOOL_OPTIONS JDWP on 127.0.0.1:5005, written by printf",
        script("dev-tomcat9-dropin-tee-jdwp-lo-ok-nodes", [
            "dnf install -y tomcat9",
            "mkdir -p /etc/systemd/system/tomcat9.service.d",
            `printf '[Service]\\nEnvironment="JAVA_TOOL_OPTIONS=${JDWP_LO}"\\n' > /etc/systemd/system/tomcat9.service.d/debug.conf`,
            "systemctl daemon-reload",
            "systemctl enable --now tomcat9",
        ]),
    ),
    dev(
        'app.py: `import settings; app.run(host="0.0.0.0", debug=settings.DEBUG)`, settings.py DEBUG = False',
        script("dev-flask-module-attr-debug-false-ok-nodes", [
            ...file("/opt/ops/settings.py", ["DEBUG = False"]),
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "import settings",
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000, debug=settings.DEBUG)',
            ]),
            RUN_APP,
        ]),
    ),
    dev(
        "serve.py: DebuggedApplication(app, evalex=False) under waitress on 0.0.0.0 (tracebacks, no console)",
        script("dev-werkzeug-debugged-app-evalex-false-ok-nodes", [
            ...file("/opt/ops/serve.py", [
                "from flask import Flask",
                "from werkzeug.debug import DebuggedApplication",
                "from waitress import serve",
                "app = Flask(__name__)",
                'serve(DebuggedApplication(app, evalex=False), host="0.0.0.0", port=8080)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'app.py: `app.run(host="::1", debug=True)` and a second app on host="localhost" (loopback)',
        script("dev-flask-debug-v6-localhost-ok-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                'app.run(host="::1", port=5000, debug=True)',
            ]),
            ...file("/opt/ops/admin.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                'app.run(host="localhost", port=5001, debug=True)',
            ]),
            RUN_APP,
            "cd /opt/ops && nohup python3 admin.py >/var/log/admin.log 2>&1 &",
        ]),
    ),
    dev(
        'files.py: aiohttp add_static("/static", "/opt/ops/static") on 0.0.0.0 (the app\'s own assets)',
        script("dev-aiohttp-add-static-assets-ok-nodes", [
            ...file("/opt/ops/files.py", [
                "from aiohttp import web",
                "app = web.Application()",
                'app.router.add_static("/static", "/opt/ops/static")',
                'web.run_app(app, host="0.0.0.0", port=8080)',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
    ),
    dev(
        'files.py: FastAPI StaticFiles(directory="/opt/ops/static") under uvicorn on 0.0.0.0',
        script("dev-fastapi-staticfiles-assets-ok-nodes", [
            ...file("/opt/ops/files.py", [
                "import uvicorn",
                "from fastapi import FastAPI",
                "from fastapi.staticfiles import StaticFiles",
                "app = FastAPI()",
                'app.mount("/static", StaticFiles(directory="/opt/ops/static"), name="static")',
                'uvicorn.run(app, host="0.0.0.0", port=8080)',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
    ),
    dev(
        'files.py: ThreadingHTTPServer(("127.0.0.1", 8000), partial(SimpleHTTPRequestHandler, directory="/opt/ops/public"))',
        script("dev-http-server-partial-lo-ok-nodes", [
            ...file("/opt/ops/files.py", [
                "from functools import partial",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                'handler = partial(SimpleHTTPRequestHandler, directory="/opt/ops/public")',
                'ThreadingHTTPServer(("127.0.0.1", 8000), handler).serve_forever()',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
    ),
    dev(
        'python3 -m ops.server, ops/server.py: `app.run(host="0.0.0.0", debug=False)`',
        script("dev-flask-m-submodule-no-debug-ok-nodes", [
            ...file("/opt/ops/ops/__init__.py", ["from flask import Flask", "app = Flask(__name__)"]),
            ...file("/opt/ops/ops/server.py", ["from . import app", 'app.run(host="0.0.0.0", port=5000, debug=False)']),
            "cd /opt/ops && nohup python3 -m ops.server >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 55 fix neighbours (secure).
    dev(
        'jattach PID jcmd "ManagementAgent.start jmxremote.port=9010 jmxremote.host=127.0.0.1 ..." and jattach PID threaddump',
        script("dev-jattach-management-agent-lo-ok-nodes", [
            "nohup java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
            "sleep 20",
            'jattach "$(pgrep -f ledger.jar)" jcmd "ManagementAgent.start jmxremote.port=9010 jmxremote.host=127.0.0.1 jmxremote.authenticate=false jmxremote.ssl=false"',
            'jattach "$(pgrep -f ledger.jar)" threaddump',
        ]),
    ),
    dev(
        "/usr/lib/jvm/java-17-amazon-corretto/bin/java -agentlib:jdwp=...,address=5005 (JDK 17 by its path: loopback)",
        script("dev-jdk17-path-jdwp-port-only-ok-nodes", [
            "nohup /usr/lib/jvm/java-17-amazon-corretto/bin/java " +
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005 " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        "apt-get install openjdk-17-jre-headless; /etc/default/ledger JAVA_OPTS JDWP address=5005 (JDK 17: loopback)",
        script("dev-etc-default-jdwp-port-only-jdk17-ok-nodes", [
            "apt-get install -y openjdk-17-jre-headless",
            ...file("/etc/default/ledger", [
                'JAVA_OPTS="-Xmx2g -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005"',
            ]),
            "systemctl enable --now ledger",
        ]),
    ),
    dev(
        'python3 /opt/ops (a directory), __main__.py app.run(host="0.0.0.0", debug=False)',
        script("dev-flask-directory-main-no-debug-ok-nodes", [
            ...file("/opt/ops/__main__.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000, debug=False)',
            ]),
            "nohup python3 /opt/ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'app.py: `os.environ["FLASK_DEBUG"] = "0"` before app.run(host="0.0.0.0") (debug off)',
        script("dev-flask-os-environ-debug-off-ok-nodes", [
            ...file("/opt/ops/app.py", [
                "import os",
                "from flask import Flask",
                'os.environ["FLASK_DEBUG"] = "0"',
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
    ),
    dev(
        'files.py: Tornado StaticFileHandler {"path": "/opt/ops/static"} on every address (the app\'s own assets)',
        script("dev-tornado-static-file-handler-assets-ok-nodes", [
            ...file("/opt/ops/files.py", [
                "import asyncio",
                "import tornado.web",
                'app = tornado.web.Application([(r"/static/(.*)", tornado.web.StaticFileHandler, {"path": "/opt/ops/static"})])',
                "app.listen(8888)",
                "asyncio.get_event_loop().run_forever()",
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
    ),
    dev(
        'app.py: Flask(__name__, static_folder="assets") (beside the module) on 0.0.0.0',
        script("dev-flask-static-folder-assets-ok-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                'app = Flask(__name__, static_folder="assets")',
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
    ),
    dev(
        "cloud-config packages: - java-17-amazon-corretto-headless; runcmd java with JDWP address=5005 (JDK 17: loopback)",
        (r: Resources) =>
            void al2023Nodes(
                r,
                "dev-cc-packages-jdk17-jdwp-ok-nodes",
                withCloudConfig([
                    "packages:",
                    "  - java-17-amazon-corretto-headless",
                    "runcmd:",
                    `  - "nohup java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005 -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar &"`,
                ]),
            ),
    ),
];

describeNodeCases("red team 55: node user data against round 54's JVM and Python rules", insecure, secure);
