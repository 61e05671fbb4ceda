// Red-team round 78 (fresh eyes) on EKS NODE security, area nsec: listeners of programs root (or a node agent) runs on
// nodes, hardest on round 78's fixes (logAgents.ts, jsProperty last-wins, bunDotEnv, templateInstances, docker -H
// without scheme / pflag -H= / --tlsverify ParseBool, containerd tcp_address, goParsedSlice).
// Probed: Telegraf plugins taking a binary path (ipmi_sensor path, smart path_smartctl, nvidia_smi bin_path, varnish
// binary), inputs.exec environment (PATH/LD_PRELOAD), inputs.http of instance metadata and exec output published by
// outputs.prometheus_client, http_listener_v2 -> outputs.file; fluentd/td-agent debug_agent (dRuby) in classic, v0.12
// and YAML syntax; Fluent Bit http/tcp inputs -> file output (classic and YAML); Vector http_server -> file sink;
// collectd Exec of a pod-writable program; python -m http.server argparse spellings (abbreviation, glued, last wins,
// ::), UVICORN_HOST; Go flag values changed around Parse (os.Args rewritten, flag.Set, *addr =, pflag interspersed,
// `--`); Node listen option keys (\u escapes, computed, string escapes, path with port); Bun .env.<NODE_ENV>[.local];
// template units (DefaultInstance=, systemctl start, .wants symlink) and template sockets (ListenStream=%i);
// dockerd --tlsverify=f/T, -DHtcp://, -H :2375; containerd imports; nginx (no listen, [::] ipv6only=off, unix socket,
// proxy_ssl_certificate of the kubelet's client cert), haproxy bind, ssh -o "GatewayPorts yes" / -F LocalForward *:,
// socat tcp-l, busybox httpd -fvp; secure twins.
// Misses (13 insecure accepted, 2 secure refused):
// - insecure, FLUENTD-DEBUG-AGENT (4): dev-nsec6/7/36/47-rt78s: fluentd's debug_agent serves dRuby (Ruby code as root)
//   on 0.0.0.0:24230 by default; logAgents.ts fluentd() reads no listening input.
// - insecure, AGENT-INGEST-TO-JUDGED-FILE (5): dev-nsec30/48/49/51/52-rt78s: Fluent Bit http/tcp, Vector http_server,
//   Telegraf http_listener_v2 records written by a root file output into /etc/cron.d or /etc/profile.d; logAgents.ts
//   reads no file output.
// - insecure, GO-OSARGS-REWRITTEN (2): dev-nsec12/39-rt78s: os.Args reassigned before flag.Parse()
//   (commandServers.ts goStdFlags/goParsedSlice read argv as written).
// - insecure, NODE-LISTEN-PATH-WITH-PORT (2): dev-nsec17/40-rt78s: listen({path, port}) is TCP on every address
//   (javascript.ts nodeProgramListeners takes the path).
// - secure, IMDS-RELAY-LOOPBACK (2): dev-nsec11s/12s-rt78s: haproxy bind 127.0.0.1 and ssh -L without GatewayPorts
//   relaying instance metadata on loopback are refused while socat/ncat on loopback are accepted (round 77b's
//   PROXYD-IMDS-LOCAL class, still open).
// Held: 39 of 52 insecure refused (binary-path plugins' scripts, prometheus_client of IMDS/kubeconfig, exec
// environment PATH/LD_PRELOAD under /srv, collectd Exec of /srv, every http.server spelling, UVICORN_HOST, pflag
// interspersed, flag.Set/*addr from the environment, every Node key spelling, Bun .env.production[.local], template
// DefaultInstance/start/symlink, template sockets, dockerd spellings, nginx/haproxy/ssh/socat/busybox forms; the
// containerd imports case only by the generic "writes containerd's configuration" rule, the Vector authorized_keys
// case by its path); 18 of 20 secure clean (packaged ipmitool, loopback prometheus_client, debug_agent unix_path,
// http.server last -b loopback, uvicorn default host, Go `--`, flag.Set literal loopback, Node unix socket / last
// host / port with loopback host, template DefaultInstance=127.0.0.1, --tlsverify=T, loopback socket template,
// nginx unix socket, loopback Fluent Bit inputs, fixed exec environment).
// Fixed in round 78 (fix78-agents, fix78-nsec2, and the lead): FLUENTD-DEBUG-AGENT and AGENT-INGEST-TO-JUDGED-FILE
// (logAgents.ts; every file output of a root agent is judged, pod log lines included), GO-OSARGS-REWRITTEN
// (commandServers.ts goOsArgsWrites), NODE-LISTEN-PATH-WITH-PORT (javascript.ts). DECIDED (round 78): a loopback IMDS
// relay on a node stays refused (dev-nsec11s, dev-nsec12s; as dev-nsec10s-rt73).
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;
const script = devNodeScript;
const file = heredocFile;

/** A root shell script starting a /etc/kubernetes file server on every address (python3 -m http.server). */
const SERVE_KUBE_SH = [
    "#!/bin/sh",
    "cd /etc/kubernetes && nohup python3 -m http.server 8001 >/dev/null 2>&1 &",
    "echo ok",
];
/** Telegraf with `conf` in telegraf.d, run as root by a drop-in (systemd.exec(5) User=). */
const telegrafRoot = (conf: string[], pre: string[] = []) => [
    "dnf install -y telegraf",
    ...pre,
    ...file("/etc/telegraf/telegraf.d/ops.conf", conf),
    ...file("/etc/systemd/system/telegraf.service.d/10-root.conf", ["[Service]", "User=root"]),
    "systemctl daemon-reload && systemctl enable --now telegraf",
];
/** Telegraf with `conf` in telegraf.d, run by its packaged unit (User=telegraf). */
const telegrafStock = (conf: string[]) => [
    "dnf install -y telegraf",
    ...file("/etc/telegraf/telegraf.d/ops.conf", conf),
    "systemctl enable --now telegraf",
];
const fluentd = (conf: string[]) => [
    "dnf install -y fluent-package",
    ...file("/etc/fluent/fluentd.conf", conf),
    "systemctl enable --now fluentd",
];
const GO_MOD = ["module example.com/ops", "", "go 1.22"];
const goApp = (name: string, main: string[], run: string) =>
    script(name, [
        ...file("/opt/ops/go.mod", GO_MOD),
        ...file("/opt/ops/main.go", ["package main", "", ...main]),
        `cd /opt/ops && ${run}`,
    ]);
/** A Go file server of / on -addr (default loopback); `extra` statements before `parse`. */
const goServer = (extra: string[], parse = "flag.Parse()", imports = ['"flag"', '"net/http"']) => [
    `import (\n${imports.map(i => `\t${i}`).join("\n")}\n)`,
    "",
    "func main() {",
    '\taddr := flag.String("addr", "127.0.0.1:8080", "listen address")',
    ...extra.map(l => `\t${l}`),
    `\t${parse}`,
    '\thttp.ListenAndServe(*addr, http.FileServer(http.Dir("/")))',
    "}",
];
/** A Node.js reader of / whose server is `server`, then the `listen` line(s) given. */
const nodeServer = (listen: string[]) => [
    'const http = require("http");',
    'const fs = require("fs");',
    "const server = http.createServer((q, s) => fs.createReadStream(q.url).pipe(s));",
    ...listen,
];
const nodeUnit = (extra: string[] = [], exec = "/usr/bin/node /opt/ops/a.js") =>
    systemdUnit("ops", [...extra, "Environment=PORT=8081", `ExecStart=${exec}`]);
const HOST_OR_LO = 'process.env.HOST || "127.0.0.1"';
const nodeExpr = (host: string) => nodeServer([`server.listen(8081, ${host});`]);
const KUBE = "cd /etc/kubernetes && nohup python3 -m http.server";

/** A template socket ops@.socket (ListenStream=%i) and its same-named ops@.service (systemd-socket-proxyd to
 * `target`), enabled as ops@`instance`.socket (or, with an empty instance, the template itself). */
const socketTemplate = (instance: string, install: string[] = [], target = "169.254.169.254:80") => [
    ...file("/etc/systemd/system/ops@.socket", [
        "[Socket]",
        "ListenStream=%i",
        "[Install]",
        "WantedBy=sockets.target",
        ...install,
    ]),
    ...file("/etc/systemd/system/ops@.service", [
        "[Service]",
        `ExecStart=/usr/lib/systemd/systemd-socket-proxyd ${target}`,
    ]),
    "systemctl daemon-reload",
    `systemctl enable --now ops@${instance}.socket`,
];

const insecure: NodeCase[] = [
    // ---- log/metric agents: plugins that run a binary named by a path (round 78 logAgents.ts neighbours) ----
    // Telegraf inputs.ipmi_sensor README: "## Specify the path to the ipmitool executable / # path =
    // "/usr/bin/ipmitool"": telegraf runs that file at every interval; here a script user data wrote, as root (drop-in
    // User=), starting a /etc/kubernetes file server on every address (pods read the kubelet's kubeconfig/PKI).
    dev(
        "telegraf as root: inputs.ipmi_sensor path = a script serving /etc/kubernetes",
        script("dev-nsec1-rt78s", [
            ...telegrafRoot(
                ["[[inputs.ipmi_sensor]]", '  path = "/opt/ops/ipmitool"'],
                [...file("/opt/ops/ipmitool", SERVE_KUBE_SH), "chmod 755 /opt/ops/ipmitool"],
            ),
        ]),
    ),
    // Telegraf inputs.smart README: "## Optionally specify the path to the smartctl executable / # path_smartctl =
    // "/usr/bin/smartctl"" (and path_nvme): run at every interval.
    dev(
        "telegraf as root: inputs.smart path_smartctl = a script serving /etc/kubernetes",
        script("dev-nsec2-rt78s", [
            ...telegrafRoot(
                ["[[inputs.smart]]", '  path_smartctl = "/opt/ops/smartctl"'],
                [...file("/opt/ops/smartctl", SERVE_KUBE_SH), "chmod 755 /opt/ops/smartctl"],
            ),
        ]),
    ),
    // Telegraf inputs.nvidia_smi README: "## Optional: path to nvidia-smi binary ... # bin_path =
    // "/usr/bin/nvidia-smi"".
    dev(
        "telegraf as root: inputs.nvidia_smi bin_path = a script serving /etc/kubernetes",
        script("dev-nsec3-rt78s", [
            ...telegrafRoot(
                ["[[inputs.nvidia_smi]]", '  bin_path = "/opt/ops/nvidia-smi"'],
                [...file("/opt/ops/nvidia-smi", SERVE_KUBE_SH), "chmod 755 /opt/ops/nvidia-smi"],
            ),
        ]),
    ),
    // Telegraf inputs.http reads instance metadata's role credentials (json_string_fields keeps the strings) and
    // outputs.prometheus_client README: 'listen = ":9273"' (every address), "Unless set to false all string metrics
    // will be sent as labels": any pod scraping node:9273 reads the node role's AccessKeyId/SecretAccessKey/Token.
    // Telegraf's stock user reaches instance metadata like any host-network process.
    dev(
        "telegraf: inputs.http of IMDS role credentials, outputs.prometheus_client on :9273 (strings as labels)",
        script("dev-nsec4-rt78s", [
            ...telegrafStock([
                "[[inputs.http]]",
                '  urls = ["http://169.254.169.254/latest/meta-data/iam/security-credentials/eks-node-role"]',
                '  data_format = "json"',
                '  json_string_fields = ["AccessKeyId", "SecretAccessKey", "Token"]',
                "[[outputs.prometheus_client]]",
                '  listen = ":9273"',
            ]),
        ]),
    ),
    // Telegraf inputs.exec (root) reading the kubelet's kubeconfig as a string value (Telegraf "Value" input data
    // format, data_type = "string"), published by prometheus_client on :9273: the listener is telegraf's own.
    dev(
        "telegraf as root: inputs.exec cat kubeconfig (value string) -> outputs.prometheus_client :9273",
        script("dev-nsec5-rt78s", [
            ...telegrafRoot([
                "[[inputs.exec]]",
                '  commands = ["base64 -w0 /var/lib/kubelet/kubeconfig"]',
                '  data_format = "value"',
                '  data_type = "string"',
                "[[outputs.prometheus_client]]",
                '  listen = ":9273"',
            ]),
        ]),
    ),
    // fluentd lib/fluent/plugin/in_debug_agent.rb: `config_param :bind, :string, :default => '0.0.0.0'`, port 24230,
    // `DRb::DRbServer.new(uri, obj)` with obj = the Engine: dRuby lets any client call methods on it (instance_eval
    // included: Ruby docs "drb": remote method invocation), i.e. code as fluentd's user (root) from every pod.
    // Was a MISS (fixed in round 78): FLUENTD-DEBUG-AGENT (insecure accepted, got []). fluentd's debug_agent input serves the Engine over dRuby
    // (in_debug_agent.rb: bind default '0.0.0.0', port 24230, DRb::DRbServer.new(uri, obj)): any pod calls methods on
    // it, i.e. runs Ruby as root. logAgents.ts fluentd() reads only command/@include/#{}/enable_ruby, never an input
    // that listens. Fix (general): read the agents' listening plugins as servers (commandServers' model): fluentd
    // debug_agent (code execution: a shell server on its bind; a unix_path is local), and judge every agent input/output
    // by its bind.
    dev(
        "fluentd: <source> @type debug_agent (dRuby on 0.0.0.0:24230 by default)",
        script("dev-nsec6-rt78s", fluentd(["<source>", "  @type debug_agent", "</source>"])),
    ),
    // Was a MISS (fixed in round 78): FLUENTD-DEBUG-AGENT (insecure accepted, got []). fluentd's debug_agent input serves the Engine over dRuby
    // (in_debug_agent.rb: bind default '0.0.0.0', port 24230, DRb::DRbServer.new(uri, obj)): any pod calls methods on
    // it, i.e. runs Ruby as root. logAgents.ts fluentd() reads only command/@include/#{}/enable_ruby, never an input
    // that listens. Fix (general): read the agents' listening plugins as servers (commandServers' model): fluentd
    // debug_agent (code execution: a shell server on its bind; a unix_path is local), and judge every agent input/output
    // by its bind.
    dev(
        "fluentd: <source> @type debug_agent bind 0.0.0.0 port 24230",
        script(
            "dev-nsec7-rt78s",
            fluentd(["<source>", "  @type debug_agent", "  bind 0.0.0.0", "  port 24230", "</source>"]),
        ),
    ),
    // ---- Python listeners' CLI flags ----
    // Python docs "argparse": allow_abbrev (default True) "Allows long options to be abbreviated if the abbreviation is
    // unambiguous"; http.server's only long option starting --b is --bind: `--bi 127.0.0.1 --bi 0.0.0.0` keeps the
    // last (action store).
    dev(
        "python3 -m http.server --bind 127.0.0.1 --bi 0.0.0.0 (argparse abbreviation, last wins) in /etc/kubernetes",
        script("dev-nsec8-rt78s", [`${KUBE} --bind 127.0.0.1 --bi 0.0.0.0 8001 >/dev/null 2>&1 &`]),
    ),
    // argparse: a short option's value may be glued ("-b0.0.0.0"); the last store wins.
    dev(
        "python3 -m http.server -b 127.0.0.1 -b0.0.0.0 8001 in /etc/kubernetes",
        script("dev-nsec9-rt78s", [`${KUBE} -b 127.0.0.1 -b0.0.0.0 8001 >/dev/null 2>&1 &`]),
    ),
    // Python docs http.server: "--bind ... By default, the server binds itself to all interfaces"; `-b ::` the IPv6
    // unspecified address (dual stack: http.server's DualStackServer).
    dev(
        "python3 -m http.server -b :: 8001 in /etc/kubernetes",
        script("dev-nsec10-rt78s", [`${KUBE} -b :: 8001 >/dev/null 2>&1 &`]),
    ),
    // uvicorn settings: "--host TEXT ... [default: 127.0.0.1]"; uvicorn's click options read UVICORN_* environment
    // variables (auto_envvar_prefix="UVICORN"): UVICORN_HOST=0.0.0.0 binds every address; app.py returns any file.
    dev(
        "unit Environment=UVICORN_HOST=0.0.0.0; uvicorn app:app (file reader of /)",
        script("dev-nsec11-rt78s", [
            ...file("/opt/ops/app.py", [
                "async def app(scope, receive, send):",
                '    body = open(scope["path"], "rb").read()',
                '    await send({"type": "http.response.start", "status": 200, "headers": []})',
                '    await send({"type": "http.response.body", "body": body})',
            ]),
            "pip3 install uvicorn==0.30.1",
            ...systemdUnit("ops", [
                "WorkingDirectory=/opt/ops",
                "Environment=UVICORN_HOST=0.0.0.0",
                "ExecStart=/usr/local/bin/uvicorn app:app --port 8081",
            ]),
        ]),
    ),
    // ---- Go flag parsing: os.Args rewritten before flag.Parse (round 78 goParsedSlice neighbour) ----
    // Go spec: os.Args is a plain []string; `os.Args = append(os.Args[:1], os.Args[2:]...)` drops the subcommand, so
    // flag.Parse() ("parses the command-line flags from os.Args[1:]") reads -addr 0.0.0.0:8080: / served to pods.
    // Was a MISS (fixed in round 78): GO-OSARGS-REWRITTEN (insecure accepted, got []). os.Args is an ordinary []string;
    // assigning it before flag.Parse() changes which words Parse reads (here the subcommand is dropped, so -addr
    // 0.0.0.0:8080 is parsed). commandServers.ts goStdFlags/goParsedSlice treat flag.Parse() as parsing argv[1:] as
    // written (exact, skip 0), so goStdParse stops at `serve` and keeps the loopback default. Fix (general): any write
    // to os.Args (os.Args =, os.Args[i] =, append/copy into it) makes the parse not exact with an unknown slice
    // (goFlagWords fail closed).
    dev(
        "go: os.Args = append(os.Args[:1], os.Args[2:]...); flag.Parse(); run serve -addr 0.0.0.0:8080",
        goApp(
            "dev-nsec12-rt78s",
            goServer(["os.Args = append(os.Args[:1], os.Args[2:]...)"], "flag.Parse()", [
                '"flag"',
                '"net/http"',
                '"os"',
            ]),
            "nohup go run . serve -addr 0.0.0.0:8080 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // spf13/pflag README: "pflag ... flags can be interspersed with arguments" (SetInterspersed default true), so
    // `serve --addr 0.0.0.0:8080` sets addr after the positional.
    dev(
        'go: import flag "github.com/spf13/pflag"; run serve --addr 0.0.0.0:8080 (interspersed)',
        goApp(
            "dev-nsec13-rt78s",
            goServer([], "flag.Parse()", ['flag "github.com/spf13/pflag"', '"net/http"']),
            "go mod tidy && nohup go run . serve --addr 0.0.0.0:8080 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // ---- Node.js listen options (round 78 jsProperty last-wins neighbours) ----
    // ECMAScript "Names and Keywords": \u0068ost is the IdentifierName host (unicode escape), a duplicate key; the
    // last definition wins.
    dev(
        'node: listen({ host: "127.0.0.1", port: 8081, \\u0068ost: "0.0.0.0" })',
        script("dev-nsec14-rt78s", [
            ...file(
                "/opt/ops/a.js",
                nodeServer(['server.listen({ host: "127.0.0.1", port: 8081, \\u0068ost: "0.0.0.0" });']),
            ),
            ...nodeUnit(),
        ]),
    ),
    // ECMAScript "Object Initializer" ComputedPropertyName: ["host"] is the key host.
    dev(
        'node: listen({ host: "127.0.0.1", port: 8081, ["host"]: "0.0.0.0" })',
        script("dev-nsec15-rt78s", [
            ...file(
                "/opt/ops/a.js",
                nodeServer(['server.listen({ host: "127.0.0.1", port: 8081, ["host"]: "0.0.0.0" });']),
            ),
            ...nodeUnit(),
        ]),
    ),
    // String-literal key with an escape: "ho\x73t" is "host".
    dev(
        'node: listen({ host: "127.0.0.1", port: 8081, "ho\\x73t": "0.0.0.0" })',
        script("dev-nsec16-rt78s", [
            ...file(
                "/opt/ops/a.js",
                nodeServer(['server.listen({ host: "127.0.0.1", port: 8081, "ho\\x73t": "0.0.0.0" });']),
            ),
            ...nodeUnit(),
        ]),
    ),
    // Node.js net "server.listen(options)": "path <string> Will be ignored if port is specified": the server listens
    // on port 8081 on every address (host omitted), not on the unix socket.
    // Was a MISS (fixed in round 78): NODE-LISTEN-PATH-WITH-PORT (insecure accepted, got []). Node.js net
    // server.listen(options): "If port is specified, it behaves the same as server.listen([port[, host[, backlog]]]).
    // Otherwise, if path is specified, it behaves the same as server.listen(path)": with port and no host the server is
    // TCP on every address. javascript.ts nodeProgramListeners (listens, and the net client check alike) returns the
    // `path` first whenever the object has one. Fix (general): an options object with a `port` key (or a spread/unknown
    // keys) is TCP: judge its host (absent: every address); the path counts only when no port can be present.
    dev(
        'node: listen({ path: "/run/ops.sock", port: 8081 }) (path ignored: TCP on every address)',
        script("dev-nsec17-rt78s", [
            ...file("/opt/ops/a.js", nodeServer(['server.listen({ path: "/run/ops.sock", port: 8081 });'])),
            ...nodeUnit(),
        ]),
    ),
    // ---- Bun automatic .env files by NODE_ENV (round 78 bunDotEnv neighbour) ----
    // Bun docs "Environment variables": Bun reads .env, then ".env.production, .env.development, .env.test (depending
    // on value of NODE_ENV)", then .env.local.
    dev(
        "bun with NODE_ENV=production: .env.production HOST=0.0.0.0; HOST || 127.0.0.1",
        script("dev-nsec18-rt78s", [
            ...file("/opt/ops/.env.production", ["HOST=0.0.0.0"]),
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...nodeUnit(
                ["WorkingDirectory=/opt/ops", "Environment=NODE_ENV=production"],
                "/usr/local/bin/bun /opt/ops/a.js",
            ),
        ]),
    ),
    // ---- systemd template instances (round 78 templateInstances neighbour) ----
    // systemd.unit(5) [Install] DefaultInstance=: "this specifies for which instance the unit shall be enabled if the
    // template is enabled without any explicitly set instance": ops@0.0.0.0 runs, HOST=%i = 0.0.0.0.
    dev(
        "template ops@.service HOST=%i, DefaultInstance=0.0.0.0, systemctl enable ops@.service",
        script("dev-nsec19-rt78s", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...file("/etc/systemd/system/ops@.service", [
                "[Service]",
                "Environment=HOST=%i",
                "ExecStart=/usr/bin/node /opt/ops/a.js",
                "[Install]",
                "WantedBy=multi-user.target",
                "DefaultInstance=0.0.0.0",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ops@.service",
        ]),
    ),
    // systemctl(1) start: an instance started by name runs now (not enabled): ops@0.0.0.0.
    dev(
        "template ops@.service HOST=%i; systemctl start ops@0.0.0.0 (started, not enabled)",
        script("dev-nsec20-rt78s", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...file("/etc/systemd/system/ops@.service", [
                "[Service]",
                "Environment=HOST=%i",
                "ExecStart=/usr/bin/node /opt/ops/a.js",
            ]),
            "systemctl daemon-reload",
            "systemctl start ops@0.0.0.0",
        ]),
    ),
    // systemd.unit(5): enabling is a symlink in a .wants/ directory; the instance is the link's name.
    dev(
        "template ops@.service HOST=%i; ln -s into multi-user.target.wants/ops@0.0.0.0.service",
        script("dev-nsec21-rt78s", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...file("/etc/systemd/system/ops@.service", [
                "[Service]",
                "Environment=HOST=%i",
                "ExecStart=/usr/bin/node /opt/ops/a.js",
            ]),
            "ln -s /etc/systemd/system/ops@.service /etc/systemd/system/multi-user.target.wants/ops@0.0.0.0.service",
        ]),
    ),
    // ---- dockerd -H / --tlsverify (round 78 pflag/ParseBool neighbours) ----
    // Go strconv.ParseBool: "It accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False": --tlsverify=f is
    // false, the Docker API on 2376 verifies no client (root on the node for any pod).
    dev(
        "dockerd -H tcp://0.0.0.0:2376 --tlsverify=f (ParseBool: false) with certs",
        script("dev-nsec22-rt78s", [
            "nohup /usr/bin/dockerd -H tcp://0.0.0.0:2376 --tlsverify=f --tlscacert=/etc/docker/ca.pem --tlscert=/etc/docker/cert.pem --tlskey=/etc/docker/key.pem >/dev/null 2>&1 &",
        ]),
    ),
    // spf13/pflag: shorthand flags combine ("-DH VALUE": -D bool, then -H with the next word; "-Htcp://..." glued).
    dev(
        "dockerd -DHtcp://0.0.0.0:2375 (bundled -D, glued -H value)",
        script("dev-nsec23-rt78s", ["nohup /usr/bin/dockerd -DHtcp://0.0.0.0:2375 >/dev/null 2>&1 &"]),
    ),
    // docker/opts ParseHost: an address ":2375" without scheme is tcp on the default host (0.0.0.0).
    dev(
        "dockerd -H unix:///var/run/docker.sock -H :2375",
        script("dev-nsec24-rt78s", [
            "nohup /usr/bin/dockerd -H unix:///var/run/docker.sock -H :2375 >/dev/null 2>&1 &",
        ]),
    ),
    // ---- containerd imports (round 78 tcp_address neighbour) ----
    // containerd config.toml `imports = [...]` (containerd docs, "Imports": "merge the configs ... from the
    // specified files"): an imported file sets [grpc] tcp_address without TLS: the CRI API on every address.
    dev(
        "containerd config imports /etc/containerd/conf.d/*.toml; one sets [grpc] tcp_address 0.0.0.0:2380",
        script("dev-nsec25-rt78s", [
            ...file("/etc/containerd/conf.d/10-tcp.toml", ["version = 2", "[grpc]", '  tcp_address = "0.0.0.0:2380"']),
            "grep -q '^imports' /etc/containerd/config.toml || sed -i '1i imports = [\"/etc/containerd/conf.d/*.toml\"]' /etc/containerd/config.toml",
            "systemctl restart containerd",
        ]),
    ),
    // ---- web servers and proxies ----
    // nginx docs "listen": "Default: listen *:80 | *:8000;" (a server without listen listens on *:80 when run as
    // root): the kubelet's directory served to every pod.
    dev(
        "nginx server without listen (default *:80), root /var/lib/kubelet, autoindex on",
        script("dev-nsec26-rt78s", [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/ops.conf", [
                "server {",
                "    server_name ops;",
                "    root /var/lib/kubelet;",
                "    autoindex on;",
                "}",
            ]),
            "systemctl enable --now nginx",
        ]),
    ),
    // HAProxy "bind": "address ... '*' or '::' ... all IPv4/IPv6 addresses"; an empty address (":8080") is all
    // addresses too: instance metadata relayed to pods.
    dev(
        "haproxy bind :8080 -> server imds 169.254.169.254:80",
        script("dev-nsec27-rt78s", [
            "dnf install -y haproxy",
            ...file("/etc/haproxy/haproxy.cfg", [
                "defaults",
                "    mode http",
                "    timeout connect 5s",
                "    timeout client 30s",
                "    timeout server 30s",
                "frontend imds",
                "    bind :8080",
                "    default_backend imds",
                "backend imds",
                "    server imds 169.254.169.254:80",
            ]),
            "systemctl enable --now haproxy",
        ]),
    ),
    // ssh_config(5) GatewayPorts / -o: "-o option ... in the format used in the configuration file" (`Key value` in
    // one word); ssh(1) -L: with GatewayPorts yes the forward binds every address: instance metadata for pods.
    dev(
        'ssh -o "GatewayPorts yes" -N -L 8080:169.254.169.254:80 localhost',
        script("dev-nsec28-rt78s", [
            'nohup ssh -o "GatewayPorts yes" -o StrictHostKeyChecking=no -N -L 8080:169.254.169.254:80 localhost >/dev/null 2>&1 &',
        ]),
    ),
    // ssh_config(5) read from -F FILE: Host imds, LocalForward *:8080 169.254.169.254:80.
    dev(
        "ssh -F /root/.ssh/imds.conf imds (LocalForward *:8080 169.254.169.254:80)",
        script("dev-nsec29-rt78s", [
            ...file("/root/.ssh/imds.conf", [
                "Host imds",
                "    HostName 127.0.0.1",
                "    LocalForward *:8080 169.254.169.254:80",
                "    StrictHostKeyChecking no",
            ]),
            "nohup ssh -F /root/.ssh/imds.conf -N imds >/dev/null 2>&1 &",
        ]),
    ),

    // ---- batch 2: agents' listeners that write files or run environments; Go flag values written after Parse ----
    // Fluent Bit "HTTP" input: listen default 0.0.0.0, port 9880; "File" output: Path (directory), File (file name),
    // Format template with Template ("{time} {message}" default; {key} fills a record's value). Fluent Bit runs as
    // root: any pod POSTs {"log": "* * * * * root <command>"} and root writes it into /etc/cron.d/ops (cron runs it).
    // Was a MISS (fixed in round 78): AGENT-INGEST-TO-JUDGED-FILE (insecure accepted, got []). A log/metric agent run as root takes records from a
    // network input (Fluent Bit http/tcp, Vector http_server, Telegraf http_listener_v2: every address by default or as
    // written) and its file output writes them verbatim into a path root runs (/etc/cron.d, /etc/profile.d).
    // logAgents.ts (fluentBit/vector/telegraf) collects only exec commands and code plugins; file outputs are no root
    // writes. Fix (general): read every agent file output (Fluent Bit file Path/File, fluentd out_file path, Vector file
    // sink path, Telegraf outputs.file files) as a root write of unknown content at that path (RootReads.unknownTarget),
    // refused where the path is judged; content from loopback-only or file inputs may stay a log write.
    dev(
        "fluent-bit: [INPUT] http (0.0.0.0:9880) -> [OUTPUT] file Path /etc/cron.d File ops Format template {log}",
        script("dev-nsec30-rt78s", [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name   http",
                "    Listen 0.0.0.0",
                "    Port   9880",
                "[OUTPUT]",
                "    Name     file",
                "    Match    *",
                "    Path     /etc/cron.d",
                "    File     ops",
                "    Format   template",
                "    Template {log}",
            ]),
            "systemctl enable --now fluent-bit",
        ]),
    ),
    // Vector "HTTP Server" source (address 0.0.0.0:8080) and "File" sink (path, encoding.codec text writes the message):
    // judged as root; pods write root's authorized_keys.
    dev(
        "vector: sources.http_server 0.0.0.0:8080 -> sinks.file /root/.ssh/authorized_keys (codec text)",
        script("dev-nsec31-rt78s", [
            "dnf install -y vector",
            ...file("/etc/vector/vector.yaml", [
                "sources:",
                "  in:",
                "    type: http_server",
                "    address: 0.0.0.0:8080",
                "sinks:",
                "  out:",
                "    type: file",
                "    inputs: [in]",
                "    path: /root/.ssh/authorized_keys",
                "    encoding:",
                "      codec: text",
            ]),
            "systemctl enable --now vector",
        ]),
    ),
    // Telegraf inputs.exec README: "## Environment variables / ## Array of "key=value" pairs to pass as environment
    // variables": PATH=/srv/bin first, so root's `ipmitool sdr` is whatever a pod wrote to /srv/bin/ipmitool.
    dev(
        'telegraf as root: inputs.exec commands ["ipmitool sdr"], environment ["PATH=/srv/bin:/usr/bin"]',
        script("dev-nsec32-rt78s", [
            ...telegrafRoot([
                "[[inputs.exec]]",
                '  commands = ["ipmitool sdr"]',
                '  environment = ["PATH=/srv/bin:/usr/bin"]',
                '  data_format = "influx"',
            ]),
        ]),
    ),
    // The same with LD_PRELOAD of a pod-writable library (ld.so(8) LD_PRELOAD: loaded before every other library).
    dev(
        'telegraf as root: inputs.exec commands ["/usr/bin/uptime"], environment ["LD_PRELOAD=/srv/lib/x.so"]',
        script("dev-nsec33-rt78s", [
            ...telegrafRoot([
                "[[inputs.exec]]",
                '  commands = ["/usr/bin/uptime"]',
                '  environment = ["LD_PRELOAD=/srv/lib/x.so"]',
                '  data_format = "value"',
            ]),
        ]),
    ),
    // collectd-exec(5): Exec "user" "executable": the program runs as that user on the node's network (instance
    // metadata: the node role); /srv/bin/probe is what a pod wrote.
    dev(
        'collectd: <Plugin exec> Exec "nobody" "/srv/bin/probe" (pod-written program on the node)',
        script("dev-nsec34-rt78s", [
            "dnf install -y collectd",
            ...file("/etc/collectd.d/exec.conf", [
                "LoadPlugin exec",
                "<Plugin exec>",
                '  Exec "nobody" "/srv/bin/probe"',
                "</Plugin>",
            ]),
            "systemctl enable --now collectd",
        ]),
    ),
    // Telegraf run by its stock user: inputs.varnish `binary` (README: "## If running as a restricted user you can
    // prepend sudo for additional access: #use_sudo = false / ## The default location of the varnishstat binary can
    // be overridden with: binary = "/usr/bin/varnishstat"") a script relaying instance metadata on every address.
    dev(
        "telegraf (stock user): inputs.varnish binary = a script starting socat 0.0.0.0:8080 -> IMDS",
        script("dev-nsec35-rt78s", [
            ...file("/opt/ops/varnishstat", [
                "#!/bin/sh",
                "nohup socat TCP-LISTEN:8080,fork,reuseaddr TCP:169.254.169.254:80 >/dev/null 2>&1 &",
                "echo ok",
            ]),
            "chmod 755 /opt/ops/varnishstat",
            ...telegrafStock(["[[inputs.varnish]]", '  binary = "/opt/ops/varnishstat"']),
        ]),
    ),
    // fluentd v0.12 syntax (`type`, not `@type`) of the same debug_agent (dRuby code execution on 0.0.0.0:24230).
    // Was a MISS (fixed in round 78): FLUENTD-DEBUG-AGENT (insecure accepted, got []). fluentd's debug_agent input serves the Engine over dRuby
    // (in_debug_agent.rb: bind default '0.0.0.0', port 24230, DRb::DRbServer.new(uri, obj)): any pod calls methods on
    // it, i.e. runs Ruby as root. logAgents.ts fluentd() reads only command/@include/#{}/enable_ruby, never an input
    // that listens. Fix (general): read the agents' listening plugins as servers (commandServers' model): fluentd
    // debug_agent (code execution: a shell server on its bind; a unix_path is local), and judge every agent input/output
    // by its bind.
    dev(
        "td-agent: <source> type debug_agent (v0.12 syntax), port 24230",
        script("dev-nsec36-rt78s", [
            "dnf install -y td-agent",
            ...file("/etc/td-agent/td-agent.conf", ["<source>", "  type debug_agent", "  port 24230", "</source>"]),
            "systemctl enable --now td-agent",
        ]),
    ),
    // pkg.go.dev flag Set: "Set sets the value of the named command-line flag": after Parse, addr is the unit's
    // OPS_ADDR (0.0.0.0:8080): / served to pods.
    dev(
        'go: flag.Parse(); flag.Set("addr", os.Getenv("OPS_ADDR")); unit OPS_ADDR=0.0.0.0:8080',
        script("dev-nsec37-rt78s", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                ...goServer([], 'flag.Parse()\n\tflag.Set("addr", os.Getenv("OPS_ADDR"))', [
                    '"flag"',
                    '"net/http"',
                    '"os"',
                ]),
            ]),
            "cd /opt/ops && go build -o /usr/local/bin/ops .",
            ...systemdUnit("ops", ["Environment=OPS_ADDR=0.0.0.0:8080", "ExecStart=/usr/local/bin/ops"]),
        ]),
    ),
    // Go spec "Assignment statements": *addr = v writes the flag's variable (flag.String returns "the address of a
    // string variable that stores the value of the flag").
    dev(
        'go: flag.Parse(); if v := os.Getenv("OPS_ADDR"); v != "" { *addr = v }; unit OPS_ADDR=0.0.0.0:8080',
        script("dev-nsec38-rt78s", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                ...goServer([], 'flag.Parse()\n\tif v := os.Getenv("OPS_ADDR"); v != "" {\n\t\t*addr = v\n\t}', [
                    '"flag"',
                    '"net/http"',
                    '"os"',
                ]),
            ]),
            "cd /opt/ops && go build -o /usr/local/bin/ops .",
            ...systemdUnit("ops", ["Environment=OPS_ADDR=0.0.0.0:8080", "ExecStart=/usr/local/bin/ops"]),
        ]),
    ),
    // Go: os.Args = os.Args[1:] drops the program name; flag.Parse() then reads from the old os.Args[2:] on.
    // Was a MISS (fixed in round 78): GO-OSARGS-REWRITTEN (insecure accepted, got []). os.Args is an ordinary []string;
    // assigning it before flag.Parse() changes which words Parse reads (here the subcommand is dropped, so -addr
    // 0.0.0.0:8080 is parsed). commandServers.ts goStdFlags/goParsedSlice treat flag.Parse() as parsing argv[1:] as
    // written (exact, skip 0), so goStdParse stops at `serve` and keeps the loopback default. Fix (general): any write
    // to os.Args (os.Args =, os.Args[i] =, append/copy into it) makes the parse not exact with an unknown slice
    // (goFlagWords fail closed).
    dev(
        "go: os.Args = os.Args[1:]; flag.Parse(); run serve -addr 0.0.0.0:8080",
        goApp(
            "dev-nsec39-rt78s",
            goServer(["os.Args = os.Args[1:]"], "flag.Parse()", ['"flag"', '"net/http"', '"os"']),
            "nohup go run . serve -addr 0.0.0.0:8080 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Neighbour (round 78): the program writes its own flag word into os.Args (pkg.go.dev os: Args is a []string;
    // flag.Parse "parses the command-line flags from os.Args[1:]"): -addr=0.0.0.0:8080 is parsed though the command
    // line has only `x`: the argv says nothing of the flag's value (fail closed).
    dev(
        'go: os.Args[1] = "-addr=0.0.0.0:8080"; flag.Parse(); go run . x',
        goApp(
            "dev-nsec1-fix78",
            goServer(['os.Args[1] = "-addr=0.0.0.0:8080"'], "flag.Parse()", ['"flag"', '"net/http"', '"os"']),
            "nohup go run . x >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Neighbour (round 78): append onto os.Args (the Go spec, "Appending to and copying slices") adds a word no
    // command line holds.
    dev(
        'go: os.Args = append(os.Args, "-addr=:8080"); flag.Parse(); go run .',
        goApp(
            "dev-nsec2-fix78",
            goServer(['os.Args = append(os.Args, "-addr=:8080")'], "flag.Parse()", ['"flag"', '"net/http"', '"os"']),
            "nohup go run . >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Neighbour (round 78): a name bound to os.Args shares its backing array (the Go spec, "Slice types"): an element
    // write through it is a write to os.Args.
    dev(
        'go: args := os.Args; args[1] = "-addr=0.0.0.0:8080"; flag.Parse(); go run . x',
        goApp(
            "dev-nsec3-fix78",
            goServer(["args := os.Args", 'args[1] = "-addr=0.0.0.0:8080"'], "flag.Parse()", [
                '"flag"',
                '"net/http"',
                '"os"',
            ]),
            "nohup go run . x >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Node.js net server.listen(options): "If port is specified, it behaves the same as server.listen([port[,
    // host[, backlog]]])": port from the unit's PORT (a string is a port too), the path ignored.
    // Was a MISS (fixed in round 78): NODE-LISTEN-PATH-WITH-PORT (insecure accepted, got []). Node.js net
    // server.listen(options): "If port is specified, it behaves the same as server.listen([port[, host[, backlog]]]).
    // Otherwise, if path is specified, it behaves the same as server.listen(path)": with port and no host the server is
    // TCP on every address. javascript.ts nodeProgramListeners (listens, and the net client check alike) returns the
    // `path` first whenever the object has one. Fix (general): an options object with a `port` key (or a spread/unknown
    // keys) is TCP: judge its host (absent: every address); the path counts only when no port can be present.
    dev(
        'node: listen({ port: process.env.PORT, path: "/run/ops.sock" }) with unit PORT=8081',
        script("dev-nsec40-rt78s", [
            ...file("/opt/ops/a.js", nodeServer(['server.listen({ port: process.env.PORT, path: "/run/ops.sock" });'])),
            ...nodeUnit(),
        ]),
    ),
    // Neighbour (round 78): a spread may hold a port (jsProperty: CopyDataProperties), so the path may be ignored
    // (Node.js net server.listen(options): "If port is specified, it behaves the same as server.listen([port[,
    // host[, backlog]]])"): TCP with no host, every address (fail closed).
    dev(
        'node: const o = { port: 8081 }; listen({ path: "/run/ops.sock", ...o })',
        script("dev-nsec4-fix78", [
            ...file(
                "/opt/ops/a.js",
                nodeServer(["const o = { port: 8081 };", 'server.listen({ path: "/run/ops.sock", ...o });']),
            ),
            ...nodeUnit(),
        ]),
    ),
    // Neighbour (round 78): a port key holding undefined binds an arbitrary TCP port (nodejs/node commit fe9bb7e,
    // "net: support passing null to listen()": options.port "explicitly set as undefined or null, bind to an
    // arbitrary unused port"), the path ignored: every address.
    dev(
        'node: listen({ path: "/run/ops.sock", port: undefined })',
        script("dev-nsec5-fix78", [
            ...file("/opt/ops/a.js", nodeServer(['server.listen({ path: "/run/ops.sock", port: undefined });'])),
            ...nodeUnit(),
        ]),
    ),
    // Bun docs "Environment variables": ".env.production.local, .env.development.local, .env.test.local (depending on
    // the value of NODE_ENV)" are read last (highest precedence among files).
    dev(
        "bun with NODE_ENV=production: .env.production.local HOST=0.0.0.0",
        script("dev-nsec41-rt78s", [
            ...file("/opt/ops/.env.production.local", ["HOST=0.0.0.0"]),
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...nodeUnit(
                ["WorkingDirectory=/opt/ops", "Environment=NODE_ENV=production"],
                "/usr/local/bin/bun /opt/ops/a.js",
            ),
        ]),
    ),
    // systemd.unit(5) specifiers in a template socket: ops@.socket ListenStream=%i enabled as ops@8080.socket;
    // systemd.socket(5) "If the address string is a single number, it is read as a port number to listen on via IPv6"
    // (IPv4 too with BindIPv6Only=both) and, without Service=, activates the same-named ops@8080.service:
    // systemd-socket-proxyd(8) forwards each connection to instance metadata (node role credentials for pods).
    dev(
        "ops@.socket ListenStream=%i enabled as ops@8080.socket; ops@.service systemd-socket-proxyd IMDS",
        script("dev-nsec42-rt78s", socketTemplate("8080")),
    ),
    // systemd.unit(5) DefaultInstance= in the socket template: `systemctl enable ops@.socket` enables ops@8080.socket.
    dev(
        "ops@.socket ListenStream=%i, DefaultInstance=8080, systemctl enable ops@.socket; proxyd IMDS",
        script("dev-nsec46-rt78s", socketTemplate("", ["DefaultInstance=8080"])),
    ),
    // nginx "listen": "listen [::]:80 ipv6only=off" accepts IPv4 too; root /etc/kubernetes.
    dev(
        "nginx listen [::]:8080 ipv6only=off; root /etc/kubernetes",
        script("dev-nsec43-rt78s", [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/ops.conf", [
                "server {",
                "    listen [::]:8080 ipv6only=off;",
                "    root /etc/kubernetes;",
                "}",
            ]),
            "systemctl enable --now nginx",
        ]),
    ),
    // socat(1) address abbreviations: TCP-L is TCP-LISTEN ("TCP-LISTEN:<port> (TCP-L:<port>)").
    dev(
        "socat tcp-l:8080,fork,reuseaddr tcp:169.254.169.254:80 (lowercase abbreviation)",
        script("dev-nsec44-rt78s", ["nohup socat tcp-l:8080,fork,reuseaddr tcp:169.254.169.254:80 >/dev/null 2>&1 &"]),
    ),
    // busybox httpd: "-p [IP:]PORT Bind to IP:PORT (default *:80)"; bundled -fvp8080.
    dev(
        "busybox httpd -fvp8080 -h /etc/kubernetes (bundled options, every address)",
        script("dev-nsec45-rt78s", ["nohup busybox httpd -fvp8080 -h /etc/kubernetes >/dev/null 2>&1 &"]),
    ),

    // ---- batch 3: depth on the misses ----
    // fluentd "Config File Syntax (YAML)" (fluentd v1.15+: `config:` list of `- source:` with `$type`): the same
    // debug_agent.
    // Was a MISS (fixed in round 78): FLUENTD-DEBUG-AGENT (insecure accepted, got []). fluentd's debug_agent input serves the Engine over dRuby
    // (in_debug_agent.rb: bind default '0.0.0.0', port 24230, DRb::DRbServer.new(uri, obj)): any pod calls methods on
    // it, i.e. runs Ruby as root. logAgents.ts fluentd() reads only command/@include/#{}/enable_ruby, never an input
    // that listens. Fix (general): read the agents' listening plugins as servers (commandServers' model): fluentd
    // debug_agent (code execution: a shell server on its bind; a unix_path is local), and judge every agent input/output
    // by its bind.
    dev(
        "fluentd YAML config: - source: $type: debug_agent, bind 0.0.0.0",
        script("dev-nsec47-rt78s", [
            "dnf install -y fluent-package",
            ...file("/etc/fluent/fluentd.yaml", [
                "config:",
                "  - source:",
                "      $type: debug_agent",
                "      bind: 0.0.0.0",
                "      port: 24230",
            ]),
            ...file("/etc/systemd/system/fluentd.service.d/yaml.conf", [
                "[Service]",
                "Environment=FLUENT_CONF=/etc/fluent/fluentd.yaml",
            ]),
            "systemctl daemon-reload && systemctl enable --now fluentd",
        ]),
    ),
    // Fluent Bit "TCP" input (Listen default 0.0.0.0, Port 5170, Format none: each line a record's `log`) into
    // /etc/profile.d/ops.sh (bash(1): login shells source /etc/profile, which sources /etc/profile.d/*.sh): any
    // pod's text runs in root's next login shell.
    // Was a MISS (fixed in round 78): AGENT-INGEST-TO-JUDGED-FILE (insecure accepted, got []). A log/metric agent run as root takes records from a
    // network input (Fluent Bit http/tcp, Vector http_server, Telegraf http_listener_v2: every address by default or as
    // written) and its file output writes them verbatim into a path root runs (/etc/cron.d, /etc/profile.d).
    // logAgents.ts (fluentBit/vector/telegraf) collects only exec commands and code plugins; file outputs are no root
    // writes. Fix (general): read every agent file output (Fluent Bit file Path/File, fluentd out_file path, Vector file
    // sink path, Telegraf outputs.file files) as a root write of unknown content at that path (RootReads.unknownTarget),
    // refused where the path is judged; content from loopback-only or file inputs may stay a log write.
    dev(
        "fluent-bit: [INPUT] tcp (0.0.0.0:5170, Format none) -> [OUTPUT] file Path /etc/profile.d File ops.sh",
        script("dev-nsec48-rt78s", [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name   tcp",
                "    Listen 0.0.0.0",
                "    Port   5170",
                "    Format none",
                "[OUTPUT]",
                "    Name     file",
                "    Match    *",
                "    Path     /etc/profile.d",
                "    File     ops.sh",
                "    Format   template",
                "    Template {log}",
            ]),
            "systemctl enable --now fluent-bit",
        ]),
    ),
    // Fluent Bit YAML (pipeline.inputs/outputs) of dev-nsec30-rt78s.
    // Was a MISS (fixed in round 78): AGENT-INGEST-TO-JUDGED-FILE (insecure accepted, got []). A log/metric agent run as root takes records from a
    // network input (Fluent Bit http/tcp, Vector http_server, Telegraf http_listener_v2: every address by default or as
    // written) and its file output writes them verbatim into a path root runs (/etc/cron.d, /etc/profile.d).
    // logAgents.ts (fluentBit/vector/telegraf) collects only exec commands and code plugins; file outputs are no root
    // writes. Fix (general): read every agent file output (Fluent Bit file Path/File, fluentd out_file path, Vector file
    // sink path, Telegraf outputs.file files) as a root write of unknown content at that path (RootReads.unknownTarget),
    // refused where the path is judged; content from loopback-only or file inputs may stay a log write.
    dev(
        "fluent-bit.yaml: http input 0.0.0.0:9880 -> file output path /etc/cron.d file ops (template {log})",
        script("dev-nsec49-rt78s", [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.yaml", [
                "pipeline:",
                "  inputs:",
                "    - name: http",
                "      listen: 0.0.0.0",
                "      port: 9880",
                "  outputs:",
                "    - name: file",
                "      match: '*'",
                "      path: /etc/cron.d",
                "      file: ops",
                "      format: template",
                "      template: '{log}'",
            ]),
            "systemctl enable --now fluent-bit",
        ]),
    ),
    // nginx proxying to the cluster's API server with the kubelet's client certificate (ngx_http_proxy_module
    // proxy_ssl_certificate/_key: "the certificate ... used for authentication to a proxied HTTPS server"): every pod
    // acts as system:node:<node> (the node authorizer's reads of its pods' secrets).
    dev(
        "nginx listen 8443 -> API server with proxy_ssl_certificate kubelet-client-current.pem",
        script("dev-nsec50-rt78s", [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/ops.conf", [
                "server {",
                "    listen 8443;",
                "    location / {",
                "        proxy_pass https://EXAMPLED539D4633E53DE1B71EXAMPLE.gr7.eu-west-1.eks.amazonaws.com;",
                "        proxy_ssl_certificate /var/lib/kubelet/pki/kubelet-client-current.pem;",
                "        proxy_ssl_certificate_key /var/lib/kubelet/pki/kubelet-client-current.pem;",
                "    }",
                "}",
            ]),
            "systemctl enable --now nginx",
        ]),
    ),

    // Vector "HTTP Server" source (address 0.0.0.0:8080) and "File" sink (encoding.codec text: the message alone)
    // into /etc/cron.d/ops: every pod's POST becomes a root cron line.
    // Was a MISS (fixed in round 78): AGENT-INGEST-TO-JUDGED-FILE (insecure accepted, got []). A log/metric agent run as root takes records from a
    // network input (Fluent Bit http/tcp, Vector http_server, Telegraf http_listener_v2: every address by default or as
    // written) and its file output writes them verbatim into a path root runs (/etc/cron.d, /etc/profile.d).
    // logAgents.ts (fluentBit/vector/telegraf) collects only exec commands and code plugins; file outputs are no root
    // writes. Fix (general): read every agent file output (Fluent Bit file Path/File, fluentd out_file path, Vector file
    // sink path, Telegraf outputs.file files) as a root write of unknown content at that path (RootReads.unknownTarget),
    // refused where the path is judged; content from loopback-only or file inputs may stay a log write.
    dev(
        "vector: sources.http_server 0.0.0.0:8080 -> sinks.file /etc/cron.d/ops (codec text)",
        script("dev-nsec51-rt78s", [
            "dnf install -y vector",
            ...file("/etc/vector/vector.yaml", [
                "sources:",
                "  in:",
                "    type: http_server",
                "    address: 0.0.0.0:8080",
                "sinks:",
                "  out:",
                "    type: file",
                "    inputs: [in]",
                "    path: /etc/cron.d/ops",
                "    encoding:",
                "      codec: text",
            ]),
            "systemctl enable --now vector",
        ]),
    ),
    // Telegraf as root: inputs.http_listener_v2 (service_address ":8080", data_format value/string) and outputs.file
    // files ["/etc/cron.d/ops"] with the Template output data format (Telegraf serializers/template: a Go template per
    // metric): the posted value becomes root's cron line.
    // Was a MISS (fixed in round 78): AGENT-INGEST-TO-JUDGED-FILE (insecure accepted, got []). A log/metric agent run as root takes records from a
    // network input (Fluent Bit http/tcp, Vector http_server, Telegraf http_listener_v2: every address by default or as
    // written) and its file output writes them verbatim into a path root runs (/etc/cron.d, /etc/profile.d).
    // logAgents.ts (fluentBit/vector/telegraf) collects only exec commands and code plugins; file outputs are no root
    // writes. Fix (general): read every agent file output (Fluent Bit file Path/File, fluentd out_file path, Vector file
    // sink path, Telegraf outputs.file files) as a root write of unknown content at that path (RootReads.unknownTarget),
    // refused where the path is judged; content from loopback-only or file inputs may stay a log write.
    dev(
        "telegraf as root: inputs.http_listener_v2 :8080 -> outputs.file /etc/cron.d/ops (template serializer)",
        script("dev-nsec52-rt78s", [
            ...telegrafRoot([
                "[[inputs.http_listener_v2]]",
                '  service_address = ":8080"',
                '  data_format = "value"',
                '  data_type = "string"',
                "[[outputs.file]]",
                '  files = ["/etc/cron.d/ops"]',
                '  data_format = "template"',
                "  template = '{{ .Field \"value\" }}'",
            ]),
        ]),
    ),

    // ---- round 78 fixes: neighbours ----
    // FLUENTD-DEBUG-AGENT: fluentd in_debug_agent.rb (`bind` default '0.0.0.0', port 24230, DRb::DRbServer over the
    // Engine): a quoted bind in a td-agent conf.d file (@include'd: the pack reads every file of the directory) is
    // still every address: Ruby as root for every pod.
    dev(
        'td-agent conf.d: <source> @type debug_agent bind "0.0.0.0" (quoted)',
        script("dev-agent1-fix78", [
            "dnf install -y td-agent",
            ...file("/etc/td-agent/conf.d/debug.conf", [
                "<source>",
                "  @type debug_agent",
                '  bind "0.0.0.0"',
                "</source>",
            ]),
            "systemctl enable --now td-agent",
        ]),
        /serves a shell.*debug_agent/,
    ),
    // fluentd YAML ("Config File Syntax (YAML)") debug_agent with no bind: its default, 0.0.0.0.
    dev(
        "fluentd YAML: - source: $type: debug_agent (default bind)",
        script("dev-agent2-fix78", [
            "dnf install -y fluent-package",
            ...file("/etc/fluent/fluentd.yaml", ["config:", "  - source:", "      $type: debug_agent"]),
            "systemctl enable --now fluentd",
        ]),
        /debug_agent.*0\.0\.0\.0:24230/,
    ),
    // AGENT-INGEST-TO-JUDGED-FILE: fluentd in_http (bind 0.0.0.0, port 9880) into out_file under /etc/cron.d
    // (docs.fluentd.org out_file: "The actual path is path + time + \".log\""; a file of /etc/cron.d whatever its name).
    dev(
        "fluentd: <source> @type http -> <match **> @type file path /etc/cron.d/ops",
        script(
            "dev-agent3-fix78",
            fluentd([
                "<source>",
                "  @type http",
                "  port 9880",
                "</source>",
                "<match **>",
                "  @type file",
                "  path /etc/cron.d/ops",
                "</match>",
            ]),
        ),
        /http input.*cron\.d/,
    ),
    // Fluent Bit File output without `File`: "the filename will be the tag", and the HTTP input's tag is the request's
    // URL path: a pod names the file in /etc/cron.d.
    dev(
        "fluent-bit: [INPUT] http (default listen) -> [OUTPUT] file Path /etc/cron.d (no File: named by the tag)",
        script("dev-agent4-fix78", [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name   http",
                "[OUTPUT]",
                "    Name   file",
                "    Match  *",
                "    Path   /etc/cron.d",
            ]),
            "systemctl enable --now fluent-bit",
        ]),
        /cron\.d/,
    ),
    // Telegraf as root: socket_listener on udp://:8094 (every address) into outputs.file /etc/profile.d/ops.sh.
    dev(
        "telegraf as root: inputs.socket_listener udp://:8094 -> outputs.file /etc/profile.d/ops.sh",
        script("dev-agent5-fix78", [
            ...telegrafRoot([
                "[[inputs.socket_listener]]",
                '  service_address = "udp://:8094"',
                "[[outputs.file]]",
                '  files = ["/etc/profile.d/ops.sh"]',
            ]),
        ]),
        /socket_listener.*profile\.d/,
    ),
    // Kubernetes "Logging Architecture": the kubelet keeps each container's output under /var/log/pods (linked from
    // /var/log/containers), so a pod chooses the lines a tail input reads; Fluent Bit (root) writes them through its
    // file output (Format template "{log}") into /etc/cron.d, a cron job root runs (crontab(5)). No network input.
    dev(
        "fluent-bit: [INPUT] tail /var/log/containers/*.log -> [OUTPUT] file /etc/cron.d/ops (pod lines as cron lines)",
        script("dev-agent6-fix78", [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name   tail",
                "    Path   /var/log/containers/*.log",
                "[OUTPUT]",
                "    Name   file",
                "    Match  *",
                "    Path   /etc/cron.d",
                "    File   ops",
                "    Format template",
                "    Template {log}",
            ]),
            "systemctl enable --now fluent-bit",
        ]),
        /records it collects.*cron\.d|cron\.d.*records it collects/,
    ),
];

const secure: NodeCase[] = [
    // The same tail of pod logs written by Fluent Bit into /var/log/ops/pods.log: a log file nothing runs or loads.
    dev(
        "fluent-bit: [INPUT] tail /var/log/containers/*.log -> [OUTPUT] file /var/log/ops/pods.log",
        script("dev-agent5s-fix78", [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name   tail",
                "    Path   /var/log/containers/*.log",
                "[OUTPUT]",
                "    Name   file",
                "    Match  *",
                "    Path   /var/log/ops",
                "    File   pods.log",
            ]),
            "systemctl enable --now fluent-bit",
        ]),
    ),
    // Telegraf inputs.ipmi_sensor with the packaged ipmitool path: the RPM's program, nothing written.
    dev(
        "telegraf: inputs.ipmi_sensor path = /usr/bin/ipmitool (packaged), outputs.cloudwatch",
        script("dev-nsec1s-rt78s", [
            "dnf install -y ipmitool",
            ...telegrafStock([
                "[[inputs.ipmi_sensor]]",
                '  path = "/usr/bin/ipmitool"',
                "[[outputs.cloudwatch]]",
                '  region = "eu-west-1"',
                '  namespace = "EKS/dev"',
            ]),
        ]),
    ),
    // Telegraf prometheus_client on loopback with cpu metrics only: nothing secret, only node processes reach it.
    dev(
        "telegraf: inputs.cpu, outputs.prometheus_client listen 127.0.0.1:9273",
        script("dev-nsec2s-rt78s", [
            ...telegrafStock(["[[inputs.cpu]]", "[[outputs.prometheus_client]]", '  listen = "127.0.0.1:9273"']),
        ]),
    ),
    // fluentd in_debug_agent on a unix socket (in_debug_agent.rb: unix_path -> drbunix:) under /run, root-only dir.
    dev(
        "fluentd: debug_agent unix_path /run/fluent/debug.sock (no TCP)",
        script(
            "dev-nsec3s-rt78s",
            fluentd(["<source>", "  @type debug_agent", "  unix_path /run/fluent/debug.sock", "</source>"]),
        ),
    ),
    // argparse: the last -b wins: 127.0.0.1 after 0.0.0.0 (loopback; a public directory).
    dev(
        "python3 -m http.server -b 0.0.0.0 --bind 127.0.0.1 8001 in /usr/share/ops-www",
        script("dev-nsec4s-rt78s", [
            "mkdir -p /usr/share/ops-www && cd /usr/share/ops-www && nohup python3 -m http.server -b 0.0.0.0 --bind 127.0.0.1 8001 >/dev/null 2>&1 &",
        ]),
    ),
    // uvicorn's default host is 127.0.0.1 (uvicorn settings "--host ... [default: 127.0.0.1]").
    dev(
        "uvicorn app:app --port 8081 (default host 127.0.0.1) serving files",
        script("dev-nsec5s-rt78s", [
            ...file("/opt/ops/app.py", [
                "async def app(scope, receive, send):",
                '    body = open(scope["path"], "rb").read()',
                '    await send({"type": "http.response.start", "status": 200, "headers": []})',
                '    await send({"type": "http.response.body", "body": body})',
            ]),
            "pip3 install uvicorn==0.30.1",
            ...systemdUnit("ops", [
                "WorkingDirectory=/opt/ops",
                "ExecStart=/usr/local/bin/uvicorn app:app --port 8081",
            ]),
        ]),
    ),
    // Go flag: `--` ends flag parsing (pkg.go.dev flag: "Flag parsing stops ... after the terminator "--""):
    // -addr stays 127.0.0.1:8080.
    dev(
        "go: flag.Parse(); run -- -addr 0.0.0.0:8080 (terminator: addr default loopback)",
        goApp("dev-nsec6s-rt78s", goServer([]), "nohup go run . -- -addr 0.0.0.0:8080 >/var/log/ops.log 2>&1 &"),
    ),
    // Node.js net: a path without port listens on the unix socket only.
    dev(
        'node: listen({ path: "/run/ops/ops.sock" }) (unix socket only)',
        script("dev-nsec7s-rt78s", [
            ...file("/opt/ops/a.js", nodeServer(['server.listen({ path: "/run/ops/ops.sock" });'])),
            ...nodeUnit(["RuntimeDirectory=ops", "RuntimeDirectoryMode=0700", "UMask=0077"]),
        ]),
    ),
    // ECMAScript last-wins: 127.0.0.1 after 0.0.0.0.
    dev(
        'node: listen({ host: "0.0.0.0", port: 8081, host: "127.0.0.1" })',
        script("dev-nsec8s-rt78s", [
            ...file(
                "/opt/ops/a.js",
                nodeServer(['server.listen({ host: "0.0.0.0", port: 8081, host: "127.0.0.1" });']),
            ),
            ...nodeUnit(),
        ]),
    ),
    // systemd.unit(5) DefaultInstance=127.0.0.1: the only instance is loopback.
    dev(
        "template ops@.service HOST=%i, DefaultInstance=127.0.0.1, systemctl enable ops@.service",
        script("dev-nsec9s-rt78s", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...file("/etc/systemd/system/ops@.service", [
                "[Service]",
                "Environment=HOST=%i",
                "ExecStart=/usr/bin/node /opt/ops/a.js",
                "[Install]",
                "WantedBy=multi-user.target",
                "DefaultInstance=127.0.0.1",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ops@.service",
        ]),
    ),
    // strconv.ParseBool "T" is true: TLS with client verification.
    dev(
        "dockerd -H tcp://0.0.0.0:2376 --tlsverify=T with CA/cert/key",
        script("dev-nsec10s-rt78s", [
            "nohup /usr/bin/dockerd -H tcp://0.0.0.0:2376 --tlsverify=T --tlscacert=/etc/docker/ca.pem --tlscert=/etc/docker/cert.pem --tlskey=/etc/docker/key.pem >/dev/null 2>&1 &",
        ]),
    ),
    // HAProxy bind 127.0.0.1 relaying instance metadata: only node processes (and host-network pods, which reach
    // instance metadata themselves) connect.
    // MISS: IMDS-RELAY-LOOPBACK (secure refused: "has a root process of the node relay or route to instance metadata").
    // The same class as round 77b's PROXYD-IMDS-LOCAL (still open): a relay bound to loopback only reaches node
    // processes and host-network pods, which reach instance metadata themselves (the pack's own loopbackOnly rule);
    // socat/ncat on 127.0.0.1 are accepted (listeners.ts relayListensLocally), haproxy `bind 127.0.0.1` (rootWrites.ts
    // config relays: configListensLocally does not read haproxy bind) and ssh -L without -g/GatewayPorts (ssh(1): the
    // local port is bound per GatewayPorts, default no: loopback) are not. Fix (general): one bind reader per relay (ssh
    // -L/LocalForward bind and GatewayPorts, haproxy bind, nginx listen, proxyd's socket unit) feeding imdsRelay's
    // `local`.
    // DECIDED (round 78): refused by design, as dev-nsec10s-rt73 (socat bind=127.0.0.1 relaying instance metadata) is:
    // the premise that socat/ncat on loopback are accepted on a node is wrong. addresses.ts imdsRelay's `local` only
    // drops the anyInstance (non-node) opening; on a node every instance-metadata relay, loopback included, is refused,
    // because a root relay on loopback hands the node role to every host-network pod's non-root process and defeats an
    // IMDS lock-down to root (EC2 user guide, "Limit access to the Instance Metadata Service": iptables owner rules).
    // Accepting this relay would contradict that pinned case. Left skipped.
    dev(
        "haproxy bind 127.0.0.1:8080 -> server imds 169.254.169.254:80",
        script("dev-nsec11s-rt78s", [
            "dnf install -y haproxy",
            ...file("/etc/haproxy/haproxy.cfg", [
                "defaults",
                "    mode http",
                "    timeout connect 5s",
                "    timeout client 30s",
                "    timeout server 30s",
                "frontend imds",
                "    bind 127.0.0.1:8080",
                "    default_backend imds",
                "backend imds",
                "    server imds 169.254.169.254:80",
            ]),
            "systemctl enable --now haproxy",
        ]),
        /./,
        true,
    ),
    // ssh -L without GatewayPorts binds loopback only (ssh(1) -L: "By default, the local port is bound in accordance
    // with the GatewayPorts setting" (default no: loopback)).
    // MISS: IMDS-RELAY-LOOPBACK (secure refused: "has a root process of the node relay or route to instance metadata").
    // The same class as round 77b's PROXYD-IMDS-LOCAL (still open): a relay bound to loopback only reaches node
    // processes and host-network pods, which reach instance metadata themselves (the pack's own loopbackOnly rule);
    // socat/ncat on 127.0.0.1 are accepted (listeners.ts relayListensLocally), haproxy `bind 127.0.0.1` (rootWrites.ts
    // config relays: configListensLocally does not read haproxy bind) and ssh -L without -g/GatewayPorts (ssh(1): the
    // local port is bound per GatewayPorts, default no: loopback) are not. Fix (general): one bind reader per relay (ssh
    // -L/LocalForward bind and GatewayPorts, haproxy bind, nginx listen, proxyd's socket unit) feeding imdsRelay's
    // `local`.
    // DECIDED (round 78): refused by design, as dev-nsec10s-rt73 (socat bind=127.0.0.1 relaying instance metadata) is:
    // the premise that socat/ncat on loopback are accepted on a node is wrong. addresses.ts imdsRelay's `local` only
    // drops the anyInstance (non-node) opening; on a node every instance-metadata relay, loopback included, is refused,
    // because a root relay on loopback hands the node role to every host-network pod's non-root process and defeats an
    // IMDS lock-down to root (EC2 user guide, "Limit access to the Instance Metadata Service": iptables owner rules).
    // Accepting this relay would contradict that pinned case. Left skipped.
    dev(
        "ssh -N -L 8080:169.254.169.254:80 localhost (loopback bind)",
        script("dev-nsec12s-rt78s", [
            "nohup ssh -o StrictHostKeyChecking=no -N -L 8080:169.254.169.254:80 localhost >/dev/null 2>&1 &",
        ]),
        /./,
        true,
    ),

    // Telegraf inputs.exec with environment naming only fixed, root-owned values (TZ, LC_ALL).
    dev(
        'telegraf as root: inputs.exec commands ["/usr/bin/uptime"], environment ["TZ=UTC", "LC_ALL=C"]',
        script("dev-nsec13s-rt78s", [
            ...telegrafRoot([
                "[[inputs.exec]]",
                '  commands = ["/usr/bin/uptime"]',
                '  environment = ["TZ=UTC", "LC_ALL=C"]',
                '  data_format = "value"',
            ]),
        ]),
    ),
    // Fluent Bit http input on 127.0.0.1 to CloudWatch Logs: only node processes post logs; nothing written locally.
    dev(
        "fluent-bit: [INPUT] http Listen 127.0.0.1 -> [OUTPUT] cloudwatch_logs",
        script("dev-nsec14s-rt78s", [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name   http",
                "    Listen 127.0.0.1",
                "    Port   9880",
                "[OUTPUT]",
                "    Name              cloudwatch_logs",
                "    Match             *",
                "    region            eu-west-1",
                "    log_group_name    /eks/dev/ops",
                "    log_stream_prefix node-",
            ]),
            "systemctl enable --now fluent-bit",
        ]),
    ),
    // Go: a flag.Set of a literal loopback after Parse (the value is known: 127.0.0.1).
    dev(
        'go: flag.Parse(); flag.Set("addr", "127.0.0.1:9090")',
        goApp(
            "dev-nsec15s-rt78s",
            goServer([], 'flag.Parse()\n\tflag.Set("addr", "127.0.0.1:9090")'),
            "nohup go run . >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Neighbour (round 78): os.Args = os.Args[1:] before flag.Parse(): the parsed words are the command line's own
    // (pkg.go.dev flag: "Parse parses the command-line flags from os.Args[1:]"), each loopback or a flag word, so
    // whichever of them are parsed, -addr is 127.0.0.1:9090 or its loopback default. (With a subcommand word such as
    // `serve` the slice parsed is not known and the word is judged as an address: refused, fail closed.)
    dev(
        "go: os.Args = os.Args[1:]; flag.Parse(); go run . -addr 127.0.0.1:9090",
        goApp(
            "dev-nsec1s-fix78",
            goServer(["os.Args = os.Args[1:]"], "flag.Parse()", ['"flag"', '"net/http"', '"os"']),
            "nohup go run . -addr 127.0.0.1:9090 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Neighbour (round 78): os.Args only read (len, an element compared, a slice bound to a name), not written.
    dev(
        'go: if len(os.Args) > 1 && os.Args[1] == "serve" { rest := os.Args[1:]; _ = rest }; go run . -addr 127.0.0.1:9090',
        goApp(
            "dev-nsec2s-fix78",
            goServer(
                ['if len(os.Args) > 1 && os.Args[1] == "serve" {\n\t\trest := os.Args[1:]\n\t\t_ = rest\n\t}'],
                "flag.Parse()",
                ['"flag"', '"net/http"', '"os"'],
            ),
            "nohup go run . -addr 127.0.0.1:9090 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // The same template enabled as ops@127.0.0.1:9101.socket, relaying the node exporter (127.0.0.1:9100, metrics
    // only) on loopback: nothing beyond loopback, nothing secret.
    dev(
        "ops@.socket ListenStream=%i enabled as ops@127.0.0.1:9101.socket; proxyd to 127.0.0.1:9100",
        script("dev-nsec16s-rt78s", socketTemplate("127.0.0.1:9101", [], "127.0.0.1:9100")),
    ),
    // nginx listen on a root-only unix socket serving /usr/share/nginx/html.
    dev(
        "nginx listen unix:/run/nginx-ops.sock; root /usr/share/nginx/html",
        script("dev-nsec17s-rt78s", [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/ops.conf", [
                "server {",
                "    listen unix:/run/nginx-ops.sock;",
                "    root /usr/share/nginx/html;",
                "}",
            ]),
            "systemctl enable --now nginx",
        ]),
    ),
    // Node.js: listen({ path }) with no port is the unix socket (path used only when port is absent).
    dev(
        'node: listen({ path: "/run/ops/ops.sock", backlog: 64 }) (no port)',
        script("dev-nsec18s-rt78s", [
            ...file("/opt/ops/a.js", nodeServer(['server.listen({ path: "/run/ops/ops.sock", backlog: 64 });'])),
            ...nodeUnit(["RuntimeDirectory=ops", "RuntimeDirectoryMode=0700"]),
        ]),
    ),

    // Node.js: port given with a loopback host (path ignored): TCP on 127.0.0.1 only.
    dev(
        'node: listen({ port: 8081, host: "127.0.0.1", path: "/run/ops.sock" })',
        script("dev-nsec19s-rt78s", [
            ...file(
                "/opt/ops/a.js",
                nodeServer(['server.listen({ port: 8081, host: "127.0.0.1", path: "/run/ops.sock" });']),
            ),
            ...nodeUnit(),
        ]),
    ),
    // Neighbour (round 78): path first, then a loopback host and a port: TCP on 127.0.0.1 only (Node.js net
    // server.listen(options): with port given, "the same as server.listen([port[, host[, backlog]]])").
    dev(
        'node: listen({ path: "/run/ops.sock", host: "127.0.0.1", port: 8081 })',
        script("dev-nsec3s-fix78", [
            ...file(
                "/opt/ops/a.js",
                nodeServer(['server.listen({ path: "/run/ops.sock", host: "127.0.0.1", port: 8081 });']),
            ),
            ...nodeUnit(),
        ]),
    ),
    // Fluent Bit http input on loopback written to a log file under /var/log (nothing runs it).
    dev(
        "fluent-bit: [INPUT] http Listen 127.0.0.1 -> [OUTPUT] file Path /var/log/ops",
        script("dev-nsec20s-rt78s", [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name   http",
                "    Listen 127.0.0.1",
                "    Port   9880",
                "[OUTPUT]",
                "    Name   file",
                "    Match  *",
                "    Path   /var/log/ops",
                "    Mkdir  true",
            ]),
            "systemctl enable --now fluent-bit",
        ]),
    ),

    // ---- round 78 fixes: neighbours ----
    // fluentd debug_agent bound to loopback (in_debug_agent.rb `bind`): only the node's own processes connect.
    dev(
        "fluentd: <source> @type debug_agent bind 127.0.0.1",
        script("dev-agent1s-fix78", fluentd(["<source>", "  @type debug_agent", "  bind 127.0.0.1", "</source>"])),
    ),
    // Vector http_server on loopback into a file sink under /var/log: only node processes write it, to a log file.
    dev(
        "vector: sources.http_server 127.0.0.1:8080 -> sinks.file /var/log/vector/ops.log",
        script("dev-agent2s-fix78", [
            "dnf install -y vector",
            ...file("/etc/vector/vector.yaml", [
                "sources:",
                "  in:",
                "    type: http_server",
                "    address: 127.0.0.1:8080",
                "sinks:",
                "  out:",
                "    type: file",
                "    inputs: [in]",
                "    path: /var/log/vector/ops-%Y-%m-%d.log",
                "    encoding:",
                "      codec: json",
            ]),
            "systemctl enable --now vector",
        ]),
    ),
    // Fluent Bit http input on every address written to log files under /var/log/ops (named by tag): pods choose the
    // records and the file names, but only of log files under /var/log/ops, which nothing runs.
    dev(
        "fluent-bit: [INPUT] http 0.0.0.0 -> [OUTPUT] file Path /var/log/ops (no File)",
        script("dev-agent3s-fix78", [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name   http",
                "    Listen 0.0.0.0",
                "[OUTPUT]",
                "    Name   file",
                "    Match  *",
                "    Path   /var/log/ops",
            ]),
            "systemctl enable --now fluent-bit",
        ]),
    ),
    // Telegraf as root: inputs.cpu and a socket_listener on a unix socket (socket_listener README: "unix://" a local
    // socket) are no network input; outputs.file writes their metrics to stdout and a log file.
    dev(
        "telegraf as root: inputs.cpu + socket_listener unix:///run/telegraf.sock -> outputs.file /var/log/telegraf/m.out",
        script("dev-agent4s-fix78", [
            ...telegrafRoot([
                "[[inputs.cpu]]",
                "[[inputs.socket_listener]]",
                '  service_address = "unix:///run/telegraf/ops.sock"',
                "[[outputs.file]]",
                '  files = ["stdout", "/var/log/telegraf/metrics.out"]',
            ]),
        ]),
    ),
];

describeNodeCases("red team 78 nsec: node listeners exposing node credentials", insecure, secure);
