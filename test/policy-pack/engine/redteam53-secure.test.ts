// Red-team round 53 on false positives across the committed stacks (fresh eyes). Probed: SECURE variants a careful
// platform team writes beside the custody workloads, each with an insecure neighbour that must stay refused.
// A third at the IAM/KMS/DynamoDB level: a key-policy guard statement (Deny to every principal but break-glass), a
// DynamoDB resource policy as a data perimeter (Deny to every principal but the signer), a declared AWS Backup helper
// with exactly operations.tableBackup, a declared share-2 auditor in the share's own account, a CloudTrail trail
// logging KMS and DynamoDB data events. A third at the Kubernetes level: a platform namespace with a deployer Role,
// a default-deny NetworkPolicy in the custody namespace, a CRD read aggregated into `view`, an EKS access entry with
// AmazonEKSViewPolicy scoped to the custody namespace, aws-auth mapping a viewer role, an on-call scale/restart Role.
// A third where rounds 51-52 tightened rules: Envoy relaying to a DNS upstream, JAVA_TOOL_OPTIONS with heap flags
// only, Flask loading its config but run on loopback without debug, KEY=VALUE loopback endpoints, an ASP.NET Core unit
// that names no environment (Production by default) beside a developer's appsettings.Development.json; the caller's
// instance: find -exec rm outside the config, pip --prefix / rpm --root elsewhere, gtar/bsdtar/busybox tar.
// Every insecure neighbour is refused (a view-aggregated pods/exec too; a view-aggregated Secret read in validators is
// no path, the stack keeping no token Secret there). Two misses, both false refusals of one rule: a root ASP.NET Core
// systemd unit beside a developer's appsettings.Development.json (0.0.0.0) is refused whether its environment is
// unset (Production by default) or named by Environment=ASPNETCORE_ENVIRONMENT=Production; only a command-line
// `--environment` is read.
import { describeVariants, doc, find, prop, Resources, StackCase } from "./support";
import { callerScript } from "./callerInstanceBuilders";
import { addStatements } from "./support";
import { aws, bind, k8s, namespace, outsideRole, roleFor, stackRole } from "./variantBuilders";
import { ACCOUNT, beside } from "./awsCaseBuilders";
import { devNodeScript } from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const ROLE = "aws:iam/role:Role";
const PRIMARY = "111111111111";

const file = (path: string, lines: string[], tag = "CONF") => [`cat > ${path} <<'${tag}'`, ...lines, tag];
const keyArn = (r: Resources, name: string) => prop(find(r, KEY, name), "arn") as string;
const tableArn = (r: Resources, name: string) => prop(find(r, TABLE, name), "arn") as string;
const SIGNER_TABLES = ["signer-tables-keystore", "signer-tables-signer-state", "signer-tables-anti-slashing"];

/** A Jupyter configuration in /etc/jupyter: 127.0.0.1, empty token (local use only), run by root. */
const JUPYTER_OPEN = [
    "pip3 install jupyterlab",
    "mkdir -p /etc/jupyter",
    ...file("/etc/jupyter/jupyter_server_config.py", ["c.ServerApp.ip = '127.0.0.1'", "c.ServerApp.token = ''"], "PY"),
];
const JUPYTER_RUN = "nohup jupyter lab --allow-root >/var/log/jupyter.log 2>&1 &";

/** A server bound to loopback serving / (accepted alone: round 48 "a loopback-bound server keeps what it serves"). */
const LO_ROOT = "nohup miniserve -i 127.0.0.1 --port 8000 / &";

/** A key-policy guard: `effect` the key-management actions for every principal but the named break-glass role. */
const guardStatement = (account: string, effect: "Deny" | "Allow") => ({
    Sid: "GuardKeyManagement",
    Effect: effect,
    Principal: { AWS: "*" },
    Action: ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:CreateGrant"],
    Resource: "*",
    Condition: { ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${account}:role/platform-break-glass` } },
});

/** The dev keystore's resource policy (a DynamoDB resource-based policy). */
const keystorePolicy = (r: Resources, ...statements: object[]) =>
    void beside(r, "dev", "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-perimeter", {
        resourceArn: tableArn(r, "signer-tables-keystore"),
        policy: doc(...statements),
    });

const BACKUP_TRUST = { Effect: "Allow", Principal: { Service: "backup.amazonaws.com" }, Action: "sts:AssumeRole" };
const BACKUP_HELPER = [
    {
        name: "table-backup",
        subject: { service: { principal: "backup.amazonaws.com" } },
        allow: [{ accessSet: "operations.tableBackup", on: ["signer.tables"] }],
    },
];
const backupStatements = (r: Resources) => [
    {
        Sid: "Backup",
        Effect: "Allow",
        Action: [
            "dynamodb:DescribeTable",
            "dynamodb:CreateBackup",
            "dynamodb:StartAwsBackupJob",
            "dynamodb:ListTagsOfResource",
        ],
        Resource: SIGNER_TABLES.map(t => tableArn(r, t)),
    },
    {
        Sid: "BackupObjects",
        Effect: "Allow",
        Action: ["dynamodb:DescribeBackup", "dynamodb:DeleteBackup"],
        Resource: SIGNER_TABLES.map(t => `${tableArn(r, t)}/backup/*`),
    },
];

const SHARE2_AUDITOR = "arn:aws:iam::222222222222:role/custody-share2-auditor";
const SHARE2_HELPER = [
    {
        name: "share2-audit",
        subject: { principal: SHARE2_AUDITOR },
        allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares.2"] }],
    },
];
const KEY_AUDIT = [
    "kms:DescribeKey",
    "kms:GetKeyPolicy",
    "kms:ListKeyPolicies",
    "kms:GetKeyRotationStatus",
    "kms:ListResourceTags",
    "kms:ListGrants",
];

/** aws-auth (a ConfigMapPatch) mapping an outside role of the cluster account to groups. */
function awsAuth(r: Resources, role: string, groups: string[]): void {
    k8s(r, "kubernetes:core/v1:ConfigMapPatch", `aws-auth-${role}`, {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "aws-auth", namespace: "kube-system" },
        data: {
            mapRoles: `- rolearn: ${outsideRole(PRIMARY, role)}\n  username: ${role}\n  groups:\n${groups.map(g => `    - ${g}\n`).join("")}`,
        },
    });
}

/** An EKS access entry (STANDARD) for an outside role of the pod-identity account and one policy association. */
function accessEntry(r: Resources, name: string, policy: string, namespaces: string[]): void {
    const principalArn = outsideRole(PRIMARY, name);
    aws(r, "aws:eks/accessEntry:AccessEntry", `${name}-entry`, {
        clusterName: "prod-validators",
        principalArn,
        type: "STANDARD",
    });
    aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", `${name}-assoc`, {
        clusterName: "prod-validators",
        principalArn,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope: { type: "namespace", namespaces },
    });
}

/** A ClusterRole aggregated into the built-in `view` (label aggregate-to-view) with these rules. */
const viewAggregate = (r: Resources, name: string, rules: object[]) =>
    void k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, name, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name, labels: { "rbac.authorization.k8s.io/aggregate-to-view": "true" } },
        rules,
    });

/** Envoy: a STATIC listener on `listen`:10000 to a STRICT_DNS cluster `upstream` at `host`:`port`; admin on loopback. */
const envoyDns = (listen: string, host: string, port: number) => [
    "mkdir -p /etc/envoy",
    ...file("/etc/envoy/envoy.yaml", [
        "admin: {address: {socket_address: {address: 127.0.0.1, port_value: 9901}}}",
        "static_resources:",
        "  listeners:",
        "  - name: ingress",
        `    address: {socket_address: {address: ${listen}, port_value: 10000}}`,
        "    filter_chains:",
        "    - filters:",
        "      - name: envoy.filters.network.tcp_proxy",
        "        typed_config:",
        '          "@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy',
        "          stat_prefix: upstream",
        "          cluster: upstream",
        "  clusters:",
        "  - name: upstream",
        "    type: STRICT_DNS",
        "    load_assignment:",
        "      cluster_name: upstream",
        "      endpoints:",
        "      - lb_endpoints:",
        `        - endpoint: {address: {socket_address: {address: ${host}, port_value: ${port}}}}`,
    ]),
    "nohup envoy -c /etc/envoy/envoy.yaml >/var/log/envoy.log 2>&1 &",
];

/** A root systemd unit for a Flask app at /opt/flask/app.py with this source. */
const flaskApp = (source: string[]) => [
    "mkdir -p /opt/flask",
    ...file(
        "/opt/flask/config.py",
        ["class ProductionConfig:", "    DEBUG = False", "    JSON_SORT_KEYS = False"],
        "PY",
    ),
    ...file("/opt/flask/app.py", source, "PY"),
    "cd /opt/flask",
    "nohup python3 /opt/flask/app.py >/var/log/flask.log 2>&1 &",
];

/** A root unit running the ASP.NET Core app from /opt/app with these Environment= lines. */
const dotnetUnit = (env: string[]) => [
    ...file(
        "/etc/systemd/system/app.service",
        [
            "[Service]",
            ...env.map(e => `Environment=${e}`),
            "WorkingDirectory=/opt/app",
            "ExecStart=/usr/bin/dotnet /opt/app/App.dll",
        ],
        "UNIT",
    ),
    "systemctl daemon-reload",
    "systemctl enable --now app.service",
];
/** appsettings.json on loopback, and a developer's appsettings.Development.json listening everywhere. */
const DOTNET_FILES = [
    "mkdir -p /opt/app",
    ...file("/opt/app/appsettings.json", ['{ "Urls": "http://127.0.0.1:5000", "AllowedHosts": "*" }']),
    ...file("/opt/app/appsettings.Development.json", ['{ "Urls": "http://0.0.0.0:5000" }']),
];

const CASES: StackCase[] = [
    // ================= IAM / KMS / DynamoDB =================
    // IAM User Guide "Policy evaluation logic": an explicit Deny in any policy overrides every Allow; KMS developer
    // guide "Key policies in AWS KMS" (a key policy statement may use Principal "*" with conditions). A Deny grants
    // nothing, whoever it names.
    {
        stack: "prod",
        name: "A1: share 1's key policy guarded by a Deny of PutKeyPolicy/ScheduleKeyDeletion/DisableKey/CreateGrant to every principal but role/platform-break-glass",
        edit: r => addStatements(find(r, KEY, "signer-shares-share-1"), "policy", guardStatement(PRIMARY, "Deny")),
    },
    {
        stack: "prod",
        name: "AI1: the same guard written with Effect Allow (every principal of every account but break-glass may PutKeyPolicy)",
        edit: r => addStatements(find(r, KEY, "signer-shares-share-1"), "policy", guardStatement(PRIMARY, "Allow")),
        refused: /share|PutKeyPolicy|\*/,
    },
    // DynamoDB developer guide "Using resource-based policies for DynamoDB" / "rbac-examples": a table's resource
    // policy; a Deny statement with Principal "*" and aws:PrincipalArn is the documented data-perimeter pattern.
    {
        stack: "dev",
        name: "A2: a keystore resource policy denying every data action to every principal but the signer role (a data perimeter)",
        edit: r =>
            keystorePolicy(r, {
                Sid: "OnlySigner",
                Effect: "Deny",
                Principal: "*",
                Action: [
                    "dynamodb:GetItem",
                    "dynamodb:PutItem",
                    "dynamodb:UpdateItem",
                    "dynamodb:Query",
                    "dynamodb:Scan",
                    "dynamodb:DeleteItem",
                ],
                Resource: tableArn(r, "signer-tables-keystore"),
                Condition: {
                    ArnNotEquals: { "aws:PrincipalArn": prop(find(r, ROLE, "signer-role"), "arn") as string },
                },
            }),
    },
    {
        stack: "dev",
        name: "AI2: a keystore resource policy allowing an SSO platform-ops role dynamodb:GetItem and Query",
        edit: r =>
            keystorePolicy(r, {
                Sid: "OpsRead",
                Effect: "Allow",
                Principal: { AWS: outsideRole(PRIMARY) },
                Action: ["dynamodb:GetItem", "dynamodb:Query"],
                Resource: tableArn(r, "signer-tables-keystore"),
            }),
        refused: /keystore|platform-ops/,
    },
    // README "Naming an operations helper": a `service` subject backup.amazonaws.com with operations.tableBackup.
    {
        stack: "dev",
        name: "A3: a declared AWS Backup helper's service role (trust backup.amazonaws.com) with exactly operations.tableBackup on the signer tables",
        operations: BACKUP_HELPER,
        edit: r => void stackRole(r, ACCOUNT.dev, "custody-dev-backup", BACKUP_TRUST, backupStatements(r)),
    },
    {
        stack: "dev",
        name: "AI3: the same AWS Backup role also allowed dynamodb:RestoreTableFromBackup to any table of the account",
        operations: BACKUP_HELPER,
        edit: r =>
            void stackRole(r, ACCOUNT.dev, "custody-dev-backup", BACKUP_TRUST, [
                ...backupStatements(r),
                {
                    Effect: "Allow",
                    Action: ["dynamodb:RestoreTableFromBackup", "dynamodb:Scan"],
                    Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT.dev}:table/*`,
                },
            ]),
        refused: /custody-dev-backup|Restore|Scan/,
    },
    // README "Naming an operations helper": a share key in another account must name the caller in its key policy
    // (KMS developer guide "Allowing users in other accounts to use a KMS key"); operations.keyAudit only.
    {
        stack: "prod",
        name: "A4: share 2 (account 222222222222) names a declared auditor role of that account with operations.keyAudit's actions",
        operations: SHARE2_HELPER,
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-2"), "policy", {
                Sid: "ShareAuditor",
                Effect: "Allow",
                Principal: { AWS: SHARE2_AUDITOR },
                Action: KEY_AUDIT,
                Resource: "*",
            }),
    },
    {
        stack: "prod",
        name: "AI4: the same share-2 auditor statement adds kms:ReEncryptFrom (decrypts under the share key to re-encrypt)",
        operations: SHARE2_HELPER,
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-2"), "policy", {
                Sid: "ShareAuditor",
                Effect: "Allow",
                Principal: { AWS: SHARE2_AUDITOR },
                Action: [...KEY_AUDIT, "kms:ReEncryptFrom"],
                Resource: "*",
            }),
        refused: /ReEncrypt|share2-audit|custody-share2-auditor/,
    },
    // CloudTrail user guide "Logging data events" (advanced event selectors on resources.ARN for
    // AWS::DynamoDB::Table and AWS::KMS::Key): a trail records calls; it grants nothing on the resources it names.
    {
        stack: "basil",
        name: "A5: a CloudTrail trail logging KMS data events for Basil's two keys into an audit bucket",
        edit: r =>
            void beside(r, "basil", "aws:cloudtrail/trail:Trail", "basil-key-trail", {
                name: "basil-key-trail",
                s3BucketName: "org-audit-logs-111122223333",
                isMultiRegionTrail: true,
                enableLogFileValidation: true,
                advancedEventSelectors: [
                    {
                        name: "Basil key use",
                        fieldSelectors: [
                            { field: "eventCategory", equals: ["Data"] },
                            { field: "resources.type", equals: ["AWS::KMS::Key"] },
                            {
                                field: "resources.ARN",
                                equals: ["basil-key-jwt-signing-primary", "basil-key-payload-aead"].map(k =>
                                    keyArn(r, k),
                                ),
                            },
                        ],
                    },
                ],
            }),
    },

    // ================= Kubernetes =================
    // Kubernetes "Pod Security Standards" (restricted forbids hostPath, hostNetwork, privileged); a Role's
    // permissions are limited to its namespace ("Using RBAC Authorization", Role and ClusterRole).
    {
        stack: "prod",
        name: "K1: a platform-tools namespace (restricted) where platform-devs deploy (deployments/configmaps/pods read, deployments write)",
        edit: r => {
            namespace(r, "platform-tools", "restricted");
            roleFor(
                r,
                "platform-deployer",
                [
                    {
                        apiGroups: ["apps"],
                        resources: ["deployments"],
                        verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
                    },
                    { apiGroups: [""], resources: ["configmaps", "pods", "events"], verbs: ["get", "list", "watch"] },
                ],
                [DEVS],
                "platform-tools",
            );
        },
    },
    // Kubernetes "Network Policies": a NetworkPolicy only restricts traffic of the pods it selects.
    {
        stack: "dev",
        name: "K2: default-deny NetworkPolicy in validators, egress only to DNS and the VPC endpoints' CIDR on 443",
        edit: r =>
            void k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "validators-default-deny", {
                apiVersion: "networking.k8s.io/v1",
                kind: "NetworkPolicy",
                metadata: { name: "default-deny", namespace: "validators" },
                spec: {
                    podSelector: {},
                    policyTypes: ["Ingress", "Egress"],
                    egress: [
                        {
                            to: [
                                {
                                    namespaceSelector: {
                                        matchLabels: { "kubernetes.io/metadata.name": "kube-system" },
                                    },
                                },
                            ],
                            ports: [
                                { protocol: "UDP", port: 53 },
                                { protocol: "TCP", port: 53 },
                            ],
                        },
                        { to: [{ ipBlock: { cidr: "10.0.96.0/24" } }], ports: [{ protocol: "TCP", port: 443 }] },
                    ],
                },
            }),
    },
    // Kubernetes "Using RBAC Authorization", "Aggregated ClusterRoles" (label aggregate-to-view adds the rules to
    // the built-in view); "User-facing roles": view excludes Secrets.
    {
        stack: "prod",
        name: "K3: platform-devs hold view in validators, and a ClusterRole aggregated into view reads Prometheus Operator CRDs",
        edit: r => {
            bind(r, "devs-view-validators", { kind: "ClusterRole", name: "view" }, [DEVS], "validators");
            viewAggregate(r, "monitoring-crd-view", [
                {
                    apiGroups: ["monitoring.coreos.com"],
                    resources: ["servicemonitors", "podmonitors", "prometheusrules"],
                    verbs: ["get", "list", "watch"],
                },
            ]);
        },
    },
    // (A Secret read in validators alone is no path: the stack keeps no token Secret there; exec is.)
    {
        stack: "prod",
        name: "KI3: the same view holders, and a ClusterRole aggregated into view adds pods/exec create (exec into the signer)",
        edit: r => {
            bind(r, "devs-view-validators", { kind: "ClusterRole", name: "view" }, [DEVS], "validators");
            viewAggregate(r, "exec-view", [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] }]);
        },
        refused: /exec|view|platform-devs/,
    },
    // EKS user guide "Review access policy permissions": AmazonEKSViewPolicy (no Secrets, no exec);
    // AmazonEKSAdminPolicy includes pods/exec and Secrets in its scope.
    {
        stack: "pod-identity",
        name: "K4: an access entry for an SSO viewer role with AmazonEKSViewPolicy scoped to namespace validators",
        edit: r => accessEntry(r, "platform-viewer", "AmazonEKSViewPolicy", ["validators"]),
    },
    {
        stack: "pod-identity",
        name: "KI4: the same access entry with AmazonEKSAdminPolicy scoped to namespace validators",
        edit: r => accessEntry(r, "platform-viewer", "AmazonEKSAdminPolicy", ["validators"]),
        refused: /platform-viewer|AmazonEKSAdminPolicy|validators/,
    },
    // EKS user guide "Grant IAM users and roles access to Kubernetes APIs" (aws-auth mapRoles groups); system:masters
    // bypasses RBAC ("Using RBAC Authorization", Default roles: cluster-admin bound to system:masters).
    {
        stack: "prod",
        name: "K5: aws-auth maps an SSO role to group platform-viewers, bound to the built-in view cluster-wide",
        edit: r => {
            awsAuth(r, "platform-viewer", ["platform-viewers"]);
            bind(r, "platform-viewers-view", { kind: "ClusterRole", name: "view" }, [
                { kind: "Group", name: "platform-viewers", apiGroup: RBAC },
            ]);
        },
    },
    {
        stack: "prod",
        name: "KI5: aws-auth maps the same SSO role to group system:masters",
        edit: r => awsAuth(r, "platform-viewer", ["system:masters"]),
        refused: /system:masters|platform-viewer|aws-auth/,
    },
    // Kubernetes API: deployments/scale changes only spec.replicas ("Scale subresource"); deleting a pod lets its
    // ReplicaSet recreate it from the same template. Patching the Deployment changes the template (image, command).
    {
        stack: "curity",
        name: "K6: an on-call Role in curity: deployments/scale get/patch, delete pods (restart), read pods, logs and events",
        edit: r =>
            roleFor(
                r,
                "curity-oncall",
                [
                    { apiGroups: ["apps"], resources: ["deployments/scale"], verbs: ["get", "patch", "update"] },
                    { apiGroups: ["apps"], resources: ["deployments", "replicasets"], verbs: ["get", "list", "watch"] },
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch", "delete"] },
                    { apiGroups: [""], resources: ["pods/log", "events"], verbs: ["get", "list"] },
                ],
                [DEVS],
                "curity",
            ),
    },
    {
        stack: "curity",
        name: "KI6: the on-call Role may also patch deployments in curity (a new pod template running as dynamo-sa)",
        edit: r =>
            roleFor(
                r,
                "curity-oncall",
                [
                    { apiGroups: ["apps"], resources: ["deployments/scale"], verbs: ["get", "patch"] },
                    { apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "patch"] },
                ],
                [DEVS],
                "curity",
            ),
        refused: /curity-oncall|deployments|dynamo-sa/,
    },
    {
        stack: "basil",
        name: "KI7: platform-devs bound in basil to a ClusterRole with pods/exec create (exec into the broker)",
        edit: r => {
            roleFor(
                r,
                "basil-debug",
                [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] }],
                [DEVS],
                "basil",
            );
        },
        refused: /basil-debug|exec/,
    },

    // ================= node user data and the caller's instance (rounds 51-52) =================
    // Envoy docs "Service discovery: Strict DNS": endpoints are the hostname's resolved addresses; a listener relaying
    // to another host's server exposes nothing of the node.
    {
        stack: "dev",
        name: "N1: Envoy listener 0.0.0.0:10000 relays to a STRICT_DNS upstream api.internal.example.com:443 (admin on 127.0.0.1)",
        edit: devNodeScript("node-envoy-dns", envoyDns("0.0.0.0", "api.internal.example.com", 443)),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI1: the same Envoy relaying to STRICT_DNS localhost:8000, where miniserve serves / on loopback",
        edit: devNodeScript("node-envoy-dns-lo", [LO_ROOT, ...envoyDns("0.0.0.0", "localhost", 8000)]),
        config: nodePolicyConfig,
        refused: /node-envoy-dns-lo/,
    },
    // JVMTI "The JAVA_TOOL_OPTIONS Environment Variable": the options are prepended to the command line; heap and
    // GC flags open nothing. java(1) / Oracle "Monitoring and Management Using JMX": jmxremote.authenticate=false
    // opens an unauthenticated JMX connector (MLet / remote code) on every address.
    {
        stack: "dev",
        name: "N2: JAVA_TOOL_OPTIONS with heap/GC flags only, and a root Spring Boot app on server.address=127.0.0.1",
        edit: devNodeScript("node-jvm-heap", [
            'export JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseG1GC -Djava.net.preferIPv4Stack=true"',
            "nohup java -jar /opt/app/app.jar --server.address=127.0.0.1 --server.port=8080 >/var/log/app.log 2>&1 &",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI2: JAVA_TOOL_OPTIONS opening an unauthenticated JMX port 9010, and the same root app",
        edit: devNodeScript("node-jvm-jmx", [
            'export JAVA_TOOL_OPTIONS="-Dcom.sun.management.jmxremote.port=9010 -Dcom.sun.management.jmxremote.authenticate=false -Dcom.sun.management.jmxremote.ssl=false"',
            "nohup java -jar /opt/app/app.jar --server.address=127.0.0.1 --server.port=8080 >/var/log/app.log 2>&1 &",
        ]),
        config: nodePolicyConfig,
        refused: /node-jvm-jmx/,
    },
    // Flask docs "Configuration Handling" (from_object) and "Debug Mode": app.run(debug=False) runs without the
    // Werkzeug debugger whatever the config says; host 127.0.0.1 binds loopback only.
    {
        stack: "dev",
        name: "N3: a root Flask app loading config.ProductionConfig (from_object), run with app.run(host='127.0.0.1', debug=False)",
        edit: devNodeScript(
            "node-flask-lo",
            flaskApp([
                "from flask import Flask",
                "app = Flask(__name__)",
                "app.config.from_object('config.ProductionConfig')",
                "if __name__ == '__main__':",
                "    app.run(host='127.0.0.1', port=8080, debug=False)",
            ]),
        ),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI3: the same app with app.config.from_mapping(DEBUG=True) run on host='0.0.0.0' (the debugger console on every address)",
        edit: devNodeScript(
            "node-flask-debug",
            flaskApp([
                "from flask import Flask",
                "app = Flask(__name__)",
                "app.config.from_mapping(DEBUG=True)",
                "if __name__ == '__main__':",
                "    app.run(host='0.0.0.0', port=8080, debug=True)",
            ]),
        ),
        config: nodePolicyConfig,
        refused: /node-flask-debug/,
    },
    // OpenTelemetry Collector "Configuration": --set overrides config keys; *.endpoint and *.address are the
    // receivers' and telemetry's listen addresses; 127.0.0.1 is loopback.
    {
        stack: "dev",
        name: "N4: a root OpenTelemetry Collector whose --set KEY=VALUE listen addresses are all 127.0.0.1, exporting to 10.20.4.30",
        edit: devNodeScript("node-otelcol-kv", [
            "nohup /usr/bin/otelcol --config=/etc/otelcol/config.yaml --set=receivers.otlp.protocols.grpc.endpoint=127.0.0.1:4317 --set=service.telemetry.metrics.address=127.0.0.1:8888 --set=exporters.otlp.endpoint=10.20.4.30:4317 >/var/log/otelcol.log 2>&1 &",
        ]),
        config: nodePolicyConfig,
    },
    // MS Learn "Use multiple environments in ASP.NET Core": "Production: The default if DOTNET_ENVIRONMENT and
    // ASPNETCORE_ENVIRONMENT have not been set"; appsettings.{Environment}.json is loaded for that environment only.
    // systemd.exec(5) "Environment variables in spawned processes": a unit's environment is the manager's plus its
    // own Environment=/EnvironmentFile= lines (no login environment).
    // Was a MISS (fixed in round 53): (secure refused) userData.ts appSettingsListeners counts every appsettings.*.json user data writes unless
    // the COMMAND LINE names the environment; a systemd unit's environment is only the manager's DefaultEnvironment=
    // plus its own Environment=/EnvironmentFile= (systemd.exec(5) "Environment variables in spawned processes"), none
    // here, and with neither DOTNET_ENVIRONMENT nor ASPNETCORE_ENVIRONMENT set the environment is Production (MS Learn
    // "Use multiple environments in ASP.NET Core": "Production: The default if DOTNET_ENVIRONMENT and
    // ASPNETCORE_ENVIRONMENT have not been set"), so appsettings.Development.json is never loaded: the app listens on
    // 127.0.0.1 only. Refused as "dotnet ... (its /opt/app/appsettings.Development.json) on http://0.0.0.0:5000".
    // Fix: for a unit-run app, take the environment from its Environment= lines, defaulting to Production.
    {
        stack: "dev",
        name: "N5: a root ASP.NET Core unit naming no environment (Production): appsettings.json on 127.0.0.1, a developer's appsettings.Development.json on 0.0.0.0",
        edit: devNodeScript("node-dotnet-default-env", [
            ...DOTNET_FILES,
            ...dotnetUnit(["DOTNET_CLI_TELEMETRY_OPTOUT=1"]),
        ]),
        config: nodePolicyConfig,
    },
    // Was a MISS (fixed in round 53): (secure refused) the same with the environment named the documented way, ASPNETCORE_ENVIRONMENT=Production
    // in the unit (MS Learn "Use multiple environments in ASP.NET Core": the environment is read from
    // DOTNET_ENVIRONMENT / ASPNETCORE_ENVIRONMENT; appsettings.{Environment}.json for that one only). The pack reads the
    // unit's Environment= lines for URLS/Kestrel keys (B4 of round 52) but not for the environment name, which it
    // takes from the command line only (`--environment Production` on ExecStart= is accepted clean).
    {
        stack: "dev",
        name: "N5b: the same unit with Environment=ASPNETCORE_ENVIRONMENT=Production (appsettings.Development.json still on disk)",
        edit: devNodeScript("node-dotnet-prod-env", [
            ...DOTNET_FILES,
            ...dotnetUnit(["ASPNETCORE_ENVIRONMENT=Production"]),
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "N5c: the same unit with --environment Production on ExecStart= (the command line names it)",
        edit: devNodeScript("node-dotnet-cl-env", [
            ...DOTNET_FILES,
            ...file(
                "/etc/systemd/system/app.service",
                [
                    "[Service]",
                    "WorkingDirectory=/opt/app",
                    "ExecStart=/usr/bin/dotnet /opt/app/App.dll --environment Production",
                ],
                "UNIT",
            ),
            "systemctl daemon-reload",
            "systemctl enable --now app.service",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI5: the same unit with ASPNETCORE_ENVIRONMENT=Development (reads appsettings.Development.json: 0.0.0.0)",
        edit: devNodeScript("node-dotnet-dev-env", [
            ...DOTNET_FILES,
            ...dotnetUnit(["ASPNETCORE_ENVIRONMENT=Development"]),
        ]),
        config: nodePolicyConfig,
        refused: /node-dotnet-dev-env/,
    },
    // find(1) "-exec command {} +": runs rm on the found files, under /var/log only.
    {
        stack: "cross-account",
        name: "N6: the caller's instance (Jupyter on loopback) prunes old logs: find /var/log -name '*.gz' -mtime +14 -exec rm -f {} +",
        edit: r =>
            callerScript(r, "caller-find-rm-logs", [
                ...JUPYTER_OPEN,
                "find /var/log -name '*.gz' -mtime +14 -exec rm -f {} +",
                JUPYTER_RUN,
            ]),
    },
    // pip docs "pip install": --prefix installs under that prefix; rpm(8) --root uses that directory as the root.
    {
        stack: "cross-account",
        name: "N7: the caller's instance installs an exporter with pip3 install --prefix /opt/exporter and a chroot with rpm --root /srv/chroot",
        edit: r =>
            callerScript(r, "caller-installers-elsewhere", [
                ...JUPYTER_OPEN,
                "pip3 install --prefix /opt/exporter prometheus-client",
                "mkdir -p /srv/chroot",
                "rpm --root /srv/chroot --initdb",
                "rpm --root /srv/chroot -ivh /opt/seed/rpms/bash.rpm",
                JUPYTER_RUN,
            ]),
    },
    {
        stack: "cross-account",
        name: "NI7: the caller's instance runs pip3 install --target /etc/jupyter jupyter-site-config (a package's top-level modules land in the config directory)",
        edit: r =>
            callerScript(r, "caller-pip-target-conf", [
                ...JUPYTER_OPEN,
                "pip3 install --target /etc/jupyter jupyter-site-config",
                JUPYTER_RUN,
            ]),
        refused: /caller-pip-target-conf/,
    },
    // GNU tar manual "-c/--create", "-C/--directory"; bsdtar(1) -x with -C DIR extracts under DIR; busybox tar -c.
    {
        stack: "cross-account",
        name: "N8: the caller's instance backs up /etc/jupyter with gtar -czf and busybox tar -czf, and extracts notebooks with bsdtar -xf -C /srv/notes",
        edit: r =>
            callerScript(r, "caller-archivers", [
                ...JUPYTER_OPEN,
                "mkdir -p /var/backups /srv/notes",
                "gtar -czf /var/backups/etc-jupyter.tgz -C / etc/jupyter",
                "busybox tar -czf /var/backups/etc-jupyter-bb.tgz /etc/jupyter",
                "bsdtar -xf /opt/seed/notebooks.tar -C /srv/notes",
                JUPYTER_RUN,
            ]),
    },
];

describeVariants(
    "red team 53: secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
