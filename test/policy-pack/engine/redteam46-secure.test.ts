// Red-team round 46 on false positives at the AWS and Kubernetes API levels, across the committed stacks (fresh eyes).
// Probed: the caller's instance (seed 003, its profile reaching custody through the access role) with the ordinary Linux
// user data forms round 45's unreadable-user-data refusal (OTHER_TEXT) and the server table now judge: cloud-init's
// make-mime output, #cloud-boothook, ## template: jinja (plain and as a text/jinja2 MIME part), a python3 script, the
// AWS logging idiom, write_files gz+b64, CRLF cloud-config, userDataBase64 (gzip and plain), AWS CDK's
// MultipartUserData with cloud-init-per, an app server on 0.0.0.0, the CloudWatch agent's SSM config, JSON app
// configuration; Kubernetes round 45's pairing over identities an actor runs pods as (a CI deployer in a restricted
// namespace beside an app ServiceAccount) and core `*` counted as pod creation (read-only core `*`). Each secure shape
// has an insecure neighbour. The two misses (JSON app configuration in user data refused as unreadable; proxy.py, an
// unauthenticated HTTP forward proxy on 0.0.0.0, accepted on the caller's instance) were fixed in round 46.
import { gzipSync } from "zlib";
import { assertClean, assertRefused, find, Resources, runPackWith, stackResources } from "./support";
import { bareServiceAccount, namespace, roleFor } from "./variantBuilders";
import { beside } from "./awsCaseBuilders";

const ROLE = "aws:iam/role:Role";

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    preview?: boolean;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
};

const sa = (ns: string, name: string) => ({ kind: "ServiceAccount", name, namespace: ns });

/** The cross-account caller's EC2 instance (account B, instance profile instance-role, IMDSv2 hop limit 1). */
function callerInstance(r: Resources, userData: string, field: "userData" | "userDataBase64" = "userData"): void {
    beside(
        r,
        "cross-account",
        "aws:ec2/instance:Instance",
        "caller-box",
        {
            ami: "ami-0abcdef1234567890",
            instanceType: "t3.micro",
            iamInstanceProfile: "instance-role",
            metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1, httpEndpoint: "enabled" },
            [field]: userData,
        },
        find(r, ROLE, "cross-account-caller"),
    );
}

const b64 = (s: string) => Buffer.from(s).toString("base64");
const gzb64 = (s: string) => gzipSync(Buffer.from(s)).toString("base64");
const RELAY = "socat TCP-LISTEN:8080,fork,reuseaddr TCP:169.254.169.254:80";

/** `cloud-init devel make-mime -a config.yaml:cloud-config -a boot.sh:x-shellscript-per-boot` output shape. */
function makeMime(cloudConfig: string, script: string): string {
    const B = "===============4291538117693497345==";
    return `Content-Type: multipart/mixed; boundary="${B}"
MIME-Version: 1.0

--${B}
Content-Type: text/cloud-config; charset="us-ascii"
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit
Content-Disposition: attachment; filename="config.yaml"

${cloudConfig}
--${B}
Content-Type: text/x-shellscript-per-boot; charset="us-ascii"
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit
Content-Disposition: attachment; filename="boot.sh"

${script}
--${B}--
`;
}

const CASES: Case[] = [
    {
        stack: "cross-account",
        name: "S1: the caller's instance with user data as cloud-init's make-mime writes it (cloud-config part, x-shellscript-per-boot part, 7bit, Content-Disposition attachment)",
        edit: r =>
            callerInstance(
                r,
                makeMime(
                    "#cloud-config\npackage_update: true\npackages: [amazon-cloudwatch-agent, jq]\n",
                    "#!/bin/bash\nset -euo pipefail\nsystemctl restart caller-app\n",
                ),
            ),
    },
    {
        stack: "cross-account",
        name: "I1: the same make-mime user data whose per-boot script starts a socat relay of 169.254.169.254 on 0.0.0.0:8080",
        edit: r => callerInstance(r, makeMime("#cloud-config\npackage_update: true\n", `#!/bin/bash\n${RELAY} &\n`)),
        refused: /instance metadata/,
    },
    {
        stack: "cross-account",
        name: "S2: the caller's instance with a #cloud-boothook that writes a sysctl drop-in",
        edit: r =>
            callerInstance(
                r,
                "#cloud-boothook\n#!/bin/sh\necho 'net.ipv4.tcp_keepalive_time = 120' > /etc/sysctl.d/90-caller.conf\nsysctl --system\n",
            ),
    },
    {
        stack: "cross-account",
        name: "I2: a #cloud-boothook that turns on sshd password logins and sets ec2-user's password",
        edit: r =>
            callerInstance(
                r,
                "#cloud-boothook\n#!/bin/sh\nsed -i 's/^PasswordAuthentication no/PasswordAuthentication yes/' /etc/ssh/sshd_config\necho 'ec2-user:Summer2026!' | chpasswd\n",
            ),
        refused: /password/i,
    },
    {
        stack: "cross-account",
        name: "S3: a ## template: jinja cloud-config writing the app's env file from {{ v1.region }}, {{ v1.availability_zone }}, {{ v1.instance_id }}",
        edit: r =>
            callerInstance(
                r,
                `## template: jinja
#cloud-config
write_files:
  - path: /etc/caller/app.env
    permissions: "0644"
    content: |
      AWS_REGION={{ v1.region }}
      AZ={{ v1.availability_zone }}
      INSTANCE_ID={{ v1.instance_id }}
runcmd:
  - [systemctl, enable, --now, caller-app]
`,
            ),
    },
    {
        stack: "cross-account",
        name: "S3b: the same template as a MIME part of type text/jinja2 (cloud-init's documented content type)",
        edit: r =>
            callerInstance(
                r,
                `Content-Type: multipart/mixed; boundary="XX"
MIME-Version: 1.0

--XX
Content-Type: text/jinja2; charset="us-ascii"

## template: jinja
#cloud-config
write_files:
  - path: /etc/caller/region
    content: "{{ v1.region }}"
--XX--
`,
            ),
    },
    {
        stack: "cross-account",
        name: "I3: a ## template: jinja shell script that starts a socat relay of instance metadata",
        edit: r =>
            callerInstance(
                r,
                `## template: jinja\n#!/bin/bash\necho {{ v1.region }} > /etc/caller/region\n${RELAY} &\n`,
            ),
        refused: /instance metadata/,
    },
    {
        stack: "cross-account",
        name: "S4: a #!/usr/bin/env python3 user data script that writes the app's JSON config and enables its unit",
        edit: r =>
            callerInstance(
                r,
                `#!/usr/bin/env python3
import json, pathlib, subprocess
pathlib.Path("/etc/caller").mkdir(parents=True, exist_ok=True)
pathlib.Path("/etc/caller/config.json").write_text(json.dumps({"region": "eu-west-1", "port": 3000}))
subprocess.run(["systemctl", "enable", "--now", "caller-app"], check=True)
`,
            ),
    },
    {
        stack: "cross-account",
        name: "I4: a python3 user data script that starts socat relaying instance metadata through subprocess",
        edit: r =>
            callerInstance(
                r,
                `#!/usr/bin/env python3
import subprocess
subprocess.Popen(["socat", "TCP-LISTEN:8080,fork,reuseaddr", "TCP:169.254.169.254:80"])
`,
            ),
        refused: /instance metadata|cannot be read|unreadable/,
    },
    {
        stack: "cross-account",
        name: "S5: the AWS knowledge-center logging idiom (exec > >(tee /var/log/user-data.log|logger -t user-data -s 2>/dev/console) 2>&1) in #!/bin/bash -xe",
        edit: r =>
            callerInstance(
                r,
                "#!/bin/bash -xe\nexec > >(tee /var/log/user-data.log|logger -t user-data -s 2>/dev/console) 2>&1\ndnf -y update\nsystemctl enable --now caller-app\n",
            ),
    },
    {
        stack: "cross-account",
        name: "S6: cloud-config write_files with encoding gz+b64 (the app's systemd unit, listening on 127.0.0.1)",
        edit: r =>
            callerInstance(
                r,
                `#cloud-config
write_files:
  - path: /etc/systemd/system/caller-app.service
    encoding: gz+b64
    permissions: "0644"
    content: ${gzb64("[Unit]\nDescription=caller app\n[Service]\nExecStart=/opt/caller/bin/app --listen 127.0.0.1:3000\nUser=caller\n[Install]\nWantedBy=multi-user.target\n")}
runcmd:
  - [systemctl, enable, --now, caller-app]
`,
            ),
    },
    {
        stack: "cross-account",
        name: "I6: cloud-config write_files gz+b64 writing an sshd drop-in with PasswordAuthentication yes",
        edit: r =>
            callerInstance(
                r,
                `#cloud-config
write_files:
  - path: /etc/ssh/sshd_config.d/50-ops.conf
    encoding: gz+b64
    content: ${gzb64("PasswordAuthentication yes\n")}
runcmd:
  - [systemctl, reload, sshd]
`,
            ),
        refused: /password/i,
    },
    {
        stack: "cross-account",
        name: "S7: a cloud-config saved with CRLF line endings (edited on Windows)",
        edit: r =>
            callerInstance(
                r,
                "#cloud-config\r\npackage_update: true\r\npackages:\r\n  - jq\r\nruncmd:\r\n  - [systemctl, enable, --now, caller-app]\r\n",
            ),
    },
    {
        stack: "cross-account",
        name: "I7: a CRLF cloud-config with ssh_pwauth true and a default password",
        edit: r =>
            callerInstance(
                r,
                "#cloud-config\r\nssh_pwauth: true\r\npassword: Summer2026!\r\nchpasswd: { expire: false }\r\n",
            ),
        refused: /password/i,
    },
    {
        stack: "cross-account",
        name: "I8: user data that is an EC2Launch v2 task document written as JSON (executeScript, powershell)",
        edit: r =>
            callerInstance(
                r,
                JSON.stringify({
                    version: 1.0,
                    tasks: [
                        {
                            task: "executeScript",
                            inputs: [
                                {
                                    frequency: "once",
                                    type: "powershell",
                                    runAs: "localSystem",
                                    content: "net user Administrator Summer2026!",
                                },
                            ],
                        },
                    ],
                }),
            ),
        refused: /none of the forms|cannot be read/,
    },
    {
        stack: "cross-account",
        name: "S9: the caller's instance starts its web app with gunicorn --bind 0.0.0.0:8000 (not a proxy, not a shell)",
        edit: r =>
            callerInstance(
                r,
                "#!/bin/bash\nset -e\ncd /opt/caller\nnohup /opt/caller/venv/bin/gunicorn --bind 0.0.0.0:8000 --workers 2 caller.wsgi:app >/var/log/caller.log 2>&1 &\n",
            ),
    },
    {
        stack: "cross-account",
        name: "S10: the caller's instance installs the CloudWatch agent and fetches its config from SSM Parameter Store",
        edit: r =>
            callerInstance(
                r,
                "#!/bin/bash\ndnf install -y amazon-cloudwatch-agent\n/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c ssm:AmazonCloudWatch-linux\n",
            ),
    },
    {
        stack: "cross-account",
        name: "S11: userDataBase64 holding gzip-compressed cloud-config",
        edit: r => callerInstance(r, gzb64("#cloud-config\npackage_update: true\npackages: [jq]\n"), "userDataBase64"),
    },
    {
        stack: "cross-account",
        name: "S12: userDataBase64 holding a plain base64 shell script",
        edit: r => callerInstance(r, b64("#!/bin/bash\ndnf -y update\n"), "userDataBase64"),
    },
    {
        stack: "cross-account",
        name: "I13: a python3 user data script that serves its own HTTP relay to instance metadata on every address",
        edit: r =>
            callerInstance(
                r,
                `#!/usr/bin/env python3
import http.server, urllib.request
class Relay(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        with urllib.request.urlopen("http://169.254.169.254" + self.path) as up:
            self.send_response(200); self.end_headers(); self.wfile.write(up.read())
http.server.ThreadingHTTPServer(("", 8080), Relay).serve_forever()
`,
            ),
        refused: /./,
    },
    {
        stack: "cross-account",
        name: "S14: user data as AWS CDK MultipartUserData renders it (boundary +AWS+CDK+User+Data+Separator==, base64 parts, a boothook with cloud-init-per)",
        edit: r =>
            callerInstance(
                r,
                `Content-Type: multipart/mixed; boundary="+AWS+CDK+User+Data+Separator=="
MIME-Version: 1.0

--+AWS+CDK+User+Data+Separator==
Content-Type: text/cloud-boothook; charset="us-ascii"
Content-Transfer-Encoding: base64

${b64("#!/bin/bash\ncloud-init-per once docker_options echo 'OPTIONS=\"${OPTIONS} --log-driver=journald\"' >> /etc/sysconfig/docker\n")}
--+AWS+CDK+User+Data+Separator==
Content-Type: text/x-shellscript; charset="utf-8"
Content-Transfer-Encoding: base64

${b64("#!/bin/bash\nyum install -y awscli\n")}
--+AWS+CDK+User+Data+Separator==--
`,
            ),
    },
    {
        stack: "cross-account",
        name: "I14: the same CDK multipart whose boothook runs a socat relay of instance metadata through cloud-init-per and systemd-run",
        edit: r =>
            callerInstance(
                r,
                `Content-Type: multipart/mixed; boundary="+AWS+CDK+User+Data+Separator=="
MIME-Version: 1.0

--+AWS+CDK+User+Data+Separator==
Content-Type: text/cloud-boothook; charset="us-ascii"
Content-Transfer-Encoding: base64

${b64("#!/bin/bash\ncloud-init-per instance imds_relay systemd-run --unit imds-relay socat TCP-LISTEN:8080,fork,reuseaddr TCP:169.254.169.254:80\n")}
--+AWS+CDK+User+Data+Separator==--
`,
            ),
        refused: /instance metadata/,
    },
    // Was a MISS (fixed in round 46): refused as OTHER_TEXT ("user data is none of the forms the pack reads ... another reader may run it as
    // root"): a JSON document the caller's app reads from instance metadata (/latest/user-data) is run by no documented
    // reader. cloud-init acts only on its listed formats ("User data that will be acted upon by cloud-init must be in
    // one of the following types", canonical/cloud-init doc/rtd/topics/format.rst) and ignores the rest; EC2Config and
    // EC2Launch run only text inside <script>/<powershell> tags (EC2 Windows guide, "Run commands on your Windows
    // instance at launch": "you must enclose the script within a special tag"); EC2Launch v2's YAML form needs
    // `version` and `tasks` (I8 stays refused); Ignition needs an `ignition` object. Who gains: nobody; the caller's
    // instance (seed 003) cannot carry app config in user data. Fix: read text that parses as JSON/YAML with none of
    // those markers (no <script>/<powershell>/<persist> tag, no `tasks` list, no `ignition` key) as inert data.
    {
        stack: "cross-account",
        name: "S8b: user data that is the app's JSON configuration (apiUrl, region, logLevel), read by the app from instance metadata",
        edit: r =>
            callerInstance(
                r,
                JSON.stringify({ apiUrl: "https://caller.example.com", region: "eu-west-1", logLevel: "info" }),
            ),
    },
    // Neighbours of S8b (round 46): YAML app settings stay inert; a Windows tag, an Ignition config or an EC2Launch v2
    // task document in the same shape stays refused.
    {
        stack: "cross-account",
        name: "S8c: user data that is the app's YAML settings (endpoints, feature flags), read by the app from instance metadata",
        edit: r =>
            callerInstance(
                r,
                "apiUrl: https://caller.example.com\nregion: eu-west-1\nfeatures:\n  - batching\n  - retries\nlogLevel: info\n",
            ),
    },
    {
        stack: "cross-account",
        name: "I8b: JSON app settings carrying a <powershell> block in a value (EC2Launch runs tagged blocks wherever they are)",
        edit: r =>
            callerInstance(
                r,
                JSON.stringify({
                    apiUrl: "https://caller.example.com",
                    note: "<powershell>net user Administrator Summer2026!</powershell>",
                }),
            ),
        refused: /none of the forms/,
    },
    {
        stack: "cross-account",
        name: "I8c: an Ignition config (JSON with an ignition object) adding a user with a password hash",
        edit: r =>
            callerInstance(
                r,
                JSON.stringify({
                    ignition: { version: "3.4.0" },
                    passwd: { users: [{ name: "ops", passwordHash: "$6$saltsalt$hash" }] },
                }),
            ),
        refused: /none of the forms/,
    },
    {
        stack: "cross-account",
        name: "I8d: an EC2Launch v2 task document written as YAML (version and tasks, executeScript)",
        edit: r =>
            callerInstance(
                r,
                "version: 1.0\ntasks:\n  - task: executeScript\n    inputs:\n      - frequency: always\n        type: powershell\n        runAs: localSystem\n        content: net user Administrator Summer2026!\n",
            ),
        refused: /none of the forms/,
    },
    // Was a MISS (fixed in round 46): accepted. proxy.py is an HTTP/HTTPS forward proxy ("Lightweight HTTP Proxy Server"; `--hostname` default
    // 127.0.0.1, `--port` default 8899: pypi.org/project/proxy.py, abhinavsingh/proxy.py README; pip installs the
    // executable `proxy`), with no authentication unless --basic-auth. On 0.0.0.0 it relays any client's request from
    // the instance itself, so 169.254.169.254 answers and the hop limit 1 protects nothing (as mitmproxy, microsocks,
    // tinyproxy, already refused): whoever reaches the caller's instance gets instance-role's credentials and, through
    // the access role, the custody assets. The pack reads it as an unread server (userData.ts unreadListeners), which
    // is refused on nodes only (no anyInstance). Fix: add proxy.py (`proxy`, `python -m proxy`) to SERVERS as a forward
    // proxy judged by --hostname/--basic-auth; or give unread all-address listeners anyInstance where the command's
    // name says proxy.
    {
        stack: "cross-account",
        name: "I15: the caller's instance runs proxy.py (pip install proxy.py; proxy --hostname 0.0.0.0 --port 8899), an HTTP forward proxy with no authentication, on every address",
        edit: r =>
            callerInstance(
                r,
                "#!/bin/bash\npip3 install proxy.py\nnohup proxy --hostname 0.0.0.0 --port 8899 >/var/log/proxy.log 2>&1 &\n",
            ),
        refused: /proxy|instance metadata/,
    },
    {
        stack: "trust-domain",
        name: "S16: a CI deployer creates Deployments, Services, ConfigMaps and Secrets in apps (enforce restricted); the app's ServiceAccount apps/web gets only Secret web-config (pairing over the identities the deployer runs pods as)",
        edit: r => k1(r, false),
    },
    {
        stack: "trust-domain",
        name: "I16: the same, with apps/web also allowed to patch its Namespace apps: the deployer runs a pod as web, relabels apps privileged and creates privileged pods",
        edit: r => k1(r, true),
        refused: /apps|deployer/,
    },
    {
        stack: "trust-domain",
        name: "S17: an ops agent in tools (enforce restricted) with get/list/watch on every core resource and create/patch events (core * without create is no pod creation)",
        edit: r => k2(r, ["get", "list", "watch"], true),
    },
    {
        stack: "trust-domain",
        name: "I17: the ops agent given every verb on every core resource in an unlabeled namespace tools (core * create is pod creation, privileged)",
        edit: r => k2(r, ["*"], false),
        refused: /ops-agent|tools/,
    },
];

function k1(r: Resources, relabel: boolean): void {
    namespace(r, "apps", "restricted");
    bareServiceAccount(r, "ci", "deployer");
    bareServiceAccount(r, "apps", "web");
    roleFor(
        r,
        "ci-deployer",
        [
            { apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "create", "update", "patch"] },
            {
                apiGroups: [""],
                resources: ["services", "configmaps"],
                verbs: ["get", "list", "create", "update", "patch"],
            },
            { apiGroups: [""], resources: ["secrets"], verbs: ["create"] },
        ],
        [sa("ci", "deployer")],
        "apps",
    );
    roleFor(
        r,
        "web-config-reader",
        [
            { apiGroups: [""], resources: ["secrets"], resourceNames: ["web-config"], verbs: ["get"] },
            ...(relabel
                ? [{ apiGroups: [""], resources: ["namespaces"], resourceNames: ["apps"], verbs: ["get", "patch"] }]
                : []),
        ],
        [sa("apps", "web")],
        "apps",
    );
}

function k2(r: Resources, verbs: string[], label: boolean): void {
    if (label) namespace(r, "tools", "restricted");
    bareServiceAccount(r, "tools", "ops-agent");
    roleFor(
        r,
        "ops-agent",
        [
            { apiGroups: [""], resources: ["*"], verbs },
            { apiGroups: [""], resources: ["events"], verbs: ["create", "patch"] },
        ],
        [sa("tools", "ops-agent")],
        "tools",
    );
}

describe("allowlist: red-team round 46, secure variants and neighbours", () => {
    for (const c of CASES) {
        const insecure = c.refused !== undefined;
        const run = c.skip ? it.skip : it;
        run(`${insecure ? "refuses" : "accepts"}: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runPackWith(c.stack, r);
            if (insecure) assertRefused(ds, c.refused as RegExp, c.policy);
            else assertClean(ds);
        });
    }
});
