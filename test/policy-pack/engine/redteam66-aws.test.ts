// Red-team round 66 on the AWS level (fresh eyes). Probed: round 66's root-read/shell fixes (rootReads.ts/shell.ts)
// by routes their neighbours did not list: scripts user data wrote and root runs (`bash < FILE`, `cat FILE | sh`,
// arguments and exported variables into `bash FILE`, a sourced script's `cd`/variables/`set --` for the caller, a
// script written by a here-document), arrays built by `a=( $(cat LIST) )`, `a+=(...)` in a read loop,
// `read -d ''`, `mapfile -u`, `{fd}` descriptors read by `read -u`, `/dev/fd/$fd` and a descriptor in a variable,
// function-definition redirects (`function` keyword, subshell body), `exec <` inside a redirected group, writes by
// curl -O/--output-dir, wget -P/-N, cp -rT, cp SRC/*, rsync DIR/, tar's old-style options, gunzip -f, uniq/xxd
// OUTPUT operands, sed's `w` command, awk `print >`, patch; commands a CONTENT_KEEPERS entry runs (`trap` DEBUG/ERR
// strings, an alias named `true`, `$(cp ...)` inside an assignment, `:` or a here-document body); rm forgetting;
// secure twins (a harmless script run with the list, rm of another file, copies beside the list).
// - IAM/KMS/DynamoDB of prod: a few shapes (keystore stream wildcard, alias retarget, a read-only ops role).
// Misses (19 insecure, 0 secure), two causes:
// - an archiver's words the pack cannot know are not any words (13): `tar -xf overlay.tar $x` with x from $(cat LIST),
//   $(< LIST), curl, an unwritten file or never set; `tar ... $(cat LIST)` directly; `"$x"` (`--directory=/root`);
//   arrays from `a=( $(cat LIST) )`, `declare -a`, `a+=($l)` in a read loop, `mapfile <<< "$(cat LIST)"`; `read -u "$fd"`
//   (set's UNKNOWN_WORDS and `<`-fed mapfile/read -a are refused; these routes are not).
// - a write_files script run by root by routes round 66 does not read (6): `bash < FILE`, `sh -s < FILE`,
//   `eval "$(cat FILE)"`, `bash -c "$(cat FILE)"`, a name found through an exported or prefixed PATH=/srv:$PATH.
// The round-66 fixes probed otherwise hold: `cat FILE | sh`, bash -x/--/env/nohup/timeout, script arguments and exported
// variables, a sourced script's cd/variables, {fd} forms, function-definition redirects, `exec <` inside a redirected
// group (the fixers' named gap is refused here), CONTENT_KEEPERS running commands (trap DEBUG/ERR, alias, $(cp) in
// assignments/here-documents, functions named true/cat), and every rewrite route listed. Not filed: a DescribeTable/
// DescribeKey ops role is refused by design (declare auditors under custody:operations, redteam61-aws Not filed).
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { KEPT, loopbackJupyter, keptCase as kept, writtenCase as written } from "./callerInstanceBuilders";

const A = ACCOUNT.prod;
const TAR = "/opt/seed/overlay.tar";
const LIST_ROOT: [string, string][] = [["/srv/members.txt", "-C /root\n.jupyter/jupyter_server_config.py\n"]];
const LIST_NAMES: [string, string][] = [["/srv/members.txt", "notes/a.txt\nnotes/b.txt\n"]];
const LIST_LINES: [string, string][] = [["/srv/members.txt", "-C\n/root\n.jupyter/jupyter_server_config.py\n"]];
const SCRIPT: [string, string] = ["/srv/extract.sh", `#!/bin/bash\ncd /srv && xargs tar -xf ${TAR}\n`];
const ROOT_SCRIPT: [string, string] = ["/srv/x.sh", `#!/bin/bash\ncd /srv && tar -xf ${TAR} -C /root\n`];
const ARG_SCRIPT: [string, string] = ["/srv/x.sh", `#!/bin/bash\ncd /srv && tar -xf ${TAR} -C "$1"\n`];
const VAR_SCRIPT: [string, string] = ["/srv/x.sh", `#!/bin/bash\ncd /srv && tar -xf ${TAR} -C "$D"\n`];
const XARGS = `cd /srv && xargs tar -xf ${TAR}`;
const READ = `${XARGS} < /srv/members.txt`;
const SEED = "/opt/seed/members.txt";

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
    // Scripts user data wrote, run by root.
    // Was a MISS (fixed in round 67): insecure accepted: `bash < FILE`: with no operands bash reads commands from standard input (bash(1)
    // INVOCATION/OPTIONS (https://man7.org/linux/man-pages/man1/bash.1.html): "-s ... or if no arguments remain after
    // option processing, then commands are read from the standard input"). rootReads.ts reads a write_files script root
    // runs as `bash FILE`/`sh FILE`/`. FILE`/`./FILE`/a name in PATH (rt66-path-script), but not this route; the
    // script's text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`, the seed archive extracted over /root,
    // replacing root's loopback Jupyter config jupyter_server_config.py) must be read as runcmd is, or the run fail
    // closed.
    written("rt66-bash-stdin-script", ["bash < /srv/x.sh"], [ROOT_SCRIPT]),
    written("rt66-cat-pipe-sh", ["cat /srv/x.sh | sh"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 67): insecure accepted: `sh -s < FILE`: -s reads commands from standard input (bash(1) INVOCATION/OPTIONS
    // (https://man7.org/linux/man-pages/man1/bash.1.html); dash(1) -s likewise). rootReads.ts reads a write_files
    // script root runs as `bash FILE`/`sh FILE`/`. FILE`/`./FILE`/a name in PATH (rt66-path-script), but not this
    // route; the script's text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`, the seed archive extracted over
    // /root, replacing root's loopback Jupyter config jupyter_server_config.py) must be read as runcmd is, or the run
    // fail closed.
    written("rt66-sh-s-script", ["sh -s < /srv/x.sh"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 67): insecure accepted: `eval "$(cat FILE)"` runs the written file's text as shell commands in the current shell
    // (bash(1) SHELL BUILTIN COMMANDS, eval: "The args are read and concatenated together into a single command ...
    // executed by the shell"); the pack knows the text (write_files) yet neither reads it nor fails closed.
    // rootReads.ts reads a write_files script root runs as `bash FILE`/`sh FILE`/`. FILE`/`./FILE`/a name in PATH
    // (rt66-path-script), but not this route; the script's text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`,
    // the seed archive extracted over /root, replacing root's loopback Jupyter config jupyter_server_config.py) must be
    // read as runcmd is, or the run fail closed.
    written("rt66-eval-cat-script", ['eval "$(cat /srv/x.sh)"'], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 67): insecure accepted: `bash -c "$(cat FILE)"` runs the written file's text as the -c command string (bash(1)
    // INVOCATION/OPTIONS (https://man7.org/linux/man-pages/man1/bash.1.html): -c "commands are read from the first non-
    // option argument command_string"); the $(cat) of a known written file is neither read as the script nor unknown.
    // rootReads.ts reads a write_files script root runs as `bash FILE`/`sh FILE`/`. FILE`/`./FILE`/a name in PATH
    // (rt66-path-script), but not this route; the script's text (`cd /srv && tar -xf /opt/seed/overlay.tar -C /root`,
    // the seed archive extracted over /root, replacing root's loopback Jupyter config jupyter_server_config.py) must be
    // read as runcmd is, or the run fail closed.
    written("rt66-bash-c-cat-script", ['bash -c "$(cat /srv/x.sh)"'], [ROOT_SCRIPT]),
    written("rt66-bash-x-script", ["bash -x /srv/x.sh"], [ROOT_SCRIPT]),
    written("rt66-bash-dashdash-script", ["bash -- /srv/x.sh"], [ROOT_SCRIPT]),
    written("rt66-env-bash-script", ["env bash /srv/x.sh"], [ROOT_SCRIPT]),
    written("rt66-nohup-bash-script", ["nohup bash /srv/x.sh &"], [ROOT_SCRIPT]),
    written("rt66-timeout-script", ["timeout 60 /srv/x.sh"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 67): insecure accepted: `chmod 0755 /srv/x.sh; export PATH=/srv:$PATH; x.sh` runs the written /srv/x.sh (bash(1)
    // COMMAND EXECUTION: a name without slashes is searched "in each element of $PATH"); the pack follows PATH names
    // only in the default PATH (rt66-path-script, /usr/local/bin) and does not see the exported PATH, nor fail closed
    // on a PATH it changed. rootReads.ts reads a write_files script root runs as `bash FILE`/`sh FILE`/`.
    // FILE`/`./FILE`/a name in PATH (rt66-path-script), but not this route; the script's text (`cd /srv && tar -xf
    // /opt/seed/overlay.tar -C /root`, the seed archive extracted over /root, replacing root's loopback Jupyter config
    // jupyter_server_config.py) must be read as runcmd is, or the run fail closed.
    written("rt66-path-export-script", ["chmod 0755 /srv/x.sh", "export PATH=/srv:$PATH", "x.sh"], [ROOT_SCRIPT]),
    // Was a MISS (fixed in round 67): insecure accepted: `PATH=/srv:$PATH x.sh` (assignment prefix): bash looks the command up with the prefixed PATH
    // (bash(1) COMMAND EXECUTION / SIMPLE COMMAND EXPANSION), running the written executable /srv/x.sh; same cause as
    // rt66-path-export-script. rootReads.ts reads a write_files script root runs as `bash FILE`/`sh FILE`/`.
    // FILE`/`./FILE`/a name in PATH (rt66-path-script), but not this route; the script's text (`cd /srv && tar -xf
    // /opt/seed/overlay.tar -C /root`, the seed archive extracted over /root, replacing root's loopback Jupyter config
    // jupyter_server_config.py) must be read as runcmd is, or the run fail closed.
    written("rt66-path-prefix-script", ["chmod 0755 /srv/x.sh", "PATH=/srv:$PATH x.sh"], [ROOT_SCRIPT]),
    written("rt66-script-arg", ["bash /srv/x.sh /root"], [ARG_SCRIPT]),
    written("rt66-script-env-prefix", ["D=/root bash /srv/x.sh"], [VAR_SCRIPT]),
    written("rt66-script-export", ["export D=/root", "bash /srv/x.sh"], [VAR_SCRIPT]),
    written("rt66-source-set-args", ["set -- /root", ". /srv/x.sh"], [ARG_SCRIPT]),
    written("rt66-source-args", [". /srv/x.sh /root"], [ARG_SCRIPT]),
    written(
        "rt66-source-cd",
        [". /srv/cd.sh", `tar -xf ${TAR} .jupyter/jupyter_server_config.py`],
        [["/srv/cd.sh", "cd /root\n"]],
    ),
    written(
        "rt66-source-var",
        [". /srv/vars.sh", `cd /srv && tar -xf ${TAR} -C "$D"`],
        [["/srv/vars.sh", "D=/root\n"]],
    ),
    written("rt66-heredoc-script", [
        "cat > /srv/y.sh <<'EOF'",
        `cd /srv && tar -xf ${TAR} -C /root`,
        "EOF",
        "bash /srv/y.sh",
    ]),
    written(
        "rt66-script-rewrites-list",
        ["bash /srv/fetch.sh", READ],
        [...LIST_NAMES, ["/srv/fetch.sh", `cp ${SEED} /srv/members.txt\n`]],
    ),
    written("rt66-group-script-stdin", ["{ bash /srv/extract.sh; } < /srv/members.txt"], [...LIST_ROOT, SCRIPT]),
    written("rt66-pipe-into-script", ["cat /srv/members.txt | bash /srv/extract.sh"], [...LIST_ROOT, SCRIPT]),
    // Arrays and read.
    // Was a MISS (fixed in round 67): insecure accepted: `a=( $(cat LIST) )`: a compound array assignment word-splits the substitution into elements
    // (bash(1) Arrays: "name=(value1 ... valuen)", Word Splitting), so "${a[@]}" is `-C /root
    // .jupyter/jupyter_server_config.py`. GNU tar takes options anywhere among its operands (GNU tar manual "The Three
    // Option Styles"/"-C, --directory": https://gnu.org/software/tar/manual/html_node/directory.html), so words the
    // pack cannot know after `tar -xf overlay.tar` may be `-C /root .jupyter/jupyter_server_config.py` (or
    // `--directory=/root` as one quoted word), extracting the seed archive over root's loopback Jupyter config.
    // rootReads.ts fails closed on set's UNKNOWN_WORDS (`set -- $(cat ...)`, rt65-set-seed refused) and on mapfile/read
    // -a arrays, but a SUBSTITUTED word or unknown variable directly in an archiver's words is accepted: every such
    // word must be read as its known text or as any words.
    written(
        "rt66-array-assign-cat",
        [`a=( $(cat /srv/members.txt) ); cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        LIST_ROOT,
    ),
    // Was a MISS (fixed in round 67): insecure accepted: `a=($(< LIST))` ($(< file) is $(cat file): bash(1) Command Substitution), elements `-C /root
    // ...` as in rt66-array-assign-cat. GNU tar takes options anywhere among its operands (GNU tar manual "The Three
    // Option Styles"/"-C, --directory": https://gnu.org/software/tar/manual/html_node/directory.html), so words the
    // pack cannot know after `tar -xf overlay.tar` may be `-C /root .jupyter/jupyter_server_config.py` (or
    // `--directory=/root` as one quoted word), extracting the seed archive over root's loopback Jupyter config.
    // rootReads.ts fails closed on set's UNKNOWN_WORDS (`set -- $(cat ...)`, rt65-set-seed refused) and on mapfile/read
    // -a arrays, but a SUBSTITUTED word or unknown variable directly in an archiver's words is accepted: every such
    // word must be read as its known text or as any words.
    written("rt66-array-assign-lt", [`a=($(< /srv/members.txt)); cd /srv && tar -xf ${TAR} "\${a[@]}"`], LIST_ROOT),
    // Was a MISS (fixed in round 67): insecure accepted: `declare -a a=($(cat LIST))` (bash(1) declare: compound assignment), elements `-C /root ...`.
    // GNU tar takes options anywhere among its operands (GNU tar manual "The Three Option Styles"/"-C, --directory":
    // https://gnu.org/software/tar/manual/html_node/directory.html), so words the pack cannot know after `tar -xf
    // overlay.tar` may be `-C /root .jupyter/jupyter_server_config.py` (or `--directory=/root` as one quoted word),
    // extracting the seed archive over root's loopback Jupyter config. rootReads.ts fails closed on set's UNKNOWN_WORDS
    // (`set -- $(cat ...)`, rt65-set-seed refused) and on mapfile/read -a arrays, but a SUBSTITUTED word or unknown
    // variable directly in an archiver's words is accepted: every such word must be read as its known text or as any
    // words.
    written(
        "rt66-declare-array",
        [`declare -a a=($(cat /srv/members.txt)); cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        LIST_ROOT,
    ),
    // Was a MISS (fixed in round 67): insecure accepted: `while read -r l; do a+=($l); done < LIST`: `+=` appends the split line to the array
    // (bash(1) PARAMETERS: with `+=` on an array "the variable's value is not unset ... new values are appended"), so
    // "${a[@]}" is `-C /root .jupyter/jupyter_server_config.py`. GNU tar takes options anywhere among its operands (GNU
    // tar manual "-C, --directory": https://gnu.org/software/tar/manual/html_node/directory.html), extracting the seed
    // archive over root's loopback Jupyter config. rootReads.ts carries `read VAR <` and mapfile/read -a arrays, but
    // not an array built by `+=` from read variables; an array (or any word) the pack cannot know in an archiver's
    // words must be read as any words.
    written(
        "rt66-array-append-loop",
        [`while read -r l; do a+=($l); done < /srv/members.txt; cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        LIST_ROOT,
    ),
    written(
        "rt66-read-d-empty",
        [`read -r -d '' -a a < /srv/members.txt; cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        LIST_LINES,
    ),
    written(
        "rt66-mapfile-u",
        [`exec 3< /srv/members.txt; mapfile -t -u 3 a; cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        LIST_LINES,
    ),
    // Was a MISS (fixed in round 67): insecure accepted: `mapfile -t a <<< "$(cat LIST)"`: mapfile reads the here-string's lines into a (bash(1)
    // mapfile; Here Strings), so "${a[@]}" is `-C`, `/root`, `.jupyter/...`; round 66 reads mapfile from `<`/pipes but
    // not a here-string of a written file's text. GNU tar takes options anywhere among its operands (GNU tar manual
    // "The Three Option Styles"/"-C, --directory": https://gnu.org/software/tar/manual/html_node/directory.html), so
    // words the pack cannot know after `tar -xf overlay.tar` may be `-C /root .jupyter/jupyter_server_config.py` (or
    // `--directory=/root` as one quoted word), extracting the seed archive over root's loopback Jupyter config.
    // rootReads.ts fails closed on set's UNKNOWN_WORDS (`set -- $(cat ...)`, rt65-set-seed refused) and on mapfile/read
    // -a arrays, but a SUBSTITUTED word or unknown variable directly in an archiver's words is accepted: every such
    // word must be read as its known text or as any words.
    written(
        "rt66-mapfile-herestring",
        [`mapfile -t a <<< "$(cat /srv/members.txt)"; cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        LIST_LINES,
    ),
    written(
        "rt66-readarray-procsub",
        [`readarray -t a < <(cat /srv/members.txt); cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        LIST_LINES,
    ),
    // Was a MISS (fixed in round 67): insecure accepted: `x=$(cat LIST); tar -xf overlay.tar $x`: the unquoted $x splits into `-C /root .jupyter/...`
    // (bash(1) Word Splitting). GNU tar takes options anywhere among its operands (GNU tar manual "The Three Option
    // Styles"/"-C, --directory": https://gnu.org/software/tar/manual/html_node/directory.html), so words the pack
    // cannot know after `tar -xf overlay.tar` may be `-C /root .jupyter/jupyter_server_config.py` (or
    // `--directory=/root` as one quoted word), extracting the seed archive over root's loopback Jupyter config.
    // rootReads.ts fails closed on set's UNKNOWN_WORDS (`set -- $(cat ...)`, rt65-set-seed refused) and on mapfile/read
    // -a arrays, but a SUBSTITUTED word or unknown variable directly in an archiver's words is accepted: every such
    // word must be read as its known text or as any words.
    written("rt66-var-cat", [`x=$(cat /srv/members.txt); cd /srv && tar -xf ${TAR} $x`], LIST_ROOT),
    // Was a MISS (fixed in round 67): insecure accepted: `x=$(< LIST)` is $(cat LIST) (bash(1) Command Substitution); as rt66-var-cat. GNU tar takes
    // options anywhere among its operands (GNU tar manual "The Three Option Styles"/"-C, --directory":
    // https://gnu.org/software/tar/manual/html_node/directory.html), so words the pack cannot know after `tar -xf
    // overlay.tar` may be `-C /root .jupyter/jupyter_server_config.py` (or `--directory=/root` as one quoted word),
    // extracting the seed archive over root's loopback Jupyter config. rootReads.ts fails closed on set's UNKNOWN_WORDS
    // (`set -- $(cat ...)`, rt65-set-seed refused) and on mapfile/read -a arrays, but a SUBSTITUTED word or unknown
    // variable directly in an archiver's words is accepted: every such word must be read as its known text or as any
    // words.
    written("rt66-var-lt", [`x=$(< /srv/members.txt); cd /srv && tar -xf ${TAR} $x`], LIST_ROOT),
    // Was a MISS (fixed in round 67): insecure accepted: `x=$(curl URL); tar -xf overlay.tar $x`: downloaded words, unknown, may be `-C /root ...`. GNU
    // tar takes options anywhere among its operands (GNU tar manual "The Three Option Styles"/"-C, --directory":
    // https://gnu.org/software/tar/manual/html_node/directory.html), so words the pack cannot know after `tar -xf
    // overlay.tar` may be `-C /root .jupyter/jupyter_server_config.py` (or `--directory=/root` as one quoted word),
    // extracting the seed archive over root's loopback Jupyter config. rootReads.ts fails closed on set's UNKNOWN_WORDS
    // (`set -- $(cat ...)`, rt65-set-seed refused) and on mapfile/read -a arrays, but a SUBSTITUTED word or unknown
    // variable directly in an archiver's words is accepted: every such word must be read as its known text or as any
    // words.
    written("rt66-var-curl", [`x=$(curl -fsS https://seed.example.com/args); cd /srv && tar -xf ${TAR} $x`], []),
    // Was a MISS (fixed in round 67): insecure accepted: `tar -xf overlay.tar $(cat LIST)`: the unquoted substitution splits into the list's words `-C
    // /root .jupyter/...` (bash(1) Command Substitution, Word Splitting); `set -- $(cat LIST); tar ... "$@"` (rt64-set-
    // cat) is refused but the direct form is not. GNU tar takes options anywhere among its operands (GNU tar manual
    // "The Three Option Styles"/"-C, --directory": https://gnu.org/software/tar/manual/html_node/directory.html), so
    // words the pack cannot know after `tar -xf overlay.tar` may be `-C /root .jupyter/jupyter_server_config.py` (or
    // `--directory=/root` as one quoted word), extracting the seed archive over root's loopback Jupyter config.
    // rootReads.ts fails closed on set's UNKNOWN_WORDS (`set -- $(cat ...)`, rt65-set-seed refused) and on mapfile/read
    // -a arrays, but a SUBSTITUTED word or unknown variable directly in an archiver's words is accepted: every such
    // word must be read as its known text or as any words.
    written("rt66-direct-substitution", [`cd /srv && tar -xf ${TAR} $(cat /srv/members.txt)`], LIST_ROOT),
    // Was a MISS (fixed in round 67): insecure accepted: `tar -xf overlay.tar $EXTRA`: a variable the script never sets comes from cloud-init's
    // environment or is empty; the pack cannot know it, so it must be any words. GNU tar takes options anywhere among
    // its operands (GNU tar manual "The Three Option Styles"/"-C, --directory":
    // https://gnu.org/software/tar/manual/html_node/directory.html), so words the pack cannot know after `tar -xf
    // overlay.tar` may be `-C /root .jupyter/jupyter_server_config.py` (or `--directory=/root` as one quoted word),
    // extracting the seed archive over root's loopback Jupyter config. rootReads.ts fails closed on set's UNKNOWN_WORDS
    // (`set -- $(cat ...)`, rt65-set-seed refused) and on mapfile/read -a arrays, but a SUBSTITUTED word or unknown
    // variable directly in an archiver's words is accepted: every such word must be read as its known text or as any
    // words.
    written("rt66-var-unset", [`cd /srv && tar -xf ${TAR} $EXTRA`], []),
    // Was a MISS (fixed in round 67): insecure accepted: `tar -xf overlay.tar "$x"` with x downloaded: one word, may be `--directory=/root` (GNU tar
    // long option with = value). GNU tar takes options anywhere among its operands (GNU tar manual "The Three Option
    // Styles"/"-C, --directory": https://gnu.org/software/tar/manual/html_node/directory.html), so words the pack
    // cannot know after `tar -xf overlay.tar` may be `-C /root .jupyter/jupyter_server_config.py` (or
    // `--directory=/root` as one quoted word), extracting the seed archive over root's loopback Jupyter config.
    // rootReads.ts fails closed on set's UNKNOWN_WORDS (`set -- $(cat ...)`, rt65-set-seed refused) and on mapfile/read
    // -a arrays, but a SUBSTITUTED word or unknown variable directly in an archiver's words is accepted: every such
    // word must be read as its known text or as any words.
    written(
        "rt66-var-curl-quoted",
        [`x=$(curl -fsS https://seed.example.com/args); cd /srv && tar -xf ${TAR} "$x"`],
        [],
    ),
    // Was a MISS (fixed in round 67): insecure accepted: `x=$(cat /opt/seed/members.txt)`: a file user data did not write, unknown words (like
    // rt65-set-seed, which is refused through set --). GNU tar takes options anywhere among its operands (GNU tar
    // manual "The Three Option Styles"/"-C, --directory":
    // https://gnu.org/software/tar/manual/html_node/directory.html), so words the pack cannot know after `tar -xf
    // overlay.tar` may be `-C /root .jupyter/jupyter_server_config.py` (or `--directory=/root` as one quoted word),
    // extracting the seed archive over root's loopback Jupyter config. rootReads.ts fails closed on set's UNKNOWN_WORDS
    // (`set -- $(cat ...)`, rt65-set-seed refused) and on mapfile/read -a arrays, but a SUBSTITUTED word or unknown
    // variable directly in an archiver's words is accepted: every such word must be read as its known text or as any
    // words.
    written("rt66-var-cat-seed", [`x=$(cat ${SEED}); cd /srv && tar -xf ${TAR} $x`], []),
    // {fd} descriptors and variable descriptors.
    // Was a MISS (fixed in round 67): insecure accepted: `exec {fd}< LIST; read -r -u "$fd" a`: read -u "reads from file descriptor fd" (bash(1) read
    // builtin), the list opened on the {fd} descriptor (bash(1) REDIRECTION {varname}), so a is `-C /root` and unquoted
    // $a splits into `-C` `/root`; round 66 follows `<&$fd` but not read -u (a read from a descriptor it cannot know
    // must leave a unknown). GNU tar takes options anywhere among its operands (GNU tar manual "The Three Option
    // Styles"/"-C, --directory": https://gnu.org/software/tar/manual/html_node/directory.html), so words the pack
    // cannot know after `tar -xf overlay.tar` may be `-C /root .jupyter/jupyter_server_config.py` (or
    // `--directory=/root` as one quoted word), extracting the seed archive over root's loopback Jupyter config.
    // rootReads.ts fails closed on set's UNKNOWN_WORDS (`set -- $(cat ...)`, rt65-set-seed refused) and on mapfile/read
    // -a arrays, but a SUBSTITUTED word or unknown variable directly in an archiver's words is accepted: every such
    // word must be read as its known text or as any words.
    written(
        "rt66-fd-read-u",
        ["exec {fd}< /srv/members.txt", `read -r -u "$fd" a; cd /srv && tar -xf ${TAR} $a`],
        LIST_ROOT,
    ),
    written(
        "rt66-fd-devfd",
        ["exec {fd}< /srv/members.txt", `cd /srv && xargs -a /dev/fd/$fd tar -xf ${TAR}`],
        LIST_ROOT,
    ),
    written(
        "rt66-fd-tar-T",
        ["exec {fd}< /srv/members.txt", `cd /srv && tar -xf ${TAR} -T /proc/self/fd/$fd`],
        LIST_ROOT,
    ),
    written("rt66-fd-nospace", ["exec {fd}</srv/members.txt", `${XARGS} <&$fd`], LIST_ROOT),
    written("rt66-num-var-fd", ["n=3", "exec 3< /srv/members.txt", `${XARGS} <&$n`], LIST_ROOT),
    written("rt66-fd-cat-pipe", ["exec {fd}< /srv/members.txt", `cat <&$fd | (${XARGS})`], LIST_ROOT),
    written("rt66-fd-dup-var", ["exec {a}< /srv/members.txt {b}<&$a", `${XARGS} <&$b`], LIST_ROOT),
    // Function-definition redirects.
    written("rt66-function-keyword-def-redirect", [`function x { ${XARGS}; } < /srv/members.txt`, "x"], LIST_ROOT),
    written("rt66-function-subshell-def-redirect", [`x() ( ${XARGS} ) < /srv/members.txt`, "x"], LIST_ROOT),
    written(
        "rt66-function-def-redirect-nested",
        [`x() { ${XARGS}; } < /srv/members.txt`, "y() { x; }", "y"],
        LIST_ROOT,
    ),
    written("rt66-function-def-redirect-bg", [`x() { ${XARGS}; } < /srv/members.txt`, "x &", "wait"], LIST_ROOT),
    // `exec <` inside a redirected group (known open gap).
    written("rt66-exec-in-group", [`{ exec < /srv/members.txt; ${XARGS}; } < /dev/null`], LIST_ROOT),
    written("rt66-exec-in-subshell", [`( exec < /srv/members.txt; ${XARGS} ) < /dev/null`], LIST_ROOT),
    written("rt66-exec-in-function", [`f() { exec < /srv/members.txt; ${XARGS}; }`, "f < /dev/null"], LIST_ROOT),
    // Rewrites of the written list by writers not named so far.
    written("rt66-curl-O-cwd", ["cd /srv && curl -fsSLO https://seed.example.com/members.txt", READ], LIST_NAMES),
    written(
        "rt66-curl-output-dir",
        ["curl -fsSL --output-dir /srv -O https://seed.example.com/members.txt", READ],
        LIST_NAMES,
    ),
    written("rt66-curl-o-glued", ["curl -fsSLo/srv/members.txt https://seed.example.com/m.txt", READ], LIST_NAMES),
    written("rt66-wget-P", ["wget -N -P /srv https://seed.example.com/members.txt", READ], LIST_NAMES),
    written("rt66-wget-N-cwd", ["cd /srv && wget -N https://seed.example.com/members.txt", READ], LIST_NAMES),
    written("rt66-cp-rT", ["cp -rT /opt/seed/lists /srv", READ], LIST_NAMES),
    written("rt66-cp-glob", ["cp -r /opt/seed/lists/* /srv/", READ], LIST_NAMES),
    written("rt66-cp-r-dot-cwd", ["cd /opt/seed/lists && cp -r . /srv/", READ], LIST_NAMES),
    written("rt66-cp-r-srv-root", ["cp -r /opt/seed/srv /", READ], LIST_NAMES),
    written("rt66-rsync-dir-slash", ["rsync -a /opt/seed/lists/ /srv/", READ], LIST_NAMES),
    written("rt66-mv-into-dir", [`mv ${SEED} /srv`, READ], LIST_NAMES),
    written("rt66-ln-sf-dir", [`ln -sf ${SEED} /srv/`, READ], LIST_NAMES),
    written("rt66-install-t", [`install -t /srv ${SEED}`, READ], LIST_NAMES),
    written("rt66-tar-oldstyle", ["tar xf /opt/seed/lists.tar -C /srv", READ], LIST_NAMES),
    written("rt66-tar-stdin-cwd", ["cd /srv && tar -x < /opt/seed/lists.tar", READ], LIST_NAMES),
    written("rt66-unzip-d-glued", ["unzip -o /opt/seed/lists.zip -d/srv", READ], LIST_NAMES),
    written("rt66-gunzip-f", ["gunzip -f /srv/members.txt.gz", READ], LIST_NAMES),
    written("rt66-uniq-output", [`uniq ${SEED} /srv/members.txt`, READ], LIST_NAMES),
    written("rt66-xxd-r-output", ["xxd -r /opt/seed/members.hex /srv/members.txt", READ], LIST_NAMES),
    written("rt66-sed-w-command", [`sed -n 'w /srv/members.txt' ${SEED}`, READ], LIST_NAMES),
    written("rt66-sed-s-w-flag", [`sed 's/^/-C \\/root /w /srv/members.txt' ${SEED}`, READ], LIST_NAMES),
    written("rt66-awk-print-redirect", [`awk '{ print > "/srv/members.txt" }' ${SEED}`, READ], LIST_NAMES),
    written("rt66-patch-cwd", ["cd /srv && patch -p0 < /opt/seed/members.diff", READ], LIST_NAMES),
    written("rt66-shuf-o", [`shuf -o /srv/members.txt ${SEED}`, READ], LIST_NAMES),
    // CONTENT_KEEPERS running another command.
    written("rt66-trap-debug", [`trap 'cp ${SEED} /srv/members.txt' DEBUG`, READ], LIST_NAMES),
    written("rt66-trap-err", [`trap 'cp ${SEED} /srv/members.txt' ERR`, "false", READ], LIST_NAMES),
    written(
        "rt66-alias-true",
        ["shopt -s expand_aliases", `alias true='cp ${SEED} /srv/members.txt'`, "true", READ],
        LIST_NAMES,
    ),
    written("rt66-assign-substitution", [`x=$(cp ${SEED} /srv/members.txt)`, READ], LIST_NAMES),
    written("rt66-colon-substitution", [`: "$(cp ${SEED} /srv/members.txt)"`, READ], LIST_NAMES),
    written("rt66-echo-backticks", [`echo \`cp ${SEED} /srv/members.txt\``, READ], LIST_NAMES),
    written(
        "rt66-heredoc-substitution",
        ["cat > /dev/null <<EOF", `$(cp ${SEED} /srv/members.txt)`, "EOF", READ],
        LIST_NAMES,
    ),
    written("rt66-cat-procsub-cp", [`cat <(cp ${SEED} /srv/members.txt)`, READ], LIST_NAMES),
    written("rt66-test-substitution", [`[ -n "$(cp ${SEED} /srv/members.txt)" ] || :`, READ], LIST_NAMES),
    written("rt66-true-function", [`true() { cp ${SEED} /srv/members.txt; }`, "true", READ], LIST_NAMES),
    written("rt66-cat-function", [`cat() { command cp ${SEED} /srv/members.txt; }`, "cat /dev/null", READ], LIST_NAMES),
    // rm forgetting.
    written("rt66-rm-then-cp", ["rm -f /srv/members.txt", `cp ${SEED} /srv/members.txt`, READ], LIST_NAMES),
    written("rt66-rm-glob-then-cp", ["rm -f /srv/*.txt", `cp ${SEED} /srv/`, READ], LIST_NAMES),
    // Round 67 neighbours: words the pack knows are split as bash splits them, a shell's inherited standard input,
    // another archiver's unknown words, numeric descriptors and `$(< FILE)` for eval.
    written("rt67-var-split", [`x="-C /root"; cd /srv && tar -xf ${TAR} $x .jupyter/jupyter_server_config.py`]),
    written("rt67-group-bash-stdin", ["{ bash; } < /srv/x.sh"], [ROOT_SCRIPT]),
    written("rt67-exec-stdin-sh", ["exec < /srv/x.sh", "sh"], [ROOT_SCRIPT]),
    written("rt67-eval-lt-script", ['eval "$(< /srv/x.sh)"'], [ROOT_SCRIPT]),
    written("rt67-sh-c-cat-script", ['sh -c "$(cat /srv/x.sh)"'], [ROOT_SCRIPT]),
    written("rt67-path-dot-export", ["chmod 0755 /srv/x.sh", "cd /srv", "export PATH=$PATH:", "x.sh"], [ROOT_SCRIPT]),
    written("rt67-path-env-prefix", ["chmod 0755 /srv/x.sh", "env PATH=/srv:/usr/bin x.sh"], [ROOT_SCRIPT]),
    written(
        "rt67-read-u-number",
        ["exec 3< /srv/members.txt", `read -r -u 3 a; cd /srv && tar -xf ${TAR} $a`],
        LIST_ROOT,
    ),
    written("rt67-tar-var-curl-first", [
        `x=$(curl -fsS https://seed.example.com/args); cd /srv && tar $x -xf ${TAR} notes/a.txt`,
    ]),
    written("rt67-array-literal", [`a=(-C /root); cd /srv && tar -xf ${TAR} "\${a[@]}"`]),
    written("rt67-array-append-quoted", [
        `a=(-C); a+=(/root .jupyter/jupyter_server_config.py); cd /srv && tar -xf ${TAR} "\${a[@]}"`,
    ]),
    written("rt67-mapfile-herestring-var", [
        `x=$(curl -fsS https://seed.example.com/args)`,
        `mapfile -t a <<< "$x"; cd /srv && tar -xf ${TAR} "\${a[@]}"`,
    ]),
    // IAM/KMS/DynamoDB.
    prodOps("rt66-ddb-stream-wild", "read every prod table's stream", [
        allow(
            ["dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:DescribeStream"],
            `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-*/stream/*`,
        ),
    ]),
    prodOps("rt66-kms-update-alias", "retarget every alias", [
        allow("kms:UpdateAlias", [`arn:aws:kms:eu-west-1:${A}:alias/*`, `arn:aws:kms:eu-west-1:${A}:key/*`]),
    ]),
];

const secure: StackCase[] = [
    keptWith("rt66-s-bash-stdin-script", ["bash < /srv/prep.sh"], [["/srv/prep.sh", "mkdir -p /srv/notes\n"]]),
    keptWith("rt66-s-script-arg", ["bash /srv/x.sh /srv/notes"], [ARG_SCRIPT]),
    keptWith("rt66-s-source-cd", [". /srv/cd.sh", `tar -xf ${TAR} notes/a.txt`], [["/srv/cd.sh", "cd /srv\n"]]),
    // Was a MISS (fixed in round 69): secure refused since round 68 (a regression of round 68's aws fix): `cat LIST | bash SCRIPT` runs the written
    // script with the pipe as its standard input (bash(1) INVOCATION: a script operand is the program, standard input
    // stays the pipe), so its `xargs tar -xf overlay.tar` extracts the known members; the reader does not hand the
    // piped text to the script's commands, so tar's members are unknown (any tree, `/` among them), every written
    // file, the script included, becomes unknown, and the run reads as "its program from /srv/extract.sh, whose
    // content the pack does not know" (rootReads.ts unreadableRun), which marks the Jupyter config unknown.
    // Round 69: the pipe was handed on; the refusal came from the check after the run (the script's file, which its own
    // tar may rewrite, read as unknown): a script read when it ran is judged by that reading (rootReads.ts command).
    // Insecure twin: rt66-pipe-into-script.
    keptWith("rt66-s-pipe-into-script", ["cat /srv/members.txt | bash /srv/extract.sh"], [...LIST_NAMES, SCRIPT]),
    keptWith(
        "rt66-s-array-assign",
        [`a=( $(cat /srv/members.txt) ); cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        LIST_NAMES,
    ),
    keptWith(
        "rt66-s-fd-read-u",
        ["exec {fd}< /srv/members.txt", `read -r -u "$fd" a; cd /srv && tar -xf ${TAR} $a`],
        LIST_NAMES,
    ),
    keptWith("rt66-s-function-keyword-def", [`function x { ${XARGS}; } < /srv/members.txt`, "x"], LIST_NAMES),
    keptWith("rt66-s-rm-other", ["rm -f /srv/old.txt", READ], LIST_NAMES),
    keptWith("rt66-s-rm-members-prefix", ["rm -rf /srv/members", READ], LIST_NAMES),
    keptWith("rt66-s-rm-notes", ["rm -rf /srv/notes", READ], LIST_NAMES),
    keptWith("rt66-s-cp-glob-other", ["cp /opt/seed/docs/*.md /srv/docs/", READ], LIST_NAMES),
    keptWith("rt66-s-curl-o-other", ["curl -fsSLo /srv/other.txt https://seed.example.com/o.txt", READ], LIST_NAMES),
    keptWith("rt66-s-cat-head", ["head -n1 /srv/members.txt", READ], LIST_NAMES),
    keptWith("rt66-s-sha256sum", ["sha256sum /srv/members.txt > /srv/members.sha256", READ], LIST_NAMES),
    keptWith("rt66-s-trap-exit-log", ["trap 'echo done' EXIT", READ], LIST_NAMES),
    keptWith("rt66-s-grep-count", ["grep -c . /srv/members.txt", READ], LIST_NAMES),
    keptWith("rt66-s-touch", ["touch /srv/members.txt", READ], LIST_NAMES),
    keptWith("rt66-s-exec-group-devnull", [`{ exec < /dev/null; ${XARGS} < /srv/members.txt; }`], LIST_NAMES),
    kept("rt66-s-cp-r-srv-other", ["cp -r /opt/seed/notes /srv/"]),
    // Round 67 secure twins: the same routes with a harmless script, and words the pack knows.
    keptWith("rt67-s-sh-s-script", ["sh -s < /srv/prep.sh"], [["/srv/prep.sh", "mkdir -p /srv/notes\n"]]),
    keptWith("rt67-s-group-bash-stdin", ["{ bash; } < /srv/prep.sh"], [["/srv/prep.sh", "mkdir -p /srv/notes\n"]]),
    keptWith("rt67-s-eval-cat-script", ['eval "$(cat /srv/prep.sh)"'], [["/srv/prep.sh", "mkdir -p /srv/notes\n"]]),
    keptWith(
        "rt67-s-bash-c-cat-script",
        ['bash -c "$(cat /srv/prep.sh)"'],
        [["/srv/prep.sh", "mkdir -p /srv/notes\n"]],
    ),
    keptWith(
        "rt67-s-path-export-script",
        ["chmod 0755 /srv/prep.sh", "export PATH=/srv:$PATH", "prep.sh"],
        [["/srv/prep.sh", "#!/bin/bash\nmkdir -p /srv/notes\n"]],
    ),
    keptWith(
        "rt67-s-path-prefix-script",
        ["chmod 0755 /srv/prep.sh", "PATH=/srv:$PATH prep.sh"],
        [["/srv/prep.sh", "#!/bin/bash\nmkdir -p /srv/notes\n"]],
    ),
    keptWith("rt67-s-var-cat", [`x=$(cat /srv/members.txt); cd /srv && tar -xf ${TAR} $x`], LIST_NAMES),
    keptWith("rt67-s-var-lt", [`x=$(< /srv/members.txt); cd /srv && tar -xf ${TAR} $x`], LIST_NAMES),
    keptWith("rt67-s-direct-substitution", [`cd /srv && tar -xf ${TAR} $(cat /srv/members.txt)`], LIST_NAMES),
    keptWith("rt67-s-array-assign-lt", [`a=($(< /srv/members.txt)); cd /srv && tar -xf ${TAR} "\${a[@]}"`], LIST_NAMES),
    keptWith(
        "rt67-s-declare-array",
        [`declare -a a=($(cat /srv/members.txt)); cd /srv && tar -xf ${TAR} "\${a[@]}"`],
        LIST_NAMES,
    ),
    keptWith(
        "rt67-s-read-u-number",
        ["exec 3< /srv/members.txt", `read -r -u 3 a; cd /srv && tar -xf ${TAR} $a`],
        LIST_NAMES,
    ),
    kept("rt67-s-var-known", [`d=/srv/notes; mkdir -p "$d"; tar -xf ${TAR} -C "$d"`]),
    kept("rt67-s-var-known-member", [`f=notes/a.txt; cd /srv && tar -xf ${TAR} "$f"`]),
    kept("rt67-s-unset-var-other-program", ["mkdir -p /srv/notes", "echo $EXTRA > /srv/notes/extra.txt"]),
];

describeVariants("red team 66: allowlist on the AWS level", insecure, secure);
