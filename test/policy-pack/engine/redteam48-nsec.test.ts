// Red-team round 48 on EKS NODE user data (fresh eyes): round 47's fixes (the fail-closed unread-listener rule
// userData.ts unreadListeners refusing any listen/bind/host/address value not provably loopback; launchers that switch to
// a named non-root user, shell.ts WRAPPERS wrapperUser; copiers read by position, rootReads.ts readOptions; config files
// edited by sed) against node user data real EKS operators write.
// Probed: clients that name their server with --host/-address/-http-addr (Nessus agent, Vault, Consul, psql, soci on
// containerd's socket), loopback in URL form, unread static file servers over a directory ABOVE the node's secrets
// (darkhttpd /, miniserve /var/lib, cd + "."), a non-root launcher given CAP_DAC_READ_SEARCH, copiers with
// value-taking options (-e/--rsh/--files-from/-o/-P/--chmod) sending or dropping the kubelet's key under /var/log; and
// the secure neighbours: instance-store migration (mount --bind, rsync -aHAX, tar pipe, cp -a), loopback and unix-socket
// listeners, sed-edited chrony/journald, sysctl.d, security agents and log shippers naming their server.
// Misses are `skip: true` (it.skip) with a MISS comment and the doc checked.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

/** The kubelet's client certificate and key (one PEM file, rotated by the kubelet). */
const KEY = "/var/lib/kubelet/pki/kubelet-client-current.pem";

/** Where the organisation's backups go (another host). */
const BACKUP = "backup@backup.example.com";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 48): (insecure accepted) darkhttpd serves its document root to every address by default (tldr darkhttpd /
    // unix4lyfe.org/darkhttpd: "by default, the server listens on all interfaces"; no --uid: it reads as root), so
    // `darkhttpd /` hands the kubelet's key and every pod's token under /var/lib/kubelet/pods to any pod reaching the
    // node: they act as the node and as every ServiceAccount on it. The keepers rule (rootReads.ts keepsNodeSecrets) only
    // looks at words naming a NODE_SECRETS path, not an ancestor of one ("/", "/var", "/var/lib"), and the fail-closed
    // unread-listener rule needs an explicit address. Fix: treat a word naming a directory that CONTAINS a node secret
    // like the secret itself (handed to a non-keeper = refused).
    dev(
        "darkhttpd / --port 8080 --daemon (an unread static server whose root holds the kubelet's key)",
        script("dev-darkhttpd-root-nodes", ["darkhttpd / --port 8080 --daemon"]),
        /./,
    ),
    // Was a MISS (fixed in round 48): (insecure accepted) miniserve serves the directory it is given on every interface by default (miniserve
    // README: "-i, --interfaces ... Bind to multiple interfaces", none given = all; it also offers folder download as
    // .tar.gz), so /var/lib hands out /var/lib/kubelet/pki and every pod's projected token. Same gap as above: /var/lib
    // is an ancestor of NODE_SECRETS, not one of its paths. Fix: as above.
    dev(
        "miniserve /var/lib -p 8080 (a file server on every interface over the kubelet's parent directory)",
        script("dev-miniserve-var-lib-nodes", ["nohup miniserve /var/lib -p 8080 >/dev/null 2>&1 &"]),
        /./,
    ),
    // Was a MISS (fixed in round 48): (insecure accepted) round 46 follows relative words after a cd INTO NODE_SECRETS, but `cd /var/lib` then
    // `miniserve .` serves the parent, which holds kubelet/pki (miniserve README: "miniserve <path>", "." the working
    // directory). Fix: as above (an ancestor directory, resolved against the working directory).
    dev(
        "cd /var/lib && miniserve . (the working directory above the kubelet's, served to every interface)",
        script("dev-cd-var-lib-miniserve-nodes", ["cd /var/lib", "nohup miniserve . >/dev/null 2>&1 &"]),
        /./,
    ),
    // Was a MISS (fixed in round 48): (insecure accepted) round 47 judges a program launched as a named non-root user as that user, so the
    // fail-closed unread-listener rule does not apply to nobody. But systemd-run -p AmbientCapabilities=CAP_DAC_READ_SEARCH
    // hands nobody root's read power (capabilities(7): "CAP_DAC_READ_SEARCH Bypass file read permission checks and
    // directory read and execute permission checks"; systemd.exec(5) AmbientCapabilities= keeps it across execve), and
    // webhook runs its configured commands per request with that capability: what it serves is as unknown as root's.
    // Fix: in shell.ts WRAPPERS wrapperUser, treat a user given capabilities (systemd-run -p AmbientCapabilities=, setpriv
    // --ambient-caps/--inh-caps, capsh --addamb) as root (at least DAC_*, SYS_ADMIN, SYS_PTRACE, any +all).
    dev(
        "systemd-run -p User=nobody -p AmbientCapabilities=CAP_DAC_READ_SEARCH webhook -ip 0.0.0.0 (nobody reading every file)",
        script("dev-webhook-nobody-dac-read-nodes", [
            "systemd-run --unit=webhook -p User=nobody -p AmbientCapabilities=CAP_DAC_READ_SEARCH " +
                "/usr/local/bin/webhook -hooks /etc/webhook/hooks.json -ip 0.0.0.0 -port 9000",
        ]),
        /./,
    ),
    dev(
        "runuser -u ec2-user -- webhook -ip 0.0.0.0 (ec2-user has passwordless sudo on AL2023: root in all but name)",
        script("dev-webhook-ec2-user-nodes", [
            "runuser -u ec2-user -- /usr/local/bin/webhook -hooks /etc/webhook/hooks.json -ip 0.0.0.0 -port 9000 &",
        ]),
        /webhook/,
    ),
    dev(
        "setpriv --reuid=0 --regid=0 --init-groups iperf3 -s -B 0.0.0.0 (uid 0 by number)",
        script("dev-iperf3-setpriv-uid0-nodes", ["setpriv --reuid=0 --regid=0 --init-groups iperf3 -s -B 0.0.0.0 -D"]),
        /does not read/,
    ),
    dev(
        'rsync -a -e "ssh -i /root/.ssh/backup" the kubelet\'s key to backup.example.com (-e takes a value)',
        script("dev-rsync-e-ssh-key-nodes", [`rsync -a -e "ssh -i /root/.ssh/backup" ${KEY} ${BACKUP}:/srv/nodes/`]),
        /hands \/var\/lib\/kubelet\/pki\/kubelet-client-current\.pem/,
    ),
    dev(
        'rsync -az --rsh="ssh -p 2222" /var/lib/kubelet/pki/ to an IP-addressed backup host',
        script("dev-rsync-rsh-pki-nodes", [
            `rsync -az --rsh="ssh -p 2222" /var/lib/kubelet/pki/ backup@10.0.9.9:/srv/pki/`,
        ]),
        /hands \/var\/lib\/kubelet\/pki/,
    ),
    dev(
        "rsync -a --files-from=/tmp/list /var/lib/kubelet/pki/ rsync://backup.example.com/nodes/ (an rsync daemon URL)",
        script("dev-rsync-files-from-daemon-nodes", [
            "printf '%s\\n' kubelet-client-current.pem > /tmp/list",
            "rsync -a --files-from=/tmp/list /var/lib/kubelet/pki/ rsync://backup.example.com/nodes/",
        ]),
        /hands \/var\/lib\/kubelet\/pki/,
    ),
    dev(
        "scp -o StrictHostKeyChecking=no -P 2222 the kubelet's key to backup.example.com (-o and -P take values)",
        script("dev-scp-o-key-nodes", [`scp -o StrictHostKeyChecking=no -P 2222 ${KEY} ${BACKUP}:/srv/`]),
        /hands \/var\/lib\/kubelet\/pki\/kubelet-client-current\.pem/,
    ),
    dev(
        "tar -C /var/lib -czf - kubelet | ssh backup.example.com 'cat > kubelet.tgz' (the archive piped off the node)",
        script("dev-tar-pipe-ssh-kubelet-nodes", [
            `tar -C /var/lib -czf - kubelet | ssh ${BACKUP} 'cat > kubelet.tgz'`,
        ]),
    ),
    dev(
        "socat TCP-LISTEN:9000,bind=$NODE_IP,fork SYSTEM:'cat the kubelet's key' (bound to the node's own address)",
        script("dev-socat-node-ip-key-nodes", [
            "NODE_IP=$(hostname -i)",
            `nohup socat TCP-LISTEN:9000,bind=$NODE_IP,fork SYSTEM:'cat ${KEY}' &`,
        ]),
    ),
    dev(
        "rsync -a /var/lib/kubelet/pki/ /var/log/pki-backup/ (a local copy where log shippers read)",
        script("dev-rsync-pki-var-log-nodes", ["rsync -a /var/lib/kubelet/pki/ /var/log/pki-backup/"]),
    ),
    dev(
        "rsync -av --chmod=F644 the kubelet's key /var/log/ (a value-taking option before the source)",
        script("dev-rsync-chmod-key-var-log-nodes", [`rsync -av --chmod=F644 ${KEY} /var/log/`]),
    ),
    dev(
        "tar -czf /var/log/pki.tgz /var/lib/kubelet/pki (an archive of the key directory under /var/log)",
        script("dev-tar-pki-var-log-nodes", ["tar -czf /var/log/pki.tgz /var/lib/kubelet/pki"]),
    ),
    dev(
        "ln -s /var/lib/kubelet/pki /var/log/kubelet-pki (a symlink log shippers follow)",
        script("dev-ln-pki-var-log-nodes", ["ln -s /var/lib/kubelet/pki /var/log/kubelet-pki"]),
    ),
    // Neighbours of round 48's known clients (userData.ts KNOWN_CLIENTS) and URL hosts (addressHost): the same binaries
    // as servers, and unread programs given a URL or a variable, stay refused.
    dev(
        "vault server -dev -dev-listen-address=0.0.0.0:8200 (the Vault binary as a server on every address)",
        script("dev-vault-server-dev-all-nodes", [
            "nohup vault server -dev -dev-listen-address=0.0.0.0:8200 >/dev/null 2>&1 &",
        ]),
        /vault/,
    ),
    dev(
        "consul agent -client=0.0.0.0 (the Consul binary as an agent serving HTTP and DNS on every address)",
        script("dev-consul-agent-client-all-nodes", [
            "nohup consul agent -data-dir=/opt/consul -client=0.0.0.0 -retry-join=10.0.5.5 >/dev/null 2>&1 &",
        ]),
        /consul/,
    ),
    dev(
        "consul lock -http-addr=http://127.0.0.1:8500 runs ncat -lk -e /bin/sh (a client subcommand that runs a command)",
        script("dev-consul-lock-ncat-nodes", [
            "consul lock -http-addr=http://127.0.0.1:8500 locks/debug ncat -lk 0.0.0.0 4444 -e /bin/sh &",
        ]),
        /ncat|consul/,
    ),
    dev(
        "etcd --listen-client-urls http://0.0.0.0:2379 (an unread server given a URL of every address)",
        script("dev-etcd-listen-urls-all-nodes", [
            "nohup /usr/local/bin/etcd --data-dir /var/lib/etcd --listen-client-urls http://0.0.0.0:2379 " +
                "--advertise-client-urls http://127.0.0.1:2379 >/dev/null 2>&1 &",
        ]),
        /etcd/,
    ),
    dev(
        "an unread exporter on --web.listen-address=http://10.0.1.5:9100 (an IP literal in URL form may be the node's)",
        script("dev-exporter-url-ip-nodes", [
            "nohup /usr/local/bin/inventory-exporter --web.listen-address=http://10.0.1.5:9100 >/dev/null 2>&1 &",
        ]),
        /inventory-exporter/,
    ),
    dev(
        "an unread exporter on --web.listen-address=http://127.0.0.1:80@0.0.0.0:9100 (loopback only as a URL's userinfo)",
        script("dev-exporter-url-userinfo-nodes", [
            "nohup /usr/local/bin/inventory-exporter --web.listen-address=http://127.0.0.1:80@0.0.0.0:9100 >/dev/null 2>&1 &",
        ]),
        /inventory-exporter/,
    ),
    dev(
        'an unknown agent --host="$MANAGER" (a value the pack cannot see, for a program it does not know)',
        script("dev-unknown-agent-host-var-nodes", [
            "MANAGER=$(aws ssm get-parameter --name /inventory/manager --query Parameter.Value --output text)",
            'nohup /opt/inventory/bin/inventory-agent --host="$MANAGER" --port=9000 >/dev/null 2>&1 &',
        ]),
        /inventory-agent/,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 48): (secure refused) `nessuscli agent link --host=` names the Nessus Manager the agent CONNECTS to (Tenable
    // Nessus Agent user guide, "Install a Nessus Agent on Linux": `nessuscli agent link --key=<key> --host=<host>
    // --port=<port>`, host "the static IP address or hostname" of the manager); round 47 accepts it with a DNS name
    // (redteam29) but reads an IP literal as "nessuscli listening on 10.20.0.15". A launch template shared by a node
    // group cannot hold each node's own IP either (the reason OTHER_HOST_NAME gives for names), and bind(2) on another
    // host's address fails. Teams with an on-prem manager lose their vulnerability agent. Fix: read --host/--address as a
    // listen address only for programs known to serve (or only for `--listen*`/`--bind*`), or accept private IP literals
    // like DNS names.
    dev(
        "nessuscli agent link --host=10.20.0.15 --port=8834 (the agent links to an on-prem Nessus Manager by IP)",
        script("dev-nessus-link-ip-ok-nodes", [
            "NESSUS_KEY=$(aws ssm get-parameter --name /nessus/linking-key --with-decryption --query Parameter.Value --output text)",
            '/opt/nessus_agent/sbin/nessuscli agent link --key="$NESSUS_KEY" --host=10.20.0.15 --port=8834 --groups=eks-nodes',
        ]),
    ),
    // Was a MISS (fixed in round 48): (secure refused) the same client with the manager's address read from Parameter Store: "nessuscli on
    // SUBSTITUTED". A client's server, not a listen address (Tenable docs as above). Fix: as above.
    dev(
        'nessuscli agent link --host="$MANAGER" (the manager\'s address from Parameter Store)',
        script("dev-nessus-link-var-ok-nodes", [
            "MANAGER=$(aws ssm get-parameter --name /nessus/manager --query Parameter.Value --output text)",
            "NESSUS_KEY=$(aws ssm get-parameter --name /nessus/linking-key --with-decryption --query Parameter.Value --output text)",
            '/opt/nessus_agent/sbin/nessuscli agent link --key="$NESSUS_KEY" --host="$MANAGER" --port=8834',
        ]),
    ),
    // Was a MISS (fixed in round 48): (secure refused) Vault's CLI `-address` is the server it talks to (HashiCorp Vault CLI docs: "-address
    // (string: "https://127.0.0.1:8200") - Address of the Vault server"; `vault write -address="http://127.0.0.1:8200"`
    // in "Vault commands (CLI)"); the pack reads `-address=https://vault.example.com:8200` as vault listening there:
    // OTHER_HOST_NAME does not allow a URL scheme. Fix: read a URL value by its host (scheme://HOST[:PORT][/path]) in
    // unreadListeners, and do not read client options as listen addresses.
    dev(
        "vault login -address=https://vault.example.com:8200 -method=aws (the Vault server the CLI talks to, as a URL)",
        script("dev-vault-address-url-ok-nodes", [
            "vault login -address=https://vault.example.com:8200 -method=aws role=eks-node",
        ]),
    ),
    // Was a MISS (fixed in round 48): (secure refused) even LOOPBACK in URL form is refused: loopbackOnly reads "http://127.0.0.1:8500" as a host
    // with several colons and keeps it whole. Consul's CLI `-http-addr` is the agent it queries (Consul CLI reference,
    // CONSUL_HTTP_ADDR / -http-addr, default http://127.0.0.1:8500). Fix: loopbackOnly strips a `scheme://` and path.
    dev(
        "consul kv get -http-addr=http://127.0.0.1:8500 (the local Consul agent, loopback as a URL)",
        script("dev-consul-http-addr-loopback-ok-nodes", [
            "consul kv get -http-addr=http://127.0.0.1:8500 nodes/extra-labels > /etc/node-extra-labels",
        ]),
    ),
    // Was a MISS (fixed in round 48): (secure refused) as above with `localhost` (Vault CLI docs' own example form `-address="http://127.0.0.1:8200"`).
    dev(
        "vault status -address=http://localhost:8200 (a local Vault agent, loopback as a URL)",
        script("dev-vault-address-localhost-ok-nodes", ["vault status -address=http://localhost:8200"]),
    ),
    // Was a MISS (fixed in round 48): (secure refused) psql's --host is the database server it connects to (PostgreSQL docs, psql: "-h hostname
    // --host=hostname Specifies the host name of the machine on which the server is running"); an inventory insert by
    // IP is refused as "psql on 10.0.7.7". Fix: as for nessuscli.
    dev(
        "psql --host=10.0.7.7 inserts the node into an inventory database (a client naming its server by IP)",
        script("dev-psql-host-ip-ok-nodes", [
            "psql --host=10.0.7.7 --username=inventory -c \"insert into nodes values ('$(hostname)')\" inventory",
        ]),
    ),
    // Was a MISS (fixed in round 48): (secure refused) soci (AWS's SOCI snapshotter CLI) is a containerd client: its global `--address` names
    // containerd's socket (soci-snapshotter docs, "soci --address ... address for containerd's GRPC server (default:
    // /run/containerd/containerd.sock)"), as ctr/nerdctl's does, yet the pack says the socket is "handed to soci, a
    // program the pack does not know to keep them on the node". Fix: add soci (and its --address/-a) to rootReads.ts
    // NODE_SECRET_KEEPERS beside ctr.
    dev(
        "soci --address /run/containerd/containerd.sock index list (AWS's SOCI CLI on containerd's socket)",
        script("dev-soci-address-ok-nodes", ["soci --address /run/containerd/containerd.sock index list"]),
    ),
    dev(
        "mount --bind /mnt/k8s-disks/0/containerd /var/lib/containerd (instance store for images)",
        script("dev-mount-bind-containerd-ok-nodes", [
            "mkdir -p /mnt/k8s-disks/0/containerd",
            "mount --bind /mnt/k8s-disks/0/containerd /var/lib/containerd",
        ]),
    ),
    dev(
        "rsync -aHAX --numeric-ids /var/lib/kubelet/ /mnt/k8s-disks/0/kubelet/ (moving the kubelet's directory to instance store)",
        script("dev-rsync-kubelet-instance-store-ok-nodes", [
            "rsync -aHAX --numeric-ids /var/lib/kubelet/ /mnt/k8s-disks/0/kubelet/",
        ]),
    ),
    dev(
        "rsync -a --delete --log-file=/var/log/kubelet-migrate.log (rsync logs names, not content)",
        script("dev-rsync-log-file-ok-nodes", [
            "rsync -a --delete --log-file=/var/log/kubelet-migrate.log /var/lib/kubelet/ /mnt/k8s-disks/0/kubelet/",
        ]),
    ),
    dev(
        "tar -C /var/lib -cf - kubelet | tar -C /mnt/k8s-disks/0 -xpf - (a local copy through a pipe)",
        script("dev-tar-pipe-local-ok-nodes", ["tar -C /var/lib -cf - kubelet | tar -C /mnt/k8s-disks/0 -xpf -"]),
    ),
    dev(
        "cp -a /var/lib/kubelet /mnt/k8s-disks/0/ (a local copy)",
        script("dev-cp-a-kubelet-ok-nodes", ["cp -a /var/lib/kubelet /mnt/k8s-disks/0/"]),
    ),
    dev(
        "redis6-server --bind 127.0.0.1 -::1 --daemonize yes (a node-local cache on loopback)",
        script("dev-redis-loopback-ok-nodes", ["redis6-server --bind 127.0.0.1 -::1 --port 6379 --daemonize yes"]),
    ),
    dev(
        "process-exporter --web.listen-address=localhost:9256 (loopback by name)",
        script("dev-process-exporter-localhost-ok-nodes", [
            "nohup /usr/local/bin/process-exporter --web.listen-address=localhost:9256 >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "an admin address on a unix socket (--admin-address=unix:///run/envoy/admin.sock)",
        script("dev-admin-unix-socket-ok-nodes", [
            "nohup /usr/local/bin/envoy-metrics --admin-address=unix:///run/envoy/admin.sock >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "sed -i the chrony pool to the Amazon Time Sync Service (169.254.169.123), a config edited by sed",
        script("dev-sed-chrony-ok-nodes", [
            "sed -i 's/^pool .*/server 169.254.169.123 prefer iburst minpoll 4 maxpoll 4/' /etc/chrony.conf",
            "systemctl restart chronyd",
        ]),
    ),
    dev(
        "sed -i journald SystemMaxUse=1G (a config edited by sed)",
        script("dev-sed-journald-ok-nodes", [
            "sed -i 's/^#\\?SystemMaxUse=.*/SystemMaxUse=1G/' /etc/systemd/journald.conf",
            "systemctl restart systemd-journald",
        ]),
    ),
    dev(
        "vm.max_map_count=262144 in /etc/sysctl.d and sysctl --system",
        script("dev-sysctl-d-ok-nodes", [
            "echo 'vm.max_map_count=262144' > /etc/sysctl.d/99-es.conf",
            "sysctl --system",
        ]),
    ),
    dev(
        "falconctl -s --cid --aph=proxy --app=3128 (CrowdStrike sensor through a proxy)",
        script("dev-falconctl-ok-nodes", [
            '/opt/CrowdStrike/falconctl -s -f --cid="$CID" --tags="eks,validators" --apd=false --aph=proxy.internal.example.com --app=3128',
            "systemctl start falcon-sensor",
        ]),
    ),
    dev(
        "wazuh agent-auth -m 10.0.5.30 (registers with the manager by IP; a short option)",
        script("dev-wazuh-agent-auth-ok-nodes", [
            '/var/ossec/bin/agent-auth -m 10.0.5.30 -A "$(hostname)"',
            "systemctl enable --now wazuh-agent",
        ]),
    ),
    dev(
        "fluent-bit -i systemd -o forward -p host=10.0.5.40 (a log shipper to an aggregator by IP)",
        script("dev-fluent-bit-forward-ok-nodes", [
            "nohup /opt/fluent-bit/bin/fluent-bit -i systemd -o forward -p host=10.0.5.40 -p port=24224 >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "runuser -u nobody -- webhook -ip 0.0.0.0 (an unread server as nobody, no capabilities)",
        script("dev-webhook-nobody-ok-nodes", [
            "runuser -u nobody -- /usr/local/bin/webhook -hooks /etc/webhook/hooks.json -ip 0.0.0.0 -port 9000 &",
        ]),
    ),
    dev(
        "mysql --host=inventory.cluster-abc.eu-west-1.rds.amazonaws.com (a client naming its server by DNS name)",
        script("dev-mysql-rds-host-ok-nodes", [
            "mysql --host=inventory.cluster-abc.eu-west-1.rds.amazonaws.com -e 'select 1'",
        ]),
    ),
    // Neighbours of round 48's known clients and URL hosts: clients naming their server by IP or variable, and unread
    // programs given a loopback URL or another host's name in URL form.
    dev(
        "etcdctl --endpoints=https://10.0.3.3:2379 endpoint health (a client naming etcd by IP, as a URL)",
        script("dev-etcdctl-endpoints-ip-ok-nodes", ["etcdctl --endpoints=https://10.0.3.3:2379 endpoint health"]),
    ),
    dev(
        "nomad node status -address=http://$NOMAD_SERVER:4646 (a client naming its server by variable)",
        script("dev-nomad-address-var-ok-nodes", [
            "NOMAD_SERVER=$(aws ssm get-parameter --name /nomad/server --query Parameter.Value --output text)",
            'nomad node status -address="http://$NOMAD_SERVER:4646" -self',
        ]),
    ),
    dev(
        "mysql --host=10.0.7.8 and redis-cli -h 10.0.4.4 (database clients naming their server by IP)",
        script("dev-db-clients-ip-ok-nodes", ["mysql --host=10.0.7.8 -e 'select 1'", "redis-cli -h 10.0.4.4 ping"]),
    ),
    dev(
        "an unread exporter on --web.listen-address=http://127.0.0.1:9100/metrics (loopback as a URL with a path)",
        script("dev-exporter-url-loopback-ok-nodes", [
            "nohup /usr/local/bin/inventory-exporter --web.listen-address=http://127.0.0.1:9100/metrics >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "an unread agent --collector-address=https://otel.example.com:4317 (another host's name as a URL)",
        script("dev-agent-collector-url-ok-nodes", [
            "nohup /opt/inventory/bin/inventory-agent --collector-address=https://otel.example.com:4317 >/dev/null 2>&1 &",
        ]),
    ),
];

describeNodeCases(
    "red team round 48: secure node user data against round 47's listen, launcher-user and copier rules (fresh eyes)",
    insecure,
    secure,
);
