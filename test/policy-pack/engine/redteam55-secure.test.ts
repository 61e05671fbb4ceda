// Red-team round 55 on false positives across the committed stacks (fresh eyes), aimed at round 54's tightened
// rules. Probed: SECURE variants a careful platform team writes beside the custody workloads, each with an insecure
// neighbour that must stay refused. Kubernetes: a Prometheus ClusterRole carrying ordinary app.kubernetes.io labels
// (read-only: nodes/metrics, pods, services, endpoints) bound to monitoring/prometheus, and a labelled
// managed-by ClusterRole writing ServiceMonitors bound to platform-devs. JVM: an unknown packaged unit (dnf) reading
// /etc/sysconfig JAVA_OPTS with heap flags only, or with local-only JMX (-Dcom.sun.management.jmxremote, no port),
// a written unit's /etc/default file with JAVA_TOOL_OPTIONS heap sizing. Python: WhiteNoise on /opt/app/static under
// Flask app.run, aiohttp add_static('/static', ...), Twisted File('/opt/www'), pyftpdlib -d /opt/ftp/pub, run_simple without
// the Werkzeug debugger, python -m http.server --directory /opt/www, a prometheus_client exporter using
// functools.partial(print). The caller's instance: /etc/wgetrc (tries/timeout), aria2.conf dir=/srv/notes,
// curl --variable/--expand-*, compressors (zstd -o, gzip -dk, xz -dc | tar), GNU tar long options (and unique
// prefixes), python -m zipfile -e, xargs -a feeding curl -O --output-dir.
// Judged right, not filed: writing ServiceMonitors cluster-wide (even unlabelled) reads argocd's Secrets through the
// Prometheus Operator (KI2b); xargs -a of an unread file feeding curl (CI7b); gunicorn/waitress-serve on 0.0.0.0 are
// unread listeners (README, DECIDED round 49, `unreadListeners`), and a root server reading /srv is refused as a
// pod-writable data directory (README "node user data"), so those secure probes use Flask app.run, run_simple, /opt.
// Misses: none (0 insecure, 0 secure).
import { describeVariants, Resources, StackCase } from "./support";
import { callerScript } from "./callerInstanceBuilders";
import { bind, k8s } from "./variantBuilders";
import { devNodeScript, heredocFile, systemdUnit } from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const PROM_SA = { kind: "ServiceAccount", name: "prometheus", namespace: "monitoring" };
const file = heredocFile;

/** A stack ClusterRole carrying `labels` with these rules. */
const labelledRole = (r: Resources, name: string, labels: Record<string, string>, rules: object[]) =>
    void k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, name, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name, labels },
        rules,
    });
const PROM_LABELS = { "app.kubernetes.io/name": "prometheus", "app.kubernetes.io/part-of": "monitoring" };
const MANAGED = { "app.kubernetes.io/managed-by": "pulumi", team: "platform" };
const PROM_RULES = [
    {
        apiGroups: [""],
        resources: ["nodes", "nodes/metrics", "services", "endpoints", "pods"],
        verbs: ["get", "list", "watch"],
    },
    { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["get", "list", "watch"] },
    { nonResourceURLs: ["/metrics"], verbs: ["get"] },
];

/** An internal JVM package (unknown to the pack): its unit reads /etc/sysconfig/payments-batch. */
const packagedJvm = (opts: string) => [
    "dnf install -y payments-batch",
    ...file("/etc/sysconfig/payments-batch", [`JAVA_OPTS="${opts}"`]),
    "systemctl enable --now payments-batch",
];

/** A root Flask app (app.run on 0.0.0.0:8080, debug off) wrapped in WhiteNoise serving `root`. */
const whitenoise = (root: string) => [
    ...file("/opt/app/app.py", [
        "from flask import Flask",
        "from whitenoise import WhiteNoise",
        "app = Flask(__name__)",
        `app.wsgi_app = WhiteNoise(app.wsgi_app, root="${root}", prefix="static/")`,
        "@app.route('/healthz')",
        "def healthz():",
        "    return 'ok'",
        "if __name__ == '__main__':",
        "    app.run(host='0.0.0.0', port=8080, debug=False)",
    ]),
    "nohup python3 /opt/app/app.py >/var/log/app.log 2>&1 &",
];

/** The caller's instance: Jupyter configured in /etc/jupyter on 127.0.0.1 with no token, `lines`, then Jupyter. */
const JUPYTER_OPEN = [
    "pip3 install jupyterlab",
    "mkdir -p /etc/jupyter",
    "cat > /etc/jupyter/jupyter_server_config.py <<'PY'",
    "c.ServerApp.ip = '127.0.0.1'",
    "c.ServerApp.token = ''",
    "PY",
];
const jupyter = (name: string, lines: string[]) => (r: Resources) =>
    callerScript(r, name, [...JUPYTER_OPEN, ...lines, "nohup jupyter lab --allow-root >/var/log/jupyter.log 2>&1 &"]);

const CASES: StackCase[] = [
    // ================= Kubernetes: labelled stack ClusterRoles =================
    // Kubernetes "Using RBAC Authorization" (Aggregated ClusterRoles): an outside aggregated role selecting these
    // labels gains only these rules; read-only node/pod metadata is no custody power.
    {
        stack: "prod",
        name: "K1: a Prometheus ClusterRole (app.kubernetes.io labels) reading nodes/metrics, pods, services, endpoints, bound to monitoring/prometheus",
        edit: r => {
            labelledRole(r, "prometheus", PROM_LABELS, PROM_RULES);
            bind(r, "prometheus", { kind: "ClusterRole", name: "prometheus" }, [PROM_SA]);
        },
    },
    {
        stack: "prod",
        name: "KI1: the same labelled role also lists and gets secrets",
        edit: r => {
            labelledRole(r, "prometheus", PROM_LABELS, [
                ...PROM_RULES,
                { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch"] },
            ]);
            bind(r, "prometheus", { kind: "ClusterRole", name: "prometheus" }, [PROM_SA]);
        },
        refused: /prometheus|secrets/,
    },
    {
        stack: "dev",
        name: "K2: a team-labelled ClusterRole reading ServiceMonitors/PodMonitors/PrometheusRules, bound to platform-devs cluster-wide",
        edit: r => {
            labelledRole(r, "monitoring-reader", MANAGED, [
                {
                    apiGroups: ["monitoring.coreos.com"],
                    resources: ["servicemonitors", "podmonitors", "prometheusrules"],
                    verbs: ["get", "list", "watch"],
                },
            ]);
            bind(r, "devs-monitoring-reader", { kind: "ClusterRole", name: "monitoring-reader" }, [DEVS]);
        },
    },
    // Judged right (not a miss): writing ServiceMonitors cluster-wide, even unlabelled, is refused as reading argocd's
    // Secrets: Prometheus Operator API "ServiceMonitor" endpoints take bearerTokenSecret/authorization/basicAuth/tlsConfig
    // SecretKeySelectors "in the same namespace as the service monitor", which the operator reads and Prometheus sends
    // to the scrape target, so a writer in namespace argocd scrapes argocd-secret to a target of its choosing.
    {
        stack: "dev",
        name: "KI2b: the same role writing ServiceMonitors/PodMonitors/PrometheusRules cluster-wide (a ServiceMonitor in argocd names argocd-secret)",
        edit: r => {
            labelledRole(r, "monitoring-author", MANAGED, [
                {
                    apiGroups: ["monitoring.coreos.com"],
                    resources: ["servicemonitors", "podmonitors", "prometheusrules"],
                    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
                },
            ]);
            bind(r, "devs-monitoring-author", { kind: "ClusterRole", name: "monitoring-author" }, [DEVS]);
        },
        refused: /monitoring-author|argocd/,
    },
    {
        stack: "dev",
        name: "KI2: a managed-by-labelled ClusterRole granting pods/exec, bound to nobody (an outside aggregated role may select it)",
        edit: r =>
            labelledRole(r, "debug-exec", MANAGED, [
                { apiGroups: [""], resources: ["pods", "pods/exec"], verbs: ["get", "create"] },
            ]),
        refused: /debug-exec|exec|label/,
    },

    // ================= node user data: JVM options in written files =================
    // Oracle "Monitoring and Management Using JMX Technology": -Dcom.sun.management.jmxremote without a port enables
    // local monitoring only (attach by the same user); heap flags open nothing.
    {
        stack: "dev",
        name: "N1: an unknown packaged JVM unit (dnf) with /etc/sysconfig JAVA_OPTS heap/GC flags only",
        edit: devNodeScript("rt55-pkg-jvm-heap", packagedJvm("-Xms512m -Xmx1g -XX:+UseG1GC -XX:MaxGCPauseMillis=200")),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "N1b: the same with local-only JMX (-Dcom.sun.management.jmxremote, no port)",
        edit: devNodeScript("rt55-pkg-jvm-localjmx", packagedJvm("-Xmx1g -Dcom.sun.management.jmxremote")),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI1: the same /etc/sysconfig JAVA_OPTS with JDWP on *:5005",
        edit: devNodeScript(
            "rt55-pkg-jvm-jdwp",
            packagedJvm("-Xmx1g -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005"),
        ),
        config: nodePolicyConfig,
        refused: /rt55-pkg-jvm-jdwp/,
    },
    {
        stack: "dev",
        name: "NI1b: the same JAVA_OPTS with remote JMX on 9010, authenticate=false ssl=false",
        edit: devNodeScript(
            "rt55-pkg-jvm-jmx",
            packagedJvm(
                "-Xmx1g -Dcom.sun.management.jmxremote.port=9010 -Dcom.sun.management.jmxremote.authenticate=false -Dcom.sun.management.jmxremote.ssl=false",
            ),
        ),
        config: nodePolicyConfig,
        refused: /rt55-pkg-jvm-jmx/,
    },
    // systemd.exec(5) EnvironmentFile=; JDK "JAVA_TOOL_OPTIONS" is read by every JVM.
    {
        stack: "dev",
        name: "N2: a written java -jar unit whose EnvironmentFile /etc/default/ledger-export sets JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=75",
        edit: devNodeScript("rt55-default-jto", [
            ...file("/etc/default/ledger-export", [
                'JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"',
            ]),
            ...systemdUnit("ledger-export", [
                "EnvironmentFile=/etc/default/ledger-export",
                "ExecStart=/usr/bin/java -jar /opt/ledger-export/ledger-export.jar",
            ]),
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI2: the same /etc/default file with JAVA_TOOL_OPTIONS JDWP on 0.0.0.0:5005",
        edit: devNodeScript("rt55-default-jto-jdwp", [
            ...file("/etc/default/ledger-export", [
                'JAVA_TOOL_OPTIONS="-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=0.0.0.0:5005"',
            ]),
            ...systemdUnit("ledger-export", [
                "EnvironmentFile=/etc/default/ledger-export",
                "ExecStart=/usr/bin/java -jar /opt/ledger-export/ledger-export.jar",
            ]),
        ]),
        config: nodePolicyConfig,
        refused: /rt55-default-jto-jdwp/,
    },

    // ================= node user data: Python servers =================
    // WhiteNoise docs "WhiteNoise(application, root=...)": serves the files under root.
    {
        stack: "dev",
        name: "N3: Flask app.run(host=0.0.0.0, debug=False) with WhiteNoise root=/opt/app/static",
        edit: devNodeScript("rt55-whitenoise-static", whitenoise("/opt/app/static")),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI3: the same WhiteNoise with root=/",
        edit: devNodeScript("rt55-whitenoise-root", whitenoise("/")),
        config: nodePolicyConfig,
        refused: /rt55-whitenoise-root/,
    },
    // aiohttp "Static file handling": add_static(prefix, path) serves path's tree.
    {
        stack: "dev",
        name: "N4: aiohttp add_static('/static', '/opt/app/static') under web.run_app (every address)",
        edit: devNodeScript("rt55-aiohttp-static", [
            ...file("/opt/app/serve.py", [
                "from aiohttp import web",
                "app = web.Application()",
                'app.router.add_static("/static", "/opt/app/static")',
                "web.run_app(app, port=8080)",
            ]),
            "nohup python3 /opt/app/serve.py &",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "N5: Twisted static.File('/opt/www') on reactor.listenTCP(8080)",
        edit: devNodeScript("rt55-twisted-www", [
            ...file("/opt/app/serve.py", [
                "from twisted.web.server import Site",
                "from twisted.web.static import File",
                "from twisted.internet import reactor",
                "reactor.listenTCP(8080, Site(File('/opt/www')))",
                "reactor.run()",
            ]),
            "nohup python3 /opt/app/serve.py &",
        ]),
        config: nodePolicyConfig,
    },
    // pyftpdlib "Quick start": python -m pyftpdlib -d DIR serves DIR to anonymous users (read-only without -w).
    {
        stack: "dev",
        name: "N6: python3 -m pyftpdlib -p 2121 -d /opt/ftp/pub (anonymous, read-only)",
        edit: devNodeScript("rt55-pyftpd-pub", [
            "mkdir -p /opt/ftp/pub",
            "nohup python3 -m pyftpdlib -p 2121 -d /opt/ftp/pub &",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI6: python3 -m pyftpdlib -p 2121 -d / (anonymous read of the node)",
        edit: devNodeScript("rt55-pyftpd-root", ["nohup python3 -m pyftpdlib -p 2121 -d / &"]),
        config: nodePolicyConfig,
        refused: /rt55-pyftpd-root/,
    },
    // Werkzeug "Debugging Applications": DebuggedApplication(evalex=True) runs Python sent by any client.
    {
        stack: "dev",
        name: "N7: a Flask app under werkzeug run_simple('0.0.0.0', 8080, use_debugger=False)",
        edit: devNodeScript("rt55-waitress-plain", [
            ...file("/opt/app/app.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                "from werkzeug.serving import run_simple",
                "@app.route('/healthz')",
                "def healthz():",
                "    return 'ok'",
                "run_simple('0.0.0.0', 8080, app, use_debugger=False, use_reloader=False)",
            ]),
            "nohup python3 /opt/app/app.py &",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI7: the same app wrapped in DebuggedApplication(evalex=True) under run_simple on 0.0.0.0",
        edit: devNodeScript("rt55-waitress-debugger", [
            ...file("/opt/app/app.py", [
                "from flask import Flask",
                "from werkzeug.debug import DebuggedApplication",
                "app = Flask(__name__)",
                "from werkzeug.serving import run_simple",
                "run_simple('0.0.0.0', 8080, DebuggedApplication(app, evalex=True))",
            ]),
            "nohup python3 /opt/app/app.py &",
        ]),
        config: nodePolicyConfig,
        refused: /rt55-waitress-debugger/,
    },
    {
        stack: "dev",
        name: "N8: python3 -m http.server 8000 --bind 0.0.0.0 --directory /opt/www",
        edit: devNodeScript("rt55-httpserver-www", [
            "mkdir -p /opt/www",
            "nohup python3 -m http.server 8000 --bind 0.0.0.0 --directory /opt/www &",
        ]),
        config: nodePolicyConfig,
    },
    // prometheus_client "Exporting": start_http_server serves the registry's metrics only.
    {
        stack: "dev",
        name: "N9: a prometheus_client exporter (start_http_server(9105)) with functools.partial(print, flush=True) for logging",
        edit: devNodeScript("rt55-py-exporter-partial", [
            ...file("/opt/exporter/exporter.py", [
                "import functools, time",
                "from prometheus_client import Gauge, start_http_server",
                "log = functools.partial(print, flush=True)",
                "up = Gauge('ledger_up', 'ledger reachable')",
                "start_http_server(9105)",
                "while True:",
                "    up.set(1)",
                "    log('tick')",
                "    time.sleep(15)",
            ]),
            "nohup python3 /opt/exporter/exporter.py &",
        ]),
        config: nodePolicyConfig,
    },

    // ================= the caller's instance: downloaders, compressors, extractors =================
    // GNU Wget manual "Startup File" (/etc/wgetrc; dir_prefix = -P, output_document = -O).
    {
        stack: "cross-account",
        name: "C1: /etc/wgetrc with tries/timeout, then wget -q -P /srv/notes URL",
        edit: jupyter("rt55-caller-wgetrc-srv", [
            ...file("/etc/wgetrc", ["tries = 3", "timeout = 30", "https_only = on"]),
            "mkdir -p /srv/notes",
            "wget -q -P /srv/notes https://seed.example.com/README.md",
        ]),
    },
    {
        stack: "cross-account",
        name: "CI1: /etc/wgetrc with output_document = /etc/jupyter/jupyter_server_config.py",
        edit: jupyter("rt55-caller-wgetrc-out", [
            ...file("/etc/wgetrc", ["tries = 3", "output_document = /etc/jupyter/jupyter_server_config.py"]),
            "wget -q https://seed.example.com/README.md",
        ]),
        refused: /rt55-caller-wgetrc-out/,
    },
    // aria2c(1) "aria2.conf": $HOME/.aria2/aria2.conf, one option per line (dir=).
    {
        stack: "cross-account",
        name: "C2: root's ~/.aria2/aria2.conf dir=/srv/notes, then aria2c URL",
        edit: jupyter("rt55-caller-aria2-srv", [
            ...file("/root/.aria2/aria2.conf", ["dir=/srv/notes", "max-connection-per-server=4", "continue=true"]),
            "mkdir -p /srv/notes",
            "aria2c https://seed.example.com/notes.tar.gz",
        ]),
    },
    {
        stack: "cross-account",
        name: "CI2: the same aria2.conf with dir=/etc/jupyter and out=jupyter_server_config.py",
        edit: jupyter("rt55-caller-aria2-jupyter", [
            ...file("/root/.aria2/aria2.conf", ["dir=/etc/jupyter", "allow-overwrite=true"]),
            "aria2c -o jupyter_server_config.py https://seed.example.com/config.py",
        ]),
        refused: /rt55-caller-aria2-jupyter/,
    },
    // curl(1) --variable / --expand-*: {{name}} expands in the option's value.
    {
        stack: "cross-account",
        name: "C3: curl --variable host=... --expand-url https://{{host}}/README.md -o /srv/notes/README.md",
        edit: jupyter("rt55-caller-curl-var-srv", [
            "mkdir -p /srv/notes",
            'curl -fsSL --variable host=seed.example.com --expand-url "https://{{host}}/README.md" -o /srv/notes/README.md',
        ]),
    },
    {
        stack: "cross-account",
        name: "CI3: curl --variable dir=/etc/jupyter --expand-output {{dir}}/jupyter_server_config.py",
        edit: jupyter("rt55-caller-curl-var-out", [
            'curl -fsSL --variable dir=/etc/jupyter --expand-output "{{dir}}/jupyter_server_config.py" https://seed.example.com/c.py',
        ]),
        refused: /rt55-caller-curl-var-out/,
    },
    {
        stack: "cross-account",
        name: "C4: zstd -d -o /srv/notes/notes.tar, gzip -dk /srv/notes/README.md.gz, xz -dc NOTES | tar -x -C /srv/notes",
        edit: jupyter("rt55-caller-compressors-srv", [
            "mkdir -p /srv/notes",
            "zstd -d /opt/seed/notes.tar.zst -o /srv/notes/notes.tar",
            "tar -xf /srv/notes/notes.tar -C /srv/notes",
            "cp /opt/seed/README.md.gz /srv/notes/ && gzip -dk /srv/notes/README.md.gz",
            "xz -dc /opt/seed/more.tar.xz | tar -x -C /srv/notes",
        ]),
    },
    {
        stack: "cross-account",
        name: "CI4: zstd -d -f CONFIG -o /etc/jupyter/jupyter_server_config.py",
        edit: jupyter("rt55-caller-zstd-jupyter", [
            "zstd -d -f /opt/seed/config.zst -o /etc/jupyter/jupyter_server_config.py",
        ]),
        refused: /rt55-caller-zstd-jupyter/,
    },
    // GNU tar manual "Option Abbreviations": long options may be abbreviated to a unique prefix.
    {
        stack: "cross-account",
        name: "C5: tar --extract --gunzip --file=NOTES --directory=/srv/notes --no-same-owner (and tar --ext --fil NOTES --dir /srv/notes)",
        edit: jupyter("rt55-caller-tar-long-srv", [
            "mkdir -p /srv/notes",
            "tar --extract --gunzip --file=/opt/seed/notes.tgz --directory=/srv/notes --no-same-owner",
            "tar --ext --fil /opt/seed/more.tar --dir /srv/notes",
        ]),
    },
    {
        stack: "cross-account",
        name: "CI5: tar --extract --file=NOTES --directory=/srv/notes --absolute-na (--absolute-names by prefix)",
        edit: jupyter("rt55-caller-tar-abs-prefix", [
            "mkdir -p /srv/notes",
            "tar --extract --file=/opt/seed/notes.tar --directory=/srv/notes --absolute-na",
        ]),
        refused: /rt55-caller-tar-abs-prefix/,
    },
    // Python "zipfile" ZipFile.extract: absolute names and ".." components are removed.
    {
        stack: "cross-account",
        name: "C6: python3 -m zipfile -e NOTES.zip /srv/notes",
        edit: jupyter("rt55-caller-pyzip-srv", [
            "mkdir -p /srv/notes",
            "python3 -m zipfile -e /opt/seed/notes.zip /srv/notes",
        ]),
    },
    // Python "tarfile" (3.9 on AL2023, no extraction filter): members may be absolute or contain "..".
    {
        stack: "cross-account",
        name: "CI6: python3 -m tarfile -e NOTES.tar /srv/notes (absolute member names written)",
        edit: jupyter("rt55-caller-pytar-srv", [
            "mkdir -p /srv/notes",
            "python3 -m tarfile -e /opt/seed/notes.tar /srv/notes",
        ]),
        refused: /rt55-caller-pytar-srv/,
    },
    // Judged right (not a miss): xargs(1) -a FILE passes FILE's words as arguments, and a word of an unread file may be
    // an option (curl(1) `--output=PATH`, `--config=FILE` as one argument), so the written paths are unknown.
    {
        stack: "cross-account",
        name: "CI7b: xargs -a URLS -n1 curl -fsSLO --output-dir /srv/notes (URLS unread: a word may be --output=...)",
        edit: jupyter("rt55-caller-xargs-srv", [
            "mkdir -p /srv/notes",
            "xargs -a /opt/seed/urls.txt -n1 curl -fsSLO --output-dir /srv/notes",
        ]),
        refused: /rt55-caller-xargs-srv/,
    },
    {
        stack: "cross-account",
        name: "CI7: xargs -a PAIRS -n2 curl -fsSL -o (the file names the output paths)",
        edit: jupyter("rt55-caller-xargs-pairs", ["xargs -a /opt/seed/pairs.txt -n2 curl -fsSL -o"]),
        refused: /rt55-caller-xargs-pairs/,
    },
];

describeVariants(
    "red team 55: secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
