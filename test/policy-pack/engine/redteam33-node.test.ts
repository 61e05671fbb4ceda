// Red-team round 33 on EKS NODE user data (fresh eyes), against engine/rootReads.ts and engine/userData.ts. Insecure
// shapes here hand root a program or configuration from a pod-writable data directory through the OPTIONS of
// commands the reader lets through (copiers' `--opt=value` words, inert commands): git clone --template, install
// --strip-program, tar --use-compress-program/--to-command/--file=, git --git-dir=, rsync --rsh=, curl/wget --config=,
// mkfs -d, printf -v PATH/BASH_ENV. Secure neighbours (the same
// programs used only to fill or prepare a data directory) must stay clean. Misses are `it.skip` with a MISS comment.
import { nodePolicyConfig } from "./packRunner";
import { al2023Nodes, describeNodeCases, EFFECTIVE, NodeCase, withCloudConfig, withScript } from "./nodeBuilders";
import { Resources } from "./support";

const dev = (name: string, edit: (r: Resources) => void, refused = /./, skip = false): NodeCase => ({
    name,
    stack: "dev",
    config: nodePolicyConfig,
    edit,
    refused,
    policy: EFFECTIVE,
    skip,
});

const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 33): git-clone(1) --template copies the template directory (hooks/ included) into the new .git, and githooks(5)
    // post-checkout runs after clone's checkout (git t5403-post-checkout-hook; git-hook/post-clone relies on it): root
    // runs the pod's /data/validator/git-template/hooks/post-checkout. rootReads.ts copy() skips every `-`-word, so an
    // option's inline value naming a data directory is never judged (git -c's separate value word is).
    dev(
        "git clone --template=/data/validator/git-template (its hooks/post-checkout runs as root after the clone)",
        script("dev-git-template-nodes", [
            "git clone --depth 1 --template=/data/validator/git-template https://github.com/example/node-tools.git /opt/node-tools",
        ]),
        /\/data/,
    ),
    dev(
        "git -c core.hooksPath=/data/validator/hooks clone ... (the pod's post-checkout hook runs as root)",
        script("dev-git-hookspath-nodes", [
            "git -c core.hooksPath=/data/validator/hooks clone --depth 1 https://github.com/example/node-tools.git /opt/node-tools",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 33): coreutils install(1) "-s --strip-program=PROGRAM" runs PROGRAM on the installed file (coreutils test
    // tests/install/strip-program.sh): root runs /data/validator/strip. install is a COPIER; copy() ignores `--opt=value`.
    dev(
        "install -s --strip-program=/data/validator/strip (install runs the pod's program as root to strip)",
        script("dev-install-strip-nodes", [
            "install -s --strip-program=/data/validator/strip -m 0755 /opt/build/validator-agent /usr/local/bin/validator-agent",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 33): GNU tar -I/--use-compress-program=COMMAND "Filter data through COMMAND" (GNU tar manual, "Running External
    // Commands"): root runs /srv/tools/zstd. The separate-word `-I /data/...` is refused (its value lands among the
    // positional sources); the `=` spelling is skipped by copy().
    dev(
        "tar --use-compress-program=/srv/tools/zstd -xf /opt/images/tools.tar.zst -C /opt/tools (root runs the pod's decompressor)",
        script("dev-tar-compress-nodes", [
            "mkdir -p /opt/tools",
            "tar --use-compress-program=/srv/tools/zstd -xf /opt/images/tools.tar.zst -C /opt/tools",
        ]),
        /\/srv/,
    ),
    // Was a MISS (fixed in round 33): GNU tar --to-command=COMMAND: "tar invokes command and pipes the contents of the files to its standard
    // input", once per regular file (GNU tar manual, "Writing to an External Program"): root runs the pod's program.
    dev(
        "tar -xf /opt/images/seed.tar --to-command=/data/validator/filter (root pipes every member into the pod's program)",
        script("dev-tar-tocommand-nodes", ["tar -xf /opt/images/seed.tar --to-command=/data/validator/filter"]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 33): curl -K/--config FILE: "command line arguments found in the text file are used as if they were provided on
    // the command line" (curl docs/cmdline-opts/config.md): the pod's curlrc adds `url = file:///data/validator/x` and
    // `output = /etc/cron.d/x` (or a proxy, --cacert), so root writes the pod's content anywhere. `-K /data/...` as two
    // words is refused; `--config=` is skipped by copy().
    dev(
        "curl --config=/data/validator/curlrc -o /tmp/health https://example.com/health (the pod's curlrc names url/output pairs root fetches and writes)",
        script("dev-curl-config-nodes", [
            "curl -fsS --config=/data/validator/curlrc -o /tmp/health https://example.com/health",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 33): wget --config=FILE reads FILE as a wgetrc (GNU Wget manual, "Startup File"; output_document, execute
    // commands): the pod chooses where root writes the download. copy() skips the `=` spelling.
    dev(
        "wget --config=/data/validator/wgetrc (the pod's wgetrc sets output_document for root's download)",
        script("dev-wget-config-nodes", [
            "wget -q --config=/data/validator/wgetrc -O /tmp/health https://example.com/health",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 33): mke2fs(8) -d root-directory copies the directory's contents into the new filesystem (mkfs.ext4 and
    // mkfs.btrfs bootstrap from a directory, dosfstools#183): /opt/validator/bin/start is then the pod's file, run as
    // root. mkfs.* is an INERT_COMMAND, and a device mounted at /opt/validator is not traced back to its content.
    dev(
        "mkfs.ext4 -d /data/validator/opt /dev/nvme2n1, mounted at /opt/validator, then /opt/validator/bin/start as root",
        script("dev-mkfs-seed-nodes", [
            "mkfs.ext4 -F -d /data/validator/opt /dev/nvme2n1",
            "mkdir -p /opt/validator",
            "mount /dev/nvme2n1 /opt/validator",
            "/opt/validator/bin/start",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 33): bash's printf -v VAR assigns the output to VAR instead of printing it (bash printf builtin, "-v var"):
    // PATH starts with /srv/tools/bin and `aws` (no slash) runs the pod's /srv/tools/bin/aws as root. LOADER_VARIABLES
    // are judged only in `X=...` assignments; printf is INERT.
    dev(
        "printf -v PATH '%s:%s' /srv/tools/bin \"$PATH\" (bash's printf assigns PATH), then aws ... run as root",
        script("dev-printf-path-nodes", [
            "printf -v PATH '%s:%s' /srv/tools/bin \"$PATH\"",
            "export PATH",
            "aws sts get-caller-identity --query Account --output text",
        ]),
        /\/srv/,
    ),
    // Was a MISS (fixed in round 33): as above with BASH_ENV: bash(1) sources $BASH_ENV before running a non-interactive script, so the pod's
    // /data/validator/env.sh runs as root.
    dev(
        "printf -v BASH_ENV /data/validator/env.sh; bash /opt/validator/prepare.sh (bash sources BASH_ENV)",
        script("dev-printf-bashenv-nodes", [
            "printf -v BASH_ENV %s /data/validator/env.sh",
            "export BASH_ENV",
            "bash /opt/validator/prepare.sh",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 33): GNU tar --file=ARCHIVE is -f ARCHIVE (GNU tar manual, "--file"): root extracts the pod's archive into
    // /opt/tools (as root, owners and modes kept: --same-owner is root's default), the copy from a data directory into a
    // node path the pack refuses for `-f /data/...`. copy() matches only `--file` as its own word, not `--file=`.
    dev(
        "tar --file=/data/validator/tools.tar -x -C /opt/tools (root extracts the pod's archive into a node path)",
        script("dev-tar-file-eq-nodes", [
            "mkdir -p /opt/tools",
            "tar --file=/data/validator/tools.tar -x -C /opt/tools",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 33): git --git-dir=DIR / --work-tree=DIR (git(1)): root checks out the pod's repository into /opt/tools and
    // reads the pod's repository config and hooks (core.fsmonitor, core.hooksPath, post-checkout run as root). The
    // `=` spellings are `-`-words copy() skips; git is a COPIER.
    dev(
        "git --git-dir=/data/validator/repo.git --work-tree=/opt/tools checkout -f main (the pod's repository, config and hooks)",
        script("dev-git-gitdir-nodes", [
            "git --git-dir=/data/validator/repo.git --work-tree=/opt/tools checkout -f main",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 33): rsync -e/--rsh=COMMAND "specify the remote shell to use" (rsync(1)): root runs /data/validator/ssh to reach
    // the backup host. The two-word `-e /data/...` lands among copy()'s sources and is refused; `--rsh=` is skipped.
    dev(
        "rsync -a --rsh=/data/validator/ssh backup@10.0.0.5:/seed/ /opt/seed/ (root runs the pod's remote shell)",
        script("dev-rsync-rsh-nodes", ["rsync -a --rsh=/data/validator/ssh backup@10.0.0.5:/seed/ /opt/seed/"]),
        /\/data/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "git clone of a pinned repository INTO /data/validator/config (the data directory only as destination)",
        script("dev-git-into-data-nodes", [
            "mkdir -p /data/validator",
            "git clone --depth 1 https://github.com/example/validator-config.git /data/validator/config",
            "chown -R 1000:1000 /data/validator/config",
        ]),
    ),
    dev(
        "install -d -m 0750 -o 1000 -g 1000 /data/validator /srv/cache (directories for the pods)",
        script("dev-install-dirs-nodes", ["install -d -m 0750 -o 1000 -g 1000 /data/validator /srv/cache"]),
    ),
    dev(
        "tar -xzf /opt/images/seed.tgz -C /data/validator, rsync -a /opt/seed/ /srv/cache/seed/ (seeding data directories)",
        script("dev-seed-data-nodes", [
            "mkdir -p /data/validator /srv/cache/seed",
            "tar -xzf /opt/images/seed.tgz -C /data/validator",
            "rsync -a --delete /opt/seed/ /srv/cache/seed/",
        ]),
    ),
    dev("cloud-config fs_setup + mounts: the second NVMe disk formatted xfs and mounted at /data", r =>
        al2023Nodes(
            r,
            "dev-fs-setup-data-nodes",
            withCloudConfig([
                "fs_setup:",
                "  - label: data",
                "    filesystem: xfs",
                "    device: /dev/nvme1n1",
                "mounts:",
                "  - [LABEL=data, /data, xfs, 'defaults,nofail,nodev,nosuid', '0', '2']",
            ]),
        ),
    ),
    dev(
        "setfacl -R -m u:1000:rwX /data/validator and a default ACL (giving the pods' uid access)",
        script("dev-setfacl-data-nodes", [
            "mkdir -p /data/validator",
            "setfacl -R -m u:1000:rwX /data/validator",
            "setfacl -d -m u:1000:rwX /data/validator",
        ]),
    ),
    dev("a systemd path unit watching /data/validator/reload that restarts a root unit not naming /data", r =>
        al2023Nodes(
            r,
            "dev-path-unit-nodes",
            withCloudConfig([
                "write_files:",
                "  - path: /etc/systemd/system/validator-reload.path",
                "    content: |",
                "      [Unit]",
                "      Description=Reload the node log shipper when the validator asks",
                "      [Path]",
                "      PathModified=/data/validator/reload",
                "      Unit=node-log-reload.service",
                "      [Install]",
                "      WantedBy=multi-user.target",
                "  - path: /etc/systemd/system/node-log-reload.service",
                "    content: |",
                "      [Service]",
                "      Type=oneshot",
                "      ExecStart=/usr/bin/systemctl try-restart rsyslog.service",
                "runcmd:",
                "  - [systemctl, daemon-reload]",
                "  - [systemctl, enable, --now, validator-reload.path]",
            ]),
        ),
    ),
];

describeNodeCases("red team 33: node user data (option values of copiers and inert commands)", insecure, secure);
