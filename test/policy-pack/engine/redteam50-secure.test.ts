// Red-team round 50 on false positives across the committed stacks (fresh eyes). Probed: SECURE variants a careful
// platform team writes beside the custody workloads, each with an insecure neighbour that must stay refused, where
// round 49 changed the rules: launch templates named BY NAME matched only in the launcher's own account and Region
// (an explicit `region` equal to the provider's, a second provider of the same account and Region for default tags),
// copies INTO a directory marking only DIR/basename changed (Jupyter configs beside unrelated copies), environment
// read as listen settings (*_URLS for Kestrel, EnvironmentFile=, unit drop-ins, DefaultEnvironment= proxies, libpq
// and StatsD client variables), new forwarders (stunnel client tunnels, autossh local forwards, xinetd redirect),
// new known clients (kcat, wait-for-it), keepers (trivy rootfs without the secret scanner, clamscan), setcap
// cap_net_bind_service, and group impersonation only together with some user impersonation. Also the new forwarders
// (Traefik, Envoy, stunnel, rinetd, firewalld, iptables-save) in front of loopback gunicorn / no-token Jupyter, copies
// into Jupyter's config subdirectories, by-name launchers (instance, Spot Fleet, a second provider of the same account),
// and node user data (EKS proxy drop-ins, scanners, setcap). One miss: root's known_hosts written by ssh-keyscan.
import { describeVariants, StackCase, find, Resources } from "./support";
import { beside } from "./awsCaseBuilders";
import { CALLER_ROLE, callerScript, instanceOfB, templateOfB } from "./callerInstanceBuilders";
import { bareServiceAccount, roleFor } from "./variantBuilders";
import { devNodeScript } from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";

const ROLE = "aws:iam/role:Role";
const SUBNETS = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"];
const RBAC = "rbac.authorization.k8s.io";
const SUPPORT = { kind: "Group", name: "support-engineers", apiGroup: RBAC };

/** The SSM + CloudWatch agent user data of the caller's fleet. */
const SSM = [
    "#!/bin/bash",
    "set -euo pipefail",
    "dnf -y install amazon-ssm-agent amazon-cloudwatch-agent",
    "systemctl enable --now amazon-ssm-agent",
    "",
].join("\n");

const NGINX_TO = (upstream: string) => [
    "dnf -y install nginx",
    "cat > /etc/nginx/conf.d/app.conf <<'NGINXEOF'",
    "server {",
    "  listen 443 ssl;",
    "  ssl_certificate /etc/pki/tls/certs/app.crt;",
    "  ssl_certificate_key /etc/pki/tls/private/app.key;",
    "  location / {",
    `    proxy_pass ${upstream};`,
    "    proxy_set_header Host $host;",
    "  }",
    "}",
    "NGINXEOF",
    "systemctl enable --now nginx",
];

/** A systemd unit user data writes for the app (run as user app), with extra [Service] lines. */
const UNIT = (service: string[]) => [
    "cat > /etc/systemd/system/app.service <<'UNITEOF'",
    "[Unit]",
    "Description=caller app",
    "After=network-online.target",
    "[Service]",
    "User=app",
    ...service,
    "Restart=always",
    "[Install]",
    "WantedBy=multi-user.target",
    "UNITEOF",
    "systemctl daemon-reload",
    "systemctl enable --now app",
];

const script = callerScript;

/** An Auto Scaling group of account B (made like the caller's role) with these inputs. */
const asgOfB = (r: Resources, name: string, inputs: Record<string, unknown>) =>
    beside(
        r,
        "cross-account",
        "aws:autoscaling/group:Group",
        name,
        { name, minSize: 1, maxSize: 3, vpcZoneIdentifiers: SUBNETS, ...inputs },
        find(r, ROLE, CALLER_ROLE),
    );

const GUNICORN_LOOPBACK =
    "cd /opt/app && runuser -u app -- nohup gunicorn --bind 127.0.0.1:8000 app:app >/var/log/app.log 2>&1 &";

/** Traefik's static configuration (entryPoint websecure on :443, file provider) and a router to `url`. */
const TRAEFIK_TO = (url: string) => [
    "mkdir -p /etc/traefik/dynamic",
    "cat > /etc/traefik/traefik.yml <<'TEOF'",
    "entryPoints:",
    "  websecure:",
    '    address: ":443"',
    "providers:",
    "  file:",
    "    directory: /etc/traefik/dynamic",
    "TEOF",
    "cat > /etc/traefik/dynamic/app.yml <<'TEOF'",
    "http:",
    "  routers:",
    "    app:",
    '      rule: "Host(`app.caller.example.com`)"',
    "      entryPoints: [websecure]",
    "      service: app",
    "      tls: {}",
    "  services:",
    "    app:",
    "      loadBalancer:",
    "        servers:",
    `          - url: "${url}"`,
    "TEOF",
    "nohup traefik --configFile=/etc/traefik/traefik.yml >/var/log/traefik.log 2>&1 &",
];

/** A Jupyter configuration in /etc/jupyter: 127.0.0.1, empty token (local use only). */
const JUPYTER_OPEN = [
    "pip3 install jupyterlab",
    "mkdir -p /etc/jupyter",
    "cat > /etc/jupyter/jupyter_server_config.py <<'PY'",
    "c.ServerApp.ip = '127.0.0.1'",
    "c.ServerApp.token = ''",
    "PY",
];
const JUPYTER_RUN = "nohup jupyter lab --allow-root >/var/log/jupyter.log 2>&1 &";

const sa = (ns: string, name: string) => ({ kind: "ServiceAccount", name, namespace: ns });

const CASES: StackCase[] = [
    // ---- launch templates named by name in their own account and Region (round 49, compute.ts nameScopeOf) ----
    {
        stack: "cross-account",
        name: "S1: the caller's template carries an explicit region equal to its provider's (us-east-1); the group (no region argument) names it by launchTemplateName",
        edit: r => {
            templateOfB(r, "caller-regional-lt", "lt-0aaaa5050bbbb0101", SSM, { region: "us-east-1" });
            asgOfB(r, "caller-regional-asg", {
                launchTemplate: { name: "caller-regional-lt", version: "$Latest" },
            });
        },
    },
    {
        stack: "cross-account",
        name: "S2: the group carries an explicit region us-east-1 and names by name the template made without one (its provider's us-east-1)",
        edit: r => {
            templateOfB(r, "caller-plain-lt", "lt-0aaaa5050bbbb0202", SSM);
            asgOfB(r, "caller-plain-asg", {
                region: "us-east-1",
                launchTemplate: { name: "caller-plain-lt", version: "$Latest" },
                tags: [{ key: "team", value: "caller", propagateAtLaunch: true }],
            });
        },
    },
    {
        stack: "cross-account",
        name: "I2: the group is in us-west-2 (its own region argument) and names by name a template the stack made only in us-east-1",
        edit: r => {
            templateOfB(r, "caller-east-lt", "lt-0aaaa5050bbbb0303", SSM);
            asgOfB(r, "caller-west-asg", {
                region: "us-west-2",
                vpcZoneIdentifiers: ["subnet-0a1b2c3d4e5f60708"],
                launchTemplate: { name: "caller-east-lt", version: "$Latest" },
            });
        },
        refused: /caller-west-asg|caller-east-lt/,
    },
    {
        stack: "cross-account",
        name: "S3: a Spot mixed-instances group whose override names a second stack template by name, both with region us-east-1 written out",
        edit: r => {
            templateOfB(r, "caller-amd-lt", "lt-0aaaa5050bbbb0404", SSM, { region: "us-east-1" });
            templateOfB(r, "caller-graviton-lt", "lt-0aaaa5050bbbb0505", SSM, {
                region: "us-east-1",
                imageId: "ami-0fedcba9876543210",
                instanceType: "t4g.micro",
            });
            asgOfB(r, "caller-mixed-asg", {
                region: "us-east-1",
                capacityRebalance: true,
                mixedInstancesPolicy: {
                    instancesDistribution: {
                        onDemandBaseCapacity: 1,
                        onDemandPercentageAboveBaseCapacity: 25,
                        spotAllocationStrategy: "price-capacity-optimized",
                    },
                    launchTemplate: {
                        launchTemplateSpecification: { launchTemplateName: "caller-amd-lt", version: "$Latest" },
                        overrides: [
                            { instanceType: "t3.micro" },
                            {
                                instanceType: "t4g.micro",
                                launchTemplateSpecification: {
                                    launchTemplateName: "caller-graviton-lt",
                                    version: "$Latest",
                                },
                            },
                        ],
                    },
                },
            });
        },
    },
    // ---- copies into a directory (round 49, rootReads.ts copiedDestinations) next to a read config ----
    {
        stack: "cross-account",
        name: "S4: Jupyter with a token from Secrets Manager on 127.0.0.1 behind nginx; later the team copies a lab settings file into an unrelated directory and unpacks extensions under /opt",
        edit: r =>
            script(r, "caller-jupyter-copies", [
                ...NGINX_TO("http://127.0.0.1:8888"),
                "pip3 install jupyterlab",
                "mkdir -p /etc/jupyter /opt/jupyter/lab/settings",
                "cat > /etc/jupyter/jupyter_server_config.py <<'PY'",
                "c.ServerApp.ip = '127.0.0.1'",
                "c.ServerApp.port = 8888",
                "c.ServerApp.open_browser = False",
                "PY",
                "aws s3 cp s3://caller-artifacts/jupyter/overrides.json /opt/jupyter/lab/settings/",
                "tar -C /opt/jupyter -xzf /tmp/extensions.tgz",
                'TOKEN="$(aws secretsmanager get-secret-value --secret-id caller/jupyter --query SecretString --output text)"',
                'runuser -u jupyter -- env JUPYTER_TOKEN="$TOKEN" nohup jupyter lab >/var/log/jupyter.log 2>&1 &',
            ]),
    },
    {
        stack: "cross-account",
        name: "I4: the same Jupyter run by root, its config directory overwritten by an unpacked tarball (tar -C /etc/jupyter: the config is unread)",
        edit: r =>
            script(r, "caller-jupyter-untar", [
                "pip3 install jupyterlab",
                "mkdir -p /etc/jupyter",
                "cat > /etc/jupyter/jupyter_server_config.py <<'PY'",
                "c.ServerApp.ip = '127.0.0.1'",
                "PY",
                "aws s3 cp s3://caller-artifacts/jupyter/config.tgz /tmp/config.tgz",
                "tar -C /etc/jupyter -xzf /tmp/config.tgz",
                "nohup jupyter lab --allow-root --IdentityProvider.token= >/var/log/jupyter.log 2>&1 &",
            ]),
        refused: /caller-jupyter-untar/,
    },
    // ---- environment as listen settings (round 49) ----
    {
        stack: "cross-account",
        name: "S5: an ASP.NET Core app told ASPNETCORE_URLS=http://127.0.0.1:5000 by its unit, behind nginx on 443 (Kestrel's documented reverse-proxy setup)",
        edit: r =>
            script(r, "caller-kestrel", [
                ...NGINX_TO("http://127.0.0.1:5000"),
                ...UNIT([
                    "WorkingDirectory=/opt/app",
                    "Environment=ASPNETCORE_URLS=http://127.0.0.1:5000",
                    "Environment=ASPNETCORE_ENVIRONMENT=Production",
                    "ExecStart=/usr/bin/dotnet /opt/app/App.dll",
                ]),
            ]),
    },
    {
        stack: "cross-account",
        name: "S6: the app's unit reads EnvironmentFile=/etc/app/app.env, which user data writes with HOST=127.0.0.1 PORT=3000; a drop-in raises LimitNOFILE",
        edit: r =>
            script(r, "caller-envfile", [
                ...NGINX_TO("http://127.0.0.1:3000"),
                "mkdir -p /etc/app /etc/systemd/system/app.service.d",
                "cat > /etc/app/app.env <<'ENVEOF'",
                "HOST=127.0.0.1",
                "PORT=3000",
                "NODE_ENV=production",
                "ENVEOF",
                "chmod 0640 /etc/app/app.env",
                "cat > /etc/systemd/system/app.service.d/limits.conf <<'DROPEOF'",
                "[Service]",
                "LimitNOFILE=65536",
                "DROPEOF",
                ...UNIT(["EnvironmentFile=/etc/app/app.env", "ExecStart=/usr/bin/node /opt/app/server.js"]),
            ]),
    },
    {
        stack: "cross-account",
        name: "S7: the corporate egress proxy for every unit (DefaultEnvironment=HTTPS_PROXY/NO_PROXY in a system.conf.d drop-in) and the app on 127.0.0.1:3000",
        edit: r =>
            script(r, "caller-default-proxy", [
                ...NGINX_TO("http://127.0.0.1:3000"),
                "mkdir -p /etc/systemd/system.conf.d",
                "cat > /etc/systemd/system.conf.d/proxy.conf <<'PROXYEOF'",
                "[Manager]",
                'DefaultEnvironment="HTTPS_PROXY=http://proxy.corp.example.com:3128" "NO_PROXY=169.254.169.254,localhost,127.0.0.1,.amazonaws.com"',
                "PROXYEOF",
                "systemctl daemon-reexec",
                ...UNIT([
                    "Environment=HOST=127.0.0.1",
                    "Environment=PORT=3000",
                    "ExecStart=/usr/bin/node /opt/app/server.js",
                ]),
            ]),
    },
    {
        stack: "cross-account",
        name: "S8: a gunicorn app on 127.0.0.1:8000 behind nginx, its unit giving libpq's PGHOST (an RDS private IP) and a StatsD agent's STATSD_HOST (a private IP)",
        edit: r =>
            script(r, "caller-client-env", [
                ...NGINX_TO("http://127.0.0.1:8000"),
                ...UNIT([
                    "WorkingDirectory=/opt/app",
                    "Environment=PGHOST=10.20.3.17",
                    "Environment=PGPORT=5432",
                    "Environment=STATSD_HOST=10.20.9.4",
                    "Environment=STATSD_PORT=8125",
                    "ExecStart=/opt/app/venv/bin/gunicorn --workers 3 --bind 127.0.0.1:8000 app:app",
                ]),
            ]),
    },
    // ---- forwarders and clients (round 49) ----
    {
        stack: "cross-account",
        name: "S9: stunnel in client mode: a loopback accept (127.0.0.1:6380) tunnelled over TLS to the team's ElastiCache endpoint",
        edit: r =>
            script(r, "caller-stunnel-client", [
                "dnf -y install stunnel",
                "cat > /etc/stunnel/redis.conf <<'STEOF'",
                "setuid = nobody",
                "setgid = nobody",
                "[redis]",
                "client = yes",
                "accept = 127.0.0.1:6380",
                "connect = caller-cache.abc123.ng.0001.use1.cache.amazonaws.com:6379",
                "STEOF",
                "systemctl enable --now stunnel@redis",
            ]),
    },
    {
        stack: "cross-account",
        name: "I9: stunnel accepting TLS on every address (accept = 8443) and connecting to instance metadata",
        edit: r =>
            script(r, "caller-stunnel-imds", [
                "dnf -y install stunnel",
                "cat > /etc/stunnel/stunnel.conf <<'STEOF'",
                "cert = /etc/pki/tls/certs/app.pem",
                "[imds]",
                "accept = 8443",
                "connect = 169.254.169.254:80",
                "STEOF",
                "systemctl enable --now stunnel",
            ]),
        refused: /caller-stunnel-imds/,
    },
    {
        stack: "cross-account",
        name: "S10: autossh keeps a local forward (127.0.0.1:5432 to the database through the bastion) run as ec2-user, and the app waits for it with wait-for-it",
        edit: r =>
            script(r, "caller-autossh", [
                "sudo -u ec2-user autossh -M 0 -f -N -o ServerAliveInterval=30 -L 5432:db.caller.internal:5432 tunnel@bastion.caller.example.com",
                "wait-for-it 127.0.0.1:5432 -t 60 -- echo database tunnel up",
                "kcat -b kafka.caller.internal:9092 -L > /dev/null",
            ]),
    },
    {
        stack: "cross-account",
        name: "I10: autossh (root) forwarding port 8080 of every address (-g) to instance metadata",
        edit: r => script(r, "caller-autossh-imds", ["autossh -M 0 -f -N -g -L 8080:169.254.169.254:80 localhost"]),
        refused: /caller-autossh-imds/,
    },
    {
        stack: "cross-account",
        name: "S11: xinetd redirect service sending port 2525 to the team's mail relay on another host",
        edit: r =>
            script(r, "caller-xinetd-redirect", [
                "dnf -y install xinetd",
                "cat > /etc/xinetd.d/smtp-relay <<'XEOF'",
                "service smtp-relay",
                "{",
                "    type        = UNLISTED",
                "    socket_type = stream",
                "    protocol    = tcp",
                "    port        = 2525",
                "    wait        = no",
                "    user        = nobody",
                "    redirect    = 10.20.5.25 25",
                "    disable     = no",
                "}",
                "XEOF",
                "systemctl enable --now xinetd",
            ]),
    },
    {
        stack: "cross-account",
        name: "I11: the same xinetd redirect service sending port 2525 to instance metadata",
        edit: r =>
            script(r, "caller-xinetd-imds", [
                "dnf -y install xinetd",
                "cat > /etc/xinetd.d/meta <<'XEOF'",
                "service meta",
                "{",
                "    type        = UNLISTED",
                "    socket_type = stream",
                "    port        = 2525",
                "    wait        = no",
                "    user        = nobody",
                "    redirect    = 169.254.169.254 80",
                "}",
                "XEOF",
                "systemctl enable --now xinetd",
            ]),
        refused: /caller-xinetd-imds/,
    },
    // ---- keepers and capabilities (round 49) ----
    {
        stack: "cross-account",
        name: "S12: nightly scans of the whole root file system: trivy rootfs with the vuln scanner only (report to /var/log) and clamscan -r -i logging locally",
        edit: r =>
            script(r, "caller-scans", [
                "trivy rootfs --scanners vuln --format json --output /var/log/trivy-rootfs.json /",
                "clamscan -r -i --exclude-dir='^/proc' --exclude-dir='^/sys' --log=/var/log/clamav/scan.log /",
            ]),
    },
    {
        stack: "cross-account",
        name: "S13: setcap cap_net_bind_service=+ep on node, the app run as user app on 0.0.0.0:443 (HOST/PORT in its environment)",
        edit: r =>
            script(r, "caller-setcap-bind", [
                "dnf -y install nodejs",
                "setcap 'cap_net_bind_service=+ep' /usr/bin/node",
                "runuser -u app -- env HOST=0.0.0.0 PORT=443 nohup /usr/bin/node /opt/app/server.js >/var/log/app.log 2>&1 &",
            ]),
    },
    {
        stack: "cross-account",
        name: "S14: a virtualenv built for the app (python3 -m venv, -m pip install -r, -m compileall) before its loopback gunicorn",
        edit: r =>
            script(r, "caller-venv", [
                "python3 -m venv /opt/app/venv",
                "/opt/app/venv/bin/python -m pip install --upgrade pip",
                "/opt/app/venv/bin/python -m pip install -r /opt/app/requirements.txt",
                "/opt/app/venv/bin/python -m compileall -q /opt/app",
                "cd /opt/app && runuser -u app -- nohup /opt/app/venv/bin/gunicorn --bind 127.0.0.1:8000 app:app &",
            ]),
    },
    // ---- more forwarders in front of loopback servers (round 49: Traefik, Envoy, stunnel, rinetd, firewalld, iptables-save) ----
    {
        stack: "cross-account",
        name: "S17: Traefik on :443 (entryPoint websecure, file provider) routing app.caller.example.com to gunicorn on 127.0.0.1:8000",
        edit: r => script(r, "caller-traefik", [...TRAEFIK_TO("http://127.0.0.1:8000"), GUNICORN_LOOPBACK]),
    },
    {
        stack: "cross-account",
        name: "I17: the same Traefik routing to a root Jupyter on 127.0.0.1:8888 with an empty token",
        edit: r =>
            script(r, "caller-traefik-jupyter", [...JUPYTER_OPEN, ...TRAEFIK_TO("http://127.0.0.1:8888"), JUPYTER_RUN]),
        refused: /caller-traefik-jupyter/,
    },
    {
        stack: "cross-account",
        name: "S18: Envoy's static listener on 0.0.0.0:8443 with one STATIC cluster, gunicorn on 127.0.0.1:8000",
        edit: r =>
            script(r, "caller-envoy", [
                "mkdir -p /etc/envoy",
                "cat > /etc/envoy/envoy.yaml <<'ENVOYEOF'",
                "static_resources:",
                "  listeners:",
                "  - name: ingress",
                "    address:",
                "      socket_address: { address: 0.0.0.0, port_value: 8443 }",
                "    filter_chains:",
                "    - filters:",
                "      - name: envoy.filters.network.http_connection_manager",
                "        typed_config:",
                '          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager',
                "          stat_prefix: ingress",
                "          route_config:",
                "            virtual_hosts:",
                "            - name: app",
                '              domains: ["*"]',
                "              routes:",
                '              - match: { prefix: "/" }',
                "                route: { cluster: app }",
                "          http_filters:",
                "          - name: envoy.filters.http.router",
                "            typed_config:",
                '              "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router',
                "  clusters:",
                "  - name: app",
                "    type: STATIC",
                "    load_assignment:",
                "      cluster_name: app",
                "      endpoints:",
                "      - lb_endpoints:",
                "        - endpoint:",
                "            address:",
                "              socket_address: { address: 127.0.0.1, port_value: 8000 }",
                "ENVOYEOF",
                "nohup envoy -c /etc/envoy/envoy.yaml >/var/log/envoy.log 2>&1 &",
                GUNICORN_LOOPBACK,
            ]),
    },
    {
        stack: "cross-account",
        name: "S19: stunnel terminating TLS on 443 (setuid nobody) in front of gunicorn on 127.0.0.1:8000",
        edit: r =>
            script(r, "caller-stunnel-server", [
                "dnf -y install stunnel",
                "cat > /etc/stunnel/app.conf <<'STEOF'",
                "cert = /etc/pki/tls/certs/app.pem",
                "key = /etc/pki/tls/private/app.key",
                "setuid = nobody",
                "setgid = nobody",
                "[app]",
                "accept = 443",
                "connect = 127.0.0.1:8000",
                "STEOF",
                "systemctl enable --now stunnel@app",
                GUNICORN_LOOPBACK,
            ]),
    },
    {
        stack: "cross-account",
        name: "S20: rinetd forwarding 0.0.0.0:5432 to the team's database on another host (allow 10.*)",
        edit: r =>
            script(r, "caller-rinetd-db", [
                "cat > /etc/rinetd.conf <<'REOF'",
                "0.0.0.0 5432 db.caller.internal 5432",
                "allow 10.*",
                "REOF",
                "systemctl enable --now rinetd",
            ]),
    },
    {
        stack: "cross-account",
        name: "I20: rinetd forwarding 0.0.0.0:9000 to a root Jupyter with an empty token on 127.0.0.1:8888",
        edit: r =>
            script(r, "caller-rinetd-jupyter", [
                ...JUPYTER_OPEN,
                JUPYTER_RUN,
                "cat > /etc/rinetd.conf <<'REOF'",
                "0.0.0.0 9000 127.0.0.1 8888",
                "REOF",
                "systemctl enable --now rinetd",
            ]),
        refused: /caller-rinetd-jupyter/,
    },
    {
        stack: "cross-account",
        name: "S21: firewalld forwards port 80 to the local port 8080 (no toaddr) where gunicorn runs as user app, plus a rich rule admitting 10.0.0.0/8",
        edit: r =>
            script(r, "caller-firewalld", [
                "dnf -y install firewalld",
                "systemctl enable --now firewalld",
                "firewall-cmd --permanent --zone=public --add-forward-port=port=80:proto=tcp:toport=8080",
                'firewall-cmd --permanent --add-rich-rule=\'rule family="ipv4" source address="10.0.0.0/8" port port="8080" protocol="tcp" accept\'',
                "firewall-cmd --reload",
                "runuser -u app -- nohup gunicorn --bind 0.0.0.0:8080 app:app >/var/log/app.log 2>&1 &",
            ]),
    },
    {
        stack: "cross-account",
        name: "S22: /etc/sysconfig/iptables restored at boot: a filter table and a nat REDIRECT of 80 to 8080 (gunicorn as user app)",
        edit: r =>
            script(r, "caller-iptables-save", [
                "cat > /etc/sysconfig/iptables <<'IPTEOF'",
                "*filter",
                ":INPUT ACCEPT [0:0]",
                ":FORWARD DROP [0:0]",
                ":OUTPUT ACCEPT [0:0]",
                "-A INPUT -i lo -j ACCEPT",
                "-A INPUT -p tcp --dport 80 -j ACCEPT",
                "COMMIT",
                "*nat",
                ":PREROUTING ACCEPT [0:0]",
                "-A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8080",
                "COMMIT",
                "IPTEOF",
                "systemctl enable --now iptables",
                "runuser -u app -- nohup gunicorn --bind 0.0.0.0:8080 app:app >/var/log/app.log 2>&1 &",
            ]),
    },
    // ---- copies into directories beside Jupyter's configuration (round 49) ----
    {
        stack: "cross-account",
        name: "S23: a root Jupyter kept on 127.0.0.1 by /etc/jupyter/jupyter_server_config.py; theme files copied into /etc/jupyter/custom/, lab settings fetched with wget -P /etc/jupyter/labconfig, aws s3 sync into /etc/jupyter/lab/",
        edit: r =>
            script(r, "caller-jupyter-subdirs", [
                ...JUPYTER_OPEN,
                "mkdir -p /etc/jupyter/custom",
                "cp /opt/theme/custom.css /etc/jupyter/custom/",
                "wget -q -P /etc/jupyter/labconfig https://artifacts.caller.example.com/jupyter/page_config.json",
                "aws s3 sync s3://caller-artifacts/jupyter/lab/ /etc/jupyter/lab/",
                JUPYTER_RUN,
            ]),
    },
    {
        stack: "cross-account",
        name: "I23: the same, but wget -P /etc/jupyter fetches a jupyter_server_config.py over the one written (the config is unread: every address, empty token)",
        edit: r =>
            script(r, "caller-jupyter-wget-config", [
                ...JUPYTER_OPEN,
                "wget -q -P /etc/jupyter https://artifacts.caller.example.com/jupyter/jupyter_server_config.py",
                JUPYTER_RUN,
            ]),
        refused: /caller-jupyter-wget-config/,
    },
    // ---- more launchers naming templates by name (round 49) ----
    {
        stack: "cross-account",
        name: "S24: an instance of account B on the caller's template by name (launchTemplate { name, $Latest }), and a Spot Fleet naming it by name, version 1",
        edit: r => {
            templateOfB(r, "caller-named-lt", "lt-0aaaa5050bbbb0606", SSM);
            instanceOfB(r, "caller-named-instance", undefined, {
                ami: undefined,
                iamInstanceProfile: undefined,
                launchTemplate: { name: "caller-named-lt", version: "$Latest" },
                tags: { Name: "caller-named-instance", team: "caller" },
            });
            beside(
                r,
                "cross-account",
                "aws:ec2/spotFleetRequest:SpotFleetRequest",
                "caller-named-sfr",
                {
                    iamFleetRole: "arn:aws:iam::777777777777:role/aws-ec2-spot-fleet-tagging-role",
                    targetCapacity: 1,
                    launchTemplateConfigs: [{ launchTemplateSpecification: { name: "caller-named-lt", version: "1" } }],
                },
                find(r, ROLE, CALLER_ROLE),
            );
        },
    },
    {
        stack: "cross-account",
        name: "S25: the group runs on a second provider of account B (same allowedAccountIds and Region, defaultTags team=caller) and names the template by name",
        edit: r => {
            const lt = templateOfB(r, "caller-tagged-lt", "lt-0aaaa5050bbbb0707", SSM);
            const g = asgOfB(r, "caller-tagged-asg", {
                launchTemplate: { name: "caller-tagged-lt", version: "$Latest" },
            });
            const p = JSON.parse(JSON.stringify(lt.provider));
            p.name = "aws-account-b-tagged";
            p.urn = String(p.urn).replace(/aws-account-b$/, "aws-account-b-tagged");
            p.inputs = { ...p.inputs, defaultTags: JSON.stringify({ tags: { team: "caller" } }) };
            g.provider = p;
        },
    },
    {
        stack: "dev",
        name: "N5: the documented EKS proxy drop-ins written directly for kubelet and containerd (Environment= HTTP_PROXY/HTTPS_PROXY/NO_PROXY only)",
        edit: devNodeScript("proxied-direct", [
            "mkdir -p /etc/systemd/system/containerd.service.d /etc/systemd/system/kubelet.service.d",
            ...["containerd", "kubelet"].flatMap(unit => [
                `cat > /etc/systemd/system/${unit}.service.d/http-proxy.conf <<'EOF'`,
                "[Service]",
                'Environment="HTTP_PROXY=http://proxy.corp.example.com:3128"',
                'Environment="HTTPS_PROXY=http://proxy.corp.example.com:3128"',
                'Environment="NO_PROXY=localhost,127.0.0.1,169.254.169.254,.internal,.eks.amazonaws.com"',
                "EOF",
            ]),
            "systemctl daemon-reload",
        ]),
        config: nodePolicyConfig,
    },
    // ---- the same rules on an EKS node (dev), where the node's secrets are on disk ----
    {
        stack: "dev",
        name: "N1: a dev node group behind the corporate proxy (AWS re:Post's EKS proxy user data): containerd and kubelet drop-ins with HTTP(S)_PROXY/NO_PROXY, and the same appended to /etc/environment",
        edit: devNodeScript("proxied", [
            'PROXY="http://proxy.corp.example.com:3128"',
            'NO_PROXY_LIST="localhost,127.0.0.1,169.254.169.254,10.0.0.0/16,.internal,.eks.amazonaws.com,.ec2.amazonaws.com"',
            "mkdir -p /etc/systemd/system/containerd.service.d /etc/systemd/system/kubelet.service.d",
            "for unit in containerd kubelet; do",
            "cat > /etc/systemd/system/$unit.service.d/http-proxy.conf <<EOF",
            "[Service]",
            'Environment="HTTP_PROXY=$PROXY"',
            'Environment="HTTPS_PROXY=$PROXY"',
            'Environment="NO_PROXY=$NO_PROXY_LIST"',
            "EOF",
            "done",
            "cat >> /etc/environment <<EOF",
            "HTTP_PROXY=$PROXY",
            "HTTPS_PROXY=$PROXY",
            "NO_PROXY=$NO_PROXY_LIST",
            "EOF",
            "systemctl daemon-reload",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "N2: a dev node scans its root file system nightly: trivy rootfs --scanners vuln with a local report, clamscan -r -i logging locally",
        edit: devNodeScript("scanned", [
            "dnf -y install clamav",
            "trivy rootfs --scanners vuln --format json --output /var/log/trivy-rootfs.json /",
            "clamscan -r -i --exclude-dir='^/proc' --exclude-dir='^/sys' --log=/var/log/clamav/scan.log /",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI2: the same node's trivy rootfs scans / with the secret scanner and sends its results to a remote trivy server",
        edit: devNodeScript("trivy-server", [
            "trivy rootfs --scanners vuln,secret --server http://trivy.corp.example.com:4954 /",
        ]),
        config: nodePolicyConfig,
        refused: /trivy-server|trivy/,
    },
    {
        stack: "dev",
        name: "N3: node_exporter given cap_net_bind_service (setcap) and run as user nobody on :100 by systemd-run",
        edit: devNodeScript("exporter-cap", [
            "setcap cap_net_bind_service=+ep /usr/local/bin/node_exporter",
            "systemd-run --unit node-exporter -p User=nobody /usr/local/bin/node_exporter --web.listen-address=:100",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI3: setcap cap_dac_read_search+ep on python3.9, then user nobody serves /var/lib/kubelet with http.server on every address",
        edit: devNodeScript("python-dac", [
            "setcap cap_dac_read_search+ep /usr/bin/python3.9",
            "runuser -u nobody -- nohup /usr/bin/python3.9 -m http.server 8000 --directory /var/lib/kubelet >/dev/null 2>&1 &",
        ]),
        config: nodePolicyConfig,
        refused: /python-dac|kubelet|http\.server/,
    },
    {
        stack: "dev",
        name: "NI4: a root unit on a dev node running a .NET agent with ASPNETCORE_URLS=http://+:5000 (Kestrel: every address)",
        edit: devNodeScript("kestrel-node", [
            "cat > /etc/systemd/system/agent.service <<'UNITEOF'",
            "[Service]",
            "Environment=ASPNETCORE_URLS=http://+:5000",
            "ExecStart=/usr/bin/dotnet /opt/agent/Agent.dll",
            "[Install]",
            "WantedBy=multi-user.target",
            "UNITEOF",
            "systemctl daemon-reload",
            "systemctl enable --now agent",
        ]),
        config: nodePolicyConfig,
        refused: /kestrel-node|dotnet|ASPNETCORE/,
    },
    {
        stack: "dev",
        name: "N4: the same .NET agent as user nobody with ASPNETCORE_URLS=http://localhost:5000",
        edit: devNodeScript("kestrel-local", [
            "cat > /etc/systemd/system/agent.service <<'UNITEOF'",
            "[Service]",
            "User=nobody",
            "Environment=ASPNETCORE_URLS=http://localhost:5000",
            "ExecStart=/usr/bin/dotnet /opt/agent/Agent.dll",
            "[Install]",
            "WantedBy=multi-user.target",
            "UNITEOF",
            "systemctl daemon-reload",
            "systemctl enable --now agent",
        ]),
        config: nodePolicyConfig,
    },
    // Was a MISS (fixed in round 50): refused. ssh-keyscan's output appended to root's ~/.ssh/known_hosts is refused as "content the pack cannot
    // read ... it decides who gets into the node or what root runs there" (userData.ts nodeJudge.written: /root/ is a
    // NODE_CONFIG_PATHS entry). known_hosts lets no one in: it only lists the host keys root's own ssh CLIENT trusts
    // for outbound connections (sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT": "/etc/ssh/ssh_known_hosts and ~/.ssh/known_hosts
    // files contain the host public keys for all known hosts"; authorized_keys is the file that admits logins), and this
    // user data opens no outbound ssh at all. Who gains: no one; the cost is a refusal of a routine pre-trust of the
    // team's git host. Fix: exclude ~/.ssh/known_hosts (and known_hosts2) from the /root/ rule, or judge it only when
    // the same user data later runs an ssh/git-over-ssh command whose output root executes.
    {
        stack: "dev",
        name: "N6: a dev node pre-trusts the team's git host for root: ssh-keyscan -H git.corp.example.com >> /root/.ssh/known_hosts",
        edit: devNodeScript("known-hosts", [
            "install -d -m 0700 /root/.ssh",
            "ssh-keyscan -H git.corp.example.com >> /root/.ssh/known_hosts",
            "chmod 0600 /root/.ssh/known_hosts",
        ]),
        config: nodePolicyConfig,
    },
    // Neighbours (round 50): root's other ssh files stay node configuration when their content is unread.
    {
        stack: "dev",
        name: "N6b: a dev node appends ssh-keyscan's output to /root/.ssh/authorized_keys (keys that admit logins)",
        edit: devNodeScript("authorized-keyscan", [
            "install -d -m 0700 /root/.ssh",
            "ssh-keyscan -H git.corp.example.com >> /root/.ssh/authorized_keys",
        ]),
        config: nodePolicyConfig,
        refused: /authorized_keys/,
    },
    {
        stack: "dev",
        name: "N6c: a dev node writes /root/.ssh/config from a download (a ProxyCommand root's ssh would run)",
        edit: devNodeScript("ssh-config-download", [
            "install -d -m 0700 /root/.ssh",
            "curl -fsSL https://config.example.com/ssh_config -o /root/.ssh/config",
        ]),
        config: nodePolicyConfig,
        refused: /\/root\/\.ssh\/config/,
    },
    {
        stack: "dev",
        name: "N6d: a dev node writes /root/.ssh/known_hosts_extra from ssh-keyscan (not a known_hosts file: still root's home)",
        edit: devNodeScript("known-hosts-extra", [
            "install -d -m 0700 /root/.ssh",
            "ssh-keyscan -H git.corp.example.com > /root/.ssh/known_hosts_extra",
        ]),
        config: nodePolicyConfig,
        refused: /known_hosts_extra/,
    },
    // ---- Kubernetes: group impersonation only with user impersonation (round 49) ----
    {
        stack: "prod",
        name: "S15: support engineers may (ClusterRoleBinding) impersonate two named users and the group read-only-apps, which may only view deployments in apps",
        edit: r => {
            roleFor(
                r,
                "support-impersonation",
                [
                    {
                        apiGroups: [""],
                        resources: ["users"],
                        resourceNames: ["alice@example.com", "bob@example.com"],
                        verbs: ["impersonate"],
                    },
                    {
                        apiGroups: [""],
                        resources: ["groups"],
                        resourceNames: ["read-only-apps"],
                        verbs: ["impersonate"],
                    },
                ],
                [SUPPORT],
            );
            roleFor(
                r,
                "read-only-apps",
                [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "watch"] }],
                [{ kind: "Group", name: "read-only-apps", apiGroup: RBAC }],
                "apps",
            );
        },
    },
    {
        stack: "prod",
        name: "I15: the same impersonation where the impersonable group is system:masters",
        edit: r =>
            roleFor(
                r,
                "support-masters",
                [
                    {
                        apiGroups: [""],
                        resources: ["users"],
                        resourceNames: ["alice@example.com"],
                        verbs: ["impersonate"],
                    },
                    {
                        apiGroups: [""],
                        resources: ["groups"],
                        resourceNames: ["system:masters"],
                        verbs: ["impersonate"],
                    },
                ],
                [SUPPORT],
            ),
        refused: /support|impersonat|system:masters/,
    },
    {
        stack: "prod",
        name: "S16: a CI ServiceAccount ci/deployer may create and read Secrets in the unrelated namespace preview only",
        edit: r => {
            bareServiceAccount(r, "ci", "deployer");
            roleFor(
                r,
                "preview-secrets",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "create", "update", "patch"] }],
                [sa("ci", "deployer")],
                "preview",
            );
        },
    },
];

describeVariants(
    "allowlist: red-team round 50, secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
