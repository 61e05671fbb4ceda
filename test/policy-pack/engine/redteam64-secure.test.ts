// Red-team round 64 on false positives across the committed stacks (fresh eyes): SECURE variants a careful platform
// team writes, each beside insecure neighbours hidden in the same shapes.
// Probed: monitoring agents and node housekeeping on dev node groups: node_exporter bound to :9100 (reads /proc,
// /sys), Fluent Bit tailing /var/log/containers to CloudWatch, the CloudWatch agent's JSON config shipping
// /var/log/messages, a logrotate stanza, sysctl.d tuning, dnf repo files and installs, a containerd registry mirror
// (hosts.toml, the EKS-documented path), Go and Python servers on 127.0.0.1, a Go program serving its own ./static on
// loopback, gunicorn/uvicorn on 127.0.0.1, Spring --server.address=127.0.0.1, the Datadog agent, chrony, journald
// drop-ins, the nginx package default; neighbours: python3 -m http.server --directory / and a Go binary given
// -addr :8080 (refused), a Go file server of "/" on ":8080" run by `go run`, nginx as root serving `root /`.
// Identities of no workload: condition-operator forms (StringEquals aws:RequestedRegion, Bool aws:SecureTransport,
// StringLike aws:ResourceTag), split statements with Sids, ARN forms with '*' region, lower-case actions, ec2/eks
// describes by name; neighbours: kms:Decrypt on * under a region condition, 'KMS:decrypt' (refused).
// Kubernetes: ordinary operators in a restricted 'web' namespace (secrets in 'web' only; services, ingresses,
// networkpolicies), nodes/namespaces read cluster-wide; neighbours: pods/exec cluster-wide, deployments in kube-system
// (refused).
// Kept (refused by design, secure8.test.ts): ec2:Describe* on * (DescribeInstanceAttribute: user data).
// Misses (2 insecure, 0 secure; fixed in round 64): a Go program user data writes and runs with `go run` serving http.Dir("/") on ":8080"
// (Go source is never read, nor `go run` treated as an unread server); nginx.conf `user root;` with a server `root /;
// autoindex on;` on 8081 (nginx configurations are read only for proxy_pass forwarding, not for what `root` serves).
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { heredocFile, systemdUnit } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";
import { namespace, roleFor } from "./variantBuilders";

const { node } = secureCaseBuilders("rt64");
const file = heredocFile;
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };

const CASES: StackCase[] = [
    // ================= monitoring agents =================
    node("node-exporter", "node_exporter as a systemd unit on :9100 (reads /proc and /sys, serves metrics text)", [
        "useradd -r -s /sbin/nologin node_exporter",
        "curl -fsSL -o /tmp/ne.tgz https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-amd64.tar.gz",
        "tar -xzf /tmp/ne.tgz -C /usr/local/bin --strip-components=1 node_exporter-1.8.2.linux-amd64/node_exporter",
        ...systemdUnit("node_exporter", [
            "User=node_exporter",
            "ExecStart=/usr/local/bin/node_exporter --web.listen-address=:9100",
        ]),
    ]),
    node(
        "node-exporter-textfile-root",
        "node_exporter --collector.textfile.directory=/var/lib/node_exporter/textfile (its own *.prom files)",
        [
            ...systemdUnit("node_exporter", [
                "ExecStart=/usr/local/bin/node_exporter --collector.textfile.directory=/var/lib/node_exporter/textfile",
            ]),
        ],
    ),
    node("datadog-agent", "Datadog agent datadog.yaml: site, logs_enabled, process collection off", [
        "dnf install -y datadog-agent",
        ...file("/etc/datadog-agent/datadog.yaml", [
            "site: datadoghq.eu",
            "logs_enabled: true",
            "process_config:",
            "  process_collection:",
            "    enabled: false",
        ]),
        "systemctl enable --now datadog-agent",
    ]),
    node(
        "go-binary-every-address",
        "a prebuilt Go binary /usr/local/bin/ops-api -addr :8080 run as root (unread program on every address)",
        [
            "curl -fsSL -o /usr/local/bin/ops-api https://artifacts.example.com/ops-api && chmod +x /usr/local/bin/ops-api",
            "nohup /usr/local/bin/ops-api -addr :8080 >/var/log/ops-api.log 2>&1 &",
        ],
        /ops-api|8080|read/,
    ),
    node("fluent-bit", "Fluent Bit tailing /var/log/containers/*.log to CloudWatch Logs (no HTTP server)", [
        "dnf install -y fluent-bit",
        ...file("/etc/fluent-bit/fluent-bit.conf", [
            "[SERVICE]",
            "    Flush 5",
            "    Log_Level info",
            "[INPUT]",
            "    Name tail",
            "    Path /var/log/containers/*.log",
            "    Tag kube.*",
            "[OUTPUT]",
            "    Name cloudwatch_logs",
            "    Match *",
            "    region eu-west-1",
            "    log_group_name /eks/dev/containers",
            "    log_stream_prefix node-",
            "    auto_create_group On",
        ]),
        "systemctl enable --now fluent-bit",
    ]),
    node("fluent-bit-http-loopback", "Fluent Bit with its monitoring HTTP server on 127.0.0.1:2020", [
        "dnf install -y fluent-bit",
        ...file("/etc/fluent-bit/fluent-bit.conf", [
            "[SERVICE]",
            "    HTTP_Server On",
            "    HTTP_Listen 127.0.0.1",
            "    HTTP_Port 2020",
            "[INPUT]",
            "    Name systemd",
            "    Tag host.*",
            "[OUTPUT]",
            "    Name stdout",
            "    Match *",
        ]),
        "systemctl enable --now fluent-bit",
    ]),
    node("cloudwatch-agent", "amazon-cloudwatch-agent with a JSON config shipping /var/log/messages", [
        "dnf install -y amazon-cloudwatch-agent",
        ...file("/opt/aws/amazon-cloudwatch-agent/etc/config.json", [
            "{",
            '  "logs": { "logs_collected": { "files": { "collect_list": [',
            '    { "file_path": "/var/log/messages", "log_group_name": "/dev/nodes/messages" }',
            "  ] } } },",
            '  "metrics": { "metrics_collected": { "mem": { "measurement": ["mem_used_percent"] } } }',
            "}",
        ]),
        "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/config.json",
    ]),

    // ================= housekeeping: log rotation, sysctl, packages, containerd =================
    node("logrotate", "a logrotate stanza for /var/log/web.log", [
        ...file("/etc/logrotate.d/web", [
            "/var/log/web.log {",
            "    daily",
            "    rotate 7",
            "    compress",
            "    missingok",
            "    notifempty",
            "    copytruncate",
            "}",
        ]),
    ]),
    node("sysctl", "sysctl.d tuning (somaxconn, inotify watches) then sysctl --system", [
        ...file("/etc/sysctl.d/90-tuning.conf", [
            "net.core.somaxconn = 4096",
            "fs.inotify.max_user_watches = 524288",
            "vm.max_map_count = 262144",
        ]),
        "sysctl --system",
    ]),
    node("sysctl-w", "sysctl -w net.ipv4.tcp_keepalive_time=600", ["sysctl -w net.ipv4.tcp_keepalive_time=600"]),
    node("dnf-repo", "a dnf repo file (gpgcheck=1) then dnf install -y htop jq", [
        ...file("/etc/yum.repos.d/ops.repo", [
            "[ops]",
            "name=ops packages",
            "baseurl=https://packages.example.com/al2023/$basearch/",
            "enabled=1",
            "gpgcheck=1",
            "gpgkey=https://packages.example.com/RPM-GPG-KEY-ops",
        ]),
        "dnf install -y htop jq",
    ]),
    node("dnf-config-manager", "dnf config-manager --add-repo + dnf install -y", [
        "dnf install -y dnf-plugins-core",
        "dnf config-manager --add-repo https://rpm.releases.hashicorp.com/AmazonLinux/hashicorp.repo",
        "dnf install -y terraform",
    ]),
    node("containerd-mirror", "containerd registry mirror hosts.toml under /etc/containerd/certs.d (EKS AL2023 path)", [
        "mkdir -p /etc/containerd/certs.d/docker.io",
        ...file("/etc/containerd/certs.d/docker.io/hosts.toml", [
            'server = "https://registry-1.docker.io"',
            '[host."https://mirror.example.com"]',
            '  capabilities = ["pull", "resolve"]',
        ]),
    ]),
    node("chrony", "chrony pointed at the Amazon Time Sync Service (169.254.169.123)", [
        "sed -i 's/^pool .*/server 169.254.169.123 prefer iburst/' /etc/chrony.conf",
        "systemctl restart chronyd",
    ]),
    node("journald", "journald SystemMaxUse=500M drop-in", [
        "mkdir -p /etc/systemd/journald.conf.d",
        ...file("/etc/systemd/journald.conf.d/size.conf", ["[Journal]", "SystemMaxUse=500M"]),
        "systemctl restart systemd-journald",
    ]),

    // ================= servers on loopback / serving their own assets =================
    node("python-http-loopback", "python3 -m http.server 8000 --bind 127.0.0.1 --directory /opt/ops/site", [
        "mkdir -p /opt/ops/site",
        "cd /opt/ops/site && nohup python3 -m http.server 8000 --bind 127.0.0.1 >/var/log/site.log 2>&1 &",
    ]),
    node(
        "python-http-root",
        "python3 -m http.server 8000 --directory / (every node file)",
        ["nohup python3 -m http.server 8000 --directory / >/var/log/site.log 2>&1 &"],
        /http\.server|8000|serv/,
    ),
    node("gunicorn-loopback", "gunicorn -b 127.0.0.1:8000 app:app (Flask, no static)", [
        ...file("/opt/ops/app.py", [
            "from flask import Flask",
            "app = Flask(__name__)",
            "@app.route('/healthz')",
            "def healthz():",
            "    return 'ok'",
        ]),
        "pip3 install flask gunicorn",
        "cd /opt/ops && nohup gunicorn -b 127.0.0.1:8000 -w 2 app:app >/var/log/ops.log 2>&1 &",
    ]),
    node("uvicorn-loopback", "uvicorn main:app --host 127.0.0.1 --port 8000 (FastAPI health endpoint)", [
        ...file("/opt/ops/main.py", [
            "from fastapi import FastAPI",
            "app = FastAPI()",
            "@app.get('/healthz')",
            "def healthz():",
            "    return {'ok': True}",
        ]),
        "pip3 install fastapi uvicorn",
        "cd /opt/ops && nohup uvicorn main:app --host 127.0.0.1 --port 8000 >/var/log/ops.log 2>&1 &",
    ]),
    node("spring-loopback", "java -jar app.jar --server.address=127.0.0.1 --server.port=8080", [
        "dnf install -y java-21-amazon-corretto-headless",
        "nohup java -jar /opt/ops/app.jar --server.address=127.0.0.1 --server.port=8080 >/var/log/app.log 2>&1 &",
    ]),
    node("go-binary-loopback", "a prebuilt Go binary /usr/local/bin/ops-api -addr 127.0.0.1:8080", [
        "curl -fsSL -o /usr/local/bin/ops-api https://artifacts.example.com/ops-api && chmod +x /usr/local/bin/ops-api",
        ...systemdUnit("ops-api", ["ExecStart=/usr/local/bin/ops-api -addr 127.0.0.1:8080"]),
    ]),
    node("go-run-static-own", 'go run main.go: http.FileServer(http.Dir("./static")) from /opt/ops', [
        "dnf install -y golang",
        ...file("/opt/ops/main.go", [
            "package main",
            "",
            'import "net/http"',
            "",
            "func main() {",
            '\thttp.Handle("/", http.FileServer(http.Dir("./static")))',
            '\thttp.ListenAndServe("127.0.0.1:8080", nil)',
            "}",
        ]),
        "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
    ]),
    // Was a MISS (fixed in round 64): insecure accepted: user data writes /opt/ops/main.go serving http.FileServer(http.Dir("/")) with
    // http.ListenAndServe(":8080", ...) and runs it as root with `go run main.go`. Go's net/http docs
    // (pkg.go.dev/net/http#ListenAndServe, "Server.Addr ... If empty, ':http' (port 80) is used"; an empty host means every
    // address) and http.Dir (pkg.go.dev/net/http#Dir, "Dir implements FileSystem using the native file system restricted
    // to a specific directory tree") make this a root file server on every node address: every pod reaches it and reads
    // /var/lib/kubelet/pki and the kubelet's credentials (the node secrets of README "The custody model"). The pack
    // refuses the Python (pythonFileServerListeners) and Node.js (nodeFileServerListeners) equivalents and an unread
    // binary given `--listen :8080` (round 46 DECIDED, userData.test.ts), but `go run FILE` (and `go build` + the
    // binary) is neither read nor treated as an unread server, so the listener inside the Go source is invisible.
    // Fix: treat `go run`/a binary built from user-data Go source as a program: read its ListenAndServe address and
    // http.Dir/FileServer roots (as nodeFileServerListeners does), or refuse it as unread when it listens beyond loopback.
    node(
        "go-run-static-root",
        'go run main.go: http.FileServer(http.Dir("/")) on :8080 (every node file)',
        [
            "dnf install -y golang",
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import "net/http"',
                "",
                "func main() {",
                '\thttp.ListenAndServe(":8080", http.FileServer(http.Dir("/")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ],
        /main\.go|8080|go|serv/,
    ),
    node("nginx-own-root", "nginx serving /usr/share/nginx/html (the package default)", [
        "dnf install -y nginx",
        "systemctl enable --now nginx",
    ]),
    // Was a MISS (fixed in round 64): insecure accepted: user data writes /etc/nginx/nginx.conf with `user root;` (nginx core module `user`: the
    // account worker processes run as, the ones reading files for clients) and a server `listen 8081; root /;
    // autoindex on;` (ngx_http_core_module `root`, ngx_http_autoindex_module), then `systemctl enable --now nginx`. That
    // serves and lists every node file, /var/lib/kubelet/pki and the kubelet's credentials included (node secrets, README
    // "The custody model"), on every node address, which every pod reaches. userData.ts reads nginx configurations only
    // for proxy_pass/upstream forwarding (nginxServers, loopbackJoin), never for what a server's `root`/`alias` serves,
    // while the equivalent python3 -m http.server --directory / is refused. Fix: in nginxServers, refuse a server beyond
    // loopback whose `root`/`alias` (http or location level) reaches node secrets when the workers run as root (`user
    // root`), or simply any `root /` / `alias /` beyond loopback.
    node(
        "nginx-root-slash",
        "nginx.conf with `user root;` and a server root / autoindex on, listen 8081 (every node file)",
        [
            "dnf install -y nginx",
            ...file("/etc/nginx/nginx.conf", [
                "user root;",
                "events {}",
                "http {",
                "    server {",
                "        listen 8081;",
                "        root /;",
                "        autoindex on;",
                "    }",
                "}",
            ]),
            "systemctl enable --now nginx",
        ],
        /nginx|8081|root|serv/,
    ),
    // Round 64 neighbours: web servers' configured roots judged as node file servers (configFileServers), source code
    // user data writes run by a compiler-runner judged by its address literals (sourceRunnerListeners).
    node("nginx-var-www", "nginx.conf serving /var/www/html on 0.0.0.0:80 (no node secret)", [
        "dnf install -y nginx",
        ...file("/etc/nginx/conf.d/site.conf", [
            "server {",
            "    listen 0.0.0.0:80;",
            "    root /var/www/html;",
            "    location /assets/ { alias /var/www/assets/; autoindex on; }",
            "}",
        ]),
        "systemctl enable --now nginx",
    ]),
    node(
        "nginx-kubelet-root",
        "nginx conf.d server with root /var/lib/kubelet on 8081 (workers as nginx)",
        [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/kubelet.conf", [
                "server {",
                "    listen 8081;",
                "    root /var/lib/kubelet;",
                "}",
            ]),
            "systemctl enable --now nginx",
        ],
        /nginx root \/var\/lib\/kubelet/,
    ),
    node(
        "nginx-alias-pki",
        "nginx default.d fragment: location /k/ { alias /var/lib/kubelet/pki/; } (served by the default server on 80)",
        [
            "dnf install -y nginx",
            ...file("/etc/nginx/default.d/k.conf", ["location /k/ {", "    alias /var/lib/kubelet/pki/;", "}"]),
            "systemctl enable --now nginx",
        ],
        /nginx root \/var\/lib\/kubelet\/pki/,
    ),
    node(
        "nginx-variable-root",
        "nginx server root $document_root_from_map on 8082 (a root the pack cannot resolve)",
        [
            "dnf install -y nginx",
            ...file("/etc/nginx/conf.d/v.conf", ["server {", "    listen 8082;", "    root /opt/sites/$host;", "}"]),
            "systemctl enable --now nginx",
        ],
        /nginx root \/opt\/sites\/\$host/,
    ),
    node("nginx-loopback-root-slash", "nginx server root / on 127.0.0.1:8081 only", [
        "dnf install -y nginx",
        ...file("/etc/nginx/conf.d/local.conf", ["server {", "    listen 127.0.0.1:8081;", "    root /;", "}"]),
        "systemctl enable --now nginx",
    ]),
    node(
        "httpd-docroot-kubelet",
        "Apache httpd conf.d vhost DocumentRoot /var/lib/kubelet (the main conf's Listen 80)",
        [
            "dnf install -y httpd",
            ...file("/etc/httpd/conf.d/k.conf", [
                "<VirtualHost *:80>",
                '    DocumentRoot "/var/lib/kubelet"',
                "</VirtualHost>",
            ]),
            "systemctl enable --now httpd",
        ],
        /DocumentRoot "\/var\/lib\/kubelet"/,
    ),
    node("httpd-docroot-www", "Apache httpd conf.d vhost DocumentRoot /var/www/site", [
        "dnf install -y httpd",
        ...file("/etc/httpd/conf.d/site.conf", [
            "<VirtualHost *:80>",
            '    DocumentRoot "/var/www/site"',
            "</VirtualHost>",
        ]),
        "systemctl enable --now httpd",
    ]),
    node(
        "lighttpd-docroot-slash",
        'lighttpd server.document-root = "/" on server.port 8080 (every address by default)',
        [
            "dnf install -y lighttpd",
            ...file("/etc/lighttpd/lighttpd.conf", ['server.document-root = "/"', "server.port = 8080"]),
            "systemctl enable --now lighttpd",
        ],
        /lighttpd server\.document-root \//,
    ),
    node("lighttpd-docroot-www", 'lighttpd server.document-root = "/var/www/lighttpd"', [
        "dnf install -y lighttpd",
        ...file("/etc/lighttpd/lighttpd.conf", ['server.document-root = "/var/www/lighttpd"', "server.port = 8080"]),
        "systemctl enable --now lighttpd",
    ]),
    node("go-run-loopback", 'go run main.go: a JSON API on "127.0.0.1:8080"', [
        "dnf install -y golang",
        ...file("/opt/ops/main.go", [
            "package main",
            "",
            'import "net/http"',
            "",
            "func main() {",
            '\thttp.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })',
            '\thttp.ListenAndServe("127.0.0.1:8080", nil)',
            "}",
        ]),
        "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
    ]),
    node(
        "go-run-all-addresses",
        'go run /opt/ops/api.go: a JSON API on "0.0.0.0:9000" (a program the pack does not read, beyond loopback)',
        [
            ...file("/opt/ops/api.go", [
                "package main",
                'import "net/http"',
                'func main() { http.ListenAndServe("0.0.0.0:9000", nil) }',
            ]),
            "go run /opt/ops/api.go &",
        ],
        /go run \/opt\/ops\/api\.go/,
    ),
    node(
        "java-source-port",
        "java Server.java (JEP 330): new ServerSocket(9000) with no address literal (every address)",
        [
            ...file("/opt/ops/Server.java", [
                "import java.net.ServerSocket;",
                "class Server { public static void main(String[] a) throws Exception { new ServerSocket(9000).accept(); } }",
            ]),
            "cd /opt/ops && java Server.java &",
        ],
        /java Server\.java/,
    ),
    node("ruby-loopback", "ruby /opt/ops/app.rb: WEBrick on BindAddress 127.0.0.1", [
        ...file("/opt/ops/app.rb", [
            "require 'webrick'",
            "WEBrick::HTTPServer.new(BindAddress: '127.0.0.1', Port: 8000, DocumentRoot: '/opt/www').start",
        ]),
        "ruby /opt/ops/app.rb &",
    ]),

    // ================= Kubernetes: ordinary operators in a non-custody namespace =================
    {
        stack: "dev",
        name: "K: platform-devs may manage secrets in a restricted 'web' namespace only (Role + RoleBinding)",
        edit: r => {
            namespace(r, "web");
            roleFor(
                r,
                "web-secrets",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "create", "update", "delete"] }],
                [DEVS],
                "web",
            );
        },
    },
    {
        stack: "dev",
        name: "K: platform-devs may manage services, ingresses and networkpolicies in 'web'",
        edit: r => {
            namespace(r, "web");
            roleFor(
                r,
                "web-net",
                [
                    {
                        apiGroups: [""],
                        resources: ["services"],
                        verbs: ["get", "list", "watch", "create", "update", "patch"],
                    },
                    {
                        apiGroups: ["networking.k8s.io"],
                        resources: ["ingresses", "networkpolicies"],
                        verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
                    },
                ],
                [DEVS],
                "web",
            );
        },
    },
    {
        stack: "dev",
        name: "K: platform-devs may read nodes and namespaces cluster-wide (ClusterRole, get/list/watch)",
        edit: r =>
            roleFor(
                r,
                "devs-nodes-read",
                [{ apiGroups: [""], resources: ["nodes", "namespaces"], verbs: ["get", "list", "watch"] }],
                [DEVS],
            ),
    },
    {
        stack: "dev",
        name: "KI: platform-devs may create pods/exec cluster-wide (ClusterRole)",
        edit: r =>
            roleFor(
                r,
                "devs-exec-all",
                [{ apiGroups: [""], resources: ["pods", "pods/exec"], verbs: ["get", "create"] }],
                [DEVS],
            ),
        refused: /devs-exec-all|exec/,
    },
    {
        stack: "dev",
        name: "KI: platform-devs may create deployments in kube-system",
        edit: r =>
            roleFor(
                r,
                "ks-deploy",
                [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["create", "update", "patch"] }],
                [DEVS],
                "kube-system",
            ),
        refused: /ks-deploy|kube-system/,
    },

    // ================= identities of no workload: equivalent policy forms =================
    {
        stack: "prod",
        name: "A: a prod metrics reader with Condition StringEquals aws:RequestedRegion eu-west-1",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt64-prod-region", [
                allow(["cloudwatch:GetMetricData", "cloudwatch:ListMetrics"], "*", {
                    Condition: { StringEquals: { "aws:RequestedRegion": "eu-west-1" } },
                }),
            ]),
    },
    {
        stack: "dev",
        name: "A: a dev reader split in two statements with Sids, plus a Deny unless aws:SecureTransport",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt64-dev-split", [
                { Sid: "Metrics", ...allow("cloudwatch:GetMetricData", "*") },
                { Sid: "Logs", ...allow(["logs:DescribeLogGroups", "logs:FilterLogEvents"], "*") },
                {
                    Sid: "TLS",
                    Effect: "Deny",
                    Action: "*",
                    Resource: "*",
                    Condition: { Bool: { "aws:SecureTransport": "false" } },
                },
            ]),
    },
    {
        stack: "curity",
        name: "A: a curity log reader on a log group ARN with region '*' (arn:aws:logs:*:acct:log-group:/ops/*)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt64-curity-logs", [
                allow(
                    ["logs:GetLogEvents", "logs:FilterLogEvents"],
                    `arn:aws:logs:*:${ACCOUNT.curity}:log-group:/ops/*`,
                ),
            ]),
    },
    {
        stack: "basil",
        name: "A: a basil ec2/eks describer (ec2:DescribeInstances/DescribeInstanceStatus, eks:DescribeCluster, eks:ListClusters)",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt64-basil-describe", [
                allow(
                    [
                        "ec2:DescribeInstances",
                        "ec2:DescribeInstanceStatus",
                        "eks:DescribeCluster",
                        "eks:ListClusters",
                        "eks:ListNodegroups",
                    ],
                    "*",
                ),
            ]),
    },
    // Kept (refused by design, secure8.test.ts): ec2:Describe* includes DescribeInstanceAttribute (user data) and
    // DescribeVpnConnections (pre-shared keys).
    {
        stack: "basil",
        name: "AI: a basil describer written as ec2:Describe* (user data, VPN pre-shared keys)",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt64-basil-describe-all", [
                allow(["ec2:Describe*", "eks:DescribeCluster"], "*"),
            ]),
        refused: /rt64-basil-describe-all/,
    },
    {
        stack: "trust-domain",
        name: "A: a trust-domain dashboard reader: Action as lower-case 'cloudwatch:getmetricdata' (actions are case-insensitive)",
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt64-td-lower", [
                allow(["cloudwatch:getmetricdata", "cloudwatch:listmetrics"], "*"),
            ]),
    },
    {
        stack: "cross-account",
        name: "A: a cross-account reader of its own S3 bucket (s3:GetObject on arn:aws:s3:::ops-reports/*)",
        edit: r =>
            opsRole(r, "cross-account", ACCOUNT["cross-account"], "rt64-ca-s3", [
                allow(["s3:GetObject", "s3:ListBucket"], ["arn:aws:s3:::ops-reports", "arn:aws:s3:::ops-reports/*"]),
            ]),
    },
    {
        stack: "prod",
        name: "A: a prod log reader whose Resource is '*' narrowed by Condition StringLike aws:ResourceTag/team ops",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt64-prod-tagged", [
                allow(["logs:DescribeLogGroups", "logs:FilterLogEvents", "cloudwatch:GetMetricData"], "*", {
                    Condition: { StringLike: { "aws:ResourceTag/team": "ops*" } },
                }),
            ]),
    },
    {
        stack: "prod",
        name: "AI: a prod reader allowed kms:Decrypt on * under a StringEquals aws:RequestedRegion condition",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt64-prod-kms", [
                allow("kms:Decrypt", "*", { Condition: { StringEquals: { "aws:RequestedRegion": "eu-west-1" } } }),
            ]),
        refused: /rt64-prod-kms/,
    },
    {
        stack: "dev",
        name: "AI: a dev reader allowed KMS:decrypt (mixed case) on *",
        edit: r => opsRole(r, "dev", ACCOUNT.dev, "rt64-dev-kmscase", [allow("KMS:decrypt", "*")]),
        refused: /rt64-dev-kmscase/,
    },
];

describeVariants(
    "red team 64: secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
