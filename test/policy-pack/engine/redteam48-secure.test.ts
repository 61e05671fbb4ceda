// Red-team round 48 on false positives across the committed stacks (fresh eyes). Probed: SECURE variants a careful
// platform team would write beside the custody workloads, each with an insecure neighbour that must stay refused:
// the cross-account caller's instance (seed 003, its profile reaching custody through the access role) running
// Jupyter and code-server the way their docs say to secure them (round 47's config-file reading: a .py config with
// multi-line literals, a password replacing the token, a token from Secrets Manager, code-server@USER with its
// user's config.yaml, TLS reverse proxies in front of loopback servers); launch templates pinned to a version the
// stack shows (round 47's unseen-version rule) for instances and EKS managed node groups; unrelated IRSA roles and
// tables beside curity and basil. Misses (fixed in round 48): a TLS reverse proxy (nginx on 443) in front of a loopback
// Jupyter or code-server that has no authentication was accepted (I3, I5): the pack credited the loopback bind and never
// joined the proxy's literal upstream to the shell it serves (now userData.ts loopbackJoin). Seen and left as designed (README "Assets"): a KMS key the basil
// stack creates in basil's account and region is a custody key, so an unrelated workload's key there is refused; a
// key of another account (S9) is accepted.
import { describeVariants, StackCase, doc, find, Resources } from "./support";
import { ACCOUNT, beside } from "./awsCaseBuilders";
import { aws, IMDS_SAFE, nodeRole, serviceAccount } from "./variantBuilders";
import { nodePolicyConfig } from "./packRunner";
import { CALLER_ROLE, HARMLESS, instanceOfB, templateOfB } from "./callerInstanceBuilders";

const ROLE = "aws:iam/role:Role";
const LT = "aws:ec2/launchTemplate:LaunchTemplate";
const ARGON = "argon2:$argon2id$v=19$m=10240,t=10,p=8$kQ2b1Vh3eT8xWm0r6Jm9Xg$2bU0v3xvYf3bq4Kq1b0F6Q";
const CS_HASH = "$argon2i$v=19$m=4096,t=3,p=1$wst5qhbgk2lu1ih4dmuxvg$ls1alrvdiwtvzhwnzcm1dugg";

/** The cross-account caller's EC2 instance (account B, instance profile instance-role, IMDSv2 hop limit 1). */
const callerInstance = (r: Resources, userData: string | undefined, name = "caller-box", extra: object = {}) =>
    instanceOfB(r, name, userData, extra);

/** A dev-cluster managed node group on a launch template with `latestVersion`, launched at `version`. */
function pinnedNodes(r: Resources, name: string, latestVersion: number, version: string): void {
    const arn = nodeRole(r, ACCOUNT.dev, name);
    aws(r, LT, name, {
        name,
        id: `lt-${name}`,
        latestVersion,
        defaultVersion: 1,
        metadataOptions: IMDS_SAFE,
        userData: Buffer.from(HARMLESS).toString("base64"),
    });
    aws(r, "aws:eks/nodeGroup:NodeGroup", name, {
        clusterName: "dev-validators",
        nodeGroupName: name,
        nodeRoleArn: arn,
        amiType: "AL2023_x86_64_STANDARD",
        subnetIds: ["subnet-0a1b2c3d4e5f60718"],
        scalingConfig: { desiredSize: 2, maxSize: 4, minSize: 2 },
        launchTemplate: { id: `lt-${name}`, version },
    });
}

/** An IRSA role of `stack` for ServiceAccount ns/sa of that stack's cluster, allowed `actions` on `resources`. */
function irsaRole(
    r: Resources,
    stack: string,
    name: string,
    ns: string,
    sa: string,
    actions: string[],
    resources: string[],
) {
    const anchor = find(r, ROLE, stack === "curity" ? "curity-role" : "basil-runtime");
    const trust = JSON.parse(String(anchor.inputs.assumeRolePolicy));
    const statement = trust.Statement[0];
    const provider = String(statement.Principal.Federated);
    const issuer = provider.replace(/^arn:aws:iam::\d+:oidc-provider\//, "");
    serviceAccount(r, ns, sa, { "eks.amazonaws.com/role-arn": `arn:aws:iam::${ACCOUNT[stack]}:role/${name}` });
    return beside(r, stack, ROLE, name, {
        name,
        arn: `arn:aws:iam::${ACCOUNT[stack]}:role/${name}`,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { Federated: provider },
            Action: "sts:AssumeRoleWithWebIdentity",
            Condition: {
                StringEquals: {
                    [`${issuer}:sub`]: `system:serviceaccount:${ns}:${sa}`,
                    [`${issuer}:aud`]: "sts.amazonaws.com",
                },
            },
        }),
        inlinePolicies: [
            { name: `${name}-access`, policy: doc({ Effect: "Allow", Action: actions, Resource: resources }) },
        ],
    });
}

const jupyterPy = (lines: string[]) => `#cloud-config
packages: [python3-pip]
write_files:
  - path: /etc/jupyter/jupyter_server_config.py
    permissions: "0644"
    content: |
${lines.map(l => `      ${l}`).join("\n")}
runcmd:
  - [pip3, install, jupyterlab]
  - [sh, -c, "nohup jupyter lab --allow-root --no-browser --port 8888 >/var/log/jupyter.log 2>&1 &"]
`;

const NGINX_TLS = (upstream: string, server: string) => `#!/bin/bash
set -euo pipefail
dnf -y install nginx
cat > /etc/nginx/conf.d/ide.conf <<'NGINXEOF'
server {
  listen 443 ssl;
  ssl_certificate /etc/pki/tls/certs/ide.crt;
  ssl_certificate_key /etc/pki/tls/private/ide.key;
  location / {
    proxy_pass ${upstream};
    proxy_set_header Host $host;
    proxy_set_header Upgrade $http_upgrade;
    proxy_set_header Connection upgrade;
  }
}
NGINXEOF
systemctl enable --now nginx
${server}
`;

const CODE_SERVER_UNIT = (config: string[]) => `#cloud-config
write_files:
  - path: /home/ec2-user/.config/code-server/config.yaml
    owner: ec2-user:ec2-user
    permissions: "0600"
    defer: true
    content: |
${config.map(l => `      ${l}`).join("\n")}
runcmd:
  - [sh, -c, "curl -fsSL https://code-server.dev/install.sh | sh"]
  - [systemctl, enable, --now, code-server@ec2-user]
`;

const CASES: StackCase[] = [
    // ---- Jupyter, secured as its docs say ----
    {
        stack: "cross-account",
        name: "S1: Jupyter Lab on 0.0.0.0 with /etc/jupyter/jupyter_server_config.py: hashed password (argon2), TLS cert, a multi-line tornado_settings dict, comments, c = get_config()",
        edit: r =>
            callerInstance(
                r,
                jupyterPy([
                    "# Jupyter server for the caller team (TLS + password)",
                    "c = get_config()  # noqa",
                    'c.ServerApp.ip = "0.0.0.0"',
                    'c.ServerApp.certfile = "/etc/pki/tls/certs/jupyter.crt"',
                    'c.ServerApp.keyfile = "/etc/pki/tls/private/jupyter.key"',
                    `c.PasswordIdentityProvider.hashed_password = "${ARGON}"`,
                    "c.PasswordIdentityProvider.password_required = True",
                    "c.ServerApp.tornado_settings = {",
                    '    "headers": {"Content-Security-Policy": "frame-ancestors \'self\'"},',
                    "}",
                    "c.ServerApp.open_browser = False",
                ]),
                "caller-jupyter-tls",
            ),
    },
    {
        stack: "cross-account",
        name: "I1: the same config with the hashed password emptied and the token set empty (Jupyter's terminal served to anyone on 0.0.0.0:8888)",
        edit: r =>
            callerInstance(
                r,
                jupyterPy([
                    "c = get_config()  # noqa",
                    'c.ServerApp.ip = "0.0.0.0"',
                    'c.PasswordIdentityProvider.hashed_password = ""',
                    'c.IdentityProvider.token = ""',
                    "c.ServerApp.tornado_settings = {",
                    '    "headers": {"Content-Security-Policy": "frame-ancestors \'self\'"},',
                    "}",
                ]),
                "caller-jupyter-open",
            ),
        refused: /caller-jupyter-open/,
    },
    {
        stack: "cross-account",
        name: "S2: Jupyter Lab on 0.0.0.0 with its token read from Secrets Manager into a variable and passed as --IdentityProvider.token",
        edit: r =>
            callerInstance(
                r,
                [
                    "#!/bin/bash",
                    "set -euo pipefail",
                    "pip3 install jupyterlab",
                    'TOKEN="$(aws secretsmanager get-secret-value --secret-id caller/jupyter-token --query SecretString --output text)"',
                    'nohup jupyter lab --allow-root --no-browser --ip=0.0.0.0 --IdentityProvider.token="$TOKEN" >/var/log/jupyter.log 2>&1 &',
                    "",
                ].join("\n"),
                "caller-jupyter-sm",
            ),
    },
    {
        stack: "cross-account",
        name: 'I2: the same script with TOKEN="" (an empty token: no authentication on 0.0.0.0)',
        edit: r =>
            callerInstance(
                r,
                [
                    "#!/bin/bash",
                    "set -euo pipefail",
                    "pip3 install jupyterlab",
                    'TOKEN=""',
                    'nohup jupyter lab --allow-root --no-browser --ip=0.0.0.0 --IdentityProvider.token="$TOKEN" >/var/log/jupyter.log 2>&1 &',
                    "",
                ].join("\n"),
                "caller-jupyter-empty",
            ),
        refused: /caller-jupyter-empty/,
    },
    {
        stack: "cross-account",
        name: "S3: Jupyter Lab on 127.0.0.1 with its default (random) token behind nginx on 443 with TLS",
        edit: r =>
            callerInstance(
                r,
                NGINX_TLS(
                    "http://127.0.0.1:8888",
                    "pip3 install jupyterlab\nnohup jupyter lab --allow-root --no-browser --ip=127.0.0.1 --port 8888 &",
                ),
                "caller-jupyter-nginx",
            ),
    },
    // Was a MISS (fixed in round 48): nginx on 443 proxies every request to a Jupyter Lab on 127.0.0.1:8888 started with an empty token: the loopback
    // bind the pack credits is undone by the proxy, so whoever reaches port 443 gets Jupyter's terminal as root, hence
    // instance-role's credentials from instance metadata and the access role's custody table and key. userData.ts judges
    // the server table's listeners one by one (jupyterListeners binds ["127.0.0.1"]) and nginx only for proxy_pass hosts
    // taken from the request (hostFromRequest), never a literal loopback upstream that is itself a served shell. Fix: a
    // reverse proxy (nginx/httpd/HAProxy/Caddy/socat) listening beyond loopback whose upstream is a loopback port of a
    // served shell (Jupyter, code-server, ttyd, ...) serves that shell on its own address. Docs: nginx
    // ngx_http_proxy_module proxy_pass; Jupyter Server docs, "Security in the Jupyter Server" (empty token = no auth).
    {
        stack: "cross-account",
        name: "I3: Jupyter Lab on 127.0.0.1 with --IdentityProvider.token= (no authentication) behind nginx on 443: the loopback server is served to everyone",
        edit: r =>
            callerInstance(
                r,
                NGINX_TLS(
                    "http://127.0.0.1:8888",
                    "pip3 install jupyterlab\nnohup jupyter lab --allow-root --no-browser --ip=127.0.0.1 --port 8888 --IdentityProvider.token= &",
                ),
                "caller-jupyter-proxied",
            ),
        refused: /caller-jupyter-proxied/,
    },
    // Neighbours of I3 (the loopback listener joined with the user data's forwarders, userData.ts loopbackJoin).
    {
        stack: "cross-account",
        name: "S3b: Jupyter Lab on 127.0.0.1 with a hashed password in /etc/jupyter/jupyter_server_config.py behind nginx on 443: its own authentication still counts",
        edit: r =>
            callerInstance(
                r,
                NGINX_TLS(
                    "http://127.0.0.1:8888",
                    [
                        "mkdir -p /etc/jupyter",
                        "cat > /etc/jupyter/jupyter_server_config.py <<'PYEOF'",
                        "c = get_config()  # noqa",
                        'c.ServerApp.ip = "127.0.0.1"',
                        `c.PasswordIdentityProvider.hashed_password = "${ARGON}"`,
                        "PYEOF",
                        "pip3 install jupyterlab",
                        "nohup jupyter lab --allow-root --no-browser --port 8888 &",
                    ].join("\n"),
                ),
                "caller-jupyter-nginx-pw",
            ),
    },
    {
        stack: "cross-account",
        name: "S3c: the no-token Jupyter of I3 behind nginx listening on 127.0.0.1:8443 only: still loopback",
        edit: r =>
            callerInstance(
                r,
                NGINX_TLS(
                    "http://127.0.0.1:8888",
                    "pip3 install jupyterlab\nnohup jupyter lab --allow-root --no-browser --ip=127.0.0.1 --port 8888 --IdentityProvider.token= &",
                ).replace("listen 443 ssl;", "listen 127.0.0.1:8443 ssl;"),
                "caller-jupyter-nginx-lo",
            ),
    },
    {
        stack: "cross-account",
        name: "I3b: the no-token Jupyter of I3 relayed by socat TCP-LISTEN:9000,fork,bind=0.0.0.0 TCP:127.0.0.1:8888",
        edit: r =>
            callerInstance(
                r,
                [
                    "#!/bin/bash",
                    "pip3 install jupyterlab",
                    "nohup jupyter lab --allow-root --no-browser --ip=127.0.0.1 --port 8888 --IdentityProvider.token= &",
                    "nohup socat TCP-LISTEN:9000,fork,bind=0.0.0.0 TCP:127.0.0.1:8888 &",
                    "",
                ].join("\n"),
                "caller-jupyter-socat",
            ),
        refused: /caller-jupyter-socat/,
    },
    {
        stack: "cross-account",
        name: "I3c: the no-token Jupyter of I3 behind a Caddyfile site (reverse_proxy localhost:8888; Caddy binds every interface unless `bind`)",
        edit: r =>
            callerInstance(
                r,
                [
                    "#!/bin/bash",
                    "pip3 install jupyterlab",
                    "nohup jupyter lab --allow-root --no-browser --ip=127.0.0.1 --port 8888 --IdentityProvider.token= &",
                    "cat > /etc/caddy/Caddyfile <<'CADDYEOF'",
                    "jupyter.caller.example.com {",
                    "  reverse_proxy localhost:8888",
                    "}",
                    "CADDYEOF",
                    "systemctl enable --now caddy",
                    "",
                ].join("\n"),
                "caller-jupyter-caddy",
            ),
        refused: /caller-jupyter-caddy/,
    },
    // ---- code-server ----
    // DECIDED (round 69): refused. The config is written before `curl -fsSL https://code-server.dev/install.sh | sh`, a
    // downloaded program the pack cannot read, run as root: it may rewrite that config (round 68: a program made at boot
    // leaves every file the script wrote unknown, rootReads.ts unreadableRun), so code-server may run without
    // authentication. Write the config after the installer (a runcmd here-document after it) and the case is accepted.
    {
        stack: "cross-account",
        name: "S4: code-server@ec2-user with ec2-user's config.yaml (bind-addr 0.0.0.0:8443, auth: password, hashed-password, cert: true) written by write_files defer",
        edit: r =>
            callerInstance(
                r,
                CODE_SERVER_UNIT([
                    "bind-addr: 0.0.0.0:8443",
                    "auth: password",
                    `hashed-password: "${CS_HASH}"`,
                    "cert: true",
                ]),
                "caller-code-server-pw",
            ),
        refused: /caller-code-server-pw/,
    },
    {
        stack: "cross-account",
        name: "I4: code-server@ec2-user with the same config.yaml but auth: none (TLS, no authentication)",
        edit: r =>
            callerInstance(
                r,
                CODE_SERVER_UNIT(["bind-addr: 0.0.0.0:8443", "auth: none", "cert: true"]),
                "caller-code-server-none",
            ),
        refused: /caller-code-server-none/,
    },
    {
        stack: "cross-account",
        name: "S5: code-server on 127.0.0.1:8080 with its default config (password authentication) behind nginx on 443 with TLS",
        edit: r =>
            callerInstance(
                r,
                NGINX_TLS(
                    "http://127.0.0.1:8080",
                    "curl -fsSL https://code-server.dev/install.sh | sh\nnohup code-server --bind-addr 127.0.0.1:8080 &",
                ),
                "caller-code-server-nginx",
            ),
    },
    // Was a MISS (fixed in round 48): the same join for code-server: code-server's own guide ("Expose code-server", docs/guide.md) puts NGINX or
    // Caddy in front of code-server with its password auth; with --auth none behind the proxy, VS Code's integrated
    // terminal (a shell as root here) is served on 443 to anyone, and with it instance-role's credentials and custody.
    // The pack accepts it because code-server binds 127.0.0.1 and nginx's upstream is a literal loopback address. Fix as
    // for I3. Docs: coder/code-server docs/guide.md ("Never expose code-server directly to the internet", reverse proxy
    // sections) and "FAQ" (--auth none disables authentication); nginx proxy_pass.
    {
        stack: "cross-account",
        name: 'I5: code-server --auth none on 127.0.0.1:8080 behind nginx on 443 ("the proxy does TLS"): VS Code\'s terminal served to everyone',
        edit: r =>
            callerInstance(
                r,
                NGINX_TLS(
                    "http://127.0.0.1:8080",
                    "curl -fsSL https://code-server.dev/install.sh | sh\nnohup code-server --auth none --bind-addr 127.0.0.1:8080 &",
                ),
                "caller-code-server-proxied",
            ),
        refused: /caller-code-server-proxied/,
    },
    // Neighbours of I5.
    {
        stack: "cross-account",
        name: "S5b: code-server --auth none on 127.0.0.1:8080 while nginx on 443 proxies to 127.0.0.1:3000 (a Grafana): nothing unauthenticated listens on the proxied port",
        edit: r =>
            callerInstance(
                r,
                NGINX_TLS(
                    "http://127.0.0.1:3000",
                    "curl -fsSL https://code-server.dev/install.sh | sh\nnohup code-server --auth none --bind-addr 127.0.0.1:8080 &",
                ),
                "caller-code-server-other-port",
            ),
    },
    {
        stack: "cross-account",
        name: "I5b: code-server --auth none on 127.0.0.1:8080 behind nginx on 443 through an upstream group (upstream ide { server 127.0.0.1:8080; } proxy_pass http://ide)",
        edit: r =>
            callerInstance(
                r,
                NGINX_TLS(
                    "http://ide",
                    "curl -fsSL https://code-server.dev/install.sh | sh\nnohup code-server --auth none --bind-addr 127.0.0.1:8080 &",
                ).replace("server {", "upstream ide { server 127.0.0.1:8080; }\nserver {"),
                "caller-code-server-upstream",
            ),
        refused: /caller-code-server-upstream/,
    },
    {
        stack: "cross-account",
        name: "I5c: code-server --auth none on 127.0.0.1:8080 reached by iptables DNAT from port 80 (route_localnet=1)",
        edit: r =>
            callerInstance(
                r,
                [
                    "#!/bin/bash",
                    "curl -fsSL https://code-server.dev/install.sh | sh",
                    "nohup code-server --auth none --bind-addr 127.0.0.1:8080 &",
                    "sysctl -w net.ipv4.conf.all.route_localnet=1",
                    "iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 127.0.0.1:8080",
                    "",
                ].join("\n"),
                "caller-code-server-dnat",
            ),
        refused: /caller-code-server-dnat/,
    },
    // ---- launch templates pinned to versions the stack shows ----
    {
        stack: "cross-account",
        name: 'S6: an instance launches a template by launchTemplateName pinned to version "3", its latest (no user data of its own)',
        edit: r => {
            templateOfB(r, "caller-lt-pin", "lt-0aaaa4848bbbb0101", HARMLESS, { latestVersion: 3, defaultVersion: 1 });
            beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-pinned",
                { launchTemplate: { name: "caller-lt-pin", version: "3" } },
                find(r, ROLE, CALLER_ROLE),
            );
        },
    },
    {
        stack: "cross-account",
        name: 'I6: the same instance pinned to version "2" of that template (latest 3): version 2\'s user data is unseen',
        edit: r => {
            templateOfB(r, "caller-lt-pin2", "lt-0aaaa4848bbbb0202", HARMLESS, { latestVersion: 3, defaultVersion: 1 });
            beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-pinned2",
                { launchTemplate: { name: "caller-lt-pin2", version: "2" } },
                find(r, ROLE, CALLER_ROLE),
            );
        },
        refused: /caller-pinned2|caller-lt-pin2/,
    },
    {
        stack: "dev",
        name: 'S7: an EKS managed node group pinned to version "2", its template\'s latest (default still 1)',
        edit: r => pinnedNodes(r, "workers-v2", 2, "2"),
        config: c => nodePolicyConfig(c),
    },
    {
        stack: "dev",
        name: 'I7: an EKS managed node group pinned to version "1" of a template whose latest is 2 (version 1 unseen)',
        edit: r => pinnedNodes(r, "workers-old", 2, "1"),
        config: c => nodePolicyConfig(c),
        refused: /workers-old/,
    },
    // ---- unrelated IRSA workloads beside curity and basil ----
    {
        stack: "curity",
        name: "S8: an unrelated IRSA role (orders/orders-api) with read/write on table/orders-* in the curity account",
        edit: r =>
            void irsaRole(
                r,
                "curity",
                "orders-api",
                "orders",
                "orders-api",
                ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem"],
                [`arn:aws:dynamodb:eu-west-1:${ACCOUNT.curity}:table/orders-*`],
            ),
    },
    {
        stack: "curity",
        name: "I8: the same IRSA role's table pattern widened to table/*-* (matches the curity-* tables)",
        edit: r =>
            void irsaRole(
                r,
                "curity",
                "orders-api-wide",
                "orders",
                "orders-api",
                ["dynamodb:GetItem", "dynamodb:Query"],
                [`arn:aws:dynamodb:eu-west-1:${ACCOUNT.curity}:table/*-*`],
            ),
        refused: /orders-api-wide/,
    },
    {
        stack: "basil",
        name: "S9: an unrelated IRSA role (reports/exporter) that may encrypt with the data platform account's central KMS key (another account's key, by ARN)",
        edit: r =>
            void irsaRole(
                r,
                "basil",
                "reports-exporter",
                "reports",
                "exporter",
                ["kms:Encrypt", "kms:GenerateDataKey"],
                ["arn:aws:kms:us-east-1:999988887777:key/11111111-2222-3333-4444-555555555555"],
            ),
    },
    {
        stack: "basil",
        name: "I9: the same IRSA role allowed kms:Sign on key/* (basil's catalog keys included)",
        edit: r =>
            void irsaRole(
                r,
                "basil",
                "reports-signer",
                "reports",
                "exporter",
                ["kms:Sign", "kms:GetPublicKey"],
                [`arn:aws:kms:us-east-1:${ACCOUNT.basil}:key/*`],
            ),
        refused: /reports-signer/,
    },
];

describeVariants(
    "allowlist: red-team round 48, secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
