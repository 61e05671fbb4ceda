// Red-team round 52 on the AWS level (fresh eyes) on the committed stacks. First half: the IAM/KMS/DynamoDB level of
// the pod-identity stack (account 111111111111): `?` wildcards in key ARNs, key-policy principals matched by
// `aws:PrincipalArn` wildcards, `kms:ResourceAliases` conditions, a table resource policy, an EC2_LINUX access entry,
// a Pod Identity trust condition widened by StringLike; secure neighbours: alias ARNs as IAM Resources (they authorize
// no cryptographic operation), multi-Region-key-only wildcards, table wildcards that do not match the custody tables,
// a resource policy on a same-named table in another Region (per-resource `region`); insecure: a table made in
// us-east-1 by a per-resource `region`, read by its us-east-1 ARN.
// Not filed: sts:AssumeRole on the signer role by a role its trust does not admit and a second Pod Identity
// association of the signer role are refused by design (allowlist of grants on runtime roles; serviceaccount-role-agree).
// Second half: round 51's viewing rule on the caller's instance of account B (seed 003): libarchive's bsdcpio and
// POSIX pax extracting into `/`, GIT_WORK_TREE in the environment, curl --remote-name-all, rpm --relocate,
// find -exec with writers and keepers, a working directory made by mktemp -d, pip --target and `python3 -m pip`.
// Misses were `skip` with a MISS comment (all fixed in round 52).
import { describeVariants, doc, find, Resources, StackCase } from "./support";
import { allow, beside } from "./awsCaseBuilders";
import { WRITTEN, loopbackJupyter } from "./callerInstanceBuilders";
import { editDoc, outsideRole } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const A = "111111111111";
const SHARE1 = `arn:aws:kms:eu-west-1:${A}:key/18295fe2-b216-4ed7-acd0-dc5ab0f86010`;
const SIGNER = `arn:aws:iam::${A}:role/custody-pod-identity-signer`;

/** A role of the pod-identity stack's account trusted by an SSO role outside the stack, with one inline policy. */
const opsRole = (r: Resources, name: string, ...statements: object[]) =>
    void beside(r, "pod-identity", ROLE, name, {
        name,
        arn: `arn:aws:iam::${A}:role/${name}`,
        assumeRolePolicy: doc({ Effect: "Allow", Principal: { AWS: outsideRole(A) }, Action: "sts:AssumeRole" }),
        inlinePolicies: [{ name: `${name}-access`, policy: doc(...statements) }],
    });

/** A DynamoDB table of the pod-identity stack created in us-east-1 by a per-resource `region` (Pulumi AWS v7). */
const eastTable = (r: Resources) =>
    void beside(r, "pod-identity", "aws:dynamodb/table:Table", "rt52-east-table", {
        region: "us-east-1",
        name: "custody-pod-identity-audit",
        attributes: [{ name: "pk", type: "S" }],
        hashKey: "pk",
        billingMode: "PAY_PER_REQUEST",
        deletionProtectionEnabled: true,
        pointInTimeRecovery: { enabled: true },
        serverSideEncryption: { enabled: true },
    });

/** Cloud-config writing root's Jupyter config (ip localhost, empty token), then `runcmd` (one script), then jupyter lab. */

const insecure: StackCase[] = [
    // IAM/KMS/DynamoDB level (pod-identity stack).
    {
        name: "pod-identity: an ops role may kms:Decrypt `key/?8295fe2-b216-...` (a `?` wildcard matching share 1)",
        stack: "pod-identity",
        refused: /rt52-qmark/,
        edit: r => opsRole(r, "rt52-qmark", allow("kms:Decrypt", SHARE1.replace("key/1", "key/?"))),
    },
    {
        name: "pod-identity: share 1's key policy allows kms:Decrypt to `*` when aws:PrincipalArn is ArnLike `role/custody-*`",
        stack: "pod-identity",
        refused: /./,
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d =>
                d.Statement.push({
                    Sid: "CustodyRoles",
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: "kms:Decrypt",
                    Resource: "*",
                    Condition: { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/custody-*` } },
                }),
            ),
    },
    {
        name: "pod-identity: an ops role may kms:Decrypt `*` when kms:ResourceAliases names share 1's alias",
        stack: "pod-identity",
        refused: /rt52-aliascond/,
        edit: r =>
            opsRole(
                r,
                "rt52-aliascond",
                allow("kms:Decrypt", "*", {
                    Condition: {
                        "ForAnyValue:StringEquals": {
                            "kms:ResourceAliases": "alias/custody-infra/pod-identity/share-1",
                        },
                    },
                }),
            ),
    },
    {
        name: "pod-identity: a DynamoDB resource policy on the keystore table lets account 999999999999 read it",
        stack: "pod-identity",
        refused: /./,
        edit: r =>
            void beside(r, "pod-identity", "aws:dynamodb/resourcePolicy:ResourcePolicy", "rt52-keystore-rp", {
                resourceArn: `arn:aws:dynamodb:eu-west-1:${A}:table/custody-pod-identity-keystore`,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::999999999999:root" },
                    Action: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"],
                    Resource: `arn:aws:dynamodb:eu-west-1:${A}:table/custody-pod-identity-keystore`,
                }),
            }),
    },
    {
        name: "pod-identity: the signer role's trust matches kubernetes-service-account by StringLike `containment-*` (any SA of that prefix in validators)",
        stack: "pod-identity",
        refused: /./,
        edit: r =>
            editDoc(find(r, ROLE, "signer-role"), "assumeRolePolicy", d => {
                const c = d.Statement[0].Condition as Record<string, Record<string, unknown>>;
                delete c.StringEquals["aws:RequestTag/kubernetes-service-account"];
                c.StringLike = { "aws:RequestTag/kubernetes-service-account": "containment-*" };
            }),
    },
    {
        name: "pod-identity: an EC2_LINUX access entry for an SSO role outside the stack (node identity in the signer's cluster)",
        stack: "pod-identity",
        refused: /./,
        edit: r =>
            void beside(r, "pod-identity", "aws:eks/accessEntry:AccessEntry", "rt52-ec2-entry", {
                clusterName: "prod-validators",
                principalArn: outsideRole(A),
                type: "EC2_LINUX",
            }),
    },
    {
        name: "pod-identity: an ops role may kms:CreateGrant on `arn:aws:kms:eu-west-1:111111111111:key/*`",
        stack: "pod-identity",
        refused: /rt52-creategrant/,
        edit: r => opsRole(r, "rt52-creategrant", allow("kms:CreateGrant", `arn:aws:kms:eu-west-1:${A}:key/*`)),
    },
    {
        name: "pod-identity: share 1's key policy allows kms:Decrypt with NotPrincipal the signer role (every other principal)",
        stack: "pod-identity",
        refused: /./,
        edit: r =>
            editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d =>
                d.Statement.push({
                    Sid: "AllButSigner",
                    Effect: "Allow",
                    NotPrincipal: { AWS: SIGNER },
                    Action: "kms:Decrypt",
                    Resource: "*",
                }),
            ),
    },
    {
        name: "pod-identity: the signer role's trust also names the bare account id `111111111111` (the account root: any IAM principal allowed by policy)",
        stack: "pod-identity",
        refused: /./,
        edit: r =>
            editDoc(find(r, ROLE, "signer-role"), "assumeRolePolicy", d =>
                d.Statement.push({ Effect: "Allow", Principal: { AWS: A }, Action: "sts:AssumeRole" }),
            ),
    },
    {
        name: "pod-identity: a KMS grant on the tables' CMK lets an SSO role outside the stack Decrypt",
        stack: "pod-identity",
        refused: /./,
        edit: r =>
            void beside(r, "pod-identity", "aws:kms/grant:Grant", "rt52-tables-grant", {
                name: "rt52-tables-grant",
                keyId: "c052516e-436f-4487-a01d-b1a910826ea5",
                granteePrincipal: outsideRole(A),
                operations: ["Decrypt", "GenerateDataKey"],
            }),
    },
    {
        name: "pod-identity: a table created with `region: us-east-1` (custody-pod-identity-audit) and an ops role reading it by its us-east-1 ARN",
        stack: "pod-identity",
        refused: /rt52-east-reader/,
        edit: r => {
            eastTable(r);
            opsRole(
                r,
                "rt52-east-reader",
                allow(
                    ["dynamodb:GetItem", "dynamodb:Scan"],
                    `arn:aws:dynamodb:us-east-1:${A}:table/custody-pod-identity-audit`,
                ),
            );
        },
    },
    // Viewing rule (caller's instance of account B).
    // Was a MISS (fixed in round 52): libarchive's bsdcpio (package libarchive-tools / bsdcpio) in -i mode "Read[s] an archive from standard input
    // ... and extract[s] the contents to disk" relative to the working directory, here cloud-init's `/` (bsdcpio(1)
    // DESCRIPTION -i; -d makes directories as needed): an overlay holding root/.jupyter/jupyter_server_config.py
    // replaces the loopback config (e.g. ip 0.0.0.0), giving whoever reaches the instance a root Jupyter terminal and
    // instance-role's credentials (IMDS). Round 51 reads GNU cpio, busybox cpio, bsdtar as writers into `/`, not
    // bsdcpio. Fix: bsdcpio -i (without -t) is cpio -i in the documented-writers list. Doc: bsdcpio(1),
    // manpages.ubuntu.com/manpages/noble/man1/bsdcpio.1.html.
    {
        name: `cross-account: ${WRITTEN} extracts an overlay with libarchive's \`bsdcpio -idmu < ARCHIVE\` from /`,
        stack: "cross-account",
        refused: /rt52-bsdcpio/,
        edit: loopbackJupyter("rt52-bsdcpio", ["bsdcpio -idmu < /opt/seed/overlay.cpio"]),
    },
    // Was a MISS (fixed in round 52): POSIX pax read mode (-r without -w) "shall extract the members of the archive file"; Linux pax(1): "All
    // extracted files are created relative to the current file hierarchy" (here `/`): the same overlay replaces root's
    // Jupyter config unseen (same gain as above); pax is not among round 51's documented writers into the working
    // directory. Fix: pax -r (no -w) marks its working directory's tree, `/` included (pax -rw ... DIR: DIR). Doc:
    // POSIX pax(1p) "read" mode; pax(1) -r (manpages.ubuntu.com/manpages/noble/man1/pax.1.html).
    {
        name: `cross-account: ${WRITTEN} extracts an overlay with POSIX \`pax -r -f ARCHIVE\` from /`,
        stack: "cross-account",
        refused: /rt52-pax/,
        edit: loopbackJupyter("rt52-pax", ["pax -r -f /opt/seed/overlay.tar"]),
    },
    // Was a MISS (fixed in round 52): GIT_WORK_TREE "Set[s] the path to the root of the working tree. This can also be controlled by the
    // --work-tree command-line option" (git(1) ENVIRONMENT; Pro Git "Environment Variables"), so checkout -f of a
    // dotfiles repository writes .jupyter/jupyter_server_config.py under /root; round 51 reads --work-tree/-C only,
    // marks /srv (the working directory) and leaves the loopback config "read" (same gain as above). Fix: a
    // GIT_WORK_TREE assignment in git's environment (prefix, export, env) is its --work-tree (an unknown value: every
    // tree). Doc: git(1) ENVIRONMENT GIT_WORK_TREE.
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && GIT_WORK_TREE=/root git --git-dir=/opt/seed/dotfiles.git checkout -f\``,
        stack: "cross-account",
        refused: /rt52-gitwt-env/,
        edit: loopbackJupyter("rt52-gitwt-env", [
            "cd /srv && GIT_WORK_TREE=/root git --git-dir=/opt/seed/dotfiles.git checkout -f",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /root && pax -r -f DOTFILES\` (a known directory other than /)`,
        stack: "cross-account",
        refused: /rt52-pax-root/,
        edit: loopbackJupyter("rt52-pax-root", ["cd /root && pax -r -f /opt/seed/dotfiles.tar"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /root/.jupyter && curl -fsSL --remote-name-all URL\` (remote name into the working directory)`,
        stack: "cross-account",
        refused: /rt52-curl-all/,
        edit: loopbackJupyter("rt52-curl-all", [
            "cd /root/.jupyter && curl -fsSL --remote-name-all https://seed.example.com/jupyter_server_config.py",
        ]),
    },
    // Was a MISS (fixed in round 52): rpm is on the keep list, but `--relocate OLDPATH=NEWPATH` "translates the files that would be put in
    // OLDPATH to NEWPATH" (rpm(8) install options; with --badreloc even for a package not built relocatable), so the
    // package's jupyter_server_config.py lands in /root/.jupyter and replaces the loopback config (same gain as above);
    // the pack neither reads the glued NEWPATH nor marks it. Fix: rpm -i/-U/--reinstall with --relocate, --prefix,
    // --root values marks NEWPATH's (prefix's, root's) tree changed. Doc: rpm(8) --relocate, --prefix, --badreloc.
    {
        name: `cross-account: ${WRITTEN} installs a site RPM relocated into it (\`rpm -ivh --relocate /etc/skel-jupyter=/root/.jupyter PKG\`)`,
        stack: "cross-account",
        refused: /rt52-rpm-reloc/,
        edit: loopbackJupyter("rt52-rpm-reloc", [
            "rpm -ivh --relocate /etc/skel-jupyter=/root/.jupyter /opt/seed/jupyter-site.rpm",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`find /root/.jupyter -name '*.py' -exec sed -i 's/localhost/0.0.0.0/' {} +\``,
        stack: "cross-account",
        refused: /rt52-find-sed/,
        edit: loopbackJupyter("rt52-find-sed", [
            "find /root/.jupyter -name '*.py' -exec sed -i 's/localhost/0.0.0.0/' {} +",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`find /opt/seed/jupyter -name '*.py' -exec install -m 600 {} /root/.jupyter/ ';'\``,
        stack: "cross-account",
        refused: /rt52-find-install/,
        edit: loopbackJupyter("rt52-find-install", [
            "find /opt/seed/jupyter -name '*.py' -exec install -m 600 {} /root/.jupyter/ ';'",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`find /root/.jupyter -exec getfacl {} + -execdir sh -c 'cat /opt/seed/extra.py >> "$1"' _ {} ';'\``,
        stack: "cross-account",
        refused: /rt52-find-mixed/,
        edit: loopbackJupyter("rt52-find-mixed", [
            "find /root/.jupyter -name '*.py' -exec getfacl {} + -execdir sh -c 'cat /opt/seed/extra.py >> \"$1\"' _ {} ';'",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /root/.jupyter && pip3 install --target . jupyter-site-config\` (pip writes the package into .)`,
        stack: "cross-account",
        refused: /rt52-pip-target/,
        edit: loopbackJupyter("rt52-pip-target", ["cd /root/.jupyter && pip3 install --target . jupyter-site-config"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /root && python3 -m pip install --target=.jupyter jupyter-site-config\``,
        stack: "cross-account",
        refused: /rt52-pym-target/,
        edit: loopbackJupyter("rt52-pym-target", [
            "cd /root && python3 -m pip install --target=.jupyter jupyter-site-config",
        ]),
    },
    // Round 52 neighbours (insecure).
    {
        name: `cross-account: ${WRITTEN} \`bsdcpio -i -F OVERLAY\` from / (copy-in from a named archive, not list)`,
        stack: "cross-account",
        refused: /rt52-n-bsdcpio-F/,
        edit: loopbackJupyter("rt52-n-bsdcpio-F", ["bsdcpio -i -F /opt/seed/overlay.cpio"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && pax -r -s ',^,/root/,' -f OVERLAY\` (-s renames the members anywhere)`,
        stack: "cross-account",
        refused: /rt52-n-pax-s/,
        edit: loopbackJupyter("rt52-n-pax-s", ["cd /srv && pax -r -s ',^,/root/,' -f /opt/seed/overlay.tar"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`pax -rw -pe /opt/seed/jupyter /root\` (copy mode into the last operand)`,
        stack: "cross-account",
        refused: /rt52-n-pax-rw/,
        edit: loopbackJupyter("rt52-n-pax-rw", ["cd /opt/seed && pax -rw -pe .jupyter /root"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`export GIT_WORK_TREE=/root\` then \`cd /srv && git --git-dir=/opt/seed/dotfiles.git checkout -f\``,
        stack: "cross-account",
        refused: /rt52-n-gitwt-export/,
        edit: loopbackJupyter("rt52-n-gitwt-export", [
            "export GIT_WORK_TREE=/root",
            "cd /srv && git --git-dir=/opt/seed/dotfiles.git checkout -f",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && env GIT_WORK_TREE="$(cat /opt/seed/tree)" git --git-dir=D checkout -f\` (a work tree the pack cannot compute)`,
        stack: "cross-account",
        refused: /rt52-n-gitwt-unknown/,
        edit: loopbackJupyter("rt52-n-gitwt-unknown", [
            'cd /srv && env GIT_WORK_TREE="$(cat /opt/seed/tree)" git --git-dir=/opt/seed/dotfiles.git checkout -f',
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`rpm -Uvh --relocate=/etc/skel=/root PKG\` (glued NEWPATH)`,
        stack: "cross-account",
        refused: /rt52-n-rpm-glued/,
        edit: loopbackJupyter("rt52-n-rpm-glued", ["rpm -Uvh --relocate=/etc/skel=/root /opt/seed/skel.rpm"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /srv && rpm -ivh --prefix /root/.jupyter PKG\` (a relocatable package's prefix)`,
        stack: "cross-account",
        refused: /rt52-n-rpm-prefix/,
        edit: loopbackJupyter("rt52-n-rpm-prefix", ["cd /srv && rpm -ivh --prefix /root/.jupyter /opt/seed/site.rpm"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`find /opt/seed/jupyter -name '*.py' -exec cp -t /root/.jupyter {} +\` (copies in under the found names)`,
        stack: "cross-account",
        refused: /rt52-n-find-cpin/,
        edit: loopbackJupyter("rt52-n-find-cpin", [
            "find /opt/seed/jupyter -name '*.py' -exec cp -t /root/.jupyter {} +",
        ]),
    },
    {
        name: `cross-account: ${WRITTEN} \`find /root/.jupyter -name '*.py' -exec mv {} /var/backups/ ';'\` (moves the config away)`,
        stack: "cross-account",
        refused: /rt52-n-find-mv/,
        edit: loopbackJupyter("rt52-n-find-mv", ["find /root/.jupyter -name '*.py' -exec mv {} /var/backups/ ';'"]),
    },
    {
        name: `cross-account: ${WRITTEN} \`cd /root/.jupyter && python3 -I -m pip download PKG\` (pip download saves into .)`,
        stack: "cross-account",
        refused: /rt52-n-pym-download/,
        edit: loopbackJupyter("rt52-n-pym-download", [
            "cd /root/.jupyter && python3 -I -m pip download jupyter-site-config",
        ]),
    },
    // Round 81 neighbours of rt52-s-mktemp: without set -e a cd standing alone may fail (bash(1) cd) and the script
    // goes on in / (cloud-init's working directory), where tar extracts the archive over /root/.jupyter.
    {
        name: `cross-account: ${WRITTEN} \`cd "$(mktemp -d)"; tar -xzf ARCHIVE\` (a cd that may fail, then tar in /) (fix81)`,
        stack: "cross-account",
        refused: /rt52-mktemp-alone-fix81/,
        edit: loopbackJupyter("rt52-mktemp-alone-fix81", ['cd "$(mktemp -d)"; tar -xzf /opt/seed/overlay.tgz']),
    },
    // `||` runs tar exactly where the cd failed (bash manual "Lists of Commands"): in /.
    {
        name: `cross-account: ${WRITTEN} \`cd "$(mktemp -d)" || tar -xzf ARCHIVE\` (tar only where the cd failed: /) (fix81)`,
        stack: "cross-account",
        refused: /rt52-mktemp-or-fix81/,
        edit: loopbackJupyter("rt52-mktemp-or-fix81", ['cd "$(mktemp -d)" || tar -xzf /opt/seed/overlay.tgz']),
    },
];

const secure: StackCase[] = [
    {
        name: "pod-identity: an ops role may kms:Decrypt share 1's ALIAS ARN (an alias ARN authorizes no cryptographic operation)",
        stack: "pod-identity",
        edit: r =>
            opsRole(
                r,
                "rt52-s-aliasarn",
                allow("kms:Decrypt", `arn:aws:kms:eu-west-1:${A}:alias/custody-infra/pod-identity/share-1`),
            ),
    },
    {
        name: "pod-identity: an ops role may kms:Decrypt `arn:aws:kms:*:111111111111:key/mrk-*` (multi-Region keys only; no custody key is one)",
        stack: "pod-identity",
        edit: r => opsRole(r, "rt52-s-mrk", allow("kms:Decrypt", `arn:aws:kms:*:${A}:key/mrk-*`)),
    },
    {
        name: "pod-identity: an ops role may read `table/custody-pod-identity-keystore-*` (matches only archive tables, not the keystore itself)",
        stack: "pod-identity",
        edit: r =>
            opsRole(
                r,
                "rt52-s-tablewild",
                allow(
                    ["dynamodb:GetItem", "dynamodb:Query"],
                    `arn:aws:dynamodb:eu-west-1:${A}:table/custody-pod-identity-keystore-*`,
                ),
            ),
    },
    {
        name: "pod-identity: an ops role may read a same-named keystore table in us-east-1 (another table)",
        stack: "pod-identity",
        edit: r =>
            opsRole(
                r,
                "rt52-s-otherregion",
                allow(
                    ["dynamodb:GetItem", "dynamodb:Query"],
                    `arn:aws:dynamodb:us-east-1:${A}:table/custody-pod-identity-keystore`,
                ),
            ),
    },
    {
        name: "pod-identity: a resource policy (`region: us-east-1`) on a same-named keystore table in us-east-1 lets the account's ops role read it (another table)",
        stack: "pod-identity",
        edit: r =>
            void beside(r, "pod-identity", "aws:dynamodb/resourcePolicy:ResourcePolicy", "rt52-s-rp-east", {
                region: "us-east-1",
                resourceArn: `arn:aws:dynamodb:us-east-1:${A}:table/custody-pod-identity-keystore`,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: outsideRole(A) },
                    Action: ["dynamodb:GetItem", "dynamodb:Query"],
                    Resource: `arn:aws:dynamodb:us-east-1:${A}:table/custody-pod-identity-keystore`,
                }),
            }),
    },
    {
        name: "pod-identity: an ops role may kms:Decrypt share 1's key id in us-west-2 (no key of that id there: key ids are per Region)",
        stack: "pod-identity",
        edit: r => opsRole(r, "rt52-s-keyregion", allow("kms:Decrypt", SHARE1.replace("eu-west-1", "us-west-2"))),
    },
    // Viewing rule neighbours.
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) `find /root/.jupyter -exec getfacl {} +` and `-exec setfacl -m u:ec2-user:r {} ';'`",
        stack: "cross-account",
        edit: loopbackJupyter("rt52-s-find-acl", [
            "find /root/.jupyter -exec getfacl {} +",
            "find /root/.jupyter -type f -exec setfacl -m u:ec2-user:r {} ';'",
        ]),
    },
    // Was a MISS (fixed in round 52): (secure refused) `find DIR -exec cp {} /var/backups/ ';'` only reads the configs (find(1) -exec runs the
    // command per file and writes nothing itself; cp(1) "Copy SOURCE to DEST, or multiple SOURCE(s) to DIRECTORY"), yet
    // round 51's find rule counts cp as no content keeper, so /root/.jupyter turns "changed" → unread config → every
    // address → refused, though a plain `cp /root/.jupyter/x.py /var/backups/` keeps it (copies change only their
    // destination, round 48). Fix: judge -exec's command through copiedDestinations with `{}` a source under find's
    // start paths: only its destination is marked. Doc: GNU findutils manual "Single File" (-exec), cp(1).
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) copies its configs out: `find /root/.jupyter -name '*.py' -exec cp {} /var/backups/ ';'`",
        stack: "cross-account",
        edit: loopbackJupyter("rt52-s-find-cpout", [
            "mkdir -p /var/backups && find /root/.jupyter -name '*.py' -exec cp {} /var/backups/ ';'",
        ]),
    },
    {
        name: 'cross-account: the caller\'s instance (ip localhost, empty token) extracts notebooks in a fresh directory (`cd "$(mktemp -d)" && tar -xzf NOTEBOOKS`)',
        stack: "cross-account",
        edit: loopbackJupyter("rt52-s-mktemp", ['cd "$(mktemp -d)" && tar -xzf /opt/seed/notebooks.tgz']),
        // Was a MISS (fixed in round 81): secure refused since the round-80 working-directory set (fix80-cwd): `cd "$(mktemp
        // -d)" && tar` (a command substitution in the cd of an && list, cloud-init runcmd without set -e) leaves the
        // listener judge's view with / changed (jupyter's configuration unread), while `D=$(mktemp -d); cd "$D" &&
        // tar` and `mkdir -p D && cd D && tar` stay clean. Fail-closed direction; the cd target's substitution must
        // be computed where elementOutcome/openLists take the list's directories. Round 81: the cause was the
        // substitution's own script (RootReads.command nested) leaving `alone` set, so the cd read as a statement of its
        // own (standsAlone) that may fail and run tar in /; the nested read now keeps the enclosing command's place.
    },
    // Round 81 neighbours: bash manual "Lists of Commands" (`a && b`: b runs only if a "returns an exit status of
    // zero"), bash(1) cd ("The return value is true if the directory was successfully changed"), mktemp(1) -d.
    {
        name: 'cross-account: the caller\'s instance (ip localhost, empty token) `pushd "$(mktemp -d -p /var/tmp)" && tar -xzf NOTEBOOKS` (fix81)',
        stack: "cross-account",
        edit: loopbackJupyter("rt52-s-mktemp-pushd-fix81", [
            'pushd "$(mktemp -d -p /var/tmp)" && tar -xzf /opt/seed/notebooks.tgz',
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) `cd /srv && GIT_WORK_TREE=/srv/notes git --git-dir=/opt/seed/notes.git checkout -f`",
        stack: "cross-account",
        edit: loopbackJupyter("rt52-s-gitwt", [
            "mkdir -p /srv/notes && cd /srv && GIT_WORK_TREE=/srv/notes git --git-dir=/opt/seed/notes.git checkout -f",
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) from /: `pax -f ARCHIVE` (lists) and `bsdcpio -it < ARCHIVE`",
        stack: "cross-account",
        edit: loopbackJupyter("rt52-s-pax-list", [
            "pax -f /opt/seed/notebooks.tar",
            "bsdcpio -it < /opt/seed/notebooks.cpio",
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) `cd /root && rpm -qa > /var/log/rpms.txt && rpm -Va`",
        stack: "cross-account",
        edit: loopbackJupyter("rt52-s-rpmq", ["cd /root && rpm -qa > /var/log/rpms.txt && rpm -Va"]),
    },
    // Was a MISS (fixed in round 52): (secure refused) `python3 -m pip install NAME` is pip's own recommended spelling ("python -m pip" runs the
    // pip of that interpreter; pip docs "Getting Started"/"User Guide": `python -m pip install SomePackage`) and
    // writes to site-packages, not its working directory; the keep list holds `pip install` by program name only, so
    // python3 marks /root changed → the written loopback config unread → every address → refused (round 49 already
    // reads `python -m pip` as no server). Fix: read `python[3[.N]] -m pip ARGS` as `pip ARGS` for the keep list (and
    // its --target/-t/--prefix/--root values as destinations). Doc: pip documentation "Getting Started" / pip install.
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) `cd /root && python3 -m pip install --upgrade jupyterlab` (no local path)",
        stack: "cross-account",
        edit: loopbackJupyter("rt52-s-pym", ["cd /root && python3 -m pip install --upgrade jupyterlab"]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) `cd /root && curl -fsSL URL | sha256sum -c CHECKSUMS` (curl to stdout)",
        stack: "cross-account",
        edit: loopbackJupyter("rt52-s-curlsum", [
            "cd /root && curl -fsSL https://seed.example.com/notebooks.tgz | sha256sum -c /opt/seed/notebooks.sha256",
        ]),
    },
    // Round 52 neighbours (secure).
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) `find /root/.jupyter -name '*.py' -exec install -m 600 -t /var/backups/jupyter {} +` (copies out)",
        stack: "cross-account",
        edit: loopbackJupyter("rt52-s-find-install-out", [
            "mkdir -p /var/backups/jupyter && find /root/.jupyter -name '*.py' -exec install -m 600 -t /var/backups/jupyter {} +",
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) `cd /root && python3 -m pip install --user jupyterlab-git && python3 -m pip list`",
        stack: "cross-account",
        edit: loopbackJupyter("rt52-s-pym-user", [
            "cd /root && python3 -m pip install --user jupyterlab-git && python3 -m pip list",
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) `cd /root && rpm -ivh --relocate /opt/tools=/opt/site-tools PKG` (relocated elsewhere)",
        stack: "cross-account",
        edit: loopbackJupyter("rt52-s-rpm-reloc", [
            "cd /root && rpm -ivh --relocate /opt/tools=/opt/site-tools /opt/seed/tools.rpm",
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) from /: `pax -w -f /var/backups/jupyter.tar /root/.jupyter` and `bsdcpio -i -D /srv/notes < NOTES`",
        stack: "cross-account",
        edit: loopbackJupyter("rt52-s-pax-w", [
            "pax -w -f /var/backups/jupyter.tar /root/.jupyter",
            "mkdir -p /srv/notes && bsdcpio -i -D /srv/notes < /opt/seed/notes.cpio",
        ]),
    },
    {
        name: "cross-account: the caller's instance (ip localhost, empty token) `cd /root && 7za a -t7z /var/backups/jupyter.7z .jupyter && 7zz t /var/backups/jupyter.7z`",
        stack: "cross-account",
        edit: loopbackJupyter("rt52-s-7za", [
            "cd /root && 7za a -t7z /var/backups/jupyter.7z .jupyter && 7zz t /var/backups/jupyter.7z",
        ]),
    },
];

describeVariants("allowlist: red-team round 52 on the AWS level", insecure, secure);
