// Red-team round 67 on the AWS level (fresh eyes). Probed: round 67's root-read/shell fixes (rootReads.ts/shell.ts)
// by routes their neighbours did not list: unknown and known words among an archiver's operands (`${x}`, `$(< F)`,
// backticks, copied variables, `${EXTRA:-}`, `${x//,/ }`, glued `--director$x`, `printf -v`, `read <<<`, lastpipe
// read, IFS splitting, unzip/cpio/bsdtar/xargs with an unknown word, rsync/cp with an unknown destination); arrays
// (element assignments `a[i]=`, `local -a`, `typeset -a`, `declare -a` then assign, `${a[*]}`, `${a[N]}`, a
// function's "$@"); scripts root runs (`bash /dev/stdin <`, `bash <(cat F)`, `source <(cat F)`, `. /dev/stdin <<<`,
// `bash <<<`, eval of a pipeline/backticks/variable, `bash -c "$s"`, `$(< F)`, eval of two files, `bash -s -- ARG`,
// a variable or relative script path, sudo/runuser/su -c/flock/setsid, find -exec, glob loops, run-parts, nested
// bash -c); PATH lookups (unexported `PATH=`, `export PATH` after, subshell, `hash -p`, ln -s/install into the
// default PATH, `bash -c NAME`, `source NAME` on PATH, `env -i PATH=`, aliases); one KMS wildcard; secure twins.
// Misses (17 insecure, 6 secure), four causes:
// - words the pack cannot know or mis-splits (6): `${EXTRA:-}`, IFS splitting, `a[i]=` element assignments,
//   `${a[N]}` element references, and copiers (rsync/cp) with an unknown destination (WIDEST_ARCHIVER_OPTION covers
//   archivers only).
// - written scripts root runs by routes round 67 does not read (8): `bash <(cat F)`, `source <(cat F)`,
//   `. /dev/stdin <<< "$(cat F)"`, `bash <<< "$(cat F)"`, `eval $(pipeline)`, `find -exec bash {}`, a glob loop,
//   run-parts of a copied script.
// - PATH lookup (3): `hash -p FILE NAME`, `ln -s FILE /usr/local/bin/NAME`, `source NAME` on an exported PATH.
// - secure (6): running a script the pack reads (bash FILE, bash < FILE, sh -s < FILE, eval "$(cat F)") marks every
//   written file rewritten, so a later read of a written list fails closed (5); a read-loop array of a known list
//   fails closed (1; the eval and read-loop cases are gaps the fixers named).
// Held: `${x}`, `$(< F)`, backticks, copied variables, `${x//}`, glued unknown words, printf -v, read <<<, lastpipe,
// local/typeset/declare arrays, "$@" of a function, unzip/cpio/bsdtar/xargs unknown words, `bash /dev/stdin <`,
// eval of backticks/variables/two files, `bash -c "$s"`, `bash -s -- ARG`, variable/relative paths, sudo/runuser/su
// -c/flock/setsid, nested bash -c, unexported/subshell/env -i PATH, `bash -c NAME`, aliases, install into PATH, KMS
// ReEncrypt wildcard; secure twins accepted.
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { KEPT, loopbackJupyter, keptCase as kept, writtenCase as written } from "./callerInstanceBuilders";

const A = ACCOUNT.prod;
const TAR = "/opt/seed/overlay.tar";
const ZIP = "/opt/seed/overlay.zip";
const LIST_ROOT: [string, string][] = [["/srv/members.txt", "-C /root\n.jupyter/jupyter_server_config.py\n"]];
const LIST_ONE: [string, string][] = [["/srv/members.txt", "-C /root .jupyter/jupyter_server_config.py\n"]];
const LIST_NAMES: [string, string][] = [["/srv/members.txt", "notes/a.txt\nnotes/b.txt\n"]];
const ROOT_SCRIPT: [string, string] = ["/srv/x.sh", `#!/bin/bash\ncd /srv && tar -xf ${TAR} -C /root\n`];
const PREP: [string, string] = ["/srv/prep.sh", "#!/bin/bash\nmkdir -p /srv/notes\n"];
const READ = `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`;
const CURL = "x=$(curl -fsS https://seed.example.com/args)";

const keptWith = (id: string, runcmd: string[], files: [string, string][], skip?: string): StackCase => ({
    name: `cross-account: ${KEPT}, writes ${files.map(([f]) => f).join(", ")}, then \`${runcmd.join("; ")}\``,
    stack: "cross-account",
    edit: loopbackJupyter(id, runcmd, files),
    ...(skip === undefined ? {} : { skip }),
});
const prodOps = (id: string, what: string, statements: object[], skip?: string): StackCase => ({
    name: `prod: an ops role may ${what}`,
    stack: "prod",
    refused: new RegExp(id),
    edit: r => opsRole(r, "prod", A, id, statements),
    ...(skip === undefined ? {} : { skip }),
});
const insecure: StackCase[] = [
    // Unknown / known words among an archiver's operands.
    written("rt67-var-braces", [`x=$(cat /srv/members.txt); cd /srv && tar -xf ${TAR} \${x}`], LIST_ROOT),
    written("rt67-direct-lt", [`cd /srv && tar -xf ${TAR} $(< /srv/members.txt)`], LIST_ROOT),
    written("rt67-direct-backticks", [`cd /srv && tar -xf ${TAR} \`cat /srv/members.txt\``], LIST_ROOT),
    written("rt67-var-copy", [`x=$(cat /srv/members.txt); y=$x; cd /srv && tar -xf ${TAR} $y`], LIST_ROOT),
    // Was a MISS (fixed in round 68): insecure accepted: `tar -xf overlay.tar ${EXTRA:-}`: an unquoted `${VAR:-}` (bash(1) Parameter Expansion,
    // "Use Default Values") is EXTRA's value from cloud-init's environment when set, split into words; the pack
    // refuses bare `$EXTRA` (rt66-var-unset) but reads `${EXTRA:-}` as nothing. Every parameter expansion of a
    // variable the script never set must be any words. GNU tar takes options anywhere among its operands (GNU tar
    // manual "-C, --directory": https://www.gnu.org/software/tar/manual/html_node/directory.html), so these words
    // make `tar -xf /opt/seed/overlay.tar` extract the seed archive over /root, replacing root's loopback Jupyter
    // config jupyter_server_config.py (the instance then serves a shell holding the instance role).
    // prettier-ignore
    written("rt67-var-default", [`cd /srv && tar -xf ${TAR} \${EXTRA:-}`], [],
    ),
    // Round 68 neighbours of the secure arch-tar case (ONE_WORD): a machine-name substitution unquoted on its own may be
    // an option word (sed made it `-C`); one filtered by a sed that may print blanks, or under a changed IFS, is any
    // words.
    written("rt68-arch-bare", [`A=$(uname -m | sed s/x86_64/-C/); cd /srv && tar -xf ${TAR} $A /root`], []),
    written("rt68-arch-sed-blank", [`A=$(uname -m | sed 's|x86_64|-C /root|'); cd /srv && tar -xf ${TAR} n-$A`], []),
    written("rt68-arch-ifs", [`IFS=_; A=$(uname -m); cd /srv && tar -xf ${TAR} n-$A`], []),
    written("rt67-var-subst-op", [`${CURL}; cd /srv && tar -xf ${TAR} \${x//,/ }`], []),
    written("rt67-var-concat", [`${CURL}; cd /srv && tar -xf ${TAR} --director$x`], []),
    written("rt67-printf-v", [`printf -v x '%s' "$(cat /srv/members.txt)"; cd /srv && tar -xf ${TAR} $x`], LIST_ONE),
    written(
        "rt67-read-herestring",
        [`read -r x <<< "$(cat /srv/members.txt)"; cd /srv && tar -xf ${TAR} $x`],
        LIST_ONE,
    ),
    written(
        "rt67-read-pipe-lastpipe",
        [`shopt -s lastpipe; set +m; cat /srv/members.txt | read -r x; cd /srv && tar -xf ${TAR} $x`],
        LIST_ONE,
    ),
    // Was a MISS (fixed in round 68): insecure accepted: `IFS=:; x="-C:/root:.jupyter/jupyter_server_config.py"; tar -xf overlay.tar $x`: word
    // splitting uses the characters of IFS (bash(1) Word Splitting: "The shell treats each character of IFS as a
    // delimiter"), so $x is `-C` `/root` `.jupyter/jupyter_server_config.py`; the pack splits known unquoted
    // expansions on blanks only. A script that assigns IFS (or `read`s with IFS=) must split on its IFS or treat
    // splits as unknown. GNU tar takes options anywhere among its operands (GNU tar manual "-C, --directory":
    // https://www.gnu.org/software/tar/manual/html_node/directory.html), so these words make `tar -xf
    // /opt/seed/overlay.tar` extract the seed archive over /root, replacing root's loopback Jupyter config
    // jupyter_server_config.py (the instance then serves a shell holding the instance role).
    written(
        "rt67-ifs-split",
        [`IFS=:; x="-C:/root:.jupyter/jupyter_server_config.py"; cd /srv && tar -xf ${TAR} $x`],
        [],
    ),
    // Was a MISS (fixed in round 68): insecure accepted: `a=(notes/a.txt); a[0]=-C; a[1]=/root; a[2]=.jupyter/jupyter_server_config.py; tar -xf
    // overlay.tar "${a[@]}"`: subscripted assignments `name[subscript]=value` set array elements (bash(1) Arrays), so
    // "${a[@]}" is `-C /root .jupyter/...`; SimpleCommand.arrays reads `a=(...)`, `declare -a`, `+=` but keeps a as
    // (notes/a.txt) after element assignments. Element assignments (and `unset a[i]`) must update the array or make
    // it unknown. GNU tar takes options anywhere among its operands (GNU tar manual "-C, --directory":
    // https://www.gnu.org/software/tar/manual/html_node/directory.html), so these words make `tar -xf
    // /opt/seed/overlay.tar` extract the seed archive over /root, replacing root's loopback Jupyter config
    // jupyter_server_config.py (the instance then serves a shell holding the instance role).
    written(
        "rt67-array-index-assign",
        [
            `a=(notes/a.txt); a[0]=-C; a[1]=/root; a[2]=.jupyter/jupyter_server_config.py; cd /srv && tar -xf ${TAR} "\${a[@]}"`,
        ],
        [],
    ),
    written(
        "rt67-local-array",
        [`f() { local -a a=($(cat /srv/members.txt)); cd /srv && tar -xf ${TAR} "\${a[@]}"; }; f`],
        LIST_ROOT,
    ),
    written(
        "rt67-typeset-array",
        [`typeset -a a=($(cat /srv/members.txt)); cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        LIST_ROOT,
    ),
    written(
        "rt67-declare-then-assign",
        [`declare -a a; a=($(cat /srv/members.txt)); cd /srv && tar -xf ${TAR} "\${a[*]}"`],
        LIST_ONE,
    ),
    written("rt67-array-star-unquoted", [`a=($(cat /srv/members.txt)); cd /srv && tar -xf ${TAR} \${a[*]}`], LIST_ROOT),
    // Was a MISS (fixed in round 68): insecure accepted: `a=($(cat /srv/members.txt)); tar -xf overlay.tar ${a[0]} ${a[1]} ${a[2]}` (list `-C
    // /root` / `.jupyter/jupyter_server_config.py`): element references `${a[N]}` (bash(1) Arrays) expand to `-C`
    // `/root` `.jupyter/...`; the pack refuses "${a[@]}" of the same array (rt66-array-assign-cat) but not
    // subscripted elements (nor, likely, `${a[*]:1}`, `${!a[@]}`). Every element/slice reference must use the known
    // elements or be any words. GNU tar takes options anywhere among its operands (GNU tar manual "-C, --directory":
    // https://www.gnu.org/software/tar/manual/html_node/directory.html), so these words make `tar -xf
    // /opt/seed/overlay.tar` extract the seed archive over /root, replacing root's loopback Jupyter config
    // jupyter_server_config.py (the instance then serves a shell holding the instance role).
    written(
        "rt67-array-element",
        [`a=($(cat /srv/members.txt)); cd /srv && tar -xf ${TAR} \${a[0]} \${a[1]} \${a[2]}`],
        LIST_ROOT,
    ),
    written("rt67-positional-func", [`f() { cd /srv && tar -xf ${TAR} "$@"; }; f $(cat /srv/members.txt)`], LIST_ROOT),
    written("rt67-unzip-unknown", [`${CURL}; unzip -o ${ZIP} $x`], []),
    written("rt67-cpio-unknown", [`${CURL}; cd /srv && cpio -idm $x < /opt/seed/overlay.cpio`], []),
    // Was a MISS (fixed in round 68): insecure accepted: `x=$(curl URL); rsync -a /opt/seed/overlay/ $x`: the destination is downloaded text
    // the pack cannot know and may be `/root/` (rsync(1): the last operand is DEST); `rsync -a /opt/seed/overlay/
    // /root/` is refused (rt67-rsync-root-literal) since the seed tree may hold .jupyter/jupyter_server_config.py.
    // WIDEST_ARCHIVER_OPTION covers unknown archiver words but copiers (rsync/cp/install/mv) with an unknown or
    // substituted destination/option word are accepted: they must be read as any destination, replacing root's
    // loopback Jupyter config (a shell holding the instance role).
    // prettier-ignore
    written("rt67-rsync-unknown", [`${CURL}; rsync -a /opt/seed/overlay/ $x`], [],
    ),
    written("rt67-rsync-root-literal", ["rsync -a /opt/seed/overlay/ /root/"], []),
    written("rt67-cp-root-literal", ["cp -r /opt/seed/overlay/. /root"], []),
    // Was a MISS (fixed in round 68): insecure accepted: `x=$(curl URL); cp -r /opt/seed/overlay/. $x`: cp(1)'s last operand is the
    // destination, here downloaded and unknown, possibly /root; the literal `cp -r /opt/seed/overlay/. /root` is
    // refused (rt67-cp-root-literal). Same cause as rt67-rsync-unknown: a copier with an unknown word must be read as
    // writing anywhere (e.g. root's loopback Jupyter config jupyter_server_config.py).
    // prettier-ignore
    written("rt67-cp-unknown", [`${CURL}; cp -r /opt/seed/overlay/. $x`], [],
    ),
    written("rt67-bsdtar-unknown", [`${CURL}; cd /srv && bsdtar -xf ${TAR} $x`], []),
    written("rt67-xargs-unknown-arg", [`${CURL}; cd /srv && echo notes/a.txt | xargs tar -xf ${TAR} $x`], []),
    // Scripts root runs.
    written("rt67-bash-devstdin", ["bash /dev/stdin < /srv/x.sh"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 68): insecure accepted: `bash <(cat /srv/x.sh)`: bash runs the process substitution's /dev/fd/63 as its script
    // file (bash(1) Process Substitution; INVOCATION: the first operand is the script file), i.e. the written
    // script's text. The script's text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`) extracts the seed
    // archive over /root, replacing root's loopback Jupyter config jupyter_server_config.py; rootReads.ts reads
    // written scripts root runs as `bash FILE`, `bash < FILE`, `sh -s < FILE`, `eval "$(cat FILE)"`, a name on a PATH
    // the script set (all refused in redteam66-aws), but not this route: it must read the script's text as runcmd's
    // or fail closed.
    // prettier-ignore
    written("rt67-bash-procsub", ["bash <(cat /srv/x.sh)"], [ROOT_SCRIPT],
    ),
    // Was a MISS (fixed in round 68): insecure accepted: `source <(cat /srv/x.sh)`: `source FILENAME` reads and executes commands from the
    // process substitution's /dev/fd/N in the current shell (bash(1) SHELL BUILTIN COMMANDS, source; Process
    // Substitution). The script's text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`) extracts the seed
    // archive over /root, replacing root's loopback Jupyter config jupyter_server_config.py; rootReads.ts reads
    // written scripts root runs as `bash FILE`, `bash < FILE`, `sh -s < FILE`, `eval "$(cat FILE)"`, a name on a PATH
    // the script set (all refused in redteam66-aws), but not this route: it must read the script's text as runcmd's
    // or fail closed.
    // prettier-ignore
    written("rt67-source-procsub", ["source <(cat /srv/x.sh)"], [ROOT_SCRIPT],
    ),
    // Was a MISS (fixed in round 68): insecure accepted: `. /dev/stdin <<< "$(cat /srv/x.sh)"`: the here-string feeds the written file's text
    // to standard input and `.` runs /dev/stdin (bash(1) Here Strings; source). round 66 refuses `. /dev/fd/0` on the
    // node judge's unknown stdin but this known text is neither read nor fails closed. The script's text (`cd /srv &&
    // tar -xf /opt/seed/overlay.tar -C /root`) extracts the seed archive over /root, replacing root's loopback
    // Jupyter config jupyter_server_config.py; rootReads.ts reads written scripts root runs as `bash FILE`, `bash <
    // FILE`, `sh -s < FILE`, `eval "$(cat FILE)"`, a name on a PATH the script set (all refused in redteam66-aws),
    // but not this route: it must read the script's text as runcmd's or fail closed.
    // prettier-ignore
    written("rt67-source-herestring", ['. /dev/stdin <<< "$(cat /srv/x.sh)"'], [ROOT_SCRIPT],
    ),
    // Was a MISS (fixed in round 68): insecure accepted: `bash <<< "$(cat /srv/x.sh)"`: with no operands bash reads commands from standard
    // input (bash(1) INVOCATION: "if no arguments remain after option processing, then commands are read from the
    // standard input"), here the here-string holding the written script's text (bash(1) Here Strings). The script's
    // text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`) extracts the seed archive over /root, replacing
    // root's loopback Jupyter config jupyter_server_config.py; rootReads.ts reads written scripts root runs as `bash
    // FILE`, `bash < FILE`, `sh -s < FILE`, `eval "$(cat FILE)"`, a name on a PATH the script set (all refused in
    // redteam66-aws), but not this route: it must read the script's text as runcmd's or fail closed.
    // prettier-ignore
    written("rt67-bash-herestring", ['bash <<< "$(cat /srv/x.sh)"'], [ROOT_SCRIPT],
    ),
    // Was a MISS (fixed in round 68): insecure accepted: `eval $(cat /srv/x.sh | tail -n +2)`: eval runs the pipeline's output as shell
    // commands (bash(1) eval: "The args are read and concatenated together into a single command"); the output of a
    // pipeline (tail of the written script) is text the pack cannot know, so the eval must fail closed (round 67
    // reads `eval "$(cat F)"` but an eval of any other substitution is accepted). The script's text (`cd /srv && tar
    // -xf /opt/seed/overlay.tar -C /root`) extracts the seed archive over /root, replacing root's loopback Jupyter
    // config jupyter_server_config.py; rootReads.ts reads written scripts root runs as `bash FILE`, `bash < FILE`,
    // `sh -s < FILE`, `eval "$(cat FILE)"`, a name on a PATH the script set (all refused in redteam66-aws), but not
    // this route: it must read the script's text as runcmd's or fail closed.
    // prettier-ignore
    written("rt67-eval-unquoted", ["eval $(cat /srv/x.sh | tail -n +2)"], [ROOT_SCRIPT],
    ),
    written("rt67-eval-backticks", ['eval "`cat /srv/x.sh`"'], [ROOT_SCRIPT]),
    written("rt67-eval-var", ['s=$(cat /srv/x.sh); eval "$s"'], [ROOT_SCRIPT]),
    written("rt67-bash-c-var", ['s=$(< /srv/x.sh); bash -c "$s"'], [ROOT_SCRIPT]),
    written("rt67-bash-c-lt", ['bash -c "$(< /srv/x.sh)"'], [ROOT_SCRIPT]),
    written("rt67-eval-two-files", ['eval "$(cat /srv/prep.sh /srv/x.sh)"'], [PREP, ROOT_SCRIPT]),
    written(
        "rt67-bash-s-args",
        ["bash -s -- /root < /srv/x.sh"],
        [["/srv/x.sh", `cd /srv && tar -xf ${TAR} -C "$1"\n`]],
    ),
    written("rt67-var-script-path", ['s=/srv/x.sh; bash "$s"'], [ROOT_SCRIPT]),
    written("rt67-relative-script", ["cd /srv && bash x.sh"], [ROOT_SCRIPT]),
    written("rt67-sudo-script", ["sudo bash /srv/x.sh"], [ROOT_SCRIPT]),
    written("rt67-runuser-script", ["runuser -u root -- bash /srv/x.sh"], [ROOT_SCRIPT]),
    written("rt67-su-c-script", ['su -c "bash /srv/x.sh" root'], [ROOT_SCRIPT]),
    written("rt67-flock-script", ["flock /run/seed.lock bash /srv/x.sh"], [ROOT_SCRIPT]),
    written("rt67-setsid-script", ["setsid -w bash /srv/x.sh"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 68): insecure accepted: `find /srv -name x.sh -exec bash {} \;`: find runs `bash /srv/x.sh` for each match
    // (find(1) -exec: "{} is replaced by the current file name"); the pack neither reads the scripts find may run nor
    // fails closed on a shell run under find -exec with `{}`. The script's text (`cd /srv && tar -xf
    // /opt/seed/overlay.tar -C /root`) extracts the seed archive over /root, replacing root's loopback Jupyter config
    // jupyter_server_config.py; rootReads.ts reads written scripts root runs as `bash FILE`, `bash < FILE`, `sh -s <
    // FILE`, `eval "$(cat FILE)"`, a name on a PATH the script set (all refused in redteam66-aws), but not this
    // route: it must read the script's text as runcmd's or fail closed.
    // prettier-ignore
    written("rt67-find-exec-script", ["find /srv -name x.sh -exec bash {} \\;"], [ROOT_SCRIPT],
    ),
    // Was a MISS (fixed in round 68): insecure accepted: `for f in /srv/*.sh; do bash "$f"; done`: the glob expands to the written /srv/x.sh
    // (bash(1) Pathname Expansion; for), so bash runs it; a shell whose script operand is a loop variable the pack
    // cannot resolve must fail closed or run every written file the glob matches. The script's text (`cd /srv && tar
    // -xf /opt/seed/overlay.tar -C /root`) extracts the seed archive over /root, replacing root's loopback Jupyter
    // config jupyter_server_config.py; rootReads.ts reads written scripts root runs as `bash FILE`, `bash < FILE`,
    // `sh -s < FILE`, `eval "$(cat FILE)"`, a name on a PATH the script set (all refused in redteam66-aws), but not
    // this route: it must read the script's text as runcmd's or fail closed.
    // prettier-ignore
    written("rt67-glob-loop-script", ['for f in /srv/*.sh; do bash "$f"; done'], [ROOT_SCRIPT],
    ),
    // Was a MISS (fixed in round 68): insecure accepted: `cp /srv/x.sh /srv/parts/10seed; chmod 0755 /srv/parts/10seed; run-parts /srv/parts`:
    // run-parts "runs all the executable files ... found in directory" whose names match ^[a-zA-Z0-9_-]+$
    // (run-parts(8), https://manpages.debian.org/unstable/debianutils/run-parts.8.en.html), so root runs the copied
    // script. run-parts (and similar directory runners) must run every written/copied executable in its directory or
    // fail closed. The script's text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`) extracts the seed archive
    // over /root, replacing root's loopback Jupyter config jupyter_server_config.py; rootReads.ts reads written
    // scripts root runs as `bash FILE`, `bash < FILE`, `sh -s < FILE`, `eval "$(cat FILE)"`, a name on a PATH the
    // script set (all refused in redteam66-aws), but not this route: it must read the script's text as runcmd's or
    // fail closed.
    written(
        "rt67-run-parts",
        [
            "mkdir -p /srv/parts",
            "cp /srv/x.sh /srv/parts/10seed",
            "chmod 0755 /srv/parts/10seed",
            "run-parts /srv/parts",
        ],
        [ROOT_SCRIPT],
    ),
    written("rt67-bash-c-nested", ["bash -c 'bash /srv/x.sh'"], [ROOT_SCRIPT]),
    // PATH lookups.
    written("rt67-path-assign-unexported", ["chmod 0755 /srv/x.sh", "PATH=/srv:$PATH", "x.sh"], [ROOT_SCRIPT]),
    written(
        "rt67-path-assign-then-export",
        ["chmod 0755 /srv/x.sh", 'PATH="/srv:${PATH}"; export PATH', "x.sh"],
        [ROOT_SCRIPT],
    ),
    written("rt67-path-subshell", ["chmod 0755 /srv/x.sh", "(export PATH=/srv:$PATH; x.sh)"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 68): insecure accepted: `hash -p /srv/x.sh seed; seed`: `hash -p PATHNAME NAME` makes PATHNAME "the full
    // pathname of NAME, and no path search is performed" (bash hash builtin, bash(1) SHELL BUILTIN COMMANDS), so
    // `seed` runs the written /srv/x.sh; round 67's PATH lookup ignores the hash table. `hash -p` must bind the name
    // (or fail closed). The script's text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`) extracts the seed
    // archive over /root, replacing root's loopback Jupyter config jupyter_server_config.py; rootReads.ts reads
    // written scripts root runs as `bash FILE`, `bash < FILE`, `sh -s < FILE`, `eval "$(cat FILE)"`, a name on a PATH
    // the script set (all refused in redteam66-aws), but not this route: it must read the script's text as runcmd's
    // or fail closed.
    // prettier-ignore
    written("rt67-hash-p", ["chmod 0755 /srv/x.sh", "hash -p /srv/x.sh seed", "seed"], [ROOT_SCRIPT],
    ),
    // Was a MISS (fixed in round 68): insecure accepted: `ln -s /srv/x.sh /usr/local/bin/seed; seed`: the name is found in the default PATH
    // (/usr/local/bin, bash(1) COMMAND EXECUTION) and is a symlink to the written script, so root runs it; the pack
    // follows PATH names to files user data wrote (rt66-path-script) but not to a link/copy (ln -s, likely
    // cp/install) the script made into a PATH directory. The script's text (`cd /srv && tar -xf /opt/seed/overlay.tar
    // -C /root`) extracts the seed archive over /root, replacing root's loopback Jupyter config
    // jupyter_server_config.py; rootReads.ts reads written scripts root runs as `bash FILE`, `bash < FILE`, `sh -s <
    // FILE`, `eval "$(cat FILE)"`, a name on a PATH the script set (all refused in redteam66-aws), but not this
    // route: it must read the script's text as runcmd's or fail closed.
    written(
        "rt67-link-into-path",
        ["chmod 0755 /srv/x.sh", "ln -s /srv/x.sh /usr/local/bin/seed", "seed"],
        [ROOT_SCRIPT],
    ),
    written("rt67-install-into-path", ["install -m 0755 /srv/x.sh /usr/local/sbin/seed", "seed"], [ROOT_SCRIPT]),
    written(
        "rt67-path-export-bash-c",
        ["chmod 0755 /srv/x.sh", "export PATH=/srv:$PATH", "bash -c x.sh"],
        [ROOT_SCRIPT],
    ),
    // Was a MISS (fixed in round 68): insecure accepted: `export PATH=/srv:$PATH; source x.sh`: for a FILENAME without a slash, source searches
    // PATH (bash(1) source: "filenames in PATH are used to find the directory containing filename"), finding
    // /srv/x.sh (no execute bit needed), then cwd in non-posix mode. round 67's PATH lookup covers executed names but
    // not `source`/`.` names. The script's text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`) extracts the
    // seed archive over /root, replacing root's loopback Jupyter config jupyter_server_config.py; rootReads.ts reads
    // written scripts root runs as `bash FILE`, `bash < FILE`, `sh -s < FILE`, `eval "$(cat FILE)"`, a name on a PATH
    // the script set (all refused in redteam66-aws), but not this route: it must read the script's text as runcmd's
    // or fail closed.
    // prettier-ignore
    written("rt67-source-path-name", ["export PATH=/srv:$PATH", "source x.sh"], [ROOT_SCRIPT],
    ),
    written("rt67-env-i-path", ["chmod 0755 /srv/x.sh", "env -i PATH=/srv x.sh"], [ROOT_SCRIPT]),
    written("rt67-alias-script", ["shopt -s expand_aliases", "alias seed='bash /srv/x.sh'", "seed"], [ROOT_SCRIPT]),
    // IAM/KMS.
    prodOps("rt67-kms-reencrypt-wild", "re-encrypt under any key", [
        allow("kms:ReEncrypt*", `arn:aws:kms:eu-west-1:${A}:key/*`),
    ]),
];

const secure: StackCase[] = [
    // Was a MISS (fixed in round 68): secure refused: `eval "$(cat /srv/prep.sh)"` (prep.sh: `mkdir -p /srv/notes`), then reading the written
    // list (fixers' named gap: eval marks all written files changed). The pack reads the script command by command
    // (it knows the script does not touch /srv/members.txt) yet overwrites() also treats the shell running it as "a
    // program the pack does not read" and marks every written file rewritten, so the later `xargs tar -xf overlay.tar
    // < /srv/members.txt` (list `notes/a.txt notes/b.txt`, extracting two notes under /srv) fails closed as an
    // unreadable Jupyter configuration; `bash -c "$(cat F)"` is exempt (rt67-s-bash-c-then-read accepted). A shell
    // whose script the reader reads (bash FILE, bash < FILE, sh -s < FILE, eval "$(cat F)") must rewrite only what
    // the script's commands rewrite (bash(1) INVOCATION; eval).
    // prettier-ignore
    keptWith("rt67-s-eval-then-read", ['eval "$(cat /srv/prep.sh)"', READ], [...LIST_NAMES, PREP],
    ),
    keptWith("rt67-s-bash-c-then-read", ['bash -c "$(cat /srv/prep.sh)"', READ], [...LIST_NAMES, PREP]),
    // Was a MISS (fixed in round 68): secure refused: `bash < /srv/prep.sh` (prep.sh: `mkdir -p /srv/notes`), then reading the written list.
    // The pack reads the script command by command (it knows the script does not touch /srv/members.txt) yet
    // overwrites() also treats the shell running it as "a program the pack does not read" and marks every written
    // file rewritten, so the later `xargs tar -xf overlay.tar < /srv/members.txt` (list `notes/a.txt notes/b.txt`,
    // extracting two notes under /srv) fails closed as an unreadable Jupyter configuration; `bash -c "$(cat F)"` is
    // exempt (rt67-s-bash-c-then-read accepted). A shell whose script the reader reads (bash FILE, bash < FILE, sh -s
    // < FILE, eval "$(cat F)") must rewrite only what the script's commands rewrite (bash(1) INVOCATION; eval).
    // prettier-ignore
    keptWith("rt67-s-bash-stdin-then-read", ["bash < /srv/prep.sh", READ], [...LIST_NAMES, PREP],
    ),
    // Was a MISS (fixed in round 68): secure refused: `bash /srv/prep.sh` (prep.sh: `mkdir -p /srv/notes`), then reading the written list; the
    // most common way to run a helper script. The pack reads the script command by command (it knows the script does
    // not touch /srv/members.txt) yet overwrites() also treats the shell running it as "a program the pack does not
    // read" and marks every written file rewritten, so the later `xargs tar -xf overlay.tar < /srv/members.txt` (list
    // `notes/a.txt notes/b.txt`, extracting two notes under /srv) fails closed as an unreadable Jupyter
    // configuration; `bash -c "$(cat F)"` is exempt (rt67-s-bash-c-then-read accepted). A shell whose script the
    // reader reads (bash FILE, bash < FILE, sh -s < FILE, eval "$(cat F)") must rewrite only what the script's
    // commands rewrite (bash(1) INVOCATION; eval).
    // prettier-ignore
    keptWith("rt67-s-bash-file-then-read", ["bash /srv/prep.sh", READ], [...LIST_NAMES, PREP],
    ),
    // Was a MISS (fixed in round 68): secure refused: `bash /srv/mk.sh` (mk.sh: `echo ready`, which writes no file), then reading the written
    // list. The pack reads the script command by command (it knows the script does not touch /srv/members.txt) yet
    // overwrites() also treats the shell running it as "a program the pack does not read" and marks every written
    // file rewritten, so the later `xargs tar -xf overlay.tar < /srv/members.txt` (list `notes/a.txt notes/b.txt`,
    // extracting two notes under /srv) fails closed as an unreadable Jupyter configuration; `bash -c "$(cat F)"` is
    // exempt (rt67-s-bash-c-then-read accepted). A shell whose script the reader reads (bash FILE, bash < FILE, sh -s
    // < FILE, eval "$(cat F)") must rewrite only what the script's commands rewrite (bash(1) INVOCATION; eval).
    keptWith("rt67-s-bash-echo-then-read", ["bash /srv/mk.sh", READ], [...LIST_NAMES, ["/srv/mk.sh", "echo ready\n"]]),
    // Was a MISS (fixed in round 68): secure refused: `sh -s < /srv/prep.sh` (prep.sh: `mkdir -p /srv/notes`), then reading the written list.
    // The pack reads the script command by command (it knows the script does not touch /srv/members.txt) yet
    // overwrites() also treats the shell running it as "a program the pack does not read" and marks every written
    // file rewritten, so the later `xargs tar -xf overlay.tar < /srv/members.txt` (list `notes/a.txt notes/b.txt`,
    // extracting two notes under /srv) fails closed as an unreadable Jupyter configuration; `bash -c "$(cat F)"` is
    // exempt (rt67-s-bash-c-then-read accepted). A shell whose script the reader reads (bash FILE, bash < FILE, sh -s
    // < FILE, eval "$(cat F)") must rewrite only what the script's commands rewrite (bash(1) INVOCATION; eval).
    // prettier-ignore
    keptWith("rt67-s-sh-s-then-read", ["sh -s < /srv/prep.sh", READ], [...LIST_NAMES, PREP],
    ),
    // Was a MISS (fixed in round 69): secure refused (fixers' named gap): `while read -r l; do a+=("$l"); done < /srv/members.txt; tar -xf
    // overlay.tar "${a[@]}"` with the written list `notes/a.txt notes/b.txt`: each line is appended quoted, so
    // "${a[@]}" is exactly the two member names (bash(1) read, Arrays `+=`), extracting two notes under /srv; the
    // pack knows the list's text (it accepts the same list through `a=( $(cat F) )`, rt66-s-array-assign, and through
    // `mapfile -t a < F`) but fails closed on a read-loop array. Read loops over a known file must give the array its
    // lines (or at least not refuse known text).
    keptWith(
        "rt67-s-while-read-array",
        [`while read -r l; do a+=("$l"); done < /srv/members.txt; cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        LIST_NAMES,
    ),
    keptWith("rt67-s-var-braces", [`x=$(cat /srv/members.txt); cd /srv && tar -xf ${TAR} \${x}`], LIST_NAMES),
    keptWith("rt67-s-array-index", [`a=(notes/a.txt); a[1]=notes/b.txt; cd /srv && tar -xf ${TAR} "\${a[@]}"`], []),
    keptWith(
        "rt67-s-positional-func",
        [`f() { cd /srv && tar -xf ${TAR} "$@"; }; f $(cat /srv/members.txt)`],
        LIST_NAMES,
    ),
    keptWith("rt67-s-path-assign", ["chmod 0755 /srv/prep.sh", "PATH=/srv:$PATH", "prep.sh"], [PREP]),
    keptWith("rt67-s-relative-script", ["cd /srv && bash prep.sh"], [PREP]),
    keptWith("rt67-s-var-script-path", ['s=/srv/prep.sh; bash "$s"'], [PREP]),
    keptWith(
        "rt67-s-path-export-then-tools",
        ["export PATH=/usr/local/bin:$PATH", "mkdir -p /srv/notes", READ],
        LIST_NAMES,
    ),
    keptWith("rt67-s-sudo-script", ["sudo bash /srv/prep.sh"], [PREP]),
    keptWith(
        "rt67-s-run-parts",
        [
            "mkdir -p /srv/parts",
            "cp /srv/prep.sh /srv/parts/10prep",
            "chmod 0755 /srv/parts/10prep",
            "run-parts /srv/parts",
        ],
        [PREP],
    ),
    kept("rt67-s-curl-to-file", ["curl -fsS -o /srv/notes.txt https://seed.example.com/notes.txt"]),
    kept("rt67-s-tar-known-var-braces", [`d=/srv/notes; mkdir -p "\${d}"; tar -xf ${TAR} -C "\${d}"`]),
];

describeVariants("red team 67: allowlist on the AWS level", insecure, secure);
