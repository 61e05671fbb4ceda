// Red-team round 49 on the AWS level (fresh eyes) on the committed stacks. Probed round 48's AWS changes: every
// launcher through compute.ts launchesOf (templates matched by name: in another account or another Region of the
// stack, a template of the same name is another template), and user data's config files changed by copies whose
// destination is a DIRECTORY (cp -t, a trailing slash, tar -C, unzip -d, rsync, aws s3 sync), downloads into the
// working directory a `cd` set (curl -O, wget -P), a config directory moved by JUPYTER_CONFIG_DIR, cd spellings
// (`cd --`, `~root`), runcmd items given as argument lists running `sh -c`. Secure shapes: copies that only read the
// config (cp -t/--target-directory to a backup, a directory copied out, aws s3 cp up to a bucket), bootcmd's cd that
// does not hold into runcmd (two scripts), a full write_files rewrite after an earlier entry, launchers naming a
// template of their own account by name.
// Misses are `skip` with a MISS comment.
import { describeVariants, find, Resources, StackCase } from "./support";
import { beside } from "./awsCaseBuilders";
import { CALLER_ROLE, groupOfB, HARMLESS, instanceOfB, METADATA, templateOfB } from "./callerInstanceBuilders";

const ROLE = "aws:iam/role:Role";
const LT = "aws:ec2/launchTemplate:LaunchTemplate";

/** Cloud-config writing root's Jupyter config (`config` lines), then running `runcmd` (one script: a cd carries on). */
const jupyterConfig = (config: string[], runcmd: string[]) =>
    `#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n${config.map(l => `      ${l}\n`).join("")}runcmd:\n${[...runcmd, "nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &"].map(c => `  - ${JSON.stringify(c)}\n`).join("")}`;
/** Jupyter configs in root's directory and /etc/jupyter (ip on every address), then jupyter lab as root. */
const twoJupyterConfigs = (rootToken: string, systemToken: string) =>
    `#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = '0.0.0.0'\n      c.IdentityProvider.token = '${rootToken}'\n  - path: /etc/jupyter/jupyter_server_config.py\n    content: |\n      c.IdentityProvider.token = '${systemToken}'\nruncmd:\n  - "nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &"\n`;
const LOOPBACK_OPEN = ["c.ServerApp.ip = 'localhost'", "c.IdentityProvider.token = ''"];
const TOKEN_ON_ALL = ["c.ServerApp.ip = '0.0.0.0'", "c.IdentityProvider.token = 'a3f9c2e4b7d1'"];
const KEY = { keyName: "ops-laptop" };
const callerB = (r: Resources, type: string, name: string, inputs: Record<string, unknown>) =>
    void beside(r, "cross-account", type, name, inputs, find(r, ROLE, CALLER_ROLE));
/** A launch template of account A (the key's account, cross-account-access's provider) with harmless user data. */
const templateOfA = (r: Resources, name: string, id: string) =>
    beside(
        r,
        "cross-account",
        LT,
        name,
        {
            name,
            id,
            latestVersion: 1,
            defaultVersion: 1,
            imageId: "ami-0abcdef1234567890",
            instanceType: "t3.micro",
            metadataOptions: METADATA,
            userData: Buffer.from(HARMLESS).toString("base64"),
        },
        find(r, ROLE, "cross-account-access"),
    );

const insecure: StackCase[] = [
    // Was a MISS (fixed in round 49): compute.ts launchHelpers.templateNamed matches a launcher's template NAME against every stack template,
    // whatever its account (and Region): here account B's group resolves to account A's harmless `shared-base`, so the
    // launch is "shown" and nothing fails closed, while EC2 launches account B's own `shared-base` (outside the stack:
    // any instance profile of B, e.g. instance-role reaching the share key, and unread user data). Fix: match by name
    // only templates of the launcher's account and Region (providerAccount + resourceRegion), else launch = undefined
    // (fail closed). Doc: EC2 API LaunchTemplate (launchTemplateName), names unique per account per Region (kube-aws
    // PR #1582: "LaunchTemplateName must be unique pr AWS account pr region"); Auto Scaling API
    // LaunchTemplateSpecification.LaunchTemplateName.
    {
        name: "cross-account: an Auto Scaling group of account B launches template `shared-base` by name, a template of that name existing in the stack only in account A",
        stack: "cross-account",
        refused: /caller-asg-shared-name/,
        edit: r => {
            templateOfA(r, "shared-base", "lt-0a1a1a1a1a1a1a1a1");
            groupOfB(r, "caller-asg-shared-name", { name: "shared-base", version: "$Latest" });
        },
    },
    // Was a MISS (fixed in round 49): the same for an EC2 Fleet (launchesOf named() → templateNamed by launchTemplateName, any account): account B's
    // fleet is judged with account A's template. Fix and doc as above (EC2 API FleetLaunchTemplateSpecification).
    {
        name: "cross-account: an EC2 Fleet of account B launches template `shared-base` by name, a template of that name existing in the stack only in account A",
        stack: "cross-account",
        refused: /caller-fleet-shared-name/,
        edit: r => {
            templateOfA(r, "shared-base", "lt-0a1a1a1a1a1a1a1a2");
            callerB(r, "aws:ec2/fleet:Fleet", "caller-fleet-shared-name", {
                type: "maintain",
                launchTemplateConfigs: [
                    { launchTemplateSpecification: { launchTemplateName: "shared-base", version: "$Latest" } },
                ],
                targetCapacitySpecification: { defaultTargetCapacityType: "spot", totalTargetCapacity: 1 },
            });
        },
    },
    // Was a MISS (fixed in round 49): the same across Regions: with @pulumi/aws 7's per-resource `region`, the group lives in us-east-1 and
    // launches us-east-1's `caller-lt-regional` (not in the stack), but templateNamed finds the stack's eu-west-1
    // template of that name. Fix: compare resourceRegion (model/resources.ts) of launcher and template when matching by
    // name (ids are Regional too). Doc: Pulumi AWS provider 7 "Enhanced Region Support" (region argument per
    // resource); EC2 launch templates are Regional resources (names unique per account and Region, as above).
    {
        name: "cross-account: an Auto Scaling group of account B in us-east-1 (its own region argument) launches template `caller-lt-regional` by name, the stack's template of that name being in eu-west-1",
        stack: "cross-account",
        refused: /caller-asg-other-region/,
        edit: r => {
            templateOfB(r, "caller-lt-regional", "lt-0abcd0201ef000202", HARMLESS, { region: "eu-west-1" });
            callerB(r, "aws:autoscaling/group:Group", "caller-asg-other-region", {
                name: "caller-asg-other-region",
                region: "us-east-1",
                minSize: 1,
                maxSize: 2,
                launchTemplate: { name: "caller-lt-regional", version: "$Latest" },
                vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
            });
        },
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `cp -t /root/.jupyter` a seed config over it",
        stack: "cross-account",
        refused: /caller-jupyter-cp-t/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-cp-t",
                jupyterConfig(LOOPBACK_OPEN, [
                    "aws s3 cp s3://team-seeds/jupyter/jupyter_server_config.py /opt/seed/",
                    "cp -t /root/.jupyter /opt/seed/jupyter_server_config.py",
                ]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 49): `cp SRC DIR/` writes DIR/basename(SRC) (GNU coreutils "cp invocation": "if the last file is a directory
    // ... cp copies each SOURCE file to the specified directory, using the SOURCEs' names"), so the seed (unread) replaces
    // the loopback config; userData.ts viewingJudge.ran marks only the word `/root/.jupyter/` changed, not the config
    // file under it, and Jupyter is judged on the written (loopback, empty-token) config. Who gains: whatever the seed
    // sets (e.g. ip 0.0.0.0, no token) gives anyone on the network a root shell and instance-role via IMDS. Fix: a copier's
    // directory destination (trailing slash, -t, an existing/config directory) changes DIR/basename(each source), and
    // when the names are unknown every config under DIR.
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then copies a seed config over it into the directory `/root/.jupyter/`",
        stack: "cross-account",
        refused: /caller-jupyter-cp-dir/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-cp-dir",
                jupyterConfig(LOOPBACK_OPEN, ["cp -f /opt/seed/jupyter_server_config.py /root/.jupyter/"]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 49): `tar -x -C DIR` extracts the archive's members under DIR (GNU tar manual, "Changing Directory"); the
    // archive may hold jupyter_server_config.py, but only the word /root/.jupyter is marked changed, so the loopback config
    // stays "read". Fix: an extraction into a directory (tar -C / cwd, unzip -d) changes every config file under it.
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then extracts a seed archive into /root/.jupyter with `tar -xzf ... -C`",
        stack: "cross-account",
        refused: /caller-jupyter-tar-c/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-tar-c",
                jupyterConfig(LOOPBACK_OPEN, ["tar -xzf /opt/seed/jupyter-config.tgz -C /root/.jupyter"]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 49): `unzip -o ARCHIVE -d DIR` extracts into DIR, overwriting (unzip(1): -d exdir, -o overwrite without
    // prompting); same gap as tar -C. Fix as above.
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `unzip -o` a seed archive into it with -d /root/.jupyter",
        stack: "cross-account",
        refused: /caller-jupyter-unzip-d/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-unzip-d",
                jupyterConfig(LOOPBACK_OPEN, ["unzip -o /opt/seed/jupyter-config.zip -d /root/.jupyter"]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 49): `aws s3 sync s3://PREFIX/ DIR/` copies every object of the prefix into DIR (AWS CLI reference, "aws s3 sync":
    // recursively copies new and updated files from the source to the destination directory), so a bucket object named
    // jupyter_server_config.py replaces the config; only the directory word is marked changed. Fix as above.
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `aws s3 sync`s a bucket prefix into /root/.jupyter/",
        stack: "cross-account",
        refused: /caller-jupyter-s3-sync/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-s3-sync",
                jupyterConfig(LOOPBACK_OPEN, ["aws s3 sync s3://team-seeds/jupyter/ /root/.jupyter/"]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 49): `rsync -a SRC/ DIR/` copies SRC's contents into DIR (rsync(1): a trailing slash on the source copies its
    // contents); the config under DIR may be replaced, but only the directory word is marked changed. Fix as above.
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `rsync -a` a seed directory's contents into /root/.jupyter/",
        stack: "cross-account",
        refused: /caller-jupyter-rsync-dir/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-rsync-dir",
                jupyterConfig(LOOPBACK_OPEN, ["rsync -a /opt/seed/jupyter/ /root/.jupyter/"]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 49): `curl -O URL` saves the file named by the URL's last path part in the working directory (curl manual,
    // --remote-name: "The file is saved in the current working directory ... if it already exists it is overwritten"):
    // after `cd /root/.jupyter` it overwrites jupyter_server_config.py with downloaded content, yet viewingJudge resolves
    // the URL word as a path (/root/.jupyter/https:/...) and never marks the config. Fix: curl -O/--remote-name(-all)
    // writes cwd (or --output-dir)/basename(URL path); wget writes basename(URL) under cwd or -P/--directory-prefix.
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `cd /root/.jupyter && curl -fsSLO` a config of that name",
        stack: "cross-account",
        refused: /caller-jupyter-curl-o/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-curl-o",
                jupyterConfig(LOOPBACK_OPEN, [
                    "cd /root/.jupyter && curl -fsSLO https://raw.githubusercontent.com/example-org/dotfiles/main/jupyter_server_config.py",
                ]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 49): `wget -N -P DIR URL` saves basename(URL) under DIR (GNU Wget manual, "-P prefix / --directory-prefix"), here
    // /root/.jupyter/jupyter_server_config.py; the config is not marked changed. Fix as for curl -O.
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `wget -N -P /root/.jupyter` a config of that name",
        stack: "cross-account",
        refused: /caller-jupyter-wget-p/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-wget-p",
                jupyterConfig(LOOPBACK_OPEN, [
                    "wget -N -P /root/.jupyter https://raw.githubusercontent.com/example-org/dotfiles/main/jupyter_server_config.py",
                ]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 49): JUPYTER_CONFIG_DIR makes Jupyter read its user config from that directory instead of ~/.jupyter (Jupyter
    // docs, "Common Directories and File Locations": "Set this environment variable to use a particular directory, other
    // than the default, for Jupyter config files"; JUPYTER_CONFIG_PATH adds more), so Jupyter runs with the synced
    // (unread) config, but jupyterListeners reads only the fixed JUPYTER_CONFIG_DIRS and judges the loopback one. Fix: read
    // JUPYTER_CONFIG_DIR / JUPYTER_CONFIG_PATH through ScriptView.environment (VIEWED_VARIABLES) like CODE_SERVER_CONFIG:
    // a directory whose files the pack did not write, or a value it cannot resolve, makes the config unread.
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then runs jupyter lab with JUPYTER_CONFIG_DIR set to a downloaded directory",
        stack: "cross-account",
        refused: /caller-jupyter-config-dir/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-config-dir",
                jupyterConfig(LOOPBACK_OPEN, [
                    "aws s3 sync s3://team-seeds/jupyter/ /opt/jupyter-config/",
                    "export JUPYTER_CONFIG_DIR=/opt/jupyter-config",
                ]),
                KEY,
            ),
    },
    // Neighbours of the name-matching fix (round 49): a name shared by templates of two accounts resolves to the
    // launcher's own, whose user data is judged (a served shell here); a launch configuration named across accounts is
    // outside the stack as well (names unique per Region per account: Auto Scaling API, CreateLaunchConfiguration).
    {
        name: "cross-account: an Auto Scaling group of account B launches template `shared-open` by name, account B's own serving Jupyter without a token on every address and account A's of that name harmless",
        stack: "cross-account",
        refused: /caller-asg-own-open[\s\S]*jupyter lab without a token/,
        edit: r => {
            templateOfA(r, "shared-open", "lt-0a1a1a1a1a1a1a1a4");
            templateOfB(
                r,
                "shared-open",
                "lt-0abcd0207ef000208",
                jupyterConfig(["c.ServerApp.ip = '0.0.0.0'", "c.IdentityProvider.token = ''"], []),
            );
            groupOfB(r, "caller-asg-own-open", { name: "shared-open", version: "$Latest" });
        },
    },
    {
        name: "cross-account: an Auto Scaling group of account B names launch configuration `shared-lc`, one of that name existing in the stack only in account A",
        stack: "cross-account",
        refused: /caller-asg-shared-lc/,
        edit: r => {
            beside(
                r,
                "cross-account",
                "aws:ec2/launchConfiguration:LaunchConfiguration",
                "shared-lc",
                {
                    name: "shared-lc",
                    imageId: "ami-0abcdef1234567890",
                    instanceType: "t3.micro",
                    metadataOptions: METADATA,
                    userData: HARMLESS,
                },
                find(r, ROLE, "cross-account-access"),
            );
            callerB(r, "aws:autoscaling/group:Group", "caller-asg-shared-lc", {
                name: "caller-asg-shared-lc",
                minSize: 1,
                maxSize: 2,
                launchConfiguration: "shared-lc",
                vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
            });
        },
    },
    // Neighbours of the copy-destination fix (round 49): a directory destination without its trailing slash (cp
    // writes DIR/basename(SRC) when DIR exists), curl's --output-dir, a directory moved over the config directory (mv),
    // a repository cloned as it, and JUPYTER_CONFIG_PATH / JUPYTER_CONFIG_DIR values the user data does not fill or
    // the pack cannot compute.
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then copies a seed config into the existing directory /root/.jupyter (no trailing slash)",
        stack: "cross-account",
        refused: /caller-jupyter-cp-dir-bare/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-cp-dir-bare",
                jupyterConfig(LOOPBACK_OPEN, ["cp /opt/seed/jupyter_server_config.py /root/.jupyter"]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `curl -fsSL --output-dir /root/.jupyter -O` a config of that name",
        stack: "cross-account",
        refused: /caller-jupyter-curl-output-dir/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-curl-output-dir",
                jupyterConfig(LOOPBACK_OPEN, [
                    "curl -fsSL --output-dir /root/.jupyter -O https://raw.githubusercontent.com/example-org/dotfiles/main/jupyter_server_config.py",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then clones a dotfiles repository as /root/.jupyter after moving the written one aside",
        stack: "cross-account",
        refused: /caller-jupyter-git-clone/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-git-clone",
                jupyterConfig(LOOPBACK_OPEN, [
                    "mv /root/.jupyter /root/.jupyter.orig",
                    "git clone https://github.com/example-org/jupyter-config.git /root/.jupyter",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then runs jupyter lab with JUPYTER_CONFIG_PATH naming a directory user data does not write",
        stack: "cross-account",
        refused: /caller-jupyter-config-path/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-config-path",
                jupyterConfig(LOOPBACK_OPEN, ["export JUPYTER_CONFIG_PATH=/opt/team/jupyter"]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then runs jupyter lab with JUPYTER_CONFIG_DIR=$HOME/.jupyter-team (a value the pack cannot compute)",
        stack: "cross-account",
        refused: /caller-jupyter-config-dir-var/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-config-dir-var",
                jupyterConfig(LOOPBACK_OPEN, ["export JUPYTER_CONFIG_DIR=$HOME/.jupyter-team"]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (token on 0.0.0.0) appends an empty token after `cd -- /root/.jupyter`",
        stack: "cross-account",
        refused: /caller-jupyter-cd-dashdash/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-cd-dashdash",
                jupyterConfig(TOKEN_ON_ALL, [
                    "cd -- /root/.jupyter && echo \"c.IdentityProvider.token = ''\" >> jupyter_server_config.py",
                ]),
            ),
    },
    {
        name: "cross-account: the caller's instance (token on 0.0.0.0) appends an empty token after `cd ~root/.jupyter`",
        stack: "cross-account",
        refused: /caller-jupyter-cd-tilde/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-cd-tilde",
                jupyterConfig(TOKEN_ON_ALL, [
                    "cd ~root/.jupyter && echo \"c.IdentityProvider.token = ''\" >> jupyter_server_config.py",
                ]),
            ),
    },
    {
        name: "cross-account: the caller's instance (token on 0.0.0.0) has a runcmd item given as a list [sh, -c, 'cd /root/.jupyter && echo ... >> jupyter_server_config.py']",
        stack: "cross-account",
        refused: /caller-jupyter-sh-c-list/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-sh-c-list",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = '0.0.0.0'\n      c.IdentityProvider.token = 'a3f9c2e4b7d1'\nruncmd:\n  - [sh, -c, \"cd /root/.jupyter && echo \\\"c.IdentityProvider.token = ''\\\" >> jupyter_server_config.py\"]\n  - nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
            ),
    },
    // Found by the round-49 fixer, fixed in round 49: root's own Jupyter directory has the higher priority
    // (traitlets Application._load_config_files loads the search path backwards, "path list is in descending priority
    // order"; jupyter_config_path lists ~/.jupyter first), so its empty token wins over /etc/jupyter's token.
    {
        name: "cross-account: the caller's instance sets an empty token in /root/.jupyter and a token in /etc/jupyter (root's own directory wins), Jupyter on 0.0.0.0",
        stack: "cross-account",
        refused: /caller-jupyter-root-over-etc[\s\S]*without a token/,
        edit: r => void instanceOfB(r, "caller-jupyter-root-over-etc", twoJupyterConfigs("", "b81c4d2e9f0a")),
    },
];

const secure: StackCase[] = [
    {
        name: "cross-account: the caller's instance sets a token in /root/.jupyter and an empty one in /etc/jupyter (root's own directory wins), Jupyter on 0.0.0.0",
        stack: "cross-account",
        edit: r => void instanceOfB(r, "caller-jupyter-etc-under-root", twoJupyterConfigs("b81c4d2e9f0a", "")),
    },
    {
        name: "cross-account: an Auto Scaling group of account A launches account A's stack template `shared-base` by name",
        stack: "cross-account",
        edit: r => {
            templateOfA(r, "shared-base", "lt-0a1a1a1a1a1a1a1a3");
            beside(
                r,
                "cross-account",
                "aws:autoscaling/group:Group",
                "partner-asg-shared-name",
                {
                    name: "partner-asg-shared-name",
                    minSize: 1,
                    maxSize: 2,
                    launchTemplate: { name: "shared-base", version: "$Latest" },
                    vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
                },
                find(r, ROLE, "cross-account-access"),
            );
        },
    },
    {
        name: "cross-account: an Auto Scaling group of account B in eu-west-1 launches the caller's eu-west-1 stack template by name (both with their own region argument)",
        stack: "cross-account",
        edit: r => {
            templateOfB(r, "caller-lt-regional-same", "lt-0abcd0203ef000204", HARMLESS, { region: "eu-west-1" });
            callerB(r, "aws:autoscaling/group:Group", "caller-asg-same-region", {
                name: "caller-asg-same-region",
                region: "eu-west-1",
                minSize: 1,
                maxSize: 2,
                launchTemplate: { name: "caller-lt-regional-same", version: "$Latest" },
                vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
            });
        },
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) backs its config up with `cp -t /var/backups` (the config is the source)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-backup-t",
                jupyterConfig(LOOPBACK_OPEN, ["cp -t /var/backups /root/.jupyter/jupyter_server_config.py"]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) backs its config up with `cp --target-directory=/var/backups -p`",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-backup-target-dir",
                jupyterConfig(LOOPBACK_OPEN, [
                    "cp --target-directory=/var/backups -p /root/.jupyter/jupyter_server_config.py",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) copies its whole config directory out with `cp -a /root/.jupyter /var/backups/`",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-backup-dir",
                jupyterConfig(LOOPBACK_OPEN, ["cp -a /root/.jupyter /var/backups/"]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) uploads its config to a bucket with `aws s3 cp`",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-s3-upload",
                jupyterConfig(LOOPBACK_OPEN, [
                    "aws s3 cp /root/.jupyter/jupyter_server_config.py s3://team-backups/jupyter/",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) archives its config with `tar -czf /var/backups/jupyter.tgz -C /root .jupyter`",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-tar-out",
                jupyterConfig(LOOPBACK_OPEN, ["tar -czf /var/backups/jupyter.tgz -C /root .jupyter"]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (token on 0.0.0.0) cds to /root/.jupyter in bootcmd; runcmd (another script, run from /) appends to a relative jupyter_server_config.py",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-bootcmd-cd",
                "#cloud-config\nbootcmd:\n  - cd /root/.jupyter\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = '0.0.0.0'\n      c.IdentityProvider.token = 'a3f9c2e4b7d1'\nruncmd:\n  - \"mkdir -p /srv/notes && cd /srv/notes && echo \\\"c.IdentityProvider.token = ''\\\" >> jupyter_server_config.py\"\n  - nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py twice in write_files (0.0.0.0 with a token, then a full rewrite: localhost, empty token)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-wf-rewrite",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = '0.0.0.0'\n      c.IdentityProvider.token = 'a3f9c2e4b7d1'\n  - path: /root/.jupyter/jupyter_server_config.py\n    append: false\n    content: |\n      c.ServerApp.ip = 'localhost'\n      c.IdentityProvider.token = ''\nruncmd:\n  - nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) appends a log line with write_files append: true to /etc/motd, and cds to /root/.jupyter only to list it",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-motd-append",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = 'localhost'\n      c.IdentityProvider.token = ''\n  - path: /etc/motd\n    append: true\n    content: |\n      Jupyter runs on localhost:8888 (ssh -L 8888:localhost:8888)\nruncmd:\n  - cd /root/.jupyter && ls -l\n  - nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
                KEY,
            ),
    },
    {
        name: "cross-account: a Spot instance request of account B launches the caller's stack template by name with its own harmless user data",
        stack: "cross-account",
        edit: r => {
            templateOfB(r, "caller-lt-spot-own", "lt-0abcd0205ef000206", HARMLESS);
            callerB(r, "aws:ec2/spotInstanceRequest:SpotInstanceRequest", "caller-spot-own-data", {
                launchTemplate: { name: "caller-lt-spot-own", version: "$Latest" },
                userData: "#!/bin/bash\ndnf -y install htop\n",
            });
        },
    },
    // Neighbours of the round-49 fixes that must stay clean: templates of one name in two accounts, each group
    // launching its own; copies, extractions and downloads into directories Jupyter does not read; a
    // JUPYTER_CONFIG_DIR whose configuration user data writes itself.
    {
        name: "cross-account: groups of accounts A and B each launch their own account's template `shared-twin` by name (harmless user data in both)",
        stack: "cross-account",
        edit: r => {
            templateOfA(r, "shared-twin", "lt-0a1a1a1a1a1a1a1a5");
            templateOfB(r, "shared-twin", "lt-0abcd0209ef000210", HARMLESS);
            groupOfB(r, "caller-asg-twin", { name: "shared-twin", version: "$Latest" });
            beside(
                r,
                "cross-account",
                "aws:autoscaling/group:Group",
                "partner-asg-twin",
                {
                    name: "partner-asg-twin",
                    minSize: 1,
                    maxSize: 2,
                    launchTemplate: { name: "shared-twin", version: "$Latest" },
                    vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
                },
                find(r, ROLE, "cross-account-access"),
            );
        },
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) copies a seed config into /srv/notes/, extracts an archive into /srv/notes and unzips lab assets into /root/.jupyter/lab-assets",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-copies-elsewhere",
                jupyterConfig(LOOPBACK_OPEN, [
                    "mkdir -p /srv/notes /root/.jupyter/lab-assets",
                    "cp -f /opt/seed/jupyter_server_config.py /srv/notes/",
                    "tar -xzf /opt/seed/notes.tgz -C /srv/notes",
                    "unzip -o /opt/seed/assets.zip -d /root/.jupyter/lab-assets",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) downloads with `cd /srv/notes && curl -fsSLO` and `wget -N -P /srv/notes`",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-downloads-elsewhere",
                jupyterConfig(LOOPBACK_OPEN, [
                    "mkdir -p /srv/notes && cd /srv/notes && curl -fsSLO https://raw.githubusercontent.com/example-org/dotfiles/main/jupyter_server_config.py",
                    "wget -N -P /srv/notes https://raw.githubusercontent.com/example-org/dotfiles/main/notes.ipynb",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance writes its Jupyter config (ip localhost, empty token) in /root/.jupyter and in /opt/jupyter-config, and runs jupyter lab with JUPYTER_CONFIG_DIR=/opt/jupyter-config",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-config-dir-written",
                jupyterConfig(LOOPBACK_OPEN, ["export JUPYTER_CONFIG_DIR=/opt/jupyter-config"]).replace(
                    "runcmd:\n",
                    `  - path: /opt/jupyter-config/jupyter_server_config.py\n    content: |\n${LOOPBACK_OPEN.map(l => `      ${l}\n`).join("")}runcmd:\n`,
                ),
                KEY,
            ),
    },
];

describeVariants("allowlist: red-team round 49 on the AWS level", insecure, secure);
