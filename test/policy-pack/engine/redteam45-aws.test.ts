// Red-team round 45 on the AWS level (fresh eyes) on the committed stacks. Probed: pins that look exact but are not
// (ArnEquals takes wildcards: `?` in a share key's aws:PrincipalArn, `*` in the account of a trust's), a keystore
// replica under a key outside the stack, a table restored from the keystore, and round 43's rule (user data of every
// instance, launch template, Spot request and fleet whose profile reaches custody) on what a real team starts on an
// instance: gzip-compressed user data on a Spot request, HAProxy relaying instance metadata, password SSH turned on by
// sed, Jupyter and code-server without authentication, mitmproxy's forward proxy, a Windows instance's <powershell>
// user data (Administrator password, WinRM Basic). Secure shapes: the caller pinned by account root + exact
// aws:PrincipalArn, by one instance's role session, ArnLike with a literal ARN, a second alias on a catalog key,
// harmless gzip user data, a plain web server and container on the caller's instance, IMDS blocked by iptables, a
// table pattern of the account prefix that matches none of the stack's tables.
// Misses are `skip` with a MISS comment.
import { gzipSync } from "zlib";
import { addStatements, describeVariants, doc, find, prop, Resources, setProp } from "./support";
import { ACCOUNT, beside } from "./awsCaseBuilders";
import { CALLER_ROLE, IMDS_RELAY, instanceOfB, METADATA } from "./callerInstanceBuilders";

const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const DEV = ACCOUNT.dev;
const A = ACCOUNT["cross-account"];
const B = "777777777777";
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${DEV}:table/custody-dev-keystore`;

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    /** A known miss left for later: "MISS: <why>". */
    skip?: string;
};

type Statement = Record<string, unknown>;

/** Rewrites the statements of a JSON policy property in place. */
function editDoc(res: ReturnType<typeof find>, key: string, f: (s: Statement[]) => Statement[]): void {
    const d = JSON.parse(prop(res, key) as string) as { Statement: Statement[] | Statement };
    const list = Array.isArray(d.Statement) ? d.Statement : [d.Statement];
    setProp(res, key, JSON.stringify({ ...d, Statement: f(list) }));
}

/** A Spot instance request of account B with the caller's profile and base64 user data. */
function spotOfB(r: Resources, name: string, userDataBase64: string) {
    return beside(
        r,
        "cross-account",
        "aws:ec2/spotInstanceRequest:SpotInstanceRequest",
        name,
        {
            ami: "ami-0abcdef1234567890",
            instanceType: "t3.micro",
            iamInstanceProfile: "instance-role",
            metadataOptions: METADATA,
            keyName: "ops-laptop",
            userDataBase64,
        },
        find(r, ROLE, CALLER_ROLE),
    );
}

const gz = (text: string) => gzipSync(Buffer.from(text)).toString("base64");

/** A Lambda role of the dev account allowed `actions` on `resource` (a pattern of table ARNs of account DEV). */
function tableReader(r: Resources, name: string, actions: string[], resource: string) {
    return beside(r, "dev", ROLE, name, {
        name,
        arn: `arn:aws:iam::${DEV}:role/${name}`,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { Service: "lambda.amazonaws.com" },
            Action: "sts:AssumeRole",
        }),
        inlinePolicies: [
            {
                name: `${name}-read`,
                policy: doc({
                    Effect: "Allow",
                    Action: actions,
                    Resource: `arn:aws:dynamodb:eu-west-1:${DEV}:${resource}`,
                }),
            },
        ],
    });
}

const insecure: Case[] = [
    {
        name: 'dev: share-1 lets "*" Decrypt pinned by ArnEquals aws:PrincipalArn arn:aws:iam::111111111111:role/custody-dev-signe? (ArnEquals matches ? and * wildcards: custody-dev-signeX is another role)',
        stack: "dev",
        refused: /kms:Decrypt|share-1/,
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", {
                Sid: "SignerByPattern",
                Effect: "Allow",
                Principal: "*",
                Action: ["kms:Encrypt", "kms:Decrypt"],
                Resource: "*",
                Condition: { ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${DEV}:role/custody-dev-signe?` } },
            }),
    },
    {
        name: 'cross-account: the access role\'s trust lets "*" sts:AssumeRole with the ExternalId and ArnEquals aws:PrincipalArn arn:aws:iam::*:role/instance-role (a role named instance-role in ANY account)',
        stack: "cross-account",
        refused: /accountb-instance-role-dynamodb|cross-account-access/,
        edit: r =>
            addStatements(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", {
                Sid: "CallerAnyAccount",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "sts:AssumeRole",
                Condition: {
                    ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::*:role/instance-role" },
                    StringEquals: { "sts:ExternalId": "custody-cross-account-example" },
                },
            }),
    },
    {
        name: "dev: the keystore gets a global-table replica in eu-central-1 encrypted with a key the stack does not create (its key policy is out of sight)",
        stack: "dev",
        refused: /replica/,
        edit: r =>
            setProp(find(r, TABLE, "signer-tables-keystore"), "replicas", [
                {
                    regionName: "eu-central-1",
                    kmsKeyArn: `arn:aws:kms:eu-central-1:${DEV}:key/0f0e0d0c-0b0a-4909-8807-060504030201`,
                    pointInTimeRecovery: true,
                },
            ]),
    },
    {
        name: "dev: a debug table restored from the keystore (restoreSourceName, latest time) and a support role reading every table named custody-dev-*-debug",
        stack: "dev",
        refused: /support-debug[\s\S]*custody-dev-keystore-debug/,
        policy: "custody-effective-access",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            beside(
                r,
                "dev",
                TABLE,
                "keystore-debug",
                {
                    name: "custody-dev-keystore-debug",
                    arn: `${KEYSTORE}-debug`,
                    hashKey: prop(t, "hashKey"),
                    rangeKey: prop(t, "rangeKey"),
                    attributes: prop(t, "attributes"),
                    billingMode: "PAY_PER_REQUEST",
                    restoreSourceName: "custody-dev-keystore",
                    restoreToLatestTime: true,
                    pointInTimeRecovery: { enabled: true },
                    deletionProtectionEnabled: true,
                },
                t,
            );
            beside(r, "dev", ROLE, "support-debug", {
                name: "support-debug",
                arn: `arn:aws:iam::${DEV}:role/support-debug`,
                assumeRolePolicy: doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${DEV}:role/support-engineer` },
                    Action: "sts:AssumeRole",
                }),
                inlinePolicies: [
                    {
                        name: "debug-read",
                        policy: doc({
                            Effect: "Allow",
                            Action: ["dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query"],
                            Resource: `arn:aws:dynamodb:eu-west-1:${DEV}:table/custody-dev-*-debug`,
                        }),
                    },
                ],
            });
        },
    },
    {
        name: "cross-account: a Spot instance request with the caller's instance profile whose gzip-compressed user data relays instance metadata on 0.0.0.0:8080",
        stack: "cross-account",
        refused: /Spot|caller-spot-gz/,
        edit: r => spotOfB(r, "caller-spot-gz", gz(`#!/bin/bash\nnohup ${IMDS_RELAY} &\n`)),
    },
    {
        name: "cross-account: the caller's instance writes an HAProxy frontend on *:8080 whose backend server is 169.254.169.254:80",
        stack: "cross-account",
        refused: /caller-haproxy/,
        edit: r =>
            instanceOfB(
                r,
                "caller-haproxy",
                "#cloud-config\npackages: [haproxy]\nwrite_files:\n  - path: /etc/haproxy/haproxy.cfg\n    content: |\n      defaults\n        mode http\n        timeout connect 5s\n        timeout client 30s\n        timeout server 30s\n      frontend meta\n        bind *:8080\n        default_backend imds\n      backend imds\n        server imds 169.254.169.254:80\nruncmd:\n  - systemctl enable --now haproxy\n",
            ),
    },
    {
        name: "cross-account: the caller's instance turns on password SSH by sed on sshd_config and sets ec2-user's password with chpasswd in a script",
        stack: "cross-account",
        refused: /caller-sed-password/,
        edit: r =>
            instanceOfB(
                r,
                "caller-sed-password",
                "#!/bin/bash\nsed -i 's/^PasswordAuthentication no/PasswordAuthentication yes/' /etc/ssh/sshd_config\necho 'ec2-user:Winter2024!' | chpasswd\nsystemctl restart sshd\n",
                { keyName: "ops-laptop" },
            ),
    },
    // Was a MISS (fixed in round 45): a Jupyter server with an empty token on every address is a served shell (its Terminals run /bin/bash as
    // the server's user, root here), so whoever reaches port 8888 reads instance-role's credentials from instance
    // metadata and assumes the access role (my-table, the data key). userData.ts SERVERS knows telnetd, ttyd, gotty,
    // socat/ncat exec ... but not notebook servers. Fix: add jupyter (notebook/lab/server) to SERVERS: a shell unless
    // a token or password is set or --ip is loopback. Doc: Jupyter Server docs, "Security in the Jupyter Server"
    // (token authentication is on by default; disabling it "is NOT RECOMMENDED"); Jupyter Notebook "Running a
    // notebook server" (`--ip`, terminals); `ServerApp.token=''` disables authentication.
    {
        name: "cross-account: the caller's instance runs JupyterLab as root on 0.0.0.0:8888 with an empty token (its Terminals are a shell served to the network)",
        stack: "cross-account",
        refused: /caller-jupyter/,
        edit: r =>
            instanceOfB(
                r,
                "caller-jupyter",
                "#!/bin/bash\npip3 install jupyterlab\nnohup jupyter lab --allow-root --ip=0.0.0.0 --port=8888 --no-browser --ServerApp.token='' --ServerApp.password='' &\n",
            ),
    },
    // Was a MISS (fixed in round 45): code-server with --auth none on 0.0.0.0 serves VS Code's integrated terminal (a shell as root here) to
    // whoever reaches port 8080: instance-role's credentials through instance metadata, then the access role. Not in
    // userData.ts SERVERS. Fix: code-server is a shell unless --auth password and a bind on loopback. Doc: code-server
    // docs, "FAQ"/"Usage" (`--auth none` disables authentication; `--bind-addr`).
    {
        name: "cross-account: the caller's instance runs code-server --auth none --bind-addr 0.0.0.0:8080 (VS Code's terminal served without authentication)",
        stack: "cross-account",
        refused: /caller-code-server/,
        edit: r =>
            instanceOfB(
                r,
                "caller-code-server",
                "#!/bin/bash\ncurl -fsSL https://code-server.dev/install.sh | sh\nnohup code-server --auth none --bind-addr 0.0.0.0:8080 &\n",
            ),
    },
    // Was a MISS (fixed in round 45): mitmdump's default mode is `regular`, an HTTP(S) forward proxy, listening on every address: whoever
    // reaches port 8080 asks it for http://169.254.169.254/latest/... and gets instance-role's credentials (the
    // connection to IMDS starts on the instance, so hop limit 1 does not stop it). userData.ts knows tinyproxy, squid,
    // Privoxy, gost, microsocks, ssh -D, ncat --proxy-type, but not mitmproxy. Fix: mitmproxy/mitmdump/mitmweb in
    // regular, socks5 or upstream mode on a non-loopback --listen-host is a forward proxy. Doc: mitmproxy docs,
    // "Modes of Operation" (regular is the default) and "Options" (listen_host default: all interfaces).
    {
        name: "cross-account: the caller's instance runs mitmdump (mitmproxy's regular mode, an HTTP forward proxy on every address) to debug outbound calls",
        stack: "cross-account",
        refused: /caller-mitm/,
        edit: r =>
            instanceOfB(
                r,
                "caller-mitm",
                "#!/bin/bash\npip3 install mitmproxy\nnohup mitmdump --listen-port 8080 --set block_global=false &\n",
            ),
    },
    // Was a MISS (fixed in round 45): a Windows instance runs <powershell> user data through EC2Launch, not
    // cloud-init: setting the Administrator password in user data (readable by ec2:DescribeInstanceAttribute) and
    // turning on WinRM Basic over HTTP gives whoever reaches 5985 a login as Administrator, and instance-role's
    // credentials through instance metadata. The pack reads it as "other text" and finds no password login (its
    // password rules know cloud-config, chpasswd, sshd and PAM only). Fix: read <powershell>/<script> user data
    // (EC2Launch) for `net user ... <password>`, New-LocalUser/Set-LocalUser -Password, WinRM Basic/AllowUnencrypted,
    // or refuse it as unreadable. Doc: EC2 user guide, "Run commands when you launch an EC2 instance with user data
    // input" (Windows: <powershell> tags, EC2Launch v2); Microsoft, "Installation and configuration for Windows Remote
    // Management" (Basic auth, AllowUnencrypted).
    {
        name: "cross-account: a Windows instance with the caller's profile sets the Administrator password in <powershell> user data and turns on WinRM Basic over HTTP",
        stack: "cross-account",
        refused: /caller-windows/,
        edit: r =>
            instanceOfB(
                r,
                "caller-windows",
                '<powershell>\nnet user Administrator "Adm1n-Pass-2024!"\nwinrm quickconfig -q\nwinrm set winrm/config/service/auth \'@{Basic="true"}\'\nwinrm set winrm/config/service \'@{AllowUnencrypted="true"}\'\nnetsh advfirewall firewall add rule name="WinRM 5985" protocol=TCP dir=in localport=5985 action=allow\n</powershell>\n<persist>false</persist>\n',
                { ami: "ami-0windows0server2022", instanceType: "t3.medium" },
            ),
    },
    {
        name: "cross-account: the caller's instance starts the classic notebook from cloud-config runcmd with an empty NotebookApp.token on 0.0.0.0 (neighbour of caller-jupyter)",
        stack: "cross-account",
        refused: /caller-notebook/,
        edit: r =>
            instanceOfB(
                r,
                "caller-notebook",
                "#cloud-config\nruncmd:\n  - [jupyter, notebook, --allow-root, --ip=0.0.0.0, --NotebookApp.token=, --no-browser]\n",
            ),
    },
    {
        name: "cross-account: the caller's instance runs openvscode-server --host 0.0.0.0 --without-connection-token (neighbour of caller-code-server)",
        stack: "cross-account",
        refused: /caller-openvscode/,
        edit: r =>
            instanceOfB(
                r,
                "caller-openvscode",
                "#!/bin/bash\nnohup /opt/openvscode-server/bin/openvscode-server --host 0.0.0.0 --port 3000 --without-connection-token &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance runs mitmweb in socks5 mode with --listen-host 0.0.0.0 (neighbour of caller-mitm)",
        stack: "cross-account",
        refused: /caller-mitm-socks/,
        edit: r =>
            instanceOfB(
                r,
                "caller-mitm-socks",
                "#!/bin/bash\nnohup mitmweb --mode socks5 --listen-host 0.0.0.0 --listen-port 1080 &\n",
            ),
    },
    {
        name: "cross-account: a Windows instance with the caller's profile runs a <script> batch block (net user) with <persist>true</persist> (neighbour of caller-windows)",
        stack: "cross-account",
        refused: /caller-windows-batch[\s\S]*none of the forms the pack reads/,
        edit: r =>
            instanceOfB(
                r,
                "caller-windows-batch",
                "<script>\nnet user ops Ops-Pass-2024! /add\nnet localgroup administrators ops /add\n</script>\n<persist>true</persist>\n",
                { ami: "ami-0windows0server2022", instanceType: "t3.medium" },
            ),
    },
    {
        name: "cross-account: a launch template with the caller's profile whose base64 user data is an EC2Launch v2 YAML task list (executeScript, PowerShell)",
        stack: "cross-account",
        refused: /caller-lt-ec2launch[\s\S]*none of the forms the pack reads/,
        edit: r =>
            beside(
                r,
                "cross-account",
                "aws:ec2/launchTemplate:LaunchTemplate",
                "caller-lt-ec2launch",
                {
                    name: "caller-lt-ec2launch",
                    id: "lt-0eeeeffff00001111",
                    latestVersion: 1,
                    imageId: "ami-0windows0server2022",
                    instanceType: "t3.medium",
                    iamInstanceProfile: { name: "instance-role" },
                    metadataOptions: METADATA,
                    userData: Buffer.from(
                        "version: 1.0\ntasks:\n  - task: executeScript\n    inputs:\n      - frequency: always\n        type: powershell\n        runAs: localSystem\n        content: |-\n          Enable-PSRemoting -Force\n",
                    ).toString("base64"),
                },
                find(r, ROLE, CALLER_ROLE),
            ),
    },
    {
        name: "dev: a role reads every table named custody-dev-*-index (table/custody-dev-*-index matches the keystore's declared index, table/custody-dev-keystore/index/status-shard-index)",
        stack: "dev",
        refused: /index-reader[\s\S]*custody-dev-keystore/,
        policy: "custody-effective-access",
        edit: r => tableReader(r, "index-reader", ["dynamodb:Query"], "table/custody-dev-*-index"),
    },
    {
        name: "dev: a CDC role reads the streams of every custody-dev-* table (table/custody-dev-*/stream/*: the stream labels DynamoDB generates)",
        stack: "dev",
        refused: /stream-reader[\s\S]*custody-dev-/,
        policy: "custody-effective-access",
        edit: r =>
            tableReader(
                r,
                "stream-reader",
                ["dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:DescribeStream"],
                "table/custody-dev-*/stream/*",
            ),
    },
    {
        name: "dev: a role reads every table named custody-dev-keystore* (meant for keystore archives; the keystore itself matches)",
        stack: "dev",
        refused: /archive-reader[\s\S]*custody-dev-keystore/,
        policy: "custody-effective-access",
        edit: r => tableReader(r, "archive-reader", ["dynamodb:GetItem"], "table/custody-dev-keystore*"),
    },
];

const secure: Case[] = [
    // Was a MISS (fixed in round 45): (secure refused) `table/custody-dev-*-reports` matches no table of the stack (none ends in -reports), yet
    // custody-effective-access says it reaches custody-dev-anti-slashing, -keystore and -signer-state: build.ts
    // tableSuffixes treat each table's `/index/*`, `/stream/*`, `/backup/*` and `/export/*` as any string, so
    // `custody-dev-*-reports` "intersects" `custody-dev-keystore/index/*` (an index named x-reports). The stack declares
    // every index (keystore: status-shard-index only), stream labels are timestamps and backup/export ids are generated
    // (digits-hex), so no real sub-resource can end in -reports; GetItem/DescribeTable do not even act on index ARNs.
    // Who loses: a team whose other tables share the account prefix cannot grant them by pattern. Fix: match index
    // ARNs against the table's declared index names and stream/backup/export ARNs against their generated shapes (or
    // only for the actions that take those resource types). Doc: Service Authorization Reference, "Actions, resources,
    // and condition keys for Amazon DynamoDB" (resource types table, index, stream, backup, export and which actions
    // take each); IAM User Guide, "IAM JSON policy elements: Resource" (wildcards match within the ARN string).
    {
        name: "dev: a reporting role of the account reads the report tables other teams name custody-dev-<team>-reports (table/custody-dev-*-reports: matches none of the stack's tables, whose names do not end in -reports)",
        stack: "dev",
        edit: r =>
            tableReader(
                r,
                "reports-reader",
                ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:DescribeTable"],
                "table/custody-dev-*-reports",
            ),
    },
    {
        name: "dev: the reporting role also reads those tables' indexes and streams (table/custody-dev-*-reports/index/* and /stream/*: no custody table's index or stream ends so)",
        stack: "dev",
        edit: r => {
            tableReader(r, "reports-index-reader", ["dynamodb:Query"], "table/custody-dev-*-reports/index/*");
            tableReader(r, "reports-stream-reader", ["dynamodb:GetRecords"], "table/custody-dev-*-reports/stream/*");
        },
    },
    {
        name: "cross-account: the access role's trust names account B's root and pins the caller by ArnEquals aws:PrincipalArn of instance-role's exact ARN, with the ExternalId",
        stack: "cross-account",
        edit: r =>
            editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", ss =>
                ss.map(s => ({
                    ...s,
                    Principal: { AWS: `arn:aws:iam::${B}:root` },
                    Condition: {
                        StringEquals: { "sts:ExternalId": "custody-cross-account-example" },
                        ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${B}:role/instance-role` },
                    },
                })),
            ),
    },
    {
        name: "cross-account: the access role's trust names one instance's role session of instance-role (arn:aws:sts::…:assumed-role/instance-role/i-0123456789abcdef0), narrower than the role",
        stack: "cross-account",
        edit: r =>
            editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", ss =>
                ss.map(s => ({
                    ...s,
                    Principal: { AWS: `arn:aws:sts::${B}:assumed-role/instance-role/i-0123456789abcdef0` },
                })),
            ),
    },
    {
        name: 'dev: share-1 names the signer by "*" + ArnLike aws:PrincipalArn of its exact ARN (no wildcard in the value)',
        stack: "dev",
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", ss =>
                ss.map(s =>
                    JSON.stringify(s.Principal).includes("custody-dev-signer")
                        ? {
                              ...s,
                              Principal: "*",
                              Condition: {
                                  ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${DEV}:role/custody-dev-signer` },
                              },
                          }
                        : s,
                ),
            ),
    },
    {
        name: "basil: a second alias alias/basil/payload-aead-v1 on the payload key (prepared for a manual rotation), the broker still limited to alias/basil/*",
        stack: "basil",
        edit: r => {
            const key = find(r, KEY, "basil-key-payload-aead");
            beside(
                r,
                "basil",
                "aws:kms/alias:Alias",
                "basil-key-payload-aead-v1",
                {
                    name: "alias/basil/payload-aead-v1",
                    targetKeyId: prop(key, "keyId"),
                    arn: "arn:aws:kms:us-east-1:111122223333:alias/basil/payload-aead-v1",
                },
                key,
            );
        },
    },
    {
        name: "cross-account: a Spot instance request for the caller with an SSH key and gzip-compressed user data that only installs updates and the AWS CLI",
        stack: "cross-account",
        edit: r => spotOfB(r, "caller-spot-plain", gz("#!/bin/bash\ndnf -y update\ndnf -y install awscli\n")),
    },
    {
        name: "cross-account: the caller's instance serves its own app with nginx on port 80, reverse-proxying to 127.0.0.1:3000",
        stack: "cross-account",
        edit: r =>
            instanceOfB(
                r,
                "caller-web",
                "#cloud-config\npackages: [nginx]\nwrite_files:\n  - path: /etc/nginx/conf.d/app.conf\n    content: |\n      server { listen 80; location / { proxy_pass http://127.0.0.1:3000; } }\nruncmd:\n  - systemctl enable --now nginx\n",
            ),
    },
    {
        name: "cross-account: the caller's instance runs a public nginx image with docker, port 80 published (IMDSv2, hop limit 1)",
        stack: "cross-account",
        edit: r =>
            instanceOfB(
                r,
                "caller-docker",
                "#!/bin/bash\ndnf install -y docker\nsystemctl enable --now docker\ndocker run -d --restart always -p 80:80 public.ecr.aws/nginx/nginx:1.27\n",
            ),
    },
    {
        name: "cross-account: the caller's instance blocks instance metadata for every user but root with iptables (owner match, REJECT)",
        stack: "cross-account",
        edit: r =>
            instanceOfB(
                r,
                "caller-imds-block",
                "#!/bin/bash\niptables -A OUTPUT -d 169.254.169.254 -m owner ! --uid-owner root -j REJECT\n",
            ),
    },
    {
        name: "cross-account: the caller's instance hardens sshd with a drop-in (no passwords, no root login) beside the operator's key pair",
        stack: "cross-account",
        edit: r =>
            instanceOfB(
                r,
                "caller-hardened",
                "#cloud-config\nssh_pwauth: false\nwrite_files:\n  - path: /etc/ssh/sshd_config.d/10-hardening.conf\n    content: |\n      PasswordAuthentication no\n      KbdInteractiveAuthentication no\n      PermitRootLogin no\n",
                { keyName: "ops-laptop" },
            ),
    },
    {
        name: "cross-account: the caller's instance runs Jupyter on 127.0.0.1 with its default token (operators reach it over an SSH tunnel)",
        stack: "cross-account",
        edit: r =>
            instanceOfB(
                r,
                "caller-jupyter-local",
                "#!/bin/bash\npip3 install jupyterlab\nnohup jupyter lab --ip=127.0.0.1 --port=8888 --no-browser &\n",
                { keyName: "ops-laptop" },
            ),
    },
    {
        name: "cross-account: the caller's launch template and an Auto Scaling group as seed 003 would scale it: the caller's profile, a key pair, user data that runs the assume-role script from cron",
        stack: "cross-account",
        edit: r => {
            const like = find(r, ROLE, CALLER_ROLE);
            beside(
                r,
                "cross-account",
                "aws:ec2/launchTemplate:LaunchTemplate",
                "caller-lt-cron",
                {
                    name: "caller-lt-cron",
                    id: "lt-0aaaabbbbccccdddd",
                    latestVersion: 1,
                    imageId: "ami-0abcdef1234567890",
                    instanceType: "t3.micro",
                    keyName: "ops-laptop",
                    iamInstanceProfile: { name: "instance-role" },
                    metadataOptions: METADATA,
                    userData: Buffer.from(
                        `#!/bin/bash\ncat > /etc/cron.d/read-table <<'CRON'\n*/15 * * * * ec2-user aws sts assume-role --role-arn arn:aws:iam::${A}:role/accountb-instance-role-dynamodb --role-session-name reader --external-id custody-cross-account-example > /dev/null\nCRON\n`,
                    ).toString("base64"),
                },
                like,
            );
            beside(
                r,
                "cross-account",
                "aws:autoscaling/group:Group",
                "caller-asg-cron",
                {
                    name: "caller-asg-cron",
                    minSize: 1,
                    maxSize: 2,
                    launchTemplate: { id: "lt-0aaaabbbbccccdddd", version: "$Latest" },
                    vpcZoneIdentifiers: ["subnet-0123456789abcdef0"],
                },
                like,
            );
        },
    },
    {
        name: "cross-account: the caller's instance runs code-server --auth none on 127.0.0.1:8080 (operators reach it over an SSH tunnel)",
        stack: "cross-account",
        edit: r =>
            instanceOfB(
                r,
                "caller-code-server-local",
                "#!/bin/bash\nnohup code-server --auth none --bind-addr 127.0.0.1:8080 &\n",
                { keyName: "ops-laptop" },
            ),
    },
    {
        name: "cross-account: the caller's instance runs mitmdump on 127.0.0.1 only (its own processes' outbound calls, HTTPS_PROXY=http://127.0.0.1:8080)",
        stack: "cross-account",
        edit: r =>
            instanceOfB(
                r,
                "caller-mitm-local",
                "#!/bin/bash\nnohup mitmdump --listen-host 127.0.0.1 --listen-port 8080 &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance runs JupyterLab on 0.0.0.0 with its default token (generated on the instance, not in user data)",
        stack: "cross-account",
        edit: r =>
            instanceOfB(
                r,
                "caller-jupyter-token",
                "#!/bin/bash\nnohup jupyter lab --ip=0.0.0.0 --port=8888 --no-browser &\n",
            ),
    },
    {
        name: "cross-account: the caller's instance has MIME multi-part user data (a cloud-config part and a shell script part) that installs updates",
        stack: "cross-account",
        edit: r =>
            instanceOfB(
                r,
                "caller-mime",
                'Content-Type: multipart/mixed; boundary="//"\nMIME-Version: 1.0\n\n--//\nContent-Type: text/cloud-config; charset="us-ascii"\n\npackage_update: true\n\n--//\nContent-Type: text/x-shellscript; charset="us-ascii"\n\n#!/bin/bash\ndnf -y install awscli\n--//--\n',
            ),
    },
    {
        name: "cross-account: the caller's instance has empty user data",
        stack: "cross-account",
        edit: r => instanceOfB(r, "caller-empty", ""),
    },
];

describeVariants("allowlist: red-team round 45 on the AWS level", insecure, secure);
