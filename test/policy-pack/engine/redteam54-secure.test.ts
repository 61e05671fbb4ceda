// Red-team round 54 on false positives across the committed stacks (fresh eyes). Probed: SECURE variants a careful
// platform team writes beside the custody workloads, each with an insecure neighbour that must stay refused.
// IAM/KMS/DynamoDB: an analytics role on table/analytics-* (prod) and on another table of curity's account, a declared
// key-audit helper (operations.keyAudit on trustDomain.keys, the SSO role as its subject), an app role on another
// account's key (basil), a CloudWatch agent's Pod Identity role and association (pod-identity), an observer role of
// account B (logs, Describe*; no session or command). Kubernetes: a reader Role in spirl-system, view in
// basil-bootstrap, a PDB and HPA in curity, a ClusterRole aggregated into edit writing ServiceMonitors, a team's own
// aggregated ClusterRole (operator-style label) of read-only parts, an access entry on another cluster (round 53's
// clusterOutsideStack), edit in a restricted platform-tools namespace. Round 53's rules: Envoy additional_addresses
// relaying to another host (and to 127.1), a socket unit and tcpsvd serving harmless programs, a Python file server
// importing its host from settings.py (functools.partial), Tomcat setenv.sh JMX over TLS with client certificates,
// ZooKeeper java.env heap flags, Cassandra JVM_EXTRA_OPTS heap flags; the caller's instance: user pip.conf, PIP_* env,
// curl -K with a short `-o`, GNU cpio long options, tar/bsdtar/7z/unzip into /srv (bsdtar -P refused).
// Judged right, not filed: an undeclared metadata-only KMS role is refused by design (README "Naming an operations
// helper"), and so is the helper role when the declared subject is the role itself but an SSO role assumes it; an app
// role on a key of Basil's account named by ARN (or a stack key there) is refused: Basil's provisioner may CreateKey
// on `*`, so any key of the account may be a catalog key; a kms:RequestAlias alias/app-payments/* condition is refused
// (KMS: alias managers may aim an alias at a Basil key), kept as AI4a.
// Misses (fixed in round 54, `Was a MISS` comments): insecure — a root Python program serving / on every address through the http.server API
// (imported host, functools.partial; or os.chdir("/") and HTTPServer(("", ...))): only `python3 -m http.server` words
// are judged (2). DECIDED (round 54): a stack ClusterRole's own aggregationRule bound to platform-devs stays refused
// even when every role with the team's label in the stack reads only (K5: outside roles may carry the label).
import { describeVariants, doc, find, prop, Resources, StackCase } from "./support";
import { callerScript } from "./callerInstanceBuilders";
import { aws, bind, k8s, namespace, outsideRole, roleFor } from "./variantBuilders";
import { allow, opsRole } from "./awsCaseBuilders";
import { devNodeScript, heredocFile, systemdUnit } from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const TABLE = "aws:dynamodb/table:Table";
const ROLE = "aws:iam/role:Role";
const PRIMARY = "111111111111";
const CALLER_ACCOUNT = "777777777777";

const file = heredocFile;
const tableArn = (r: Resources, name: string) => prop(find(r, TABLE, name), "arn") as string;

/** A Pod Identity role (trust pods.eks.amazonaws.com pinned to prod-validators and ns/sa) and its association. */
function podIdentityWorkload(r: Resources, ns: string, sa: string, name: string, statements: object[]): void {
    const arn = `arn:aws:iam::${PRIMARY}:role/${name}`;
    aws(r, ROLE, name, {
        name,
        arn,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { Service: "pods.eks.amazonaws.com" },
            Action: ["sts:AssumeRole", "sts:TagSession"],
            Condition: {
                StringEquals: {
                    "aws:RequestTag/eks-cluster-arn": `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-validators`,
                    "aws:RequestTag/kubernetes-namespace": ns,
                    "aws:RequestTag/kubernetes-service-account": sa,
                },
            },
        }),
        inlinePolicies: [{ name: `${name}-access`, policy: doc(...statements) }],
    });
    aws(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", `${name}-association`, {
        clusterName: "prod-validators",
        namespace: ns,
        serviceAccount: sa,
        roleArn: arn,
    });
}

const TD_AUDIT = [
    {
        name: "kms-inventory",
        subject: { principal: "arn:aws:iam::444444444444:role/platform-ops" },
        allow: [{ accessSet: "operations.keyAudit", on: ["trustDomain.keys"] }],
    },
];
const PAYMENTS_KEY_ID = "0b7d4c2e-5f1a-4e8b-9c3d-2a6f8e1b4d70";
const PAYMENTS_KEY = `arn:aws:kms:us-east-1:999999999999:key/${PAYMENTS_KEY_ID}`;

const CW_AGENT = [
    allow(["cloudwatch:PutMetricData", "ec2:DescribeTags", "ec2:DescribeVolumes"], "*"),
    allow(
        ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams", "logs:CreateLogGroup"],
        `arn:aws:logs:eu-west-1:${PRIMARY}:log-group:/aws/containerinsights/prod-validators/*`,
    ),
];

/** An EKS access entry and one policy association for an outside role of the pod-identity account. */
function accessEntry(r: Resources, cluster: string, who: string, policy: string, accessScope: object): void {
    const principalArn = outsideRole(PRIMARY, who);
    aws(r, "aws:eks/accessEntry:AccessEntry", `${who}-${cluster}-entry`, {
        clusterName: cluster,
        principalArn,
        type: "STANDARD",
    });
    aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", `${who}-${cluster}-assoc`, {
        clusterName: cluster,
        principalArn,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope,
    });
}

/** A stack ClusterRole carrying `labels` (aggregated into whatever selects them) with these rules. */
const labelledRole = (r: Resources, name: string, labels: Record<string, string>, rules: object[]) =>
    void k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, name, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name, labels },
        rules,
    });
const TO_VIEW = { "rbac.authorization.k8s.io/aggregate-to-view": "true" };
const TO_EDIT = { "rbac.authorization.k8s.io/aggregate-to-edit": "true" };
const TO_OBS = { "rbac.example.com/aggregate-to-observability": "true" };

/** An aggregated ClusterRole `observability` (selects TO_OBS labels) bound to platform-devs cluster-wide. */
function observability(r: Resources): void {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "observability", {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name: "observability" },
        aggregationRule: { clusterRoleSelectors: [{ matchLabels: TO_OBS }] },
        rules: [],
    });
    bind(r, "devs-observability", { kind: "ClusterRole", name: "observability" }, [DEVS]);
}
const READ_MONITORING = [
    {
        apiGroups: ["monitoring.coreos.com"],
        resources: ["servicemonitors", "podmonitors", "prometheusrules"],
        verbs: ["get", "list", "watch"],
    },
    { apiGroups: [""], resources: ["pods", "services", "endpoints", "events"], verbs: ["get", "list", "watch"] },
];

/** A server bound to loopback serving / (accepted alone: a loopback-bound server keeps what it serves). */
const LO_ROOT = "nohup miniserve -i 127.0.0.1 --port 8000 / &";

/** Envoy: a tcp_proxy listener on `listen`:10000 (plus `extra` lines) to a STATIC cluster at `host`:`port`. */
const envoy = (listen: string, host: string, port: number, extra: string[] = []) => [
    ...file("/etc/envoy/envoy.yaml", [
        "admin: {address: {socket_address: {address: 127.0.0.1, port_value: 9901}}}",
        "static_resources:",
        "  listeners:",
        "  - name: ingress",
        `    address: {socket_address: {address: ${listen}, port_value: 10000}}`,
        ...extra,
        "    filter_chains:",
        "    - filters:",
        "      - name: envoy.filters.network.tcp_proxy",
        "        typed_config:",
        '          "@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy',
        "          stat_prefix: ingress",
        "          cluster: upstream",
        "  clusters:",
        "  - name: upstream",
        "    type: STATIC",
        "    load_assignment:",
        "      cluster_name: upstream",
        "      endpoints:",
        "      - lb_endpoints:",
        `        - endpoint: {address: {socket_address: {address: ${host}, port_value: ${port}}}}`,
    ]),
    "nohup envoy -c /etc/envoy/envoy.yaml >/var/log/envoy.log 2>&1 &",
];
const ADDITIONAL = (address: string) => [
    "    additional_addresses:",
    `    - address: {socket_address: {address: "${address}", port_value: 10000}}`,
];

/** A root Python file server: settings.py (HOST) imported by serve.py, serving `dir`. */
const pyServer = (host: string, dir: string) => [
    ...file("/opt/files/settings.py", [`HOST = "${host}"`, "PORT = 8000"]),
    ...file("/opt/files/serve.py", [
        "import functools",
        "from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer",
        "from settings import HOST, PORT",
        `handler = functools.partial(SimpleHTTPRequestHandler, directory="${dir}")`,
        "ThreadingHTTPServer((HOST, PORT), handler).serve_forever()",
    ]),
    "cd /opt/files",
    "nohup python3 /opt/files/serve.py >/var/log/files.log 2>&1 &",
];

/** systemd socket activation (Accept=yes) on `listen`, each connection served by `exec`. */
const socketService = (name: string, listen: string, exec: string) => [
    ...file(`/etc/systemd/system/${name}.socket`, [
        "[Socket]",
        `ListenStream=${listen}`,
        "Accept=yes",
        "[Install]",
        "WantedBy=sockets.target",
    ]),
    ...file(`/etc/systemd/system/${name}@.service`, ["[Service]", `ExecStart=-${exec}`, "StandardInput=socket"]),
    "systemctl daemon-reload",
    `systemctl enable --now ${name}.socket`,
];

const JMX_TLS =
    "-Dcom.sun.management.jmxremote.port=9011 -Dcom.sun.management.jmxremote.rmi.port=9011 " +
    "-Dcom.sun.management.jmxremote.authenticate=false -Dcom.sun.management.jmxremote.ssl=true " +
    "-Dcom.sun.management.jmxremote.registry.ssl=true -Djavax.net.ssl.keyStore=/opt/tomcat/conf/jmx.p12 " +
    "-Djavax.net.ssl.keyStorePassword=changeit -Djavax.net.ssl.trustStore=/opt/tomcat/conf/jmx-clients.p12";

/** The caller's instance: Jupyter configured in /etc/jupyter on 127.0.0.1 with no token, `lines`, then Jupyter. */
const JUPYTER_OPEN = [
    "pip3 install jupyterlab",
    "mkdir -p /etc/jupyter",
    "cat > /etc/jupyter/jupyter_server_config.py <<'PY'",
    "c.ServerApp.ip = '127.0.0.1'",
    "c.ServerApp.token = ''",
    "PY",
];
const jupyter = (name: string, lines: string[]) => (r: Resources) =>
    callerScript(r, name, [...JUPYTER_OPEN, ...lines, "nohup jupyter lab --allow-root >/var/log/jupyter.log 2>&1 &"]);

const CASES: StackCase[] = [
    // ================= IAM / KMS / DynamoDB =================
    {
        stack: "prod",
        name: "A1: an SSO analytics role may Query/GetItem/Scan table/analytics-* of the custody account (no custody table so named)",
        edit: r =>
            opsRole(r, "prod", PRIMARY, "rt54-analytics", [
                allow(
                    ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:DescribeTable"],
                    [
                        `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/analytics-*`,
                        `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/analytics-*/index/*`,
                    ],
                ),
            ]),
    },
    {
        stack: "prod",
        name: "AI1: the same analytics role may also GetItem the keystore table",
        edit: r =>
            opsRole(r, "prod", PRIMARY, "rt54-analytics", [
                allow(
                    ["dynamodb:GetItem", "dynamodb:Query"],
                    [`arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/analytics-*`, tableArn(r, "signer-tables-keystore")],
                ),
            ]),
        refused: /rt54-analytics|keystore/,
    },
    {
        stack: "curity",
        name: "A2: an analytics role of 555555555555 reads table/sessions-archive (not curity-*)",
        edit: r =>
            opsRole(r, "curity", "555555555555", "rt54-curity-analytics", [
                allow(
                    ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"],
                    "arn:aws:dynamodb:eu-west-1:555555555555:table/sessions-archive",
                ),
            ]),
    },
    {
        stack: "curity",
        name: "AI2: the same role reads table/cur* (covers every curity-* table)",
        edit: r =>
            opsRole(r, "curity", "555555555555", "rt54-curity-analytics", [
                allow(
                    ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"],
                    "arn:aws:dynamodb:eu-west-1:555555555555:table/cur*",
                ),
            ]),
        refused: /rt54-curity-analytics|cur\*/,
    },
    // README "Naming an operations helper": operations.keyAudit on trustDomain.keys (kms:ListKeys/ListAliases are how
    // an auditor finds keys created at run time). Undeclared, the same role is refused by design.
    {
        stack: "trust-domain",
        name: "A3: a declared key-audit helper of 444444444444 may ListKeys/ListAliases/DescribeKey/GetKeyRotationStatus/ListResourceTags on every key",
        operations: TD_AUDIT,
        edit: r =>
            opsRole(r, "trust-domain", "444444444444", "rt54-kms-inventory", [
                allow(
                    [
                        "kms:ListKeys",
                        "kms:ListAliases",
                        "kms:DescribeKey",
                        "kms:GetKeyRotationStatus",
                        "kms:ListResourceTags",
                    ],
                    "*",
                ),
            ]),
    },
    {
        stack: "trust-domain",
        name: "AI3: the same declared helper may also kms:Sign on every key (signs with the trust domain's keys)",
        operations: TD_AUDIT,
        edit: r =>
            opsRole(r, "trust-domain", "444444444444", "rt54-kms-inventory", [
                allow(["kms:ListKeys", "kms:DescribeKey", "kms:Sign"], "*"),
            ]),
        refused: /rt54-kms-inventory|Sign/,
    },
    {
        stack: "basil",
        name: "A4: an app role of 111122223333 may Encrypt/Decrypt/GenerateDataKey on the payments account's key (999999999999, by ARN)",
        edit: r =>
            opsRole(r, "basil", "111122223333", "rt54-payments", [
                allow(["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"], PAYMENTS_KEY),
            ]),
    },
    // KMS developer guide "Use aliases to control access to KMS keys": kms:RequestAlias matches the alias a request
    // names, and "Be cautious about giving principals kms:CreateAlias, kms:UpdateAlias...": Basil's keys delegate to
    // IAM (root kms:*), so whoever of 111122223333 manages alias/app-payments/* (with CreateAlias on key/*) may point
    // one at a Basil key. Refused rightly: not a secure variant.
    {
        stack: "basil",
        name: "AI4a: the app role on key/* only through aliases alias/app-payments/* (an alias manager may aim one at a Basil key)",
        edit: r =>
            opsRole(r, "basil", "111122223333", "rt54-payments", [
                allow(
                    ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"],
                    "arn:aws:kms:us-east-1:111122223333:key/*",
                    {
                        Condition: { StringLike: { "kms:RequestAlias": "alias/app-payments/*" } },
                    },
                ),
            ]),
        refused: /rt54-payments|basil/,
    },
    {
        stack: "basil",
        name: "AI4: the same app role may Sign/Decrypt on key/* through alias/basil/* (Basil's catalog keys)",
        edit: r =>
            opsRole(r, "basil", "111122223333", "rt54-payments", [
                allow(["kms:Sign", "kms:Decrypt"], "arn:aws:kms:us-east-1:111122223333:key/*", {
                    Condition: { StringLike: { "kms:RequestAlias": "alias/basil/*" } },
                }),
            ]),
        refused: /rt54-payments|basil/,
    },
    // EKS user guide "Learn how EKS Pod Identity grants pods access to AWS services" (trust pods.eks.amazonaws.com,
    // session tags eks-cluster-arn / kubernetes-namespace / kubernetes-service-account).
    {
        stack: "pod-identity",
        name: "A5: a CloudWatch agent's Pod Identity role (amazon-cloudwatch/cloudwatch-agent) and association: metrics and its log groups",
        edit: r => podIdentityWorkload(r, "amazon-cloudwatch", "cloudwatch-agent", "rt54-cw-agent", CW_AGENT),
    },
    {
        stack: "pod-identity",
        name: "AI5: the same agent role may also GetItem/Query the keystore table",
        edit: r =>
            podIdentityWorkload(r, "amazon-cloudwatch", "cloudwatch-agent", "rt54-cw-agent", [
                ...CW_AGENT,
                allow(["dynamodb:GetItem", "dynamodb:Query"], tableArn(r, "signer-tables-keystore")),
            ]),
        refused: /rt54-cw-agent|keystore|cloudwatch-agent/,
    },
    {
        stack: "cross-account",
        name: "A6: an ops role of account B may read the caller's CloudWatch logs and ec2:Describe* (no session, no command)",
        edit: r =>
            opsRole(
                r,
                "cross-account",
                CALLER_ACCOUNT,
                "rt54-caller-observer",
                [
                    allow(["ec2:DescribeInstances", "ec2:DescribeInstanceStatus", "cloudwatch:GetMetricData"], "*"),
                    allow(
                        ["logs:GetLogEvents", "logs:FilterLogEvents"],
                        `arn:aws:logs:us-east-1:${CALLER_ACCOUNT}:log-group:/caller/*`,
                    ),
                ],
                "cross-account-caller",
            ),
    },
    // Systems Manager user guide "Session Manager": a session is a root-capable shell on the instance (ssm-user, sudo).
    {
        stack: "cross-account",
        name: "AI6: the same ops role may ssm:StartSession on instance/* of account B",
        edit: r =>
            opsRole(
                r,
                "cross-account",
                CALLER_ACCOUNT,
                "rt54-caller-observer",
                [
                    allow("ec2:DescribeInstances", "*"),
                    allow("ssm:StartSession", [
                        `arn:aws:ec2:us-east-1:${CALLER_ACCOUNT}:instance/*`,
                        "arn:aws:ssm:us-east-1::document/SSM-SessionManagerRunShell",
                    ]),
                ],
                "cross-account-caller",
            ),
        refused: /rt54-caller-observer|StartSession/,
    },

    // ================= Kubernetes =================
    {
        stack: "trust-domain",
        name: "K1: platform-devs may read pods, pods/log and events in spirl-system (a Role there)",
        edit: r =>
            roleFor(
                r,
                "spirl-reader",
                [{ apiGroups: [""], resources: ["pods", "pods/log", "events"], verbs: ["get", "list", "watch"] }],
                [DEVS],
                "spirl-system",
            ),
    },
    {
        stack: "trust-domain",
        name: "KI1: platform-devs may create serviceaccounts/token in spirl-system (the server's IRSA token)",
        edit: r =>
            roleFor(
                r,
                "spirl-reader",
                [
                    { apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list"] },
                    { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] },
                ],
                [DEVS],
                "spirl-system",
            ),
        refused: /spirl|token/,
    },
    {
        stack: "basil",
        name: "K2: platform-devs hold the built-in view in basil-bootstrap",
        edit: r => bind(r, "devs-view-bootstrap", { kind: "ClusterRole", name: "view" }, [DEVS], "basil-bootstrap"),
    },
    {
        stack: "basil",
        name: "KI2: platform-devs hold the built-in edit in basil-bootstrap (pods as basil-provisioner)",
        edit: r => bind(r, "devs-edit-bootstrap", { kind: "ClusterRole", name: "edit" }, [DEVS], "basil-bootstrap"),
        refused: /edit|basil-bootstrap|platform-devs/,
    },
    // Kubernetes "Pod disruption budgets", "Horizontal Pod Autoscaling": neither creates pods of its own template.
    {
        stack: "curity",
        name: "K3: a PodDisruptionBudget and a HorizontalPodAutoscaler for the Curity runtime in curity",
        edit: r => {
            k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "curity-pdb", {
                apiVersion: "policy/v1",
                kind: "PodDisruptionBudget",
                metadata: { name: "curity-runtime", namespace: "curity" },
                spec: { minAvailable: 1, selector: { matchLabels: { "app.kubernetes.io/component": "curity-idsvr" } } },
            });
            k8s(r, "kubernetes:autoscaling/v2:HorizontalPodAutoscaler", "curity-hpa", {
                apiVersion: "autoscaling/v2",
                kind: "HorizontalPodAutoscaler",
                metadata: { name: "curity-runtime", namespace: "curity" },
                spec: {
                    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "curity-idsvr-runtime" },
                    minReplicas: 2,
                    maxReplicas: 6,
                    metrics: [
                        {
                            type: "Resource",
                            resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
                        },
                    ],
                },
            });
        },
    },
    {
        stack: "curity",
        name: "KI3: platform-devs may create pods in curity (a pod naming dynamo-sa)",
        edit: r =>
            roleFor(
                r,
                "curity-pods",
                [{ apiGroups: [""], resources: ["pods"], verbs: ["create", "get", "list"] }],
                [DEVS],
                "curity",
            ),
        refused: /curity-pods|pods|dynamo-sa/,
    },
    // Kubernetes "Using RBAC Authorization", "Aggregated ClusterRoles" and "User-facing roles" (edit: no roles or
    // bindings; aggregate-to-edit adds rules to edit).
    {
        stack: "prod",
        name: "K4: a ClusterRole aggregated into edit lets edit's holders write ServiceMonitors/PodMonitors (nobody outside holds edit in validators)",
        edit: r =>
            labelledRole(r, "monitoring-edit", TO_EDIT, [
                {
                    apiGroups: ["monitoring.coreos.com"],
                    resources: ["servicemonitors", "podmonitors"],
                    verbs: ["create", "update", "patch", "delete"],
                },
            ]),
    },
    {
        stack: "prod",
        name: "KI4: platform-devs hold view in validators, and a ClusterRole aggregated into view grants create serviceaccounts/token",
        edit: r => {
            bind(r, "devs-view-validators", { kind: "ClusterRole", name: "view" }, [DEVS], "validators");
            labelledRole(r, "token-view", TO_VIEW, [
                { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] },
            ]);
        },
        refused: /token|view|platform-devs/,
    },
    // DECIDED (round 54): refused, as an insecure case. The red team's argument (Kubernetes "Privilege escalation
    // prevention": whoever creates an outside labelled role already holds its power) does not make the stack's binding
    // safe: the stack binds platform-devs to whatever every ClusterRole carrying the label grants, and it cannot see
    // which outside ClusterRoles carry it. A selector on an operator's labels (app.kubernetes.io/part-of: argocd, say)
    // would hand platform-devs that operator's Secret-reading role with the same stack code, and creating an aggregated
    // ClusterRole needs cluster-admin anyway (kube-apiserver clusterrole policybased storage: "must have cluster-admin
    // privileges to use the aggregationRule"), so the deployer's own power is no bound. Built-in view is different: its
    // holders and its aggregate-to-view convention are Kubernetes' own. A team writes the parts' rules into one role.
    {
        stack: "dev",
        name: "K5: a stack aggregated ClusterRole observability (label selector) bound to platform-devs, its labelled parts read monitoring CRDs and pods",
        edit: r => {
            observability(r);
            labelledRole(r, "observability-monitoring", TO_OBS, READ_MONITORING);
        },
        refused: /aggregat|observability/,
    },
    {
        stack: "dev",
        name: "KI5: the same, and a second labelled part grants create pods/exec",
        edit: r => {
            observability(r);
            labelledRole(r, "observability-monitoring", TO_OBS, READ_MONITORING);
            labelledRole(r, "observability-debug", TO_OBS, [
                { apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] },
            ]);
        },
        refused: /exec|observability|platform-devs/,
    },
    // EKS API CreateAccessEntry: an access entry acts in the one cluster it names; the pod-identity trust pins
    // eks-cluster-arn to prod-validators.
    {
        stack: "pod-identity",
        name: "K6: an SSO role's access entry with AmazonEKSAdminPolicy on namespace batch of another cluster prod-batch",
        edit: r =>
            accessEntry(r, "prod-batch", "platform-batch", "AmazonEKSAdminPolicy", {
                type: "namespace",
                namespaces: ["batch"],
            }),
    },
    {
        stack: "pod-identity",
        name: "KI6: the same role's entry with AmazonEKSEditPolicy on namespace validators of prod-validators",
        edit: r =>
            accessEntry(r, "prod-validators", "platform-batch", "AmazonEKSEditPolicy", {
                type: "namespace",
                namespaces: ["validators"],
            }),
        refused: /platform-batch|AmazonEKSEditPolicy/,
    },
    {
        stack: "prod",
        name: "K7: a restricted platform-tools namespace where platform-devs hold the built-in edit",
        edit: r => {
            namespace(r, "platform-tools", "restricted");
            bind(r, "devs-edit-tools", { kind: "ClusterRole", name: "edit" }, [DEVS], "platform-tools");
        },
    },

    // ================= node user data (round 53 rules) =================
    // Envoy "Listener" additional_addresses: the listener also binds these; 10.0.5.20 is another host's server.
    {
        stack: "dev",
        name: "N1: Envoy listener 127.0.0.1:10000 with additional_addresses :: relaying to 10.0.5.20:443 (another host), miniserve / on loopback",
        edit: devNodeScript("rt54-envoy-additional-remote", [
            LO_ROOT,
            ...envoy("127.0.0.1", "10.0.5.20", 443, ADDITIONAL("::")),
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI1: Envoy listener 127.0.0.1:10000 with additional_addresses :: relaying to 127.1:8000 (miniserve /)",
        edit: devNodeScript("rt54-envoy-additional-lo", [
            LO_ROOT,
            ...envoy("127.0.0.1", "127.1", 8000, ADDITIONAL("::")),
        ]),
        config: nodePolicyConfig,
        refused: /rt54-envoy-additional-lo/,
    },
    // systemd.socket(5) Accept=yes: one service instance per connection, its stdin the socket; cat echoes (RFC 862).
    {
        stack: "dev",
        name: "N2: a systemd socket (Accept=yes) on 0.0.0.0:7 serving /bin/cat (echo)",
        edit: devNodeScript("rt54-socket-echo", socketService("echo", "0.0.0.0:7", "/bin/cat")),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI2: the same socket serving /bin/sh -i (a root shell per connection)",
        edit: devNodeScript("rt54-socket-shell", socketService("echo", "0.0.0.0:7", "/bin/sh -i")),
        config: nodePolicyConfig,
        refused: /rt54-socket-shell/,
    },
    {
        stack: "dev",
        name: "N3: busybox tcpsvd 0 13 date -u (RFC 867 daytime)",
        edit: devNodeScript("rt54-tcpsvd-daytime", ["nohup busybox tcpsvd -vE 0 13 date -u &"]),
        config: nodePolicyConfig,
    },
    // Python "http.server": SimpleHTTPRequestHandler(directory=...) serves that tree; settings imported from the
    // script's directory (sys.path[0]).
    {
        stack: "dev",
        name: "N4: a root Python file server importing HOST = 127.0.0.1 from its settings.py, serving / (loopback only)",
        edit: devNodeScript("rt54-py-settings-lo", pyServer("127.0.0.1", "/")),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "N4b: the same server on HOST = 0.0.0.0 serving /opt/files/public (a public tree)",
        edit: devNodeScript("rt54-py-settings-public", [
            "mkdir -p /opt/files/public",
            ...pyServer("0.0.0.0", "/opt/files/public"),
        ]),
        config: nodePolicyConfig,
    },
    // Was a MISS (fixed in round 54): (insecure accepted) a root Python program serving / on every address with the http.server API: Python docs
    // "http.server": SimpleHTTPRequestHandler "serves files from the directory *directory* and below, or the current
    // directory if *directory* is not provided" and HTTPServer/ThreadingHTTPServer bind server_address (here 0.0.0.0
    // from settings.py; "" in NI4b): every pod reaches /var/lib/kubelet/pki and every pod's projected token. The pack
    // judges http.server only as `python3 -m http.server` words (userData.ts, README "a directory at, above or inside
    // the node's secrets (python http.server by --directory or the working directory"), never a script's own use of the
    // module, though round 53 reads the script and the modules user data wrote (pythonImportClosure) for Flask.
    {
        stack: "dev",
        name: "NI4: the same server importing HOST = 0.0.0.0, serving /",
        edit: devNodeScript("rt54-py-settings-any", pyServer("0.0.0.0", "/")),
        config: nodePolicyConfig,
        refused: /rt54-py-settings-any/,
    },
    // Was a MISS (fixed in round 54): (insecure accepted) the same without import or partial: os.chdir("/"), HTTPServer(("", 8000),
    // SimpleHTTPRequestHandler) (Python docs "http.server"; "" is every address, socket docs "INADDR_ANY").
    {
        stack: "dev",
        name: "NI4b: a root python3 /opt/files/serve.py: os.chdir('/'), HTTPServer(('', 8000), SimpleHTTPRequestHandler)",
        edit: devNodeScript("rt54-py-chdir-root", [
            ...file("/opt/files/serve.py", [
                "import os",
                "from http.server import HTTPServer, SimpleHTTPRequestHandler",
                'os.chdir("/")',
                'HTTPServer(("", 8000), SimpleHTTPRequestHandler).serve_forever()',
            ]),
            "nohup python3 /opt/files/serve.py >/var/log/files.log 2>&1 &",
        ]),
        config: nodePolicyConfig,
        refused: /rt54-py-chdir-root/,
    },
    // Round 54 neighbours: a Python program's own file-serving code is judged as `python -m http.server` is
    // (userData.ts pythonFileServerListeners).
    {
        stack: "dev",
        name: "N4c: a root script serving its own /opt/www through partial(SimpleHTTPRequestHandler) on 127.0.0.1",
        edit: devNodeScript("rt54-py-srv-lo", [
            "mkdir -p /opt/www",
            ...file("/opt/files/serve.py", [
                "from functools import partial",
                "import http.server as hs",
                'hs.ThreadingHTTPServer(("127.0.0.1", 8000), partial(hs.SimpleHTTPRequestHandler, directory="/opt/www")).serve_forever()',
            ]),
            "nohup python3 /opt/files/serve.py &",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "N4d: a handler class passing directory=/opt/www to super().__init__, on every address (a public tree)",
        edit: devNodeScript("rt54-py-subclass-srv", [
            ...file("/opt/files/serve.py", [
                "import socketserver",
                "from http.server import SimpleHTTPRequestHandler as Base",
                "WWW = '/opt/www'",
                "class Handler(Base):",
                "    def __init__(self, *args, **kwargs):",
                "        super().__init__(*args, directory=WWW, **kwargs)",
                "",
                'with socketserver.TCPServer(("", 8000), Handler) as httpd:',
                "    httpd.serve_forever()",
            ]),
            "nohup python3 /opt/files/serve.py &",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI4c: the same handler class passing directory='/'",
        edit: devNodeScript("rt54-py-subclass-root", [
            ...file("/opt/files/serve.py", [
                "import socketserver",
                "from http.server import SimpleHTTPRequestHandler as Base",
                "class Handler(Base):",
                "    def __init__(self, *args, **kwargs):",
                "        super().__init__(*args, directory='/', **kwargs)",
                "",
                'socketserver.ThreadingTCPServer(("", 8000), Handler).serve_forever()',
            ]),
            "nohup python3 /opt/files/serve.py &",
        ]),
        config: nodePolicyConfig,
        refused: /rt54-py-subclass-root/,
    },
    {
        stack: "dev",
        name: "NI4d: http.server.test(HandlerClass=SimpleHTTPRequestHandler) from / (bind None: every address)",
        edit: devNodeScript("rt54-py-test-root", [
            ...file("/opt/files/serve.py", [
                "import http.server",
                "http.server.test(HandlerClass=http.server.SimpleHTTPRequestHandler, port=8000)",
            ]),
            "cd /",
            "nohup python3 /opt/files/serve.py &",
        ]),
        config: nodePolicyConfig,
        refused: /rt54-py-test-root/,
    },
    {
        stack: "dev",
        name: "NI4e: python3 -c serving directory=os.environ['WWW'] on 0.0.0.0 (a directory the pack cannot know)",
        edit: devNodeScript("rt54-py-c-env", [
            `nohup python3 -c 'import os, functools, http.server as h; h.HTTPServer(("0.0.0.0", 8000), functools.partial(h.SimpleHTTPRequestHandler, directory=os.environ["WWW"])).serve_forever()' &`,
        ]),
        config: nodePolicyConfig,
        refused: /rt54-py-c-env/,
    },
    {
        stack: "dev",
        name: "N4e: the same directory the pack cannot know, on 127.0.0.1",
        edit: devNodeScript("rt54-py-c-env-lo", [
            `nohup python3 -c 'import os, functools, http.server as h; h.HTTPServer(("127.0.0.1", 8000), functools.partial(h.SimpleHTTPRequestHandler, directory=os.environ["WWW"])).serve_forever()' &`,
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI4f: aiohttp add_static('/', '/') under web.run_app (0.0.0.0 by default)",
        edit: devNodeScript("rt54-py-aiohttp-root", [
            ...file("/opt/files/serve.py", [
                "from aiohttp import web",
                "app = web.Application()",
                'app.router.add_static("/", "/")',
                "web.run_app(app, port=8080)",
            ]),
            "nohup python3 /opt/files/serve.py &",
        ]),
        config: nodePolicyConfig,
        refused: /rt54-py-aiohttp-root/,
    },
    {
        stack: "dev",
        name: "NI4g: Twisted static.File('/') on reactor.listenTCP (interface '' by default)",
        edit: devNodeScript("rt54-py-twisted-root", [
            ...file("/opt/files/serve.py", [
                "from twisted.web.server import Site",
                "from twisted.web.static import File",
                "from twisted.internet import reactor",
                "reactor.listenTCP(8080, Site(File('/')))",
                "reactor.run()",
            ]),
            "nohup python3 /opt/files/serve.py &",
        ]),
        config: nodePolicyConfig,
        refused: /rt54-py-twisted-root/,
    },
    {
        stack: "dev",
        name: "N4f: Starlette StaticFiles(directory='/') under uvicorn.run (127.0.0.1 by default)",
        edit: devNodeScript("rt54-py-starlette-lo", [
            ...file("/opt/files/serve.py", [
                "import uvicorn",
                "from starlette.applications import Starlette",
                "from starlette.staticfiles import StaticFiles",
                "app = Starlette()",
                'app.mount("/", StaticFiles(directory="/"))',
                "uvicorn.run(app, port=8080)",
            ]),
            "nohup python3 /opt/files/serve.py &",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI4h: the same StaticFiles under uvicorn.run(app, host='0.0.0.0')",
        edit: devNodeScript("rt54-py-starlette-any", [
            ...file("/opt/files/serve.py", [
                "import uvicorn",
                "from starlette.applications import Starlette",
                "from starlette.staticfiles import StaticFiles",
                "app = Starlette()",
                'app.mount("/", StaticFiles(directory="/"))',
                'uvicorn.run(app, host="0.0.0.0", port=8080)',
            ]),
            "nohup python3 /opt/files/serve.py &",
        ]),
        config: nodePolicyConfig,
        refused: /rt54-py-starlette-any/,
    },
    {
        stack: "dev",
        name: "NI4i: python3 -m uploadserver --directory / (http.server's options, every address)",
        edit: devNodeScript("rt54-py-uploadserver-root", ["nohup python3 -m uploadserver --directory / 8000 &"]),
        config: nodePolicyConfig,
        refused: /rt54-py-uploadserver-root/,
    },
    {
        stack: "dev",
        name: "N4g: python3 -m RangeHTTPServer --bind 127.0.0.1 from /",
        edit: devNodeScript("rt54-py-range-lo", ["cd /", "nohup python3 -m RangeHTTPServer --bind 127.0.0.1 8000 &"]),
        config: nodePolicyConfig,
    },
    // Oracle "Monitoring and Management Using JMX Technology": ssl.need.client.auth=true + registry.ssl=true: clients
    // authenticate by certificate. Tomcat catalina.sh sources bin/setenv.sh.
    {
        stack: "dev",
        name: "N5: Tomcat's bin/setenv.sh: CATALINA_OPTS JMX 9011 over TLS with client certificates (need.client.auth)",
        edit: devNodeScript("rt54-tomcat-jmx-tls", [
            ...file("/opt/tomcat/bin/setenv.sh", [
                `CATALINA_OPTS="$CATALINA_OPTS ${JMX_TLS} -Dcom.sun.management.jmxremote.ssl.need.client.auth=true"`,
            ]),
            "/opt/tomcat/bin/catalina.sh start",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI5: the same setenv.sh with ssl.need.client.auth=false (TLS, no authentication)",
        edit: devNodeScript("rt54-tomcat-jmx-tls-noauth", [
            ...file("/opt/tomcat/bin/setenv.sh", [
                `CATALINA_OPTS="$CATALINA_OPTS ${JMX_TLS} -Dcom.sun.management.jmxremote.ssl.need.client.auth=false"`,
            ]),
            "/opt/tomcat/bin/catalina.sh start",
        ]),
        config: nodePolicyConfig,
        refused: /rt54-tomcat-jmx-tls-noauth/,
    },
    // ZooKeeper Administrator's Guide: zkEnv.sh sources conf/java.env; admin.serverAddress binds the AdminServer.
    {
        stack: "dev",
        name: "N6: ZooKeeper's conf/java.env with heap flags and the AdminServer on 127.0.0.1, then zkServer.sh start",
        edit: devNodeScript("rt54-zk-java-env-heap", [
            ...file("/opt/zookeeper/conf/java.env", [
                'export SERVER_JVMFLAGS="-Xms512m -Xmx1g -Dzookeeper.admin.serverAddress=127.0.0.1"',
            ]),
            "/opt/zookeeper/bin/zkServer.sh start",
        ]),
        config: nodePolicyConfig,
    },
    {
        stack: "dev",
        name: "NI6: the same java.env adding a Jolokia agent on host=* (JMX over HTTP, no auth)",
        edit: devNodeScript("rt54-zk-java-env-jolokia", [
            ...file("/opt/zookeeper/conf/java.env", [
                'export SERVER_JVMFLAGS="-Xmx1g -javaagent:/opt/jolokia/jolokia-agent.jar=port=8778,host=*"',
            ]),
            "/opt/zookeeper/bin/zkServer.sh start",
        ]),
        config: nodePolicyConfig,
        refused: /rt54-zk-java-env-jolokia/,
    },
    {
        stack: "dev",
        name: "N7: a root cassandra unit with JVM_EXTRA_OPTS holding heap flags only (cassandra -R -f)",
        edit: devNodeScript("rt54-cassandra-heap", [
            ...systemdUnit("cassandra", [
                'Environment="JVM_EXTRA_OPTS=-Xms2g -Xmx2g -XX:+UseG1GC"',
                "ExecStart=/opt/cassandra/bin/cassandra -R -f",
            ]),
        ]),
        config: nodePolicyConfig,
    },

    // ================= the caller's instance (round 53 rules) =================
    // pip docs "Configuration": per-user file $HOME/.config/pip/pip.conf; PIP_<NAME> environment variables.
    {
        stack: "cross-account",
        name: "C1: the caller's instance writes root's ~/.config/pip/pip.conf ([global] index-url of a mirror, timeout), then pip3 install --upgrade jupyterlab-git",
        edit: jupyter("rt54-caller-pip-user-conf", [
            ...file("/root/.config/pip/pip.conf", [
                "[global]",
                "index-url = https://pypi.internal.example.com/simple",
                "timeout = 60",
            ]),
            "pip3 install --upgrade jupyterlab-git",
        ]),
    },
    {
        stack: "cross-account",
        name: "CI1: the same user pip.conf with [install] target = /etc/jupyter",
        edit: jupyter("rt54-caller-pip-user-target", [
            ...file("/root/.config/pip/pip.conf", ["[install]", "target = /etc/jupyter"]),
            "pip3 install --upgrade jupyter-site-config",
        ]),
        refused: /rt54-caller-pip-user-target/,
    },
    {
        stack: "cross-account",
        name: "C2: the caller's instance exports PIP_INDEX_URL/PIP_TRUSTED_HOST/PIP_NO_CACHE_DIR, then pip3 install jupyterlab-git",
        edit: jupyter("rt54-caller-pip-env-mirror", [
            "export PIP_INDEX_URL=https://pypi.internal.example.com/simple PIP_TRUSTED_HOST=pypi.internal.example.com PIP_NO_CACHE_DIR=1",
            "pip3 install jupyterlab-git",
        ]),
    },
    {
        stack: "cross-account",
        name: "CI2: the caller's instance exports PIP_PREFIX=/etc/jupyter with the same mirror, then pip3 install jupyter-site-config",
        edit: jupyter("rt54-caller-pip-env-prefix", [
            "export PIP_INDEX_URL=https://pypi.internal.example.com/simple PIP_PREFIX=/etc/jupyter",
            "pip3 install jupyter-site-config",
        ]),
        refused: /rt54-caller-pip-env-prefix/,
    },
    // curl(1) -K/--config: one option per line, long names without dashes or short options with a dash.
    {
        stack: "cross-account",
        name: "C3: curl -fsSL -K /etc/seed/notes.curlrc, the written config's `-o` under /srv/notes",
        edit: jupyter("rt54-caller-curlrc-srv", [
            ...file("/etc/seed/notes.curlrc", [
                'url = "https://seed.example.com/README.md"',
                '-o "/srv/notes/README.md"',
            ]),
            "mkdir -p /srv/notes",
            "curl -fsSL -K /etc/seed/notes.curlrc",
        ]),
    },
    {
        stack: "cross-account",
        name: "CI3: the same config whose `-o` is the Jupyter config (short option with a dash)",
        edit: jupyter("rt54-caller-curlrc-short-o", [
            ...file("/etc/seed/notes.curlrc", [
                'url = "https://seed.example.com/jupyter_server_config.py"',
                '-o "/etc/jupyter/jupyter_server_config.py"',
            ]),
            "curl -fsSL -K /etc/seed/notes.curlrc",
        ]),
        refused: /rt54-caller-curlrc-short-o/,
    },
    // GNU cpio manual "--no-absolute-filenames": names are made relative to the current directory.
    {
        stack: "cross-account",
        name: "C4: cd /srv/notes && cpio --extract --make-directories --no-absolute-filenames < NOTES",
        edit: jupyter("rt54-caller-cpio-long-safe", [
            "mkdir -p /srv/notes",
            "cd /srv/notes && cpio --extract --make-directories --no-absolute-filenames < /opt/seed/notes.cpio",
        ]),
    },
    {
        stack: "cross-account",
        name: "CI4: cd /srv/notes && cpio --extract --make-directories < NOTES (absolute member names kept)",
        edit: jupyter("rt54-caller-cpio-long", [
            "mkdir -p /srv/notes",
            "cd /srv/notes && cpio --extract --make-directories < /opt/seed/notes.cpio",
        ]),
        refused: /rt54-caller-cpio-long/,
    },
    // GNU tar, bsdtar(1), 7-Zip "x", Info-ZIP unzip: extraction under -C/-o/-d strips absolute names and ../ by
    // default (bsdtar -P, 7z -spf, unzip -: keep them).
    {
        stack: "cross-account",
        name: "C5: tar -xzf -C /srv/notes, bsdtar -xf -C /srv/notes, 7z x -o/srv/notes, unzip -qo -d /srv/notes",
        edit: jupyter("rt54-caller-extractors-safe", [
            "mkdir -p /srv/notes",
            "tar -xzf /opt/seed/notes.tgz -C /srv/notes",
            "bsdtar -xf /opt/seed/notes.tar -C /srv/notes",
            "7z x -y -o/srv/notes /opt/seed/notes.7z",
            "unzip -qo /opt/seed/notes.zip -d /srv/notes",
        ]),
    },
    {
        stack: "cross-account",
        name: "CI5: bsdtar -xPf NOTES -C /srv/notes (-P: absolute names and ../ kept)",
        edit: jupyter("rt54-caller-bsdtar-p", ["mkdir -p /srv/notes", "bsdtar -xPf /opt/seed/notes.tar -C /srv/notes"]),
        refused: /rt54-caller-bsdtar-p/,
    },
];

describeVariants(
    "red team 54: secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
