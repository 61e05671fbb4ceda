// Red-team round 46 on the AWS level (fresh eyes) on the committed stacks. Probed: round 43-45's rule (user data of
// every instance and launch template whose profile reaches custody) against what the stack cannot show (an older
// launch template version an Auto Scaling group or instance still launches, a launch template outside the stack) and
// against servers configured by their own configuration files instead of flags (Jupyter's jupyter_server_config.py,
// code-server's config.yaml, mitmproxy's config.yaml), Jupyter front ends the reader does not name (nbclassic, Kernel
// Gateway, `python3 -m jupyterlab`, `--ip='*'`), Caddy relaying instance metadata; round 45's table sub-resource
// matching (backup ARNs reached by RestoreTableFromBackup; year-suffixed table patterns that no generated id or stream
// label can end in). Secure shapes: $Latest / the latest version, a profile named by ARN with harmless user data,
// loopback and password-protected configuration files, restores of another team's backups.
// Misses are `skip` with a MISS comment.
import { describeVariants, doc, find, Resources, setProp } from "./support";
import { ACCOUNT, beside } from "./awsCaseBuilders";
import {
    CALLER_ROLE,
    groupOfB,
    HARMLESS,
    IMDS_RELAY,
    instanceOfB,
    tableRole,
    templateOfB,
    twoVersionTemplateOfB,
} from "./callerInstanceBuilders";

const ROLE = "aws:iam/role:Role";
const DEV = ACCOUNT.dev;
const B = "777777777777";

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

const insecure: Case[] = [
    // Was a MISS (fixed in round 46): the group launches version 1 of caller-lt-pinned, whose user data the stack cannot show (the resource holds
    // only the latest version, 2): version 1 may still run the IMDS relay an earlier `pulumi up` wrote, so whoever
    // reaches port 8080 of those instances holds instance-role and assumes the access role. compute.ts
    // instanceProfileOpenings judges only the template's current userData and ignores the version the launcher asks
    // for; kubernetes.ts unseenVersion already refuses exactly this for node groups. Fix: apply unseenVersion to
    // every Auto Scaling group, fleet and instance launching a template whose profile reaches custody. Doc: EC2 Auto
    // Scaling API Reference, LaunchTemplateSpecification.Version ("The version number, $Latest, or $Default ...
    // The default value is $Default"); each update of aws.ec2.LaunchTemplate creates a new version.
    {
        name: 'cross-account: an Auto Scaling group launches version "1" of the caller\'s launch template, whose latest version 2 dropped the IMDS relay version 1 ran (the stack shows only the latest user data)',
        stack: "cross-account",
        refused: /caller-lt-pinned|caller-asg-pinned/,
        edit: r => {
            twoVersionTemplateOfB(r, "caller-lt-pinned", "lt-0aaaa1111bbbb2222");
            groupOfB(r, "caller-asg-pinned", { id: "lt-0aaaa1111bbbb2222", version: "1" });
        },
    },
    // Was a MISS (fixed in round 46): the instance takes its instance profile from lt-0eeee9999ffff8888, a launch template the stack does not
    // create, and its own user data relays instance metadata on every address; compute.ts drops the case because the
    // instance names no profile of its own (launchProfile undefined), although the template may carry instance-role
    // (parameters not given at launch come from the template). Fail closed: a relay/shell/proxy opening on an
    // instance whose profile comes from an unseen template is an unknown role reached by anyone on the network. Doc:
    // EC2 user guide, "Launch an instance from a launch template" (parameters from the template unless overridden).
    {
        name: "cross-account: an instance launched from a launch template the stack does not create (the caller's profile set there), its own user data relaying instance metadata on 0.0.0.0:8080",
        stack: "cross-account",
        refused: /caller-from-external-lt/,
        edit: r =>
            void beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-from-external-lt",
                {
                    launchTemplate: { id: "lt-0eeee9999ffff8888", version: "$Latest" },
                    userData: `#!/bin/bash\nnohup ${IMDS_RELAY} &\n`,
                },
                find(r, ROLE, CALLER_ROLE),
            ),
    },
    {
        name: "cross-account: a launch template names the caller's instance profile by ARN (arn:aws:iam::…:instance-profile/instance-role) and relays instance metadata",
        stack: "cross-account",
        refused: /caller-lt-arn/,
        edit: r =>
            void templateOfB(r, "caller-lt-arn", "lt-0cccc3333dddd4444", `#!/bin/bash\nnohup ${IMDS_RELAY} &\n`, {
                iamInstanceProfile: { arn: `arn:aws:iam::${B}:instance-profile/instance-role` },
            }),
    },
    // Was a MISS (fixed in round 46): Jupyter reads its configuration from jupyter_server_config.py in ~/.jupyter (root's here), the documented
    // way to configure a server (`jupyter server --generate-config`); this one sets ip 0.0.0.0 and empty token and
    // password, so Jupyter's terminals are a root shell on every address (instance-role through IMDS).
    // userData.ts jupyterListeners reads only command-line flags (and refuses an explicit --config); the file the user
    // data writes at the default path is not read. Fix: read jupyter_*_config.py/.json written by the user data in
    // ~/.jupyter, /etc/jupyter, /usr/local/etc/jupyter (or JUPYTER_CONFIG_DIR) for ip/token/password, or treat a
    // written config there like --config. Doc: Jupyter Server docs, "Config file and command line options";
    // Jupyter Cookbook, "Using a Notebook server" (c.NotebookApp.ip = '*', generated ~/.jupyter config).
    {
        name: "cross-account: the caller's instance writes /root/.jupyter/jupyter_server_config.py (ip 0.0.0.0, empty token and password) and runs jupyter lab --allow-root with no flags",
        stack: "cross-account",
        refused: /caller-jupyter-config/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-config",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = '0.0.0.0'\n      c.ServerApp.port = 8888\n      c.ServerApp.open_browser = False\n      c.IdentityProvider.token = ''\n      c.PasswordIdentityProvider.hashed_password = ''\nruncmd:\n  - pip3 install jupyterlab\n  - nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
            ),
    },
    // Was a MISS (fixed in round 46): code-server reads ~/.config/code-server/config.yaml (it writes a default one on first start; the
    // code-server@USER systemd unit the installer ships runs it with no flags), so `auth: none` + `bind-addr:
    // 0.0.0.0:8080` there serve VS Code's terminal (root) to the network: instance-role, then the access role.
    // browserIdeListeners reads only --auth/--bind-addr flags and `systemctl enable code-server@root` is not read as
    // code-server at all. Fix: read config.yaml written under ~/.config/code-server (or --config) for auth and
    // bind-addr, and the code-server@ unit as code-server. Doc: code-server `--help` ("--password ... can only be passed
    // in via $PASSWORD or the config file"; "Wrote default config file to ~/.config/code-server/config.yaml").
    {
        name: "cross-account: the caller's instance writes code-server's /root/.config/code-server/config.yaml (bind-addr 0.0.0.0:8080, auth: none) and starts code-server@root",
        stack: "cross-account",
        refused: /caller-code-server-config/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-config",
                "#cloud-config\nwrite_files:\n  - path: /root/.config/code-server/config.yaml\n    content: |\n      bind-addr: 0.0.0.0:8080\n      auth: none\n      cert: false\nruncmd:\n  - curl -fsSL https://code-server.dev/install.sh | sh\n  - systemctl enable --now code-server@root\n",
            ),
    },
    // Was a MISS (fixed in round 46): `jupyter nbclassic` is the classic Notebook UI served by Jupyter Server (same ServerApp.token/password and
    // terminals); jupyterListeners accepts only the notebook|lab|server subcommands, and since `jupyter` has a reader
    // the fail-closed unreadListeners rule is skipped too, so `--ip=0.0.0.0` with an empty token is accepted. Fix:
    // read every Jupyter Server application (nbclassic, and refuse unknown `jupyter X` with a non-loopback --ip).
    // Doc: Jupyter Server docs, "Security in the Jupyter Server" (token disabled = anyone runs code); nbclassic docs.
    {
        name: "cross-account: the caller's instance runs jupyter nbclassic (the classic Notebook on Jupyter Server) on 0.0.0.0 with an empty ServerApp.token",
        stack: "cross-account",
        refused: /caller-nbclassic/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-nbclassic",
                "#!/bin/bash\npip3 install nbclassic\nnohup jupyter nbclassic --allow-root --ip=0.0.0.0 --port=8888 --no-browser --ServerApp.token='' --ServerApp.password='' &\n",
            ),
    },
    // Was a MISS (fixed in round 46): Jupyter Kernel Gateway's auth_token defaults to '' (KG_AUTH_TOKEN unset: no authentication) and its
    // kernels run any code as the gateway's user (root); on --KernelGatewayApp.ip=0.0.0.0 whoever reaches 8888 gets
    // instance-role through IMDS. `jupyter kernelgateway` is neither read by jupyterListeners nor by the fail-closed
    // rule (its listen option is --KernelGatewayApp.ip, and `jupyter` has a reader). Fix: read kernelgateway (and
    // enterprisegateway) as a served shell unless auth_token is set or ip is loopback. Doc:
    // jupyter-server/kernel_gateway kernel_gateway/gatewayapp.py (ip default 127.0.0.1; auth_token default
    // os.getenv('KG_AUTH_TOKEN', '')).
    {
        name: "cross-account: the caller's instance runs Jupyter Kernel Gateway on 0.0.0.0:8888 (its auth_token is empty by default: every kernel request runs code as root)",
        stack: "cross-account",
        refused: /caller-kernel-gateway/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-kernel-gateway",
                "#!/bin/bash\npip3 install jupyter_kernel_gateway\nnohup jupyter kernelgateway --KernelGatewayApp.ip=0.0.0.0 --KernelGatewayApp.port=8888 &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance runs jupyter lab --ip='*' (every address, as Jupyter reads '*') with an empty token",
        stack: "cross-account",
        refused: /caller-jupyter-star/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-star",
                "#!/bin/bash\nnohup jupyter lab --allow-root --ip='*' --no-browser --ServerApp.token='' &\n",
            ),
    },
    // Was a MISS (fixed in round 46): `python3 -m jupyterlab` starts the same JupyterLab server as `jupyter lab` (python -m notebook likewise),
    // here with an empty token on 0.0.0.0. jupyterListeners keys on the program name, and the fail-closed rule for an
    // explicit all-address listen argument (unreadListeners: python3 --ip 0.0.0.0) produces a node-only opening
    // (serves.unread has no anyInstance), so on the caller's instance nothing is refused. Fix: read `python -m
    // jupyterlab|notebook|jupyter_server|jupyter` as Jupyter, and give unread all-address listeners an anyInstance
    // opening (fail closed on every instance whose profile reaches custody). Doc: JupyterLab docs, "Starting
    // JupyterLab"; Jupyter Server docs, "Security in the Jupyter Server".
    {
        name: "cross-account: the caller's instance runs JupyterLab as `python3 -m jupyterlab` on 0.0.0.0 with an empty token",
        stack: "cross-account",
        refused: /caller-jupyter-module/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-module",
                "#!/bin/bash\nnohup python3 -m jupyterlab --allow-root --ip 0.0.0.0 --no-browser --ServerApp.token='' &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance runs `caddy reverse-proxy --from :8080 --to 169.254.169.254:80` (instance metadata relayed on every address)",
        stack: "cross-account",
        refused: /caller-caddy-cli/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-caddy-cli",
                "#!/bin/bash\ndnf -y install caddy\nnohup caddy reverse-proxy --from :8080 --to 169.254.169.254:80 &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes a Caddyfile `:8080 { reverse_proxy 169.254.169.254:80 }` and enables caddy",
        stack: "cross-account",
        refused: /caller-caddyfile/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-caddyfile",
                "#cloud-config\npackages: [caddy]\nwrite_files:\n  - path: /etc/caddy/Caddyfile\n    content: |\n      :8080 {\n        reverse_proxy 169.254.169.254:80\n      }\nruncmd:\n  - systemctl enable --now caddy\n",
            ),
    },
    {
        name: "dev: a restore role may RestoreTableFromBackup on every custody-dev-* table's backups (table/custody-dev-*/backup/*) and read the restored tables",
        stack: "dev",
        refused: /restore-role[\s\S]*custody-dev-/,
        policy: "custody-effective-access",
        edit: r =>
            void tableRole(
                r,
                "restore-role",
                [["dynamodb:RestoreTableFromBackup", "dynamodb:DescribeBackup"], "table/custody-dev-*/backup/*"],
                [["dynamodb:Scan", "dynamodb:GetItem"], "table/restored-*"],
            ),
    },
    // Neighbours of the launch template version fix (round 46): an omitted version is $Default (EC2 Auto Scaling API,
    // LaunchTemplateSpecification.Version, "The default value is $Default"), and fleets and instances launch the
    // version they name as groups do.
    {
        name: "cross-account: an Auto Scaling group names no version of the caller's launch template, whose default version 1 is not its latest 3",
        stack: "cross-account",
        refused: /caller-asg-default/,
        edit: r => {
            templateOfB(r, "caller-lt-default", "lt-0aaaa9999bbbb0000", HARMLESS, {
                latestVersion: 3,
                defaultVersion: 1,
            });
            groupOfB(r, "caller-asg-default", { id: "lt-0aaaa9999bbbb0000" });
        },
    },
    {
        name: "cross-account: an EC2 Fleet launches $Default (1) of the caller's launch template at version 2",
        stack: "cross-account",
        refused: /caller-fleet-default/,
        edit: r => {
            twoVersionTemplateOfB(r, "caller-lt-fleet", "lt-0aaaa1212bbbb3434", { defaultVersion: 1 });
            beside(
                r,
                "cross-account",
                "aws:ec2/fleet:Fleet",
                "caller-fleet-default",
                {
                    launchTemplateConfigs: [
                        {
                            launchTemplateSpecification: {
                                launchTemplateId: "lt-0aaaa1212bbbb3434",
                                version: "$Default",
                            },
                        },
                    ],
                    targetCapacitySpecification: { defaultTargetCapacityType: "on-demand", totalTargetCapacity: 1 },
                },
                find(r, ROLE, CALLER_ROLE),
            );
        },
    },
    {
        name: "cross-account: an instance launches version 1 of the caller's launch template (latest 2) and takes its user data from it",
        stack: "cross-account",
        refused: /caller-instance-v1/,
        edit: r => {
            twoVersionTemplateOfB(r, "caller-lt-instance", "lt-0aaaa5656bbbb7878");
            beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-instance-v1",
                { launchTemplate: { id: "lt-0aaaa5656bbbb7878", version: "1" } },
                find(r, ROLE, CALLER_ROLE),
            );
        },
    },
    {
        name: "cross-account: a Spot instance request from a launch template outside the stack serves a shell (ncat -e /bin/bash) on every address",
        stack: "cross-account",
        refused: /caller-spot-external/,
        edit: r =>
            void beside(
                r,
                "cross-account",
                "aws:ec2/spotInstanceRequest:SpotInstanceRequest",
                "caller-spot-external",
                {
                    launchTemplate: { name: "other-team-template" },
                    userData: "#!/bin/bash\nnohup ncat -lk 0.0.0.0 4444 -e /bin/bash &\n",
                },
                find(r, ROLE, CALLER_ROLE),
            ),
    },
    // Neighbours of the Jupyter, code-server and mitmproxy configuration readers (round 46).
    {
        name: "cross-account: the caller's instance writes /etc/jupyter/jupyter_server_config.json (ServerApp ip 0.0.0.0, IdentityProvider token '') and runs jupyter server",
        stack: "cross-account",
        refused: /caller-jupyter-json/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-json",
                `#cloud-config\nwrite_files:\n  - path: /etc/jupyter/jupyter_server_config.json\n    content: '${JSON.stringify({ ServerApp: { ip: "0.0.0.0" }, IdentityProvider: { token: "" } })}'\nruncmd:\n  - nohup jupyter server --allow-root &\n`,
            ),
    },
    {
        name: "cross-account: the caller's instance writes an open Jupyter configuration under /opt/jupyter-config (read through JUPYTER_CONFIG_DIR) and starts Jupyter with it",
        stack: "cross-account",
        refused: /caller-jupyter-config-dir/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-config-dir",
                "#cloud-config\nwrite_files:\n  - path: /opt/jupyter-config/jupyter_lab_config.py\n    content: |\n      c.ServerApp.ip = '0.0.0.0'\n      c.ServerApp.token = ''\nruncmd:\n  - JUPYTER_CONFIG_DIR=/opt/jupyter-config nohup jupyter lab --allow-root &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance runs jupyter enterprisegateway on 0.0.0.0 (no auth_token)",
        stack: "cross-account",
        refused: /caller-enterprise-gateway/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-enterprise-gateway",
                "#!/bin/bash\nnohup jupyter enterprisegateway --ip=0.0.0.0 --port_retries=0 &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance runs `jupyter voila-server --ip=0.0.0.0`, a Jupyter application the pack does not read, on every address",
        stack: "cross-account",
        refused: /caller-jupyter-unknown/,
        edit: r =>
            void instanceOfB(r, "caller-jupyter-unknown", "#!/bin/bash\nnohup jupyter voila-server --ip=0.0.0.0 &\n"),
    },
    {
        name: "cross-account: the caller's instance runs `python3 -m jupyter lab --ip 0.0.0.0` with an empty token",
        stack: "cross-account",
        refused: /caller-jupyter-python-jupyter/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-python-jupyter",
                "#!/bin/bash\nnohup python3 -m jupyter lab --allow-root --ip 0.0.0.0 --IdentityProvider.token= &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes code-server's config.yaml (127.0.0.1:8080, auth: none) and runs code-server --bind-addr 0.0.0.0:8080 (the flag over the file)",
        stack: "cross-account",
        refused: /caller-code-server-flag/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-flag",
                "#cloud-config\nwrite_files:\n  - path: /root/.config/code-server/config.yaml\n    content: |\n      bind-addr: 127.0.0.1:8080\n      auth: none\nruncmd:\n  - nohup code-server --bind-addr 0.0.0.0:8080 &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance runs code-server --config /etc/code-server/config.yaml, a file the user data does not write",
        stack: "cross-account",
        refused: /caller-code-server-unread/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-unread",
                "#!/bin/bash\naws s3 cp s3://caller-config/code-server.yaml /etc/code-server/config.yaml\nnohup code-server --config /etc/code-server/config.yaml &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes ~/.mitmproxy/config.yaml (listen_host 0.0.0.0) and runs mitmdump",
        stack: "cross-account",
        refused: /caller-mitm-open/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-mitm-open",
                "#cloud-config\nwrite_files:\n  - path: /root/.mitmproxy/config.yaml\n    content: |\n      listen_host: 0.0.0.0\nruncmd:\n  - nohup mitmdump &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes ~/.mitmproxy/config.yaml (listen_host 127.0.0.1) and runs mitmdump --listen-host 0.0.0.0 (the flag over the file)",
        stack: "cross-account",
        refused: /caller-mitm-flag/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-mitm-flag",
                "#cloud-config\nwrite_files:\n  - path: /root/.mitmproxy/config.yaml\n    content: |\n      listen_host: 127.0.0.1\nruncmd:\n  - nohup mitmdump --listen-host 0.0.0.0 &\n",
            ),
    },
    // Neighbours of the table sub-resource fix (round 46): a glob ending in a backup id's shape (14 digits, a dash, 8
    // hex digits) or a stream label's milliseconds reaches those parts for the actions that take them.
    {
        name: "dev: a role may RestoreTableFromBackup on custody-dev-* backups whose id ends -b4e58d3a (table/custody-dev-*-b4e58d3a: a backup id's tail)",
        stack: "dev",
        refused: /restore-tail[\s\S]*custody-dev-/,
        policy: "custody-effective-access",
        edit: r =>
            void tableRole(r, "restore-tail", [["dynamodb:RestoreTableFromBackup"], "table/custody-dev-*-b4e58d3a"]),
    },
    {
        name: "dev: a role may read the stream records of custody-dev-* tables whose label ends .291 (table/custody-dev-*.291: a stream label's milliseconds)",
        stack: "dev",
        refused: /stream-tail[\s\S]*custody-dev-/,
        policy: "custody-effective-access",
        edit: r =>
            void tableRole(r, "stream-tail", [
                ["dynamodb:GetRecords", "dynamodb:GetShardIterator"],
                "table/custody-dev-*.291",
            ]),
    },
    // DECIDED (round 69): refused. The config is written before `curl -fsSL https://code-server.dev/install.sh | sh`, a
    // downloaded program the pack cannot read, run as root: it may rewrite that config (round 68: a program made at boot
    // leaves every file the script wrote unknown, rootReads.ts unreadableRun), so code-server may run without
    // authentication. Write the config after the installer (a runcmd here-document after it) and the case is accepted.
    {
        name: "cross-account: the caller's instance writes code-server's config.yaml (bind-addr 127.0.0.1:8080, auth: password, a hashed password) and starts code-server@root",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-password",
                '#cloud-config\nwrite_files:\n  - path: /root/.config/code-server/config.yaml\n    content: |\n      bind-addr: 127.0.0.1:8080\n      auth: password\n      hashed-password: "$argon2i$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$6q8mV1Yc9wXo1nE3d2m0jq9yR0f3dE6pB0mQk2wXy0g"\n      cert: false\nruncmd:\n  - curl -fsSL https://code-server.dev/install.sh | sh\n  - systemctl enable --now code-server@root\n',
                { keyName: "ops-laptop" },
            ),
        refused: /caller-code-server-password/,
    },
];

const secure: Case[] = [
    // Round 69 neighbour of the DECIDED installer case: the config written after the installer runs is read.
    {
        name: "cross-account: the caller's instance runs code-server's installer, then writes config.yaml (bind-addr 127.0.0.1:8080, auth: password) and starts code-server@root",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-after",
                "#!/bin/bash\ncurl -fsSL https://code-server.dev/install.sh | sh\nmkdir -p /root/.config/code-server\ncat > /root/.config/code-server/config.yaml <<'EOF'\nbind-addr: 127.0.0.1:8080\nauth: password\nhashed-password: \"$argon2i$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$6q8mV1Yc9wXo1nE3d2m0jq9yR0f3dE6pB0mQk2wXy0g\"\ncert: false\nEOF\nsystemctl enable --now code-server@root\n",
                { keyName: "ops-laptop" },
            ),
    },
    {
        name: "cross-account: an Auto Scaling group launches $Latest of the caller's launch template at version 2 (harmless user data)",
        stack: "cross-account",
        edit: r => {
            twoVersionTemplateOfB(r, "caller-lt-latest", "lt-0aaaa5555bbbb6666");
            groupOfB(r, "caller-asg-latest", { id: "lt-0aaaa5555bbbb6666", version: "$Latest" });
        },
    },
    {
        name: 'cross-account: an Auto Scaling group launches version "2" of the caller\'s launch template, its latest version',
        stack: "cross-account",
        edit: r => {
            twoVersionTemplateOfB(r, "caller-lt-v2", "lt-0aaaa7777bbbb8888");
            groupOfB(r, "caller-asg-v2", { id: "lt-0aaaa7777bbbb8888", version: "2" });
        },
    },
    {
        name: "cross-account: a launch template names the caller's instance profile by ARN with user data that only installs updates",
        stack: "cross-account",
        edit: r =>
            void templateOfB(r, "caller-lt-arn-plain", "lt-0cccc5555dddd6666", HARMLESS, {
                iamInstanceProfile: { arn: `arn:aws:iam::${B}:instance-profile/instance-role` },
            }),
    },
    // Was a MISS (fixed in round 46; secure refused): mitmproxy tools read ~/.mitmproxy/config.yaml ("The mitmproxy tools share a common YAML
    // configuration file located at ~/.mitmproxy/config.yaml ... options control all of mitmproxy's runtime
    // behaviour"); listen_host 127.0.0.1 there keeps the proxy on loopback, as the refusal itself asks ("listen on
    // 127.0.0.1 only"). mitmproxyListeners reads flags only. Who loses: a team debugging the caller's outbound calls
    // the documented way. Fix: read listen_host/mode/block_* from a config.yaml the user data writes under
    // ~/.mitmproxy (or --set confdir). Doc: mitmproxy docs, "Options" (concepts/options).
    {
        name: "cross-account: the caller's instance writes ~/.mitmproxy/config.yaml (listen_host 127.0.0.1) and runs mitmdump for its own outbound calls",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-mitm-config",
                "#cloud-config\nwrite_files:\n  - path: /root/.mitmproxy/config.yaml\n    content: |\n      listen_host: 127.0.0.1\n      listen_port: 8080\nruncmd:\n  - pip3 install mitmproxy\n  - nohup mitmdump > /var/log/mitmdump.log 2>&1 &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip 127.0.0.1, default token) and runs jupyter lab",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-config-local",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = '127.0.0.1'\n      c.ServerApp.open_browser = False\nruncmd:\n  - nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
                { keyName: "ops-laptop" },
            ),
    },
    {
        name: "cross-account: the caller's instance runs jupyter lab on 0.0.0.0 with an empty token but a hashed password (Jupyter asks for it)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-password",
                "#!/bin/bash\nnohup jupyter lab --allow-root --ip=0.0.0.0 --no-browser --ServerApp.token='' --PasswordIdentityProvider.hashed_password='argon2:$argon2id$v=19$m=10240,t=10,p=8$c2FsdHNhbHQ$aGFzaGhhc2g' &\n",
            ),
    },
    // Was a MISS (fixed in round 46; secure refused): `table/custody-dev-*-2024` names no custody table (none ends in -2024), and the keystore's
    // only index is status-shard-index; build.ts tableSubResourceReached still says it reaches all three tables, as
    // its stream labels (STREAM_LABEL) and backup/export ids (GENERATED_ID) accept any run of digits and dashes, so
    // `-2024` "may be" the end of `…/stream/…` or `…/backup/…`. Real labels end in milliseconds
    // (2015-05-11T21:21:33.291) and backup ids are 14 digits, a dash and 8 hex digits (01576616366715-b4e58d3a); the
    // tables have no stream enabled; and GetItem/Query/DescribeTable take only the table and index resource types, so
    // no stream/backup/export ARN is ever authorised by this grant. Fix: match generated names by their full shape
    // and count stream/backup/export parts only for actions that take those resource types. Doc: Service Authorization
    // Reference, "Actions, resources, and condition keys for Amazon DynamoDB" (GetItem: table*; Query: index, table*;
    // GetRecords: stream*; RestoreTableFromBackup: backup*); DynamoDB Streams API, StreamLabel.
    {
        name: "dev: an archive role reads the yearly tables other teams name custody-dev-<team>-2024 (table/custody-dev-*-2024: no custody table, index, stream label or backup/export id ends so)",
        stack: "dev",
        edit: r =>
            void tableRole(r, "archive-2024", [
                ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:DescribeTable"],
                "table/custody-dev-*-2024",
            ]),
    },
    {
        name: "cross-account: an Auto Scaling group names no version of the caller's launch template, whose default version is its latest (updateDefaultVersion)",
        stack: "cross-account",
        edit: r => {
            templateOfB(r, "caller-lt-default-latest", "lt-0aaaa0101bbbb0202", HARMLESS, {
                latestVersion: 3,
                defaultVersion: 3,
            });
            groupOfB(r, "caller-asg-default-latest", { id: "lt-0aaaa0101bbbb0202" });
        },
    },
    {
        name: "cross-account: an instance launches version 1 of the caller's launch template (latest 2) with user data of its own that only installs updates",
        stack: "cross-account",
        edit: r => {
            twoVersionTemplateOfB(r, "caller-lt-own-data", "lt-0aaaa0303bbbb0404");
            beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-instance-own-data",
                { launchTemplate: { id: "lt-0aaaa0303bbbb0404", version: "1" }, userData: HARMLESS },
                find(r, ROLE, CALLER_ROLE),
            );
        },
    },
    {
        name: "cross-account: an instance from a launch template outside the stack relays instance metadata on 127.0.0.1 only",
        stack: "cross-account",
        edit: r =>
            void beside(
                r,
                "cross-account",
                "aws:ec2/instance:Instance",
                "caller-external-local-relay",
                {
                    launchTemplate: { id: "lt-0eeee1111ffff2222", version: "$Latest" },
                    userData: "#!/bin/bash\nnohup socat TCP-LISTEN:8080,fork,bind=127.0.0.1 TCP:169.254.169.254:80 &\n",
                },
                find(r, ROLE, CALLER_ROLE),
            ),
    },
    {
        name: "cross-account: the caller's instance writes an open jupyter_server_config.py but runs jupyter lab --ip=127.0.0.1 (the flag over the file)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-flag-local",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = '0.0.0.0'\n      c.ServerApp.token = ''\nruncmd:\n  - nohup jupyter lab --allow-root --ip=127.0.0.1 &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip 0.0.0.0, empty token, a hashed password) and runs jupyter lab",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-config-password",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = '0.0.0.0'\n      c.IdentityProvider.token = ''\n      c.PasswordIdentityProvider.hashed_password = 'argon2:$argon2id$v=19$m=10240,t=10,p=8$c2FsdHNhbHQ$aGFzaGhhc2g'\nruncmd:\n  - nohup jupyter lab --allow-root &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance runs jupyter kernelgateway on 0.0.0.0 with an auth_token, and python3 -m jupyterlab on loopback with an empty token",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-gateway-token",
                "#!/bin/bash\nnohup jupyter kernelgateway --KernelGatewayApp.ip=0.0.0.0 --KernelGatewayApp.auth_token=9f2c1e7ab44d &\nnohup python3 -m jupyterlab --allow-root --ip 127.0.0.1 --ServerApp.token='' &\njupyter nbconvert --to html /opt/report.ipynb\n",
            ),
    },
    {
        name: "cross-account: code-server@ec2-user reads /home/ec2-user/.config/code-server/config.yaml (auth: password on 0.0.0.0:8080)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-user",
                '#cloud-config\nwrite_files:\n  - path: /home/ec2-user/.config/code-server/config.yaml\n    content: |\n      bind-addr: 0.0.0.0:8080\n      auth: password\n      hashed-password: "$argon2i$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$6q8mV1Yc9wXo1nE3d2m0jq9yR0f3dE6pB0mQk2wXy0g"\nruncmd:\n  - systemctl enable --now code-server@ec2-user\n',
            ),
    },
    {
        name: "cross-account: the caller's instance writes ~/.mitmproxy/config.yaml blocking private and global clients (block_private: true) and runs mitmdump",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-mitm-blocked",
                "#cloud-config\nwrite_files:\n  - path: /root/.mitmproxy/config.yaml\n    content: |\n      block_private: true\nruncmd:\n  - nohup mitmdump &\n",
            ),
    },
    {
        name: "dev: a role reads items of tables matching table/custody-dev-*-b4e58d3a and table/custody-dev-*.291 (GetItem, Query, DescribeTable take no backup or stream)",
        stack: "dev",
        edit: r =>
            void tableRole(
                r,
                "item-tails",
                [["dynamodb:GetItem", "dynamodb:Query", "dynamodb:DescribeTable"], "table/custody-dev-*-b4e58d3a"],
                [["dynamodb:GetItem", "dynamodb:Query", "dynamodb:DescribeTable"], "table/custody-dev-*.291"],
            ),
    },
    {
        name: "dev: the archive role also reads those tables' indexes (table/custody-dev-*-2024/index/*)",
        stack: "dev",
        edit: r => void tableRole(r, "archive-2024-index", [["dynamodb:Query"], "table/custody-dev-*-2024/index/*"]),
    },
    {
        name: "dev: an operator role (trusted by the account's dba role, no workload) restores only the reports table's backups (table/custody-dev-reports/backup/*) into restored-* tables it reads",
        stack: "dev",
        edit: r =>
            setProp(
                tableRole(
                    r,
                    "reports-restore",
                    [
                        ["dynamodb:RestoreTableFromBackup", "dynamodb:DescribeBackup"],
                        "table/custody-dev-reports/backup/*",
                    ],
                    [["dynamodb:Scan", "dynamodb:GetItem"], "table/restored-*"],
                ),
                "assumeRolePolicy",
                doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${DEV}:role/dba` },
                    Action: "sts:AssumeRole",
                }),
            ),
    },
    {
        name: "dev: a role queries the indexes of a keystore archive table (table/custody-dev-keystore-archive/index/*: not the keystore's)",
        stack: "dev",
        edit: r =>
            void tableRole(r, "keystore-archive-index", [
                ["dynamodb:Query"],
                "table/custody-dev-keystore-archive/index/*",
            ]),
    },
];

describeVariants("allowlist: red-team round 46 on the AWS level", insecure, secure);
