// Red-team round 89 probe (suffix -rt89p): the neighbours of round 88's new rules (git log main..int88c).
// Probed: (a) the verified-download credit of an interpreter run (rootReads.ts: `bash FILE` of an https download is
// clean only with no argument after the script and no assignment before the program): exported/`set -a` environment
// earlier in the script, `bash -s -- ARGS < FILE`, `env VAR=... bash FILE`, `xargs bash FILE`, `exec bash FILE ARGS`,
// `sudo VAR=... sh FILE`; (b) the pinned-digest credit (pinnedChecks: sha256sum -c of lines the script wrote, under
// set -e): a shell function shadowing sha256sum, errexit turned off by a function or by eval, the check's status
// hidden by a pipe (tee) or by `export V=$(...)`, a digest line from a download, the check after the run, a re-fetch
// after the check; (c) listener configuration readers (listeners.ts fileSettingBeyondLoopback, FILE_FAR_END_KEY,
// configIncludes): a far-end block word hiding a bind (NATS `gateway { host: 0.0.0.0 }`), a `host-port` key (Jaeger's
// ":14268"), YAML `!include`, a glob include; (d) Kubernetes relabel-alone and bind-by-name neighbours (update verb,
// a ClusterRole bound in the namespace, bind by name of a ClusterRole, bind on every Role, an aggregated ClusterRole,
// AmazonEKSClusterAdminPolicy scoped to the namespace); (e) AWS alias placement and provider ignoreTags (a list given
// as a string, an unknown ignoreTags, a valid explicit Region, a same-Region key ARN, an unrelated prefix).
// Misses (8 insecure accepted, 0 secure refused):
// - VERIFIED-DOWNLOAD-ENVIRONMENT (3: A1 `export K3S_URL`, A2 `set -a`, A3 `V=...; export V`): rootReads.ts command()
//   credits the interpreter run of a verified download looking only at prefix assignments.
// - PINNED-CHECK-SHADOWED (1: B1 a `sha256sum` shell function): rootReads.ts pinnedChecks credits the name.
// - ERREXIT-STATE-NOT-CARRIED (2: B2 `set +e` in a called function, B3 `eval 'set +o errexit'`): carryShellState and
//   the function-call branch do not carry errexit back to the caller.
// - CONFIG-FILE-PORT-KEY-ADDRESS (1: C2 Jaeger `host-port: ":14268"`): listeners.ts fileSettingBeyondLoopback drops
//   every `*port` key before reading its value.
// - CONFIG-INCLUDE-YAML-TAG (1: C3 `http: !include http.yaml`): listeners.ts configIncludes.
// Held: 21 of 29 insecure refused (A4-A8, B4-B9, C1, C4, D1-D5, E1-E3); 10 of 10 secure clean (S1-S5, DS1, DS2,
// ES1-ES3).
// Round 90 (fix): C3 fixed (listeners.ts configFileTags/taggedIncludes: `!include*` tags are includes, any other
// unresolved tag fails closed), neighbours C3b-C3d, S8, S9; a verified download run by its own path follows the
// interpreter run's rule (rootReads.ts verifiedRunAsItCame) where its arguments, assignments or exports enrol the node
// elsewhere (shell.ts enrolsElsewhere): A9-A14 refused, S6, S7, S10, S11 clean (DECIDED: a help/version query stays
// credited, shell.ts onlyPrintsInformation; other arguments are the operator's configuration, S11).
// Round 90 (fix, g1): the credit and its rule follow a copy, move or link of the download (rootReads.ts verifiedAt:
// cp/mv/install carry verifiedFetched, ln is followed): A19-A22, A29 refused (enrolsElsewhere, as the download's own run), S13-S15 clean; tar -x/unzip into a directory
// the node reads as configuration or code is judged as a write of an unread member there (extractedMembers, the
// judge's table `curl -o` into it meets): A23-A28 refused, S16 (into /opt, /usr/local/src) clean.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";
import { describeVariants, find, Resources, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { k8s, namespace } from "./variantBuilders";
import { UNKNOWN } from "../support";

const n = (id: string) => `dev-${id}-89p-nodes`;
const SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const TGZ_HTTP = "curl -fsSLo node_exporter.tar.gz http://dl.internal/node_exporter-1.8.1.linux-amd64.tar.gz";
const RUN_HTTP = /run \/usr\/local\/bin\/node_exporter .*fetched with http:/;
/** The round-88 S3b shape: into /usr/local/src, fetched over http, `check` lines, extracted and run. */
const pinnedScript = (id: string, before: string[], check: string[], after: string[] = []) =>
    devNodeScript(n(id), [
        "mkdir -p /usr/local/src",
        "cd /usr/local/src",
        ...before,
        TGZ_HTTP,
        ...check,
        ...after,
        "tar -xzf node_exporter.tar.gz -C /usr/local/bin --strip-components=1",
        "/usr/local/bin/node_exporter --version",
    ]);
const PIN = `echo "${SHA}  node_exporter.tar.gz" | sha256sum -c -`;
const SETUP = "curl -fsSL https://ops.example.com/setup.sh -o /opt/ops/setup.sh";
const unit = (id: string, exec: string, pre: string[] = []) =>
    devNodeScript(n(id), [...pre, ...systemdUnit("ops", [`ExecStart=${exec}`])]);

const insecureNodes: NodeCase[] = [
    // ---- (a) a verified download's interpreter run given environment or arguments another way. k3s's install
    // script (docs.k3s.io "Environment Variables"; get.k3s.io header: "Environment variables which begin with K3S_
    // will be preserved for the systemd service"; "Setting K3S_URL ... will default the command to agent") registers
    // the node with whatever server K3S_URL names. bash(1) "ENVIRONMENT": exported variables are passed to every
    // command the shell runs, not only a prefix assignment's.
    // Was a MISS (fixed in round 89, integration): VERIFIED-DOWNLOAD-ENVIRONMENT: insecure accepted (got []). The round-88 credit of a verified download's
    // interpreter run checks only assignments before the program on the same line (`!words.slice(0, start).some(
    // isAssignment)`); variables the script exported earlier (`export V=...`, `V=...; export V`, `set -a`) reach the
    // installer as much as a prefix does (bash(1) "ENVIRONMENT"; k3s "Environment Variables": K3S_URL makes the script
    // install an agent registered with that server). Where: policy-pack/engine/rootReads.ts command() (the
    // interpreter-run branch, `this.verifiedFetched.has(...) && operands.length === scriptOperand + 1 && ...`). Fix
    // (general): credit the run only while the shell exports no variable the script set or exported itself (the
    // context's exported set, allexport included), as a prefix assignment is judged; else it stays a program the pack
    // cannot read.
    devNodeCase(
        "A1 export K3S_URL=... K3S_TOKEN=...; curl https://... -o install.sh; sh install.sh-rt89p",
        devNodeScript(n("a1"), [
            "mkdir -p /opt/ops",
            "export K3S_URL=https://control.example.com:6443",
            "export K3S_TOKEN=EXAMPLEONLY",
            "curl -fsSL https://get.k3s.io -o /opt/ops/install.sh",
            "sh /opt/ops/install.sh",
        ]),
        /does not know/,
    ),
    // bash(1) "set -a": "Each variable or function that is created or modified is given the export attribute".
    // Was a MISS (fixed in round 89, integration): VERIFIED-DOWNLOAD-ENVIRONMENT (as A1): insecure accepted (got []). Where/Fix: as A1.
    devNodeCase(
        "A2 set -a; JOIN_URL=...; curl https://... -o join.sh; bash join.sh-rt89p",
        devNodeScript(n("a2"), [
            "mkdir -p /opt/ops",
            "set -a",
            "JOIN_URL=https://control.example.com",
            "JOIN_TOKEN=EXAMPLEONLY",
            "set +a",
            "curl -fsSL https://ops.example.com/join.sh -o /opt/ops/join.sh",
            "bash /opt/ops/join.sh",
        ]),
        /does not know/,
    ),
    // A variable assigned, then exported by name (bash(1) "export name").
    // Was a MISS (fixed in round 89, integration): VERIFIED-DOWNLOAD-ENVIRONMENT (as A1): insecure accepted (got []). Where/Fix: as A1.
    devNodeCase(
        "A3 JOIN_URL=...; export JOIN_URL; curl https://... -o join.sh; bash join.sh-rt89p",
        devNodeScript(n("a3"), [
            "mkdir -p /opt/ops",
            "JOIN_URL=https://control.example.com",
            "export JOIN_URL",
            "curl -fsSL https://ops.example.com/join.sh -o /opt/ops/join.sh",
            "bash /opt/ops/join.sh",
        ]),
        /does not know/,
    ),
    // bash(1) "-s": "commands are read from the standard input ... positional parameters" are the remaining words.
    devNodeCase(
        "A4 curl https://... -o setup.sh; bash -s -- --server https://... < setup.sh-rt89p",
        devNodeScript(n("a4"), [
            "mkdir -p /opt/ops",
            SETUP,
            "bash -s -- --server https://control.example.com --token EXAMPLEONLY < /opt/ops/setup.sh",
        ]),
    ),
    // env(1): "Set each NAME to VALUE in the environment and run COMMAND".
    devNodeCase(
        "A5 curl https://... -o setup.sh; env JOIN_URL=https://... bash setup.sh-rt89p",
        devNodeScript(n("a5"), [
            "mkdir -p /opt/ops",
            SETUP,
            "env JOIN_URL=https://control.example.com bash /opt/ops/setup.sh",
        ]),
    ),
    // xargs(1): the command is run with the items it reads appended as arguments.
    devNodeCase(
        "A6 curl https://... -o setup.sh; echo --server X | xargs bash setup.sh-rt89p",
        devNodeScript(n("a6"), [
            "mkdir -p /opt/ops",
            SETUP,
            "echo --server https://control.example.com | xargs bash /opt/ops/setup.sh",
        ]),
    ),
    // bash(1) "exec": the command replaces the shell, with its arguments.
    devNodeCase(
        "A7 curl https://... -o setup.sh; exec bash setup.sh --server X-rt89p",
        devNodeScript(n("a7"), [
            "mkdir -p /opt/ops",
            SETUP,
            "exec bash /opt/ops/setup.sh --server https://control.example.com",
        ]),
    ),
    // sudo(8): "VAR=value ... environment variables to be set for the command".
    devNodeCase(
        "A8 curl https://... -o setup.sh; sudo JOIN_URL=https://... sh setup.sh-rt89p",
        devNodeScript(n("a8"), [
            "mkdir -p /opt/ops",
            SETUP,
            "sudo JOIN_URL=https://control.example.com sh /opt/ops/setup.sh",
        ]),
    ),
    // ---- (b) the pinned digest check not what stops the script.
    // bash(1) "SHELL GRAMMAR / Shell Function Definitions" and "COMMAND EXECUTION": a function of that name is run
    // before any program found on PATH, so `sha256sum` here checks nothing and succeeds.
    // Was a MISS (fixed in round 89, integration): PINNED-CHECK-SHADOWED: insecure accepted (got []). pinnedChecks credits a command by its name (`sha256sum`)
    // even when the script defined a function of that name, which the shell runs instead of the program (bash(1)
    // "COMMAND EXECUTION": "If there exists a shell function by that name, that function is invoked"). Where:
    // policy-pack/engine/rootReads.ts command() -> pinnedChecks(name, ...) (called without `ctx.functions.has(program)`,
    // unlike the function-call branch). Fix (general): a check is credited only when its command word is the program
    // (no function or expanded alias of that name, no `command`-less shadowing); else it vouches for nothing.
    devNodeCase(
        "B1 sha256sum() { :; }; curl http://...tar.gz; echo HASH | sha256sum -c -; tar -x; run-rt89p",
        pinnedScript("b1", ["sha256sum() { cat > /dev/null; }"], [PIN]),
        RUN_HTTP,
    ),
    // bash(1) "set": a function runs in the calling shell, so its `set +e` turns errexit off for the rest of the script.
    // Was a MISS (fixed in round 89, integration): ERREXIT-STATE-NOT-CARRIED: insecure accepted (got []). A function runs in the calling shell (bash(1)
    // "FUNCTIONS": "executed in the context of the calling shell"), so its `set +e` turns errexit off for the rest of
    // the script; the reader reads the body in a copy of the context and never carries errexit back, so `surely` stays
    // true for the later check. Where: policy-pack/engine/rootReads.ts command() (function-call branch: `body` context)
    // and carryShellState (carries cwd/fds/arrays, not errexit/pipefail). Fix (general): carry the shell options
    // (errexit, pipefail, allexport) from a function body, eval and `.`/source back to the caller, or treat any call
    // whose body may change them as leaving errexit unknown (not surely).
    devNodeCase(
        "B2 relaxed() { set +e; }; relaxed; curl http://...tar.gz; sha256sum -c; tar -x; run-rt89p",
        pinnedScript("b2", ["relaxed() { set +e; }", "relaxed"], [PIN]),
        RUN_HTTP,
    ),
    // bash(1) "eval": the arguments are read and executed by the shell itself: errexit off.
    // Was a MISS (fixed in round 89, integration): ERREXIT-STATE-NOT-CARRIED (as B2): insecure accepted (got []). bash(1) "eval": the args are "executed by
    // the shell", so `set +o errexit` there is the script's; the reader's eval branch (rootReads.ts command(): `name ===
    // "eval"` -> this.script(..., inner) then carryShellState) drops inner.errexit. Fix (general): as B2.
    devNodeCase(
        "B3 eval 'set +o errexit'; curl http://...tar.gz; sha256sum -c; tar -x; run-rt89p",
        pinnedScript("b3", ["eval 'set +o errexit'"], [PIN]),
        RUN_HTTP,
    ),
    // bash(1) "Pipelines": "The return status of a pipeline is the exit status of the last command, unless the
    // pipefail option is enabled" (devNodeScript sets pipefail; `set +o pipefail` clears it): tee's status is the
    // pipeline's, so a mismatch does not stop the script.
    devNodeCase(
        "B4 set +o pipefail; curl http://...tar.gz; echo HASH | sha256sum -c - | tee -a verify.log; tar -x-rt89p",
        pinnedScript("b4", ["set +o pipefail"], [`${PIN} | tee -a /var/log/ops-verify.log`]),
        RUN_HTTP,
    ),
    // bash(1) "export": "The return status is zero unless an invalid option is encountered" (the substitution's status
    // is lost, so errexit does not stop on a mismatch).
    devNodeCase(
        'B5 export OUT="$(echo HASH | sha256sum -c -)"; tar -x; run-rt89p',
        pinnedScript("b5", [], [`export OUT="$(${PIN})"`]),
        RUN_HTTP,
    ),
    // The digest read from the same http server as the tarball (whoever serves one serves both).
    devNodeCase(
        'B6 SUM=$(curl http://.../sha256); echo "$SUM  f" | sha256sum -c -; tar -x; run-rt89p',
        pinnedScript(
            "b6",
            ['SUM="$(curl -fsSL http://dl.internal/node_exporter-1.8.1.linux-amd64.tar.gz.sha256)"'],
            ['echo "$SUM  node_exporter.tar.gz" | sha256sum -c -'],
        ),
        RUN_HTTP,
    ),
    // The script run before its check (sha256sum(1) vouches for nothing already executed).
    devNodeCase(
        "B7 curl http://... -o setup.sh; bash setup.sh; echo HASH | sha256sum -c --rt89p",
        devNodeScript(n("b7"), [
            "mkdir -p /opt/ops",
            "cd /opt/ops",
            "curl -fsSL http://ops.example.com/setup.sh -o setup.sh",
            "bash setup.sh",
            `echo "${SHA}  setup.sh" | sha256sum -c -`,
        ]),
    ),
    // Checked, then fetched again over http before it is extracted: the checked content is gone.
    devNodeCase(
        "B8 curl http://...tar.gz; sha256sum -c; curl http://...tar.gz again; tar -x; run-rt89p",
        pinnedScript("b8", [], [PIN], [TGZ_HTTP]),
        RUN_HTTP,
    ),
    // The check in a function that is never called (bash(1): a definition runs nothing).
    devNodeCase(
        "B9 verify() { echo HASH | sha256sum -c -; }; never called; tar -x; run-rt89p",
        pinnedScript("b9", [], [`verify() { ${PIN}; }`]),
        RUN_HTTP,
    ),
    // ---- (c) listener configuration files.
    // NATS "gateway" block, `host`: "Interface where the gateway will listen for incoming gateway connections"
    // (docs.nats.io reference/config/gateway/host): `gateway` is a far-end word to the reader, yet the block's host is
    // the server's own listen address.
    devNodeCase(
        "C1 opsd -c /opt/ops/ops.conf (gateway { host: 0.0.0.0, port: 7222 })-rt89p",
        unit("c1", "/usr/local/bin/opsd -c /opt/ops/ops.conf", [
            ...heredocFile("/opt/ops/ops.conf", [
                "listen: 127.0.0.1:4222",
                "gateway {",
                '  name: "A"',
                "  host: 0.0.0.0",
                "  port: 7222",
                "}",
            ]),
        ]),
        undefined,
    ),
    // Jaeger's `collector.http-server.host-port` (":14268": "The host:port ... of the collector's HTTP server"; Go's
    // empty host is every address, pkg.go.dev net.Listen) in its YAML form: a key ending in `port` holding host:port.
    // Was a MISS (fixed in round 89, integration): CONFIG-FILE-PORT-KEY-ADDRESS: insecure accepted (got []). fileSettingBeyondLoopback returns false for
    // every key ending in `port` before it reads the value (`/port$/i.test(key)`), so a host:port value with an empty
    // host (Go net.Listen: "If the host in the address parameter is empty ... listens on all available unicast and
    // anycast IP addresses") or 0.0.0.0 under `host-port` is never read. Where:
    // policy-pack/engine/userDataReaders/listeners.ts fileSettingBeyondLoopback. Fix (general): exclude a port key only
    // for a bare port value; a value with a host part (`HOST:PORT`, `:PORT`, a URL) is judged as any address value.
    devNodeCase(
        "C2 opsd --config-file=/opt/ops/collector.yaml (http-server: host-port: ':14268')-rt89p",
        unit("c2", "/usr/local/bin/opsd --config-file=/opt/ops/collector.yaml", [
            ...heredocFile("/opt/ops/collector.yaml", ["collector:", "  http-server:", '    host-port: ":14268"']),
        ]),
        undefined,
    ),
    // YAML `!include` (Home Assistant "Splitting up the configuration": `http: !include http.yaml`): the listen
    // setting lives in the included file, under a key with no include word.
    // Was a MISS (fixed in round 90): CONFIG-INCLUDE-YAML-TAG: insecure accepted (got []). configIncludes follows only keys whose last word is
    // include/import; a YAML local tag `!include FILE` on any key's value (Home Assistant "Splitting up the
    // configuration"; also `!include_dir_merge_named`) loads another file the reader never opens, and the YAML parser
    // only warns "Unresolved tag". Where: policy-pack/engine/userDataReaders/listeners.ts configIncludes (and the YAML
    // reading of configFileSettings). Fix (general): a value tagged !include* names an included file (relative to the
    // including file; globs/directories as include_dir), read as the same program's configuration; any other
    // unresolved tag is a value the pack cannot read (fail closed).
    devNodeCase(
        "C3 opsd --config /opt/ops/opsd.yaml (http: !include http.yaml; server_host: 0.0.0.0)-rt89p",
        unit("c3", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...heredocFile("/opt/ops/http.yaml", ["server_host: 0.0.0.0", "server_port: 8123"]),
            ...heredocFile("/opt/ops/opsd.yaml", ["http: !include http.yaml", "logger: info"]),
        ]),
        /opsd reading \/opt\/ops\/http\.yaml/,
    ),
    // Home Assistant "Splitting the configuration file": `!include_dir_named DIR` loads every YAML file of the
    // directory (recursively), relative to the including file; the bind is in a file under it.
    devNodeCase(
        "C3b opsd --config /opt/ops/opsd.yaml (server: !include_dir_named conf.d/; conf.d/net/bind.yaml)-fix90",
        unit("c3b", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...heredocFile("/opt/ops/conf.d/net/bind.yaml", ["bind_address: 0.0.0.0", "port: 9000"]),
            ...heredocFile("/opt/ops/opsd.yaml", ["server: !include_dir_named conf.d/", "logger: info"]),
        ]),
        /conf\.d\/net\/bind\.yaml/,
    ),
    // Any other tag the pack cannot resolve (Home Assistant's `!env_var`: the value comes from the environment, or
    // an application's own constructor): a value it cannot read, refused naming the file and the tag.
    devNodeCase(
        "C3c opsd --config /opt/ops/opsd.yaml (http: server_host: !env_var OPSD_HOST)-fix90",
        unit("c3c", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...heredocFile("/opt/ops/opsd.yaml", ["http:", "  server_host: !env_var OPSD_HOST", "  server_port: 8123"]),
        ]),
        /opsd.yaml: its YAML tag !env_var/,
    ),
    // An included file that user data changed so the pack cannot read it (a download over https): fail closed.
    devNodeCase(
        "C3d opsd --config /opt/ops/opsd.yaml (http: !include http.yaml; http.yaml downloaded)-fix90",
        unit("c3d", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            "curl -fsSL https://ops.example.com/http.yaml -o /opt/ops/http.yaml",
            ...heredocFile("/opt/ops/opsd.yaml", ["http: !include http.yaml"]),
        ]),
        /included by \/opt\/ops\/opsd\.yaml/,
    ),
    // A glob include of YAML files (`include: conf.d/*.yaml`, relative to the including file).
    devNodeCase(
        "C4 opsd --config /opt/ops/opsd.yaml (include: conf.d/*.yaml; net.yaml bind: ':9000')-rt89p",
        unit("c4", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...heredocFile("/opt/ops/conf.d/net.yaml", ['bind: ":9000"']),
            ...heredocFile("/opt/ops/opsd.yaml", ["include: conf.d/*.yaml", "root: /usr/share/ops/pub"]),
        ]),
        undefined,
    ),
    // ---- Round 90 (fix): a verified download run by its own path is credited as its interpreter run is (rootReads.ts
    // verifiedRunAsItCame): only as it came. ECS Anywhere's installer (round 66): `--cluster`, `--activation-id`,
    // `--activation-code` register the node with that ECS cluster and Systems Manager (AWS SSM CreateActivation: "an
    // activation code and activation ID you can use to register your on-premises servers ... with AWS Systems
    // Manager"); run by execve(2) the arguments reach it as `bash FILE ARGS`'s do.
    devNodeCase(
        "A9 curl https://.../ecs-anywhere-install-latest.sh -o /tmp/i.sh; chmod +x; /tmp/i.sh --cluster x --activation-id ...-fix90",
        devNodeScript(n("a9"), [
            "curl -fsSL https://amazon-ecs-agent.s3.amazonaws.com/ecs-anywhere-install-latest.sh -o /tmp/ecs-anywhere-install.sh",
            "chmod +x /tmp/ecs-anywhere-install.sh",
            "/tmp/ecs-anywhere-install.sh --region us-east-1 --cluster other --activation-id EXAMPLEONLY --activation-code EXAMPLEONLY",
        ]),
        /enrol the node with a controller/,
    ),
    // docs.k3s.io "Environment Variables": K3S_URL/K3S_TOKEN before the program (bash(1) "SIMPLE COMMAND EXPANSION":
    // assignments before the command are passed in its environment) make the installer join that server.
    devNodeCase(
        "A10 curl https://get.k3s.io -o /usr/local/bin/k3s-install.sh; K3S_URL=... K3S_TOKEN=... /usr/local/bin/k3s-install.sh-fix90",
        devNodeScript(n("a10"), [
            "curl -sfL https://get.k3s.io -o /usr/local/bin/k3s-install.sh",
            "chmod 0755 /usr/local/bin/k3s-install.sh",
            "K3S_URL=https://k3s.example.com:6443 K3S_TOKEN=EXAMPLEONLY /usr/local/bin/k3s-install.sh",
        ]),
        /enrol the node with a controller/,
    ),
    // bash(1) "ENVIRONMENT": an exported variable reaches every later command, the direct run's too; also found in
    // PATH by its bare name (bash(1) "COMMAND EXECUTION").
    devNodeCase(
        "A11 export K3S_URL=...; curl https://get.k3s.io -o /usr/local/bin/k3s-install.sh; k3s-install.sh-fix90",
        devNodeScript(n("a11"), [
            "export K3S_URL=https://k3s.example.com:6443 K3S_TOKEN=EXAMPLEONLY",
            "curl -sfL https://get.k3s.io -o /usr/local/bin/k3s-install.sh",
            "chmod 0755 /usr/local/bin/k3s-install.sh",
            "k3s-install.sh",
        ]),
        /enrol the node with a controller/,
    ),
    // `env VAR=VALUE PROGRAM` (env(1): "Set each NAME to VALUE in the environment and run COMMAND"), run from its
    // directory by a relative path.
    devNodeCase(
        "A12 cd /opt/ops; curl https://... -o join.sh; env JOIN_URL=https://... ./join.sh-fix90",
        devNodeScript(n("a12"), [
            "mkdir -p /opt/ops",
            "cd /opt/ops",
            "curl -fsSL https://ops.example.com/join.sh -o join.sh",
            "chmod +x join.sh",
            "env JOIN_URL=https://control.example.com ./join.sh",
        ]),
        /enrol the node with a controller/,
    ),
    // A downloaded binary, not a script: AWS SSM "hybrid activation" installs by `curl .../ssm-setup-cli -o
    // /tmp/ssm/ssm-setup-cli` then `ssm-setup-cli -register -activation-code CODE -activation-id ID -region R` (SSM
    // CreateActivation: the code and ID "register your on-premises servers ... with AWS Systems Manager").
    devNodeCase(
        "A13 curl https://.../ssm-setup-cli -o /tmp/ssm/ssm-setup-cli; ssm-setup-cli -register -activation-code ...-fix90",
        devNodeScript(n("a13"), [
            "mkdir -p /tmp/ssm",
            "curl -fsSL https://amazon-ssm-us-east-1.s3.us-east-1.amazonaws.com/latest/linux_amd64/ssm-setup-cli -o /tmp/ssm/ssm-setup-cli",
            "chmod +x /tmp/ssm/ssm-setup-cli",
            "/tmp/ssm/ssm-setup-cli -register -activation-code EXAMPLEONLY -activation-id EXAMPLEONLY -region us-east-1",
        ]),
        /enrol the node with a controller/,
    ),
    // A help/version word does not make a configured run an information query (onlyPrintsInformation: options with
    // values before it configure the program; GNU "--help" is a convention an unread installer need not keep).
    devNodeCase(
        "A14 curl https://get.k3s.io -o /opt/ops/k3s-install.sh; /opt/ops/k3s-install.sh --server https://... --token T --help-fix90",
        devNodeScript(n("a14"), [
            "mkdir -p /opt/ops",
            "curl -sfL https://get.k3s.io -o /opt/ops/k3s-install.sh",
            "chmod +x /opt/ops/k3s-install.sh",
            "/opt/ops/k3s-install.sh --server https://k3s.example.com:6443 --token EXAMPLEONLY --help",
        ]),
        /enrol the node with a controller/,
    ),
    // Round 90 (integration): enrolsElsewhere's other forms: a controller URL as a bare argument, a credential
    // variable exported before the bare run (bash(1) "ENVIRONMENT"), and set -a exporting names the reader does not list.
    devNodeCase(
        "A16 curl https://... -o /usr/local/bin/agent; agent https://control.example.com-fix90",
        devNodeScript(n("a16"), [
            "curl -fsSL https://ops.example.com/agent -o /usr/local/bin/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent https://control.example.com",
        ]),
        /enrol the node with a controller/,
    ),
    devNodeCase(
        "A17 export TS_AUTHKEY=...; curl https://... -o /usr/local/bin/agent; agent-fix90",
        devNodeScript(n("a17"), [
            "export TS_AUTHKEY=EXAMPLEONLY",
            "curl -fsSL https://ops.example.com/agent -o /usr/local/bin/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
        /enrol the node with a controller/,
    ),
    devNodeCase(
        "A18 set -a; X=1; curl https://... -o /usr/local/bin/agent; agent-fix90",
        devNodeScript(n("a18"), [
            "set -a",
            "OPS_MODE=1",
            "curl -fsSL https://ops.example.com/agent -o /usr/local/bin/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
        /enrol the node with a controller/,
    ),
    // ---- Round 90 (fix, g1): a copy, move or link of a verified download is the same bytes (cp(1) "copy SOURCE to
    // DEST"; mv(1) "rename SOURCE to DEST"; install(1) "copy files and set attributes"; ln(1) a link names its
    // target's file, path_resolution(7)): its run is credited as the download's is, only as it came
    // (rootReads.ts verifiedRunAsItCame). ECS Anywhere installer copied into PATH and run with its activation.
    devNodeCase(
        "A19 curl https://.../ecs-anywhere-install-latest.sh -o /tmp/x; install -m 0755 /tmp/x /usr/local/bin/...; run --activation-id-fix90",
        devNodeScript(n("a19"), [
            "curl -fsSL https://amazon-ecs-agent.s3.amazonaws.com/ecs-anywhere-install-latest.sh -o /tmp/ecs-anywhere-install.sh",
            "install -m 0755 /tmp/ecs-anywhere-install.sh /usr/local/bin/ecs-anywhere-install",
            "/usr/local/bin/ecs-anywhere-install --region us-east-1 --cluster other --activation-id EXAMPLEONLY --activation-code EXAMPLEONLY",
        ]),
        /enrol the node/,
    ),
    // docs.k3s.io "Environment Variables": K3S_URL/K3S_TOKEN make the installer join that server; mv(1) keeps the bytes.
    devNodeCase(
        "A20 curl https://get.k3s.io -o /tmp/k3s.sh; mv /tmp/k3s.sh /usr/local/bin/k3s-install.sh; K3S_URL=... run-fix90",
        devNodeScript(n("a20"), [
            "curl -sfL https://get.k3s.io -o /tmp/k3s.sh",
            "mv /tmp/k3s.sh /usr/local/bin/k3s-install.sh",
            "chmod 0755 /usr/local/bin/k3s-install.sh",
            "K3S_URL=https://k3s.example.com:6443 K3S_TOKEN=EXAMPLEONLY /usr/local/bin/k3s-install.sh",
        ]),
        /enrol the node/,
    ),
    // cp(1) then the interpreter run of the copy with arguments (bash(1): "the first argument is assumed to be the
    // name of a file containing shell commands ... the remaining arguments" are its positional parameters).
    devNodeCase(
        "A21 curl https://... -o /tmp/join.sh; cp /tmp/join.sh /opt/ops/join.sh; bash /opt/ops/join.sh --token T-fix90",
        devNodeScript(n("a21"), [
            "mkdir -p /opt/ops",
            "curl -fsSL https://ops.example.com/join.sh -o /tmp/join.sh",
            "cp /tmp/join.sh /opt/ops/join.sh",
            "bash /opt/ops/join.sh --server https://control.example.com --token EXAMPLEONLY",
        ]),
        /its program from \/opt\/ops\/join\.sh, whose content the pack does not know/,
    ),
    // ln(1) `ln -s TARGET LINK`: running LINK runs TARGET (path_resolution(7)), found in PATH by the link's name
    // (bash(1) "COMMAND EXECUTION"); the team's join script given the server and token to register with.
    devNodeCase(
        "A22 curl https://.../join.sh -o /opt/ops/join.sh; ln -s /opt/ops/join.sh /usr/local/bin/ops-join; ops-join --token T-fix90",
        devNodeScript(n("a22"), [
            "mkdir -p /opt/ops",
            "curl -fsSL https://ops.example.com/join.sh -o /opt/ops/join.sh",
            "chmod +x /opt/ops/join.sh",
            "ln -sf /opt/ops/join.sh /usr/local/bin/ops-join",
            "ops-join --server https://control.example.com --token EXAMPLEONLY",
        ]),
        /enrol the node/,
    ),
    // bash(1): the interpreter run of a link to the download, with arguments, is the download's run with them.
    devNodeCase(
        "A29 curl https://.../join.sh -o /opt/ops/join.sh; ln -s ... /usr/local/bin/ops-join.sh; bash /usr/local/bin/ops-join.sh --token T-fix90",
        devNodeScript(n("a29"), [
            "mkdir -p /opt/ops",
            "curl -fsSL https://ops.example.com/join.sh -o /opt/ops/join.sh",
            "ln -sf /opt/ops/join.sh /usr/local/bin/ops-join.sh",
            "bash /usr/local/bin/ops-join.sh --server https://control.example.com --token EXAMPLEONLY",
        ]),
        /whose content the pack does not know/,
    ),
    // ---- Round 90 (fix, g1): tar(1) `-x` ("extract files from an archive") and unzip(1) write the archive's members,
    // whose names and text the pack does not read, into the directory `-C DIR`/`-d DIR` names (or the working one):
    // into a directory the node reads as configuration or code that is a write of an unread file there, as `curl -o`
    // into it is (bash(1) INVOCATION: /etc/profile.d/*.sh sourced by login shells; sudoers(5) "@includedir
    // /etc/sudoers.d"; crontab(5) /etc/cron.d; systemd.unit(5) /etc/systemd/system).
    devNodeCase(
        "A23 curl https://.../profile.tar.gz -o /tmp/p.tgz; tar -xzf /tmp/p.tgz -C /etc/profile.d-fix90",
        devNodeScript(n("a23"), [
            "curl -fsSL https://ops.example.com/profile.tar.gz -o /tmp/p.tgz",
            "tar -xzf /tmp/p.tgz -C /etc/profile.d",
        ]),
        /content the pack cannot read|extraction of members/,
    ),
    devNodeCase(
        "A24 curl https://.../sudoers.zip -o /tmp/s.zip; unzip -o /tmp/s.zip -d /etc/sudoers.d-fix90",
        devNodeScript(n("a24"), [
            "curl -fsSL https://ops.example.com/sudoers.zip -o /tmp/s.zip",
            "unzip -o /tmp/s.zip -d /etc/sudoers.d",
        ]),
        /content the pack cannot read|extraction of members/,
    ),
    devNodeCase(
        "A25 curl https://.../cron.tgz -o /tmp/c.tgz; cd /etc/cron.d && tar xzf /tmp/c.tgz-fix90",
        devNodeScript(n("a25"), [
            "curl -fsSL https://ops.example.com/cron.tgz -o /tmp/c.tgz",
            "cd /etc/cron.d && tar xzf /tmp/c.tgz",
        ]),
        /content the pack cannot read|extraction of members/,
    ),
    devNodeCase(
        "A26 aws s3 cp s3://.../units.tar /tmp/u.tar; tar --extract --file=/tmp/u.tar --directory=/etc/systemd/system-fix90",
        devNodeScript(n("a26"), [
            "aws s3 cp s3://ops-artifacts-111111111111/units.tar /tmp/u.tar",
            "tar --extract --file=/tmp/u.tar --directory=/etc/systemd/system",
        ]),
        /content the pack cannot read|extraction of members/,
    ),
    devNodeCase(
        "A27 curl https://.../ld.zip -o /tmp/l.zip; unzip -q /tmp/l.zip -d /etc/ld.so.conf.d; ldconfig-fix90",
        devNodeScript(n("a27"), [
            "curl -fsSL https://ops.example.com/ld.zip -o /tmp/l.zip",
            "unzip -q /tmp/l.zip -d /etc/ld.so.conf.d",
            "ldconfig",
        ]),
        /content the pack cannot read|extraction of members/,
    ),
    devNodeCase(
        "A28 curl https://.../modprobe.tgz -o /tmp/m.tgz; tar -C /etc/modprobe.d -xzf /tmp/m.tgz-fix90",
        devNodeScript(n("a28"), [
            "curl -fsSL https://ops.example.com/modprobe.tgz -o /tmp/m.tgz",
            "tar -C /etc/modprobe.d -xzf /tmp/m.tgz",
        ]),
        /content the pack cannot read|extraction of members/,
    ),
];

const secureNodes: NodeCase[] = [
    // DECIDED (round 90, integration): round 67's secure "GitLab runner download moved away" case runs the team's S3
    // tool with `run --profile eks-dev`: arguments that name no join, registration, credential or remote URL
    // (shell.ts enrolsElsewhere) configure the operator's download as the operator wrote it; clean, as in round 67.
    devNodeCase(
        "S11 aws s3 cp s3://platform-tools/node-setup /tmp/dl; /tmp/dl run --profile eks-dev-fix90",
        devNodeScript(n("a15"), [
            "aws s3 cp s3://platform-tools/node-setup /tmp/dl",
            "chmod +x /tmp/dl",
            "/tmp/dl run --profile eks-dev",
        ]),
    ),
    // Round 90 (integration): an exported variable that names no controller, then the operator's download run with a
    // loopback listen address (judged by the listener readers): clean.
    devNodeCase(
        "S12 export AWS_REGION=...; curl https://... -o /usr/local/bin/ops-api; ops-api -addr 127.0.0.1:8080-fix90",
        devNodeScript(n("s12"), [
            "export AWS_REGION=us-east-1",
            "curl -fsSL https://ops.example.com/ops-api -o /usr/local/bin/ops-api",
            "chmod 0755 /usr/local/bin/ops-api",
            "nohup /usr/local/bin/ops-api -addr 127.0.0.1:8080 >/var/log/ops-api.log 2>&1 &",
        ]),
    ),
    // The verified download run as it came, with interpreter options only (bash(1): -e/-u are options, not arguments).
    devNodeCase(
        "S1 curl https://... -o setup.sh; bash -eu /opt/ops/setup.sh-rt89p",
        devNodeScript(n("s1"), ["mkdir -p /opt/ops", SETUP, "bash -eu /opt/ops/setup.sh"]),
    ),
    // The pinned check with the BSD tag form (sha256sum(1) --tag "create a BSD-style checksum", read back by -c).
    devNodeCase(
        "S2 curl http://...tar.gz; echo 'SHA256 (f) = HASH' | sha256sum -c -; tar -x; run-rt89p",
        pinnedScript("s2", [], [`echo "SHA256 (node_exporter.tar.gz) = ${SHA}" | sha256sum -c -`]),
    ),
    // The pinned line names the file by ./ (sha256sum(1) opens the path the line names: the same file).
    devNodeCase(
        "S3 curl http://...tar.gz; echo 'HASH  ./f' | sha256sum -c --strict -; tar -x; run-rt89p",
        pinnedScript("s3", [], [`echo "${SHA}  ./node_exporter.tar.gz" | sha256sum -c --strict -`]),
    ),
    // NATS gateway advertised address (docs.nats.io gateway/advertise: "how this server can be contacted") with the
    // listen on loopback: the advertise value is a far end.
    devNodeCase(
        "S4 opsd -c ops.conf (gateway { listen: 127.0.0.1:7222, advertise: $NODE_IP:7222 })-rt89p",
        unit("s4", "/usr/local/bin/opsd -c /opt/ops/ops.conf", [
            "NODE_IP=$(hostname -I | awk '{print $1}')",
            "mkdir -p /opt/ops",
            "cat > /opt/ops/ops.conf <<EOF",
            "listen: 127.0.0.1:4222",
            "gateway {",
            "  listen: 127.0.0.1:7222",
            "  advertise: ${NODE_IP}:7222",
            "}",
            "EOF",
        ]),
    ),
    // Jaeger's host-port on loopback.
    devNodeCase(
        "S5 opsd --config-file=/opt/ops/collector.yaml (http-server: host-port: 127.0.0.1:14268)-rt89p",
        unit("s5", "/usr/local/bin/opsd --config-file=/opt/ops/collector.yaml", [
            ...heredocFile("/opt/ops/collector.yaml", [
                "collector:",
                "  http-server:",
                '    host-port: "127.0.0.1:14268"',
            ]),
        ]),
    ),
    // Round 90 (fix) secure neighbours. The verified download run by its own path as it came (round 74: an https
    // download is the operator's software; execve(2) runs the same bytes an interpreter reads).
    devNodeCase(
        "S6 curl https://... -o /opt/ops/setup.sh; chmod +x; /opt/ops/setup.sh-fix90",
        devNodeScript(n("s6"), ["mkdir -p /opt/ops", SETUP, "chmod +x /opt/ops/setup.sh", "/opt/ops/setup.sh"]),
    ),
    // An assignment the script does not export (bash(1) "PARAMETERS": a shell variable reaches a command's
    // environment only when exported) before the bare run, then the run as it came from its directory.
    devNodeCase(
        "S7 LOG=/var/log/setup.log; cd /opt/ops; curl https://... -o setup.sh; ./setup.sh-fix90",
        devNodeScript(n("s7"), [
            "LOG=/var/log/setup.log",
            "mkdir -p /opt/ops",
            "cd /opt/ops",
            "curl -fsSL https://ops.example.com/setup.sh -o setup.sh",
            "chmod +x setup.sh",
            './setup.sh >> "$LOG" 2>&1',
        ]),
    ),
    // DECIDED (round 90): a verified download asked only for its version or help is credited whatever its environment
    // (shell.ts onlyPrintsInformation; GNU Coding Standards 4.8.1 "--version": "the program should not perform its
    // normal function"), as rounds 66/67/87 ran `kubectl version --client`, `jq --version`, `k3s --version`.
    devNodeCase(
        "S10 export AWS_REGION=...; aws s3 cp s3://.../ops-agent; ops-agent --version; kubectl version --client-fix90",
        devNodeScript(n("s10"), [
            "export AWS_REGION=us-east-1",
            "aws s3 cp s3://ops-artifacts-111111111111/agent/1.4.2/ops-agent /usr/local/bin/ops-agent",
            "chmod 0755 /usr/local/bin/ops-agent",
            "/usr/local/bin/ops-agent --version",
            "curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl",
            "chmod +x /usr/local/bin/kubectl",
            "kubectl version --client",
        ]),
    ),
    // Round 90 (fix, g1) secure neighbours: a verified download copied, moved or linked into place and run as it came
    // or asked only for its version (shell.ts onlyPrintsInformation).
    devNodeCase(
        "S13 curl https://... -o /tmp/setup.sh; install -m 0755 /tmp/setup.sh /usr/local/bin/ops-setup; ops-setup-fix90",
        devNodeScript(n("s13"), [
            "curl -fsSL https://ops.example.com/setup.sh -o /tmp/setup.sh",
            "install -m 0755 /tmp/setup.sh /usr/local/bin/ops-setup",
            "/usr/local/bin/ops-setup",
        ]),
    ),
    devNodeCase(
        "S14 curl https://... -o /tmp/setup.sh; mv /tmp/setup.sh /opt/ops/setup.sh; bash /opt/ops/setup.sh-fix90",
        devNodeScript(n("s14"), [
            "mkdir -p /opt/ops",
            "curl -fsSL https://ops.example.com/setup.sh -o /tmp/setup.sh",
            "mv /tmp/setup.sh /opt/ops/setup.sh",
            "bash /opt/ops/setup.sh",
        ]),
    ),
    devNodeCase(
        "S15 curl https://.../k3s -o /opt/k3s/k3s; cp; ln -s /opt/k3s/k3s /usr/local/bin/k3s; k3s --version-fix90",
        devNodeScript(n("s15"), [
            "mkdir -p /opt/k3s",
            "curl -fsSL https://github.com/k3s-io/k3s/releases/download/v1.30.2%2Bk3s1/k3s -o /tmp/k3s",
            "cp /tmp/k3s /opt/k3s/k3s",
            "chmod 0755 /opt/k3s/k3s",
            "ln -sf /opt/k3s/k3s /usr/local/bin/k3s",
            "k3s --version",
        ]),
    ),
    // A verified tarball extracted into /opt and /usr/local (FHS 3.0 3.13 "/opt: Add-on application software
    // packages"; 4.9 "/usr/local: Local hierarchy"), as round 88's node_exporter install.
    devNodeCase(
        "S16 curl https://...tar.gz -o /tmp/ne.tgz; tar -xzf -C /opt; unzip -d /usr/local/src; --version-fix90",
        devNodeScript(n("s16"), [
            "mkdir -p /opt/node_exporter /usr/local/src",
            "curl -fsSL https://github.com/prometheus/node_exporter/releases/download/v1.8.1/node_exporter-1.8.1.linux-amd64.tar.gz -o /tmp/ne.tgz",
            "tar -xzf /tmp/ne.tgz -C /opt/node_exporter --strip-components=1",
            "curl -fsSL https://ops.example.com/tools.zip -o /tmp/tools.zip",
            "unzip -q -o /tmp/tools.zip -d /usr/local/src",
            "/opt/node_exporter/node_exporter --version",
        ]),
    ),
    // Home Assistant's split configuration with the included file on loopback (`http: !include http.yaml`).
    devNodeCase(
        "S8 opsd --config /opt/ops/opsd.yaml (http: !include http.yaml; server_host: 127.0.0.1)-fix90",
        unit("s8", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...heredocFile("/opt/ops/http.yaml", ["server_host: 127.0.0.1", "server_port: 8123"]),
            ...heredocFile("/opt/ops/opsd.yaml", ["http: !include http.yaml", "logger: info"]),
        ]),
    ),
    // `!include_dir_merge_named` of a directory whose files bind loopback only; standard `!!str` tags (YAML 1.2.2
    // "Recommended Schemas": tag:yaml.org,2002:str) name no other source.
    devNodeCase(
        "S9 opsd --config /opt/ops/opsd.yaml (server: !include_dir_merge_named conf.d; name: !!str ops)-fix90",
        unit("s9", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...heredocFile("/opt/ops/conf.d/net.yaml", ["net:", "  bind_address: 127.0.0.1", "  port: 9000"]),
            ...heredocFile("/opt/ops/opsd.yaml", ["server: !include_dir_merge_named conf.d", "name: !!str ops"]),
        ]),
    ),
];

// ======== (d) Kubernetes relabel-alone and bind-by-name neighbours.
const RBAC = "rbac.authorization.k8s.io";
type R = Parameters<StackCase["edit"]>[0];
const rule = (groups: string[], resources: string[], verbs: string[], resourceNames?: string[]) => ({
    apiGroups: groups,
    resources,
    verbs,
    ...(resourceNames ? { resourceNames } : {}),
});
const role = (r: R, name: string, rules: unknown[], ns?: string, extra: Record<string, unknown> = {}) =>
    k8s(r, `kubernetes:${RBAC}/v1:${ns ? "Role" : "ClusterRole"}`, `${name}-${ns ?? "cluster"}-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: ns ? "Role" : "ClusterRole",
        metadata: { name, ...(ns ? { namespace: ns } : {}), ...((extra.metadata as object) ?? {}) },
        ...(extra.aggregationRule ? { aggregationRule: extra.aggregationRule } : {}),
        rules,
    });
const AUDITOR = [{ kind: "User", name: "auditor", apiGroup: RBAC }];
const bind = (r: R, name: string, roleKind: "Role" | "ClusterRole", roleName: string, ns: string) =>
    k8s(r, `kubernetes:${RBAC}/v1:RoleBinding`, `${name}-${ns}-rb`, {
        apiVersion: `${RBAC}/v1`,
        kind: "RoleBinding",
        metadata: { name, namespace: ns },
        roleRef: { apiGroup: RBAC, kind: roleKind, name: roleName },
        subjects: AUDITOR,
    });
const grant = (r: R, name: string, rules: unknown[], ns = "team-a") => {
    role(r, name, rules, ns);
    bind(r, name, "Role", name, ns);
};

const insecureK8s: StackCase[] = [
    // RBAC Good Practices, "Namespace modification": update replaces the Namespace object, labels included.
    {
        name: "D1 restricted team-a + Role update namespaces [team-a] in team-a bound to auditor-rt89p",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "nsupd89", [rule([""], ["namespaces"], ["get", "update"], ["team-a"])]);
        },
    },
    // A ClusterRole bound by a RoleBinding in team-a ("Using RBAC Authorization": "a RoleBinding may reference any
    // ClusterRole ... grants the permissions defined in that ClusterRole to resources inside the RoleBinding's
    // namespace"; the Namespace object team-a included, as cluster-admin's "including the namespace itself").
    {
        name: "D2 restricted team-a + ClusterRole patch namespaces bound by RoleBinding in team-a-rt89p",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            role(r, "nspatch89", [rule([""], ["namespaces"], ["get", "patch"])]);
            bind(r, "nspatch89", "ClusterRole", "nspatch89", "team-a");
        },
    },
    // bind by name of a ClusterRole that patches namespaces + create rolebindings in team-a.
    {
        name: "D3 restricted team-a + bind clusterroles [nspatch89b] + create rolebindings in team-a-rt89p",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            role(r, "nspatch89b", [rule([""], ["namespaces"], ["get", "patch"])]);
            grant(r, "bindns89", [
                rule([RBAC], ["clusterroles"], ["bind"], ["nspatch89b"]),
                rule([RBAC], ["rolebindings"], ["create", "get"]),
            ]);
        },
    },
    // bind on every Role of team-a (no resourceNames): the ns-owner Role among them.
    {
        name: "D4 restricted team-a + Role ns-owner89 (patch namespaces) + bind roles (any) + create rolebindings-rt89p",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            role(r, "ns-owner89", [rule([""], ["namespaces"], ["get", "patch"], ["team-a"])], "team-a");
            grant(r, "bindany89", [
                rule([RBAC], ["roles"], ["bind"]),
                rule([RBAC], ["rolebindings"], ["create", "get"]),
            ]);
        },
    },
    // An aggregated ClusterRole ("Aggregated ClusterRoles": the control plane fills rules from every ClusterRole whose
    // labels match) bound in team-a: its aggregated rule patches namespaces.
    {
        name: "D5 restricted team-a + aggregated ClusterRole (label rt89/ns) bound in team-a; a labelled ClusterRole patches namespaces-rt89p",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            role(r, "ns-agg89", [], undefined, {
                aggregationRule: { clusterRoleSelectors: [{ matchLabels: { "rt89/ns": "true" } }] },
            });
            role(r, "ns-part89", [rule([""], ["namespaces"], ["get", "patch"])], undefined, {
                metadata: { labels: { "rt89/ns": "true" } },
            });
            bind(r, "ns-agg89", "ClusterRole", "ns-agg89", "team-a");
        },
    },
];

const secureK8s: StackCase[] = [
    // bind by name of `view` in team-a ("User-facing roles": view "does not allow viewing or modifying roles"; no
    // Namespace writes).
    {
        name: "DS1 restricted team-a + bind clusterroles [view] + create rolebindings in team-a-rt89p",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            grant(r, "bindview89", [
                rule([RBAC], ["clusterroles"], ["bind"], ["view"]),
                rule([RBAC], ["rolebindings"], ["create", "get"]),
            ]);
        },
    },
    // A ClusterRole that only reads namespaces, bound in team-a.
    {
        name: "DS2 restricted team-a + ClusterRole get/list namespaces bound by RoleBinding in team-a-rt89p",
        stack: "prod",
        edit: r => {
            namespace(r, "team-a");
            role(r, "nsread89", [rule([""], ["namespaces"], ["get", "list", "watch"])]);
            bind(r, "nsread89", "ClusterRole", "nsread89", "team-a");
        },
    },
];

// ======== (e) AWS alias placement and provider ignoreTags.
const A = ACCOUNT.prod;
const KEY = "aws:kms/key:Key";
const ALIAS = "aws:kms/alias:Alias";
const KEYS = `arn:aws:kms:eu-west-1:${A}:key/*`;
const TABLES_KEY_ID = "1410d6b4-da14-4683-a7ca-130695bf6084";
const TABLES_KEY = `arn:aws:kms:eu-west-1:${A}:key/${TABLES_KEY_ID}`;
const LOCKED_DENY = {
    Effect: "Deny",
    Action: "kms:*",
    Resource: "*",
    Condition: { "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/locked/*" } },
};
const WORKLOAD_DENY = {
    Effect: "Deny",
    Action: "kms:*",
    Resource: "*",
    Condition: { StringEquals: { "aws:ResourceTag/custody:workload": "containment-chamber" } },
};
const edit = (name: string, e: (r: Resources) => void): StackCase => ({ name, stack: "prod", edit: e });
const lockAlias = (r: Resources, id: string, inputs: Record<string, unknown>) =>
    beside(r, "prod", ALIAS, id, { name: "alias/locked/tables", ...inputs }, find(r, KEY, "signer-tables-cmk"));
/** Sets share-1's provider `ignoreTags` to `value` (as the provider's inputs hold it). */
const ignoreTagsRaw = (r: Resources, value: unknown) => {
    const res = find(r, KEY, "signer-shares-share-1");
    const provider = res.provider;
    if (provider === undefined) throw new Error(`${res.name} has no provider`);
    res.provider = { ...provider, inputs: { ...provider.inputs, ignoreTags: value } };
};

const insecureAws: StackCase[] = [
    // Pulumi AWS provider ignoreTags: `keys` is a list; a comma string is not what the reader can trust (fail closed).
    edit(
        "E1 share-1's provider ignoreTags keys as a string 'custody:workload'; an ops role has a tag Deny-rt89p",
        r => {
            ignoreTagsRaw(r, JSON.stringify({ keys: "custody:workload" }));
            opsRole(r, "prod", A, "rt89p-e1", [allow("kms:Decrypt", KEYS), WORKLOAD_DENY]);
        },
    ),
    // An unknown ignoreTags (preview): every tag unread (fail closed).
    edit("E2 share-1's provider ignoreTags unknown in preview; an ops role has a tag Deny-rt89p", r => {
        ignoreTagsRaw(r, UNKNOWN);
        opsRole(r, "prod", A, "rt89p-e2", [allow("kms:Decrypt", KEYS), WORKLOAD_DENY]);
    }),
    // CreateAlias "Cross-account use: No": an alias whose target names the tables key by another account's ARN.
    edit("E3 alias/locked/tables targets the tables key id under account 333333333333's ARN-rt89p", r => {
        lockAlias(r, "rt89p-alias-e3", { targetKeyId: `arn:aws:kms:eu-west-1:333333333333:key/${TABLES_KEY_ID}` });
        opsRole(r, "prod", A, "rt89p-e3", [allow("kms:Decrypt", TABLES_KEY), LOCKED_DENY]);
    }),
];

const secureAws: StackCase[] = [
    // The lock alias made in the key's own Region, said explicitly (AWS::KMS::Alias: same account and Region).
    edit("ES1 alias/locked/tables with region eu-west-1 on the key's provider; Decrypt with the lock Deny-rt89p", r => {
        lockAlias(r, "rt89p-alias-es1", { targetKeyId: TABLES_KEY_ID, region: "eu-west-1" });
        opsRole(r, "prod", A, "rt89p-es1", [allow("kms:Decrypt", TABLES_KEY), LOCKED_DENY]);
    }),
    // The lock alias naming the key by its own ARN.
    edit("ES2 alias/locked/tables targets the tables key's own ARN; Decrypt with the lock Deny-rt89p", r => {
        lockAlias(r, "rt89p-alias-es2", { targetKeyId: TABLES_KEY });
        opsRole(r, "prod", A, "rt89p-es2", [allow("kms:Decrypt", TABLES_KEY), LOCKED_DENY]);
    }),
    // The provider ignores an unrelated prefix (kubernetes.io/ tags set by controllers).
    edit("ES3 share-1's provider ignoreTags keyPrefixes kubernetes.io/; a tag Deny-rt89p", r => {
        ignoreTagsRaw(r, JSON.stringify({ keyPrefixes: ["kubernetes.io/"] }));
        opsRole(r, "prod", A, "rt89p-es3", [allow("kms:Decrypt", KEYS), WORKLOAD_DENY]);
    }),
];

describeNodeCases(
    "red team round 89 probe: node (verified downloads, pinned digests, listeners)",
    insecureNodes,
    secureNodes,
);
describeVariants("red team round 89 probe: k8s relabel neighbours", insecureK8s, secureK8s);
describeVariants("red team round 89 probe: aws alias placement and ignoreTags", insecureAws, secureAws);
