// Red-team round 56 on false positives across the committed stacks (fresh eyes), aimed at round 55's tightened
// rules. Probed: SECURE variants a careful platform team writes beside the custody workloads, each with an insecure
// neighbour that must stay refused. Kubernetes (round 55's outsideAggregationLabels):
// Argo Rollouts' chart aggregate-to-view role (aggregate-to-view "true" plus app.kubernetes.io labels) reading its CRDs,
// unbound and with built-in view bound to platform-devs; cert-manager's view role labelled aggregate-to-view/edit/admin
// "true"; neighbours: the same role reading Secrets, a role labelled aggregate-to-view: "True" (not the built-in's value)
// granting pods/exec. The caller's instance (round 55's xargsWords): written argument files under -ra bundles,
// --arg-file=/--arg-file FILE, -I{}, -d/--delimiter, -0r after find -print0, printf | xargs, sh -c per item, quoted URLs;
// neighbours: the written list naming --output (plain, quoted, backslash-escaped: xargs removes quotes and backslashes),
// -I{} names with "..", the replace string as the command name, sh -c '{}' and sh -c '"$@"' running written lines, a
// list appended to or downloaded over after the heredoc. Node user data (round 54's JVM rules): jcmd GC.heap_info and
// ManagementAgent.start_local, the cassandra package with jvm-server.options heap flags, the tomcat package's setenv.sh
// with heap flags, a python3 -m module unit (User=nobody, /opt) serving prometheus_client on an imported loopback
// constant; neighbours: jcmd ManagementAgent.start on 9010 without authentication, cassandra-env.sh with remote JMX.
// IAM/KMS/DynamoDB were not probed this round (time box).
// Misses: none (0 insecure, 0 secure).
import { describeVariants, Resources, StackCase } from "./support";
import { callerScript } from "./callerInstanceBuilders";
import { bind, k8s } from "./variantBuilders";
import { devNodeScript, heredocFile, systemdUnit } from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const file = heredocFile;

/** A stack ClusterRole carrying `labels` with these rules. */
const labelledRole = (r: Resources, name: string, labels: Record<string, string>, rules: object[]) =>
    void k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, name, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name, labels },
        rules,
    });
/** The labels Argo Rollouts' chart puts on its aggregate-to-view role (argo-helm charts/argo-rollouts aggregate-roles.yaml). */
const ROLLOUTS_VIEW = {
    "rbac.authorization.k8s.io/aggregate-to-view": "true",
    "app.kubernetes.io/component": "aggregate-cluster-role",
    "app.kubernetes.io/name": "argo-rollouts",
    "app.kubernetes.io/part-of": "argo-rollouts",
};
const READ_ROLLOUTS = [
    {
        apiGroups: ["argoproj.io"],
        resources: [
            "rollouts",
            "rollouts/scale",
            "experiments",
            "analysistemplates",
            "clusteranalysistemplates",
            "analysisruns",
        ],
        verbs: ["get", "list", "watch"],
    },
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

/** A written java -jar unit (ledger-export) and `lines` after it. */
const ledgerUnit = (lines: string[]) => [
    ...systemdUnit("ledger-export", ["ExecStart=/usr/bin/java -Xmx1g -jar /opt/ledger-export/ledger-export.jar"]),
    ...lines,
];

const CASES: StackCase[] = [
    // ================= Kubernetes: aggregation labels of common charts =================
    {
        stack: "prod",
        name: "K1: Argo Rollouts' aggregate-to-view role (aggregate-to-view true + app.kubernetes.io labels) reading Rollouts/Analysis CRDs, unbound",
        edit: r => labelledRole(r, "argo-rollouts-aggregate-to-view", ROLLOUTS_VIEW, READ_ROLLOUTS),
    },
    {
        stack: "dev",
        name: "K1b: the same role, and the stack binds built-in view to platform-devs cluster-wide",
        edit: r => {
            labelledRole(r, "argo-rollouts-aggregate-to-view", ROLLOUTS_VIEW, READ_ROLLOUTS);
            bind(r, "devs-view", { kind: "ClusterRole", name: "view" }, [DEVS]);
        },
    },
    {
        stack: "dev",
        name: "KI1: the same labelled role also gets/lists secrets (joins view's holders and outside selectors)",
        edit: r => {
            labelledRole(r, "argo-rollouts-aggregate-to-view", ROLLOUTS_VIEW, [
                ...READ_ROLLOUTS,
                { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] },
            ]);
            bind(r, "devs-view", { kind: "ClusterRole", name: "view" }, [DEVS]);
        },
        refused: /argo-rollouts-aggregate-to-view|secrets/,
    },
    {
        stack: "dev",
        name: 'KI1b: a role labelled only aggregate-to-view: "True" (not the built-in\'s "true": any outside selector) granting pods/exec',
        edit: r =>
            labelledRole(r, "debug-view", { "rbac.authorization.k8s.io/aggregate-to-view": "True" }, [
                { apiGroups: [""], resources: ["pods", "pods/exec"], verbs: ["get", "create"] },
            ]),
        refused: /debug-view|exec|label/,
    },
    {
        stack: "prod",
        name: 'K2: cert-manager-style view role (aggregate-to-view, aggregate-to-edit, aggregate-to-admin "true" + app labels) reading Certificates/Issuers',
        edit: r =>
            labelledRole(
                r,
                "cert-manager-view",
                {
                    "rbac.authorization.k8s.io/aggregate-to-view": "true",
                    "rbac.authorization.k8s.io/aggregate-to-edit": "true",
                    "rbac.authorization.k8s.io/aggregate-to-admin": "true",
                    "app.kubernetes.io/name": "cert-manager",
                    "app.kubernetes.io/instance": "cert-manager",
                    "app.kubernetes.io/component": "controller",
                },
                [
                    {
                        apiGroups: ["cert-manager.io"],
                        resources: ["certificates", "certificaterequests", "issuers"],
                        verbs: ["get", "list", "watch"],
                    },
                    {
                        apiGroups: ["acme.cert-manager.io"],
                        resources: ["challenges", "orders"],
                        verbs: ["get", "list", "watch"],
                    },
                ],
            ),
    },

    // ================= the caller's instance: xargs with a written argument file =================
    // GNU findutils xargs(1): -a FILE reads items from FILE; -r runs nothing on empty input; -n max-args.
    {
        stack: "cross-account",
        name: "C1: a written URL list fed by xargs -ra URLS -n1 curl -fsSLO --output-dir /srv/notes",
        edit: jupyter("rt56-caller-xargs-ra-srv", [
            "mkdir -p /srv/notes /opt/seed",
            ...file("/opt/seed/urls.txt", [
                "https://seed.example.com/README.md",
                "https://seed.example.com/notes/intro.md",
            ]),
            "xargs -ra /opt/seed/urls.txt -n1 curl -fsSLO --output-dir /srv/notes",
        ]),
    },
    {
        stack: "cross-account",
        name: "C2: a written name list fed by xargs --arg-file=NAMES -I{} curl -fsSL -o /srv/notes/{}.md https://seed/{}.md",
        edit: jupyter("rt56-caller-xargs-replace-srv", [
            "mkdir -p /srv/notes /opt/seed",
            ...file("/opt/seed/names.txt", ["intro", "setup", "faq"]),
            "xargs --arg-file=/opt/seed/names.txt -I{} curl -fsSL -o /srv/notes/{}.md https://seed.example.com/{}.md",
        ]),
    },
    {
        stack: "cross-account",
        name: "C3: printf URLS | xargs -n1 -P4 curl -fsSLO --output-dir /srv/notes",
        edit: jupyter("rt56-caller-xargs-pipe-srv", [
            "mkdir -p /srv/notes",
            "printf '%s\\n' https://seed.example.com/README.md https://seed.example.com/faq.md | xargs -n1 -P4 curl -fsSLO --output-dir /srv/notes",
        ]),
    },
    {
        stack: "cross-account",
        name: "CI1: the written list names --output /etc/jupyter/jupyter_server_config.py",
        edit: jupyter("rt56-caller-xargs-out", [
            "mkdir -p /opt/seed",
            ...file("/opt/seed/urls.txt", [
                "--output /etc/jupyter/jupyter_server_config.py https://seed.example.com/c.py",
            ]),
            "xargs -ra /opt/seed/urls.txt curl -fsSL",
        ]),
        refused: /rt56-caller-xargs-out/,
    },
    // GNU findutils xargs(1): "xargs reads items from the standard input, delimited by blanks (which can be protected
    // with double or single quotes or a backslash)": quotes and backslashes are removed from the items it passes.
    {
        stack: "cross-account",
        name: 'CI2: the written list quotes the option: "--output" "/etc/jupyter/jupyter_server_config.py" (xargs removes the quotes)',
        edit: jupyter("rt56-caller-xargs-quoted", [
            "mkdir -p /opt/seed",
            ...file("/opt/seed/urls.txt", [
                '"--output" "/etc/jupyter/jupyter_server_config.py" https://seed.example.com/c.py',
            ]),
            "xargs -ra /opt/seed/urls.txt curl -fsSL",
        ]),
        refused: /rt56-caller-xargs-quoted/,
    },
    {
        stack: "cross-account",
        name: "CI3: the written list escapes the option: \\-\\-output /etc/jupyter/... (xargs removes the backslashes)",
        edit: jupyter("rt56-caller-xargs-backslash", [
            "mkdir -p /opt/seed",
            ...file("/opt/seed/urls.txt", [
                "\\-\\-output /etc/jupyter/jupyter_server_config.py https://seed.example.com/c.py",
            ]),
            "xargs -ra /opt/seed/urls.txt curl -fsSL",
        ]),
        refused: /rt56-caller-xargs-backslash/,
    },
    {
        stack: "cross-account",
        name: "CI4: -I{} with -o /srv/notes/{} and the written name ../../etc/jupyter/jupyter_server_config.py",
        edit: jupyter("rt56-caller-xargs-dotdot", [
            "mkdir -p /srv/notes /opt/seed",
            ...file("/opt/seed/names.txt", ["../../etc/jupyter/jupyter_server_config.py"]),
            "xargs -a /opt/seed/names.txt -I{} curl -fsSL -o /srv/notes/{} https://seed.example.com/c.py",
        ]),
        refused: /rt56-caller-xargs-dotdot/,
    },
    {
        stack: "cross-account",
        name: 'CI4b: the same name quoted ("../../etc/jupyter/jupyter_server_config.py"): xargs removes the quotes',
        edit: jupyter("rt56-caller-xargs-dotdot-quoted", [
            "mkdir -p /srv/notes /opt/seed",
            ...file("/opt/seed/names.txt", ['"../../etc/jupyter/jupyter_server_config.py"']),
            "xargs -a /opt/seed/names.txt -I{} curl -fsSL -o /srv/notes/{} https://seed.example.com/c.py",
        ]),
        refused: /rt56-caller-xargs-dotdot-quoted/,
    },

    {
        stack: "cross-account",
        name: "C4: quoted URLs in the written list, then xargs -d '\\n' -r -a / --delimiter --no-run-if-empty --arg-file --max-args, and find -print0 | xargs -0r gunzip -k",
        edit: jupyter("rt56-caller-xargs-forms-srv", [
            "mkdir -p /srv/notes /opt/seed",
            ...file("/opt/seed/urls.txt", ['"https://seed.example.com/README.md"', "https://seed.example.com/faq.md"]),
            "xargs -d '\\n' -r -a /opt/seed/urls.txt -n1 curl -fsSLO --output-dir /srv/notes",
            "xargs --delimiter='\\n' --no-run-if-empty --arg-file /opt/seed/urls.txt --max-args 1 curl -fsSLO --output-dir /srv/notes",
            "find /srv/notes -name '*.gz' -print0 | xargs -0r gunzip -k",
        ]),
    },
    {
        stack: "cross-account",
        name: 'C5: xargs -a URLS -n1 sh -c \'curl -fsSL -o "/srv/notes/$(basename "$1")" "$1"\' _, and xargs -I{} sh -c \'{}\' over a written curl into /srv/notes',
        edit: jupyter("rt56-caller-xargs-sh-srv", [
            "mkdir -p /opt/seed /srv/notes",
            ...file("/opt/seed/urls.txt", ["https://seed.example.com/README.md"]),
            ...file("/opt/seed/steps.txt", ["curl -fsSL -o /srv/notes/faq.md https://seed.example.com/faq.md"]),
            'xargs -a /opt/seed/urls.txt -n1 sh -c \'curl -fsSL -o "/srv/notes/$(basename "$1")" "$1"\' _',
            "xargs -a /opt/seed/steps.txt -I{} sh -c '{}'",
        ]),
    },
    // Round 71 (neighbours of C5): xargs runs its command itself (execvp, no shell), so the `$` in a single-quoted
    // `sh -c` script reaches that shell as text, which expands it with the run's items as $1... (bash(1), "-c").
    {
        stack: "cross-account",
        name: 'C5b: xargs -a URLS -n1 sh -c with a literal basename in $(...) and "$1" the URL',
        edit: jupyter("rt71-caller-xargs-sh-litbase", [
            "mkdir -p /opt/seed /srv/notes",
            ...file("/opt/seed/urls.txt", ["https://seed.example.com/README.md"]),
            'xargs -a /opt/seed/urls.txt -n1 sh -c \'curl -fsSL -o "/srv/notes/$(basename https://seed.example.com/README.md)" "$1"\' _',
        ]),
    },
    {
        stack: "cross-account",
        name: "C5c: xargs -a NAMES -n1 sh -c 'curl -o \"/srv/notes/$1\" URL' _ over a written plain name",
        edit: jupyter("rt71-caller-xargs-sh-name", [
            "mkdir -p /opt/seed /srv/notes",
            ...file("/opt/seed/names.txt", ["README.md"]),
            "xargs -a /opt/seed/names.txt -n1 sh -c 'curl -fsSL -o \"/srv/notes/$1\" https://seed.example.com/README.md' _",
        ]),
    },
    {
        stack: "cross-account",
        name: "CI5c: xargs -a NAMES -n1 sh -c 'curl -o \"/srv/notes/$1\" URL' _ over ../../etc/jupyter/jupyter_server_config.py",
        edit: jupyter("rt71-caller-xargs-sh-dotdot", [
            "mkdir -p /opt/seed /srv/notes",
            ...file("/opt/seed/names.txt", ["../../etc/jupyter/jupyter_server_config.py"]),
            "xargs -a /opt/seed/names.txt -n1 sh -c 'curl -fsSL -o \"/srv/notes/$1\" https://seed.example.com/c.py' _",
        ]),
        refused: /rt71-caller-xargs-sh-dotdot/,
    },
    {
        stack: "cross-account",
        name: 'CI5d: xargs -a URLS -n1 sh -c \'curl -o "/etc/jupyter/$(basename "$1")" "$1"\' _ over a URL named jupyter_server_config.py',
        edit: jupyter("rt71-caller-xargs-sh-basejup", [
            "mkdir -p /opt/seed",
            ...file("/opt/seed/urls.txt", ["https://seed.example.com/jupyter_server_config.py"]),
            'xargs -a /opt/seed/urls.txt -n1 sh -c \'curl -fsSL -o "/etc/jupyter/$(basename "$1")" "$1"\' _',
        ]),
        refused: /rt71-caller-xargs-sh-basejup/,
    },
    {
        stack: "cross-account",
        name: "CI5e: xargs -I{} sh -c '{}' over a written line whose $(echo ...) names the Jupyter config",
        edit: jupyter("rt71-caller-xargs-sh-lineecho", [
            "mkdir -p /opt/seed",
            ...file("/opt/seed/steps.txt", [
                'curl -fsSL -o "/etc/jupyter/$(echo jupyter_server_config.py)" https://seed.example.com/c.py',
            ]),
            "xargs -a /opt/seed/steps.txt -I{} sh -c '{}'",
        ]),
        refused: /rt71-caller-xargs-sh-lineecho/,
    },
    // GNU findutils xargs(1) -I: "Replace occurrences of replace-str in the initial-arguments" (the command name too).
    {
        stack: "cross-account",
        name: "CI5: xargs -a TOOL -I{} {} -fsSL -o /etc/jupyter/jupyter_server_config.py URL (the file names curl)",
        edit: jupyter("rt56-caller-xargs-cmdname", [
            "mkdir -p /opt/seed",
            ...file("/opt/seed/tool.txt", ["curl"]),
            "xargs -a /opt/seed/tool.txt -I{} {} -fsSL -o /etc/jupyter/jupyter_server_config.py https://seed.example.com/c.py",
        ]),
        refused: /rt56-caller-xargs-cmdname/,
    },
    {
        stack: "cross-account",
        name: "CI6: xargs -I{} sh -c '{}' over a written line curl -o /etc/jupyter/jupyter_server_config.py",
        edit: jupyter("rt56-caller-xargs-sh-jupyter", [
            "mkdir -p /opt/seed",
            ...file("/opt/seed/steps.txt", [
                "curl -fsSL -o /etc/jupyter/jupyter_server_config.py https://seed.example.com/c.py",
            ]),
            "xargs -a /opt/seed/steps.txt -I{} sh -c '{}'",
        ]),
        refused: /rt56-caller-xargs-sh-jupyter/,
    },
    {
        stack: "cross-account",
        name: "CI6b: xargs -a STEPS -L1 sh -c '\"$@\"' sh over the same written line",
        edit: jupyter("rt56-caller-xargs-sh-args", [
            "mkdir -p /opt/seed",
            ...file("/opt/seed/steps.txt", [
                "curl -fsSL -o /etc/jupyter/jupyter_server_config.py https://seed.example.com/c.py",
            ]),
            "xargs -a /opt/seed/steps.txt -L1 sh -c '\"$@\"' sh",
        ]),
        refused: /rt56-caller-xargs-sh-args/,
    },
    {
        stack: "cross-account",
        name: "CI7: a written list appended with --output=/etc/jupyter/... before xargs -ra",
        edit: jupyter("rt56-caller-xargs-appended", [
            "mkdir -p /opt/seed",
            ...file("/opt/seed/urls.txt", ["https://seed.example.com/README.md"]),
            "echo '--output=/etc/jupyter/jupyter_server_config.py' >> /opt/seed/urls.txt",
            "xargs -ra /opt/seed/urls.txt curl -fsSL",
        ]),
        refused: /rt56-caller-xargs-appended/,
    },
    {
        stack: "cross-account",
        name: "CI8: a written list downloaded over (curl -o URLS) before xargs -ra URLS -n1 curl -fsSLO --output-dir /srv/notes",
        edit: jupyter("rt56-caller-xargs-redownloaded", [
            "mkdir -p /opt/seed /srv/notes",
            ...file("/opt/seed/urls.txt", ["https://seed.example.com/README.md"]),
            "curl -fsSL -o /opt/seed/urls.txt https://seed.example.com/urls.txt",
            "xargs -ra /opt/seed/urls.txt -n1 curl -fsSLO --output-dir /srv/notes",
        ]),
        refused: /rt56-caller-xargs-redownloaded/,
    },

    // ================= node user data: jcmd and packaged JVMs =================
    // jcmd(1): GC.heap_info prints heap usage; ManagementAgent.start_local starts the local agent only.
    {
        stack: "dev",
        name: "N1: a timer runs jcmd PID GC.heap_info and ManagementAgent.start_local against the ledger-export JVM",
        edit: devNodeScript(
            "rt56-jcmd-local",
            ledgerUnit([
                "sleep 30",
                "PID=$(systemctl show -p MainPID --value ledger-export)",
                'jcmd "$PID" GC.heap_info >>/var/log/ledger-heap.log',
                'jcmd "$PID" ManagementAgent.start_local',
            ]),
        ),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI1: jcmd PID ManagementAgent.start jmxremote.port=9010 jmxremote.authenticate=false jmxremote.ssl=false",
        edit: devNodeScript(
            "rt56-jcmd-remote",
            ledgerUnit([
                "sleep 30",
                "PID=$(systemctl show -p MainPID --value ledger-export)",
                'jcmd "$PID" ManagementAgent.start jmxremote.port=9010 jmxremote.authenticate=false jmxremote.ssl=false',
            ]),
        ),
        config: nodePolicyConfig,
        refused: /rt56-jcmd-remote/,
    },
    // Cassandra's conf/cassandra-env.sh: LOCAL_JMX=yes (the default) binds JMX to localhost only.
    {
        stack: "dev",
        name: "N2: the cassandra package with /etc/cassandra/jvm-server.options heap flags (cassandra-env.sh as shipped, LOCAL_JMX=yes)",
        edit: devNodeScript("rt56-cassandra-local", [
            "dnf install -y cassandra",
            ...file("/etc/cassandra/jvm-server.options", ["-Xms2G", "-Xmx2G", "-XX:+UseG1GC"]),
            "systemctl enable --now cassandra",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI2: cassandra-env.sh written with LOCAL_JMX=no and authenticate=false",
        edit: devNodeScript("rt56-cassandra-remote", [
            "dnf install -y cassandra",
            ...file("/etc/cassandra/cassandra-env.sh", [
                'JMX_PORT="7199"',
                'JVM_OPTS="$JVM_OPTS -Dcassandra.jmx.remote.port=$JMX_PORT"',
                'JVM_OPTS="$JVM_OPTS -Dcom.sun.management.jmxremote.rmi.port=$JMX_PORT"',
                'JVM_OPTS="$JVM_OPTS -Dcom.sun.management.jmxremote.ssl=false"',
                'JVM_OPTS="$JVM_OPTS -Dcom.sun.management.jmxremote.authenticate=false"',
            ]),
            "systemctl enable --now cassandra",
        ]),
        config: nodePolicyConfig,
        refused: /rt56-cassandra-remote/,
    },
    // Tomcat "RUNNING.txt" (3.4): setenv.sh sets CATALINA_OPTS/JAVA_OPTS.
    {
        stack: "dev",
        name: "N3: the tomcat package with /usr/share/tomcat/bin/setenv.sh heap flags only",
        edit: devNodeScript("rt56-tomcat-heap", [
            "dnf install -y tomcat",
            ...file("/usr/share/tomcat/bin/setenv.sh", ['CATALINA_OPTS="-Xms512m -Xmx2g -XX:+UseG1GC"']),
            "systemctl enable --now tomcat",
        ]),
        config: nodePolicyConfig,
    },

    // ================= node user data: Python services =================
    {
        stack: "dev",
        name: "N4: a unit running python3 -m ledger_exporter.main in WorkingDirectory=/opt/ledger-exporter (User=nobody), serving on 127.0.0.1 from an imported constant",
        edit: devNodeScript("rt56-py-module", [
            ...file("/opt/ledger-exporter/ledger_exporter/__init__.py", [""]),
            ...file("/opt/ledger-exporter/ledger_exporter/settings.py", ["HOST = '127.0.0.1'", "PORT = 9106"]),
            ...file("/opt/ledger-exporter/ledger_exporter/main.py", [
                "from prometheus_client import start_http_server, Gauge",
                "from ledger_exporter.settings import HOST, PORT",
                "import time",
                "g = Gauge('ledger_lag_seconds', 'lag')",
                "start_http_server(PORT, addr=HOST)",
                "while True:",
                "    g.set(0)",
                "    time.sleep(15)",
            ]),
            ...systemdUnit("ledger-exporter", [
                "User=nobody",
                "WorkingDirectory=/opt/ledger-exporter",
                "ExecStart=/usr/bin/python3 -m ledger_exporter.main",
            ]),
        ]),
        config: nodePolicyConfig,
    },
];

describeVariants(
    "red team 56: secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
