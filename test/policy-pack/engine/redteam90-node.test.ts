// Red-team round 90 on EKS NODE user data (suffix -rt90n): neighbours of the round-88/89 rules and classes not yet
// tried. Probed: (P) the pinned-digest credit (sha256sum -c under set -e): a check inside a function or brace group
// used as `|| exit 1` / `if !` (bash(1) "set -e": -e ignored in the body), `shopt -ou errexit`, a check in another
// directory, the checksum file re-fetched over http before the check; (V) the verified-download credit: typeset -x,
// set -o allexport, local -x, an expand_aliases alias and a function shadowing curl with --insecure; (F) the fetcher
// table: AWS_ENDPOINT_URL(_S3), `aws configure set endpoint_url/ca_bundle`, aws --ca-bundle, lftp abbreviated
// settings and /etc/lftp.conf, aria2.conf, XDG_CONFIG_HOME's curlrc, wget --ca-directory, SSL_CERT_FILE, declare -x
// GIT_SSL_NO_VERIFY; (M) network mounts: sshfs without host-key checking, s3fs url=http, mount-s3 http endpoint,
// iSCSI without CHAP, autofs NFS maps; (K) apt.conf.d AllowUnauthenticated, sources [trusted=yes], pam_permit in su,
// ld.so.conf include of /var/tmp, cron PATH, systemd EnvironmentFile in /var/tmp, NodeConfig containerd ca_file in
// /var/tmp, a dnf repo sslcacert in /var/tmp; and realistic secure platform setups (SSM/CloudWatch agents, nodeadm
// NodeConfig kubelet/containerd/localStorage, Bottlerocket proxy/sysctl/https mirror, CIS modprobe.d, drop-ins,
// timers, udev, mount-s3 data, aws --ca-bundle of the system bundle, VPC endpoint URL).
// Misses (15 insecure accepted, 3 secure refused):
// - AWS-CLI-CONFIGURATION (5: F1 AWS_ENDPOINT_URL, F2 AWS_ENDPOINT_URL_S3, F3 `aws configure set endpoint_url`, F4 aws
//   --ca-bundle /var/tmp, F5 `aws configure set default.ca_bundle`): rootReads.ts unverifiedFetchSwitches /
//   FETCHER_CA_OPTIONS / fetcherDownloads read only aws's --endpoint-url and --no-verify-ssl.
// - FUSE-AND-AUTOFS-MOUNTS (4: M1b sshfs StrictHostKeyChecking=no, M2 s3fs url=http, M3 mount-s3 --endpoint-url
//   http, M5 autofs NFS map): RootReads.networkMount is reached only from mount/fstab/.mount units.
// - LFTP-SETTING-NAMES (1: F6 `set verify-certificate no`): FETCHER_TRANSPORTS.lftp.tlsOff full name only.
// - FETCHER-CONFIG-FILES (1: F7 /etc/lftp.conf): RootReads.fetcherDownloads runs configuredWords for curl|wget|aria2c
//   only.
// - ERREXIT-SPELLINGS (1: P4 `shopt -ou errexit`): command()'s shopt branch reads only cdable_vars/lastpipe.
// - APT-TRUST-SETTINGS (2: K1 apt.conf.d AllowUnauthenticated, K2 [trusted=yes] http source):
//   packageCheckOffSwitches reads apt's command line only.
// - CONTAINERD-CONFIG-PLANTED-PATHS (1: K7 NodeConfig containerd ca_file=/var/tmp/ca.pem): formats.ts
//   writablePathOpenings judges podWritableRoot only.
// - PINNED-CHECK-STATUS-FORMS (secure refused, 3: S1 `if ! CHECK; then exit 1; fi`, S2 `CHECK || exit 1`, S17
//   `(cd DIR && CHECK)`): pinnedChecks credits only a check outside every condition/list/subshell.
// Fixed in round 90 (fix90-node-a): AWS-CLI-CONFIGURATION (F1-F5), LFTP-SETTING-NAMES (F6), FETCHER-CONFIG-FILES
// (F7), ERREXIT-SPELLINGS (P4), PINNED-CHECK-STATUS-FORMS (S1, S2, S17), with -fix90 neighbours on both sides
// (rootReads.ts awsConfigured, awsConfigSet, RootReads.awsConfigure, lftpSettings, configuredWords,
// RootReads.fetcherDownloads, FETCHER_CA_OPTIONS, failureEndsScript, command()'s shopt -o, saveScope's errexit);
// (fix90-node-b) FUSE-AND-AUTOFS-MOUNTS (M1b, M2, M3, M5; M1 now for its reason), APT-TRUST-SETTINGS (K1, K2),
// CONTAINERD-CONFIG-PLANTED-PATHS (K7), M4 read as an iSCSI client (rootReads.ts FUSE_MOUNTERS, fuseTransport,
// autofsMaster/autofsMap, APT_TRUST_OFF, aptSourcesTrustOff, iscsiSessions; formats.ts writablePathOpenings).
// Held: 22 of 37 insecure refused (P1-P3, P5, P6, V1-V5, F8-F12, M1, M4, K3-K6, K8); 14 of 17 secure clean (S3-S16).
// Notes: M1 is refused for a wrong reason (the remote `host:/srv/tools` read as the node path /srv/tools; M1b with
// /export/tools is accepted); M4 is refused as "iscsiadm ... listening beyond loopback" (iscsiadm -p names the portal it
// connects to, a client): a CHAP-protected iSCSI setup would be refused the same way.
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
    systemdUnit,
    withCloudConfig,
} from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";
import { Resources } from "./support";

const n = (id: string) => `dev-${id}-90n-nodes`;
const SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const TGZ_HTTP = "curl -fsSLo node_exporter.tar.gz http://dl.internal/node_exporter-1.8.1.linux-amd64.tar.gz";
const RUN_HTTP = /run \/usr\/local\/bin\/node_exporter .*fetched with http:/;
/** The round-88/89 pinned shape: into /usr/local/src, fetched over http, `check` lines, extracted and run. */
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
/** An agent binary fetched by `fetch` (to /usr/local/bin/ops-agent), made executable and run. */
const agentRun = (id: string, before: string[], fetch: string) =>
    devNodeScript(n(id), [...before, fetch, "chmod 0755 /usr/local/bin/ops-agent", "/usr/local/bin/ops-agent --once"]);
const S3_AGENT = "aws s3 cp s3://ops-artifacts-111111111111/ops-agent /usr/local/bin/ops-agent";

/** A dev node group whose user data is the NodeConfig with `spec` lines (no script part). */
const devNodeConfig = (name: string, spec: string[]) => (r: Resources) =>
    al2023Nodes(r, name, mime([{ type: "application/node.eks.aws", body: nodeConfig(spec) }]));

/** A dev node group whose user data is the NodeConfig, then one cloud-config part with `lines`. */
const devCloudConfig = (name: string, lines: string[]) => (r: Resources) =>
    al2023Nodes(r, name, withCloudConfig(lines));

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

const insecure: NodeCase[] = [
    // ---- P. the pinned-digest credit: errexit not in force where the check runs.
    // bash(1) "set -e": "The shell does not exit if the command that fails is part of ... any command executed in a
    // && or || list except the command following the final && or || ... If a compound command or shell function
    // executes in a context where -e is being ignored, none of the commands executed within the compound command or
    // function body will be affected by the -e setting" (ShellCheck SC2310: "This applies to ... the left-hand side of
    // || and &&"). `verify || exit 1` looks strict, yet the mismatch does not stop verify: its last command (logger)
    // succeeds, so verify returns 0 and the http tarball is extracted and run.
    devNodeCase(
        "P1 verify() { sha256sum -c; logger ok; }; curl http://...tar.gz; verify || exit 1; tar -x; run-rt90n",
        pinnedScript("p1", [`verify() { ${PIN}; logger -t ops "node_exporter verified"; }`], ["verify || exit 1"]),
        RUN_HTTP,
    ),
    // The same with a brace group (bash(1) "Compound Commands": `{ list; }`; errexit ignored inside it as the left
    // side of ||).
    devNodeCase(
        "P2 curl http://...tar.gz; { echo HASH | sha256sum -c -; echo ok; } || exit 1; tar -x; run-rt90n",
        pinnedScript("p2", [], [`{ ${PIN}; echo verified; } || exit 1`]),
        RUN_HTTP,
    ),
    // `if ! verify; then exit 1; fi` (bash(1): the `if` list and `!` both ignore -e in the function body).
    devNodeCase(
        "P3 verify() { sha256sum -c; echo ok; }; if ! verify; then exit 1; fi; tar -x; run-rt90n",
        pinnedScript("p3", [`verify() { ${PIN}; echo verified; }`], ["if ! verify; then exit 1; fi"]),
        RUN_HTTP,
    ),
    // bash(1) "shopt -o: Restricts the values of optname to be those defined for the -o option to the set builtin";
    // "-u Disable (unset) each optname": `shopt -ou errexit` is `set +e`.
    // Was a MISS (fixed in round 90): ERREXIT-SPELLINGS. bash(1) "shopt -o: Restricts the values of optname to be
    // those defined for the -o option to the set builtin", "-u Disable (unset) each optname": `shopt -ou errexit` is
    // `set +e`. Fixed in policy-pack/engine/rootReads.ts command(): shopt's -o form read as set -o/+o (errexit,
    // physical, allexport), its flags in any bundle or order; an option word the reader cannot read leaves errexit
    // unknown (not on), as does `set -o WORD`.
    devNodeCase(
        "P4 shopt -ou errexit; curl http://...tar.gz; echo HASH | sha256sum -c -; tar -x; run-rt90n",
        pinnedScript("p4", ["shopt -ou errexit"], [PIN]),
        RUN_HTTP,
    ),
    // Neighbours: the flags as separate words (bash(1) "shopt [-pqsu] [-o] [optname ...]").
    devNodeCase(
        "P4a shopt -o -u errexit; curl http://...tar.gz; sha256sum -c; tar -x; run-fix90",
        pinnedScript("p4a", ["shopt -o -u errexit"], [PIN]),
        RUN_HTTP,
    ),
    // An option name the reader cannot read (a file's content) may be errexit: unknown, not on.
    devNodeCase(
        'P4b shopt -ou "$(cat /etc/ops/shell-opts)"; curl http://...tar.gz; sha256sum -c; tar -x; run-fix90',
        pinnedScript("p4b", ['shopt -ou "$(cat /etc/ops/shell-opts)"'], [PIN]),
        RUN_HTTP,
    ),
    // `set -o` with a word the reader cannot read alike (bash(1) "set -o option-name").
    devNodeCase(
        'P4c set +o "$OPS_SHELL_OPT"; curl http://...tar.gz; sha256sum -c; tar -x; run-fix90',
        pinnedScript("p4c", ['set +o "$OPS_SHELL_OPT"'], [PIN]),
        RUN_HTTP,
    ),
    // bash(1) "( list )": -e set inside a subshell ends with it (the script's own stays off).
    devNodeCase(
        "P4d set +e; (set -e); curl http://...tar.gz; sha256sum -c; tar -x; run-fix90",
        pinnedScript("p4d", ["set +e", "(set -e)"], [PIN]),
        RUN_HTTP,
    ),
    // sha256sum(1) -c reads the file the line names relative to the current directory: checked in /var/tmp (a file any
    // local user placed there: the genuine tarball passes), while the http download in /usr/local/src is extracted.
    devNodeCase(
        "P5 curl http://...tar.gz; cd /var/tmp; echo HASH f | sha256sum -c -; cd /usr/local/src; tar -x; run-rt90n",
        pinnedScript("p5", [], ["cd /var/tmp", PIN, "cd /usr/local/src"]),
        RUN_HTTP,
    ),
    // The checksum file the script wrote, then overwritten by a download from the same plain-HTTP server before the
    // check (sha256sum(1) -c reads the file as it is when it runs: the server's digest of its own tarball).
    devNodeCase(
        "P6 echo HASH f > SHA256SUMS; curl http://.../SHA256SUMS -o SHA256SUMS; sha256sum -c SHA256SUMS; run-rt90n",
        pinnedScript(
            "p6",
            [`echo "${SHA}  node_exporter.tar.gz" > SHA256SUMS`],
            [
                "curl -fsSLo SHA256SUMS http://dl.internal/node_exporter-1.8.1.sha256sums",
                "sha256sum -c --ignore-missing SHA256SUMS",
            ],
        ),
        RUN_HTTP,
    ),
    // ---- Round 90 fix neighbours of the status forms S1/S2/S17 credit (rootReads.ts failureEndsScript): a check whose
    // failure does not surely end the script stays uncredited.
    // bash(1) "Lists": `CHECK || echo failed` runs echo on a mismatch and goes on (echo succeeds).
    devNodeCase(
        "P7 curl http://...tar.gz; echo HASH f | sha256sum -c - || echo failed; tar -x; run-fix90",
        pinnedScript("p7", [], [`${PIN} || echo "checksum failed" >&2`]),
        RUN_HTTP,
    ),
    // bash(1) "if": a then-list that only warns goes on to the tarball.
    devNodeCase(
        "P8 curl http://...tar.gz; if ! echo HASH f | sha256sum -c -; then echo warn; fi; tar -x; run-fix90",
        pinnedScript("p8", [], [`if ! ${PIN}; then echo "checksum mismatch" >&2; fi`]),
        RUN_HTTP,
    ),
    // bash(1) "return": "If return is used outside a function, but during execution of a script by the . (source)
    // command ..."; in user data's own script it is an error the script goes on from.
    devNodeCase(
        "P9 curl http://...tar.gz; echo HASH f | sha256sum -c - || return 1; tar -x; run-fix90",
        pinnedScript("p9", [], [`${PIN} || return 1`]),
        RUN_HTTP,
    ),
    // The check skipped when the first element succeeds (bash(1) "Lists": || runs its right side only on failure).
    devNodeCase(
        "P10 curl http://...tar.gz; test -s f || echo HASH f | sha256sum -c - || exit 1; tar -x; run-fix90",
        pinnedScript("p10", [], [`test -s node_exporter.tar.gz || ${PIN} || exit 1`]),
        RUN_HTTP,
    ),
    // A subshell whose failure is ignored (`|| true`), one whose last command is not the check, and one under a
    // script without -e (bash(1) "( list )": the subshell's status is its last command's; set -e inside it ends
    // only the subshell).
    devNodeCase(
        "P11 curl http://...tar.gz; (cd /usr/local/src && echo HASH f | sha256sum -c -) || true; tar -x; run-fix90",
        pinnedScript("p11", [], [`(cd /usr/local/src && ${PIN}) || true`]),
        RUN_HTTP,
    ),
    devNodeCase(
        "P12 curl http://...tar.gz; (cd /usr/local/src && echo HASH f | sha256sum -c -; echo done); tar -x; run-fix90",
        pinnedScript("p12", [], [`(cd /usr/local/src && ${PIN}; echo done)`]),
        RUN_HTTP,
    ),
    devNodeCase(
        "P13 set +e; curl http://...tar.gz; (set -e; echo HASH f | sha256sum -c -); tar -x; run-fix90",
        pinnedScript("p13", ["set +e"], [`(set -e; ${PIN})`]),
        RUN_HTTP,
    ),
    // `||` with a subshell's exit (bash(1) "( list )": exit ends the subshell only; the script goes on).
    devNodeCase(
        "P14 curl http://...tar.gz; echo HASH f | sha256sum -c - || (echo bad; exit 1); tar -x; run-fix90",
        pinnedScript("p14", [], [`${PIN} || (echo bad; exit 1)`]),
        RUN_HTTP,
    ),
    // ---- V. the verified-download credit, neighbours of round 89's exported-environment fix.
    // bash(1) "typeset: ... a synonym for declare"; declare "-x Mark each name for export".
    devNodeCase(
        "V1 typeset -x JOIN_URL=...; curl https://... -o setup.sh; bash setup.sh-rt90n",
        devNodeScript(n("v1"), [
            "mkdir -p /opt/ops",
            "typeset -x JOIN_URL=https://control.example.com",
            SETUP,
            "bash /opt/ops/setup.sh",
        ]),
        /does not know/,
    ),
    // bash(1) "set -o allexport: Same as -a".
    devNodeCase(
        "V2 set -o allexport; JOIN_URL=...; set +o allexport; curl https://... -o setup.sh; bash setup.sh-rt90n",
        devNodeScript(n("v2"), [
            "mkdir -p /opt/ops",
            "set -o allexport",
            "JOIN_URL=https://control.example.com",
            "set +o allexport",
            SETUP,
            "bash /opt/ops/setup.sh",
        ]),
        /does not know/,
    ),
    // bash(1) "local ... can receive any of the options accepted by declare": `local -x` exports to the commands the
    // function runs.
    devNodeCase(
        "V3 join() { local -x JOIN_URL=...; bash setup.sh; }; curl https://... -o setup.sh; join-rt90n",
        devNodeScript(n("v3"), [
            "mkdir -p /opt/ops",
            SETUP,
            "join() { local -x JOIN_URL=https://control.example.com; bash /opt/ops/setup.sh; }",
            "join",
        ]),
        /does not know/,
    ),
    // bash(1) "ALIASES": "Aliases are not expanded when the shell is not interactive, unless the expand_aliases shell
    // option is set": curl is `curl --insecure` (curl(1) "-k, --insecure ... skip the verification step").
    devNodeCase(
        "V4 shopt -s expand_aliases; alias curl='curl --insecure'; curl https://... -o agent; run-rt90n",
        agentRun(
            "v4",
            ["shopt -s expand_aliases", "alias curl='curl --insecure'"],
            "curl -fsSL https://ops.example.com/ops-agent -o /usr/local/bin/ops-agent",
        ),
    ),
    // bash(1) "COMMAND EXECUTION": a function named curl runs instead of the program; it passes --insecure.
    devNodeCase(
        'V5 curl() { command curl --insecure "$@"; }; curl https://... -o agent; run-rt90n',
        agentRun(
            "v5",
            ['curl() { command curl --insecure "$@"; }'],
            "curl -fsSL https://ops.example.com/ops-agent -o /usr/local/bin/ops-agent",
        ),
    ),
    // ---- F. fetcher transports and their configuration (FETCHER_TRANSPORTS neighbours).
    // AWS CLI user guide "Using endpoints in the AWS CLI": "AWS_ENDPOINT_URL - Set global endpoint URL" (`export
    // AWS_ENDPOINT_URL=http://localhost:4567`): every request of `aws s3 cp` goes to that plain-HTTP endpoint.
    // Was a MISS (fixed in round 90): AWS-CLI-CONFIGURATION. The s3:// transfer goes over plain HTTP to whoever
    // answers s3.internal:9000. Fixed in policy-pack/engine/rootReads.ts: RootReads.fetcherDownloads runs
    // configuredWords for every FETCHER_TRANSPORTS program with the command's environment; awsConfigured puts the AWS
    // CLI's configuration chain (AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, the config file's services section and
    // endpoint_url; AWS_CA_BUNDLE, ca_bundle; AWS_CONFIG_FILE, --profile/AWS_PROFILE) as its global options, which
    // the aws row of FETCHER_TRANSPORTS judges (a plain-HTTP or unreadable endpoint is unverified).
    devNodeCase(
        "F1 export AWS_ENDPOINT_URL=http://s3.internal:9000; aws s3 cp s3://.../ops-agent; run-rt90n",
        agentRun("f1", ["export AWS_ENDPOINT_URL=http://s3.internal:9000"], S3_AGENT),
        /run \/usr\/local\/bin\/ops-agent .*fetched with http:\/\/s3\.internal:9000/,
    ),
    // Neighbours: an endpoint the pack cannot read (a file's content: fail closed), a prefix assignment
    // (bash(1) "SIMPLE COMMAND EXPANSION"), and a profile chosen by AWS_PROFILE whose `services` section names the
    // S3 endpoint (AWS SDKs and Tools reference guide "Service-specific endpoints": "services" section).
    devNodeCase(
        'F1a export AWS_ENDPOINT_URL="$(cat /var/tmp/endpoint)"; aws s3 cp s3://.../ops-agent; run-fix90',
        agentRun("f1a", ['export AWS_ENDPOINT_URL="$(cat /var/tmp/endpoint)"'], S3_AGENT),
        /run \/usr\/local\/bin\/ops-agent .*fetched with/,
    ),
    devNodeCase(
        "F1b AWS_ENDPOINT_URL_S3=http://s3.internal:9000 aws s3 cp s3://.../ops-agent; run-fix90",
        agentRun("f1b", [], `AWS_ENDPOINT_URL_S3=http://s3.internal:9000 ${S3_AGENT}`),
        /run \/usr\/local\/bin\/ops-agent .*fetched with http:\/\/s3\.internal:9000/,
    ),
    devNodeCase(
        "F1c /root/.aws/config [profile ops] services=ops-s3, [services ops-s3] s3.endpoint_url=http://...; AWS_PROFILE=ops aws s3 cp-fix90",
        agentRun(
            "f1c",
            [
                "mkdir -p /root/.aws",
                ...heredocFile("/root/.aws/config", [
                    "[profile ops]",
                    "region = eu-west-1",
                    "services = ops-s3",
                    "[services ops-s3]",
                    "s3 =",
                    "  endpoint_url = http://s3.internal:9000",
                ]),
            ],
            `AWS_PROFILE=ops ${S3_AGENT}`,
        ),
        /run \/usr\/local\/bin\/ops-agent .*fetched with http:\/\/s3\.internal:9000/,
    ),
    // Same guide, "Set service-specific endpoints" / "Environment variables": AWS_ENDPOINT_URL_S3.
    // Was a MISS (fixed in round 90): AWS-CLI-CONFIGURATION (as F1): AWS_ENDPOINT_URL_S3 read by awsConfigured.
    devNodeCase(
        "F2 export AWS_ENDPOINT_URL_S3=http://s3.internal:9000; aws s3 cp s3://.../ops-agent; run-rt90n",
        agentRun("f2", ["export AWS_ENDPOINT_URL_S3=http://s3.internal:9000"], S3_AGENT),
        /run \/usr\/local\/bin\/ops-agent .*fetched with http:\/\/s3\.internal:9000/,
    ),
    // Same guide, "Shared config file": `endpoint_url` in a profile (aws configure set writes ~/.aws/config:
    // "aws configure set ... All other values will be written to the config file").
    // Was a MISS (fixed in round 90): AWS-CLI-CONFIGURATION (as F1). Fixed in policy-pack/engine/rootReads.ts
    // RootReads.awsConfigure: `aws configure set` is read as a write of the config file with that setting
    // (awsConfigSet; judged as written, as a heredoc of /root/.aws/config is) and later transfers read it
    // (awsConfigured); any other `aws configure` but get/list writes what the pack cannot read (fail closed).
    devNodeCase(
        "F3 aws configure set endpoint_url http://s3.internal:9000; aws s3 cp s3://.../ops-agent; run-rt90n",
        agentRun("f3", ["aws configure set endpoint_url http://s3.internal:9000"], S3_AGENT),
        /run \/usr\/local\/bin\/ops-agent .*fetched with http:\/\/s3\.internal:9000/,
    ),
    // Neighbours: the named profile's endpoint (aws configure set --profile; AWS_PROFILE picks it), and `aws configure
    // import` (a CSV of credentials: a write the pack cannot read).
    devNodeCase(
        "F3a aws configure set endpoint_url http://... --profile ops; export AWS_PROFILE=ops; aws s3 cp-fix90",
        agentRun(
            "f3a",
            ["aws configure set endpoint_url http://s3.internal:9000 --profile ops", "export AWS_PROFILE=ops"],
            S3_AGENT,
        ),
        /run \/usr\/local\/bin\/ops-agent .*fetched with http:\/\/s3\.internal:9000/,
    ),
    devNodeCase(
        "F3b aws configure import --csv file:///var/tmp/creds.csv; aws s3 cp s3://.../ops-agent; run-fix90",
        agentRun("f3b", ["aws configure import --csv file:///var/tmp/creds.csv"], S3_AGENT),
    ),
    // AWS CLI "Command line options": "--ca-bundle <string> Specifies the certificate authority (CA) certificate
    // bundle to use when verifying SSL certificates": a bundle any local user wrote in /var/tmp.
    // Was a MISS (fixed in round 90): AWS-CLI-CONFIGURATION / CA-OPTION. Fixed in policy-pack/engine/rootReads.ts
    // FETCHER_CA_OPTIONS (an aws row: --ca-bundle, judged with planted where root loads it) and
    // RootReads.fetcherDownloads (a planted or unknown CA its configuration names makes the download unverified).
    devNodeCase(
        "F4 aws --ca-bundle /var/tmp/ca.pem s3 cp s3://.../ops-agent; run-rt90n",
        agentRun(
            "f4",
            [],
            "aws --ca-bundle /var/tmp/ca.pem s3 cp s3://ops-artifacts-111111111111/ops-agent /usr/local/bin/ops-agent",
        ),
        /\/var\/tmp\/ca\.pem/,
    ),
    // Neighbour: AWS_CA_BUNDLE from /dev/shm (AWS SDKs and Tools reference guide: AWS_CA_BUNDLE, the certificate
    // bundle for HTTPS validation), given as a prefix assignment.
    devNodeCase(
        "F4a AWS_CA_BUNDLE=/dev/shm/ca.pem aws s3 cp s3://.../ops-agent; run-fix90",
        agentRun("f4a", [], `AWS_CA_BUNDLE=/dev/shm/ca.pem ${S3_AGENT}`),
        /\/dev\/shm\/ca\.pem/,
    ),
    // AWS CLI config-vars "ca_bundle" in the shared config file (the profile setting --ca-bundle overrides).
    // Was a MISS (fixed in round 90): AWS-CLI-CONFIGURATION (as F3 and F4): the config file's ca_bundle, read by
    // awsConfigured and judged with planted by RootReads.fetcherDownloads.
    devNodeCase(
        "F5 aws configure set default.ca_bundle /var/tmp/ca.pem; aws s3 cp s3://.../ops-agent; run-rt90n",
        agentRun("f5", ["aws configure set default.ca_bundle /var/tmp/ca.pem"], S3_AGENT),
        /\/var\/tmp\/ca\.pem/,
    ),
    // lftp(1) "The name of a variable can be abbreviated unless it becomes ambiguous. The prefix before ':' can be
    // omitted too": `set verify-certificate no` is ssl:verify-certificate.
    // Was a MISS (fixed in round 90): LFTP-SETTING-NAMES. Fixed in policy-pack/engine/rootReads.ts lftpSettings /
    // lftpChecksOff (FETCHER_TRANSPORTS.lftp.tlsOff): each `set NAME` resolved as lftp does (each `-` part a prefix
    // of the setting's, the domain optional or abbreviated, any /closure), ssl:verify-certificate and
    // ssl:check-hostname off in any value but a yes spelling.
    devNodeCase(
        "F6 lftp -c 'set verify-certificate no; get https://... -o agent'; run-rt90n",
        agentRun(
            "f6",
            [],
            "lftp -c 'set verify-certificate no; get https://ops.example.com/ops-agent -o /usr/local/bin/ops-agent'",
        ),
        /run \/usr\/local\/bin\/ops-agent .*fetched with set verify-certificate no/,
    ),
    // Neighbours: ssl:check-hostname abbreviated with its domain (`s:check-h`), and lftp's ssl:ca-file from /var/tmp
    // (lftp(1) "ssl:ca-file (path) use specified file as Certificate Authority certificate"; FETCHER_CA_OPTIONS.lftp).
    devNodeCase(
        "F6a lftp -c 'set s:check-h off; get https://... -o agent'; run-fix90",
        agentRun(
            "f6a",
            [],
            "lftp -c 'set s:check-h off; get https://ops.example.com/ops-agent -o /usr/local/bin/ops-agent'",
        ),
        /fetched with set s:check-h off/,
    ),
    devNodeCase(
        "F6b lftp -c 'set ssl:ca-file /var/tmp/ca.pem; get https://... -o agent'; run-fix90",
        agentRun(
            "f6b",
            [],
            "lftp -c 'set ssl:ca-file /var/tmp/ca.pem; get https://ops.example.com/ops-agent -o /usr/local/bin/ops-agent'",
        ),
        /\/var\/tmp\/ca\.pem/,
    ),
    // lftp.conf(5): "the /etc/lftp.conf configuration file changes the default behavior of lftp ... read when lftp
    // starts up": the setting is in the file, not on the command line.
    // Was a MISS (fixed in round 90): FETCHER-CONFIG-FILES. Fixed in policy-pack/engine/rootReads.ts
    // RootReads.fetcherDownloads (configuredWords for every FETCHER_TRANSPORTS program, and axel's fail-closed
    // UNREAD_DOWNLOADER_CONFIGS) and configuredWords (lftp's rc files read as `-e TEXT` commands before its own; one
    // the pack cannot read fails closed).
    devNodeCase(
        "F7 echo 'set ssl:verify-certificate no' >> /etc/lftp.conf; lftp -c 'get https://...'; run-rt90n",
        agentRun(
            "f7",
            ["echo 'set ssl:verify-certificate no' >> /etc/lftp.conf"],
            "lftp -c 'get https://ops.example.com/ops-agent -o /usr/local/bin/ops-agent'",
        ),
        /run \/usr\/local\/bin\/ops-agent .*fetched with set ssl:verify-certificate no/,
    ),
    // Neighbours: /etc/lftp.conf written whole with the check off for one host (lftp(1) "set var/closure"), root's
    // ~/.lftprc filled by a program (fail closed), and axel's ~/.axelrc the script wrote (axel(1) FILES; read by no
    // reader: fail closed).
    devNodeCase(
        "F7a /etc/lftp.conf set ssl:verify-certificate/ops.example.com false; lftp -c 'get https://...'; run-fix90",
        agentRun(
            "f7a",
            heredocFile("/etc/lftp.conf", ["set net:timeout 30", "set ssl:verify-certificate/ops.example.com false"]),
            "lftp -c 'get https://ops.example.com/ops-agent -o /usr/local/bin/ops-agent'",
        ),
        /run \/usr\/local\/bin\/ops-agent .*fetched with set net:timeout 30/,
    ),
    devNodeCase(
        "F7b curl https://.../lftprc -o /root/.lftprc; lftp -c 'get https://...'; run-fix90",
        agentRun(
            "f7b",
            ["curl -fsSL https://ops.example.com/lftprc -o /root/.lftprc", "sed -i 's/yes/no/' /root/.lftprc"],
            "lftp -c 'get https://ops.example.com/ops-agent -o /usr/local/bin/ops-agent'",
        ),
        /configuration files/,
    ),
    // lftp(1) "source file: execute commands recorded in file": an rc command other than `set` is read as unknown.
    devNodeCase(
        "F7d /etc/lftp.conf source /var/tmp/ops.lftp; lftp -c 'get https://...'; run-fix90",
        agentRun(
            "f7d",
            heredocFile("/etc/lftp.conf", ["set net:timeout 30", "source /var/tmp/ops.lftp"]),
            "lftp -c 'get https://ops.example.com/ops-agent -o /usr/local/bin/ops-agent'",
        ),
        /configuration files/,
    ),
    devNodeCase(
        "F7c printf 'num_connections = 4' > /root/.axelrc; axel -o agent https://...; run-fix90",
        agentRun(
            "f7c",
            ["printf 'num_connections = 4\\n' > /root/.axelrc"],
            "axel -q -o /usr/local/bin/ops-agent https://ops.example.com/ops-agent",
        ),
        /configuration files/,
    ),
    // aria2c(1) "--conf-path=PATH: Change the configuration file path" (default $HOME/.aria2/aria2.conf or
    // $XDG_CONFIG_HOME/aria2/aria2.conf); the file holds `check-certificate=false`.
    devNodeCase(
        "F8 printf check-certificate=false > /root/.aria2/aria2.conf; aria2c https://...; run-rt90n",
        agentRun(
            "f8",
            ["mkdir -p /root/.aria2", "printf 'check-certificate=false\\n' > /root/.aria2/aria2.conf"],
            "aria2c -d /usr/local/bin -o ops-agent https://ops.example.com/ops-agent",
        ),
    ),
    // curl(1) "-K, --config": "curl tries to find the default config file ... $CURL_HOME, $XDG_CONFIG_HOME, $HOME":
    // a .curlrc in the exported XDG_CONFIG_HOME (a /var/tmp directory) is read by every curl after it.
    devNodeCase(
        "F9 export XDG_CONFIG_HOME=/var/tmp/cfg; curl https://... -o agent; run-rt90n",
        agentRun(
            "f9",
            ["export XDG_CONFIG_HOME=/var/tmp/cfg"],
            "curl -fsSL https://ops.example.com/ops-agent -o /usr/local/bin/ops-agent",
        ),
    ),
    // GNU Wget manual "HTTPS (SSL/TLS) Options": "--ca-directory=directory Specifies directory containing CA
    // certificates in PEM format" (a /var/tmp directory any local user fills).
    devNodeCase(
        "F10 wget --ca-directory=/var/tmp/certs -O agent https://...; run-rt90n",
        agentRun(
            "f10",
            [],
            "wget -q --ca-directory=/var/tmp/certs -O /usr/local/bin/ops-agent https://ops.example.com/ops-agent",
        ),
    ),
    // openssl-env(7) SSL_CERT_FILE ("the default certificate file"), used by wget built with OpenSSL (AL2023's) and
    // by curl(1) ("SSL_CERT_FILE ... the CA certificate bundle"), exported from /var/tmp.
    devNodeCase(
        "F11 export SSL_CERT_FILE=/var/tmp/ca.pem; wget -O agent https://...; run-rt90n",
        agentRun(
            "f11",
            ["export SSL_CERT_FILE=/var/tmp/ca.pem"],
            "wget -q -O /usr/local/bin/ops-agent https://ops.example.com/ops-agent",
        ),
    ),
    // git-config(1) http.sslVerify "Can be overridden by the GIT_SSL_NO_VERIFY environment variable", exported by
    // declare -x (bash(1)).
    devNodeCase(
        "F12 declare -x GIT_SSL_NO_VERIFY=1; git clone https://...; make -C /opt/ops install-rt90n",
        devNodeScript(n("f12"), [
            "declare -x GIT_SSL_NO_VERIFY=1",
            "git clone --depth 1 https://github.com/example/ops.git /opt/ops",
            "make -C /opt/ops install",
        ]),
    ),
    // ---- M. network mounts of code root runs.
    // sshfs(1) passes -o to ssh: ssh_config(5) "StrictHostKeyChecking ... If this flag is set to no ... ssh will
    // automatically add new host keys to the user known hosts files and allow connections to hosts with changed
    // hostkeys": whoever answers for tools.internal serves /opt/tools/bin.
    devNodeCase(
        "M1 sshfs -o StrictHostKeyChecking=no ops@tools:/srv /opt/tools; /opt/tools/bin/agent-rt90n",
        devNodeScript(n("m1"), [
            "mkdir -p /opt/tools",
            "sshfs -o ro,StrictHostKeyChecking=no,IdentityFile=/root/.ssh/tools ops@tools.internal:/srv/tools /opt/tools",
            "/opt/tools/bin/ops-agent --once",
        ]),
        /StrictHostKeyChecking=no/,
    ),
    // The same with a remote path outside the pack's pod-writable directories (M1 is refused for reading /srv/tools
    // as a node path, not for the mount).
    // Was a MISS (fixed in round 90): FUSE-AND-AUTOFS-MOUNTS: insecure accepted (got []). sshfs(1) passes -o to ssh; ssh_config(5)
    // "StrictHostKeyChecking ... no ... allow connections to hosts with changed hostkeys": whoever answers for
    // tools.internal serves /opt/tools/bin, which root runs. (M1 is refused only because the remote path /srv/tools
    // is read as a node path under /srv.) Where: policy-pack/engine/rootReads.ts RootReads.networkMount is called for
    // `mount` (mountOpens branch), fstab lines and systemd .mount units; FUSE mounters (sshfs, s3fs, mount-s3, rclone
    // mount, gcsfuse, goofys) and autofs maps are not mounts to the reader, so the mount point stays the script's own
    // root-owned directory. Fix (general): one table of mount programs (mount -t TYPE, mount.TYPE helpers, FUSE
    // mounters, autofs map entries) each giving its source, mount point and transport; an unverified transport (ssh
    // without host-key checking, plain-HTTP endpoints, NFS sec=sys, cifs without seal) makes the mount point an
    // unverified tree (unverifiedTrees), as networkMount does; a remote `host:path` is never a node path.
    devNodeCase(
        "M1b sshfs -o StrictHostKeyChecking=no ops@tools:/export/tools /opt/tools; /opt/tools/bin/agent-rt90n",
        devNodeScript(n("m1b"), [
            "mkdir -p /opt/tools",
            "sshfs -o ro,StrictHostKeyChecking=no,IdentityFile=/root/.ssh/tools ops@tools.internal:/export/tools /opt/tools",
            "/opt/tools/bin/ops-agent --once",
        ]),
        /StrictHostKeyChecking=no/,
    ),
    // s3fs(1) "-o url (default="https://s3.amazonaws.com") sets the url to use to access Amazon S3. If you want to use
    // HTTP, then you can set url=http://s3.amazonaws.com": plain HTTP.
    // Was a MISS (fixed in round 90): FUSE-AND-AUTOFS-MOUNTS (as M1b): insecure accepted (got []). s3fs(1) "-o url
    // (default=\"https://s3.amazonaws.com\") ... If you want to use HTTP, then you can set
    // url=http://s3.amazonaws.com". Where/Fix: as M1b.
    devNodeCase(
        "M2 s3fs ops-tools /opt/tools -o url=http://s3.amazonaws.com; /opt/tools/agent-rt90n",
        devNodeScript(n("m2"), [
            "mkdir -p /opt/tools",
            "s3fs ops-tools /opt/tools -o ro,iam_role=auto,url=http://s3.amazonaws.com",
            "/opt/tools/ops-agent --once",
        ]),
        /url=http:/,
    ),
    // Mountpoint for Amazon S3 (awslabs/mountpoint-s3 CONFIGURATION.md: "--endpoint-url ... S3 endpoint URL"): a
    // plain-HTTP endpoint.
    // Was a MISS (fixed in round 90): FUSE-AND-AUTOFS-MOUNTS (as M1b): insecure accepted (got []). Mountpoint for Amazon S3
    // (awslabs/mountpoint-s3 doc/CONFIGURATION.md "--endpoint-url"): a plain-HTTP endpoint serves /opt/tools.
    // Where/Fix: as M1b (and the endpoint judged as FETCHER_TRANSPORTS' aws row).
    devNodeCase(
        "M3 mount-s3 --endpoint-url http://s3.internal:9000 ops-tools /opt/tools; /opt/tools/agent-rt90n",
        devNodeScript(n("m3"), [
            "mkdir -p /opt/tools",
            "mount-s3 --read-only --endpoint-url http://s3.internal:9000 ops-tools /opt/tools",
            "/opt/tools/ops-agent --once",
        ]),
        /endpoint-url=http:/,
    ),
    // iscsiadm(8) "-m node ... --login": a target discovered on the network, no CHAP (open-iscsi README
    // "node.session.auth.authmethod = None"): whoever answers on 10.0.9.5:3260 serves the block device.
    // Was held for a wrong reason (fixed in round 90): iscsiadm -p was read as a listener (listeners.ts: it connects
    // out, iscsiadm(8) -p "Use target portal"); now refused as an unverified tree (rootReads.ts iscsiDevice, RFC 7143:
    // iSCSI has no integrity protection of the blocks, CHAP authenticates the login only).
    devNodeCase(
        "M4 iscsiadm --login (no CHAP); mount /dev/sdb1 /opt/tools; /opt/tools/agent-rt90n",
        devNodeScript(n("m4"), [
            "iscsiadm -m discovery -t sendtargets -p 10.0.9.5:3260",
            "iscsiadm -m node -T iqn.2024-01.internal.tools:bin -p 10.0.9.5:3260 --login",
            "mkdir -p /opt/tools",
            "mount -o ro /dev/sdb1 /opt/tools",
            "/opt/tools/ops-agent --once",
        ]),
        /iSCSI session/,
    ),
    // auto.master(5) / autofs(5): a map entry mounts nfs.internal:/export/bin on first access (NFS sec=sys default:
    // nfs(5) "sec=sys ... the client's UID and GID ... no cryptographic authentication").
    // Was a MISS (fixed in round 90): FUSE-AND-AUTOFS-MOUNTS (as M1b): insecure accepted (got []). auto.master(5)/autofs(5): the map mounts
    // nfs.internal:/export/bin at /opt/tools/bin on first access; nfs(5) sec=sys (the default) has no cryptographic
    // integrity, which networkMount refuses for `mount -t nfs` and fstab. Where: as M1b (no reader of
    // /etc/auto.master, auto.master.d or the map files it names). Fix (general): read autofs master and map files the
    // script writes as mount lines (fstab-like: options and source) through the same networkMount judgement; a map
    // the pack cannot read (program or unknown map) fails closed.
    devNodeCase(
        "M5 /etc/auto.master /opt/tools auto.tools (bin nfs.internal:/export/bin); /opt/tools/bin/agent-rt90n",
        devNodeScript(n("m5"), [
            "echo '/opt/tools /etc/auto.tools --timeout=300' >> /etc/auto.master",
            "echo 'bin -fstype=nfs4,ro nfs.internal:/export/bin' > /etc/auto.tools",
            "systemctl enable --now autofs",
            "/opt/tools/bin/ops-agent --once",
        ]),
        /nfs4 with sec=sys/,
    ),
    // ---- K. packages, kernel and login configuration.
    // apt.conf(5): "all files in /etc/apt/apt.conf.d are read"; apt-get(8) "--allow-unauthenticated ... Configuration
    // Item: APT::Get::AllowUnauthenticated": persisted in a conf.d file for every later apt-get, with a plain-http
    // source (apt-secure(8) "UNSIGNED REPOSITORIES"): whoever is on the path serves the packages root installs.
    // Was a MISS (fixed in round 90): APT-TRUST-SETTINGS: insecure accepted (got []). The -o spelling of APT::Get::AllowUnauthenticated is
    // refused; the same item in an /etc/apt/apt.conf.d file the script writes (apt.conf(5): every file there is read
    // by every later apt/apt-get) is not. Where: policy-pack/engine/rootReads.ts packageCheckOffSwitches (apt branch:
    // only the command line's --allow-unauthenticated and -o values) with no reader of apt.conf(.d) files (as
    // configuredWords reads wgetrc/curlrc and the dnf branch reads dnf.conf). Fix (general): read apt's configuration
    // files the script writes (/etc/apt/apt.conf, apt.conf.d/*, -c FILE, APT_CONFIG) as -o items before the command
    // line's, through the same table (APT::Get::AllowUnauthenticated, Acquire::AllowInsecureRepositories,
    // Acquire::AllowDowngradeToInsecureRepositories); a file written by a program fails closed.
    devNodeCase(
        "K1 apt.conf.d APT::Get::AllowUnauthenticated true + deb http://...; apt-get install ops-agent-rt90n",
        devNodeScript(n("k1"), [
            "echo 'APT::Get::AllowUnauthenticated \"true\";' > /etc/apt/apt.conf.d/99ops",
            "echo 'deb http://apt.internal/ops stable main' > /etc/apt/sources.list.d/ops.list",
            "apt-get update",
            "apt-get install -y ops-agent",
        ]),
        /AllowUnauthenticated/,
    ),
    // sources.list(5) "trusted (trusted=yes) ... APT will consider the source trusted even if it has no valid
    // signature" over plain http.
    // Was a MISS (fixed in round 90): APT-TRUST-SETTINGS (as K1): insecure accepted (got []). sources.list(5) "trusted (trusted=yes) ... APT
    // will consider the source trusted even if it has no valid signature": over plain http whoever is on the path
    // serves the packages root installs. Where: policy-pack/engine/rootReads.ts packageCheckOffSwitches /
    // unverifiedRepositoryFiles read no apt sources (one-line `[trusted=yes]` or deb822 `Trusted: yes` in
    // /etc/apt/sources.list(.d)). Fix (general): read the apt sources the script writes as the dnf repo files are
    // read (uncheckedPackages): trusted=yes or a signed-by key from a planted path refused; a sources file the pack
    // cannot read fails closed.
    devNodeCase(
        "K2 deb [trusted=yes] http://apt.internal/ops ./; apt-get install ops-agent-rt90n",
        devNodeScript(n("k2"), [
            "echo 'deb [trusted=yes] http://apt.internal/ops ./' > /etc/apt/sources.list.d/ops.list",
            "apt-get update",
            "apt-get install -y ops-agent",
        ]),
        /trusted=yes/,
    ),
    // pam_permit(8) "always returns PAM_SUCCESS": `auth sufficient pam_permit.so` first in /etc/pam.d/su lets any
    // local user `su` to root without a password (pam.conf(5) "sufficient").
    devNodeCase(
        "K3 sed -i '1a auth sufficient pam_permit.so' /etc/pam.d/su-rt90n",
        devNodeScript(n("k3"), ["sed -i '1a auth sufficient pam_permit.so' /etc/pam.d/su"]),
    ),
    // ld.so.conf (ldconfig(8) reads it, glibc's "include" directive: `include /var/tmp/ld.d/*.conf`): the directories
    // those files list are searched for every root program's libraries.
    devNodeCase(
        "K4 echo 'include /var/tmp/ld.d/*.conf' > /etc/ld.so.conf.d/ops.conf; ldconfig-rt90n",
        devNodeScript(n("k4"), ["echo 'include /var/tmp/ld.d/*.conf' > /etc/ld.so.conf.d/ops.conf", "ldconfig"]),
    ),
    // crontab(5): "several environment variables are set up automatically by the cron(8) daemon ... PATH ... can be
    // overridden by settings in the crontab": ops-rotate is looked up in /var/tmp/bin first.
    devNodeCase(
        "K5 /etc/cron.d/ops: PATH=/var/tmp/bin:/usr/bin; */5 * * * * root ops-rotate-rt90n",
        devNodeScript(n("k5"), [
            ...heredocFile("/etc/cron.d/ops", [
                "SHELL=/bin/bash",
                "PATH=/var/tmp/bin:/usr/sbin:/usr/bin",
                "*/5 * * * * root ops-rotate --quiet",
            ]),
        ]),
    ),
    // systemd.exec(5) "EnvironmentFile= ... Similar to Environment= but reads the environment variables from a text
    // file" from /var/tmp: LD_PRELOAD there loads a planted library into the root service (ld.so(8)).
    devNodeCase(
        "K6 unit EnvironmentFile=-/var/tmp/ops.env; ExecStart=/usr/bin/sleep infinity-rt90n",
        devNodeScript(n("k6"), [
            ...systemdUnit("ops", ["EnvironmentFile=-/var/tmp/ops.env", "ExecStart=/usr/bin/sleep infinity"]),
        ]),
    ),
    // nodeadm NodeConfig (awslabs.github.io/amazon-eks-ami/nodeadm: spec.containerd.config is merged into containerd's
    // config.toml); containerd docs/cri/config.md registry.configs "tls ... ca_file": a CA from /var/tmp trusted for
    // the mirror of every image the node pulls.
    // Was a MISS (fixed in round 90): CONTAINERD-CONFIG-PLANTED-PATHS: insecure accepted (got []). containerd docs/cri/config.md
    // registry.configs "tls ... ca_file": a CA any local user wrote in /var/tmp is trusted for mirror.internal:5000,
    // which then serves the node's images (privileged DaemonSets too). Where:
    // policy-pack/engine/userDataReaders/formats.ts containerdOpenings -> writablePathOpenings (judges path values
    // with podWritableRoot only, not the world-writable /tmp, /var/tmp, /dev/shm nor files the script did not write,
    // which rootReads' planted() refuses for shell reads). Fix (general): judge every path a
    // NodeConfig/containerd/kubelet setting names with the same planted/writable test as root's shell reads (one
    // helper), so a /var/tmp ca_file/cert_file/key_file/config_path is refused as a planted trust store.
    devNodeCase(
        "K7 NodeConfig containerd.config registry.configs tls ca_file=/var/tmp/ca.pem-rt90n",
        devNodeConfig(n("k7"), [
            "  containerd:",
            "    config: |",
            '      [plugins."io.containerd.grpc.v1.cri".registry.configs."mirror.internal:5000".tls]',
            '        ca_file = "/var/tmp/ca.pem"',
        ]),
        /world-writable/,
    ),
    // dnf.conf(5) "sslcacert: Path to the file containing the certificate authorities to verify SSL certificates"
    // (a repo option): a /var/tmp CA for the repository, and gpgcheck=0 ("Whether to perform GPG signature check on
    // packages"): whoever holds that CA serves the packages root installs.
    devNodeCase(
        "K8 /etc/yum.repos.d/ops.repo baseurl=https sslcacert=/var/tmp/ca.pem gpgcheck=0; dnf install-rt90n",
        devNodeScript(n("k8"), [
            ...heredocFile("/etc/yum.repos.d/ops.repo", [
                "[ops]",
                "name=ops",
                "baseurl=https://repo.internal.example.com/ops/$basearch",
                "sslcacert=/var/tmp/ca.pem",
                "gpgcheck=0",
                "enabled=1",
            ]),
            "dnf install -y ops-agent",
        ]),
    ),
    // ---- Round 90 fix neighbours (FUSE/autofs mounts, apt trust settings, containerd planted paths).
    // The same table through mount(8)'s type (mount -t fuse.sshfs, "EXTERNAL HELPERS"): ssh_config(5) "accept-new"
    // adds any new host's key, and a fresh node knows none.
    devNodeCase(
        "M6 mount -t fuse.sshfs -o StrictHostKeyChecking=accept-new ops@tools:/export/tools /opt/tools; run-fix90",
        devNodeScript(n("m6"), [
            "mkdir -p /opt/tools",
            "mount -t fuse.sshfs -o ro,StrictHostKeyChecking=accept-new ops@tools.internal:/export/tools /opt/tools",
            "/opt/tools/bin/ops-agent --once",
        ]),
        /StrictHostKeyChecking=accept-new/,
    ),
    // An fstab(5) line of type fuse.s3fs with s3fs(1) url=http:// (mounted by mount -a).
    devNodeCase(
        "M7 fstab 'ops-tools /opt/tools fuse.s3fs _netdev,ro,url=http://s3.internal'; mount -a; run-fix90",
        devNodeScript(n("m7"), [
            "mkdir -p /opt/tools",
            "echo 'ops-tools /opt/tools fuse.s3fs _netdev,ro,iam_role=auto,url=http://s3.internal 0 0' >> /etc/fstab",
            "mount -a",
            "/opt/tools/ops-agent --once",
        ]),
        /url=http:/,
    ),
    // auto.master(5) "/-" direct map from /etc/auto.master.d (the map written first): the key is the mount point.
    devNodeCase(
        "M8 auto.master.d/ops.autofs '/- /etc/auto.direct'; /opt/tools -fstype=nfs4 nfs:/export; run-fix90",
        devNodeScript(n("m8"), [
            "echo '/opt/tools -fstype=nfs4,ro nfs.internal:/export/tools' > /etc/auto.direct",
            "echo '/- /etc/auto.direct' > /etc/auto.master.d/ops.autofs",
            "systemctl enable --now autofs",
            "/opt/tools/bin/ops-agent --once",
        ]),
        /nfs4 with sec=sys/,
    ),
    // sources.list(5) deb822 "Trusted: yes" in a .sources file over plain http.
    devNodeCase(
        "K9 sources.list.d/ops.sources Types: deb URIs: http://... Trusted: yes; apt-get install-fix90",
        devNodeScript(n("k9"), [
            ...heredocFile("/etc/apt/sources.list.d/ops.sources", [
                "Types: deb",
                "URIs: http://apt.internal/ops",
                "Suites: stable",
                "Components: main",
                "Trusted: yes",
            ]),
            "apt-get update",
            "apt-get install -y ops-agent",
        ]),
        /Trusted: yes/,
    ),
    // apt.conf(5) "Syntax": the scoped form `Acquire { AllowInsecureRepositories "true"; };` is the same item.
    devNodeCase(
        "K10 apt.conf.d 'Acquire { AllowInsecureRepositories \"true\"; };'; apt-get update-fix90",
        devNodeScript(n("k10"), [
            ...heredocFile("/etc/apt/apt.conf.d/99insecure", [
                "Acquire {",
                '  AllowInsecureRepositories "true";',
                "};",
            ]),
            "apt-get update",
            "apt-get install -y ops-agent",
        ]),
        /AllowInsecureRepositories/,
    ),
    // containerd docs/hosts.md: config_path names the directory of hosts.toml files (CA, mirrors, skip_verify) for
    // every registry: from /tmp, any local user writes them.
    devNodeCase(
        "K11 NodeConfig containerd.config registry config_path=/tmp/certs.d-fix90",
        devNodeConfig(n("k11"), [
            "  containerd:",
            "    config: |",
            '      [plugins."io.containerd.grpc.v1.cri".registry]',
            '        config_path = "/tmp/certs.d"',
        ]),
        /world-writable/,
    ),
    // iscsiadm(8) "-L, --loginall" after a discovery, the disk mounted from fstab(5) by UUID= (mount -a), a program run.
    devNodeCase(
        "M9 iscsiadm -m discovery; iscsiadm -m node --loginall=all; fstab UUID=... /opt/tools; mount -a; run-fix90",
        devNodeScript(n("m9"), [
            "iscsiadm -m discovery -t st -p 10.0.9.5",
            "iscsiadm -m node --loginall=all",
            "mkdir -p /opt/tools",
            "echo 'UUID=0b6f1c2e-5d7a-4c1b-9f0e-3a2b1c4d5e6f /opt/tools xfs _netdev,ro 0 0' >> /etc/fstab",
            "mount -a",
            "/opt/tools/ops-agent --once",
        ]),
        /iSCSI session/,
    ),
];

const secure: NodeCase[] = [
    // Controls: the same shapes without the planted setting.
    // The pinned check under errexit with an explicit status test (bash(1): `if ! cmd` on the check itself, not on a
    // function whose body ignores -e).
    // Was a MISS (fixed in round 90): PINNED-CHECK-STATUS-FORMS. `if ! CHECK; then ...; exit 1; fi` stops the
    // script on a mismatch as surely as errexit (bash(1) "if": the then-list runs when the condition's status is
    // zero; `!` inverts the pipeline's status). Fixed in policy-pack/engine/rootReads.ts failureEndsScript (the
    // `surely` of RootReads.script, read by pinnedChecks): a check whose failure surely ends the script - `CHECK ||
    // exit N`, `CHECK || { ...; exit N; }`, `if ! CHECK; then ...; exit N; fi` (no elif/else), `( ... && CHECK )` as
    // a statement under set -e; never a function or `{ }` group around it (P1-P3, P7-P14 stay refused).
    devNodeCase(
        "S1 curl http://...tar.gz; if ! echo HASH f | sha256sum -c -; then exit 1; fi; tar -x; run-rt90n",
        pinnedScript("s1", [], [`if ! ${PIN}; then echo "checksum mismatch" >&2; exit 1; fi`]),
        undefined,
    ),
    // Neighbour: the same without set -e (the then-list's exit alone stops the script).
    devNodeCase(
        "S1a set +e; curl http://...tar.gz; if ! echo HASH f | sha256sum -c -; then exit 1; fi; tar -x; run-fix90",
        pinnedScript(
            "s1a",
            ["set +e"],
            [`if ! ${PIN}; then`, '    logger -t ops "checksum mismatch"', "    exit 1", "fi"],
        ),
        undefined,
    ),
    // The check directly followed by `|| exit 1` (the check is the last command of the left side: its status is the
    // list's; bash(1) "Lists").
    // Was a MISS (fixed in round 90): PINNED-CHECK-STATUS-FORMS (as S1): bash(1) "Lists": in `CHECK || exit 1` the
    // exit runs exactly when the check fails (failureEndsScript).
    devNodeCase(
        "S2 curl http://...tar.gz; echo HASH f | sha256sum -c - || exit 1; tar -x; run-rt90n",
        pinnedScript("s2", [], [`${PIN} || exit 1`]),
        undefined,
    ),
    // Neighbour: a group that reports and exits (bash(1) "{ list; }": the list runs in the script's own shell, so its
    // exit ends the script).
    devNodeCase(
        "S2a curl http://...tar.gz; echo HASH f | sha256sum -c - || { echo bad >&2; exit 1; }; tar -x; run-fix90",
        pinnedScript("s2a", [], [`${PIN} || { echo "checksum mismatch" >&2; exit 1; }`]),
        undefined,
    ),
    // The check in a subshell that changes directory first (bash(1) "( list )": the subshell's status is that of its
    // last command, sha256sum here; under set -e a failing subshell stops the script).
    // Was a MISS (fixed in round 90): PINNED-CHECK-STATUS-FORMS (as S1): bash(1) "( list )" runs in a subshell whose
    // status is its last command's; under set -e a failing subshell exits the script, and the && list's last element
    // is the check (failureEndsScript; the cwd inside the subshell is the one named).
    devNodeCase(
        "S17 curl http://...tar.gz; (cd /usr/local/src && echo HASH f | sha256sum -c -); tar -x; run-rt90n",
        pinnedScript("s17", [], [`(cd /usr/local/src && ${PIN})`]),
        undefined,
    ),
    // Neighbour: `;` inside the subshell, the check its last command.
    devNodeCase(
        "S17a curl http://...tar.gz; (cd /usr/local/src; echo HASH f | sha256sum -c -); tar -x; run-fix90",
        pinnedScript("s17a", [], [`(cd /usr/local/src; ${PIN})`]),
        undefined,
    ),
    // Neighbour of P4: `shopt -os errexit` after `set +e` turns -e back on (bash(1) "shopt -o", "-s").
    devNodeCase(
        "S17b set +e; shopt -os errexit; curl http://...tar.gz; echo HASH f | sha256sum -c -; tar -x; run-fix90",
        pinnedScript("s17b", ["set +e", "shopt -os errexit", "shopt -s nullglob"], [PIN]),
        undefined,
    ),
    // aws s3 cp over the CLI's default TLS with the system bundle named explicitly (AWS CLI --ca-bundle; AL2023's
    // /etc/pki/tls/certs/ca-bundle.crt is root-owned, update-ca-trust(8)).
    devNodeCase(
        "S3 aws --ca-bundle /etc/pki/tls/certs/ca-bundle.crt s3 cp s3://.../ops-agent; run-rt90n",
        agentRun(
            "s3",
            [],
            "aws --ca-bundle /etc/pki/tls/certs/ca-bundle.crt s3 cp s3://ops-artifacts-111111111111/ops-agent /usr/local/bin/ops-agent",
        ),
    ),
    // The regional S3 endpoint over https (AWS CLI "Using endpoints": AWS_ENDPOINT_URL_S3; a VPC interface endpoint's
    // https DNS name, Amazon S3 User Guide "AWS PrivateLink for Amazon S3").
    devNodeCase(
        "S4 export AWS_ENDPOINT_URL_S3=https://bucket.vpce-0abc.s3.eu-west-1.vpce.amazonaws.com; aws s3 cp; run-rt90n",
        agentRun(
            "s4",
            ["export AWS_ENDPOINT_URL_S3=https://bucket.vpce-0abc123.s3.eu-west-1.vpce.amazonaws.com"],
            S3_AGENT,
        ),
    ),
    // Round 90 fix neighbours (AWS CLI configuration, awsConfigured): the command's own --endpoint-url overrides the
    // environment's (AWS CLI "Using endpoints": "To override any endpoint settings or environment variables for a
    // single command, use the --endpoint-url command line option"); `aws configure set` of a region and output
    // (judged as a written config file: no endpoint or trust setting); AWS_CA_BUNDLE naming the system bundle.
    devNodeCase(
        "S4a export AWS_ENDPOINT_URL=http://...; aws --endpoint-url https://s3.eu-west-1.amazonaws.com s3 cp; run-fix90",
        agentRun(
            "s4a",
            ["export AWS_ENDPOINT_URL=http://localstack.internal:4566"],
            "aws --endpoint-url https://s3.eu-west-1.amazonaws.com s3 cp s3://ops-artifacts-111111111111/ops-agent /usr/local/bin/ops-agent",
        ),
    ),
    devNodeCase(
        "S4b aws configure set default.region eu-west-1; aws configure set output json; aws s3 cp; run-fix90",
        agentRun("s4b", ["aws configure set default.region eu-west-1", "aws configure set output json"], S3_AGENT),
    ),
    devNodeCase(
        "S4c export AWS_CA_BUNDLE=/etc/pki/tls/certs/ca-bundle.crt; aws s3 cp s3://.../ops-agent; run-fix90",
        agentRun("s4c", ["export AWS_CA_BUNDLE=/etc/pki/tls/certs/ca-bundle.crt"], S3_AGENT),
    ),
    // lftp's rc file with the checks on (lftp(1) "set"; lftpSettings): /etc/lftp.conf with a timeout and
    // ssl:verify-certificate yes, abbreviated.
    devNodeCase(
        "S6a /etc/lftp.conf set net:timeout 30, set verify-cert yes; lftp -c 'get https://...'; run-fix90",
        agentRun(
            "s6a",
            heredocFile("/etc/lftp.conf", ["set net:timeout 30", "set verify-cert yes"]),
            "lftp -c 'get https://ops.example.com/ops-agent -o /usr/local/bin/ops-agent'",
        ),
    ),
    // curl restricted to https (curl(1) "--proto =https", "--tlsv1.2"), the kubectl install of the Kubernetes docs
    // ("Install and Set Up kubectl on Linux": curl -LO https://dl.k8s.io/release/...).
    devNodeCase(
        "S5 curl --proto '=https' --tlsv1.2 -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/...; kubectl version-rt90n",
        devNodeScript(n("s5"), [
            "curl --proto '=https' --tlsv1.2 -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.2/bin/linux/amd64/kubectl",
            "chmod 0755 /usr/local/bin/kubectl",
            "/usr/local/bin/kubectl version --client",
        ]),
    ),
    // lftp with the CA file of the system (lftp(1) "ssl:ca-file (path) use specified file as Certificate Authority
    // certificate"), verification on.
    devNodeCase(
        "S6 lftp -c 'set ssl:ca-file /etc/pki/tls/certs/ca-bundle.crt; get https://...'; run-rt90n",
        agentRun(
            "s6",
            [],
            "lftp -c 'set ssl:ca-file /etc/pki/tls/certs/ca-bundle.crt; get https://ops.example.com/ops-agent -o /usr/local/bin/ops-agent'",
        ),
    ),
    // AWS Systems Manager user guide "Manually installing SSM Agent on Amazon Linux 2023": `sudo dnf install -y
    // https://s3.amazonaws.com/ec2-downloads-windows/SSMAgent/latest/linux_amd64/amazon-ssm-agent.rpm`, then enable.
    devNodeCase(
        "S7 dnf install -y https://s3.amazonaws.com/.../amazon-ssm-agent.rpm; systemctl enable --now amazon-ssm-agent-rt90n",
        devNodeScript(n("s7"), [
            "dnf install -y https://s3.amazonaws.com/ec2-downloads-windows/SSMAgent/latest/linux_amd64/amazon-ssm-agent.rpm",
            "systemctl enable --now amazon-ssm-agent",
        ]),
    ),
    // SSM Agent's configuration from its packaged template (AWS Systems Manager user guide "Working with SSM Agent
    // ... configuration file": "copy amazon-ssm-agent.json.template to a new file named amazon-ssm-agent.json"), then
    // a restart: the agent's defaults, nothing planted.
    devNodeCase(
        "S8 cp /etc/amazon/ssm/amazon-ssm-agent.json.template amazon-ssm-agent.json; systemctl restart amazon-ssm-agent-rt90n",
        devNodeScript(n("s8"), [
            "cp /etc/amazon/ssm/amazon-ssm-agent.json.template /etc/amazon/ssm/amazon-ssm-agent.json",
            "systemctl restart amazon-ssm-agent",
        ]),
    ),
    // CIS Amazon Linux 2023 benchmark 1.1.1: `install cramfs /bin/false` + `blacklist cramfs` in modprobe.d, and
    // a sysctl.d drop-in applied with `sysctl --system` (sysctl.d(5)).
    devNodeCase(
        "S9 modprobe.d install cramfs /bin/false; sysctl.d vm.max_map_count; sysctl --system-rt90n",
        devNodeScript(n("s9"), [
            "printf 'install cramfs /bin/false\\nblacklist cramfs\\n' > /etc/modprobe.d/cramfs.conf",
            "echo 'vm.max_map_count = 262144' > /etc/sysctl.d/90-ops.conf",
            "sysctl --system",
        ]),
    ),
    // A containerd drop-in (systemd.unit(5) "Drop-in directories ... foo.service.d/*.conf") raising limits.
    devNodeCase(
        "S10 /etc/systemd/system/containerd.service.d/10-limits.conf LimitNOFILE=1048576-rt90n",
        devNodeScript(n("s10"), [
            ...heredocFile("/etc/systemd/system/containerd.service.d/10-limits.conf", [
                "[Service]",
                "LimitNOFILE=1048576",
                "LimitMEMLOCK=infinity",
            ]),
            "systemctl daemon-reload",
        ]),
    ),
    // A systemd timer (systemd.timer(5) OnCalendar=) running fstrim (/usr/sbin, packaged).
    devNodeCase(
        "S11 ops-trim.timer OnCalendar=weekly -> ops-trim.service ExecStart=/usr/sbin/fstrim -av-rt90n",
        devNodeScript(n("s11"), [
            ...heredocFile("/etc/systemd/system/ops-trim.service", [
                "[Unit]",
                "Description=trim",
                "[Service]",
                "Type=oneshot",
                "ExecStart=/usr/sbin/fstrim -av",
            ]),
            ...heredocFile("/etc/systemd/system/ops-trim.timer", [
                "[Unit]",
                "Description=weekly trim",
                "[Timer]",
                "OnCalendar=weekly",
                "Persistent=true",
                "[Install]",
                "WantedBy=timers.target",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ops-trim.timer",
        ]),
    ),
    // A udev rule naming EC2 instance-store NVMe disks (udev(7) KERNEL/ATTRS/SYMLINK; EC2 user guide "Instance store
    // volumes": model "Amazon EC2 NVMe Instance Storage"), nothing run.
    devNodeCase(
        "S12 udev rule SYMLINK+=local-nvme%n for Amazon EC2 NVMe Instance Storage-rt90n",
        devNodeScript(n("s12"), [
            `echo 'KERNEL=="nvme*n1", ATTRS{model}=="Amazon EC2 NVMe Instance Storage*", SYMLINK+="local-nvme%n"' > /etc/udev/rules.d/90-local-nvme.rules`,
            "udevadm control --reload-rules",
            "udevadm trigger --subsystem-match=block",
        ]),
    ),
    // nodeadm NodeConfig kubelet config and containerd config (amazon-eks-ami doc "nodeadm examples": maxPods,
    // containerd discard_unpacked_layers) plus instance-store RAID0 (spec.instance.localStorage.strategy).
    devNodeCase(
        "S13 NodeConfig kubelet maxPods, containerd discard_unpacked_layers, localStorage RAID0-rt90n",
        devNodeConfig(n("s13"), [
            "  kubelet:",
            "    config:",
            "      maxPods: 110",
            "      shutdownGracePeriod: 30s",
            "  containerd:",
            "    config: |",
            '      [plugins."io.containerd.grpc.v1.cri".containerd]',
            "      discard_unpacked_layers = true",
            "  instance:",
            "    localStorage:",
            "      strategy: RAID0",
        ]),
    ),
    // Bottlerocket settings: a proxy for the host's https traffic (bottlerocket.dev "settings.network.https-proxy":
    // TLS is end to end, CONNECT tunnel), no-proxy the cluster endpoint, a sysctl, and an https registry mirror.
    basilCase(
        "S14 Bottlerocket network.https-proxy, no-proxy, kernel.sysctl, https mirror-rt90n",
        [
            "[settings.network]",
            'https-proxy = "http://proxy.internal:3128"',
            'no-proxy = ["localhost", "127.0.0.1", ".eks.amazonaws.com", "169.254.169.254"]',
            "[settings.kernel.sysctl]",
            '"vm.max_map_count" = "262144"',
            "[[settings.container-registry.mirrors]]",
            'registry = "docker.io"',
            'endpoint = ["https://mirror.internal.example.com"]',
        ],
        undefined,
    ),
    // Mountpoint for Amazon S3 read-only data (AWS "Mountpoint for Amazon S3" user guide: `mount-s3 --read-only
    // BUCKET DIR`): nothing root runs comes from it.
    devNodeCase(
        "S15 mount-s3 --read-only ops-models /var/lib/ops/models (data only)-rt90n",
        devNodeScript(n("s15"), [
            "dnf install -y https://s3.amazonaws.com/mountpoint-s3-release/latest/x86_64/mount-s3.rpm",
            "mkdir -p /var/lib/ops/models",
            "mount-s3 --read-only ops-models-111111111111 /var/lib/ops/models",
        ]),
    ),
    // cloud-config write_files of a CloudWatch agent config + runcmd (cloud-init docs "Write Files", "Runcmd").
    devNodeCase(
        "S16 cloud-config write_files amazon-cloudwatch-agent.json + runcmd fetch-config-rt90n",
        devCloudConfig(n("s16"), [
            "packages:",
            "  - amazon-cloudwatch-agent",
            "write_files:",
            "  - path: /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json",
            "    permissions: '0644'",
            "    content: |",
            '      {"logs": {"logs_collected": {"files": {"collect_list": [{"file_path": "/var/log/messages", "log_group_name": "eks-nodes"}]}}}}',
            "runcmd:",
            "  - [/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl, -a, fetch-config, -m, ec2, -s, -c, 'file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json']",
        ]),
    ),
    // ---- Round 90 fix neighbours (secure).
    // sshfs with host-key checking on against a root-owned known_hosts (ssh_config(5) "StrictHostKeyChecking yes":
    // "ssh will never automatically add host keys ... and refuses to connect to hosts whose host key has changed").
    devNodeCase(
        "S18 sshfs -o StrictHostKeyChecking=yes,UserKnownHostsFile=/etc/ssh/ssh_known_hosts ops@tools:/export; run-fix90",
        devNodeScript(n("s18"), [
            "mkdir -p /opt/tools",
            "sshfs -o ro,StrictHostKeyChecking=yes,UserKnownHostsFile=/etc/ssh/ssh_known_hosts,IdentityFile=/root/.ssh/tools ops@tools.internal:/export/tools /opt/tools",
            "/opt/tools/bin/ops-agent --once",
        ]),
    ),
    // Mountpoint for Amazon S3 with the regional https endpoint (doc/CONFIGURATION.md --endpoint-url).
    devNodeCase(
        "S19 mount-s3 --read-only --endpoint-url https://s3.eu-west-1.amazonaws.com ops-tools /opt/tools-fix90",
        devNodeScript(n("s19"), [
            "mkdir -p /opt/tools",
            "mount-s3 --read-only --endpoint-url https://s3.eu-west-1.amazonaws.com ops-tools-111111111111 /opt/tools",
        ]),
    ),
    // An autofs NFS map with Kerberos integrity (nfs(5) "sec=krb5p ... with privacy").
    devNodeCase(
        "S20 /etc/auto.master /opt/tools /etc/auto.tools; bin -fstype=nfs4,sec=krb5p nfs:/export/bin-fix90",
        devNodeScript(n("s20"), [
            "echo '/opt/tools /etc/auto.tools --timeout=300' >> /etc/auto.master",
            "echo 'bin -fstype=nfs4,ro,sec=krb5p nfs.internal:/export/bin' > /etc/auto.tools",
            "systemctl enable --now autofs",
            "/opt/tools/bin/ops-agent --once",
        ]),
    ),
    // apt.conf.d settings that change no trust (apt.conf(5) APT::Install-Recommends, Acquire::Retries) and a source
    // signed by a root-owned keyring (sources.list(5) "Signed-By (signed-by)").
    devNodeCase(
        "S21 apt.conf.d Install-Recommends false, Retries 3; deb [signed-by=/usr/share/keyrings/ops.gpg] https://...-fix90",
        devNodeScript(n("s21"), [
            ...heredocFile("/etc/apt/apt.conf.d/90ops", ['APT::Install-Recommends "false";', 'Acquire::Retries "3";']),
            "echo 'deb [signed-by=/usr/share/keyrings/ops.gpg] https://apt.internal.example.com/ops stable main' > /etc/apt/sources.list.d/ops.list",
            "apt-get update",
            "apt-get install -y ops-agent",
        ]),
    ),
    // containerd's registry config_path in its own root-owned directory (containerd docs/hosts.md).
    devNodeCase(
        "S22 NodeConfig containerd.config registry config_path=/etc/containerd/certs.d-fix90",
        devNodeConfig(n("s22"), [
            "  containerd:",
            "    config: |",
            '      [plugins."io.containerd.grpc.v1.cri".registry]',
            '        config_path = "/etc/containerd/certs.d"',
        ]),
    ),
    // An iSCSI data volume with CHAP (open-iscsi README "node.session.auth.authmethod = CHAP"), mounted for data only:
    // iscsiadm connects to the portal (iscsiadm(8) -p), it listens on nothing, and root runs nothing from the disk.
    devNodeCase(
        "S23 iscsiadm -m node -o update authmethod CHAP; --login; mount /dev/sdb1 /var/lib/ops/data (data only)-fix90",
        devNodeScript(n("s23"), [
            "iscsiadm -m discovery -t sendtargets -p 10.0.9.5:3260",
            "iscsiadm -m node -T iqn.2024-01.internal.tools:data -p 10.0.9.5:3260 -o update -n node.session.auth.authmethod -v CHAP",
            "iscsiadm -m node -T iqn.2024-01.internal.tools:data -p 10.0.9.5:3260 --login",
            "mkdir -p /var/lib/ops/data",
            "mount -o nosuid,nodev,noexec /dev/sdb1 /var/lib/ops/data",
        ]),
    ),
];

describeNodeCases("red team 90: node user data (fetchers, pinned digests, mounts, packages)", insecure, secure);
