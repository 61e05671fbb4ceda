// Red-team round 54 on the AWS level (fresh eyes) on the committed stacks. First half: the IAM/KMS/DynamoDB/STS/EKS
// access level of prod, dev, cross-account, basil, curity and trust-domain (not pod-identity): backups restored into
// another table, PartiQL SELECT, stream reads and NotResource on curity-*, the signer's trust admitting
// pods.eks.amazonaws.com, EKS access entries on prod-validators (AmazonEKSEditPolicy on validators, EC2_LINUX node
// entry, a view-only neighbour), StringLike `sub` wildcards in IRSA trusts (dev, basil), Principal `*` with
// aws:PrincipalAccount on the cross-account role, PassRole + AssociateIamInstanceProfile, user-data rewrites and EC2
// Instance Connect onto the caller's instances, kms:UpdateAlias re-pointing Basil's aliases, KeySpec/KeyUsage
// conditions and Sign-only grants on trust-domain keys; secure neighbours: declared auditors (custody:operations
// keyAudit/tableAudit), a Deny-all-but-signer key statement, sts:TagSession and aws:PrincipalOrgID in the cross-account
// trust, a dev sandbox table role, aws:SecureTransport, ec2:Describe* in account B, an AmazonEKSViewPolicy entry, a
// tag-scoped Sign on trust-domain keys tagged for another team.
// Second half: round 53's viewing rule on the caller's instance of account B (seed 003): extractors and installers
// steered by their environment (TAR_OPTIONS, UNZIP, PYTHONUSERBASE, GIT_CONFIG_COUNT), by configuration files
// (/etc/wgetrc, WGETRC, aria2's --conf-path, pip config set), by abbreviated long options (pip --targ, tar --absolute),
// by in-command indirection (curl --variable/--expand-output, wget -e, git -c core.worktree, xargs -a, tar
// --to-command), python3 -m tarfile; read-only neighbours in /root (tar -t/-xO, cpio -t, 7z l/t, bsdtar -t, unzip -Z,
// python3 -m zipfile -l, pip download -d, pip config list, zcat/gzip -t, rpm -K/-qlp, wget -O-, curl -o /dev/null) and
// harmless TAR_OPTIONS/UNZIP, curl --expand-url, pip config set index-url, git -c core.worktree inside /srv.
// Not filed (by design, README): an undeclared auditor's metadata reads on custody assets (declare it under
// custody:operations), wildcards over the stack's tables (dynamodb-wildcards-exclude-stack-tables), dynamodb:* on a
// sandbox table (no-dynamodb-batch), ssm:Describe* (SSM is a secret-bearing service), iam:PassRole to Lambda on a role
// no service may assume (outside HARMLESS_SERVICES, as round 22's DECIDED), an IRSA trust without `aud`
// (role-trust-pinned; EKS documents both conditions).
// Misses (all fixed in round 54, `Was a MISS` comments; 14 insecure, 6 secure, the ResourceTag one DECIDED refused):
// - insecure (all on the caller's instance, replacing the loopback Jupyter config): `export TAR_OPTIONS=--absolute-names`
//   before tar -x -C; `export UNZIP=-:` before unzip -d; `tar --to-command=sh`; `python3 -m tarfile -e` (no filter);
//   `tar --absolute` (abbreviated -P); PYTHONUSERBASE=/root with `pip install --user`; curl --variable %ENV /
//   name@FILE with --expand-output; `wget -e output_document=...`; a written /etc/wgetrc; WGETRC's written file
//   (dir_prefix + timestamping); aria2c --conf-path's written `dir`; GIT_CONFIG_COUNT/KEY/VALUE core.worktree=/root;
//   `xargs -a LIST sed -i`.
// - secure refused: Sign on trust-domain `key/*` only for aws:ResourceTag/team=payments; `cpio -itv` in /root;
//   `cpio --no-absolute` (abbreviated); `pip3 download -d /srv/wheels` in /root; `pip3 config list` in /root;
//   `zcat`/`gzip -t` in /root.
import { describeVariants, find, Resources, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { KEPT, WRITTEN, loopbackJupyter } from "./callerInstanceBuilders";
import { editDoc, outsideRole } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const A = ACCOUNT.prod;
const SIGNER = `arn:aws:iam::${A}:role/custody-prod-signer`;
const CALLER = "arn:aws:iam::777777777777:role/instance-role";

/** The cross-account access role's trust, rewritten as one statement. */
const accessTrust = (r: Resources, statement: object) =>
    editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", d => {
        d.Statement.splice(0, d.Statement.length, statement as Record<string, unknown>);
    });

/** Cloud-config writing root's Jupyter config (ip localhost, empty token) and `files`, then `runcmd`, then jupyter lab. */

const EC2 = "arn:aws:ec2:us-east-1:777777777777:instance/*";
const CLUSTER = "prod-validators";
const trustOf = (r: Resources, role: string, edit: (d: { Statement: Record<string, unknown>[] }) => void) =>
    editDoc(find(r, ROLE, role), "assumeRolePolicy", edit);

const insecure: StackCase[] = [
    // IAM/KMS/DynamoDB/STS/EKS-access level.
    // DynamoDB developer guide, "Using IAM with DynamoDB backup and restore": RestoreTableFromBackup on the backup
    // and item rights on the target table make a copy of every item the restorer reads.
    {
        name: "prod: an ops role may CreateBackup on the keystore, RestoreTableFromBackup its backups into `table/rt54-restored`, and read that table",
        stack: "prod",
        refused: /rt54-backup/,
        edit: r =>
            opsRole(r, "prod", A, "rt54-backup", [
                allow(
                    ["dynamodb:CreateBackup", "dynamodb:RestoreTableFromBackup"],
                    [
                        `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`,
                        `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore/backup/*`,
                    ],
                ),
                allow(
                    ["dynamodb:PutItem", "dynamodb:BatchWriteItem", "dynamodb:Scan", "dynamodb:GetItem"],
                    `arn:aws:dynamodb:eu-west-1:${A}:table/rt54-restored`,
                ),
            ]),
    },
    // DynamoDB developer guide, "IAM policies with PartiQL for DynamoDB": PartiQLSelect is a SELECT (GetItem/Query/Scan).
    {
        name: "prod: an ops role may `dynamodb:PartiQLSelect` on the keystore (SELECT * FROM the table)",
        stack: "prod",
        refused: /rt54-partiql/,
        edit: r =>
            opsRole(r, "prod", A, "rt54-partiql", [
                allow("dynamodb:PartiQLSelect", `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`),
            ]),
    },
    // EKS user guide, "Pod Identity" (pod-id-role): the role trusts pods.eks.amazonaws.com; whoever may create a pod
    // identity association (any cluster of the account) runs a pod with the role's credentials.
    {
        name: "prod: the signer role's trust also admits `pods.eks.amazonaws.com` (sts:AssumeRole + sts:TagSession, no cluster condition)",
        stack: "prod",
        refused: /./,
        edit: r =>
            trustOf(r, "signer-role", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: { Service: "pods.eks.amazonaws.com" },
                    Action: ["sts:AssumeRole", "sts:TagSession"],
                }),
            ),
    },
    // EKS user guide, "Access policy permissions": AmazonEKSEditPolicy creates pods in its namespaces, and a pod may
    // name any ServiceAccount of its namespace (the signer's IRSA ServiceAccount).
    {
        name: "prod: an access entry + AmazonEKSEditPolicy on namespace validators (prod-validators) for an SSO role",
        stack: "prod",
        refused: /./,
        edit: r => {
            beside(r, "prod", "aws:eks/accessEntry:AccessEntry", "rt54-edit-entry", {
                clusterName: CLUSTER,
                principalArn: outsideRole(A),
                type: "STANDARD",
            });
            beside(r, "prod", "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "rt54-edit-assoc", {
                clusterName: CLUSTER,
                principalArn: outsideRole(A),
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy",
                accessScope: { type: "namespace", namespaces: ["validators"] },
            });
        },
    },
    // EKS user guide, "Access entries": type EC2_LINUX joins system:nodes (a kubelet may register a node and get the
    // tokens of pods scheduled on it).
    {
        name: "prod: an EC2_LINUX access entry on prod-validators for an ops role (a node identity)",
        stack: "prod",
        refused: /./,
        edit: r =>
            void beside(r, "prod", "aws:eks/accessEntry:AccessEntry", "rt54-ec2-entry", {
                clusterName: CLUSTER,
                principalArn: outsideRole(A),
                type: "EC2_LINUX",
            }),
    },
    {
        name: "dev: the dev signer's trust as StringLike `sub` = `system:serviceaccount:validators:containment-chamber*`",
        stack: "dev",
        refused: /./,
        edit: r =>
            trustOf(r, "signer-role", d => {
                const c = d.Statement[0].Condition as Record<string, Record<string, string>>;
                const key = Object.keys(c.StringEquals).find(k => k.endsWith(":sub"))!;
                c.StringLike = { [key]: `${c.StringEquals[key]}*` };
                delete c.StringEquals[key];
            }),
    },
    // EC2 user guide, "Attach an IAM role to an instance": AssociateIamInstanceProfile (with iam:PassRole) puts a role
    // on an instance the caller already controls, whose metadata service then hands out the role's credentials.
    {
        name: "cross-account: an ops role of account B may iam:PassRole instance-role and ec2:AssociateIamInstanceProfile on `instance/*`",
        stack: "cross-account",
        refused: /rt54-associate/,
        edit: r =>
            opsRole(
                r,
                "cross-account",
                "777777777777",
                "rt54-associate",
                [
                    allow("iam:PassRole", CALLER, {
                        Condition: { StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } },
                    }),
                    allow(["ec2:AssociateIamInstanceProfile", "ec2:ReplaceIamInstanceProfileAssociation"], EC2),
                ],
                "cross-account-caller",
            ),
    },
    // EC2 user guide, "Modify instance user data": a stopped instance's user data may be replaced; a cloud-config
    // with `runcmd: always`/bootcmd runs as root at the next start.
    {
        name: "cross-account: an ops role of account B may Stop/Start and ModifyInstanceAttribute (user data) on `instance/*`",
        stack: "cross-account",
        refused: /rt54-userdata/,
        edit: r =>
            opsRole(
                r,
                "cross-account",
                "777777777777",
                "rt54-userdata",
                [allow(["ec2:StopInstances", "ec2:StartInstances", "ec2:ModifyInstanceAttribute"], EC2)],
                "cross-account-caller",
            ),
    },
    // EC2 user guide, "EC2 Instance Connect": SendSSHPublicKey pushes a key for 60 seconds for ec2:osuser (ec2-user
    // has sudo on Amazon Linux, and Instance Connect is preinstalled on Amazon Linux 2023).
    {
        name: "cross-account: an ops role of account B may `ec2-instance-connect:SendSSHPublicKey` on `instance/*` as ec2-user",
        stack: "cross-account",
        refused: /rt54-eic/,
        edit: r =>
            opsRole(
                r,
                "cross-account",
                "777777777777",
                "rt54-eic",
                [
                    allow("ec2-instance-connect:SendSSHPublicKey", EC2, {
                        Condition: { StringEquals: { "ec2:osuser": "ec2-user" } },
                    }),
                ],
                "cross-account-caller",
            ),
    },
    {
        name: "cross-account: the access role's trust as Principal `*` with StringEquals aws:PrincipalAccount 777777777777 (and the ExternalId)",
        stack: "cross-account",
        refused: /./,
        edit: r =>
            accessTrust(r, {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "sts:AssumeRole",
                Condition: {
                    StringEquals: {
                        "sts:ExternalId": "custody-cross-account-example",
                        "aws:PrincipalAccount": "777777777777",
                    },
                },
            }),
    },
    // KMS developer guide, "Managing aliases" (UpdateAlias: "associate an existing alias with a different KMS key";
    // needs kms:UpdateAlias on the alias and both keys): the broker then encrypts payloads under the ops role's key
    // (whose key policy lets basil-agent Encrypt, which suffices in one account).
    {
        name: "basil: an ops role may `kms:UpdateAlias` on `alias/basil/*` and `key/*` (re-points alias/basil/payload-aead at its own key)",
        stack: "basil",
        refused: /rt54-updatealias/,
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt54-updatealias", [
                allow("kms:UpdateAlias", [
                    "arn:aws:kms:us-east-1:111122223333:alias/basil/*",
                    "arn:aws:kms:us-east-1:111122223333:key/*",
                ]),
            ]),
    },
    {
        name: "basil: the broker's trust as StringLike `sub` = `system:serviceaccount:basil:basil-agent*` (basil-agent-debug too)",
        stack: "basil",
        refused: /./,
        edit: r =>
            trustOf(r, "basil-runtime", d => {
                const c = d.Statement[0].Condition as Record<string, Record<string, string>>;
                const key = Object.keys(c.StringEquals).find(k => k.endsWith(":sub"))!;
                c.StringLike = { [key]: `${c.StringEquals[key]}*` };
                delete c.StringEquals[key];
            }),
    },
    // DynamoDB developer guide, "Change data capture for DynamoDB Streams": GetRecords returns the items' images.
    {
        name: "curity: an ops role may read the streams of `table/curity-*` (DescribeStream, GetShardIterator, GetRecords)",
        stack: "curity",
        refused: /rt54-streams/,
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt54-streams", [
                allow(
                    ["dynamodb:DescribeStream", "dynamodb:GetShardIterator", "dynamodb:GetRecords"],
                    "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-*/stream/*",
                ),
            ]),
    },
    // IAM User Guide, "NotResource": an Allow with NotResource matches every resource not listed.
    {
        name: "curity: an ops role may GetItem/Query with NotResource `table/billing-*` (every other table, curity-* too)",
        stack: "curity",
        refused: /rt54-notresource/,
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt54-notresource", [
                {
                    Effect: "Allow",
                    Action: ["dynamodb:GetItem", "dynamodb:Query"],
                    NotResource: "arn:aws:dynamodb:eu-west-1:555555555555:table/billing-*",
                },
            ]),
    },
    {
        name: "curity: an ops role may `dynamodb:PartiQLSelect` on `table/curity-*`",
        stack: "curity",
        refused: /rt54-curity-partiql/,
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt54-curity-partiql", [
                allow("dynamodb:PartiQLSelect", "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-*"),
            ]),
    },
    // KMS developer guide, "kms:KeySpec"/"kms:KeyUsage": conditions on the key's kind match every key of that kind,
    // the server's signing keys among them.
    {
        name: "trust-domain: an ops role may kms:Sign on `key/*` when kms:KeySpec is ECC_NIST_P256 and kms:KeyUsage SIGN_VERIFY",
        stack: "trust-domain",
        refused: /rt54-keyspec/,
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt54-keyspec", [
                allow("kms:Sign", "arn:aws:kms:us-east-1:444444444444:key/*", {
                    Condition: {
                        StringEquals: { "kms:KeySpec": "ECC_NIST_P256", "kms:KeyUsage": "SIGN_VERIFY" },
                    },
                }),
            ]),
    },
    // KMS developer guide, "Grants in AWS KMS": a grant for Sign lets its grantee sign with the key.
    {
        name: "trust-domain: an ops role may kms:CreateGrant on `key/*` when kms:GrantOperations are only Sign and GetPublicKey",
        stack: "trust-domain",
        refused: /rt54-grant/,
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt54-grant", [
                allow("kms:CreateGrant", "arn:aws:kms:us-east-1:444444444444:key/*", {
                    Condition: { "ForAllValues:StringEquals": { "kms:GrantOperations": ["Sign", "GetPublicKey"] } },
                }),
            ]),
    },
    // Viewing rule (caller's instance of account B).
    // GNU tar manual, "Using tar Options": "the environment variable TAR_OPTIONS ... prepended to the command line".
    // Was a MISS (fixed in round 54): GNU tar prepends the options of TAR_OPTIONS to its command line (GNU tar manual, "Using tar Options": TAR_OPTIONS), so the exported --absolute-names keeps the members' leading slashes and -C confines nothing: the loopback config /root/.jupyter/jupyter_server_config.py is replaced by content the pack never read (a root Jupyter terminal and instance-role's credentials for whoever reaches the instance); the pack reads tar's options from its words only (round 53's tar -P fix) and TAR_OPTIONS is no LOADER_VARIABLES name. Doc: gnu.org/software/tar/manual/html_node/using-tar-options.html.
    {
        name: `cross-account: ${WRITTEN} \`export TAR_OPTIONS=--absolute-names\`, then \`tar -xf NOTES -C /srv/notes\``,
        stack: "cross-account",
        refused: /rt54-tar-options/,
        edit: loopbackJupyter("rt54-tar-options", [
            "export TAR_OPTIONS=--absolute-names",
            "mkdir -p /srv/notes && tar -xf /opt/seed/notes.tar -C /srv/notes",
        ]),
    },
    // unzip(1) "ENVIRONMENT OPTIONS": unzip takes default options from the UNZIP (or UNZIPOPT) variable.
    // Was a MISS (fixed in round 54): unzip takes default options from $UNZIP (unzip(1) ENVIRONMENT OPTIONS: "effectively the first options on the command line"), so the exported -: keeps `../` member names that escape -d: the loopback config /root/.jupyter/jupyter_server_config.py is replaced by content the pack never read (a root Jupyter terminal and instance-role's credentials for whoever reaches the instance); the pack reads unzip's -: from its words only. Doc: unzip(1) ENVIRONMENT OPTIONS (manpages.ubuntu.com unzip.1).
    {
        name: `cross-account: ${WRITTEN} \`export UNZIP=-:\`, then \`unzip -o NOTES.zip -d /srv/notes\``,
        stack: "cross-account",
        refused: /rt54-unzip-env/,
        edit: loopbackJupyter("rt54-unzip-env", [
            "export UNZIP=-:",
            "mkdir -p /srv/notes && unzip -o /opt/seed/notes.zip -d /srv/notes",
        ]),
    },
    // GNU tar manual, "--to-command": each member's data is piped to the command (here a shell: the members run).
    // Was a MISS (fixed in round 54): GNU tar --to-command pipes each extracted member to the command (GNU tar manual, "Writing to an External Program"), here `sh`: every member runs as a root shell script, which may rewrite anything (the loopback config /root/.jupyter/jupyter_server_config.py is replaced by content the pack never read (a root Jupyter terminal and instance-role's credentials for whoever reaches the instance)); the pack reads only -C's tree. Doc: gnu.org/software/tar/manual/html_node/Writing-to-an-External-Program.html.
    {
        name: `cross-account: ${WRITTEN} \`tar -xf NOTES -C /srv/notes --to-command=sh\` (each member run as a script)`,
        stack: "cross-account",
        refused: /rt54-tar-tocommand/,
        edit: loopbackJupyter("rt54-tar-tocommand", [
            "mkdir -p /srv/notes && tar -xf /opt/seed/notes.tar -C /srv/notes --to-command=sh",
        ]),
    },
    // Python docs, tarfile "Extraction filters" (before 3.14 the default is fully_trusted) and TarFile.extractall's
    // warning: members "that have absolute filenames starting with "/" or filenames with two dots ".."".
    // Was a MISS (fixed in round 54): `python3 -m tarfile -e` extracts with the default filter, fully_trusted before Python 3.14 (tarfile docs, "Extraction filters"; extractall's warning: members "that have absolute filenames starting with \"/\" or filenames with two dots" land outside the path; checked with Python 3.11: an absolute member is written at its absolute path): the loopback config /root/.jupyter/jupyter_server_config.py is replaced by content the pack never read (a root Jupyter terminal and instance-role's credentials for whoever reaches the instance); the pack takes the module run as writing only in its working directory. Doc: docs.python.org/3/library/tarfile.html#extraction-filters.
    {
        name: `cross-account: ${WRITTEN} \`python3 -m tarfile -e NOTES.tar /srv/notes\` (no filter: absolute member names)`,
        stack: "cross-account",
        refused: /rt54-py-tarfile/,
        edit: loopbackJupyter("rt54-py-tarfile", [
            "mkdir -p /srv/notes && cd /srv && python3 -m tarfile -e /opt/seed/notes.tar /srv/notes",
        ]),
    },
    // Python docs, optparse "long options may be abbreviated" (pip's parser is optparse): `--targ` is --target.
    {
        name: `cross-account: ${WRITTEN} \`pip3 install --upgrade --targ /root/.jupyter jupyter-site-config\` (abbreviated --target)`,
        stack: "cross-account",
        refused: /rt54-pip-abbrev/,
        edit: loopbackJupyter("rt54-pip-abbrev", [
            "cd /srv && pip3 install --upgrade --targ /root/.jupyter jupyter-site-config",
        ]),
    },
    // GNU tar takes unambiguous abbreviations of long options (argp): `--absolute` is --absolute-names.
    // Was a MISS (fixed in round 54): GNU tar takes any unambiguous abbreviation of a long option (GNU tar manual, "Long Option Style"; checked with tar 1.34: `--absolute` keeps leading slashes), so this is tar -P: the loopback config /root/.jupyter/jupyter_server_config.py is replaced by content the pack never read (a root Jupyter terminal and instance-role's credentials for whoever reaches the instance); the pack matches only the full `--absolute-names`. Doc: gnu.org/software/tar/manual/html_node/Long-Options.html.
    {
        name: `cross-account: ${WRITTEN} \`tar --absolute -xf NOTES -C /srv/notes\` (abbreviated --absolute-names)`,
        stack: "cross-account",
        refused: /rt54-tar-abbrev/,
        edit: loopbackJupyter("rt54-tar-abbrev", [
            "mkdir -p /srv/notes && tar --absolute -xf /opt/seed/notes.tar -C /srv/notes",
        ]),
    },
    // Round 54 neighbours (archivers): every tar option that runs a program, unzip's other variable, an options
    // variable the pack cannot compute, cpio's abbreviated --absolute-filenames, a decompression onto the config.
    {
        name: `cross-account: ${WRITTEN} \`tar -xf NOTES -C /srv/notes --checkpoint=1 --checkpoint-action=exec=sh\``,
        stack: "cross-account",
        refused: /rt54-n-tar-checkpoint/,
        edit: loopbackJupyter("rt54-n-tar-checkpoint", [
            "mkdir -p /srv/notes && tar -xf /opt/seed/notes.tar -C /srv/notes --checkpoint=1 --checkpoint-action=exec=sh",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`tar xIf ./unpack.sh NOTES -C /srv/notes\` (old-style -I, not a compressor)`,
        stack: "cross-account",
        refused: /rt54-n-tar-I/,
        edit: loopbackJupyter("rt54-n-tar-I", [
            "mkdir -p /srv/notes && cd /opt/seed && tar xIf ./unpack.sh /opt/seed/notes.tar -C /srv/notes",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`tar --use-compress='zstd -o /root/.jupyter/jupyter_server_config.py' -xf NOTES -C /srv/notes\``,
        stack: "cross-account",
        refused: /rt54-n-tar-zstd-o/,
        edit: loopbackJupyter("rt54-n-tar-zstd-o", [
            "mkdir -p /srv/notes && tar '--use-compress=zstd -d -o /root/.jupyter/jupyter_server_config.py' -xf /opt/seed/notes.tar.zst -C /srv/notes",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`export TAR_OPTIONS="$(cat /opt/seed/tar.opts)"\`, then \`tar -xf NOTES -C /srv/notes\``,
        stack: "cross-account",
        refused: /rt54-n-tar-options-unknown/,
        edit: loopbackJupyter("rt54-n-tar-options-unknown", [
            'export TAR_OPTIONS="$(cat /opt/seed/tar.opts)"',
            "mkdir -p /srv/notes && tar -xf /opt/seed/notes.tar -C /srv/notes",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`export TAR_OPTIONS=--to-command=sh\`, then \`busybox tar -xf NOTES -C /srv/notes\``,
        stack: "cross-account",
        refused: /rt54-n-tar-options-tocommand/,
        edit: loopbackJupyter("rt54-n-tar-options-tocommand", [
            "export TAR_OPTIONS=--to-command=sh",
            "mkdir -p /srv/notes && busybox tar -xf /opt/seed/notes.tar -C /srv/notes",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`export UNZIPOPT=-:\`, then \`unzip -o NOTES.zip -d /srv/notes\``,
        stack: "cross-account",
        refused: /rt54-n-unzipopt/,
        edit: loopbackJupyter("rt54-n-unzipopt", [
            "export UNZIPOPT=-:",
            "mkdir -p /srv/notes && unzip -o /opt/seed/notes.zip -d /srv/notes",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`python3 -m tarfile --filter fully_trusted -e NOTES.tar /srv/notes\``,
        stack: "cross-account",
        refused: /rt54-n-py-tarfile-trusted/,
        edit: loopbackJupyter("rt54-n-py-tarfile-trusted", [
            "mkdir -p /srv/notes && cd /srv && python3 -m tarfile --filter fully_trusted -e /opt/seed/notes.tar /srv/notes",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cpio -idmu --abs -D /srv/notes < NOTES\` (abbreviated --absolute-filenames)`,
        stack: "cross-account",
        refused: /rt54-n-cpio-abs/,
        edit: loopbackJupyter("rt54-n-cpio-abs", [
            "mkdir -p /srv/notes && cpio -idmu --abs -D /srv/notes < /opt/seed/notes.cpio",
        ]),
    },
    // gzip(1): decompression writes FILE.gz's content to FILE; -N restores the name stored in the file.
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && gunzip -f /root/.jupyter/jupyter_server_config.py.gz\``,
        stack: "cross-account",
        refused: /rt54-n-gunzip/,
        edit: loopbackJupyter("rt54-n-gunzip", [
            "cp /opt/seed/config.py.gz /root/.jupyter/jupyter_server_config.py.gz",
            "cd /srv && gunzip -f /root/.jupyter/jupyter_server_config.py.gz",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && gzip --decomp -N -f /root/.jupyter/notes.gz\` (the stored name)`,
        stack: "cross-account",
        refused: /rt54-n-gunzip-N/,
        edit: loopbackJupyter("rt54-n-gunzip-N", [
            "cp /opt/seed/notes.gz /root/.jupyter/notes.gz",
            "cd /srv && gzip --decomp -N -f /root/.jupyter/notes.gz",
        ]),
    },
    // pip documentation, "pip config": `pip config set` writes the user configuration file (~/.config/pip/pip.conf).
    {
        name: `cross-account: ${WRITTEN} \`pip3 config set install.target /root/.jupyter\`, then \`cd /srv && pip3 install --upgrade jupyter-site-config\``,
        stack: "cross-account",
        refused: /rt54-pip-config-set/,
        edit: loopbackJupyter("rt54-pip-config-set", [
            "pip3 config set install.target /root/.jupyter",
            "cd /srv && pip3 install --upgrade jupyter-site-config",
        ]),
    },
    // Python docs, site: PYTHONUSERBASE is the base of `pip install --user`; a wheel's data files go to the base
    // itself (sysconfig "data" path of the user scheme), so `.jupyter/jupyter_server_config.py` lands in /root/.jupyter.
    // Was a MISS (fixed in round 54): pip install --user installs into the user scheme rooted at PYTHONUSERBASE (python(1) PYTHONUSERBASE: "installation paths for python -m pip install --user"), whose data files go to the base itself (sysconfig posix_user scheme: data = {userbase}), so a wheel's data file .jupyter/jupyter_server_config.py lands in /root/.jupyter: the loopback config /root/.jupyter/jupyter_server_config.py is replaced by content the pack never read (a root Jupyter terminal and instance-role's credentials for whoever reaches the instance); the pack's INSTALL_DESTINATIONS know --target/--prefix/--root only. Doc: docs.python.org/3/library/sysconfig.html#posix-user, docs.python.org/3/using/cmdline.html#envvar-PYTHONUSERBASE.
    {
        name: `cross-account: ${WRITTEN} \`export PYTHONUSERBASE=/root\`, then \`cd /srv && pip3 install --user --upgrade jupyter-site-config\``,
        stack: "cross-account",
        refused: /rt54-pip-userbase/,
        edit: loopbackJupyter("rt54-pip-userbase", [
            "export PYTHONUSERBASE=/root",
            "cd /srv && pip3 install --user --upgrade jupyter-site-config",
        ]),
    },
    // curl(1) --variable: "%name" imports an environment variable; an option prefixed --expand- expands {{name}}.
    // Was a MISS (fixed in round 54): curl --variable %NAME imports an environment variable and an option prefixed --expand- expands {{NAME}} (curl(1) --variable, curl 8.3.0+; everything.curl.dev "Variables"), so --expand-output writes the download to /root/.jupyter/jupyter_server_config.py: the loopback config /root/.jupyter/jupyter_server_config.py is replaced by content the pack never read (a root Jupyter terminal and instance-role's credentials for whoever reaches the instance); the pack reads -o/-O/--output-dir only and takes `{{OUT_FILE}}` as a name in /srv. Doc: curl.se/docs/manpage.html#--variable, everything.curl.dev/cmdline/variables/env.html.
    {
        name: `cross-account: ${WRITTEN} \`export OUT_FILE=/root/.jupyter/jupyter_server_config.py\`, then \`cd /srv && curl --variable %OUT_FILE --expand-output '{{OUT_FILE}}' URL\``,
        stack: "cross-account",
        refused: /rt54-curl-expand/,
        edit: loopbackJupyter("rt54-curl-expand", [
            "export OUT_FILE=/root/.jupyter/jupyter_server_config.py",
            "cd /srv && curl -fsSL --variable %OUT_FILE --expand-output '{{OUT_FILE}}' https://seed.example.com/jupyter_server_config.py",
        ]),
    },
    // Was a MISS (fixed in round 54): curl --variable name@FILE sets the variable from the file's contents (curl(1) --variable), so --expand-output writes wherever /opt/seed/dest.txt says (a file the script did not write): the loopback config /root/.jupyter/jupyter_server_config.py is replaced by content the pack never read (a root Jupyter terminal and instance-role's credentials for whoever reaches the instance); the pack takes `{{dest}}` as a name in /srv. Doc: curl.se/docs/manpage.html#--variable.
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && curl --variable 'dest@/opt/seed/dest.txt' --expand-output '{{dest}}' URL\` (the output named by a file)`,
        stack: "cross-account",
        refused: /rt54-curl-varfile/,
        edit: loopbackJupyter("rt54-curl-varfile", [
            "cd /srv && curl -fsSL --variable 'dest@/opt/seed/dest.txt' --expand-output '{{dest}}' https://seed.example.com/jupyter_server_config.py",
        ]),
    },
    // wget(1) -e/--execute: "Execute command as if it were a part of .wgetrc"; wgetrc output_document is -O.
    // Was a MISS (fixed in round 54): wget -e runs a wgetrc command "as if it were a part of .wgetrc" (wget manual, "Basic Startup Options"), and output_document is -O ("Wgetrc Commands"): the download replaces the loopback config (the loopback config /root/.jupyter/jupyter_server_config.py is replaced by content the pack never read (a root Jupyter terminal and instance-role's credentials for whoever reaches the instance)); the pack treats -e's value as no path (COPIER_VALUES). Doc: gnu.org/software/wget/manual/wget.html (Basic Startup Options, Wgetrc Commands).
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && wget -q -e output_document=/root/.jupyter/jupyter_server_config.py URL\``,
        stack: "cross-account",
        refused: /rt54-wget-e/,
        edit: loopbackJupyter("rt54-wget-e", [
            "cd /srv && wget -q -e output_document=/root/.jupyter/jupyter_server_config.py https://seed.example.com/jupyter_server_config.py",
        ]),
    },
    // wget manual, "Startup File": WGETRC names the startup file, else /etc/wgetrc and ~/.wgetrc.
    // Was a MISS (fixed in round 54): wget reads the system startup file /etc/wgetrc (wget manual, "Startup File"), whose output_document is -O ("Wgetrc Commands"): the download replaces the loopback config (the loopback config /root/.jupyter/jupyter_server_config.py is replaced by content the pack never read (a root Jupyter terminal and instance-role's credentials for whoever reaches the instance)); the pack reads no wgetrc, unlike pip.conf and curlrc (rootReads.ts configuredWords). Doc: gnu.org/software/wget/manual/wget.html#Startup-File.
    {
        name: `cross-account: ${WRITTEN} writes /etc/wgetrc (\`output_document = /root/.jupyter/jupyter_server_config.py\`), then \`cd /srv && wget URL\``,
        stack: "cross-account",
        refused: /rt54-wgetrc/,
        edit: loopbackJupyter(
            "rt54-wgetrc",
            ["cd /srv && wget -q https://seed.example.com/jupyter_server_config.py"],
            [["/etc/wgetrc", "output_document = /root/.jupyter/jupyter_server_config.py"]],
        ),
    },
    // Was a MISS (fixed in round 54): WGETRC names wget's startup file (wget manual, "Startup File"); dir_prefix is -P and timestamping -N (overwrites the existing file): the download replaces the loopback config (the loopback config /root/.jupyter/jupyter_server_config.py is replaced by content the pack never read (a root Jupyter terminal and instance-role's credentials for whoever reaches the instance)); WGETRC is a LOADER_VARIABLES name, yet the export is not judged against wget's run. Doc: gnu.org/software/wget/manual/wget.html#Startup-File.
    {
        name: `cross-account: ${WRITTEN} \`export WGETRC=/etc/seed/wgetrc\` (written: \`dir_prefix = /root/.jupyter\`, \`timestamping = on\`), then \`cd /srv && wget URL\``,
        stack: "cross-account",
        refused: /rt54-wgetrc-env/,
        edit: loopbackJupyter(
            "rt54-wgetrc-env",
            ["export WGETRC=/etc/seed/wgetrc", "cd /srv && wget -q https://seed.example.com/jupyter_server_config.py"],
            [["/etc/seed/wgetrc", "dir_prefix = /root/.jupyter\ntimestamping = on"]],
        ),
    },
    // aria2c(1) --conf-path (default $HOME/.aria2/aria2.conf): `dir` is the directory to store the file.
    // Was a MISS (fixed in round 54): aria2c reads its options from --conf-path's file (aria2c(1) --conf-path; `dir` "The directory to store the downloaded file", allow-overwrite), so the download replaces the loopback config (the loopback config /root/.jupyter/jupyter_server_config.py is replaced by content the pack never read (a root Jupyter terminal and instance-role's credentials for whoever reaches the instance)); the pack judges the unknown downloader by its working directory /srv only. Doc: aria2.github.io/manual/en/html/aria2c.html (--conf-path, --dir, --allow-overwrite).
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && aria2c --conf-path=/etc/seed/aria2.conf URL\` (written: \`dir=/root/.jupyter\`, \`allow-overwrite=true\`)`,
        stack: "cross-account",
        refused: /rt54-aria2-conf/,
        edit: loopbackJupyter(
            "rt54-aria2-conf",
            ["cd /srv && aria2c --conf-path=/etc/seed/aria2.conf https://seed.example.com/jupyter_server_config.py"],
            [["/etc/seed/aria2.conf", "dir=/root/.jupyter\nallow-overwrite=true"]],
        ),
    },
    // git(1) -c name=value: "Pass a configuration parameter to the command"; core.worktree sets the working tree.
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && git -c core.worktree=/root --git-dir=D checkout -f\``,
        stack: "cross-account",
        refused: /rt54-git-c-worktree/,
        edit: loopbackJupyter("rt54-git-c-worktree", [
            "cd /srv && git -c core.worktree=/root --git-dir=/opt/seed/dotfiles.git checkout -f",
        ]),
    },
    // git-config(1) ENVIRONMENT: GIT_CONFIG_COUNT, GIT_CONFIG_KEY_<n>, GIT_CONFIG_VALUE_<n> add configuration.
    // Was a MISS (fixed in round 54): GIT_CONFIG_COUNT/GIT_CONFIG_KEY_<n>/GIT_CONFIG_VALUE_<n> add configuration to every git run (git-config(1) ENVIRONMENT), here core.worktree=/root, so checkout -f writes the repository's files into /root: the loopback config /root/.jupyter/jupyter_server_config.py is replaced by content the pack never read (a root Jupyter terminal and instance-role's credentials for whoever reaches the instance); git's environment is read for GIT_WORK_TREE only (round 53's core.worktree case is the written-config neighbour). Doc: git-scm.com/docs/git-config#ENVIRONMENT.
    // Fixer's note (round 54): the environment is now read as `git -c` (rootReads.ts environmentOptions), refused as any git
    // run naming /root is. Checked with git 2.39.5: core.worktree from -c, GIT_CONFIG_COUNT or GIT_CONFIG_PARAMETERS is
    // ignored (setup.c reads it from the repository's own config file), so this checkout writes into /srv; the refusal
    // stands fail-closed, as for the -c neighbour.
    {
        name: `cross-account: ${WRITTEN} \`export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=core.worktree GIT_CONFIG_VALUE_0=/root\`, then \`cd /srv && git --git-dir=D checkout -f\``,
        stack: "cross-account",
        refused: /rt54-git-config-env/,
        edit: loopbackJupyter("rt54-git-config-env", [
            "export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=core.worktree GIT_CONFIG_VALUE_0=/root",
            "cd /srv && git --git-dir=/opt/seed/dotfiles.git checkout -f",
        ]),
    },
    // xargs(1) -a/--arg-file: "Read items from file instead of standard input".
    // Was a MISS (fixed in round 54): xargs -a/--arg-file reads its items "from file instead of standard input" (GNU findutils, xargs(1)), so sed -i edits whatever /opt/seed/configs.list names (/root/.jupyter/jupyter_server_config.py: ip 0.0.0.0, the same gain as above); the neighbour of round 53's find -files0-from fix. Doc: gnu.org/software/findutils/manual/html_node/find_html/xargs-options.html.
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && xargs -a LIST sed -i 's/localhost/0.0.0.0/'\` (the files from a list)`,
        stack: "cross-account",
        refused: /rt54-xargs-a/,
        edit: loopbackJupyter("rt54-xargs-a", [
            "cd /srv && xargs -a /opt/seed/configs.list sed -i 's/localhost/0.0.0.0/'",
        ]),
    },
    // DECIDED (round 54): refused, moved from the secure list. The red team read aws:ResourceTag/team = payments as
    // keeping the ops role off the trust-domain keys (tagged team=identity). But a tag is no custody boundary: whoever
    // may kms:TagResource (the account's administrators, a future stack edit of keyTags) moves a key into the
    // condition, and KMS's own guide warns of it ("ABAC for AWS KMS": "Changing a tag or alias might allow or deny
    // permission to a KMS key"). Issue 9: assets are found by what AWS enforces, and "a tag that is missing, renamed or
    // false changes nothing"; the pack judges key/* as reaching every key of the account. Grant on the key ARNs instead.
    {
        name: "trust-domain: an ops role may kms:Sign on `key/*` when aws:ResourceTag/team is `payments` (not the server's keyTags)",
        stack: "trust-domain",
        refused: /rt54-s-payments|kms:Sign/,
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt54-s-payments", [
                allow(["kms:Sign", "kms:GetPublicKey"], "arn:aws:kms:us-east-1:444444444444:key/*", {
                    Condition: { StringEquals: { "aws:ResourceTag/team": "payments" } },
                }),
            ]),
    },
    // Round 54 fixer's neighbours (downloaders, installers, git, xargs).
    {
        name: `cross-account: ${WRITTEN} writes LIST (\`/root/.jupyter/jupyter_server_config.py\`), then \`cd /srv && xargs -a LIST sed -i ...\``,
        stack: "cross-account",
        refused: /rt54-n-xargs-written/,
        edit: loopbackJupyter(
            "rt54-n-xargs-written",
            ["cd /srv && xargs --arg-file=/etc/seed/configs.list sed -i 's/localhost/0.0.0.0/'"],
            [["/etc/seed/configs.list", "/root/.jupyter/jupyter_server_config.py"]],
        ),
    },
    // pip documentation, "Configuration": PIP_USER is --user; the user base defaults to ~/.local unless PYTHONUSERBASE.
    {
        name: `cross-account: ${WRITTEN} \`export PIP_USER=1 PYTHONUSERBASE=/root\`, then \`cd /srv && pip3 install jupyter-site-config\``,
        stack: "cross-account",
        refused: /rt54-n-pip-user-env/,
        edit: loopbackJupyter("rt54-n-pip-user-env", [
            "export PIP_USER=1 PYTHONUSERBASE=/root",
            "cd /srv && pip3 install jupyter-site-config",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && curl --variable 'dest=/root/.jupyter' --expand-output-dir '{{dest}}' -O URL\``,
        stack: "cross-account",
        refused: /rt54-n-curl-expand-dir/,
        edit: loopbackJupyter("rt54-n-curl-expand-dir", [
            "cd /srv && curl -fsSL --variable 'dest=/root/.jupyter' --expand-output-dir '{{dest}}' -O https://seed.example.com/jupyter_server_config.py",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && wget -qe 'dir_prefix=/root/.jupyter' -e timestamping=on URL\``,
        stack: "cross-account",
        refused: /rt54-n-wget-e-bundle/,
        edit: loopbackJupyter("rt54-n-wget-e-bundle", [
            "cd /srv && wget -qe 'dir_prefix=/root/.jupyter' -e timestamping=on https://seed.example.com/jupyter_server_config.py",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} writes ~/.wgetrc (\`Output-Document = ...\`), then \`cd /srv && wget URL\``,
        stack: "cross-account",
        refused: /rt54-n-home-wgetrc/,
        edit: loopbackJupyter(
            "rt54-n-home-wgetrc",
            ["cd /srv && wget -q https://seed.example.com/jupyter_server_config.py"],
            [["/root/.wgetrc", "Output-Document = /root/.jupyter/jupyter_server_config.py"]],
        ),
    },
    {
        name: `cross-account: ${WRITTEN} \`export WGETRC=/opt/seed/wgetrc\` (not written by the script), then \`cd /srv && wget URL\``,
        stack: "cross-account",
        refused: /rt54-n-wgetrc-unread/,
        edit: loopbackJupyter("rt54-n-wgetrc-unread", [
            "export WGETRC=/opt/seed/wgetrc",
            "cd /srv && wget -q https://seed.example.com/notes.tar",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} writes ~/.aria2/aria2.conf (\`dir=/root/.jupyter\`), then \`cd /srv && aria2c URL\``,
        stack: "cross-account",
        refused: /rt54-n-aria2-default/,
        edit: loopbackJupyter(
            "rt54-n-aria2-default",
            ["cd /srv && aria2c https://seed.example.com/jupyter_server_config.py"],
            [["/root/.aria2/aria2.conf", "dir=/root/.jupyter\nallow-overwrite=true"]],
        ),
    },
    // A downloader whose configuration the pack does not read (axel(1) FILES: ~/.axelrc): fail closed.
    {
        name: `cross-account: ${WRITTEN} writes ~/.axelrc, then \`cd /srv && axel URL\``,
        stack: "cross-account",
        refused: /rt54-n-axelrc/,
        edit: loopbackJupyter(
            "rt54-n-axelrc",
            ["cd /srv && axel -q https://seed.example.com/jupyter_server_config.py"],
            [["/root/.axelrc", "default_filename = /root/.jupyter/jupyter_server_config.py"]],
        ),
    },
    {
        name: `cross-account: ${WRITTEN} \`export GIT_CONFIG_PARAMETERS="'core.worktree'='/root'"\`, then \`cd /srv && git --git-dir=D checkout -f\``,
        stack: "cross-account",
        refused: /rt54-n-git-config-parameters/,
        edit: loopbackJupyter("rt54-n-git-config-parameters", [
            "export GIT_CONFIG_PARAMETERS=\"'core.worktree'='/root'\"",
            "cd /srv && git --git-dir=/opt/seed/dotfiles.git checkout -f",
        ]),
    },
];

const secure: StackCase[] = [
    // README "Naming an operations helper": an auditor declared under custody:operations with operations.keyAudit
    // and operations.tableAudit (metadata only) on the ring and the tables.
    {
        name: "prod: a declared auditor (custody:operations, SSO role) may DescribeKey/GetKeyPolicy/ListGrants on share 1 and DescribeTable/DescribeContinuousBackups on the three tables",
        stack: "prod",
        operations: [
            {
                name: "custody-audit",
                subject: { principal: outsideRole(A) },
                allow: [
                    { accessSet: "operations.keyAudit", on: ["signer.shares.1"] },
                    { accessSet: "operations.tableAudit", on: ["signer.tables"] },
                ],
            },
        ],
        edit: r =>
            opsRole(r, "prod", A, "rt54-s-audit", [
                allow(
                    ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:ListGrants", "kms:GetKeyRotationStatus"],
                    `arn:aws:kms:eu-west-1:${A}:key/48163296-803a-4ce6-ad53-a0a0de26d32e`,
                ),
                allow(
                    ["dynamodb:DescribeTable", "dynamodb:DescribeContinuousBackups", "dynamodb:DescribeTimeToLive"],
                    ["anti-slashing", "keystore", "signer-state"].map(
                        t => `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-${t}`,
                    ),
                ),
            ]),
    },
    // IAM User Guide, "Policy evaluation logic": an explicit Deny overrides every Allow (here: Decrypt for anyone but
    // the signer).
    {
        name: "prod: share 1's key policy adds a Deny of kms:Decrypt to every principal whose aws:PrincipalArn is not the signer",
        stack: "prod",
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d =>
                d.Statement.push({
                    Sid: "DenyDecryptToOthers",
                    Effect: "Deny",
                    Principal: { AWS: "*" },
                    Action: "kms:Decrypt",
                    Resource: "*",
                    Condition: { ArnNotEquals: { "aws:PrincipalArn": SIGNER } },
                }),
            ),
    },
    // EKS user guide, "Access policy permissions": AmazonEKSViewPolicy lists and reads objects, Secrets excepted.
    {
        name: "prod: an access entry + AmazonEKSViewPolicy (cluster scope) on prod-validators for an SSO read-only role",
        stack: "prod",
        edit: r => {
            beside(r, "prod", "aws:eks/accessEntry:AccessEntry", "rt54-s-view-entry", {
                clusterName: CLUSTER,
                principalArn: outsideRole(A, "readonly"),
                type: "STANDARD",
            });
            beside(r, "prod", "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "rt54-s-view-assoc", {
                clusterName: CLUSTER,
                principalArn: outsideRole(A, "readonly"),
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
                accessScope: { type: "cluster" },
            });
        },
    },
    {
        name: "dev: a developer role may use the item actions on `table/dev-sandbox-*` (not a custody-dev-* table)",
        stack: "dev",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt54-s-sandbox", [
                allow(
                    [
                        "dynamodb:DescribeTable",
                        "dynamodb:GetItem",
                        "dynamodb:PutItem",
                        "dynamodb:UpdateItem",
                        "dynamodb:DeleteItem",
                        "dynamodb:Query",
                    ],
                    [
                        `arn:aws:dynamodb:eu-west-1:${ACCOUNT.dev}:table/dev-sandbox-*`,
                        `arn:aws:dynamodb:eu-west-1:${ACCOUNT.dev}:table/dev-sandbox-*/index/*`,
                    ],
                ),
            ]),
    },
    // IAM User Guide, "Passing session tags in AWS STS": sts:TagSession lets the caller tag its session; it assumes
    // nothing more.
    {
        name: "cross-account: the access role's trust lets instance-role also `sts:TagSession` (with the ExternalId)",
        stack: "cross-account",
        edit: r =>
            trustOf(r, "cross-account-access", d => {
                d.Statement[0].Action = ["sts:AssumeRole", "sts:TagSession"];
            }),
    },
    {
        name: "cross-account: the access role's trust adds StringEquals aws:PrincipalOrgID to the ExternalId condition",
        stack: "cross-account",
        edit: r =>
            trustOf(r, "cross-account-access", d => {
                (d.Statement[0].Condition as Record<string, Record<string, string>>).StringEquals[
                    "aws:PrincipalOrgID"
                ] = "o-a1b2c3d4e5";
            }),
    },
    {
        name: "cross-account: an ops role of account B may ec2:DescribeInstances and ec2:DescribeIamInstanceProfileAssociations",
        stack: "cross-account",
        edit: r =>
            opsRole(
                r,
                "cross-account",
                "777777777777",
                "rt54-s-describe",
                [allow(["ec2:DescribeInstances", "ec2:DescribeIamInstanceProfileAssociations"], "*")],
                "cross-account-caller",
            ),
    },
    {
        name: "basil: the broker's statement adds `Bool aws:SecureTransport true` to its alias condition",
        stack: "basil",
        edit: r =>
            editDoc(find(r, "aws:iam/rolePolicy:RolePolicy", "basil-runtime-access"), "policy", d => {
                (d.Statement[0].Condition as Record<string, unknown>).Bool = { "aws:SecureTransport": "true" };
            }),
    },
    {
        name: "basil: a declared auditor (custody:operations, operations.keyAudit on basil.keys) may kms:ListAliases and DescribeKey/GetKeyPolicy on the two catalog keys",
        stack: "basil",
        operations: [
            {
                name: "key-audit",
                subject: { principal: outsideRole(ACCOUNT.basil) },
                allow: [{ accessSet: "operations.keyAudit", on: ["basil.keys"] }],
            },
        ],
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt54-s-basil-audit", [
                allow("kms:ListAliases", "*"),
                allow(
                    ["kms:DescribeKey", "kms:GetKeyPolicy"],
                    [
                        "arn:aws:kms:us-east-1:111122223333:key/5056a9aa-4108-4827-a145-824269cc73d3",
                        "arn:aws:kms:us-east-1:111122223333:key/d75140d5-1da3-445d-a047-81b7f7871142",
                    ],
                ),
            ]),
    },
    {
        name: "curity: a declared auditor (custody:operations, operations.tableAudit on curity.tables) may DescribeTable/DescribeContinuousBackups on `table/curity-*`",
        stack: "curity",
        operations: [
            {
                name: "table-audit",
                subject: { principal: outsideRole(ACCOUNT.curity) },
                allow: [{ accessSet: "operations.tableAudit", on: ["curity.tables"] }],
            },
        ],
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt54-s-curity-audit", [
                allow(
                    ["dynamodb:DescribeTable", "dynamodb:DescribeContinuousBackups"],
                    "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-*",
                ),
            ]),
    },
    // Viewing rule neighbours (read-only runs in /root, harmless environments and configurations).
    {
        name: `cross-account: ${KEPT} \`export TAR_OPTIONS=--no-same-owner\`, then \`cd /root && tar -xf NOTES -C /srv/notes\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-tar-options", [
            "export TAR_OPTIONS=--no-same-owner",
            "mkdir -p /srv/notes && cd /root && tar -xf /opt/seed/notes.tar -C /srv/notes",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`export UNZIP=-qq\`, then \`cd /root && unzip -o NOTES.zip -d /srv/notes\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-unzip-env", [
            "export UNZIP=-qq",
            "mkdir -p /srv/notes && cd /root && unzip -o /opt/seed/notes.zip -d /srv/notes",
        ]),
    },
    // GNU tar manual: -t/--list lists the members; -O/--to-stdout "Extract files to standard output".
    {
        name: `cross-account: ${KEPT} \`cd /root && tar -tvf NOTES.tar > LIST\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-tar-list", ["cd /root && tar -tvf /opt/seed/notes.tar > /var/log/notes.list"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && tar -xOf NOTES.tar README.md > /srv/README.md\` (to standard output)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-tar-O", ["cd /root && tar -xOf /opt/seed/notes.tar README.md > /srv/README.md"]),
    },
    // GNU cpio manual, "Copy-in mode": -t/--list prints a table of contents.
    // Was a MISS (fixed in round 54): (secure refused) GNU cpio -t/--list "Print a table of contents of the input" (GNU cpio manual, "Copy-in mode") and writes no file; the pack reads every cpio -i as extracting into its working directory /root and marks the loopback config unread. Doc: gnu.org/software/cpio/manual/html_section/Copy_002din-mode.html.
    {
        name: `cross-account: ${KEPT} \`cd /root && cpio -itv < NOTES.cpio > LIST\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-cpio-list", [
            "cd /root && cpio -itv < /opt/seed/notes.cpio > /var/log/notes.list",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && 7z l NOTES.7z > LIST && 7z t NOTES.7z\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-7z-list", [
            "cd /root && 7z l /opt/seed/notes.7z > /var/log/notes.list && 7z t /opt/seed/notes.7z",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && bsdtar -tf NOTES.tar > LIST\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-bsdtar-list", [
            "cd /root && bsdtar -tf /opt/seed/notes.tar > /var/log/notes.list",
        ]),
    },
    // GNU cpio takes unambiguous abbreviations of long options (argp): `--no-absolute` is --no-absolute-filenames.
    // Was a MISS (fixed in round 54): (secure refused) GNU cpio takes unambiguous abbreviations of long options (argp; `--no-absolute` is --no-absolute-filenames, GNU cpio manual "Options"), so member names are made relative to -D /srv/notes; the pack matches only the full spelling (round 53's cpio fix). Doc: gnu.org/software/cpio/manual/html_node/Options.html.
    {
        name: `cross-account: ${KEPT} \`cpio -idmu --no-absolute -D /srv/notes < NOTES\` (abbreviated --no-absolute-filenames)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-cpio-abbrev", [
            "mkdir -p /srv/notes && cpio -idmu --no-absolute -D /srv/notes < /opt/seed/notes.cpio",
        ]),
    },
    // pip documentation, "pip download": -d/--dest "Download packages into <dir>".
    // Was a MISS (fixed in round 54): (secure refused) pip download -d/--dest "Download packages into <dir>" (pip docs, "pip download"), here /srv/wheels; the pack counts pip download as saving into its working directory /root whatever -d names, and marks the loopback config unread. Doc: pip.pypa.io/en/stable/cli/pip_download/.
    {
        name: `cross-account: ${KEPT} \`cd /root && pip3 download --no-deps -d /srv/wheels jupyterlab\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-pip-download", [
            "mkdir -p /srv/wheels && cd /root && pip3 download --no-deps -d /srv/wheels jupyterlab",
        ]),
    },
    // pip documentation, "pip config": list prints the configuration.
    // Was a MISS (fixed in round 54): (secure refused) pip config list prints "the active configuration" (pip docs, "pip config") and writes no file; pip config is not among keepsWorkingDirectory's pip commands, so /root is marked changed and the loopback config unread. Doc: pip.pypa.io/en/stable/cli/pip_config/.
    {
        name: `cross-account: ${KEPT} \`cd /root && pip3 config list > /var/log/pip-config.txt\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-pip-config-list", ["cd /root && pip3 config list > /var/log/pip-config.txt"]),
    },
    {
        name: `cross-account: ${KEPT} \`pip3 config set global.index-url MIRROR\`, then \`cd /root && pip3 install --upgrade jupyterlab\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-pip-config-set", [
            "pip3 config set global.index-url https://pypi.internal.example.com/simple",
            "cd /root && pip3 install --upgrade jupyterlab",
        ]),
    },
    // wget(1) -O -: the document goes to standard output; --spider checks without downloading.
    {
        name: `cross-account: ${KEPT} \`cd /root && wget -qO- URL | sha256sum > SUM && wget -q --spider URL\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-wget-stdout", [
            "cd /root && wget -qO- https://seed.example.com/notes.tar | sha256sum > /var/log/notes.sha256 && wget -q --spider https://seed.example.com/notes.tar",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && curl -fsS -o /dev/null -w '%{http_code}' URL > /var/log/health\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-curl-devnull", [
            "cd /root && curl -fsS -o /dev/null -w '%{http_code}' https://seed.example.com/health > /var/log/health",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`curl --variable %SEED_URL --expand-url '{{SEED_URL}}/README.md' -o /srv/notes/README.md\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-curl-expand-url", [
            "export SEED_URL=https://seed.example.com",
            "mkdir -p /srv/notes && cd /root && curl -fsSL --variable %SEED_URL --expand-url '{{SEED_URL}}/README.md' -o /srv/notes/README.md",
        ]),
    },
    // Python docs, zipfile "Command-Line Interface": -l lists a zip file's members.
    {
        name: `cross-account: ${KEPT} \`cd /srv && python3 -m zipfile -l NOTES.zip > LIST\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-py-zipfile-list", [
            "cd /srv && python3 -m zipfile -l /opt/seed/notes.zip > /var/log/notes.list",
        ]),
    },
    // Was a MISS (fixed in round 54): (secure refused) zcat is gzip -dc, writing to standard output (gzip(1) -c "Write output on standard output; keep original files unchanged"), and gzip -t only tests; neither writes in /root, yet the pack marks /root changed and the loopback config unread (gzip -dc alone in /root is refused too). Doc: gnu.org/software/gzip/manual/gzip.html (Invoking gzip: -c, -t).
    {
        name: `cross-account: ${KEPT} \`cd /root && zcat NOTES.gz > /srv/notes.txt && gzip -t NOTES.gz\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-zcat", [
            "cd /root && zcat /opt/seed/notes.gz > /srv/notes.txt && gzip -t /opt/seed/notes.gz",
        ]),
    },
    // Round 54 neighbours (archivers): compressors writing standard output or testing, tar running a compressor,
    // tarfile's data filter, listings from standard input, the full and abbreviated confining options.
    {
        name: `cross-account: ${KEPT} \`cd /root && gzip -dc NOTES.gz > /srv/notes.txt && bzcat X.bz2 > Y && xz -t X.xz && zstd -l X.zst\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-n-compressors", [
            "cd /root && gzip -dc /opt/seed/notes.gz > /srv/notes.txt && bzcat /opt/seed/x.bz2 > /srv/x && xz -t /opt/seed/x.xz && zstd -l /opt/seed/x.zst",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && gunzip -k /srv/notes/README.md.gz\` (writes /srv/notes/README.md)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-n-gunzip-srv", [
            "mkdir -p /srv/notes && cp /opt/seed/README.md.gz /srv/notes/ && cd /root && gunzip -k /srv/notes/README.md.gz",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && tar -I 'zstd -T0' -xf NOTES.tar.zst -C /srv/notes\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-n-tar-zstd", [
            "mkdir -p /srv/notes && cd /root && tar -I 'zstd -T0' -xf /opt/seed/notes.tar.zst -C /srv/notes",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && python3 -m tarfile --filter data -e NOTES.tar /srv/notes\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-n-py-tarfile-data", [
            "mkdir -p /srv/notes && cd /root && python3 -m tarfile --filter data -e /opt/seed/notes.tar /srv/notes",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && cpio -it --quiet < NOTES && tar -tf - < NOTES.tar\` (lists from standard input)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-n-list-stdin", [
            "cd /root && cpio -it --quiet < /opt/seed/notes.cpio > /var/log/a.list && tar -tf - < /opt/seed/notes.tar > /var/log/b.list",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && cpio -idmu --no-absolute-f -D /srv/notes < NOTES\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-n-cpio-abbrev", [
            "mkdir -p /srv/notes && cd /root && cpio -idmu --no-absolute-f -D /srv/notes < /opt/seed/notes.cpio",
        ]),
    },
    // rpm(8): -K/--checksig verifies a package file's signatures; -qlp lists a package file's contents.
    {
        name: `cross-account: ${KEPT} \`cd /root && rpm -K PKG.rpm && rpm -qlp PKG.rpm > LIST\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-rpm-checksig", [
            "cd /root && rpm -K /opt/seed/notes.rpm && rpm -qlp /opt/seed/notes.rpm > /var/log/notes.list",
        ]),
    },
    // unzip(1) -Z: zipinfo mode (lists the archive).
    {
        name: `cross-account: ${KEPT} \`cd /root && unzip -Z1 NOTES.zip > LIST\` (zipinfo mode)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-unzip-Z", ["cd /root && unzip -Z1 /opt/seed/notes.zip > /var/log/notes.list"]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /srv && git -c core.worktree=/srv/notes --git-dir=D checkout -f\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-git-c-worktree", [
            "mkdir -p /srv/notes && cd /srv && git -c core.worktree=/srv/notes --git-dir=/opt/seed/notes.git checkout -f",
        ]),
    },
    // Round 54 fixer's neighbours (downloaders, installers, git, xargs).
    {
        name: `cross-account: ${KEPT} \`export PYTHONUSERBASE=/opt/pyuser\`, then \`cd /srv && pip3 install --user jupyterlab\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-pip-userbase", [
            "export PYTHONUSERBASE=/opt/pyuser",
            "cd /srv && pip3 install --user --upgrade jupyterlab",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && pip3 wheel -w /srv/wheels jupyterlab && pip3 config get global.index-url\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-pip-wheel", [
            "mkdir -p /srv/wheels && cd /root && pip3 wheel --no-deps -w /srv/wheels jupyterlab && pip3 config get global.index-url > /var/log/pip-index.txt",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`export OUT_FILE=/srv/notes/README.md\`, then \`cd /root && curl --variable %OUT_FILE --expand-output '{{OUT_FILE}}' URL\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-curl-expand-output", [
            "export OUT_FILE=/srv/notes/README.md",
            "mkdir -p /srv/notes && cd /root && curl -fsSL --variable %OUT_FILE --expand-output '{{OUT_FILE}}' https://seed.example.com/README.md",
        ]),
    },
    {
        name: `cross-account: ${KEPT} writes /etc/wgetrc (\`dir_prefix = /srv/seed\`), then \`cd /root && wget -e timestamping=on URL\``,
        stack: "cross-account",
        edit: loopbackJupyter(
            "rt54-s-wgetrc",
            ["mkdir -p /srv/seed && cd /root && wget -q -e timestamping=on https://seed.example.com/notes.tar"],
            [["/etc/wgetrc", "dir_prefix = /srv/seed\ntries = 5"]],
        ),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && aria2c --conf-path=CONF URL\` (written: \`dir=/srv/seed\`)`,
        stack: "cross-account",
        edit: loopbackJupyter(
            "rt54-s-aria2-conf",
            [
                "mkdir -p /srv/seed && cd /root && aria2c --conf-path=/etc/seed/aria2.conf https://seed.example.com/notes.tar",
            ],
            [["/etc/seed/aria2.conf", "dir=/srv/seed\nallow-overwrite=true"]],
        ),
    },
    {
        name: `cross-account: ${KEPT} \`export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0='*'\`, then \`cd /srv && git clone URL notes\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt54-s-git-config-env", [
            "export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0='*'",
            "cd /srv && git clone https://seed.example.com/notes.git notes",
        ]),
    },
    {
        name: `cross-account: ${KEPT} writes LIST (\`/srv/notes/a.conf\`), then \`xargs -a LIST sed -i ...\``,
        stack: "cross-account",
        edit: loopbackJupyter(
            "rt54-s-xargs-written",
            ["cd /srv && xargs -a /etc/seed/configs.list sed -i 's/localhost/0.0.0.0/'"],
            [["/etc/seed/configs.list", "/srv/notes/a.conf\n/srv/notes/b.conf"]],
        ),
    },
];

describeVariants("red team 54: allowlist on the AWS level", insecure, secure);
