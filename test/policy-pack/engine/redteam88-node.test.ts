// Red-team round 88 on EKS NODE user data (AL2023 root shell, cloud-config, Bottlerocket settings; rootReads.ts,
// shell.ts, namedPrograms.ts, userDataReaders/rootWrites.ts, agents.ts, commandServers.ts, formats.ts): the neighbours
// of the round-87 node fixes first, then classes not yet tried. Probed: defaults and assignments (${V:+W}, PATH
// defaults, printf -v, ${1:-W}, local/readonly defaults, ${A:=${B:-W}}, a default as a path prefix); build tools over
// a verified checkout (make SHELL=/CC=/-f/--eval/MAKEFILES, ninja -f, files copied into the checkout, git clone
// --template/-c core.hooksPath, a later plain-http pull); persisted and environment git settings (url.insteadOf,
// include.path, credential.helper, alias !cmd, core.askPass, GIT_CONFIG_COUNT, URL-scoped sslVerify); wget/curl
// spellings (WGETRC, -e checkcertificate=no, --no-check-cert, wgetrc `no`, scheme-less wget/curl host:port, ftp://,
// tftp://, CURL_CA_BUNDLE, -fsSLk, aria2c --check-certificate=false); image-pull trust (registries.conf mirror
// insecure, CONTAINERS_REGISTRIES_CONF, nerdctl --insecure-registry, hosts.toml ca in /tmp, containers certs.d, buildah
// --tls-verify=false, Bottlerocket container-registry.mirrors http endpoint, p11-kit trust anchor); copies (sed w FILE,
// tr/cut redirects, subshell tar pipe, cpio -p, FILE:// upper-case, sort --output=, sort --files0-from, sed -f SCRIPT,
// head/grep of two files, tar --force-local of a /tmp archive, awk getline); values read from planted files ($(< F), a
// URL, mapfile of <(cat F), PATH entry, LD_PRELOAD from a here-string); mounts and links (tmpfs mode=1777, NFS sec=sys,
// ln -sfn of a root-read directory, bind over /etc/sysctl.d); fixed names in /tmp (install -d, mkdir || true, cp -r,
// virtualenv, unzip -d, rsync); package trust (dnf config-manager --save sslverify/gpgcheck, sed -i of the AL2023 repo
// file); cloud-config modules (yum_repos, power_state condition, random_seed command, output pipe, #include http://,
// ec2-instance-connect).
// Misses (21 insecure accepted, 3 secure refused):
// - UNVERIFIED-TRANSPORT (5: B9 git pull http:// into a verified checkout, C9 wget --no-check-cert abbreviation, C11
//   scheme-less wget URL, C14 curl tftp://, C17 aria2c --check-certificate=false).
// - PERSISTED-CLIENT-CONFIG (3: C1 git url.insteadOf https->http, C5 GIT_CONFIG_COUNT http.sslVerify=false, C8 wget -e
//   checkcertificate=no).
// - IMAGE-PULL-TRUST (3: D2 CONTAINERS_REGISTRIES_CONF in /tmp, D5 /tmp CA copied into /etc/containers/certs.d, D7
//   Bottlerocket container-registry.mirrors http:// endpoint).
// - MOUNT-READINGS (2: G2 NFS sec=sys over /usr/local/bin, G4 bind of /dev/shm over /etc/sysctl.d).
// - COPIERS (2: E4 subshell tar pipe, E5 cpio -p pass-through).
// - CHECKOUT-OPTION-DIRECTORIES (1: B7 git clone --template=/tmp/tpl).
// - BUILD-TOOL-ENVIRONMENT (1: B10 MAKEFILES=/tmp/extra.mk).
// - SHELL-EXPANSION (1: F4 PATH entry read from /tmp).
// - PACKAGE-VERIFICATION (2: H8 sed -i of the AL2023 repo file (unknown result), I1 cloud-config yum_repos http://
//   with gpgcheck false).
// - CLOUD-CONFIG-COMMANDS (1: I4 cloud-config output '| /tmp/logger').
// - CHECKOUT-BUILD-TOOLS (secure refused, 2: S13 make PREFIX=/usr/local install, S26 cmake -S/-B/--build of the
//   checkout).
// - LINE-FILTER-TEXT (secure refused, 1: S18 tr -d '\r' of a written file into profile.d).
// Held: 59 of 80 insecure refused (A1-A8, B1-B6, B8, C2-C4, C6, C7, C10, C12, C13, C15, C16, C18, D1, D3, D4, D6,
// D8, E1-E3, E6-E13, F1-F3, F5, G1, G3, H1-H7, I2, I3, I5, I6); 28 of 31 secure clean (S1-S12, S14-S17, S19-S25,
// S27-S31). Note: B1/B4 (make SHELL=/CC=) are refused by checkoutBuild's blanket VAR=value rule (S13's cause), not
// for their planted values; H7's persisted sslverify=0 + gpgcheck=0 is refused (a gpgcheck=0 over kept TLS alone is
// accepted by design: packageCheckOffSwitches).
// Round 88 fixes (fix88-node-b): G4, G2, F4, B7, B10, S13, S26, E4, E5, H8, I1, I4 and S18 are fixed and unskipped
// (`// Was a MISS (fixed in round 88)`), with -fix88 neighbours on both sides; B1/B4 are now refused for their planted
// values (loadedOperands) as well as by checkoutBuild's buildVariable. Still skipped (fix88-node-a's): B9, C1, C5, C8,
// C9, C11, C14, C17, D2, D5, D7.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    bottlerocket,
    describeNodeCases,
    devNodeCase,
    devNodeScript,
    EFFECTIVE,
    heredocFile,
    mime,
    NodeCase,
    nodeConfig,
    withCloudConfig,
} from "./nodeBuilders";
import { Resources } from "./support";

const n = (id: string) => `dev-${id}-88n-nodes`;
/** A known miss: skipped unless REDTEAM_ALL=1. */
const MISS = true;

/** A dev node group whose user data is the NodeConfig, then one cloud-config part with `lines`. */
const devCloudConfig = (name: string, lines: string[]) => (r: Resources) =>
    al2023Nodes(r, name, withCloudConfig(lines));

/** A PEM block (example text only), base64 as Bottlerocket's settings take it. */
const clusterCA = Buffer.from(
    ["-----BEGIN CERTIFICATE-----", "MIIClusterCAExampleOnly", "-----END CERTIFICATE-----"].join("\n"),
).toString("base64");

/** A case on the basil stack's Bottlerocket node group with the cluster's settings and `lines`. */
const basilCase = (name: string, lines: string[], refused: RegExp | undefined, skip = false): NodeCase => ({
    name,
    stack: "basil",
    config: nodePolicyConfig,
    edit: r =>
        bottlerocket(r, [
            "[settings.kubernetes]",
            'cluster-name = "basil-cluster"',
            'api-server = "https://EXAMPLE.gr7.eu-west-1.eks.amazonaws.com"',
            `cluster-certificate = "${clusterCA}"`,
            "[settings.host-containers.admin]",
            "enabled = false",
            ...lines,
        ]),
    refused,
    policy: EFFECTIVE,
    skip,
});

const run = (path: string) => [`chmod 0755 ${path}`, path];

const insecure: NodeCase[] = [
    // --- A. defaults and assignments (neighbours of the round-87 ${V:-W} / ${V:=W} reading) ---
    // A1 bash(1) "${parameter:+word} Use Alternate Value. If parameter is null or unset, nothing is substituted,
    // otherwise the expansion of word is substituted": OPS_DEBUG is set, so the command is /tmp/dbg.
    devNodeCase(
        'A1 OPS_DEBUG=1; "${OPS_DEBUG:+/tmp/dbg}" --check-rt88n',
        devNodeScript(n("a1"), ["OPS_DEBUG=1", '"${OPS_DEBUG:+/tmp/dbg}" --check']),
    ),
    // A2 a never-set variable's default as a PATH entry (bash(1) "Command Execution": a name without slashes is looked
    // up in PATH): ops-agent is /var/tmp/bin/ops-agent if any local user put one there.
    devNodeCase(
        'A2 export PATH="${OPS_PATH:-/var/tmp/bin}:$PATH"; ops-agent-rt88n',
        devNodeScript(n("a2"), ['export PATH="${OPS_PATH:-/var/tmp/bin}:$PATH"', "ops-agent --once"]),
    ),
    // A3 bash(1) printf "-v var: assign the output to the variable var rather than printing it".
    devNodeCase(
        'A3 printf -v BIN %s /tmp/agent; "$BIN"-rt88n',
        devNodeScript(n("a3"), ["printf -v BIN '%s' /tmp/agent", '"$BIN"']),
    ),
    // A4 a positional parameter's default: cloud-init runs the part with no arguments (bash(1) "Special Parameters"),
    // so ${1:-W} is W.
    devNodeCase('A4 "${1:-/dev/shm/setup}"-rt88n', devNodeScript(n("a4"), ['"${1:-/dev/shm/setup}"'])),
    // A5 a function's local with a default (bash(1) local; the default of a never-set variable).
    devNodeCase(
        'A5 f() { local b="${OPS_BIN:-/tmp/agent}"; "$b"; }; f-rt88n',
        devNodeScript(n("a5"), ['f() { local b="${OPS_BIN:-/tmp/agent}"; "$b"; }', "f"]),
    ),
    // A6 mixed nesting ${A:=${B:-W}} (bash(1): word is expanded, then assigned).
    devNodeCase('A6 "${A:=${B:-/var/tmp/x}}"-rt88n', devNodeScript(n("a6"), ['"${A:=${B:-/var/tmp/x}}"'])),
    // A7 a default as a directory prefix of the program word (bash(1) Parameter Expansion inside a word).
    devNodeCase(
        'A7 BIN="${OPS_PREFIX:-/tmp}/agent"; "$BIN"-rt88n',
        devNodeScript(n("a7"), ['BIN="${OPS_PREFIX:-/tmp}/agent"', '"$BIN"']),
    ),
    // A8 readonly with an unquoted default (bash(1) readonly name=word).
    devNodeCase(
        "A8 readonly BIN=${OPS_BIN:-/dev/shm/agent}; $BIN-rt88n",
        devNodeScript(n("a8"), ["readonly BIN=${OPS_BIN:-/dev/shm/agent}", "$BIN"]),
    ),
    // --- B. build tools over a verified checkout (neighbours of the round-87 make/ninja reading) ---
    // B1 GNU make manual "Choosing the Shell": recipes run with $(SHELL); a command-line variable overrides the
    // makefile's ("Overriding Variables"): every recipe line runs under /tmp/sh.
    devNodeCase(
        "B1 git clone https://...; make -C /opt/ops SHELL=/tmp/sh install-rt88n",
        devNodeScript(n("b1"), [
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "make -C /opt/ops SHELL=/tmp/sh install",
        ]),
    ),
    // B2 GNU make "-f file: Use file as a makefile": the recipes are /var/tmp/Makefile's.
    devNodeCase(
        "B2 git clone https://...; make -C /opt/ops -f /var/tmp/Makefile-rt88n",
        devNodeScript(n("b2"), [
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "make -C /opt/ops -f /var/tmp/Makefile install",
        ]),
    ),
    // B3 GNU make "--eval=string: Evaluate string as makefile syntax": a recipe line naming /tmp/x.
    devNodeCase(
        "B3 git clone https://...; make -C /opt/ops --eval='pre: ; /tmp/x' pre-rt88n",
        devNodeScript(n("b3"), [
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "make -C /opt/ops --eval='pre: ; /tmp/x' pre",
        ]),
    ),
    // B4 GNU make "Variables Used by Implicit Rules": CC is the C compiler the recipes run; a command-line value
    // overrides it: /dev/shm/cc runs as root.
    devNodeCase(
        "B4 git clone https://...; make -C /opt/ops CC=/dev/shm/cc-rt88n",
        devNodeScript(n("b4"), [
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "make -C /opt/ops CC=/dev/shm/cc",
        ]),
    ),
    // B5 ninja(1) "-f FILE: specify input build file" from /tmp.
    devNodeCase(
        "B5 git clone https://...; ninja -C /opt/ops -f /tmp/build.ninja-rt88n",
        devNodeScript(n("b5"), [
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "ninja -C /opt/ops -f /tmp/build.ninja",
        ]),
    ),
    // B6 a file copied into the checkout from /tmp before make (GNU make "Including Other Makefiles": config.mk).
    devNodeCase(
        "B6 git clone https://...; cp /tmp/config.mk /opt/ops/; make -C /opt/ops-rt88n",
        devNodeScript(n("b6"), [
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "cp /tmp/config.mk /opt/ops/config.mk",
            "make -C /opt/ops",
        ]),
    ),
    // B7 git-clone(1) "--template=<template-directory>": the hooks of /tmp/tpl are copied into the new repository;
    // githooks(5) post-checkout "is run after git clone" (the clone's checkout): /tmp/tpl/hooks/post-checkout runs.
    // Was a MISS (fixed in round 88): rootReads.ts RootReads.copy judges the option values naming code or configuration a copier reads or runs (COPIER_READ_OPTIONS: git --template/--reference, tar --to-command/-I/-T, rsync -e/--files-from, curl -K, wget -i) with planted() as well as writable() (was: CHECKOUT-OPTION-DIRECTORIES: insecure accepted (got []). git-clone(1) --template: the template directory's hooks are copied into the new repository and githooks(5) post-checkout runs after the clone's checkout, so /tmp/tpl/hooks/post-checkout runs as root).
    devNodeCase(
        "B7 git clone --template=/tmp/tpl https://...; make -C /opt/ops-rt88n",
        devNodeScript(n("b7"), [
            "git clone --template=/tmp/tpl https://github.com/example/ops.git /opt/ops",
            "make -C /opt/ops",
        ]),
    ),
    // B8 git-clone(1) "-c, --config <key>=<value>: Set a configuration variable in the newly-created repository; this
    // takes effect immediately after the repository is initialized": core.hooksPath=/tmp/hooks runs post-checkout.
    devNodeCase(
        "B8 git clone -c core.hooksPath=/tmp/hooks https://...-rt88n",
        devNodeScript(n("b8"), [
            "git clone -c core.hooksPath=/tmp/hooks https://github.com/example/ops.git /opt/ops",
            "make -C /opt/ops",
        ]),
    ),
    // B9 the checkout changed by a pull over plain http:// after the verified clone (git-pull(1) <repository>), then
    // make.
    // Was a MISS (fixed in round 88): UNVERIFIED-TRANSPORT: insecure accepted (got []). git-pull(1) `git pull <repository> <refspec>` fetches from the named repository and merges into the work tree: over http:// whoever is on the path writes /opt/ops's Makefile. Where: policy-pack/engine/rootReads.ts gitUnverifiedFetch (~line 3262) tests the URL only for `clone` (`command === "clone" && url`), and unverifiedCheckout marks only copiedDestinations' clone trees, so a pull/fetch over an unencrypted scheme into an existing checkout (-C DIR or the cwd) is not recorded (commandServers.ts checkoutBuild then credits the https clone). Fix (general): every git command that fetches (clone, pull, fetch, submodule update, remote add + fetch) is judged on its repository URL with FETCHER_UNENCRYPTED_SCHEMES.git, and marks the work tree it changes (-C/--work-tree/cwd) as unverifiedTrees.
    devNodeCase(
        "B9 git clone https://...; git -C /opt/ops pull http://git.internal/ops.git main; make-rt88n",
        devNodeScript(n("b9"), [
            "git clone https://github.com/example/ops.git /opt/ops",
            "git -C /opt/ops pull http://git.internal/ops.git main",
            "make -C /opt/ops install",
        ]),
        /./,
    ),
    // B10 GNU make "The Variable MAKEFILES": "If the environment variable MAKEFILES is defined, make considers its
    // value as a list of names ... of additional makefiles to be read before the others".
    // Was a MISS (fixed in round 88): rootReads.ts ENVIRONMENT_LOADED_FILES: the files make's MAKEFILES names are its loaded operands, judged with planted() (GNU make "The Variable MAKEFILES") (was: BUILD-TOOL-ENVIRONMENT: insecure accepted (got []). GNU make "The Variable MAKEFILES": "If the environment variable MAKEFILES is defined, make considers its value as a list of names ... of additional makefiles to be read before the others": /tmp/extra.mk's recipes run).
    devNodeCase(
        "B10 git clone https://...; MAKEFILES=/tmp/extra.mk make -C /opt/ops-rt88n",
        devNodeScript(n("b10"), [
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "MAKEFILES=/tmp/extra.mk make -C /opt/ops install",
        ]),
    ),
    // --- C. persisted git settings, wget and curl spellings, unencrypted schemes ---
    // C1 git-config(1) url.<base>.insteadOf: "Any URL that starts with this value will be rewritten to start, instead,
    // with <base>": every https://git.example.com/ clone goes over plain http://.
    // Was a MISS (fixed in round 88): PERSISTED-CLIENT-CONFIG: insecure accepted (got []). git-config(1) url.<base>.insteadOf: "Any URL that starts with this value will be rewritten to start, instead, with <base>": the https clone is fetched from http://git.internal/. Where: policy-pack/engine/rootReads.ts gitUnverifiedFetch (~line 3262) tests the URL as written; RootReads.persistedGitNamed/gitPersisted (~line 9360) record settings only for programs run and CA files, and URL rewriting (insteadOf, pushInsteadOf) is read nowhere. Fix (general): apply url.*.insteadOf from every spelling (-c, git config --global/--system, GIT_CONFIG_*) to the URL before FETCHER_UNENCRYPTED_SCHEMES is tested (longest match wins, as git does).
    devNodeCase(
        'C1 git config --global url."http://git.internal/".insteadOf https://git.example.com/; clone; run-rt88n',
        devNodeScript(n("c1"), [
            'git config --global url."http://git.internal/".insteadOf https://git.example.com/',
            "git clone https://git.example.com/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
        /./,
    ),
    // C2 git-config(1) "Includes": include.path names a file whose settings are read as if in place: /tmp/gitconfig
    // may set core.sshCommand, core.fsmonitor, http.sslVerify.
    devNodeCase(
        "C2 git config --global include.path /tmp/gitconfig; git pull-rt88n",
        devNodeScript(n("c2"), ["git config --global include.path /tmp/gitconfig", "git -C /opt/ops pull"]),
    ),
    // C3 gitcredentials(7) "If the helper name ... begins with an absolute path ... it is executed as is": git runs
    // /tmp/cred for the https clone.
    devNodeCase(
        "C3 git config --global credential.helper /tmp/cred; git clone https://...-rt88n",
        devNodeScript(n("c3"), [
            "git config --global credential.helper /tmp/cred",
            "git clone https://git.example.com/ops.git /opt/ops",
        ]),
    ),
    // C4 git-config(1) alias.*: "If the alias expansion is prefixed with an exclamation point, it will be treated as a
    // shell command".
    devNodeCase(
        "C4 git config --global alias.sync '!/var/tmp/sync'; git sync-rt88n",
        devNodeScript(n("c4"), ["git config --global alias.sync '!/var/tmp/sync'", "git -C /opt/ops sync"]),
    ),
    // C5 git-config(1) ENVIRONMENT "GIT_CONFIG_COUNT, GIT_CONFIG_KEY_<n>, GIT_CONFIG_VALUE_<n>": configuration set
    // from the environment, as -c does: http.sslVerify=false for the clone root then runs.
    // Was a MISS (fixed in round 88): PERSISTED-CLIENT-CONFIG: insecure accepted (got []). git-config(1) ENVIRONMENT: GIT_CONFIG_COUNT with GIT_CONFIG_KEY_<n>/GIT_CONFIG_VALUE_<n> set configuration as -c does: http.sslVerify=false for the clone root then runs (the same key as hooksPath, which IS refused through environmentOptions). Where: policy-pack/engine/rootReads.ts RootReads.unverifiedCheckout (~line 9673) passes the raw operands to gitUnverifiedFetch, which reads GIT_SSL_NO_VERIFY from the environment but not gitEnvironmentConfig's -c words (environmentOptions). Fix (general): judge git's TLS switches on its environment-expanded words (environmentOptions) as the named-program reading already does.
    devNodeCase(
        "C5 GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=http.sslVerify GIT_CONFIG_VALUE_0=false git clone; run-rt88n",
        devNodeScript(n("c5"), [
            "GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=http.sslVerify GIT_CONFIG_VALUE_0=false git clone https://git.example.com/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
        /./,
    ),
    // C6 the URL-scoped key persisted (git-config(1) http.<url>.*): the round-87 F6 `-c` spelling, one line earlier.
    devNodeCase(
        "C6 git config --global http.https://git.example.com/.sslVerify false; clone; run-rt88n",
        devNodeScript(n("c6"), [
            "git config --global http.https://git.example.com/.sslVerify false",
            "git clone https://git.example.com/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
    ),
    // C7 GNU Wget manual "Startup File": "the environment variable WGETRC ... Wget will try to load that file": a
    // /tmp wgetrc (check_certificate = off, or any https_proxy) for the download root runs.
    devNodeCase(
        "C7 WGETRC=/tmp/wgetrc wget -O /usr/local/bin/agent https://...; run-rt88n",
        devNodeScript(n("c7"), [
            "WGETRC=/tmp/wgetrc wget -q -O /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // C8 GNU Wget manual "Wgetrc Syntax": "Commands are case-, underscore- and minus-insensitive", and a boolean is
    // "on/off" or "yes/no" (also 1/0): -e checkcertificate=no is --no-check-certificate.
    // Was a MISS (fixed in round 88): PERSISTED-CLIENT-CONFIG: insecure accepted (got []). GNU Wget manual "Wgetrc Syntax": "Commands are case-, underscore- and minus-insensitive": -e checkcertificate=no is check_certificate = off. Where: policy-pack/engine/rootReads.ts wgetrcWords (~line 5945): a key not in WGETRC_OPTIONS keeps its spelling with only `_` turned into `-` ("checkcertificate" -> --no-checkcertificate), so wgetCertificateCheckOff never sees --no-check-certificate (-e check_certificate=no IS refused). Fix (general): map every wgetrc key through one table of wget's commands compared without `-`/`_` and case (WGETRC_OPTIONS keyed by the squeezed name for every option, not only the renamed ones).
    devNodeCase(
        "C8 wget -e checkcertificate=no -O /usr/local/bin/agent https://...; run-rt88n",
        devNodeScript(n("c8"), [
            "wget -e checkcertificate=no -q -O /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
        /./,
    ),
    // C9 wget parses long options with getopt_long, which takes any unambiguous prefix: --no-check-cert is
    // --no-check-certificate.
    // Was a MISS (fixed in round 88): UNVERIFIED-TRANSPORT: insecure accepted (got []). wget parses its long options with getopt_long(3), which accepts "Long option names ... abbreviated if the abbreviation is unique": --no-check-cert is --no-check-certificate. Where: policy-pack/engine/rootReads.ts wgetCertificateCheckOff (~line 3385) matches the full spelling only; the getopt_long abbreviation reading exists for tar/cpio (LONG_OPTIONS, ~line 6140) but not for wget. Fix (general): expand wget's (and every getopt_long fetcher's) abbreviated long options against its option list before the TLS switches are read.
    devNodeCase(
        "C9 wget --no-check-cert -O /usr/local/bin/agent https://...; run-rt88n",
        devNodeScript(n("c9"), [
            "wget --no-check-cert -q -O /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
        /./,
    ),
    // C10 /etc/wgetrc `check_certificate = no` (the "no" spelling of off, GNU Wget manual "Wgetrc Syntax").
    devNodeCase(
        "C10 echo 'check_certificate = no' >> /etc/wgetrc; wget https://...; run-rt88n",
        devNodeScript(n("c10"), [
            "echo 'check_certificate = no' >> /etc/wgetrc",
            "wget -q -O /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // C11 wget of a URL without a scheme: GNU Wget manual "URL Format": "If no protocol is specified, http is assumed"
    // (round 87 F1's curl twin).
    // Was a MISS (fixed in round 88): UNVERIFIED-TRANSPORT: insecure accepted (got []). GNU Wget manual "URL Format": a URL without a scheme is fetched over HTTP ("If no protocol is specified, http is assumed"): root runs what whoever is on the path served. Where: policy-pack/engine/rootReads.ts unverifiedFetchSwitches (~line 3342): the round-87 curlSchemeless reading runs for curl only; wget's operands are matched against DOWNLOAD_URL, which requires a scheme. Fix (general): one scheme-less reading for every fetcher with its default scheme (curl: --proto-default or http; wget: http; aria2c: http).
    devNodeCase(
        "C11 wget -O /usr/local/bin/agent artifacts.internal/agent; run-rt88n",
        devNodeScript(n("c11"), [
            "wget -q -O /usr/local/bin/agent artifacts.internal/agent",
            ...run("/usr/local/bin/agent"),
        ]),
        /./,
    ),
    // C12 curl scheme-less URL with a port (curl(1): no scheme, "defaults to HTTP").
    devNodeCase(
        "C12 curl -o /usr/local/bin/agent artifacts.internal:8080/agent; run-rt88n",
        devNodeScript(n("c12"), [
            "curl -fsS -o /usr/local/bin/agent artifacts.internal:8080/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // C13 curl ftp:// (RFC 959 FTP: plain-text control and data connections), then run.
    devNodeCase(
        "C13 curl -o /usr/local/bin/agent ftp://mirror.internal/agent; run-rt88n",
        devNodeScript(n("c13"), [
            "curl -fsS -o /usr/local/bin/agent ftp://mirror.internal/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // C14 curl tftp:// (RFC 1350 TFTP: UDP, no authentication nor encryption), then insmod.
    // Was a MISS (fixed in round 88): UNVERIFIED-TRANSPORT: insecure accepted (got []). RFC 1350 TFTP has no authentication nor encryption; curl(1) PROTOCOLS lists TFTP; the module root then loads is whoever answered's (ftp:// IS refused). Where: policy-pack/engine/rootReads.ts unverifiedFetchSwitches collects URLs with DOWNLOAD_URL (~line 3313: https?|ftps? only), so FETCHER_UNENCRYPTED_SCHEMES.curl's tftp/dict/ldap/telnet/... entries are never tested. Fix (general): collect every `scheme://` operand of a fetcher and test it against its FETCHER_UNENCRYPTED_SCHEMES row (and treat a scheme the row does not know as unverified: fail closed).
    devNodeCase(
        "C14 curl -o /lib/modules/extra/ops.ko tftp://boot.internal/ops.ko; insmod-rt88n",
        devNodeScript(n("c14"), [
            "mkdir -p /lib/modules/extra",
            "curl -fsS -o /lib/modules/extra/ops.ko tftp://boot.internal/ops.ko",
            "insmod /lib/modules/extra/ops.ko",
        ]),
        /./,
    ),
    // C15 curl(1) "CURL_CA_BUNDLE <path>: If set, curl uses this CA bundle" from /tmp, then run.
    devNodeCase(
        "C15 CURL_CA_BUNDLE=/tmp/ca.pem curl -o /usr/local/bin/agent https://...; run-rt88n",
        devNodeScript(n("c15"), [
            "CURL_CA_BUNDLE=/tmp/ca.pem curl -fsS -o /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // C16 curl's -k inside a group of short flags (curl(1) "-k, --insecure"; short options may be combined).
    devNodeCase(
        "C16 curl -fsSLk -o /usr/local/bin/agent https://...; run-rt88n",
        devNodeScript(n("c16"), [
            "curl -fsSLk -o /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // C17 aria2c(1) "--check-certificate[=true|false]": false skips the server certificate check, then run.
    // Was a MISS (fixed in round 88): UNVERIFIED-TRANSPORT: insecure accepted (got []). aria2c(1) "--check-certificate[=true|false]: Verify the peer using certificates specified in --ca-certificate option. Default: true": false fetches the program unverified. Where: policy-pack/engine/rootReads.ts unverifiedFetchSwitches (~line 3342) returns [] for any program but curl|wget|aws|rsync, though aria2c's files are read elsewhere (aria2Configured, -d/--dir at ~line 6121). Fix (general): add aria2c (and lftp, tftp, axel) to the one fetcher table with their TLS-off switches (--check-certificate=false) and unencrypted schemes.
    devNodeCase(
        "C17 aria2c --check-certificate=false -d /usr/local/bin -o agent https://...; run-rt88n",
        devNodeScript(n("c17"), [
            "aria2c --check-certificate=false -d /usr/local/bin -o agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
        /./,
    ),
    // --- D. image-pull trust (neighbours of registries.conf insecure and engines' CA options) ---
    // D1 containers-registries.conf(5) [[registry.mirror]] "insecure: true or false ... same as the registry's" on a
    // mirror: the pull goes to mirror.internal over HTTP or unverified TLS.
    devNodeCase(
        "D1 registries.conf [[registry.mirror]] insecure = true; podman pull-rt88n",
        devNodeScript(n("d1"), [
            ...heredocFile("/etc/containers/registries.conf.d/60-mirror.conf", [
                "[[registry]]",
                'location = "registry.internal"',
                "[[registry.mirror]]",
                'location = "mirror.internal:5000"',
                "insecure = true",
            ]),
            "podman pull registry.internal/ops/agent:1",
        ]),
    ),
    // D2 containers-registries.conf(5): "CONTAINERS_REGISTRIES_CONF ... the path to an alternative registries.conf"
    // in /tmp.
    // Was a MISS (fixed in round 88): IMAGE-PULL-TRUST: insecure accepted (got []). containers-registries.conf(5) "CONTAINERS_REGISTRIES_CONF ... If this environment variable is set, the file it names is read instead": a /tmp registries.conf may set insecure = true or redirect the registry. Where: policy-pack/engine/userDataReaders/agents.ts CONTAINERS_REGISTRIES (~line 43) is a fixed path list; rootReads.ts environmentOptions (~line 5320) turns WGETRC, PIP_CONFIG_FILE and GIT_CONFIG_* into options but not the containers-image variables (CONTAINERS_REGISTRIES_CONF, REGISTRIES_CONFIG_PATH, CONTAINERS_CONF, CONTAINERS_STORAGE_CONF). Fix (general): read those variables as the config file they name: planted -> refused, a written one read by registryTrustOpenings, an unknown one fails closed.
    devNodeCase(
        "D2 CONTAINERS_REGISTRIES_CONF=/tmp/registries.conf podman pull-rt88n",
        devNodeScript(n("d2"), [
            "CONTAINERS_REGISTRIES_CONF=/tmp/registries.conf podman pull registry.internal/ops/agent:1",
        ]),
        /./,
    ),
    // D3 nerdctl pull "--insecure-registry: skips verifying HTTPS certs, and allows falling back to plain HTTP".
    devNodeCase(
        "D3 nerdctl -n k8s.io pull --insecure-registry registry.internal/...-rt88n",
        devNodeScript(n("d3"), ["nerdctl -n k8s.io pull --insecure-registry registry.internal/ops/agent:1"]),
    ),
    // D4 containerd docs/hosts.md "ca field": "the ca (Certificate Authority Certification) can be set to a path"
    // - a /tmp CA for the registry the kubelet pulls from.
    devNodeCase(
        "D4 hosts.toml ca = /tmp/ca.pem; crictl pull-rt88n",
        devNodeScript(n("d4"), [
            "mkdir -p /etc/containerd/certs.d/registry.internal",
            ...heredocFile("/etc/containerd/certs.d/registry.internal/hosts.toml", [
                'server = "https://registry.internal"',
                '[host."https://registry.internal"]',
                '  ca = "/tmp/ca.pem"',
            ]),
            "crictl pull registry.internal/ops/agent:1",
        ]),
    ),
    // D5 containers-certs.d(5): "/etc/containers/certs.d/<host>/*.crt ... CA roots" for that registry - copied from
    // /tmp.
    // Was a MISS (fixed in round 88): IMAGE-PULL-TRUST: insecure accepted (got []). containers-certs.d(5): "/etc/containers/certs.d/<registry>/*.crt" are the CA roots podman/skopeo/CRI-O trust for that registry: a /tmp certificate authenticates whoever answers. Where: policy-pack/engine/rootReads.ts TRUST_STORE_FILES (~line 7429) lists the system trust store only, so a copy of a planted file into a per-registry CA directory is no planted CA. Fix (general): the per-registry trust directories (/etc/containers/certs.d, /etc/docker/certs.d, containerd's config_path certs.d/*/*.crt) join the trust-store table.
    devNodeCase(
        "D5 cp /tmp/ca.crt /etc/containers/certs.d/registry.internal/; podman pull-rt88n",
        devNodeScript(n("d5"), [
            "mkdir -p /etc/containers/certs.d/registry.internal",
            "cp /tmp/ca.crt /etc/containers/certs.d/registry.internal/ca.crt",
            "podman pull registry.internal/ops/agent:1",
        ]),
        /./,
    ),
    // D6 buildah-pull(1) "--tls-verify=false": no TLS verification (the podman switch, another engine).
    devNodeCase(
        "D6 buildah pull --tls-verify=false registry.internal/...-rt88n",
        devNodeScript(n("d6"), ["buildah pull --tls-verify=false registry.internal/ops/agent:1"]),
    ),
    // D7 Bottlerocket settings.container-registry.mirrors (bottlerocket.dev settings reference: "the endpoints for said
    // registry ... the container runtime will try the endpoints one by one"): an http:// endpoint for the ECR registry
    // the kubelet pulls every image of the node from.
    // Was a MISS (fixed in round 88): IMAGE-PULL-TRUST (Bottlerocket): insecure accepted (got []). bottlerocket.dev settings container-registry.mirrors: "When pulling an image from a registry, the container runtime will try the endpoints one-by-one": an http:// endpoint serves every image the kubelet pulls from public.ecr.aws unverified. Where: policy-pack/engine/userDataReaders/formats.ts bottlerocketSettingsOpenings (~line 868) reads host-containers, boot, bootstrap-containers, static-pods, oci-defaults and sysctl but not container-registry. Fix (general): read settings.container-registry.mirrors endpoints with the registry-trust reading of hosts.toml/registries.conf (registryTrustOpenings): an unencrypted endpoint refused.
    basilCase(
        "D7 Bottlerocket container-registry.mirrors endpoint http://mirror.internal-rt88n",
        [
            "[[settings.container-registry.mirrors]]",
            'registry = "public.ecr.aws"',
            'endpoint = ["http://mirror.internal:5000"]',
        ],
        /./,
    ),
    // --- E. copies through filters and archivers (neighbours of the round-87 COPIERS fix) ---
    // E1 GNU sed "w filename: Write the pattern space to filename": /tmp/env's lines become the profile script.
    devNodeCase(
        "E1 sed -n 'w /etc/profile.d/ops.sh' /tmp/env; source-rt88n",
        devNodeScript(n("e1"), ["sed -n 'w /etc/profile.d/ops.sh' /tmp/env", "source /etc/profile.d/ops.sh"]),
    ),
    // E2 coreutils tr reads standard input: a redirect of /tmp/env through tr into the profile script.
    devNodeCase(
        "E2 tr -d '\\r' < /tmp/env > /etc/profile.d/ops.sh; source-rt88n",
        devNodeScript(n("e2"), ["tr -d '\\r' < /tmp/env > /etc/profile.d/ops.sh", "source /etc/profile.d/ops.sh"]),
    ),
    // E3 coreutils cut "Print selected parts of lines from each FILE": /var/tmp/env's fields.
    devNodeCase(
        "E3 cut -d'#' -f1 /var/tmp/env > /etc/profile.d/ops.sh; source-rt88n",
        devNodeScript(n("e3"), ["cut -d'#' -f1 /var/tmp/env > /etc/profile.d/ops.sh", "source /etc/profile.d/ops.sh"]),
    ),
    // E4 the subshell spelling of the tar pipe (GNU tar "Copying directory hierarchies": (cd src && tar -cf - .) |
    // (cd dst && tar -xf -)).
    // Was a MISS (fixed in round 88): rootReads.ts RootReads.script: a compound pipeline stage (subshell, group) pipes what each command in it pipes (producedBy, each read in its own directory), so the consumer's extraction takes their provenance (was: COPIERS: insecure accepted (got []). GNU tar manual: the subshell form `(cd src && tar -cf - .) | (cd dst && tar -xf -)` copies a tree: /tmp/agent becomes /usr/local/bin/agent (the round-87 one-command form `tar -C /tmp -cf - agent | tar -C ... -xf -` IS refused)).
    devNodeCase(
        "E4 (cd /tmp && tar cf - agent) | (cd /usr/local/bin && tar xf -); run-rt88n",
        devNodeScript(n("e4"), [
            "(cd /tmp && tar cf - agent) | (cd /usr/local/bin && tar xf -)",
            "/usr/local/bin/agent",
        ]),
    ),
    // E5 cpio(1) "-p, --pass-through: Run in copy-pass mode" - names from stdin copied into the directory.
    // Was a MISS (fixed in round 88): rootReads.ts RootReads.passThroughNames: cpio -p's names on standard input take their origin (known names, find's starting points) and are judged with planted(); unreadable names copied into a root-read directory are refused (was: COPIERS: insecure accepted (got []). GNU cpio manual "Copy-pass mode": cpio -p "reads the list of files to copy from the standard input" and copies them into the destination directory: /tmp/agent becomes /usr/local/bin/agent).
    devNodeCase(
        "E5 cd /tmp && echo agent | cpio -pdm /usr/local/bin; run-rt88n",
        devNodeScript(n("e5"), ["cd /tmp && echo agent | cpio -pdm /usr/local/bin", "/usr/local/bin/agent"]),
    ),
    // E6 RFC 3986 3.1: "schemes are case-insensitive" - FILE:///tmp/agent is curl's FILE protocol.
    devNodeCase(
        "E6 curl -o /usr/local/bin/agent FILE:///tmp/agent; run-rt88n",
        devNodeScript(n("e6"), ["curl -s -o /usr/local/bin/agent FILE:///tmp/agent", ...run("/usr/local/bin/agent")]),
    ),
    // E7 coreutils sort "--output=FILE" (the long spelling of -o).
    devNodeCase(
        "E7 sort --output=/etc/profile.d/ops.sh /tmp/env; source-rt88n",
        devNodeScript(n("e7"), ["sort --output=/etc/profile.d/ops.sh /tmp/env", "source /etc/profile.d/ops.sh"]),
    ),
    // E8 coreutils sort "--files0-from=F: read input from the files specified by NUL-terminated names in file F": the
    // list is root's, the file it names is /tmp's.
    devNodeCase(
        "E8 printf '/tmp/ops.conf\\0' > /etc/ops/list; sysctl -p <(sort --files0-from=/etc/ops/list)-rt88n",
        devNodeScript(n("e8"), [
            "mkdir -p /etc/ops",
            "printf '/tmp/ops.conf\\0' > /etc/ops/list",
            "sysctl -p <(sort --files0-from=/etc/ops/list)",
        ]),
    ),
    // E9 GNU sed "-f script-file: add the commands in script-file": /tmp's sed script may hold e (run a command) or
    // any line.
    devNodeCase(
        "E9 sysctl -p <(sed -n -f /tmp/sel.sed /etc/sysctl.d/99-ops.conf)-rt88n",
        devNodeScript(n("e9"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["vm.max_map_count = 262144"]),
            "sysctl -p <(sed -n -f /tmp/sel.sed /etc/sysctl.d/99-ops.conf)",
        ]),
    ),
    // E10 coreutils head with two files prints both (with headers unless -q): /var/tmp/extra enters the sourced text.
    devNodeCase(
        "E10 source <(head -q -n 50 /etc/ops/env /var/tmp/extra)-rt88n",
        devNodeScript(n("e10"), [
            ...heredocFile("/etc/ops/env", ["CLUSTER=dev"]),
            "source <(head -q -n 50 /etc/ops/env /var/tmp/extra)",
        ]),
    ),
    // E11 GNU tar --force-local: "Archive file is local even if it has a colon": /tmp/ops:agent.tar is a /tmp file.
    devNodeCase(
        "E11 tar --force-local -xf /tmp/ops:agent.tar -C /usr/local/bin; run-rt88n",
        devNodeScript(n("e11"), ["tar --force-local -xf /tmp/ops:agent.tar -C /usr/local/bin", "/usr/local/bin/agent"]),
    ),
    // E12 GNU awk "getline < file": awk copies /tmp/extra's lines after the base profile.
    devNodeCase(
        "E12 awk '1; END { while ((getline l < \"/tmp/extra\") > 0) print l }' base > profile; source-rt88n",
        devNodeScript(n("e12"), [
            ...heredocFile("/etc/ops/base.sh", ["export OPS=1"]),
            `awk '1; END { while ((getline l < "/tmp/extra") > 0) print l }' /etc/ops/base.sh > /etc/profile.d/ops.sh`,
            "source /etc/profile.d/ops.sh",
        ]),
    ),
    // E13 grep -h of a root file and a /tmp file (grep(1) "-h: Suppress the prefixing of file names").
    devNodeCase(
        "E13 sysctl -p <(grep -h . /etc/sysctl.d/99-ops.conf /tmp/extra.conf)-rt88n",
        devNodeScript(n("e13"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["vm.max_map_count = 262144"]),
            "sysctl -p <(grep -h . /etc/sysctl.d/99-ops.conf /tmp/extra.conf)",
        ]),
    ),
    // --- F. values read from planted files (neighbours of the round-87 read/mapfile reading) ---
    // F1 bash(1) "Command Substitution": "$(cat file) can be replaced by the equivalent but faster $(< file)".
    devNodeCase('F1 M=$(< /tmp/mods); insmod "$M"-rt88n', devNodeScript(n("f1"), ["M=$(< /tmp/mods)", 'insmod "$M"'])),
    // F2 a URL read from /tmp (bash(1) read): whoever writes /tmp/url chooses where the program comes from (http://).
    devNodeCase(
        'F2 read -r URL < /tmp/url; curl -o /usr/local/bin/agent "$URL"; run-rt88n',
        devNodeScript(n("f2"), [
            "read -r URL < /tmp/url",
            'curl -fsS -o /usr/local/bin/agent "$URL"',
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // F3 mapfile of a process substitution of cat /var/tmp/list (bash(1) mapfile, Process Substitution).
    devNodeCase(
        'F3 mapfile -t L < <(cat /var/tmp/list); source "${L[0]}"-rt88n',
        devNodeScript(n("f3"), ["mapfile -t L < <(cat /var/tmp/list)", 'source "${L[0]}"']),
    ),
    // F4 a PATH entry read from /tmp (bash(1) read; PATH lookup of ops-agent).
    // Was a MISS (fixed in round 88): rootReads.ts unreadSearchEntry: a search-list entry holding a part the pack cannot read (a value read from a file, a command substitution) is any directory: refused unless its known prefix pins it below a root-owned directory (was: SHELL-EXPANSION: insecure accepted (got []). bash(1) read: D is /tmp/dir's first line, so PATH's first entry is a directory any local user chose and ops-agent is looked up there).
    devNodeCase(
        'F4 read -r D < /tmp/dir; export PATH="$D:$PATH"; ops-agent-rt88n',
        devNodeScript(n("f4"), ["read -r D < /tmp/dir", 'export PATH="$D:$PATH"', "ops-agent --once"]),
    ),
    // F5 a here-string of a planted file's text read into LD_PRELOAD (ld.so(8) LD_PRELOAD) for a root program.
    devNodeCase(
        'F5 read -r L <<< "$(cat /dev/shm/lib)"; LD_PRELOAD="$L" /usr/bin/true-rt88n',
        devNodeScript(n("f5"), ['read -r L <<< "$(cat /dev/shm/lib)"', 'LD_PRELOAD="$L" /usr/bin/true']),
    ),
    // --- G. mounts and links over root-read directories ---
    // G1 tmpfs(5) "mode=: Set initial permissions of the root directory": 1777 at /usr/local/bin lets any local user
    // put ops-agent there before root runs it.
    devNodeCase(
        "G1 mount -t tmpfs -o mode=1777 tmpfs /usr/local/bin; ops-agent-rt88n",
        devNodeScript(n("g1"), ["mount -t tmpfs -o mode=1777 tmpfs /usr/local/bin", "/usr/local/bin/ops-agent"]),
    ),
    // G2 nfs(5) "sec=sys ... the default": AUTH_SYS, no integrity protection nor encryption - the programs root runs
    // come over the network unverified (the rsync:// class).
    // Was a MISS (fixed in round 88): rootReads.ts unprotectedNetworkMount/RootReads.networkMount: a network filesystem without integrity protection (nfs/nfs4 sec=sys, efs without tls, cifs without seal or a signing sec=, 9p over tcp) is an unverified tree (unverifiedTrees), refused at once over a root-read directory (mount(8) words, fstab(5), systemd.mount(5)) (was: MOUNT-READINGS: insecure accepted (got []). nfs(5) "sec=sys ... The default security flavor": AUTH_SYS requests with no integrity nor encryption, so whoever is on the network path serves /usr/local/bin/ops-agent (the rsync:// class)).
    devNodeCase(
        "G2 mount -t nfs4 files.internal:/export/bin /usr/local/bin; run-rt88n",
        devNodeScript(n("g2"), ["mount -t nfs4 files.internal:/export/bin /usr/local/bin", "/usr/local/bin/ops-agent"]),
    ),
    // G3 ln(1) -sfn: /etc/ops becomes a link to /var/tmp/ops-env (symlink(7): path resolution follows it).
    devNodeCase(
        "G3 ln -sfn /var/tmp/ops-env /etc/ops; source /etc/ops/env-rt88n",
        devNodeScript(n("g3"), ["ln -sfn /var/tmp/ops-env /etc/ops", "source /etc/ops/env"]),
    ),
    // G4 a bind of a /dev/shm tree over /etc/sysctl.d, then sysctl --system (sysctl.d(5) reads /etc/sysctl.d/*.conf).
    // Was a MISS (fixed in round 88): userDataReaders/shared.ts ROOT_READ_CONF_DIRECTORIES (sysctl.d, sysusers.d, depmod.d, dracut.conf.d, logrotate.d, yum.repos.d/dnf, NetworkManager dispatcher.d, update-motd.d, audit rules.d) joins READ_BEFORE_WRITE in rootReadDirectory (was: MOUNT-READINGS: insecure accepted (got []). sysctl.d(5): sysctl --system reads /etc/sysctl.d/*.conf; a tree any local user wrote shown there sets kernel.core_pattern = |/dev/shm/x (core(5): a pipe program run as root) or kernel.modprobe).
    devNodeCase(
        "G4 mount --bind /dev/shm/sysctl.d /etc/sysctl.d; sysctl --system-rt88n",
        devNodeScript(n("g4"), ["mount --bind /dev/shm/sysctl.d /etc/sysctl.d", "sysctl --system"]),
    ),
    // --- H. fixed names in world-writable directories (neighbours of the round-87 reused-name reading) ---
    // H1 coreutils install "-d: treat all arguments as directory names; create all components" - like mkdir -p it
    // succeeds on an existing /tmp/ops another user owns.
    devNodeCase(
        "H1 install -d /tmp/ops; cp /etc/ops/agent /tmp/ops/; run-rt88n",
        devNodeScript(n("h1"), ["install -d /tmp/ops", "cp /usr/libexec/ops/agent /tmp/ops/agent", "/tmp/ops/agent"]),
    ),
    // H2 a failing mkdir whose failure is ignored (`|| true`): bash(1) set -e "The shell does not exit if the command
    // that fails is ... part of any command executed in a && or || list".
    devNodeCase(
        "H2 mkdir /var/tmp/ops || true; cp ...; run-rt88n",
        devNodeScript(n("h2"), [
            "mkdir /var/tmp/ops || true",
            "cp /usr/libexec/ops/agent /var/tmp/ops/agent",
            "/var/tmp/ops/agent",
        ]),
    ),
    // H3 coreutils cp -r into a fixed name: if /tmp/ops exists (another user's), the tree lands inside it.
    devNodeCase(
        "H3 cp -r /opt/ops /tmp/ops; /tmp/ops/run.sh-rt88n",
        devNodeScript(n("h3"), ["cp -r /opt/ops /tmp/ops", "/tmp/ops/run.sh"]),
    ),
    // H4 virtualenv (venv's twin, virtualenv docs "User Guide"): /dev/shm/venv reused if it exists.
    devNodeCase(
        "H4 virtualenv /dev/shm/venv; /dev/shm/venv/bin/python /opt/ops/run.py-rt88n",
        devNodeScript(n("h4"), ["virtualenv /dev/shm/venv", "/dev/shm/venv/bin/python /opt/ops/run.py"]),
    ),
    // H5 unzip(1) "-d exdir: An optional directory to which to extract files" (created if missing, reused if there).
    devNodeCase(
        "H5 unzip -o /usr/share/ops/tools.zip -d /tmp/tools; /tmp/tools/run-rt88n",
        devNodeScript(n("h5"), ["unzip -o /usr/share/ops/tools.zip -d /tmp/tools", "/tmp/tools/run"]),
    ),
    // H6 rsync(1) of a tree into a fixed /tmp name (reused if it exists).
    devNodeCase(
        "H6 rsync -a /opt/ops/ /tmp/ops/; /tmp/ops/run.sh-rt88n",
        devNodeScript(n("h6"), ["rsync -a /opt/ops/ /tmp/ops/", "/tmp/ops/run.sh"]),
    ),
    // --- I. cloud-config modules ---
    // I1 cloud-init "Yum Add Repo" (yum_repos): "baseurl ... gpgcheck" written as a .repo file - an http baseurl with
    // gpgcheck off, then packages installs from it (cloud-init "Package Update Upgrade Install").
    // Was a MISS (fixed in round 88): userDataReaders/rootWrites.ts yumRepoText: yum_repos entries are read as the /etc/yum.repos.d/<id>.repo cloud-init writes, followed by the packages module's install read by the script reader (was: PACKAGE-VERIFICATION (cloud-config): insecure accepted (got []). cloud-init module reference "Yum Add Repo": each yum_repos entry is written as /etc/yum.repos.d/<id>.repo with its keys (baseurl, gpgcheck): an http:// baseurl with gpgcheck false, then `packages:` installs from it).
    devNodeCase(
        "I1 cloud-config yum_repos http:// gpgcheck false; packages-rt88n",
        devCloudConfig(n("i1"), [
            "yum_repos:",
            "  ops:",
            "    name: ops",
            "    baseurl: http://repo.internal/ops/$basearch",
            "    enabled: true",
            "    gpgcheck: false",
            "packages:",
            "  - ops-agent",
        ]),
    ),
    // I2 cloud-init "Power State Change": "condition: ... a command string or list to be executed" - /tmp/check runs.
    devNodeCase(
        "I2 cloud-config power_state condition /tmp/check-rt88n",
        devCloudConfig(n("i2"), ["power_state:", "  mode: reboot", "  condition: /tmp/check"]),
    ),
    // I3 cloud-init "Seed Random": "command: execute this command to seed random" - /var/tmp/seed runs as root.
    devNodeCase(
        "I3 cloud-config random_seed command /var/tmp/seed-rt88n",
        devCloudConfig(n("i3"), ["random_seed:", "  command: ['/var/tmp/seed']", "  command_required: true"]),
    ),
    // I4 cloud-init base config "output": "| command" pipes the output into a command cloud-init runs.
    // Was a MISS (fixed in round 88): userDataReaders/rootWrites.ts cloudOutputCommands: cloud-config output values starting with `|` join the table of cloud-config values cloud-init runs as commands (power_state condition, random_seed command ...), read with the runcmd reader (was: CLOUD-CONFIG-COMMANDS: insecure accepted (got []). cloud-init base configuration "output": a value starting with `|` is a command cloud-init pipes its output to (run with sh): root runs /tmp/logger at every stage).
    devNodeCase(
        "I4 cloud-config output all: '| /tmp/logger'-rt88n",
        devCloudConfig(n("i4"), ["output:", "  all: '| /tmp/logger'"]),
    ),
    // I5 cloud-init User-Data Formats "Include file": an http:// URL whose content cloud-init runs as user data.
    devNodeCase("I5 text/x-include-url http://config.internal/node.cfg-rt88n", (r: Resources) =>
        al2023Nodes(
            r,
            n("i5"),
            mime([
                { type: "application/node.eks.aws", body: nodeConfig([]) },
                { type: "text/x-include-url", body: "#include\nhttp://config.internal/node.cfg" },
            ]),
        ),
    ),
    // C18 git-config(1) core.askPass: "the program ... to ask for the user's password" - git runs /var/tmp/ask for the
    // https clone's credentials (persisted, read by every later git).
    devNodeCase(
        "C18 git config --global core.askPass /var/tmp/ask; git clone https://...-rt88n",
        devNodeScript(n("c18"), [
            "git config --global core.askPass /var/tmp/ask",
            "git clone https://git.example.com/ops.git /opt/ops",
        ]),
    ),
    // D8 p11-kit trust(1) "trust anchor: Store or remove trust anchors": /tmp/ca.pem becomes a system CA (every TLS
    // client of the node, curl, dnf, containerd, trusts it).
    devNodeCase(
        "D8 trust anchor /tmp/ca.pem; curl https://...; run-rt88n",
        devNodeScript(n("d8"), [
            "trust anchor /tmp/ca.pem",
            "curl -fsS -o /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // H7 dnf-config-manager(8) "--setopt=<repoid>.<option>=<value> ... --save": sslverify=0 and gpgcheck=0 persisted in
    // the repo file (dnf.conf(5) "sslverify ... When enabled, remote SSL connections will verify the server's
    // certificate", gpgcheck), then a plain `dnf install` reads them: neither TLS nor signatures checked.
    devNodeCase(
        "H7 dnf config-manager --save --setopt=amazonlinux.sslverify=0 ...gpgcheck=0; dnf install-rt88n",
        devNodeScript(n("h7"), [
            "dnf config-manager --save --setopt=amazonlinux.sslverify=0 --setopt=amazonlinux.gpgcheck=0",
            "dnf install -y ops-agent",
        ]),
    ),
    // H8 an in-place edit of AL2023's repo file (content the pack does not know) turning gpgcheck off and its https
    // mirrorlist into http (dnf.conf(5) gpgcheck, mirrorlist), then an install.
    // Was a MISS (fixed in round 88): rootReads.ts packageEditUnread/RootReads.unknownPackageConfiguration: an in-place edit of a package configuration file the pack does not know (anything but `s` commands adding settings that choose no source, key or check) leaves it unknown, and a later install fails closed (was: PACKAGE-VERIFICATION: insecure accepted (got []). dnf.conf(5) gpgcheck and mirrorlist: after the edit the repo is fetched over http:// with no signature check, so whoever is on the path chooses the packages root installs (the round-84 unchecked-over-unverified rule)).
    devNodeCase(
        "H8 sed -i gpgcheck=0, https->http /etc/yum.repos.d/amazonlinux.repo; dnf install-rt88n",
        devNodeScript(n("h8"), [
            "sed -i -e 's/^gpgcheck=1/gpgcheck=0/' -e 's|https://|http://|' /etc/yum.repos.d/amazonlinux.repo",
            "dnf install -y ops-agent",
        ]),
    ),
    // I6 AWS EC2 User Guide "Connect using EC2 Instance Connect": the package sets sshd's AuthorizedKeysCommand, so an
    // IAM principal allowed ec2-instance-connect:SendSSHPublicKey logs in (sudo) - an ordinary-looking dnf line.
    devNodeCase(
        "I6 dnf install -y ec2-instance-connect-rt88n",
        devNodeScript(n("i6"), ["dnf install -y amazon-ssm-agent ec2-instance-connect"]),
        /EC2 Instance Connect/,
    ),
    // --- Round 88 fix neighbours (fix88-node-a): fetchers, git transports, image-pull trust ---
    // git-remote(1) `add <name> <URL>` then git-fetch(1) `<repository>` by the remote's name: the fetched objects enter
    // the repository a later merge checks out (rootReads.ts gitFetchedRepositories).
    devNodeCase(
        "X1 git clone https://...; git remote add mirror http://...; git fetch mirror; git merge; make-fix88",
        devNodeScript(n("x1"), [
            "git clone https://github.com/example/ops.git /opt/ops",
            "git -C /opt/ops remote add mirror http://git.internal/ops.git",
            "git -C /opt/ops fetch mirror",
            "git -C /opt/ops merge --ff-only mirror/main",
            "make -C /opt/ops install",
        ]),
    ),
    // git-config(1) url.<base>.insteadOf given with clone's own -c: the https URL is fetched over git:// (git-clone(1)
    // "The native transport (i.e. git:// URL) does no authentication").
    devNodeCase(
        "X2 git -c url.git://git.internal/.insteadOf=https://github.com/ clone https://...; run-fix88",
        devNodeScript(n("x2"), [
            "git -c url.git://git.internal/.insteadOf=https://github.com/ clone https://github.com/example/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
    ),
    // git(1) ENVIRONMENT GIT_CONFIG_PARAMETERS: the `-c` settings git passes its children, read as -c.
    devNodeCase(
        "X3 GIT_CONFIG_PARAMETERS=\"'http.sslverify'='false'\" git clone https://...; run-fix88",
        devNodeScript(n("x3"), [
            "GIT_CONFIG_PARAMETERS=\"'http.sslverify'='false'\" git clone https://git.example.com/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
    ),
    // GNU Wget manual "Wgetrc Syntax": case- and minus-insensitive: Check-Certificate=off.
    devNodeCase(
        "X4 wget -e Check-Certificate=off -O /usr/local/bin/agent https://...; run-fix88",
        devNodeScript(n("x4"), [
            "wget -e Check-Certificate=off -q -O /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // getopt_long(3) unique abbreviation of --ca-certificate naming a /tmp CA (GNU Wget "--ca-certificate=file").
    devNodeCase(
        "X5 wget --ca-cert=/tmp/ca.pem -O /usr/local/bin/agent https://...; run-fix88",
        devNodeScript(n("x5"), [
            "wget --ca-cert=/tmp/ca.pem -q -O /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // curl before 8.6.0 took unique abbreviations of its long options (curl PR #12631 removed "partial match"):
    // --insec is --insecure.
    devNodeCase(
        "X6 curl --insec -o /usr/local/bin/agent https://...; run-fix88",
        devNodeScript(n("x6"), [
            "curl --insec -fsS -o /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // GNU Wget "URL Format": a host:port without a scheme is fetched over http.
    devNodeCase(
        "X7 wget -O /usr/local/bin/agent mirror.internal:8080/agent; run-fix88",
        devNodeScript(n("x7"), [
            "wget -q -O /usr/local/bin/agent mirror.internal:8080/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // curl(1) PROTOCOLS SMB (smb://, unencrypted; only smbs:// runs over TLS): a scheme the verified list lacks.
    devNodeCase(
        "X8 curl -o /usr/local/bin/agent smb://files.internal/share/agent; run-fix88",
        devNodeScript(n("x8"), [
            "curl -fsS -o /usr/local/bin/agent smb://files.internal/share/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // aria2c's getopt_long abbreviation of --check-certificate=false.
    devNodeCase(
        "X9 aria2c --check-cert=false -d /usr/local/bin -o agent https://...; run-fix88",
        devNodeScript(n("x9"), [
            "aria2c --check-cert=false -d /usr/local/bin -o agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // axel(1) "-k, --insecure: Don't verify the SSL certificate".
    devNodeCase(
        "X10 axel -k -o /usr/local/bin/agent https://...; run-fix88",
        devNodeScript(n("x10"), [
            "axel -q -k -o /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // lftp(1) ssl:verify-certificate: "if set to yes, then verify server's certificate": set to no in its -c commands.
    devNodeCase(
        "X11 lftp -c 'set ssl:verify-certificate no; get https://... -o /usr/local/bin/agent'; run-fix88",
        devNodeScript(n("x11"), [
            "lftp -c 'set ssl:verify-certificate no; get https://artifacts.example.com/agent -o /usr/local/bin/agent'",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // containers-registries.conf(5): REGISTRIES_CONFIG_PATH, CONTAINERS_REGISTRIES_CONF's older name, in /var/tmp.
    devNodeCase(
        "X12 REGISTRIES_CONFIG_PATH=/var/tmp/reg.conf skopeo copy docker://... containers-storage:...-fix88",
        devNodeScript(n("x12"), [
            "REGISTRIES_CONFIG_PATH=/var/tmp/reg.conf skopeo copy docker://registry.internal/ops/agent:1 containers-storage:registry.internal/ops/agent:1",
        ]),
    ),
    // Docker's per-registry CA directory (docker docs "Verify repository client with certificates": /etc/docker/
    // certs.d/<registry>/*.crt are CA roots) filled from /tmp.
    devNodeCase(
        "X13 cp /tmp/ca.crt /etc/docker/certs.d/registry.internal:5000/ca.crt; docker pull-fix88",
        devNodeScript(n("x13"), [
            "mkdir -p /etc/docker/certs.d/registry.internal:5000",
            "cp /tmp/ca.crt /etc/docker/certs.d/registry.internal:5000/ca.crt",
            "nerdctl -n k8s.io pull registry.internal:5000/ops/agent:1",
        ]),
    ),
    // Bottlerocket's older table form of container-registry.mirrors ("registry" = [endpoints]) with plain http.
    basilCase(
        'X14 Bottlerocket [settings.container-registry.mirrors] "docker.io" = ["http://..."]-fix88',
        ["[settings.container-registry.mirrors]", '"docker.io" = ["http://mirror.internal:5000"]'],
        /./,
    ),
    // --- round 88 fixes: neighbours (insecure) ---
    // G4-fix88 logrotate(8): postrotate scripts in /etc/logrotate.d run as root: a /tmp tree bound there chooses them.
    devNodeCase(
        "G4-fix88 mount --bind /tmp/lr /etc/logrotate.d; logrotate /etc/logrotate.conf-rt88n",
        devNodeScript(n("g4f"), ["mount --bind /tmp/lr /etc/logrotate.d", "logrotate /etc/logrotate.conf"]),
    ),
    // G2-fix88 mount.cifs(8): without seal (or a signing sec= flavour) the SMB payload is not integrity-checked.
    devNodeCase(
        "G2-fix88 mount -t cifs //files.internal/bin /usr/local/sbin; run-rt88n",
        devNodeScript(n("g2f"), [
            "mount -t cifs -o credentials=/root/.smbcred //files.internal/bin /usr/local/sbin",
            "/usr/local/sbin/ops-agent",
        ]),
    ),
    // G2-fix88b an NFS export (sec=sys) mounted at a data directory, then a program run from it (unverifiedTrees).
    devNodeCase(
        "G2-fix88b mount files.internal:/tools /mnt/tools; /mnt/tools/setup-rt88n",
        devNodeScript(n("g2g"), ["mkdir -p /mnt/tools", "mount files.internal:/tools /mnt/tools", "/mnt/tools/setup"]),
    ),
    // F4-fix88 a PATH entry from a command substitution of a /var/tmp file (bash(1) "Command Substitution").
    devNodeCase(
        'F4-fix88 export PATH="$(cat /var/tmp/p):$PATH"; ops-agent-rt88n',
        devNodeScript(n("f4f"), ['export PATH="$(cat /var/tmp/p):$PATH"', "ops-agent --once"]),
    ),
    // B7-fix88 GNU tar "--to-command=COMMAND": each extracted file is piped to /dev/shm/filter, run as root.
    devNodeCase(
        "B7-fix88 tar -xf /usr/share/ops/tools.tar -C /opt/tools --to-command=/dev/shm/filter-rt88n",
        devNodeScript(n("b7f"), [
            "mkdir -p /opt/tools",
            "tar -xf /usr/share/ops/tools.tar -C /opt/tools --to-command=/dev/shm/filter",
        ]),
    ),
    // B10-fix88 an exported MAKEFILES (GNU make "The Variable MAKEFILES") read by the make after it.
    devNodeCase(
        "B10-fix88 export MAKEFILES=/var/tmp/extra.mk; make -C /opt/ops-rt88n",
        devNodeScript(n("b10f"), [
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "export MAKEFILES=/var/tmp/extra.mk",
            "make -C /opt/ops",
        ]),
    ),
    // S13-fix88 GNU make "Implicit Variables": INSTALL is the program the install recipes run: /var/tmp/install.
    devNodeCase(
        "S13-fix88 make -C /opt/ops INSTALL=/var/tmp/install install-rt88n",
        devNodeScript(n("s13f"), [
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "make -C /opt/ops INSTALL=/var/tmp/install install",
        ]),
    ),
    // S26-fix88 cmake(1) "-C <initial-cache>: Pre-load a script to populate the cache" (CMake code) from /tmp.
    devNodeCase(
        "S26-fix88 cmake -C /tmp/cache.cmake -S /opt/ops -B /opt/ops/build-rt88n",
        devNodeScript(n("s26f"), [
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "cmake -C /tmp/cache.cmake -S /opt/ops -B /opt/ops/build",
            "cmake --build /opt/ops/build",
        ]),
    ),
    // S26-fix88b cmake --build of a build tree in /tmp (not the checkout's: any user may have made it first).
    devNodeCase(
        "S26-fix88b cmake -S /opt/ops -B /tmp/build; cmake --build /tmp/build-rt88n",
        devNodeScript(n("s26g"), [
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "cmake -S /opt/ops -B /tmp/build",
            "cmake --build /tmp/build",
        ]),
    ),
    // E4-fix88 a brace group's tar of a /var/tmp tree piped into an extraction (bash(1) "Compound Commands": `{ list; }`).
    devNodeCase(
        "E4-fix88 { cd /var/tmp/tools && tar cf - .; } | tar -C /usr/local/bin -xf -; run-rt88n",
        devNodeScript(n("e4f"), [
            "{ cd /var/tmp/tools && tar cf - .; } | tar -C /usr/local/bin -xf -",
            "/usr/local/bin/ops-agent",
        ]),
    ),
    // E5-fix88 find's names (newline-ended, not read here) piped into cpio -p into root's PATH (fail closed).
    devNodeCase(
        "E5-fix88 find /tmp/x | cpio -pdm /usr/local/bin; run-rt88n",
        devNodeScript(n("e5f"), ["find /tmp/x | cpio -pdm /usr/local/bin", "/usr/local/bin/ops-agent"]),
    ),
    // H8-fix88 perlrun(1) -p -i: the same in-place edit by perl (gpgcheck off, https -> http in the image's repo file).
    devNodeCase(
        "H8-fix88 perl -pi -e 's/gpgcheck=1/gpgcheck=0/; s|https://|http://|' amazonlinux.repo; dnf install-rt88n",
        devNodeScript(n("h8f"), [
            "perl -pi -e 's/gpgcheck=1/gpgcheck=0/; s|https://|http://|' /etc/yum.repos.d/amazonlinux.repo",
            "dnf install -y ops-agent",
        ]),
    ),
    // I1-fix88 yum_repos over https with sslverify and gpgcheck off (dnf.conf(5) sslverify, gpgcheck).
    devNodeCase(
        "I1-fix88 cloud-config yum_repos https sslverify false gpgcheck false; packages-rt88n",
        devCloudConfig(n("i1f"), [
            "yum_repos:",
            "  ops:",
            "    name: ops",
            "    baseurl: https://repo.example.com/ops/$basearch",
            "    sslverify: false",
            "    gpgcheck: false",
            "packages:",
            "  - ops-agent",
        ]),
    ),
    // I4-fix88 a per-stage [stdout, stderr] pair whose stdout pipes to /var/tmp/log (cloud-init "Output").
    devNodeCase(
        "I4-fix88 cloud-config output init: ['| /var/tmp/log', '> /var/log/x']-rt88n",
        devCloudConfig(n("i4f"), ["output:", "  init: ['| /var/tmp/log', '> /var/log/ops-init.log']"]),
    ),
    // S18-fix88 tr of a written file whose known text sets BASH_ENV to a /tmp file (bash(1) BASH_ENV), into profile.d.
    devNodeCase(
        "S18-fix88 tr -d '\\r' < written 'export BASH_ENV=/tmp/x' > /etc/profile.d/ops.sh-rt88n",
        devNodeScript(n("s18f"), [
            ...heredocFile("/etc/ops/env.dos", ["export BASH_ENV=/tmp/x"]),
            "tr -d '\\r' < /etc/ops/env.dos > /etc/profile.d/ops.sh",
        ]),
    ),
];

const secure: NodeCase[] = [
    // S1 dnf install from AL2023's own repositories (gpgcheck=1 in /etc/yum.repos.d/amazonlinux.repo).
    devNodeCase(
        "S1 dnf install -y jq nfs-utils amazon-efs-utils-rt88n",
        devNodeScript(n("s1"), ["dnf install -y jq nfs-utils amazon-efs-utils"]),
    ),
    // S2 a verified download: sha256sum(1) -c "read checksums from the FILEs and check them" (errexit stops on a
    // mismatch), into a mktemp -d directory, then installed and run.
    devNodeCase(
        "S2 curl https:// into mktemp -d; sha256sum -c; tar -xzf -C /usr/local/bin; run-rt88n",
        devNodeScript(n("s2"), [
            "WORK=$(mktemp -d)",
            'curl -fsSL -o "$WORK/agent.tgz" https://artifacts.example.com/agent-1.2.3.tgz',
            'echo "3f1c2a7e9b0d4c5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f  $WORK/agent.tgz" | sha256sum -c -',
            'tar -xzf "$WORK/agent.tgz" -C /usr/local/bin agent',
            'rm -rf "$WORK"',
            "/usr/local/bin/agent --version",
        ]),
    ),
    // S3 a systemd drop-in for containerd (systemd.unit(5) "drop-in ... .d/ directory"), then daemon-reload.
    devNodeCase(
        "S3 containerd.service.d/10-limits.conf LimitNOFILE; daemon-reload-rt88n",
        devNodeScript(n("s3"), [
            "mkdir -p /etc/systemd/system/containerd.service.d",
            ...heredocFile("/etc/systemd/system/containerd.service.d/10-limits.conf", [
                "[Service]",
                "LimitNOFILE=1048576",
            ]),
            "systemctl daemon-reload",
        ]),
    ),
    // S4 sysctl.d(5) file and sysctl --system.
    devNodeCase(
        "S4 /etc/sysctl.d/99-k8s.conf; sysctl --system-rt88n",
        devNodeScript(n("s4"), [
            ...heredocFile("/etc/sysctl.d/99-k8s.conf", [
                "net.ipv4.ip_forward = 1",
                "fs.inotify.max_user_watches = 524288",
                "vm.max_map_count = 262144",
            ]),
            "sysctl --system",
        ]),
    ),
    // S5 nodeadm NodeConfig spec.containerd.config (EKS AL2023 docs "nodeadm": a TOML merged into containerd's config).
    devNodeCase("S5 NodeConfig containerd.config discard_unpacked_layers-rt88n", (r: Resources) =>
        al2023Nodes(
            r,
            n("s5"),
            mime([
                {
                    type: "application/node.eks.aws",
                    body: nodeConfig([
                        "  containerd:",
                        "    config: |",
                        '      [plugins."io.containerd.grpc.v1.cri".containerd]',
                        "      discard_unpacked_layers = false",
                    ]),
                },
            ]),
        ),
    ),
    // S6 ${V:+W} naming a system program (bash(1) "Use Alternate Value").
    devNodeCase(
        'S6 OPS_DEBUG=1; "${OPS_DEBUG:+/usr/bin/true}"-rt88n',
        devNodeScript(n("s6"), ["OPS_DEBUG=1", '"${OPS_DEBUG:+/usr/bin/true}"']),
    ),
    // S7 a default naming a root-owned PATH directory, then modprobe (bash(1) PATH lookup).
    devNodeCase(
        'S7 export PATH="${OPS_PATH:-/usr/local/sbin}:$PATH"; modprobe br_netfilter-rt88n',
        devNodeScript(n("s7"), ['export PATH="${OPS_PATH:-/usr/local/sbin}:$PATH"', "modprobe br_netfilter"]),
    ),
    // S8 git-config(1) url.<base>.insteadOf rewriting an ssh URL to https (verified TLS), then the checkout's script.
    devNodeCase(
        'S8 git config --global url."https://github.com/".insteadOf git@github.com:; clone; install.sh-rt88n',
        devNodeScript(n("s8"), [
            'git config --global url."https://github.com/".insteadOf git@github.com:',
            "git clone --depth 1 git@github.com:example/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
    ),
    // S9 git config --global of harmless keys (git-config(1) user.name, init.defaultBranch, safe.directory of root's
    // own checkout).
    devNodeCase(
        "S9 git config --global user.name/init.defaultBranch/safe.directory /opt/ops-rt88n",
        devNodeScript(n("s9"), [
            "git config --global user.name 'node bootstrap'",
            "git config --global init.defaultBranch main",
            "git config --global --add safe.directory /opt/ops",
        ]),
    ),
    // S10 wget -e robots=off (GNU Wget "Wgetrc Commands": robots) over verified https, then run.
    devNodeCase(
        "S10 wget -e robots=off -O /usr/local/bin/agent https://...; run-rt88n",
        devNodeScript(n("s10"), [
            "wget -e robots=off -q -O /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // S11 containers-registries.conf(5) mirror with TLS (insecure unset: false), then pull.
    devNodeCase(
        "S11 registries.conf [[registry.mirror]] over TLS; podman pull-rt88n",
        devNodeScript(n("s11"), [
            ...heredocFile("/etc/containers/registries.conf.d/60-mirror.conf", [
                "[[registry]]",
                'location = "docker.io"',
                "[[registry.mirror]]",
                'location = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/docker-hub"',
            ]),
            "podman pull docker.io/library/busybox:1.36",
        ]),
    ),
    // S12 containerd docs/hosts.md: a hosts.toml naming an ECR pull-through mirror over https (no skip_verify, no ca).
    devNodeCase(
        "S12 hosts.toml https mirror; crictl pull-rt88n",
        devNodeScript(n("s12"), [
            "mkdir -p /etc/containerd/certs.d/docker.io",
            ...heredocFile("/etc/containerd/certs.d/docker.io/hosts.toml", [
                'server = "https://registry-1.docker.io"',
                '[host."https://111111111111.dkr.ecr.eu-west-1.amazonaws.com/v2/docker-hub"]',
                '  capabilities = ["pull", "resolve"]',
                "  override_path = true",
            ]),
            "crictl pull docker.io/library/busybox:1.36",
        ]),
    ),
    // S13 make of a verified https checkout with a data variable (GNU make "Overriding Variables": PREFIX is a path
    // the recipes install under, not a program).
    // Was a MISS (fixed in round 88): commandServers.ts checkoutBuild/buildVariable: a `VAR=value` argument with a data value is the checkout's build; MAKEFILES/MAKEFLAGS, cmake script hooks, unreadable values and world-writable paths stay refused, and rootReads.ts loadedOperands judges make's path values as programs (B1/B4 now refused for their planted values) (was: CHECKOUT-BUILD-TOOLS: secure refused ("root run make -C /opt/ops PREFIX=/usr/local install (code in a language the pack does not read), a program the pack does not read, listening beyond loopback"). GNU make "Overriding Variables": PREFIX=/usr/local is a value the recipes install under; B1/B4 (SHELL=/tmp/sh, CC=/dev/shm/cc) are refused by the same blanket rule, not because their values are planted).
    devNodeCase(
        "S13 git clone https://...; make -C /opt/ops PREFIX=/usr/local install-rt88n",
        devNodeScript(n("s13"), [
            "git clone --depth 1 --branch v1.2.3 https://github.com/example/ops.git /opt/ops",
            "make -C /opt/ops PREFIX=/usr/local install",
        ]),
    ),
    // S14 git clone -c of a harmless setting (git-clone(1) --config core.autocrlf), then make.
    devNodeCase(
        "S14 git clone -c core.autocrlf=false https://...; make -C /opt/ops-rt88n",
        devNodeScript(n("s14"), [
            "git clone -c core.autocrlf=false --depth 1 https://github.com/example/ops.git /opt/ops",
            "make -C /opt/ops",
        ]),
    ),
    // S15 mktemp(1) -d: a new directory of a random name, mode 0700: root's copy there is root's alone.
    devNodeCase(
        'S15 D=$(mktemp -d); cp /usr/libexec/ops/agent "$D/"; "$D/agent"-rt88n',
        devNodeScript(n("s15"), ["D=$(mktemp -d)", 'cp /usr/libexec/ops/agent "$D/agent"', '"$D/agent"']),
    ),
    // S16 a plain mkdir under errexit (the script stops if /tmp/ops exists: mkdir(1) fails on an existing name).
    devNodeCase(
        "S16 mkdir -m 0700 /tmp/ops; cp ...; /tmp/ops/agent-rt88n",
        devNodeScript(n("s16"), [
            "mkdir -m 0700 /tmp/ops",
            "cp /usr/libexec/ops/agent /tmp/ops/agent",
            "/tmp/ops/agent",
        ]),
    ),
    // S17 read of a value from a file the script wrote, into a data file (bash(1) read).
    devNodeCase(
        'S17 read -r CLUSTER < /etc/ops/cluster; echo "CLUSTER=$CLUSTER" > /etc/ops/env-rt88n',
        devNodeScript(n("s17"), [
            ...heredocFile("/etc/ops/cluster", ["dev"]),
            "read -r CLUSTER < /etc/ops/cluster",
            'echo "CLUSTER=$CLUSTER" > /etc/ops/env',
        ]),
    ),
    // S18 tr of a file the script wrote into the profile script (coreutils tr: the same text without CRs).
    // Was a MISS (fixed in round 88): rootReads.ts characterFilterText: tr of literal sets (-d, -s, SET1 SET2) of known text gives that text, judged where it goes (was: LINE-FILTER-TEXT: secure refused ("writes /etc/profile.d/ops.sh ... with a line whose variable name the pack cannot read"). coreutils tr -d '\r' deletes carriage returns: the output is the known text "export OPS=1" without CRs (E2, the same from /tmp, is refused for its planted input)).
    devNodeCase(
        "S18 tr -d '\\r' < /etc/ops/env.dos > /etc/profile.d/ops.sh (written)-rt88n",
        devNodeScript(n("s18"), [
            ...heredocFile("/etc/ops/env.dos", ["export OPS=1"]),
            "tr -d '\\r' < /etc/ops/env.dos > /etc/profile.d/ops.sh",
        ]),
    ),
    // S19 the subshell tar pipe of root's own tree (GNU tar "Copying directory hierarchies").
    devNodeCase(
        "S19 (cd /opt/ops && tar cf - bin) | (cd /usr/local && tar xf -)-rt88n",
        devNodeScript(n("s19"), ["(cd /opt/ops && tar cf - bin) | (cd /usr/local && tar xf -)"]),
    ),
    // S20 cloud-config write_files with inline content and runcmd enabling a shipped unit (cloud-init "Write Files",
    // "Runcmd").
    devNodeCase(
        "S20 cloud-config write_files sysctl + runcmd sysctl --system-rt88n",
        devCloudConfig(n("s20"), [
            "write_files:",
            "  - path: /etc/sysctl.d/99-ops.conf",
            "    permissions: '0644'",
            "    content: |",
            "      vm.max_map_count = 262144",
            "runcmd:",
            "  - [sysctl, --system]",
            "  - [systemctl, enable, --now, amazon-ssm-agent]",
        ]),
    ),
    // S21 cloud-init yum_repos with an https baseurl, gpgcheck on and an https key (cloud-init "Yum Add Repo").
    devNodeCase(
        "S21 cloud-config yum_repos https:// gpgcheck true; packages-rt88n",
        devCloudConfig(n("s21"), [
            "yum_repos:",
            "  ops:",
            "    name: ops",
            "    baseurl: https://repo.example.com/ops/$basearch",
            "    enabled: true",
            "    gpgcheck: true",
            "    gpgkey: https://repo.example.com/ops/RPM-GPG-KEY-ops",
            "packages:",
            "  - ops-agent",
        ]),
    ),
    // S22 tmpfs(5) with mode=0755 at a data directory (root-owned, not world-writable), nothing run from it.
    devNodeCase(
        "S22 mount -t tmpfs -o mode=0755,size=64m tmpfs /var/lib/ops-cache-rt88n",
        devNodeScript(n("s22"), [
            "mkdir -p /var/lib/ops-cache",
            "mount -t tmpfs -o mode=0755,size=64m tmpfs /var/lib/ops-cache",
        ]),
    ),
    // S23 mapfile of a module list the script wrote, modprobe -a of its names (modprobe(8) -a: "Insert all module
    // names on the command line").
    devNodeCase(
        'S23 mapfile -t MODS < /etc/modules-load.d/k8s.conf; modprobe -a "${MODS[@]}"-rt88n',
        devNodeScript(n("s23"), [
            ...heredocFile("/etc/modules-load.d/k8s.conf", ["overlay", "br_netfilter"]),
            "mapfile -t MODS < /etc/modules-load.d/k8s.conf",
            'modprobe -a "${MODS[@]}"',
        ]),
    ),
    // S24 wget --ca-certificate naming the system bundle (GNU Wget "--ca-certificate=file"), then run.
    devNodeCase(
        "S24 wget --ca-certificate=/etc/pki/tls/certs/ca-bundle.crt -O ... https://...; run-rt88n",
        devNodeScript(n("s24"), [
            "wget --ca-certificate=/etc/pki/tls/certs/ca-bundle.crt -q -O /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // S25 Bottlerocket settings.container-registry.mirrors to an ECR pull-through cache over https.
    basilCase(
        "S25 Bottlerocket container-registry.mirrors https ECR pull-through-rt88n",
        [
            "[[settings.container-registry.mirrors]]",
            'registry = "docker.io"',
            'endpoint = ["https://111122223333.dkr.ecr.eu-west-1.amazonaws.com/v2/docker-hub"]',
        ],
        undefined,
    ),
    // S26 CMake's build of the same verified checkout (cmake(1) "-S <path-to-source> -B <path-to-build>", "--build
    // <dir>": runs the generated build system), then install.
    // Was a MISS (fixed in round 88): commandServers.ts cmakeCheckoutReading: cmake -S CHECKOUT -B DIR (data -D values only, no -C/-P/-E/--toolchain/--preset) reads the checkout; its build tree is a checkout for a later `cmake --build`/`--install` (rootWrites.ts view.checkouts via cmakeGeneratedTree) (was: CHECKOUT-BUILD-TOOLS: secure refused ("cmake ... a program the pack does not read, listening beyond loopback"). cmake(1) "-S <path-to-source> -B <path-to-build>" generates the build system from the checkout's CMakeLists.txt and "--build <dir>" runs it: the checkout's code, as make -C over it is (round 87, clean)).
    devNodeCase(
        "S26 git clone https://...; cmake -S /opt/ops -B /opt/ops/build; cmake --build /opt/ops/build-rt88n",
        devNodeScript(n("s26"), [
            "git clone --depth 1 --branch v1.2.3 https://github.com/example/ops.git /opt/ops",
            "cmake -S /opt/ops -B /opt/ops/build",
            "cmake --build /opt/ops/build",
        ]),
    ),
    // S27 sysctl(8) -w of a literal value.
    devNodeCase(
        "S27 sysctl -w net.ipv4.ip_forward=1 vm.max_map_count=262144-rt88n",
        devNodeScript(n("s27"), ["sysctl -w net.ipv4.ip_forward=1 vm.max_map_count=262144"]),
    ),
    // S28 modprobe and a modules-load.d(5) list (literal names) for the next boot.
    devNodeCase(
        "S28 modprobe br_netfilter; echo br_netfilter > /etc/modules-load.d/k8s.conf-rt88n",
        devNodeScript(n("s28"), [
            "modprobe overlay",
            "modprobe br_netfilter",
            "printf '%s\\n' overlay br_netfilter > /etc/modules-load.d/k8s.conf",
        ]),
    ),
    // S29 git-config(1) http.sslCAInfo persisted, naming the system bundle (ca-certificates' file), then a clone and run.
    devNodeCase(
        "S29 git config --system http.sslCAInfo /etc/pki/tls/certs/ca-bundle.crt; clone; run-rt88n",
        devNodeScript(n("s29"), [
            "git config --system http.sslCAInfo /etc/pki/tls/certs/ca-bundle.crt",
            "git clone --depth 1 https://git.example.com/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
    ),
    // S30 a boot log under a fixed /var/tmp name (mkdir -p): written and never read back as code (README: logging there
    // stays accepted).
    devNodeCase(
        "S30 mkdir -p /var/tmp/ops; date > /var/tmp/ops/boot.log-rt88n",
        devNodeScript(n("s30"), ["mkdir -p /var/tmp/ops", "date > /var/tmp/ops/boot.log"]),
    ),
    // S31 dnf-config-manager(8) "--set-enabled repoid": AL2023's own kernel-livepatch repository (signed, https).
    devNodeCase(
        "S31 dnf config-manager --set-enabled kernel-livepatch; dnf install kpatch-dnf-rt88n",
        devNodeScript(n("s31"), ["dnf config-manager --set-enabled kernel-livepatch", "dnf install -y kpatch-dnf"]),
    ),
    // --- Round 88 fix neighbours (fix88-node-a), secure ---
    // git-pull(1) of the clone's own https origin, then make (rootReads.ts gitFetchedRepositories: origin's URL).
    devNodeCase(
        "Y1 git clone https://...; git -C /opt/ops pull --ff-only; make -C /opt/ops-fix88",
        devNodeScript(n("y1"), [
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "git -C /opt/ops pull --ff-only",
            "make -C /opt/ops",
        ]),
    ),
    // git-remote(1) add of an https mirror, fetched by name (verified TLS).
    devNodeCase(
        "Y2 git remote add mirror https://...; git fetch mirror; run-fix88",
        devNodeScript(n("y2"), [
            "git clone https://github.com/example/ops.git /opt/ops",
            "git -C /opt/ops remote add mirror https://git.example.com/ops.git",
            "git -C /opt/ops fetch mirror",
            "/opt/ops/install.sh",
        ]),
    ),
    // git-config(1) url.<base>.insteadOf rewriting git:// to https (the other direction of C1).
    devNodeCase(
        'Y3 git config --global url."https://git.example.com/".insteadOf git://git.example.com/; clone git://...-fix88',
        devNodeScript(n("y3"), [
            'git config --global url."https://git.example.com/".insteadOf git://git.example.com/',
            "git clone git://git.example.com/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
    ),
    // GIT_CONFIG_COUNT setting http.sslVerify=true (git-config(1) ENVIRONMENT).
    devNodeCase(
        "Y4 GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=http.sslVerify GIT_CONFIG_VALUE_0=true git clone; run-fix88",
        devNodeScript(n("y4"), [
            "GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=http.sslVerify GIT_CONFIG_VALUE_0=true git clone https://git.example.com/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
    ),
    // wget -e checkcertificate=on (GNU Wget "Wgetrc Syntax": the squeezed spelling, verification kept).
    devNodeCase(
        "Y5 wget -e checkcertificate=on -O /usr/local/bin/agent https://...; run-fix88",
        devNodeScript(n("y5"), [
            "wget -e checkcertificate=on -q -O /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // wget's abbreviated --ca-cert naming the system bundle, and a --user-agent value that looks like a host path (an
    // option's value, no URL).
    devNodeCase(
        "Y6 wget --ca-cert=/etc/pki/tls/certs/ca-bundle.crt --user-agent ops-bootstrap/1.0 -O ... https://...-fix88",
        devNodeScript(n("y6"), [
            "wget --ca-cert=/etc/pki/tls/certs/ca-bundle.crt --user-agent ops-bootstrap/1.0 -q -O /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // curl through a SOCKS proxy (curl(1) --proxy socks5h://): the proxy's scheme is no URL curl fetches; the https
    // URL is verified end to end.
    devNodeCase(
        "Y7 curl --proxy socks5h://proxy.internal:1080 -o /usr/local/bin/agent https://...; run-fix88",
        devNodeScript(n("y7"), [
            "curl --proxy socks5h://proxy.internal:1080 -fsS -o /usr/local/bin/agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // aria2c with its certificate check on (aria2c(1) --check-certificate=true, the default).
    devNodeCase(
        "Y8 aria2c --check-certificate=true -d /usr/local/bin -o agent https://...; run-fix88",
        devNodeScript(n("y8"), [
            "aria2c --check-certificate=true -d /usr/local/bin -o agent https://artifacts.example.com/agent",
            ...run("/usr/local/bin/agent"),
        ]),
    ),
    // CONTAINERS_REGISTRIES_CONF naming the system file (containers-registries.conf(5)).
    devNodeCase(
        "Y9 CONTAINERS_REGISTRIES_CONF=/etc/containers/registries.conf podman pull-fix88",
        devNodeScript(n("y9"), [
            "CONTAINERS_REGISTRIES_CONF=/etc/containers/registries.conf podman pull registry.internal/ops/agent:1",
        ]),
    ),
    // containers-certs.d(5): the corporate root shipped in the image's anchors copied as a registry's CA.
    devNodeCase(
        "Y10 cp /etc/pki/ca-trust/source/anchors/corp-root.crt /etc/containers/certs.d/registry.internal/-fix88",
        devNodeScript(n("y10"), [
            "mkdir -p /etc/containers/certs.d/registry.internal",
            "cp /etc/pki/ca-trust/source/anchors/corp-root.crt /etc/containers/certs.d/registry.internal/ca.crt",
            "podman pull registry.internal/ops/agent:1",
        ]),
    ),
    // Bottlerocket's older table form of container-registry.mirrors with an https ECR pull-through endpoint.
    basilCase(
        'Y11 Bottlerocket [settings.container-registry.mirrors] "docker.io" = ["https://..."]-fix88',
        [
            "[settings.container-registry.mirrors]",
            '"docker.io" = ["https://111122223333.dkr.ecr.eu-west-1.amazonaws.com/v2/docker-hub"]',
        ],
        undefined,
    ),
    // --- round 88 fixes: neighbours (secure) ---
    // G4-fix88 a bind of a tree the script wrote (root-owned) over /etc/sysctl.d: nothing planted is shown there.
    devNodeCase(
        "G4-fix88 bind of a root-written /etc/ops/sysctl.d over /etc/sysctl.d-rt88n",
        devNodeScript(n("g4s"), [
            "mkdir -p /etc/ops/sysctl.d",
            ...heredocFile("/etc/ops/sysctl.d/99-ops.conf", ["vm.max_map_count = 262144"]),
            "mount --bind /etc/ops/sysctl.d /etc/sysctl.d",
        ]),
    ),
    // G2-fix88 nfs(5) sec=krb5p ("Kerberos 5 with privacy": integrity and encryption) over /usr/local/bin.
    devNodeCase(
        "G2-fix88 mount -t nfs4 -o sec=krb5p files.internal:/export/bin /usr/local/bin-rt88n",
        devNodeScript(n("g2s"), ["mount -t nfs4 -o sec=krb5p files.internal:/export/bin /usr/local/bin"]),
    ),
    // G2-fix88b an EFS file system over TLS (amazon-efs-utils `-o tls`) at a data directory (EFS user guide).
    devNodeCase(
        "G2-fix88b mount -t efs -o tls fs-0123456789abcdef0:/ /mnt/efs-rt88n",
        devNodeScript(n("g2t"), ["mkdir -p /mnt/efs", "mount -t efs -o tls fs-0123456789abcdef0:/ /mnt/efs"]),
    ),
    // F4-fix88 a command substitution below a root-owned directory pins the entry there (uname(1) -m).
    devNodeCase(
        'F4-fix88 export PATH="/opt/ops/$(uname -m)/bin:$PATH"; ops-agent-rt88n',
        devNodeScript(n("f4s"), ['export PATH="/opt/ops/$(uname -m)/bin:$PATH"', "ops-agent --once"]),
    ),
    // B7-fix88 git-clone(1) --template naming git's own shipped templates (root-owned /usr/share/git-core/templates).
    devNodeCase(
        "B7-fix88 git clone --template=/usr/share/git-core/templates https://...; make -C /opt/ops-rt88n",
        devNodeScript(n("b7s"), [
            "git clone --template=/usr/share/git-core/templates https://github.com/example/ops.git /opt/ops",
            "make -C /opt/ops",
        ]),
    ),
    // B10-fix88 MAKEFILES naming a makefile of the checkout itself.
    devNodeCase(
        "B10-fix88 MAKEFILES=/opt/ops/common.mk make -C /opt/ops-rt88n",
        devNodeScript(n("b10s"), [
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "MAKEFILES=/opt/ops/common.mk make -C /opt/ops",
        ]),
    ),
    // S13-fix88 DESTDIR/V data variables (GNU make "Overriding Variables"; GNU Coding Standards "DESTDIR").
    devNodeCase(
        "S13-fix88 make -C /opt/ops DESTDIR=/opt/stage V=1 install-rt88n",
        devNodeScript(n("s13s"), [
            "git clone --depth 1 --branch v1.2.3 https://github.com/example/ops.git /opt/ops",
            "make -C /opt/ops DESTDIR=/opt/stage V=1 install",
        ]),
    ),
    // S26-fix88 cmake with a data -D, Ninja generator, parallel build and install (cmake(1) "Install a Project").
    devNodeCase(
        "S26-fix88 cmake -G Ninja -DCMAKE_BUILD_TYPE=Release; --build --parallel 2; --install --prefix-rt88n",
        devNodeScript(n("s26s"), [
            "git clone --depth 1 --branch v1.2.3 https://github.com/example/ops.git /opt/ops",
            "cmake -G Ninja -DCMAKE_BUILD_TYPE=Release -S /opt/ops -B /opt/ops/build",
            "cmake --build /opt/ops/build --parallel 2",
            "cmake --install /opt/ops/build --prefix /usr/local",
        ]),
    ),
    // E4-fix88 a brace group's tar of a root-owned tree piped into an extraction.
    devNodeCase(
        "E4-fix88 { cd /usr/share/ops && tar cf - bin; } | tar -C /opt/ops -xf - (root-owned)-rt88n",
        devNodeScript(n("e4s"), [
            "mkdir -p /opt/ops",
            "{ cd /usr/share/ops && tar cf - bin; } | tar -C /opt/ops -xf -",
        ]),
    ),
    // E5-fix88 cpio -p of a literal name from a root-owned directory (GNU cpio "Copy-pass mode").
    devNodeCase(
        "E5-fix88 cd /usr/share/ops && printf '%s\\n' agent | cpio -pdm /usr/local/bin-rt88n",
        devNodeScript(n("e5s"), ["cd /usr/share/ops && printf '%s\\n' agent | cpio -pdm /usr/local/bin"]),
    ),
    // H8-fix88 an in-place edit that only enables a repository (dnf.conf(5) enabled), then an install.
    devNodeCase(
        "H8-fix88 sed -i 's/^enabled=0/enabled=1/' kernel-livepatch.repo; dnf install-rt88n",
        devNodeScript(n("h8s"), [
            "sed -i 's/^enabled=0/enabled=1/' /etc/yum.repos.d/kernel-livepatch.repo",
            "dnf install -y kpatch-dnf",
        ]),
    ),
    // I4-fix88 AL2023's own cloud.cfg output setting (cloud-init "Output": `| tee -a /var/log/cloud-init-output.log`).
    devNodeCase(
        "I4-fix88 cloud-config output all: '| tee -a /var/log/cloud-init-output.log'-rt88n",
        devCloudConfig(n("i4s"), ["output:", "  all: '| tee -a /var/log/cloud-init-output.log'"]),
    ),
    // S18-fix88 tr -s squeezing blanks of a written file into profile.d (coreutils tr -s).
    devNodeCase(
        "S18-fix88 tr -s ' ' < /etc/ops/env.in > /etc/profile.d/ops.sh (written)-rt88n",
        devNodeScript(n("s18s"), [
            ...heredocFile("/etc/ops/env.in", ["export  OPS=1"]),
            "tr -s ' ' < /etc/ops/env.in > /etc/profile.d/ops.sh",
        ]),
    ),
];

void MISS;
describeNodeCases("round 88 red team (node): node user data", insecure, secure);
