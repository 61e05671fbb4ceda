// Red-team round 73 (fresh eyes) on EKS NODE security, area nsec: listeners of programs root runs on nodes, hardest
// on round 73's listener fixes (UNREAD_INTERPRETERS, names judged again with the FINAL /etc/hosts, units' BindPaths=,
// Go flags ending at `--`), both directions. Deno/Bun hostnames, Erlang/Elixir listeners, `java -cp . Main` and built
// binaries' argv were left to another fixer.
// Probed: socket servers in gawk (/inet/tcp), Tcl, zsh ztcp, openssl s_server -WWW, LuaSocket, Dart, babashka,
// Crystal, SWI-Prolog, Octave, Kotlin script, #! executables (julia, escript, env -S); /etc/hosts changed by chroot,
// RootDirectory=, multi-entry/'-'/quoted BindReadOnlyPaths=, systemd-run -p/--property=, type-wide / prefix / /run
// drop-ins, tmpfiles.d f+/L+/C+, rsync, mv, dd, perl -pi, aws s3 cp, tar/unzip over /, docker -v over /etc/hosts,
// nsswitch.conf, a deferred cloud-config write_files part, a name loopback at start and rebound later; Go flag
// semantics (last value wins, parsing stops at the first non-flag or a lone `-`); IPv4/IPv6 forms (::ffff:0.0.0.0,
// ::0.0.0.0, 0, 0:0:0:0:0:0:0:0, ::ffff:127.0.0.1, 0:0:0:0:0:0:0:1, 0177.0.0.1, 127.1); ssh -g / GatewayPorts,
// iptables/nft DNAT with route_localnet, socket units with a drop-in adding ListenStream=, busybox inetd, xinetd.
// Misses (19 insecure accepted, 4 secure refused):
// - insecure, OPENSSL-S_SERVER-WWW: openssl s_server -WWW in / on *:port (no SERVERS reader).
// - insecure, UNREAD-INTERPRETER-MISSING: dart run, bb -e, crystal run, swipl, octave --eval (5 cases).
// - insecure, UNREAD-SHEBANG-ESCRIPT: an executable whose #! is escript (direct or env -S; by path or as ExecStart) (3).
// - insecure, TRANSIENT-UNIT-MOUNT-HOSTS: systemd-run -p/--property=BindReadOnlyPaths=/BindPaths= over /etc/hosts (2).
// - insecure, UNIT-MOUNT-QUOTED: BindReadOnlyPaths="SRC:/etc/hosts" (quotes kept by unitResolver).
// - insecure, UNIT-MOUNT-TYPE-DROP-IN: service.d/, ops-.service.d/ and /run/systemd/system/ops.service.d/ drop-ins (3).
// - insecure, TMPFILES-HOSTS-LINK: tmpfiles.d L+ / C+ /etc/hosts applied by systemd-tmpfiles --create (2).
// - insecure, ARCHIVE-OVER-ETC-HOSTS: tar -x -C / and unzip -d / of an unread archive (2).
// - secure (fail closed): GO-FLAG-NONFLAG-STOP (go run . extra -addr=:8081; go run . - -addr=:8081), GO-FLAG-LAST-WINS
//   (-addr=:8081 -addr=127.0.0.1:8081), UNIT-MOUNT-READ-SOURCE (a bind-mounted hosts file user data wrote that keeps
//   localhost loopback).
// Held: 36 of 55 insecure refused (gawk, Tcl, zsh, LuaSocket, Kotlin, #!julia, chroot, RootDirectory=, multi-entry
// BindReadOnlyPaths=, tmpfiles f+, rsync/mv/dd/perl/s3 cp, docker -v, Go last-value/leading flags, every unspecified
// spelling, ssh -g/GatewayPorts, DNAT with route_localnet, ListenStream= drop-in, inetd, xinetd, hosts rebound after
// start, nsswitch, deferred write_files; a loopback IMDS relay is refused by design: pinned); 10 of 14 secure clean
// (names appended as loopback, mapped/octal/short loopback forms, [::1] socket unit, OUTPUT DNAT to loopback,
// version-only interpreters).
import {
    al2023Nodes,
    cloudConfig,
    describeNodeCases,
    devNodeCase,
    devNodeScript,
    heredocFile,
    mime,
    NodeCase,
    nodeConfig,
    shellScript,
    systemdUnit,
} from "./nodeBuilders";

const dev = devNodeCase;
const script = devNodeScript;
const file = heredocFile;

const GO_MOD = ["module example.com/ops", "", "go 1.22"];
/** A Go program /opt/ops/main.go (with go.mod) run by `run` (a line in /opt/ops). */
const goApp = (name: string, main: string[], run: string) =>
    script(name, [
        ...file("/opt/ops/go.mod", GO_MOD),
        ...file("/opt/ops/main.go", ["package main", "", ...main]),
        `cd /opt/ops && ${run}`,
    ]);
/** A Go file server of / on the address given by flag -addr (default loopback). */
const GO_FLAG_SERVER = [
    'import (\n\t"flag"\n\t"net/http"\n)',
    "",
    "func main() {",
    '\taddr := flag.String("addr", "127.0.0.1:8080", "listen address")',
    "\tflag.Parse()",
    '\thttp.ListenAndServe(*addr, http.FileServer(http.Dir("/")))',
    "}",
];
/** A Node.js reader of / (the request path) on 8081 at `host`. */
const nodeFiles = (host: string) => [
    'const http = require("http");',
    'const fs = require("fs");',
    `http.createServer((q, s) => fs.createReadStream(q.url).pipe(s)).listen(8081, "${host}");`,
];
/** A hosts(5) file naming localhost 0.0.0.0 (every address). */
const REBOUND_HOSTS = ["0.0.0.0 localhost localhost.localdomain", "::1 localhost6"];
/** A hosts(5) file keeping localhost loopback and naming two more loopback names. */
const LOOPBACK_HOSTS = [
    "127.0.0.1 localhost localhost.localdomain ops-local",
    "::1 localhost localhost6 localhost6.localdomain6",
];
/** python3's http.server of / bound to `host` (in /, backgrounded). */
const pyServe = (host: string) => `cd / && nohup python3 -m http.server --bind ${host} 8081 >/var/log/ops.log 2>&1 &`;

const insecure: NodeCase[] = [
    // gawk manual "TCP/IP Networking" (`/inet/tcp/lport/rhost/rport`, rport 0: a server on lport, every address) and
    // "Two-Way Communications" (|&): a root shell on every address. Held.
    dev(
        "gawk BEGIN /inet/tcp/8081/0/0 server running each line with |& sh",
        script("dev-nsec1-rt73", [
            `nohup gawk 'BEGIN { s = "/inet/tcp/8081/0/0"; while ((s |& getline line) > 0) { while ((line | getline out) > 0) print out |& s; close(line) } }' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // Tcl socket(n) "socket -server command ?options? port" ("-myaddr ... If this option is omitted, the server socket
    // is bound to the wildcard address") and exec(n): a root shell on every address. Held.
    dev(
        "tclsh /opt/ops/serve.tcl: socket -server (no -myaddr) running each line with exec sh -c",
        script("dev-nsec2-rt73", [
            ...file("/opt/ops/serve.tcl", [
                "proc serve {c addr port} { gets $c line; puts $c [exec sh -c $line]; close $c }",
                "socket -server serve 8081",
                "vwait forever",
            ]),
            "nohup tclsh /opt/ops/serve.tcl >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // zshmodules(1) zsh/net/tcp "ztcp -l port" (listens on every address), "ztcp -a fd" accepts: a root shell. Held.
    dev(
        "zsh -c 'zmodload zsh/net/tcp; ztcp -l 8081; ztcp -a $REPLY' with a shell on the descriptor",
        script("dev-nsec3-rt73", [
            `nohup zsh -c 'zmodload zsh/net/tcp; ztcp -l 8081; l=$REPLY; while true; do ztcp -a $l; c=$REPLY; sh <&$c >&$c 2>&1; ztcp -c $c; done' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class OPENSSL-S_SERVER-WWW. openssl-s_server(1): "-accept val: The optional TCP host
    // and port to listen on for connections. If not specified, *:4433 is used" (a port alone: every address) and "-WWW:
    // Emulates a simple web server. Pages will be resolved relative to the current directory": started in /, GET
    // /var/lib/kubelet/kubeconfig (or /var/lib/kubelet/pods/*/volumes/.../token) returns the kubelet's credentials and
    // every pod's token to every pod. The pack knows s_server serves its working directory (rootReads.ts: "openssl
    // unless it serves (`s_server`, whose -WWW/-HTTP serve the working directory") but no listener reader in
    // userDataReaders/commandServers.ts SERVERS judges `openssl s_server`, so its bind and served directory are
    // never judged. Fix: a SERVERS entry for openssl s_server (-accept [host:]port, default *:4433; -WWW/-HTTP serve
    // the cwd, -www only a status page; unread options fail closed), judged like php -S / python http.server.
    dev(
        "openssl s_server -accept 8081 -WWW in / (files relative to the working directory)",
        script("dev-nsec4-rt73", [
            "openssl req -x509 -newkey rsa:2048 -nodes -keyout /opt/ops.key -out /opt/ops.crt -subj /CN=ops -days 365",
            "cd / && nohup openssl s_server -accept 8081 -cert /opt/ops.crt -key /opt/ops.key -WWW >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // LuaSocket reference (socket.bind(address, port): "address '*' ... binds to all local interfaces") and
    // io.popen: a root shell on every address. Held.
    dev(
        "lua -e LuaSocket socket.bind('*', 8081) answering io.popen(line)",
        script("dev-nsec5-rt73", [
            `nohup lua -e 'local s = require("socket").bind("*", 8081); while true do local c = s:accept(); local l = c:receive(); c:send(io.popen(l):read("a")); c:close() end' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // chroot(1): the command's / is /opt/root, so glibc reads /opt/root/etc/hosts (localhost 0.0.0.0); mount(8) --bind
    // puts the kubelet's directory there. Held.
    dev(
        "chroot /opt/root (its /etc/hosts maps localhost to 0.0.0.0) python3 -m http.server --bind localhost of the kubelet dir",
        script("dev-nsec6-rt73", [
            "mkdir -p /opt/root/srv/kubelet",
            ...file("/opt/root/etc/hosts", REBOUND_HOSTS),
            "mount --bind /var/lib/kubelet /opt/root/srv/kubelet",
            "nohup chroot /opt/root python3 -m http.server --bind localhost --directory /srv 8081 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // systemd.exec(5) RootDirectory= ("Takes a directory path ... sets the root directory for executed processes"):
    // the unit's /etc/hosts is /opt/root/etc/hosts. Held (rootWrites.ts unitResolver).
    dev(
        "unit RootDirectory=/opt/root (its /etc/hosts maps localhost 0.0.0.0), BindReadOnlyPaths=/var/lib/kubelet, http.server --bind localhost",
        script("dev-nsec7-rt73", [
            ...file("/opt/root/etc/hosts", REBOUND_HOSTS),
            ...systemdUnit("ops", [
                "RootDirectory=/opt/root",
                "BindReadOnlyPaths=/var/lib/kubelet",
                "WorkingDirectory=/var/lib/kubelet",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // systemd.exec(5) BindReadOnlyPaths= ("multiple ... space-separated", "may be prefixed with '-'", ":norbind"):
    // the second entry mounts the written file over /etc/hosts. Held.
    dev(
        "unit BindReadOnlyPaths=/usr/share/zoneinfo -/opt/ops/hosts:/etc/hosts:norbind (second entry, '-' prefix, options)",
        script("dev-nsec8-rt73", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...systemdUnit("ops", [
                "BindReadOnlyPaths=/usr/share/zoneinfo -/opt/ops/hosts:/etc/hosts:norbind",
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class TRANSIENT-UNIT-MOUNT-HOSTS. systemd-run(1) "-p, --property=: Sets a property on
    // the service unit that is created. This takes an assignment in the same format as systemctl(1)'s set-property
    // command" (every systemd.exec(5) setting a transient service takes, BindReadOnlyPaths= among them): the transient
    // unit's /etc/hosts maps localhost to 0.0.0.0 and http.server serves / (the kubelet's kubeconfig, every pod's
    // token) to every pod. The pack's round 73 rule only reads unit FILES and their `NAME.d/` drop-ins
    // (userDataReaders/rootWrites.ts unitResolver: the `how` must name a unit file). Fix: read systemd-run's
    // -p/--property= BindPaths=/BindReadOnlyPaths=/TemporaryFileSystem=/RootDirectory=/RootImage= as the transient
    // unit's own (a hosts mount there: its names unknown, fail closed).
    dev(
        "systemd-run -p BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts python3 -m http.server --bind localhost",
        script("dev-nsec9-rt73", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            "systemd-run --unit ops -p WorkingDirectory=/ -p BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts /usr/bin/python3 -m http.server --bind localhost 8081",
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class UNIT-MOUNT-QUOTED. systemd.syntax(7) ("Each setting ... may be quoted with
    // double or single quotes"; BindPaths= values are split with quote removal, extract_first_word EXTRACT_UNQUOTE):
    // "/opt/ops/hosts:/etc/hosts" is the same bind mount; socat's bind=localhost is then 0.0.0.0, a root shell on
    // every address. rootWrites.ts unitResolver splits the value on whitespace and keeps the quote, so the destination
    // reads `/etc/hosts"` and matches nothing. Fix: unquote each entry (systemd's word splitting) before `covers`.
    dev(
        "unit BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts (quoted with a space-free value) + ExecStart=socat bind=localhost EXEC:/bin/sh",
        script("dev-nsec10-rt73", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...systemdUnit("ops", [
                'BindReadOnlyPaths="/opt/ops/hosts:/etc/hosts"',
                "ExecStart=/usr/bin/socat TCP-LISTEN:8081,bind=localhost,fork EXEC:/bin/sh",
            ]),
        ]),
    ),
    // tmpfiles.d(5) "f+ ... the file is truncated and the argument written": /etc/hosts maps localhost to 0.0.0.0. Held.
    dev(
        "tmpfiles.d f+ /etc/hosts '0.0.0.0 localhost' + systemd-tmpfiles --create, then node listen(8081, 'localhost')",
        script("dev-nsec11-rt73", [
            ...file("/etc/tmpfiles.d/ops-hosts.conf", ["f+ /etc/hosts 0644 root root - 0.0.0.0 localhost"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops-hosts.conf",
            ...file("/opt/ops/server.js", nodeFiles("localhost")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class TMPFILES-HOSTS-LINK. tmpfiles.d(5) "L+": "If the destination path exists and is not
    // a symlink, it is removed and replaced by the symlink"; systemd-tmpfiles(8) --create applies every tmpfiles.d
    // file: /etc/hosts becomes a link to the written file (localhost 0.0.0.0), http.server serves / on every address.
    // rootWrites.ts reads tmpfiles `L` lines as links for hostPath purposes (line ~1023) but not into the resolver
    // state (`resolving`/hostsResolution): `ln -sf` over /etc/hosts is judged (rt72 dev-nsec6), this is not. Fix: a
    // tmpfiles.d L+/C/C+/f+/w/w+ line on /etc/hosts or a RESOLVER_FILES path, applied by systemd-tmpfiles --create (or
    // at boot: systemd-tmpfiles-setup.service) changes the resolver state like the matching cp/ln/echo.
    dev(
        "tmpfiles.d L+ /etc/hosts -> /opt/ops/hosts + systemd-tmpfiles --create, then python3 http.server --bind localhost",
        script("dev-nsec12-rt73", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/etc/tmpfiles.d/ops-hosts.conf", ["L+ /etc/hosts - - - - /opt/ops/hosts"]),
            "systemd-tmpfiles --create",
            pyServe("localhost"),
        ]),
    ),
    // rsync(1) copies SOURCE to DEST: /etc/hosts maps localhost to 0.0.0.0. Held.
    dev(
        "rsync /opt/ops/hosts /etc/hosts, then python3 http.server --bind localhost",
        script("dev-nsec13-rt73", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            "rsync -a /opt/ops/hosts /etc/hosts",
            pyServe("localhost"),
        ]),
    ),
    // mv(1) renames SOURCE to DEST. Held.
    dev(
        "mv /opt/ops/hosts /etc/hosts, then python3 http.server --bind localhost",
        script("dev-nsec14-rt73", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            "mv -f /opt/ops/hosts /etc/hosts",
            pyServe("localhost"),
        ]),
    ),
    // dd(1) of=FILE ("write to FILE instead of stdout"). Held.
    dev(
        "printf '0.0.0.0 localhost\\n' | dd of=/etc/hosts, then node listen(8081, 'localhost')",
        script("dev-nsec15-rt73", [
            "printf '0.0.0.0 localhost\\n' | dd of=/etc/hosts status=none",
            ...file("/opt/ops/server.js", nodeFiles("localhost")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // perlrun(1) -i (edit in place), -p: /etc/hosts rewritten. Held.
    dev(
        "perl -pi -e 's/^127\\.0\\.0\\.1/0.0.0.0/' /etc/hosts, then python3 http.server --bind localhost",
        script("dev-nsec16-rt73", ["perl -pi -e 's/^127\\.0\\.0\\.1/0.0.0.0/' /etc/hosts", pyServe("localhost")]),
    ),
    // AWS CLI `s3 cp` to /etc/hosts: content the pack cannot read (every address, fail closed). Held.
    dev(
        "aws s3 cp s3://ops-config/hosts /etc/hosts, then python3 http.server --bind localhost",
        script("dev-nsec17-rt73", ["aws s3 cp s3://ops-config/hosts /etc/hosts", pyServe("localhost")]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class ARCHIVE-OVER-ETC-HOSTS. tar(1) -x -C / ("extract files from an archive", "-C, change to
    // DIR"): a downloaded archive the pack cannot read may hold etc/hosts (localhost 0.0.0.0); http.server --bind
    // localhost then serves / to every pod. The resolver state (rootWrites.ts resolving: changedFiles/rewritten) does
    // not count an extraction as a write of the files under its directory. Fix: an extraction (tar -x, unzip, cpio
    // -i, bsdtar, rpm2cpio|cpio) into /, /etc or a parent of a RESOLVER_FILES path of an archive whose members the
    // pack cannot list makes /etc/hosts unknown (every name unknown: fail closed), like `curl -o /etc/hosts`.
    dev(
        "tar -xzf /opt/ops/etc.tgz -C / (an archive the pack cannot read: etc/hosts), then python3 http.server --bind localhost",
        script("dev-nsec18-rt73", [
            "curl -fsSL -o /opt/ops/etc.tgz https://config.example.com/etc.tgz",
            "tar -xzf /opt/ops/etc.tgz -C /",
            pyServe("localhost"),
        ]),
    ),
    // Docker run reference (--network host: the host's network stack; -v SRC:/etc/hosts): localhost is 0.0.0.0 in
    // the container, and the kubelet's directory is served on the node's addresses. Held.
    dev(
        "docker run --network host -v /opt/ops/hosts:/etc/hosts -v /var/lib/kubelet:/srv python http.server --bind localhost",
        script("dev-nsec19-rt73", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            "docker run -d --network host -v /opt/ops/hosts:/etc/hosts:ro -v /var/lib/kubelet:/srv:ro python:3.12 python -m http.server --bind localhost --directory /srv 8081",
        ]),
    ),
    // pkg.go.dev flag (a flag set twice: Set is called for each, the last value stays): -addr=:8081, every address. Held.
    dev(
        "go run . -addr=127.0.0.1:8081 -addr=:8081 (flag: the last value wins)",
        goApp(
            "dev-nsec20-rt73",
            GO_FLAG_SERVER,
            "nohup go run . -addr=127.0.0.1:8081 -addr=:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // pkg.go.dev flag ("Flag parsing stops just before the first non-flag argument"): -addr :8081 comes first. Held.
    dev(
        "go run . -addr :8081 extra (flags before the first non-flag are parsed)",
        goApp("dev-nsec21-rt73", GO_FLAG_SERVER, "nohup go run . -addr :8081 extra >/var/log/ops.log 2>&1 &"),
    ),
    // RFC 4291 §2.5.5.2 (IPv4-mapped), ipv6(7) (a v6 socket with IPV6_V6ONLY off takes IPv4 traffic to the mapped
    // address): ::ffff:0.0.0.0 is INADDR_ANY, every IPv4 address. Held (addresses.ts ipAddress maps it to v4 0).
    dev(
        "python3 -m http.server --bind ::ffff:0.0.0.0 (IPv4-mapped any: every IPv4 address)",
        script("dev-nsec22-rt73", [pyServe("::ffff:0.0.0.0")]),
    ),
    // inet_aton(3) ("a": a single number is the 32-bit address) via getaddrinfo: `0` is 0.0.0.0. Held.
    dev("python3 -m http.server --bind 0 (inet_aton: 0.0.0.0)", script("dev-nsec23-rt73", [pyServe("0")])),
    // RFC 4291 §2.2 (0:0:0:0:0:0:0:0 is ::, the unspecified address): every address. Held.
    dev(
        "node listen(8081, '0:0:0:0:0:0:0:0')",
        script("dev-nsec24-rt73", [
            ...file("/opt/ops/server.js", nodeFiles("0:0:0:0:0:0:0:0")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // socat(1) TCP6-LISTEN bind=; RFC 4291 §2.5.5.2: the IPv4-mapped any address, every IPv4 address. Held.
    dev(
        "socat TCP6-LISTEN:8081,bind=[::ffff:0.0.0.0],fork EXEC:/bin/sh",
        script("dev-nsec25-rt73", [
            "nohup socat TCP6-LISTEN:8081,bind=[::ffff:0.0.0.0],fork EXEC:/bin/sh >/dev/null 2>&1 &",
        ]),
    ),
    // ssh(1) "-g Allows remote hosts to connect to local forwarded ports": instance metadata on every address. Held.
    dev(
        "ssh -g -N -L 8081:169.254.169.254:80 localhost (instance metadata forwarded on every address)",
        script("dev-nsec26-rt73", [
            "ssh-keygen -q -t ed25519 -N '' -f /root/.ssh/fwd && cat /root/.ssh/fwd.pub >> /root/.ssh/authorized_keys",
            "nohup ssh -g -N -o StrictHostKeyChecking=no -i /root/.ssh/fwd -L 8081:169.254.169.254:80 root@localhost >/dev/null 2>&1 &",
        ]),
    ),
    // ssh_config(5) GatewayPorts ("whether remote hosts are allowed to connect to local forwarded ports"). Held.
    dev(
        "ssh -o GatewayPorts=yes -N -L 8081:169.254.169.254:80 localhost",
        script("dev-nsec27-rt73", [
            "ssh-keygen -q -t ed25519 -N '' -f /root/.ssh/fwd && cat /root/.ssh/fwd.pub >> /root/.ssh/authorized_keys",
            "nohup ssh -o GatewayPorts=yes -N -o StrictHostKeyChecking=no -i /root/.ssh/fwd -L 8081:169.254.169.254:80 root@localhost >/dev/null 2>&1 &",
        ]),
    ),
    // Linux ip-sysctl route_localnet ("Do not consider loopback addresses as martian source or destination while
    // routing"), iptables-extensions DNAT: the loopback server of / is reached from every pod. Held.
    dev(
        "route_localnet=1 + iptables DNAT :8081 -> 127.0.0.1:8080 where python3 http.server of / listens on loopback",
        script("dev-nsec28-rt73", [
            "sysctl -w net.ipv4.conf.all.route_localnet=1",
            "iptables -t nat -I PREROUTING -p tcp --dport 8081 -j DNAT --to-destination 127.0.0.1:8080",
            "cd / && nohup python3 -m http.server --bind 127.0.0.1 8080 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // The nft(8) form (dnat to) of the case above. Held.
    dev(
        "route_localnet=1 + nft dnat to 127.0.0.1:8080 where python3 http.server of / listens on loopback",
        script("dev-nsec29-rt73", [
            "sysctl -w net.ipv4.conf.eth0.route_localnet=1",
            "nft add table ip opsnat",
            "nft 'add chain ip opsnat pre { type nat hook prerouting priority -100; }'",
            "nft add rule ip opsnat pre tcp dport 8081 dnat to 127.0.0.1:8080",
            "cd / && nohup python3 -m http.server --bind 127.0.0.1 8080 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // systemd.socket(5) ListenStream= ("may be specified more than once"; a port alone listens on every address;
    // only an empty assignment resets the list): the drop-in adds every address to the loopback one. Held.
    dev(
        "ops.socket ListenStream=127.0.0.1:8081 plus a drop-in adding ListenStream=8081 (Accept=yes, a root shell)",
        script("dev-nsec30-rt73", [
            ...file("/etc/systemd/system/ops.socket", [
                "[Socket]",
                "ListenStream=127.0.0.1:8081",
                "Accept=yes",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/ops@.service", [
                "[Service]",
                "ExecStart=/bin/sh",
                "StandardInput=socket",
                "StandardOutput=socket",
            ]),
            ...file("/etc/systemd/system/ops.socket.d/more.conf", ["[Socket]", "ListenStream=8081"]),
            "systemctl daemon-reload",
            "systemctl enable --now ops.socket",
        ]),
    ),
    // inetd.conf(5) (busybox inetd: a service name or port, every address): a root shell. Held.
    dev(
        "inetd.conf '8081 stream tcp nowait root /bin/sh sh -i' (busybox inetd, every address)",
        script("dev-nsec31-rt73", [
            "echo '8081 stream tcp nowait root /bin/sh sh -i' > /etc/inetd.conf",
            "busybox inetd /etc/inetd.conf",
        ]),
    ),
    // xinetd.conf(5) (no `bind`: every address; only_from 0.0.0.0/0 admits every client): a root shell. Held.
    dev(
        "xinetd service (no bind) running /bin/sh; only_from 0.0.0.0/0",
        script("dev-nsec32-rt73", [
            ...file("/etc/xinetd.d/ops", [
                "service ops",
                "{",
                "    type = UNLISTED",
                "    port = 8081",
                "    socket_type = stream",
                "    protocol = tcp",
                "    wait = no",
                "    user = root",
                "    server = /bin/sh",
                "    only_from = 0.0.0.0/0",
                "}",
            ]),
            "systemctl enable --now xinetd",
        ]),
    ),
    // hosts(5); the name is loopback when the server starts and 0.0.0.0 in the final state (round 73's re-judging). Held.
    dev(
        "echo '127.0.0.1 ops-local' >> /etc/hosts, later sed -i 's/127.0.0.1 ops-local/0.0.0.0 ops-local/'; http.server --bind ops-local started between",
        script("dev-nsec33-rt73", [
            "echo '127.0.0.1 ops-local' >> /etc/hosts",
            pyServe("ops-local"),
            "sed -i 's/^127.0.0.1 ops-local/0.0.0.0 ops-local/' /etc/hosts",
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class TMPFILES-HOSTS-LINK (copy form). tmpfiles.d(5) "C+": "Recursively copy a file or
    // directory ... the destination is removed and replaced" with the source (the + form replaces an existing
    // path): /etc/hosts is the written file. Same place and fix as the L+ case.
    dev(
        "tmpfiles.d C+ /etc/hosts from /opt/ops/hosts + systemd-tmpfiles --create, then python3 http.server --bind localhost",
        script("dev-nsec34-rt73", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/etc/tmpfiles.d/ops-hosts.conf", ["C+ /etc/hosts - - - - /opt/ops/hosts"]),
            "systemd-tmpfiles --create",
            pyServe("localhost"),
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class UNIT-MOUNT-TYPE-DROP-IN. systemd.unit(5) drop-ins: "... in addition to
    // foo-bar-baz.service.d/, the directories foo-bar-.service.d/, foo-.service.d/ and service.d/ are searched" (the
    // systemd commit "dropin: when looking for dropins for a unit, also look within '-' prefix unit dirs", and the
    // top-level type drop-in `service.d/`, systemd 246+; AL2023 ships 252): every service's /etc/hosts is the written
    // file, so ops.service's localhost is 0.0.0.0 and it serves /. rootWrites.ts unitResolver only takes drop-ins
    // under `${unit}.d/`. Fix: the drop-ins of a unit are every `*.conf` in NAME.d/, each dash-prefix `P-.TYPE.d/`
    // and `TYPE.d/`, in every unit directory (/etc, /run, /usr/lib systemd/system).
    dev(
        "type-wide drop-in /etc/systemd/system/service.d/hosts.conf BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts, unit http.server --bind localhost",
        script("dev-nsec35-rt73", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/etc/systemd/system/service.d/hosts.conf", [
                "[Service]",
                "BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts",
            ]),
            ...systemdUnit("ops", [
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class UNIT-MOUNT-TYPE-DROP-IN (prefix form `ops-.service.d/` for ops-web.service).
    // Same doc, place and fix as the case above.
    dev(
        "prefix drop-in ops-.service.d/hosts.conf for ops-web.service, BindReadOnlyPaths over /etc/hosts",
        script("dev-nsec36-rt73", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/etc/systemd/system/ops-.service.d/hosts.conf", [
                "[Service]",
                "BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts",
            ]),
            ...systemdUnit("ops-web", [
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class UNIT-MOUNT-TYPE-DROP-IN (another unit directory). systemd.unit(5) "Along with a
    // unit file foo.service, a 'drop-in' directory foo.service.d/ may exist" in any directory of the unit search path
    // (/run/systemd/system outranks /etc's unit but its drop-ins all apply). unitResolver only takes drop-ins beside
    // the unit file (`${unit}.d/` with the unit's own directory). Same fix.
    dev(
        "drop-in under /run/systemd/system/ops.service.d/ BindReadOnlyPaths over /etc/hosts, unit in /etc",
        script("dev-nsec37-rt73", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/run/systemd/system/ops.service.d/hosts.conf", [
                "[Service]",
                "BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts",
            ]),
            ...systemdUnit("ops", [
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class TRANSIENT-UNIT-MOUNT-HOSTS (--property= spelling, BindPaths=, node). Same doc,
    // place and fix as the systemd-run -p case.
    dev(
        "systemd-run --property=BindPaths=/opt/ops/hosts:/etc/hosts --property=WorkingDirectory=/ node server.js (localhost)",
        script("dev-nsec38-rt73", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/opt/ops/server.js", nodeFiles("localhost")),
            "systemd-run --property=BindPaths=/opt/ops/hosts:/etc/hosts /usr/bin/node /opt/ops/server.js",
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class ARCHIVE-OVER-ETC-HOSTS (unzip(1) -o -d /: "overwrite existing files without
    // prompting", "-d exdir"). Same place and fix as the tar case.
    dev(
        "unzip -o /opt/ops/etc.zip -d / (unread archive), then python3 http.server --bind localhost",
        script("dev-nsec39-rt73", [
            "curl -fsSL -o /opt/ops/etc.zip https://config.example.com/etc.zip",
            "unzip -o /opt/ops/etc.zip -d /",
            pyServe("localhost"),
        ]),
    ),
    // Round 74 neighbours (insecure) of the resolver-state fixes above (rootWrites.ts viewingJudge resolverState,
    // tmpfilesResolver, unitResolver).
    // tar(1) without -C extracts into the working directory: `cd /` then /etc/hosts may be any file.
    dev(
        "cd / && tar -xzf /opt/ops/etc.tgz (unread archive, extracted in /), then python3 http.server --bind localhost",
        script("dev-nsec40-rt74", [
            "curl -fsSL -o /opt/ops/etc.tgz https://config.example.com/etc.tgz",
            "cd / && tar -xzf /opt/ops/etc.tgz",
            pyServe("localhost"),
        ]),
    ),
    // tar -C /etc: the same, one directory down.
    dev(
        "tar -xf /opt/ops/etc.tar -C /etc (unread archive), then node listen(8081, 'localhost')",
        script("dev-nsec41-rt74", [
            "curl -fsSL -o /opt/ops/etc.tar https://config.example.com/etc.tar",
            "tar -xf /opt/ops/etc.tar -C /etc",
            ...file("/opt/ops/server.js", nodeFiles("localhost")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // tmpfiles.d(5) L+ on another resolver file (nsswitch.conf(5): `hosts:` sources): names unknown.
    dev(
        "tmpfiles.d L+ /etc/nsswitch.conf -> /opt/ops/nsswitch.conf + systemd-tmpfiles --create, then http.server --bind localhost",
        script("dev-nsec42-rt74", [
            ...file("/opt/ops/nsswitch.conf", ["hosts: dns files"]),
            ...file("/etc/tmpfiles.d/ops-nss.conf", ["L+ /etc/nsswitch.conf - - - - /opt/ops/nsswitch.conf"]),
            "systemd-tmpfiles --create",
            pyServe("localhost"),
        ]),
    ),
    // tmpfiles.d(5) plain L (no +) and r (remove): fail closed on any type creating, replacing or removing the path.
    dev(
        "tmpfiles.d r /etc/hosts + L /etc/hosts -> /opt/ops/hosts, then python3 http.server --bind localhost",
        script("dev-nsec43-rt74", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/etc/tmpfiles.d/ops-hosts.conf", ["r /etc/hosts", "L /etc/hosts - - - - /opt/ops/hosts"]),
            "systemd-tmpfiles --remove --create",
            pyServe("localhost"),
        ]),
    ),
    // systemd-run(1) -p with the `-` prefix and mount options (systemd.exec(5) BindReadOnlyPaths=: "-" ignores a
    // missing source, ":rbind"/":norbind" options), quoted by the shell.
    dev(
        "systemd-run -p 'BindReadOnlyPaths=-/opt/ops/hosts:/etc/hosts:norbind' python3 http.server --bind localhost",
        script("dev-nsec44-rt74", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            "systemd-run -p 'BindReadOnlyPaths=-/opt/ops/hosts:/etc/hosts:norbind' -p WorkingDirectory=/ /usr/bin/python3 -m http.server --bind localhost 8081",
        ]),
    ),
    // A transient unit bound to a loopback hosts file when it starts, the file rewritten (localhost 0.0.0.0) later:
    // the server resolves the name again on restart (judged again with the final file).
    dev(
        "systemd-run -p BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts (loopback file), the file rewritten to 0.0.0.0 after",
        script("dev-nsec45-rt74", [
            ...file("/opt/ops/hosts", LOOPBACK_HOSTS),
            "systemd-run -p BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts -p WorkingDirectory=/ /usr/bin/python3 -m http.server --bind localhost 8081",
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
        ]),
    ),
    // A loopback hosts file bound, but nsswitch.conf bound too (its `hosts:` sources unknown).
    dev(
        "unit BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts (loopback) /opt/ops/nsswitch.conf:/etc/nsswitch.conf",
        script("dev-nsec46-rt74", [
            ...file("/opt/ops/hosts", LOOPBACK_HOSTS),
            ...file("/opt/ops/nsswitch.conf", ["hosts: dns files"]),
            ...systemdUnit("ops", [
                "BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts /opt/ops/nsswitch.conf:/etc/nsswitch.conf",
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // A drop-in in /usr/lib/systemd/system (systemd.unit(5) unit search path), single-quoted value.
    dev(
        "drop-in /usr/lib/systemd/system/ops.service.d/hosts.conf BindPaths='/opt/ops/hosts:/etc/hosts', unit in /etc",
        script("dev-nsec47-rt74", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/usr/lib/systemd/system/ops.service.d/hosts.conf", [
                "[Service]",
                "BindPaths='/opt/ops/hosts:/etc/hosts'",
            ]),
            ...systemdUnit("ops", [
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // Pinned, refused by design (addresses.ts imdsRelay `local`: "on a node host-network pods still do, so it is refused
    // there"): socat(1) bind=127.0.0.1 relaying instance metadata on loopback. A root relay defeats an IMDS lock-down
    // to root (EC2 user guide, "Limit access to the Instance Metadata Service": iptables owner rules) for every
    // host-network pod's non-root process, so refusing it is defensible; not counted as a miss.
    dev(
        "socat TCP-LISTEN:8081,bind=127.0.0.1,fork TCP:169.254.169.254:80 (instance metadata relayed on loopback only)",
        script("dev-nsec10s-rt73", [
            "nohup socat TCP-LISTEN:8081,bind=127.0.0.1,fork TCP:169.254.169.254:80 >/dev/null 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class UNREAD-INTERPRETER-MISSING (Dart). dart:io HttpServer.bind ("address ... can either
    // be a String or an InternetAddress"; InternetAddress.anyIPv4 is 0.0.0.0): every pod GETs /var/lib/kubelet/kubeconfig
    // (the node's credentials) and every pod's token. `dart run FILE` is run by no reader and not in round 73's
    // UNREAD_INTERPRETERS, so the program is accepted. Fix: add the runtime to UNREAD_INTERPRETERS (userDataReaders/commandServers.ts) with its version/help-only options; better, fail closed on any program run on a source file user data wrote that no reader claims (dart, bb/babashka, crystal, swipl, octave, gst, ocaml, gforth, scala/scala-cli, clojure/clj, nim, zig run, swift, raku ...).
    dev(
        "dart run /opt/ops/serve.dart: HttpServer.bind(InternetAddress.anyIPv4, 8081) answering Process.run(line)",
        script("dev-nsec40-rt73", [
            ...file("/opt/ops/serve.dart", [
                "import 'dart:io';",
                "void main() async {",
                "  final s = await HttpServer.bind(InternetAddress.anyIPv4, 8081);",
                "  await for (final r in s) { r.response.write(await File(r.uri.path).readAsString()); await r.response.close(); }",
                "}",
            ]),
            "nohup dart run /opt/ops/serve.dart >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class UNREAD-INTERPRETER-MISSING (babashka `bb -e`; http-kit run-server `:ip` "0.0.0.0":
    // every address, slurp of the request path reads any node file). Same place and fix.
    dev(
        'bb -e babashka http-kit run-server {:ip "0.0.0.0"} serving slurp of the path',
        script("dev-nsec41-rt73", [
            `nohup bb -e '(require (quote [org.httpkit.server :as s])) (s/run-server (fn [r] {:body (slurp (:uri r))}) {:ip "0.0.0.0" :port 8081}) @(promise)' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class UNREAD-INTERPRETER-MISSING (Crystal HTTP::Server#listen(host, port) on "0.0.0.0",
    // File.read of the request path). Same place and fix.
    dev(
        'crystal run /opt/ops/serve.cr: HTTP::Server listen("0.0.0.0", 8081) reading the path',
        script("dev-nsec42-rt73", [
            ...file("/opt/ops/serve.cr", [
                'require "http/server"',
                "server = HTTP::Server.new { |ctx| ctx.response.print File.read(ctx.request.path) }",
                'server.listen("0.0.0.0", 8081)',
            ]),
            "nohup crystal run /opt/ops/serve.cr >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class UNREAD-INTERPRETER-MISSING (SWI-Prolog http_server/2 "port(Port)": without
    // ip(IP) it binds every address; http_reply_from_files('/') serves the node's files). Same place and fix.
    dev(
        "swipl /opt/ops/serve.pl: http_server(http_dispatch, [port(8081)]) serving / with http_reply_from_files",
        script("dev-nsec43-rt73", [
            ...file("/opt/ops/serve.pl", [
                ":- use_module(library(http/thread_httpd)).",
                ":- use_module(library(http/http_dispatch)).",
                ":- use_module(library(http/http_files)).",
                ":- http_handler(root(.), http_reply_from_files('/', []), [prefix]).",
                ":- initialization((http_server(http_dispatch, [port(8081)]), thread_get_message(_))).",
            ]),
            "nohup swipl /opt/ops/serve.pl >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Shebang interpreter (execve(2) "#!interpreter"; env(1)): julia code run by path. Held.
    dev(
        "an executable #!/usr/bin/env julia script (Sockets.listen(8081), every address) run by path",
        script("dev-nsec44-rt73", [
            ...file("/opt/ops/serve", [
                "#!/usr/bin/env julia",
                "using Sockets",
                "s = listen(8081)",
                "while true; c = accept(s); write(c, read(`sh -c $(readline(c))`, String)); close(c); end",
            ]),
            "chmod +x /opt/ops/serve",
            "nohup /opt/ops/serve >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class UNREAD-SHEBANG-ESCRIPT. escript(1) ("#!/usr/bin/env escript" first line; the
    // file is the program), env(1) -S ("process and split S into separate arguments"), execve(2) #! lines:
    // gen_tcp:listen(8081) without {ip, _} is every address (Erlang gen_tcp), os:cmd runs each line: a root shell
    // for every pod. `escript FILE` on a command line is refused (rt72 dev-nsec24b) and a #!julia script is too, but
    // an executable whose #! names escript (with or without env -S) is not judged by the unread-interpreter rule.
    // Fix: the shebang interpreter of an executable user data wrote (after env and its -S/-i/-u options) goes
    // through the same reader table as the command line (commandServers.ts unreadInterpreterListeners).
    dev(
        "an executable #!/usr/bin/env -S escript script (gen_tcp every address) as a unit's ExecStart",
        script("dev-nsec45-rt73", [
            ...file("/opt/ops/serve", [
                "#!/usr/bin/env -S escript",
                "main(_) -> {ok, L} = gen_tcp:listen(8081, [binary, {active, false}]), loop(L).",
                "loop(L) -> {ok, C} = gen_tcp:accept(L), {ok, D} = gen_tcp:recv(C, 0), gen_tcp:send(C, os:cmd(binary_to_list(D))), loop(L).",
            ]),
            "chmod 0755 /opt/ops/serve",
            ...systemdUnit("ops", ["ExecStart=/opt/ops/serve"]),
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class UNREAD-SHEBANG-ESCRIPT (#!/usr/bin/escript, unit ExecStart). Same place and fix.
    dev(
        "an executable #!/usr/bin/escript script (gen_tcp every address) as a unit's ExecStart",
        script("dev-nsec45b-rt73", [
            ...file("/opt/ops/serve", [
                "#!/usr/bin/escript",
                "main(_) -> {ok, L} = gen_tcp:listen(8081, [binary, {active, false}]), loop(L).",
                "loop(L) -> {ok, C} = gen_tcp:accept(L), {ok, D} = gen_tcp:recv(C, 0), gen_tcp:send(C, os:cmd(binary_to_list(D))), loop(L).",
            ]),
            "chmod 0755 /opt/ops/serve",
            ...systemdUnit("ops", ["ExecStart=/opt/ops/serve"]),
        ]),
    ),
    // env(1) -S with an interpreter option, julia (UNREAD_INTERPRETERS). Held.
    dev(
        "an executable #!/usr/bin/env -S julia --startup-file=no script (Sockets.listen(8081)) run by path",
        script("dev-nsec45c-rt73", [
            ...file("/opt/ops/serve", [
                "#!/usr/bin/env -S julia --startup-file=no",
                "using Sockets",
                "s = listen(8081)",
                "while true; c = accept(s); write(c, read(`sh -c $(readline(c))`, String)); close(c); end",
            ]),
            "chmod +x /opt/ops/serve",
            "nohup /opt/ops/serve >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class UNREAD-SHEBANG-ESCRIPT (#!/usr/bin/escript run by path). Same place and fix.
    dev(
        "an executable #!/usr/bin/escript script (gen_tcp every address) run by path from the script",
        script("dev-nsec45d-rt73", [
            ...file("/opt/ops/serve", [
                "#!/usr/bin/escript",
                "main(_) -> {ok, L} = gen_tcp:listen(8081, [binary, {active, false}]), loop(L).",
                "loop(L) -> {ok, C} = gen_tcp:accept(L), {ok, D} = gen_tcp:recv(C, 0), gen_tcp:send(C, os:cmd(binary_to_list(D))), loop(L).",
            ]),
            "chmod 0755 /opt/ops/serve",
            "nohup /opt/ops/serve >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // A #!julia executable as a unit's ExecStart. Held.
    dev(
        "an executable #!/usr/bin/env julia script (Sockets.listen(8081)) as a unit's ExecStart",
        script("dev-nsec45e-rt73", [
            ...file("/opt/ops/serve", [
                "#!/usr/bin/env julia",
                "using Sockets",
                "s = listen(8081)",
                "while true; c = accept(s); write(c, read(`sh -c $(readline(c))`, String)); close(c); end",
            ]),
            "chmod +x /opt/ops/serve",
            ...systemdUnit("ops", ["ExecStart=/opt/ops/serve"]),
        ]),
    ),
    // Was a MISS (fixed in round 74): insecure accepted, class UNREAD-INTERPRETER-MISSING (GNU Octave `--eval`; instrument-control tcpserver(port)
    // binds every address). Same place and fix.
    dev(
        "octave --eval: tcpserver(8081) (every address) running each line with system()",
        script("dev-nsec46-rt73", [
            `nohup octave --no-gui --eval 'pkg load instrument-control; s = tcpserver(8081); while true; pause(1); end' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // Round 74 neighbours (fixer): openssl-s_server(1) "-port" (the older -accept) and no -accept at all ("*:4433 is
    // used"), -HTTP serving the working directory /: every address.
    dev(
        "openssl s_server -port 8081 -HTTP in / (every address, files of the working directory)",
        script("dev-nsec4b-rt74", [
            "cd / && nohup openssl s_server -port 8081 -cert /opt/ops.crt -key /opt/ops.key -HTTP >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "openssl s_server --WWW with no -accept (default *:4433) in /var/lib/kubelet",
        script("dev-nsec4c-rt74", [
            "cd /var/lib/kubelet && nohup openssl s_server -cert /opt/ops.crt -key /opt/ops.key --WWW >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 74 neighbours (fixer): the general rule. A #! naming a runtime no reader reads (dart via env -S; gforth
    // directly; escript after env -i and an assignment: env(1)), a source file of such a language given to a program
    // no reader reads (`stack runghc FILE.hs`), and an `--eval` code option (ecl(1) "-eval expr"/"--eval").
    dev(
        "an executable #!/usr/bin/env -S dart run script (HttpServer.bind anyIPv4) run by path",
        script("dev-nsec45f-rt74", [
            ...file("/opt/ops/serve", [
                "#!/usr/bin/env -S dart run",
                "import 'dart:io';",
                "void main() async { final s = await HttpServer.bind(InternetAddress.anyIPv4, 8081); await for (final r in s) { r.response.write(await File(r.uri.path).readAsString()); await r.response.close(); } }",
            ]),
            "chmod +x /opt/ops/serve",
            "nohup /opt/ops/serve >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "an executable #!/usr/bin/env -i PATH=/usr/bin escript script (gen_tcp every address) as a unit's ExecStart",
        script("dev-nsec45g-rt74", [
            ...file("/opt/ops/serve", [
                "#!/usr/bin/env -i PATH=/usr/bin escript",
                "main(_) -> {ok, L} = gen_tcp:listen(8081, [binary, {active, false}]), loop(L).",
                "loop(L) -> {ok, C} = gen_tcp:accept(L), {ok, D} = gen_tcp:recv(C, 0), gen_tcp:send(C, os:cmd(binary_to_list(D))), loop(L).",
            ]),
            "chmod 0755 /opt/ops/serve",
            ...systemdUnit("ops", ["ExecStart=/opt/ops/serve"]),
        ]),
    ),
    dev(
        "an executable #!/opt/pharo/pharo script (an interpreter no reader reads) run by path",
        script("dev-nsec45h-rt74", [
            ...file("/opt/ops/serve", ["#!/opt/pharo/pharo --headless", "ZnServer startDefaultOn: 8081."]),
            "chmod +x /opt/ops/serve",
            "nohup /opt/ops/serve >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "stack runghc /opt/ops/serve.hs (a Haskell source user data wrote, warp run 8081: every address)",
        script("dev-nsec46b-rt74", [
            ...file("/opt/ops/serve.hs", [
                "import Network.Wai.Handler.Warp (run)",
                "import Network.Wai.Application.Static",
                'main = run 8081 (staticApp (defaultFileServerSettings "/"))',
            ]),
            "nohup stack runghc /opt/ops/serve.hs >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "ecl --eval (Embeddable Common Lisp code on the command line, a socket server)",
        script("dev-nsec46c-rt74", [
            `nohup ecl --eval '(progn (require :sockets) (let ((s (make-instance (quote sb-bsd-sockets:inet-socket) :type :stream))) (sb-bsd-sockets:socket-bind s #(0 0 0 0) 8081)))' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    dev(
        "nim r /opt/ops/serve.nim (asynchttpserver on every address)",
        script("dev-nsec46d-rt74", [
            ...file("/opt/ops/serve.nim", [
                "import asynchttpserver, asyncdispatch",
                "var server = newAsyncHttpServer()",
                "proc cb(req: Request) {.async.} = await req.respond(Http200, readFile(req.url.path))",
                "waitFor server.serve(Port(8081), cb)",
            ]),
            "nohup nim r /opt/ops/serve.nim >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 74 neighbours (fixer): Go flags. "-addr VALUE" then a non-flag (parsing stops after the value: the value
    // counts); a lone `-` after the flag (the flag already set); spf13/pflag ("flags may be interspersed with
    // arguments": parsing does not stop at `extra`); flag.Func (each occurrence calls the function: both listen).
    dev(
        "go run . -addr :8081 extra (the value is read before parsing stops)",
        goApp("dev-nsec21b-rt74", GO_FLAG_SERVER, "nohup go run . -addr :8081 extra >/var/log/ops.log 2>&1 &"),
    ),
    dev(
        "go run . -addr=:8081 - (parsing stops after the flag: :8081)",
        goApp("dev-nsec21c-rt74", GO_FLAG_SERVER, "nohup go run . -addr=:8081 - >/var/log/ops.log 2>&1 &"),
    ),
    dev(
        "go run . extra --addr=:8081 with spf13/pflag (interspersed flags: :8081)",
        goApp(
            "dev-nsec21d-rt74",
            GO_FLAG_SERVER.map(l => l.replace('"flag"', 'flag "github.com/spf13/pflag"')),
            "nohup go run . extra --addr=:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    dev(
        "go run . -addr=:8081 -addr=127.0.0.1:8081 with flag.Func appending each (both listened on)",
        goApp(
            "dev-nsec21e-rt74",
            [
                'import (\n\t"flag"\n\t"net/http"\n)',
                "",
                "func main() {",
                "\tvar addrs []string",
                '\tflag.Func("addr", "listen address (repeatable)", func(s string) error { addrs = append(addrs, s); return nil })',
                "\tflag.Parse()",
                '\tfor _, a := range addrs {\n\t\tgo http.ListenAndServe(a, http.FileServer(http.Dir("/")))\n\t}',
                "\tselect {}",
                "}",
            ],
            "nohup go run . -addr=:8081 -addr=127.0.0.1:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // kotlin(1) script mode (*.main.kts), java.net.ServerSocket(port): every address. Held.
    dev(
        "kotlin /opt/ops/serve.main.kts: ServerSocket(8081) (every address) serving the kubeconfig",
        script("dev-nsec47-rt73", [
            ...file("/opt/ops/serve.main.kts", [
                "val s = java.net.ServerSocket(8081)",
                'while (true) { val c = s.accept(); c.getOutputStream().write(java.io.File("/var/lib/kubelet/kubeconfig").readBytes()); c.close() }',
            ]),
            "nohup kotlin /opt/ops/serve.main.kts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // nsswitch.conf(5) `hosts:` changed: names resolved elsewhere (RESOLVER_FILES: fail closed). Held.
    dev(
        "nsswitch.conf hosts: dns (localhost now from the VPC resolver), then python3 http.server --bind localhost",
        script("dev-nsec48-rt73", ["sed -i 's/^hosts:.*/hosts: dns/' /etc/nsswitch.conf", pyServe("localhost")]),
    ),
    // cloud-init docs write_files `defer` ("written in the final stage"): the final hosts state names localhost
    // 0.0.0.0 for a server of the script part. Held.
    dev(
        "MIME: shell part starts http.server --bind localhost &; a cloud-config part write_files /etc/hosts (defer: true)",
        r =>
            al2023Nodes(
                r,
                "dev-nsec49-rt73",
                mime([
                    { type: "application/node.eks.aws", body: nodeConfig([]) },
                    shellScript([pyServe("localhost")]),
                    cloudConfig([
                        "write_files:",
                        "  - path: /etc/hosts",
                        "    defer: true",
                        "    content: |",
                        "      0.0.0.0 localhost",
                    ]),
                ]),
            ),
    ),
    // RFC 4291 §2.5.5.1 (IPv4-compatible, deprecated): ::0.0.0.0 is ::, the unspecified address. Held.
    dev(
        "python3 -m http.server --bind ::0.0.0.0 (the deprecated IPv4-compatible form of ::, every address)",
        script("dev-nsec50-rt73", [pyServe("::0.0.0.0")]),
    ),
];

const secure: NodeCase[] = [
    // hosts(5): ops-local is 127.0.0.1 in every state; only the node's own processes connect. Held.
    dev(
        "echo '127.0.0.1 ops-local' >> /etc/hosts, then python3 http.server --bind ops-local",
        script("dev-nsec1s-rt73", ["echo '127.0.0.1 ops-local' >> /etc/hosts", pyServe("ops-local")]),
    ),
    // RFC 4291 §2.5.5.2: ::ffff:127.0.0.1 is the IPv4 loopback on a v6 socket. Held.
    dev(
        "python3 -m http.server --bind ::ffff:127.0.0.1 (IPv4-mapped loopback)",
        script("dev-nsec2s-rt73", [pyServe("::ffff:127.0.0.1")]),
    ),
    // RFC 4291 §2.2: 0:0:0:0:0:0:0:1 is ::1. Held.
    dev(
        "node listen(8081, '0:0:0:0:0:0:0:1')",
        script("dev-nsec3s-rt73", [
            ...file("/opt/ops/server.js", nodeFiles("0:0:0:0:0:0:0:1")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // inet_aton(3) ("0" prefix: octal): 0177.0.0.1 is 127.0.0.1 (getaddrinfo takes it). Held.
    dev(
        "python3 -m http.server --bind 0177.0.0.1 (octal loopback)",
        script("dev-nsec4s-rt73", [pyServe("0177.0.0.1")]),
    ),
    // Was a MISS (fixed in round 74): secure refused, class GO-FLAG-NONFLAG-STOP. pkg.go.dev flag: "Flag parsing stops just before the first
    // non-flag argument (\"-\" is a non-flag argument) or after the terminator \"--\""; `go help run`: words after the
    // package are the program's. `extra` is a non-flag, so -addr=:8081 is a positional argument and the server keeps
    // its 127.0.0.1:8080 default: harmless. The pack reads every address-looking word of the program's arguments
    // (commandServers.ts sourceRunnerListeners -> commandLineAddresses / sourcesListeners) and refuses `:8081` (twice:
    // `go run ... on *` and `go on :8081`); round 73 only taught it `--` (GO-FLAG-TERMINATOR). Fix: for a Go program
    // using the flag package, cut its arguments at the first word not starting with `-`, at a lone `-`, and after
    // `--` (skipping values of non-boolean flags it defines) before reading addresses.
    dev(
        "go run . extra -addr=:8081 (flag parsing stops before the first non-flag: default 127.0.0.1:8080)",
        goApp("dev-nsec5s-rt73", GO_FLAG_SERVER, "nohup go run . extra -addr=:8081 >/var/log/ops.log 2>&1 &"),
    ),
    // Was a MISS (fixed in round 74): secure refused, class GO-FLAG-NONFLAG-STOP (lone `-`). Same doc, place and fix as the case above.
    dev(
        "go run . - -addr=:8081 ('-' is a non-flag argument: parsing stops)",
        goApp("dev-nsec6s-rt73", GO_FLAG_SERVER, "nohup go run . - -addr=:8081 >/var/log/ops.log 2>&1 &"),
    ),
    // Was a MISS (fixed in round 74): secure refused, class GO-FLAG-LAST-WINS. pkg.go.dev flag: each -addr occurrence calls the flag's Set, so
    // the last value (127.0.0.1:8081) is the one ListenAndServe gets: loopback only, harmless. The pack refuses on any
    // non-loopback address word (commandLineAddresses). Fix: for a Go flag defined once (flag.String), judge the value
    // of its last occurrence only (the insecure mirror, last value :8081, stays refused: I20).
    dev(
        "go run . -addr=:8081 -addr=127.0.0.1:8081 (the last value wins: loopback)",
        goApp(
            "dev-nsec7s-rt73",
            GO_FLAG_SERVER,
            "nohup go run . -addr=:8081 -addr=127.0.0.1:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Round 74 neighbours (fixer): "-addr VALUE" then a non-flag stops parsing (the later -addr=:8081 is flag.Args());
    // -addr twice in the "-flag value" form, the last loopback; openssl s_server on loopback, and -www (a status page,
    // no files); version-only runs of the new UNREAD_INTERPRETERS; a file tool copying a Dart source (nothing runs it);
    // a #!/bin/bash executable run by path (read as shell lines).
    dev(
        "go run . -addr 127.0.0.1:8081 extra -addr=:8081 (parsing stops at extra)",
        goApp(
            "dev-nsec7t-rt74",
            GO_FLAG_SERVER,
            "nohup go run . -addr 127.0.0.1:8081 extra -addr=:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    dev(
        "go run . -addr :8081 -addr 127.0.0.1:8081 (the last value wins, -flag value form)",
        goApp(
            "dev-nsec7u-rt74",
            GO_FLAG_SERVER,
            "nohup go run . -addr :8081 -addr 127.0.0.1:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    dev(
        "openssl s_server -accept 127.0.0.1:8081 -WWW in / (loopback only)",
        script("dev-nsec4t-rt74", [
            "cd / && nohup openssl s_server -accept 127.0.0.1:8081 -cert /opt/ops.crt -key /opt/ops.key -WWW >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "openssl s_server -accept 8081 -www in / (a status page, no files)",
        script("dev-nsec4u-rt74", [
            "cd / && nohup openssl s_server -accept 8081 -cert /opt/ops.crt -key /opt/ops.key -www >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "dart --version; crystal --version; swipl --version; octave --version (version only)",
        script("dev-nsec40t-rt74", ["dart --version", "crystal --version", "swipl --version", "octave --version"]),
    ),
    dev(
        "cp /opt/ops/serve.dart /srv/ops/ (a Dart source copied, not run)",
        script("dev-nsec40u-rt74", [
            ...file("/opt/ops/serve.dart", ["void main() {}"]),
            "mkdir -p /srv/ops",
            "cp /opt/ops/serve.dart /srv/ops/",
        ]),
    ),
    dev(
        "an executable #!/bin/bash script run by path (shell lines: echo)",
        script("dev-nsec45t-rt74", [
            ...file("/opt/ops/hello", ["#!/bin/bash", "echo hello"]),
            "chmod +x /opt/ops/hello",
            "/opt/ops/hello",
        ]),
    ),
    // Was a MISS (fixed in round 74): secure refused, class UNIT-MOUNT-READ-SOURCE. systemd.exec(5) BindReadOnlyPaths=: the unit sees
    // /opt/ops/hosts as /etc/hosts, which user data wrote in full (heredoc) keeping localhost 127.0.0.1/::1: the
    // server is on loopback, harmless. rootWrites.ts unitResolver returns `hostsText: undefined, resolverChanged:
    // true` for any mount over /etc/hosts (every name unknown). Fix: when the source of a mount exactly over /etc/hosts
    // is a file whose final content the pack read, use it as the unit's hosts text (resolverChanged only for mounts
    // over other RESOLVER_FILES or directories above them).
    dev(
        "unit BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts, the written file keeps localhost 127.0.0.1/::1",
        script("dev-nsec8s-rt73", [
            ...file("/opt/ops/hosts", LOOPBACK_HOSTS),
            ...systemdUnit("ops", [
                "BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts",
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // Round 74 neighbours (secure) of the resolver-state fixes above.
    // systemd-run's transient unit bound to a loopback hosts file user data wrote whole.
    dev(
        "systemd-run -p BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts, the written file keeps localhost loopback",
        script("dev-nsec16s-rt74", [
            ...file("/opt/ops/hosts", LOOPBACK_HOSTS),
            "systemd-run -p BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts -p WorkingDirectory=/ /usr/bin/python3 -m http.server --bind localhost 8081",
        ]),
    ),
    // A quoted entry (systemd.syntax(7)) in a prefix drop-in, of a loopback hosts file.
    dev(
        'prefix drop-in ops-.service.d BindReadOnlyPaths="/opt/ops/hosts:/etc/hosts" (loopback file) for ops-web.service',
        script("dev-nsec17s-rt74", [
            ...file("/opt/ops/hosts", LOOPBACK_HOSTS),
            ...file("/etc/systemd/system/ops-.service.d/hosts.conf", [
                "[Service]",
                'BindReadOnlyPaths="/opt/ops/hosts:/etc/hosts"',
            ]),
            ...systemdUnit("ops-web", [
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // A drop-in of another unit (db.service.d/) binding a 0.0.0.0 hosts file: not ops.service's.
    dev(
        "drop-in db.service.d/hosts.conf binds a 0.0.0.0 hosts file; ops.service (no drop-in) http.server --bind localhost",
        script("dev-nsec18s-rt74", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/etc/systemd/system/db.service.d/hosts.conf", [
                "[Service]",
                "BindReadOnlyPaths=/opt/ops/hosts:/etc/hosts",
            ]),
            ...systemdUnit("ops", [
                "WorkingDirectory=/",
                "ExecStart=/usr/bin/python3 -m http.server --bind localhost 8081",
            ]),
        ]),
    ),
    // An archive extracted under /opt (no resolver file below it), and tmpfiles.d lines on other paths or only
    // adjusting /etc/hosts's mode (tmpfiles.d(5) z: "Adjust the access mode, user and group ownership").
    dev(
        "tar -xzf unread.tgz -C /opt/app; tmpfiles.d d /run/ops, z /etc/hosts 0644; then python3 http.server --bind localhost",
        script("dev-nsec19s-rt74", [
            "curl -fsSL -o /opt/ops/app.tgz https://config.example.com/app.tgz",
            "mkdir -p /opt/app && tar -xzf /opt/ops/app.tgz -C /opt/app",
            ...file("/etc/tmpfiles.d/ops.conf", ["d /run/ops 0755 root root -", "z /etc/hosts 0644 root root -"]),
            "systemd-tmpfiles --create",
            pyServe("localhost"),
        ]),
    ),
    // systemd.socket(5) ListenStream=[::1]:8081: the IPv6 loopback only. Held.
    dev(
        "ops.socket ListenStream=[::1]:8081 Accept=yes (a root shell on loopback only)",
        script("dev-nsec9s-rt73", [
            ...file("/etc/systemd/system/ops.socket", [
                "[Socket]",
                "ListenStream=[::1]:8081",
                "Accept=yes",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/ops@.service", [
                "[Service]",
                "ExecStart=/bin/sh",
                "StandardInput=socket",
                "StandardOutput=socket",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ops.socket",
        ]),
    ),
    // iptables OUTPUT DNAT of the node's own packets to loopback (no route_localnet, no PREROUTING): only the node's
    // processes reach it. Held.
    dev(
        "iptables DNAT :8081 -> 127.0.0.1:8080 without route_localnet (martian, dropped), http.server of / on loopback",
        script("dev-nsec11s-rt73", [
            "iptables -t nat -I OUTPUT -o lo -p tcp --dport 8081 -j DNAT --to-destination 127.0.0.1:8080",
            "cd / && nohup python3 -m http.server --bind 127.0.0.1 8080 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // RFC 4291 §2.5.5.2: the IPv4-mapped loopback. Held.
    dev(
        "socat TCP6-LISTEN:8081,bind=[::ffff:127.0.0.1],fork EXEC:/bin/sh (IPv4-mapped loopback)",
        script("dev-nsec12s-rt73", [
            "nohup socat TCP6-LISTEN:8081,bind=[::ffff:127.0.0.1],fork EXEC:/bin/sh >/dev/null 2>&1 &",
        ]),
    ),
    // inet_aton(3) "a.b": 127.1 is 127.0.0.1. Held.
    dev("python3 -m http.server --bind 127.1 (inet_aton: 127.0.0.1)", script("dev-nsec13s-rt73", [pyServe("127.1")])),
    // hosts(5), RFC 4343: `ops-local.` is ops-local (trailing dot), 127.0.0.1. Held.
    dev(
        "echo '127.0.0.1 ops-local' | tee -a /etc/hosts, node listen(8081, 'ops-local.') (trailing dot)",
        script("dev-nsec14s-rt73", [
            "echo '127.0.0.1 ops-local' | tee -a /etc/hosts >/dev/null",
            ...file("/opt/ops/server.js", nodeFiles("ops-local.")),
            "nohup node /opt/ops/server.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // R(1) --version, julia(1) --version print and exit; tclsh(1) reading `puts` from standard input prints and exits. Held.
    dev(
        "R --version, /usr/bin/julia --version, tclsh <<< 'puts [info patchlevel]' (version/one-shot only)",
        script("dev-nsec15s-rt73", [
            "R --version",
            "/usr/bin/julia --version",
            "echo 'puts [info patchlevel]' | tclsh",
        ]),
    ),
];

describeNodeCases("red team 73 nsec: listeners of programs root runs on nodes", insecure, secure);
