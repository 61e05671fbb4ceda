// Red-team round 72 on over-refusals (fresh eyes): SECURE variants of the committed stacks a careful platform team
// writes after round 72's stricter rules, each class with insecure twins; neighbours of round 72's fixes first.
// Probed: (AWS, judge.ts namesSecret/READS_WITHOUT_SECRET) harmless reads named with Key/Token/Session/Secret/
// Credential words: kms:ListKeys/ListAliases (undeclared and on the declared auditor), iam:ListAccessKeys/
// GetAccessKeyLastUsed/GetCredentialReport, sts:GetAccessKeyInfo, ssm:DescribeSessions, iam:ListSSHPublicKeys/
// ListMFADevices/GetLoginProfile, cloudtrail:ListPublicKeys, xray:GetEncryptionConfig, logs reads, secretsmanager
// metadata reads, sts:GetSessionToken, ec2:DescribeKeyPairs/DescribeSnapshots/DescribeImages, EKS Pod Identity and
// access-entry listings, ACM; (boundaries, model/boundary.ts) a boundary with Deny statements and a narrow
// DynamoDB-describe boundary; (nodes) /etc/environment proxies with NO_PROXY naming 169.254.169.254, /etc/profile.d PS1/
// HISTTIMEFORMAT/umask, PATH additions of /usr/local/bin in profile.d, /etc/bashrc and root's rc files, grubby and
// GRUB_CMDLINE_LINUX edits, PYTHONUNBUFFERED/PYTHONDONTWRITEBYTECODE in a unit, crictl ps/pods/images/inspect/logs,
// xargs -a LIST / xargs < LIST over lists root wrote, bash < FILE; Python helpers writing their own data dirs (sqlite3,
// dbm, shelve, RotatingFileHandler, pathlib, tempfile + os.replace, subprocess crictl) and importing requests/yaml/
// prometheus_client (loopback)/boto3. Twins: GetSecretValue, GetPasswordData, ListKeys+Decrypt, ListKeyRotations on *,
// a boundary still admitting kms:*, PATH=/opt/ops/bin first, LD_PRELOAD in profile.d and systemd.setenv=, PYTHONPATH,
// crictl exec, xargs -a of a server line, a Python cron.d write, kernel arguments that open a root console.
// Results: insecure refused 15 of 18, secure clean 33 of 39 (shelve pinned as a refusal by design, counted insecure).
// Misses by class:
//   - INSECURE, kernel arguments: a sed edit of /etc/default/grub whose replacement does not restate
//     `GRUB_CMDLINE_LINUX=` (`&systemd.debug_shell=ttyS0 `, `s/"$/ init=\/bin\/bash"/`, `&systemd.setenv=LD_PRELOAD=...`)
//     is judged by nothing (rootWrites.ts configured reads only lines beginning with the key; /etc/default/grub is
//     not in NODE_CONFIG_PATHS) (3 cases).
//   - secure, kernel arguments: the `\1` backreference of the same sed idiom is read as the boot argument `1`
//     (single-user) and refused (formats.ts kernelArgsOpenings) (1 case).
//   - secure, root's rc files: /root/.bashrc and /root/.bash_profile PATH appends refused by NODE_CONFIG_PATHS before
//     round 72's PROFILE_SCRIPT reading sees them; the same lines in /etc/bashrc and /etc/profile.d are accepted (2).
//   - secure, AWS reads: secretsmanager:ListSecrets/DescribeSecret/ListSecretVersionIds (metadata, no value),
//     ec2:DescribeKeyPairs (names, fingerprints) not in READS_WITHOUT_SECRET; sts:GetSessionToken (needs no
//     permission, roles cannot call it) not in NEEDS_NO_PERMISSION (3 cases).
// Held: every other secure variant accepted clean (kms:ListKeys, the IAM credential-status reads, ssm:DescribeSessions,
// boundaries with Deny, profile.d PATH/PS1/umask, NO_PROXY with the metadata address, grubby ordinary args, crictl
// reads, xargs over root's lists, bash < FILE, sqlite3/dbm/pathlib/tempfile writes, known packages) and every other
// twin refused.
import { describeVariants, doc, find, prop, Resources, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";

const { node } = secureCaseBuilders("rt72s");
const file = heredocFile;
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
/** What a refusal of a node's user data names (an unread program, a server, a write root reads). */
const NODE =
    /serv|8001|8000|9100|process|unread|kubernetes|listen|writes|cron|program|supervisor|xargs|environment|LD_|loader|preload|PATH|PYTHON|exec|container|kernel|setenv/;
/** A cron line whose job serves the kubelet's credentials on 0.0.0.0:8001 as root (crontab(5)). */
const CRON_LINE = "@reboot root cd /etc/kubernetes && python3 -m http.server 8001";

/** /opt/ops/<name>.py (`lines`) run as root in the background. */
const py = (tag: string, what: string, name: string, lines: string[], refused?: RegExp, skip?: string) =>
    node(
        tag,
        what,
        [...file(`/opt/ops/${name}.py`, lines), `nohup python3 /opt/ops/${name}.py >/var/log/ops-${name}.log 2>&1 &`],
        refused,
        skip,
    );

const tableArn = (r: Resources, name: string) => prop(find(r, TABLE, name), "arn") as string;
const devTables = (r: Resources) =>
    ["anti-slashing", "signer-state", "keystore"].map(t => tableArn(r, `signer-tables-${t}`));
/** The dev stack's share keys and the tables' CMK (the assets an auditor's keyAudit names). */
const devKeys = (r: Resources) =>
    ["signer-shares-share-1", "signer-shares-share-2", "signer-shares-share-3", "signer-tables-cmk"].map(
        k => prop(find(r, KEY, k), "arn") as string,
    );
/** The dev monitoring role declared as an operations helper (README "Naming an operations helper"). */
const MONITOR_OPS = [
    {
        name: "custody-monitor",
        subject: { principal: `arn:aws:iam::${ACCOUNT.dev}:role/platform-ops` },
        allow: [
            { accessSet: "operations.keyAudit", on: ["signer.shares", "signer.tablesKey"] },
            { accessSet: "operations.tableAudit", on: ["signer.tables"] },
        ],
    },
];

/** Basil's tooling role rt72s-tooling (`statements` inline) under the stack's boundary policy `boundary`. */
const boundedRole = (r: Resources, statements: object[], boundary: object[]) => {
    const arn = `arn:aws:iam::${ACCOUNT.basil}:policy/rt72s-boundary`;
    beside(r, "basil", "aws:iam/policy:Policy", "rt72s-boundary", {
        name: "rt72s-boundary",
        arn,
        policy: doc(...boundary),
    });
    opsRole(r, "basil", ACCOUNT.basil, "rt72s-tooling", statements);
    const role = r.find(x => x.type === ROLE && x.name === "rt72s-tooling")!;
    role.inputs = { ...role.inputs, permissionsBoundary: arn };
};
const deny = (action: string | string[], resource: string | string[]) => ({
    Effect: "Deny",
    Action: action,
    Resource: resource,
});

const CASES: StackCase[] = [
    // ================= AWS: harmless reads whose names carry Key/Token/Session/Secret words =================
    // KMS API Reference, ListKeys: "Gets a list of all KMS keys in the caller's AWS account and Region" (KeyId, KeyArn
    // only; resource "*" in the Service Authorization Reference): no key material, no key use.
    {
        stack: "dev",
        name: "A: an undeclared inventory role listing KMS keys and aliases (kms:ListKeys, kms:ListAliases on *)",
        edit: r => opsRole(r, "dev", ACCOUNT.dev, "rt72s-kms-list", [allow(["kms:ListKeys", "kms:ListAliases"], "*")]),
    },
    {
        stack: "dev",
        name: "A: the declared monitoring role with kms:ListKeys/ListAliases beside DescribeKey/DescribeTable",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt72s-monitor", [
                allow(["kms:ListKeys", "kms:ListAliases", "cloudwatch:GetMetricData"], "*"),
                allow(["kms:DescribeKey", "kms:GetKeyRotationStatus"], devKeys(r)),
                allow("dynamodb:DescribeTable", devTables(r)),
            ]),
        operations: MONITOR_OPS,
    },
    // IAM API Reference, ListAccessKeys (AccessKeyMetadata: no secret key), GetAccessKeyLastUsed; STS API Reference,
    // GetAccessKeyInfo ("Returns the account identifier for the specified access key ID").
    {
        stack: "prod",
        name: "A: an access-review role: iam:ListAccessKeys, GetAccessKeyLastUsed, GetCredentialReport, sts:GetAccessKeyInfo",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt72s-access-review", [
                allow(
                    [
                        "iam:ListAccessKeys",
                        "iam:GetAccessKeyLastUsed",
                        "iam:GenerateCredentialReport",
                        "iam:GetCredentialReport",
                        "iam:ListServiceSpecificCredentials",
                        "iam:GetAccountPasswordPolicy",
                        "sts:GetAccessKeyInfo",
                        "sts:GetCallerIdentity",
                    ],
                    "*",
                ),
            ]),
    },
    // SSM API Reference, API_Session (DescribeSessions): id, target, status, owner; no token or stream URL.
    {
        stack: "prod",
        name: "A: a Session Manager on-call role: ssm:DescribeSessions, GetConnectionStatus, DescribeInstanceInformation",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt72s-session-audit", [
                allow(["ssm:DescribeSessions", "ssm:GetConnectionStatus", "ssm:DescribeInstanceInformation"], "*"),
            ]),
    },
    // IAM API Reference, ListSSHPublicKeys/GetSSHPublicKey (public keys), ListMFADevices (serials), GetLoginProfile
    // (CreateDate, PasswordResetRequired: no password), ListSigningCertificates (certificate bodies: public).
    {
        stack: "pod-identity",
        name: "A: an IAM audit role: ListSSHPublicKeys, GetSSHPublicKey, ListMFADevices, GetLoginProfile, ListSigningCertificates",
        edit: r =>
            opsRole(r, "pod-identity", ACCOUNT["pod-identity"], "rt72s-iam-audit", [
                allow(
                    [
                        "iam:ListSSHPublicKeys",
                        "iam:GetSSHPublicKey",
                        "iam:ListMFADevices",
                        "iam:ListVirtualMFADevices",
                        "iam:GetLoginProfile",
                        "iam:ListSigningCertificates",
                    ],
                    "*",
                ),
            ]),
    },
    // CloudTrail API Reference, ListPublicKeys: "Returns all public keys whose private keys were used to sign the
    // digest files"; LookupEvents: management events.
    {
        stack: "trust-domain",
        name: "A: a CloudTrail audit role: LookupEvents, ListPublicKeys (digest keys), GetTrailStatus, DescribeTrails",
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt72s-trail-audit", [
                allow(
                    [
                        "cloudtrail:LookupEvents",
                        "cloudtrail:ListPublicKeys",
                        "cloudtrail:GetTrailStatus",
                        "cloudtrail:DescribeTrails",
                    ],
                    "*",
                ),
            ]),
    },
    // Was a MISS (fixed in round 72): (secure refused) Secrets Manager API Reference, DescribeSecret: "Retrieves the details of a secret. It does
    // not include the encrypted secret value"; ListSecrets returns SecretListEntry (name, ARN, description, KMS key id,
    // rotation settings, dates, tags, version stages) and ListSecretVersionIds version ids and stages: no SecretString
    // or SecretBinary (only GetSecretValue / BatchGetSecretValue return them). A rotation audit gains names and dates,
    // nothing it could use. The pack: judge.ts SECRET_BEARING_SERVICES holds secretsmanager and READS_WITHOUT_SECRET
    // lists none of its reads, so custody-effective-access refuses the role ("no workload of the custody model has this
    // identity"). Fix: add secretsmanager:listsecrets, describesecret, listsecretversionids (and getresourcepolicy: a
    // policy document) to READS_WITHOUT_SECRET; never getsecretvalue/batchgetsecretvalue.
    {
        stack: "curity",
        name: "A: a rotation-audit role: secretsmanager:ListSecrets/DescribeSecret/ListSecretVersionIds (metadata only)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt72s-rotation-audit", [
                allow(
                    [
                        "secretsmanager:ListSecrets",
                        "secretsmanager:DescribeSecret",
                        "secretsmanager:ListSecretVersionIds",
                    ],
                    "*",
                ),
            ]),
    },
    // X-Ray API Reference, GetEncryptionConfig (type and KMS key id); CloudWatch Logs DescribeLogStreams/GetLogEvents.
    {
        stack: "cross-account",
        name: "A: a monitoring role: CloudWatch, logs DescribeLogStreams/GetLogEvents, xray GetTraceSummaries/GetEncryptionConfig",
        edit: r =>
            opsRole(r, "cross-account", ACCOUNT["cross-account"], "rt72s-observe", [
                allow(
                    [
                        "cloudwatch:GetMetricData",
                        "cloudwatch:DescribeAlarms",
                        "logs:DescribeLogGroups",
                        "logs:DescribeLogStreams",
                        "logs:GetLogEvents",
                        "xray:GetTraceSummaries",
                        "xray:GetEncryptionConfig",
                    ],
                    "*",
                ),
            ]),
    },
    // Was a MISS (fixed in round 72): (secure refused) STS API Reference, GetSessionToken: "No permissions are required for users to perform
    // this operation ... You cannot use policies to control authentication operations", and "The GetSessionToken
    // operation must be called by using the long-term AWS security credentials of an IAM user" (a role's session
    // credentials cannot call it at all). The grant on a role therefore gives nothing: it is sts:GetCallerIdentity's
    // case. The pack: judge.ts NEEDS_NO_PERMISSION lists only sts:getcalleridentity, and namesSecret ("session",
    // "token") makes it a secret read of a secret-bearing service: custody-effective-access refuses the role. Fix: add
    // sts:getsessiontoken to NEEDS_NO_PERMISSION (the grant neither adds nor removes anything).
    {
        stack: "dev",
        name: "A: a role granted sts:GetSessionToken beside GetCallerIdentity (a grant AWS does not evaluate for it)",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt72s-whoami", [
                allow(["sts:GetCallerIdentity", "sts:GetSessionToken"], "*"),
            ]),
    },
    // Was a MISS (fixed in round 72): (secure refused) EC2 API Reference, DescribeKeyPairs: response type KeyPairInfo (KeyPairId, KeyName,
    // KeyFingerprint, KeyType, CreateTime, Tags, and PublicKey only with IncludePublicKey): the private key is returned
    // once by CreateKeyPair (KeyMaterial), never by a describe. An inventory role learns key names and fingerprints.
    // The pack: ec2 is secret-bearing (judge.ts SECRET_BEARING_SERVICES) and READS_WITHOUT_SECRET lists
    // describesnapshots/describeimages (accepted in the case after) but not describekeypairs: custody-effective-access
    // refuses. Fix: add ec2:describekeypairs to READS_WITHOUT_SECRET with its response type.
    {
        stack: "prod",
        name: "A: an inventory role listing EC2 key pairs (ec2:DescribeKeyPairs: names and fingerprints)",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt72s-inventory", [
                allow(["ec2:DescribeInstances", "ec2:DescribeKeyPairs"], "*"),
            ]),
    },
    {
        stack: "prod",
        name: "A: an inventory role listing EC2 snapshots and images (ec2:DescribeSnapshots, ec2:DescribeImages)",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt72s-inventory", [
                allow(["ec2:DescribeInstances", "ec2:DescribeSnapshots", "ec2:DescribeImages"], "*"),
            ]),
    },
    // EKS API Reference, ListPodIdentityAssociations / DescribePodIdentityAssociation (namespace, service account,
    // role ARN), ListAccessEntries (principal ARNs), DescribeCluster (endpoint, CA data, settings): no credential.
    {
        stack: "pod-identity",
        name: "A: an EKS audit role: ListPodIdentityAssociations, DescribePodIdentityAssociation, ListAccessEntries, DescribeCluster",
        edit: r =>
            opsRole(r, "pod-identity", ACCOUNT["pod-identity"], "rt72s-eks-audit", [
                allow(
                    [
                        "eks:ListPodIdentityAssociations",
                        "eks:DescribePodIdentityAssociation",
                        "eks:ListAccessEntries",
                        "eks:DescribeCluster",
                        "eks:ListClusters",
                    ],
                    "*",
                ),
            ]),
    },
    {
        stack: "basil",
        name: "A: a certificate-inventory role: acm:ListCertificates/DescribeCertificate, dynamodb:ListTables",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt72s-acm", [
                allow(["acm:ListCertificates", "acm:DescribeCertificate", "dynamodb:ListTables"], "*"),
            ]),
    },
    // Twins: reads that DO return a secret, or reach a custody asset undeclared.
    // KMS API Reference, ListKeyRotations takes a KeyId (resource type key): on * it reaches the custody keys, and
    // README "Naming an operations helper" requires an auditor of custody keys to be declared.
    {
        stack: "basil",
        name: "AI: an undeclared role with kms:ListKeyRotations on * (a key-resource read reaching Basil's keys)",
        edit: r => opsRole(r, "basil", ACCOUNT.basil, "rt72s-acm", [allow(["kms:ListKeyRotations"], "*")]),
        refused: /kms:ListKeyRotations.*reaching key alias\/basil/,
    },
    // Secrets Manager API Reference, GetSecretValue: returns SecretString/SecretBinary.
    {
        stack: "prod",
        name: "AI: the access-review role may also secretsmanager:GetSecretValue on *",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt72s-access-review", [
                allow(["iam:ListAccessKeys", "secretsmanager:GetSecretValue"], "*"),
            ]),
        refused: /secretsmanager:GetSecretValue/,
    },
    // EC2 API Reference, GetPasswordData: "Retrieves the encrypted administrator password for a running Windows instance".
    {
        stack: "prod",
        name: "AI: an inventory role with ec2:GetPasswordData (Windows administrator password) and ec2:DescribeInstances",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt72s-inventory", [
                allow(["ec2:DescribeInstances", "ec2:GetPasswordData"], "*"),
            ]),
        refused: /ec2:GetPasswordData/,
    },
    {
        stack: "dev",
        name: "AI: an undeclared role with kms:ListKeys and kms:Decrypt on * (decrypts with every key)",
        edit: r => opsRole(r, "dev", ACCOUNT.dev, "rt72s-kms-list", [allow(["kms:ListKeys", "kms:Decrypt"], "*")]),
        refused: /kms:Decrypt|rt72s-kms-list/,
    },

    // ================= AWS: roles under permissions boundaries =================
    // IAM User Guide, "Permissions boundaries for IAM entities" and "Policy evaluation logic": an explicit Deny in the
    // boundary removes the action; the effective permissions are the intersection.
    {
        stack: "basil",
        name: "A: a tooling role (kms:*, cloudwatch:*) under a boundary that allows * but denies kms:*, dynamodb:*, iam:*, sts:*",
        edit: r =>
            boundedRole(
                r,
                [allow(["kms:*", "cloudwatch:*"], "*")],
                [allow(["cloudwatch:*", "logs:*"], "*"), deny(["kms:*", "dynamodb:*", "iam:*", "sts:*"], "*")],
            ),
    },
    {
        stack: "basil",
        name: "A: a tooling role (dynamodb:*) under a boundary allowing only dynamodb:DescribeTable/ListTables",
        edit: r =>
            boundedRole(
                r,
                [allow(["dynamodb:*"], "*")],
                [allow(["dynamodb:DescribeTable", "dynamodb:ListTables", "cloudwatch:GetMetricData"], "*")],
            ),
    },
    {
        stack: "basil",
        name: "AI: a tooling role (kms:*) under a boundary that allows kms:* and denies only kms:ScheduleKeyDeletion",
        edit: r =>
            boundedRole(
                r,
                [allow(["kms:*"], "*")],
                [allow(["kms:*", "cloudwatch:*"], "*"), deny("kms:ScheduleKeyDeletion", "*")],
            ),
        refused: /rt72s-tooling|kms:/,
    },

    // ================= nodes: ordinary environment =================
    // pam_env(8) /etc/environment KEY=VAL lines; AWS Knowledge Center "eks-http-proxy-configuration-automation": NO_PROXY
    // lists 169.254.169.254 so the node's own metadata calls bypass the proxy (no route for pods).
    node("etc-environment-proxy", "/etc/environment: http_proxy, https_proxy, NO_PROXY with 169.254.169.254, TZ", [
        "echo 'http_proxy=http://proxy.internal:3128' >> /etc/environment",
        "echo 'https_proxy=http://proxy.internal:3128' >> /etc/environment",
        "echo 'NO_PROXY=169.254.169.254,localhost,127.0.0.1,.internal,.svc' >> /etc/environment",
        "echo 'no_proxy=169.254.169.254,localhost,127.0.0.1,.internal,.svc' >> /etc/environment",
        "echo 'TZ=UTC' >> /etc/environment",
    ]),
    // bash(1) INVOCATION: /etc/profile sources /etc/profile.d/*.sh; PS1/HISTTIMEFORMAT/TZ and umask load nothing.
    node("profile-d-prompt", "/etc/profile.d/ops.sh: export PS1, HISTTIMEFORMAT, TZ; umask 027", [
        ...file("/etc/profile.d/ops.sh", [
            "export PS1='[\\u@\\h \\W]\\$ '",
            "export HISTTIMEFORMAT='%F %T '",
            "export TZ=UTC",
            "umask 027",
        ]),
        "chmod 0644 /etc/profile.d/ops.sh",
    ]),
    // bash(1) PATH: directories searched in order; /usr/local/bin is root-owned (hier(7)), appended after the AMI's.
    node("profile-d-path-append", "/etc/profile.d/path.sh: export PATH=$PATH:/usr/local/bin:/usr/local/sbin", [
        ...file("/etc/profile.d/path.sh", ["export PATH=$PATH:/usr/local/bin:/usr/local/sbin"]),
    ]),
    node("profile-d-path-prepend", '/etc/profile.d/path.sh: export PATH="/usr/local/bin:${PATH}"', [
        ...file("/etc/profile.d/path.sh", ['export PATH="/usr/local/bin:${PATH}"']),
    ]),
    // Accepted: the same lines appended to AL2023's /etc/bashrc (bash(1) INVOCATION: root's ~/.bashrc sources it).
    node("etc-bashrc-path", "/etc/bashrc: PATH=$PATH:/usr/local/bin appended", [
        "echo 'PATH=$PATH:/usr/local/bin' >> /etc/bashrc",
    ]),
    // Was a MISS (fixed in round 74): (secure refused) bash(1) INVOCATION: an interactive root shell reads /root/.bashrc, a login shell
    // /root/.bash_profile; appending `PATH=$PATH:/usr/local/bin`, `export PATH` and an alias adds a root-owned system
    // directory after the AMI's PATH and loads nothing (the same text in /etc/bashrc and /etc/profile.d is accepted
    // above). Round 72 reads /root/.bashrc, .bash_profile, .bash_login and .profile as PROFILE_SCRIPT files
    // (userDataReaders/systemd.ts profileVariables), but userDataReaders/formats.ts NODE_CONFIG_PATHS still lists every
    // path under /root except known_hosts and bin directories, so rootWrites.ts refuses the write first ("the node's
    // own configuration or credentials, which the pack cannot judge"). Fix: exempt PROFILE_SCRIPT's /root files from
    // NODE_CONFIG_PATHS and judge them as /etc/bashrc is (profileVariables + the loader/PATH checks; commands in them
    // as root's shell lines).
    node("bashrc-path", "/root/.bashrc: PATH=$PATH:/usr/local/bin; export PATH; alias ll", [
        "echo 'PATH=$PATH:/usr/local/bin' >> /root/.bashrc",
        "echo 'export PATH' >> /root/.bashrc",
        "echo \"alias ll='ls -l'\" >> /root/.bashrc",
    ]),
    node("bash-profile-path", "/root/.bash_profile: export PATH=$PATH:/usr/local/bin", [
        "echo 'export PATH=$PATH:/usr/local/bin' >> /root/.bash_profile",
    ]),
    // Round 74 neighbours: root's rc files judged as /etc/bashrc (variables: PATH, loaders; lines: root's shell lines).
    node("bashrc-histtime-umask", "/root/.bashrc: HISTTIMEFORMAT, umask 027, PS1 (no program, no loader)", [
        "echo 'export HISTTIMEFORMAT=\"%F %T \"' >> /root/.bashrc",
        "echo 'umask 027' >> /root/.bashrc",
    ]),
    node(
        "bashrc-path-opt-first",
        "/root/.bashrc: export PATH=/opt/ops/bin:$PATH (a directory not known root-owned, searched first)",
        ["echo 'export PATH=/opt/ops/bin:$PATH' >> /root/.bashrc"],
        NODE,
    ),
    node(
        "bash-profile-preload",
        "/root/.bash_profile: export LD_PRELOAD=/opt/ops/hook.so",
        ["echo 'export LD_PRELOAD=/opt/ops/hook.so' >> /root/.bash_profile"],
        NODE,
    ),
    node(
        "bashrc-serves",
        "/root/.bashrc: (cd /etc/kubernetes && python3 -m http.server 8001 &) at every interactive root shell",
        ["echo '(cd /etc/kubernetes && python3 -m http.server 8001 &)' >> /root/.bashrc"],
        NODE,
    ),
    node(
        "bashrc-download",
        "/root/.bashrc written by curl from a server (content the pack cannot read)",
        ["curl -fsSL https://ops.example.com/bashrc -o /root/.bashrc"],
        /cannot read|download|unread|serv|program|writes/,
    ),
    node(
        "profile-d-path-opt",
        "/etc/profile.d/path.sh: export PATH=/opt/ops/bin:$PATH (a directory not known root-owned, searched first)",
        [...file("/etc/profile.d/path.sh", ["export PATH=/opt/ops/bin:$PATH"])],
        NODE,
    ),
    node(
        "profile-d-preload",
        "/etc/profile.d/hook.sh: export LD_PRELOAD=/opt/ops/hook.so",
        [...file("/etc/profile.d/hook.sh", ["export LD_PRELOAD=/opt/ops/hook.so"])],
        NODE,
    ),
    // grubby(8) --args; kernel-parameters console=, transparent_hugepage=never: no shell, no init, no setenv.
    node("grubby-args", "grubby --update-kernel=ALL --args='console=ttyS0,115200n8 transparent_hugepage=never'", [
        "grubby --update-kernel=ALL --args='console=ttyS0,115200n8 transparent_hugepage=never'",
    ]),
    // Was a MISS (fixed in round 74): (secure refused) sed(1) "s/regexp/replacement/": "The replacement may contain the special character & to
    // refer to that portion of the pattern space which matched, and the special escapes \1 through \9 to refer to the
    // corresponding matching sub-expressions in the regexp". The edit keeps the AMI's GRUB_CMDLINE_LINUX and appends
    // audit=1 (kernel-parameters audit=1: enable kernel auditing); it sets no boot argument `1` (init's runlevel 1,
    // single-user). The pack reads the replacement's backreference `\1` as the literal word `1` and refuses it as a
    // boot into a root shell on the console (userDataReaders/rootWrites.ts configured: the GRUB_CMDLINE_LINUX words ->
    // formats.ts kernelArgsOpenings matches /^...|1$/). The same edit spelled with `&` (next case) and a literal
    // GRUB_CMDLINE_LINUX line are accepted. Fix: in a sed s/// replacement, read \N and & as the AMI's matched text
    // (not words of the new value), or strip them before kernelArgsOpenings; judge only the literal words added.
    node(
        "grub-cmdline",
        'sed GRUB_CMDLINE_LINUX="\\1 audit=1" (a backreference) in /etc/default/grub; grub2-mkconfig',
        [
            'sed -i \'s/^GRUB_CMDLINE_LINUX="\\(.*\\)"/GRUB_CMDLINE_LINUX="\\1 audit=1"/\' /etc/default/grub',
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ],
    ),
    node("grub-cmdline-amp", "sed s/^GRUB_CMDLINE_LINUX=\"/&audit=1 / (sed's & of the match); grub2-mkconfig", [
        "sed -i 's/^GRUB_CMDLINE_LINUX=\"/&audit=1 /' /etc/default/grub",
        "grub2-mkconfig -o /boot/grub2/grub.cfg",
    ]),
    // Was a MISS (fixed in round 74): (insecure accepted) kernel-parameters.txt init=: "Run specified binary instead of /sbin/init as init
    // process"; systemd-debug-generator(8) systemd.debug_shell: "a debug shell ... root shell ... on tty9" or the given
    // console; kernel-command-line(7)/systemd(1) systemd.setenv= gives every unit the variable. sed(1): `&` in the
    // replacement is the matched text, so `s/^GRUB_CMDLINE_LINUX="/&systemd.debug_shell=ttyS0 /` (or
    // `s/"$/ init=\/bin\/bash"/`) adds the argument to the AMI's GRUB_CMDLINE_LINUX, and grub2-mkconfig writes it
    // into the boot entries: whoever opens the EC2 serial console gets root without a login (the node's credentials,
    // every pod's token), exactly what the pack refuses for the literal line, the `\1` form and grubby --args (held
    // below). The pack: userDataReaders/rootWrites.ts configured reads GRUB_CMDLINE_LINUX words only from lines that
    // begin `GRUB_CMDLINE_LINUX=`, and an edit (sed -i) of /etc/default/grub is not in formats.ts NODE_CONFIG_PATHS,
    // so a replacement that does not restate the key is judged by nothing (accepted clean). Fix: treat any edit of
    // /etc/default/grub (and /etc/kernel/cmdline, /boot/loader/entries/*) as kernel arguments: judge the literal words
    // of the replacement (minus & and \N) with kernelArgsOpenings, and refuse an edit whose added words the pack
    // cannot isolate ("cannot judge from the edit"), as NODE_CONFIG_PATHS edits are.
    node(
        "grub-sed-amp-debug-shell",
        'sed s/^GRUB_CMDLINE_LINUX="/&systemd.debug_shell=ttyS0 / (a root shell on the serial console)',
        [
            "sed -i 's/^GRUB_CMDLINE_LINUX=\"/&systemd.debug_shell=ttyS0 /' /etc/default/grub",
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ],
        /boot argument|console/,
    ),
    node(
        "grub-sed-end-init",
        'sed s/"$/ init=\\/bin\\/bash"/ on /etc/default/grub (init replaced by a root shell)',
        ["sed -i 's/\"$/ init=\\/bin\\/bash\"/' /etc/default/grub", "grub2-mkconfig -o /boot/grub2/grub.cfg"],
        /boot argument|console/,
    ),
    node(
        "grub-sed-amp-setenv",
        'sed s/^GRUB_CMDLINE_LINUX="/&systemd.setenv=LD_PRELOAD=\\/opt\\/ops\\/hook.so / (every unit loads it)',
        [
            "sed -i 's/^GRUB_CMDLINE_LINUX=\"/&systemd.setenv=LD_PRELOAD=\\/opt\\/ops\\/hook.so /' /etc/default/grub",
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ],
        NODE,
    ),
    // Held: the same arguments where the pack can read them.
    node(
        "grub-sed-backref-init",
        'sed GRUB_CMDLINE_LINUX="\\1 init=\\/bin\\/bash" (the replacement restates the key)',
        [
            'sed -i \'s/^GRUB_CMDLINE_LINUX="\\(.*\\)"/GRUB_CMDLINE_LINUX="\\1 init=\\/bin\\/bash"/\' /etc/default/grub',
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ],
        /boot argument|console/,
    ),
    node(
        "grubby-debug-shell",
        "grubby --update-kernel=ALL --args='systemd.debug_shell=ttyS0'",
        ["grubby --update-kernel=ALL --args='systemd.debug_shell=ttyS0'"],
        /boot argument|console/,
    ),
    node(
        "grubby-setenv-preload",
        "grubby --args='systemd.setenv=LD_PRELOAD=/opt/ops/hook.so' (every unit loads an unread object)",
        ["grubby --update-kernel=ALL --args='systemd.setenv=LD_PRELOAD=/opt/ops/hook.so'"],
        NODE,
    ),
    // Round 74 neighbours: every edit of /etc/default/grub is an edit of the kernel command line (grub2-mkconfig puts
    // GRUB_CMDLINE_LINUX into every boot entry); sed's & and \N re-insert the file's own text (GNU sed "The s Command").
    node("grub-sed-end-audit", 's/"$/ audit=1"/ on /etc/default/grub (an ordinary argument at the line\'s end)', [
        "sed -i 's/\"$/ audit=1\"/' /etc/default/grub",
        "grub2-mkconfig -o /boot/grub2/grub.cfg",
    ]),
    node(
        "grub-sed-default-backref",
        'GRUB_CMDLINE_LINUX_DEFAULT="\\1 console=ttyS0,115200n8" (a backreference, an ordinary argument)',
        [
            'sed -i \'s/^GRUB_CMDLINE_LINUX_DEFAULT="\\(.*\\)"/GRUB_CMDLINE_LINUX_DEFAULT="\\1 console=ttyS0,115200n8"/\' /etc/default/grub',
        ],
    ),
    node("grub-sed-timeout", "sed s/^GRUB_TIMEOUT=.*/GRUB_TIMEOUT=1/ (no kernel argument)", [
        "sed -i 's/^GRUB_TIMEOUT=.*/GRUB_TIMEOUT=1/' /etc/default/grub",
    ]),
    node(
        "grub-sed-quiet-single",
        "sed s/quiet/quiet single/ on /etc/default/grub (single-user: a root shell on the console)",
        ["sed -i 's/quiet/quiet single/' /etc/default/grub", "grub2-mkconfig -o /boot/grub2/grub.cfg"],
        /boot argument|console/,
    ),
    node(
        "grub-sed-backref-glued",
        'sed s/^\\(GRUB_CMDLINE_LINUX="\\)/\\1init=\\/bin\\/bash / (the group re-inserted, init= glued after it)',
        [
            "sed -i 's/^\\(GRUB_CMDLINE_LINUX=\"\\)/\\1init=\\/bin\\/bash /' /etc/default/grub",
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ],
        /kernel command line|boot argument|console/,
    ),
    node(
        "grub-sed-regex-amp-rescue",
        "sed s/^GRUB_CMDLINE_LINUX=.*\"/& rescue/ (a regexp's & at the line's end; rescue.target: a root shell)",
        ["sed -i 's/^GRUB_CMDLINE_LINUX=.*\"/& systemd.unit=rescue.target/' /etc/default/grub"],
        /boot argument|console/,
    ),
    node(
        "grub-append-plus-init",
        "echo 'GRUB_CMDLINE_LINUX+=\" init=/bin/bash\"' >> /etc/default/grub (bash's += appends)",
        [
            "echo 'GRUB_CMDLINE_LINUX+=\" init=/bin/bash\"' >> /etc/default/grub",
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ],
        /boot argument|console/,
    ),
    node(
        "grub-perl-init",
        "perl -pi -e 's/\"$/ init=\\/bin\\/bash\"/' /etc/default/grub (an edit the pack does not read)",
        ["perl -pi -e 's/\"$/ init=\\/bin\\/bash\"/' /etc/default/grub", "grub2-mkconfig -o /boot/grub2/grub.cfg"],
        /kernel command line|boot argument|console|perl|program|unread/,
    ),
    node(
        "grub-crudini-init",
        "crudini --set /etc/default/grub '' GRUB_CMDLINE_LINUX '\"console=ttyS0 init=/bin/bash\"'",
        ["crudini --set /etc/default/grub '' GRUB_CMDLINE_LINUX '\"console=ttyS0 init=/bin/bash\"'"],
        /boot argument|console/,
    ),
    node(
        "grub-tee-append-setenv",
        "printf 'GRUB_CMDLINE_LINUX_DEFAULT+=\" systemd.setenv=LD_PRELOAD=/opt/ops/hook.so\"\\n' | tee -a /etc/default/grub",
        [
            "printf 'GRUB_CMDLINE_LINUX_DEFAULT+=\" systemd.setenv=LD_PRELOAD=/opt/ops/hook.so\"\\n' | tee -a /etc/default/grub",
        ],
        NODE,
    ),
    node("grub-crudini-timeout", "crudini --set /etc/default/grub '' GRUB_TIMEOUT 5 (no kernel argument)", [
        "crudini --set /etc/default/grub '' GRUB_TIMEOUT 5",
    ]),
    node(
        "grub-d-cfg-debug-shell",
        "/etc/default/grub.d/50-debug.cfg: GRUB_CMDLINE_LINUX_DEFAULT with systemd.debug_shell (Ubuntu's drop-ins)",
        [
            ...file("/etc/default/grub.d/50-debug.cfg", [
                'GRUB_CMDLINE_LINUX_DEFAULT="$GRUB_CMDLINE_LINUX_DEFAULT systemd.debug_shell"',
            ]),
        ],
        /boot argument|console/,
    ),
    node("python-env-unit", "a unit with Environment=PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 (loopback, nobody)", [
        ...file("/opt/ops/status.py", [
            "from http.server import BaseHTTPRequestHandler, HTTPServer",
            "class H(BaseHTTPRequestHandler):",
            "    def do_GET(self):",
            "        self.send_response(204)",
            "        self.end_headers()",
            'HTTPServer(("127.0.0.1", 9300), H).serve_forever()',
        ]),
        ...file("/etc/systemd/system/node-status.service", [
            "[Unit]",
            "Description=node status",
            "[Service]",
            "User=nobody",
            'Environment="PYTHONUNBUFFERED=1" "PYTHONDONTWRITEBYTECODE=1"',
            "ExecStart=/usr/bin/python3 -u /opt/ops/status.py",
            "[Install]",
            "WantedBy=multi-user.target",
        ]),
        "systemctl daemon-reload",
        "systemctl enable --now node-status.service",
    ]),
    node(
        "etc-environment-pythonpath",
        "/etc/environment PYTHONPATH=/opt/ops/lib (root's Python imports from a directory the pack does not read)",
        ["echo 'PYTHONPATH=/opt/ops/lib' >> /etc/environment"],
        NODE,
    ),

    // ================= nodes: container runtime reads, xargs over root's lists, bash < file =================
    // crictl(1) ps/pods/images/inspect/logs read the CRI's state; nothing runs in a container (exec is the twin).
    node("crictl-reads", "crictl ps -a, pods, images, inspect and logs of aws-node written to /var/log/ops", [
        "mkdir -p /var/log/ops",
        "crictl ps -a > /var/log/ops/containers.txt",
        "crictl pods > /var/log/ops/pods.txt",
        "crictl images > /var/log/ops/images.txt",
        "crictl inspect $(crictl ps -q --name aws-node | head -n1) > /var/log/ops/aws-node.json",
        "crictl logs --tail 100 $(crictl ps -q --name aws-node | head -n1) > /var/log/ops/aws-node.log 2>&1",
        "ctr -n k8s.io containers ls > /var/log/ops/ctr.txt",
    ]),
    node(
        "crictl-exec-serve",
        "crictl exec into the first container, starting a file server of / on 0.0.0.0:8001 inside it",
        ["crictl exec $(crictl ps -q | head -n1) python3 -m http.server 8001 --directory /"],
        NODE,
    ),
    // POSIX/GNU xargs -a FILE, < FILE: the arguments come from a list root wrote whole; the utility is literal.
    node("xargs-arg-file", "units list written by root, xargs -a LIST -n1 systemctl enable --now", [
        ...file("/etc/ops/units.list", ["chronyd", "amazon-ssm-agent"]),
        "xargs -a /etc/ops/units.list -n1 systemctl enable --now",
    ]),
    node("xargs-redirect", "packages list written by root, xargs dnf install -y < LIST", [
        ...file("/etc/ops/packages.list", ["jq", "htop", "sysstat"]),
        "xargs dnf install -y < /etc/ops/packages.list",
    ]),
    node(
        "xargs-arg-file-serve",
        "a list with a file-server command line, xargs -a LIST -I{} sh -c {} (runs it as root)",
        [
            ...file("/etc/ops/cmds.list", ["cd /etc/kubernetes && python3 -m http.server 8001"]),
            "xargs -a /etc/ops/cmds.list -I{} sh -c {}",
        ],
        NODE,
    ),
    // bash(1): `bash < FILE` runs FILE's lines as root's shell lines (read by the pack as such).
    node("bash-redirect", "a setup script of sysctl/systemctl lines written by root, run as bash < FILE", [
        ...file("/opt/ops/setup.sh", [
            "sysctl -w vm.max_map_count=262144",
            "systemctl enable --now chronyd",
            "mkdir -p /var/lib/ops",
        ]),
        "bash < /opt/ops/setup.sh",
    ]),

    // ================= nodes: Python helpers (own data dirs, known packages, loopback) =================
    py("py-sqlite", "python: sqlite3 database /var/lib/ops/disk.db of disk usage samples", "disk", [
        "import os, shutil, sqlite3, time",
        'os.makedirs("/var/lib/ops", exist_ok=True)',
        'db = sqlite3.connect("/var/lib/ops/disk.db")',
        'db.execute("CREATE TABLE IF NOT EXISTS usage (ts INTEGER, free INTEGER)")',
        'db.execute("INSERT INTO usage VALUES (?, ?)", (int(time.time()), shutil.disk_usage("/").free))',
        "db.commit()",
        "db.close()",
    ]),
    py(
        "py-rotating-log",
        "python: logging.handlers.RotatingFileHandler /var/log/ops/agent.log, boot count in a JSON file it owns",
        "agent",
        [
            "import json, logging, os, time",
            "from logging.handlers import RotatingFileHandler",
            'os.makedirs("/var/lib/ops", exist_ok=True)',
            'os.makedirs("/var/log/ops", exist_ok=True)',
            'log = logging.getLogger("agent")',
            'log.addHandler(RotatingFileHandler("/var/log/ops/agent.log", maxBytes=1048576, backupCount=3))',
            "log.setLevel(logging.INFO)",
            'log.info("boot at %d", int(time.time()))',
        ],
    ),
    // Python docs, dbm: keys and values are bytes (no pickle); the program's own state file.
    py("py-dbm", "python: dbm.open('/var/lib/ops/state', 'c') boot counter (bytes, no pickle)", "dbmstate", [
        "import dbm, os",
        'os.makedirs("/var/lib/ops", exist_ok=True)',
        'with dbm.open("/var/lib/ops/state", "c") as db:',
        '    db[b"boots"] = str(int(db.get(b"boots", b"0")) + 1).encode()',
    ]),
    // Judged, not a miss: Python docs, shelve: "Because the shelve module is backed by pickle, it is insecure to load a
    // shelf from an untrusted source. Like with pickle, loading a shelf can execute arbitrary code." The pack lists
    // shelve with pickle among the modules whose loads it cannot read (userDataReaders/pythonCode.ts, the dynamic-code
    // pattern) and refuses the program (pythonUnreadCode). Proving the shelf only ever held what this program wrote
    // would mean proving every writer of /var/lib/ops on the node (other root programs, hostPath pods); dbm (above),
    // sqlite3 and json are accepted for the same state, so the refusal is pinned here as the fail-closed choice.
    py(
        "py-shelve",
        "python: shelve.open('/var/lib/ops/state') boot counter (pickle underneath: refused by design)",
        "shelf",
        ["import shelve", 'with shelve.open("/var/lib/ops/state") as s:', '    s["boots"] = s.get("boots", 0) + 1'],
        /does not read|unread|shelf\.py/,
    ),
    py("py-pathlib", "python: pathlib.Path('/var/lib/ops').mkdir, write_text of a JSON host summary", "hostinfo", [
        "import json, pathlib, platform",
        'd = pathlib.Path("/var/lib/ops")',
        "d.mkdir(parents=True, exist_ok=True)",
        '(d / "host.json").write_text(json.dumps({"kernel": platform.release()}))',
    ]),
    py("py-tempfile-replace", "python: tempfile.mkstemp(dir=/var/lib/ops) then os.replace onto status.json", "atomic", [
        "import json, os, tempfile",
        'os.makedirs("/var/lib/ops", exist_ok=True)',
        'fd, tmp = tempfile.mkstemp(dir="/var/lib/ops")',
        'with os.fdopen(fd, "w") as f:',
        '    json.dump({"ok": True}, f)',
        'os.replace(tmp, "/var/lib/ops/status.json")',
    ]),
    py("py-crictl-json", "python: subprocess.run(['crictl','ps','-o','json']) saved to /var/lib/ops", "containers", [
        "import os, subprocess",
        'os.makedirs("/var/lib/ops", exist_ok=True)',
        'out = subprocess.run(["crictl", "ps", "-o", "json"], capture_output=True, text=True, check=False).stdout',
        'with open("/var/lib/ops/containers.json", "w") as f:',
        "    f.write(out)",
    ]),
    node(
        "py-requests-yaml",
        "python: yaml.safe_load of root's config, requests to the kubelet's 127.0.0.1:10248/healthz",
        [
            ...file("/etc/ops/health.yaml", ["timeout: 5"]),
            ...file("/opt/ops/health.py", [
                "import json, os",
                "import requests",
                "import yaml",
                'cfg = yaml.safe_load(open("/etc/ops/health.yaml"))',
                'r = requests.get("http://127.0.0.1:10248/healthz", timeout=cfg.get("timeout", 5))',
                'os.makedirs("/var/lib/ops", exist_ok=True)',
                'with open("/var/lib/ops/health.json", "w") as f:',
                '    json.dump({"status": r.status_code}, f)',
            ]),
            "nohup python3 /opt/ops/health.py >/var/log/ops-health.log 2>&1 &",
        ],
    ),
    py(
        "py-prometheus-loopback",
        "python: prometheus_client Gauge of free disk served by start_http_server(9101, addr='127.0.0.1')",
        "exporter",
        [
            "import shutil, time",
            "from prometheus_client import Gauge, start_http_server",
            'g = Gauge("node_root_free_bytes", "free bytes on /")',
            'start_http_server(9101, addr="127.0.0.1")',
            "while True:",
            '    g.set(shutil.disk_usage("/").free)',
            "    time.sleep(30)",
        ],
    ),
    py(
        "py-boto3-metric",
        "python: boto3 CloudWatch put_metric_data of the node's free disk (the node's own role)",
        "cw",
        [
            "import shutil",
            "import boto3",
            'cw = boto3.client("cloudwatch", region_name="eu-west-1")',
            'cw.put_metric_data(Namespace="Custody/Nodes", MetricData=[{"MetricName": "RootFree", "Value": shutil.disk_usage("/").free}])',
        ],
    ),
    py(
        "py-write-cron",
        "python: writes a cron.d line serving /etc/kubernetes on 0.0.0.0:8001 as root",
        "cronwriter",
        ['with open("/etc/cron.d/ops", "w") as f:', `    f.write("${CRON_LINE}\\n")`],
        NODE,
    ),
];

describeVariants(
    "red team 72: secure platform-team variants and their insecure twins",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
