// Red-team round 50 on the AWS level (fresh eyes) on the committed stacks. Probed round 49's AWS changes: config
// files changed by copies, extractions and downloads INTO a directory (rootReads.ts copiedDestinations) in shapes
// beyond cp/tar -C/unzip -d/rsync/aws s3/curl/wget (tar into the working directory and with old-style bundled
// options, git clone with options or `git -C`, scp, s5cmd, cpio, 7z, Python's zipfile CLI, a symlinked config
// directory), Jupyter's {sys.prefix}/etc/jupyter of a venv or conda install, code-server's config directory replaced
// by a clone; launchers naming templates by name in their own account and Region with an explicit `region` argument,
// and in another Region (Spot instance request, EC2 Fleet). Secure shapes: the same copies, extractions and downloads
// into directories no server reads, links pointing AT a config, a venv Jupyter whose prefix user data does not fill.
// Misses are `skip` with a MISS comment.
import { describeVariants, find, Resources, StackCase } from "./support";
import { beside } from "./awsCaseBuilders";
import { CALLER_ROLE, groupOfB, HARMLESS, instanceOfB, templateOfB } from "./callerInstanceBuilders";

const ROLE = "aws:iam/role:Role";

/** Cloud-config writing root's Jupyter config (`config` lines), then running `runcmd` (one script: a cd carries on). */
const jupyterConfig = (config: string[], runcmd: string[], jupyter = "jupyter") =>
    `#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n${config.map(l => `      ${l}\n`).join("")}runcmd:\n${[...runcmd, `nohup ${jupyter} lab --allow-root > /var/log/jupyter.log 2>&1 &`].map(c => `  - ${JSON.stringify(c)}\n`).join("")}`;
/** Cloud-config writing code-server's config (password auth on every address), then `runcmd`, then code-server@root. */
const codeServerConfig = (runcmd: string[]) =>
    `#cloud-config\nwrite_files:\n  - path: /root/.config/code-server/config.yaml\n    content: |\n      bind-addr: 0.0.0.0:8080\n      auth: password\n      password: 7c1e9a4f2b8d6e03a5\n      cert: false\nruncmd:\n${["curl -fsSL https://code-server.dev/install.sh | sh", ...runcmd, "systemctl enable --now code-server@root"].map(c => `  - ${JSON.stringify(c)}\n`).join("")}`;
const LOOPBACK_OPEN = ["c.ServerApp.ip = 'localhost'", "c.IdentityProvider.token = ''"];
const KEY = { keyName: "ops-laptop" };
const REPO = "https://github.com/example-org/jupyter-config.git";
const callerB = (r: Resources, type: string, name: string, inputs: Record<string, unknown>) =>
    void beside(r, "cross-account", type, name, inputs, find(r, ROLE, CALLER_ROLE));

const insecure: StackCase[] = [
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `cd /root && tar -xzf` a dotfiles archive (holding .jupyter/) into the working directory",
        stack: "cross-account",
        refused: /caller-jupyter-tar-cwd/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-tar-cwd",
                jupyterConfig(LOOPBACK_OPEN, [
                    "aws s3 cp s3://team-seeds/dotfiles.tgz /opt/seed/dotfiles.tgz",
                    "cd /root && tar -xzf /opt/seed/dotfiles.tgz",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then extracts a seed archive with old-style bundled options `tar xzf ARCHIVE -C /root/.jupyter`",
        stack: "cross-account",
        refused: /caller-jupyter-tar-oldstyle/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-tar-oldstyle",
                jupyterConfig(LOOPBACK_OPEN, ["tar xzf /opt/seed/jupyter-config.tgz -C /root/.jupyter"]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 50): rootReads.ts copiedDestinations reads `git clone` as [clone, URL, DIR] from copierOperands' positional
    // words, but git clone's options take values (`--depth <depth>`, `-b/--branch <name>`, `-o`, `-c`, `--reference`,
    // `--separate-git-dir`, `-u`, `-j`): here `1` is taken as the URL and the URL as the directory, so /root/.jupyter
    // is never marked a changed tree and Jupyter is judged on the written (loopback, empty-token) config while the
    // cloned one (unread: e.g. ip 0.0.0.0, no token) gives anyone on the network a root shell and instance-role via
    // IMDS. Fix: parse git clone as its usage says, `git clone [<options>] [--] <repo> [<dir>]` (options with values
    // skipped), and git's global options before the subcommand. Doc: git-clone(1) (builtin/clone.c usage "git clone
    // [<options>] [--] <repo> [<dir>]"; --depth <depth>, --branch <name>).
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), moves it aside and `git clone --depth 1` a config repository as /root/.jupyter",
        stack: "cross-account",
        refused: /caller-jupyter-clone-depth/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-clone-depth",
                jupyterConfig(LOOPBACK_OPEN, [
                    "mv /root/.jupyter /root/.jupyter.orig",
                    `git clone --depth 1 ${REPO} /root/.jupyter`,
                ]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 50): the same gap with `-b main` (the branch name is read as the URL, the URL as the directory). Fix and doc as
    // above (git-clone(1): -b <name>, --branch <name>).
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), moves it aside and `git clone -b main` a config repository as /root/.jupyter",
        stack: "cross-account",
        refused: /caller-jupyter-clone-branch/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-clone-branch",
                jupyterConfig(LOOPBACK_OPEN, [
                    "mv /root/.jupyter /root/.jupyter.orig",
                    `git clone -b main ${REPO} /root/.jupyter`,
                ]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 50): `git -C <path>` runs git as if started in <path> (git(1): "Run as if git was started in <path> instead of
    // the current working directory"), so the clone lands in /root/.jupyter; copiedDestinations takes `/root` for the
    // subcommand (not `clone`: nothing marked) and the word rule resolves `.jupyter` against the script's cwd (/).
    // Same gain as above. Fix: read git's global options (-C <path> changes the directory relative words resolve
    // against; -c, --git-dir, --work-tree take values) before the subcommand. Doc: git(1) OPTIONS "-C <path>".
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), moves it aside and `git -C /root clone URL .jupyter`",
        stack: "cross-account",
        refused: /caller-jupyter-git-c/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-git-c",
                jupyterConfig(LOOPBACK_OPEN, [
                    "mv /root/.jupyter /root/.jupyter.orig",
                    `git -C /root clone ${REPO} .jupyter`,
                ]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 50): scp is not in rootReads.ts COPIERS, so a download into a directory marks only the word `/root/.jupyter/`
    // changed, not /root/.jupyter/jupyter_server_config.py it writes (scp(1): "scp copies files between hosts on a
    // network"; the target may be a directory, the file keeping its name), and the loopback config stays "read". Who
    // gains: whatever the bastion's copy sets (ip 0.0.0.0, no token) opens a root shell with instance-role. Fix: scp
    // (and sftp -b / `get`) as copiers: remote sources `[user@]host:path`, the last operand the local destination
    // (DIR/basename(source) for a directory, a tree with -r). Doc: OpenSSH scp(1) SYNOPSIS and DESCRIPTION.
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `scp`s a config from a bastion into /root/.jupyter/",
        stack: "cross-account",
        refused: /caller-jupyter-scp-dir/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-scp-dir",
                jupyterConfig(LOOPBACK_OPEN, [
                    "scp -o StrictHostKeyChecking=accept-new -i /root/.ssh/seed_key seed@bastion.internal.example.com:/srv/seed/jupyter_server_config.py /root/.jupyter/",
                ]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 50): s5cmd (the S3 copier AWS's own blogs and the Deep Learning AMIs use) is not a copier: `s5cmd cp
    // 's3://bucket/prefix/*' DIR/` downloads every matching object into DIR (s5cmd README: "s5cmd cp
    // 's3://bucket/logs/2020/03/*' ."), but only the word /root/.jupyter is marked changed. Fix: a copier whose
    // unknown-named downloads make DIR a changed tree (s5cmd cp/sync, rclone copy/sync, s3cmd get/sync), or more
    // generally: any unknown command naming a config DIRECTORY marks that directory's tree changed. Doc: peak/s5cmd
    // README ("Download multiple S3 objects").
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `s5cmd cp` a bucket prefix's objects into /root/.jupyter/",
        stack: "cross-account",
        refused: /caller-jupyter-s5cmd/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-s5cmd",
                jupyterConfig(LOOPBACK_OPEN, ["s5cmd cp 's3://team-seeds/jupyter/*' /root/.jupyter/"]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 50): cpio's copy-in mode extracts the archive read from standard input into the current directory tree (GNU
    // cpio manual, "Copy-in mode": "cpio copies files from an archive into the filesystem"; -u overwrites
    // unconditionally, -D dir changes directory), here /root/.jupyter, replacing the config; cpio is not a copier and
    // names no path word, so nothing is marked changed. Fix: extractors into the working directory (cpio -i, or -D
    // DIR; bsdtar/pax -r likewise) mark that directory's tree changed. Doc: GNU cpio manual 3.2 "Copy-in mode".
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then extracts a cpio archive in /root/.jupyter (`cd /root/.jupyter && cpio -idmu < ARCHIVE`)",
        stack: "cross-account",
        refused: /caller-jupyter-cpio/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-cpio",
                jupyterConfig(LOOPBACK_OPEN, ["cd /root/.jupyter && cpio -idmu < /opt/seed/jupyter-config.cpio"]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 50): 7-Zip's `x` extracts with full paths into the directory glued to -o (7-Zip manual, "-o (set Output
    // directory) switch": "Specifies a destination directory where files are to be extracted", syntax -o{dir_path};
    // -y answers yes to overwriting); the word rule marks only `/root/.jupyter` itself, not the files under it.
    // Fix: 7z/7za/7zz e|x as an extractor: -o's directory (else cwd) a changed tree. Doc: 7-Zip command line manual,
    // switches/output_dir.htm and commands/extract_full.htm.
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `7z x -y -o/root/.jupyter` a seed archive",
        stack: "cross-account",
        refused: /caller-jupyter-7z/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-7z",
                jupyterConfig(LOOPBACK_OPEN, ["7z x -y -o/root/.jupyter /opt/seed/jupyter-config.7z"]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 50): Python's zipfile command-line interface `-e <zipfile> <output_dir>` extracts into output_dir (CPython
    // Lib/zipfile: argparse "-e/--extract ... Extract zipfile into target dir"; the usual unzip on images without the
    // unzip package, e.g. Amazon Linux minimal); only the directory word is marked changed. Fix: `python -m zipfile -e`
    // and `python -m tarfile -e` as extractors (their output_dir, else cwd, a changed tree). Doc: Python docs,
    // zipfile "Command-Line Interface" (-e / --extract).
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then extracts a seed zip into /root/.jupyter with `python3 -m zipfile -e`",
        stack: "cross-account",
        refused: /caller-jupyter-pyzip/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-pyzip",
                jupyterConfig(LOOPBACK_OPEN, ["python3 -m zipfile -e /opt/seed/jupyter-config.zip /root/.jupyter/"]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 50): `rm -rf DIR` removes the written config (the word rule marks only the path DIR, not files under it) and
    // `ln -s TARGET DIR` (DIR now absent) makes DIR a link to TARGET, so Jupyter reads the synced, unread
    // /opt/team/jupyter/jupyter_server_config.py through /root/.jupyter; copiedDestinations gives ln only DIR and
    // DIR/basename(TARGET) as files, and the loopback config is still judged. Fix: `rm -r` marks its operands' trees
    // changed (files gone = unknown), and `ln -s TARGET LINK` marks LINK a changed tree (its content is TARGET's).
    // Doc: GNU coreutils "ln invocation" (ln TARGET LINK_NAME creates LINK_NAME; a symlink to a directory is
    // followed in path lookup) and "rm invocation" (-r removes directories and their contents recursively).
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then replaces /root/.jupyter by a symlink to a directory synced from a bucket",
        stack: "cross-account",
        refused: /caller-jupyter-symlink-dir/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-symlink-dir",
                jupyterConfig(LOOPBACK_OPEN, [
                    "aws s3 sync s3://team-seeds/jupyter/ /opt/team/jupyter/",
                    "rm -rf /root/.jupyter && ln -s /opt/team/jupyter /root/.jupyter",
                ]),
                KEY,
            ),
    },
    // Was a MISS (fixed in round 50): Jupyter's config search path includes {sys.prefix}/etc/jupyter/ of the Python running it (Jupyter docs,
    // "Common Directories and File Locations": JUPYTER_CONFIG_DIR, {sys.prefix}/etc/jupyter/, /usr/local/etc/jupyter/,
    // /etc/jupyter/; `jupyter --paths` lists e.g. .../miniconda3/envs/jupyter/etc/jupyter), so a venv at /opt/jupyter
    // reads /opt/jupyter/etc/jupyter/jupyter_server_config.py, here synced from a bucket (unread: ip 0.0.0.0, empty
    // token → a root shell with instance-role). userData.ts JUPYTER_CONFIG_DIRS fixes the prefixes (/usr/local, /,
    // /usr) and the synced tree is never consulted (a WRITTEN config there is judged alone by jupyterConfigElsewhere,
    // see the conda case below). Fix: add the prefix of the jupyter executable run (PREFIX/bin/jupyter, PREFIX/bin/
    // python -m ...) to the directories, and treat a changed tree under it as an unread config. Doc: as above.
    {
        name: "cross-account: the caller's instance installs Jupyter in a venv (/opt/jupyter), syncs a bucket prefix into the venv's etc/jupyter ({sys.prefix}/etc/jupyter) and runs /opt/jupyter/bin/jupyter lab",
        stack: "cross-account",
        refused: /caller-jupyter-venv-prefix/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-venv-prefix",
                "#cloud-config\nruncmd:\n  - python3 -m venv /opt/jupyter\n  - /opt/jupyter/bin/pip install jupyterlab\n  - aws s3 sync s3://team-seeds/jupyter/ /opt/jupyter/etc/jupyter/\n  - nohup /opt/jupyter/bin/jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance installs Miniconda in /opt/conda, writes /opt/conda/etc/jupyter/jupyter_server_config.py with an empty token on 0.0.0.0 and runs /opt/conda/bin/jupyter lab",
        stack: "cross-account",
        refused: /caller-jupyter-conda-prefix/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-conda-prefix",
                "#cloud-config\nwrite_files:\n  - path: /opt/conda/etc/jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = '0.0.0.0'\n      c.IdentityProvider.token = ''\nruncmd:\n  - curl -fsSL -o /tmp/miniconda.sh https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh\n  - bash /tmp/miniconda.sh -b -u -p /opt/conda\n  - /opt/conda/bin/conda install -y -c conda-forge jupyterlab\n  - nohup /opt/conda/bin/jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
            ),
    },
    // Was a MISS (fixed in round 50): the git clone option gap (above) for code-server: the cloned config.yaml (unread: e.g. `auth: none` on
    // 0.0.0.0:8080) replaces the written password config, which is still judged, so VS Code's root terminal with
    // instance-role may be open to the network. Fix and doc as for `git clone --depth 1` above; code-server reads
    // ~/.config/code-server/config.yaml (code-server docs, FAQ "How does the config file work?").
    {
        name: "cross-account: the caller's instance writes code-server's config.yaml (password auth on 0.0.0.0), then replaces ~/.config/code-server with `git clone --depth 1` of a config repository",
        stack: "cross-account",
        refused: /caller-code-server-clone/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-clone",
                codeServerConfig([
                    "rm -rf /root/.config/code-server",
                    "git clone --depth 1 https://github.com/example-org/code-server-config.git /root/.config/code-server",
                ]),
            ),
    },
    {
        name: "cross-account: a Spot instance request of account B in eu-west-1 (its own region argument) launches template `caller-lt-spot-region` by name, the stack's template of that name being in us-east-1",
        stack: "cross-account",
        refused: /caller-spot-other-region/,
        edit: r => {
            templateOfB(r, "caller-lt-spot-region", "lt-0abcd0301ef000302", HARMLESS);
            callerB(r, "aws:ec2/spotInstanceRequest:SpotInstanceRequest", "caller-spot-other-region", {
                region: "eu-west-1",
                launchTemplate: { name: "caller-lt-spot-region", version: "$Latest" },
            });
        },
    },
    {
        name: "cross-account: an EC2 Fleet of account B in eu-west-1 (its own region argument) launches template `caller-lt-fleet-region` by name, the stack's template of that name being in us-east-1",
        stack: "cross-account",
        refused: /caller-fleet-other-region/,
        edit: r => {
            templateOfB(r, "caller-lt-fleet-region", "lt-0abcd0303ef000304", HARMLESS);
            callerB(r, "aws:ec2/fleet:Fleet", "caller-fleet-other-region", {
                region: "eu-west-1",
                type: "maintain",
                launchTemplateConfigs: [
                    {
                        launchTemplateSpecification: {
                            launchTemplateName: "caller-lt-fleet-region",
                            version: "$Latest",
                        },
                    },
                ],
                targetCapacitySpecification: { defaultTargetCapacityType: "spot", totalTargetCapacity: 1 },
            });
        },
    },
    // DECIDED (round 69): refused. The config is written before `curl -fsSL https://code-server.dev/install.sh | sh`, a
    // downloaded program the pack cannot read, run as root: it may rewrite that config (round 68: a program made at boot
    // leaves every file the script wrote unknown, rootReads.ts unreadableRun), so code-server may run without
    // authentication. Write the config after the installer (a runcmd here-document after it) and the case is accepted.
    {
        name: "cross-account: the caller's instance writes code-server's config.yaml (password auth on 0.0.0.0) and clones its projects with `git clone --depth 1` into /srv/projects",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-projects",
                codeServerConfig(["git clone --depth 1 https://github.com/example-org/projects.git /srv/projects"]),
            ),
        refused: /caller-code-server-projects/,
    },
    // DECIDED (round 69): refused. The config is written before `curl -fsSL https://code-server.dev/install.sh | sh`, a
    // downloaded program the pack cannot read, run as root: it may rewrite that config (round 68: a program made at boot
    // leaves every file the script wrote unknown, rootReads.ts unreadableRun), so code-server may run without
    // authentication. Write the config after the installer (a runcmd here-document after it) and the case is accepted.
    {
        name: "cross-account: the caller's instance writes code-server's config.yaml (password auth on 0.0.0.0) and clones settings into /root/.config/code-server-settings (a sibling directory)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-sibling",
                codeServerConfig([
                    "git clone --depth 1 https://github.com/example-org/settings.git /root/.config/code-server-settings",
                ]),
            ),
        refused: /caller-code-server-sibling/,
    },
];

// Neighbours of the round-49 copy-destination fix that it does catch: long-option tar, a download piped into tar -C.
insecure.push(
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `tar --extract --gzip --file=ARCHIVE --directory /root/.jupyter`",
        stack: "cross-account",
        refused: /caller-jupyter-tar-long/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-tar-long",
                jupyterConfig(LOOPBACK_OPEN, [
                    "tar --extract --gzip --file=/opt/seed/jupyter-config.tgz --directory /root/.jupyter",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `curl -fsSL URL | tar -xz -C /root/.jupyter`",
        stack: "cross-account",
        refused: /caller-jupyter-curl-tar/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-curl-tar",
                jupyterConfig(LOOPBACK_OPEN, [
                    "curl -fsSL https://github.com/example-org/jupyter-config/archive/refs/heads/main.tar.gz | tar -xz --strip-components=1 -C /root/.jupyter",
                ]),
                KEY,
            ),
    },
);

// Neighbours of the round-50 fix (any command but a pure reader naming a configuration directory, an ancestor of it,
// or run inside it replaces its tree; a Jupyter executable's prefix adds X/etc/jupyter): other tools, relative words
// after a cd, an ancestor of a venv synced, a conda env's prefix.
insecure.push(
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `cd /root && s5cmd cp 's3://…/*' .jupyter/` (a relative directory word)",
        stack: "cross-account",
        refused: /caller-jupyter-s5cmd-relative/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-s5cmd-relative",
                jupyterConfig(LOOPBACK_OPEN, ["cd /root && s5cmd cp 's3://team-seeds/jupyter/*' .jupyter/"]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), moves it aside, then `cd /root && git clone --depth 1 URL/.jupyter.git` (the directory git clone names after the repository)",
        stack: "cross-account",
        refused: /caller-jupyter-clone-default-dir/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-clone-default-dir",
                jupyterConfig(LOOPBACK_OPEN, [
                    "mv /root/.jupyter /root/.jupyter.orig",
                    "cd /root && git clone --depth 1 https://github.com/example-org/.jupyter.git",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `cd /root/.jupyter && git pull` (a command run inside the directory)",
        stack: "cross-account",
        refused: /caller-jupyter-git-pull-cwd/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-git-pull-cwd",
                jupyterConfig(LOOPBACK_OPEN, ["cd /root/.jupyter && git pull --ff-only"]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then `rclone copy` a remote into /root (an ancestor of the directory)",
        stack: "cross-account",
        refused: /caller-jupyter-rclone-home/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-rclone-home",
                jupyterConfig(LOOPBACK_OPEN, ["rclone copy seeds:dotfiles /root"]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance syncs a whole venv from a bucket into /opt/jupyter and runs /opt/jupyter/bin/python3 -m jupyterlab (its etc/jupyter unread)",
        stack: "cross-account",
        refused: /caller-jupyter-venv-synced/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-venv-synced",
                "#cloud-config\nruncmd:\n  - aws s3 sync s3://team-seeds/venv/ /opt/jupyter/\n  - nohup /opt/jupyter/bin/python3 -m jupyterlab --allow-root > /var/log/jupyter.log 2>&1 &\n",
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance copies a config into a conda env's etc/jupyter (/opt/conda/envs/jl) and runs /opt/conda/envs/jl/bin/jupyter-lab",
        stack: "cross-account",
        refused: /caller-jupyter-conda-env-copied/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-conda-env-copied",
                "#cloud-config\nruncmd:\n  - /opt/conda/bin/conda create -y -n jl -c conda-forge jupyterlab\n  - aws s3 cp s3://team-seeds/jupyter/jupyter_server_config.json /opt/conda/envs/jl/etc/jupyter/\n  - nohup /opt/conda/envs/jl/bin/jupyter-lab --allow-root > /var/log/jupyter.log 2>&1 &\n",
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance writes code-server's config.yaml (password auth on 0.0.0.0), then `cd /root/.config && rm -rf code-server && git clone URL code-server`",
        stack: "cross-account",
        refused: /caller-code-server-clone-relative/,
        edit: r =>
            void instanceOfB(
                r,
                "caller-code-server-clone-relative",
                codeServerConfig([
                    "cd /root/.config && rm -rf code-server && git clone https://github.com/example-org/code-server-config.git code-server",
                ]),
            ),
    },
);

const secure: StackCase[] = [
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) extracts a notebooks archive in its working directory after `cd /srv/notes`",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-tar-cwd-elsewhere",
                jupyterConfig(LOOPBACK_OPEN, [
                    "mkdir -p /srv/notes && cd /srv/notes && tar -xzf /opt/seed/notebooks.tgz",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) clones notebooks with `git clone --depth 1 -b main URL /srv/notebooks` and `git -C /srv clone URL examples`",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-clone-elsewhere",
                jupyterConfig(LOOPBACK_OPEN, [
                    "git clone --depth 1 -b main https://github.com/example-org/notebooks.git /srv/notebooks",
                    "git -C /srv clone https://github.com/example-org/examples.git examples",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) `scp`s a notebook from a bastion into /srv/notes/",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-scp-elsewhere",
                jupyterConfig(LOOPBACK_OPEN, [
                    "mkdir -p /srv/notes",
                    "scp -o StrictHostKeyChecking=accept-new -i /root/.ssh/seed_key seed@bastion.internal.example.com:/srv/seed/analysis.ipynb /srv/notes/",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) `s5cmd cp`s notebooks into /srv/notes/",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-s5cmd-elsewhere",
                jupyterConfig(LOOPBACK_OPEN, ["s5cmd cp 's3://team-seeds/notebooks/*' /srv/notes/"]),
                KEY,
            ),
    },
    // DECIDED (round 53): GNU cpio's copy-in keeps absolute member names by default (GNU cpio manual, "Copy-in mode":
    // --absolute-filenames "This is the default"; -D only changes directory): an archive the pack cannot read may
    // write anywhere (round 53's insecure `cpio -idmu -D /srv/notes`); the secure form adds --no-absolute-filenames.
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) extracts archives into /srv/notes with cpio, 7z and `python3 -m zipfile -e`",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-extract-elsewhere",
                jupyterConfig(LOOPBACK_OPEN, [
                    "mkdir -p /srv/notes",
                    "cd /srv/notes && cpio -idmu --no-absolute-filenames < /opt/seed/notes.cpio",
                    "7z x -y -o/srv/notes /opt/seed/notes.7z",
                    "python3 -m zipfile -e /opt/seed/notes.zip /srv/notes/",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) makes Jupyter's runtime and lab-settings directories under /root/.jupyter with `install -d` and `mkdir -p`",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-mkdirs",
                jupyterConfig(LOOPBACK_OPEN, [
                    "install -d -m 0700 /root/.jupyter/runtime",
                    "mkdir -p /root/.jupyter/lab/user-settings",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) runs Jupyter from a venv /opt/jupyter whose etc/jupyter user data does not fill",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-venv-clean",
                jupyterConfig(
                    LOOPBACK_OPEN,
                    ["python3 -m venv /opt/jupyter", "/opt/jupyter/bin/pip install jupyterlab"],
                    "/opt/jupyter/bin/jupyter",
                ),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) backs up its config inside /root/.jupyter, lists it from there in a subshell, and clones a repository next to it (/root/.jupyter-extras)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-backup-inside",
                jupyterConfig(LOOPBACK_OPEN, [
                    "cp /root/.jupyter/jupyter_server_config.py /root/.jupyter/jupyter_server_config.py.orig",
                    "(cd /root/.jupyter && ls -la)",
                    "git clone --depth 1 https://github.com/example-org/extras.git /root/.jupyter-extras",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) `cd /root && git clone --depth 1 -b main URL` of a notebooks repository (cloned as /root/notebooks)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-clone-home-default",
                jupyterConfig(LOOPBACK_OPEN, [
                    "cd /root && git clone --depth 1 -b main https://github.com/example-org/notebooks.git",
                ]),
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) runs /opt/jupyter/bin/python3 -m jupyterlab from a venv, syncing notebooks into the venv's share/notebooks (not etc/jupyter)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "caller-jupyter-venv-notebooks",
                jupyterConfig(
                    LOOPBACK_OPEN,
                    [
                        "python3 -m venv /opt/jupyter",
                        "/opt/jupyter/bin/pip install jupyterlab",
                        "aws s3 sync s3://team-seeds/notebooks/ /opt/jupyter/share/notebooks/",
                    ],
                    "/opt/jupyter/bin/python3 -m jupyterlab",
                ),
                KEY,
            ),
    },
    {
        name: "cross-account: an Auto Scaling group of account B with its own region argument us-east-1 (its provider's Region) launches the caller's stack template by name",
        stack: "cross-account",
        edit: r => {
            templateOfB(r, "caller-lt-same-region-arg", "lt-0abcd0305ef000306", HARMLESS);
            callerB(r, "aws:autoscaling/group:Group", "caller-asg-region-arg", {
                name: "caller-asg-region-arg",
                region: "us-east-1",
                minSize: 1,
                maxSize: 2,
                launchTemplate: { name: "caller-lt-same-region-arg", version: "$Latest" },
                vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
            });
        },
    },
    {
        name: "cross-account: an EC2 Fleet of account B launches the caller's stack template by launchTemplateName (its own account and Region)",
        stack: "cross-account",
        edit: r => {
            templateOfB(r, "caller-lt-fleet-own", "lt-0abcd0307ef000308", HARMLESS);
            callerB(r, "aws:ec2/fleet:Fleet", "caller-fleet-own", {
                type: "maintain",
                launchTemplateConfigs: [
                    { launchTemplateSpecification: { launchTemplateName: "caller-lt-fleet-own", version: "$Latest" } },
                ],
                targetCapacitySpecification: { defaultTargetCapacityType: "spot", totalTargetCapacity: 1 },
            });
        },
    },
    {
        name: "cross-account: an Auto Scaling group of account B overrides one instance type with another stack template of its own account, named by name",
        stack: "cross-account",
        edit: r => {
            templateOfB(r, "caller-lt-mixed-base", "lt-0abcd0309ef000310", HARMLESS);
            templateOfB(r, "caller-lt-mixed-arm", "lt-0abcd0311ef000312", HARMLESS);
            callerB(r, "aws:autoscaling/group:Group", "caller-asg-mixed-own", {
                name: "caller-asg-mixed-own",
                minSize: 1,
                maxSize: 2,
                vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
                mixedInstancesPolicy: {
                    launchTemplate: {
                        launchTemplateSpecification: { launchTemplateName: "caller-lt-mixed-base", version: "$Latest" },
                        overrides: [
                            { instanceType: "t3.micro" },
                            {
                                instanceType: "t4g.micro",
                                launchTemplateSpecification: {
                                    launchTemplateName: "caller-lt-mixed-arm",
                                    version: "$Latest",
                                },
                            },
                        ],
                    },
                },
            });
        },
    },
    {
        name: "cross-account: a group of account B launching its own template by name is unaffected by a same-named harmless template in eu-west-1 (another Region of the same account)",
        stack: "cross-account",
        edit: r => {
            templateOfB(r, "caller-lt-two-regions", "lt-0abcd0313ef000314", HARMLESS);
            templateOfB(r, "caller-lt-two-regions", "lt-0abcd0315ef000316", HARMLESS, { region: "eu-west-1" });
            groupOfB(r, "caller-asg-two-regions", { name: "caller-lt-two-regions", version: "$Latest" });
        },
    },
];

describeVariants("allowlist: red-team round 50 on the AWS level", insecure, secure);
