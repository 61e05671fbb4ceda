// Red-team round 63 on the AWS level (fresh eyes). Probed, half and half:
// - the caller's instance of account B (seed 003), round 61's GNU tar -T/--files-from lists (rootReads.ts
//   tarFileLists/tarDirectories) reached by other spellings: glued `-T/srv/list`, -T in a short bundle (`-xvT LIST`),
//   old-style `xfT`, gtar, --files-from as a separate word, TAR_OPTIONS carrying -C or --files-from, a list on a
//   heredoc and on a process substitution, `--directory /root` with a space in the list, xargs feeding list words
//   (`xargs -a`, `< list`); secure twins with names-only lists, --verbatim-files-from, TAR_OPTIONS into /srv/notes.
// - IAM/KMS/DynamoDB/EKS shapes of prod: key policies to `*` narrowed by conditions that do not narrow
//   (ForAllValues on an absent multivalued key, Null "false", Bool aws:ViaAWSService, StringNotEquals, ForAnyValue
//   StringLike on aws:PrincipalArn, kms:GrantIsForAWSResource), a bare account ID principal (the root),
//   RestoreTableToPointInTime + Scan, TransactGetItems, eks:CreateAccessEntry/AssociateAccessPolicy, launch template
//   versions + instance refresh, a Pod Identity trust narrowed only by aws:SourceAccount; secure: a lower-case
//   condition key (`aws:principalarn`), ArnEquals signer with aws:SecureTransport, an added Deny, ops Describe*.
//   Also a DynamoDB resource policy on the keystore to `*` under ForAllValues, a Decrypt grant constrained by an
//   encryption-context subset, an assumed-role session principal, Cognito unauthenticated identities, an IRSA `sub`
//   widened through ForAnyValue; secure: a read-only inventory role (List*/Describe* on `*`).
// Not filed: an ops role with only dynamodb:Describe* on the keystore, or iam:PassRole on a non-custody role plus
// ec2:RunInstances in the prod account, is refused as "no workload of the custody model has this identity" (declare
// operators under custody:operations, README; round 54's and 61's Not filed).
// Misses (5 insecure, 0 secure; all fixed in round 63): xargs reading its items from a redirected standard input (`< FILE`, `<<<`, a
// heredoc) is not read by the pack (rootReads.ts xargsWords reads -a/--arg-file and pipes only), so
// `xargs tar -xf overlay.tar < list` with `-C /root` in the list (written, or shipped beside the archive), a
// here-string or heredoc `-C /root`, and `xargs cp SEED < dest.txt` naming root's Jupyter config are accepted.
import { describeVariants, doc, find, Resources, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { KEPT, loopbackJupyter, keptCase as kept, writtenCase as written } from "./callerInstanceBuilders";
import { editDoc, outsideRole } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const A = ACCOUNT.prod;
const SIGNER = `arn:aws:iam::${A}:role/custody-prod-signer`;
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`;
const TAR = "/opt/seed/overlay.tar";
const LIST_ROOT: [string, string][] = [["/srv/members.txt", "-C /root\n.jupyter/jupyter_server_config.py\n"]];
const LIST_NAMES: [string, string][] = [["/srv/members.txt", "notes/a.txt\nnotes/b.txt\n"]];
const trustOf = (r: Resources, role: string, edit: (d: { Statement: Record<string, unknown>[] }) => void) =>
    editDoc(find(r, ROLE, role), "assumeRolePolicy", edit);
const share1 = (statement: Record<string, unknown>) => (r: Resources) =>
    editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d => void d.Statement.push(statement));

/** A secure case of the caller's instance that writes `files` first. */
const keptWith = (id: string, runcmd: string[], files: [string, string][]): StackCase => ({
    name: `cross-account: ${KEPT}, writes ${files.map(([f]) => f).join(", ")}, then \`${runcmd.join("; ")}\``,
    stack: "cross-account",
    edit: loopbackJupyter(id, runcmd, files),
});
/** A prod ops role case. */
const prodOps = (id: string, what: string, statements: object[], skip?: string): StackCase => ({
    name: `prod: an ops role may ${what}`,
    stack: "prod",
    refused: new RegExp(id),
    edit: r => opsRoleOf(r, id, statements),
    ...(skip === undefined ? {} : { skip }),
});
const prodOpsOk = (id: string, what: string, statements: object[], skip?: string): StackCase => ({
    name: `prod: an ops role may ${what}`,
    stack: "prod",
    edit: r => opsRoleOf(r, id, statements),
    ...(skip === undefined ? {} : { skip }),
});
const opsRoleOf = (r: Resources, id: string, statements: object[]) => opsRole(r, "prod", A, id, statements);
/** A key-policy statement of share 1 to `*` (refused unless `ok`). */
const keyCase = (what: string, statement: Record<string, unknown>, ok = false, skip?: string): StackCase => ({
    name: `prod: share 1's key policy: ${what}`,
    stack: "prod",
    ...(ok ? {} : { refused: /./ }),
    edit: share1(statement),
    ...(skip === undefined ? {} : { skip }),
});

const insecure: StackCase[] = [
    // tar -T lists by other spellings.
    written("rt63-tar-T-glued", [`cd /srv && tar -xf ${TAR} -T/srv/members.txt`], LIST_ROOT),
    written("rt63-tar-T-bundle", [`cd /srv && tar -xvT /srv/members.txt -f ${TAR}`], LIST_ROOT),
    written("rt63-tar-xfT-old", [`cd /srv && tar xfT ${TAR} /srv/members.txt`], LIST_ROOT),
    written("rt63-gtar-T", [`cd /srv && gtar -xf ${TAR} -T /srv/members.txt`], LIST_ROOT),
    written("rt63-tar-files-from-sep", [`cd /srv && tar -xf ${TAR} --files-from /srv/members.txt`], LIST_ROOT),
    written(
        "rt63-tar-T-dir-space",
        [`cd /srv && tar -xf ${TAR} -T /srv/members.txt`],
        [["/srv/members.txt", "--directory /root\n"]],
    ),
    written("rt63-tar-options-C", ["export TAR_OPTIONS='-C /root'", `cd /srv && tar -xf ${TAR}`]),
    written("rt63-tar-options-inline", [`cd /srv && TAR_OPTIONS=--directory=/root tar -xf ${TAR}`]),
    written(
        "rt63-tar-options-T",
        ["export TAR_OPTIONS=--files-from=/srv/members.txt", `cd /srv && tar -xf ${TAR}`],
        LIST_ROOT,
    ),
    written("rt63-tar-T-heredoc", [`cd /srv && tar -xf ${TAR} -T - <<'EOF'\n-C /root\nEOF`]),
    written("rt63-tar-T-procsub", [`cd /srv && tar -xf ${TAR} -T <(printf '%s\\n' '-C /root')`]),
    written("rt63-xargs-a-tar", [`cd /srv && xargs -a /srv/members.txt tar -xf ${TAR}`], LIST_ROOT),
    // Was a MISS (fixed in round 63): insecure accepted: GNU xargs "reads items from the standard input, delimited by blanks ... or newlines, and
    // executes the command ... with any initial-arguments followed by items read from standard input" (xargs(1), GNU
    // findutils; https://man.cx/xargs). With its standard input redirected from a file (`< FILE`), the list's
    // `-C /root` becomes tar's words: `tar -xf overlay.tar -C /root .jupyter/jupyter_server_config.py` extracts into
    // /root (checked with GNU findutils 4.9.0 + GNU tar 1.34). rootReads.ts xargsWords reads only -a/--arg-file and
    // pipes (RootReads.piped); a `<` redirect (and `<<<`, heredocs below) of xargs is not read, so only /srv counts.
    written("rt63-xargs-stdin-tar", [`cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`], LIST_ROOT),
    // Was a MISS (fixed in round 63): insecure accepted: as rt63-xargs-stdin-tar (xargs(1): items "read from standard input" follow the
    // initial-arguments), with the list shipped beside the archive (/opt/seed/members.txt, unread by the pack): it may
    // hold `-C /root`, so the pack must fail closed (as xargsWords does for an unreadable -a FILE: items `/`).
    written("rt63-xargs-stdin-seed", [`cd /srv && xargs tar -xf ${TAR} < /opt/seed/members.txt`], []),
    // Was a MISS (fixed in round 63): insecure accepted: a here-string is xargs's standard input (bash(1) "Here Strings"; xargs(1) reads items
    // from standard input): `xargs tar -xf overlay.tar <<< '-C /root'` runs `tar -xf overlay.tar -C /root` (checked
    // with GNU findutils 4.9.0 + GNU tar 1.34); the pack counts /srv only.
    written("rt63-xargs-herestring", [`cd /srv && xargs tar -xf ${TAR} <<< '-C /root'`], []),
    // Was a MISS (fixed in round 63): insecure accepted: the same with a here-document as xargs's standard input (bash(1) "Here Documents").
    written("rt63-xargs-heredoc", [`cd /srv && xargs tar -xf ${TAR} <<'EOF'\n-C /root\nEOF`], []),
    written("rt63-xargs-cat-pipe", [`cd /srv && cat /srv/members.txt | xargs tar -xf ${TAR}`], LIST_ROOT),
    written("rt63-xargs-printf-pipe", [`cd /srv && printf '%s\\n' -C /root | xargs tar -xf ${TAR}`]),
    // Was a MISS (fixed in round 63): insecure accepted: not tar-specific. `xargs cp SEED < /srv/dest.txt` runs `cp SEED
    // /root/.jupyter/jupyter_server_config.py` (xargs(1): initial-arguments "followed by items read from standard
    // input"), replacing root's loopback Jupyter config with the seed's; the pack reads xargs's items from pipes and
    // -a only (rootReads.ts xargsWords), not from a `<` redirect.
    written(
        "rt63-xargs-cp-stdin",
        ["cd /srv && xargs cp /opt/seed/jupyter_server_config.py < /srv/dest.txt"],
        [["/srv/dest.txt", "/root/.jupyter/jupyter_server_config.py\n"]],
    ),
    // Round 63 fix neighbours: xargs's items from whatever its standard input is (rootReads.ts standardInput,
    // xargsWords): `0<`, a descriptor `exec 3<` opened, a process substitution and a pipe from a file the pack does not
    // read (unknown: fail closed), batches (-n, -I) that still run every item.
    written("rt63-xargs-stdin-fd0", [`cd /srv && xargs tar -xf ${TAR} 0< /srv/members.txt`], LIST_ROOT),
    written("rt63-xargs-stdin-exec-fd", ["exec 3< /srv/members.txt", `cd /srv && xargs tar -xf ${TAR} <&3`], LIST_ROOT),
    written("rt63-xargs-stdin-procsub", [`cd /srv && xargs tar -xf ${TAR} < <(printf '%s\\n' -C /root)`]),
    written("rt63-xargs-cat-seed-pipe", [`cd /srv && cat /opt/seed/members.txt | xargs tar -xf ${TAR}`]),
    written("rt63-xargs-n2-stdin", [`cd /srv && xargs -n2 tar -xf ${TAR} < /srv/members.txt`], LIST_ROOT),
    written(
        "rt63-xargs-I-cp-stdin",
        ["cd /srv && xargs -I{} cp /opt/seed/jupyter_server_config.py {} < /srv/dest.txt"],
        [["/srv/dest.txt", "/root/.jupyter/jupyter_server_config.py\n"]],
    ),
    written("rt63-xargs-cp-herestring", [
        "cd /srv && xargs cp /opt/seed/jupyter_server_config.py <<< /root/.jupyter/jupyter_server_config.py",
    ]),
    written("rt63-xargs-tar-f-seed", [`cd /srv && xargs tar -xf < /opt/seed/args.txt`]),
    written("rt63-find-xargs-tar", [`cd /srv && find /opt/seed -name '*.tar' | xargs tar -xf ${TAR}`]),
    written("rt63-xargs-cp-seed-stdin", [
        "cd /srv && xargs cp /opt/seed/jupyter_server_config.py < /opt/seed/dest.txt",
    ]),
    written(
        "rt63-tar-null-then-list",
        [`cd /srv && tar -xf ${TAR} --null -T /srv/names0 --no-null -T /srv/members.txt`],
        [["/srv/names0", "notes/a.txt"], ...LIST_ROOT],
    ),
    // IAM/KMS/DynamoDB/EKS.
    keyCase("kms:Decrypt to `*` when ForAllValues:StringEquals aws:PrincipalServiceNamesList is dynamodb", {
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: "kms:Decrypt",
        Resource: "*",
        Condition: { "ForAllValues:StringEquals": { "aws:PrincipalServiceNamesList": ["dynamodb.amazonaws.com"] } },
    }),
    keyCase("kms:Decrypt to `*` when Null aws:PrincipalTag/custody-role is false (any tagged principal)", {
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: "kms:Decrypt",
        Resource: "*",
        Condition: { Null: { "aws:PrincipalTag/custody-role": "false" } },
    }),
    keyCase("kms:Decrypt to `*` when Bool aws:ViaAWSService is true", {
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: "kms:Decrypt",
        Resource: "*",
        Condition: { Bool: { "aws:ViaAWSService": "true" } },
    }),
    keyCase("kms:Decrypt to `*` when StringNotEquals aws:PrincipalArn is an ops role", {
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: "kms:Decrypt",
        Resource: "*",
        Condition: { StringNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/ops-readonly` } },
    }),
    keyCase("kms:Decrypt to `*` when ForAnyValue:StringLike aws:PrincipalArn is `*signer*`", {
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: "kms:Decrypt",
        Resource: "*",
        Condition: { "ForAnyValue:StringLike": { "aws:PrincipalArn": "*signer*" } },
    }),
    keyCase("kms:CreateGrant to `*` when Bool kms:GrantIsForAWSResource is true", {
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: ["kms:CreateGrant", "kms:Decrypt"],
        Resource: "*",
        Condition: { Bool: { "kms:GrantIsForAWSResource": "true" } },
    }),
    keyCase("kms:Decrypt to the bare account ID (the account root: every IAM principal IAM allows)", {
        Effect: "Allow",
        Principal: { AWS: A },
        Action: "kms:Decrypt",
        Resource: "*",
    }),
    prodOps("rt63-ddb-pitr-restore", "dynamodb:RestoreTableToPointInTime from the keystore and Scan the copy", [
        allow("dynamodb:RestoreTableToPointInTime", KEYSTORE),
        allow(
            ["dynamodb:Scan", "dynamodb:PutItem", "dynamodb:BatchWriteItem", "dynamodb:UpdateItem"],
            `arn:aws:dynamodb:eu-west-1:${A}:table/restored-*`,
        ),
    ]),
    prodOps("rt63-ddb-transact-get", "dynamodb:TransactGetItems on the keystore", [
        allow("dynamodb:TransactGetItems", KEYSTORE),
    ]),
    prodOps("rt63-eks-access-entry", "eks:CreateAccessEntry and eks:AssociateAccessPolicy on the prod cluster", [
        allow(
            ["eks:CreateAccessEntry", "eks:AssociateAccessPolicy"],
            [`arn:aws:eks:eu-west-1:${A}:cluster/*`, `arn:aws:eks:eu-west-1:${A}:access-entry/*`],
        ),
    ]),
    prodOps("rt63-lt-version", "ec2:CreateLaunchTemplateVersion/ModifyLaunchTemplate and an instance refresh", [
        allow(
            ["ec2:CreateLaunchTemplateVersion", "ec2:ModifyLaunchTemplate"],
            `arn:aws:ec2:eu-west-1:${A}:launch-template/*`,
        ),
        allow("autoscaling:StartInstanceRefresh", "*"),
    ]),
    {
        name: "prod: the signer role's trust adds pods.eks.amazonaws.com narrowed only by aws:SourceAccount",
        stack: "prod",
        refused: /./,
        edit: r =>
            trustOf(r, "signer-role", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: { Service: "pods.eks.amazonaws.com" },
                    Action: ["sts:AssumeRole", "sts:TagSession"],
                    Condition: { StringEquals: { "aws:SourceAccount": A } },
                }),
            ),
    },
    {
        name: "prod: a resource policy on the keystore: dynamodb:GetItem/Scan to `*` when ForAllValues:StringEquals aws:PrincipalServiceNamesList",
        stack: "prod",
        refused: /./,
        edit: r =>
            void beside(r, "prod", "aws:dynamodb/resourcePolicy:ResourcePolicy", "rt63-keystore-rp", {
                resourceArn: KEYSTORE,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: ["dynamodb:GetItem", "dynamodb:Scan"],
                    Resource: KEYSTORE,
                    Condition: {
                        "ForAllValues:StringEquals": { "aws:PrincipalServiceNamesList": ["lambda.amazonaws.com"] },
                    },
                }),
            }),
    },
    {
        name: "prod: a KMS grant on share 1 to an SSO role for Decrypt, constrained by an encryption-context subset",
        stack: "prod",
        refused: /./,
        edit: r =>
            void beside(r, "prod", "aws:kms/grant:Grant", "rt63-grant-ec", {
                name: "rt63-grant-ec",
                keyId: "48163296-803a-4ce6-ad53-a0a0de26d32e",
                granteePrincipal: outsideRole(A),
                operations: ["Decrypt"],
                constraints: [{ encryptionContextSubset: { table: "custody-prod-keystore" } }],
            }),
    },
    {
        name: "prod: the signer role's trust adds an assumed-role session of an SSO role",
        stack: "prod",
        refused: /./,
        edit: r =>
            trustOf(r, "signer-role", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:sts::${A}:assumed-role/platform-ops/alice@example.com` },
                    Action: "sts:AssumeRole",
                }),
            ),
    },
    {
        name: "prod: the signer role's trust adds Cognito identity pools (unauthenticated amr)",
        stack: "prod",
        refused: /./,
        edit: r =>
            trustOf(r, "signer-role", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: { Federated: "cognito-identity.amazonaws.com" },
                    Action: "sts:AssumeRoleWithWebIdentity",
                    Condition: {
                        StringEquals: {
                            "cognito-identity.amazonaws.com:aud": "eu-west-1:11111111-2222-3333-4444-555555555555",
                        },
                        "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": "unauthenticated" },
                    },
                }),
            ),
    },
    {
        name: "prod: the signer role's IRSA trust: sub as ForAnyValue:StringEquals [signer SA, default:default]",
        stack: "prod",
        refused: /./,
        edit: r =>
            trustOf(r, "signer-role", d => {
                const s0 = d.Statement.find(x => JSON.stringify(x).includes(":sub"));
                if (s0 === undefined) throw new Error("no IRSA statement");
                const c = s0.Condition as Record<string, Record<string, string | string[]>>;
                const op = Object.keys(c).find(o => Object.keys(c[o]).some(k => k.endsWith(":sub")))!;
                const key = Object.keys(c[op]).find(k => k.endsWith(":sub"))!;
                const sa = c[op][key];
                delete c[op][key];
                c["ForAnyValue:StringEquals"] = { [key]: [...[sa].flat(), "system:serviceaccount:default:default"] };
            }),
    },
];

const secure: StackCase[] = [
    keptWith("rt63-s-tar-T-glued", [`cd /srv && tar -xf ${TAR} -T/srv/members.txt`], LIST_NAMES),
    keptWith("rt63-s-tar-T-bundle", [`cd /srv && tar -xvT /srv/members.txt -f ${TAR}`], LIST_NAMES),
    keptWith("rt63-s-gtar-T", [`cd /srv && gtar -xf ${TAR} -T /srv/members.txt`], LIST_NAMES),
    keptWith(
        "rt63-s-tar-verbatim",
        [`cd /srv && tar -xf ${TAR} --verbatim-files-from -T /srv/members.txt`],
        LIST_NAMES,
    ),
    kept("rt63-s-tar-options-C", ["export TAR_OPTIONS='-C /srv/notes'", `cd /root && tar -xf ${TAR}`]),
    kept("rt63-s-tar-T-heredoc", [`cd /srv && tar -xf ${TAR} -T - <<'EOF'\nnotes/a.txt\nEOF`]),
    keptWith("rt63-s-xargs-a-tar", [`cd /srv && xargs -a /srv/members.txt tar -xf ${TAR}`], LIST_NAMES),
    keptWith("rt63-s-tar-files-from-sep", [`cd /srv && tar -xf ${TAR} --files-from /srv/members.txt`], LIST_NAMES),
    // IAM/KMS/DynamoDB.
    keyCase(
        "kms:Decrypt to `*` when StringEquals `aws:principalarn` (condition keys are case-insensitive) is the signer",
        {
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: "kms:Decrypt",
            Resource: "*",
            Condition: { StringEquals: { "aws:principalarn": SIGNER } },
        },
        true,
    ),
    keyCase(
        "kms:Decrypt to `*` when ArnEquals aws:PrincipalArn is the signer and aws:SecureTransport is true",
        {
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: "kms:Decrypt",
            Resource: "*",
            Condition: { ArnEquals: { "aws:PrincipalArn": SIGNER }, Bool: { "aws:SecureTransport": "true" } },
        },
        true,
    ),
    keyCase(
        "a Deny of kms:* to `*` when aws:SecureTransport is false",
        {
            Effect: "Deny",
            Principal: "*",
            Action: "kms:*",
            Resource: "*",
            Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
        true,
    ),
    keptWith("rt63-s-xargs-stdin-tar", [`cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`], LIST_NAMES),
    // Round 63 fix neighbours: names only on xargs's standard input, and a copy into /srv named by it.
    kept("rt63-s-xargs-herestring", [`cd /srv && xargs tar -xf ${TAR} <<< 'notes/a.txt notes/b.txt'`]),
    kept("rt63-s-xargs-heredoc", [`cd /srv && xargs tar -xf ${TAR} <<'EOF'\nnotes/a.txt\nEOF`]),
    kept("rt63-s-find-print0-xargs-tar", [`cd /srv && find /opt/seed -name '*.tar' -print0 | xargs -0 -n1 tar -xf`]),
    keptWith("rt63-s-xargs-n1-stdin", [`cd /srv && xargs -n1 tar -xf ${TAR} < /srv/members.txt`], LIST_NAMES),
    keptWith(
        "rt63-s-xargs-cp-stdin",
        ["cd /srv && xargs cp /opt/seed/notes.txt < /srv/dest.txt"],
        [["/srv/dest.txt", "/srv/notes/seed.txt\n"]],
    ),
    keptWith(
        "rt63-s-xargs-I-cp-stdin",
        ["cd /srv && xargs -I{} cp /opt/seed/{} /srv/notes/ < /srv/names.txt"],
        [["/srv/names.txt", "a.txt\nb c.txt\n"]],
    ),
    prodOpsOk(
        "rt63-s-inventory",
        "read the inventory: kms:ListKeys/ListAliases, dynamodb:ListTables, iam:ListRoles, ec2:DescribeInstances, eks:ListClusters",
        [
            allow(
                [
                    "kms:ListKeys",
                    "kms:ListAliases",
                    "dynamodb:ListTables",
                    "iam:ListRoles",
                    "ec2:DescribeInstances",
                    "eks:ListClusters",
                    "sts:GetCallerIdentity",
                ],
                "*",
            ),
        ],
    ),
];

describeVariants("red team 63: allowlist on the AWS level", insecure, secure);
