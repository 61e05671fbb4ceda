// Red-team round 49 on EKS NODE user data (fresh eyes): round 48's changes (userData.ts KNOWN_CLIENTS, the environment
// scan environmentGiven/environmentListeners, positional HOST:PORT words, directories holding node secrets handed to
// programs not known to keep them, and the loopback-listener/forwarder join loopbackJoin) against node user data real
// platform teams write.
// Probed: a loopback-only root shell (ttyd -i lo) exposed by forwarders the join does not read (stunnel, rinetd,
// autossh -L, Envoy, nginx's stream module) and by one it reads (nginx http proxy_pass); known clients handing the
// kubelet's key to their server inside a word (psql \copy, mysql LOAD DATA LOCAL INFILE, vault kv put key=@FILE,
// consul kv put @FILE); and the secure neighbours: clients the pack does not know naming their server by IP
// (consul-template, envconsul, kcat, Kafka's --broker-list, grpcurl, wait-for-it), client settings exported to later
// programs (NODE_IP, VAULT_ADDR, a unit's CONSUL_HTTP_ADDR), whole-disk scanners (ClamAV, Trivy rootfs), stunnel as a
// TLS client on loopback, node_exporter behind nginx with basic auth, and a kubelet serving-certificate expiry check.
// Misses are `skip: true` (it.skip) with a MISS comment and the doc checked.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

/** The kubelet's client certificate and key (one PEM file, rotated by the kubelet). */
const KEY = "/var/lib/kubelet/pki/kubelet-client-current.pem";

/** A root shell in the browser on loopback only (ttyd(1): -i interface, -p port; no -c credential). */
const TTYD_LO = "nohup ttyd -i lo -p 7681 -W bash >/dev/null 2>&1 &";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 49): (insecure accepted) stunnel is a forwarder the loopback join (userData.ts configForwarders/commandForwarders)
    // does not read, and as an unread root program named only its config file it escapes the fail-closed listener rule.
    // stunnel(8): "accept = [host:]port accept connections on specified host:port. If no host specified, defaults to all
    // IP addresses"; "connect = [host:]port connect to a remote host:port". Every pod reaching the node gets ttyd's root
    // shell (no -c credential): the kubelet's key and every pod's token. Fix: read stunnel configs ([svc] accept/connect)
    // as forwarders, or fail closed: a loopback listener serving a shell or node files is refused while any root program
    // the pack does not read (or a config of one) may forward to it.
    dev(
        "ttyd -i lo bash behind stunnel accept = 0.0.0.0:8443, connect = 127.0.0.1:7681 (a TLS front for a root shell)",
        script("dev-ttyd-stunnel-nodes", [
            TTYD_LO,
            "mkdir -p /etc/stunnel",
            "cat > /etc/stunnel/ttyd.conf <<'EOF'",
            "[ttyd]",
            "accept = 0.0.0.0:8443",
            "connect = 127.0.0.1:7681",
            "cert = /etc/stunnel/ttyd.pem",
            "EOF",
            "stunnel /etc/stunnel/ttyd.conf",
        ]),
        /served beyond loopback/,
    ),
    // Was a MISS (fixed in round 49): (insecure accepted) rinetd(8) "FORWARDING RULES": "bindaddress bindport connectaddress connectport", "the
    // special IP address 0.0.0.0 can be used" (all addresses); /etc/rinetd.conf is its default. The join reads no rinetd
    // rules, and the service is started by systemctl (no command line), so ttyd's root shell reaches every pod. Fix: read
    // /etc/rinetd.conf (and rinetd -c FILE) lines as forwarders in configForwarders.
    dev(
        "ttyd -i lo bash behind rinetd (/etc/rinetd.conf 0.0.0.0 8443 127.0.0.1 7681)",
        script("dev-ttyd-rinetd-nodes", [
            TTYD_LO,
            "dnf install -y rinetd",
            "echo '0.0.0.0 8443 127.0.0.1 7681' > /etc/rinetd.conf",
            "systemctl enable --now rinetd",
        ]),
        /served beyond loopback/,
    ),
    // Was a MISS (fixed in round 49): (insecure accepted) autossh(1): "autossh [-V] [-M port[:echo_port]] [-f] [SSH_OPTIONS]": it starts ssh with
    // the same options, so `-g -L 8443:127.0.0.1:7681 root@localhost` is ssh's gateway forward to ttyd (every address).
    // commandForwarders only reads words[0] === "ssh"; `8443:127.0.0.1:7681` is no HOST:PORT word either. Fix: read
    // autossh as ssh (drop -M/-f/-V) in commandForwarders and sshListeners.
    dev(
        "ttyd -i lo bash behind autossh -M 0 -f -N -g -L 8443:127.0.0.1:7681 localhost (ssh's forward under autossh)",
        script("dev-ttyd-autossh-nodes", [
            TTYD_LO,
            "autossh -M 0 -f -N -g -L 8443:127.0.0.1:7681 -o StrictHostKeyChecking=no root@localhost",
        ]),
        /served beyond loopback/,
    ),
    // Was a MISS (fixed in round 49): (insecure accepted) Envoy's static_resources listener on socket_address 0.0.0.0:8443 with a tcp_proxy to a
    // cluster at 127.0.0.1:7681 (Envoy docs, "Configuration: Static": listeners and clusters in the bootstrap) exposes
    // ttyd's root shell; `envoy -c FILE` names no address, so neither the join nor the fail-closed rule sees it. Fix: as
    // for stunnel (read Envoy bootstrap listeners/clusters, or fail closed on unread forwarders).
    dev(
        "ttyd -i lo bash behind an Envoy static listener 0.0.0.0:8443 routed to cluster 127.0.0.1:7681",
        script("dev-ttyd-envoy-nodes", [
            TTYD_LO,
            "mkdir -p /etc/envoy",
            "cat > /etc/envoy/envoy.yaml <<'EOF'",
            "static_resources:",
            "  listeners:",
            "  - name: shell",
            "    address: { socket_address: { address: 0.0.0.0, port_value: 8443 } }",
            "    filter_chains:",
            "    - filters:",
            "      - name: envoy.filters.network.tcp_proxy",
            "        typed_config:",
            '          "@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy',
            "          stat_prefix: shell",
            "          cluster: ttyd",
            "  clusters:",
            "  - name: ttyd",
            "    load_assignment:",
            "      cluster_name: ttyd",
            "      endpoints:",
            "      - lb_endpoints:",
            "        - endpoint: { address: { socket_address: { address: 127.0.0.1, port_value: 7681 } } }",
            "EOF",
            "nohup envoy -c /etc/envoy/envoy.yaml >/var/log/envoy.log 2>&1 &",
        ]),
        /served beyond loopback/,
    ),
    // Neighbours of the round 49 forwarder readers (userData.ts relayForwarders, autosshSshArgs).
    dev(
        "ttyd -i lo bash behind rinetd -c /opt/rinetd/shell.conf (0.0.0.0 8443 localhost 7681, a named file)",
        script("dev-ttyd-rinetd-c-nodes", [
            TTYD_LO,
            "mkdir -p /opt/rinetd",
            "printf '%s\\n' 'logfile /var/log/rinetd.log' '0.0.0.0 8443 localhost 7681' > /opt/rinetd/shell.conf",
            "rinetd -c /opt/rinetd/shell.conf",
        ]),
        /served beyond loopback/,
    ),
    dev(
        "ttyd -i lo bash behind autossh -M 20000 -f -N -o GatewayPorts=yes -L 8443:localhost:7681 localhost",
        script("dev-ttyd-autossh-gatewayports-nodes", [
            TTYD_LO,
            "autossh -M 20000 -f -N -o GatewayPorts=yes -L 8443:localhost:7681 localhost",
        ]),
        /served beyond loopback/,
    ),
    dev(
        "ttyd -i lo bash behind stunnel's redirect = 127.0.0.1:7681 (where clients failing certificate checks go)",
        script("dev-ttyd-stunnel-redirect-nodes", [
            TTYD_LO,
            "mkdir -p /etc/stunnel",
            "cat > /etc/stunnel/app.conf <<'EOF'",
            "[app]",
            "accept = 8443",
            "connect = 10.0.5.10:443",
            "verifyChain = yes",
            "CAfile = /etc/stunnel/ca.pem",
            "redirect = 127.0.0.1:7681",
            "EOF",
            "stunnel /etc/stunnel/app.conf",
        ]),
        /served beyond loopback/,
    ),
    dev(
        "ttyd -i lo bash behind nginx's stream module (listen 8443; proxy_pass 127.0.0.1:7681)",
        script("dev-ttyd-nginx-stream-nodes", [
            TTYD_LO,
            "dnf install -y nginx nginx-mod-stream",
            "cat >> /etc/nginx/nginx.conf <<'EOF'",
            "stream {",
            "    server {",
            "        listen 8443;",
            "        proxy_pass 127.0.0.1:7681;",
            "    }",
            "}",
            "EOF",
            "systemctl enable --now nginx",
        ]),
    ),
    dev(
        "ttyd -i lo bash behind nginx http proxy_pass with auth_basic (a password, but a root shell for its holders)",
        script("dev-ttyd-nginx-http-nodes", [
            TTYD_LO,
            "dnf install -y nginx httpd-tools",
            'htpasswd -bc /etc/nginx/.htpasswd ops "$(aws ssm get-parameter --name /ops/ttyd --with-decryption --query Parameter.Value --output text)"',
            "cat > /etc/nginx/conf.d/ttyd.conf <<'EOF'",
            "server {",
            "    listen 8443;",
            "    location / {",
            '        auth_basic "ops";',
            "        auth_basic_user_file /etc/nginx/.htpasswd;",
            "        proxy_pass http://127.0.0.1:7681;",
            "    }",
            "}",
            "EOF",
            "systemctl enable --now nginx",
        ]),
    ),
    dev(
        "psql -h 10.0.7.8 -c \"\\copy node_certs FROM '<kubelet key>'\" (psql's client-side copy sends the file)",
        script("dev-psql-copy-key-nodes", [
            `psql -h 10.0.7.8 -U inventory -d nodes -c "\\copy node_certs(pem) FROM '${KEY}'"`,
        ]),
    ),
    dev(
        "mysql -h 10.0.7.8 --local-infile=1 -e \"LOAD DATA LOCAL INFILE '<kubelet key>' ...\" (the client sends the file)",
        script("dev-mysql-local-infile-key-nodes", [
            `mysql -h 10.0.7.8 --local-infile=1 -e "LOAD DATA LOCAL INFILE '${KEY}' INTO TABLE inventory.node_certs"`,
        ]),
    ),
    // Was a MISS (fixed in round 49): (insecure accepted) Vault CLI "kv put": "The data can also be consumed from a
    // file on disk by prefixing with the "@" symbol" (and `vault write`: "If the value begins with an "@", then it is
    // loaded from a file"), so `pem=@/var/lib/kubelet/pki/...` uploads the kubelet's key to Vault, readable by whoever
    // Vault's policies admit. The keepers rule looks at words naming a node secret; `pem=@PATH` starts with neither "/"
    // nor "@" (`consul kv put @PATH` is refused). Fix: read `KEY=@PATH` values of vault/consul/nomad clients (and any
    // word's `=@PATH` tail) as handing PATH.
    dev(
        "vault kv put secret/nodes/$(hostname) pem=@<kubelet key> (the Vault CLI reads @FILE values)",
        script("dev-vault-kv-put-key-nodes", [
            `vault kv put -address=https://vault.example.com:8200 secret/nodes/$(hostname) pem=@${KEY}`,
        ]),
    ),
    dev(
        "consul kv put nodes/$(hostname)/pem @<kubelet key> (consul kv put reads @FILE)",
        script("dev-consul-kv-put-key-nodes", [`consul kv put -http-addr=10.0.5.5:8500 nodes/$(hostname)/pem @${KEY}`]),
    ),
    dev(
        "redir :8443 127.0.0.1:7681 in front of ttyd -i lo (a plain TCP redirector, positional :PORT)",
        script("dev-ttyd-redir-nodes", [TTYD_LO, "redir -s :8443 127.0.0.1:7681"]),
    ),
    dev(
        "export HOST=$(hostname -i) then python3 /opt/tools/debug_server.py (an unread app inheriting HOST, the node's address)",
        script("dev-export-host-python-nodes", [
            "export HOST=$(hostname -i)",
            "nohup python3 /opt/tools/debug_server.py >/dev/null 2>&1 &",
        ]),
    ),
    // Neighbours of the client-variable, non-serving-module and known-client fixes (round 49), each refused: a
    // CLIENT_VARIABLE beside a listen setting of the same unit; NODE_IP exported to `python3 -m` an application module
    // (not pip); VAULT_ADDR exported beside HOST for a Python app run later.
    dev(
        "a unit with Environment=CONSUL_HTTP_ADDR=10.0.5.5:8500 LISTEN_ADDR=0.0.0.0:9000 running an unread agent",
        script("dev-consul-addr-listen-addr-unit-nodes", [
            "cat > /etc/systemd/system/node-agent.service <<'EOF'",
            "[Service]",
            "Environment=CONSUL_HTTP_ADDR=10.0.5.5:8500 LISTEN_ADDR=0.0.0.0:9000",
            "ExecStart=/usr/local/bin/node-agent",
            "EOF",
            "systemctl enable --now node-agent",
        ]),
        /does not read/,
    ),
    dev(
        "export NODE_IP=$(hostname -i) then python3 -m app.server (an application module, not pip)",
        script("dev-export-node-ip-module-app-nodes", [
            "export NODE_IP=$(hostname -i)",
            "cd /opt/app && nohup python3 -m app.server >/dev/null 2>&1 &",
        ]),
        /does not read/,
    ),
    dev(
        "export VAULT_ADDR=https://10.0.5.6:8200 HOST=$(hostname -i), vault login, then python3 /opt/tools/debug_server.py",
        script("dev-export-vault-addr-host-python-nodes", [
            "export VAULT_ADDR=https://10.0.5.6:8200 HOST=$(hostname -i)",
            "vault login -method=aws role=eks-node",
            "nohup python3 /opt/tools/debug_server.py >/dev/null 2>&1 &",
        ]),
        /does not read/,
    ),
    // Neighbours of round 49's fixes that stay refused: a client's `KEY=@FILE` after an unquoted substitution (Nomad CLI
    // "var put": "Values ... can be read from a file by prefixing with "@""), the command envconsul and wait-for-it run
    // (judged as such), a Kafka broker's own address, the gRPC web UI that listens (grpcui -bind), and scanners that
    // hand what they read on (Trivy's default secret scanner, a Trivy server, clamdscan's stream to clamd).
    dev(
        "nomad var put nodes/$(hostname) pem=@<kubelet key> (the same @FILE value after an unquoted substitution)",
        script("dev-nomad-var-put-key-nodes", [
            `nomad var put -address=http://10.0.5.7:4646 nodes/$(hostname) pem=@${KEY}`,
        ]),
    ),
    dev(
        "envconsul -consul-addr=10.0.5.5:8500 -prefix app python3 -m http.server --bind 0.0.0.0 (its child listens on every address)",
        script("dev-envconsul-child-all-nodes", [
            "nohup envconsul -consul-addr=10.0.5.5:8500 -prefix app python3 -m http.server --bind 0.0.0.0 8000 &",
        ]),
    ),
    dev(
        "wait-for-it.sh 10.0.3.3:5432 -- ttyd -p 7681 bash (the command it runs serves a root shell)",
        script("dev-wait-for-it-ttyd-nodes", [
            "nohup /usr/local/bin/wait-for-it.sh 10.0.3.3:5432 -t 60 -- ttyd -p 7681 bash &",
        ]),
    ),
    dev(
        'a broker started with --broker-addr="$(hostname -i):9092" (broker names the far end only where no listen word does)',
        script("dev-broker-addr-node-ip-nodes", [
            'nohup /opt/broker/bin/mini-broker --broker-addr="$(hostname -i):9092" &',
        ]),
    ),
    dev(
        "grpcui -plaintext -bind 0.0.0.0 -port 8080 10.0.3.3:50051 (grpcurl's web UI listens: a gRPC client for every pod)",
        script("dev-grpcui-all-nodes", ["nohup grpcui -plaintext -bind 0.0.0.0 -port 8080 10.0.3.3:50051 &"]),
    ),
    dev(
        "trivy rootfs -o /var/log/trivy/node.json / (default scanners: vuln and secret, whose report holds what it finds)",
        script("dev-trivy-rootfs-secret-nodes", ["trivy rootfs -f json -o /var/log/trivy/node.json /"]),
    ),
    dev(
        "trivy rootfs --scanners vuln --server http://10.0.5.9:4954 / (client mode: the analysis goes to a Trivy server)",
        script("dev-trivy-rootfs-server-nodes", [
            "trivy rootfs --scanners vuln --server http://10.0.5.9:4954 -o /var/log/trivy/node.json /",
        ]),
    ),
    dev(
        "clamdscan --stream -m / (streams every file to the clamd its configuration names)",
        script("dev-clamdscan-stream-root-nodes", ["clamdscan --stream -m --log=/var/log/clamav/node-scan.log /"]),
    ),
    // Was a MISS (found by the round-49 fixer, fixed in round 49): the shell reader ended a command at an UNQUOTED
    // `$(` or backquote, so the words after a substitution lost their program (`--listen=$(hostname -i):9092` was
    // judged as `--listen=` of mini-broker, then `:9092` with no program). A substitution is part of its word (bash(1),
    // "Command Substitution"), quoted or not; shell.ts simpleCommands now keeps it there, as inside double quotes.
    dev(
        "a broker started with --broker-addr=$(hostname -i):9092 (unquoted: the word is still the node's address)",
        script("dev-broker-addr-unquoted-nodes", [
            "nohup /opt/broker/bin/mini-broker --broker-addr=$(hostname -i):9092 &",
        ]),
        /mini-broker/,
    ),
    dev(
        "a broker started with --listen `hostname -i`:9092 (backquotes, unquoted)",
        script("dev-broker-listen-backquote-nodes", [
            "nohup /opt/broker/bin/mini-broker --listen `hostname -i`:9092 &",
        ]),
        /mini-broker/,
    ),
    dev(
        "socat TCP-LISTEN:8080,fork,bind=$(hostname -i) TCP:169.254.169.254:80 (an unquoted substitution inside a metadata relay)",
        script("dev-socat-bind-subst-imds-nodes", [
            "nohup socat TCP-LISTEN:8080,fork,bind=$(hostname -i) TCP:169.254.169.254:80 &",
        ]),
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 49): (secure refused) consul-template is a client: "Render a template using a custom
    // Consul and Vault address: consul-template -consul-addr "10.4.4.6:8500" -vault-addr "https://10.5.32.5:8200""
    // (developer.hashicorp.com, consul-template "Render templates"); it opens no listening socket. The fail-closed rule
    // reads -consul-addr as a listen option (LISTEN_OPTION /addr/). Teams rendering node config from Consul by IP lose
    // it. Fix: add consul-template (and envconsul) to KNOWN_CLIENTS with -consul-addr/-vault-addr as their servers.
    dev(
        "consul-template -consul-addr=10.0.5.5:8500 renders node labels from Consul KV (a client)",
        script("dev-consul-template-ip-ok-nodes", [
            "nohup consul-template -consul-addr=10.0.5.5:8500 " +
                '-template "/etc/consul-template/labels.tpl:/etc/node-labels.conf" >/var/log/consul-template.log 2>&1 &',
        ]),
    ),
    // Was a MISS (fixed in round 49): (secure refused) envconsul, HashiCorp's sibling of consul-template, reads KV into
    // a child's environment and listens nowhere (-consul-addr is the Consul agent, as for consul-template above). Fix:
    // as above.
    dev(
        "envconsul -consul-addr=10.0.5.5:8500 -prefix nodes/config env (a client printing KV as environment)",
        script("dev-envconsul-ip-ok-nodes", [
            "envconsul -once -consul-addr=10.0.5.5:8500 -prefix nodes/config env > /etc/node-config.env",
        ]),
    ),
    // Was a MISS (fixed in round 49): (secure refused) CONSUL_HTTP_ADDR is the Consul agent a client talks to (Consul CLI reference; consul-template
    // "Configure": the Consul address, as -consul-addr). The environment scan reads any *_ADDR a unit's Environment= gives
    // as a listen address. Fix: KNOWN_CLIENTS for consul-template, and known client variables (CONSUL_HTTP_ADDR,
    // VAULT_ADDR, NOMAD_ADDR) never read as listen settings.
    dev(
        "a consul-template unit with Environment=CONSUL_HTTP_ADDR=10.0.5.5:8500 (the client's server in its environment)",
        script("dev-consul-template-unit-env-ok-nodes", [
            "cat > /etc/systemd/system/consul-template.service <<'EOF'",
            "[Unit]",
            "Description=consul-template",
            "[Service]",
            "Environment=CONSUL_HTTP_ADDR=10.0.5.5:8500",
            "ExecStart=/usr/local/bin/consul-template -config /etc/consul-template/config.hcl",
            "Restart=on-failure",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl daemon-reload",
            "systemctl enable --now consul-template",
        ]),
    ),
    // Was a MISS (fixed in round 49): (secure refused) kcat(1): "-b brokers" names the Kafka cluster it produces to,
    // consumes from or lists (-L "metadata list mode"); it never listens. A HOST:PORT option value not after a
    // REMOTE_END_OPTION is read as a listen address. Fix: add kcat/kafkacat (-b) to KNOWN_CLIENTS, or add `broker` to
    // REMOTE_END_OPTION.
    dev(
        "kcat -b 10.0.3.3:9092 -L (a Kafka client listing broker metadata)",
        script("dev-kcat-broker-ip-ok-nodes", ["kcat -b 10.0.3.3:9092 -L -m 10"]),
    ),
    // Was a MISS (fixed in round 49): (secure refused) Kafka's console producer takes the brokers it connects to as
    // --broker-list (older releases; --bootstrap-server today, which REMOTE_END_OPTION already accepts). Fix: add
    // `broker` to REMOTE_END_OPTION.
    dev(
        "kafka-console-producer.sh --broker-list 10.0.3.3:9092 (Kafka's producer announcing the node)",
        script("dev-kafka-broker-list-ip-ok-nodes", [
            'echo "node-ready $(hostname)" | /opt/kafka/bin/kafka-console-producer.sh --broker-list 10.0.3.3:9092 --topic node-events',
        ]),
    ),
    // Was a MISS (fixed in round 49): (secure refused) grpcurl usage: "grpcurl [flags] [address] [list|describe]
    // [symbol]", "The address will typically be in the form "host:port"" of the gRPC server it calls
    // (fullstorydev/grpcurl README); a positional HOST:PORT of a client is not a listen address. Fix: add grpcurl to
    // KNOWN_CLIENTS (positional address).
    dev(
        "grpcurl -plaintext 10.0.3.3:50051 grpc.health.v1.Health/Check (a gRPC client, positional HOST:PORT)",
        script("dev-grpcurl-ip-ok-nodes", ["grpcurl -plaintext 10.0.3.3:50051 grpc.health.v1.Health/Check"]),
    ),
    // Was a MISS (fixed in round 49): (secure refused) wait-for-it.sh (vishnubob/wait-for-it README: "wait-for-it.sh
    // host:port [-s] [-t timeout] [-- command args]") only tests whether host:port accepts a TCP connection. Fix: add
    // wait-for-it(.sh) to KNOWN_CLIENTS (its `-- command` judged as the command it runs).
    dev(
        "wait-for-it.sh 10.0.3.3:5432 -t 60 (waits for the database before joining)",
        script("dev-wait-for-it-ip-ok-nodes", ["/usr/local/bin/wait-for-it.sh 10.0.3.3:5432 -t 60 -s"]),
    ),
    // Was a MISS (fixed in round 49): (secure refused) `python3 -m pip install` runs pip, which never listens, but environmentListeners treats every
    // interpreter as an application taking *_IP/_HOST from its environment. NODE_IP exported for later commands is common
    // node bootstrap. Fix: `-m pip|venv|ensurepip|compileall` (and other non-serving modules) are not applications.
    dev(
        "export NODE_IP=$(hostname -i) then python3 -m pip install boto3 (a client setting exported, pip run later)",
        script("dev-export-node-ip-pip-ok-nodes", [
            "export NODE_IP=$(hostname -i)",
            "python3 -m pip install --quiet boto3",
            'echo "NODE_IP=$NODE_IP" >> /etc/environment',
        ]),
    ),
    // Was a MISS (fixed in round 49): (secure refused) a plain round-48 regression: `vault login` IS a known client (KNOWN_CLIENTS, commands
    // /^(login|...)$/), but environmentListeners calls unreadListeners(program, [], environment) with NO arguments, so
    // knownClient("vault", []) sees the subcommand "" and fails; the exported VAULT_ADDR (Vault CLI "VAULT_ADDR: Address
    // of the Vault server") is then read as vault listening on 10.0.5.6. Fix: pass the command's args to unreadListeners
    // (or test knownClient in environmentListeners with the real words).
    dev(
        "export VAULT_ADDR=https://10.0.5.6:8200 then vault login and vault kv get (a known client's server, exported)",
        script("dev-export-vault-addr-login-ok-nodes", [
            "export VAULT_ADDR=https://10.0.5.6:8200",
            "vault login -method=aws role=eks-node",
            "vault kv get -field=ca secret/pki/internal > /etc/pki/ca-trust/source/anchors/internal.pem",
            "update-ca-trust",
        ]),
    ),
    // Secure neighbours (round 49): NOMAD_ADDR and DOCKER_HOST (client variables) exported to a Python tool; NODE_IP
    // exported to `python3 -m venv` and `-m compileall`; a known client's own words with its server exported.
    dev(
        "export NOMAD_ADDR=http://10.0.5.7:4646 DOCKER_HOST=tcp://10.0.5.8:2376, then python3 /opt/tools/register.py",
        script("dev-export-client-vars-python-ok-nodes", [
            "export NOMAD_ADDR=http://10.0.5.7:4646 DOCKER_HOST=tcp://10.0.5.8:2376",
            "python3 /opt/tools/register.py",
        ]),
    ),
    dev(
        "export NODE_IP=$(hostname -i) then python3 -m venv /opt/venv and python3 -m compileall /opt/tools",
        script("dev-export-node-ip-venv-ok-nodes", [
            "export NODE_IP=$(hostname -i)",
            "python3 -m venv /opt/venv",
            "python3 -Im compileall -q /opt/tools",
        ]),
    ),
    dev(
        "export CONSUL_HTTP_ADDR=10.0.5.5:8500 then consul kv get nodes/config (a known client, exported server)",
        script("dev-export-consul-addr-kv-ok-nodes", [
            "export CONSUL_HTTP_ADDR=10.0.5.5:8500",
            "consul kv get nodes/config > /etc/node-config.json",
        ]),
    ),
    // Was a MISS (fixed in round 49): (secure refused) clamscan reads every file to match signatures and reports only
    // file names and signature names (clamscan(1); --log writes that report); it sends nothing anywhere. Round 48's
    // rule refuses `/` handed to a program not in NODE_SECRET_KEEPERS. Nightly ClamAV scans are a common compliance
    // control on nodes. Fix: add clamscan/clamdscan (without --copy/--move) to the keepers.
    dev(
        "clamscan -r -i / --exclude-dir=^/proc --log=/var/log/clamav/node-scan.log (a nightly malware scan)",
        script("dev-clamscan-root-ok-nodes", [
            "dnf install -y clamav clamav-update",
            "freshclam",
            "clamscan -r -i --exclude-dir=^/proc --exclude-dir=^/sys --log=/var/log/clamav/node-scan.log /",
        ]),
    ),
    // Was a MISS (fixed in round 49): (secure refused) Trivy docs "Rootfs": "Rootfs scanning is for special use cases
    // such as Host machine, Root filesystem" (`trivy rootfs /` is the documented example); with --scanners vuln it
    // reports package vulnerabilities to -o FILE, no file contents. Refused as `/` handed to a non-keeper. Fix: keep
    // `trivy rootfs|fs` with a local -o (no --server, no secret scanner) among the keepers.
    dev(
        "trivy rootfs --scanners vuln -f json -o /var/log/trivy/node.json / (a vulnerability scan of the node's packages)",
        script("dev-trivy-rootfs-ok-nodes", [
            "mkdir -p /var/log/trivy",
            "trivy rootfs --scanners vuln --skip-dirs /proc --skip-dirs /sys -f json -o /var/log/trivy/node.json /",
        ]),
    ),
    dev(
        "stunnel as a TLS client: accept = 127.0.0.1:6379, connect = redis.example.com:6380",
        script("dev-stunnel-client-ok-nodes", [
            "mkdir -p /etc/stunnel",
            "cat > /etc/stunnel/redis.conf <<'EOF'",
            "[redis]",
            "client = yes",
            "accept = 127.0.0.1:6379",
            "connect = redis.example.com:6380",
            "EOF",
            "stunnel /etc/stunnel/redis.conf",
        ]),
    ),
    dev(
        "ttyd -i lo bash with rinetd forwarding 0.0.0.0 8443 to 10.0.5.10 443 (another host's end, not the shell)",
        script("dev-ttyd-rinetd-remote-ok-nodes", [
            TTYD_LO,
            "dnf install -y rinetd",
            "echo '0.0.0.0 8443 10.0.5.10 443' > /etc/rinetd.conf",
            "systemctl enable --now rinetd",
        ]),
    ),
    dev(
        "ttyd -i lo bash with rinetd on loopback only (127.0.0.1 8443 127.0.0.1 7681)",
        script("dev-ttyd-rinetd-lo-ok-nodes", [
            TTYD_LO,
            "echo '127.0.0.1 8443 127.0.0.1 7681' > /etc/rinetd.conf",
            "systemctl enable --now rinetd",
        ]),
    ),
    dev(
        "ttyd -i lo bash with autossh -M 0 -f -N -L 8443:127.0.0.1:7681 localhost (no -g: the forward stays on loopback)",
        script("dev-ttyd-autossh-lo-ok-nodes", [
            TTYD_LO,
            "autossh -M 0 -f -N -L 8443:127.0.0.1:7681 -o StrictHostKeyChecking=no root@localhost",
        ]),
    ),
    dev(
        "node_exporter on 127.0.0.1:9100 behind nginx listen 9101 with auth_basic",
        script("dev-node-exporter-nginx-ok-nodes", [
            "nohup /usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100 >/dev/null 2>&1 &",
            "cat > /etc/nginx/conf.d/metrics.conf <<'EOF'",
            "server {",
            "    listen 9101;",
            "    location /metrics {",
            '        auth_basic "metrics";',
            "        auth_basic_user_file /etc/nginx/.htpasswd;",
            "        proxy_pass http://127.0.0.1:9100;",
            "    }",
            "}",
            "EOF",
            "systemctl enable --now nginx",
        ]),
    ),
    dev(
        "openssl x509 -in the kubelet's serving certificate -noout -checkend 604800 (an expiry check)",
        script("dev-openssl-kubelet-serving-ok-nodes", [
            "openssl x509 -in /var/lib/kubelet/pki/kubelet-server-current.pem -noout -checkend 604800 || " +
                "logger -t cert-check 'kubelet serving certificate expires within a week'",
        ]),
    ),
    dev(
        "memcached -l 127.0.0.1 -U 0 -u memcached -d (a node-local cache on loopback, behind nothing)",
        script("dev-memcached-loopback-ok-nodes", ["memcached -l 127.0.0.1 -p 11211 -U 0 -u memcached -d"]),
    ),
    dev(
        "envconsul -consul-addr 10.0.5.5:8500 -vault-addr https://10.0.5.6:8200 -once -prefix app /opt/app/migrate.sh (spaced values)",
        script("dev-envconsul-spaced-ok-nodes", [
            "envconsul -consul-addr 10.0.5.5:8500 -vault-addr https://10.0.5.6:8200 -once -prefix app /opt/app/migrate.sh",
        ]),
    ),
    dev(
        "wait-for-it.sh 10.0.3.3:5432 -s -t 60 -- systemctl start app-migrate (a command after the wait)",
        script("dev-wait-for-it-command-ok-nodes", [
            "/usr/local/bin/wait-for-it.sh 10.0.3.3:5432 -s -t 60 -- systemctl start app-migrate",
        ]),
    ),
    dev(
        "kafka-verifiable-producer.sh --broker-list 10.0.3.3:9092 --topic node-events --max-messages 1",
        script("dev-kafka-verifiable-broker-list-ok-nodes", [
            "/opt/kafka/bin/kafka-verifiable-producer.sh --broker-list 10.0.3.3:9092 --topic node-events --max-messages 1",
        ]),
    ),
    dev(
        "trivy fs --scanners vuln,misconfig --skip-dirs /proc / (no secret scanner, report to standard output)",
        script("dev-trivy-fs-vuln-misconfig-ok-nodes", ["trivy fs --scanners vuln,misconfig --skip-dirs /proc /"]),
    ),
    // Neighbours of the substitution-in-a-word fix (round 49): substitutions that name nothing the node listens on.
    dev(
        "curl -fsSL -o /tmp/agent.rpm https://artifacts.example.com/$(uname -m)/agent.rpm, then rpm -i it (a download path)",
        script("dev-curl-uname-path-nodes", [
            "curl -fsSL -o /tmp/agent.rpm https://artifacts.example.com/$(uname -m)/agent.rpm",
            "rpm -i /tmp/agent.rpm",
        ]),
    ),
    dev(
        "a broker client: mini-broker-cli --bootstrap-server=10.0.3.3:9092 --client-id=$(hostname) (only a client id)",
        script("dev-broker-client-id-subst-nodes", [
            "mini-broker-cli --bootstrap-server=10.0.3.3:9092 --client-id=$(hostname) --list-topics",
        ]),
    ),
];

describeNodeCases(
    "red team round 49: node user data against round 48's known-client, environment, HOST:PORT and forwarder rules (fresh eyes)",
    insecure,
    secure,
);
