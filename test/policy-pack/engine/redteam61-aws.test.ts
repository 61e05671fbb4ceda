// Red-team round 61 on the AWS level (fresh eyes). Probed, half and half:
// - the caller's instance of account B (seed 003), round 60's one getopt reader (rootReads.ts LONG_OPTIONS): bsdtar's
//   `--dir` prefix, `--directory=`, old-style `xfC`, -C twice (absolute and relative, cumulative), -P/--absolute-paths
//   with -s to /root, -xO/--chroot; GNU tar -C first, -C ../root, -P + --transform, abbreviated --absolute-n/--ab/--tr/
//   --one-t, gtar, busybox tar, `-T`/`--files-from` lists (written, on stdin, unread); 7z switches before the command and
//   after the archive, -o"..." quoting, 7za/7zr, e -o, -bd, `--` after -o, 7z t; unzip -x LIST -d, -qo -d/DIR,
//   UNZIPOPT, bsdunzip; cpio -idD bundle, -D glued, -F with -D, --no-abs, bsdcpio; pax -rvf, -s to /root, -rw --, stdin;
//   lha xw=; zstd --output-dir-mirror and spaced --output-dir-flat; lzop --path=; unrar `--`, e into .jupyter/, -cfg-;
//   cabextract --direc= prefix, -Ld glued, `--`; unar -D; uudecode --output-file=; python3 -m zipfile/tarfile -e.
// - IAM/KMS/DynamoDB shapes of prod: `kms:D?crypt`, `kms:ReEncrypt*`, Region/ARN wildcards (`kms:*:`, `eu-west-?`),
//   NotAction, CreateGrant under ForAnyValue kms:GrantOperations, ReplicateKey, KMS grant resources (ReEncryptFrom),
//   key policies to `*` narrowed by ArnLike `signer*`, aws:SourceVpce, aws:PrincipalOrgID, `arn:aws:iam::*:` StringLike,
//   kms:CallerAccount+ViaService, StringEqualsIfExists; secure: ArnEquals aws:PrincipalArn signer, Deny with NotPrincipal,
//   a Deny-outside-account; DynamoDB replicas (UpdateTable + Scan in another Region), UpdateTimeToLive and PartiQL* on
//   anti-slashing, action case (`DynamoDB:scan`), index ARNs, dynamodb:Attributes conditions; PassRole `role/custody-*`
//   + Lambda, sts:AssumeRole `custody-prod-sign*`, the signer trust to the account root narrowed by a PrincipalTag; a
//   StringLike `sub` without wildcard (secure).
// Not filed: `--one-top-level=/srv/notes/overlay` (absolute) in /root is refused, but an absolute --one-top-level was
// undocumented and "erratic" and rejected by recent tar versions (bug-tar, P. Eggert, Aug 2026), so no careful team
// writes it; a DescribeKey-only KMS grant and CreateGrant under ForAllValues kms:GrantOperations DescribeKey on share 1
// for an undeclared role are refused by design (declare auditors under custody:operations, README; round 54's Not
// filed); -C given twice in /root with /srv/notes last (bsdtar/GNU tar take the last) is not what a team writes.
// Misses (4 insecure, 0 secure; all fixed in round 61):
// - insecure: GNU tar reads -C/--directory from a -T/--files-from list: a written list (`-C /root`), a list on stdin
//   (`-T -`, `--directory=/root`), and an unread list beside the archive (with or without -C /srv/notes) are all
//   counted at the working directory (or -C) only.
import { describeVariants, find, Resources, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { KEPT, loopbackJupyter, keptCase as kept, writtenCase as written } from "./callerInstanceBuilders";
import { editDoc, outsideRole } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const A = ACCOUNT.prod;
const SIGNER = `arn:aws:iam::${A}:role/custody-prod-signer`;
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`;
const SLASHING = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-anti-slashing`;
const SHARE1 = `arn:aws:kms:eu-west-1:${A}:key/48163296-803a-4ce6-ad53-a0a0de26d32e`;
const trustOf = (r: Resources, role: string, edit: (d: { Statement: Record<string, unknown>[] }) => void) =>
    editDoc(find(r, ROLE, role), "assumeRolePolicy", edit);

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
    edit: r => opsRole(r, "prod", A, id, statements),
    ...(skip === undefined ? {} : { skip }),
});
const prodOpsOk = (id: string, what: string, statements: object[], skip?: string): StackCase => ({
    name: `prod: an ops role may ${what}`,
    stack: "prod",
    edit: r => opsRole(r, "prod", A, id, statements),
    ...(skip === undefined ? {} : { skip }),
});

const insecure: StackCase[] = [
    // Archivers.
    written("rt61-bsdtar-C-twice", ["cd /srv && bsdtar -x -C /srv/notes -C /root -f /opt/seed/overlay.tar"]),
    written("rt61-bsdtar-C-rel", ["cd /srv && bsdtar -x -C /srv -C ../root -f /opt/seed/overlay.tar"]),
    written("rt61-tar-C-twice", ["cd /srv && tar -x -C /srv/notes -C /root -f /opt/seed/overlay.tar"]),
    written("rt61-tar-C-dotdot", ["cd /srv && tar -xf /opt/seed/overlay.tar -C ../root"]),
    written("rt61-bsdtar-dir-prefix", ["cd /srv && bsdtar -x --dir /root -f /opt/seed/overlay.tar"]),
    written("rt61-bsdtar-dir-eq", ["cd /srv && bsdtar -x --directory=/root -f /opt/seed/overlay.tar"]),
    written("rt61-bsdtar-old-xfC", ["cd /srv && bsdtar xfC /opt/seed/overlay.tar /root"]),
    written("rt61-tar-C-first", ["cd /srv && tar -C /root -xf /opt/seed/overlay.tar"]),
    written("rt61-gtar", ["cd /srv && gtar -xf /opt/seed/overlay.tar -C /root"]),
    written("rt61-7z-e-o", ["cd /srv && 7z e -y -o/root/.jupyter /opt/seed/overlay.7z"]),
    written("rt61-7z-quoted-word", ["cd /srv && 7z x -y '-o/root' /opt/seed/overlay.7z"]),
    written("rt61-7z-dd-after", ["cd /srv && 7z x -y -o/root -- /opt/seed/overlay.7z"]),
    written("rt61-unzip-od-glued", ["cd /srv && unzip -qo -d/root /opt/seed/overlay.zip"]),
    written("rt61-unrar-cfg-op", ["cd /srv && unrar x -y -op/root -cfg- /opt/seed/overlay.rar"]),
    written("rt61-cab-dd", ["cd /srv && cabextract -d /root -- /opt/seed/overlay.cab"]),
    written("rt61-bsdtar-P-s", ["cd /srv && bsdtar -x -P -s ',^,/root/,' -f /opt/seed/overlay.tar"]),
    written("rt61-tar-P-xform", ["cd /srv && tar -xPf /opt/seed/overlay.tar --transform 's,^,/root/,'"]),
    written("rt61-tar-xform-abbr", ["cd /srv && tar -xf /opt/seed/overlay.tar --absolute-n --xform 's,^,/root/,'"]),
    written("rt61-busybox-tar", ["cd /srv && busybox tar -xf /opt/seed/overlay.tar -C /root"]),
    written("rt61-7z-switch-first", ["cd /srv && 7z -o/root x -y /opt/seed/overlay.7z"]),
    written("rt61-7z-switch-last", ["cd /srv && 7z x /opt/seed/overlay.7z -y -o/root"]),
    written("rt61-7za", ["cd /srv && 7za x -y -o/root /opt/seed/overlay.7z"]),
    written("rt61-7zr", ["cd /srv && 7zr x -y -o/root /opt/seed/overlay.7z"]),
    written("rt61-7z-quoted", ['cd /srv && 7z x -y -o"/root" /opt/seed/overlay.7z']),
    written("rt61-7z-slash-switch", ["cd /srv && 7z x -y /opt/seed/overlay.7z -o/root/"]),
    written("rt61-unzip-x-d", ["cd /srv && unzip -o /opt/seed/overlay.zip -x '*.txt' -d /root"]),
    written("rt61-bsdunzip", ["cd /srv && bsdunzip -o -d /root /opt/seed/overlay.zip"]),
    written("rt61-cpio-idD", ["cd /srv && cpio -idD /root --no-absolute-filenames < /opt/seed/overlay.cpio"]),
    written("rt61-cpio-D-glued", ["cd /srv && cpio -id --no-absolute-filenames -D/root < /opt/seed/overlay.cpio"]),
    written("rt61-bsdcpio", ["cd /root && bsdcpio -id < /opt/seed/overlay.cpio"]),
    written("rt61-pax-rvf", ["cd /srv && pax -rvf /opt/seed/overlay.pax"]),
    written("rt61-pax-s-abs", ["cd /srv && pax -r -s ',^,/root/,' -f /opt/seed/overlay.pax"]),
    written("rt61-pax-rw-dd", ["cd /srv && pax -rw -- /opt/seed/overlay /root"]),
    written("rt61-lha-w", ["cd /srv && lha xw=/root /opt/seed/overlay.lzh"]),
    written("rt61-zstd-mirror", ["cd /srv && zstd -d -f --output-dir-mirror /root /opt/seed/x/c.zst"]),
    written("rt61-lzop-path", ["cd /srv && lzop -d -f --path=/root/.jupyter /opt/seed/jupyter_server_config.py.lzo"]),
    written("rt61-unrar-dd", ["cd /srv && unrar x -y -- /opt/seed/overlay.rar /root/"]),
    written("rt61-unrar-e", ["cd /srv && unrar e -y /opt/seed/overlay.rar /root/.jupyter/"]),
    written("rt61-cab-long-prefix", ["cd /srv && cabextract --direc=/root /opt/seed/overlay.cab"]),
    written("rt61-unar-bundle", ["cd /srv && unar -f -o /root -D /opt/seed/overlay.zip"]),
    written("rt61-uudecode-long-eq", [
        "cd /srv && uudecode --output-file=/root/.jupyter/jupyter_server_config.py /opt/seed/c.uu",
    ]),
    written("rt61-python-zipfile", ["cd /srv && python3 -m zipfile -e /opt/seed/overlay.zip /root"]),
    written("rt61-python-tarfile", ["cd /srv && python3 -m tarfile -e /opt/seed/overlay.tar /root"]),
    written("rt61-tar-one-t", ["cd /srv && tar -xf /opt/seed/overlay.tar --one-t=/root"]),
    written("rt61-tar-tr-ab", ["cd /srv && tar -xf /opt/seed/overlay.tar --ab --tr 's,^,/root/,'"]),
    written("rt61-cpio-F-D", ["cd /srv && cpio -i -d --no-abs -F /opt/seed/overlay.cpio -D /root"]),
    written("rt61-cab-Ld-glued", ["cd /srv && cabextract -Ld/root /opt/seed/overlay.cab"]),
    written("rt61-7z-bd", ["cd /srv && 7z x -bd -y -o/root /opt/seed/overlay.7z"]),
    written("rt61-unzipopt", ["export UNZIPOPT='-d /root'", "cd /srv && unzip -o /opt/seed/overlay.zip"]),
    written("rt61-pax-stdin", ["cd /srv && pax -r < /opt/seed/overlay.pax"]),
    written("rt61-bsdtar-s-P-long", ["cd /srv && bsdtar -x --absolute-paths -s ',^,/root/,' -f /opt/seed/overlay.tar"]),
    // Was a MISS (fixed in round 61): insecure accepted: GNU tar reads position-sensitive options, -C/--directory among them, from a
    // --files-from (-T) list (GNU tar manual 6.10.1 "Changing the Working Directory": "either on the command line or in
    // a file specified using --files-from (-T), use --directory (-C)"; 3.4.4 "Position-Sensitive Options"; checked with
    // GNU tar 1.34): the written list's `-C /root` line sends the extraction into /root; the pack counts only /srv.
    written(
        "rt61-tar-T-C",
        ["cd /srv && tar -xf /opt/seed/overlay.tar -T /srv/members.txt"],
        [["/srv/members.txt", "-C /root\n.jupyter/jupyter_server_config.py\n"]],
    ),
    // Was a MISS (fixed in round 61): insecure accepted: the same through `-T -` (the list on standard input, GNU tar manual 6.3 "Reading Names
    // from a File": "If you give a single dash as a file name for --files-from ... read from standard input"), here
    // `--directory=/root` (checked with GNU tar 1.34).
    written(
        "rt61-tar-T-stdin",
        ["cd /srv && printf '%s\\n' --directory=/root | tar -xf /opt/seed/overlay.tar -T -"],
        [],
    ),
    // Was a MISS (fixed in round 61): insecure accepted: a -T list the pack cannot read (shipped beside the archive, as untrusted as the archive
    // whose absolute members round 60 counts) may hold `-C /root` (GNU tar manual 3.4.4); the pack must fail closed
    // rather than count /srv, or /srv/notes after -C.
    written("rt61-tar-T-seed", ["cd /srv && tar -xf /opt/seed/overlay.tar --files-from=/opt/seed/members.txt"], []),
    written(
        "rt61-tar-C-T-seed",
        ["cd /srv && tar -xf /opt/seed/overlay.tar -C /srv/notes -T /opt/seed/members.txt"],
        [],
    ),
    // Neighbours (round 61 fix): tar's -C is relative to the one before it (GNU tar manual 6.10.1), a member named
    // before -C is extracted where it stands (3.4.4), a -T list's -C on a here-string, abbreviated, nested, or a list
    // changed since the script wrote it, or piped from a download.
    written("rt61-tar-C-cumulative", ["cd /opt && tar -xf /opt/seed/overlay.tar -C /root -C .jupyter"]),
    written("rt61-tar-name-before-C", ["cd /root && tar -xf /opt/seed/overlay.tar .jupyter -C /srv/notes"]),
    written("rt61-tar-T-herestring", ["cd /srv && tar -xf /opt/seed/overlay.tar -T - <<< '-C /root'"]),
    written(
        "rt61-tar-T-abbrev",
        ["cd /srv && tar -xf /opt/seed/overlay.tar --files=members.txt"],
        [["/srv/members.txt", "--dir=/root\n"]],
    ),
    written(
        "rt61-tar-T-nested",
        ["cd /srv && tar -xf /opt/seed/overlay.tar -T /srv/a.txt"],
        [
            ["/srv/a.txt", "notes/x.txt\n-T /srv/b.txt\n"],
            ["/srv/b.txt", "-C/root\n"],
        ],
    ),
    written(
        "rt61-tar-T-overwritten",
        [
            "curl -fsSL -o /srv/members.txt https://example.com/members.txt",
            "cd /srv && tar -xf /opt/seed/overlay.tar -T /srv/members.txt",
        ],
        [["/srv/members.txt", "notes/x.txt\n"]],
    ),
    written("rt61-tar-T-redirect", ["cd /srv && tar -xf /opt/seed/overlay.tar -T - < /opt/seed/members.txt"]),
    written("rt61-tar-T-curl-stdin", [
        "cd /srv && curl -fsSL https://example.com/members.txt | tar -xf /opt/seed/overlay.tar -T -",
    ]),
    written("rt61-zstd-flat-sep", [
        "zstd -d -f /opt/seed/jupyter_server_config.py.zst --output-dir-flat /root/.jupyter",
    ]),
    written("rt61-cpio-idD-glued", ["cd /srv && cpio -idD/root --no-absolute-filenames < /opt/seed/overlay.cpio"]),
    // IAM/KMS/DynamoDB.
    prodOps("rt61-kms-qmark", "`kms:D?crypt` on share 1", [allow("kms:D?crypt", SHARE1)]),
    prodOps("rt61-kms-reencrypt", "`kms:ReEncrypt*` from share 1 into any key", [
        allow("kms:ReEncrypt*", `arn:aws:kms:eu-west-1:${A}:key/*`),
    ]),
    prodOps("rt61-kms-region-wild", "kms:Decrypt on `arn:aws:kms:*:ACCOUNT:key/*`", [
        allow("kms:Decrypt", `arn:aws:kms:*:${A}:key/*`),
    ]),
    prodOps("rt61-kms-arn-wild", "kms:Decrypt on `arn:aws:kms:eu-west-?:ACCOUNT:*`", [
        allow("kms:Decrypt", `arn:aws:kms:eu-west-?:${A}:*`),
    ]),
    prodOps("rt61-kms-grant-anyvalue", "kms:CreateGrant on share 1 when ForAnyValue kms:GrantOperations is Encrypt", [
        allow("kms:CreateGrant", SHARE1, {
            Condition: { "ForAnyValue:StringEquals": { "kms:GrantOperations": ["Encrypt", "DescribeKey"] } },
        }),
    ]),
    prodOps("rt61-kms-replicate", "kms:ReplicateKey on share 1 and kms:CreateKey/Decrypt in us-east-1", [
        allow("kms:ReplicateKey", SHARE1),
        allow(["kms:CreateKey", "kms:Decrypt"], `arn:aws:kms:us-east-1:${A}:key/*`),
    ]),
    prodOps("rt61-kms-notaction", "NotAction kms:Encrypt/GenerateDataKey* on share 1", [
        { Effect: "Allow", NotAction: ["kms:Encrypt", "kms:GenerateDataKey*"], Resource: SHARE1 },
    ]),
    prodOps(
        "rt61-ddb-replica",
        "dynamodb:UpdateTable/CreateTableReplica on the keystore and Scan on us-east-1 tables",
        [
            allow(["dynamodb:UpdateTable", "dynamodb:CreateTableReplica"], KEYSTORE),
            allow("dynamodb:Scan", `arn:aws:dynamodb:us-east-1:${A}:table/*`),
        ],
    ),
    prodOps("rt61-ddb-ttl", "dynamodb:UpdateTimeToLive on the anti-slashing table", [
        allow("dynamodb:UpdateTimeToLive", SLASHING),
    ]),
    prodOps("rt61-ddb-partiql-update", "dynamodb:PartiQL* on the anti-slashing table", [
        allow("dynamodb:PartiQL*", SLASHING),
    ]),
    prodOps("rt61-ddb-case", "`DynamoDB:scan` on `table/custody-prod-*`", [
        allow("DynamoDB:scan", `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-*`),
    ]),
    prodOps("rt61-ddb-index", "dynamodb:Query on `table/custody-prod-keystore/index/*`", [
        allow("dynamodb:Query", `${KEYSTORE}/index/*`),
    ]),
    prodOps("rt61-ddb-attributes", "dynamodb:GetItem on the keystore with ForAllValues dynamodb:Attributes pk/share", [
        allow("dynamodb:GetItem", KEYSTORE, {
            Condition: { "ForAllValues:StringLike": { "dynamodb:Attributes": ["pk", "share"] } },
        }),
    ]),
    prodOps(
        "rt61-iam-passrole-wild",
        "iam:PassRole on `role/custody-*` to any service and lambda:CreateFunction/Invoke",
        [
            allow("iam:PassRole", `arn:aws:iam::${A}:role/custody-*`),
            allow(["lambda:CreateFunction", "lambda:InvokeFunction"], `arn:aws:lambda:eu-west-1:${A}:function:*`),
        ],
    ),
    prodOps("rt61-sts-chain", "sts:AssumeRole on `role/custody-prod-sign*`", [
        allow("sts:AssumeRole", `arn:aws:iam::${A}:role/custody-prod-sign*`),
    ]),
    {
        name: "prod: a KMS grant on share 1 to an SSO role for ReEncryptFrom",
        stack: "prod",
        refused: /./,
        edit: r =>
            void beside(r, "prod", "aws:kms/grant:Grant", "rt61-grant-reencrypt", {
                name: "rt61-grant-reencrypt",
                keyId: "48163296-803a-4ce6-ad53-a0a0de26d32e",
                granteePrincipal: outsideRole(A),
                operations: ["ReEncryptFrom", "DescribeKey"],
            }),
    },
    {
        name: "prod: share 1's key policy allows kms:Decrypt to `*` when kms:CallerAccount is the account",
        stack: "prod",
        refused: /./,
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: ["kms:Decrypt", "kms:DescribeKey"],
                    Resource: "*",
                    Condition: {
                        StringEquals: { "kms:CallerAccount": A, "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com" },
                    },
                }),
            ),
    },
    {
        name: "prod: share 1's key policy: kms:Decrypt to `*` when ArnLike aws:PrincipalArn is `role/custody-prod-signer*`",
        stack: "prod",
        refused: /./,
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: "kms:Decrypt",
                    Resource: "*",
                    Condition: { ArnLike: { "aws:PrincipalArn": `${SIGNER}*` } },
                }),
            ),
    },
    {
        name: "prod: share 1's key policy: kms:Decrypt to `*` when aws:SourceVpce is vpce-0abc (any account through that endpoint)",
        stack: "prod",
        refused: /./,
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: "kms:Decrypt",
                    Resource: "*",
                    Condition: { StringEquals: { "aws:SourceVpce": "vpce-0abc1234def567890" } },
                }),
            ),
    },
    {
        name: "prod: share 1's key policy: kms:Decrypt to `*` when aws:PrincipalOrgID is the organization",
        stack: "prod",
        refused: /./,
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: "kms:Decrypt",
                    Resource: "*",
                    Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abcd123456" } },
                }),
            ),
    },
    {
        name: "prod: share 1's key policy: kms:Decrypt to `*` when aws:PrincipalArn StringLike `arn:aws:iam::*:role/custody-prod-signer`",
        stack: "prod",
        refused: /./,
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: "kms:Decrypt",
                    Resource: "*",
                    Condition: { StringLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/custody-prod-signer" } },
                }),
            ),
    },
    {
        name: "prod: the signer role's trust adds the account root with only aws:PrincipalTag/team=custody",
        stack: "prod",
        refused: /./,
        edit: r =>
            trustOf(r, "signer-role", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${A}:root` },
                    Action: "sts:AssumeRole",
                    Condition: { StringEquals: { "aws:PrincipalTag/team": "custody" } },
                }),
            ),
    },
    {
        name: "prod: share 1's key policy allows kms:Decrypt to `*` with StringEqualsIfExists aws:PrincipalArn = signer",
        stack: "prod",
        refused: /./,
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: "kms:Decrypt",
                    Resource: "*",
                    Condition: { StringEqualsIfExists: { "aws:PrincipalArn": SIGNER } },
                }),
            ),
    },
];

const secure: StackCase[] = [
    kept("rt61-s-bsdtar-dir-prefix", ["cd /root && bsdtar -x --dir /srv/notes -f /opt/seed/overlay.tar"]),
    kept("rt61-s-bsdtar-old-xfC", ["cd /root && bsdtar xfC /opt/seed/overlay.tar /srv/notes"]),
    kept("rt61-s-tar-C-first", ["cd /root && tar -C /srv/notes -xf /opt/seed/overlay.tar"]),
    kept("rt61-s-bsdtar-xO", ["cd /root && bsdtar -xOf /opt/seed/overlay.tar > /srv/notes/overlay.bin"]),
    kept("rt61-s-tar-to-stdout", ["cd /root && tar -xf /opt/seed/overlay.tar --to-stdout > /srv/notes/overlay.bin"]),
    kept("rt61-s-bsdtar-chroot", ["cd /root && bsdtar -x --chroot -C /srv/notes -f /opt/seed/overlay.tar"]),
    kept("rt61-s-7z-e-o", ["cd /root && 7z e -y -o/srv/notes /opt/seed/overlay.7z"]),
    kept("rt61-s-7z-dd-after", ["cd /root && 7z x -y -o/srv/notes -- /opt/seed/overlay.7z"]),
    kept("rt61-s-unzip-od-glued", ["cd /root && unzip -qo -d/srv/notes /opt/seed/overlay.zip"]),
    kept("rt61-s-gtar", ["cd /root && gtar -xf /opt/seed/overlay.tar -C /srv/notes"]),
    kept("rt61-s-7z-switch-first", ["cd /root && 7z -o/srv/notes x -y /opt/seed/overlay.7z"]),
    kept("rt61-s-7z-switch-last", ["cd /root && 7z x /opt/seed/overlay.7z -y -o/srv/notes"]),
    kept("rt61-s-7za", ["cd /root && 7za x -y -o/srv/notes /opt/seed/overlay.7z"]),
    kept("rt61-s-7z-t", ["cd /root && 7z t /opt/seed/overlay.7z > /srv/7z.test"]),
    kept("rt61-s-unzip-x-d", ["cd /root && unzip -o /opt/seed/overlay.zip -x '*.txt' -d /srv/notes"]),
    kept("rt61-s-cpio-idD", ["cd /root && cpio -idD /srv/notes --no-absolute-filenames < /opt/seed/overlay.cpio"]),
    kept("rt61-s-cpio-D-glued", ["cd /root && cpio -id --no-absolute-filenames -D/srv/notes < /opt/seed/overlay.cpio"]),
    kept("rt61-s-pax-rw-dd", ["cd /root && pax -rw -- /opt/seed/overlay /srv/notes"]),
    kept("rt61-s-unrar-dd", ["cd /root && unrar x -y -- /opt/seed/overlay.rar /srv/notes/"]),
    kept("rt61-s-unrar-cfg", ["cd /root && unrar x -y -cfg- -op/srv/notes /opt/seed/overlay.rar"]),
    kept("rt61-s-cab-long-prefix", ["cd /root && cabextract --direc=/srv/notes /opt/seed/overlay.cab"]),
    kept("rt61-s-uudecode-long-eq", ["cd /root && uudecode --output-file=/srv/notes/seed.bin /opt/seed/c.uu"]),
    kept("rt61-s-unar-D", ["cd /root && unar -f -D -o /srv/notes /opt/seed/overlay.zip"]),
    kept("rt61-s-tar-xform", ["cd /root && tar -xf /opt/seed/overlay.tar -C /srv/notes --transform 's,^,seed/,'"]),
    kept("rt61-s-busybox-tar", ["cd /root && busybox tar -xf /opt/seed/overlay.tar -C /srv/notes"]),
    kept("rt61-s-python-zipfile", ["cd /root && python3 -m zipfile -e /opt/seed/overlay.zip /srv/notes"]),
    kept("rt61-s-cpio-F-D", ["cd /root && cpio -i -d --no-abs -F /opt/seed/overlay.cpio -D /srv/notes"]),
    kept("rt61-s-cab-Ld-glued", ["cd /root && cabextract -Ld/srv/notes /opt/seed/overlay.cab"]),
    kept("rt61-s-tar-one-top-rel", ["cd /srv/notes && tar -xf /opt/seed/overlay.tar --one-top-level"]),
    kept("rt61-s-bsdtar-srv", ["cd /srv/notes && bsdtar -xf /opt/seed/overlay.tar"]),
    // Neighbours (round 61 fix): -T lists of member names, or with a -C into /srv (written, piped, relative -C after
    // -C /srv); bsdtar reads a -T list in x mode as name patterns only (libarchive tar/read.c: "inclusion pattern"
    // from the file; -C lines only in c mode, tar/write.c archive_names_from_file).
    keptWith(
        "rt61-s-tar-T-names",
        ["cd /srv && tar -xf /opt/seed/overlay.tar -T /srv/members.txt"],
        [["/srv/members.txt", "notes/a.txt\nnotes/b.txt\n"]],
    ),
    keptWith(
        "rt61-s-tar-T-C-srv",
        ["cd /srv && tar -xf /opt/seed/overlay.tar -C /srv -T /srv/members.txt"],
        [["/srv/members.txt", "-C notes\na.txt\n"]],
    ),
    kept("rt61-s-tar-T-stdin", ["cd /srv && printf '%s\\n' notes/a.txt | tar -xf /opt/seed/overlay.tar -T -"]),
    keptWith(
        "rt61-s-bsdtar-T-x",
        ["cd /srv && bsdtar -xf /opt/seed/overlay.tar -T /srv/members.txt"],
        [["/srv/members.txt", "-C\n/root\n"]],
    ),
    kept("rt61-s-tar-T-herestring", ["cd /srv && tar -xf /opt/seed/overlay.tar -T - <<< notes/a.txt"]),
    kept("rt61-s-tar-C-cumulative", ["cd /root && tar -xf /opt/seed/overlay.tar -C /srv -C notes"]),
    kept("rt61-s-tar-c-T-seed", ["cd /srv && tar -cf /srv/notes/seed.tar -T /opt/seed/members.txt"]),
    kept("rt61-s-zstd-flat-sep", ["cd /root && zstd -d -f /opt/seed/c.zst --output-dir-flat /srv/notes"]),
    // IAM/KMS/DynamoDB.
    prodOpsOk("rt61-s-ddb-describe-wild", "`dynamodb:Describe*` and `dynamodb:List*` on dev-sandbox-* only", [
        allow(["dynamodb:Describe*", "dynamodb:List*"], `arn:aws:dynamodb:eu-west-1:${A}:table/dev-sandbox-*`),
    ]),
    {
        name: "prod: share 1's key policy: kms:Encrypt/Decrypt to `*` when ArnEquals aws:PrincipalArn is the signer",
        stack: "prod",
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: ["kms:Encrypt", "kms:Decrypt"],
                    Resource: "*",
                    Condition: { ArnEquals: { "aws:PrincipalArn": SIGNER } },
                }),
            ),
    },
    {
        name: "prod: share 1's key policy: Deny kms:Decrypt to NotPrincipal signer/root (AWS's NotPrincipal-with-Deny pattern)",
        stack: "prod",
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d =>
                d.Statement.push({
                    Effect: "Deny",
                    NotPrincipal: { AWS: [SIGNER, `arn:aws:iam::${A}:root`] },
                    Action: "kms:Decrypt",
                    Resource: "*",
                }),
            ),
    },
    {
        name: "dev: the dev signer's trust as StringLike `sub` without a wildcard (the exact ServiceAccount)",
        stack: "dev",
        edit: r =>
            trustOf(r, "signer-role", d => {
                const c = d.Statement[0].Condition as Record<string, Record<string, string>>;
                const key = Object.keys(c.StringEquals).find(k => k.endsWith(":sub"))!;
                c.StringLike = { [key]: c.StringEquals[key] };
                delete c.StringEquals[key];
            }),
    },
    {
        name: "prod: share 1's key policy adds a Deny of kms:* to every principal outside the account (aws:PrincipalAccount)",
        stack: "prod",
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d =>
                d.Statement.push({
                    Effect: "Deny",
                    Principal: "*",
                    Action: "kms:*",
                    Resource: "*",
                    Condition: { StringNotEquals: { "aws:PrincipalAccount": A } },
                }),
            ),
    },
];

describeVariants("red team 61: allowlist on the AWS level", insecure, secure);
