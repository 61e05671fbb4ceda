// Red-team round 31 (fresh eyes) on false positives: what a careful platform team adds around the committed stacks
// for monitoring, backups, logging, tagging, autoscaling, auditing and aliases (secure variants the whole pack must
// accept), and a few insecure neighbours in the same areas that it must refuse.
import { runPack } from "./packRunner";
import { assertClean, assertRefused, doc, find, prop, Resources, setProp, stackResources } from "./support";
import { aws, k8s, namespace, serviceAccount, Statement, trustedRole } from "./variantBuilders";

const TABLE = "aws:dynamodb/table:Table";
const ADDON = "aws:eks/addon:Addon";

const PRIMARY = "111111111111";
const EU = "eu-west-1";
const DEV_TABLES = ["anti-slashing", "keystore", "signer-state"].map(t => `custody-dev-${t}`);
const PROD_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
const PROD_OIDC = `arn:aws:iam::${PRIMARY}:oidc-provider/${PROD_ISSUER}`;
const PI_CLUSTER_ARN = `arn:aws:eks:${EU}:${PRIMARY}:cluster/prod-validators`;
const BASIL = "111122223333";
const CURITY = "555555555555";
const XA = "666666666666";
const TD = "444444444444";
const managed = (name: string) => `arn:aws:iam::aws:policy/${name}`;

const serviceTrust = (service: string, condition?: Record<string, unknown>): Statement => ({
    Effect: "Allow",
    Principal: { Service: service },
    Action: "sts:AssumeRole",
    ...(condition ? { Condition: condition } : {}),
});

const irsaTrust = (ns: string, sa: string): Statement => ({
    Effect: "Allow",
    Principal: { Federated: PROD_OIDC },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: {
        StringEquals: {
            [`${PROD_ISSUER}:aud`]: "sts.amazonaws.com",
            [`${PROD_ISSUER}:sub`]: `system:serviceaccount:${ns}:${sa}`,
        },
    },
});

const podIdentityTrust = (ns: string, sa: string): Statement => ({
    Effect: "Allow",
    Principal: { Service: "pods.eks.amazonaws.com" },
    Action: ["sts:AssumeRole", "sts:TagSession"],
    Condition: {
        StringEquals: {
            "aws:RequestTag/eks-cluster-arn": PI_CLUSTER_ARN,
            "aws:RequestTag/kubernetes-namespace": ns,
            "aws:RequestTag/kubernetes-service-account": sa,
        },
    },
});

const attach = (r: Resources, role: string, policyArn: string, like?: string) =>
    aws(
        r,
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        `${role}-${policyArn.split("/").pop()}`,
        { role, policyArn },
        like,
    );

/** A stack bucket (public access blocked, SSE-S3) with a bucket policy. */
function bucket(r: Resources, name: string, policy: object[], like?: string): string {
    aws(r, "aws:s3/bucketV2:BucketV2", name, { bucket: name, arn: `arn:aws:s3:::${name}` }, like);
    aws(
        r,
        "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
        `${name}-pab`,
        {
            bucket: name,
            blockPublicAcls: true,
            blockPublicPolicy: true,
            ignorePublicAcls: true,
            restrictPublicBuckets: true,
        },
        like,
    );
    aws(
        r,
        "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
        `${name}-sse`,
        { bucket: name, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] },
        like,
    );
    if (policy.length > 0)
        aws(r, "aws:s3/bucketPolicy:BucketPolicy", `${name}-policy`, { bucket: name, policy: doc(...policy) }, like);
    return `arn:aws:s3:::${name}`;
}

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    operations?: Record<string, unknown>[];
    readable?: string[];
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
};

/** App Auto Scaling of one dev table's read and write capacity (the table switched to PROVISIONED). */
function tableAutoscaling(r: Resources, table: string, roleArn: string): void {
    const t = find(r, TABLE, `signer-tables-${table}`);
    setProp(t, "billingMode", "PROVISIONED");
    setProp(t, "readCapacity", 5);
    setProp(t, "writeCapacity", 5);
    for (const dim of ["Read", "Write"]) {
        const id = `table/custody-dev-${table}`;
        const name = `custody-dev-${table}-${dim.toLowerCase()}`;
        aws(r, "aws:appautoscaling/target:Target", name, {
            serviceNamespace: "dynamodb",
            resourceId: id,
            scalableDimension: `dynamodb:table:${dim}CapacityUnits`,
            minCapacity: 5,
            maxCapacity: 200,
            roleArn,
        });
        aws(r, "aws:appautoscaling/policy:Policy", `${name}-tracking`, {
            name: `${name}-tracking`,
            policyType: "TargetTrackingScaling",
            serviceNamespace: "dynamodb",
            resourceId: id,
            scalableDimension: `dynamodb:table:${dim}CapacityUnits`,
            targetTrackingScalingPolicyConfiguration: {
                targetValue: 70,
                predefinedMetricSpecification: { predefinedMetricType: `DynamoDB${dim}CapacityUtilization` },
            },
        });
    }
}

const APP_AUTOSCALING_SLR = `arn:aws:iam::${PRIMARY}:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable`;

const CASES: Case[] = [
    // ---------------------------------------------------------------- secure
    {
        stack: "dev",
        name: "S1: the keystore on PROVISIONED capacity with App Auto Scaling (read/write targets on Application Auto Scaling's DynamoDB service-linked role, target tracking at 70%)",
        edit: r => tableAutoscaling(r, "keystore", APP_AUTOSCALING_SLR),
    },
    {
        stack: "dev",
        name: "S2: CloudWatch Contributor Insights on the three tables and the keystore's index (most-accessed and throttled keys)",
        edit: r => {
            for (const t of DEV_TABLES)
                aws(r, "aws:dynamodb/contributorInsights:ContributorInsights", `${t}-insights`, { tableName: t });
            aws(r, "aws:dynamodb/contributorInsights:ContributorInsights", "keystore-index-insights", {
                tableName: "custody-dev-keystore",
                indexName: "status-shard-index",
            });
        },
    },
    {
        stack: "prod",
        name: "S3: Container Insights: the amazon-cloudwatch-observability add-on on an IRSA role of the stack (amazon-cloudwatch/cloudwatch-agent) with CloudWatchAgentServerPolicy and AWSXrayWriteOnlyAccess, container logs on",
        readable: [managed("CloudWatchAgentServerPolicy"), managed("AWSXrayWriteOnlyAccess")],
        edit: r => {
            const arn = trustedRole(
                r,
                PRIMARY,
                "custody-prod-cloudwatch-agent",
                [irsaTrust("amazon-cloudwatch", "cloudwatch-agent")],
                [],
            );
            attach(r, "custody-prod-cloudwatch-agent", managed("CloudWatchAgentServerPolicy"));
            attach(r, "custody-prod-cloudwatch-agent", managed("AWSXrayWriteOnlyAccess"));
            aws(r, ADDON, "cloudwatch-observability", {
                clusterName: "prod-validators",
                addonName: "amazon-cloudwatch-observability",
                addonVersion: "v4.1.0-eksbuild.1",
                serviceAccountRoleArn: arn,
                configurationValues: JSON.stringify({ containerLogs: { enabled: true } }),
                resolveConflictsOnUpdate: "OVERWRITE",
            });
        },
    },
    {
        stack: "pod-identity",
        name: "S4: Container Insights on EKS Pod Identity: the add-on's podIdentityAssociations naming a stack role pinned to prod-validators/amazon-cloudwatch/cloudwatch-agent (CloudWatchAgentServerPolicy)",
        readable: [managed("CloudWatchAgentServerPolicy")],
        edit: r => {
            const arn = trustedRole(
                r,
                PRIMARY,
                "custody-pi-cloudwatch-agent",
                [podIdentityTrust("amazon-cloudwatch", "cloudwatch-agent")],
                [],
            );
            attach(r, "custody-pi-cloudwatch-agent", managed("CloudWatchAgentServerPolicy"));
            aws(r, ADDON, "cloudwatch-observability", {
                clusterName: "prod-validators",
                addonName: "amazon-cloudwatch-observability",
                podIdentityAssociations: [{ roleArn: arn, serviceAccount: "cloudwatch-agent" }],
            });
        },
    },
    {
        stack: "dev",
        name: "S5: VPC flow logs of the cluster's VPC into a log group (365 days) through a stack role trusted by vpc-flow-logs.amazonaws.com (aws:SourceAccount/SourceArn pinned) that writes only that log group",
        edit: r => {
            const group = `arn:aws:logs:${EU}:${PRIMARY}:log-group:/custody/dev/vpc-flow-logs`;
            aws(r, "aws:cloudwatch/logGroup:LogGroup", "vpc-flow-logs", {
                name: "/custody/dev/vpc-flow-logs",
                arn: group,
                retentionInDays: 365,
            });
            const arn = trustedRole(
                r,
                PRIMARY,
                "custody-dev-flow-logs",
                [
                    serviceTrust("vpc-flow-logs.amazonaws.com", {
                        StringEquals: { "aws:SourceAccount": PRIMARY },
                        ArnLike: { "aws:SourceArn": `arn:aws:ec2:${EU}:${PRIMARY}:vpc-flow-log/*` },
                    }),
                ],
                [
                    {
                        Effect: "Allow",
                        Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                        Resource: [group, `${group}:*`],
                    },
                ],
            );
            aws(r, "aws:ec2/flowLog:FlowLog", "vpc-flow-logs", {
                vpcId: "vpc-0a1b2c3d4e5f60718",
                trafficType: "ALL",
                logDestinationType: "cloud-watch-logs",
                logDestination: group,
                iamRoleArn: arn,
                maxAggregationInterval: 60,
            });
        },
    },
    {
        stack: "curity",
        name: "S6: a CloudWatch metric stream of AWS/DynamoDB and AWS/EKS metrics into a Firehose stream to a stack bucket (roles trusted by streams.metrics.cloudwatch and firehose, each pinned by aws:SourceAccount)",
        edit: r => {
            const bucketArn = bucket(r, "curity-metric-archive-555555555555", []);
            const stream = `arn:aws:firehose:${EU}:${CURITY}:deliverystream/curity-metrics`;
            const firehoseRole = trustedRole(
                r,
                CURITY,
                "curity-metrics-firehose",
                [serviceTrust("firehose.amazonaws.com", { StringEquals: { "aws:SourceAccount": CURITY } })],
                [
                    {
                        Effect: "Allow",
                        Action: [
                            "s3:AbortMultipartUpload",
                            "s3:GetBucketLocation",
                            "s3:GetObject",
                            "s3:ListBucket",
                            "s3:ListBucketMultipartUploads",
                            "s3:PutObject",
                        ],
                        Resource: [bucketArn, `${bucketArn}/*`],
                    },
                ],
            );
            aws(r, "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream", "curity-metrics", {
                name: "curity-metrics",
                arn: stream,
                destination: "extended_s3",
                extendedS3Configuration: { roleArn: firehoseRole, bucketArn, prefix: "metrics/" },
                serverSideEncryption: { enabled: true, keyType: "AWS_OWNED_CMK" },
            });
            const streamRole = trustedRole(
                r,
                CURITY,
                "curity-metric-stream",
                [
                    serviceTrust("streams.metrics.cloudwatch.amazonaws.com", {
                        StringEquals: { "aws:SourceAccount": CURITY },
                    }),
                ],
                [{ Effect: "Allow", Action: ["firehose:PutRecord", "firehose:PutRecordBatch"], Resource: stream }],
            );
            aws(r, "aws:cloudwatch/metricStream:MetricStream", "curity-metrics", {
                name: "curity-metrics",
                firehoseArn: stream,
                roleArn: streamRole,
                outputFormat: "opentelemetry1.0",
                includeFilters: [{ namespace: "AWS/DynamoDB" }, { namespace: "AWS/EKS" }],
            });
        },
    },
    {
        stack: "basil",
        name: "S7: AWS Backup Audit Manager: a framework (backup plan coverage, KMS-encrypted recovery points) and a report plan delivering compliance reports to a stack bucket (s3 PutObject for AWS Backup by aws:SourceAccount)",
        edit: r => {
            const b = bucket(r, "basil-backup-reports-111122223333", [
                {
                    Effect: "Allow",
                    Principal: {
                        AWS: `arn:aws:iam::${BASIL}:role/aws-service-role/reports.backup.amazonaws.com/AWSServiceRoleForBackupReports`,
                    },
                    Action: "s3:PutObject",
                    Resource: `arn:aws:s3:::basil-backup-reports-111122223333/*`,
                    Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control" } },
                },
            ]);
            aws(r, "aws:backup/framework:Framework", "basil-backup-controls", {
                name: "basil_backup_controls",
                controls: [
                    {
                        name: "BACKUP_RESOURCES_PROTECTED_BY_BACKUP_PLAN",
                        scope: { complianceResourceTypes: ["DynamoDB"] },
                    },
                    { name: "BACKUP_RECOVERY_POINT_ENCRYPTED" },
                    {
                        name: "BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK",
                        inputParameters: [{ name: "requiredRetentionDays", value: "35" }],
                    },
                ],
            });
            aws(r, "aws:backup/reportPlan:ReportPlan", "basil-backup-report", {
                name: "basil_backup_report",
                reportDeliveryChannel: { s3BucketName: b.split(":::")[1], formats: ["CSV", "JSON"] },
                reportSetting: {
                    reportTemplate: "RESOURCE_COMPLIANCE_REPORT",
                    frameworkArns: [`arn:aws:backup:us-east-1:${BASIL}:framework:basil_backup_controls-1a2b`],
                },
            });
        },
    },
    {
        stack: "prod",
        // Renaming the tables' CMK alias itself is a model change (policy-pack/config/<stack>.json names each key by
        // its alias, generated by `npm run custody-model`), so only an added alias is tried here.
        name: "S8: a second alias on share 1 (alias/custody-infra/prod/share-1-current) beside the alias the model names",
        edit: r => {
            const s1 = find(r, "aws:kms/alias:Alias", "signer-shares-share-1-alias");
            r.push({
                ...JSON.parse(JSON.stringify(s1)),
                urn: `${s1.urn}-current`,
                name: "signer-shares-share-1-current-alias",
            });
            const added = r[r.length - 1];
            setProp(added, "name", "alias/custody-infra/prod/share-1-current");
            setProp(added, "arn", `arn:aws:kms:${EU}:${PRIMARY}:alias/custody-infra/prod/share-1-current`);
        },
    },
    {
        stack: "dev",
        name: "S9: cost-allocation tags on the three tables and the share keys as separate tag resources (aws:dynamodb/tag:Tag cost-center, aws:kms key tags via tags)",
        edit: r => {
            for (const t of DEV_TABLES)
                aws(r, "aws:dynamodb/tag:Tag", `${t}-cost-center`, {
                    resourceArn: `arn:aws:dynamodb:${EU}:${PRIMARY}:table/${t}`,
                    key: "cost-center",
                    value: "cc-4711",
                });
            for (const i of [1, 2, 3]) {
                const k = find(r, "aws:kms/key:Key", `signer-shares-share-${i}`);
                setProp(k, "tags", { ...(prop(k, "tags") as object), "cost-center": "cc-4711" });
            }
        },
    },
    {
        stack: "trust-domain",
        name: "S10: a read-only auditor (an Identity Center role outside the stack) given AmazonEKSViewPolicy cluster-wide through an EKS access entry",
        edit: r => {
            const auditor = `arn:aws:iam::${TD}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_SecurityAuditor_0123456789abcdef`;
            aws(r, "aws:eks/accessEntry:AccessEntry", "auditor", {
                clusterName: "identity-cluster",
                principalArn: auditor,
                type: "STANDARD",
            });
            aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "auditor-view", {
                clusterName: "identity-cluster",
                principalArn: auditor,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
                accessScope: { type: "cluster" },
            });
        },
    },
    {
        stack: "cross-account",
        name: "S11: a CloudTrail trail in account A with basic data-event selectors on my-table (read and write) into a stack bucket (CloudTrail pinned by aws:SourceArn)",
        edit: r => {
            const trail = `arn:aws:cloudtrail:us-east-1:${XA}:trail/my-table-data-events`;
            const name = "my-table-trail-666666666666";
            bucket(
                r,
                name,
                [
                    {
                        Sid: "AWSCloudTrailAclCheck",
                        Effect: "Allow",
                        Principal: { Service: "cloudtrail.amazonaws.com" },
                        Action: "s3:GetBucketAcl",
                        Resource: `arn:aws:s3:::${name}`,
                        Condition: { StringEquals: { "aws:SourceArn": trail } },
                    },
                    {
                        Sid: "AWSCloudTrailWrite",
                        Effect: "Allow",
                        Principal: { Service: "cloudtrail.amazonaws.com" },
                        Action: "s3:PutObject",
                        Resource: `arn:aws:s3:::${name}/AWSLogs/${XA}/*`,
                        Condition: {
                            StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceArn": trail },
                        },
                    },
                ],
                "cross-account-access",
            );
            aws(
                r,
                "aws:cloudtrail/trail:Trail",
                "my-table-data-events",
                {
                    name: "my-table-data-events",
                    arn: trail,
                    s3BucketName: name,
                    enableLogFileValidation: true,
                    includeGlobalServiceEvents: false,
                    eventSelectors: [
                        {
                            readWriteType: "All",
                            includeManagementEvents: false,
                            dataResources: [
                                {
                                    type: "AWS::DynamoDB::Table",
                                    values: [`arn:aws:dynamodb:us-east-1:${XA}:table/my-table`],
                                },
                            ],
                        },
                    ],
                },
                "cross-account-access",
            );
        },
    },
    {
        stack: "pod-identity",
        name: "S12: ExternalDNS on EKS Pod Identity (the community add-on, a stack role pinned to prod-validators/external-dns/external-dns changing record sets of one hosted zone)",
        edit: r => {
            const arn = trustedRole(
                r,
                PRIMARY,
                "custody-pi-external-dns",
                [podIdentityTrust("external-dns", "external-dns")],
                [
                    {
                        Effect: "Allow",
                        Action: "route53:ChangeResourceRecordSets",
                        Resource: "arn:aws:route53:::hostedzone/Z0123456789ABCDEFGHIJ",
                    },
                    {
                        Effect: "Allow",
                        Action: [
                            "route53:ListHostedZones",
                            "route53:ListResourceRecordSets",
                            "route53:ListTagsForResource",
                        ],
                        Resource: "*",
                    },
                ],
            );
            aws(r, ADDON, "external-dns", { clusterName: "prod-validators", addonName: "external-dns" });
            aws(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "external-dns", {
                clusterName: "prod-validators",
                namespace: "external-dns",
                serviceAccount: "external-dns",
                roleArn: arn,
            });
        },
    },
    {
        stack: "basil",
        name: "S13: an EventBridge rule on AWS Backup job failures and KMS key-deletion events of Basil's keys into an SNS topic (topic policy admitting events.amazonaws.com by aws:SourceArn)",
        edit: r => {
            const topic = `arn:aws:sns:us-east-1:${BASIL}:basil-ops-alerts`;
            const rule = `arn:aws:events:us-east-1:${BASIL}:rule/basil-ops-alerts`;
            aws(r, "aws:sns/topic:Topic", "basil-ops-alerts", { name: "basil-ops-alerts", arn: topic });
            aws(r, "aws:sns/topicPolicy:TopicPolicy", "basil-ops-alerts", {
                arn: topic,
                policy: doc({
                    Effect: "Allow",
                    Principal: { Service: "events.amazonaws.com" },
                    Action: "sns:Publish",
                    Resource: topic,
                    Condition: { ArnEquals: { "aws:SourceArn": rule } },
                }),
            });
            aws(r, "aws:cloudwatch/eventRule:EventRule", "basil-ops-alerts", {
                name: "basil-ops-alerts",
                arn: rule,
                eventPattern: JSON.stringify({
                    source: ["aws.backup", "aws.kms"],
                    "detail-type": ["Backup Job State Change", "KMS CMK Deletion"],
                }),
            });
            aws(r, "aws:cloudwatch/eventTarget:EventTarget", "basil-ops-alerts", {
                rule: "basil-ops-alerts",
                arn: topic,
            });
        },
    },
    {
        stack: "dev",
        name: "S14: a monitoring namespace with a restricted ServiceAccount for a Grafana dashboard reader (no pods, no RBAC) and a CloudWatch dashboard of the tables' throttles",
        edit: r => {
            namespace(r, "monitoring");
            serviceAccount(r, "monitoring", "grafana");
            aws(r, "aws:cloudwatch/dashboard:Dashboard", "custody-dev", {
                dashboardName: "custody-dev",
                dashboardBody: JSON.stringify({
                    widgets: DEV_TABLES.map(t => ({
                        type: "metric",
                        properties: { metrics: [["AWS/DynamoDB", "ThrottledRequests", "TableName", t]], region: EU },
                    })),
                }),
            });
        },
    },
    // ---------------------------------------------------------------- insecure
    {
        stack: "dev",
        name: "I1: the keystore's App Auto Scaling targets on a customer role trusted by application-autoscaling that may read and write every table of the account",
        refused: /custody-dev-app-autoscaling|application-autoscaling/,
        edit: r => {
            const arn = trustedRole(
                r,
                PRIMARY,
                "custody-dev-app-autoscaling",
                [serviceTrust("application-autoscaling.amazonaws.com")],
                [{ Effect: "Allow", Action: "dynamodb:*", Resource: `arn:aws:dynamodb:${EU}:${PRIMARY}:table/*` }],
            );
            tableAutoscaling(r, "keystore", arn);
        },
    },
    {
        stack: "pod-identity",
        name: "I2: the Container Insights add-on's podIdentityAssociations naming the signer's own role for cloudwatch-agent",
        refused: /custody-pod-identity-signer/,
        edit: r => {
            aws(r, ADDON, "cloudwatch-observability", {
                clusterName: "prod-validators",
                addonName: "amazon-cloudwatch-observability",
                podIdentityAssociations: [
                    {
                        roleArn: `arn:aws:iam::${PRIMARY}:role/custody-pod-identity-signer`,
                        serviceAccount: "cloudwatch-agent",
                    },
                ],
            });
        },
    },
    {
        stack: "trust-domain",
        name: "I3: the read-only auditor given AmazonEKSAdminViewPolicy cluster-wide (reads every Secret, service-account tokens included) while the stack keeps a token Secret of the key manager's ServiceAccount",
        refused: /AdminView|Secret|token/,
        edit: r => {
            const auditor = `arn:aws:iam::${TD}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_SecurityAuditor_0123456789abcdef`;
            const sa = r.find(x => x.type === "kubernetes:core/v1:ServiceAccount");
            const md = (prop(sa!, "metadata") ?? {}) as { name: string; namespace: string };
            k8s(r, "kubernetes:core/v1:Secret", "km-token", {
                apiVersion: "v1",
                kind: "Secret",
                type: "kubernetes.io/service-account-token",
                metadata: {
                    name: `${md.name}-token`,
                    namespace: md.namespace,
                    annotations: { "kubernetes.io/service-account.name": md.name },
                },
            });
            aws(r, "aws:eks/accessEntry:AccessEntry", "auditor", {
                clusterName: "identity-cluster",
                principalArn: auditor,
                type: "STANDARD",
            });
            aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "auditor-adminview", {
                clusterName: "identity-cluster",
                principalArn: auditor,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminViewPolicy",
                accessScope: { type: "cluster" },
            });
        },
    },
];

describe("red team 31: secure monitoring/backup/logging variants and insecure neighbours", () => {
    for (const c of CASES) {
        const run = c.skip ? it.skip : it;
        run(`${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            const ds = await runPack(c.stack, r, { operations: c.operations, readable: c.readable });
            if (c.refused) assertRefused(ds, c.refused, c.policy);
            else assertClean(ds);
        });
    }
});
