/**
 * Network listeners of the commands root runs, each read as its program parses its command line (ncat, socat, toybox
 * netcat, ttyd, gotty, Caddy, busybox httpd, chisel, 3proxy, gost, ssh forwardings ...), super-servers' and file
 * servers' configurations (xinetd, inetd, exports, rsyncd, Samba, stunnel), the served ends of relays, and the
 * client and address settings (KNOWN_CLIENTS, settingBeyondLoopback) every listener reader shares. Split from
 * userData.ts.
 */
import { posix } from "path";
import { parse as parseToml } from "smol-toml";
import { isScalar, parse as parseYaml, parseAllDocuments, visit } from "yaml";
import { holdsNodeSecrets, insideNodeSecrets } from "../podSpec";
import {
    appletWords,
    commandLine,
    globRegExp,
    INTERPRETERS,
    launchedCommand,
    programIndex,
    SHELLS,
    X_TERMINALS,
    simpleCommands,
    standardInput,
    wrapperShell,
} from "../shell";
import { SUBSTITUTED_MARK } from "../rootReads";
import {
    getopt,
    iniSections,
    INSTANCE_ROLE_THROUGH_IMDS,
    type Listener,
    NODE_BLOCK_DEVICE,
    NodeOpening,
    ON_THE_NETWORK,
} from "./shared";
// Round 82: defined in shared.ts, which daemonConfigs.ts also reads (no import cycle); still exported from here.
export { getopt, iniSections };
export type { Listener };
import { GivenVariable } from "./formats";
import { fluentdCodeServers, logAgentOf } from "./logAgents";
import { addressHost, connectsToThisHost, imdsRelay, ipAddress, loopbackOnly, namesImds } from "./addresses";
import {
    GANESHA_CONFIG,
    GANESHA_INCLUDE,
    ganeshaListeners,
    IncludeDirective,
    LIO_SAVED_CONFIG,
    lioSavedListeners,
    NVMET_SAVED_CONFIG,
    nvmetSavedListeners,
    PHP_FPM_CONFIG,
    PHP_FPM_INCLUDE,
    phpFpmListeners,
    SNMPD_CONFIG,
    SNMPD_INCLUDE,
    snmpdListeners,
    TGT_INCLUDE,
    TGT_TARGETS,
    tgtTargetsListeners,
    withIncludes,
} from "./daemonConfigs";

/**
 * Whether a command line given a network connection as its standard input runs what the client sends: a shell or
 * interpreter (shell.ts INTERPRETERS; busybox's applet) without a script or command of its own (`bash`, `bash -i`,
 * `sh -s`, `python3 -`, `perl`: bash(1) "If the -s option is present, or if no arguments remain after option
 * processing, then commands are read from the standard input"; python(1), perlrun(1) alike) or with its script read
 * from standard input (/dev/stdin), interactive (-i), or a shell whose -c command line does one of these; `su` and
 * `sudo -s/-i` without a command start a shell, and so do programs that hand over one without being one: `login -f`
 * (login(1): "-f Do not perform authentication, user is preauthenticated"), script(1) without a command of its own
 * (util-linux script: "-c, --command command  Run the command rather than an interactive shell"; BSD script runs the
 * command after its file), a telnet server's login program (telnetdLogin), wrappers that run a shell when given no
 * command (shell.ts wrapperShell: `nsenter -t 1 -a`, `sudo -s`), and programs whose user opens a shell at a keystroke
 * (shellOnRequest: tmux, screen, editors and pagers). A program with its own script or command (`python3 /opt/x.py`,
 * `bash -c 'echo ok'`, `login` asking for a password) runs that: the client only feeds it data.
 */
export function runsClientCommands(line: string, depth = 0): boolean {
    return simpleCommands(line).some(c => {
        const words = c.words;
        // A terminal multiplexer launching a command (shell.ts WRAPPERS screen, tmux) still gives its client a shell
        // on request (a new window): judged as the client it is, before the command it runs.
        const multiplexer = words.findIndex(w => /^(tmux|screen)$/.test(posix.basename(w)));
        if (multiplexer >= 0 && multiplexer < programIndex(words)) {
            const onRequest = shellOnRequest(posix.basename(words[multiplexer]), words.slice(multiplexer + 1));
            if (
                onRequest === true ||
                (typeof onRequest === "string" && depth < 4 && runsClientCommands(onRequest, depth + 1))
            )
                return true;
        }
        if (wrapperShell(words)) return true;
        let rest = words.slice(programIndex(words));
        if (/^(busybox|toybox)$/.test(posix.basename(rest[0] ?? ""))) rest = rest.slice(1);
        const name = posix.basename(rest[0] ?? "");
        // su and runuser's su form without a command start the user's shell (su(1), runuser(1)).
        if (name === "su" || name === "runuser") return !rest.some(w => /^(-c|--command|-u|--user)(=|$)/.test(w));
        if (name === "login") return rest.slice(1).some(w => /^-[a-zA-Z]*f/.test(w));
        if (name === "script") {
            const command = scriptCommand(rest.slice(1));
            return command === undefined || (depth < 4 && runsClientCommands(command, depth + 1));
        }
        const onRequest = shellOnRequest(name, rest.slice(1));
        if (onRequest !== undefined)
            return typeof onRequest === "boolean" ? onRequest : depth < 4 && runsClientCommands(onRequest, depth + 1);
        if (/^(in\.)?telnetd$/.test(name))
            return depth < 4 && runsClientCommands(telnetdLogin(rest.slice(1)), depth + 1);
        if (!INTERPRETERS.test(name) || /^(source|\.)$/.test(name)) return false;
        const shell = SHELLS.test(name);
        // Its script from standard input, or from a descriptor that may be the connection (shell.ts standardInput).
        const stdin = (w: string) => standardInput(w) !== false;
        let interactive = false;
        for (let j = 1; j < rest.length; j++) {
            const w = rest[j];
            // A shell's `-o option` / `+o option`, --rcfile FILE and `+x`-style options (bash(1), "OPTIONS"; set builtin).
            if (shell && /^([-+]o|--rcfile|--init-file)$/.test(w)) {
                j++;
                continue;
            }
            if (shell && /^\+/.test(w)) continue;
            if (w === "--") return interactive || rest[j + 1] === undefined || stdin(rest[j + 1]);
            if (stdin(w)) return true;
            if (shell && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w))
                return interactive || (depth < 4 && runsClientCommands(rest[j + 1] ?? "", depth + 1));
            if (shell && /^-[a-zA-Z]*s[a-zA-Z]*$/.test(w)) return true;
            // Interactive after its script or command: python -i, node -i, lua -i, php -a (perl and ruby -i edit files).
            if (/^-[a-zA-Z]*i[a-zA-Z]*$|^--interactive$/.test(w) && !/^(perl|ruby)$/.test(name)) interactive = true;
            if (name === "php" && w === "-a") interactive = true;
            // Its own program: python -c/-m, perl/ruby/node/lua -e, node --eval/--print, php -r.
            if (!shell && /^-[a-zA-Z]*[ceEmr]$|^--(eval|print)(=|$)/.test(w)) return interactive;
            if (w.startsWith("-")) continue;
            return interactive;
        }
        return true;
    });
}

/**
 * Whether a program driven from a terminal hands its user a shell on request, or the command line it runs instead;
 * undefined for other programs.
 * - tmux: a client typing into it opens a window running the default-shell (tmux(1) default-command: "The default is
 *   an empty string, which instructs tmux to create a login shell using the value of the default-shell option"; C-b c
 *   new-window), whatever the session's first command: a client of `new-session` (not -d) or `attach-session` (not
 *   -r, "the client is read-only", or -f read-only), or no command (new-session); `-c shell-command` runs that. Other
 *   commands (ls, send-keys ...) start no client.
 * - screen likewise (screen(1): "C-a c ... Create a new window with a shell"), unless it starts detached (-d -m) or
 *   only lists or sends commands (-ls, -list, -wipe, -X, -Q, -v); byobu and zellij are such multiplexers too.
 * - editors and pagers with a shell escape: vi/vim ":shell", less and more "!command" (less(1): "! shell-command
 *   Invokes a shell to run the shell-command given"), man (through its pager), emacs (M-x shell).
 */
function shellOnRequest(name: string, args: readonly string[]): boolean | string | undefined {
    if (name === "tmux") {
        const { options, operands } = getopt(args, "cfLST", [], true);
        const command = optionValues(options, "-c").at(-1);
        if (command !== undefined) return command;
        const commands = operands
            .join(" ")
            .split(/\s*\\?;\s*/)
            .map(c => c.split(/\s+/).filter(Boolean));
        return commands.some(([sub, ...flags]) => {
            if (sub === undefined || /^(new-session|new)$/.test(sub))
                return !getopt(flags, "cefFnstxy").options.some(([k]) => k === "-d");
            if (!/^(attach-session|attach|a|at|att|atta|attac)$/.test(sub)) return false;
            const attach = getopt(flags, "cft").options;
            return !attach.some(([k, v]) => k === "-r" || (k === "-f" && /read-only/.test(v)));
        });
    }
    if (name === "screen") {
        const letters = args.filter(w => /^-[a-zA-Z]+$/.test(w)).join("");
        return !(
            args.some(w => /^-(ls|list|wipe|X|Q|v|version|h|help)$/.test(w)) ||
            (letters.includes("d") && letters.includes("m"))
        );
    }
    if (/^(byobu|zellij|vi|vim|nvim|view|ex|less|more|man|emacs)$/.test(name)) return true;
    return undefined;
}

/**
 * The command script(1) runs, or undefined for an interactive shell: util-linux `-c CMD`/`--command[=]CMD` (clustered
 * `-qc CMD`; -E, -T, -B, -I, -O, -m and -o take values, -t an attached one), or BSD's `script [file [command ...]]`.
 */
function scriptCommand(args: readonly string[]): string | undefined {
    const { options, operands } = getopt(args, "cETBIOmo", [
        "command",
        "echo",
        "log-timing",
        "log-io",
        "log-in",
        "log-out",
        "logging-format",
        "output-limit",
    ]);
    const command = optionValues(options, "-c", "--command").at(-1);
    return command ?? (operands.length > 1 ? operands.slice(1).join(" ") : undefined);
}

/**
 * The program a telnet server runs on each connection's terminal: busybox telnetd `-l LOGIN` ("Exec LOGIN on
 * connect"), inetutils `-E/--exec-login STRING` ("set program to be executed instead of standard login(1)"), netkit's
 * `-L LOGINPRG`, BSD's `-p LOGINPROG` (busybox's -p is its port, a number); login(1), which asks for a password, by
 * default.
 */
function telnetdLogin(args: readonly string[]): string {
    const { options } = getopt(args, "flpbwEL", ["exec-login"]);
    const programs = options.filter(
        ([k, v]) => /^(-l|-L|-E|--exec-login)$/.test(k) || (k === "-p" && !/^\d+$/.test(v)),
    );
    return programs.at(-1)?.[1] ?? "/bin/login";
}

/**
 * A Python program's words with each long option it defines spelled in full: argparse "allows long options to be
 * abbreviated to a prefix, if the abbreviation is unambiguous (the prefix matches a unique option)" (Python docs,
 * argparse, "Argument abbreviations (prefix matching)" and allow_abbrev, default True; optparse alike), `--dir /` is
 * `--directory /`, `--dir=/` is `--directory=/`. An exact name, an ambiguous or unknown prefix stays as written (argparse
 * refuses it); words after `--` are kept. `long` lists every long option of the program (a missing one can only make
 * a prefix look unique that argparse refuses as ambiguous).
 */
function argparseLongOptions(words: readonly string[], long: readonly string[]): string[] {
    const end = words.indexOf("--");
    return words.map((w, i) => {
        const m = /^--([^=]+)(=[\s\S]*)?$/.exec(w);
        if (!m || (end >= 0 && i > end) || long.includes(m[1])) return w;
        const matches = long.filter(o => o.startsWith(m[1]));
        return matches.length === 1 ? `--${matches[0]}${m[2] ?? ""}` : w;
    });
}

/** The values of the options named. */
export const optionValues = (options: readonly [string, string][], ...names: string[]) =>
    options.filter(([k]) => names.includes(k)).map(([, v]) => v);

/** Short options of ncat (and the netcats) that take a value (Ncat reference guide, "Options Summary"). */
const NCAT_VALUES = "ceGgmdioxpswqTXIOPMV";

const NCAT_LONG_VALUES =
    /^--(proxy-type|proxy-auth|proxy|allow|deny|allowfile|denyfile|exec|sh-exec|lua-exec|source|source-port|output|hex-dump|append-output|wait|idle-timeout|delay|max-conns|ssl-cert|ssl-key|ssl-trustfile|ssl-ciphers|ssl-servername|ssl-alpn|proxy-dns)$/;

/**
 * An ncat (or netcat) command line read as ncat reads it: whether it listens (-l/--listen), the options' values by
 * name, and the operands left (`ncat -l [host] [port]`; the port as a number). Short options cluster (`-lvnp 4444`,
 * `-lp4444`), a value-taking letter taking the rest of the cluster or the next word. Where it misreads, it reads an
 * address too many or too few, both refused by loopbackOnly.
 */
export function ncatCommand(operands: readonly string[]): {
    listen: boolean;
    values: [string, string][];
    hosts: string[];
} {
    const values: [string, string][] = [];
    const hosts: string[] = [];
    let listen = false;
    for (let i = 0; i < operands.length; i++) {
        const w = operands[i];
        const long = /^(--[a-z-]+)(?:=(.*))?$/.exec(w);
        if (long) {
            if (long[1] === "--listen") listen = true;
            if (long[2] !== undefined) values.push([long[1], long[2]]);
            else if (NCAT_LONG_VALUES.test(long[1])) values.push([long[1], operands[++i] ?? ""]);
            else values.push([long[1], ""]);
        } else if (/^-[a-zA-Z0-9]/.test(w)) {
            for (let k = 1; k < w.length; k++) {
                if (w[k] === "l") listen = true;
                if (NCAT_VALUES.includes(w[k])) {
                    values.push([`-${w[k]}`, k + 1 < w.length ? w.slice(k + 1) : (operands[++i] ?? "")]);
                    break;
                }
                values.push([`-${w[k]}`, ""]);
            }
        } else if (!/^\d+$/.test(w)) hosts.push(w);
    }
    return { listen, values, hosts };
}

/**
 * Whether a listener's clients are the node's own only: it binds loopback or a unix socket (loopbackOnly), or admits
 * loopback clients only (ncat --allow, socat range=, tinyproxy Allow, xinetd only_from, exports' clients, rsyncd
 * hosts allow, Dante's client rules).
 */
export const localOnly = (binds: readonly string[], allowed: readonly string[] = []) =>
    loopbackOnly(binds) || loopbackOnly(allowed);

/** socat's listening address types (socat(1), "ADDRESS TYPES"): TCP-LISTEN, TCP-L, UDP-RECVFROM, OPENSSL-LISTEN ... */
export const SOCAT_LISTENER =
    /^(tcp|udp|udplite|sctp|dccp|openssl|ssl|openssl-dtls|dtls)[46]?-(listen|l|recvfrom|recv)(:|,|$)/i;

/**
 * Whether a command naming instance metadata relays it to the instance's own processes only (socat(1) "ADDRESS
 * TYPES", "ADDRESS OPTIONS"; Ncat guide): socat whose other address is a listener bound to loopback or admitting
 * loopback clients (bind=, range=: localOnly) or the command's own standard input and output (`-`, STDIO); ncat
 * listening the same way, or connecting to instance metadata without a command. Anything else (a connection out, a
 * program, iptables DNAT, systemd-socket-proxyd ...) may hand instance metadata to the network.
 */
export function relayListensLocally(name: string, operands: readonly string[]): boolean {
    if (name === "socat") {
        const addresses = operands.filter(w => !w.startsWith("-") || w === "-").slice(-2);
        return (
            addresses.length === 2 &&
            addresses.some(a => namesImds(a)) &&
            addresses.every(a => {
                if (namesImds(a)) return true;
                if (/^(-|stdio|stdin|stdout)(,|$)/i.test(a)) return true;
                if (!SOCAT_LISTENER.test(a)) return false;
                const options = a.split(",").slice(1);
                const option = (key: string) =>
                    options.flatMap(o => (o.toLowerCase().startsWith(`${key}=`) ? [o.slice(key.length + 1)] : []));
                return localOnly(option("bind"), option("range"));
            })
        );
    }
    if (/^(ncat|nc|netcat)$/.test(name)) {
        const { listen, values, hosts } = ncatCommand(operands);
        if (listen)
            return localOnly(
                hosts,
                values.filter(([k]) => k === "--allow").flatMap(([, v]) => v.split(",")),
            );
        return (
            hosts.length > 0 &&
            hosts.every(h => namesImds(h)) &&
            !values.some(([k]) => /^(-e|--exec|-c|--sh-exec|--lua-exec)$/.test(k))
        );
    }
    return false;
}

/** An interface a server binds by name (ttyd -i, Dante's internal:): `lo` is loopback, any other every pod's. */
export const interfaceAddress = (name: string) => (name === "lo" ? "127.0.0.1" : name);

/**
 * A network server a root process of the node runs: what it serves each client (a command line the connection
 * drives, a directory's files, or a forward proxy), the addresses it listens on ([]: its default, every address)
 * and the clients it admits ([]: every client).
 */

/**
 * What servers on the node's network open, each judged by one loopback test (localOnly): only the node's own
 * processes and host-network pods reach a listener on loopback, and a host-network pod reaches instance metadata
 * and the node's identity itself (podSpec.ts onHostNetwork, judged where the pod is). Beyond it every pod does (the
 * EKS cluster security group allows traffic between nodes and pods; VPC CNI pods are in the VPC), so:
 * - a shell (a command line that runs what the client sends, runsClientCommands) runs it on the node, as root
 *   unless set otherwise, with the node's network (instance metadata: the node role);
 * - files of a directory at, above or inside the node's secrets (podSpec.ts holdsNodeSecrets: the kubelet's client
 *   key, every pod's projected token) hand them to whoever connects, who then acts as the node or as every
 *   ServiceAccount there; other directories are what the server is for;
 * - a forward proxy (SOCKS or HTTP) relays whatever host a client names from the node's network namespace, one hop
 *   from instance metadata, so the hop limit of 1 protects nothing (as forwardProxies).
 */
export function listenerOpenings(
    listeners: readonly Listener[],
    how: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): NodeOpening[] {
    return listeners.flatMap((listener): NodeOpening[] => {
        const { server, binds, allowed = [], serves } = listener;
        // A program run on each connection that is a network client relays it (servedForwarders): a forwarder held
        // for the join as every other one is, wherever the listener is.
        const relays = forwarderMarks(servedForwarders(listener, fileText, view), how);
        // On loopback it is held for the join with the user data's forwarders (loopbackJoin).
        if (localOnly(binds, allowed)) return [heldForJoin({ listener, how }), ...relays];
        const on = `${server} on ${binds.length === 0 ? "every address" : binds.join(", ")}${allowed.length > 0 ? ` for ${allowed.join(", ")}` : ""}`;
        if ("shell" in serves) {
            if (runsClientCommands(serves.shell)) return [shellServed(how, on), ...relays];
            // A program a super-server runs on each connection that serves files over it: judged as that file server.
            const served = stdioFileServer(serves.shell, fileText, view);
            return [
                ...relays,
                ...(served === false ? [] : listenerOpenings([{ ...listener, serves: { files: served } }], how)),
            ];
        }
        if ("code" in serves) return [shellServed(how, `${on}: ${serves.code}`), ...relays];
        if ("proxy" in serves)
            return [
                imdsRelay(`${how}: ${on}, a forward proxy to whatever host a client names; listen on 127.0.0.1 only`),
            ];
        if ("unread" in serves)
            return [
                {
                    who: "every pod that reaches the node",
                    what: `user data has root run ${serves.unread}, a program the pack does not read, listening beyond loopback (${how}: ${on}): what it serves (a shell, the node's files and every pod's token, a proxy to instance metadata) is unknown, and every pod reaches the node's addresses. Bind it to 127.0.0.1, or run a server the pack reads (README, "node user data")`,
                },
            ];
        const dir = serves.files;
        return dir === undefined || holdsNodeSecrets(dir)
            ? [
                  {
                      who: "every pod that reaches the node",
                      what: `user data serves ${dir ?? "a directory the pack cannot know"} to the node's network (${how}: ${on}): it ${dir === undefined ? "may hold" : "holds"} the node's credentials or every pod's token (podSpec.ts NODE_SECRETS: the kubelet's client key, projected ServiceAccount tokens), and whoever connects reads them and acts as the node or as every ServiceAccount there; every pod reaches the node's addresses. Serve a directory outside them, or to 127.0.0.1 only`,
                  },
              ]
            : [];
    });
}

/**
 * The directory a command line run with a connection as its standard input and output (a super-server's program:
 * tcpsvd/udpsvd, tcpserver, inetd, xinetd, systemd-socket-activate --inetd, socat EXEC:, ncat -e) serves as a file
 * server of the connection, undefined when it cannot know it; false when it is none the pack reads so:
 * - busybox ftpd "[-wvS] [-a USER] [-t N] [-T N] [DIR]" ("Anonymous FTP server. Client can use DIR", "-w Allow
 *   upload"; the busybox tcpsvd example `tcpsvd -vE 0.0.0.0 21 ftpd /files`): DIR, else its working directory;
 * - busybox httpd -i ("Inetd mode"): its home as busyboxHttpdConfig reads it (its P: proxies are servedRelays');
 * - busybox tftpd "[-crl] [-u USER] [DIR]" and tftp-hpa's in.tftpd `-s DIR` (tftpd(8) "--secure, -s"): DIR.
 * Its working directory is the super-server's, which the pack does not follow: unknown.
 * Round 81: programs that speak a file protocol on their standard input and output serve the whole file system to the
 * connection, with no login of their own: OpenSSH's sftp-server (sftp-server(8): "speaks the server side of SFTP
 * protocol to stdout and expects client requests from stdin ... not intended to be called directly, but from sshd";
 * the client names any path, -d only sets the start directory) and `rsync --server` (rsync(1) "INTERNAL OPTIONS": the
 * remote end the client's rsync drives; with --sender it sends the path operands, else it writes them): /.
 */
export function stdioFileServer(
    line: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): string | undefined | false {
    for (const command of lineCommands(line).map(appletWords)) {
        const name = posix.basename(command[0] ?? "");
        const args = command.slice(1);
        if (/^(sftp-server|internal-sftp)$/.test(name)) return "/";
        if (name === "rsync" && args.includes("--server")) return "/";
        if (name === "ftpd") return servedDirectory(getopt(args, "atT", []).operands[0], undefined);
        if (name === "httpd" && getopt(args, "cpuhrmde", []).options.some(([k]) => k === "-i"))
            return busyboxHttpdConfig(args, undefined, fileText, view).home;
        if (name === "tftpd") return servedDirectory(getopt(args, "uU", []).operands[0], undefined);
        if (name === "in.tftpd") {
            const { operands } = getopt(args, "acuUtTmBbPrRLpv", ["address", "user", "umask", "timeout"]);
            return servedDirectory(operands.at(-1), undefined);
        }
        if (namesWholeNode(args)) return "/";
    }
    return false;
}

/**
 * Round 82: whether a program run on each connection names the whole node among its words (an operand, an option's
 * value, `-C /`): `/` or a node block device (NODE_BLOCK_DEVICE). Its standard input and output are the connection
 * (xinetd.conf(5) "server", systemd.socket(5) Accept=yes with StandardInput=socket, socat EXEC:), so what it reads
 * there is sent to the client and what it writes there comes from the client: `tar -C / -cf - .` hands every node
 * file to whoever connects, `tar -C / -xf -` writes the client's files anywhere.
 */
const namesWholeNode = (args: readonly string[]) =>
    args.map(w => w.replace(/^--?[\w.-]+=/, "")).some(w => w === "/" || NODE_BLOCK_DEVICE.test(w));

/**
 * Round 82: what a socat file address beside a listener serves (socat(1) "OPEN:<filename> Opens <filename> using the
 * open() system call", "CREATE:<filename> Opens <filename> with creat()", "GOPEN:<filename> (Generic open)"): the
 * file is read to and written from each client. A node block device or `/` serves every node file; a write (CREATE:,
 * or OPEN:/GOPEN: without rdonly) of a path outside the log and scratch directories lets the client choose a root
 * file's content (/etc/cron.d: a root shell; fail closed where the pack cannot say who reads it); a read serves that
 * file, judged as a file server of it (a node secret refused).
 */
function socatFileServes(address: string): Listener["serves"] | undefined {
    const m = /^(open|create|gopen):([^,]*)(.*)$/i.exec(address);
    if (!m) return undefined;
    const path = posix.normalize(m[2] === "" ? "." : m[2]);
    if (path === "/" || NODE_BLOCK_DEVICE.test(path)) return { files: "/" };
    const writes = /^create$/i.test(m[1]) || !/,(rdonly|o-rdonly)(,|$)/i.test(m[3]);
    if (writes && !/^\/(var\/log|tmp|var\/tmp)\/|^\/dev\/null$/.test(path))
        return { code: `socat ${address}: whoever connects writes ${path} as root` };
    return { files: path };
}

/** The short options of pen(1) and balance(1) that take a value. */
export const BALANCER_VALUES = { pen: "bcetxjuFlpwCToEKGALS", balance: "bBtTcS" };

/**
 * pen's control interface (pen(1) "-C port|/path/to/socket": penctl(1) connects to it and sets any server's address
 * and port): whoever reaches it points pen anywhere, the node's loopback too, as an open proxy does. balance's own
 * relays are commandForwarders'.
 */
export function penListeners(args: readonly string[]): Listener[] {
    return optionValues(getopt(args, BALANCER_VALUES.pen, []).options, "-C")
        .filter(control => !control.startsWith("/"))
        .map(control => ({
            server: `pen -C ${control} (its control interface)`,
            binds: [/^\d+$/.test(control) ? `0.0.0.0:${control}` : control],
            serves: { proxy: true as const },
        }));
}

/**
 * toybox netcat's served command (toybox netcat.c help: "netcat [-46ELUlt] [-u] [-wpq #] [-s addr] {IPADDR PORTNUM|-f
 * FILENAME|COMMAND...}", "-L Listen and background each incoming connection (server mode)", "-l Listen for one
 * incoming connection, then exit", "-s Local source address"; its options end at the first operand, its doc's shell
 * server is `netcat -L sh`): listening with operands, it runs them on each connection, bound to -s (every address
 * without). -L is toybox's alone among the node's netcats (Ncat and OpenBSD nc have none), so it is read so under any
 * name; -l with operands only under the toybox or busybox name (`lOnly`; busybox's -e/-i values skipped alike).
 */
export function toyboxNetcatListeners(args: readonly string[], lOnly: boolean): Listener[] {
    const binds: string[] = [];
    let mode = "";
    let port: string | undefined;
    let i = 0;
    for (; i < args.length && /^-./.test(args[i]) && args[i] !== "--"; i++)
        for (let k = 1; k < args[i].length; k++) {
            const letter = args[i][k];
            if (letter === "l" || letter === "L") mode += letter;
            if ("wWpqsfei".includes(letter)) {
                const value = k + 1 < args[i].length ? args[i].slice(k + 1) : (args[++i] ?? "");
                if (letter === "s") binds.push(value);
                if (letter === "p") port = value;
                break;
            }
        }
    const command = args.slice(args[i] === "--" ? i + 1 : i);
    const served = lOnly ? mode.includes("l") && !mode.includes("L") : mode.includes("L");
    return served && command.length > 0
        ? [
              {
                  server: `netcat -${mode} running ${command.join(" ")}`,
                  binds,
                  port,
                  serves: { shell: commandLine(command) },
              },
          ]
        : [];
}

/** ncat/nc listening (ncatCommand): --exec/-e, --sh-exec/-c and --lua-exec commands, and --proxy-type http. */
export function ncatListeners(name: string, args: readonly string[]): Listener[] {
    const toybox = toyboxNetcatListeners(args, false);
    if (toybox.length > 0) return toybox;
    const { listen, values, hosts } = ncatCommand(args);
    if (!listen) return [];
    const allowed = values.filter(([k]) => k === "--allow").flatMap(([, v]) => v.split(","));
    const at = { binds: hosts, allowed, port: ncatPort(args) };
    return [
        ...values
            .filter(([k]) => /^(-e|--exec|-c|--sh-exec|--lua-exec)$/.test(k))
            .map(([k, v]) => ({
                server: `${name} ${k} ${v}`,
                ...at,
                serves: { shell: k === "--lua-exec" ? `lua ${v}` : v },
            })),
        ...(values.some(([k, v]) => k === "--proxy-type" && v === "http")
            ? [{ server: "ncat as an HTTP proxy server", ...at, serves: { proxy: true as const } }]
            : []),
    ];
}

/** socat: a listening address (bind= its address, range= its clients) and an EXEC:, SYSTEM: or SHELL: one. */
export function socatListeners(args: readonly string[]): Listener[] {
    const addresses = args.filter(w => !w.startsWith("-") || w === "-").slice(-2);
    const listener = addresses.find(a => SOCAT_LISTENER.test(a));
    if (!listener) return [];
    const [head, ...options] = listener.split(",");
    const option = (key: string) =>
        options.flatMap(o => (o.toLowerCase().startsWith(`${key}=`) ? [o.slice(key.length + 1)] : []));
    return addresses.flatMap(a => {
        const exec = /^(exec|system|shell):(.*)$/i.exec(a);
        const file = socatFileServes(a);
        if (file !== undefined)
            return [
                {
                    server: `socat ${listener} ${a}`,
                    binds: option("bind"),
                    allowed: option("range"),
                    port: head.split(":")[1],
                    serves: file,
                },
            ];
        return exec
            ? [
                  {
                      server: `socat ${listener} ${exec[0]}`,
                      binds: option("bind"),
                      allowed: option("range"),
                      port: head.split(":")[1],
                      serves: { shell: exec[2].split(/(?<!\\),/)[0] },
                  },
              ]
            : [];
    });
}

/** systemd-socket-activate --inetd -l ADDR DAEMON: the connection is the daemon's standard input. */
export function socketActivateListeners(args: readonly string[]): Listener[] {
    if (!args.includes("--inetd")) return [];
    const listens: string[] = [];
    let i = 0;
    for (; i < args.length && args[i].startsWith("-"); i++) {
        const m = /^(?:-l|--listen)(?:=(.*))?$/.exec(args[i]);
        if (m) listens.push(m[1] ?? args[++i] ?? "");
        else if (/^(-E|--setenv|--fdname)$/.test(args[i])) i++;
    }
    const daemon = args.slice(i);
    return [
        {
            server: `systemd-socket-activate --inetd running ${daemon.join(" ")}`,
            binds: listens,
            serves: { shell: commandLine(daemon) },
        },
    ];
}

/** A telnet server: its login program (telnetdLogin) on `-b ADDR[:PORT]`, every address by default; -i/-w: inetd's. */
export function telnetdListeners(name: string, args: readonly string[]): Listener[] {
    const { options } = getopt(args, "flpbwEL", ["exec-login"]);
    if (options.some(([k]) => k === "-i" || k === "-w")) return [];
    const login = telnetdLogin(args);
    return [{ server: `${name} running ${login}`, binds: optionValues(options, "-b"), serves: { shell: login } }];
}

/**
 * ttyd serves its command in a browser terminal (tsl0922/ttyd man page: "ttyd [options] <command> [<arguments...>]";
 * -i/--interface "Network interface to bind (eg: eth0), or UNIX domain socket path"). Clients type into it unless it
 * is read-only: ttyd 1.6 writes by default (-R/--readonly stops it), 1.7 only with -W/--writable, and the pack cannot
 * know the version, so only -R is read-only. A -c credential is a password in user data (refused where user data
 * sets one), so it changes nothing.
 */
export function ttydListeners(args: readonly string[]): Listener[] {
    const { options, operands } = getopt(
        args,
        "picugswtTIbPCKAdmHU",
        [
            ...["port", "interface", "credential", "uid", "gid", "signal", "cwd", "client-option", "terminal-type"],
            ...["index", "base-path", "ping-interval", "ssl-cert", "ssl-key", "ssl-ca", "debug", "max-clients"],
            ...["auth-header", "socket-owner"],
        ],
        true,
    );
    if (options.some(([k]) => k === "-R" || k === "--readonly")) return [];
    return [
        {
            server: `ttyd ${operands.join(" ")}`,
            binds: optionValues(options, "-i", "--interface").map(interfaceAddress),
            serves: { shell: commandLine(operands) },
        },
    ];
}

/**
 * GoTTY likewise (yudai/gotty README: --address/-a "IP address to listen" default 0.0.0.0; --permit-write/-w "Permit
 * clients to write to the TTY"; --config, a file whose permit_write the pack does not read).
 */
export function gottyListeners(args: readonly string[]): Listener[] {
    const { options, operands } = getopt(
        args,
        "apc",
        [
            ...["address", "port", "credential", "random-url-length", "tls-crt", "tls-key", "tls-ca-crt", "index"],
            ...["title-format", "reconnect-time", "max-connection", "timeout", "width", "height", "ws-origin", "term"],
            ...["close-signal", "close-timeout", "config", "path"],
        ],
        true,
    );
    const writes = options.some(
        ([k, v]) => ((k === "-w" || k === "--permit-write") && v !== "false") || k === "--config",
    );
    return writes
        ? [
              {
                  server: `gotty ${operands.join(" ")}`,
                  binds: optionValues(options, "-a", "--address"),
                  serves: { shell: commandLine(operands) },
              },
          ]
        : [];
}

/**
 * Servers run as Python modules (`python3 [options] -m MODULE ARGS`; python(1)'s own flags cluster, -W and -X take
 * values, -c or a script runs no module):
 * - http.server (`[port] [--bind ADDR] [--directory DIR]`; Python docs, http.server: "By default, the server binds
 *   itself to all interfaces", and serves "the current directory if directory is not provided") and Python 2's
 *   SimpleHTTPServer (the working directory, every address);
 * - pyftpdlib's stand-alone FTP server (pyftpdlib docs, "Command line usage": "-i ADDRESS, --interface ADDRESS
 *   specify the interface to run on (default all interfaces)", "-d FOLDER, --directory FOLDER specify the directory
 *   to share (default current directory)"; anonymous read access unless -u/-P);
 * - proxy.py (`python -m proxy`, proxyPyListeners).
 */
export function pythonModuleListeners(args: readonly string[], cwd: string | undefined): Listener[] {
    // python's options by pythonInvocation; an option it does not know may take the next word as its value, making
    // any later word the script: a program the pack does not read, on every address (fail closed).
    const run = pythonInvocation(args);
    if (run?.kind === "unknown")
        return [
            {
                server: `python ${args.join(" ")}`,
                binds: [],
                serves: { unread: `python ${args.join(" ")} (its option ${run.value} is one the pack does not read)` },
            },
        ];
    if (run?.kind !== "m") return [];
    const module = run.value;
    const rest = run.rest;
    if (module === "proxy") return proxyPyListeners(rest);
    if (module === "pyftpdlib") {
        const valued = [
            "interface",
            "port",
            "directory",
            "nat-address",
            "range",
            "username",
            "password",
            "concurrency",
        ];
        const { options } = getopt(
            argparseLongOptions(rest, [...valued, "write", "debug", "verbose", "version", "help"]),
            "ipwdnrDuPVc",
            valued,
        );
        return [
            {
                server: "python -m pyftpdlib (FTP)",
                binds: optionValues(options, "-i", "--interface"),
                serves: { files: servedDirectory(optionValues(options, "-d", "--directory").at(-1), cwd) },
            },
        ];
    }
    if (!HTTP_SERVER_MODULES.test(module ?? "")) return [];
    const { options } = getopt(argparseLongOptions(rest, HTTP_SERVER_LONG_OPTIONS(module ?? "")), "bdp", [
        "bind",
        "directory",
        "protocol",
    ]);
    const directory = optionValues(options, "-d", "--directory").at(-1);
    // Round 74: Python docs "http.server" (command line: "--cgi ... CGIHTTPRequestHandler"; it runs the scripts of
    // /cgi-bin and /htbin below its directory "instead of serving it as a file", the request's query in QUERY_STRING)
    // and Python 2's CGIHTTPServer module (its test() serves CGIHTTPRequestHandler): whoever reaches it runs programs
    // the pack does not read, as the server's user: a served shell, as the CGI handler in code is
    // (commandServers.ts pythonFileServers).
    const served = servedDirectory(directory, cwd);
    const cgi = module === "CGIHTTPServer" || options.some(([o]) => o === "--cgi");
    return [
        {
            server: cgi
                ? `python -m ${module} running the CGI scripts of ${served ?? "its directory"}/cgi-bin`
                : `python -m ${module}`,
            binds: optionValues(options, "-b", "--bind"),
            serves: cgi ? { shell: "sh" } : { files: served },
        },
    ];
}

/**
 * proxy.py (abhinavsingh/proxy.py README, "Flags": `--hostname` "Default: 127.0.0.1. Server IP address", `--port`
 * default 8899): an HTTP forward proxy for whoever reaches its address.
 */
export function proxyPyListeners(args: readonly string[]): Listener[] {
    const hostnames = args.flatMap((w, i) =>
        w.startsWith("--hostname=") ? [w.slice(11)] : args[i - 1] === "--hostname" ? [w] : [],
    );
    return [
        {
            server: "proxy.py (HTTP proxy)",
            binds: hostnames.length > 0 ? hostnames : ["127.0.0.1"],
            serves: { proxy: true },
        },
    ];
}

/**
 * Caddy's `caddy file-server` (Caddy docs, "Command Line": "--root specifies the root file path. Default is the
 * current working directory", "--listen accepts a listener address. Default is :80, unless --domain is set"; Go's
 * empty host is every address): the files of its root. Its other commands read a Caddyfile or JSON the pack does not
 * (unreadListeners decides on their addresses; reverse-proxy to instance metadata is a relay, namesImds).
 */
export function caddyListeners(args: readonly string[], cwd: string | undefined): Listener[] {
    const { options, operands } = getopt(args, "rldpc", ["root", "listen", "domain", "precompressed", "file-limit"]);
    if (operands[0] !== "file-server") return unreadListeners("caddy", args);
    const listen = optionValues(options, "-l", "--listen");
    return [
        {
            server: "caddy file-server",
            binds: listen.length > 0 ? listen : [":80"],
            serves: { files: servedDirectory(optionValues(options, "-r", "--root").at(-1), cwd) },
        },
    ];
}

/**
 * Prometheus' node_exporter (prometheus/node_exporter README: "--web.listen-address" default ":9100"): it serves only
 * the node's metrics, and its textfile collector reads `*.prom` metric files only (README, "Textfile Collector"): no
 * file content, shell or proxy. A listener that serves nothing custody.
 */
export const nodeExporterListeners = (): Listener[] => [];

/** A server's directory: `given` resolved from the working directory, which it is by default; undefined if unknown. */
export const servedDirectory = (given: string | undefined, cwd: string | undefined) =>
    given?.startsWith("/") ? posix.resolve(given) : cwd === undefined ? undefined : posix.resolve(cwd, given ?? ".");

/** busybox httpd's default root configuration file (httpd.c DEFAULT_PATH_HTTPD_CONF "/etc", HTTPD_CONF). */
const BUSYBOX_HTTPD_CONF = "/etc/httpd.conf";

/**
 * What busybox httpd serves by its command line and its root configuration (httpd.c: "-c FILE Configuration file
 * (default {/etc,HOME}/httpd.conf)", "-h HOME Home directory (default .)"; parse_conf reads -c FILE, else
 * /etc/httpd.conf, after changing to HOME, and only these honour `H:/serverroot` ("define the server root. It will
 * override -h"; relative to the directory before it) and `P:/url:[http://]hostname[:port]/new/path` ("When
 * /urlXXXXXX is requested, reverse proxy it", FEATURE_HTTPD_PROXY; port 80 by default): HOME's own httpd.conf is
 * read without them, `flag == FIRST_PARSE`). Its home (undefined when the pack cannot know it) and the loopback ends
 * its proxies reach. A /etc/httpd.conf user data does not write is the AMI's (AL2023 has none: its Apache's is
 * /etc/httpd/conf/httpd.conf); a -c FILE it does not write, or a file it changes in a way the pack cannot compute
 * (readConfig), may hold any H: and P: line: a home the pack cannot know and a proxy to any loopback end, as
 * configuredListeners fails closed.
 */
export function busyboxHttpdConfig(
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { home: string | undefined; proxies: LoopbackEnd[] } {
    const { options } = getopt(args, "cpuhrmde", []);
    let home = servedDirectory(optionValues(options, "-h").at(-1), cwd);
    const given = optionValues(options, "-c").at(-1);
    const path = given === undefined ? BUSYBOX_HTTPD_CONF : servedDirectory(given, home);
    const text = path === undefined ? null : readConfig(path, fileText, view);
    if (text === null || (text === undefined && given !== undefined)) return { home: undefined, proxies: [{}] };
    const proxies: LoopbackEnd[] = [];
    // Whitespace and `#` comments dropped; the directive is the first letter, either case (parse_conf).
    for (const line of (text ?? "").split(/\r?\n/).map(l => l.replace(/#.*$/, "").replace(/\s+/g, ""))) {
        const value = line.slice(line.indexOf(":") + 1);
        if (!line.includes(":") || value === "") continue;
        if (/^h$/i.test(line[0])) home = home === undefined ? undefined : servedDirectory(value, home);
        const proxy = /^p$/i.test(line[0]) ? /^[^:]*:(?:http:\/\/)?([^/]+)\//.exec(value) : null;
        const to = proxy ? loopbackEnd(proxy[1], 80) : undefined;
        if (to) proxies.push(to);
    }
    return { home, proxies };
}

/**
 * busybox httpd (usage: "-p [IP:]PORT  Bind to IP:PORT (default *:80)"; its home by busyboxHttpdConfig; -i is
 * inetd's, -m/-d/-e only encode and exit). Only busybox's applet: Apache's httpd reads its configuration. Its P:
 * proxies are commandForwarders'.
 */
export function busyboxHttpdListeners(
    args: readonly string[],
    cwd: string | undefined,
    _: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): Listener[] {
    const { options } = getopt(args, "cpuhrmde", []);
    if (options.some(([k]) => /^-[imde]$/.test(k))) return [];
    return [
        {
            server: "busybox httpd",
            binds: optionValues(options, "-p"),
            serves: { files: busyboxHttpdConfig(args, cwd, fileText, view).home },
        },
    ];
}

/** exportfs(8) `-o OPTIONS CLIENT:/PATH` (an empty client, or `*`, is every host); -u unexports. */
export function exportfsListeners(args: readonly string[]): Listener[] {
    const { options, operands } = getopt(args, "od", []);
    if (options.some(([k]) => k === "-u")) return [];
    return operands.flatMap(op => {
        const m = /^(.*):(\/[^:]*)$/.exec(op);
        return m
            ? [{ server: `an NFS export (exportfs ${op})`, binds: [], allowed: [m[1] || "*"], serves: { files: m[2] } }]
            : [];
    });
}

/**
 * chisel's server (chisel README, `chisel server --help`: "--host, Defines the HTTP listening host – the network
 * interface (defaults the environment variable HOST and falls back to 0.0.0.0)", "--port, -p, Defines the HTTP
 * listening port (defaults to the environment variable PORT and fallsback to port 8080)", "--auth ... (defaults to the
 * AUTH environment variable)", "--authfile"): without auth any client opens forward remotes the server dials, instance
 * metadata and the node's loopback among them, a forward proxy. Its client's reverse remotes are relays
 * (dialledOutForwarders); its client's own listeners relay to the server's side, not the node's.
 */
export function chiselListeners(args: readonly string[]): Listener[] {
    if (args[0] !== "server") return [];
    const { options } = getopt(goFlags(args.slice(1)), "p", CHISEL_SERVER_VALUES);
    if (optionValues(options, "--auth", "--authfile").some(v => v !== "")) return [];
    return [
        {
            server: "chisel server (no --auth)",
            // The last --host wins (HOST from the environment comes first: rootReads.ts environmentOptions).
            binds: optionValues(options, "--host").slice(-1),
            port: optionValues(options, "-p", "--port").at(-1) ?? "8080",
            serves: { proxy: true },
        },
    ];
}

/**
 * pproxy's listeners (qwj/python-proxy README: "-l LISTEN tcp server uri (default: http+socks4+socks5://:8080/)", "-ul"
 * UDP; URI `{scheme}://[{cipher}@]{netloc}/...#{auth}`, an empty host every address): each a proxy unless `#user:pass`
 * authenticates its clients or a shadowsocks cipher key (`ss://cipher:key@`) does. A `tunnel{HOST:PORT}` scheme's fixed
 * relay is read as a proxy too, failing closed.
 */
export function pproxyListeners(args: readonly string[]): Listener[] {
    const uris = args.flatMap((w, i) => {
        const m = /^-u?l(?:=?(.+))?$/.exec(w);
        return m ? [m[1] ?? args[i + 1] ?? ""] : [];
    });
    return (uris.length > 0 ? uris : ["http+socks4+socks5://:8080/"]).flatMap(uri => {
        const m = /^([^:/]*):\/\/(?:([^@/#]*)@)?([^/#?]*)[^#]*(?:#(.*))?$/.exec(uri);
        if (m && ((m[4] ?? "") !== "" || (/^ssr?$/i.test(m[1]) && (m[2] ?? "").includes(":")))) return [];
        const netloc = m?.[3] ?? "";
        return [
            {
                server: `pproxy -l ${uri}`,
                binds: [netloc.startsWith(":") ? `0.0.0.0${netloc}` : netloc],
                serves: { proxy: true as const },
            },
        ];
    });
}

/** 3proxy.cfg(3) services that proxy whatever host a client names (proxy(8), socks(8), ...), with their default ports. */
const THREE_PROXY_SERVICES: Record<string, string> = {
    proxy: "3128",
    socks: "1080",
    auto: "3129",
    admin: "80",
    ftppr: "21",
    pop3p: "110",
    smtpp: "25",
    tlspr: "1443",
};

/**
 * The services of 3proxy's configuration (3proxy(8): `3proxy [config_file]`; 3proxy.cfg(3): each line a command, run in
 * order; a service command (`proxy -p3128 -i127.0.0.1`, `tcppm -iIP LOCALPORT DSTHOST DSTPORT`) listens on its -i
 * address, else `internal`'s, else every address (proxy(8) "-i Internal address ... By default connection to any
 * interface is accepted. It's usually unsafe."); `auth` sets its clients' authentication, `none` by default, `strong`
 * (with `cache`) a user's password, the rest (iponly, useronly, nbname, dnsname) no password. Undefined: a
 * configuration the pack does not read (not written, changed, stdin, `$file` inclusions in the lines that count).
 */
export function threeProxyServices(
    args: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): { service: string; binds: string[]; port?: string; authenticated: boolean; operands: string[] }[] | undefined {
    const path = args.find(a => !a.startsWith("-"));
    const text = path === undefined ? undefined : readConfig(posix.normalize(path), fileText, view);
    if (typeof text !== "string") return undefined;
    let internal: string[] = [];
    let authenticated = false;
    const services = [];
    for (const raw of text.split(/\r?\n/)) {
        const words = raw.replace(/^\s*#.*$/, "").match(/"(?:[^"]|"")*"|\S+/g) ?? [];
        const [command = "", ...rest] = words.map(w => w.replace(/^"|"$/g, ""));
        const service = command in THREE_PROXY_SERVICES || /^(tcppm|udppm|dnspr)$/.test(command);
        if ((service || /^(auth|internal|include|config)$/.test(command)) && raw.includes("$")) return undefined;
        if (/^(include|config)$/.test(command)) return undefined;
        if (command === "internal") internal = rest.slice(0, 1);
        if (command === "auth") authenticated = rest.length > 0 && rest.every(m => /^(strong|cache)$/.test(m));
        if (!service) continue;
        // proxy(8) "-l[[@]logfile]": -l takes an optional log file glued to it, never letters read as options.
        const { options, operands } = getopt(
            rest.map(w => (/^-l./.test(w) ? "-l" : w)),
            "iep",
        );
        const binds = optionValues(options, "-i");
        services.push({
            service: command,
            binds: binds.length > 0 ? binds : internal,
            port: optionValues(options, "-p").at(-1) ?? THREE_PROXY_SERVICES[command],
            authenticated,
            operands,
        });
    }
    return services;
}

/** 3proxy's proxy services (threeProxyServices) without a password; a configuration it does not read, any. */
export function threeProxyListeners(
    args: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const services = threeProxyServices(args, fileText, view);
    if (services === undefined)
        return [
            {
                server: `3proxy ${args.join(" ")} (a configuration the pack does not read)`,
                binds: [],
                serves: { proxy: true },
            },
        ];
    return services
        .filter(s => s.service in THREE_PROXY_SERVICES && !s.authenticated)
        .map(s => ({ server: `3proxy ${s.service}`, binds: s.binds, port: s.port, serves: { proxy: true } }));
}

/** microsocks, a SOCKS5 proxy (rofl0r/microsocks README: "by default listenip is 0.0.0.0 and port 1080"). */
export function microsocksListeners(args: readonly string[]): Listener[] {
    const { options } = getopt(args, "ipuPbw", []);
    return [{ server: "microsocks (SOCKS5)", binds: optionValues(options, "-i"), serves: { proxy: true } }];
}

/**
 * gost's -L listeners (ginuerzh/gost README: `-L [scheme://][user:pass@host]:port`, no scheme serving HTTP and SOCKS5
 * both): a proxy unless it forwards to a fixed target (tcp://, udp://, rtcp://, rudp:// and `/target`); a -C
 * configuration the pack does not read listens where it says.
 */
export function gostListeners(args: readonly string[]): Listener[] {
    const { options } = getopt(args, "LFCM", []);
    return options.flatMap(([k, raw]): Listener[] => {
        const value = raw.replace(/^=/, "");
        if (k === "-C")
            return [
                { server: `gost -C ${value} (listeners the pack does not read)`, binds: [], serves: { proxy: true } },
            ];
        if (k !== "-L") return [];
        const m = /^(?:([a-z0-9+]+):\/\/)?(?:[^@/]*@)?([^/?]*)(\/[^?]*)?/i.exec(value)!;
        if (/^(tcp|udp|rtcp|rudp)$/i.test(m[1] ?? "") || (m[3] ?? "").length > 1) return [];
        return [{ server: `gost -L ${value}`, binds: [m[2]], serves: { proxy: true } }];
    });
}

/**
 * ssh -D [bind_address:]port, a SOCKS proxy through the connection (ssh(1): "By default, the local port is bound in
 * accordance with the GatewayPorts setting ... an empty address or '*' indicates that the port should be available
 * from all interfaces"; -g and GatewayPorts yes bind every address). Whoever connects reaches what the remote end
 * reaches as the node's SSH identity: the node itself (its instance metadata) when it is localhost.
 */
export function sshListeners(args: readonly string[]): Listener[] {
    const { options, operands, setting, gateway } = sshCommand(args);
    const destination = sshDestination(operands);
    return [
        ...[...optionValues(options, "-D"), ...setting("DynamicForward")].map(forward => {
            const m = /^(?:\[([^\]]*)\]|(.*?))[:/](\d+)$/.exec(forward);
            const address = m ? (m[1] ?? m[2]) : gateway ? "*" : "localhost";
            return {
                server: `ssh -D ${forward}`,
                binds: [address === "" ? "*" : address],
                serves: { proxy: true as const },
            };
        }),
        // ssh(1) -R "[bind_address:]port": "if no explicit destination was specified, ssh will act as a SOCKS 4/5 proxy
        // and forward connections to the destinations requested by the remote SOCKS client": a SOCKS proxy on the
        // destination (another host's) reaching whatever the node reaches, its loopback and instance metadata.
        ...[...optionValues(options, "-R"), ...setting("RemoteForward")]
            .filter(spec => reverseSocks(spec))
            .map(spec => ({
                server: `ssh -R ${spec}, a SOCKS proxy on ${destination} reaching the node's network`,
                binds: [loopbackOnly([destination]) ? destination : `${destination} (another host)`],
                serves: { proxy: true as const },
            })),
    ];
}

/** An ssh -R (RemoteForward) specification naming only `[bind_address:]port`: a reverse dynamic (SOCKS) forward. */
export const reverseSocks = (spec: string) => /^(?:(?:\[[^\]]*\]|[^:\s]*):)?\d+$/.test(spec.trim());

/** ssh's destination host (`[user@]host`, `ssh://[user@]host[:port]`). */
export const sshDestination = (operands: readonly string[]) =>
    (operands[0] ?? "")
        .replace(/^ssh:\/\//, "")
        .replace(/^.*@/, "")
        .replace(/:\d+$/, "");

/**
 * Dropbear's dbclient as ssh (dbclient(1): -L and -R "[listenaddress:]listenport:host:port" as ssh's, -g, -N, -f, -T,
 * -p, -l, -i, -J, -o, -b, -B alike), less its -K keepalive, which takes a value ssh's -K does not.
 */
export const dropbearSshArgs = (args: readonly string[]) =>
    args.filter((w, i) => !/^-K/.test(w) && args[i - 1] !== "-K");

/**
 * ssh's command line (ssh(1) SYNOPSIS: the options taking a value, read after the destination too; `-o Key=Value`
 * settings, the first one given wins; -g or GatewayPorts yes binds forwarded ports on every address): its options and
 * operands (the destination first).
 */
export function sshCommand(args: readonly string[]) {
    const { options, operands } = getopt(args, "BbcDEeFIiJLlmOopQRSWw", []);
    const settings = optionValues(options, "-o").map(o => /^\s*(\w+)\s*[= ]\s*(.*)$/.exec(o) ?? ["", "", ""]);
    const setting = (key: string) =>
        settings.filter(([, k]) => k.toLowerCase() === key.toLowerCase()).map(([, , v]) => v.trim());
    const gateway = options.some(([k]) => k === "-g") || /^yes$/i.test(setting("GatewayPorts")[0] ?? "");
    return { options, operands, setting, gateway };
}

/** `--name=value` or `--name value` of a traitlets or argparse command line, for each name matched. */
export const longValues = (args: readonly string[], name: RegExp) =>
    args.flatMap((w, i) => {
        const m = /^--([^=]+)(=([\s\S]*))?$/.exec(w);
        return m && name.test(m[1]) ? [m[2] !== undefined ? m[3] : (args[i + 1] ?? "")] : [];
    });

/**
 * What a server's configuration reader needs of the script besides the files it wrote (fileText): the files it changed
 * in a way the pack cannot compute (edited in place, appended to, written by a program: viewingJudge), and the
 * values it assigns to environment variables anywhere (an assignment before a command, export, env, a unit's
 * Environment=), undefined for a value the pack cannot compute. The pack cannot tie an assignment to the process that
 * inherits it, so a reader takes every value as possibly its own.
 */
export interface ScriptView {
    /**
     * Whether user data changed `path` in a way the pack cannot compute; with `within`, a command only naming a
     * directory above `within` does not count (`python3 -m venv /opt/jupyter` makes the venv, not its etc/jupyter).
     */
    changed: { has(path: string, within?: string): boolean };
    environment: ReadonlyMap<string, readonly (string | undefined)[]>;
    /**
     * Round 90: the relative literal values (`export OPSD_CONFIG=opsd.yaml`) among `environment`'s undefined ones, by
     * name: a program resolves them against its own working directory (environmentConfigListeners).
     */
    relativeEnvironment?: ReadonlyMap<string, readonly string[]>;
    /** The prefixes X of the Jupyter executables the script runs (`X/bin/jupyter*`, `X/bin/python* -m ...`). */
    jupyterPrefixes?: readonly string[];
    /**
     * Round 77: whether anything but a package manager's install from its registry (npmInstallWrites) may have changed
     * `path`, or a path under it (a tree named or written below it); undefined: the pack cannot tell (nodePackageShadow).
     */
    changedBesidesInstalls?: { has(path: string): boolean };
    /**
     * Round 81: whether a copy, an extraction or a download into a directory (copiedDestinations' trees: tar -C, unzip
     * -d, cp -r) may have put a file of the pack's unknowing at `path`, not written whole since. Unlike `changed`, a
     * command merely naming or running in a directory (mkdir, cd) does not count.
     */
    copiedInto?: { has(path: string): boolean };
    /**
     * Round 87: whether directory `path` lies in a work tree `git clone` wrote that nothing else in user data changed
     * since (no file written, copied, unpacked or named in it, nor a tree above it changed): its files are the
     * checkout's alone, judged where they come from by the root reader (rootReads.ts unverifiedTrees, planted).
     */
    checkouts?: { has(path: string): boolean };
    /** Round 82: the absolute directories the script's `mkdir` commands name (pythonWriteTargetRefusal's own ones). */
    madeDirectories?: ReadonlySet<string>;
    /** The files user data wrote so far, whole or in a way the pack cannot compute (appSettingsListeners' listing). */
    written?: () => Iterable<string>;
    /** A file's text as user data last wrote it whole, when nothing changed it since (undefined otherwise). */
    text?: (path: string) => string | undefined;
    /**
     * What user data appended to a file (`>>`, `tee -a`, write_files `append: true`) when appending text it holds is all
     * it ever did to it (no whole write, no command naming it, no copy or unpack into its directory): the appended texts
     * in order; undefined otherwise. A reader who knows what the package ships there reads that followed by these.
     */
    appendedText?: (path: string) => string | undefined;
    /**
     * The systemd manager environment user data sets for every unit started later (environmentGiven's manager
     * variables: `systemctl set-environment`, DefaultEnvironment=; with `import-environment` the script's own exports),
     * and the unit files and drop-ins it wrote (packagedUnitAgent).
     */
    managerEnvironment?: readonly GivenVariable[];
    /**
     * The ASP.NET Core environment names a command's environment gives it (unitAspNetEnvironments), when that
     * environment is fully known (a systemd unit's); undefined for any other command (appSettingsListeners).
     */
    aspNetEnvironments?: readonly string[];
    /**
     * Round 74: every variable a command's environment gives it, each with every value (unitProgramEnvironment), when
     * that environment is fully known (a systemd unit's); undefined for any other command. A name not in it is unset.
     */
    programEnvironment?: ReadonlyMap<string, readonly string[]>;
    /**
     * The Java feature release of each JDK user data installs, unpacks or links (installedJavaReleases), undefined for one the pack
     * cannot tell: what a `java` found on PATH may be (javaRelease).
     */
    javaReleases?: readonly (number | undefined)[];
    /**
     * The names each path was copied, moved, linked or downloaded from (scriptDownloads, copiedFrom: a URL's file name,
     * a source path's, and that source's own), whatever user data named the file: the program it is (remoteAgent).
     */
    downloads?: ReadonlyMap<string, readonly string[]>;
    /**
     * Round 74: the Python modules user data installs by name from the default package index (scriptPipModules: `pip
     * install NAME[==V]`), an operator's download as `downloads` are (DECIDED round 69).
     */
    pipModules?: ReadonlySet<string>;
    /** Round 82: whether a pip run of the script may read user configuration (scriptPipReadsUserConfiguration). */
    pipReadsUserConfiguration?: boolean;
    /** The programs user data built from sources the pack reads, by path, with the listeners of running them (builtPrograms). */
    built?: ReadonlyMap<string, BuiltProgram>;
}

export const NO_VIEW: ScriptView = { changed: new Set(), environment: new Map() };

/**
 * Round 72: the listeners of running a program user data built (builtPrograms), given the arguments it is run with
 * (undefined: the pack cannot tell them), which its code may hand to a listen call (listenAddressUnknown).
 */
export type BuiltProgram = (args: readonly string[] | undefined) => Listener[];

/**
 * The file an include of `target` (a path or a glob; undefined: a value the pack cannot compute) reads that user data
 * changed in a way the pack cannot compute (a download, a copy, an edit): for a glob, any such file under its literal
 * directory (a superset of its matches), or the directory itself; undefined when there is none. A file it wrote whole
 * is read as itself; one it never touched is the package's. `packaged`: a packaged configuration's own include,
 * counting only files its glob matches (a tree change above them, such as a command in `/`, is not its directory's).
 */
export function includeUnknown(target: string | undefined, view: ScriptView, packaged = false): string | undefined {
    if (target === undefined) return "(a value the pack cannot compute)";
    const glob = /[*?[{]/.test(target);
    const literal = glob ? target.replace(/[*?[{].*$/s, "").replace(/\/[^/]*$/, "") || "/" : target;
    if (!packaged && view.changed.has(literal)) return literal;
    const files = [...(view.written?.() ?? [])].filter(p => p.startsWith(`${literal}/`) && view.changed.has(p));
    return glob ? files.find(p => !packaged || globNames(target, p)) : undefined;
}

/** Whether a glob (include directives: glob(3), Go's filepath.Match) names `path` (shell.ts globRegExp, as a pathname). */
export const globNames = (glob: string, path: string) => globRegExp(glob, { path: true })?.test(path) ?? true;

/** A configuration file as the server finds it: its text, null when its content is unknown, undefined when unwritten. */
export function readConfig(
    path: string,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    within?: string,
): string | null | undefined {
    return view.changed.has(path, within) ? null : fileText?.(path);
}

/** The default configuration files of the inetd and xinetd super-servers (inetd(8), xinetd(8)). */
export const INETD_CONF = "/etc/inetd.conf";

/**
 * Python modules with http.server's command line (`[port] [--bind ADDR] [--directory DIR]`) and request handlers:
 * http.server, Python 2's SimpleHTTPServer and CGIHTTPServer, and its extensions RangeHTTPServer (danvk/RangeHTTPServer,
 * "SimpleHTTPServer with support for Range requests": `python -m RangeHTTPServer` "Serving HTTP on 0.0.0.0 port 8000")
 * and uploadserver (Densaugeo/uploadserver, "Python's http.server extended to include a file upload page", "Accepts the
 * same options as http.server").
 */
/**
 * The long options of http.server's command line (Python docs "http.server": --bind, --directory, --protocol, --cgi;
 * 3.14's --tls-cert, --tls-key, --tls-password-file) and of its extensions (uploadserver's --token,
 * --server-certificate, --client-certificate, --basic-auth, --basic-auth-upload, --theme), read by argparse.
 */
const HTTP_SERVER_LONG_OPTIONS = (module: string) => [
    ...["bind", "directory", "protocol", "cgi", "help", "tls-cert", "tls-key", "tls-password-file"],
    ...(module === "uploadserver"
        ? [
              "token",
              "server-certificate",
              "certificate",
              "client-certificate",
              "basic-auth",
              "basic-auth-upload",
              "theme",
          ]
        : []),
];

export const HTTP_SERVER_MODULES = /^(http\.server|SimpleHTTPServer|CGIHTTPServer|RangeHTTPServer|uploadserver)$/;

/**
 * Clients the pack knows, by program and (where the same binary also serves: `vault server|agent|proxy`, `consul agent`,
 * `nomad agent`) the subcommand, each with the options that name the remote server it connects to. They open no
 * socket to listen on whatever that option's value (an IP literal, a variable, a URL), so the fail-closed unread rule
 * (unreadListeners) does not read them as listen addresses. Only subcommands that talk to a server are listed: `consul
 * lock|exec|watch` run commands of their own and `consul connect` proxies listen, so they stay unread. kubectl, aws,
 * curl and wget are judged elsewhere (NOT_UNREAD_SERVERS).
 */
const KNOWN_CLIENTS: { names: RegExp; commands?: RegExp; serverOptions?: RegExp; server: string }[] = [
    // Round 75: systemctl(1) set-environment/unset-environment/import-environment ("Set one or more systemd manager
    // environment variables"): a call to the manager, no listener; the variables are judged where the units it starts
    // get them (environmentGiven, unitExecGiven).
    {
        names: /^systemctl$/,
        commands: /^(set|unset|import)-environment$/,
        server: "the systemd manager (its environment, judged in the units it starts)",
    },
    // Tenable Nessus command line reference, "Local Agents Commands": `nessuscli agent link --key=<key> --host=<host>
    // --port=<port>` links the agent to Tenable Nessus Manager (also --proxy-host); `agent status|unlink` ask it.
    { names: /^nessuscli$/, commands: /^agent$/, server: "--host, --proxy-host: the Nessus Manager and its proxy" },
    // psql(1): "-h hostname --host=hostname Specifies the host name of the machine on which the server is running";
    // pg_dump/pg_dumpall/pg_restore/pg_isready "-h, --host=HOSTNAME database server host".
    { names: /^(psql|pg_dump|pg_dumpall|pg_restore|pg_isready)$/, server: "-h/--host: the PostgreSQL server" },
    // mysql(1) "--host=host_name, -h host_name Connect to the MySQL server on the given host" (mariadb alike).
    {
        names: /^(mysql|mariadb|mysqldump|mariadb-dump|mysqladmin|mariadb-admin)$/,
        server: "-h/--host: the MySQL or MariaDB server",
    },
    // redis-cli(1) "-h <hostname> Server hostname", "-u <uri> Server URI" (valkey-cli is its fork).
    { names: /^(redis-cli|redis6-cli|valkey-cli)$/, server: "-h, -u: the Redis server" },
    // mongosh "--host <hostname>" and a connection string operand: the MongoDB deployment it connects to.
    { names: /^(mongosh|mongo)$/, server: "--host, mongodb:// operand: the MongoDB deployment" },
    // Vault CLI "-address (string: "https://127.0.0.1:8200") Address of the Vault server", VAULT_ADDR ("Vault commands
    // (CLI)": `vault write -address="http://127.0.0.1:8200" ...`); `vault server|agent|proxy` listen.
    {
        names: /^vault$/,
        commands:
            /^(login|status|kv|read|write|list|delete|patch|token|auth|secrets|policy|lease|unwrap|namespace|audit|operator|version|print)$/,
        server: "-address: the Vault server",
    },
    // Consul CLI "-http-addr The address and port of the Consul HTTP agent", CONSUL_HTTP_ADDR, default
    // http://127.0.0.1:8500 (Consul "Commands": CLI commands "connect with a running agent"); `consul agent` listens.
    {
        names: /^consul$/,
        commands:
            /^(kv|members|catalog|services|acl|info|join|leave|reload|intention|keyring|operator|snapshot|event|login|logout|maint|config|peering|partition|namespace|rtt|version)$/,
        server: "-http-addr: the Consul agent",
    },
    // Nomad CLI "-address=<addr> The address of the Nomad server", NOMAD_ADDR, default http://127.0.0.1:4646; `nomad
    // agent` listens.
    {
        names: /^nomad$/,
        commands:
            /^(job|status|node|alloc|deployment|eval|namespace|var|acl|operator|volume|quota|server|plan|run|stop|version)$/,
        server: "-address: the Nomad server",
    },
    // etcdctl(1) "--endpoints gRPC endpoints", ETCDCTL_ENDPOINTS: the etcd members it talks to (etcd listens).
    { names: /^etcdctl$/, server: "--endpoints: the etcd members" },
    // consul-template "Render templates": `consul-template -consul-addr "10.4.4.6:8500" -vault-addr
    // "https://10.5.32.5:8200"`, the Consul and Vault servers it reads; envconsul (hashicorp/envconsul README: "launch a
    // subprocess with environment variables populated from HashiCorp Consul and Vault") takes the same flags. Neither
    // listens, but each runs a command of its own (envconsul's child, consul-template -exec), so only these options
    // are left unjudged (`serverOptions`).
    {
        names: /^(consul-template|envconsul)$/,
        serverOptions: /^--?(consul|vault)-addr$/,
        server: "-consul-addr, -vault-addr: the Consul and Vault servers",
    },
    // Round 90 (fix): iscsiadm(8) "-p, --portal=ip[:port] Use target portal with ip-address ip and port": the iSCSI
    // target it discovers or logs in to (an initiator connecting out; iscsid, not iscsiadm, holds the sessions and
    // neither listens). The disks it attaches are judged where they are mounted (rootReads.ts iscsiDevice).
    { names: /^iscsiadm$/, server: "-p/--portal: the iSCSI target portal it connects to" },
    // kcat(1) (formerly kafkacat) "-b brokers: Bootstrap broker(s)": the Kafka cluster it produces to, consumes from or
    // lists (-L); it has no mode that listens.
    { names: /^(kcat|kafkacat)$/, server: "-b: the Kafka brokers" },
    // grpcurl (fullstorydev/grpcurl README): "grpcurl [flags] [address] [list|describe] [symbol]", "The address will
    // typically be in the form "host:port"": the gRPC server it calls.
    { names: /^grpcurl$/, server: "the HOST:PORT operand: the gRPC server" },
    // wait-for-it (vishnubob/wait-for-it README) "host:port": the endpoint it tests; the command after `--` is judged
    // as the command it launches (shell.ts WRAPPERS).
    { names: /^wait-for-it(\.sh)?$/, server: "the HOST:PORT operand, -h/-p: the endpoint it waits for" },
    // ClickHouse "Command-Line Client": `clickhouse-client --host server` ("--host, -h: The hostname of the server",
    // default localhost), also `clickhouse client`; it has no mode that listens.
    { names: /^clickhouse-client$/, server: "--host/-h: the ClickHouse server" },
    { names: /^clickhouse$/, commands: /^client$/, server: "--host/-h: the ClickHouse server" },
    // RabbitMQ "Management Command Line Tool": rabbitmqadmin drives the management plugin's HTTP API, `--host=HOST`
    // "connect to host HOST [default: localhost]"; it never listens.
    { names: /^rabbitmqadmin$/, server: "--host/--port: the RabbitMQ management API" },
    // Package managers talking to a registry (npm-publish(1) "--registry", npm-install(1); pip install --index-url;
    // twine upload --repository-url; gem push --host; cargo publish --index): a registry URL, loopback or not, is the
    // server they upload to or download from, never a tunnel's end (TUNNEL_WORDS' `publish`). Subcommands that run a
    // package's scripts as a server (`npm start`, `npm run`, `npm exec`) stay unread.
    {
        names: /^(npm|pnpm|yarn)$/,
        commands:
            /^(publish|unpublish|install|i|ci|add|update|view|info|show|search|login|adduser|logout|whoami|ping|pack|dist-tag|deprecate|owner|audit|outdated|config)$/,
        server: "--registry: the package registry",
    },
    { names: /^pip[0-9.]*$/, commands: /^(install|download|index|search)$/, server: "--index-url: the package index" },
    { names: /^twine$/, commands: /^(upload|register|check)$/, server: "--repository-url: the package index" },
    {
        names: /^gem$/,
        commands: /^(push|install|fetch|yank|owner|search)$/,
        server: "--host, --source: the gem server",
    },
    {
        names: /^cargo$/,
        commands: /^(publish|install|yank|owner|login|logout|search|fetch)$/,
        server: "--index, --registry: the crate registry",
    },
];

/**
 * Whether a command is a known client (KNOWN_CLIENTS): the program, and its first operand when the table restricts
 * it (the subcommand comes first: `vault <command> [options]`, `consul kv get`, `nessuscli agent link`). A client
 * that also runs a command of its own (`serverOptions`) is not one: only those options leave its words (clientWords).
 */
export function knownClient(program: string, args: readonly string[]): boolean {
    const command = args.find(w => !w.startsWith("-")) ?? "";
    return KNOWN_CLIENTS.some(
        c =>
            c.names.test(program) &&
            c.serverOptions === undefined &&
            (c.commands === undefined || c.commands.test(command)),
    );
}

/** A command's words less the values of its KNOWN_CLIENTS `serverOptions` (`-consul-addr=ADDR`, `-consul-addr ADDR`). */
export function clientWords(program: string, args: readonly string[]): readonly string[] {
    const server = KNOWN_CLIENTS.find(c => c.names.test(program))?.serverOptions;
    if (server === undefined) return args;
    return args.filter((w, i) => !server.test(w.replace(/=[\s\S]*$/, "")) && !server.test(args[i - 1] ?? ""));
}

/**
 * Whether a host is the unspecified address: 0.0.0.0, or written as IPv6 in any spelling (ipAddress: ::, ::0,
 * 0:0::0, the IPv4-mapped ::ffff:0.0.0.0, which binds every IPv4 address; RFC 4291 §2.5.2). inet_aton's other
 * forms of 0 (`0`, `0x0`) are left out: too common a value to read as an address.
 */
const unspecifiedHost = (host: string): boolean => {
    if (host === "0.0.0.0") return true;
    const address = host.includes(":") ? ipAddress(host) : undefined;
    return address !== undefined && ("v4" in address ? address.v4 === 0 : address.v6.every(g => g === 0));
};

/**
 * An address of every interface, given explicitly: 0.0.0.0, [::] or :: in any spelling (unspecifiedHost; with a port
 * or not), or `*:PORT`. A port alone is every address too, but too common a value to read as a listener
 * (`--port=8080`, `-t 30`).
 */
export const allAddressesValue = (value: string): boolean =>
    /^(\*|::):\d+$/.test(value) ||
    /^0\.0\.0\.0(:\d+)?$/.test(value) ||
    unspecifiedHost(/^\[([^\]]*)\](?::\d+)?$/.exec(value)?.[1] ?? value);

/**
 * Round 90: every address as the value of a listen slot (a listen/bind/address option, variable or configuration
 * key): allAddresses in any spelling, or `*` alone (PostgreSQL runtime-config-connection listen_addresses: "The special
 * entry * corresponds to all available IP interfaces"; Redis `bind *`). One predicate for every reader of a listen
 * value (settingBeyondLoopback, unreadConfigFileListeners' file keys, systemd.ts environmentListeners); `*` elsewhere
 * (a glob, a CORS origin) is no address.
 */
export const everyAddressListenValue = (item: string): boolean => allAddresses(item.trim()) || item.trim() === "*";

/**
 * Round 90: a value computed when it is read, not written: a shell expansion (`$`, a backquote), a substitution the
 * shell reader put there (SUBSTITUTED_MARK), or a template expression (`{{ ... }}`: Go text/template and HashiCorp
 * go-sockaddr, pkg.go.dev go-sockaddr/template: "`{{ GetPrivateIP }}` ... resolving specific values that are only
 * available at runtime ... when a config file is parsed"; Jinja's `{{ }}`/`{% %}`): possibly the node's own address.
 */
export const computedValue = (value: string): boolean =>
    /[$`]/.test(value) || SUBSTITUTED_MARK.test(value) || /\{\{[\s\S]*\}\}|\{%[\s\S]*%\}/.test(value);

/**
 * Go's empty host, `:PORT`: every address (Go net.Listen: "If the host in the address parameter is empty or a literal
 * unspecified IP address, Listen listens on all available unicast and anycast IP addresses of the local system").
 * Read as an address where one is expected: a LISTEN_OPTION's value or a HOST:PORT operand.
 */
export const EMPTY_HOST = /^:\d+$/;

/**
 * A URI whose host is empty (`socks5://:1080`, `http://:8080/`: Go's empty host, Python's asyncio start_server host
 * "" alike, pproxy README "-l ... (default: http+socks4+socks5://:8080/)"): every address, as the value of an option
 * that is not a client's far end (REMOTE_END_OPTION).
 */
const EMPTY_HOST_URI = /^[a-z][\w+.-]*:\/\/(?:[^/?#@]*@)?:\d+(?:[/?#]|$)/i;

/**
 * Options naming where a server listens (--bind, --listen, --address, --host, --ip, --web.listen-address ...), and
 * ASP.NET Core's `--urls` (kestrelListens). A bare `--url` is commonly a client's far end (REMOTE_END_OPTION).
 */
const LISTEN_OPTION = /^--?[\w.-]*(bind|listen|addr|address|host|interface)[\w.-]*$|^--?(ip|urls)$/i;

/** The items of a listen list (Kestrel's URLs are `;`-separated; other programs use commas or spaces). */
export const listItems = (value: string) => value.split(/[;,\s]+/).filter(item => item !== "");

/** Kestrel's URLs beyond loopback: any host but a loopback one (`*`, `+`, a name, an address) is every address. */
export const kestrelBeyondLoopback = (value: string) => listItems(value).filter(url => !loopbackOnly([url]));

/**
 * An address of every interface given as a URL's host (addressHost): 0.0.0.0, ::, or Kestrel's `*` and `+` (Kestrel
 * "Configure endpoints": `http://*:5000`, `http://+:5000` bind every address), as allAddressesValue is without a scheme.
 */
export const allAddresses = (value: string) =>
    allAddressesValue(value) ||
    (/^[a-z][\w+.-]*:\/\//i.test(value) &&
        (/^(\*|\+)$/.test(addressHost(value)) || unspecifiedHost(addressHost(value))));

/**
 * A literal DNS name of another host (`--host=sensor.cloud.tenable.com`: a client's server), tested on the value's
 * host (addressHost: `https://vault.example.com:8200` is vault.example.com): a launch template shared by every node of
 * a group cannot spell each node's own name, and a server asked to bind another host's address fails (bind(2)
 * EADDRNOTAVAIL). EC2's private DNS names (`ip-10-0-1-15.eu-west-1.compute.internal`: EC2 user guide, "Amazon EC2
 * instance hostname types") name a node, so they do not count; nor do IP literals and variables.
 */
export const OTHER_HOST_NAME = /^(?=.*[A-Za-z])(?!.*\.(compute|ec2)\.internal\.?$)[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+\.?$/;

/**
 * Programs that never listen, and the ones whose listening is judged elsewhere (dockerd, kubectl, container runtimes: a
 * container's own arguments). Round 81: systemd-socket-proxyd(8) "[OPTIONS...] HOST:PORT" names the end it connects to;
 * it listens only on the sockets systemd passes it, read by the forwarder reader (relays.ts, socketActivated).
 */
export const NOT_UNREAD_SERVERS = new RegExp(
    `${/^(echo|printf|logger|tee|sed|awk|grep|cat|curl|wget|ip|ip6?tables(-legacy|-nft|-save|-restore)?|nft|route|ss|netstat|firewall-cmd|sysctl|aws|dockerd|kubectl|docker|podman|nerdctl|ctr|crictl|finch|helm|systemd-socket-proxyd)$/.source}|${
        // Terminal emulators are X clients (their -display an X server's, not a listen address): shellsHandedOut.
        X_TERMINALS.source
    }`,
);

/**
 * A host where an address is expected that names no host by spelling: an IPv4 literal, a bracketed IPv6 one, `*`, or a
 * variable or command substitution (`$NODE_IP`, `$(hostname -i)`; rootReads.ts SUBSTITUTED_MARK where the shell reader
 * put a substitution's output). A literal name is another host's (OTHER_HOST_NAME; a launch template shared by a node
 * group cannot spell each node's own single-label name either) or `localhost`.
 */
const ADDRESS_HOST = new RegExp(
    `^(\\d{1,3}(\\.\\d{1,3}){3}|\\[[^\\]]*\\]|\\*|[^:]*([$\`]|${SUBSTITUTED_MARK.source})[^:]*)$`,
);

/** An address: ADDRESS_HOST with or without `:PORT`, a bare IPv6 literal, or EMPTY_HOST. */
export const isAddress = (value: string) =>
    ADDRESS_HOST.test(value.replace(/:\d+$/, "")) ||
    /^[0-9A-Fa-f]*(:[0-9A-Fa-f]*){2,}$/.test(value) ||
    EMPTY_HOST.test(value);

/** A `HOST:PORT` (or `[ADDR]:PORT`) word whose host is an ADDRESS_HOST: an endpoint, which a server listens on. */
export const isHostPort = (value: string) => /^(\[[^\]]*\]|[^\s:/@=]*):\d+$/.test(value) && isAddress(value);

/**
 * A value that may be the node's own address, where an address is expected: not provably loopback (loopbackOnly: a
 * loopback address or a unix socket) nor OTHER_HOST_NAME. An IP literal, a variable or a command's output may be the
 * node's own address, which every pod reaches as it reaches 0.0.0.0 (Kubernetes "Cluster Networking": pods on a node
 * can communicate with all agents on that node).
 */
export const mayBeNodeAddress = (value: string) =>
    value !== "" && !loopbackOnly([value]) && !OTHER_HOST_NAME.test(addressHost(value));

/** Programs named as servers (http-server, websockify, a proxy, a tunnel): an address option's value is where they listen. */
export const LISTENER_PROGRAM = /serve|httpd|proxy|websockify|socks|tunnel|relay|listen|gateway/i;

/**
 * Options naming the far end a client connects to (openssl -connect, etcdctl --endpoints, --upstream, --server; Kafka's
 * console clients' --broker-list, "The broker list string in the form HOST1:PORT1,HOST2:PORT2", now --bootstrap-server).
 */
const REMOTE_END_OPTION = /connect|server|endpoint|upstream|target|remote|dest|peer|join|url|backend|master|broker/i;

/**
 * An ASP.NET Core configuration key as every provider gives it (MS Learn "Configuration in ASP.NET Core"): `:`
 * separates its levels (`__` in environment variable names: "__, the double underscore, is ... automatically replaced
 * by a colon, :"), names are case-insensitive, and ASPNETCORE_- and DOTNET_-prefixed environment variables are loaded
 * with "the prefix stripped" (unprefixed ones are loaded too).
 */
export const configurationKey = (name: string) =>
    name
        .replace(/^(ASPNETCORE|DOTNET)_/i, "")
        .replace(/__/g, ":")
        .toLowerCase();

/**
 * Kestrel's URLs (`urls`, ASPNETCORE_URLS: "a semicolon-separated list of URL prefixes"; an endpoint's
 * `Kestrel:Endpoints:NAME:Url`; Kestrel "Configure endpoints": `http://*:5000`, `http://+:5000`, and "Anything not
 * recognized as a valid IP address or localhost binds to all IPv4 and IPv6 IPs"): any host but loopback is every
 * address, a DNS name too.
 */
const KESTREL_URLS = /^(urls|kestrel:endpoints:[^:]+:url)$/;

/**
 * Kestrel's ports (since .NET 8: `http_ports`/`https_ports`, ASPNETCORE_HTTP_PORTS ..., "a semicolon separated list
 * of ports" bound on all interfaces, as `http://*:PORT`: Kestrel "Configure endpoints", "Configure endpoints with
 * environment variables"): every address.
 */
const KESTREL_PORTS = /^https?_ports$/;

/**
 * Where a Kestrel listen setting (KESTREL_URLS, KESTREL_PORTS) listens beyond loopback, from any configuration provider
 * (environment variable, command-line key, appsettings.json path: configurationKey); undefined for another key. The one
 * reader of ASP.NET Core's listen settings.
 */
export function kestrelListens(name: string, value: string): string[] | undefined {
    const key = configurationKey(name);
    if (KESTREL_URLS.test(key)) return kestrelBeyondLoopback(value);
    if (KESTREL_PORTS.test(key)) return listItems(value).map(port => `*:${port}`);
    return undefined;
}

/**
 * A command-line configuration setting ending at `args[i]` (MS Learn "Configuration in ASP.NET Core", "Command-line":
 * `key=value`, `--key=value`, `/key=value`, or `--key value`, `/key value`, the value the next word); the host reads
 * the command line over every other source.
 */
export function commandLineSetting(args: readonly string[], i: number): { key: string; value: string } | undefined {
    const inline = /^(?:--|\/)?([^-=/\s][^=\s]*)=([\s\S]*)$/.exec(args[i]);
    if (inline) return { key: inline[1], value: inline[2] };
    const named = /^(?:--|\/)([^=\s]+)$/.exec(args[i - 1] ?? "");
    return named ? { key: named[1], value: args[i] } : undefined;
}

/**
 * Variables naming the server a client talks to, never where a program listens: Vault CLI "VAULT_ADDR: Address of the
 * Vault server" and VAULT_AGENT_ADDR; Consul CLI CONSUL_HTTP_ADDR and CONSUL_GRPC_ADDR (the agent it connects to, as
 * consul-template's -consul-addr); Nomad CLI NOMAD_ADDR ("The address of the Nomad server"); Boundary CLI
 * BOUNDARY_ADDR; Docker CLI DOCKER_HOST ("Daemon socket to connect to"); mysql(1) MYSQL_HOST ("The default host name
 * used by the mysql command-line client"); Datadog tracers' DD_AGENT_HOST and Jaeger clients' JAEGER_AGENT_HOST (the
 * agent they send spans to).
 */
const CLIENT_VARIABLE =
    /^(VAULT_ADDR|VAULT_AGENT_ADDR|CONSUL_HTTP_ADDR|CONSUL_GRPC_ADDR|NOMAD_ADDR|BOUNDARY_ADDR|DOCKER_HOST|MYSQL_HOST|DD_AGENT_HOST|JAEGER_AGENT_HOST)$/;

/**
 * Words naming a backing service an app connects to (twelve-factor "IV. Backing services": "a datastore (such as
 * MySQL or CouchDB), messaging/queueing systems (such as RabbitMQ or Beanstalkd), SMTP services ... and caching
 * systems", handed to the app in its config): in a setting's name before its address word (DB_HOST, REDIS_HOST,
 * SMTP_HOST, Spring Boot's spring.data.redis.host "Redis server host", the Datadog tracer's dd.agent.host). Log,
 * metric and trace sinks are backing services too (twelve-factor "XI. Logs": the app's stream is routed "to one or
 * more final destinations"): a syslog server (Python logging.handlers.SysLogHandler address, "the address ... to send
 * to"), Logstash, Fluentd/Fluent Bit, Graylog (GELF), Loki, Sentry, InfluxDB, Graphite, an MQTT broker, ClickHouse.
 * So are service registries, secret stores and workflow engines and queues (Spring Cloud Consul: an app "will try to
 * contact a Consul agent on localhost:8500 (the default values of spring.cloud.consul.host and
 * spring.cloud.consul.port)"; spring.cloud.vault.host "Vault server host"; Eureka; Temporal CLI/SDK TEMPORAL_ADDRESS,
 * "Temporal Service gRPC endpoint"; Celery, Pulsar, NSQ, Beanstalkd, ActiveMQ/Artemis). So is the proxy a client goes
 * through (Java "Networking Properties": http.proxyHost/https.proxyHost "the proxy server ... the HTTP protocol handler
 * will use", ftp.proxyHost, socksProxyHost, http.nonProxyHosts: hosts "connected to directly"), and the network HSM
 * or key manager an app keeps its keys in (OASIS KMIP: clients call a key management server; a PKCS#11 HSM's host).
 */
const FAR_END_WORD =
    /^(PROXY|HSM|KMIP|PKCS11|DB|DATABASE|DATASOURCE|POSTGRES|POSTGRESQL|PG|MYSQL|MARIADB|MSSQL|SQLSERVER|ORACLE|CLICKHOUSE|REDIS|VALKEY|MEMCACHED?|MONGO|MONGODB|CASSANDRA|SCYLLA|COUCHDB|COUCHBASE|NEO4J|KAFKA|AMQP|RABBITMQ|NATS|MQTT|ZOOKEEPER|ETCD|SMTP|MAIL|LDAP|ES|ELASTIC|ELASTICSEARCH|OPENSEARCH|SOLR|STATSD|GRAPHITE|INFLUX|INFLUXDB|PROMETHEUS|SYSLOG|LOGSTASH|FLUENT|FLUENTD|FLUENTBIT|GRAYLOG|GELF|LOKI|SENTRY|JAEGER|ZIPKIN|AGENT|COLLECTOR|EXPORTER|OTLP|UPSTREAM|BROKER|CONSUL|VAULT|NOMAD|EUREKA|TEMPORAL|CADENCE|CELERY|PULSAR|NSQ|NSQD|NSQLOOKUPD|BEANSTALKD|ACTIVEMQ|ARTEMIS)$/;

/**
 * The last word of a setting naming a far end's address, or a list of them: HOST, ADDR, PORT, URL ... and Spring Boot's
 * spring.cassandra.contact-points ("Cluster node addresses in the form 'host:port'"), spring.elasticsearch.uris,
 * spring.kafka.bootstrap-servers, spring.rabbitmq.addresses; ES_NODES, a client's SEEDS or DSN.
 */
const FAR_END_ADDRESS_WORD =
    /^(HOSTS?|HOSTNAME|ADDRS?|ADDRESS(ES)?|IPS?|PORTS?|URLS?|URIS?|ENDPOINTS?|SERVERS?|POINTS|NODES?|SEEDS|BROKERS|DSN)$/;

/**
 * Programs whose own settings carry a backing-service word for a part of themselves: Jaeger's components (jaegertracing.io
 * "CLI flags": `--collector.otlp.grpc.host-port` "The host:port ... of the collector's gRPC server", also read from
 * COLLECTOR_OTLP_GRPC_HOST_PORT; `--query.http-server.host-port`), the OpenTelemetry Collector's, Elasticsearch's.
 */
const OWN_SERVICE_WORDS: { program: RegExp; words: RegExp }[] = [
    { program: /^(jaeger|otelcol)/i, words: /^(COLLECTOR|AGENT|QUERY|INGESTER|EXPORTER|OTLP)$/ },
    // Elasticsearch 2.x "Setup": `bin/elasticsearch -Des.network.host=...` (es. is its own settings' prefix).
    { program: /^elasticsearch/i, words: /^ES$/ },
];

/**
 * A value naming every address (0.0.0.0, ::, `*`, `+`, Go's empty host `:PORT`, a URL with one, in a list or not):
 * where a server listens, never a client's far end (a client cannot connect to every address).
 */
const namesEveryAddress = (value: string) =>
    listItems(value).some(item => /^(\*|\+|)$/.test(addressHost(item)) || unspecifiedHost(addressHost(item)));

/**
 * Whether a setting names the server a client talks to, never where its program listens: an environment variable,
 * or an option or `-D` system property in that spelling (upper case, `.`/`-` as `_`: the Datadog tracer's own
 * conversion, dd.agent.host = DD_AGENT_HOST; camelCase split, https.proxyHost = HTTPS_PROXY_HOST): a CLIENT_VARIABLE,
 * or a FAR_END_ADDRESS_WORD last after a FAR_END_WORD with no BIND or LISTEN word, unless the program is named for
 * that word (redis-server's REDIS_HOST, statsd's
 * STATSD_HOST, syslog-ng's SYSLOG_HOST, a broker's --broker-addr, Jaeger's --collector.* are their own listen
 * settings). Never one whose `value` names every address (namesEveryAddress).
 */
export function clientSetting(name: string, program: string, value = ""): boolean {
    const words = name
        .replace(/^--?(D(?=[a-z]))?/, "")
        .replace(/([a-z0-9])(?=[A-Z])/g, "$1_")
        .toUpperCase()
        .split(/[^A-Z0-9]+/)
        .filter(w => w !== "");
    // Named for it: a word of its name starts with it (redis-server, statsd, mongod, mini-broker, syslog-ng).
    const own = program.toUpperCase().split(/[^A-Z0-9]+/);
    const ownWord = (w: string) =>
        own.some(o => o.startsWith(w)) || OWN_SERVICE_WORDS.some(s => s.program.test(program) && s.words.test(w));
    return (
        !namesEveryAddress(value) &&
        (CLIENT_VARIABLE.test(words.join("_")) ||
            (FAR_END_ADDRESS_WORD.test(words.at(-1) ?? "") &&
                !words.some(w => /^(BIND|LISTEN)/.test(w)) &&
                words.slice(0, -1).some(w => FAR_END_WORD.test(w) && !ownWord(w))))
    );
}

/**
 * python(1)'s options (CPython Python/getopt.c: SHORT_OPTS "bBc:dEhiIJm:OPqRsStuvVW:xX:?", a `:` letter taking the
 * rest of its word or the next word; Python 2's "3bBc:dEhiJm:OQ:RsStuvUVW:xX?" besides: -Q takes a value, -3 and -U
 * are flags; longopts: `--check-hash-based-pycs default|always|never` takes the next word (Python docs "Command line
 * and environment", 3.7+), --help, --version, --help-env, --help-xoptions, --help-all take none; `--` ends the
 * options).
 */
const PYTHON_OPTION_FLAGS = "bBdEhiIJOPqRsStuvVx?3U";

const PYTHON_OPTION_VALUED = "cmWXQ";

const PYTHON_LONG_OPTIONS: Record<string, boolean> = {
    "--check-hash-based-pycs": true,
    "--help": false,
    "--version": false,
    "--help-env": false,
    "--help-xoptions": false,
    "--help-all": false,
};

/**
 * What `python [options] SCRIPT | -m MODULE | -c COMMAND` runs (python(1), Python "Command line and environment":
 * PYTHON_OPTION_VALUED letters and PYTHON_LONG_OPTIONS' valued ones take a value; -c and -m end the interpreter's
 * options, like the script, later words being its arguments; `-` is the script standard input holds); undefined
 * when it has no operand (it reads standard input). An option word the pack does not know (another letter, another long option, `--opt=value`, which
 * CPython's getopt does not split) is `unknown` (fail closed: a value it may take would make the next word the script).
 * `index` is the word (of `args`) holding the script, -c or -m.
 */
export function pythonInvocation(args: readonly string[]):
    | {
          kind: "script" | "c" | "m";
          value: string;
          rest: string[];
          warnings: string[];
          index: number;
          flags: string;
          xoptions?: string[];
      }
    | { kind: "unknown"; value: string; rest: string[]; warnings: string[]; index: number; flags: string }
    | undefined {
    const warnings: string[] = [];
    // Round 80: -X's values (pythonXOptionsUnread reads them).
    const xoptions: string[] = [];
    // The flag letters before the program (-E, -I, -s, -i: pythonEnvironmentFiles).
    let flags = "";
    for (let i = 0; i < args.length; i++) {
        const w = args[i];
        if (w === "--" || w === "-" || !w.startsWith("-")) {
            const k = w === "--" ? i + 1 : i;
            if (k >= args.length) return undefined;
            return { kind: "script", value: args[k], rest: args.slice(k + 1), warnings, index: k, flags, xoptions };
        }
        if (w.startsWith("--")) {
            const valued = PYTHON_LONG_OPTIONS[w];
            if (!Object.hasOwn(PYTHON_LONG_OPTIONS, w))
                return { kind: "unknown", value: w, rest: [], warnings, index: i, flags };
            if (valued) i++;
            continue;
        }
        for (let k = 1; k < w.length; k++) {
            const letter = w[k];
            if (PYTHON_OPTION_FLAGS.includes(letter)) {
                flags += letter;
                continue;
            }
            if (!PYTHON_OPTION_VALUED.includes(letter))
                return { kind: "unknown", value: w, rest: [], warnings, index: i, flags };
            const glued = w.slice(k + 1);
            const at = i;
            const value = glued !== "" ? glued : (args[++i] ?? "");
            if (glued === "" && i >= args.length)
                return { kind: "unknown", value: w, rest: [], warnings, index: at, flags };
            if (letter === "W") warnings.push(value);
            if (letter === "X") xoptions.push(value);
            if (letter === "c" || letter === "m")
                return { kind: letter, value, rest: args.slice(i + 1), warnings, index: at, flags, xoptions };
            break;
        }
    }
    return undefined;
}

/**
 * Round 88: a setting's key with its camelCase words split by `_` (`httpListenAddr` is http_Listen_Addr,
 * `grpcBindAddress` grpc_Bind_Address, `IPAddress` IP_Address), as clientSetting splits them: VictoriaMetrics'
 * `flag.String("httpListenAddr", ":8428", "TCP address to listen for http connections")`, kube-proxy's
 * KubeProxyConfiguration `healthzBindAddress` ("the IP address for the health check server to serve on") name their
 * listen address so, in a flag and in a file alike: a listen/bind/host/addr word counts wherever a key's words begin.
 */
const keyWords = (key: string) => key.replace(/([a-z0-9])(?=[A-Z])/g, "$1_").replace(/([A-Z])(?=[A-Z][a-z])/g, "$1_");

/**
 * An address word of a key: host, addr, address, ip, and (round 88) the plural `addresses` (Consul "General parameters
 * for Consul agent configuration": "addresses - This is a nested object that allows setting bind addresses"). `hosts`
 * stays out: an allow-list's (`allowed_hosts = *`), not an address the program binds.
 */
const ADDRESS_WORD = /^(host|addr|address(es)?|ip)$/i;

/**
 * A `KEY=VALUE` word of an unread program (an operand or an option's value: Kafka's `kafka-server-start.sh
 * server.properties --override listeners=PLAINTEXT://0.0.0.0:9092`, kafka.Kafka "--override: Optional property that
 * should override values set in server.properties file"), judged by the hosts of its list's items: an address of every
 * interface (with a port, or as a URL's host) under any key, since no client connects to "every address"; and any
 * address or URL that may be the node's own (mayBeNodeAddress) under a listen key (LISTEN or BIND in its name, or HOST,
 * ADDR, ADDRESS or IP last after a qualifier: Kafka's `listeners`, "Listener List ... Specify hostname as 0.0.0.0 to
 * bind to all interfaces. Leave hostname empty to bind to the default interface"; Elasticsearch `-E http.host=ADDR`);
 * and an address of every interface without a port (0.0.0.0, ::, [::], `*`) under any address key (a HOST, ADDR,
 * ADDRESS or IP word, bare too, or a listen key: Hydra's overrides `server.host=0.0.0.0 server.port=8080`, hydra.cc
 * "Override grammar": `key=value`, the port in a key of its own). An ADVERTISE key (`advertised.listeners`: what
 * clients are told to dial) or a client's setting (clientSetting, never one naming every address) is none, and so are
 * the shell's own assignments (`export NAME=VALUE`: bash(1) "export", judged as the environment they give:
 * environmentListeners).
 */
function settingBeyondLoopback(name: string, value: string, program: string): string[] {
    const key = keyWords(name);
    if (
        /advertise/i.test(key) ||
        clientSetting(name, program, value) ||
        /^(export|declare|typeset|local|readonly)$/.test(program)
    )
        return [];
    // A qualified HOST/ADDR/ADDRESS/IP last word (Elasticsearch `-E http.host=ADDR`, "Sets the address of this node for
    // HTTP traffic"; Hydra's `server.host=`) is the program's own unless clientSetting. A bare `host=` is as often a
    // client's (libpq "Keyword/Value Connection Strings" `host=... port=...`, Fluent Bit's output `-p host=`): there
    // only an every-address value counts, which no client dials.
    const listenKey = /(^|[._-])(listen|bind)/i.test(key) || /[._-](host|addr|address|ip)$/i.test(key);
    const addressKey = listenKey || key.split(/[^A-Za-z0-9]+/).some(w => ADDRESS_WORD.test(w));
    return listItems(value).filter(
        item =>
            (allAddresses(item) && (/:\d+$/.test(item) || addressKey)) ||
            (addressKey && everyAddressListenValue(item)) ||
            (listenKey && (isAddress(item) || /^[a-z][\w+.-]*:\/\//i.test(item)) && mayBeNodeAddress(item)),
    );
}

/**
 * Round 80: the option name and value a word of an unread program's command line is (unreadListeners): `--name=value`,
 * a getopt short option with its value glued on (POSIX getopt: "-n0.0.0.0" is -n with the value 0.0.0.0; Python's
 * getopt and pydoc's cli() likewise) when that value is an address or host:port, else the word as the value of the
 * word before it. `option` is set when the value is in the word itself.
 */
function unreadOptionValue(args: readonly string[], i: number): [string, string, RegExpExecArray | null] {
    const w = args[i];
    // A lone letter's `-d=` is getopt's -d with the value "=" (`cut -d= -f2`), no name=value.
    const option = /^(--[\w.-]+|-[\w.-]{2,})=(.*)$/.exec(w) ?? /^(-[A-Za-z])([^=].*)$/.exec(w);
    if (option !== null && (option[0].includes("=") || isAddress(option[2]) || isHostPort(option[2])))
        return [option[1], option[2], option];
    return [args[i - 1] ?? "", w, null];
}

/**
 * Round 80: an address option's value the pack cannot tell (unreadListeners): empty (a host "" binds every address:
 * Python socketserver/http.server, "" is INADDR_ANY) or, as a whole, computed by the shell (a command substitution;
 * code holding a `$`, perl -e's, and a variable, `dnf -y "$pkg"`'s, are no host here): `-n "$(hostname -i)"`, the node's own address). A listen option's (LISTEN_OPTION) or a getopt
 * short option's (pydoc -n, where the pack does not know what the letter names) is possibly beyond loopback.
 */
function unknownHostValue(name: string, value: string): boolean {
    return (
        (LISTEN_OPTION.test(name) || /^-[A-Za-z]$/.test(name)) &&
        (value === "" || /^(\$\([^()]*\)|`[^`]*`)$/.test(value))
    );
}

/** Round 82: switches that bind an unread server to loopback alone (unreadListeners). */
const LOOPBACK_ONLY_SWITCH = /^--?localhost$/;

/**
 * A root program the pack does not read (no SERVERS reader, or an interpreter running a script of its own) that any
 * of its words or its environment may make listen beyond loopback: fail closed, as the pack cannot say what it
 * serves; bound to loopback it serves only the node's own processes. Beyond loopback (mayBeNodeAddress) is:
 * - allAddressesValue as the value of any option (short or long), or with a port anywhere; EMPTY_HOST as an operand;
 * - a HOST:PORT or [ADDR]:PORT word (isHostPort: `websockify [options] [source_addr:]source_port target_addr:
 *   target_port`, websockify(1)), unless the option before it names a client's far end (REMOTE_END_OPTION);
 * - any value of a LISTEN_OPTION (the interface `lo` is loopback), and an address (isAddress) as the value of any
 *   option, short or long, of a LISTENER_PROGRAM (npm http-server "-a Address to use (defaults to 0.0.0.0)"), a
 *   port option's aside;
 * (what its environment makes it listen on is environmentListeners'). One bound to loopback only by a listen option (`filebrowser --address 127.0.0.1 -r /`) and named no node secret is a
 * listener too, which listenerOpenings leaves alone: what it serves stays with the node's own processes.
 */
export function unreadListeners(program: string, args: readonly string[]): Listener[] {
    if (NOT_UNREAD_SERVERS.test(program) || knownClient(program, args)) return [];
    // A client setting (`--db-host ADDR`, java's `-Dspring.data.redis.host=ADDR`) and its value are no listen address.
    const clientOption = (w: string, next = "") =>
        /^-/.test(w) &&
        clientSetting(w.replace(/=[\s\S]*$/, ""), program, w.includes("=") ? w.slice(w.indexOf("=") + 1) : next);
    args = clientWords(program, args).filter(
        (w, i, all) =>
            !clientOption(w, all[i + 1]) && !(clientOption(all[i - 1] ?? "", w) && !(all[i - 1] ?? "").includes("=")),
    );
    const listenerProgram = LISTENER_PROGRAM.test(program);
    const addressOption = (name: string, value: string) =>
        LISTEN_OPTION.test(name) || (listenerProgram && isAddress(value) && !/port/i.test(name));
    // Bound to loopback by a listen option (not a --host or --ip one, which clients take too): a server only the
    // node's own processes reach, which keeps the directories it serves on the node (rootReads.ts: a served program is
    // judged by its listeners, not by the keepers' rule). A node secret named to it stays with the keepers' rule,
    // refused on loopback too (round 47: `rclone serve webdav /var/lib/kubelet/pki --addr 127.0.0.1:8081`).
    const namesSecret = args
        .map(w => w.replace(/^--?[\w.-]+=/, ""))
        .some(w => w.startsWith("/") && insideNodeSecrets(w));
    const loopback = namesSecret
        ? []
        : args.flatMap((w, i) => {
              const [name, value, option] = unreadOptionValue(args, i);
              return /^-/.test(name) &&
                  (option !== null || !w.startsWith("-")) &&
                  addressOption(name, value) &&
                  !/host|(^|-)ip$/i.test(name) &&
                  loopbackOnly([/interface/i.test(name) ? interfaceAddress(value) : value])
                  ? [value]
                  : [];
          });
    // Round 82: a documented loopback-only switch (TigerVNC Xvnc(1) and x11vnc(1) "-localhost: Only allow connections
    // from the same machine") binds the server's default and its bare `:N` display operand to loopback.
    const loopbackSwitch = args.some(w => LOOPBACK_ONLY_SWITCH.test(w));
    const addresses = args.flatMap((w, i) => {
        const [name, value, option] = unreadOptionValue(args, i);
        const isOption = /^-/.test(name);
        const optionValue = option !== null || !w.startsWith("-");
        const setting = commandLineSetting(args, i);
        const kestrel = setting && kestrelListens(setting.key, setting.value);
        if (kestrel) return kestrel;
        const beyondLoopback =
            !(loopbackSwitch && !isOption && EMPTY_HOST.test(value)) &&
            ((allAddresses(value) && (/:\d+$/.test(value) || isOption)) ||
                (EMPTY_HOST.test(value) && !isOption) ||
                (isOption && optionValue && EMPTY_HOST_URI.test(value) && !REMOTE_END_OPTION.test(name)) ||
                (isHostPort(value) && !(isOption && REMOTE_END_OPTION.test(name)) && mayBeNodeAddress(value)) ||
                (isOption &&
                    optionValue &&
                    addressOption(name, value) &&
                    mayBeNodeAddress(value) &&
                    !(/interface/i.test(name) && value === "lo")) ||
                (isOption && optionValue && unknownHostValue(name, value)));
        const keyValue = /^([A-Za-z_][\w.-]*)=(.+)$/.exec(w);
        return [
            ...(beyondLoopback ? [value] : []),
            ...(keyValue ? settingBeyondLoopback(keyValue[1], keyValue[2], program) : []),
        ];
    });
    const hosts = [...addresses, ...pydocHosts(program, args).filter(h => !addresses.includes(h))];
    const binds = hosts.length > 0 ? hosts : loopback;
    return binds.length === 0 ? [] : [{ server: program, binds, serves: { unread: program } }];
}

/**
 * Round 86: the settings of a configuration file in any of the formats daemons use, as (key, value) pairs: JSON and
 * YAML documents flattened (`grpc.address`), and line by line TOML/INI (`key = value` under a `[section]`), YAML
 * (`key: value`) and XML elements (`<address>0.0.0.0:8384</address>`). A list value (`[ "a", "b" ]`) gives each item.
 * Round 87: TOML documents flattened too (TOML v1.0.0 "Inline Table": `server = { bind = "0.0.0.0" }` is
 * `server.bind`; "Keys": dotted keys `server.bind = ...` likewise), XML attributes as `element.attribute`
 * (`<listener address="0.0.0.0"/>`), and an empty value kept as "" (`bind: ""`: an empty host, every address).
 */
export function configFileSettings(text: string): { key: string; value: string }[] {
    const settings: { key: string; value: string }[] = [];
    const flatten = (prefix: string, node: unknown): void => {
        if (Array.isArray(node)) node.forEach(n => flatten(prefix, n));
        else if (node !== null && typeof node === "object")
            Object.entries(node).forEach(([k, v]) => flatten(prefix ? `${prefix}.${k}` : k, v));
        else if (prefix !== "" && node !== null && node !== undefined)
            settings.push({ key: prefix, value: String(node) });
    };
    for (const parse of [
        (t: string): unknown => parseYaml(t, { logLevel: "error" }),
        (t: string): unknown => parseToml(t),
    ])
        try {
            flatten("", parse(text));
        } catch {
            // Not YAML (nor JSON), or not TOML: the other parser and the line forms below read it.
        }
    let section = "";
    // Round 88: the names of the blocks a line lies in (HCL `addresses {`, nginx `server {`, a JSON object's `"web": {`;
    // "" for an unnamed `{`), kept in its keys as a YAML or TOML document's levels are (`addresses.http`).
    const blocks: string[] = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/^\s*(#|;|\/\/).*$/, "").trim();
        const header = /^\[+\s*([^\]]+?)\s*\]+$/.exec(line);
        if (header) section = header[1];
        const prefix = [section, ...blocks.filter(b => b !== "")].filter(p => p !== "").join(".");
        const keyed = (key: string) => (prefix ? `${prefix}.${key}` : key);
        // Round 88: a `Keyword value` line (sshd_config(5): "keyword-argument pairs", separated by whitespace; nginx
        // "listen address[:port]" directives ending in `;`) before `key = value`/`key: value`: `ListenAddress ::` is
        // ListenAddress with the value `::`, not `:`. A value starting with `=`, `{`, or `:` and a space is the others'.
        const directive = /^([A-Za-z_][\w.-]*)\s+(?![=:{](\s|$)|=|\{)(.*?)\s*;?$/.exec(line);
        // An empty value after `=` is "" (Python configparser "Supported INI File Structure": values "can be
        // empty"); after `:` it is a YAML mapping's parent (`bind:` above its `address:`), no value.
        const kv = /^(?:-\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*(?:=\s*(.*)|:\s*(.+))$/.exec(line);
        if (directive && !/\{\s*$/.test(line)) settings.push({ key: keyed(directive[1]), value: directive[3] });
        else if (kv) settings.push({ key: keyed(kv[1]), value: kv[2] ?? kv[3] });
        const opened = (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
        if (opened > 0) {
            const name = /^["']?([A-Za-z_@][\w.-]*)["']?\s*[=:]?\s*(?:"[^"]*"\s*)*\{\s*$/.exec(line)?.[1] ?? "";
            blocks.push(name, ...Array<string>(opened - 1).fill(""));
        } else blocks.splice(Math.max(0, blocks.length + opened));
        for (const m of line.matchAll(/<([A-Za-z_][\w.-]*)(?:\s[^>]*)?>([^<]*)<\/\1>/g))
            settings.push({ key: m[1], value: m[2] });
        for (const tag of line.matchAll(/<([A-Za-z_][\w.-]*)\s([^>]*)>/g))
            for (const a of tag[2].matchAll(/([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
                settings.push({ key: `${tag[1]}.${a[1]}`, value: a[2] ?? a[3] });
    }
    return settings.flatMap(({ key, value }) =>
        /^\s*(""|'')?\s*$/.test(value)
            ? [{ key, value: "" }]
            : // Round 90: a template expression (computedValue: `{{ GetPrivateIP }}`) is one computed value, not a list.
              /\{\{[\s\S]*\}\}|\{%[\s\S]*%\}/.test(value)
              ? [{ key, value: value.trim().replace(/^["']|["']$/g, "") }]
              : value
                    .trim()
                    // A list's brackets (`[ "a", "b" ]`), not an IPv6 address's (`[0:0:0:0:0:0:0:0]:9000`: RFC 3986 §3.2.2).
                    .replace(/^\[(?![0-9A-Fa-f:.]*\](:\d+)?$)|(?<!^\[[0-9A-Fa-f:.]*)\]$/g, "")
                    .split(/[\s,]+/)
                    .map(item => item.replace(/^["'{]+|["'}]+$/g, ""))
                    .filter(Boolean)
                    .map(item => ({ key, value: item })),
    );
}

/**
 * Round 86: long options naming a program's configuration file or directory (`--config`, `--config-file`, `--conf`,
 * `--home` ...), and the short ones most programs give that meaning (`-c`, `-f`), which others use for commands,
 * flags and data files (`sh -c`, `rm -f`, `mkfs -f DEVICE`): theirs count only for a configuration file by name.
 * Round 87: with one dash or two (pkg.go.dev flag, "Command line flag syntax": "One or two dashes may be used; they
 * are equivalent": `-config=FILE`, `-config FILE`).
 * Round 88: the separator between the two words optional (`--configfile`, `--conffile`, and Puppet's `--confdir`:
 * puppet.com "Config directory (confdir)": "you can specify it with the --confdir option on the command line").
 */
const CONFIG_FILE_OPTION = /^--?(conf|config|cfg|settings|home)([-_]?(file|dir|path|directory))?$/i;
const SHORT_CONFIG_OPTION = /^-[cf]$/;

/**
 * Round 87: an option naming a configuration by its last words, after any qualifier: `--agent-config`,
 * `-server-config-file`, a dotted property (Spring Boot "Externalized Configuration": `--spring.config.location`,
 * `spring.config.additional-location`, also a `-D` system property; Typesafe Config's `-Dconfig.file`).
 */
const QUALIFIED_CONFIG_OPTION =
    /^(--?|-D)([\w]+[-_.])+(conf|config|cfg)([-_.](file|dir|path|directory|location|additional-location))?$|^(--?|-D)config\.(file|location|path|dir)$/i;

/** Round 86: a file named as configuration in one of the formats configFileSettings reads (round 87: HCL too). */
const CONFIG_FILE_NAME = /\.(conf|cfg|cnf|ini|toml|ya?ml|json|xml|properties|hcl)$/i;

/**
 * Round 87: the paths of a configuration option's value: a `file:` URI's (RFC 8089), a comma list's items and Spring's
 * `optional:` prefix dropped (Spring Boot "Externalized Configuration": spring.config.location is "a comma-separated
 * list of directory locations or file paths", a location "prefixed with optional:" may be missing). A `classpath:`
 * or other scheme names no node file.
 */
const configOptionPaths = (value: string) =>
    value
        .split(",")
        .map(v => v.replace(/^optional:/, "").replace(/^file:(\/\/(?=\/))?/, ""))
        .filter(v => v.startsWith("/"));

/**
 * Round 87: a value under a configuration file's address key that is every address or may be the node's own, beyond
 * what settingBeyondLoopback reads on a command line, where such keys are often a client's: in a file the program is
 * given, a listen/bind key or a host/addr/address/ip key (bare or qualified, not a client's: clientSetting, nor an
 * advertised one) holding an empty host ("" or Go's `:PORT`, also in a URL: Go net.Listen "If the host in the address
 * parameter is empty ... listens on all available unicast and anycast IP addresses of the local system"), a value the
 * shell computed (a `$`, SUBSTITUTED_MARK: possibly the node's own address), or, under a listen/bind/addr/address
 * key, a port alone (`listen: 9000`: no host is every address, as Go's `:PORT` and nginx's `listen 9000` are).
 */
function fileSettingBeyondLoopback(name: string, item: string, program: string): boolean {
    const key = keyWords(name);
    // Round 89: a port key is skipped only for a bare port; a value with a host part (`host-port: ":14268"`, Go's empty
    // host: every address) is judged as any address value.
    if (
        /advertise/i.test(key) ||
        (/port$/i.test(key) && /^\s*\d*\s*$/.test(item)) ||
        clientSetting(name, program, item)
    )
        return false;
    const listen = /(^|[._-])(listen|bind)/i.test(key);
    // Round 88: an address of every interface (0.0.0.0, :: in any spelling, Go's empty host `:PORT`, in a URL too)
    // under any key but a far end's (FILE_FAR_END_KEY): Dex's examples/config-dev.yaml `web: http: 0.0.0.0:5556`, Consul's
    // `addresses { http = "0.0.0.0" }` name where the program listens by the protocol alone, and no client dials
    // every address.
    if (
        (allAddresses(item) || EMPTY_HOST.test(item) || EMPTY_HOST_URI.test(item)) &&
        (listen || !FILE_FAR_END_KEY(key))
    )
        return true;
    const address = listen || key.split(/[^A-Za-z0-9]+/).some(w => ADDRESS_WORD.test(w));
    const portKey = /(^|[._-])(listen|bind|addr|address)$/i.test(key);
    // Round 90: a template expression (computedValue: go-sockaddr's `{{ GetPrivateIP }}`) as a shell expansion is.
    return (
        address &&
        (item === "" ||
            (portKey && /^\d{1,5}$/.test(item)) ||
            (computedValue(item) && mayBeNodeAddress(item)) ||
            (listenSlotKey(key) && boundByName(item)))
    );
}

/**
 * Round 90: a key naming where the program binds: its last word listen/bind (`listen`, `bind`), or an address word
 * (host, addr, address(es), ip) after a listen/bind word (`listen_addresses`, `bind_addr`, `listen.host`,
 * `web.listen-address`); not `bind_dn`, `bind_password` (LDAP's bind credentials).
 */
const listenSlotKey = (key: string) => {
    const words = key.split(/[^A-Za-z0-9]+/).filter(w => w !== "");
    const last = words.at(-1) ?? "";
    return (
        /^(listen|bind)(ers?|ing)?$/i.test(last) ||
        (ADDRESS_WORD.test(last) && words.slice(0, -1).some(w => /^(listen|bind)/i.test(w)))
    );
};

/**
 * Round 90: a listen value naming its host by a NAME that is not the node's loopback (loopbackOnly: the loopback names
 * while user data leaves /etc/hosts and the resolver alone, else what the written /etc/hosts gives them): the program
 * resolves it (getaddrinfo(3) through nsswitch.conf(5) `hosts: files dns`: hosts(5), then DNS) and binds what it
 * gets, the node's own address (EC2 "Amazon EC2 instance hostname types": ip-PRIVATE-IPV4.REGION.compute.internal
 * resolves to the primary private address) or 0.0.0.0 when /etc/hosts maps it so: beyond loopback (fail closed).
 * Each comma-separated item is judged (PostgreSQL listen_addresses "a comma-separated list of host names and/or
 * numeric IP addresses"); boolean words are no names.
 */
const boundByName = (value: string) =>
    value.split(",").some(raw => {
        const item = raw.trim().replace(/^["']|["']$/g, "");
        const host = addressHost(item);
        return (
            /^(?=[^:]*[A-Za-z])[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?$/.test(host) &&
            /^([a-z][\w+.-]*:\/\/)?[^\s/:]+(:\d+)?\/?$/i.test(item) &&
            !/^(true|false|yes|no|on|off|none|null|enabled?|disabled?)$/i.test(host) &&
            !loopbackOnly([item])
        );
    });

/**
 * Round 88: a configuration key naming an address the program tells others or dials rather than one it binds: what
 * it advertises (Consul's `advertise_addr`, Nomad's `advertise { ... }` block: addresses told to other nodes, etcd's
 * `advertise-client-urls`: told to clients), a node it joins (Consul `retry_join`,
 * `start_join`), a peer, an upstream or remote it connects to, a last word `server`/`servers` (the server a client
 * talks to), a gateway or netmask (0.0.0.0 is a mask or route there, no address). A listen/bind word overrides it
 * (etcd `listen-peer-urls`). A client's `client_addr` is no far end: Consul "client_addr: The address to which Consul
 * will bind client interfaces, including the HTTP and DNS servers".
 */
const FILE_FAR_END_KEY = (key: string) => {
    const words = key.split(/[^A-Za-z0-9]+/).filter(w => w !== "");
    return (
        words.some(w =>
            /^(advertised?|advertise\w*|announced?|upstreams?|peers?|join|remotes?|connect|dial|gateway|netmask|mask)$/i.test(
                w,
            ),
        ) || /^servers?$/i.test(words.at(-1) ?? "")
    );
};

/**
 * Round 88: the files a configuration includes, by a key whose last word is include/import (`include:`, TOML
 * `imports = [GLOB]`, nginx's "include file | mask" (`include vhosts/*.conf;`: a file, or every file a mask matches),
 * Caddyfile `import`, `@include`, `include_dir`): each absolute path or glob, or a relative one from
 * the including file's directory (nginx resolves it from its prefix, which lies above: a superset read below it). A
 * value naming no path (`import: true`) is none; one the pack cannot compute is undefined (includeUnknown fails it).
 */
function configIncludes(file: string, settings: readonly { key: string; value: string }[]): (string | undefined)[] {
    return settings.flatMap(({ key, value }) => {
        const words = keyWords(key)
            .split(/[^A-Za-z0-9@]+/)
            .filter(w => w !== "");
        const last = words.at(-1) ?? "";
        const include = (w: string) => /^@?(include|import)s?$/i.test(w);
        if (!(include(last) || (/^(dir|files?)$/i.test(last) && include(words.at(-2) ?? "")))) return [];
        if (/[$`]/.test(value) || SUBSTITUTED_MARK.test(value)) return [undefined];
        const path = !/^[a-z][\w+.-]*:/i.test(value) && (value.includes("/") || /[*?]|\.\w+$/.test(value));
        return path ? [posix.resolve(posix.dirname(file), value)] : [];
    });
}

/**
 * Round 90 (fix): the local and global tags a YAML configuration puts on its values (YAML 1.2.2 "Node Tags": a local
 * tag `!name` is application specific; the `yaml` package keeps an unresolved one's text as a plain string and only
 * warns "Unresolved tag"), every document of the file, with the tagged scalar's text (undefined for a collection).
 * The standard `tag:yaml.org,2002:` types (`!!str`, `!!binary` ...) name no other source and are none. A tag on a
 * whole document's root scalar is no setting (a non-YAML file parsed as one plain scalar).
 */
export function configFileTags(text: string): { tag: string; value: string | undefined }[] {
    const tags: { tag: string; value: string | undefined }[] = [];
    let docs: ReturnType<typeof parseAllDocuments>;
    try {
        docs = parseAllDocuments(text);
    } catch {
        return tags;
    }
    for (const doc of Array.isArray(docs) ? docs : [])
        visit(doc, {
            Node(key, node) {
                const tag = node.tag;
                if (tag === undefined || tag.startsWith("tag:yaml.org,2002:") || (key === null && isScalar(node)))
                    return;
                tags.push({ tag, value: isScalar(node) ? String(node.value ?? "") : undefined });
            },
        });
    return tags;
}

/**
 * Round 90 (fix): YAML include tags (Home Assistant "Splitting the configuration file": "reference them with the YAML
 * tag !include. Use this tag where YAML expects a value, like the value of a key"; `!include_dir_list`,
 * `!include_dir_named`, `!include_dir_merge_list`, `!include_dir_merge_named` load every YAML file of a directory,
 * recursively), each relative to the including file (as Fluent Bit's includes: "If no absolute path is provided, the
 * file is assumed to be located in a directory relative to the file that references it"): an `!include*` tag's file,
 * or, for a directory tag, every `.yaml`/`.yml` file under the directory (a globstar glob). A value the pack cannot compute is undefined (includeUnknown).
 */
function taggedIncludes(
    file: string,
    tags: readonly { tag: string; value: string | undefined }[],
): (string | undefined)[] {
    return tags.flatMap(({ tag, value }) => {
        if (!/^!include/i.test(tag)) return [];
        if (value === undefined || value.trim() === "" || /[$`]/.test(value) || SUBSTITUTED_MARK.test(value))
            return [undefined];
        const path = posix.resolve(posix.dirname(file), value.trim());
        return /^!include_?dir/i.test(tag) ? [`${path}/**/*.yaml`, `${path}/**/*.yml`] : [path];
    });
}

/**
 * Round 87: an every-address or computed host in a configuration file's text that no setting configFileSettings read
 * holds: a format it does not parse (nginx-like `listen 0.0.0.0:80;`, HCL blocks), which may listen there (fail closed).
 */
const unparsedAddress = (text: string, settings: readonly { value: string }[]) =>
    (text.match(/[^\s,;"'=(){}<>`]+/g) ?? [])
        // A list's bracket on its first or last item (`[0.0.0.0, ::]`), not an IPv6 address's (`[::]:80`).
        .map(token => token.replace(/^\[(?![^\]]*\])/, "").replace(/^([^[]*)\]$/, "$1"))
        .filter(
            token =>
                // Round 88: every address in any spelling (allAddressesValue: `*:PORT`, `::`, `[0:0:0:0:0:0:0:0]`;
                // Go's empty host `:PORT`, in a URL too), not only the literal 0.0.0.0 and [::].
                allAddresses(token) ||
                EMPTY_HOST.test(token) ||
                EMPTY_HOST_URI.test(token) ||
                /0\.0\.0\.0|\[::\]/.test(token) ||
                SUBSTITUTED_MARK.test(token),
        )
        .some(token => !settings.some(s => s.value.includes(token)));

/**
 * Round 86: where a root program no reader knows listens by a configuration file user data wrote (the fail-closed
 * rule's case, beside unreadListeners' command line): the absolute path a configuration option names
 * (CONFIG_FILE_OPTION, SHORT_CONFIG_OPTION) or, when that names a directory, the config-named files user data wrote in
 * it (syncthing `--config=DIR`'s config.xml: Syncthing docs "Command Line Operation"), and its documented default
 * paths by the packaging convention /etc/PROGRAM/ and /etc/PROGRAM.EXT, the daemon's trailing `d` dropped
 * (buildkitd.toml(5): "The file path is /etc/buildkit/buildkitd.toml for rootful mode"). Each is read in any format
 * (configFileSettings) and judged as a command line's name=value is (settingBeyondLoopback: a listen/bind/host/address
 * key beyond loopback). A file named by an option that user data changed in a way the pack cannot compute is one it
 * cannot read: a listener on an unknown bind (fail closed); one user data did not write is the program's own, its
 * packaged default. A default-path file so changed is not read (the path alone does not make the program a daemon
 * reading it: dnf edits /etc/dnf/dnf.conf, aide /etc/aide.conf).
 */
/** Programs relays.ts's commandForwarders and dialledOutForwarders read themselves (their relays are theirs, not unreadRelays'). */
export const READ_RELAYS =
    /^(socat|ssh|autossh|dbclient|gost|caddy|systemd-socket-proxyd|3proxy|ip6?tables(-legacy|-nft)?|nft|firewall-(offline-)?cmd|envoy|pen|balance|ncat|nc|netcat|chisel|cloudflared|ngrok|bore|frpc)$/;

/**
 * Round 86 integration: relays whose configuration relays.ts reads for where they forward (READ_RELAYS; stunnel, rinetd
 * and Traefik by configForwarders): a listener beyond loopback there is judged by its far end, not as a server.
 */
const relayConfigured = (program: string) => READ_RELAYS.test(program) || /^(stunnel\d*|rinetd|traefik)$/.test(program);

export function unreadConfigFileListeners(
    program: string,
    args: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    if (NOT_UNREAD_SERVERS.test(program) || knownClient(program, args) || relayConfigured(program)) return [];
    const written = [...(view.written?.() ?? [])];
    const configsIn = (dir: string) => written.filter(p => posix.dirname(p) === dir && CONFIG_FILE_NAME.test(p));
    const named = args.flatMap((w, i) => {
        // A lone letter's `-c=` is getopt's -c with the value "=..." (unreadOptionValue), no name=value.
        const long = /^(--[\w.-]+|-[\w.-]{2,})=(.+)$/.exec(w);
        const [option, value] = long ? [long[1], long[2]] : [args[i - 1] ?? "", w];
        if (/[$`]/.test(value) || SUBSTITUTED_MARK.test(value)) return [];
        // A short -c/-f takes a plain path only (`amazon-cloudwatch-agent-ctl -c file:PATH` is the agent's own syntax,
        // a client's: round 25's secure case).
        const paths = SHORT_CONFIG_OPTION.test(option)
            ? value.startsWith("/")
                ? [value]
                : []
            : configOptionPaths(value);
        return paths.flatMap(raw => {
            const path = posix.normalize(raw);
            const text = readConfig(path, fileText, view);
            const inside = text === undefined ? configsIn(path.replace(/\/$/, "")) : [];
            if (CONFIG_FILE_OPTION.test(option)) return inside.length > 0 ? inside : [path];
            // Round 87: a qualified config option (`--spring.config.location=file:/...`) or -c/-f naming a file user
            // data wrote (whatever its name: `-c /opt/ops/agent`) is that file; a directory, the config files in it.
            if (QUALIFIED_CONFIG_OPTION.test(option))
                return inside.length > 0 ? inside : text === undefined ? [] : [path];
            if (!long && SHORT_CONFIG_OPTION.test(option))
                return inside.length > 0
                    ? inside
                    : CONFIG_FILE_NAME.test(path) || typeof text === "string"
                      ? [path]
                      : [];
            return [];
        });
    });
    // A program's name as user data spells it may be any word (`eval "$(...)"` yields one): only a plain name has a path.
    const stems = [...new Set([program, program.replace(/d$/, "")])].filter(s => /^[\w.+-]+$/.test(s));
    // Round 88: every file under /etc/PROGRAM/ and /etc/PROGRAM.d/ whatever its name (JSON5's `.json5`, an
    // extensionless `config`): the directory is the program's by the packaging convention, and each of its files is
    // read in every format configFileSettings knows, an address it cannot place failing closed (unparsedAddress).
    const defaults = written.filter(p =>
        stems.some(
            s =>
                p.startsWith(`/etc/${s}/`) ||
                (CONFIG_FILE_NAME.test(p) &&
                    p.startsWith(`/etc/${s}.`) &&
                    /^[a-z]+$/.test(p.slice(`/etc/${s}.`.length))) ||
                // Round 87: a drop-in directory /etc/PROGRAM.d/ (Nomad's packaged unit: `-config /etc/nomad.d`).
                posix.dirname(p) === `/etc/${s}.d`,
        ),
    );
    // In a file, an `*_addr`/`*_host` key is as often where the program connects (rathole's `local_addr`, frp's
    // `serverAddr`): only a listen/bind key or an every-address value there is where it listens.
    const fileBind = (key: string) => (item: string) =>
        /(^|[._-])(listen|bind)/i.test(keyWords(key)) || everyAddressListenValue(item);
    const unreadFile = (file: string): Listener => ({
        server: `${program} reading ${file}`,
        binds: [],
        serves: { unread: `${program} (${file}, a configuration the pack cannot read)` },
    });
    const judged = (file: string, text: string, seen: ReadonlySet<string> = new Set([file])): Listener[] => {
        const settings = configFileSettings(text);
        const binds = [
            ...new Set(
                settings.flatMap(({ key, value }) => [
                    ...settingBeyondLoopback(key, value, program).filter(fileBind(key)),
                    ...(fileSettingBeyondLoopback(key, value, program) ? [value === "" ? `${key}: ""` : value] : []),
                ]),
            ),
        ];
        // Round 90 (fix): YAML tags: an `!include*` is an include read as the others (taggedIncludes); any other tag
        // the pack cannot resolve (Home Assistant's `!secret`, `!env_var`, an application's own) is a value it cannot
        // read, which may be an address: fail closed, naming the file and the tag.
        const tags = configFileTags(text);
        const unresolved = [...new Set(tags.map(t => t.tag).filter(t => !/^!include/i.test(t)))].map(
            (tag): Listener => ({
                server: `${program} reading ${file}`,
                binds: [],
                serves: {
                    unread: `${program} (${file}: its YAML tag ${tag}, a value the pack cannot resolve; write the value itself)`,
                },
            }),
        );
        const included = [...configIncludes(file, settings), ...taggedIncludes(file, tags)].flatMap(
            (target): Listener[] => {
                // A file it names that user data changed so the pack cannot read it, a glob over one, or a path the pack
                // cannot compute: fail closed (includeUnknown). One user data never wrote is the package's.
                const unknown = includeUnknown(target, view);
                if (unknown !== undefined || target === undefined)
                    return [unreadFile(`${unknown ?? "an unknown path"}, included by ${file}`)];
                const files = /[*?[]/.test(target) ? written.filter(p => globNames(target, p)) : [target];
                return files
                    .filter(f => !seen.has(f))
                    .flatMap(f => {
                        const inner = readConfig(f, fileText, view);
                        if (inner === undefined) return [];
                        if (inner === null) return [unreadFile(`${f}, included by ${file}`)];
                        return judged(f, inner, new Set([...seen, f]));
                    });
            },
        );
        if (binds.length === 0)
            return [...(unparsedAddress(text, settings) ? [unreadFile(file)] : []), ...unresolved, ...included];
        return [
            { server: `${program} reading ${file}`, binds, serves: { unread: program } },
            ...unresolved,
            ...included,
        ];
    };
    // Round 87: a default-path file user data changed in a way the pack cannot compute (an unquoted heredoc's
    // expansion is read as SUBSTITUTED_MARK; a download, `sed -i` of a computed value are not) is read when the program
    // is started as a service (a systemd unit's Exec line: its environment is known, programEnvironment) and no option
    // names another configuration: the daemon reads its default then (buildkitd.toml(5)); a tool run once (dnf,
    // aide) is not started so.
    const startedOnDefaults = view.programEnvironment !== undefined && named.length === 0;
    // Round 90: a configuration option's config URI of a provider other than a file (OpenTelemetry Collector
    // "Configuration": "The --config flag accepts either a file path or values in the form of a config URI
    // "<scheme>:<opaque_data>""): `yaml:` "Reads configuration from a YAML string, with :: delimiting subpaths" (read
    // as those settings), `env:` "Reads configuration from an environment variable" (its text in the program's known
    // environment, programEnvironment, read as a file's), any other (http:, https:, s3:, Spring's configserver:) a
    // text the pack cannot read: fail closed. Spring's `classpath:` is the application's own packaged resource.
    const provided = args.flatMap((w, i): Listener[] => {
        const long = /^(--[\w.-]+|-[\w.-]{2,})=(.+)$/.exec(w);
        const [option, value] = long ? [long[1], long[2]] : [args[i - 1] ?? "", w];
        if (!(CONFIG_FILE_OPTION.test(option) || QUALIFIED_CONFIG_OPTION.test(option))) return [];
        const label = `${option}=${value.length > 60 ? `${value.slice(0, 57)}...` : value}`;
        const yaml = /^yaml:([^:\s]+(?:::[^:\s]+)*):\s*([\s\S]*)$/.exec(value);
        if (yaml) {
            const keys = yaml[1].split("::");
            const text = keys.map((k, j) => `${"  ".repeat(j)}${k}:${j === keys.length - 1 ? ` ${yaml[2]}` : ""}`);
            return judged(label, text.join("\n"));
        }
        const env = /^env:([A-Za-z_]\w*)$/.exec(value);
        if (env) {
            const texts = view.programEnvironment?.get(env[1]) ?? [];
            return texts.length > 0 ? texts.flatMap(t => judged(label, t)) : [unreadFile(label)];
        }
        if (/^yaml:|^env:/.test(value)) return [unreadFile(label)];
        return value
            .split(",")
            .map(v => v.replace(/^optional:/, ""))
            .some(v => /^[a-z][\w+.-]*:/i.test(v) && !/^(file|classpath\*?):/i.test(v))
            ? [unreadFile(label)]
            : [];
    });
    return [
        ...provided,
        ...[...new Set(named)].flatMap((file): Listener[] => {
            const text = readConfig(file, fileText, view);
            if (text === undefined) return [];
            return text === null ? [unreadFile(file)] : judged(file, text);
        }),
        ...defaults
            .filter(f => !named.includes(f))
            .flatMap(file => {
                const text = readConfig(file, fileText, view);
                if (typeof text === "string") return judged(file, text);
                return text === null && startedOnDefaults ? [unreadFile(file)] : [];
            }),
    ];
}

/**
 * Round 87: variables that name the configuration file or directory of `program` (the unread program: its name
 * upper-cased, `-` as `_`, its daemon `d` dropped too): PROG_CONFIG, PROG_CONF, PROG_CONFIG_FILE, PROG_CONFIG_DIR,
 * PROG_CONF_DIR, PROG_CONFDIR, PROG_CONFIG_PATH (code-server FAQ: "using the --config flag or $CODE_SERVER_CONFIG
 * environment variable"), and documented ones with a prefix of their own: Syncthing "Command Line Operation":
 * "STCONFDIR Sets the configuration directory", "STHOMEDIR Sets the home directory (config and data)".
 */
const CONFIG_PATH_VARIABLES: Record<string, RegExp> = { syncthing: /^ST(CONF|HOME)DIR$/ };
const configPathVariable = (program: string, name: string) => {
    const prefixes = [...new Set([program, program.replace(/d$/, "")])].map(p => p.toUpperCase().replace(/-/g, "_"));
    return (
        CONFIG_PATH_VARIABLES[program]?.test(name) === true ||
        prefixes.some(p => new RegExp(`^${p}_?(CONF|CONFIG)([_-]?(FILE|DIR|PATH))?$|^${p}_?CONFDIR$`).test(name))
    );
};

/**
 * Round 87: a configuration path the program's environment names (configPathVariable: a unit's Environment= or
 * EnvironmentFile= as systemd gives it, the script's own assignments and exports the view keeps, an `env NAME=VALUE`
 * prefix) is followed as the same path given by `--config` is: read by unreadConfigFileListeners (a directory's
 * config-named files, a file the pack cannot read failing closed).
 */
export function environmentConfigListeners(
    program: string,
    words: readonly string[],
    cwd: string | undefined,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const given: [string, string | undefined][] = [
        ...[...(view.programEnvironment ?? view.environment ?? new Map())].flatMap(([name, values]) =>
            [...values].map((v): [string, string | undefined] => [name, v]),
        ),
        ...(posix.basename(words[0] ?? "") === "env"
            ? words.slice(1).flatMap((w): [string, string][] => {
                  const m = /^([A-Za-z_]\w*)=(.*)$/.exec(w);
                  return m ? [[m[1], m[2]]] : [];
              })
            : []),
    ];
    // Round 90: a relative path is opened from the program's working directory (path_resolution(7): "If the pathname
    // does not start with the '/' character, the starting lookup directory of the resolution process is the current
    // working directory of the process"): resolved against `cwd`, the directory the program starts in; unknown there,
    // it fails closed as a computed value does. The script's relative literals are kept apart (relativeEnvironment):
    // a name whose every unknown value is one of them is resolved so.
    const relative = (name: string, value: string | undefined) =>
        value !== undefined
            ? value.startsWith("/")
                ? [value]
                : cwd === undefined || /[$`~]/.test(value)
                  ? undefined
                  : [posix.resolve(cwd, value)]
            : view.programEnvironment === undefined &&
                cwd !== undefined &&
                (view.relativeEnvironment?.get(name)?.length ?? 0) >=
                    given.filter(([n, v]) => n === name && v === undefined).length
              ? (view.relativeEnvironment?.get(name) ?? []).map(v => posix.resolve(cwd, v))
              : undefined;
    const paths = given.flatMap(([name, value]) =>
        configPathVariable(program, name) ? (relative(name, value) ?? []) : [],
    );
    // Round 88: a configuration path of its own the pack cannot compute (`export OPSD_CONFIG=$DIR/opsd.yaml`) may
    // name any file, which may listen anywhere: fail closed.
    const computed = [
        ...new Set(
            given.flatMap(([name, value]) =>
                configPathVariable(program, name) && relative(name, value) === undefined ? [name] : [],
            ),
        ),
    ].map(name => ({
        server: `${program} reading the configuration its environment's ${name} names (a value the pack cannot compute)`,
        binds: [],
        serves: { unread: program },
    }));
    return [
        ...computed,
        ...[...new Set(paths)].flatMap(path =>
            unreadConfigFileListeners(program, [`--config=${path}`], cwd, fileText, view).filter(l =>
                l.server.startsWith(`${program} reading ${path}`),
            ),
        ),
    ];
}

/**
 * Round 88: servers whose documented default bind is every address, by program name (or, run by an interpreter, its
 * script's name: `python3 copyparty-sfx.py`), with the options that set the bind:
 * - dufs README "-b, --bind <addrs>  Specify bind address or unix socket" (default `0.0.0.0,::`), `-c/--config` a
 *   YAML file whose `bind:` sets it;
 * - copyparty README "-i IP  ip to listen on" (default `::`, every IPv4 and IPv6 address);
 * - gohttpserver README "--addr" (default `:8000`, an empty host);
 * - goshs README "-i  IP or Interface to listen on (default: 0.0.0.0)";
 * - static-web-server docs "--host <HOST>  Host address (E.g 127.0.0.1 or ::1) [default: ::]" (`-a`);
 * - darkhttpd README "--addr ip  Listen on this IP address (default: all)".
 */
const DEFAULT_EVERY_ADDRESS_SERVERS: { names: RegExp; long: string[]; short: string[] }[] = [
    { names: /^dufs$/, long: ["--bind"], short: ["-b"] },
    { names: /^copyparty([-_]sfx)?$/, long: [], short: ["-i"] },
    { names: /^gohttpserver$/, long: ["--addr"], short: [] },
    { names: /^goshs$/, long: ["--ip"], short: ["-i"] },
    { names: /^static-web-server$/, long: ["--host"], short: ["-a"] },
    { names: /^darkhttpd$/, long: ["--addr"], short: [] },
];

/**
 * Round 88: an unread root server of DEFAULT_EVERY_ADDRESS_SERVERS started with no bind of its own listens on every
 * address: no bind option on its command line (`-b ADDR`, `--bind=ADDR`, `-b127.0.0.1`), no listen/bind/host/addr/ip
 * key in a configuration file its words name that user data wrote (a file the pack cannot read fails closed where it
 * is read: unreadConfigFileListeners), and no listen variable of its own in its environment (DUFS_BIND, SERVER_HOST:
 * judged by environmentListeners). Fail closed: what it serves is unread.
 */
export function defaultBindListeners(
    program: string,
    args: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Listener[] {
    const script = INTERPRETERS.test(program) ? args.find(w => !w.startsWith("-")) : undefined;
    const name = script === undefined ? program : posix.basename(script).replace(/\.(py|pyz)$/, "");
    const server = DEFAULT_EVERY_ADDRESS_SERVERS.find(s => s.names.test(name));
    if (server === undefined) return [];
    const option = (w: string) =>
        server.long.some(l => w === l || w.startsWith(`${l}=`)) ||
        server.short.some(o => w === o || (w.startsWith(o) && /^[0-9:[]|^localhost/.test(w.slice(2))));
    if (args.some(option)) return [];
    const bindKey = (key: string) =>
        /(^|[._-])(listen|bind|host|addr|address|ip|interfaces?)([._-]|$)/i.test(keyWords(key));
    const configured = args.some(w => {
        const path = w.replace(/^--?[\w.-]+=/, "");
        if (!path.startsWith("/")) return false;
        const text = readConfig(posix.normalize(path), fileText, view);
        return typeof text === "string" && configFileSettings(text).some(s => bindKey(s.key));
    });
    if (configured) return [];
    const own = `${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_`;
    const environment = [...(view.programEnvironment?.keys() ?? []), ...view.environment.keys()];
    if (
        environment.some(
            v => (v.startsWith(own) || v === "SERVER_HOST") && /(^|_)(HOST|BIND|LISTEN|ADDR|ADDRESS|IP)$/.test(v),
        )
    )
        return [];
    return [
        {
            server: `${name} (no bind given: its documented default, every address)`,
            binds: [],
            serves: { unread: program },
        },
    ];
}

/**
 * Round 81: the host pydoc's server listens on, read by pydoc's own parser (Python docs "pydoc": "-p <port>" starts an
 * HTTP server, "-n <hostname>" the host it listens on, localhost by default; Lib/pydoc.py cli(): getopt 'bk:n:p:w', so
 * `-n HOST` and the glued `-nHOST`): any value but a loopback literal, a computed one (the shell reader's SUBSTITUTED
 * mark, `-n "$(hostname -i)"`) included, may be the node's address.
 */
function pydocHosts(program: string, args: readonly string[]): string[] {
    const python = /^python[\d.]*$/.test(program) && args[0] === "-m" && args[1] === "pydoc";
    const rest = python ? args.slice(2) : /^pydoc[\d.]*$/.test(program) ? args : undefined;
    if (rest === undefined) return [];
    let [host, serves] = ["localhost", false];
    for (let i = 0; i < rest.length && /^-[bknpw]/.test(rest[i]); i++) {
        const [flag, glued] = [rest[i].slice(1, 2), rest[i].slice(2)];
        if (flag === "p") serves = true;
        if (!/[knp]/.test(flag)) continue;
        const value = glued !== "" ? glued : (rest[++i] ?? "");
        if (flag === "n") host = value;
    }
    return serves && !loopbackOnly([host]) ? [host] : [];
}

/**
 * xinetd's services that run (xinetd.conf(5): `service NAME { ... }`; `disable = yes` and the defaults' `disabled` list
 * turn one off), each with its attributes' values, the defaults block's where the service sets none.
 */
export function xinetdServices(text: string): { name: string; get: (key: string) => string[] }[] {
    const blocks = [...text.replace(/#.*$/gm, "").matchAll(/^[ \t]*(defaults|service[ \t]+(\S+))\s*\{([^}]*)\}/gm)];
    const attributes = (body: string) => {
        const out = new Map<string, string[]>();
        for (const m of body.matchAll(/^\s*([a-z_]+)\s*([+-]?=)\s*(.*?)\s*$/gm)) {
            const values = m[3].split(/\s+/).filter(Boolean);
            const before = out.get(m[1]) ?? [];
            out.set(m[1], m[2] === "+=" ? [...before, ...values] : m[2] === "-=" ? before : values);
        }
        return out;
    };
    const defaults = attributes(
        blocks
            .filter(b => b[1] === "defaults")
            .map(b => b[3])
            .join("\n"),
    );
    return blocks.flatMap(([, , name, body]) => {
        if (name === undefined) return [];
        const attrs = attributes(body);
        const get = (key: string) => attrs.get(key) ?? defaults.get(key) ?? [];
        return /^yes$/i.test(get("disable")[0] ?? "") || (defaults.get("disabled") ?? []).includes(name)
            ? []
            : [{ name, get }];
    });
}

/**
 * xinetd services (xinetdServices; xinetd.conf(5): a service runs `server` with `server_args` on each connection, its
 * standard input and output the socket; `bind`/`interface` its address, `only_from` its clients, `type = INTERNAL` is
 * a built-in such as echo).
 */
export function xinetdListeners(text: string): Listener[] {
    return xinetdServices(text).flatMap(({ name, get }): Listener[] => {
        if (get("type").some(t => /^INTERNAL$/i.test(t))) return [];
        // flags NAMEINARGS: "the first argument in "server_args" [is] argv[0]" (xinetd.conf(5)), as tcpd takes it.
        const server = get("server")[0] ?? "";
        const argv = get("flags").includes("NAMEINARGS") ? get("server_args") : [server, ...get("server_args")];
        const command = superServed(server, argv).join(" ");
        return [
            {
                server: `xinetd service ${name} running ${command}`,
                binds: [...get("bind"), ...get("interface")],
                allowed: get("only_from"),
                serves: { shell: command },
            },
        ];
    });
}

/**
 * The command line a super-server runs for a connection, from its server program and the argv it gives it: the
 * program with argv[1..], or, when the program is tcpd(8), argv[0] with its arguments (Debian Administrator's
 * Handbook, "The inetd super-server": "tcpd relies on the name under which it was invoked (that is, the first
 * argument, argv[0]) to identify the real program to run"; a bare name is in its REAL_DAEMON_DIR). tcpd's
 * hosts.allow/hosts.deny admit every client unless user data writes them (hosts_access(5)), which the pack does not
 * read: they change nothing.
 */
const superServed = (server: string, argv: readonly string[]) =>
    posix.basename(server) === "tcpd" ? argv : [server, ...argv.slice(1)];

/**
 * inetd.conf lines (inetd(8): `[addr:]service socket-type protocol wait user server-program server-program-arguments`,
 * the arguments from argv[0]; `internal` is a built-in).
 */
export function inetdListeners(text: string): Listener[] {
    return text.split(/\r?\n/).flatMap((line): Listener[] => {
        const f = line.replace(/#.*$/, "").trim().split(/\s+/);
        if (f.length < 6 || f[5] === "internal") return [];
        const address = /^(.*):[^:\]]+$/.exec(f[0])?.[1];
        const command = superServed(f[5], f.slice(6)).join(" ");
        return [
            {
                server: `inetd service ${f[0]} running ${command}`,
                binds: address ? [address] : [],
                serves: { shell: command },
            },
        ];
    });
}

/**
 * NFS exports (exports(5): `/path client(options) ...`, a continuation with `\`; a client `*`, or none, is every
 * host). A pod reaches an export without privileges: Pod Security baseline allows `nfs` volumes (Kubernetes "Pod
 * Security Standards"; podSpec.ts confines nfs as a share of nothing of the node), the kubelet mounting it as root.
 */
function exportsListeners(text: string): Listener[] {
    return text
        .replace(/\\\r?\n/g, " ")
        .split(/\r?\n/)
        .flatMap((line): Listener[] => {
            const words = line.replace(/#.*$/, "").match(/"[^"]*"|\S+/g) ?? [];
            const path = words[0]?.replace(/^"|"$/g, "") ?? "";
            if (!path.startsWith("/")) return [];
            const clients = words
                .slice(1)
                .filter(w => !w.startsWith("-"))
                .map(w => w.replace(/\(.*$/, "") || "*");
            return [
                {
                    server: `an NFS export (${line.trim()})`,
                    binds: [],
                    allowed: clients.length > 0 ? clients : ["*"],
                    serves: { files: path },
                },
            ];
        });
}

/** The default configuration files of the rsync daemon (rsync(1) --config) and Samba (smbd(8) --configfile). */
export const RSYNCD_CONF = "/etc/rsyncd.conf";

export const SMB_CONF = "/etc/samba/smb.conf";

/** ksmbd-tools' configuration (ksmbd.conf(5): "/etc/ksmbd/ksmbd.conf", read by ksmbd.mountd). */
export const KSMBD_CONF = "/etc/ksmbd/ksmbd.conf";

const exactly = (path: string) => new RegExp(`^${path.replace(/[.]/g, "\\.")}$`);

/** A list parameter's values (hosts allow, interfaces: blanks or commas between them). */
const listParameter = (value: string | undefined) => (value ?? "").split(/[\s,]+/).filter(Boolean);

/**
 * rsync daemon modules (rsyncd.conf(5): `[module]` with `path`; `hosts allow` "If this parameter is not specified then
 * all hosts can connect", global or per module; the global `address` the daemon listens on). `auth users` checks a
 * password, which user data would hold: it changes nothing. `overrides` are the command line's: rsync(1) -M/--dparam
 * is "equivalent to adding the parameter at the end of the global settings", and --address supersedes `address`
 * (rsyncd.conf(5)).
 */
export function rsyncdListeners(text: string, overrides: readonly [string, string][] = []): Listener[] {
    const { global, sections } = iniSections(text);
    for (const [k, v] of overrides) global.set(k.toLowerCase().replace(/[\s_]/g, ""), v);
    const address = global.get("address");
    return sections.flatMap(({ name, params }): Listener[] => {
        const path = params.get("path") ?? global.get("path");
        const allow = params.get("hostsallow") ?? global.get("hostsallow");
        return path === undefined
            ? []
            : [
                  {
                      server: `rsync daemon module [${name}] (path ${path})`,
                      binds: address ? [address] : [],
                      allowed: listParameter(allow),
                      serves: { files: path },
                  },
              ];
    });
}

/**
 * Samba shares (smb.conf(5)): each section but [global], [homes] and [printers] with a `path` (or `directory`) is
 * served; smbd listens on every address unless `bind interfaces only = yes` limits it to `interfaces` (names, `lo`
 * the loopback, or addresses); `hosts allow` in [global] "will apply to all services, regardless of whether the
 * individual service has a different setting", a share's to that share; `available = no` turns a share off. Who logs
 * in (guest ok, valid users, force user = root: "all file operations will be performed as the forced user") changes
 * nothing, as rsync's auth users: the share's files go to whoever holds the password user data sets, or to anyone as
 * guest. A path with a substitution (%S, %u) is one the pack cannot know.
 */
export function sambaListeners(text: string, daemon = "Samba"): Listener[] {
    const { global, sections } = iniSections(text);
    const yes = (v: string | undefined) => /^(yes|true|1|on)$/i.test(v ?? "");
    const binds = yes(global.get("bindinterfacesonly"))
        ? listParameter(global.get("interfaces")).map(interfaceAddress)
        : [];
    return sections.flatMap(({ name, params }): Listener[] => {
        const path = params.get("path") ?? params.get("directory");
        if (
            path === undefined ||
            /^(homes|printers)$/i.test(name) ||
            /^(no|false|0|off)$/i.test(params.get("available") ?? "")
        )
            return [];
        const allows = [global.get("hostsallow"), params.get("hostsallow")]
            .map(listParameter)
            .filter(a => a.length > 0);
        return [
            {
                server: `${daemon} share [${name}] (path ${path})`,
                binds,
                allowed: allows.find(a => loopbackOnly(a)) ?? allows[0] ?? [],
                serves: { files: path.includes("%") ? undefined : path },
            },
        ];
    });
}

/**
 * stunnel services that run a program on each connection (stunnel(8) "SERVICE-LEVEL OPTIONS": `exec =
 * executable_path` "Execute a local inetd-type program", `execArgs = $0 $1 $2 ...` its arguments "including the
 * program name ($0)"), listening on `accept = [host:]port` ("If no host specified, defaults to all IP addresses for
 * the local host"): a super-server, judged as xinetd's services are. Relays (`connect`) are relayForwarders'.
 */
export function stunnelListeners(text: string): Listener[] {
    const services: { name: string; options: Map<string, string[]> }[] = [];
    for (const l of configLines(text)) {
        const header = /^\s*\[([^\]]*)\]\s*$/.exec(l);
        if (header) services.push({ name: header[1], options: new Map() });
        const option = /^\s*(accept|exec|execArgs)\s*=\s*(.*?)\s*$/i.exec(l);
        const service = services.at(-1);
        if (option && service) {
            const key = option[1].toLowerCase();
            service.options.set(key, [...(service.options.get(key) ?? []), option[2]]);
        }
    }
    return services.flatMap(({ name, options }): Listener[] => {
        const [program] = options.get("exec") ?? [];
        const accept = options.get("accept") ?? [];
        if (program === undefined || accept.length === 0) return [];
        const args = (options.get("execargs")?.[0] ?? program).split(/\s+/).slice(1);
        const command = [program, ...args].join(" ");
        return [
            {
                server: `stunnel service [${name}] running ${command}`,
                binds: accept.map(a => (/^\d+$/.test(a) ? `0.0.0.0:${a}` : a)),
                serves: { shell: command },
            },
        ];
    });
}

/**
 * Round 83: xinetd.conf(5) `include FILE` ("the contents of the file are read as if they were inline") and `includedir
 * DIR` ("every file in the directory ... will be read sequentially as an xinetd configuration file").
 */
const XINETD_INCLUDE: IncludeDirective = line => {
    const m = /^\s*include(dir)?\s+(\S+)/.exec(line);
    if (!m) return undefined;
    return m[2].startsWith("/") && !/[$`]/.test(m[2]) ? (m[1] ? `${m[2].replace(/\/$/, "")}/*` : m[2]) : null;
};

/**
 * Configuration files of servers (SERVERS' kin, started as services), by path, read into their listeners; round 83:
 * `include`, the format's include directive, whose files the daemon reads as its own (includedServerListeners).
 */
export const SERVER_CONFIGS: { path: RegExp; read: (content: string) => Listener[]; include?: IncludeDirective }[] = [
    { path: /^\/etc\/(xinetd\.conf|xinetd\.d\/[^/]+)$/, read: xinetdListeners, include: XINETD_INCLUDE },
    { path: exactly(INETD_CONF), read: inetdListeners },
    { path: /^\/etc\/stunnel\/[^/]+\.conf$/, read: stunnelListeners },
    { path: /^\/etc\/(exports|exports\.d\/[^/]+\.exports)$/, read: exportsListeners },
    { path: exactly(RSYNCD_CONF), read: text => rsyncdListeners(text) },
    { path: exactly(SMB_CONF), read: text => sambaListeners(text) },
    // Round 82: ksmbd.conf(5), the in-kernel SMB server's, with smb.conf's share parameters (path, hosts allow, bind
    // interfaces only, interfaces); php-fpm pools, snmpd, tgtd targets and NFS-Ganesha exports (daemonConfigs.ts).
    { path: exactly(KSMBD_CONF), read: text => sambaListeners(text, "ksmbd") },
    { path: PHP_FPM_CONFIG, read: text => phpFpmListeners(text), include: PHP_FPM_INCLUDE },
    { path: SNMPD_CONFIG, read: text => snmpdListeners(text), include: SNMPD_INCLUDE },
    { path: TGT_TARGETS, read: text => tgtTargetsListeners(text), include: TGT_INCLUDE },
    { path: GANESHA_CONFIG, read: text => ganeshaListeners(text), include: GANESHA_INCLUDE },
    // Round 83: LIO's saved targets, restored by target.service (daemonConfigs.ts lioSavedListeners).
    { path: LIO_SAVED_CONFIG, read: text => lioSavedListeners(text) },
    // Round 86: nvmetcli's saved NVMe-oF target, restored by nvmet.service (daemonConfigs.ts nvmetSavedListeners).
    { path: NVMET_SAVED_CONFIG, read: text => nvmetSavedListeners(text) },
];

/**
 * Round 83: the servers' configurations user data wrote (SERVER_CONFIGS) as their daemons read them once the script
 * ends, their includes followed (daemonConfigs.ts withIncludes): a file outside the packaged paths is read with the
 * including file's reader, and one the pack cannot read (not written by user data, changed so the pack cannot compute
 * it, an include it cannot follow) makes the daemon a listener on its documented default bind, every address, serving
 * what the pack cannot know (fail closed). Each with where it is judged.
 */
export function includedServerListeners(view: ScriptView): { listeners: Listener[]; how: string }[] {
    const read = (path: string) => (view.changed.has(path) ? null : view.text?.(path));
    const written = () => view.written?.() ?? [];
    return [...written()].flatMap(path => {
        const config = SERVER_CONFIGS.find(c => c.include !== undefined && c.path.test(path));
        const text = view.text?.(path);
        if (config?.include === undefined || text === undefined) return [];
        const all = withIncludes(text, config.include, config.path, read, written);
        if (all.followed.length === 0 && all.unread.length === 0) return [];
        const how = `${path}, which includes ${[...new Set([...all.followed, ...all.unread])].join(", ")}`;
        const unread: Listener[] =
            all.unread.length === 0
                ? []
                : [
                      {
                          server: `the daemon reading ${path}`,
                          binds: [],
                          serves: {
                              unread: `the daemon reading ${path} (it includes ${all.unread.join(", ")}, a configuration the pack cannot read)`,
                          },
                      },
                  ];
        return [{ listeners: [...config.read(all.text), ...unread], how }];
    });
}

export const shellServed = (how: string, what: string): NodeOpening => ({
    who: "every pod that reaches the node",
    what: `user data serves a shell on the node's network (${how}: ${what}): whoever connects runs commands on the node as its user, root unless set otherwise, and the node's network reaches instance metadata (the node role); every pod reaches the node's addresses. Listen on 127.0.0.1 or a unix socket only, or run a service that authenticates its clients`,
    anyInstance: {
        who: ON_THE_NETWORK,
        what: `user data serves a shell on the instance's network (${how}: ${what}): whoever connects runs commands there and ${INSTANCE_ROLE_THROUGH_IMDS}; listen on 127.0.0.1 or a unix socket only`,
    },
});

/**
 * Round 78: the servers a log agent's configuration starts whose clients run code in the agent (logAgents.ts
 * fluentdCodeServers: fluentd's debug_agent), judged as a shell served on their addresses (a unix_path is local).
 */
export function agentCodeListeners(path: string, content: string): Listener[] {
    if (logAgentOf(path)?.name !== "fluentd") return [];
    try {
        return fluentdCodeServers(path, content).map(({ binds, how }) => ({
            server: how,
            binds,
            serves: {
                code: "a client calls any method of fluentd's Engine, instance_eval included: Ruby as fluentd's user",
            },
        }));
    } catch {
        return []; // a configuration that does not parse is refused where rootReads reads it (logAgentConfig)
    }
}

/** A configuration's lines without comments (`#`, `;`, `//`). */
export const configLines = (text: string) => text.split(/\r?\n/).filter(l => !/^\s*(#|;|\/\/)/.test(l));

/**
 * The end on this instance's loopback an upstream address names: a TCP port of a loopback host (loopbackOnly; Go's
 * empty host `:PORT` dials the local system; the unspecified address, which Linux connects over lo:
 * connectsToThisHost), or a unix socket path (`unix:/path`, `/path`); `byDefault` the port a scheme implies. Neither
 * port nor socket: a loopback end the pack cannot tell (a variable, an unknown port). Undefined: another host.
 */
export interface LoopbackEnd {
    port?: number;
    socket?: string;
}

const SCHEME_PORTS: Record<string, number> = { http: 80, ws: 80, h2c: 80, grpc: 80, https: 443, wss: 443, grpcs: 443 };

export function loopbackEnd(address: string, byDefault?: number): LoopbackEnd | undefined {
    const raw = address.trim().replace(/^["']|["']$/g, "");
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw)?.[1].toLowerCase();
    const rest = scheme === undefined ? raw : raw.slice(scheme.length + 3);
    const socket = /^(?:unix:|unix\/|unix@)?(\/[^:|]*)/.exec(
        rest.startsWith("unix:") ? rest : rest.replace(/^unix(?=\/\/)/, "unix"),
    );
    if (/^(unix[:@/]|\/)/.test(rest) && socket) return { socket: posix.normalize(socket[1]) };
    const authority = rest.split("/")[0];
    if (/[$%{]/.test(authority)) return {};
    const m = /^\[([^\]]*)\](?::(\d*))?$/.exec(authority) ?? /^([^:]*)(?::(\d*))?$/.exec(authority);
    const [host, port] = m ? [m[1], m[2]] : [authority, undefined];
    if (host !== "" && !loopbackOnly([host]) && !connectsToThisHost(host)) return undefined;
    const known = port !== undefined && port !== "" ? Number(port) : (byDefault ?? SCHEME_PORTS[scheme ?? ""]);
    return known === undefined ? {} : { port: known };
}

/**
 * A forwarder: a process or rule that accepts connections where it listens ([]: its default, every address) and
 * connects each to a fixed end on this instance's loopback.
 */
export interface Forwarder {
    forwarder: string;
    listens: readonly string[];
    to: LoopbackEnd;
    /**
     * Round 81: it listens only on the sockets systemd passes it (systemd-socket-proxyd(8): "socket activation"), so
     * where its socket units listen (an `activates` mark, loopbackJoin); none the pack reads: every address.
     */
    socketActivated?: boolean;
}

/** A relay's end given as HOST and PORT (a service name or none: an end the pack cannot tell), on loopback or not. */
export const relayEnd = (host: string, port: string | undefined) =>
    port !== undefined && /^\d+$/.test(port)
        ? loopbackEnd(`${/:/.test(host) ? `[${host.replace(/^\[|\]$/g, "")}]` : host}:${port}`)
        : loopbackEnd(host) && {};

/** Go-style single-dash long options (`-auth`, Go's flag package; urfave/cli alike) as `--auth`. */
export const goFlags = (args: readonly string[]) => args.map(w => (/^-[a-z][a-z-]+(=|$)/i.test(w) ? `-${w}` : w));

/** chisel server's options taking a value (`chisel server --help`). */
export const CHISEL_SERVER_VALUES = [
    "host",
    "port",
    "key",
    "keygen",
    "keyfile",
    "authfile",
    "auth",
    "keepalive",
    "backend",
    "tls-key",
    "tls-cert",
    "tls-domain",
    "tls-ca",
];

/**
 * The commands a shell command line runs, each from its program word: wrappers skipped (shell.ts WRAPPERS: `exec`,
 * which replaces the shell with the command, POSIX sh "exec [command [argument...]]"; timeout, nice, env, assignments),
 * and a launcher's command line (launchedCommand: su -c, runuser -c) or a shell's `-c` line read as lines of their own.
 */
function lineCommands(line: string, depth = 0): string[][] {
    if (depth > 4) return [];
    return simpleCommands(line).flatMap(({ words }) => {
        const rest = words.slice(programIndex(words));
        const launched = launchedCommand(rest);
        if (launched) return lineCommands(launched.line, depth + 1);
        const command = SHELLS.test(posix.basename(rest[0] ?? "")) ? rest.findIndex(w => /^-[a-z]*c$/.test(w)) : -1;
        return command > 0 ? lineCommands(rest[command + 1] ?? "", depth + 1) : [rest];
    });
}

/**
 * A bash redirection to `/dev/tcp/HOST/PORT` or `/dev/udp/HOST/PORT` (bash(1) REDIRECTION: "If host is a valid
 * hostname or Internet address, and port is an integer port number or service name, bash attempts to open the
 * corresponding TCP socket"): the line is a client of HOST:PORT (AL2023's /bin/sh is bash).
 */
const DEV_TCP_REDIRECTION = /[<>]&?\s*\/dev\/(?:tcp|udp)\/([^/\s'"]+)\/([^\s;&|)'"<>]+)/g;

/**
 * socat's connecting address as the end it reaches on this instance (socat(1) "ADDRESS TYPES"): TCP:/TCP4:/TCP6:/
 * TCP-CONNECT:/OPENSSL:HOST:PORT, UNIX-CONNECT:/UNIX-CLIENT:/UNIX:/LOCAL:PATH, and GOPEN:PATH or a bare path ("If it is
 * a UNIX domain socket, socat connects to it"); undefined for another host or any other address.
 */
export function socatEnd(address: string): LoopbackEnd | undefined {
    const connect = /^(?:tcp[46]?|tcp[46]?-connect|openssl|ssl|openssl-connect):([^,]*)/i.exec(address);
    if (connect) return loopbackEnd(connect[1]);
    const unix = /^(?:unix-connect|unix-client|unix|local|gopen):([^,]*)|^(\/[^,]*)/i.exec(address);
    return unix ? { socket: posix.normalize(unix[1] ?? unix[2]) } : undefined;
}

/**
 * The ends a command line run with a connection as its standard input and output relays it to (a listener's served
 * program: ncat -e/-c, Ncat Users' Guide "Connection brokering" and "Command execution"; socat EXEC:/SYSTEM:; a
 * super-server's: tcpsvd, tcpserver, inetd, xinetd, toybox netcat -L): a command that is a network client connects
 * the two, `nc HOST PORT` (not listening; `nc -U PATH` a unix socket), `socat - ADDRESS` (socatEnd) or `openssl
 * s_client -connect HOST:PORT`, found after the launchers and wrappers of the line (lineCommands: `-c "exec ncat HOST
 * PORT"`) with a multi-call binary's applet read as its program (appletWords: `busybox nc`), and a bash /dev/tcp
 * redirection anywhere in it (DEV_TCP_REDIRECTION). A script the command runs (its program, or a shell's script
 * operand: `-e /usr/local/bin/relay.sh`, `-c "sh /opt/relay.sh"`) that user data writes is read as its lines
 * (scriptCommands); one it writes then changes in a way the pack cannot compute relays to an end it cannot tell.
 */
export function servedRelays(
    line: string,
    fileText?: (path: string) => string | undefined,
    view: ScriptView = NO_VIEW,
): LoopbackEnd[] {
    const scripts = scriptCommands([line], fileText, view);
    const commands = [line, ...scripts.lines];
    return [
        ...(scripts.unread ? [{}] : []),
        // Read after quote removal (bash(1) EXPANSION "Quote Removal" precedes the redirection's open:
        // `3<>"/dev/tcp/127.0.0.1/8000"` and `3<>/dev/tcp/"127.0.0.1"/8000` open the same socket).
        ...commands.flatMap(command =>
            [...command.replace(/["'\\]/g, "").matchAll(DEV_TCP_REDIRECTION)].map(m => relayEnd(m[1], m[2])),
        ),
        ...commands
            // --exec's command runs without a shell, but its wrappers (timeout, nice) still run the client: read alike.
            .flatMap(command => lineCommands(command))
            .map(appletWords)
            .flatMap(words => {
                const client = posix.basename(words[0] ?? "");
                const rest = words.slice(1);
                if (/^(ncat|nc|netcat)$/.test(client)) {
                    const them = ncatCommand(rest);
                    const port = rest.filter(w => /^\d+$/.test(w)).at(-1);
                    if (them.listen || them.hosts[0] === undefined) return [];
                    // -U/--unixsock (Ncat guide, "Unix domain sockets"; OpenBSD nc -U): the operand is a socket's path.
                    return them.values.some(([k]) => k === "-U" || k === "--unixsock")
                        ? [{ socket: posix.normalize(them.hosts[0]) }]
                        : [relayEnd(them.hosts[0], port)];
                }
                if (client === "socat") return rest.map(socatEnd);
                if (client === "httpd" && getopt(rest, "cpuhrmde", []).options.some(([k]) => k === "-i"))
                    return busyboxHttpdConfig(rest, undefined, fileText, view).proxies;
                if (client === "openssl" && rest[0] === "s_client")
                    return longValues(
                        rest.map(w => w.replace(/^-(?=connect)/, "--")),
                        /^connect$/,
                    ).map(c => loopbackEnd(c));
                return [];
            }),
    ].filter((to): to is LoopbackEnd => to !== undefined);
}

/**
 * A listener's served program as a forwarder (servedRelays): from where it listens (its port, when its reader knows it)
 * to each end the program connects, joined per user data as every forwarder is (loopbackJoin: a loopback server served
 * beyond loopback, a relay of the runtime's socket). One admitting loopback clients only listens as loopback does.
 */
function servedForwarders(
    listener: Listener,
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
): Forwarder[] {
    const { server, binds, allowed = [], port, serves } = listener;
    if (!("shell" in serves)) return [];
    const at = loopbackOnly(binds) || !loopbackOnly(allowed) ? binds : ["127.0.0.1"];
    const listens =
        port === undefined || port === ""
            ? at
            : (at.length > 0 ? at : ["0.0.0.0"]).map(
                  b => `${b.includes(":") ? `[${b.replace(/^\[|\]$/g, "")}]` : b}:${port}`,
              );
    return servedRelays(serves.shell, fileText, view).map(to => ({ forwarder: server, listens, to }));
}

/**
 * The lines of the scripts command lines run (Ncat guide, "Command execution": --exec runs the program user data may
 * have written), followed to a depth of 3: a line's program given by path, or the script operand of a shell
 * (shell.ts SHELLS) without -c. `unread`: one user data writes then changes in a way the pack cannot compute (readConfig
 * null). A program user data does not write is the AMI's, read by its name.
 */
export function scriptCommands(
    commands: readonly string[],
    fileText: ((path: string) => string | undefined) | undefined,
    view: ScriptView,
    depth = 0,
): { lines: string[]; unread: boolean } {
    const out = { lines: [] as string[], unread: false };
    if (depth > 2 || fileText === undefined) return out;
    for (const words of commands.flatMap(command => lineCommands(command))) {
        const program = words[0] ?? "";
        const shell = SHELLS.test(posix.basename(program)) && !words.some(w => /^-[a-z]*c$/.test(w));
        const script = shell ? words.slice(1).find(w => !w.startsWith("-")) : program;
        if (script === undefined || !script.startsWith("/")) continue;
        const text = readConfig(posix.normalize(script), fileText, view);
        if (text === null) out.unread = true;
        if (text == null) continue;
        const lines = text.split(/\r?\n/).filter(l => l.trim() !== "" && !/^\s*#/.test(l));
        const inner = scriptCommands(lines, fileText, view, depth + 1);
        out.lines.push(...lines, ...inner.lines);
        out.unread ||= inner.unread;
    }
    return out;
}

/** The port an ncat/nc listener listens on (`ncat -l [host] [port]`, -p its port). */
function ncatPort(args: readonly string[]): string | undefined {
    return optionValues(ncatCommand(args).values, "-p").at(-1) ?? args.filter(w => /^\d+$/.test(w)).at(-1);
}

/**
 * What a listener or forwarder on loopback becomes once joined per user data (loopbackJoin): a mark held back in the
 * openings it is found with, never returned.
 */
export type LoopbackMark = NodeOpening & {
    loopback:
        | { listener: Listener; how: string }
        | { forwarder: Forwarder; how: string }
        | { link: NodeLink }
        | { relay: { paths: readonly string[]; how: string } }
        /** Round 81: a socket unit user data writes hands its listening sockets to `service` (socketShellOpenings). */
        | { activates: { service: string; listens: readonly string[] } };
};

/**
 * A link user data makes (linkMarks), for relays of root-power sockets by a link's path (linkedPaths): undefined where
 * the pack cannot tell the link's path or its target.
 */
export interface NodeLink {
    at: string | undefined;
    target: string | undefined;
    how: string;
}

export const heldForJoin = (loopback: LoopbackMark["loopback"]): LoopbackMark => ({ who: "", what: "", loopback });

export const forwarderMarks = (forwarders: readonly Forwarder[], how: string): NodeOpening[] =>
    forwarders.map(forwarder => heldForJoin({ forwarder, how }));
