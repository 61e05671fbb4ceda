// Red-team round 24 on node user data TEXT (fresh eyes), against the allowlist of branch `ud` (engine/rootReads.ts,
// engine/shell.ts): a data directory pods may write (/data, /srv, /mnt ...) may appear in root-read text only in inert
// forms. Insecure shapes here hide the data directory from the reader (parameter defaults, brace expansion, printf
// formats, file:// URLs), read it through a command the reader files as inert or as a copier (find | xargs, tar -C,
// mount -T), run a unit as root (or with root's capabilities) in a way the unit reader does not see (AmbientCapabilities,
// User= in the wrong section, a drop-in), or copy/overlay node secrets (podSpec.ts NODE_SECRETS) INTO a data directory,
// where the reader only looks for reads OUT of it. Secure shapes a careful platform team writes must stay accepted.
// The pack's misses were `it.skip` with a MISS comment and the doc checked; all were fixed in round 24 (engine/rootReads.ts).
import * as assert from "assert";
import { rootReadOpenings } from "../../../policy-pack/engine/rootReads";
import { userDataOpenings } from "../../../policy-pack/engine/userData";
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet,
    NodeCase,
    rootNoCaps,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";
import { Resources } from "./support";

/** An AL2023 node group of the dev stack with `userData`, beside a Baseline DaemonSet (uid 0, no capabilities) writing /data. */
const withDataWriter = (r: Resources, name: string, userData: string) => {
    al2023Nodes(r, name, userData);
    hostPathDaemonSet(r, `${name}-data`, "node-agents", "/data", rootNoCaps);
};

/** cloud-config write_files lines writing `content` to `path`. */
const writeFile = (path: string, content: string[]) => [
    `  - path: ${path}`,
    "    content: |",
    ...content.map(l => `      ${l}`),
];

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 24): crontab(5) runs the job through /bin/sh as root; find(1) prints every *.sh under /data/hooks and xargs(1)
    // "executes the command ... with any initial-arguments followed by items read from standard input": `bash
    // /data/hooks/<pod's file>` every ten minutes. rootReads.ts returns early for find without -exec (an inert listing)
    // and never follows its output into the next command of the pipe; xargs is a WRAPPER whose program (bash) has no
    // operand naming /data. Doc: xargs(1) (GNU findutils), "find ... -print0 | xargs -0 ...".
    {
        name: "a root cron job running every hook under /data/hooks: find /data/hooks -name '*.sh' -print0 | xargs -0 -n1 bash",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-find-xargs-nodes",
                withCloudConfig([
                    "packages: [cronie]",
                    "write_files:",
                    ...writeFile("/etc/cron.d/node-hooks", [
                        "*/10 * * * * root find /data/hooks -name '*.sh' -print0 | xargs -0 -n1 bash",
                    ]),
                ]),
            ),
        refused: /\/data\/hooks/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 24): bash(1) "Parameter Expansion": ${parameter:-word} "If parameter is unset or null, the expansion of word is
    // substituted" — HOOK_DIR is unset under cloud-init, so bootcmd (cloud-init module reference: "run on every boot")
    // runs /data/hooks/boot.sh as root at every boot. pathsIn's look-behind refuses a path after `-`, so `:-/data` names
    // no path, and cd/expand do not evaluate `${VAR:-default}`.
    {
        name: 'a bootcmd running "${HOOK_DIR:-/data/hooks}/boot.sh" (a parameter default naming /data) at every boot',
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-param-default-nodes",
                withCloudConfig(["bootcmd:", `  - [ sh, -c, '"\${HOOK_DIR:-/data/hooks}/boot.sh"' ]`]),
            ),
        refused: /\/data/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 24): bash(1) "Brace Expansion" turns /{data,srv}/hooks/boot.sh into /data/hooks/boot.sh /srv/hooks/boot.sh
    // before the loop runs; the script runs each that is executable, as root. The reader sees the single word
    // `/{data,srv}/hooks/boot.sh`, whose only path (pathsIn stops at `{`) is `/`.
    {
        name: "a shell part looping over /{data,srv}/hooks/boot.sh (brace expansion) and running each executable one",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-brace-nodes",
                withScript(['for h in /{data,srv}/hooks/boot.sh; do if [ -x "$h" ]; then "$h"; fi; done']),
            ),
        refused: /\/data|\/srv/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 24): printf(1) substitutes `data` for %s: the line written to /etc/ld.so.preload is /data/lib/libnodehook.so,
    // which ld.so(8) loads into every dynamically linked program the node starts, root's included ("FILES":
    // /etc/ld.so.preload). The reader sinks printf's operands as written (`/%s/lib/libnodehook.so\n data`), where no
    // data directory appears.
    {
        name: "a shell part writing /etc/ld.so.preload with printf '/%s/lib/libnodehook.so\\n' data (a format hiding /data)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-printf-preload-nodes",
                withScript(["printf '/%s/lib/libnodehook.so\\n' data > /etc/ld.so.preload"]),
            ),
        refused: /ld\.so\.preload|\/data\/lib/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 24): mount(8) "-T, --fstab path: Specifies an alternative fstab file"; with -a, root mounts every line of
    // /data/etc/fstab at every boot: a pod writes `/var/lib/kubelet /data/k none bind 0 0` (every pod's token under
    // /data) or a bind over /usr/local/bin. rootReads' mount() skips -o/-t/-L/... values but not -T, so /data/etc/fstab
    // is taken as the mount TARGET, a data directory, and accepted.
    {
        name: "a bootcmd running mount -a -T /data/etc/fstab (an fstab pods write, mounted by root at every boot)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-mount-fstab-nodes",
                withCloudConfig(["bootcmd:", "  - [ mount, -a, -T, /data/etc/fstab ]"]),
            ),
        refused: /\/data\/etc\/fstab/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 24): GNU tar manual "Copying directory hierarchies": `tar -C sourcedir -cf - . | tar -C targetdir -xf -`. With -c,
    // -C names the directory tar READS; rootReads' COPIERS take tar's -C as the destination (right for -x only), so
    // /data/tools is "only the destination" and accepted. The unit then runs /usr/local/bin/node-agent, the pod's file,
    // as root at every boot.
    {
        name: "a root unit whose ExecStartPre copies /data/tools into /usr/local/bin with tar -C /data/tools -cf - . | tar -xf - -C /usr/local/bin",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-tar-pipe-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/node-agent.service", [
                        "[Service]",
                        "ExecStartPre=/bin/sh -c 'tar -C /data/tools -cf - . | tar -xf - -C /usr/local/bin'",
                        "ExecStart=/usr/local/bin/node-agent",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                    "runcmd:",
                    "  - [ systemctl, enable, --now, node-agent.service ]",
                ]),
            ),
        refused: /\/data\/tools/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 24): curl reads file:// URLs from the local filesystem (everything.curl.dev "Scheme": file:///path/to/file), so
    // the unit installs the pod's /data/agent/node-agent and runs it as root. pathsIn finds /data/agent/node-agent in the
    // URL, but COPIERS' copy() resolves a non-absolute source with posix.resolve(cwd, "file:///data/...") =
    // "/file:/data/...", no data directory, and accepts.
    {
        name: "a root unit fetching its program with curl -o /usr/local/bin/node-agent file:///data/agent/node-agent",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-curl-file-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/node-agent.service", [
                        "[Service]",
                        "ExecStartPre=/usr/bin/curl -fsS -o /usr/local/bin/node-agent file:///data/agent/node-agent",
                        "ExecStartPre=/usr/bin/chmod 0755 /usr/local/bin/node-agent",
                        "ExecStart=/usr/local/bin/node-agent",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                ]),
            ),
        refused: /\/data\/agent/,
        policy: EFFECTIVE,
    },
    // Was a MISS (node secrets) (fixed in round 24): the kubelet keeps its client certificate and key in /var/lib/kubelet/pki
    // (kubelet-client-current.pem, the node's identity; podSpec.ts NODE_SECRETS lists /var/lib/kubelet). An hourly
    // "backup" copies them into /data, where the DaemonSet of the stack reads them and acts as the node. rootReads only
    // asks whether a data directory is READ (a copy INTO /data is accepted by design), and bindOpenings/symlinkOpenings
    // judge mounts and links, not copies. Doc: crontab(5); kubelet --cert-dir (default /var/lib/kubelet/pki).
    {
        name: "a root cron job backing up the kubelet's credentials into /data (cp -a /var/lib/kubelet/pki /data/backup/)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-pki-backup-nodes",
                withCloudConfig([
                    "packages: [cronie]",
                    "write_files:",
                    ...writeFile("/etc/cron.d/kubelet-backup", [
                        "0 * * * * root cp -a /var/lib/kubelet/pki /data/backup/",
                    ]),
                ]),
            ),
        refused: /\/var\/lib\/kubelet/,
        policy: EFFECTIVE,
    },
    // Was a MISS (node secrets) (fixed in round 24): tmpfiles.d(5) "C: Recursively copy a file or directory, if the destination files or
    // directories don't exist yet" — the argument is the SOURCE. systemd-tmpfiles (as root, at boot) copies the
    // kubelet's credentials into /data/backup. tmpfiles() skips every line whose path lies in a data directory, and
    // symlinkOpenings reads only `L` lines.
    {
        name: "a tmpfiles.d C line copying /var/lib/kubelet/pki into /data/backup/kubelet-pki",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-tmpfiles-copy-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/tmpfiles.d/kubelet-backup.conf", [
                        "C /data/backup/kubelet-pki - - - - /var/lib/kubelet/pki",
                    ]),
                ]),
            ),
        refused: /\/var\/lib\/kubelet/,
        policy: EFFECTIVE,
    },
    // Was a MISS (node secrets) (fixed in round 24): an overlay mount (kernel docs, filesystems/overlayfs; mount -t overlay overlay -o
    // lowerdir=...,upperdir=...,workdir=... merged) shows lowerdir's files at the merged directory: every pod's
    // projected token under /data/pods-view. textBindOpenings reads What=/Where= and judges What=overlay as no path;
    // rootReads files Options= as an inert key and skips What= when Where= is a data directory.
    {
        name: "a systemd mount unit overlaying /var/lib/kubelet/pods at /data/pods-view (What=overlay, Options=lowerdir=...)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-overlay-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/data-pods\\x2dview.mount", [
                        "[Mount]",
                        "What=overlay",
                        "Where=/data/pods-view",
                        "Type=overlay",
                        "Options=lowerdir=/var/lib/kubelet/pods,upperdir=/data/.pods-upper,workdir=/data/.pods-work",
                        "[Install]",
                        "WantedBy=local-fs.target",
                    ]),
                ]),
            ),
        refused: /\/var\/lib\/kubelet/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 24): systemd.exec(5) "AmbientCapabilities=": the executed process gets these capabilities although User= is
    // unprivileged ("useful if you want to execute a process as a non-privileged user but still want to give it some
    // capabilities"). CAP_SYS_ADMIN + CAP_DAC_OVERRIDE is root in all but name (mount, read every pod's token). The
    // unit reader treats any User= other than root as non-root and skips all its keys, so ExecStart=/data/bin/agent
    // (the pod's file) is accepted.
    {
        name: "a unit running /data/bin/agent as User=nobody with AmbientCapabilities=CAP_SYS_ADMIN CAP_DAC_OVERRIDE",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-ambient-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/data-agent.service", [
                        "[Service]",
                        "User=nobody",
                        "AmbientCapabilities=CAP_SYS_ADMIN CAP_DAC_OVERRIDE",
                        "ExecStart=/data/bin/agent",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                ]),
            ),
        refused: /\/data\/bin\/agent/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 24): User= is a [Service] setting (systemd.exec(5)); in [Install] systemd logs "Unknown key name 'User' in
    // section 'Install', ignoring" (systemd.unit(5): unknown options are warned about and skipped; the dkms#225 log shows
    // the same for Before=), so the service runs /data/bin/agent as ROOT. The unit reader takes the last User= of any
    // section.
    {
        name: "a unit whose User=app sits in the [Install] section (ignored by systemd: ExecStart=/data/bin/agent runs as root)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-user-section-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/data-agent.service", [
                        "[Service]",
                        "ExecStart=/data/bin/agent",
                        "[Install]",
                        "WantedBy=multi-user.target",
                        "User=app",
                    ]),
                ]),
            ),
        refused: /\/data\/bin\/agent/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 24): systemd.unit(5) drop-ins: "<unit>.d/*.conf ... are parsed after the main unit file", later settings win, so
    // the drop-in's User=root makes the unit run /data/bin/agent as root. Each written file is judged alone: the main
    // unit looks non-root (all keys skipped), the drop-in names no data directory.
    {
        name: "a User=app unit running /data/bin/agent plus a drop-in agent.service.d/10-root.conf setting User=root",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-dropin-root-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/data-agent.service", [
                        "[Service]",
                        "User=app",
                        "ExecStart=/data/bin/agent",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                    ...writeFile("/etc/systemd/system/data-agent.service.d/10-root.conf", ["[Service]", "User=root"]),
                ]),
            ),
        refused: /\/data\/bin\/agent/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 24): env(1) (GNU coreutils >= 8.28, AL2023 ships 8.32) "-C, --chdir=DIR: change working directory to DIR", then
    // runs ./boot.sh there: /data/hooks/boot.sh as root. shell.ts's WRAPPERS skip env's -C value (it is in `values`)
    // but rootReads never moves the working directory for it, so ./boot.sh resolves to /boot.sh.
    {
        name: "a root unit running /usr/bin/env -C /data/hooks ./boot.sh (env's --chdir)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-env-chdir-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/node-hooks.service", [
                        "[Service]",
                        "Type=oneshot",
                        "ExecStart=/usr/bin/env -C /data/hooks ./boot.sh",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                ]),
            ),
        refused: /\/data\/hooks/,
        policy: EFFECTIVE,
    },
    // Refused today (a neighbour of the default-expansion miss): a plain variable is followed.
    {
        name: "a bootcmd running $HOOKS/boot.sh after HOOKS=/data/hooks (a plain variable)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-plain-var-nodes",
                withCloudConfig(["bootcmd:", "  - [ sh, -c, 'HOOKS=/data/hooks; \"$HOOKS/boot.sh\"' ]"]),
            ),
        refused: /\/data\/hooks/,
        policy: EFFECTIVE,
    },
    // Refused today: `xargs bash` fed by echo is followed into the shell.
    {
        name: "a shell part piping echo /data/hooks/boot.sh into xargs -n1 bash",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => withDataWriter(r, "dev-echo-xargs-nodes", withScript(["echo /data/hooks/boot.sh | xargs -n1 bash"])),
        refused: /\/data\/hooks/,
        policy: EFFECTIVE,
    },
];

const secure: NodeCase[] = [
    // find(1)/xargs(1): the canonical cleanup of old files; rm only removes, whatever a pod names.
    {
        name: "a root cron job deleting old files: find /data/tmp -type f -mtime +7 -print0 | xargs -0 rm -f",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-find-rm-nodes",
                withCloudConfig([
                    "packages: [cronie]",
                    "write_files:",
                    ...writeFile("/etc/cron.d/data-tmp", [
                        "15 3 * * * root find /data/tmp -type f -mtime +7 -print0 | xargs -0 rm -f",
                    ]),
                ]),
            ),
    },
    // bash(1) ${parameter:-word} in inert commands: making and owning the application directory.
    {
        name: 'a bootcmd making and owning "${DATA_DIR:-/data}/app" for uid 10001',
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-default-mkdir-nodes",
                withCloudConfig([
                    "bootcmd:",
                    `  - [ sh, -c, 'mkdir -p "\${DATA_DIR:-/data}/app" && chown 10001:10001 "\${DATA_DIR:-/data}/app"' ]`,
                ]),
            ),
    },
    // GNU tar "Copying directory hierarchies" in the other direction: system files archived INTO the data volume.
    {
        name: "a shell part copying /usr/share/app-defaults into /data/app with tar -C ... -cf - . | tar -xf - -C /data/app",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-tar-into-data-nodes",
                withScript(["mkdir -p /data/app", "tar -C /usr/share/app-defaults -cf - . | tar -xf - -C /data/app"]),
            ),
    },
];

describeNodeCases(
    "allowlist: red-team round 24 on node user data text (expansions, pipes, copiers, unit users, secrets copied into data directories)",
    insecure,
    secure,
);

// Direct calls (engine/rootReads.ts, engine/userData.ts): further spellings of the same holes, one line each.
const script = (...lines: string[]) => rootReadOpenings([{ text: lines.join("\n") }]).map(o => o.what);
const file = (path: string, ...lines: string[]) =>
    rootReadOpenings([{ text: lines.join("\n"), file: path }]).map(o => o.what);
const shellPart = (...lines: string[]) =>
    userDataOpenings([{ text: ["#!/bin/bash", ...lines].join("\n"), base64: false }]).map(o => o.what);

const directMisses: { name: string; reads: () => string[]; why: string }[] = [
    {
        // bash(1) "Pathname Expansion": [a] matches the character a, so the word expands to /data/hooks/boot.sh.
        name: "a bracket glob /d[a]ta/hooks/boot.sh",
        reads: () => script("bash /d[a]ta/hooks/boot.sh"),
        why: "pathsIn stops at `[`",
    },
    {
        // bash(1) "QUOTING": $'...' decodes \xHH, so the operand is /data/hooks/boot.sh.
        name: "an ANSI-C quoted path $'\\x2fdata/hooks/boot.sh'",
        reads: () => script("bash $'\\x2fdata/hooks/boot.sh'"),
        why: "the reader keeps \\x2f literally",
    },
    {
        // bash(1): "$D"ta is the value of D followed by `ta` (quote removal after parameter expansion).
        name: 'a variable followed by quoted-off letters: D=/da; bash "$D"ta/hooks/boot.sh',
        reads: () => script("D=/da", 'bash "$D"ta/hooks/boot.sh'),
        why: "quote removal joins `$D` and `ta` before expansion, so the reader looks up a variable `Dta`",
    },
    {
        // bash(1) ${parameter:-word} as cd's operand: the working directory becomes /data/hooks.
        name: 'cd "${HOOKS:-/data/hooks}" && ./boot.sh',
        reads: () => script('cd "${HOOKS:-/data/hooks}" && ./boot.sh'),
        why: "cd keeps the old working directory when its operand holds `$`",
    },
    {
        // xargs(1) "-a file, --arg-file=file: Read items from file instead of standard input".
        name: "xargs -a /data/hooks/list -n1 bash (items read from a file pods write)",
        reads: () => script("xargs -a /data/hooks/list -n1 bash"),
        why: "xargs' -a value is skipped as a wrapper option and never judged as a read",
    },
    {
        // systemd.service(5) "Command lines": "${FOO} ... replaced by the value of the environment variable".
        name: "a root unit's ExecStart=/bin/bash ${ROOT}ta/hooks/boot.sh with Environment=ROOT=/da",
        reads: () =>
            file(
                "/etc/systemd/system/hooks.service",
                "[Service]",
                "Environment=ROOT=/da",
                "ExecStart=/bin/bash ${ROOT}ta/hooks/boot.sh",
            ),
        why: "unit Exec lines are read with an empty variable map; Environment= values are not substituted",
    },
    {
        // overlayfs: the merged directory shows lowerdir's files (mount -t overlay overlay -o lowerdir=...).
        name: "mount -t overlay with lowerdir=/var/lib/kubelet/pods at /data/pods-view",
        reads: () =>
            shellPart(
                "mount -t overlay overlay -o lowerdir=/var/lib/kubelet/pods,upperdir=/data/.u,workdir=/data/.w /data/pods-view",
            ),
        why: "the source `overlay` is no path for bindOpenings, and the target is a data directory for rootReads",
    },
    {
        // A node-secret copy by redirect: the kubelet's kubeconfig points at its client certificate.
        name: "cat /var/lib/kubelet/pki/kubelet-client-current.pem > /data/node.pem",
        reads: () => shellPart("cat /var/lib/kubelet/pki/kubelet-client-current.pem > /data/node.pem"),
        why: "a write into a data directory is never judged for what it copies there",
    },
];

describe("allowlist: red-team round 24, direct spellings of root reads from data directories", () => {
    for (const c of directMisses)
        // Were MISSes (fixed in round 24): each `why` says where the reader lost the data directory.
        it(`refuses: ${c.name}`, () =>
            assert.ok(
                c.reads().some(w => /a node directory the pack lets pods (write|read)/.test(w)),
                `accepted (${c.why})`,
            ));
    it("accepts: find -print0 | xargs -0 rm over /data/tmp (direct)", () =>
        assert.deepStrictEqual(script("find /data/tmp -type f -mtime +7 -print0 | xargs -0 rm -f"), []));
});
