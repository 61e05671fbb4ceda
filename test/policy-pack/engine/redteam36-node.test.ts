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
    // Was a MISS (fixed in round 36: userData.ts forwardProxies judges every forward proxy a configuration sets up, squid's
    // rule generalised): userData.ts configured() recognised only squid's http_access/http_port as a forward proxy. nginx with
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
        /nginx proxies to the host a client names/,
    ),
    // Was a MISS (fixed in round 36, userData.ts forwardProxies): as above for Apache httpd: `ProxyRequests On` makes mod_proxy a forward proxy (httpd mod_proxy docs,
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
        /Apache httpd proxies to the host a client names \(ProxyRequests On\)/,
    ),
    // Was a MISS (fixed in round 36: userData.ts nodeJudge.ran judges kubectl proxy and port-forward by the address they
    // serve on, whatever the kubeconfig): the unit names /var/lib/kubelet/kubeconfig in ExecStart but no reader judged a root program SERVING the
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
        /kubectl proxy serve the API server on 0\.0\.0\.0/,
    ),
    // Was a MISS (fixed in round 36: userData.ts credentials() names the token endpoint as a credential source):
    // credentials() knew security-credentials/<role> and CLI token printers, not the IMDSv2 session token. The
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
        /IMDSv2 session token.*\/data\/imds\/token/,
    ),
    // Was a MISS (fixed in round 36): as above, the token through a variable (TOKEN=$(curl -X PUT ...); echo "$TOKEN" > /srv/...). userData.ts now
    // names the token as a credential (credentials()), but rootReads.ts follows a credential into a file only when the
    // command printing it writes there (or an env dump after eval/export); a variable assigned from a credential-printing
    // substitution, then echoed or printf'd into a pod-readable file, is not followed, for the role's credentials either
    // (CREDS=$(curl .../security-credentials/role); echo "$CREDS" > /srv/x is accepted too). Needs rootReads.ts: remember
    // such variables per Context (with unset and reassignment clearing them) and refuse (refuseSecrets) output that
    // expands one and goes where pods read.
    dev(
        "the IMDSv2 session token held in a variable and echoed into /srv/agent/imds-token",
        script("dev-imds-token-var-nodes", [
            "TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 21600')",
            "mkdir -p /srv/agent",
            'echo "$TOKEN" > /srv/agent/imds-token',
        ]),
        /\/srv|token|metadata/,
    ),
    // Neighbours (round 36): other forward proxies and relays reachable from pods, and other ways of printing the token.
    dev(
        "an nginx stream{} proxy to instance metadata (proxy_pass 169.254.169.254:80 on :8080)",
        cloud("dev-nginx-stream-imds-nodes", [
            "packages: [nginx, nginx-mod-stream]",
            "write_files:",
            "  - path: /etc/nginx/stream.d/imds.conf",
            "    content: |",
            "      server { listen 8080; proxy_pass 169.254.169.254:80; }",
        ]),
        /relay or route to instance metadata.*169\.254\.169\.254:80/,
    ),
    dev(
        "an nginx reverse proxy to the IPv6 metadata address (proxy_pass http://[fd00:ec2::254]) on :8081",
        cloud("dev-nginx-imds6-nodes", [
            "write_files:",
            "  - path: /etc/nginx/conf.d/imds6.conf",
            "    content: |",
            "      server {",
            "          listen 8081;",
            "          location / { proxy_pass http://[fd00:ec2::254]; }",
            "      }",
        ]),
        /relay or route to instance metadata.*fd00:ec2::254/,
    ),
    dev(
        "an nginx stream{} proxy to the TLS server name a client sends (proxy_pass $ssl_preread_server_name:443)",
        cloud("dev-nginx-sni-forward-nodes", [
            "write_files:",
            "  - path: /etc/nginx/stream.d/egress.conf",
            "    content: |",
            "      server {",
            "          listen 8443;",
            "          ssl_preread on;",
            "          proxy_pass $ssl_preread_server_name:443;",
            "      }",
        ]),
        /nginx proxies to the host a client names/,
    ),
    dev(
        "Apache httpd proxying to the client's Host header (RewriteRule ... http://%{HTTP_HOST}/$1 [P,L]) on the default Listen 80",
        script("dev-httpd-rewrite-proxy-nodes", [
            "dnf install -y httpd",
            "cat > /etc/httpd/conf.d/egress.conf <<'EOF'",
            "RewriteEngine On",
            "RewriteRule ^/(.*)$ http://%{HTTP_HOST}/$1 [P,L]",
            "EOF",
            "systemctl enable --now httpd",
        ]),
        /Apache httpd proxies to the host a client names/,
    ),
    dev(
        "Apache httpd ProxyPass/ProxyPassReverse of /latest to http://169.254.169.254/latest",
        script("dev-httpd-imds-nodes", [
            "cat > /etc/httpd/conf.d/imds.conf <<'EOF'",
            "ProxyPass /latest http://169.254.169.254/latest",
            "ProxyPassReverse /latest http://169.254.169.254/latest",
            "EOF",
        ]),
        /relay or route to instance metadata/,
    ),
    dev(
        "HAProxy as a forward proxy (http-request set-dst from the Host header, server 0.0.0.0:0) on *:3128",
        script("dev-haproxy-forward-nodes", [
            "cat > /etc/haproxy/haproxy.cfg <<'EOF'",
            "frontend egress",
            "    bind *:3128",
            "    mode http",
            "    default_backend anywhere",
            "backend anywhere",
            "    mode http",
            "    http-request set-dst hdr(host)",
            "    server clear 0.0.0.0:0",
            "EOF",
            "systemctl enable --now haproxy",
        ]),
        /HAProxy connects to the address a client names/,
    ),
    dev(
        "an HAProxy backend server at instance metadata (server imds 169.254.169.254:80) behind bind :8080",
        script("dev-haproxy-imds-nodes", [
            "cat > /etc/haproxy/haproxy.cfg <<'EOF'",
            "frontend f",
            "    bind :8080",
            "    default_backend imds",
            "backend imds",
            "    server imds 169.254.169.254:80",
            "EOF",
        ]),
        /relay or route to instance metadata/,
    ),
    dev(
        "Envoy's dynamic forward proxy on a 0.0.0.0 listener",
        cloud("dev-envoy-dfp-nodes", [
            "write_files:",
            "  - path: /etc/envoy/envoy.yaml",
            "    content: |",
            "      static_resources:",
            "        listeners:",
            "          - address:",
            "              socket_address:",
            "                address: 0.0.0.0",
            "                port_value: 10000",
            "            filter_chains:",
            "              - filters:",
            "                  - name: envoy.filters.http.dynamic_forward_proxy",
        ]),
        /Envoy forwards to the host a client names/,
    ),
    dev(
        "ncat as an HTTP proxy server on every address (ncat -lk 3128 --proxy-type http) in a root unit",
        cloud("dev-ncat-proxy-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/egress.service",
            "    content: |",
            "      [Service]",
            "      ExecStart=/usr/bin/ncat -lk 3128 --proxy-type http",
            "      [Install]",
            "      WantedBy=multi-user.target",
            "runcmd:",
            "  - [systemctl, enable, --now, egress.service]",
        ]),
        /ncat as an HTTP proxy server on every address/,
    ),
    dev(
        "socat relaying a node port to instance metadata (TCP-LISTEN:8080,fork TCP:169.254.169.254:80)",
        script("dev-socat-imds-nodes", ["socat TCP-LISTEN:8080,fork,reuseaddr TCP:169.254.169.254:80 &"]),
        /relay or route to instance metadata/,
    ),
    dev(
        "kubectl proxy on the node's own address (--address $(hostname -i)) from root's kubeconfig",
        script("dev-kubectl-proxy-nodeip-nodes", [
            'kubectl --kubeconfig /root/.kube/config proxy --address "$(hostname -i)" --port 8001 &',
        ]),
        /kubectl proxy serve the API server/,
    ),
    dev(
        "kubectl port-forward of the signer's service on 0.0.0.0 (--address 0.0.0.0) with the kubelet's kubeconfig",
        script("dev-kubectl-port-forward-nodes", [
            "kubectl --kubeconfig=/var/lib/kubelet/kubeconfig -n custody port-forward svc/signer 8443:8443 --address 0.0.0.0 &",
        ]),
        /kubectl port-forward serve a pod's ports on 0\.0\.0\.0/,
    ),
    dev(
        "the IMDSv2 token saved by wget --method=PUT -O /srv/agent/token",
        script("dev-imds-token-wget-nodes", [
            "mkdir -p /srv/agent",
            "wget -q --method=PUT --header 'X-aws-ec2-metadata-token-ttl-seconds: 300' -O /srv/agent/token http://169.254.169.254/latest/api/token",
        ]),
        /IMDSv2 session token.*\/srv\/agent\/token/,
    ),
    dev(
        "the IMDSv2 token (IPv6 endpoint) piped into tee /mnt/shared/imds-token",
        script("dev-imds-token-tee-nodes", [
            "curl -s -X PUT 'http://[fd00:ec2::254]/latest/api/token' -H 'X-aws-ec2-metadata-token-ttl-seconds: 300' | tee /mnt/shared/imds-token",
        ]),
        /IMDSv2 session token.*\/mnt\/shared\/imds-token/,
    ),
    dev(
        "the IMDSv2 token printed to the script's output (cloud-init logs it under /var/log)",
        script("dev-imds-token-stdout-nodes", [
            "curl -s -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300'",
        ]),
        /IMDSv2 session token.*cloud-init-output\.log/,
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
    // DECIDED (round 36): credentials may land only inside NODE_SECRETS (rootReads.ts podReadable): podSpec.ts admits a read-only hostPath of any other node path, /run/imds-token included, whatever its mode (a root pod reads a 0600 file).
    dev(
        "DECIDED: the IMDSv2 token written to root-only /run/imds-token (chmod 600)",
        script("dev-imds-token-run-nodes", [
            "curl -s -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300' -o /run/imds-token",
            "chmod 600 /run/imds-token",
        ]),
        /IMDSv2 session token.*\/run\/imds-token/,
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
    // Neighbours (round 36): proxies bound to loopback or to fixed upstreams, kubectl on loopback, the token kept by root.
    dev(
        "an nginx forward proxy bound to loopback only (listen 127.0.0.1:3128, proxy_pass http://$http_host$request_uri)",
        cloud("dev-nginx-forward-loopback-nodes", [
            "write_files:",
            "  - path: /etc/nginx/conf.d/forward.conf",
            "    content: |",
            "      server {",
            "          listen 127.0.0.1:3128;",
            "          location / { proxy_pass http://$http_host$request_uri; }",
            "      }",
        ]),
    ),
    dev(
        "an nginx reverse proxy to a fixed upstream (proxy_pass http://10.0.5.10:8080$request_uri, Host $host) on :8443",
        cloud("dev-nginx-reverse-nodes", [
            "write_files:",
            "  - path: /etc/nginx/conf.d/reverse.conf",
            "    content: |",
            "      server {",
            "          listen 8443;",
            "          location / {",
            "              proxy_pass http://10.0.5.10:8080$request_uri;",
            "              proxy_set_header Host $host;",
            "          }",
            "      }",
        ]),
    ),
    dev(
        "Apache httpd as a reverse proxy to a fixed upstream (ProxyRequests Off, ProxyPass /api http://10.0.5.10:8080/api)",
        script("dev-httpd-reverse-nodes", [
            "cat > /etc/httpd/conf.d/reverse.conf <<'EOF'",
            "ProxyRequests Off",
            "ProxyPass /api http://10.0.5.10:8080/api",
            "ProxyPassReverse /api http://10.0.5.10:8080/api",
            "EOF",
        ]),
    ),
    dev(
        "Apache httpd forward proxy on loopback only (Listen 127.0.0.1:3128, ProxyRequests On)",
        script("dev-httpd-forward-loopback-nodes", [
            "cat > /etc/httpd/conf.d/forward.conf <<'EOF'",
            "Listen 127.0.0.1:3128",
            "ProxyRequests On",
            "EOF",
        ]),
    ),
    dev(
        "squid bound to loopback only (http_port 127.0.0.1:3128, http_access allow localhost)",
        script("dev-squid-loopback-nodes", [
            "cat > /etc/squid/squid.conf <<'EOF'",
            "http_port 127.0.0.1:3128",
            "acl localhost src 127.0.0.1/32",
            "http_access allow localhost",
            "http_access deny all",
            "EOF",
        ]),
    ),
    dev(
        "HAProxy balancing to fixed servers (bind *:8080, server a 10.0.5.10:8080)",
        script("dev-haproxy-static-nodes", [
            "cat > /etc/haproxy/haproxy.cfg <<'EOF'",
            "frontend f",
            "    bind *:8080",
            "    default_backend app",
            "backend app",
            "    server a 10.0.5.10:8080 check",
            "EOF",
        ]),
    ),
    dev(
        "socat relaying a node port to a fixed VPC address (TCP-LISTEN:8080,fork TCP:10.0.5.10:80)",
        script("dev-socat-fixed-nodes", ["socat TCP-LISTEN:8080,fork,reuseaddr TCP:10.0.5.10:80 &"]),
    ),
    dev(
        "kubectl proxy with the kubelet's kubeconfig on its default address (127.0.0.1:8001)",
        script("dev-kubectl-proxy-loopback-nodes", [
            "kubectl --kubeconfig /var/lib/kubelet/kubeconfig proxy --port=8001 --accept-hosts='.*' &",
        ]),
    ),
    dev(
        "kubectl proxy on a unix socket (--unix-socket /run/kubectl-proxy.sock)",
        script("dev-kubectl-proxy-socket-nodes", [
            "kubectl --kubeconfig /var/lib/kubelet/kubeconfig proxy --unix-socket=/run/kubectl-proxy.sock &",
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
