// Red-team round 68 on the AWS level (fresh eyes). Probed: round 68's root-shell fixes (rootReads.ts/shell.ts) by
// neighbouring routes: parameter expansions of unset/indirect variables (`${X-}`, `${X:-word}`, `${X:=}`, `${!n}`,
// `${x:+...}`), IFS (`local IFS`, `$'\t'`, `export IFS`, `IFS=: read -ra`), arrays (arithmetic and `${#a[@]}`
// subscripts, `([0]=..)`, slices, `declare a[0]=`, unknown subscripts), copiers with unknown operands (mv, install
// -D/-t, ln -sf, cp -t/--target-directory=, `${DEST:-...}` destinations), scripts root runs (glob loops with `.`/exec,
// `bash GLOB` with `*`/`?`/`[..]`, globstar, relative globs, literal loops, find -exec {} +/-execdir/direct, find|xargs
// (-0), ls|while read, xargs -a, parallel, `bash $(ls ..)`/`"$(find ..)"`, run-parts --regex / after mv, hard links,
// `ln -s F DIR/`, `ln -t`, cp/mv into PATH, `hash -p` + `command`, `. NAME` on unexported PATH, `source NAME` in cwd,
// here-strings to sh / bash -s, `. <(..)`, `bash < <(..)`, `eval $(< F)`, `sh -c '. "$0"' F`, `bash -c .. _ F`,
// timeout/nohup/exec/builtin wrappers, a script path read from a written list); IAM/KMS/DynamoDB by what wildcards
// match (NotAction, NotResource, upper-case action names, `*:Sign`, `arn:*` key ARNs, table-name wildcards, `?` in
// actions), ssm:CreateAssociation, user-data rewrite (ec2:ModifyInstanceAttribute), UpdateItem/DeleteItem
// ReturnValues, SSM automation + PassRole; secure twins.
// Misses (13 insecure, 3 secure):
// - words (3): `${X:-word}` of an unset variable read as the word only; `IFS=: read -ra` prefix IFS ignored;
//   `a[${#a[@]}]=` append subscripts dropped; plus copier `cp --target-directory=$x` (unknown glued value).
// - scripts root runs (9): `bash /srv/[x].sh` (bracket glob), `ls GLOB | while read f; do bash "$f"`, `xargs -a
//   LIST bash`, `find -print0 | xargs -0 -n1 bash`, `bash "$(find ..)"`, globstar loop, `run-parts --regex`,
//   run-parts after `mv` into the directory, `hash -p` then `command NAME`.
// - secure (3): while-IFS-read loop array of a known list (named gap), `tar -xzf /tmp/ne-$ARCH.tar.gz` (named gap),
//   `${VERBOSE:+-v}` (`:+` of an unset variable is {nothing, word}, read as unknown).
// Held: every IAM/KMS/DynamoDB probe refused (the allowlist names every non-model identity reaching a custody asset;
// read-only ops roles are by design the model's `operations.keyAudit`/`tableAudit` sets, not filed); `${X-}`, `${X:=}`,
// `${!n}`, local/ANSI/exported IFS, arithmetic/compound/declare subscripts, slices, mv/install/ln/cp -t with unknown
// operands, `*`/`?` globs, `.`/exec glob loops, find -exec +/-execdir/direct, find|xargs, parallel, links/copies into
// PATH, here-strings/process substitution, `eval $(< F)`, `$0`/`$1` of sh -c, wrappers; secure twins accepted.
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { KEPT, loopbackJupyter, keptCase as kept, writtenCase as written } from "./callerInstanceBuilders";

const A = ACCOUNT.prod;
const TAR = "/opt/seed/overlay.tar";
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`;
const KEYS = `arn:aws:kms:eu-west-1:${A}:key/*`;
const LIST_ROOT: [string, string][] = [["/srv/members.txt", "-C /root\n.jupyter/jupyter_server_config.py\n"]];
const LIST_NAMES: [string, string][] = [["/srv/members.txt", "notes/a.txt\nnotes/b.txt\n"]];
const LIST_ROOT_LINES: [string, string][] = [["/srv/members.txt", "-C\n/root\n.jupyter/jupyter_server_config.py\n"]];
const ROOT_SCRIPT: [string, string] = ["/srv/x.sh", `#!/bin/bash\ncd /srv && tar -xf ${TAR} -C /root\n`];
const BARE_SCRIPT: [string, string] = ["/srv/y.sh", `cd /srv && tar -xf ${TAR} -C /root\n`];
const PREP: [string, string] = ["/srv/prep.sh", "#!/bin/bash\nmkdir -p /srv/notes\n"];
const READ = `cd /srv && xargs tar -xf ${TAR} < /srv/members.txt`;
const CURL = "x=$(curl -fsS https://seed.example.com/args)";
const JCFG = ".jupyter/jupyter_server_config.py";

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
const prodOpsOk = (id: string, what: string, statements: object[], skip?: string): StackCase => ({
    name: `prod: an ops role may ${what}`,
    stack: "prod",
    edit: r => opsRole(r, "prod", A, id, statements),
    ...(skip === undefined ? {} : { skip }),
});

const insecure: StackCase[] = [
    // Parameter expansions of unset / indirect variables.
    written("rt68-var-default-nocolon", [`cd /srv && tar -xf ${TAR} \${EXTRA-}`], []),
    written("rt68-var-indirect", [`n=EXTRA; cd /srv && tar -xf ${TAR} \${!n}`], []),
    written("rt68-var-alt-set", [`x=1; cd /srv && tar -xf ${TAR} \${x:+-C /root ${JCFG}}`], []),
    // IFS.
    written("rt68-ifs-local", [`f() { local IFS=:; x="-C:/root:${JCFG}"; cd /srv && tar -xf ${TAR} $x; }; f`], []),
    written("rt68-ifs-ansi", [`IFS=$'\\t'; x=$'-C\\t/root\\t${JCFG}'; cd /srv && tar -xf ${TAR} $x`], []),
    // Was a MISS (fixed in round 69): insecure accepted: `IFS=: read -ra a <<< "-C:/root:.jupyter/jupyter_server_config.py"; tar -xf overlay.tar
    // "${a[@]}"`: `read -a` splits the line into array elements on IFS, here the `IFS=:` prefix assignment (bash(1)
    // read builtin: "The characters in the value of the IFS variable are used to split the line into words"), so a is
    // (-C /root .jupyter/...); the pack splits read's input on blanks (one element), ignoring the prefixed IFS (round
    // 68's ifsSplit reads only IFS the script assigned). GNU tar takes options anywhere among its operands (GNU tar
    // manual "-C, --directory"), so these words make `tar -xf /opt/seed/overlay.tar` extract the seed archive over
    // /root, replacing root's loopback Jupyter config jupyter_server_config.py (the instance then serves a shell
    // holding the instance role).
    written("rt68-ifs-read-a", [`IFS=: read -ra a <<< "-C:/root:${JCFG}"; cd /srv && tar -xf ${TAR} "\${a[@]}"`], []),
    written("rt68-ifs-export", [`export IFS=,; x="-C,/root,${JCFG}"; cd /srv && tar -xf ${TAR} $x`], []),
    // Arrays.
    written(
        "rt68-array-arith-index",
        [`a=(notes/a.txt); i=0; a[i]=-C; a[i+1]=/root; a[i+2]=${JCFG}; cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        [],
    ),
    written(
        "rt68-array-compound-index",
        [`a=([0]=-C [1]=/root [2]=${JCFG}); cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        [],
    ),
    written("rt68-array-slice", [`a=($(cat /srv/members.txt)); cd /srv && tar -xf ${TAR} "\${a[@]:0}"`], LIST_ROOT),
    written(
        "rt68-declare-elements",
        [`declare a[0]=-C a[1]=/root a[2]=${JCFG}; cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        [],
    ),
    written(
        "rt68-array-var-index",
        [
            `a=(x); j=$(curl -fsS https://seed.example.com/i); a[j]=-C; a[j+1]=/root; cd /srv && tar -xf ${TAR} "\${a[@]}" ${JCFG}`,
        ],
        [],
    ),
    // Copiers with unknown operands.
    written("rt68-mv-unknown", [`${CURL}; mv /opt/seed/overlay/.jupyter $x`], []),
    written("rt68-install-unknown", [`${CURL}; install -D -m 0644 /opt/seed/jupyter_server_config.py $x`], []),
    written("rt68-ln-unknown", [`${CURL}; ln -sf /opt/seed/jupyter_server_config.py $x`], []),
    written("rt68-cp-t-unknown", [`${CURL}; cp -r -t $x /opt/seed/overlay/.`], []),
    // Scripts root runs.
    written("rt68-glob-loop-source", ['for f in /srv/*.sh; do . "$f"; done'], [ROOT_SCRIPT]),
    written("rt68-glob-loop-exec", ["chmod 0755 /srv/x.sh", 'for f in /srv/*.sh; do "$f"; done'], [ROOT_SCRIPT]),
    written("rt68-glob-operand", ["bash /srv/*.sh"], [ROOT_SCRIPT]),
    written("rt68-glob-qmark", ["bash /srv/x.s?"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 69): insecure accepted: `bash /srv/[x].sh`: the bracket expression `[x]` matches the written /srv/x.sh (bash(1)
    // Pathname Expansion, Pattern Matching `[...]`); round 68 resolves `*`/`?` globs to written scripts (rt68-glob-
    // operand, rt68-glob-qmark refused) but not bracket expressions. Every glob form (incl. `[...]`, `[!...]`,
    // extglob) must match written files or fail closed. The script's text (`cd /srv && tar -xf /opt/seed/overlay.tar
    // -C /root`) extracts the seed archive over /root, replacing root's loopback Jupyter config
    // jupyter_server_config.py (a shell holding the instance role); the pack must read the script root runs by this
    // route as runcmd's text or fail closed.
    written("rt68-glob-bracket", ["bash /srv/[x].sh"], [ROOT_SCRIPT]),
    written("rt68-find-exec-plus", ["find /srv -name '*.sh' -exec sh {} +"], [ROOT_SCRIPT]),
    written("rt68-find-exec-direct", ["chmod 0755 /srv/x.sh", "find /srv -name x.sh -exec {} \\;"], [ROOT_SCRIPT]),
    written("rt68-find-execdir", ["find /srv -name x.sh -execdir bash {} \\;"], [ROOT_SCRIPT]),
    written("rt68-find-xargs", ["find /srv -name x.sh | xargs -n1 bash"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 69): insecure accepted: `ls /srv/*.sh | while read -r f; do bash "$f"; done`: the loop reads /srv/x.sh from
    // ls's output (bash(1) read; Pipelines) and bash runs it; the pack neither resolves f nor fails closed on a shell
    // whose script operand is a variable read from a pipe (the `for f in GLOB` form is refused, rt67-glob-loop-
    // script). The script's text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`) extracts the seed archive over
    // /root, replacing root's loopback Jupyter config jupyter_server_config.py (a shell holding the instance role);
    // the pack must read the script root runs by this route as runcmd's text or fail closed.
    written("rt68-ls-while-read", ['ls /srv/*.sh | while read -r f; do bash "$f"; done'], [ROOT_SCRIPT]),
    written("rt68-echo-xargs-bash", ["echo /srv/x.sh | xargs bash"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 69): insecure accepted: `chmod 0755 /srv/x.sh; run-parts --regex '.*' /srv`: with --regex, run-parts runs every
    // executable file whose name matches the given extended regular expression (run-parts(8),
    // https://manpages.ubuntu.com/manpages/noble/man8/run-parts.8.html), so x.sh (whose dot the default name rule
    // would skip) runs as root; the pack applies only the default ^[a-zA-Z0-9_-]+$ rule (or ignores
    // --regex/--lsbsysinit). The script's text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`) extracts the seed
    // archive over /root, replacing root's loopback Jupyter config jupyter_server_config.py (a shell holding the
    // instance role); the pack must read the script root runs by this route as runcmd's text or fail closed.
    written("rt68-run-parts-regex", ["chmod 0755 /srv/x.sh", "run-parts --regex '.*' /srv"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 69): insecure accepted: `mv /srv/x.sh /srv/parts/10seed; chmod 0755 /srv/parts/10seed; run-parts /srv/parts`:
    // run-parts runs every executable file named ^[a-zA-Z0-9_-]+$ in the directory (run-parts(8),
    // https://manpages.ubuntu.com/manpages/noble/man8/run-parts.8.html); round 68 follows a script copied into the
    // directory with cp (rt67-run-parts refused) but not one moved there with mv (mv keeps the text under the new
    // name). The script's text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`) extracts the seed archive over
    // /root, replacing root's loopback Jupyter config jupyter_server_config.py (a shell holding the instance role);
    // the pack must read the script root runs by this route as runcmd's text or fail closed.
    written(
        "rt68-run-parts-mv",
        [
            "mkdir -p /srv/parts",
            "mv /srv/x.sh /srv/parts/10seed",
            "chmod 0755 /srv/parts/10seed",
            "run-parts /srv/parts",
        ],
        [ROOT_SCRIPT],
    ),
    written("rt68-hardlink-path", ["chmod 0755 /srv/x.sh", "ln /srv/x.sh /usr/local/bin/seed", "seed"], [ROOT_SCRIPT]),
    written("rt68-ln-dir-target", ["chmod 0755 /srv/x.sh", "ln -s /srv/x.sh /usr/local/bin/", "x.sh"], [ROOT_SCRIPT]),
    written("rt68-ln-t", ["chmod 0755 /srv/x.sh", "ln -s -t /usr/local/bin /srv/x.sh", "x.sh"], [ROOT_SCRIPT]),
    written(
        "rt68-cp-into-path",
        ["cp /srv/x.sh /usr/local/bin/seed", "chmod 0755 /usr/local/bin/seed", "seed"],
        [ROOT_SCRIPT],
    ),
    written("rt68-mv-into-path", ["chmod 0755 /srv/x.sh", "mv /srv/x.sh /usr/bin/seed", "seed"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 69): insecure accepted: `hash -p /srv/x.sh seed; command seed`: `hash -p PATHNAME NAME` makes PATHNAME the full
    // pathname of NAME with no path search (bash hash builtin, hash.def: "-p pathname use PATHNAME as the full
    // pathname of NAME"), and `command NAME` skips only functions/aliases, still using the hash table (bash(1) command
    // builtin); round 68 binds `seed` after hash -p (rt67-hash-p refused) but not `command seed` (likely also `exec
    // seed`, `nohup seed`, `xargs seed`). The script's text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`)
    // extracts the seed archive over /root, replacing root's loopback Jupyter config jupyter_server_config.py (a shell
    // holding the instance role); the pack must read the script root runs by this route as runcmd's text or fail
    // closed.
    written("rt68-hash-p-command", ["chmod 0755 /srv/x.sh", "hash -p /srv/x.sh seed", "command seed"], [ROOT_SCRIPT]),
    written("rt68-dot-path-unexported", ["PATH=/srv:$PATH", ". x.sh"], [ROOT_SCRIPT]),
    written("rt68-source-cwd", ["cd /srv && source x.sh"], [ROOT_SCRIPT]),
    written("rt68-sh-herestring", ['sh <<< "$(cat /srv/x.sh)"'], [ROOT_SCRIPT]),
    written("rt68-bash-s-herestring-lt", ['bash -s <<< "$(< /srv/x.sh)"'], [ROOT_SCRIPT]),
    written("rt68-dot-procsub", [". <(cat /srv/x.sh)"], [ROOT_SCRIPT]),
    written("rt68-bash-lt-procsub", ["bash < <(cat /srv/x.sh)"], [ROOT_SCRIPT]),
    written("rt68-eval-unquoted-lt", ["eval $(< /srv/y.sh)"], [BARE_SCRIPT]),
    written("rt68-sh-c-dollar0", ["sh -c '. \"$0\"' /srv/x.sh"], [ROOT_SCRIPT]),
    written("rt68-bash-c-dollar1", ["bash -c 'bash \"$1\"' _ /srv/x.sh"], [ROOT_SCRIPT]),
    written("rt68-timeout-script", ["timeout 600 bash /srv/x.sh"], [ROOT_SCRIPT]),
    written("rt68-nohup-script", ["nohup bash /srv/x.sh"], [ROOT_SCRIPT]),
    written("rt68-exec-script", ["exec bash /srv/x.sh"], [ROOT_SCRIPT]),
    written("rt68-builtin-source", ["builtin source /srv/x.sh"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 71): insecure accepted: `echo /srv/x.sh > /srv/run.lst; xargs -a /srv/run.lst bash`: xargs reads the item
    // /srv/x.sh from the written file (xargs(1) -a/--arg-file) and runs `bash /srv/x.sh`; the pack neither reads the
    // items into the shell's operands nor fails closed on a shell run by xargs (also rt68-find-print0-xargs). The
    // script's text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`) extracts the seed archive over /root,
    // replacing root's loopback Jupyter config jupyter_server_config.py (a shell holding the instance role); the pack
    // must read the script root runs by this route as runcmd's text or fail closed.
    written("rt68-xargs-a-bash", ["echo /srv/x.sh > /srv/run.lst", "xargs -a /srv/run.lst bash"], [ROOT_SCRIPT]),
    // Second pass.
    written("rt68-literal-loop", ['for f in /srv/prep.sh /srv/x.sh; do bash "$f"; done'], [PREP, ROOT_SCRIPT]),
    written("rt68-bash-ls-subst", ["bash $(ls /srv/*.sh)"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 71): insecure accepted: `find /srv -name x.sh -print0 | xargs -0 -n1 bash`: xargs runs `bash /srv/x.sh` for
    // find's item (find(1) -print0; xargs(1) -0); round 68 reads `find -exec bash {}` (rt67-find-exec-script refused)
    // and `find | xargs -n1 bash` (rt68-find-xargs refused) but not the -print0/-0 pair. The script's text (`cd /srv
    // && tar -xf /opt/seed/overlay.tar -C /root`) extracts the seed archive over /root, replacing root's loopback
    // Jupyter config jupyter_server_config.py (a shell holding the instance role); the pack must read the script root
    // runs by this route as runcmd's text or fail closed.
    written("rt68-find-print0-xargs", ["find /srv -name x.sh -print0 | xargs -0 -n1 bash"], [ROOT_SCRIPT]),
    // Round 71 neighbours: a shell or script xargs runs is each run read as a command of its own.
    written(
        "rt71-xargs-long-arg-file",
        ["echo /srv/x.sh > /srv/run.lst", "xargs --arg-file=/srv/run.lst bash"],
        [ROOT_SCRIPT],
    ),
    written(
        "rt71-xargs-a-replace",
        ["echo /srv/x.sh > /srv/run.lst", "xargs -a /srv/run.lst -I{} bash {}"],
        [ROOT_SCRIPT],
    ),
    written(
        "rt71-xargs-a-program",
        ["chmod 0755 /srv/x.sh", "echo /srv/x.sh > /srv/run.lst", "xargs -a /srv/run.lst -I{} {}"],
        [ROOT_SCRIPT],
    ),
    written(
        "rt71-xargs-a-sh-c",
        ["echo /srv/x.sh > /srv/run.lst", "xargs -a /srv/run.lst sh -c '. \"$1\"' _"],
        [ROOT_SCRIPT],
    ),
    written("rt71-xargs-lt-list", ["echo /srv/x.sh > /srv/run.lst", "xargs bash < /srv/run.lst"], [ROOT_SCRIPT]),
    written(
        "rt71-parallel-argfile",
        ["echo /srv/x.sh > /srv/run.lst", "parallel bash :::: /srv/run.lst"],
        [ROOT_SCRIPT],
    ),
    written("rt71-parallel-args", ["parallel bash ::: /srv/x.sh"], [ROOT_SCRIPT]),
    written(
        "rt71-xargs-a-replace-sh-c",
        ["echo /srv/x.sh > /srv/run.lst", "xargs -a /srv/run.lst -I{} sh -c 'bash {}'"],
        [ROOT_SCRIPT],
    ),
    written(
        "rt71-xargs-0-a",
        ["printf '%s\\0' /srv/x.sh > /srv/run.lst", "xargs -0 -a /srv/run.lst bash"],
        [ROOT_SCRIPT],
    ),
    written(
        "rt71-xargs-a-busybox-sh",
        ["echo /srv/x.sh > /srv/run.lst", "xargs -a /srv/run.lst busybox sh"],
        [ROOT_SCRIPT],
    ),
    written(
        "rt71-xargs-a-two",
        ["printf '%s\\n' /srv/prep.sh /srv/x.sh > /srv/run.lst", "xargs -n1 -a /srv/run.lst bash"],
        [PREP, ROOT_SCRIPT],
    ),
    written("rt71-xargs-a-sudo", ["echo /srv/x.sh > /srv/run.lst", "sudo xargs -a /srv/run.lst bash"], [ROOT_SCRIPT]),
    written("rt71-find-print0-replace", ["find /srv -name '*.sh' -print0 | xargs -0 -I{} bash {}"], [ROOT_SCRIPT]),
    written("rt71-find-print0-null-long", ["find /srv -type f -print0 | xargs --null -n1 sh"], [ROOT_SCRIPT]),
    written("rt71-find-print0-cwd", ["cd /srv && find . -name x.sh -print0 | xargs -0 -n1 bash"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 69): insecure accepted: `bash "$(find /srv -name x.sh)"`: the command substitution is find's output, /srv/x.sh
    // (bash(1) Command Substitution), so bash runs the written script; a shell whose script operand is a substitution
    // the pack cannot know must fail closed (or resolve find's matches). The script's text (`cd /srv && tar -xf
    // /opt/seed/overlay.tar -C /root`) extracts the seed archive over /root, replacing root's loopback Jupyter config
    // jupyter_server_config.py (a shell holding the instance role); the pack must read the script root runs by this
    // route as runcmd's text or fail closed.
    written("rt68-bash-find-subst", ['bash "$(find /srv -name x.sh)"'], [ROOT_SCRIPT]),
    written("rt68-relative-glob-loop", ['cd /srv && for f in *.sh; do bash "$f"; done'], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 69): insecure accepted: `shopt -s globstar; for f in /srv/**/*.sh; do bash "$f"; done`: with globstar, `**`
    // matches zero or more directories (bash(1) Pathname Expansion, globstar), so the loop runs /srv/x.sh; round 68
    // resolves `for f in /srv/*.sh` (rt67-glob-loop-script refused) but `**` matches nothing written. The script's
    // text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`) extracts the seed archive over /root, replacing
    // root's loopback Jupyter config jupyter_server_config.py (a shell holding the instance role); the pack must read
    // the script root runs by this route as runcmd's text or fail closed.
    written("rt68-globstar-loop", ['shopt -s globstar; for f in /srv/**/*.sh; do bash "$f"; done'], [ROOT_SCRIPT]),
    written(
        "rt68-read-list-run",
        ["echo /srv/x.sh > /srv/run.lst", 'IFS= read -r s < /srv/run.lst; bash "$s"'],
        [ROOT_SCRIPT],
    ),
    written(
        "rt68-head-list-run",
        ["echo /srv/x.sh > /srv/run.lst", "s=$(head -n1 /srv/run.lst); bash $s"],
        [ROOT_SCRIPT],
    ),
    written("rt68-parallel-run", ["printf '%s\\n' /srv/x.sh | parallel bash"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 69): insecure accepted: `a=(); a[${#a[@]}]=-C; a[${#a[@]}]=/root;
    // a[${#a[@]}]=.jupyter/jupyter_server_config.py; tar -xf overlay.tar "${a[@]}"`: the common append idiom: the
    // subscript is an arithmetic expression (bash(1) Arrays: "subscript ... is treated as an arithmetic expression"),
    // here the array's length, so a is (-C /root .jupyter/...); round 68 reads literal/arithmetic subscripts
    // (rt68-array-arith-index refused) but drops `${#a[@]}` subscripts. A subscript the pack cannot evaluate must make
    // the array unknown. GNU tar takes options anywhere among its operands (GNU tar manual "-C, --directory"), so
    // these words make `tar -xf /opt/seed/overlay.tar` extract the seed archive over /root, replacing root's loopback
    // Jupyter config jupyter_server_config.py (the instance then serves a shell holding the instance role).
    written(
        "rt68-array-len-append",
        [`a=(); a[\${#a[@]}]=-C; a[\${#a[@]}]=/root; a[\${#a[@]}]=${JCFG}; cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        [],
    ),
    // Was a MISS (fixed in round 69): insecure accepted: `x=$(curl URL); cp -r --target-directory=$x /opt/seed/overlay/.`: `--target-
    // directory=DIRECTORY` (GNU coreutils cp, "-t, --target-directory") copies every source into the downloaded,
    // unknown directory, possibly /root; round 68 reads `cp -r -t $x` (rt68-cp-t-unknown refused) and a bare unknown
    // destination, but not the glued long option with an unknown value. A copier option word holding an unknown value
    // must be read as any destination, replacing root's loopback Jupyter config jupyter_server_config.py (a shell
    // holding the instance role).
    written("rt68-cp-target-long", [`${CURL}; cp -r --target-directory=$x /opt/seed/overlay/.`], []),
    // Round 69 neighbours of the fixed word cases (refused): a brace group with an unknown variable is that variable's
    // words (brace expansion comes first: bash(1) "EXPANSION"); read's names split on a prefixed IFS (the last takes
    // the rest, split again unquoted); a while-read loop's lines are the array's elements, and what its body assigns
    // stays set after it; `${#a[@]}` subscripts of a non-empty array; mv's glued --target-directory of an unknown value.
    written("rt69-brace-unknown-var", [`cd /srv && tar -xf ${TAR} {notes/a.txt,$EXTRA}`], []),
    written(
        "rt69-read-ifs-names",
        [`x=notes/a.txt; IFS=: read -r x y <<< "-C:/root ${JCFG}"; cd /srv && tar -xf ${TAR} "$x" $y`],
        [],
    ),
    written(
        "rt69-while-read-option-lines",
        [`while IFS= read -r l; do a+=("$l"); done < /srv/members.txt; cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        LIST_ROOT_LINES,
    ),
    written(
        "rt69-while-read-last-assign",
        [`x=notes/a.txt; while read -r l; do x=$l; done < /srv/members.txt; cd /srv && tar -xf ${TAR} $x`],
        [["/srv/members.txt", `notes/a.txt\n-C /root ${JCFG}\n`]],
    ),
    written(
        "rt69-array-len-nonempty",
        [`a=(notes/a.txt); a[\${#a[@]}]=-C; a[\${#a[@]}]=/root; cd /srv && tar -xf ${TAR} "\${a[@]}" ${JCFG}`],
        [],
    ),
    written("rt69-mv-target-long", [`${CURL}; mv --target-directory=$x /opt/seed/overlay/.jupyter`], []),
    written("rt68-install-t", [`${CURL}; install -m 0644 -t $x /opt/seed/jupyter_server_config.py`], []),
    written("rt68-var-assign-empty", [`cd /srv && tar -xf ${TAR} \${EXTRA:=}`], []),
    // IAM/KMS/DynamoDB.
    prodOps("rt68-ssm-association", "ssm:CreateAssociation (run a document on instances)", [
        allow("ssm:CreateAssociation", "*"),
    ]),
    prodOps("rt68-ec2-user-data", "stop, rewrite user data of and start any instance", [
        allow(["ec2:StopInstances", "ec2:StartInstances", "ec2:ModifyInstanceAttribute"], "*"),
    ]),
    prodOps("rt68-ddb-updateitem", "dynamodb:UpdateItem on the keystore (ReturnValues ALL_OLD)", [
        allow("dynamodb:UpdateItem", KEYSTORE),
    ]),
    prodOps("rt68-ddb-deleteitem", "dynamodb:DeleteItem on the keystore (ReturnValues ALL_OLD)", [
        allow("dynamodb:DeleteItem", KEYSTORE),
    ]),
    prodOps("rt68-notaction", "everything but key deletion (NotAction)", [
        { Effect: "Allow", NotAction: "kms:ScheduleKeyDeletion", Resource: "*" },
    ]),
    prodOps("rt68-notresource", "kms:Sign on NotResource of one unrelated key", [
        { Effect: "Allow", Action: "kms:Sign", NotResource: `arn:aws:kms:eu-west-1:${A}:key/none` },
    ]),
    prodOps("rt68-action-case", "KMS:SIGN (action names are case-insensitive)", [allow("KMS:SIGN", KEYS)]),
    prodOps("rt68-action-star-svc", "*:Sign", [allow("*:Sign", "*")]),
    prodOps("rt68-kms-arn-wild", "kms:Sign on arn:*:kms:*:*:*", [allow("kms:Sign", "arn:*:kms:*:*:*")]),
    prodOps("rt68-ddb-arn-wild", "dynamodb:Scan on table/custody-*", [
        allow("dynamodb:Scan", `arn:aws:dynamodb:*:${A}:table/custody-*`),
    ]),
    prodOps("rt68-ddb-batch-question", "dynamodb:BatchGet?tem on the keystore", [
        allow("dynamodb:BatchGet?tem", KEYSTORE),
    ]),
    prodOps("rt68-ssm-automation", "ssm:StartAutomationExecution + iam:PassRole on any role", [
        allow(["ssm:StartAutomationExecution", "iam:PassRole"], "*"),
    ]),
    // Round 69 neighbours (scripts root runs): a regex naming the script, `[!..]` brackets, a read loop over a known
    // list, `exec` after hash -p.
    written("rt69-run-parts-regex-eq", ["chmod 0755 /srv/x.sh", "run-parts --regex=^x /srv"], [ROOT_SCRIPT]),
    written("rt69-glob-bracket-negated", ["bash /srv/[!p].sh"], [ROOT_SCRIPT]),
    written("rt69-glob-class", ["bash /srv/[[:alpha:]].sh"], [ROOT_SCRIPT]),
    written("rt69-hash-p-exec", ["chmod 0755 /srv/x.sh", "hash -p /srv/x.sh seed", "exec seed"], [ROOT_SCRIPT]),
    written("rt69-unset-var-script", ['bash "$SETUP_SCRIPT"'], [ROOT_SCRIPT]),
    // Round 69 neighbour of rt68-s-default-unset-harmless: `${X:+WORDS}` of an unknown variable is read as its words,
    // here an option that extracts over /root.
    written(
        "rt69-alternate-option",
        [`cd /srv && tar -xf ${TAR} \${EXTRA:+-C /root} .jupyter/jupyter_server_config.py`],
        [],
    ),
];

const secure: StackCase[] = [
    // DECIDED (round 87): a default of a variable the script never sets is its word. User data runs in cloud-init's
    // environment (cloud-final.service), which only root sets (systemd.exec(5) Environment=, `systemctl
    // set-environment`, the kernel command line), so `${V:-W}`/`${V:=W}` is W (bash(1) "Use Default Values", "Assign
    // Default Values"), as round 87's defaultsDecided reads it (rootReads.ts; round 86 secure S13, round 87 S33).
    // Round 69 read these four as V's value from that environment, any words ("Was a MISS (fixed in round 69)"); they
    // are clean: nothing here puts -C /root into tar's operands.
    keptWith("rt68-var-default-word", [`cd /srv && tar -xf ${TAR} \${EXTRA:-notes/a.txt}`], []),
    keptWith("rt68-var-assign-default", [`: \${DEST:=/srv/notes}; tar -xf ${TAR} -C $DEST`], []),
    keptWith("rt68-cp-default-dest", [`cp -r /opt/seed/overlay/. "\${DEST:-/srv/notes}"`], []),
    keptWith("rt68-rsync-default-dest", [`rsync -a /opt/seed/overlay/ "\${DEST:-/srv/notes/}"`], []),
    keptWith("rt68-s-var-default-known", [`d=/srv/notes; mkdir -p "$d"; tar -xf ${TAR} -C "\${d:-/srv}"`], []),
    keptWith("rt68-s-ifs-names", [`IFS=,; x="notes/a.txt,notes/b.txt"; cd /srv && tar -xf ${TAR} $x`], []),
    keptWith(
        "rt68-s-array-elements",
        [`a=(notes/a.txt notes/b.txt); cd /srv && tar -xf ${TAR} "\${a[0]}" "\${a[1]}"`],
        [],
    ),
    keptWith("rt68-s-cp-known-var", [`d=/srv/notes; mkdir -p "$d"; cp -r /opt/seed/overlay/. "$d"`], []),
    keptWith("rt68-s-glob-loop-prep", ['for f in /srv/*.sh; do bash "$f"; done'], [PREP]),
    keptWith("rt68-s-find-exec-prep", ["find /srv -name prep.sh -exec bash {} \\;"], [PREP]),
    keptWith("rt68-s-link-prep", ["chmod 0755 /srv/prep.sh", "ln -s /srv/prep.sh /usr/local/bin/prep", "prep"], [PREP]),
    keptWith("rt68-s-hash-p-prep", ["chmod 0755 /srv/prep.sh", "hash -p /srv/prep.sh prep", "prep"], [PREP]),
    keptWith("rt68-s-glob-loop-then-read", ['for f in /srv/*.sh; do bash "$f"; done', READ], [...LIST_NAMES, PREP]),
    // Was a MISS (fixed in round 69): secure refused (fixers' named gap, still open): `while IFS= read -r l; do a+=("$l"); done <
    // /srv/members.txt; tar -xf overlay.tar "${a[@]}"` with the written list `notes/a.txt notes/b.txt`: each line is
    // appended quoted (bash(1) read, Arrays `+=`), so "${a[@]}" is exactly the two member names, extracting two notes
    // under /srv; the pack knows the list's text (it accepts `mapfile -t a < F`) but fails closed on the read-loop
    // array (the idiomatic pre-bash-4 form). Read loops over a known file must give the array its lines. The pack
    // refuses it; it must accept (the words are known and harmless).
    keptWith(
        "rt68-s-while-read-ifs-array",
        [`while IFS= read -r l; do a+=("$l"); done < /srv/members.txt; cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        LIST_NAMES,
    ),
    // Round 69 neighbours of the fixed word cases (accepted): a default of a variable the script set; brace groups of
    // literal names; `IFS=: read -ra` of known names; the `${#a[@]}` append idiom with harmless elements; a glued
    // --target-directory of a known directory; a while-read loop over a here-string.
    keptWith(
        "rt69-s-default-set",
        [`EXTRA=notes/b.txt; NONE=; cd /srv && tar -xf ${TAR} \${EXTRA:-notes/a.txt} "\${NONE:-notes/a.txt}"`],
        [],
    ),
    keptWith("rt69-s-brace-names", [`cd /srv && tar -xf ${TAR} notes/{a,b}.txt`], []),
    keptWith(
        "rt69-s-ifs-read-a-names",
        [`IFS=: read -ra a <<< "notes/a.txt:notes/b.txt"; cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        [],
    ),
    keptWith(
        "rt69-s-array-len-append",
        [`a=(); a[\${#a[@]}]=notes/a.txt; a[\${#a[@]}]=notes/b.txt; cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        [],
    ),
    keptWith(
        "rt69-s-cp-target-known",
        [`d=/srv/notes; mkdir -p "$d"; cp -r --target-directory="$d" /opt/seed/overlay/.`],
        [],
    ),
    keptWith(
        "rt69-s-while-read-herestring",
        [`while read -r l; do a+=("$l"); done <<< "notes/a.txt"; cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        [],
    ),
    // Was a MISS (fixed in round 69): secure refused (fixers' named gap, still open): `ARCH=$(uname -m | sed ...); curl -o /tmp/ne-$ARCH.tar.gz
    // URL; tar -xzf /tmp/ne-$ARCH.tar.gz -C /opt/node_exporter --strip-components=1`: the usual multi-arch
    // node_exporter install; the archive path is one word (no blanks/options possible in a path built from `uname -m`,
    // and the -C target is a literal non-credential directory), the archive is the file curl wrote. The pack refuses
    // the unknown archive name, though every value of $ARCH names a file curl downloaded and extracts only under
    // /opt/node_exporter (GNU tar -C). The pack refuses it; it must accept (the words are known and harmless).
    kept("rt68-s-arch-tar", [
        "ARCH=$(uname -m | sed -e s/x86_64/amd64/ -e s/aarch64/arm64/)",
        "curl -fsSL -o /tmp/ne-$ARCH.tar.gz https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-$ARCH.tar.gz",
        "mkdir -p /opt/node_exporter && tar -xzf /tmp/ne-$ARCH.tar.gz -C /opt/node_exporter --strip-components=1",
    ]),
    // Was a MISS (fixed in round 69): secure refused: `tar -xf overlay.tar -C /srv/notes ${VERBOSE:+-v}`: `${X:+word}` expands to nothing when X
    // is unset or empty and to the (literal) word otherwise (bash(1) Parameter Expansion, "Use Alternate Value"), so
    // the words are either none or `-v`; both are known and harmless. Round 68 reads `:+` of unset variables as
    // unknown words (like `:-`/`:=`), which over-refuses this common optional-flag idiom; `:+` must give {nothing,
    // word}. The pack refuses it; it must accept (the words are known and harmless).
    keptWith(
        "rt68-s-default-unset-harmless",
        [`mkdir -p /srv/notes; tar -xf ${TAR} -C /srv/notes \${VERBOSE:+-v}`],
        [],
    ),
    // Round 69 neighbours (scripts root runs): the same routes over a written harmless script are accepted.
    keptWith("rt69-s-glob-bracket-prep", ["bash /srv/[p]rep.sh"], [PREP]),
    keptWith("rt69-s-globstar-prep", ['shopt -s globstar; for f in /srv/**/*.sh; do bash "$f"; done'], [PREP]),
    keptWith("rt69-s-run-parts-regex-prep", ["chmod 0755 /srv/prep.sh", "run-parts --regex '^prep' /srv"], [PREP]),
    keptWith(
        "rt69-s-run-parts-mv-prep",
        [
            "mkdir -p /srv/parts",
            "mv /srv/prep.sh /srv/parts/10prep",
            "chmod 0755 /srv/parts/10prep",
            "run-parts /srv/parts",
        ],
        [PREP],
    ),
    keptWith(
        "rt69-s-hash-p-command-prep",
        ["chmod 0755 /srv/prep.sh", "hash -p /srv/prep.sh prep", "command prep"],
        [PREP],
    ),
    // Round 71 neighbours (xargs runs): a harmless written script, or a data file list, run through xargs is accepted.
    keptWith("rt71-s-xargs-a-prep", ["echo /srv/prep.sh > /srv/run.lst", "xargs -a /srv/run.lst bash"], [PREP]),
    keptWith(
        "rt71-s-xargs-a-rm",
        ["printf '%s\\n' /srv/notes/a.txt /srv/notes/b.txt > /srv/old.lst", "xargs -a /srv/old.lst rm -f"],
        [],
    ),
    keptWith("rt71-s-find-print0-chmod", ["find /srv/notes -name '*.txt' -print0 | xargs -0 chmod 0644"], []),
    keptWith(
        "rt71-s-xargs-a-replace-prep",
        ["echo /srv/prep.sh > /srv/run.lst", "xargs -a /srv/run.lst -I{} bash {}"],
        [PREP],
    ),
    keptWith("rt71-s-find-print0-replace-prep", ["find /srv -name '*.sh' -print0 | xargs -0 -I{} bash {}"], [PREP]),
    keptWith("rt71-s-find-print0-prep", ["find /srv -name prep.sh -print0 | xargs -0 -n1 bash"], [PREP]),
    keptWith(
        "rt71-s-parallel-argfile-prep",
        ["echo /srv/prep.sh > /srv/run.lst", "parallel bash :::: /srv/run.lst"],
        [PREP],
    ),
    prodOpsOk("rt68-s-metrics", "read CloudWatch metrics and alarms", [
        allow(["cloudwatch:GetMetricData", "cloudwatch:ListMetrics", "cloudwatch:DescribeAlarms"], "*"),
    ]),
];

describeVariants("red team 68: allowlist on the AWS level", insecure, secure);
