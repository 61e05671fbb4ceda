// Red-team round 48 on EKS NODE user data (fresh eyes): round 47's new rules read as an attacker would.
// Probed: the fail-closed listener rule (userData.ts unreadListeners) with listen forms other than a long
// --bind/--listen/--host option (a server's default every-address bind, a short option, an environment variable, a
// positional HOST:PORT, a relay's configuration file); launchers that switch to a non-root user yet hand it root's
// power (systemd-run AmbientCapabilities=); and the keepers of node secrets through the aws CLI's file:// parameters,
// s3api --body and sftp batch files. Secure neighbours keep the same programs on loopback or on files without secrets.
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
const IMDS_IP = [
    'TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")',
    'NODE_IP=$(curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/local-ipv4)',
];

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 48): websockify's listen address is positional (`websockify [options] [source_addr:]source_port target_addr:target_port`,
    // websockify(1); `--web DIR` serves DIR's files on the same port): here / (the kubelet's client key, every pod's
    // token) on the node's own address, which every pod reaches. unreadListeners reads an operand only when it is
    // ALL_ADDRESSES or EMPTY_HOST, so `$NODE_IP:6080` (like any IP literal operand) passes, though the same value after
    // --listen is refused since round 47. Fix: treat a HOST:PORT operand of an unread root program like a LISTEN_OPTION
    // value (refuse unless loopback/unix/OTHER_HOST_NAME), or give websockify a reader (--web DIR as served content).
    dev(
        "websockify --web / $NODE_IP:6080 127.0.0.1:22 (a positional HOST:PORT on the node's address, serving /)",
        script("dev-websockify-node-ip-nodes", [...IMDS_IP, 'nohup websockify --web / "$NODE_IP:6080" 127.0.0.1:22 &']),
        /does not read|serves/,
    ),
    // Was a MISS (fixed in round 48): npm http-server's address is the short option `-a` ("-a Address to use (defaults to 0.0.0.0)", http-server
    // README): / served on the node's address. LISTEN_OPTION matches long names only (bind/listen/addr/host/...), so
    // `-a "$NODE_IP"` is not read as an address (only an ALL_ADDRESSES literal is read after a short option). Who
    // gains: every pod (the kubelet's client key). Fix: read short options' non-loopback IP/variable values too, or a
    // reader for http-server/miniserve-like file servers (path operand = served content, -a/-i address, default all).
    dev(
        "http-server / -a $NODE_IP -p 8080 (npm http-server: a short address option)",
        script("dev-http-server-npm-a-nodes", [...IMDS_IP, 'nohup http-server / -a "$NODE_IP" -p 8080 &']),
        /does not read|serves/,
    ),
    // Was a MISS (fixed in round 48): miniserve serves its path operand on every interface unless -i/--interfaces narrows it (miniserve README:
    // `miniserve -i 192.168.0.1 ...` to "Bind to multiple interfaces"; default all): `miniserve /` as root hands the
    // kubelet's key and every pod token to every pod. No SERVERS reader, and the fail-closed rule needs an explicit
    // address (a port alone or none is not read), while `/` as an operand is not a hand-off to a non-keeper. Fix: a
    // file-server reader (miniserve, http-server, darkhttpd: path operand, default every address), or count a root
    // program given `/` or a NODE_SECRETS ancestor as an operand as handing node secrets (keepsNodeSecrets).
    dev(
        "miniserve / (default: every interface, serving /)",
        script("dev-miniserve-root-nodes", ["nohup miniserve --port 8080 / &"]),
        /does not read|serves|hands \/, a directory holding/,
    ),
    // Was a MISS (fixed in round 48): uvicorn reads its settings from UVICORN_* environment variables (uvicorn docs "Settings": "Use environment
    // variables with the prefix UVICORN_. export UVICORN_HOST=\"0.0.0.0\""): the app listens on every address, the same
    // as `--host 0.0.0.0`, which the pack refuses. unreadListeners reads only the program's arguments, never the
    // command's assignments or exported variables. Fix: read assignments/exports named *_HOST/*_BIND/*_LISTEN/*_ADDR
    // (UVICORN_HOST, FLASK_RUN_HOST, GUNICORN_CMD_ARGS) in the program's environment as listen values.
    dev(
        "UVICORN_HOST=0.0.0.0 uvicorn app:app (uvicorn's address from its environment variable)",
        script("dev-uvicorn-env-host-nodes", [
            "UVICORN_HOST=0.0.0.0 UVICORN_PORT=8000 nohup uvicorn app:app --app-dir /opt/app &",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 48): flask's CLI takes option defaults from FLASK_COMMAND_OPTION variables (Flask docs "Command Line Interface",
    // "Setting Command Options": "export FLASK_RUN_PORT=8000"; FLASK_RUN_HOST likewise): the dev server (with whatever
    // the app serves) on every address, root. Same cause as UVICORN_HOST above: exported listen settings not read.
    dev(
        "export FLASK_RUN_HOST=0.0.0.0; flask --app /opt/app/app.py run (flask's address from the environment)",
        script("dev-flask-env-host-nodes", [
            "export FLASK_RUN_HOST=0.0.0.0",
            "nohup flask --app /opt/app/app.py run --port 8000 &",
        ]),
        /does not read/,
    ),
    dev(
        "rinetd with /etc/rinetd.conf '0.0.0.0 8080 169.254.169.254 80' (a metadata relay from a config file)",
        script("dev-rinetd-imds-nodes", [
            "cat > /etc/rinetd.conf <<'CONF'",
            "0.0.0.0 8080 169.254.169.254 80",
            "CONF",
            "rinetd -c /etc/rinetd.conf",
        ]),
        /metadata|169\.254|does not read|relay/,
    ),
    dev(
        "systemd-run --uid=nobody -p AmbientCapabilities=CAP_DAC_READ_SEARCH python3 -m http.server --directory /",
        script("dev-systemd-run-ambient-http-nodes", [
            "systemd-run --uid=nobody -p AmbientCapabilities=CAP_DAC_READ_SEARCH python3 -m http.server 8080 --directory /",
        ]),
        /serves|does not read|kubelet/,
    ),
    // Was a MISS (fixed in round 48): systemd-run's -p properties are the unit's (systemd-run(1)); AmbientCapabilities=CAP_DAC_READ_SEARCH gives the
    // "non-root" user root's power to read every file (systemd.exec(5) AmbientCapabilities=: run "as unprivileged user
    // but still with some capabilities"; capabilities(7) CAP_DAC_READ_SEARCH "Bypass file read permission checks"),
    // so gohttpserver serves the kubelet's key on every address. rootReads.ts unit() counts such ambient capabilities as
    // root, but shell.ts WRAPPERS systemd-run `user` returns "nobody" and the fail-closed listener rule (root only) is
    // skipped. (http.server's reader refuses the same launch, see above.) Fix: make systemd-run's user undefined/root
    // when -p AmbientCapabilities= (beyond NET_BIND_SERVICE), Group=/SupplementaryGroups= in ROOT_GROUPS are given.
    dev(
        "systemd-run -p User=nobody -p AmbientCapabilities=CAP_DAC_READ_SEARCH gohttpserver --root / --addr :8000",
        script("dev-systemd-run-ambient-gohttp-nodes", [
            "systemd-run -p User=nobody -p AmbientCapabilities=CAP_DAC_READ_SEARCH /usr/local/bin/gohttpserver --root / --addr :8000",
        ]),
        /serves|does not read|kubelet/,
    ),
    // Was a MISS (fixed in round 48): group disk reads the node's block devices (the root filesystem's image holds the kubelet's key and every
    // pod's token); rootReads.ts ROOT_GROUPS counts disk as root for units' SupplementaryGroups=, but systemd-run's
    // `-p SupplementaryGroups=disk` is not read (shell.ts WRAPPERS systemd-run user = "nobody"), so gohttpserver
    // serving /dev (nvme0n1 included) on every address passes. Doc: systemd.exec(5) SupplementaryGroups=; Fix: as above.
    dev(
        "systemd-run -p User=nobody -p SupplementaryGroups=disk gohttpserver --root /dev --addr :8000 (the disk group)",
        script("dev-systemd-run-disk-group-nodes", [
            "systemd-run -p User=nobody -p SupplementaryGroups=disk /usr/local/bin/gohttpserver --root /dev --addr :8000",
        ]),
        /serves|does not read|kubelet/,
    ),
    // Neighbours of the round-48 fixes (unreadListeners' operands, short options and environment; directories holding the
    // node's secrets handed to a program; launchers giving a user root's power back).
    dev(
        "websockify 10.0.1.15:6080 127.0.0.1:5900 (an IP literal HOST:PORT operand)",
        script("dev-websockify-ip-literal-nodes", ["nohup websockify 10.0.1.15:6080 127.0.0.1:5900 &"]),
        /does not read/,
    ),
    dev(
        "http-server /var/www/html -a $(hostname -i) (a short address option from a command's output)",
        script("dev-http-server-hostname-nodes", ['nohup http-server /var/www/html -a "$(hostname -i)" -p 8080 &']),
        /does not read/,
    ),
    dev(
        "miniserve /var/lib (a parent of the kubelet's and containerd's directories)",
        script("dev-miniserve-var-lib-nodes", ["nohup miniserve --port 8080 /var/lib &"]),
        /hands \/var\/lib, a directory holding/,
    ),
    dev(
        "miniserve -i $NODE_IP / (a short interface option on the node's address)",
        script("dev-miniserve-node-ip-nodes", [...IMDS_IP, 'nohup miniserve -i "$NODE_IP" --port 8080 / &']),
        /does not read/,
    ),
    dev(
        "env UVICORN_HOST=$NODE_IP uvicorn (the node's address through env)",
        script("dev-uvicorn-env-wrapper-nodes", [
            ...IMDS_IP,
            'nohup env UVICORN_HOST="$NODE_IP" uvicorn app:app --app-dir /opt/app &',
        ]),
        /does not read/,
    ),
    dev(
        "a unit with Environment=UVICORN_HOST=0.0.0.0 running uvicorn (systemd.exec(5) Environment=)",
        script("dev-uvicorn-unit-env-nodes", [
            "cat > /etc/systemd/system/app.service <<'UNIT'",
            "[Service]",
            "Environment=UVICORN_HOST=0.0.0.0",
            "ExecStart=/usr/local/bin/uvicorn app:app --app-dir /opt/app",
            "UNIT",
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    dev(
        "set -a; HOST=0.0.0.0; node /opt/app/server.js (allexport: an application's HOST)",
        script("dev-node-allexport-host-nodes", ["set -a", "HOST=0.0.0.0", "nohup node /opt/app/server.js &"]),
        /does not read/,
    ),
    dev(
        "setpriv --reuid=nobody --inh-caps=+dac_read_search --ambient-caps=+dac_read_search gohttpserver --root /",
        script("dev-setpriv-ambient-gohttp-nodes", [
            "setpriv --reuid=nobody --regid=nobody --clear-groups --inh-caps=+dac_read_search --ambient-caps=+dac_read_search /usr/local/bin/gohttpserver --root / --addr :8000",
        ]),
        /does not read|serves|kubelet/,
    ),
    dev(
        "runuser -u nobody -G disk -- gohttpserver --root /dev (the disk group from runuser)",
        script("dev-runuser-disk-gohttp-nodes", [
            "runuser -u nobody -G disk -- /usr/local/bin/gohttpserver --root /dev --addr :8000",
        ]),
        /does not read|serves|kubelet/,
    ),
    dev(
        "aws ssm put-parameter --value file://kubelet key (the aws CLI reads file:// parameters)",
        script("dev-aws-ssm-file-key-nodes", [
            `aws ssm put-parameter --name /nodes/key --type SecureString --overwrite --value file://${KEY}`,
        ]),
        /hands|kubelet/,
    ),
    dev(
        "aws s3api put-object --body kubelet key (s3api's --body is a file it uploads)",
        script("dev-aws-s3api-body-key-nodes", [
            `aws s3api put-object --bucket node-backups --key pki/key.pem --body ${KEY}`,
        ]),
        /hands|kubelet/,
    ),
    dev(
        "sftp -b batch with 'put kubelet key' (sftp's batch file names what it uploads)",
        script("dev-sftp-batch-put-key-nodes", [
            "cat > /root/sftp.batch <<'BATCH'",
            `put ${KEY} /srv/nodes/`,
            "BATCH",
            "sftp -b /root/sftp.batch backup@backup.example.com",
        ]),
        /hands|kubelet|does not read/,
    ),
    dev(
        "echo 'put kubelet key' | sftp -b - backup@host (the batch on standard input)",
        script("dev-sftp-stdin-put-key-nodes", [`echo "put ${KEY} /srv/nodes/" | sftp -b - backup@backup.example.com`]),
        /hands|kubelet|does not read/,
    ),
    dev(
        "rsync -a /var/lib/kubelet/ backup@host:/srv/nodes/ (a parent of the kubelet's pki)",
        script("dev-rsync-kubelet-parent-nodes", ["rsync -a /var/lib/kubelet/ backup@backup.example.com:/srv/nodes/"]),
        /hands|kubelet/,
    ),
    dev(
        "rclone copy / s3remote:nodes --include '/var/lib/kubelet/pki/**' (the root with a filter)",
        script("dev-rclone-root-include-nodes", ["rclone copy / s3remote:nodes --include '/var/lib/kubelet/pki/**'"]),
        /hands|kubelet/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "websockify --web /usr/share/novnc 127.0.0.1:6080 127.0.0.1:5900 (loopback, a web root)",
        script("dev-websockify-lo-ok-nodes", [
            "nohup websockify --web /usr/share/novnc 127.0.0.1:6080 127.0.0.1:5900 &",
        ]),
    ),
    dev(
        "http-server /var/www/html -a 127.0.0.1 -p 8080 (loopback)",
        script("dev-http-server-npm-lo-ok-nodes", ["nohup http-server /var/www/html -a 127.0.0.1 -p 8080 &"]),
    ),
    dev(
        "UVICORN_HOST=127.0.0.1 uvicorn app:app (loopback from the environment)",
        script("dev-uvicorn-env-lo-ok-nodes", [
            "UVICORN_HOST=127.0.0.1 UVICORN_PORT=8000 nohup uvicorn app:app --app-dir /opt/app &",
        ]),
    ),
    dev(
        "rinetd with '127.0.0.1 8443 10.0.5.10 443' (a loopback forward to another host)",
        script("dev-rinetd-lo-ok-nodes", [
            "cat > /etc/rinetd.conf <<'CONF'",
            "127.0.0.1 8443 10.0.5.10 443",
            "CONF",
            "rinetd -c /etc/rinetd.conf",
        ]),
    ),
    dev(
        "systemd-run --uid=nobody -p AmbientCapabilities=CAP_NET_BIND_SERVICE http.server 80 --directory /var/www/html",
        script("dev-systemd-run-bind-service-ok-nodes", [
            "systemd-run --uid=nobody -p AmbientCapabilities=CAP_NET_BIND_SERVICE python3 -m http.server 80 --directory /var/www/html",
        ]),
    ),
    dev(
        "systemd-run -p DynamicUser=yes gohttpserver --root /opt/models --addr :8000 (a dynamic user, no secrets)",
        script("dev-systemd-run-dynamic-ok-nodes", [
            "systemd-run -p DynamicUser=yes /usr/local/bin/gohttpserver --root /opt/models --addr :8000",
        ]),
    ),
    dev(
        "websockify localhost:6080 127.0.0.1:5900; openssl s_client -connect $NODE_IP:10250 (loopback; a client's far end)",
        script("dev-websockify-localhost-ok-nodes", [
            ...IMDS_IP,
            "nohup websockify localhost:6080 127.0.0.1:5900 &",
            'echo | openssl s_client -connect "$NODE_IP:10250" -brief',
        ]),
    ),
    dev(
        "redis-cli -h $NODE_IP ping (a client's short host option)",
        script("dev-redis-cli-host-ok-nodes", [...IMDS_IP, 'redis-cli -h "$NODE_IP" -p 6379 ping']),
    ),
    dev(
        "du -sh /var/lib; ls -la /; find / -xdev -name '*.rpmnew'; chown, mkdir, restorecon, chmod, tar to a local archive",
        script("dev-ancestor-listing-ok-nodes", [
            "du -sh /var/lib",
            "ls -la /",
            "find / -xdev -name '*.rpmnew'",
            "chown -R root:root /var/lib/app",
            "mkdir -p /var/lib/app",
            "restorecon -R /var/lib",
            "chmod 755 /var/lib",
            "tar -xzf /opt/app.tgz -C /var/lib",
        ]),
    ),
    dev(
        "miniserve --port 8080 /var/www/html (a web root, no node secrets)",
        script("dev-miniserve-www-ok-nodes", ["nohup miniserve --port 8080 /var/www/html &"]),
    ),
    dev(
        "miniserve -i 127.0.0.1 / (bound to loopback: only the node's own processes reach what it serves)",
        script("dev-miniserve-lo-root-ok-nodes", ["nohup miniserve -i 127.0.0.1 --port 8080 / &"]),
    ),
    dev(
        "UVICORN_PORT=8000 uvicorn app:app (a port only: uvicorn's default host is 127.0.0.1)",
        script("dev-uvicorn-port-only-ok-nodes", ["UVICORN_PORT=8000 nohup uvicorn app:app --app-dir /opt/app &"]),
    ),
    dev(
        "export FLASK_RUN_HOST=127.0.0.1; flask run; export DB_HOST=10.0.5.10; mkdir (loopback; a client's setting)",
        script("dev-flask-env-lo-ok-nodes", [
            "export FLASK_RUN_HOST=127.0.0.1",
            "export DB_HOST=10.0.5.10",
            "mkdir -p /opt/app/instance",
            "nohup flask --app /opt/app/app.py run --port 8000 &",
        ]),
    ),
    dev(
        "systemd-run -p User=nobody -p AmbientCapabilities=CAP_NET_BIND_SERVICE gohttpserver --root / --addr :80",
        script("dev-systemd-run-user-bind-service-ok-nodes", [
            "systemd-run -p User=nobody -p AmbientCapabilities=CAP_NET_BIND_SERVICE -p CapabilityBoundingSet=CAP_DAC_READ_SEARCH /usr/local/bin/gohttpserver --root /opt/models --addr :80",
        ]),
    ),
    dev(
        "systemd-run -p User=nobody -p SupplementaryGroups=video gohttpserver --root /opt/models (a group that is not root's)",
        script("dev-systemd-run-video-group-ok-nodes", [
            "systemd-run -p User=nobody -p SupplementaryGroups=video /usr/local/bin/gohttpserver --root /opt/models --addr :8000",
        ]),
    ),
    dev(
        "aws ssm put-parameter --value file:///etc/os-release (a file with no node secrets)",
        script("dev-aws-ssm-file-os-ok-nodes", [
            "aws ssm put-parameter --name /nodes/os --type String --overwrite --value file:///etc/os-release",
        ]),
    ),
    dev(
        "aws s3api put-object --body /var/log/cloud-init-output.log (a log)",
        script("dev-aws-s3api-body-log-ok-nodes", [
            "aws s3api put-object --bucket node-logs --key init.log --body /var/log/cloud-init-output.log",
        ]),
    ),
    dev(
        "echo 'get models.tgz /opt/models/' | sftp -b - backup@host (a download)",
        script("dev-sftp-batch-get-ok-nodes", [
            'echo "get /backups/models.tgz /opt/models/" | sftp -b - backup@backup.example.com',
        ]),
    ),
    dev(
        "aws s3 cp s3://model-cache/models.tgz /opt/models/ --region eu-west-1 (a download, option last)",
        script("dev-aws-s3-download-ok-nodes", [
            "aws s3 cp s3://model-cache/models.tgz /opt/models/ --region eu-west-1",
        ]),
    ),
];

describeNodeCases(
    "red team round 48: listen forms, user switches and node-secret uploads (fresh eyes)",
    insecure,
    secure,
);
