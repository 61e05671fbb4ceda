// Red-team round 48 on the AWS level (fresh eyes) on the committed stacks. Probed round 47's AWS changes: launch
// templates outside the stack reached by launchers other than lone instances (Auto Scaling groups, their mixed
// instances overrides, EC2 Fleets, Spot Fleets, Spot instance requests), which compute.ts instanceProfileOpenings
// matches only against stack templates; Jupyter/code-server configs changed (or only read) by commands naming them,
// also by a path relative to a `cd`; Jupyter's jupyter_server_config.d drop-ins (read by jupyter_server only for
// jpserver_extensions: ServerApp.find_server_extensions, so not a place for ip/token); code-server's per-user unit. Secure shapes: the same launchers on a shown version,
// configs only read by commands (cp to a backup, chown), drop-ins that only enable extensions, code-server@USER with
// its default (password, loopback) configuration.
// Misses are `skip` with a MISS comment.
import { assertClean, assertRefused, find, Resources, runWholePack, stackResources } from "./support";
import { beside } from "./awsCaseBuilders";
import { CALLER_ROLE, groupOfB, HARMLESS, instanceOfB, METADATA, templateOfB } from "./callerInstanceBuilders";

const ROLE = "aws:iam/role:Role";

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

const EXTERNAL_LT = { id: "lt-0fede1234abcd5678", version: "$Latest" };
const callerB = (r: Resources, type: string, name: string, inputs: Record<string, unknown>) =>
    void beside(r, "cross-account", type, name, inputs, find(r, ROLE, CALLER_ROLE));

const insecure: Case[] = [
    // MISS: an Auto Scaling group (account B) launching a launch template the stack does not create is accepted: its
    // instances take that template's instance profile (any of the account's, e.g. instance-role) and user data (which
    // may relay instance metadata), neither shown. compute.ts instanceProfileOpenings applies unseen() to groups only
    // when templateNamed finds a STACK template (`if (lt) unseen(...)`), and launchProfile of an unknown template is
    // nothing; round 47 made this fail closed for lone instances only. Fix: a group whose base spec names no stack
    // template fails closed like an instance (profilesOfAccount + unseenData). Doc: EC2 Auto Scaling API,
    // LaunchTemplateSpecification (LaunchTemplateId/Name, Version: "$Latest ... selects the latest version of the
    // launch template when launching instances"); CloudFormation AWS::AutoScaling::AutoScalingGroup
    // LaunchTemplateSpecification.
    {
        name: "cross-account: an Auto Scaling group launches $Latest of a launch template outside the stack (its profile and user data unseen)",
        skip: "MISS: a group on a launch template outside the stack takes its unseen profile and user data",
        stack: "cross-account",
        refused: /caller-asg-external/,
        edit: r => void groupOfB(r, "caller-asg-external", EXTERNAL_LT),
    },
    // MISS: same gap for a mixed instances policy override naming a template outside the stack: overridesOfGroup gives
    // `lt` undefined and the loop does `if (o.lt) unseen(...)`, so m5.large instances launch with that template's unseen
    // profile and user data and nothing is refused. Fix: an override with no stack template fails closed. Doc:
    // CloudFormation AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides.LaunchTemplateSpecification ("a
    // different launch template" for those instance types).
    {
        name: "cross-account: an Auto Scaling group's mixed instances policy overrides one instance type with a launch template outside the stack",
        skip: "MISS: an override naming a launch template outside the stack is not judged",
        stack: "cross-account",
        refused: /caller-asg-override-external/,
        edit: r => {
            templateOfB(r, "caller-lt-base", "lt-0abcd0101ef000102", HARMLESS);
            callerB(r, "aws:autoscaling/group:Group", "caller-asg-override-external", {
                name: "caller-asg-override-external",
                minSize: 1,
                maxSize: 2,
                vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
                mixedInstancesPolicy: {
                    launchTemplate: {
                        launchTemplateSpecification: { launchTemplateId: "lt-0abcd0101ef000102", version: "$Latest" },
                        overrides: [
                            { instanceType: "t3.micro" },
                            {
                                instanceType: "m5.large",
                                launchTemplateSpecification: {
                                    launchTemplateId: "lt-0fede1234abcd5678",
                                    version: "$Latest",
                                },
                            },
                        ],
                    },
                },
            });
        },
    },
    // MISS: an EC2 Fleet launching a template outside the stack is accepted: templatesOfFleet keeps only configs whose
    // template the stack holds, so the fleet's instances (profile and user data from the unseen template) are never
    // judged. Fix: a fleet config naming no stack template fails closed on every profile of the account. Doc: EC2 API
    // FleetLaunchTemplateSpecification (LaunchTemplateId/Name, Version) — every parameter comes from the template
    // except the overrides (instance type, subnet, ...), which carry no instance profile or user data.
    {
        name: "cross-account: an EC2 Fleet launches $Latest of a launch template outside the stack",
        skip: "MISS: EC2 Fleet on a launch template outside the stack not judged",
        stack: "cross-account",
        refused: /caller-fleet-external/,
        edit: r =>
            callerB(r, "aws:ec2/fleet:Fleet", "caller-fleet-external", {
                type: "maintain",
                launchTemplateConfigs: [
                    { launchTemplateSpecification: { launchTemplateId: "lt-0fede1234abcd5678", version: "$Latest" } },
                ],
                targetCapacitySpecification: { defaultTargetCapacityType: "spot", totalTargetCapacity: 1 },
            }),
    },
    // MISS: same for a Spot Fleet request's launchTemplateConfigs (templatesOfFleet drops the unknown template). Fix
    // as above. Doc: EC2 API SpotFleetRequestConfigData.LaunchTemplateConfigs / FleetLaunchTemplateSpecification.
    {
        name: "cross-account: a Spot Fleet request launches $Latest of a launch template outside the stack",
        skip: "MISS: Spot Fleet on a launch template outside the stack not judged",
        stack: "cross-account",
        refused: /caller-spot-fleet-external/,
        edit: r =>
            callerB(r, "aws:ec2/spotFleetRequest:SpotFleetRequest", "caller-spot-fleet-external", {
                iamFleetRole: "arn:aws:iam::666666666666:role/aws-ec2-spot-fleet-tagging-role",
                targetCapacity: 1,
                launchTemplateConfigs: [
                    { launchTemplateSpecification: { id: "lt-0fede1234abcd5678", version: "$Latest" } },
                ],
            }),
    },
    {
        name: "cross-account: a Spot instance request launched from a launch template outside the stack with neither a profile nor user data of its own",
        stack: "cross-account",
        refused: /caller-spot-external/,
        edit: r =>
            callerB(r, "aws:ec2/spotInstanceRequest:SpotInstanceRequest", "caller-spot-external", {
                launchTemplate: EXTERNAL_LT,
                metadataOptions: METADATA,
            }),
    },
    // MISS: after `cd /root/.jupyter`, `echo "c.IdentityProvider.token = ''" >> jupyter_server_config.py` appends to
    // the config Jupyter loads (bash resolves a relative redirection target against the working directory), leaving
    // Jupyter Lab as root with no token on 0.0.0.0 (a shell, and instance-role through IMDS, for anyone reaching the
    // port). The round-47 "changed config is unread" rule resolves a relative `sed -i` after cd for code-server (the
    // neighbour case below is refused) but not a relative `>>` redirection onto a Jupyter config. Fix: resolve
    // redirection targets against the script's working directory (shell.ts wrappedDirectory / cd tracking) before
    // view.changed. Doc: GNU Bash manual, "Redirections" (a word is a file name, relative names against the current
    // directory) and "Bourne Shell Builtins: cd"; Jupyter Server docs, "Security in the Jupyter Server" (token auth).
    {
        name: "cross-account: the caller's instance writes /root/.jupyter/jupyter_server_config.py (ip 0.0.0.0, a token), then `cd /root/.jupyter` and appends an empty token to it by its relative name",
        skip: "MISS: a relative >> onto a Jupyter config after cd is not seen as a change",
        stack: "cross-account",
        refused: /caller-jupyter-cd-append/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-cd-append",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = '0.0.0.0'\n      c.IdentityProvider.token = 'a3f9c2e4b7d1'\nruncmd:\n  - cd /root/.jupyter && echo \"c.IdentityProvider.token = ''\" >> jupyter_server_config.py\n  - nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes code-server's config (bind-addr 0.0.0.0:8080, auth: password), then `cd /root/.config/code-server && sed -i 's/auth: password/auth: none/' config.yaml`",
        stack: "cross-account",
        refused: /caller-code-server-cd-sed/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-cd-sed",
                "#cloud-config\nwrite_files:\n  - path: /root/.config/code-server/config.yaml\n    content: |\n      bind-addr: 0.0.0.0:8080\n      auth: password\n      cert: false\nruncmd:\n  - \"cd /root/.config/code-server && sed -i 's/auth: password/auth: none/' config.yaml\"\n  - nohup code-server /srv > /var/log/code-server.log 2>&1 &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes ec2-user's code-server config (bind-addr 0.0.0.0:8080, auth: none) and enables code-server@ec2-user",
        stack: "cross-account",
        refused: /caller-code-server-unit/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-unit",
                "#cloud-config\nwrite_files:\n  - path: /home/ec2-user/.config/code-server/config.yaml\n    owner: ec2-user:ec2-user\n    defer: true\n    content: |\n      bind-addr: 0.0.0.0:8080\n      auth: none\n      cert: false\nruncmd:\n  - curl -fsSL https://code-server.dev/install.sh | sh\n  - systemctl enable --now code-server@ec2-user\n",
            ),
    },
];

const secure: Case[] = [
    {
        name: "cross-account: an Auto Scaling group launches $Latest of the caller's stack launch template (harmless user data)",
        stack: "cross-account",
        edit: r => {
            templateOfB(r, "caller-lt-latest", "lt-0abcd0103ef000104", HARMLESS);
            groupOfB(r, "caller-asg-latest", { id: "lt-0abcd0103ef000104", version: "$Latest" });
        },
    },
    {
        name: "cross-account: a Spot instance request launches $Latest of the caller's stack launch template named by name",
        stack: "cross-account",
        edit: r => {
            templateOfB(r, "caller-lt-spot", "lt-0abcd0105ef000106", HARMLESS);
            callerB(r, "aws:ec2/spotInstanceRequest:SpotInstanceRequest", "caller-spot-shown", {
                launchTemplate: { name: "caller-lt-spot", version: "$Latest" },
            });
        },
    },
    {
        name: "cross-account: an Auto Scaling group's mixed instances overrides name the caller's stack launch template at its latest version 2",
        stack: "cross-account",
        edit: r => {
            templateOfB(r, "caller-lt-mixed", "lt-0abcd0107ef000108", HARMLESS, {
                latestVersion: 2,
                defaultVersion: 2,
            });
            callerB(r, "aws:autoscaling/group:Group", "caller-asg-mixed", {
                name: "caller-asg-mixed",
                minSize: 1,
                maxSize: 2,
                vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
                mixedInstancesPolicy: {
                    launchTemplate: {
                        launchTemplateSpecification: { launchTemplateId: "lt-0abcd0107ef000108", version: "$Default" },
                        overrides: [
                            { instanceType: "t3.micro" },
                            {
                                instanceType: "m5.large",
                                launchTemplateSpecification: { launchTemplateId: "lt-0abcd0107ef000108", version: "2" },
                            },
                        ],
                    },
                },
            });
        },
    },
    {
        name: "cross-account: the caller's instance writes a Jupyter drop-in /etc/jupyter/jupyter_server_config.d/jupyterlab.json that only enables the jupyterlab extension, and runs jupyter lab (default localhost with a token)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-dropin-ext",
                '#cloud-config\nwrite_files:\n  - path: /etc/jupyter/jupyter_server_config.d/jupyterlab.json\n    content: |\n      {"ServerApp": {"jpserver_extensions": {"jupyterlab": true}}}\nruncmd:\n  - pip3 install jupyterlab\n  - nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n',
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), chowns it to root, then runs jupyter lab behind an SSH tunnel",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-chown",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = 'localhost'\n      c.IdentityProvider.token = ''\nruncmd:\n  - chown root:root /root/.jupyter/jupyter_server_config.py\n  - nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
                { keyName: "ops-laptop" },
            ),
    },
    // MISS: `cp CONFIG CONFIG.orig` only reads the config (it is cp's SOURCE; the destination is another file), yet the
    // pack marks it changed (round 47: "any non-reading command naming it") and judges Jupyter as unread on every
    // address, refusing a loopback-only server. A false refusal of the commonest "keep a backup" line. Fix: read cp/
    // install/rsync by position (rootReads.ts readOptions grammars already do) and count only the destination as a
    // change. Doc: GNU coreutils manual, "cp invocation" (copies SOURCE to DEST; SOURCE is only read).
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), backs it up with `cp` to a .orig file, then runs jupyter lab behind an SSH tunnel",
        skip: "MISS: cp with the config as its source counts as changing it",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-backup",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = 'localhost'\n      c.IdentityProvider.token = ''\nruncmd:\n  - cp /root/.jupyter/jupyter_server_config.py /root/.jupyter/jupyter_server_config.py.orig\n  - nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
                { keyName: "ops-laptop" },
            ),
    },
    {
        name: "cross-account: the caller's instance writes code-server's config base64-encoded (write_files encoding: b64; bind-addr 127.0.0.1:8080, auth: password) and runs code-server",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-b64",
                `#cloud-config\nwrite_files:\n  - path: /root/.config/code-server/config.yaml\n    encoding: b64\n    content: ${Buffer.from("bind-addr: 127.0.0.1:8080\nauth: password\ncert: false\n").toString("base64")}\nruncmd:\n  - nohup code-server /srv > /var/log/code-server.log 2>&1 &\n`,
            ),
    },
    {
        name: "cross-account: the caller's instance installs code-server and enables code-server@ec2-user with its default configuration (password on 127.0.0.1:8080)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-unit-default",
                "#!/bin/bash\ncurl -fsSL https://code-server.dev/install.sh | sh\nsystemctl enable --now code-server@ec2-user\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes code-server's config (127.0.0.1:8080, auth: password), then `cd /root/.config/code-server && grep -q 'auth: password' config.yaml` (a check that only reads it)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-cd-cat",
                "#cloud-config\nwrite_files:\n  - path: /root/.config/code-server/config.yaml\n    content: |\n      bind-addr: 127.0.0.1:8080\n      auth: password\n      cert: false\nruncmd:\n  - \"cd /root/.config/code-server && grep -q 'auth: password' config.yaml\"\n  - nohup code-server /srv > /var/log/code-server.log 2>&1 &\n",
            ),
    },
];

describe("allowlist: red-team round 48 on the AWS level", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            assertRefused(ds, c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            assertClean(ds);
        });
    }
});
