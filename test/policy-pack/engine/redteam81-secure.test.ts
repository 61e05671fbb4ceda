// Red-team round 81 on over-refusals (area secure, fresh eyes): SECURE variants a platform team writes on the committed
// stacks, each beside an insecure twin that changes one detail, probing the neighbours of the round-81 fixes.
// Probed: (node, dev) sysctl.d text beside round 81's fix (/run/sysctl.d literal vs copies into /run and /usr/lib
// sysctl.d, a symlink to /var/tmp, sed -i of a harmless key vs a core_pattern pipe); copies of a planted standard input
// beside round 81's `tee/install < FILE` (a template the script wrote vs exec 3< + <&3, 0<, a here-string of $(cat),
// cp /dev/stdin, a brace group's redirect, while-read, sponge, cat -, tee -a, `exec < FILE`); systemd-socket-proxyd
// behind socket units (AF_UNIX and loopback sockets to a private database, a drop-in resetting ListenStream= to
// loopback vs to every address, a bare port / [::] / BindToDevice=eth0 to instance metadata; socat on loopback); TTL
// rules (--ttl-set 1 in FORWARD vs --ttl-set 3, nft ttl set 64, iptables-restore of a planted file, a restore of the
// script's own IMDS DROP); a systemd unit running a /var/tmp script; `if f`/elif/while with a function's cd (/opt vs
// /var/tmp); Python writes of a download into modprobe.d, udev rules, ld.so.preload, CA anchors, sudoers.d, sshd
// config vs /var/lib/ops; pydoc -n 127.0.0.1 vs '' and 0; pinned trusts (a literal CA vs a planted one by cp and by
// trust anchor). (AWS, prod) identity Deny NotResource with a region condition, NotAction, an alias ARN, another
// region's key ARN, every region's keys, ReEncrypt left or denied; key-policy Deny NotPrincipal with the ops role's
// session listed, a condition, ReEncrypt not denied. (K8s, prod) named bind [admin] alone vs with rolebindings
// patch / update / * / rbac * create, a split Role + ClusterRole, a ClusterRole with clusterrolebindings create,
// impersonation of a user without bind (secure) and with it, two different users, a named patch of a declared view
// binding.
// Misses (8 insecure accepted, 3 secure refused):
//   - INSECURE, a copier's standard input other than its own `< FILE`: tee-fd3-vartmp, herestring-vartmp,
//     group-redirect-vartmp, exec-stdin-vartmp (rootReads.ts stdinFileCopies).
//   - INSECURE, a symlink into sysctl.d naming a planted file: sysctl-symlink-vartmp (userData.ts written / ln).
//   - INSECURE, iptables-restore of a planted rule set: iptables-restore-ttl (rootReads.ts loadedOperands).
//   - INSECURE, a planted CA into the system trust store: trust-anchor-vartmp, ca-anchor-vartmp (READ_BEFORE_WRITE).
//   - secure, systemd-socket-proxyd's dial target read as its listen address: proxyd-unix, proxyd-lo-db
//     (listeners.ts unreadListeners).
//   - secure, a named patch of a declared view binding paired with bind [admin]: bind-named-patch-view
//     (kubernetes.ts bindingWriters / bindHalfHeld).
// Held: 40 of 48 insecure refused; 19 of 22 secure clean.
import { describeVariants, find, prop, Resources, setProp, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";
import { bind, roleFor } from "./variantBuilders";

const { node } = secureCaseBuilders("rt81s");
const file = heredocFile;
/** What a refusal of a node's user data names (any node finding). */
const NODE = /./;
const nodeCase = (tag: string, what: string, lines: string[], refused?: RegExp, skip?: string) =>
    node(tag, `${what} (${tag}-rt81s)`, lines, refused, skip);

const A = ACCOUNT.prod;
const KEY = "aws:kms/key:Key";
const SHARE1 = `arn:aws:kms:eu-west-1:${A}:key/48163296-803a-4ce6-ad53-a0a0de26d32e`;
const OPSKEY = `arn:aws:kms:eu-west-1:${A}:key/0c5e8f4a-1d2b-4c3d-9e8f-7a6b5c4d3e2f`;
const KEYS = `arn:aws:kms:eu-west-1:${A}:key/*`;
const SIGNER = `arn:aws:iam::${A}:role/custody-prod-signer`;
const SIGNER_SESSION = `arn:aws:sts::${A}:assumed-role/custody-prod-signer/signer`;
const opsArn = (name: string) => `arn:aws:iam::${A}:role/${name}`;
const ops = (id: string, what: string, statements: object[], refused?: RegExp, skip?: string): StackCase => ({
    stack: "prod",
    name: `${refused ? "AI" : "A"}: ${id}-rt81s: ${what}`,
    edit: (r: Resources) => opsRole(r, "prod", A, `${id}-rt81s`, statements),
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});
const edit = (id: string, what: string, e: (r: Resources) => void, refused?: RegExp, skip?: string): StackCase => ({
    stack: "prod",
    name: `${refused ? "AI" : "A"}: ${id}-rt81s: ${what}`,
    edit: e,
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});
/** Adds `statements` to a prod key's policy. */
const addKey = (r: Resources, name: string, ...statements: object[]) => {
    const key = find(r, KEY, name);
    const keyDoc = JSON.parse(String(prop(key, "policy"))) as { Statement: object[] };
    keyDoc.Statement.push(...statements);
    setProp(key, "policy", JSON.stringify(keyDoc));
};
/** The ops role `name` allowed Decrypt on share-1, and share-1's policy Denying Decrypt to all but `notPrincipal`. */
const notPrincipalGuard = (r: Resources, name: string, notPrincipal: string[]) => {
    opsRole(r, "prod", A, name, [allow("kms:Decrypt", SHARE1)]);
    addKey(r, "signer-shares-share-1", {
        Sid: "OnlyListed",
        Effect: "Deny",
        NotPrincipal: { AWS: notPrincipal },
        Action: "kms:Decrypt",
        Resource: "*",
    });
};

const RBAC = "rbac.authorization.k8s.io";
const AUDITOR = [{ kind: "User", apiGroup: RBAC, name: "auditor" }];
const k8sCase = (id: string, what: string, rules: object[], refused?: RegExp, skip?: string): StackCase => ({
    stack: "prod",
    name: `${refused ? "KI" : "K"}: ${id}-rt81s: ${what}`,
    edit: (r: Resources) => roleFor(r, `${id}-rt81s`, rules, AUDITOR, "validators"),
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});
const k8sEdit = (id: string, what: string, e: (r: Resources) => void, refused?: RegExp, skip?: string): StackCase => ({
    stack: "prod",
    name: `${refused ? "KI" : "K"}: ${id}-rt81s: ${what}`,
    edit: e,
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});
const BIND_ADMIN = { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["admin"] };

/** A root Python one-liner prelude: `body` is an HTTPS download the pack cannot read. */
const PY_GET = "import urllib.request; body = urllib.request.urlopen('https://config.ops.example.com/v1/file').read()";
/** A loopback-only file server of /etc/kubernetes (python3 http.server -b 127.0.0.1). */
const KUBE_LO = "cd /etc/kubernetes && nohup python3 -m http.server -b 127.0.0.1 8001 >/dev/null 2>&1 &";
/** ops.socket (the given [Socket] lines) activating systemd-socket-proxyd to `target`. */
const proxySocket = (socket: string[], target: string) => [
    ...file("/etc/systemd/system/ops.socket", ["[Socket]", ...socket, "[Install]", "WantedBy=sockets.target"]),
    ...file("/etc/systemd/system/ops.service", [
        "[Unit]",
        "Requires=ops.socket",
        "[Service]",
        `ExecStart=/usr/lib/systemd/systemd-socket-proxyd ${target}`,
        "PrivateTmp=yes",
    ]),
    "systemctl daemon-reload",
    "systemctl enable --now ops.socket",
];

const NODE_CASES: StackCase[] = [
    // ================= sysctl.d text: neighbours of "unknown sysctl.d text refused" ===============================
    // sysctl.d(5): "Configuration files are read from /etc/sysctl.d/, /run/sysctl.d/, /usr/local/lib/sysctl.d/ and
    // /usr/lib/sysctl.d/" at boot by systemd-sysctl; core(5): a "|prog" core_pattern "is executed as root". Secure:
    // literal harmless settings in /run/sysctl.d; twins: a copy of a /var/tmp file (a local user's text) into
    // /run/sysctl.d and /usr/lib/sysctl.d, and a symlink from /etc/sysctl.d to /var/tmp.
    nodeCase("run-sysctl-literal", "printf literal net.* settings > /run/sysctl.d/90-ops.conf; sysctl --system", [
        "mkdir -p /run/sysctl.d",
        "printf '%s\\n' 'net.ipv4.tcp_keepalive_time = 600' 'net.core.somaxconn = 4096' > /run/sysctl.d/90-ops.conf",
        "sysctl --system",
    ]),
    nodeCase(
        "run-sysctl-vartmp",
        "cp /var/tmp/90-ops.conf /run/sysctl.d/ (a planted file); sysctl --system",
        ["mkdir -p /run/sysctl.d", "cp /var/tmp/90-ops.conf /run/sysctl.d/90-ops.conf", "sysctl --system"],
        NODE,
    ),
    nodeCase(
        "usrlib-sysctl-vartmp",
        "cat /var/tmp/90-ops.conf > /usr/lib/sysctl.d/90-ops.conf; sysctl --system",
        ["cat /var/tmp/90-ops.conf > /usr/lib/sysctl.d/90-ops.conf", "sysctl --system"],
        NODE,
    ),
    // Was a MISS (fixed in round 81): insecure accepted (got []). systemd-sysctl opens /etc/sysctl.d/90-ops.conf through the link: the planted
    // file's kernel.core_pattern runs as root. Where: policy-pack/engine/userData.ts written() (unknownSettings) sees only
    // writes; rootReads.ts does not turn `ln -s TARGET LINK` into a write of LINK with TARGET's (planted/unknown) content.
    // Fix (general): a link made at a path root reads as configuration or code (isSysctlFile, READ_BEFORE_WRITE, unit paths)
    // is a write there of its target's content: planted or unknown target = unknown text.
    nodeCase(
        "sysctl-symlink-vartmp",
        "ln -sf /var/tmp/90-ops.conf /etc/sysctl.d/90-ops.conf (a link to a planted file)",
        ["ln -sf /var/tmp/90-ops.conf /etc/sysctl.d/90-ops.conf", "sysctl --system"],
        NODE,
    ),
    // Neighbours (round 81 fix): symlink(7) "the resolution continues at the target": a link at a root-read path is
    // its target's text there. crontab(5): /etc/cron.d files run as root. Secure: the target is a file the script wrote.
    nodeCase(
        "cron-symlink-vartmp-fix81",
        "ln -s /var/tmp/ops.cron /etc/cron.d/ops (a link to a planted crontab)",
        ["ln -s /var/tmp/ops.cron /etc/cron.d/ops"],
        NODE,
    ),
    nodeCase("sysctl-symlink-own-fix81", "write /etc/ops/90-ops.conf (vm.swappiness), ln -sf it into /etc/sysctl.d", [
        "mkdir -p /etc/ops",
        ...file("/etc/ops/90-ops.conf", ["vm.swappiness = 10"]),
        "ln -sf /etc/ops/90-ops.conf /etc/sysctl.d/90-ops.conf",
        "sysctl --system",
    ]),
    // sed(1) -i edits in place: the substitution writes |/srv/ops/crash.sh (a pod-written program) as the kernel's
    // core_pattern program. Secure twin: sed sets vm.swappiness.
    nodeCase("sysctl-sed-swappiness", "sed -i sets vm.swappiness = 10 in /etc/sysctl.d/90-ops.conf", [
        ...file("/etc/sysctl.d/90-ops.conf", ["vm.swappiness = 60"]),
        "sed -i 's/^vm.swappiness = .*/vm.swappiness = 10/' /etc/sysctl.d/90-ops.conf",
        "sysctl --system",
    ]),
    nodeCase(
        "sysctl-sed-core-srv",
        "sed -i appends kernel.core_pattern = |/srv/ops/crash.sh to /etc/sysctl.d/90-ops.conf",
        [
            ...file("/etc/sysctl.d/90-ops.conf", ["vm.swappiness = 60"]),
            "sed -i '$a kernel.core_pattern = |/srv/ops/crash.sh %p' /etc/sysctl.d/90-ops.conf",
            "sysctl --system",
        ],
        NODE,
    ),

    // ================= copies of a planted standard input: neighbours of "tee/install stdin from a file" ==========
    // bash(1) REDIRECTION: "[n]<word" opens word for reading on fd n (0 by default), "[n]<&digits" duplicates it;
    // "<<< word" a here string. Each copies /var/tmp/ops.cron (a local user's text; /var/tmp is world-writable) into
    // /etc/cron.d (crontab(5): run by root's cron). Secure: the template was written by the script to /etc/ops first.
    nodeCase("tee-own-template", "write /etc/ops/ops.cron, then tee /etc/cron.d/ops < /etc/ops/ops.cron", [
        "mkdir -p /etc/ops",
        ...file("/etc/ops/ops.cron", ["0 3 * * * root /usr/bin/find /var/log/ops -mtime +14 -delete"]),
        "tee /etc/cron.d/ops < /etc/ops/ops.cron >/dev/null",
    ]),
    // Was a MISS (fixed in round 81): insecure accepted (got []). A copier's standard input from a descriptor dup (`exec 3<FILE` then `<&3`), a
    // here-string of a substitution, or a brace group's redirect carries /var/tmp/ops.cron (a local user's text) into
    // /etc/cron.d. Where: policy-pack/engine/rootReads.ts stdinFileCopies: only the simple command's own fd-0 `< FILE`
    // (c.reads) is followed. Fix (general): a stdin copier's output takes the provenance of whatever fd 0 is (dups through
    // exec/<&N, the enclosing compound's redirect, here-strings of substitutions); when the pack cannot name it, the text is
    // unknown (writtenUnknown), as for a pipe.
    nodeCase(
        "tee-fd3-vartmp",
        "exec 3</var/tmp/ops.cron; tee /etc/cron.d/ops <&3",
        ["exec 3</var/tmp/ops.cron", "tee /etc/cron.d/ops <&3 >/dev/null"],
        NODE,
    ),
    nodeCase(
        "tee-0lt-vartmp",
        "tee /etc/cron.d/ops 0</var/tmp/ops.cron (explicit fd 0)",
        ["tee /etc/cron.d/ops 0</var/tmp/ops.cron >/dev/null"],
        NODE,
    ),
    // Was a MISS (fixed in round 81): insecure accepted (got []): see tee-fd3-vartmp (here-string of $(cat PLANTED)).
    nodeCase(
        "herestring-vartmp",
        'tee /etc/cron.d/ops <<< "$(cat /var/tmp/ops.cron)"',
        ['tee /etc/cron.d/ops <<< "$(cat /var/tmp/ops.cron)" >/dev/null'],
        NODE,
    ),
    // sponge(1) (moreutils): "reads standard input and writes it out to the specified file"; cat(1): "With no FILE,
    // or when FILE is -, read standard input"; tee(1) -a appends.
    nodeCase(
        "sponge-vartmp",
        "sponge /etc/cron.d/ops < /var/tmp/ops.cron",
        ["dnf install -y moreutils", "sponge /etc/cron.d/ops < /var/tmp/ops.cron"],
        NODE,
    ),
    nodeCase(
        "cat-dash-vartmp",
        "cat - < /var/tmp/ops.cron > /etc/cron.d/ops",
        ["cat - < /var/tmp/ops.cron > /etc/cron.d/ops"],
        NODE,
    ),
    nodeCase(
        "tee-append-vartmp",
        "tee -a /etc/cron.d/ops < /var/tmp/ops.cron",
        ["tee -a /etc/cron.d/ops < /var/tmp/ops.cron >/dev/null"],
        NODE,
    ),
    // bash(1) exec: "If command is not specified, any redirections take effect in the current shell": fd 0 is the
    // planted file for every later command.
    // Was a MISS (fixed in round 81): insecure accepted (got []): see tee-fd3-vartmp (`exec < FILE` sets fd 0 for the rest of the script).
    nodeCase(
        "exec-stdin-vartmp",
        "exec < /var/tmp/ops.cron; tee /etc/cron.d/ops",
        ["exec < /var/tmp/ops.cron", "tee /etc/cron.d/ops >/dev/null"],
        NODE,
    ),
    nodeCase(
        "cp-devstdin-vartmp",
        "cp /dev/stdin /etc/cron.d/ops < /var/tmp/ops.cron",
        ["cp /dev/stdin /etc/cron.d/ops < /var/tmp/ops.cron"],
        NODE,
    ),
    // Was a MISS (fixed in round 81): insecure accepted (got []): see tee-fd3-vartmp (the brace group's `< FILE`).
    nodeCase(
        "group-redirect-vartmp",
        "{ tee /etc/cron.d/ops; } < /var/tmp/ops.cron (the group's stdin)",
        ["{ tee /etc/cron.d/ops >/dev/null; } < /var/tmp/ops.cron"],
        NODE,
    ),
    // Neighbours (round 81 fix): bash(1) "[n]<&digits" duplicates descriptor n from digits; a group's redirect applies
    // to its commands. Secure: fd 3 and the group's input are the template the script wrote; insecure: cp /dev/stdin of
    // a dup of the planted file.
    nodeCase("tee-fd3-own-fix81", "write /etc/ops/ops.cron, exec 3< it, tee /etc/cron.d/ops <&3", [
        "mkdir -p /etc/ops",
        ...file("/etc/ops/ops.cron", ["0 3 * * * root /usr/bin/find /var/log/ops -mtime +14 -delete"]),
        "exec 3</etc/ops/ops.cron",
        "tee /etc/cron.d/ops <&3 >/dev/null",
    ]),
    nodeCase("group-redirect-own-fix81", "write /etc/ops/ops.cron, { tee /etc/cron.d/ops; } < it", [
        "mkdir -p /etc/ops",
        ...file("/etc/ops/ops.cron", ["0 3 * * * root /usr/bin/find /var/log/ops -mtime +14 -delete"]),
        "{ tee /etc/cron.d/ops >/dev/null; } < /etc/ops/ops.cron",
    ]),
    nodeCase(
        "cp-devstdin-fd3-vartmp-fix81",
        "exec 3</var/tmp/ops.cron; cp /dev/stdin /etc/cron.d/ops <&3",
        ["exec 3</var/tmp/ops.cron", "cp /dev/stdin /etc/cron.d/ops <&3"],
        NODE,
    ),
    nodeCase(
        "while-read-vartmp",
        'while read -r l; do echo "$l"; done < /var/tmp/ops.cron > /etc/cron.d/ops',
        ['while IFS= read -r l; do echo "$l"; done < /var/tmp/ops.cron > /etc/cron.d/ops'],
        NODE,
    ),

    // ================= socket units activating systemd-socket-proxyd (neighbours of round 81) ====================
    // systemd.socket(5) ListenStream=: "If the address string is a single number, it is read as port number to listen
    // on via IPv6. Depending on the value of BindIPv6Only= ... available via both IPv6 and IPv4 (default)"; "v.w.x.y:z"
    // is that IPv4 address. A proxy to instance metadata (169.254.169.254:80) on every address hands node credentials
    // to every pod (the pod hop limit no longer stops them). Secure: a loopback-only socket to a private database
    // endpoint and an AF_UNIX socket (a path: "If the address starts with a slash ... AF_UNIX").
    // Was a MISS (fixed in round 81): secure refused. Refused: "user data has root run systemd-socket-proxyd, a program the pack does not read,
    // listening beyond loopback (...ExecStart=/usr/lib/systemd/systemd-socket-proxyd 10.0.12.7:5432: systemd-socket-proxyd
    // on 10.0.12.7:5432)". systemd-socket-proxyd(8): its operand is the address it CONNECTS to; it listens only on the
    // sockets systemd passes (here loopback / AF_UNIX). The same unit proxying to a loopback server is clean (round 81).
    // Where: policy-pack/engine/userDataReaders/listeners.ts unreadListeners: systemd-socket-proxyd (a forwarder of
    // relays.ts commandForwarders, RELAY programs) is not in NOT_UNREAD_SERVERS, so its HOST:PORT dial target is read as a
    // listen address. Fix (general): programs read as forwarders are never also unread listeners; their operands are dial
    // ends, their listens the forwarder reader's (socketActivatedListens).
    nodeCase("proxyd-unix", "ops.socket ListenStream=/run/ops/db.sock -> proxyd 10.0.12.7:5432", [
        "mkdir -p /run/ops",
        ...proxySocket(["ListenStream=/run/ops/db.sock", "SocketMode=0600"], "10.0.12.7:5432"),
    ]),
    // Was a MISS (fixed in round 81): secure refused: see proxyd-unix (127.0.0.1:15432 socket; the dial target read as a listen address).
    nodeCase(
        "proxyd-lo-db",
        "ops.socket ListenStream=127.0.0.1:15432 -> proxyd 10.0.12.7:5432",
        proxySocket(["ListenStream=127.0.0.1:15432"], "10.0.12.7:5432"),
    ),
    // Neighbour (round 81 fix): the same dial target named by a private DNS name (systemd-socket-proxyd(8) "HOST:PORT"
    // it connects to), on a loopback socket: secure.
    nodeCase(
        "proxyd-lo-dns-fix81",
        "ops.socket ListenStream=127.0.0.1:16379 -> proxyd cache.ops.internal:6379",
        proxySocket(["ListenStream=127.0.0.1:16379"], "cache.ops.internal:6379"),
    ),
    // socat(1): "TCP-LISTEN:<port> ... bind=<sockname>" listens there; "TCP:<host>:<port>" connects. A loopback-only
    // relay to the private database: secure, as proxyd-lo-db (clean: the socat reader takes TCP: as a dial end).
    nodeCase("socat-lo-db", "socat TCP-LISTEN:15432,bind=127.0.0.1,fork TCP:10.0.12.7:5432 &", [
        "nohup socat TCP-LISTEN:15432,bind=127.0.0.1,reuseaddr,fork TCP:10.0.12.7:5432 >/dev/null 2>&1 &",
    ]),
    nodeCase(
        "proxyd-imds-port",
        "ops.socket ListenStream=8080 -> proxyd 169.254.169.254:80 (IMDS on every address)",
        proxySocket(["ListenStream=8080"], "169.254.169.254:80"),
        NODE,
    ),
    nodeCase(
        "proxyd-imds-v6any",
        "ops.socket ListenStream=[::]:8080 -> proxyd 169.254.169.254:80",
        proxySocket(["ListenStream=[::]:8080"], "169.254.169.254:80"),
        NODE,
    ),
    // systemd.socket(5) BindToDevice=: binds to a network interface; eth0 is the node's VPC interface (pods' traffic to
    // the node's IP reaches it). 0.0.0.0 plus a device is still not loopback.
    nodeCase(
        "proxyd-imds-eth0",
        "ops.socket ListenStream=0.0.0.0:8080 BindToDevice=eth0 -> proxyd 169.254.169.254:80",
        proxySocket(["ListenStream=0.0.0.0:8080", "BindToDevice=eth0"], "169.254.169.254:80"),
        NODE,
    ),
    // A drop-in (systemd.unit(5) "foo.socket.d/*.conf") that empties and re-adds ListenStream: "If the empty string is
    // assigned to any of these options, the list of addresses to listen on is reset". The service proxies a loopback
    // file server of /etc/kubernetes (the kubelet's kubeconfig and client certificate path). Secure: the reset lands
    // on loopback; twin: on every address (every pod reads the node's credentials through it).
    nodeCase(
        "proxyd-dropin-lo",
        "ops.socket on 8080, a drop-in resets ListenStream= to 127.0.0.1:8080 (proxyd to a loopback /etc/kubernetes server)",
        [
            KUBE_LO,
            ...proxySocket(["ListenStream=8080"], "127.0.0.1:8001"),
            ...file("/etc/systemd/system/ops.socket.d/10-lo.conf", [
                "[Socket]",
                "ListenStream=",
                "ListenStream=127.0.0.1:8080",
            ]),
            "systemctl daemon-reload && systemctl restart ops.socket",
        ],
    ),
    nodeCase(
        "proxyd-dropin-wide",
        "ops.socket on 127.0.0.1:8080, a drop-in resets ListenStream= to 8080 (exposes the /etc/kubernetes server)",
        [
            KUBE_LO,
            ...proxySocket(["ListenStream=127.0.0.1:8080"], "127.0.0.1:8001"),
            ...file("/etc/systemd/system/ops.socket.d/10-wide.conf", [
                "[Socket]",
                "ListenStream=",
                "ListenStream=8080",
            ]),
            "systemctl daemon-reload && systemctl restart ops.socket",
        ],
        NODE,
    ),

    // ================= TTL on instance metadata's replies (neighbours of --ttl-set 1) ============================
    // iptables-extensions(8) TTL target: "--ttl-set value: Set the TTL value to 'value'", "--ttl-inc value: Increment
    // the TTL value 'value' times"; the IMDSv2 hop limit (EC2 User Guide, "Instance metadata options": "the number of
    // network hops that the PUT response is allowed to make") is enforced through the reply's TTL. Secure: the rule is
    // in the nat-free mangle OUTPUT chain towards IMDS with --ttl-set 1 (lowers); nft's "ip ttl set 1" likewise.
    // Twins: the same with the iptables-nft spelling of a raise (--ttl-set 3 on POSTROUTING towards pods), and an
    // nft rule raising it.
    nodeCase("ttl-set1-forward", "iptables -t mangle -A FORWARD -s 169.254.169.254 -j TTL --ttl-set 1", [
        "iptables -t mangle -A FORWARD -s 169.254.169.254/32 -j TTL --ttl-set 1",
    ]),
    nodeCase(
        "ttl-set3-postrouting",
        "iptables -t mangle -I POSTROUTING -s 169.254.169.254 -j TTL --ttl-set 3",
        ["iptables -t mangle -I POSTROUTING 1 -s 169.254.169.254/32 -j TTL --ttl-set 3"],
        NODE,
    ),
    nodeCase(
        "nft-ttl-set64",
        "nft add rule ip mangle prerouting ip saddr 169.254.169.254 ip ttl set 64",
        [
            "nft add table ip mangle",
            "nft 'add chain ip mangle prerouting { type filter hook prerouting priority -150; }'",
            "nft add rule ip mangle prerouting ip saddr 169.254.169.254 ip ttl set 64",
        ],
        NODE,
    ),
    // Was a MISS (fixed in round 81): insecure accepted (got []). iptables-restore(8) loads whatever rules /var/tmp/rules.v4 holds (a local
    // user's: a DNAT of pod traffic to 169.254.169.254 or TTL --ttl-inc on its replies hands pods the node role). Where:
    // policy-pack/engine/rootReads.ts: iptables-restore is a NODE_SECRET_KEEPERS program and not among loadedOperands;
    // relays.ts iptablesForwarder reads only rule text the pack knows. Fix (general): a rule loader (iptables-restore,
    // ip6tables-restore, nft -f, ipset restore, firewall-cmd --permanent from files) of planted or unknown text is unknown
    // rules: refused as an unread route to instance metadata.
    nodeCase(
        "iptables-restore-ttl",
        "iptables-restore < /var/tmp/rules.v4 (a planted rule set, may raise the TTL)",
        ["iptables-restore < /var/tmp/rules.v4"],
        NODE,
    ),

    // iptables-restore(8) reads rules from standard input in iptables-save's format. Secure: a rule set the script wrote
    // that only DROPs pods' forwarded traffic to instance metadata (EKS best practices "Restrict access to the instance
    // profile assigned to the worker node": block IMDS for pods).
    nodeCase("iptables-restore-own", "write /etc/sysconfig/iptables (FORWARD -d IMDS DROP), iptables-restore -n < it", [
        ...file("/etc/sysconfig/iptables", [
            "*filter",
            ":FORWARD ACCEPT [0:0]",
            "-A FORWARD -d 169.254.169.254/32 -j DROP",
            "COMMIT",
        ]),
        "iptables-restore -n < /etc/sysconfig/iptables",
    ]),
    // Neighbours (round 81 fix): iptables-restore(8) "[file]" operand, nft(8) "-f, --file filename", a descriptor dup
    // (bash(1) "[n]<&digits"): a planted rule set loaded any way is unknown rules. Secure: ip6tables-restore of a rule set
    // the script wrote.
    nodeCase(
        "iptables-restore-file-fix81",
        "iptables-restore /var/tmp/rules.v4 (the file operand)",
        ["iptables-restore /var/tmp/rules.v4"],
        NODE,
    ),
    nodeCase("nft-f-vartmp-fix81", "nft -f /var/tmp/ops.nft (a planted rule set)", ["nft -f /var/tmp/ops.nft"], NODE),
    nodeCase(
        "iptables-restore-fd3-fix81",
        "exec 3</var/tmp/rules.v4; iptables-restore <&3",
        ["exec 3</var/tmp/rules.v4", "iptables-restore <&3"],
        NODE,
    ),
    nodeCase(
        "ip6tables-restore-own-fix81",
        "write /etc/sysconfig/ip6tables (INPUT ssh ACCEPT), ip6tables-restore < it",
        [
            ...file("/etc/sysconfig/ip6tables", [
                "*filter",
                ":INPUT ACCEPT [0:0]",
                "-A INPUT -p tcp --dport 22 -j ACCEPT",
                "COMMIT",
            ]),
            "ip6tables-restore < /etc/sysconfig/ip6tables",
        ],
    ),

    // ================= private temp dirs: systemd PrivateTmp and mktemp -d ========================================
    // systemd.exec(5) PrivateTmp=: "sets up a new file system namespace for the executed processes and mounts private
    // /tmp/ and /var/tmp/ directories inside it that are not shared by processes outside of the namespace". A unit
    // whose ExecStartPre downloads to /tmp and ExecStart runs it: with PrivateTmp=yes no local user can swap the file.
    // Twin (insecure, one detail): the unit runs /var/tmp/ops-hook.sh without downloading it (planted before boot).
    nodeCase(
        "unit-runs-vartmp",
        "ops-hook.service ExecStart=/bin/sh /var/tmp/ops-hook.sh (a planted script, PrivateTmp=no)",
        [
            ...file("/etc/systemd/system/ops-hook.service", [
                "[Service]",
                "Type=oneshot",
                "ExecStart=/bin/sh /var/tmp/ops-hook.sh",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl daemon-reload && systemctl enable --now ops-hook.service",
        ],
        NODE,
    ),

    // ================= `if f` with cd (neighbours of round 81) ====================================================
    // bash(1): a function runs in the current shell ("Functions are executed in the context of the current shell"),
    // so its cd moves the caller; `if f; then ./setup.sh` runs setup.sh from the directory f left. Secure: f cds to
    // /opt/ops (root's, the script wrote setup.sh there); twin: f cds to /var/tmp (setup.sh a local user's).
    nodeCase("if-f-cd-opt", "f() { cd /opt/ops; }; if f; then ./setup.sh; fi (the script wrote it)", [
        "mkdir -p /opt/ops",
        ...file("/opt/ops/setup.sh", ["#!/bin/sh", "echo ok > /var/log/ops-setup.log"]),
        "chmod 0755 /opt/ops/setup.sh",
        "f() { cd /opt/ops; }",
        "if f; then ./setup.sh; fi",
    ]),
    nodeCase(
        "if-f-cd-vartmp",
        "f() { cd /var/tmp; }; if f; then ./setup.sh; fi",
        ["f() { cd /var/tmp; }", "if f; then ./setup.sh; fi"],
        NODE,
    ),
    nodeCase(
        "elif-f-cd-vartmp",
        "f() { cd /var/tmp; }; if false; then :; elif f; then sh setup.sh; fi",
        ["f() { cd /var/tmp; }", "if false; then :; elif f; then sh setup.sh; fi"],
        NODE,
    ),
    nodeCase(
        "while-f-cd-vartmp",
        "f() { cd /var/tmp; }; while f; do bash ./setup.sh; break; done",
        ["f() { cd /var/tmp; }", "while f; do bash ./setup.sh; break; done"],
        NODE,
    ),

    // ================= Python writes into root-read configuration (neighbours of round 81) =======================
    // modprobe.d(5): "install modulename command...: This command instructs modprobe to run your command instead of
    // inserting the module"; udev(7): RUN{program} "Add a program to the list of programs to be executed"; ld.so(8):
    // /etc/ld.so.preload "File containing a whitespace-separated list of ELF shared objects to be loaded before the
    // program"; update-ca-trust(8): anchors become trusted by every TLS client. A root Python program writing text the
    // pack cannot read (a download's body) there chooses root's code or trust. Secure: the same download is kept as
    // data under /var/lib/ops (no root reader loads it as code or configuration).
    nodeCase("py-state", "python3 -c: urlopen(https config).read() written to /var/lib/ops/state.json", [
        "mkdir -p /var/lib/ops",
        `python3 -c "${PY_GET}; open('/var/lib/ops/state.json', 'wb').write(body)"`,
    ]),
    nodeCase(
        "py-modprobe-d",
        "python3 -c: a download written to /etc/modprobe.d/ops.conf",
        [`python3 -c "${PY_GET}; open('/etc/modprobe.d/ops.conf', 'wb').write(body)"`],
        NODE,
    ),
    nodeCase(
        "py-udev-rules",
        "python3 -c: a download written to /usr/lib/udev/rules.d/99-ops.rules",
        [`python3 -c "${PY_GET}; open('/usr/lib/udev/rules.d/99-ops.rules', 'wb').write(body)"`],
        NODE,
    ),
    nodeCase(
        "py-ld-preload",
        "python3 -c: pathlib.Path('/etc/ld.so.preload').write_bytes(a download)",
        [`python3 -c "import pathlib; ${PY_GET}; pathlib.Path('/etc/ld.so.preload').write_bytes(body)"`],
        NODE,
    ),
    nodeCase(
        "py-ca-anchor",
        "python3 -c: a download written to /etc/pki/ca-trust/source/anchors/ops.pem; update-ca-trust",
        [
            `python3 -c "${PY_GET}; open('/etc/pki/ca-trust/source/anchors/ops.pem', 'wb').write(body)"`,
            "update-ca-trust extract",
        ],
        NODE,
    ),
    nodeCase(
        "py-sudoers-d",
        "python3 -c: a download written to /etc/sudoers.d/ops",
        [`python3 -c "${PY_GET}; open('/etc/sudoers.d/ops', 'wb').write(body)"`],
        NODE,
    ),
    nodeCase(
        "py-sshd-principals",
        "python3 -c: a download written to /etc/ssh/sshd_config.d/90-ops.conf",
        [`python3 -c "${PY_GET}; open('/etc/ssh/sshd_config.d/90-ops.conf', 'wb').write(body)"`],
        NODE,
    ),

    // ================= pydoc -n (neighbours of round 81) =========================================================
    // pydoc(1) "-n <hostname>: Start an HTTP server with the given hostname"; Python http.server binds ("", port) to
    // every address (socketserver: the empty host is INADDR_ANY), and inet_aton("0") is 0.0.0.0. Secure: 127.0.0.1.
    nodeCase("pydoc-lo", "nohup python3 -m pydoc -n 127.0.0.1 -p 8080 &", [
        "nohup python3 -m pydoc -n 127.0.0.1 -p 8080 >/dev/null 2>&1 &",
    ]),
    nodeCase(
        "pydoc-empty",
        "nohup python3 -m pydoc -n '' -p 8080 & (every address)",
        ["nohup python3 -m pydoc -n '' -p 8080 >/dev/null 2>&1 &"],
        NODE,
    ),
    nodeCase(
        "pydoc-zero",
        "nohup pydoc3 -p 8080 -n 0 & (0 is 0.0.0.0)",
        ["nohup pydoc3 -p 8080 -n 0 >/dev/null 2>&1 &"],
        NODE,
    ),

    // ================= pinned trusts =============================================================================
    // update-ca-trust(8): files in /etc/pki/ca-trust/source/anchors/ become trusted CAs for every TLS client on the
    // node. Secure: a CA the script writes literally and then pins with curl --cacert; twin: the anchor is copied from
    // /var/tmp (a local user's CA: MITM of the node's ECR/STS/EKS calls).
    nodeCase("ca-anchor-literal", "write /etc/pki/ca-trust/source/anchors/ops.pem literally; update-ca-trust", [
        ...file("/etc/pki/ca-trust/source/anchors/ops.pem", [
            "-----BEGIN CERTIFICATE-----",
            "MIIBszCCAVmgAwIBAgIUQ2VydGlmaWNhdGVPcHNSb290MAoGCCqGSM49BAMCMBYx",
            "FDASBgNVBAMMC29wcyByb290IGNhMB4XDTI2MDEwMTAwMDAwMFoXDTM2MDEwMTAw",
            "-----END CERTIFICATE-----",
        ]),
        "update-ca-trust extract",
    ]),
    // trust(1) (p11-kit) "anchor: Store or remove trust anchors": `trust anchor FILE` adds FILE's certificate to the
    // system trust store. Twin of ca-anchor-literal with a planted file.
    // Was a MISS (fixed in round 81): insecure accepted (got []). A local user's CA becomes trusted by every TLS client of the node (containerd's
    // image pulls, the AWS CLI, the SSM agent): a network attacker then serves any image to root's runtime. Where:
    // policy-pack/engine/userDataReaders/addresses.ts READ_BEFORE_WRITE (and RootReads.planted copies) lacks
    // /etc/pki/ca-trust/source/ (anchors, blocklist), /usr/share/pki/ca-trust-source/, /etc/pki/tls/certs/; `trust` and
    // update-ca-trust are NODE_SECRET_KEEPERS whose operands are not loadedOperands. Fix (general): the system trust
    // store's sources are root-read configuration: a planted or unknown file copied or stored there is refused.
    nodeCase(
        "trust-anchor-vartmp",
        "trust anchor --store /var/tmp/ops.pem (a planted CA into the system trust store)",
        ["trust anchor --store /var/tmp/ops.pem"],
        NODE,
    ),
    // Was a MISS (fixed in round 82): insecure accepted (got []): see trust-anchor-vartmp (cp of the planted CA into anchors/).
    // Still open (round 81): the round-81 fix listed the trust store's sources in READ_BEFORE_WRITE, which also refused
    // rounds 25 and 49's secure CA downloads over https (an operator's choice); it was taken back at integration. The fix
    // needs a planted copy judged where it lands for readers of that directory (update-ca-trust), downloads kept apart.
    // Fixed (round 82): rootReads.ts RootReads.plantedTrustAnchors refuses a planted copy (plantedCopies) landing in
    // TRUST_STORE_SOURCES; downloads and literal writes there are not planted, so rounds 25 and 49 stay accepted.
    nodeCase(
        "ca-anchor-vartmp",
        "cp /var/tmp/ops.pem /etc/pki/ca-trust/source/anchors/; update-ca-trust",
        ["cp /var/tmp/ops.pem /etc/pki/ca-trust/source/anchors/ops.pem", "update-ca-trust extract"],
        NODE,
    ),
    // Neighbours (round 81 fix): update-ca-trust(8) reads /usr/share/pki/ca-trust-source/ too; trust(1) anchor of a CA
    // the script wrote itself is secure.
    // Was a MISS (fixed in round 82): as ca-anchor-vartmp.
    nodeCase(
        "ca-source-usrshare-vartmp-fix81",
        "install /var/tmp/ops.pem /usr/share/pki/ca-trust-source/anchors/; update-ca-trust",
        ["install -m 0644 /var/tmp/ops.pem /usr/share/pki/ca-trust-source/anchors/ops.pem", "update-ca-trust extract"],
        NODE,
    ),
    // Neighbours (round 82): update-ca-certificates(8) reads /usr/local/share/ca-certificates; an archive of CAs from
    // /tmp unpacked into anchors/ fills it with a local user's files (tar(1) -x -C). Secure: cp of a CA the script wrote.
    nodeCase(
        "ca-local-share-mv-tmp-fix82",
        "mv /tmp/ops.crt /usr/local/share/ca-certificates/; update-ca-certificates",
        ["mv /tmp/ops.crt /usr/local/share/ca-certificates/ops.crt", "update-ca-certificates"],
        NODE,
    ),
    nodeCase(
        "ca-anchor-tar-devshm-fix82",
        "tar -xf /dev/shm/cas.tar -C /etc/pki/ca-trust/source/anchors; update-ca-trust",
        ["tar -xf /dev/shm/cas.tar -C /etc/pki/ca-trust/source/anchors", "update-ca-trust extract"],
        NODE,
    ),
    nodeCase("ca-anchor-copy-own-fix82", "write /etc/ops/ops.pem literally; cp it into anchors/; update-ca-trust", [
        "mkdir -p /etc/ops",
        ...file("/etc/ops/ops.pem", [
            "-----BEGIN CERTIFICATE-----",
            "MIIBszCCAVmgAwIBAgIUQ2VydGlmaWNhdGVPcHNSb290MAoGCCqGSM49BAMCMBYx",
            "-----END CERTIFICATE-----",
        ]),
        "cp /etc/ops/ops.pem /etc/pki/ca-trust/source/anchors/ops.pem",
        "update-ca-trust extract",
    ]),
    nodeCase("trust-anchor-own-fix81", "write /etc/ops/ops.pem literally; trust anchor --store it", [
        "mkdir -p /etc/ops",
        ...file("/etc/ops/ops.pem", [
            "-----BEGIN CERTIFICATE-----",
            "MIIBszCCAVmgAwIBAgIUQ2VydGlmaWNhdGVPcHNSb290MAoGCCqGSM49BAMCMBYx",
            "-----END CERTIFICATE-----",
        ]),
        "trust anchor --store /etc/ops/ops.pem",
    ]),
];

const AWS_CASES: StackCase[] = [
    // ================= identity Deny NotResource (neighbours of round 81 sparedByNotResourceDenies) ===============
    // IAM User Guide "NotResource": with Deny, "the action is denied on all resources except the ones listed". A Deny
    // with a condition denies only when the condition holds (IAM "Condition": "the statement applies only when the
    // conditions are met"): aws:RequestedRegion us-east-1 never matches eu-west-1 keys, so the Allow on keys/* stands
    // (insecure). Secure: NotAction [Encrypt] + NotResource [ops key] denies Decrypt on every other key.
    ops(
        "notres-cond-region",
        "Allow Decrypt keys/*, Deny kms:* NotResource the ops key when RequestedRegion is us-east-1",
        [
            allow("kms:Decrypt", KEYS),
            {
                Effect: "Deny",
                Action: "kms:*",
                NotResource: OPSKEY,
                Condition: { StringEquals: { "aws:RequestedRegion": "us-east-1" } },
            },
        ],
        /./,
    ),
    ops("notres-notaction", "Allow Decrypt keys/*, Deny NotAction kms:Encrypt NotResource the ops key", [
        allow("kms:Decrypt", KEYS),
        { Effect: "Deny", NotAction: "kms:Encrypt", NotResource: OPSKEY },
    ]),
    // Deny kms:Decrypt NotResource the ops key leaves ReEncryptFrom (KMS API "ReEncrypt": "decrypts ciphertext and then
    // reencrypts it", authorized by kms:ReEncryptFrom on the source key) on share-1: the plaintext moves to a key the
    // holder owns. Insecure.
    ops(
        "notres-reencrypt",
        "Allow Decrypt + ReEncrypt* on keys/* and *, Deny kms:Decrypt NotResource the ops key (ReEncryptFrom left)",
        [
            allow(["kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo"], "*"),
            { Effect: "Deny", Action: "kms:Decrypt", NotResource: OPSKEY },
        ],
        /./,
    ),
    // A NotResource naming an alias ARN: KMS authorizes Decrypt on the key ARN (KMS Developer Guide "Using aliases to
    // control access": an alias ARN in Resource does not match the key), so the Deny covers every key ARN: secure.
    ops("notres-alias", "Allow Decrypt keys/*, Deny kms:* NotResource alias/ops (every key ARN denied)", [
        allow("kms:Decrypt", KEYS),
        { Effect: "Deny", Action: "kms:*", NotResource: `arn:aws:kms:eu-west-1:${A}:alias/ops` },
    ]),

    // NotResource compares the whole ARN: the ops key's id in another region is another resource, so a Deny NotResource
    // naming only the us-east-1 ARN denies kms:* on every eu-west-1 key (secure); twin: NotResource key/* of every
    // region spares every key (the Allow stands).
    ops("notres-other-region", "Allow Decrypt keys/*, Deny kms:* NotResource the ops key id in us-east-1", [
        allow("kms:Decrypt", KEYS),
        { Effect: "Deny", Action: "kms:*", NotResource: OPSKEY.replace("eu-west-1", "us-east-1") },
    ]),
    ops(
        "notres-any-region",
        "Allow Decrypt keys/*, Deny kms:* NotResource arn:aws:kms:*:ACCOUNT:key/* (spares all keys)",
        [allow("kms:Decrypt", KEYS), { Effect: "Deny", Action: "kms:*", NotResource: `arn:aws:kms:*:${A}:key/*` }],
        /./,
    ),
    ops("notres-reencrypt-all", "Allow Decrypt + ReEncrypt* on *, Deny kms:* NotResource the ops key", [
        allow(["kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo"], "*"),
        { Effect: "Deny", Action: "kms:*", NotResource: OPSKEY },
    ]),

    // ================= key-policy Deny NotPrincipal (neighbours of round 81 trustDeny) ===========================
    // IAM User Guide "NotPrincipal": with Deny, "the actions specified in the policy statement are explicitly denied to
    // all principals except for the ones specified"; for a role, the request's principal is the assumed-role session,
    // so the session ARN (and the account) must be listed to exempt it. Listing the signer only shuts out the ops role
    // (secure, and round 80 pins that); twins: the ops role's session listed (its principal is exempt), and a
    // wildcard-free account root listed beside the signer.
    edit("np-signer-account", "share-1 Deny Decrypt NotPrincipal [signer, its session] + an ops role Allow", r =>
        notPrincipalGuard(r, "np-signer-account-rt81s", [SIGNER, SIGNER_SESSION]),
    ),
    edit(
        "np-ops-session",
        "share-1 Deny Decrypt NotPrincipal [signer, the ops role, its session, account root]",
        r =>
            notPrincipalGuard(r, "np-ops-session-rt81s", [
                SIGNER,
                SIGNER_SESSION,
                opsArn("np-ops-session-rt81s"),
                `arn:aws:sts::${A}:assumed-role/np-ops-session-rt81s/ops`,
                `arn:aws:iam::${A}:root`,
            ]),
        /./,
    ),
    // NotPrincipal in Deny with Condition: the Deny holds only when the condition does; aws:SourceIp of a VPC caller
    // is absent through a VPC endpoint ("aws:SourceIp ... not present in the request when the requester uses a VPC
    // endpoint") so a NotIpAddress Deny may not apply: insecure (the ops role keeps Decrypt).
    edit(
        "np-cond-sourceip",
        "share-1 Deny Decrypt NotPrincipal [signer] only when NotIpAddress aws:SourceIp 10.0.0.0/8",
        r => {
            opsRole(r, "prod", A, "np-cond-sourceip-rt81s", [allow("kms:Decrypt", SHARE1)]);
            addKey(r, "signer-shares-share-1", {
                Sid: "OnlyListed",
                Effect: "Deny",
                NotPrincipal: { AWS: [SIGNER, SIGNER_SESSION] },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { NotIpAddress: { "aws:SourceIp": "10.0.0.0/8" } },
            });
        },
        /./,
    ),
    // The NotPrincipal Deny covers kms:Decrypt only; the ops role's ReEncryptFrom on share-1 (KMS: "ReEncrypt ...
    // decrypts") is not denied: insecure.
    edit(
        "np-reencrypt",
        "share-1 Deny Decrypt NotPrincipal [signer]; the ops role holds ReEncryptFrom on share-1",
        r => {
            opsRole(r, "prod", A, "np-reencrypt-rt81s", [allow(["kms:ReEncryptFrom", "kms:ReEncryptTo"], "*")]);
            addKey(r, "signer-shares-share-1", {
                Sid: "OnlyListed",
                Effect: "Deny",
                NotPrincipal: { AWS: [SIGNER, SIGNER_SESSION] },
                Action: "kms:Decrypt",
                Resource: "*",
            });
        },
        /./,
    ),
];

const K8S_CASES: StackCase[] = [
    // ================= bind on a named role paired with binding writes (neighbours of round 81 bindHalfHeld) ======
    // "Using RBAC Authorization", "Restrictions on role binding creation or update": "You can only create/update a role
    // binding if ... you are authorized to perform the bind verb on the referenced role". bind alone writes nothing:
    // secure. Twins: the binding write is update/patch (an existing RoleBinding's roleRef is immutable, but its
    // subjects are not: the holder adds itself to a binding of admin), and a ClusterRoleBinding create.
    k8sCase("bind-only", "Role: bind on clusterroles [admin], no RoleBinding write", [BIND_ADMIN]),
    k8sCase(
        "bind-patch",
        "Role: bind [admin] + rolebindings get/patch (adds itself to an admin binding)",
        [BIND_ADMIN, { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["get", "patch"] }],
        /./,
    ),
    k8sCase(
        "bind-update",
        "Role: bind [admin] + rolebindings update",
        [BIND_ADMIN, { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["get", "update"] }],
        /./,
    ),
    k8sCase(
        "bind-wild-verb",
        'Role: bind [admin] + rolebindings verbs ["*"]',
        [BIND_ADMIN, { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["*"] }],
        /./,
    ),
    k8sCase(
        "bind-wild-res",
        'Role: bind [admin] + rbac resources ["*"] create',
        [BIND_ADMIN, { apiGroups: [RBAC], resources: ["*"], verbs: ["create"] }],
        /./,
    ),
    // A named patch of one RoleBinding whose roleRef is view: roleRef is immutable ("roleRef ... cannot be updated"),
    // and bind admin lets the patch add subjects only to that view binding: nothing beyond view. Secure.
    // The stack declares ops-view (roleRef ClusterRole view, "RoleBinding and ClusterRoleBinding": "After you create a
    // binding, you cannot change the Role or ClusterRole that it refers to"), so patching its subjects reaches view only.
    // Was a MISS (fixed in round 82): secure refused. Refused: "Role bind-named-patch-view-rt81s (bind only (...`bind` on ClusterRole admin by
    // resourceNames: rolebindings to it, where this binding reaches): built-in ClusterRole admin (creates workloads))".
    // The only binding write is a patch limited to ops-view, which the stack declares with roleRef view (immutable): no
    // request may make a binding of admin. Where: policy-pack/engine/kubernetes.ts bindingWriters / bindHalfHeld: any
    // binding write verb of a subject pairs with any named bind, whatever bindings the write may touch. Fix (general): a
    // binding write pairs with `bind` on X only if it can produce a binding whose roleRef is X: an unrestricted create (or a
    // named create with its patch), or a named update/patch of a binding whose declared roleRef is X or unknown.
    // Still open (round 81): not reached in time; bindingWriters must record per request identity the roleRefs its
    // writes can produce (any, or the declared roleRefs of the named bindings) and withoutNamedBind keep `bind` only there.
    k8sEdit(
        "bind-named-patch-view",
        "Role: bind [admin] + rolebindings get/patch [ops-view]; the stack's ops-view binds ClusterRole view",
        r => {
            roleFor(
                r,
                "bind-named-patch-view-rt81s",
                [
                    BIND_ADMIN,
                    {
                        apiGroups: [RBAC],
                        resources: ["rolebindings"],
                        verbs: ["get", "patch"],
                        resourceNames: ["ops-view"],
                    },
                ],
                AUDITOR,
                "validators",
            );
            bind(
                r,
                "ops-view",
                { kind: "ClusterRole", name: "view" },
                [{ kind: "User", apiGroup: RBAC, name: "oncall" }],
                "validators",
            );
        },
    ),
    // Round 82 fix neighbours (bindingRoleRefsOfRules): a named patch reaches only the roleRef its binding already has
    // ("After you create a binding, you cannot change the Role or ClusterRole that it refers to"). Twins: the named
    // binding is the stack's binding of admin (the holder adds itself to admin), or one the stack does not declare
    // (a binding outside it may reference admin: fail closed); an update by name of the view binding stays view.
    k8sEdit(
        "bind-named-patch-admin-fix82",
        "Role: bind [admin] + rolebindings get/patch [ops-admin]; the stack's ops-admin binds ClusterRole admin",
        r => {
            roleFor(
                r,
                "bind-named-patch-admin-fix82-rt81s",
                [
                    BIND_ADMIN,
                    {
                        apiGroups: [RBAC],
                        resources: ["rolebindings"],
                        verbs: ["get", "patch"],
                        resourceNames: ["ops-admin"],
                    },
                ],
                AUDITOR,
                "validators",
            );
            bind(
                r,
                "ops-admin",
                { kind: "ClusterRole", name: "admin" },
                [{ kind: "User", apiGroup: RBAC, name: "oncall" }],
                "validators",
            );
        },
        /bind only/,
    ),
    k8sCase(
        "bind-named-patch-undeclared-fix82",
        "Role: bind [admin] + rolebindings patch [legacy-ops] (not declared by the stack)",
        [
            BIND_ADMIN,
            { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["patch"], resourceNames: ["legacy-ops"] },
        ],
        /bind only/,
    ),
    k8sEdit(
        "bind-named-update-view-fix82",
        "Role: bind [admin] + rolebindings get/update [ops-view]; the stack's ops-view binds ClusterRole view",
        r => {
            roleFor(
                r,
                "bind-named-update-view-fix82-rt81s",
                [
                    BIND_ADMIN,
                    {
                        apiGroups: [RBAC],
                        resources: ["rolebindings"],
                        verbs: ["get", "update"],
                        resourceNames: ["ops-view"],
                    },
                ],
                AUDITOR,
                "validators",
            );
            bind(
                r,
                "ops-view",
                { kind: "ClusterRole", name: "view" },
                [{ kind: "User", apiGroup: RBAC, name: "oncall" }],
                "validators",
            );
        },
    ),
    // The binding write in a ClusterRole bound by a ClusterRoleBinding to the same user: the user may create a
    // RoleBinding of admin in validators.
    k8sEdit(
        "bind-split-cluster",
        "Role: bind [admin] in validators; ClusterRole rolebindings create bound cluster-wide to the same user",
        r => {
            roleFor(r, "bind-split-cluster-a-rt81s", [BIND_ADMIN], AUDITOR, "validators");
            roleFor(
                r,
                "bind-split-cluster-b-rt81s",
                [{ apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"] }],
                AUDITOR,
            );
        },
        /./,
    ),
    // Kubernetes "User impersonation": an impersonated request is authorized as the impersonated user only; RBAC's bind
    // check ("Restrictions on role binding creation or update") is made for that request's user. The auditor holds bind
    // [admin] but no binding write; rb-writer (whom it impersonates) writes RoleBindings but holds no bind on admin and
    // not admin's permissions: neither request may create a binding of admin. Secure.
    k8sEdit(
        "bind-impersonate",
        "auditor: bind [admin] + impersonate user rb-writer; rb-writer: rolebindings create",
        r => {
            roleFor(r, "bind-imp-a-rt81s", [BIND_ADMIN], AUDITOR, "validators");
            roleFor(
                r,
                "bind-imp-b-rt81s",
                [{ apiGroups: [""], resources: ["users"], verbs: ["impersonate"], resourceNames: ["rb-writer"] }],
                AUDITOR,
            );
            roleFor(
                r,
                "bind-imp-c-rt81s",
                [{ apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"] }],
                [{ kind: "User", apiGroup: RBAC, name: "rb-writer" }],
                "validators",
            );
        },
    ),
    // Twin: the impersonated user also holds bind [admin] (its own request may then bind admin).
    k8sEdit(
        "bind-impersonate-both",
        "auditor may impersonate rb-writer; rb-writer: rolebindings create + bind [admin]",
        r => {
            roleFor(
                r,
                "bind-impb-b-rt81s",
                [{ apiGroups: [""], resources: ["users"], verbs: ["impersonate"], resourceNames: ["rb-writer"] }],
                AUDITOR,
            );
            roleFor(
                r,
                "bind-impb-c-rt81s",
                [BIND_ADMIN, { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"] }],
                [{ kind: "User", apiGroup: RBAC, name: "rb-writer" }],
                "validators",
            );
        },
        /./,
    ),
    // A ClusterRole: bind [admin] + clusterrolebindings create, bound cluster-wide: admin in every namespace.
    k8sEdit(
        "bind-crb",
        "ClusterRole: bind [admin] + clusterrolebindings create, ClusterRoleBinding to auditor",
        r =>
            roleFor(
                r,
                "bind-crb-rt81s",
                [BIND_ADMIN, { apiGroups: [RBAC], resources: ["clusterrolebindings"], verbs: ["create"] }],
                AUDITOR,
            ),
        /./,
    ),
    // Two different users: one holds bind, the other the RoleBinding write: neither alone grants admin. Secure.
    k8sEdit("bind-other-user", "auditor: bind [admin]; another user ops-rb: rolebindings create", r => {
        roleFor(r, "bind-other-a-rt81s", [BIND_ADMIN], AUDITOR, "validators");
        roleFor(
            r,
            "bind-other-b-rt81s",
            [{ apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"] }],
            [{ kind: "User", apiGroup: RBAC, name: "ops-rb" }],
            "validators",
        );
    }),
];

/** The cases whose MISS comment says why they are skipped. */
const MISSES = new Set<string>([]);
const missed = (c: StackCase) => [...MISSES].some(m => new RegExp(`[ (]${m}-rt81s[:)]`).test(c.name));
const ALL = [...NODE_CASES, ...AWS_CASES, ...K8S_CASES].map(c => (missed(c) ? { ...c, skip: true } : c));
describeVariants(
    "red team 81: secure variants of the committed stacks and their insecure twins",
    ALL.filter(c => c.refused),
    ALL.filter(c => !c.refused),
);
