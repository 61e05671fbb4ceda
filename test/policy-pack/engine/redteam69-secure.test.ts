// Red-team round 69 on false positives across all seven committed stacks (fresh eyes): SECURE variants a careful
// platform team deploys beside the custody workloads, each with an insecure twin that must stay refused (so no case
// passes by the pack accepting everything).
// Probed: (AWS) an explicit key-policy Deny of ScheduleKeyDeletion/DisableKey (dev share-1) and of TLS-less requests
// (cross-account key), cost tags on a table and a share key, declared custody:operations auditors (prod tableAudit +
// keyAudit, basil keyAudit), CloudWatch Logs/metrics readers (pod-identity, account B of cross-account), Session Manager
// read-only (curity), another team's Pod Identity role in a restricted namespace, tags/description/maxSessionDuration
// on the signer's and trust domain's roles; (Kubernetes) a restricted namespace with its own edit Role, a cluster read
// ClusterRole without secrets, EKS access entries with AmazonEKSViewPolicy (namespace and cluster scope); (nodes) Python
// subprocess with cwd=/stdin=/stdout=, shell=True, os.popen read, env= literal; Go Cmd.Env/Stdout writes; perl exec
// LIST and backticks; ruby backticks and spawn; env -C, timeout/nice/ionice/flock, systemd-run wrappers; supervisord
// directory=; a node_exporter unit with a harmless drop-in. Twins: key/table grants to outside roles, auditors with item
// reads or CreateGrant, Decrypt via key/*, StartSession on instances, pods in spirl-server, cluster-wide secrets, Edit
// access policies, the same helpers serving / (or the kubelet's directory) on every address, a drop-in rebinding ExecStart.
// Misses: 0 insecure accepted (insecure refused 28 of 28), 6 secure refused (secure clean 24 of 30):
//   (AWS) SSM Describe*/GetConnectionStatus reads refused (ssm is secret-bearing; READS_WITHOUT_SECRET lacks them);
//   (literal commands) Go `cmd.Env = append(os.Environ(), "LC_ALL=C")` and Python `env={'LC_ALL': 'C'}` (any env write
//   is unread); perl and ruby literal backticks (literalScriptCommands reads system/exec only); ruby spawn(literal...).
// Held: every other secure variant is accepted clean and every twin refused.
import { describeVariants, doc, find, prop, Resources, setProp, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { editDoc, namespace, roleFor } from "./variantBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";

const { node } = secureCaseBuilders("rt69");
const file = heredocFile;
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const RBAC = "rbac.authorization.k8s.io";
const arnOf = (r: Resources, type: string, name: string) => prop(find(r, type, name), "arn") as string;
const keyPolicy = (r: Resources, key: string, s: object) =>
    editDoc(find(r, KEY, key), "policy", d => void d.Statement.push(s as Record<string, unknown>));
const OBS = { kind: "Group", name: "team-observability", apiGroup: RBAC };
const LISTENER = /serv|8001|8000|process|unread|kubernetes|listen/;

const PROD_AUDIT = [
    {
        name: "custody-audit",
        subject: { principal: "arn:aws:iam::111111111111:role/platform-ops" },
        allow: [
            { accessSet: "operations.keyAudit", on: ["signer.tablesKey"] },
            { accessSet: "operations.tableAudit", on: ["signer.tables"] },
        ],
    },
];
const BASIL_AUDIT = [
    {
        name: "basil-audit",
        subject: { principal: "arn:aws:iam::111122223333:role/platform-ops" },
        allow: [{ accessSet: "operations.keyAudit", on: ["basil.keys"] }],
    },
];

/** An EKS access entry for `principal` on `cluster` with one access policy association (namespace-scoped when given). */
function accessEntry(
    r: Resources,
    stack: string,
    cluster: string,
    tag: string,
    principal: string,
    policy: string,
    namespaces?: string[],
): void {
    beside(r, stack, "aws:eks/accessEntry:AccessEntry", `${tag}-entry`, {
        clusterName: cluster,
        principalArn: principal,
        type: "STANDARD",
    });
    beside(r, stack, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", `${tag}-policy`, {
        clusterName: cluster,
        principalArn: principal,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope: namespaces ? { type: "namespace", namespaces } : { type: "cluster" },
    });
}

/** Another team's Pod Identity role (pinned to cluster, namespace and ServiceAccount) and its association. */
function teamPodIdentity(r: Resources, ns: string, sa: string, name: string, statements: object[]): void {
    const arn = `arn:aws:iam::111111111111:role/${name}`;
    beside(r, "pod-identity", "aws:iam/role:Role", name, {
        name,
        arn,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { Service: "pods.eks.amazonaws.com" },
            Action: ["sts:AssumeRole", "sts:TagSession"],
            Condition: {
                StringEquals: {
                    "aws:RequestTag/eks-cluster-arn": "arn:aws:eks:eu-west-1:111111111111:cluster/prod-validators",
                    "aws:RequestTag/kubernetes-namespace": ns,
                    "aws:RequestTag/kubernetes-service-account": sa,
                },
            },
        }),
        inlinePolicies: [{ name: `${name}-access`, policy: doc(...statements) }],
    });
    beside(r, "pod-identity", "aws:eks/podIdentityAssociation:PodIdentityAssociation", `${name}-association`, {
        clusterName: "prod-validators",
        namespace: ns,
        serviceAccount: sa,
        roleArn: arn,
    });
}

const CASES: StackCase[] = [
    // ================= AWS: KMS / DynamoDB hygiene =================
    {
        stack: "dev",
        name: "A: share-1's key policy gains an explicit Deny of ScheduleKeyDeletion/DisableKey to every principal",
        edit: r =>
            keyPolicy(r, "signer-shares-share-1", {
                Sid: "DenyDestruction",
                Effect: "Deny",
                Principal: { AWS: "*" },
                Action: ["kms:ScheduleKeyDeletion", "kms:DisableKey"],
                Resource: "*",
            }),
    },
    {
        stack: "dev",
        name: "AI: share-1's key policy Allows kms:Decrypt to an outside ops role (twin of the Deny)",
        edit: r =>
            keyPolicy(r, "signer-shares-share-1", {
                Sid: "OpsDecrypt",
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::111111111111:role/platform-ops" },
                Action: ["kms:Decrypt"],
                Resource: "*",
            }),
        refused: /platform-ops|Decrypt/,
    },
    {
        stack: "cross-account",
        name: "A: the cross-account key denies TLS-less requests (Deny kms:* when aws:SecureTransport is false)",
        edit: r =>
            editDoc(find(r, KEY, "cross-account-key"), "policy", d =>
                d.Statement.push({
                    Sid: "DenyInsecureTransport",
                    Effect: "Deny",
                    Principal: "*",
                    Action: "kms:*",
                    Resource: "*",
                    Condition: { Bool: { "aws:SecureTransport": "false" } },
                }),
            ),
    },
    {
        stack: "cross-account",
        name: "AI: the cross-account key Allows kms:Decrypt to a third account's root (777777777777)",
        edit: r =>
            editDoc(find(r, KEY, "cross-account-key"), "policy", d =>
                d.Statement.push({
                    Sid: "ThirdParty",
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::777777777777:root" },
                    Action: "kms:Decrypt",
                    Resource: "*",
                }),
            ),
        refused: /777777777777|Decrypt/,
    },
    {
        stack: "prod",
        name: "A: cost-allocation tags on the keystore table and share-1 (tags only)",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            const k = find(r, KEY, "signer-shares-share-1");
            for (const x of [t, k]) {
                const tags = {
                    ...((prop(x, "tags") as Record<string, string>) ?? {}),
                    CostCenter: "custody",
                    Team: "platform",
                };
                setProp(x, "tags", tags);
            }
        },
    },
    {
        stack: "prod",
        name: "AI: the keystore's resource policy allows dynamodb:Scan to an outside ops role",
        edit: r =>
            void beside(r, "prod", "aws:dynamodb/resourcePolicy:ResourcePolicy", "rt69-s-keystore-scan", {
                resourceArn: arnOf(r, TABLE, "signer-tables-keystore"),
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::111111111111:role/platform-ops" },
                    Action: "dynamodb:Scan",
                    Resource: arnOf(r, TABLE, "signer-tables-keystore"),
                }),
            }),
        refused: /platform-ops|Scan/,
    },

    // ================= AWS: declared read-only ops roles (custody:operations) =================
    {
        stack: "prod",
        name: "A: a declared auditor (custody:operations) DescribeTable/DescribeContinuousBackups on the tables, DescribeKey on the table key",
        operations: PROD_AUDIT,
        edit: r =>
            opsRole(r, "prod", "111111111111", "rt69-auditor", [
                allow(
                    ["dynamodb:DescribeTable", "dynamodb:DescribeContinuousBackups", "dynamodb:ListTagsOfResource"],
                    ["signer-tables-keystore", "signer-tables-anti-slashing", "signer-tables-signer-state"].map(t =>
                        arnOf(r, TABLE, t),
                    ),
                ),
                allow(["kms:DescribeKey", "kms:GetKeyRotationStatus"], arnOf(r, KEY, "signer-tables-cmk")),
            ]),
    },
    {
        stack: "prod",
        name: "AI: the same declared auditor also dynamodb:Query on the keystore (an item read)",
        operations: PROD_AUDIT,
        edit: r =>
            opsRole(r, "prod", "111111111111", "rt69-auditor", [
                allow(["dynamodb:DescribeTable", "dynamodb:Query"], arnOf(r, TABLE, "signer-tables-keystore")),
            ]),
        refused: /rt69-auditor|Query/,
    },
    {
        stack: "basil",
        name: "A: a declared Basil key auditor DescribeKey/GetKeyPolicy/ListGrants on both Basil keys",
        operations: BASIL_AUDIT,
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt69-basil-auditor", [
                allow(
                    ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:ListGrants"],
                    ["basil-key-jwt-signing-primary", "basil-key-payload-aead"].map(k => arnOf(r, KEY, k)),
                ),
            ]),
    },
    {
        stack: "basil",
        name: "AI: the declared Basil key auditor also kms:CreateGrant on the JWT signing key",
        operations: BASIL_AUDIT,
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt69-basil-auditor", [
                allow(["kms:DescribeKey", "kms:CreateGrant"], arnOf(r, KEY, "basil-key-jwt-signing-primary")),
            ]),
        refused: /rt69-basil-auditor|CreateGrant/,
    },

    // ================= AWS: CloudWatch and Session Manager access =================
    {
        stack: "pod-identity",
        name: "A: an on-call role reading CloudWatch Logs/metrics of the cluster (logs:FilterLogEvents, GetMetricData)",
        edit: r =>
            opsRole(r, "pod-identity", "111111111111", "rt69-oncall", [
                allow(
                    ["logs:FilterLogEvents", "logs:GetLogEvents", "logs:DescribeLogStreams"],
                    "arn:aws:logs:eu-west-1:111111111111:log-group:/aws/eks/*",
                ),
                allow(["cloudwatch:GetMetricData", "cloudwatch:ListMetrics", "cloudwatch:DescribeAlarms"], "*"),
            ]),
    },
    {
        stack: "pod-identity",
        name: "AI: the on-call role may also kms:Decrypt with share-1 via a wildcard key ARN",
        edit: r =>
            opsRole(r, "pod-identity", "111111111111", "rt69-oncall", [
                allow(["cloudwatch:GetMetricData"], "*"),
                allow(["kms:Decrypt"], "arn:aws:kms:eu-west-1:111111111111:key/*"),
            ]),
        refused: /rt69-oncall|Decrypt/,
    },
    // Was a MISS (fixed in round 71): secure refused: an on-call role of 555555555555 holding only ssm:DescribeInstanceInformation,
    // ssm:DescribeSessions and ssm:GetConnectionStatus on "*" is refused ("no workload of the custody model has this
    // identity"). SSM API Reference (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetConnectionStatus.html:
    // the response is {Status: connected|notconnected, Target}; API_Session.html / DescribeSessions: session id, target,
    // status, owner, dates); DescribeInstanceInformation lists managed nodes. None returns a parameter value, a session
    // token or a stream URL (StartSession/ResumeSession do), so the role reaches no custody asset and
    // acts as no one. The pack: policy-pack/engine/judge.ts holdsNoCustodyPower: `ssm` is in SECRET_BEARING_SERVICES
    // (for GetParameter's SecureStrings) and only sts:GetAccessKeyInfo is in READS_WITHOUT_SECRET, so every SSM read is
    // refused. Fix: add ssm:describeinstanceinformation, ssm:describesessions, ssm:getconnectionstatus (and the other
    // Describe*/List* of SSM that return no parameter value or session token) to READS_WITHOUT_SECRET.
    {
        stack: "curity",
        name: "A: a Session Manager on-call role limited to ssm:DescribeSessions/GetConnectionStatus/DescribeInstanceInformation",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt69-ssm-view", [
                allow(["ssm:DescribeSessions", "ssm:GetConnectionStatus", "ssm:DescribeInstanceInformation"], "*"),
            ]),
    },
    {
        stack: "curity",
        name: "A: an SSM inventory role listing Parameter Store metadata (ssm:DescribeParameters, no value)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt69-ssm-params", [
                allow(["ssm:DescribeParameters", "ssm:GetConnectionStatus"], "*"),
            ]),
    },
    {
        stack: "curity",
        name: "AI: the SSM view role may also ssm:GetParameter on every parameter (SecureString values)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt69-ssm-params", [
                allow(["ssm:DescribeParameters"], "*"),
                allow(["ssm:GetParameter"], "*"),
            ]),
        refused: /rt69-ssm-params|GetParameter/,
    },
    {
        stack: "curity",
        name: "AI: the SSM view role holds ssm:Get* (GetParameter*, GetCommandInvocation among them)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt69-ssm-view", [allow(["ssm:DescribeSessions", "ssm:Get*"], "*")]),
        refused: /rt69-ssm-view|ssm:Get/,
    },
    {
        stack: "curity",
        name: "AI: the SSM view role holds ssm:Describe* (DescribeAssociation/MaintenanceWindowTasks return parameters)",
        edit: r => opsRole(r, "curity", ACCOUNT.curity, "rt69-ssm-view", [allow(["ssm:Describe*"], "*")]),
        refused: /rt69-ssm-view|ssm:Describe/,
    },
    {
        stack: "curity",
        name: "AI: the SSM view role may read command output (ssm:GetCommandInvocation, ListCommandInvocations)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt69-ssm-view", [
                allow(
                    ["ssm:DescribeInstanceInformation", "ssm:GetCommandInvocation", "ssm:ListCommandInvocations"],
                    "*",
                ),
            ]),
        refused: /rt69-ssm-view|CommandInvocation/,
    },
    {
        stack: "curity",
        name: "AI: the SSM view role may ssm:StartSession and ssm:ResumeSession on every resource",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt69-ssm-view", [
                allow(
                    ["ssm:DescribeSessions", "ssm:GetConnectionStatus", "ssm:StartSession", "ssm:ResumeSession"],
                    "*",
                ),
            ]),
        refused: /rt69-ssm-view|Session/,
    },
    {
        stack: "curity",
        name: "AI: the Session Manager role may also ssm:StartSession on every instance (a root shell on the nodes)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt69-ssm-view", [
                allow(["ssm:DescribeSessions", "ssm:DescribeInstanceInformation"], "*"),
                allow(["ssm:StartSession"], `arn:aws:ec2:eu-west-1:${ACCOUNT.curity}:instance/*`),
            ]),
        refused: /rt69-ssm-view|StartSession/,
    },
    {
        stack: "curity",
        name: "AI: a curity ops role may dynamodb:GetItem on every table of the account (table/*)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt69-curity-ops", [
                allow(["dynamodb:GetItem"], `arn:aws:dynamodb:eu-west-1:${ACCOUNT.curity}:table/*`),
            ]),
        refused: /rt69-curity-ops|GetItem/,
    },

    // ================= Kubernetes: other teams in restricted namespaces =================
    {
        stack: "trust-domain",
        name: "K: team-observability gets a restricted namespace and full edit of its own objects there",
        edit: r => {
            namespace(r, "observability", "restricted");
            roleFor(
                r,
                "obs-edit",
                [
                    {
                        apiGroups: ["", "apps"],
                        resources: ["pods", "deployments", "configmaps", "services"],
                        verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
                    },
                ],
                [OBS],
                "observability",
            );
        },
    },
    {
        stack: "trust-domain",
        name: "KI: team-observability may also create pods in spirl-server (mount the trust domain's ServiceAccount)",
        edit: r =>
            roleFor(
                r,
                "obs-edit",
                [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "create"] }],
                [OBS],
                "spirl-server",
            ),
        refused: /spirl-server|obs-edit|pods/,
    },
    {
        stack: "basil",
        name: "K: a read-only ClusterRole for team-observability on nodes/metrics, pods and events (no secrets)",
        edit: r =>
            roleFor(
                r,
                "obs-view",
                [
                    {
                        apiGroups: [""],
                        resources: ["pods", "events", "namespaces", "nodes"],
                        verbs: ["get", "list", "watch"],
                    },
                    { apiGroups: [""], resources: ["nodes/metrics"], verbs: ["get"] },
                ],
                [OBS],
            ),
    },
    {
        stack: "basil",
        name: "KI: the cluster-wide read role also lists secrets",
        edit: r =>
            roleFor(
                r,
                "obs-view",
                [{ apiGroups: [""], resources: ["pods", "secrets"], verbs: ["get", "list", "watch"] }],
                [OBS],
            ),
        refused: /obs-view|secrets/,
    },

    // ================= nodes: literal commands in Python/Go/Perl/Ruby helpers =================
    node("py-subprocess-cwd", "python: subprocess.run(['dnf','install','-y','htop'], cwd='/tmp', stdin=DEVNULL)", [
        ...file("/opt/ops/tune.py", [
            "import subprocess",
            "subprocess.run(['dnf', 'install', '-y', 'htop'], cwd='/tmp', stdin=subprocess.DEVNULL, check=True)",
            "subprocess.run(['sysctl', '-w', 'vm.max_map_count=262144'], stdout=subprocess.DEVNULL)",
        ]),
        "python3 /opt/ops/tune.py",
    ]),
    node(
        "py-subprocess-cwd-serve",
        "python: subprocess.Popen(['python3','-m','http.server','8001'], cwd='/etc/kubernetes')",
        [
            ...file("/opt/ops/tune.py", [
                "import subprocess",
                "subprocess.Popen(['python3', '-m', 'http.server', '8001'], cwd='/etc/kubernetes')",
            ]),
            "python3 /opt/ops/tune.py",
        ],
        LISTENER,
    ),
    node("py-popen-read", "python: os.popen('df -h /').read() (a literal reporting command, read mode)", [
        ...file("/opt/ops/report.py", ["import os", "print(os.popen('df -h /').read())"]),
        "python3 /opt/ops/report.py >> /var/log/report.log",
    ]),
    node(
        "py-popen-serve",
        "python: os.popen('cd / && python3 -m http.server 8001 &')",
        [
            ...file("/opt/ops/report.py", ["import os", "os.popen('cd / && python3 -m http.server 8001 &')"]),
            "python3 /opt/ops/report.py",
        ],
        LISTENER,
    ),
    node("py-shell-true", "python: subprocess.run('sysctl -w vm.swappiness=10', shell=True)", [
        ...file("/opt/ops/tune.py", [
            "import subprocess",
            "subprocess.run('sysctl -w vm.swappiness=10', shell=True, check=True)",
        ]),
        "python3 /opt/ops/tune.py",
    ]),
    node(
        "py-shell-true-serve",
        "python: subprocess.run('nohup python3 -m http.server 8001 -d / &', shell=True)",
        [
            ...file("/opt/ops/tune.py", [
                "import subprocess",
                "subprocess.run('nohup python3 -m http.server 8001 -d / &', shell=True)",
            ]),
            "python3 /opt/ops/tune.py",
        ],
        LISTENER,
    ),
    // Was a MISS (fixed in round 71): secure refused: a Go helper running the literal `sysctl -w vm.max_map_count=262144` with
    // `cmd.Env = append(os.Environ(), "LC_ALL=C")` is refused as "go run ... (/opt/tune/main.go starts a process), a
    // program the pack does not read, listening beyond loopback". Go os/exec docs (Cmd.Env: "If Env contains duplicate
    // environment keys, only the last value ... is used"; os.Environ returns the parent's environment): the child gets
    // cloud-init's environment plus LC_ALL=C, which changes only the locale of sysctl's messages. The pack:
    // policy-pack/engine/userData.ts literalExecCommands returns undefined on any `.Env =` write. Fix: read
    // `append(os.Environ(), "K=V", ...)` of literal pairs whose keys are not loader/search variables (PATH, LD_*,
    // GCONV_PATH, ...), judging the command as before; go-cmd-stdout (no Env write) pins that Stdout = os.Stdout passes.
    node("go-cmd-env", 'go: cmd := exec.Command("sysctl", "-w", ...); cmd.Env = append(os.Environ(), "LC_ALL=C")', [
        "dnf install -y golang",
        "mkdir -p /opt/tune",
        ...file("/opt/tune/go.mod", ["module example.com/tune", "", "go 1.22"]),
        ...file("/opt/tune/main.go", [
            "package main",
            "",
            "import (",
            '    "os"',
            '    "os/exec"',
            ")",
            "",
            "func main() {",
            '    cmd := exec.Command("sysctl", "-w", "vm.max_map_count=262144")',
            '    cmd.Env = append(os.Environ(), "LC_ALL=C")',
            "    cmd.Stdout = os.Stdout",
            "    _ = cmd.Run()",
            "}",
        ]),
        "cd /opt/tune && go build -o /usr/local/bin/tune . && /usr/local/bin/tune",
    ]),
    node("go-cmd-stdout", 'go: cmd := exec.Command("sysctl", "-w", ...); cmd.Stdout = os.Stdout (no Env write)', [
        "dnf install -y golang",
        "mkdir -p /opt/tune",
        ...file("/opt/tune/go.mod", ["module example.com/tune", "", "go 1.22"]),
        ...file("/opt/tune/main.go", [
            "package main",
            "",
            "import (",
            '    "os"',
            '    "os/exec"',
            ")",
            "",
            "func main() {",
            '    cmd := exec.Command("sysctl", "-w", "vm.max_map_count=262144")',
            "    cmd.Stdout = os.Stdout",
            "    _ = cmd.Run()",
            "}",
        ]),
        "cd /opt/tune && go build -o /usr/local/bin/tune . && /usr/local/bin/tune",
    ]),
    node(
        "go-cmd-env-serve",
        'go: exec.Command("python3", "-m", "http.server", "8001", "-d", "/") with cmd.Env set',
        [
            "dnf install -y golang",
            "mkdir -p /opt/tune",
            ...file("/opt/tune/go.mod", ["module example.com/tune", "", "go 1.22"]),
            ...file("/opt/tune/main.go", [
                "package main",
                "",
                "import (",
                '    "os"',
                '    "os/exec"',
                ")",
                "",
                "func main() {",
                '    cmd := exec.Command("python3", "-m", "http.server", "8001", "-d", "/")',
                '    cmd.Env = append(os.Environ(), "LC_ALL=C")',
                "    _ = cmd.Run()",
                "}",
            ]),
            "cd /opt/tune && go build -o /usr/local/bin/tune . && /usr/local/bin/tune",
        ],
        LISTENER,
    ),
    // Round 71 neighbours of go-cmd-env: Cmd.Env appended to os.Environ() is read only for harmless literal pairs (the
    // list Python's env= is read by: userData.ts harmlessEnvironment); a loader or shell start-up variable, a pair
    // naming a file, or a replaced environment stays unread (refused).
    ...(
        [
            ["go-cmd-env-two", ['"LC_ALL=C",', '"TZ=UTC",'], "sysctl", undefined],
            ["go-cmd-env-ld-preload", ['"LD_PRELOAD=/opt/ops/hook.so",'], "sysctl", LISTENER],
            ["go-cmd-env-bash-env", ['"LC_ALL=C",', '"BASH_ENV=/opt/ops/env.sh",'], "bash", LISTENER],
            ["go-cmd-env-locpath", ['"LC_ALL=C",', '"LOCPATH=/opt/ops/locale",'], "sysctl", LISTENER],
        ] as const
    ).map(([name, pairs, program, expect]) =>
        node(
            name,
            `go: exec.Command(${program} ...) with cmd.Env = append(os.Environ(), ${pairs.join(" ")})`,
            [
                "dnf install -y golang",
                "mkdir -p /opt/tune",
                ...file("/opt/tune/go.mod", ["module example.com/tune", "", "go 1.22"]),
                ...file("/opt/tune/main.go", [
                    "package main",
                    "",
                    "import (",
                    '    "os"',
                    '    "os/exec"',
                    ")",
                    "",
                    "func main() {",
                    program === "bash"
                        ? '    cmd := exec.Command("bash", "-c", "sysctl -w vm.max_map_count=262144")'
                        : '    cmd := exec.Command("sysctl", "-w", "vm.max_map_count=262144")',
                    "    cmd.Env = append(os.Environ(),",
                    ...pairs.map(p => `        ${p}`),
                    "    )",
                    "    _ = cmd.Run()",
                    "}",
                ]),
                "cd /opt/tune && go build -o /usr/local/bin/tune . && /usr/local/bin/tune",
            ],
            expect,
        ),
    ),
    node(
        "go-cmd-env-replaced",
        'go: exec.Command("sysctl", ...) with cmd.Env = []string{"LC_ALL=C"} (a replaced environment: not read)',
        [
            "dnf install -y golang",
            "mkdir -p /opt/tune",
            ...file("/opt/tune/go.mod", ["module example.com/tune", "", "go 1.22"]),
            ...file("/opt/tune/main.go", [
                "package main",
                "",
                'import "os/exec"',
                "",
                "func main() {",
                '    cmd := exec.Command("sysctl", "-w", "vm.max_map_count=262144")',
                '    cmd.Env = []string{"LC_ALL=C"}',
                "    _ = cmd.Run()",
                "}",
            ]),
            "cd /opt/tune && go build -o /usr/local/bin/tune . && /usr/local/bin/tune",
        ],
        LISTENER,
    ),
    node("perl-exec-list", "perl: exec('sysctl', '-w', 'vm.max_map_count=262144') (LIST form, last statement)", [
        ...file("/opt/ops/tune.pl", ["use strict;", "exec('sysctl', '-w', 'vm.max_map_count=262144') or die;"]),
        "perl /opt/ops/tune.pl",
    ]),
    node(
        "perl-exec-serve",
        "perl: exec('python3', '-m', 'http.server', '8001', '-d', '/')",
        [
            ...file("/opt/ops/tune.pl", ["use strict;", "exec('python3', '-m', 'http.server', '8001', '-d', '/');"]),
            "perl /opt/ops/tune.pl",
        ],
        LISTENER,
    ),
    // Was a MISS (fixed in round 71): secure refused: a perl script `my $out = `systemctl is-active kubelet`;` is refused as "perl
    // /opt/ops/check.pl (starts a process), a program the pack does not read, listening beyond loopback". perlop
    // "qx/STRING/" (quoted at https://www.unix.com/302282027-post2.html): "A string which is (possibly) interpolated and
    // then executed as a system command with /bin/sh"; here there is no $ or @ to interpolate, so sh runs
    // `systemctl is-active kubelet` and its output is returned: no server.
    // Round 69 reads perl's system/exec literals (userData.ts literalScriptCommands, perl-system-string in round 68's
    // file) but not backticks/qx of a literal without interpolation. Fix: read literal backticks/qx{} (no $, @, or
    // backslash) as the one-string system form; the insecure twin is ruby-percent-x-serve.
    node("perl-backticks", "perl: my $out = `systemctl is-active kubelet`; (literal backticks)", [
        ...file("/opt/ops/check.pl", ["use strict;", "my $out = `systemctl is-active kubelet`;", "print $out;"]),
        "perl /opt/ops/check.pl >> /var/log/check.log",
    ]),
    // Round 71 neighbours of perl-backticks: qx{} of a literal is read as backticks are; interpolation ($dir), a
    // backtick heredoc (<<`EOC`, perlop "<<EOF": "the content of the here-doc is treated just as it would be if the
    // string were embedded in backticks"), a backtick inside a string handed to sh, or a literal running a script that
    // serves / stay refused.
    node("perl-qx-braces", "perl: chomp(my $state = qx{systemctl is-enabled kubelet}); (literal qx{})", [
        ...file("/opt/ops/check.pl", [
            "use strict;",
            "chomp(my $state = qx{systemctl is-enabled kubelet});",
            "print $state;",
        ]),
        "perl /opt/ops/check.pl >> /var/log/check.log",
    ]),
    node("perl-system-equals", "perl: system('sysctl -w vm.swappiness=10') (one string of plain words with =)", [
        ...file("/opt/ops/tune.pl", ["system('sysctl -w vm.swappiness=10') == 0 or die;"]),
        "perl /opt/ops/tune.pl",
    ]),
    ...(
        [
            [
                "perl-backticks-interpolated",
                ["my $dir = '/';", "my $out = `nohup python3 -m http.server 8001 -d $dir`;"],
            ],
            ["perl-qx-serve", ["my $out = qx(python3 -m http.server 8001 -d /);"]],
            ["perl-qx-quote-serve", ["my $out = qx'python3 -m http.server 8001 -d /';"]],
            ["perl-backtick-heredoc-serve", ["my $out = <<`EOC`;", "python3 -m http.server 8001 -d /", "EOC"]],
            ["perl-backtick-in-string", ["system('sh', '-c', 'echo `python3 -m http.server 8001 -d /`');"]],
            ["perl-backticks-srv", ["my $out = `bash /srv/x.sh`;"]],
            ["perl-system-assignment", ["system('PYTHONPATH=/opt/ops python3 -m http.server 8001');"]],
        ] as const
    ).map(([name, lines]) =>
        node(
            name,
            `perl: ${lines.join(" ")}`,
            [...file("/opt/ops/check.pl", ["use strict;", ...lines]), "perl /opt/ops/check.pl"],
            /serv|8001|8000|process|unread|kubernetes|listen|srv/,
        ),
    ),
    node(
        "perl-backticks-serve-script",
        "perl: `bash /opt/ops/serve.sh`, a script user data wrote serving /",
        [
            ...file("/opt/ops/serve.sh", ["python3 -m http.server 8001 -d /"]),
            ...file("/opt/ops/check.pl", ["my $out = `bash /opt/ops/serve.sh`;"]),
            "perl /opt/ops/check.pl",
        ],
        LISTENER,
    ),
    // Was a MISS (fixed in round 71): secure refused: ruby `out = `systemctl is-active kubelet`` is refused as "ruby /opt/ops/check.rb (starts a
    // process) ... listening beyond loopback". Ruby docs, Kernel#` ("Returns the $stdout output from running command in
    // a subshell"): a literal without #{} runs that command: no server. literalScriptCommands reads system/exec but not
    // backticks or %x. Fix: read backticks and %x() without #{} as the one-string system form (ruby-percent-x-serve,
    // the server of /, stays refused).
    node("ruby-backticks", "ruby: out = `systemctl is-active kubelet` (literal backticks)", [
        ...file("/opt/ops/check.rb", ["out = `systemctl is-active kubelet`", "puts out"]),
        "ruby /opt/ops/check.rb >> /var/log/check.log",
    ]),
    node(
        "ruby-percent-x-serve",
        "ruby: %x(python3 -m http.server 8001 -d /)",
        [...file("/opt/ops/check.rb", ["%x(python3 -m http.server 8001 -d /)"]), "ruby /opt/ops/check.rb"],
        LISTENER,
    ),
    // Round 71 neighbours of ruby-backticks: %x{} and `...`.chomp of a literal are read; interpolation (#{dir}), a
    // backtick heredoc (<<`EOC`), or a literal running a script that serves / stay refused.
    node("ruby-percent-x-braces", "ruby: puts %x{sysctl -n vm.swappiness} (literal %x{})", [
        ...file("/opt/ops/check.rb", ["puts %x{sysctl -n vm.swappiness}"]),
        "ruby /opt/ops/check.rb",
    ]),
    node("ruby-backticks-chomp", "ruby: state = `systemctl is-active kubelet`.chomp", [
        ...file("/opt/ops/check.rb", ["state = `systemctl is-active kubelet`.chomp", "puts state"]),
        "ruby /opt/ops/check.rb",
    ]),
    ...(
        [
            ["ruby-backticks-interpolated", ["dir = '/'", "out = `python3 -m http.server 8001 -d #{dir}`"]],
            ["ruby-backtick-heredoc-serve", ["out = <<`EOC`", "python3 -m http.server 8001 -d /", "EOC"]],
            ["ruby-backticks-srv", ["out = `bash /srv/x.sh`"]],
            ["ruby-percent-x-pipe-serve", ["%x|python3 -m http.server 8001 -d /|"]],
        ] as const
    ).map(([name, lines]) =>
        node(
            name,
            `ruby: ${lines.join("; ")}`,
            [...file("/opt/ops/check.rb", [...lines]), "ruby /opt/ops/check.rb"],
            /serv|8001|8000|process|unread|kubernetes|listen|srv/,
        ),
    ),
    node(
        "ruby-backticks-serve-script",
        "ruby: `bash /opt/ops/serve.sh`, a script user data wrote serving /",
        [
            ...file("/opt/ops/serve.sh", ["python3 -m http.server 8001 -d /"]),
            ...file("/opt/ops/check.rb", ["out = `bash /opt/ops/serve.sh`"]),
            "ruby /opt/ops/check.rb",
        ],
        LISTENER,
    ),
    // Was a MISS (fixed in round 71): secure refused: ruby `pid = spawn('sysctl', '-w', 'vm.swappiness=10'); Process.wait(pid)` is refused as
    // "ruby /opt/ops/tune.rb (starts a process) ... listening beyond loopback". Ruby docs, Process.spawn
    // (https://www.rubydoc.info/stdlib/core/Process.spawn): the first argument is a shell command line only if it holds
    // meta characters, else exe_path, invoked with the further arguments and no shell; it returns the pid, like system's. literalScriptCommands reads system/exec but not spawn. Fix: read spawn (Kernel and
    // Process.) like system (options hash aside: :chdir, :in/:out redirects change where it runs and stay unread).
    node("ruby-spawn-literal", "ruby: pid = spawn('sysctl', '-w', 'vm.swappiness=10'); Process.wait(pid)", [
        ...file("/opt/ops/tune.rb", ["pid = spawn('sysctl', '-w', 'vm.swappiness=10')", "Process.wait(pid)"]),
        "ruby /opt/ops/tune.rb",
    ]),

    // Round 71 neighbours of ruby-spawn-literal: Process.spawn of one plain string is read as system's; spawn of a shell
    // line serving /, of a server, with an options hash (chdir:) or an environment hash stays refused.
    node("ruby-process-spawn-string", "ruby: pid = Process.spawn('sysctl -w vm.swappiness=10'); Process.wait pid", [
        ...file("/opt/ops/tune.rb", ["pid = Process.spawn('sysctl -w vm.swappiness=10')", "Process.wait pid"]),
        "ruby /opt/ops/tune.rb",
    ]),
    ...(
        [
            ["ruby-spawn-bash-c-serve", "pid = spawn('bash', '-c', 'python3 -m http.server 8001 -d /')"],
            ["ruby-process-spawn-serve", "Process.spawn('python3', '-m', 'http.server', '8001', '-d', '/')"],
            ["ruby-spawn-chdir-serve", "spawn('python3', '-m', 'http.server', '8001', chdir: '/')"],
            [
                "ruby-spawn-env-hash",
                "spawn({'BASH_ENV' => '/opt/ops/env.sh'}, 'bash', '-c', 'sysctl -w vm.swappiness=10')",
            ],
        ] as const
    ).map(([name, line]) =>
        node(
            name,
            `ruby: ${line}`,
            [...file("/opt/ops/tune.rb", [line, "Process.waitall"]), "ruby /opt/ops/tune.rb"],
            LISTENER,
        ),
    ),

    // ================= nodes: shell wrappers and agents =================
    node("env-c-dnf", "env -C /tmp dnf install -y htop jq (env wrapper of a literal argv)", [
        "env -C /tmp dnf install -y htop jq",
        "env LC_ALL=C sysctl -w vm.max_map_count=262144",
    ]),
    node(
        "env-c-serve",
        "env -C / nohup python3 -m http.server 8000 & (env wrapper of a server of /)",
        ["env -C / nohup python3 -m http.server 8000 >/dev/null 2>&1 &"],
        /serve|8000|http\.server|env/,
    ),
    node("supervisord-directory", "supervisord: node_exporter on 127.0.0.1:9100 with directory=/tmp", [
        "dnf install -y supervisor",
        ...file("/etc/supervisord.d/node_exporter.ini", [
            "[program:node_exporter]",
            "command=/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100",
            "directory=/tmp",
            "user=nobody",
        ]),
        "systemctl enable --now supervisord",
    ]),
    node(
        "supervisord-directory-serve",
        "supervisord: python3 -m http.server 8000 with directory=/",
        [
            "dnf install -y supervisor",
            ...file("/etc/supervisord.d/serve.ini", [
                "[program:serve]",
                "command=python3 -m http.server 8000",
                "directory=/",
            ]),
            "systemctl enable --now supervisord",
        ],
        /serve|8000|http\.server|supervisor/,
    ),
    node("unit-loopback-dropin", "node_exporter unit with a drop-in that only sets Nice= and MemoryMax=", [
        ...file("/etc/systemd/system/node_exporter.service", [
            "[Service]",
            "User=nobody",
            "ExecStart=/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100",
            "[Install]",
            "WantedBy=multi-user.target",
        ]),
        "mkdir -p /etc/systemd/system/node_exporter.service.d",
        ...file("/etc/systemd/system/node_exporter.service.d/10-limits.conf", [
            "[Service]",
            "Nice=10",
            "MemoryMax=128M",
        ]),
        "systemctl daemon-reload",
        "systemctl enable --now node_exporter",
    ]),
    node(
        "unit-dropin-rebind",
        "node_exporter unit whose drop-in resets ExecStart to listen on :9100 with the textfile of /",
        [
            ...file("/etc/systemd/system/node_exporter.service", [
                "[Service]",
                "User=nobody",
                "ExecStart=/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "mkdir -p /etc/systemd/system/node_exporter.service.d",
            ...file("/etc/systemd/system/node_exporter.service.d/10-rebind.conf", [
                "[Service]",
                "ExecStart=",
                "ExecStart=/usr/bin/python3 -m http.server 9100 --directory /",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now node_exporter",
        ],
        /serve|9100|http\.server|node_exporter/,
    ),

    // ================= EKS access entries and Pod Identity for other teams =================
    // EKS user guide, "Review access policy permissions": AmazonEKSViewPolicy lists/gets most objects but not Secrets;
    // AmazonEKSEditPolicy creates pods and reads Secrets in its scope.
    {
        stack: "basil",
        name: "K: an access entry for team-observability's role with AmazonEKSViewPolicy scoped to namespace observability",
        edit: r =>
            accessEntry(
                r,
                "basil",
                "basil-cluster",
                "rt69-obs",
                `arn:aws:iam::${ACCOUNT.basil}:role/team-observability`,
                "AmazonEKSViewPolicy",
                ["observability"],
            ),
    },
    {
        stack: "basil",
        name: "KI: the same access entry with AmazonEKSEditPolicy scoped to basil-agent (pods with Basil's ServiceAccount)",
        edit: r =>
            accessEntry(
                r,
                "basil",
                "basil-cluster",
                "rt69-obs",
                `arn:aws:iam::${ACCOUNT.basil}:role/team-observability`,
                "AmazonEKSEditPolicy",
                ["basil-agent"],
            ),
        refused: /team-observability|basil-agent|Edit/,
    },
    {
        stack: "prod",
        name: "K: an access entry for an SRE role with AmazonEKSViewPolicy on the whole prod cluster",
        edit: r =>
            accessEntry(
                r,
                "prod",
                "prod-validators",
                "rt69-sre",
                "arn:aws:iam::111111111111:role/platform-sre",
                "AmazonEKSViewPolicy",
            ),
    },
    {
        stack: "prod",
        name: "KI: the SRE access entry with AmazonEKSEditPolicy on the whole prod cluster",
        edit: r =>
            accessEntry(
                r,
                "prod",
                "prod-validators",
                "rt69-sre",
                "arn:aws:iam::111111111111:role/platform-sre",
                "AmazonEKSEditPolicy",
            ),
        refused: /platform-sre|Edit/,
    },
    {
        stack: "pod-identity",
        name: "A: team-observability's Pod Identity role writes metrics and its own bucket (observability/otel-collector)",
        edit: r => {
            namespace(r, "observability", "restricted");
            teamPodIdentity(r, "observability", "otel-collector", "rt69-otel", [
                allow(["cloudwatch:PutMetricData", "xray:PutTraceSegments"], "*"),
                allow(["s3:PutObject"], "arn:aws:s3:::team-observability-archive/*"),
            ]);
        },
    },
    {
        stack: "pod-identity",
        name: "AI: the same Pod Identity role may also kms:Decrypt with share-1",
        edit: r => {
            namespace(r, "observability", "restricted");
            teamPodIdentity(r, "observability", "otel-collector", "rt69-otel", [
                allow(["cloudwatch:PutMetricData"], "*"),
                allow(["kms:Decrypt"], arnOf(r, KEY, "signer-shares-share-1")),
            ]);
        },
        refused: /rt69-otel|Decrypt/,
    },
    {
        stack: "cross-account",
        name: "A: a log-reader role of account B (666666666666) on its own CloudWatch log groups",
        edit: r =>
            opsRole(
                r,
                "cross-account",
                ACCOUNT["cross-account"],
                "rt69-b-logs",
                [
                    allow(
                        ["logs:FilterLogEvents", "logs:GetLogEvents", "logs:DescribeLogGroups"],
                        `arn:aws:logs:eu-west-1:${ACCOUNT["cross-account"]}:log-group:/apps/*`,
                    ),
                ],
                "cross-account-access",
            ),
    },
    {
        stack: "cross-account",
        name: "AI: the log-reader role may also kms:Decrypt with the cross-account key",
        edit: r =>
            opsRole(
                r,
                "cross-account",
                ACCOUNT["cross-account"],
                "rt69-b-logs",
                [allow(["logs:FilterLogEvents"], "*"), allow(["kms:Decrypt"], arnOf(r, KEY, "cross-account-key"))],
                "cross-account-access",
            ),
        refused: /rt69-b-logs|Decrypt/,
    },

    // ================= nodes: more wrappers and literal helpers =================
    // Was a MISS (fixed in round 70, fix70-python pythonRunnerKeywordsKnown): secure refused: `subprocess.run(['sysctl', '-w', 'vm.swappiness=10'], env={'LC_ALL': 'C'})` is refused as
    // "python /opt/ops/tune.py runs commands the pack does not read". Python docs, subprocess.Popen: "If env is not None,
    // it must be a mapping that defines the environment variables for the new process; these are used instead of ...
    // inheriting the current process' environment": the literal argv runs with LC_ALL=C only (sysctl is found by
    // os.defpath, os.get_exec_path): no server, no loader variable. The pack: userData.ts pythonCommandRuns returns
    // undefined for any keyword outside PYTHON_RUNNER_KEYWORDS (env is not among them). Fix: accept env= of a literal
    // dict whose keys are not loader/search variables (PATH, LD_*, PYTHON*, GCONV_PATH, BASH_ENV, ENV, ...), judging
    // the argv as before (py-env-serve, the server of /, stays refused); same family as go-cmd-env.
    node("py-env-literal", "python: subprocess.run(['sysctl','-w','vm.swappiness=10'], env={'LC_ALL': 'C'})", [
        ...file("/opt/ops/tune.py", [
            "import subprocess",
            "subprocess.run(['sysctl', '-w', 'vm.swappiness=10'], env={'LC_ALL': 'C'}, check=True)",
        ]),
        "python3 /opt/ops/tune.py",
    ]),
    node(
        "py-env-serve",
        "python: subprocess.Popen(['python3','-m','http.server','8001','-d','/'], env={'LC_ALL': 'C'})",
        [
            ...file("/opt/ops/tune.py", [
                "import subprocess",
                "subprocess.Popen(['python3', '-m', 'http.server', '8001', '-d', '/'], env={'LC_ALL': 'C'})",
            ]),
            "python3 /opt/ops/tune.py",
        ],
        LISTENER,
    ),
    node("wrappers-timeout-nice-flock", "timeout 300 dnf install; nice -n 10 ionice -c3 sysctl --system; flock", [
        "timeout 300 dnf install -y htop jq",
        "nice -n 10 ionice -c3 sysctl --system",
        "flock -n /run/tune.lock sysctl -w vm.max_map_count=262144",
    ]),
    node(
        "wrappers-nice-serve",
        "nice -n 10 python3 -m http.server 8000 --directory / & (wrapper of a server of /)",
        ["nohup nice -n 10 python3 -m http.server 8000 --directory / >/dev/null 2>&1 &"],
        /serve|8000|http\.server|nice/,
    ),
    node("systemd-run-sysctl", "systemd-run --unit=rt69-tune sysctl -w vm.swappiness=10 (a transient unit)", [
        "systemd-run --unit=rt69-tune --wait sysctl -w vm.swappiness=10",
    ]),
    node(
        "systemd-run-serve",
        "systemd-run --unit=rt69-serve python3 -m http.server 8000 --directory /",
        ["systemd-run --unit=rt69-serve python3 -m http.server 8000 --directory /"],
        /serve|8000|http\.server|systemd-run/,
    ),

    // ================= the committed programs with harmless edits =================
    {
        stack: "dev",
        name: "A: the signer's role gains tags and a description (no policy change)",
        edit: r => {
            const role = find(r, "aws:iam/role:Role", "signer-role");
            setProp(role, "tags", { ...((prop(role, "tags") as Record<string, string>) ?? {}), Owner: "custody" });
            setProp(role, "description", "custody signer (IRSA)");
        },
    },
    {
        stack: "dev",
        name: "AI: the signer's role gains AmazonDynamoDBReadOnlyAccess (every table of the account)",
        edit: r =>
            void beside(r, "dev", "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "rt69-signer-ddb-ro", {
                role: prop(find(r, "aws:iam/role:Role", "signer-role"), "name"),
                policyArn: "arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess",
            }),
        refused: /DynamoDBReadOnly|signer/,
    },
    {
        stack: "trust-domain",
        name: "A: the trust-domain role gains tags and maxSessionDuration 3600 (no policy change)",
        edit: r => {
            const role = find(r, "aws:iam/role:Role", "trust-domain-role");
            setProp(role, "tags", { ...((prop(role, "tags") as Record<string, string>) ?? {}), Owner: "identity" });
            setProp(role, "maxSessionDuration", 3600);
        },
    },
    {
        stack: "trust-domain",
        name: "AI: the trust-domain role's trust also admits platform-ops (sts:AssumeRole)",
        edit: r =>
            editDoc(find(r, "aws:iam/role:Role", "trust-domain-role"), "assumeRolePolicy", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::444444444444:role/platform-ops" },
                    Action: "sts:AssumeRole",
                }),
            ),
        refused: /platform-ops|trust-domain/,
    },
];

describeVariants(
    "red team 69: secure variants and their insecure twins",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
