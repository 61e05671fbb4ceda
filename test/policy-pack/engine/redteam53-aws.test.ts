// Red-team round 53 on the AWS level (fresh eyes) on the committed stacks. First half: the IAM/KMS/DynamoDB level of
// prod, cross-account, basil, curity and trust-domain (one pod-identity case): cross-account share keys shared with an
// account root, `kms:ReEncrypt*`, table exports, stream resource policies, AssumeRole trust pinned by
// `aws:PrincipalArn` (ArnEquals, ArnLike with and without wildcards), a second OIDC issuer, SSM SendCommand onto the
// caller's instances, tag conditions (`aws:ResourceTag`) that the holders can satisfy, a plain `StringLike` on the
// single-valued kms:RequestAlias, an access entry on another cluster, a self-trusting runtime role.
// Second half: round 52's viewing rule on the caller's instance of account B (seed 003): installers steered by their
// environment and configuration files (PIP_TARGET, /etc/pip.conf, curl -K), extractors writing absolute member names
// (GNU cpio's default, tar -P, 7-Zip -spf, unzip -:), git's core.worktree, find -files0-from, find's `{}` as a copy's
// destination; secure neighbours: `python3 -Im pip`, `7z x -so`, `unzip -p`, `rpm -qf`, find -exec 7z a.
// Not filed: a table resource policy granting another account on a non-custody table is refused by
// dynamodb-resource-policy-safe (README, seed 000), so the curity neighbour grants the table's own account.
// Misses were `skip: "MISS"` under a MISS comment, all fixed in round 53 (8 insecure, 5 secure):
// - insecure: PIP_TARGET exported before pip install; /etc/pip.conf `[install] target`; `curl -K FILE` whose written
//   config names the output; GNU `cpio -i -D DIR` (absolute member names kept by default); `tar -xP -C DIR`;
//   `7z x -spf -oDIR`; `unzip -: -d DIR`; `find -files0-from LIST -exec sed -i ...` (start points from a file).
// - secure refused: cluster admin on another cluster (pod-identity, access entries read whatever their
//   clusterName); `python3 -Im pip install`; `7z x -so ... | tar -x -C DIR`; `unzip -p ZIP MEMBER > FILE`;
//   `rpm -qf CONFIG`.
import { describeVariants, doc, find, Resources, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { KEPT, WRITTEN, loopbackJupyter } from "./callerInstanceBuilders";
import { editDoc, outsideRole } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const RP = "aws:dynamodb/resourcePolicy:ResourcePolicy";
const A = ACCOUNT.prod;
const SIGNER = `arn:aws:iam::${A}:role/custody-prod-signer`;
const CALLER = "arn:aws:iam::777777777777:role/instance-role";

/** Rewrites the `AllowSignerRole` statement of a prod share key's policy. */
const signerStatement = (r: Resources, share: string, edit: (s: Record<string, unknown>) => void) =>
    editDoc(find(r, KEY, share), "policy", d => edit(d.Statement.find(s => s.Sid === "AllowSignerRole")!));

/** The cross-account access role's trust, rewritten as one statement. */
const accessTrust = (r: Resources, statement: object) =>
    editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", d => {
        d.Statement.splice(0, d.Statement.length, statement as Record<string, unknown>);
    });

/** Cloud-config writing root's Jupyter config (ip localhost, empty token) and `files`, then `runcmd`, then jupyter lab. */

const insecure: StackCase[] = [
    // IAM/KMS/DynamoDB level.
    // KMS developer guide, "Allowing users in other accounts to use a KMS key": a key policy naming an external
    // account (its root) lets that account's administrators delegate the key to any of its identities by IAM policy.
    {
        name: "prod: share 2's key policy (account 222222222222) lets the signer's ACCOUNT `arn:aws:iam::111111111111:root` Decrypt (every identity of 111111111111 an IAM policy allows)",
        stack: "prod",
        refused: /./,
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-2"), "policy", d =>
                d.Statement.push({
                    Sid: "AllowSignerAccount",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${A}:root` },
                    Action: ["kms:Encrypt", "kms:Decrypt"],
                    Resource: "*",
                }),
            ),
    },
    // KMS API reference, ReEncrypt: re-encrypts ciphertext under another key "without exposing the plaintext" to the
    // caller, but under a destination key the caller controls: it needs kms:ReEncryptFrom on the source key only.
    {
        name: "prod: an ops role of account 333333333333 may `kms:ReEncrypt*` on `key/*` of us-east-1 (re-wraps share 3's ciphertexts under its own key)",
        stack: "prod",
        refused: /rt53-reencrypt/,
        edit: r =>
            opsRole(
                r,
                "prod",
                "333333333333",
                "rt53-reencrypt",
                [allow("kms:ReEncrypt*", "arn:aws:kms:us-east-1:333333333333:key/*")],
                "signer-shares-share-3",
            ),
    },
    // DynamoDB developer guide, "DynamoDB data export to Amazon S3": ExportTableToPointInTime writes every item of the
    // table to an S3 bucket the caller names.
    {
        name: "prod: an ops role may `dynamodb:ExportTableToPointInTime` the keystore table (every item into its own bucket)",
        stack: "prod",
        refused: /rt53-export/,
        edit: r =>
            opsRole(r, "prod", A, "rt53-export", [
                allow(
                    ["dynamodb:ExportTableToPointInTime", "dynamodb:DescribeExport"],
                    `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`,
                ),
                allow("s3:PutObject", "arn:aws:s3:::rt53-exports/*"),
            ]),
    },
    {
        name: "cross-account: the access role's trust admits `777777777777:root` when aws:PrincipalArn is ArnLike `role/instance-*` (any role so named)",
        stack: "cross-account",
        refused: /./,
        edit: r =>
            accessTrust(r, {
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::777777777777:root" },
                Action: "sts:AssumeRole",
                Condition: {
                    StringEquals: { "sts:ExternalId": "custody-cross-account-example" },
                    ArnLike: { "aws:PrincipalArn": "arn:aws:iam::777777777777:role/instance-*" },
                },
            }),
    },
    {
        name: "cross-account: the data key's policy lets account B (`777777777777:root`) Decrypt directly",
        stack: "cross-account",
        refused: /./,
        edit: r =>
            editDoc(find(r, KEY, "cross-account-key"), "policy", d =>
                d.Statement.push({
                    Sid: "AccountBDecrypt",
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::777777777777:root" },
                    Action: "kms:Decrypt",
                    Resource: "*",
                }),
            ),
    },
    // SSM Run Command's AWS-RunShellScript runs as root on the instance (Systems Manager user guide, "Running
    // commands"): on any instance of account B carrying instance-role's profile it reads the role's credentials.
    {
        name: "cross-account: an ops role of account B may `ssm:SendCommand` AWS-RunShellScript on `instance/*` of 777777777777 (root on the caller's instances)",
        stack: "cross-account",
        refused: /rt53-runcommand/,
        edit: r =>
            opsRole(
                r,
                "cross-account",
                "777777777777",
                "rt53-runcommand",
                [
                    allow("ssm:SendCommand", [
                        "arn:aws:ec2:us-east-1:777777777777:instance/*",
                        "arn:aws:ssm:us-east-1::document/AWS-RunShellScript",
                    ]),
                ],
                "cross-account-caller",
            ),
    },
    // DynamoDB developer guide, "Using resource-based policies for DynamoDB": a policy may be attached to a stream;
    // GetRecords on it returns the table's item images.
    {
        name: "curity: a resource policy on curity-sessions' STREAM lets account 999999999999 GetRecords (item images of a curity table)",
        stack: "curity",
        refused: /./,
        edit: r => {
            const stream =
                "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-sessions/stream/2024-05-01T10:00:00.000";
            beside(r, "curity", RP, "rt53-stream-rp", {
                resourceArn: stream,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::999999999999:root" },
                    Action: ["dynamodb:DescribeStream", "dynamodb:GetShardIterator", "dynamodb:GetRecords"],
                    Resource: stream,
                }),
            });
        },
    },
    // GitHub docs, "Configuring OpenID Connect in Amazon Web Services": a role trusting
    // token.actions.githubusercontent.com with a `sub` of a repository is assumed by that repository's workflows.
    {
        name: "curity: the runtime role also trusts GitHub Actions OIDC for `repo:acme/curity-config:ref:refs/heads/main`",
        stack: "curity",
        refused: /./,
        edit: r =>
            editDoc(find(r, ROLE, "curity-role"), "assumeRolePolicy", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: {
                        Federated: "arn:aws:iam::555555555555:oidc-provider/token.actions.githubusercontent.com",
                    },
                    Action: "sts:AssumeRoleWithWebIdentity",
                    Condition: {
                        StringEquals: {
                            "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                            "token.actions.githubusercontent.com:sub": "repo:acme/curity-config:ref:refs/heads/main",
                        },
                    },
                }),
            ),
    },
    // The trust-domain server tags the keys it creates with its keyTags (team=identity): aws:ResourceTag selects
    // exactly those keys (KMS developer guide, "ABAC for AWS KMS").
    {
        name: "trust-domain: an ops role may kms:Sign on `key/*` of 444444444444/us-east-1 when aws:ResourceTag/team is `identity` (the server's keyTags)",
        stack: "trust-domain",
        refused: /rt53-tagsign/,
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt53-tagsign", [
                allow(["kms:Sign", "kms:GetPublicKey"], "arn:aws:kms:us-east-1:444444444444:key/*", {
                    Condition: { StringEquals: { "aws:ResourceTag/team": "identity" } },
                }),
            ]),
    },
    // The provisioner may already tag any key of the account basil-managed=true (BasilTagKeysOnCreate on key/*), so a
    // PutKeyPolicy gated on that tag reaches the catalog keys too (KMS developer guide, "ABAC for AWS KMS": a principal
    // who can change tags can give itself access).
    {
        name: "basil: the provisioner may kms:PutKeyPolicy on `key/*` when aws:ResourceTag/basil-managed is true (it may tag the catalog keys so)",
        stack: "basil",
        refused: /./,
        edit: r =>
            editDoc(find(r, "aws:iam/rolePolicy:RolePolicy", "basil-provisioner-access"), "policy", d =>
                d.Statement.push(
                    allow("kms:PutKeyPolicy", "arn:aws:kms:us-east-1:111122223333:key/*", {
                        Sid: "BasilManageOwnKeyPolicies",
                        Condition: { StringEquals: { "aws:ResourceTag/basil-managed": "true" } },
                    }),
                ),
            ),
    },
    // Viewing rule (caller's instance of account B).
    // pip documentation, "Configuration" / "Environment Variables": every long option can be set as PIP_<UPPER_LONG_NAME>
    // (PIP_TARGET is --target); pip install --target --upgrade replaces what the package puts there.
    // Was a MISS (fixed in round 53): pip takes every long option from PIP_<NAME> (pip docs "Configuration", environment variables), so the exported PIP_TARGET makes `pip3 install --upgrade` write the package's jupyter_server_config.py into /root/.jupyter (replacing the loopback config: a root Jupyter terminal and instance-role's credentials for whoever reaches the instance); the pack reads pip's destinations from its words only (rootReads.ts INSTALL_DESTINATIONS) and keeps /root/.jupyter read. Doc: pip.pypa.io topics/configuration.
    {
        name: `cross-account: ${WRITTEN} \`export PIP_TARGET=/root/.jupyter\` and \`pip3 install --upgrade jupyter-site-config\``,
        stack: "cross-account",
        refused: /rt53-pip-env/,
        edit: loopbackJupyter("rt53-pip-env", [
            "export PIP_TARGET=/root/.jupyter",
            "pip3 install --upgrade jupyter-site-config",
        ]),
    },
    // pip documentation, "Configuration": the global file /etc/pip.conf sets option defaults ([install] target).
    // Was a MISS (fixed in round 53): /etc/pip.conf's `[install] target` is pip install's --target default (pip docs "Configuration": global file /etc/pip.conf), so `python3 -m pip install --upgrade` writes into /root/.jupyter as above; the pack judges the written pip.conf by nothing that reads it and pip's destinations by its words only. Doc: pip.pypa.io topics/configuration.
    {
        name: `cross-account: ${WRITTEN} writes /etc/pip.conf (\`[install] target = /root/.jupyter\`), then \`python3 -m pip install --upgrade jupyter-site-config\``,
        stack: "cross-account",
        refused: /rt53-pip-conf/,
        edit: loopbackJupyter(
            "rt53-pip-conf",
            ["python3 -m pip install --upgrade jupyter-site-config"],
            [["/etc/pip.conf", "[install]\ntarget = /root/.jupyter"]],
        ),
    },
    // curl(1) -K/--config: "Specify a text file to read curl arguments from"; `output` is -o.
    // Was a MISS (fixed in round 53): curl -K reads its arguments from the file (curl(1) -K/--config), here one user data writes with `output = /root/.jupyter/jupyter_server_config.py`: the download replaces the loopback config (same gain as above); the pack reads curl's destinations (-o/-O/--output-dir) from the command line only and skips --config's file. Doc: curl.se/docs/manpage.html#-K.
    {
        name: `cross-account: ${WRITTEN} \`curl -fsSL -K /etc/seed/fetch.curlrc\` (its written config's \`output\` is the Jupyter config)`,
        stack: "cross-account",
        refused: /rt53-curlrc/,
        edit: loopbackJupyter(
            "rt53-curlrc",
            ["curl -fsSL -K /etc/seed/fetch.curlrc"],
            [
                [
                    "/etc/seed/fetch.curlrc",
                    'url = "https://seed.example.com/jupyter_server_config.py"\noutput = "/root/.jupyter/jupyter_server_config.py"',
                ],
            ],
        ),
    },
    // curl(1) -K: with no -K, curl reads "$CURL_HOME/.curlrc" first (then $XDG_CONFIG_HOME/curlrc, then ~/.curlrc).
    // Round 53 (a neighbour of the -K fix): any curlrc the script writes counts.
    {
        name: `cross-account: ${WRITTEN} \`export CURL_HOME=/etc/curl\`, a written /etc/curl/.curlrc whose \`output\` is the Jupyter config, then a bare \`curl URL\``,
        stack: "cross-account",
        refused: /rt53-curl-home/,
        edit: loopbackJupyter(
            "rt53-curl-home",
            ["export CURL_HOME=/etc/curl", "curl -fsSL https://seed.example.com/jupyter_server_config.py"],
            [["/etc/curl/.curlrc", 'output = "/root/.jupyter/jupyter_server_config.py"']],
        ),
    },
    // GNU cpio manual, "Copy-in mode": --absolute-filenames "Do not strip file system prefix components from the file
    // names. This is the default." -D only changes directory: `/root/.jupyter/...` members land there.
    // Was a MISS (fixed in round 53): GNU cpio -i keeps absolute member names by default (GNU cpio manual, "Copy-in mode": --absolute-filenames "This is the default"; only --no-absolute-filenames makes them relative), and -D only changes directory, so an overlay member /root/.jupyter/jupyter_server_config.py replaces the loopback config (same gain as above); the pack marks only -D's tree. Doc: gnu.org/software/cpio/manual/html_section/Copy_002din-mode.html.
    {
        name: `cross-account: ${WRITTEN} \`mkdir -p /srv/notes && cpio -idmu -D /srv/notes < NOTES\` (GNU cpio keeps absolute member names)`,
        stack: "cross-account",
        refused: /rt53-cpio-abs/,
        edit: loopbackJupyter("rt53-cpio-abs", [
            "mkdir -p /srv/notes && cpio -idmu -D /srv/notes < /opt/seed/notes.cpio",
        ]),
    },
    // GNU tar manual, "Absolute File Names": -P/--absolute-names "Do not strip leading slashes from file names".
    // Was a MISS (fixed in round 53): GNU tar -P/--absolute-names keeps leading slashes of member names on extraction (GNU tar manual, "Absolute File Names"), so -C does not confine it: /root/.jupyter/jupyter_server_config.py is replaced (same gain as above); the pack marks only -C's tree. Doc: gnu.org/software/tar/manual/html_node/absolute.html.
    {
        name: `cross-account: ${WRITTEN} \`tar -xPf NOTES -C /srv/notes\` (-P: absolute member names)`,
        stack: "cross-account",
        refused: /rt53-tar-P/,
        edit: loopbackJupyter("rt53-tar-P", ["mkdir -p /srv/notes && tar -xPf /opt/seed/notes.tar -C /srv/notes"]),
    },
    // 7-Zip manual, -spf switch: "7-Zip can try to rewrite any file with path specified in archive" (x with -spf
    // extracts "with exact file paths specified in archive", whatever -o says).
    // Was a MISS (fixed in round 53): with -spf 7-Zip extracts "with exact file paths specified in archive" and "can try to rewrite any file with path specified in archive" (7-Zip manual, -spf switch), whatever -o names: the loopback config is replaced (same gain as above); the pack marks only -o's tree. Doc: 7-Zip manual cmdline/switches/spf.htm.
    {
        name: `cross-account: ${WRITTEN} \`7z x -spf -o/srv/notes NOTES.7z\` (fully qualified member paths)`,
        stack: "cross-account",
        refused: /rt53-7z-spf/,
        edit: loopbackJupyter("rt53-7z-spf", ["7z x -spf -o/srv/notes /opt/seed/notes.7z"]),
    },
    // unzip(1) -: "allows to extract archive members into locations outside of the current extraction root folder"
    // (`../` components kept).
    // Was a MISS (fixed in round 53): unzip -: "allows to extract archive members into locations outside of the current extraction root folder" (unzip(1), `../` components kept), so a member ../../root/.jupyter/jupyter_server_config.py escapes -d (same gain as above); the pack marks only -d's tree. Doc: unzip(1) -: (manpages.ubuntu.com unzip.1).
    {
        name: `cross-account: ${WRITTEN} \`unzip -: -o NOTES.zip -d /srv/notes\` (\`../\` member names kept)`,
        stack: "cross-account",
        refused: /rt53-unzip-colon/,
        edit: loopbackJupyter("rt53-unzip-colon", ["unzip -: -o /opt/seed/notes.zip -d /srv/notes"]),
    },
    // git-config(1) core.worktree: "Set the path to the root of the working tree" (the repository's own config; git(1)
    // GIT_WORK_TREE and --work-tree override it).
    {
        name: `cross-account: ${WRITTEN} \`git --git-dir=D config core.worktree /root\`, then \`cd /srv && git --git-dir=D checkout -f\``,
        stack: "cross-account",
        refused: /rt53-core-worktree/,
        edit: loopbackJupyter("rt53-core-worktree", [
            "git --git-dir=/opt/seed/dotfiles.git config core.worktree /root",
            "cd /srv && git --git-dir=/opt/seed/dotfiles.git checkout -f",
        ]),
    },
    // GNU findutils manual, "Starting points": -files0-from "Read the starting points from file instead of getting
    // them on the command line".
    // Was a MISS (fixed in round 53): GNU find -files0-from "Read[s] the starting points from file instead of getting them on the command line" (findutils manual, "Starting points"), so sed -i edits whatever the list names (/root/.jupyter/jupyter_server_config.py: ip 0.0.0.0, same gain as above); findRuns takes `.` (the working directory /srv) as the only start point. Doc: gnu.org/software/findutils/manual/html_node/find_html/Starting-points.html.
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && find -files0-from LIST -exec sed -i 's/localhost/0.0.0.0/' {} +\` (start points from a file)`,
        stack: "cross-account",
        refused: /rt53-find-files0/,
        edit: loopbackJupyter("rt53-find-files0", [
            "cd /srv && find -files0-from /opt/seed/configs.list -exec sed -i 's/localhost/0.0.0.0/' {} +",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`find /root/.jupyter -name '*.py' -exec cp /opt/seed/site.py {} ';'\` (the found file is cp's destination)`,
        stack: "cross-account",
        refused: /rt53-find-cpdest/,
        edit: loopbackJupyter("rt53-find-cpdest", [
            "find /root/.jupyter -name '*.py' -exec cp /opt/seed/site.py {} ';'",
        ]),
    },
    // Neighbours of the round-53 fixes (installers' environment and configuration, extractors' absolute names).
    {
        name: `cross-account: ${WRITTEN} \`PIP_TARGET=/root/.jupyter python3 -m pip install --upgrade jupyter-site-config\` (an assignment before the command)`,
        stack: "cross-account",
        refused: /rt53-n-pip-assign/,
        edit: loopbackJupyter("rt53-n-pip-assign", [
            "PIP_TARGET=/root/.jupyter python3 -m pip install --upgrade jupyter-site-config",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`python3 -Im pip install --target /root/.jupyter jupyter-site-config\` (combined flags, then -m)`,
        stack: "cross-account",
        refused: /rt53-n-pyIm-target/,
        edit: loopbackJupyter("rt53-n-pyIm-target", [
            "python3 -Im pip install --upgrade --target /root/.jupyter jupyter-site-config",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} exports PIP_CONFIG_FILE=/etc/seed/pip.ini (written: \`[global] target = /root/.jupyter\`), then pip3 install`,
        stack: "cross-account",
        refused: /rt53-n-pip-config-file/,
        edit: loopbackJupyter(
            "rt53-n-pip-config-file",
            ["export PIP_CONFIG_FILE=/etc/seed/pip.ini", "pip3 install --upgrade jupyter-site-config"],
            [["/etc/seed/pip.ini", "[global]\ntarget = /root/.jupyter"]],
        ),
    },
    {
        name: `cross-account: ${WRITTEN} writes a virtualenv's /opt/venv/pip.conf (\`[install] target = /root/.jupyter\`), then \`/opt/venv/bin/pip install\``,
        stack: "cross-account",
        refused: /rt53-n-venv-pip-conf/,
        edit: loopbackJupyter(
            "rt53-n-venv-pip-conf",
            ["/opt/venv/bin/pip install --upgrade jupyter-site-config"],
            [["/opt/venv/pip.conf", "[install]\ntarget = /root/.jupyter"]],
        ),
    },
    {
        name: `cross-account: ${WRITTEN} \`curl -fsSL -o /etc/pip.conf URL\` (a downloaded pip.conf), then pip3 install`,
        stack: "cross-account",
        refused: /rt53-n-pip-conf-download/,
        edit: loopbackJupyter("rt53-n-pip-conf-download", [
            "curl -fsSL -o /etc/pip.conf https://seed.example.com/pip.conf",
            "pip3 install --upgrade jupyter-site-config",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} writes root's ~/.curlrc (\`output\` the Jupyter config), then \`curl -fsSL URL\``,
        stack: "cross-account",
        refused: /rt53-n-curlrc-default/,
        edit: loopbackJupyter(
            "rt53-n-curlrc-default",
            ["curl -fsSL https://seed.example.com/jupyter_server_config.py"],
            [["/root/.curlrc", "-o /root/.jupyter/jupyter_server_config.py"]],
        ),
    },
    {
        name: `cross-account: ${WRITTEN} \`curl -fsSL --config /opt/seed/fetch.curlrc\` (a config file the script did not write)`,
        stack: "cross-account",
        refused: /rt53-n-curl-unknown-config/,
        edit: loopbackJupyter("rt53-n-curl-unknown-config", ["curl -fsSL --config /opt/seed/fetch.curlrc"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv/notes && cpio -idmu < NOTES\` (GNU cpio keeps absolute member names whatever the directory)`,
        stack: "cross-account",
        refused: /rt53-n-cpio-cwd/,
        edit: loopbackJupyter("rt53-n-cpio-cwd", [
            "mkdir -p /srv/notes && cd /srv/notes && cpio -idmu < /opt/seed/notes.cpio",
        ]),
    },
    // bsdcpio(1) --insecure: "Disable security checks during extraction ... absolute paths, and path names containing
    // '..'" (without it bsdcpio -i -D DIR stays in DIR: round 52's secure case).
    {
        name: `cross-account: ${WRITTEN} \`bsdcpio -i --insecure -D /srv/notes < NOTES\``,
        stack: "cross-account",
        refused: /rt53-n-bsdcpio-insecure/,
        edit: loopbackJupyter("rt53-n-bsdcpio-insecure", [
            "mkdir -p /srv/notes && bsdcpio -i --insecure -D /srv/notes < /opt/seed/notes.cpio",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`tar --absolute-names -xf NOTES -C /srv/notes\``,
        stack: "cross-account",
        refused: /rt53-n-tar-absolute/,
        edit: loopbackJupyter("rt53-n-tar-absolute", [
            "mkdir -p /srv/notes && tar --absolute-names -xf /opt/seed/notes.tar -C /srv/notes",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`7z x -spf2 -o/srv/notes NOTES.7z\``,
        stack: "cross-account",
        refused: /rt53-n-7z-spf2/,
        edit: loopbackJupyter("rt53-n-7z-spf2", ["7z x -spf2 -o/srv/notes /opt/seed/notes.7z"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`unzip -o: NOTES.zip -d /srv/notes\` (-: bundled)`,
        stack: "cross-account",
        refused: /rt53-n-unzip-bundled/,
        edit: loopbackJupyter("rt53-n-unzip-bundled", ["unzip -o: /opt/seed/notes.zip -d /srv/notes"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`rpm -q --queryformat='%(cp SEED /root/.jupyter/...)' bash\` (a query format's shell)`,
        stack: "cross-account",
        refused: /rt53-n-rpm-qf-shell/,
        edit: loopbackJupyter("rt53-n-rpm-qf-shell", [
            "rpm -q --queryformat='%(cp /opt/seed/site.py /root/.jupyter/jupyter_server_config.py)' bash",
        ]),
    },
];

const secure: StackCase[] = [
    // KMS developer guide, "Key policies": `"*"` with aws:PrincipalArn in the condition is how a key policy names a
    // role that may be recreated (IAM User Guide, aws:PrincipalArn; ArnEquals compares the whole ARN).
    {
        name: "prod: share 2's AllowSignerRole as Principal `*` with ArnEquals aws:PrincipalArn = the signer role",
        stack: "prod",
        edit: r =>
            signerStatement(r, "signer-shares-share-2", s => {
                s.Principal = { AWS: "*" };
                s.Condition = { ArnEquals: { "aws:PrincipalArn": SIGNER } };
            }),
    },
    // IAM User Guide, "Condition operators": ArnLike matches each colon-delimited part, `*`/`?` being the only
    // wildcards: a value without them matches that one ARN.
    {
        name: "prod: share 3's AllowSignerRole as Principal `111111111111:root` with ArnLike aws:PrincipalArn = the signer role (no wildcard)",
        stack: "prod",
        edit: r =>
            signerStatement(r, "signer-shares-share-3", s => {
                s.Principal = { AWS: `arn:aws:iam::${A}:root` };
                s.Condition = { ArnLike: { "aws:PrincipalArn": SIGNER } };
            }),
    },
    // IAM User Guide, "Modifying a role trust policy": since 2022 a role assumes itself only when its trust names it;
    // the signer re-assumes itself with a session policy to scope a session down: it reaches nothing more.
    {
        name: "prod: the signer role's trust also admits the signer role itself (self-assume for scoped-down sessions)",
        stack: "prod",
        edit: r =>
            editDoc(find(r, ROLE, "signer-role"), "assumeRolePolicy", d =>
                d.Statement.push({ Effect: "Allow", Principal: { AWS: SIGNER }, Action: "sts:AssumeRole" }),
            ),
    },
    {
        name: "cross-account: the access role's trust as `777777777777:root` with ArnEquals aws:PrincipalArn = instance-role (and the ExternalId)",
        stack: "cross-account",
        edit: r =>
            accessTrust(r, {
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::777777777777:root" },
                Action: "sts:AssumeRole",
                Condition: {
                    StringEquals: { "sts:ExternalId": "custody-cross-account-example" },
                    ArnEquals: { "aws:PrincipalArn": CALLER },
                },
            }),
    },
    // KMS developer guide, "kms:RequestAlias" (single-valued String: the alias in the request's KeyId); IAM User Guide
    // "Single-valued vs. multivalued context keys": ForAnyValue on a single-valued key is StringLike on it, and a
    // missing key fails both.
    {
        name: "basil: the broker's alias condition as plain `StringLike kms:RequestAlias alias/basil/*` (kms:RequestAlias is single-valued)",
        stack: "basil",
        edit: r =>
            editDoc(find(r, "aws:iam/rolePolicy:RolePolicy", "basil-runtime-access"), "policy", d => {
                d.Statement[0].Condition = { StringLike: { "kms:RequestAlias": "alias/basil/*" } };
            }),
    },
    {
        name: "curity: a resource policy on `table/billing-events` (not a curity-* table) lets the account's analytics role read it",
        stack: "curity",
        edit: r => {
            const table = "arn:aws:dynamodb:eu-west-1:555555555555:table/billing-events";
            beside(r, "curity", RP, "rt53-s-billing-rp", {
                resourceArn: table,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: outsideRole(ACCOUNT.curity, "analytics") },
                    Action: ["dynamodb:GetItem", "dynamodb:Query"],
                    Resource: table,
                }),
            });
        },
    },
    {
        name: "trust-domain: an ops role may kms:Sign on `key/*` of 444444444444/eu-west-1 (the model's keys are us-east-1's)",
        stack: "trust-domain",
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt53-s-westsign", [
                allow(["kms:Sign", "kms:GetPublicKey"], "arn:aws:kms:eu-west-1:444444444444:key/*"),
            ]),
    },
    // EKS user guide, "Pod Identity": the signer role's trust pins `aws:RequestTag/eks-cluster-arn` to prod-validators,
    // so cluster admin on another cluster of the account gives no way to its credentials.
    // Was a MISS (fixed in round 53): (secure refused) the pod-identity signer's trust pins aws:RequestTag/eks-cluster-arn to cluster/prod-validators (EKS user guide, pod-id-role), so cluster admin on the account's other cluster prod-batch can run no pod that gets the signer's credentials; the pack reads every access entry and association as one on the signer's cluster, whatever its clusterName. Doc: docs.aws.amazon.com/eks/latest/userguide/pod-id-role.html, access-entries.html.
    {
        name: "pod-identity: cluster admin (access entry + AmazonEKSClusterAdminPolicy) on ANOTHER cluster `prod-batch` for an SSO role",
        stack: "pod-identity",
        edit: r => {
            beside(r, "pod-identity", "aws:eks/accessEntry:AccessEntry", "rt53-s-batch-entry", {
                clusterName: "prod-batch",
                principalArn: outsideRole(A),
                type: "STANDARD",
            });
            beside(r, "pod-identity", "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "rt53-s-batch-admin", {
                clusterName: "prod-batch",
                principalArn: outsideRole(A),
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
                accessScope: { type: "cluster" },
            });
        },
    },
    // Viewing rule neighbours.
    // python(1): options may be combined (`-Im pip` is `-I -m pip`); pip documentation: `python -m pip install`.
    // Was a MISS (fixed in round 53): (secure refused) python(1) combines short options (`-Im pip` is `-I -m pip`: isolated mode, run module pip), so this is pip install, which writes nothing into /root; copierWords reads only `-m` alone or `-mMODULE`, so python3 runs "in /root" and marks the loopback config unread. Doc: docs.python.org/3/using/cmdline.html (-I, -m), pip "Getting Started".
    {
        name: `cross-account: ${KEPT} \`cd /root && python3 -Im pip install --upgrade jupyterlab\` (-I combined with -m)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt53-s-pyIm", ["cd /root && python3 -Im pip install --upgrade jupyterlab"]),
    },
    // 7-Zip manual, -so switch: "Write data to stdout" (x -so extracts nothing to disk).
    // Was a MISS (fixed in round 53): (secure refused) 7z x -so writes the extracted data to standard output (7-Zip manual, -so switch: "Write data to stdout") and nothing to disk; archiverUse reads every `x` without -o as extracting into the working directory (/root) and marks the loopback config unread. Doc: 7-Zip manual cmdline/switches/stdout.htm.
    {
        name: `cross-account: ${KEPT} \`cd /root && 7z x -so NOTES.tar.7z | tar -xf - -C /srv/notes\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt53-s-7z-so", [
            "mkdir -p /srv/notes && cd /root && 7z x -so /opt/seed/notes.tar.7z | tar -xf - -C /srv/notes",
        ]),
    },
    // unzip(1) -p: "extract files to pipe (stdout). Nothing but the file data is sent to stdout".
    // Was a MISS (fixed in round 53): (secure refused) unzip -p extracts "to pipe (stdout). Nothing but the file data is sent to stdout" (unzip(1) -p); unzip is not among the programs keeping their working directory, so /root is marked changed and the loopback config unread. Doc: unzip(1) -p.
    {
        name: `cross-account: ${KEPT} \`cd /root && unzip -p NOTES.zip README.md > /srv/README.md\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt53-s-unzip-p", [
            "cd /root && unzip -p /opt/seed/notes.zip README.md > /srv/README.md",
        ]),
    },
    // rpm(8) -q -f FILE: "Query package owning installed FILE" (a query writes nothing).
    // Was a MISS (fixed in round 53): (secure refused) rpm -qf only queries which package owns FILE (rpm(8) query options: -f "Query package owning installed FILE"); rpm is no CONTENT_KEEPERS program, so naming the config marks it changed and unread. Doc: rpm(8), rpm.org/docs man rpm.8.
    {
        name: `cross-account: ${KEPT} \`rpm -qf /root/.jupyter/jupyter_server_config.py || true\` (which package owns it)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt53-s-rpm-qf", [
            "rpm -qf /root/.jupyter/jupyter_server_config.py > /var/log/jupyter-owner.txt || true",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`find /root/.jupyter -type f -exec 7z a /var/backups/jupyter.7z {} +\` (archives the configs)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt53-s-find-7za", [
            "mkdir -p /var/backups && find /root/.jupyter -type f -exec 7z a /var/backups/jupyter.7z {} +",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /srv && GIT_DIR=/opt/seed/notes.git GIT_WORK_TREE=/srv/notes git checkout -f\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt53-s-gitdir", [
            "mkdir -p /srv/notes && cd /srv && GIT_DIR=/opt/seed/notes.git GIT_WORK_TREE=/srv/notes git checkout -f",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && pip3 install --target /opt/jupyter-ext jupyterlab-git\` (elsewhere)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt53-s-pip-target", [
            "cd /root && pip3 install --target /opt/jupyter-ext jupyterlab-git",
        ]),
    },
    // Neighbours of the round-53 fixes.
    {
        name: `cross-account: ${KEPT} writes /etc/pip.conf (\`[global] index-url\` of a mirror), then \`cd /root && pip3 install --upgrade jupyterlab\``,
        stack: "cross-account",
        edit: loopbackJupyter(
            "rt53-s-pip-conf-index",
            ["cd /root && pip3 install --upgrade jupyterlab"],
            [["/etc/pip.conf", "[global]\nindex-url = https://pypi.internal.example.com/simple"]],
        ),
    },
    {
        name: `cross-account: ${KEPT} \`export PIP_TARGET=/opt/jupyter-ext\`, then \`pip3 install jupyterlab-git\` (elsewhere)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt53-s-pip-env-elsewhere", [
            "export PIP_TARGET=/opt/jupyter-ext",
            "cd /root && pip3 install jupyterlab-git",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`curl -fsSL -K /etc/seed/notes.curlrc\` (its written config's \`output\` is under /srv)`,
        stack: "cross-account",
        edit: loopbackJupyter(
            "rt53-s-curlrc-elsewhere",
            ["mkdir -p /srv/notes && curl -fsSL -K /etc/seed/notes.curlrc"],
            [["/etc/seed/notes.curlrc", 'url = "https://seed.example.com/README.md"\noutput = "/srv/notes/README.md"']],
        ),
    },
    {
        name: `cross-account: ${KEPT} \`cpio -idmu --no-absolute-filenames -D /srv/notes < NOTES\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt53-s-cpio-relative", [
            "mkdir -p /srv/notes && cpio -idmu --no-absolute-filenames -D /srv/notes < /opt/seed/notes.cpio",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /root && unzip -l NOTES.zip && unzip -tq NOTES.zip\` (list, test)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt53-s-unzip-list", [
            "cd /root && unzip -l /opt/seed/notes.zip && unzip -tq /opt/seed/notes.zip",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`cd /srv && find -files0-from LIST -exec sha256sum {} +\` (only reads what it finds)`,
        stack: "cross-account",
        edit: loopbackJupyter("rt53-s-find-files0-sum", [
            "cd /srv && find -files0-from /opt/seed/configs.list -exec sha256sum {} + > /var/log/configs.sha256",
        ]),
    },
    {
        name: `cross-account: ${KEPT} \`rpm -qa --queryformat='%{NAME}\\n' > LIST\` and \`rpm -qi jupyterlab\``,
        stack: "cross-account",
        edit: loopbackJupyter("rt53-s-rpm-qa", [
            "rpm -qa --queryformat='%{NAME}\\n' > /var/log/packages.txt",
            "cd /root && rpm -qi jupyterlab || true",
        ]),
    },
];

describeVariants("red team 53: allowlist on the AWS level", insecure, secure);
