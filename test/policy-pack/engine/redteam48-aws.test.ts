// Red-team round 48 on the AWS level (fresh eyes) on the committed stacks. Probed round 47's AWS changes: launch
// templates outside the stack reached by launchers other than lone instances (Auto Scaling groups, their mixed
// instances overrides, EC2 Fleets, Spot Fleets, Spot instance requests), which compute.ts instanceProfileOpenings
// matches only against stack templates; Jupyter/code-server configs changed (or only read) by commands naming them,
// also by a path relative to a `cd`; Jupyter's jupyter_server_config.d drop-ins (read by jupyter_server only for
// jpserver_extensions: ServerApp.find_server_extensions, so not a place for ip/token); code-server's per-user unit. Secure shapes: the same launchers on a shown version,
// configs only read by commands (cp to a backup, chown), drop-ins that only enable extensions, code-server@USER with
// its default (password, loopback) configuration.
// Misses are `skip` with a MISS comment.
import { describeVariants, find, Resources } from "./support";
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
/** Cloud-config writing root's Jupyter config (`config` lines), then running `runcmd` (one script: a cd carries on). */
const jupyterConfig = (config: string[], runcmd: string[]) =>
    `#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n${config.map(l => `      ${l}\n`).join("")}runcmd:\n${[...runcmd, "nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &"].map(c => `  - ${JSON.stringify(c)}\n`).join("")}`;
const TOKEN_ON_ALL = ["c.ServerApp.ip = '0.0.0.0'", "c.IdentityProvider.token = 'a3f9c2e4b7d1'"];
const LOOPBACK_OPEN = ["c.ServerApp.ip = 'localhost'", "c.IdentityProvider.token = ''"];
const callerB = (r: Resources, type: string, name: string, inputs: Record<string, unknown>) =>
    void beside(r, "cross-account", type, name, inputs, find(r, ROLE, CALLER_ROLE));

const insecure: Case[] = [
    // Was a MISS (fixed in round 48): an Auto Scaling group (account B) launching a launch template the stack does not create is accepted: its
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
        stack: "cross-account",
        refused: /caller-asg-external/,
        edit: r => void groupOfB(r, "caller-asg-external", EXTERNAL_LT),
    },
    // Was a MISS (fixed in round 48): same gap for a mixed instances policy override naming a template outside the stack: overridesOfGroup gives
    // `lt` undefined and the loop does `if (o.lt) unseen(...)`, so m5.large instances launch with that template's unseen
    // profile and user data and nothing is refused. Fix: an override with no stack template fails closed. Doc:
    // CloudFormation AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides.LaunchTemplateSpecification ("a
    // different launch template" for those instance types).
    {
        name: "cross-account: an Auto Scaling group's mixed instances policy overrides one instance type with a launch template outside the stack",
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
    // Was a MISS (fixed in round 48): an EC2 Fleet launching a template outside the stack is accepted: templatesOfFleet keeps only configs whose
    // template the stack holds, so the fleet's instances (profile and user data from the unseen template) are never
    // judged. Fix: a fleet config naming no stack template fails closed on every profile of the account. Doc: EC2 API
    // FleetLaunchTemplateSpecification (LaunchTemplateId/Name, Version) — every parameter comes from the template
    // except the overrides (instance type, subnet, ...), which carry no instance profile or user data.
    {
        name: "cross-account: an EC2 Fleet launches $Latest of a launch template outside the stack",
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
    // Was a MISS (fixed in round 48): same for a Spot Fleet request's launchTemplateConfigs (templatesOfFleet drops the unknown template). Fix
    // as above. Doc: EC2 API SpotFleetRequestConfigData.LaunchTemplateConfigs / FleetLaunchTemplateSpecification.
    {
        name: "cross-account: a Spot Fleet request launches $Latest of a launch template outside the stack",
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
    // Neighbours of the launcher fix (compute.ts launchesOf: one reading of every launcher's launches). A launch
    // configuration is the older launcher of a group: one outside the stack carries an unseen profile and user data as
    // well (Auto Scaling API CreateAutoScalingGroup LaunchConfigurationName).
    {
        name: "neighbour: cross-account: an Auto Scaling group launches a launch configuration outside the stack by name",
        stack: "cross-account",
        refused: /caller-asg-external-lc[\s\S]*launch configuration legacy-lc, not a resource of this stack/,
        edit: r =>
            callerB(r, "aws:autoscaling/group:Group", "caller-asg-external-lc", {
                name: "caller-asg-external-lc",
                minSize: 1,
                maxSize: 2,
                launchConfiguration: "legacy-lc",
                vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
            }),
    },
    // The base template outside the stack while an override names a stack one: the group's dependency on the stack
    // template (the override's) must not stand in for the base it names by id.
    {
        name: "neighbour: cross-account: a mixed instances group's base is a launch template outside the stack, its one override the caller's stack template",
        stack: "cross-account",
        refused: /caller-asg-base-external[\s\S]*launch template lt-0fede1234abcd5678, not a resource of this stack/,
        edit: r => {
            const lt = templateOfB(r, "caller-lt-override", "lt-0abcd0109ef000110", HARMLESS);
            callerB(r, "aws:autoscaling/group:Group", "caller-asg-base-external", {
                name: "caller-asg-base-external",
                minSize: 1,
                maxSize: 2,
                vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
                mixedInstancesPolicy: {
                    launchTemplate: {
                        launchTemplateSpecification: { launchTemplateId: "lt-0fede1234abcd5678", version: "$Latest" },
                        overrides: [
                            {
                                instanceType: "m5.large",
                                launchTemplateSpecification: { launchTemplateId: "lt-0abcd0109ef000110", version: "1" },
                            },
                        ],
                    },
                },
            });
            const g = find(r, "aws:autoscaling/group:Group", "caller-asg-base-external");
            g.propertyDependencies = { mixedInstancesPolicy: [lt.urn] };
        },
    },
    {
        name: "neighbour: cross-account: an EC2 Fleet's second launch template config names a template outside the stack by name, its first the caller's stack template",
        stack: "cross-account",
        refused: /caller-fleet-mixed[\s\S]*launch template partner-spot, not a resource of this stack/,
        edit: r => {
            templateOfB(r, "caller-lt-fleet-one", "lt-0abcd0111ef000112", HARMLESS);
            callerB(r, "aws:ec2/fleet:Fleet", "caller-fleet-mixed", {
                type: "maintain",
                launchTemplateConfigs: [
                    { launchTemplateSpecification: { launchTemplateId: "lt-0abcd0111ef000112", version: "$Latest" } },
                    { launchTemplateSpecification: { launchTemplateName: "partner-spot", version: "$Latest" } },
                ],
                targetCapacitySpecification: { defaultTargetCapacityType: "spot", totalTargetCapacity: 2 },
            });
        },
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
    // Was a MISS (fixed in round 48): after `cd /root/.jupyter`, `echo "c.IdentityProvider.token = ''" >> jupyter_server_config.py` appends to
    // the config Jupyter loads (bash resolves a relative redirection target against the working directory), leaving
    // Jupyter Lab as root with no token on 0.0.0.0 (a shell, and instance-role through IMDS, for anyone reaching the
    // port). The round-47 "changed config is unread" rule resolves a relative `sed -i` after cd for code-server (the
    // neighbour case below is refused) but not a relative `>>` redirection onto a Jupyter config. Fix: resolve
    // redirection targets against the script's working directory (shell.ts wrappedDirectory / cd tracking) before
    // view.changed. Doc: GNU Bash manual, "Redirections" (a word is a file name, relative names against the current
    // directory) and "Bourne Shell Builtins: cd"; Jupyter Server docs, "Security in the Jupyter Server" (token auth).
    {
        name: "cross-account: the caller's instance writes /root/.jupyter/jupyter_server_config.py (ip 0.0.0.0, a token), then `cd /root/.jupyter` and appends an empty token to it by its relative name",
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
    // Neighbours of the relative-append fix (rootReads.ts appendedRedirects, teeAppends: every append the shell reader
    // resolves, collected before judging by userData.ts appendedFiles): `tee -a`, and a relative name through a
    // subdirectory.
    {
        name: "neighbour: cross-account: the caller's instance cds to /root/.jupyter and pipes an empty token into `tee -a jupyter_server_config.py`",
        stack: "cross-account",
        refused: /caller-jupyter-cd-tee/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-cd-tee",
                jupyterConfig(TOKEN_ON_ALL, [
                    "cd /root/.jupyter && echo \"c.IdentityProvider.token = ''\" | tee -a jupyter_server_config.py",
                ]),
            ),
    },
    // Was a MISS (fixed in round 48): the same with the cd on one runcmd item and the append on the next. cloud-init writes every runcmd item into
    // one shell script (cc_runcmd: util.shellify of the list, written to the instance's scripts/runcmd and run by
    // scripts_user), so the cd carries to the next item; the pack reads each item as a script of its own
    // (userData.ts cloudConfigOpenings pushes one RootText per item), starting again at /. Fix: read runcmd's items
    // (and bootcmd's) as one script, in order. Doc: cloud-init module reference, "Runcmd" ("written to a file and
    // interpreted using sh").
    {
        name: "neighbour: cross-account: the caller's instance cds to /root/.jupyter on one runcmd item and appends an empty token to jupyter_server_config.py on the next",
        stack: "cross-account",
        refused: /caller-jupyter-cd-next-item/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-cd-next-item",
                jupyterConfig(TOKEN_ON_ALL, [
                    "cd /root/.jupyter",
                    "echo \"c.IdentityProvider.token = ''\" >> jupyter_server_config.py",
                ]),
            ),
    },
    {
        name: "neighbour: cross-account: the caller's instance cds to /root and appends an empty token to .jupyter/jupyter_server_config.py",
        stack: "cross-account",
        refused: /caller-jupyter-cd-sub/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-cd-sub",
                jupyterConfig(TOKEN_ON_ALL, [
                    "cd /root && echo \"c.IdentityProvider.token = ''\" >> .jupyter/jupyter_server_config.py",
                ]),
            ),
    },
    // Was a MISS (fixed in round 48): a write_files entry with `append: true` adds to the file (cloud-init module reference, "Write Files":
    // append, "Whether to append content to existing file if it exists"), but the pack reads each entry as the file's
    // whole content (userData.ts cloudConfigOpenings pushes a RootText with no append mark; rootReadOpenings calls
    // file() as a full write), so Jupyter here reads `token = ''` on loopback while it really serves 0.0.0.0 with no
    // token. Fix: carry `append: true` into RootText and rootReadOpenings' file(..., append), so appendedFiles sees it.
    {
        name: "neighbour: cross-account: the caller's instance writes jupyter_server_config.py (ip 0.0.0.0, a token), and a second write_files entry appends an empty token to it (append: true)",
        stack: "cross-account",
        refused: /caller-jupyter-wf-append/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-wf-append",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = '0.0.0.0'\n      c.IdentityProvider.token = 'a3f9c2e4b7d1'\n  - path: /root/.jupyter/jupyter_server_config.py\n    append: true\n    content: |\n      c.IdentityProvider.token = ''\nruncmd:\n  - nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
            ),
    },
    // Neighbour of the cp fix: the config as cp's DESTINATION is replaced by a file the pack cannot read.
    {
        name: "neighbour: cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then copies a .dist file over it with `cp`",
        stack: "cross-account",
        refused: /caller-jupyter-cp-over/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-cp-over",
                jupyterConfig(LOOPBACK_OPEN, [
                    "cp /root/.jupyter/jupyter_server_config.py.dist /root/.jupyter/jupyter_server_config.py",
                ]),
                { keyName: "ops-laptop" },
            ),
    },
    {
        name: "neighbour: cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then hard-links it into /srv with `cp -l` (another name to write it by)",
        stack: "cross-account",
        refused: /caller-jupyter-cp-link/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-cp-link",
                jupyterConfig(LOOPBACK_OPEN, [
                    "cp -l /root/.jupyter/jupyter_server_config.py /srv/jupyter_server_config.py && sh /srv/setup.sh",
                ]),
                { keyName: "ops-laptop" },
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
    // Neighbours of the launcher fix: fleets on the caller's stack template at the version the stack shows.
    {
        name: "neighbour: cross-account: an EC2 Fleet launches $Latest of the caller's stack launch template (harmless user data)",
        stack: "cross-account",
        edit: r => {
            templateOfB(r, "caller-lt-fleet", "lt-0abcd0113ef000114", HARMLESS);
            callerB(r, "aws:ec2/fleet:Fleet", "caller-fleet-shown", {
                type: "maintain",
                launchTemplateConfigs: [
                    { launchTemplateSpecification: { launchTemplateId: "lt-0abcd0113ef000114", version: "$Latest" } },
                ],
                targetCapacitySpecification: { defaultTargetCapacityType: "spot", totalTargetCapacity: 1 },
            });
        },
    },
    {
        name: "neighbour: cross-account: a Spot Fleet request launches version 1 (its latest) of the caller's stack launch template named by name",
        stack: "cross-account",
        edit: r => {
            templateOfB(r, "caller-lt-spot-fleet", "lt-0abcd0115ef000116", HARMLESS);
            callerB(r, "aws:ec2/spotFleetRequest:SpotFleetRequest", "caller-spot-fleet-shown", {
                iamFleetRole: "arn:aws:iam::666666666666:role/aws-ec2-spot-fleet-tagging-role",
                targetCapacity: 1,
                launchTemplateConfigs: [
                    { launchTemplateSpecification: { name: "caller-lt-spot-fleet", version: "1" } },
                ],
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
    // Was a MISS (fixed in round 48): `cp CONFIG CONFIG.orig` only reads the config (it is cp's SOURCE; the destination is another file), yet the
    // pack marks it changed (round 47: "any non-reading command naming it") and judges Jupyter as unread on every
    // address, refusing a loopback-only server. A false refusal of the commonest "keep a backup" line. Fix: read cp/
    // install/rsync by position (rootReads.ts readOptions grammars already do) and count only the destination as a
    // change. Doc: GNU coreutils manual, "cp invocation" (copies SOURCE to DEST; SOURCE is only read).
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), backs it up with `cp` to a .orig file, then runs jupyter lab behind an SSH tunnel",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-backup",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = 'localhost'\n      c.IdentityProvider.token = ''\nruncmd:\n  - cp /root/.jupyter/jupyter_server_config.py /root/.jupyter/jupyter_server_config.py.orig\n  - nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
                { keyName: "ops-laptop" },
            ),
    },
    // Neighbours of the runcmd fix (items read as one script): a cd on one item and a relative append or copy on the
    // next that changes no Jupyter config.
    {
        name: "neighbour: cross-account: the caller's instance (token on 0.0.0.0) cds to /root/.jupyter on one runcmd item and appends an empty token to ../notes/jupyter_server_config.py on the next",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-cd-notes-next-item",
                jupyterConfig(TOKEN_ON_ALL, [
                    "cd /root/.jupyter",
                    "echo \"c.IdentityProvider.token = ''\" >> ../notes/jupyter_server_config.py",
                ]),
            ),
    },
    {
        name: "neighbour: cross-account: the caller's instance (ip localhost, empty token) cds to /root/.jupyter on one runcmd item and backs its config up with `cp -p` on the next",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-cd-backup-next-item",
                jupyterConfig(LOOPBACK_OPEN, [
                    "cd /root/.jupyter",
                    "cp -p jupyter_server_config.py jupyter_server_config.py.orig",
                ]),
                { keyName: "ops-laptop" },
            ),
    },
    // Neighbours of both: a relative append that resolves outside Jupyter's config directories, and copies that only
    // read the config (relative after a cd, rsync, install, tar).
    {
        name: "neighbour: cross-account: the caller's instance (token on 0.0.0.0) cds to /root/.jupyter and appends an empty token to ../notes/jupyter_server_config.py (not a config directory)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-cd-notes",
                jupyterConfig(TOKEN_ON_ALL, [
                    "cd /root/.jupyter && echo \"c.IdentityProvider.token = ''\" >> ../notes/jupyter_server_config.py",
                ]),
            ),
    },
    {
        name: "neighbour: cross-account: the caller's instance (ip localhost, empty token) cds to /root/.jupyter and backs its config up by relative names with `cp`, `rsync -a`, `install -m 0600` and `tar -czf`",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-backups",
                jupyterConfig(LOOPBACK_OPEN, [
                    "cd /root/.jupyter && cp -p jupyter_server_config.py jupyter_server_config.py.orig && rsync -a jupyter_server_config.py /var/backups/ && install -m 0600 jupyter_server_config.py /var/backups/jupyter_server_config.py.bak && tar -czf /var/backups/jupyter.tgz jupyter_server_config.py",
                ]),
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

describeVariants("allowlist: red-team round 48 on the AWS level", insecure, secure);
