/**
 * Data directories pods may write as an allowlist in what a node's root processes read (policy-pack/engine/rootReads.ts):
 * every way a root script, a written file or a unit names /data, /srv or /mnt is refused unless it reads nothing there.
 */
import * as assert from "assert";
import { rootReadOpenings } from "../../../policy-pack/engine/rootReads";
import { userDataOpenings } from "../../../policy-pack/engine/userData";

const script = (...lines: string[]) => rootReadOpenings([{ text: lines.join("\n") }]).map(o => o.what);
const file = (path: string, ...lines: string[]) =>
    rootReadOpenings([{ text: lines.join("\n"), file: path }]).map(o => o.what);
const cloudConfig = (...lines: string[]) =>
    userDataOpenings([{ text: ["#cloud-config", ...lines].join("\n"), base64: false }]).map(o => o.what);

const refused: { name: string; reads: () => string[]; path: RegExp }[] = [
    {
        name: "a relative program after cd",
        reads: () => script("cd /data/jobs && ./rotate.sh"),
        path: /\/data\/jobs\/rotate\.sh/,
    },
    {
        name: "a relative script of an interpreter after cd, on a later line",
        reads: () => script("cd /srv/tools", "python3 collect.py"),
        path: /\/srv\/tools\/collect\.py/,
    },
    {
        name: "a relative script from the root directory (cloud-init's working directory is /)",
        reads: () => script("bash data/boot.sh"),
        path: /\/data\/boot\.sh/,
    },
    {
        name: "a program through a variable",
        reads: () => script("D=/data/tools", "$D/run.sh"),
        path: /\/data\/tools\/run\.sh/,
    },
    {
        name: "PATH extended with a data directory",
        reads: () => script("export PATH=/data/bin:$PATH", "setup"),
        path: /\/data\/bin.*PATH/,
    },
    {
        name: "LD_PRELOAD of a library under /data before a system program",
        reads: () => script("LD_PRELOAD=/data/lib/x.so /usr/bin/true"),
        path: /\/data\/lib\/x\.so/,
    },
    { name: "a sourced file", reads: () => script(". /data/env.sh"), path: /\/data\/env\.sh/ },
    {
        name: "a script read on standard input",
        reads: () => script("/bin/bash < /data/boot/hook.sh"),
        path: /hook\.sh/,
    },
    {
        name: "a here-document writing a data-directory library into /etc/ld.so.preload",
        reads: () =>
            script("cat <<'EOF' > /etc/ld.so.preload", "/usr/lib64/libjemalloc.so.2", "/data/lib/hook.so", "EOF"),
        path: /\/data\/lib\/hook\.so.*\/etc\/ld\.so\.preload/,
    },
    {
        name: "echo piped to tee -a /etc/ld.so.preload",
        reads: () => script("echo /data/lib/hook.so | tee -a /etc/ld.so.preload"),
        path: /\/etc\/ld\.so\.preload/,
    },
    {
        name: "a here-string into tee of a loader path file",
        reads: () => script("tee /etc/ld.so.conf.d/data.conf <<< /data/lib"),
        path: /\/etc\/ld\.so\.conf\.d\/data\.conf/,
    },
    {
        name: "installing a program from /data into /usr/local/bin",
        reads: () => script("install -m 0755 /data/bin/agent /usr/local/bin/agent"),
        path: /install reads it into \/usr\/local\/bin\/agent/,
    },
    {
        name: "extracting an archive from /data into /usr/local",
        reads: () => script("tar -xzf /data/x.tgz -C /usr/local"),
        path: /x\.tgz/,
    },
    {
        name: "a bind of a data directory over system binaries",
        reads: () => script("mount --bind /data/bin /usr/local/bin"),
        path: /\/data\/bin/,
    },
    {
        name: "a core_pattern helper set with sysctl -w",
        reads: () => script("sysctl -w kernel.core_pattern='|/data/bin/dump %p'"),
        path: /\/data\/bin\/dump/,
    },
    {
        name: "find -exec over a data directory",
        reads: () => script("find /data/hooks -name '*.sh' -exec {} \\;"),
        path: /\/data\/hooks/,
    },
    {
        name: "a loop running every hook",
        reads: () => script('for f in /data/hooks/*; do "$f"; done'),
        path: /\/data\/hooks/,
    },
    { name: "bash -c with cd", reads: () => script("bash -c 'cd /data && ./x'"), path: /\/data\/x/ },
    {
        name: "dd reading an image from /data",
        reads: () => script("dd if=/data/img of=/dev/nvme2n1 bs=1M"),
        path: /\/data\/img/,
    },
    {
        name: "echo into the kernel's modprobe helper",
        reads: () => script("echo /data/modprobe > /proc/sys/kernel/modprobe"),
        path: /\/proc\/sys\/kernel\/modprobe/,
    },
    {
        name: "a root unit's WorkingDirectory",
        reads: () =>
            file(
                "/etc/systemd/system/x.service",
                "[Service]",
                "WorkingDirectory=/data/tools",
                "ExecStart=/usr/bin/python3 collect.py",
            ),
        path: /WorkingDirectory=\/data\/tools/,
    },
    {
        name: "a root unit's EnvironmentFile",
        reads: () =>
            file("/etc/systemd/system/x.service", "[Service]", "EnvironmentFile=/data/env", "ExecStart=/usr/bin/agent"),
        path: /EnvironmentFile/,
    },
    {
        name: "a non-root unit whose ExecStartPre runs as root (+)",
        reads: () =>
            file(
                "/etc/systemd/system/x.service",
                "[Service]",
                "User=app",
                "ExecStartPre=+/data/bin/prepare",
                "ExecStart=/usr/bin/app",
            ),
        path: /\/data\/bin\/prepare/,
    },
    {
        name: "a drop-in with no User= (the unit it extends is not shown)",
        reads: () =>
            file("/etc/systemd/system/agent.service.d/10-data.conf", "[Service]", "ExecStartPost=/srv/hooks/post"),
        path: /\/srv\/hooks\/post/,
    },
    {
        name: "cron's PATH",
        reads: () => file("/etc/cron.d/jobs", "PATH=/data/bin:/usr/bin", "0 * * * * root job"),
        path: /PATH=\/data\/bin/,
    },
    {
        name: "a root spool crontab running a relative program after cd",
        reads: () => file("/var/spool/cron/root", "*/5 * * * * cd /data/jobs && ./rotate.sh"),
        path: /\/data\/jobs\/rotate\.sh.*root cron job/,
    },
    {
        name: "a tmpfiles L line linking the CNI directory into /data",
        reads: () => file("/etc/tmpfiles.d/cni.conf", "L+ /opt/cni/bin - - - - /data/cni/bin"),
        path: /\/data\/cni\/bin/,
    },
    {
        name: "a tmpfiles C line copying a data file into /etc",
        reads: () => file("/etc/tmpfiles.d/x.conf", "C /etc/sudoers.d/x - - - - /data/sudoers"),
        path: /\/data\/sudoers/,
    },
    {
        name: "a loop-mounted image from /data in fstab",
        reads: () => file("/etc/fstab", "/data/opt.img /opt auto loop 0 0"),
        path: /opt\.img/,
    },
    {
        name: "a logrotate include of a data directory",
        reads: () => file("/etc/logrotate.d/app", "include /data/logrotate.d"),
        path: /include \/data\/logrotate\.d/,
    },
    {
        name: "a logrotate postrotate running a data-directory script",
        reads: () =>
            file(
                "/etc/logrotate.d/app",
                "/data/app/*.log {",
                "  postrotate",
                "    /data/app/reopen.sh",
                "  endscript",
                "}",
            ),
        path: /\/data\/app\/reopen\.sh/,
    },
    {
        name: "/etc/environment setting PATH",
        reads: () => file("/etc/environment", "PATH=/data/bin:/usr/bin"),
        path: /\/etc\/environment/,
    },
    {
        name: "a PAM hook",
        reads: () => file("/etc/pam.d/crond", "session optional pam_exec.so /data/hooks/session.sh"),
        path: /pam_exec/,
    },
    {
        name: "a cloud-config runcmd list entry running sh -c with cd",
        reads: () => cloudConfig("runcmd:", "  - [sh, -c, 'cd /data/tools && ./setup']"),
        path: /\/data\/tools\/setup/,
    },
    {
        name: "a cloud-config swap file under /data",
        reads: () => cloudConfig("swap:", "  filename: /data/swap.img", "  size: 1G"),
        path: /swap\.filename/,
    },
    {
        name: "a cloud-config yum repository served from /data",
        reads: () => cloudConfig("yum_repos:", "  local:", "    baseurl: file:///data/repo", "    enabled: true"),
        path: /yum_repos/,
    },
    { name: "a glob naming /data", reads: () => script("/d?ta/hooks/run.sh"), path: /\/d\?ta\/hooks/ },
    { name: "env -C into a data directory", reads: () => script("env -C /data/tools ./setup"), path: /\/data\/tools/ },
    {
        name: "a default value naming /data",
        reads: () => script('"${HOOK:-/data/hooks/boot}"'),
        path: /\/data\/hooks\/boot/,
    },
    {
        name: "find output piped to xargs sh",
        reads: () => script("find /data/hooks -type f | xargs -n1 sh"),
        path: /\/data\/hooks/,
    },
    {
        name: "a while-read loop over a listing of /data running each line",
        reads: () => script('while read -r f; do "$f"; done < <(ls /data/hooks)'),
        path: /chosen at run time/,
    },
    {
        name: "curl copying a file:// URL from /data into /usr/local/bin",
        reads: () => script("curl -fsSL file:///data/bin/agent -o /usr/local/bin/agent"),
        path: /\/data\/bin\/agent/,
    },
    {
        name: "a script piped from cat of a data file into bash",
        reads: () => script("cat /data/boot.sh | bash"),
        path: /\/data\/boot\.sh/,
    },
];

const accepted: { name: string; reads: () => string[] }[] = [
    {
        name: "formatting and mounting a local disk at /data, owned by the app",
        reads: () =>
            script(
                "mkfs.xfs -f -L data /dev/nvme1n1",
                "mkdir -p /data",
                "mount /dev/nvme1n1 /data",
                "echo 'LABEL=data /data xfs defaults,nofail 0 2' >> /etc/fstab",
                "chown -R 10001:10001 /data && chmod 0750 /data",
            ),
    },
    {
        name: "a here-document written inside /data",
        reads: () => script("cat <<EOF > /data/app/config.yaml", "dataDir: /data/app", "EOF"),
    },
    {
        name: "downloads into /data (aws s3 cp, curl -o, wget -P, tar -C, unzip -d, git clone)",
        reads: () =>
            script(
                "aws s3 cp s3://models/current.bin /data/models/current.bin",
                "curl -fsSL -o /data/tools/tool.tgz https://example.com/tool.tgz",
                "wget -q -P /data/dl https://example.com/x",
                "tar -xzf /tmp/x.tgz -C /data/x",
                "unzip -q /tmp/x.zip -d /data/y",
                "git clone https://github.com/example/repo /data/repo",
            ),
    },
    { name: "a copy of a node file into /data", reads: () => script("cp /etc/hostname /data/meta/") },
    { name: "progress messages to the log", reads: () => script('echo "mounting /data"', 'printf "%s ready\\n" /srv') },
    { name: "a command's output saved to /data", reads: () => script("sysctl --system | tee /data/sysctl.log") },
    {
        name: "a variable naming the data directory, used by mkdir",
        reads: () => script("export DATA_DIR=/data", 'mkdir -p "$DATA_DIR/app"'),
    },
    { name: "a bucket called data", reads: () => script("aws s3 cp s3://data/agent /usr/local/bin/agent") },
    { name: "cd into /data for inert commands", reads: () => script("cd /data && mkdir -p logs && chown 1000 logs") },
    { name: "a test before chown", reads: () => script("if [ -d /data ]; then chown 1000 /data; fi") },
    {
        name: "a link inside /data to a system program",
        reads: () => script("ln -s /usr/bin/python3 /data/bin/python3"),
    },
    { name: "find -delete of old files", reads: () => script("find /data/tmp -type f -mtime +7 -delete") },
    {
        name: "a mount unit and a root unit growing the filesystem",
        reads: () => [
            ...file(
                "/etc/systemd/system/data.mount",
                "[Mount]",
                "What=/dev/nvme1n1",
                "Where=/data",
                "Type=xfs",
                "[Install]",
                "WantedBy=local-fs.target",
            ),
            ...file(
                "/etc/systemd/system/grow-data.service",
                "[Unit]",
                "Description=Grow /data",
                "RequiresMountsFor=/data",
                "ConditionPathIsMountPoint=/data",
                "[Service]",
                "Type=oneshot",
                "ExecStart=/usr/sbin/xfs_growfs /data",
            ),
        ],
    },
    {
        name: "a non-root unit working in /data",
        reads: () =>
            file(
                "/etc/systemd/system/exporter.service",
                "[Service]",
                "User=nobody",
                "WorkingDirectory=/data/www",
                "ExecStart=/usr/bin/python3 -m http.server",
            ),
    },
    {
        name: "cron jobs of a non-root user, and root's find -delete",
        reads: () =>
            file(
                "/etc/cron.d/cleanup",
                "0 * * * * appuser /data/app/bin/compact",
                "30 2 * * * root /usr/bin/find /data/tmp -mtime +7 -delete",
            ),
    },
    {
        name: "tmpfiles entries inside /data",
        reads: () =>
            file("/etc/tmpfiles.d/data.conf", "d /data/tmp 1777 root root 10d", "L /data/bin/sh - - - - /usr/bin/sh"),
    },
    { name: "auditd watches", reads: () => file("/etc/audit/rules.d/60-data.rules", "-w /data/ -p wa -k data") },
    {
        name: "logrotate of logs in /data",
        reads: () => file("/etc/logrotate.d/app", "/data/app/logs/*.log {", "  su appuser appuser", "  daily", "}"),
    },
    {
        name: "a file written inside /srv",
        reads: () => file("/srv/app/run.sh", "#!/bin/sh", "exec /srv/app/bin/server"),
    },
    {
        name: "cloud-config mounts of a disk at /data",
        reads: () => cloudConfig("mounts:", "  - [/dev/nvme1n1, /data, xfs, 'defaults,nofail', '0', '2']"),
    },
    {
        name: "iptables under flock of the xtables lock",
        reads: () => script("flock /run/xtables.lock iptables -A INPUT -j ACCEPT"),
    },
    {
        name: "a loop over NVMe devices formatting them, then a mount at /data",
        reads: () =>
            script(
                'for dev in /dev/nvme[1-9]n1; do mkfs.xfs -f "$dev"; done',
                "mdadm --create /dev/md0 --level=0 --raid-devices=2 /dev/nvme1n1 /dev/nvme2n1",
                "mount /dev/md0 /data",
            ),
    },
];

describe("root reads: data directories pods may write are an allowlist in root-read text (engine/rootReads.ts)", () => {
    for (const c of refused)
        it(`refuses: ${c.name}`, () => {
            const what = c.reads();
            assert.ok(
                what.some(w => c.path.test(w) && /a node directory the pack lets pods write|cannot be read/.test(w)),
                `expected a refusal matching ${c.path}, got ${JSON.stringify(what, null, 1)}`,
            );
        });
    for (const c of accepted) it(`accepts: ${c.name}`, () => assert.deepStrictEqual(c.reads(), []));
});

// Work is bounded: a hostile script must not stall `pulumi preview` (counted, not timed: see `npm run bench`).
describe("root reads: bounded work on hostile scripts (engine/rootReads.ts)", () => {
    it("a brace bomb is read as a glob past 256 words and still refuses the data directory it hides", () => {
        const group = `{${Array.from({ length: 60 }, (_, i) => `a${i}`).join(",")}}`;
        const what = script(`bash /${group}/${group}/${group}/${group}/{x,data}/boot.sh`);
        assert.ok(
            what.some(w => /cannot be read|a node directory the pack lets pods write/.test(w)),
            JSON.stringify(what),
        );
    });
    it("the data directory inside a brace group past the bound is still refused", () => {
        const alts = [...Array.from({ length: 300 }, (_, i) => `a${i}`), "data"].join(",");
        const what = script(`bash /{${alts}}/boot.sh`);
        assert.ok(
            what.some(w => /cannot be read|a node directory the pack lets pods write/.test(w)),
            JSON.stringify(what),
        );
    });
    it("functions fanning out without bound are refused as unreadable, not followed forever", () => {
        const lines = ["f0() { true; }"];
        for (let i = 1; i < 6; i++)
            lines.push(
                `f${i}() { ${Array(40)
                    .fill(`f${i - 1}`)
                    .join("; ")}; }`,
            );
        lines.push("f5");
        const what = script(...lines);
        assert.ok(
            what.some(w => /more than 200000 commands/.test(w)),
            JSON.stringify(what),
        );
    });
});
