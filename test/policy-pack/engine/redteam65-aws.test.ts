// Red-team round 65 on the AWS level (fresh eyes). Probed, half and half:
// - the caller's instance of account B (seed 003), round 65's standard-input tracking through the shell's structure
//   (rootReads.ts compoundCommands, `exec <`, function-call redirects), GNU parallel, busybox/toybox applets,
//   RootReads.overwrites and `set --` words, reached by other routes: `while read` loops fed by process substitution
//   or a here-string, `mapfile`/`readarray`, `read -a`, a here-document into a group, `exec 3< LIST` then `<&3`,
//   `source`d scripts' stdin, a coproc, a named pipe, a written list rewritten by `tee`, `>` redirection, `dd of=`,
//   `truncate`, `install`, `cat a b > list`, `printf >> list` after `: >`; secure twins (a harmless list through a
//   group/loop/function, a backup copy beside it, `exec < /dev/null`, a list read by `sort` to stdout).
//   Also: a root-run write_files script, other copiers/unpackers over the list (rsync/cp -t/mv -t/cpio/busybox and
//   bsdtar/7z/wget/git checkout), and extraction/copies beside it (secure).
// - IAM/KMS/DynamoDB shapes of prod (few, the time went to the shell): DynamoDB export to S3,
//   iam:UpdateAssumeRolePolicy on the signer, kms:CreateGrant on every key.
// Misses (13 insecure cases, 1 secure; all fixed in round 66): standard input still lost on routes round 65 did not cover: mapfile/readarray
// arrays and `read -a` (rootReads.ts reads `read VAR <` and `set --` only), `read` in a group fed by a pipe, a
// function definition's own redirect (`f() {...} < LIST`), `exec {fd}< LIST` + `<&$fd`, a coproc's `<&${COPROC[0]}`,
// `xargs -a <(cat LIST)`, `busybox sh -c` scripts; a write_files script run by root (`bash /srv/x.sh`, `. x.sh <`) is
// not read at all (3 cases, one cause); `wget -O LIST` does not make the written list unknown (2 cases). Secure: a
// recursive `cp -r DIR /srv/` forgets every file of /srv. Known (redteam64-aws, not re-filed): python -c and perl -pi
// rewriting the list (fixed in round 66 with that class). The IAM/KMS/DynamoDB shapes probed are judged right.
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { KEPT, loopbackJupyter, keptCase as kept, writtenCase as written } from "./callerInstanceBuilders";

const A = ACCOUNT.prod;
const SIGNER = `arn:aws:iam::${A}:role/custody-prod-signer`;
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`;
const TAR = "/opt/seed/overlay.tar";
const LIST_ROOT: [string, string][] = [["/srv/members.txt", "-C /root\n.jupyter/jupyter_server_config.py\n"]];
const LIST_NAMES: [string, string][] = [["/srv/members.txt", "notes/a.txt\nnotes/b.txt\n"]];
const LIST_LINES: [string, string][] = [["/srv/members.txt", "-C\n/root\n.jupyter/jupyter_server_config.py\n"]];
const SCRIPT: [string, string] = [
    "/srv/extract.sh",
    `#!/bin/bash\ncd /srv && xargs tar -xf ${"/opt/seed/overlay.tar"}\n`,
];
const DIRS_ROOT: [string, string][] = [["/srv/dirs.txt", "/root\n"]];
const DIRS_SRV: [string, string][] = [["/srv/dirs.txt", "/srv/notes\n"]];
const XARGS = `cd /srv && xargs tar -xf ${TAR}`;

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

const insecure: StackCase[] = [
    // Standard input by routes round 65 did not list.
    written(
        "rt65-while-procsub",
        [`cd /srv && while read -r d; do tar -xf ${TAR} -C "$d"; done < <(cat /srv/dirs.txt)`],
        DIRS_ROOT,
    ),
    written("rt65-xargs-procsub", [`cd /srv && xargs tar -xf ${TAR} < <(cat /srv/members.txt)`], LIST_ROOT),
    // Was a MISS (fixed in round 66): insecure accepted: `mapfile -t a < LIST` fills array a with the list's lines (Bash manual "Bash Builtins":
    // mapfile "Read lines from the standard input into the indexed array variable", -t strips the newline;
    // https://gnu.org/software/bash/manual/html_node/Bash-Builtins.html), so with lines `-C`, `/root`,
    // `.jupyter/jupyter_server_config.py` `tar -xf overlay.tar "${a[@]}"` runs `tar -xf overlay.tar -C /root
    // .jupyter/jupyter_server_config.py`, replacing root's loopback Jupyter config. rootReads.ts carries `read VAR <`
    // and `set -- $(cat ...)` words but not mapfile/readarray arrays ("${a[@]}" of an unknown array must fail closed).
    written("rt65-mapfile", [`mapfile -t a < /srv/members.txt; cd /srv && tar -xf ${TAR} "\${a[@]}"`], LIST_LINES),
    written("rt65-readarray", [`readarray -t a < /srv/dirs.txt; cd /srv && tar -xf ${TAR} -C "\${a[0]}"`], DIRS_ROOT),
    // Was a MISS (fixed in round 66): insecure accepted: `read -r -a a < LIST` splits the list's first line `-C /root` into array a (Bash manual
    // "Bash Builtins": read -a "The words are assigned to sequential indices of the array variable",
    // https://gnu.org/software/bash/manual/html_node/Bash-Builtins.html), so `tar -xf overlay.tar "${a[@]}"` runs `tar
    // -xf overlay.tar -C /root`, extracting the seed archive over /root. `read -r d < LIST` (rt64-read-var) is refused;
    // the -a array form is not read.
    written("rt65-read-a", [`read -r -a a < /srv/members.txt; cd /srv && tar -xf ${TAR} "\${a[@]}"`], LIST_ROOT),
    written("rt65-heredoc-group", [`{ cd /srv && xargs tar -xf ${TAR}; } <<EOF`, "-C /root", "EOF"]),
    written("rt65-herestring-xargs", [`cd /srv && xargs tar -xf ${TAR} <<< '-C /root'`]),
    written("rt65-exec-3", ["exec 3< /srv/members.txt", `${XARGS} <&3`], LIST_ROOT),
    written("rt65-exec-3-seed", ["exec 3< /opt/seed/members.txt", `${XARGS} <&3`]),
    written("rt65-exec-dup-0", ["exec 3< /srv/members.txt", "exec 0<&3", XARGS], LIST_ROOT),
    // Was a MISS (fixed in round 66): insecure accepted: `. /srv/extract.sh < LIST` runs the written script in the current shell with the list as
    // standard input (Bash manual "Bourne Shell Builtins": `.` reads and executes commands from filename;
    // "Redirections": a redirect on a command applies to it), so the script's `xargs tar -xf overlay.tar` gets `-C
    // /root` (xargs(1), GNU findutils (https://man.cx/xargs): items "read from standard input" follow the
    // initial-arguments). The pack does not read root-run scripts from write_files (see rt65-bash-script-direct) nor
    // pass a redirect on `.`/`source` into them.
    written("rt65-source-stdin", [". /srv/extract.sh < /srv/members.txt"], [...LIST_ROOT, SCRIPT]),
    // Was a MISS (fixed in round 66): insecure accepted: `bash /srv/extract.sh < LIST`: the written script's xargs inherits the list as standard
    // input (bash(1): a redirect on a command is its stdin, inherited by its children), so tar runs with `-C /root`
    // (xargs(1), GNU findutils (https://man.cx/xargs): items "read from standard input" follow the initial-arguments).
    // Same root cause as rt65-bash-script-direct: a write_files script run by root is not read (and its stdin not
    // carried).
    written("rt65-bash-script-stdin", ["bash /srv/extract.sh < /srv/members.txt"], [...LIST_ROOT, SCRIPT]),
    // Was a MISS (fixed in round 66): insecure accepted: write_files writes /srv/x.sh containing `cd /srv && tar -xf /opt/seed/overlay.tar -C
    // /root` and runcmd runs `bash /srv/x.sh` as root (cloud-init runcmd runs as root; bash(1): `bash FILE` reads and
    // executes commands from FILE), so the seed archive is extracted over /root, replacing root's loopback Jupyter
    // config; the same line directly in runcmd is refused (rt64-while-read's neighbours). A root-run script whose text
    // the pack wrote itself must be read like runcmd (or, unread, fail closed).
    written(
        "rt65-bash-script-direct",
        ["bash /srv/x.sh"],
        [["/srv/x.sh", `#!/bin/bash\ncd /srv && tar -xf ${TAR} -C /root\n`]],
    ),
    // Was a MISS (fixed in round 66): insecure accepted: `exec {fd}< LIST` opens the list on a shell-allocated descriptor stored in $fd (Bash
    // manual "Redirections": "a word of the form {varname} ... the shell will allocate a file descriptor greater than
    // 10 and assign it to {varname}", https://gnu.org/software/bash/manual/html_node/Redirections.html), so `xargs ...
    // <&$fd` reads `-C /root` (xargs(1), GNU findutils (https://man.cx/xargs): items "read from standard input" follow
    // the initial-arguments). rootReads.ts standardInput fails closed on `<&3` after `exec 3<` but an `<&$fd` of a
    // {varname} descriptor is neither followed nor treated as unknown.
    written("rt65-exec-fd-var", ["exec {fd}< /srv/members.txt", `${XARGS} <&$fd`], LIST_ROOT),
    written(
        "rt65-exec-save-0",
        ["exec < /srv/members.txt", "exec 3<&0", "exec < /dev/null", `${XARGS} <&3`],
        LIST_ROOT,
    ),
    // Was a MISS (fixed in round 66): insecure accepted: `xargs -a <(cat LIST)`: process substitution passes a /dev/fd/N name whose content is
    // cat's output, the list (Bash manual "Process Substitution",
    // https://gnu.org/software/bash/manual/html_node/Process-Substitution.html), and xargs -a "Read items from file
    // instead of standard input" (xargs(1), https://man.cx/xargs), so tar gets `-C /root`. `xargs -a /srv/members.txt`
    // is refused and round 65's standardInput treats other descriptors as unknown, but a `<(...)` argument to -a is
    // accepted (must be read as the substituted text or unknown).
    written("rt65-xargs-a-procsub", [`cd /srv && xargs -a <(cat /srv/members.txt) tar -xf ${TAR}`], LIST_ROOT),
    written("rt65-tar-T-procsub", [`cd /srv && tar -xf ${TAR} -T <(cat /srv/members.txt)`], LIST_ROOT),
    written("rt65-tar-T-fd3", ["exec 3< /srv/members.txt", `cd /srv && tar -xf ${TAR} -T /dev/fd/3`], LIST_ROOT),
    written("rt65-cat-dash-pipe", [`cat /srv/members.txt - < /dev/null | (${XARGS})`], LIST_ROOT),
    written("rt65-nohup-xargs", [`cd /srv && nohup xargs tar -xf ${TAR} < /srv/members.txt`], LIST_ROOT),
    written("rt65-stdbuf-xargs", [`cd /srv && stdbuf -oL xargs tar -xf ${TAR} < /srv/members.txt`], LIST_ROOT),
    written("rt65-command-xargs", [`cd /srv && command xargs tar -xf ${TAR} < /srv/members.txt`], LIST_ROOT),
    written("rt65-sudo-xargs", [`cd /srv && sudo xargs tar -xf ${TAR} < /srv/members.txt`], LIST_ROOT),
    written(
        "rt65-parallel-pipe-flag",
        [`cd /srv && parallel --pipe -N1 xargs tar -xf ${TAR} < /srv/members.txt`],
        LIST_ROOT,
    ),
    written("rt65-if-cond-stdin", [`if ${XARGS}; then :; fi < /srv/members.txt`], LIST_ROOT),
    // Was a MISS (fixed in round 66): insecure accepted: `cat LIST | { read -r a; read -r b; tar -xf overlay.tar $a $b; }`: the pipe feeds the
    // group (Bash manual "Pipelines"/"Grouping Commands"), `read -r a` takes line 1 `-C /root`, b line 2, and the
    // unquoted $a splits ("Word Splitting"), so tar runs `tar -xf overlay.tar -C /root
    // .jupyter/jupyter_server_config.py`. `read -r d < LIST` (rt64-read-var) is refused; reads fed by round 65's
    // compoundCommands pipe into a group are not.
    written(
        "rt65-pipe-while-subshell",
        [`cat /srv/members.txt | { read -r a; read -r b; cd /srv && tar -xf ${TAR} $a $b; }`],
        LIST_ROOT,
    ),
    // Was a MISS (fixed in round 66): insecure accepted: `coproc cat LIST` runs cat with its output on the descriptor ${COPROC[0]} (Bash manual
    // "Coprocesses": "the file descriptor ... connected to the output of the coprocess is COPROC[0]",
    // https://gnu.org/software/bash/manual/html_node/Coprocesses.html), so `xargs ... <&"${COPROC[0]}"` reads `-C
    // /root` (xargs(1), GNU findutils (https://man.cx/xargs): items "read from standard input" follow the
    // initial-arguments). An `<&WORD` of a non-literal descriptor must fail closed like other unknown descriptors.
    written("rt65-coproc", [`coproc cat /srv/members.txt`, `${XARGS} <&"\${COPROC[0]}"`], LIST_ROOT),
    written("rt65-fifo", ["mkfifo /srv/p", "cat /srv/members.txt > /srv/p &", `${XARGS} < /srv/p`], LIST_ROOT),
    written("rt65-while-pipe-group", [`cat /srv/members.txt | while read -r l; do ${XARGS}; done`], LIST_ROOT),
    written("rt65-case-stdin", [`case x in x) ${XARGS};; esac < /srv/members.txt`], LIST_ROOT),
    written("rt65-until-stdin", [`until ${XARGS}; do :; done < /srv/members.txt`], LIST_ROOT),
    written("rt65-function-keyword", [`function x { ${XARGS}; }`, "x < /srv/members.txt"], LIST_ROOT),
    // Was a MISS (fixed in round 66): insecure accepted: `x() { ...xargs...; } < LIST; x`: redirections on a function definition are performed
    // when the function is executed (Bash manual "Shell Functions": "any redirections ... specified when a function is
    // defined are performed when the function is executed",
    // https://gnu.org/software/bash/manual/html_node/Shell-Functions.html), so xargs reads `-C /root` (xargs(1), GNU
    // findutils (https://man.cx/xargs): items "read from standard input" follow the initial-arguments). Round 65 reads
    // `x < LIST` (call-site redirect, rt64-function-stdin) but not the definition's redirect.
    written("rt65-function-body-redirect", [`x() { ${XARGS}; } < /srv/members.txt`, "x"], LIST_ROOT),
    written("rt65-parallel-pipe", [`cat /srv/dirs.txt | (cd /srv && parallel tar -xf ${TAR} -C {})`], DIRS_ROOT),
    written("rt65-parallel-a", [`cd /srv && parallel -a /srv/dirs.txt tar -xf ${TAR} -C {}`], DIRS_ROOT),
    written("rt65-parallel-arg-file", [`cd /srv && parallel --arg-file /srv/dirs.txt tar -xf ${TAR} -C {}`], DIRS_ROOT),
    // Was a MISS (fixed in round 66): insecure accepted: `busybox sh -c '...xargs tar -xf overlay.tar < LIST'` runs BusyBox's ash applet on the
    // script (busybox(1): "busybox APPLET [ARGS]"; sh -c "Command to execute"), so xargs reads `-C /root` (xargs(1),
    // GNU findutils (https://man.cx/xargs): items "read from standard input" follow the initial-arguments). Round 65
    // reads busybox/toybox xargs, but not the busybox sh/ash applet's -c script (plain `sh -c` is read).
    written("rt65-busybox-sh", [`busybox sh -c '${XARGS} < /srv/members.txt'`], LIST_ROOT),
    written("rt65-toybox-env-xargs", [`cd /srv && busybox env xargs tar -xf ${TAR} < /srv/members.txt`], LIST_ROOT),
    written("rt65-xargs-a", [`cd /srv && xargs -a /srv/members.txt tar -xf ${TAR}`], LIST_ROOT),
    written("rt65-xargs-arg-file-eq", [`cd /srv && xargs --arg-file=/srv/members.txt tar -xf ${TAR}`], LIST_ROOT),
    // A written list rewritten before it is read (RootReads.overwrites).
    written(
        "rt65-list-tee-over",
        ["cat /opt/seed/members.txt | tee /srv/members.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written(
        "rt65-list-redirect-over",
        ["cat /opt/seed/members.txt > /srv/members.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written(
        "rt65-list-curl-o",
        ["curl -fsSo /srv/members.txt https://seed.example.com/members.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written(
        "rt65-list-dd",
        ["dd if=/opt/seed/members.txt of=/srv/members.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written(
        "rt65-list-install",
        ["install -m 0644 /opt/seed/members.txt /srv/members.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written(
        "rt65-list-truncate-append",
        [
            "truncate -s 0 /srv/members.txt",
            "cat /opt/seed/members.txt >> /srv/members.txt",
            `${XARGS} < /srv/members.txt`,
        ],
        LIST_NAMES,
    ),
    written(
        "rt65-list-two-parts",
        ["cat /srv/a.txt /srv/b.txt > /srv/members.txt", `${XARGS} < /srv/members.txt`],
        [
            ["/srv/a.txt", "-C\n"],
            ["/srv/b.txt", "/root\n.jupyter/jupyter_server_config.py\n"],
        ],
    ),
    written(
        "rt65-list-printf-over",
        ["printf '%s\\n' -C /root > /srv/members.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written(
        "rt65-list-sed-redirect",
        ["sed 's/^notes/-C \\/root/' /srv/members.txt > /srv/m2.txt", `${XARGS} < /srv/m2.txt`],
        LIST_NAMES,
    ),
    written("rt65-list-cp-t", ["cp -t /srv /opt/seed/members.txt", `${XARGS} < /srv/members.txt`], LIST_NAMES),
    written("rt65-list-cd-cp", ["cd /srv && cp /opt/seed/members.txt .", `${XARGS} < /srv/members.txt`], LIST_NAMES),
    written(
        "rt65-list-busybox-cp",
        ["busybox cp /opt/seed/members.txt /srv/members.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written(
        "rt65-list-aws-s3-cp",
        ["aws s3 cp s3://seed-bucket/members.txt /srv/members.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    // Known class (redteam64-aws rt65-list-sort-o/rt65-list-unread-program: a command other than a copier that may
    // rewrite the written list kept its stale text known); fixed in round 66 (RootReads.overwrites, rewritten).
    written(
        "rt65-list-python-write",
        [
            "python3 -c \"open('/srv/members.txt','w').write(open('/opt/seed/members.txt').read())\"",
            `${XARGS} < /srv/members.txt`,
        ],
        LIST_NAMES,
    ),
    // Known class (redteam64-aws rt65-list-sort-o/rt65-list-unread-program: a command other than a copier that may
    // rewrite the written list kept its stale text known); fixed in round 66 (RootReads.overwrites, rewritten).
    written(
        "rt65-list-perl-i",
        ["perl -pi -e 's/^notes/-C \\/root\\nnotes/' /srv/members.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written("rt65-set-mapfile", [`set -- $(< /srv/members.txt); cd /srv && tar -xf ${TAR} "$@"`], LIST_ROOT),
    written("rt65-set-shift", [`set -- x $(cat /srv/members.txt); shift; cd /srv && tar -xf ${TAR} "$@"`], LIST_ROOT),
    written("rt65-set-star", [`set -- $(cat /srv/members.txt); cd /srv && tar -xf ${TAR} $*`], LIST_ROOT),
    written("rt65-set-no-dashes", [`set -- $(cat /srv/dirs.txt); cd /srv && tar -xf ${TAR} -C $1`], DIRS_ROOT),
    written("rt65-sh-c-control", [`sh -c '${XARGS} < /srv/members.txt'`], LIST_ROOT),
    written("rt65-bash-c-exec", [`bash -c 'exec < /srv/members.txt; ${XARGS}'`], LIST_ROOT),
    written(
        "rt65-list-rsync-file-dir",
        ["rsync -a /opt/seed/members.txt /srv/", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written("rt65-list-cp-r-dot", ["cp -r /opt/seed/lists/. /srv/", `${XARGS} < /srv/members.txt`], LIST_NAMES),
    written(
        "rt65-list-cpio",
        ["cd /srv && cpio -idu < /opt/seed/lists.cpio", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written("rt65-list-mv-t", ["mv -t /srv /opt/seed/members.txt", `${XARGS} < /srv/members.txt`], LIST_NAMES),
    written(
        "rt65-list-cp-target-eq",
        ["cp --target-directory=/srv /opt/seed/members.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written(
        "rt65-list-busybox-tar",
        ["busybox tar -xf /opt/seed/lists.tar -C /srv", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written("rt65-list-bsdtar", ["bsdtar -xf /opt/seed/lists.tar -C /srv", `${XARGS} < /srv/members.txt`], LIST_NAMES),
    written("rt65-list-7z", ["7z x -y -o/srv /opt/seed/lists.7z", `${XARGS} < /srv/members.txt`], LIST_NAMES),
    written(
        "rt65-list-rm-ln",
        ["rm /srv/members.txt && ln /opt/seed/members.txt /srv/members.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    // Was a MISS (fixed in round 66): insecure accepted: `wget -O /srv/members.txt URL` (also glued `-qO`) replaces the written names-only list
    // with the downloaded document (GNU Wget manual, "Logging and Input File Options": -O file "The documents will not
    // be written to the appropriate files, but all will be concatenated together and written to file",
    // https://gnu.org/software/wget/manual/wget.html), which the pack cannot read and may hold `-C /root`; xargs then
    // hands it to tar (xargs(1): items "read from standard input" follow the initial-arguments). rootReads.ts
    // copiedDestinations returns no file for wget -O (`if (operands.some(... -O ...)) return none`), so
    // RootReads.overwrites keeps the stale text; `curl -o FILE` (rt65-list-curl-o) is refused. Not the filed sort
    // -o/unread-program class: wget is a COPIERS entry.
    written(
        "rt65-list-wget-O",
        ["wget -qO /srv/members.txt https://seed.example.com/members.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written("rt65-list-tar-C-glued", ["tar -xf /opt/seed/lists.tar -C/srv", `${XARGS} < /srv/members.txt`], LIST_NAMES),
    written(
        "rt65-list-git-checkout",
        ["git -C /srv checkout -- members.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    // Was a MISS (fixed in round 66): insecure accepted: `wget -O /srv/members.txt URL` (also glued `-qO`) replaces the written names-only list
    // with the downloaded document (GNU Wget manual, "Logging and Input File Options": -O file "The documents will not
    // be written to the appropriate files, but all will be concatenated together and written to file",
    // https://gnu.org/software/wget/manual/wget.html), which the pack cannot read and may hold `-C /root`; xargs then
    // hands it to tar (xargs(1): items "read from standard input" follow the initial-arguments). rootReads.ts
    // copiedDestinations returns no file for wget -O (`if (operands.some(... -O ...)) return none`), so
    // RootReads.overwrites keeps the stale text; `curl -o FILE` (rt65-list-curl-o) is refused. Not the filed sort
    // -o/unread-program class: wget is a COPIERS entry.
    written(
        "rt65-list-wget-O-sep",
        ["wget -q -O /srv/members.txt https://seed.example.com/members.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    // Round 66 neighbours (fix66-aws-shell).
    written("rt66-sh-script-relative", ["cd /srv && sh extract.sh < /srv/members.txt"], [...LIST_ROOT, SCRIPT]),
    written("rt66-source-script", ["source /srv/extract.sh < /srv/members.txt"], [...LIST_ROOT, SCRIPT]),
    written("rt66-dot-slash-script", ["cd /srv && ./extract.sh < members.txt"], [...LIST_ROOT, SCRIPT]),
    written(
        "rt66-path-script",
        ["extract-list < /srv/members.txt"],
        [...LIST_ROOT, ["/usr/local/bin/extract-list", SCRIPT[1]]],
    ),
    written("rt66-busybox-ash-c", [`busybox ash -c '${XARGS} < /srv/members.txt'`], LIST_ROOT),
    written("rt66-exec-fd-var-braces", ["exec {fd}< /srv/members.txt", `${XARGS} <&\${fd}`], LIST_ROOT),
    written("rt66-function-def-redirect-line", [`x() { ${XARGS}; } < /srv/members.txt; x`], LIST_ROOT),
    written(
        "rt66-mapfile-pipe-group",
        [`cat /srv/members.txt | { mapfile -t a; cd /srv && tar -xf ${TAR} "\${a[@]}"; }`],
        LIST_LINES,
    ),
    written("rt66-read-a-unknown", [`read -r -a a < /opt/seed/members.txt; cd /srv && tar -xf ${TAR} "\${a[@]}"`]),
    written(
        "rt66-wget-output-document-eq",
        ["wget --output-document=/srv/members.txt https://seed.example.com/m.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    written("rt66-cp-r-list-file", ["cp -r /opt/seed/members.txt /srv/", `${XARGS} < /srv/members.txt`], LIST_NAMES),
    written("rt66-rm-cp-r", ["rm -rf /srv", "cp -r /opt/seed/lists /srv/", `${XARGS} < /srv/members.txt`], LIST_NAMES),
    // IAM/KMS/DynamoDB.
    prodOps("rt65-ddb-export", "export the keystore to S3", [
        allow("dynamodb:ExportTableToPointInTime", KEYSTORE),
        allow(["s3:PutObject", "s3:GetObject"], "arn:aws:s3:::ops-exports/*"),
    ]),
    prodOps("rt65-update-trust", "iam:UpdateAssumeRolePolicy on the signer role", [
        allow("iam:UpdateAssumeRolePolicy", SIGNER),
    ]),
    prodOps("rt65-create-grant-any", "kms:CreateGrant on every key", [
        allow("kms:CreateGrant", `arn:aws:kms:eu-west-1:${A}:key/*`),
    ]),
];

const secure: StackCase[] = [
    keptWith("rt65-s-exec-devnull", ["exec < /dev/null", XARGS + " < /srv/members.txt"], LIST_NAMES),
    kept("rt65-s-exec-devnull-only", ["exec < /dev/null", `cd /srv && tar -xf ${TAR} notes/a.txt`]),
    keptWith(
        "rt65-s-while-procsub",
        [`cd /srv && while read -r d; do mkdir -p "$d"; done < <(cat /srv/dirs.txt)`],
        DIRS_SRV,
    ),
    keptWith("rt65-s-while-group", [`{ while read -r d; do mkdir -p "$d"; done; } < /srv/dirs.txt`], DIRS_SRV),
    keptWith(
        "rt65-s-function-loop",
        ['f() { while read -r d; do mkdir -p "$d"; done; }', "f < /srv/dirs.txt"],
        DIRS_SRV,
    ),
    keptWith("rt65-s-for-stdin", [`for i in 1; do ${XARGS}; done < /srv/members.txt`], LIST_NAMES),
    keptWith("rt65-s-exec-3", ["exec 3< /srv/members.txt", `${XARGS} <&3`], LIST_NAMES),
    keptWith(
        "rt65-s-list-backup-dir",
        ["mkdir -p /srv/backup && cp -a /srv/members.txt /srv/backup/", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    keptWith(
        "rt65-s-list-sort-stdout",
        ["sort /srv/members.txt > /srv/members.sorted", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    keptWith(
        "rt65-s-list-tar-backup",
        ["tar -cf /srv/lists.tar -C /srv members.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    keptWith("rt65-s-list-chmod", ["chmod 0600 /srv/members.txt", `${XARGS} < /srv/members.txt`], LIST_NAMES),
    keptWith("rt65-s-mapfile", [`mapfile -t a < /srv/members.txt; cd /srv && tar -xf ${TAR} "\${a[@]}"`], LIST_NAMES),
    keptWith("rt65-s-xargs-a", [`cd /srv && xargs -a /srv/members.txt tar -xf ${TAR}`], LIST_NAMES),
    keptWith("rt65-s-parallel-a", [`cd /srv && parallel -a /srv/dirs.txt tar -xf ${TAR} -C {}`], DIRS_SRV),
    keptWith("rt65-s-toybox-xargs", [`cd /srv && toybox xargs tar -xf ${TAR} < /srv/members.txt`], LIST_NAMES),
    keptWith("rt65-s-case-stdin", [`case x in x) ${XARGS};; esac < /srv/members.txt`], LIST_NAMES),
    kept("rt65-s-heredoc-group", [`{ cd /srv && xargs tar -xf ${TAR}; } <<EOF`, "notes/a.txt", "EOF"]),
    kept("rt65-s-herestring", [`cd /srv && xargs tar -xf ${TAR} <<< 'notes/a.txt'`]),
    keptWith(
        "rt65-s-set-shift",
        [`set -- x $(cat /srv/members.txt); shift; cd /srv && tar -xf ${TAR} "$@"`],
        LIST_NAMES,
    ),
    keptWith(
        "rt65-s-bash-script",
        ["bash /srv/prepare.sh"],
        [["/srv/prepare.sh", "#!/bin/bash\nmkdir -p /srv/notes\n"]],
    ),
    keptWith("rt65-s-function-def-redirect", [`x() { ${XARGS}; } < /srv/members.txt`, "x"], LIST_NAMES),
    keptWith("rt65-s-read-a", [`read -r -a a < /srv/members.txt; cd /srv && tar -xf ${TAR} "\${a[@]}"`], LIST_NAMES),
    kept("rt65-s-while-herestring", [`while read -r d; do mkdir -p "/srv/$d"; done <<< 'notes'`]),
    keptWith(
        "rt65-s-rsync-notes",
        ["rsync -a /opt/seed/notes/ /srv/notes/", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    keptWith(
        "rt65-s-unzip-notes",
        ["unzip -o /opt/seed/notes.zip -d /srv/notes", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    // Was a MISS (fixed in round 66): secure refused: `cp -r /opt/seed/notes /srv/` copies the directory to /srv/notes (GNU coreutils "cp
    // invocation": with a directory as the last operand "cp copies each SOURCE to the specified directory, using the
    // SOURCEs' names"; /srv exists, write_files wrote /srv/members.txt), so it cannot rewrite /srv/members.txt; the
    // pack (rootReads.ts copiedDestinations: recursive copies "write a tree" at DEST) forgets the whole of /srv, the
    // names-only list becomes unknown and the xargs tar is refused. `cp -r /opt/seed/notes /srv/notes`
    // (rt65-s-cp-r-notes-named) is accepted; the tree should be DEST/basename(SOURCE) when DEST is a known directory.
    keptWith("rt65-s-cp-r-notes", ["cp -r /opt/seed/notes /srv/", `${XARGS} < /srv/members.txt`], LIST_NAMES),
    keptWith("rt65-s-exec-devnull-first", ["exec < /dev/null", `${XARGS} < /srv/members.txt`], LIST_NAMES),
    keptWith(
        "rt65-s-group-devnull",
        ["{ mkdir -p /srv/notes; } < /dev/null", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    keptWith("rt65-s-sed-i-other", ["sed -i 's/a/b/' /srv/notes.cfg", `${XARGS} < /srv/members.txt`], LIST_NAMES),
    kept("rt65-s-cp-r-notes-nolist", ["cp -r /opt/seed/notes /srv/"]),
    keptWith(
        "rt65-s-cp-r-notes-named",
        ["cp -r /opt/seed/notes /srv/notes", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    // Round 66 neighbours (fix66-aws-shell).
    keptWith(
        "rt66-s-cp-r-two",
        ["cp -r /opt/seed/notes /opt/seed/docs /srv/", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    keptWith("rt66-s-bash-script-stdin", ["bash /srv/extract.sh < /srv/members.txt"], [...LIST_NAMES, SCRIPT]),
    keptWith("rt66-s-source-stdin", [". /srv/extract.sh < /srv/members.txt"], [...LIST_NAMES, SCRIPT]),
    keptWith("rt66-s-exec-fd-var", ["exec {fd}< /srv/members.txt", `${XARGS} <&$fd`], LIST_NAMES),
    keptWith(
        "rt66-s-pipe-read-group",
        [`cat /srv/members.txt | { read -r a; read -r b; cd /srv && tar -xf ${TAR} $a $b; }`],
        LIST_NAMES,
    ),
    keptWith("rt66-s-busybox-sh", [`busybox sh -c '${XARGS} < /srv/members.txt'`], LIST_NAMES),
    keptWith(
        "rt66-s-wget-O-other",
        ["wget -qO /srv/other.txt https://seed.example.com/o.txt", `${XARGS} < /srv/members.txt`],
        LIST_NAMES,
    ),
    keptWith(
        "rt66-s-mapfile-pipe-group",
        [`cat /srv/members.txt | { mapfile -t a; cd /srv && tar -xf ${TAR} "\${a[@]}"; }`],
        LIST_NAMES,
    ),
];

describeVariants("red team 65: allowlist on the AWS level", insecure, secure);
