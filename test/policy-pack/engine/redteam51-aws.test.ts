// Red-team round 51 on the AWS level (fresh eyes) on the committed stacks. Probed round 50's viewing rule
// (userData.ts viewingJudge: a command that is not a pure reader marks the tree of every path it names, and of its
// working directory, as changed) on the caller's instance of account B (instance-role, seed 003): commands that write
// a config tree relative to the script's starting directory `/` (cpio copy-in, rpm2cpio | cpio, 7z x, bsdtar -x,
// patch -p0, git apply — the working-directory rule skips `/`), a `cd` to a value the pack cannot compute, directory
// changes through pushd, `~`, `sh -c`, busybox applets, unsquashfs -d /; secure neighbours: the same commands in
// directories no server reads, and commands run from root's home that write nothing there (dnf, systemctl).
// Misses are `skip` with a MISS comment.
import { describeVariants, Resources, StackCase } from "./support";
import { instanceOfB } from "./callerInstanceBuilders";

/** Cloud-config writing root's Jupyter config (`config` lines), then running `runcmd` (one script: a cd carries on). */
const jupyterConfig = (config: string[], runcmd: string[], jupyter = "jupyter") =>
    `#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n${config.map(l => `      ${l}\n`).join("")}runcmd:\n${[...runcmd, `nohup ${jupyter} lab --allow-root > /var/log/jupyter.log 2>&1 &`].map(c => `  - ${JSON.stringify(c)}\n`).join("")}`;
const LOOPBACK_OPEN = ["c.ServerApp.ip = 'localhost'", "c.IdentityProvider.token = ''"];
const KEY = { keyName: "ops-laptop" };
/** The caller's instance: root's Jupyter config written (ip localhost, empty token), then `runcmd`, then jupyter lab. */
const loopbackJupyter = (name: string, runcmd: string[]) => (r: Resources) =>
    void instanceOfB(r, name, jupyterConfig(LOOPBACK_OPEN, runcmd), KEY);
const WRITTEN = "the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then";

const insecure: StackCase[] = [
    // Was a MISS (fixed in round 51): cpio's copy-in mode writes "into the current directory tree" (GNU cpio manual 3.2 "Copy-in mode"; -u
    // overwrites unconditionally), and cloud-init's runcmd script starts in `/`, so an overlay archive holding
    // root/.jupyter/jupyter_server_config.py replaces the written config. viewingJudge marks a command's working
    // directory only when it is not `/`, and cpio names no path, so the loopback/empty-token config is still judged as
    // read; the archive's (e.g. ip 0.0.0.0) gives whoever reaches the instance a root Jupyter terminal and
    // instance-role's credentials through IMDS. Fix: extractors that write relative to the working directory (cpio
    // -i, 7z x/e without -o, bsdtar -x, patch, git apply; as tar and unzip already are in copiedDestinations) mark
    // the working directory's tree changed even when it is `/`. Doc: GNU cpio manual, "Copy-in mode".
    {
        name: `cross-account: ${WRITTEN} extracts an overlay with \`cpio -idmu < ARCHIVE\` from the script's starting directory /`,
        stack: "cross-account",
        refused: /rt51-cpio-root/,
        edit: loopbackJupyter("rt51-cpio-root", ["cpio -idmu < /opt/seed/overlay.cpio"]),
    },
    // Was a MISS (fixed in round 51): the classic "install an RPM's files without rpm" idiom: rpm2cpio PKG | cpio -idmv in `/` lays the package
    // payload (paths ./etc/..., ./root/...) over the filesystem; a site-config RPM carrying root/.jupyter's config
    // replaces the written one unseen (same gain as above). Fix as above (cpio -i in `/`). Doc: GNU cpio manual,
    // "Copy-in mode" ("Extracted files are ... copied into the current directory tree", cpio(1)).
    {
        name: `cross-account: ${WRITTEN} lays a site-config RPM over / with \`rpm2cpio PKG | cpio -idmv\``,
        stack: "cross-account",
        refused: /rt51-rpm2cpio/,
        edit: loopbackJupyter("rt51-rpm2cpio", ["rpm2cpio /opt/seed/jupyter-site-config.rpm | cpio -idmv"]),
    },
    // Was a MISS (fixed in round 51): 7-Zip's `x` "Extracts files from an archive with their full paths in the current directory, or in an
    // output directory if specified" (7-Zip manual, commands/extract_full.htm); with no -o in `/` the archive's
    // root/.jupyter/... replaces the config, and round 50's 7z fix covers only -oDIR. Fix: 7z/7za/7zz x|e without -o
    // mark the working directory's tree (also `/`). Doc: 7-Zip command line manual, extract_full.htm.
    {
        name: `cross-account: ${WRITTEN} \`7z x -y ARCHIVE\` from / (no -o: extracted into the working directory)`,
        stack: "cross-account",
        refused: /rt51-7z-root/,
        edit: loopbackJupyter("rt51-7z-root", ["7z x -y /opt/seed/overlay.7z"]),
    },
    // Was a MISS (fixed in round 51): patch "looks for each file (after any slashes have been stripped) in the current directory" (GNU diffutils
    // manual 10.7 "Applying Patches in Other Directories"; -p0 keeps the whole name), so a diff whose header names
    // root/.jupyter/jupyter_server_config.py, applied from `/`, rewrites the config (e.g. ip '0.0.0.0'); patch names
    // only the diff, the working directory `/` is skipped, the config stays "read". Fix: patch (without -d/-o) marks
    // its working directory's tree changed, `/` included. Doc: GNU diffutils manual, "patch Directories".
    {
        name: `cross-account: ${WRITTEN} applies a site diff with \`patch -p0 < DIFF\` from /`,
        stack: "cross-account",
        refused: /rt51-patch-root/,
        edit: loopbackJupyter("rt51-patch-root", ["patch -p0 < /opt/seed/jupyter-listen.diff"]),
    },
    // Was a MISS (fixed in round 51): libarchive's bsdtar (Amazon Linux/Fedora's `bsdtar` package) is tar: `-x` "Extract to disk from the
    // archive" into the working directory (bsdtar(1); -C only when given), here `/`; copiedDestinations reads GNU tar
    // by name only, so bsdtar's extraction marks nothing. Fix: bsdtar (and `busybox tar`) read as tar. Doc:
    // libarchive bsdtar(1) DESCRIPTION (-x) and -C.
    {
        name: `cross-account: ${WRITTEN} extracts an overlay tarball with libarchive's \`bsdtar -xf ARCHIVE\` from /`,
        stack: "cross-account",
        refused: /rt51-bsdtar/,
        edit: loopbackJupyter("rt51-bsdtar", ["bsdtar -xf /opt/seed/overlay.tar"]),
    },
    // Was a MISS (fixed in round 51): git apply with no --index/--cached "applies the patch only to files, and does not require them to be in a
    // Git repository" (git-apply(1) DESCRIPTION), paths relative to the working directory `/`: a patch to
    // root/.jupyter/jupyter_server_config.py rewrites the config unseen (git is parsed only for clone). Fix: git apply
    // (and git checkout/reset/pull/stash/am in a work tree) marks the working directory's (-C's, --directory's) tree.
    // Doc: git-apply(1).
    {
        name: `cross-account: ${WRITTEN} \`git apply PATCH\` from / (paths in the patch relative to the working directory)`,
        stack: "cross-account",
        refused: /rt51-git-apply/,
        edit: loopbackJupyter("rt51-git-apply", ["git apply /opt/seed/jupyter-listen.patch"]),
    },
    // Was a MISS (fixed in round 51): after `cd "$HOME"` the working directory is a value the pack does not compute (cloud-init's runcmd runs
    // under cloud-final.service, where systemd sets HOME only for units with User= (systemd.exec(5) "Environment
    // variables ... $HOME ... set for the units which have User= set"); unset → `cd ""` stays in `/`, else /root):
    // either way cpio extracts dotfiles over /root/.jupyter, but an unknown cwd marks nothing. Fix: a command run in a
    // working directory the pack cannot compute marks every tree changed (fail closed, as an unknown config path
    // already is). Doc: systemd.exec(5) Environment; GNU cpio "Copy-in mode".
    {
        name: `cross-account: ${WRITTEN} \`cd "$HOME" && cpio -idmu < DOTFILES\` (a working directory the pack cannot compute)`,
        stack: "cross-account",
        refused: /rt51-cd-home/,
        edit: loopbackJupyter("rt51-cd-home", ['cd "$HOME" && cpio -idmu < /opt/seed/dotfiles.cpio']),
    },
    {
        name: `cross-account: ${WRITTEN} \`pushd /root/.jupyter && cpio -idmu < ARCHIVE && popd\``,
        stack: "cross-account",
        refused: /rt51-pushd/,
        edit: loopbackJupyter("rt51-pushd", [
            "pushd /root/.jupyter && cpio -idmu < /opt/seed/jupyter-config.cpio && popd",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd ~/.jupyter && cpio -idmu < ARCHIVE\``,
        stack: "cross-account",
        refused: /rt51-cd-tilde/,
        edit: loopbackJupyter("rt51-cd-tilde", ["cd ~/.jupyter && cpio -idmu < /opt/seed/jupyter-config.cpio"]),
    },
    {
        name: `cross-account: ${WRITTEN} downloads over it with \`curl -o ~/.jupyter/jupyter_server_config.py URL\``,
        stack: "cross-account",
        refused: /rt51-curl-tilde/,
        edit: loopbackJupyter("rt51-curl-tilde", [
            "curl -fsSL -o ~/.jupyter/jupyter_server_config.py https://seed.example.com/jupyter_server_config.py",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /root && busybox cpio -idmu < DOTFILES\` (a busybox applet)`,
        stack: "cross-account",
        refused: /rt51-bb-cpio/,
        edit: loopbackJupyter("rt51-bb-cpio", ["cd /root && busybox cpio -idmu < /opt/seed/dotfiles.cpio"]),
    },
    {
        name: `cross-account: ${WRITTEN} unpacks an overlay over the root filesystem with \`unsquashfs -f -d / IMAGE\``,
        stack: "cross-account",
        refused: /rt51-unsquash/,
        edit: loopbackJupyter("rt51-unsquash", ["unsquashfs -f -d / /opt/seed/overlay.squashfs"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`sh -c 'cd /root/.jupyter && cpio -idmu < ARCHIVE'\``,
        stack: "cross-account",
        refused: /rt51-sh-c/,
        edit: loopbackJupyter("rt51-sh-c", ["sh -c 'cd /root/.jupyter && cpio -idmu < /opt/seed/jupyter-config.cpio'"]),
    },
    // Neighbours of round 51's fixes (unpackers writing into their working directory, `/` included; an unknown working
    // directory; programs that keep their working directory only for themselves).
    {
        name: `cross-account: ${WRITTEN} extracts dotfiles into root's home with \`cpio -idmu -D /root < DOTFILES\` from /`,
        stack: "cross-account",
        refused: /rt51-n-cpio-d/,
        edit: loopbackJupyter("rt51-n-cpio-d", ["cpio -idmu -D /root < /opt/seed/dotfiles.cpio"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`7za x ARCHIVE\` from / (7-Zip's standalone build, no -o)`,
        stack: "cross-account",
        refused: /rt51-n-7za/,
        edit: loopbackJupyter("rt51-n-7za", ["7za x /opt/seed/overlay.7z"]),
    },
    {
        name: `cross-account: ${WRITTEN} applies a diff to root's home with \`patch -d /root -p1 < DIFF\``,
        stack: "cross-account",
        refused: /rt51-n-patch-d/,
        edit: loopbackJupyter("rt51-n-patch-d", ["patch -d /root -p1 < /opt/seed/jupyter-listen.diff"]),
    },
    {
        name: `cross-account: ${WRITTEN} extracts an overlay with \`busybox tar -xf ARCHIVE\` from /`,
        stack: "cross-account",
        refused: /rt51-n-bbtar/,
        edit: loopbackJupyter("rt51-n-bbtar", ["busybox tar -xf /opt/seed/overlay.tar"]),
    },
    {
        name: `cross-account: ${WRITTEN} checks out a config repository kept at / (\`git checkout -f site-config\`)`,
        stack: "cross-account",
        refused: /rt51-n-gitco/,
        edit: loopbackJupyter("rt51-n-gitco", ["git checkout -f site-config"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd "$HOME" && python3 /opt/seed/restore_dotfiles.py\` (any program in a working directory the pack cannot compute)`,
        stack: "cross-account",
        refused: /rt51-n-home-py/,
        edit: loopbackJupyter("rt51-n-home-py", ['cd "$HOME" && python3 /opt/seed/restore_dotfiles.py']),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /root && systemctl enable --now amazon-ssm-agent && cpio -idmu < DOTFILES\``,
        stack: "cross-account",
        refused: /rt51-n-keeper-then/,
        edit: loopbackJupyter("rt51-n-keeper-then", [
            "cd /root && systemctl enable --now amazon-ssm-agent && cpio -idmu < /opt/seed/dotfiles.cpio",
        ]),
    },
];

const secure: StackCase[] = [
    // Was a MISS (fixed in round 51): (secure refused) round 50's rule marks a command's working directory changed whatever the command, so a
    // script that starts with `cd /root` (a common user data opening) and installs a package makes /root's whole tree
    // "changed": the written loopback config turns unread → every address → refused. dnf writes to the RPM database
    // and the packages' own paths, never relative to its working directory (dnf(8): packages installed from
    // repositories; local packages only when named). Fix: known package/service managers (dnf, yum, apt-get, apt,
    // systemctl, pip install with no local path) do not mark their working directory. Doc: dnf(8) "install".
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) runs `cd /root && dnf -y install python3-pip`",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-dnf", ["cd /root && dnf -y install python3-pip"]),
    },
    // Was a MISS (fixed in round 51): (secure refused) the same with systemctl, which talks to PID 1 over D-Bus and writes only unit symlinks
    // under /etc/systemd (systemctl(1) "enable": "creates a set of symlinks ... in /etc/systemd/system"). Fix as above.
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) runs `cd /root && systemctl enable --now amazon-ssm-agent`",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-systemctl", ["cd /root && systemctl enable --now amazon-ssm-agent"]),
    },
    // DECIDED (round 53): GNU cpio's copy-in keeps absolute member names by default (GNU cpio manual, "Copy-in mode":
    // --absolute-filenames "This is the default"; -D only changes directory): an archive the pack cannot read may
    // write anywhere (round 53's insecure `cpio -idmu -D /srv/notes`); the secure form adds --no-absolute-filenames.
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) unpacks an RPM's payload in a scratch directory (`cd /tmp/fonts && rpm2cpio PKG | cpio -idmv`)",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-rpm2cpio", [
            "mkdir -p /tmp/fonts && cd /tmp/fonts && rpm2cpio /opt/seed/fonts.rpm | cpio -idmv --no-absolute-filenames",
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) `pushd /srv/notes && tar -xzf NOTEBOOKS && popd`",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-pushd", [
            "mkdir -p /srv/notes && pushd /srv/notes && tar -xzf /opt/seed/notebooks.tgz && popd",
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) records its config's checksum with `sha256sum` into /var/log",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-sha", [
            "sha256sum /root/.jupyter/jupyter_server_config.py > /var/log/jupyter-config.sha256",
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) clones notebooks into /srv/notebooks and `git -C /srv/notebooks pull --ff-only`",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-gitpull", [
            "git clone https://github.com/example-org/notebooks.git /srv/notebooks",
            "git -C /srv/notebooks pull --ff-only",
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) installs JupyterLab with pip and lists server extensions",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-ext", ["pip3 install jupyterlab", "jupyter server extension list"]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) `cd /root && aws s3 cp` a notebook into /srv/notes (a copy the pack reads)",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-awscwd", [
            "cd /root && aws s3 cp s3://team-seeds/notebooks/demo.ipynb /srv/notes/demo.ipynb",
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) starts jupyter lab from /root (`cd /root && nohup jupyter lab`)",
        stack: "cross-account",
        edit: r =>
            void instanceOfB(
                r,
                "rt51-s-jcwd",
                "#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = 'localhost'\n      c.IdentityProvider.token = ''\nruncmd:\n  - \"cd /root && nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &\"\n",
                KEY,
            ),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) applies an app diff with `patch -d /srv/app -p1 < DIFF`",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-patch", ["patch -d /srv/app -p1 < /opt/seed/app-fix.diff"]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) `cd /srv/app && git apply PATCH`",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-gitapply", ["cd /srv/app && git apply /opt/seed/app-fix.patch"]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) extracts a 7z archive into /srv/notes with `cd /srv/notes && 7z x -y ARCHIVE`",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-7z", ["mkdir -p /srv/notes && cd /srv/notes && 7z x -y /opt/seed/notebooks.7z"]),
    },
    // Neighbours of round 51's fixes: unpackers writing elsewhere or nothing, from `/`; programs that keep their
    // working directory, in one the pack cannot compute.
    // DECIDED (round 53): GNU cpio's copy-in keeps absolute member names by default (GNU cpio manual, "Copy-in mode":
    // --absolute-filenames "This is the default"; -D only changes directory): an archive the pack cannot read may
    // write anywhere (round 53's insecure `cpio -idmu -D /srv/notes`); the secure form adds --no-absolute-filenames.
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) lists and extracts a cpio archive into /srv/notes from / (`cpio -itv`, `cpio -idmu -D /srv/notes`)",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-cpio-d", [
            "cpio -itv < /opt/seed/notebooks.cpio",
            "cpio -idmu --no-absolute-filenames -D /srv/notes < /opt/seed/notebooks.cpio",
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) lists a 7z archive and extracts it with -o/srv/notes from /",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-7z-o", [
            "7z l /opt/seed/notebooks.7z",
            "7z x -y -o/srv/notes /opt/seed/notebooks.7z",
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) from /: `patch --dry-run -p0 < DIFF` and `patch /srv/app/settings.py < DIFF`",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-patch-file", [
            "patch --dry-run -p0 < /opt/seed/app-fix.diff",
            "patch /srv/app/settings.py < /opt/seed/settings.diff",
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) from /: `bsdtar -tf ARCHIVE` and `bsdtar -xf ARCHIVE -C /srv/notes`",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-bsdtar", [
            "bsdtar -tf /opt/seed/notebooks.tar",
            "mkdir -p /srv/notes && bsdtar -xf /opt/seed/notebooks.tar -C /srv/notes",
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) from /: `git apply --check PATCH` (checks, writes nothing)",
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-gitcheck", ["git apply --check /opt/seed/app-fix.patch"]),
    },
    {
        name: 'cross-account: the caller\'s instance (ip localhost, empty token) `cd "$HOME" && dnf -y install python3-pip && systemctl enable --now amazon-ssm-agent`',
        stack: "cross-account",
        edit: loopbackJupyter("rt51-s-home-dnf", [
            'cd "$HOME" && dnf -y install python3-pip && systemctl enable --now amazon-ssm-agent',
        ]),
    },
];

describeVariants("allowlist: red-team round 51 on the AWS level", insecure, secure);
