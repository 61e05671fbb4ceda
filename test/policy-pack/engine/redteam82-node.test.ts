// Red-team round 82 on EKS NODE user data (rootReads.ts, userData.ts, userDataReaders/kernelSettings.ts): fresh eyes
// on the neighbours of the round-81 node fixes. Probed: kernel helpers set through other appliers (systemd-sysctl FILE
// and -, sysctl -p - from a pipe or here-string, /usr/local/lib/sysctl.d) and helpers whose argv is a launcher or
// interpreter (env LD_PRELOAD=, nice, /bin/sh, /bin/bash for core_pattern and poweroff_cmd, request-key progs);
// stdin of copiers and transformers into sysctl.d/core_pattern (cat <, envsubst <, a pipe to tee, cp /proc/self/fd/0,
// base64 -d); rule loaders' neighbours (XTABLES_LIBDIR/IPTABLES_LIB_DIR, nft include and -I, ip6tables-restore FILE,
// ebtables-restore <, ipset restore -file, nft -f -, /etc/sysconfig/iptables and ip6tables by copy or link); search
// lists and command bindings (bash hash -p, enable -f, BASH_LOADABLES_PATH, ld.so --library-path/--preload,
// anacrontab and /etc/crontab PATH=, unit Environment=PATH with sh -c, env PATH=, PERL5LIB empty entry, PATH `::`);
// loaded operands (crontab - and < FILE, ctr/nerdctl image imports, make -f, ansible-playbook, puppet apply,
// salt-call, tmpfiles.d C/C+/L+, ExtensionImages=, MountImages=, containerd imports, auditd plugins,
// TrustedUserCAKeys, system-generators, /run/udev/rules.d, SSL_CERT_FILE, /usr/local/lib/systemd/system units).
// Results: insecure refused 39 of 74; secure clean 23 of 27.
// Misses (35 insecure accepted, 4 secure refused):
// - SYSCTL-APPLIER-INPUTS (5: A1, A1b, A2, A4, A4b): systemd-sysctl FILE / - and sysctl -p - with stdin text naming a
//   planted helper (loadedOperands knows `sysctl` only; no stdin branch for sysctl appliers).
// - HELPER-LAUNCHER-OPERANDS (4: A6, A6b, A6c, E1): core_pattern/poweroff_cmd through /usr/bin/env (LD_PRELOAD=) or nice
//   or a request-key prog /usr/bin/env (plantedKernelHelpers judges words[0] and an interpreter's script only).
// - COMPUTED-SYSCTL-KEYS (2: E7, E8): sysctl -w "$kv" from a planted file's lines, sysctl -w "$(cat F)": a computed
//   key may be any helper (computedHelperSetting asks only known helper keys).
// - READ-VARIABLE-PROVENANCE (1: E9): read -r CP < /tmp/cp; echo "$CP" > /proc/sys/kernel/core_pattern.
// - RULE-LOADER-EXTENSIONS (2: B1, B1b): XTABLES_LIBDIR / IPTABLES_LIB_DIR not in LOADER_VARIABLES.
// - RULE-LOADER-INCLUDES (2: B3, B3b): nft include statements and -I include paths are not followed.
// - RULE-SERVICE-FILES (2: B6, B6b): /etc/sysconfig/iptables and ip6tables (loaded by iptables-services) from a
//   planted copy or link.
// - HASH-BINDING-PLANTED (2: C1, C1b): hash -p /tmp/x NAME binds NAME to a planted file (never asked planted()).
// - SHELL-LOADABLE-BUILTINS (2: C2, C3): enable -f FILE, BASH_LOADABLES_PATH.
// - DYNAMIC-LINKER-OPTIONS (2: C4, C5): ld-linux --library-path / --preload.
// - STDIN-REDIRECT-LOADERS (3: D1, D1b, D1c): crontab -/no operand with stdin `< planted` (pipes are read, redirects
//   are not, outside the copiers).
// - IMAGE-STORE-IMPORTS (3: D2, D2b, D2c): ctr/nerdctl import or load of a planted image archive into k8s.io.
// - CONFIG-MANAGEMENT-APPLIERS (3: D4, D4b, D4c): ansible-playbook, puppet apply, salt-call --file-root of /tmp.
// - TMPFILES-COPY-SOURCE (2: D5, D5b): tmpfiles.d C/C+ from a planted source into sudoers.d / profile.d.
// - SECURE REFUSED (4): S8 the stock anacrontab's run-parts /etc/cron.daily; S23 systemd-sysctl of a file the script
//   wrote (unknown program names it: the mirror image of A1, whose planted operand passes); T1 the ${V:+:$V} idiom
//   read as an entry "+" in the cwd; T3 source /dev/stdin of a known here-document judged an IMDS relay.
// Held: A3, A5, A7-A15 (sysctl -p - from a planted pipe, /bin/sh and /bin/bash helper operands, request-key /bin/sh
// prog, copies/cat </envsubst </tee pipe/cp fd 0/base64 -d into sysctl.d and core_pattern, /usr/local/lib/sysctl.d),
// B2, B4, B5, B7 (ip6tables-restore FILE, ebtables-restore <, ipset -file, nft -f - <), C6-C11 (anacrontab and
// crontab PATH, unit Environment=PATH with sh -c, env PATH=, PERL5LIB empty entry, PATH ::), D3, D6-D15 (make -f,
// tmpfiles L+, ExtensionImages=, MountImages=, containerd imports, audit plugins, TrustedUserCAKeys, generators,
// /run/udev rules, SSL_CERT_FILE, /usr/local/lib/systemd/system), E2-E6, E10, E11 (unset-variable empty entries in
// LD_LIBRARY_PATH/PATH, a unit's empty LD_LIBRARY_PATH entry, source/bash of /dev/stdin < planted, dd into
// uevent_helper, cron env launcher); secure S1-S7, S8b, S9-S22, T2.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const n = (id: string) => `dev-${id}-82n-nodes`;
const insecure: NodeCase[] = [
    // A1 systemd-sysctl(8): "If the argument is a path, that file is used directly": a /var/tmp file any user planted
    // sets kernel.core_pattern |PROGRAM (core(5): run as root on every crash).
    // Was a MISS (fixed in round 82): insecure accepted (got []). SYSCTL-APPLIER-INPUTS: what systemd-sysctl(8) applies (a path operand "is used directly"; "-" reads standard input) and what `sysctl -p -` reads from stdin (procps sysctl(8)) are sysctl settings files, here naming a planted core_pattern/poweroff helper. Where: rootReads.ts loadedOperands (`if (name === "sysctl") return sysctlLoadedFiles(operands)`: no systemd-sysctl) and the piped-content dispatcher (RootReads, shellReadsStdin/atReadsStdin/crontabReadsStdin branches near line 12200: no sysctl branch); kernelSettings.ts commandKernelSettings reads argv only. Fix (general): one table of sysctl appliers (sysctl -p/-f/--load, systemd-sysctl operands, `-`) whose file or stdin text (pipe, redirect, here-string) is read with writtenSysctls and judged by plantedKernelHelpers, a planted file refused as a planted sysctl.d file is.
    devNodeCase(
        "A1 systemd-sysctl /var/tmp/99-ops.conf-rt82n",
        devNodeScript(n("a1"), ["/usr/lib/systemd/systemd-sysctl /var/tmp/99-ops.conf"]),
        /./,
    ),
    // A2 systemd-sysctl(8): "If the string "-" is specified instead of a filename, the configuration is read from
    // standard input": stdin is a /tmp file.
    // Was a MISS (fixed in round 82): insecure accepted (got []). SYSCTL-APPLIER-INPUTS: what systemd-sysctl(8) applies (a path operand "is used directly"; "-" reads standard input) and what `sysctl -p -` reads from stdin (procps sysctl(8)) are sysctl settings files, here naming a planted core_pattern/poweroff helper. Where: rootReads.ts loadedOperands (`if (name === "sysctl") return sysctlLoadedFiles(operands)`: no systemd-sysctl) and the piped-content dispatcher (RootReads, shellReadsStdin/atReadsStdin/crontabReadsStdin branches near line 12200: no sysctl branch); kernelSettings.ts commandKernelSettings reads argv only. Fix (general): one table of sysctl appliers (sysctl -p/-f/--load, systemd-sysctl operands, `-`) whose file or stdin text (pipe, redirect, here-string) is read with writtenSysctls and judged by plantedKernelHelpers, a planted file refused as a planted sysctl.d file is.
    devNodeCase(
        "A2 systemd-sysctl - < /tmp/sysctl.conf-rt82n",
        devNodeScript(n("a2"), ["/usr/lib/systemd/systemd-sysctl - < /tmp/sysctl.conf"]),
        /./,
    ),
    // A3 procps sysctl(8) -p FILE, "-" reads standard input: a planted file piped in.
    devNodeCase(
        "A3 cat /dev/shm/s.conf | sysctl -p --rt82n",
        devNodeScript(n("a3"), ["cat /dev/shm/s.conf | sysctl -p -"]),
    ),
    // A4 known text naming a /tmp helper, through stdin of sysctl -p -.
    // Was a MISS (fixed in round 82): insecure accepted (got []). SYSCTL-APPLIER-INPUTS: what systemd-sysctl(8) applies (a path operand "is used directly"; "-" reads standard input) and what `sysctl -p -` reads from stdin (procps sysctl(8)) are sysctl settings files, here naming a planted core_pattern/poweroff helper. Where: rootReads.ts loadedOperands (`if (name === "sysctl") return sysctlLoadedFiles(operands)`: no systemd-sysctl) and the piped-content dispatcher (RootReads, shellReadsStdin/atReadsStdin/crontabReadsStdin branches near line 12200: no sysctl branch); kernelSettings.ts commandKernelSettings reads argv only. Fix (general): one table of sysctl appliers (sysctl -p/-f/--load, systemd-sysctl operands, `-`) whose file or stdin text (pipe, redirect, here-string) is read with writtenSysctls and judged by plantedKernelHelpers, a planted file refused as a planted sysctl.d file is.
    devNodeCase(
        "A4 printf kernel.core_pattern=|/tmp/core | sysctl -p --rt82n",
        devNodeScript(n("a4"), ["printf 'kernel.core_pattern=|/tmp/core.sh %%p\\n' | sysctl -p -"]),
        /./,
    ),
    // A5 core(5): the pipe program /bin/sh is the image's, but its operand /tmp/core.sh is the script it runs as root.
    devNodeCase(
        "A5 sysctl -w kernel.core_pattern='|/bin/sh /tmp/core.sh %p'-rt82n",
        devNodeScript(n("a5"), ["sysctl -w kernel.core_pattern='|/bin/sh /tmp/core.sh %p'"]),
    ),
    // A6 core(5) via env(1): LD_PRELOAD of a /dev/shm library into the image's coredump handler (ld.so(8)).
    // Was a MISS (fixed in round 82): insecure accepted (got []). HELPER-LAUNCHER-OPERANDS: the kernel runs the helper's argv as root (core(5) pipe; kernel/reboot.c argv_split for poweroff_cmd); /usr/bin/env and nice(1) are launchers that exec their first program operand, env's NAME=VALUE operands set LD_PRELOAD (ld.so(8)) for it. Where: rootReads.ts RootReads.plantedKernelHelpers (near line 7612) asks planted() only of words[0] and, for INTERPRETERS, the script operand; launchers and env assignments are not unwrapped (the /bin/sh form A5 is refused). Fix (general): judge a kernel helper's words as a root command line through the same command reader cron jobs use (rootShellLine/command: launcher unwrapping, env assignments as loader variables).
    devNodeCase(
        "A6 core_pattern |/usr/bin/env LD_PRELOAD=/dev/shm/x.so systemd-coredump-rt82n",
        devNodeScript(n("a6"), [
            "echo '|/usr/bin/env LD_PRELOAD=/dev/shm/x.so /usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h' > /proc/sys/kernel/core_pattern",
        ]),
        /./,
    ),
    // A7 kernel poweroff_cmd is argv_split (kernel/reboot.c): /bin/bash runs /var/tmp/off.sh as root.
    devNodeCase(
        "A7 sysctl -w kernel.poweroff_cmd='/bin/bash /var/tmp/off.sh'-rt82n",
        devNodeScript(n("a7"), ['sysctl -w "kernel.poweroff_cmd=/bin/bash /var/tmp/off.sh"']),
    ),
    // A8 request-key.conf(5): the prog field is /bin/sh, its operand a /tmp script.
    devNodeCase(
        "A8 request-key.d create user * * /bin/sh /tmp/rk.sh-rt82n",
        devNodeScript(
            n("a8"),
            heredocFile("/etc/request-key.d/ops.conf", ["create user ops:* * /bin/sh /tmp/rk.sh %k"]),
        ),
    ),
    // A9 a copy of a planted file into request-key.d (the copy's content is the planter's).
    devNodeCase(
        "A9 cp /tmp/rk.conf /etc/request-key.d/ops.conf-rt82n",
        devNodeScript(n("a9"), ["cp /tmp/rk.conf /etc/request-key.d/ops.conf"]),
    ),
    // A10 cat with stdin a planted file into sysctl.d (copier of fd 0 is cat).
    devNodeCase(
        "A10 cat < /tmp/s.conf > /etc/sysctl.d/99-ops.conf-rt82n",
        devNodeScript(n("a10"), ["cat < /tmp/s.conf > /etc/sysctl.d/99-ops.conf", "sysctl --system"]),
    ),
    // A11 envsubst(1) copies stdin to stdout substituting variables: a planted template becomes sysctl.d text.
    devNodeCase(
        "A11 envsubst < /var/tmp/s.tmpl > /etc/sysctl.d/99-ops.conf-rt82n",
        devNodeScript(n("a11"), ["envsubst < /var/tmp/s.tmpl > /etc/sysctl.d/99-ops.conf", "sysctl --system"]),
    ),
    // A12 a pipe: the planted file reaches tee's stdin.
    devNodeCase(
        "A12 cat /tmp/s.conf | tee /etc/sysctl.d/99-ops.conf-rt82n",
        devNodeScript(n("a12"), ["cat /tmp/s.conf | tee /etc/sysctl.d/99-ops.conf", "sysctl --system"]),
    ),
    // A13 cp of /proc/self/fd/0 (proc(5): fd/0 is stdin) with stdin a planted file.
    devNodeCase(
        "A13 cp /proc/self/fd/0 /etc/sysctl.d/99-ops.conf < /tmp/s.conf-rt82n",
        devNodeScript(n("a13"), ["cp /proc/self/fd/0 /etc/sysctl.d/99-ops.conf < /tmp/s.conf", "sysctl --system"]),
    ),
    // A14 base64 -d of a planted file into /proc/sys/kernel/core_pattern.
    devNodeCase(
        "A14 base64 -d /tmp/cp.b64 > /proc/sys/kernel/core_pattern-rt82n",
        devNodeScript(n("a14"), ["base64 -d /tmp/cp.b64 > /proc/sys/kernel/core_pattern"]),
    ),
    // A15 sysctl.d(5) lists /usr/local/lib/sysctl.d among the directories systemd-sysctl reads.
    devNodeCase(
        "A15 /usr/local/lib/sysctl.d core_pattern |/tmp/x-rt82n",
        devNodeScript(n("a15"), [
            ...heredocFile("/usr/local/lib/sysctl.d/50-ops.conf", ["kernel.core_pattern=|/tmp/core.sh %p"]),
            "sysctl --system",
        ]),
    ),
    // B1 iptables(8) ENVIRONMENT: XTABLES_LIBDIR names the directory extensions (shared objects) are loaded from.
    // Was a MISS (fixed in round 82): insecure accepted (got []). RULE-LOADER-EXTENSIONS: iptables(8) loads its match/target extensions (shared objects, libxtables) from XTABLES_LIBDIR (IPTABLES_LIB_DIR the older name): code from /tmp in root's iptables. Where: rootReads.ts LOADER_VARIABLES (no XTABLES_LIBDIR/IPTABLES_LIB_DIR). Fix (general): every variable naming a directory a root program dlopens from (XTABLES_LIBDIR, IPTABLES_LIB_DIR, and the like) in LOADER_VARIABLES/SEARCH_LIST_VARIABLES.
    devNodeCase(
        "B1 XTABLES_LIBDIR=/tmp/xt iptables -A INPUT ...-rt82n",
        devNodeScript(n("b1"), ["XTABLES_LIBDIR=/tmp/xt iptables -A INPUT -p tcp --dport 10250 -j ACCEPT"]),
        /./,
    ),
    // B2 ip6tables-restore reads rules from a FILE operand (a /dev/shm file).
    devNodeCase(
        "B2 ip6tables-restore -n /dev/shm/r6-rt82n",
        devNodeScript(n("b2"), ["ip6tables-restore -n /dev/shm/r6"]),
    ),
    // B3 nft(8) include "file": a root-written ruleset including any user's /tmp files (they may flush the IMDS block).
    // Was a MISS (fixed in round 82): insecure accepted (got []). RULE-LOADER-INCLUDES: nft(8) "Other files can be included by using the include statement. The directories to be searched for include files can be specified using the -I/--includepath option" (a directory includes all its files); the included /tmp rules may flush the IMDS block or open the kubelet. Where: rootReads.ts ruleLoaderSources reads -f values only (skips -I as a value option) and never reads `include` statements of a loaded ruleset it knows. Fix (general): follow nft includes (absolute, globbed, and each -I directory for a relative name) as loaded operands judged with planted.
    devNodeCase(
        'B3 nft -f ops.nft with include "/tmp/ops/*.nft"-rt82n',
        devNodeScript(n("b3"), [
            ...heredocFile("/etc/nftables/ops.nft", ['include "/tmp/ops/*.nft"']),
            "nft -f /etc/nftables/ops.nft",
        ]),
        /./,
    ),
    // B4 ebtables-restore from stdin of a planted file.
    devNodeCase("B4 ebtables-restore < /tmp/eb-rt82n", devNodeScript(n("b4"), ["ebtables-restore < /tmp/eb"])),
    // B5 ipset(8) restore -file.
    devNodeCase(
        "B5 ipset restore -file /var/tmp/sets-rt82n",
        devNodeScript(n("b5"), ["ipset restore -file /var/tmp/sets"]),
    ),
    // B6 iptables-services loads /etc/sysconfig/iptables at start: a copy of a planted file.
    // Was a MISS (fixed in round 82): insecure accepted (got []). RULE-SERVICE-FILES: iptables-services' iptables.service/ip6tables.service run iptables-restore of /etc/sysconfig/iptables and /etc/sysconfig/ip6tables at start (a copy or link of a planted file). Where: rootReads.ts root-read configuration tables (the conf-file directory table near line 895, formats.ts NODE_CONFIG_PATHS) have no firewall rule files. Fix (general): the files firewall services load at start (/etc/sysconfig/iptables, ip6tables, /etc/sysconfig/nftables.conf, /etc/nftables.conf, ipset save files) are root-read rule files: content from a copy/link of a planted file refused as ruleLoaderSources' files are.
    devNodeCase(
        "B6 cp /tmp/rules /etc/sysconfig/iptables; systemctl restart iptables-rt82n",
        devNodeScript(n("b6"), ["cp /tmp/rules /etc/sysconfig/iptables", "systemctl restart iptables"]),
        /./,
    ),
    // B7 nft -f - with stdin a planted file.
    devNodeCase("B7 nft -f - < /dev/shm/rules-rt82n", devNodeScript(n("b7"), ["nft -f - < /dev/shm/rules"])),
    // C1 bash hash -p: "PATHNAME is used as the full pathname of NAME, and no path search is performed".
    // Was a MISS (fixed in round 82): insecure accepted (got []). HASH-BINDING-PLANTED: bash hash -p: "PATHNAME is used as the full pathname of NAME, and no path search is performed": the next `systemctl`/`opsctl` runs /tmp's file as root. Where: rootReads.ts the `hash -p` branch (near line 10197) records ctx.aliases/ctx.hashed but the bound pathname is never asked planted(); for a known node command (systemctl) the binding is not consulted at all. Fix (general): a hash -p (or alias) binding is a run of its pathname wherever the name is run: judge it with planted at the binding, for every name.
    devNodeCase(
        "C1 hash -p /tmp/sc systemctl; systemctl restart chronyd-rt82n",
        devNodeScript(n("c1"), ["hash -p /tmp/sc systemctl", "systemctl restart chronyd"]),
        /./,
    ),
    // C2 bash enable -f: load a builtin from a shared object (code in root's shell).
    // Was a MISS (fixed in round 82): insecure accepted (got []). SHELL-LOADABLE-BUILTINS: bash enable: "the -f option may be used to load new builtins from the shared object FILENAME" (dlopen in root's shell); BASH_LOADABLES_PATH is the search list for a name without a slash. Where: rootReads.ts has no `enable` branch; BASH_LOADABLES_PATH is in neither LOADER_VARIABLES nor SEARCH_LIST_VARIABLES. Fix (general): enable -f FILE is a loaded operand (plantedLoaded), BASH_LOADABLES_PATH a loader search list.
    devNodeCase(
        "C2 enable -f /tmp/ops.so ops-rt82n",
        devNodeScript(n("c2"), ["enable -f /tmp/ops.so ops", "ops"]),
        /./,
    ),
    // C3 bash BASH_LOADABLES_PATH: enable -f searches it for a name without a slash.
    // Was a MISS (fixed in round 82): insecure accepted (got []). SHELL-LOADABLE-BUILTINS: bash enable: "the -f option may be used to load new builtins from the shared object FILENAME" (dlopen in root's shell); BASH_LOADABLES_PATH is the search list for a name without a slash. Where: rootReads.ts has no `enable` branch; BASH_LOADABLES_PATH is in neither LOADER_VARIABLES nor SEARCH_LIST_VARIABLES. Fix (general): enable -f FILE is a loaded operand (plantedLoaded), BASH_LOADABLES_PATH a loader search list.
    devNodeCase(
        "C3 BASH_LOADABLES_PATH=/dev/shm; enable -f ops ops-rt82n",
        devNodeScript(n("c3"), ["BASH_LOADABLES_PATH=/dev/shm", "enable -f ops ops"]),
        /./,
    ),
    // C4 ld.so(8) --library-path: "Use PATH instead of LD_LIBRARY_PATH environment variable setting".
    // Was a MISS (fixed in round 82): insecure accepted (got []). DYNAMIC-LINKER-OPTIONS: ld.so(8) run directly, /lib/ld-linux.so.* [OPTIONS] [PROGRAM]: --library-path is LD_LIBRARY_PATH, --preload is LD_PRELOAD (glibc manual 37.1 "Dynamic Linker Invocation"). Where: rootReads.ts reads the loader variables (LOADER_VARIABLES) but not the dynamic linker run as a launcher. Fix (general): read ld.so/ld-linux*.so.* as a launcher whose --library-path/--preload/--audit options are the matching LD_ variables, judged as exports are.
    devNodeCase(
        "C4 ld-linux --library-path /tmp/lib /usr/bin/true-rt82n",
        devNodeScript(n("c4"), ["/lib64/ld-linux-x86-64.so.2 --library-path /tmp/lib /usr/bin/true"]),
        /./,
    ),
    // C5 ld.so(8) --preload.
    // Was a MISS (fixed in round 82): insecure accepted (got []). DYNAMIC-LINKER-OPTIONS: ld.so(8) run directly, /lib/ld-linux.so.* [OPTIONS] [PROGRAM]: --library-path is LD_LIBRARY_PATH, --preload is LD_PRELOAD (glibc manual 37.1 "Dynamic Linker Invocation"). Where: rootReads.ts reads the loader variables (LOADER_VARIABLES) but not the dynamic linker run as a launcher. Fix (general): read ld.so/ld-linux*.so.* as a launcher whose --library-path/--preload/--audit options are the matching LD_ variables, judged as exports are.
    devNodeCase(
        "C5 ld-linux --preload /dev/shm/x.so /usr/bin/true-rt82n",
        devNodeScript(n("c5"), ["/lib64/ld-linux-x86-64.so.2 --preload /dev/shm/x.so /usr/bin/true"]),
        /./,
    ),
    // C6 /etc/anacrontab PATH= (anacrontab(5) environment assignments) searched first for run-parts.
    devNodeCase(
        "C6 /etc/anacrontab PATH=/tmp:/usr/bin-rt82n",
        devNodeScript(n("c6"), [
            ...heredocFile("/etc/anacrontab", [
                "SHELL=/bin/sh",
                "PATH=/tmp:/sbin:/bin:/usr/sbin:/usr/bin",
                "1 5 cron.daily nice run-parts /etc/cron.daily",
            ]),
        ]),
    ),
    // C7 /etc/crontab PATH= starting with /var/tmp.
    devNodeCase(
        "C7 /etc/crontab PATH=/var/tmp:/usr/bin root logrotate-rt82n",
        devNodeScript(n("c7"), [
            ...heredocFile("/etc/crontab", [
                "PATH=/var/tmp:/usr/sbin:/usr/bin",
                "*/5 * * * * root logrotate /etc/logrotate.conf",
            ]),
        ]),
    ),
    // C8 unit Environment=PATH= with /tmp first; sh -c resolves `chronyc` through it.
    devNodeCase(
        "C8 unit Environment=PATH=/tmp/bin:/usr/bin ExecStart=/bin/sh -c chronyc-rt82n",
        devNodeScript(
            n("c8"),
            systemdUnit("ops-c8", ["Environment=PATH=/tmp/bin:/usr/bin", "ExecStart=/bin/sh -c 'chronyc makestep'"]),
        ),
    ),
    // C9 env(1) PATH=... on a launcher: sh -c searches /dev/shm first.
    devNodeCase(
        "C9 env PATH=/dev/shm:/usr/bin sh -c 'chronyc makestep'-rt82n",
        devNodeScript(n("c9"), ["env PATH=/dev/shm:/usr/bin sh -c 'chronyc makestep'"]),
    ),
    // C10 PERL5LIB trailing empty entry (cwd /tmp) for a root perl program (perlrun: PERL5LIB directories prepended).
    devNodeCase(
        'C10 cd /tmp; export PERL5LIB="/opt/ops/perl:"; perl /usr/bin/ops-report-rt82n',
        devNodeScript(n("c10"), ["cd /tmp", 'export PERL5LIB="/opt/ops/perl:"', "perl -MOps -e 1"]),
    ),
    // C11 PATH with an empty middle entry `::` in cwd /tmp.
    devNodeCase(
        "C11 cd /tmp; PATH=/usr/sbin::/usr/bin; chronyc-rt82n",
        devNodeScript(n("c11"), ["cd /tmp", "PATH=/usr/sbin::/usr/bin", "chronyc makestep"]),
    ),
    // D1 crontab(1): `crontab -u root FILE` (here -, stdin) installs root's crontab from a planted file.
    // Was a MISS (fixed in round 82): insecure accepted (got []). STDIN-REDIRECT-LOADERS: crontab(1) with `-` or no file installs standard input as root's crontab; here stdin is a planted file (`< F`). Where: rootReads.ts crontabReadsStdin is consulted only for piped content (near line 12208); round 81's fd-0 provenance (`< F`, here-strings, exec <) reaches the copiers (tee/install/cp/dd) only. Fix (general): one stdin provenance for every stdin-reading loader (crontab, at/batch, shells, sysctl -p -, systemd-sysctl -, rule loaders): a redirect from a planted file is refused like a pipe from it.
    devNodeCase("D1 crontab -u root - < /tmp/ct-rt82n", devNodeScript(n("d1"), ["crontab -u root - < /tmp/ct"]), /./),
    // D2 ctr images import of a planted tarball into the CRI namespace k8s.io: the image a custody pod runs.
    // Was a MISS (fixed in round 82): insecure accepted (got []). IMAGE-STORE-IMPORTS: `ctr -n k8s.io images import FILE` unpacks the tarball's images into the k8s.io namespace, the only one the kubelet uses: a planted archive can carry the custody signer's image reference, run by IfNotPresent pods with the signer's IRSA role. Where: rootReads.ts NODE_SECRET_KEEPERS lists ctr/nerdctl/docker as node agents and loadedOperands has no image import/load operands. Fix (general): image archive imports (ctr i[mages] import, nerdctl/docker/podman load -i/--input or stdin) are loaded operands judged with plantedLoaded.
    devNodeCase(
        "D2 ctr -n k8s.io images import /tmp/signer.tar-rt82n",
        devNodeScript(n("d2"), ["ctr -n k8s.io images import /tmp/signer.tar"]),
        /./,
    ),
    // D3 make -f a planted Makefile (recipes run as root).
    devNodeCase("D3 make -f /tmp/Makefile install-rt82n", devNodeScript(n("d3"), ["make -f /tmp/Makefile install"])),
    // D4 ansible-playbook of a planted playbook (its tasks run as root).
    // Was a MISS (fixed in round 82): insecure accepted (got []). CONFIG-MANAGEMENT-APPLIERS: ansible-playbook -c local, puppet apply and salt-call --local run the tasks of the named playbook/manifest/file root as root. Where: rootReads.ts: an unknown program's planted operand is not refused (the "a program the pack does not read names it" rule only marks files the script wrote, see S23), and loadedOperands has no table for these tools (make -f is refused). Fix (general): a path operand in a planted directory of a program the pack does not read is a loaded operand (fail closed, as for root's own files), or a table of appliers (ansible-playbook, puppet apply, salt-call --file-root/--config-dir, chef-client -z -c).
    devNodeCase(
        "D4 ansible-playbook -c local /tmp/site.yml-rt82n",
        devNodeScript(n("d4"), ["ansible-playbook -c local -i localhost, /tmp/site.yml"]),
        /./,
    ),
    // D5 tmpfiles.d(5) C: copy from a planted source into a root-read place (sudoers.d).
    // Was a MISS (fixed in round 82): insecure accepted (got []). TMPFILES-COPY-SOURCE: tmpfiles.d(5) `C` "Recursively copy a file or directory, if the destination files or directories don't exist yet" (C+ removes the target first): /etc/sudoers.d/ops and /etc/profile.d/ops.sh become a local user's text. Where: rootReads.ts RootReads.tmpfiles (near line 7950) checks a C source only for holdsNodeSecrets and NAME_RESOLUTION_PATHS targets (L+ /etc/ld.so.preload, D6, is refused). Fix (general): a C/C+ line is `cp SOURCE TARGET`: the target's content is the source's provenance (planted source refused for any root-read target).
    devNodeCase(
        "D5 tmpfiles.d C /etc/sudoers.d/ops from /tmp/sudoers-rt82n",
        devNodeScript(n("d5"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", ["C /etc/sudoers.d/ops 0440 root root - /tmp/sudoers"]),
            "systemd-tmpfiles --create",
        ]),
        /./,
    ),
    // D6 tmpfiles.d(5) L+: /etc/ld.so.preload a symlink to a planted file.
    devNodeCase(
        "D6 tmpfiles.d L+ /etc/ld.so.preload -> /tmp/preload-rt82n",
        devNodeScript(n("d6"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", ["L+ /etc/ld.so.preload - - - - /tmp/preload"]),
            "systemd-tmpfiles --create",
        ]),
    ),
    // D7 systemd.exec(5) ExtensionImages=: overlays a planted image onto the unit's /usr.
    devNodeCase(
        "D7 unit ExtensionImages=/tmp/ext.raw-rt82n",
        devNodeScript(
            n("d7"),
            systemdUnit("ops-d7", ["ExtensionImages=/tmp/ext.raw", "ExecStart=/usr/bin/sleep infinity"]),
        ),
    ),
    // D8 systemd.exec(5) MountImages=: a planted image mounted over /usr/local/bin of the root unit.
    devNodeCase(
        "D8 unit MountImages=/var/tmp/x.raw:/usr/local-rt82n",
        devNodeScript(
            n("d8"),
            systemdUnit("ops-d8", ["MountImages=/var/tmp/x.raw:/usr/local", "ExecStart=/usr/local/bin/ops"]),
        ),
    ),
    // D9 containerd config imports: a planted drop-in may set a runtime BinaryName run as root for every pod.
    devNodeCase(
        "D9 containerd config imports /tmp/ctd/*.toml-rt82n",
        devNodeScript(n("d9"), [
            ...heredocFile("/etc/containerd/config.d/00-imports.toml", ['imports = ["/tmp/ctd/*.toml"]']),
            "systemctl restart containerd",
        ]),
    ),
    // D10 auditd plugins (auditd-plugins(5)): path= program auditd runs as root.
    devNodeCase(
        "D10 /etc/audit/plugins.d/ops.conf path=/tmp/plug-rt82n",
        devNodeScript(n("d10"), [
            ...heredocFile("/etc/audit/plugins.d/ops.conf", [
                "active = yes",
                "direction = out",
                "path = /tmp/plug",
                "type = always",
                "format = string",
            ]),
            "service auditd restart",
        ]),
    ),
    // D11 sshd_config TrustedUserCAKeys: a planted CA key signs certificates for root.
    devNodeCase(
        "D11 sshd_config.d TrustedUserCAKeys /tmp/ca.pub-rt82n",
        devNodeScript(n("d11"), [
            ...heredocFile("/etc/ssh/sshd_config.d/50-ops.conf", ["TrustedUserCAKeys /tmp/ca.pub"]),
            "systemctl reload sshd",
        ]),
    ),
    // D12 systemd.generator(7): /usr/local/lib/systemd/system-generators programs run as root at every daemon-reload.
    devNodeCase(
        "D12 system-generators/ops runs /dev/shm/gen-rt82n",
        devNodeScript(n("d12"), [
            ...heredocFile("/usr/local/lib/systemd/system-generators/ops", ["#!/bin/sh", 'exec /dev/shm/gen "$@"']),
            "chmod 0755 /usr/local/lib/systemd/system-generators/ops",
            "systemctl daemon-reload",
        ]),
    ),
    // D13 udev rules in /run/udev/rules.d: RUN+= a /tmp program.
    devNodeCase(
        "D13 /run/udev/rules.d RUN+=/tmp/x-rt82n",
        devNodeScript(n("d13"), [
            ...heredocFile("/run/udev/rules.d/99-ops.rules", ['ACTION=="add", SUBSYSTEM=="block", RUN+="/tmp/x"']),
            "udevadm control --reload",
        ]),
    ),
    // D14 SSL_CERT_FILE: a planted CA bundle trusted by curl for a script piped to bash.
    devNodeCase(
        "D14 SSL_CERT_FILE=/tmp/ca.pem curl ... | bash-rt82n",
        devNodeScript(n("d14"), ["SSL_CERT_FILE=/tmp/ca.pem curl -fsSL https://ops.example.com/setup.sh | bash"]),
    ),
    // D15 /usr/local/lib/systemd/system unit (systemd.unit(5) search path) running a /tmp program.
    devNodeCase(
        "D15 /usr/local/lib/systemd/system/ops.service ExecStart=/tmp/x-rt82n",
        devNodeScript(n("d15"), [
            ...heredocFile("/usr/local/lib/systemd/system/ops.service", [
                "[Service]",
                "ExecStart=/tmp/x",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now ops",
        ]),
    ),
    // C1b hash -p of a name the pack does not know as a node command.
    // Was a MISS (fixed in round 82): insecure accepted (got []). HASH-BINDING-PLANTED: bash hash -p: "PATHNAME is used as the full pathname of NAME, and no path search is performed": the next `systemctl`/`opsctl` runs /tmp's file as root. Where: rootReads.ts the `hash -p` branch (near line 10197) records ctx.aliases/ctx.hashed but the bound pathname is never asked planted(); for a known node command (systemctl) the binding is not consulted at all. Fix (general): a hash -p (or alias) binding is a run of its pathname wherever the name is run: judge it with planted at the binding, for every name.
    devNodeCase(
        "C1b hash -p /tmp/x opsctl; opsctl sync-rt82n",
        devNodeScript(n("c1b"), ["hash -p /tmp/x opsctl", "opsctl sync"]),
        /./,
    ),
    // A4b sysctl -p - with a here-string naming a /tmp helper.
    // Was a MISS (fixed in round 82): insecure accepted (got []). SYSCTL-APPLIER-INPUTS: what systemd-sysctl(8) applies (a path operand "is used directly"; "-" reads standard input) and what `sysctl -p -` reads from stdin (procps sysctl(8)) are sysctl settings files, here naming a planted core_pattern/poweroff helper. Where: rootReads.ts loadedOperands (`if (name === "sysctl") return sysctlLoadedFiles(operands)`: no systemd-sysctl) and the piped-content dispatcher (RootReads, shellReadsStdin/atReadsStdin/crontabReadsStdin branches near line 12200: no sysctl branch); kernelSettings.ts commandKernelSettings reads argv only. Fix (general): one table of sysctl appliers (sysctl -p/-f/--load, systemd-sysctl operands, `-`) whose file or stdin text (pipe, redirect, here-string) is read with writtenSysctls and judged by plantedKernelHelpers, a planted file refused as a planted sysctl.d file is.
    devNodeCase(
        "A4b sysctl -p - <<< kernel.core_pattern=|/var/tmp/c-rt82n",
        devNodeScript(n("a4b"), ["sysctl -p - <<< 'kernel.core_pattern=|/var/tmp/c %p'"]),
        /./,
    ),
    // A6b core(5) pipe program nice(1) running a /tmp script (a launcher's operand is the program).
    // Was a MISS (fixed in round 82): insecure accepted (got []). HELPER-LAUNCHER-OPERANDS: the kernel runs the helper's argv as root (core(5) pipe; kernel/reboot.c argv_split for poweroff_cmd); /usr/bin/env and nice(1) are launchers that exec their first program operand, env's NAME=VALUE operands set LD_PRELOAD (ld.so(8)) for it. Where: rootReads.ts RootReads.plantedKernelHelpers (near line 7612) asks planted() only of words[0] and, for INTERPRETERS, the script operand; launchers and env assignments are not unwrapped (the /bin/sh form A5 is refused). Fix (general): judge a kernel helper's words as a root command line through the same command reader cron jobs use (rootShellLine/command: launcher unwrapping, env assignments as loader variables).
    devNodeCase(
        "A6b core_pattern |/usr/bin/nice /tmp/core.sh-rt82n",
        devNodeScript(n("a6b"), ["sysctl -w 'kernel.core_pattern=|/usr/bin/nice -n 10 /tmp/core.sh %p'"]),
        /./,
    ),
    // A6c kernel.poweroff_cmd through env(1): env runs its first non-assignment operand.
    // Was a MISS (fixed in round 82): insecure accepted (got []). HELPER-LAUNCHER-OPERANDS: the kernel runs the helper's argv as root (core(5) pipe; kernel/reboot.c argv_split for poweroff_cmd); /usr/bin/env and nice(1) are launchers that exec their first program operand, env's NAME=VALUE operands set LD_PRELOAD (ld.so(8)) for it. Where: rootReads.ts RootReads.plantedKernelHelpers (near line 7612) asks planted() only of words[0] and, for INTERPRETERS, the script operand; launchers and env assignments are not unwrapped (the /bin/sh form A5 is refused). Fix (general): judge a kernel helper's words as a root command line through the same command reader cron jobs use (rootShellLine/command: launcher unwrapping, env assignments as loader variables).
    devNodeCase(
        "A6c poweroff_cmd /usr/bin/env /dev/shm/off-rt82n",
        devNodeScript(n("a6c"), ["echo '/usr/bin/env /dev/shm/off' > /proc/sys/kernel/poweroff_cmd"]),
        /./,
    ),
    // A1b systemd-sysctl of a planted file among image ones.
    // Was a MISS (fixed in round 82): insecure accepted (got []). SYSCTL-APPLIER-INPUTS: what systemd-sysctl(8) applies (a path operand "is used directly"; "-" reads standard input) and what `sysctl -p -` reads from stdin (procps sysctl(8)) are sysctl settings files, here naming a planted core_pattern/poweroff helper. Where: rootReads.ts loadedOperands (`if (name === "sysctl") return sysctlLoadedFiles(operands)`: no systemd-sysctl) and the piped-content dispatcher (RootReads, shellReadsStdin/atReadsStdin/crontabReadsStdin branches near line 12200: no sysctl branch); kernelSettings.ts commandKernelSettings reads argv only. Fix (general): one table of sysctl appliers (sysctl -p/-f/--load, systemd-sysctl operands, `-`) whose file or stdin text (pipe, redirect, here-string) is read with writtenSysctls and judged by plantedKernelHelpers, a planted file refused as a planted sysctl.d file is.
    devNodeCase(
        "A1b systemd-sysctl --prefix kernel /tmp/k.conf-rt82n",
        devNodeScript(n("a1b"), ["/usr/lib/systemd/systemd-sysctl --prefix=kernel /tmp/k.conf"]),
        /./,
    ),
    // D1b crontab(1) without -u installs root's crontab; stdin a planted file.
    // Was a MISS (fixed in round 82): insecure accepted (got []). STDIN-REDIRECT-LOADERS: crontab(1) with `-` or no file installs standard input as root's crontab; here stdin is a planted file (`< F`). Where: rootReads.ts crontabReadsStdin is consulted only for piped content (near line 12208); round 81's fd-0 provenance (`< F`, here-strings, exec <) reaches the copiers (tee/install/cp/dd) only. Fix (general): one stdin provenance for every stdin-reading loader (crontab, at/batch, shells, sysctl -p -, systemd-sysctl -, rule loaders): a redirect from a planted file is refused like a pipe from it.
    devNodeCase("D1b crontab - < /dev/shm/ct-rt82n", devNodeScript(n("d1b"), ["crontab - < /dev/shm/ct"]), /./),
    // D1c crontab with no operand reads standard input.
    // Was a MISS (fixed in round 82): insecure accepted (got []). STDIN-REDIRECT-LOADERS: crontab(1) with `-` or no file installs standard input as root's crontab; here stdin is a planted file (`< F`). Where: rootReads.ts crontabReadsStdin is consulted only for piped content (near line 12208); round 81's fd-0 provenance (`< F`, here-strings, exec <) reaches the copiers (tee/install/cp/dd) only. Fix (general): one stdin provenance for every stdin-reading loader (crontab, at/batch, shells, sysctl -p -, systemd-sysctl -, rule loaders): a redirect from a planted file is refused like a pipe from it.
    devNodeCase("D1c crontab < /var/tmp/ct-rt82n", devNodeScript(n("d1c"), ["crontab < /var/tmp/ct"]), /./),
    // D2b nerdctl load -i a planted image tarball into k8s.io.
    // Was a MISS (fixed in round 82): insecure accepted (got []). IMAGE-STORE-IMPORTS: `ctr -n k8s.io images import FILE` unpacks the tarball's images into the k8s.io namespace, the only one the kubelet uses: a planted archive can carry the custody signer's image reference, run by IfNotPresent pods with the signer's IRSA role. Where: rootReads.ts NODE_SECRET_KEEPERS lists ctr/nerdctl/docker as node agents and loadedOperands has no image import/load operands. Fix (general): image archive imports (ctr i[mages] import, nerdctl/docker/podman load -i/--input or stdin) are loaded operands judged with plantedLoaded.
    devNodeCase(
        "D2b nerdctl -n k8s.io load -i /var/tmp/img.tar-rt82n",
        devNodeScript(n("d2b"), ["nerdctl -n k8s.io load -i /var/tmp/img.tar"]),
        /./,
    ),
    // D2c ctr image import with the short alias `i`.
    // Was a MISS (fixed in round 82): insecure accepted (got []). IMAGE-STORE-IMPORTS: `ctr -n k8s.io images import FILE` unpacks the tarball's images into the k8s.io namespace, the only one the kubelet uses: a planted archive can carry the custody signer's image reference, run by IfNotPresent pods with the signer's IRSA role. Where: rootReads.ts NODE_SECRET_KEEPERS lists ctr/nerdctl/docker as node agents and loadedOperands has no image import/load operands. Fix (general): image archive imports (ctr i[mages] import, nerdctl/docker/podman load -i/--input or stdin) are loaded operands judged with plantedLoaded.
    devNodeCase(
        "D2c ctr -n k8s.io i import /dev/shm/img.tar-rt82n",
        devNodeScript(n("d2c"), ["ctr -n k8s.io i import /dev/shm/img.tar"]),
        /./,
    ),
    // D4b puppet apply of a planted manifest.
    // Was a MISS (fixed in round 82): insecure accepted (got []). CONFIG-MANAGEMENT-APPLIERS: ansible-playbook -c local, puppet apply and salt-call --local run the tasks of the named playbook/manifest/file root as root. Where: rootReads.ts: an unknown program's planted operand is not refused (the "a program the pack does not read names it" rule only marks files the script wrote, see S23), and loadedOperands has no table for these tools (make -f is refused). Fix (general): a path operand in a planted directory of a program the pack does not read is a loaded operand (fail closed, as for root's own files), or a table of appliers (ansible-playbook, puppet apply, salt-call --file-root/--config-dir, chef-client -z -c).
    devNodeCase(
        "D4b puppet apply /var/tmp/site.pp-rt82n",
        devNodeScript(n("d4b"), ["puppet apply /var/tmp/site.pp"]),
        /./,
    ),
    // D4c salt-call --local with a planted file root.
    // Was a MISS (fixed in round 82): insecure accepted (got []). CONFIG-MANAGEMENT-APPLIERS: ansible-playbook -c local, puppet apply and salt-call --local run the tasks of the named playbook/manifest/file root as root. Where: rootReads.ts: an unknown program's planted operand is not refused (the "a program the pack does not read names it" rule only marks files the script wrote, see S23), and loadedOperands has no table for these tools (make -f is refused). Fix (general): a path operand in a planted directory of a program the pack does not read is a loaded operand (fail closed, as for root's own files), or a table of appliers (ansible-playbook, puppet apply, salt-call --file-root/--config-dir, chef-client -z -c).
    devNodeCase(
        "D4c salt-call --local --file-root=/tmp/salt state.apply-rt82n",
        devNodeScript(n("d4c"), ["salt-call --local --file-root=/tmp/salt state.apply"]),
        /./,
    ),
    // D5b tmpfiles.d C+ of a planted profile script.
    // Was a MISS (fixed in round 82): insecure accepted (got []). TMPFILES-COPY-SOURCE: tmpfiles.d(5) `C` "Recursively copy a file or directory, if the destination files or directories don't exist yet" (C+ removes the target first): /etc/sudoers.d/ops and /etc/profile.d/ops.sh become a local user's text. Where: rootReads.ts RootReads.tmpfiles (near line 7950) checks a C source only for holdsNodeSecrets and NAME_RESOLUTION_PATHS targets (L+ /etc/ld.so.preload, D6, is refused). Fix (general): a C/C+ line is `cp SOURCE TARGET`: the target's content is the source's provenance (planted source refused for any root-read target).
    devNodeCase(
        "D5b tmpfiles.d C+ /etc/profile.d/ops.sh from /dev/shm-rt82n",
        devNodeScript(n("d5b"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", ["C+ /etc/profile.d/ops.sh 0644 root root - /dev/shm/ops.sh"]),
            "systemd-tmpfiles --create",
        ]),
        /./,
    ),
    // B3b nft -I: include search path /tmp for a relative include.
    // Was a MISS (fixed in round 82): insecure accepted (got []). RULE-LOADER-INCLUDES: nft(8) "Other files can be included by using the include statement. The directories to be searched for include files can be specified using the -I/--includepath option" (a directory includes all its files); the included /tmp rules may flush the IMDS block or open the kubelet. Where: rootReads.ts ruleLoaderSources reads -f values only (skips -I as a value option) and never reads `include` statements of a loaded ruleset it knows. Fix (general): follow nft includes (absolute, globbed, and each -I directory for a relative name) as loaded operands judged with planted.
    devNodeCase(
        'B3b nft -I /tmp -f ops.nft (include "rules.nft")-rt82n',
        devNodeScript(n("b3b"), [
            ...heredocFile("/etc/nftables/ops.nft", ['include "rules.nft"']),
            "nft -I /tmp -f /etc/nftables/ops.nft",
        ]),
        /./,
    ),
    // B1b IPTABLES_LIB_DIR, the older name of XTABLES_LIBDIR.
    // Was a MISS (fixed in round 82): insecure accepted (got []). RULE-LOADER-EXTENSIONS: iptables(8) loads its match/target extensions (shared objects, libxtables) from XTABLES_LIBDIR (IPTABLES_LIB_DIR the older name): code from /tmp in root's iptables. Where: rootReads.ts LOADER_VARIABLES (no XTABLES_LIBDIR/IPTABLES_LIB_DIR). Fix (general): every variable naming a directory a root program dlopens from (XTABLES_LIBDIR, IPTABLES_LIB_DIR, and the like) in LOADER_VARIABLES/SEARCH_LIST_VARIABLES.
    devNodeCase(
        "B1b export IPTABLES_LIB_DIR=/var/tmp/xt; iptables -L-rt82n",
        devNodeScript(n("b1b"), ["export IPTABLES_LIB_DIR=/var/tmp/xt", "iptables -L -n"]),
        /./,
    ),
    // B6b /etc/sysconfig/ip6tables a link to a planted file.
    // Was a MISS (fixed in round 82): insecure accepted (got []). RULE-SERVICE-FILES: iptables-services' iptables.service/ip6tables.service run iptables-restore of /etc/sysconfig/iptables and /etc/sysconfig/ip6tables at start (a copy or link of a planted file). Where: rootReads.ts root-read configuration tables (the conf-file directory table near line 895, formats.ts NODE_CONFIG_PATHS) have no firewall rule files. Fix (general): the files firewall services load at start (/etc/sysconfig/iptables, ip6tables, /etc/sysconfig/nftables.conf, /etc/nftables.conf, ipset save files) are root-read rule files: content from a copy/link of a planted file refused as ruleLoaderSources' files are.
    devNodeCase(
        "B6b ln -sf /tmp/r6 /etc/sysconfig/ip6tables; systemctl restart ip6tables-rt82n",
        devNodeScript(n("b6b"), ["ln -sf /tmp/r6 /etc/sysconfig/ip6tables", "systemctl restart ip6tables"]),
        /./,
    ),
    // E1 request-key.conf(5) prog /usr/bin/env running a /tmp program (same launcher class as A6).
    // Was a MISS (fixed in round 82): insecure accepted (got []). HELPER-LAUNCHER-OPERANDS (see A6): request-key.conf(5) execs the prog field as root; /usr/bin/env runs /tmp/rk. Where: kernelSettings.ts KERNEL_HELPERS request-key words + rootReads.ts plantedKernelHelpers (words[0] only). Fix: as A6.
    devNodeCase(
        "E1 request-key.d create user * * /usr/bin/env /tmp/rk-rt82n",
        devNodeScript(
            n("e1"),
            heredocFile("/etc/request-key.d/env.conf", ["create user ops:* * /usr/bin/env /tmp/rk %k"]),
        ),
        /./,
    ),
    // E2 bash(1) "Shell Parameter Expansion": with LD_LIBRARY_PATH unset, "${LD_LIBRARY_PATH}:/opt/lib" starts with a
    // colon, an empty entry ld.so(8) searches as the working directory (here /tmp).
    devNodeCase(
        'E2 cd /tmp; export LD_LIBRARY_PATH="${LD_LIBRARY_PATH}:/usr/local/lib64"; chronyc-rt82n',
        devNodeScript(n("e2"), [
            "cd /tmp",
            'export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:-}:/usr/local/lib64"',
            "chronyc makestep",
        ]),
    ),
    // E3 the same for PATH with an unset prefix variable: ":$PATH" searches the cwd /var/tmp first (bash(1) PATH).
    devNodeCase(
        'E3 cd /var/tmp; PATH="${OPS_BIN:-}:$PATH"; chronyc-rt82n',
        devNodeScript(n("e3"), ["cd /var/tmp", 'PATH="${OPS_BIN:-}:$PATH"', "chronyc makestep"]),
    ),
    // E4 systemd.exec(5) Environment=LD_LIBRARY_PATH with an empty entry, WorkingDirectory=/tmp.
    devNodeCase(
        "E4 unit WorkingDirectory=/tmp Environment=LD_LIBRARY_PATH=:/usr/lib64-rt82n",
        devNodeScript(
            n("e4"),
            systemdUnit("ops-e4", [
                "WorkingDirectory=/tmp",
                "Environment=LD_LIBRARY_PATH=:/usr/lib64",
                "ExecStart=/usr/bin/sleep infinity",
            ]),
        ),
    ),
    // E5 bash(1) source of /dev/stdin whose redirect is a planted file: root's shell runs its text.
    devNodeCase(
        "E5 source /dev/stdin < /tmp/env.sh-rt82n",
        devNodeScript(n("e5"), ["source /dev/stdin < /tmp/env.sh"]),
    ),
    // E6 bash /dev/stdin with stdin a planted file.
    devNodeCase(
        "E6 bash /dev/stdin < /dev/shm/x.sh-rt82n",
        devNodeScript(n("e6"), ["bash /dev/stdin < /dev/shm/x.sh"]),
    ),
    // E7 sysctl settings whose keys and values come from a planted file (read loop): any helper key.
    // Was a MISS (fixed in round 82): insecure accepted (got []). COMPUTED-SYSCTL-KEYS: sysctl(8) sets whatever key=value the word holds; the key comes from a planted file, so it may be kernel.core_pattern=|/tmp/x. Where: kernelSettings.ts computedHelperSetting flags a computed VALUE of a known helper key only; commandSysctls keeps a computed key as an unknown name that matches no helper. Fix (general): a sysctl setting whose key is computed (SUBSTITUTED/$) may be any helper: judge it as a computed helper setting (refused when its source is planted or unknown).
    // Fixed (round 82): rootReads.ts RootReads.command sets the names `read` assigns (readTargets) to SUBSTITUTED when its
    // standard input (its own, the loop's `done < F` or pipe it inherits) is text the pack cannot know; T2's known
    // here-document is unrolled line by line instead.
    devNodeCase(
        'E7 while read kv; do sysctl -w "$kv"; done < /tmp/list-rt82n',
        devNodeScript(n("e7"), ['while read -r kv; do sysctl -w "$kv"; done < /tmp/list']),
        /./,
    ),
    // E7 neighbours (round 82): bash(1) read from a pipe of a planted file (`cat F | while read`), and read -a's array
    // element (bash(1) "-a aname: The words are assigned to sequential indices of the array variable aname").
    devNodeCase(
        'cat /dev/shm/kv | while read -r k v; do sysctl -w "$k=$v"; done-fix82',
        devNodeScript(n("f82e7b"), ['cat /dev/shm/kv | while read -r k v; do sysctl -w "$k=$v"; done']),
        /./,
    ),
    devNodeCase(
        'read -r -a KV < /var/tmp/kv; sysctl -w "$KV"-fix82',
        devNodeScript(n("f82e7c"), ["read -r -a KV < /var/tmp/kv", 'sysctl -w "$KV"']),
        /./,
    ),
    // E8 sysctl -w of a whole key=value word computed from a planted file.
    // Was a MISS (fixed in round 82): insecure accepted (got []). COMPUTED-SYSCTL-KEYS (as E7): the whole key=value word is a command substitution of a /var/tmp file. Where/fix: as E7 (commandSysctls filters words with a literal `=`; a substituted word has none).
    devNodeCase(
        'E8 sysctl -w "$(cat /var/tmp/kv)"-rt82n',
        devNodeScript(n("e8"), ['sysctl -w "$(cat /var/tmp/kv)"']),
        /./,
    ),
    // E9 read of a planted file into a variable, written to core_pattern.
    // Was a MISS (fixed in round 82): insecure accepted (got []). READ-VARIABLE-PROVENANCE: bash read assigns a line of the planted /tmp/cp to CP; writing "$CP" to /proc/sys/kernel/core_pattern sets a helper the planter chose (core(5)). Where: rootReads.ts: `read VAR < F` does not mark VAR as computed/planted, so the write's content is not SUBSTITUTED for userData.ts/kernelSettings.ts computedHelperSetting (echo "$(cat F)" is refused). Fix (general): variables set by read from a redirect/pipe carry the source's provenance (SUBSTITUTED, planted when the source is).
    devNodeCase(
        'E9 read -r CP < /tmp/cp; echo "$CP" > /proc/sys/kernel/core_pattern-rt82n',
        devNodeScript(n("e9"), ["read -r CP < /tmp/cp", 'echo "$CP" > /proc/sys/kernel/core_pattern']),
        /./,
    ),
    // E10 dd of a planted file into /sys/kernel/uevent_helper (kernel.hotplug's variable).
    devNodeCase(
        "E10 dd if=/tmp/h of=/sys/kernel/uevent_helper-rt82n",
        devNodeScript(n("e10"), ["dd if=/tmp/h of=/sys/kernel/uevent_helper"]),
    ),
    // E11 cron.d job through env(1): env runs /tmp/x as root.
    devNodeCase(
        "E11 cron.d @reboot root /usr/bin/env /tmp/x-rt82n",
        devNodeScript(n("e11"), heredocFile("/etc/cron.d/ops-env", ["@reboot root /usr/bin/env /tmp/x"])),
    ),
    // HELPER-LAUNCHER-OPERANDS neighbours (round 82): coreutils timeout(1) and util-linux setsid(1) exec their command
    // operand; kernel/reboot.c argv_split runs poweroff_cmd's words as root; kernel.modprobe runs one path.
    devNodeCase(
        "core_pattern |/usr/bin/timeout 5 /var/tmp/core.sh-fix82",
        devNodeScript(n("f82a1"), ["sysctl -w 'kernel.core_pattern=|/usr/bin/timeout 5 /var/tmp/core.sh %p'"]),
    ),
    devNodeCase(
        "poweroff_cmd /usr/bin/setsid -f /tmp/off-fix82",
        devNodeScript(n("f82a2"), ["echo '/usr/bin/setsid -f /tmp/off' > /proc/sys/kernel/poweroff_cmd"]),
    ),
    // env(1) NAME=VALUE: LD_LIBRARY_PATH of a world-writable directory for the image's coredump handler (ld.so(8)).
    devNodeCase(
        "core_pattern |/usr/bin/env LD_LIBRARY_PATH=/tmp systemd-coredump-fix82",
        devNodeScript(n("f82a3"), [
            "sysctl -w 'kernel.core_pattern=|/usr/bin/env LD_LIBRARY_PATH=/tmp /usr/lib/systemd/systemd-coredump %P'",
        ]),
    ),
    // TMPFILES-COPY-SOURCE neighbours (round 82): tmpfiles.d(5) C is `cp -r SOURCE TARGET` (copy provenance): a
    // planted /var/tmp tree copied into /etc/cron.d, a planted modprobe.d file (modprobe.d(5) install runs as root).
    devNodeCase(
        "tmpfiles.d C /etc/cron.d from /var/tmp/cron.d-fix82",
        devNodeScript(n("f82d1"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", ["C /etc/cron.d - - - - /var/tmp/cron.d"]),
            "systemd-tmpfiles --create",
        ]),
    ),
    devNodeCase(
        "tmpfiles.d C+ /etc/modprobe.d/ops.conf from /dev/shm-fix82",
        devNodeScript(n("f82d2"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", ["C+ /etc/modprobe.d/ops.conf - - - - /dev/shm/ops.conf"]),
            "systemd-tmpfiles --create",
        ]),
    ),
    // SYSCTL-APPLIER-INPUTS neighbours (round 82): systemd-sysctl(8) "If the argument is a path, that file is used
    // directly" (a file the script wrote naming a planted kernel.modprobe helper, sysctl/kernel.rst), and "-" reads
    // standard input (a pipe naming a planted poweroff_cmd, kernel/reboot.c).
    devNodeCase(
        "systemd-sysctl /etc/ops/k.conf (written: kernel.modprobe=/tmp/mp)-fix82",
        devNodeScript(n("f82b1"), [
            ...heredocFile("/etc/ops/k.conf", ["kernel.modprobe = /tmp/mp"]),
            "/usr/lib/systemd/systemd-sysctl /etc/ops/k.conf",
        ]),
    ),
    devNodeCase(
        "echo kernel.poweroff_cmd=/dev/shm/off | systemd-sysctl --fix82",
        devNodeScript(n("f82b2"), ["echo 'kernel.poweroff_cmd=/dev/shm/off' | /usr/lib/systemd/systemd-sysctl -"]),
    ),
    // COMPUTED-SYSCTL-KEYS / READ-VARIABLE-PROVENANCE neighbours (round 82): sysctl(8) with no -w sets a computed
    // `key=value` operand too; a helper file (sysctl/kernel.rst modprobe) written with a variable read from a
    // planted file holds text the pack cannot know.
    devNodeCase('sysctl "$(cat /dev/shm/kv)"-fix82', devNodeScript(n("f82e1"), ['sysctl "$(cat /dev/shm/kv)"'])),
    devNodeCase(
        'read -r MP < /var/tmp/mp; echo "$MP" > /proc/sys/kernel/modprobe-fix82',
        devNodeScript(n("f82e2"), ["read -r MP < /var/tmp/mp", 'echo "$MP" > /proc/sys/kernel/modprobe']),
    ),
    // ---- round 82 fixes: neighbours of each fixed class (fix82) ----
    // iptables(8) ENVIRONMENT: XTABLES_LIBDIR, exported, reaches every later iptables (its extensions from /dev/shm).
    devNodeCase(
        "export XTABLES_LIBDIR=/dev/shm/xt; ip6tables -L-fix82",
        devNodeScript(n("f1"), ["export XTABLES_LIBDIR=/dev/shm/xt", "ip6tables -L -n"]),
    ),
    // nft(8) include statement naming a /var/tmp file from a ruleset the script wrote.
    devNodeCase(
        'nft -f ops.nft with include "/var/tmp/extra.nft"-fix82',
        devNodeScript(n("f2"), [
            ...heredocFile("/etc/nftables/ops.nft", ['include "/var/tmp/extra.nft"']),
            "nft -f /etc/nftables/ops.nft",
        ]),
    ),
    // nftables.service loads /etc/sysconfig/nftables.conf at start (Fedora/Amazon Linux): a copy of a planted file.
    devNodeCase(
        "cp /var/tmp/n.conf /etc/sysconfig/nftables.conf-fix82",
        devNodeScript(n("f3"), ["cp /var/tmp/n.conf /etc/sysconfig/nftables.conf", "systemctl enable --now nftables"]),
    ),
    // bash(1) hash -p binding a node command to a /var/tmp file: kubectl runs it.
    devNodeCase(
        "hash -p /var/tmp/kc kubectl; kubectl get nodes-fix82",
        devNodeScript(n("f4"), ["hash -p /var/tmp/kc kubectl", "kubectl get nodes"]),
    ),
    // bash(1) enable -f of a /var/tmp shared object.
    devNodeCase("enable -f /var/tmp/x.so x-fix82", devNodeScript(n("f5"), ["enable -f /var/tmp/x.so x"])),
    // bash(1) BASH_LOADABLES_PATH exported with /tmp first.
    devNodeCase(
        "export BASH_LOADABLES_PATH=/tmp/lb:/usr/lib64/bash-fix82",
        devNodeScript(n("f6"), ["export BASH_LOADABLES_PATH=/tmp/lb:/usr/lib64/bash", "enable -f realpath realpath"]),
    ),
    // ld.so(8) --audit LIST (LD_AUDIT): the auditing library is loaded first.
    devNodeCase(
        "ld-linux-aarch64 --audit /tmp/a.so /usr/bin/true-fix82",
        devNodeScript(n("f7"), ["/lib/ld-linux-aarch64.so.1 --audit /tmp/a.so /usr/bin/true"]),
    ),
    // ld.so(8) [PROGRAM]: the program it loads and runs is a planted one.
    devNodeCase(
        "ld-linux-x86-64 /var/tmp/prog-fix82",
        devNodeScript(n("f8"), ["/lib64/ld-linux-x86-64.so.2 /var/tmp/prog"]),
    ),
    // at(1) reads the job from standard input: `< F` of a planted file.
    devNodeCase("at now + 1 minute < /tmp/job-fix82", devNodeScript(n("f9"), ["at now + 1 minute < /tmp/job"])),
    // batch(1) likewise.
    devNodeCase("batch < /var/tmp/job-fix82", devNodeScript(n("f10"), ["batch < /var/tmp/job"])),
    // docker load(1) -i of a planted archive (docker docs "docker image load": "Load an image from a tar archive").
    devNodeCase("docker load -i /tmp/img.tar-fix82", devNodeScript(n("f11"), ["docker load -i /tmp/img.tar"])),
    // podman-load(1) --input=FILE.
    devNodeCase(
        "podman image load --input=/var/tmp/i.tar-fix82",
        devNodeScript(n("f12"), ["podman image load --input=/var/tmp/i.tar"]),
    ),
    // ansible-playbook -M/--module-path: modules from /tmp run as root by a root-owned playbook.
    devNodeCase(
        "ansible-playbook -c local -M /tmp/mods /etc/ops/site.yml-fix82",
        devNodeScript(n("f13"), [
            ...heredocFile("/etc/ops/site.yml", ["- hosts: localhost", "  tasks: []"]),
            "ansible-playbook -c local -M /tmp/mods /etc/ops/site.yml",
        ]),
    ),
    // chef-client -z -c: local mode with a planted client.rb (Ruby, run as root).
    devNodeCase(
        "chef-client -z -c /var/tmp/client.rb-fix82",
        devNodeScript(n("f14"), ["chef-client -z -c /var/tmp/client.rb"]),
    ),
    // T1 neighbour (round 82): bash(1) ${V:-} with V unset substitutes nothing, so `${LD_LIBRARY_PATH:-}:/usr/local/lib64`
    // starts with an empty entry: the working directory /tmp (ld.so(8) LD_LIBRARY_PATH; DISA STIG GEN001605).
    devNodeCase(
        'cd /tmp; LD_LIBRARY_PATH="${LD_LIBRARY_PATH:-}:/usr/local/lib64"-fix82',
        devNodeScript(n("f82t1i"), [
            "cd /tmp",
            'export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:-}:/usr/local/lib64"',
            "chronyc makestep",
        ]),
    ),
    // T1 neighbour (round 82): ${OPS_LIB:+...} of an unknown variable may give its text: an empty entry there is cwd.
    devNodeCase(
        'cd /var/tmp; PATH="/usr/bin${OPS_BIN:+::$OPS_BIN}"-fix82',
        devNodeScript(n("f82t1j"), ["cd /var/tmp", 'export PATH="/usr/bin${OPS_BIN:+::$OPS_BIN}"', "chronyc makestep"]),
    ),
    // T3 neighbour (round 82): what a sourced here-document runs is judged as the script's own lines: a socat relay of
    // instance metadata there is refused (bash(1) "source filename": commands run in the current shell).
    devNodeCase(
        ". /dev/stdin <<EOF (socat relay to 169.254.169.254)-fix82",
        devNodeScript(n("f82t3i"), [
            ". /dev/stdin <<'EOF'",
            "socat TCP-LISTEN:8080,fork TCP:169.254.169.254:80 &",
            "EOF",
        ]),
    ),
    // T3 neighbour (round 82): a sourced here-document running a /tmp script runs a planted file.
    devNodeCase(
        "source /dev/stdin <<EOF (bash /tmp/x.sh)-fix82",
        devNodeScript(n("f82t3j"), ["source /dev/stdin <<'EOF'", "bash /tmp/x.sh", "EOF"]),
    ),
    // T3 neighbour (round 83): a sourced line whose redirection opens instance metadata (bash(1) REDIRECTION
    // "/dev/tcp/host/port ... bash attempts to open the corresponding TCP socket") and hands the descriptor to a listener
    // is still read as a whole line relay (rootShellLine: imdsOnlyInWords is false).
    devNodeCase(
        "source /dev/stdin <<EOF (exec 3<>/dev/tcp/169.254.169.254/80; socat TCP-LISTEN:8080 FD:3)-fix83",
        devNodeScript(n("f83t3d"), [
            "source /dev/stdin <<'EOF'",
            "exec 3<>/dev/tcp/169.254.169.254/80",
            "nohup socat TCP-LISTEN:8080,fork FD:3 &",
            "EOF",
        ]),
    ),
    // T3 neighbour (round 83): a here-string a shell reads (bash(1) "Here Strings") relaying instance metadata with
    // ncat on every address: the command's own words name it (judged command by command).
    devNodeCase(
        "bash <<< 'ncat -lk 8080 -c \"ncat 169.254.169.254 80\"'-fix83",
        devNodeScript(n("f83t3e"), ["bash <<< 'nohup ncat -lk 8080 -c \"ncat 169.254.169.254 80\" &'"]),
    ),
];

const secure: NodeCase[] = [
    // S1 core(5) pipe to the image's systemd-coredump (root-owned /usr/lib/systemd), the AL2023 default handler: no planted program.
    devNodeCase(
        "S1 core_pattern |/usr/lib/systemd/systemd-coredump %P ...-rt82n",
        devNodeScript(n("s1"), [
            "sysctl -w 'kernel.core_pattern=|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h'",
        ]),
    ),
    // S2 sysctl(8) -p of a file the script wrote with a plain setting (no kernel helper key).
    devNodeCase(
        "S2 sysctl -p /etc/sysctl.d/99-ops.conf (written vm.max_map_count)-rt82n",
        devNodeScript(n("s2"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["vm.max_map_count = 262144"]),
            "sysctl -p /etc/sysctl.d/99-ops.conf",
        ]),
    ),
    // S3 iptables-restore(8) of rules the script wrote itself (known text; the IMDS block for pods).
    devNodeCase(
        "S3 iptables-restore < /etc/sysconfig/iptables (written)-rt82n",
        devNodeScript(n("s3"), [
            ...heredocFile("/etc/sysconfig/iptables", [
                "*filter",
                "-A FORWARD -d 169.254.169.254/32 -j DROP",
                "COMMIT",
            ]),
            "iptables-restore < /etc/sysconfig/iptables",
        ]),
    ),
    // S4 nft(8) include of a root-owned /etc directory (not writable by other users).
    devNodeCase(
        "S4 nft -f ops.nft include /etc/nftables/ops.d/*.nft-rt82n",
        devNodeScript(n("s4"), [
            "mkdir -p /etc/nftables/ops.d",
            ...heredocFile("/etc/nftables/ops.nft", ['include "/etc/nftables/ops.d/*.nft"']),
            "nft -f /etc/nftables/ops.nft",
        ]),
    ),
    // S5 bash hash -r: "forget all remembered locations": removes bindings, adds none.
    devNodeCase(
        "S5 hash -r; systemctl restart chronyd-rt82n",
        devNodeScript(n("s5"), ["hash -r", "systemctl restart chronyd"]),
    ),
    // S6 ld.so(8) LD_BIND_NOW only changes when symbols resolve; it names no file.
    devNodeCase(
        "S6 export LD_BIND_NOW=1; systemctl restart chronyd-rt82n",
        devNodeScript(n("s6"), ["export LD_BIND_NOW=1", "systemctl restart chronyd"]),
    ),
    // S7 ld.so(8) --library-path of the system library directory only (root-owned).
    devNodeCase(
        "S7 ld-linux --library-path /usr/lib64 /usr/bin/true-rt82n",
        devNodeScript(n("s7"), ["/lib64/ld-linux-x86-64.so.2 --library-path /usr/lib64 /usr/bin/true"]),
    ),
    // S8 the stock anacrontab (cronie-anacron): anacrontab(5) PATH of system directories only; run-parts runs the
    // image's /etc/cron.daily scripts, which the user data never writes (root-owned 0755).
    // Was a MISS (fixed in round 82): secure refused: "user data writes /etc/cron.daily with content the pack cannot read (a root cron job in
    // /etc/anacrontab: ... run-parts, a program the pack does not read, names it)". Where: rootReads.ts RootReads.cron
    // (anacrontab branch near line 8423) and the run-parts reader: an image directory the script never wrote is read
    // as unknown content. Fix (general): run-parts of a directory the user data did not write (and did not open) runs
    // the image's scripts; fail closed only when the script wrote into it or it is planted.
    devNodeCase(
        "S8 /etc/anacrontab PATH=/sbin:/bin:/usr/sbin:/usr/bin-rt82n",
        devNodeScript(n("s8"), [
            ...heredocFile("/etc/anacrontab", [
                "SHELL=/bin/sh",
                "PATH=/sbin:/bin:/usr/sbin:/usr/bin",
                "1 5 cron.daily nice run-parts /etc/cron.daily",
            ]),
        ]),
    ),
    // S9 request-key.conf(5) line with the packaged cifs.upcall (the cifs-utils default), an image program.
    devNodeCase(
        "S9 request-key.d create cifs.spnego * * /usr/sbin/cifs.upcall %k-rt82n",
        devNodeScript(
            n("s9"),
            heredocFile("/etc/request-key.d/cifs.spnego.conf", ["create cifs.spnego * * /usr/sbin/cifs.upcall %k"]),
        ),
    ),
    // S10 sysctl -p - from known text setting vm.swappiness (no helper key).
    devNodeCase(
        "S10 printf vm.swappiness=10 | sysctl -p --rt82n",
        devNodeScript(n("s10"), ["printf 'vm.swappiness=10\\n' | sysctl -p -"]),
    ),
    // S11 a pipe of a file root wrote (known text) into sysctl.d: known content.
    devNodeCase(
        "S11 cat /etc/ops/s.tmpl (written) | tee /etc/sysctl.d/90-ops.conf-rt82n",
        devNodeScript(n("s11"), [
            ...heredocFile("/etc/ops/s.tmpl", ["net.ipv4.ip_forward = 1"]),
            "cat /etc/ops/s.tmpl | tee /etc/sysctl.d/90-ops.conf",
            "sysctl --system",
        ]),
    ),
    // S12 systemd.exec(5) Environment=PATH of root-owned system directories only.
    devNodeCase(
        "S12 unit Environment=PATH=/usr/local/sbin:/usr/bin sh -c chronyc-rt82n",
        devNodeScript(
            n("s12"),
            systemdUnit("ops-s12", [
                "Environment=PATH=/usr/local/sbin:/usr/bin",
                "ExecStart=/bin/sh -c 'chronyc makestep'",
            ]),
        ),
    ),
    // S13 XTABLES_LIBDIR naming the packaged extension directory (root-owned).
    devNodeCase(
        "S13 XTABLES_LIBDIR=/usr/lib64/xtables iptables -L-rt82n",
        devNodeScript(n("s13"), ["XTABLES_LIBDIR=/usr/lib64/xtables iptables -L -n"]),
    ),
    // S14 ipset(8) restore -file of a set file root wrote.
    devNodeCase(
        "S14 ipset restore -file /etc/ipset/ops.save (written)-rt82n",
        devNodeScript(n("s14"), [
            ...heredocFile("/etc/ipset/ops.save", ["create ops hash:ip family inet"]),
            "ipset restore -file /etc/ipset/ops.save",
        ]),
    ),
    // S15 crontab(1) FILE for root, the file written by the script (known job).
    devNodeCase(
        "S15 crontab -u root /etc/ops/root.cron (written)-rt82n",
        devNodeScript(n("s15"), [
            ...heredocFile("/etc/ops/root.cron", ["0 3 * * * /usr/sbin/logrotate /etc/logrotate.conf"]),
            "crontab -u root /etc/ops/root.cron",
        ]),
    ),
    // S16 tmpfiles.d(5) C from the image's /usr/share (root-owned source).
    devNodeCase(
        "S16 tmpfiles.d C /etc/ops/x from /usr/share/ops/x-rt82n",
        devNodeScript(n("s16"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", [
                "C /etc/ops/defaults 0644 root root - /usr/share/ops/defaults",
            ]),
            "systemd-tmpfiles --create",
        ]),
    ),
    // S17 containerd config imports of root-owned /etc/containerd/config.d only.
    devNodeCase(
        "S17 containerd imports /etc/containerd/config.d/*.toml-rt82n",
        devNodeScript(n("s17"), [
            ...heredocFile("/etc/containerd/config.d/00-imports.toml", [
                'imports = ["/etc/containerd/config.d/*.toml"]',
            ]),
            "systemctl restart containerd",
        ]),
    ),
    // S18 perlrun PERL5LIB of a root-owned vendor directory, no empty entry, in cwd /tmp.
    devNodeCase(
        "S18 cd /tmp; export PERL5LIB=/usr/share/perl5/vendor_perl; perl-rt82n",
        devNodeScript(n("s18"), ["cd /tmp", "export PERL5LIB=/usr/share/perl5/vendor_perl", "perl -MPOSIX -e 1"]),
    ),
    // S8b anacrontab(5) with system PATH and a job running the image's logrotate on its own configuration.
    devNodeCase(
        "S8b /etc/anacrontab PATH=system; job logrotate-rt82n",
        devNodeScript(n("s8b"), [
            ...heredocFile("/etc/anacrontab", [
                "SHELL=/bin/sh",
                "PATH=/sbin:/bin:/usr/sbin:/usr/bin",
                "1 5 ops.daily nice /usr/sbin/logrotate /etc/logrotate.conf",
            ]),
        ]),
    ),
    // S19 bash hash -p binding to the image's /usr/sbin/chronyc.
    devNodeCase(
        "S19 hash -p /usr/sbin/chronyc chronyc; chronyc makestep-rt82n",
        devNodeScript(n("s19"), ["hash -p /usr/sbin/chronyc chronyc", "chronyc makestep"]),
    ),
    // S20 nft -I of root-owned /etc/nftables for a relative include root wrote.
    devNodeCase(
        "S20 nft -I /etc/nftables -f ops.nft include rules.nft (written)-rt82n",
        devNodeScript(n("s20"), [
            ...heredocFile("/etc/nftables/rules.nft", ["table inet ops {", "}"]),
            ...heredocFile("/etc/nftables/ops.nft", ['include "rules.nft"']),
            "nft -I /etc/nftables -f /etc/nftables/ops.nft",
        ]),
    ),
    // S21 crontab(1) - from a here-document (known job).
    devNodeCase(
        "S21 crontab -u root - <<EOF (known job)-rt82n",
        devNodeScript(n("s21"), [
            "crontab -u root - <<'EOF'",
            "0 3 * * * /usr/sbin/logrotate /etc/logrotate.conf",
            "EOF",
        ]),
    ),
    // S22 core(5) pipe through nice(1) to the image's systemd-coredump: both programs image-owned.
    devNodeCase(
        "S22 core_pattern |/usr/bin/nice /usr/lib/systemd/systemd-coredump-rt82n",
        devNodeScript(n("s22"), [
            "sysctl -w 'kernel.core_pattern=|/usr/bin/nice -n 10 /usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h'",
        ]),
    ),
    // S23 systemd-sysctl(8) applying a file the script wrote with plain settings (vm.max_map_count).
    // Was a MISS (fixed in round 82): secure refused: "user data writes /etc/sysctl.d/99-ops.conf ... with content the pack does not read (a
    // command it runs: /usr/lib/systemd/systemd-sysctl /etc/sysctl.d/99-ops.conf: systemd-sysctl, a program the pack
    // does not read, names it)". Same root as SYSCTL-APPLIER-INPUTS: systemd-sysctl is unknown, so a root-written file
    // it names fails closed while a planted one (A1) passes. Fix: the sysctl-applier table (read-only of its operands).
    devNodeCase(
        "S23 systemd-sysctl /etc/sysctl.d/99-ops.conf (written)-rt82n",
        devNodeScript(n("s23"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["vm.max_map_count = 262144"]),
            "/usr/lib/systemd/systemd-sysctl /etc/sysctl.d/99-ops.conf",
        ]),
        /./,
    ),
    // T1 the safe idiom: ${VAR:+:$VAR} adds no empty entry when unset (bash(1) parameter expansion); cwd /tmp unused.
    // Was a MISS (fixed in round 82): secure refused: "has a root process run /tmp/+ (a command it runs: export LD_LIBRARY_PATH=...${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH} (LD_LIBRARY_PATH)), under /tmp". bash(1) ${parameter:+word}: "If parameter is null or unset, nothing is substituted"; LD_LIBRARY_PATH is unset in user data, so the value is /usr/local/lib64 (no empty entry). Where: rootReads.ts RootReads.plantedSearchList / the search-list splitter reads the unexpanded `:+:` text as an entry `+` relative to the cwd. Fix (general): expand ${V:+W}/${V:-W} with the reader's known variables before splitting a search list; an unknown V makes the entry unknown, not `+`.
    // Fixed (round 82): rootReads.ts conditionalExpansions expands ${V:+W}/${V+W}/${V:-W}/${V-W} into both texts it
    // may give before RootReads.plantedSearchList splits the list.
    devNodeCase(
        "T1 cd /tmp; export LD_LIBRARY_PATH=/usr/local/lib64${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}-rt82n",
        devNodeScript(n("t1"), [
            "cd /tmp",
            'export LD_LIBRARY_PATH="/usr/local/lib64${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"',
            "chronyc makestep",
        ]),
    ),
    // T1 neighbour (round 82): bash(1) ${PATH:-W} substitutes W when PATH is unset; a root-owned default is clean.
    devNodeCase(
        "PATH=/opt/ops/bin:${PATH:-/usr/sbin:/usr/bin} in cwd /tmp-fix82",
        devNodeScript(n("f82t1b"), [
            "cd /tmp",
            'export PATH="/opt/ops/bin:${PATH:-/usr/sbin:/usr/bin}"',
            "chronyc makestep",
        ]),
    ),
    // T2 a read loop over a here-document of known plain settings (no helper key).
    devNodeCase(
        "T2 while read k v; do sysctl -w $k=$v; done <<EOF vm.*-rt82n",
        devNodeScript(n("t2"), [
            "while read -r k v; do sysctl -w \"$k=$v\"; done <<'EOF'",
            "vm.max_map_count 262144",
            "vm.swappiness 10",
            "EOF",
        ]),
    ),
    // E7 neighbour (round 82): a read loop over a file the script wrote itself (known text: no helper key) is clean.
    devNodeCase(
        "while read k v; do sysctl -w $k=$v; done < /etc/ops/sysctl.list (written)-fix82",
        devNodeScript(n("f82e7s"), [
            ...heredocFile("/etc/ops/sysctl.list", ["vm.max_map_count 262144", "net.core.somaxconn 4096"]),
            'while read -r k v; do sysctl -w "$k=$v"; done < /etc/ops/sysctl.list',
        ]),
    ),
    // T3 source of /dev/stdin from a here-document root wrote (known text).
    // Was a MISS (fixed in round 82): secure refused: "a root process of the node relay or route to instance metadata (a command it runs: source /dev/stdin <<'EOF')". bash(1) source reads and executes commands from FILENAME; /dev/stdin is the here-document root wrote (known text: an export of NO_PROXY, the same as R81 S4's set-environment NO_PROXY, which is clean). Where: rootReads.ts: `source /dev/stdin` with a here-document is not read as a script (shellReadsStdin knows shells, not source/.), so the unknown command holding 169.254.169.254 is judged a metadata relay. Fix (general): source/. of /dev/stdin, /dev/fd/0, /proc/self/fd/0 reads fd 0's text (here-doc, here-string, pipe, redirect) as the script's own lines.
    // Still open (round 82): the sourced text is read as the script's own lines (this.script), but also still as a root
    // shell line (rootShellLine), where round 65's reverse shells are judged; that judgement refuses any line naming
    // 169.254.169.254. The fix needs rootShellLine's relay checks to run on the script's own lines instead.
    // Fixed in round 83: rootReads.ts rootShellLine leaves instance metadata named in its commands' words to the
    // command-by-command reading (imdsOnlyInWords); a redirection naming it keeps the whole line a relay.
    devNodeCase(
        "T3 source /dev/stdin <<EOF (export NO_PROXY)-rt82n",
        devNodeScript(n("t3"), [
            "source /dev/stdin <<'EOF'",
            "export NO_PROXY=169.254.169.254",
            "EOF",
            "systemctl restart chronyd",
        ]),
    ),
    // T3 neighbour (round 82): `. /dev/fd/0` of a here-string root wrote (bash(1) "."; proc(5) fd 0) is its own line.
    // Still open (round 82): as T3.
    // Fixed in round 83: as T3.
    devNodeCase(
        ". /dev/fd/0 <<< 'export NO_PROXY=169.254.169.254'-fix82",
        devNodeScript(n("f82t3b"), [
            ". /dev/fd/0 <<< 'export NO_PROXY=169.254.169.254,localhost'",
            "systemctl restart chronyd",
        ]),
    ),
    // T3 neighbour (round 83): a sourced here-document whose line only prints the address into a log (echo, as the
    // user data's own `echo` line is judged) relays nothing.
    devNodeCase(
        "source /dev/stdin <<EOF (echo metadata at 169.254.169.254 >> /var/log/ops.log)-fix83",
        devNodeScript(n("f83t3c"), [
            "source /dev/stdin <<'EOF'",
            "echo 'metadata endpoint 169.254.169.254' >> /var/log/ops.log",
            "EOF",
        ]),
    ),
    // HELPER-LAUNCHER-OPERANDS neighbours (round 82): launchers of image programs with image-owned settings are clean
    // (timeout(1), env(1) of a fixed locale: no loader variable).
    devNodeCase(
        "core_pattern |/usr/bin/timeout 30 /usr/lib/systemd/systemd-coredump-fix82",
        devNodeScript(n("f82s1"), [
            "sysctl -w 'kernel.core_pattern=|/usr/bin/timeout 30 /usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h'",
        ]),
    ),
    devNodeCase(
        "poweroff_cmd /usr/bin/env LANG=C /sbin/poweroff-fix82",
        devNodeScript(n("f82s2"), ["echo '/usr/bin/env LANG=C /sbin/poweroff' > /proc/sys/kernel/poweroff_cmd"]),
    ),
    // TMPFILES-COPY-SOURCE neighbours (round 82): a C copy of a file the script wrote with known text carries that text
    // (clean umask setting); C without an argument copies the image's /usr/share/factory file (tmpfiles.d(5)).
    devNodeCase(
        "tmpfiles.d C /etc/profile.d/ops.sh from a written file-fix82",
        devNodeScript(n("f82s3"), [
            ...heredocFile("/etc/ops/profile.sh", ["umask 027"]),
            ...heredocFile("/etc/tmpfiles.d/ops.conf", [
                "C /etc/profile.d/ops.sh 0644 root root - /etc/ops/profile.sh",
            ]),
            "systemd-tmpfiles --create",
        ]),
    ),
    devNodeCase(
        "tmpfiles.d C /etc/issue (factory)-fix82",
        devNodeScript(n("f82s4"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", ["C /etc/issue - - - -"]),
            "systemd-tmpfiles --create",
        ]),
    ),
    // SYSCTL-APPLIER-INPUTS neighbours (round 82): plain settings piped to sysctl -p - (procps sysctl(8)), and
    // systemd-sysctl of a sysctl.d(5) file by name (searched in the root-owned configuration directories).
    devNodeCase(
        "printf vm.swappiness=10 | sysctl -p --fix82",
        devNodeScript(n("f82s5"), ["printf 'vm.swappiness=10\\n' | sysctl -p -"]),
    ),
    devNodeCase(
        "systemd-sysctl --prefix=net.ipv4 50-default.conf-fix82",
        devNodeScript(n("f82s6"), ["/usr/lib/systemd/systemd-sysctl --prefix=net.ipv4 50-default.conf"]),
    ),
    // COMPUTED-SYSCTL-KEYS neighbours (round 82): a literal key that is no kernel helper with a computed value is
    // clean (sysctl(8); KERNEL_HELPERS lists the helper keys).
    devNodeCase(
        'sysctl -w "vm.nr_hugepages=$(nproc)"-fix82',
        devNodeScript(n("f82s7"), ['sysctl -w "vm.nr_hugepages=$(nproc)"']),
    ),
    devNodeCase(
        'N=$(nproc); echo "$N" > /proc/sys/vm/nr_hugepages-fix82',
        devNodeScript(n("f82s8"), ["N=$(nproc)", 'echo "$N" > /proc/sys/vm/nr_hugepages']),
    ),
    // ---- round 82 fixes: secure neighbours (fix82) ----
    // iptables(8) XTABLES_LIBDIR of the packaged extension directory (root-owned).
    devNodeCase(
        "XTABLES_LIBDIR=/usr/lib64/xtables iptables -L-fix82",
        devNodeScript(n("g1"), ["XTABLES_LIBDIR=/usr/lib64/xtables iptables -L -n"]),
    ),
    // nft(8) include of a file the script wrote, under /etc/nftables.
    devNodeCase(
        'nft -f ops.nft with include "/etc/nftables/base.nft" (written)-fix82',
        devNodeScript(n("g2"), [
            ...heredocFile("/etc/nftables/base.nft", ["table inet ops {", "}"]),
            ...heredocFile("/etc/nftables/ops.nft", ['include "/etc/nftables/base.nft"']),
            "nft -f /etc/nftables/ops.nft",
        ]),
    ),
    // iptables-services' documented save: iptables-save > /etc/sysconfig/iptables (root's current rules, nothing planted).
    devNodeCase(
        "iptables-save > /etc/sysconfig/iptables-fix82",
        devNodeScript(n("g3"), ["iptables-save > /etc/sysconfig/iptables"]),
    ),
    // bash(1) hash -p of a system program.
    devNodeCase(
        "hash -p /usr/bin/python3 python; python -V-fix82",
        devNodeScript(n("g4"), ["hash -p /usr/bin/python3 python", "python -V"]),
    ),
    // bash(1) enable -f of the packaged loadable builtins (bash-devel/bash's /usr/lib64/bash).
    devNodeCase(
        "enable -f /usr/lib64/bash/realpath realpath-fix82",
        devNodeScript(n("g5"), ["enable -f /usr/lib64/bash/realpath realpath"]),
    ),
    // ld.so(8) --list of a system program (prints its libraries, loads nothing planted).
    devNodeCase(
        "ld-linux-x86-64 --list /usr/bin/true-fix82",
        devNodeScript(n("g6"), ["/lib64/ld-linux-x86-64.so.2 --list /usr/bin/true"]),
    ),
    // crontab(1) - with standard input a file the script wrote.
    devNodeCase(
        "crontab - < /etc/ops/root.cron (written)-fix82",
        devNodeScript(n("g7"), [
            ...heredocFile("/etc/ops/root.cron", ["0 3 * * * /usr/bin/systemctl restart chronyd"]),
            "crontab - < /etc/ops/root.cron",
        ]),
    ),
    // ctr images import of an archive in a root-owned directory of the image.
    devNodeCase(
        "ctr -n k8s.io images import /opt/images/pause.tar-fix82",
        devNodeScript(n("g8"), ["ctr -n k8s.io images import /opt/images/pause.tar"]),
    ),
    // puppet apply of the image's own manifest.
    devNodeCase(
        "puppet apply /etc/puppetlabs/code/site.pp-fix82",
        devNodeScript(n("g9"), ["puppet apply /etc/puppetlabs/code/site.pp"]),
    ),
    // crontab(5) /etc/crontab running the image's /etc/cron.hourly by run-parts(8).
    devNodeCase(
        "/etc/crontab 01 * * * * root run-parts /etc/cron.hourly-fix82",
        devNodeScript(n("g10"), [
            ...heredocFile("/etc/crontab", [
                "SHELL=/bin/bash",
                "PATH=/sbin:/bin:/usr/sbin:/usr/bin",
                "01 * * * * root run-parts /etc/cron.hourly",
            ]),
        ]),
    ),
];

describeNodeCases("red team round 82: node", insecure, secure);
