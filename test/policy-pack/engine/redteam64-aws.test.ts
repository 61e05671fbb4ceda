// Red-team round 64 on the AWS level (fresh eyes). Probed, half and half:
// - the caller's instance of account B (seed 003), round 63's xargs standard-input reader (rootReads.ts standardInput,
//   xargsItems, findPrint0Roots) reached by other routes: the script's own standard input replaced (`exec <`), a
//   brace group's, a subshell's and a function's redirect, a pipe into a subshell, `while read` loops, GNU parallel,
//   xargs options with separate values the reader does not list (--max-procs, --process-slot-var), wrappers (env,
//   timeout, busybox), -d with another delimiter, a list file the script wrote and then changed (append, sed -i,
//   overwritten by a copy or by extracting an archive into /srv), find -print0 into xargs -0; secure twins.
// - IAM/KMS/DynamoDB/EKS shapes of prod: kms:CallerAccount on `*` (the account root by another name), DynamoDB
//   streams (GetRecords), PartiQL, on-demand backups restored, eks:CreatePodIdentityAssociation + iam:PassRole on the
//   signer, EC2 Instance Connect and SSM sessions on the nodes, iam:PutRolePolicy on the signer, the signer's trust to
//   the account root; secure: a grant to the signer with an ops retiring principal, an encryption-context-pinned
//   signer statement.
// Misses (11 insecure, 0 secure; all fixed in round 65, the two found by its fixer in round 66): xargs's standard input is read only from the simple command's own redirects and a
// pipe straight into it (rootReads.ts standardInput), so `exec < LIST` before it, a brace group's, a subshell's or a
// function call's `< LIST`, and a pipe into a subshell hand it `-C /root` unseen; GNU parallel reading its arguments
// from standard input and `busybox xargs` are not read as xargs; a written list replaced before it is read
// (`cp`/`ln -sf` from /opt/seed, an archive extracted over it) keeps its stale written text; `set -- $(cat LIST)` then
// `tar ... "$@"` is not followed. The IAM/KMS/DynamoDB/EKS shapes probed are all judged right.
import { describeVariants, doc, find, Resources, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { KEPT, loopbackJupyter, keptCase as kept, writtenCase as written } from "./callerInstanceBuilders";
import { editDoc } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const A = ACCOUNT.prod;
const SIGNER = `arn:aws:iam::${A}:role/custody-prod-signer`;
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`;
const TAR = "/opt/seed/overlay.tar";
const LIST_ROOT: [string, string][] = [["/srv/members.txt", "-C /root\n.jupyter/jupyter_server_config.py\n"]];
const LIST_NAMES: [string, string][] = [["/srv/members.txt", "notes/a.txt\nnotes/b.txt\n"]];
const DIRS_ROOT: [string, string][] = [["/srv/dirs.txt", "/root\n"]];
const DIRS_SRV: [string, string][] = [["/srv/dirs.txt", "/srv/notes\n"]];
const trustOf = (r: Resources, role: string, edit: (d: { Statement: Record<string, unknown>[] }) => void) =>
    editDoc(find(r, ROLE, role), "assumeRolePolicy", edit);
const share1 = (statement: Record<string, unknown>) => (r: Resources) =>
    editDoc(find(r, KEY, "signer-shares-share-1"), "policy", d => void d.Statement.push(statement));

/** A secure case of the caller's instance that writes `files` first. */
const keptWith = (id: string, runcmd: string[], files: [string, string][], skip?: string): StackCase => ({
    name: `cross-account: ${KEPT}, writes ${files.map(([f]) => f).join(", ")}, then \`${runcmd.join("; ")}\``,
    stack: "cross-account",
    edit: loopbackJupyter(id, runcmd, files),
    ...(skip === undefined ? {} : { skip }),
});
/** A prod ops role case. */
const prodOps = (id: string, what: string, statements: object[], skip?: string): StackCase => ({
    name: `prod: an ops role may ${what}`,
    stack: "prod",
    refused: new RegExp(id),
    edit: r => opsRole(r, "prod", A, id, statements),
    ...(skip === undefined ? {} : { skip }),
});
/** A key-policy statement of share 1 to `*` (refused unless `ok`). */
const keyCase = (what: string, statement: Record<string, unknown>, ok = false, skip?: string): StackCase => ({
    name: `prod: share 1's key policy: ${what}`,
    stack: "prod",
    ...(ok ? {} : { refused: /./ }),
    edit: share1(statement),
    ...(skip === undefined ? {} : { skip }),
});

const insecure: StackCase[] = [
    // xargs's standard input by other routes.
    // Was a MISS (fixed in round 65): insecure accepted: `exec` with only redirections makes them "effect in the current shell" (bash(1) "Redirections"/
    // exec builtin; POSIX exec(1p): "Redirection affects the current shell execution environment"), so after
    // `exec < /srv/members.txt` every later command of the runcmd script, xargs included, reads the list; xargs(1), GNU findutils (https://man.cx/xargs): items "read from standard input" follow the initial-arguments, so tar
    // runs `tar -xf overlay.tar -C /root .jupyter/jupyter_server_config.py`, replacing root's loopback Jupyter config.
    // rootReads.ts standardInput reads only xargs's own redirects/pipe, so it sees no stdin and counts /srv only.
    written("rt64-exec-stdin", ["exec < /srv/members.txt", `cd /srv && xargs tar -xf ${TAR}`], LIST_ROOT),
    // Was a MISS (fixed in round 65): insecure accepted: "Any redirections associated with a compound command apply to all commands within that
    // compound command" (Bash manual 3.2.5 "Compound Commands", https://gnu.org/software/bash/manual/html_node/Compound-Commands.html):
    // xargs inside `{ ...; } < /srv/members.txt` reads the list (xargs(1), GNU findutils (https://man.cx/xargs): items "read from standard input" follow the initial-arguments) and tar extracts with `-C /root`.
    // rootReads.ts standardInput looks only at the simple command's own redirects, not the enclosing group's.
    written("rt64-brace-stdin", [`{ cd /srv && xargs tar -xf ${TAR}; } < /srv/members.txt`], LIST_ROOT),
    // Was a MISS (fixed in round 65): insecure accepted: as rt64-brace-stdin, with a subshell `( ... ) < FILE` (Bash manual "Grouping Commands":
    // "When commands are grouped, redirections may be applied to the entire command list"): xargs reads `-C /root`.
    written("rt64-subshell-stdin", [`(cd /srv && xargs tar -xf ${TAR}) < /srv/members.txt`], LIST_ROOT),
    // Was a MISS (fixed in round 65): insecure accepted: a pipe into a subshell feeds every command in it (Bash manual "Pipelines", "Grouping
    // Commands"): `cat LIST | ( cd /srv && xargs tar -xf T )` gives xargs the list, so tar gets `-C /root`; the pack
    // (ctx.pipedText) hands the pipe only to a simple command directly after `|`.
    written("rt64-pipe-subshell", [`cat /srv/members.txt | (cd /srv && xargs tar -xf ${TAR})`], LIST_ROOT),
    // Was a MISS (fixed in round 65): insecure accepted: a redirect on a function call is the standard input of the function body (Bash manual
    // "Shell Functions"/"Redirections"): `x < /srv/members.txt` runs xargs with the list on stdin, tar gets `-C /root`.
    written("rt64-function-stdin", [`x() { cd /srv && xargs tar -xf ${TAR}; }; x < /srv/members.txt`], LIST_ROOT),
    written(
        "rt64-while-read",
        [`cd /srv && while read -r d; do tar -xf ${TAR} -C "$d"; done < /srv/dirs.txt`],
        DIRS_ROOT,
    ),
    // Was a MISS (fixed in round 65): insecure accepted: GNU parallel "build[s] and execute[s] shell command lines from standard input", synopsis
    // `parallel [options] [command [arguments]] < list_of_arguments`, `{}` replaced by each input line
    // (parallel(1), https://gnu.org/software/parallel/man.html): it runs `tar -xf overlay.tar -C /root`. The pack reads
    // xargs's standard input only (rootReads.ts xargsWords); parallel's `:::` form (rt64-parallel-args) is refused.
    written("rt64-parallel-stdin", [`cd /srv && parallel tar -xf ${TAR} -C {} < /srv/dirs.txt`], DIRS_ROOT),
    written("rt64-parallel-args", [`cd /srv && parallel tar -xf ${TAR} -C {} ::: /root`]),
    written("rt64-xargs-max-procs", [`cd /srv && xargs --max-procs 2 tar -xf ${TAR} < /srv/members.txt`], LIST_ROOT),
    written(
        "rt64-xargs-slot-var",
        [`cd /srv && xargs --process-slot-var SLOT tar -xf ${TAR} < /srv/members.txt`],
        LIST_ROOT,
    ),
    written("rt64-env-xargs", [`cd /srv && env xargs tar -xf ${TAR} < /srv/members.txt`], LIST_ROOT),
    written("rt64-timeout-xargs", [`cd /srv && timeout 60 xargs tar -xf ${TAR} < /srv/members.txt`], LIST_ROOT),
    // Was a MISS (fixed in round 65): insecure accepted: BusyBox's xargs applet is xargs ("busybox APPLET [ARGS]", busybox(1); xargs(1), GNU findutils (https://man.cx/xargs): items "read from standard input" follow the initial-arguments):
    // `busybox xargs tar -xf T < LIST` runs `tar -xf T -C /root ...`; env/timeout wrappers are read, busybox is not.
    written("rt64-busybox-xargs", [`cd /srv && busybox xargs tar -xf ${TAR} < /srv/members.txt`], LIST_ROOT),
    // Round 65 neighbours: standard input through the shell's structure (rootReads.ts compoundCommands, standardInput).
    written("rt65-exec-stdin-seed", ["exec < /opt/seed/members.txt", `cd /srv && xargs tar -xf ${TAR}`]),
    written("rt65-exec-0-stdin", ["exec 0< /srv/members.txt", `cd /srv && xargs tar -xf ${TAR}`], LIST_ROOT),
    written("rt65-brace-lines", ["{", `cd /srv && xargs tar -xf ${TAR}`, "} < /srv/members.txt"], LIST_ROOT),
    written("rt65-nested-groups", [`{ (cd /srv && xargs tar -xf ${TAR}); } < /srv/members.txt`], LIST_ROOT),
    written("rt65-for-stdin", [`for i in 1; do cd /srv && xargs tar -xf ${TAR}; done < /srv/members.txt`], LIST_ROOT),
    written("rt65-if-stdin", [`if true; then cd /srv && xargs tar -xf ${TAR}; fi < /srv/members.txt`], LIST_ROOT),
    written("rt65-pipe-brace-seed", [`cat /opt/seed/members.txt | { cd /srv && xargs tar -xf ${TAR}; }`]),
    written(
        "rt65-function-lines-pipe",
        ["x() {", `  cd /srv && xargs tar -xf ${TAR}`, "}", "cat /srv/members.txt | x"],
        LIST_ROOT,
    ),
    written(
        "rt65-function-exec",
        ["f() { exec < /srv/members.txt; }", "f", `cd /srv && xargs tar -xf ${TAR}`],
        LIST_ROOT,
    ),
    written(
        "rt65-subshell-procsub",
        [`(cat <(echo x) > /dev/null; cd /srv && xargs tar -xf ${TAR}) < /srv/members.txt`],
        LIST_ROOT,
    ),
    written("rt65-toybox-xargs", [`cd /srv && toybox xargs tar -xf ${TAR} < /srv/members.txt`], LIST_ROOT),
    written("rt65-parallel-jobs", [`cd /srv && parallel -j 2 tar -xf ${TAR} -C {} < /srv/dirs.txt`], DIRS_ROOT),
    written("rt65-parallel-appended", [`cd /srv && parallel tar -xf ${TAR} -C < /srv/dirs.txt`], DIRS_ROOT),
    written("rt65-parallel-argfile", [`cd /srv && parallel tar -xf ${TAR} -C {} :::: /srv/dirs.txt`], DIRS_ROOT),
    written("rt65-parallel-seed", [`cd /srv && parallel tar -xf ${TAR} -C {} < /opt/seed/dirs.txt`]),
    written("rt64-xargs-d-comma", [`cd /srv && printf '%s,' -C /root | xargs -d, tar -xf ${TAR}`]),
    written("rt64-xargs-sh-c", [`cd /srv && xargs sh -c 'tar -xf ${TAR} "$@"' _ < /srv/members.txt`], LIST_ROOT),
    written(
        "rt64-list-appended",
        ["echo '-C /root' >> /srv/members.txt", `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written(
        "rt64-list-sed-i",
        ["sed -i '1i -C /root' /srv/members.txt", `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`],
        LIST_NAMES,
    ),
    // Was a MISS (fixed in round 65): insecure accepted: the pack reads /srv/members.txt as the names-only text write_files wrote, but
    // `cp /opt/seed/members.txt /srv/members.txt` replaced it first (cp(1)) with a seed file it cannot read, which may
    // hold `-C /root`; xargs then feeds that to tar (xargs(1)). A written file overwritten by an unknown source must
    // become unknown (fail closed, as round 63 does for `< /opt/seed/members.txt`).
    written(
        "rt64-list-cp-over",
        ["cp /opt/seed/members.txt /srv/members.txt", `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`],
        LIST_NAMES,
    ),
    // Was a MISS (fixed in round 65): insecure accepted: as rt64-list-cp-over: `tar -xf /opt/seed/lists.tar` in /srv may carry a member
    // members.txt that overwrites /srv/members.txt (GNU tar "Overwrite Control": by default existing files are
    // replaced), so xargs's stdin is unknown seed text that may hold `-C /root`; the pack keeps the stale written text.
    written(
        "rt64-list-extracted-over",
        ["cd /srv && tar -xf /opt/seed/lists.tar", `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written("rt64-list-runcmd-printf", [
        "printf '%s\\n' -C /root > /srv/args.txt",
        `cd /srv && xargs tar -xf ${TAR} < /srv/args.txt`,
    ]),
    written("rt64-list-tee", [
        "printf '%s\\n' -C /root | tee /srv/args.txt",
        `cd /srv && xargs tar -xf ${TAR} < /srv/args.txt`,
    ]),
    written("rt64-find-print0-root", [
        `cd /srv && find /root/.jupyter -print0 | xargs -0 -I{} cp /opt/seed/jupyter_server_config.py {}`,
    ]),
    // Other shell readers of a written list (not xargs).
    written("rt64-for-cat", [`cd /srv && for d in $(cat /srv/dirs.txt); do tar -xf ${TAR} -C "$d"; done`], DIRS_ROOT),
    written("rt64-cmdsub-C", [`cd /srv && tar -xf ${TAR} -C "$(cat /srv/dirs.txt)"`], DIRS_ROOT),
    written("rt64-read-var", [`read -r d < /srv/dirs.txt; cd /srv && tar -xf ${TAR} -C "$d"`], DIRS_ROOT),
    // Was a MISS (fixed in round 65): insecure accepted: `set -- $(cat /srv/members.txt)` sets the positional parameters to the list's words
    // (Bash manual "The Set Builtin": "any arguments remaining are assigned to the positional parameters"; the
    // unquoted command substitution is word-split, "Word Splitting"), so `tar -xf overlay.tar "$@"` runs
    // `tar -xf overlay.tar -C /root .jupyter/jupyter_server_config.py`, replacing root's loopback Jupyter config. The
    // pack does not carry `set --` words into "$@" (or fail closed on "$@" of unknown words); the neighbours
    // `for d in $(cat ...)`, `-C "$(cat ...)"` and `read -r d <` are refused.
    written("rt64-set-cat", [`set -- $(cat /srv/members.txt); cd /srv && tar -xf ${TAR} "$@"`], LIST_ROOT),
    // Was a MISS (fixed in round 65): insecure accepted: `ln -sf /opt/seed/members.txt /srv/members.txt` replaces the written names-only list by a
    // symbolic link to the seed's list (ln(1): -f "remove existing destination files", -s "make symbolic links"), so
    // `< /srv/members.txt` gives xargs the seed's text, which the pack cannot read and may hold `-C /root` (xargs(1):
    // items "read from standard input" follow the initial-arguments); the pack keeps the stale written text. Same
    // class as rt64-list-cp-over: a written file replaced by an unknown source must become unknown.
    written(
        "rt64-list-symlink",
        ["ln -sf /opt/seed/members.txt /srv/members.txt", `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`],
        LIST_NAMES,
    ),
    // Round 65 neighbours: a written file is known only until a command that may write it (rootReads.ts overwrites).
    written(
        "rt65-list-mv-over",
        ["mv /opt/seed/members.txt /srv/members.txt", `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written(
        "rt65-list-rsync-dir",
        ["rsync -a /opt/seed/lists/ /srv/", `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written(
        "rt65-list-unzip",
        ["unzip -o /opt/seed/lists.zip -d /srv", `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`],
        LIST_NAMES,
    ),
    // Was a MISS (fixed in round 66): insecure accepted: a command other than a copier that may rewrite the written list (sort -o, a program
    // the pack does not read) leaves its stale text known (rootReads.ts overwrites follows copiers only: the node judge
    // reads written files through the same map to refuse what they say, so forgetting them there needs a separate
    // "unknown" answer for those readers first).
    written(
        "rt65-list-sort-o",
        ["sort -o /srv/members.txt /opt/seed/members.txt", `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`],
        LIST_NAMES,
    ),
    // Was a MISS (fixed in round 66): insecure accepted: a command other than a copier that may rewrite the written list (sort -o, a program
    // the pack does not read) leaves its stale text known (rootReads.ts overwrites follows copiers only: the node judge
    // reads written files through the same map to refuse what they say, so forgetting them there needs a separate
    // "unknown" answer for those readers first).
    written(
        "rt65-list-unread-program",
        ["/opt/seed/refresh-lists", `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`],
        LIST_NAMES,
    ),
    // Round 66 neighbours: a list a command may have rewritten (overwrites' `rewritten`) is unknown to every reader of
    // its text now: `set -- $(cat ...)`, a pipe from cat, a copy of it, xargs in a subshell.
    written(
        "rt66-set-after-unread-program",
        ["/opt/seed/refresh-lists", `set -- $(cat /srv/members.txt); cd /srv && tar -xf ${TAR} "$@"`],
        LIST_NAMES,
    ),
    written(
        "rt66-cat-pipe-after-sort-o",
        [
            "sort --output=/srv/members.txt /opt/seed/members.txt",
            `cat /srv/members.txt | (cd /srv && xargs tar -xf ${TAR})`,
        ],
        LIST_NAMES,
    ),
    written(
        "rt66-copy-after-unread-program",
        [
            "/opt/seed/refresh-lists",
            "cp /srv/members.txt /srv/args.txt",
            `cd /srv && xargs tar -xf ${TAR} < /srv/args.txt`,
        ],
        LIST_NAMES,
    ),
    written(
        "rt66-list-named-by-program",
        ["python3 /opt/seed/normalise.py /srv/members.txt", `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written(
        "rt65-list-cp-dir",
        ["cp /opt/seed/members.txt /srv/", `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written("rt65-set-seed", [`set -- $(cat /opt/seed/members.txt); cd /srv && tar -xf ${TAR} "$@"`]),
    written(
        "rt65-set-after-cp",
        ["cp /opt/seed/members.txt /srv/members.txt", `set -- $(cat /srv/members.txt); cd /srv && tar -xf ${TAR} "$@"`],
        LIST_NAMES,
    ),
    written("rt65-set-function", [
        `x() { cd /srv && tar -xf ${TAR} "$@"; }`,
        "set -- $(cat /opt/seed/members.txt)",
        'x "$@"',
    ]),
    written("rt65-set-dollar-1", [`set -- $(cat /srv/dirs.txt); cd /srv && tar -xf ${TAR} -C "$1"`], DIRS_ROOT),
    written("rt65-set-literal", [`set -- -C /root .jupyter/jupyter_server_config.py; cd /srv && tar -xf ${TAR} "$@"`]),
    keyCase("kms:Decrypt to `*` when StringEquals aws:SourceVpc is the prod VPC", {
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: "kms:Decrypt",
        Resource: "*",
        Condition: { StringEquals: { "aws:SourceVpc": "vpc-0123456789abcdef0" } },
    }),
    keyCase("kms:Decrypt to `*` when StringEquals aws:PrincipalOrgID is the organization", {
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: "kms:Decrypt",
        Resource: "*",
        Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abcdef1234" } },
    }),
    // IAM/KMS/DynamoDB/EKS.
    keyCase("kms:Decrypt to `*` when StringEquals kms:CallerAccount is the prod account (the account root)", {
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: "kms:Decrypt",
        Resource: "*",
        Condition: { StringEquals: { "kms:CallerAccount": A } },
    }),
    keyCase("kms:Decrypt to `*` when StringEquals aws:PrincipalAccount is the prod account", {
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: "kms:Decrypt",
        Resource: "*",
        Condition: { StringEquals: { "aws:PrincipalAccount": A } },
    }),
    prodOps("rt64-ddb-stream", "read the keystore's stream (DescribeStream/GetShardIterator/GetRecords)", [
        allow(["dynamodb:DescribeStream", "dynamodb:GetShardIterator", "dynamodb:GetRecords"], `${KEYSTORE}/stream/*`),
    ]),
    prodOps("rt64-ddb-partiql", "dynamodb:PartiQLSelect on the keystore", [allow("dynamodb:PartiQLSelect", KEYSTORE)]),
    prodOps("rt64-ddb-backup-restore", "back the keystore up on demand and restore the backup to a table it scans", [
        allow("dynamodb:CreateBackup", KEYSTORE),
        allow("dynamodb:RestoreTableFromBackup", `${KEYSTORE}/backup/*`),
        allow(
            ["dynamodb:Scan", "dynamodb:PutItem", "dynamodb:BatchWriteItem", "dynamodb:UpdateItem"],
            `arn:aws:dynamodb:eu-west-1:${A}:table/restored-*`,
        ),
    ]),
    prodOps("rt64-pod-identity", "eks:CreatePodIdentityAssociation + iam:PassRole on the signer role", [
        allow("eks:CreatePodIdentityAssociation", `arn:aws:eks:eu-west-1:${A}:cluster/*`),
        allow("iam:PassRole", SIGNER),
    ]),
    prodOps("rt64-eic", "ec2-instance-connect:SendSSHPublicKey on every instance", [
        allow("ec2-instance-connect:SendSSHPublicKey", `arn:aws:ec2:eu-west-1:${A}:instance/*`),
    ]),
    prodOps("rt64-ssm-session", "ssm:StartSession on every instance", [
        allow("ssm:StartSession", [`arn:aws:ec2:eu-west-1:${A}:instance/*`, "arn:aws:ssm:*:*:document/*"]),
    ]),
    prodOps("rt64-put-role-policy", "iam:PutRolePolicy on the signer role", [allow("iam:PutRolePolicy", SIGNER)]),
    {
        name: "prod: the signer role's trust adds the account root",
        stack: "prod",
        refused: /./,
        edit: r =>
            trustOf(r, "signer-role", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${A}:root` },
                    Action: "sts:AssumeRole",
                }),
            ),
    },
];

const secure: StackCase[] = [
    keptWith("rt64-s-exec-stdin", ["exec < /srv/members.txt", `cd /srv && xargs tar -xf ${TAR}`], LIST_NAMES),
    keptWith("rt64-s-parallel-stdin", [`cd /srv && parallel tar -xf ${TAR} -C {} < /srv/dirs.txt`], DIRS_SRV),
    keptWith("rt64-s-set-cat", [`set -- $(cat /srv/members.txt); cd /srv && tar -xf ${TAR} "$@"`], LIST_NAMES),
    keptWith("rt64-s-brace-stdin", [`{ cd /srv && xargs tar -xf ${TAR}; } < /srv/members.txt`], LIST_NAMES),
    keptWith("rt64-s-while-read", [`cd /srv && while read -r d; do mkdir -p "$d"; done < /srv/dirs.txt`], DIRS_SRV),
    keptWith(
        "rt64-s-xargs-max-procs",
        [`cd /srv && xargs --max-procs 2 -n1 tar -xf ${TAR} < /srv/members.txt`],
        LIST_NAMES,
    ),
    keptWith("rt64-s-env-xargs", [`cd /srv && env xargs tar -xf ${TAR} < /srv/members.txt`], LIST_NAMES),
    keptWith("rt65-s-subshell-stdin", [`(cd /srv && xargs tar -xf ${TAR}) < /srv/members.txt`], LIST_NAMES),
    keptWith("rt65-s-pipe-subshell", [`cat /srv/members.txt | (cd /srv && xargs tar -xf ${TAR})`], LIST_NAMES),
    keptWith("rt65-s-function-stdin", [`x() { cd /srv && xargs tar -xf ${TAR}; }; x < /srv/members.txt`], LIST_NAMES),
    keptWith("rt65-s-busybox-xargs", [`cd /srv && busybox xargs tar -xf ${TAR} < /srv/members.txt`], LIST_NAMES),
    keptWith("rt65-s-parallel-jobs", [`cd /srv && parallel -j 2 tar -xf ${TAR} -C {} < /srv/dirs.txt`], DIRS_SRV),
    kept("rt65-s-brace-seed-unread", [`{ cd /srv && tar -xf ${TAR} notes/a.txt; } < /opt/seed/members.txt`]),
    kept("rt64-s-xargs-d-comma", [`cd /srv && printf '%s,' notes/a.txt notes/b.txt | xargs -d, tar -xf ${TAR}`]),
    kept("rt64-s-find-print0-cp", [
        "cd /srv && find /opt/seed/notes -name '*.txt' -print0 | xargs -0 cp -t /srv/notes",
    ]),
    kept("rt64-s-list-printf", [
        "printf '%s\\n' notes/a.txt > /srv/args.txt",
        `cd /srv && xargs tar -xf ${TAR} < /srv/args.txt`,
    ]),
    // Round 65 neighbours: a written list only read (cat, grep, wc), copied from, or beside an extraction elsewhere stays
    // known.
    keptWith(
        "rt65-s-list-read",
        [
            "cat /srv/members.txt; wc -l /srv/members.txt; grep -c notes /srv/members.txt",
            `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`,
        ],
        LIST_NAMES,
    ),
    keptWith(
        "rt65-s-list-backup",
        ["cp /srv/members.txt /srv/members.bak", `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`],
        LIST_NAMES,
    ),
    keptWith(
        "rt65-s-extract-elsewhere",
        [`tar -xf ${TAR} -C /srv/notes`, `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`],
        LIST_NAMES,
    ),
    // Round 66 neighbours: sort without -o, sort -o into another file, chmod/chown only, and a list written again after
    // the program that may have rewritten it stay known.
    keptWith(
        "rt66-s-list-sort-read",
        [
            "sort /srv/members.txt; sort -o /srv/sorted.txt /srv/members.txt; chmod 0644 /srv/members.txt",
            "chown root:root /srv/members.txt",
            `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`,
        ],
        LIST_NAMES,
    ),
    keptWith(
        "rt66-s-list-rewritten-after",
        [
            "/opt/seed/refresh-lists",
            "printf '%s\\n' notes/a.txt notes/b.txt > /srv/members.txt",
            `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`,
        ],
        LIST_NAMES,
    ),
    keptWith("rt65-s-set-dollar-1", [`set -- $(cat /srv/dirs.txt); cd /srv && tar -xf ${TAR} -C "$1"`], DIRS_SRV),
    kept("rt65-s-set-literal", [`set -- notes/a.txt notes/b.txt; cd /srv && tar -xf ${TAR} "$@"`]),
    keyCase(
        "kms:Decrypt to the signer role when kms:EncryptionContext:table is the keystore",
        {
            Effect: "Allow",
            Principal: { AWS: SIGNER },
            Action: "kms:Decrypt",
            Resource: "*",
            Condition: { StringEquals: { "kms:EncryptionContext:table": "custody-prod-keystore" } },
        },
        true,
    ),
    {
        name: "prod: a resource policy on the keystore: dynamodb:GetItem/PutItem to the signer role only",
        stack: "prod",
        edit: r =>
            void beside(r, "prod", "aws:dynamodb/resourcePolicy:ResourcePolicy", "rt64-keystore-rp", {
                resourceArn: KEYSTORE,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: SIGNER },
                    Action: ["dynamodb:GetItem", "dynamodb:PutItem"],
                    Resource: KEYSTORE,
                }),
            }),
    },
];

describeVariants("red team 64: allowlist on the AWS level", insecure, secure);
