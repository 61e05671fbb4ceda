// Red-team round 38 on EKS NODE user data (fresh eyes), against engine/rootReads.ts, engine/shell.ts and
// engine/userData.ts. Probes the edges of round 36-37's secret flows and shell reading: bash aliases and functions
// shadowing inert commands, process substitution, mapfile/read -d '', here-strings, other encoders (xxd, od, gzip,
// split, openssl enc), env -S, exec -a, busybox applets, nsenter/systemd-run/unshare/systemd-nspawn, systemd sandbox
// keys that change a root unit's filesystem (RootDirectory=, ExtensionDirectories=, BindPaths=), kernel helpers set
// through /proc/sys and /sys. Secure neighbours (the same features without the opening) must stay clean. Misses are
// `it.skip` with a MISS comment.
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
const cloud = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withCloudConfig(lines));

const KEY = "/var/lib/kubelet/pki/kubelet-client-current.pem";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 38): a bash alias turns an inert command into a reader. GNU Bash manual 6.6 "Aliases": "Aliases are not expanded
    // when the shell is not interactive, unless the expand_aliases shell option is set using shopt"; the first word of
    // each later simple command is replaced by the alias text, so `mkdir /data/validator/env.sh` runs
    // `source /data/validator/env.sh` as root (cloud-init runs the part as root): whoever writes /data runs code as root
    // on the node. rootReads judges `mkdir` with a data directory operand as INERT_COMMANDS and never applies the alias
    // (`alias chown='bash'; chown /srv/boot.sh` is accepted too). The function form (`mkdir() { bash "$@"; }`) is refused.
    dev(
        "alias mkdir=source under shopt -s expand_aliases, then mkdir /data/validator/env.sh",
        script("dev-alias-mkdir-nodes", [
            "shopt -s expand_aliases",
            "alias mkdir='source'",
            "mkdir /data/validator/env.sh",
        ]),
        /\/data\/validator\/env\.sh/,
    ),
    dev(
        'a function shadowing mkdir (mkdir() { bash "$@"; }) then mkdir /srv/hooks/boot.sh',
        script("dev-function-mkdir-nodes", ['mkdir() { bash "$@"; }', "mkdir /srv/hooks/boot.sh"]),
    ),
    dev(
        'a function shadowing chown (function chown { . "$2"; }) then chown root /data/env',
        script("dev-function-chown-nodes", ['function chown { . "$2"; }', "chown root /data/env"]),
    ),
    dev(
        "the kubelet key through process substitution (cat <(cat KEY) > /data/k)",
        script("dev-procsub-key-nodes", [`cat <(cat ${KEY}) > /data/k.pem`]),
    ),
    dev(
        "cp <(cat KEY) /data/k (cp copies the pipe's content)",
        script("dev-cp-procsub-key-nodes", [`cp <(cat ${KEY}) /data/k.pem`]),
    ),
    // Was a MISS (fixed in round 38): mapfile/readarray (bash builtin: "Read lines from the standard input into the indexed array variable
    // ARRAY") read the redirected kubelet client key (cert + key of system:node:<name>) into an array, and printf writes
    // every line into /srv where any pod mounting /srv reads it (Kubernetes "Using Node Authorization": the node
    // identity reads the Secrets and mints the tokens of every pod on the node). Round 37 follows stdin into cat/tee/cp
    // and round 36 follows variables assigned from $(cat KEY), but not mapfile's array; `readarray -t L < KEY` and a
    // bare `printf '%s\n' "${L[@]}"` (printed to cloud-init-output.log) are accepted alike.
    dev(
        "mapfile -t L < KEY; printf '%s\\n' \"${L[@]}\" > /srv/k",
        script("dev-mapfile-key-nodes", [`mapfile -t L < ${KEY}`, "printf '%s\\n' \"${L[@]}\" > /srv/k.pem"]),
        /kubelet-client-current\.pem.*\/srv\/k\.pem/,
    ),
    // Was a MISS (fixed in round 38): `read -r -d '' K < KEY` (bash builtin read: "-d delim: The first character of delim is used to terminate
    // the input line, rather than newline. If delim is the empty string, read will terminate a line when it reads a NUL
    // character") puts the whole PEM file into K; echo writes it into /data. The read builtin is not taken as an
    // assignment from its redirect (plain `read -r K < KEY; echo "$K" > /data/k.pem` is accepted too, though it moves
    // only the first line of a PEM file; a one-line secret such as a token file goes whole).
    dev(
        "read -r -d '' K < KEY || true; echo \"$K\" > /data/k",
        script("dev-read-d-key-nodes", [`read -r -d '' K < ${KEY} || true`, 'echo "$K" > /data/k.pem']),
        /kubelet-client-current\.pem.*\/data\/k\.pem/,
    ),
    // Was a MISS (fixed in round 38): a here-string (GNU Bash manual 3.6.7 "Here Strings": "The word undergoes ... command substitution ... The
    // result is supplied as a single string, with a newline appended, to the command on its standard input") of
    // $(cat KEY) is the kubelet key on base64's standard input; its output goes into /data. `cat <<< "$(< KEY)" >
    // /data/k.pem` and the same base64 printed to the script's output (cloud-init-output.log, readable through a
    // read-only hostPath of /var/log) are accepted too. The here-document and pipe forms are refused (round 37).
    dev(
        'base64 -w0 <<< "$(cat KEY)" > /data/k.b64',
        script("dev-herestring-key-nodes", [`base64 -w0 <<< "$(cat ${KEY})" > /data/k.b64`]),
        /kubelet-client-current\.pem.*\/data\/k\.b64/,
    ),
    dev("xxd KEY > /data/k.hex", script("dev-xxd-key-nodes", [`xxd ${KEY} > /data/k.hex`])),
    dev("od -An -c KEY > /srv/k.od", script("dev-od-key-nodes", [`od -An -c ${KEY} > /srv/k.od`])),
    dev("gzip -c KEY > /data/k.gz", script("dev-gzip-key-nodes", [`gzip -c ${KEY} > /data/k.gz`])),
    dev(
        "split -b 64 KEY /data/k. (split writes the pieces)",
        script("dev-split-key-nodes", [`split -b 64 ${KEY} /data/k.`]),
    ),
    dev(
        "openssl enc -base64 -in KEY -out /data/k.b64",
        script("dev-openssl-enc-key-nodes", [`openssl enc -base64 -in ${KEY} -out /data/k.b64`]),
    ),
    dev(
        "tar -cf /data/pki.tar -C /var/lib/kubelet pki",
        script("dev-tar-key-nodes", ["tar -cf /data/pki.tar -C /var/lib/kubelet pki"]),
    ),
    // Was a MISS (fixed in round 38): the classic tar pipe. GNU tar manual (--file): an archive name of `-` writes the archive to standard output
    // when creating and reads it from standard input when extracting, so the pipe copies /var/lib/kubelet/pki (the
    // kubelet's client and serving keys) into /srv/pki. `tar -cf /data/pki.tar ...`, `tar -cf - ... > /data/x` and
    // `tar -cf - ... | cat > /srv/x` are refused; the extracting tar's -C /srv destination is not tied to the creating
    // tar's sources across the pipe.
    dev(
        "tar -C /var/lib/kubelet -cf - pki | tar -C /srv -xf - (a tar pipe)",
        script("dev-tar-pipe-key-nodes", ["tar -C /var/lib/kubelet -cf - pki | tar -C /srv -xf -"]),
        /\/var\/lib\/kubelet.*\/srv/,
    ),
    dev(
        "curl -s file:///var/lib/kubelet/pki/kubelet-client-current.pem -o /data/k.pem",
        script("dev-curl-file-key-nodes", [`curl -s file://${KEY} -o /data/k.pem`]),
    ),
    dev("busybox sh /data/boot.sh", script("dev-busybox-sh-nodes", ["busybox sh /data/boot.sh"])),
    dev("busybox cp KEY /srv/k.pem", script("dev-busybox-cp-key-nodes", [`busybox cp ${KEY} /srv/k.pem`])),
    dev("env -S 'bash /data/boot.sh'", script("dev-env-S-nodes", ["env -S 'bash /data/boot.sh'"])),
    dev("exec -a boot bash /srv/boot.sh", script("dev-exec-a-nodes", ["exec -a boot bash /srv/boot.sh"])),
    dev(
        "nsenter -t 1 -m -u -n -i -- sh /data/boot.sh",
        script("dev-nsenter-nodes", ["nsenter -t 1 -m -u -n -i -- sh /data/boot.sh"]),
    ),
    dev(
        "systemd-run --unit=boot-hook /bin/sh /srv/hooks/boot.sh",
        script("dev-systemd-run-nodes", ["systemd-run --unit=boot-hook /bin/sh /srv/hooks/boot.sh"]),
    ),
    dev(
        "systemd-run -p EnvironmentFile=/data/env --wait /usr/bin/true",
        script("dev-systemd-run-envfile-nodes", ["systemd-run -p EnvironmentFile=/data/env --wait /usr/bin/true"]),
    ),
    dev(
        "unshare -m sh -c 'mount --bind /srv/bin /opt/bin && /opt/bin/tool'",
        script("dev-unshare-nodes", ["unshare -m sh -c 'mount --bind /srv/bin /opt/bin && /opt/bin/tool'"]),
    ),
    dev(
        "systemd-nspawn -D /data/rootfs --bind=/var/lib/kubelet /bin/true",
        script("dev-nspawn-nodes", ["systemd-nspawn -D /data/rootfs --bind=/var/lib/kubelet /bin/true"]),
    ),
    dev(
        "mount -o bind,ro /var/lib/kubelet/pki /data/pki (a read-only bind of the kubelet's keys)",
        script("dev-bind-ro-pki-nodes", ["mkdir -p /data/pki", "mount -o bind,ro /var/lib/kubelet/pki /data/pki"]),
    ),
    dev(
        "mount -B /etc/kubernetes /srv/k8s",
        script("dev-mount-B-nodes", ["mkdir -p /srv/k8s", "mount -B /etc/kubernetes /srv/k8s"]),
    ),
    dev(
        "mount --rbind /var/lib /data/varlib (the kubelet directory below)",
        script("dev-rbind-varlib-nodes", ["mkdir -p /data/varlib", "mount --rbind /var/lib /data/varlib"]),
    ),
    dev(
        "a root unit with RootDirectory=/data/rootfs",
        cloud("dev-unit-rootdirectory-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/app.service",
            "    content: |",
            "      [Service]",
            "      RootDirectory=/data/rootfs",
            "      ExecStart=/bin/app",
            "runcmd:",
            "  - [systemctl, enable, --now, app.service]",
        ]),
    ),
    dev(
        "a root unit with BindPaths=/srv/bin:/usr/local/bin and ExecStart=/usr/local/bin/agent",
        cloud("dev-unit-bindpaths-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/agent.service",
            "    content: |",
            "      [Service]",
            "      BindPaths=/srv/bin:/usr/local/bin",
            "      ExecStart=/usr/local/bin/agent",
            "runcmd:",
            "  - [systemctl, enable, --now, agent.service]",
        ]),
    ),
    dev(
        "a unit with ExtensionDirectories=/data/ext",
        cloud("dev-unit-extdirs-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/agent.service",
            "    content: |",
            "      [Service]",
            "      ExtensionDirectories=/data/ext",
            "      ExecStart=/usr/bin/agent",
            "runcmd:",
            "  - [systemctl, enable, --now, agent.service]",
        ]),
    ),
    // Was a MISS (fixed in round 38): systemd.exec(5) LoadCredential=ID:PATH: the service manager (root) reads PATH and places it in the unit's
    // $CREDENTIALS_DIRECTORY, "accessible to the user associated with the unit, via the User=/DynamicUser= settings"
    // (systemd.io/CREDENTIALS). A non-root, NoNewPrivileges, PrivateNetwork unit is exempt from the data-directory
    // reading rules, but LoadCredential= hands it the kubelet's client key, and its ExecStart copies the key into /data
    // (a uid-0 pod can chmod /data so user nobody may write there). The node secret lands outside NODE_SECRETS; the
    // pack does not read LoadCredential= (nor ImportCredential=/SetCredential=) as root reading the path on the unit's
    // behalf.
    dev(
        "a unit with LoadCredential=kc:<kubelet client key> and a non-root User= copying it to /data",
        cloud("dev-unit-loadcredential-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/exporter.service",
            "    content: |",
            "      [Service]",
            "      User=nobody",
            "      NoNewPrivileges=yes",
            "      PrivateNetwork=yes",
            "      LoadCredential=kc:/var/lib/kubelet/pki/kubelet-client-current.pem",
            "      ExecStart=/bin/cp ${CREDENTIALS_DIRECTORY}/kc /data/kc.pem",
            "runcmd:",
            "  - [systemctl, enable, --now, exporter.service]",
        ]),
        /kubelet-client-current\.pem/,
    ),
    dev(
        "echo '|/data/crash-handler %p' > /proc/sys/kernel/core_pattern",
        script("dev-core-pattern-proc-nodes", ["echo '|/data/crash-handler %p' > /proc/sys/kernel/core_pattern"]),
    ),
    dev(
        "echo /srv/hotplug > /sys/kernel/uevent_helper",
        script("dev-uevent-helper-nodes", ["echo /srv/hotplug > /sys/kernel/uevent_helper"]),
    ),
    dev(
        "binfmt_misc register with interpreter /data/interp (flag C)",
        script("dev-binfmt-register-nodes", ["echo ':pyz:E::pyz::/data/interp:C' > /proc/sys/fs/binfmt_misc/register"]),
    ),
    dev("trap 'bash /data/cleanup.sh' EXIT", script("dev-trap-nodes", ["trap 'bash /data/cleanup.sh' EXIT"])),
    dev(
        "hash -p /srv/tools/fake mkdir; mkdir -p /opt/x",
        script("dev-hash-p-nodes", ["hash -p /srv/tools/fake mkdir", "mkdir -p /opt/x"]),
    ),
    dev("cd /data/app && ./run.sh", script("dev-cd-run-nodes", ["cd /data/app && ./run.sh"])),
    dev("pushd /srv/app; python3 -m app", script("dev-pushd-python-nodes", ["pushd /srv/app", "python3 -m app"])),
    dev("cat KEY | sponge /data/k.pem", script("dev-sponge-key-nodes", [`cat ${KEY} | sponge /data/k.pem`])),
    dev(
        "coproc C { cat KEY; }; cat <&${C[0]} > /data/k",
        script("dev-coproc-key-nodes", [`coproc C { cat ${KEY}; }`, 'cat <&"${C[0]}" > /data/k.pem']),
    ),
    dev(
        "a process substitution as an output file: cat KEY > >(cat > /data/k)",
        script("dev-procsub-out-key-nodes", [`cat ${KEY} > >(cat > /data/k.pem)`]),
    ),
];

const secure: NodeCase[] = [
    dev(
        'a helper function making data directories (mkd() { mkdir -p "$1"; chown 1000:1000 "$1"; }; mkd /data/app)',
        script("dev-function-mkd-nodes", ['mkd() { mkdir -p "$1"; chown 1000:1000 "$1"; }', "mkd /data/app"]),
    ),
    dev(
        "mapfile -t DIRS < <(printf '%s\\n' /data/a /data/b); mkdir -p \"${DIRS[@]}\"",
        script("dev-mapfile-dirs-nodes", [
            "mapfile -t DIRS < <(printf '%s\\n' /data/a /data/b)",
            'mkdir -p "${DIRS[@]}"',
        ]),
    ),
    dev(
        "gzip -c /var/log/messages > /data/logs/messages.gz (a non-secret log copied into /data)",
        script("dev-gzip-log-nodes", ["mkdir -p /data/logs", "gzip -c /var/log/messages > /data/logs/messages.gz"]),
    ),
    dev(
        "mount -o bind,ro /opt/validator/share /data/share (a read-only bind of a non-secret node dir)",
        script("dev-bind-ro-share-nodes", [
            "mkdir -p /data/share",
            "mount -o bind,ro /opt/validator/share /data/share",
        ]),
    ),
    dev(
        "systemd-run --unit=warm /usr/bin/sysctl -w vm.max_map_count=262144",
        script("dev-systemd-run-sysctl-nodes", ["systemd-run --unit=warm /usr/bin/sysctl -w vm.max_map_count=262144"]),
    ),
    dev("trap 'rm -f /tmp/boot.lock' EXIT", script("dev-trap-rm-nodes", ["trap 'rm -f /tmp/boot.lock' EXIT"])),
    dev(
        "echo '|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h' > /proc/sys/kernel/core_pattern",
        script("dev-core-pattern-coredump-nodes", [
            "echo '|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h' > /proc/sys/kernel/core_pattern",
        ]),
    ),
];

describeNodeCases(
    "red team 38: node user data (aliases/functions, process substitution, encoders, namespaces, unit sandboxes)",
    insecure,
    secure,
);
