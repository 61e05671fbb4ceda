// Red-team round 56 on the AWS level (fresh eyes) on the committed stacks. First half: the IAM/KMS/DynamoDB/STS/SSM
// access level of prod, basil, trust-domain and cross-account: ssm:StartSession limited to
// AWS-StartPortForwardingSessionToRemoteHost (a tunnel to IMDS from the instance), dynamodb:PutResourcePolicy on
// custody-prod-*, kms:Decrypt on `key/*` selected by kms:ResourceAliases, a bare 12-digit account ID as the trust
// principal (narrowed by ArnLike aws:PrincipalArn role/platform-*), kms:Sign on `key/*` narrowed only by
// kms:SigningAlgorithm. All refused.
// Second half: round 54/55's viewing rule on the caller's instance of account B (seed 003): tar old-style bundles
// (`tar xfC ARCHIVE DIR`), two -C (the last wins), cp --target= (abbreviated), install -t, sed --in-pl (abbreviated),
// patch -i, aws s3 cp/sync into /root, 7z -o glued, unzip -d glued, find -exec cp, cpio -p (pass-through), lz4 -d to a
// file, dd of=, perl -pi, cloud-init write_files append/b64 second entry for the same path, bootcmd sed (every boot)
// with an enabled jupyter.service, jupyter_server_config.json beside the .py, JUPYTER_CONFIG_DIR; read-only or /srv-only
// neighbours in /root (tar xfC into /srv, cp -t /srv, aws s3 cp into /srv, 7z -o/srv, unzip -d/srv, sha256sum -c,
// patch -d /srv, lz4 -t, a .json config keeping 127.0.0.1).
// Not filed (by design, README): kms:GetPublicKey/Verify/DescribeKey on basil `key/*` for an undeclared role (declare it
// under custody:operations); ssm:StartSession scoped by ssm:resourceTag (round 54's DECIDED: tags are writable);
// /etc/jupyter/jupyter_server_config.d/*.json with ip 0.0.0.0 accepted rightly (~/.jupyter's ip 'localhost' has
// higher priority in jupyter's config path).
// Misses (1 insecure, 3 secure; all fixed in round 56: tar old-style words, unzip -dDIR, lz4):
// - insecure: `cd /srv && tar xfC NOTES /root` (GNU tar old-style options: C's argument is the second following word)
//   is accepted as an extraction into /srv.
// - secure refused in /root: `tar xfC NOTES /srv/notes` (same old-style reading); `unzip -o NOTES.zip -d/srv/notes`
//   (unzip documents the glued -d); `lz4 -t NOTES.lz4` (tests only; lz4 unknown to the viewing rule).
import { describeVariants, find, Resources, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { instanceOfB } from "./callerInstanceBuilders";
import { editDoc } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const A = ACCOUNT.prod;
const B = "777777777777";

const trustOf = (r: Resources, role: string, edit: (d: { Statement: Record<string, unknown>[] }) => void) =>
    editDoc(find(r, ROLE, role), "assumeRolePolicy", edit);

/** Cloud-config writing root's Jupyter config (ip localhost, empty token) and `files`, then `runcmd`, then jupyter lab. */
const jupyterConfig = (runcmd: string[], files: [string, string][] = [], extra = "") =>
    `#cloud-config\n${extra}write_files:\n  - path: /root/.jupyter/jupyter_server_config.py\n    content: |\n      c.ServerApp.ip = 'localhost'\n      c.IdentityProvider.token = ''\n${files
        .map(
            ([path, content]) =>
                `  - path: ${path}\n    content: |\n${content
                    .split("\n")
                    .map(l => `      ${l}`)
                    .join("\n")}\n`,
        )
        .join(
            "",
        )}runcmd:\n${[...runcmd, "nohup jupyter lab --allow-root > /var/log/jupyter.log 2>&1 &"].map(c => `  - ${JSON.stringify(c)}\n`).join("")}`;
const loopbackJupyter =
    (name: string, runcmd: string[], files: [string, string][] = [], extra = "") =>
    (r: Resources) =>
        void instanceOfB(r, name, jupyterConfig(runcmd, files, extra), { keyName: "ops-laptop" });
const WRITTEN = "the caller's instance writes jupyter_server_config.py (ip localhost, empty token), then";
const KEPT = "the caller's instance (ip localhost, empty token)";
const EC2 = `arn:aws:ec2:us-east-1:${B}:instance/*`;
const CONF = "/root/.jupyter/jupyter_server_config.py";
const SEED = "/opt/seed/jupyter_server_config.py";
const OPEN = "c.ServerApp.ip = '0.0.0.0'";

const insecure: StackCase[] = [
    // Systems Manager user guide, "Start a session" / port forwarding to a remote host: the agent on the instance
    // connects to host:port, IMDS (169.254.169.254:80) included, so the session gets the instance role's credentials.
    {
        name: "cross-account: an ops role of account B may ssm:StartSession on `instance/*` with AWS-StartPortForwardingSessionToRemoteHost only",
        stack: "cross-account",
        refused: /rt56-ssm-pf/,
        edit: r =>
            opsRole(
                r,
                "cross-account",
                B,
                "rt56-ssm-pf",
                [
                    allow(
                        "ssm:StartSession",
                        [EC2, "arn:aws:ssm:us-east-1::document/AWS-StartPortForwardingSessionToRemoteHost"],
                        { Condition: { BoolIfExists: { "ssm:SessionDocumentAccessCheck": "true" } } },
                    ),
                ],
                "cross-account-caller",
            ),
    },
    // DynamoDB developer guide, "Using resource-based policies": PutResourcePolicy lets the caller grant itself the table.
    {
        name: "prod: an ops role may dynamodb:PutResourcePolicy on `table/custody-prod-*`",
        stack: "prod",
        refused: /rt56-put-rp/,
        edit: r =>
            opsRole(r, "prod", A, "rt56-put-rp", [
                allow("dynamodb:PutResourcePolicy", `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-*`),
            ]),
    },
    // KMS developer guide, "kms:ResourceAliases": the condition matches a key by the aliases associated with it.
    {
        name: "prod: an ops role may kms:Decrypt on `key/*` when kms:ResourceAliases matches alias/custody-infra/prod/share-*",
        stack: "prod",
        refused: /rt56-res-alias/,
        edit: r =>
            opsRole(r, "prod", A, "rt56-res-alias", [
                allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${A}:key/*`, {
                    Condition: {
                        "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/custody-infra/prod/share-*" },
                    },
                }),
            ]),
    },
    // IAM user guide, "AWS JSON policy elements: Principal": a bare 12-digit account ID means the account (its root),
    // which delegates to every IAM principal of the account that its identity policy allows.
    {
        name: 'trust-domain: the server role\'s trust gains `Principal: {AWS: "444444444444"}` (bare account ID) with ArnLike aws:PrincipalArn role/platform-*',
        stack: "trust-domain",
        refused: /./,
        edit: r =>
            trustOf(
                r,
                "trust-domain-role",
                d =>
                    void d.Statement.push({
                        Effect: "Allow",
                        Principal: { AWS: ACCOUNT["trust-domain"] },
                        Action: "sts:AssumeRole",
                        Condition: {
                            ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT["trust-domain"]}:role/platform-*` },
                        },
                    }),
            ),
    },
    {
        name: "basil: an ops role may kms:Sign on `key/*` of basil with kms:SigningAlgorithm ECDSA_SHA_256",
        stack: "basil",
        refused: /rt56-sign-alg/,
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt56-sign-alg", [
                allow("kms:Sign", `arn:aws:kms:us-east-1:${ACCOUNT.basil}:key/*`, {
                    Condition: { StringEquals: { "kms:SigningAlgorithm": "ECDSA_SHA_256" } },
                }),
            ]),
    },
    // Caller's instance: the viewing rule.
    // Was a MISS (fixed in round 56): insecure accepted: GNU tar old-style options (first word without a dash) take their arguments "from subsequent words in the same order as the options" (GNU tar manual 3.3.3 "Old Option Style", gnu.org/software/tar/manual/html_node/Old-Options.html), so `tar xfC NOTES /root` is `tar -x -f NOTES -C /root`: the archive's .jupyter/jupyter_server_config.py (ip 0.0.0.0) lands in /root; the tar reader sees no -C in the `xfC` bundle and judges the extraction as into /srv.
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && tar xfC NOTES /root\` (old-style bundled keys, C's argument second)`,
        stack: "cross-account",
        refused: /rt56-tar-oldstyle/,
        edit: loopbackJupyter("rt56-tar-oldstyle", ["cd /srv && tar xfC /opt/seed/notes.tar /root"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && tar -xf NOTES -C /srv/notes -C /root\` (the last -C wins)`,
        stack: "cross-account",
        refused: /rt56-tar-twoC/,
        edit: loopbackJupyter("rt56-tar-twoC", ["cd /srv && tar -xf /opt/seed/notes.tar -C /srv/notes -C /root"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && cp --target=/root/.jupyter SEED\` (abbreviated --target-directory)`,
        stack: "cross-account",
        refused: /rt56-cp-target/,
        edit: loopbackJupyter("rt56-cp-target", [`cd /srv && cp --target=/root/.jupyter ${SEED}`]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && install -t /root/.jupyter -m 0644 SEED\``,
        stack: "cross-account",
        refused: /rt56-install-t/,
        edit: loopbackJupyter("rt56-install-t", [`cd /srv && install -t /root/.jupyter -m 0644 ${SEED}`]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && sed --in-pl 's/localhost/0.0.0.0/' CONF\` (abbreviated --in-place)`,
        stack: "cross-account",
        refused: /rt56-sed-prefix/,
        edit: loopbackJupyter("rt56-sed-prefix", [`cd /srv && sed --in-pl 's/localhost/0.0.0.0/' ${CONF}`]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && patch -i /opt/seed/open.patch CONF\``,
        stack: "cross-account",
        refused: /rt56-patch/,
        edit: loopbackJupyter("rt56-patch", [`cd /srv && patch -i /opt/seed/open.patch ${CONF}`]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && aws s3 cp s3://seed-bucket/jupyter_server_config.py /root/.jupyter/\``,
        stack: "cross-account",
        refused: /rt56-s3-cp/,
        edit: loopbackJupyter("rt56-s3-cp", [
            "cd /srv && aws s3 cp s3://seed-bucket/jupyter_server_config.py /root/.jupyter/",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && aws s3 sync s3://seed-bucket/jupyter /root/.jupyter\``,
        stack: "cross-account",
        refused: /rt56-s3-sync/,
        edit: loopbackJupyter("rt56-s3-sync", ["cd /srv && aws s3 sync s3://seed-bucket/jupyter /root/.jupyter"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && 7z x -y NOTES.7z -o/root/.jupyter\``,
        stack: "cross-account",
        refused: /rt56-7z-o/,
        edit: loopbackJupyter("rt56-7z-o", ["cd /srv && 7z x -y /opt/seed/notes.7z -o/root/.jupyter"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && unzip -o NOTES.zip -d/root/.jupyter\` (glued -d)`,
        stack: "cross-account",
        refused: /rt56-unzip-glued/,
        edit: loopbackJupyter("rt56-unzip-glued", ["cd /srv && unzip -o /opt/seed/notes.zip -d/root/.jupyter"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && find /opt/seed -name '*.py' -exec cp {} /root/.jupyter/ ';'\``,
        stack: "cross-account",
        refused: /rt56-find-exec/,
        edit: loopbackJupyter("rt56-find-exec", [
            "cd /srv && find /opt/seed -name 'jupyter_*.py' -exec cp {} /root/.jupyter/ ';'",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && cpio -pdmu /root < LIST\` (pass-through mode)`,
        stack: "cross-account",
        refused: /rt56-cpio-pass/,
        edit: loopbackJupyter("rt56-cpio-pass", ["cd /opt/seed/tree && cpio -pdmu /root < /opt/seed/tree.list"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && lz4 -df NOTES.lz4 CONF\``,
        stack: "cross-account",
        refused: /rt56-lz4/,
        edit: loopbackJupyter("rt56-lz4", [`cd /srv && lz4 -df /opt/seed/jupyter_server_config.py.lz4 ${CONF}`]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && dd if=SEED of=CONF\``,
        stack: "cross-account",
        refused: /rt56-dd/,
        edit: loopbackJupyter("rt56-dd", [`cd /srv && dd if=${SEED} of=${CONF}`]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && perl -pi -e 's/localhost/0.0.0.0/' CONF\``,
        stack: "cross-account",
        refused: /rt56-perl-pi/,
        edit: loopbackJupyter("rt56-perl-pi", [`cd /srv && perl -pi -e 's/localhost/0.0.0.0/' ${CONF}`]),
    },
    // cloud-init docs, "Write files": `append: true` appends the content; a later assignment wins in a Python config.
    {
        name: `cross-account: ${WRITTEN} a second write_files entry appending \`${OPEN}\` (append: true)`,
        stack: "cross-account",
        refused: /rt56-wf-append/,
        edit: r =>
            void instanceOfB(
                r,
                "rt56-wf-append",
                jupyterConfig([]).replace(
                    "runcmd:\n",
                    `  - path: ${CONF}\n    append: true\n    content: |\n      ${OPEN}\nruncmd:\n`,
                ),
                { keyName: "ops-laptop" },
            ),
    },
    {
        name: `cross-account: ${WRITTEN} a second write_files entry for the same path, base64 (\`${OPEN}\`)`,
        stack: "cross-account",
        refused: /rt56-wf-b64/,
        edit: r =>
            void instanceOfB(
                r,
                "rt56-wf-b64",
                jupyterConfig([]).replace(
                    "runcmd:\n",
                    `  - path: ${CONF}\n    encoding: b64\n    content: ${Buffer.from(`${OPEN}\nc.IdentityProvider.token = ''\n`).toString("base64")}\nruncmd:\n`,
                ),
                { keyName: "ops-laptop" },
            ),
    },
    // cloud-init docs, "Module reference: Bootcmd": bootcmd runs "on every boot" (frequency always), early in the init
    // stage; after the first boot the written config exists, sed opens it to 0.0.0.0, and the enabled unit starts
    // jupyter lab as root with it (systemd.unit(5) WantedBy=multi-user.target).
    {
        name: `cross-account: ${WRITTEN} an enabled jupyter.service, and \`bootcmd: sed -i 's/localhost/0.0.0.0/' CONF\` (every boot)`,
        stack: "cross-account",
        refused: /rt56-bootcmd/,
        edit: r =>
            void instanceOfB(
                r,
                "rt56-bootcmd",
                [
                    "#cloud-config",
                    "bootcmd:",
                    `  - "[ -f ${CONF} ] && sed -i 's/localhost/0.0.0.0/' ${CONF} || true"`,
                    "write_files:",
                    `  - path: ${CONF}`,
                    "    content: |",
                    "      c.ServerApp.ip = 'localhost'",
                    "      c.IdentityProvider.token = ''",
                    "  - path: /etc/systemd/system/jupyter.service",
                    "    content: |",
                    "      [Unit]",
                    "      Description=Jupyter Lab",
                    "      [Service]",
                    "      User=root",
                    "      ExecStart=/usr/local/bin/jupyter lab --allow-root",
                    "      [Install]",
                    "      WantedBy=multi-user.target",
                    "runcmd:",
                    '  - "systemctl daemon-reload"',
                    '  - "systemctl enable --now jupyter.service"',
                    "",
                ].join("\n"),
                { keyName: "ops-laptop" },
            ),
    },
    // Jupyter docs, "Config file and command line options": JSON config files load beside the .py ones and win.
    {
        name: `cross-account: ${WRITTEN} writes /root/.jupyter/jupyter_server_config.json (ServerApp.ip 0.0.0.0)`,
        stack: "cross-account",
        refused: /rt56-json-config/,
        edit: loopbackJupyter(
            "rt56-json-config",
            [],
            [["/root/.jupyter/jupyter_server_config.json", '{"ServerApp": {"ip": "0.0.0.0"}}']],
        ),
    },
    {
        name: `cross-account: ${WRITTEN} \`export JUPYTER_CONFIG_DIR=/srv/jupyter\` (a config dir with ip 0.0.0.0)`,
        stack: "cross-account",
        refused: /rt56-config-dir/,
        edit: loopbackJupyter(
            "rt56-config-dir",
            ["export JUPYTER_CONFIG_DIR=/srv/jupyter"],
            [["/srv/jupyter/jupyter_server_config.py", `${OPEN}\nc.IdentityProvider.token = ''`]],
        ),
    },
];

const secure: StackCase[] = [
    // Was a MISS (fixed in round 56): secure refused (the same old-style reading): `tar xfC NOTES /srv/notes` in /root is `tar -x -f NOTES -C /srv/notes` (GNU tar manual 3.3.3 "Old Option Style"), which writes only under /srv/notes; refused as a configuration the pack cannot read.
    {
        name: `cross-account: ${KEPT} \`cd /root && tar xfC NOTES /srv/notes\` (old-style bundled keys)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt56-s-tar-oldstyle", ["cd /root && tar xfC /opt/seed/notes.tar /srv/notes"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && cp -t /srv/notes /opt/seed/a.conf\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt56-s-cp-t", ["cd /root && cp -t /srv/notes /opt/seed/a.conf"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && aws s3 cp s3://seed-bucket/notes.tar /srv/notes/\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt56-s-s3-cp", ["cd /root && aws s3 cp s3://seed-bucket/notes.tar /srv/notes/"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && 7z x -y NOTES.7z -o/srv/notes\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt56-s-7z-o", ["cd /root && 7z x -y /opt/seed/notes.7z -o/srv/notes"]),
    },
    // Was a MISS (fixed in round 56): secure refused: Info-ZIP unzip(1) -d exdir: "The option and directory may be concatenated without any white space between them" (manpages.ubuntu.com unzip(1)), so `-d/srv/notes` extracts under /srv/notes only; refused in /root (the glued form is not read as -d; the insecure `-d/root/.jupyter` is refused, fail-closed).
    {
        name: `cross-account: ${KEPT} \`cd /root && unzip -o NOTES.zip -d/srv/notes\` (glued -d)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt56-s-unzip-glued", ["cd /root && unzip -o /opt/seed/notes.zip -d/srv/notes"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && sha256sum -c /opt/seed/SHA256SUMS\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt56-s-sha-check", ["cd /root && sha256sum -c /opt/seed/SHA256SUMS"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && patch -d /srv/notes -p1 -i /opt/seed/notes.patch\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt56-s-patch", ["cd /root && patch -d /srv/notes -p1 -i /opt/seed/notes.patch"]),
    },
    // Was a MISS (fixed in round 56): secure refused: lz4(1) -t/--test "Test the integrity of compressed .lz4 files. The decompressed data is discarded" (manpages.ubuntu.com lz4(1)); it writes nothing, yet lz4 in /root fails closed as an unknown program (round 54 reads gzip/bzip2/xz/zstd, not lz4; a different program from round 55's dpkg-deb/ar/unsquashfs/rpm2cpio listers).
    {
        name: `cross-account: ${KEPT} \`cd /root && lz4 -t NOTES.lz4\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt56-s-lz4-t", ["cd /root && lz4 -t /opt/seed/notes.lz4"]),
    },
    {
        name: `cross-account: ${KEPT} writes /root/.jupyter/jupyter_server_config.json (ServerApp.ip 127.0.0.1)`,
        stack: "cross-account",
        edit: loopbackJupyter(
            "rt56-s-json-config",
            [],
            [["/root/.jupyter/jupyter_server_config.json", '{"ServerApp": {"ip": "127.0.0.1"}}']],
        ),
    },
];

describeVariants("red team 56: allowlist on the AWS level", insecure, secure);
