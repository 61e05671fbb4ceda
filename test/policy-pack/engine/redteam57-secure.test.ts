// Red-team round 57 on false positives across the committed stacks (fresh eyes), aimed at rounds 55/56's tightened
// rules. Probed: SECURE variants a careful platform team writes beside the custody workloads, each with an insecure
// neighbour that must stay refused.
// The caller's instance of account B (round 56's archiverUse, Jupyter kept on localhost, commands run in /root): tar
// old-style list and extract with a trailing -C, --directory=, glued -C/srv; ar t/tv, ar x --output=, ar x in /srv;
// dpkg-deb -c/-I/-f, -x into /srv, --fsys-tarfile | tar -x -C /srv; unsquashfs -l/-s, -d /srv/..., the default
// ./squashfs-root in /srv; lz4 -dc | tar, lz4 -d IN OUT, unlz4, lz4cat | tar -t, lz4 -d -m (outputs beside the inputs);
// unzip -l/-t/-Z1, -qo -d /srv, bundled glued -qod/srv, unzip -p > /srv. Neighbours (refused): tar xzf in /root,
// -C/root glued, ar x in /root, dpkg-deb -x ... /root and --fsys-tarfile | tar -x in /root, unsquashfs -d /root,
// lz4 -d to root's Jupyter config, unzip -d /root and -qod/root.
// Node user data: ssh -L / autossh -L / socat / stunnel client on loopback to other hosts, frpc to another host's
// service (authenticated), cloudflared config.yml ingress to an ordinary app, tinyproxy and squid on loopback, pproxy
// authenticated to an upstream, chisel server on loopback with --authfile, ncat --sh-exec to another host; socket
// units (systemd-socket-proxyd to another host, Accept=yes + StandardInput=socket status scripts on loopback and on
// every address, an inetd socat to another host, a docker.socket drop-in only tightening SocketMode); links (ln -sf
// /etc/localtime, ln -s and cp -s of config files, tmpfiles.d L, a link to an app's own socket relayed by socat); an
// app's RuntimeDirectory= socket bridge and a read-only hostPath of /run/ledger. Neighbours (refused): frpc to
// miniserve / on loopback, socat reverse relay of instance metadata, systemd-socket-proxyd to miniserve /, an inetd
// socat to instance metadata, docker.socket ListenStream=0.0.0.0:2375, links to containerd's socket and directory
// relayed, ec2-user's bus relayed from /var/run/user/1000.
// IAM/KMS/DynamoDB (not covered in round 56): item actions on analytics-* with a Deny on custody-*, on curity's
// reports-* tables, kms data actions on one application key's ARN via S3, kms:ListKeys/ListAliases, s3/logs reads in
// pod-identity, sts:GetCallerIdentity alone. Neighbours (refused): table/* with a Deny elsewhere, table/custody-prod-*,
// curity-sessions-archive-* (inside Curity's curity- prefix), share 1's key, key/* via S3.
// Not filed (by design): dynamodb:* on a non-custody prefix (no-service-wide-grants, no-dynamodb-batch lints); table/*
// narrowed only by a Deny NotResource (dynamodb-wildcards-exclude-stack-tables asks for a narrower pattern); an
// undeclared role's DescribeTable on a custody table (README: declare it under custody:operations); iam:PassRole /
// iam:ListRoles (outside HARMLESS_SERVICES, round 22's DECIDED); a new KMS key in the stack (custody state: protect,
// rotation lints); a hostPath spelled /run/ledger/../user (the API server rejects '..' in hostPath paths).
// Misses (0 insecure, 1 secure): an undeclared role allowed only sts:GetCallerIdentity (needs no permission, cannot be
// denied: STS API reference) is refused by custody-effective-access.
import { describeVariants, find, prop, Resources, StackCase } from "./support";
import { instanceOfB } from "./callerInstanceBuilders";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { devNodeScript, heredocFile, hostPathDaemonSet, NON_ROOT, systemdUnit } from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";

const KEY = "aws:kms/key:Key";
const A = ACCOUNT.prod;
const file = heredocFile;
const ITEM_ACTIONS = [
    "dynamodb:GetItem",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:Query",
];
const APP_KEY = `arn:aws:kms:eu-west-1:${ACCOUNT.prod}:key/0a1b2c3d-1111-2222-3333-444455556666`;
const keyArn = (r: Resources, name: string) => prop(find(r, KEY, name), "arn") as string;

/** Cloud-config writing root's Jupyter config (ip localhost, empty token), then `runcmd`, then jupyter lab. */
const jupyterConfig = (runcmd: string[]) =>
    `#cloud-config\nwrite_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = 'localhost'\n      c.IdentityProvider.token = ''\nruncmd:\n${[
        ...runcmd,
        "nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &",
    ]
        .map(c => `  - ${JSON.stringify(c)}\n`)
        .join("")}`;
/** The caller's instance of account B (seed 003) with Jupyter kept on localhost, running `runcmd` first. */
const caller = (name: string, runcmd: string[]) => (r: Resources) =>
    void instanceOfB(r, name, jupyterConfig(runcmd), { keyName: "ops-laptop" });
const KEPT = "the caller's instance (ip localhost, empty token)";
/** What the caller's instance is refused as (its name). */
const callerCase = (tag: string, what: string, runcmd: string[], refused = false): StackCase => ({
    stack: "cross-account",
    name: `${refused ? "CI" : "C"}: ${KEPT} \`${what}\``,
    edit: caller(`rt57-${tag}`, runcmd),
    ...(refused ? { refused: new RegExp(`rt57-${tag}`) } : {}),
});

/** A dev node group whose user data runs `lines`, judged by the node policies. */
const node = (tag: string, what: string, lines: string[], refused?: RegExp): StackCase => ({
    stack: "dev",
    name: `${refused ? "NI" : "N"}: ${what}`,
    edit: devNodeScript(`rt57-${tag}-nodes`, lines),
    config: nodePolicyConfig,
    ...(refused ? { refused } : {}),
});
/** A server bound to loopback serving / (accepted alone: round 48). */
const LO_ROOT = "nohup miniserve -i 127.0.0.1 --port 8000 / &";
const RELAY = /served beyond loopback|does not read|forward|shell|another host|tunnel|socket|containerd|metadata/;

const CASES: StackCase[] = [
    // ================= the caller's instance: archivers in /root (round 56's archiverUse) =================
    callerCase("tar-list-old", "cd /root && tar tvf NOTES.tar (old-style list)", [
        "cd /root && tar tvf /opt/seed/notes.tar",
    ]),
    callerCase("tar-x-trailing-C", "cd /root && tar xzf NOTES.tgz -C /srv/notes (old-style, -C after the archive)", [
        "mkdir -p /srv/notes",
        "cd /root && tar xzf /opt/seed/notes.tgz -C /srv/notes",
    ]),
    callerCase("tar-x-directory-eq", "cd /root && tar --extract --file=NOTES.tar --directory=/srv/notes", [
        "mkdir -p /srv/notes",
        "cd /root && tar --extract --file=/opt/seed/notes.tar --directory=/srv/notes",
    ]),
    callerCase("tar-x-C-glued", "cd /root && tar -xzf NOTES.tgz -C/srv/notes (glued -C)", [
        "mkdir -p /srv/notes",
        "cd /root && tar -xzf /opt/seed/notes.tgz -C/srv/notes",
    ]),
    callerCase(
        "tar-x-root",
        "cd /root && tar xzf NOTES.tgz (extracts into /root)",
        ["cd /root && tar xzf /opt/seed/notes.tgz"],
        true,
    ),
    callerCase(
        "tar-x-C-root",
        "cd /srv && tar -xzf NOTES.tgz -C/root (glued -C to /root)",
        ["cd /srv && tar -xzf /opt/seed/notes.tgz -C/root"],
        true,
    ),
    callerCase("ar-t", "cd /root && ar t /opt/seed/libnotes.a, ar tv", [
        "cd /root && ar t /opt/seed/libnotes.a",
        "cd /root && ar tv /opt/seed/libnotes.a",
    ]),
    callerCase("ar-x-output", "cd /root && ar x --output=/srv/notes /opt/seed/notes.deb", [
        "mkdir -p /srv/notes",
        "cd /root && ar x --output=/srv/notes /opt/seed/notes.deb",
    ]),
    callerCase("ar-x-cd-srv", "cd /srv/notes && ar x /opt/seed/notes.deb", [
        "mkdir -p /srv/notes",
        "cd /srv/notes && ar x /opt/seed/notes.deb",
    ]),
    callerCase(
        "ar-x-root",
        "cd /root && ar x /opt/seed/notes.deb (members land in /root)",
        ["cd /root && ar x /opt/seed/notes.deb"],
        true,
    ),
    callerCase("dpkg-deb-list", "cd /root && dpkg-deb -c PKG.deb, dpkg-deb -I PKG.deb, dpkg-deb -f PKG.deb Version", [
        "cd /root && dpkg-deb -c /opt/seed/notes.deb",
        "cd /root && dpkg-deb -I /opt/seed/notes.deb",
        "cd /root && dpkg-deb -f /opt/seed/notes.deb Version",
    ]),
    callerCase("dpkg-deb-x-srv", "cd /root && dpkg-deb -x PKG.deb /srv/notes", [
        "mkdir -p /srv/notes",
        "cd /root && dpkg-deb -x /opt/seed/notes.deb /srv/notes",
    ]),
    callerCase("dpkg-deb-fsys-pipe", "cd /root && dpkg-deb --fsys-tarfile PKG.deb | tar -x -C /srv/notes", [
        "mkdir -p /srv/notes",
        "cd /root && dpkg-deb --fsys-tarfile /opt/seed/notes.deb | tar -x -C /srv/notes",
    ]),
    callerCase(
        "dpkg-deb-x-root",
        "cd /srv && dpkg-deb -x PKG.deb /root",
        ["cd /srv && dpkg-deb -x /opt/seed/notes.deb /root"],
        true,
    ),
    callerCase(
        "dpkg-deb-fsys-root",
        "cd /root && dpkg-deb --fsys-tarfile PKG.deb | tar -x",
        ["cd /root && dpkg-deb --fsys-tarfile /opt/seed/notes.deb | tar -x"],
        true,
    ),
    callerCase("unsquashfs-list", "cd /root && unsquashfs -l IMG.sqsh, unsquashfs -s IMG.sqsh", [
        "cd /root && unsquashfs -l /opt/seed/notes.sqsh",
        "cd /root && unsquashfs -s /opt/seed/notes.sqsh",
    ]),
    callerCase("unsquashfs-d-srv", "cd /root && unsquashfs -f -d /srv/notes/img IMG.sqsh", [
        "mkdir -p /srv/notes",
        "cd /root && unsquashfs -f -d /srv/notes/img /opt/seed/notes.sqsh",
    ]),
    callerCase("unsquashfs-default-srv", "cd /srv/notes && unsquashfs IMG.sqsh (./squashfs-root under /srv/notes)", [
        "mkdir -p /srv/notes",
        "cd /srv/notes && unsquashfs /opt/seed/notes.sqsh",
    ]),
    callerCase(
        "unsquashfs-d-root",
        "cd /srv && unsquashfs -f -d /root IMG.sqsh",
        ["cd /srv && unsquashfs -f -d /root /opt/seed/notes.sqsh"],
        true,
    ),
    callerCase("lz4-dc-pipe", "cd /root && lz4 -dc NOTES.tar.lz4 | tar -x -C /srv/notes", [
        "mkdir -p /srv/notes",
        "cd /root && lz4 -dc /opt/seed/notes.tar.lz4 | tar -x -C /srv/notes",
    ]),
    callerCase(
        "lz4-d-out-srv",
        "cd /root && lz4 -d NOTES.tar.lz4 /srv/notes/notes.tar; unlz4 -f IN /srv/notes/b.tar; lz4cat IN | tar -t",
        [
            "mkdir -p /srv/notes",
            "cd /root && lz4 -d /opt/seed/notes.tar.lz4 /srv/notes/notes.tar",
            "cd /root && unlz4 -f /opt/seed/b.tar.lz4 /srv/notes/b.tar",
            "cd /root && lz4cat /opt/seed/b.tar.lz4 | tar -t",
        ],
    ),
    callerCase(
        "lz4-d-conf",
        "cd /srv && lz4 -d -f CONF.lz4 /root/.jupyter/jupyter_server_config.py",
        ["cd /srv && lz4 -d -f /opt/seed/conf.lz4 /root/.jupyter/jupyter_server_config.py"],
        true,
    ),
    // lz4(1) -m/--multiple: "Multiple input files ... Output filenames are generated by appending/removing .lz4": each
    // output lands beside its input (/opt/seed/a, /opt/seed/b), not in the working directory.
    callerCase(
        "lz4-m-seed",
        "cd /root && lz4 -d -m /opt/seed/a.lz4 /opt/seed/b.lz4 (outputs beside the inputs, in /opt/seed)",
        ["cd /root && lz4 -d -m /opt/seed/a.lz4 /opt/seed/b.lz4"],
    ),
    callerCase("unzip-list", "cd /root && unzip -l NOTES.zip; unzip -t NOTES.zip; unzip -Z1 NOTES.zip", [
        "cd /root && unzip -l /opt/seed/notes.zip",
        "cd /root && unzip -t /opt/seed/notes.zip",
        "cd /root && unzip -Z1 /opt/seed/notes.zip",
    ]),
    callerCase("unzip-qod-srv", "cd /root && unzip -qo NOTES.zip -d /srv/notes; unzip -qod/srv/notes B.zip", [
        "mkdir -p /srv/notes",
        "cd /root && unzip -qo /opt/seed/notes.zip -d /srv/notes",
        "cd /root && unzip -qod/srv/notes /opt/seed/b.zip",
    ]),
    callerCase("unzip-p-srv", "cd /root && unzip -p NOTES.zip notes/README.md > /srv/notes/README.md", [
        "mkdir -p /srv/notes",
        "cd /root && unzip -p /opt/seed/notes.zip notes/README.md > /srv/notes/README.md",
    ]),
    callerCase(
        "unzip-d-root",
        "cd /srv && unzip -o NOTES.zip -d /root",
        ["cd /srv && unzip -o /opt/seed/notes.zip -d /root"],
        true,
    ),
    callerCase(
        "unzip-qod-root",
        "cd /srv && unzip -qod/root NOTES.zip (bundled glued -d)",
        ["cd /srv && unzip -qod/root /opt/seed/notes.zip"],
        true,
    ),

    // ================= node user data: ordinary tunnels, proxies and relays =================
    node("ssh-L-lo", "ssh -N -L 127.0.0.1:5432:db.internal.example.com:5432 ops@bastion (a loopback local forward)", [
        "nohup ssh -N -o ExitOnForwardFailure=yes -L 127.0.0.1:5432:db.internal.example.com:5432 ops@bastion.example.com &",
    ]),
    node("socat-lo-db", "socat TCP-LISTEN:5432,bind=127.0.0.1,fork,reuseaddr TCP:db.internal.example.com:5432", [
        "nohup socat TCP-LISTEN:5432,bind=127.0.0.1,fork,reuseaddr TCP:db.internal.example.com:5432 &",
    ]),
    node("stunnel-client", "stunnel client (accept 127.0.0.1:6379, connect redis.internal.example.com:6380)", [
        ...file("/etc/stunnel/redis.conf", [
            "[redis]",
            "client = yes",
            "accept = 127.0.0.1:6379",
            "connect = redis.internal.example.com:6380",
            "verifyChain = yes",
            "CAfile = /etc/pki/tls/certs/ca-bundle.crt",
            "checkHost = redis.internal.example.com",
        ]),
        "systemctl enable --now stunnel@redis",
    ]),
    node("autossh-L", "autossh -M 0 -N -L 127.0.0.1:9200:search.internal.example.com:443 ops@bastion", [
        "nohup autossh -M 0 -N -o ServerAliveInterval=30 -L 127.0.0.1:9200:search.internal.example.com:443 ops@bastion.example.com &",
    ]),
    node("frpc-remote", "frpc with a TCP proxy to another host's service (local_ip 10.0.5.20)", [
        ...file("/etc/frp/frpc.toml", [
            'serverAddr = "frp.example.com"',
            "serverPort = 7000",
            'auth.method = "token"',
            'auth.token = "s3cret"',
            "[[proxies]]",
            'name = "reports"',
            'type = "tcp"',
            'localIP = "10.0.5.20"',
            "localPort = 8000",
            "remotePort = 6000",
        ]),
        "nohup frpc -c /etc/frp/frpc.toml &",
    ]),
    node(
        "frpc-lo-root",
        "frpc with a TCP proxy to 127.0.0.1:8000 before miniserve /",
        [
            LO_ROOT,
            ...file("/etc/frp/frpc.toml", [
                'serverAddr = "frp.example.com"',
                "serverPort = 7000",
                "[[proxies]]",
                'name = "files"',
                'type = "tcp"',
                'localIP = "127.0.0.1"',
                "localPort = 8000",
                "remotePort = 6000",
            ]),
            "nohup frpc -c /etc/frp/frpc.toml &",
        ],
        RELAY,
    ),
    node(
        "cloudflared-ingress-app",
        "cloudflared tunnel run (config.yml ingress to http://localhost:3000, an ordinary app)",
        [
            ...file("/etc/cloudflared/config.yml", [
                "tunnel: 6ff42ae2-765d-4adf-8112-31c55c1551ef",
                "credentials-file: /etc/cloudflared/6ff42ae2.json",
                "ingress:",
                "  - hostname: status.example.com",
                "    service: http://localhost:3000",
                "  - service: http_status:404",
            ]),
            "nohup cloudflared tunnel --config /etc/cloudflared/config.yml run &",
        ],
    ),
    node("tinyproxy-lo", "tinyproxy with Listen 127.0.0.1 (loopback only)", [
        ...file("/etc/tinyproxy/tinyproxy.conf", [
            "User tinyproxy",
            "Group tinyproxy",
            "Port 8888",
            "Listen 127.0.0.1",
            "Allow 127.0.0.1",
        ]),
        "systemctl enable --now tinyproxy",
    ]),
    node("squid-lo", "squid with http_port 127.0.0.1:3128 (loopback only)", [
        ...file("/etc/squid/squid.conf", [
            "http_port 127.0.0.1:3128",
            "acl localhost src 127.0.0.1/32",
            "http_access allow localhost",
            "http_access deny all",
        ]),
        "systemctl enable --now squid",
    ]),
    node(
        "pproxy-remote-auth",
        "pproxy -l http://:8080#ops:s3cret -r socks5://proxy.internal.example.com:1080 (authenticated)",
        ["nohup pproxy -l 'http://:8080#ops:s3cret' -r socks5://proxy.internal.example.com:1080 &"],
    ),
    node("chisel-server-lo-reverse", "chisel server --host 127.0.0.1 --port 9000 --reverse --authfile users.json", [
        "nohup chisel server --host 127.0.0.1 --port 9000 --reverse --authfile /etc/chisel/users.json &",
    ]),
    node(
        "ncat-connect-exec-remote",
        "ncat --sh-exec 'ncat db.internal.example.com 5432' bastion.example.com 4444 (another host's service)",
        [`nohup ncat --sh-exec "ncat db.internal.example.com 5432" bastion.example.com 4444 &`],
    ),
    node(
        "socat-reverse-imds",
        "socat TCP:bastion:4444,forever TCP:169.254.169.254:80 (instance metadata to another host)",
        ["nohup socat TCP:bastion.example.com:4444,forever,interval=5 TCP:169.254.169.254:80 &"],
        RELAY,
    ),

    // ================= node user data: socket units =================
    node(
        "socket-proxyd-app",
        "app-proxy.socket ListenStream=8080 + systemd-socket-proxyd 10.0.5.20:8000 (another host)",
        [
            ...file("/etc/systemd/system/app-proxy.socket", [
                "[Socket]",
                "ListenStream=8080",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/app-proxy.service", [
                "[Service]",
                "ExecStart=/usr/lib/systemd/systemd-socket-proxyd 10.0.5.20:8000",
                "PrivateTmp=yes",
                "DynamicUser=yes",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now app-proxy.socket",
        ],
    ),
    node(
        "socket-proxyd-lo-root",
        "app-proxy.socket ListenStream=8080 + systemd-socket-proxyd 127.0.0.1:8000 before miniserve /",
        [
            LO_ROOT,
            ...file("/etc/systemd/system/app-proxy.socket", [
                "[Socket]",
                "ListenStream=8080",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/app-proxy.service", [
                "[Service]",
                "ExecStart=/usr/lib/systemd/systemd-socket-proxyd 127.0.0.1:8000",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now app-proxy.socket",
        ],
        RELAY,
    ),
    node(
        "inetd-lo-status",
        "node-status.socket ListenStream=127.0.0.1:9101 Accept=yes, node-status@.service StandardInput=socket runs a status script",
        [
            ...file("/usr/local/bin/node-status", [
                "#!/bin/sh",
                "printf 'HTTP/1.0 200 OK\\r\\nContent-Type: text/plain\\r\\n\\r\\n'",
                "uptime",
            ]),
            "chmod 0755 /usr/local/bin/node-status",
            ...file("/etc/systemd/system/node-status.socket", [
                "[Socket]",
                "ListenStream=127.0.0.1:9101",
                "Accept=yes",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/node-status@.service", [
                "[Service]",
                "ExecStart=/usr/local/bin/node-status",
                "StandardInput=socket",
                "DynamicUser=yes",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now node-status.socket",
        ],
    ),
    node(
        "inetd-any-status",
        "node-status.socket ListenStream=9101 Accept=yes (every address), StandardInput=socket, a status script (reads no input)",
        [
            ...file("/usr/local/bin/node-status", [
                "#!/bin/sh",
                "printf 'HTTP/1.0 200 OK\\r\\nContent-Type: text/plain\\r\\n\\r\\n'",
                "uptime",
            ]),
            "chmod 0755 /usr/local/bin/node-status",
            ...file("/etc/systemd/system/node-status.socket", [
                "[Socket]",
                "ListenStream=9101",
                "Accept=yes",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/node-status@.service", [
                "[Service]",
                "ExecStart=/usr/local/bin/node-status",
                "StandardInput=socket",
                "DynamicUser=yes",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now node-status.socket",
        ],
    ),
    node(
        "inetd-socat-remote",
        "db-relay.socket ListenStream=5432 Accept=yes, db-relay@.service socat STDIO TCP:10.0.5.20:5432 (another host)",
        [
            ...file("/etc/systemd/system/db-relay.socket", [
                "[Socket]",
                "ListenStream=5432",
                "Accept=yes",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/db-relay@.service", [
                "[Service]",
                "ExecStart=/usr/bin/socat STDIO TCP:10.0.5.20:5432",
                "StandardInput=socket",
                "DynamicUser=yes",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now db-relay.socket",
        ],
    ),
    node(
        "inetd-socat-imds",
        "imds.socket ListenStream=8080 Accept=yes, imds@.service socat STDIO TCP:169.254.169.254:80",
        [
            ...file("/etc/systemd/system/imds.socket", [
                "[Socket]",
                "ListenStream=8080",
                "Accept=yes",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/imds@.service", [
                "[Service]",
                "ExecStart=/usr/bin/socat STDIO TCP:169.254.169.254:80",
                "StandardInput=socket",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now imds.socket",
        ],
        RELAY,
    ),
    node(
        "docker-socket-mode",
        "docker installed; a docker.socket drop-in tightening SocketMode=0600 and SocketGroup=root",
        [
            "dnf install -y docker",
            ...file("/etc/systemd/system/docker.socket.d/10-mode.conf", [
                "[Socket]",
                "SocketMode=0600",
                "SocketGroup=root",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now docker.socket",
        ],
    ),
    node(
        "docker-socket-tcp",
        "a docker.socket drop-in adding ListenStream=0.0.0.0:2375",
        [
            "dnf install -y docker",
            ...file("/etc/systemd/system/docker.socket.d/10-tcp.conf", ["[Socket]", "ListenStream=0.0.0.0:2375"]),
            "systemctl daemon-reload",
            "systemctl enable --now docker.socket",
        ],
        /docker|2375|API|socket/,
    ),

    // ================= node user data: links =================
    node(
        "ln-ordinary",
        "ln -sf /usr/share/zoneinfo/UTC /etc/localtime; ln -s /etc/ledger/app.conf /opt/ledger/conf/app.conf; cp -s; tmpfiles.d L",
        [
            "ln -sf /usr/share/zoneinfo/UTC /etc/localtime",
            "mkdir -p /etc/ledger /opt/ledger/conf",
            ...file("/etc/ledger/app.conf", ["listen = 127.0.0.1:9000"]),
            "ln -s /etc/ledger/app.conf /opt/ledger/conf/app.conf",
            "cp -s /etc/ledger/app.conf /opt/ledger/conf/app-link.conf",
            ...file("/etc/tmpfiles.d/ledger.conf", [
                "d /run/ledger 0750 root root -",
                "L /etc/ledger/current - - - - /opt/ledger/conf/app.conf",
            ]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ledger.conf",
        ],
    ),
    node(
        "ln-app-socket-relay",
        "a ledger unit serving /run/ledger/api.sock, ln -s to /run/ledger-api.sock, socat TCP-LISTEN:9000,fork UNIX-CONNECT:/run/ledger-api.sock",
        [
            ...systemdUnit("ledger", [
                "User=nobody",
                "RuntimeDirectory=ledger",
                "ExecStart=/opt/ledger/bin/ledger --listen unix:/run/ledger/api.sock",
            ]),
            "ln -sf /run/ledger/api.sock /run/ledger-api.sock",
            "nohup socat TCP-LISTEN:9000,fork,reuseaddr UNIX-CONNECT:/run/ledger-api.sock &",
        ],
    ),
    node(
        "ln-containerd-relay",
        "ln -s /run/containerd/containerd.sock /run/ledger-api.sock, socat TCP-LISTEN:9000,fork UNIX-CONNECT:/run/ledger-api.sock",
        [
            "ln -sf /run/containerd/containerd.sock /run/ledger-api.sock",
            "nohup socat TCP-LISTEN:9000,fork,reuseaddr UNIX-CONNECT:/run/ledger-api.sock &",
        ],
        RELAY,
    ),
    node(
        "ln-dir-relay",
        "ln -s /run/containerd /run/ctr (a directory link), socat TCP-LISTEN:9000,fork UNIX-CONNECT:/run/ctr/containerd.sock",
        [
            "ln -sfn /run/containerd /run/ctr",
            "nohup socat TCP-LISTEN:9000,fork,reuseaddr UNIX-CONNECT:/run/ctr/containerd.sock &",
        ],
        RELAY,
    ),

    // ================= node: users' runtime directories =================
    node(
        "runtime-user-lo",
        "a unit with User=ledger, RuntimeDirectory=ledger, a socat UNIX-LISTEN:/run/ledger/lo.sock to 127.0.0.1:9000",
        [
            "useradd --system ledger",
            ...systemdUnit("ledger-bridge", [
                "User=ledger",
                "RuntimeDirectory=ledger",
                "ExecStart=/usr/bin/socat UNIX-LISTEN:/run/ledger/bridge.sock,fork,mode=600 TCP:10.0.5.20:9000",
            ]),
        ],
    ),
    {
        stack: "dev",
        // DECIDED (round 82): a read-only hostPath of a /run directory the pack cannot read may hold any daemon's socket
        // (FHS 3.0 "/run": daemons place their sockets there; a socket accepts connect() on a read-only mount), so it
        // is refused (podSpec.ts unknownNodeSocket).
        name: "N: a DaemonSet in tools (uid 65534) mounting /run/ledger read-only (an app's runtime directory, not /run/user)",
        refused: /node socket the pack does not know to be harmless/,
        config: nodePolicyConfig,
        edit: r =>
            hostPathDaemonSet(
                r,
                "ledger-run",
                "tools",
                "/run/ledger",
                { ...NON_ROOT, runAsUser: 65534 },
                true,
                "Directory",
            ),
    },
    node(
        "user-bus-relay-lo",
        "socat TCP-LISTEN:9000,bind=0.0.0.0,fork UNIX-CONNECT:/var/run/user/1000/bus (ec2-user's bus)",
        [
            "loginctl enable-linger ec2-user",
            "nohup socat TCP-LISTEN:9000,bind=0.0.0.0,fork UNIX-CONNECT:/var/run/user/1000/bus &",
        ],
        RELAY,
    ),

    // ================= IAM / KMS / DynamoDB =================
    // IAM user guide "Policy evaluation logic": an explicit Deny overrides every Allow; the Allow names only the
    // analytics tables (listed actions, no Batch*: the pack's no-service-wide-grants and no-dynamodb-batch lints).
    {
        stack: "prod",
        name: "A: an ops role with item actions on `table/analytics-*` (and its indexes), and an explicit Deny of dynamodb:* on `table/custody-*`",
        edit: r =>
            opsRole(r, "prod", A, "rt57-analytics", [
                allow(ITEM_ACTIONS, [
                    `arn:aws:dynamodb:eu-west-1:${A}:table/analytics-*`,
                    `arn:aws:dynamodb:eu-west-1:${A}:table/analytics-*/index/*`,
                ]),
                { Effect: "Deny", Action: "dynamodb:*", Resource: `arn:aws:dynamodb:eu-west-1:${A}:table/custody-*` },
            ]),
    },
    {
        stack: "prod",
        name: "AI: the same item actions on `table/*` with the Deny only on `table/analytics-archive-*`",
        edit: r =>
            opsRole(r, "prod", A, "rt57-analytics-all", [
                allow(ITEM_ACTIONS, `arn:aws:dynamodb:eu-west-1:${A}:table/*`),
                {
                    Effect: "Deny",
                    Action: "dynamodb:*",
                    Resource: `arn:aws:dynamodb:eu-west-1:${A}:table/analytics-archive-*`,
                },
            ]),
        refused: /rt57-analytics-all/,
    },
    {
        stack: "prod",
        name: "AI: item actions on `table/custody-prod-*` (a prefix of the custody tables)",
        edit: r =>
            opsRole(r, "prod", A, "rt57-custody-prefix", [
                allow(ITEM_ACTIONS, `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-*`),
            ]),
        refused: /rt57-custody-prefix/,
    },
    // KMS developer guide "Key ARN": a key outside the stack, named by its ARN (an application's own key).
    {
        stack: "prod",
        name: "A: an ops role with kms:Encrypt/Decrypt/GenerateDataKey on one application key's ARN (a key outside the stack)",
        edit: r =>
            opsRole(r, "prod", A, "rt57-app-kms", [
                allow(["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"], APP_KEY, {
                    Condition: { StringEquals: { "kms:ViaService": "s3.eu-west-1.amazonaws.com" } },
                }),
            ]),
    },
    {
        stack: "prod",
        name: "AI: an ops role with kms:Decrypt on share 1's key ARN",
        edit: r =>
            opsRole(r, "prod", A, "rt57-share-decrypt", [allow("kms:Decrypt", keyArn(r, "signer-shares-share-1"))]),
        refused: /rt57-share-decrypt/,
    },
    {
        stack: "prod",
        name: "AI: an ops role with kms:Decrypt on `key/*` with kms:ViaService s3 (every key of the account, custody shares included)",
        edit: r =>
            opsRole(r, "prod", A, "rt57-any-key-via", [
                allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${A}:key/*`, {
                    Condition: { StringEquals: { "kms:ViaService": "s3.eu-west-1.amazonaws.com" } },
                }),
            ]),
        refused: /rt57-any-key-via/,
    },
    {
        stack: "basil",
        name: "A: an ops role of basil with kms:ListKeys/ListAliases on * (lists only)",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt57-basil-list", [allow(["kms:ListKeys", "kms:ListAliases"], "*")]),
    },
    // STS API reference, GetCallerIdentity: "No permissions are required to perform this operation. If an administrator
    // attaches a policy to your identity that explicitly denies access to the sts:GetCallerIdentity action, you can
    // still perform this operation." An Allow of it grants nothing.
    // Was a MISS (fixed in round 57): secure refused: an undeclared role allowed only sts:GetCallerIdentity is refused by custody-effective-access
    // ("no workload of the custody model has this identity"; sts is outside HARMLESS_SERVICES), though the STS API
    // reference (API_GetCallerIdentity, docs.aws.amazon.com/STS/latest/APIReference) says the call needs no permission
    // and cannot be denied: the statement grants nothing. Fix: drop sts:GetCallerIdentity from what a grant reaches.
    {
        stack: "trust-domain",
        name: "A: an ops role of trust-domain allowed only sts:GetCallerIdentity (needs no permission: grants nothing)",
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt57-td-whoami", [
                allow("sts:GetCallerIdentity", "*"),
            ]),
    },
    // Neighbour of the fix: `sts:Get*` holds GetSessionToken and GetFederationToken (credentials), not only
    // GetCallerIdentity.
    {
        stack: "trust-domain",
        name: "AI: an ops role of trust-domain allowed `sts:Get*` (GetFederationToken mints credentials)",
        edit: r => opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt57-td-sts-get", [allow("sts:Get*", "*")]),
        refused: /rt57-td-sts-get/,
    },
    {
        stack: "curity",
        name: "A: an ops role of curity with item actions on `table/reports-*` (not Curity's curity-* tables)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt57-curity-reports", [
                allow(ITEM_ACTIONS, `arn:aws:dynamodb:eu-west-1:${ACCOUNT.curity}:table/reports-*`),
            ]),
    },
    // Pulumi.curity.yaml: Curity's tables are every `curity-*` table of the account (tablePrefix curity-).
    {
        stack: "curity",
        name: "AI: the same item actions on `table/curity-sessions-archive-*` (inside Curity's curity-* tables)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt57-curity-archive", [
                allow(ITEM_ACTIONS, `arn:aws:dynamodb:eu-west-1:${ACCOUNT.curity}:table/curity-sessions-archive-*`),
            ]),
        refused: /rt57-curity-archive/,
    },
    {
        stack: "pod-identity",
        name: "A: an ops role of pod-identity with s3:GetObject on an artefacts bucket and logs:FilterLogEvents on the cluster's log group",
        edit: r =>
            opsRole(r, "pod-identity", ACCOUNT["pod-identity"], "rt57-pi-artefacts", [
                allow("s3:GetObject", "arn:aws:s3:::custody-artefacts-111111111111/*"),
                allow(
                    ["logs:FilterLogEvents", "logs:GetLogEvents"],
                    `arn:aws:logs:eu-west-1:${ACCOUNT["pod-identity"]}:log-group:/aws/eks/*`,
                ),
            ]),
    },
];

describeVariants(
    "red team 57: secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
