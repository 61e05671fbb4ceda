// Red-team round 5 (fresh eyes) on false refusals: what a careful platform team legitimately adds to or changes in
// each committed stack (prod, dev, pod-identity, basil, trust-domain, curity, cross-account), now that the pack
// refuses opaque resource types, node identities held by anything but the stack's instances, host-level pods,
// admission objects, unmodelled identities beyond a short list of data services, and custom resources: monitoring,
// logging, alarms, autoscaling, tags, same-account backups, observability agents, network policies, extra
// restricting conditions, permissions boundaries, SCP-like Denies, read-only audit through IAM, node groups, AWS
// add-ons, cert-manager and an ingress controller as plain Kubernetes objects, first-preview unknowns. Plus a few
// insecure counterparts that must stay refused.
//
// Secure variants the whole pack must accept, insecure ones it must refuse (with the path message it must name).
// A case the pack gets wrong is `skip` with a comment starting "MISS:" (why, and the document checked).
import { StackValidationPolicy } from "@pulumi/policy";
import * as rules from "../../../policy-pack/rules";
import { setPackConfig } from "../../../policy-pack/model/packConfig";
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { stackPackConfig } from "../packConfig";
import { runPolicy, TestDiagnostic } from "../support";
import {
    addStatements,
    assertClean,
    assertRefused,
    dependsOn,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    setProp,
    stackResources,
} from "./support";
import { bindSa, k8s, rbacRole, serviceAccount } from "./variantBuilders";

const PRIMARY = "111111111111";
const BASIL = "111122223333";
const IDENTITY = "444444444444";
const CURITY = "555555555555";
const ACCOUNT_B = "777777777777";
const SECURITY = "999999999999";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const PROD_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
const DEV_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
const CLUSTER_ARN = `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-validators`;
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const EFFECTIVE = "custody-effective-access";

/** An AWS resource through the provider of a resource of the stack (its first role unless `like` is given). */
function aws(r: Resources, type: string, name: string, inputs: Record<string, unknown>, like?: AnalyzerResourceInput) {
    const base = like ?? r.find(x => x.type === ROLE);
    if (!base) throw new Error("no role in the fixture");
    const res = resourceLike(base, type, name, inputs);
    r.push(res);
    return res;
}

/** A stack role with one trust statement and one inline policy; returns its ARN. */
function role(
    r: Resources,
    account: string,
    name: string,
    trust: object[],
    statements: object[],
    like?: AnalyzerResourceInput,
): string {
    const arn = `arn:aws:iam::${account}:role/${name}`;
    aws(
        r,
        ROLE,
        name,
        {
            name,
            arn,
            assumeRolePolicy: doc(...trust),
            ...(statements.length > 0 ? { inlinePolicies: [{ name: "access", policy: doc(...statements) }] } : {}),
        },
        like,
    );
    return arn;
}

const irsaTrust = (issuer: string, account: string, namespace: string, sa: string) => ({
    Effect: "Allow",
    Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/${issuer}` },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: {
        StringEquals: {
            [`${issuer}:sub`]: `system:serviceaccount:${namespace}:${sa}`,
            [`${issuer}:aud`]: "sts.amazonaws.com",
        },
    },
});

const podIdentityTrust = (namespace: string, sa: string) => ({
    Effect: "Allow",
    Principal: { Service: "pods.eks.amazonaws.com" },
    Action: ["sts:AssumeRole", "sts:TagSession"],
    Condition: {
        StringEquals: {
            "aws:RequestTag/eks-cluster-arn": CLUSTER_ARN,
            "aws:RequestTag/kubernetes-namespace": namespace,
            "aws:RequestTag/kubernetes-service-account": sa,
        },
    },
});

const serviceTrust = (service: string, condition?: object) => ({
    Effect: "Allow",
    Principal: { Service: service },
    Action: "sts:AssumeRole",
    ...(condition ? { Condition: condition } : {}),
});

const ec2Trust = serviceTrust("ec2.amazonaws.com");

const restricted = {
    runAsNonRoot: true,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ["ALL"] },
};

/** A Deployment (or DaemonSet) in `namespace` running as ServiceAccount `sa`. */
function workload(
    r: Resources,
    kind: "Deployment" | "DaemonSet",
    name: string,
    namespace: string,
    sa: string,
    spec: Record<string, unknown>,
): void {
    k8s(r, `kubernetes:apps/v1:${kind}`, `${namespace}-${name}`, {
        apiVersion: "apps/v1",
        kind,
        metadata: { name, namespace },
        spec: {
            selector: { matchLabels: { app: name } },
            template: { metadata: { labels: { app: name } }, spec: { serviceAccountName: sa, ...spec } },
        },
    });
}

function namespace(r: Resources, name: string, labels: Record<string, string> = {}): void {
    k8s(r, "kubernetes:core/v1:Namespace", `ns-${name}`, {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name, labels },
    });
}

const arnOf = (x: AnalyzerResourceInput) => prop(x, "arn") as string;
const keyArns = (r: Resources, prefix: string) => r.filter(x => x.type === KEY && x.name.startsWith(prefix)).map(arnOf);
const tableArns = (r: Resources) => r.filter(x => x.type === TABLE).map(arnOf);

/** Replaces the statement `sid` of a JSON policy property. */
function editStatement(x: AnalyzerResourceInput, key: string, sid: string, edit: (s: any) => void): void {
    const d = JSON.parse(prop(x, key) as string) as { Statement: any[] };
    const s = d.Statement.find(st => st.Sid === sid);
    if (!s) throw new Error(`no statement ${sid}`);
    edit(s);
    setProp(x, key, JSON.stringify(d));
}

/** AWS's CloudWatchAgentServerPolicy, written inline (IAM, "AWS managed policy: CloudWatchAgentServerPolicy"). */
const CLOUDWATCH_AGENT_STATEMENTS = [
    {
        Sid: "CWACloudWatchServerPermissions",
        Effect: "Allow",
        Action: [
            "cloudwatch:PutMetricData",
            "ec2:DescribeVolumes",
            "ec2:DescribeTags",
            "logs:PutLogEvents",
            "logs:PutRetentionPolicy",
            "logs:DescribeLogStreams",
            "logs:DescribeLogGroups",
            "logs:CreateLogStream",
            "logs:CreateLogGroup",
            "xray:PutTraceSegments",
            "xray:PutTelemetryRecords",
            "xray:GetSamplingRules",
            "xray:GetSamplingTargets",
            "xray:GetSamplingStatisticSummaries",
        ],
        Resource: "*",
    },
    {
        Sid: "CWASSMServerPermissions",
        Effect: "Allow",
        Action: ["ssm:GetParameter"],
        Resource: "arn:aws:ssm:*:*:parameter/AmazonCloudWatch-*",
    },
];

type PackConfig = ReturnType<typeof stackPackConfig>;

/** runWholePack, with the stack's committed pack config edited first (a documented knob a team would set). */
async function runWholePackWith(
    stack: string,
    resources: Resources,
    edit?: (config: PackConfig) => PackConfig,
): Promise<TestDiagnostic[]> {
    const config = edit ? edit(stackPackConfig(stack)) : stackPackConfig(stack);
    setPackConfig(config);
    try {
        const out: TestDiagnostic[] = [];
        for (const p of rules.allPolicies) {
            const own = config[p.name]?.enforcementLevel ?? config.all?.enforcementLevel;
            const level = (own as "mandatory" | "advisory" | undefined) ?? p.enforcementLevel ?? "advisory";
            const policyConfig = { ...(config[p.name] ?? {}), enforcementLevel: level };
            out.push(...(await runPolicy(p as StackValidationPolicy, resources, policyConfig)));
        }
        return out;
    } finally {
        setPackConfig({});
    }
}

/** Stateful resources the stack adds carry the options the program gives its own (protect, retainOnDelete). */
function protectedOptions(x: AnalyzerResourceInput): AnalyzerResourceInput {
    (x as { options?: Record<string, unknown> }).options = {
        protect: true,
        retainOnDelete: true,
        ignoreChanges: [],
        deleteBeforeReplace: false,
        additionalSecretOutputs: [],
    };
    return x;
}

type Case = {
    name: string;
    stack: string;
    /** A documented pack-config knob the team sets with the change (e.g. a reviewed managed policy ARN). */
    config?: (config: PackConfig) => PackConfig;
    /** Judge the first-preview fixture (computed outputs unknown). */
    preview?: boolean;
    edit: (r: Resources) => void;
    /** The path message the refusal must name. */
    refused?: RegExp;
    /** The policy that must report it (any policy when absent). */
    policy?: string;
    /** A case the pack still gets wrong: "MISS: <why>". */
    skip?: string;
};

const secure: Case[] = [
    // ---- Monitoring, alarms, logging.
    {
        stack: "prod",
        name: "an EventBridge rule on share-2's account alerting on ScheduleKeyDeletion/DisableKey/PutKeyPolicy/CreateGrant into an SNS topic (topic policy: events.amazonaws.com for that rule only)",
        edit: r => {
            const like = find(r, KEY, "signer-shares-share-2");
            const topic = `arn:aws:sns:eu-central-1:222222222222:kms-key-changes`;
            const rule = `arn:aws:events:eu-central-1:222222222222:rule/kms-key-changes`;
            aws(r, "aws:sns/topic:Topic", "kms-key-changes", { name: "kms-key-changes", arn: topic }, like);
            aws(
                r,
                "aws:sns/topicPolicy:TopicPolicy",
                "kms-key-changes",
                {
                    arn: topic,
                    policy: doc({
                        Sid: "EventBridgePublish",
                        Effect: "Allow",
                        Principal: { Service: "events.amazonaws.com" },
                        Action: "sns:Publish",
                        Resource: topic,
                        Condition: { ArnEquals: { "aws:SourceArn": rule } },
                    }),
                },
                like,
            );
            aws(
                r,
                "aws:cloudwatch/eventRule:EventRule",
                "kms-key-changes",
                {
                    name: "kms-key-changes",
                    arn: rule,
                    eventPattern: JSON.stringify({
                        source: ["aws.kms"],
                        "detail-type": ["AWS API Call via CloudTrail"],
                        detail: {
                            eventName: ["ScheduleKeyDeletion", "DisableKey", "PutKeyPolicy", "CreateGrant"],
                        },
                    }),
                },
                like,
            );
            aws(
                r,
                "aws:cloudwatch/eventTarget:EventTarget",
                "kms-key-changes",
                { rule: "kms-key-changes", arn: topic },
                like,
            );
            aws(
                r,
                "aws:sns/topicSubscription:TopicSubscription",
                "kms-key-changes-oncall",
                { topic, protocol: "email", endpoint: "custody-oncall@example.com" },
                like,
            );
        },
    },
    {
        stack: "prod",
        name: "a CloudWatch alarm on anti-slashing's throttles, a dashboard of the keystore's writes, an SNS topic",
        edit: r => {
            const topic = `arn:aws:sns:eu-west-1:${PRIMARY}:custody-alarms`;
            aws(r, "aws:sns/topic:Topic", "custody-alarms", { name: "custody-alarms", arn: topic });
            aws(r, "aws:cloudwatch/metricAlarm:MetricAlarm", "anti-slashing-throttles", {
                name: "anti-slashing-throttles",
                namespace: "AWS/DynamoDB",
                metricName: "ThrottledRequests",
                dimensions: { TableName: "custody-prod-anti-slashing" },
                statistic: "Sum",
                period: 60,
                evaluationPeriods: 1,
                threshold: 1,
                comparisonOperator: "GreaterThanOrEqualToThreshold",
                alarmActions: [topic],
            });
            aws(r, "aws:cloudwatch/dashboard:Dashboard", "custody", {
                dashboardName: "custody-prod",
                dashboardBody: JSON.stringify({
                    widgets: [
                        {
                            type: "metric",
                            properties: {
                                metrics: [
                                    [
                                        "AWS/DynamoDB",
                                        "ConsumedWriteCapacityUnits",
                                        "TableName",
                                        "custody-prod-keystore",
                                    ],
                                ],
                                region: "eu-west-1",
                            },
                        },
                    ],
                }),
            });
        },
    },
    {
        stack: "basil",
        name: "an alarm on the jwt key's Sign volume notifying a Lambda (its role writes only its own log group) through SNS",
        edit: r => {
            const topic = `arn:aws:sns:us-east-1:${BASIL}:basil-alarms`;
            const fnRole = role(
                r,
                BASIL,
                "basil-alarm-notifier",
                [serviceTrust("lambda.amazonaws.com")],
                [
                    {
                        Effect: "Allow",
                        Action: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                        Resource: `arn:aws:logs:us-east-1:${BASIL}:log-group:/aws/lambda/basil-alarm-notifier:*`,
                    },
                ],
            );
            const fn = `arn:aws:lambda:us-east-1:${BASIL}:function:basil-alarm-notifier`;
            aws(r, "aws:lambda/function:Function", "basil-alarm-notifier", {
                name: "basil-alarm-notifier",
                arn: fn,
                role: fnRole,
                runtime: "python3.12",
                handler: "index.handler",
                code: { assets: {} },
            });
            aws(r, "aws:sns/topic:Topic", "basil-alarms", { name: "basil-alarms", arn: topic });
            aws(r, "aws:lambda/permission:Permission", "basil-alarms-invoke", {
                action: "lambda:InvokeFunction",
                function: "basil-alarm-notifier",
                principal: "sns.amazonaws.com",
                sourceArn: topic,
            });
            aws(r, "aws:sns/topicSubscription:TopicSubscription", "basil-alarms-lambda", {
                topic,
                protocol: "lambda",
                endpoint: fn,
            });
            aws(r, "aws:cloudwatch/metricAlarm:MetricAlarm", "jwt-sign-volume", {
                name: "basil-jwt-sign-volume",
                namespace: "AWS/KMS",
                metricName: "SignRequests",
                dimensions: { KeyId: prop(find(r, KEY, "basil-key-jwt-signing-primary"), "keyId") },
                statistic: "Sum",
                period: 300,
                evaluationPeriods: 1,
                threshold: 1000,
                comparisonOperator: "GreaterThanThreshold",
                alarmActions: [topic],
            });
        },
    },
    {
        stack: "trust-domain",
        name: "CloudTrail KMS data events into a stack bucket and a log group, delivered by a role trusted by CloudTrail for this trail only",
        edit: r => {
            const trail = `arn:aws:cloudtrail:us-east-1:${IDENTITY}:trail/kms-audit`;
            const group = `arn:aws:logs:us-east-1:${IDENTITY}:log-group:/custody/kms-audit`;
            aws(r, "aws:s3/bucketV2:BucketV2", "kms-audit", {
                bucket: "identity-kms-audit",
                arn: "arn:aws:s3:::identity-kms-audit",
            });
            aws(r, "aws:s3/bucketPolicy:BucketPolicy", "kms-audit", {
                bucket: "identity-kms-audit",
                policy: doc(
                    {
                        Sid: "AWSCloudTrailAclCheck",
                        Effect: "Allow",
                        Principal: { Service: "cloudtrail.amazonaws.com" },
                        Action: "s3:GetBucketAcl",
                        Resource: "arn:aws:s3:::identity-kms-audit",
                        Condition: { StringEquals: { "aws:SourceArn": trail } },
                    },
                    {
                        Sid: "AWSCloudTrailWrite",
                        Effect: "Allow",
                        Principal: { Service: "cloudtrail.amazonaws.com" },
                        Action: "s3:PutObject",
                        Resource: `arn:aws:s3:::identity-kms-audit/AWSLogs/${IDENTITY}/*`,
                        Condition: {
                            StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceArn": trail },
                        },
                    },
                ),
            });
            aws(r, "aws:cloudwatch/logGroup:LogGroup", "kms-audit", {
                name: "/custody/kms-audit",
                arn: group,
                retentionInDays: 365,
            });
            const delivery = role(
                r,
                IDENTITY,
                "kms-audit-cloudtrail-logs",
                [serviceTrust("cloudtrail.amazonaws.com", { StringEquals: { "aws:SourceArn": trail } })],
                [
                    {
                        Effect: "Allow",
                        Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                        Resource: `${group}:log-stream:*`,
                    },
                ],
            );
            aws(r, "aws:cloudtrail/trail:Trail", "kms-audit", {
                name: "kms-audit",
                arn: trail,
                s3BucketName: "identity-kms-audit",
                cloudWatchLogsGroupArn: `${group}:*`,
                cloudWatchLogsRoleArn: delivery,
                enableLogFileValidation: true,
                advancedEventSelectors: [
                    {
                        name: "KMS data events",
                        fieldSelectors: [
                            { field: "eventCategory", equals: ["Data"] },
                            { field: "resources.type", equals: ["AWS::KMS::Key"] },
                        ],
                    },
                ],
            });
        },
    },
    {
        stack: "dev",
        name: "a log shipper's role (logs only) whose policy names its log group's ARN, still unknown",
        preview: true,
        edit: r => {
            const group = aws(r, "aws:cloudwatch/logGroup:LogGroup", "signer-logs", {
                name: "/custody/dev/signer",
                arn: UNKNOWN,
            });
            const shipper = aws(r, ROLE, "log-shipper", {
                name: "custody-dev-log-shipper",
                arn: UNKNOWN,
                assumeRolePolicy: doc(irsaTrust(DEV_ISSUER, PRIMARY, "logging", "fluent-bit")),
            });
            serviceAccount(r, "logging", "fluent-bit", {
                "eks.amazonaws.com/role-arn": `arn:aws:iam::${PRIMARY}:role/custody-dev-log-shipper`,
            });
            r.push(
                dependsOn(
                    resourceLike(shipper, ROLE_POLICY, "log-shipper-access", {
                        role: UNKNOWN,
                        policy: UNKNOWN,
                    }),
                    "policy",
                    group,
                ),
            );
        },
    },
    // ---- Observability agents and their roles.
    {
        stack: "dev",
        name: "an ADOT collector in observability (IRSA) remote-writing to Amazon Managed Prometheus and sending traces to X-Ray",
        edit: r => {
            namespace(r, "observability");
            const ws = `arn:aws:aps:eu-west-1:${PRIMARY}:workspace/ws-0a1b2c3d-4e5f-6789-abcd-ef0123456789`;
            const arn = role(
                r,
                PRIMARY,
                "custody-dev-adot-collector",
                [irsaTrust(DEV_ISSUER, PRIMARY, "observability", "adot-collector")],
                [
                    { Effect: "Allow", Action: ["aps:RemoteWrite"], Resource: ws },
                    {
                        Effect: "Allow",
                        Action: ["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules"],
                        Resource: "*",
                    },
                ],
            );
            serviceAccount(r, "observability", "adot-collector", { "eks.amazonaws.com/role-arn": arn });
            workload(r, "Deployment", "adot-collector", "observability", "adot-collector", {
                containers: [
                    {
                        name: "otel",
                        image: "public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0",
                        securityContext: restricted,
                    },
                ],
            });
        },
    },
    {
        stack: "pod-identity",
        name: "the amazon-cloudwatch-observability add-on, its agent bound by Pod Identity to a role holding CloudWatchAgentServerPolicy written inline",
        edit: r => {
            const arn = role(
                r,
                PRIMARY,
                "custody-pod-identity-cloudwatch-agent",
                [podIdentityTrust("amazon-cloudwatch", "cloudwatch-agent")],
                CLOUDWATCH_AGENT_STATEMENTS,
            );
            aws(r, "aws:eks/addon:Addon", "amazon-cloudwatch-observability", {
                clusterName: "prod-validators",
                addonName: "amazon-cloudwatch-observability",
            });
            aws(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "cloudwatch-agent", {
                clusterName: "prod-validators",
                namespace: "amazon-cloudwatch",
                serviceAccount: "cloudwatch-agent",
                roleArn: arn,
            });
        },
    },
    {
        stack: "prod",
        name: "a device-metrics DaemonSet reading only the kubelet's pod-resources socket (/var/lib/kubelet/pod-resources, read-only, non-root)",
        edit: r => {
            namespace(r, "monitoring");
            serviceAccount(r, "monitoring", "device-metrics");
            workload(r, "DaemonSet", "device-metrics", "monitoring", "device-metrics", {
                automountServiceAccountToken: false,
                containers: [
                    {
                        name: "exporter",
                        image: "registry.example.com/device-metrics:1.4",
                        securityContext: restricted,
                        volumeMounts: [
                            { name: "pod-resources", mountPath: "/var/lib/kubelet/pod-resources", readOnly: true },
                        ],
                    },
                ],
                volumes: [
                    { name: "pod-resources", hostPath: { path: "/var/lib/kubelet/pod-resources", type: "Directory" } },
                ],
            });
        },
    },
    {
        stack: "dev",
        name: "a Prometheus Operator ServiceMonitor scraping the signer's metrics port in validators",
        edit: r =>
            k8s(r, "kubernetes:monitoring.coreos.com/v1:ServiceMonitor", "signer-metrics", {
                apiVersion: "monitoring.coreos.com/v1",
                kind: "ServiceMonitor",
                metadata: { name: "signer", namespace: "validators" },
                spec: {
                    selector: { matchLabels: { "app.kubernetes.io/component": "signer" } },
                    endpoints: [{ port: "metrics", interval: "30s" }],
                },
            }),
    },
    // ---- Network restrictions, disruption budgets, autoscaling.
    {
        stack: "dev",
        name: "a SecurityGroupPolicy (VPC resource controller) giving the signer's pods their own security group",
        edit: r =>
            k8s(r, "kubernetes:vpcresources.k8s.aws/v1beta1:SecurityGroupPolicy", "signer-sg", {
                apiVersion: "vpcresources.k8s.aws/v1beta1",
                kind: "SecurityGroupPolicy",
                metadata: { name: "signer", namespace: "validators" },
                spec: {
                    podSelector: { matchLabels: { "app.kubernetes.io/component": "signer" } },
                    securityGroups: { groupIds: ["sg-0123456789abcdef0"] },
                },
            }),
    },
    {
        stack: "curity",
        name: "a VerticalPodAutoscaler for Curity in recommendation-only mode (updateMode Off)",
        edit: r =>
            k8s(r, "kubernetes:autoscaling.k8s.io/v1:VerticalPodAutoscaler", "curity-vpa", {
                apiVersion: "autoscaling.k8s.io/v1",
                kind: "VerticalPodAutoscaler",
                metadata: { name: "curity-idsvr", namespace: "curity" },
                spec: {
                    targetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "curity-idsvr-runtime" },
                    updatePolicy: { updateMode: "Off" },
                },
            }),
    },
    {
        stack: "prod",
        name: "a HorizontalPodAutoscaler, a ResourceQuota, a LimitRange and a PriorityClass for the signer in validators",
        edit: r => {
            k8s(r, "kubernetes:autoscaling/v2:HorizontalPodAutoscaler", "signer-hpa", {
                apiVersion: "autoscaling/v2",
                kind: "HorizontalPodAutoscaler",
                metadata: { name: "containment-chamber", namespace: "validators" },
                spec: {
                    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "containment-chamber" },
                    minReplicas: 2,
                    maxReplicas: 4,
                    metrics: [
                        {
                            type: "Resource",
                            resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
                        },
                    ],
                },
            });
            k8s(r, "kubernetes:core/v1:ResourceQuota", "validators-quota", {
                apiVersion: "v1",
                kind: "ResourceQuota",
                metadata: { name: "validators", namespace: "validators" },
                spec: { hard: { pods: "10", "requests.cpu": "8", "requests.memory": "16Gi" } },
            });
            k8s(r, "kubernetes:core/v1:LimitRange", "validators-limits", {
                apiVersion: "v1",
                kind: "LimitRange",
                metadata: { name: "validators", namespace: "validators" },
                spec: { limits: [{ type: "Container", default: { cpu: "1", memory: "1Gi" } }] },
            });
            k8s(r, "kubernetes:scheduling.k8s.io/v1:PriorityClass", "custody-critical", {
                apiVersion: "scheduling.k8s.io/v1",
                kind: "PriorityClass",
                metadata: { name: "custody-critical" },
                value: 1000000,
                preemptionPolicy: "Never",
            });
        },
    },
    {
        stack: "prod",
        name: "the keystore on provisioned capacity with Application Auto Scaling (target tracking on reads and writes)",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            setProp(t, "billingMode", "PROVISIONED");
            setProp(t, "readCapacity", 5);
            setProp(t, "writeCapacity", 5);
            for (const dim of ["Read", "Write"]) {
                aws(r, "aws:appautoscaling/target:Target", `keystore-${dim}`, {
                    serviceNamespace: "dynamodb",
                    resourceId: "table/custody-prod-keystore",
                    scalableDimension: `dynamodb:table:${dim}CapacityUnits`,
                    minCapacity: 5,
                    maxCapacity: 100,
                });
                aws(r, "aws:appautoscaling/policy:Policy", `keystore-${dim}`, {
                    name: `keystore-${dim.toLowerCase()}`,
                    policyType: "TargetTrackingScaling",
                    serviceNamespace: "dynamodb",
                    resourceId: "table/custody-prod-keystore",
                    scalableDimension: `dynamodb:table:${dim}CapacityUnits`,
                    targetTrackingScalingPolicyConfiguration: {
                        targetValue: 70,
                        predefinedMetricSpecification: {
                            predefinedMetricType: `DynamoDB${dim}CapacityUtilization`,
                        },
                    },
                });
            }
        },
    },
    {
        stack: "prod",
        name: "the Cluster Autoscaler's role (IRSA kube-system/cluster-autoscaler): scaling only groups tagged for this cluster, reading EC2 and EKS",
        edit: r => {
            const arn = role(
                r,
                PRIMARY,
                "custody-prod-cluster-autoscaler",
                [irsaTrust(PROD_ISSUER, PRIMARY, "kube-system", "cluster-autoscaler")],
                [
                    {
                        Effect: "Allow",
                        Action: ["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"],
                        Resource: "*",
                        Condition: {
                            StringEquals: { "aws:ResourceTag/k8s.io/cluster-autoscaler/prod-validators": "owned" },
                        },
                    },
                    {
                        Effect: "Allow",
                        Action: [
                            "autoscaling:DescribeAutoScalingGroups",
                            "autoscaling:DescribeAutoScalingInstances",
                            "autoscaling:DescribeLaunchConfigurations",
                            "autoscaling:DescribeScalingActivities",
                            "ec2:DescribeImages",
                            "ec2:DescribeInstanceTypes",
                            "ec2:DescribeLaunchTemplateVersions",
                            "ec2:GetInstanceTypesFromInstanceRequirements",
                            "eks:DescribeNodegroup",
                        ],
                        Resource: "*",
                    },
                ],
            );
            serviceAccount(r, "kube-system", "cluster-autoscaler", { "eks.amazonaws.com/role-arn": arn });
        },
    },
    // ---- Tags.
    {
        stack: "prod",
        name: "every AWS provider with defaultTags and ignoreTags (cost-center, data-classification)",
        edit: r => {
            for (const x of r) {
                const p = x.provider as { type?: string; inputs?: Record<string, unknown> } | undefined;
                if (p?.type !== "pulumi:providers:aws" || !p.inputs) continue;
                p.inputs = {
                    ...p.inputs,
                    defaultTags: JSON.stringify({
                        tags: { "cost-center": "cc-4711", "data-classification": "restricted" },
                    }),
                    ignoreTags: JSON.stringify({ keyPrefixes: ["aws-backup:"] }),
                };
            }
        },
    },
    // ---- Backups in the same account.
    {
        stack: "prod",
        name: "AWS Backup in the tables' own account: a locked vault under its own key, a daily plan, and a backup role trusted by AWS Backup scoped to the three tables",
        // The model names AWS Backup's role as an operations workload (custody:operations in Pulumi.prod.yaml:
        // subject {service: {principal: backup.amazonaws.com}}, operations.tableBackup on signer.tables).
        config: c => {
            const model = JSON.parse(JSON.stringify(c["custody-model"])) as {
                workloads: unknown[];
                tables: { table: string }[];
            };
            model.workloads.push({
                name: "table-backup",
                subjects: [{ service: { principal: "backup.amazonaws.com", account: PRIMARY } }],
                kind: "operations",
                allow: [{ accessSet: "operations.tableBackup", on: model.tables.map(t => ({ table: t.table })) }],
            });
            return { ...c, "custody-model": model };
        },
        edit: r => {
            const tables = tableArns(r);
            const vaultKey = protectedOptions(
                aws(r, KEY, "backup-vault-key", {
                    arn: `arn:aws:kms:eu-west-1:${PRIMARY}:key/0e6a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b`,
                    keyId: "0e6a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b",
                    description: "AWS Backup vault key for the custody tables",
                    enableKeyRotation: true,
                    deletionWindowInDays: 30,
                    policy: doc({
                        Sid: "EnableIAMDelegation",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    }),
                }),
            );
            const vault = `arn:aws:backup:eu-west-1:${PRIMARY}:backup-vault:custody-tables`;
            aws(r, "aws:backup/vault:Vault", "custody-tables", {
                name: "custody-tables",
                arn: vault,
                kmsKeyArn: arnOf(vaultKey),
            });
            aws(r, "aws:backup/vaultLockConfiguration:VaultLockConfiguration", "custody-tables", {
                backupVaultName: "custody-tables",
                minRetentionDays: 35,
                maxRetentionDays: 400,
                changeableForDays: 3,
            });
            aws(r, "aws:backup/plan:Plan", "custody-daily", {
                name: "custody-daily",
                id: "plan-custody-daily",
                arn: `arn:aws:backup:eu-west-1:${PRIMARY}:backup-plan:plan-custody-daily`,
                rules: [
                    {
                        ruleName: "daily",
                        targetVaultName: "custody-tables",
                        schedule: "cron(0 3 * * ? *)",
                        lifecycle: { deleteAfter: 35 },
                    },
                ],
            });
            const backupRole = role(
                r,
                PRIMARY,
                "custody-prod-backup",
                [serviceTrust("backup.amazonaws.com")],
                [
                    {
                        Sid: "BackupTables",
                        Effect: "Allow",
                        Action: [
                            "dynamodb:DescribeTable",
                            "dynamodb:CreateBackup",
                            "dynamodb:ListTagsOfResource",
                            "dynamodb:StartAwsBackupJob",
                        ],
                        Resource: tables,
                    },
                    {
                        Sid: "BackupTableBackups",
                        Effect: "Allow",
                        Action: ["dynamodb:DescribeBackup", "dynamodb:DeleteBackup"],
                        Resource: tables.map(t => `${t}/backup/*`),
                    },
                ],
            );
            aws(r, "aws:backup/selection:Selection", "custody-tables", {
                name: "custody-tables",
                planId: "plan-custody-daily",
                iamRoleArn: backupRole,
                resources: tables,
            });
        },
    },
    // ---- Extra restricting conditions, Denies, boundaries.
    {
        stack: "prod",
        name: "a Deny in the signer's own policy of every KMS and DynamoDB action on anything but its keys and tables (NotResource)",
        edit: r => {
            const tables = tableArns(r);
            addStatements(find(r, ROLE_POLICY, "signer-role-access"), "policy", {
                Sid: "DenyOutsideCustodyAssets",
                Effect: "Deny",
                Action: ["kms:*", "dynamodb:*"],
                NotResource: [...keyArns(r, "signer-shares-share-"), ...tables, ...tables.map(t => `${t}/index/*`)],
            });
        },
    },
    {
        stack: "basil",
        name: "the broker's Sign split out and narrowed to ECDSA_SHA_256 over digests (kms:SigningAlgorithm, kms:MessageType), alias condition kept",
        edit: r => {
            const p = find(r, ROLE_POLICY, "basil-runtime-access");
            editStatement(p, "policy", "BasilBrokerInPlaceOps", s => {
                s.Action = (s.Action as string[]).filter(a => a !== "kms:Sign");
            });
            addStatements(p, "policy", {
                Sid: "BasilBrokerSignDigests",
                Effect: "Allow",
                Action: "kms:Sign",
                Resource: arnOf(find(r, KEY, "basil-key-jwt-signing-primary")),
                Condition: {
                    "ForAnyValue:StringLike": { "kms:RequestAlias": "alias/basil/*" },
                    StringEquals: { "kms:SigningAlgorithm": "ECDSA_SHA_256", "kms:MessageType": "DIGEST" },
                },
            });
        },
    },
    {
        stack: "trust-domain",
        name: "the key manager's CreateKey limited to single-Region, KMS-generated signing keys (kms:KeyOrigin, kms:MultiRegion, kms:KeySpec, kms:KeyUsage)",
        edit: r => {
            const p = find(r, ROLE_POLICY, "trust-domain-role-access");
            editStatement(p, "policy", "TrustDomainKeyManager", s => {
                s.Action = (s.Action as string[]).filter(a => a !== "kms:CreateKey");
            });
            addStatements(p, "policy", {
                Sid: "TrustDomainCreateSigningKeys",
                Effect: "Allow",
                Action: "kms:CreateKey",
                Resource: "*",
                Condition: {
                    StringEquals: {
                        "kms:KeyOrigin": "AWS_KMS",
                        "kms:KeySpec": ["ECC_NIST_P256", "RSA_2048"],
                        "kms:KeyUsage": "SIGN_VERIFY",
                    },
                    Bool: { "kms:MultiRegion": "false" },
                },
            });
        },
    },
    {
        stack: "basil",
        name: "a permissions boundary on both roles: a stack Policy allowing * with Denies of IAM, Organizations and key deletion",
        edit: r => {
            const boundary = `arn:aws:iam::${BASIL}:policy/basil-boundary`;
            aws(r, "aws:iam/policy:Policy", "basil-boundary", {
                name: "basil-boundary",
                arn: boundary,
                policy: doc(
                    { Sid: "AllowWithinBoundary", Effect: "Allow", Action: "*", Resource: "*" },
                    {
                        Sid: "DenyIdentityAndOrg",
                        Effect: "Deny",
                        Action: [
                            "iam:*",
                            "organizations:*",
                            "sts:AssumeRole",
                            "kms:ScheduleKeyDeletion",
                            "kms:PutKeyPolicy",
                        ],
                        Resource: "*",
                    },
                ),
            });
            for (const name of ["basil-runtime", "basil-provisioner"])
                setProp(find(r, ROLE, name), "permissionsBoundary", boundary);
        },
    },
    {
        stack: "pod-identity",
        name: "a service control policy on the three share accounts denying key deletion, key-policy and grant changes except to the deployer",
        edit: r => {
            const scp = aws(r, "aws:organizations/policy:Policy", "custody-keys-guard", {
                name: "custody-keys-guard",
                id: "p-custodyguard",
                arn: "arn:aws:organizations::000000000000:policy/o-abc123/service_control_policy/p-custodyguard",
                type: "SERVICE_CONTROL_POLICY",
                content: doc({
                    Sid: "ProtectCustodyKeys",
                    Effect: "Deny",
                    Action: [
                        "kms:ScheduleKeyDeletion",
                        "kms:DisableKey",
                        "kms:PutKeyPolicy",
                        "kms:CreateGrant",
                        "kms:UpdateAlias",
                        "kms:DeleteAlias",
                    ],
                    Resource: "*",
                    Condition: {
                        ArnNotLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/custody-deployer" },
                        StringEquals: { "aws:ResourceTag/custody:stack": "custody-infra/pod-identity" },
                    },
                }),
            });
            for (const account of [PRIMARY, "222222222222", "333333333333"])
                aws(r, "aws:organizations/policyAttachment:PolicyAttachment", `custody-keys-guard-${account}`, {
                    policyId: prop(scp, "id"),
                    targetId: account,
                });
        },
    },
    {
        stack: "cross-account",
        name: "the access role's trust also pinned to the organization and the caller's team tag (aws:PrincipalOrgID, aws:PrincipalTag)",
        edit: r => {
            const access = find(r, ROLE, "cross-account-access");
            const trust = JSON.parse(prop(access, "assumeRolePolicy") as string);
            trust.Statement[0].Condition.StringEquals["aws:PrincipalOrgID"] = "o-abc123def4";
            trust.Statement[0].Condition.StringEquals["aws:PrincipalTag/team"] = "data-platform";
            setProp(access, "assumeRolePolicy", JSON.stringify(trust));
        },
    },
    {
        stack: "curity",
        name: "the Curity grant narrowed from curity-* to its four tables by name, each with its indexes",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "curity-role-access"), "policy", "CurityDynamoDBDataSource", s => {
                const tables = ["curity-accounts", "curity-users", "curity-sessions", "curity-tokens"].map(
                    t => `arn:aws:dynamodb:eu-west-1:${CURITY}:table/${t}`,
                );
                s.Resource = [...tables, ...tables.map(t => `${t}/index/*`)];
            }),
    },
    // ---- Read-only audit and account-level security services.
    {
        stack: "trust-domain",
        name: "a read-only IAM audit role for the security team's scanner role (iam:Get*/List*, credential report), with an external id",
        edit: r =>
            void role(
                r,
                IDENTITY,
                "iam-read-audit",
                [
                    {
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${IDENTITY}:role/security-scanner` },
                        Action: "sts:AssumeRole",
                        Condition: { StringEquals: { "sts:ExternalId": "identity-audit-2025" } },
                    },
                ],
                [
                    {
                        Sid: "ReadIam",
                        Effect: "Allow",
                        Action: [
                            "iam:GetRole",
                            "iam:GetRolePolicy",
                            "iam:ListRoles",
                            "iam:ListRolePolicies",
                            "iam:ListAttachedRolePolicies",
                            "iam:GetPolicy",
                            "iam:GetPolicyVersion",
                            "iam:GetAccountAuthorizationDetails",
                            "iam:GenerateCredentialReport",
                            "iam:GetCredentialReport",
                        ],
                        Resource: "*",
                    },
                ],
            ),
    },
    {
        stack: "trust-domain",
        name: "AWS Config (service-linked role) with KMS and IAM managed rules, an IAM Access Analyzer, GuardDuty with EKS runtime monitoring",
        edit: r => {
            aws(r, "aws:cfg/recorder:Recorder", "config", {
                name: "default",
                roleArn: `arn:aws:iam::${IDENTITY}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
                recordingGroup: { allSupported: true },
            });
            aws(r, "aws:cfg/deliveryChannel:DeliveryChannel", "config", {
                name: "default",
                s3BucketName: "org-config-delivery",
            });
            for (const id of ["KMS_CMK_NOT_SCHEDULED_FOR_DELETION", "IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS"])
                aws(r, "aws:cfg/rule:Rule", id.toLowerCase(), {
                    name: id.toLowerCase(),
                    source: { owner: "AWS", sourceIdentifier: id },
                });
            aws(r, "aws:accessanalyzer/analyzer:Analyzer", "account", {
                analyzerName: "identity-account",
                type: "ACCOUNT",
            });
            aws(r, "aws:guardduty/detector:Detector", "gd", { enable: true, id: "12abc34d567e8fa901bc2d34eexample" });
            aws(r, "aws:guardduty/detectorFeature:DetectorFeature", "eks-runtime", {
                detectorId: "12abc34d567e8fa901bc2d34eexample",
                name: "EKS_RUNTIME_MONITORING",
                status: "ENABLED",
                additionalConfigurations: [{ name: "EKS_ADDON_MANAGEMENT", status: "ENABLED" }],
            });
        },
    },
    // ---- Node groups and AWS add-ons.
    {
        stack: "prod",
        name: "a managed node group whose EC2-only node role has AWS's node policies attached by ARN (listed in allowedPolicyArns), launched from a template requiring IMDSv2 with hop limit 1",
        config: c => ({
            ...c,
            "attached-policies-readable": {
                ...c["attached-policies-readable"],
                allowedPolicyArns: [
                    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
                    "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
                    "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
                ],
            },
        }),
        edit: r => {
            const nodeRole = role(r, PRIMARY, "custody-prod-nodes", [ec2Trust], []);
            for (const p of [
                "AmazonEKSWorkerNodePolicy",
                "AmazonEC2ContainerRegistryReadOnly",
                "AmazonSSMManagedInstanceCore",
            ])
                aws(r, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", `nodes-${p}`, {
                    role: "custody-prod-nodes",
                    policyArn: `arn:aws:iam::aws:policy/${p}`,
                });
            aws(r, "aws:ec2/launchTemplate:LaunchTemplate", "nodes", {
                name: "custody-prod-nodes",
                metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
            });
            aws(r, "aws:eks/nodeGroup:NodeGroup", "custody-prod-nodes", {
                clusterName: "prod-validators",
                nodeGroupName: "custody-prod-nodes",
                nodeRoleArn: nodeRole,
                subnetIds: ["subnet-0123456789abcdef0"],
                scalingConfig: { desiredSize: 3, maxSize: 6, minSize: 3 },
                launchTemplate: { name: "custody-prod-nodes", version: "1" },
                updateConfig: { maxUnavailable: 1 },
            });
        },
    },
    {
        stack: "prod",
        name: "the vpc-cni add-on with its own IRSA role (kube-system/aws-node) holding AmazonEKS_CNI_Policy (listed in allowedPolicyArns), as EKS recommends",
        config: c => ({
            ...c,
            "attached-policies-readable": {
                ...c["attached-policies-readable"],
                allowedPolicyArns: ["arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"],
            },
        }),
        edit: r => {
            const arn = role(
                r,
                PRIMARY,
                "custody-prod-vpc-cni",
                [irsaTrust(PROD_ISSUER, PRIMARY, "kube-system", "aws-node")],
                [],
            );
            aws(r, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "vpc-cni-policy", {
                role: "custody-prod-vpc-cni",
                policyArn: "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
            });
            serviceAccount(r, "kube-system", "aws-node", { "eks.amazonaws.com/role-arn": arn });
            aws(r, "aws:eks/addon:Addon", "vpc-cni", {
                clusterName: "prod-validators",
                addonName: "vpc-cni",
                serviceAccountRoleArn: arn,
                resolveConflictsOnUpdate: "PRESERVE",
            });
        },
    },
    {
        stack: "trust-domain",
        name: "AWS's coredns, kube-proxy and snapshot-controller add-ons (no role), coredns with configurationValues",
        edit: r => {
            for (const addon of ["coredns", "kube-proxy", "snapshot-controller"])
                aws(r, "aws:eks/addon:Addon", addon, {
                    clusterName: "identity",
                    addonName: addon,
                    resolveConflictsOnCreate: "OVERWRITE",
                    ...(addon === "coredns"
                        ? {
                              configurationValues: JSON.stringify({
                                  replicaCount: 3,
                                  podDisruptionBudget: { enabled: true },
                              }),
                          }
                        : {}),
                });
        },
    },
    {
        stack: "trust-domain",
        name: "the aws-mountpoint-s3-csi-driver add-on with serviceAccountRoleArn: an IRSA role for kube-system/s3-csi-driver-sa reading one bucket",
        // Was a MISS (round 5, fixed in round 7): serviceaccount-role-agree reads an add-on's serviceAccountRoleArn as the
        // annotation EKS writes on the add-on's own ServiceAccount (EKS user guide, "Mountpoint for Amazon S3 CSI
        // Driver": kube-system/s3-csi-driver-sa).
        edit: r => {
            const arn = role(
                r,
                IDENTITY,
                "identity-s3-csi",
                [
                    irsaTrust(
                        "oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF",
                        IDENTITY,
                        "kube-system",
                        "s3-csi-driver-sa",
                    ),
                ],
                [
                    { Effect: "Allow", Action: "s3:ListBucket", Resource: "arn:aws:s3:::identity-bundles" },
                    { Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::identity-bundles/*" },
                ],
            );
            aws(r, "aws:eks/addon:Addon", "aws-mountpoint-s3-csi-driver", {
                clusterName: "identity",
                addonName: "aws-mountpoint-s3-csi-driver",
                serviceAccountRoleArn: arn,
            });
        },
    },
    {
        stack: "prod",
        name: "a managed node group whose node role (EC2-only, policies inline) is created beside it, its ARN unknown",
        preview: true,
        edit: r => {
            const nodeRole = aws(r, ROLE, "custody-prod-nodes", {
                name: "custody-prod-nodes",
                arn: UNKNOWN,
                assumeRolePolicy: doc(ec2Trust),
                inlinePolicies: [
                    {
                        name: "node",
                        policy: doc({
                            Effect: "Allow",
                            Action: [
                                "eks:DescribeCluster",
                                "ecr:GetAuthorizationToken",
                                "ecr:BatchGetImage",
                                "ecr:GetDownloadUrlForLayer",
                            ],
                            Resource: "*",
                        }),
                    },
                ],
            });
            // Instance metadata closed to pods, explicitly (a node group without a launch template is refused).
            aws(r, "aws:ec2/launchTemplate:LaunchTemplate", "custody-prod-nodes", {
                name: "custody-prod-nodes",
                metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
            });
            r.push(
                dependsOn(
                    resourceLike(nodeRole, "aws:eks/nodeGroup:NodeGroup", "custody-prod-nodes", {
                        clusterName: "prod-validators",
                        nodeGroupName: "custody-prod-nodes",
                        launchTemplate: { name: "custody-prod-nodes", version: "$Latest" },
                        nodeRoleArn: UNKNOWN,
                        subnetIds: ["subnet-0123456789abcdef0"],
                        scalingConfig: { desiredSize: 3, maxSize: 6, minSize: 3 },
                    }),
                    "nodeRoleArn",
                    nodeRole,
                ),
            );
        },
    },
    {
        stack: "pod-identity",
        name: "an S3-only exporter role bound by a Pod Identity association whose roleArn is the role's unknown output",
        preview: true,
        edit: r => {
            const exporter = aws(r, ROLE, "reports-exporter", {
                name: "custody-pod-identity-reports-exporter",
                arn: UNKNOWN,
                assumeRolePolicy: doc(podIdentityTrust("reports", "exporter")),
                inlinePolicies: [
                    {
                        name: "reports",
                        policy: doc({
                            Effect: "Allow",
                            Action: ["s3:PutObject"],
                            Resource: "arn:aws:s3:::custody-reports/exports/*",
                        }),
                    },
                ],
            });
            r.push(
                dependsOn(
                    resourceLike(
                        exporter,
                        "aws:eks/podIdentityAssociation:PodIdentityAssociation",
                        "reports-exporter",
                        {
                            clusterName: "prod-validators",
                            namespace: "reports",
                            serviceAccount: "exporter",
                            roleArn: UNKNOWN,
                        },
                    ),
                    "roleArn",
                    exporter,
                ),
            );
        },
    },
    // ---- Ingress and certificates as plain Kubernetes objects.
    // ---- The workload identity's own telemetry.
    {
        stack: "cross-account",
        name: "the caller instance role also ships its own logs and metrics (logs on one log group, cloudwatch:PutMetricData in one namespace)",
        edit: r =>
            addStatements(
                find(r, ROLE_POLICY, "cross-account-caller-access"),
                "policy",
                {
                    Sid: "OwnLogs",
                    Effect: "Allow",
                    Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                    Resource: `arn:aws:logs:us-east-1:${ACCOUNT_B}:log-group:/custody/cross-account:*`,
                },
                {
                    Sid: "OwnMetrics",
                    Effect: "Allow",
                    Action: "cloudwatch:PutMetricData",
                    Resource: "*",
                    Condition: { StringEquals: { "cloudwatch:namespace": "Custody/CrossAccount" } },
                },
            ),
    },
];

const insecure: Case[] = [
    {
        stack: "dev",
        name: "the ADOT collector's role (observability/adot-collector) also allowed sts:AssumeRole on every role of the account",
        edit: r => {
            const arn = role(
                r,
                PRIMARY,
                "custody-dev-adot-collector",
                [irsaTrust(DEV_ISSUER, PRIMARY, "observability", "adot-collector")],
                [
                    { Effect: "Allow", Action: ["xray:PutTraceSegments", "cloudwatch:PutMetricData"], Resource: "*" },
                    { Effect: "Allow", Action: "sts:AssumeRole", Resource: `arn:aws:iam::${PRIMARY}:role/*` },
                ],
            );
            serviceAccount(r, "observability", "adot-collector", { "eks.amazonaws.com/role-arn": arn });
        },
        refused: /custody-dev-adot-collector[\s\S]*sts:AssumeRole/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "a metrics DaemonSet mounting /var/lib/kubelet/pods read-only (where every pod's projected token lives)",
        edit: r => {
            serviceAccount(r, "monitoring", "volume-metrics");
            workload(r, "DaemonSet", "volume-metrics", "monitoring", "volume-metrics", {
                containers: [
                    {
                        name: "exporter",
                        image: "registry.example.com/volume-metrics:1.0",
                        securityContext: restricted,
                        volumeMounts: [{ name: "pods", mountPath: "/host/pods", readOnly: true }],
                    },
                ],
                volumes: [{ name: "pods", hostPath: { path: "/var/lib/kubelet/pods", type: "Directory" } }],
            });
        },
        refused: /volume-metrics[\s\S]*acts as ServiceAccount validators\/containment-chamber/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "a 'read-only audit' role of the security account that can also Scan the keystore and Decrypt with key/*",
        edit: r =>
            void role(
                r,
                PRIMARY,
                "custody-audit",
                [
                    {
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${SECURITY}:role/security-scanner` },
                        Action: "sts:AssumeRole",
                    },
                ],
                [
                    { Effect: "Allow", Action: ["dynamodb:DescribeTable", "dynamodb:Scan"], Resource: tableArns(r) },
                    {
                        Effect: "Allow",
                        Action: ["kms:DescribeKey", "kms:Decrypt"],
                        Resource: `arn:aws:kms:*:${PRIMARY}:key/*`,
                    },
                ],
            ),
        refused: /role custody-audit → statement #2[\s\S]*kms:Decrypt[\s\S]*share-1/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "the 'boundary' (Allow * with Denies) attached to the broker as a managed policy instead of as its permissionsBoundary",
        edit: r => {
            const boundary = `arn:aws:iam::${BASIL}:policy/basil-boundary`;
            aws(r, "aws:iam/policy:Policy", "basil-boundary", {
                name: "basil-boundary",
                arn: boundary,
                policy: doc(
                    { Sid: "AllowWithinBoundary", Effect: "Allow", Action: "*", Resource: "*" },
                    {
                        Sid: "DenyIdentityAndOrg",
                        Effect: "Deny",
                        Action: ["iam:*", "organizations:*", "kms:ScheduleKeyDeletion"],
                        Resource: "*",
                    },
                ),
            });
            aws(r, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "basil-runtime-boundary", {
                role: "basil-agent",
                policyArn: boundary,
            });
        },
        refused: /role basil-agent → [\s\S]*"AllowWithinBoundary" of Policy basil-boundary/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "a managed node group whose node role is a role outside the stack (shared-nodes), its subnets still unknown",
        preview: true,
        edit: r =>
            void aws(r, "aws:eks/nodeGroup:NodeGroup", "shared-nodes", {
                clusterName: "prod-validators",
                nodeGroupName: "shared-nodes",
                nodeRoleArn: `arn:aws:iam::${PRIMARY}:role/shared-nodes`,
                subnetIds: UNKNOWN,
                scalingConfig: { desiredSize: 2, maxSize: 3, minSize: 2 },
            }),
        refused: /shared-nodes[\s\S]*acts as ServiceAccount validators\/containment-chamber/,
        policy: EFFECTIVE,
    },
    // DECIDED (round 41): ingress-nginx's controller ClusterRole lists and watches Secrets in every namespace, argocd
    // included, so it reads argocd-secret, whose server.secretkey signs Argo CD's admin sessions (Argo CD operator
    // manual, "argocd-secret.yaml"): Argo CD admin, which syncs anything cluster-wide. Scope the controller to the
    // namespaces it serves (its --watch-namespace, the chart's controller.scope.enabled, with Roles there), or keep
    // Argo CD in another cluster.
    {
        stack: "curity",
        name: "DECIDED (round 41): ingress-nginx as plain objects in front of Curity: controller ClusterRole (lists Secrets for TLS), NET_BIND_SERVICE only, validating webhook on Ingresses",
        edit: r => {
            namespace(r, "ingress-nginx");
            serviceAccount(r, "ingress-nginx", "ingress-nginx");
            rbacRole(r, "ingress-nginx", [
                {
                    apiGroups: [""],
                    resources: ["configmaps", "endpoints", "nodes", "pods", "secrets", "namespaces"],
                    verbs: ["list", "watch"],
                },
                { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["list", "watch"] },
                { apiGroups: [""], resources: ["nodes"], verbs: ["get"] },
                { apiGroups: [""], resources: ["services"], verbs: ["get", "list", "watch"] },
                {
                    apiGroups: ["networking.k8s.io"],
                    resources: ["ingresses", "ingressclasses"],
                    verbs: ["get", "list", "watch"],
                },
                { apiGroups: ["networking.k8s.io"], resources: ["ingresses/status"], verbs: ["update"] },
                { apiGroups: [""], resources: ["events"], verbs: ["create", "patch"] },
                { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["list", "watch", "get"] },
            ]);
            bindSa(r, "ingress-nginx", "ClusterRole", "ingress-nginx", "ingress-nginx");
            workload(r, "Deployment", "ingress-nginx-controller", "ingress-nginx", "ingress-nginx", {
                containers: [
                    {
                        name: "controller",
                        image: "registry.k8s.io/ingress-nginx/controller:v1.12.0",
                        securityContext: {
                            runAsNonRoot: true,
                            runAsUser: 101,
                            allowPrivilegeEscalation: false,
                            capabilities: { add: ["NET_BIND_SERVICE"], drop: ["ALL"] },
                        },
                    },
                ],
            });
            k8s(
                r,
                "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration",
                "ingress-nginx-admission",
                {
                    apiVersion: "admissionregistration.k8s.io/v1",
                    kind: "ValidatingWebhookConfiguration",
                    metadata: { name: "ingress-nginx-admission" },
                    webhooks: [
                        {
                            name: "validate.nginx.ingress.kubernetes.io",
                            admissionReviewVersions: ["v1"],
                            sideEffects: "None",
                            failurePolicy: "Fail",
                            rules: [
                                {
                                    apiGroups: ["networking.k8s.io"],
                                    apiVersions: ["v1"],
                                    operations: ["CREATE", "UPDATE"],
                                    resources: ["ingresses"],
                                },
                            ],
                            clientConfig: {
                                service: {
                                    name: "ingress-nginx-controller-admission",
                                    namespace: "ingress-nginx",
                                    path: "/networking/v1/ingresses",
                                },
                            },
                        },
                    ],
                },
            );
            k8s(r, "kubernetes:networking.k8s.io/v1:Ingress", "curity", {
                apiVersion: "networking.k8s.io/v1",
                kind: "Ingress",
                metadata: { name: "curity", namespace: "curity" },
                spec: {
                    ingressClassName: "nginx",
                    tls: [{ hosts: ["login.example.com"], secretName: "curity-tls" }],
                    rules: [
                        {
                            host: "login.example.com",
                            http: {
                                paths: [
                                    {
                                        path: "/",
                                        pathType: "Prefix",
                                        backend: {
                                            service: { name: "curity-idsvr-runtime-svc", port: { number: 8443 } },
                                        },
                                    },
                                ],
                            },
                        },
                    ],
                },
            });
        },
        refused: /ingress-nginx[\s\S]*argocd-secret/,
        policy: EFFECTIVE,
    },
    // DECIDED (round 39): cert-manager's chart ClusterRole creates and reads Secrets in every namespace, kube-system
    // included, so it can create a kubernetes.io/service-account-token Secret for a controller ServiceAccount there and
    // read the token the token controller fills in (Kubernetes "Configure Service Accounts for Pods", a manually created
    // long-lived token): any ServiceAccount's power. Bind its Secret rules by RoleBinding in the namespaces it issues
    // into (redteam39-api shows the accepted form), or install it from another stack.
    {
        stack: "basil",
        name: "DECIDED (round 39): cert-manager as plain objects: its controller's ClusterRole (certificates, orders, and the Secrets it writes), CRD, restricted Deployment",
        edit: r => {
            namespace(r, "cert-manager");
            serviceAccount(r, "cert-manager", "cert-manager");
            rbacRole(r, "cert-manager-controller-certificates", [
                {
                    apiGroups: ["cert-manager.io"],
                    resources: [
                        "certificates",
                        "certificates/status",
                        "certificaterequests",
                        "certificaterequests/status",
                    ],
                    verbs: ["update", "patch"],
                },
                {
                    apiGroups: ["cert-manager.io"],
                    resources: ["certificates", "certificaterequests", "clusterissuers", "issuers"],
                    verbs: ["get", "list", "watch"],
                },
                {
                    apiGroups: ["cert-manager.io"],
                    resources: ["certificates/finalizers", "certificaterequests/finalizers"],
                    verbs: ["update"],
                },
                {
                    apiGroups: ["acme.cert-manager.io"],
                    resources: ["orders"],
                    verbs: ["create", "delete", "get", "list", "watch"],
                },
                {
                    apiGroups: [""],
                    resources: ["secrets"],
                    verbs: ["get", "list", "watch", "create", "update", "delete", "patch"],
                },
                { apiGroups: [""], resources: ["events"], verbs: ["create", "patch"] },
            ]);
            bindSa(r, "cert-manager-controller-certificates", "ClusterRole", "cert-manager", "cert-manager");
            k8s(r, "kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition", "certificates.cert-manager.io", {
                apiVersion: "apiextensions.k8s.io/v1",
                kind: "CustomResourceDefinition",
                metadata: { name: "certificates.cert-manager.io" },
                spec: {
                    group: "cert-manager.io",
                    names: { kind: "Certificate", plural: "certificates", singular: "certificate" },
                    scope: "Namespaced",
                    versions: [
                        {
                            name: "v1",
                            served: true,
                            storage: true,
                            schema: {
                                openAPIV3Schema: { type: "object", "x-kubernetes-preserve-unknown-fields": true },
                            },
                        },
                    ],
                },
            });
            workload(r, "Deployment", "cert-manager", "cert-manager", "cert-manager", {
                securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                containers: [
                    {
                        name: "cert-manager-controller",
                        image: "quay.io/jetstack/cert-manager-controller:v1.16.2",
                        securityContext: restricted,
                    },
                ],
            });
        },
        refused: /cert-manager[\s\S]*(kube-system|token)/,
    },
];

/** REDTEAM_ALL=1 runs the skipped (MISS) cases too, to see what the pack says of them. */
const skipMisses = process.env.REDTEAM_ALL !== "1";
const label = (c: Case) => `${c.stack}${c.preview ? " (first preview)" : ""}: ${c.name}`;

describe("allowlist: red-team round 5 on false refusals (what a careful platform team adds)", () => {
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${label(c)}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(await runWholePackWith(c.stack, r, c.config));
        });
    }
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${label(c)}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertRefused(await runWholePackWith(c.stack, r, c.config), c.refused ?? /./, c.policy);
        });
    }
});
