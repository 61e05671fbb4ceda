// Red-team round 13 (fresh eyes) on secure variants across every stack: what a careful platform team adds to a
// custody stack and expects to pass (observability and operations agents written as restricted pods, inert
// Kubernetes objects, AWS-side alarms, dashboards, log plumbing, budgets, metric streams, cross-account
// observability), each with an insecure twin where one exists: the smallest change that makes it insecure.
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import {
    assertClean,
    assertRefused,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    runWholePack,
    stackResources,
} from "./support";
import { namespace, serviceAccount } from "./variantBuilders";

const PRIMARY = "111111111111";
const BASIL = "111122223333";
const IDENTITY = "444444444444";
const CURITY = "555555555555";
const MONITORING = "999999999999";
const DEV_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
const PROD_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
const ROLE = "aws:iam/role:Role";
const SA = "kubernetes:core/v1:ServiceAccount";
const DS = "kubernetes:apps/v1:DaemonSet";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const CLUSTER_ROLE = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole";
const CLUSTER_ROLE_BINDING = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding";
const RBAC = "rbac.authorization.k8s.io";

// ---- builders.

/** An AWS resource through the provider of a role of the stack (its first role unless `roleName` is given). */
function aws(
    r: Resources,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    roleName?: string,
): AnalyzerResourceInput {
    const like = r.find(x => x.type === ROLE && (roleName === undefined || x.name === roleName));
    if (!like) throw new Error(`no role ${roleName ?? ""} in the fixture`);
    const res = resourceLike(like, type, name, inputs);
    r.push(res);
    return res;
}

/** A Kubernetes object through the stack's Kubernetes provider. */
function k8s(r: Resources, type: string, name: string, inputs: Record<string, unknown>): AnalyzerResourceInput {
    const like = r.find(x => x.type === SA);
    if (!like) throw new Error("no ServiceAccount in the fixture");
    const res = resourceLike(like, type, name, inputs);
    r.push(res);
    return res;
}

/** A role of the stack with these trust statements and one inline policy; returns its ARN. */
function role(r: Resources, account: string, name: string, trust: object[], statements: object[], like?: string) {
    const arn = `arn:aws:iam::${account}:role/${name}`;
    aws(
        r,
        ROLE,
        name,
        {
            name,
            arn,
            assumeRolePolicy: doc(...trust),
            inlinePolicies: [{ name: "access", policy: doc(...statements) }],
        },
        like,
    );
    return arn;
}

const irsaTrust = (issuer: string, account: string, ns: string, sa: string) => ({
    Effect: "Allow",
    Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/${issuer}` },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: {
        StringEquals: {
            [`${issuer}:sub`]: `system:serviceaccount:${ns}:${sa}`,
            [`${issuer}:aud`]: "sts.amazonaws.com",
        },
    },
});

/** Pod Security Standards, Restricted: non-root, no privilege escalation, every capability dropped, RuntimeDefault. */
const restricted = {
    runAsNonRoot: true,
    runAsUser: 10001,
    runAsGroup: 10001,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
};

/** A workload object of `kind` in `ns` running `containers` as ServiceAccount `sa`. */
function workload(
    r: Resources,
    type: string,
    name: string,
    ns: string,
    sa: string,
    spec: Record<string, unknown>,
): AnalyzerResourceInput {
    return k8s(r, type, `${ns}-${name}`, {
        metadata: { name, namespace: ns },
        spec: {
            selector: { matchLabels: { app: name } },
            template: { metadata: { labels: { app: name } }, spec: { serviceAccountName: sa, ...spec } },
        },
    });
}

/** A Namespace without a Pod Security label (hostPath pods are refused by Baseline admission). */
function plainNamespace(r: Resources, name: string): void {
    k8s(r, "kubernetes:core/v1:Namespace", `ns-${name}`, { metadata: { name } });
}

function clusterRole(r: Resources, name: string, rules: object[]): void {
    k8s(r, CLUSTER_ROLE, `${name}-cr`, { metadata: { name }, rules });
}

function clusterBind(r: Resources, name: string, subjects: object[]): void {
    k8s(r, CLUSTER_ROLE_BINDING, `${name}-crb`, {
        metadata: { name },
        roleRef: { apiGroup: RBAC, kind: "ClusterRole", name },
        subjects,
    });
}

// ---- the agents, written once; the twins edit one field.

/** OpenTelemetry collector (agent mode): kubeletstats through the node's IP, k8sattributes reads, no hostPath. */
const OTEL_READS = [
    { apiGroups: [""], resources: ["pods", "namespaces", "nodes"], verbs: ["get", "list", "watch"] },
    { apiGroups: ["apps"], resources: ["replicasets"], verbs: ["get", "list", "watch"] },
    { apiGroups: [""], resources: ["nodes/stats"], verbs: ["get"] },
];

function otelAgent(r: Resources, opts: { rules?: object[]; hostNetwork?: boolean } = {}): void {
    namespace(r, "observability");
    const arn = role(
        r,
        PRIMARY,
        "custody-dev-otel-agent",
        [irsaTrust(DEV_ISSUER, PRIMARY, "observability", "otel-agent")],
        [
            {
                Effect: "Allow",
                Action: ["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules"],
                Resource: "*",
            },
            {
                Effect: "Allow",
                Action: "cloudwatch:PutMetricData",
                Resource: "*",
                Condition: { StringEquals: { "cloudwatch:namespace": "CustodyDev/OTel" } },
            },
            {
                Effect: "Allow",
                Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                Resource: `arn:aws:logs:eu-west-1:${PRIMARY}:log-group:/custody/dev/otel:*`,
            },
        ],
    );
    serviceAccount(r, "observability", "otel-agent", { "eks.amazonaws.com/role-arn": arn });
    clusterRole(r, "otel-agent", opts.rules ?? OTEL_READS);
    clusterBind(r, "otel-agent", [{ kind: "ServiceAccount", name: "otel-agent", namespace: "observability" }]);
    workload(r, DS, "otel-agent", "observability", "otel-agent", {
        ...(opts.hostNetwork ? { hostNetwork: true, dnsPolicy: "ClusterFirstWithHostNet" } : {}),
        containers: [
            {
                name: "otel-collector",
                image: "public.ecr.aws/aws-observability/aws-otel-collector:v0.43.1",
                env: [{ name: "K8S_NODE_IP", valueFrom: { fieldRef: { fieldPath: "status.hostIP" } } }],
                securityContext: restricted,
            },
        ],
    });
}

/** A node-local image/artifact cache as root on a writable hostPath (Baseline's data directories). */
function nodeCache(r: Resources, path: string): void {
    plainNamespace(r, "node-cache");
    serviceAccount(r, "node-cache", "node-cache");
    workload(r, DS, "node-cache", "node-cache", "node-cache", {
        automountServiceAccountToken: false,
        containers: [
            {
                name: "cache",
                image: "registry.example.com/platform/artifact-cache:2.4.0",
                securityContext: { capabilities: { drop: ["NET_RAW"] }, seccompProfile: { type: "RuntimeDefault" } },
                volumeMounts: [{ name: "cache", mountPath: "/cache" }],
            },
        ],
        volumes: [{ name: "cache", hostPath: { path, type: "DirectoryOrCreate" } }],
    });
}

/** A non-root OTel gateway whose exporter keeps its persistent sending queue on the node (file_storage). */
function otelGatewayQueue(
    r: Resources,
    opts: { path?: string; uid?: number; allowPrivilegeEscalation?: boolean } = {},
): void {
    plainNamespace(r, "otel-gateway");
    serviceAccount(r, "otel-gateway", "otel-gateway");
    const sc: Record<string, unknown> = { ...restricted, runAsUser: opts.uid ?? 10001, runAsGroup: opts.uid ?? 10001 };
    if (opts.allowPrivilegeEscalation === undefined) delete sc.allowPrivilegeEscalation;
    workload(r, DS, "otel-gateway", "otel-gateway", "otel-gateway", {
        automountServiceAccountToken: false,
        containers: [
            {
                name: "otel-collector",
                image: "otel/opentelemetry-collector-contrib:0.115.0",
                securityContext: sc,
                volumeMounts: [{ name: "queue", mountPath: "/var/lib/otelcol/file_storage" }],
            },
        ],
        volumes: [{ name: "queue", hostPath: { path: opts.path ?? "/var/lib/otelcol", type: "DirectoryOrCreate" } }],
    });
}

/** The on-call group's cluster-wide read-only view (pods, logs, events, workloads, nodes). */
const ONCALL_READS = [
    {
        apiGroups: [""],
        resources: ["pods", "pods/log", "events", "nodes", "services", "endpoints"],
        verbs: ["get", "list", "watch"],
    },
    {
        apiGroups: ["apps"],
        resources: ["deployments", "replicasets", "daemonsets", "statefulsets"],
        verbs: ["get", "list", "watch"],
    },
];

function oncall(r: Resources, extra: object[] = []): void {
    clusterRole(r, "custody-oncall-view", [...ONCALL_READS, ...extra]);
    clusterBind(r, "custody-oncall-view", [{ kind: "Group", name: "custody-oncall", apiGroup: RBAC }]);
}

/** kube-state-metrics written as objects of the stack: list/watch of object metadata (no Secrets), restricted. */
const KSM_READS = [
    {
        apiGroups: [""],
        resources: [
            "configmaps",
            "nodes",
            "pods",
            "services",
            "namespaces",
            "persistentvolumeclaims",
            "resourcequotas",
        ],
        verbs: ["list", "watch"],
    },
    {
        apiGroups: ["apps"],
        resources: ["daemonsets", "deployments", "replicasets", "statefulsets"],
        verbs: ["list", "watch"],
    },
    { apiGroups: ["policy"], resources: ["poddisruptionbudgets"], verbs: ["list", "watch"] },
    { apiGroups: ["autoscaling"], resources: ["horizontalpodautoscalers"], verbs: ["list", "watch"] },
];

function kubeStateMetrics(r: Resources, rules: object[] = KSM_READS): void {
    namespace(r, "monitoring");
    serviceAccount(r, "monitoring", "kube-state-metrics");
    clusterRole(r, "kube-state-metrics", rules);
    clusterBind(r, "kube-state-metrics", [
        { kind: "ServiceAccount", name: "kube-state-metrics", namespace: "monitoring" },
    ]);
    workload(r, DEPLOY, "kube-state-metrics", "monitoring", "kube-state-metrics", {
        containers: [
            {
                name: "kube-state-metrics",
                image: "registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.14.0",
                securityContext: { ...restricted, runAsUser: 65534, runAsGroup: 65534 },
            },
        ],
    });
    k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "ksm-pdb", {
        metadata: { name: "kube-state-metrics", namespace: "monitoring" },
        spec: { maxUnavailable: 1, selector: { matchLabels: { app: "kube-state-metrics" } } },
    });
    k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "ksm-ingress", {
        metadata: { name: "kube-state-metrics", namespace: "monitoring" },
        spec: {
            podSelector: { matchLabels: { app: "kube-state-metrics" } },
            policyTypes: ["Ingress"],
            ingress: [
                {
                    from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "prometheus" } } }],
                    ports: [{ port: 8080, protocol: "TCP" }],
                },
            ],
        },
    });
}

/** A monthly cost budget on Basil's tag with an SNS alert and a budget action applying `policyArn` to `roles`. */
function basilBudget(r: Resources, policyArn: string, roles: string[]): void {
    const topic = `arn:aws:sns:us-east-1:${BASIL}:basil-budget-alerts`;
    aws(r, "aws:sns/topic:Topic", "basil-budget-alerts", { name: "basil-budget-alerts", arn: topic });
    aws(r, "aws:sns/topicPolicy:TopicPolicy", "basil-budget-alerts-policy", {
        arn: topic,
        policy: doc({
            Effect: "Allow",
            Principal: { Service: "budgets.amazonaws.com" },
            Action: "SNS:Publish",
            Resource: topic,
            Condition: { StringEquals: { "aws:SourceAccount": BASIL } },
        }),
    });
    aws(r, "aws:budgets/budget:Budget", "basil-monthly", {
        name: "basil-monthly",
        budgetType: "COST",
        limitAmount: "500",
        limitUnit: "USD",
        timeUnit: "MONTHLY",
        costFilters: [{ name: "TagKeyValue", values: ["user:custody:stack$custody-infra/basil"] }],
        notifications: [
            {
                comparisonOperator: "GREATER_THAN",
                threshold: 80,
                thresholdType: "PERCENTAGE",
                notificationType: "FORECASTED",
                subscriberSnsTopicArns: [topic],
            },
        ],
    });
    aws(r, "aws:budgets/budgetAction:BudgetAction", "basil-monthly-freeze", {
        budgetName: "basil-monthly",
        actionType: "APPLY_IAM_POLICY",
        approvalModel: "AUTOMATIC",
        notificationType: "ACTUAL",
        actionThreshold: { actionThresholdType: "PERCENTAGE", actionThresholdValue: 100 },
        // The account's budgets-actions role (AWSBudgetsActionsWithAWSResourceControlAccess), kept by the platform.
        executionRoleArn: `arn:aws:iam::${BASIL}:role/platform-budgets-actions`,
        definition: { iamActionDefinition: { policyArn, roles } },
        subscribers: [{ subscriptionType: "SNS", address: topic }],
    });
}

type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    /** The path message the refusal must name. */
    refused?: RegExp;
    policy?: string;
    /** A case the pack still gets wrong: "MISS: <why>". */
    skip?: string;
};

const secure: Case[] = [
    {
        stack: "dev",
        name: "an OpenTelemetry collector DaemonSet (restricted, no hostPath; kubeletstats by node IP, k8sattributes reads, nodes/stats) with an IRSA role for X-Ray, one metric namespace and one log group",
        edit: r => otelAgent(r),
    },
    {
        stack: "dev",
        name: "the collector's ClusterRole reads node subresources written as nodes/* (RBAC matches */<sub> only, so nodes/* grants no nodes/proxy)",
        edit: r =>
            otelAgent(r, {
                rules: [...OTEL_READS.slice(0, 2), { apiGroups: [""], resources: ["nodes/*"], verbs: ["get"] }],
            }),
    },
    {
        stack: "prod",
        // Was a MISS (fixed: engine/customResources.ts): SecretProviderClass (secrets-store.csi.x-k8s.io) is refused as an unreadable custom resource, yet it
        // acts as no ServiceAccount of its own: a SecretProviderClass is namespaced and only a pod in its namespace
        // can mount it; the AWS provider (ASCP) fetches the objects with the mounting pod's own identity (the CSI
        // driver's tokenRequests hand it the pod's IRSA token, or Pod Identity for usePodIdentity), so creating one
        // gives nothing beyond creating a pod there (Secrets Store CSI Driver docs, "SecretProviderClass"; AWS Secrets
        // Manager User Guide, "Use AWS Secrets Manager secrets in Amazon EKS": "ASCP ... uses IAM roles for service
        // accounts / EKS Pod Identity ... of the pod"). The optional secretObjects sync only writes Secrets of that
        // namespace, and reading Secrets is no path to a runtime role (README). The add-on itself is accepted
        // (engine/opaque.ts AWS_ADDONS); only the object it is there for is not.
        name: "Secrets Store CSI: the aws-secrets-store-csi-driver-provider add-on, a SecretProviderClass in apps naming one secret, a restricted Deployment mounting it read-only, its IRSA role reading that secret",
        edit: r => {
            namespace(r, "apps");
            const secret = `arn:aws:secretsmanager:eu-west-1:${PRIMARY}:secret:apps/db-credentials-??????`;
            const arn = role(
                r,
                PRIMARY,
                "custody-prod-apps-db-reader",
                [irsaTrust(PROD_ISSUER, PRIMARY, "apps", "report-api")],
                [
                    {
                        Effect: "Allow",
                        Action: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
                        Resource: secret,
                    },
                ],
            );
            serviceAccount(r, "apps", "report-api", { "eks.amazonaws.com/role-arn": arn });
            aws(r, "aws:eks/addon:Addon", "secrets-store-provider", {
                clusterName: "prod-validators",
                addonName: "aws-secrets-store-csi-driver-provider",
            });
            k8s(r, "kubernetes:secrets-store.csi.x-k8s.io/v1:SecretProviderClass", "db-credentials", {
                metadata: { name: "db-credentials", namespace: "apps" },
                spec: {
                    provider: "aws",
                    parameters: {
                        region: "eu-west-1",
                        objects: '- objectName: "apps/db-credentials"\n  objectType: "secretsmanager"\n',
                    },
                },
            });
            workload(r, DEPLOY, "report-api", "apps", "report-api", {
                containers: [
                    {
                        name: "api",
                        image: "registry.example.com/apps/report-api:3.2.0",
                        securityContext: restricted,
                        volumeMounts: [{ name: "secrets", mountPath: "/mnt/secrets", readOnly: true }],
                    },
                ],
                volumes: [
                    {
                        name: "secrets",
                        csi: {
                            driver: "secrets-store.csi.k8s.io",
                            readOnly: true,
                            volumeAttributes: { secretProviderClass: "db-credentials" },
                        },
                    },
                ],
            });
        },
    },
    {
        stack: "prod",
        name: "a root node-local artifact cache DaemonSet writing hostPath /srv/node-cache (an FHS data directory)",
        edit: r => nodeCache(r, "/srv/node-cache"),
    },
    {
        stack: "basil",
        name: "a monthly cost budget on Basil's tag with an SNS alert and a budget action applying AWSDenyAll to the CI role (outside the stack) at 100%",
        edit: r => basilBudget(r, "arn:aws:iam::aws:policy/AWSDenyAll", ["basil-ci"]),
    },
    {
        stack: "curity",
        name: "CloudWatch cross-account observability: an OAM link sharing metrics, log groups and traces with the monitoring account's sink, and Curity's log group (365 days)",
        edit: r => {
            aws(r, "aws:oam/link:Link", "to-monitoring", {
                sinkIdentifier: `arn:aws:oam:eu-west-1:${MONITORING}:sink/f3b2a1c0-1234-4bcd-9876-0123456789ab`,
                labelTemplate: "$AccountName",
                resourceTypes: ["AWS::CloudWatch::Metric", "AWS::Logs::LogGroup", "AWS::XRay::Trace"],
            });
            aws(r, "aws:cloudwatch/logGroup:LogGroup", "curity-logs", {
                name: "/custody/curity/idsvr",
                retentionInDays: 365,
                arn: `arn:aws:logs:eu-west-1:${CURITY}:log-group:/custody/curity/idsvr`,
            });
        },
    },
    {
        stack: "curity",
        name: "Curity's log group masked by a data-protection policy and archived by a subscription filter to a Kinesis stream of the account (role trusted by CloudWatch Logs for that account)",
        edit: r => {
            const group = `arn:aws:logs:eu-west-1:${CURITY}:log-group:/custody/curity/idsvr`;
            const stream = `arn:aws:kinesis:eu-west-1:${CURITY}:stream/log-archive`;
            aws(r, "aws:cloudwatch/logGroup:LogGroup", "curity-logs", {
                name: "/custody/curity/idsvr",
                retentionInDays: 90,
                arn: group,
            });
            aws(r, "aws:cloudwatch/logDataProtectionPolicy:LogDataProtectionPolicy", "curity-logs-dp", {
                logGroupName: "/custody/curity/idsvr",
                policyDocument: JSON.stringify({
                    Name: "mask-credentials",
                    Version: "2021-06-01",
                    Statement: [
                        {
                            Sid: "audit",
                            DataIdentifier: ["arn:aws:dataprotection::aws:data-identifier/AwsSecretKey"],
                            Operation: { Audit: { FindingsDestination: {} } },
                        },
                        {
                            Sid: "redact",
                            DataIdentifier: ["arn:aws:dataprotection::aws:data-identifier/AwsSecretKey"],
                            Operation: { Deidentify: { MaskConfig: {} } },
                        },
                    ],
                }),
            });
            const arn = role(
                r,
                CURITY,
                "curity-logs-to-kinesis",
                [
                    {
                        Effect: "Allow",
                        Principal: { Service: "logs.amazonaws.com" },
                        Action: "sts:AssumeRole",
                        Condition: {
                            StringLike: { "aws:SourceArn": `arn:aws:logs:eu-west-1:${CURITY}:*` },
                        },
                    },
                ],
                [{ Effect: "Allow", Action: "kinesis:PutRecord", Resource: stream }],
            );
            aws(r, "aws:cloudwatch/logSubscriptionFilter:LogSubscriptionFilter", "curity-logs-archive", {
                name: "archive",
                logGroup: "/custody/curity/idsvr",
                filterPattern: "",
                destinationArn: stream,
                roleArn: arn,
            });
        },
    },
    {
        stack: "cross-account",
        name: "a CloudWatch metric stream of AWS/DynamoDB and AWS/KMS in account A to a Firehose stream, its role trusted by CloudWatch metric streams for that account",
        edit: r => {
            const access = find(r, ROLE, "cross-account-access");
            const account = (prop(access, "arn") as string).split(":")[4];
            const firehose = `arn:aws:firehose:us-east-1:${account}:deliverystream/metrics-to-observability`;
            const arn = role(
                r,
                account,
                "metric-stream-firehose",
                [
                    {
                        Effect: "Allow",
                        Principal: { Service: "streams.metrics.cloudwatch.amazonaws.com" },
                        Action: "sts:AssumeRole",
                        Condition: { StringEquals: { "aws:SourceAccount": account } },
                    },
                ],
                [{ Effect: "Allow", Action: ["firehose:PutRecord", "firehose:PutRecordBatch"], Resource: firehose }],
                "cross-account-access",
            );
            aws(
                r,
                "aws:cloudwatch/metricStream:MetricStream",
                "custody-metrics",
                {
                    name: "custody-metrics",
                    firehoseArn: firehose,
                    roleArn: arn,
                    outputFormat: "opentelemetry1.0",
                    includeFilters: [{ namespace: "AWS/DynamoDB" }, { namespace: "AWS/KMS" }],
                },
                "cross-account-access",
            );
        },
    },
    {
        stack: "trust-domain",
        name: "a CloudTrail metric filter on the identity account's KMS ScheduleKeyDeletion/DisableKey events, an alarm on it into an SNS topic, and the server's own log group",
        edit: r => {
            const topic = `arn:aws:sns:us-east-1:${IDENTITY}:kms-key-changes`;
            aws(r, "aws:sns/topic:Topic", "kms-key-changes", { name: "kms-key-changes", arn: topic });
            aws(r, "aws:sns/topicPolicy:TopicPolicy", "kms-key-changes-policy", {
                arn: topic,
                policy: doc({
                    Effect: "Allow",
                    Principal: { Service: "cloudwatch.amazonaws.com" },
                    Action: "SNS:Publish",
                    Resource: topic,
                    Condition: {
                        ArnLike: { "aws:SourceArn": `arn:aws:cloudwatch:us-east-1:${IDENTITY}:alarm:*` },
                    },
                }),
            });
            aws(r, "aws:cloudwatch/logMetricFilter:LogMetricFilter", "kms-deletions", {
                name: "kms-deletions",
                logGroupName: "aws-cloudtrail-logs-identity",
                pattern:
                    '{ ($.eventSource = "kms.amazonaws.com") && (($.eventName = "ScheduleKeyDeletion") || ($.eventName = "DisableKey")) }',
                metricTransformation: { name: "KmsKeyDeletions", namespace: "Custody/TrustDomain", value: "1" },
            });
            aws(r, "aws:cloudwatch/metricAlarm:MetricAlarm", "kms-deletions-alarm", {
                name: "kms-deletions",
                namespace: "Custody/TrustDomain",
                metricName: "KmsKeyDeletions",
                statistic: "Sum",
                period: 300,
                evaluationPeriods: 1,
                threshold: 1,
                comparisonOperator: "GreaterThanOrEqualToThreshold",
                treatMissingData: "notBreaching",
                alarmActions: [topic],
            });
            aws(r, "aws:cloudwatch/logGroup:LogGroup", "spirl-server-logs", {
                name: "/custody/trust-domain/spirl-server",
                retentionInDays: 400,
            });
        },
    },
    {
        stack: "pod-identity",
        name: "kube-state-metrics as objects of the stack: restricted Deployment in monitoring, list/watch of object metadata (no Secrets), a PDB and a NetworkPolicy admitting only Prometheus",
        edit: r => kubeStateMetrics(r),
    },
    {
        stack: "prod",
        name: "the on-call group's cluster-wide read-only view: pods, pods/log, events, workloads and nodes (get/list/watch)",
        edit: r => oncall(r),
    },
    {
        stack: "trust-domain",
        name: "a gVisor RuntimeClass (handler runsc, node selector) and a restricted report Job in tools running under it",
        edit: r => {
            k8s(r, "kubernetes:node.k8s.io/v1:RuntimeClass", "gvisor", {
                metadata: { name: "gvisor" },
                handler: "runsc",
                scheduling: { nodeSelector: { "sandbox.gke.io/runtime": "gvisor" } },
            });
            namespace(r, "tools");
            serviceAccount(r, "tools", "reporter");
            k8s(r, "kubernetes:batch/v1:Job", "tools-report", {
                metadata: { name: "report", namespace: "tools" },
                spec: {
                    template: {
                        spec: {
                            runtimeClassName: "gvisor",
                            serviceAccountName: "reporter",
                            automountServiceAccountToken: false,
                            restartPolicy: "Never",
                            containers: [
                                {
                                    name: "report",
                                    image: "registry.example.com/tools/report:1.0.0",
                                    securityContext: restricted,
                                },
                            ],
                        },
                    },
                },
            });
        },
    },
];

const insecure: Case[] = [
    {
        // Twin of the OTel agent: `*/proxy` matches nodes/proxy (ResourceMatches: "*/<subresource>"), and GET on
        // nodes/proxy reaches the kubelet's exec over a websocket in any pod of any node.
        stack: "dev",
        name: "the OTel agent's ClusterRole reads node subresources written as */proxy (matches nodes/proxy)",
        edit: r =>
            otelAgent(r, {
                rules: [...OTEL_READS.slice(0, 2), { apiGroups: [""], resources: ["*/proxy"], verbs: ["get"] }],
            }),
        // Round 82: refused first as pods/proxy and services/proxy (kubernetes.ts podChannelOfRule), also matched by `*/proxy`.
        refused: /nodes\/proxy|pods\/proxy/,
    },
    {
        // Twin of the OTel agent: kubeletstats "simplified" onto the host network (the chart's hostNetwork option).
        stack: "dev",
        name: "the OTel agent DaemonSet on the host network (instance metadata answers it with the node role)",
        edit: r => otelAgent(r, { hostNetwork: true }),
        refused: /host network/,
    },
    {
        // MISS: /mnt is on the pack's root-writable data list (engine/podSpec.ts ROOT_WRITABLE_DATA), but on EKS
        // nodes with instance-store disks set up as RAID0 (EKS AMI `setup-local-disks raid0`, run by nodeadm's
        // `localStorage: {strategy: RAID0}` and by Karpenter's `instanceStorePolicy: RAID0`) the array is mounted at
        // /mnt/k8s-disks/0 and /var/lib/kubelet, /var/lib/containerd and /var/log/pods are bind mounts of
        // /mnt/k8s-disks/0/{kubelet,containerd,pods} (awslabs/amazon-eks-ami
        // templates/shared/runtime/bin/setup-local-disks, maybe_raid0: MNT_DIR=/mnt/k8s-disks, What=${array}/${unit}
        // Where=/var/lib/${unit} Options=bind). A root container with the node's /mnt therefore reads every pod's
        // projected token (/mnt/k8s-disks/0/kubelet/pods/*/volumes/kubernetes.io~projected/*/token) and writes the
        // runtime's state. The cluster and its node groups are outside the stack, so the pack cannot know the nodes
        // have no such layout. Read-only /mnt would leak the tokens just as well.
        stack: "prod",
        name: "the node cache DaemonSet's hostPath moved from /srv/node-cache to /mnt (the EKS AMI's RAID0 instance store: /mnt/k8s-disks/0/kubelet is /var/lib/kubelet)",
        edit: r => nodeCache(r, "/mnt"),
        refused: /hostPath \/mnt/,
    },
    {
        // Twin of the non-root gateway: allowPrivilegeEscalation left at its default (true): a setuid binary of the
        // image gets euid 0, which owns the writable node path.
        stack: "dev",
        name: "the OTel gateway's queue on hostPath /var/lib/otelcol with allowPrivilegeEscalation left unset",
        edit: r => otelGatewayQueue(r),
        refused: /hostPath \/var\/lib\/otelcol is writable/,
    },
    {
        // MISS: a non-root uid is treated as unable to harm the node through a writable hostPath, but uid 1000 is the
        // node's default login user: ec2-user on Amazon Linux (EKS AMIs), created by cloud-init's default_user with
        // `sudo: ["ALL=(ALL) NOPASSWD:ALL"]` and owning /home/ec2-user (Amazon EC2 User Guide, "Manage system users
        // on your Amazon Linux instance": "the default user ... ec2-user ... has sudo permissions"; cloud-init docs,
        // "Users and Groups", default_user). The container (uid 1000, no privilege escalation) owns that directory
        // on the node and can write .ssh/authorized_keys (a login as a passwordless sudoer: root on the node when
        // sshd is reachable from the pod network, as it is from the node's own pods) or .bash_profile (run as a
        // sudoer at the next administrator login). Caveat: exploiting it needs a login path (sshd or an admin's
        // shell as ec2-user); podSpec.ts already names /home/<user>/.ssh for root writers.
        stack: "dev",
        name: "the non-root OTel gateway's uid set to 1000 and its queue put on hostPath /home/ec2-user (the node's default sudoer's home)",
        edit: r => otelGatewayQueue(r, { path: "/home/ec2-user", uid: 1000, allowPrivilegeEscalation: false }),
        refused: /hostPath \/home\/ec2-user/,
    },
    {
        // Was a MISS (fixed: model/attachments.ts): the budget action attaches a managed policy to a stack role when the budget is crossed (AWS Billing
        // and Cost Management API, CreateBudgetAction: ActionType APPLY_IAM_POLICY, IamActionDefinition {PolicyArn,
        // Roles}, ApprovalModel AUTOMATIC; "Configuring a budget action": "apply an IAM policy ... to a user, group,
        // or role"), executed by the account's budgets-actions role outside the stack. It is an attachment path the
        // engine does not read: at 100% of the month's spend (or at once, with an ABSOLUTE_VALUE of 0.01) the broker's
        // runtime role holds AWSKeyManagementServicePowerUser (kms:Put*: PutKeyPolicy on the catalog keys,
        // ScheduleKeyDeletion, CreateGrant), none of it in basil.runtime.
        stack: "basil",
        name: "the budget action's policy changed to AWSKeyManagementServicePowerUser and its role to the broker's runtime role (attached automatically at 100%)",
        edit: r => {
            const runtime = prop(find(r, ROLE, "basil-runtime"), "name") as string;
            basilBudget(r, "arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser", [runtime]);
        },
        refused:
            /role basil-agent → managed policy arn:aws:iam::aws:policy\/AWSKeyManagementServicePowerUser \(attached by basil-monthly-freeze\)/,
    },
    {
        // Twin of kube-state-metrics: "so it can restart stuck pods" (pods: *) creates pods anywhere.
        stack: "pod-identity",
        name: "kube-state-metrics' ClusterRole given every verb on pods (to delete stuck ones): it creates pods in the signer's namespace",
        edit: r => kubeStateMetrics(r, [...KSM_READS, { apiGroups: [""], resources: ["pods"], verbs: ["*"] }]),
        refused: /ClusterRole kube-state-metrics \(\* pods\) → acts as ServiceAccount validators\/containment-chamber/,
    },
    {
        // Twin of the on-call view: `kubectl debug` needs pods/ephemeralcontainers patch, which adds a container to
        // the running signer pod (its ServiceAccount token is mounted into it).
        stack: "prod",
        name: "the on-call view also allowed kubectl debug (patch pods/ephemeralcontainers) cluster-wide",
        edit: r =>
            oncall(r, [{ apiGroups: [""], resources: ["pods/ephemeralcontainers"], verbs: ["patch", "update"] }]),
        refused: /pods\/ephemeralcontainers\) → acts as ServiceAccount validators\/containment-chamber/,
    },
    // Decided this session (pod-spec allowlist): a writable hostPath outside the data directories is refused whatever the uid (a uid may own node directories); keep the queue under /data or on a PersistentVolumeClaim.
    {
        stack: "dev",
        name: "a non-root OTel gateway (uid 10001, allowPrivilegeEscalation false) keeping its persistent sending queue on hostPath /var/lib/otelcol",
        edit: r => otelGatewayQueue(r, { allowPrivilegeEscalation: false }),
        refused: /hostPath \/var\/lib\/otelcol is writable by container/,
    },
];

/** REDTEAM_ALL=1 runs the skipped (MISS) cases too, to see what the pack says of them. */
const skipMisses = process.env.REDTEAM_ALL !== "1";

describe("allowlist: red-team round 13 on secure platform additions (agents, inert objects, AWS telemetry, budgets) and their insecure twins", () => {
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused ?? /./, c.policy);
        });
    }
});
