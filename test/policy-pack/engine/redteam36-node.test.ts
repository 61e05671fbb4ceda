// Red-team round 36 on EKS NODE user data (fresh eyes), against engine/rootReads.ts, engine/shell.ts and
// engine/userData.ts. Insecure shapes here hand pods the node's instance metadata or credentials without naming a
// data directory in a root-read form (a generic forward proxy other than squid, `kubectl proxy` with the kubelet's
// kubeconfig, an IMDSv2 token written where pods read), or give pods a node file through a HARD link (the same
// inode, written in place). Secure neighbours (the same features without the opening) must stay clean. Misses are
// `it.skip` with a MISS comment.
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

const insecure: NodeCase[] = [
    // MISS: userData.ts configured() recognises only squid's http_access/http_port as a forward proxy. nginx with
    // `proxy_pass http://$http_host$request_uri` proxies to whatever Host a client names (nginx ngx_http_proxy_module,
    // proxy_pass: "Parameter value can contain variables"; an IP literal needs no resolver) and does not add
    // X-Forwarded-For by default, so a pod sends PUT http://169.254.169.254/latest/api/token to nodeIP:3128 and nginx, a
    // node process, gets the token back within the hop limit (AWS security blog "Add defense in depth against open
    // firewalls, reverse proxies, and SSRF...": the TTL 1 applies to the PUT response): the node role reaches pods.
    // Same effect as the refused squid case (round 28).
    dev(
        "an nginx forward proxy on the node (proxy_pass http://$http_host$request_uri on :3128, allow 10.0.0.0/8)",
        cloud("dev-nginx-forward-nodes", [
            "packages: [nginx]",
            "write_files:",
            "  - path: /etc/nginx/conf.d/forward.conf",
            "    content: |",
            "      server {",
            "          listen 3128;",
            "          allow 10.0.0.0/8;",
            "          deny all;",
            "          location / {",
            "              proxy_pass http://$http_host$request_uri;",
            "          }",
            "      }",
            "runcmd:",
            "  - [systemctl, enable, --now, nginx.service]",
        ]),
        /./,
        true,
    ),
    // MISS: as above for Apache httpd: `ProxyRequests On` makes mod_proxy a forward proxy (httpd mod_proxy docs,
    // "Forward Proxies and Reverse Proxies/Gateways"; AL2023's httpd loads mod_proxy/mod_proxy_http from
    // conf.modules.d/00-proxy.conf), `Require ip 10.0.0.0/8` admits pod IPs: pods fetch the node role through it.
    dev(
        "an Apache httpd forward proxy on the node (ProxyRequests On, Require ip 10.0.0.0/8, Listen 3128)",
        cloud("dev-httpd-forward-nodes", [
            "packages: [httpd]",
            "write_files:",
            "  - path: /etc/httpd/conf.d/forward-proxy.conf",
            "    content: |",
            "      Listen 3128",
            "      <VirtualHost *:3128>",
            "          ProxyRequests On",
            "          <Proxy *>",
            "              Require ip 10.0.0.0/8",
            "          </Proxy>",
            "      </VirtualHost>",
            "runcmd:",
            "  - [systemctl, enable, --now, httpd.service]",
        ]),
        /./,
        true,
    ),
    // MISS: the unit names /var/lib/kubelet/kubeconfig in ExecStart but no reader judges a root program SERVING the
    // node's API identity: `kubectl proxy --address=0.0.0.0 --accept-hosts=.*` (kubectl proxy reference: --address,
    // --accept-hosts) forwards every request a pod sends to nodeIP:8001 to the API server authenticated as
    // system:node:<name> (nodeadm's kubeconfig runs aws-iam-authenticator with the node role). The Node authorizer lets
    // that identity read Secrets of pods bound to the node and create ServiceAccount tokens for them (Kubernetes "Using
    // Node Authorization"): the signer's token. The squid/socat rules show the intent (node credentials relayed to pods).
    dev(
        "a root unit running kubectl proxy --address=0.0.0.0 --accept-hosts='.*' with the kubelet's kubeconfig",
        cloud("dev-kubectl-proxy-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/node-api-proxy.service",
            "    content: |",
            "      [Service]",
            "      ExecStart=/usr/local/bin/kubectl --kubeconfig /var/lib/kubelet/kubeconfig proxy --address=0.0.0.0 --port=8001 --accept-hosts=.*",
            "      Restart=always",
            "      [Install]",
            "      WantedBy=multi-user.target",
            "runcmd:",
            "  - [curl, -sSLo, /usr/local/bin/kubectl, 'https://s3.us-west-2.amazonaws.com/amazon-eks/1.31.0/2024-09-12/bin/linux/amd64/kubectl']",
            "  - [chmod, '0755', /usr/local/bin/kubectl]",
            "  - [systemctl, daemon-reload]",
            "  - [systemctl, enable, --now, node-api-proxy.service]",
        ]),
        /./,
        true,
    ),
    // MISS: credentials() knows security-credentials/<role> and CLI token printers, not the IMDSv2 session token. The
    // hop limit only stops the PUT response (EC2 API MetadataOptions httpPutResponseHopLimit: "The desired HTTP PUT
    // response hop limit"; the GET responses are not limited): a pod reading /data/imds/token sends
    // GET .../iam/security-credentials/<role> with X-aws-ec2-metadata-token and gets the node role for the token's 6h
    // (credentials then valid for hours more). Same effect as writing the credentials themselves (refused).
    dev(
        "the IMDSv2 session token (curl -X PUT .../api/token, 6 hours) written to /data/imds/token",
        script("dev-imds-token-data-nodes", [
            "mkdir -p /data/imds",
            "curl -s -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 21600' > /data/imds/token",
        ]),
        /\/data|token|metadata/,
        true,
    ),
    // MISS: as above, the token through a variable (TOKEN=$(curl -X PUT ...); echo "$TOKEN" > /srv/...).
    dev(
        "the IMDSv2 session token held in a variable and echoed into /srv/agent/imds-token",
        script("dev-imds-token-var-nodes", [
            "TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 21600')",
            "mkdir -p /srv/agent",
            'echo "$TOKEN" > /srv/agent/imds-token',
        ]),
        /\/srv|token|metadata/,
        true,
    ),
    // Was a MISS (fixed in round 36): rootReads.ts judges `ln` as a copier whose destination in a data directory is inert ("mv renames over the
    // link and ln makes links"), and only refuses a symlink FROM a node path INTO a data directory. A hard link is the
    // same inode under two names (link(2): "both names refer to the same file"): a uid-0 pod with /data writable
    // opens /data/validator/bin/preflight O_TRUNC and rewrites /usr/local/bin/validator-preflight, which root cron
    // runs every 5 minutes: root on the node. /data and /usr/local/bin share the AL2023 root volume (mkdir -p /data).
    dev(
        "a hard link (ln, no -s) of a root-run node binary into /data: /usr/local/bin/validator-preflight as /data/validator/bin/preflight, then run by root cron every 5 minutes",
        script("dev-hardlink-bin-nodes", [
            "curl -sSLo /usr/local/bin/validator-preflight https://artifacts.example.com/validator-preflight",
            "chmod 0755 /usr/local/bin/validator-preflight",
            "mkdir -p /data/validator/bin",
            "ln -f /usr/local/bin/validator-preflight /data/validator/bin/preflight",
            "echo '*/5 * * * * root /usr/local/bin/validator-preflight --check' > /etc/cron.d/validator-preflight",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 36): as above through cp -l/--link (GNU cp: "-l, --link: hard link files instead of copying"): the copy into
    // /data is judged a copy of non-secret node files, but /data/backup/systemd/kubelet.service IS
    // /etc/systemd/system/kubelet.service (AL2023 EKS AMI): a pod rewrites the kubelet's ExecStart, root runs it on the
    // next daemon-reload/reboot.
    dev(
        "cp -al (hard links) of /etc/systemd/system into /data/backup/systemd",
        script("dev-cp-link-systemd-nodes", [
            "mkdir -p /data/backup",
            "cp -al /etc/systemd/system /data/backup/systemd",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 36): as above: /srv/certs/ca-bundle.pem is the node's trust store (the real file behind
    // /etc/pki/tls/certs/ca-bundle.crt on AL2023); a pod appends its CA and the kubelet, containerd (registry TLS) and the
    // AWS CLI trust it: a pod MITMs image pulls and runs its image as the signer.
    dev(
        "a hard link of the node's CA bundle into /srv/certs (ln /etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem /srv/certs/ca-bundle.pem)",
        script("dev-hardlink-ca-nodes", [
            "mkdir -p /srv/certs",
            "ln /etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem /srv/certs/ca-bundle.pem",
        ]),
        /\/srv/,
    ),
    // Was a MISS (fixed in round 36): rootReads.ts refuses node secrets (podSpec.ts NODE_SECRETS: /var/lib/kubelet/pods holds every pod's
    // projected token) copied into data directories and /var/log only (round 31: "other non-secret node paths are not
    // judged"), and podSpec.ts admits a read-only hostPath of /opt/kubelet-backup (no credential or socket there by
    // name). Together a root pod of the stack reads pods.tgz: the signer's IRSA web-identity token (custody role).
    // Either the copy target should count as pod-readable when a stack pod mounts it, or node secrets may land
    // only in root-only node paths.
    dev(
        "an hourly root cron job archiving /var/lib/kubelet/pods (every pod's token) into /opt/kubelet-backup, which a DaemonSet of the stack mounts read-only",
        r => {
            script("dev-kubelet-backup-nodes", [
                "mkdir -p /opt/kubelet-backup",
                "echo '0 * * * * root tar czf /opt/kubelet-backup/pods.tgz /var/lib/kubelet/pods' > /etc/cron.d/kubelet-backup",
            ])(r);
            hostPathDaemonSet(r, "backup-shipper", "kube-system", "/opt/kubelet-backup", rootNoCaps, true);
        },
        /kubelet|\/opt/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "an nginx static status page on the node (:8080, root /usr/share/nginx/html, no proxy)",
        cloud("dev-nginx-static-nodes", [
            "packages: [nginx]",
            "write_files:",
            "  - path: /etc/nginx/conf.d/status.conf",
            "    content: |",
            "      server {",
            "          listen 8080;",
            "          root /usr/share/nginx/html;",
            "      }",
            "runcmd:",
            "  - [systemctl, enable, --now, nginx.service]",
        ]),
    ),
    dev(
        "the IMDSv2 token used in the script only (TOKEN=$(curl -X PUT ...); curl -H token .../instance-id)",
        script("dev-imds-token-local-nodes", [
            "TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 60')",
            'INSTANCE_ID=$(curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id)',
            'echo "node $INSTANCE_ID ready"',
        ]),
    ),
    dev(
        "a DaemonSet of the stack mounting /opt/node-facts read-only, into which user data copies /etc/os-release",
        r => {
            script("dev-node-facts-nodes", ["mkdir -p /opt/node-facts", "cp /etc/os-release /opt/node-facts/"])(r);
            hostPathDaemonSet(r, "node-facts", "kube-system", "/opt/node-facts", rootNoCaps, true);
        },
    ),
    dev(
        "cp (no links) of a node tool into /data/validator/bin for the pod's use",
        script("dev-copy-tool-data-nodes", ["mkdir -p /data/validator/bin", "cp /usr/bin/jq /data/validator/bin/jq"]),
    ),
    dev(
        "a symlink inside /data pointing at a node file (ln -s /etc/pki/tls/certs/ca-bundle.crt /data/certs/ca.crt: resolved in the pod's own root)",
        script("dev-symlink-in-data-nodes", [
            "mkdir -p /data/certs",
            "ln -sf /etc/pki/tls/certs/ca-bundle.crt /data/certs/ca.crt",
        ]),
    ),
];

describeNodeCases(
    "red team 36: node user data (forward proxies, kubectl proxy, IMDS tokens, hard links)",
    insecure,
    secure,
);
